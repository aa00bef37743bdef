"""豆丁网 mobile (m.docin.com/p-N.html) as a phone gets it: `/p-N.html` titled with the uploader's file
name, the 打开APP top bar, `doc-info` (页数 / 阅读 / 上传时间), preview pages as lazy page images
(`data-src`), the preview's text in a `doc-txt` block that opens with the Word file's own centred
title / speaker / date lines, a `read-more` wall (`剩余2页未读，打开豆丁APP继续阅读`) cutting the longer
document mid-paragraph (→ truncated), the complete shorter one ending with `已经到底了`, the bottom
download bar (下载 / 收藏 / 打开APP), 相关文档, the app-download float and the mobile footer."""

from common import SPEECHES, Family, render

HOST = "m.docin-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="https://www.docin-like.test@@PATH@@">
<link rel="stylesheet" href="//mst.docin-like.test/m/css/m_base.css?v=20240515">
<link rel="stylesheet" href="//mst.docin-like.test/m/css/m_doc.css?v=20240515">
<script>var _docinM = {pid:"@@PID@@", platform:"wap"};</script>
</head>
<body>
<header class="m-header">
	<a class="m-logo" href="/"><img src="//mst.docin-like.test/m/images/logo_m.png" alt="豆丁网"></a>
	<a class="m-search" href="/search.do" rel="nofollow"><i class="icon-search"></i></a>
	<a class="m-openapp" href="https://app.docin-like.test/download?from=wap_top" rel="nofollow">打开APP</a>
	<a class="m-login" href="/login.do" rel="nofollow">登录</a>
</header>
"""

FOOT = """<footer class="m-footer">
	<p><a href="/">首页</a> | <a href="https://www.docin-like.test/?pc=1" rel="nofollow">电脑版</a> | <a href="/help/feedback.do" rel="nofollow">意见反馈</a></p>
	<p>&copy;2008-2024 豆丁网 docin-like.test</p>
	<p><a href="https://beian.miit.gov.cn/" rel="nofollow">沪ICP备09037277号-3</a></p>
</footer>
<div class="m-app-float" id="appFloat"><img src="//mst.docin-like.test/m/images/app_icon.png" alt=""><span>豆丁APP 海量文档免费读</span><a href="https://app.docin-like.test/download?from=wap_float" rel="nofollow">立即打开</a><i class="close" onclick="this.parentNode.style.display='none'">&times;</i></div>
<script src="//mst.docin-like.test/m/js/zepto.min.js"></script>
<script src="//mst.docin-like.test/m/js/lazyload.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f41d-5"],
        "pid": 2810473562,
        "file": "2024年高三毕业典礼暨成人礼教师代表发言稿（精选）",
        "ext": "docx",
        "total": 4,
        "preview": 2,
        "cut": (7, 38),
        "uploader": "周老师的文档",
        "uptime": "2024-06-12",
        "views": 1289,
        "byline": ["高三（七）班班主任　周敏", "（2024年6月10日）"],
    },
    {
        "speech": SPEECHES["f41d-6"],
        "pid": 2795512048,
        "file": "区长在2024年一季度重点项目集中开工仪式上的致辞",
        "ext": "doc",
        "total": 3,
        "preview": 3,
        "cut": None,
        "uploader": "公文小助手",
        "uptime": "2024-03-01",
        "views": 457,
        "byline": ["（2024年2月28日）"],
    },
]


def shown(d):
    paras = d["speech"].paras
    if not d["cut"]:
        return list(paras)
    idx, chars = d["cut"]
    return list(paras[:idx]) + [paras[idx][:chars]]


def related(d, other):
    return f"""	<section class="m-related">
		<h3 class="m-tit">相关文档</h3>
		<ul>
			<li><a href="/p-{other["pid"]}.html"><img src="//mpic.docin-like.test/p-{other["pid"]}/1_s.png" alt=""><div><p class="name">{other["file"]}</p><p class="meta">{other["total"]}页 · {other["views"]}阅读</p></div></a></li>
			<li><a href="/p-2790013377.html"><img src="//mpic.docin-like.test/p-2790013377/1_s.png" alt=""><div><p class="name">毕业典礼学生代表发言稿5篇</p><p class="meta">6页 · 2311阅读</p></div></a></li>
			<li><a href="/p-2784402158.html"><img src="//mpic.docin-like.test/p-2784402158/1_s.png" alt=""><div><p class="name">重点项目建设推进会讲话提纲</p><p class="meta">4页 · 860阅读</p></div></a></li>
		</ul>
	</section>"""


