"""V2EX-like topic pages (`/t/N`, `?p=2`), the real V2EX template as a guest gets it (UTF-8, extensionless).

`div#Top` (logo, search, 首页 / 注册 / 登录), `div#Wrapper` with `#Rightbar` (V2EX = way to explore box with
现在注册 / 登录, 今日热议主题 `#TopicsHot`) and `#Main`: the topic box (`div.header` with the large avatar,
`V2EX › 节点` crumbs, `h1`, votes, `small.gray` poster · `<span title="2024-01-19 21:03:11 +08:00">3 小时 2 分钟前</span>` ·
次点击), the topic in `div.cell > div.topic_content > div.markdown_body` (or plain `<br />` text), the poster's
附言 as `div.subtle` (`第 1 条附言 · 2 小时 26 分钟前`) each with its own `topic_content`, `topic_buttons`
(次点击 ∙ 人收藏, Tweet / Weibo: a guest gets no 加入收藏 / 忽略主题 / 感谢); the reply box (`N 条回复 • last time`, tag links, the
`ps_container` pager with `?p=1` `?p=2` and ❮ ❯ cells, replies as `div#r_N.cell` tables with `span.no`, `span.ago`
with title, `via Android`, ❤️ counts, `badge op`, `div.reply_content`), footer (关于 / 帮助文档 / 博客 / API / FAQ,
人在线, 创意工作者们的社区, VERSION · ms · UTC · PVG · LAX · JFK).

Topic 1012876: the poster posted the first part of his 年度总结 speech and went on in two 附言 under it; the
document is the topic and both 附言 joined (his lead line above the speech is his, not the speech). 108 replies,
100 a page: `?p=2` holds 101-108 (with the topic box again, as V2EX prints it) and is not a document; `?p=1`
answers page 1. Topic 958321 (193 天前) is plain text with 14 replies on one page. Listings: `/` (tabs, cell
items) and the node pages `/go/programmer`, `/go/career`."""

from datetime import datetime, timedelta

from common import SPEECHES, Family, render

HOST = "www.v2ex-like.test"
NOW = datetime(2024, 1, 20, 0, 5, 30)
VERSION = "3.9.8.5"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta name="Content-Type" content="text/html;charset=utf-8">
<meta name="Referrer" content="unsafe-url">
<meta content="True" name="HandheldFriendly">
<meta name="theme-color" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<link rel="apple-touch-icon" sizes="180x180" href="/static/apple-touch-icon-180.png?v=91e795b8b5d9e2cbf2d886c3d4b7d63c">
<link rel="shortcut icon" href="/static/favicon.ico" type="image/png">
<title>@@TITLE@@</title>
<link rel="dns-prefetch" href="https://static.v2ex-like.test/" />
<link rel="dns-prefetch" href="https://cdn.v2ex-like.test/" />
<link rel="dns-prefetch" href="https://i.v2ex-like.test/" />
<link rel="stylesheet" type="text/css" media="screen" href="/static/css/basic.css?v=3.9.8.5" />
<link rel="stylesheet" type="text/css" media="screen" href="/static/css/desktop.css?v=3.9.8.5" />
<link rel="stylesheet" type="text/css" media="screen" href="/static/css/tomorrow.css?v=3.9.8.5" />
<link rel="stylesheet" type="text/css" media="screen" href="/static/css/font-awesome.min.css?v=3.9.8.5" />
<script src="/static/js/jquery.js" type="text/javascript"></script>
<script type="text/javascript" defer src="/static/js/v2ex.js?v=3.9.8.5"></script>
<script type="text/javascript" defer src="/static/js/jquery.textcomplete.min.js?v=3.9.8.5"></script>
<script>
    const SITE_NIGHT = 0;
    const csrfToken = 'd03f1e6b-9c2a-4f0e-8a61-0f2e7b3c5a19';
</script>
@@EXTRA_HEAD@@
</head>
<body>
<div id="Top">
    <div class="content">
        <div class="site-nav">
            <a href="/" name="top" title="way to explore"><div id="Logo"></div></a>
            <div id="search-container">
                <input id="search" type="text" maxlength="128" autocomplete="off" tabindex="1">
                <div id="search-result" class="box"></div>
            </div>
            <div class="tools" >
                <a href="/" class="top">首页</a>
                <a href="/signup" class="top">注册</a>
                <a href="/signin" class="top">登录</a>
            </div>
        </div>
    </div>
