"""WordPress 6.2 blog with the Argon theme (solstice23/argon-theme 1.3.x), zh_CN, a retired man's blog.

Permalinks `/archives/N` (extensionless). Every page the Argon shell: `#float_action_buttons`,
`#navbar-main` (`navbar-brand`), `#banner` with `.banner-title` and its `typing-effect` subtitle,
`#leftbar` (`leftbar-menu`, `#leftbar_part2` with `leftbar-overview-author-name`, 文章 / 评论 / 分类
counts, `leftbar-announcement` 公告). Home `/` and `/page/2/` print `article.post.card` previews
(`post-header` title, `post-meta` time / views / 字数 / 分类, `post-content` excerpt with `[…]`,
`nav.pagination`): not documents. A post: `article.post.post-full.card` with `post-meta`
(`post-meta-detail-time` carrying the 发布于/编辑于 `title`, 阅读 N, N 字, 阅读时间 N 分钟),
`div.post-outdated-info` (本文最后更新于 N 天前 …), `div#post_content.post-content` where the
blogger's own note (`写在前面`, then a `<hr />`) comes before the speech, `additional-content-after-post`
(本文由 … 原创，转载请注明出处), `post-tags`, `share-container` (分享 buttons), `post-donate`
(赞赏), `post-navigation` (上一篇 / 下一篇 cards), `#comments` with `comment-item`s and
`comment-item-text`, the `#post_comment` form (`#post_comment_content`), footer `Theme Argon`."""

from common import SPEECHES, Family

HOST = "www.zhouyongnian-argon.test"
P1, P2, P_OTHER1, P_OTHER2, P_OTHER3 = 312, 287, 318, 305, 296

