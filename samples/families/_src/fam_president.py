"""總統府 (president.gov.tw)-like 新聞稿 pages (HOLDOUT): zh-Hant-TW, UTF-8, ASP.NET MVC pages with
extensionless URLs: news releases `/NEWS/28561`, the 總統府新聞 list `/Page/35` (page 2 at `/Page/35?page=2`,
query route). Taiwan government furniture: the `:::` accesskey anchors (`#U` 上方功能區塊, `#C` 中央內容區塊,
`#Z` 下方功能區塊), 跳到主要內容區塊, 網站導覽 / English / 無障礙 links, the main menu (認識總統府 / 總統與副總統 /
新聞與活動 / …), `ol.breadcrumb` (首頁 / 新聞與活動 / 總統府新聞), the headline `h2`, the ROC date
`div.date_green` (中華民國113年07月18日), share bar (Facebook / X / LINE / 列印 / 回上頁), then
`div.text-left.newstext`: the release's own opening (`總統今（18）日上午出席「…」…。總統致詞全文如下：`),
the 致詞 paragraphs, and the release's closing paragraph (`典禮結束後…` / `包括…等人也出席`); the photo
gallery (`news-photo` with captions) after the text, 相關新聞, the footer (address, 總機, 隱私權保護政策 /
資訊安全政策 / 政府網站資料開放宣告, 無障礙 2.0 AA 標章). Expected texts and titles are Simplified
(compare after conversion); the document is the 致詞 only; the date is the printed ROC date."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.zongtongfu-like.test"
TO_TW = opencc.OpenCC("s2twp")
TO_CN = opencc.OpenCC("tw2sp")


def tw(text: str) -> str:
    return TO_TW.convert(text).replace("“", "「").replace("”", "」")


# speech, news id, ROC date, opening, closing, photo captions
RELEASES = [
    (
        SPEECHES["f39b-5"], 28561, "中華民國113年07月18日",
        "總統今（18）日上午出席「第64屆全國科學展覽會頒獎典禮」，除恭喜得獎學生，也感謝指導老師及家長的支持，並期勉同學保持對科學的熱情，勇於提問、不怕失敗。總統致詞全文如下：",
        "典禮結束後，總統並頒發大會獎及最佳創意獎，並與得獎學生及指導老師合影留念。包括教育部部長、國立臺灣科學教育館館長等人也出席。",
        ["總統出席「第64屆全國科學展覽會頒獎典禮」", "總統參觀學生得獎作品"],
    ),
    (
        SPEECHES["f39b-6"], 28397, "中華民國113年04月30日",
        "總統今（30）日上午出席「113年全國模範勞工表揚大會」，向各行各業的模範勞工致敬，並說明政府在調升基本工資、強化職業安全及協助勞工職能提升等方面的施政方向。總統致詞全文如下：",
        "隨後，總統逐一頒獎表揚全國模範勞工，並與得獎人及家屬合影。包括勞動部部長、全國總工會理事長等人也出席。",
        ["總統出席「113年全國模範勞工表揚大會」", "總統頒獎表揚模範勞工"],
    ),
]
FILLER = [
    (28572, "中華民國113年07月19日", "總統接見「美國聯邦參議員訪問團」"),
    (28566, "中華民國113年07月18日", "總統接見「全國優秀青年代表」"),
    (28540, "中華民國113年07月15日", "總統主持「國家氣候變遷對策委員會」第一次委員會議"),
    (28411, "中華民國113年05月02日", "總統接見「國際扶輪3481地區訪問團」"),
    (28390, "中華民國113年04月29日", "總統視察南部地區農業灌溉用水調度情形"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
<meta property="og:title" content="@@TITLE@@" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="中華民國總統府" />
<meta property="og:image" content="https://www.president.gov.tw/Content/images/logo-og.png" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/style.css?v=20240523" rel="stylesheet" />
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-9S2TPKQ5EZ"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-9S2TPKQ5EZ');</script>
</head>
<body>
<a href="#C" class="sr-only sr-only-focusable" id="gotocenter" title="跳到主要內容區塊">跳到主要內容區塊</a>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<header id="header">
  <div class="container">
    <a href="#U" id="AU" accesskey="U" title="上方功能區塊" class="accesskey">:::</a>
    <div class="logo"><a href="/" title="中華民國總統府(回首頁)"><img src="/Content/images/logo.png" alt="中華民國總統府" /></a></div>
    <ul class="top-link list-inline">
      <li><a href="/Page/1" title="回首頁">回首頁</a></li>
      <li><a href="/Page/229" title="網站導覽">網站導覽</a></li>
      <li><a href="https://english.president.gov.tw/" target="_blank" title="English(另開新視窗)">English</a></li>
      <li><a href="/Page/318" title="兒童版">兒童版</a></li>
      <li><a href="/Page/233" title="RSS">RSS</a></li>
    </ul>
    <form class="search" action="/Search" method="get" role="search">
      <label for="keyword" class="sr-only">搜尋</label>
      <input type="text" id="keyword" name="keyword" placeholder="請輸入關鍵字" title="請輸入關鍵字" />
      <button type="submit" title="搜尋">搜尋</button>
    </form>
  </div>
  <nav class="main-menu" aria-label="主選單">
    <ul class="container list-inline">
      <li><a href="/Page/37" title="認識總統府">認識總統府</a></li>
      <li><a href="/Page/40" title="總統與副總統">總統與副總統</a></li>
      <li class="active"><a href="/Page/35" title="新聞與活動">新聞與活動</a></li>
      <li><a href="/Page/81" title="重要政策">重要政策</a></li>
      <li><a href="/Page/183" title="參觀與交流">參觀與交流</a></li>
      <li><a href="/Page/127" title="影音專區">影音專區</a></li>
      <li><a href="/Page/49" title="為民服務">為民服務</a></li>
    </ul>
  </nav>
</header>
"""

