"""A university site on 苏迪 WebPlus Pro (`/2024/0322/c1234a56789/page.htm`, `div.wp_articlecontent`,
`arti_metas`, `WP_VisitCount`, `wp_paging` lists) publishing one 校长 speech as a PDF converted to HTML
by pdf2htmlEX and uploaded beside the PDF (`/_upload/article/files/…/2024bkjxgzhy.html`), linked from a
short news item (not a document) as 在线阅读; the other speech is an ordinary WebPlus article.

The pdf2htmlEX file is what the converter writes: the `Created by pdf2htmlEX` comment, generator meta,
an empty `<title></title>`, the converter's CSS (class per position/font/size: `.x1{left:…}`,
`.y1{bottom:…}`, `.ff1`, `.fs0`, `.m0` transform matrices, `@font-face` with an embedded woff),
`#sidebar > #outline` (empty), `#page-container` with one `div.pf#pfN[data-page-no]` per page holding
`div.pc` (a background `img.bi`, then one absolutely positioned `div.t m0 xN hN yN ffN fsN fc0 sc0 ls0
ws0` per printed line, `span._` kerning spans inside), and `div.pi` with the page's `ctm`. The PDF is a
公文-style print: 22 lines of 28 characters a page, paragraphs cut into lines mid-sentence (first lines
indented by a larger `left`, no punctuation at a line's start), its own title (larger font), speaker
and date lines, 黑体 section headings, a running header (`东湖大学2024年本科教学工作会议材料`) and a
page-number footer (`— N —`) on every page; a paragraph runs over the first page break."""

from common import SPEECHES, Family

HOST = "www.donghu-univ.test"
SITE = "东湖大学"
HEADER = "东湖大学2024年本科教学工作会议材料"
NO_LINE_START = "，。、；：！？）”》"
LINE = 28
LINES_PER_PAGE = 22

PDF_SPEECH = SPEECHES["PDF1"]
WEB_SPEECH = SPEECHES["PDF2"]
PDF_HTML = (
    "/_upload/article/files/4f/2a/7c9e3b1d4e0a8f2c6b5d9e1a3f7c/0d1e2f3a-5b6c-4d8e-9f0a-1b2c3d4e5f60.html"
)
PDF_FILE = (
    "/_upload/article/files/4f/2a/7c9e3b1d4e0a8f2c6b5d9e1a3f7c/0d1e2f3a-5b6c-4d8e-9f0a-1b2c3d4e5f60.pdf"
)
NEWS_PDF = "/2024/0322/c1234a56789/page.htm"
NEWS_WEB = "/2024/0412/c1234a57231/page.htm"
OTHERS = [
    ("/2024/0408/c1234a57102/page.htm", "学校召开2024年党风廉政建设工作会议", "2024-04-08"),
    ("/2024/0315/c1234a56610/page.htm", "学校召开新学期工作部署会", "2024-03-15"),
]


def wrap(text, first_indent):
    """Cut a paragraph into printed lines as the PDF sets them (禁则: no punctuation starts a line)."""
    lines, width, rest = [], LINE - (2 if first_indent else 0), text
    while rest:
        line, rest = rest[:width], rest[width:]
        while rest and rest[0] in NO_LINE_START:
            line, rest = line + rest[0], rest[1:]
        lines.append(line)
        width = LINE
    return lines


def heading(p):
    return p[:2] in ("一、", "二、", "三、", "四、")


def printed_lines():
    """(kind, text) for every line of the PDF: title, byline, date, blank, then paragraph lines."""
    out = [
        ("title", PDF_SPEECH.title),
        ("byline", "校长　王立群"),
        ("date", "（2024年3月22日）"),
        ("blank", ""),
    ]
    for p in PDF_SPEECH.paras:
        if heading(p):
            out.append(("head", p))
            continue
        first = p != PDF_SPEECH.paras[0]
        for n, line in enumerate(wrap(p, first)):
            out.append(("first" if n == 0 and first else "line", line))
    return out


def kern(text):
    """pdf2htmlEX puts an empty positioning span where the PDF shifts a glyph (after some punctuation)."""
    out = ""
    for n, ch in enumerate(text):
        out += ch
        if ch in "，、" and n % 3 == 0:
            out += '<span class="_ _0"></span>'
    return out


