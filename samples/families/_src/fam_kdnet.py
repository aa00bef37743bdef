"""凯迪社区 (club.kdnet.net, 猫眼看人, about 2014)-like forum, GBK: topics `dispbbs.asp?boardid=1&id=N`
(reply pages `dispbbs.asp?boardid=1&id=N&page=2`), the topic head (`div.posts-title` h1 with the 【原创】 /
【转帖】 label, `div.posts-stat-c` 点击 / 回复 / 只看楼主), the 楼主's post in `div.postspecific` >
`div.posts-cont` (`<br>` lines; a reposted speech opened by the poster's own line), the 打赏 / 转发 bar,
replies `div.reply-box` with `div.reply-posted` (作者, 回复日期, 第N楼) and `div.replycont-text` (one quoting
the post in `div.quote`); the page-2 topic pages are replies only; board list `list.asp?boardid=1`
(+ `&page=2`); 凯迪 footer with the 琼ICP line."""

from common import SPEECHES, Family

HOST = "club.kaidi-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<link rel="stylesheet" type="text/css" href="http://cdn.kaidi-like.test/css/club/global.css?v=2014062001" />
<link rel="stylesheet" type="text/css" href="http://cdn.kaidi-like.test/css/club/dispbbs.css?v=2014062001" />
<script type="text/javascript" src="http://cdn.kaidi-like.test/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="http://cdn.kaidi-like.test/js/club/kdnet_common.js?v=20140618"></script>
<script type="text/javascript">var boardid = 1, topicid = {tid}, userid = 0, username = '';</script>
</head>
<body>
<div class="top-nav"><div class="wrap">
<div class="top-nav-l"><a href="http://www.kaidi-like.test/" target="_blank">凯迪网络</a> | <a href="/">凯迪社区</a> | <a href="http://blog.kaidi-like.test/" target="_blank">凯迪博客</a> | <a href="http://m.kaidi-like.test/" target="_blank">手机凯迪</a></div>
<div class="top-nav-r" id="top_login"><a href="http://user.kaidi-like.test/login.asp">登录</a> | <a href="http://user.kaidi-like.test/reg.asp">注册</a> | <a href="/help/">帮助</a></div>
</div></div>
<div class="header"><div class="wrap">
<div class="logo"><a href="/"><img src="http://cdn.kaidi-like.test/images/club/logo.gif" alt="凯迪社区" width="180" height="56" /></a></div>
<div class="header-search"><form action="http://search.kaidi-like.test/" method="get"><input type="text" name="q" class="search-txt" /><input type="submit" value="搜索" class="search-btn" /></form></div>
<ul class="main-nav"><li class="current"><a href="list.asp?boardid=1">猫眼看人</a></li><li><a href="list.asp?boardid=2">原创评论</a></li><li><a href="list.asp?boardid=3">国际观察</a></li><li><a href="list.asp?boardid=5">财经之窗</a></li><li><a href="list.asp?boardid=8">文化散论</a></li></ul>
</div></div>
<div class="wrap">
<div class="banner-ad"><a href="http://ad.kaidi-like.test/click.asp?id=1182" target="_blank"><img src="http://cdn.kaidi-like.test/ad/2014/960x90_0615.jpg" width="960" height="90" alt="" /></a></div>
"""

FOOT = """</div>
<div class="footer"><div class="wrap">
<p><a href="http://www.kaidi-like.test/about/">关于凯迪</a> | <a href="http://www.kaidi-like.test/about/ad.html">广告服务</a> | <a href="http://www.kaidi-like.test/about/contact.html">联系我们</a> | <a href="/help/rules.asp">社区公约</a> | <a href="http://www.kaidi-like.test/about/law.html">法律声明</a> | <a href="/help/report.asp">举报中心</a></p>
<p>凯迪社区所有帖子均为网友发表，仅代表作者个人观点，与凯迪社区立场无关。</p>
<p>Copyright &copy; 2000-2014 kaidi-like.test All Rights Reserved. 海南凯迪网络资讯股份有限公司 版权所有 <a href="http://www.miibeian.gov.cn/" target="_blank">琼ICP备05001206号</a> 琼公网安备46010502000108号</p>
</div></div>
<script type="text/javascript" src="http://cdn.kaidi-like.test/js/club/dispbbs.js?v=20140618"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "//hm.baidu.com/hm.js?8f1e3a0c2b7d6e5f4a3b2c1d0e9f8a7b"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""

USERS = {
    "江边钓叟": 7012345, "清风徐来2008": 8841203, "老K看世界": 5120338, "南山农夫": 9930157,
    "一介布衣ABC": 6603921, "凯迪网友_X9": 10238845, "读书人老吴": 4428710,
}

