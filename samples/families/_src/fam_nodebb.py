"""A Chinese NodeBB forum (公文笔友会) on NodeBB 2.x with the Persona theme, as it is server-rendered for a
crawler: topics at `/topic/<tid>/<slug>` (extensionless) with `<ul component="topic" class="posts">` and one
`<li component="post" data-index="N" data-pid=… data-uid=…>` per post, the post header (`<strong><a
href="/user/…">name</a></strong>`, `<a class="permalink" href="/post/PID"><span class="timeago"
title="ISO">`), `<div class="content" component="post/content" itemprop="text">`, signature, vote/tool bars;
`component="pagination"` pager with relative `?page=2` (replies, not documents); `/category/5/<slug>`
listings (`?page=2`) and `/recent`; the `<script id="ajaxify-data" type="application/json">` template data
(posts' `content` again) at the end of the body. The first post is the speech after the member's own one-line
note; replies are not documents."""

import html
import json

from common import SPEECHES, Family

HOST = "bbs.nodebb-wenmi.test"
BASE = f"http://{HOST}"
SITE = "公文笔友会"
REV = "6b3c1f0e2a4"

USERS = {
    2: ("laozhou", "老周写材料"),
    7: ("jiedao-xm", "街道小马"),
    11: ("wenmi-ah", "文秘阿花"),
    15: ("shequ-lq", "社区老秦"),
    19: ("xinbing2023", "新兵蛋子"),
    24: ("yinmo", "银墨"),
}
CAT = (5, "jiang-hua-gao-fen-xiang", "讲话稿分享", "领导讲话、致辞、发言稿，欢迎分享交流")

T1 = (1123, "zai-quan-qu-wu-ye-fu-wu-zhi-liang-ti-sheng-tui-jin-hui-shang-de-jiang-hua")
T2 = (1141, "zai-she-qu-qing-shao-nian-shu-qi-tuo-guan-ban-kai-ban-yi-shi-shang-de-zhi-ci")
TQ = (1137, "qiu-zhu-zhi-ci-kai-tou-zen-me-xie-bu-su-tao")

REPLIES1 = [
    (11, "物业这块确实是投诉大户，讲话里的数据很有说服力。"),
    (19, "请问“三方联动”机制具体怎么运转？有没有配套文件？"),
    (15, "@新兵蛋子 我们社区就是这么做的，每月一次联席会，物业经理必须到场。"),
    (24, "“三公开”写得好，我们街道正准备推。"),
    (2, "结构很规整，问题、责任、方法三段式，新手可以照着学。"),
    (11, "第一部分把诉求分成四类，这个归纳功夫值得学。"),
    (19, "收藏了，谢谢楼主。"),
    (24, "红色物业那段可以再具体点，加个试点小区的例子会更好。"),
    (15, "老旧小区“先尝后买”这个提法第一次见，学习了。"),
    (2, "这类讲话最后一般还要讲讲纪律要求，这篇没讲，也挺好，简洁。"),
    (11, "顶，期待更多分享。"),
    (19, "请问楼主，十二三四五热线这种写法是故意的吗？"),
    (7, "@新兵蛋子 原稿就是这么写的，念的时候是按热线号码念。"),
    (24, "第三方测评那句是点睛之笔，考核抓手有了。"),
    (15, "我们区去年也开过类似的会，讲话稿没这个扎实。"),
    (2, "mark一下。"),
    (11, "转给办公室的同事学习了。"),
    (19, "新人表示受益匪浅。"),
    (24, "希望版主加精。"),
    (2, "已加精。"),
    (15, "楼主辛苦了，整理不易。"),
    (11, "期待楼主下次分享街道工作会议的讲话。"),
]
REPLIES2 = [
    (11, "致辞写得很有温度，那个夜班妈妈的例子特别打动人。"),
    (24, "“三件事”收尾适合孩子听，借鉴了。"),
    (2, "社区致辞就该这样，少讲大道理，多讲实事。"),
]
REPLIESQ = [
    (2, "别一上来就“金秋送爽、丹桂飘香”，直接从今天这件事为什么重要讲起。"),
    (24, "可以用一个小故事或者一组数字开头，比季节描写实在。"),
]

OTHERS = [
    (1152, "jie-dao-gong-zuo-hui-yi-zhu-chi-ci", "街道年中工作会议主持词（附议程）", 9, 412),
    (1149, "dang-ke-jiang-gao-ru-he-jie-di-qi", "党课讲稿如何接地气？说说我的三点体会", 14, 655),
    (1146, "biao-zhang-hui-huo-jiang-dai-biao-fa-yan", "表彰会获奖代表发言稿，三分钟版", 6, 388),
    (1141, T2[1], SPEECHES["nodebb-2"].title, 4, 503),
    (1137, TQ[1], "求助：致辞开头怎么写不俗套", 3, 276),
    (1133, "xiang-zhen-qi-ye-zuo-tan-hui-fa-yan", "乡镇企业座谈会上的发言，供参考", 8, 590),
    (1128, "xin-nian-lao-dong-jie-zhi-ci", "劳动节慰问一线职工的致辞", 5, 331),
    (1123, T1[1], SPEECHES["nodebb-1"].title, 23, 1862),
    (1119, "jiang-hua-gao-zhong-de-shu-zi-zen-me-yong", "讲话稿中的数字怎么用才不枯燥", 17, 940),
    (1116, "kai-xue-dian-li-xiao-zhang-zhi-ci", "开学典礼校长致辞（小学版）", 7, 822),
    (1112, "fang-xun-gong-zuo-hui-yi-jiang-hua", "防汛工作会议讲话的几个固定板块", 11, 703),
    (1108, "zhu-chi-ci-chuan-ci-ji-jin", "主持词串词集锦（会议类）", 21, 1534),
    # page 2
    (1101, "nian-zhong-zong-jie-hui-jiang-hua", "年终总结会讲话提纲分享", 12, 977),
    (1097, "xin-ren-wen-mi-xie-zuo-jing-yan", "新任文秘写作经验，写给刚入职的你", 26, 2041),
    (1090, "qiu-ji-yun-dong-hui-kai-mu-zhi-ci", "秋季运动会开幕致辞", 4, 467),
]
PAGE1, PAGE2 = OTHERS[:12], OTHERS[12:]


def iso(day, hh, mm, ss):
    return f"{day}T{hh:02d}:{mm:02d}:{ss:02d}.000Z"