def pdf_page(no, lines, total):
    divs = [f'<div class="t m0 x3 h4 y0 ff2 fs2 fc1 sc0 ls0 ws0">{HEADER}</div>']
    for row, (kind, text) in enumerate(lines, 1):
        cls = {
            "title": ("x4", "h2", "ff3", "fs1"),
            "byline": ("x5", "h3", "ff4", "fs0"),
            "date": ("x6", "h3", "ff4", "fs0"),
            "head": ("x2", "h3", "ff2", "fs0"),
            "first": ("x2", "h3", "ff1", "fs0"),
            "line": ("x1", "h3", "ff1", "fs0"),
        }.get(kind)
        if cls is None:
            continue
        x, h, ff, fs = cls
        divs.append(f'<div class="t m0 {x} {h} y{row:x} {ff} {fs} fc0 sc0 ls0 ws0">{kern(text)}</div>')
    divs.append(f'<div class="t m0 x7 h4 y17 ff1 fs2 fc0 sc0 ls0 ws0">— {no} —</div>')
    return (
        f'<div id="pf{no:x}" class="pf w0 h0" data-page-no="{no:x}"><div class="pc pc{no:x} w0 h0">'
        f'<img class="bi x0 y18 w1 h1" alt="" src="bg{no:x}.png"/>' + "".join(divs) + "</div>"
        '<div class="pi" data-data=\'{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,0.000000]}\'></div></div>'
    )


PDF_CSS = """<style type="text/css">
#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}.loading-indicator{display:none}.loading-indicator.active{display:block;position:absolute;width:64px;height:64px;top:50%;left:50%;margin-top:-32px;margin-left:-32px}}@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0}.pc.opened{display:block}.bi{position:absolute;border:0;margin:0;user-select:none}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;font-feature-settings:"liga" 0}._{display:inline-block;color:transparent;z-index:-1}.pi{display:none}
</style>
<style type="text/css">
#sidebar{background-color:#2f3236}#outline{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}#page-container{background-color:#9e9e9e}.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}
</style>
<style type="text/css">
.ff0{font-family:sans-serif;visibility:hidden;}
@font-face{font-family:ff1;src:url('data:application/font-woff;base64,d09GRgABAAAAAGk0AA8AAAAAvxQAAwAAAAAAAAAAAAAAAAAAAAAAAAAARkZUTQAAAVgAAAAcAAAAHIq0bXhHREVGAAABdAAAAB8AAAAgAT4ABE9TLzIAAAGUAAAAVAAAAGBsvHPIY21hcAAAAegAAAMyAAAFzoz3Ex9j')format("woff");}.ff1{font-family:ff1;line-height:1.000000;font-style:normal;font-weight:normal;visibility:visible;}
@font-face{font-family:ff2;src:url('data:application/font-woff;base64,d09GRgABAAAAAEd8AA8AAAAAd+wAAwAAAAAAAAAAAAAAAAAAAAAAAAAARkZUTQAAAVgAAAAcAAAAHIq0bXxHREVGAAABdAAAAB0AAAAeACcAHk9TLzIAAAGUAAAAVQAAAGBrzXU5')format("woff");}.ff2{font-family:ff2;line-height:1.000000;font-style:normal;font-weight:normal;visibility:visible;}
@font-face{font-family:ff3;src:url('data:application/font-woff;base64,d09GRgABAAAAACvgAA8AAAAAQxgAAwAAAAAAAAAAAAAAAAAAAAAAAAAARkZUTQAAAVgAAAAcAAAAHIq0bYBHREVGAAABdAAAAB0AAAAeACcAHk9TLzIAAAGUAAAAVgAAAGBtzHXI')format("woff");}.ff3{font-family:ff3;line-height:1.000000;font-style:normal;font-weight:normal;visibility:visible;}
@font-face{font-family:ff4;src:url('data:application/font-woff;base64,d09GRgABAAAAABGUAA8AAAAAG5QAAwAAAAAAAAAAAAAAAAAAAAAAAAAARkZUTQAAAVgAAAAcAAAAHIq0bY9HREVGAAABdAAAAB0AAAAeABQAHk9TLzIAAAGUAAAAVQAAAGBqJ3Ug')format("woff");}.ff4{font-family:ff4;line-height:1.000000;font-style:normal;font-weight:normal;visibility:visible;}
.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}
.ls0{letter-spacing:0.000000px;}.ws0{word-spacing:0.000000px;}._0{margin-left:-1.920000px;}
.fc1{color:rgb(128,128,128);}.fc0{color:rgb(0,0,0);}
.fs2{font-size:56.000000px;}.fs0{font-size:64.000000px;}.fs1{font-size:88.000000px;}
.y0{bottom:1182.480000px;}.y1{bottom:1099.440000px;}.y2{bottom:1058.040000px;}.y3{bottom:1016.640000px;}.y4{bottom:975.240000px;}.y5{bottom:933.840000px;}.y6{bottom:892.440000px;}.y7{bottom:851.040000px;}.y8{bottom:809.640000px;}.y9{bottom:768.240000px;}.ya{bottom:726.840000px;}.yb{bottom:685.440000px;}.yc{bottom:644.040000px;}.yd{bottom:602.640000px;}.ye{bottom:561.240000px;}.yf{bottom:519.840000px;}.y10{bottom:478.440000px;}.y11{bottom:437.040000px;}.y12{bottom:395.640000px;}.y13{bottom:354.240000px;}.y14{bottom:312.840000px;}.y15{bottom:271.440000px;}.y16{bottom:230.040000px;}.y17{bottom:96.120000px;}.y18{bottom:0.000000px;}
.h4{height:42.560000px;}.h3{height:48.640000px;}.h2{height:66.880000px;}.h1{height:1262.834646px;}.h0{height:1262.834646px;}
.w1{width:892.914000px;}.w0{width:892.914000px;}
.x0{left:0.000000px;}.x1{left:119.055000px;}.x2{left:143.055000px;}.x3{left:521.280000px;}.x4{left:248.760000px;}.x5{left:380.160000px;}.x6{left:348.480000px;}.x7{left:422.457000px;}
@media print{.m0{transform:matrix(0.333333,0.000000,0.000000,0.333333,0,0);}.fs0{font-size:85.333333pt;}.fs1{font-size:117.333333pt;}.fs2{font-size:74.666667pt;}}
</style>"""


