"""虎扑 (bbs.hupu.com) 步行街 post pages as the 2022 Next.js PC site prints them (utf-8, server-rendered
React): posts `/<tid>.html` (reply page 2 `/<tid>-2.html`), CSS-module class names with hashes
(`post-content_bbs-post-content__…`, `post-user_…`), `div.thread-content-detail` holding the 楼主's
post as `<p>` lines (one post opened by his own line and a photo, closed by his own line), the
`post-user-comp-info-bottom-time` / IP 属地 line, the 推荐 / 收藏 / 分享 bar, 这些回帖亮了 and 全部回帖
lists (`post-reply-list_…`, each reply's own `thread-content-detail`, 亮了(N), one quoting the post),
`hupu-rc-pagination` pager, the side column (步行街主干道 card, 热帖, app QR), footer with 沪ICP
lines, and the whole page again in `<script id="__NEXT_DATA__" type="application/json">` (`<` / `>` /
`&` as `\\u003c` / `\\u003e` / `\\u0026`). Board `/all-gambia` (`-2`, extensionless)."""

import json

from common import SPEECHES, Family

HOST = "bbs.hupu-like.test"
CDN = "https://w1.hoopchina-like.test/hybrid/static/bbs-pc"
BUILD = "hWq3xD0kT9aPz2mLr5bVc"

HEAD = """<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{title}</title><meta name="keywords" content="{kw}"/><meta name="description" content="{desc}"/><meta name="renderer" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><link rel="shortcut icon" href="https://w1.hoopchina-like.test/images/pc/old/favicon.ico"/><meta name="next-head-count" content="9"/><link rel="preload" href="{cdn}/_next/static/css/6c2f1e0b8a9d4e37.css" as="style"/><link rel="stylesheet" href="{cdn}/_next/static/css/6c2f1e0b8a9d4e37.css" data-n-g=""/><link rel="preload" href="{cdn}/_next/static/css/b81d3c5f0e7a2946.css" as="style"/><link rel="stylesheet" href="{cdn}/_next/static/css/b81d3c5f0e7a2946.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="{cdn}/_next/static/chunks/polyfills-5cd94c89d3acac5f.js"></script><script src="{cdn}/_next/static/chunks/webpack-7d3e5a1f9b2c4680.js" defer=""></script><script src="{cdn}/_next/static/chunks/framework-0f4b6e62e1e8c6e5.js" defer=""></script><script src="{cdn}/_next/static/chunks/main-3a2c1f0e9d8b7a65.js" defer=""></script><script src="{cdn}/_next/static/chunks/pages/_app-9e8d7c6b5a4f3e21.js" defer=""></script><script src="{cdn}/_next/static/chunks/pages/{page}-1a2b3c4d5e6f7089.js" defer=""></script><script src="{cdn}/_next/static/{build}/_buildManifest.js" defer=""></script><script src="{cdn}/_next/static/{build}/_ssgManifest.js" defer=""></script></head><body><div id="__next" data-reactroot="">"""

TOPBAR = """<div class="hp-pc-rc-TopMenu"><div class="hp-pc-rc-TopMenu-banner"><div class="hp-pc-rc-TopMenu-left"><a href="https://www.hupu-like.test/" class="hp-pc-rc-TopMenu-item">虎扑首页</a><a href="https://nba.hupu-like.test/" class="hp-pc-rc-TopMenu-item">NBA</a><a href="https://soccer.hupu-like.test/" class="hp-pc-rc-TopMenu-item">足球</a><a href="/" class="hp-pc-rc-TopMenu-item hp-pc-rc-TopMenu-item-active">社区</a><a href="https://mobile.hupu-like.test/" class="hp-pc-rc-TopMenu-item">虎扑APP</a></div><div class="hp-pc-rc-TopMenu-right"><a href="https://passport.hupu-like.test/pc/login" class="hp-pc-rc-TopMenu-login">登录</a><a href="https://passport.hupu-like.test/pc/register" class="hp-pc-rc-TopMenu-register">注册</a></div></div></div><div class="hp-pc-rc-header"><div class="hp-pc-rc-header-logo"><a href="/"><img src="https://w1.hoopchina-like.test/images/pc/logo/hupu-logo.png" alt="虎扑社区"/></a></div><div class="hp-pc-rc-header-search"><input class="hp-pc-rc-header-search-input" placeholder="搜索帖子、专区、用户" value=""/><button class="hp-pc-rc-header-search-btn">搜索</button></div><div class="hp-pc-rc-header-nav"><a href="/all-gambia">步行街</a><a href="/all-nba">篮球</a><a href="/all-soccer">足球</a><a href="/all-digital">数码</a><a href="/all-gg">游戏</a><a href="/all-hpsx">影视</a></div></div>"""

