"""小红书 (xiaohongshu.com) web notes as a guest gets them (2024 SSR): note pages `/explore/<24-hex id>`
(extensionless) with `#noteContainer`, the author bar (`author-wrapper`, username, 关注), the picture
swiper, `#detail-title`, `#detail-desc > span.note-text` holding the note as `<br>`-separated lines
(the blogger's own hook line first, emoji, a closing line), the hashtags as `a.tag#hash-tag`
(`#毕业致辞`), `bottom-container` (`编辑于 06-28 江苏`), `comments-container` (共 N 条评论,
`comment-item`s with `note-text`, date + IP location, 赞 / 回复), the `engage-bar` (说点什么..., like /
collect / chat counts), the guest login box (马上登录即可…), 相关推荐 `section.note-item` cards; the whole
note again in `window.__INITIAL_STATE__` (JavaScript, not JSON: `undefined` values, `\\u002F` slashes;
`note.noteDetailMap[id].note.desc` with `[话题]` tags and `\\n` lines). Home is the author's profile
page `/user/profile/<id>` whose cards carry a hidden `<a href="/explore/ID" style="display: none;">`
and a cover link `/user/profile/UID/ID?xsec_token=…&xsec_source=pc_user` (query route to the note)."""

import json

from common import SPEECHES, Family

HOST = "www.hongshu-like.test"
UID = "5f3a9c2e000000000101a7b4"
NICK = "园长妈妈的小本本"

NOTES = [
    dict(
        speech=SPEECHES["XHS1"],
        id="6676a1c3000000001d01e9f2",
        token="ABxT9f2kQmZ3c8Lr0vW1pE5nHhJ6sYdUaGqKz4oMbVcNw=",
        title="毕业典礼园长致辞｜写给126个大班宝贝🎓",
        hook="今天大班毕业典礼，好多家长私信要致辞的稿子，整理好发出来啦👇 老师们需要的可以参考～",
        closing="（稿子是自己写的，念到第三段的时候台下好多妈妈哭了🥹 转载请注明出处哦～）",
        tags=["毕业致辞", "幼儿园毕业典礼", "园长致辞", "幼小衔接"],
        time="2024-06-28 16:42",
        place="江苏",
        counts=("2.3万", "1.1万", "486", "3021"),
        comments=[
            (
                "奶茶不加糖",
                "“园长妈妈想送给你们三句悄悄话”这段太戳了，借用一下给我们园",
                "06-29",
                "浙江",
                "128",
            ),
            ("小雨滴的妈", "我们家就是今年毕业，园长讲的时候我在下面哭成狗😭", "06-28", "江苏", "57"),
            ("蓝莓酱酱", "求问可以改改用在托班结业吗", "06-30", "山东", "3"),
        ],
    ),
    dict(
        speech=SPEECHES["XHS2"],
        id="651e7b5a000000001f03c4d8",
        token="ABcD2e7Q1nW9kLx0Zp3sT6fRvG8hJyUa5bMqEoN4iKtSw=",
        title="闺蜜婚礼伴娘致辞，全场哭了又笑了💍",
        hook="国庆当了人生第一次伴娘！致辞稿分享给需要的姐妹，名字都改过了～",
        closing="（念完新娘抱着我哭，新郎在旁边一直点头哈哈哈。姐妹们结婚记得叫我！）",
        tags=["伴娘致辞", "闺蜜婚礼", "婚礼致辞"],
        time="2023-10-05 22:17",
        place="上海",
        counts=("8652", "4107", "213", "966"),
        comments=[
            ("是阿柚呀", "“娘家人可不答应”哈哈哈哈，学到了", "10-06", "上海", "76"),
            ("momo在路上", "十九年的友谊也太好哭了吧", "10-06", "广东", "41"),
        ],
    ),
]


def note_url(n):
    return f"/explore/{n['id']}"


def cover_url(n, source="pc_user"):
    return f"/user/profile/{UID}/{n['id']}?xsec_token={n['token']}&xsec_source={source}"


