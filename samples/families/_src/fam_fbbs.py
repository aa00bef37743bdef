"""A campus BBS's old FireBird-style web view (bbscon / bbsdoc / bbstcon CGIs, gb2312 meta, GBK
bytes, `text/html` with no charset): articles printed as preformatted text inside
`<table width=610 border=1><tr><td><pre>` — 发信人 / 标  题 / 发信站 header lines, the body (one
article hard-wrapped at 76 columns as typed in a terminal, the other posted from the web in long
lines), `--`, signature, ※ 修改 / ※ 来源 lines in ANSI-colour `<font class=cNN>` tags; replies quote
with `【 在 … 的大作中提到: 】` and `: ` lines. The board listing (`bbsdoc`, `&start=N` for the older
page) and the 同主题 reading page (`bbstcon`, every article of the thread in one page)."""

import html
import unicodedata
from datetime import datetime, timedelta, timezone

from common import SPEECHES, Family, render

HOST = "bbs.qingyuan-fbbs.test"
SITE = "清源站"
BOARD = "Physics"
BOARD_CN = "物理学院"
CST = timezone(timedelta(hours=8))

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<link rel=stylesheet type=text/css href='/bbs.css'>
</head>
<body>
"""

FOOT = """
</body>
</html>
"""


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(line, cols=76):
    out, cur = [], ""
    for c in line:
        if width(cur + c) > cols:
            # keep closing punctuation on the line it ends (the editor's 避头尾)
            if c in "，。、；：！？”）》":
                cur += c
                continue
            out.append(cur)
            cur = ""
        cur += c
    if cur:
        out.append(cur)
    return out


def ctime(dt):
    return dt.strftime("%a %b ") + f"{dt.day:2d}" + dt.strftime(" %H:%M:%S %Y")


def esc(s):
    return html.escape(s, quote=False)


USERS = {
    "qiuyun": ("秋云", "166.111.69.*"),
    "feynmanfan": ("费曼的粉丝", "162.105.214.*"),
    "xiaoguangzi": ("小光子", "59.66.130.*"),
    "mianzi": ("面子工程师", "211.71.88.*"),
    "laohei": ("老黑", "202.112.31.*"),
}

SIGS = {
    "qiuyun": '<font class="c36">    ☆ 世上本没有路，走的人多了，也便成了路 ☆</font>',
    "feynmanfan": "What I cannot create, I do not understand.\n                                   -- R. P. Feynman",
    "xiaoguangzi": "",
    "mianzi": '<font class="c33">面子工程师</font>@<font class="c32">五道口</font>：写代码，也写材料',
    "laohei": "",
}


def header(userid, title, dt, board=BOARD):
    nick = USERS[userid][0]
    return (
        f'发信人: <a href="bbsqry?userid={userid}">{userid}</a> ({esc(nick)}), 信区: {board}\n'
        f"标  题: {esc(title)}\n"
        f"发信站: {SITE} ({ctime(dt)}), 站内\n\n"
    )


def tail(userid, dt, edited=None):
    sig = SIGS[userid]
    out = "\n--\n" + (sig + "\n" if sig else "")
    if edited:
        out += f'<font class="c36">※ 修改:·{userid} 于 {edited.strftime("%b %d %H:%M:%S %Y")} 修改本文·[FROM: {USERS[userid][1]}]</font>\n'
    out += f'<font class="c3{1 + len(userid) % 6}">※ 来源:·{SITE} {HOST}·[FROM: {USERS[userid][1]}]</font>\n'
    return out


def quote_block(userid, lines):
    nick = USERS[userid][0]
    q = f'\n<font class="c33">【 在 {userid} ({esc(nick)}) 的大作中提到: 】</font>\n'
    q += "".join(f'<font class="c36">: {esc(l)}</font>\n' for l in lines[:3])
    if len(lines) > 3:
        q += '<font class="c36">: .................（以下省略）</font>\n'
    return q


def cn(dt):
    return datetime(*dt, tzinfo=CST)


ARTICLES = [
    {
        "speech": SPEECHES["RA3"],
        "user": "qiuyun",
        "title": "王老师在物理学院毕业典礼上的教师代表发言",
        "dt": cn((2024, 6, 28, 21, 14, 5)),
        "edited": cn((2024, 6, 29, 8, 12, 30)),
        "terminal": True,
        "num": 1187,
        "intro": ["今天上午毕业典礼上王老师的发言，好多人在台下哭成狗。", "找王老师要了讲稿，征得同意贴上来，留个纪念。", ""],
        "replies": [
            ("feynmanfan", cn((2024, 6, 28, 21, 40, 11)), "第三句话戳中了，当年要不是师兄带我调光路，估计毕不了业", 1188),
            ("xiaoguangzi", cn((2024, 6, 28, 22, 3, 47)), "“实验楼四层的那间答疑室，门永远为你们开着。”\n\n泪目。王老师的普物是我上过最好的课。", 1190),
            ("laohei", cn((2024, 6, 29, 9, 26, 2)), "mark，明年给学弟学妹看", 1193),
        ],
    },
    {
        "speech": SPEECHES["RA4"],
        "user": "mianzi",
        "title": "院长在研究生开学典礼上的讲话（录音整理）",
        "dt": cn((2024, 9, 7, 10, 32, 18)),
        "edited": None,
        "terminal": False,
        "num": 1209,
        "intro": ["应几个新同学的要求，把昨天下午开学典礼上院长的讲话整理出来了。", "根据现场录音整理，个别口语有改动，未经本人审阅。", ""],
        "replies": [
            ("qiuyun", cn((2024, 9, 7, 11, 5, 40)), "辛苦楼主，学术规范培训那个考核据说挺严的，新同学注意", 1210),
            ("feynmanfan", cn((2024, 9, 7, 13, 48, 9)), "那台自己改装的光谱仪现在还在一楼展柜里放着", 1212),
        ],
    },
]

OLDER_ROWS = [
    (1184, "laohei", "Jun 25", "○ 【通知】本版精华区整理志愿者招募", 310),
    (1185, "xiaoguangzi", "Jun 26", "○ 求助：光学实验报告数据处理用什么软件", 96),
    (1186, "feynmanfan", "Jun 27", "○ 毕业照拍完了，再见了理教", 472),
]
NEWER_ROWS = [
    (1205, "laohei", "Sep  3", "○ 新学期答疑安排（普物、热学、电动力学）", 208),
    (1206, "xiaoguangzi", "Sep  4", "○ 出一本二手《费曼物理学讲义》", 77),
    (1208, "qiuyun", "Sep  6", "○ 今天开学典礼有没有人录像", 154),
]


def fname(dt):
    return f"M.{int(dt.timestamp())}.A"


def speech_body(a):
    sp = a["speech"]
    lines = [esc(l) for l in a["intro"]]
    if a["terminal"]:
        lines += ["", "                " + esc(sp.title), "", "              物理学院　王立新", ""]
        for p in sp.paras:
            lines += [esc(l) for l in wrap("　　" + p)]
    else:
        lines.append("")
        for p in sp.paras:
            lines += ["    " + esc(p), ""]
    return "\n".join(lines) + "\n"


def links(a, file, num, prev, nxt, title):
    return (
        f'[<a href="bbsfwd?board={BOARD}&file={file}">转寄/推荐</a>]'
        f'[<a href="bbsccc?board={BOARD}&file={file}">转贴</a>]'
        f'[<a onclick="return confirm(\'你真的要删除本文吗?\')" href="bbsdel?board={BOARD}&file={file}">删除文章</a>]'
        f'[<a href="bbsedit?board={BOARD}&file={file}">修改文章</a>]'
        + (f'[<a href="bbscon?board={BOARD}&file={prev[0]}&num={prev[1]}">上一篇</a>]' if prev else "")
        + f'[<a href="bbsdoc?board={BOARD}">本讨论区</a>]'
        + (f'[<a href="bbscon?board={BOARD}&file={nxt[0]}&num={nxt[1]}">下一篇</a>]' if nxt else "")
        + f'[<a href="bbspst?board={BOARD}&file={file}&userid={a}&title=Re: {esc(title)}">回文章</a>]'
        f'[<a href="bbstcon?board={BOARD}&file={file}">同主题阅读</a>]'
    )


def con_page(userid, title, text, file, num, prev, nxt, hits, gid_file):
    pre = text
    body = f"""<center>
