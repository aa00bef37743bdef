<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>清溪文艺网 - 清溪县文学艺术界联合会</title>
<meta name="keywords" content="清溪文联,清溪文艺" />
<meta name="description" content="清溪县文学艺术界联合会" />
<link rel="stylesheet" type="text/css" href="/images/default/style.css" />
<script language="JavaScript" src="/images/default/inc.js"></script>
<script language="JavaScript" src="/images/default/default.js"></script>
<script language="JavaScript" src="/images/default/jquery-1.2.6.min.js"></script>
</head>
<body>
<div class="wrap">
<div id="header">
  <div class="top_login"><span id="head_loginer"><script language="JavaScript" src="/do/hack.php?hack=login&styletype=1&iframeID=head_loginer"></script></span></div>
  <div class="top_link"><a href="javascript:" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.qibo-wenlian.test');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.qibo-wenlian.test','清溪文艺网')">加入收藏</a> | <a href="/do/search.php">站内搜索</a></div>
  <div class="logo"><a href="/"><img src="/upload_files/label/1_20130520150532_logo.jpg" alt="清溪文艺网" width="980" height="120" border="0" /></a></div>
</div>
<div id="menu">
  <ul>
    <li><a href="/">首 页</a></li>
    <li><a href="/list.php?fid=1">文联概况</a></li>
    <li><a href="/list.php?fid=8">文联动态</a></li>
    <li><a href="/list.php?fid=9">领导讲话</a></li>
    <li><a href="/list.php?fid=10">协会风采</a></li>
    <li><a href="/list.php?fid=11">文艺作品</a></li>
    <li><a href="/list.php?fid=12">书画摄影</a></li>
    <li><a href="/list.php?fid=13">非遗传承</a></li>
    <li><a href="/list.php?fid=14">通知公告</a></li>
  </ul>
</div>
<div class="search_bar"><form name="form1" method="post" action="/do/search.php"><span class="time"><script language="JavaScript">document.write(new Date().toLocaleDateString());</script></span> 站内搜索：<input type="text" name="keyword" size="20" /> <select name="type"><option value="title">标题</option><option value="content">内容</option></select> <input type="submit" name="Submit" value="搜索" /><input type="hidden" name="action" value="search" /></form></div>
<div class="MainTable">
  <div class="head"><span class="TAG">领导讲话</span><span class="more"><a href="/list.php?fid=9">更多&gt;&gt;</a></span></div>
  <div class="main"><ul class="list_title"><li><span class="time">2024-07-12</span>·<a href="/bencandy.php?fid=9&id=356" target="_blank">在县文学艺术界联合会第五次代表大会上的讲话</a></li></ul></div>
</div>
<div class="MainTable">
  <div class="head"><span class="TAG">通知公告</span><span class="more"><a href="/list.php?fid=14">更多&gt;&gt;</a></span></div>
  <div class="main"><ul class="list_title"><li>·关于开展2024年度文艺精品扶持项目申报工作的通知</li></ul></div>
</div>
<div id="footer">
  <div class="foot_link"><a href="/list.php?fid=1">关于我们</a> | <a href="/do/guestbook.php">留言本</a> | <a href="/do/link.php">友情链接</a> | <a href="/do/sitemap.php">网站地图</a></div>
  <div class="foot_info">
  主办：清溪县文学艺术界联合会　地址：清溪县城关镇文化路18号县文化中心四楼　电话：0738-6621345　邮编：417600<br />
  <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备14008765号-1</a>　<img src="/images/default/ghs.png" width="14" height="14" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43132102000118" target="_blank">湘公网安备 43132102000118号</a><br />
  Powered by <a href="http://www.qibosoft.com" target="_blank">qibosoft V7.0</a> Code &copy; 2003-11 <a href="http://bbs.qibosoft.com/" target="_blank">qibosoft</a>
  </div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F3e5f1a2b4c6d8e0f7a9b1c3d5e7f9a2b' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
