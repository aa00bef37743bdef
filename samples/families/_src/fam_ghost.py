"""A self-hosted Ghost 5 publication (城与书, zh locale) with the stock Casper 5 theme, as a guest gets it:
`ghost_head` (canonical, og / twitter / article:published_time, JSON-LD, `generator` Ghost 5.x, RSS
alternate, Portal and sodo-search scripts, cards assets, `--ghost-accent-color`), the `gh-head` bar
(Sign in / Subscribe), `article.article.post` with `header.article-header.gh-canvas` (primary tag,
`h1.article-title`, `p.article-excerpt` = the custom excerpt, byline with `{{authors}}`,
`<time class="byline-meta-date" datetime>`, `N min read`), `section.gh-content.gh-canvas` holding
Koenig cards (`kg-header-card kg-v2`, `kg-callout-card` with the author's note, `kg-image-card
kg-card-hascaption` + `figcaption`, `kg-bookmark-card`), the members-only post cut at the public
preview by `<aside class="gh-post-upgrade-cta">` (此内容仅限订阅会员阅读 → truncated), `footer-cta`,
`read-more` post cards, `site-footer` (Powered by Ghost) and a code-injected ICP line. Index `/` and
`/page/2/` (posts_per_page 6, `nav.pagination` Older Posts, `<link rel="next">`), `/tag/<slug>/`,
`/author/<slug>/`, `/rss/` and the `/sitemap.xml` index → `sitemap-posts.xml` …"""

import html

from common import SPEECHES, Family

HOST = "www.chengyushu.test"
BASE = f"http://{HOST}"
SITE = "城与书"
SITE_DESC = "在老城里走路，在书店里停留。林一苇的写作与记录。"
AUTHOR = ("lin-yiwei", "林一苇", "社区规划师，独立书店联盟志愿者。写城市、书店和街坊。")
ASSET_V = "1d2c8a4f7e"
ACCENT = "#c4572f"

TAGS = {
    "jiang-gao": ("讲稿", "我在各种场合的发言和致辞，整理后放在这里。"),
    "shu-dian": ("书店", "关于书店和读书的记录。"),
    "cheng-shi": ("城市", "老城、街道与街坊。"),
}

S1, S2 = SPEECHES["ghost-1"], SPEECHES["ghost-2"]
SLUG1 = "zai-quan-sheng-du-li-shu-dian-lian-meng-2024nian-nian-hui-shang-de-zhi-ci"
SLUG2 = "zai-ling-nan-qi-lou-jie-qu-bao-hu-yu-geng-xin-lun-tan-shang-de-fa-yan"

# (slug, title, custom excerpt, date, time UTC, tags, minutes, visibility, feature image)
POSTS = [
    ("dong-tian-de-di-yi-chang-du-shu-hui", "冬天的第一场读书会", "十一个人，一壶茶，一本《街道的美学》。", "2024-11-21", "12:08:31", ["shu-dian"], 3, "public", "2024/11/dushuhui.jpg"),
    (SLUG1, S1.title, "联盟年会开幕时的致辞全文。会员可阅读全文。", "2024-11-09", "03:40:12", ["jiang-gao", "shu-dian"], 5, "members", "2024/11/nianhui.jpg"),
    ("zai-shan-tou-xiao-gong-yuan-zou-le-yi-ge-xia-wu", "在汕头小公园走了一个下午", "骑楼、茶楼和一碗粿条汤。", "2024-10-30", "09:15:47", ["cheng-shi"], 4, "public", "2024/10/xiaogongyuan.jpg"),
    ("shu-dian-di-tu-ji-hua-di-yi-pi-er-shi-jia", "书店地图计划：第一批二十家", "联盟“书店地图”的第一批名单和背后的故事。", "2024-10-18", "14:02:09", ["shu-dian"], 6, "public", "2024/10/map.jpg"),
    ("jiu-shu-tan-shang-de-ling-nan-feng-wu-zhi", "旧书摊上的《岭南风物志》", "一本1985年的旧书，和它的上一位主人。", "2024-10-08", "11:26:55", ["shu-dian"], 3, "public", "2024/10/fengwuzhi.jpg"),
    ("guo-qing-jia-qi-du-le-zhe-ji-ben-shu", "国庆假期读了这几本书", "五本书，五种走进城市的方法。", "2024-10-01", "08:49:30", ["shu-dian"], 5, "public", "2024/10/guoqing.jpg"),
    (SLUG2, S2.title, "在骑楼街区保护与更新论坛上的发言，讲一线看到的骑楼里的生活。", "2024-09-27", "10:31:04", ["jiang-gao", "cheng-shi"], 6, "public", "2024/09/qilou.jpg"),
    ("guan-yu-zhe-ge-bo-ke", "关于这个博客", "为什么要写，写些什么。", "2024-09-12", "02:18:16", ["cheng-shi"], 2, "public", "2024/09/about.jpg"),
]
PER_PAGE = 6
PREVIEW = 4  # paragraphs of the members-only post before the paywall