FOOT = """<div class="hp-pc-footer"><div class="hp-pc-footer-links"><a href="https://www.hupu-like.test/about/" target="_blank">关于虎扑</a><span>|</span><a href="https://www.hupu-like.test/about/contact" target="_blank">联系我们</a><span>|</span><a href="https://www.hupu-like.test/about/job" target="_blank">加入我们</a><span>|</span><a href="https://bbs.hupu-like.test/4-policy.html" target="_blank">用户协议</a><span>|</span><a href="https://bbs.hupu-like.test/privacy.html" target="_blank">隐私政策</a><span>|</span><a href="https://www.hupu-like.test/report" target="_blank">违法和不良信息举报</a></div><p class="hp-pc-footer-copy">沪ICP备12037070号-1　沪公网安备31011002000281号　增值电信业务经营许可证：沪B2-20180092　网络文化经营许可证：沪网文〔2019〕1420-102号</p><p class="hp-pc-footer-copy">违法和不良信息举报电话：021-61402281　举报邮箱：jubao@hupu-like.test　Copyright © 2004-2022 hupu-like.test 虎扑 版权所有</p></div>"""

USERS = {
    "打工人小周": ("208846123", "上海"), "老詹的第五冠": ("173022418", "广东"), "JR_0917": ("250118873", "浙江"),
    "黄油啤酒": ("149900215", "北京"), "步行街扛把子": ("98812330", "江苏"), "南山南北": ("226730081", "四川"),
    "不如跳舞233": ("231009452", "湖北"), "一只小熊猫": ("187724509", "四川"), "驻村老刘": ("113520094", "河南"),
}

POSTS = [
    {
        "tid": "527186043",
        "speech": SPEECHES["r30a-5"],
        "subject": "公司年会老板讲话全文，jrs觉得这个老板怎么样",
        "author": "打工人小周",
        "time": "2022-01-22 21:40",
        "ts": 1642858800,
        "intro": "昨天公司年会，老板讲了二十分钟，没画饼，我拿手机录了音回来整理的，一字没改，jrs看看：",
        "photo": "https://i1.hoopchina-like.test/hupu/bbs/2022/01/22/927/thread_208846123_20220122214012_s_318276.jpg",
        "outro": "说实话听完挺感动的，尤其是夸王师傅那段，全场鼓掌好久。",
        "recommends": 312,
        "lights": [
            ("老詹的第五冠", "2022-01-22 21:52", "员工持股、互助基金，这老板是真想把公司做好的，羡慕了", 486),
            ("黄油啤酒", "2022-01-22 22:05", "“企业办得好不好，不仅要看挣了多少钱，还要看员工是不是开心”，这句话能做到一半就是好老板", 301),
        ],
        "replies": [
            ("JR_0917", "2022-01-22 21:45", "先别感动，看年终奖发多少", 58, None),
            ("老詹的第五冠", "2022-01-22 21:52", "员工持股、互助基金，这老板是真想把公司做好的，羡慕了", 486, None),
            ("步行街扛把子", "2022-01-22 21:58", "楼主什么行业，还招人吗", 37, None),
            ("黄油啤酒", "2022-01-22 22:05", "“企业办得好不好，不仅要看挣了多少钱，还要看员工是不是开心”，这句话能做到一半就是好老板", 301, None),
            ("南山南北", "2022-01-22 22:11", "加夜班补贴和高温补贴的都是好老板", 12, "过去一年，我们也没有忘记社会责任。"),
        ],
        "replies2": [
            ("不如跳舞233", "2022-01-23 08:20", "三点二亿的营收，年终奖应该不少吧楼主", 9, None),
            ("一只小熊猫", "2022-01-23 10:47", "我们公司年会老板讲了一个小时，全是明年目标翻倍", 44, None),
            ("JR_0917", "2022-01-23 12:03", "楼主更新一下年终奖", 6, None),
        ],
    },
    {
        "tid": "519830117",
        "speech": SPEECHES["r30a-6"],
        "subject": "翻到几年前驻村培训会上领导的讲话，现在看还是很有感触",
        "author": "驻村老刘",
        "time": "2021-09-26 19:08",
        "ts": 1632654480,
        "intro": "",
        "photo": "",
        "outro": "",
        "recommends": 87,
        "lights": [],
        "replies": [
            ("黄油啤酒", "2021-09-26 19:30", "驻村的兄弟辛苦了，每月二十天吃住在村不容易", 25, None),
            ("南山南北", "2021-09-26 20:12", "拜群众为师，这话说得实在", 8, None),
        ],
        "replies2": [],
    },
]


