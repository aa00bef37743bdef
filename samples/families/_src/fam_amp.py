"""A city news portal's AMP (Accelerated Mobile Pages) edition beside its desktop pages, on one host.
The crawl's home is the AMP front page `/amp/`, which links only AMP articles
`/amp/2024-03/18/content_2187345.html`: `<html ⚡>`, the AMP runtime and `custom-element` scripts,
`<style amp-boilerplate>`, `<style amp-custom>`, NewsArticle JSON-LD, `<link rel="canonical">` to the
desktop page, `amp-img` with a `figcaption`, the whole speech on one page after a news preamble,
责任编辑, `原文链接：` (a plain link to the desktop page), `amp-social-share`, `amp-ad`, an app banner,
相关新闻, `amp-analytics`. The desktop pages (`/news/2024-03/18/content_2187345.html`, with
`<link rel="amphtml">`) print the same speech in the portal's template, one of them over two pages
(`content_2187345_2.html`, 上一页 / 1 2 / 下一页). One document per speech, at the canonical desktop
address; the AMP pages are not documents."""

import json

from common import SPEECHES, Family, split_paras

HOST = "www.jiangcheng-wang.test"
SITE = "江城网"

ARTICLES = [
    dict(
        speech=SPEECHES["AMP1"],
        cid="2187345",
        day="2024-03/18",
        time="2024-03-18 17:20:36",
        source="江城日报",
        author="记者 邹明轩 通讯员 罗佳",
        editor="王梓涵",
        preamble="3月18日，全市数字乡村建设现场推进会在云溪县召开。市委副书记、市长陈立峰出席会议并讲话。现将讲话全文刊发如下。",
        photo=(
            "/uploads/2024/03/18/w1710754836512.jpg",
            "3月18日，与会人员在云溪县智慧农业产业园观摩。记者 邹明轩 摄",
        ),
        photo_after=2,
        pages=2,
        column=("jcyw", "江城要闻"),
    ),
    dict(
        speech=SPEECHES["AMP2"],
        cid="2301876",
        day="2024-09/20",
        time="2024-09-20 11:05:12",
        source="江城网",
        author="记者 方思远",
        editor="李沐阳",
        preamble="9月20日，第三届长江中游文旅消费博览会在江城国际会展中心开幕。市委书记何建华出席开幕式并致辞。以下为致辞全文：",
        photo=None,
        photo_after=None,
        pages=1,
        column=("wlxw", "文旅新闻"),
    ),
]

OTHERS = [
    ("2187402", "2024-03/19", "我市春季农业生产全面铺开"),
    ("2301912", "2024-09/20", "文旅博览会首日签约项目28个"),
]


def desk_url(a, page=1):
    suffix = "" if page == 1 else f"_{page}"
    return f"/news/{a['day']}/content_{a['cid']}{suffix}.html"


def amp_url(a):
    return f"/amp/{a['day']}/content_{a['cid']}.html"


AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>"
)

AMP_CSS = """<style amp-custom>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222;margin:0;background:#fff}
.amp-header{height:48px;background:#c40000;display:flex;align-items:center;padding:0 12px}
.amp-article{padding:0 16px}.amp-title{font-size:22px;line-height:1.4;margin:16px 0 8px}
.amp-meta{font-size:13px;color:#888}.amp-meta span{margin-right:10px}
.amp-content p{font-size:17px;line-height:1.8;margin:0 0 14px;text-align:justify}
.amp-content figcaption{font-size:13px;color:#666;text-align:center}
.amp-editor,.amp-origin{font-size:13px;color:#888}.amp-origin a{color:#1a5ba6;word-break:break-all}
.app-banner{background:#fdf1f1;text-align:center;padding:10px;font-size:14px}
.amp-related h3{font-size:16px;border-left:3px solid #c40000;padding-left:8px}
.amp-footer{font-size:12px;color:#999;text-align:center;padding:20px 10px;background:#f5f5f5}
</style>"""


def amp_head(title, canonical, ld=""):
    return f"""<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>{title}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{ld}{AMP_BOILERPLATE}
{AMP_CSS}
</head>
"""


