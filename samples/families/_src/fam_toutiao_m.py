"""今日头条 mobile web (m.toutiao.com/article/N/), as a phone browser without the app gets it: the
server-rendered `toutiao-m` page (viewport meta, `tt-` classes): the 打开App top banner, `h1.article-title`,
the author line (avatar, name, `发布于` time, 关注), the text in `article.syl-article-base.tt-article-content
.syl-device-mobile` (`<p data-track>`), folded after a height with `展开剩余N%` (the whole text is in the
page), the account's tail, 举报, the 相关推荐 `feed-card` list, 评论 (热门评论, 打开App查看更多评论), the fixed
bottom bar (写评论 / 评论数 / 收藏 / 分享), the ICP footer, and the page data again URL-encoded in
`<script id="RENDER_DATA" type="application/json">`. A county media account put one long speech up as
two articles, `……（上）` and `……（下）`, the first ending `（未完待续）` with a link to the second, the second
opening with a link back: the Toutiao way of a next part. Home `/` is the 推荐 feed shell with a few
server-rendered cards; the account page `/c/user/token/…/` lists its articles."""

import json
from urllib.parse import quote

from common import SPEECHES, Family, split_paras

HOST = "m.toutiao-like.test"
TOKEN = "MS4wLjABAAAAq9Xk2Lr7cFz0pT3hWbN5sYvJ8eRgU1mKd6oQ4iAxYtE"
ACCOUNT = "青川县融媒体中心"
ACCOUNT2 = "江北营商观察"

SP1 = SPEECHES["f41c-1"]
SP2 = SPEECHES["f41c-3"]
P1, P2 = split_paras(SP1.paras, 2)

ARTS = [
    dict(id="7389512764028469811", title=SP1.title + "（上）", paras=P1, time="2024-07-09 18:03",
         author=ACCOUNT, token=TOKEN, fold="62", reads="1.2万", comments=38, likes=216,
         preamble="7月9日，全县乡村振兴夏季观摩推进会召开。县委书记在会上作了讲话。现将讲话全文分上、下两篇刊发。",
         tail="（未完待续）", tail_link=1),
    dict(id="7389513094213681718", title=SP1.title + "（下）", paras=P2, time="2024-07-09 18:05",
         author=ACCOUNT, token=TOKEN, fold="58", reads="8654", comments=12, likes=97,
         preamble=None, head_link=0, tail="来源：青川发布　编辑：李敏　审核：陈涛"),
    dict(id="7339871502286594570", title=SP2.title, paras=SP2.paras, time="2024-02-26 17:40",
         author=ACCOUNT2, token="MS4wLjABAAAAb3nF0sWq2yZk8PeVhR4cLxJ7tGdM1uOi9aKw5NmE6Tc", fold="71",
         reads="3.4万", comments=56, likes=402,
         preamble="2月26日，全市营商环境优化提升大会召开。市委书记出席会议并讲话。以下为讲话全文：",
         tail="本文系“江北营商观察”原创，转载请注明出处。"),
]
OTHER = [
    ("7389620017455211043", "青川：夏粮颗粒归仓 农户笑开颜", "青川县融媒体中心", "326评论"),
    ("7389488852210745890", "暴雨蓝色预警！今夜到明天局地有大暴雨", "天气预报官方", "1289评论"),
    ("7339902211871433226", "一图读懂：2024年优化营商环境十大举措", "江北营商观察", "45评论"),
]


def url(a):
    return f"/article/{a['id']}/"


def feed_cards(items):
    return "".join(
        f'<div class="feed-card-wrapper feed-card-article-wrapper"><a class="feed-card-article-l" href="/article/{i}/">'
        f'<div class="feed-card-article-title">{t}</div><div class="feed-card-footer-info"><span class="feed-card-footer-cmp-author">{who}</span>'
        f'<span class="feed-card-footer-comment-cmp">{c}</span></div></a></div>'
        for i, t, who, c in items
    )