TOPICS = [
    {
        "tid": 10245871,
        "speech": SPEECHES["r27a-3"],
        "label": "【转帖】",
        "subject": "一个山区县的县长在防汛会上是这样讲话的",
        "author": "江边钓叟",
        "time": "2011-05-11 09:41:27",
        "clicks": 18432,
        "intro": "县里开防汛会，县长的讲话稿全文如下。不打官腔，句句落到实处，值得一些地方学学。",
        "replies": [
            ("老K看世界", "2011-05-11 09:58:03", "难得，讲话里没有一句“高度重视”之后就没了下文的。"),
            ("南山农夫", "2011-05-11 10:15:44", "quote:病险水库除险加固工程要在六月十五日前完成主体工程", "就看能不能落实了。我们那里的水库，年年说加固，年年没动静。"),
            ("一介布衣ABC", "2011-05-11 11:02:19", "“往哪里跑、谁来通知”，这是真正替老百姓着想。"),
            ("清风徐来2008", "2011-05-11 12:30:08", "顶一下，去年那场暴雨我也经历过，心有余悸。"),
        ],
        "replies2": [
            ("凯迪网友_X9", "2011-05-12 08:44:51", "讲得好不如做得好，秋后再来看。"),
            ("读书人老吴", "2011-05-12 21:17:36", "楼上说得对。不过这份讲话稿本身确实写得实在，文风可嘉。"),
            ("江边钓叟", "2011-05-13 07:05:12", "汛期过后我再来更新这个县的情况。"),
        ],
    },
    {
        "tid": 10268054,
        "speech": SPEECHES["r27a-4"],
        "label": "【原创】",
        "subject": "纪委书记给新提拔干部的廉政谈话，说的都是掏心窝子的话",
        "author": "读书人老吴",
        "time": "2012-03-29 20:13:55",
        "clicks": 9260,
        "intro": "",
        "replies": [
            ("清风徐来2008", "2012-03-29 20:40:12", "留置室里那一段，看得人心里发紧。"),
            ("老K看世界", "2012-03-29 21:12:37", "“算好政治账、经济账、家庭账”，说到点子上了。"),
        ],
        "replies2": [],
    },
]


def lines(paras):
    return "<br>\n".join("　　" + p for p in paras)


def reply_box(tid, floor, name, stamp, text, quote=None):
    uid = USERS[name]
    quote_html = ""
    if quote:
        quote_html = f'<div class="quote"><span class="quote-by">以下是引用楼主在{TOPIC_TIMES[tid]}的发言：</span><br>{quote}</div>'
    return f"""<div class="reply-box" id="reply{floor}">
<div class="reply-posted"><span class="c-main"><a href="http://user.kaidi-like.test/index.asp?userid={uid}" target="_blank" class="c-main">{name}</a></span>　<span class="f10px c-sub">回复日期：{stamp}</span><span class="reply-floor">第{floor}楼</span></div>
<div class="replycont-box"><div class="replycont-text">{quote_html}{text}</div></div>
<div class="reply-tools"><a href="javascript:void(0)" onclick="replyTo({tid},{floor})">回复</a> | <a href="javascript:void(0)" onclick="quoteReply({tid},{floor})">引用</a> | <a href="javascript:void(0)" onclick="report({tid},{floor})">举报</a></div>
</div>
"""


TOPIC_TIMES = {t["tid"]: t["time"] for t in TOPICS}


def pager(tid, cur, last):
    if last == 1:
        return ""
    out = ['<div class="pages">']
    if cur > 1:
        out.append(f'<a href="dispbbs.asp?boardid=1&amp;id={tid}&amp;page={cur - 1}">上一页</a>')
    for i in range(1, last + 1):
        out.append(f'<span class="current">{i}</span>' if i == cur else f'<a href="dispbbs.asp?boardid=1&amp;id={tid}&amp;page={i}">{i}</a>')
    if cur < last:
        out.append(f'<a href="dispbbs.asp?boardid=1&amp;id={tid}&amp;page={cur + 1}">下一页</a>')
    out.append(f"<span>共{last}页</span></div>")
    return "".join(out)


