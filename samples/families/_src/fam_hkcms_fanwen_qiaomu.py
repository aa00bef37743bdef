"""范文 site on HkCMS (ThinkPHP 6 CMS, default-style template), desktop pages, UTF-8 — HOLDOUT pair with
`fam_hkcms_fanwen_qiaomu_m` (the same site's `m.` pages).

Home `/` (top bar with 手机版 link, logo, nav, 推荐 block, column blocks) → column `/jianghua/` (ThinkPHP
paginator `ul.pagination` with `/jianghua/?page=2`, a query route, not a document) → articles
`/jianghua/<id>.html` whose text is split by the CMS's page break into two pages, page 2 at
`/jianghua/<id>.html?page=2` (the same ThinkPHP `ul.pagination` under the text; page 2 read alone is not a
document); `<meta name="mobile-agent">` and `<link rel="alternate" media=…>` to the `m.` page; `h1`, `.info`
(发布时间 / 栏目 / 阅读 N 次), 导读 box, the text in `div.article-content`, `温馨提示：本文共2页` line after
page 1's text, 标签, 上一篇 / 下一篇, 相关范文, footer with `Powered by HkCMS`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fanwenhk-qiaomu-like.test"
MHOST = "m.fanwenhk-qiaomu-like.test"

ARTS = [
    {"speech": SPEECHES["f55a-5"], "id": 1287, "time": "2024-05-08 10:16", "hits": 3415, "tags": ["青年干部座谈会", "税务局讲话"]},
    {"speech": SPEECHES["f55a-6"], "id": 1342, "time": "2024-06-24 08:52", "hits": 5120, "tags": ["毕业生代表发言", "毕业典礼"]},
]

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@MOBILE@@
<link rel="stylesheet" href="/template/index/fanwen/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/index/fanwen/static/css/style.css">
</head>
<body>
<div class="topbar"><div class="container"><span>范文汇 · 实用范文写作参考</span><span class="pull-right"><a href="http://@@MHOST@@@@MPATH@@">手机版</a> | <a href="/user/login.html">登录</a> | <a href="/user/register.html">注册</a></span></div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/uploads/images/20230412/logo.png" alt="范文汇"></a>
<form class="search" action="/search.html" method="get"><input type="text" name="keyword" placeholder="搜索范文"><button type="submit">搜索</button></form>
</div></header>
<nav class="navbar"><div class="container"><ul class="nav">
<li><a href="/">首页</a></li>
<li@@CUR@@><a href="/jianghua/">讲话稿</a></li>
<li><a href="/fayan/">发言稿</a></li>
<li><a href="/yanjiang/">演讲稿</a></li>
<li><a href="/zongjie/">工作总结</a></li>
<li><a href="/xinde/">心得体会</a></li>
</ul></div></nav>
"""

FOOT = """<footer class="footer"><div class="container">
<p><a href="/about.html">关于我们</a> | <a href="/mianze.html">免责声明</a> | <a href="/sitemap.xml">网站地图</a></p>
<p>Copyright &copy; 2021-2024 范文汇 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备2021034567号-1</a> Powered by <a href="https://www.hkcms.cn" target="_blank">HkCMS</a></p>
</div></footer>
<script src="/template/index/fanwen/static/js/jquery.min.js"></script>
<script src="/template/index/fanwen/static/js/common.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""


def pagination(base, n, total=2):
    url = lambda k: base if k == 1 else f"{base}?page={k}"
    li = ['<li class="disabled"><span>&laquo;</span></li>' if n == 1 else f'<li><a href="{url(n - 1)}">&laquo;</a></li>']
    for k in range(1, total + 1):
        li.append(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{url(k)}">{k}</a></li>')
    li.append('<li class="disabled"><span>&raquo;</span></li>' if n == total else f'<li><a href="{url(n + 1)}">&raquo;</a></li>')
    return '<ul class="pagination">' + "".join(li) + "</ul>"


def art_page(d, n, runs, prev, nxt):
    s = d["speech"]
    path = f"/jianghua/{d['id']}.html"
    body = "\n".join(f"<p>{p}</p>" for p in runs[n - 1])
    tip = '<p class="page-tip">温馨提示：本文共2页，请点击下方页码继续阅读。</p>' if n == 1 else ""
    page = HEAD + """<div class="container main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; 正文</div>
