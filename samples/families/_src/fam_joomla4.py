"""A city social-organisation association's site on Joomla 4.4 with the stock Cassiopeia template
(SEF URLs on, URL rewriting off, so every page is under `/index.php/…`; Unicode aliases off, so
Chinese titles get date aliases `123-2024-04-18-09-30-15`). Articles are `com_content` item pages
(`com-content-article item-page`, `itemprop="articleBody"`, `dl.article-info` 作者/分类/发布于/点击数).
One speech is cut by the **pagebreak** plugin into three pages: `?start=1`, `?start=2` (query routes)
with `div.pagenavcounter` 第 1 页，共 3 页, the `article-index` 文章目录 card (page titles from the
editor's `<hr class="system-pagebreak" title=…>`) and the plugin's 上一页 / 下一页 `ul.pagination`;
the pagenavigation plugin's 上一篇 / 下一篇 article buttons. Category `/index.php/ldjh` in blog layout
(10 intro items a page, readmore buttons, `?start=10` for the second page, `p.counter` 第 1 页，共 2 页);
featured home at `/` and `/index.php`; right sidebar 最新文章 / 热门文章 modules; footer custom module with
ICP line and Joomla's back-to-top link."""

import html
import json

from common import FAMILIES, SPEECHES, Family, split_paras

HOST = "www.hzsh-joomla4.test"
SITE = "红州市社会组织促进会"
BASE = "/index.php/ldjh"
CAT = ("ldjh", "领导讲话", 9)
TOKEN = "3f9a1c0d7e2b45a8c6d1e0f9b8a7c6d5"
VER = "5b0f1a4c1c4c3d0f8e2e6b3a7d9c2e11"

# id, title, created (datetime), author, hits, intro paragraph(s) for non-speech items
NEWS = [
    (131, "市社会组织促进会召开2024年第二季度理事会议", "2024-06-20 15:12:40", 286,
     "6月20日下午，市社会组织促进会召开2024年第二季度理事会议，审议通过了新吸收会员单位名单和下半年工作安排。"),
    (129, "我会组织开展社会组织法律法规知识培训", "2024-06-05 10:41:08", 341,
     "为帮助社会组织负责人和财务人员熟悉相关法律法规，6月4日，我会在市民政综合服务中心举办专题培训，一百二十余人参加。"),
    (127, "2023年度社会组织年报工作即将截止", "2024-05-27 08:55:31", 978,
     "根据市民政局通知，2023年度社会组织年度报告填报工作将于5月31日截止，请尚未填报的单位抓紧办理。"),
    (126, "“社会组织开放日”活动在市民广场举行", "2024-05-19 16:20:02", 412,
     "5月18日，由市民政局指导、我会承办的“社会组织开放日”活动在市民广场举行，四十余家社会组织设展服务群众。"),
    (124, "我会党支部赴革命纪念馆开展主题党日活动", "2024-05-08 11:03:47", 233,
     "5月7日，我会党支部组织全体党员赴市革命纪念馆，开展“重温入党誓词、传承红色基因”主题党日活动。"),
]
NEWS2 = [
    (122, "全市社会组织等级评估工作启动", "2024-04-22 09:15:26", 655,
     "近日，市民政局印发通知，启动2024年度全市性社会组织等级评估工作，符合条件的社会组织可于6月底前提出申请。"),
    (120, "公益创投项目评审会顺利召开", "2024-04-10 14:38:50", 397,
     "4月9日，2024年度市级公益创投项目评审会召开，三十二个项目进入答辩环节，最终确定资助项目十八个。"),
    (117, "社会组织党建工作指导员培训班开班", "2024-03-21 09:02:13", 289,
     "3月20日，全市社会组织党建工作指导员培训班开班，来自各区县的八十名党建工作指导员参加培训。"),
    (115, "我会走访慰问困难会员单位", "2024-02-05 15:47:39", 210,
     "春节前夕，我会负责同志走访慰问了五家经营困难的会员单位，送去慰问金，了解实际困难。"),
]


def date_alias(created):
    return created.replace(" ", "-").replace(":", "-")


SPEECH_ITEMS = [
    dict(id=123, speech=SPEECHES["JOOMLA1"], created="2024-04-19 09:30:15", author="市社会组织综合党委",
         hits=1537, pages=3, page_titles=["", "今年的工作", "第三，在融合发展上下功夫"]),
    dict(id=112, speech=SPEECHES["JOOMLA2"], created="2024-01-26 17:06:44", author="秘书处",
         hits=842, pages=1, page_titles=[]),
]

