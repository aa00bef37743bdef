<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>在高三年级家长会上的班主任发言 - 兰溪教师之家  - Powered by Discuz!NT</title>
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
<script type="text/javascript">var topicid = 1586; var postminchars = 10; var postmaxchars = 50000; var disablepostctrl = 0; var forumid = 12;</script>
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
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <a href="/showforum-12.aspx">讲话发言</a> &raquo; <strong>在高三年级家长会上的班主任发言</strong></div>
</div>
<div class="pages_btns s_clear">
<div class="pages"><em>&nbsp;2&nbsp;</em><a href="showtopic-1586.aspx" class="current">1</a><a href="showtopic-1586-2.aspx">2</a><a href="showtopic-1586-2.aspx" class="next">下一页</a><kbd><input name="gopage" type="text" class="txt" value="1" onkeydown="if(event.keyCode==13) {window.location='showtopic-1586-'+this.value+'.aspx';}" size="2" maxlength="5" />/ 2页</kbd></div>
<span class="postbtn" id="newspecial"><a href="posttopic.aspx?forumid=12" title="发新话题"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span>
<span class="replybtn"><a href="postreply.aspx?topicid=1586" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div class="mainbox viewthread">
<span class="headactions">
<a href="showtopic-1586.aspx?onlyauthor=1">只看楼主</a>
<a href="favorites.aspx?topicid=1586">收藏</a>
<a href="javascript:;" onclick="copytopicurl('showtopic-1586.aspx');">复制链接</a>
<a href="printtopic.aspx?topicid=1586" target="_blank">打印</a>
</span>
<h1>在高三年级家长会上的班主任发言</h1>
<div class="threadstats">查看: 1532 | 回复: 12</div>
<table id="pid20411" summary="pid20411" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-5.aspx" target="_blank" id="memberinfo_1" class="dropmenu" onmouseover="showMenu(this.id,false);">沈老师</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/05_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>高级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(4, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('沈老师');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(2));</script></li>
<li>来自:兰溪一中</li>
<li>积分:1863</li>
<li>帖子:712</li>
<li>注册:2008-3-11</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum20411" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20411#20411');">楼主</a></strong>
<em>发表于 2010-9-18 21:35</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20411&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20411').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20411').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_1"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_1"></div>
<h2>在高三年级家长会上的班主任发言</h2>
<div id="message20411" class="t_msgfont">前天下午开的高三家长会，这是我在会上的发言稿，发上来给各位同行参考，有不妥的地方欢迎拍砖。<br />
<br />
各位家长，大家下午好！<br />
我是高三（5）班的班主任，也是这个班的数学老师。首先感谢大家在百忙之中抽时间来参加这次家长会。我看了一下签到表，全班五十二位同学，今天来了四十九位家长，有的是请了假从工地上赶过来的，有的是从乡下坐了一个多小时的班车过来的。大家这么重视，我心里很感动，也觉得肩上的担子更重了。<br />
今天我主要跟大家说三件事：一是孩子们现在的情况，二是高三这一年的安排，三是想请家长们配合做的几件事。<br />
先说孩子们的情况。暑假补课加上开学这两周，我总的感觉是，大部分同学已经进入了高三的状态。早上六点二十进教室早读，晚上九点五十下晚自习，很少有人迟到。上周的摸底考试，全班一本上线预估十四人，二本上线预估三十一人，比高二期末多了五个人。但是也要实事求是地讲，有一部分同学还没有紧张起来，上课走神、作业应付的情况还有，个别同学的手机问题比较突出，晚上躲在被窝里玩到一两点，第二天上课打瞌睡。这些情况，我会单独跟相关的家长沟通。<br />
再说这一年的安排。九月到明年一月是第一轮复习，把三年的知识从头到尾过一遍，重在打基础、补漏洞；二月到四月是第二轮专题复习，重在综合运用；五月是模拟训练和查缺补漏。学校每个月有一次月考，每次考完我都会把成绩和分析发到各位家长手上。请大家看成绩的时候，不要只盯着总分和名次，更要看孩子哪一科掉了、哪一类题丢分多，这才是下一步努力的方向。<br />
最后，想请家长们配合做好几件事。<br />
第一，稳住孩子的情绪。高三的孩子压力大，考好了容易飘，考差了容易垮。孩子回家的时候，少问分数，多问问吃得怎么样、睡得怎么样。一次考试说明不了什么，家长稳，孩子才稳。<br />
第二，管住手机。我知道很多家长在外地打工，给孩子买手机是为了联系方便，这个可以理解。但是请大家跟孩子约定好，在学校期间手机交给生活老师保管，周末回家再用。这件事光靠学校管不住，需要家校一起管。<br />
第三，保证营养和睡眠。不需要买什么补品，一日三餐按时吃，晚上十一点以前睡觉，比什么都强。<br />
第四，保持联系。我的电话大家都有，孩子在家里有什么情况、情绪有什么变化，请及时告诉我。我这边有什么情况，也会第一时间跟大家联系。<br />
各位家长，高三这一年很苦，但也就这一年。孩子们在前面跑，我们老师和家长在后面推一把、扶一把，我相信明年六月，大家都能收到一个满意的结果。<br />
谢谢大家！</div>
<div class="box postattachlist">
<h4>附件</h4>
<dl class="t_attachlist">
<dt><img src="images/attachicons/doc.gif" alt="" /> <a href="attachment.aspx?attachmentid=3312" target="_blank"><strong>高三家长会班主任发言稿.doc</strong></a> <em>(36.5 KB)</em></dt>
<dd><p>2010-9-18 21:35, 下载次数: 126</p><p class="notice">您所在的用户组无法下载附件，请 <a href="login.aspx">登录</a> 或 <a href="register.aspx">注册</a></p></dd>
</dl>
</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">教书育人，如履薄冰。</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20411&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20411">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_1_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=5" target="_blank">发送短消息</a></p>
<p><a href="userinfo-5.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=5">查找该会员全部帖子</a></p>
<ul><li>UID:5</li><li>精华:0</li><li>威望:37 </li><li>金钱:5589 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20412" summary="pid20412" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-28.aspx" target="_blank" id="memberinfo_2" class="dropmenu" onmouseover="showMenu(this.id,false);">兰江水</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20412" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20412#20412');">2<sup>#</sup></a></strong>
<em>发表于 2010-9-18 22:02</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20412&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20412').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20412').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_2"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_2"></div>
<div id="message20412" class="t_msgfont">写得实在，特别是“家长稳，孩子才稳”这句，收藏了。</div>
</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20412&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20412">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_2_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=28" target="_blank">发送短消息</a></p>
<p><a href="userinfo-28.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=28">查找该会员全部帖子</a></p>
<ul><li>UID:28</li><li>精华:0</li><li>威望:13 </li><li>金钱:1965 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20413" summary="pid20413" cellspacing="0" cellpadding="0">
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
<strong><a title="复制本帖链接" id="postnum20413" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20413#20413');">3<sup>#</sup></a></strong>
<em>发表于 2010-9-18 22:17</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20413&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20413').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20413').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_3"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_3"></div>
<div id="message20413" class="t_msgfont">手机问题我们班也一样，家长都说管不住，愁死了。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">一支粉笔两袖清风</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20413&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20413">回复</a>|
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
<table id="pid20414" summary="pid20414" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-3.aspx" target="_blank" id="memberinfo_4" class="dropmenu" onmouseover="showMenu(this.id,false);">老周</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20414" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20414#20414');">4<sup>#</sup></a></strong>
<em>发表于 2010-9-19 07:45</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20414&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20414').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20414').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_4"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_4"></div>
<div id="message20414" class="t_msgfont">好帖，加精。建议把月考分析的表格也发上来，大家学习一下。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">兰溪教师之家 · 讲话发言版版主</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20414&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20414">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_4_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=3" target="_blank">发送短消息</a></p>
<p><a href="userinfo-3.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=3">查找该会员全部帖子</a></p>
<ul><li>UID:3</li><li>精华:0</li><li>威望:102 </li><li>金钱:15372 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20415" summary="pid20415" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-402.aspx" target="_blank" id="memberinfo_5" class="dropmenu" onmouseover="showMenu(this.id,false);">新手小林</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/402_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>新手上路</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(1, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('新手小林');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(1));</script></li>
<li>来自:女埠</li>
<li>积分:36</li>
<li>帖子:12</li>
<li>注册:2010-8-30</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum20415" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20415#20415');">5<sup>#</sup></a></strong>
<em>发表于 2010-9-19 08:30</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20415&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20415').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20415').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_5"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_5"></div>
<div id="message20415" class="t_msgfont">今年第一次当班主任，下周也要开家长会，正愁不知道怎么讲，谢谢楼主！</div>
</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20415&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20415">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_5_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=402" target="_blank">发送短消息</a></p>
<p><a href="userinfo-402.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=402">查找该会员全部帖子</a></p>
<ul><li>UID:402</li><li>精华:0</li><li>威望:0 </li><li>金钱:108 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20416" summary="pid20416" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-233.aspx" target="_blank" id="memberinfo_6" class="dropmenu" onmouseover="showMenu(this.id,false);">一米阳光</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/233_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>中级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(2, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('一米阳光');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(2));</script></li>
<li>来自:云山小学</li>
<li>积分:410</li>
<li>帖子:188</li>
<li>注册:2009-6-5</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum20416" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20416#20416');">6<sup>#</sup></a></strong>
<em>发表于 2010-9-19 09:12</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20416&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20416').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20416').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_6"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_6"></div>
<div id="message20416" class="t_msgfont">五十二个人来了四十九个，楼主的家校工作做得好啊。</div>
</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20416&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20416">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_6_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=233" target="_blank">发送短消息</a></p>
<p><a href="userinfo-233.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=233">查找该会员全部帖子</a></p>
<ul><li>UID:233</li><li>精华:0</li><li>威望:8 </li><li>金钱:1230 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20417" summary="pid20417" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-5.aspx" target="_blank" id="memberinfo_7" class="dropmenu" onmouseover="showMenu(this.id,false);">沈老师</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/05_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>高级会员</em></p>
<p><script language="javascript" type="text/javascript">ShowStars(4, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('沈老师');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender(2));</script></li>
<li>来自:兰溪一中</li>
<li>积分:1863</li>
<li>帖子:712</li>
<li>注册:2008-3-11</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum20417" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20417#20417');">7<sup>#</sup></a></strong>
<em>发表于 2010-9-19 12:20</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20417&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20417').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20417').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_7"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_7"></div>
<div id="message20417" class="t_msgfont">回复 4# 新手小林 的帖子<br />
不客气，第一次开家长会不要紧张，把孩子的情况讲清楚、把要求讲具体就行。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">教书育人，如履薄冰。</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20417&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20417">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_7_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=5" target="_blank">发送短消息</a></p>
<p><a href="userinfo-5.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=5">查找该会员全部帖子</a></p>
<ul><li>UID:5</li><li>精华:0</li><li>威望:37 </li><li>金钱:5589 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20418" summary="pid20418" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-28.aspx" target="_blank" id="memberinfo_8" class="dropmenu" onmouseover="showMenu(this.id,false);">兰江水</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20418" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20418#20418');">8<sup>#</sup></a></strong>
<em>发表于 2010-9-19 20:08</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20418&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20418').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20418').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_8"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_8"></div>
<div id="message20418" class="t_msgfont">顶一下。</div>
</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20418&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20418">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_8_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=28" target="_blank">发送短消息</a></p>
<p><a href="userinfo-28.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=28">查找该会员全部帖子</a></p>
<ul><li>UID:28</li><li>精华:0</li><li>威望:13 </li><li>金钱:1965 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20419" summary="pid20419" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-117.aspx" target="_blank" id="memberinfo_9" class="dropmenu" onmouseover="showMenu(this.id,false);">粉笔灰</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20419" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20419#20419');">9<sup>#</sup></a></strong>
<em>发表于 2010-9-20 10:31</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20419&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20419').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20419').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_9"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_9"></div>
<div id="message20419" class="t_msgfont">请问附件怎么下载不了？</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">一支粉笔两袖清风</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20419&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20419">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_9_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=117" target="_blank">发送短消息</a></p>
<p><a href="userinfo-117.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=117">查找该会员全部帖子</a></p>
<ul><li>UID:117</li><li>精华:0</li><li>威望:16 </li><li>金钱:2406 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20420" summary="pid20420" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-3.aspx" target="_blank" id="memberinfo_10" class="dropmenu" onmouseover="showMenu(this.id,false);">老周</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20420" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20420#20420');">10<sup>#</sup></a></strong>
<em>发表于 2010-9-20 11:02</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20420&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20420').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20420').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_10"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_10"></div>
<div id="message20420" class="t_msgfont">回复 9# 粉笔灰 的帖子<br />
注册登录以后就可以下载了。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">兰溪教师之家 · 讲话发言版版主</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20420&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20420">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_10_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=3" target="_blank">发送短消息</a></p>
<p><a href="userinfo-3.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=3">查找该会员全部帖子</a></p>
<ul><li>UID:3</li><li>精华:0</li><li>威望:102 </li><li>金钱:15372 </li></ul>
<p>状态:离线</p>
</div>
<table id="pid20421" summary="pid20421" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-9.aspx" target="_blank" id="memberinfo_11" class="dropmenu" onmouseover="showMenu(this.id,false);">陈校长</a></cite>
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
<strong><a title="复制本帖链接" id="postnum20421" href="javascript:copytopicurl('showtopic.aspx?topicid=1586&amp;postid=20421#20421');">11<sup>#</sup></a></strong>
<em>发表于 2010-9-20 15:47</em> <a href="showtopic.aspx?topicid=1586&amp;postid=20421&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message20421').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message20421').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_11"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_11"></div>
<div id="message20421" class="t_msgfont">我们学校下周开家长会，准备把这篇发给各个班主任参考，谢谢沈老师。</div>
</div>
<div class="signatures" style="maxHeightIE: 100px;">诸葛中学欢迎您</div>
</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=1586&amp;postid=20421&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=1586&amp;postid=20421">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_11_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid=9" target="_blank">发送短消息</a></p>
<p><a href="userinfo-9.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid=9">查找该会员全部帖子</a></p>
<ul><li>UID:9</li><li>精华:0</li><li>威望:44 </li><li>金钱:6630 </li></ul>
<p>状态:离线</p>
</div>
</div>
<div class="pages_btns s_clear">
<div class="pages"><em>&nbsp;2&nbsp;</em><a href="showtopic-1586.aspx" class="current">1</a><a href="showtopic-1586-2.aspx">2</a><a href="showtopic-1586-2.aspx" class="next">下一页</a><kbd><input name="gopage" type="text" class="txt" value="1" onkeydown="if(event.keyCode==13) {window.location='showtopic-1586-'+this.value+'.aspx';}" size="2" maxlength="5" />/ 2页</kbd></div>
<span class="replybtn"><a href="postreply.aspx?topicid=1586" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div id="quickpost" class="box">
<h4>快速回复主题</h4>
<p class="notice">您需要登录后才可以回帖 <a href="login.aspx">登录</a> | <a href="register.aspx">注册</a></p>
</div>
<div id="relatedthreads" class="box">
<h4>相关主题</h4>
<ul>
<li><a href="showtopic-1219.aspx">在学校退休教师欢送会上的讲话</a></li>
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
