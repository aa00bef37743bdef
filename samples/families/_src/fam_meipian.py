"""美篇 (www.meipian.cn)-like article pages: a speech posted by a teacher / a village cadre as a 美篇 with
its photos. Extensionless article ids (`/4m7x2k9a`), the author's page `/c/38125067` as home.
The PC article page: `mp-header` (logo, 发现 / 创作 links, 下载APP, 登录), the cover photo, `h1.mp-title`,
`div.mp-article-info` (avatar, nickname link, `span.time` 2024-02-26, 阅读 N), a background-music bar
(`div.mp-music` 背景音乐), the text as 美篇 sections (`div.section` > `div.img-box` photo and
`div.text` with `<p>`s, several sections a post, the poster's own intro line in the first one), a
`div.mp-article-end` with 举报 / 著作权 line, the 赞 / 评论 / 分享 bar, 赞赏, comments (`div.comment-item`),
the author card (美篇号, 关注), 推荐阅读, the 打开美篇APP prompt and footer with 苏ICP备 line; the
article again in `window.__INITIAL_STATE__` (article id, title, create_time only).

Pagination: 美篇's own "next part" convention for a long text: the teacher posted the 开学典礼 speech as two
美篇, （上） and （下）; the last section of （上） is `（未完待续，点击下方链接阅读下篇）` and a 美篇 link card
(`div.section.link-section > a.mp-link-card`) to （下）, which opens with `接上篇` and a link card back. The
expected document is both posts' speech parts joined; the second post's URL is a page of it."""

import json

from common import SPEECHES, Family, split_paras

HOST = "www.meipian-like.test"
UID = "38125067"

# key, ids, author, mp number, time, read count, intro, closing line, photos (file, caption-less)
POSTS = [
    {
        "speech": SPEECHES["f46b-1"],
        "ids": ["4m7x2k9a", "4m7x2kbq"],
        "author": "阳光下的向日葵",
        "time": "2024-02-26",
        "reads": ["2168", "1342"],
        "intro": "2月26日上午，青石镇中心小学在操场隆重举行2024年春季开学典礼。全体师生参加，校长周建国作了讲话。以下为讲话全文，分上下两篇发布。",
        "photos": ["kq3f0a1c", "kq3f0a1d", "kq3f0a1e", "kq3f0a1f"],
        "music": "《阳光总在风雨后》",
    },
    {
        "speech": SPEECHES["f46b-2"],
        "ids": ["4k2d8w3n"],
        "author": "阳光下的向日葵",
        "time": "2023-10-22",
        "reads": ["3581"],
        "intro": "10月22日中午，柳湾村在村老年人日间照料中心举办重阳节敬老宴，全村七十岁以上的一百多位老人欢聚一堂。村党支部书记李志强致辞，现将致辞内容整理如下。",
        "photos": ["jx8c2b71", "jx8c2b72", "jx8c2b73"],
        "music": "《常回家看看》",
        "outro": "图文：柳湾村村委会　编辑：阳光下的向日葵",
    },
]
OTHER = [("4n1p6r2t", "踏雪寻梅 | 二月的青石湖", "2024-02-18", "986")]


def title_of(post, n):
    t = post["speech"].title
    if len(post["ids"]) == 1:
        return t
    return t + ("（上）" if n == 0 else "（下）")


def img(key):
    return f'<div class="img-box"><img class="lazy" src="https://ss2.meipian.me/static/img/loading.png" data-src="https://ss2.meipian.me/users/{UID}/{key}.jpg-mobile" alt=""></div>'


def section(ps, photo=None):
    body = "".join(f"<p>{p}</p>" for p in ps)
    return (
        '<div class="section">'
        + (img(photo) if photo else "")
        + (f'<div class="text">{body}</div>' if ps else "")
        + "</div>\n"
    )


def link_card(mid, title):
    return (
        f'<div class="section link-section"><a class="mp-link-card" href="http://{HOST}/{mid}" target="_blank">'
        f'<span class="link-icon"></span><span class="link-title">{title}</span><span class="link-from">美篇</span></a></div>\n'
    )