HEAD = """<!DOCTYPE html>
<html lang="zh-CN" class="no-js immersion-color toolbar-blur">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no, viewport-fit=cover">
<meta property="og:title" content="@@OGTITLE@@">
<meta property="og:type" content="@@OGTYPE@@">
<meta property="og:url" content="@@URL@@">
<meta name="theme-color" content="#5e72e4">
<meta name="theme-color-rgb" content="94,114,228">
<meta name="theme-color-origin" content="#5e72e4">
<meta name="argon-enable-custom-theme-color" content="true">
<meta name="theme-card-radius" content="4">
<meta name="theme-card-radius-origin" content="4">
<meta name="theme-version" content="1.3.5">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>@@TITLE@@</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="老周的晚晴小记 &raquo; Feed" href="http://www.zhouyongnian-argon.test/feed" />
<link rel="alternate" type="application/rss+xml" title="老周的晚晴小记 &raquo; 评论Feed" href="http://www.zhouyongnian-argon.test/comments/feed" />
<link rel='stylesheet' id='wp-block-library-css' href='http://www.zhouyongnian-argon.test/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' type='text/css' media='all' />
<link rel='stylesheet' id='argon_css_merged-css' href='http://www.zhouyongnian-argon.test/wp-content/themes/argon/assets/argon_css_merged.css?ver=1.3.5' type='text/css' media='all' />
<link rel='stylesheet' id='style-css' href='http://www.zhouyongnian-argon.test/wp-content/themes/argon/style.css?ver=1.3.5' type='text/css' media='all' />
<script type='text/javascript' src='http://www.zhouyongnian-argon.test/wp-content/themes/argon/assets/argon_js_merged.js?ver=1.3.5' id='argon_js_merged-js'></script>
<script type='text/javascript' src='http://www.zhouyongnian-argon.test/wp-content/themes/argon/assets/js/argon.min.js?ver=1.3.5' id='argonjs-js'></script>
<link rel="https://api.w.org/" href="http://www.zhouyongnian-argon.test/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://www.zhouyongnian-argon.test/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.2.2" />
@@EXTRAHEAD@@
<script>
	var argonConfig = {wp_path: "/", language: "zh_CN", dateFormat: "YMD", zoomify: {"closeOnScroll": true, "scale": 0.9}, pangu: "", lazyload: {threshold: 800, effect: "fadeIn"}, fold_long_comments: false, fold_long_shuoshuo: false, disable_pjax: false, pjax_animation_durtion: 600, headroom: "false", waterflow_columns: "1", code_highlight: {enable: false}};
</script>
<script>
	var darkmodeAutoSwitch = "false";
	function setDarkmode(enable){ }
	document.documentElement.classList.add("banner-as-cover");
</script>
</head>
<body class="@@BODYCLASS@@">
<div id="toolbar">
	<header class="header-global">
		<nav id="navbar-main" class="navbar navbar-main navbar-expand-lg navbar-transparent navbar-light bg-primary headroom--not-bottom headroom--not-top headroom--pinned">
			<div class="container">
				<button id="open_sidebar" class="navbar-toggler" type="button" aria-expanded="false" aria-label="Toggle sidebar"><span class="navbar-toggler-icon"></span></button>
				<div class="navbar-brand mr-0"><a class="navbar-brand navbar-title" href="http://www.zhouyongnian-argon.test">老周的晚晴小记</a></div>
				<div class="navbar-collapse collapse" id="navbar_global">
					<ul class="navbar-nav navbar-nav-hover align-items-lg-center">
						<li class="nav-item"><a href="http://www.zhouyongnian-argon.test/" class="nav-link" target="_self"><i class="ni ni-book-bookmark d-lg-none"></i><span class="nav-link-inner--text">首页</span></a></li>
						<li class="nav-item"><a href="http://www.zhouyongnian-argon.test/category/suibi" class="nav-link" target="_self"><span class="nav-link-inner--text">随笔</span></a></li>
						<li class="nav-item"><a href="http://www.zhouyongnian-argon.test/category/shufa" class="nav-link" target="_self"><span class="nav-link-inner--text">练字</span></a></li>
						<li class="nav-item"><a href="http://www.zhouyongnian-argon.test/about" class="nav-link" target="_self"><span class="nav-link-inner--text">关于老周</span></a></li>
					</ul>
					<ul class="navbar-nav align-items-lg-center ml-lg-auto">
						<li id="navbar_search_container" class="nav-item" data-toggle="modal"><div class="navbar-search navbar-search-dark form-inline mr-3 d-none d-md-flex"><div class="form-group mb-0"><div class="input-group input-group-alternative"><div class="input-group-prepend"><span class="input-group-text"><i class="fa fa-search"></i></span></div><input id="navbar_search_input" class="form-control" placeholder="搜索什么..." type="text" autocomplete="off"></div></div></div></li>
					</ul>
				</div>
			</div>
		</nav>
	</header>
</div>
<div class="modal fade" id="argon_search_modal" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog modal-dialog-centered" role="document"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">搜索</h5><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button></div><div class="modal-body"><form method="get" action="http://www.zhouyongnian-argon.test/"><input type="search" name="s" class="form-control" placeholder="搜索什么..."></form></div></div></div></div>
<section id="banner" class="banner section section-lg section-shaped">
	<div class="shape shape-style-1 shape-primary"><span></span><span></span><span></span><span></span><span></span><span></span><span></span><span></span><span></span></div>
	<div id="banner_container" class="banner-container container text-center">
		<div class="banner-title text-white"><span class="banner-title-inner">老周的晚晴小记</span><span class="banner-subtitle d-block">莫道桑榆晚，为霞尚满天。</span></div>
	</div>
	<div class="cover-scroll-down"><i class="fa fa-angle-down" aria-hidden="true"></i></div>
</section>
<div id="float_action_buttons" class="float-action-buttons fabtns-unloaded">
	<button id="fabtn_toggle_sides" class="btn btn-icon btn-neutral fabtn shadow-sm" type="button" aria-hidden="true" tooltip-move-to-left="移至左侧" tooltip-move-to-right="移至右侧"><span class="btn-inner--icon fabtn-show-on-right"><i class="fa fa-caret-left"></i></span></button>
	<button id="fabtn_back_to_top" class="btn btn-icon btn-neutral fabtn shadow-sm" type="button" aria-label="Back To Top" tooltip="回到顶部"><span class="btn-inner--icon"><i class="fa fa-angle-up"></i></span></button>
	<button id="fabtn_go_to_comment" class="btn btn-icon btn-neutral fabtn shadow-sm d-none" type="button" aria-label="Comment" tooltip="评论"><span class="btn-inner--icon"><i class="fa fa-comment-o"></i></span></button>
	<button id="fabtn_toggle_darkmode" class="btn btn-icon btn-neutral fabtn shadow-sm" type="button" aria-label="Toggle Darkmode" tooltip-darkmode="夜间模式" tooltip-blackmode="暗黑模式" tooltip-lightmode="日间模式"><span class="btn-inner--icon"><i class="fa fa-moon-o"></i></span></button>
	<button id="fabtn_reading_progress" class="btn btn-icon btn-neutral fabtn shadow-sm" type="button" aria-hidden="true" tooltip="阅读进度"><div id="fabtn_reading_progress_bar" style="width: 0%;"></div><span id="fabtn_reading_progress_details">0%</span></button>
</div>
<div id="content" class="site-content">
<div id="sidebar_mask"></div>
<aside id="leftbar" class="leftbar widget-area" role="complementary">
	<div id="leftbar_part1" class="widget widget_search card bg-white shadow-sm border-0">
		<div class="leftbar-banner card-body"><span class="leftbar-banner-title text-white">老周的晚晴小记</span><span class="leftbar-banner-subtitle text-white">退休老教师，写字、唱歌、记点小事</span></div>
		<ul id="leftbar_part1_menu" class="leftbar-menu">
			<li class="menu-item"><a href="http://www.zhouyongnian-argon.test/"><i class="fa fa-home"></i>首页</a></li>
			<li class="menu-item"><a href="http://www.zhouyongnian-argon.test/category/suibi"><i class="fa fa-pencil"></i>随笔</a></li>
			<li class="menu-item"><a href="http://www.zhouyongnian-argon.test/category/shufa"><i class="fa fa-paint-brush"></i>练字</a></li>
			<li class="menu-item"><a href="http://www.zhouyongnian-argon.test/about"><i class="fa fa-user"></i>关于老周</a></li>
		</ul>
		<div class="card-body text-center leftbar-search-button"><button id="leftbar_search_container" class="btn btn-secondary btn-lg active btn-sm btn-block border-0" role="button"><i class="menu-item-icon fa fa-search mr-0"></i> 搜索</button></div>
	</div>
	<div id="leftbar_part2" class="widget widget_search card bg-white shadow-sm border-0">
		<div id="leftbar_part2_inner" class="card-body">
			<div class="nav-wrapper"><ul class="nav nav-pills nav-fill" role="tablist"><li class="nav-item sidebar-tab-switcher"><a class="active nav-link" data-toggle="tab" href="#leftbar_tab_overview" role="tab">站点概览</a></li><li class="nav-item sidebar-tab-switcher"><a class="nav-link" data-toggle="tab" href="#leftbar_tab_tools" role="tab">功能</a></li></ul></div>
			<div class="tab-content">
				<div class="tab-pane fade text-center active show" id="leftbar_tab_overview" role="tabpanel">
					<div id="leftbar_overview_author_image" style="background-image: url(http://www.zhouyongnian-argon.test/wp-content/uploads/2021/03/laozhou.jpg)" class="rounded-circle shadow-sm" alt="avatar"></div>
					<h6 id="leftbar_overview_author_name">周永年</h6>
					<h6 id="leftbar_overview_author_description">教了三十八年语文，退休了接着当学生。</h6>
					<nav class="site-state"><div class="site-state-item site-state-posts"><a href="http://www.zhouyongnian-argon.test/archives"><span class="site-state-item-count">126</span><span class="site-state-item-name">文章</span></a></div><div class="site-state-item site-state-categories"><a data-toggle="modal" data-target="#blog_categories"><span class="site-state-item-count">4</span><span class="site-state-item-name">分类</span></a></div><div class="site-state-item site-state-tags"><a data-toggle="modal" data-target="#blog_tags"><span class="site-state-item-count">57</span><span class="site-state-item-name">标签</span></a></div></nav>
				</div>
				<div class="tab-pane fade" id="leftbar_tab_tools" role="tabpanel"><div id="archives-2" class="widget widget_archive card bg-white border-0"><h6 class="font-weight-bold text-black">归档</h6><ul><li><a href='http://www.zhouyongnian-argon.test/archives/date/2023/07'>2023年7月</a></li><li><a href='http://www.zhouyongnian-argon.test/archives/date/2023/06'>2023年6月</a></li><li><a href='http://www.zhouyongnian-argon.test/archives/date/2022/08'>2022年8月</a></li></ul></div></div>
			</div>
		</div>
	</div>
	<div id="leftbar_announcement" class="card bg-white shadow-sm border-0 leftbar-announcement"><div class="leftbar-announcement-body"><div class="leftbar-announcement-title text-white">公告</div><div class="leftbar-announcement-content text-white">本站文字多是老周随手所记，欢迎留言交流。评论需审核后显示，请勿发广告。</div></div></div>
</aside>
<div id="primary" class="content-area">
<main id="main" class="site-main article-list" role="main">
"""

