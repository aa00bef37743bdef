"""慧慧文档网 (www.huigou6.com)-like document site, UTF-8.

Home `/` (logo + search, category nav, 最新文档 and 热门文档 blocks) → category `/fanwen/jianghuagao/`
(`div.doc-list` items with a doc icon, 页数 / 浏览 / 日期 and a grey excerpt; pager with `list_2.html`,
not a document) → documents `/doc/<8 digits>.html`: crumb, `h1` with `.docx`, `div.doc-meta` (上传者,
上传时间, 页数, 大小, 浏览, 下载), a 下载此文档 / 举报 bar and an ad slot, then the document's text shown as
its Word pages: each page in `div.page-box` headed `第 N 页 / 共 M 页` and footed by a centred `- N -`
page number, a paragraph of the first document running over a page break (the `- 1 -` / `第 2 页 / 共 3
页` lines cut it); after the text `——此文档由网友上传，仅供学习交流——` statement, 下载提示 box, 上一篇 /
下一篇, 相关文档 and 猜你喜欢 lists, footer."""

from common import SPEECHES, Family, render

HOST = "www.huihuidoc-qiaomu-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/base.css?v=20231108">
<link rel="stylesheet" href="/static/css/doc.css?v=20231108">
</head>
<body>
<div class="hh-top"><div class="container"><span>慧慧文档网 - 海量文档免费在线阅读</span><div class="hh-user"><a href="/user/login.html">登录</a><a href="/user/reg.html">注册</a><a href="/upload.html" class="up">上传文档</a></div></div></div>
<div class="hh-header container">
<a class="hh-logo" href="/"><img src="/static/img/logo.png" alt="慧慧文档网"></a>
<form class="hh-search" action="/search/" method="get"><input type="text" name="wd" placeholder="搜索文档"><button type="submit">搜索</button></form>
</div>
<div class="hh-nav"><div class="container"><a href="/">首页</a><a href="/fanwen/">范文大全</a><a href="/fanwen/jianghuagao/"@@CUR@@>讲话稿</a><a href="/fanwen/zongjie/">工作总结</a><a href="/jiaoyu/">教育资料</a><a href="/hetong/">合同范本</a><a href="/ziliao/">行业资料</a></div></div>
"""

FOOT = """<div class="hh-footer"><div class="container">
<p><a href="/about.html">关于我们</a> · <a href="/help.html">帮助中心</a> · <a href="/tousu.html">侵权投诉</a> · <a href="/sitemap.html">网站地图</a></p>
<p>&copy; 2019-2024 慧慧文档网 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">粤ICP备19066231号-1</a></p>
<p>本站文档均由用户上传，仅供学习交流使用，若有侵权，请联系我们删除。</p>
</div></div>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/doc.js?v=20231108"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?8a1e0c3d5b7f9a2c4e6d8f0b1a3c5e7d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f55a-3"], "id": "30417562", "user": "杏林***", "time": "2024-07-18 10:21", "size": "31.5KB",
     "views": 2306, "downs": 148, "pages": 3, "split": (4, 38)},
    {"speech": SPEECHES["f55a-4"], "id": "29865014", "user": "安***3", "time": "2024-06-06 15:47", "size": "27.0KB",
     "views": 977, "downs": 63, "pages": 2, "split": None},
]


def page_boxes(d):
    """The text laid out as Word pages; (4, 38) = page 2 begins 38 characters into paragraph 4."""
    s, m = d["speech"], d["pages"]
    paras = list(s.paras)
    if d["split"]:
        i, k = d["split"]
        # pages: [0..i-1 + para i head] [para i tail .. j] [rest]
        j = i + 3
        pages = [paras[:i] + [paras[i][:k]], [paras[i][k:]] + paras[i + 1:j], paras[j:]]
        cont = [False, True, False]
    else:
        half = (len(paras) + 1) // 2
        pages = [paras[:half], paras[half:]]
        cont = [False, False]
    assert len(pages) == m
    out = []
    for n, (ps, c) in enumerate(zip(pages, cont), 1):
        lines = []
        for t, p in enumerate(ps):
            cls = ' class="cont"' if (c and t == 0) else ""
            lines.append(f"<p{cls}>{p}</p>")
        out.append(f'<div class="page-box" id="page{n}"><div class="page-hd">第 {n} 页 / 共 {m} 页</div>\n'
                   + "\n".join(lines) + f'\n<div class="page-ft">- {n} -</div></div>')
    return "\n".join(out)


