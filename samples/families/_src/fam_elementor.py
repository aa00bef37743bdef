"""A trade association's WordPress site built with Elementor (free, legacy sections) on the Astra
theme: Astra's header builder (`#masthead`, `ast-builder-grid-row`, `ast-hf-menu-1`), the post header
(`h1.entry-title`, `entry-meta` posted-by / posted-on), then in `div.entry-content` the Elementor
document `div.elementor.elementor-N[data-elementor-type=wp-post]`: `elementor-section` >
`elementor-container` > `elementor-column` > `elementor-widget-wrap` holding a heading widget
(`讲话全文`), the speech split over several `elementor-widget-text-editor` widgets, a two-column
section with an `elementor-widget-image` (figure + `widget-image-caption`) beside a text widget, a
spacer and an `elementor-widget-divider`, and a last section with a 联系我们 heading and an
`elementor-widget-icon-list` (phone, e-mail, address); Astra post navigation, comments closed,
Astra footer builder with the ICP line. Posts `/2024/05/<slug>/`; the home page is an Elementor page
with a Pro posts widget (`elementor-posts--skin-classic`) showing the newest posts; the category
archive `/category/xhdt/` and `/category/xhdt/page/2/` (Astra blog layout, `ast-pagination`);
WordPress core sitemap in robots.txt."""

from common import SPEECHES, Family

HOST = "www.elementor-xiehui.test"
BASE = f"http://{HOST}"
SITE = "宁川市智能装备制造行业协会"
UP = f"{BASE}/wp-content/uploads"

POSTS = [
    # speech, id, slug, time, cut points, image (file, caption), column with image at cut index
    (SPEECHES["elementor-2"], 1302, "qingnian-qiyejia-fenhui-chengli-zhici", "2024-05-28T16:42:10+08:00",
     [2, 6, 11], ("2024/05/qnqyj-chengli-1024x683.jpg", "青年企业家分会成立大会现场（协会秘书处 摄）")),
    (SPEECHES["elementor-1"], 1287, "disanjie-huiyuan-dahui-huizhang-jianghua", "2024-05-16T18:05:33+08:00",
     [3, 7, 10], ("2024/05/hydh-zhoulimin-1024x683.jpg", "周立明会长在第三届会员大会上作讲话")),
]
OTHERS = [
    ("协会组织会员企业参加2024中国（郑州）工业装备博览会", "2024/05/zhengzhou-gongye-zhuangbei-bolanhui", "2024年5月22日"),
    ("关于召开第三届会员大会的通知", "2024/04/disanjie-huiyuan-dahui-tongzhi", "2024年4月26日"),
    ("协会举办工业机器人应用技术培训班", "2024/04/gongye-jiqiren-peixunban", "2024年4月18日"),
    ("市工信局领导一行到协会调研指导", "2024/04/gongxinju-diaoyan", "2024年4月9日"),
    ("协会2024年工作要点", "2024/03/2024-gongzuo-yaodian", "2024年3月15日"),
]

EL_VER = "3.21.5"


