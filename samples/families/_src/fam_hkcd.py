"""香港商報網 (hkcd.com)-like article pages (HOLDOUT), Traditional script (zh-HK), UTF-8.

Home `/` (頭條 block, 社團 / 教育 columns) → channel pages `/hkcdweb/shetuan/index.html` (+ `index_2.html`,
not a document) and `/hkcdweb/jiaoyu/index.html` (`ul.news-list` items with `span.date`, `div.page` pager) →
articles `/hkcdweb/content/2024/04/18/content_8623456.html`: top bar (簡體 / 繁體 switch, 電子版, 商報APP),
channel nav, `div.crumb` (首頁 > 社團), a `div.art-kicker` 【致辭全文】 above `h1.art-title`, `div.art-info`
(time, 來源：香港商報網, 作者：記者 …, 字體 大 中 小, 分享), `div.art-content#contentText` opening with the
paper's dateline paragraph (`【香港商報網訊】記者…報道：…18日晚假灣仔…舉行…。致辭全文如下：`), photos each
followed by a centred `p.pic-desc` caption starting `▲` with the photographer's credit between the
speech's paragraphs, then `（責任編輯：…）`; 關鍵詞 tags, 相關新聞, 熱門排行, app QR, the footer (香港商報有限公司
版權所有, 私隱政策, Copyright). Expected texts and titles are Simplified (compare after hk2s)."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.shangbao-lanque-like.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")


def hk(text: str) -> str:
    return TO_HK.convert(text).replace("“", "「").replace("”", "」")


HEAD = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA@@<link rel="stylesheet" href="/hkcdweb/static/css/base.css?v=2.3.1">
<link rel="stylesheet" href="/hkcdweb/static/css/content.css?v=2.3.1">
<script src="/hkcdweb/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1180">
<span class="fl">今日是<script>document.write(hkcd.today());</script></span>
<span class="fr"><a href="javascript:;" onclick="hkcd.toSimp()">簡體</a> | <a href="javascript:;" class="on">繁體</a> | <a href="http://epaper.shangbao-lanque-like.test/" target="_blank">電子版</a> | <a href="/hkcdweb/app.html">商報APP</a> | <a href="http://en.shangbao-lanque-like.test/" target="_blank">English</a></span>
</div></div>
<div class="header"><div class="w1180">
<a href="/" class="logo"><img src="/hkcdweb/static/images/logo.png" alt="香港商報網" width="300" height="70"></a>
<div class="head-ad"><a href="/hkcdweb/ad/go?id=12" target="_blank"><img src="/hkcdweb/static/upload/ad/top_728x90.jpg" alt="" width="728" height="90"></a></div>
</div></div>
<div class="nav"><div class="w1180"><ul>
<li><a href="/">首頁</a></li><li><a href="/hkcdweb/hongkong/index.html">香港</a></li><li><a href="/hkcdweb/china/index.html">內地</a></li><li><a href="/hkcdweb/gba/index.html">大灣區</a></li><li><a href="/hkcdweb/world/index.html">國際</a></li><li><a href="/hkcdweb/finance/index.html">財經</a></li><li@@ON1@@><a href="/hkcdweb/shetuan/index.html">社團</a></li><li@@ON2@@><a href="/hkcdweb/jiaoyu/index.html">教育</a></li><li><a href="/hkcdweb/fukan/index.html">副刊</a></li><li><a href="/hkcdweb/video/index.html">視頻</a></li>
</ul></div></div>
<div class="w1180 main clearfix">
"""

FOOT = """</div>
<div class="footer"><div class="w1180">
<p><a href="/hkcdweb/about.html">關於我們</a> | <a href="/hkcdweb/contact.html">聯絡我們</a> | <a href="/hkcdweb/ad.html">廣告服務</a> | <a href="/hkcdweb/privacy.html">私隱政策</a> | <a href="/hkcdweb/terms.html">使用條款</a></p>
<p>香港商報有限公司版權所有，未經授權，不得轉載或鏡像</p>
<p>Copyright &copy; 2024 Hong Kong Commercial Daily. All rights reserved.</p>
</div></div>
<script src="/hkcdweb/static/js/hkcd.common.js?v=2.3.1"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LQ7H2K9X1T"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-LQ7H2K9X1T');</script>
</body>
</html>
"""

SIDE = """<div class="side fr">
<div class="side-box"><h3>熱門排行</h3><ol>
<li><a href="/hkcdweb/content/2024/04/17/content_8622910.html">港府公布新一輪人才引進措施</a></li>
<li><a href="/hkcdweb/content/2024/04/16/content_8622437.html">啟德體育園試運行 首場活動座無虛席</a></li>
<li><a href="/hkcdweb/content/2024/04/15/content_8621988.html">北部都會區首批土地招標結果出爐</a></li>
</ol></div>
<div class="side-box app"><img src="/hkcdweb/static/images/app_qr.png" width="120" height="120" alt=""><p>掃碼下載香港商報APP</p></div>
<div class="side-ad"><script src="/hkcdweb/ad/show.js?pos=art_r1"></script><span class="ad-tag">廣告</span></div>
</div>
"""