def doc_page(d, other):
    speech = d["speech"]
    imgs = "\n".join(
        f"""		<div class="page-item" data-page="{n}"><img class="lazy" src="//mst.docin-like.test/m/images/loading.gif" data-src="//mpic.docin-like.test/p-{d["pid"]}/{n}.png?w=750" alt="{d["file"]}_第{n}页"><span class="page-num">{n}/{d["total"]}</span></div>"""
        for n in range(1, d["preview"] + 1)
    )
    head = [f'<p style="text-align:center"><b>{speech.title}</b></p>'] + [
        f'<p style="text-align:center">{line}</p>' for line in d["byline"]
    ]
    txt = "\n".join(head + [f"<p>{p}</p>" for p in shown(d)])
    if d["total"] > d["preview"]:
        wall = f"""	<div class="read-more" id="readMore">
		<div class="mask"></div>
		<p class="tip">剩余{d["total"] - d["preview"]}页未读，打开豆丁APP继续阅读</p>
		<a class="btn-app" href="https://app.docin-like.test/open?pid={d["pid"]}&amp;from=wap_readmore" rel="nofollow">打开APP阅读全文</a>
		<a class="btn-vip" href="/vip/index.do?from=wap_readmore" rel="nofollow">开通VIP 免费下载</a>
	</div>"""
    else:
        wall = '	<div class="read-end">— 已经到底了 —</div>'
    page = HEAD + """<div class="m-doc" id="docMain">
	<h1 class="doc-title"><i class="ico-@@EXT@@"></i>@@FILE@@</h1>
	<div class="doc-info"><span>@@TOTAL@@页</span><span>@@VIEWS@@阅读</span><span>上传时间：@@UPTIME@@</span></div>
	<div class="doc-user"><img src="//mst.docin-like.test/m/images/avatar_default.png" alt=""><a href="/u/@@PID@@" rel="nofollow">@@UPLOADER@@</a><a class="follow" href="/login.do" rel="nofollow">+关注</a></div>
	<div class="doc-pages" id="docPages">
@@IMGS@@
	</div>
	<div class="doc-txt" id="docTxt">
@@TXT@@
	</div>
@@WALL@@
	<div class="doc-copyright">本文档由用户上传，版权归属用户，豆丁仅提供信息存储空间服务。如有侵权请<a href="/help/report.do?pid=@@PID@@" rel="nofollow">举报</a>。</div>
</div>
<div class="m-ad" id="wapAd1"><script>docinWapAd("wap_doc_bottom");</script></div>
@@REL@@
<div class="m-bottom-bar">
	<a class="fav" href="/login.do" rel="nofollow"><i></i>收藏</a>
	<a class="share" href="javascript:;"><i></i>分享</a>
	<a class="download" href="https://app.docin-like.test/open?pid=@@PID@@&amp;from=wap_download" rel="nofollow">下载文档（.@@EXT@@）</a>
</div>
""" + FOOT
    return render(page, TITLE=f"{d['file']} - 豆丁网", KEYWORDS=f"{d['file']},豆丁网", DESC=f"{d['file']}{speech.paras[1][:50]}",
                  PATH=f"/p-{d['pid']}.html", PID=d["pid"], EXT=d["ext"], FILE=d["file"], TOTAL=d["total"], VIEWS=d["views"],
                  UPTIME=d["uptime"], UPLOADER=d["uploader"], IMGS=imgs, TXT=txt, WALL=wall, REL=related(d, other))


def build() -> Family:
    fam = Family(HOST, "豆丁网 mobile (m.docin.com) document page as a phone gets it: file-name title, lazy page images, doc-txt block, 打开APP wall")
    items = "\n".join(
        f'		<li><a href="/p-{d["pid"]}.html"><img src="//mpic.docin-like.test/p-{d["pid"]}/1_s.png" alt=""><div><p class="name">{d["file"]}</p><p class="meta">{d["total"]}页 · {d["uptime"]}</p></div></a></li>'
        for d in DOCS
    )
    fam.put("/", render(HEAD + """<div class="m-banner"><a href="https://app.docin-like.test/download?from=wap_home" rel="nofollow"><img src="//mst.docin-like.test/m/images/banner_app.jpg" alt="下载豆丁APP"></a></div>
<section class="m-list"><h3 class="m-tit">最新文档</h3><ul>
@@ITEMS@@
</ul></section>
""" + FOOT, TITLE="豆丁网-手机版", KEYWORDS="豆丁,文档", DESC="豆丁网手机版", PATH="/", PID="", ITEMS=items))
    fam.not_documents.append("/")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.do\nDisallow: /search.do\nDisallow: /u/\nDisallow: /vip/\n")
    for i, d in enumerate(DOCS):
        fam.put(f"/p-{d['pid']}.html", doc_page(d, DOCS[1 - i]))
        fam.doc([f"/p-{d['pid']}.html"], d["speech"], truncated=d["total"] > d["preview"],
                text="\n".join(shown(d)), published_at=d["uptime"])
    fam.note = ("title is the speech's own (the page heads it with the uploaded file's name); published_at is the "
                "upload date (上传时间), not the date line printed in the text")
    fam.noise += ["2024年高三毕业典礼暨成人礼教师代表发言稿（精选）", "打开APP", "剩余2页未读", "打开豆丁APP继续阅读", "已经到底了",
                  "上传时间：", "本文档由用户上传", "相关文档", "下载文档", "沪ICP备09037277号-3", "豆丁APP 海量文档免费读",
                  "高三（七）班班主任　周敏", "（2024年6月10日）"]
    return fam