def js_state(obj):
    """JSON written as the page's script writes it: `\\u002F` for slashes, `undefined` where unset."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    return text.replace('"@@undefined@@"', "undefined")


def head(title, description):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no">
<meta name="renderer" content="webkit">
<meta name="keywords" content="小红书,笔记,生活方式">
<meta name="description" content="{description}">
<meta name="og:type" content="article">
<meta name="og:title" content="{title}">
<title>{title} - 小红书</title>
<link rel="icon" href="https://fe-video-qc.xhscdn.com/fe-platform/ed8fe781ce9e16c1bfac2cd962f0721edabe2e49.ico">
<link rel="stylesheet" href="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/css/main.58ce3b1e.css">
</head>
"""


SIDE = """<div class="side-bar"><ul class="channel-list">
<li><a href="/explore?channel_id=homefeed_recommend" class="link-wrapper"><span class="channel">发现</span></a></li>
<li><a href="/publish" class="link-wrapper"><span class="channel">发布</span></a></li>
<li><a href="/notification" class="link-wrapper"><span class="channel">通知</span></a></li>
</ul><div class="login-btn"><button class="reds-button-new large primary">登录</button></div>
<div class="information-container"><div class="information-wrapper">
<p>沪ICP备13030189号 | 营业执照 | 2024沪公网安备31010102002533号 | 增值电信业务经营许可证：沪B2-20150021 | 医疗器械网络交易服务第三方平台备案：(沪)网械平台备字[2019]第00006号</p>
<p>&copy; 2014-2024 行吟信息科技（上海）有限公司 地址：上海市黄浦区马当路388号C座 电话：9501-3888</p>
</div></div></div>
"""

LOGIN = """<div class="login-container" style="display: none;"><div class="login-reason">马上登录即可</div>
<div class="reason-list"><span>刷到更多你感兴趣的笔记</span><span>查看最新评论</span><span>与他人私信互动</span></div>
<div class="qrcode-desc">可用 <a href="https://www.xiaohongshu.com/app" target="_blank">小红书</a> 或 微信 扫码</div>
<div class="agreements">我已阅读并同意《用户协议》《隐私政策》《儿童/青少年个人信息保护规则》</div></div>
"""


def card(n, source):
    return f"""<section class="note-item" data-width="1080" data-height="1440">
<div><a href="{note_url(n)}" style="display: none;"></a>
<a class="cover ld mask" href="{cover_url(n, source).replace("&", "&amp;")}" target="_self" style="background: transparent;"><img src="https://sns-webpic-qc.xhscdn.com/202406291023/{n["id"][:8]}/1040g2sg3151k{n["id"][-6:]}!nc_n_webp_mw_1" data-xhs-img="" loading="lazy"></a>
<div class="footer"><a class="title"><span>{n["title"]}</span></a>
<div class="card-bottom-wrapper"><a class="author" href="/user/profile/{UID}"><img class="author-avatar" src="https://sns-avatar-qc.xhscdn.com/avatar/5f3a9c2e.jpg"><span class="name">{NICK}</span></a>
<span class="like-wrapper like-active"><span class="count" selected-disabled-search="">{n["counts"][0]}</span></span></div></div></div>
</section>
"""


