"""星島頭條 (stheadline.com)-like article pages (HOLDOUT), Traditional script (zh-HK), UTF-8. Extensionless
article URLs `/realtime-hk/<id>/<slug>` (the slug is the headline with its punctuation dropped, percent-encoded
in links), the 即時·港聞 channel `/realtime-hk/即時` (`news-list` items with time, 載入更多 → `?page=2`,
query route), the home page's 焦點 block. Furniture: top bar (星島頭條App 下載, 日報 / 電子報 / 登入), channel nav,
breadcrumb (即時 › 港聞), `h1.article-title`, `div.article-info` (發佈時間：2024-09-10 13:45 HKT / 最後更新),
share icons (Facebook / WhatsApp / Telegram / 複製連結), a cover `figure` with a `figcaption` (…致辭。 資料圖片),
`article.article-content`: the news lead paragraphs (`…今日（10日）…。他致辭時表示…。以下為致辭全文：`),
GPT `ad-block`s between paragraphs, the 致辭, then `延伸閱讀：` with two links inside the article, the tag list
(`#教育`), 相關新聞 cards, 最新新聞 / 熱門 sidebar, the 下載星島頭條App prompt and the Sing Tao footer (星島新聞集團,
私隱政策 / 使用條款, Copyright). Expected texts and titles are Simplified (compare after hk2s)."""

from urllib.parse import quote, unquote, urlsplit

import opencc
from common import SPEECHES, Family, render

HOST = "www.stheadline-like.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")


def hk(text: str) -> str:
    return TO_HK.convert(text).replace("“", "「").replace("”", "」")


class STFamily(Family):
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        if parts.query:
            return self.query_routes[parts.path + "?" + parts.query]
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


def slug(headline: str) -> str:
    return "".join(ch for ch in headline if ch.isalnum())