def topic_page(t, cur, last):
    tid = t["tid"]
    replies_n = len(t["replies"]) + len(t["replies2"])
    head = HEAD.format(
        title=f"{t['label']}{t['subject']}" + ("" if cur == 1 else f"_第{cur}页") + "_猫眼看人_凯迪社区",
        kw="猫眼看人,凯迪社区", desc=t["subject"], tid=tid,
    )
    nav = pager(tid, cur, last)
    main = ""
    if cur == 1:
        uid = USERS[t["author"]]
        intro = (t["intro"] + "<br>\n<br>\n") if t["intro"] else ""
        main = f"""<div class="postspecific">
<div class="posts-author"><a href="http://user.kaidi-like.test/index.asp?userid={uid}" target="_blank"><img src="http://cdn.kaidi-like.test/face/{uid}.jpg" width="60" height="60" alt="" /></a><span class="c-main"><a href="http://user.kaidi-like.test/index.asp?userid={uid}" class="c-main">{t["author"]}</a></span><span class="c-sub">楼主</span></div>
<div class="posts-posted">作者：<span class="c-main"><a href="http://user.kaidi-like.test/index.asp?userid={uid}" class="c-main">{t["author"]}</a></span>　<span class="f10px">发表时间：{t["time"]}</span></div>
<div class="posts-cont">{intro}{lines(t["speech"].paras)}</div>
<div class="posts-tools"><a href="javascript:void(0)" class="btn-reward" onclick="reward({tid})">打赏</a><a href="javascript:void(0)" class="btn-fav" onclick="addFav({tid})">收藏</a><a href="javascript:void(0)" class="btn-share">转发到微博</a><a href="javascript:void(0)" onclick="report({tid},0)">举报</a></div>
<div class="posts-reward-list">已有 <em>3</em> 位网友打赏楼主</div>
</div>
<div class="inner-ad"><a href="http://ad.kaidi-like.test/click.asp?id=1190" target="_blank"><img src="http://cdn.kaidi-like.test/ad/2014/680x80_0612.jpg" width="680" height="80" alt="" /></a></div>
"""
    replies = t["replies"] if cur == 1 else t["replies2"]
    start = 1 if cur == 1 else len(t["replies"]) + 1
    boxes = []
    for i, r in enumerate(replies, start):
        if r[2].startswith("quote:"):
            boxes.append(reply_box(tid, i, r[0], r[1], r[3], quote=r[2][6:]))
        else:
            boxes.append(reply_box(tid, i, r[0], r[1], r[2]))
    body = f"""<div class="crumbs"><a href="/">凯迪社区</a> &gt; <a href="list.asp?boardid=1">猫眼看人</a> &gt; 浏览帖子</div>
<div class="main-l">
<div class="posts-title"><h1><span class="c-alarm">{t["label"]}</span>{t["subject"]}</h1></div>
<div class="posts-stat-c"><span>点击：<em class="f10px">{t["clicks"]}</em></span><span>回复：<em class="f10px">{replies_n}</em></span><span><a href="dispbbs.asp?boardid=1&amp;id={tid}&amp;authorid={USERS[t["author"]]}">只看楼主</a></span><span><a href="list.asp?boardid=1">返回列表</a></span></div>
{nav}
{main}
<div class="reply-list">
{"".join(boxes)}
</div>
{nav}
<div class="reply-form"><h3>发表回复</h3><p class="c-sub">请先<a href="http://user.kaidi-like.test/login.asp">登录</a>后再回复。还没有凯迪账号？<a href="http://user.kaidi-like.test/reg.asp">立即注册</a></p><textarea rows="6" cols="80" disabled="disabled"></textarea></div>
</div>
<div class="main-r">
<div class="side-box"><h3>猫眼看人 热帖排行</h3><ol><li><a href="dispbbs.asp?boardid=1&amp;id={TOPICS[0]["tid"]}">{TOPICS[0]["subject"]}</a></li><li><a href="dispbbs.asp?boardid=1&amp;id=10240016">谈谈基层干部的“本领恐慌”</a></li><li><a href="dispbbs.asp?boardid=1&amp;id={TOPICS[1]["tid"]}">{TOPICS[1]["subject"]}</a></li></ol></div>
<div class="side-box"><a href="http://ad.kaidi-like.test/click.asp?id=1201" target="_blank"><img src="http://cdn.kaidi-like.test/ad/2014/250x250_0601.jpg" width="250" height="250" alt="" /></a></div>
</div>
"""
    return head + body + FOOT.format()


