<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>首页 - 兰溪教师之家  - Powered by Discuz!NT</title>
<meta name="keywords" content="兰溪教师,教师论坛,教育教学,班主任,发言稿" />
<meta name="description" content="兰溪教师之家 兰溪市中小学教师交流社区" />
<meta name="generator" content="Discuz!NT 3.5.0" />
<meta name="author" content="Discuz!NT Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2010 Comsenz Inc." />
<meta http-equiv="x-ua-compatible" content="ie=7" />
<link rel="icon" href="favicon.ico" type="image/x-icon" />
<link rel="shortcut icon" href="favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="templates/default/float.css" type="text/css" media="all" />
<link rel="stylesheet" href="templates/default/dnt.css" type="text/css" media="all" />
<link rel="alternate" type="application/rss+xml" title="兰溪教师之家" href="tools/rss.aspx" />
<script type="text/javascript">
var creditnotice='1|威望|,2|金钱|,3|贡献|';
var forumpath = "/";
var templatepath = "default";
var aspxrewrite = 1;
var IMGDIR = "templates/default/images";
var imagemaxwidth = '600';
</script>
<script type="text/javascript" src="javascript/common.js"></script>
<script type="text/javascript" src="javascript/menu.js"></script>
<script type="text/javascript" src="javascript/ajax.js"></script>

</head>
<body onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="header">
<div class="wrap s_clear">
<h2><a href="index.aspx" title="兰溪教师之家"><img src="templates/default/images/logo.gif" alt="兰溪教师之家" border="0" /></a></h2>
<div id="ad_headerbanner"><a href="http://www.lanxi-jyj-like.test/" target="_blank"><img src="upload/ad/jyj_banner.jpg" alt="兰溪市教育局" /></a></div>
</div>
<div id="menu">
<div class="wrap">
<div id="userinfo" class="userinfo">
<span class="avataonline">您好，游客！</span> <a href="login.aspx" onclick="floatwin('open_login', this.href, 600, 400);return false;">登录</a> <a href="register.aspx" class="notabs">注册</a>
</div>
<ul>
<li class="current"><a href="index.aspx">论坛</a></li>
<li><a href="showtoplist.aspx">排行</a></li>
<li><a href="tags.aspx">标签</a></li>
<li><a href="search.aspx">搜索</a></li>
<li><a href="onlineuser.aspx">在线</a></li>
<li><a href="help.aspx" target="_blank">帮助</a></li>
</ul>
</div>
</div>
</div>
<div id="wrap" class="wrap s_clear">
<div id="announcement"><div id="announcementbody"><ul><li><a href="showtopic-1020.aspx">讲话发言版发帖须知</a> <em>(2009-2-1)</em></li></ul></div></div>
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; 首页</div>
<div class="mainbox forumlist">
<h3><a href="index.aspx?gid=1">教学交流</a></h3>
<table id="category_1" summary="category1" cellspacing="0" cellpadding="0">
<thead class="category"><tr><th>版块</th><td class="nums">主题</td><td class="nums">帖数</td><td class="lastpost">最后发表</td></tr></thead>
<tbody id="forum12"><tr><th class="new"><h2><a href="/showforum-12.aspx">讲话发言</a><em> (今日: 3)</em></h2><p>讲话稿、发言稿、主持词交流</p><p class="moderators">版主: <a href="userinfo-3.aspx">老周</a></p></th><td class="nums">418</td><td class="nums">3217</td><td class="lastpost"><a href="showtopic-1601.aspx">求助：新学期开学典礼…</a><cite>by <a href="userinfo-3.aspx">老周</a> - 2010-9-21 19:50</cite></td></tr></tbody>
<tbody id="forum13"><tr><th><h2><a href="showforum-13.aspx">班主任工作</a></h2><p>班级管理经验交流</p></th><td class="nums">902</td><td class="nums">6630</td><td class="lastpost">2010-9-22 18:03</td></tr></tbody>
<tbody id="forum15"><tr><th><h2><a href="showforum-15.aspx">课件教案</a></h2><p>课件、教案、试卷资源共享</p></th><td class="nums">1733</td><td class="nums">9021</td><td class="lastpost">2010-9-22 20:11</td></tr></tbody>
</table>
</div>
<div class="box" id="newtopics"><h4>最新主题</h4><ul>
<li><a href="showtopic-1601.aspx">求助：新学期开学典礼教师代表发言怎么写？</a></li>
<li><a href="showtopic-1586.aspx">在高三年级家长会上的班主任发言</a></li>
</ul></div>
<div class="box" id="online"><h4>在线会员 - 共 37 人在线，2 位会员，35 位游客</h4><p>最高记录是 <em>402</em> 于 <em>2010-3-9</em>.</p></div>
</div>
<div id="footer">
<div class="wrap s_clear">
<div id="footlink">
<p>
<a href="showtopic-1020.aspx">联系我们</a> - <a href="archiver/index.aspx">简洁版本</a> - <a href="#">返回顶部</a> - <a href="http://www.miibeian.gov.cn" target="_blank">浙ICP备09031762号</a>
</p>
<p class="smalltext">GMT+8, 2010-9-22 21:40, <span id="debuginfo">Processed in 0.0625 second(s) , 6 queries.</span></p>
</div>
<p id="copyright">Powered by <a href="http://nt.discuz.net" target="_blank" title="Discuz!NT 3.5.0 (.net Framework 2.x/3.x)">Discuz!NT</a> <em class="f_bold">3.5.0</em>
&copy; 2001-2010 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F3c1f0e7b9a2d4e6f8a1b2c3d4e5f6a7b' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
