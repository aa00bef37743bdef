"""中华网论坛 (club.china.com) topic pages, the static-published thread template of about 2015-2018.

GB2312 header and meta (GBK bytes). The club publishes every topic page as a static file:
`/data/thread/<board>/<thread id cut 4/2/2/1>_<page>.html` (here `/data/thread/1011/2784/15/83/9_1.html`,
`…/9_2.html`), boards as `/data/threads/<board>/` (+ `2.html`). Furniture: the china.com top bar
(中华网首页 / 新闻 / 军事 / 历史 / 汽车 / 论坛 …, 登录 | 注册), the 中华网论坛 logo + search, the club nav,
the `crumb` 中华网论坛 &gt; 谈天说地 &gt; 帖子正文, the topic head (`h1`, 点击 / 回复, 只看楼主, 回复 / 发帖 buttons,
the `pages` pager `共N页 1 2 下一页`), floors `div.postItem` with the `postAuthor` column (avatar, name,
等级 / 积分 / 帖子 / 注册时间) and the `postHead` (楼主 / N楼, `发表于 2018-08-01 21:05:33`, 只看该作者),
message in `div.postCon`, 回复 / 引用 / 举报 / 顶 bar; guest quick reply, 热帖推荐, china.com footer
(Copyright © 1997-2018 China.com Inc., 京ICP证 and 公网安备). Topic 1's poster hit the post length limit
and went on in his own 20楼, the first floor of page 2: the speech is both floors joined; topic 2 is one
floor. Replies are not documents."""

from common import SPEECHES, Family

