<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>学习资料：在县政府廉政工作会议上的讲话 - 党建廉政 - 明德区实验学校</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="学习资料：在县政府廉政工作会议上的讲话" />
<meta name="description" content="明德区实验学校" />
<link href="/Skin/xuexiao/default.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript" src="/js/DD_belatedPNG.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="1524.aspx" id="aspnetForm">
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
  <div class="left_title">党建廉政</div>
  <ul class="left_menu"><li><a href="/Category_12/Index.aspx" target="_self">校园新闻</a></li><li><a href="/Category_15/Index.aspx" target="_self">教育资讯</a></li><li><a href="/Category_18/Index.aspx" target="_self">党建廉政</a></li></ul>
 </div>
 <div class="right">
  <div class="location">您现在的位置： <a class="LinkPath" href="/">明德区实验学校</a> &gt;&gt; <a class="LinkPath" href="/Category_18/Index.aspx">党建廉政</a> &gt;&gt; 正文</div>
  <div class="article_show">
   <h2 class="title">学习资料：在县政府廉政工作会议上的讲话</h2>
   <div class="property">
    <span>作者：佚名</span>
    <span>来源：县政府办公室</span>
    <span>点击数：<span id="hits">0</span></span>
    <span>更新时间：2024-4-15 10:22:31</span>
   </div>
   <div class="font_size">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
   <div id="fontzoom" class="article_content">
<p style="text-indent: 2em;">同志们：</p>
<p style="text-indent: 2em;">今天召开县政府第一次廉政工作会议，主要任务是深入贯彻上级关于政府系统党风廉政建设的部署要求，总结去年工作，安排今年任务。刚才，县监委驻县政府办纪检监察组通报了去年政府系统违纪违法典型案例，县财政局、县住建局、县医保局作了表态发言，我都同意。下面，我讲几点意见。</p>
<p style="text-indent: 2em;">一、清醒认识政府系统廉政建设面临的形势</p>
<p style="text-indent: 2em;">过去一年，县政府系统认真落实全面从严治党主体责任，持续纠治“四风”，狠抓审计和巡察反馈问题整改，廉政建设取得了新的成效。但也要看到，工程建设、国有资产、惠民资金、医保基金等领域仍然是问题易发多发的地方。去年查处的案件中，有的是在项目招投标中打招呼、搞围标，有的是虚报冒领涉农补贴，有的是违规公款吃喝后用其他名目报销。这些案件金额不一定大，但影响很坏，教训十分深刻。大家要引以为戒，举一反三。</p>
<p style="text-indent: 2em;">二、突出重点，扎紧制度的笼子</p>
<p style="text-indent: 2em;">第一，管好政府投资项目。凡是政府投资项目，一律进入公共资源交易平台，严格执行招投标法律法规，严禁化整为零、规避招标。项目变更、签证要有完整的程序和记录，县审计局要加强跟踪审计，发现问题及时移交。</p>
<p style="text-indent: 2em;">第二，管好财政资金。严格预算执行，没有预算不得支出，超出预算不得支出。各类惠民惠农资金要做到“一卡通”发放，每个季度在村务公开栏公示，接受群众监督。县财政局要会同县纪委监委，对二〇二三年以来的补贴资金发放情况开展一次专项检查。</p>
<p style="text-indent: 2em;">第三，管好国有资产。县属国有企业要建立健全“三重一大”决策制度，重大投资、大额资金使用必须集体研究。行政事业单位的房产、车辆出租出借，要按规定程序审批，租金全额上缴财政。</p>
   </div>
<div class="pagecss" id="pe100_page_contentpage"><span class="disabled">上一页</span><span class="current">1</span><a href="/Item/1524_2.aspx">2</a><a href="/Item/1524_2.aspx">下一页</a></div>
   <div class="editor">【责任编辑：党政办】</div>
   <div class="tool">【<a href="javascript:window.print()">打印此文</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
   <div class="prenext">
    <ul>
     <li>上一篇：<a href="/Item/1519.aspx" title="学校召开2024年党风廉政建设工作会议">学校召开2024年党风廉政建设工作会议</a></li>
     <li>下一篇：<a href="/Item/1549.aspx" title="学校党支部开展党纪学习教育专题读书班">学校党支部开展党纪学习教育专题读书班</a></li>
    </ul>
   </div>
   <div class="relevant">
    <div class="relevant_title">相关文章</div>
    <ul><li><a href="/Item/1549.aspx" target="_blank" title="学校党支部开展党纪学习教育专题读书班">学校党支部开展党纪学习教育专题读书班</a>　<span>2024-5-22</span></li><li><a href="/Item/1519.aspx" target="_blank" title="学校召开2024年党风廉政建设工作会议">学校召开2024年党风廉政建设工作会议</a>　<span>2024-4-11</span></li><li><a href="/Item/1503.aspx" target="_blank" title="转发《关于进一步加强师德师风建设的通知》">转发《关于进一步加强师德师风建设的通知》</a>　<span>2024-3-26</span></li></ul>
   </div>
  </div>
 </div>
</div>
<script type="text/javascript">
$(document).ready(function(){
  var request = "<root><type>updatehits</type><id>1524</id></root>";
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