FOOT = """<footer id="footer">
  <div class="container">
    <a href="#Z" id="AZ" accesskey="Z" title="下方功能區塊" class="accesskey">:::</a>
    <ul class="footer-link list-inline">
      <li><a href="/Page/250" title="隱私權保護政策">隱私權保護政策</a></li>
      <li><a href="/Page/251" title="資訊安全政策">資訊安全政策</a></li>
      <li><a href="/Page/252" title="政府網站資料開放宣告">政府網站資料開放宣告</a></li>
      <li><a href="/Page/49" title="聯絡我們">聯絡我們</a></li>
    </ul>
    <p class="address">中華民國總統府　地址：10048臺北市中正區重慶南路1段122號　總機：(02)2311-3731</p>
    <p class="copyright">本網站最佳瀏覽解析度為1280×768以上　Copyright © 2024 Office of the President, Republic of China (Taiwan). All Rights Reserved.</p>
    <div class="accessibility"><a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20240312154022" title="無障礙網站(另開新視窗)" target="_blank"><img src="/Content/images/accessibility_AA.png" border="0" width="88" height="31" alt="通過AA無障礙網頁檢測" /></a></div>
  </div>
</footer>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/main.js?v=20240523"></script>
</body>
</html>
"""


def news_path(r):
    return f"/NEWS/{r[1]}"


def share_bar():
    return """<div class="share list-inline">
        <a href="javascript:window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));void(0);" title="分享至Facebook(另開新視窗)" class="fb">Facebook</a>
        <a href="javascript:window.open('https://twitter.com/intent/tweet?url='+encodeURIComponent(location.href));void(0);" title="分享至X(另開新視窗)" class="tw">X</a>
        <a href="javascript:window.open('https://social-plugins.line.me/lineit/share?url='+encodeURIComponent(location.href));void(0);" title="分享至LINE(另開新視窗)" class="line">LINE</a>
        <a href="javascript:window.print();" title="列印" class="print">列印</a>
        <a href="javascript:history.back();" title="回上頁" class="back">回上頁</a>
      </div>"""