HEADER = f"""<div class="mp-header"><div class="mp-header-inner">
<a class="mp-logo" href="/" title="美篇"><img src="https://ss2.meipian.me/static/img/logo_pc.png" alt="美篇"></a>
<ul class="mp-nav"><li><a href="/">发现</a></li><li><a href="/create">创作</a></li><li><a href="/topics">专题</a></li></ul>
<div class="mp-header-right"><a class="download-app" href="/download" target="_blank">下载APP</a><a class="login-btn" href="/login">登录</a></div>
</div></div>
"""

FOOTER = """<div class="mp-footer">
<p><a href="/about" target="_blank">关于美篇</a> | <a href="/agreement" target="_blank">用户协议</a> | <a href="/privacy" target="_blank">隐私政策</a> | <a href="/report" target="_blank">违法和不良信息举报</a> | <a href="/contact" target="_blank">联系我们</a></p>
<p>Copyright &copy; 2015-2024 美篇 meipian.cn 版权所有　南京蓝鲸人网络科技有限公司</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备15033305号-1</a>　苏公网安备 32010502010126号　增值电信业务经营许可证：苏B2-20160236　举报电话：025-86919036</p>
</div>
<script src="https://ss2.meipian.me/static/js/jquery-3.4.1.min.js"></script>
<script src="https://ss2.meipian.me/static/js/lazyload.min.js"></script>
<script src="https://ss2.meipian.me/static/js/article.min.js?v=20240118"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?5e2b7c1a9f4d6e3b8a0c7d5e1f2a9b4c";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
"""


def head(title, desc):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{title}</title>
<meta name="keywords" content="美篇,{title}">
<meta name="description" content="{desc}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:image" content="https://ss2.meipian.me/users/{UID}/cover.jpg">
<link rel="icon" href="https://ss2.meipian.me/static/img/favicon.ico">
<link rel="stylesheet" href="https://ss2.meipian.me/static/css/article.min.css?v=20240118">
</head>
<body>
<div id="app">
"""


def article(post, n, runs):
    speech = post["speech"]
    ids = post["ids"]
    mid = ids[n]
    title = title_of(post, n)
    photos = post["photos"]
    run = runs[n]
    secs = []
    if n == 0:
        secs.append(section([post["intro"]], photos[0]))
    else:
        secs.append(section(["接上篇："]))
        secs.append(link_card(ids[0], title_of(post, 0)))
    # the speech in sections of three or four paragraphs, a photo heading some of them
    chunks = [run[i : i + 4] for i in range(0, len(run), 4)]
    pi = 1
    for k, ch in enumerate(chunks):
        photo = None
        if k % 2 == 1 and pi < len(photos):
            photo = photos[pi]
            pi += 1
        secs.append(section(ch, photo))
    if n < len(ids) - 1:
        secs.append(section(["（未完待续，点击下方链接阅读下篇）"]))
        secs.append(link_card(ids[n + 1], title_of(post, n + 1)))
    if post.get("outro") and n == len(ids) - 1:
        secs.append(section([post["outro"]], photos[-1] if pi < len(photos) else None))
    state = {
        "article": {
            "mask_id": mid,
            "title": title,
            "create_time": post["time"] + " 19:4" + str(n) + ":12",
            "visit_count": int(post["reads"][n]),
            "user": {"user_id": int(UID), "nickname": post["author"]},
        }
    }
    others = [(i, title_of(p, j)) for p in POSTS for j, i in enumerate(p["ids"]) if i != mid]
    rec = "".join(
        f'<li class="rec-item"><a href="/{i}" target="_blank"><div class="rec-cover"><img src="https://ss2.meipian.me/users/{UID}/{i}_cover.jpg-mobile" alt=""></div><p class="rec-title">{t}</p></a></li>'
        for i, t in others
    ) + "".join(
        f'<li class="rec-item"><a href="/{i}" target="_blank"><div class="rec-cover"><img src="https://ss2.meipian.me/users/{UID}/{i}_cover.jpg-mobile" alt=""></div><p class="rec-title">{t}</p></a></li>'
        for i, t, d, r in OTHER
    )
    desc = (post["intro"] if n == 0 else run[0])[:80]
    return (
        head(title, desc)
        + HEADER
        + f"""<div class="mp-article-container">
