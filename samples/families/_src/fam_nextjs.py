"""A server-rendered Next.js news app (pages router, trailingSlash export paths): the home page lists
articles only inside <script id="__NEXT_DATA__"> JSON (cards are clickable <div>s, no <a>), article
pages server-rendered with hashed CSS-module class names; next-sitemap robots.txt and sitemap index."""

import json

from common import SPEECHES, Family, render

HOST = "www.binjiang-watch.test"
BUILD = "kX9f2_Lm0aQv7bT3"

ARTICLES = [
    (
        SPEECHES["X1"],
        "2024-07-09-shuzi-jingji-chanye-dahui-zhuzhi-yanjiang",
        "10:00",
        "滨江发布",
        "市长在2024数字经济产业大会上作主旨演讲",
    ),
    (
        SPEECHES["X2"],
        "2024-06-12-quanshi-keji-chuangxin-dahui-jianghua",
        "15:30",
        "滨江日报",
        "全市科技创新大会召开",
    ),
]
OTHER = [
    {
        "id": "c8d1",
        "slug": "2024-07-08-binjiang-tianqi",
        "title": "滨江入伏，未来三天持续高温",
        "publishedAt": "2024-07-08T08:00:00+08:00",
        "summary": "气象部门提醒市民注意防暑降温。",
        "cover": "/images/weather.jpg",
    },
]

HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>@@TITLE@@</title><meta name="description" content="@@DESC@@"/><meta property="og:title" content="@@TITLE@@"/><meta property="og:type" content="@@OGTYPE@@"/><link rel="canonical" href="https://www.binjiang-watch.test@@PATH@@"/><meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/4c1a2b3d9e8f7a6b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1a2b3d9e8f7a6b.css" data-n-g=""/><link rel="preload" href="/_next/static/css/a0b9c8d7e6f5a4b3.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a0b9c8d7e6f5a4b3.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-5c1a8f0e2b7d3c4a.js" defer=""></script><script src="/_next/static/chunks/pages/@@CHUNK@@.js" defer=""></script><script src="/_next/static/@@BUILD@@/_buildManifest.js" defer=""></script><script src="/_next/static/@@BUILD@@/_ssgManifest.js" defer=""></script></head><body><div id="__next"><header class="Header_header__9zQ1x"><div class="Header_inner__Qm2kA"><a class="Header_logo__3nF8c" href="/"><img alt="滨江观察" src="/images/logo.svg" width="132" height="32"/></a><nav class="Header_nav__Lr7Tb"><a class="Header_link__Yk3s1 Header_active__p0V2e" href="/">首页</a><a class="Header_link__Yk3s1" href="/about/">关于我们</a><a class="Header_link__Yk3s1" href="/app/">下载客户端</a></nav></div></header><main class="Layout_main__x1cG4">"""

FOOT = """</main><footer class="Footer_footer__mS8wQ"><div class="Footer_inner__a7Kc2"><p class="Footer_copy__T3zLx">© 2024 滨江观察 版权所有 未经授权禁止转载</p><p class="Footer_icp__9bVnE"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">浙ICP备2023012345号-1</a></p></div></footer></div><script id="__NEXT_DATA__" type="application/json">@@DATA@@</script></body></html>"""


def card_json(a):
    speech, slug, hhmm, source, summary = a
    return {
        "id": slug[-8:],
        "slug": slug,
        "title": speech.title,
        "publishedAt": f"{speech.date}T{hhmm}:00+08:00",
        "summary": summary,
        "cover": f"/images/{slug[:10]}.jpg",
    }


def next_data(page, props, query, gssp=True):
    data = {
        "props": {"pageProps": props, "__N_SSP": gssp},
        "page": page,
        "query": query,
        "buildId": BUILD,
        "isFallback": False,
        "gssp": gssp,
        "scriptLoader": [],
    }
    # Next.js escapes < > & in the inline JSON (htmlEscapeJsonString)
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def home(page_no, cards):
    card_html = "".join(
        f'<div class="ArticleCard_card__3kd9Q" role="link" tabindex="0"><div class="ArticleCard_cover__0Ff1s"><img alt="" loading="lazy" src="{c["cover"]}"/></div><div class="ArticleCard_body__hQ7dE"><h2 class="ArticleCard_title__k2Vn8">{c["title"]}</h2><p class="ArticleCard_summary__Zx4Jm">{c["summary"]}</p><span class="ArticleCard_time__8ReTn">{c["publishedAt"][:10]}</span></div></div>'
        for c in cards
    )
    more = (
        '<button class="Home_more__Pz3qL" type="button">加载更多</button>'
        if page_no == 1
        else '<p class="Home_end__c9Kx2">没有更多了</p>'
    )
    body = f'<section class="Home_list__7hYsA"><h1 class="Home_heading__Jd0aX">滨江要闻</h1>{card_html}</section>{more}'
    props = {"articles": cards, "page": page_no, "totalPages": 2, "channel": "yaowen"}
    return render(
        HEAD + body + FOOT,
        TITLE="滨江观察 - 滨江新闻客户端",
        DESC="滨江观察：滨江权威新闻资讯",
        OGTYPE="website",
        PATH="/",
        CHUNK="index-3e8b0d5f1a2c4e6b",
        BUILD=BUILD,
        DATA=next_data("/", props, {} if page_no == 1 else {"page": str(page_no)}),
    )


