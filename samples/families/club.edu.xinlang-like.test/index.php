<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>教育论坛 - 新浪论坛</title>
<meta name="keywords" content="新浪论坛,教育论坛" />
<meta name="description" content="新浪教育论坛 新浪论坛" />
<meta name="generator" content="Discuz! 7.2" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_1_common.css?XiT" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/scriptstyle_1_viewthread.css?XiT" />
<link rel="stylesheet" type="text/css" href="http://i0.sinaimg-like.test/club/css/sina_club_2012.css" />
<script type="text/javascript">var STYLEID = '1', IMGDIR = 'images/default', VERHASH = 'XiT', charset = 'gbk', discuz_uid = 0, cookiedomain = '.sina.com.cn', cookiepath = '/', attackevasive = '0', disallowfloat = 'newthread|reply', creditnotice = '', gid = parseInt('0'), fid = parseInt('0'), tid = parseInt('0')</script>
<script src="forumdata/cache/common.js?XiT" type="text/javascript"></script>
<script type="text/javascript" src="http://i1.sinaimg-like.test/unipro/pub/suda_s_v851c.js"></script>
</head>
<body id="viewthread" onkeydown="if(event.keyCode==27) return false;">
<div class="tn-bg"><div class="tn-header"><div class="tn-nav">
<div class="tn-title"><a href="http://www.xinlang-like.test/" class="tn-tab" target="_blank">新浪首页</a></div>
<div class="tn-title"><a href="http://news.xinlang-like.test/guide/" class="tn-tab" target="_blank">新浪导航</a></div>
<div class="tn-title tn-title-login"><a href="http://login.xinlang-like.test/signup/signin.php?entry=club" class="tn-tab">登录</a></div>
<div class="tn-title"><a href="http://login.xinlang-like.test/signup/signup.php?entry=club" class="tn-tab" target="_blank">注册</a></div>
<div class="tn-title"><a href="http://weibo.xinlang-like.test/" class="tn-tab" target="_blank">微博</a></div>
</div></div></div>
<div id="header"><div class="wrap s_clear">
<h2><a href="http://club.xinlang-like.test/" title="新浪论坛"><img src="http://i0.sinaimg-like.test/club/images/logo_club.png" alt="新浪论坛" border="0" /></a></h2>
<div id="umenu"><a href="http://club.xinlang-like.test/">论坛首页</a> | <a href="index.php">教育论坛</a> | <a href="http://club.baby.xinlang-like.test/">育儿论坛</a> | <a href="http://club.eladies.xinlang-like.test/">女性论坛</a> | <a href="http://club.history.xinlang-like.test/">历史论坛</a> | <a href="http://club.auto.xinlang-like.test/">汽车论坛</a></div>
<div id="search_sina"><form method="get" action="http://search.xinlang-like.test/" target="_blank"><input type="text" name="q" value="" class="txt" /><input type="hidden" name="c" value="club" /><button type="submit">搜索</button></form></div>
</div></div>
<div id="ad_headerbanner"><script type="text/javascript" src="http://d1.sinaimg-like.test/litong/zhitou/sinaads/release/sinaads.js"></script><ins class="sinaads" data-ad-pdps="PDPS000000045321"></ins></div>
<div id="nav"><a href="http://club.xinlang-like.test/">新浪论坛</a> &raquo; <a href="index.php">教育论坛</a> &raquo; 首页</div>
<div id="wrap" class="wrap s_clear threadfix">
<div id="forumlist" class="mainbox list"><h3><a href="index.php">职场与考试</a></h3>
<table cellspacing="0" cellpadding="0" summary="category1"><tbody id="forum217"><tr><th class="new"><div class="left"><h2><a href="forum-217-1.html">职场人生</a><em> (今日: 64)</em></h2><p>求职、跳槽、加薪、年会、人际，职场那些事</p></div></th><td class="forumnums"><em>3842</em> / 51730</td><td class="forumlast"><p><a href="redirect.php?tid=5602318&amp;goto=lastpost#lastpost">毕业二十年同学聚会，我代表筹备组发言</a></p><cite><a href="space.php?uid=1730092218">北漂十年</a> - 2015-8-17 08:21</cite></td></tr></tbody>
<tbody id="forum218"><tr><th><div class="left"><h2><a href="forum-218-1.html">考研论坛</a></h2></div></th><td class="forumnums"><em>21033</em> / 300912</td><td class="forumlast">&nbsp;</td></tr></tbody></table></div>
<div id="onlinelist" class="mainbox list"><h3>在线会员</h3><p>共 <em>1203</em> 人在线 - 52 位会员, 1151 位游客</p></div>
</div>
<div id="footer" class="footer">
<p><a href="http://corp.xinlang-like.test/chn/">新浪简介</a> | <a href="http://corp.xinlang-like.test/eng/">About Sina</a> | <a href="http://emarketing.xinlang-like.test/">广告服务</a> | <a href="http://www.xinlang-like.test/contactus.html">联系我们</a> | <a href="http://career.xinlang-like.test/">招聘信息</a> | <a href="http://www.xinlang-like.test/intro/lawfirm.shtml">网站律师</a> | <a href="http://english.xinlang-like.test/">SINA English</a> | <a href="http://login.xinlang-like.test/signup/signup.php">通行证注册</a> | <a href="http://help.xinlang-like.test/">产品答疑</a></p>
<p>Copyright &copy; 1996-2015 SINA Corporation, All Rights Reserved</p>
<p>新浪公司 <a href="http://www.xinlang-like.test/intro/copyright.shtml">版权所有</a></p>
<p class="powered">Powered by <a href="http://www.discuz-like.test/" target="_blank">Discuz!</a> 7.2 &copy; 2001-2009 Comsenz Inc.</p>
</div>
<script type="text/javascript">GB_SUDA._S_pSt('_S_acTrack');</script>
<noscript><img width="0" height="0" src="http://beacon.xinlang-like.test/a.gif?noScript" border="0" alt="" /></noscript>
</body>
</html>
