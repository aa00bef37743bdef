"""A personal blog on WordPress 6 with a classic theme and Jetpack: block-editor markup
(`wp-block-image` with a `figcaption` carrying a photo credit, `wp-block-file` download, a
separator and an italic 整理 note after the text), a post split by `<!--nextpage-->` into
`/slug/` and `/slug/2/` (`post-nav-links`), the home page printing each post up to `<!--more-->`
with 继续阅读 and `/page/2/` pagination, sharedaddy share and like boxes, jp-relatedposts, comments
and the comment form, a feed and the core `wp-sitemap.xml`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.nianhua-blog.test"
SITE = "年华随记"

POSTS = [
    # speech, post id, slug, time, category, pages, photo after paragraph, comments
    (
        SPEECHES["L1"],
        312,
        "/2024/05/19/fuqin-bashi-shouyan/",
        "2024-05-19T12:08:31+08:00",
        ("jiashi", "家事"),
        2,
        1,
        [
            ("小满", "2024年5月19日 下午3:12", "读得眼眶湿了，祝叔叔健康长寿！"),
            ("阿June", "2024年5月20日 上午9:40", "“吃亏是福，不能亏了良心”，说得真好。"),
        ],
    ),
    (
        SPEECHES["L2"],
        298,
        "/2024/04/23/huaiyin-dushuhui-wuzhounian/",
        "2024-04-23T21:35:02+08:00",
        ("suibi", "随笔"),
        1,
        None,
        [("书虫老李", "2024年4月24日 上午7:55", "漂流书屋的事情值得推广，我们小区也想搞一个。")],
    ),
]

CAPTION = "父亲在寿宴上给孙辈们分寿桃（图片来源：作者家人拍摄）"

HEAD = """<!doctype html>
<html lang="zh-Hans">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<title>@@TITLE@@</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="年华随记 &raquo; Feed" href="/?feed=rss2" />
@@EXTRA_HEAD@@<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.2' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=13.4.2' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
</head>

<body class="@@BODY_CLASS@@">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">跳至内容</a>

<header id="masthead" class="site-header has-title-and-tagline has-menu">
	<div class="site-branding">
		<p class="site-title"><a href="/" rel="home">年华随记</a></p>
		<p class="site-description">写给家人，也写给自己</p>
	</div>
	<nav id="site-navigation" class="primary-navigation" aria-label="主菜单">
		<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-12"><a href="/">首页</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="/category/jiashi/">家事</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="/category/suibi/">随笔</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-15"><a href="/about/">关于</a></li>
</ul></div>	</nav>
</header>

	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
"""

FOOT = """			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->

	<aside class="widget-area">
		<section id="block-3" class="widget widget_block widget_search"><form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1" >搜索</label><div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button aria-label="搜索" class="wp-block-search__button wp-element-button" type="submit" >搜索</button></div></form></section><section id="block-4" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">近期文章</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">@@RECENT@@</ul></div></div></section>
	</aside><!-- .widget-area -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="site-name"><a href="/">年华随记</a></div>
			<div class="powered-by">由<a href="https://cn.wordpress.org/">WordPress</a>强力驱动</div>
			<div class="beian"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">鲁ICP备20031234号-1</a></div>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->
<script src='https://stats.wp.com/e-202421.js' defer></script>
<script>
	_stq = window._stq || [];
	_stq.push([ "view", {v:'ext',blog:'219876543',post:'@@POSTID@@',tz:'8',srv:'www.nianhua-blog.test',j:'1:13.4.2'} ]);
	_stq.push([ "clickTrackerInit", "219876543", "@@POSTID@@" ]);
