"""趣头条 (html2.qktoutiao.com)-like article pages as the app's share link opens them in a phone browser:
`/detail/2024/04/18/458712345.html?content_id=458712345&key=…&cid=6&share=1&tt_from=weixin` (a query route;
the bare `.html` answers the same, one document). Mobile H5 page, assets from `static.1sapp.com` (趣头条's CDN):
the sticky `div.top-bar` app banner (logo, 打开趣头条 看更多精彩资讯, 打开 button); `h1.title`; `div.info`
(趣头条号 name, `span.time` `2024-04-18 20:15`, 阅读 N); the text in `div.content#content` whose height is folded
by the page's CSS (`div.content.fold`) with the full text in the DOM and a `div.unfold-field` 展开全文 button
under it; the account's lead paragraph first (`…以下为讲话全文：`) and photos in `<p><img data-src>` with a
centred caption `<p class="img-desc">`; after the text the 趣头条 disclaimer (`声明：本文由入驻趣头条的作者撰写…`),
the author card (关注), 热门评论 with `打开趣头条，查看全部N条评论`, 相关推荐 items (title, source, N评), the
`div.bottom-btn` 打开趣头条 领取红包 banner, and `window.__DETAIL__` holding the article metadata (no text).
Home `/` is the share landing's 热门 list (`/h5/hot.html` answers the same); the company speech is reached
through the first one's 相关推荐."""

import json

from common import SPEECHES, Family

HOST = "html2.qktoutiao-like.test"

ARTICLES = [
    {
        "speech": SPEECHES["f46b-3"],
        "cid": "458712345",
        "day": "2024/04/18",
        "time": "2024-04-18 20:15",
        "source": "清河县融媒体中心",
        "avatar": "qhxrmt",
        "reads": "1.2万",
        "key": "9f0b1c5eOPkZl3fXcQ2",
        "lead": "4月18日，全县乡村振兴产业发展现场推进会召开。与会人员先后观摩了城关镇食用菌产业园、石桥镇茶叶加工厂和柳河乡稻虾共养基地，随后召开推进会。县委书记在会上讲话，以下为讲话全文：",
        "photos": [("a3f1c0d2e4", "与会人员观摩城关镇食用菌产业园　县融媒体中心记者 张伟 摄")],
        "comments": [("农家小院", "说得实在，我们村的茶叶就是卖不上价！"), ("石桥老李", "加工厂建起来，村里人在家门口就能上班了"), ("云淡风轻", "希望政策能落到实处")],
    },
    {
        "speech": SPEECHES["f46b-4"],
        "cid": "441209876",
        "day": "2024/01/21",
        "time": "2024-01-21 09:05",
        "source": "恒远新材料",
        "avatar": "hyxcl",
        "reads": "3862",
        "key": "4c2d7a1bKLmN8pQrS5t",
        "lead": "1月20日，恒远新材料股份有限公司召开2023年度总结表彰大会，表彰先进集体8个、先进个人56名。公司董事长出席会议并讲话。现将讲话内容分享如下：",
        "photos": [("b7e2d9c1a0", "表彰大会现场"), ("b7e2d9c1a1", "董事长为先进个人代表颁奖")],
        "comments": [("一线老张", "干了二十年，今年终于评上了，感谢公司！"), ("小鱼儿", "董事长说得好，加油干")],
    },
]
HOT = [
    ("459001122", "2024/04/19", "春耕正忙！无人机飞防一天顶过去半个月", "三农视界", "326"),
    ("459002233", "2024/04/19", "县城这家老面馆开了三十年，一碗面只卖八块钱", "美食探店君", "1208"),
    ("458700011", "2024/04/18", "今年高考报名人数公布，这些变化考生要注意", "教育早知道", "517"),
]


def path(a):
    return f"/detail/{a['day']}/{a['cid']}.html"


def share_target(a):
    return f"{path(a)}?content_id={a['cid']}&key={a['key']}&cid=6&share=1&tt_from=weixin&pv_id=8f2c1a09e7"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,minimum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@</title>
