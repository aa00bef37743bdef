"""A Bilibili 专栏 article (www.bilibili.com/read/cvN), the 2022 read page: `h1.title`, the info row
(分区 link, publish time, 本文禁止转载或摘编), the up主 card (`up-info-holder`: face, name, 粉丝, +关注)
before the text, `div.article-content` > `#read-article-holder.normal-article-holder` with `<p>`s, an
up主's own grey note first, `figure.img-box` + `figcaption.caption` photos between paragraphs, bold
lines; after it the tag list, `本文为我原创`, the 点赞 / 投币 / 收藏 / 分享 bar, 投诉或建议, the 文集
nav (上一篇 / 下一篇), 评论 (login baffle) and 相关推荐; the whole article again in
`window.__INITIAL_STATE__` (`readInfo.content`, `\\u003C`-escaped HTML). Home is the up主's 文集
page `/read/readlist/rl654321` (extensionless, like the articles)."""

import html
import json

from common import SPEECHES, Family

HOST = "www.bilibili-like.test"
UP = ("晚风与旧番", 38174522, "动漫社退休老社长｜偶尔写点字｜不定期更新", "2.1万")
LIST = (654321, "社团往事")

BL1, BL2 = SPEECHES["BL1"], SPEECHES["BL2"]
# cvid, speech, ts (UTC+8 shown), time text, category, tags, note, figures {after para: (src, caption)}, stats
ARTICLES = [
    (
        27180466,
        BL1,
        1697987280,
        "2023年10月22日 23:08",
        ("生活", "life", 15),
        ["动漫社", "社团", "十周年", "大学生活", "致辞"],
        "（社团十周年那天被学弟学妹拉回学校讲了几句，稿子存在手机备忘录里，趁热发出来留个纪念。）",
        {1: ("//i0.hdslb.com/bfs/article/7c1e0d3a5b2f4c6d8e9f0a1b2c3d4e5f6a7b8c9d.jpg", "十年前第一次招新，食堂门口的那张桌子（右二是我）"),
         3: ("//i0.hdslb.com/bfs/article/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b.jpg", "今年社庆的大合影，人多到要分三排站")},
        {"view": 36512, "favorite": 812, "like": 2207, "reply": 164, "share": 93, "coin": 498},
    ),
    (
        28391057,
        BL2,
        1714220160,
        "2024年04月27日 20:16",
        ("科技", "technology", 17),
        ["科技创新", "青少年科技创新大赛", "物联网", "高中生", "获奖感言"],
        "（今天在颁奖仪式上作为获奖选手代表发言，好几个同学问我要稿子，直接贴在这里。装置的制作过程之后会单独出视频。）",
        {2: ("//i0.hdslb.com/bfs/article/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432.jpg", "第十一版原型，终于不漏水了")},
        {"view": 8841, "favorite": 305, "like": 1026, "reply": 87, "share": 41, "coin": 233},
    ),
]


def holder_html(note, speech, figures):
    out = f'<p><span class="color-gray-02">{note}</span></p>'
    for n, p in enumerate(speech.paras):
        out += f"<p>{p}</p>"
        if n in figures:
            src, cap = figures[n]
            out += (
                f'<figure class="img-box" contenteditable="false"><img data-src="{src}" width="1080" height="720" '
                f'data-size="{184000 + n * 1371}" class="normal-img"/><figcaption class="caption" contenteditable="">{cap}</figcaption></figure>'
            )
    return out


def escaped_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace("/", "\\u002F")


def head(title, desc, canonical, extra=""):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(desc)}">
<meta name="keywords" content="{extra}">
<meta name="author" content="{UP[0]}">
<meta name="renderer" content="webkit"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="spm_prefix" content="333.976">
<link rel="canonical" href="https://{HOST}{canonical}">
<link rel="shortcut icon" href="//www.bilibili.com/favicon.ico">
<link rel="stylesheet" href="//s1.hdslb.com/bfs/static/jinkela/article/css/article.4b9b8d1e5c0f0d3a.css">
<script type="text/javascript">window._BiliGreyResult = {{"method":"gray","versionId":"4f2c"}}</script>
</head><body class="harmony-font">
<div id="biliMainHeader" style="height:64px;"></div>
"""


FOOT = """<div id="biliMainFooter"></div>
<script src="//s1.hdslb.com/bfs/static/jinkela/article/article.4b9b8d1e5c0f0d3a.js" crossorigin=""></script>
<script type="text/javascript" src="//s1.hdslb.com/bfs/seed/jinkela/header/header.js"></script>
</body></html>
"""


def up_card():
    name, mid, sign, fans = UP
    return f"""<div class="up-info-holder"><div class="fixed-box">