HOST = "club.china-like.test"
BOARD = "1011"
BOARD_NAME = "谈天说地"
PER_PAGE = 20

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="//club.china.com/css/club2015/common.css" rel="stylesheet" type="text/css" />
<link href="//club.china.com/css/club2015/thread.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//js.china.com/common/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="//club.china.com/js/club2015/club.js"></script>
</head>
<body>
<div id="chan_topbar" class="topbar"><div class="topbar_in">
<div class="topbar_nav"><a href="http://www.china.com/" target="_blank">中华网首页</a><a href="http://news.china.com/" target="_blank">新闻</a><a href="http://military.china.com/" target="_blank">军事</a><a href="http://history.china.com/" target="_blank">历史</a><a href="http://auto.china.com/" target="_blank">汽车</a><a href="http://finance.china.com/" target="_blank">财经</a><a href="http://ent.china.com/" target="_blank">娱乐</a><a href="http://game.china.com/" target="_blank">游戏</a><a href="/" target="_blank">论坛</a></div>
<div class="topbar_login" id="topbar_login"><a href="http://passport.china.com/logon" rel="nofollow">登录</a> | <a href="http://passport.china.com/register" rel="nofollow">注册</a></div>
</div></div>
<div class="clubHeader"><div class="w1000">
<a class="logo" href="/"><img src="//club.china.com/images/club2015/logo.png" alt="中华网论坛" /></a>
<form class="clubSearch" action="http://club.china.com/search/" method="get" target="_blank"><input type="text" name="q" class="sTxt" value="" /><input type="submit" class="sBtn" value="搜索" /></form>
</div></div>
<div class="clubNav"><div class="w1000"><a href="/">论坛首页</a><a href="/data/threads/1011/">谈天说地</a><a href="/data/threads/12171906/">中华军事</a><a href="/data/threads/1013/">历史长河</a><a href="/data/threads/1018/">社会百态</a><a href="/data/threads/1020/">汽车论坛</a><a href="/data/threads/1024/">娱乐八卦</a></div></div>
<div class="w1000 clubMain">
<div class="crumb"><a href="/">中华网论坛</a> &gt; <a href="/data/threads/1011/">谈天说地</a> &gt; @@CRUMB@@</div>
"""

FOOT = """</div>
<div class="clubFooter"><div class="w1000">
<p><a href="http://www.china.com/about/" target="_blank" rel="nofollow">关于我们</a> | <a href="http://www.china.com/contact/" target="_blank" rel="nofollow">联系我们</a> | <a href="/help/rules.html" target="_blank">论坛规则</a> | <a href="/help/" target="_blank">论坛帮助</a> | <a href="http://www.china.com/jubao/" target="_blank" rel="nofollow">违法和不良信息举报</a></p>
<p>网友发帖仅代表其个人观点，与中华网立场无关。</p>
<p>Copyright &copy; 1997-2018 China.com Inc. All Rights Reserved. 中华网 版权所有</p>
<p><a href="http://www.miibeian.gov.cn/" target="_blank" rel="nofollow">京ICP证 090114号</a> <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">京公网安备11010502033126号</a></p>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5b0c2ef6a1d4c93e2f8a0b16de4c77a1";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script type="text/javascript" src="//js.china.com/common/stat/club.js"></script>
</body>
</html>
"""

USERS = {
    "老兵王建国": ("http://club.china.com/data/user/28431106/", "中士", 1386, 742, "2009-07-26"),
    "柳湾老支书": ("http://club.china.com/data/user/31207654/", "下士", 412, 129, "2013-03-11"),
    "戈壁红柳": ("http://club.china.com/data/user/29918320/", "上士", 2207, 1305, "2010-05-02"),
    "北方的狼2008": ("http://club.china.com/data/user/27003112/", "列兵", 96, 41, "2016-02-18"),
    "老炮儿": ("http://club.china.com/data/user/26320871/", "三级士官", 4810, 2960, "2008-11-30"),
    "江南烟雨客": ("http://club.china.com/data/user/30987123/", "下士", 530, 277, "2012-09-09"),
    "军迷小刘": ("http://club.china.com/data/user/32655410/", "列兵", 58, 23, "2017-06-04"),
    "种地的老李": ("http://club.china.com/data/user/31845002/", "上等兵", 240, 118, "2014-12-20"),
}

REPLIES_1 = [
    "老班长写得好，看得眼睛发酸。", "致敬老兵！八一快乐！", "戈壁滩的兵，吃的苦外人想不到。",
    "89年那场大雪我也记得，我们团也去抢修了。", "顶一个，老兵不死，只是凋零。", "写得实在，没有空话。",
    "退伍不褪色，说得好！", "我爸也是八几年的兵，转给他看看。", "楼主是哪个部队的？", "向老兵敬礼！",
    "战友情是一辈子的。", "建议置顶。", "家属们确实不容易，我妈就是随军的。", "支持楼主，等下文。",
    "后面呢？楼主快更。", "路过顶一下。", "老兵之家的都来看看。", "感动。", "坐等后半部分。",
]
REPLIES_1_P2 = ["接上了，全文看完了，好文！", "默哀那一段，看哭了。", "收藏了，明年八一再看。", "老兵们身体健康！"]
REPLIES_2 = [
    "好事啊，我们村还是空壳村。", "账目公开这一条最重要。", "一百八不多，但是个好开头。",
    "冷库这个路子不错，我们那边也在搞。", "支书讲得实在。", "外嫁女也能分，这个办法公道。",
]


THREADS = [
    dict(
        speech=SPEECHES["f46d-1"],
        path="2784/15/83/9",
        user="老兵王建国",
        when="2018-08-01 21:05:33",
        note="今天上午县里老兵座谈会，我代表我们连老战友讲了几句，讲稿发上来给论坛的老兵兄弟们看看。",
        stop="（帖子字数超了，发不完，后半部分我在楼下接着发。）",
        cont_when="2018-08-02 08:16:47",
        cont_note="（接楼主，讲话后半部分）",
        cut=7,
        clicks=5832,
        replies=REPLIES_1,
        replies_p2=REPLIES_1_P2,
    ),
    dict(
        speech=SPEECHES["f46d-4"],
        path="2801/62/40/3",
        user="柳湾老支书",
        when="2021-01-29 19:42:10",
        note="昨天村里第一次分红，我在大会上讲了几句，发上来请网友们批评指正。",
        clicks=2174,
        replies=REPLIES_2,
    ),
]


def t_url(t, page=1):
    return f"/data/thread/{BOARD}/{t['path']}_{page}.html"


def author_cell(name):
    home, rank, score, posts, reg = USERS[name]
    return f"""<div class="postAuthor">
