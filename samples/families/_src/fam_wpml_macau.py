"""A 澳門 government department site (青年事務發展局-like, fictional) on the gov.mo common department template:
WordPress 6 with WPML (language folders `/zh-hant/`, `/zh-hans/`, `/pt/`), Traditional script, UTF-8,
`<html lang="zh-Hant">`. HOLDOUT of session 18 (f54b).

The gov.mo bar on top of every page (`div#govmo-bar`: 澳門特別行政區政府入口網站 link, 字體大小, the language
switcher `繁體 | 简体 | Português | English` with hreflang alternates; the 简体 / PT pages are not served here);
home `/zh-hant/` (最新消息 slider, 新聞稿 / 致辭 blocks) → category 局長致辭 `/zh-hant/category/speeches/`
(+ `/zh-hant/category/speeches/page/2/`, `nav.pagination` with `page-numbers`) → posts
`/zh-hant/speeches/2024/08/03/<slug>/`: breadcrumbs (主頁 › 局長致辭 › title), `h1.entry-title`,
`div.post-meta` (發佈日期：03/08/2024 in Macao's dd/mm/yyyy, 類別), `div.entry-content` with `<p>`s in
Traditional script with 「」 quotes, one post opened by a grey italic note `（講稿以現場發言為準）` and a
`wp-block-image` photo with `figcaption` (新聞局 credit) between paragraphs, the other closing with a
`wp-block-file` PDF link (致辭全文（PDF）) and a Portuguese-version line `Versão portuguesa` after the text;
then 列印 / 分享 (Facebook / WhatsApp / 微信 / 電郵), 相關消息, the gov.mo footer (私隱政策 / 版權所有 /
最佳瀏覽 / 最後更新). Expected texts and titles are Simplified (OpenCC `s2hk` page text → `hk2s`, as for the
Hong Kong families)."""

import opencc
from common import SPEECHES, Family

HOST = "www.lianhua-juventude.gov.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")
CAT = "/zh-hant/category/speeches/"
CAT2 = "/zh-hant/category/speeches/page/2/"


def mo(text: str) -> str:
    """Macao print: Hong Kong standard forms, 「」 quotes, 著 for 着."""
    return TO_HK.convert(text).replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』").replace("着", "著")


POSTS = [
    dict(speech=SPEECHES["f54b-5"], pid=18764, slug="jiaoliuying-kaiyingli-zhici", ymd=("2024", "08", "03"),
         note="（講稿以現場發言為準）",
         image=("DSC_4417-1024x683.jpg", "局長在開營禮上致辭（圖片來源：新聞局）"),
         pdf=None),
    dict(speech=SPEECHES["f54b-6"], pid=19902, slug="yigong-jiaxuli-zhici", ymd=("2024", "12", "07"),
         note=None, image=None,
         pdf=("speech-20241207.pdf", "致辭全文（PDF）", "186 KB")),
]

OTHER_NEWS = [
    ("/zh-hant/news/2024/12/02/qingnian-zhibiao-baogao/", "局方公佈《澳門青年指標》社會調查結果"),
    ("/zh-hant/news/2024/11/20/qingnian-shetuan-zizhu/", "二〇二五年度青年社團活動資助計劃接受申請"),
    ("/zh-hant/news/2024/10/15/daqu-shixi-jihua/", "大灣區青年實習計劃第二期學員結業"),
]


def post_url(p):
    y, m, d = p["ymd"]
    return f"/zh-hant/speeches/{y}/{m}/{d}/{p['slug']}/"


def ddmmyyyy(p):
    y, m, d = p["ymd"]
    return f"{d}/{m}/{y}"


