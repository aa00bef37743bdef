<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>双庙论坛 - Powered by bbsmax</title>
<meta name="keywords" content="双庙论坛,双庙村,论坛" />
<meta name="description" content="双庙村村民交流论坛" />
<meta name="generator" content="bbsmax 5.0.2" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/common.css" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/default.css" />
<script type="text/javascript" src="/max-assets/javascript/max-lib.js"></script>
<script type="text/javascript" src="/max-assets/javascript/max-common.js"></script>
<script type="text/javascript">var root = '/'; var cookieDomain = ''; var currentUserID = 0; var isLogin = false;</script>
</head>
<body>
<div id="container">
<div id="header">
<div class="headerbar"><div class="headerbar-inner">
<div class="userbar">您好，游客 | <a href="/login.aspx">登录</a> | <a href="/register.aspx">注册</a> | <a href="/recoverpassword.aspx">找回密码</a></div>
<div class="sitelink"><a href="/">论坛首页</a> | <a href="/search.aspx">搜索</a> | <a href="/members.aspx">会员</a> | <a href="/online.aspx">在线</a> | <a href="/help.aspx">帮助</a></div>
</div></div>
<div class="header-main"><a href="/" class="logo"><img src="/max-templates/default/images/logo.png" alt="双庙论坛" /></a>
<div class="header-ad"><a href="/thread-xianliao-4102-1-1.aspx"><img src="/UserFiles/ad/chaye_468x60.gif" alt="双庙高山云雾茶 新茶上市" width="468" height="60" /></a></div></div>
<div class="mainnav"><ul><li class="current"><a href="/">论坛</a></li><li><a href="/spaces.aspx">空间</a></li><li><a href="/album.aspx">相册</a></li><li><a href="/shuoshuo.aspx">说说</a></li><li><a href="http://www.shuangmiao-bbsmax-like.test/">双庙村网站</a></li></ul></div>
</div>
<div id="main">
<div class="announcement"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="/thread-cunwu-3001-1-1.aspx">【公告】欢迎在外务工的双庙乡亲注册论坛，常回家看看！</a></marquee></div>
<div class="forumcategory"><div class="categoryheader"><h2>双庙村务</h2></div>
<table class="forumlist" cellspacing="0" cellpadding="0"><thead><tr><th colspan="2">版块</th><th>主题 / 帖子</th><th>最后发表</th></tr></thead><tbody>
<tr><td class="forumicon"><img src="/max-templates/default/images/forum_new.gif" alt="" /></td><td class="forumname"><h3><a href="/list-cunwu-1.aspx">村务公开</a> <em>(今日: 3)</em></h3><p>村里大事小情，村务财务公开，村民议事。</p></td><td class="forumnums">186 / 2204</td><td class="forumlast"><a href="/thread-cunwu-3925-1-1.aspx">4月份村财务收支公开</a><br />by 塘口二毛</td></tr>
<tr><td class="forumicon"><img src="/max-templates/default/images/forum_new.gif" alt="" /></td><td class="forumname"><h3><a href="/list-jiaoyu-1.aspx">教育学习</a> <em>(今日: 1)</em></h3><p>孩子上学、升学考试、家长交流。</p></td><td class="forumnums">97 / 1130</td><td class="forumlast"><a href="/thread-jiaoyu-4415-1-1.aspx">高一家长会上作为家长代表发言，稿子发上来请大家指正</a><br />by 东头王婶</td></tr>
</tbody></table></div>
<div class="forumcategory"><div class="categoryheader"><h2>乡里乡亲</h2></div>
<table class="forumlist" cellspacing="0" cellpadding="0"><tbody>
<tr><td class="forumicon"><img src="/max-templates/default/images/forum_new.gif" alt="" /></td><td class="forumname"><h3><a href="/list-xianliao-1.aspx">闲聊灌水</a> <em>(今日: 12)</em></h3><p>天南地北，随便聊聊。</p></td><td class="forumnums">1402 / 18855</td><td class="forumlast"><a href="/thread-xianliao-4102-1-1.aspx">双庙高山云雾茶，新茶上市</a><br />by 塘口二毛</td></tr>
</tbody></table></div>
<div class="sidebox newthreads"><h3>最新主题</h3><ul>
<li><a href="/thread-jiaoyu-4415-1-1.aspx">高一家长会上作为家长代表发言，稿子发上来请大家指正</a></li>
<li><a href="/thread-cunwu-3925-1-1.aspx">4月份村财务收支公开</a></li>
<li><a href="/thread-xianliao-4102-1-1.aspx">双庙高山云雾茶，新茶上市</a></li>
</ul></div>
<div class="onlinestats"><h3>在线统计</h3><p>当前在线 23 人，其中会员 4 人，游客 19 人。最高在线 136 人，发生在 2011-02-05 20:12。</p><p>共有主题 1685 篇，帖子 22189 篇，会员 3518 人，欢迎新会员 <a href="/space/3512.aspx">高二家长</a></p></div>
</div>
<div id="footer">
<div class="footer-links"><a href="/archiver/">简洁版本</a> | <a href="/help.aspx">帮助</a> | <a href="mailto:admin@shuangmiao.test">联系我们</a> | <a href="/">双庙论坛</a></div>
<div class="copyright">Powered by <a href="http://www.bbsmax.com/" target="_blank">bbsmax</a> 5.0.2 &copy; 2002-2011 <a href="http://www.maxlab.cn/" target="_blank">MaxLab</a>. 页面执行时间 0.046 秒, 8 次数据查询</div>
<div class="icp"><a href="http://www.miibeian.gov.cn/" target="_blank">皖ICP备10021567号</a></div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F2c1e8ff0d3b4e5a69f7c8d1e2a3b4c5d' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
