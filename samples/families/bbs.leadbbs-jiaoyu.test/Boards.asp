<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>桐乡教育论坛 - Powered by LeadBBS</title>
<meta name="keywords" content="桐乡教育论坛" />
<meta name="description" content="桐乡教育论坛 - 桐乡教育论坛" />
<link rel="stylesheet" type="text/css" href="inc/css/common.css" />
<link rel="stylesheet" type="text/css" href="images/style/0/style.css" />
<script type="text/javascript" src="inc/js/common.js"></script>
<script type="text/javascript">var DEF_BBS_HomeUrl = "", GBL_CHK_User = "", GBL_UserID = 0;</script>
</head>
<body>
<div class="wrap">
<div class="top_bar">
<span class="top_bar_left">欢迎光临桐乡教育论坛！</span>
<span class="top_bar_right"><a href="User/Login.asp">登录</a> | <a href="User/Reg.asp">注册</a> | <a href="Help/Help.asp">帮助</a> | <a href="Search/Search.asp">搜索</a> | <a href="User/Style.asp">风格</a> | <a href="Boards.asp">论坛首页</a></span>
</div>
<div class="head_logo"><a href="Boards.asp"><img src="images/style/0/logo.gif" alt="桐乡教育论坛" /></a><div class="head_ad"><a href="http://www.tongxiang-edu.test/" target="_blank"><img src="images/ad/edu_banner.gif" width="468" height="60" alt="" /></a></div></div>
<div class="nav_menu"><ul><li><a href="Boards.asp">论坛首页</a></li><li><a href="b/b.asp?B=3">教育动态</a></li><li><a href="b/b.asp?B=11">基层党建</a></li><li><a href="Search/NewTopic.asp">最新帖子</a></li><li><a href="User/UserList.asp">会员列表</a></li></ul></div>
<div class="navigate_string">您的位置：<a href="Boards.asp">桐乡教育论坛</a></div>
<table class="boards_table" cellspacing="0" cellpadding="0">
<tr class="boards_cat"><td colspan="4">教育交流</td></tr>
<tr><td class="boards_icon"><img src="images/style/0/board_new.gif" alt="" /></td><td class="boards_name"><a href="b/b.asp?B=3"><b>教育动态</b></a><br />全县教育新闻、会议精神、政策文件</td><td class="boards_num">主题：1203<br />帖子：8842</td><td class="boards_last"><a href="a/a.asp?B=3&amp;ID=48213">分管副县长在全县秋季开学工作…</a><br />2013-8-29 12:15</td></tr>
<tr><td class="boards_icon"><img src="images/style/0/board.gif" alt="" /></td><td class="boards_name"><a href="b/b.asp?B=11"><b>基层党建</b></a><br />党建工作交流</td><td class="boards_num">主题：402<br />帖子：2310</td><td class="boards_last"><a href="a/a.asp?B=11&amp;ID=39607">镇党委书记在村“两委”换届选…</a><br />2011-3-11 8:50</td></tr>
</table>
<div class="boards_stat">论坛统计：今日 12 帖　昨日 37 帖　会员 3019 人　欢迎新会员 <a href="User/LookUserInfo.asp?ID=3019">河山村民</a></div>
<div class="footer">
<div class="footer_link"><a href="Boards.asp">论坛首页</a> - <a href="Help/Help.asp">论坛帮助</a> - <a href="User/Online.asp">在线用户</a> - <a href="#top">返回顶部</a></div>
<div class="footer_copy">桐乡教育论坛 版权所有 Copyright &copy; 2008-2013 bbs.leadbbs-jiaoyu.test<br />
Powered by <a href="http://www.leadbbs.com/" target="_blank">LeadBBS 9.2</a> licence. Page created in 0.0625 seconds with 6 queries.<br />
<a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备10033517号</a></div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F8a71c0d2e9b34f5b6c7d8e9f0a1b2c3d' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
