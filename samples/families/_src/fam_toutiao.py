"""A 今日头条/网易号-like self-media platform, server-rendered React: the author's page renders only
the newest article card, the full list is in `<script id="RENDER_DATA" type="application/json">`
holding URL-encoded JSON (encodeURIComponent) with absolute `article_url`s; article pages carry
the text twice, server-rendered in `article.syl-article-base` (`<p data-track>`) and inside the
encoded RENDER_DATA; a 以下为讲话全文 preamble, a `pgc-img` photo with a 图源 caption, an account
tail (欢迎关注), 举报/反馈, the author card (粉丝/获赞/关注) and a 相关推荐 feed."""

import json
from urllib.parse import quote

from common import SPEECHES, Family, render

HOST = "www.kuaixun-hao.test"
TOKEN = "MS4wLjABAAAAq7Zk3v9XpL2mR8eW1tYc0uHf5nJbGdQa"
AUTHOR = "青禾县融媒"
AUTHOR_DESC = "青禾县融媒体中心官方账号"
PREAMBLE = "6月26日，全县县域商业体系建设推进会召开。县委副书记、县长出席会议并讲话。以下为讲话全文："
CAPTION = "会议现场（图源：青禾县融媒 摄影 周楠）"
TAIL = "来源：青禾县融媒　欢迎关注，获取更多本地资讯"

# speech, group id, publish time, preamble?, photo after paragraph, shown in the SSR list?
ARTICLES = [
    (SPEECHES["Y1"], "7384512093627482634", "2024-06-26 18:32", True, None),
    (SPEECHES["Y2"], "7358216640913179151", "2024-04-16 20:05", False, 1),
]

HEAD = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>@@TITLE@@</title><meta name="keywords" content="@@KEYWORDS@@"/><meta name="description" content="@@DESC@@"/>
<link rel="shortcut icon" href="//sf3-cdn-tos.kuaixunstatic.test/obj/static/favicon.ico"/>
<link href="//sf3-cdn-tos.kuaixunstatic.test/obj/static/pc/article/index.8d2c1a.css" rel="stylesheet"/>
@@EXTRA@@<script id="RENDER_DATA" type="application/json">@@RENDER@@</script>
</head><body><div id="root"><div class="kx-header"><div class="kx-header-inner"><a class="logo" href="/" aria-label="快讯号"></a><div class="search"><input placeholder="搜索站内资讯、视频或用户"/><button>搜索</button></div><div class="right"><a href="/download/" class="download-app">下载快讯号APP</a><a href="/login/" class="login-button">登录</a></div></div></div>
"""

FOOT = """<div class="kx-footer"><p>&copy; 2024 快讯号 www.kuaixun-hao.test <a href="/license/" rel="nofollow">用户协议</a> <a href="/privacy/" rel="nofollow">隐私政策</a> <a href="/jubao/" rel="nofollow">侵权投诉</a></p><p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备12025439号-3</a> 违法和不良信息举报电话：400-140-2108</p></div>
</div>
<script src="//sf3-cdn-tos.kuaixunstatic.test/obj/static/pc/article/vendor.3f9a7e.js" crossorigin="anonymous"></script>
<script src="//sf3-cdn-tos.kuaixunstatic.test/obj/static/pc/article/index.5b1d0c.js" crossorigin="anonymous"></script>
</body></html>
"""


def article_url(gid):
    return f"/article/{gid}/"


def encoded(data):
    return quote(json.dumps(data, ensure_ascii=False, separators=(",", ":")), safe="")


def content_html(a):
    speech, _gid, _t, preamble, photo_after = a
    out = []
    if preamble:
        out.append(f'<p data-track="{len(out) + 1}">{PREAMBLE}</p>')
    for i, p in enumerate(speech.paras):
        out.append(f'<p data-track="{len(out) + 1}">{p}</p>')
        if photo_after is not None and i == photo_after:
            out.append(
                '<div class="pgc-img"><img src="https://p3-sign.kuaixunimg.test/tos-cn-i-qvj2lq49k0/8c1e2f0a9b.jpg~tplv-tt-origin-asy2:5aS05p2hQOmdkuemvuWOv.image" '
                f'img_width="1080" img_height="720" alt="" inline="0"><p class="pgc-img-caption">{CAPTION}</p></div>'
            )
    out.append(f'<p data-track="{len(out) + 1}" style="color:#999">{TAIL}</p>')
    return "".join(out)


def author_card():
    return f"""<div class="author-info"><a href="/c/user/token/{TOKEN}/" class="author-avatar" rel="nofollow"><img src="https://p3.kuaixunimg.test/img/user-avatar/3d0e7b.png~120x120.image" alt=""/></a><div class="author-info-name"><a href="/c/user/token/{TOKEN}/" class="name" rel="nofollow">{AUTHOR}</a><span class="verified-tag">快讯号 · 政务</span></div><p class="author-info-desc">{AUTHOR_DESC}</p><div class="author-info-stat"><span><b>12.6万</b>粉丝</span><span><b>38.2万</b>获赞</span></div><button class="follow-button">关注</button></div>"""


RELATED = """<div class="related-feed"><div class="feed-title">相关推荐</div>
<div class="feed-card-article"><a href="/article/7384609981201715722/" class="title">全县“三夏”生产进度过半，机收率达九成</a><div class="feed-card-footer"><span>青禾县融媒</span><span>326评论</span></div></div>
<div class="feed-card-article"><a href="/article/7384702219950027291/" class="title">青禾高山茶叶直播带货，一晚卖出两万单</a><div class="feed-card-footer"><span>乡村振兴观察</span><span>1.1万评论</span></div></div>
</div>"""


def article_page(i):
    a = ARTICLES[i]
    speech, gid, stamp, *_ = a
    content = content_html(a)
    render_data = {
        "data": {
            "groupId": gid,
            "title": speech.title,
            "publishTime": stamp,
            "source": AUTHOR,
            "mediaUser": {"screenName": AUTHOR, "userId": TOKEN, "description": AUTHOR_DESC},
            "content": content,
            "itemCell": {"articleBase": {"itemStatus": 0}, "userInteraction": {"diggCount": 216, "commentCount": 48}},
        }
    }
    body = f"""<div class="main-content"><div class="left-sider"><div class="detail-side-interaction"><div class="detail-like" aria-label="点赞">216</div><div class="detail-interaction-comment" aria-label="评论">48</div><div class="detail-interaction-collect" aria-label="收藏">收藏</div><div class="detail-interaction-share">分享</div></div></div>