AMP_FOOT = f"""<footer class="amp-footer">
<p><a href="/amp/">首页</a> | <a href="/">电脑版</a> | <a href="/about/contact.html">联系我们</a></p>
<p>{SITE}版权所有　未经授权禁止转载、摘编、复制或建立镜像</p>
<p>互联网新闻信息服务许可证编号：36120170009　<a href="https://beian.miit.gov.cn/">赣ICP备10007231号-1</a></p>
</footer>
<amp-analytics type="baiduanalytics"><script type="application/json">{{"vars":{{"token":"8d2f1c4b7a9e3d5f6b0c1a2e4d7f9b3c"}},"triggers":{{"pageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""


def amp_article(a):
    sp = a["speech"]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": f"https://{HOST}{desk_url(a)}",
            "headline": sp.title,
            "datePublished": a["time"].replace(" ", "T") + "+08:00",
            "dateModified": a["time"].replace(" ", "T") + "+08:00",
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {
                "@type": "Organization",
                "name": SITE,
                "logo": {"@type": "ImageObject", "url": f"https://{HOST}/images/logo_amp.png"},
            },
        },
        ensure_ascii=False,
    )
    body = [f"<p>{a['preamble']}</p>"]
    for n, p in enumerate(sp.paras):
        body.append(f"<p>{p}</p>")
        if a["photo"] and n == a["photo_after"]:
            src, cap = a["photo"]
            body.append(
                f'<figure><amp-img src="{src}" width="640" height="427" layout="responsive" alt="{cap}"></amp-img>'
                f"<figcaption>{cap}</figcaption></figure>"
            )
    body_html = "\n".join(body)
    related = "".join(f'<li><a href="/amp/{d}/content_{c}.html">{t}</a></li>' for c, d, t in OTHERS)
    canonical = f"https://{HOST}{desk_url(a)}"
    return (
        amp_head(f"{sp.title}_{SITE}", canonical, f'<script type="application/ld+json">{ld}</script>\n')
        + f"""<body>
<header class="amp-header"><a href="/amp/"><amp-img src="/images/logo_amp.png" width="96" height="28" alt="{SITE}"></amp-img></a></header>
<div class="app-banner"><a href="https://app.jiangcheng-wang.test/download.html">打开江城新闻APP，阅读体验更佳</a></div>
<article class="amp-article">
<h1 class="amp-title">{sp.title}</h1>
<div class="amp-meta"><span>{a["time"][:16]}</span><span>来源：{a["source"]}</span><span>{a["author"]}</span></div>
<div class="amp-content">
{body_html}
</div>
<p class="amp-editor">责任编辑：{a["editor"]}</p>
<p class="amp-origin">原文链接：<a href="{desk_url(a)}">{canonical}</a></p>
<div class="amp-share">分享到：<amp-social-share type="weibo" width="32" height="32" data-param-text="{sp.title}"></amp-social-share><amp-social-share type="system" width="32" height="32"></amp-social-share></div>
<amp-ad width="100vw" height="320" type="baidu" data-cid="u6543210" layout="fixed-height"><div fallback>广告</div></amp-ad>
</article>
<section class="amp-related"><h3>相关新闻</h3><ul>{related}</ul></section>
"""
        + AMP_FOOT
    )


def amp_home():
    items = "".join(
        f'<li><a href="{amp_url(a)}"><h2>{a["speech"].title}</h2><p>{a["time"][:10]}　{a["source"]}</p></a></li>'
        for a in ARTICLES
    )
    items += "".join(f'<li><a href="/amp/{d}/content_{c}.html"><h2>{t}</h2></a></li>' for c, d, t in OTHERS)
    return (
        amp_head(f"{SITE}_江城新闻门户", f"https://{HOST}/")
        + f"""<body>
<header class="amp-header"><a href="/amp/"><amp-img src="/images/logo_amp.png" width="96" height="28" alt="{SITE}"></amp-img></a></header>
<div class="app-banner"><a href="https://app.jiangcheng-wang.test/download.html">打开江城新闻APP，阅读体验更佳</a></div>
<nav class="amp-nav"><a href="/amp/">首页</a><a href="/amp/jcyw/">要闻</a><a href="/amp/wlxw/">文旅</a></nav>
<section class="amp-list"><ul>{items}</ul></section>
"""
        + AMP_FOOT
    )


def desk_head(title, extra=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
{extra}<title>{title}</title>
<link rel="stylesheet" href="/css/article_2022.css" />
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>{SITE}·江城新闻门户</span><a href="/amp/">手机版</a> | <a href="https://app.jiangcheng-wang.test/download.html">江城新闻APP</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}" /></a></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/news/jcyw/">江城要闻</a></li><li><a href="/news/xsq/">县市区</a></li><li><a href="/news/wlxw/">文旅新闻</a></li><li><a href="/news/ms/">民生</a></li></ul></div>
"""


DESK_FOOT = f"""<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a></p>
<p>{SITE}版权所有　未经授权禁止转载、摘编、复制或建立镜像</p>
<p>互联网新闻信息服务许可证编号：36120170009　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备10007231号-1</a>　违法和不良信息举报电话：0791-86112233</p>
</div></div>
<script src="/js/share.js"></script>
</body>
</html>
"""


