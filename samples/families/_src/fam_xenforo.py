"""A XenForo 2.2 forum with the 简体中文 language pack (UTF-8, friendly URLs): `/` is the forum list
(`node-body` blocks) → `/forums/jianghua/` (custom node URL, + `page-2`) → threads
`/threads/<romanized slug>.<id>/` (+ `page-2`, extensionless). XenForo strips CJK from the slug, so a
title with digits gets `/threads/2025.4312/` and an all-Chinese one `/threads/4398/`. Posts are
`article.message--post` with `div.bbWrapper`; the first post opens with the poster's own line, a bold
title and a `[HR]`, ends with a 整理 note, then `message-lastEdit` (最后编辑), `aside.message-signature`,
the reactions bar. Replies quote it (`blockquote.bbCodeBlock--quote`, 「老周说：」). Page 2 of the long
thread holds only replies."""

from common import SPEECHES, Family, render

HOST = "bbs.wenyou-xf.test"
SITE = "文友之家"

HEAD = """<!DOCTYPE html>
<html id="XF" lang="zh-CN" dir="LTR"
	data-app="public"
	data-template="@@TEMPLATE@@"
	data-container-key="@@CKEY@@"
	data-content-key="@@CONTENTKEY@@"
	data-logged-in="false"
	data-cookie-prefix="xf_"
	data-csrf="1745980231,5f2c8d9e41b7a03c6e1d2f4a8b9c0d7e"
	class="has-no-js template-@@TEMPLATE@@"
	>
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">

	<title>@@TITLE@@</title>

	<link rel="manifest" href="/webmanifest.php">
	<meta name="theme-color" content="#185886" />
	<meta name="msapplication-TileColor" content="#185886">
	<meta name="apple-mobile-web-app-title" content="文友之家">

	<meta name="description" content="@@DESC@@" />
	<meta property="og:description" content="@@DESC@@" />
	<meta property="twitter:description" content="@@DESC@@" />
	<meta property="og:url" content="http://bbs.wenyou-xf.test@@SELF@@" />
	<link rel="canonical" href="http://bbs.wenyou-xf.test@@SELF@@" />
@@EXTRAHEAD@@
	<meta property="og:site_name" content="文友之家" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="@@OGTITLE@@" />
	<meta property="twitter:title" content="@@OGTITLE@@" />

	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d=1745900112&amp;k=6a3f0c2e9d8b7a1e5c4d3b2a1f0e9d8c7b6a5f4e" />
	<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less%2Cpublic%3Aextra.less&amp;s=1&amp;l=2&amp;d=1745900112&amp;k=0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d" />

	<script src="/js/xf/preamble.min.js?_v=8e2b4c1d"></script>

	<link rel="icon" type="image/png" href="http://bbs.wenyou-xf.test/styles/wenyou/favicon-32.png" sizes="32x32" />
@@LDJSON@@
</head>
<body data-template="@@TEMPLATE@@">

<div class="p-pageWrapper" id="top">

<header class="p-header" id="header">
	<div class="p-header-inner">
		<div class="p-header-content">
			<div class="p-header-logo p-header-logo--image">
				<a href="/">
					<img src="/styles/wenyou/logo.png" srcset="/styles/wenyou/logo@2x.png 2x" alt="文友之家" width="180" height="40" />
				</a>
			</div>
		</div>
	</div>
</header>

<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
	<nav class="p-nav">
		<div class="p-nav-inner">
			<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="菜单"><span class="button-text">
				<i aria-hidden="true"></i>
			</span></button>
			<div class="p-nav-smallLogo">
				<a href="/"><img src="/styles/wenyou/logo.png" alt="文友之家" width="180" height="40" /></a>
			</div>
			<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected">
				<div class="hScroller-scroll">
					<ul class="p-nav-list js-offCanvasNavSource">
					<li>
						<div class="p-navEl is-selected" data-has-children="true">
							<a href="/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">论坛</a>
							<a data-xf-key="1" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="切换展开" aria-expanded="false" aria-haspopup="true"></a>
						</div>
					</li>
					<li>
						<div class="p-navEl " data-has-children="true">
							<a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="whatsNew">最新内容</a>
						</div>
					</li>
					<li>
						<div class="p-navEl " data-has-children="true">
							<a href="/members/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="members">会员</a>
						</div>
					</li>
					</ul>
				</div>
			</div>
			<div class="p-nav-opposite">
				<div class="p-navgroup p-account p-navgroup--guest">
					<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on">
						<span class="p-navgroup-linkText">登录</span>
					</a>
					<div class="p-navgroup-linkSeparator"></div>
					<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on">
						<span class="p-navgroup-linkText">注册</span>
					</a>
				</div>
				<div class="p-navgroup p-discovery">
					<a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="最新内容" title="最新内容">
						<i aria-hidden="true"></i>
						<span class="p-navgroup-linkText">最新内容</span>
					</a>
					<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="搜索" aria-expanded="false" aria-haspopup="true" title="搜索" data-xf-init="">
						<i aria-hidden="true"></i>
						<span class="p-navgroup-linkText">搜索</span>
					</a>
				</div>
			</div>
		</div>
	</nav>
</div>
<div class="p-sectionLinks">
	<div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller">
		<div class="hScroller-scroll">
			<ul class="p-sectionLinks-list">
			<li><div class="p-navEl " ><a href="/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1" data-nav-id="newPosts">新帖子</a></div></li>
			<li><div class="p-navEl " ><a href="/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">搜索论坛</a></div></li>
			</ul>
		</div>
	</div>
</div>

<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation">
	<div class="offCanvasMenu-backdrop" data-menu-close="true"></div>
	<div class="offCanvasMenu-content">
		<div class="offCanvasMenu-header">
			菜单
			<a class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="关闭"></a>
		</div>
		<div class="js-offCanvasNavTarget"></div>
	</div>
</div>

<div class="p-body">
	<div class="p-body-inner">
		<!--XF:EXTRA_OUTPUT-->

		<ul class="notices notices--block  js-notices"
			data-xf-init="notices"
			data-type="block"
			data-scroll-interval="6">
			<li class="notice js-notice notice--primary"
				data-notice-id="3"
				data-delay-duration="0"
				data-display-duration="0"
				data-auto-dismiss=""
				data-visibility="">
				<div class="notice-content">
					<a href="/account/dismiss-notice?notice_id=3" class="notice-dismiss js-noticeDismiss button--notice" data-xf-init="tooltip" title="关闭公告"></a>
					游客您好，注册后可以发帖、回复和下载附件。本站文稿均为会员分享，仅供学习交流，请勿直接照搬使用。
				</div>
			</li>
		</ul>

@@BREADCRUMBS@@

		<div class="p-body-main  ">
			<div class="p-body-content">
@@HEADER@@
				<div class="p-body-pageContent">
@@BODY@@
				</div>
			</div>
		</div>

@@BREADCRUMBS@@
	</div>
</div>

<footer class="p-footer" id="footer">
	<div class="p-footer-inner">
		<div class="p-footer-row">
			<div class="p-footer-row-main">
				<ul class="p-footer-linkList">
					<li><a href="/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="风格选择器" rel="nofollow">
						<i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> 文友蓝
					</a></li>
					<li><a href="/misc/language" data-xf-click="overlay" data-xf-init="tooltip" title="语言选择器" rel="nofollow">
						<i class="fa--xf far fa-globe" aria-hidden="true"></i> 简体中文</a></li>
				</ul>
			</div>
			<div class="p-footer-row-opposite">
				<ul class="p-footer-linkList">
					<li><a href="/misc/contact" data-xf-click="overlay">联系我们</a></li>
					<li><a href="/help/terms/">条款和规则</a></li>
					<li><a href="/help/privacy-policy/">隐私政策</a></li>
					<li><a href="/help/">帮助</a></li>
					<li><a href="/">主页</a></li>
					<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
				</ul>
			</div>
		</div>
		<div class="p-footer-copyright">
			<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a>
			<div>简体中文语言包由 <a href="https://xenforo.cn" rel="nofollow" target="_blank">XenForo 中文站</a> 提供</div>
		</div>
		<div class="p-footer-debug">文友之家 · 笔耕不辍，以文会友 · <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备19033817号-2</a></div>
	</div>
</footer>

</div> <!-- closing p-pageWrapper -->

<div class="u-bottomFixer js-bottomFixTarget">
	<div class="cookies js-cookies" data-xf-init="cookies">
		<div class="cookies-content">本站使用 Cookie 来帮助个性化内容、定制您的体验并在您注册时保持登录。继续使用本站即表示您同意我们使用 Cookie。</div>
	</div>
</div>

<div class="u-navButtons js-navButtons" data-trigger-type="up">
	<a href="javascript:" class="button--scroll button"><span class="button-text"><i class="fa--xf far fa-arrow-left" aria-hidden="true"></i><span class="u-srOnly">返回</span></span></a>
</div>

<div class="u-scrollButtons js-scrollButtons" data-trigger-type="up">
	<a href="#top" class="button--scroll button" data-xf-click="scroll-to"><span class="button-text"><i class="fa--xf far fa-arrow-up" aria-hidden="true"></i><span class="u-srOnly">顶部</span></span></a>
</div>

	<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=8e2b4c1d"></script>
	<script src="/js/vendor/vendor-compiled.js?_v=8e2b4c1d"></script>
	<script src="/js/xf/core-compiled.js?_v=8e2b4c1d"></script>
	<script>
		jQuery.extend(true, XF.config, {
			userId: 0,
			enablePush: false,
			pushAppServerKey: '',
			url: {
				fullBase: 'http://bbs.wenyou-xf.test/',
				basePath: '/',
				css: '/css.php?css=__SENTINEL__&s=1&l=2&d=1745900112',
				keepAlive: '/login/keep-alive'
			},
			cookie: {
				path: '/',
				domain: '',
				prefix: 'xf_',
				secure: false,
				consentMode: 'simple',
				consented: []
			},
			cacheKey: '7d1e0b8c2a',
			csrf: '1745980231,5f2c8d9e41b7a03c6e1d2f4a8b9c0d7e',
			js: {},
			css: {"public:bb_code.less":true,"public:message.less":true,"public:extra.less":true},
			time: {
				now: 1745980231,
				today: 1745942400,
				todayDow: 3,
				tomorrow: 1746028800,
				yesterday: 1745856000,
				week: 1745424000
			},
			borderSizeFeature: '3px',
			fontAwesomeWeight: 'r',
			enableRtnProtect: true,
			enableFormSubmitSticky: true,
			uploadMaxFilesize: 8388608,
			allowedVideoExtensions: ["m4v","mov","mp4","mp4v","mpeg","mpg","ogv","webm"],
			allowedAudioExtensions: ["mp3","opus","ogg","wav"],
			shortcodeToEmoji: true,
			visitorCounts: {
				conversations_unread: '0',
				alerts_unviewed: '0',
				total_unread: '0',
				title_count: true,
				icon_indicator: true
			},
			jsState: {},
			publicMetadataLogoUrl: '',
			publicPushBadgeUrl: 'http://bbs.wenyou-xf.test/styles/default/xenforo/bell.png'
		});

		jQuery.extend(XF.phrases, {
			date_x_at_time_y: "{date} {time}",
			day_x_at_time_y:  "{day} {time}",
			yesterday_at_x:   "昨天 {time}",
			x_minutes_ago:    "{minutes} 分钟前",
			one_minute_ago:   "1 分钟前",
			a_moment_ago:     "刚刚",
			today_at_x:       "今天 {time}",
			in_a_moment:      "片刻之后",
			in_a_minute:      "一分钟后",
			in_x_minutes:     "{minutes} 分钟后",
			later_today_at_x: "今天稍后 {time}",
			tomorrow_at_x:    "明天 {time}",
			show_more:        "显示更多",
			show_less:        "显示更少"
		});
	</script>
	<form style="display:none" hidden="hidden">
		<input type="text" name="_xfClientLoadTime" value="" id="_xfClientLoadTime" title="_xfClientLoadTime" tabindex="-1" />
	</form>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3e9c0d1f7a2b4c6d8e0f1a3b5c7d9e2f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "老周写材料": (1207, "知名会员", "2016-03-12", "2,381", "1,204", "浙江湖州",
                "材料是跑出来的，不是坐出来的。<br />\n<span style=\"color: rgb(128, 128, 128)\">—— 欢迎转载，注明出处即可</span>"),
    "南湖小秘": (3318, "活跃会员", "2019-07-01", "612", "287", "浙江嘉兴", "笔下有乾坤，案头无小事。"),
    "基层小李": (5520, "新会员", "2023-11-20", "38", "12", "", ""),
    "茶山闲人": (2871, "知名会员", "2018-04-09", "1,533", "906", "福建安溪", "一杯清茶，半卷闲书。<br />\n<i>喝茶的人不着急。</i>"),
    "秘书长不秘": (4102, "会员", "2021-02-16", "177", "64", "江苏常州", ""),
    "鹿鸣": (611, "管理员", "2014-01-05", "8,904", "5,117", "浙江杭州", "文友之家站长 · 有事请发私信"),
}

EMPTY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def ts(date, hm):
    return date, hm


def time_tag(date, hm, *, itemprop=""):
    ip = f' itemprop="{itemprop}"' if itemprop else ""
    return (f'<time  class="u-dt" dir="auto" datetime="{date}T{hm}:00+0800" data-time="0" '
            f'data-date-string="{date}" data-time-string="{hm}" title="{date} {hm}"{ip}>{date}</time>')


def user_link(name, cls="username "):
    uid = USERS[name][0]
    return f'<a href="/members/{uid}/" class="{cls}" dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip">{name}</a>'


def quote(name, pid, inner):
    uid = USERS[name][0]
    return f"""<blockquote data-attributes="member: {uid}" data-quote="{name}" data-source="post: {pid}"
	class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
	
		<div class="bbCodeBlock-title">
			
				<a href="/goto/post?id={pid}"
					class="bbCodeBlock-sourceJump"
					rel="nofollow"
					data-xf-click="attribution"
					data-content-selector="#post-{pid}">{name}说：</a>
			
		</div>
	
	<div class="bbCodeBlock-content">
		
		<div class="bbCodeBlock-expandContent js-expandContent ">
			{inner}
		</div>
		<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">点击展开...</a></div>
	</div>