# newest first, as the category blog orders them (created desc)
ITEMS = sorted(
    [dict(id=i, title=t, created=c, hits=h, intro=x, author="秘书处") for i, t, c, h, x in NEWS + NEWS2]
    + [dict(id=s["id"], title=s["speech"].title, created=s["created"], hits=s["hits"],
            intro=s["speech"].paras[1], author=s["author"], speech=s) for s in SPEECH_ITEMS],
    key=lambda r: r["created"], reverse=True,
)


def link(item):
    return f"{BASE}/{item['id']}-{date_alias(item['created'])}"


def zh_date(created):
    y, m, d = created[:10].split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def iso(created):
    return created.replace(" ", "T") + "+08:00"


def head(title, description, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="秘书处">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{html.escape(description)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{html.escape(title)}</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
{extra}
    <link href="/media/system/css/joomla-fontawesome.min.css?{VER}" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{VER}" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{VER}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{VER}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #2a69b8;
		--template-special-color: #001B4C;
		
	}}</style>

	<script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?{VER}" defer></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"错误","MESSAGE":"消息","NOTICE":"注意","WARNING":"警告","JCLOSE":"关闭","JOK":"确定","JOPEN":"打开"}},"system.paths":{{"root":"","rootFull":"http:\\/\\/{HOST}\\/","base":"","baseFull":"http:\\/\\/{HOST}\\/"}},"csrf.token":"{TOKEN}"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{VER}" defer></script>
	<script src="/media/system/js/messages-es5.min.js?c29829fd2432533d05b15b771f86c6637708bd9d" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?7f7aa28ac8e8d42145850e8b45b3bc82ff9a6411" type="module"></script>

</head>
"""


MENU_ITEMS = [
    (101, "/index.php", "首页"),
    (102, "/index.php/xhgk", "协会概况"),
    (103, "/index.php/gzdt", "工作动态"),
    (104, BASE, "领导讲话"),
    (105, "/index.php/zcfg", "政策法规"),
    (106, "/index.php/djgz", "党建工作"),
    (107, "/index.php/lxwm", "联系我们"),
]


def header(active):
    lis = ""
    for itemid, href, name in MENU_ITEMS:
        cls = f"nav-item item-{itemid}" + (" default" if itemid == 101 else "")
        cur = ""
        if itemid == active:
            cls += " current active"
            cur = ' aria-current="page"' if itemid == 101 else ' aria-current="location"'
        lis += f'<li class="{cls}"><a href="{href}"{cur}>{name}</a></li>'
    return f"""
<body class="site com_content wrapper-static view-@@VIEW@@ no-layout no-task itemid-{active} has-sidebar-right">
	<header class="header container-header full-width">

		
		
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<img loading="eager" decoding="async" src="http://{HOST}/images/logo.png#joomlaImage://local-images/logo.png?width=420&height=64" alt="{SITE}" width="420" height="64">					</a>
											<div class="site-description">服务社会组织 促进公益发展</div>
									</div>
			</div>
		
					<div class="grid-child container-nav">
											<nav class="navbar navbar-expand-lg" aria-label="主菜单">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="切换导航">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">
{lis}</ul>
    </div>
</nav>

													<div class="container-search">
						<form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword110" class="visually-hidden finder">搜索</label><input type="text" name="q" id="mod-finder-searchword110" class="js-finder-search-query form-control" value="" placeholder="搜索 ...">
            <input type="hidden" name="Itemid" value="101"></form>

					</div>
							</div>
			</header>

	<div class="site-grid">

		
		
		
		
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="面包屑导航">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                当前位置： &#160;
            </li>
        @@CRUMBS@@
    </ol>
    </nav>

			
			<div id="system-message-container" aria-live="polite"></div>

			<main>