</div>
<div id="Wrapper">
    <div class="content">
        <div id="Leftbar"></div>
        <div id="Rightbar">
            <div class="sep20"></div>
            <div class="box">
                <div class="cell">
                    <strong>V2EX = way to explore</strong>
                    <div class="sep5"></div>
                    <span class="fade">V2EX 是一个关于分享和探索的地方</span>
                </div>
                <div class="inner">
                    <div class="sep5"></div>
                    <div align="center"><a href="/signup" class="super normal button">现在注册</a>
                    <div class="sep5"></div>
                    <div class="sep10"></div>
                    已注册用户请 &nbsp;<a href="/signin">登录</a></div>
                </div>
            </div>
            <div class="sep20"></div>
            <div class="box">
                <div class="inner" align="center">
                    <a href="/advertise" target="_blank"><img src="https://i.v2ex-like.test/sponsor/2024/01/do-300x100.png" border="0" width="250" alt="推广" /></a>
                </div>
                <div class="sidebar_compliance"><a href="/advertise" target="_blank">❤️ 推广</a></div>
            </div>
            <div class="sep20"></div>
            <div class="box" id="TopicsHot">
                <div class="cell"><span class="fade">今日热议主题</span></div>
@@HOT@@
            </div>
        </div>
        <div id="Main">
            <div class="sep20"></div>
"""

FOOT = """        </div>
        <div class="c"></div>
        <div class="sep20"></div>
    </div>
</div>
<div id="Bottom">
    <div class="content">
        <div class="inner">
            <div class="sep10"></div>
                <div class="fr">
                    <a href="https://www.digitalocean.com/?refcode=1b51f1a7651d" target="_blank"><div id="DigitalOcean"></div></a>
                </div>
                <strong><a href="/about" class="dark" target="_self">关于</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/help" class="dark" target="_self">帮助文档</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="https://blog.v2ex-like.test/" class="dark" target="_blank">博客</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/help/api" class="dark" target="_self">API</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/faq" class="dark" target="_self">FAQ</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/tools" class="dark" target="_self">实用小工具</a> &nbsp; <span class="snow">·</span> &nbsp; 2861 人在线</strong> &nbsp; <span class="fade">最高记录 6679</span> &nbsp; <span class="snow">·</span> &nbsp; <a href="/select/language" class="f11"><img src="/static/img/language.png?v=6a5cfa731dc71a3769f872eb2ebc4e0b" width="16" align="absmiddle" id="ico-select-language" /> &nbsp; Select Language</a>
                <div class="sep20"></div>
                创意工作者们的社区
                <div class="sep5"></div>
                World is powered by solitude
                <div class="sep20"></div>
                <span class="small fade">VERSION: 3.9.8.5 · @@MS@@ms · UTC 16:05 · PVG 00:05 · LAX 08:05 · JFK 11:05<br />♥ Do have faith in what you're doing.</span>
                <div class="sep10"></div>
        </div>
    </div>
