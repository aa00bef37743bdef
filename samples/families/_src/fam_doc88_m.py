"""道客巴巴 mobile (m.doc88.com/p-N.html)-like document page as a phone gets it: `/p-N.html` titled
`标题 - 道客巴巴`, the green top bar (logo, 搜索, 打开APP), the `doc-head` (format icon, title,
`N页 | 大小 | 上传于 YYYY-MM-DD | 浏览 N`, uploader with 关注), the reader `#readshow` with one
`.m-page` per page (a lazy page image kept for the print layer and the page's text in `.m-txt`, then
`.m-pnum` `第N页 / 共M页`), a paragraph running over a page break; the longer document stops with
`还剩3页未读，继续阅读` (a script button) and `下载APP 阅读全文` → truncated; the other ends with
`本文档已全部展示完毕`; the fixed bottom bar (收藏 / 分享 / 下载), 相关文档 cards, 大家都在看, the
道客巴巴 mobile footer (电脑版 / 客户端) with its ICP line and the APP float."""

from common import SPEECHES, Family, render

HOST = "m.doc88-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="https://www.doc88-like.test@@PATH@@">
<link rel="stylesheet" href="//mstatic.doc88-like.test/m/css/global.css?v=2024052201">
<link rel="stylesheet" href="//mstatic.doc88-like.test/m/css/doc.css?v=2024052201">
<script>var m_config = {p_code:"@@PCODE@@", p_id:"@@PID@@", is_login:0, channel:"wap"};</script>
</head>
<body>
<div class="m-top" id="mTop">
	<a class="m-top-logo" href="/"><img src="//mstatic.doc88-like.test/m/images/logo.png" alt="道客巴巴"></a>
	<a class="m-top-search" href="/search.html" rel="nofollow"><i class="ic-search"></i></a>
	<a class="m-top-app" href="https://www.doc88-like.test/app/?f=wap_top" rel="nofollow">打开APP</a>
	<a class="m-top-user" href="/login.html" rel="nofollow"><i class="ic-user"></i></a>
</div>
"""

FOOT = """<div class="m-foot">
	<p><a href="/">首页</a><a href="https://www.doc88-like.test/?pc=1" rel="nofollow">电脑版</a><a href="https://www.doc88-like.test/app/?f=wap_foot" rel="nofollow">客户端</a><a href="/help/feedback.html" rel="nofollow">反馈</a></p>
	<p>&copy;2008-2024 doc88-like.test 道客巴巴</p>
	<p><a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备10027418号-1</a></p>
</div>
<div class="m-appfloat" id="appFloat"><span class="logo"></span><span class="txt">道客巴巴APP<br>阅读体验更好</span><a href="https://www.doc88-like.test/app/?f=wap_float" rel="nofollow">打开</a><em class="x" onclick="document.getElementById('appFloat').style.display='none'">&times;</em></div>
<script src="//mstatic.doc88-like.test/m/js/zepto.js?v=2024052201"></script>
<script src="//mstatic.doc88-like.test/m/js/doc.js?v=2024052201"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4d9c2a7f1b8e3c6a0f5d2e9b7c1a4f83";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f44c-5"],
        "pid": "9723165048271",
        "pcode": "9723165048271_a7e",
        "ext": "docx",
        "size": "31.6KB",
        "pages": [[0, 1, 2], [3, 4], [5, 6, 7], [8], [9, 10]],
        "shown": 2,
        "break": (3, 110),
        "uptime": "2024-05-23",
        "views": 3105,
        "user": "公文写作素材库",
    },
    {
        "speech": SPEECHES["f44c-6"],
        "pid": "2184706359182",
        "pcode": "2184706359182_c03",
        "ext": "doc",
        "size": "28.9KB",
        "pages": [[0, 1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]],
        "shown": 3,
        "break": (5, 88),
        "uptime": "2024-06-24",
        "views": 771,
        "user": "研究生院小编",
    },
]


def boxes(d):
    paras = d["speech"].paras
    bidx, bat = d["break"]
    total = len(d["pages"])
    out = []
    for n, idxs in enumerate(d["pages"][: d["shown"]], 1):
        lines = [paras[i] for i in idxs]
        if idxs[0] == bidx:
            lines[0] = paras[bidx][bat:]
        if idxs[-1] + 1 == bidx:
            lines.append(paras[bidx][:bat])
        txt = "\n".join(f"\t\t\t<p>{x}</p>" for x in lines)
        out.append(f"""	<div class="m-page" id="page_{n}">
		<img class="m-pimg lazy" src="//mstatic.doc88-like.test/m/images/blank.gif" data-original="//mpage.doc88-like.test/{d["pcode"]}/{n}.png" alt="">
		<div class="m-txt">
{txt}
		</div>
		<div class="m-pnum">第{n}页 / 共{total}页</div>
	</div>""")
    return "\n".join(out), total


def shown_text(d):
    paras = d["speech"].paras
    if d["shown"] >= len(d["pages"]):
        return list(paras)
    last = d["pages"][d["shown"] - 1][-1]
    bidx, bat = d["break"]
    out = list(paras[: last + 1])
    if last + 1 == bidx:
        out.append(paras[bidx][:bat])
    return out


