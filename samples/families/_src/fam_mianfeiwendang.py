"""免费文档网 (www.mianfeiwendang.com/doc/HEX)-like document page: extensionless `/doc/<40 hex>` pages
titled `标题_免费文档网`, the site's top bar (设为首页 / 加入收藏), logo + search, column nav, the
`当前位置：` crumb, `.doc_title` h1 with `.doc_info` (上传时间 / 页数 / 浏览 / 下载), a 下载文档 button
box and a 百度 ad slot before the text; the text in `#contents` as plain `<p>`s; a long document cut
into pages shown at `/doc/HEX?p=2` through the `.page` pager (上一页 1 2 下一页, 共2页) under the text;
`本文由 … 上传，如有侵权请联系删除` statement, 上一篇/下一篇, 相关文档 and 热门文档 lists, the
footer with its ICP line."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.mianfeiwendang-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/style.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="fl">欢迎来到免费文档网，海量文档免费下载！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a></span></div></div>
<div class="header wrap">
	<div class="logo"><a href="/"><img src="/static/images/logo.png" alt="免费文档网"></a></div>
	<div class="search"><form action="/search.php" method="get" target="_blank"><input type="text" name="q" class="s_text" placeholder="请输入关键词"><input type="submit" class="s_btn" value="搜索"></form></div>
</div>
<div class="nav"><ul class="wrap">
	<li><a href="/">首页</a></li>
	<li><a href="/list/jiaoyu/">教育文档</a></li>
	<li><a href="/list/fanwen/" @@CUR@@>范文大全</a></li>
	<li><a href="/list/zongjie/">工作总结</a></li>
	<li><a href="/list/jihua/">工作计划</a></li>
	<li><a href="/list/hetong/">合同协议</a></li>
	<li><a href="/list/qiye/">企业管理</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
	<div class="wrap">
		<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/copyright.html">版权声明</a> | <a href="/sitemap.xml">网站地图</a></p>
		<p>免费文档网 版权所有 Copyright &copy; 2014-2024 www.mianfeiwendang-like.test All Rights Reserved.</p>
		<p>本站所有文档均来自网友上传分享，仅供学习交流，如有侵权请联系我们删除。 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鄂ICP备14008721号-2</a></p>
	</div>
</div>
<script src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6c2f7e1b0d4a9c8e3f5b7a1d2c6e0f94";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f44c-3"],
        "hex": "3f9a1c7e5b2d8046ae1f3c5b7d9e0a2c4b6d8f10",
        "parts": 2,
        "uptime": "2024-04-12 16:08",
        "pages": 4,
        "views": 1536,
        "downs": 211,
        "user": "w***8",
    },
    {
        "speech": SPEECHES["f44c-4"],
        "hex": "a07c2e94b1d53f68e0a9c7b5d3f1e2a4c6b8d0e2",
        "parts": 1,
        "uptime": "2024-10-29 10:45",
        "pages": 3,
        "views": 842,
        "downs": 97,
        "user": "h***n",
    },
]


def pager(d, n):
    base = f"/doc/{d['hex']}"
    url = lambda k: base if k == 1 else f"{base}?p={k}"
    items = []
    items.append(f'<a href="{url(n - 1)}">上一页</a>' if n > 1 else '<span class="disabled">上一页</span>')
    for k in range(1, d["parts"] + 1):
        items.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    items.append(f'<a href="{url(n + 1)}">下一页</a>' if n < d["parts"] else '<span class="disabled">下一页</span>')
    return f'\t\t<div class="page">{"".join(items)}<span class="total">共{d["parts"]}页</span></div>'


def doc_page(d, other, n, runs):
    speech = d["speech"]
    body = "\n".join(f"\t\t\t<p>{p}</p>" for p in runs[n - 1])
    pg = pager(d, n) if d["parts"] > 1 else ""
    page = HEAD + """<div class="wrap main clearfix">
	<div class="position">当前位置：<a href="/">免费文档网</a> &gt; <a href="/list/fanwen/">范文大全</a> &gt; <a href="/list/fanwen/jianghuagao/">讲话稿</a> &gt; 正文</div>
	<div class="left">
		<div class="doc_title">
			<h1>@@TITLE_SHORT@@</h1>
			<div class="doc_info"><span>上传时间：@@UPTIME@@</span><span>页数：@@PAGES@@页</span><span>浏览：@@VIEWS@@</span><span>下载：@@DOWNS@@</span><span>上传者：@@USER@@</span></div>
		</div>
		<div class="downbox"><a class="btn_down" href="/down/@@HEX@@" rel="nofollow" target="_blank">下载文档</a><span class="tips">文档格式：.doc　免费下载，无需注册</span></div>
		<div class="ad_box"><script>BAIDU_CLB_fillSlot("1180523");</script></div>
		<div class="content" id="contents">
@@BODY@@
		</div>
