<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Zoomla!逐浪CMS" />
<title>云水人大网</title>
<meta name="Keywords" content="云水人大,人大常委会,人大代表" />
<meta name="Description" content="" />
<link href="/Template/rdgov/style/global.css" rel="stylesheet" type="text/css" />
<link href="/Template/rdgov/style/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/JS/jquery.min.js"></script>
<script type="text/javascript" src="/JS/Modal/ZL_Dialog.js"></script>
<script type="text/javascript" src="/JS/ZL_Regex.js"></script>
</head>
<body>
<div class="top"><div class="w1100"><span id="nowtime"></span><span class="top_r"><a href="/">首页</a> | <a href="/Class_30/Default.aspx">联系我们</a> | <a href="/User/Login.aspx">代表登录</a></span></div></div>
<div class="head"><div class="w1100"><a href="/" class="logo"><img src="/Template/rdgov/images/logo.png" alt="云水人大网" /></a>
<div class="search"><form action="/Search/SearchList.aspx" method="get"><input type="text" name="keyword" class="s_txt" /><input type="submit" value="搜索" class="s_btn" /></form></div></div></div>
<div class="nav"><ul class="w1100">
<li><a href="/">网站首页</a></li><li><a href="/Class_2/Default.aspx">人大要闻</a></li><li><a href="/Class_8/Default.aspx">主任讲话</a></li><li><a href="/Class_3/Default.aspx">常委会公报</a></li><li><a href="/Class_4/Default.aspx">立法工作</a></li><li><a href="/Class_5/Default.aspx">监督工作</a></li><li><a href="/Class_6/Default.aspx">代表工作</a></li><li><a href="/Class_7/Default.aspx">理论研究</a></li>
</ul></div>
<div class="main w1100">
<div class="i_news"><div class="i_tit"><a href="/Class_2/Default.aspx" class="more">更多</a>人大要闻</div>
<ul><li><a href="/Item/2309.aspx">市人大常委会召开第十七次主任会议</a><span>01-22</span></li><li><a href="/Item/2305.aspx">市人大常委会党组召开民主生活会</a><span>01-18</span></li></ul></div>
<div class="i_zrjh"><div class="i_tit"><a href="/Class_8/Default.aspx" class="more">更多</a>主任讲话</div>
<ul><li><a href="/Item/2316.aspx">在市人大常委会机关2024年工作会议上的讲话</a><span>01-24</span></li><li><a href="/Item/2288.aspx">刘振华在市人大常委会第十五次会议闭幕时的讲话</a><span>12-27</span></li></ul></div>
</div>
<div class="foot"><div class="w1100">
<p>主办：云水市人大常委会办公室　地址：云水市人民路1号市行政中心3号楼　邮编：558000　电话：0854-8223xxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备10003217号-2</a>　网站标识码：5227000071　<script type="text/javascript" src="/Common/Count.aspx?ID=1"></script></p>
</div></div>
<script type="text/javascript">$(function(){ $("#nowtime").text(new Date().toLocaleDateString()); });</script>
</body>
</html>
