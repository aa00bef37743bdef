"""新华社客户端 share pages (h.xinhuaxmt.com/vh512/share/N?d=…) as a phone browser opening a link shared
to WeChat gets them: the fixed 打开新华社客户端 download bar at the top, `h1.title`, the info line
(来源 / time), the text server-rendered in `div.main-text#detailContent` and again in the page's
`window.__INITIAL_STATE__` (`detail.content`, HTML), 责任编辑, the 打开新华社客户端 查看更多 / 参与评论
prompts, 相关新闻 (links to other share pages), 新华社客户端 copyright and the bottom download bar.
Share URLs are extensionless `/vh512/share/N` with the share parameters `?d=…` (routed to the same
file); home `/` is the client's landing page with a 热点 list."""

import json

from common import SPEECHES, Family

HOST = "h.xinhuashe-app-like.test"

ARTICLES = [
    dict(
        id="11963584",
        d="134d1a3",
        speech=SPEECHES["R28B6"],
        time="2024-05-16 19:42:18",
        source="新华社",
        editor="张晓雯",
        preamble="新华社石家庄5月16日电　5月16日，全市数字经济发展大会召开。会议总结近年来数字经济发展情况，部署下一阶段重点任务。市委主要负责同志出席会议并讲话。以下为讲话全文：",
        read="15.3万",
    ),
    dict(
        id="11951207",
        d="134cf4e",
        speech=SPEECHES["R28B5"],
        time="2024-05-12 16:08:45",
        source="新华社客户端",
        editor="李浩然",
        preamble=None,
        read="8.7万",
    ),
]
OTHERS = [
    ("11963311", "134d1a3", "数字技术赋能传统产业 这座城市这样做", "新华社", "6.2万"),
    ("11962870", "134d1a3", "一季度我国数字经济核心产业增加值保持较快增长", "新华社", "11.4万"),
    ("11950962", "134cf4e", "职业教育活动周：走进实训车间 感受技能魅力", "新华社客户端", "3.9万"),
]


def share_path(aid, d):
    return f"/vh512/share/{aid}?d={d}"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@</title>
<meta name="keywords" content="新华社,新华社客户端,@@KW@@">
<meta name="description" content="@@DESC@@">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:image" content="https://img-xhpfm.xinhuashe-app-like.test/share/logo_share_300.png">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/vh512/static/css/share.8c21f5e3.css">
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?7c3a0f1e5b2d84c6a9e1f0b3d5c7e2a4";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</head>
<body>
<div id="app" data-v-app>"""

TOP = """<div class="download-top" id="downloadTop"><div class="download-top-inner"><img class="logo" src="/vh512/static/img/logo_xhs.3f0b9c.png" alt="新华社"><div class="download-txt"><p class="app-name">新华社</p><p class="app-desc">打开新华社客户端，阅读体验更佳</p></div><a class="open-app" href="javascript:void(0);" data-scheme="xinhuashe://article?docid=@@ID@@">打开</a></div></div>"""

FOOT = """<div class="copyright"><p>新华社客户端 版权所有</p><p>未经新华社书面授权，不得转载、摘编或以其他方式使用</p><p>京ICP备10215648号-7</p></div>
<div class="download-bottom" id="downloadBottom"><img class="db-logo" src="/vh512/static/img/logo_round.1c6e2a.png" alt=""><span class="db-txt">下载新华社客户端，权威新闻第一时间掌握</span><a class="db-btn" href="javascript:void(0);">立即下载</a></div>"""

SCRIPTS = """<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
<script src="/vh512/static/js/chunk-vendors.5b7e2d41.js"></script>
<script src="/vh512/static/js/share.0f9c3a88.js"></script>
</body>
</html>
"""


def rec_items(items):
    out = []
    for aid, d, title, src, read in items:
        out.append(
            f'<li class="rec-item"><a href="{share_path(aid, d)}"><p class="rec-title">{title}</p>'
            f'<p class="rec-info"><span class="rec-source">{src}</span><span class="rec-read">{read}浏览</span></p></a></li>'
        )
    return "".join(out)


def body_html(a):
    paras = ([a["preamble"]] if a["preamble"] else []) + a["speech"].paras
    return "".join(f"<p>　　{p}</p>" for p in paras)


def article(a, other):
    sp = a["speech"]
    body = body_html(a)
    recs = [(other["id"], other["d"], other["speech"].title, other["source"], other["read"])] + OTHERS
    state = {
        "detail": {
            "docId": int(a["id"]),
            "title": sp.title,
            "shareTitle": sp.title,
            "source": a["source"],
            "releaseDate": a["time"],
            "editor": a["editor"],
            "readCount": a["read"],
            "content": body,
            "shareUrl": f"https://{HOST}/vh512/share/{a['id']}",
            "commentFlag": 1,
            "newsType": 1001,
        },
        "recommend": [
            {"docId": int(aid), "title": t, "source": s, "url": f"https://{HOST}{share_path(aid, d)}"}
            for aid, d, t, s, _r in recs
        ],
        "isWeixin": False,
        "isApp": False,
    }
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    share = json.dumps(
        {
            "title": sp.title,
            "desc": (a["preamble"] or sp.paras[1])[:50],
            "link": f"https://{HOST}/vh512/share/{a['id']}",
            "imgUrl": "https://img-xhpfm.xinhuashe-app-like.test/share/logo_share_300.png",
        },
        ensure_ascii=False,
    )
    return (
        HEAD.replace("@@TITLE@@", sp.title).replace("@@KW@@", sp.title).replace("@@DESC@@", sp.paras[1][:70])
        + TOP.replace("@@ID@@", a["id"])
        + f"""