</div>
<script>
$(document).ready(function() {
    $("#search").on("keydown", function (e) { if (e.keyCode == 13) { goSearch(); } });
});
</script>
</body>
</html>
"""

HOT = [
    (1012899, "kkdev", "2024 年了，大家公司还在用 SVN 吗？"),
    (1012861, "moon_cat", "裸辞三个月，聊聊我的感受"),
    (1012902, "hz_coder", "杭州租房，西溪附近有什么推荐的小区？"),
    (1012840, "bytewalker", "有没有用过 NAS 做家庭相册的，求推荐方案"),
]


def av(name, size="normal"):
    uid = 100000 + sum(ord(c) for c in name) * 37 % 600000
    return f"https://cdn.v2ex-like.test/avatar/{uid % 997:04x}/{uid % 89:04x}/{uid}_{size}.png?m=1698{uid % 1000000:06d}"


def hot_html():
    return "\n".join(
        f"""                <div class="cell from_{i}">
                    <table cellpadding="0" cellspacing="0" border="0" width="100%">
                        <tr>
                            <td width="24" valign="middle" align="center"><a href="/member/{who}"><img src="{av(who, 'mini')}" class="avatar" border="0" align="default" style="width: 24px; height: 24px;" alt="{who}" /></a></td>
                            <td width="10"></td>
                            <td width="auto" valign="middle"><span class="item_hot_topic_title"><a href="/t/{tid}">{title}</a></span></td>
                        </tr>
                    </table>
                </div>"""
        for i, (tid, who, title) in enumerate(HOT)
    )


def ago(t: datetime) -> str:
    d = NOW - t
    mins = int(d.total_seconds() // 60)
    if mins < 60:
        return f"{mins} 分钟前"
    if mins < 60 * 24:
        h, m = divmod(mins, 60)
        return f"{h} 小时 {m} 分钟前" if m else f"{h} 小时前"
    return f"{d.days} 天前"


def stamp(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S +08:00")


def span_time(t):
    return f'<span title="{stamp(t)}">{ago(t)}</span>'


NAMES = [
    "kkdev", "moon_cat", "hz_coder", "bytewalker", "lxg1987", "zeroone", "tinyfish", "cxh116", "wuyadong",
    "sagaxu", "Rocketer", "Leon6868", "uptime", "jianghu", "qinxi", "youthfire", "keith1126", "dog82",
    "iyaozhen", "ltyj2003", "nicebird", "xuanwu", "Vegetable", "yolee599", "shinession", "CodeCodeStudy",
    "ppbaozi", "lshang", "sunzy", "fox0001",
]

LINES = [
    "写得挺好，很真诚，不空。",
    "带新人那段最有共鸣，我当年也是忍不住直接上手改。",
    "五十二次上线零回滚，这个数据拿出来挺硬的。",
    "建议把“少一点告警，多一点好觉”留着，结尾很加分。",
    "稳定性靠流程和敬畏心，说得对。",
    "第一次上台讲话都会紧张，放慢语速就行。",
    "技术债务拿百分之十五的时间，你们产品能同意？",
    "可以再短一点，三分钟以内最好，领导们都等着吃饭。",
    "收藏了，明年我也要写这个。",
    "慢查询那次复盘写得很真实，我们去年也出过一样的事。",
    "楼主是个好组长。",
    "文档欠账这个问题全行业通病哈哈",
    "“谁开发、谁写文档” 执行起来难度不小，祝好运。",
    "这稿子比我们总监写的强。",
    "讲的时候别念稿，记住几个关键词就行。",
    "灰度切流一个城市一个城市切，这个方案很稳。",
    "建议加一两句具体感谢某个同事的事例，会更打动人。",
    "看完想跳槽去你们组。",
    "领导听了应该会很满意，数据、问题、计划都有。",
    "mark 一下，年底用得上。",
    "可观测性五分钟定位，目标定得挺实在。",
    "年会发言能写成这样已经很用心了。",
    "感谢分享，学到了。",
    "附言补的后半部分更好。",
    "提个小建议：开头“有点紧张”可以删掉，直接进入正题。",
]


def reply_cell(rid, no, who, t, text, *, op=False, via="", hearts=0):
    badge = '<div class="badges"><div class="badge op">OP</div></div>' if op else ""
    extras = f' &nbsp; <span class="small fade">via {via}</span>' if via else ""
    heart = (
        f'&nbsp;&nbsp;<span class="small fade"><img src="/static/img/heart_neue_red.png" width="14" align="absmiddle" alt="❤️" /> {hearts}</span>'
        if hearts
        else ""
    )
    return f"""            <div id="r_{rid}" class="cell">
            <table cellpadding="0" cellspacing="0" border="0" width="100%">
                <tr>
                    <td width="48" valign="top" align="center"><img src="{av(who)}" class="avatar" border="0" align="default" style="width: 48px; height: 48px;" alt="{who}" /></td>
                    <td width="10" valign="top"></td>
                    <td width="auto" valign="top" align="left"><div class="fr"> &nbsp; &nbsp; <span class="no">{no}</span></div>
                    <div class="sep3"></div>
                    <strong><a href="/member/{who}" class="dark">{who}</a></strong>{badge}&nbsp; &nbsp;<span class="ago" title="{stamp(t)}">{ago(t)}</span>{extras}{heart}
                    <div class="sep5"></div>
                    <div class="reply_content">{text}</div>
                    </td>
                </tr>
            </table>
            </div>