def cn_date(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def head(title, extra, body_class):
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11"> 
	<title>{title} &#8211; {SITE}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{BASE}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; 评论Feed" href="{BASE}/comments/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='{BASE}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.13' media='all' />
<style id='astra-theme-css-inline-css'>
.ast-no-sidebar .entry-content .alignfull {{margin-left: calc( -50vw + 50%);margin-right: calc( -50vw + 50%);max-width: 100vw;width: 100vw;}}
:root{{--ast-global-color-0:#0170B9;--ast-global-color-1:#3a3a3a;--ast-global-color-2:#3a3a3a;}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{BASE}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{BASE}/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver={EL_VER}' media='all' />
<link rel='stylesheet' id='elementor-post-6-css' href='{UP}/elementor/css/post-6.css?ver=1715302112' media='all' />
{extra}
<link rel='stylesheet' id='elementor-icons-fa-solid-css' href='{BASE}/wp-content/plugins/elementor/assets/lib/font-awesome/css/solid.min.css?ver=5.15.3' media='all' />
<!--[if IE]>
<script src="{BASE}/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver=4.6.13" id="astra-flexibility-js"></script>
<script id="astra-flexibility-js-after">
flexibility(document.documentElement);
</script>
<![endif]-->
<link rel="https://api.w.org/" href="{BASE}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{BASE}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
<meta name="generator" content="Elementor {EL_VER}; features: e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="{UP}/2022/03/cropped-logo-32x32.png" sizes="32x32" />
</head>

<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{body_class} ast-desktop ast-plain-container ast-no-sidebar astra-4.6.13 ast-header-custom-item-inside ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled elementor-default elementor-kit-6">

<a
	class="skip-link screen-reader-text"
	href="#content"
	title="跳至内容">
		跳至内容</a>

<div
class="hfeed site" id="page">
			<header
		class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"		>
			<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap ">
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
						<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
											<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
									<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
							<div
				class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"				>
					<span class="site-logo-img"><a href="{BASE}/" class="custom-logo-link" rel="home"><img width="60" height="60" src="{UP}/2022/03/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></span><div class="ast-site-title-wrap">
						<span class="site-title" itemprop="name">
				<a href="{BASE}/" rel="home" itemprop="url" >
					{SITE}
				</a>
			</span>
						<p class="site-description" itemprop="description">
				服务会员 · 协同创新 · 行业自律
			</p>
				</div>				</div>
			<!-- .site-branding -->
					</div>
								</div>
																									<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
										<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
			<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="站点导航：主菜单" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile"><li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-21"><a href="{BASE}/" class="menu-link">首页</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="{BASE}/guanyu/" class="menu-link">协会概况</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-23"><a href="{BASE}/category/xhdt/" class="menu-link">协会动态</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-24"><a href="{BASE}/category/tzgg/" class="menu-link">通知公告</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="{BASE}/huiyuan/" class="menu-link">会员风采</a></li>
<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="{BASE}/lianxi/" class="menu-link">联系我们</a></li>
</ul></div></nav></div></div>		</div>
									</div>
												</div>
					</div>
								</div>
			</div>
	</div> <!-- Main Header Bar Wrap -->
			</header><!-- #masthead -->
			<div id="content" class="site-content">
		<div class="ast-container">
"""


FOOT = f"""	</div> <!-- ast-container -->
	</div><!-- #content -->
<footer
class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
			<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
	<div class="ast-builder-grid-row-container-inner">
					<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
											<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
								<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
				<div class="ast-footer-copyright"><p>版权所有 &copy; 2024 {SITE} | <a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">豫ICP备2021031547号-1</a> | 由 Astra WordPress 主题强力驱动</p>
</div>			</div>
						</div>
										</div>
							</div>

	</div>
			</footer><!-- #colophon -->
			</div><!-- #page -->
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
		<span class="screen-reader-text">返回顶部</span>
</div>
<script id="astra-theme-js-js-extra">
var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};
</script>
<script src="{BASE}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.13" id="astra-theme-js-js"></script>
<script src="{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{BASE}/wp-content/plugins/elementor/assets/js/webpack.runtime.min.js?ver={EL_VER}" id="elementor-webpack-runtime-js"></script>
<script src="{BASE}/wp-content/plugins/elementor/assets/js/frontend-modules.min.js?ver={EL_VER}" id="elementor-frontend-modules-js"></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"\\u5728\\u8138\\u4e66\\u4e0a\\u5206\\u4eab","shareOnTwitter":"\\u5206\\u4eab\\u5230Twitter"}},"is_rtl":false,"breakpoints":{{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600}},"version":"{EL_VER}","is_static":false,"urls":{{"assets":"http:\\/\\/{HOST}\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"settings":{{"page":[],"editorPreferences":[]}},"kit":{{"active_breakpoints":["viewport_mobile","viewport_tablet"],"global_image_lightbox":"yes","lightbox_enable_counter":"yes"}},"post":{{"id":@@POSTID@@,"title":"@@TITLE@@","excerpt":"","featuredImage":false}}}};
</script>
<script src="{BASE}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={EL_VER}" id="elementor-frontend-js"></script>
			<script>
			/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){{var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())}},!1);
			</script>
			</body>
