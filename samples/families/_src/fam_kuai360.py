"""360 快资讯 (www.360kuai.com/pc/ID?cota=…) self-media article pages: extensionless `/pc/<17 hex>`
reached with the search engine's tracking query (`?cota=3&kuai_so=1&sign=360_57c3bbd1&refer_scene=so_1`,
query routes; the bare address answers the same page); 360 top bar (360导航 / 360搜索 / 登录), the
快资讯 logo and channel nav, `h1.article-title`, `div.article-info` (快传号 account link, time, 举报),
text in `div.article-content#article-content` of plain `<p>`s (one opening with the account's own
`4月16日…以下为讲话全文。` preamble, the other with a photo `<p class="img-wrap">` and a grey
`p.img-desc` caption), after it the 快传号 statement (`本文为快传号作者原创…` /
`声明：本文由入驻快资讯的作者撰写，除快资讯官方账号外，观点仅代表作者本人，不代表快资讯立场。`),
the author card (快传号, 关注), 相关推荐 and 热门资讯 lists, the `打开360搜索APP` prompt and 360's
footer (京ICP证080047号). Home `/` is the recommendation feed (each card `a` with the `cota` query),
the 国内 channel `/pc/channel?ch=guonei`."""

from common import SPEECHES, Family

HOST = "www.kuaizixun-like.test"
TRACK = "?cota=3&kuai_so=1&sign=360_57c3bbd1&refer_scene=so_1"

