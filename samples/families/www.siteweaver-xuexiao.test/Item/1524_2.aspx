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
<form name="aspnetForm" method="post" action="1524_2.aspx" id="aspnetForm">
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
<p style="text-indent: 2em;">第四，管好行政权力。继续深化“放管服”改革，推进政务服务“一网通办”，把审批事项的办理条件、时限、流程全部公开，最大限度减少自由裁量空间，从源头上减少权力寻租的机会。</p>
<p style="text-indent: 2em;">三、持之以恒，纠治“四风”顽疾</p>
<p style="text-indent: 2em;">要严格落实中央八项规定及其实施细则精神，紧盯节假日等重要节点，坚决防止享乐主义、奢靡之风反弹回潮。要下大力气整治形式主义、官僚主义，精简文件会议，规范督查检查考核，坚决杜绝层层加码、过度留痕，让基层干部把更多精力放到抓落实上来。</p>
<p style="text-indent: 2em;">五、强化监督，形成工作合力</p>
<p style="text-indent: 2em;">要自觉接受人大依法监督、政协民主监督和社会舆论监督，认真办理人大代表建议和政协委员提案。审计、财会、统计监督要与纪检监察监督贯通协调，审计发现的问题线索要及时移送。要用好12345政务服务便民热线，对群众反映强烈的问题，要一件一件查清楚、改到位。</p>
<p style="text-indent: 2em;">四、以上率下，落实好廉政责任</p>
<p style="text-indent: 2em;">县政府领导班子成员要严格执行“一岗双责”，既抓分管领域业务工作，又抓分管领域党风廉政建设，每半年至少听取一次分管部门廉政工作汇报。各部门主要负责同志是第一责任人，对本单位的廉政问题要敢抓敢管，发现苗头性、倾向性问题要及时提醒、及时纠正。</p>
<p style="text-indent: 2em;">同志们，廉洁从政是对每一名公职人员的基本要求。希望大家时刻自重自省自警自励，守住底线、不越红线，以风清气正的政府形象推动全县经济社会高质量发展！</p>
   </div>
<div class="pagecss" id="pe100_page_contentpage"><a href="/Item/1524.aspx">上一页</a><a href="/Item/1524.aspx">1</a><span class="current">2</span><span class="disabled">下一页</span></div>
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