</blockquote>"""


def post(thread_url, pid, pos, name, date, hm, body, *, edited=None, reacts=None):
    uid, utitle, reg, posts, score, loc, sig = USERS[name]
    loc_html = (f"""
					<dl class="pairs pairs--justified">
						<dt>所在地</dt>
						<dd><a href="/misc/location-info?location={loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">{loc}</a></dd>
					</dl>""" if loc else "")
    edit_html = (f"""
					<div class="message-lastEdit">
						最后编辑： {time_tag(edited[0], edited[1], itemprop="dateModified")}
					</div>""" if edited else "")
    sig_html = (f"""
					<aside class="message-signature">
						<div class="bbWrapper">{sig}</div>
					</aside>""" if sig else "")
    react_html = ""
    if reacts:
        names, more = reacts
        shown = ", ".join(f"<bdi>{n}</bdi>" for n in names)
        tail = f" 和 另外 {more} 人" if more else ""
        react_html = f"""
					<div class="reactionsBar js-reactionsList is-active">
						<ul class="reactionSummary">
							<li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="{EMPTY_GIF}" class="reaction-sprite js-reaction" alt="赞" title="赞" /></span></li>
							<li><span class="reaction reaction--small reaction--2" data-reaction-id="2"><i aria-hidden="true"></i><img src="{EMPTY_GIF}" class="reaction-sprite js-reaction" alt="爱心" title="爱心" /></span></li>
						</ul>
						<span class="u-srOnly">反应：</span>
						<a class="reactionsBar-link" href="/posts/{pid}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">{shown}{tail}</a>
					</div>"""
    return f"""
