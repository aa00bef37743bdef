<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>【版规】讲话发言版发帖须知（2009年修订） - 兰溪教师之家  - Powered by Discuz!NT</title>
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
<script type="text/javascript" src="javascript/template_showtopic.js"></script>
<script type="text/javascript">var topicid = 1020; var postminchars = 10; var postmaxchars = 50000; var disablepostctrl = 0; var forumid = 12;</script>
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
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <a href="/showforum-12.aspx">讲话发言</a> &raquo; <strong>【版规】讲话发言版发帖须知（2009年修订）</strong></div>
</div>
<div class="pages_btns s_clear">

<span class="postbtn" id="newspecial"><a href="posttopic.aspx?forumid=12" title="发新话题"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span>
<span class="replybtn"><a href="postreply.aspx?topicid=1020" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div class="mainbox viewthread">
<span class="headactions">
<a href="showtopic-1020.aspx?onlyauthor=1">只看楼主</a>
<a href="favorites.aspx?topicid=1020">收藏</a>
<a href="javascript:;" onclick="copytopicurl('showtopic-1020.aspx');">复制链接</a>
<a href="printtopic.aspx?topicid=1020" target="_blank">打印</a>
</span>
<h1>【版规】讲话发言版发帖须知（2009年修订）</h1>
<div class="threadstats">查看: 2210 | 回复: 0</div>
<table id="pid9001" summary="pid9001" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-3.aspx" target="_blank" id="memberinfo_1" class="dropmenu" onmouseover="showMenu(this.id,false);">老周</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/03_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>版主</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(5, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('老周');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(1));</script></li>
<li>来自:兰溪实验中学</li>
<li>积分:5124</li>
<li>帖子:2380</li>
<li>注册:2007-11-20</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum9001" href="javascript:copytopicurl('showtopic.aspx?topicid=1020&amp;postid=9001#9001');">楼主</a></strong>
<em>发表于 2009-2-1 10:00</em> <a href="showtopic.aspx?topicid=1020&amp;postid=9001&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message9001').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message9001').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_1"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_1"></div>
<h2>【版规】讲话发言版发帖须知（2009年修订）</h2>
<div id="message9001" class="t_msgfont">一、本版交流各类讲话稿、发言稿、主持词。<br />
二、原创稿件请在标题注明，转载请注明出处。<br />
三、禁止发布广告和代写信息，违者删帖封号。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">兰溪教师之家 · 讲话发言版版主</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1020&amp;postid=9001&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1020&amp;postid=9001">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_1_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=3" target="_blank">发送短消息</a></p>
<p><a href="userinfo-3.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=3">查找该会员全部帖子</a></p>
<ul><li>UID:3</li><li>精华:0</li><li>威望:102 </li><li>金钱:15372 </li></ul>
<p>状态:离线</p>
</div>
</div>
<div class="pages_btns s_clear">

<span class="replybtn"><a href="postreply.aspx?topicid=1020" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div id="quickpost" class="box">
<h4>快速回复主题</h4>
<p class="notice">您需要登录后才可以回帖 <a href="login.aspx">登录</a> | <a href="register.aspx">注册</a></p>
</div>
<div id="relatedthreads" class="box">
<h4>相关主题</h4>
<ul>
<li><a href="showtopic-1586.aspx">在高三年级家长会上的班主任发言</a></li>
<li><a href="showtopic-1601.aspx">求助：新学期开学典礼教师代表发言怎么写？</a></li>
</ul>
</div>
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
