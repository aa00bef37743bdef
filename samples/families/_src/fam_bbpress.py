"""bbPress 2.6 forums on WordPress 6.4 (zh_CN), Twenty Twenty theme, pretty permalinks, UTF-8.

`/` (a static front page) → `/forums/` (forum archive, `ul.bbp-forums`) → `/forums/forum/<slug>/`
(`ul.bbp-topics`, per-topic `bbp-topic-pagination`) → topics `/forums/topic/<slug>/` with WordPress's own
percent-encoded (lower-case hex) slugs made from the Chinese titles (curly quotes dropped, as
`sanitize_title_with_dashes` does), replies paginated 15 a page at `/forums/topic/<slug>/page/2/`.
The topic is the first item of the replies loop on page 1 only (`bbp_show_lead_topic` off). Furniture:
Twenty Twenty header (site title, description, primary menu, search toggle), `h1.entry-title`,
`#bbpress-forums.bbpress-wrapper` with `bbp-breadcrumb` (首页 › 论坛 › forum › topic), `bbp-topic-tags`,
the `bbp-topic-description` notice (该话题包含 N 回复，有 N 参与人…), `bbp-pagination` (正在查看 15 个帖子…,
`page-numbers` links with →/←), `ul.bbp-replies` (`li.bbp-header` 作者 / 帖子, `bbp-reply-header` with
`bbp-reply-post-date` `2023年12月5日 下午9:26` and `#N` permalink, `bbp-reply-author` avatar / name /
`bbp-author-role`, `bbp-reply-content` `<p>`s, reply `<blockquote>`), the guest `bbp-no-reply` notice
(您必须登录才能回复此话题。) with the `bbp-login-form`, footer widgets (最新话题, 论坛), Twenty Twenty
credits (由WordPress强力驱动) and an ICP line; core sitemaps with the forum and topic post types.
Topic 1: the poster put the first half of the speech in the topic and, the next day, the second half
in his own reply #16, which falls on `/page/2/`: the speech is both pages; topic 2 is one page."""

import re
from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family

HOST = "www.nanxi-linli.test"
SITE = "南溪邻里"
H = f"http://{HOST}"


class WPFamily(Family):
    def file_for_url(self, url):
        parts = urlsplit(url if "://" in url else self.url(url))
        if parts.query:
            return self.query_routes[parts.path + "?" + parts.query]
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


def wp_slug(title):
    enc = quote(title, safe="")
    enc = re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), enc)
    for drop in ("%e2%80%9c", "%e2%80%9d", "%ef%bc%8c", "%e3%80%82"):
        enc = enc.replace(drop, "")
    return enc


FORUMS = {
    12: ("shequ-dongtai", "社区动态", "街道、社区工作动态与通知公告，居民议事。"),
    15: ("dushuhui", "书香南溪读书会", "读书会活动预告、分享与书单。"),
}
USERS = {
    "李卫东": (3, "版主", "a3f1"),
    "东湖社区王阿姨": (58, "参与者", "c09e"),
    "小周同学": (77, "参与者", "7b21"),
    "网格员小陈": (41, "参与者", "1d5a"),
    "南溪老张": (19, "参与者", "e4c8"),
    "沈书平": (6, "版主", "92bd"),
    "读书的猫": (88, "参与者", "5f03"),
    "林间月": (93, "参与者", "0c7e"),
}


def avatar(name, size):
    h = USERS[name][2] * 8
    return f"<img alt='' src='https://cravatar.cn/avatar/{h}?s={size}&#038;d=mm&#038;r=g' srcset='https://cravatar.cn/avatar/{h}?s={size * 2}&#038;d=mm&#038;r=g 2x' class='avatar avatar-{size} photo' height='{size}' width='{size}' loading='lazy' decoding='async'/>"


def author_link(name, size=80, show_role=True):
    uid, role, _ = USERS[name]
    link = f'<a href="{H}/forums/users/{quote(name)}/" title="查看 {name} 的个人资料" class="bbp-author-link"><span  class="bbp-author-avatar">{avatar(name, size)}</span><span  class="bbp-author-name">{name}</span></a>'
    return link + (f'<div class="bbp-author-role">{role}</div>' if show_role else "")