def zh_date(day):
    y, m, d = day.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def post_url(slug):
    return f"/{slug}/"


def img(path, size=None):
    return f"{BASE}/content/images/{'size/' + size + '/' if size else ''}{path}"


ICON_SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>'


def ghost_head(*, canonical, title, description, og_type="website", image=None, article=None, prev=None, nxt=None, jsonld):
    parts = [
        f'<meta name="description" content="{html.escape(description)}">',
        f'<link rel="icon" href="{img("2024/09/favicon.png", "w256h256")}" type="image/png">',
        f'<link rel="canonical" href="{canonical}">',
        '<meta name="referrer" content="no-referrer-when-downgrade">',
    ]
    if prev:
        parts.append(f'<link rel="prev" href="{prev}">')
    if nxt:
        parts.append(f'<link rel="next" href="{nxt}">')
    parts += [
        "",
        f'<meta property="og:site_name" content="{SITE}">',
        f'<meta property="og:type" content="{og_type}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        f'<meta property="og:description" content="{html.escape(description)}">',
        f'<meta property="og:url" content="{canonical}">',
    ]
    if image:
        parts.append(f'<meta property="og:image" content="{image}">')
    if article:
        published, modified, tags = article
        parts.append(f'<meta property="article:published_time" content="{published}">')
        parts.append(f'<meta property="article:modified_time" content="{modified}">')
        parts += [f'<meta property="article:tag" content="{TAGS[t][0]}">' for t in tags]
    parts += [
        "",
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{html.escape(title)}">',
        f'<meta name="twitter:description" content="{html.escape(description)}">',
        f'<meta name="twitter:url" content="{canonical}">',
    ]
    if image:
        parts.append(f'<meta name="twitter:image" content="{image}">')
    if article:
        parts += [
            '<meta name="twitter:label1" content="Written by">',
            f'<meta name="twitter:data1" content="{AUTHOR[1]}">',
            '<meta name="twitter:label2" content="Filed under">',
            f'<meta name="twitter:data2" content="{", ".join(TAGS[t][0] for t in article[2])}">',
        ]
    parts += [
        '<meta property="og:image:width" content="1200">',
        '<meta property="og:image:height" content="800">',
        "",
        '<script type="application/ld+json">',
        jsonld,
        "    </script>",
        "",
        '<meta name="generator" content="Ghost 5.82">',
        f'<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{BASE}/rss/">',
        "",
        f'<script defer src="https://cdn.jsdelivr-like.test/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{BASE}/" data-key="8c1f4e2a9b7d3c5e6f0a1b2c3d" data-api="{BASE}/ghost/api/content/" data-locale="zh" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,\n.gh-post-upgrade-cta {{\n    display: flex;\n    flex-direction: column;\n    align-items: center;\n    font-family: -apple-system, BlinkMacSystemFont, \'Segoe UI\', Roboto, Oxygen, Ubuntu, Cantarell, \'Open Sans\', \'Helvetica Neue\', sans-serif;\n    text-align: center;\n    width: 100%;\n    color: #ffffff;\n    font-size: 16px;\n}}\n\n.gh-post-upgrade-cta-content {{\n    border-radius: 8px;\n    padding: 40px 4vw;\n}}\n\n.gh-post-upgrade-cta h2 {{\n    color: #ffffff;\n    font-size: 28px;\n    letter-spacing: -0.2px;\n    margin: 0;\n    padding: 0;\n}}\n\n.gh-post-upgrade-cta a.gh-btn {{\n    display: block;\n    background: #ffffff;\n    text-decoration: none;\n    margin: 28px 0 0;\n    padding: 8px 18px;\n    border-radius: 4px;\n    font-size: 16px;\n    font-weight: 600;\n}}\n</style>',
        f'<script defer src="https://cdn.jsdelivr-like.test/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="8c1f4e2a9b7d3c5e6f0a1b2c3d" data-styles="https://cdn.jsdelivr-like.test/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{BASE}/" data-locale="zh" crossorigin="anonymous"></script>',
        "",
        f'<link href="{BASE}/webmentions/receive/" rel="webmention">',
        f'<script defer src="/public/cards.min.js?v={ASSET_V}"></script>',
        f'<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={ASSET_V}">',
        f'<script defer src="/public/member-attribution.min.js?v={ASSET_V}"></script><style>:root {{--ghost-accent-color: {ACCENT};}}</style>',
    ]
    return "\n    ".join(parts)