<div class="up-info-block">
<a class="up-face-holder" href="/space/{mid}" target="_blank"><img class="up-face-image" data-face-src="//i1.hdslb.com/bfs/face/5d2c1b0a9f8e7d6c5b4a3928170f6e5d4c3b2a19.jpg@96w_96h_1c.webp" alt=""></a>
<div class="up-info-right-block">
<div class="row"><a class="up-name" href="/space/{mid}" target="_blank">{name}</a><span class="level-icon lv4"></span></div>
<div class="row-2"><span class="fans-num">{fans}粉丝</span><span class="article-num">12文章</span></div>
</div>
</div>
<div class="up-sign">{sign}</div>
<div class="follow-btn-holder"><span class="follow-btn">+ 关注</span></div>
</div></div>
"""


def article_page(i):
    cvid, speech, ts, when, cat, tags, note, figures, stats = ARTICLES[i]
    body = holder_html(note, speech, figures)
    summary = speech.paras[1][:80]
    nav_prev = ARTICLES[i - 1] if i > 0 else None
    nav_next = ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None
    state = {
        "cvid": cvid,
        "readInfo": {
            "id": cvid,
            "category": {"id": cat[2], "parent_id": 2, "name": cat[0]},
            "title": speech.title,
            "summary": summary,
            "banner_url": "",
            "template_id": 4,
            "state": 0,
            "author": {"mid": UP[1], "name": UP[0], "face": "https:\u002F\u002Fi1.hdslb.com\u002Fbfs\u002Fface\u002F5d2c1b0a9f8e7d6c5b4a3928170f6e5d4c3b2a19.jpg", "fans": 21034, "level": 4},
            "reprint": 0,
            "image_urls": [f"https:{figures[k][0]}" for k in sorted(figures)],
            "publish_time": ts,
            "ctime": ts - 612,
            "stats": stats,
            "tags": [{"tid": 3000000 + n, "name": t} for n, t in enumerate(tags)],
            "words": speech.chars() + len(note),
            "origin_image_urls": [f"https:{figures[k][0]}" for k in sorted(figures)],
            "list": {"id": LIST[0], "mid": UP[1], "name": LIST[1], "articles_count": 12},
            "is_like": False,
            "media": {"score": 0},
            "apply_time": "",
            "check_time": "",
            "original": 1,
            "act_id": 0,
            "dispute": None,
            "authenMark": None,
            "cover_avid": 0,
            "top_video_info": None,
            "type": 0,
            "content": body,
            "keywords": ",".join(tags),
            "version_id": 0,
        },
        "readViewInfo": {"isReported": False},
        "upInfo": {"mid": UP[1], "fans": 21034, "articleCount": 12},
        "catalogList": [],
        "recommendInfoList": [],
        "actInfo": {},
        "isLogin": False,
    }
    tag_html = "".join(f'<li class="tag-item"><span class="tag-content">{t}</span></li>' for t in tags)
    readlist_nav = '<div class="readlist-nav">'
    readlist_nav += f'<div class="readlist-title">文集：<a href="/read/readlist/rl{LIST[0]}" target="_blank">{LIST[1]}</a>（共12篇）</div>'
    readlist_nav += (
        f'<a class="prev" href="/read/cv{nav_prev[0]}" target="_blank">上一篇：{nav_prev[1].title}</a>'
        if nav_prev
        else '<a class="prev" href="/read/cv26604418" target="_blank">上一篇：写给刚进社团的新人：别怕做小事</a>'
    )
    readlist_nav += (
        f'<a class="next" href="/read/cv{nav_next[0]}" target="_blank">下一篇：{nav_next[1].title}</a>'
        if nav_next
        else '<span class="next disable">下一篇：没有了</span>'
    )
    readlist_nav += "</div>"
    fmt = lambda n: f"{n / 10000:.1f}万" if n >= 10000 else str(n)  # noqa: E731
    return (
        head(f"{speech.title} - 哔哩哔哩", summary, f"/read/cv{cvid}", ",".join(tags))
        + f"""<div id="app"><div class="page-container">
