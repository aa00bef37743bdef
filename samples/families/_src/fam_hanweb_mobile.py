"""A county education bureau's mobile (H5) site on a 站群 CMS (Hanweb JCMS-like, 2022 template):
articles at `/mobile/art/2023/10/12/art_1234_56789.html` with the CMS's meta tags (`SiteName`,
`SiteIDCode`, `ColumnName`, `ArticleTitle`, `PubDate`, `ContentSource`), `div.article-con#zoom` holding
`<p style="text-indent:2em">` paragraphs between `<!--ZJEG_RSS.content.begin-->` / `<meta
name="ContentStart">` markers, a 2-page speech continued at `?page=2` (query route, 上一页/下一页 and
`1/2`), the 附件 list, 责任编辑 and 审核 lines after the text, 浏览次数 filled by the `articlehits.jsp`
counter script, the share bar and a WeChat-style bottom tab bar (首页 / 政务公开 / 办事服务 / 互动交流).
Home `/mobile/` → column list `/mobile/col/col1234/index.html`."""

from common import SPEECHES, Family, split_paras

HOST = "m.jiaoyu-ju-like.test"
SITE = "青禾县教育局"

ARTICLES = [
    # speech, path, artid, pubdate, source, editor, reviewer, attachments, pages
    (
        SPEECHES["JY1"],
        "/mobile/art/2023/10/12/art_1234_56789.html",
        "56789",
        "2023-10-12 16:20",
        "县教育局办公室",
        "吴晓燕",
        "郑国平",
        ["2023年秋季学期全县教育工作要点.pdf", "青禾县中小学作业管理十条.docx"],
        2,
    ),
    (
        SPEECHES["JY2"],
        "/mobile/art/2023/9/8/art_1234_56702.html",
        "56702",
        "2023-09-08 11:05",
        "青禾县第二中学",
        "吴晓燕",
        "郑国平",
        [],
        1,
    ),
]
OTHERS = [
    ("/mobile/art/2023/10/10/art_1234_56761.html", "关于做好2023年冬季校园安全工作的通知", "2023-10-10"),
    ("/mobile/art/2023/9/28/art_1234_56733.html", "我县举行2023年教师节表彰大会", "2023-09-28"),
]


def head(title, meta, column="教育动态"):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="http://www.jiaoyu-ju-like.test">
<meta name="SiteIDCode" content="3310230017">
<meta name="ColumnName" content="{column}">
<meta name="ColumnType" content="工作动态">
{meta}<title>{title}</title>
<link rel="stylesheet" href="/mobile/images/m_style.css?v=2022">
<script src="/module/jslib/jquery/jquery.js"></script>
<script src="/mobile/images/rem.js"></script>
</head>
<body>
<header class="m-header"><a class="m-back" href="javascript:history.back();"></a><h1>{SITE}</h1><a class="m-search" href="/mobile/search.html"></a></header>
"""


TABBAR = """<div class="m-tabbar-holder"></div>
<nav class="m-tabbar"><a href="/mobile/" class="on"><i class="ico-home"></i><span>首页</span></a><a href="/mobile/col/col1240/index.html"><i class="ico-gk"></i><span>政务公开</span></a><a href="/mobile/col/col1250/index.html"><i class="ico-fw"></i><span>办事服务</span></a><a href="/mobile/col/col1260/index.html"><i class="ico-hd"></i><span>互动交流</span></a></nav>
<footer class="m-footer"><p>主办：青禾县教育局　<a href="http://www.jiaoyu-ju-like.test/">电脑版</a></p><p>网站标识码：3310230017　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a></p></footer>
<script type="text/javascript" src="/module/jslib/share/wxshare.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""