def news_page(r, other):
    speech, nid, roc, opening, closing, caps = r
    title = tw(speech.title)
    paras = [opening] + [tw(p) for p in speech.paras] + [closing]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    photos = "\n".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="/Content/Upload/News/{nid}/{nid}_{i + 1}.jpg" title="{c}(另開新視窗)" target="_blank"><img src="/Content/Upload/News/{nid}/{nid}_{i + 1}_s.jpg" alt="{c}" /></a><p class="caption">{c}</p></div>'
        for i, c in enumerate(caps)
    )
    page = HEAD + """<div id="main" class="container">
  <a href="#C" id="AC" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
  <ol class="breadcrumb">
    <li><a href="/Page/1" title="首頁">首頁</a></li>
    <li><a href="/Page/35" title="新聞與活動">新聞與活動</a></li>
    <li class="active">總統府新聞</li>
  </ol>
  <div class="row">
    <div class="col-md-12 news-content">
      <h2 class="text-center title">@@H@@</h2>
      <div class="date_green text-center">@@ROC@@</div>
      @@SHARE@@
      <div class="text-left newstext">
@@BODY@@
      </div>
      <div class="news-photo">
        <h3>新聞相片</h3>
        <div id="carousel-photo" class="carousel slide" data-ride="carousel">
          <div class="carousel-inner">
@@PHOTOS@@
          </div>
          <a class="left carousel-control" href="#carousel-photo" data-slide="prev" title="上一張">上一張</a>
          <a class="right carousel-control" href="#carousel-photo" data-slide="next" title="下一張">下一張</a>
        </div>
      </div>
      <div class="related">
        <h3>相關新聞</h3>
        <ul>
          <li><a href="@@OURL@@" title="@@OH@@">@@OH@@</a><span class="date">@@ODATE@@</span></li>
        </ul>
      </div>
      <div class="btn-back text-center"><a href="/Page/35" title="回列表">回列表</a></div>
    </div>
  </div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{title} | 總統府",
        DESC=opening[:80],
        H=title,
        ROC=roc,
        SHARE=share_bar(),
        BODY=body,
        PHOTOS=photos,
        OURL=news_path(other),
        OH=tw(other[0].title),
        ODATE=other[2],
    )


def list_page(n):
    a, b = RELEASES
    if n == 1:
        rows = [(FILLER[0][0], FILLER[0][1], FILLER[0][2]), (a[1], a[2], tw(a[0].title)), FILLER[1], FILLER[2]]
    else:
        rows = [FILLER[3], (b[1], b[2], tw(b[0].title)), FILLER[4]]
    lis = "\n".join(
        f'<li><span class="date">{d}</span><a href="/NEWS/{i}" title="{t}">{t}</a></li>' for i, d, t in rows
    )
    pager = (
        '<li class="active"><span>1</span></li><li><a href="/Page/35?page=2" title="第2頁">2</a></li><li><a href="/Page/35?page=2" title="下一頁">下一頁</a></li><li><a href="/Page/35?page=2" title="最後一頁">最後一頁</a></li>'
        if n == 1
        else '<li><a href="/Page/35" title="第一頁">第一頁</a></li><li><a href="/Page/35" title="上一頁">上一頁</a></li><li><a href="/Page/35" title="第1頁">1</a></li><li class="active"><span>2</span></li>'
    )
    page = HEAD + """<div id="main" class="container">
  <a href="#C" id="AC" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
  <ol class="breadcrumb">
    <li><a href="/Page/1" title="首頁">首頁</a></li>
    <li><a href="/Page/35" title="新聞與活動">新聞與活動</a></li>
    <li class="active">總統府新聞</li>
  </ol>
  <h2 class="page-title">總統府新聞</h2>
  <form class="news-search" action="/Page/35" method="get">
    <label for="q">關鍵字</label><input type="text" id="q" name="keyword" title="關鍵字" />
    <label for="sd">起始日期</label><input type="text" id="sd" name="startdate" title="起始日期" />
    <button type="submit" title="查詢">查詢</button>
  </form>
  <ul class="news-list list-unstyled">
@@LIS@@
  </ul>
  <nav aria-label="分頁"><ul class="pagination">@@PAGER@@</ul></nav>
</div>
""" + FOOT
    return render(page, TITLE="總統府新聞 | 總統府", DESC="總統府新聞", LIS=lis, PAGER=pager)


def home():
    a = RELEASES[0]
    rows = [FILLER[0], (a[1], a[2], tw(a[0].title)), FILLER[2]]
    lis = "\n".join(f'<li><a href="/NEWS/{i}" title="{t}">{t}</a><span class="date">{d}</span></li>' for i, d, t in rows)
    page = HEAD + """<div id="main" class="container index">
  <a href="#C" id="AC" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
  <div class="index-banner"><a href="@@URL@@" title="@@H@@"><img src="/Content/Upload/Banner/28561.jpg" alt="@@H@@" /></a></div>
  <div class="index-news">
    <h2>總統府新聞</h2>
    <ul>
@@LIS@@
    </ul>
    <a href="/Page/35" class="more" title="更多總統府新聞">更多</a>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中華民國總統府", DESC="中華民國總統府全球資訊網", URL=news_path(a), H=tw(a[0].title), LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "president.gov.tw-like 總統府新聞 pages (zh-Hant-TW, extensionless /NEWS/N): breadcrumb, h2 title, ROC date div.date_green, share bar, div.newstext with the release's opening and closing around the 致詞, 新聞相片, 相關新聞",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        site_note="president.gov.tw-like: extensionless /NEWS/N and /Page/35 (page 2 at /Page/35?page=2); Traditional script, expected texts are Simplified",
    )
    for i, r in enumerate(RELEASES):
        fam.put(news_path(r), news_page(r, RELEASES[1 - i]))
        speech = r[0]
        fam.doc(
            [news_path(r)],
            speech,
            text=TO_CN.convert("\n".join(tw(p) for p in speech.paras)),
            title=TO_CN.convert(tw(speech.title)),
            published_at=speech.date,
        )
    fam.put("/", home())
    fam.put("/Page/35", list_page(1))
    fam.route("/Page/35?page=2", "Page/35_page2", list_page(2))
    fam.not_documents += ["/", "/Page/35", "/Page/35?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Search\n")
    fam.noise += [
        "總統致詞全文如下：",
        "典禮結束後",
        "等人也出席",
        "新聞相片",
        "相關新聞",
        "跳到主要內容區塊",
        "總機：(02)2311-3731",
        "隱私權保護政策",
        "回上頁",
        "中華民國113年07月18日",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (zh-Hant-TW); expected titles and texts are Simplified: compare after converting; each release opens with its own paragraph ending 總統致詞全文如下： and closes with a 典禮結束後 / 隨後 paragraph naming who else attended: only the 致詞 between them is the document; the date is the ROC date printed under the headline"
    return fam
