"""香港文匯報 / 文匯網 (wenweipo.com)-like article pages (2021- site), Traditional script (zh-HK), UTF-8.
Articles at `/a/202403/15/AP65f4…html` (the site's `AP` + 24-hex ids), the 即時新聞·香港 channel at
`/immed/hongkong/` (`news-list` items with `publish-date`, 加載更多 button, page 2 `index_2.html`), the home
page's 要聞 block. Article furniture as the site prints it: top bar (大公文匯全媒體 / 文匯報電子版 / 下載App),
channel nav, `div.crumbs` (首頁 > 即時新聞 > 香港), `h1.title`, `div.post-info` (`span.publish-date`
2024-03-15 21:36:08, 來源：香港文匯網, 作者), 字號 and share bar (WhatsApp / Facebook / 微信 / 微博 / 複製鏈接),
`div.post-body`: a 文匯報 news lead (`【香港文匯報訊】（記者…）…以下為致辭全文：`), the 致辭, then
`p.editor` 責任編輯; 相關新聞, 熱門排行 sidebar, app QR, the footer (關於我們 / 聯絡我們 / 私隱政策,
香港文匯報版權所有). Expected texts and titles are Simplified (compare after hk2s)."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.wenweipo-like.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")


def hk(text: str) -> str:
    return TO_HK.convert(text).replace("“", "「").replace("”", "」")


# speech, path, datetime printed, short headline (only in keywords), lead, author
ARTICLES = [
    (
        SPEECHES["f40d-1"], "/a/202403/15/AP65f4529ae4b0a1f7c6d1e23b.html", "2024-03-15 21:36:08",
        "女企業家聯合會第十屆理事會就職 冀把握灣區機遇",
        "【香港文匯報訊】（記者 梁嘉欣）香港女企業家聯合會今晚在灣仔會議展覽中心舉行第十屆理事會就職典禮，逾四百名政商界嘉賓及會員出席。新任會長在典禮上致辭時表示，新一屆理事會將加強與粵港澳大灣區的聯繫，並推出青年女性創業導師計劃。以下為致辭全文：",
        "梁嘉欣",
    ),
    (
        SPEECHES["f40d-2"], "/a/202405/20/AP664aee10e4b0a1f7c6d5b871.html", "2024-05-20 12:18:45",
        "第五屆大灣區青年創科論壇開幕 逾八百青年聚科學園",
        "【香港文匯報訊】第五屆「粵港澳大灣區青年創科論壇」今日在香港科學園開幕，來自大灣區十一個城市的青年創業者、大學生及投資者逾八百人參加，六十多個初創團隊帶同項目參與路演。論壇主辦單位主席在開幕式上致辭，勉勵青年敢於嘗試、扎根需求、善於合作。以下為致辭全文：",
        "",
    ),
]
FILLER = [
    ("/a/202403/15/AP65f44a31e4b0a1f7c6d1e0f2.html", "2024-03-15 20:52:11", "政府推出第二輪「電子消費券」優化措施 下月起接受登記"),
    ("/a/202403/15/AP65f43c88e4b0a1f7c6d1dd64.html", "2024-03-15 19:40:27", "天文台：明日大致天晴 早上清涼"),
    ("/a/202405/20/AP664ae7d5e4b0a1f7c6d5b402.html", "2024-05-20 11:47:02", "教育局公布新學年中一派位結果 九成學生獲派首三志願"),
    ("/a/202405/20/AP664ad1c2e4b0a1f7c6d5a9e5.html", "2024-05-20 10:13:36", "北部都會區首批產業用地下月招標"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@EXTRA_META@@<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="https://static.wenweipo.com/wwp/pc/css/common.css?v=20240301">
<link rel="stylesheet" href="https://static.wenweipo.com/wwp/pc/css/detail.css?v=20240301">
<script src="https://static.wenweipo.com/wwp/pc/js/jquery-1.12.4.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-5RGTYK0Q8D"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-5RGTYK0Q8D');
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="top-left"><span class="today" id="todayDate"></span><a href="https://www.tkww.hk/" target="_blank">大公文匯全媒體</a><a href="https://www.takungpao.com/" target="_blank">大公網</a><a href="/epaper/">文匯報電子版</a></div>
    <div class="top-right"><a href="/app/" class="download-app">下載文匯App</a><a href="javascript:;" class="lang-sc" onclick="toggleLang()">簡</a><a href="/login/" class="login">登入</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo" href="/"><img src="https://static.wenweipo.com/wwp/pc/img/logo.png" alt="香港文匯網"></a>
    <div class="header-ad" id="div-gpt-ad-wwp-top-banner"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-wwp-top-banner');});</script></div>
    <form class="search-box" action="/search/" method="get"><input type="text" name="keyword" placeholder="搜索"><button type="submit"></button></form>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/">首頁</a></li>
    <li class="on"><a href="/immed/">即時新聞</a></li>
    <li><a href="/immed/hongkong/">香港</a></li>
    <li><a href="/immed/china/">內地</a></li>
    <li><a href="/immed/taiwan/">台灣</a></li>
    <li><a href="/immed/world/">國際</a></li>
    <li><a href="/finance/">財經</a></li>
    <li><a href="/sports/">體育</a></li>
    <li><a href="/ent/">娛樂</a></li>
    <li><a href="/culture/">文化</a></li>
    <li><a href="/video/">視頻</a></li>
    <li><a href="/commentary/">評論</a></li>
    <li><a href="/epaper/">文匯報</a></li>
  </ul>
</div>
"""

