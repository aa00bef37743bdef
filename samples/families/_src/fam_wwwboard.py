"""Matt Wright's WWWBoard 2.0 (Perl CGI, flat HTML files), half-localized into Chinese, as the 留言板 of a
2003-2004 旅京同乡会 home page (青阳乡音网).

The CGI writes every message as its own static page `/wwwboard/messages/N.html` and rewrites the
index `/wwwboard/wwwboard.html`: a tree of `<!--top: N--><li>` items nested in `<ul><!--insert: N-->`
… `</ul><!--end: N-->`, each with `- <b>name</b> <i>10/13/03 - 22:41:05</i>` and a `(<!--responses: N-->k)`
count. Message pages are the script's bare template: no doctype and no charset meta (only the index
has one; the server's `text/html; charset=GB2312` header is right; GBK bytes), `<center><h1>`
subject, `<hr size=7 width=75%>` rules, the [ 跟帖 ] [ 发表跟帖 ] [ 乡音留言板 ] [ 使用说明 ] bar twice,
`发表人： <a href="mailto:…">name</a> 于 October 13, 2003 at 22:41:05 发表:` (the English long date the
localizer left), `回应：` line on follow-ups, the body as `<p>`-separated paragraphs, the 跟帖 tree, and
the 发表跟帖 form whose `<textarea>` holds the whole message again as `: `-quoted lines.

The 知青 speech is posted in two messages by the same poster: the first half, then his own follow-up
`续：…（下）` (listed in the tree after a reply from someone else), joined as one document; the
同乡会 speech is one message; replies, the index and the FAQ are not documents."""

import textwrap

from common import SPEECHES, Family, split_paras

HOST = "www.qingyang-xiangyin-like.test"
BOARD = "/wwwboard/wwwboard.html"
BOARD_NAME = "青阳乡音留言板"

MONTHS = "January February March April May June July August September October November December".split()


def long_date(stamp):
    d, t = stamp.split(" ")
    y, m, dd = (int(x) for x in d.split("-"))
    return f"{MONTHS[m - 1]} {dd}, {y} at {t}"


def short_date(stamp):
    d, t = stamp.split(" ")
    y, m, dd = d.split("-")
    return f"{m}/{dd}/{y[2:]} - {t}"


# id: (subject, name, email, stamp, parent, body paragraphs)
MSGS: dict[int, tuple] = {}


def tree_item(mid, here=None, link_prefix=""):
    subject, name, _, stamp, _, _ = MSGS[mid]
    kids = sorted((k for k, v in MSGS.items() if v[4] == mid), reverse=True)
    inner = "".join(tree_item(k, here, link_prefix) for k in kids)
    count = len(kids) + sum(1 for k in kids for kk, vv in MSGS.items() if vv[4] == k)
    return (
        f'<!--top: {mid}--><li><a href="{link_prefix}{mid}.html">{subject}</a> - <b>{name}</b> <i>{short_date(stamp)}</i>\n'
        f"(<!--responses: {mid}-->{count})\n<ul><!--insert: {mid}-->\n{inner}</ul><!--end: {mid}-->\n"
    )


def quoted(paras):
    out = []
    for p in paras:
        for line in textwrap.wrap(p, 30) or [""]:
            out.append(": " + line)
        out.append(":")
    return "\n".join(out[:-1])


def message_page(mid):
    subject, name, email, stamp, parent, paras = MSGS[mid]
    bar = f'<center>[ <a href="#followups">跟帖</a> ] [ <a href="#postfp">发表跟帖</a> ] [ <a href="{BOARD}">{BOARD_NAME}</a> ] [ <a href="/wwwboard/faq.html">使用说明</a> ]</center>'
    reply_line = ""
    if parent:
        ps, pn, _, pst, _, _ = MSGS[parent]
        reply_line = f'回应： <a href="{parent}.html">{ps}</a> 发表人 {pn} 于 {long_date(pst)} 发表:<p>\n'
    body = "<p>\n".join(paras)
    kids = sorted((k for k, v in MSGS.items() if v[4] == mid), reverse=True)
    follow = "".join(tree_item(k) for k in kids)
    re_subject = subject if subject.startswith("Re:") else "Re: " + subject
    return f"""<html>
  <head>
    <title>{subject}</title>
  </head>
  <body bgcolor="#FFFFF0">
    <center>
      <h1>{subject}</h1>
    </center>
<hr size=7 width=75%>
{bar}
<hr size=7 width=75%><p>
发表人： <a href="mailto:{email}">{name}</a> 于 {long_date(stamp)} 发表:<p>
{reply_line}{body}
<br><hr size=7 width=75%><p>
<a name="followups">跟帖：</a><br>
<ul><!--insert: {mid}-->
{follow}</ul><!--end: {mid}-->
<br><hr size=7 width=75%><p>
<a name="postfp">发表跟帖</a><p>
<form method=POST action="/cgi-bin/wwwboard.pl">
<input type=hidden name="followup" value="{','.join(str(x) for x in chain(mid))}">
<input type=hidden name="origname" value="{name}">
<input type=hidden name="origemail" value="{email}">
<input type=hidden name="origsubject" value="{subject}">
<input type=hidden name="origdate" value="{long_date(stamp)}">
姓名： <input type=text name="name" size=50><br>
E-Mail： <input type=text name="email" size=50><p>
标题： <input type=text name="subject" value="{re_subject}" size=50><p>
内容：<br>
<textarea name="body" COLS=50 ROWS=10>
{quoted(paras)}

</textarea>
<p>
链接网址(可选)： <input type=text name="url" size=50><br>
链接名称： <input type=text name="url_title" size=48><br>
图片网址(可选)： <input type=text name="img" size=49><p>
<input type=submit value="发表跟帖"> <input type=reset value="重写">
<p><hr size=7 width=75%>
{bar}
</body></html>
"""