A1 = "/hkcdweb/content/2024/04/18/content_8623456.html"
A2 = "/hkcdweb/content/2024/11/22/content_8715032.html"

# speech, path, time, reporter, editor, channel (path, name), dateline, photos {after para: (img, caption)}, tags
ARTICLES = [
    (
        SPEECHES["f54d-5"], A1, "2024-04-18 23:12:08", "李嘉敏", "何家豪", ("/hkcdweb/shetuan/index.html", "社團"),
        "【香港商報網訊】記者李嘉敏報道：香港淮江同鄉總會18日晚假灣仔會議展覽中心舉行第八屆會董會就職典禮，中聯辦、特區政府官員及社團首長等逾千名嘉賓出席。新任會長黃志明在典禮上致辭，表示新一屆會董會將堅定支持特區政府依法施政，推動香港與家鄉交流合作。致辭全文如下：",
        {0: ("/hkcdweb/upload/2024/04/18/a8f3c2.jpg", "▲香港淮江同鄉總會第八屆會董會就職典禮隆重舉行。記者 李嘉敏攝"),
         6: ("/hkcdweb/upload/2024/04/18/b71d04.jpg", "▲會長黃志明（中）與新一屆會董會成員合影。記者 李嘉敏攝")},
        ["淮江同鄉總會", "就職典禮", "社團"],
    ),
    (
        SPEECHES["f54d-6"], A2, "2024-11-22 19:40:51", "陳穎琳", "梁浩然", ("/hkcdweb/jiaoyu/index.html", "教育"),
        "【香港商報網訊】記者陳穎琳報道：青衡大學今日（22日）在校園體育館舉行2024年畢業典禮，逾二千八百名學士及研究生畢業。校長在典禮上致辭，勉勵畢業生保持好奇、勇於承擔、心繫社會。以下為致辭全文：",
        {1: ("/hkcdweb/upload/2024/11/22/c0e5a7.jpg", "▲青衡大學2024年畢業典禮今日舉行，畢業生拋帽慶祝。記者 陳穎琳攝")},
        ["青衡大學", "畢業典禮", "教育"],
    ),
]


def title_of(a):
    return hk(a[0].title)


def article(a, other):
    speech, path, when, reporter, editor, channel, dateline, photos, tags = a
    title = title_of(a)
    parts = [f"<p>{dateline}</p>"]
    for i, para in enumerate(speech.paras):
        parts.append(f"<p>{hk(para)}</p>")
        if i in photos:
            img, cap = photos[i]
            parts.append(f'<p style="text-align:center"><img src="{img}" alt="" width="640"></p>\n<p class="pic-desc" style="text-align:center">{cap}</p>')
    parts.append(f'<p class="editor">（責任編輯：{editor}）</p>')
    tag_html = " ".join(f'<a href="/hkcdweb/search.html?kw={t}">{t}</a>' for t in tags)
    body = f"""<div class="art-main fl">
<div class="crumb"><a href="/">首頁</a> &gt; <a href="{channel[0]}">{channel[1]}</a> &gt; 正文</div>
<div class="art-kicker">【致辭全文】</div>
<h1 class="art-title">{title}</h1>
<div class="art-info"><span class="time">{when}</span><span class="source">來源：香港商報網</span><span class="author">作者：記者 {reporter}</span><span class="font">字體：<a href="javascript:;" onclick="hkcd.font(18)">大</a> <a href="javascript:;" onclick="hkcd.font(16)">中</a> <a href="javascript:;" onclick="hkcd.font(14)">小</a></span><span class="share">分享：<a href="javascript:;" class="fb">Facebook</a><a href="javascript:;" class="wa">WhatsApp</a><a href="javascript:;" class="wx">微信</a></span></div>
<div class="art-content" id="contentText">
{chr(10).join(parts)}
</div>
<div class="art-tags">關鍵詞：{tag_html}</div>
<div class="art-related"><h3>相關新聞</h3><ul>
<li><a href="{other[1]}">{title_of(other)}</a><span>{other[2][:10]}</span></li>
<li><a href="/hkcdweb/content/2024/04/17/content_8622910.html">港府公布新一輪人才引進措施</a><span>2024-04-17</span></li>
</ul></div>
</div>
"""
    extra = f'<meta name="publishdate" content="{when[:10]}">\n<meta property="og:title" content="{title}">\n<meta property="article:published_time" content="{when[:10]}T{when[11:]}+08:00">\n'
    on1, on2 = (' class="on"', "") if channel[1] == "社團" else ("", ' class="on"')
    return render(HEAD, TITLE=f"{title} - 香港商報", KW=",".join(tags), DESC=dateline[:90], EXTRA=extra, ON1=on1, ON2=on2) + body + SIDE + FOOT