</html>
"""

_ids = iter(f"{n:07x}" for n in range(0x3a1f2c0, 0x3a1f2c0 + 10000, 37))


def eid():
    return next(_ids)


def widget(kind, inner, extra_class=""):
    i = eid()
    return f"""				<div class="elementor-element elementor-element-{i}{extra_class} elementor-widget elementor-widget-{kind}" data-id="{i}" data-element_type="widget" data-widget_type="{kind}.default">
				<div class="elementor-widget-container">
{inner}
				</div>
				</div>
"""


def column(widgets, size=100):
    i = eid()
    return f"""				<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element elementor-element-{i}" data-id="{i}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
{"".join(widgets)}			</div>
		</div>
"""


def section(columns, extra=""):
    i = eid()
    return f"""		<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} elementor-section-boxed elementor-section-height-default elementor-section-height-default{extra}" data-id="{i}" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
{"".join(columns)}					</div>
		</section>
"""


def text_widget(paras):
    return widget("text-editor", "\n".join(f"<p>{p}</p>" for p in paras))


def heading(text, tag="h2"):
    return widget("heading", f'			<{tag} class="elementor-heading-title elementor-size-default">{text}</{tag}>')


def elementor_doc(pid, speech, cuts, image):
    p = speech.paras
    a, b, c = cuts
    img_file, caption = image
    img = widget(
        "image",
        f"""													<figure class="wp-caption">
										<img fetchpriority="high" decoding="async" width="1024" height="683" src="{UP}/{img_file}" class="attachment-large size-large wp-image-{pid + 3}" alt="" srcset="{UP}/{img_file} 1024w, {UP}/{img_file.replace('-1024x683', '-300x200')} 300w, {UP}/{img_file.replace('-1024x683', '-768x512')} 768w" sizes="(max-width: 800px) 100vw, 800px" />											<figcaption class="widget-image-caption wp-caption-text">{caption}</figcaption>
										</figure>""",
    )
    divider = widget(
        "divider",
        """					<div class="elementor-divider">
			<span class="elementor-divider-separator">
						</span>
		</div>""",
        " elementor-widget-divider--view-line",
    )
    spacer = widget("spacer", """					<div class="elementor-spacer">
			<div class="elementor-spacer-inner"></div>
		</div>""")
    contact = widget(
        "icon-list",
        f"""					<ul class="elementor-icon-list-items">
							<li class="elementor-icon-list-item">
											<span class="elementor-icon-list-icon">
							<i aria-hidden="true" class="fas fa-phone-alt"></i>						</span>
										<span class="elementor-icon-list-text">秘书处电话：0398-6235710</span>
									</li>
								<li class="elementor-icon-list-item">
											<a href="mailto:xiehui@elementor-xiehui.test">

												<span class="elementor-icon-list-icon">
							<i aria-hidden="true" class="fas fa-envelope"></i>						</span>
										<span class="elementor-icon-list-text">邮箱：xiehui@elementor-xiehui.test</span>
											</a>
									</li>
								<li class="elementor-icon-list-item">
											<span class="elementor-icon-list-icon">
							<i aria-hidden="true" class="fas fa-map-marker-alt"></i>						</span>
										<span class="elementor-icon-list-text">地址：宁川市高新区科创大道88号创新大厦9楼</span>
									</li>
						</ul>""",
        " elementor-icon-list--layout-traditional elementor-list-item-link-full_width",
    )
    sections = [
        section([column([heading("讲话全文"), text_widget(p[:a])])]),
        section([column([img], 50), column([text_widget(p[a:b])], 50)]),
        section([column([spacer, text_widget(p[b:c]), divider, text_widget(p[c:])])]),
        section([column([heading("联系协会秘书处", "h3"), contact])], " elementor-section-full_width"),
    ]
    return f"""		<div data-elementor-type="wp-post" data-elementor-id="{pid}" class="elementor elementor-{pid}" data-elementor-post-type="post">
{"".join(sections)}				</div>
"""


def post_url(post):
    speech, pid, slug, when, *_ = post
    return f"/{when[:4]}/{when[5:7]}/{slug}/"


def post_page(i):
    speech, pid, slug, when, cuts, image = POSTS[i]
    extra = f"""<link rel='stylesheet' id='elementor-post-{pid}-css' href='{UP}/elementor/css/post-{pid}.css?ver=1716870130' media='all' />