def esc_json(obj):
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def post_url(tid, page=1):
    return f"/{tid}.html" if page == 1 else f"/{tid}-{page}.html"


def content_html(p):
    out = []
    if p["intro"]:
        out.append(f"<p>{p['intro']}</p>")
    if p["photo"]:
        out.append(f'<p><img src="{p["photo"]}?x-oss-process=image/resize,w_800/format,webp" data-origin="{p["photo"]}" data-w="1080" data-h="720" class="thread-img"/></p>')
    out += [f"<p>{x}</p>" for x in p["speech"].paras]
    if p["outro"]:
        out.append(f"<p>{p['outro']}</p>")
    return "".join(out)


def reply_html(p, r, floor):
    name, stamp, text, light, quote = r
    uid, loc = USERS[name]
    q = ""
    if quote:
        q = f'<div class="index_quote-wrapper__lKZ3k"><span class="index_quote-author__0_Y6m">引用 @{p["author"]} 发表的:</span><div class="thread-content-detail"><p>{quote}</p></div></div>'
    return f'<div class="post-reply-list_post-reply-list-wrapper__o4_81"><div class="post-reply-list_post-reply-list-container__xn7bX"><div class="post-reply-list-user-info"><a href="https://my.hupu-like.test/{uid}" target="_blank"><img src="https://i1.hoopchina-like.test/user/{uid}/head_120x120.jpg" class="post-reply-list-user-avatar"/></a><div class="post-reply-list-user-info-top"><a href="https://my.hupu-like.test/{uid}" target="_blank" class="post-reply-list-user-info-top-name">{name}</a><span class="post-reply-list-user-info-top-time">{stamp}</span><span class="post-reply-list-user-info-top-ip">发布于{loc}</span><span class="post-reply-list-user-info-top-floor">{floor}楼</span></div></div><div class="post-reply-list_post-reply-list-content__9mQvH">{q}<div class="thread-content-detail"><p>{text}</p></div></div><div class="post-reply-list-operate"><div class="todo-list"><span class="todo-list-item todo-list-light"><i class="iconfont icon-liang"></i><span class="todo-list-text">亮了({light})</span></span><span class="todo-list-item">回复</span><span class="todo-list-item">举报</span></div></div></div></div>'


def pager(tid, cur, last):
    if last == 1:
        return ""
    items = [f'<li title="上一页" class="hupu-rc-pagination-prev{" hupu-rc-pagination-disabled" if cur == 1 else ""}">' + (f'<a href="{post_url(tid, cur - 1)}">&lt;</a>' if cur > 1 else "<a>&lt;</a>") + "</li>"]
    for i in range(1, last + 1):
        active = " hupu-rc-pagination-item-active" if i == cur else ""
        items.append(f'<li title="{i}" class="hupu-rc-pagination-item hupu-rc-pagination-item-{i}{active}"><a href="{post_url(tid, i)}">{i}</a></li>')
    items.append(f'<li title="下一页" class="hupu-rc-pagination-next{" hupu-rc-pagination-disabled" if cur == last else ""}">' + (f'<a href="{post_url(tid, cur + 1)}">&gt;</a>' if cur < last else "<a>&gt;</a>") + "</li>")
    return f'<div class="pagination_pagination-wrapper__Q3cVg"><ul class="hupu-rc-pagination">{"".join(items)}</ul></div>'