def related(other):
    return f"""<div class="m-box m-rel">
	<h3>相关文档</h3>
	<ul>
		<li><a href="/p-{other["pid"]}.html"><i class="ic-{other["ext"]}"></i><p class="t">{other["speech"].title}</p><p class="i">{len(other["pages"])}页</p></a></li>
		<li><a href="/p-1390572846105.html"><i class="ic-doc"></i><p class="t">营商环境专题调研报告</p><p class="i">12页</p></a></li>
		<li><a href="/p-7502618394027.html"><i class="ic-pdf"></i><p class="t">领导讲话稿写作要点</p><p class="i">6页</p></a></li>
	</ul>
</div>
<div class="m-box m-hot">
	<h3>大家都在看</h3>
	<ul>
		<li><a href="/p-6021847395028.html">2024年政府工作报告全文</a></li>
		<li><a href="/p-3918264057183.html">党课讲稿：坚定理想信念</a></li>
	</ul>
</div>"""


def doc_page(d, other):
    speech = d["speech"]
    bx, total = boxes(d)
    if d["shown"] < total:
        more = f"""	<div class="m-more" id="readMore">
		<div class="m-more-mask"></div>
		<a class="m-more-btn" href="javascript:;" onclick="Doc.loadMore()">还剩{total - d["shown"]}页未读，继续阅读</a>
		<a class="m-more-app" href="https://www.doc88-like.test/app/?f=wap_more&amp;p={d["pcode"]}" rel="nofollow">下载APP 阅读全文</a>
	</div>"""
    else:
        more = '	<div class="m-end">本文档已全部展示完毕</div>'
    page = HEAD + """<div class="doc-head">
	<h1><i class="ic-@@EXT@@"></i>@@TITLE_SHORT@@</h1>
	<p class="doc-attr">@@TOTAL@@页 | @@SIZE@@ | 上传于@@UPTIME@@ | 浏览@@VIEWS@@</p>
	<div class="doc-user"><img src="//mstatic.doc88-like.test/m/images/head_default.png" alt=""><span>@@USER@@</span><a class="gz" href="/login.html" rel="nofollow">+关注</a></div>
</div>
<div class="m-read" id="readshow">
@@BOXES@@
@@MORE@@
</div>
<div class="m-statement">文档由用户上传，道客巴巴仅提供存储空间服务，若内容侵权请<a href="/help/tort.html?p=@@PCODE@@" rel="nofollow">投诉</a></div>
<div class="m-ad"><script>doc88WapAd("wap_view_1");</script></div>
@@REL@@
<div class="m-bar" id="mBar">
	<a class="fav" href="/login.html" rel="nofollow"><i></i>收藏</a>
	<a class="share" href="javascript:;" onclick="Doc.share()"><i></i>分享</a>
	<a class="down" href="https://www.doc88-like.test/app/?f=wap_down&amp;p=@@PCODE@@" rel="nofollow">下载（.@@EXT@@）</a>
</div>
""" + FOOT
    return render(page, TITLE=f"{speech.title} - 道客巴巴", KEYWORDS=f"{speech.title},道客巴巴", DESC=speech.paras[1][:80],
                  PATH=f"/p-{d['pid']}.html", PCODE=d["pcode"], PID=d["pid"], EXT=d["ext"], TITLE_SHORT=speech.title,
                  TOTAL=total, SIZE=d["size"], UPTIME=d["uptime"], VIEWS=d["views"], USER=d["user"], BOXES=bx, MORE=more,
                  REL=related(other))


def build() -> Family:
    fam = Family(HOST, "道客巴巴 mobile (m.doc88.com/p-N.html) document page as a phone gets it: per-page text boxes, 继续阅读 / APP wall")
    items = "\n".join(
        f'\t\t<li><a href="/p-{d["pid"]}.html"><i class="ic-{d["ext"]}"></i><p class="t">{d["speech"].title}</p><p class="i">{len(d["pages"])}页 · {d["uptime"]}</p></a></li>'
        for d in DOCS
    )
    home = HEAD + """<div class="m-banner"><a href="https://www.doc88-like.test/app/?f=wap_home" rel="nofollow"><img src="//mstatic.doc88-like.test/m/images/banner.jpg" alt="道客巴巴APP"></a></div>
<div class="m-box m-new">
	<h3>最新文档</h3>
	<ul>
@@ITEMS@@
	</ul>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="道客巴巴 - 在线文档分享平台", KEYWORDS="道客巴巴,文档", DESC="道客巴巴手机版", PATH="/", PCODE="", PID="", ITEMS=items))
    fam.not_documents.append("/")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.html\nDisallow: /search.html\nDisallow: /help/\n")
    for i, d in enumerate(DOCS):
        fam.put(f"/p-{d['pid']}.html", doc_page(d, DOCS[1 - i]))
        fam.doc([f"/p-{d['pid']}.html"], d["speech"], truncated=d["shown"] < len(d["pages"]),
                text="\n".join(shown_text(d)), published_at=d["uptime"])
    fam.note = "published_at is the upload date (上传于); a paragraph runs over a page break with `第N页 / 共M页` between its halves"
    fam.check_ignore += [f"第{n}页 / 共{len(d['pages'])}页" for d in DOCS for n in range(1, d["shown"] + 1)]
    fam.noise += ["还剩3页未读，继续阅读", "下载APP 阅读全文", "本文档已全部展示完毕", "上传于", "道客巴巴仅提供存储空间服务",
                  "相关文档", "大家都在看", "浙ICP备10027418号-1", "打开APP"]
    return fam