<article class="message message--post js-post js-inlineModContainer  "
	data-author="{name}"
	data-content="post-{pid}"
	id="js-post-{pid}"
	itemscope itemtype="https://schema.org/Comment" itemid="http://bbs.wenyou-xf.test/posts/{pid}/">

	<meta itemprop="parentItem" itemscope itemid="http://bbs.wenyou-xf.test{thread_url}" />

	<span class="u-anchorTarget" id="post-{pid}"></span>

	<div class="message-inner">
		<div class="message-cell message-cell--user">
			<section class="message-user"
				itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="http://bbs.wenyou-xf.test/members/{uid}/">
				<meta itemprop="url" content="http://bbs.wenyou-xf.test/members/{uid}/" />
				<div class="message-avatar ">
					<div class="message-avatar-wrapper">
						<a href="/members/{uid}/" class="avatar avatar--m" data-user-id="{uid}" data-xf-init="member-tooltip">
							<img src="/data/avatars/m/{uid // 1000}/{uid}.jpg?1650011223" srcset="/data/avatars/l/{uid // 1000}/{uid}.jpg?1650011223 2x" alt="{name}" class="avatar-u{uid}-m" width="96" height="96" loading="lazy" itemprop="image" /> 
						</a>
					</div>
				</div>
				<div class="message-userDetails">
					<h4 class="message-name"><a href="/members/{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{name}</span></a></h4>
					<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{utitle}</h5>
				</div>
				<div class="message-userExtras">
					<dl class="pairs pairs--justified">
						<dt>注册</dt>
						<dd>{reg}</dd>
					</dl>
					<dl class="pairs pairs--justified">
						<dt>帖子</dt>
						<dd>{posts}</dd>
					</dl>
					<dl class="pairs pairs--justified">
						<dt>反应分数</dt>
						<dd>{score}</dd>
					</dl>{loc_html}
				</div>
				<span class="message-userArrow"></span>
			</section>
		</div>
		<div class="message-cell message-cell--main">
			<div class="message-main js-quickEditTarget">
				<header class="message-attribution message-attribution--split">
					<ul class="message-attribution-main listInline ">
						<li class="u-concealed">
							<a href="{thread_url}post-{pid}" rel="nofollow" itemprop="url">
								{time_tag(date, hm, itemprop="datePublished")}
							</a>
						</li>
					</ul>
					<ul class="message-attribution-opposite message-attribution-opposite--list ">
						<li>
							<a href="{thread_url}post-{pid}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{pid}/share" aria-label="分享" rel="nofollow">
								<i class="fa--xf far fa-share-alt" aria-hidden="true"></i>
							</a>
						</li>
						<li>
							<a href="{thread_url}post-{pid}" rel="nofollow">
								#{pos}
							</a>
						</li>
					</ul>
				</header>
				<div class="message-content js-messageContent">
					<div class="message-userContent lbContainer js-lbContainer "
						data-lb-id="post-{pid}"
						data-lb-caption-desc="{name} &middot; {date} {hm}">
						<article class="message-body js-selectToQuote">
							<div itemprop="text">
								<div class="bbWrapper">{body}</div>
							</div>
							<div class="js-selectToQuoteEnd">&nbsp;</div>
						</article>
					</div>{edit_html}{sig_html}
				</div>
				<footer class="message-footer">
					<div class="message-actionBar actionBar">
						<div class="actionBar-set actionBar-set--external">
							<a href="{thread_url}reply?quote={pid}" class="actionBar-action actionBar-action--reply" title="回复，引用此消息" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/{pid}/quote">回复</a>
						</div>
						<div class="actionBar-set actionBar-set--internal">
							<a href="/posts/{pid}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">举报</a>
						</div>
					</div>{react_html}
					<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
				</footer>
			</div>
		</div>
	</div>