def article(a):
    speech, slug, hhmm, source, summary = a
    paras = "".join(f"<p>{p}</p>" for p in speech.paras)
    y, m, d = speech.date.split("-")
    body = (
        '<article class="Article_article__Xk2pQ">'
        '<nav class="Breadcrumb_crumb__Wc5nR" aria-label="breadcrumb"><a href="/">首页</a><span class="Breadcrumb_sep__1dLq0">/</span><span>要闻</span></nav>'
        f'<h1 class="Article_title__1bA7c">{speech.title}</h1>'
        f'<div class="Article_meta__2PqLs"><time dateTime="{speech.date}T{hhmm}:00+08:00">{y}年{int(m)}月{int(d)}日 {hhmm}</time><span class="Article_source__Qe8Rv">来源：{source}</span><span class="Article_views__mT1oB">阅读 2.3万</span></div>'
        f'<div class="Article_body__hT5d8">{paras}</div>'
        '<div class="Article_actions__pW9kH"><button type="button" class="Article_like__4bNcz">点赞</button><button type="button" class="Article_share__gY2kE">分享</button></div>'
        '<div class="Article_statement__zV6xS">声明：本文版权归滨江观察所有，转载请注明出处。</div>'
        "</article>"
        '<aside class="AppBanner_banner__Rt3fJ"><p>下载滨江观察客户端，看更多本地新闻</p><button type="button">立即下载</button></aside>'
    )
    props = {
        "article": {**card_json(a), "source": source, "content": "".join(f"<p>{p}</p>" for p in speech.paras)}
    }
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title} - 滨江观察",
        DESC=summary,
        OGTYPE="article",
        PATH=f"/news/{slug}/",
        CHUNK="news/[slug]-7c2e9a1b5d3f8e0a",
        BUILD=BUILD,
        DATA=next_data("/news/[slug]", props, {"slug": slug}),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Next.js pages-router news app: home lists articles only in __NEXT_DATA__ JSON; CSS-module class names; next-sitemap",
    )
    cards1 = [card_json(ARTICLES[0]), *OTHER]
    cards2 = [card_json(ARTICLES[1])]
    fam.put("/", home(1, cards1))
    fam.route("/?page=2", "/_pages/home-2.html", home(2, cards2))
    fam.not_documents += ["/", "/?page=2"]
    for a in ARTICLES:
        path = f"/news/{a[1]}/"
        fam.put(path, article(a))
        fam.doc([path], a[0], found_by="inline json")
    fam.put(
        "/robots.txt",
        "# *\nUser-agent: *\nAllow: /\n\n# Host\nHost: https://www.binjiang-watch.test\n\n# Sitemaps\nSitemap: https://www.binjiang-watch.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://www.binjiang-watch.test/sitemap-0.xml</loc></sitemap>\n</sitemapindex>',
    )
    fam.put(
        "/sitemap-0.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">\n'
        + "<url><loc>https://www.binjiang-watch.test/</loc><changefreq>daily</changefreq><priority>0.7</priority></url>\n"
        + "".join(
            f"<url><loc>https://www.binjiang-watch.test/news/{a[1]}/</loc><lastmod>{a[0].date}T{a[2]}:00.000Z</lastmod><changefreq>daily</changefreq><priority>0.7</priority></url>\n"
            for a in ARTICLES
        )
        + "</urlset>",
    )
    fam.noise += [
        "首页",
        "来源：",
        "滨江发布",
        "阅读 2.3万",
        "点赞",
        "分享",
        "声明：本文版权归滨江观察所有",
        "下载滨江观察客户端",
        "立即下载",
        "浙ICP备2023012345号-1",
        "关于我们",
    ]
    return fam