def channel_page(a, n, name, on):
    rows = [(a[1], title_of(a), a[2][:16])] if n == 1 else []
    rows += (
        [("/hkcdweb/content/2024/04/12/content_8620113.html", "多個社團聯合舉辦國家安全教育日活動", "2024-04-12 20:15")]
        if name == "社團"
        else [("/hkcdweb/content/2024/11/20/content_8713370.html", "教育局公布新學年小一派位安排", "2024-11-20 17:30")]
    )
    if n == 2:
        rows = [("/hkcdweb/content/2024/03/28/content_8612004.html", "同鄉社團慶祝成立十周年", "2024-03-28 21:02")]
    lis = "\n".join(f'<li><a href="{p}" target="_blank">{t}</a><span class="date">{w}</span></li>' for p, t, w in rows)
    if name == "社團":
        pg = (
            '<div class="page"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html">下一頁</a></div>'
            if n == 1
            else '<div class="page"><a href="index.html">上一頁</a><a href="index.html">1</a><span class="cur">2</span></div>'
        )
    else:
        pg = ""
    body = f"""<div class="art-main fl">
<div class="crumb"><a href="/">首頁</a> &gt; {name}</div>
<ul class="news-list">
{lis}
</ul>
{pg}
</div>
"""
    on1, on2 = (' class="on"', "") if on == 1 else ("", ' class="on"')
    return render(HEAD, TITLE=f"{name} - 香港商報", KW=name, DESC=f"香港商報網{name}頻道", EXTRA="", ON1=on1, ON2=on2) + body + SIDE + FOOT


def home():
    body = f"""<div class="art-main fl">
<div class="headline"><h2><a href="/hkcdweb/content/2024/11/20/content_8713370.html">教育局公布新學年小一派位安排</a></h2></div>
<div class="col"><h3><a href="/hkcdweb/shetuan/index.html">社團</a></h3><ul>
<li><a href="{A1}">{title_of(ARTICLES[0])}</a></li>
</ul></div>
<div class="col"><h3><a href="/hkcdweb/jiaoyu/index.html">教育</a></h3><ul>
<li><a href="/hkcdweb/content/2024/11/20/content_8713370.html">教育局公布新學年小一派位安排</a></li>
</ul></div>
</div>
"""
    return render(HEAD, TITLE="香港商報網 - 香港商報官方網站", KW="香港商報,香港新聞,社團", DESC="香港商報網提供香港、內地及國際新聞。", EXTRA="", ON1="", ON2="") + body + SIDE + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "香港商報網 (hkcd.com)-like article pages (zh-HK, UTF-8): 【致辭全文】 kicker, 【香港商報網訊】記者…報道： dateline, ▲ photo captions between paragraphs, 責任編輯",
        site_note="hkcd-like: /hkcdweb/content/YYYY/MM/DD/content_N.html articles, channels /hkcdweb/shetuan/ and /hkcdweb/jiaoyu/; Traditional script (s2hk), expected texts are Simplified",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(a[1], article(a, ARTICLES[1 - i]))
        fam.doc(
            [a[1]],
            a[0],
            text=TO_CN.convert("\n".join(hk(p) for p in a[0].paras)),
            title=TO_CN.convert(title_of(a)),
            published_at=a[2][:10],
        )
    fam.put("/", home())
    fam.put("/hkcdweb/shetuan/index.html", channel_page(ARTICLES[0], 1, "社團", 1))
    fam.put("/hkcdweb/shetuan/index_2.html", channel_page(ARTICLES[0], 2, "社團", 1))
    fam.put("/hkcdweb/jiaoyu/index.html", channel_page(ARTICLES[1], 1, "教育", 2))
    fam.not_documents += ["/", "/hkcdweb/shetuan/index.html", "/hkcdweb/shetuan/index_2.html", "/hkcdweb/jiaoyu/index.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /hkcdweb/search.html\nDisallow: /hkcdweb/ad/\n")
    fam.noise += [
        "【香港商報網訊】",
        "致辭全文如下：",
        "以下為致辭全文：",
        "【致辭全文】",
        "▲",
        "記者 李嘉敏攝",
        "責任編輯：",
        "關鍵詞：",
        "相關新聞",
        "熱門排行",
        "香港商報有限公司版權所有",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = (
        "pages are Traditional script (zh-HK); expected titles and texts are Simplified: compare after converting; "
        "the h1 is the speech's title (the 【致辭全文】 kicker above it is not); the dateline paragraph 【香港商報網訊】記者…報道：… "
        "ending 致辭全文如下： / 以下為致辭全文： is not part of the document; ▲ photo captions with 記者…攝 credits stand "
        "between paragraphs; （責任編輯：…） follows the text"
    )
    return fam