<div class="head-container">
<div class="title-container"><h1 class="title">{speech.title}</h1>
<div class="info"><a class="category-link" href="/read/{cat[1]}#rid={cat[2]}" target="_blank"><span>{cat[0]}</span></a><span class="create-time" data-ts="{ts}">{when}</span><span class="copyright">本文禁止转载或摘编</span>
<div class="article-data"><span title="阅读">{fmt(stats["view"])}阅读</span><span title="喜欢">{fmt(stats["like"])}喜欢</span><span title="评论">{stats["reply"]}评论</span></div></div>
</div>
</div>
{up_card()}<div class="article-container">
<div class="article-container__content">
<div class="article-content" id="article-content">
<div id="read-article-holder" class="normal-article-holder read-article-holder">{body}</div>
</div>
</div>
<div class="article-tags"><ul class="tag-container">{tag_html}</ul></div>
<div class="article-footer-box"><p class="original">本文为我原创</p></div>
<div class="interaction-info">
<div class="like-btn" data-cvid="{cvid}"><i class="like-icon"></i><span class="like-text">点赞</span><span class="like-num">{stats["like"]}</span></div>
<div class="coin-btn"><i class="coin-icon"></i><span class="coin-text">投币</span><span class="coin-num">{stats["coin"]}</span></div>
<div class="fav-btn"><i class="fav-icon"></i><span class="fav-text">收藏</span><span class="fav-num">{stats["favorite"]}</span></div>
<div class="share-container"><i class="share-icon"></i><span class="share-text">分享</span><span class="share-num">{stats["share"]}</span></div>
<div class="more"><span class="report">投诉或建议</span></div>
</div>
{readlist_nav}
</div>
<div class="comment-holder"><div class="comment-wrapper">
<div class="b-head"><span class="b-head-t results">{stats["reply"]}</span><span class="b-head-t">评论</span></div>
<div class="bb-comment"><div class="comment-send no-login"><div class="textarea-container"><div class="baffle-wrap"><div class="baffle">请先<span class="b-btn">登录</span>后发表评论 (・ω・)</div></div></div><button class="comment-submit">发表评论</button></div>
<div class="comment-list"></div></div>
</div></div>
<div class="right-side-bar"><div class="catalog-container"></div><div class="side-toolbar"><div class="to-comment">评论</div><div class="to-top">顶部</div></div></div>
</div></div>
<script>window.__INITIAL_STATE__={escaped_json(state)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
"""
        + FOOT
    )


def readlist_page():
    items = [
        (28391057, BL2.title, "2024-04-27", 8841, 87),
        (27912630, "社团活动室搬家记：一台投影仪的十年", "2024-02-18", 5120, 43),
        (27180466, BL1.title, "2023-10-22", 36512, 164),
        (26604418, "写给刚进社团的新人：别怕做小事", "2023-09-12", 4397, 51),
        (25872031, "第一次组团去省漫展，我们都干了些什么", "2023-07-30", 6012, 77),
    ]
    rows = "".join(
        f"""<div class="article-item"><a class="article-title" href="/read/cv{cv}" target="_blank">{html.escape(t)}</a>
<div class="article-info"><span class="publish-time">{day}</span><span class="view">{v}</span><span class="reply">{r}</span></div></div>
"""
        for cv, t, day, v, r in items
    )
    state = {
        "readList": {"id": LIST[0], "mid": UP[1], "name": LIST[1], "summary": "大学动漫社的十年，零零碎碎记下来。", "articles_count": 12, "words": 21437},
        "articleList": [{"id": cv, "title": t, "publish_time": day, "words": 1200} for cv, t, day, _v, _r in items],
        "author": {"mid": UP[1], "name": UP[0]},
        "last": {"id": 28391057},
        "isLogin": False,
    }
    return (
        head(f"{LIST[1]} - 文集 - 哔哩哔哩", "大学动漫社的十年，零零碎碎记下来。", f"/read/readlist/rl{LIST[0]}", "文集")
        + f"""<div id="app"><div class="readlist-container">
<div class="readlist-head"><div class="readlist-cover"><img src="//i0.hdslb.com/bfs/article/readlist/cover_{LIST[0]}.jpg" alt=""></div>
<div class="readlist-info"><h1 class="readlist-name">{LIST[1]}</h1><p class="readlist-summary">大学动漫社的十年，零零碎碎记下来。</p>
<p class="readlist-data"><span>12篇文章</span><span>2.1万字</span><span>6.9万阅读</span></p>
<div class="up-info"><a href="/space/{UP[1]}" target="_blank" class="up-name">{UP[0]}</a><span class="update-time">更新于2024-04-27</span></div></div></div>
<div class="article-list"><div class="list-head"><span class="sort active">正序</span><span class="sort">倒序</span></div>
{rows}</div>
<div class="pager"><span class="more">查看更多</span></div>
</div></div>
<script>window.__INITIAL_STATE__={escaped_json(state)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "Bilibili 专栏 (read/cvN) article pages with __INITIAL_STATE__, 文集 page")
    fam.extensionless_html = True
    fam.home = f"/read/readlist/rl{LIST[0]}"
    fam.put(fam.home, readlist_page())
    fam.not_documents.append(fam.home)
    for i, (cvid, speech, *_rest) in enumerate(ARTICLES):
        path = f"/read/cv{cvid}"
        fam.put(path, article_page(i))
        fam.doc([path], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /medialist/detail/\nDisallow: /index.html\n")
    fam.noise += [
        ARTICLES[0][6],
        ARTICLES[1][6],
        "社团十周年那天被学弟学妹拉回学校",
        "好几个同学问我要稿子",
        "右二是我",
        "今年社庆的大合影",
        "第十一版原型，终于不漏水了",
        "本文禁止转载或摘编",
        "本文为我原创",
        "投诉或建议",
        "投币",
        "后发表评论",
        "+ 关注",
        "动漫社退休老社长",
        UP[0],
        "3.7万阅读",
        "1026喜欢",
        "文集：",
        "上一篇：",
        "下一篇：",
        "写给刚进社团的新人",
        "大学生活",
        "获奖感言",
    ]
    fam.note = (
        "home is the up主's 文集 page `/read/readlist/rl654321`; pages have no extension "
        "(`extensionless_html`); each article's text is also in `window.__INITIAL_STATE__.readInfo.content` "
        "(`\\u003C`-escaped HTML, with the photo captions and the up主's note)"
    )
    return fam