HEAD = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<link rel="alternate" hreflang="zh-hant" href="http://www.lianhua-juventude.gov.test@@PATH@@" />
<link rel="alternate" hreflang="zh-hans" href="http://www.lianhua-juventude.gov.test@@HANS@@" />
<link rel="alternate" hreflang="pt-pt" href="http://www.lianhua-juventude.gov.test@@PT@@" />
<link rel="alternate" hreflang="x-default" href="http://www.lianhua-juventude.gov.test@@PATH@@" />
<meta name="generator" content="WPML ver:4.6.9 stt:61,62,1,42;" />
@@EXTRA@@<link rel='stylesheet' id='govmo-bar-css' href='https://www.gov.mo/public/themes/gov-mo-bar/css/bar.css?ver=2.3' type='text/css' media='all' />
<link rel='stylesheet' id='dsj-theme-css' href='/wp-content/themes/dsj-gov/style.css?ver=1.8.2' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="@@BODY@@">
<div id="govmo-bar" class="govmo-bar"><div class="govmo-bar-inner">
<a class="govmo-logo" href="https://www.gov.mo/zh-hant/" target="_blank" title="澳門特別行政區政府入口網站"><img src="https://www.gov.mo/public/themes/gov-mo-bar/img/govmo-logo.svg" alt="GOV.MO" width="74" height="20"></a>
<span class="govmo-title">澳門特別行政區政府入口網站</span>
<ul class="govmo-tools"><li class="fontsize">字體大小 <a href="#" data-size="s">A</a> <a href="#" data-size="m">A</a> <a href="#" data-size="l">A</a></li>
<li class="wpml-ls wpml-ls-legacy-list-horizontal"><ul><li class="wpml-ls-item wpml-ls-current-language"><a href="@@PATH@@" lang="zh-hant"><span class="wpml-ls-native">繁體</span></a></li><li class="wpml-ls-item"><a href="@@HANS@@" lang="zh-hans"><span class="wpml-ls-native">简体</span></a></li><li class="wpml-ls-item"><a href="@@PT@@" lang="pt-pt"><span class="wpml-ls-native">Português</span></a></li><li class="wpml-ls-item"><a href="/en/" lang="en"><span class="wpml-ls-native">English</span></a></li></ul></li></ul>
</div></div>
<header id="masthead" class="site-header"><div class="container">
<a class="site-branding" href="/zh-hant/"><img src="/wp-content/uploads/2022/05/logo-dsj-zh.png" alt="青年事務發展局 Direcção dos Serviços de Assuntos da Juventude" width="360" height="64"></a>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/zh-hant/">主頁</a></li><li class="menu-item"><a href="/zh-hant/about/">關於本局</a></li><li class="menu-item"><a href="/zh-hant/category/news/">新聞稿</a></li><li class="menu-item@@NAVON@@"><a href="/zh-hant/category/speeches/">局長致辭</a></li><li class="menu-item"><a href="/zh-hant/services/">資助及服務</a></li><li class="menu-item"><a href="/zh-hant/youth-centres/">青年中心</a></li><li class="menu-item"><a href="/zh-hant/contact/">聯絡我們</a></li>
</ul></nav>
<form role="search" method="get" class="search-form" action="/zh-hant/"><input type="search" class="search-field" placeholder="搜尋 …" name="s"><button type="submit" class="search-submit">搜尋</button></form>
</div></header>
<div id="content" class="site-content"><div class="container">
@@MAIN@@
</div></div>
<footer id="colophon" class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/zh-hant/privacy/">私隱政策</a></li><li><a href="/zh-hant/disclaimer/">免責聲明</a></li><li><a href="/zh-hant/sitemap/">網站地圖</a></li><li><a href="/zh-hant/accessibility/">無障礙瀏覽</a></li></ul>
<p class="address">地址：澳門xx大馬路 xxx 號 xx 大廈 5 樓　電話：(853) 2855 xxxx　傳真：(853) 2855 xxxx　電郵：info@lianhua-juventude.gov.test</p>
<p class="copyright">版權所有 © 2024 澳門特別行政區政府青年事務發展局</p>
<p class="browser">最佳瀏覽：Chrome、Edge、Firefox、Safari 最新版本　最後更新：@@UPDATED@@</p>
</div></footer>
<script type='text/javascript' src='https://www.gov.mo/public/themes/gov-mo-bar/js/bar.js?ver=2.3' id='govmo-bar-js'></script>
<script type='text/javascript' src='/wp-content/themes/dsj-gov/js/main.js?ver=1.8.2' id='dsj-main-js'></script>
</body>
</html>
"""


def page(title, path, main, body, hans, pt, updated, extra="", navon=False):
    values = dict(TITLE=title, PATH=path, HANS=hans, PT=pt, MAIN=main, BODY=body, UPDATED=updated, EXTRA=extra,
                  NAVON=" current-menu-item" if navon else "")
    out = HEAD
    for k, v in values.items():
        out = out.replace(f"@@{k}@@", v)
    return out


def post_page(p, other):
    s = p["speech"]
    title = mo(s.title)
    y, m, d = p["ymd"]
    paras = []
    if p["note"]:
        paras.append(f'<p class="has-text-color" style="color:#777777"><em>{p["note"]}</em></p>')
    for j, para in enumerate(s.paras):
        paras.append(f"<p>{mo(para)}</p>")
        if p["image"] and j == 2:
            img, cap = p["image"]
            paras.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{y}/{m}/{img}" alt="" class="wp-image-{p["pid"] + 3}" /><figcaption class="wp-element-caption">{cap}</figcaption></figure>')
    if p["pdf"]:
        f, label, size = p["pdf"]
        paras.append(f'<div class="wp-block-file"><a id="wp-block-file--media-{p["pid"]}" href="/wp-content/uploads/{y}/{m}/{f}">{label}</a>（{size}）<a href="/wp-content/uploads/{y}/{m}/{f}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{p["pid"]}">下載</a></div>')
        paras.append(f'<p class="pt-version"><a href="/pt/discursos/{y}/{m}/{d}/{p["slug"]}/" lang="pt-pt">Versão portuguesa</a></p>')
    related = "\n".join([f'<li><a href="{post_url(other)}">{mo(other["speech"].title)}</a></li>']
                        + [f'<li><a href="{u}">{t}</a></li>' for u, t in OTHER_NEWS[:2]])
    main = f"""<nav class="breadcrumbs" aria-label="麵包屑"><a href="/zh-hant/">主頁</a> › <a href="{CAT}">局長致辭</a> › <span class="current">{title}</span></nav>
