"""A Chinese Flarum 1.8 forum (笔杆居) with the flarum-lang/chinese-simplified pack and flarum/tags, as a
crawler without JavaScript gets it: every page is the Flarum shell (`#app`, `App-header`, `#content`
empty, `#flarum-loading` / `#flarum-loading-error`, the JavaScript-disabled `Alert`) with the
server-rendered `<noscript id="flarum-content">` view (`<div class="container"><h2>…</h2>…`) and the
`<script id="flarum-json-payload" type="application/json">` API document (PHP `json_encode` with
Blade's @json flags: `\\u`-escaped Chinese, `\\/`, `\\u003C`…), which carries the posts' `contentHtml`
again. Discussions at extensionless `/d/<id>-<pinyin slug>` (20 posts a page, `?page=2` and `?page=1`
query routes, absolute URLs everywhere); the index `/` (全部主题, `?page=2`), tag pages `/t/<slug>`
and `/tags`. The first post of a discussion is the speech, posted by a member with a one-line note
before it; replies (one with a `PostMention`) and page 2 are not documents."""

import html
import json

from common import SPEECHES, Family

HOST = "discuss.bigan-ju.test"
BASE = f"http://{HOST}"
FORUM = "笔杆居"
DESCRIPTION = "笔杆居 · 公文写作交流社区：讲话稿、总结、材料写作经验分享，欢迎同行交流。"
ASSET_REV = "b8a2c4e1"
LOCALE_REV = "6f0d3a97"

USERS = {
    1: ("admin", "居长老白"),
    17: ("zhoumo_ws", "周末写手"),
    23: ("xiangzhen_xm", "乡镇小秘"),
    31: ("laoyang1968", "老杨"),
    42: ("qingcao", "青草池塘"),
    56: ("wenmi_a", "文秘阿敏"),
    64: ("shequ_xw", "社区小王"),
    71: ("bigan_xs", "笔杆新手"),
    88: ("ypb_2019", "一盘菠萝"),
}

TAGS = {
    3: ("jianghua", "讲话致辞", "领导讲话、致辞、发言稿分享与讨论", "#B72A2A"),
    4: ("qiuzhu", "写作求助", "写不出来？发帖求助，大家帮你出主意", "#4D698E"),
    5: ("jingyan", "经验交流", "材料写作心得、素材积累方法", "#3C8D2F"),
    1: ("gonggao", "站务公告", "社区公告与版规", "#888888"),
}

SLUG1 = "1287-zai-quan-xian-xiang-cun-yi-sheng-pei-xun-ban-kai-ban-shi-shang-de-jiang-hua"
SLUG2 = "1301-zai-lao-jiu-xiao-qu-jia-zhuang-dian-ti-gong-zuo-tui-jin-hui-shang-de-fa-yan"
SLUG_Q = "1296-qiu-zhu-cun-liang-wei-huan-jie-xuan-ju-zhu-chi-ci-zen-me-xie"

REPLIES1 = [
    (31, "讲得实在，特别是胸痛那个例子，比干巴巴讲道理强多了。"),
    (42, "收藏了，下个月我们区也要办类似的培训班。"),
    (71, "请教一下，开头“道一声辛苦”这种写法会不会太口语？"),
    (17, "@笔杆新手 开班式讲话本来就要有温度，口语一点没问题，关键是后面要有干货。"),
    (56, "三点希望的结构很清楚：学、做、守，值得学习。"),
    (88, "楼主是卫健系统的吗？数据写得很具体。"),
    (23, "@一盘菠萝 不是，我在乡镇，这是县局领导的讲话，现场听的。"),
    (64, "培训纪律那一段放在讲话里会不会影响整体气氛？我们一般单独由主持人宣布。"),
    (31, "各地习惯不一样，我们这边也是领导顺带讲一下纪律。"),
    (42, "“健康守门人”这个提法不错，借用了。"),
    (71, "新手学习了，原来讲话稿里的例子要这样用。"),
    (17, "顶一下，这种一线的稿子比网上那些套话稿有用。"),
    (56, "建议楼主再发一下培训方案，配套着看。"),
    (88, "医共体那一段可以再展开一点，现在略显单薄。"),
    (23, "@文秘阿敏 方案是内部文件，不方便发，见谅。"),
    (64, "已转发给我们社区卫生服务站的同事。"),
    (42, "第二点里随访频次写得很专业，一般写材料的人写不出来。"),
    (31, "应该是卫健局业务科室提供的材料，再由办公室统稿。"),
    (71, "学到了，统稿的时候要多问业务科室。"),
    (17, "说得对，材料的“干货”都在业务科室手里。"),
    (88, "这段时间各地都在抓村医队伍建设，稿子很有时效性。"),
    (56, "第三点“守住行医底线”的几个“不”字句很有力。"),
    (23, "谢谢大家的回复，后面遇到好稿子再分享。"),
    (64, "期待楼主更多分享！"),
    (42, "mark，周一给领导准备材料用得上。"),
]