def page_shell(title, body_class, canonical, content, desc=""):
    menu = f"""<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-21"><a href="{H}/">首页</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type_archive menu-item-object-forum menu-item-22"><a href="{H}/forums/">论坛</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-23"><a href="{H}/forums/forum/shequ-dongtai/">社区动态</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-24"><a href="{H}/forums/forum/dushuhui/">读书会</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="{H}/guanyu/">关于我们</a></li>"""
    recent = "".join(
        f'<li><a class="bbp-forum-title" href="{H}/forums/topic/{slug}/">{t}</a> <div>{d}</div></li>'
        for slug, t, d in RECENT
    )
    return f"""<!DOCTYPE html>

<html class="no-js" lang="zh-CN">

	<head>

		<meta charset="UTF-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0" >

		<link rel="profile" href="https://gmpg.org/xfn/11">

		<title>{title} &#8211; {SITE}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{H}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; 评论 Feed" href="{H}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{H}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='bbp-default-css' href='{H}/wp-content/plugins/bbpress/templates/default/css/bbpress.min.css?ver=2.6.9' media='all' />
<link rel='stylesheet' id='twentytwenty-style-css' href='{H}/wp-content/themes/twentytwenty/style.css?ver=2.5' media='all' />
<link rel='stylesheet' id='twentytwenty-print-style-css' href='{H}/wp-content/themes/twentytwenty/print.css?ver=2.5' media='print' />
<script src="{H}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{H}/wp-content/themes/twentytwenty/assets/js/index.js?ver=2.5" id="twentytwenty-js-js" defer data-wp-strategy="defer"></script>
<link rel="https://api.w.org/" href="{H}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{H}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel="canonical" href="{canonical}" />
{desc}	<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>
	
	</head>

	<body class="{body_class} wp-embed-responsive singular enable-search-modal missing-post-thumbnail has-no-pagination not-showing-comments show-avatars footer-top-visible">

		<a class="skip-link screen-reader-text" href="#site-content">跳至内容</a>
		<header id="site-header" class="header-footer-group">

			<div class="header-inner section-inner">

				<div class="header-titles-wrapper">

					<button class="toggle search-toggle mobile-search-toggle" data-toggle-target=".search-modal" data-toggle-body-class="showing-search-modal" data-set-focus=".search-modal .search-field" aria-expanded="false">
						<span class="toggle-inner">
							<span class="toggle-icon">
								<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="23" height="23" viewBox="0 0 23 23"><path d="M38.710696,48.0601792 L43,52.3494831 L41.3494831,54 L37.0601792,49.710696 C35.2632422,51.1481185 32.9839107,52.0076499 30.5038249,52.0076499 C24.7027226,52.0076499 20,47.3049272 20,41.5038249 C20,35.7027226 24.7027226,31 30.5038249,31 C36.3049272,31 41.0076499,35.7027226 41.0076499,41.5038249 C41.0076499,43.9839107 40.1481185,46.2632422 38.710696,48.0601792 Z" transform="translate(-20 -31)" /></svg>							</span>
							<span class="toggle-text">搜索</span>
						</span>
					</button><!-- .search-toggle -->

					<div class="header-titles">

						<div class="site-title faux-heading"><a href="{H}/">{SITE}</a></div><div class="site-description">南溪街道社区居民交流平台</div><!-- .site-description -->
					</div><!-- .header-titles -->

					<button class="toggle nav-toggle mobile-nav-toggle" data-toggle-target=".menu-modal"  data-toggle-body-class="showing-menu-modal" aria-expanded="false" data-set-focus=".close-nav-toggle">
						<span class="toggle-inner">
							<span class="toggle-icon">
								<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="26" height="7" viewBox="0 0 26 7"><path fill-rule="evenodd" d="M332.5,45 C330.567003,45 329,43.4329966 329,41.5 C329,39.5670034 330.567003,38 332.5,38 C334.432997,38 336,39.5670034 336,41.5 C336,43.4329966 334.432997,45 332.5,45 Z" transform="translate(-329 -38)" /></svg>							</span>
							<span class="toggle-text">菜单</span>
						</span>
					</button><!-- .nav-toggle -->

				</div><!-- .header-titles-wrapper -->

				<div class="header-navigation-wrapper">

							<nav class="primary-menu-wrapper" aria-label="水平">

								<ul class="primary-menu reset-list-style">

								{menu}
								</ul>

							</nav><!-- .primary-menu-wrapper -->

				</div><!-- .header-navigation-wrapper -->

			</div><!-- .header-inner -->

			<div class="search-modal cover-modal header-footer-group" data-modal-target-string=".search-modal" role="dialog" aria-modal="true" aria-label="搜索">
	<div class="search-modal-inner modal-inner">
		<div class="section-inner">
			<form role="search" aria-label="搜索：" method="get" class="search-form" action="{H}/">
	<label for="search-form-1">
		<span class="screen-reader-text">搜索：</span>
		<input type="search" id="search-form-1" class="search-field" placeholder="搜索&hellip;" value="" name="s" />
	</label>
	<input type="submit" class="search-submit" value="搜索" />
</form>
		</div><!-- .section-inner -->
	</div><!-- .search-modal-inner -->
</div><!-- .menu-modal -->

		</header><!-- #site-header -->

<main id="site-content">

{content}

</main><!-- #site-content -->


	<div class="footer-nav-widgets-wrapper header-footer-group">

		<div class="footer-inner section-inner">

				<aside class="footer-widgets-outer-wrapper">

					<div class="footer-widgets-wrapper">

							<div class="footer-widgets column-one grid-item">
								<div class="widget widget_display_topics"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">最新话题</h2>
		<ul class="bbp-topics-widget newness">
{recent}
		</ul>

		</div></div>							</div>

							<div class="footer-widgets column-two grid-item">
								<div class="widget widget_display_forums"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">论坛</h2>
		<ul class="bbp-forums-widget">
<li ><a class="bbp-forum-title" href="{H}/forums/forum/shequ-dongtai/">社区动态</a></li>
<li ><a class="bbp-forum-title" href="{H}/forums/forum/dushuhui/">书香南溪读书会</a></li>
		</ul>

		</div></div>							</div>

					</div><!-- .footer-widgets-wrapper -->

				</aside><!-- .footer-widgets-outer-wrapper -->

		</div><!-- .footer-inner -->

	</div><!-- .footer-nav-widgets-wrapper -->

			<footer id="site-footer" class="header-footer-group">

				<div class="section-inner">

					<div class="footer-credits">

						<p class="footer-copyright">&copy;
							2024							<a href="{H}/">{SITE}</a>
						</p><!-- .footer-copyright -->

						<p class="powered-by-wordpress">
							<a href="https://cn.wordpress.org/">
								由WordPress强力驱动							</a>
						</p><!-- .powered-by-wordpress -->

						<p class="beian"><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备2021008861号-1</a></p>

					</div><!-- .footer-credits -->

					<a class="to-the-top" href="#site-header">
						<span class="to-the-top-long">
							回到顶部 <span class="arrow" aria-hidden="true">&uarr;</span>						</span><!-- .to-the-top-long -->
						<span class="to-the-top-short">
							向上 <span class="arrow" aria-hidden="true">&uarr;</span>						</span><!-- .to-the-top-short -->
					</a><!-- .to-the-top -->

				</div><!-- .section-inner -->

			</footer><!-- #site-footer -->

<script id="bbpress-engagements-js-extra">
var bbpEngagementJS = {{"object_id":"0","bbp_ajaxurl":"{H}\\/forums\\/topic\\/?bbp-ajax=true","generic_ajax_error":"\\u51fa\\u73b0\\u4e86\\u9519\\u8bef\\uff0c\\u8bf7\\u5237\\u65b0\\u9875\\u9762\\u5e76\\u91cd\\u8bd5\\u3002"}};
</script>
<script src="{H}/wp-content/plugins/bbpress/templates/default/js/engagements.min.js?ver=2.6.9" id="bbpress-engagements-js"></script>
<script src="{H}/wp-content/plugins/bbpress/templates/default/js/editor.min.js?ver=2.6.9" id="bbpress-editor-js"></script>
	<script>
	/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){{var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())}},!1);
	</script>
	
	</body>
</html>
"""