def page(i, k, runs):
    speech, path, artid, pub, source, editor, reviewer, files, pages = ARTICLES[i]
    body = "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in runs[k])
    pager = ""
    if pages > 1:
        name = path.rsplit("/", 1)[1]
        prev = f'<a href="{name}">上一页</a>' if k > 0 else '<span class="disabled">上一页</span>'
        nxt = (
            f'<a href="{name}?page={k + 2}">下一页</a>'
            if k + 1 < pages
            else '<span class="disabled">下一页</span>'
        )
        pager = f'<div class="m-pages">{prev}<span class="num">{k + 1}/{pages}</span>{nxt}</div>\n'
    fj = ""
    if files and k + 1 == pages:
        lis = "".join(
            f'<li><a href="/module/download/downfile.jsp?classid=0&amp;filename=2310121620{n}{f[-5:].replace(".", "")}.{f.rsplit(".", 1)[1]}">{f}</a></li>'
            for n, f in enumerate(files)
        )
        fj = f'<div class="article-fj"><h3>附件：</h3><ul>{lis}</ul></div>\n'
    tail = ""
    if k + 1 == pages:
        tail = f'<div class="article-editor"><p>责任编辑：{editor}</p><p>审核：{reviewer}</p></div>\n'
    meta = (
        f'<meta name="ArticleTitle" content="{speech.title}">\n<meta name="PubDate" content="{pub}">\n'
        f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n<meta name="Author" content="">\n'
        f'<meta name="Description" content="{speech.paras[1][:60]}">\n<meta name="Url" content="http://{HOST}{path}">\n'
    )
    return (
        head(f"{speech.title}{'' if k == 0 else f' (第{k + 1}页)'}", meta)
        + f"""<div class="m-crumb"><a href="/mobile/">首页</a> &gt; <a href="/mobile/col/col1234/index.html">教育动态</a></div>
<div class="article">
<h2 class="article-title">{speech.title}</h2>
<div class="article-info"><span>发布时间：{pub}</span><span>来源：{source}</span><span>浏览次数：<em id="readCount"><script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1234&amp;artid={artid}"></script></em></span></div>
<div class="article-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
{pager}{fj}{tail}<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="pyq">朋友圈</a><a href="javascript:;" class="qq">QQ</a><a href="javascript:;" class="wb">微博</a></div>
<div class="article-btns"><a href="javascript:window.scrollTo(0,0);">返回顶部</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<script>$(function(){{ $("#zoom img").css({{"max-width":"100%","height":"auto"}}); }});</script>
"""
        + TABBAR
    )


def li(path, title, day):
    return f'<li><a href="{path}">{title}</a><span class="date">{day}</span></li>\n'


def build() -> Family:
    fam = Family(HOST, "county education bureau mobile (H5) site on a Hanweb-like 站群 CMS")
    fam.home = "/mobile/"
    jy1, jy2 = ARTICLES
    fam.put(
        "/mobile/",
        head(f"{SITE}", "", "首页")
        + f"""<div class="m-banner"><img src="/mobile/images/banner1.jpg" alt=""></div>
<div class="m-icons"><a href="/mobile/col/col1234/index.html"><i></i>教育动态</a><a href="/mobile/col/col1240/index.html"><i></i>政务公开</a><a href="/mobile/col/col1245/index.html"><i></i>招生考试</a><a href="/mobile/col/col1250/index.html"><i></i>办事服务</a></div>
<div class="m-block"><div class="m-block-hd"><h3>教育动态</h3><a class="more" href="/mobile/col/col1234/index.html">更多</a></div>
<ul class="m-list">
{li(jy1[1], jy1[0].title, jy1[3][:10])}{li(*OTHERS[0])}</ul></div>
<div class="m-block"><div class="m-block-hd"><h3>通知公告</h3></div><ul class="m-list">{li(*OTHERS[0])}</ul></div>
"""
        + TABBAR,
    )
    fam.put(
        "/mobile/col/col1234/index.html",
        head(f"教育动态_{SITE}", "")
        + f"""<div class="m-crumb"><a href="/mobile/">首页</a> &gt; 教育动态</div>
<ul class="m-list" id="list">
{li(jy1[1], jy1[0].title, jy1[3][:10])}{li(*OTHERS[0])}{li(*OTHERS[1])}{li(jy2[1], jy2[0].title, jy2[3][:10])}</ul>
<div class="m-pages"><span class="num">1/1</span></div>
"""
        + TABBAR,
    )
    fam.not_documents += ["/mobile/", "/mobile/col/col1234/index.html"]
    for i, (speech, path, *_r) in enumerate(ARTICLES):
        pages = ARTICLES[i][8]
        runs = split_paras(speech.paras, pages)
        fam.put(path, page(i, 0, runs))
        urls = [path]
        for k in range(1, pages):
            target = f"{path}?page={k + 1}"
            fam.route(target, path.replace(".html", f"_page{k + 1}.html"), page(i, k, runs))
            urls.append(target)
            fam.not_documents.append(target)
        fam.doc(urls, speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /module/\n")
    fam.noise += [
        "发布时间：",
        "来源：县教育局办公室",
        "来源：青禾县第二中学",
        "浏览次数",
        "上一页",
        "下一页",
        "1/2",
        "附件：",
        "2023年秋季学期全县教育工作要点.pdf",
        "作业管理十条",
        "责任编辑：",
        "吴晓燕",
        "审核：",
        "郑国平",
        "分享到",
        "朋友圈",
        "返回顶部",
        "关闭窗口",
        "政务公开",
        "办事服务",
        "互动交流",
        "电脑版",
        "网站标识码",
        "浙ICP备05012345号-1",
        "关于做好2023年冬季校园安全工作的通知",
    ]
    fam.note = (
        "the first speech's second page is `?page=2` of the same address (a query route), linked by 下一页"
    )
    return fam