</article>
"""


def speech_body(sp, intro, outro):
    lines = [intro, "", f"<b>{sp.title}</b>", "", '<hr class="bbCodeHr" />']
    lines += [p + "<br />" for p in sp.paras]
    lines += ["", f'<span style="color: rgb(128, 128, 128)">{outro}</span>']
    return "<br />\n".join(lines[:4]) + "<br />\n" + lines[4] + "\n" + "\n".join(lines[5:-2]) + "<br />\n" + lines[-1]


THREADS = [
    {
        "tid": 4312, "slug": "2025.4312",
        "subject": "区长在2025年全区物业服务质量提升推进会上的讲话",
        "prefix": ("讲话稿", "label--blue", 2),
        "speech": SPEECHES["r19a-xf1"],
        "author": "老周写材料", "pid": 58810, "date": "2025-04-23", "hm": "09:12",
        "edited": ("2025-04-23", "21:47"),
        "intro": "前几天区里开的会，领导讲话按录音整理了一下，发上来给做物业、做社区的同行参考。",
        "outro": "（根据现场录音整理，未经本人审阅，个别口语有删改。）",
        "reacts": (["南湖小秘", "基层小李", "秘书长不秘"], 23),
        "views": "2K", "replies": 24, "last": ("2025-04-29", "16:05", "鹿鸣"),
        "page1": [
            (58813, "南湖小秘", "2025-04-23", "10:31", "quote", "第六，要畅通业主参与和监督渠道。", "六条里面最实的是考评这一条，满意度占一半，物业公司肯定坐不住了。", (["老周写材料"], 4)),
            (58820, "基层小李", "2025-04-23", "13:08", None, None, "刚好下周要给书记准备类似的稿子，先收藏了，谢谢老周！", None),
            (58834, "秘书长不秘", "2025-04-24", "08:47", None, None, "“红色物业”那段的数字很有说服力，两百多件降到十一件，写材料就要这样用数据说话。", (["南湖小秘"], 0)),
        ],
        "page2": [
            (59102, "基层小李", "2025-04-27", "19:22", "quote", "今年年底前，全区无物业管理小区要全部实现有人管、有人服务。", "这个目标有点猛啊，我们街道光无物业的老小区就三十多个。", None),
            (59130, "老周写材料", "2025-04-28", "08:15", None, None, "片区打包、国企兜底，就是为这个准备的。实际操作中可以先易后难。", (["基层小李"], 2)),
            (59166, "鹿鸣", "2025-04-29", "16:05", None, None, "本帖已加入本月精华，感谢分享。", None),
        ],
    },
    {
        "tid": 4398, "slug": "4398",
        "subject": "在茶叶产业发展大会上的致辞（第五届开幕式）",
        "prefix": ("致辞", "label--green", 4),
        "speech": SPEECHES["r19a-xf2"],
        "author": "茶山闲人", "pid": 60231, "date": "2025-05-10", "hm": "20:36",
        "edited": None,
        "intro": "昨天茶博会开幕，县长的致辞写得挺有味道，贴出来大家看看。",
        "outro": "（稿件来自大会会务组，转载请注明文友之家）",
        "reacts": (["老周写材料", "南湖小秘"], 9),
        "views": "864", "replies": 2, "last": ("2025-05-11", "09:40", "南湖小秘"),
        "page1": [
            (60240, "老周写材料", "2025-05-10", "22:03", "quote", "一片好茶，需要好山好水滋养，也需要八方宾朋共同培育。", "这句收得好，致辞就是要有点文气。", (["茶山闲人"], 1)),
            (60255, "南湖小秘", "2025-05-11", "09:40", None, None, "三点邀请的结构可以学，投资、合作、走走看看，层层递进。", None),
        ],
        "page2": [],
    },
]


def breadcrumbs(items):
    lis = []
    for i, (href, name) in enumerate(items, 1):
        lis.append(f"""			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
				<a href="{href}" itemprop="item">
					<span itemprop="name">{name}</span>
				</a>
				<meta itemprop="position" content="{i}" />
			</li>""")
    return ('		<ul class="p-breadcrumbs "\n			itemscope itemtype="https://schema.org/BreadcrumbList">\n'
            + "\n".join(lis) + "\n		</ul>")


def page_nav(base, n, count):
    if count == 1:
        return ""
    lis = []
    for i in range(1, count + 1):
        href = base if i == 1 else f"{base}page-{i}"
        cur = " pageNav-page--current " if i == n else " "
        lis.append(f'			<li class="pageNav-page{cur}"><a href="{href}">{i}</a></li>')
    prev = ""
    nxt = ""
    if n > 1:
        prev = f'\n		<a href="{base if n == 2 else f"{base}page-{n - 1}"}" class="pageNav-jump pageNav-jump--prev">上一页</a>'
    if n < count:
        nxt = f'\n		<a href="{base}page-{n + 1}" class="pageNav-jump pageNav-jump--next">下一页</a>'
    return f"""<nav class="pageNavWrapper pageNavWrapper--mixed ">
	<div class="pageNav  ">{prev}
		<ul class="pageNav-main">
{chr(10).join(lis)}
		</ul>{nxt}
	</div>
	<div class="pageNavSimple">
		<a class="pageNavSimple-el pageNavSimple-el--current" data-xf-init="tooltip" title="转到页面" data-xf-click="menu" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">{n} / {count}</a>
	</div>