# speech, id, published, updated, headline, lead paragraphs, caption, tags, reporter
ARTICLES = [
    (
        SPEECHES["f40d-5"], 3461208, "2024-09-10 13:45", "2024-09-10 14:02",
        "中總學校聯會開學禮暨教師表揚典禮｜主席勉學生養成自主學習習慣（附致辭全文）",
        [
            "香港中華總商會學校聯會今日（10日）舉行開學禮暨教師表揚典禮，表揚十二位在教學及學生支援方面表現出色的老師。聯會主席致辭時勉勵學生養成自主學習的習慣、培養良好品德及開闊視野，並宣布聯會新學年將加大對人工智能教學及學生支援的投入。",
            "以下為致辭全文：",
        ],
        "中總學校聯會主席在開學禮上致辭。 受訪者提供",
        ["教育", "開學", "學校"],
        "",
    ),
    (
        SPEECHES["f40d-6"], 3489516, "2024-11-08 18:20", "2024-11-08 18:20",
        "觀塘區長者鄰舍中心慶祝成立三十周年 將推樂齡科技及跨代義工網絡",
        [
            "觀塘區長者鄰舍中心今日（8日）舉行成立三十周年慶典，逾三百名會員、義工及嘉賓出席。中心管理委員會主席致辭時回顧中心由公屋地舖起步至今服務逾十萬人次的歷程，並表示中心未來將推動樂齡科技應用、擴大跨代義工網絡。",
            "以下為致辭全文：",
        ],
        "觀塘區長者鄰舍中心舉行三十周年慶典。 記者攝",
        ["長者", "觀塘", "社福"],
        "記者：何偉樂",
    ),
]
FILLER = [
    (3461187, "2024-09-10 13:12", "天文台：颱風「摩羯」遠離 今日天氣酷熱"),
    (3461150, "2024-09-10 12:40", "港鐵屯馬綫周末起加密班次 配合新學年"),
    (3489490, "2024-11-08 17:55", "醫管局：急症室周末求診人次上升 籲非緊急病人往普通科門診"),
    (3489455, "2024-11-08 17:10", "房委會通過新一批綠置居出售安排"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
@@EXTRA_META@@<link rel="icon" href="/dist/images/favicon/favicon.ico">
<link rel="apple-touch-icon" href="/dist/images/favicon/icon-512.png">
<link rel="manifest" href="/manifest.json">
<link rel="stylesheet" href="/dist/css/app.css?id=8c1f0b2e7d9a4c36b5e1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DW0V3QT2XB"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-DW0V3QT2XB');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []};</script>
</head>
<body>
<div class="top-bar">
  <div class="container">
    <a class="top-app" href="https://www.stheadline.com/app" target="_blank">下載星島頭條App</a>
    <a href="/daily-news/日報">日報</a>
    <a href="https://e-paper.stheadline.com/" target="_blank">電子報</a>
    <a href="/member/login" class="login">登入</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/dist/images/logo/stheadline-logo.svg" alt="星島頭條"></a>
    <nav class="main-nav">
      <ul>
        <li><a href="/realtime/即時">即時</a></li>
        <li class="active"><a href="/realtime-hk/即時">港聞</a></li>
        <li><a href="/realtime-china/即時">中國</a></li>
        <li><a href="/realtime-world/即時">國際</a></li>
        <li><a href="/finance/財經">財經</a></li>
        <li><a href="/property/地產">地產</a></li>
        <li><a href="/entertainment/娛樂">娛樂</a></li>
        <li><a href="/sports/體育">體育</a></li>
        <li><a href="/life/生活">生活</a></li>
        <li><a href="/health/健康">健康</a></li>
        <li><a href="/video/影片">影片</a></li>
        <li><a href="/columns/專欄">專欄</a></li>
      </ul>
    </nav>
    <a class="search-btn" href="/search">搜尋</a>
  </div>
</header>
<div class="ad-block ad-leaderboard"><div id="div-gpt-ad-1660000000001-0"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-1660000000001-0');});</script></div></div>
"""

SIDEBAR = """<aside class="sidebar">
  <div class="ad-block ad-mrec"><div id="div-gpt-ad-1660000000002-0"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-1660000000002-0');});</script></div></div>
  <div class="side-news">
    <h3 class="side-title">最新新聞</h3>
    <ul>
@@LATEST@@
    </ul>
  </div>
  <div class="side-news hot">
    <h3 class="side-title">熱門</h3>
    <ol>
      <li><a href="/realtime-hk/3460911/">將軍澳隧道收費調整 下月起實施</a></li>
      <li><a href="/realtime-hk/3460875/">消防處：九月首周處理逾百宗山火</a></li>
      <li><a href="/realtime-hk/3460802/">機管局：三跑道系統年底全面投入運作</a></li>
    </ol>
  </div>
  <div class="app-promo"><img src="/dist/images/app-qrcode.png" alt="星島頭條App"><p>下載星島頭條App　即時掌握最新消息</p></div>
</aside>
"""

FOOT = """<footer class="site-footer">
  <div class="container">
    <div class="footer-links">
      <a href="/about-us">關於我們</a><a href="/contact-us">聯絡我們</a><a href="/advertising">廣告查詢</a><a href="/privacy-policy">私隱政策</a><a href="/terms-of-use">使用條款</a><a href="/disclaimer">免責聲明</a>
    </div>
    <div class="footer-social"><a href="https://www.facebook.com/stheadline" target="_blank">Facebook</a><a href="https://www.instagram.com/stheadline" target="_blank">Instagram</a><a href="https://www.youtube.com/@stheadline" target="_blank">YouTube</a></div>
    <p class="copyright">星島新聞集團有限公司 版權所有　Copyright © 2024 Sing Tao News Corporation Limited. All rights reserved.</p>
  </div>
</footer>
<script src="/dist/js/app.js?id=3f7a9c2d1e6b8045af21"></script>
</body>
</html>
"""


def art_path(a, encoded=True) -> str:
    s = slug(a[4])
    return f"/realtime-hk/{a[1]}/{quote(s) if encoded else s}"


def latest() -> str:
    return "\n".join(f'<li><a href="/realtime-hk/{i}/{quote(slug(t))}">{t}</a><span class="time">{d[11:]}</span></li>' for i, d, t in FILLER)


def article(a, other) -> str:
    speech, aid, pub, upd, headline, lead, caption, tags, reporter = a
    paras = [hk(p) for p in speech.paras]
    half = len(paras) // 2
    ad = '<div class="ad-block ad-inread"><div id="div-gpt-ad-1660000000003-0"><script>googletag.cmd.push(function(){googletag.display(\'div-gpt-ad-1660000000003-0\');});</script></div></div>'
    body = "\n".join(f"<p>{p}</p>" for p in lead) + "\n" + "\n".join(f"<p>{p}</p>" for p in paras[:half]) + "\n" + ad + "\n" + "\n".join(f"<p>{p}</p>" for p in paras[half:])
    f1, f2 = (FILLER[0], FILLER[1]) if aid == 3461208 else (FILLER[2], FILLER[3])
    more = (
        f'<p>延伸閱讀：<br><a href="/realtime-hk/{f1[0]}/{quote(slug(f1[2]))}">{f1[2]}</a><br>'
        f'<a href="/realtime-hk/{f2[0]}/{quote(slug(f2[2]))}">{f2[2]}</a></p>'
    )
    tag_html = "".join(f'<a href="/tag/{quote(t)}" class="tag">#{t}</a>' for t in tags)
    meta = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{headline}">\n'
        f'<meta property="og:site_name" content="星島頭條">\n<meta property="og:url" content="https://www.stheadline.com{art_path(a)}">\n'
        f'<meta property="article:published_time" content="{pub.replace(" ", "T")}:00+08:00">\n'
        f'<meta property="article:modified_time" content="{upd.replace(" ", "T")}:00+08:00">\n'
        f'<link rel="canonical" href="https://www.stheadline.com{art_path(a)}">\n'
    )
    page = HEAD + """<main class="container article-page">
<div class="main-col">
  <nav class="breadcrumb"><a href="/realtime/即時">即時</a><span>›</span><a href="/realtime-hk/即時">港聞</a></nav>
  <h1 class="article-title">@@HEADLINE@@</h1>
  <div class="article-info">
    <span class="time">發佈時間：@@PUB@@ HKT</span>
    <span class="time updated">最後更新：@@UPD@@ HKT</span>
  </div>
  <div class="share-bar">
    <a href="javascript:void(0)" class="share-fb" title="Facebook"></a>
    <a href="javascript:void(0)" class="share-whatsapp" title="WhatsApp"></a>
    <a href="javascript:void(0)" class="share-telegram" title="Telegram"></a>
    <a href="javascript:void(0)" class="share-copy" title="複製連結"></a>
    <a href="javascript:void(0)" class="font-size" title="字體大小">A</a>
  </div>
  <figure class="article-cover"><img src="https://image.stheadline.com/f/1500p0/0x0/100/none/@@IMG@@.jpg" alt="@@CAPTION@@"><figcaption>@@CAPTION@@</figcaption></figure>
  <article class="article-content">
@@BODY@@
@@REPORTER@@
@@MORE@@
  </article>
  <div class="article-tags">@@TAGS@@</div>
  <div class="related-news">
    <h3 class="section-title">相關新聞</h3>
    <div class="news-card"><a href="@@OPATH@@"><img src="https://image.stheadline.com/f/500p0/0x0/100/none/@@OIMG@@.jpg" alt=""><p>@@OHEAD@@</p></a></div>
  </div>
  <div class="app-download-banner"><a href="https://www.stheadline.com/app" target="_blank">立即下載星島頭條App，第一時間睇新聞</a></div>
</div>
""" + SIDEBAR + "</main>\n" + FOOT
    return render(
        page,
        TITLE=f"{headline}｜星島頭條",
        DESC=lead[0][:110],
        EXTRA_META=meta,
        HEADLINE=headline,
        PUB=pub,
        UPD=upd,
        IMG=f"{aid}_cover",
        CAPTION=caption,
        BODY=body,
        REPORTER=f'<p class="reporter">{reporter}</p>' if reporter else "",
        MORE=more,
        TAGS=tag_html,
        OPATH=art_path(other),
        OIMG=f"{other[1]}_cover",
        OHEAD=other[4],
        LATEST=latest(),
    )


def channel(n: int) -> str:
    if n == 1:
        rows = [(ARTICLES[1][1], ARTICLES[1][2], ARTICLES[1][4]), FILLER[2], FILLER[3]]
    else:
        rows = [(ARTICLES[0][1], ARTICLES[0][2], ARTICLES[0][4]), FILLER[0], FILLER[1]]
    items = "\n".join(
        f'<div class="news-item"><a href="/realtime-hk/{i}/{quote(slug(t))}"><img src="https://image.stheadline.com/f/500p0/0x0/100/none/{i}_cover.jpg" alt=""></a>'
        f'<div class="news-text"><a href="/realtime-hk/{i}/{quote(slug(t))}" class="title">{t}</a><span class="time">{d}</span></div></div>'
        for i, d, t in rows
    )
    more = '<div class="load-more"><a href="/realtime-hk/即時?page=2" class="btn">載入更多</a></div>' if n == 1 else ""
    page = HEAD + """<main class="container list-page">
<div class="main-col">
  <h1 class="channel-title">港聞</h1>
  <div class="news-list">
@@ITEMS@@
  </div>
  @@MORE@@
</div>
""" + SIDEBAR + "</main>\n" + FOOT
    return render(page, TITLE="港聞｜即時新聞｜星島頭條", DESC="星島頭條港聞即時新聞", EXTRA_META="", ITEMS=items, MORE=more, LATEST=latest())


def home() -> str:
    items = "\n".join(f'<li><a href="{art_path(a)}">{a[4]}</a></li>' for a in ARTICLES)
    page = HEAD + """<main class="container home-page">
<div class="main-col">
  <section class="focus"><h2 class="section-title">焦點</h2>
    <ul>
@@ITEMS@@
    </ul>
    <a href="/realtime-hk/即時" class="more">更多港聞</a>
  </section>
</div>
""" + SIDEBAR + "</main>\n" + FOOT
    return render(page, TITLE="星島頭條 - 即時新聞｜港聞｜財經｜娛樂｜體育", DESC="星島頭條網站提供最新即時新聞", EXTRA_META="", ITEMS=items, LATEST=latest())


def build() -> Family:
    fam = STFamily(
        HOST,
        "stheadline.com-like 星島頭條 article pages (zh-HK, UTF-8, extensionless /realtime-hk/<id>/<slug>): h1.article-title, 發佈時間 / 最後更新 HKT, share bar, cover figure, article-content with news lead ending 以下為致辭全文：, in-read ad, 延伸閱讀 links inside the article, tags, 相關新聞, 最新新聞 / 熱門 sidebar, app prompts",
        extensionless_html=True,
        site_note="stheadline.com-like: extensionless /realtime-hk/<id>/<percent-encoded slug>, channel /realtime-hk/即時 (page 2 ?page=2); Traditional script (s2hk), expected texts are Simplified",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(art_path(a, encoded=False), article(a, ARTICLES[1 - i]))
        speech = a[0]
        fam.doc(
            [art_path(a)],
            speech,
            text=TO_CN.convert("\n".join(hk(p) for p in speech.paras)),
            title=TO_CN.convert(a[4]),
            published_at=a[2][:10],
        )
    fam.put("/", home())
    fam.put("/realtime-hk/即時", channel(1))
    fam.route("/realtime-hk/" + quote("即時") + "?page=2", "realtime-hk/即時_page2", channel(2))
    fam.not_documents += ["/", "/realtime-hk/" + quote("即時"), "/realtime-hk/" + quote("即時") + "?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /member/\n")
    fam.noise += [
        "以下為致辭全文：",
        "今日（10日）",
        "延伸閱讀：",
        "受訪者提供",
        "記者：何偉樂",
        "相關新聞",
        "下載星島頭條App",
        "星島新聞集團有限公司 版權所有",
        "發佈時間：",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (zh-HK); expected titles and texts are Simplified: compare after converting; the title is the page's headline (h1) as printed, with its ｜ and （附致辭全文） where it has them; each article opens with the news lead (ending 以下為致辭全文：, not part of the document) and ends with a reporter line and 延伸閱讀： links inside article-content; the date is the 發佈時間 printed under the headline"
    return fam