<div class="avatar"><a href="{home}" target="_blank"><img src="//club.china.com/images/club2015/noavatar.gif" width="80" height="80" alt="{name}" /></a></div>
<div class="uname"><a href="{home}" target="_blank">{name}</a></div>
<ul class="uinfo"><li>等级：<span class="rank">{rank}</span></li><li>积分：{score}</li><li>帖子：{posts}</li><li>注册时间：{reg}</li></ul>
</div>"""


def floor(n, name, when, body, tid, first=False):
    label = "楼主" if n == 0 else f"{n}楼"
    title = ""
    return f"""<div class="postItem{' postFirst' if first else ''}" id="post_{tid}_{n}">
{author_cell(name)}
<div class="postRight">
<div class="postHead"><span class="floor">{label}</span><span class="postTime">发表于 {when}</span><a href="javascript:void(0);" class="onlyAuthor" onclick="Club.onlyAuthor('{name}');">只看该作者</a></div>
<div class="postCon" id="postCon_{tid}_{n}">{body}</div>
<div class="postOpt"><a href="javascript:void(0);" onclick="Club.reply({n});">回复</a><a href="javascript:void(0);" onclick="Club.quote({n});">引用</a><a href="javascript:void(0);" onclick="Club.report({n});">举报</a><a href="javascript:void(0);" class="ding" onclick="Club.ding({n});">顶</a></div>
</div>
</div>
"""


def brlines(paras, indent=True):
    return "<br />\n".join(("　　" if indent else "") + p for p in paras)


def pager(t, page, pages):
    if pages == 1:
        return '<div class="pages"><span class="total">共1页</span><span class="cur">1</span></div>'
    out = f'<div class="pages"><span class="total">共{pages}页</span>'
    if page > 1:
        out += f'<a href="{t["path"].split("/")[-1]}_{page - 1}.html" class="prev">上一页</a>'
    for p in range(1, pages + 1):
        out += f'<span class="cur">{p}</span>' if p == page else f'<a href="{t["path"].split("/")[-1]}_{p}.html">{p}</a>'
    if page < pages:
        out += f'<a href="{t["path"].split("/")[-1]}_{page + 1}.html" class="next">下一页</a>'
    return out + "</div>"


REPLIERS = ["戈壁红柳", "北方的狼2008", "老炮儿", "江南烟雨客", "军迷小刘", "种地的老李"]


def reply_time(t, i, p2=False):
    day = t["cont_when"][:10] if p2 else t["when"][:10]
    hh = 8 + (i * 7) % 14 if p2 else 21 + (i // 6) % 3
    hh = min(hh, 23)
    return f"{day} {hh:02d}:{(i * 13 + 7) % 60:02d}:{(i * 29 + 11) % 60:02d}"


def thread_page(t, page, pages, others):
    sp = t["speech"]
    tid = t["path"].replace("/", "")
    total = len(t["replies"]) + len(t.get("replies_p2", [])) + (1 if "cut" in t else 0)
    posts = ""
    if page == 1:
        paras = sp.paras[: t["cut"]] if "cut" in t else sp.paras
        body = f'<font color="#0000FF">{t["note"]}</font><br />\n<br />\n<div align="center"><strong>{sp.title}</strong></div>\n{brlines(paras)}'
        if "cut" in t:
            body += f'<br />\n<br />\n<font color="#FF0000">{t["stop"]}</font>'
        posts += floor(0, t["user"], t["when"], body, tid, first=True)
        for i, text in enumerate(t["replies"], 1):
            posts += floor(i, REPLIERS[i % len(REPLIERS)], reply_time(t, i), text, tid)
    else:
        n = PER_PAGE
        body = f'{t["cont_note"]}<br />\n{brlines(sp.paras[t["cut"]:])}<br />\n<br />\n（全文完）'
        posts += floor(n, t["user"], t["cont_when"], body, tid)
        for i, text in enumerate(t["replies_p2"], 1):
            posts += floor(n + i, REPLIERS[(n + i) % len(REPLIERS)], reply_time(t, i, True), text, tid)
    hot = "".join(f'<li><a href="{t_url(o)}" target="_blank">{o["speech"].title}</a></li>' for o in others)
    hot += '<li><a href="/data/thread/1011/2779/04/21/6_1.html" target="_blank">说说你们那里今年的收成</a></li><li><a href="/data/thread/1011/2781/33/07/2_1.html" target="_blank">老照片：八十年代的县城</a></li>'
    title = sp.title if page == 1 else f"{sp.title}_第{page}页"
    return (
        HEAD.replace("@@TITLE@@", f"{title}_谈天说地_中华网论坛")
        .replace("@@KW@@", f"{sp.title},谈天说地,中华网论坛")
        .replace("@@DESC@@", t["note"][:60])
        .replace("@@CRUMB@@", "帖子正文")
        + f"""<div class="threadHead">