REPLIES2 = [
    (31, "社区书记的发言写得这么生动，难得。"),
    (23, "“议事桌摆到楼道口”这个提法好，有画面感。"),
    (56, "我们街道也在推加装电梯，这篇可以直接拿来参考结构。"),
]

REPLIES_Q = [
    (31, "主持词一般四块：宣布开会、报告到会人数、按议程逐项进行、宣布结果和闭会。网上有模板，注意把法定程序写全。"),
    (17, "补充一点：候选人介绍和投票规则一定要写清楚，别漏了监票、计票人员的表决。"),
]

OTHERS = [
    # (id, slug tail, title, tag, last posted) — index order is by last reply
    (1002, "bi-gan-ju-fa-tie-xu-zhi-2024-nian-xiu-ding", "【版规】笔杆居发帖须知（2024年修订）", 1, "2024-01-03T02:10:44+00:00"),
    (1334, "nian-zhong-zong-jie-zen-me-xie-chu-liang-dian", "年终总结怎么写出亮点？求各位前辈指点", 4, "2024-11-28T13:22:05+00:00"),
    (1331, "gong-wen-zhong-shu-zi-de-xie-fa-gui-fan", "公文中数字的写法规范，整理了一份对照表", 5, "2024-11-27T08:40:11+00:00"),
    (1329, "diao-yan-bao-gao-de-jie-gou", "调研报告的结构，我是这样搭的", 5, "2024-11-25T03:16:52+00:00"),
    (1326, "ling-dao-shuo-wo-de-gao-zi-mei-you-gao-du", "领导说我的稿子“没有高度”，到底怎么改", 4, "2024-11-24T15:05:37+00:00"),
    (1322, "xin-nian-zhi-ci-de-kai-tou", "新年致辞的开头，收集了二十种写法", 3, "2024-11-20T12:48:09+00:00"),
    (1318, "hui-yi-ji-yao-he-hui-yi-jian-bao-de-qu-bie", "会议纪要和会议简报的区别", 5, "2024-11-18T09:33:26+00:00"),
    (1315, "xie-cai-liao-xie-dao-shen-ye-de-ri-zi", "写材料写到深夜的日子，大家都怎么熬过来的", 5, "2024-11-15T16:27:41+00:00"),
    (1312, "dang-ke-jiang-gao-xuan-ti", "党课讲稿选题，求推荐几个切口小一点的", 4, "2024-11-12T01:54:13+00:00"),
    (1310, "zhi-ci-zhong-yin-yong-shi-ci-de-fen-cun", "致辞中引用诗词的分寸", 3, "2024-11-08T10:12:30+00:00"),
    (1308, "biao-zhang-da-hui-zhu-chi-ci", "表彰大会主持词分享（附串词）", 3, "2024-11-05T07:41:58+00:00"),
    (1306, "qing-kuang-hui-bao-zen-me-tu-chu-zhong-dian", "情况汇报怎么突出重点，不写成流水账", 4, "2024-10-30T14:19:22+00:00"),
    (1305, "xie-zuo-su-cai-ben-zen-me-zheng-li", "写作素材本怎么整理？晒晒我的分类方法", 5, "2024-10-26T05:08:47+00:00"),
    (1304, "zuo-tan-hui-fa-yan-san-fen-zhong", "座谈会发言只有三分钟，怎么讲出彩", 4, "2024-10-21T11:36:15+00:00"),
    (1303, "jing-yan-jiao-liu-cai-liao-de-biao-ti", "经验交流材料的标题，对仗还是不对仗", 5, "2024-10-17T09:02:03+00:00"),
    (1302, "qi-ye-nian-hui-zhi-ci", "企业年会致辞和机关讲话有什么不一样", 3, "2024-10-11T13:45:56+00:00"),
    (1299, "gong-wen-ge-shi-guo-biao", "公文格式国标 GB/T 9704 的几个易错点", 5, "2024-09-28T02:30:19+00:00"),
    (1297, "zhou-bao-mo-ban", "每周工作周报模板，拿走不谢", 5, "2024-09-20T08:11:27+00:00"),
    (1296, SLUG_Q.split("-", 1)[1], "求助：村两委换届选举主持词怎么写", 4, "2024-09-14T12:06:38+00:00"),
    # the long speech discussion's last reply
    (1287, SLUG1.split("-", 1)[1], SPEECHES["flarum-1"].title, 3, "2024-09-09T00:52:31+00:00"),
    # page 2
    (1291, "dui-zhang-ju-zen-me-yong-cai-bu-su", "对仗句怎么用才不俗", 5, "2024-09-02T06:44:12+00:00"),
    (1301, SLUG2.split("-", 1)[1], SPEECHES["flarum-2"].title, 3, "2024-08-25T11:18:09+00:00"),
    (1284, "xin-ren-wen-mi-bi-du-shu-dan", "新人文秘必读书单（持续更新）", 5, "2024-08-19T04:27:50+00:00"),
    (1280, "fa-yan-gao-jie-wei-zen-me-shou", "发言稿结尾怎么收才不落俗套", 3, "2024-08-12T10:55:36+00:00"),
]