# speech, id, time, account, preamble, photo-after, caption
ARTICLES = [
    (
        SPEECHES["f38c-1"],
        "9e3c6b17a04f2d58c",
        "2024-04-17 09:36",
        "清河县融媒体中心",
        "4月16日，全县农村人居环境整治提升现场推进会在清河镇召开，与会人员实地察看了三个村的整治情况。县委副书记、县长出席会议并讲话。以下为讲话全文。",
        None,
        None,
    ),
    (
        SPEECHES["f38c-2"],
        "9a71d05c3e8b6f214",
        "2024-06-22 20:15",
        "江城大学官方",
        None,
        2,
        "6月21日，江城大学2024届毕业典礼暨学位授予仪式在体育馆举行。（图片来源：江城大学党委宣传部）",
    ),
]
OTHERS = [
    ("9f0b7d2e6a13c8e45", "清河镇：小菜园里种出乡村新风景", "2024-04-15 18:02"),
    ("9c25e8a4b71f0d963", "春耕时节农事忙 田间地头处处是希望", "2024-04-16 11:40"),
    ("95d4a0e7c2b98f13e", "毕业季来了！这些求职防骗提醒请收好", "2024-06-20 08:55"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta name="referrer" content="always">
{canon}<link rel="shortcut icon" href="https://p.ssl.qhimg.com/t01a7f4c3d5e4b7f2a1.ico">
<link rel="stylesheet" href="https://s.ssl.qhres2.com/static/kuai/pc/detail.4c1e8a.css">
<script>var QIHOO_MONITOR_CONFIG = {{pid: "kuai_pc_{pid}", channel: "{ch}"}};</script>
<script src="https://s.ssl.qhres2.com/ssl/ab77b6ea7f3fbf79.js"></script>
</head>
<body class="kuai-pc {body}">
<div class="top-bar"><div class="wrap"><div class="top-left"><a href="https://hao.360.com/" target="_blank">360导航</a><a href="https://www.so.com/" target="_blank">360搜索</a><a href="https://www.360.cn/" target="_blank">360官网</a></div><div class="top-right"><a href="javascript:;" class="login-btn" id="login-btn">登录</a><span class="line">|</span><a href="javascript:;" class="reg-btn">注册</a></div></div></div>
<div class="header" id="header"><div class="wrap">
<a class="logo" href="/" title="快资讯"><img src="https://p.ssl.qhimg.com/t01c6e2b0d3f84a57a3.png" alt="快资讯"></a>
<form class="search-form" action="https://www.so.com/s" method="get" target="_blank"><input type="hidden" name="src" value="kuai_pc"><input type="text" name="q" class="search-input" autocomplete="off" placeholder="搜索你感兴趣的资讯"><button type="submit" class="search-btn">搜索</button></form>
</div></div>
<div class="nav" id="nav"><div class="wrap"><ul class="nav-list">
<li{n0}><a href="/">推荐</a></li><li{n1}><a href="/pc/channel?ch=guonei">国内</a></li><li><a href="javascript:;" data-ch="guoji">国际</a></li><li><a href="javascript:;" data-ch="shehui">社会</a></li><li><a href="javascript:;" data-ch="caijing">财经</a></li><li><a href="javascript:;" data-ch="keji">科技</a></li><li><a href="javascript:;" data-ch="jiaoyu">教育</a></li><li><a href="javascript:;" data-ch="jiankang">健康</a></li><li><a href="javascript:;" data-ch="tiyu">体育</a></li><li><a href="javascript:;" data-ch="yule">娱乐</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer" id="footer"><div class="wrap">
<p class="links"><a href="https://www.360.cn/about/" target="_blank" rel="nofollow">关于360</a><span>|</span><a href="https://www.360.cn/privacy/v3/kuai.html" target="_blank" rel="nofollow">隐私保护</a><span>|</span><a href="https://www.so.com/help/help_uagreement.html" target="_blank" rel="nofollow">使用协议</a><span>|</span><a href="https://jubao.360.cn/" target="_blank" rel="nofollow">侵权投诉</a><span>|</span><a href="https://www.12377.cn/" target="_blank" rel="nofollow">网上有害信息举报专区</a></p>
<p class="copy">&copy;2024 360.CN 奇虎360 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证080047号</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11000002000006" target="_blank" rel="nofollow">京公网安备11000002000006号</a></p>
</div></div>
<div class="side-tools" id="side-tools"><a href="javascript:;" class="app-qr">打开360搜索APP<br>阅读更多精彩内容</a><a href="javascript:;" class="feedback">意见反馈</a><a href="javascript:;" class="gotop" title="返回顶部">顶部</a></div>
<script src="https://s.ssl.qhres2.com/static/kuai/pc/lib.8b3d02.js"></script>
<script src="https://s.ssl.qhres2.com/static/kuai/pc/detail.b52f7e.js"></script>
</body>
</html>
"""


def path(aid):
    return f"/pc/{aid}"


def article(i):
    speech, aid, stamp, account, pre, photo, caption = ARTICLES[i]
    ps = []
    if pre:
        ps.append(f"<p>{pre}</p>")
    for n, para in enumerate(speech.paras):
        ps.append(f"<p>{para}</p>")
        if n == photo:
            ps.append(
                f'<p class="img-wrap"><img src="https://p0.ssl.img.360kuai.com/t01{aid[:12]}e6.jpg?size=1080x720" data-size="1080x720" alt=""></p>'
            )
            ps.append(f'<p class="img-desc">{caption}</p>')
    other = ARTICLES[1 - i]
    rel = [(path(other[1]) + TRACK, other[0].title, other[3])] + [
        (path(o[0]) + TRACK, o[1], "快资讯") for o in OTHERS[:2]
    ]
    rel_html = "".join(
        f'<li class="rec-item"><a href="{u}" target="_blank" class="rec-title">{t}</a><span class="rec-src">{s}</span></li>'
        for u, t, s in rel
    )
    hot = "".join(
        f'<li><i class="rank rank-{k + 1}">{k + 1}</i><a href="{path(o[0])}{TRACK}" target="_blank">{o[1]}</a></li>'
        for k, o in enumerate(OTHERS)
    )
    head = HEAD.format(
        title=f"{speech.title}-快资讯",
        kw=speech.title,
        desc=(pre or speech.paras[2])[:100],
        canon=f'<link rel="canonical" href="https://{HOST}{path(aid)}">\n',
        pid="detail",
        ch="detail",
        body="page-detail",
        n0="",
        n1="",
    )
    return (
        head
        + f"""<div class="main wrap clearfix" id="main">
<div class="main-left">
<div class="crumb"><a href="/">快资讯</a> &gt; <span>正文</span></div>
<div class="article" id="article" data-id="{aid}">
<h1 class="article-title">{speech.title}</h1>
<div class="article-info"><a class="source" href="/pc/author?uid={aid[-8:]}" target="_blank">{account}</a><span class="time">{stamp}</span><a href="javascript:;" class="report" rel="nofollow">举报</a></div>
<div class="article-content" id="article-content">
{chr(10).join(ps)}
</div>
<div class="article-statement"><p>本文为快传号作者原创，未经授权不得转载</p><p>声明：本文由入驻快资讯的作者撰写，除快资讯官方账号外，观点仅代表作者本人，不代表快资讯立场。</p></div>
<div class="article-tools"><a href="javascript:;" class="like">点赞</a><a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-qq">QQ空间</a></div>
</div>
<div class="related" id="related"><h3 class="block-title">相关推荐</h3><ul class="rec-list">{rel_html}</ul><a href="javascript:;" class="load-more">查看更多</a></div>
</div>
<div class="main-right">
<div class="author-card"><div class="avatar"><img src="https://p.ssl.qhimg.com/t01{aid[:10]}ab.png" alt=""></div><div class="author-name">{account}</div><div class="author-type"><i class="icon-kch"></i>快传号</div><a href="javascript:;" class="follow-btn">+ 关注</a></div>
<div class="hot-news"><h3 class="block-title">热门资讯</h3><ul class="hot-list">{hot}</ul></div>
<div class="ad-box" id="ad-right"><span class="ad-tag">广告</span></div>
</div>
</div>
"""
        + FOOT
    )


def listing(kind):
    cards = [(a[1], a[0].title, a[3], a[2]) for a in ARTICLES] + [(o[0], o[1], "快资讯", o[2]) for o in OTHERS]
    if kind == "guonei":
        cards = [cards[0], cards[2], cards[3]]
    else:
        cards = [cards[1], cards[0], cards[4], cards[2]]
    items = "".join(
        f'<li class="news-item"><a class="news-img" href="{path(c[0])}{TRACK}" target="_blank"><img src="https://p0.ssl.img.360kuai.com/t01{c[0][:12]}e6.jpg?size=240x160" alt=""></a><div class="news-txt"><a class="news-title" href="{path(c[0])}{TRACK}" target="_blank">{c[1]}</a><p class="news-info"><span class="src">{c[2]}</span><span class="time">{c[3]}</span></p></div></li>\n'
        for c in cards
    )
    head = HEAD.format(
        title="快资讯-海量资讯，懂你所需" if kind == "home" else "国内-快资讯",
        kw="快资讯,360快资讯,新闻,资讯",
        desc="快资讯是360旗下的资讯平台，为你提供海量资讯。",
        canon="",
        pid="list",
        ch=kind,
        body="page-list",
        n0=' class="active"' if kind == "home" else "",
        n1=' class="active"' if kind != "home" else "",
    )
    return (
        head
        + f"""<div class="main wrap clearfix" id="main"><div class="main-left"><ul class="news-list" id="news-list">
{items}</ul><div class="loading" data-ch="{kind}">正在加载...</div></div>
<div class="main-right"><div class="app-box"><img src="https://p.ssl.qhimg.com/t01d2c0f8e7b5a6c9e1.png" alt=""><p>扫码下载360搜索APP</p></div></div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "360 快资讯 (www.360kuai.com/pc/ID?cota=…) self-media article pages", extensionless_html=True)
    fam.put("/", listing("home"))
    fam.route("/pc/channel?ch=guonei", "pc/channel_guonei.html", listing("guonei"))
    fam.not_documents += ["/", "/pc/channel?ch=guonei"]
    for i, (speech, aid, stamp, *_r) in enumerate(ARTICLES):
        page = article(i)
        fam.put(path(aid), page)
        fam.route(path(aid) + TRACK, f"pc/{aid}", page)
        fam.doc([path(aid) + TRACK], speech, published_at=stamp[:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.noise += [
        "以下为讲话全文",
        "图片来源：江城大学党委宣传部",
        "本文为快传号作者原创",
        "不代表快资讯立场",
        "相关推荐",
        "热门资讯",
        "打开360搜索APP",
        "京ICP证080047号",
        "奇虎360 版权所有",
        "-快资讯",
        "清河县融媒体中心",
        "举报",
        "+ 关注",
    ]
    fam.note = "the document URL carries the search tracking query (query route); the bare /pc/ID answers the same page"
    return fam
