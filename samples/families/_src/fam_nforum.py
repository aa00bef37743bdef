"""水木社区 (newsmth.net) nForum web view (about 2019), GBK, extensionless URLs: board list
`/nForum/board/Universities` (+ `?p=2`, query route) as `table.board-list.tiz` rows (`title_9` links,
`title_10` dates, `title_12` authors), topic pages `/nForum/article/Universities/ID` (+ `?p=2`) with
the 10-posts-a-page `pagination` pager (文章数 / 分页 / `page-main`), every post a `table.article`
(`a-head` with `a-u-name`, `a-pos` 楼主 / 第N楼, `a-func` 回复 / 文章 / 站内; `a-body` with the
`a-left a-info` user card and `td.a-content` holding one `<p>` of `<br />` lines: 发信人 / 标  题 /
发信站 header, the body, `--`, signature, `※ 来源:·水木社区…[FROM: …]` in `font.f006`). One topic's
speech runs over both topic pages: its poster stopped after half (`（未完，下午接着贴）`) and went on in
his own post `第10楼` on `?p=2` (opened by `（接上）`): both pages are pages of the document, the other
replies on them are not; the other topic's speech is the whole first post."""

from common import SPEECHES, Family, split_paras

HOST = "www.shuimu-like.test"
BOARD = "Universities"
BOARD_CN = "高校"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="水木社区,水木清华,清华,newsmth,{board}" />
<meta name="description" content="{desc}" />
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/nForum/css/common.css?v=1.2.1" />
<link rel="stylesheet" type="text/css" href="/nForum/css/default/style.css?v=1.2.1" />
<!--[if lt IE 8]><link rel="stylesheet" type="text/css" href="/nForum/css/ie.css" /><![endif]-->
<script type="text/javascript">var sys_merge = {{"base":"/nForum","static":"","domain":"http://www.shuimu-like.test","mWidth":1000,"iframe":false,"allowFrame":"","uid":"guest","session":{{"is_login":false,"id":"guest","forum_total_count":"21204","forum_user_count":"1863","forum_max_user":"86542"}},"def":["article","board","section","mail"]}};</script>
</head>
<body>
<div id="wrap">
<div id="header" class="corner">
  <div id="logo"><a href="/nForum/mainpage"><img src="/nForum/img/logo.png" alt="水木社区" /></a></div>
  <div id="top_ad"><a href="http://ad.shuimu-like.test/c?id=7121" target="_blank"><img src="/nForum/img/ad/201910_728x90.jpg" width="728" height="90" alt="" /></a></div>
</div>
<div id="menu" class="corner">
  <div class="u-login">
    <form action="/nForum/login" method="post" id="u_login"><ul><li>用户名:<input type="text" name="id" class="input-text" /></li><li>密　码:<input type="password" name="passwd" class="input-text" /></li><li><input type="checkbox" name="CookieDate" value="2" />下次自动登录</li><li><input type="submit" class="submit" value="登录" /><a href="/nForum/reg">注册</a></li></ul></form>
  </div>
  <div id="xlist">
    <ul>
      <li class="slist"><span class="x-folder"><span class="toggler"></span><a href="/nForum/mainpage">水木首页</a></span></li>
      <li class="slist"><span class="x-folder"><span class="toggler"></span><a href="/nForum/section">全部讨论区</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/0">社区管理</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/1">国内院校</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/2">休闲娱乐</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/3">五湖四海</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/4">游戏运动</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/5">社会信息</a></span></li>
      <li class="slist"><span class="x-leaf"><a href="/nForum/section/6">知性感性</a></span></li>
    </ul>
  </div>
  <div id="left_line"><a href="/nForum/board/Announce">站务公告</a> <a href="/nForum/board/sysop">站务讨论</a></div>
</div>
<div id="main">
"""

FOOT = """</div>
<div id="footer" class="corner">
  <p>当前版本：nForum-1.2.1　　<a href="/nForum/board/Advice">意见建议</a>｜<a href="/nForum/article/Announce/2751">社区守则</a>｜<a href="/nForum/board/Complain">投诉</a>｜<a href="http://www.shuimu-like.test/about.html" target="_blank">关于水木</a></p>
  <p>版权所有 &copy; <a href="http://www.shuimu-like.test">水木社区</a>　京ICP证090162号　京公网安备11010802017215号</p>
  <p>在线用户：1863　最高在线：86542</p>