"""


def pager(page, pages):
    nums = " &nbsp;".join(
        f'<a href="?p={n}" class="page_current">{n}</a>' if n == page else f'<a href="?p={n}" class="page_normal">{n}</a>'
        for n in range(1, pages + 1)
    )
    prev = (
        '<td width="50%" align="center" class="super normal button disable_now" style="border-right: none; border-top-right-radius: 0px; border-bottom-right-radius: 0px;" title="上一页">❮</td>'
        if page == 1
        else f'<td width="50%" align="center" class="super normal_page_right button" style="border-right: none; border-top-right-radius: 0px; border-bottom-right-radius: 0px;" onclick="location.href=\'?p={page - 1}\';" title="上一页">❮</td>'
    )
    nxt = (
        '<td width="50%" align="center" class="super normal button disable_now" style="border-top-left-radius: 0px; border-bottom-left-radius: 0px;" title="下一页">❯</td>'
        if page == pages
        else f'<td width="50%" align="center" class="super normal_page_right button" style="border-top-left-radius: 0px; border-bottom-left-radius: 0px;" onclick="location.href=\'?p={page + 1}\';" title="下一页">❯</td>'
    )
    return f"""            <div class="cell ps_container" style="background-color: var(--box-background-alt-color); border-bottom: 1px solid var(--box-border-color);">
            <table cellpadding="0" cellspacing="0" border="0" width="100%">
                <tr>
                    <td width="auto" align="left">{nums}</td>
                    <td width="120" align="right"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>{prev}{nxt}</tr></table></td>
                </tr>
            </table>
            </div>
"""


def markdown(paras):
    return '<div class="markdown_body">' + "".join(f"<p>{p}</p>\n" for p in paras) + "</div>"


def plain(paras):
    return "<br />\n".join(paras)


def topic_box(tp):
    tid, who, node = tp["tid"], tp["who"], tp["node"]
    subtles = "".join(
        f"""            <div class="subtle">
                <span class="fade">第 {i + 1} 条附言 &nbsp;·&nbsp; {span_time(t)}</span>
                <div class="sep5"></div>
                <div class="topic_content">{body}</div>
            </div>
"""
        for i, (t, body) in enumerate(tp["appendix"])
    )
    return f"""            <div class="box" style="border-bottom: 0px;">
            <div class="header"><div class="fr"><a href="/member/{who}"><img src="{av(who, 'large')}" class="avatar" border="0" align="default" width="73" style="width: 73px; max-height: 73px;" alt="{who}" /></a></div>
                <a href="/">V2EX</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/{node[0]}">{node[1]}</a>
                <div class="sep10"></div>
                <h1>{tp["title"]}</h1>
                <div id="topic_{tid}_votes" class="votes">
                    <a href="javascript:" onclick="upVoteTopic({tid});" class="vote"><li class="fa fa-chevron-up"></li></a> &nbsp;<a href="javascript:" onclick="downVoteTopic({tid});" class="vote"><li class="fa fa-chevron-down"></li></a>
                </div> &nbsp;<small class="gray"><a href="/member/{who}">{who}</a> · {span_time(tp["t"])} · {tp["clicks"]} 次点击</small>
            </div>
            <div class="cell">
                <div class="topic_content">{tp["content"]}</div>
            </div>
{subtles}            <div class="topic_buttons">
                <div class="fr topic_stats" style="padding-top: 4px;">{tp["clicks"]} 次点击 &nbsp;∙&nbsp; {tp["favs"]} 人收藏 &nbsp;</div>
                <a href="#;" onclick="window.open('https://twitter.com/share?url=https://www.v2ex-like.test/t/{tid}?r=0&amp;related=v2ex&amp;hashtags={node[0]}&amp;text=' + encodeURIComponent(document.title), '_blank', 'width=550,height=370'); " class="tb">Tweet</a>
                <a href="#;" onclick="window.open('https://service.weibo.com/share/share.php?url=https://www.v2ex-like.test/t/{tid}?r=0&amp;title=V2EX%20-%20' + encodeURIComponent(document.title), '_blank', 'width=550,height=370'); " class="tb">Weibo</a>
            </div>
            </div>