def d_url(slug, page=None):
    return f"/d/{slug}" + (f"?page={page}" if page else "")


def php_json(value) -> str:
    """PHP json_encode(..., JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_AMP | JSON_HEX_QUOT), as Blade's @json."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    text = text.replace("/", "\\/")
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("'", "\\u0027")
    # JSON_HEX_QUOT: quotes inside strings (escaped by dumps as \") become \u0022
    return text.replace('\\"', "\\u0022")


def forum_resource():
    return {
        "type": "forums",
        "id": "1",
        "attributes": {
            "title": FORUM,
            "description": DESCRIPTION,
            "showLanguageSelector": False,
            "baseUrl": BASE,
            "basePath": "",
            "baseOrigin": BASE,
            "debug": False,
            "apiUrl": f"{BASE}/api",
            "welcomeTitle": "欢迎来到笔杆居",
            "welcomeMessage": "写材料的人，在这里不孤单。发帖前请先阅读版规。",
            "themePrimaryColor": "#B72A2A",
            "themeSecondaryColor": "#4D698E",
            "logoUrl": f"{BASE}/assets/logo-xq3kzmtw.png",
            "faviconUrl": f"{BASE}/assets/favicon-vnqf0a1e.png",
            "headerHtml": None,
            "footerHtml": None,
            "allowSignUp": True,
            "defaultRoute": "/all",
            "canViewForum": True,
            "canStartDiscussion": False,
            "canSearchUsers": False,
            "canCreateAccessToken": False,
            "canModerateAccessTokens": False,
            "assetsBaseUrl": f"{BASE}/assets",
            "jsChunksBaseUrl": f"{BASE}/assets/js",
            "canViewFlags": False,
            "guidelinesUrl": None,
            "minPrimaryTags": "1",
            "maxPrimaryTags": "1",
            "minSecondaryTags": "0",
            "maxSecondaryTags": "3",
            "canBypassTagCounts": False,
        },
        "relationships": {
            "groups": {"data": [{"type": "groups", "id": "1"}, {"type": "groups", "id": "2"}, {"type": "groups", "id": "3"}, {"type": "groups", "id": "4"}]},
            "tags": {"data": [{"type": "tags", "id": str(t)} for t in TAGS]},
        },
    }


def tag_resource(tid):
    slug, name, desc, color = TAGS[tid]
    return {
        "type": "tags",
        "id": str(tid),
        "attributes": {
            "name": name,
            "description": desc,
            "slug": slug,
            "color": color,
            "backgroundUrl": None,
            "backgroundMode": None,
            "icon": "",
            "discussionCount": {3: 214, 4: 388, 5: 162, 1: 6}[tid],
            "position": list(TAGS).index(tid),
            "defaultSort": None,
            "isChild": False,
            "isHidden": False,
            "lastPostedAt": "2024-11-28T13:22:05+00:00",
            "canStartDiscussion": False,
            "canAddToDiscussion": False,
        },
    }


def user_resource(uid):
    username, display = USERS[uid]
    return {
        "type": "users",
        "id": str(uid),
        "attributes": {
            "username": username,
            "displayName": display,
            "avatarUrl": f"{BASE}/assets/avatars/{username[:4]}{uid:04d}.png",
            "slug": username,
        },
    }


def post_resource(pid, number, uid, created, content_html, disc_id):
    return {
        "type": "posts",
        "id": str(pid),
        "attributes": {
            "number": number,
            "createdAt": created,
            "contentType": "comment",
            "contentHtml": content_html,
            "renderFailed": False,
            "canEdit": False,
            "canDelete": False,
            "canHide": False,
            "mentionedByCount": 0,
            "canFlag": False,
            "isApproved": True,
            "canApprove": False,
            "canLike": False,
            "likesCount": 3 if number == 1 else 0,
        },
        "relationships": {
            "discussion": {"data": {"type": "discussions", "id": str(disc_id)}},
            "user": {"data": {"type": "users", "id": str(uid)}},
            "likes": {"data": []},
            "mentionedBy": {"data": []},
        },
    }


def shell(title, noscript, payload, *, canonical=None, description=DESCRIPTION):
    head = [
        f'<link rel="canonical" href="{canonical}">' if canonical else "",
        f'<link rel="preload" href="{BASE}/assets/forum.js?v={ASSET_REV}" as="script">',
        f'<link rel="preload" href="{BASE}/assets/forum-zh-Hans.js?v={LOCALE_REV}" as="script">',
        f'<link rel="stylesheet" media="" class="nightmode-light" href="{BASE}/assets/forum.css?v=3e6c0a5d" />',
        f'<link rel="stylesheet" media="not all and (prefers-color-scheme: dark)" class="nightmode-dark" href="{BASE}/assets/forum-dark.css?v=91bd27f0" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">',
        f'<meta name="description" content="{html.escape(description)}">',
        '<meta name="theme-color" content="#B72A2A">',
        f'<meta name="application-name" content="{FORUM}">',
        '<meta name="robots" content="index, follow">',
        '<meta name="twitter:card" content="summary">',
        f'<meta name="twitter:image" content="{BASE}/assets/favicon-vnqf0a1e.png">',
        f'<link rel="shortcut icon" href="{BASE}/assets/favicon-vnqf0a1e.png">',
    ]
    head_html = "\n".join(h for h in head if h)
    return f"""<!doctype html>