def chain(mid):
    out = []
    while mid:
        out.insert(0, mid)
        mid = MSGS[mid][4]
    return out


def build() -> Family:
    fam = Family(HOST, "WWWBoard 2.0 (Matt's Script Archive, Perl CGI) tree message board, half-localized, GB2312", encoding="gbk", content_type="text/html; charset=GB2312")
    s3, s4 = SPEECHES["f47c-3"], SPEECHES["f47c-4"]
    a, b = split_paras(s3.paras, 2)
    sub3 = "在插队三十五周年纪念聚会上的讲话（上）"
    MSGS.clear()
    MSGS[96] = ("寻人：寻找1969年在青阳石门岭插队的杭州知青", "阿芳", "afang1951@163-like.test", "2003-09-28 10:12:44", 0, ["我父亲当年在石门岭公社当会计，一直记挂着几个杭州来的知青，有知道的请留言或者发邮件给我，谢谢！"])
    MSGS[97] = ("Re: 寻人：寻找1969年在青阳石门岭插队的杭州知青", "老木", "laomu@sina-like.test", "2003-09-28 21:30:02", 96, ["我们是上海的，杭州那批在隔壁的岭下大队，我帮你问问。"])
    MSGS[101] = (sub3, "老木", "laomu@sina-like.test", "2003-10-13 22:41:05", 0,
                 ["上个月十二号，我们石门岭的知青回村聚了一次，我代表大家讲了几句。好几个没去成的同学要稿子，就贴在这里。留言板一次贴不下这么多字，分两次贴。"] + a)
    MSGS[102] = ("Re: 在插队三十五周年纪念聚会上的讲话（上）", "小周", "zhouxm@yahoo-like.test", "2003-10-13 23:05:51", 101, ["老木，看到十四块七毛那一段，我又哭了。那张汇款单我一直留着。", "-- 小周"])
    MSGS[104] = ("续：在插队三十五周年纪念聚会上的讲话（下）", "老木", "laomu@sina-like.test", "2003-10-14 08:02:17", 101, ["接上："] + b + ["（完）"])
    MSGS[105] = ("Re: 续：在插队三十五周年纪念聚会上的讲话（下）", "石门岭刘建国", "ljg@qingyang-like.test", "2003-10-15 19:48:30", 104, ["我是刘大娘的孙子。奶奶生前常提起你们，谢谢各位叔叔阿姨还记得她。图书室的事情，村里一定配合好。"])
    MSGS[110] = (s4.title, "同乡会秘书处", "txh@qingyang-xiangyin-like.test", "2004-01-27 09:15:40", 0,
                 ["各位乡亲：正月初四（1月25日）的春节联谊会已经圆满结束，下面是王会长在联谊会上的致辞，供没能到场的乡亲们阅读。", "****************************************"] + s4.paras + ["****************************************", "（同乡会秘书处整理）"])
    MSGS[111] = ("Re: " + s4.title, "在京青阳人", "bjqy@263-like.test", "2004-01-27 13:22:09", 110, ["今年没去成，看了致辞好像也在现场一样。助学名额增加到三十名，好！"])

    for mid in MSGS:
        fam.put(f"/wwwboard/messages/{mid}.html", message_page(mid))

    tops = [mid for mid, v in sorted(MSGS.items(), reverse=True) if not v[4]]
    tree = "".join(tree_item(mid, link_prefix="messages/") for mid in tops)
    index = f"""<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>{BOARD_NAME}</title>
  </head>
  <body bgcolor="#FFFFF0">
    <center>
      <h1>{BOARD_NAME}</h1>
    </center>
下面是所有的留言。欢迎在京的青阳乡亲在这里互通消息、交流乡情。请勿发布广告。
<hr size=7 width=75%>
<center>[ <a href="#post">发表留言</a> ] [ <a href="faq.html">使用说明</a> ] [ <a href="/">返回乡音网首页</a> ]</center>
<hr size=7 width=75%>
<ul>
<!--begin-->
{tree}</ul>
<hr size=7 width=75%>
<a name="post"><center><h2>发表留言</h2></center></a>
<form method=POST action="/cgi-bin/wwwboard.pl">
姓名： <input type=text name="name" size=30><br>
E-Mail： <input type=text name="email" size=30><p>
标题： <input type=text name="subject" size=50><p>
内容：<br>
<textarea COLS=64 ROWS=15 name="body">
</textarea><p>
链接网址(可选)： <input type=text name="url" size=45><br>
链接名称： <input type=text name="url_title" size=50><br>
图片网址(可选)： <input type=text name="img" size=45><p>
<input type=submit value="发表留言"> <input type=reset value="重写">
</form>
<hr size=7 width=75%>
<center><font size=-1>本留言板由 <a href="http://www.worldwidemart.com/scripts/">WWWBoard 2.0</a> 驱动　汉化：乡音网</font></center>
</body>
</html>
"""
    fam.put(BOARD, index)
    fam.put("/wwwboard/faq.html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{BOARD_NAME} 使用说明</title></head>
<body bgcolor="#FFFFF0"><center><h1>使用说明</h1></center><hr size=7 width=75%>
<p><b>怎样发表留言？</b><br>在留言板首页最下面填写姓名、标题和内容，按“发表留言”即可。</p>
<p><b>怎样回复别人的留言？</b><br>点开留言，在页面下面的“发表跟帖”里填写。原留言会自动引用在内容框里，可以删掉不要的部分。</p>
<p><b>留言太长怎么办？</b><br>每条留言不宜太长，太长的可以分几次贴，后面的用“发表跟帖”接在自己的留言下面。</p>
<p><b>可以用HTML吗？</b><br>不可以，HTML标记会被去掉。</p>
<hr size=7 width=75%><center>[ <a href="wwwboard.html">{BOARD_NAME}</a> ]</center></body></html>
""")
    fam.put("/", f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青阳乡音网 -- 旅京青阳同乡会</title>
<meta name="keywords" content="青阳,同乡会,旅京,乡音">
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="images/banner.jpg" width="760" height="90" alt="青阳乡音网"></td></tr>
<tr><td bgcolor="#990000" height="24" align="center"><font color="#FFFFFF">
<a href="/"><font color="#FFFFFF">首页</font></a> | <a href="/about.htm"><font color="#FFFFFF">同乡会简介</font></a> | <a href="/news.htm"><font color="#FFFFFF">会务动态</font></a> | <a href="{BOARD}"><font color="#FFFFFF">乡音留言板</font></a> | <a href="mailto:txh@qingyang-xiangyin-like.test"><font color="#FFFFFF">联系我们</font></a></font></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="6" align="center">
<tr>
<td width="200" valign="top" bgcolor="#F7F0E0">
<p><b>最新公告</b></p>
<p>·<a href="{BOARD}">2004年春节联谊会会长致辞已贴在留言板</a></p>
<p>·2004年助学报名开始，请与秘书处联系</p>
<p><b>留言板新帖</b></p>
<p>·<a href="/wwwboard/messages/110.html">{s4.title}</a></p>
<p>·<a href="/wwwboard/messages/101.html">{sub3}</a></p>
</td>
<td valign="top">
<p><b>欢迎光临青阳乡音网！</b></p>
<p>　　本网是旅京青阳同乡会的网上家园，为在京工作、学习、生活的青阳乡亲提供联络和交流的地方。有什么消息、有什么困难，欢迎到<a href="{BOARD}">乡音留言板</a>说一声。</p>
</td>
</tr>
</table>
<hr width="760" size="1">
<center><font size="2">版权所有 旅京青阳同乡会　建议使用800*600分辨率 IE5.0以上浏览<br>
您是第 <img src="/cgi-bin/counter.pl?df=index.dat" alt="计数器"> 位访客</font></center>
</body>
</html>
""")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\n")

    m = "/wwwboard/messages/"
    fam.doc([f"{m}101.html", f"{m}104.html"], s3, published_at="2003-10-13")
    fam.doc([f"{m}110.html"], s4, published_at="2004-01-27")
    fam.not_documents += ["/", BOARD, "/wwwboard/faq.html", f"{m}102.html", f"{m}104.html", f"{m}105.html", f"{m}111.html", f"{m}96.html"]
    fam.noise += ["分两次贴", "接上：", "（完）", "发表人：", "跟帖：", "发表跟帖", "同乡会秘书处整理", "****************************************", "看到十四块七毛那一段"]
    return fam