</div>
</div>
<script type="text/javascript" src="/nForum/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/nForum/js/nforum.min.js?v=1.2.1"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "//hm.baidu.com/hm.js?9c7f4d9b7c00cb5aba2c637c64a41567"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""

USERS = {
    # id: (nick, 身份, 等级, 文章, 积分, 星座)
    "laoyuan1979": ("园丁", "用户", "贰级", 1821, 6203, "天秤座"),
    "dayu": ("大鱼吃小鱼", "用户", "叁级", 5310, 12841, "双鱼座"),
    "Shirly": ("一只猫", "用户", "贰级", 906, 3302, "巨蟹座"),
    "qingshuihe": ("清水河畔", "用户", "肆级", 11207, 30114, "白羊座"),
    "lazyfish": ("懒鱼", "用户", "壹级", 233, 702, "处女座"),
    "beidahuang": ("北大荒", "用户", "叁级", 4702, 10923, "射手座"),
    "XiaoMa": ("小马过河", "用户", "贰级", 1517, 4410, "金牛座"),
    "oldpapa": ("老爸", "用户", "叁级", 3366, 9012, "摩羯座"),
    "sunnyday": ("阳光灿烂的日子", "用户", "贰级", 780, 2655, "狮子座"),
    "Hellen": ("海伦", "用户", "壹级", 188, 640, "水瓶座"),
}

WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ctime(stamp):
    import datetime

    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return f"{WEEK[d.weekday()]} {MON[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}".replace("  ", " ")


S1 = SPEECHES["r30a-3"]
S2 = SPEECHES["r30a-2"]
PART1, PART2 = split_paras(S1.paras, 2)

TOPICS = [
    {
        "id": 86530412,
        "speech": S1,
        "subject": "今天母校六十周年校庆，校长的致辞全文",
        "posts": [
            ("laoyuan1979", "2019-10-12 11:26:40", ["刚从校庆大会现场回来，校长的致辞稿从学校公众号上扒下来的，贴给没能回去的校友看看。"] + PART1 + ["（未完，下午接着贴）"], "IP: 59.66.*", "十年树木，百年树人"),
            ("dayu", "2019-10-12 11:31:05", ["沙发，没回去，遗憾。"], "IP: 114.242.*", ""),
            ("Shirly", "2019-10-12 11:40:22", ["首批一百二十名学生，在借来的仓库里上课，老一辈真不容易。"], "IP: 223.104.*", ""),
            ("qingshuihe", "2019-10-12 11:52:18", ["我们那一届毕业的时候还是学院，一晃二十年了。"], "IP: 123.114.*", "水清无鱼"),
            ("lazyfish", "2019-10-12 12:05:47", ["mark，等下半部分"], "IP: 106.39.*", ""),
            ("beidahuang", "2019-10-12 12:17:33", ["新校区二期明年能用上吗？去年回去看还是一片工地。"], "IP: 61.148.*", ""),
            ("XiaoMa", "2019-10-12 12:40:09", ["勤奋、求实、团结、奉献，这八个字在老图书馆门口刻了几十年。"], "IP: 202.112.*", ""),
            ("oldpapa", "2019-10-12 13:02:51", ["校庆纪念品是什么？求晒图"], "IP: 111.199.*", ""),
            ("sunnyday", "2019-10-12 13:30:16", ["坐等楼主更新"], "IP: 117.136.*", ""),
            ("Hellen", "2019-10-12 14:12:44", ["我们班今天回去了十几个人，晚上聚餐。"], "IP: 36.110.*", ""),
            ("laoyuan1979", "2019-10-12 15:40:27", ["（接上）"] + PART2 + ["（全文完）"], "IP: 59.66.*", "十年树木，百年树人"),
            ("dayu", "2019-10-12 15:48:02", ["谢谢楼主，看完了。李老先生八十一了还回去，真让人感动。"], "IP: 114.242.*", ""),
            ("qingshuihe", "2019-10-12 16:20:38", ["“把论文写在大地上”，这句话说得好。"], "IP: 123.114.*", "水清无鱼"),
        ],
    },
    {
        "id": 86214077,
        "speech": S2,
        "subject": "单位的老干部迎春座谈会，领导致辞，分享一下",
        "posts": [
            ("oldpapa", "2016-01-28 20:15:33", S2.paras, "IP: 111.199.*", ""),
            ("beidahuang", "2016-01-28 20:33:10", ["老同志的待遇落实得怎么样，比致辞更重要。"], "IP: 61.148.*", ""),
            ("Shirly", "2016-01-28 21:02:45", ["“银发人才库”这个提法第一次听说，挺好的。"], "IP: 223.104.*", ""),
        ],
    },
]