def head(title, desc):
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{title}</title>
<meta name="description" content="{desc}">
<link rel="shortcut icon" href="//sf3-cdn-tos.toutiaostatic.test/obj/ttfe/pgcfe/sz/mp_logo.png" type="image/x-icon">
<link rel="stylesheet" href="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/css/article.7c2e4f10.css">
<script>!function(){{var e=document.documentElement,t=e.clientWidth/3.75;e.style.fontSize=(t>200?200:t)+"px"}}();</script>
<script src="//lf3-cdn-tos.bytescm.test/obj/static/log-sdk/collect/collect.js" async></script>
</head>
"""


def article_page(i):
    a = ARTS[i]
    body = []
    if a.get("head_link") is not None:
        o = ARTS[a["head_link"]]
        body.append(f'<p data-track="1">上接：<a class="pgc-link" href="https://{HOST}{url(o)}" target="_blank">{o["title"]}</a></p>')
    if a["preamble"]:
        body.append(f'<p data-track="{len(body) + 1}">{a["preamble"]}</p>')
    for n, p in enumerate(a["paras"]):
        body.append(f'<p data-track="{len(body) + 1}">{p}</p>')
        if n == 1 and i != 1:
            body.append(f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.test/tos-cn-i-qvj2lq49k0/{a["id"][-8:]}~tplv-tt-large.image" img_width="1080" img_height="720" alt="" inline="0" image_type="1" mime_type="image/jpeg" web_uri="tos-cn-i-qvj2lq49k0/{a["id"][-8:]}"><p class="pgc-img-caption"></p></div>')
    if a.get("tail_link") is not None:
        o = ARTS[a["tail_link"]]
        body.append(f'<p data-track="{len(body) + 1}">{a["tail"]}</p>')
        body.append(f'<p data-track="{len(body) + 1}">下篇：<a class="pgc-link" href="https://{HOST}{url(o)}" target="_blank">{o["title"]}</a></p>')
    else:
        body.append(f'<p data-track="{len(body) + 1}">{a["tail"]}</p>')
    content = "".join(body)
    others = [(x["id"], x["title"], x["author"], f'{x["comments"]}评论') for j, x in enumerate(ARTS) if j != i] + OTHER
    render = {
        "data": {
            "groupId": a["id"], "itemId": a["id"], "title": a["title"], "content": content,
            "publishTime": a["time"], "source": a["author"], "mediaUser": {"screenName": a["author"], "token": a["token"]},
            "itemCell": {"itemCounter": {"commentCount": a["comments"], "diggCount": a["likes"], "readCount": a["reads"]}},
        },
        "common": {"isMobile": True, "appName": "toutiao_m_web"},
    }
    encoded = quote(json.dumps(render, ensure_ascii=False, separators=(",", ":")), safe="")
    return head(f"{a['title']} - 今日头条", a["paras"][1][:50]) + f"""<body>