"""


def crumbs(trail):
    out = ""
    for n, (name, href) in enumerate(trail, 1):
        if href:
            out += f"""
                            <li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                                <a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{html.escape(name)}</span></a>
                                <meta itemprop="position" content="{n}">
            </li>"""
        else:
            out += f"""
                            <li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{html.escape(name)}</span>
                                <meta itemprop="position" content="{n}">
            </li>"""
    return out


def sidebar():
    latest = "".join(
        f'\n    <li itemscope itemtype="https://schema.org/Article">\n        <a href="{link(i)}" itemprop="url">\n            <span itemprop="name">\n                {html.escape(i["title"])}            </span>\n        </a>\n    </li>'
        for i in ITEMS[:5]
    )
    popular = "".join(
        f'\n    <li itemscope itemtype="https://schema.org/Article">\n        <a href="{link(i)}" itemprop="url">\n            <span itemprop="name">\n                {html.escape(i["title"])}            </span>\n        </a>\n    </li>'
        for i in sorted(ITEMS, key=lambda r: -r["hits"])[:5]
    )
    return f"""
			</main>
			
		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
            <h3 class="card-header ">最新文章</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">{latest}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">热门文章</h3>        <div class="card-body">
                <ul class="mostread mod-list">{popular}
</ul>
    </div>
</div>

		</div>
		
		
			</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div id="mod-custom112" class="mod-custom custom">
    <p style="text-align: center;">版权所有：{SITE}　地址：红州市建设路88号市民政综合服务中心五楼　电话：0739-8812345</p>
<p style="text-align: center;"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">湘ICP备17004521号-1</a>　技术支持：红州网信科技</p></div>

			</div>
		</footer>
	
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="返回顶部">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	
	
</body>
</html>
"""


def info(item, in_blog=False):
    return f"""            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        详细信息                    </dt>

                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    作者：<span itemprop="name">{html.escape(item["author"])}</span>    </dd>
        
        
                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        分类：<a href="{BASE}" itemprop="genre">{CAT[1]}</a>    </dd>
        
        
                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{iso(item["created"])}" itemprop="datePublished">
        发布于：{zh_date(item["created"])}    </time>
</dd>
        
    
            
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{item["hits"]}">
    点击数：{item["hits"]}</dd>
            </dl>
"""


def article_page(item, body_html, page=0, pages=1, page_titles=(), prev_item=None, next_item=None):
    url = link(item)
    title = item["title"]
    page_title = title if page == 0 else f"{title} - {page_titles[page] or f'第 {page + 1} 页'}"
    toc = counter = pager = ""
    if pages > 1:
        counter = f'    <div class="pagenavcounter">第 {page + 1} 页，共 {pages} 页</div>\n'
        lis = ""
        for n in range(pages):
            href = url if n == 0 else f"{url}?start={n}"
            name = title if n == 0 else (page_titles[n] or f"第 {n + 1} 页")
            active = " active" if n == page else ""
            lis += f"""			<li class="py-1">
				<a href="{href}" class="toclink{active}">
					{html.escape(name)}				</a>
			</li>
"""
        toc = f"""<div class="card float-end article-index ms-3 mb-3">
	<div class="card-body">
				<h3>文章目录</h3>
				<ul class="nav flex-column">
{lis}		</ul>
	</div>
</div>
"""
        prev = (f'<a class="page-link" href="{url if page == 1 else f"{url}?start={page - 1}"}"><span class="icon-chevron-left" aria-hidden="true"></span> 上一页</a>'
                if page > 0 else "")
        nxt = (f'<a class="page-link" href="{url}?start={page + 1}">下一页 <span class="icon-chevron-right" aria-hidden="true"></span></a>'
               if page + 1 < pages else "")
        pager = f"""<ul class="pagination">
	<li class="page-item">
		{prev}	</li>
	<li class="page-item">
		{nxt}	</li>
</ul>
"""
    nav = ""
    if prev_item or next_item:
        a = ""
        if prev_item:
            a += f"""                    <a class="btn btn-sm btn-secondary previous" href="{link(prev_item)}" rel="prev">
            <span class="visually-hidden">
                上一篇文章：{html.escape(prev_item["title"])}            </span>
            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">上一篇</span>            </a>
"""
        if next_item:
            a += f"""                    <a class="btn btn-sm btn-secondary next" href="{link(next_item)}" rel="next">
            <span class="visually-hidden">
                下一篇文章：{html.escape(next_item["title"])}            </span>
            <span aria-hidden="true">下一篇</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>
"""
        nav = f"""