def page(title, body_class, head, main):
    nav = "\n".join(
        f'    <li class="nav-{c}"><a href="{BASE}{u}">{n}</a></li>'
        for c, u, n in [("shou-ye", "/", "首页"), ("jiang-gao", "/tag/jiang-gao/", "讲稿"), ("shu-dian", "/tag/shu-dian/", "书店"), ("guan-yu", "/guan-yu-zhe-ge-bo-ke/", "关于")]
    )
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>

    <title>{html.escape(title)}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    
    <link rel="preload" as="style" href="{BASE}/assets/built/screen.css?v={ASSET_V}" />
    <link rel="preload" as="script" href="{BASE}/assets/built/casper.js?v={ASSET_V}" />

    <link rel="stylesheet" type="text/css" href="{BASE}/assets/built/screen.css?v={ASSET_V}" />

    {head}

</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{BASE}">
                        {SITE}
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>{ICON_SEARCH}</button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
{nav}
</ul>

            </nav>

            <div class="gh-head-actions">
                    <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>{ICON_SEARCH}</button>
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
        {main}
    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{BASE}">{SITE}</a> &copy; 2024</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-rss"><a href="{BASE}/rss/">RSS</a></li>
    <li class="nav-sitemap"><a href="{BASE}/sitemap.xml">Sitemap</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

    <div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>
    <div class="pswp__scroll-wrap">
        <div class="pswp__container">
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
        </div>
        <div class="pswp__ui pswp__ui--hidden">
            <div class="pswp__top-bar">
                <div class="pswp__counter"></div>
                <button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
                <button class="pswp__button pswp__button--share" title="Share"></button>
                <button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
                <button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button>
                <div class="pswp__preloader">
                    <div class="pswp__preloader__icn">
                        <div class="pswp__preloader__cut">
                            <div class="pswp__preloader__donut"></div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="pswp__caption">
                <div class="pswp__caption__center"></div>
            </div>
        </div>
    </div>
</div>
<script
    src="https://code.jquery-like.test/jquery-3.5.1.min.js"
    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
    crossorigin="anonymous">
</script>
<script src="{BASE}/assets/built/casper.js?v={ASSET_V}"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>

<div class="icp-line" style="text-align:center;font-size:12px;padding:0 0 24px;color:#999"><a href="https://beian.miit.gov.test/" target="_blank" rel="noopener" style="color:#999">粤ICP备2021054387号-1</a></div>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu-like.test/hm.js?5a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>