<html  dir="ltr"        lang="zh-Hans" >
    <head>
        <meta charset="utf-8">
        <title>{html.escape(title)}</title>

        {head_html}
    </head>

    <body>
        <div id="app" class="App">

    <div id="app-navigation" class="App-navigation"></div>

    <div id="drawer" class="App-drawer">

        <header id="header" class="App-header">
            <div id="header-navigation" class="Header-navigation"></div>
            <div class="container">
                <div class="Header-title">
                    <a href="{BASE}" id="home-link">
                                                    <img src="{BASE}/assets/logo-xq3kzmtw.png" alt="{FORUM}" class="Header-logo">
                                            </a>
                </div>
                <div id="header-primary" class="Header-primary"></div>
                <div id="header-secondary" class="Header-secondary"></div>
            </div>
        </header>

    </div>

    <main class="App-content">
        <div id="content"></div>

        <div id="flarum-loading" style="display: none">
    正在加载...
</div>

<noscript>
    <div class="Alert">
        <div class="container">
            请使用更现代的浏览器并启用 JavaScript 以获得最佳浏览体验。
        </div>
    </div>
</noscript>

<div id="flarum-loading-error" style="display: none">
    <div class="Alert">
        <div class="container">
            加载论坛时出错，请强制刷新页面重试。
        </div>
    </div>