def pdf_html():
    lines = printed_lines()
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    body = "\n".join(pdf_page(n, chunk, len(pages)) for n, chunk in enumerate(pages, 1))
    return (
        f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
{PDF_CSS}
<script src="compatibility.min.js"></script>
<script src="pdf2htmlEX.min.js"></script>
<script>
try{{
pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});
}}catch(e){{}}
</script>
<title></title>
</head>
<body>
<div id="sidebar">
<div id="outline">
</div>
</div>
<div id="page-container">
{body}
</div>
<div class="loading-indicator">
<img alt="" src="pdf2htmlEX-64x64.png"/>
</div>
</body>
</html>
""",
        len(pages),
    )


def head(title, meta=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="renderer" content="webkit" />
{meta}<title>{title}</title>
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/00/01/1/style.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="1"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
<link rel="stylesheet" href="/_upload/tpl/00/02/2/template2/style.css" type="text/css" />
</head>
<body class="list">
<div class="wrapper header" id="header"><div class="inner">
<div class="head-top"><a href="https://www.donghu-univ.test/">学校主页</a> | <a href="/xxgk/list.htm">信息公开</a></div>
<div class="sitelogo"><a href="/main.htm" title="返回{SITE}新闻网首页"><img src="/_upload/tpl/00/02/2/template2/images/logo.png" alt="{SITE}新闻网" /></a></div>
<div class="searchbox"><div class="wp-search clearfix"><form action="/_web/_search/api/search/new.rst?locale=zh_CN&amp;request_locale=zh_CN&amp;_p=YXM9MSZ0PTImZD03JnA9MSZtPVNOJg__" method="post" target="_blank"><div class="search-input"><input class="search-title" name="keyword" type="text" placeholder="请输入关键字"/></div><div class="search-btn"><input class="search-submit" type="submit" value=""/></div></form></div></div>
</div></div>
<div class="wrapper nav wp-navi" id="nav"><div class="inner"><ul class="wp-menu">
<li class="menu-item i1"><a class="menu-link" href="/main.htm" target="_self">首页</a></li>
<li class="menu-item i2"><a class="menu-link" href="/xxyw/list.htm" target="_self">学校要闻</a></li>
<li class="menu-item i3"><a class="menu-link" href="/ldjh/list.htm" target="_self">领导讲话</a></li>
<li class="menu-item i4"><a class="menu-link" href="/yxdt/list.htm" target="_self">院系动态</a></li>
<li class="menu-item i5"><a class="menu-link" href="/mtdh/list.htm" target="_self">媒体东湖</a></li>
</ul></div></div>
"""


