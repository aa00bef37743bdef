"""第一文库网 (www.wenku1.com)-like document pages: `/news/<16 upper hex>.html` titled `标题_第一文库网`,
the whole text in `div#doctext` as `<p>`s (the site prints the document's text, no page images),
header with logo / search box / column nav, `当前位置：` crumb, `h1` and an info line (时间 / 分类 /
浏览), a 下载Word文档 box and an ad slot before the text, 本文来源 / 免责 line, 上一篇 / 下一篇,
相关文档 (other rows not served), 热门文档 sidebar, footer with ICP; keyword listing pages
`/list/<keyword>/` (percent-encoded 讲话稿) print one `<fieldset>` per document (legend link,
snippet, date), paged `index_2.html`."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family, render

HOST = "www.diyi-wenku1.test"


class Wenku1Family(Family):
    """The keyword listing's folder is stored under its decoded name (as the replica serves it)."""

    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key
KW = quote("讲话稿")

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/uaredirect.js"></script>
<script type="text/javascript">uaredirect("http://m.diyi-wenku1.test@@PATH@@");</script>
</head>
<body>
<div class="top">
	<div class="w1000">
		<span class="l">第一文库网，海量文档免费阅读！</span>
		<span class="r"><a href="/" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.diyi-wenku1.test/');return false;">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.diyi-wenku1.test/','第一文库网')">加入收藏</a></span>
	</div>
</div>
<div class="header w1000">
	<div class="logo"><a href="/" title="第一文库网"><img src="/images/logo.gif" alt="第一文库网" /></a></div>
	<div class="search">
		<form action="/search.php" method="get" target="_blank">
			<input type="text" name="q" id="q" class="inp" value="" /><input type="submit" class="btn" value="搜文档" />
		</form>
		<p class="hot">热门搜索：<a href="/list/%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93/">工作总结</a> <a href="/list/@@KW@@/">讲话稿</a> <a href="/list/%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A/">心得体会</a> <a href="/list/%E8%87%B4%E8%BE%9E/">致辞</a></p>
	</div>
</div>
<div class="nav">
	<ul class="w1000">
		<li><a href="/">首页</a></li>
		<li><a href="/list/%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93/">工作总结</a></li>
		<li><a href="/list/%E5%B7%A5%E4%BD%9C%E8%AE%A1%E5%88%92/">工作计划</a></li>
		<li><a href="/list/@@KW@@/">讲话稿</a></li>
		<li><a href="/list/%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A/">心得体会</a></li>
		<li><a href="/list/%E5%90%88%E5%90%8C%E8%8C%83%E6%9C%AC/">合同范本</a></li>
		<li><a href="/list/%E6%95%99%E5%AD%A6%E8%AE%BE%E8%AE%A1/">教学设计</a></li>
		<li><a href="http://zidian.diyi-wenku1.test/" target="_blank">字典</a></li>
	</ul>
</div>
"""

FOOT = """<div class="footer">
	<p><a href="/about.html" rel="nofollow">关于我们</a> | <a href="/contact.html" rel="nofollow">联系我们</a> | <a href="/mianze.html" rel="nofollow">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
	<p>Copyright &copy; 2012-2024 第一文库网 www.diyi-wenku1.test All Rights Reserved</p>
	<p>本站文档均来自互联网及网友上传，仅供学习交流，如有侵犯您的版权，请与我们联系删除。 <a href="http://www.miibeian.gov.cn/" target="_blank" rel="nofollow">豫ICP备12016813号-1</a></p>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F0c8d1a5b2e7f4936a0b1c2d3e4f5a6b7' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f46c-1"], "hex": "0E7A3C9B51D46F28", "time": "2024-03-25", "views": 2317},
    {"speech": SPEECHES["f46c-4"], "hex": "A41F6D08C3B7952E", "time": "2024-08-23", "views": 986},
]
FILLER = [
    ("5C2E81F0A97D3B64", "在全县春季农业生产工作会议上的讲话", "2024-03-12", "同志们：今天召开全县春季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署春季农业生产工作……"),
    ("B83D047E2A6C19F5", "校长在秋季开学典礼上的讲话", "2024-09-02", "老师们、同学们：金秋九月，我们迎来了新学年的开学典礼。首先，我代表学校向新同学表示热烈欢迎……"),
]


def fieldset(hexid, title, date, snippet):
    return f"""		<fieldset>
			<legend><a href="/news/{hexid}.html" target="_blank">{title}</a></legend>
			<p>{snippet}</p>
			<p class="date">时间：{date}</p>
		</fieldset>"""


