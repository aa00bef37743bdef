"""HadSky 轻论坛 (puyuetian, PHP; default template on PuyuetianUI `pk-` classes, pseudo-static on), UTF-8.

Pages: home `/` (站点公告 bar, 最新主题 list `div.hs-list-item` rows: avatar, `a.hs-title` to `read-N-1.html`,
版块 / 作者 / 时间 / 回复 / 阅读), the board `forum-3-1.html` (+ `forum-3-2.html`, not a document) with the
`pk-pagination` pager. Topics `read-N-P.html` titled `标题 - 版块 - 站点`: the `hs-head` nav bar (logo,
首页 / 版块 / 用户, search, 登录 / 注册), breadcrumb (首页 > 版块 > 正文), the opening post `#readbox`
(`h1#readtitle`, author line 发表于 / 阅读 / 回复, `#readcontent` with the poster's lead-in line and the
speech's first part ending "（未完，接楼下）"), the replies `div.hs-reply` each with a floor tag (`#1`, `#2`, …) and a
`楼主` badge on the poster's own: on page 1 his `#1` floor opens "接上：" and holds the rest of the speech,
then short replies from other users; page 2 (`read-101-2.html`) holds only replies (not a document). The
second topic holds its speech whole in the opening post, with replies on one page. Guest reply box
(登录后才能回复), `hs-foot` (Powered by HadSky, 站点统计 line). Documents: the first topic's speech is the
opening post's part joined with the poster's 接上 floor (one page); title the speech's (the line he set above it),
date the topic's."""

from common import SPEECHES, Family, split_paras

HOST = "bbs.chengguan-hadsky-like.test"
SITE = "城关人家论坛"
BOARD = ("3", "机关文秘")

T1 = dict(
    tid=101, speech=SPEECHES["f53c-5"], user=("城关老吴", 37), time="2025-01-08 19:42", views=1386,
    subject="城关镇在全县消防安全工作会议上的表态发言（分享）",
    lead="今天上午县里开消防安全工作会议，我们镇作表态发言，稿子是我起草的，分享给需要的同行，欢迎指正。",
)
T2 = dict(
    tid=96, speech=SPEECHES["f53c-6"], user=("幸福里社区小杨", 52), time="2024-05-20 15:08", views=842,
    subject="幸福里小区改造今天开工了！附街道领导的致辞",
    lead="等了好几年，我们小区的改造终于开工了！上午开工仪式上街道主任讲得很实在，我把致辞稿要来了，发给大家看看。",
)
REPLIES_1 = [
    ("消防小兵", 88, "2025-01-08 20:05", "写得很实在，微型消防站那一段可以借鉴，收藏了。"),
    ("东门老张", 64, "2025-01-08 20:31", "电动车充电确实是大问题，我们小区楼道里天天有人拉线。"),
    ("笔墨生香", 71, "2025-01-08 21:14", "表态发言就该这样，短、实、有数字。感谢楼主分享！"),
    ("路过的公务员", 93, "2025-01-09 08:02", "mark一下，过几天我们也要开类似的会。"),
    ("城南小李", 45, "2025-01-09 09:40", "请问楼主，网格员兼消防巡查员有没有补贴？"),
]
REPLIES_1_P2 = [
    ("城关老吴", 37, "2025-01-09 10:12", "回复 城南小李：有的，镇里每月按巡查次数发一点，不多。", True),
    ("秋水长天", 29, "2025-01-09 13:55", "顶一个，基层不容易。", False),
    ("笔墨生香", 71, "2025-01-10 07:48", "楼主能不能再分享一下会上县领导讲话的要点？", False),
]
REPLIES_2 = [
    ("三号楼张姐", 58, "2024-05-20 15:30", "终于等到这一天了！停车位的事大家一定要盯紧。"),
    ("老李头", 19, "2024-05-20 16:12", "希望施工队别一大早就开工，老人睡眠浅。"),
    ("幸福里社区小杨", 52, "2024-05-20 16:40", "回复 老李头：致辞里说了，早晚和午休不安排噪声大的作业，有问题可以到施工服务点反映。"),
]
MORE = [
    (99, "年终述职报告怎么写出新意？大家来交流", "笔墨生香", "2024-12-28", 12, 633),
    (94, "镇里换届后第一次全体干部会，主持词求参考", "路过的公务员", "2024-04-30", 6, 512),
    (88, "分享几篇安全生产月启动仪式讲话", "消防小兵", "2024-03-15", 9, 1120),
]
AVA = "/app/hadskycloudserver/avatar/{}.png"


