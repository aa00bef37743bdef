"""清风沂川 — 沂川市纪委监委 website (city 纪检监察 site, ASP.NET MVC template, extensionless
`/ldjh/show/N` article routes): red 党政 header with the 12388 举报 entry, `当前位置`, `div.article-title`
h2, an info line `来源：市纪委监委　作者：…　发布时间：…　浏览：…` (the count filled by a script), 字号 大中小;
the text in `div#fontzoom.article-con`; the 警示教育 speech runs over two pages (`?page=2`, the
`div.pages` pager 上一页 1 2 下一页 with 共2页), its page 2 alone is no document; `责任编辑：…` under the
text, the 打印本页 / 关闭窗口 bar, 上一篇 / 下一篇, 相关阅读; an 审查调查 通报 of the same column family is
not a document; footer with 12388 and the 纪检监察 举报 notice."""

import html as H

from common import SPEECHES, Family, render, split_paras

HOST = "www.qfyichuan.gov.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@-清风沂川</title>
<meta name="keywords" content="沂川市纪委监委,清风沂川,纪检监察,@@KW@@" />
<meta name="description" content="@@TITLE@@" />
<link href="/Content/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.2.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span class="date"><script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span><span class="topr"><a href="/">首页</a> | <a href="http://www.12388.gov.cn/" target="_blank">中央纪委国家监委网站</a> | <a href="/jbzx/">举报中心</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="清风沂川 中共沂川市纪律检查委员会 沂川市监察委员会" /></a>
<div class="jb12388"><a href="/jbzx/"><img src="/Content/images/12388.png" alt="12388 举报网站" /></a></div></div></div>
<div class="menu"><ul class="wrap">
<li><a href="/">首页</a></li><li><a href="/gzdt/">工作动态</a></li><li class="cur"><a href="/ldjh/">领导讲话</a></li><li><a href="/scdc/">审查调查</a></li><li><a href="/bgt/">曝光台</a></li><li><a href="/jsjy/">警示教育</a></li><li><a href="/lzwh/">廉政文化</a></li><li><a href="/djfg/">党纪法规</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p>主办：中共沂川市纪律检查委员会　沂川市监察委员会　地址：沂川市人民路168号　邮编：276800</p>
<p>信访举报电话：0539-12388　网站邮箱：ycsjw@ycsjw.gov.test</p>
<p>鲁ICP备12034567号-1　<a href="http://www.beian.gov.cn/" target="_blank">鲁公网安备 37130202000456号</a>　网站标识码：3713000055</p>
<p>本网站只受理沂川市管党员、干部和监察对象的举报，其他举报请向有管辖权的纪检监察机关反映。</p>
</div></div>
<script type="text/javascript" src="/Scripts/site.js"></script>
</body>
</html>
"""

ITEMS = [
    {"sp": SPEECHES["f50b-3"], "id": 4821, "parts": 2, "pub": "2024-04-24 17:30", "author": "市纪委监委宣传部",
     "editor": "孙晓彤", "views": 3057},
    {"sp": SPEECHES["f50b-4"], "id": 5176, "parts": 1, "pub": "2024-09-11 08:55", "author": "市委巡察办",
     "editor": "刘一鸣", "views": 1712},
]
NEWS = {"id": 5033, "title": "沂川市水务集团原副总经理王某某接受纪律审查和监察调查", "pub": "2024-06-18 10:12"}


def frame(title, kw, crumb, inner):
    return render(HEAD, TITLE=title, KW=kw) + f"""<div class="wrap position">当前位置：<a href="/">首页</a> &gt;&gt; {crumb}</div>
<div class="wrap main clearfix">
{inner}
<div class="sidebar">
<div class="sbox"><h3>警示教育</h3><ul><li><a href="/jsjy/">以案为鉴 警钟长鸣</a></li><li><a href="/jsjy/">忏悔录｜“我把权力当成了私人工具”</a></li></ul></div>
<div class="sbox jbbox"><h3>举报须知</h3><p>举报人应当据实反映问题，提倡实名举报。</p><a href="/jbzx/" class="btn">我要举报</a></div>
</div>
</div>
""" + FOOT


def article(it, n, runs, prev, nxt):
    sp = it["sp"]
    paras = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{H.escape(p, quote=False)}</p>" for p in runs[n - 1])
    pager = ""
    if len(runs) > 1:
        base = f"/ldjh/show/{it['id']}"
        links = []
        links.append(f'<a href="{base}">上一页</a>' if n == 2 else '<span class="disabled">上一页</span>')
        for k in range(1, len(runs) + 1):
            href = base if k == 1 else f"{base}?page={k}"
            links.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{href}">{k}</a>')
        links.append(f'<a href="{base}?page={n + 1}">下一页</a>' if n < len(runs) else '<span class="disabled">下一页</span>')
        pager = f'<div class="pages">共{len(runs)}页 {" ".join(links)}</div>'
    inner = f"""<div class="content">