<div id="root"><div class="page-article">
<div class="top-banner-wrapper"><div class="top-banner"><img class="top-banner-logo" src="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/img/logo.png" alt="今日头条"><span class="top-banner-text">今日头条</span><a class="top-banner-btn" href="snssdk141://detail?groupid={a["id"]}&amp;gd_label=click_wap_download_banner">App内打开</a></div></div>
<div class="article-wrapper">
<h1 class="article-title">{a["title"]}</h1>
<div class="article-meta"><a class="author-avatar" href="/c/user/token/{a["token"]}/"><img src="https://p3.toutiaoimg.test/img/user-avatar/{a["token"][-6:]}~120x256.image" alt=""></a>
<div class="author-info"><a class="author-name" href="/c/user/token/{a["token"]}/">{a["author"]}</a><span class="publish-time">{a["time"]}</span></div>
<a class="subscribe-btn" href="snssdk141://profile?uid={a["token"][-10:]}">关注</a></div>
<div class="article-content-wrapper fold" style="max-height:12rem;overflow:hidden">
<article class="syl-article-base syl-page-article tt-article-content syl-device-mobile">{content}</article>
</div>
<div class="fold-btn-wrapper"><button class="fold-btn">展开剩余{a["fold"]}%<i class="tt-icon-arrow-down"></i></button></div>
<div class="article-extra"><span class="read-count">{a["reads"]}阅读</span><a class="report-btn" href="/feedback/report/?group_id={a["id"]}">举报</a></div>
<div class="article-statement">本内容由作者发布，不代表今日头条立场。</div>
</div>
<div class="ad-wrapper"><div class="ad-card" data-ad-id="1789221034"><span class="ad-label">广告</span><p class="ad-title">夏季清凉好物限时特惠，满199减30</p></div></div>
<div class="related-wrapper"><div class="block-title">相关推荐</div>{feed_cards(others)}</div>
<div class="comment-wrapper"><div class="block-title">评论 {a["comments"]}</div>
<div class="comment-item"><span class="comment-user">用户5820336710</span><p class="comment-text">讲得实在，问题说得很透。</p><span class="comment-time">{a["time"][5:10]}</span><span class="comment-digg">{a["likes"] // 10}</span></div>
<div class="comment-item"><span class="comment-user">山里的老周</span><p class="comment-text">希望说到做到，落到实处。</p><span class="comment-time">{a["time"][5:10]}</span><span class="comment-digg">7</span></div>
<a class="more-comment" href="snssdk141://detail?groupid={a["id"]}&amp;showcomment=1">打开App查看更多评论</a></div>
<div class="page-footer"><p>© 2024 今日头条 www.toutiao.com</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12025439号-3</a>　京公网安备11000002002023号</p></div>
<div class="bottom-bar"><span class="bottom-bar-input">写评论...</span><span class="bottom-bar-comment">{a["comments"]}</span><span class="bottom-bar-collect">收藏</span><span class="bottom-bar-share">分享</span></div>
</div></div>
<script id="RENDER_DATA" type="application/json">{encoded}</script>
<script src="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/js/vendor.3a81c0d2.js"></script>
<script src="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/js/article.9f04b6e7.js"></script>
</body>
</html>
"""


def home_page():
    items = [(a["id"], a["title"], a["author"], f'{a["comments"]}评论') for a in (ARTS[0], ARTS[2])] + OTHER[:2]
    return head("今日头条", "今日头条是一个通用信息平台，致力于连接人与信息，让优质丰富的信息得到高效精准的分发。") + f"""<body>
<div id="root"><div class="page-feed">
<div class="top-banner-wrapper"><div class="top-banner"><img class="top-banner-logo" src="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/img/logo.png" alt="今日头条"><span class="top-banner-text">今日头条</span><a class="top-banner-btn" href="snssdk141://home">打开App</a></div></div>
<div class="channel-bar"><a class="channel-item active" href="/">推荐</a><a class="channel-item" href="/?channel=news_hot">热点</a><a class="channel-item" href="/?channel=news_society">社会</a><a class="channel-item" href="/?channel=news_finance">财经</a></div>
<div class="feed-list">{feed_cards(items)}</div>
<div class="feed-loading">正在加载...</div>
<div class="page-footer"><p>© 2024 今日头条 www.toutiao.com</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12025439号-3</a></p></div>
</div></div>
<script src="//lf3-cdn-tos.bytescm.test/obj/static/toutiao/toutiao_m_web/js/feed.5b2d17ac.js"></script>
</body>
</html>
"""


def user_page():
    mine = [a for a in ARTS if a["token"] == TOKEN]
    items = "".join(
        f'<div class="profile-feed-card"><a href="/article/{a["id"]}/"><div class="title">{a["title"]}</div><div class="info"><span>{a["reads"]}阅读</span><span>{a["comments"]}评论</span><span>{a["time"][5:10]}</span></div></a></div>'
        for a in reversed(mine)
    ) + '<div class="profile-feed-card"><a href="/article/7389620017455211043/"><div class="title">青川：夏粮颗粒归仓 农户笑开颜</div><div class="info"><span>2.1万阅读</span><span>326评论</span><span>07-09</span></div></a></div>'
    return head(f"{ACCOUNT}的头条主页 - 今日头条", f"{ACCOUNT}，青川县委宣传部主办。") + f"""<body>
<div id="root"><div class="page-profile">
<div class="top-banner-wrapper"><div class="top-banner"><span class="top-banner-text">今日头条</span><a class="top-banner-btn" href="snssdk141://profile">App内打开</a></div></div>
<div class="profile-header"><img class="avatar" src="https://p3.toutiaoimg.test/img/user-avatar/{TOKEN[-6:]}~120x256.image" alt=""><h2 class="name">{ACCOUNT}</h2><p class="verify">青川县融媒体中心官方账号</p>
<div class="counts"><span><b>3.6万</b>获赞</span><span><b>112</b>关注</span><span><b>8.9万</b>粉丝</span></div></div>
<div class="profile-tabs"><span class="active">文章</span><span>视频</span><span>微头条</span></div>
<div class="profile-feed">{items}</div>
<div class="page-footer"><p>© 2024 今日头条 www.toutiao.com</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12025439号-3</a></p></div>
</div></div>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "今日头条 mobile web article pages (m.toutiao.com/article/N/)")
    fam.put("/", home_page())
    user = f"/c/user/token/{TOKEN}/"
    fam.put(user, user_page())
    fam.not_documents += ["/", user]
    for i in range(3):
        fam.put(url(ARTS[i]), article_page(i))
    fam.not_documents.append(url(ARTS[1]))
    fam.doc([url(ARTS[0]), url(ARTS[1])], SP1, published_at="2024-07-09", pages_found_by="links")
    fam.doc([url(ARTS[2])], SP2, published_at="2024-02-26")
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n", "ascii")
    fam.noise += [
        "现将讲话全文分上、下两篇刊发", "以下为讲话全文", "（未完待续）", "下篇：", "上接：", "App内打开",
        "展开剩余", "阅读", "举报", "本内容由作者发布，不代表今日头条立场。", "夏季清凉好物限时特惠",
        "相关推荐", "讲得实在，问题说得很透。", "打开App查看更多评论", "京ICP备12025439号-3", "写评论...",
        "来源：青川发布", "本文系“江北营商观察”原创", "暴雨蓝色预警",
    ]
    fam.note = (
        "One speech is two Toutiao articles by the same account, published two minutes apart: `……（上）` ends "
        "`（未完待续）` and `下篇：<a class=\"pgc-link\">……（下）</a>`, `……（下）` opens `上接：<a>……（上）</a>`; "
        "the document is both pages (its title without the 上/下 marks). The first part opens with a news note "
        "(…分上、下两篇刊发), the second ends with the account's 来源/编辑/审核 line. Text sits in a folded box "
        "(`max-height` inline style, 展开剩余N%), whole in the page, and again URL-encoded in RENDER_DATA. "
        "Home `/` is the 推荐 feed (links the 上 part and the other speech only); the account page links both parts."
    )
    return fam
