"""MBA智库文档 (doc.mbalib.com/view/HEX.html)-like document page: `/view/<32 hex>.html` titled
`标题 - 智库文档`, the MBA智库 top bar (百科 / 文档 / 资讯 / 问答 / 课程 / 学院 / APP), a `crumbs`
line (MBA智库文档 > 公文写作 > 讲话致辞), the `doc-header` with format icon, 页数 / 大小 / 上传时间 /
贡献者 and 评分 stars, the reader `#docReader` holding `.doc-page` boxes whose text layers are `<p>`s,
each page closed by its `page-num` (`- 1 -`), one paragraph running over a page break; the longer
document stops after 2 of 4 pages at `.doc-more` (`剩余2页未读，登录后继续阅读`, 下载 for 积分) →
truncated; the other ends with `已阅读到文档的结尾了`; 文档标签, a 免责声明 box, 下载 / 收藏 / 分享 bar,
猜你喜欢 and 相关文档 lists, the right column 贡献者 card and 热门文档, the MBA智库 footer with 沪ICP."""

from common import SPEECHES, Family, render

HOST = "doc.mbalib-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="mobile-agent" content="format=html5; url=https://m.mbalib-like.test/doc@@PATH@@" />
<link rel="canonical" href="https://doc.mbalib-like.test@@PATH@@" />
<link rel="stylesheet" type="text/css" href="//static.mbalib-like.test/doc/css/common.css?v=20240320" />
<link rel="stylesheet" type="text/css" href="//static.mbalib-like.test/doc/css/view.css?v=20240320" />
<script type="text/javascript" src="//static.mbalib-like.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="topbar">
	<div class="w1000">
		<div class="topnav">
			<a href="https://www.mbalib-like.test/" target="_blank">MBA智库</a> |
			<a href="https://wiki.mbalib-like.test/" target="_blank">百科</a> |
			<a href="/" class="cur">文档</a> |
			<a href="https://news.mbalib-like.test/" target="_blank">资讯</a> |
			<a href="https://ask.mbalib-like.test/" target="_blank">问答</a> |
			<a href="https://class.mbalib-like.test/" target="_blank">课程</a> |
			<a href="https://www.mbalib-like.test/app/" target="_blank" rel="nofollow">APP</a>
		</div>
		<div class="toplogin" id="topLogin"><a href="https://passport.mbalib-like.test/login?from=doc" rel="nofollow">登录</a> | <a href="https://passport.mbalib-like.test/register?from=doc" rel="nofollow">注册</a></div>
	</div>
</div>
<div id="header" class="w1000">
	<a class="logo" href="/" title="MBA智库文档"><img src="//static.mbalib-like.test/doc/images/logo_doc.png" alt="MBA智库文档" /></a>
	<form class="search" action="/search" method="get"><input type="text" name="q" class="txt" value="" placeholder="搜索文档" /><input type="submit" class="btn" value="搜 索" /></form>
	<a class="upload" href="/upload" rel="nofollow">上传文档</a>
</div>
<div id="nav" class="w1000">
	<ul>
		<li><a href="/">首页</a></li>
		<li><a href="/list/guanli/">管理</a></li>
		<li><a href="/list/caijing/">财经</a></li>
		<li><a href="/list/yingxiao/">营销</a></li>
		<li><a href="/list/gongwen/" @@CUR@@>公文写作</a></li>
		<li><a href="/list/renli/">人力资源</a></li>
		<li><a href="/list/baogao/">研究报告</a></li>
	</ul>
</div>
"""

FOOT = """<div id="footer">
	<div class="w1000">
		<p><a href="https://www.mbalib-like.test/about/" rel="nofollow">关于我们</a> | <a href="https://www.mbalib-like.test/contact/" rel="nofollow">联系我们</a> | <a href="/help/" rel="nofollow">帮助中心</a> | <a href="/help/copyright.html" rel="nofollow">版权声明</a> | <a href="https://www.mbalib-like.test/sitemap/">网站地图</a></p>
		<p>&copy; 2006-2024 MBA智库 MBAlib-like.test 版权所有</p>
		<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">沪ICP备07503453号-1</a>　<img src="//static.mbalib-like.test/images/gongan.png" alt="" /> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=31010402001234" target="_blank" rel="nofollow">沪公网安备 31010402001234号</a></p>
	</div>
</div>
<script type="text/javascript" src="//static.mbalib-like.test/doc/js/view.js?v=20240320"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?1e9b3f0c5a7d2e4b8c6a0f3d9e1b7c5a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f44c-1"],
        "hex": "8e3b7f1a9c2d4e6f0a1b2c3d4e5f6a7b",
        "ext": "doc",
        "size": "36.50 KB",
        "pages": [[0, 1, 2], [3, 4], [5, 6, 7]],
        "shown": 3,
        "break": (3, 95),
        "uptime": "2024-03-15",
        "user": "安监小王",
        "views": 2874,
        "tags": ["安全生产", "工作会议", "讲话稿"],
        "score": "4.5",
    },
    {
        "speech": SPEECHES["f44c-2"],
        "hex": "c41d0e9b6a7f2385e1d0c9b8a7f6e5d4",
        "ext": "docx",
        "size": "27.12 KB",
        "pages": [[0, 1, 2, 3], [4, 5, 6], [7], [8, 9]],
        "shown": 2,
        "break": (4, 120),
        "uptime": "2025-01-21",
        "user": "行政办公室",
        "views": 965,
        "tags": ["表彰大会", "致辞", "年会"],
        "score": "4.0",
    },
]