def article(pid, post_type, title, inner):
    return f"""<article class="post-{pid} {post_type} type-{post_type} status-publish hentry" id="post-{pid}">

	
<header class="entry-header has-text-align-center header-footer-group">

	<div class="entry-header-inner section-inner medium">

		<h1 class="entry-title">{title}</h1>
	</div><!-- .entry-header-inner -->

</header><!-- .entry-header -->

	<div class="post-inner thin ">

		<div class="entry-content">

			
<div id="bbpress-forums" class="bbpress-wrapper">

{inner}
</div>

		</div><!-- .entry-content -->

	</div><!-- .post-inner -->

	<div class="section-inner">
		
	</div><!-- .section-inner -->

	
</article><!-- .post -->"""


def crumbs(*items):
    out = f'<div class="bbp-breadcrumb"><p><a href="{H}/" class="bbp-breadcrumb-home">首页</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> '
    links = []
    for i, (label, href, cls) in enumerate(items):
        if href:
            links.append(f'<a href="{href}" class="bbp-breadcrumb-{cls}">{label}</a>')
        else:
            links.append(f'<span class="bbp-breadcrumb-current">{label}</span>')
    return out + ' <span class="bbp-breadcrumb-sep">&rsaquo;</span> '.join(links) + "</p></div>"


