"""A Hong Kong government bureau site (發展局 devb.gov.hk-like) reprinting its 新聞公報 in its own
template, Traditional script: "以下為…致辭全文：" preamble, the `＊＊＊` rule, <br /> paragraphs, "完",
"2024年4月18日（星期四）" and 香港時間 lines. The header sends `text/html` with no charset: the
current pages say utf-8 in their meta tag, the 2012 archive (kept from the old site) is Big5 bytes
with a big5 meta. Expected texts are Simplified (compare after conversion)."""

import html
import re

import opencc
from common import SPEECHES, Family, render

HOST = "www.fazhanju-hk-like.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")
BIG5_FORMS = str.maketrans({"着": "著", "羣": "群", "裏": "裡", "户": "戶"})
PRESS = "/tc/publications_and_press_releases/press"


def hk(text: str) -> str:
    return TO_HK.convert(text).translate(BIG5_FORMS)


class MixedFamily(Family):
    """Pages in two encodings on one host (the header names none)."""

    def page_text(self, url):
        name = self.file_for_url(url)
        enc = self.file_encodings.get(name, self.encoding)
        saved, self.encoding = self.encoding, enc
        try:
            return super().page_text(url)
        finally:
            self.encoding = saved


PAGE = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
@@CHARSET@@
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="發展局, 新聞公報" />
<link rel="stylesheet" href="/css/common.css" />
<script src="/js/jquery.min.js"></script>
<script src="/js/common.js"></script>
</head>
<body>
<a href="#content" class="skip">跳至主要內容</a>
<div id="header">
 <div class="logo"><a href="/tc/index.html"><img src="/images/devb_logo_tc.png" alt="發展局" /></a></div>
 <div class="langbar"><a href="@@EN@@">English</a> | <a href="@@SC@@">簡體</a> | <a href="javascript:fontsize('s')">A</a> <a href="javascript:fontsize('m')">A</a> <a href="javascript:fontsize('l')">A</a> | <a href="/tc/sitemap.html">網站地圖</a> | <a href="/tc/contact_us.html">聯絡我們</a></div>
 <ul id="mainmenu"><li><a href="/tc/about_us/index.html">關於我們</a></li><li><a href="/tc/planning_lands/index.html">規劃地政</a></li><li><a href="/tc/works/index.html">工務</a></li><li class="on"><a href="/tc/publications_and_press_releases/index.html">刊物及新聞公報</a></li><li><a href="/tc/home/speeches/index.html">局長演辭</a></li></ul>
</div>
<div id="breadcrumb"><a href="/tc/index.html">主頁</a> &gt; <a href="/tc/publications_and_press_releases/index.html">刊物及新聞公報</a> &gt; <a href="@@PRESS@@/index.html">新聞公報</a>@@CRUMB@@</div>
<div id="content">
@@BODY@@
</div>
<div id="footer">
 <div class="toplink"><a href="#header">頁首</a></div>
 <p><a href="/tc/important_notices.html">重要告示</a> | <a href="/tc/privacy_policy.html">私隱政策</a> | <a href="/tc/accessibility.html">無障礙網頁</a></p>
 <p>@@YEAR@@ <img src="/images/copyright.gif" alt="版權" /> | 最後修訂日期：@@REVISED@@</p>
 <p><a href="https://www.brandhk.gov.hk/"><img src="/images/brandhk.gif" alt="香港品牌" /></a></p>
</div>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEVB12345"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-DEVB12345');</script>
</body>
</html>
"""

WEEK = "一二三四五六日"
RELEASES = [
    # speech, id, preamble (simplified), hh:mm, (only Chinese note), encoding
    (SPEECHES["f51b-3"], 11872, "以下为发展局局长今日（四月十八日）在建造业安全周二〇二四开幕礼的致辞全文：", "12时45分", True, "utf-8"),
    (SPEECHES["f51b-4"], 6041, "以下为发展局局长今日（十一月六日）在旧区活化与保育论坛的致辞全文：", "11时20分", False, "big5"),
]


def weekday(date):
    import datetime

    return WEEK[datetime.date.fromisoformat(date).weekday()]


def cn_date(date):
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def path_of(rid):
    return f"{PRESS}/index_id_{rid}.html"


def charset(enc):
    if enc == "big5":
        return '<meta http-equiv="Content-Type" content="text/html; charset=big5" />'
    return '<meta charset="utf-8" />'


def page(enc, title, crumb, body, year, revised, rid=None):
    return render(
        PAGE,
        CHARSET=charset(enc),
        TITLE=title,
        EN=f"/en/publications_and_press_releases/press/index_id_{rid}.html" if rid else "/en/index.html",
        SC=f"/sc/publications_and_press_releases/press/index_id_{rid}.html" if rid else "/sc/index.html",
        PRESS=PRESS,
        CRUMB=crumb,
        BODY=body,
        YEAR=year,
        REVISED=revised,
    )


def release(r):
    speech, rid, preamble, hhmm, only_cn, enc = r
    title = hk(speech.title) + ("（只有中文）" if only_cn else "")
    paras = "<br /><br />\n".join(hk(p) for p in speech.paras)
    body = f"""<div class="press_release">
