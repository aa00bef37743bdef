"""An old table-layout forum on PHPWind 7.5 (GBK): read.php?tid=N&page=P, posts in <table>s with
<br /> paragraphs, 发表于 headers, signatures, an edit mark, replies on the same page and a page 2."""

from common import SPEECHES, Family, render

HOST = "bbs.cunguan.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="generator" content="phpwind 7.5" />
<meta name="description" content="@@DESC@@" />
<meta name="keywords" content="@@KEYWORDS@@" />
<link rel="stylesheet" type="text/css" href="images/wind/wind-reset.css" />
<link rel="stylesheet" type="text/css" href="images/wind/wind.css" />
<script type="text/javascript" src="js/core/core.js"></script>
<script type="text/javascript">
var imgpath = 'images';
var verifyhash = '5f2c6a1b';
var modeimg = '';
var modeBase = '';
var winduid = '';
var windid	= '';
var groupid	= 'guest';
</script>
</head>
<body>
<div id="wrapA">
<div id="header">
  <div id="top" class="cc">
    <div class="fr"><a href="login.php">登录</a> | <a href="register.php">注册</a> | <a href="search.php">搜索</a> | <a href="faq.php">帮助</a></div>
    <div class="fl">村官论坛 - 大学生村官交流家园</div>
  </div>
  <div id="logo"><a href="./"><img src="images/wind/logo.png" alt="村官论坛" /></a></div>
  <div id="nav-global"><ul class="cc"><li class="current"><a href="./">论坛</a></li><li><a href="u.php">个人中心</a></li><li><a href="hack.php?H_name=bank">银行</a></li><li><a href="job.php?action=hot">热门</a></li></ul></div>
</div>
<div id="main">
"""

FOOT = """</div>
<div id="footer">
  <div class="bottom">
    <ul class="cc"><li><a href="faq.php">帮助</a></li><li><a href="simple/">无图版</a></li><li><a href="wap/index.php">手机浏览</a></li><li><a href="#">返回顶部</a></li></ul>
  </div>
  <center class="gray">Powered by <a href="http://www.phpwind.net" target="_blank"><b>phpwind v7.5 SP3</b></a> Certificate <a href="http://www.phpwind.com/certificate.htm" target="_blank">Code &copy;2003-10 <b>phpwind.com</b></a> Corporation<br />Total 0.021548(s) query 6, Time now is:12-20 10:22, Gzip enabled<br /><a href="https://beian.miit.gov.cn/" target="_blank">冀ICP备09012345号</a></center>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F4e1d0b5c6a7f8e9d0c1b2a3f4e5d6c7b' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

USERS = {
    "青山绿水": (1234, "论坛版主", 2316, "2008-05-12", "扎根基层，服务群众。村官论坛欢迎您！"),
    "乡村教书匠": (5678, "中级会员", 412, "2012-09-01", "教书育人，乐在其中"),
    "大学生村官小李": (7001, "新手上路", 38, "2023-03-15", ""),
    "老支书": (7002, "高级会员", 980, "2010-11-20", "为人民服务"),
    "石头村小王": (7003, "初级会员", 120, "2019-06-30", ""),
}


def author_cell(name):
    uid, level, posts, reg, _sig = USERS[name]
    return f"""<th style="width:160px" rowspan="2" class="r_two">
<b><a href="u.php?uid={uid}" class="b">{name}</a></b>
<div style="padding:10px 0;"><table width="98%" border="0" cellspacing="0" cellpadding="0" style="border:0;"><tr><td style="border:0;"><a href="u.php?uid={uid}" target="_blank"><img class="pic" src="images/face/none.gif" width="120" height="120" border="0" /></a></td></tr></table></div>
<img src="images/wind/level/8.gif" alt="{level}" /><br />级别: {level}<br />
<span class="user-info"><span class="user-infoWrap2">
<span class="gray">发帖</span>: {posts}<br />
<span class="gray">威望</span>: {posts // 10} 点<br />
<span class="gray">注册时间</span>: {reg}<br />
</span></span>
</th>"""


