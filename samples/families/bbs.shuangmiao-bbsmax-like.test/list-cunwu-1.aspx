<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>村务公开 - 双庙论坛</title>
<meta name="keywords" content="双庙论坛,双庙村,村务公开" />
<meta name="description" content="村里大事小情，村务财务公开，村民议事。" />
<meta name="generator" content="bbsmax 5.0.2" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/common.css" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/forum.css" />
<script type="text/javascript" src="/max-assets/javascript/max-lib.js"></script>
<script type="text/javascript" src="/max-assets/javascript/max-common.js"></script>
<script type="text/javascript">var root = '/'; var cookieDomain = ''; var currentUserID = 0; var isLogin = false;</script>
</head>
<body>
<div id="container">
<div id="header">
<div class="headerbar"><div class="headerbar-inner">
<div class="userbar">您好，游客 | <a href="/login.aspx">登录</a> | <a href="/register.aspx">注册</a> | <a href="/recoverpassword.aspx">找回密码</a></div>
<div class="sitelink"><a href="/">论坛首页</a> | <a href="/search.aspx">搜索</a> | <a href="/members.aspx">会员</a> | <a href="/online.aspx">在线</a> | <a href="/help.aspx">帮助</a></div>
</div></div>
<div class="header-main"><a href="/" class="logo"><img src="/max-templates/default/images/logo.png" alt="双庙论坛" /></a>
<div class="header-ad"><a href="/thread-xianliao-4102-1-1.aspx"><img src="/UserFiles/ad/chaye_468x60.gif" alt="双庙高山云雾茶 新茶上市" width="468" height="60" /></a></div></div>
<div class="mainnav"><ul><li class="current"><a href="/">论坛</a></li><li><a href="/spaces.aspx">空间</a></li><li><a href="/album.aspx">相册</a></li><li><a href="/shuoshuo.aspx">说说</a></li><li><a href="http://www.shuangmiao-bbsmax-like.test/">双庙村网站</a></li></ul></div>
</div>
<div id="main">
<div class="navigation"><a href="/">双庙论坛</a> &raquo; <strong>村务公开</strong></div>
<div class="forumheader"><h2>村务公开</h2><p>村里大事小情，村务财务公开，村民议事。</p><p class="moderators">版主: <a href="/space/1027.aspx">周家塘老周</a>, <a href="/space/2015.aspx">七班班主任</a></p></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a><div class="pagination"><span class="current">1</span><a href="/list-cunwu-2.aspx">2</a><a href="/list-cunwu-2.aspx" class="next">下一页</a></div></div>
<table class="threadlist" cellspacing="0" cellpadding="0">
<thead><tr><th colspan="2">主题</th><th>作者</th><th>回复/查看</th><th>最后回复</th></tr></thead>
<tbody>
<tr><td class="icon"><img src="/max-templates/default/images/thread_top.gif" alt="" /></td><td class="subject"><span class="stick">[置顶]</span> <a href="/thread-cunwu-3001-1-1.aspx">【版规】村务公开版发帖须知</a></td><td class="author"><a href="/space/1.aspx">管理员</a><br /><em>2009-03-20</em></td><td class="nums">2/2210</td><td class="lastpost">2009-03-20 10:00<br />by 管理员</td></tr>
<tr><td class="icon"><img src="/max-templates/default/images/thread_normal.gif" alt="" /></td><td class="subject"><em class="threadcate">[<a href="/list-cunwu-1.aspx">财务公开</a>]</em> <a href="/thread-cunwu-3925-1-1.aspx">4月份村财务收支公开</a></td><td class="author"><a href="/space/1290.aspx">老会计</a><br /><em>2011-05-10</em></td><td class="nums">7/530</td><td class="lastpost">2011-05-11 08:12<br />by 塘口二毛</td></tr>
<tr><td class="icon"><img src="/max-templates/default/images/thread_normal.gif" alt="" /></td><td class="subject"><em class="threadcate">[<a href="/list-cunwu-1.aspx">村民议事</a>]</em> <a href="/thread-cunwu-3901-1-1.aspx">东头路灯坏了六盏，谁管？</a></td><td class="author"><a href="/space/1290.aspx">老会计</a><br /><em>2011-04-20</em></td><td class="nums">12/388</td><td class="lastpost">2011-04-21 19:40<br />by 周家塘老周</td></tr>
<tr><td class="icon"><img src="/max-templates/default/images/thread_normal.gif" alt="" /></td><td class="subject"><em class="threadcate">[<a href="/list-cunwu-1.aspx">村务动态</a>]</em> <a href="/thread-cunwu-3872-1-1.aspx">换届后第一次村民代表会议，我的表态发言（全文）</a> <span class="threadpages">[<a href="/thread-cunwu-3872-1-1.aspx">1</a><a href="/thread-cunwu-3872-2-1.aspx">2</a>]</span></td><td class="author"><a href="/space/1027.aspx">周家塘老周</a><br /><em>2011-04-16</em></td><td class="nums">13/1386</td><td class="lastpost">2011-04-18 18:00<br />by 管理员</td></tr>
</tbody>
</table>
<div class="threadtools"><div class="pagination"><span class="current">1</span><a href="/list-cunwu-2.aspx">2</a><a href="/list-cunwu-2.aspx" class="next">下一页</a></div></div>
</div>
<div id="footer">
<div class="footer-links"><a href="/archiver/">简洁版本</a> | <a href="/help.aspx">帮助</a> | <a href="mailto:admin@shuangmiao.test">联系我们</a> | <a href="/">双庙论坛</a></div>
<div class="copyright">Powered by <a href="http://www.bbsmax.com/" target="_blank">bbsmax</a> 5.0.2 &copy; 2002-2011 <a href="http://www.maxlab.cn/" target="_blank">MaxLab</a>. 页面执行时间 0.046 秒, 8 次数据查询</div>
<div class="icp"><a href="http://www.miibeian.gov.cn/" target="_blank">皖ICP备10021567号</a></div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F2c1e8ff0d3b4e5a69f7c8d1e2a3b4c5d' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