<h1 class="title">{title}</h1>
<div class="press_date">{cn_date(speech.date)}</div>
<div class="press_content">
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊<br /><br />
　　{hk(preamble)}<br /><br />
{paras}<br /><br />
完<br /><br />
{cn_date(speech.date)}（星期{weekday(speech.date)}）<br />
{hk("香港时间" + hhmm)}<br />
</div>
<div class="press_tools"><a href="javascript:window.print()">列印本頁</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F{HOST}{path_of(rid)}">Facebook</a> | <a href="https://api.whatsapp.com/send?text=http%3A%2F%2F{HOST}{path_of(rid)}">WhatsApp</a></div>
<div class="backlink"><a href="{PRESS}/index{'' if speech.date.startswith('2024') else '_y_2012'}.html">返回</a></div>
</div>"""
    return page(enc, f"發展局 - 新聞公報 - {title}", f" &gt; {title}", body, speech.date[:4], cn_date(speech.date), rid)


def listing(year, items, years, enc):
    rows = "".join(
        f'<tr><td class="date">{d}</td><td><a href="{p}">{t}</a></td></tr>\n' for d, t, p in items
    )
    sel = "".join(
        f'<option value="{PRESS}/index{"" if y == 2024 else f"_y_{y}"}.html"{" selected" if y == year else ""}>{y}</option>'
        for y in years
    )
    links = " | ".join(
        f'<a href="{PRESS}/index{"" if y == 2024 else f"_y_{y}"}.html">{y}</a>' for y in years
    )
    body = f"""<h1>新聞公報</h1>
<div class="yearsel">年份：<select onchange="location.href=this.value">{sel}</select> <noscript>{links}</noscript></div>
<div class="yearlinks">{links}</div>
<table class="press_list" summary="新聞公報"><tr><th>日期</th><th>標題</th></tr>
{rows}</table>"""
    return page(enc, f"發展局 - 新聞公報 {year}", f" &gt; {year}", body, year, f"{year}年12月31日" if year < 2024 else "2024年4月18日")


def build() -> Family:
    fam = MixedFamily(
        HOST,
        "發展局 (devb.gov.hk)-like HK bureau site reprinting 新聞公報 (以下為…致辭全文：/ 完 / 香港時間), utf-8 and a Big5 archive page, header without charset",
        content_type="text/html",
        site_note="header names no charset; 2012 pages are Big5 with a big5 meta; Traditional script, expected texts Simplified",
    )
    fam.file_encodings = {}
    s3, s4 = RELEASES
    for r in RELEASES:
        fam.put(path_of(r[1]), release(r), encoding=r[5])
        fam.file_encodings[path_of(r[1]).lstrip("/")] = r[5]
        fam.doc([path_of(r[1])], r[0], text=TO_CN.convert(hk(r[0].text)), title=TO_CN.convert(hk(r[0].title)))
    other = "發展局回應有關土地共享先導計劃的傳媒查詢"
    fam.put(
        f"{PRESS}/index_id_11860.html",
        page(
            "utf-8",
            f"發展局 - 新聞公報 - {other}",
            f" &gt; {other}",
            f"""<div class="press_release"><h1 class="title">{other}</h1><div class="press_date">2024年4月15日</div>
<div class="press_content">　　就有關土地共享先導計劃的傳媒查詢，發展局今日（四月十五日）回應如下：<br /><br />　　土地共享先導計劃自推出以來共收到八宗申請，其中兩宗已獲行政會議原則上批准。政府會繼續按既定程序審批其餘申請，並適時公布進展。<br /><br />完<br /><br />2024年4月15日（星期一）<br />香港時間19時10分<br /></div>
<div class="backlink"><a href="{PRESS}/index.html">返回</a></div></div>""",
            "2024",
            "2024年4月15日",
            11860,
        ),
    )
    years = [2024, 2023, 2012]
    fam.put(
        f"{PRESS}/index.html",
        listing(2024, [("2024年4月18日", hk(s3[0].title) + "（只有中文）", path_of(s3[1])), ("2024年4月15日", other, f"{PRESS}/index_id_11860.html")], years, "utf-8"),
    )
    fam.put(f"{PRESS}/index_y_2023.html", listing(2023, [], years, "utf-8"))
    fam.put(f"{PRESS}/index_y_2012.html", listing(2012, [("2012年11月6日", hk(s4[0].title), path_of(s4[1]))], years, "big5"), encoding="big5")
    home = page(
        "utf-8",
        "發展局 - 主頁",
        "",
        f"""<div class="home_news"><h2>最新消息</h2><ul>
<li><span>2024年4月18日</span> <a href="{path_of(s3[1])}">{hk(s3[0].title)}（只有中文）</a></li>
<li><span>2024年4月15日</span> <a href="{PRESS}/index_id_11860.html">{other}</a></li>
</ul><a class="more" href="{PRESS}/index.html">更多新聞公報</a></div>""",
        "2024",
        "2024年4月18日",
    )
    fam.put("/tc/index.html", home)
    fam.put("/", home)
    fam.home = "/tc/index.html"
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.not_documents += [f"{PRESS}/index.html", f"{PRESS}/index_y_2012.html", f"{PRESS}/index_id_11860.html"]
    fam.noise += [
        hk("以下为发展局局长今日"),
        "＊＊＊",
        "香港時間",
        "（星期四）",
        "（只有中文）",
        "列印本頁",
        "返回",
        "最後修訂日期",
        "跳至主要內容",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (utf-8, and Big5 for the 2012 archive); expected titles and texts are Simplified: compare after converting"
    return fam