@@PAGER@@
		<div class="statement">本文由 @@USER@@ 上传，免费文档网仅提供信息存储空间服务，如有侵权请联系删除。</div>
		<div class="prenext">
			<p>上一篇：<a href="/doc/@@OTHER_HEX@@">@@OTHER_TITLE@@</a></p>
			<p>下一篇：<a href="/doc/5e8d1f0a3c7b9e2d4f6a8c0e1b3d5f7a9c2e4b60">年度工作会议主持词</a></p>
		</div>
		<div class="relate">
			<h3>相关文档</h3>
			<ul>
				<li><a href="/doc/@@OTHER_HEX@@" target="_blank">@@OTHER_TITLE@@</a></li>
				<li><a href="/doc/1b3d5f7a9c0e2a4c6e8f0b2d4f6a8c0e1a3c5e70" target="_blank">领导讲话稿开头结尾大全</a></li>
				<li><a href="/doc/7c9e1a3b5d7f9b1d3f5a7c9e1b3d5f7a9c1e3a50" target="_blank">会议讲话稿范文十篇</a></li>
			</ul>
		</div>
	</div>
	<div class="right">
		<div class="r_box"><h3>热门文档</h3><ul>
			<li><a href="/doc/0d2f4b6a8c0e2f4a6c8e0b2d4f6a8c0e2b4d6f80">个人工作总结范文</a></li>
			<li><a href="/doc/9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a70">房屋租赁合同范本</a></li>
			<li><a href="/doc/2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b00">学生自我评价</a></li>
		</ul></div>
		<div class="r_ad"><script>BAIDU_CLB_fillSlot("1180524");</script></div>
	</div>
</div>
""" + FOOT
    title = speech.title if n == 1 else f"{speech.title}(第{n}页)"
    return render(page, TITLE=f"{title}_免费文档网", KEYWORDS=f"{speech.title},讲话稿", DESC=speech.paras[1][:90], CUR='class="on"',
                  TITLE_SHORT=speech.title, UPTIME=d["uptime"], PAGES=d["pages"], VIEWS=d["views"], DOWNS=d["downs"],
                  USER=d["user"], HEX=d["hex"], BODY=body, PAGER=pg, OTHER_HEX=other["hex"], OTHER_TITLE=other["speech"].title)


def build() -> Family:
    fam = Family(HOST, "免费文档网 (www.mianfeiwendang.com/doc/HEX) document page: extensionless /doc/HEX, ?p=2 pager", extensionless_html=True)
    rows = "\n".join(
        f'\t\t\t<li><a href="/doc/{d["hex"]}" target="_blank">{d["speech"].title}</a><span>{d["uptime"][:10]}</span></li>'
        for d in DOCS
    )
    listing = HEAD + """<div class="wrap main clearfix">
	<div class="position">当前位置：<a href="/">免费文档网</a> &gt; <a href="/list/fanwen/">范文大全</a> &gt; 讲话稿</div>
	<div class="left"><div class="list">
		<ul>
@@ROWS@@
		</ul>
		<div class="page"><span class="current">1</span><span class="total">共1页</span></div>
	</div></div>
</div>
""" + FOOT
    fam.put("/list/fanwen/jianghuagao/index.html", render(listing, TITLE="讲话稿_免费文档网", KEYWORDS="讲话稿", DESC="讲话稿", CUR='class="on"', ROWS=rows))
    home = HEAD + """<div class="wrap main clearfix">
	<div class="box"><h2>最新上传</h2><ul>
@@ROWS@@
	</ul><p class="more"><a href="/list/fanwen/jianghuagao/">更多讲话稿&gt;&gt;</a></p></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="免费文档网_海量文档免费下载", KEYWORDS="免费文档,文档下载", DESC="免费文档网", CUR="", ROWS=rows))
    fam.not_documents += ["/", "/list/fanwen/jianghuagao/"]
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /down/\nDisallow: /search.php\nSitemap: http://{HOST}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{HOST}/doc/{d['hex']}</loc><lastmod>{d['uptime'][:10]}</lastmod></url>" for d in DOCS)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"]) if d["parts"] > 1 else [list(d["speech"].paras)]
        pages = []
        for n in range(1, d["parts"] + 1):
            text = doc_page(d, DOCS[1 - i], n, runs)
            if n == 1:
                fam.put(f"/doc/{d['hex']}", text)
                pages.append(f"/doc/{d['hex']}")
            else:
                fam.route(f"/doc/{d['hex']}?p={n}", f"/doc/{d['hex']}_p{n}.html", text)
                pages.append(f"/doc/{d['hex']}?p={n}")
                fam.not_documents.append(f"/doc/{d['hex']}?p={n}")
        fam.doc(pages, d["speech"], published_at=d["uptime"][:10])
    fam.note = "published_at is the upload date in doc_info (上传时间); the first document's page 2 is the query route ?p=2 (a continuation page)"
    fam.noise += ["上传时间：", "下载文档", "免费文档网仅提供信息存储空间服务", "上一篇：", "相关文档", "热门文档", "鄂ICP备14008721号-2", "共2页"]
    return fam
