<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>在学校退休教师欢送会上的讲话 - 兰溪教师之家  - Powered by Discuz!NT</title>
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
<script type="text/javascript">var topicid = 1219; var postminchars = 10; var postmaxchars = 50000; var disablepostctrl = 0; var forumid = 12;</script>
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
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <a href="/showforum-12-2.aspx">讲话发言</a> &raquo; <strong>在学校退休教师欢送会上的讲话</strong></div>
</div>
<div class="pages_btns s_clear">

<span class="postbtn" id="newspecial"><a href="posttopic.aspx?forumid=12" title="发新话题"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span>
<span class="replybtn"><a href="postreply.aspx?topicid=1219" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div class="mainbox viewthread">
<span class="headactions">
<a href="showtopic-1219.aspx?onlyauthor=1">只看楼主</a>
<a href="favorites.aspx?topicid=1219">收藏</a>
<a href="javascript:;" onclick="copytopicurl('showtopic-1219.aspx');">复制链接</a>
<a href="printtopic.aspx?topicid=1219" target="_blank">打印</a>
</span>
<h1>在学校退休教师欢送会上的讲话</h1>
<div class="threadstats">查看: 876 | 回复: 3</div>
<table id="pid15833" summary="pid15833" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-9.aspx" target="_blank" id="memberinfo_1" class="dropmenu" onmouseover="showMenu(this.id,false);">陈校长</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/09_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>高级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(4, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('陈校长');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(1));</script></li>
<li>来自:诸葛中学</li>
<li>积分:2210</li>
<li>帖子:640</li>
<li>注册:2008-1-7</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum15833" href="javascript:copytopicurl('showtopic.aspx?topicid=1219&amp;postid=15833#15833');">楼主</a></strong>
<em>发表于 2011-7-10 20:41</em> <a href="showtopic.aspx?topicid=1219&amp;postid=15833&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message15833').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message15833').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_1"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_1"></div>
<h2>在学校退休教师欢送会上的讲话</h2>
<div id="message15833" class="t_msgfont"><font size="3">上周五学校开了退休教师欢送会，应几位老师的要求，把我的讲话贴在这里。</font><br />
<br />
<font size="3">各位老师、同志们：<br />
今天我们在这里举行一个简单的欢送会，欢送王秀英、李德明、陈国华三位老师光荣退休。首先，我代表学校领导班子和全体教职工，向三位老师表示衷心的感谢和崇高的敬意！<br />
三位老师加起来，在讲台上站了整整一百零六年。王老师一九七三年师范毕业，先在村小教了八年复式班，一个人带四个年级，一九八一年调到我们学校，教了三十年语文，当了二十二年班主任。李老师是我们学校的“老物理”，学校的物理实验室是他一手建起来的，那些自制的教具，有的到今天还在用。陈老师教了一辈子数学，退休前这几年眼睛不好，批改作业要戴两副眼镜，可他从来没有少批过一本。<br />
我到这个学校工作的时候，是王老师带的我。那时候我二十三岁，第一次上公开课，紧张得粉笔都拿不稳。课后王老师没有批评我，只是把我叫到办公室，拿出她自己的备课本给我看。那本备课本的边角都翻卷了，上面密密麻麻写满了批注，哪个问题学生可能答不上来，哪个地方要多举一个例子，写得清清楚楚。她跟我说：“课上得好不好，功夫在课外。”这句话我记了二十年。<br />
李老师退休前最后一个学期，还主动要求带一个物理兴趣小组。有一次实验做到晚上八点多，他爱人打电话到学校来找，他才想起来那天是他们的结婚纪念日。陈老师呢，这些年带出来的学生里，有考上清华北大的，也有回到村里当老师的。每年教师节，他家的门槛都要被学生踏破。<br />
三位老师身上有很多值得我们学习的地方。一是敬业。几十年如一日，早来晚走，从不计较。二是爱生。多少家庭困难的学生，是三位老师自己掏钱给交的资料费；多少差点辍学的孩子，是三位老师一趟趟家访劝回来的。三是淡泊。评职称、评先进，三位老师总是往后让，说年轻人更需要。<br />
在这里，我也想对我们的青年教师说几句。现在的条件比三位老师年轻的时候好多了，多媒体教室、电子白板、网上的课件，要什么有什么。但是，条件再好，也代替不了老师对学生的那份用心。三位老师那一代人，没有多少先进的手段，靠的就是一支粉笔、一颗真心。希望大家多向老教师请教，把他们的好传统接过来，把他们的好经验传下去。<br />
各位老师，退休不是离开，学校永远是你们的家。学校已经研究决定，聘请三位老师担任我们学校的教学顾问，以后青年教师的公开课、学校的教研活动，还要请你们常回来看看、多提意见。工会也准备了三本纪念册，里面有这些年学生们写给你们的信和照片，等一下请三位老师收下。<br />
最后，祝三位老师身体健康，家庭幸福，退休生活丰富多彩！也希望我们在座的每一位老师，都能像三位老前辈一样，守得住讲台，对得起学生。<br />
谢谢大家！</font></div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">诸葛中学欢迎您</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1219&amp;postid=15833&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1219&amp;postid=15833">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_1_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=9" target="_blank">发送短消息</a></p>
<p><a href="userinfo-9.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=9">查找该会员全部帖子</a></p>
<ul><li>UID:9</li><li>精华:0</li><li>威望:44 </li><li>金钱:6630 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid15834" summary="pid15834" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-3.aspx" target="_blank" id="memberinfo_2" class="dropmenu" onmouseover="showMenu(this.id,false);">老周</a></cite>
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
<strong><a title="复制本帖链接" id="postnum15834" href="javascript:copytopicurl('showtopic.aspx?topicid=1219&amp;postid=15834#15834');">2<sup>#</sup></a></strong>
<em>发表于 2011-7-10 21:03</em> <a href="showtopic.aspx?topicid=1219&amp;postid=15834&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message15834').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message15834').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_2"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_2"></div>
<div id="message15834" class="t_msgfont">向三位老教师致敬！</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">兰溪教师之家 · 讲话发言版版主</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1219&amp;postid=15834&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1219&amp;postid=15834">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_2_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=3" target="_blank">发送短消息</a></p>
<p><a href="userinfo-3.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=3">查找该会员全部帖子</a></p>
<ul><li>UID:3</li><li>精华:0</li><li>威望:102 </li><li>金钱:15372 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid15835" summary="pid15835" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-117.aspx" target="_blank" id="memberinfo_3" class="dropmenu" onmouseover="showMenu(this.id,false);">粉笔灰</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/117_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>中级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(3, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('粉笔灰');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(2));</script></li>
<li>来自:游埠</li>
<li>积分:802</li>
<li>帖子:455</li>
<li>注册:2009-2-17</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum15835" href="javascript:copytopicurl('showtopic.aspx?topicid=1219&amp;postid=15835#15835');">3<sup>#</sup></a></strong>
<em>发表于 2011-7-10 21:40</em> <a href="showtopic.aspx?topicid=1219&amp;postid=15835&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message15835').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message15835').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_3"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_3"></div>
<div id="message15835" class="t_msgfont">“课上得好不好，功夫在课外。”说得太好了。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">一支粉笔两袖清风</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1219&amp;postid=15835&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1219&amp;postid=15835">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_3_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=117" target="_blank">发送短消息</a></p>
<p><a href="userinfo-117.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=117">查找该会员全部帖子</a></p>
<ul><li>UID:117</li><li>精华:0</li><li>威望:16 </li><li>金钱:2406 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid15836" summary="pid15836" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-28.aspx" target="_blank" id="memberinfo_4" class="dropmenu" onmouseover="showMenu(this.id,false);">兰江水</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/28_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>中级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(3, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('兰江水');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(1));</script></li>
<li>来自:兰溪市</li>
<li>积分:655</li>
<li>帖子:301</li>
<li>注册:2008-9-2</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum15836" href="javascript:copytopicurl('showtopic.aspx?topicid=1219&amp;postid=15836#15836');">4<sup>#</sup></a></strong>
<em>发表于 2011-7-11 08:15</em> <a href="showtopic.aspx?topicid=1219&amp;postid=15836&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message15836').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message15836').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_4"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_4"></div>
<div id="message15836" class="t_msgfont">陈老师是我初中的数学老师，看到这篇很感动。</div>
</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1219&amp;postid=15836&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1219&amp;postid=15836">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_4_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=28" target="_blank">发送短消息</a></p>
<p><a href="userinfo-28.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=28">查找该会员全部帖子</a></p>
<ul><li>UID:28</li><li>精华:0</li><li>威望:13 </li><li>金钱:1965 </li></ul>
<p>状态:离线</p>
</div>
</div>
<div class="pages_btns s_clear">

<span class="replybtn"><a href="postreply.aspx?topicid=1219" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
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