FOOT = f"""<div class="wrapper footer" id="footer"><div class="inner"><div class="foot-left">
<p class="copyright"><span>版权所有 &copy; {SITE}党委宣传部</span>　<span>地址：湖北省武汉市洪山区东湖南路88号</span>　<span>邮编：430074</span></p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05003829号</a>　<a href="http://www.beian.gov.cn/" target="_blank">鄂公网安备42011102000856号</a></p>
</div></div></div>
</body>
<script type="text/javascript" src="/_js/_portletPlugs/sudyNavi/jquery.sudynav.js"></script>
<script type="text/javascript" src="/_js/_portletPlugs/datepicker/js/jquery.datepicker.js"></script>
</html>
"""


def article(title, date, aid, publisher, body, hits):
    return (
        head(f"{title}", f'<meta name="description" content="{title}" />\n')
        + f"""<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="infobox"><div class="article">
<div class="col_path"><span class="path-name">当前位置：</span><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/ldjh/list.htm">领导讲话</a></div>
<h1 class="arti_title">{title}</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：{publisher}</span><span class="arti_update">发布时间：{date}</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=1&amp;type=3&amp;articleId={aid}">{hits}</span></span></p>
<div class="entry"><div class="read"><div class="wp_articlecontent">{body}</div></div></div>
<div class="arti_share">分享到：<a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a></div>
</div></div>
</div></div>
"""
        + FOOT
    )


def news_pdf():
    body = (
        '<p style="text-indent:2em;">3月22日下午，学校在行政楼第一会议室召开2024年本科教学工作会议。校长王立群出席会议并讲话，'
        "副校长刘晓东主持会议。各学院院长、教学副院长，职能部门负责人参加会议。</p>"
        '<p style="text-indent:2em;">王立群充分肯定了过去一年学校本科教学工作取得的成绩，分析了存在的问题，对今年的重点工作作出部署。</p>'
        '<p style="text-indent:2em;">讲话全文见附件。</p>'
        f"<p>附件：<a href=\"{PDF_FILE}\" sudyfile-attr=\"{{'title':'校长在2024年本科教学工作会议上的讲话.pdf'}}\">"
        '<img border="0" src="/_ueditor/themes/default/images/icon_pdf.gif"/>校长在2024年本科教学工作会议上的讲话.pdf</a></p>'
        f'<p>在线阅读：<a href="{PDF_HTML}" target="_blank">校长在2024年本科教学工作会议上的讲话（网页版）</a></p>'
        '<p style="text-align:right;">（文/党委办公室　审核/张卫国）</p>'
    )
    return article("学校召开2024年本科教学工作会议", "2024-03-22", "56789", "党委办公室", body, 2316)


def news_web():
    sp = WEB_SPEECH
    paras = "".join(f'<p style="text-indent:2em;line-height:1.75;">{p}</p>' for p in sp.paras)
    body = (
        '<p style="text-align:center;"><strong>在2024年学校科研工作推进会上的讲话</strong></p>'
        '<p style="text-align:center;">校长　王立群</p>'
        '<p style="text-align:center;">（2024年4月12日）</p>'
        + paras
        + '<p style="text-align:right;">（文/科技处　编辑/陈静　审核/张卫国）</p>'
    )
    return article(f"王立群：{sp.title}", "2024-04-12", "57231", "科技处", body, 1458)


