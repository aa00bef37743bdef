<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>教育资讯 - 明德区实验学校</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="明德区实验学校" />
<meta name="description" content="明德区实验学校" />
<link href="/Skin/xuexiao/default.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript" src="/js/DD_belatedPNG.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="Index.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq0bV6pH+3zQ2Gm1l8Y1o6vJ3yBQ=" />
</div>
<div id="header">
 <div class="top">
  <div class="logo"><a href="/"><img src="/Skin/xuexiao/images/logo.png" alt="明德区实验学校" /></a></div>
  <div class="top_right"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.siteweaver-xuexiao.test/');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://www.siteweaver-xuexiao.test/','明德区实验学校')">加入收藏</a> | <a href="/User/Login.aspx">会员登录</a></div>
 </div>
 <div class="menu">
  <ul>
   <li><a href="/" target="_self">网站首页</a></li>
   <li><a href="/Category_3/Index.aspx" target="_self">学校概况</a></li>
   <li><a href="/Category_12/Index.aspx" target="_self">校园新闻</a></li><li><a href="/Category_15/Index.aspx" target="_self">教育资讯</a></li><li><a href="/Category_18/Index.aspx" target="_self">党建廉政</a></li>
   <li><a href="/Category_21/Index.aspx" target="_self">教学科研</a></li>
   <li><a href="/Category_24/Index.aspx" target="_self">德育园地</a></li>
   <li><a href="/Guestbook/Index.aspx" target="_self">校长信箱</a></li>
  </ul>
 </div>
 <div class="search_bar">
  <div class="today"><script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>
  <div class="search"><input name="keyword" type="text" id="keyword" class="keyword" value="请输入关键字" onfocus="this.value=''" /><input type="button" value="搜索" class="btn" onclick="window.location.href='/Search.aspx?searchtype=1&amp;keyword='+encodeURIComponent(document.getElementById('keyword').value)" /></div>
 </div>
</div>
<div id="main">
 <div class="left">
  <div class="left_title">教育资讯</div>
  <ul class="left_menu"><li><a href="/Category_12/Index.aspx" target="_self">校园新闻</a></li><li><a href="/Category_15/Index.aspx" target="_self">教育资讯</a></li><li><a href="/Category_18/Index.aspx" target="_self">党建廉政</a></li></ul>
 </div>
 <div class="right">
  <div class="location">您现在的位置： <a class="LinkPath" href="/">明德区实验学校</a> &gt;&gt; <a class="LinkPath" href="/Category_15/Index.aspx">教育资讯</a></div>
  <div class="list_content">
   <ul class="list">
<li><span class="date">2024-8-30</span><a href="/Item/1592.aspx" target="_blank" title="标题：我区召开2024年秋季开学工作会议">我区召开2024年秋季开学工作会议</a></li>
<li><span class="date">2024-8-27</span><a href="/Item/1587.aspx" target="_blank" title="标题：区教育局局长在2024年新教师入职培训开班仪式上的讲话">区教育局局长在2024年新教师入职培训开班仪式上的讲话</a></li>
<li><span class="date">2024-8-20</span><a href="/Item/1581.aspx" target="_blank" title="标题：关于做好2024年秋季学期学生资助工作的通知">关于做好2024年秋季学期学生资助工作的通知</a></li>
   </ul>
   <div class="pagecss" id="pe100_page_通用信息列表_普通式"><span class="disabled">&lt;&lt; 上一页</span><span class="current">1</span><a href="/Category_15/Index_2.aspx">2</a><a href="/Category_15/Index_2.aspx">下一页 &gt;&gt;</a></div>
  </div>
 </div>
</div>

<div id="footer">
 <div class="footer_link"><a href="/Category_3/Index.aspx">学校简介</a> | <a href="/Item/12.aspx">联系我们</a> | <a href="/Guestbook/Index.aspx">校长信箱</a> | <a href="/SiteMap.aspx">网站地图</a></div>
 <div class="copyright">
  版权所有：明德区实验学校　地址：明德区文昌路88号　邮编：430021　电话：027-8765****<br />
  <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备12008876号-1</a>　技术支持：<a href="http://www.powereasy.net" target="_blank">动易网络</a>　<a href="http://www.powereasy.net" target="_blank" title="Powered by SiteFactory">Powered by SiteFactory&trade;</a>
 </div>
</div>
</form>
</body>
</html>