</div>

<noscript id="flarum-content">
    {noscript}
</noscript>


        <div class="App-composer">
            <div class="container">
                <div id="composer"></div>
            </div>
        </div>
    </main>

</div>


        <div id="modal"></div>
        <div id="alerts"></div>

        <script>
            document.getElementById('flarum-loading').style.display = 'block';
            var flarum = {{extensions: {{}}}};
        </script>

        <script src="{BASE}/assets/forum.js?v={ASSET_REV}"></script>
<script src="{BASE}/assets/forum-zh-Hans.js?v={LOCALE_REV}"></script>

        <script id="flarum-json-payload" type="application/json">{php_json(payload)}</script>

        <script>
            const data = JSON.parse(document.getElementById('flarum-json-payload').textContent);
            document.getElementById('flarum-loading').style.display = 'none';

            try {{
                flarum.core.app.load(data);
                flarum.core.app.bootExtensions(flarum.extensions);
                flarum.core.app.boot();
            }} catch (e) {{
                var error = document.getElementById('flarum-loading-error');
                error.innerHTML += document.getElementById('flarum-content').textContent;
                error.style.display = 'block';
                throw e;
            }}
        </script>

        <div class="bgj-footer" style="text-align:center;font-size:12px;color:#999;padding:20px 0;">&copy; 2019-2024 笔杆居 · <a href="https://beian.miit.gov.test/" target="_blank" rel="nofollow">苏ICP备19038214号-1</a> · 本站内容均为网友发布，仅供交流学习，如有侵权请联系删除</div>
<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu-like.test/hm.js?3c9f1e0a7b5d2c4e6f8a0b1c2d3e4f5a";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
    </body>