<font class="title">{SITE} - 文章阅读</font>　[讨论区: <a href="bbsdoc?board={BOARD}">{BOARD}</a>]　[本篇人气: {hits}]
<hr color="green">
{links(userid, file, num, prev, nxt, title).replace(f'bbstcon?board={BOARD}&file={file}', f'bbstcon?board={BOARD}&file={gid_file}')}
<table width="610" border="1"><tr><td>
<pre>{pre}</pre>
</td></tr></table>
<hr color="green">
{links(userid, file, num, prev, nxt, title).replace(f'bbstcon?board={BOARD}&file={file}', f'bbstcon?board={BOARD}&file={gid_file}')}
</center>"""
    return render(HEAD + "@@BODY@@" + FOOT, TITLE=f"{SITE} -- 文章阅读", BODY=body)


def build() -> Family:
    fam = Family(
        HOST,
        "FireBird-style campus BBS web view (bbscon/bbsdoc/bbstcon CGIs; articles as <pre> text with 发信人/标题/发信站 headers, -- signature, ※ 来源; GBK)",
        encoding="gbk",
        content_type="text/html",
    )
    # every article of the two threads in board order
    posts = []  # (num, file, userid, title, text, dt, gid_file, hits)
    for a in ARTICLES:
        f0 = fname(a["dt"])
        text = header(a["user"], a["title"], a["dt"]) + speech_body(a) + tail(a["user"], a["dt"], a["edited"])
        a["file"] = f0
        a["text"] = text
        posts.append((a["num"], f0, a["user"], a["title"], text, a["dt"], f0, 1523 if a["terminal"] else 864, "○ "))
        for userid, dt, reply, num in a["replies"]:
            rtitle = "Re: " + a["title"]
            quoted = a["intro"][:2] if reply.startswith("mark") or "录像" in reply else None
            first_lines = [l for l in speech_body(a).split("\n") if l.strip()]
            qlines = first_lines[:5]
            rtext = header(userid, rtitle, dt) + esc(reply).replace("&quot;", '"') + "\n" + quote_block(a["user"], [html.unescape(l) for l in qlines]) + tail(userid, dt)
            posts.append((num, fname(dt), userid, rtitle, rtext, dt, f0, 40 + num % 37, ""))
    posts.sort()
    for i, (num, file, userid, title, text, dt, gid, hits, mark) in enumerate(posts):
        prev = (posts[i - 1][1], posts[i - 1][0]) if i else None
        nxt = (posts[i + 1][1], posts[i + 1][0]) if i + 1 < len(posts) else None
        url = f"/bbscon?board={BOARD}&file={file}&num={num}"
        fam.route(url, f"/bbscon/{BOARD}/{file}.html", con_page(userid, title, text, file, num, prev, nxt, hits, gid))
        if not mark:
            fam.not_documents.append(url)
    for a in ARTICLES:
        fam.doc(
            [f"/bbscon?board={BOARD}&file={a['file']}&num={a['num']}"],
            a["speech"],
            title=a["title"],
            published_at=a["dt"].strftime("%Y-%m-%d"),
        )
        # 同主题阅读: the whole thread in one page
        thread = [p for p in posts if p[6] == a["file"]]
        blocks = []
        for num, file, userid, title, text, dt, gid, hits, mark in thread:
            blocks.append(
                f"""[<a href="bbscon?board={BOARD}&file={file}&num={num}">本篇全文</a>] [<a href="bbspst?board={BOARD}&file={file}&userid={userid}&title=Re: {esc(a['title'])}">回复本文</a>] [本篇作者: <a href="bbsqry?userid={userid}">{userid}</a>] [本篇人气: {hits}]