def ms(iso_text):
    from datetime import datetime

    return int(datetime.strptime(iso_text, "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=__import__("datetime").timezone.utc).timestamp() * 1000)


CONFIG = {
    "relative_path": "",
    "upload_url": "/assets/uploads",
    "asset_base_url": "/assets",
    "assetBaseUrl": "/assets",
    "siteTitle": SITE,
    "browserTitle": SITE,
    "titleLayout": "&#123;pageTitle&#125; | &#123;browserTitle&#125;",
    "showSiteTitle": True,
    "maintenanceMode": False,
    "postQueue": 0,
    "minimumTitleLength": 3,
    "maximumTitleLength": 255,
    "minimumPostLength": 8,
    "maximumPostLength": 32767,
    "minimumTagsPerTopic": 0,
    "maximumTagsPerTopic": 5,
    "useOutgoingLinksPage": False,
    "allowGuestHandles": False,
    "allowTopicsThumbnail": False,
    "usePagination": True,
    "disableChat": False,
    "disableChatMessageEditing": False,
    "maximumChatMessageLength": 1000,
    "socketioTransports": ["polling", "websocket"],
    "socketioOrigins": f"{BASE}:*",
    "websocketAddress": "",
    "maxReconnectionAttempts": 5,
    "reconnectionDelay": 1500,
    "topicsPerPage": 20,
    "postsPerPage": 20,
    "maximumFileSize": 2048,
    "theme:id": "nodebb-theme-persona",
    "theme:src": "",
    "defaultLang": "zh-CN",
    "userLang": "zh-CN",
    "loggedIn": False,
    "uid": -1,
    "cache-buster": f"v={REV}",
    "topicPostSort": "oldest_to_newest",
    "categoryTopicSort": "newest_to_oldest",
    "csrf_token": False,
    "searchEnabled": True,
    "searchDefaultInQuick": "titles",
    "bootswatchSkin": "",
    "enablePostHistory": True,
    "timeagoCutoff": 30,
    "timeagoCodes": ["zh-CN"],
    "cookies": {"enabled": False, "message": "[[global:cookies.message]]", "dismiss": "[[global:cookies.accept]]", "link": "[[global:cookies.learn_more]]", "link_url": "https:&#x2F;&#x2F;www.cookiesandyou.com"},
    "thumbs": {"size": 512},
    "iconBackgrounds": ["#f44336", "#e91e63", "#9c27b0", "#673ab7", "#3f51b5", "#2196f3", "#009688", "#1b5e20", "#33691e", "#827717", "#e65100", "#ff5722", "#795548", "#607d8b"],
    "emailPrompt": 1,
    "useragent": {"isYaBrowser": False, "browser": "unknown", "version": "unknown", "isSafari": False},
    "fontawesome": {"pro": False, "styles": ["solid", "brands", "regular"], "version": "6.4.0"},
    "acpLang": "zh-CN",
    "topicSearchEnabled": False,
    "composer-default": {},
    "markdown": {"highlight": 1, "highlightLinesLanguageList": [], "hljsLanguages": ["common"], "theme": "default.css", "defaultHighlightLanguage": "", "externalMark": False},
    "emojiCustomFirst": False,
    "spam-be-gone": {},
}


def tojson(data) -> str:
    # res.locals.config / templateData as NodeBB prints them: JSON.stringify with `</` guarded
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


CONFIG_JS = tojson(CONFIG).replace("'", "\\'")


def avatar(uid, size="sm"):
    username, name = USERS[uid]
    colors = CONFIG["iconBackgrounds"]
    return (
        f'<span title="{name}" data-uid="{uid}" class="avatar avatar-{size} avatar-rounded" component="user/picture" '
        f'style="background-color: {colors[uid % len(colors)]};">{name[0]}</span>'
    )


def shell(title, body_class, content, template_data, *, canonical, description, extra_head="", og_type="website"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN" data-dir="ltr" style="direction: ltr;"  >
<head>
	<title>{html.escape(title)}</title>
	<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
	<meta name="content-type" content="text/html; charset=UTF-8" />
	<meta name="apple-mobile-web-app-capable" content="yes" />
	<meta name="mobile-web-app-capable" content="yes" />
	<meta property="og:site_name" content="{SITE}" />
	<meta name="msapplication-badge" content="frequency=30; polling-uri={BASE}/sitemap.xml" />
	<meta name="theme-color" content="#ffffff" />
	<meta name="keywords" content="讲话稿,发言稿,致辞,公文写作,材料" />
	<meta name="msapplication-square150x150logo" content="/assets/logo.png" />
	<meta name="title" content="{html.escape(title)}" />
	<meta name="description" content="{html.escape(description)}" />
	<meta property="og:title" content="{html.escape(title)}" />
	<meta property="og:description" content="{html.escape(description)}" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:image" content="{BASE}/assets/uploads/system/og-image.png" />
	<meta property="og:image:url" content="{BASE}/assets/uploads/system/og-image.png" />
	<meta property="og:image:width" content="200" />
	<meta property="og:image:height" content="200" />
	<meta property="og:url" content="{canonical}" />
{extra_head}
	<link rel="stylesheet" type="text/css" href="/assets/client.css?v={REV}" />
	<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={REV}" />
	<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
	<link rel="search" type="application/opensearchdescription+xml" title="{SITE}" href="/osd.xml" />
	<link rel="apple-touch-icon" href="/assets/images/touch/512.png" />
	<link rel="prefetch" href="/assets/src/modules/composer.js?v={REV}" />
	<link rel="prefetch" href="/assets/language/zh-CN/global.json?v={REV}" />
	<link rel="prefetch" href="/assets/language/zh-CN/topic.json?v={REV}" />
	<link rel="canonical" href="{canonical}" />

	<script>
		var config = JSON.parse('{CONFIG_JS}');
		var app = {{
			user: JSON.parse('{{"uid":-1,"username":"游客","displayname":"游客","userslug":"","fullname":"游客","email":"","icon:text":"?","icon:bgColor":"#aaa","groupTitle":"","groupTitleArray":[],"status":"offline","reputation":0,"email:confirmed":false,"unreadData":{{"":{{}},"new":{{}},"watched":{{}},"unreplied":{{}}}},"isAdmin":false,"isGlobalMod":false,"isMod":false,"privileges":{{"chat":false,"upload:post:image":false,"upload:post:file":false,"signature":false,"invite":false,"group:create":false,"search:content":true,"search:users":false,"search:tags":true,"view:users":true,"view:tags":true,"view:groups":true,"local:login":false,"ban":false,"mute":false,"view:users:info":false}},"blocks":[],"timeagoCode":"zh-CN","offline":true,"lastRoomId":null,"isEmailConfirmSent":false}}')
		}};
		document.documentElement.style.setProperty('--panel-offset', `${{localStorage.getItem('panelOffset') || 0}}px`);
	</script>

</head>

<body class="{body_class} skin-noskin">
	<nav id="menu" class="slideout-menu hidden">
		<section class="menu-section" data-section="navigation">
			<ul class="menu-section-list"></ul>
		</section>
	</nav>
	<nav id="chats-menu" class="slideout-menu hidden">
	</nav>

	<main id="panel" class="slideout-panel">
		<nav class="navbar sticky-top navbar-expand-lg bg-light header border-bottom py-0" id="header-menu" component="navbar">
			<div class="container-lg justify-content-start flex-nowrap">
							<div class="d-flex align-items-center me-auto" style="min-width: 0px;">
				<button type="button" class="navbar-toggler border-0" id="mobile-menu">
					<i class="fa fa-lg fa-fw fa-bars unread-count" ></i>
					<span component="unread/icon" class="notification-icon fa fa-fw fa-book unread-count" data-content="0" data-unread-url="/unread"></span>
				</button>
				<div class="d-inline-flex align-items-center" style="min-width: 0px;">
					<a class="navbar-brand" href="/">
						<img alt="{SITE}" class=" forum-logo d-inline-block align-text-bottom" src="/assets/uploads/system/site-logo.png?v={REV}" />
					</a>
					<a class="navbar-brand text-truncate" href="/">
						<h1 class="fs-6 fw-bold text-truncate mb-0">{SITE}</h1>
					</a>
				</div>
			</div>

			<div component="navbar/title" class="visible-xs hidden">
				<span></span>
			</div>

			<div id="nav-dropdown" class="collapse navbar-collapse d-none d-lg-block">
				<ul id="main-nav" class="navbar-nav me-auto mb-2 mb-lg-0">
					<li class="nav-item " title="分类">
						<a class="nav-link navigation-link " href="&#x2F;categories" >
							<i class="fa fa-fw fa-list" data-content=""></i>
							<span class="visible-xs-inline">分类</span>
						</a>
					</li>
					<li class="nav-item " title="最新">
						<a class="nav-link navigation-link " href="&#x2F;recent" >
							<i class="fa fa-fw fa-clock-o" data-content=""></i>
							<span class="visible-xs-inline">最新</span>
						</a>
					</li>
					<li class="nav-item " title="标签">
						<a class="nav-link navigation-link " href="&#x2F;tags" >
							<i class="fa fa-fw fa-tags" data-content=""></i>
							<span class="visible-xs-inline">标签</span>
						</a>
					</li>
					<li class="nav-item " title="热门">
						<a class="nav-link navigation-link " href="&#x2F;popular" >
							<i class="fa fa-fw fa-fire" data-content=""></i>
							<span class="visible-xs-inline">热门</span>
						</a>
					</li>
				</ul>
				<ul class="navbar-nav mb-2 mb-lg-0 hidden-xs">
					<li class="nav-item">
						<a href="#" id="reconnect" class="nav-link hide" title="Connection to {SITE} has been lost, attempting to reconnect...">
							<i class="fa fa-check"></i>
						</a>
					</li>
				</ul>
				<ul id="logged-out-menu" class="navbar-nav me-0 mb-2 mb-lg-0 align-items-center">
					<li class="nav-item">
						<a class="nav-link" href="/register">
							<i class="fa fa-pencil fa-fw d-inline-block d-sm-none"></i>
							<span>注册</span>
						</a>
					</li>
					<li class="nav-item">
						<a class="nav-link" href="/login">
							<i class="fa fa-sign-in fa-fw d-inline-block d-sm-none"></i>
							<span>登录</span>
						</a>
					</li>
				</ul>
			</div>
			</div>
		</nav>
		<div class="container-lg pt-3" id="content">
		<noscript>
		<div class="alert alert-danger">
			<p>
				您的浏览器不支持 JavaScript。这可能导致您在此网站上的体验不佳。
			</p>
			<p>
				请升级到一个支持 JavaScript 的浏览器，或者在浏览器设置中启用 JavaScript。
			</p>
		</div>
	</noscript>
{content}
		</div><!-- /.container#content -->
	</main>

	<div class="topic-search hidden">
		<div class="btn-group">
			<button type="button" class="btn btn-default count"></button>
			<button type="button" class="btn btn-default prev"><i class="fa fa-fw fa-angle-up"></i></button>
			<button type="button" class="btn btn-default next"><i class="fa fa-fw fa-angle-down"></i></button>
		</div>
	</div>

	<div component="toaster/tray" class="alert-window">
		<div id="reconnect-alert" class="alert alert-dismissable alert-warning clearfix hide" component="toaster/toast">
			<button type="button" class="close" data-dismiss="alert" aria-hidden="true">&times;</button>
			<p>正在重新连接...</p>
		</div>
	</div>

	<div class="text-center text-muted small py-3 forum-footer">Powered by <a href="https://nodebb.org" target="_blank" rel="noopener">NodeBB</a> · {SITE} · <a href="https://beian.miit.gov.test/" target="_blank" rel="nofollow">浙ICP备20031877号-2</a></div>

	<script defer src="/assets/nodebb.min.js?v={REV}"></script>

<script>
		if (document.readyState === 'loading') {{
			document.addEventListener('DOMContentLoaded', prepareFooter);
		}} else {{
			prepareFooter();
		}}

		function prepareFooter() {{

			$(document).ready(function () {{
				app.coldLoad();
			}});
		}}
	</script>
	<script id="ajaxify-data" type="application/json">{tojson(template_data)}</script>
</body>
</html>
"""


def breadcrumbs(title=None):
    cid, slug, name, _ = CAT
    last = (
        f"""
	<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">
		<meta itemprop="position" content="3" />
		<span itemprop="name">{html.escape(title)}</span>
	</li>"""
        if title
        else ""
    )
    cat_item = (
        f"""
	<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item">
		<meta itemprop="position" content="2" />
		<a href="{BASE}/category/{cid}/{slug}" itemprop="item">
			<span itemprop="name">{name}</span>
		</a>
	</li>"""
        if title
        else f"""
	<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">
		<meta itemprop="position" content="2" />
		<span itemprop="name">{name}</span>
	</li>"""
    )
    return f"""<ol class="breadcrumb" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
	<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item">
		<meta itemprop="position" content="1" />
		<a href="{BASE}/" itemprop="item">
			<span itemprop="name">首页</span>
		</a>
	</li>{cat_item}{last}
</ol>"""


def pagination(current, count, base=""):
    if count < 2:
        return f"""<div component="pagination" class="pagination-container hidden">
	<ul class="pagination hidden-xs justify-content-center">
		<li class="page-item previous float-start disabled"><a class="page-link" href="?" data-page="1"><i class="fa fa-chevron-left"></i> </a></li>
		<li class="page-item next float-end disabled"><a class="page-link" href="?" data-page="1"><i class="fa fa-chevron-right"></i></a></li>
	</ul>
</div>"""
    prev_p, next_p = max(1, current - 1), min(count, current + 1)
    pages = "".join(
        f'\n\t\t<li class="page-item{" active" if p == current else ""}"><a class="page-link" href="{base}?page={p}" data-page="{p}">{p}</a></li>'
        for p in range(1, count + 1)
    )
    return f"""<div component="pagination" class="pagination-container">
	<ul class="pagination hidden-xs justify-content-center">
		<li class="page-item previous float-start{" disabled" if current == 1 else ""}"><a class="page-link" href="{base}?page={prev_p}" data-page="{prev_p}"><i class="fa fa-chevron-left"></i> </a></li>{pages}
		<li class="page-item next float-end{" disabled" if current == count else ""}"><a class="page-link" href="{base}?page={next_p}" data-page="{next_p}"><i class="fa fa-chevron-right"></i></a></li>
	</ul>
	<ul class="pagination hidden-sm hidden-md hidden-lg justify-content-center">
		<li class="page-item first{" disabled" if current == 1 else ""}"><a class="page-link" href="{base}?page=1" data-page="1"><i class="fa fa-fast-backward"></i> </a></li>
		<li class="page-item previous{" disabled" if current == 1 else ""}"><a class="page-link" href="{base}?page={prev_p}" data-page="{prev_p}"><i class="fa fa-chevron-left"></i> </a></li>
		<li component="pagination/select-page" class="page-item page select-page"><a class="page-link" href="#">{current} / {count}</a></li>
		<li class="page-item next{" disabled" if current == count else ""}"><a class="page-link" href="{base}?page={next_p}" data-page="{next_p}"><i class="fa fa-chevron-right"></i></a></li>
		<li class="page-item last{" disabled" if current == count else ""}"><a class="page-link" href="{base}?page={count}" data-page="{count}"><i class="fa fa-fast-forward"></i> </a></li>
	</ul>
</div>"""


def post_li(index, pid, uid, when, content, tid, slug, votes, owner_uid):
    username, name = USERS[uid]
    owner = " topic-owner-post" if uid == owner_uid else ""
    return f"""
			<li component="post" class="{owner}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="{ms(when)}" data-username="{name}" data-userslug="{username}" itemscope itemtype="http://schema.org/Comment">
				<a component="post/anchor" data-index="{index}" id="{index + 1}"></a>

				<meta itemprop="datePublished" content="{when}">
				<meta itemprop="dateModified" content="">

<div class="clearfix post-header">
	<div class="icon pull-left">
		<a href="/user/{username}">
			{avatar(uid)}
			<i component="user/status" class="fa fa-circle status offline" title="离线"></i>
		</a>
	</div>

	<small class="pull-left">
		<strong>
			<a href="/user/{username}" itemprop="author" data-username="{name}" data-uid="{uid}">{name}</a>
		</strong>

		<span class="visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block">
			<a class="permalink" href="/post/{pid}"><span class="timeago" title="{when}"></span></a>

			<i component="post/edit-indicator" class="fa fa-pencil-square edit-icon hidden"></i>

			<span data-editor="" component="post/editor" class="hidden">最后由  编辑 <span class="timeago" title=""></span></span>

		</span>
	</small>

	<span class="bookmarked"><i class="fa fa-bookmark-o"></i></span>
</div>

<br />

<div class="content" component="post/content" itemprop="text">
	{content}
</div>

<div class="post-footer">
	<div component="post/signature" data-uid="{uid}" class="post-signature">{"笔耕不辍，与君共勉。" if uid == 2 else ""}</div>

	<div class="clearfix">

	<small class="pull-right">
		<span class="post-tools">
			<a component="post/reply" href="#" class="no-select hidden">回复</a>
			<a component="post/quote" href="#" class="no-select hidden">引用</a>
		</span>

		<span class="votes">
			<a component="post/upvote" href="#" class="">
				<i class="fa fa-chevron-up"></i>
			</a>

			<span component="post/vote-count" data-votes="{votes}">{votes}</span>

			<a component="post/downvote" href="#" class="">
				<i class="fa fa-chevron-down"></i>
			</a>
		</span>

		<span component="post/tools" class="dropdown moderator-tools bottom-sheet ">
			<a href="#" data-toggle="dropdown" data-ajaxify="false"><i class="fa fa-fw fa-ellipsis-v"></i></a>
			<ul class="dropdown-menu dropdown-menu-right" role="menu"></ul>
		</span>

	</small>

	<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="threaded-replies no-select hidden">
		<span component="post/reply-count/avatars" class="avatars "></span>
		<span class="replies-count" component="post/reply-count/text" data-replies="0">1 条回复</span>
		<span class="replies-last hidden-xs">最后回复 <span class="timeago" title=""></span></span>

		<i class="fa fa-fw fa-chevron-right" component="post/replies/open"></i>
		<i class="fa fa-fw fa-chevron-down hidden" component="post/replies/close"></i>
		<i class="fa fa-fw fa-spin fa-spinner hidden" component="post/replies/loading"></i>
	</a>
	</div>

	<div component="post/replies/container"></div>
</div>
			</li>
"""


def reply_content(text):
    if text.startswith("@"):
        name, rest = text[1:].split(" ", 1)
        uid, (username, _) = next((u, v) for u, v in USERS.items() if v[1] == name)
        return f'<p><a class="plugin-mentions-user plugin-mentions-a" href="{BASE}/uid/{uid}">@{html.escape(name)}</a> {html.escape(rest, quote=False)}</p>\n'
    return f"<p>{html.escape(text, quote=False)}</p>\n"


def topic_pages(tid, slug, title, owner, created, first_html, replies, times, views):
    posts = [(owner, created, first_html, 14)] + [
        (uid, when, reply_content(text), (i * 3) % 5) for i, ((uid, text), when) in enumerate(zip(replies, times))
    ]
    chunks = [posts[i : i + 20] for i in range(0, len(posts), 20)]
    cid, cslug, cname, _ = CAT
    out = {}
    for page, chunk in enumerate(chunks, start=1):
        start = (page - 1) * 20
        lis = "".join(
            post_li(start + i, tid * 10 + start + i, uid, when, content, tid, slug, votes, owner)
            for i, (uid, when, content, votes) in enumerate(chunk)
        )
        canonical = f"{BASE}/topic/{tid}/{slug}" + (f"?page={page}" if page > 1 else "")
        tdata = {
            "tid": tid,
            "uid": owner,
            "cid": cid,
            "mainPid": tid * 10,
            "title": title,
            "slug": f"{tid}/{slug}",
            "timestamp": ms(created),
            "lastposttime": ms(posts[-1][1]),
            "postcount": len(posts),
            "viewcount": views,
            "teaserPid": tid * 10 + len(posts) - 1,
            "upvotes": 14,
            "downvotes": 0,
            "deleted": 0,
            "locked": 0,
            "pinned": 0,
            "titleRaw": title,
            "timestampISO": created,
            "lastposttimeISO": posts[-1][1],
            "votes": 14,
            "tags": [],
            "posts": [
                {
                    "pid": tid * 10 + start + i,
                    "uid": uid,
                    "tid": tid,
                    "content": content,
                    "timestamp": ms(when),
                    "votes": votes,
                    "deleted": 0,
                    "upvotes": votes,
                    "downvotes": 0,
                    "replies": {"hasMore": False, "users": [], "text": "[[topic:one_reply_to_this_post]]", "count": 0},
                    "bookmarks": 0,
                    "timestampISO": when,
                    "user": {"uid": uid, "username": USERS[uid][1], "userslug": USERS[uid][0], "reputation": 40 + uid, "postcount": 100 + uid * 7, "picture": None, "signature": "", "banned": 0, "status": "offline", "displayname": USERS[uid][1], "icon:text": USERS[uid][1][0], "icon:bgColor": CONFIG["iconBackgrounds"][uid % 14], "banned_until_readable": "Not Banned", "selectedGroups": [], "custom_profile_info": []},
                    "editor": None,
                    "bookmarked": False,
                    "upvoted": False,
                    "downvoted": False,
                    "selfPost": False,
                    "index": start + i,
                    "display_edit_tools": False,
                    "display_delete_tools": False,
                    "display_moderator_tools": False,
                    "display_move_tools": False,
                    "display_post_menu": 0,
                }
                for i, (uid, when, content, votes) in enumerate(chunk)
            ],
            "category": {"cid": cid, "name": cname, "slug": f"{cid}/{cslug}", "icon": "fa-microphone", "bgColor": "#B72A2A", "color": "#ffffff", "disabled": 0},
            "tagWhitelist": [],
            "minTags": 0,
            "maxTags": 5,
            "thread_tools": [],
            "isFollowing": False,
            "isNotFollowing": True,
            "isIgnoring": False,
            "bookmark": None,
            "postSharing": [{"id": "facebook", "name": "Facebook", "class": "fa-facebook", "activated": True}, {"id": "twitter", "name": "X (Twitter)", "class": "fa-twitter", "activated": True}],
            "deleter": None,
            "merger": None,
            "related": [],
            "unreplied": False,
            "icons": [],
            "privileges": {"topics:reply": False, "topics:read": True, "topics:schedule": False, "topics:tag": False, "topics:delete": False, "posts:edit": False, "posts:history": False, "posts:delete": False, "posts:view_deleted": False, "read": True, "purge": False, "view_thread_tools": False, "editable": False, "deletable": False, "view_deleted": False, "view_scheduled": False, "isAdminOrMod": False, "disabled": 0, "tid": str(tid), "uid": -1},
            "topicStaleDays": 60,
            "reputation:disabled": 0,
            "downvote:disabled": 0,
            "feeds:disableRSS": 0,
            "signatures:hideDuplicates": 0,
            "bookmarkThreshold": 5,
            "necroThreshold": 7,
            "postEditDuration": 0,
            "postDeleteDuration": 0,
            "scrollToMyPost": True,
            "updateUrlWithPostIndex": True,
            "allowMultipleBadges": False,
            "privateUploads": False,
            "showPostPreviewsOnHover": True,
            "rssFeedUrl": f"/topic/{tid}.rss",
            "postIndex": start + 1,
            "breadcrumbs": [{"text": "[[global:home]]", "url": BASE}, {"text": cname, "url": f"{BASE}/category/{cid}/{cslug}", "cid": cid}, {"text": title}],
            "pagination": {"prev": {"page": max(1, page - 1), "active": page > 1}, "next": {"page": min(len(chunks), page + 1), "active": page < len(chunks)}, "first": {"page": 1, "active": page != 1}, "last": {"page": len(chunks), "active": page != len(chunks)}, "rel": [], "pages": [{"page": p, "active": p == page, "qs": f"page={p}"} for p in range(1, len(chunks) + 1)], "currentPage": page, "pageCount": len(chunks)},
            "loggedIn": False,
            "loggedInUser": {"uid": 0, "username": "[[global:guest]]", "picture": "", "icon:text": "?", "icon:bgColor": "#aaa"},
            "relative_path": "",
            "template": {"name": "topic", "topic": True},
            "url": f"/topic/{tid}/{slug}" + (f"?page={page}" if page > 1 else ""),
            "bodyClass": f"page-topic page-topic-{tid} page-topic-{slug} template-topic page-topic-category-{cid} page-topic-category-{cslug} parent-category-{cid} page-status-200 theme-persona user-guest",
            "_header": {"tags": {"meta": [], "link": []}},
            "widgets": {},
        }
        first_text = html.unescape(first_html.split("</p>")[1].replace("<p>", "").strip())[:120]
        head = f"""	<meta property="article:published_time" content="{created}" />
	<meta property="article:modified_time" content="{posts[-1][1]}" />
	<meta property="article:section" content="{cname}" />
	<link rel="alternate" type="application/rss+xml" href="{BASE}/topic/{tid}.rss" />
	<link rel="up" href="{BASE}/category/{cid}/{cslug}" />
	<link rel="author" href="{BASE}/user/{USERS[owner][0]}" />"""
        if page > 1:
            head += f'\n\t<link rel="prev" href="{BASE}/topic/{tid}/{slug}?page={page - 1}" />'
        if page < len(chunks):
            head += f'\n\t<link rel="next" href="{BASE}/topic/{tid}/{slug}?page={page + 1}" />'
        content = f"""<div data-widget-area="header">

</div>
<div class="row">
	<div class="topic col-lg-12">
		<div class="topic-header">
			<h1 component="post/header" class="" itemprop="name">
				<span class="topic-title" component="topic/title">
					<span component="topic/labels">
						<i component="topic/scheduled" class="fa fa-clock-o hidden" title="已计划"></i>
						<i component="topic/pinned" class="fa fa-thumb-tack hidden" title="已固定"></i>
						<i component="topic/locked" class="fa fa-lock hidden" title="已锁定"></i>
						<i class="fa fa-arrow-circle-right hidden" title="已移动"></i>
					</span>
					{html.escape(title)}
				</span>
			</h1>

			<div class="topic-info clearfix">
				<div class="category-item inline-block">
					<div role="presentation" class="icon pull-left" style="background-color: #B72A2A; color: #ffffff;">
						<i class="fa fa-fw fa-microphone"></i>
					</div>
					<a href="/category/{cid}/{cslug}">{cname}</a>
				</div>

				<div class="tags tag-list inline-block hidden-xs">
				</div>
				<div class="inline-block hidden-xs">
					<div class="stats text-muted">
						<i class="fa fa-fw fa-user" title="发布者"></i>
						<span title="{len(posts)}" class="human-readable-number">{len(posts)}</span>
					</div>
					<div class="stats text-muted">
						<i class="fa fa-fw fa-pencil" title="帖子"></i>
						<span component="topic/post-count" title="{len(posts)}" class="human-readable-number">{len(posts)}</span>
					</div>
					<div class="stats text-muted">
						<i class="fa fa-fw fa-eye" title="浏览"></i>
						<span class="human-readable-number" title="{views}">{views}</span>
					</div>
				</div>
				<div component="topic/browsing-users" class="inline-block hidden-xs"></div>

				<span class="post-tools">
					<a href="#" component="topic/thread-tools" class="btn btn-sm btn-default" data-toggle="dropdown">话题工具</a>
				</span>
			</div>
		</div>

		{breadcrumbs(title)}

		<ul component="topic" class="posts timeline" data-tid="{tid}" data-cid="{cid}">
{lis}
		</ul>

		<div class="post-bar">
			<div class="clearfix">
				<div class="topic-main-buttons pull-right inline-block">
					<span class="loading-indicator btn pull-left hidden" done="0">
						<span class="hidden-xs">正在加载更多帖子</span> <i class="fa fa-refresh fa-spin"></i>
					</span>

					<a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">登录后回复</a>
				</div>
			</div>
		</div>

		{pagination(page, len(chunks))}

		<div class="pagination-block text-center">
			<div class="progress-bar"></div>
			<div class="wrapper dropup">
				<i class="fa fa-2x fa-angle-double-up pointer fa-fw pagetop"></i>
				<a href="#" class="dropdown-toggle" data-toggle="dropdown" data-bs-toggle="dropdown">
					<span class="pagination-text"></span>
				</a>
				<i class="fa fa-2x fa-angle-double-down pointer fa-fw pagebottom"></i>
			</div>
		</div>
	</div>
</div>

<div data-widget-area="footer">

</div>

<noscript>
	{pagination(page, len(chunks))}
</noscript>
"""
        out[page] = shell(
            f"{title} | {SITE}",
            tdata["bodyClass"],
            content,
            tdata,
            canonical=canonical,
            description=first_text,
            extra_head=head,
            og_type="article",
        )
    return out


def topic_list(rows, list_name):
    cid, cslug, cname, _ = CAT
    items = []
    for index, (tid, slug, title, posts, views) in enumerate(rows):
        uid = [2, 7, 11, 15, 19, 24][tid % 6]
        if tid == T1[0]:
            uid = 7
        if tid == T2[0]:
            uid = 15
        username, name = USERS[uid]
        when = f"2024-{(tid % 7) + 3:02d}-{(tid % 27) + 1:02d}T0{tid % 9}:1{tid % 6}:2{tid % 8}.000Z"
        items.append(
            f"""
	<li component="category/topic" class="row clearfix category-item " data-tid="{tid}" data-index="{index}" data-cid="{cid}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
		<meta itemprop="name" content="{html.escape(title)}">

		<div class="col-md-6 col-sm-9 col-xs-10 content">
			<div class="avatar pull-left">
				<a href="/user/{username}" class="pull-left">
					{avatar(uid, "md")}
				</a>
			</div>

			<h2 component="topic/header" class="title">
				<i component="topic/scheduled" class="fa fa-clock-o hide" title="已计划"></i>
				<i component="topic/pinned" class="fa fa-thumb-tack hide" title="已固定"></i>
				<i component="topic/locked" class="fa fa-lock hide" title="已锁定"></i>
				<i component="topic/moved" class="fa fa-arrow-circle-right hide" title="已移动"></i>

				<a href="/topic/{tid}/{slug}" itemprop="url">{html.escape(title)}</a><br />

				<small>
					<a href="/category/{cid}/{cslug}"><span class="fa-stack fa-lg" style="color: #ffffff; background-color: #B72A2A;"><i style="color:#ffffff;" class="fa fa-microphone fa-stack-1x"></i></span> {cname}</a> &bull;
					<span class="timeago" title="{when}"></span>
					<span class="visible-xs-inline timeago" title="{when}"></span>
				</small>
			</h2>
		</div>

		<div class="mobile-stat col-xs-2 visible-xs text-right">
			<span class="human-readable-number">{posts}</span> <a href="/topic/{tid}/{slug}/{posts}"><i class="fa fa-arrow-circle-right"></i></a>
		</div>

		<div class="col-md-1 hidden-sm hidden-xs stats stats-votes">
			<span class="human-readable-number" title="{tid % 11}">{tid % 11}</span><br />
			<small>赞同</small>
		</div>

		<div class="col-md-1 hidden-sm hidden-xs stats stats-postcount">
			<span class="human-readable-number" title="{posts}">{posts}</span><br />
			<small>帖子</small>
		</div>

		<div class="col-md-1 hidden-sm hidden-xs stats stats-viewcount">
			<span class="human-readable-number" title="{views}">{views}</span><br />
			<small>浏览</small>
		</div>

		<div class="col-md-3 col-sm-3 teaser hidden-xs" component="topic/teaser">
			<div class="card" style="border-color: #B72A2A">
				<p>
					<a href="/user/{USERS[2][0]}">{avatar(2, "xs")}</a>
					<a class="permalink" href="/topic/{tid}/{slug}/{posts}">
						<span class="timeago" title="{when}"></span>
					</a>
				</p>
				<div class="post-content">
					<p>学习了，感谢分享。</p>
				</div>
			</div>
		</div>
	</li>"""
        )
    return f"""<ul component="category" class="topic-list" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="20" data-set="{list_name}">
	<meta itemprop="itemListOrder" content="descending">
{"".join(items)}
</ul>"""


def list_data(rows, template, url, page, pages):
    return {
        "topics": [{"tid": tid, "slug": f"{tid}/{slug}", "title": title, "postcount": posts, "viewcount": views, "cid": CAT[0]} for tid, slug, title, posts, views in rows],
        "pagination": {"currentPage": page, "pageCount": pages},
        "template": {"name": template, template: True},
        "url": url,
        "loggedIn": False,
        "relative_path": "",
        "widgets": {},
    }


def build() -> Family:
    fam = Family(
        HOST,
        "NodeBB 2.x forum (Persona theme, zh-CN), server-rendered topic/category/recent pages with ajaxify-data JSON",
        extensionless_html=True,
    )
    s1, s2 = SPEECHES["nodebb-1"], SPEECHES["nodebb-2"]
    note1 = "上周区里开物业服务推进会，分管副区长的讲话，会后整理出来，供大家写同类材料参考。"
    note2 = "我们社区暑期托管班开班，书记的致辞稿，自己写的，请各位老师指正："
    first1 = f"<p>{html.escape(note1)}</p>\n" + "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in s1.paras)
    first2 = f"<p>{html.escape(note2)}</p>\n" + "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in s2.paras)
    # posted 18 April 2024 20:36 Beijing time (12:36 UTC), 8 July 2024 09:15 Beijing time (01:15 UTC)
    c1, c2 = "2024-04-18T12:36:47.000Z", "2024-07-08T01:15:09.000Z"
    times1 = [iso(f"2024-04-{18 + i // 4:02d}", (13 + i * 5) % 24, (7 + i * 13) % 60, (11 + i * 23) % 60) for i in range(len(REPLIES1))]
    times2 = [iso("2024-07-08", 3 + i * 2, 20 + i * 9, 40 - i * 7) for i in range(len(REPLIES2))]
    timesq = [iso("2024-06-21", 9 + i, 5 + i * 20, 33) for i in range(len(REPLIESQ))]
    p1 = topic_pages(T1[0], T1[1], s1.title, 7, c1, first1, REPLIES1, times1, 1862)
    p2 = topic_pages(T2[0], T2[1], s2.title, 15, c2, first2, REPLIES2, times2, 503)
    pq = topic_pages(TQ[0], TQ[1], "求助：致辞开头怎么写不俗套", 19, "2024-06-21T08:02:11.000Z",
                     "<p>每次写致辞，开头都是“金秋十月、硕果累累”，领导说太俗，求各位老师支招！</p>\n<p>谢谢！</p>\n", REPLIESQ, timesq, 276)
    assert len(p1) == 2 and len(p2) == 1
    t1 = f"/topic/{T1[0]}/{T1[1]}"
    t2 = f"/topic/{T2[0]}/{T2[1]}"
    tq = f"/topic/{TQ[0]}/{TQ[1]}"
    fam.put(t1, p1[1])
    fam.route(f"{t1}?page=1", f"{t1}--page-1.html", p1[1])
    fam.route(f"{t1}?page=2", f"{t1}--page-2.html", p1[2])
    fam.put(t2, p2[1])
    fam.put(tq, pq[1])
    fam.doc([t1], s1, published_at="2024-04-18")
    fam.doc([t2], s2, published_at="2024-07-08")
    fam.not_documents += [f"{t1}?page=1", f"{t1}?page=2", tq]

    cid, cslug, cname, cdesc = CAT
    cat = f"/category/{cid}/{cslug}"
    for page, rows in ((1, PAGE1), (2, PAGE2)):
        url = cat + (f"?page={page}" if page > 1 else "")
        content = f"""<div data-widget-area="header">
</div>
<div class="row">
	<div class="category col-lg-12 col-sm-12">
		{breadcrumbs()}
		<div class="category-header">
			<p class="description text-muted">{cdesc}</p>
		</div>
		<div class="clearfix">
			<div class="pull-left">
				<a href="/login?local=1" class="btn btn-primary">登录后发布主题</a>
			</div>
			<span class="pull-right" component="category/controls">
				<div class="btn-group bottom-sheet" component="thread/sort">
					<button class="btn btn-default dropdown-toggle" data-toggle="dropdown" type="button">
						<span>排序</span> <span class="caret"></span>
					</button>
				</div>
			</span>
		</div>
		<hr class="hidden-xs" />
		<p class="hidden-xs">{cname}</p>
		{topic_list(rows, f"cid:{cid}:tids")}
		{pagination(page, 2)}
	</div>
</div>
<div data-widget-area="footer">
</div>
<noscript>
	{pagination(page, 2)}
</noscript>
"""
        text = shell(
            f"{cname} | {SITE}",
            f"page-category page-category-{cid} page-category-{cslug} template-category page-status-200 theme-persona user-guest",
            content,
            list_data(rows, "category", url, page, 2),
            canonical=BASE + url,
            description=cdesc,
            extra_head=f'\t<link rel="alternate" type="application/rss+xml" href="{BASE}/category/{cid}.rss" />'
            + (f'\n\t<link rel="next" href="{BASE}{cat}?page=2" />' if page == 1 else f'\n\t<link rel="prev" href="{BASE}{cat}?page=1" />'),
        )
        if page == 1:
            fam.put(cat, text)
            fam.route(f"{cat}?page=1", f"{cat}--page-1.html", text)
        else:
            fam.route(url, f"{cat}--page-2.html", text)
    fam.not_documents += [cat, f"{cat}?page=1", f"{cat}?page=2"]

    recent_rows = sorted(OTHERS, key=lambda r: -r[0])[:12]
    fam.put(
        "/recent",
        shell(
            f"最新 | {SITE}",
            "page-recent template-recent page-status-200 theme-persona user-guest",
            f"""<div data-widget-area="header">
</div>
<div class="recent">
	<div class="topic-list-header clearfix">
		<a href="/login?local=1" class="btn btn-primary">登录后发布主题</a>
		<a href="/recent" class="inline-block">
			<div class="alert alert-warning hide" id="new-topics-alert"></div>
		</a>
		<div class="btn-group pull-right bottom-sheet">
			<button type="button" class="btn btn-default dropdown-toggle" data-toggle="dropdown">所有主题 <span class="caret"></span></button>
		</div>
	</div>
	<div class="category">
		{topic_list(recent_rows, "topics:recent")}
		{pagination(1, 1)}
	</div>
</div>
""",
            list_data(recent_rows, "recent", "/recent", 1, 1),
            canonical=f"{BASE}/recent",
            description="最新话题",
        ),
    )
    # home: the categories page (NodeBB's default home route)
    fam.put(
        "/",
        shell(
            SITE,
            "page-categories template-categories page-status-200 theme-persona user-guest",
            f"""<div data-widget-area="header">
<div class="panel panel-default"><div class="panel-body">欢迎来到{SITE}！写材料的人在这里交流经验，发帖前请阅读版规。</div></div>
</div>
<div class="row categories" itemscope itemtype="http://www.schema.org/ItemList">
	<div class="col-lg-12 col-sm-12">
		<h1 class="categories-title">分类</h1>
		<ul class="categories" itemscope itemtype="http://www.schema.org/ItemList">
			<li component="categories/category" data-cid="{cid}" data-numRecentReplies="1" class="row clearfix category-{cid} ">
				<meta itemprop="name" content="{cname}">
				<div class="content col-xs-12 col-md-7 col-sm-12">
					<div class="icon pull-left" style="background-color: #B72A2A; color: #ffffff;">
						<i class="fa fa-fw fa-microphone"></i>
					</div>
					<h2 class="title">
						<a href="/category/{cid}/{cslug}" itemprop="url">{cname}</a><br/>
						<div class="description">{cdesc}</div>
					</h2>
					<span class="visible-xs pull-right">
						<a class="permalink" href="{t1}/{len(REPLIES1) + 1}"><small class="timeago" title="{times1[-1]}"></small></a>
					</span>
				</div>
				<div class="col-md-1 hidden-sm hidden-xs stats text-muted">
					<span class="human-readable-number" title="214">214</span><br />
					<small>主题</small>
				</div>
				<div class="col-md-1 hidden-sm hidden-xs stats text-muted">
					<span class="human-readable-number" title="3187">3.2k</span><br />
					<small>帖子</small>
				</div>
				<div class="col-md-3 col-sm-3 teaser hidden-xs" component="topic/teaser">
					<div class="card" style="border-color: #B72A2A">
						<div component="category/posts">
							<p>
								<a href="/user/{USERS[11][0]}">{avatar(11, "xs")}</a>
								<a class="permalink" href="{t2}/4"><small class="timeago" title="{times2[-1]}"></small></a>
							</p>
							<div class="post-content">
								社区致辞就该这样，少讲大道理，多讲实事。
							</div>
						</div>
					</div>
				</div>
			</li>
		</ul>
	</div>
</div>
<div data-widget-area="footer">
</div>
""",
            {"categories": [{"cid": cid, "name": cname, "slug": f"{cid}/{cslug}", "description": cdesc, "topic_count": 214, "post_count": 3187}], "template": {"name": "categories", "categories": True}, "url": "/", "loggedIn": False, "relative_path": "", "widgets": {}},
            canonical=f"{BASE}/",
            description=f"{SITE} · 讲话稿、发言稿、致辞写作交流",
        ),
    )
    fam.not_documents += ["/", "/recent"]
    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /admin/\nDisallow: /reset/\nDisallow: /compose\nSitemap: {BASE}/sitemap.xml\n",
        "ascii",
    )
    fam.put(
        "/sitemap.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{BASE}/sitemap/pages.xml</loc></sitemap><sitemap><loc>{BASE}/sitemap/categories.xml</loc></sitemap><sitemap><loc>{BASE}/sitemap/topics.1.xml</loc></sitemap></sitemapindex>""",
    )
    fam.put(
        "/sitemap/pages.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"><url><loc>{BASE}/</loc><changefreq>weekly</changefreq><priority>0.6</priority></url><url><loc>{BASE}/recent</loc><changefreq>daily</changefreq><priority>0.4</priority></url></urlset>""",
    )
    fam.put(
        "/sitemap/categories.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"><url><loc>{BASE}{cat}</loc><changefreq>weekly</changefreq><priority>0.4</priority></url></urlset>""",
    )
    fam.put(
        "/sitemap/topics.1.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"><url><loc>{BASE}{t2}</loc><lastmod>{times2[-1]}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url><url><loc>{BASE}{tq}</loc><lastmod>{timesq[-1]}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url><url><loc>{BASE}{t1}</loc><lastmod>{times1[-1]}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url></urlset>""",
    )
    fam.noise += [
        "供大家写同类材料参考",
        "自己写的，请各位老师指正",
        "物业这块确实是投诉大户",
        "致辞写得很有温度",
        "老周写材料",
        "笔耕不辍，与君共勉。",
        "登录后回复",
        "浙ICP备20031877号-2",
        "您的浏览器不支持 JavaScript",
        "正在重新连接...",
        "学习了，感谢分享。",
    ]
    fam.note = (
        "NodeBB (Persona) as served to a crawler: each topic page has `<li component=\"post\" data-index=…>` posts "
        "with a post header (author link, `<span class=\"timeago\" title=\"ISO UTC\">`) and `<div class=\"content\" "
        "component=\"post/content\">`, and the same posts again in `<script id=\"ajaxify-data\" type=\"application/json\">`. "
        "The first post is the speech after the poster's own one-line note (a `<p>` of its own, not part of the text). "
        "Replies, `?page=2` of the long topic (posts 21-23) and `?page=1`, the 求助 topic, `/category/5/…` "
        "(`?page=1`, `?page=2`), `/recent` and the categories home are not documents. Dates are the first posts' "
        "`timeago` titles in Beijing time (the same day as UTC here); titles are the topics' titles."
    )
    return fam