</nav>"""


AD = """
<div class="samCodeUnit" data-position="post_below_container_first">
	<div class="samItem">
		<a href="http://www.bigong-peixun.test/?from=wenyou" target="_blank" rel="nofollow sponsored"><img src="/data/siropu/am/user/ad_gongwen_728.jpg" alt="公文写作训练营：七天写好一篇领导讲话" width="728" height="90" /></a>
	</div>
</div>
"""


def thread_page(th, n, count):
    base = f"/threads/{th['slug']}/"
    self_url = base if n == 1 else f"{base}page-{n}"
    sp = th["speech"]
    arts = []
    pos = 1
    if n == 1:
        body = speech_body(sp, th["intro"], th["outro"])
        arts.append(post(base, th["pid"], 1, th["author"], th["date"], th["hm"], body,
                         edited=th["edited"], reacts=th["reacts"]))
        arts.append(AD)
        replies = th["page1"]
        pos = 2
    else:
        replies = th["page2"]
        pos = 2 + len(th["page1"]) + 16
    for pid, who, d, hm, kind, qtext, text, reacts in replies:
        body = (quote(th["author"], th["pid"], qtext) + "\n" + text) if kind == "quote" else text
        arts.append(post(base, pid, pos, who, d, hm, body, reacts=reacts))
        pos += 1
    nav = page_nav(base, n, count)
    prefix, pcls, pid_ = th["prefix"]
    header = f"""				<div class="p-body-header">
					<div class="p-title ">
						<h1 class="p-title-value"><span class="label {pcls}" dir="auto">{prefix}</span><span class="label-append">&nbsp;</span>{th['subject']}</h1>
					</div>
					<div class="p-description">
						<ul class="listInline listInline--bullet">
							<li>
								<i class="fa--xf far fa-user" aria-hidden="true" title="主题发起人"></i>
								<span class="u-srOnly">主题发起人</span>
								{user_link(th['author'], 'username  u-concealed')}
							</li>
							<li>
								<i class="fa--xf far fa-clock" aria-hidden="true" title="开始日期"></i>
								<span class="u-srOnly">开始日期</span>
								<a href="{base}" class="u-concealed">{time_tag(th['date'], th['hm'])}</a>
							</li>
						</ul>
					</div>
				</div>"""
    similar = """
<div class="block"  data-widget-id="21" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
	<div class="block-container">
		<h3 class="block-header">类似主题</h3>
		<div class="block-body">
			<div class="structItemContainer">
				<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-3977" data-author="南湖小秘">
					<div class="structItem-cell structItem-cell--main">
						<div class="structItem-title"><a href="/threads/3977/" class="" data-tp-primary="on">街道党工委书记在社区治理工作会上的讲话（附下载）</a></div>
						<div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/3318/" class="username " dir="auto" data-user-id="3318">南湖小秘</a></li><li class="structItem-startDate"><time  class="u-dt" dir="auto" datetime="2025-02-11T10:02:00+0800" data-date-string="2025-02-11" data-time-string="10:02" title="2025-02-11 10:02">2025-02-11</time></li></ul></div>
					</div>
					<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>回复</dt><dd>7</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>查看</dt><dd>903</dd></dl></div>
				</div>
				<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-4051" data-author="秘书长不秘">
					<div class="structItem-cell structItem-cell--main">
						<div class="structItem-title"><a href="/threads/4051/" class="" data-tp-primary="on">老旧小区改造推进会主持词，求大神帮改改</a></div>
						<div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/4102/" class="username " dir="auto" data-user-id="4102">秘书长不秘</a></li><li class="structItem-startDate"><time  class="u-dt" dir="auto" datetime="2025-03-02T22:18:00+0800" data-date-string="2025-03-02" data-time-string="22:18" title="2025-03-02 22:18">2025-03-02</time></li></ul></div>
					</div>
					<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>回复</dt><dd>12</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>查看</dt><dd>1K</dd></dl></div>
				</div>
			</div>
		</div>
	</div>