<link rel="canonical" href="{BASE}{post_url(POSTS[i])}" />
<link rel='shortlink' href='{BASE}/?p={pid}' />
<meta property="article:published_time" content="{when}" />"""
    prev_next = []
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    if older:
        prev_next.append(f'<div class="nav-previous"><a title="{older[0].title}" href="{BASE}{post_url(older)}" rel="prev"><span class="ast-left-arrow">&larr;</span> 上一篇</a></div>')
    else:
        prev_next.append(f'<div class="nav-previous"><a title="{OTHERS[1][0]}" href="{BASE}/{OTHERS[1][1]}/" rel="prev"><span class="ast-left-arrow">&larr;</span> 上一篇</a></div>')
    if newer:
        prev_next.append(f'<div class="nav-next"><a title="{newer[0].title}" href="{BASE}{post_url(newer)}" rel="next">下一篇 <span class="ast-right-arrow">&rarr;</span></a></div>')
    body = f"""	

	<div id="primary" class="content-area primary">

		
					<main id="main" class="site-main">
				

<article
class="post-{pid} post type-post status-publish format-standard hentry category-xhdt ast-article-single" id="post-{pid}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">

	
	
<div class="ast-post-format- ast-no-thumb single-layout-1">

	
	<header class="entry-header ast-no-thumbnail">

		
		<h1 class="entry-title" itemprop="headline">{speech.title}</h1><div class="entry-meta">In <span class="ast-terms-link"><a href="{BASE}/category/xhdt/" class="">协会动态</a></span> / 由<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">			<a title="查看所有由协会秘书处发布的文章"
				href="{BASE}/author/mishuchu/" rel="author"
				class="url fn n" itemprop="url"				>
				<span
				class="author-name" itemprop="name"				>
				协会秘书处			</span>
			</a>
		</span>

		 / <span class="posted-on"><span class="published" itemprop="datePublished"> {cn_date(when)} </span></span>		</div>
		
	</header><!-- .entry-header -->

	
	<div class="entry-content clear"
	itemprop="text"	>

		
{elementor_doc(pid, speech, cuts, image)}
		
		
			</div><!-- .entry-content .clear -->
</div>

	
</article><!-- #post-## -->

<nav class="navigation post-navigation" aria-label="文章">
				<div class="nav-links">{"".join(prev_next)}</div>
		</nav>				<div class="ast-single-related-posts-container ast-container--fluid"></div>
				<div id="comments" class="comments-area comment-form-position-below ">
			<p class="no-comments">评论已关闭。</p>
	</div><!-- #comments -->
				</main><!-- #main -->
			
		
	</div><!-- #primary -->


"""
    body_class = f"post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo elementor-page elementor-page-{pid}"
    return head(speech.title, extra, body_class) + body + FOOT.replace("@@POSTID@@", str(pid)).replace("@@TITLE@@", speech.title)


def archive_items(entries):
    out = []
    for title, href, date, excerpt, pid in entries:
        out.append(f"""<article