def note_state(n):
    sp = n["speech"]
    desc = "\n".join([n["hook"], *sp.paras, n["closing"]]) + " " + " ".join(f"#{t}[话题]#" for t in n["tags"])
    liked, collected, comments, shared = n["counts"]
    return {
        "global": {
            "appSettings": {"notificationInterval": 30, "prefetchTimeout": 3001},
            "serverTime": 1719563000000,
        },
        "user": {
            "loggedIn": False,
            "userInfo": {},
            "follow": [],
            "userPageData": {},
            "activeTab": "@@undefined@@",
        },
        "note": {
            "firstNoteId": n["id"],
            "noteDetailMap": {
                n["id"]: {
                    "comments": {
                        "list": [],
                        "cursor": "",
                        "hasMore": True,
                        "loading": False,
                        "firstRequestFinish": False,
                    },
                    "currentTime": 1719563000000,
                    "note": {
                        "noteId": n["id"],
                        "type": "normal",
                        "title": n["title"],
                        "desc": desc,
                        "tagList": [
                            {"id": f"5b{i:02d}a1c0000000000{n['id'][:7]}", "name": t, "type": "topic"}
                            for i, t in enumerate(n["tags"])
                        ],
                        "atUserList": [],
                        "time": 1719564120000 if n is NOTES[0] else 1696515420000,
                        "lastUpdateTime": 1719564120000 if n is NOTES[0] else 1696515420000,
                        "ipLocation": n["place"],
                        "user": {
                            "userId": UID,
                            "nickname": NICK,
                            "avatar": "https://sns-avatar-qc.xhscdn.com/avatar/5f3a9c2e.jpg",
                        },
                        "interactInfo": {
                            "followed": False,
                            "relation": "none",
                            "liked": False,
                            "likedCount": liked,
                            "collected": False,
                            "collectedCount": collected,
                            "commentCount": comments,
                            "shareCount": shared,
                        },
                        "imageList": [
                            {
                                "width": 1080,
                                "height": 1440,
                                "urlDefault": f"http://sns-webpic-qc.xhscdn.com/1040g2sg3151k{n['id'][-6:]}!nc_n_webp_mw_1",
                                "livePhoto": False,
                            }
                        ],
                        "shareInfo": {"unShare": False},
                        "xsecToken": n["token"],
                        "video": "@@undefined@@",
                    },
                }
            },
            "serverRequestInfo": {"state": "success", "errorCode": 0, "errMsg": ""},
            "volume": "@@undefined@@",
        },
    }