<div class="main" id="main">
<div class="article-head"><h1 class="title">{sp.title}</h1><div class="info"><span class="source">{a["source"]}</span><span class="time">{a["time"]}</span></div></div>
<div class="main-text" id="detailContent">{body}</div>
<p class="editor">责任编辑：{a["editor"]}</p>
<div class="read-more"><a class="open-app-btn" href="javascript:void(0);">打开新华社客户端 查看更多精彩内容</a></div>
<div class="like-bar"><span class="like"><i class="icon-like"></i>点赞</span><span class="read">浏览量 {a["read"]}</span></div>
<div class="ad-banner"><a href="javascript:void(0);"><img src="/vh512/static/img/banner_download.a7e21c.jpg" alt="下载新华社客户端"></a></div>
<div class="recommend"><div class="module-title"><span>相关新闻</span></div><ul class="rec-list">{rec_items(recs)}</ul></div>
<div class="comment-box"><div class="module-title"><span>评论</span></div><div class="comment-empty"><p>暂无评论</p><a href="javascript:void(0);" class="open-app-btn">打开新华社客户端 参与评论</a></div></div>
</div>
"""
        + FOOT
        + "\n</div>\n<script>window.__INITIAL_STATE__="
        + blob
        + ";</script>\n<script>var shareData = "
        + share
        + ";</script>\n"
        + SCRIPTS
    )


def stub(aid, title, src):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", title).replace("@@DESC@@", title)
        + TOP.replace("@@ID@@", aid)
        + f'\n<div class="main" id="main"><div class="article-head"><h1 class="title">{title}</h1><div class="info"><span class="source">{src}</span></div></div>'
        + f'<div class="main-text" id="detailContent"><p>　　{title}。</p></div><div class="read-more"><a class="open-app-btn" href="javascript:void(0);">打开新华社客户端 查看更多精彩内容</a></div></div>\n'
        + FOOT
        + "\n</div>\n"
        + SCRIPTS
    )


def home():
    a = ARTICLES[0]
    items = rec_items([(a["id"], a["d"], a["speech"].title, a["source"], a["read"])] + OTHERS[:2])
    return (
        HEAD.replace("@@TITLE@@", "新华社客户端").replace("@@KW@@", "新闻,要闻,客户端下载").replace("@@DESC@@", "新华社客户端，权威新闻第一时间掌握。")
        + TOP.replace("@@ID@@", "0")
        + f"""
<div class="landing"><div class="landing-hero"><img src="/vh512/static/img/landing_phone.5d2f0e.png" alt="新华社客户端"><p class="landing-slogan">新华社客户端</p><a class="landing-btn" href="javascript:void(0);">下载新华社客户端</a></div>
<div class="hot"><div class="module-title"><span>热点</span></div><ul class="rec-list">{items}</ul></div>
<div class="read-more"><a class="open-app-btn" href="javascript:void(0);">打开新华社客户端 查看更多新闻</a></div></div>
"""
        + FOOT
        + "\n</div>\n"
        + SCRIPTS
    )


def build() -> Family:
    fam = Family(
        HOST,
        "新华社客户端 share pages (h.xinhuaxmt.com/vh512/share/N?d=…), text in HTML and window.__INITIAL_STATE__",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /vh512/api/\n")
    fam.not_documents.append("/")
    a1, a2 = ARTICLES
    for a, other in ((a1, a2), (a2, a1)):
        fam.route(share_path(a["id"], a["d"]), f"/vh512/share/{a['id']}", article(a, other))
    for aid, d, title, src, _read in OTHERS:
        fam.route(share_path(aid, d), f"/vh512/share/{aid}", stub(aid, title, src))
        fam.not_documents.append(share_path(aid, d))
    fam.doc([share_path(a1["id"], a1["d"])], a1["speech"], published_at=a1["time"][:10])
    fam.doc([share_path(a2["id"], a2["d"])], a2["speech"], published_at=a2["time"][:10])
    fam.noise += [
        "新华社石家庄5月16日电",
        "以下为讲话全文",
        "责任编辑：",
        "张晓雯",
        "打开新华社客户端",
        "相关新闻",
        "新华社客户端 版权所有",
        "京ICP备10215648号-7",
        "浏览量",
        "暂无评论",
    ]
    fam.note = (
        "home `/` (landing page) lists the 数字经济 piece; the 职业教育 piece is reached from its 相关新闻. "
        "The 数字经济 piece opens with a 新华社…电 dispatch preamble paragraph (…以下为讲话全文：) inside "
        "detailContent. Both texts again in window.__INITIAL_STATE__. The three other share pages are stubs."
    )
    return fam
