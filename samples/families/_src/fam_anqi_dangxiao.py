"""中共琼屿市委党校（琼屿市行政学院） site on AnQiCMS (安企CMS, Go; pongo2 templates), UTF-8.

Home `/` (学校要闻, 通知公告, 讲稿精选, 学员园地, 快速通道) → 讲稿精选 `/jgjx/` (`pagination` of
`page-link`s; page 2 `/jgjx/?page=2` is a query route, not a document) → articles `/article/N.html`:
crumb, `h1`, the meta line (来源 / 作者 / 发布时间 / 阅读 N 次), a 编者按 box (`div.editor-note`, the
editor's words before the lecture, not the speech), the lecture in `div.article-content` with its own
section headings as `<p><strong>一、…</strong></p>`, 责任编辑 / 审核 line, 上一篇 / 下一篇, 相关推荐."""

from common import SPEECHES, Family

HOST = "www.qiongyu-swdx-anqi.test"
LIST = "/jgjx/"
A1 = "/article/386.html"  # f56b-5 (开学典礼)
A2 = "/article/297.html"  # f56b-2 (枫桥经验)

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/default/css/style.css?v=3.3.2">
<link rel="canonical" href="http://www.qiongyu-swdx-anqi.test@@CANON@@">
</head>
<body>
<div class="top-bar"><div class="container"><span>中共琼屿市委党校 琼屿市行政学院</span><span class="right"><a href="/page/contact.html">联系我们</a> | <a href="http://jwxt.qiongyu-swdx-anqi.test/">教务管理系统</a> | <a href="http://xy.qiongyu-swdx-anqi.test/">学员登录</a></span></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/uploads/202301/logo.png" alt="中共琼屿市委党校"></a>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="站内搜索"><button type="submit">搜索</button></form></div></header>
<nav class="nav"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xxyw/">学校要闻</a></li><li><a href="/jxpx/">教学培训</a></li><li><a href="/kyzx/">科研咨询</a></li><li class="active"><a href="/jgjx/">讲稿精选</a></li><li><a href="/xyyd/">学员园地</a></li><li><a href="/dzjs/">党的建设</a></li>
</ul></div></nav>
<main class="container main">
"""

FOOT = """</main>
<footer class="footer"><div class="container">
<p>版权所有：中共琼屿市委党校（琼屿市行政学院）　地址：琼屿市学府路16号　邮编：571300　电话：0898-6712xxxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">琼ICP备17003456号-1</a>　琼公网安备 46900602000138号</p>
<p class="powered">Powered by <a href="https://www.anqicms.com/" target="_blank">AnQiCMS</a></p>
</div></footer>
<script src="/static/default/js/jquery.min.js"></script>
<script src="/static/default/js/app.js"></script>
</body>
</html>
"""

NOTES = {
    A1: "9月9日上午，市委党校2024年秋季学期开学典礼举行。市委常委、组织部部长，市委党校第一校（院）长出席并作开学第一课。现将讲稿刊发，供广大学员和党员干部学习参考。",
    A2: "本文系市委党校政治学与法学教研部主任在全市处级干部进修班上的专题辅导讲稿，根据录音整理，经本人审阅。标题为编者所加。",
}


def page(title, canon, body, kw="琼屿市委党校,行政学院", desc="中共琼屿市委党校（琼屿市行政学院）官方网站"):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@CANON@@", canon) + body + FOOT


def para(p):
    head = p[:2] in ("一、", "二、", "三、", "四、", "五、")
    return f"<p><strong>{p}</strong></p>" if head else f"<p>{p}</p>"


def article(path, s, author, stamp, views, prev, nxt):
    body = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{LIST}">讲稿精选</a> &gt; 正文</div>
<div class="layout-main">
<article class="article-detail">
<h1 class="article-title">{s.title}</h1>
<div class="article-meta"><span>来源：市委党校</span><span>作者：{author}</span><span>发布时间：{stamp}</span><span>阅读：{views} 次</span></div>
<div class="editor-note"><strong>编者按：</strong>{NOTES[path]}</div>
<div class="article-content">
{chr(10).join(para(p) for p in s.paras)}
</div>
<div class="article-editor">（责任编辑：林晓雯　审核：符国强）</div>
<div class="article-prev-next">
<div class="prev">上一篇：{prev}</div>
<div class="next">下一篇：{nxt}</div>
</div>
</article>
<aside class="sidebar"><div class="side-box"><h3>相关推荐</h3><ul>
<li><a href="/article/371.html">我校召开2024年秋季学期教学工作会议</a></li>
<li><a href="/article/355.html">【学员心得】在调研中读懂基层</a></li>
<li><a href="/article/342.html">市委党校举办“周末讲坛”第八讲</a></li>
</ul></div></aside>
</div>
"""
    return page(f"{s.title} - 中共琼屿市委党校", path, body, kw="讲稿,党校,调查研究,基层治理", desc=NOTES[path][:60])