def r_url(tid, p=1):
    return f"read-{tid}-{p}.html"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="favicon.ico">
<link rel="stylesheet" href="template/puyuetianui/css/puyuetian.css?v=7.12.5">
<link rel="stylesheet" href="template/default/css/style.css?v=7.12.5">
<script src="template/puyuetianui/js/jquery-1.12.4.js"></script>
<script src="template/puyuetianui/js/puyuetian.js?v=7.12.5"></script>
<script src="template/default/js/hadsky.js?v=7.12.5"></script>
<script>var $_G = {"SYSTEM":{"VERSION":"7.12.5","PAGE":"@@PAGE@@"},"USER":{"ID":0,"USERNAME":"","NICKNAME":""},"SET":{"REWRITEURL":1,"WEBADDRESS":"http://bbs.chengguan-hadsky-like.test/"}};</script>
</head>
<body>
<div id="hs-head" class="pk-w-sm-12 pk-bg-white pk-box-shadow">
	<div class="pk-container pk-row">
		<div class="pk-w-sm-3 pk-padding-top-10"><a href="index.php"><img id="hs-logo" src="template/default/img/logo.png" alt="城关人家论坛" height="40"></a></div>
		<div class="pk-w-sm-6 pk-text-center" id="hs-nav">
			<a href="index.php" class="pk-padding-left-15 pk-padding-right-15">首页</a>
			<a href="forum.html" class="pk-padding-left-15 pk-padding-right-15">版块</a>
			<a href="users.html" class="pk-padding-left-15 pk-padding-right-15">用户</a>
			<a href="app-puyuetian_search-index.html" class="pk-padding-left-15 pk-padding-right-15 pk-hide-sm">搜索</a>
		</div>
		<div class="pk-w-sm-3 pk-text-right pk-padding-top-10" id="hs-user">
			<a class="pk-btn pk-btn-sm pk-btn-primary" href="login.html">登录</a>
			<a class="pk-btn pk-btn-sm pk-btn-default" href="reg.html">注册</a>
		</div>
	</div>
</div>
<div id="hs-body" class="pk-container pk-margin-top-15">
"""

FOOT = """</div>
<div id="hs-foot" class="pk-w-sm-12 pk-text-center pk-text-xs pk-text-secondary pk-padding-15">
	<p><a href="index.php">城关人家论坛</a> · <a href="app-puyuetian_feedback-index.html">意见反馈</a> · <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">皖ICP备2021007733号-1</a></p>
	<p>Powered by <a href="https://www.hadsky.com" target="_blank">HadSky</a> 7.12.5 · 今日:23 · 昨日:41 · 帖子:18604 · 会员:3127</p>
	<p class="pk-hide" id="hs-runtime">Processed in 0.0462 second(s), 17 queries.</p>