def post(pid, name, floor, stamp, subject, content, edited=""):
    sig = USERS[name][4]
    sig_html = (
        f'<div class="signature" style="max-height:200px;maxHeightIE:200px;overflow:hidden;">{sig}</div>'
        if sig
        else ""
    )
    subject_html = f'<h1 id="subject_{pid}" class="fl">{subject}</h1>' if subject else ""
    edit_html = (
        f'<div class="tips" style="width:auto">[ 此帖被{name}在{edited}重新编辑 ]</div>' if edited else ""
    )
    return f"""<div class="t5 t2">
<table cellspacing="0" cellpadding="0" width="100%" style="table-layout:fixed;border-top:0">
<tr class="tr1">
{author_cell(name)}
<th height="100%" class="r_one" valign="top" id="td_{pid}" style="padding:5px 15px 0 15px; border:0;width:80%; overflow:hidden">
<div class="tiptop"><span class="fl"><a name="{pid}"></a><a href="javascript:;" onclick="sendmsg('pw_ajax.php?action=readfloor&amp;pid={pid}');">{floor}</a></span><span class="fl gray" title="{stamp}">&nbsp;发表于: {stamp}</span><span class="fr"><a href="post.php?action=quote&amp;fid=5&amp;tid=8812&amp;pid={pid}">引用</a> <a href="javascript:;">举报</a></span><div class="c"></div></div>
<table width="100%" style="table-layout:fixed;overflow:hidden;" cellspacing="0" cellpadding="0"><tr><td valign="top" id="td_{pid}_c" class="r_one" style="border:0;">
{subject_html}
<div class="tpc_content">
<div id="read_{pid}" class="f14">{content}</div>
{edit_html}
</div>
</td></tr></table>
</th>
</tr>
<tr class="tr1 r_one"><th style="vertical-align:bottom;padding-left:15px;border:0">
{sig_html}
<div class="tipad"><span class="fr"><a href="post.php?action=reply&amp;fid=5&amp;tid=8812">回复</a> <a href="#top">顶端</a></span></div>
</th></tr>
</table>
</div>
"""


def speech_content(speech):
    return "<br /><br />".join(f"　　{p}" for p in speech.paras)


def pages_nav(tid, n, count):
    if count == 1:
        return ""
    out = '<div class="pages">'
    if n > 1:
        out += f'<a href="read.php?tid={tid}&amp;page=1" class="pages_pre">&laquo;</a>'
    for i in range(1, count + 1):
        out += f"<b>{i}</b>" if i == n else f'<a href="read.php?tid={tid}&amp;page={i}">{i}</a>'
    if n < count:
        out += f'<a href="read.php?tid={tid}&amp;page={count}" class="pages_next">&raquo;</a>'
    return out + f'<span class="pagesone">Pages: {n}/{count}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;go</span></div>'


