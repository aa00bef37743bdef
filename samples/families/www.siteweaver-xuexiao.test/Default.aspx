<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>明德区实验学校</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="明德区实验学校" />
<meta name="description" content="明德区实验学校" />
<link href="/Skin/xuexiao/default.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript" src="/js/DD_belatedPNG.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm">
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
 <div class="index_flash"><img src="/UploadFiles/Flash/banner1.jpg" alt="明德区实验学校" /></div>
 <div class="index_notice"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">热烈欢迎2024级新同学！</marquee></div>
 <div class="index_box"><div class="index_title"><span class="more"><a href="/Category_15/Index.aspx">更多&gt;&gt;</a></span>教育资讯</div><ul class="index_list"><li><span>2024-8-30</span><a href="/Item/1592.aspx" target="_blank" title="我区召开2024年秋季开学工作会议">我区召开2024年秋季开学工作会议</a></li><li><span>2024-8-27</span><a href="/Item/1587.aspx" target="_blank" title="区教育局局长在2024年新教师入职培训开班仪式上的讲话">区教育局局长在2024年新教师入职培训开班仪式上</a></li><li><span>2024-8-20</span><a href="/Item/1581.aspx" target="_blank" title="关于做好2024年秋季学期学生资助工作的通知">关于做好2024年秋季学期学生资助工作的通知</a></li><li><span>2024-7-8</span><a href="/Item/1566.aspx" target="_blank" title="区教育局部署暑期校园安全工作">区教育局部署暑期校园安全工作</a></li></ul></div><div class="index_box"><div class="index_title"><span class="more"><a href="/Category_18/Index.aspx">更多&gt;&gt;</a></span>党建廉政</div><ul class="index_list"><li><span>2024-5-22</span><a href="/Item/1549.aspx" target="_blank" title="学校党支部开展党纪学习教育专题读书班">学校党支部开展党纪学习教育专题读书班</a></li><li><span>2024-4-15</span><a href="/Item/1524.aspx" target="_blank" title="学习资料：在县政府廉政工作会议上的讲话">学习资料：在县政府廉政工作会议上的讲话</a></li><li><span>2024-4-11</span><a href="/Item/1519.aspx" target="_blank" title="学校召开2024年党风廉政建设工作会议">学校召开2024年党风廉政建设工作会议</a></li><li><span>2024-3-26</span><a href="/Item/1503.aspx" target="_blank" title="转发《关于进一步加强师德师风建设的通知》">转发《关于进一步加强师德师风建设的通知》</a></li></ul></div>
 <div class="index_box"><div class="index_title"><span class="more"><a href="/Category_12/Index.aspx">更多&gt;&gt;</a></span>校园新闻</div><ul class="index_list"><li><span>2024-9-2</span><a href="/Item/1595.aspx" target="_blank">我校隆重举行2024年秋季开学典礼</a></li></ul></div>
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