</script>
<script src='/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.2' id='twenty-twenty-one-primary-navigation-script-js'></script>
</body>
</html>
"""


def recent():
    return "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{p[2]}">{p[0].title}</a></li>' for p in POSTS)


def para_html(paras, photo_after, k):
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if k == 0 and photo_after is not None and i == photo_after:
            out.append(
                '<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" '
                'src="/wp-content/uploads/2024/05/shouyan-1024x683.jpg" alt="" class="wp-image-315" '
                'srcset="/wp-content/uploads/2024/05/shouyan-1024x683.jpg 1024w, /wp-content/uploads/2024/05/shouyan-300x200.jpg 300w" '
                f'sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{CAPTION}</figcaption></figure>'
            )
    return "\n\n".join(out)


def sharing(post_id, post_url):
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文：</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{post_id}" class="share-twitter sd-button share-icon" href="{post_url}?share=twitter" target="_blank" title="点击以在 X 上共享" ><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{post_id}" class="share-facebook sd-button share-icon" href="{post_url}?share=facebook" target="_blank" title="点击以在 Facebook 上共享" ><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-219876543-{post_id}-664a0b1c' data-src='https://widgets.wp.com/likes/?ver=13.4.2#blog_id=219876543&amp;post_id={post_id}&amp;origin=www.nianhua-blog.test&amp;obj_id=219876543-{post_id}-664a0b1c' data-name='like-post-frame-219876543-{post_id}-664a0b1c' data-title='赞或转发'><h3 class="sd-title">赞过：</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>赞</span></span> <span class="loading">正在加载……</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"""


def related(i):
    other = POSTS[1 - i]
    return f"""
<div id='jp-relatedposts' class='jp-relatedposts' >
	<h3 class="jp-relatedposts-headline"><em>相关</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid "><p class="jp-relatedposts-post jp-relatedposts-post0" data-post-id="{other[1]}" data-post-format="false"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{other[2]}" title="{other[0].title}" rel="nofollow" data-origin="{POSTS[i][1]}" data-position="0">{other[0].title}</a></span><span class="jp-relatedposts-post-date">{other[0].date.replace("-0", "年", 1).replace("-", "月", 1)}日</span><span class="jp-relatedposts-post-context">在“{other[4][1]}”中</span></p></div></div>"""


def comments(i):
    post = POSTS[i]
    items = "".join(
        f"""		<li id="comment-{40 + n}" class="comment even thread-even depth-1">
			<article id="div-comment-{40 + n}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<img alt='' src='https://secure.gravatar.com/avatar/0f1e2d3c?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>						<b class="fn">{name}</b> <span class="says">说：</span>					</div><!-- .comment-author -->
					<div class="comment-metadata">
						<a href="{post[2]}#comment-{40 + n}"><time datetime="{post[3]}">{when}</time></a>					</div><!-- .comment-metadata -->
				</footer><!-- .comment-meta -->
				<div class="comment-content">
					<p>{text}</p>
				</div><!-- .comment-content -->
				<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{post[2]}?replytocom={40 + n}#respond' data-commentid="{40 + n}" data-postid="{post[1]}" data-belowelement="div-comment-{40 + n}" data-respondelement="respond" data-replyto="回复给{name}" aria-label='回复给{name}'>回复</a></div>			</article><!-- .comment-body -->
		</li><!-- #comment-## -->
"""
        for n, (name, when, text) in enumerate(post[7])
    )
    return f"""
<div id="comments" class="comments-area default-max-width show-avatars">
			<h2 class="comments-title">
			{len(post[7])}条评论		</h2><!-- .comments-title -->
		<ol class="comment-list">
{items}		</ol><!-- .comment-list -->
		<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">发表回复 <small><a rel="nofollow" id="cancel-comment-reply-link" href="{post[2]}#respond" style="display:none;">取消回复</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的邮箱地址不会被公开。</span> <span class="required-field-message">必填项已用 <span class="required">*</span> 标注</span></p><p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">显示名称 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">邮箱 <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /> <input type='hidden' name='comment_post_ID' value='{post[1]}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div><!-- #comments -->
"""