def thread_page(tid, subject, posts, n, count):
    nav = pages_nav(tid, n, count)
    page = (
        HEAD
        + """<div class="t3 cc" id="breadCrumb"><img src="images/wind/index/home.gif" align="absmiddle" /> <a href="./">村官论坛</a> &raquo; <a href="thread.php?fid=5">材料交流</a> &raquo; <a href="read.php?tid=@@TID@@">@@SUBJECT@@</a></div>
<div class="t3 cc"><span class="fl"><a href="post.php?action=reply&amp;fid=5&amp;tid=@@TID@@"><img src="images/wind/reply.png" alt="回复帖子" /></a></span><span class="fr">@@NAV@@</span></div>
<div class="t5"><table width="100%" cellspacing="0" cellpadding="0"><tr><td class="h"><span class="fl">查看完整版本: [-- <a href="read.php?tid=@@TID@@">@@SUBJECT@@</a> --]</span><span class="fr"><a href="read.php?tid=@@TID@@&amp;fpage=0&amp;toread=&amp;page=1#">上一主题</a> | <a href="#">下一主题</a></span></td></tr></table></div>
@@POSTS@@
<div class="t3 cc"><span class="fr">@@NAV@@</span></div>
<div class="t5"><form action="post.php?" method="post" name="FORM"><table width="100%"><tr class="h"><td>快速回复</td></tr><tr><td><textarea name="atc_content" rows="6" style="width:98%"></textarea><br /><input type="submit" class="btn" value="提 交" /></td></tr></table></form></div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{subject} - 材料交流 - 村官论坛 - powered by phpwind.net"
        if n == 1
        else f"{subject} - 第{n}页 - 材料交流 - 村官论坛 - powered by phpwind.net",
        DESC=subject,
        KEYWORDS="村官论坛,发言稿",
        TID=tid,
        SUBJECT=subject,
        NAV=nav,
        POSTS="".join(posts),
    )


THREADS = [
    {
        "tid": 8812,
        "speech": SPEECHES["P1"],
        "subject": "在村党员冬训会上的发言（自己写的，请大家指正）",
        "author": "老支书",
        "stamp": "2023-12-18 20:15",
        "edited": "2023-12-19 08:02",
        "replies": [
            ["乡村教书匠", "2023-12-18 21:03", "写得实在，接地气，比那些套话强多了。收藏了！"],
            ["大学生村官小李", "2023-12-18 21:47", "学习了，我们村下周也要搞冬训，能不能借鉴一下结构？"],
            ["青山绿水", "2023-12-19 08:30", "好帖，已加精。建议第三段再具体一点，把认领任务的办法写清楚。"],
            ["石头村小王", "2023-12-19 10:12", "老党员的发言就是有分量，顶一个。"],
        ],
        "replies2": [
            ["大学生村官小李", "2023-12-20 09:40", "按楼主的思路改了一稿，支书说不错，感谢分享！"],
            ["乡村教书匠", "2023-12-20 12:05", "回复6楼：加油，基层工作就是要实打实。"],
        ],
    },
    {
        "tid": 8830,
        "speech": SPEECHES["P2"],
        "subject": "分享一篇教师节座谈会上的发言，青年教师代表",
        "author": "乡村教书匠",
        "stamp": "2024-09-10 19:26",
        "edited": "",
        "replies": [
            ["青山绿水", "2024-09-10 20:11", "感人，想起了自己的老师。"],
            ["石头村小王", "2024-09-11 07:55", "谢谢分享，正好要写类似的稿子。"],
        ],
        "replies2": [],
    },
]

FLOORS = ["楼主", "沙发", "板凳", "地板", "4楼", "5楼", "6楼", "7楼", "8楼"]


def build() -> Family:
    fam = Family(
        HOST,
        "PHPWind 7.5 table-layout forum (GBK; read.php?tid=N&page=P; <br /> paragraphs; 发表于 header, signature, edit mark)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    rows = []
    for th in THREADS:
        tid, speech = th["tid"], th["speech"]
        first = post(
            "tpc", th["author"], "楼主", th["stamp"], th["subject"], speech_content(speech), th["edited"]
        )
        replies = [
            post(str(tid * 10 + i), name, FLOORS[i + 1], stamp, "", text)
            for i, (name, stamp, text) in enumerate(th["replies"])
        ]
        count = 2 if th["replies2"] else 1
        fam.route(
            f"/read.php?tid={tid}",
            f"/read/{tid}-1.html",
            thread_page(tid, th["subject"], [first, *replies], 1, count),
        )
        fam.route(
            f"/read.php?tid={tid}&page=1",
            f"/read/{tid}-1.html",
            thread_page(tid, th["subject"], [first, *replies], 1, count),
        )
        if count == 2:
            base = len(th["replies"]) + 1
            replies2 = [
                post(str(tid * 10 + base + i), name, FLOORS[base + i], stamp, "", text)
                for i, (name, stamp, text) in enumerate(th["replies2"])
            ]
            fam.route(
                f"/read.php?tid={tid}&page=2",
                f"/read/{tid}-2.html",
                thread_page(tid, th["subject"], replies2, 2, 2),
            )
            fam.not_documents.append(f"/read.php?tid={tid}&page=2")
        fam.doc([f"/read.php?tid={tid}"], speech, title=th["subject"])
        replies_n = len(th["replies"]) + len(th["replies2"])
        rows.append(
            f"""<tr class="tr3 t_one"><td class="icon"><img src="images/wind/thread/topicnew.gif" /></td>
<td class="subject" id="td_{tid}"><a href="read.php?tid={tid}" id="a_ajax_{tid}" class="subject_t f14">{th["subject"]}</a>{" <img src='images/wind/file/digest.gif' alt='精华' />" if th["edited"] else ""}</td>
<td class="author"><a href="u.php?uid={USERS[th["author"]][0]}" class="bl">{th["author"]}</a><p>{th["stamp"][:10]}</p></td>
<td class="num"><em>{replies_n}</em>/{replies_n * 37}</td>
<td class="author"><a href="read.php?tid={tid}&amp;page=e#a" class="f10">{th["replies"][-1][1]}</a><p>by: {th["replies"][-1][0]}</p></td></tr>"""
        )
        fam.route(
            f"/read.php?tid={tid}&page=e",
            f"/read/{tid}-e.html",
            thread_page(tid, th["subject"], replies[-1:], count, count),
        )
        fam.not_documents.append(f"/read.php?tid={tid}&page=e")

    def forum_page(n, body_rows):
        nav = (
            '<div class="pages">'
            + "".join(
                f"<b>{i}</b>" if i == n else f'<a href="thread.php?fid=5&amp;page={i}">{i}</a>'
                for i in (1, 2)
            )
            + f'<span class="pagesone">Pages: {n}/2</span></div>'
        )
        page = (
            HEAD
            + """<div class="t3 cc" id="breadCrumb"><a href="./">村官论坛</a> &raquo; <a href="thread.php?fid=5">材料交流</a></div>
<div class="t3 cc"><span class="fl"><a href="post.php?fid=5"><img src="images/wind/post.png" alt="发表新帖" /></a></span><span class="fr">@@NAV@@</span></div>
<div class="t z" style="margin:auto"><table width="100%" cellspacing="0" cellpadding="0" id="ajaxtable">
<tr class="tr2"><td colspan="2">文章</td><td>作者</td><td>回复/人气</td><td>最后发表</td></tr>
@@ROWS@@
</table></div>
<div class="t3 cc"><span class="fr">@@NAV@@</span></div>
"""
            + FOOT
        )
        return render(
            page,
            TITLE="材料交流 - 村官论坛 - powered by phpwind.net",
            DESC="材料交流",
            KEYWORDS="村官论坛",
            NAV=nav,
            ROWS=body_rows,
        )

    fam.route("/thread.php?fid=5", "/thread/5-1.html", forum_page(1, "\n".join(rows[:1])))
    fam.route("/thread.php?fid=5&page=1", "/thread/5-1.html", forum_page(1, "\n".join(rows[:1])))
    fam.route("/thread.php?fid=5&page=2", "/thread/5-2.html", forum_page(2, "\n".join(rows[1:])))
    index = (
        HEAD
        + """<div class="t"><table width="100%" cellspacing="0" cellpadding="0">
<tr class="tr2"><td colspan="2">版块</td><td>主题</td><td>帖子</td><td>最后发表</td></tr>
<tr class="tr3 f_one"><td class="icon"><img src="images/wind/forumlogo/5.gif" /></td><th><h2><a href="thread.php?fid=5" class="fnamecolor"><b>材料交流</b></a></h2><br /><span class="smalltxt gray">讲话稿、发言稿、心得体会交流</span></th><td>1823</td><td>20451</td><td><a href="read.php?tid=8830">分享一篇教师节座谈会上的发言…</a></td></tr>
<tr class="tr3 f_one"><td class="icon"><img src="images/wind/forumlogo/6.gif" /></td><th><h2><a href="thread.php?fid=6" class="fnamecolor"><b>村官茶馆</b></a></h2></th><td>5210</td><td>88013</td><td></td></tr>
</table></div>
"""
        + FOOT
    )
    index = render(index, TITLE="村官论坛 - powered by phpwind.net", DESC="村官论坛", KEYWORDS="村官论坛")
    fam.put("/", index)
    fam.not_documents += ["/", "/thread.php?fid=5", "/thread.php?fid=5&page=2"]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /admin.php\nDisallow: /post.php\nDisallow: /profile.php\nDisallow: /job.php\n",
    )
    fam.noise += [
        "发表于",
        "楼主",
        "此帖被",
        "重新编辑",
        "为人民服务",
        "扎根基层，服务群众",
        "教书育人，乐在其中",
        "级别:",
        "注册时间",
        "收藏了",
        "学习了",
        "好帖，已加精",
        "顶一个",
        "感谢分享",
        "想起了自己的老师",
        "引用",
        "快速回复",
        "powered by phpwind",
        "村官论坛",
        "Pages:",
    ]
    return fam
