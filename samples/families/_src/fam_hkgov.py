"""A Hong Kong government press-release portal (info.gov.hk-like) in Traditional script, Big5: the
speech comes as a press release — "以下是…的致辭：" preamble, <br /> paragraphs, "完" and the
date/time line at the end — listed in daily index pages. Expected texts are Simplified (compare after
conversion), as in ../shared/sites."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.info.gov.hk.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")

RELEASES = [
    # speech, id, preamble (simplified), weekday, time
    (
        SPEECHES["H1"],
        "P2024031200345",
        "以下是行政长官李家超今日（三月十二日）在香港青年创业论坛开幕礼的致辞：",
        "星期二",
        "15时30分",
    ),
    (
        SPEECHES["H2"],
        "P2024031300512",
        "以下是政务司司长陈国基今日（三月十三日）在社区关爱基金颁奖典礼的致辞：",
        "星期三",
        "18时05分",
    ),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-HK" xml:lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<meta name="keywords" content="新聞公報,香港特別行政區政府" />
<meta name="description" content="香港特別行政區政府新聞公報" />
<title>@@TITLE@@</title>
<link rel="stylesheet" type="text/css" href="/gia/style/gia_c.css" />
<script type="text/javascript" src="/gia/js/common.js"></script>
</head>
<body>
<div id="skipToContent"><a href="#contentBody">跳至主要內容</a></div>
<div id="header">
  <div id="logo"><a href="/gia/general/today.htm"><img src="/gia/images/hksargov_logo.gif" alt="香港特別行政區政府 新聞公報" /></a></div>
  <div id="topMenu"><a href="http://www.info.gov.hk.test/gia/general/today.htm">新聞公報</a> | <a href="/gia/general/ctoday.htm">簡體版</a> | <a href="/gia/general/etoday.htm">English</a> | <a href="/gia/rss/general_c.xml">RSS</a> | <a href="/gia/general/search.htm">搜尋</a></div>
</div>
<div id="container">
"""

FOOT = """</div>
<div id="footer">
  <div class="footerLink"><a href="/gia/general/important.htm">重要告示</a> | <a href="/gia/general/privacy.htm">私隱政策</a> | <a href="/gia/general/accessibility.htm">無障礙網頁</a></div>
  <div class="copyright">2024 &copy; | 香港特別行政區政府 | 新聞處</div>
</div>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-12345678-1']);
_gaq.push(['_trackPageview']);
</script>
<script type="text/javascript" src="/gia/js/ga.js"></script>
</body>
</html>
"""


# OpenCC's HK forms that Big5 lacks, written as Big5 sites write them
BIG5_FORMS = str.maketrans({"着": "著", "羣": "群"})


def hk(text: str) -> str:
    return TO_HK.convert(text).translate(BIG5_FORMS)


def release_path(r):
    speech, rid, *_ = r
    return f"/gia/general/{rid[1:7]}/{rid[7:9]}/{rid}.htm"


def release(r):
    speech, rid, preamble, weekday, hhmm = r
    y, m, d = speech.date.split("-")
    body = "<br /><br />\n".join(hk(p) for p in [preamble, *speech.paras])
    page = (
        HEAD
        + """<div id="contentBody">
  <span id="PRHeadlineSpan">@@H@@</span>
  <div id="pressrelease">
@@BODY@@<br /><br />
完
  </div>
  <div class="mB15 f15">@@Y@@年@@M@@月@@D@@日（@@WD@@）<br />香港時間@@HHMM@@</div>
  <div class="prLink"><a href="@@DAY@@">今日新聞</a> | <a href="javascript:window.print();">列印</a> | <a href="javascript:history.back();">上一頁</a></div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=hk(speech.title),
        H=hk(speech.title),
        BODY=body,
        Y=y,
        M=int(m),
        D=int(d),
        WD=weekday,
        HHMM=hk(hhmm),
        DAY=f"/gia/general/{y}{m}/{d}c.htm",
    )


def day_index(date, items, prev_day, next_day):
    y, m, d = date.split("-")
    rows = "\n".join(f'<li><a href="{release_path(r)}">{hk(r[0].title)}</a></li>' for r in items)
    rows += (
        '\n<li><a href="/gia/general/202403/12/P2024031200200.htm">天文台最新天氣報告</a></li>'
        if date.endswith("12")
        else ""
    )
    nav = ""
    if prev_day:
        nav += f'<a href="{prev_day}">前一天</a> '
    if next_day:
        nav += f'<a href="{next_day}">後一天</a>'
    page = (
        HEAD
        + """<div id="contentBody">
  <h1>新聞公報　@@Y@@年@@M@@月@@D@@日</h1>
  <ul class="pressList">
@@ROWS@@
  </ul>
  <div class="dayNav">@@NAV@@</div>
</div>
"""
        + FOOT
    )
    return render(
        page, TITLE=f"新聞公報 - {y}年{int(m)}月{int(d)}日", Y=y, M=int(m), D=int(d), ROWS=rows, NAV=nav
    )


def build() -> Family:
    fam = Family(
        HOST,
        "info.gov.hk-like press-release portal, Traditional script, Big5 (以下是…的致辭：/ 完 / date-time line)",
        encoding="big5",
        content_type="text/html; charset=big5",
        site_note="Traditional script; expected texts are Simplified",
    )
    d12 = "/gia/general/202403/12c.htm"
    d13 = "/gia/general/202403/13c.htm"
    fam.put(d12, day_index("2024-03-12", RELEASES[:1], "", d13))
    fam.put(d13, day_index("2024-03-13", RELEASES[1:], d12, ""))
    fam.put("/gia/general/today.htm", day_index("2024-03-13", RELEASES[1:], d12, ""))
    fam.put("/", day_index("2024-03-13", RELEASES[1:], d12, ""))
    fam.not_documents += ["/", "/gia/general/today.htm", d12, d13]
    for r in RELEASES:
        fam.put(release_path(r), release(r))
        speech = r[0]
        fam.doc(
            [release_path(r)],
            speech,
            text=TO_CN.convert(hk(speech.text)),
            title=TO_CN.convert(hk(speech.title)),
        )
    items = "".join(
        f"<item><title>{hk(r[0].title)}</title><link>{fam.url(release_path(r))}</link>"
        f"<pubDate>{r[0].date}</pubDate><description>{hk(r[2])}</description></item>\n"
        for r in RELEASES
    )
    fam.put(
        "/gia/rss/general_c.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>香港特區政府新聞公報</title>'
        f"<link>{fam.url('/gia/general/today.htm')}</link><language>zh-hk</language>\n{items}</channel></rss>\n",
        encoding="utf-8",
    )
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /gia/general/search.htm\n\nSitemap: http://www.info.gov.hk.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(release_path(r))}</loc><lastmod>{r[0].date}</lastmod></url>\n"
            for r in RELEASES
        )
        + "</urlset>\n",
        encoding="utf-8",
    )
    fam.noise += [
        hk("以下是行政长官李家超今日"),
        hk("以下是政务司司长"),
        "香港時間",
        "（星期二）",
        "今日新聞",
        "列印",
        "上一頁",
        "新聞處",
        "跳至主要內容",
    ]
    # the noise is checked against the Simplified expected text too
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script in Big5; expected titles and texts are Simplified: compare after converting"
    return fam
