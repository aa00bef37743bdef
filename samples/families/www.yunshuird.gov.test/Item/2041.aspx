<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Zoomla!逐浪CMS" />
<title>在市人大代表培训班开班式上的讲话_主任讲话_云水人大网</title>
<meta name="Keywords" content="主任讲话,在市人大代表培训班开班式上的讲话" />
<meta name="Description" content="今天，我们在这里举办市人大代表履职培训班，目的是帮助大家学习法律知识，熟悉履职规则，提高履职能力。本届代表中，新当选的代" />
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
<h2 class="nr_tit">在市人大代表培训班开班式上的讲话</h2>
<p class="info">发布时间：2023-06-16 09:05:17　来源：市人大常委会办公室　作者：研究室　点击数：<span id="hits">0</span><script type="text/javascript">$.get("/Common/Hits.aspx?ID=2041",function(d){$("#hits").text(d);});</script></p>
<div id="fontzoom" class="nr_con">
<p>　　各位代表，同志们：</p>
<p style="text-align:center"><img src="/UploadFiles/2023/6/202306151636218877.jpg" alt="" width="560" /></p>
<p style="text-align:center">市人大代表履职培训班开班现场（摄影：吴昊）</p>
<p>　　今天，我们在这里举办市人大代表履职培训班，目的是帮助大家学习法律知识，熟悉履职规则，提高履职能力。本届代表中，新当选的代表占百分之六十以上，来自各行各业，既有工人、农民，也有教师、医生和企业负责人，这次培训对大家来说非常必要。</p>
<p>　　人大代表是人民选出来的，代表人民参加行使国家权力。当选代表不是荣誉，而是责任。大家要时刻牢记自己的身份，把人民赋予的权力用来为人民服务。</p>
<p>　　关于依法履职，我讲三点。</p>
<p>　　第一，要学习好法律和人大制度。代表法、监督法、地方组织法是代表履职的基本依据，要认真学、反复学。要弄清楚代表在大会期间有哪些权利，在闭会期间能做哪些工作，做到心中有数、履职有据。</p>
<p>　　第二，要密切联系人民群众。代表的力量来自人民。大家要经常到代表联络站接待选民，深入社区、企业、田间地头，了解群众所思所盼。去年有位代表连续半年跟踪调研老旧小区加装电梯问题，提出的建议被市政府采纳，惠及两万多户居民。这样的例子说明，只要真正沉下去，就能提出有分量的建议。</p>
<p>　　第三，要提高建议质量。好的建议要有调查、有分析、有对策，切忌泛泛而谈、大而化之。常委会代表工委将为大家提供建议撰写指导，也欢迎大家在闭会期间随时提出意见建议。</p>
<p>　　同时，代表也要带头遵纪守法，带头践行社会主义核心价值观，在本职岗位上作出表率，在群众中树立良好形象。</p>
<p>　　第四，要遵守代表履职纪律。代表在执行职务时，要依法按程序办事，不得利用代表身份谋取私利，不得干预具体司法案件。在闭会期间的视察、调研等活动中，要实事求是反映情况，不搞形式、不走过场。常委会将建立代表履职档案，把代表参加会议、提出建议、联系群众等情况记录在案，定期向选民和选举单位通报。</p>
<p>　　这次培训安排了法律知识讲座、履职经验交流和现场教学，课程内容丰富，授课老师都是长期从事人大工作的专家和同志。大家要珍惜时间，严格遵守培训纪律，按时参加学习。</p>
<p>　　最后，我还想说一点，代表履职离不开各方面的支持。各代表所在单位要为代表履职提供时间和条件上的保障，常委会办事机构要做好服务，及时回应代表关切。</p>
<p>　　各位代表，希望大家珍惜这次学习机会，认真听讲、积极交流，学有所获、学以致用，努力做一名让人民满意的人大代表。预祝培训班取得圆满成功！</p>
</div>
<div class="nr_editor">责任编辑：黄敏</div>
<div class="nr_tool">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="nr_pn"><p>上一篇：<a href="/Item/2037.aspx">市人大常委会开展安全生产法执法检查</a></p><p>下一篇：<a href="/Item/2052.aspx">市人大常委会召开代表建议交办会</a></p></div>
<div class="nr_rel"><h4>相关文章</h4><ul><li><a href="/Item/2316.aspx">在市人大常委会机关2024年工作会议上的讲话</a></li></ul></div>
</div>
</div>
<div class="foot"><div class="w1100">
<p>主办：云水市人大常委会办公室　地址：云水市人民路1号市行政中心3号楼　邮编：558000　电话：0854-8223xxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备10003217号-2</a>　网站标识码：5227000071　<script type="text/javascript" src="/Common/Count.aspx?ID=1"></script></p>
</div></div>
<script type="text/javascript">$(function(){ $("#nowtime").text(new Date().toLocaleDateString()); });</script>
</body>
</html>