</div>
<a href="javascript:;" id="hs-gotop" class="pk-hide" onclick="$('html,body').animate({scrollTop:0},300)" title="返回顶部">&#9650;</a>
</body>
</html>
"""


def page(title, body, pg="index", kw="城关人家论坛,城关,文秘", desc="城关人家论坛 - 城关镇本地生活与交流社区"):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@PAGE@@", pg) + body + FOOT


def user_link(name, uid):
    return f'<a href="user-{uid}.html" class="pk-text-primary">{name}</a>'


def reply(rid, floor, name, uid, when, html, by_op=False):
    badge = ' <span class="pk-badge pk-badge-danger pk-text-xs">楼主</span>' if by_op else ""
    return f"""<div class="hs-reply pk-row pk-padding-15 pk-border-bottom" id="reply-{rid}">
	<div class="pk-w-sm-1 pk-hide-sm"><a href="user-{uid}.html"><img class="pk-radius-all" src="{AVA.format(uid)}" width="48" height="48" alt=""></a></div>
	<div class="pk-w-sm-11">
		<div class="hs-reply-head pk-text-xs pk-text-secondary">{user_link(name, uid)}{badge}<span class="pk-padding-left-10">{when}</span><span class="hs-floor pk-float-right">#{floor}</span></div>
		<div class="hs-reply-content pk-text-break pk-padding-top-10">{html}</div>
		<div class="hs-reply-foot pk-text-xs pk-text-right"><a href="javascript:;" onclick="LookReplyReply({rid})">回复</a><a href="javascript:;" class="pk-padding-left-10" onclick="ZanReply({rid})">点赞(0)</a><a href="javascript:;" class="pk-padding-left-10" onclick="JubaoReply({rid})">举报</a></div>
	</div>
</div>
"""


def pager(tid, cur, total):
    if total == 1:
        return ""
    out = '<div class="pk-pagination pk-text-center pk-padding-15">'
    if cur > 1:
        out += f'<a href="{r_url(tid, cur - 1)}">上一页</a>'
    for n in range(1, total + 1):
        out += f'<span class="pk-active">{n}</span>' if n == cur else f'<a href="{r_url(tid, n)}">{n}</a>'
    if cur < total:
        out += f'<a href="{r_url(tid, cur + 1)}">下一页</a>'
    return out + f'<span class="pk-text-secondary">共{total}页</span></div>'


def read_page(t, cur, total, main_html, replies_html, nreplies):
    name, uid = t["user"]
    head = f"""<div class="pk-breadcrumb pk-text-sm pk-padding-bottom-10"><a href="index.php">首页</a> &gt; <a href="forum-{BOARD[0]}-1.html">{BOARD[1]}</a> &gt; <span>正文</span></div>
<div id="readbox" class="pk-bg-white pk-box-shadow">
	<div class="pk-padding-15 pk-border-bottom">
		<h1 id="readtitle" class="pk-text-lg">{t['subject']}</h1>
		<div id="readinfo" class="pk-text-xs pk-text-secondary pk-padding-top-5"><img class="pk-radius-all" src="{AVA.format(uid)}" width="20" height="20" alt=""> {user_link(name, uid)}<span class="pk-padding-left-10">发表于 {t['time']}</span><span class="pk-padding-left-10">阅读 {t['views']}</span><span class="pk-padding-left-10">回复 {nreplies}</span></div>
	</div>
"""
    if cur == 1:
        head += f"""	<div id="readcontent" class="pk-padding-15 pk-text-break">{main_html}</div>
	<div id="readfoot" class="pk-padding-15 pk-text-center"><a class="pk-btn pk-btn-sm pk-btn-danger" href="javascript:;" onclick="ZanRead({t['tid']})">点赞(17)</a> <a class="pk-btn pk-btn-sm pk-btn-default" href="javascript:;" onclick="CollectRead({t['tid']})">收藏</a> <a class="pk-btn pk-btn-sm pk-btn-default" href="javascript:;" onclick="ShareRead()">分享</a></div>
"""
    head += "</div>\n"
    body = head + f"""<div id="replybox" class="pk-bg-white pk-box-shadow pk-margin-top-15">