def doc_page(d, other):
    s = d["speech"]
    body = "\n".join(f"\t\t\t<p>{p}</p>" for p in s.paras)
    page = HEAD + """<div class="w1000 main">
	<div class="position">当前位置：<a href="/">第一文库网</a> &gt; <a href="/list/@@KW@@/">讲话稿</a> &gt; @@STITLE@@</div>
	<div class="main_l">
		<div class="article">
			<h1>@@STITLE@@</h1>
			<div class="info">时间：@@TIME@@　分类：<a href="/list/@@KW@@/">讲话稿</a>　浏览：<span id="hits">@@VIEWS@@</span>次</div>
			<div class="downword"><a href="/down.php?id=@@HEX@@" target="_blank" rel="nofollow">下载Word文档</a><span>本文档为Word格式，下载后可编辑修改</span></div>
			<div class="ad728"><script type="text/javascript">/*728*90 创建于 2014-05-21*/var cpro_id = "u1563082";</script><script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>
			<div id="doctext">
@@BODY@@
			</div>
			<div class="laiyuan">本文来源：<a href="http://www.diyi-wenku1.test/news/@@HEX@@.html">http://www.diyi-wenku1.test/news/@@HEX@@.html</a></div>
			<div class="mianze">免责声明：本文档由网友上传分享，仅供学习参考，版权归原作者所有。如有侵权，请联系我们删除。</div>
			<div class="prenext">
				<p>上一篇：<a href="/news/@@OTHER_HEX@@.html">@@OTHER_TITLE@@</a></p>
				<p>下一篇：<a href="/news/5C2E81F0A97D3B64.html">在全县春季农业生产工作会议上的讲话</a></p>
			</div>
		</div>
		<div class="xiangguan">
			<h3>相关文档</h3>
			<ul>
				<li><a href="/news/@@OTHER_HEX@@.html" target="_blank">@@OTHER_TITLE@@</a></li>
				<li><a href="/news/5C2E81F0A97D3B64.html" target="_blank">在全县春季农业生产工作会议上的讲话</a></li>
				<li><a href="/news/B83D047E2A6C19F5.html" target="_blank">校长在秋季开学典礼上的讲话</a></li>
				<li><a href="/news/7F0D2B96E4A1C583.html" target="_blank">领导讲话稿开场白大全</a></li>
			</ul>
		</div>
	</div>
	<div class="main_r">
		<div class="box"><h3>热门文档</h3><ul>
			<li><a href="/news/2D9C6A13F07B84E5.html">个人工作总结范文</a></li>
			<li><a href="/news/E5B1708A4C3D29F6.html">入党积极分子思想汇报</a></li>
			<li><a href="/news/93A6F2C1D8E0475B.html">房屋租赁合同简单版</a></li>
			<li><a href="/news/1C8E5D7B0A2F6349.html">大学生自我鉴定</a></li>
		</ul></div>
		<div class="ad300"><script type="text/javascript">var cpro_id = "u1563085";</script><script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title}_第一文库网", KEYWORDS=f"{s.title},讲话稿", DESC=s.paras[1][:100], KW=KW,
                  PATH=f"/news/{d['hex']}.html", STITLE=s.title, TIME=d["time"], VIEWS=d["views"], HEX=d["hex"], BODY=body,
                  OTHER_HEX=other["hex"], OTHER_TITLE=other["speech"].title)


def listing(sets, pager, path):
    page = HEAD + """<div class="w1000 main">
	<div class="position">当前位置：<a href="/">第一文库网</a> &gt; 讲话稿</div>
	<div class="main_l">
		<h2 class="ltitle">讲话稿</h2>
@@SETS@@
		<div class="pages">@@PAGER@@</div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE="讲话稿_第一文库网", KEYWORDS="讲话稿,讲话稿范文", DESC="第一文库网为您提供讲话稿相关文档。", KW=KW, PATH=path, SETS=sets, PAGER=pager)


def build() -> Family:
    fam = Wenku1Family(HOST, "第一文库网 (www.wenku1.com) document pages: /news/HEX.html, div#doctext, keyword list of fieldsets")
    d0, d1 = DOCS
    snip = lambda s: s.paras[0] + s.paras[1][:60] + "……"
    list1 = "\n".join([fieldset(d0["hex"], d0["speech"].title, d0["time"], snip(d0["speech"])),
                       fieldset(*FILLER[0][:3], FILLER[0][3])])
    list2 = "\n".join([fieldset(d1["hex"], d1["speech"].title, d1["time"], snip(d1["speech"])),
                       fieldset(*FILLER[1][:3], FILLER[1][3])])
    base = f"/list/{KW}/"
    store = "/list/讲话稿/"
    fam.put(store, listing(list1, f'<span class="current">1</span><a href="{base}index_2.html">2</a><a href="{base}index_2.html">下一页</a><span>共2页</span>', base))
    fam.put(store + "index_2.html", listing(list2, f'<a href="{base}">上一页</a><a href="{base}">1</a><span class="current">2</span><span>共2页</span>', base + "index_2.html"))
    home = HEAD + """<div class="w1000 main">
	<div class="box_l"><h2><a href="/list/@@KW@@/">讲话稿</a></h2><ul>
@@ROWS@@
	</ul></div>
</div>
""" + FOOT
    rows = "\n".join(f'\t\t<li><span>{d["time"][5:]}</span><a href="/news/{d["hex"]}.html">{d["speech"].title}</a></li>' for d in DOCS)
    fam.put("/", render(home, TITLE="第一文库网_海量文档免费阅读", KEYWORDS="文库,文档,范文", DESC="第一文库网", KW=KW, PATH="/", ROWS=rows))
    fam.not_documents += ["/", base, base + "index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down.php\nDisallow: /search.php\n")
    for i, d in enumerate(DOCS):
        path = f"/news/{d['hex']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc([path], d["speech"], published_at=d["time"])
    fam.note = "published_at is the 时间 printed in the info line (the posting date, days after the speech); other /news/ rows are not served"
    fam.noise += ["下载Word文档", "本文来源：", "免责声明：", "上一篇：", "相关文档", "热门文档", "豫ICP备12016813号-1", "第一文库网，海量文档免费阅读！"]
    return fam
