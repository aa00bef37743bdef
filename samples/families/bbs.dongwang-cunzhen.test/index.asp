<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>清溪镇论坛 - 清溪镇网上家园</title>
<meta name="keywords" content="清溪镇论坛,清溪镇,清溪论坛,动网,dvbbs" />
<meta name="description" content="清溪镇论坛" />
<link rel="stylesheet" type="text/css" href="skins/default/style.css" />
<script type="text/javascript" src="inc/main.js"></script>
<script type="text/javascript" src="inc/dv_ajax.js"></script>
<script type="text/javascript">
var Dvbbs_Skin = 'default';
var BoardID = 0;
var Forum_Name = '清溪镇论坛';
</script>
</head>
<body>
<a name="top"></a>
<div class="mainbar0">
<table cellspacing="0" cellpadding="0" align="center" class="top_tdbgall" style="width:98%">
<tr>
<td class="top_logo"><a href="index.asp"><img src="skins/default/logo.gif" alt="清溪镇论坛" border="0" /></a></td>
<td class="top_ad" align="right"><a href="http://www.qingxi-zhen.test/" target="_blank"><img src="UploadFile/ad/top_banner.gif" width="468" height="60" border="0" alt="" /></a></td>
</tr>
</table>
<table cellspacing="0" cellpadding="0" align="center" class="menu_table" style="width:98%">
<tr><td class="menu">
<a href="index.asp">论坛首页</a> | <a href="login.asp">登录</a> | <a href="reg.asp">注册</a> | <a href="usermanager.asp">控制面板</a> | <a href="query.asp?stype=3">搜索</a> | <a href="boardhelp.asp">帮助</a> | <a href="plus_tools_center.asp">插件</a> | <a href="showfriend.asp">论坛展区</a> | <a href="skins.asp">风格</a>
</td></tr>
</table>
</div>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><td class="tablebody1" height="25">
<img src="skins/default/nav.gif" border="0" alt="" /> 您现在的位置是：<a href="index.asp">清溪镇论坛</a>
</td>
<td class="tablebody1" align="right">欢迎您，<b>游客</b>！[<a href="login.asp">登录</a>] [<a href="reg.asp">注册</a>]</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th colspan="4" align="left">&nbsp;<img src="skins/default/dvbbs_cat.gif" alt="" /> 清溪家园</th></tr>
<tr><td class="tablebody2" width="46" align="center"><img src="skins/default/forum_new.gif" alt="" /></td><td class="tablebody1"><a href="list.asp?boardid=5"><b>镇村工作</b></a><br />镇村工作动态、会议讲话、政策通知</td><td class="tablebody2" width="100" align="center">218 / 2961</td><td class="tablebody1" width="210">主题：<a href="dispbbs.asp?boardid=5&amp;ID=3817&amp;page=1">王镇长在全镇农村人居环境...</a><br />作者：清溪老王</td></tr>
<tr><td class="tablebody2" align="center"><img src="skins/default/forum_new.gif" alt="" /></td><td class="tablebody1"><a href="list.asp?boardid=8"><b>企业天地</b></a><br />镇内企业交流、招工信息</td><td class="tablebody2" align="center">96 / 1022</td><td class="tablebody1">主题：<a href="dispbbs.asp?boardid=8&amp;ID=5204&amp;page=1">[转帖]董事长在公司20...</a><br />作者：安全员老陈</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th align="left">-=&gt; 用户来访资料</th></tr>
<tr><td class="tablebody1">今日帖子：<b>7</b>　昨日帖子：<b>19</b>　最高日帖：<b>203</b>　主题数：<b>2630</b>　帖子数：<b>31902</b>　会员数：<b>1588</b>　新进会员：<b>钢花飞溅</b></td></tr>
</table>
<br />
<table cellspacing="0" cellpadding="0" align="center" style="width:98%">
<tr><td align="center" class="copyright">
<a href="index.asp">清溪镇论坛</a> | <a href="boardhelp.asp">论坛帮助</a> | <a href="boardpermission.asp">论坛规则</a> | <a href="mailto:admin@qingxi-zhen.test">联系我们</a> | <a href="#top">返回顶部</a><br />
Copyright &copy;2006 - 2012 qingxi-zhen.test<br />
Powered By <a href="http://www.dvbbs.net/" target="_blank"><b>Dvbbs</b></a> Version 8.2.0<br />
页面执行时间 0.09375 秒, 5 次数据查询<br />
<a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备08021736号</a>
</td></tr>
</table>
<script type="text/javascript" src="http://s92.cnzz.com/stat.php?id=1328852&amp;web_id=1328852" language="JavaScript"></script>
</body>
</html>
