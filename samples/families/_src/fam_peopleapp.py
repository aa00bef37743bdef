"""人民日报客户端 share pages (wap.peopleapp.com/article/N/M) as a phone browser gets them: a Vue (Nuxt 2)
SSR page whose text is printed in `div.article-content` and again in the `window.__NUXT__` state
(`data[0].articleDetail.contents`, HTML); the fixed top bar (logo, 人民日报 / 参与、沟通、记录时代,
打开), the meta line (来源 / 作者 / time), 责任编辑 under the text, the 打开人民日报客户端 banners
(inside the page after the text: 打开人民日报客户端，查看更多精彩内容; 评论区 打开客户端参与评论;
the fixed bottom bar), 相关推荐 as plain links to other share pages, 人民号 copyright line and ICP.
Article URLs are extensionless `/article/<id>/<article id>` (a 人民号 piece `/article/rmhN/rmhN`);
home `/` is the wap front (推荐 list)."""

import json

from common import SPEECHES, Family

HOST = "wap.renminapp-like.test"

ARTICLES = [
    dict(
        path="/article/7521436/7386025",
        id="7386025",
        speech=SPEECHES["r25b-p2"],
        time="2024-03-08 19:46:12",
        source="人民日报客户端河南频道",
        author="记者 郑凯文",
        editor="刘洋",
        preamble="3月8日，全省春季农业生产现场会在周口市召开。会议实地观摩了高标准农田建设和春播准备情况。副省长出席会议并讲话。以下为讲话全文。",
        category="河南频道",
        read="4.6万",
    ),
    dict(
        path="/article/rmh43187265/rmh43187265",
        id="rmh43187265",
        speech=SPEECHES["r25b-p1"],
        time="2024-06-13 10:05:37",
        source="许昌发布",
        author="",
        editor="",
        preamble=None,
        category="人民号",
        read="1.2万",
    ),
]
OTHERS = [
    ("/article/7521488/7386104", "全国春播粮食进度过两成", "人民日报", "3.1万"),
    ("/article/7521502/7386127", "农业农村部部署春季农业生产工作", "人民日报客户端", "2.4万"),
    ("/article/rmh43190012/rmh43190012", "老旧小区改造后，居民这样说", "许昌发布", "8765"),
]

HEAD = """<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
  <head >
    <title>{title}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><meta data-n-head="ssr" name="format-detection" content="telephone=no"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="人民日报,人民日报客户端,{kw}"><meta data-n-head="ssr" data-hid="description" name="description" content="{desc}"><meta data-n-head="ssr" property="og:title" content="{title}"><meta data-n-head="ssr" property="og:image" content="https://rmrbcmsonline.peopleapp.test/upload/image/logo_share.png"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="/_nuxt/1a7c3e9.js" as="script"><link rel="preload" href="/_nuxt/5d20f44.js" as="script"><link rel="preload" href="/_nuxt/css/8b3c0f1.css" as="style"><link rel="preload" href="/_nuxt/0e6a2b7.js" as="script"><link rel="stylesheet" href="/_nuxt/css/8b3c0f1.css">
    <script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?9f3e8d7a2b6c1e0f4a5d8c7b6e9f0a1b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="page">"""

TOP = """<div class="download-top"><img src="/_nuxt/img/logo.3e1f7c2.png" alt="" class="logo"> <div class="desc"><p class="name">人民日报</p> <p class="slogan">参与、沟通、记录时代</p></div> <a href="javascript:void(0);" class="open-btn">打开</a></div>"""

BOTTOM = """<div class="download-bottom"><a href="javascript:void(0);" class="btn">打开人民日报客户端</a></div>"""

FOOT = """<div class="copyright"><p>人民日报社 版权所有</p> <p>京ICP备16066560号-1　京公网安备11000002000088号</p></div>"""

SCRIPTS = """<script defer src="/_nuxt/1a7c3e9.js"></script><script defer src="/_nuxt/0e6a2b7.js"></script><script defer src="/_nuxt/5d20f44.js"></script><script defer src="/_nuxt/app.4f8b2c1.js"></script>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
  </body>
</html>
"""


def other_items(skip=None):
    out = []
    for path, title, src, read in OTHERS:
        out.append(
            f'<li class="news-item"><a href="{path}" class=""><div class="item-text"><p class="item-title">{title}</p> '
            f'<p class="item-info"><span>{src}</span> <span>{read}阅读</span></p></div></a></li>'
        )
    return "".join(out)


def contents(a):
    paras = ([a["preamble"]] if a["preamble"] else []) + a["speech"].paras
    return "".join(f"<p>　　{p}</p>" for p in paras)