</html>
"""


def payload_for(api_document):
    resources = [forum_resource()] + [
        {"type": "groups", "id": str(g), "attributes": {"nameSingular": s, "namePlural": p, "color": c, "icon": i, "isHidden": 0}}
        for g, s, p, c, i in [
            (1, "管理员", "管理组", "#B72A2A", "fas fa-wrench"),
            (2, "游客", "游客", None, None),
            (3, "注册用户", "注册用户", None, None),
            (4, "版主", "版主组", "#80349E", "fas fa-bolt"),
        ]
    ] + [tag_resource(t) for t in TAGS]
    return {
        "resources": resources,
        "session": {"userId": 0, "csrfToken": "Qm3vX8sLr2pT9aYc0KdN4wEeH7uJ1bZfG6iO5nAx"},
        "locale": "zh-Hans",
        "fireDebugBar": False,
        "apiDocument": api_document,
    }


def discussion_resource(did, slug_tail, title, tag, last, *, created=None, uid=17, comments=1, first_post=None, posts=None):
    rel = {
        "user": {"data": {"type": "users", "id": str(uid)}},
        "tags": {"data": [{"type": "tags", "id": str(tag)}]},
    }
    if first_post:
        rel["firstPost"] = {"data": {"type": "posts", "id": str(first_post)}}
    if posts is not None:
        rel["posts"] = {"data": [{"type": "posts", "id": str(p)} for p in posts]}
    return {
        "type": "discussions",
        "id": str(did),
        "attributes": {
            "title": title,
            "slug": f"{did}-{slug_tail}",
            "commentCount": comments,
            "participantCount": min(comments, 7),
            "createdAt": created or last,
            "lastPostedAt": last,
            "lastPostNumber": comments,
            "canReply": False,
            "canRename": False,
            "canDelete": False,
            "canHide": False,
            "isSticky": did == 1002,
            "canSticky": False,
            "isLocked": did == 1002,
            "canLock": False,
            "canTag": False,
            "subscription": None,
            "isApproved": True,
        },
        "relationships": rel,
    }


def discussion_list(rows, heading, *, prev=None, nxt=None, description=None):
    items = "".join(
        f"""
                    <li>
                <a href="{BASE}/d/{did}-{tail}">
                    {html.escape(title)}
                </a>
            </li>
            """
        for did, tail, title, *_ in rows
    )
    desc = f"\n    <p>{html.escape(description)}</p>\n" if description else ""
    pager = ""
    if prev:
        pager += f'\n            <a href="{prev}">&laquo; 上一页</a>\n        '
    if nxt:
        pager += f'\n            <a href="{nxt}">下一页 &raquo;</a>\n        '
    return f"""<div class="container">
    <h2>{html.escape(heading)}</h2>
{desc}
    <ul>
        {items}
    </ul>

    {pager}
</div>
"""


def list_payload(rows, page_links):
    return payload_for(
        {
            "links": page_links,
            "data": [
                discussion_resource(did, tail, title, tag, last, comments=len(REPLIES1) + 1 if did == 1287 else 4 + did % 9)
                for did, tail, title, tag, last in rows
            ],
            "included": [user_resource(17)],
        }
    )


def post_html(paras, *, breaks=False):
    if breaks:
        return "<p>" + "<br>\n".join(html.escape(p, quote=False) for p in paras) + "</p>"
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def reply_html(text, slug, number_of, disc_id):
    if text.startswith("@"):
        name, rest = text[1:].split(" ", 1)
        uid = next(u for u, (_, d) in USERS.items() if d == name)
        return (
            f'<p><a href="{BASE}/d/{slug}/{number_of.get(uid, 2)}" class="PostMention" data-id="{disc_id * 10 + number_of.get(uid, 2)}">{html.escape(name)}</a> '
            f"{html.escape(rest, quote=False)}</p>"
        )
    return f"<p>{html.escape(text, quote=False)}</p>"


def discussion_pages(did, slug, title, tag, op_uid, created, first_html, replies, reply_times):
    """Return {page number: html} for a discussion: 20 posts a page."""
    posts = [(1, op_uid, created, first_html)]
    number_of = {}
    for n, ((uid, text), when) in enumerate(zip(replies, reply_times), start=2):
        number_of.setdefault(uid, n)
        posts.append((n, uid, when, reply_html(text, slug, number_of, did)))
    pages = {}
    chunks = [posts[i : i + 20] for i in range(0, len(posts), 20)]
    for page, chunk in enumerate(chunks, start=1):
        blocks = "".join(
            f"""
                    <div>
                                <h3>{html.escape(USERS[uid][1])}</h3>
                <div class="Post-body">
                    {content}
                </div>
            </div>

            <hr>
                    """
            for _, uid, _, content in chunk
        )
        pager = ""
        if page > 1:
            pager += f'\n            <a href="{BASE}/d/{slug}?page={page - 1}">&laquo; 上一页</a>\n        '
        if page < len(chunks):
            pager += f'\n            <a href="{BASE}/d/{slug}?page={page + 1}">下一页 &raquo;</a>\n        '
        noscript = f"""<div class="container">
    <h2>{html.escape(title)}</h2>

    <div>
        {blocks}
    </div>

    {pager}