def listing(items, cur):
    lis = "\n".join(f'<li><a href="{u}">{t}</a><span class="date">{d}</span></li>' for u, t, d in items)
    pag = f"""<div class="pagination">
<a class="page-link" href="{LIST}">首页</a>
{'<a class="page-link" href="/jgjx/">上一页</a>' if cur == 2 else ''}
<a class="page-link{' active' if cur == 1 else ''}" href="{LIST}">1</a>
<a class="page-link{' active' if cur == 2 else ''}" href="{LIST}?page=2">2</a>
{'<a class="page-link" href="/jgjx/?page=2">下一页</a>' if cur == 1 else ''}
<a class="page-link" href="{LIST}?page=2">尾页</a>
</div>"""
    body = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; 讲稿精选</div>
<div class="layout-main"><section class="list-box"><h2 class="cat-title">讲稿精选</h2>
<ul class="article-list">
{lis}
</ul>
{pag}
</section></div>
"""
    return page("讲稿精选 - 中共琼屿市委党校", LIST + ("?page=2" if cur == 2 else ""), body)


def build() -> Family:
    fam = Family(HOST, "市委党校 site on AnQiCMS (安企CMS, Go), 讲稿 with 编者按 box")
    s1, s2 = SPEECHES["f56b-5"], SPEECHES["f56b-2"]
    fam.put(A1, article(A1, s1, "市委党校办公室", "2024-09-10 16:05", 1268, '<a href="/article/371.html">我校召开2024年秋季学期教学工作会议</a>', "没有了"))
    fam.put(A2, article(A2, s2, "陈立群", "2024-04-22 10:30", 2035, '<a href="/article/288.html">党校讲坛：从“千万工程”看乡村振兴</a>', '<a href="/article/305.html">新质生产力的理论逻辑与实践路径</a>'))
    fam.doc([A1], s1, published_at="2024-09-09")
    fam.doc([A2], s2)
    p1 = [(A1, s1.title, "2024-09-10"), ("/article/342.html", "市委党校举办“周末讲坛”第八讲", "2024-08-30"), ("/article/305.html", "新质生产力的理论逻辑与实践路径", "2024-05-16")]
    p2 = [(A2, s2.title, "2024-04-22"), ("/article/288.html", "党校讲坛：从“千万工程”看乡村振兴", "2024-03-28")]
    fam.put(LIST, listing(p1, 1))
    fam.route(LIST + "?page=2", "/_q/jgjx_page2.html", listing(p2, 2))
    home = f"""<div class="home-grid">
<section class="block"><h3><a href="/xxyw/">学校要闻</a></h3><ul><li><a href="/article/371.html">我校召开2024年秋季学期教学工作会议</a></li></ul></section>
<section class="block"><h3><a href="/tzgg/">通知公告</a></h3><ul><li><a href="/article/380.html">关于2024年秋季学期主体班次报到的通知</a></li></ul></section>
<section class="block"><h3><a href="{LIST}">讲稿精选</a><a class="more" href="{LIST}">更多</a></h3><ul><li><a href="{A1}">{s1.title}</a></li><li><a href="/article/342.html">市委党校举办“周末讲坛”第八讲</a></li></ul></section>
<section class="block quick"><h3>快速通道</h3><a href="http://jwxt.qiongyu-swdx-anqi.test/">教务管理</a><a href="/page/xyxz.html">学员须知</a><a href="/xyyd/">学员园地</a></section>
</div>
"""
    fam.put("/", page("中共琼屿市委党校（琼屿市行政学院）", "/", home))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /system/\nDisallow: /search\n")
    fam.not_documents += ["/", LIST, LIST + "?page=2"]
    fam.noise += ["编者按：", "根据录音整理", "责任编辑：", "阅读：", "上一篇：", "下一篇：", "Powered by", "供广大学员和党员干部学习参考"]
    return fam