def note_page(n, other):
    sp = n["speech"]
    lines = "<br>".join([n["hook"], *sp.paras, n["closing"]])
    tags = " ".join(
        f'<a class="tag" id="hash-tag" href="/search_result?keyword=%23{t}&amp;type=54&amp;source=web_note_detail_r10" target="_blank">#{t}</a>'
        for t in n["tags"]
    )
    liked, collected, ncomments, _ = n["counts"]
    comments = "".join(
        f"""<div class="parent-comment"><div class="comment-item" id="comment-{n["id"][:10]}{i}"><div class="comment-inner-container">
<div class="avatar"><a href="/user/profile/6{i}a0b{n["id"][5:20]}" class="avatar"><img class="avatar-item" src="https://sns-avatar-qc.xhscdn.com/avatar/c{i}.jpg"></a></div>
<div class="right"><div class="author-wrapper"><div class="author"><a href="/user/profile/6{i}a0b{n["id"][5:20]}" class="name">{who}</a></div></div>
<div class="content"><span class="note-text"><span>{text}</span></span></div>
<div class="info"><div class="date"><span>{date}</span><span class="location">{loc}</span></div>
<div class="interactions"><div class="like"><span class="like-wrapper"><span class="count">{likes}</span></span></div><div class="reply icon-container"><span class="count">回复</span></div></div></div></div>
</div></div></div>
"""
        for i, (who, text, date, loc, likes) in enumerate(n["comments"])
    )
    return (
        head(n["title"], n["hook"])
        + f"""<body>
<div id="app"><div class="layout limit">
<div class="header-container"><header class="mask-paper"><a href="/explore" class="logo"><img src="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/img/logo.png" alt="小红书"></a>
<div class="input-box"><input type="text" autocomplete="off" class="search-input" placeholder="搜索小红书"></div></header></div>
{SIDE}<div class="main-container">
<div id="noteContainer" class="note-container" data-type="normal" note-id="{n["id"]}">
<div class="media-container"><div class="swiper note-slider"><div class="swiper-wrapper"><div class="swiper-slide" data-swiper-slide-index="0"><img class="note-slider-img" src="https://sns-webpic-qc.xhscdn.com/202406291023/{n["id"][:8]}/1040g2sg3151k{n["id"][-6:]}!nc_n_webp_mw_1"></div></div><div class="fraction">1/1</div></div></div>
<div class="interaction-container">
<div class="author-container"><div class="author-wrapper"><div class="info"><a href="/user/profile/{UID}" class="" target="_blank"><img class="avatar-item" src="https://sns-avatar-qc.xhscdn.com/avatar/5f3a9c2e.jpg"></a><a href="/user/profile/{UID}" class="name" target="_blank"><span class="username">{NICK}</span></a></div>
<div class="note-detail-follow-btn"><button class="reds-button-new follow-button large primary"><span class="reds-button-new-box"><span class="reds-button-new-text">关注</span></span></button></div></div></div>
<div class="note-scroller">
<div class="note-content">
<div id="detail-title" class="title">{n["title"]}</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>{lines}</span><br>{tags}</span></div>
<div class="bottom-container"><span class="date">编辑于 {n["time"][5:10]} {n["place"]}</span></div>
</div>
<div class="divider interaction-divider"></div>
<div class="comments-el"><div class="comments-container"><div class="total">共 {ncomments} 条评论</div>
<div class="list-container">{comments}</div>
<div class="end-container">- 登录查看更多评论 -</div></div></div>
</div>
<div class="interactions engage-bar"><div class="engage-bar-container"><div class="input-box"><div class="content-edit"><span class="not-active inner-when-not-active"><span>说点什么...</span></span></div></div>
<div class="buttons engage-bar-style"><div class="left"><span class="like-wrapper like-active"><span class="count">{liked}</span></span><span class="collect-wrapper"><span class="count">{collected}</span></span><span class="chat-wrapper"><span class="count">{ncomments}</span></span></div>
<div class="share-wrapper"><span class="share-icon"></span></div></div></div></div>
</div></div>
<div class="related-container"><div class="related-title">相关推荐</div><div class="feeds-container">
{card(other, "pc_feed")}<section class="note-item"><div><a href="/explore/6688c0f2000000001e00b371" style="display: none;"></a><a class="cover ld mask" href="/explore/6688c0f2000000001e00b371?xsec_token=ABkQ7v0&amp;xsec_source=pc_feed"><img src="https://sns-webpic-qc.xhscdn.com/202406291023/6688c0f2.jpg"></a><div class="footer"><a class="title"><span>幼小衔接暑假时间表｜亲测有效📅</span></a></div></div></section>
</div></div>
</div>
</div></div>
{LOGIN}<script>window.__INITIAL_STATE__={js_state(note_state(n))}</script>
<script src="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/js/vendor-dynamic.77f9fe85.js"></script>
<script src="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/js/index.2c4b1d3a.js"></script>
</body>
</html>
"""
    )