<div class="article-title"><h2>{sp.title}</h2>
<div class="info">来源：沂川市纪委监委　作者：{it['author']}　发布时间：{it['pub']}　浏览：<span id="clicks">{it['views']}</span>次　字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div></div>
<div class="article-con" id="fontzoom">
{paras}
</div>
{pager}
<div class="editor">责任编辑：{it['editor']}</div>
<div class="tool"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="prenext"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="/scdc/show/{NEWS['id']}">{NEWS['title']}</a></li><li><a href="/jsjy/">全市党纪学习教育读书班开班</a></li></ul></div>
</div>
<script type="text/javascript">$.get("/Article/Hits/{it['id']}?t=" + Math.random(), function (d) {{ $("#clicks").html(d); }});</script>"""
    return frame(sp.title, "领导讲话", '<a href="/ldjh/">领导讲话</a> &gt;&gt; 正文', inner)


def build() -> Family:
    fam = Family(HOST, "city 纪委监委 website (清风沂川), ASP.NET MVC template, extensionless /ldjh/show/N, ?page=2 pager",
                 extensionless_html=True)
    a, b = ITEMS
    links = {it["id"]: f'<a href="/ldjh/show/{it["id"]}">{it["sp"].title}</a>' for it in ITEMS}
    for it, prev, nxt in ((a, "没有了", links[b["id"]]), (b, links[a["id"]], "没有了")):
        runs = split_paras(it["sp"].paras, it["parts"])
        pages = []
        for n in range(1, it["parts"] + 1):
            text = article(it, n, runs, prev, nxt)
            if n == 1:
                fam.put(f"/ldjh/show/{it['id']}", text)
                pages.append(f"/ldjh/show/{it['id']}")
            else:
                fam.route(f"/ldjh/show/{it['id']}?page={n}", f"/ldjh/show/{it['id']}_p{n}.html", text)
                pages.append(f"/ldjh/show/{it['id']}?page={n}")
                fam.not_documents.append(f"/ldjh/show/{it['id']}?page={n}")
        fam.doc(pages, it["sp"], published_at=it["pub"][:10])
    news = frame(NEWS["title"], "审查调查", '<a href="/scdc/">审查调查</a> &gt;&gt; 正文', f"""<div class="content">
<div class="article-title"><h2>{NEWS['title']}</h2>
<div class="info">来源：沂川市纪委监委　作者：第三审查调查室　发布时间：{NEWS['pub']}　浏览：<span id="clicks">5210</span>次</div></div>
<div class="article-con" id="fontzoom">
<p>&nbsp;&nbsp;&nbsp;&nbsp;据沂川市纪委监委消息：沂川市水务集团原党委委员、副总经理王某某涉嫌严重违纪违法，目前正接受沂川市纪委监委纪律审查和监察调查。</p>
</div>
<div class="editor">责任编辑：孙晓彤</div>
<div class="tool"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>""")
    fam.put(f"/scdc/show/{NEWS['id']}", news)
    rows = "\n".join(f'<li><span>{it["pub"][:10]}</span><a href="/ldjh/show/{it["id"]}" title="{it["sp"].title}">{it["sp"].title}</a></li>'
                     for it in (b, a))
    listing = frame("领导讲话", "领导讲话", "领导讲话", f"""<div class="content"><div class="listtitle"><h2>领导讲话</h2></div>
<ul class="newslist">
{rows}
<li><span>2024-01-19</span><a href="/ldjh/show/4410" title="在市纪委十三届四次全会上的工作报告">在市纪委十三届四次全会上的工作报告</a></li>
</ul>
<div class="pages">共3条记录 当前第1/1页</div></div>""")
    fam.put("/ldjh/", listing)
    home = render(HEAD, TITLE="首页", KW="首页") + f"""<div class="wrap idx1 clearfix">
<div class="pic"><a href="/ldjh/show/{b['id']}"><img src="/UploadFiles/2024/09/20240911085512.jpg" alt="" /><p>市委第四轮巡察工作动员部署会召开</p></a></div>
<div class="ttbox"><h3><a href="/gzdt/">工作动态</a></h3><ul><li><a href="/scdc/show/{NEWS['id']}">{NEWS['title']}</a></li></ul></div>
<div class="ttbox"><h3><a href="/ldjh/">领导讲话</a><a href="/ldjh/" class="more">更多</a></h3><ul>
<li><a href="/ldjh/show/{b['id']}">{b['sp'].title}</a></li>
<li><a href="/ldjh/show/{a['id']}">{a['sp'].title}</a></li></ul></div>
</div>
<div class="wrap idxjb"><a href="/jbzx/"><img src="/Content/images/jbbanner.jpg" alt="信访举报" /></a></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Article/\nDisallow: /jbzx/\n")
    fam.not_documents += ["/", "/ldjh/", f"/scdc/show/{NEWS['id']}"]
    fam.noise += ["来源：沂川市纪委监委", "作者：市纪委监委宣传部", "责任编辑：孙晓彤", "【打印本页】", "【关闭窗口】", "上一篇：",
                  "相关阅读", "共2页", "鲁ICP备12034567号-1"]
    fam.note = "published_at is the site's 发布时间 (the day after the meeting); the 警示教育 speech is two pages (?page=2, a query route)"
    return fam