class="post-{pid} post type-post status-publish format-standard hentry category-xhdt ast-grid-common-col ast-full-width ast-article-post" id="post-{pid}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- blog-layout-1 ast-no-date-box">
<div class="post-content ast-grid-common-col">
		<h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{href}" rel="bookmark">{title}</a></h2>		<header class="entry-header ast-blog-single-element ast-blog-meta-container">
			<div class="entry-meta">由<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="查看所有由协会秘书处发布的文章" href="{BASE}/author/mishuchu/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">协会秘书处</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> {date} </span></span></div>		</header><!-- .entry-header -->
		<div class="ast-excerpt-container ast-blog-single-element">
					<p>{excerpt}</p>
				</div>		<p class="ast-blog-single-element ast-read-more-container read-more"> <a class="" href="{href}"> <span class="screen-reader-text">{title}</span> 阅读更多 &raquo;</a></p>
		<div class="entry-content clear" itemprop="text"></div>
</div>
</div>
</article>
""")
    return "".join(out)


def entries():
    ours = [
        (s.title, f"{BASE}{post_url(p)}", cn_date(p[3]), s.paras[1][:55] + "&hellip;", p[1])
        for p in POSTS
        for s in [p[0]]
    ]
    others = [(t, f"{BASE}/{h}/", d, f"{t}。&hellip;", 1200 + n) for n, (t, h, d) in enumerate(OTHERS)]
    # newest first: 05-28, 05-22, 05-16, 04-26, 04-18 | 04-09, 03-15
    return [ours[0], others[0], ours[1], others[1], others[2], others[3], others[4]]


def archive_page(page_no):
    rows = entries()
    chunk = rows[:5] if page_no == 1 else rows[5:]
    if page_no == 1:
        links = f'<span aria-current="page" class="page-numbers current">1</span>\n<a class="page-numbers" href="{BASE}/category/xhdt/page/2/">2</a>\n<a class="next page-numbers" href="{BASE}/category/xhdt/page/2/">下一页 <span class="ast-right-arrow">&rarr;</span></a>'
    else:
        links = f'<a class="prev page-numbers" href="{BASE}/category/xhdt/"><span class="ast-left-arrow">&larr;</span> 上一页</a>\n<a class="page-numbers" href="{BASE}/category/xhdt/">1</a>\n<span aria-current="page" class="page-numbers current">2</span>'
    body = f"""	<div id="primary" class="content-area primary ast-grid-3 ast-blog-layout-1-grid">
		<section class="ast-archive-description">
								<h1 class="page-title ast-archive-title">协会动态</h1>
							</section>
					<main id="main" class="site-main">
				<div class="ast-row">
{archive_items(chunk)}				</div>
				</main><!-- #main -->
	<div class='ast-pagination'>
	<nav class="navigation pagination" aria-label="文章分页">
		<h2 class="screen-reader-text">文章分页</h2>
		<div class="nav-links">{links}</div>
	</nav></div>
	</div><!-- #primary -->
"""
    return head("协会动态" + ("" if page_no == 1 else " &#8211; 第2页"), "", "archive category category-xhdt category-3 wp-custom-logo") + body + FOOT.replace("@@POSTID@@", "0").replace("@@TITLE@@", "协会动态")


def home_page():
    rows = entries()[:3]
    posts = "".join(
        f"""				<article class="elementor-post elementor-grid-item post-{pid} post type-post status-publish format-standard hentry category-xhdt">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="{href}" >
				{title}			</a>
		</h3>
				<div class="elementor-post__meta-data">
					<span class="elementor-post-date">
			{date}		</span>
				</div>
				<div class="elementor-post__excerpt">
			<p>{excerpt}</p>
		</div>
		
		<a class="elementor-post__read-more" href="{href}" aria-label="阅读更多 {title}" tabindex="-1" >
			阅读更多 »		</a>

				</div>
				</article>