def profile():
    cards = "".join(card(n, "pc_user") for n in NOTES)
    state = {
        "global": {"serverTime": 1719563000000},
        "user": {
            "loggedIn": False,
            "userPageData": {
                "basicInfo": {
                    "nickname": NICK,
                    "desc": "幼儿园园长｜记录和孩子们在一起的日子🌻",
                    "ipLocation": "江苏",
                    "redId": "95271388",
                },
                "interactions": [
                    {"type": "follows", "name": "关注", "count": "126"},
                    {"type": "fans", "name": "粉丝", "count": "3.8万"},
                    {"type": "interaction", "name": "获赞与收藏", "count": "41.2万"},
                ],
            },
            "notes": [
                [
                    {
                        "id": n["id"],
                        "noteCard": {
                            "type": "normal",
                            "displayTitle": n["title"],
                            "noteId": n["id"],
                            "xsecToken": n["token"],
                            "interactInfo": {"likedCount": n["counts"][0], "sticky": False},
                        },
                    }
                    for n in NOTES
                ],
                [],
                [],
                [],
            ],
            "activeTab": "@@undefined@@",
        },
    }
    return (
        head(f"{NICK}", "幼儿园园长｜记录和孩子们在一起的日子🌻")
        + f"""<body>
<div id="app"><div class="layout limit">
{SIDE}<div class="main-container"><div id="userPageContainer" class="user-page">
<div class="user"><div class="user-info"><div class="avatar"><img class="user-image" src="https://sns-avatar-qc.xhscdn.com/avatar/5f3a9c2e.jpg"></div>
<div class="info-part"><div class="info"><div class="basic-info"><div class="user-basic"><div class="user-nickname"><div class="user-name">{NICK}</div></div>
<div class="user-content"><span class="user-redId">小红书号：95271388</span><span class="user-IP"> IP属地：江苏</span></div></div></div>
<div class="user-desc">幼儿园园长｜记录和孩子们在一起的日子🌻</div>
<div class="data-info"><div class="user-interactions"><div><span class="count">126</span><span class="shows">关注</span></div><div><span class="count">3.8万</span><span class="shows">粉丝</span></div><div><span class="count">41.2万</span><span class="shows">获赞与收藏</span></div></div></div></div>
<div class="follow"><button class="reds-button-new follow-button large primary"><span class="reds-button-new-text">关注</span></button></div></div></div></div>
<div class="reds-sticky-box"><div class="tertiary center reds-tabs-list"><div class="reds-tab-item active"><span>笔记</span></div><div class="reds-tab-item"><span>收藏</span></div></div></div>
<div class="feeds-tab-container"><div class="feeds-container">
{cards}</div></div>
</div></div>
</div></div>
{LOGIN}<script>window.__INITIAL_STATE__={js_state(state)}</script>
</body>
</html>
"""
    )


def build() -> Family:
    fam = Family(
        HOST, "小红书 (xiaohongshu.com) web notes, SSR with window.__INITIAL_STATE__, author profile as home"
    )
    fam.extensionless_html = True
    fam.home = f"/user/profile/{UID}"
    fam.put(fam.home, profile())
    fam.not_documents.append(fam.home)
    for n, other in ((NOTES[0], NOTES[1]), (NOTES[1], NOTES[0])):
        fam.put(note_url(n), note_page(n, other))
        for source in ("pc_user", "pc_feed"):
            fam.query_routes[cover_url(n, source)] = note_url(n).lstrip("/")
        fam.doc([note_url(n)], n["speech"], title=n["title"], published_at=n["time"][:10])
    fam.put(
        "/robots.txt", "User-agent: *\nDisallow: /\n\nUser-agent: Baiduspider\nAllow: /explore/\n", "ascii"
    )
    fam.noise += [
        "好多家长私信要致辞的稿子",
        "国庆当了人生第一次伴娘",
        "转载请注明出处哦",
        "姐妹们结婚记得叫我",
        "#毕业致辞",
        "#伴娘致辞",
        "[话题]",
        "编辑于",
        "共 486 条评论",
        "借用一下给我们园",
        "学到了",
        "登录查看更多评论",
        "说点什么...",
        "相关推荐",
        "幼小衔接暑假时间表",
        "马上登录即可",
        "查看最新评论",
        "关注",
        "沪ICP备13030189号",
        "行吟信息科技（上海）有限公司",
        NICK,
    ]
    fam.note = (
        "Home is the author's profile page `/user/profile/5f3a9c2e000000000101a7b4` (extensionless, "
        "`extensionless_html`); notes are extensionless `/explore/<id>`, also answered at the cards' cover links "
        "`/user/profile/UID/ID?xsec_token=…&xsec_source=pc_user|pc_feed` (query routes; one document). The "
        "note's text is `<br>`-separated lines in `#detail-desc`: the blogger's hook line first and her closing "
        "line last are not the speech, nor are the hashtags; the expected title is the note's title. The note "
        "again in `window.__INITIAL_STATE__` (with `undefined` values, so not JSON)."
    )
    return fam
