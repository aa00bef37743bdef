<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>一中今年的中考分数线出来了 - 教育学习 - 双庙论坛</title>
<meta name="keywords" content="双庙论坛,双庙村,教育学习" />
<meta name="description" content="一中今年的中考分数线出来了" />
<meta name="generator" content="bbsmax 5.0.2" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/common.css" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/thread.css" />
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
<div class="navigation"><a href="/">双庙论坛</a> &raquo; <a href="/list-jiaoyu-1.aspx">教育学习</a> &raquo; <strong>一中今年的中考分数线出来了</strong></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a><a href="/login.aspx" class="btn-reply">回复</a></div>
<div class="threadheader"><h1>一中今年的中考分数线出来了</h1><div class="threadinfo">查看: <em>1502</em> | 回复: <em>0</em> | <a href="/login.aspx">只看楼主</a> | <a href="/printthread-jiaoyu-4388.aspx">打印</a> | <a href="/login.aspx">收藏</a></div></div>
<div class="postlist">
<div class="postwrap" id="post_43880"><a name="43880"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3512.aspx" target="_blank">高二家长</a></div>
<div class="avatar"><a href="/space/3512.aspx"><img src="/UserFiles/Avatar/2/3512_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>初级会员</dd><dt>积分</dt><dd>160</dd><dt>帖子</dt><dd>45</dd><dt>注册时间</dt><dd>2011-03-12</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#43880">楼主</a></span><span class="posttime">发表于 2011-07-08 09:30</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_43880">如题，详见内容。<br />
欢迎大家跟帖讨论。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
</div>
<div class="threadtools"></div>
<div class="quickreply"><div class="quickreply-title">快速回复</div><div class="quickreply-nologin">游客，如果您要回复，请先 <a href="/login.aspx">登录</a> 或 <a href="/register.aspx">注册</a></div></div>
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
