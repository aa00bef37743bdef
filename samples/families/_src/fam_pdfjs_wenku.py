"""得力文库 (deliwenku.com)-like 文档 sharing site whose 在线预览 is a server-printed PDF.js viewer: the
document page `/p-28417365.html` (`<title>` the file name, `….pdf-得力文库`) has the crumb, `h1.doc-title`
with a PDF icon, the info row (上传人 / 上传时间 / 页数 / 大小 / 浏览 / 下载), a 下载 button box and a
版权 statement, then the viewer: PDF.js's toolbar (`#toolbarContainer`: 上一页 / 下一页, `第 1 / 2 页`,
the 自动缩放 select, 下载 / 打印) over `#viewerContainer > #viewer.pdfViewer`, every PDF page a
`div.page[data-page-number]` holding an empty `canvasWrapper` canvas and a `div.textLayer` in which each
printed line is one or more positioned `<span role="presentation" dir="ltr" style="left:…%;top:…%;
font-size:calc(var(--scale-factor)*16.00px);…transform:scaleX(…)">` ended by `<br role="presentation">`
(a line runs mid-sentence; digits are their own Latin-font run; a paragraph's first line is only
further right), the `— 1 —` page footer in the text layer and the site's `得力文库` watermark over every
page (both cut the speech where the page breaks: `check_ignore`). Under the viewer: `预览已结束，共2页`,
相关文档, 猜你喜欢, the footer. Both speeches run over 2 PDF pages in one HTML page. Home `/` → 演讲稿
list `/list/yanjianggao/` (page 2 `2.html`, a listing)."""

import math

from common import SPEECHES, Family, render

HOST = "www.deliwenku-like.test"
PER_LINE = 28
PAGE_W, PAGE_H = 892, 1263
WATERMARK = "得力文库 www.deliwenku-like.test"