<div class="mp-article" data-id="{mid}">
<div class="mp-cover"><img src="https://ss2.meipian.me/users/{UID}/{photos[0]}.jpg-mobile" alt=""></div>
<h1 class="mp-title">{title}</h1>
<div class="mp-article-info">
<a class="avatar" href="/c/{UID}" target="_blank"><img src="https://ss2.meipian.me/avatar/{UID}.jpg" alt=""></a>
<a class="nickname" href="/c/{UID}" target="_blank">{post["author"]}</a>
<span class="time">{post["time"]}</span>
<span class="read-count">阅读 {post["reads"][n]}</span>
<a class="follow-btn" href="/login">+关注</a>
</div>
<div class="mp-music"><span class="music-icon playing"></span><span class="music-name">背景音乐：{post["music"]}</span></div>
<div class="mp-content">
{"".join(secs)}</div>
<div class="mp-article-end">
<p class="mp-declare">本文由作者发布于美篇，内容不代表美篇立场</p>
<p class="copyright">© 著作权归作者所有，转载请联系作者　<a class="report" href="/report?article={mid}" target="_blank">举报</a></p>
</div>
<div class="mp-action-bar">
<a class="like" href="javascript:;"><i class="icon-like"></i><span>赞</span><em>{int(post["reads"][n]) // 37}</em></a>
<a class="comment" href="#comments"><i class="icon-comment"></i><span>评论</span><em>3</em></a>
<a class="share" href="javascript:;"><i class="icon-share"></i><span>分享</span></a>
</div>
<div class="mp-reward"><a class="reward-btn" href="/login">赞赏</a><p>喜欢作者的美篇，就赞赏一下吧</p></div>
<div class="mp-comments" id="comments">
<div class="comments-title">评论 3</div>
<div class="comment-item"><img class="c-avatar" src="https://ss2.meipian.me/avatar/20917733.jpg" alt=""><div class="c-body"><p class="c-name">清风徐来</p><p class="c-text">讲得真好，句句说到心坎上！</p><p class="c-time">{post["time"]}</p></div></div>
<div class="comment-item"><img class="c-avatar" src="https://ss2.meipian.me/avatar/41270056.jpg" alt=""><div class="c-body"><p class="c-name">山野闲人</p><p class="c-text">点赞，美篇做得很用心👍</p><p class="c-time">{post["time"]}</p></div></div>
<div class="comment-item"><img class="c-avatar" src="https://ss2.meipian.me/avatar/9983214.jpg" alt=""><div class="c-body"><p class="c-name">静待花开</p><p class="c-text">学习了，收藏转发。</p><p class="c-time">{post["time"]}</p></div></div>
<a class="more-comments" href="/login">登录后查看更多评论</a>
</div>
</div>
<div class="mp-sidebar">
<div class="author-card">
<a href="/c/{UID}" target="_blank"><img class="author-avatar" src="https://ss2.meipian.me/avatar/{UID}.jpg" alt=""></a>
<p class="author-name">{post["author"]}</p>
<p class="author-id">美篇号：{UID}</p>
<a class="follow-btn" href="/login">+关注</a>
</div>
<div class="recommend"><div class="recommend-title">推荐阅读</div><ul>{rec}</ul></div>
<div class="app-download"><img src="https://ss2.meipian.me/static/img/qrcode_app.png" alt=""><p>扫码下载美篇APP</p><p>图文并茂，随心表达</p></div>
</div>
</div>
<div class="open-app-bar"><span>打开美篇APP，阅读体验更佳</span><a href="/download" target="_blank">立即打开</a></div>
</div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>
"""
        + FOOTER
        + "</body>\n</html>\n"
    )


def user_page():
    cards = []
    rows = [(i, title_of(p, j), p["time"], p["reads"][j]) for p in POSTS for j, i in enumerate(p["ids"])]
    rows += OTHER
    rows.sort(key=lambda r: (r[2], r[0]), reverse=True)
    for i, t, d, r in rows:
        cards.append(
            f'<div class="article-item"><a href="/{i}" target="_blank"><div class="cover"><img src="https://ss2.meipian.me/users/{UID}/{i}_cover.jpg-mobile" alt=""></div>'
            f'<div class="info"><p class="title">{t}</p><p class="meta"><span class="time">{d}</span><span class="read">阅读 {r}</span></p></div></a></div>\n'
        )
    return (
        head(f"{POSTS[0]['author']}的美篇", f"{POSTS[0]['author']}的美篇主页")
        + HEADER
        + f"""<div class="mp-user-page">
<div class="user-header"><img class="avatar" src="https://ss2.meipian.me/avatar/{UID}.jpg" alt=""><h2 class="nickname">{POSTS[0]['author']}</h2>
<p class="user-id">美篇号：{UID}</p><p class="signature">记录校园点滴，留住美好时光</p>
<div class="user-stats"><span><em>126</em>文章</span><span><em>2389</em>粉丝</span><span><em>64</em>关注</span></div><a class="follow-btn" href="/login">+关注</a></div>
<div class="user-articles"><div class="tab"><span class="active">文章</span><span>专题</span></div>
{"".join(cards)}<div class="load-more">打开美篇APP查看更多</div></div>
</div>
"""
        + FOOTER
        + "</body>\n</html>\n"
    )


def other_page(i, t, d, r):
    return (
        head(t, "二月的青石湖，雪后初晴，梅花开得正好。")
        + HEADER
        + f"""<div class="mp-article-container"><div class="mp-article" data-id="{i}">
<h1 class="mp-title">{t}</h1>
<div class="mp-article-info"><a class="nickname" href="/c/{UID}">{POSTS[0]['author']}</a><span class="time">{d}</span><span class="read-count">阅读 {r}</span></div>
<div class="mp-content">
{section(["二月的青石湖，雪后初晴，梅花开得正好。"], "mh1a2b3c")}{section(["湖边的老梅树，听说已经有一百多年了。"], "mh1a2b3d")}{section([], "mh1a2b3e")}</div>
<div class="mp-article-end"><p class="mp-declare">本文由作者发布于美篇，内容不代表美篇立场</p></div>
</div></div>
</div>
"""
        + FOOTER
        + "</body>\n</html>\n"
    )


def build() -> Family:
    fam = Family(
        HOST,
        "美篇 (meipian.cn) article pages: photo + text sections, a long speech posted as （上）/（下） 美篇 linked by link cards",
        extensionless_html=True,
    )
    fam.home = f"/c/{UID}"
    fam.put(f"/c/{UID}", user_page())
    fam.put("/", user_page().replace("<div class=\"mp-user-page\">", "<div class=\"mp-user-page\" data-home=\"1\">"))
    fam.not_documents += ["/", f"/c/{UID}"]
    for post in POSTS:
        ids = post["ids"]
        runs = split_paras(post["speech"].paras, len(ids))
        urls = [f"/{i}" for i in ids]
        for n, u in enumerate(urls):
            fam.put(u, article(post, n, runs))
        fam.doc(urls, post["speech"], published_at=post["time"])
        fam.not_documents += urls[1:]
    for row in OTHER:
        fam.put(f"/{row[0]}", other_page(*row))
        fam.not_documents.append(f"/{row[0]}")
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        POSTS[0]["intro"],
        POSTS[1]["intro"],
        POSTS[1]["outro"],
        "（未完待续，点击下方链接阅读下篇）",
        "接上篇：",
        "背景音乐：",
        "本文由作者发布于美篇，内容不代表美篇立场",
        "© 著作权归作者所有，转载请联系作者",
        "讲得真好，句句说到心坎上！",
        "推荐阅读",
        "美篇号：",
        "打开美篇APP，阅读体验更佳",
        "苏ICP备15033305号-1",
        "踏雪寻梅 | 二月的青石湖",
    ]
    fam.note = (
        "the poster's intro in the first section and the 图文/编辑 line are not speech; the 开学典礼 speech is two "
        "美篇 (（上）/（下）) joined by link cards: the expected text is both parts, title without （上）"
    )
    return fam