def doc_page(d, prev, nxt):
    s = d["speech"]
    page = HEAD + """<div class="container hh-main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/fanwen/">范文大全</a> &gt; <a href="/fanwen/jianghuagao/">讲话稿</a> &gt; <span>@@TITLE_SHORT@@</span></div>
<div class="doc-left">
<div class="doc-head">
<h1><i class="ico-word"></i>@@TITLE_SHORT@@.docx</h1>
<div class="doc-meta"><span>上传者：@@USER@@</span><span>上传时间：@@TIME@@</span><span>页数：@@PAGES@@页</span><span>大小：@@SIZE@@</span><span>浏览：@@VIEWS@@次</span><span>下载：@@DOWNS@@次</span></div>
<div class="doc-bar"><a class="btn-down" href="/down/@@ID@@.html" rel="nofollow">下载此文档</a><a class="btn-fav" href="javascript:;" data-id="@@ID@@">收藏</a><a class="btn-report" href="/tousu.html?id=@@ID@@" rel="nofollow">举报</a></div>
</div>
<div class="hh-ad"><script>(window.slotbydup=window.slotbydup||[]).push({id:"u6729183",container:"_hh_ad_1",async:true});</script><div id="_hh_ad_1"></div></div>
<div class="doc-content">
@@BODY@@
</div>
<div class="doc-end">——此文档由网友上传，仅供学习交流——</div>
<div class="down-tips"><h4>下载提示</h4><p>1. 本文档共@@PAGES@@页，可在线完整阅读，下载后为Word格式，可编辑修改。</p><p>2. 文档内容仅供参考，如需引用请核实。</p><a class="btn-down big" href="/down/@@ID@@.html" rel="nofollow">立即下载</a></div>
<div class="doc-prenext"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
<div class="doc-rel"><h3>相关文档</h3><ul>
<li><a href="/doc/30112984.html"><i class="ico-word"></i>新员工入职培训讲话稿.docx</a><span>3页</span></li>
<li><a href="/doc/29703355.html"><i class="ico-word"></i>安全生产月启动仪式主持词.docx</a><span>2页</span></li>
<li><a href="/doc/30250871.html"><i class="ico-pdf"></i>医院院长在职工大会上的讲话.pdf</a><span>4页</span></li>
</ul></div>
</div>
<div class="doc-right">
<div class="side-box"><h3>猜你喜欢</h3><ul>
<li><a href="/doc/30398226.html">护士节表彰大会领导讲话</a></li>
<li><a href="/doc/30011457.html">企业安全生产表态发言</a></li>
<li><a href="/doc/29988102.html">开班仪式领导致辞</a></li>
</ul></div>
<div class="side-box"><h3>热门文档</h3><ul>
<li><a href="/doc/28100345.html">2024年个人述职报告</a></li>
<li><a href="/doc/28452219.html">房屋租赁合同</a></li>
</ul></div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title}.docx - 慧慧文档网", KEYWORDS=f"{s.title}", DESC=s.paras[1][:90], CUR=' class="cur"',
                  TITLE_SHORT=s.title, USER=d["user"], TIME=d["time"], PAGES=d["pages"], SIZE=d["size"], VIEWS=d["views"],
                  DOWNS=d["downs"], ID=d["id"], BODY=page_boxes(d), PREV=prev, NEXT=nxt)


def item(href, title, pages, views, date, excerpt):
    return (f'<div class="doc-item"><i class="ico-word"></i><div class="di-r"><a class="di-t" href="{href}" target="_blank">{title}</a>'
            f'<p class="di-d">{excerpt}...</p><p class="di-m"><span>{pages}页</span><span>浏览{views}</span><span>{date}</span></p></div></div>')


def listing(items, n):
    pager = ('<div class="pager"><a href="/fanwen/jianghuagao/">上一页</a><a href="/fanwen/jianghuagao/">1</a><span class="on">2</span><span class="dis">下一页</span></div>'
             if n == 2 else
             '<div class="pager"><span class="dis">上一页</span><span class="on">1</span><a href="/fanwen/jianghuagao/list_2.html">2</a><a href="/fanwen/jianghuagao/list_2.html">下一页</a></div>')
    page = HEAD + """<div class="container hh-main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/fanwen/">范文大全</a> &gt; <span>讲话稿</span></div>