<main id="main" class="site-main">
<article id="post-{p["pid"]}" class="post-{p["pid"]} post type-post status-publish format-standard hentry category-speeches">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="post-meta"><span class="posted-on">發佈日期：<time class="entry-date published" datetime="{y}-{m}-{d}T16:30:00+08:00">{ddmmyyyy(p)}</time></span><span class="cat-links">類別：<a href="{CAT}" rel="category tag">局長致辭</a></span></div>
</header>
<div class="entry-content">
{chr(10).join(paras)}
</div>
<footer class="entry-footer"><div class="post-tools"><a href="javascript:window.print()" class="print">列印</a><span class="share-title">分享：</span><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F{HOST}{post_url(p)}" target="_blank" rel="noopener">Facebook</a><a class="share-wa" href="https://api.whatsapp.com/send?text=http%3A%2F%2F{HOST}{post_url(p)}" target="_blank" rel="noopener">WhatsApp</a><a class="share-wx" href="#" data-qrcode="1">微信</a><a class="share-mail" href="mailto:?subject={title}&amp;body=http%3A%2F%2F{HOST}{post_url(p)}">電郵</a></div></footer>
</article>
<section class="related-posts"><h2>相關消息</h2><ul>
{related}
</ul></section>
</main>
"""
    hans = post_url(p).replace("/zh-hant/", "/zh-hans/")
    pt = f"/pt/discursos/{y}/{m}/{d}/{p['slug']}/"
    extra = f'<link rel="canonical" href="http://{HOST}{post_url(p)}" />\n<meta property="og:title" content="{title}" />\n<meta property="article:published_time" content="{y}-{m}-{d}T08:30:00+00:00" />\n'
    return page(f"{title} – 青年事務發展局", post_url(p), main, f"post-template-default single single-post postid-{p['pid']} wpml-zh-hant",
                hans, pt, f"{d}/{m}/{y}", extra, navon=True)


def item(p):
    s = p["speech"]
    return (f'<article class="post-{p["pid"]} post type-post category-speeches"><h2 class="entry-title"><a href="{post_url(p)}" rel="bookmark">{mo(s.title)}</a></h2>'
            f'<div class="post-meta"><time datetime="{"-".join(p["ymd"])}">{ddmmyyyy(p)}</time></div>'
            f'<div class="entry-summary"><p>{mo(s.paras[1])[:60]} […]</p></div></article>')


def cat_page(n, items):
    if n == 1:
        nav = f'<nav class="navigation pagination" aria-label="文章"><h2 class="screen-reader-text">文章導覽</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{CAT2}">2</a><a class="next page-numbers" href="{CAT2}">下一頁</a></div></nav>'
        path = CAT
    else:
        nav = f'<nav class="navigation pagination" aria-label="文章"><h2 class="screen-reader-text">文章導覽</h2><div class="nav-links"><a class="prev page-numbers" href="{CAT}">上一頁</a><a class="page-numbers" href="{CAT}">1</a><span aria-current="page" class="page-numbers current">2</span></div></nav>'
        path = CAT2
    main = f"""<nav class="breadcrumbs"><a href="/zh-hant/">主頁</a> › <span class="current">局長致辭</span></nav>