<table width="610" border="1"><tr><td>
<pre>{text}</pre>
</td></tr></table>"""
            )
        body = f"""<center>
<font class="title">{SITE} - 同主题文章阅读</font>　[讨论区: <a href="bbsdoc?board={BOARD}">{BOARD}</a>]
<hr color="green">
""" + "\n".join(blocks) + f"""
<hr color="green">
[<a href="bbsdoc?board={BOARD}">本讨论区</a>] [<a href="bbstdoc?board={BOARD}">同主题模式</a>] [<a href="bbstcon?board={BOARD}&file={a['file']}&start={len(thread)}">往后找</a>]
</center>"""
        fam.route(
            f"/bbstcon?board={BOARD}&file={a['file']}",
            f"/bbstcon/{BOARD}/{a['file']}.html",
            render(HEAD + "@@BODY@@" + FOOT, TITLE=f"{SITE} -- 同主题文章阅读", BODY=body),
        )
        fam.not_documents.append(f"/bbstcon?board={BOARD}&file={a['file']}")

    def row(num, userid, date, title, hits, file=None, mark="N"):
        href = f'<a href="bbscon?board={BOARD}&file={file}&num={num}">{esc(title)}</a>' if file else f'<a href="bbscon?board={BOARD}&file=M.{int(datetime.strptime(date + " 2024 12:00", "%b %d %Y %H:%M").replace(tzinfo=CST).timestamp()) + num * 37}.A&num={num}">{esc(title)}</a>'
        return f"<tr><td>{num}<td>{mark}<td><a href=\"bbsqry?userid={userid}\">{userid}</a><td>{date}<td>{href}<td>{hits}\n"

    by_num = {p[0]: p for p in posts}

    def rows_for(lo, hi, extra):
        out = []
        nums = sorted(set(list(by_num) + [r[0] for r in extra]))
        for n in nums:
            if not lo <= n <= hi:
                continue
            if n in by_num:
                num, file, userid, title, text, dt, gid, hits, mark = by_num[n]
                out.append(row(num, userid, dt.strftime("%b ") + f"{dt.day:2d}", (mark or "") + title, hits, file, "g" if mark and num == 1187 else "N" if mark else " "))
            else:
                r = next(r for r in extra if r[0] == n)
                out.append(row(r[0], r[1], r[2], r[3], r[4]))
        return "".join(out)

    def doc_page(start, rows_html):
        nav = (
            f'[<a href="bbsfdoc?board={BOARD}">文摘区</a>][<a href="bbs0an?path=/groups/GROUP_5/{BOARD}">精华区</a>]'
            f'[<a href="bbsdoc?board={BOARD}&start=1">第一页</a>]'
            + (f'[<a href="bbsdoc?board={BOARD}&start=1168">上一页</a>]' if start is None else f'[<a href="bbsdoc?board={BOARD}&start=1148">上一页</a>][<a href="bbsdoc?board={BOARD}">下一页</a>]')
            + f'[<a href="bbspst?board={BOARD}">发表文章</a>][<a href="bbsdoc?board={BOARD}">刷新</a>][<a href="bbstdoc?board={BOARD}">同主题模式</a>]'
        )
        body = f"""<center>
