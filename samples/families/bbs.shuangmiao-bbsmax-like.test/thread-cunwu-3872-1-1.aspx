<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>换届后第一次村民代表会议，我的表态发言（全文） - 村务公开 - 双庙论坛</title>
<meta name="keywords" content="双庙论坛,双庙村,村务公开" />
<meta name="description" content="换届后第一次村民代表会议，我的表态发言（全文）" />
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
<div class="navigation"><a href="/">双庙论坛</a> &raquo; <a href="/list-cunwu-1.aspx">村务公开</a> &raquo; <strong>换届后第一次村民代表会议，我的表态发言（全文）</strong></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a><a href="/login.aspx" class="btn-reply">回复</a><div class="pagination"><span class="pageinfo">1/2页</span><span class="current">1</span><a href="/thread-cunwu-3872-2-1.aspx">2</a><a href="/thread-cunwu-3872-2-1.aspx" class="next">下一页</a></div></div>
<div class="threadheader"><h1>换届后第一次村民代表会议，我的表态发言（全文）</h1><div class="threadinfo">查看: <em>1386</em> | 回复: <em>13</em> | <a href="/login.aspx">只看楼主</a> | <a href="/printthread-cunwu-3872.aspx">打印</a> | <a href="/login.aspx">收藏</a></div></div>
<div class="postlist">
<div class="postwrap" id="post_20101"><a name="20101"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1027.aspx" target="_blank">周家塘老周</a></div>
<div class="avatar"><a href="/space/1027.aspx"><img src="/UserFiles/Avatar/7/1027_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>村委会</dd><dt>积分</dt><dd>3820</dd><dt>帖子</dt><dd>612</dd><dt>注册时间</dt><dd>2009-03-18</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20101">楼主</a></span><span class="posttime">发表于 2011-04-16 20:31</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20101">今天下午开了村民代表会议，有几位没能到会的代表让我把发言发到论坛上。字数多，分两次发。<br />
<br />
各位村民代表、各位党员：<br />
大家好！这次换届，承蒙大家信任，又选我当了村支书。会前我想了好几天，该说点什么。大话我不会讲，就跟大家交个底，说说这三年打算干什么、怎么干。<br />
先说说前三年。这三年，我们村修通了到镇上的水泥路，装了四十二盏路灯，建了自来水塔，全村三百一十户吃上了自来水。但是也有不少事没办好：后山那片茶园，说了三年要整，到现在还是荒着；村里的账目公开，有时候拖到季度末才贴出来，大家有意见，我都知道。借这个机会，我向大家检讨。<br />
接下来三年，我和新一届“两委”班子想重点办好四件事。<br />
第一件，把茶园整起来。我们已经和县农业局的技术员联系好了，今年秋天先整五十亩，品种、肥料、技术都由合作社统一管，年底按股分红。愿意入股的村民，下个月开始登记，自愿参加，不搞摊派。<br />
第二件，把村里的老人照顾好。现在村里七十岁以上的老人有八十六个，很多子女在外打工。我们打算把原来的小学校舍改成老年活动室，中午能吃上一顿热饭，钱从村集体收入里出一部分，再争取上级补助一部分。<br />
第三件，把账目公开做实。从这个月起，村里的每一笔收支，每个月十号以前在公开栏贴出来，村民代表可以随时来查账。凡是五千元以上的开支，先开村民代表会议商量，商量不通的不办。</div>
<div class="editinfo">最后编辑：周家塘老周 于 2011-04-16 20:40</div></td></tr>
<tr><td class="postfoot"><div class="signature">为人民服务，从一件件小事做起。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20102"><a name="20102"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/2311.aspx" target="_blank">塘口二毛</a></div>
<div class="avatar"><a href="/space/2311.aspx"><img src="/UserFiles/Avatar/1/2311_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>中级会员</dd><dt>积分</dt><dd>870</dd><dt>帖子</dt><dd>433</dd><dt>注册时间</dt><dd>2009-11-02</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20102">沙发</a></span><span class="posttime">发表于 2011-04-16 20:35</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20102">沙发！支持老周，茶园的事早该办了。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20103"><a name="20103"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1884.aspx" target="_blank">种茶的阿强</a></div>
<div class="avatar"><a href="/space/1884.aspx"><img src="/UserFiles/Avatar/4/1884_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>高级会员</dd><dt>积分</dt><dd>2240</dd><dt>帖子</dt><dd>1190</dd><dt>注册时间</dt><dd>2009-06-21</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20103">板凳</a></span><span class="posttime">发表于 2011-04-16 20:52</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20103"><div class="quote"><h5>引用 楼主 周家塘老周 于 2011-04-16 20:31 发表的帖子：</h5><blockquote>第三件，把账目公开做实。从这个月起，村里的每一笔收支，每个月十号以前在公开栏贴出来，村民代表可以随时来查账。凡是五千元以上的开支，先开村民代表会议商量，商量不通的不办。</blockquote></div>入股的事我第一个报名。技术员什么时候来，能不能先到我家茶地看看？</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">双庙高山云雾茶，欢迎品尝。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20104"><a name="20104"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1290.aspx" target="_blank">老会计</a></div>
<div class="avatar"><a href="/space/1290.aspx"><img src="/UserFiles/Avatar/0/1290_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>高级会员</dd><dt>积分</dt><dd>1980</dd><dt>帖子</dt><dd>856</dd><dt>注册时间</dt><dd>2009-04-07</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20104">地板</a></span><span class="posttime">发表于 2011-04-16 21:06</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20104"><div class="quote"><h5>引用 楼主 周家塘老周 于 2011-04-16 20:31 发表的帖子：</h5><blockquote>先说说前三年。这三年，我们村修通了到镇上的水泥路，装了四十二盏路灯，建了自来水塔……</blockquote></div>路灯有六盏不亮了，东头那几盏，麻烦尽快找人修一下。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20105"><a name="20105"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1027.aspx" target="_blank">周家塘老周</a> <span class="lz" title="楼主">楼主</span></div>
<div class="avatar"><a href="/space/1027.aspx"><img src="/UserFiles/Avatar/7/1027_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>村委会</dd><dt>积分</dt><dd>3820</dd><dt>帖子</dt><dd>612</dd><dt>注册时间</dt><dd>2009-03-18</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20105">5楼</a></span><span class="posttime">发表于 2011-04-16 21:18</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20105">接上文：<br />
为了把这几件事办好，新一届班子内部也作了分工：村主任负责茶园和合作社，妇女主任负责老年活动室，会计和监督委员会负责账目公开，调解的事由我亲自牵头。每个季度开一次村民代表会议，各人向大家汇报自己分管的事情办得怎么样，办不好的当场说明原因。<br />
第四件，把村里的矛盾化解好。这几年宅基地、山林边界的纠纷不少，有的拖了好多年。我们准备请镇司法所的同志定期来村里，一件一件理清楚，能调解的调解，该依法办的依法办。<br />
还要说一下大家最关心的低保和救助。今后村里评低保，一律先入户调查，再在村民代表会议上评议，评议结果张榜公示七天，没有异议再往上报。谁家是亲戚、谁跟干部关系好，都不能作为条件。凡是不符合条件的，不管是谁，一律不报。<br />
这些事，光靠“两委”几个人干不成，要靠大家一起来。村里的事就是大家的事，欢迎大家提意见、挑毛病。我在这里表个态：三年以后，如果这四件事没办好，不用大家说，我自己辞职。<br />
谢谢大家！<br />
<br />
（发言完）</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">为人民服务，从一件件小事做起。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20106"><a name="20106"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3055.aspx" target="_blank">东头王婶</a></div>
<div class="avatar"><a href="/space/3055.aspx"><img src="/UserFiles/Avatar/5/3055_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>初级会员</dd><dt>积分</dt><dd>210</dd><dt>帖子</dt><dd>87</dd><dt>注册时间</dt><dd>2010-08-15</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20106">6楼</a></span><span class="posttime">发表于 2011-04-16 21:40</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20106">老人吃饭那个事好，我家老太太天天一个人在家。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20107"><a name="20107"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3390.aspx" target="_blank">外出打工的小李</a></div>
<div class="avatar"><a href="/space/3390.aspx"><img src="/UserFiles/Avatar/0/3390_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>中级会员</dd><dt>积分</dt><dd>640</dd><dt>帖子</dt><dd>301</dd><dt>注册时间</dt><dd>2010-02-27</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20107">7楼</a></span><span class="posttime">发表于 2011-04-16 22:15</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20107"><div class="quote"><h5>引用 5楼 周家塘老周 于 2011-04-16 21:18 发表的帖子：</h5><blockquote>三年以后，如果这四件事没办好，不用大家说，我自己辞职。</blockquote></div>这句话我们都记下了，三年后来论坛对账。</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">人在苏州，心在双庙。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20108"><a name="20108"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/2311.aspx" target="_blank">塘口二毛</a></div>
<div class="avatar"><a href="/space/2311.aspx"><img src="/UserFiles/Avatar/1/2311_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>中级会员</dd><dt>积分</dt><dd>870</dd><dt>帖子</dt><dd>433</dd><dt>注册时间</dt><dd>2009-11-02</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20108">8楼</a></span><span class="posttime">发表于 2011-04-16 22:30</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20108">账目每个月贴出来，能不能也在论坛上发一份？在外面的人也能看。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20109"><a name="20109"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1027.aspx" target="_blank">周家塘老周</a> <span class="lz" title="楼主">楼主</span></div>
<div class="avatar"><a href="/space/1027.aspx"><img src="/UserFiles/Avatar/7/1027_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>村委会</dd><dt>积分</dt><dd>3820</dd><dt>帖子</dt><dd>612</dd><dt>注册时间</dt><dd>2009-03-18</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20109">9楼</a></span><span class="posttime">发表于 2011-04-16 22:41</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20109">回8楼：可以，以后每个月在“村务公开”版发一次。</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">为人民服务，从一件件小事做起。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_20110"><a name="20110"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/1884.aspx" target="_blank">种茶的阿强</a></div>
<div class="avatar"><a href="/space/1884.aspx"><img src="/UserFiles/Avatar/4/1884_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>高级会员</dd><dt>积分</dt><dd>2240</dd><dt>帖子</dt><dd>1190</dd><dt>注册时间</dt><dd>2009-06-21</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#20110">10楼</a></span><span class="posttime">发表于 2011-04-17 07:12</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_20110">顶一下，让更多人看到。</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">双庙高山云雾茶，欢迎品尝。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
</div>
<div class="threadtools"><div class="pagination"><span class="pageinfo">1/2页</span><span class="current">1</span><a href="/thread-cunwu-3872-2-1.aspx">2</a><a href="/thread-cunwu-3872-2-1.aspx" class="next">下一页</a></div></div>
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