def login_form():
    return f"""<div id="no-reply-@@TID@@" class="bbp-no-reply">
	<div class="bbp-template-notice">
		<ul>
			<li>您必须登录才能回复此话题。</li>
		</ul>
	</div>

			
<form method="post" action="{H}/wp-login.php" class="bbp-login-form">
	<fieldset class="bbp-form">
		<legend>登录</legend>

		<div class="bbp-username">
			<label for="user_login">用户名： </label>
			<input type="text" name="log" value="" size="20" maxlength="100" id="user_login" autocomplete="off" />
		</div>

		<div class="bbp-password">
			<label for="user_pass">密码： </label>
			<input type="password" name="pwd" value="" size="20" id="user_pass" autocomplete="off" />
		</div>

		<div class="bbp-remember-me">
			<input type="checkbox" name="rememberme" value="forever"  id="rememberme" />
			<label for="rememberme">保持登录状态</label>
		</div>

		
		<div class="bbp-submit-wrapper">

			<button type="submit" name="user-submit" id="user-submit" class="button submit user-submit">登录</button>

			
	<input type="hidden" name="user-cookie" value="1" />

	<input type="hidden" id="bbp_redirect_to" name="redirect_to" value="@@BACK@@" />
		</div>
	</fieldset>
</form>

		
	</div>
"""


def post_item(tid, slug, pid, pos, name, when, paras_html, is_topic, author_id_topic):
    uid = USERS[name][0]
    kind = "topic" if is_topic else "reply"
    parity = "odd" if pos % 2 else "even"
    extra = " topic-author" if uid == author_id_topic else ""
    return f"""
<div id="post-{pid}" class="bbp-reply-header">
	<div class="bbp-meta">
		<span class="bbp-reply-post-date">{when}</span>

		
		<a href="{H}/forums/topic/{slug}/#post-{pid}" class="bbp-reply-permalink">#{pid}</a>

		
		<span class="bbp-admin-links"></span>
		
	</div><!-- .bbp-meta -->
</div><!-- #post-{pid} -->

<div class="loop-item-{(pos - 1) % 15} user-id-{uid} bbp-parent-forum-12 bbp-parent-topic-{tid} bbp-reply-position-{pos} {parity}{extra} post-{pid} {kind} type-{kind} status-publish hentry">
	<div class="bbp-reply-author">

		
		{author_link(name)}
		
	</div><!-- .bbp-reply-author -->

	<div class="bbp-reply-content">

		
		{paras_html}

		
	</div><!-- .bbp-reply-content -->
</div><!-- .reply -->
"""


def pagination(base, cur, total, shown_from, shown_to, count):
    if total == 1:
        links = ""
        count_text = f"正在查看 {count} 个帖子：1-{count} (共 {count} 个帖子)"
    else:
        count_text = f"正在查看 {shown_to - shown_from + 1} 个帖子：{shown_from}-{shown_to} (共 {count} 个帖子)"
        parts = []
        if cur > 1:
            prev = base if cur == 2 else f"{base}page/{cur - 1}/"
            parts.append(f'<a class="prev page-numbers" href="{prev}">&larr;</a>')
        for i in range(1, total + 1):
            href = base if i == 1 else f"{base}page/{i}/"
            parts.append(
                f'<span aria-current="page" class="page-numbers current">{i}</span>'
                if i == cur
                else f'<a class="page-numbers" href="{href}">{i}</a>'
            )
        if cur < total:
            parts.append(f'<a class="next page-numbers" href="{base}page/{cur + 1}/">&rarr;</a>')
        links = "\n".join(parts)
    return f"""<div class="bbp-pagination">
	<div class="bbp-pagination-count">{count_text}</div>
	<div class="bbp-pagination-links">{links}</div>
</div>
"""


def ps(lines):
    return "\n".join(f"<p>{x}</p>" for x in lines)


RECENT = []