"""


def topic_page(tp, page, pages):
    tid = tp["tid"]
    replies = tp["replies"][(page - 1) * 100 : page * 100]
    cells = "".join(reply_cell(*r[:5], **r[5]) for r in replies)
    total = len(tp["replies"])
    last_t = tp["replies"][-1][3]
    tags = "".join(f'<a href="/tag/{t}" class="tag"><li class="fa fa-tag"></li> {t}</a>' for t in tp["tags"])
    pg = pager(page, pages) if pages > 1 else ""
    body = (
        topic_box(tp)
        + f"""            <div class="sep20"></div>
            <div class="box">
            <div class="cell"><div class="fr" style="margin: -3px -5px 0px 0px;">{tags}</div><span class="gray">{total} 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;{stamp(last_t)}</span>
            </div>
{pg}{cells}{pg}            </div>
"""
    )
    desc = tp["desc"]
    extra = f"""<link rel="canonical" href="https://www.v2ex-like.test/t/{tid}{'?p=' + str(page) if page > 1 else ''}" />
<meta property="og:locale" content="zh_CN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{tp["title"]}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="https://www.v2ex-like.test/t/{tid}" />
<meta property="og:site_name" content="V2EX" />
<meta name="description" content="{tp["who"]} - {desc}" />
<script type="text/javascript">
    var topicId = {tid};
    var replyCount = {total};
</script>"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{tp['title']} - V2EX",
        EXTRA_HEAD=extra,
        HOT=hot_html(),
        MS=27 + page * 6 + tid % 9,
    )


LINES2 = [
    "多问为什么，这条对新人最有用。",
    "写得很暖，比 HR 念的那些强多了。",
    "出错了第一时间说出来，这个太重要了，藏着掖着最要命。",
    "五年做到项目负责人，楼主厉害。",
    "按时吃饭这句是真心话。",
    "我们公司的老员工代表只会说“欢迎加入大家庭”。",
    "收藏了，明年我要是被拉去讲也能参考。",
    "信息安全那段加得好，新人最容易在这上面栽跟头。",
    "对事不对人的文化，希望是真的。",
]


def make_replies(tid, start, end, n, poster, op_lines, seed, lines=LINES):
    out = []
    span = (end - start).total_seconds()
    for i in range(n):
        t = start + timedelta(seconds=int(span * (i + 1) / (n + 1)) + (i * 37 + seed) % 50)
        no = i + 1
        if no in op_lines:
            who, text, opts = poster, op_lines[no], {"op": True}
        else:
            who = NAMES[(i * 7 + seed) % len(NAMES)]
            if who == poster:
                who = NAMES[(i * 7 + seed + 1) % len(NAMES)]
            text = lines[(i * 11 + seed) % len(lines)]
            if no % 9 == 4 and i > 1:
                prev = out[-1][2]
                text = f'@<a href="/member/{prev}">{prev}</a> #{no - 1} 同意'
            opts = {}
            if i % 5 == 2:
                opts["via"] = "Android" if i % 2 else "iPhone"
            if i % 13 == 3:
                opts["hearts"] = 1 + i % 4
        out.append((tid * 13 + 15000000 + i * 3, no, who, t, text, opts))
    return out


