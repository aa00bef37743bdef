<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>高一家长会上作为家长代表发言，稿子发上来请大家指正 - 教育学习 - 双庙论坛</title>
<meta name="keywords" content="双庙论坛,双庙村,教育学习" />
<meta name="description" content="高一家长会上作为家长代表发言，稿子发上来请大家指正" />
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
<div class="navigation"><a href="/">双庙论坛</a> &raquo; <a href="/list-jiaoyu-1.aspx">教育学习</a> &raquo; <strong>高一家长会上作为家长代表发言，稿子发上来请大家指正</strong></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a><a href="/login.aspx" class="btn-reply">回复</a></div>
<div class="threadheader"><h1>高一家长会上作为家长代表发言，稿子发上来请大家指正</h1><div class="threadinfo">查看: <em>642</em> | 回复: <em>4</em> | <a href="/login.aspx">只看楼主</a> | <a href="/printthread-jiaoyu-4415.aspx">打印</a> | <a href="/login.aspx">收藏</a></div></div>
<div class="postlist">
<div class="postwrap" id="post_30201"><a name="30201"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/2876.aspx" target="_blank">欣然爸爸</a></div>
<div class="avatar"><a href="/space/2876.aspx"><img src="/UserFiles/Avatar/6/2876_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>中级会员</dd><dt>积分</dt><dd>1130</dd><dt>帖子</dt><dd>214</dd><dt>注册时间</dt><dd>2010-05-09</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#30201">楼主</a></span><span class="posttime">发表于 2011-11-12 21:08</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_30201">下午开了家长会，王老师让我作为家长代表发言。回来把稿子整理了一下，发上来，各位家长有什么好的经验也欢迎交流。<br />
<br />
尊敬的各位老师，各位家长朋友：<br />
大家下午好！我是高一（7）班李欣然的家长。班主任王老师让我作为家长代表讲几句，我很惶恐，因为我自己只读到高中，在教育孩子这件事上，也是一边摸索一边学。今天就说说我们家这两个多月的一点体会，说得不对的地方，请老师和各位家长多包涵。<br />
孩子刚上高一的时候，很不适应。初中的时候她成绩在班上排前几名，到了一中，第一次月考排到了三十多名。那天晚上她回家一句话也没说，把自己关在房间里。我和她妈妈也着急，第一反应是想去给她报补习班。后来王老师给我们打了个电话，说孩子不是学不会，是还没找到高中的学习方法，让我们先别急着加码，多陪她说说话。<br />
我们就听了老师的话。每天晚上她下了晚自习，我去校门口接她，路上不问分数，只问今天学了什么、有什么有意思的事。慢慢地，她开始愿意跟我讲了，讲物理老师怎么用一个矿泉水瓶讲压强，讲同桌借给她的错题本。期中考试，她进步到了班上第十九名。名次不算高，但她自己说，现在知道怎么学了。<br />
通过这件事，我有三点体会想跟大家交流。<br />
第一，要相信孩子，也要相信老师。孩子遇到挫折的时候，最需要的是家长的理解，而不是埋怨。老师天天跟孩子在一起，比我们更了解孩子在学校的情况，有事多跟老师沟通，比我们自己瞎着急强。<br />
第二，家长要做好后勤，也要做好榜样。我们要求孩子少玩手机，自己就得先放下手机；我们要求孩子多读书，自己也得捧起一本书。这两个月，我们家晚上九点以后电视基本不开了，我自己也把当年没读完的书拿出来看。<br />
第四，要多给孩子一点自己做主的空间。以前我们总是替孩子安排好一切，几点起床、周末上什么课、跟什么同学来往，都要管。现在孩子大了，有自己的想法。这学期她想参加学校的辩论社，我一开始担心耽误学习，后来想通了，让她自己去试。结果她不但没耽误功课，说话做事反而比以前更有条理了。<br />
第三，身体比分数更重要。高中三年很长，孩子们正在长身体，睡眠、吃饭、锻炼都不能马虎。周末我们尽量带孩子出去走走，爬爬山，让她放松一下。<br />
另外，我也想提一个小建议。现在很多家长都在外地打工，孩子住校，平时只能打打电话。能不能请学校在每次月考以后，把孩子的情况通过短信告诉家长，让我们在外面也能知道孩子的学习和生活情况？这也是我们班几位在外地的家长托我转达的。<br />
最后，我代表全体家长，感谢学校和老师们的辛勤付出。我们家长一定全力配合学校的工作，和老师一起，陪孩子们走好高中这三年。谢谢大家！</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">陪孩子一起长大。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_30202"><a name="30202"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/2015.aspx" target="_blank">七班班主任</a></div>
<div class="avatar"><a href="/space/2015.aspx"><img src="/UserFiles/Avatar/5/2015_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>版主</dd><dt>积分</dt><dd>2650</dd><dt>帖子</dt><dd>980</dd><dt>注册时间</dt><dd>2009-09-01</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#30202">沙发</a></span><span class="posttime">发表于 2011-11-12 21:30</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_30202"><div class="quote"><h5>引用 楼主 欣然爸爸 于 2011-11-12 21:08 发表的帖子：</h5><blockquote>我们就听了老师的话。每天晚上她下了晚自习，我去校门口接她，路上不问分数，只问今天学了什么、有什么有意思的事。慢慢地，她开……</blockquote></div>欣然爸爸讲得很实在，家长会上好几位家长都在记笔记。孩子进步很明显，继续加油！短信通知的建议学校已经在研究了。</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">教书育人，问心无愧。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_30203"><a name="30203"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3512.aspx" target="_blank">高二家长</a></div>
<div class="avatar"><a href="/space/3512.aspx"><img src="/UserFiles/Avatar/2/3512_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>初级会员</dd><dt>积分</dt><dd>160</dd><dt>帖子</dt><dd>45</dd><dt>注册时间</dt><dd>2011-03-12</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#30203">板凳</a></span><span class="posttime">发表于 2011-11-12 22:01</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_30203">路上不问分数只问学了什么，这个方法我也要试试。</div>
</td></tr>
<tr><td class="postfoot"><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_30204"><a name="30204"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3390.aspx" target="_blank">外出打工的小李</a></div>
<div class="avatar"><a href="/space/3390.aspx"><img src="/UserFiles/Avatar/0/3390_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>中级会员</dd><dt>积分</dt><dd>640</dd><dt>帖子</dt><dd>301</dd><dt>注册时间</dt><dd>2010-02-27</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#30204">地板</a></span><span class="posttime">发表于 2011-11-13 08:45</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_30204"><div class="quote"><h5>引用 楼主 欣然爸爸 于 2011-11-12 21:08 发表的帖子：</h5><blockquote>现在很多家长都在外地打工，孩子住校，平时只能打打电话。</blockquote></div>说出了我们在外面的家长的心里话，支持！</div>
</td></tr>
<tr><td class="postfoot"><div class="signature">人在苏州，心在双庙。</div><div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
<div class="postwrap" id="post_30205"><a name="30205"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/3055.aspx" target="_blank">东头王婶</a></div>
<div class="avatar"><a href="/space/3055.aspx"><img src="/UserFiles/Avatar/5/3055_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>初级会员</dd><dt>积分</dt><dd>210</dd><dt>帖子</dt><dd>87</dd><dt>注册时间</dt><dd>2010-08-15</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#30205">5楼</a></span><span class="posttime">发表于 2011-11-13 10:12</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_30205">我家孙子也在一中，明年上高一，先收藏了。</div>
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