def url(tid, page=1):
    return f"/nForum/article/{BOARD}/{tid}" + ("" if page == 1 else f"?p={page}")


def post_table(tid, floor, post, subject):
    uid, stamp, lines, ip, sig = post
    nick, ident, level, count, score, star = USERS[uid]
    title = subject if floor == 0 else "Re: " + subject
    pos = "楼主" if floor == 0 else f"第{floor}楼"
    body = [
        f"发信人: {uid} ({nick}), 信区: {BOARD}",
        f"&nbsp;标&nbsp;&nbsp;题: {title}",
        f"&nbsp;发信站: 水木社区 ({ctime(stamp)}), 站内",
        "&nbsp;&nbsp;",
    ]
    body += ["&nbsp;&nbsp;" + x for x in lines]
    body += ["&nbsp;&nbsp;", "--"]
    if sig:
        body += [f"&nbsp;&nbsp;{sig}", "&nbsp;&nbsp;"]
    content = "<br />".join(body)
    content += f'<br /><font class="f000"></font><font class="f006">※ 来源:·水木社区 http://www.shuimu-like.test·[FROM: {ip}]</font><font class="f000"><br /></font>'
    return f"""<div class="a-wrap corner">
<table class="article">
<tr class="a-head">
<td class="a-left"><span class="a-u-name"><a href="/nForum/user/query/{uid}">{uid}</a></span></td>
<td class="a-right"><span class="a-pos">{pos}</span><ul class="a-func"><li><a href="/nForum/article/{BOARD}/post/{tid + floor}" class="a-post">回复</a></li><li><a href="/nForum/article/{BOARD}/single/{tid + floor}" class="a-single">文章</a></li><li><a href="/nForum/article/{BOARD}/{tid}?au={uid}" class="a-au">只看此ID</a></li><li><a href="/nForum/mail/send?id={uid}" class="a-mail">站内</a></li></ul></td>
</tr>
<tr class="a-body">
<td class="a-left a-info"><div class="a-u-img"><img src="/nForum/uploadFace/{uid[0].upper()}/{uid}.jpg" onerror="this.src='/nForum/img/face_default_m.jpg'" alt="{uid}" /></div><div class="a-u-uid">{nick}</div><dl class="a-u-info"><dt>身份</dt><dd>{ident}</dd><dt>等级</dt><dd>{level}</dd><dt>文章</dt><dd>{count}</dd><dt>积分</dt><dd>{score}</dd><dt>星座</dt><dd>{star}</dd></dl></td>
<td class="a-content"><p>{content}</p></td>
</tr>
<tr class="a-bottom"><td class="a-left"></td><td class="a-right"><ul class="a-status"><li><a href="javascript:void(0)" class="a-func-like">赞</a></li><li><a href="javascript:void(0)" class="a-func-report">举报</a></li></ul></td></tr>
</table>
</div>
"""


def pager(tid, cur, last, total):
    items = []
    for i in range(1, last + 1):
        if i == cur:
            items.append(f'<li class="page-select"><a title="当前页">{i}</a></li>')
        else:
            items.append(f'<li class="page-normal"><a href="{url(tid, i)}" title="第{i}页">{i}</a></li>')
    if cur < last:
        items.append(f'<li class="page-normal"><a href="{url(tid, cur + 1)}" title="下一页">&gt;&gt;</a></li>')
    if cur > 1:
        items.insert(0, f'<li class="page-normal"><a href="{url(tid, cur - 1)}" title="上一页">&lt;&lt;</a></li>')
    return f'<ul class="pagination"><li class="page-pre">文章数:<i>{total}</i>&emsp;分页:</li><li><ol title="分页列表" class="page-main">{"".join(items)}</ol></li></ul>'