</div>
"""
        post_res = [post_resource(did * 10 + n, n, uid, when, content, did) for n, uid, when, content in chunk]
        disc = discussion_resource(
            did,
            slug.split("-", 1)[1],
            title,
            tag,
            posts[-1][2],
            created=created,
            uid=op_uid,
            comments=len(posts),
            first_post=did * 10 + 1,
            posts=[did * 10 + n for n, *_ in posts],
        )
        included = [user_resource(u) for u in sorted({uid for _, uid, _, _ in chunk} | {op_uid})] + post_res + [tag_resource(tag)]
        payload = payload_for({"data": disc, "included": included})
        first_text = html.unescape(first_html.split("</p>")[0].replace("<p>", ""))[:90]
        pages[page] = shell(
            f"{title} - {FORUM}",
            noscript,
            payload,
            canonical=f"{BASE}/d/{slug}" + (f"?page={page}" if page > 1 else ""),
            description=first_text,
        )
    return pages


def times(start_day, count, month="09"):
    out = []
    for i in range(count):
        day = min(start_day + i // 3, 28)
        out.append(f"2024-{month}-{day:02d}T{(1 + i * 7) % 24:02d}:{(13 + i * 17) % 60:02d}:{(5 + i * 29) % 60:02d}+00:00")
    return out


def build() -> Family:
    fam = Family(
        HOST,
        "Flarum 1.8 forum (zh-Hans pack, flarum/tags), server-rendered noscript view + flarum-json-payload",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
    )
    s1, s2 = SPEECHES["flarum-1"], SPEECHES["flarum-2"]
    note1 = "上周县卫健局办乡村医生培训班，开班式上局长的讲话很接地气，征得同意后整理出来分享给大家，数据以正式文件为准。"
    note2 = "我们街道上个月开加装电梯推进会，社区书记的交流发言反响很好，转给有需要的朋友参考："
    first1 = f"<p>{note1}</p>" + post_html(s1.paras)
    first2 = f"<p>{note2}</p>" + post_html(s2.paras, breaks=True)
    # the long discussion: posted 16 May, 25 replies, the last ones in September
    t1 = times(16, 13, "05") + times(2, 12, "09")
    pages1 = discussion_pages(1287, SLUG1, s1.title, 3, 23, "2024-05-16T12:41:09+00:00", first1, REPLIES1, t1)
    pages2 = discussion_pages(
        1301, SLUG2, s2.title, 3, 64, "2024-08-22T09:05:47+00:00", first2, REPLIES2, times(22, 3, "08")
    )
    pages_q = discussion_pages(
        1296,
        SLUG_Q,
        "求助：村两委换届选举主持词怎么写",
        4,
        71,
        "2024-09-13T14:20:00+00:00",
        "<p>下周村里换届选举，书记让我写主持词，从来没写过，求各位老师给个思路，谢谢！</p>",
        REPLIES_Q,
        times(13, 2, "09"),
    )
    assert len(pages1) == 2 and len(pages2) == 1
    fam.put(d_url(SLUG1), pages1[1])
    fam.route(d_url(SLUG1, 1), f"/d/{SLUG1}--page-1.html", pages1[1])
    fam.route(d_url(SLUG1, 2), f"/d/{SLUG1}--page-2.html", pages1[2])
    fam.put(d_url(SLUG2), pages2[1])
    fam.put(d_url(SLUG_Q), pages_q[1])
    fam.doc([d_url(SLUG1)], s1, published_at="2024-05-16")
    fam.doc([d_url(SLUG2)], s2, published_at="2024-08-22")
    fam.not_documents += [d_url(SLUG1, 1), d_url(SLUG1, 2), d_url(SLUG_Q)]

    # the index (全部主题), 20 a page, by last reply
    page1, page2 = OTHERS[:20], OTHERS[20:]
    fam.put(
        "/",
        shell(
            FORUM,
            discussion_list(page1, "全部主题", nxt=f"{BASE}/?page=2"),
            list_payload(page1, {"first": f"{BASE}/api/discussions?sort&page%5Blimit%5D=20", "next": f"{BASE}/api/discussions?sort&page%5Boffset%5D=20&page%5Blimit%5D=20"}),
            canonical=f"{BASE}/",
        ),
    )
    fam.route(
        "/?page=2",
        "/index--page-2.html",
        shell(
            FORUM,
            discussion_list(page2, "全部主题", prev=f"{BASE}/?page=1"),
            list_payload(page2, {"first": f"{BASE}/api/discussions?sort&page%5Blimit%5D=20", "prev": f"{BASE}/api/discussions?sort&page%5Blimit%5D=20"}),
            canonical=f"{BASE}/?page=2",
        ),
    )
    fam.route("/?page=1", "/index--page-1.html", fam.files["index.html"].decode("utf-8"))
    fam.not_documents += ["/", "/?page=1", "/?page=2"]

    # tag pages
    for tid, (slug, name, desc, _) in TAGS.items():
        rows = [r for r in OTHERS if r[3] == tid]
        fam.put(
            f"/t/{slug}",
            shell(
                f"{name} - {FORUM}",
                discussion_list(rows, name, description=desc),
                list_payload(rows, {"first": f"{BASE}/api/discussions?filter%5Btag%5D={slug}&page%5Blimit%5D=20"}),
                canonical=f"{BASE}/t/{slug}",
                description=desc,
            ),
        )
        fam.not_documents.append(f"/t/{slug}")
    tag_items = "".join(
        f"""
            <li>
                <a href="{BASE}/t/{slug}">
                    {name}
                </a>

                            </li>
        """
        for slug, name, _, _ in TAGS.values()
    )
    fam.put(
        "/tags",
        shell(
            f"标签 - {FORUM}",
            f"""<div class="container">
    <h2>标签</h2>

    <ul>
        {tag_items}
    </ul>