def article(a, other):
    sp = a["speech"]
    body = contents(a)
    author = f'<span class="author">{a["author"]}</span> ' if a["author"] else ""
    rmh = a["category"] == "人民号"
    byline = (
        f'<div class="rmh-info"><img src="https://rmrbcmsonline.peopleapp.test/rmh/upload/avatar/2023/0516/xuchang.jpg" alt="" class="avatar"> '
        f'<div class="rmh-name"><p class="name">{a["source"]}</p> <p class="desc">许昌市人民政府新闻办公室官方账号</p></div> '
        f'<a href="javascript:void(0);" class="follow">+关注</a></div>'
        if rmh
        else ""
    )
    editor = f'<div class="article-editor">责任编辑：{a["editor"]}</div> ' if a["editor"] else ""
    tail = (
        '<div class="rmh-statement">本文为人民日报新媒体平台“人民号”作者上传发布，仅代表作者观点，不代表人民日报立场。</div> '
        if rmh
        else ""
    )
    state = {
        "layout": "default",
        "data": [
            {
                "articleDetail": {
                    "id": a["id"],
                    "title": sp.title,
                    "share_title": sp.title,
                    "news_time": a["time"],
                    "copyfrom": a["source"],
                    "author": a["author"],
                    "editor": a["editor"],
                    "category_name": a["category"],
                    "read_count": a["read"],
                    "contents": body,
                    "share_url": f"https://{HOST}{a['path']}",
                    "is_comment": "1",
                },
                "recommendList": [{"title": t, "url": f"https://{HOST}{p}", "copyfrom": s} for p, t, s, _r in OTHERS]
                + [{"title": other["speech"].title, "url": f"https://{HOST}{other['path']}", "copyfrom": other["source"]}],
            }
        ],
        "fetch": {},
        "error": None,
        "state": {"isApp": False, "isWeixin": False},
        "serverRendered": True,
        "routePath": a["path"],
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}},
    }
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace("/", "\\u002F")
    page = (
        HEAD.format(title=sp.title, kw=sp.title, desc=sp.paras[1][:60])
        + TOP
        + f"""<div class="article-wrap"><h1 class="article-title">{sp.title}</h1> {byline}<div class="article-info"><span class="source">{a["source"]}</span> {author}<span class="time">{a["time"][:16]}</span></div> <div id="articleContent" class="article-content">{body}</div> {editor}{tail}<div class="read-count">阅读 {a["read"]}</div> <div class="open-more"><a href="javascript:void(0);">打开人民日报客户端，查看更多精彩内容</a></div></div> <div class="ad-banner"><img src="/_nuxt/img/banner_download.9a2c4e1.png" alt="下载人民日报客户端"></div> <div class="recommend"><div class="module-title">相关推荐</div> <ul class="news-list"><li class="news-item"><a href="{other['path']}" class=""><div class="item-text"><p class="item-title">{other['speech'].title}</p> <p class="item-info"><span>{other['source']}</span> <span>{other['read']}阅读</span></p></div></a></li>{other_items()}</ul></div> <div class="comment"><div class="module-title">评论</div> <div class="comment-empty">打开人民日报客户端，参与评论</div></div> """
        + FOOT
        + BOTTOM
        + "</div></div></div><script>window.__NUXT__="
        + blob
        + ";</script>"
        + SCRIPTS
    )
    return page


def home():
    items = "".join(
        f'<li class="news-item"><a href="{a["path"]}" class=""><div class="item-text"><p class="item-title">{a["speech"].title}</p> '
        f'<p class="item-info"><span>{a["source"]}</span> <span>{a["read"]}阅读</span></p></div></a></li>'
        for a in ARTICLES[:1]
    )
    state = {"layout": "default", "data": [{"list": [{"title": ARTICLES[0]["speech"].title, "url": ARTICLES[0]["path"]}]}], "serverRendered": True, "routePath": "/"}
    return (
        HEAD.format(title="人民日报客户端", kw="新闻,要闻", desc="人民日报客户端，参与、沟通、记录时代。")
        + TOP
        + '<div class="tabs"><span class="tab active">推荐</span> <span class="tab">要闻</span> <span class="tab">人民号</span> <span class="tab">视频</span> <span class="tab">地方</span></div> '
        + f'<ul class="news-list">{items}{other_items()}</ul> <div class="load-more">打开人民日报客户端，查看更多新闻</div> '
        + FOOT
        + BOTTOM
        + "</div></div></div><script>window.__NUXT__="
        + json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
        + ";</script>"
        + SCRIPTS
    )


def build() -> Family:
    fam = Family(
        HOST,
        "人民日报客户端 share pages (wap.peopleapp.com/article/N/M), Nuxt SSR with window.__NUXT__",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /_nuxt/\n")
    fam.not_documents.append("/")
    a1, a2 = ARTICLES
    fam.put(a1["path"], article(a1, a2))
    fam.put(a2["path"], article(a2, a1))
    for path, title, src, read in OTHERS:
        fam.put(
            path,
            HEAD.format(title=title, kw=title, desc=title)
            + TOP
            + f'<div class="article-wrap"><h1 class="article-title">{title}</h1> <div class="article-info"><span class="source">{src}</span></div> <div id="articleContent" class="article-content"><p>　　{title}。</p></div> <div class="open-more"><a href="javascript:void(0);">打开人民日报客户端，查看更多精彩内容</a></div></div> '
            + FOOT
            + BOTTOM
            + "</div></div></div>"
            + SCRIPTS,
        )
        fam.not_documents.append(path)
    # the date each page prints (its news_time): the 人民号 piece was posted the day after the speech
    fam.doc([a1["path"]], a1["speech"], published_at=a1["time"][:10])
    fam.doc([a2["path"]], a2["speech"], published_at=a2["time"][:10])
    fam.noise += [
        "以下为讲话全文",
        "全省春季农业生产现场会在周口市召开",
        "人民日报客户端河南频道",
        "郑凯文",
        "责任编辑：",
        "参与、沟通、记录时代",
        "打开人民日报客户端",
        "相关推荐",
        "许昌市人民政府新闻办公室官方账号",
        "+关注",
        "仅代表作者观点",
        "京ICP备16066560号-1",
        "人民日报社 版权所有",
        "阅读 4.6万",
    ]
    fam.note = (
        "home `/` links the 农业 piece; the 人民号 piece is reached from its 相关推荐 (both also in the other's "
        "window.__NUXT__ recommendList). The 农业 piece opens with a news preamble paragraph (…以下为讲话全文。) "
        "inside article-content; the 人民号 piece has the account card before the text and the 人民号 statement after it. "
        "The three other recommended pages are stubs, not speeches."
    )
    return fam