def topic_page(t, cur):
    tid = t["id"]
    posts = t["posts"]
    last = (len(posts) + 9) // 10
    chunk = posts[(cur - 1) * 10 : cur * 10]
    head = HEAD.format(title=f"{t['subject']}-{BOARD_CN}-水木社区", board=BOARD_CN, desc=f"水木社区 {BOARD_CN}版 {t['subject']}")
    nav = pager(tid, cur, last, len(posts))
    tables = "".join(post_table(tid, (cur - 1) * 10 + i, p, t["subject"]) for i, p in enumerate(chunk))
    body = f"""<div id="body" class="corner">
<div id="notice" class="corner"><div id="notice_nav"><a href="/nForum/mainpage">水木社区</a>&ensp;&gt;&ensp;<a href="/nForum/section/1">国内院校</a>&ensp;&gt;&ensp;<a href="/nForum/board/{BOARD}">{BOARD_CN}</a>&ensp;&gt;&ensp;阅读文章</div></div>
<div class="b-head corner"><span class="n-left">文章主题: {t["subject"]}</span><span class="n-right"><a href="/nForum/board/{BOARD}">返回版面</a></span></div>
<div class="b-content corner">
<div class="t-pre">{nav}<div class="t-btn"><a href="/nForum/article/{BOARD}/post" class="button">发表新话题</a><a href="/nForum/article/{BOARD}/post/{tid}" class="button">回复</a></div></div>
{tables}<div class="t-pre-bottom">{nav}<div class="t-btn"><a href="/nForum/article/{BOARD}/post/{tid}" class="button">回复</a><a href="/nForum/board/{BOARD}" class="button">返回</a></div></div>
</div>
<div class="b-foot corner"><span class="n-left">同主题阅读：<a href="/nForum/article/{BOARD}/{tid}">首篇</a> <a href="/nForum/article/{BOARD}/ajax_single/{tid}?p=tp">上一主题</a> <a href="/nForum/article/{BOARD}/ajax_single/{tid}?p=tn">下一主题</a></span></div>
</div>
"""
    return head + body + FOOT.format()


def board_page(cur):
    t1, t2 = TOPICS
    head = HEAD.format(title=f"{BOARD_CN}-水木社区", board=BOARD_CN, desc=f"水木社区 {BOARD_CN}版")
    def row(t, last_stamp):
        first = t["posts"][0]
        return f'<tr><td class="title_8"><a href="/nForum/article/{BOARD}/{t["id"]}" title="在新窗口打开此主题" target="_blank"><samp class="tag ico-pos-article-normal"></samp></a></td><td class="title_9"><a href="/nForum/article/{BOARD}/{t["id"]}">{t["subject"]}</a></td><td class="title_10">{first[1][:10]}</td><td class="title_12">|&ensp;<a href="/nForum/user/query/{first[0]}" class="c63f">{first[0]}</a></td><td class="title_11 middle">{len(t["posts"]) - 1}</td><td class="title_10"><a href="/nForum/article/{BOARD}/{t["id"]}?p={(len(t["posts"]) + 9) // 10}#a{len(t["posts"]) - 1}" title="跳转至最后回复">{last_stamp}</a></td><td class="title_12">|&ensp;<a href="/nForum/user/query/{t["posts"][-1][0]}" class="c09f">{t["posts"][-1][0]}</a></td></tr>'
    if cur == 1:
        rows = row(t1, "16:20:38") + '\n<tr><td class="title_8"><a href="/nForum/article/Universities/86529870" target="_blank"><samp class="tag ico-pos-article-normal"></samp></a></td><td class="title_9"><a href="/nForum/article/Universities/86529870">请问今年保研名额比去年多吗</a></td><td class="title_10">2019-10-12</td><td class="title_12">|&ensp;<a href="/nForum/user/query/lazyfish" class="c63f">lazyfish</a></td><td class="title_11 middle">6</td><td class="title_10">10:05:12</td><td class="title_12">|&ensp;<a href="/nForum/user/query/XiaoMa" class="c09f">XiaoMa</a></td></tr>'
        nav = f'<ul class="pagination"><li class="page-pre">主题数:<i>2861</i>&emsp;分页:</li><li><ol title="分页列表" class="page-main"><li class="page-select"><a title="当前页">1</a></li><li class="page-normal"><a href="/nForum/board/{BOARD}?p=2" title="第2页">2</a></li><li class="page-normal"><a href="/nForum/board/{BOARD}?p=2" title="下一页">&gt;&gt;</a></li></ol></li></ul>'
    else:
        rows = row(t2, "2016-01-28")
        nav = f'<ul class="pagination"><li class="page-pre">主题数:<i>2861</i>&emsp;分页:</li><li><ol title="分页列表" class="page-main"><li class="page-normal"><a href="/nForum/board/{BOARD}" title="上一页">&lt;&lt;</a></li><li class="page-normal"><a href="/nForum/board/{BOARD}" title="第1页">1</a></li><li class="page-select"><a title="当前页">2</a></li></ol></li></ul>'
    body = f"""<div id="body" class="corner">
<div id="notice" class="corner"><div id="notice_nav"><a href="/nForum/mainpage">水木社区</a>&ensp;&gt;&ensp;<a href="/nForum/section/1">国内院校</a>&ensp;&gt;&ensp;{BOARD_CN}</div></div>
<div class="b-head corner"><span class="n-left">{BOARD_CN}({BOARD})</span><span class="n-right">版主: <a href="/nForum/user/query/qingshuihe">qingshuihe</a> 在线: 137 今日: 24</span></div>
<div class="b-content corner">
<div class="t-pre">{nav}<div class="t-btn"><a href="/nForum/article/{BOARD}/post" class="button">发表新话题</a><a href="/nForum/board/{BOARD}/mode?type=0">文摘区</a></div></div>
<table class="board-list tiz" cellpadding="0" cellspacing="0">
<thead><tr><th class="title_8">状态</th><th class="title_9 middle">主题</th><th class="title_10">发帖时间</th><th class="title_12">|&ensp;作者</th><th class="title_11 middle">回复</th><th class="title_10">最新回复</th><th class="title_12">|&ensp;作者</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="t-pre-bottom">{nav}</div>
</div>
</div>
"""
    return head + body + FOOT.format()