def side():
    a, b = POSTS
    return f'<div class="bbs-post-web-side"><div class="side-topic-card_topic-card__2bKxq"><a href="/all-gambia"><img src="https://i1.hoopchina-like.test/topic/gambia_logo.png" alt="步行街主干道"/><span class="side-topic-card-name">步行街主干道</span></a><p class="side-topic-card-desc">虎扑步行街，JRs的精神家园</p><a href="/all-gambia" class="side-topic-card-btn">进入专区</a></div><div class="side-hot-list_hot-list__kY2Zt"><div class="side-hot-list-title">步行街热帖</div><ul><li><a href="{post_url(a["tid"])}" target="_blank">{a["subject"]}</a></li><li><a href="/527180952.html" target="_blank">过年回家被催婚，我是这样应对的</a></li><li><a href="/527179634.html" target="_blank">30岁了，存款多少算正常</a></li></ul></div><div class="side-app-download_app-download__Fq0pA"><img src="https://w1.hoopchina-like.test/images/pc/app_qrcode.png" alt=""/><p>扫码下载虎扑APP</p><p>发现更多精彩内容</p></div></div>'


def post_page(p, cur, last):
    tid = p["tid"]
    uid, loc = USERS[p["author"]]
    reps = p["replies"] if cur == 1 else p["replies2"]
    start = 1 if cur == 1 else len(p["replies"]) + 1
    n_rep = len(p["replies"]) + len(p["replies2"])
    title = f"{p['subject']} - 步行街主干道 - 虎扑社区" if cur == 1 else f"{p['subject']} - 第{cur}页 - 步行街主干道 - 虎扑社区"
    head = HEAD.format(title=title, kw=f"{p['subject']},步行街主干道,虎扑社区", desc=p["subject"], cdn=CDN, build=BUILD, page="[tid]")
    nav = pager(tid, cur, last)
    main = ""
    if cur == 1:
        main = f'<div class="bbs-post-web-main-title"><h1 class="name">{p["subject"]}</h1><div class="post-user-comp-count">{n_rep}回复/{p["recommends"]}推荐</div></div><div class="post-content_bbs-post-content__cy7vV"><div class="post-user_post-user-comp-wrapper__Rth3S"><a href="https://my.hupu-like.test/{uid}" target="_blank"><img src="https://i1.hoopchina-like.test/user/{uid}/head_120x120.jpg" class="post-user-comp-avatar"/></a><div class="post-user-comp-info"><div class="post-user-comp-info-top"><a href="https://my.hupu-like.test/{uid}" target="_blank" class="post-user-comp-info-top-name">{p["author"]}</a><span class="post-user-comp-info-top-tip">楼主</span></div><div class="post-user-comp-info-bottom"><span class="post-user-comp-info-bottom-time">{p["time"]}</span><span class="post-user-comp-info-bottom-ip">发布于{loc}</span></div></div><div class="post-user-comp-follow">+ 关注</div></div><div class="post-content_main-post-info__qCbZu"><div class="thread-content-detail">{content_html(p)}</div></div><div class="post-operate_post-operate-comp-wrapper__zRhYw"><div class="post-operate-comp-main"><span class="post-operate-comp-main-recommend"><i class="iconfont icon-tuijian"></i>推荐({p["recommends"]})</span><span class="post-operate-comp-main-collect"><i class="iconfont icon-shoucang"></i>收藏</span><span class="post-operate-comp-main-share"><i class="iconfont icon-fenxiang"></i>分享</span><span class="post-operate-comp-main-report">举报</span></div></div></div>'
        if p["lights"]:
            main += '<div class="post-reply_post-reply-wrapper__gK1lA"><div class="post-reply-list-title">这些回帖亮了</div>' + "".join(reply_html(p, (n, s, t, l, None), p["replies"].index(next(r for r in p["replies"] if r[2] == t)) + 1) for n, s, t, l in p["lights"]) + "</div>"
    replies = "".join(reply_html(p, r, i) for i, r in enumerate(reps, start))
    body = f'{TOPBAR}<div class="bbs-post-web-container"><div class="bbs-post-web-breadcrumb"><a href="/">虎扑社区</a><span>&gt;</span><a href="/all-gambia">步行街主干道</a><span>&gt;</span><span>帖子详情</span></div><div class="bbs-post-web-body"><div class="bbs-post-web-main">{main}{nav}<div class="post-reply_post-reply-wrapper__gK1lA"><div class="post-reply-list-title">全部回帖</div>{replies}</div>{nav}<div class="post-reply-input_reply-input__Lw6fS"><div class="reply-input-login-tip">登录后参与评论，<a href="https://passport.hupu-like.test/pc/login">立即登录</a></div></div></div>{side()}</div></div>{FOOT}'
    data = {
        "props": {
            "pageProps": {
                "detail": {
                    "thread": {
                        "tid": tid, "title": p["subject"], "content": content_html(p) if cur == 1 else "",
                        "createdAtFormat": p["time"], "createdAt": p["ts"], "location": loc,
                        "author": {"puid": uid, "puname": p["author"]}, "topic": {"id": 1, "name": "步行街主干道", "url": "/all-gambia"},
                        "replies": n_rep, "recommendNum": p["recommends"],
                    },
                    "lights": [{"puname": n, "createdAtFormat": s, "content": f"<p>{t}</p>", "lightCount": l} for n, s, t, l in p["lights"]] if cur == 1 else [],
                    "replies": {"list": [{"puname": r[0], "createdAtFormat": r[1], "content": f"<p>{r[2]}</p>", "lightCount": r[3], "location": USERS[r[0]][1]} for r in reps], "count": n_rep, "current": cur, "total": last},
                },
                "page": cur,
            },
            "__N_SSP": True,
        },
        "page": "/[tid]",
        "query": {"tid": tid if cur == 1 else f"{tid}-{cur}"},
        "buildId": BUILD,
        "assetPrefix": CDN,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    script = f'<script id="__NEXT_DATA__" type="application/json">{esc_json(data)}</script>'
    return head + body + "</div>" + script + "</body></html>"


def board_page(cur):
    a, b = POSTS
    head = HEAD.format(title="步行街主干道 - 虎扑社区", kw="步行街,步行街主干道,虎扑社区", desc="虎扑步行街主干道", cdn=CDN, build=BUILD, page="[topic]")
    def li(p):
        n = len(p["replies"]) + len(p["replies2"])
        return f'<li class="bbs-sl-web-post-body"><div class="post-title"><a href="{post_url(p["tid"])}" target="_blank" class="p-title">{p["subject"]}</a></div><div class="post-datum">{n} / {p["recommends"] * 37}</div><div class="post-auth"><a href="https://my.hupu-like.test/{USERS[p["author"]][0]}" target="_blank">{p["author"]}</a></div><div class="post-time">{p["time"][5:16] if cur == 1 else p["time"][:10]}</div></li>'
    rows = li(a) + '<li class="bbs-sl-web-post-body"><div class="post-title"><a href="/527180952.html" target="_blank" class="p-title">过年回家被催婚，我是这样应对的</a></div><div class="post-datum">211 / 40532</div><div class="post-auth"><a href="https://my.hupu-like.test/98812330" target="_blank">步行街扛把子</a></div><div class="post-time">01-22 20:13</div></li>' if cur == 1 else li(b)
    nav = (f'<div class="pagination_pagination-wrapper__Q3cVg"><ul class="hupu-rc-pagination"><li class="hupu-rc-pagination-prev hupu-rc-pagination-disabled"><a>&lt;</a></li><li class="hupu-rc-pagination-item hupu-rc-pagination-item-1 hupu-rc-pagination-item-active"><a href="/all-gambia">1</a></li><li class="hupu-rc-pagination-item hupu-rc-pagination-item-2"><a href="/all-gambia-2">2</a></li><li class="hupu-rc-pagination-next"><a href="/all-gambia-2">&gt;</a></li></ul></div>' if cur == 1 else
           '<div class="pagination_pagination-wrapper__Q3cVg"><ul class="hupu-rc-pagination"><li class="hupu-rc-pagination-prev"><a href="/all-gambia">&lt;</a></li><li class="hupu-rc-pagination-item hupu-rc-pagination-item-1"><a href="/all-gambia">1</a></li><li class="hupu-rc-pagination-item hupu-rc-pagination-item-2 hupu-rc-pagination-item-active"><a href="/all-gambia-2">2</a></li><li class="hupu-rc-pagination-next hupu-rc-pagination-disabled"><a>&gt;</a></li></ul></div>')
    body = f'{TOPBAR}<div class="bbs-sl-web-container"><div class="bbs-sl-web-topic-info"><h1>步行街主干道</h1><span>帖子 8902万</span></div><div class="bbs-sl-web-holder"><ul class="bbs-sl-web-post">{rows}</ul></div>{nav}{side()}</div>{FOOT}'
    data = {"props": {"pageProps": {"topicId": 1, "page": cur}, "__N_SSP": True}, "page": "/[topic]", "query": {"topic": "all-gambia" if cur == 1 else "all-gambia-2"}, "buildId": BUILD, "assetPrefix": CDN, "isFallback": False, "gssp": True, "scriptLoader": []}
    return head + body + "</div>" + f'<script id="__NEXT_DATA__" type="application/json">{esc_json(data)}</script></body></html>'


def build() -> Family:
    fam = Family(
        HOST,
        "虎扑 (bbs.hupu.com) 步行街 post pages, 2022 Next.js PC site (/<tid>.html, -2.html; thread-content-detail, __NEXT_DATA__)",
        extensionless_html=True,
    )
    for p in POSTS:
        last = 2 if p["replies2"] else 1
        fam.put(post_url(p["tid"]), post_page(p, 1, last))
        if last == 2:
            fam.put(post_url(p["tid"], 2), post_page(p, 2, 2))
            fam.not_documents.append(post_url(p["tid"], 2))
        fam.doc([post_url(p["tid"])], p["speech"], title=p["subject"], published_at=p["time"][:10])
    fam.put("/all-gambia", board_page(1))
    fam.put("/all-gambia-2", board_page(2))
    a = POSTS[0]
    home = HEAD.format(title="虎扑社区-虎扑网", kw="虎扑社区,步行街,虎扑", desc="虎扑社区", cdn=CDN, build=BUILD, page="index")
    home += f'{TOPBAR}<div class="bbs-index-web-container"><div class="bbs-index-web-hot"><div class="bbs-index-web-hot-title">24小时榜</div><ul><li class="list-item"><a href="{post_url(a["tid"])}" target="_blank" class="list-item-title">{a["subject"]}</a><span class="list-item-lights">{len(a["replies"]) + len(a["replies2"])}亮</span></li><li class="list-item"><a href="/527180952.html" target="_blank" class="list-item-title">过年回家被催婚，我是这样应对的</a></li></ul></div><div class="bbs-index-web-topics"><a href="/all-gambia">步行街主干道</a><a href="/all-nba">湿乎乎的话题</a><a href="/all-digital">数码</a></div>{side()}</div>{FOOT}</div>'
    home += f'<script id="__NEXT_DATA__" type="application/json">{esc_json({"props": {"pageProps": {}, "__N_SSP": True}, "page": "/", "query": {}, "buildId": BUILD, "assetPrefix": CDN, "isFallback": False, "gssp": True, "scriptLoader": []})}</script></body></html>'
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/", "/all-gambia", "/all-gambia-2"]
    fam.noise += [
        "我拿手机录了音回来整理的", "jrs看看", "说实话听完挺感动的", "这些回帖亮了", "全部回帖", "亮了(",
        "先别感动，看年终奖发多少", "加夜班补贴和高温补贴的都是好老板", "驻村的兄弟辛苦了", "发布于", "楼主",
        "沪ICP备12037070号", "扫码下载虎扑APP", "登录后参与评论", "步行街主干道",
    ]
    return fam