FOOT = """</main>
<footer id="footer" class="site-footer card shadow-sm border-0">
	<div>老周的晚晴小记 &copy; 2021-2023 · <a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备21018836号-1</a></div>
	<div>已经写了 <span id="blog_post_count">126</span> 篇，本站已运行 <span id="blog_run_days">847</span> 天</div>
	<div class="github-badge-big"><span class="badge-subject"><i class="fa fa-id-card"></i> Theme</span><span class="badge-value bg-orange"><a href="https://github.com/solstice23/argon-theme" target="_blank"><i class="fa fa-github"></i> Argon</a></span></div>
</footer>
</div>
</div>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3c8e1d2f0b9a7e6d5c4b3a2918f7e6d5";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
<script type='text/javascript' src='http://www.zhouyongnian-argon.test/wp-includes/js/comment-reply.min.js?ver=6.2.2' id='comment-reply-js'></script>
</body>
</html>
"""

CATS = {"suibi": "随笔"}


def head(title, url, ogtype="website", bodyclass="home blog", extra=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@OGTITLE@@", title.split(" – ")[0]).replace("@@URL@@", url).replace("@@OGTYPE@@", ogtype).replace("@@BODYCLASS@@", bodyclass).replace("@@EXTRAHEAD@@", extra)


def preview(pid, title, date, views, words, excerpt, sticky=False):
    base = f"http://{HOST}/archives/{pid}"
    stick = '<div class="post-meta-detail post-meta-detail-stickey"><i class="fa fa-thumb-tack" aria-hidden="true"></i> 置顶</div><div class="post-meta-devide">|</div>' if sticky else ""
    return f"""<article class="post card bg-white shadow-sm border-0 post-preview-layout-2" id="post-{pid}">
	<header class="post-header text-center">
		<a class="post-title" href="{base}">{title}</a>
		<div class="post-meta">
			{stick}<div class="post-meta-detail post-meta-detail-time"><i class="fa fa-clock-o" aria-hidden="true"></i> <time title="发布于 {date}">{date[:10]}</time></div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-views"><i class="fa fa-eye" aria-hidden="true"></i> {views}</div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-categories"><i class="fa fa-bookmark-o" aria-hidden="true"></i> <a href="http://{HOST}/category/suibi" target="_blank" class="post-meta-detail-catagory-link">随笔</a></div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-words"><i class="fa fa-file-word-o" aria-hidden="true"></i> {words} 字</div>
		</div>
	</header>
	<div class="post-content">{excerpt} [&hellip;]</div>
	<div class="post-tags"><i class="fa fa-tags" aria-hidden="true"></i> <a href="http://{HOST}/tag/laonian" class="tag badge badge-secondary post-meta-detail-tag">老年生活</a></div>
</article>
"""


def pager(cur):
    if cur == 1:
        return f'<nav class="pagination-container"><ul class="pagination"><li class="page-item active"><a class="page-link">1</a></li><li class="page-item"><a class="page-link" href="http://{HOST}/page/2">2</a></li><li class="page-item"><a class="page-link" href="http://{HOST}/page/2" title="下一页"><i class="fa fa-angle-right"></i></a></li></ul></nav>'
    return f'<nav class="pagination-container"><ul class="pagination"><li class="page-item"><a class="page-link" href="http://{HOST}/" title="上一页"><i class="fa fa-angle-left"></i></a></li><li class="page-item"><a class="page-link" href="http://{HOST}/">1</a></li><li class="page-item active"><a class="page-link">2</a></li></ul></nav>'


def comments_html(pid, items):
    out = []
    for cid, name, when, text, reply_to in items:
        byauthor = " byuser bypostauthor" if name == "周永年" else ""
        rt = f'<span class="comment-item-title-reply-to"><i class="fa fa-reply" aria-hidden="true"></i> 回复 <a href="#comment-{reply_to}">@{[i for i in items if i[0] == reply_to][0][1]}</a></span>' if reply_to else ""
        out.append(f"""<li class="comment-item{byauthor}" id="comment-{cid}" data-id="{cid}" data-use-markdown="false">
	<div class="comment-item-left-wrapper"><div class="comment-item-avatar"><img alt='' src='https://cravatar.cn/avatar/{cid:032x}?s=40&d=mm&r=g' class='avatar avatar-40 photo' height='40' width='40' loading='lazy'/></div></div>
	<div class="comment-item-inner" id="comment-inner-{cid}">
		<div class="comment-item-title"><div class="comment-name"><div class="comment-author">{name}</div>{'<span class="badge badge-primary badge-admin">博主</span>' if byauthor else ''}{rt}</div><div class="comment-info"><div class="comment-time"><span class="human-time" data-toggle="tooltip" data-placement="bottom" title="{when}">{when[:10]}</span></div></div></div>
		<div class="comment-item-text"><p>{text}</p></div>
		<div class="comment-operations"><button class="comment-reply btn btn-outline-primary" data-id="{cid}" type="button">回复</button></div>
	</div>
</li>""")
    return f"""<div id="comments" class="comments-area card shadow-sm">
	<div class="card-body">
		<h2 class="comments-title"><i class="fa fa-comments"></i> 评论 <span class="comments-count">({len(items)})</span></h2>
		<ol class="comment-list">
{chr(10).join(out)}
		</ol>
	</div>
</div>
<div id="post_comment" class="post-comment card shadow-sm">
	<div class="card-body">
		<h2 class="post-comment-title"><i class="fa fa-commenting"></i> <span class="hide-on-reply">发送评论</span></h2>
		<div id="post_comment_reply_info" class="post-comment-reply"><span>正在回复 <span id="post_comment_reply_name"></span></span><button id="post_comment_reply_cancel" class="btn btn-outline-primary btn-sm">取消回复</button></div>
		<textarea id="post_comment_content" class="form-control form-control-alternative" placeholder="评论内容" name="comment" style="min-height: 90px;"></textarea>
		<div class="row"><div class="col-md-4"><input id="post_comment_name" class="form-control" placeholder="昵称" type="text" name="author"></div><div class="col-md-4"><input id="post_comment_email" class="form-control" placeholder="邮箱" type="email" name="email"></div><div class="col-md-4"><input id="post_comment_link" class="form-control" placeholder="网站 (选填)" type="text" name="url"></div></div>
		<input id="post_comment_post_id" value="{pid}" type="hidden">
		<button id="post_comment_send" class="btn btn-primary comment-btn pull-right mr-0" type="submit"><i class="fa fa-send"></i> 发送</button>
	</div>
</div>
"""


def post_page(pid, s, note_html, pub, edit, views, days, tags, prev, nxt, comments):
    base = f"http://{HOST}/archives/{pid}"
    words = s.chars() + 120
    body = "\n".join(f"<p>{p}</p>" for p in s.paras)
    tags_html = " ".join(f'<a href="http://{HOST}/tag/{slug}" class="tag badge badge-secondary post-meta-detail-tag">{t}</a>' for slug, t in tags)
    extra = f'<link rel="canonical" href="{base}" />\n<link rel=\'shortlink\' href=\'http://{HOST}/?p={pid}\' />\n<meta property="article:published_time" content="{pub.replace(" ", "T")}+08:00">'
    nav = f"""<div class="post-navigation card shadow-sm">
	<div class="post-navigation-item post-navigation-pre"><span class="page-navigation-extra-text"><i class="fa fa-arrow-circle-o-left" aria-hidden="true"></i>上一篇</span><a href="http://{HOST}/archives/{prev[0]}" rel="prev">{prev[1]}</a></div>
	<div class="post-navigation-item post-navigation-next"><span class="page-navigation-extra-text">下一篇 <i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i></span><a href="http://{HOST}/archives/{nxt[0]}" rel="next">{nxt[1]}</a></div>
</div>"""
    return head(f"{s.title} &#8211; 老周的晚晴小记", base, "article", f"post-template-default single single-post postid-{pid} single-format-standard", extra) + f"""<article class="post post-full card bg-white shadow-sm border-0" id="post-{pid}">
	<header class="post-header text-center">
		<a class="post-title" href="{base}">{s.title}</a>
		<div class="post-meta">
			<div class="post-meta-detail post-meta-detail-time"><i class="fa fa-clock-o" aria-hidden="true"></i> <time title="发布于 {pub} | 编辑于 {edit}">{pub[:16]}</time></div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-views"><i class="fa fa-eye" aria-hidden="true"></i> {views}</div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-comments"><i class="fa fa-comments-o" aria-hidden="true"></i> {len(comments)}</div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-categories"><i class="fa fa-bookmark-o" aria-hidden="true"></i> <a href="http://{HOST}/category/suibi" target="_blank" class="post-meta-detail-catagory-link">随笔</a></div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-author"><i class="fa fa-user-circle-o" aria-hidden="true"></i> <a href="http://{HOST}/archives/author/laozhou" target="_blank">周永年</a></div>
			<br>
			<div class="post-meta-detail post-meta-detail-words"><i class="fa fa-file-word-o" aria-hidden="true"></i> {words} 字</div>
			<div class="post-meta-devide">|</div>
			<div class="post-meta-detail post-meta-detail-words"><i class="fa fa-hourglass-end" aria-hidden="true"></i> {words // 300 + 1} 分钟</div>
		</div>
	</header>
	<div class="post-content" id="post_content">
		<div class="post-outdated-info"><i class="fa fa-info-circle" aria-hidden="true"></i> 本文最后更新于 {days} 天前，其中的信息可能已经有所发展或是发生改变。</div>
{note_html}
<hr class="wp-block-separator has-alpha-channel-opacity"/>
{body}
	</div>
	<div class="additional-content-after-post">本文由 老周 原创，转载请注明出处并保留本段文字。</div>
	<div class="post-tags"><i class="fa fa-tags" aria-hidden="true"></i> {tags_html}</div>
	<div id="share_container"><div id="share" data-initialized="true"><a target="_blank" class="no-pjax icon-wechat" tooltip="分享到微信"><button class="btn btn-icon btn-success"><span class="btn-inner--icon"><i class="fa fa-weixin"></i></span></button></a><a target="_blank" class="no-pjax icon-weibo" href="https://service.weibo.com/share/share.php?url={base}" tooltip="分享到微博"><button class="btn btn-icon btn-warning"><span class="btn-inner--icon"><i class="fa fa-weibo"></i></span></button></a><a target="_blank" class="no-pjax icon-qq" tooltip="分享到 QQ"><button class="btn btn-icon btn-primary"><span class="btn-inner--icon"><i class="fa fa-qq"></i></span></button></a><a class="no-pjax icon-copy-link" id="share_copy_link" tooltip="复制链接"><button class="btn btn-icon btn-default"><span class="btn-inner--icon"><i class="fa fa-link"></i></span></button></a></div><button id="share_show" class="btn btn-icon btn-primary"><span class="btn-inner--icon"><i class="fa fa-share-alt"></i></span></button></div>
	<div class="post-donate"><button class="btn donate-btn btn-danger">赞赏</button><div class="donate-qrcode card shadow-sm bg-white"><img src="http://{HOST}/wp-content/uploads/2021/03/wx-reward.png"></div></div>
</article>
{nav}
<div class="related-posts card shadow-sm"><h2 class="post-comment-title"><i class="fa fa-book"></i><span> 相关文章</span></h2><div style="overflow-x: auto;"><a class="related-post-card" href="http://{HOST}/archives/{prev[0]}"><div class="related-post-card-container"><div class="related-post-title clamp" clamp-line="3">{prev[1]}</div><i class="related-post-arrow fa fa-chevron-right" aria-hidden="true"></i></div></a></div></div>
{comments_html(pid, comments)}
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "WordPress 6.2 + Argon theme 1.3.5 personal blog (zh_CN), /archives/N permalinks", content_type="text/html; charset=UTF-8", extensionless_html=True)
    s1, s2 = SPEECHES["f51c-1"], SPEECHES["f51c-2"]
    note1 = """<p><strong>写在前面：</strong>今天上午社区老年大学春季学期结业，班主任吴老师前两天就打招呼，让我代表学员讲几句。稿子是我前天晚上写的，改了三遍，老伴说太长，我又删了一段。讲完以后好几个老同学跟我要稿子，干脆发在这里，大家自取。</p>
<p>下面是发言的原稿，现场讲的时候有几句是临时加的，就不补了。</p>"""
    note2 = """<p>八月十三号，县一中九二届高三（2）班毕业三十周年聚会。我是当年的班长，筹备组让我开个头。这篇致辞在群里征求了几轮意见，孙小梅帮我改了两处，最后就是下面这个样子。照片另发一篇。</p>"""
    c1 = [
        (1046, "书法二班王大姐", "2023-06-28 21:03", "周老师讲得好，我在下面听得直抹眼泪。下学期还坐你旁边。", 0),
        (1047, "周永年", "2023-06-28 21:30", "大姐您是我们的榜样，下学期见！", 1046),
        (1049, "社区小刘", "2023-06-29 08:15", "周叔叔，台阶扶手的事已经报给街道了，暑假里就能装上。太极拳班也在联系老师。", 0),
        (1052, "合唱班老赵", "2023-06-29 10:42", "转到我们合唱班群里了，大家都说写得实在。", 0),
    ]
    c2 = [
        (903, "孙小梅", "2022-08-14 09:12", "班长辛苦了！昨晚好多同学都喝多了，今天上午去学校的路上还在说你的致辞。", 0),
        (904, "赵建华", "2022-08-14 11:27", "说我最胖的那句能不能删了[捂脸]", 0),
        (905, "周永年", "2022-08-14 12:01", "删不了，大家都听见了，哈哈。", 904),
        (911, "林老师的儿子", "2022-08-15 20:40", "我父亲让我转告大家：谢谢你们还记得他，他回来说了一晚上。", 0),
    ]
    fam.put(f"/archives/{P1}", post_page(P1, s1, note1, "2023-06-28 19:42:10", "2023-06-29 08:30:51", 486, 528,
        [("laonian-daxue", "老年大学"), ("fayan", "发言")], (P_OTHER2, "练了半年隶书，说说我的体会"), (P_OTHER1, "七月回老家，看了看当年教书的学校"), c1))
    fam.put(f"/archives/{P2}", post_page(P2, s2, note2, "2022-08-14 22:16:37", "2022-08-14 22:40:03", 731, 846,
        [("tongxue", "同学聚会"), ("fayan", "发言")], (281, "给老家的孙子写的一封信"), (P_OTHER3, "冬至包饺子"), c2))
    home_items = [
        preview(P_OTHER1, "七月回老家，看了看当年教书的学校", "2023-07-16 20:05:44", 122, 1680, "暑假跟儿子回了一趟老家，顺路去了当年教书的公社中学。校门换了，操场铺了塑胶跑道，当年我住的那排平房已经拆了"),
        preview(P1, s1.title, "2023-06-28 19:42:10", 486, s1.chars() + 120, "写在前面：今天上午社区老年大学春季学期结业，班主任吴老师前两天就打招呼，让我代表学员讲几句。稿子是我前天晚上写的，改了三遍"),
        preview(P_OTHER2, "练了半年隶书，说说我的体会", "2023-03-02 09:18:20", 205, 1420, "去年秋天开始跟吴老师学隶书，先写《曹全碑》。吴老师说，隶书要蚕头燕尾，一波三折，我写了半年，燕尾还是像个秤钩"),
    ]
    fam.put("/", head("老周的晚晴小记 &#8211; 退休老教师，写字、唱歌、记点小事", f"http://{HOST}/") + "".join(home_items) + pager(1) + FOOT)
    page2 = [
        preview(P_OTHER3, "冬至包饺子", "2022-12-22 18:30:02", 96, 860, "冬至这天，老伴说要包饺子，我负责擀皮。擀了四十多年皮，还是擀不圆"),
        preview(P2, s2.title, "2022-08-14 22:16:37", 731, s2.chars() + 90, "八月十三号，县一中九二届高三（2）班毕业三十周年聚会。我是当年的班长，筹备组让我开个头。这篇致辞在群里征求了几轮意见"),
    ]
    fam.put("/page/2", head("老周的晚晴小记 &#8211; 第 2 页 &#8211; 退休老教师，写字、唱歌、记点小事", f"http://{HOST}/page/2", bodyclass="home blog paged paged-2") + "".join(page2) + pager(2) + FOOT)
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: http://{HOST}/wp-sitemap.xml\n")
    fam.put("/wp-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap-index.xsl" ?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://{HOST}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>
""")
    fam.put("/wp-sitemap-posts-post-1.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap.xsl" ?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://{HOST}/archives/{P1}</loc><lastmod>2023-06-29T00:30:51+00:00</lastmod></url><url><loc>http://{HOST}/archives/{P2}</loc><lastmod>2022-08-14T14:40:03+00:00</lastmod></url></urlset>
""")
    fam.doc([f"/archives/{P1}"], s1)
    fam.doc([f"/archives/{P2}"], s2)
    fam.not_documents += ["/", "/page/2"]
    fam.noise += ["写在前面", "稿子是我前天晚上写的", "现场讲的时候有几句是临时加的", "孙小梅帮我改了两处", "本文最后更新于", "本文由 老周 原创", "转载请注明出处", "赞赏", "发送评论", "上一篇", "下一篇", "说我最胖的那句", "台阶扶手的事已经报给街道", "鲁ICP备", "Theme"]
    return fam
