"""范文 site on HkCMS, the `m.` mobile template — HOLDOUT pair with `fam_hkcms_fanwen_qiaomu` (desktop).

Home `/` (sticky header with ☰ menu, 栏目 grid, 最新范文 list) → column `/jianghua/` (`加载更多` link to
`/jianghua/?page=2`, a query route, not a document) → articles `/jianghua/<id>.html` carrying the WHOLE text
(the desktop splits it over two pages) inside `div.article-content` folded by CSS (`max-height:480px;
overflow:hidden` in the page's style block) with a gradient mask and a `展开阅读全文` button whose script
removes the fold; canonical to the desktop page; 导读 line, 阅读 N, 上一篇 / 下一篇, 相关范文, bottom tab bar
(首页 / 分类 / 搜索 / 电脑版), `Powered by HkCMS` footer."""

from common import Family, render

from fam_hkcms_fanwen_qiaomu import ARTS, HOST

MHOST = "m.fanwenhk-qiaomu-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@CANON@@
<link rel="stylesheet" href="/template/mobile/fanwen/static/css/m.css">
<style>
.article-content.fold{max-height:480px;overflow:hidden;position:relative}
.unfold-field{position:relative;text-align:center;padding:10px 0 16px}
.unfold-field .mask{position:absolute;left:0;right:0;top:-80px;height:80px;background:linear-gradient(rgba(255,255,255,0),#fff)}
.unfold-field .unfold-btn{display:inline-block;color:#e4393c;border:1px solid #e4393c;border-radius:16px;padding:4px 22px;font-size:14px}
</style>
</head>
<body>
<header class="m-header"><a class="m-menu" href="javascript:;" id="menuBtn">☰</a><a class="m-logo" href="/"><img src="/uploads/images/20230412/m_logo.png" alt="范文汇"></a><a class="m-search" href="/search.html">搜索</a></header>
<div class="m-menu-list" id="menuList" style="display:none"><a href="/">首页</a><a href="/jianghua/">讲话稿</a><a href="/fayan/">发言稿</a><a href="/yanjiang/">演讲稿</a><a href="/zongjie/">工作总结</a><a href="/xinde/">心得体会</a></div>
"""

FOOT = """<footer class="m-footer"><p>&copy; 2024 范文汇 Powered by HkCMS</p><p>苏ICP备2021034567号-1</p></footer>
<div class="m-tabbar"><a href="/">首页</a><a href="/jianghua/">分类</a><a href="/search.html">搜索</a><a href="http://@@HOST@@@@PCPATH@@">电脑版</a></div>
<script src="/template/mobile/fanwen/static/js/zepto.min.js"></script>
<script>
$('#menuBtn').on('click',function(){$('#menuList').toggle();});
$('#unfoldBtn').on('click',function(){$('#artContent').removeClass('fold');$('#unfoldField').hide();});
</script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""


def art_page(d, prev, nxt):
    s = d["speech"]
    path = f"/jianghua/{d['id']}.html"
    page = HEAD + """<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/jianghua/">讲话稿</a></div>
<article class="m-article">
<h1>@@H1@@</h1>
<div class="m-info"><span>@@DATE@@</span><span>阅读 @@HITS@@</span></div>
<div class="m-daodu">导读：本文是范文汇为大家整理的@@H1@@，仅供参考。</div>
<div class="article-content fold" id="artContent">
@@BODY@@
</div>
<div class="unfold-field" id="unfoldField"><div class="mask"></div><a class="unfold-btn" id="unfoldBtn" href="javascript:;">展开阅读全文 ∨</a></div>
<div class="m-prenext"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
</article>
<div class="m-related"><h3>相关范文</h3><ul>
<li><a href="/jianghua/1266.html">在机关青年干部读书班上的讲话</a></li>
<li><a href="/yanjiang/1318.html">毕业典礼教师代表发言</a></li>
</ul></div>
""" + FOOT
    return render(page, TITLE=f"{s.title}_范文汇手机版", KEYWORDS=",".join(d["tags"]), DESC=s.paras[1][:80],
                  CANON=f'<link rel="canonical" href="http://{HOST}{path}">', H1=s.title, DATE=d["time"][:10], HITS=d["hits"],
                  BODY="\n".join(f"<p>{p}</p>" for p in s.paras), PREV=prev, NEXT=nxt, HOST=HOST, PCPATH=path)


def listing(rows, n):
    more = ('<a class="m-more" href="/jianghua/?page=2">加载更多</a>' if n == 1 else
            '<div class="m-pages"><a href="/jianghua/">上一页</a><span>2/2</span></div>')
    page = HEAD + """<div class="m-crumb"><a href="/">首页</a> &gt; 讲话稿</div>
<ul class="m-list">
@@ROWS@@
</ul>
@@MORE@@
""" + FOOT
    return render(page, TITLE=f"讲话稿{'_第2页' if n == 2 else ''}_范文汇手机版", KEYWORDS="讲话稿", DESC="讲话稿范文",
                  CANON=f'<link rel="canonical" href="http://{HOST}/jianghua/">', ROWS=rows, MORE=more, HOST=HOST,
                  PCPATH="/jianghua/")


def build() -> Family:
    fam = Family(MHOST, "范文 site on HkCMS, m. mobile pages: whole text under a CSS fold with 展开阅读全文")
    a, b = ARTS
    link = lambda d: f'<a href="/jianghua/{d["id"]}.html">{d["speech"].title}</a>'
    fam.put(f"/jianghua/{a['id']}.html", art_page(a, '<a href="/jianghua/1266.html">在机关青年干部读书班上的讲话</a>', link(b)))
    fam.put(f"/jianghua/{b['id']}.html", art_page(b, link(a), "没有了"))
    row = lambda href, t, date: f'<li><a href="{href}"><h3>{t}</h3><span>{date}</span></a></li>'
    rows1 = [row(f"/jianghua/{b['id']}.html", b["speech"].title, b["time"][:10]),
             row("/jianghua/1330.html", "在全区安全生产工作会议上的讲话", "2024-06-17")]
    rows2 = [row(f"/jianghua/{a['id']}.html", a["speech"].title, a["time"][:10]),
             row("/jianghua/1266.html", "在机关青年干部读书班上的讲话", "2024-04-22")]
    fam.put("/jianghua/", listing("\n".join(rows1), 1))
    fam.route("/jianghua/?page=2", "/jianghua/index_page2.html", listing("\n".join(rows2), 2))
    home = HEAD + """<div class="m-grid"><a href="/jianghua/">讲话稿</a><a href="/fayan/">发言稿</a><a href="/yanjiang/">演讲稿</a><a href="/zongjie/">工作总结</a></div>
<div class="m-box"><h2>最新范文</h2><ul class="m-list">
<li><a href="/jianghua/@@BID@@.html"><h3>@@BT@@</h3></a></li>
<li><a href="/jianghua/1330.html"><h3>在全区安全生产工作会议上的讲话</h3></a></li>
</ul><a class="m-more" href="/jianghua/">查看更多讲话稿</a></div>
""" + FOOT
    fam.put("/", render(home, TITLE="范文汇手机版", KEYWORDS="范文", DESC="范文汇手机版", CANON=f'<link rel="canonical" href="http://{HOST}/">',
                        BID=b["id"], BT=b["speech"].title, HOST=HOST, PCPATH="/"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search.html\n", encoding="ascii")
    for d in ARTS:
        fam.doc([f"/jianghua/{d['id']}.html"], d["speech"])
    fam.not_documents = ["/jianghua/?page=2"]
    fam.noise = ["展开阅读全文", "导读：", "Powered by", "电脑版"]
    return fam