</div>"""
    share = f"""
<div class="blockMessage blockMessage--none">
	<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image="">
		<span class="shareButtons-label">分享：</span>
		<div class="shareButtons-buttons">
			<a class="shareButtons-button shareButtons-button--brand shareButtons-button--weibo" data-href="https://service.weibo.com/share/share.php?url={{url}}&amp;title={{title}}"><i aria-hidden="true"></i><span>微博</span></a>
			<a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" data-href="https://twitter.com/intent/tweet?url={{url}}&amp;text={{title}}"><i aria-hidden="true"></i><span>Twitter</span></a>
			<a class="shareButtons-button shareButtons-button--email" data-href="mailto:?subject={{emailSubject}}&amp;body={{emailBody}}"><i aria-hidden="true"></i><span>电子邮件</span></a>
			<a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share" data-title="" data-text="" data-url="" data-hide=".shareButtons-button:not(.shareButtons-button--share)"><i aria-hidden="true"></i><span>分享</span></a>
			<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{{url}}"><i aria-hidden="true"></i><span>链接</span></a>
		</div>
	</div>
</div>"""
    body = f"""
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<span class="u-anchorTarget" id="posts"></span>
	<div class="block-outer"><div class="block-outer-main">{nav}</div></div>
	<div class="block-outer js-threadStatusField"></div>
	<div class="block-container lbContainer"
		data-xf-init="lightbox select-to-quote"
		data-message-selector=".js-post"
		data-lb-id="thread-{th['tid']}"
		data-lb-universal="0">
		<div class="block-body js-replyNewMessageContainer">
{''.join(arts)}
		</div>
	</div>
	<div class="block-outer block-outer--after">
		{nav}
		<div class="block-outer-opposite">
			<a href="/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">
				您必须登录或注册才能回复。
			</span></a>
		</div>
	</div>
</div>
{similar}
{share}"""
    crumbs = breadcrumbs([("/", "论坛"), ("/#wenyuan.1", "文稿园地"), ("/forums/jianghua/", "讲话稿·发言稿")])
    desc = (sp.paras[0] + sp.paras[1])[:150] if n == 1 else f"{th['subject']} - 第 {n} 页"
    links = []
    if n < count:
        links.append(f'	<link rel="next" href="{base}page-{n + 1}" />')
    if n > 1:
        links.append(f'	<link rel="prev" href="{base}" />')
    ld = ""
    if n == 1:
        ld = f"""	<script type="application/ld+json">
	{{
		"@context": "https://schema.org",
		"@type": "DiscussionForumPosting",
		"@id": "http://bbs.wenyou-xf.test{base}",
		"headline": "{th['subject']}",
		"articleBody": "{desc}",
		"articleSection": "讲话稿·发言稿",
		"author": {{"@type": "Person", "name": "{th['author']}"}},
		"datePublished": "{th['date']}T{th['hm']}:00+08:00",
		"dateModified": "{th['last'][0]}T{th['last'][1]}:00+08:00",
		"interactionStatistic": {{"@type": "InteractionCounter", "interactionType": "https://schema.org/ReplyAction", "userInteractionCount": {th['replies']}}}
	}}
	</script>"""
    title = th["subject"] if n == 1 else f"{th['subject']} | 第 {n} 页"
    return render(
        HEAD, TEMPLATE="thread_view", CKEY="node-5", CONTENTKEY=f"thread-{th['tid']}",
        TITLE=f"讲话稿 - {title} | 文友之家", DESC=desc, SELF=self_url,
        EXTRAHEAD="\n".join(links), OGTITLE=th["subject"], LDJSON=ld,
        BREADCRUMBS=crumbs, HEADER=header, BODY=body,
    )


OTHER = [
    (4377, "基层小李", "求一篇“四下基层”动员会主持词", "求助", "label--orange", "2025-05-06", 5, "317", ("2025-05-07", "11:20", "南湖小秘")),
    (4290, "秘书长不秘", "年中总结怎么写出亮点？分享几个小技巧", "经验", "label--primary", "2025-04-20", 18, "1K", ("2025-04-22", "15:37", "老周写材料")),
    (4101, "南湖小秘", "在全市安全生产工作会议上的讲话（市长，全文）", "讲话稿", "label--blue", "2025-03-18", 9, "1K", ("2025-03-20", "08:02", "基层小李")),
    (3990, "老周写材料", "开门红动员大会表态发言三篇，供参考", "发言稿", "label--green", "2025-02-13", 14, "3K", ("2025-02-20", "17:44", "秘书长不秘")),
]


def struct_item(tid, href, author, title, prefix, pcls, date, replies, views, last, jump=""):
    uid = USERS[author][0]
    return f"""
<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{tid}" data-author="{author}">
	<div class="structItem-cell structItem-cell--icon">
		<div class="structItem-iconContainer">
			<a href="/members/{uid}/" class="avatar avatar--s" data-user-id="{uid}" data-xf-init="member-tooltip">
				<img src="/data/avatars/s/{uid // 1000}/{uid}.jpg?1650011223" srcset="/data/avatars/m/{uid // 1000}/{uid}.jpg?1650011223 2x" alt="{author}" class="avatar-u{uid}-s" width="48" height="48" loading="lazy" /> 
			</a>
		</div>
	</div>
	<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
		<div class="structItem-title">
			<a href="/forums/jianghua/?prefix_id=2" class="labelLink" rel="nofollow"><span class="label {pcls}" dir="auto">{prefix}</span></a>
			<a href="{href}" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="/threads/{tid}/preview">{title}</a>
		</div>
		<div class="structItem-minor">
			<ul class="structItem-parts">
				<li>{user_link(author)}</li>
				<li class="structItem-startDate"><a href="{href}" rel="nofollow">{time_tag(date, "00:00")}</a></li>
			</ul>{jump}
		</div>
	</div>
	<div class="structItem-cell structItem-cell--meta" title="第一条消息反应分数: 0">
		<dl class="pairs pairs--justified"><dt>回复</dt><dd>{replies}</dd></dl>
		<dl class="pairs pairs--justified structItem-minor"><dt>查看</dt><dd>{views}</dd></dl>
	</div>
	<div class="structItem-cell structItem-cell--latest">
		<a href="{href}latest" rel="nofollow">{time_tag(last[0], last[1])}</a>
		<div class="structItem-minor">{user_link(last[2])}</div>
	</div>
	<div class="structItem-cell structItem-cell--icon structItem-cell--iconEnd">
		<div class="structItem-iconContainer">
			<a href="/members/{USERS[last[2]][0]}/" class="avatar avatar--xxs" data-user-id="{USERS[last[2]][0]}" data-xf-init="member-tooltip"><img src="/data/avatars/s/0/{USERS[last[2]][0]}.jpg" alt="{last[2]}" class="avatar-u{USERS[last[2]][0]}-s" width="48" height="48" loading="lazy" /></a>
		</div>
	</div>