<font class="title">{SITE} -- [讨论区: {BOARD}]</font> 板主[<a href="bbsqry?userid=laohei">laohei</a>] 文章数[1212] <a href="bbsbrdadd?board={BOARD}">预定本版</a>
<hr color="green">
<table width="610">
<tr><td>序号<td>状态<td>作者<td>日期<td>标题<td>人气
{rows_html}</table>
<hr color="green">
{nav}
<form action="bbsdoc">
<input type="hidden" name="board" value="{BOARD}">
<input type="submit" value="跳转到"> 第 <input type="text" name="start" size="4"> 篇
</form>
</center>"""
        return render(HEAD + "@@BODY@@" + FOOT, TITLE=f"{SITE} -- [{BOARD_CN}]", BODY=body)

    fam.route(f"/bbsdoc?board={BOARD}", f"/bbsdoc/{BOARD}.html", doc_page(None, rows_for(1193, 1212, NEWER_ROWS + [(1195, "feynmanfan", "Jul  2", "○ 暑期学校报名截止提醒", 130), (1199, "laohei", "Jul 15", "○ 【公告】暑假期间本版开放时间", 66)])))
    fam.route(f"/bbsdoc?board={BOARD}&start=1168", f"/bbsdoc/{BOARD}-1168.html", doc_page(1168, rows_for(1168, 1192, OLDER_ROWS)))
    fam.not_documents += [f"/bbsdoc?board={BOARD}", f"/bbsdoc?board={BOARD}&start=1168"]

    top = []
    for i, a in enumerate(ARTICLES[::-1]):
        top.append(
            f"""<tr><td>第 {i + 1} 名<td><a href="bbsdoc?board={BOARD}">{BOARD}</a><td><a href="bbstcon?board={BOARD}&file={a['file']}">{esc(a['title'])}</a><td><a href="bbsqry?userid={a['user']}">{a['user']}</a><td>{len(a['replies']) + 1}"""
        )
    home = f"""<center>