<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">類別：<span>局長致辭</span></h1></header>
{items}
{nav}
</main>
"""
    return page(f"局長致辭 – 第 {n} 頁 – 青年事務發展局" if n > 1 else "局長致辭 – 青年事務發展局", path, main,
                "archive category category-speeches wpml-zh-hant", path.replace("/zh-hant/", "/zh-hans/"),
                "/pt/category/discursos/", "07/12/2024", navon=True)


def build() -> Family:
    fam = Family(HOST, "澳門 government department site, gov.mo template on WordPress 6 + WPML (Traditional, zh-Hant)", home="/zh-hant/")
    p1, p2 = POSTS
    older = [
        ("/zh-hant/speeches/2024/07/05/qingnian-zhengce-zuotanhui/", "在青年政策諮詢座談會上的致辭", "05/07/2024"),
        ("/zh-hant/speeches/2024/06/01/ertongjie-huodong/", "在「六一」兒童節慶祝活動上的致辭", "01/06/2024"),
    ]

    def old_item(u, t, dt):
        return f'<article class="post type-post category-speeches"><h2 class="entry-title"><a href="{u}" rel="bookmark">{t}</a></h2><div class="post-meta"><time>{dt}</time></div></article>'

    fam.put(CAT, cat_page(1, "\n".join([item(p2), item(p1)])))
    fam.put(CAT2, cat_page(2, "\n".join(old_item(*o) for o in older)))
    fam.not_documents += [CAT, CAT2]
    for p, other in ((p1, p2), (p2, p1)):
        fam.put(post_url(p), post_page(p, other))
        fam.doc([post_url(p)], p["speech"], title=TO_CN.convert(mo(p["speech"].title)),
                text="\n".join(TO_CN.convert(mo(x)) for x in p["speech"].paras))
    home_main = f"""<main id="main" class="site-main home">
<section class="home-slider"><div class="slide"><a href="{post_url(p2)}"><img src="/wp-content/uploads/2024/12/banner-yigong.jpg" alt="{mo(p2["speech"].title)}"></a></div></section>
<section class="home-news"><h2>新聞稿</h2><ul>
{chr(10).join(f'<li><a href="{u}">{t}</a></li>' for u, t in OTHER_NEWS)}
</ul><a class="more" href="/zh-hant/category/news/">更多</a></section>
<section class="home-speeches"><h2>局長致辭</h2><ul>
<li><a href="{post_url(p2)}">{mo(p2["speech"].title)}</a> <time>{ddmmyyyy(p2)}</time></li>
<li><a href="{post_url(p1)}">{mo(p1["speech"].title)}</a> <time>{ddmmyyyy(p1)}</time></li>
</ul><a class="more" href="{CAT}">更多</a></section>
<section class="home-links"><a href="https://www.gov.mo/zh-hant/" target="_blank">澳門特別行政區政府入口網站</a></section>
</main>
"""
    fam.put("/zh-hant/", page("青年事務發展局", "/zh-hant/", home_main, "home page-template-default wpml-zh-hant", "/zh-hans/", "/pt/", "07/12/2024"))
    fam.put("/", '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=/zh-hant/"><title>青年事務發展局</title></head><body><a href="/zh-hant/">繁體</a> | <a href="/zh-hans/">简体</a> | <a href="/pt/">Português</a></body></html>\n')
    fam.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", "ascii")
    fam.noise += ["（講稿以現場發言為準）", "局長在開營禮上致辭（圖片來源：新聞局）", "致辭全文（PDF）", "Versão portuguesa",
                  "相關消息", "澳門特別行政區政府入口網站", "版權所有 © 2024"]
    fam.simplify_check = TO_CN.convert
    fam.note = ("HOLDOUT. Traditional-script pages (OpenCC s2hk, 「」 quotes, 著); expected titles and texts are Simplified "
                "(hk2s of what the page prints). The 简体 switcher links (/zh-hans/…) are not served. The italic 講稿 note, "
                "the photo caption, the PDF block and the Versão portuguesa line are not text.")
    return fam