</div>"""


def thread_item(th):
    base = f"/threads/{th['slug']}/"
    jump = ""
    if th["page2"]:
        jump = f"""
			<span class="structItem-pageJump">
				<a href="{base}page-2">2</a>
			</span>"""
    prefix, pcls, _ = th["prefix"]
    return struct_item(th["tid"], base, th["author"], th["subject"], prefix, pcls, th["date"],
                       th["replies"], th["views"], th["last"], jump)


def forum_page(n, items):
    base = "/forums/jianghua/"
    self_url = base if n == 1 else f"{base}page-{n}"
    nav = page_nav(base, n, 2)
    header = """				<div class="p-body-header">
					<div class="p-title ">
						<h1 class="p-title-value">讲话稿·发言稿</h1>
						<div class="p-title-pageAction"><a href="/forums/jianghua/post-thread" class="button--cta button button--icon button--icon--write" data-xf-click="prefix-grabber" data-prefix-element=".js-prefixSelect" data-title-element=".js-titleInput" rel="nofollow"><span class="button-text">发表主题</span></a></div>
					</div>
					<div class="p-description">各类会议讲话、表态发言、致辞的分享与交流。转载请注明出处。</div>
				</div>"""
    body = f"""
<div class="block block--forumNode" data-xf-init="inline-mod" data-type="thread" data-href="/inline-mod/">
	<div class="block-outer">{nav}
		<div class="block-outer-opposite">
			<div class="buttonGroup">
				<a href="/watched/forums" class="button--link button" data-xf-click="overlay" rel="nofollow"><span class="button-text">关注</span></a>
			</div>
		</div>
	</div>
	<div class="block-container">
		<div class="block-filterBar">
			<div class="filterBar">
				<a class="filterBar-menuTrigger" data-xf-click="menu" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">过滤器</a>
			</div>
		</div>
		<div class="block-body">
			<div class="structItemContainer">
				<div class="structItemContainer-group js-threadList">{''.join(items)}
				</div>
			</div>
		</div>
	</div>
	<div class="block-outer block-outer--after">{nav}
		<div class="block-outer-opposite">
			<a href="/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">您必须登录或注册才能在这里发帖。</span></a>
		</div>
	</div>
</div>"""
    links = f'	<link rel="next" href="{base}page-2" />' if n == 1 else f'	<link rel="prev" href="{base}" />'
    return render(
        HEAD, TEMPLATE="forum_view", CKEY="node-5", CONTENTKEY="", SELF=self_url,
        TITLE="讲话稿·发言稿 | 文友之家" if n == 1 else "讲话稿·发言稿 | 第 2 页 | 文友之家",
        DESC="各类会议讲话、表态发言、致辞的分享与交流。转载请注明出处。", EXTRAHEAD=links,
        OGTITLE="讲话稿·发言稿", LDJSON="", HEADER=header, BODY=body,
        BREADCRUMBS=breadcrumbs([("/", "论坛"), ("/#wenyuan.1", "文稿园地")]),
    )


def index_page():
    th = THREADS[1]
    body = f"""
<div class="block block--category block--category1">
	<span class="u-anchorTarget" id="wenyuan.1"></span>
	<div class="block-container">
		<h2 class="block-header">
			<a href="/#wenyuan.1">文稿园地</a>
			<span class="block-desc">原创文稿交流，拒绝伸手党</span>
		</h2>
		<div class="block-body">
			<div class="node node--id5 node--depth2 node--forum node--read">
				<div class="node-body">
					<span class="node-icon" aria-hidden="true"><i class="fa--xf far fa-comments" aria-hidden="true"></i></span>
					<div class="node-main js-nodeMain">
						<h3 class="node-title"><a href="/forums/jianghua/" data-xf-init="element-tooltip" data-shortcut="node-description">讲话稿·发言稿</a></h3>
						<div class="node-description node-description--tooltip js-nodeDescTooltip">各类会议讲话、表态发言、致辞的分享与交流。转载请注明出处。</div>
						<div class="node-meta">
							<div class="node-statsMeta">
								<dl class="pairs pairs--inline"><dt>主题</dt><dd>1.6K</dd></dl>
								<dl class="pairs pairs--inline"><dt>消息</dt><dd>14.2K</dd></dl>
							</div>
						</div>
					</div>
					<div class="node-stats"><dl class="pairs pairs--rows"><dt>主题</dt><dd>1.6K</dd></dl><dl class="pairs pairs--rows"><dt>消息</dt><dd>14.2K</dd></dl></div>
					<div class="node-extra">
						<div class="node-extra-icon">{user_link(th['last'][2], 'avatar avatar--xs')}</div>
						<div class="node-extra-row"><a href="/threads/{th['slug']}/post-60255" class="node-extra-title" title="{th['subject']}">{th['subject']}</a></div>
						<div class="node-extra-row">
							<ul class="listInline listInline--bullet">
								<li>{time_tag(th['last'][0], th['last'][1])}</li>
								<li class="node-extra-user">{user_link(th['last'][2])}</li>
							</ul>
						</div>
					</div>
				</div>
			</div>
			<div class="node node--id6 node--depth2 node--forum node--read">
				<div class="node-body">
					<span class="node-icon" aria-hidden="true"><i class="fa--xf far fa-comments" aria-hidden="true"></i></span>
					<div class="node-main js-nodeMain">
						<h3 class="node-title"><a href="/forums/dayi/" data-xf-init="element-tooltip" data-shortcut="node-description">写作答疑</a></h3>
						<div class="node-description node-description--tooltip js-nodeDescTooltip">写不下去了？来这里问问</div>
					</div>
					<div class="node-stats"><dl class="pairs pairs--rows"><dt>主题</dt><dd>2.9K</dd></dl><dl class="pairs pairs--rows"><dt>消息</dt><dd>31.5K</dd></dl></div>
				</div>
			</div>
		</div>
	</div>