<div class="row"><div class="col-md-8">
<article class="article">
<h1 class="title">@@H1@@</h1>
<div class="info"><span>发布时间：@@TIME@@</span><span>栏目：<a href="/jianghua/">讲话稿</a></span><span>阅读 @@HITS@@ 次</span></div>
<div class="daodu"><b>导读：</b>@@DAODU@@</div>
<div class="article-content">
@@BODY@@
</div>
@@TIP@@
@@PAGER@@
<div class="tags">标签：@@TAGS@@</div>
<div class="prenext"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
</article>
<div class="related"><h3>相关范文</h3><ul>
<li><a href="/jianghua/1266.html">在机关青年干部读书班上的讲话</a></li>
<li><a href="/fayan/1301.html">青年干部座谈会发言材料</a></li>
<li><a href="/yanjiang/1318.html">毕业典礼教师代表发言</a></li>
</ul></div>
</div>
<div class="col-md-4"><div class="side"><h3>热门推荐</h3><ul>
<li><a href="/zongjie/1190.html">2024年上半年工作总结</a></li>
<li><a href="/xinde/1254.html">党纪学习教育心得体会</a></li>
</ul></div></div>
</div></div>
""" + FOOT
    mobile = (f'<meta name="mobile-agent" content="format=html5;url=http://{MHOST}{path}">\n'
              f'<link rel="alternate" media="only screen and (max-width: 640px)" href="http://{MHOST}{path}">')
    title = s.title if n == 1 else f"{s.title}(第2页)"
    return render(page, TITLE=f"{title}_范文汇", KEYWORDS=",".join(d["tags"]), DESC=s.paras[1][:80], MOBILE=mobile,
                  MHOST=MHOST, MPATH=path, CUR=' class="active"', H1=s.title, TIME=d["time"], HITS=d["hits"],
                  DAODU=f"本文是范文汇为大家整理的{s.title}，仅供参考，欢迎阅读。", BODY=body, TIP=tip,
                  PAGER=pagination(path, n), TAGS=" ".join(f'<a href="/tags/{t}.html">{t}</a>' for t in d["tags"]),
                  PREV=prev, NEXT=nxt)


def listing(rows, n):
    page = HEAD + """<div class="container main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 讲话稿</div>
<div class="list"><ul>
@@ROWS@@
</ul>
@@PAGER@@
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"讲话稿{'_第2页' if n == 2 else ''}_范文汇", KEYWORDS="讲话稿,领导讲话稿", DESC="讲话稿范文",
                  MOBILE=f'<meta name="mobile-agent" content="format=html5;url=http://{MHOST}/jianghua/">', MHOST=MHOST,
                  MPATH="/jianghua/", CUR=' class="active"', ROWS=rows, PAGER=pagination("/jianghua/", n))


def row(href, title, date, desc):
    return f'<li><a class="t" href="{href}">{title}</a><p>{desc}……</p><span class="date">{date}</span></li>'


def build() -> Family:
    fam = Family(HOST, "范文 site on HkCMS (ThinkPHP 6), desktop: article split over ?page=2 by the ThinkPHP paginator")
    a, b = ARTS
    link = lambda d: f'<a href="/jianghua/{d["id"]}.html">{d["speech"].title}</a>'
    for d, prev, nxt in ((a, '<a href="/jianghua/1266.html">在机关青年干部读书班上的讲话</a>', link(b)),
                         (b, link(a), "没有了")):
        runs = split_paras(d["speech"].paras, 2)
        path = f"/jianghua/{d['id']}.html"
        fam.put(path, art_page(d, 1, runs, prev, nxt))
        fam.route(f"{path}?page=2", f"/jianghua/{d['id']}_page2.html", art_page(d, 2, runs, prev, nxt))
        fam.doc([path, f"{path}?page=2"], d["speech"])
    rows1 = [row(f"/jianghua/{b['id']}.html", b["speech"].title, b["time"][:10], b["speech"].paras[1][:50]),
             row("/jianghua/1330.html", "在全区安全生产工作会议上的讲话", "2024-06-17", "同志们：今天召开全区安全生产工作会议"),
             row("/jianghua/1311.html", "在庆祝“六一”国际儿童节大会上的讲话", "2024-05-31", "亲爱的少先队员们、老师们")]
    rows2 = [row(f"/jianghua/{a['id']}.html", a["speech"].title, a["time"][:10], a["speech"].paras[1][:50]),
             row("/jianghua/1266.html", "在机关青年干部读书班上的讲话", "2024-04-22", "同志们：今天举办机关青年干部读书班")]
    fam.put("/jianghua/", listing("\n".join(rows1), 1))
    fam.route("/jianghua/?page=2", "/jianghua/index_page2.html", listing("\n".join(rows2), 2))
    home = HEAD + """<div class="container main">
<div class="tuijian"><h2>推荐范文</h2><ul>
<li><a href="/jianghua/@@BID@@.html">@@BT@@</a></li>
<li><a href="/xinde/1254.html">党纪学习教育心得体会</a></li>
</ul></div>
<div class="lanmu"><h2><a href="/jianghua/">讲话稿</a><a class="more" href="/jianghua/">更多</a></h2><ul>
<li><a href="/jianghua/@@BID@@.html">@@BT@@</a></li>
<li><a href="/jianghua/1330.html">在全区安全生产工作会议上的讲话</a></li>
</ul></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="范文汇 - 讲话稿_发言稿_演讲稿_工作总结范文", KEYWORDS="范文,讲话稿,发言稿", DESC="范文汇提供实用范文",
                        MOBILE=f'<meta name="mobile-agent" content="format=html5;url=http://{MHOST}/">', MHOST=MHOST, MPATH="/",
                        CUR="", BID=b["id"], BT=b["speech"].title))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search.html\n", encoding="ascii")
    fam.not_documents = ["/jianghua/?page=2", f"/jianghua/{a['id']}.html?page=2", f"/jianghua/{b['id']}.html?page=2"]
    fam.noise = ["温馨提示：本文共2页", "导读：", "Powered by", "标签："]
    return fam