def build() -> Family:
    fam = WPFamily(
        HOST,
        "bbPress 2.6 forums on WordPress 6.4 (zh_CN, Twenty Twenty), /forums/topic/<slug>/ + /page/2/ (UTF-8)",
        content_type="text/html; charset=UTF-8",
    )
    s1, s2 = SPEECHES["f43a-5"], SPEECHES["f43a-6"]
    subj1 = "街道办李主任在社区志愿服务工作表彰会上的讲话"
    subj2 = "沈会长在“书香南溪”读书会成立五周年分享活动上的致辞"
    slug1, slug2 = wp_slug(subj1), wp_slug(subj2)
    t1, t2 = 5123, 3380
    RECENT[:] = [
        (slug1, subj1, "由 李卫东"),
        ("%e5%85%b3%e4%ba%8e%e5%86%ac%e5%ad%a3%e7%87%83%e6%b0%94%e5%ae%89%e5%85%a8%e7%9a%84%e6%8f%90%e9%86%92", "关于冬季燃气安全的提醒", "由 网格员小陈"),
        (slug2, subj2, "由 沈书平"),
    ]
    base1, base2 = f"{H}/forums/topic/{slug1}/", f"{H}/forums/topic/{slug2}/"

    # topic 1: first half in the topic, second half in the poster's reply #16 (page 2)
    cut = 5
    part1, part2 = s1.paras[:cut], s1.paras[cut:]
    body1 = ps(["今天上午街道开了志愿服务表彰会，李主任的讲话稿我整理了一下发上来，给没去现场的志愿者朋友们看看。内容有点长，今天先发前一半，后一半明天补上。"] + part1)
    body1b = ps(["接上文，讲话后半部分："] + part2 + ["（全文完。根据现场讲稿整理，如有出入以街道正式文件为准。）"])
    replies = [
        ("东湖社区王阿姨", "2023年12月5日 下午9:48", "<p>李主任还提到我了，真是不好意思，我就是每天早上站一站。</p>"),
        ("小周同学", "2023年12月5日 下午10:02", "<p>智能手机课我们下学期还会接着开，欢迎各社区的老人报名！</p>"),
        ("网格员小陈", "2023年12月5日 下午10:15", "<p>暴雨那天晚上我也在，真的是齐膝深的水。</p>"),
        ("南溪老张", "2023年12月5日 下午10:40", "<p>志愿者意外保险这个事情早就该办了。</p>"),
        ("小周同学", "2023年12月6日 上午7:31", "<blockquote><p>有的活动形式单一，重过程轻实效，拍照留影多、解决问题少</p></blockquote>\n<p>这条说得很实在。</p>"),
        ("东湖社区王阿姨", "2023年12月6日 上午8:05", "<p>坐等后半部分。</p>"),
        ("南溪老张", "2023年12月6日 上午8:40", "<p>积分兑换能换什么？米面油吗？</p>"),
        ("网格员小陈", "2023年12月6日 上午9:02", "<p>@南溪老张 具体办法还在制定，出来以后会在群里和论坛通知。</p>"),
        ("小周同学", "2023年12月6日 上午10:17", "<p>年轻人参与不多是真的，我们学校能组织一批。</p>"),
        ("东湖社区王阿姨", "2023年12月6日 上午11:30", "<p>谢谢小周，孩子们都很好。</p>"),
        ("南溪老张", "2023年12月6日 下午1:12", "<p>顶一下，让更多人看到。</p>"),
        ("网格员小陈", "2023年12月6日 下午2:45", "<p>东湖社区下周六有楼道清理活动，欢迎报名。</p>"),
        ("小周同学", "2023年12月6日 下午4:20", "<p>已报名。</p>"),
        ("南溪老张", "2023年12月6日 下午6:58", "<p>楼主后半部分还发吗？</p>"),
    ]
    items1 = [post_item(t1, slug1, t1, 1, "李卫东", "2023年12月5日 下午9:26", body1, True, 3)]
    for i, (name, when, html) in enumerate(replies, start=2):
        items1.append(post_item(t1, slug1, t1 + 7 * i, i, name, when, html, False, 3))
    items1b = [post_item(t1, slug1, 5246, 16, "李卫东", "2023年12月6日 下午8:10", body1b, False, 3)]
    items1b.append(post_item(t1, slug1, 5251, 17, "东湖社区王阿姨", "2023年12月6日 下午8:33", "<p>全了，谢谢李主任，也谢谢楼主整理。</p>", False, 3))

    def topic_page(tid, fid, slug, subject, base, items, cur, total, frm, to, count, voices, tags, fresh_name, fresh_when):
        fslug, fname, _ = FORUMS[fid]
        tags_html = "，".join(f'<a href="{H}/forums/topic-tag/{quote(t).lower()}/" rel="tag">{t}</a>' for t in tags)
        inner = f"""{crumbs(("论坛", f"{H}/forums/", "root"), (fname, f"{H}/forums/forum/{fslug}/", "forum"), (subject, None, ""))}

	
	
		
		<div class="bbp-topic-tags"><p>标签：{tags_html}</p></div>
		<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">该话题包含 {count - 1} 回复，有 {voices} 参与人，最后一次由{author_link(fresh_name, 14, False)}于 <a href="{base}page/{total}/#post-{tid}" title="回复至：{subject}">{fresh_when}</a> 更新。</li></ul></div>
		
		
			
{pagination(base, cur, total, frm, to, count)}
			
<ul id="topic-{tid}-replies" class="forums bbp-replies">

	<li class="bbp-header">
		<div class="bbp-reply-author">作者</div><!-- .bbp-reply-author -->
		<div class="bbp-reply-content">帖子</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-header -->

	<li class="bbp-body">

		{"".join(items)}
	</li><!-- .bbp-body -->

	<li class="bbp-footer">
		<div class="bbp-reply-author">作者</div>
		<div class="bbp-reply-content">帖子</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-footer -->
</ul><!-- #topic-{tid}-replies -->


{pagination(base, cur, total, frm, to, count)}
		
	
	
{login_form().replace("@@TID@@", str(tid)).replace("@@BACK@@", base if cur == 1 else f"{base}page/{cur}/")}
	
"""
        canon = base if cur == 1 else f"{base}page/{cur}/"
        return page_shell(
            subject if cur == 1 else f"{subject} &#8211; 第{cur}页",
            f"topic bbpress bbp-no-js topic-template-default single single-topic postid-{tid} wp-custom-logo",
            canon,
            article(tid, "topic", subject, inner),
        )

    p1 = topic_page(t1, 12, slug1, subj1, base1, items1, 1, 2, 1, 15, 17, 5, ["志愿服务", "表彰"], "东湖社区王阿姨", "1 年前")
    p1b = topic_page(t1, 12, slug1, subj1, base1, items1b, 2, 2, 16, 17, 17, 5, ["志愿服务", "表彰"], "东湖社区王阿姨", "1 年前")
    path1 = f"/forums/topic/{slug1}/"
    fam.put(unquote(path1), p1)
    fam.put(unquote(path1) + "page/2/", p1b)
    fam.doc([path1, path1 + "page/2/"], s1, title=subj1, published_at="2023-12-05")

    body2 = ps(["4月23日下午，读书会五周年分享活动在市图书馆报告厅举行，沈会长作了致辞。应书友们要求，把致辞全文贴在这里。"] + s2.paras)
    items2 = [
        post_item(t2, slug2, t2, 1, "沈书平", "2022年4月23日 下午10:05", body2, True, 6),
        post_item(t2, slug2, 3391, 2, "读书的猫", "2022年4月23日 下午10:31", "<p>第一次活动的十一个人里有我，一晃五年了。</p>", False, 6),
        post_item(t2, slug2, 3398, 3, "林间月", "2022年4月24日 上午8:12", "<p>换书的时候换到一本《额尔古纳河右岸》，很开心。</p>", False, 6),
        post_item(t2, slug2, 3402, 4, "沈书平", "2022年4月24日 上午9:40", "<p>@林间月 好书，下个月的共读书目就定它吧。</p>", False, 6),
    ]
    p2 = topic_page(t2, 15, slug2, subj2, base2, items2, 1, 1, 1, 4, 4, 3, ["读书日", "五周年"], "沈书平", "2 年前")
    path2 = f"/forums/topic/{slug2}/"
    fam.put(unquote(path2), p2)
    fam.doc([path2], s2, title=subj2, published_at="2022-04-23")

    # forum pages
    def forum_page(fid, rows):
        fslug, fname, fdesc = FORUMS[fid]
        body = ""
        for i, (slug, t, tid, who, voices, posts, fresh, fresh_who, pages) in enumerate(rows):
            pager = ""
            if pages > 1:
                pager = f'<span class="bbp-topic-pagination"><a class="page-numbers" href="{H}/forums/topic/{slug}/">1</a>\n<a class="page-numbers" href="{H}/forums/topic/{slug}/page/2/">2</a></span>'
            body += f"""
<ul id="bbp-topic-{tid}" class="loop-item-{i} user-id-{USERS[who][0]} bbp-parent-forum-{fid} {'odd' if i % 2 == 0 else 'even'}  post-{tid} topic type-topic status-publish hentry">
	<li class="bbp-topic-title">

		
		
		<a class="bbp-topic-permalink" href="{H}/forums/topic/{slug}/">{t}</a>

		
		{pager}
		
		<p class="bbp-topic-meta">

			
			<span class="bbp-topic-started-by">由 {author_link(who, 14, False)} 发起</span>

			
		</p>

		
	</li>

	<li class="bbp-topic-voice-count">{voices}</li>

	<li class="bbp-topic-reply-count">{posts}</li>

	<li class="bbp-topic-freshness">

		
		<a href="{H}/forums/topic/{slug}/" title="{t}">{fresh}</a>
		
		<p class="bbp-topic-meta">

			
			<span class="bbp-topic-freshness-author">{author_link(fresh_who, 14, False)}</span>

			
		</p>
	</li>
</ul><!-- #bbp-topic-{tid} -->
"""
        inner = f"""{crumbs(("论坛", f"{H}/forums/", "root"), (fname, None, ""))}

	
	
	<div class="bbp-template-notice info"><ul><li class="bbp-forum-description">该论坛包含 {len(rows) + 36} 个话题和 {len(rows) * 9 + 150} 个回复，最后一次由{author_link(rows[0][7], 14, False)}于 <a href="{H}/forums/topic/{rows[0][0]}/" title="{rows[0][1]}">{rows[0][6]}</a> 更新。</li></ul></div>
	
		
<div class="bbp-pagination">
	<div class="bbp-pagination-count">正在查看 {len(rows)} 个话题 - 1 到 {len(rows)} (共 {len(rows)} 个话题)</div>
	<div class="bbp-pagination-links"></div>
</div>

		
<ul id="bbp-forum-{fid}" class="bbp-topics">
	<li class="bbp-header">
		<ul class="forum-titles">
			<li class="bbp-topic-title">话题</li>
			<li class="bbp-topic-voice-count">参与人</li>
			<li class="bbp-topic-reply-count">回复</li>
			<li class="bbp-topic-freshness">最近</li>
		</ul>
	</li>

	<li class="bbp-body">

		{body}
	</li>

	<li class="bbp-footer">
		<div class="tr">
			<p>
				<span class="td colspan4">&nbsp;</span>
			</p>
		</div><!-- .tr -->
	</li>
</ul><!-- #bbp-forum-{fid} -->

	<div id="no-topic-{fid}" class="bbp-no-topic">
		<div class="bbp-template-notice">
			<ul>
				<li>您必须登录才能创建新话题。</li>
			</ul>
		</div>
	</div>
"""
        return page_shell(
            fname,
            f"forum-template-default single single-forum postid-{fid} bbpress bbp-no-js",
            f"{H}/forums/forum/{fslug}/",
            article(fid, "forum", fname, inner),
            f'<meta name="description" content="{fdesc}" />\n',
        )

    f12 = forum_page(12, [
        (slug1, subj1, t1, "李卫东", 5, 16, "1 年前", "东湖社区王阿姨", 2),
        (RECENT[1][0], "关于冬季燃气安全的提醒", 5060, "网格员小陈", 3, 4, "1 年前", "南溪老张", 1),
    ])
    f15 = forum_page(15, [(slug2, subj2, t2, "沈书平", 3, 3, "2 年前", "沈书平", 1)])
    fam.put("/forums/forum/shequ-dongtai/", f12)
    fam.put("/forums/forum/dushuhui/", f15)

    archive_rows = ""
    for i, fid in enumerate((12, 15)):
        fslug, fname, fdesc = FORUMS[fid]
        topics, posts = (38, 166) if fid == 12 else (21, 97)
        archive_rows += f"""
<ul id="bbp-forum-{fid}" class="loop-item-{i} {'odd' if i % 2 == 0 else 'even'} bbp-forum-status-open bbp-forum-visibility-publish post-{fid} forum type-forum status-publish hentry">
	<li class="bbp-forum-info">

		
		<a class="bbp-forum-title" href="{H}/forums/forum/{fslug}/">{fname}</a>

		
		
		<div class="bbp-forum-content"><p>{fdesc}</p>
</div>

		
	</li>

	<li class="bbp-forum-topic-count">{topics}</li>

	<li class="bbp-forum-reply-count">{posts}</li>

	<li class="bbp-forum-freshness">

		
		<a href="{H}/forums/forum/{fslug}/" title="{fname}">{'1 年前' if fid == 12 else '2 年前'}</a>
		
	</li>
</ul><!-- #bbp-forum-{fid} -->
"""
    archive_inner = f"""<div class="bbp-search-form">
		<form role="search" method="get" id="bbp-search-form">
		<div>
			<label class="screen-reader-text hidden" for="bbp_search">搜索：</label>
			<input type="hidden" name="action" value="bbp-search-request" />
			<input type="text" value="" name="bbp_search" id="bbp_search" />
			<input class="button" type="submit" id="bbp_search_submit" value="搜索" />
		</div>
	</form>
	</div>

	{crumbs(("论坛", None, ""))}

	
	
<ul id="forums-list-0" class="bbp-forums">

	<li class="bbp-header">

		<ul class="forum-titles">
			<li class="bbp-forum-info">论坛</li>
			<li class="bbp-forum-topic-count">话题</li>
			<li class="bbp-forum-reply-count">帖子</li>
			<li class="bbp-forum-freshness">最近</li>
		</ul>

	</li><!-- .bbp-header -->

	<li class="bbp-body">

		{archive_rows}
	</li><!-- .bbp-body -->

	<li class="bbp-footer">

		<div class="tr">
			<p class="td colspan4">&nbsp;</p>
		</div><!-- .tr -->

	</li><!-- .bbp-footer -->

</ul><!-- .forums-directory -->

	
"""
    archive = page_shell(
        "论坛",
        "archive post-type-archive post-type-archive-forum bbpress bbp-no-js",
        f"{H}/forums/",
        article(0, "page", "论坛", archive_inner).replace('post-0 page type-page', 'post-0 page type-page'),
    )
    fam.put("/forums/", archive)

    home_inner = f"""<article class="post-2 page type-page status-publish hentry" id="post-2">

	
<header class="entry-header has-text-align-center header-footer-group">

	<div class="entry-header-inner section-inner medium">

		<h1 class="entry-title">欢迎来到南溪邻里</h1>
	</div><!-- .entry-header-inner -->

</header><!-- .entry-header -->

	<div class="post-inner thin ">

		<div class="entry-content">

			
<p>南溪邻里是南溪街道社区居民自发建立的交流平台，欢迎大家在<a href="{H}/forums/">论坛</a>里分享社区动态、读书心得和生活信息。</p>



<p>发帖前请先阅读<a href="{H}/guanyu/">版规</a>，文明交流，共建美好家园。</p>



<ul class="wp-block-list">
<li><a href="{H}/forums/forum/shequ-dongtai/">社区动态</a>：街道、社区工作动态与通知公告</li>



<li><a href="{H}/forums/forum/dushuhui/">书香南溪读书会</a>：读书会活动与分享</li>
</ul>

		</div><!-- .entry-content -->

	</div><!-- .post-inner -->

	<div class="section-inner">
		
	</div><!-- .section-inner -->

	
</article><!-- .post -->"""
    home = page_shell("欢迎来到南溪邻里", "home page-template-default page page-id-2", f"{H}/", home_inner)
    home = home.replace(f"<title>欢迎来到南溪邻里 &#8211; {SITE}</title>", f"<title>{SITE} &#8211; 南溪街道社区居民交流平台</title>")
    fam.put("/", home)

    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {H}/wp-sitemap.xml\n",
    )
    fam.put(
        "/wp-sitemap.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{H}/wp-sitemap-index.xsl" ?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{H}/wp-sitemap-posts-page-1.xml</loc></sitemap><sitemap><loc>{H}/wp-sitemap-posts-forum-1.xml</loc></sitemap><sitemap><loc>{H}/wp-sitemap-posts-topic-1.xml</loc></sitemap></sitemapindex>
""",
    )
    urlset = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="' + H + '/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>\n'
    fam.put("/wp-sitemap-posts-page-1.xml", urlset.format(f"<url><loc>{H}/</loc></url>"))
    fam.put(
        "/wp-sitemap-posts-forum-1.xml",
        urlset.format(f"<url><loc>{H}/forums/forum/shequ-dongtai/</loc><lastmod>2023-12-06T12:33:41+00:00</lastmod></url><url><loc>{H}/forums/forum/dushuhui/</loc><lastmod>2022-04-24T01:40:12+00:00</lastmod></url>"),
    )
    fam.put(
        "/wp-sitemap-posts-topic-1.xml",
        urlset.format(f"<url><loc>{base1}</loc><lastmod>2023-12-06T12:33:08+00:00</lastmod></url><url><loc>{base2}</loc><lastmod>2022-04-24T01:40:12+00:00</lastmod></url>"),
    )
    fam.site_note = "WordPress 6.4 + bbPress 2.6 (zh_CN): header text/html; charset=UTF-8; topic slugs are WordPress's percent-encoded Chinese titles (files stored under the decoded names)."
    fam.not_documents += [
        "/",
        "/forums/",
        "/forums/forum/shequ-dongtai/",
        "/forums/forum/dushuhui/",
        path1 + "page/2/",
    ]
    fam.noise += [
        "今天先发前一半",
        "接上文，讲话后半部分",
        "根据现场讲稿整理",
        "应书友们要求",
        "李主任还提到我了",
        "坐等后半部分",
        "第一次活动的十一个人里有我",
        "您必须登录才能回复此话题",
        "由WordPress强力驱动",
        "浙ICP备2021008861号-1",
    ]
    return fam