<meta name="keywords" content="趣头条,@@TITLE@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="https://static.1sapp.com/qtt/h5/detail/css/detail.4e1b2c.css">
<script>!function(e){var t=document.documentElement,n=t.clientWidth/7.5;t.style.fontSize=(n>100?100:n)+"px"}(window);</script>
</head>
<body>
<div class="top-bar" id="topBar"><img class="logo" src="https://static.1sapp.com/qtt/h5/img/logo_qtt.png" alt="趣头条"><div class="slogan"><p class="name">趣头条</p><p class="desc">打开趣头条 看更多精彩资讯</p></div><a class="open-btn" href="javascript:;" data-scheme="qukan://detail">打开</a></div>
"""

TAIL = """<div class="bottom-btn" id="bottomBtn"><a href="javascript:;" data-scheme="qukan://home">打开趣头条 领取新人红包</a></div>
<script src="https://static.1sapp.com/qtt/h5/lib/zepto.min.js"></script>
<script src="https://static.1sapp.com/qtt/h5/lib/lazyload.js"></script>
<script src="https://static.1sapp.com/qtt/h5/detail/js/detail.7a90c3.js"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?2b5c8e1f0a7d4c9e6b3a1f8d0c2e7a45";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def head(title, desc):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc)


def article(i):
    a = ARTICLES[i]
    s = a["speech"]
    body = [f"<p>{a['lead']}</p>"]
    photos = list(a["photos"])
    for k, p in enumerate(s.paras):
        body.append(f"<p>{p}</p>")
        if photos and (k == 1 or (k == len(s.paras) // 2 and len(a["photos"]) > 1 and len(photos) == 1)):
            key, cap = photos.pop(0)
            body.append(
                f'<p><img class="lazy" src="https://static.1sapp.com/qtt/h5/img/placeholder.png" data-src="https://static-oss.qutoutiao.net/png/{key}.png?imageView2/2/w/640" data-width="640" data-height="427"></p>'
                f'<p class="img-desc">{cap}</p>'
            )
    other = ARTICLES[1 - i]
    rec = [(share_target(other), other["speech"].title, other["source"], "12")] + [
        (f"/detail/{d}/{c}.html?content_id={c}&cid=6&share=1", t, src, n) for c, d, t, src, n in HOT
    ]
    recs = "".join(
        f'<li class="rec-item"><a href="{u}"><p class="rec-title">{t}</p><p class="rec-info"><span>{src}</span><span>{n}评</span></p></a></li>'
        for u, t, src, n in rec
    )
    coms = "".join(
        f'<li class="comment-item"><img class="avatar" src="https://static.1sapp.com/qtt/h5/img/default_avatar.png"><div class="c-main"><p class="c-name">{n}</p><p class="c-text">{t}</p><p class="c-foot"><span class="c-time">{a["time"][5:10]}</span><span class="c-like">赞</span></p></div></li>'
        for n, t in a["comments"]
    )
    detail = {
        "id": a["cid"],
        "title": s.title,
        "source_name": a["source"],
        "publish_time": a["time"] + ":00",
        "read_count": a["reads"],
        "comment_count": len(a["comments"]) + 9,
        "cover": [f"https://static-oss.qutoutiao.net/png/{a['photos'][0][0]}.png"],
        "share_url": "http://" + HOST + share_target(a),
    }
    return (
        head(s.title, a["lead"][:70])
        + f"""<div class="article" id="article">
<h1 class="title">{s.title}</h1>
<div class="info"><img class="author-avatar" src="https://static-oss.qutoutiao.net/avatar/{a['avatar']}.png"><span class="source">{a['source']}</span><span class="time">{a['time']}</span><span class="read">阅读 {a['reads']}</span></div>
<div class="content fold" id="content">
{"".join(body)}
</div>
<div class="unfold-field" id="unfoldField"><div class="unfold-mask"></div><a class="unfold-btn" href="javascript:;">展开全文<i class="arrow"></i></a></div>
<div class="statement">声明：本文由入驻趣头条的作者撰写，除趣头条官方账号外，观点仅代表作者本人，不代表趣头条立场。</div>
<div class="author-card"><img class="avatar" src="https://static-oss.qutoutiao.net/avatar/{a['avatar']}.png"><div class="a-info"><p class="a-name">{a['source']}</p><p class="a-desc">趣头条号</p></div><a class="follow" href="javascript:;" data-scheme="qukan://author">+ 关注</a></div>
</div>
<div class="hot-comment"><div class="mod-title">热门评论</div><ul>{coms}</ul><a class="all-comment" href="javascript:;" data-scheme="qukan://comment">打开趣头条，查看全部{len(a['comments']) + 9}条评论</a></div>
<div class="recommend"><div class="mod-title">相关推荐</div><ul>{recs}</ul></div>
<script>window.__DETAIL__ = {json.dumps(detail, ensure_ascii=False)};</script>
"""
        + TAIL
    )


def hot_page():
    rows = [(share_target(ARTICLES[0]), ARTICLES[0]["speech"].title, ARTICLES[0]["source"], "12")] + [
        (f"/detail/{d}/{c}.html?content_id={c}&cid=6&share=1", t, src, n) for c, d, t, src, n in HOT
    ]
    lis = "".join(
        f'<li class="rec-item"><a href="{u}"><p class="rec-title">{t}</p><p class="rec-info"><span>{src}</span><span>{n}评</span></p></a></li>\n'
        for u, t, src, n in rows
    )
    return (
        head("趣头条 - 看新闻 领红包", "趣头条，看新闻、刷视频，发现有趣的内容")
        + f"""<div class="hot-list"><div class="mod-title">热门推荐</div><ul>
{lis}</ul><a class="more" href="javascript:;" data-scheme="qukan://home">打开趣头条，查看更多热门资讯</a></div>
"""
        + TAIL
    )


def plain(c, d, t, src):
    return (
        head(t, t)
        + f"""<div class="article" id="article"><h1 class="title">{t}</h1>
<div class="info"><span class="source">{src}</span><span class="time">{d.replace('/', '-')} 10:20</span></div>
<div class="content fold" id="content"><p>{t}。（本文内容略）</p></div>
<div class="statement">声明：本文由入驻趣头条的作者撰写，除趣头条官方账号外，观点仅代表作者本人，不代表趣头条立场。</div>
</div>
"""
        + TAIL
    )


def build() -> Family:
    fam = Family(HOST, "趣头条 (html2.qktoutiao.com) H5 share pages: folded div.content with 展开全文, 1sapp assets")
    home = hot_page()
    fam.put("/", home)
    fam.put("/h5/hot.html", home)
    fam.not_documents += ["/", "/h5/hot.html"]
    for i, a in enumerate(ARTICLES):
        page = article(i)
        fam.route(share_target(a), path(a), page)
        fam.doc([share_target(a)], a["speech"], published_at=a["time"][:10])
    for c, d, t, src, n in HOT:
        file = f"/detail/{d}/{c}.html"
        fam.route(f"{file}?content_id={c}&cid=6&share=1", file, plain(c, d, t, src))
        fam.not_documents.append(f"{file}?content_id={c}&cid=6&share=1")
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        ARTICLES[0]["lead"],
        ARTICLES[1]["lead"],
        "与会人员观摩城关镇食用菌产业园",
        "表彰大会现场",
        "董事长为先进个人代表颁奖",
        "展开全文",
        "声明：本文由入驻趣头条的作者撰写",
        "打开趣头条 看更多精彩资讯",
        "热门评论",
        "说得实在，我们村的茶叶就是卖不上价！",
        "相关推荐",
        "春耕正忙！无人机飞防一天顶过去半个月",
        "打开趣头条 领取新人红包",
        "趣头条号",
    ]
    fam.note = "the account's lead paragraph and photo captions are not speech; the text is folded by CSS (展开全文) but complete in the page"
    return fam
