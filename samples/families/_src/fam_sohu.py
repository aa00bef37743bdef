"""搜狐号 (sohu.com/a/ID_AUTHORID) article pages: `<title>` of the headline and keywords joined by
`_`, og/article meta, the author card (`#user-info`, 文章/总阅读) before the text, `.text-title h1`
and `.article-info` (`span.time#news-time`, 来源 link), the text in `<article class="article"
id="mp-editor">`: the first `<p>` a `<span>原标题：…</span>` (or the hidden `data-role="original-title"`
one), a centred photo, the `返回搜狐，查看更多` link appended inside the last paragraph, then
`<p data-role="editor-name">责任编辑：…</p>`; the 平台声明 block, 推荐阅读, 我来说两句 after it. One
article is cut short for the PC page (`lookall-box` 展开全文 + `打开搜狐新闻APP，阅读全文`): truncated.
Home is the author page `/media/121106` (extensionless, like the articles)."""

from common import SPEECHES, Family, render

HOST = "www.sohu-hao.test"
MEDIA = "121106"
AUTHOR = "远航集团发布"

ARTICLES = [
    {
        "speech": SPEECHES["SH1"],
        "aid": 758212345,
        "time": "2024-02-18 10:23",
        "keywords": ["发展", "员工", "集团"],
        "editor": "",
        "span_title": True,
        "shown": None,
    },
    {
        "speech": SPEECHES["SH2"],
        "aid": 762098761,
        "time": "2024-03-06 17:48",
        "keywords": ["安全生产", "消防", "隐患"],
        "editor": "",
        "span_title": False,
        "shown": 6,
    },
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@META@@
<link rel="icon" href="//statics.itc-like.test/web/static/images/news-logo-icon.png" type="image/x-icon">
<link rel="stylesheet" href="//statics.itc-like.test/web/static/css/main-9c1b0e2d.css">
<script>
var _sohu_ref = document.referrer;
var article_config = @@CONFIG@@;
</script>
</head>
<body class="article-page">
<div id="head" class="head"><div class="area clearfix"><div class="left main-nav nav-lf">
<a href="//www.sohu-hao.test/?spm=smpc.content.nav.1" target="_blank" class="logo"><span class="sohu-logo">搜狐</span></a>
<span><a href="//news.sohu-hao.test/?spm=smpc.content.nav.2" target="_blank">新闻</a></span><span><a href="//sports.sohu-hao.test/" target="_blank">体育</a></span><span><a href="//auto.sohu-hao.test/" target="_blank">汽车</a></span><span><a href="//business.sohu-hao.test/" target="_blank">财经</a></span>
</div><div class="right login-after"><a href="#" class="login-sohu">登录</a></div></div></div>
"""

FOOT = """<div class="footer"><div class="area"><p><a href="//www.sohu-hao.test/about/" target="_blank">关于搜狐</a> | <a href="//mp.sohu-hao.test/" target="_blank">搜狐号</a> | <a href="//www.sohu-hao.test/upload/uiue20140718/" target="_blank">网站地图</a> | <a href="//help.sohu-hao.test/" target="_blank">帮助中心</a></p>
<p>Copyright &copy; 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</p></div></div>
<script src="//statics.itc-like.test/web/static/js/main-6f0c2a41.js"></script>
<script src="//statics.itc-like.test/web/static/js/pv-1d2e3f.js"></script>
</body>
</html>
"""

USER_CARD = """<div class="left-main"><div class="user-info" id="user-info" data-role="user-info">
<div class="user-pic"><a href="/media/@@MEDIA@@" target="_blank"><img src="//p4.itc-like.test/q_70/images01/20230812/avatar121106.jpeg" alt=""></a></div>
<h4><a href="/media/@@MEDIA@@" target="_blank">@@AUTHOR@@</a></h4>
<dl class="user-num"><dd><span class="value" data-value="86">86</span><span class="name">文章</span></dd><dd><span class="value" data-value="1230000">123万</span><span class="name">总阅读</span></dd></dl>
<div class="user-more"><a href="/media/@@MEDIA@@" target="_blank">查看TA的文章&gt;</a></div>
</div></div>
"""


def url_of(a):
    return f"/a/{a['aid']}_{MEDIA}"


def body_of(a):
    speech = a["speech"]
    paras = speech.paras if a["shown"] is None else speech.paras[: a["shown"]]
    out = []
    if a["span_title"]:
        out.append(f'<p><span style="color: rgb(136, 136, 136); font-size: 14px;">原标题：{speech.title}</span></p>')
    else:
        out.append(f'<p data-role="original-title" style="display:none">原标题：{speech.title}</p>')
    for i, para in enumerate(paras):
        last = a["shown"] is None and i == len(paras) - 1
        back = (
            f'<a href="//www.sohu-hao.test/?strategyid=00001&amp;spm=smpc.content.content.1.{a["aid"]}" target="_blank" '
            'title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword">'
            '<i class="backsohu"></i>返回搜狐，查看更多</span></a>'
            if last
            else ""
        )
        out.append(f"<p>{para}{back}</p>")
        if a["span_title"] and i == 2:
            out.append(
                '<p style="text-align: center;"><img max-width="600" src="//p2.itc-like.test/q_70/images03/20240218/3f8e2a1c0b9d4e7fa1c2d3e4f5a6b7c8.jpeg"></p>'
            )
    if a["shown"] is None:
        out.append('<p data-role="editor-name">责任编辑：<span></span></p>')
    return "\n".join(out)


def article(a):
    speech = a["speech"]
    ts = {"SH1": 1708223000000, "SH2": 1709718480000}[speech.key]
    wall = ""
    if a["shown"] is not None:
        wall = """
<div class="lookall-box" id="lookallBox"><div class="lookall-shadow"></div>
<section class="lookall"><a href="javascript:;" class="show-all" id="showMore"><em>展开全文</em></a></section>
<div class="hide-content-tip"><a href="https://m.sohu-hao.test/app/?from=pc_article_wall" target="_blank">打开搜狐新闻APP，阅读全文</a></div></div>"""
    meta = f"""<meta property="og:type" content="news"/>
<meta property="og:image" content="https://p2.itc-like.test/q_70/images03/20240218/cover{a["aid"]}.jpeg"/>
<meta property="og:url" content="https://www.sohu-hao.test{url_of(a)}"/>
<meta property="og:release_date" content="{a["time"]}"/>
<meta itemprop="dateUpdate" content="{a["time"]}" />
<meta name="mediaid" content="{AUTHOR}"/>
<meta property="og:title" content="{speech.title}"/>
<meta property="og:description" content="{speech.paras[1][:60]}"/>
<meta property="article:published_time" content="{a["time"].replace(" ", "T")}:00+08:00"/>
<link rel="canonical" href="https://www.sohu-hao.test{url_of(a)}"/>"""
    config = (
        f'{{"title":"{speech.title}","type":"news","channel_id":"15","media_id":"{MEDIA}",'
        f'"news_id":"{a["aid"]}","author_name":"{AUTHOR}","publish_time":{ts}}}'
    )
    page = (
        HEAD
        + """<div class="area clearfix" id="article-container">
@@USER@@
<div class="left main"><div data-spm="content"><div class="text">
<div class="text-title">
<h1>@@H1@@<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="@@TS@@">@@TIME@@</span><span data-role="original-link">来源: <a href="/media/@@MEDIA@@" target="_blank">@@AUTHOR@@</a></span></div>
</div>
<article class="article" id="mp-editor">
<!-- 政务处理 -->
@@BODY@@
</article>@@WALL@@
<div id="articleTransfer"><div class="read-num">阅读 (<em data-role="pv" data-val="$articleStat.pv"></em>)</div></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear type-3"><div class="title">推荐阅读</div><ul>@@RELATED@@</ul></div>
<div class="comment" id="comment_area"><div class="c-title"><span>我来说两句</span><span class="c-num">0人参与，0条评论</span></div><div id="mp-comment" sid="@@AID@@"></div></div>
</div></div></div>
<div class="sidebar right"><div class="hot-article"><div class="title">24小时热文</div><ul><li><a href="/a/761234000_99888">春运返程高峰来临 多地发布出行提示</a></li></ul></div><div class="god-article" id="god_right"></div></div>
</div>
"""
        + FOOT
    )
    related = "".join(
        f'<li><a href="{url_of(o)}" target="_blank">{o["speech"].title}</a></li>' for o in ARTICLES if o is not a
    )
    return render(
        page,
        TITLE="_".join([speech.title, *a["keywords"]]),
        KEYWORDS=",".join(a["keywords"]),
        DESC=speech.paras[1][:80],
        META=meta,
        CONFIG=config,
        USER=render(USER_CARD, MEDIA=MEDIA, AUTHOR=AUTHOR),
        H1=speech.title,
        TS=ts,
        TIME=a["time"],
        MEDIA=MEDIA,
        AUTHOR=AUTHOR,
        BODY=body_of(a),
        WALL=wall,
        RELATED=related,
        AID=a["aid"],
    )


def author_page():
    items = "\n".join(
        f"""<div class="news-item" data-id="{a["aid"]}"><div class="news-text"><h4><a href="{url_of(a)}" target="_blank">{a["speech"].title}</a></h4>
<p class="news-desc">{a["speech"].paras[1][:50]}...</p><div class="news-info"><span class="time">{a["time"][:10]}</span><span class="read-count">阅读 {3000 + i * 417}</span></div></div></div>"""
        for i, a in enumerate(reversed(ARTICLES))
    )
    page = (
        HEAD
        + """<div class="area clearfix profile">
<div class="profile-header"><img class="avatar" src="//p4.itc-like.test/q_70/images01/20230812/avatar121106.jpeg" alt=""><h2 class="name">@@AUTHOR@@</h2>
<p class="desc">远航集团官方搜狐号，发布集团新闻与企业动态</p><div class="stat"><span>文章 86</span><span>总阅读 123万</span></div></div>
<div class="feed-list" id="feedList" data-media="@@MEDIA@@">
@@ITEMS@@
</div>
<div class="more-load"><a href="javascript:;" data-url="/integration-api/mix/region/11?mpId=@@MEDIA@@&amp;page=2">加载更多</a></div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{AUTHOR}的文章_搜狐号",
        KEYWORDS=AUTHOR,
        DESC=f"{AUTHOR}在搜狐号发布的文章",
        META="",
        CONFIG="{}",
        AUTHOR=AUTHOR,
        MEDIA=MEDIA,
        ITEMS=items,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "搜狐号 article page (sohu.com/a/ID_MEDIA): #mp-editor, 原标题 span, 返回搜狐 link in the last paragraph, 平台声明, 展开全文 wall",
        content_type="text/html;charset=UTF-8",
        extensionless_html=True,
        home=f"/media/{MEDIA}",
    )
    fam.put(f"/media/{MEDIA}", author_page())
    fam.not_documents.append(f"/media/{MEDIA}")
    for a in ARTICLES:
        fam.put(url_of(a), article(a))
        speech = a["speech"]
        if a["shown"] is None:
            fam.doc([url_of(a)], speech)
        else:
            fam.doc([url_of(a)], speech, truncated=True, text="\n".join(speech.paras[: a["shown"]]))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /upload/\nDisallow: /integration-api/\n")
    fam.noise += [
        "原标题",
        "返回搜狐，查看更多",
        "返回搜狐",
        "责任编辑：",
        "平台声明",
        "该文观点仅代表作者本人",
        "搜狐号系信息发布平台",
        "展开全文",
        "打开搜狐新闻APP，阅读全文",
        "阅读 (",
        "推荐阅读",
        "我来说两句",
        "0人参与，0条评论",
        "24小时热文",
        "春运返程高峰来临",
        AUTHOR,
        "总阅读",
        "查看TA的文章",
        "来源: ",
        "2024-02-18 10:23",
        "搜狐公司 版权所有",
        "加载更多",
    ]
    return fam
