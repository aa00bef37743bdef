<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>区教育局局长在2024年新教师入职培训开班仪式上的讲话 - 教育资讯 - 明德区实验学校</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="区教育局局长在2024年新教师入职培训开班仪式上的讲话" />
<meta name="description" content="明德区实验学校" />
<link href="/Skin/xuexiao/default.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript" src="/js/DD_belatedPNG.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="1587.aspx" id="aspnetForm">
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
  <div class="location">您现在的位置： <a class="LinkPath" href="/">明德区实验学校</a> &gt;&gt; <a class="LinkPath" href="/Category_15/Index.aspx">教育资讯</a> &gt;&gt; 正文</div>
  <div class="article_show">
   <h2 class="title">区教育局局长在2024年新教师入职培训开班仪式上的讲话</h2>
   <div class="property">
    <span>作者：区教育局</span>
    <span>来源：明德区教育局</span>
    <span>点击数：<span id="hits">0</span></span>
    <span>更新时间：2024-8-27 16:08:45</span>
   </div>
   <div class="font_size">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
   <div id="fontzoom" class="article_content">
<p style="text-indent: 2em;">各位新入职的老师们：</p>
<p style="text-indent: 2em;">大家上午好！</p>
<p style="text-indent: 2em;">今天，我们在这里举行二〇二四年新教师入职培训开班仪式。首先，我代表区教育局党组，向通过层层选拔加入全区教师队伍的一百二十六位新同事表示热烈欢迎！你们当中，有刚刚走出校门的师范毕业生，也有在其他岗位工作过、怀着教育理想转到讲台上的同志。不管从哪里来，从今天起，大家有了一个共同的名字，那就是人民教师。</p>
<p style="text-indent: 2em;">教师这个职业，说平凡也平凡，每天就是备课、上课、批改作业、找学生谈心；说不平凡也不平凡，因为我们面对的是一个个鲜活的生命，我们的一句话、一个眼神，可能会影响一个孩子很多年。我常跟年轻老师讲，教书是良心活，糊弄得了检查，糊弄不了学生。借这个机会，我给大家提三点希望。</p>
<p style="text-indent: 2em;">第一，希望大家站稳讲台，做一名业务过硬的老师。入职头三年，是一名教师成长最关键的时期。要舍得在备课上下功夫，一节课的教案写三遍、改三遍都不为过；要多听课，特别是多听老教师的课，看人家怎么导入、怎么提问、怎么处理课堂上的意外；要勤反思，每节课后花十分钟想一想，哪里讲清楚了，哪里学生没听懂。区里为每位新教师都安排了一名师傅，大家要主动请教，不要怕麻烦人家。</p>
<p style="text-indent: 2em;">第二，希望大家走近学生，做一名有温度的老师。现在的孩子见识广、想法多，有的也有心理上的困扰。我们不能只盯着分数，更要关心学生的成长。课间多到教室走一走，放学后多和家长聊一聊，对成绩不好的、性格内向的、家庭有困难的孩子，要多给一点耐心，多给一点鼓励。一个孩子愿意跟你说心里话，你的教育才真正开始。</p>
<p style="text-indent: 2em;">第三，希望大家修身立德，做一名受人尊敬的老师。师德是教师的第一素养。要严格遵守师德师风各项规定，坚决不搞有偿补课，不收受家长财物，不在网上发表不当言论。要注意自己的言行举止，穿着得体，语言文明，处处给学生做好样子。“学高为师，身正为范”，这八个字希望大家记一辈子。</p>
<p style="text-indent: 2em;">在这里，我还想特别提醒大家注意身体、调整心态。刚参加工作，事情多、压力大，有时候一节课没上好，一次家长沟通不顺利，就容易自我怀疑。这很正常，每位老教师都是这么过来的。遇到挫折不要憋在心里，多和同事、师傅交流，学会劳逸结合，保持对生活的热爱。</p>
<p style="text-indent: 2em;">这次培训为期五天，安排了师德教育、课堂教学技能、班级管理、心理健康教育等内容，还有优秀教师现身说法和分组模拟上课。培训结束要进行考核，考核结果记入个人成长档案。希望大家珍惜机会，认真学习，遵守纪律，圆满完成培训任务。</p>
<p style="text-indent: 2em;">局里也会尽力为大家创造好的成长环境。我们正在推进青年教师周转宿舍建设，今年新建的八十套年底前交付使用；区里每年组织青年教师基本功大赛，优胜者优先推荐参加市级评优。大家在工作和生活中遇到什么困难，可以通过学校向局里反映，我们能解决的一定尽快解决。</p>
<p style="text-indent: 2em;">我自己也是从一名乡村中学的数学老师干起的。第一次站上讲台，紧张得粉笔都拿不稳，一节课的内容二十分钟就讲完了，剩下的时间不知道干什么。是学校的老教研组长一节课一节课听我讲、帮我改，我才慢慢找到了感觉。所以说，成长没有捷径，关键在坚持。</p>
<p style="text-indent: 2em;">老师们，三尺讲台，连着万家灯火。希望大家不忘初心，扎根讲台，在教育这片沃土上成长为学生喜爱、家长信赖、社会满意的好老师！</p>
<p style="text-indent: 2em;">最后，预祝本次培训取得圆满成功！谢谢大家！</p>
   </div>
   <div class="editor">【责任编辑：校办】</div>
   <div class="tool">【<a href="javascript:window.print()">打印此文</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
   <div class="prenext">
    <ul>
     <li>上一篇：<a href="/Item/1581.aspx" title="关于做好2024年秋季学期学生资助工作的通知">关于做好2024年秋季学期学生资助工作的通知</a></li>
     <li>下一篇：<a href="/Item/1592.aspx" title="我区召开2024年秋季开学工作会议">我区召开2024年秋季开学工作会议</a></li>
    </ul>
   </div>
   <div class="relevant">
    <div class="relevant_title">相关文章</div>
    <ul><li><a href="/Item/1592.aspx" target="_blank" title="我区召开2024年秋季开学工作会议">我区召开2024年秋季开学工作会议</a>　<span>2024-8-30</span></li><li><a href="/Item/1581.aspx" target="_blank" title="关于做好2024年秋季学期学生资助工作的通知">关于做好2024年秋季学期学生资助工作的通知</a>　<span>2024-8-20</span></li><li><a href="/Item/1566.aspx" target="_blank" title="区教育局部署暑期校园安全工作">区教育局部署暑期校园安全工作</a>　<span>2024-7-8</span></li></ul>
   </div>
  </div>
 </div>
</div>
<script type="text/javascript">
$(document).ready(function(){
  var request = "<root><type>updatehits</type><id>1587</id></root>";
  $.ajax({url: "/ajax.aspx", type: "post", dataType: "xml", data: request, success: function(xml){ $("#hits").html($(xml).find("body").text()); }});
});
function fontZoom(size){ document.getElementById("fontzoom").style.fontSize = size + "px"; }
</script>

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