DOCS = [
    {
        "speech": SPEECHES["f48d-5"],
        "id": "28417365",
        "date_line": "（2024年6月21日）",
        "uploaded": "2024-06-24 09:12",
        "user": "春***花",
        "size": "186.52KB",
        "views": 1204,
        "downs": 87,
        "published": "2024-06-21",
    },
    {
        "speech": SPEECHES["f48d-6"],
        "id": "26193058",
        "date_line": None,
        "uploaded": "2024-02-29 15:40",
        "user": "安***生",
        "size": "92.31KB",
        "views": 736,
        "downs": 41,
        "published": "2024-02-29",
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/base.css?v=3.2.1">
<link rel="stylesheet" href="/static/pdfjs/web/viewer.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
	<span class="welcome">您好，欢迎来到得力文库！</span>
	<span class="top-right"><a href="/login.html" rel="nofollow">登录</a> | <a href="/register.html" rel="nofollow">免费注册</a> | <a href="/upload.html" rel="nofollow">上传文档</a> | <a href="/vip.html" rel="nofollow">开通VIP</a></span>
</div></div>
<div class="header w1200">
	<a class="logo" href="/"><img src="/static/images/logo.png" alt="得力文库"></a>
	<form class="search-box" action="/search.html" method="get"><input type="text" name="q" placeholder="搜索你想要的文档"><button type="submit">搜索</button></form>
</div>
<div class="nav"><div class="w1200"><ul>
	<li><a href="/">首页</a></li>
	<li><a href="/list/jiaoyu/">教育专区</a></li>
	<li><a href="/list/yanjianggao/" @@CUR@@>演讲稿</a></li>
	<li><a href="/list/zongjie/">工作总结</a></li>
	<li><a href="/list/gongwen/">公文范文</a></li>
	<li><a href="/list/hetong/">合同模板</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer"><div class="w1200">
	<p><a href="/help/about.html" rel="nofollow">关于我们</a> - <a href="/help/copyright.html" rel="nofollow">版权申诉</a> - <a href="/help/agreement.html" rel="nofollow">用户协议</a> - <a href="/help/contact.html" rel="nofollow">联系我们</a></p>
	<p>本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台，本站所有文档下载所得的收益归上传人所有。</p>
	<p>得力文库 &copy; 2018-2024 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备18031726号-3</a></p>
</div></div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0f3e5d7c9b1a2c4e6f8a0b2d4c6e8f1a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def runs(line: str) -> list[str]:
    """A line as the PDF's text runs: ASCII digits and letters are set in the Latin font, their own run."""
    out, cur, latin = [], "", None
    for ch in line:
        is_latin = ch.isascii() and ch.isalnum()
        if latin is not None and is_latin != latin and cur:
            out.append(cur)
            cur = ""
        cur += ch
        latin = is_latin
    if cur:
        out.append(cur)
    return out


def layout(d):
    """Printed lines: (text, left %, font size, kind) — the title, the date line, then the text wrapped at
    PER_LINE characters, a paragraph's first line indented two characters."""
    s = d["speech"]
    lines = [(s.title, None, 22.0, "title")]
    if d["date_line"]:
        lines.append((d["date_line"], None, 16.0, "date"))
    lines.append(("", None, 16.0, "blank"))
    for para in s.paras:
        first = True
        rest = para
        while rest:
            width = PER_LINE - 2 if first else PER_LINE
            lines.append((rest[:width], 17.94 if first else 15.12, 16.0, "text"))
            rest = rest[width:]
            first = False
    return lines


def span(text, left, top, size, scale):
    return (f'<span role="presentation" dir="ltr" style="left: {left:.2f}%; top: {top:.2f}%; '
            f'font-size: calc(var(--scale-factor)*{size:.2f}px); font-family: sans-serif; transform: scaleX({scale:.4f});">{text}</span>')


def pdf_pages(d):
    lines = layout(d)
    per_page = math.ceil(len(lines) / 2)
    pages = [lines[:per_page], lines[per_page:]]
    html_pages = []
    for n, plines in enumerate(pages, 1):
        out = []
        top = 9.40
        for text, left, size, kind in plines:
            if kind == "blank":
                top += 2.6
                continue
            parts = runs(text)
            if left is None:  # centred
                left = 50.0 - len(text) * size * 0.0555
            x = left
            for part in parts:
                w = sum(1 if c.isascii() else 2 for c in part) * size * 0.0561 / 2
                out.append(span(part, x, top, size, 0.9712 if part.isascii() else 1.0021))
                x += w
            out.append('<br role="presentation">')
            top += 3.62 if kind == "text" else 4.4
        out.append(span(f"— {n} —", 47.60, 93.20, 14.0, 0.9853))
        out.append('<br role="presentation">')
        layer = "".join(out)
        html_pages.append(
            f"""			<div class="page" data-page-number="{n}" role="region" aria-label="第 {n} 页" data-loaded="true" style="width: {PAGE_W}px; height: {PAGE_H}px;">
				<div class="canvasWrapper"><canvas role="presentation" width="{PAGE_W}" height="{PAGE_H}" style="width: {PAGE_W}px; height: {PAGE_H}px;"></canvas></div>
				<div class="textLayer" style="width: {PAGE_W}px; height: {PAGE_H}px; --scale-factor: 1.5;">{layer}<div class="endOfContent"></div></div>
				<div class="dl-watermark" aria-hidden="true">{WATERMARK}</div>
			</div>"""
        )
    return "\n".join(html_pages)


def doc_page(d, other):
    s = d["speech"]
    page = HEAD + """<div class="w1200 main clearfix">
	<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list/yanjianggao/">演讲稿</a> &gt; <span>@@TITLE_SHORT@@</span></div>
	<div class="doc-left">
		<div class="doc-head">
			<h1 class="doc-title"><i class="icon icon-pdf" title="PDF"></i>@@TITLE_SHORT@@</h1>
			<div class="doc-info">
				<span><a href="/u/@@UID@@/" rel="nofollow">上传人：@@USER@@</a></span>
				<span>上传时间：@@UPLOADED@@</span>
				<span>页数：2页</span>
				<span>大小：@@SIZE@@</span>
				<span>浏览：@@VIEWS@@次</span>
				<span>下载：@@DOWNS@@次</span>
			</div>
			<div class="doc-btns"><a class="btn-down" href="/down.html?id=@@ID@@" rel="nofollow">下载文档（PDF）</a><a class="btn-fav" href="javascript:;" onclick="addFav(@@ID@@)">收藏</a><span class="price">所需积分：5</span></div>
			<p class="doc-copy">本文档由用户上传，版权归属用户，得力文库仅提供信息存储空间服务。如有侵权请联系客服删除。</p>
		</div>
		<div id="outerContainer" class="pdf-preview">
			<div id="toolbarContainer" class="toolbar">
				<div id="toolbarViewerLeft">
					<button id="previous" class="toolbarButton" title="上一页" tabindex="13"><span>上一页</span></button>
					<button id="next" class="toolbarButton" title="下一页" tabindex="14"><span>下一页</span></button>
					<span class="pageNumberLabel">第</span><input type="number" id="pageNumber" class="toolbarField" value="1" min="1" max="2" title="页面"><span id="numPages" class="toolbarLabel">/ 2 页</span>
				</div>
				<div id="toolbarViewerMiddle">
					<select id="scaleSelect" title="缩放"><option value="auto" selected="selected">自动缩放</option><option value="page-actual">实际大小</option><option value="page-fit">适合页面</option><option value="page-width">适合页宽</option><option value="1.5">150%</option></select>
				</div>
				<div id="toolbarViewerRight">
					<button id="print" class="toolbarButton" title="打印" tabindex="33"><span>打印</span></button>
					<button id="download" class="toolbarButton" title="下载" tabindex="34"><span>下载</span></button>
				</div>
			</div>
			<div id="viewerContainer" tabindex="0">
				<div id="viewer" class="pdfViewer">
@@PAGES@@
				</div>
			</div>
			<div class="preview-end">预览已结束，共2页。<a href="/down.html?id=@@ID@@" rel="nofollow">下载原文档</a></div>
		</div>
		<div class="doc-relate">
			<h3>相关文档</h3>
			<ul>
				<li><a href="/p-@@OTHER_ID@@.html">@@OTHER_TITLE@@</a><span>2页</span></li>
				<li><a href="/p-24681357.html">开学典礼校长讲话稿（精选5篇）</a><span>6页</span></li>
				<li><a href="/p-25792468.html">安全生产月活动启动仪式讲话</a><span>3页</span></li>
			</ul>
		</div>
	</div>
	<div class="doc-right">
		<div class="side-box"><h3>猜你喜欢</h3><ul>
			<li><a href="/p-27803579.html">毕业典礼学生代表发言稿</a></li>
			<li><a href="/p-23570146.html">年度工作会议表态发言范文</a></li>
			<li><a href="/p-22469035.html">教师节优秀教师代表发言</a></li>
		</ul></div>
		<div class="side-ad"><script>(window.slotbydup = window.slotbydup || []).push({id: "u6918302", container: "_ad_side", async: true});</script><div id="_ad_side"></div></div>
	</div>
</div>
<script src="/static/pdfjs/build/pdf.min.js"></script>
<script>pdfjsLib.GlobalWorkerOptions.workerSrc = "/static/pdfjs/build/pdf.worker.min.js"; var DOC_ID = @@ID@@, DOC_URL = "/preview/@@ID@@.pdf";</script>
""" + FOOT
    return render(page, TITLE=f"{s.title}.pdf-得力文库", KEYWORDS=f"{s.title},演讲稿", DESC=s.paras[1][:80], CUR='class="cur"',
                  TITLE_SHORT=s.title, UID=int(d["id"]) % 100000, USER=d["user"], UPLOADED=d["uploaded"], SIZE=d["size"],
                  VIEWS=d["views"], DOWNS=d["downs"], ID=d["id"], PAGES=pdf_pages(d), OTHER_ID=other["id"],
                  OTHER_TITLE=other["speech"].title)


FILLER = [
    ("2024年教师节表彰大会校长讲话", "24601357", "2024-09-10"),
    ("在全市教育工作会议上的讲话", "23579135", "2024-03-02"),
    ("企业年会总经理致辞", "22468024", "2024-01-26"),
    ("新员工入职培训开班讲话", "21357913", "2023-12-14"),
]


def list_page(rows, n):
    items = "\n".join(
        f'\t\t<li><i class="icon icon-pdf"></i><a href="/p-{i}.html" title="{t}">{t}</a><span class="date">{day}</span></li>'
        for t, i, day in rows
    )
    pager = ('<span class="cur">1</span><a href="/list/yanjianggao/2.html">2</a><a href="/list/yanjianggao/2.html">下一页</a>' if n == 1
             else '<a href="/list/yanjianggao/">上一页</a><a href="/list/yanjianggao/">1</a><span class="cur">2</span>')
    page = HEAD + """<div class="w1200 main">
	<div class="crumb">当前位置：<a href="/">首页</a> &gt; 演讲稿</div>
	<ul class="doc-list">
@@ITEMS@@
	</ul>
	<div class="pages">@@PAGER@@</div>
</div>
""" + FOOT
    return render(page, TITLE="演讲稿_演讲稿范文大全-得力文库" + ("" if n == 1 else "-第2页"), KEYWORDS="演讲稿", DESC="演讲稿", CUR='class="cur"',
                  ITEMS=items, PAGER=pager)


def build() -> Family:
    fam = Family(HOST, "得力文库 (deliwenku.com)-like 文档 page with a server-printed PDF.js viewer (div.page > div.textLayer spans)")
    for i, d in enumerate(DOCS):
        fam.put(f"/p-{d['id']}.html", doc_page(d, DOCS[1 - i]))
        fam.doc([f"/p-{d['id']}.html"], d["speech"], published_at=d["published"])
    rows = [(d["speech"].title, d["id"], d["uploaded"][:10]) for d in DOCS]
    fam.put("/list/yanjianggao/index.html", list_page([rows[0]] + FILLER[:2], 1))
    fam.put("/list/yanjianggao/2.html", list_page(FILLER[2:] + [rows[1]], 2))
    home = HEAD + """<div class="w1200 main">
	<div class="home-box"><h2>最新文档</h2><ul class="doc-list">
		<li><a href="/p-@@ID1@@.html">@@T1@@</a></li>
		<li><a href="/p-24601357.html">2024年教师节表彰大会校长讲话</a></li>
	</ul><a class="more" href="/list/yanjianggao/">更多演讲稿&gt;&gt;</a></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="得力文库-文档分享与下载平台", KEYWORDS="文档,演讲稿", DESC="得力文库", CUR="", ID1=DOCS[0]["id"], T1=DOCS[0]["speech"].title))
    fam.not_documents += ["/", "/list/yanjianggao/", "/list/yanjianggao/2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down.html\nDisallow: /search.html\nDisallow: /preview/\n")
    fam.check_ignore += [WATERMARK, "— 1 —", "— 2 —"]
    fam.noise += ["上传时间：", "预览已结束", "得力文库仅提供信息存储空间服务", "相关文档", "猜你喜欢", "自动缩放", "浙ICP备18031726号-3"]
    fam.note = ("each PDF line is its own span in the PDF.js text layer (mid-sentence breaks, digits in their own run); "
                "the — 1 — footer and the 得力文库 watermark sit where the page breaks; published_at: the first "
                "document's own date line （2024年6月21日）, the second prints none, so its upload date (上传时间)")
    return fam