<h1 class="threadTitle">{sp.title}</h1>
<div class="threadInfo"><span>点击：{t["clicks"]}</span><span>回复：{total}</span><a href="javascript:void(0);" onclick="Club.onlyAuthor('{t['user']}');">只看楼主</a></div>
<div class="threadBtn"><a href="http://club.china.com/post/new.html?bid=1011" class="btnPost" rel="nofollow">发帖</a><a href="#quickReply" class="btnReply">回复</a></div>
{pager(t, page, pages)}
</div>
<div class="postList" id="postList">
{posts}</div>
<div class="threadFoot">{pager(t, page, pages)}</div>
<div class="quickReply" id="quickReply"><h3>快速回复</h3><div class="replyLogin">您需要 <a href="http://passport.china.com/logon" rel="nofollow">登录</a> 后才可以回帖，没有账号？<a href="http://passport.china.com/register" rel="nofollow">立即注册</a></div><textarea disabled="disabled"></textarea><input type="button" class="btnSubmit" value="发表回复" disabled="disabled" /></div>
<div class="hotThread"><h3>热帖推荐</h3><ul>{hot}</ul></div>
<div class="clubAd"><script type="text/javascript" src="//pic.china.com/ad/club_thread_bottom.js"></script></div>
"""
        + FOOT
    )


def board_page(page):
    rows = ""
    if page == 1:
        rows += '<tr class="top"><td class="icon"><img src="//club.china.com/images/club2015/top.gif" alt="置顶" /></td><td class="subject"><a href="/data/thread/1011/2500/00/01/1_1.html">【版规】谈天说地版发帖须知</a></td><td class="author">版主</td><td class="num">0/12034</td><td class="last">2015-01-01</td></tr>\n'
        for t in reversed(THREADS):
            total = len(t["replies"]) + len(t.get("replies_p2", [])) + (1 if "cut" in t else 0)
            more = f' <span class="tpages">[<a href="{t_url(t, 2)}">2</a>]</span>' if "cut" in t else ""
            rows += f'<tr><td class="icon"><img src="//club.china.com/images/club2015/normal.gif" alt="" /></td><td class="subject"><a href="{t_url(t)}" target="_blank">{t["speech"].title}</a>{more}</td><td class="author">{t["user"]}<br /><em>{t["when"][:10]}</em></td><td class="num">{total}/{t["clicks"]}</td><td class="last">{t["when"][:10]}</td></tr>\n'
    rows += '<tr><td class="icon"><img src="//club.china.com/images/club2015/normal.gif" alt="" /></td><td class="subject"><a href="/data/thread/1011/2779/04/21/6_1.html" target="_blank">说说你们那里今年的收成</a></td><td class="author">种地的老李<br /><em>2018-07-22</em></td><td class="num">33/1290</td><td class="last">2018-07-30</td></tr>\n'
    pg = '<div class="pages"><span class="total">共2页</span>' + (
        '<span class="cur">1</span><a href="2.html">2</a><a href="2.html" class="next">下一页</a>' if page == 1
        else '<a href="./" class="prev">上一页</a><a href="./">1</a><span class="cur">2</span>'
    ) + "</div>"
    return (
        HEAD.replace("@@TITLE@@", "谈天说地_中华网论坛" + ("" if page == 1 else "_第2页"))
        .replace("@@KW@@", "谈天说地,中华网论坛,中华论坛")
        .replace("@@DESC@@", "中华网论坛谈天说地版")
        .replace("@@CRUMB@@", "帖子列表")
        + f"""<div class="boardHead"><h2>谈天说地</h2><p class="boardDesc">天南海北，家长里短，随便聊聊。</p><p class="boardMod">版主：<a href="http://club.china.com/data/user/20011873/">清风徐来</a></p><a href="http://club.china.com/post/new.html?bid=1011" class="btnPost" rel="nofollow">发帖</a></div>
{pg}
<table class="threadList" cellpadding="0" cellspacing="0"><tr class="th"><th></th><th>标题</th><th>作者</th><th>回复/点击</th><th>最后回复</th></tr>
{rows}</table>
{pg}
"""
        + FOOT
    )


def home_page():
    items = "".join(f'<li><a href="{t_url(t)}" target="_blank">{t["speech"].title}</a><span>{t["user"]}</span></li>' for t in reversed(THREADS))
    return (
        HEAD.replace("@@TITLE@@", "中华网论坛_中华论坛_军事论坛_社会论坛")
        .replace("@@KW@@", "中华网论坛,中华论坛,军事论坛")
        .replace("@@DESC@@", "中华网论坛是中华网旗下综合性论坛")
        .replace("@@CRUMB@@", "首页")
        + f"""<div class="homeHot"><h3>今日热帖</h3><ul>{items}</ul></div>