def post_page(i, k, runs):
    speech, post_id, path, stamp, (cat_slug, cat), count, photo_after, _c = POSTS[i]
    content = para_html(runs[k], photo_after, k)
    if k == count - 1 and count == 1:
        content += (
            '\n\n<div class="wp-block-file"><a id="wp-block-file--media-9c1d" href="/wp-content/uploads/2024/04/dushuhui-fayan.docx">'
            "槐荫读书会五周年发言稿（Word）</a><a href=\"/wp-content/uploads/2024/04/dushuhui-fayan.docx\" "
            'class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-9c1d">下载</a></div>'
            '\n\n<hr class="wp-block-separator has-alpha-channel-opacity"/>'
            "\n\n<p><em>（本文根据现场录音整理，经发言人审阅，略有删节。）</em></p>"
        )
    links = ""
    if count > 1:
        nums = "".join(
            f'<span class="post-page-numbers current" aria-current="page">{n + 1}</span>'
            if n == k
            else f'<a href="{path if n == 0 else f"{path}{n + 1}/"}" class="post-page-numbers">{n + 1}</a>'
            for n in range(count)
        )
        links = f'\n<div class="page-links">页面： {nums}</div>'
    other = POSTS[1 - i]
    nav_side = "nav-previous" if i == 0 else "nav-next"
    nav_label = "上一篇文章" if i == 0 else "下一篇文章"
    body = f"""
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-{cat_slug} tag-zhici entry">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{speech.title}</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
		{content}
{sharing(post_id, path)}
{related(i)}{links}	</div><!-- .entry-content -->

	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on">发布于 <time class="entry-date published updated" datetime="{stamp}">{int(speech.date[:4])}年{int(speech.date[5:7])}月{int(speech.date[8:])}日</time></span><span class="byline">作者 <a href="/author/nianhua/" rel="author">年华</a></span></div><div class="post-taxonomies"><span class="cat-links">分类 <a href="/category/{cat_slug}/" rel="category tag">{cat}</a> </span><span class="tags-links">标签 <a href="/tag/zhici/" rel="tag">致辞</a></span></div>	</footer><!-- .entry-footer -->

</article><!-- #post-{post_id} -->
{comments(i)}
	<nav class="navigation post-navigation" aria-label="文章">
		<h2 class="screen-reader-text">文章导航</h2>
		<div class="nav-links"><div class="{nav_side}"><a href="{other[2]}" rel="{"prev" if i == 0 else "next"}"><p class="meta-nav">{nav_label}</p><p class="post-title">{other[0].title}</p></a></div></div>
	</nav>
"""
    extra = (
        f'<link rel="alternate" type="application/rss+xml" title="年华随记 &raquo; {speech.title} 评论 Feed" href="{path}feed/" />\n'
        f'<link rel="canonical" href="{path if k == 0 else f"{path}{k + 1}/"}" />\n'
        f'<link rel=\'shortlink\' href=\'/?p={post_id}\' />\n'
    )
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}{'' if k == 0 else f' &#8211; 第 {k + 1} 页'} &#8211; {SITE}",
        EXTRA_HEAD=extra,
        BODY_CLASS=f"post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation",
        RECENT=recent(),
        POSTID=post_id,
    )