<nav class="pagenavigation" aria-label="页面导航">
    <span class="pagination ms-0">
{a}        </span>
</nav>
"""
    body = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="zh-CN">
    
    
        <div class="page-header">
        <h1 itemprop="headline">
            {html.escape(title)}        </h1>
                            </div>
        
        
    
    
        
                                                <div class="icons">
    </div>
{info(item)}    
    
        
                                                    {counter}{toc}    <div itemprop="articleBody" class="com-content-article__body">
        {body_html}    </div>

        {pager}
                                        {nav}
                                        </div>
"""
    canonical = f'\t<link href="http://{HOST}{url}" rel="canonical">' if page == 0 else ""
    desc = item.get("intro", "")[:80]
    return (head(f"{page_title} - {SITE}", desc, canonical)
            + header(104).replace("@@VIEW@@", "article").replace(
                "@@CRUMBS@@", crumbs([("首页", "/index.php"), (CAT[1], BASE), (title, None)]))
            + body + sidebar())


def paras_html(paras):
    return "\n".join(f'<p style="text-indent: 2em;">{html.escape(p)}</p>' for p in paras) + "\n"


def blog_page(items, start, total_pages, home=False):
    cards = ""
    for it in items:
        cards += f"""                    <div class="com-content-category-blog__item blog-item"
                    itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    

<div class="item-content">
    
        <div class="page-header">
                    <h2 itemprop="name">
                                    <a href="{link(it)}" itemprop="url">
                        {html.escape(it["title"])}                    </a>
                            </h2>
        
        
        
            </div>

    
        
{info(it)}    
        
    
        
    <p style="text-indent: 2em;">{html.escape(it["intro"])}</p>
    
    
            
<p class="readmore">
            <a class="btn btn-secondary" href="{link(it)}" aria-label="阅读全文：{html.escape(it["title"])}">
            <span class="icon-chevron-right" aria-hidden="true"></span>            阅读全文：{html.escape(it["title"][:20])}{"..." if len(it["title"]) > 20 else ""}        </a>
    </p>

    
    
</div>

            </div>
"""
    page = start // 10
    nav = ""
    if total_pages > 1:
        def pl(n):
            return BASE if n == 0 else f"{BASE}?start={n * 10}"
        li = []
        if page == 0:
            li += ['<li class="disabled page-item">\n        <span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span>\n    </li>',
                   '<li class="disabled page-item">\n        <span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span>\n    </li>']
        else:
            li += [f'<li class="page-item">\n        <a aria-label="转到首页" href="{pl(0)}" class="page-link">\n            <span class="icon-angle-double-left" aria-hidden="true"></span>        </a>\n    </li>',
                   f'<li class="page-item">\n        <a aria-label="转到上一页" href="{pl(page - 1)}" class="page-link">\n            <span class="icon-angle-left" aria-hidden="true"></span>        </a>\n    </li>']
        for n in range(total_pages):
            if n == page:
                li.append(f'<li class="active page-item">\n        <a aria-current="true" aria-label="第 {n + 1} 页" href="#" class="page-link">{n + 1}</a>\n    </li>')
            else:
                li.append(f'<li class="page-item">\n        <a aria-label="转到第 {n + 1} 页" href="{pl(n)}" class="page-link">\n            {n + 1}        </a>\n    </li>')
        if page + 1 < total_pages:
            li += [f'<li class="page-item">\n        <a aria-label="转到下一页" href="{pl(page + 1)}" class="page-link">\n            <span class="icon-angle-right" aria-hidden="true"></span>        </a>\n    </li>',
                   f'<li class="page-item">\n        <a aria-label="转到末页" href="{pl(total_pages - 1)}" class="page-link">\n            <span class="icon-angle-double-right" aria-hidden="true"></span>        </a>\n    </li>']
        else:
            li += ['<li class="disabled page-item">\n        <span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span>\n    </li>',
                   '<li class="disabled page-item">\n        <span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span>\n    </li>']
        nav = f"""
                <div class="com-content-category-blog__navigation w-100">
                            <p class="com-content-category-blog__counter counter float-end pt-3 pe-2">
                    第 {page + 1} 页，共 {total_pages} 页                </p>
                        <div class="com-content-category-blog__pagination">
                <nav class="pagination__wrapper" aria-label="分页">
    <ul class="pagination ms-0 mb-4">
            {chr(10).join(li)}
        </ul>
</nav>
            </div>
        </div>
    """
    if home:
        body = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
    
    <div class="blog-items ">
{cards.replace("com-content-category-blog__item blog-item", "blog-item")}    </div>
    
    
</div>
"""
        view, active, trail, title = "featured", 101, [("首页", None)], SITE
    else:
        body = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
    
        <h1>
        {CAT[1]}    </h1>
    
    
    
    
    
    
    
    
                            <div class="com-content-category-blog__items blog-items ">
{cards}        </div>
    
    
            {nav}</div>
"""
        view, active, trail = "category", 104, [("首页", "/index.php"), (CAT[1], None)]
        title = CAT[1] + (f" - 第 {page + 1} 页" if page else "") + f" - {SITE}"
    feeds = ""
    if not home:
        feeds = (f'\t<link href="{BASE}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
                 f'\t<link href="{BASE}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">')
    return (head(title, "红州市社会组织促进会官方网站", feeds)
            + header(active).replace("@@VIEW@@", view).replace("@@CRUMBS@@", crumbs(trail))
            + body + sidebar())