def build() -> Family:
    fam = Family(
        HOST,
        "水木社区 (newsmth.net) nForum web view (GBK; /nForum/board/B, /nForum/article/B/ID?p=N; table.article / a-content)",
        encoding="gbk",
        content_type="text/html; charset=GBK",
        extensionless_html=True,
    )
    t1, t2 = TOPICS
    fam.put(url(t1["id"]), topic_page(t1, 1))
    fam.route(url(t1["id"], 2), f"/_q/article-{t1['id']}-2.html", topic_page(t1, 2))
    fam.route(f"/nForum/article/{BOARD}/{t1['id']}?p=1", f"/_q/article-{t1['id']}-1.html", topic_page(t1, 1))
    fam.doc([url(t1["id"]), url(t1["id"], 2)], S1, title=t1["subject"], published_at="2019-10-12")
    fam.put(url(t2["id"]), topic_page(t2, 1))
    fam.doc([url(t2["id"])], S2, title=t2["subject"], published_at="2016-01-28")
    fam.put(f"/nForum/board/{BOARD}", board_page(1))
    fam.route(f"/nForum/board/{BOARD}?p=2", "/_q/board-2.html", board_page(2))
    fam.route(f"/nForum/board/{BOARD}?p=1", "/_q/board-1.html", board_page(1))
    home = HEAD.format(title="水木社区-源于清华的高知社群", board="首页", desc="水木社区")
    home += f"""<div id="body" class="corner">
<div class="b-head corner"><span class="n-left">本日十大热门话题</span></div>
<div class="b-content corner"><ul id="top10">
<li><div class="top10-rank">1</div><a href="/nForum/article/{BOARD}/{t1["id"]}" title="{t1["subject"]}">{t1["subject"]}</a><span class="top10-board">[<a href="/nForum/board/{BOARD}">{BOARD_CN}</a>]</span></li>
<li><div class="top10-rank">2</div><a href="/nForum/article/Universities/86529870">请问今年保研名额比去年多吗</a><span class="top10-board">[<a href="/nForum/board/{BOARD}">{BOARD_CN}</a>]</span></li>
</ul></div>
<div class="b-head corner"><span class="n-left">分区热门</span></div>
<div class="b-content corner"><ul><li><a href="/nForum/board/{BOARD}">{BOARD_CN}</a></li><li><a href="/nForum/board/Joke">笑话连篇</a></li><li><a href="/nForum/board/WorkLife">职场人生</a></li></ul></div>
</div>
"""
    fam.put("/nForum/mainpage", home + FOOT.format())
    fam.put("/", home + FOOT.format())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /nForum/user/\nDisallow: /nForum/mail/\n")
    fam.not_documents += [
        "/", "/nForum/mainpage", f"/nForum/board/{BOARD}", f"/nForum/board/{BOARD}?p=2", url(t1["id"], 2),
    ]
    fam.noise += [
        "发信人", "发信站", "信区", "※ 来源:·水木社区", "刚从校庆大会现场回来", "贴给没能回去的校友看看",
        "未完，下午接着贴", "（接上）", "（全文完）", "十年树木，百年树人", "沙发，没回去", "坐等楼主更新",
        "谢谢楼主，看完了", "老同志的待遇落实得怎么样", "文章数", "只看此ID", "京ICP证090162号", "水清无鱼",
    ]
    return fam