def page_boxes(d):
    """`.doc-page` boxes; the paragraph at `break` runs over from its page into the next one."""
    paras = d["speech"].paras
    bidx, bat = d["break"]
    boxes, shown_paras = [], []
    total = len(d["pages"])
    for n, idxs in enumerate(d["pages"][: d["shown"]], 1):
        lines = []
        for i in idxs:
            lines.append(f'<p class="txt">{paras[i]}</p>')
            shown_paras.append(paras[i])
        if idxs[-1] + 1 == bidx:
            # the paragraph that runs over into the next page
            lines.append(f'<p class="txt">{paras[bidx][:bat]}</p>')
        if idxs[0] == bidx:
            lines[0] = f'<p class="txt">{paras[bidx][bat:]}</p>'
        boxes.append(
            f'\t\t<div class="doc-page" id="page_{n}" data-page="{n}">\n\t\t\t<div class="page-txt">\n\t\t\t\t'
            + "\n\t\t\t\t".join(lines)
            + f'\n\t\t\t</div>\n\t\t\t<div class="page-num">- {n} -</div>\n\t\t</div>'
        )
    return "\n".join(boxes), total


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


def doc_page(d, other):
    speech = d["speech"]
    boxes, total = page_boxes(d)
    if d["shown"] < total:
        more = f"""		<div class="doc-more" id="docMore">
			<div class="more-mask"></div>
			<p class="more-tip">剩余{total - d["shown"]}页未读，<a href="https://passport.mbalib-like.test/login?from=doc_more" rel="nofollow">登录</a>后继续阅读</p>
			<a class="btn-down" href="/download/{d["hex"]}" rel="nofollow">下载文档（需5积分）</a>
		</div>"""
    else:
        more = '		<div class="doc-end">已阅读到文档的结尾了</div>'
    tags = " ".join(f'<a href="/tag/{t}" target="_blank">{t}</a>' for t in d["tags"])
    page = HEAD + """<div id="crumbs" class="w1000"><a href="/">MBA智库文档</a> &gt; <a href="/list/gongwen/">公文写作</a> &gt; <a href="/list/gongwen/jianghua/">讲话致辞</a> &gt; <span>@@TITLE_SHORT@@</span></div>
<div id="main" class="w1000 clearfix">
	<div class="main-left">
		<div class="doc-header">
			<h1><i class="ico ico-@@EXT@@"></i>@@TITLE_SHORT@@</h1>
			<div class="doc-meta">
				<span>页数：@@TOTAL@@</span><span>大小：@@SIZE@@</span><span>上传时间：@@UPTIME@@</span><span>贡献者：<a href="/u/@@USER_ID@@" rel="nofollow">@@USER@@</a></span>
				<span class="score">评分：<i class="star star45"></i><em>@@SCORE@@</em></span>
				<span>浏览：@@VIEWS@@次</span>
			</div>
		</div>
		<div class="doc-tools">
			<a class="t-down" href="/download/@@HEX@@" rel="nofollow">下载</a>
			<a class="t-fav" href="javascript:;" onclick="Doc.fav('@@HEX@@')" rel="nofollow">收藏</a>
			<a class="t-print" href="javascript:;" onclick="Doc.print()" rel="nofollow">打印</a>
			<span class="t-share">分享到：<a class="s-wx" href="javascript:;" title="微信"></a><a class="s-wb" href="javascript:;" title="新浪微博"></a><a class="s-qq" href="javascript:;" title="QQ好友"></a></span>
		</div>
		<div id="docReader" class="doc-reader">
@@BOXES@@
@@MORE@@
		</div>
		<div class="doc-tags">文档标签：@@TAGS@@</div>
		<div class="doc-disclaimer">
			<p><b>免责声明：</b>本文档由用户上传至MBA智库文档，仅供学习交流使用，文档内容的真实性、准确性和完整性由上传者负责。如您认为本文档侵犯了您的权益，请<a href="/help/report?id=@@HEX@@" rel="nofollow">点此举报</a>，我们将在核实后及时处理。</p>
		</div>
		<div class="doc-bottom-bar">
			<a class="b-down" href="/download/@@HEX@@" rel="nofollow">下载此文档</a>
			<a class="b-fav" href="javascript:;" rel="nofollow">收藏</a>
			<span class="b-tip">下载本文档需要 <em>5</em> 积分，您当前未登录</span>
		</div>
		<div class="guess-like">
			<h3>猜你喜欢</h3>
			<ul>
				<li><a href="/view/@@OTHER_HEX@@.html" target="_blank">@@OTHER_TITLE@@</a></li>
				<li><a href="/view/5f0e7a3c2b1d9e8f7a6b5c4d3e2f1a0b.html" target="_blank">在年度工作总结会议上的讲话（范文）</a></li>
				<li><a href="/view/0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.html" target="_blank">领导讲话稿写作技巧与常用句式</a></li>
			</ul>
		</div>
		<div class="comment-box" id="comment">
			<h3>文档评论（0）</h3>
			<div class="comment-login">请<a href="https://passport.mbalib-like.test/login?from=doc_comment" rel="nofollow">登录</a>后发表评论</div>
		</div>
	</div>
	<div class="main-right">
		<div class="user-card">
			<img src="//static.mbalib-like.test/images/avatar/default_60.png" alt="" />
			<p class="name"><a href="/u/@@USER_ID@@" rel="nofollow">@@USER@@</a></p>
			<p class="stat">文档 <em>38</em>　|　关注 <em>12</em></p>
		</div>
		<div class="side-box">
			<h3>相关文档</h3>
			<ul>
				<li><a href="/view/@@OTHER_HEX@@.html" target="_blank">@@OTHER_TITLE@@</a></li>
				<li><a href="/view/7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a.html" target="_blank">讲话稿的结构与写法</a></li>
			</ul>
		</div>
		<div class="side-box">
			<h3>热门文档</h3>
			<ol>
				<li><a href="/view/3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f.html" target="_blank">SWOT分析模型详解</a></li>
				<li><a href="/view/9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c.html" target="_blank">企业绩效考核管理办法</a></li>
				<li><a href="/view/2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b.html" target="_blank">项目可行性研究报告模板</a></li>
			</ol>
		</div>
		<div class="side-ad" id="sideAd"><script type="text/javascript">mbaAd.show("doc_view_right");</script></div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{speech.title} - 智库文档", KEYWORDS=",".join(d["tags"]), DESC=speech.paras[1][:80],
                  PATH=f"/view/{d['hex']}.html", CUR="", TITLE_SHORT=speech.title, EXT=d["ext"], TOTAL=total,
                  SIZE=d["size"], UPTIME=d["uptime"], USER=d["user"], USER_ID=d["hex"][:8], SCORE=d["score"],
                  VIEWS=d["views"], HEX=d["hex"], BOXES=boxes, MORE=more, TAGS=tags,
                  OTHER_HEX=other["hex"], OTHER_TITLE=other["speech"].title)


def build() -> Family:
    fam = Family(HOST, "MBA智库文档 (doc.mbalib.com/view/HEX.html) document page: page boxes with page numbers, login wall")
    rows = "\n".join(
        f'\t\t\t<li><i class="ico ico-{d["ext"]}"></i><a href="/view/{d["hex"]}.html" target="_blank">{d["speech"].title}</a><span class="info">{len(d["pages"])}页　{d["uptime"]}</span></li>'
        for d in DOCS
    )
    listing = HEAD + """<div id="crumbs" class="w1000"><a href="/">MBA智库文档</a> &gt; <a href="/list/gongwen/">公文写作</a> &gt; <span>讲话致辞</span></div>