<div class="doc-left"><div class="doc-list">
@@ITEMS@@
</div>
@@PAGER@@
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"讲话稿{'_第2页' if n == 2 else ''} - 慧慧文档网", KEYWORDS="讲话稿,领导讲话稿", DESC="讲话稿文档免费在线阅读",
                  CUR=' class="cur"', ITEMS=items, PAGER=pager)


def build() -> Family:
    fam = Family(HOST, "慧慧文档网 (www.huigou6.com)-like document site: /doc/<id>.html, text as Word pages with 第 N 页 / 共 M 页 and - N - marks")
    a, b = DOCS
    link = lambda d: f'<a href="/doc/{d["id"]}.html">{d["speech"].title}</a>'
    fam.put(f"/doc/{a['id']}.html", doc_page(a, link(b), '<a href="/doc/30420117.html">新入职护士岗前培训总结</a>'))
    fam.put(f"/doc/{b['id']}.html", doc_page(b, '<a href="/doc/29860442.html">安全生产责任书范本</a>', link(a)))
    i1 = [item(f"/doc/{a['id']}.html", a["speech"].title, a["pages"], a["views"], a["time"][:10], a["speech"].paras[1][:50]),
          item("/doc/30390155.html", "在全市卫生健康工作会议上的讲话", 5, 1890, "2024-07-10", "同志们：今天我们召开全市卫生健康工作会议"),
          item("/doc/30288410.html", "在机关作风建设大会上的讲话", 4, 765, "2024-06-27", "同志们：这次会议的主要任务是动员部署")]
    i2 = [item(f"/doc/{b['id']}.html", b["speech"].title, b["pages"], b["views"], b["time"][:10], b["speech"].paras[1][:50]),
          item("/doc/29771023.html", "在防汛工作部署会上的讲话", 3, 622, "2024-05-30", "同志们：当前我市已进入主汛期")]
    fam.put("/fanwen/jianghuagao/", listing("\n".join(i1), 1))
    fam.put("/fanwen/jianghuagao/list_2.html", listing("\n".join(i2), 2))
    home = HEAD + """<div class="container hh-main">
<div class="home-box"><h2>最新文档</h2><ul>
<li><a href="/doc/@@AID@@.html">@@ATITLE@@</a></li>
<li><a href="/doc/30390155.html">在全市卫生健康工作会议上的讲话</a></li>
<li><a href="/doc/30402216.html">小学数学教学反思</a></li>
</ul></div>
<div class="home-box"><h2><a href="/fanwen/jianghuagao/">讲话稿</a></h2><ul>
<li><a href="/fanwen/jianghuagao/">更多讲话稿文档</a></li>
</ul></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="慧慧文档网 - 免费文档在线阅读下载", KEYWORDS="文档,范文,讲话稿", DESC="慧慧文档网提供海量文档在线阅读",
                        CUR="", AID=a["id"], ATITLE=a["speech"].title))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /user/\nDisallow: /search/\n", encoding="ascii")
    fam.doc([f"/doc/{a['id']}.html"], a["speech"])
    fam.doc([f"/doc/{b['id']}.html"], b["speech"])
    fam.check_ignore = ["- 1 -", "第 2 页 / 共 3 页"]
    fam.not_documents = ["/fanwen/jianghuagao/list_2.html"]
    fam.noise = ["第 1 页 / 共", "此文档由网友上传", "下载此文档", "下载提示", "上传者"]
    return fam