<div class="pk-padding-15 pk-border-bottom pk-text-sm"><b>全部回复</b> <span class="pk-text-secondary">({nreplies})</span></div>
{replies_html}{pager(t['tid'], cur, total)}
</div>
<div class="pk-bg-white pk-box-shadow pk-margin-top-15 pk-padding-15 pk-text-center pk-text-sm" id="hs-replyform">您需要 <a href="login.html">登录</a> 后才能回复，没有账号？<a href="reg.html">立即注册</a></div>
"""
    suffix = f"第{cur}页 - " if cur > 1 else ""
    return page(f"{t['subject']} - {suffix}{BOARD[1]} - {SITE}", body, "read", desc=t["lead"][:60])


def list_row(tid, title, author, uid, when, reps, views):
    return f"""<div class="hs-list-item pk-row pk-padding-10 pk-border-bottom">
	<div class="pk-w-sm-1 pk-hide-sm"><img class="pk-radius-all" src="{AVA.format(uid)}" width="40" height="40" alt=""></div>
	<div class="pk-w-sm-9"><a class="hs-title pk-text-default" href="{r_url(tid)}">{title}</a>
		<div class="pk-text-xs pk-text-secondary pk-padding-top-5"><a href="forum-{BOARD[0]}-1.html" class="pk-badge pk-badge-primary">{BOARD[1]}</a> {user_link(author, uid)} · {when}</div></div>
	<div class="pk-w-sm-2 pk-text-right pk-text-xs pk-text-secondary">回复 {reps}<br>阅读 {views}</div>
</div>
"""


def rows():
    out = list_row(T1["tid"], T1["subject"], T1["user"][0], T1["user"][1], T1["time"][:10], len(REPLIES_1) + len(REPLIES_1_P2) + 1, T1["views"])
    out += "".join(list_row(tid, t, a, 60 + tid % 30, d, r, v) for tid, t, a, d, r, v in MORE[:1])
    out += list_row(T2["tid"], T2["subject"], T2["user"][0], T2["user"][1], T2["time"][:10], len(REPLIES_2), T2["views"])
    out += "".join(list_row(tid, t, a, 60 + tid % 30, d, r, v) for tid, t, a, d, r, v in MORE[1:])
    return out


def build() -> Family:
    fam = Family(HOST, "HadSky 7 (puyuetian) forum, default template, pseudo-static, UTF-8")
    home = f"""<div class="pk-bg-white pk-box-shadow pk-padding-10 pk-text-sm" id="hs-notice"><b class="pk-text-danger">公告</b> 本站已升级至 HadSky 7.12.5，如发现问题请到意见反馈版块留言。</div>
<div class="pk-bg-white pk-box-shadow pk-margin-top-15"><div class="pk-padding-15 pk-border-bottom"><b>最新主题</b><a class="pk-float-right pk-text-xs" href="forum-{BOARD[0]}-1.html">更多 &raquo;</a></div>
{rows()}</div>
"""
    fam.put("/", page(SITE, home))
    fam.put("/index.php", page(SITE, home))
    board = f"""<div class="pk-breadcrumb pk-text-sm pk-padding-bottom-10"><a href="index.php">首页</a> &gt; <span>{BOARD[1]}</span></div>
<div class="pk-bg-white pk-box-shadow"><div class="pk-padding-15 pk-border-bottom"><b>{BOARD[1]}</b> <span class="pk-text-xs pk-text-secondary">讲话稿、材料写作交流，原创分享请注明</span><a class="pk-btn pk-btn-sm pk-btn-primary pk-float-right" href="edit.html">发帖</a></div>
{rows()}<div class="pk-pagination pk-text-center pk-padding-15"><span class="pk-active">1</span><a href="forum-{BOARD[0]}-2.html">2</a><a href="forum-{BOARD[0]}-2.html">下一页</a></div></div>
"""
    fam.put(f"/forum-{BOARD[0]}-1.html", page(f"{BOARD[1]} - {SITE}", board, "list"))
    board2 = f"""<div class="pk-breadcrumb pk-text-sm pk-padding-bottom-10"><a href="index.php">首页</a> &gt; <span>{BOARD[1]}</span></div>