SIDEBAR = """<div class="right-side">
  <div class="side-ad" id="div-gpt-ad-wwp-right-1"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-wwp-right-1');});</script></div>
  <div class="hot-rank">
    <div class="side-title"><span>熱門排行</span></div>
    <ul>
      <li><i>1</i><a href="/a/202403/14/AP65f2e8a1e4b0a1f7c6d1b5a0.html">特首：《基本法》第23條立法為香港發展打下堅實基礎</a></li>
      <li><i>2</i><a href="/a/202403/14/AP65f2c3f4e4b0a1f7c6d1a7c9.html">港鐵東鐵綫過海段周末加密班次</a></li>
      <li><i>3</i><a href="/a/202403/13/AP65f1a0b7e4b0a1f7c6d17e33.html">消委會：四成網購糾紛涉延遲送貨</a></li>
      <li><i>4</i><a href="/a/202403/13/AP65f17d2ce4b0a1f7c6d1702b.html">啟德體育園主場館完成首次試燈</a></li>
      <li><i>5</i><a href="/a/202403/12/AP65f05e43e4b0a1f7c6d13a19.html">衞生署籲市民接種季節性流感疫苗</a></li>
    </ul>
  </div>
  <div class="app-qr"><img src="https://static.wenweipo.com/wwp/pc/img/app_qr.png" alt="文匯App"><p>掃碼下載文匯App</p></div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="foot-links"><a href="/about/">關於我們</a> | <a href="/contact/">聯絡我們</a> | <a href="/ad/">廣告服務</a> | <a href="/privacy/">私隱政策</a> | <a href="/disclaimer/">免責聲明</a> | <a href="/sitemap/">網站地圖</a></p>
    <p>香港文匯報版權所有，未經許可不得轉載或鏡像。Copyright © 2024 Wen Wei Po. All Rights Reserved.</p>
    <p>地址：香港仔田灣海旁道7號興偉中心2-4樓　電話：(852) 2873 8288</p>
  </div>
</div>
<a href="javascript:;" class="go-top" id="goTop"></a>
<script src="https://static.wenweipo.com/wwp/pc/js/common.js?v=20240301"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3d0b4d2c1a7f8e6b5c4d3e2f1a0b9c8d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def article(a, other) -> str:
    speech, path, when, headline, lead, author = a
    body = "\n".join(f"<p>{hk(p)}</p>" for p in speech.paras)
    title = hk(speech.title)
    headline = title
    meta = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{headline}">\n'
        f'<meta property="og:url" content="https://www.wenweipo.com{path}">\n'
        f'<meta property="og:image" content="https://static.wenweipo.com/wwp/pc/img/share_logo.png">\n'
        f'<meta property="og:site_name" content="香港文匯網">\n'
        f'<meta name="publishdate" content="{when}">\n'
    )
    author_span = f'<span class="author">作者：{author}</span>' if author else ""
    page = HEAD + """<div class="w1200 main clearfix">
<div class="crumbs"><a href="/">首頁</a> &gt; <a href="/immed/">即時新聞</a> &gt; <a href="/immed/hongkong/">香港</a> &gt; 正文</div>
<div class="left-side">
  <div class="post">
    <h1 class="title">@@HEADLINE@@</h1>
    <div class="post-info clearfix">
      <span class="publish-date">@@WHEN@@</span>
      <span class="source">來源：香港文匯網</span>
      @@AUTHOR@@
      <div class="font-size"><span>字號</span><a href="javascript:;" class="font-big">大</a><a href="javascript:;" class="font-mid on">中</a><a href="javascript:;" class="font-small">小</a></div>
    </div>
    <div class="share-bar">
      <span>分享到：</span>
      <a href="javascript:;" class="share-whatsapp" title="WhatsApp"></a>
      <a href="javascript:;" class="share-facebook" title="Facebook"></a>
      <a href="javascript:;" class="share-wechat" title="微信"></a>
      <a href="javascript:;" class="share-weibo" title="微博"></a>
      <a href="javascript:;" class="share-copy" title="複製鏈接"></a>
    </div>
    <div class="post-body">
<p>@@LEAD@@</p>
@@BODY@@
    </div>
    <p class="editor">責任編輯：@@EDITOR@@</p>
    <div class="content-ad" id="div-gpt-ad-wwp-content-bottom"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-wwp-content-bottom');});</script></div>
    <div class="relate-news">
      <div class="mod-title"><span>相關新聞</span></div>
      <ul>
        <li><a href="@@OPATH@@">@@OHEAD@@</a><span>@@ODATE@@</span></li>
        <li><a href="@@F0@@">@@F0T@@</a><span>@@F0D@@</span></li>
      </ul>
    </div>
  </div>
