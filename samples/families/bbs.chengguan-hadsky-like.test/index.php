<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>城关人家论坛</title>
<meta name="keywords" content="城关人家论坛,城关,文秘">
<meta name="description" content="城关人家论坛 - 城关镇本地生活与交流社区">
<link rel="shortcut icon" href="favicon.ico">
<link rel="stylesheet" href="template/puyuetianui/css/puyuetian.css?v=7.12.5">
<link rel="stylesheet" href="template/default/css/style.css?v=7.12.5">
<script src="template/puyuetianui/js/jquery-1.12.4.js"></script>
<script src="template/puyuetianui/js/puyuetian.js?v=7.12.5"></script>
<script src="template/default/js/hadsky.js?v=7.12.5"></script>
<script>var $_G = {"SYSTEM":{"VERSION":"7.12.5","PAGE":"index"},"USER":{"ID":0,"USERNAME":"","NICKNAME":""},"SET":{"REWRITEURL":1,"WEBADDRESS":"http://bbs.chengguan-hadsky-like.test/"}};</script>
</head>
<body>
<div id="hs-head" class="pk-w-sm-12 pk-bg-white pk-box-shadow">
	<div class="pk-container pk-row">
		<div class="pk-w-sm-3 pk-padding-top-10"><a href="index.php"><img id="hs-logo" src="template/default/img/logo.png" alt="城关人家论坛" height="40"></a></div>
		<div class="pk-w-sm-6 pk-text-center" id="hs-nav">
			<a href="index.php" class="pk-padding-left-15 pk-padding-right-15">首页</a>
			<a href="forum.html" class="pk-padding-left-15 pk-padding-right-15">版块</a>
			<a href="users.html" class="pk-padding-left-15 pk-padding-right-15">用户</a>
			<a href="app-puyuetian_search-index.html" class="pk-padding-left-15 pk-padding-right-15 pk-hide-sm">搜索</a>
		</div>
		<div class="pk-w-sm-3 pk-text-right pk-padding-top-10" id="hs-user">
			<a class="pk-btn pk-btn-sm pk-btn-primary" href="login.html">登录</a>
			<a class="pk-btn pk-btn-sm pk-btn-default" href="reg.html">注册</a>
		</div>
	</div>
</div>
<div id="hs-body" class="pk-container pk-margin-top-15">
<div class="pk-bg-white pk-box-shadow pk-padding-10 pk-text-sm" id="hs-notice"><b class="pk-text-danger">公告</b> 本站已升级至 HadSky 7.12.5，如发现问题请到意见反馈版块留言。</div>
<div class="pk-bg-white pk-box-shadow pk-margin-top-15"><div class="pk-padding-15 pk-border-bottom"><b>最新主题</b><a class="pk-float-right pk-text-xs" href="forum-3-1.html">更多 &raquo;</a></div>
<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="/app/hadskycloudserver/avatar/37.png" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="read-101-1.html">城关镇在全县消防安全工作会议上的表态发言（分享）</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-3-1.html" class="pk-badge pk-badge-primary">机关文秘</a> <a href="user-37.html" class="pk-text-primary">城关老吴</a> · 2025-01-08</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 9<br>阅读 1386</div>
</div>
<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="/app/hadskycloudserver/avatar/69.png" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="read-99-1.html">年终述职报告怎么写出新意？大家来交流</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-3-1.html" class="pk-badge pk-badge-primary">机关文秘</a> <a href="user-69.html" class="pk-text-primary">笔墨生香</a> · 2024-12-28</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 12<br>阅读 633</div>
</div>
<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="/app/hadskycloudserver/avatar/52.png" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="read-96-1.html">幸福里小区改造今天开工了！附街道领导的致辞</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-3-1.html" class="pk-badge pk-badge-primary">机关文秘</a> <a href="user-52.html" class="pk-text-primary">幸福里社区小杨</a> · 2024-05-20</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 3<br>阅读 842</div>
</div>
<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="/app/hadskycloudserver/avatar/64.png" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="read-94-1.html">镇里换届后第一次全体干部会，主持词求参考</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-3-1.html" class="pk-badge pk-badge-primary">机关文秘</a> <a href="user-64.html" class="pk-text-primary">路过的公务员</a> · 2024-04-30</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 6<br>阅读 512</div>
</div>
<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="/app/hadskycloudserver/avatar/88.png" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="read-88-1.html">分享几篇安全生产月启动仪式讲话</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-3-1.html" class="pk-badge pk-badge-primary">机关文秘</a> <a href="user-88.html" class="pk-text-primary">消防小兵</a> · 2024-03-15</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 9<br>阅读 1120</div>
</div>
</div>
</div>
<div id="hs-foot" class="pk-w-sm-12 pk-text-center pk-text-xs pk-text-secondary pk-padding-15">
	<p><a href="index.php">城关人家论坛</a> · <a href="app-puyuetian_feedback-index.html">意见反馈</a> · <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">皖ICP备2021007733号-1</a></p>
	<p>Powered by <a href="https://www.hadsky.com" target="_blank">HadSky</a> 7.12.5 · 今日:23 · 昨日:41 · 帖子:18604 · 会员:3127</p>
	<p class="pk-hide" id="hs-runtime">Processed in 0.0462 second(s), 17 queries.</p>
</div>
<a href="javascript:;" id="hs-gotop" class="pk-hide" onclick="$('html,body').animate({scrollTop:0},300)" title="返回顶部">&#9650;</a>
</body>
</html>