</body>
</html>
"""


def post_card(p, *, lazy=True):
    slug, title, excerpt, day, _, tags, minutes, vis, image = p
    access = (
        f'\n            <div class="post-card-access">\n                <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M6 9V6a4 4 0 118 0v3" stroke="currentColor" stroke-width="2"/><rect x="4" y="9" width="12" height="8" rx="1" fill="currentColor"/></svg>\n                Members only\n            </div>'
        if vis == "members"
        else ""
    )
    return f"""<article class="post-card post tag-{' tag-'.join(tags)}{' tag-hash-members' if vis == 'members' else ''} keep-ratio">

    <a class="post-card-image-link" href="{post_url(slug)}">

        <img class="post-card-image"
            srcset="{img(image, 'w300')} 300w,
                    {img(image, 'w600')} 600w,
                    {img(image, 'w1000')} 1000w,
                    {img(image, 'w2000')} 2000w"
            sizes="(max-width: 1000px) 400px, 800px"
            src="{img(image, 'w600')}"
            alt="{html.escape(title)}"
            {'loading="lazy"' if lazy else ''}
        />

    </a>

    <div class="post-card-content">

        <a class="post-card-content-link" href="{post_url(slug)}">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">{TAGS[tags[0]][0]}</span>
                </div>
                <h2 class="post-card-title">{access}
                    {html.escape(title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{html.escape(excerpt)}</div>
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{day}">{zh_date(day)}</time>
                <span class="post-card-meta-length">{minutes} min read</span>
        </footer>

    </div>

</article>
"""


def pagination(n, pages, base="/"):
    newer = ""
    older = ""
    if n > 1:
        prev = base if n == 2 else f"{base}page/{n - 1}/"
        newer = f'\n        <a class="newer-posts" href="{prev}"><span aria-hidden="true">&larr;</span> Newer Posts</a>'
    if n < pages:
        older = f'\n        <a class="older-posts" href="{base}page/{n + 1}/">Older Posts <span aria-hidden="true">&rarr;</span></a>'
    return f'<nav class="pagination">{newer}\n    <span class="page-number">Page {n} of {pages}</span>{older}\n</nav>\n'


def website_jsonld(url, name, description, type_="WebSite"):
    return f"""{{
    "@context": "https://schema.org",
    "@type": "{type_}",
    "publisher": {{
        "@type": "Organization",
        "name": "{SITE}",
        "url": "{BASE}/",
        "logo": {{
            "@type": "ImageObject",
            "url": "{img('2024/09/favicon.png', 'w256h256')}",
            "width": 60,
            "height": 60
        }}
    }},
    "url": "{url}",
    "name": "{name}",
    "mainEntityOfPage": "{url}",
    "description": "{description}"
}}"""


def index_page(n):
    pages = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
    chunk = POSTS[(n - 1) * PER_PAGE : n * PER_PAGE]
    url = f"{BASE}/" if n == 1 else f"{BASE}/page/{n}/"
    head = ghost_head(
        canonical=url,
        title=SITE,
        description=SITE_DESC,
        image=img("2024/09/cover.jpg"),
        prev=None if n == 1 else f"{BASE}/",
        nxt=f"{BASE}/page/{n + 1}/" if n < pages else None,
        jsonld=website_jsonld(url, SITE, SITE_DESC),
    )
    header = f"""<div class="site-header-content outer">

    <img
        class="site-header-cover"
        srcset="{img('2024/09/cover.jpg', 'w300')} 300w,
                {img('2024/09/cover.jpg', 'w600')} 600w,
                {img('2024/09/cover.jpg', 'w1000')} 1000w,
                {img('2024/09/cover.jpg', 'w2000')} 2000w"
        sizes="100vw"
        src="{img('2024/09/cover.jpg', 'w2000')}"
        alt="{SITE}"
    />

        <div class="site-header-inner inner">
                <h1 class="site-title">{SITE}</h1>
                <p class="site-description">{SITE_DESC}</p>
        </div>

</div>
"""
    main = f"""
<header class="site-header">
{header}
</header>

<main id="site-main" class="site-main outer">
<div class="inner posts">

    <div class="post-feed">
            {''.join(post_card(p, lazy=i > 0) for i, p in enumerate(chunk))}
    </div>

    {pagination(n, pages)}
</div>
</main>
"""
    return page(SITE if n == 1 else f"{SITE} (Page {n})", "home-template" if n == 1 else "paged home-template", head, main)


def archive_page(kind, slug):
    if kind == "tag":
        name, desc = TAGS[slug]
        posts = [p for p in POSTS if slug in p[5]]
        url = f"{BASE}/tag/{slug}/"
        top = f"""<header class="tag-template-header">
            <div class="post-card-header">
                <h1 class="post-card-title">{name}</h1>
                    <div class="post-card-excerpt">{desc}</div>
                <div class="post-card-meta">
                    A collection of {len(posts)} posts
                </div>
            </div>
        </header>"""
        body_class = f"tag-template tag-{slug}"
        title = f"{name} - {SITE}"
    else:
        _, name, desc = AUTHOR
        posts = POSTS
        url = f"{BASE}/author/{slug}/"
        top = f"""<section class="post-card post author-card">
            <img class="author-profile-pic" src="{img('2024/09/avatar.jpg', 'w150h150')}" alt="{name}" />
            <h2 class="author-name">{name}</h2>
                <p class="author-bio">{desc}</p>
            <div class="author-meta">
                    <div class="author-location">广州</div>
                <div class="author-social">
                        <a class="author-social-item" href="{BASE}/rss/" target="_blank" rel="noopener">RSS</a>
                </div>
            </div>
        </section>"""
        body_class = f"author-template author-{slug}"
        title = f"{name} - {SITE}"
    head = ghost_head(
        canonical=url,
        title=title,
        description=desc,
        og_type="profile" if kind == "author" else "website",
        jsonld=website_jsonld(url, name, desc, "Series" if kind == "tag" else "Person"),
    )
    main = f"""
<main id="site-main" class="site-main outer">
    <div class="inner posts">
        <div class="post-feed">

        {top}

            {''.join(post_card(p) for p in posts)}
        </div>
        <nav class="pagination">
    <span class="page-number">Page 1 of 1</span>
</nav>

    </div>
</main>
"""
    return page(title, body_class, head, main)


def p_tags(paras):
    return "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in paras)


def callout(text, emoji="💡", color="grey"):
    return f'<div class="kg-card kg-callout-card kg-callout-card-{color}"><div class="kg-callout-emoji">{emoji}</div><div class="kg-callout-text">{text}</div></div>'


def image_card(path, alt, caption, w=2000, h=1333):
    return (
        f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{img(path)}" class="kg-image" alt="{html.escape(alt)}" loading="lazy" width="{w}" height="{h}" '
        f'srcset="{img(path, "w600")} 600w, {img(path, "w1000")} 1000w, {img(path, "w1600")} 1600w, {img(path, "w2400")} 2400w" sizes="(min-width: 720px) 720px">'
        f'<figcaption><span style="white-space: pre-wrap;">{caption}</span></figcaption></figure>'
    )


def bookmark(url, title, desc, author, publisher, icon, thumb):
    return (
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{url}"><div class="kg-bookmark-content">'
        f'<div class="kg-bookmark-title">{title}</div><div class="kg-bookmark-description">{desc}</div>'
        f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{icon}" alt=""><span class="kg-bookmark-author">{author}</span><span class="kg-bookmark-publisher">{publisher}</span></div>'
        f'</div><div class="kg-bookmark-thumbnail"><img src="{thumb}" alt="" onerror="this.style.display = \'none\'"></div></a></figure>'
    )


NOTE1 = "这是我在全省独立书店联盟年会开幕时的致辞。稿子写了三遍，念的时候还是改了几处，以下按现场录音整理。"
NOTE2 = "论坛上的发言有时间限制，现场删了一些例子，这里放的是完整的发言稿。文中的数字来自我们2023年的入户调查。"
HEADER2 = ("让骑楼里继续有人生活", "2024年9月27日 · 岭南骑楼街区保护与更新论坛 · 发言稿")
CAPTION2 = "龙津片区改造后的骑楼街，廊下又有了下棋的街坊。摄影：林一苇"
BOOKMARK2 = (
    "https://news.yangcheng-like.test/2024-09/28/content_1029384.htm",
    "岭南骑楼街区保护与更新论坛在穗举行",
    "来自规划、建筑、文保领域的专家学者和社区代表共话骑楼街区的保护与活化。",
    "羊城新闻网",
    "羊城新闻网",
    "https://news.yangcheng-like.test/favicon.ico",
    "https://news.yangcheng-like.test/images/2024/0928/forum.jpg",
)


def content_for(p):
    slug = p[0]
    if slug == SLUG1:
        preview = callout(NOTE1, "📝") + p_tags(S1.paras[:PREVIEW])
        return f"""{preview}
<aside class="gh-post-upgrade-cta">
    <div class="gh-post-upgrade-cta-content" style="background-color: {ACCENT}">
            <h2>此内容仅限订阅会员阅读</h2>
            <p>订阅后阅读全文，并第一时间收到新文章。</p>
            <a class="gh-btn" data-portal="signup" style="color:{ACCENT}">立即订阅</a>
            <p><small>已有账户？ <a data-portal="signin">登录</a></small></p>
    </div>
</aside>
"""
    head_card = (
        f'<div class="kg-card kg-header-card kg-v2 kg-width-full kg-content-wide " style="background-color: #2b2b2b;" data-background-color="#2b2b2b">'
        f'<div class="kg-header-card-content"><div class="kg-header-card-text kg-align-center">'
        f'<h2 id="rang-qi-lou-li-ji-xu-you-ren-sheng-huo" class="kg-header-card-heading" style="color: #FFFFFF;" data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">{HEADER2[0]}</span></h2>'
        f'<p id="2024nian-9yue-27ri" class="kg-header-card-subheading" style="color: #FFFFFF;" data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">{HEADER2[1]}</span></p>'
        f'<a href="https://news.yangcheng-like.test/2024-09/28/content_1029384.htm" class="kg-header-card-button " style="background-color: #ffffff;color: #000000;" data-button-color="#ffffff" data-button-text-color="#000000">论坛报道</a>'
        f"</div></div></div>"
    )
    cut = 4
    return (
        head_card
        + callout(NOTE2)
        + p_tags(S2.paras[:cut])
        + image_card("2024/09/longjin-qilou.jpg", "骑楼街", CAPTION2)
        + p_tags(S2.paras[cut:])
        + "<hr>"
        + bookmark(*BOOKMARK2)
    )


def article_jsonld(p, url, published, modified):
    slug, title, excerpt, day, _, tags, _, _, image = p
    return f"""{{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {{
        "@type": "Organization",
        "name": "{SITE}",
        "url": "{BASE}/",
        "logo": {{
            "@type": "ImageObject",
            "url": "{img('2024/09/favicon.png', 'w256h256')}",
            "width": 60,
            "height": 60
        }}
    }},
    "author": {{
        "@type": "Person",
        "name": "{AUTHOR[1]}",
        "image": {{
            "@type": "ImageObject",
            "url": "{img('2024/09/avatar.jpg')}",
            "width": 800,
            "height": 800
        }},
        "url": "{BASE}/author/{AUTHOR[0]}/",
        "sameAs": []
    }},
    "headline": "{title}",
    "url": "{url}",
    "datePublished": "{published}",
    "dateModified": "{modified}",
    "image": {{
        "@type": "ImageObject",
        "url": "{img(image)}",
        "width": 2000,
        "height": 1333
    }},
    "keywords": "{', '.join(TAGS[t][0] for t in tags)}",
    "description": "{excerpt}",
    "mainEntityOfPage": "{url}"
}}"""


def post_page(p):
    slug, title, excerpt, day, clock, tags, minutes, vis, image = p
    url = f"{BASE}/{slug}/"
    published = f"{day}T{clock}.000Z"
    modified = f"{day}T{int(clock[:2]) + 1:02d}{clock[2:]}.000Z"
    head = ghost_head(
        canonical=url,
        title=title,
        description=excerpt,
        og_type="article",
        image=img(image),
        article=(published, modified, tags),
        jsonld=article_jsonld(p, url, published, modified),
    )
    at = POSTS.index(p)
    more = [q for q in POSTS if q is not p][:3]
    members_cls = " tag-hash-members" if vis == "members" else ""
    main = f"""

<main id="site-main" class="site-main">
<article class="article post tag-{' tag-'.join(tags)}{members_cls} ">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="/tag/{tags[0]}/">{TAGS[tags[0]][0]}</a>
                </span>
        </div>

        <h1 class="article-title">{html.escape(title)}</h1>

            <p class="article-excerpt">{html.escape(excerpt)}</p>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="/author/{AUTHOR[0]}/" class="author-avatar" aria-label="Read more of {AUTHOR[1]}">
                        <img class="author-profile-image" src="{img('2024/09/avatar.jpg', 'w100')}" alt="{AUTHOR[1]}" />
                    </a>
                </li>
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/{AUTHOR[0]}/">{AUTHOR[1]}</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{day}">{zh_date(day)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {minutes} min read</span>
                </div>
            </div>

        </section>
        </div>

            <figure class="article-image">
                <img
                    srcset="{img(image, 'w300')} 300w,
                            {img(image, 'w600')} 600w,
                            {img(image, 'w1000')} 1000w,
                            {img(image, 'w2000')} 2000w"
                    sizes="(min-width: 1400px) 1400px, 92vw"
                    src="{img(image, 'w2000')}"
                    alt="{html.escape(title)}"
                />
            </figure>

    </header>

    <section class="gh-content gh-canvas">
        {content_for(p)}
    </section>


</article>
</main>

    <section class="footer-cta outer">
        <div class="inner">
                <h2 class="footer-cta-title">订阅「城与书」，新文章会发到你的邮箱</h2>
            <a class="footer-cta-button" href="#/portal" data-portal>
                <div class="footer-cta-input">Enter your email</div>
                <span>Subscribe</span>
            </a>
        </div>
    </section>

    <aside class="read-more-wrap outer">
        <div class="read-more inner">
                    {''.join(post_card(q) for q in more)}
        </div>
    </aside>

"""
    assert at >= 0
    return page(f"{title}", f"post-template tag-{' tag-'.join(tags)}{members_cls}", head, main)


def rss():
    items = []
    for n, p in enumerate(POSTS):
        slug, title, excerpt, day, clock, tags, _, vis, image = p
        if slug == SLUG1:
            body = content_for(p).split("<aside")[0]
        elif slug == SLUG2:
            body = content_for(p)
        else:
            body = f"<p>{html.escape(excerpt, quote=False)}</p>"
        cats = "".join(f"<category><![CDATA[{TAGS[t][0]}]]></category>" for t in tags)
        items.append(
            f'<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{BASE}/{slug}/</link>'
            f'<guid isPermaLink="false">66f2a0{9180 - n * 37:04x}c1d3e5b7a90{n}</guid>{cats}<dc:creator><![CDATA[{AUTHOR[1]}]]></dc:creator>'
            f"<pubDate>{rfc822(day, clock)}</pubDate><media:content url=\"{img(image)}\" medium=\"image\"/>"
            f"<content:encoded><![CDATA[<img src=\"{img(image)}\" alt=\"{html.escape(title)}\">{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
        f"<title><![CDATA[{SITE}]]></title><description><![CDATA[{SITE_DESC}]]></description><link>{BASE}/</link>"
        f"<image><url>{img('2024/09/favicon.png', 'w256h256')}</url><title>{SITE}</title><link>{BASE}/</link></image>"
        f"<generator>Ghost 5.82</generator><lastBuildDate>Fri, 22 Nov 2024 03:11:26 GMT</lastBuildDate>"
        f'<atom:link href="{BASE}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>' + "".join(items) + "</channel></rss>"
    )


def rfc822(day, clock):
    import datetime

    d = datetime.date.fromisoformat(day)
    return f"{d.strftime('%a, %d %b %Y')} {clock} GMT"


SITEMAP_XSL = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//' + HOST + '/sitemap.xsl"?>'


def sitemaps(fam):
    fam.put(
        "/sitemap.xml",
        SITEMAP_XSL
        + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<sitemap><loc>{BASE}/sitemap-{k}.xml</loc><lastmod>2024-11-22T03:11:26.000Z</lastmod></sitemap>"
            for k in ("pages", "posts", "authors", "tags")
        )
        + "</sitemapindex>",
    )

    def urlset(urls):
        return (
            SITEMAP_XSL
            + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(u for u in urls)
            + "</urlset>"
        )

    fam.put(
        "/sitemap-posts.xml",
        urlset(
            f"<url><loc>{BASE}/{p[0]}/</loc><lastmod>{p[3]}T{int(p[4][:2]) + 1:02d}{p[4][2:]}.000Z</lastmod>"
            f"<image:image><image:loc>{img(p[8])}</image:loc><image:caption>{p[8].rsplit('/', 1)[1]}</image:caption></image:image></url>"
            for p in POSTS
        ),
    )
    fam.put("/sitemap-pages.xml", urlset([f"<url><loc>{BASE}/</loc><lastmod>2024-11-22T03:11:26.000Z</lastmod></url>"]))
    fam.put(
        "/sitemap-tags.xml",
        urlset(f"<url><loc>{BASE}/tag/{t}/</loc><lastmod>2024-11-22T03:11:26.000Z</lastmod></url>" for t in TAGS),
    )
    fam.put(
        "/sitemap-authors.xml",
        urlset([f"<url><loc>{BASE}/author/{AUTHOR[0]}/</loc><lastmod>2024-11-22T03:11:26.000Z</lastmod></url>"]),
    )


def build() -> Family:
    fam = Family(HOST, "Ghost 5 publication, stock Casper 5 theme (members, Koenig cards)", content_type="text/html; charset=utf-8")
    fam.put("/", index_page(1))
    fam.put("/page/2/", index_page(2))
    fam.not_documents += ["/", "/page/2/"]
    for t in TAGS:
        fam.put(f"/tag/{t}/", archive_page("tag", t))
        fam.not_documents.append(f"/tag/{t}/")
    fam.put(f"/author/{AUTHOR[0]}/", archive_page("author", AUTHOR[0]))
    fam.not_documents.append(f"/author/{AUTHOR[0]}/")
    for p in POSTS:
        if p[0] in (SLUG1, SLUG2):
            fam.put(post_url(p[0]), post_page(p))
    fam.doc([post_url(SLUG1)], S1, truncated=True, text="\n".join(S1.paras[:PREVIEW]), published_at="2024-11-09")
    fam.doc([post_url(SLUG2)], S2, published_at="2024-09-27")
    fam.put("/rss/", rss())
    sitemaps(fam)
    fam.put(
        "/robots.txt",
        f"User-agent: *\nSitemap: {BASE}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n",
        "ascii",
    )
    fam.noise += [
        NOTE1[:20],
        NOTE2[:20],
        "以下按现场录音整理",
        "这里放的是完整的发言稿",
        HEADER2[1],
        CAPTION2,
        "论坛报道",
        BOOKMARK2[1],
        BOOKMARK2[2],
        "此内容仅限订阅会员阅读",
        "订阅后阅读全文",
        "立即订阅",
        "已有账户？",
        "联盟年会开幕时的致辞全文。会员可阅读全文。",
        "讲一线看到的骑楼里的生活",
        "min read",
        "Members only",
        "Enter your email",
        "Subscribe",
        "Powered by Ghost",
        "订阅「城与书」，新文章会发到你的邮箱",
        "粤ICP备2021054387号-1",
        "冬天的第一场读书会",
        "十一个人，一壶茶",
        "Older Posts",
    ]
    fam.note = (
        "Ghost 5 with stock Casper: posts at `/<unidecode pinyin slug>/`. The text is `section.gh-content.gh-canvas` "
        "minus the Koenig cards: the 书店 post opens with a `kg-callout-card` (the author's note) and stops after four "
        "paragraphs (Ghost's public preview) at `aside.gh-post-upgrade-cta` (此内容仅限订阅会员阅读 / 订阅后阅读全文 / "
        "立即订阅 / 已有账户？登录) → truncated, the expected text being the four paragraphs shown; the 骑楼 post opens "
        "with a `kg-header-card` (heading, subheading, button) and a callout, has a `kg-image-card kg-card-hascaption` "
        "(figcaption with a photo credit) between paragraphs and an `<hr>` + `kg-bookmark-card` (a news report) at the "
        "end. The custom excerpt is printed as `p.article-excerpt` above the byline (not part of the text). Each post "
        "ends with Casper's `footer-cta` and three `read-more` post cards (the other speech among them). published_at "
        "is `time.byline-meta-date`'s `datetime` (= article:published_time's day). `/` and `/page/2/` (6 posts a page; "
        "the older speech on page 2), `/tag/…/`, `/author/…/` are listings (not documents); `/rss/` (the preview only "
        "for the members-only post) and the robots `Sitemap:` → `sitemap.xml` index → `sitemap-posts.xml` name both "
        "posts."
    )
    return fam