</div>
""" + SIDEBAR + "</div>\n" + FOOT
    f = FILLER[0] if path.startswith("/a/202403") else FILLER[2]
    return render(
        page,
        TITLE=f"{headline}_香港文匯網",
        KEYWORDS=f"{a[3].replace(' ', ',')},香港,即時新聞",
        DESC=hk(lead)[:120],
        EXTRA_META=meta,
        HEADLINE=headline,
        WHEN=when,
        AUTHOR=author_span,
        LEAD=lead,
        BODY=body,
        EDITOR="黃佩盈" if author else "劉浩然",
        OPATH=other[1],
        OHEAD=hk(other[0].title),
        ODATE=other[2][:10],
        F0=f[0], F0T=f[2], F0D=f[1][:10],
    )


def news_list(n: int) -> str:
    rows = [(a[1], a[2], hk(a[0].title), hk(a[4])[:60] + "…") for a in ARTICLES]
    if n == 1:
        items = [(FILLER[2][0], FILLER[2][1], FILLER[2][2], ""), rows[1], (FILLER[3][0], FILLER[3][1], FILLER[3][2], ""), (FILLER[0][0], FILLER[0][1], FILLER[0][2], ""), rows[0]]
    else:
        items = [(FILLER[1][0], FILLER[1][1], FILLER[1][2], "")]
    lis = "\n".join(
        f'<div class="news-item clearfix"><div class="news-txt"><h3><a href="{p}" target="_blank">{t}</a></h3><p class="summary">{s}</p><span class="publish-date">{d}</span></div></div>'
        for p, d, t, s in items
    )
    more = '<div class="load-more"><a href="/immed/hongkong/index_2.html" class="btn-more">加載更多</a></div>' if n == 1 else ""
    page = HEAD + """<div class="w1200 main clearfix">
<div class="crumbs"><a href="/">首頁</a> &gt; <a href="/immed/">即時新聞</a> &gt; 香港</div>
<div class="left-side">
  <div class="news-list">
@@LIS@@
  </div>
  @@MORE@@
</div>
""" + SIDEBAR + "</div>\n" + FOOT
    return render(page, TITLE="香港_即時新聞_香港文匯網", KEYWORDS="香港新聞,即時新聞", DESC="香港文匯網即時新聞香港頻道", EXTRA_META="", LIS=lis, MORE=more)


def home() -> str:
    lis = "\n".join(f'<li><a href="{a[1]}" target="_blank">{hk(a[0].title)}</a></li>' for a in ARTICLES)
    lis += "\n" + "\n".join(f'<li><a href="{f[0]}" target="_blank">{f[2]}</a></li>' for f in FILLER)
    page = HEAD + """<div class="w1200 main clearfix">
<div class="left-side">
  <div class="focus-news"><div class="mod-title"><span>要聞</span><a href="/immed/hongkong/" class="more">更多</a></div>
    <ul>
@@LIS@@
    </ul>
  </div>
</div>
""" + SIDEBAR + "</div>\n" + FOOT
    return render(page, TITLE="香港文匯網 - 香港文匯報官方網站", KEYWORDS="文匯報,文匯網,香港新聞", DESC="香港文匯網是香港文匯報的官方網站，提供香港、內地及國際即時新聞。", EXTRA_META="", LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "wenweipo.com-like 文匯網 article pages (zh-HK, UTF-8): crumbs, h1.title, post-info publish-date, share bar, post-body with a 【香港文匯報訊】 lead ending 以下為致辭全文：, then the 致辭, 責任編輯, 相關新聞, 熱門排行",
        site_note="wenweipo.com-like: /a/YYYYMM/DD/AP<24 hex>.html articles, /immed/hongkong/ channel; Traditional script (s2hk), expected texts are Simplified",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(a[1], article(a, ARTICLES[1 - i]))
        speech = a[0]
        fam.doc(
            [a[1]],
            speech,
            text=TO_CN.convert("\n".join(hk(p) for p in speech.paras)),
            title=TO_CN.convert(hk(speech.title)),
            published_at=a[2][:10],
        )
    fam.put("/", home())
    fam.put("/immed/hongkong/", news_list(1))
    fam.put("/immed/hongkong/index_2.html", news_list(2))
    fam.not_documents += ["/", "/immed/hongkong/", "/immed/hongkong/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /login/\n")
    fam.noise += [
        "【香港文匯報訊】",
        "以下為致辭全文：",
        "責任編輯：",
        "相關新聞",
        "熱門排行",
        "分享到：",
        "掃碼下載文匯App",
        "香港文匯報版權所有",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (zh-HK); expected titles and texts are Simplified: compare after converting; the h1 is the speech's title; the post-body opens with a 【香港文匯報訊】 lead that ends 以下為致辭全文： (not part of the document); the document is the 致辭 only; the date is the publish-date printed under the headline"
    return fam