</div>
""",
            payload_for({"data": [tag_resource(t) for t in TAGS], "included": []}),
            canonical=f"{BASE}/tags",
        ),
    )
    fam.not_documents.append("/tags")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api\nDisallow: /settings\nDisallow: /notifications\nDisallow: /logout\n", "ascii")
    fam.noise += [
        note1[:30],
        "征得同意后整理出来分享给大家",
        "转给有需要的朋友参考",
        "正在加载...",
        "请使用更现代的浏览器并启用 JavaScript 以获得最佳浏览体验。",
        "加载论坛时出错，请强制刷新页面重试。",
        "下一页 &raquo;",
        "乡镇小秘",
        "社区小王",
        "讲得实在，特别是胸痛那个例子",
        "收藏了，下个月我们区也要办类似的培训班",
        "社区书记的发言写得这么生动",
        "mark，周一给领导准备材料用得上",
        "全部主题",
        "苏ICP备19038214号-1",
        "本站内容均为网友发布",
    ]
    fam.note = (
        "Flarum as a crawler without JavaScript gets it: each page's text is in `<noscript id=\"flarum-content\">` "
        "(`div.container > h2` + one `<div><h3>name</h3><div class=\"Post-body\">…</div></div><hr>` per post) and "
        "again in `<script id=\"flarum-json-payload\" type=\"application/json\">` (the API document: `posts` "
        "resources' `contentHtml`, PHP-escaped `\\uXXXX` / `\\/` / `\\u003C`). No date is printed outside that JSON "
        "(`createdAt`, UTC; the speeches' dates are the posts' dates in Beijing time too). The first post is the "
        "speech after the member's one-line note (`<p>` of its own, not part of the text); in the 电梯 discussion "
        "the speech is one `<p>` of `<br>` lines, as Flarum's formatter prints a paste without blank lines. Replies "
        "(20 posts a page), `?page=2` of the long discussion and its `?page=1` twin, the index `/` (全部主题, "
        "`/?page=2` with the second speech, `/?page=1`), `/t/<tag>` and `/tags` and a 求助 discussion are not "
        "documents. Discussion titles are the speeches' titles."
    )
    return fam