<div class="article-content"><h1>{speech.title}</h1><div class="article-meta"><span class="original-mark">原创</span><span>{stamp}</span><span class="dot">·</span><span class="name"><a href="/c/user/token/{TOKEN}/" rel="nofollow">{AUTHOR}</a></span><span class="dot">·</span><span>浙江</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{content}</article>
<div class="detail-end-tips"><a href="/jubao/?group_id={gid}" rel="nofollow" class="report">举报/反馈</a></div>
<div class="detail-comment"><div class="comment-title">评论 48</div><div class="comment-input"><textarea placeholder="留下你的精彩评论吧"></textarea><button>评论</button></div></div>
</div>
<div class="right-sider">{author_card()}{RELATED}</div></div>
"""
    extra = f'<link rel="canonical" href="https://{HOST}{article_url(gid)}"/>\n<meta property="og:type" content="article"/>\n'
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title} - 快讯号",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:80],
        EXTRA=extra,
        RENDER=encoded(render_data),
    )


def author_page():
    newest = ARTICLES[0]
    render_data = {
        "data": {
            "user": {"screenName": AUTHOR, "description": AUTHOR_DESC, "followersCount": 126000},
            "feed": [
                {
                    "group_id": a[1],
                    "title": a[0].title,
                    "abstract": a[0].paras[1][:50],
                    "article_url": f"https://{HOST}{article_url(a[1])}",
                    "publish_time": a[2],
                    "comment_count": 48,
                }
                for a in ARTICLES
            ],
            "has_more": False,
        }
    }
    body = f"""<div class="profile-container"><div class="profile-header">{author_card()}</div>
<div class="profile-tab"><span class="active">文章</span><span>视频</span><span>微头条</span></div>
<div class="profile-feed"><div class="profile-article-card"><a href="{article_url(newest[1])}" class="title">{newest[0].title}</a><p class="abstract">{newest[0].paras[1][:50]}…</p><div class="footer"><span>48评论</span><span>{newest[2][:10]}</span></div></div>
<div class="loading-more">正在加载…</div></div></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{AUTHOR}的主页 - 快讯号",
        KEYWORDS=AUTHOR,
        DESC=AUTHOR_DESC,
        EXTRA="",
        RENDER=encoded(render_data),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "今日头条/网易号-like self-media platform: author page lists articles in URL-encoded RENDER_DATA JSON; article text SSR + hydrated copy; preamble, 图源 caption, account tail, author card, 相关推荐",
    )
    fam.home = f"/c/user/token/{TOKEN}/"
    fam.put(fam.home, author_page())
    fam.not_documents.append(fam.home)
    for i, a in enumerate(ARTICLES):
        fam.put(article_url(a[1]), article_page(i))
        fam.doc([article_url(a[1])], a[0], found_by="links" if i == 0 else "inline json")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /api/\nDisallow: /jubao/\n")
    fam.noise += [
        "以下为讲话全文",
        "县委副书记、县长出席会议并讲话",
        "图源",
        "摄影 周楠",
        "会议现场",
        "欢迎关注",
        "来源：青禾县融媒",
        "举报/反馈",
        "原创",
        "青禾县融媒体中心官方账号",
        "粉丝",
        "获赞",
        "快讯号 · 政务",
        "相关推荐",
        "三夏",
        "一晚卖出两万单",
        "留下你的精彩评论吧",
        "下载快讯号APP",
        "违法和不良信息举报电话",
        "京ICP备12025439号-3",
    ]
    fam.note = (
        "home is the author's page: only the newest article has an <a> card; the full list is in RENDER_DATA "
        "(URL-encoded JSON, absolute https article_url)"
    )
    return fam
