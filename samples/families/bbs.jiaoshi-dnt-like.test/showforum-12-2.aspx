<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>讲话发言 - 第2页 - 兰溪教师之家  - Powered by Discuz!NT</title>
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
<div id="foruminfo">
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <strong>讲话发言</strong></div>
<div id="forumstats"><p>今日: <strong>3</strong> | 主题: <strong>418</strong> | 帖子: <strong>3217</strong></p><p>版主: <a href="userinfo-3.aspx">老周</a></p></div>
</div>
<div id="forumheader" class="s_clear"><p class="forumrules">各类讲话稿、发言稿、主持词交流。原创请注明，转载请注明出处。</p></div>
<div class="pages_btns s_clear"><div class="pages"><em>&nbsp;2&nbsp;</em><a href="/showforum-12.aspx" class="prev">上一页</a><a href="/showforum-12.aspx">1</a><a href="/showforum-12-2.aspx" class="current">2</a></div><span class="postbtn"><a href="posttopic.aspx?forumid=12"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span></div>
<div id="threadlist" class="mainbox threadlist">
<h3><a href="showforum-12.aspx?filter=digest">精华</a> <a href="showforum-12.aspx?order=lastpost">最后发表</a></h3>
<table summary="forum_12" id="forum_12" cellspacing="0" cellpadding="0">
<thead class="category">
<tr><td class="folder">&nbsp;</td><td class="icon">&nbsp;</td><th>标题</th><td class="author">作者</td><td class="nums">回复/查看</td><td class="lastpost">最后发表</td></tr>
</thead>
<tbody id="normalthread_1219">
<tr>
<td class="folder"><a href="showtopic-1219.aspx" target="_blank"><img src="templates/default/images/folder_new.gif" alt="" /></a></td>
<td class="icon">&nbsp;</td>
<th class="new"><em>[<a href="showforum-12.aspx?typeid=3">发言稿</a>]</em> <a href="showtopic-1219.aspx">在学校退休教师欢送会上的讲话</a></th>
<td class="author"><cite><a href="userinfo-9.aspx" target="_blank">陈校长</a></cite><em>2011-7-10</em></td>
<td class="nums"><strong>3</strong> / <em>876</em></td>
<td class="lastpost"><em><a href="showtopic-1219.aspx?page=end#lastpost">2011-7-11 08:15</a></em><cite>by <a href="userinfo-28.aspx" target="_blank">兰江水</a></cite></td>
</tr>
</tbody>
</table>
</div>
<div class="pages_btns s_clear"><div class="pages"><em>&nbsp;2&nbsp;</em><a href="/showforum-12.aspx" class="prev">上一页</a><a href="/showforum-12.aspx">1</a><a href="/showforum-12-2.aspx" class="current">2</a></div></div>
<div id="footfilter" class="box"><form method="get" action="showforum.aspx"><input type="hidden" name="forumid" value="12" />查看 <select name="filter"><option value="0">全部主题</option><option value="86400">1 天以来主题</option><option value="604800">1 周以来主题</option></select> <button type="submit">提交</button></form></div>
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
