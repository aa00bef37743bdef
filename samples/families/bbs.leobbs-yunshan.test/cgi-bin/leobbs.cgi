<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云山论坛 - 雷傲极酷超级论坛</title>
<meta name="keywords" content="云山论坛,云山论坛,LeoBBS">
<meta name="description" content="云山论坛 - 云山论坛 - 雷傲极酷超级论坛">
<link rel="stylesheet" type="text/css" href="/non-cgi/leobbs.css">
<script language="JavaScript" src="/non-cgi/leobbs.js"></script>
</head>
<body topmargin=0 leftmargin=0 bgcolor=#FFFFFF>
<a name=top></a>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td width=30% rowspan=2 valign=middle><a href="leobbs.cgi"><img src="/non-cgi/myimages/logo.gif" border=0 alt="云山论坛"></a></td>
<td align=right valign=top><font color=#333333>&nbsp;<script>document.write(ShowClock());</script></font></td></tr>
<tr><td align=right valign=bottom><script language="JavaScript" src="/non-cgi/ads/topads.js"></script></td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8 height=26>
<tr><td align=center><font color=#FFFFFF>
<a href="register.cgi"><font color=#FFFFFF>注册</font></a> | <a href="loginout.cgi"><font color=#FFFFFF>登录</font></a> | <a href="profile.cgi?action=modify"><font color=#FFFFFF>资料</font></a> | <a href="messanger.cgi?action=inbox"><font color=#FFFFFF>短消息</font></a> | <a href="search.cgi"><font color=#FFFFFF>搜索</font></a> | <a href="memberlist.cgi"><font color=#FFFFFF>用户列表</font></a> | <a href="whosonline.cgi"><font color=#FFFFFF>在线</font></a> | <a href="help.cgi"><font color=#FFFFFF>帮助</font></a> | <a href="plugin.cgi"><font color=#FFFFFF>社区服务</font></a> | <a href="leobbs.cgi"><font color=#FFFFFF>论坛首页</font></a>
</font></td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td height=26>&nbsp;<img src="/non-cgi/images/closedfold.gif" border=0>&nbsp;&nbsp;<a href="leobbs.cgi">云山论坛</a></td>
<td align=right>您好，客人！ [<a href="loginout.cgi">登录</a>] [<a href="register.cgi">注册</a>]&nbsp;</td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2 colspan=2>&nbsp;<b>论坛公告</b>：<a href="announcements.cgi">欢迎各位网友光临云山论坛，发帖请遵守国家法律法规！</a> (2007-05-01)</td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#4A76A8 colspan=5><font color=#FFFFFF><b>-=&gt; 云山家园</b></font></td></tr>
<tr><td bgcolor=#D7E3F2 align=center width=30>&nbsp;</td><td bgcolor=#D7E3F2 align=center><b>论坛</b></td><td bgcolor=#D7E3F2 align=center width=60><b>主题</b></td><td bgcolor=#D7E3F2 align=center width=60><b>回复</b></td><td bgcolor=#D7E3F2 align=center width=200><b>最后发表</b></td></tr>
<tr><td bgcolor=#FFFFFF align=center><img src="/non-cgi/images/on.gif" border=0></td><td bgcolor=#FFFFFF><a href="forums.cgi?forum=2"><b>政务交流</b></a><br>政府工作、会议讲话、政策文件交流<br>版主：交通老杨</td><td bgcolor=#EEF2F7 align=center>96</td><td bgcolor=#EEF2F7 align=center>540</td><td bgcolor=#FFFFFF>主题：<a href="topic.cgi?forum=2&topic=1563">副县长在全县农村公路养护...</a><br>作者：交通老杨 2007-11-23 9:12</td></tr>
<tr><td bgcolor=#FFFFFF align=center><img src="/non-cgi/images/on.gif" border=0></td><td bgcolor=#FFFFFF><a href="forums.cgi?forum=6"><b>企业沙龙</b></a><br>园区企业交流、招聘求职<br>版主：云山人事部</td><td bgcolor=#EEF2F7 align=center>58</td><td bgcolor=#EEF2F7 align=center>311</td><td bgcolor=#FFFFFF>主题：<a href="topic.cgi?forum=6&topic=2208">[原创]总经理在公司二〇...</a><br>作者：质检小王 2008-02-03 9:05</td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2>&nbsp;<b>论坛统计</b></td></tr>
<tr><td bgcolor=#FFFFFF>论坛共有 <b>1204</b> 位注册用户，主题总数 <b>1816</b> 篇，回复总数 <b>9473</b> 篇，今日发帖 <b>12</b> 篇<br>欢迎新用户：<a href="profile.cgi?action=show&member=装配三班">装配三班</a><br>目前论坛共有 <b>7</b> 人在线，其中注册用户 1 人，客人 6 人　[<a href="whosonline.cgi">显示详细列表</a>]</td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td align=center><br>
<font color=#666666>本论坛言论纯属发表者个人意见，与 <b>云山论坛</b> 立场无关</font><br><br>
<a href="mailto:webmaster@yunshan-xian.test">联系我们</a> - <a href="http://www.yunshan-xian.test/" target=_blank>云山在线</a> - <a href="leobbs.cgi?action=lite" target=_blank>无图版</a> - <a href="#top">返回页首</a><br>
版权所有：<a href="http://www.yunshan-xian.test/" target=_blank>云山在线</a>　<a href="http://www.miibeian.gov.cn/" target=_blank>赣ICP备06008312号</a><br>
<font color=#999999>Powered by <a href="http://www.leobbs.net/" target=_blank><b>LeoBBS X</b></a> Build 070606 &copy; 2000-2007 <a href="http://www.leobbs.net/" target=_blank>雷傲科技</a><br>
本页面执行时间 0.046 秒&nbsp;&nbsp;</font>
</td></tr>
</table>
</body>
</html>