def list_page(rows, cur):
    head = HEAD.format(title="猫眼看人_凯迪社区", kw="猫眼看人,凯迪社区,时政", desc="猫眼看人：凯迪社区时政论坛", tid=0)
    nav = ('<div class="pages"><span class="current">1</span><a href="list.asp?boardid=1&amp;page=2">2</a><a href="list.asp?boardid=1&amp;page=2">下一页</a></div>' if cur == 1
           else '<div class="pages"><a href="list.asp?boardid=1&amp;page=1">上一页</a><a href="list.asp?boardid=1&amp;page=1">1</a><span class="current">2</span></div>')
    body = f"""<div class="crumbs"><a href="/">凯迪社区</a> &gt; 猫眼看人</div>
<div class="board-info"><h2>猫眼看人</h2><p>版主：<a href="#">凯迪版主甲</a> <a href="#">凯迪版主乙</a></p><p class="c-sub">本版发帖请遵守社区公约，标题请注明【原创】【转帖】。</p></div>
<table class="list-table" width="100%" cellspacing="0"><tr><th>标题</th><th>作者</th><th>点击/回复</th><th>最后回复</th></tr>
{rows}
</table>
{nav}
"""
    return head + body + FOOT.format()


def row(tid, label, subject, author, date, clicks, replies):
    return f'<tr><td class="list-title"><span class="c-alarm">{label}</span><a href="dispbbs.asp?boardid=1&amp;id={tid}" target="_blank">{subject}</a></td><td class="list-author"><a href="http://user.kaidi-like.test/index.asp?userid={USERS[author]}">{author}</a><br /><span class="f10px">{date}</span></td><td class="f10px">{clicks}/{replies}</td><td class="f10px">{date}</td></tr>'


def build() -> Family:
    fam = Family(
        HOST,
        "凯迪社区 (club.kdnet.net, 猫眼看人)-like forum (GBK; dispbbs.asp?boardid=1&id=N[&page=P]; posts-cont / reply-box)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    for t in TOPICS:
        tid = t["tid"]
        last = 2 if t["replies2"] else 1
        page1 = topic_page(t, 1, last)
        fam.route(f"/dispbbs.asp?boardid=1&id={tid}", f"/_q/dispbbs-{tid}-1.html", page1)
        fam.route(f"/dispbbs.asp?boardid=1&id={tid}&page=1", f"/_q/dispbbs-{tid}-1.html", page1)
        if last == 2:
            fam.route(f"/dispbbs.asp?boardid=1&id={tid}&page=2", f"/_q/dispbbs-{tid}-2.html", topic_page(t, 2, 2))
            fam.not_documents.append(f"/dispbbs.asp?boardid=1&id={tid}&page=2")
        fam.doc([f"/dispbbs.asp?boardid=1&id={tid}"], t["speech"], title=t["subject"], published_at=t["time"][:10])
    t1, t2 = TOPICS
    rows1 = "\n".join([
        row(t2["tid"], t2["label"], t2["subject"], t2["author"], t2["time"][:10], t2["clicks"], 2),
        '<tr><td class="list-title"><span class="c-alarm">【原创】</span><a href="dispbbs.asp?boardid=1&amp;id=10240016" target="_blank">谈谈基层干部的“本领恐慌”</a></td><td class="list-author">一介布衣ABC<br /><span class="f10px">2012-03-28</span></td><td class="f10px">3512/41</td><td class="f10px">2012-03-29</td></tr>',
    ])
    rows2 = row(t1["tid"], t1["label"], t1["subject"], t1["author"], t1["time"][:10], t1["clicks"], 7)
    lp1 = list_page(rows1, 1)
    fam.route("/list.asp?boardid=1", "/_q/list-1-1.html", lp1)
    fam.route("/list.asp?boardid=1&page=1", "/_q/list-1-1.html", lp1)
    fam.route("/list.asp?boardid=1&page=2", "/_q/list-1-2.html", list_page(rows2, 2))
    home = HEAD.format(title="凯迪社区_猫眼看人_中国最具影响力的政经社区", kw="凯迪社区,猫眼看人,kdnet", desc="凯迪社区", tid=0)
    home += f"""<div class="home-boards"><h2>热门版块</h2><ul><li><a href="list.asp?boardid=1">猫眼看人</a></li><li><a href="list.asp?boardid=2">原创评论</a></li><li><a href="list.asp?boardid=3">国际观察</a></li></ul></div>
<div class="home-hot"><h2>今日焦点</h2><ul><li><a href="dispbbs.asp?boardid=1&amp;id={t2["tid"]}">{t2["subject"]}</a></li></ul></div>
"""
    fam.put("/", home + FOOT.format())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /post.asp\nDisallow: /reply.asp\n")
    fam.not_documents += ["/", "/list.asp?boardid=1", "/list.asp?boardid=1&page=2"]
    fam.noise += [
        "县里开防汛会，县长的讲话稿全文如下", "不打官腔", "楼主", "回复日期", "第1楼", "打赏", "只看楼主",
        "以下是引用", "就看能不能落实了", "留置室里那一段", "琼ICP备", "凯迪社区", "发表时间",
    ]
    return fam