def list_page():
    items = [
        (NEWS_WEB, f"王立群：{WEB_SPEECH.title}", "2024-04-12"),
        OTHERS[0],
        (NEWS_PDF, "学校召开2024年本科教学工作会议", "2024-03-22"),
        OTHERS[1],
    ]
    rows = "".join(
        f"<li class=\"news n{i} clearfix\"><span class=\"news_title\"><a href='{p}' target='_blank' title='{t}'>{t}</a></span>"
        f'<span class="news_meta">{d}</span></li>\n'
        for i, (p, t, d) in enumerate(items, 1)
    )
    return (
        head(f"领导讲话-{SITE}新闻网")
        + f"""<div class="wrapper" id="l-container"><div class="inner clearfix">
<div class="col_menu"><div class="col_menu_head"><h3 class="col_name"><span class="col_name_text">领导讲话</span></h3></div></div>
<div class="col_news"><div class="col_news_box"><div class="col_news_con"><div class="col_news_list listcon">
<div frag="窗口14" portletmode="simpleList"><div id="wp_news_w14">
<ul class="news_list list2">
{rows}</ul></div>
<div id="wp_paging_w14"><ul class="wp_paging clearfix"><li class="pages_count"><span class="per_page">每页&nbsp;<em class="per_count">15</em>&nbsp;记录&nbsp;</span><span class="all_count">总共&nbsp;<em class="all_count">4</em>&nbsp;记录&nbsp;</span></li>
<li class="page_nav"><a class="first" href="javascript:void(0);" target="_self"><span>第一页</span></a><a class="prev" href="javascript:void(0);" target="_self"><span>&lt;&lt;上一页</span></a><a class="next" href="javascript:void(0);" target="_self"><span>下一页&gt;&gt;</span></a><a class="last" href="javascript:void(0);" target="_self"><span>尾页</span></a></li>
<li class="page_jump"><span class="pages">页码&nbsp;<em class="curr_page">1</em>/<em class="all_pages">1</em></span></li></ul></div>
</div></div></div></div></div>
</div></div>
"""
        + FOOT
    )


def home():
    return (
        head(f"{SITE}新闻网")
        + f"""<div class="wrapper" id="m-container"><div class="inner clearfix">
<div class="post post-ldjh"><div class="tt"><h3 class="tit"><span class="title">领导讲话</span></h3><a class="more-link" href="/ldjh/list.htm">更多&gt;&gt;</a></div>
<div class="con"><ul class="news_list">
<li class="news n1"><a href="{NEWS_WEB}" target="_blank">王立群：{WEB_SPEECH.title}</a><span class="news_meta">04-12</span></li>
<li class="news n2"><a href="{NEWS_PDF}" target="_blank">学校召开2024年本科教学工作会议</a><span class="news_meta">03-22</span></li>
</ul></div></div>
</div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "university news site on 苏迪 WebPlus Pro with a speech as pdf2htmlEX output")
    fam.put("/", home())
    fam.put("/main.htm", home())
    fam.put("/ldjh/list.htm", list_page())
    fam.put(NEWS_PDF, news_pdf())
    fam.put(NEWS_WEB, news_web())
    text, pages = pdf_html()
    fam.put(PDF_HTML, text)
    fam.not_documents += ["/", "/main.htm", "/ldjh/list.htm", NEWS_PDF]
    fam.doc([PDF_HTML], PDF_SPEECH)
    fam.doc([NEWS_WEB], WEB_SPEECH, title=f"王立群：{WEB_SPEECH.title}")
    fam.check_ignore += [HEADER] + [f"— {n} —" for n in range(1, pages + 1)]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /_web/\nDisallow: /_visitcountdisplay\n", "ascii")
    fam.noise += [
        HEADER,
        "— 1 —",
        "— 2 —",
        "校长　王立群",
        "（2024年3月22日）",
        "（2024年4月12日）",
        "发布者：",
        "发布时间：",
        "浏览次数：",
        "当前位置：",
        "（文/科技处　编辑/陈静　审核/张卫国）",
        "分享到：",
        "版权所有",
        "鄂ICP备05003829号",
        "学校召开2024年党风廉政建设工作会议",
    ]
    fam.note = (
        f"The 本科教学 speech is only in the pdf2htmlEX file `{PDF_HTML}` (empty `<title>`; its title, speaker and "
        "date are the first printed lines), reached from the news item `/2024/0322/c1234a56789/page.htm` (a short "
        "report, not a document) through its 在线阅读 link; every printed line is its own positioned `div.t`, a "
        "paragraph's first line only a larger `left` (`x2`), the running header and `— N —` footer on each of its "
        f"{pages} pages, and a paragraph runs over the first page break. The 科研 speech is an ordinary WebPlus article "
        "with its own centred title, speaker and date lines before the text (not text)."
    )
    return fam
