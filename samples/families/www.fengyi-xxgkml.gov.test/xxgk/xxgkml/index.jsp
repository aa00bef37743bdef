<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>政府信息公开-丰邑县人民政府</title>
<meta name="SiteName" content="丰邑县人民政府" />
<meta name="SiteDomain" content="www.fengyi-xxgkml.gov.test" />
<meta name="SiteIDCode" content="3307810001" />
<link href="/xxgk/xxgkml/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/xxgk/xxgkml/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/xxgk/xxgkml/js/xxgk.js"></script>
</head>
<body>
<div class="xxgk_top">
  <div class="xxgk_banner"><a href="/"><img src="/xxgk/xxgkml/images/xxgk_banner.jpg" alt="丰邑县人民政府信息公开" /></a></div>
  <div class="xxgk_nav">
    <a href="/">网站首页</a>|<a href="/xxgk/xxgkml/index.jsp">信息公开目录</a>|<a href="/xxgk/xxgkml/zn.jsp">信息公开指南</a>|<a href="/xxgk/xxgkml/zd.jsp">信息公开制度</a>|<a href="/xxgk/xxgkml/nb.jsp">信息公开年报</a>|<a href="/xxgk/ysqgk/index.jsp">依申请公开</a>
  </div>
  <div class="xxgk_search">
    <form action="/xxgk/xxgkml/search.jsp" method="get" name="searchform">
      <span>信息检索：</span><input type="text" name="keyword" class="ss_input" /><select name="field"><option value="title">标题</option><option value="syh">索引号</option><option value="wh">文号</option></select><input type="submit" value="检索" class="ss_btn" />
    </form>
  </div>
</div>
<div class="xxgk_main clearfix">
<div class="xxgk_left">
  <div class="left_tit">信息公开目录</div>
  <ul class="tree" id="gkmlTree">
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1201">机构职能</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1202">政策文件</a>
      <ul>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1221">县政府文件</a></li>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1222">县政府办文件</a></li>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1223">规范性文件</a></li>
      </ul>
    </li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1203">规划计划</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1204">财政信息</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1205">人事信息</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1206">工作动态</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1207">领导讲话</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1208">应急管理</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1209">建议提案办理</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1210">其他信息</a></li>
  </ul>
  <div class="left_box">
    <div class="left_tit2">依申请公开</div>
    <p><a href="/xxgk/ysqgk/apply.jsp">在线申请</a>　<a href="/xxgk/ysqgk/query.jsp">申请查询</a>　<a href="/xxgk/ysqgk/form.doc">申请表下载</a></p>
  </div>
</div>
<div class="xxgk_right">
<div class="xxgk_position">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div>
<div class="xxgk_box">
  <div class="box_tit"><span>最新公开信息</span></div>
  <ul class="box_list">
<li><span class="date">2022-05-06</span><a href="detail.jsp?id=5402" target="_blank">县长李建华在县十八届人大一次会议上的政府工作报告</a></li>
<li><span class="date">2022-04-18</span><a href="detail.jsp?id=5318" target="_blank">在全区优化营商环境工作推进会上的讲话</a></li>
  </ul>
</div>
<div class="xxgk_box">
  <div class="box_tit"><span>信息公开指南</span></div>
  <p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。<a href="/xxgk/xxgkml/zn.jsp">[详细]</a></p>
</div>
<div class="xxgk_box">
  <div class="box_tit"><span>政府信息公开年度报告</span></div>
  <ul class="box_list"><li><a href="/xxgk/xxgkml/nb.jsp">丰邑县人民政府2021年政府信息公开工作年度报告</a></li></ul>
</div>
</div>
</div>
<div class="xxgk_foot">
  <p>主办：丰邑县人民政府办公室　承办：丰邑县大数据发展中心　联系电话：0579-8821XXXX</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<img src="/xxgk/xxgkml/images/ga.png" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33078102000123" target="_blank">浙公网安备 33078102000123号</a>　网站标识码：3307810001</p>
  <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/13/000/0000/40512345/CA130000000405123450001.js' type='text/javascript'%3E%3C/script%3E"));</script><script id="_jiucuo_" sitecode="3307810001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div>
</body>
</html>