<div id="main" class="w1000 clearfix">
	<div class="main-left">
		<div class="list-box">
			<h2>讲话致辞</h2>
			<ul class="doc-list">
@@ROWS@@
			</ul>
			<div class="pages"><span class="cur">1</span></div>
		</div>
	</div>
</div>
""" + FOOT
    fam.put("/list/gongwen/jianghua/", render(listing, TITLE="讲话致辞 - 公文写作 - 智库文档", KEYWORDS="讲话致辞", DESC="讲话致辞文档",
                                            PATH="/list/gongwen/jianghua/", CUR='class="cur"', ROWS=rows))
    home = HEAD + """<div id="main" class="w1000 clearfix">
	<div class="home-box">
		<h2>最新文档</h2>
		<ul class="doc-list">
@@ROWS@@
		</ul>
		<p class="more"><a href="/list/gongwen/jianghua/">更多讲话致辞文档&gt;&gt;</a></p>
	</div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="MBA智库文档 - 管理资料下载与分享平台", KEYWORDS="MBA智库文档,管理文档", DESC="MBA智库文档",
                        PATH="/", CUR="", ROWS=rows))
    fam.not_documents += ["/", "/list/gongwen/jianghua/"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /download/\nDisallow: /search\nDisallow: /upload\nDisallow: /u/\n")
    for i, d in enumerate(DOCS):
        fam.put(f"/view/{d['hex']}.html", doc_page(d, DOCS[1 - i]))
        trunc = d["shown"] < len(d["pages"])
        fam.doc([f"/view/{d['hex']}.html"], d["speech"], truncated=trunc, text="\n".join(shown_text(d)),
                published_at=d["uptime"])
    fam.note = "published_at is the upload date printed in doc-meta (上传时间); one paragraph runs over a page break (page-num `- N -` between its halves)"
    fam.check_ignore += ["- 1 -", "- 2 -", "- 3 -"]
    fam.noise += ["剩余2页未读", "已阅读到文档的结尾了", "免责声明", "猜你喜欢", "文档标签", "沪ICP备07503453号-1", "上传时间：", "下载此文档"]
    return fam