class JoomlaFamily(Family):
    def file_for_url(self, url: str) -> str:
        key = super().file_for_url(url)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = JoomlaFamily(HOST, "Joomla 4.4 (Cassiopeia) association site, com_content + pagebreak plugin",
                 content_type="text/html; charset=utf-8", extensionless_html=True)
    home = blog_page(ITEMS[:4], 0, 1, home=True)
    fam.put("/", home)
    fam.put("/index.php/index.html", home)
    fam.not_documents += ["/", "/index.php"]
    pages = [ITEMS[:10], ITEMS[10:]]
    fam.put(BASE + "/index.html", blog_page(pages[0], 0, 2))
    fam.route(BASE + "?start=10", BASE + "/start-10.html", blog_page(pages[1], 10, 2))
    fam.not_documents += [BASE, BASE + "?start=10"]
    for n, it in enumerate(ITEMS):
        # pagenavigation follows the category's order: 上一篇 is the newer one
        prev_item = ITEMS[n - 1] if n > 0 else None
        next_item = ITEMS[n + 1] if n + 1 < len(ITEMS) else None
        url = link(it)
        sp = it.get("speech")
        if not sp:
            body = paras_html([it["intro"], "（" + it["author"] + "）"])
            fam.put(url, article_page(it, body, prev_item=prev_item, next_item=next_item))
            fam.not_documents.append(url)
            continue
        speech = sp["speech"]
        runs = split_paras(speech.paras, sp["pages"])
        urls = []
        for p, run in enumerate(runs):
            page_url = url if p == 0 else f"{url}?start={p}"
            text = article_page(it, paras_html(run), p, sp["pages"], sp["page_titles"], prev_item, next_item)
            if p == 0:
                fam.put(url, text)
            else:
                fam.route(page_url, f"{BASE}/{it['id']}-p{p + 1}.html", text)
            urls.append(page_url)
        fam.doc(urls, speech, published_at=it["created"][:10])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the robots.txt file\n"
            "# MUST be moved to the site root\n# eg www.example.com/robots.txt\n# AND the joomla folder name MUST be prefixed to all of the\n"
            "# paths.\n# eg the Disallow rule for the /administrator/ folder MUST\n# be changed to read\n# Disallow: /joomla/administrator/\n#\n"
            "# For more information about the robots.txt standard, see:\n# https://www.robotstxt.org/orig.html\n\nUser-agent: *\n"
            "Disallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\n"
            "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\n"
            "Disallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n", "ascii")
    fam.noise += ["文章目录", "第 1 页，共 3 页", "详细信息", "作者：", "分类：", "发布于：", "点击数：",
                  "上一页", "下一页", "上一篇", "下一篇", "最新文章", "热门文章", "当前位置", "湘ICP备17004521号-1",
                  "服务社会组织 促进公益发展", "阅读全文："]
    fam.note = (
        "Joomla 4 with SEF on and rewrite off: everything lives under `/index.php/`, so `/index.php` and "
        "`/index.php/ldjh` are folders answered by their index.html (`folder_pages`) and articles are extensionless. "
        "The 全市社会组织党建 speech is cut by the pagebreak plugin into three pages (`?start=1`, `?start=2`); the "
        "文章目录 card names pages 2 and 3 by the editor's pagebreak titles, which are also phrases of the speech "
        "(今年的工作 is the speech's own line 今年的工作，我强调四个方面). published_at is the article's created "
        "date (the 党建 speech was given the day before it was posted). Non-speech news items are non-documents."
    )
    return fam