<div class="pk-bg-white pk-box-shadow"><div class="pk-padding-15 pk-border-bottom"><b>{BOARD[1]}</b></div>
{list_row(81, "请教：表态发言一般控制在几分钟？", "城南小李", 45, "2024-02-02", 7, 388)}{list_row(77, "党课讲稿的几种开头方式", "笔墨生香", 71, "2024-01-19", 4, 605)}<div class="pk-pagination pk-text-center pk-padding-15"><a href="forum-{BOARD[0]}-1.html">上一页</a><a href="forum-{BOARD[0]}-1.html">1</a><span class="pk-active">2</span></div></div>
"""
    fam.put(f"/forum-{BOARD[0]}-2.html", page(f"{BOARD[1]} - 第2页 - {SITE}", board2, "list"))

    # topic 1: the speech over the opening post and the poster's own #1 floor; page 2 replies only
    sp1 = T1["speech"]
    a, b = split_paras(sp1.paras, 2)
    name, uid = T1["user"]
    main1 = f"<p>{T1['lead']}</p><p><strong>{sp1.title}</strong></p>" + "".join(f"<p>{x}</p>" for x in a) + "<p>（未完，接楼下）</p>"
    reps = reply(5001, 1, name, uid, "2025-01-08 19:45", "<p>接上：</p>" + "".join(f"<p>{x}</p>" for x in b), True)
    for i, (n, u, w, text) in enumerate(REPLIES_1):
        reps += reply(5002 + i, 2 + i, n, u, w, f"<p>{text}</p>")
    total = 1 + len(REPLIES_1) + len(REPLIES_1_P2)
    fam.put("/" + r_url(T1["tid"], 1), read_page(T1, 1, 2, main1, reps, total))
    reps2 = ""
    for i, (n, u, w, text, op) in enumerate(REPLIES_1_P2):
        reps2 += reply(5010 + i, 7 + i, n, u, w, f"<p>{text}</p>", op)
    fam.put("/" + r_url(T1["tid"], 2), read_page(T1, 2, 2, "", reps2, total))
    fam.doc(["/" + r_url(T1["tid"], 1)], sp1, published_at=T1["time"][:10])
    fam.not_documents += ["/" + r_url(T1["tid"], 2), f"/forum-{BOARD[0]}-1.html", f"/forum-{BOARD[0]}-2.html"]

    # topic 2: whole speech in the opening post
    sp2 = T2["speech"]
    main2 = f"<p>{T2['lead']}</p><p><strong>{sp2.title}</strong></p>" + "".join(f"<p>{x}</p>" for x in sp2.paras) + "<p>图片稍后补上，现场来了好多老邻居。</p>"
    reps = "".join(reply(4801 + i, 1 + i, n, u, w, f"<p>{text}</p>", n == T2["user"][0]) for i, (n, u, w, text) in enumerate(REPLIES_2))
    fam.put("/" + r_url(T2["tid"], 1), read_page(T2, 1, 1, main2, reps, len(REPLIES_2)))
    fam.doc(["/" + r_url(T2["tid"], 1)], sp2, published_at=T2["time"][:10])

    fam.put("/robots.txt", "User-agent: *\nDisallow: /app/\nDisallow: /install/\nDisallow: /puyuetian/\nDisallow: /login.html\nDisallow: /reg.html\n", "ascii")
    fam.noise += [
        T1["lead"], T2["lead"], "（未完，接楼下）", "接上：", "图片稍后补上", "楼主", "全部回复", "后才能回复",
        "微型消防站那一段可以借鉴", "mark一下", "回复 城南小李", "停车位的事大家一定要盯紧", "Powered by", "发表于",
    ]
    fam.note = (
        "The first topic's speech runs over the opening post (after the poster's lead-in and the bold title line, up "
        "to （未完，接楼下）) and the poster's own #1 floor on page 1 (after 接上：): one document on read-101-1.html; "
        "read-101-2.html holds only replies and is not a document. Title the bold line's, date the topic's."
    )
    return fam
