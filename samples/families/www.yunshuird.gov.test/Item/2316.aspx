<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Zoomla!逐浪CMS" />
<title>在市人大常委会机关2024年工作会议上的讲话_主任讲话_云水人大网</title>
<meta name="Keywords" content="主任讲话,在市人大常委会机关2024年工作会议上的讲话" />
<meta name="Description" content="今天召开常委会机关工作会议，主要任务是总结去年机关工作，部署今年任务。刚才，秘书长作了工作报告，我完全同意，请大家认真抓" />
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
<h2 class="nr_tit">在市人大常委会机关2024年工作会议上的讲话</h2>
<p class="info">发布时间：2024-01-24 10:12:35　来源：市人大常委会办公室　作者：研究室　点击数：<span id="hits">0</span><script type="text/javascript">$.get("/Common/Hits.aspx?ID=2316",function(d){$("#hits").text(d);});</script></p>
<div id="fontzoom" class="nr_con">
<p style="text-align:center"><strong><span style="font-family:方正小标宋简体;font-size:22pt">在市人大常委会机关2024年工作会议上的讲话</span></strong></p>
<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:16pt">市人大常委会主任　刘振华</span></p>
<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:16pt">（2024年1月23日）</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">同志们：</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">今天召开常委会机关工作会议，主要任务是总结去年机关工作，部署今年任务。刚才，秘书长作了工作报告，我完全同意，请大家认真抓好落实。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">过去一年，常委会机关认真服务常委会依法履职，组织召开常委会会议八次、主任会议十八次，审议法规草案六件，听取审议专项工作报告十四个，开展执法检查四项，各项服务保障工作有序高效。机关党的建设、干部队伍建设、作风建设都取得了新成效，得到了常委会组成人员和人大代表的肯定。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">人大机关是代表机关，也是工作机关。做好新一年机关工作，我提几点要求。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">一要坚持政治机关定位。人大常委会机关首先是政治机关，要把坚持党的全面领导贯穿于服务保障工作全过程，凡是重大事项都要按程序向市委请示报告，确保人大工作始终沿着正确方向前进。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">二要提高服务保障水平。今年常委会要审议城市更新条例、养老服务条例等法规草案，开展食品安全法、安全生产法执法检查，任务十分繁重。各委员会办事机构要早谋划、早调研，把调研做深做实，为常委会审议提供扎实依据。要把代表建议办理作为联系群众的重要桥梁，推动更多建议从“办理完成”向“问题解决”转变。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">三要密切联系人大代表。进一步完善常委会组成人员联系代表机制，办好代表之家、代表联络站，让代表履职更加便捷、更有实效。今年要组织代表开展专题调研不少于四次，邀请代表列席常委会会议不少于六十人次。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">四要加强机关自身建设。坚持严的基调，持之以恒落实中央八项规定精神，力戒形式主义、官僚主义。要加强干部培训交流，注重在服务立法、监督一线培养锻炼干部，建设一支政治坚定、精通业务、作风过硬的机关干部队伍。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">五要抓好机关信息化和宣传工作。加快推进数字人大建设，年内建成代表履职平台和备案审查信息平台，实现立法、监督、代表工作全流程网上办理。要讲好人大故事，办好人大网站和公众号，及时宣传常委会和代表履职成效，增强人民群众对人大制度的了解和认同。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">同时，机关各部门之间要加强协作配合，既各负其责，又相互支持，形成工作合力。办公室要发挥好综合协调作用，研究室要加强对人大理论和实践问题的研究，为常委会决策提供参考。</span></p>
<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">同志们，新的一年任务艰巨、使命光荣。希望机关全体同志振奋精神、扎实工作，为常委会依法履职提供更加有力的服务保障！</span></p>
</div>
<div class="nr_editor">责任编辑：黄敏</div>
<div class="nr_tool">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="nr_pn"><p>上一篇：<a href="/Item/2309.aspx">市人大常委会召开第十七次主任会议</a></p><p>下一篇：没有了</p></div>
<div class="nr_rel"><h4>相关文章</h4><ul><li><a href="/Item/2041.aspx">在市人大代表培训班开班式上的讲话</a></li><li><a href="/Item/2288.aspx">刘振华在市人大常委会第十五次会议闭幕时的讲话</a></li></ul></div>
</div>
</div>
<div class="foot"><div class="w1100">
<p>主办：云水市人大常委会办公室　地址：云水市人民路1号市行政中心3号楼　邮编：558000　电话：0854-8223xxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备10003217号-2</a>　网站标识码：5227000071　<script type="text/javascript" src="/Common/Count.aspx?ID=1"></script></p>
</div></div>
<script type="text/javascript">$(function(){ $("#nowtime").text(new Date().toLocaleDateString()); });</script>
</body>
</html>