<font class="title">{SITE} -- 本日十大热门话题</font>
<hr color="green">
<table width="610" border="1">
<tr><td>名次<td>讨论区<td>标题<td>作者<td>人数
{chr(10).join(top)}
<tr><td>第 3 名<td><a href="bbsdoc?board=Job">Job</a><td>秋招第一批宣讲会时间表汇总<td><a href="bbsqry?userid=offerget">offerget</a><td>58
</table>
<hr color="green">
<table width="610">
<tr><td colspan="2"><b>分类讨论区</b>
<tr><td>[<a href="bbsboa?sec=0">本站系统</a>]<td>[<a href="bbsboa?sec=1">校园信息</a>]
<tr><td>[<a href="bbsboa?sec=5">院系风采</a>]　<a href="bbsdoc?board={BOARD}">{BOARD}</a> <a href="bbsdoc?board=Chemistry">Chemistry</a> <a href="bbsdoc?board=Math">Math</a><td>[<a href="bbsboa?sec=7">文化艺术</a>]
</table>
<hr color="green">
[<a href="bbsall">所有讨论区</a>][<a href="bbslogin">登录</a>][<a href="bbsreg">新用户注册</a>][<a href="telnet://{HOST}">Telnet 登录</a>]
<br><br>
<font class="c37">{SITE} · 始于一九九五 · 在线 1832 人</font><br>
<a href="https://beian.miit.gov.cn/">京ICP备05078312号</a>
</center>"""
    fam.put("/", render(HEAD + "@@BODY@@" + FOOT, TITLE=f"{SITE} -- 本日十大热门话题", BODY=home))
    fam.not_documents.append("/")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /bbspst\nDisallow: /bbsdel\nDisallow: /bbsedit\nDisallow: /bbsfwd\nDisallow: /bbsccc\n")
    fam.noise += [
        "发信人:",
        "标  题:",
        "发信站:",
        "※ 来源:",
        "※ 修改:",
        "的大作中提到:",
        "以下省略",
        "世上本没有路",
        "What I cannot create",
        "写代码，也写材料",
        "今天上午毕业典礼上王老师的发言",
        "征得同意贴上来",
        "应几个新同学的要求",
        "未经本人审阅",
        "物理学院　王立新",
        "泪目",
        "mark，明年给学弟学妹看",
        "辛苦楼主",
        "展柜里",
        "本篇人气",
        "同主题阅读",
        "转寄/推荐",
        "本日十大热门话题",
        SITE,
    ]
    return fam