<div class="boardList"><h3>论坛版块</h3><ul><li><a href="/data/threads/1011/">谈天说地</a><em>今日：36</em></li><li><a href="/data/threads/12171906/">中华军事</a><em>今日：512</em></li><li><a href="/data/threads/1013/">历史长河</a><em>今日：88</em></li><li><a href="/data/threads/1018/">社会百态</a><em>今日：147</em></li></ul></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "中华网论坛 (club.china.com) static thread pages, 2015-2018 template, GB2312",
                 encoding="gbk", content_type="text/html; charset=GB2312")
    fam.put("/", home_page())
    fam.put(f"/data/threads/{BOARD}/", board_page(1))
    fam.put(f"/data/threads/{BOARD}/2.html", board_page(2))
    fam.not_documents += [f"/data/threads/{BOARD}/", f"/data/threads/{BOARD}/2.html", t_url(THREADS[0], 2)]
    t1, t2 = THREADS
    fam.put(t_url(t1, 1), thread_page(t1, 1, 2, [t2]))
    fam.put(t_url(t1, 2), thread_page(t1, 2, 2, [t2]))
    fam.put(t_url(t2, 1), thread_page(t2, 1, 1, [t1]))
    fam.doc([t_url(t1, 1), t_url(t1, 2)], t1["speech"], published_at=t1["when"][:10])
    fam.doc([t_url(t2, 1)], t2["speech"], published_at=t2["when"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /post/\n", "ascii")
    fam.noise += [
        t1["note"], t1["stop"], t1["cont_note"], "（全文完）", t2["note"],
        "只看该作者", "发表于", "老班长写得好", "接上了，全文看完了", "支书讲得实在",
        "快速回复", "热帖推荐", "网友发帖仅代表其个人观点", "京ICP证 090114号", "注册时间：",
    ]
    fam.note = (
        "The documents are the topics' first posts. Topic 1's poster ran out of room and went on in his own 20楼, "
        "the first floor of page 2 (`…_2.html`): the speech is both floors joined, without his notes (the blue "
        "line above, the red line below, `（接楼主，讲话后半部分）` and `（全文完）`). The speech's centred bold "
        "title is the topic's. Replies on both pages are not part of it; dates are the first posts'."
    )
    return fam