"""
        for title, href, date, excerpt, pid in rows
    )
    posts_widget = widget(
        "posts",
        f"""			<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
{posts}				</div>""",
        " elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
    )
    intro = widget(
        "text-editor",
        f"<p>{SITE}成立于2014年，是由本市智能装备制造领域企业、高校、科研院所自愿结成的行业性、非营利性社会组织，现有会员单位二百余家。</p>",
    )
    more = widget(
        "button",
        f"""		<div class="elementor-button-wrapper">
			<a class="elementor-button elementor-button-link elementor-size-sm" href="{BASE}/category/xhdt/">
						<span class="elementor-button-content-wrapper">
									<span class="elementor-button-text">查看更多动态</span>
					</span>
					</a>
		</div>""",
    )
    doc = f"""		<div data-elementor-type="wp-page" data-elementor-id="15" class="elementor elementor-15" data-elementor-post-type="page">
{section([column([heading("服务会员 · 协同创新 · 行业自律", "h1"), intro])], " elementor-section-full_width elementor-section-height-min-height")}
{section([column([heading("协会动态"), posts_widget, more])])}
				</div>
"""
    body = f"""	<div id="primary" class="content-area primary">
			<main id="main" class="site-main">
				<article class="post-15 page type-page status-publish ast-article-single" id="post-15" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
		<header class="entry-header ast-header-without-markup">
			</header><!-- .entry-header -->
<div class="entry-content clear" itemprop="text">
{doc}</div>
				</article>
			</main><!-- #main -->
	</div><!-- #primary -->
"""
    extra = f"<link rel='stylesheet' id='elementor-post-15-css' href='{UP}/elementor/css/post-15.css?ver=1716870130' media='all' />\n<link rel='stylesheet' id='elementor-pro-css' href='{BASE}/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=3.21.2' media='all' />"
    return head(SITE, extra, "home page-template page-template-elementor_header_footer page page-id-15 wp-custom-logo elementor-page elementor-page-15") + body + FOOT.replace("@@POSTID@@", "15").replace("@@TITLE@@", "首页")


def build() -> Family:
    fam = Family(
        HOST,
        "WordPress + Elementor (sections/columns/widgets) on the Astra theme: association site, speech split over text-editor widgets with image, divider, heading and icon-list widgets",
    )
    fam.put("/", home_page())
    fam.put("/category/xhdt/", archive_page(1))
    fam.put("/category/xhdt/page/2/", archive_page(2))
    fam.not_documents += ["/", "/category/xhdt/", "/category/xhdt/page/2/"]
    for i, post in enumerate(POSTS):
        fam.put(post_url(post), post_page(i))
        fam.doc([post_url(post)], post[0], published_at=post[3][:10])
    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {BASE}/wp-sitemap.xml\n",
    )
    fam.put(
        "/wp-sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{BASE}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{BASE}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n',
    )
    fam.put(
        "/wp-sitemap-posts-post-1.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{BASE}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{BASE}{post_url(p)}</loc><lastmod>{p[3]}</lastmod></url>" for p in POSTS)
        + "</urlset>\n",
    )
    fam.noise += [
        "讲话全文",
        "青年企业家分会成立大会现场",
        "协会秘书处 摄",
        "周立明会长在第三届会员大会上作讲话",
        "联系协会秘书处",
        "秘书处电话：0398-6235710",
        "xiehui@elementor-xiehui.test",
        "科创大道88号",
        "协会秘书处",
        "上一篇",
        "下一篇",
        "评论已关闭",
        "跳至内容",
        "服务会员 · 协同创新 · 行业自律",
        "豫ICP备2021031547号-1",
        "Astra WordPress 主题",
        "返回顶部",
        "阅读更多",
    ]
    fam.note = "posts /2024/05/<slug>/; the home page's Elementor Pro posts widget shows the three newest, the older speech is also on /category/xhdt/ page 1; WordPress core sitemap"
    return fam