def build() -> Family:
    fam = Family(
        HOST,
        "V2EX topic pages, the real template, guest view (/t/N with ?p=2; topic_content / markdown_body, the poster's 附言 "
        "as div.subtle 「第 N 条附言 · 时间」, reply cells with span.no / span.ago, ps_container pager)",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
    )
    s3, s4 = SPEECHES["f42a-3"], SPEECHES["f42a-4"]
    intro3 = "明天部门年会，领导让我代表后端组发言，憋了两个晚上写了这么一篇。第一次上台讲话，有点慌，贴出来请各位帮忙看看，轻拍。"
    p = s3.paras
    t1 = datetime(2024, 1, 19, 21, 3, 11)
    tp1 = {
        "tid": 1012876,
        "who": "luckyboy2016",
        "node": ("programmer", "程序员"),
        "title": "年会要代表组里发言，写了篇稿子，大家帮忙看看",
        "t": t1,
        "clicks": 9632,
        "favs": 57,
        "tags": ["年会", "发言稿", "总结"],
        "content": markdown([intro3]) .replace("</div>", "<hr>\n" + "".join(f"<p>{x}</p>\n" for x in p[:4]) + "</div>"),
        "appendix": [
            (datetime(2024, 1, 19, 21, 38, 40), markdown(["续：", *p[4:7]])),
            (datetime(2024, 1, 19, 22, 10, 2), markdown(["再续，后面是明年的打算和结尾：", *p[7:]])),
        ],
        "desc": intro3,
    }
    tp1["replies"] = make_replies(
        1012876, datetime(2024, 1, 19, 21, 6, 0), datetime(2024, 1, 20, 0, 4, 0), 108, "luckyboy2016",
        {12: "谢谢，后半部分在附言里补上了。", 47: "好的，我把“有点紧张”那句删了，谢谢建议。", 103: "感谢大家，明天讲完回来汇报。"}, 3,
    )
    intro4 = "今天公司校招生入职，作为老员工代表上台致辞，稿子分享出来，给马上要入职的同学们，希望有点用。"
    t2 = datetime(2023, 7, 10, 18, 22, 47)
    tp2 = {
        "tid": 958321,
        "who": "zhouyang_ops",
        "node": ("career", "职场话题"),
        "title": "作为老员工代表给今年校招新人致辞，分享一下稿子",
        "t": t2,
        "clicks": 3178,
        "favs": 21,
        "tags": ["校招", "职场"],
        "content": plain([intro4, "", *s4.paras]),
        "appendix": [],
        "desc": intro4,
    }
    tp2["replies"] = make_replies(
        958321, datetime(2023, 7, 10, 18, 30, 0), datetime(2023, 7, 12, 9, 0, 0), 14, "zhouyang_ops",
        {6: "哈哈，五年前我也是坐在台下那个。"}, 5, LINES2,
    )
    # page 1 of topic 1 and its ?p=1 alias, page 2, topic 2
    p1 = topic_page(tp1, 1, 2)
    fam.put("/t/1012876", p1)
    fam.route("/t/1012876?p=1", "/t/1012876_p1.html", p1)
    fam.route("/t/1012876?p=2", "/t/1012876_p2.html", topic_page(tp1, 2, 2))
    fam.put("/t/958321", topic_page(tp2, 1, 1))
    joined = "\n".join(p)
    fam.doc(["/t/1012876"], s3, text=joined, title=tp1["title"], published_at="2024-01-19")
    fam.doc(["/t/958321"], s4, title=tp2["title"], published_at="2023-07-10")
    fam.not_documents += ["/", "/go/programmer", "/go/career", "/t/1012876?p=2"]

    def item(tp, node_page=False):
        n = len(tp["replies"])
        last = tp["replies"][-1][2]
        node = "" if node_page else f'<a class="node" href="/go/{tp["node"][0]}">{tp["node"][1]}</a> &nbsp;•&nbsp; '
        return f"""            <div class="cell item" style="">
            <table cellpadding="0" cellspacing="0" border="0" width="100%">
                <tr>
                    <td width="48" valign="top" align="center"><a href="/member/{tp["who"]}"><img src="{av(tp["who"])}" class="avatar" border="0" align="default" style="width: 48px; height: 48px;" alt="{tp["who"]}" /></a></td>
                    <td width="10"></td>
                    <td width="auto" valign="middle"><span class="item_title"><a href="/t/{tp["tid"]}#reply{n}" class="topic-link" id="topic-link-{tp["tid"]}">{tp["title"]}</a></span>
                    <div class="sep5"></div>
                    <span class="topic_info"><div class="votes"></div>{node}<strong><a href="/member/{tp["who"]}">{tp["who"]}</a></strong> &nbsp;•&nbsp; {span_time(tp["t"])} &nbsp;•&nbsp; 最后回复来自 <strong><a href="/member/{last}">{last}</a></strong></span>
                    </td>
                    <td width="70" align="right" valign="middle"><a href="/t/{tp["tid"]}#reply{n}" class="count_livid">{n}</a></td>
                </tr>
            </table>
            </div>
"""

    filler = [
        (1012899, "kkdev", ("programmer", "程序员"), "2024 年了，大家公司还在用 SVN 吗？", datetime(2024, 1, 19, 23, 12, 5), 63, "tinyfish"),
        (1012861, "moon_cat", ("career", "职场话题"), "裸辞三个月，聊聊我的感受", datetime(2024, 1, 19, 19, 40, 33), 212, "sagaxu"),
    ]

    def filler_item(f, node_page=False):
        tid, who, node, title, t, n, last = f
        return item({"tid": tid, "who": who, "node": node, "title": title, "t": t, "replies": [(0, 0, last)] * n}, node_page)

    tabs = " ".join(
        f'<a href="/?tab={k}" class="{"tab_current" if k == "tech" else "tab"}">{v}</a>'
        for k, v in [("tech", "技术"), ("creative", "创意"), ("play", "好玩"), ("apple", "Apple"), ("jobs", "酷工作"),
                     ("deals", "交易"), ("city", "城市"), ("qna", "问与答"), ("hot", "最热"), ("all", "全部"), ("r2", "R2")]
    )
    home_body = f"""            <div class="box">
            <div class="inner" id="Tabs">{tabs}</div>
            <div class="cell" id="SecondaryTabs"><a href="/go/programmer">程序员</a> &nbsp; &nbsp; <a href="/go/python">Python</a> &nbsp; &nbsp; <a href="/go/career">职场话题</a> &nbsp; &nbsp; <a href="/go/linux">Linux</a> &nbsp; &nbsp; <a href="/go/cloud">云计算</a></div>
{filler_item(filler[0])}{item(tp1)}{filler_item(filler[1])}{item(tp2)}            <div class="inner"><span class="chevron">»</span> &nbsp;<a href="/recent">更多新主题</a></div>
            </div>
"""
    fam.put(
        "/index.html",
        render(HEAD + home_body + FOOT, TITLE="V2EX", EXTRA_HEAD='<meta name="description" content="创意工作者们的社区。讨论编程、设计、硬件、游戏等令人激动的话题。" />', HOT=hot_html(), MS=41),
    )

    def node_page(code, name, count, items):
        body = f"""            <div class="box">
            <div class="node-header">
                <div class="node-breadcrumb"><a href="/">V2EX</a> <span class="chevron">&nbsp;›&nbsp;</span> {name}</div>
                <div class="sep10"></div>
                <div class="fr f12"><span>主题总数</span> <strong>{count}</strong></div>
                <div class="intro"></div>
            </div>
            <div id="TopicsNode">
{items}            </div>
            <div class="cell" style="background-color: var(--box-background-alt-color); border-bottom: 1px solid var(--box-border-color);">
            <table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="auto" align="left"><a href="?p=1" class="page_current">1</a> &nbsp;<a href="?p=2" class="page_normal">2</a> &nbsp;<span class="fade">...</span> &nbsp;<a href="?p={count // 20}" class="page_normal">{count // 20}</a></td></tr></table>
            </div>
            </div>
"""
        return render(HEAD + body + FOOT, TITLE=f"V2EX › {name}", EXTRA_HEAD=f'<link rel="canonical" href="https://www.v2ex-like.test/go/{code}" />', HOT=hot_html(), MS=35)

    fam.put("/go/programmer", node_page("programmer", "程序员", 61284, filler_item(filler[0], True) + item(tp1, True)))
    fam.put("/go/career", node_page("career", "职场话题", 24017, filler_item(filler[1], True) + item(tp2, True)))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /signin\nDisallow: /signup\nDisallow: /search\nDisallow: /ignore/\nDisallow: /favorite/\n")
    fam.noise += [
        "明天部门年会，领导让我代表后端组发言",
        "轻拍",
        "续：",
        "再续，后面是明年的打算和结尾",
        "条附言",
        "今天公司校招生入职，作为老员工代表上台致辞",
        "希望有点用",
        "次点击",
        "人收藏",
        "条回复",
        "via Android",
        "带新人那段最有共鸣",
        "这稿子比我们总监写的强",
        "谢谢，后半部分在附言里补上了",
        "五年前我也是坐在台下那个",
        "今日热议主题",
        "V2EX = way to explore",
        "现在注册",
        "创意工作者们的社区",
        "World is powered by solitude",
        "VERSION:",
        "Do have faith in what you're doing",
        "人在线",
    ]
    fam.note = (
        "extensionless pages; topic 1012876's speech is the topic and the poster's two 附言 (div.subtle) joined, without his lead "
        "line and the 续： lines; ?p=2 (replies 101-108 below the topic box again) is not a document, ?p=1 answers page 1; "
        "member, tag, signin and hot-topic links are not served (404)"
    )
    return fam