def index_page(n, count):
    speech, post_id, path, stamp, (cat_slug, cat), *_ = POSTS[n - 1]
    teaser = "\n\n".join(f"<p>{p}</p>" for p in speech.paras[:2])
    nav = "".join(
        f'<span aria-current="page" class="page-numbers current">{i}</span>'
        if i == n
        else f'<a class="page-numbers" href="{"/" if i == 1 else f"/page/{i}/"}">{i}</a>'
        for i in range(1, count + 1)
    )
    if n > 1:
        nav = f'<a class="prev page-numbers" href="{"/" if n == 2 else f"/page/{n - 1}/"}">上一页</a>' + nav
    if n < count:
        nav += f'<a class="next page-numbers" href="/page/{n + 1}/">下一页</a>'
    body = f"""
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-{cat_slug} entry">
	<header class="entry-header">
		<h2 class="entry-title default-max-width"><a href="{path}">{speech.title}</a></h2>	</header><!-- .entry-header -->
	<div class="entry-content">
		{teaser}
<p><a href="{path}#more-{post_id}" class="more-link">继续阅读<span class="screen-reader-text">“{speech.title}”</span></a></p>
	</div><!-- .entry-content -->
	<footer class="entry-footer default-max-width"><span class="posted-on">发布于 <a href="{path}" rel="bookmark"><time class="entry-date published" datetime="{stamp}">{speech.date}</time></a></span></footer>
</article><!-- #post-{post_id} -->
	<nav class="navigation pagination" aria-label="文章分页">
		<h2 class="screen-reader-text">文章分页</h2>
		<div class="nav-links">{nav}</div>
	</nav>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=SITE if n == 1 else f"{SITE} &#8211; 第 {n} 页",
        EXTRA_HEAD="",
        BODY_CLASS="home blog wp-embed-responsive is-light-theme no-js hfeed has-main-navigation",
        RECENT=recent(),
        POSTID=0,
    )


def feed():
    items = "".join(
        f"""	<item>
		<title>{s.title}</title>
		<link>http://{HOST}{path}</link>
		<comments>http://{HOST}{path}#comments</comments>
		<dc:creator><![CDATA[年华]]></dc:creator>
		<pubDate>{pub}</pubDate>
		<category><![CDATA[{cat}]]></category>
		<guid isPermaLink="false">http://{HOST}/?p={pid}</guid>
		<description><![CDATA[{s.paras[1][:90]} &#8230; <a href="http://{HOST}{path}" class="more-link">继续阅读<span class="screen-reader-text">“{s.title}”</span></a>]]></description>
		<slash:comments>{len(cm)}</slash:comments>
	</item>
"""
        for (s, pid, path, _stamp, (_slug, cat), _n, _ph, cm), pub in zip(
            POSTS, ["Sun, 19 May 2024 04:08:31 +0000", "Tue, 23 Apr 2024 13:35:02 +0000"], strict=True
        )
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>年华随记</title>
	<atom:link href="http://{HOST}/feed/" rel="self" type="application/rss+xml" />
	<link>http://{HOST}</link>
	<description>写给家人，也写给自己</description>
	<lastBuildDate>Mon, 20 May 2024 01:40:00 +0000</lastBuildDate>
	<language>zh-Hans</language>
	<generator>https://wordpress.org/?v=6.5.3</generator>
{items}</channel>
</rss>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "WordPress 6 blog (Twenty Twenty-One, Jetpack): block markup, figcaption credit, <!--nextpage--> /slug/2/, <!--more--> teasers, sharedaddy, jp-relatedposts, comments, wp-sitemap",
    )
    fam.put("/", index_page(1, 2))
    fam.put("/page/2/", index_page(2, 2))
    fam.not_documents += ["/", "/page/2/"]
    for i, post in enumerate(POSTS):
        speech, _pid, path, _stamp, _cat, count, *_ = post
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [path if k == 0 else f"{path}{k + 1}/" for k in range(count)]
        for k, page in enumerate(pages):
            fam.put(page, post_page(i, k, runs))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.route("/?feed=rss2", "/feed/rss2.xml", feed())
    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: http://{HOST}/wp-sitemap.xml\n",
    )
    fam.put(
        "/wp-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="http://'
        + HOST
        + '/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>http://{HOST}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n",
    )
    fam.put(
        "/wp-sitemap-posts-post-1.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>http://{HOST}{p[2]}</loc><lastmod>{p[3]}</lastmod></url>" for p in POSTS)
        + "</urlset>\n",
    )
    fam.noise += [
        "年华随记",
        "图片来源",
        "作者家人拍摄",
        "分寿桃",
        "根据现场录音整理",
        "略有删节",
        "发言稿（Word）",
        "分享此文",
        "赞过：",
        "正在加载",
        "相关",
        "在“随笔”中",
        "页面：",
        "发布于",
        "条评论",
        "书虫老李",
        "阿June",
        "祝叔叔健康长寿",
        "说得真好",
        "我们小区也想搞一个",
        "发表回复",
        "您的邮箱地址不会被公开",
        "必填项已用",
        "发表评论",
        "上一篇文章",
        "文章导航",
        "近期文章",
        "继续阅读",
        "强力驱动",
        "鲁ICP备20031234号-1",
    ]
    return fam
