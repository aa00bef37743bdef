<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Zoomla!逐浪CMS" />
<title>主任讲话_云水人大网</title>
<meta name="Keywords" content="主任讲话" />
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
<div class="pos w1100">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Class_8/Default.aspx">主任讲话</a></div>
<div class="main w1100">
<div class="side">
<div class="s_tit">栏目导航</div>
<ul class="s_menu"><li><a href="/Class_2/Default.aspx">人大要闻</a></li><li class="cur"><a href="/Class_8/Default.aspx">主任讲话</a></li><li><a href="/Class_9/Default.aspx">副主任活动</a></li><li><a href="/Class_3/Default.aspx">常委会公报</a></li></ul>
<div class="s_tit">代表风采</div>
<ul class="s_list"><li><a href="/Class_6/Default.aspx">代表履职风采展示</a></li><li><a href="/Class_6/Default.aspx">代表联络站建设巡礼</a></li></ul>
</div>
<div class="cont">
<div class="c_tit">主任讲话</div>
<ul class="c_list">
<li><span class="date">2023-02-20</span><a href="/Item/1987.aspx" title="在市第六届人民代表大会第三次会议闭幕会上的讲话" target="_blank">在市第六届人民代表大会第三次会议闭幕会上的讲话</a></li>
<li><span class="date">2023-01-30</span><a href="/Item/1960.aspx" title="在市人大常委会2023年代表工作会议上的讲话" target="_blank">在市人大常委会2023年代表工作会议上的讲话</a></li>
<li><span class="date">2023-01-16</span><a href="/Item/1912.aspx" title="在市人大常委会机关2023年工作会议上的讲话" target="_blank">在市人大常委会机关2023年工作会议上的讲话</a></li>
</ul>
<div class="pager">共8条记录　当前2/2页　<a href="/Class_8/Default.aspx">首页</a> <a href="/Class_8/Default.aspx">上一页</a> 下一页 尾页　转到第<select onchange="location.href='/Class_8/Default.aspx?page='+this.value"><option value="1">1</option><option value="2">2</option></select>页</div>
</div>
</div>
<div class="foot"><div class="w1100">
<p>主办：云水市人大常委会办公室　地址：云水市人民路1号市行政中心3号楼　邮编：558000　电话：0854-8223xxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备10003217号-2</a>　网站标识码：5227000071　<script type="text/javascript" src="/Common/Count.aspx?ID=1"></script></p>
</div></div>
<script type="text/javascript">$(function(){ $("#nowtime").text(new Date().toLocaleDateString()); });</script>
</body>
</html>