</div>

<div class="block" data-widget-section="onlineNow" data-widget-id="6" data-widget-key="forum_overview_members_online" data-widget-definition="members_online">
	<div class="block-container">
		<h3 class="block-minorHeader"><a href="/online/">在线会员</a></h3>
		<div class="block-body">
			<div class="block-row block-row--minor">
				<ul class="listInline listInline--comma">
					<li>{user_link('鹿鸣')}</li><li>{user_link('老周写材料')}</li><li>{user_link('南湖小秘')}</li>
				</ul>
			</div>
		</div>
		<div class="block-footer">在线总数: 86 (会员: 5, 游客: 81)</div>
	</div>
</div>
<div class="block" data-widget-section="staffMembers" data-widget-id="7" data-widget-key="forum_overview_forum_statistics" data-widget-definition="forum_statistics">
	<div class="block-container">
		<h3 class="block-minorHeader">论坛统计</h3>
		<div class="block-body block-row">
			<dl class="pairs pairs--justified"><dt>主题</dt><dd>4,516</dd></dl>
			<dl class="pairs pairs--justified"><dt>消息</dt><dd>45,702</dd></dl>
			<dl class="pairs pairs--justified"><dt>会员</dt><dd>20,331</dd></dl>
			<dl class="pairs pairs--justified"><dt>最新会员</dt><dd><a href="/members/20331/" class="username " dir="auto" data-user-id="20331" data-xf-init="member-tooltip">写作小白2025</a></dd></dl>
		</div>
	</div>
</div>"""
    header = """				<div class="p-body-header">
					<div class="p-title "><h1 class="p-title-value">文友之家</h1></div>
					<div class="p-description">笔耕不辍，以文会友</div>
				</div>"""
    return render(
        HEAD, TEMPLATE="forum_list", CKEY="", CONTENTKEY="", SELF="/",
        TITLE="文友之家 | 笔耕不辍，以文会友", DESC="文友之家：机关、企事业单位文字工作者交流讲话稿、发言稿、公文写作经验的论坛。",
        EXTRAHEAD="", OGTITLE="文友之家", LDJSON="", HEADER=header, BODY=body, BREADCRUMBS="",
    )


def build() -> Family:
    fam = Family(HOST, "XenForo 2.2 forum with the 简体中文 language pack (friendly URLs, threads/slug.N/page-2, bbWrapper posts, reactions, quotes, signatures)",
                 extensionless_html=True)
    for th in THREADS:
        base = f"/threads/{th['slug']}/"
        count = 2 if th["page2"] else 1
        fam.put(base, thread_page(th, 1, count))
        if count == 2:
            fam.put(f"{base}page-2", thread_page(th, 2, 2))
            fam.not_documents.append(f"{base}page-2")
        fam.doc([base], th["speech"], title=th["subject"], published_at=th["date"])
    t1, t2 = THREADS
    o = OTHER
    p1 = [thread_item(t2)] + [struct_item(x[0], f"/threads/{x[0]}/", *x[1:]) for x in o[:2]] + [thread_item(t1)]
    p2 = [struct_item(x[0], f"/threads/{x[0]}/", *x[1:]) for x in o[2:]]
    fam.put("/forums/jianghua/", forum_page(1, p1))
    fam.put("/forums/jianghua/page-2", forum_page(2, p2))
    fam.put("/", index_page())
    fam.not_documents += ["/", "/forums/jianghua/", "/forums/jianghua/page-2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /account/\nDisallow: /admin.php\nDisallow: /attachments/\nDisallow: /goto/\nDisallow: /login/\nDisallow: /members/\nDisallow: /posts/\nDisallow: /search/\nDisallow: /whats-new/\nAllow: /\n")
    fam.noise += [
        "前几天区里开的会，领导讲话按录音整理了一下",
        "根据现场录音整理，未经本人审阅",
        "昨天茶博会开幕，县长的致辞写得挺有味道",
        "稿件来自大会会务组，转载请注明文友之家",
        "最后编辑：",
        "材料是跑出来的，不是坐出来的。",
        "欢迎转载，注明出处即可",
        "一杯清茶，半卷闲书。",
        "笔下有乾坤，案头无小事。",
        "老周写材料说：",
        "茶山闲人说：",
        "点击展开...",
        "反应：",
        "和 另外 23 人",
        "反应分数",
        "主题发起人",
        "公文写作训练营：七天写好一篇领导讲话",
        "六条里面最实的是考评这一条",
        "先收藏了，谢谢老周",
        "这句收得好，致辞就是要有点文气。",
        "类似主题",
        "分享：",
        "您必须登录或注册才能回复。",
        "游客您好，注册后可以发帖、回复和下载附件。",
        "Community platform by XenForo",
        "浙ICP备19033817号-2",
    ]
    return fam