def desk_pager(a, page, pages):
    if pages == 1:
        return ""
    prev = (
        '<span class="disabled">上一页</span>'
        if page == 1
        else f'<a href="{desk_url(a, page - 1).rsplit("/", 1)[1]}">上一页</a>'
    )
    nxt = (
        '<span class="disabled">下一页</span>'
        if page == pages
        else f'<a href="{desk_url(a, page + 1).rsplit("/", 1)[1]}">下一页</a>'
    )
    nums = "".join(
        f'<span class="current">{p}</span>'
        if p == page
        else f'<a href="{desk_url(a, p).rsplit("/", 1)[1]}">{p}</a>'
        for p in range(1, pages + 1)
    )
    return f'<div class="page">{prev}{nums}{nxt}</div>'


def desk_article(a, page, runs):
    sp = a["speech"]
    pages = len(runs)
    body = []
    if page == 1:
        body.append(f'<p style="text-indent:2em;">{a["preamble"]}</p>')
    start = sum(len(r) for r in runs[: page - 1])
    for n, p in enumerate(runs[page - 1], start):
        body.append(f'<p style="text-indent:2em;">{p}</p>')
        if a["photo"] and n == a["photo_after"]:
            src, cap = a["photo"]
            body.append(f'<p style="text-align:center;"><img src="{src}" width="600" alt="" /></p>')
            body.append(f'<p style="text-align:center;font-family:楷体;">{cap}</p>')
    body_html = "\n".join(body)
    colid, colname = a["column"]
    extra = (
        f'<meta name="keywords" content="{colname},{SITE}" />\n'
        f'<meta name="description" content="{a["preamble"]}" />\n'
        f'<meta name="publishdate" content="{a["time"][:10]}" />\n'
        f'<meta name="source" content="{a["source"]}" />\n'
        f'<link rel="amphtml" href="https://{HOST}{amp_url(a)}" />\n'
    )
    related = "".join(
        f'<li><a href="/news/{d}/content_{c}.html" target="_blank">{t}</a></li>' for c, d, t in OTHERS
    )
    return (
        desk_head(f"{sp.title}_{colname}_{SITE}", extra)
        + f"""<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/{colid}/">{colname}</a> &gt; 正文</div>
<div class="left">
<h1 class="article-title">{sp.title}</h1>
<div class="article-info"><span class="time">{a["time"]}</span><span class="source">来源：{a["source"]}</span><span class="author">作者：{a["author"]}</span><span class="fontsize">【字号 <a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
<div class="article-content" id="ArticleContent">
<!--正文开始-->
{body_html}
<!--正文结束-->
</div>
{desk_pager(a, page, pages)}
<div class="editor">责任编辑：{a["editor"]}</div>
<div class="share-bar">分享到：<a href="javascript:;" class="s-wx">微信</a><a href="javascript:;" class="s-wb">微博</a><a href="javascript:;" class="s-qq">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>
</div>
<div class="right"><div class="rank"><h3>热点排行</h3><ol><li><a href="/news/2024-03/15/content_2186921.html">江城地铁3号线开通初期运营</a></li><li><a href="/news/2024-03/12/content_2186530.html">全市中小学春季运动会开幕</a></li></ol></div></div>
</div>
"""
        + DESK_FOOT
    )


def build() -> Family:
    fam = Family(
        HOST, "city news portal: AMP edition (crawl home) beside its desktop pages, canonical to desktop"
    )
    fam.home = "/amp/"
    fam.put("/amp/", amp_home())
    fam.not_documents.append("/amp/")
    for a in ARTICLES:
        runs = split_paras(a["speech"].paras, a["pages"])
        urls = []
        for page in range(1, a["pages"] + 1):
            fam.put(desk_url(a, page), desk_article(a, page, runs))
            urls.append(desk_url(a, page))
        fam.not_documents += urls[1:]
        fam.put(amp_url(a), amp_article(a))
        fam.not_documents.append(amp_url(a))
        fam.doc(urls, a["speech"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n", "ascii")
    fam.noise += [
        "现将讲话全文刊发如下",
        "以下为致辞全文：",
        "出席会议并讲话",
        "与会人员在云溪县智慧农业产业园观摩",
        "记者 邹明轩 摄",
        "责任编辑：",
        "王梓涵",
        "原文链接：",
        "分享到：",
        "打开江城新闻APP，阅读体验更佳",
        "相关新闻",
        "文旅博览会首日签约项目28个",
        "热点排行",
        "当前位置：",
        "来源：江城日报",
        "【字号",
        "上一页",
        "下一页",
        "版权所有",
        "互联网新闻信息服务许可证",
        "赣ICP备10007231号-1",
    ]
    fam.note = (
        "Home is the AMP front page `/amp/`, which links only the AMP articles `/amp/…/content_N.html`; each AMP page "
        'names its desktop page in `<link rel="canonical">` and in a plain `原文链接：` link, and the desktop page '
        'names the AMP page in `<link rel="amphtml">`. One document per speech, at the canonical desktop address '
        "(the digital-village speech over `content_2187345.html` and `content_2187345_2.html`); the AMP pages carry "
        "the whole text once more and are listed among the non-documents. Each text follows a news preamble."
    )
    return fam
