"""县档案馆 / 史志办 site (谭源县档案史志网), a 2010-era ASP article system generating static `.html`
(NewAsp 新云-style `/Article/HTML/N.html`, `/Article/List_8.html` + `List_8_2.html`), GBK.

IIS sends `text/html` with no charset; gb2312 meta; table layout. The 史料选编 column prints old
speeches typed in from the archive's paper originals: one inside a `<pre>` block, the other as
`<br>`-broken lines in a `<td>`, both with hard line breaks every 30–40 characters and paragraphs
marked only by a full-width indent (`　　`) at the start of a line. Around the text: the original's
own heading and date lines (title, （一九七五年十一月二十六日）, speaker), the archive's 录入说明 and
档号 line, 作者 / 来源 / 录入时间 / 点击数 line (counter by script), 【发表评论】【告诉好友】【打印此文】
【关闭窗口】, 上一篇 / 下一篇. The listing's page 2 is not a document."""

from common import SPEECHES, Family

HOST = "www.tanyuan-szb.gov.test"
L1, L2 = "/Article/List_8.html", "/Article/List_8_2.html"
A1, A2 = "/Article/HTML/1356.html", "/Article/HTML/1412.html"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<link href="/Skin/default/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/Js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/default/top_banner.jpg" width="960" height="120" alt="谭源县档案史志网"></td></tr>
<tr><td class="menu" height="32">&nbsp;<a href="/">网站首页</a> | <a href="/Article/List_3.html">工作动态</a> | <a href="/Article/List_5.html">档案利用</a> | <a href="/Article/List_8.html">史料选编</a> | <a href="/Article/List_9.html">谭源年鉴</a> | <a href="/Article/List_11.html">县志资料</a> | <a href="/Article/List_12.html">政策法规</a> | <a href="/GuestBook/">在线留言</a></td></tr>
</table>
"""

FOOT = """<table width="960" border="0" align="center" cellpadding="6" cellspacing="0" class="foot">
<tr><td align="center">谭源县档案馆（县地方志办公室）版权所有　地址：谭源县人民路28号县行政中心四楼　电话：0745-862xxxx<br>
<a href="http://www.miibeian.gov.cn" target="_blank">湘ICP备09012345号</a>　建议使用IE6.0以上浏览器、1024×768分辨率浏览本站</td></tr>
</table>
<script language="javascript" src="/Js/count.asp?style=0"></script>
</body>
</html>
"""


def wrap(paras, width):
    """The typist's lines: a full-width indent starts each paragraph, a hard break every `width` chars."""
    out = []
    for p in paras:
        t = "　　" + p
        out += [t[i : i + width] for i in range(0, len(t), width)]
    return out


def article(s, head_lines, note_lines, text_html, clicks_id, prev, nxt):
    return HEAD.replace("@@TITLE@@", f"{s.title}--谭源县档案史志网") + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="guide" height="28">您现在的位置： <a href="/">谭源县档案史志网</a> &gt;&gt; <a href="{L1}">史料选编</a> &gt;&gt; 正文</td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="8" cellspacing="0" class="border">
<tr><td align="center" class="title"><font size="4"><b>{s.title}</b></font></td></tr>
<tr><td align="center" class="info">作者：{head_lines[0]}　来源：县档案馆馆藏　录入时间：{head_lines[1]}　点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={clicks_id}"></script></td></tr>
<tr><td class="content">
{text_html}
</td></tr>
<tr><td align="right">【<a href="/Article/Comment.asp?ArticleID={clicks_id}" target="_blank">发表评论</a>】【<a href="/Article/SendMail.asp?ArticleID={clicks_id}" target="_blank">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID={clicks_id}" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td>上一篇：{prev}<br>下一篇：{nxt}</td></tr>
</table>
</td></tr></table>
""" + FOOT


def listing(items, cur):
    rows = "\n".join(f'<tr><td width="20">·</td><td><a href="{u}" target="_blank">{t}</a></td><td width="90" align="right">{d}</td></tr>' for u, t, d in items)
    pager = (
        f'共 5 篇文章　首页 上一页 <a href="{L2}">下一页</a> <a href="{L2}">尾页</a>　页次：<b>1</b>/2页　3篇文章/页'
        if cur == 1
        else f'共 5 篇文章　<a href="{L1}">首页</a> <a href="{L1}">上一页</a> 下一页 尾页　页次：<b>2</b>/2页　3篇文章/页'
    )
    return HEAD.replace("@@TITLE@@", "史料选编--谭源县档案史志网") + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="guide" height="28">您现在的位置： <a href="/">谭源县档案史志网</a> &gt;&gt; 史料选编</td></tr>
<tr><td><table width="100%" border="0" cellpadding="4" cellspacing="0" class="list">
{rows}
</table></td></tr>
<tr><td align="center" class="pager">{pager}</td></tr>
</table>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "县档案馆/史志办 site, 2010-era ASP article system (NewAsp-style static .html), old speeches in <pre> / <br> lines with hard breaks", encoding="gbk", content_type="text/html")
    s1, s2 = SPEECHES["f56b-3"], SPEECHES["f56b-6"]
    pre_lines = ["　　　　　　在全县农业学大寨会议上的讲话", "　　　　　　（一九七五年十一月二十六日）", "　　　　　　　　县委书记　王振邦", ""]
    pre_lines += wrap(s1.paras, 33)
    pre_lines += ["", "（根据县档案馆馆藏油印件录入，文字未作改动。档号：12-1-47）"]
    text1 = '<pre style="font-size:14px;line-height:24px;font-family:宋体">\n' + "\n".join(pre_lines) + "\n</pre>"
    br_lines = ["　　　　　　　　　在全县水利工作会议上的讲话", "　　　　　　　　　（一九八一年三月五日）", "　　　　　　　　　　副县长　黄德昌", ""]
    br_lines += wrap(s2.paras, 37)
    br_lines += ["", "　　（说明：本文据县水利局移交档案录入，原件为铅印本。录入：史志办　周丽）"]
    text2 = "<font style=\"font-size:14px;line-height:200%\">" + "<br>\n".join(br_lines) + "<br>\n</font>"
    fam.put(A1, article(s1, ["县档案馆", "2019-3-12 9:41:27"], [], text1, 1356, "没有了", f'<a href="{A2}">{s2.title}</a>'))
    fam.put(A2, article(s2, ["县史志办", "2019-5-20 15:06:52"], [], text2, 1412, f'<a href="{A1}">{s1.title}</a>', '<a href="/Article/HTML/1433.html">谭源县一九五八年大炼钢铁运动始末</a>'))
    fam.doc([A1], s1)
    fam.doc([A2], s2)
    fam.put(L1, listing([("/Article/HTML/1433.html", "谭源县一九五八年大炼钢铁运动始末", "2019-6-3"), (A2, s2.title, "2019-5-20"), ("/Article/HTML/1390.html", "建国初期谭源县土地改革概况", "2019-4-11")], 1))
    fam.put(L2, listing([(A1, s1.title, "2019-3-12"), ("/Article/HTML/1301.html", "谭源县行政区划沿革（1949—1985）", "2018-12-7")], 2))
    home = HEAD.replace("@@TITLE@@", "谭源县档案史志网") + f"""<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td width="50%" valign="top"><table width="100%" class="box"><tr><td class="box_t">工作动态</td></tr>
<tr><td>·<a href="/Article/HTML/1440.html">县档案馆开展“国际档案日”宣传活动</a></td></tr></table></td>
<td width="50%" valign="top"><table width="100%" class="box"><tr><td class="box_t">史料选编　<a href="{L1}">更多&gt;&gt;</a></td></tr>
<tr><td>·<a href="/Article/HTML/1433.html">谭源县一九五八年大炼钢铁运动始末</a><br>·<a href="{A2}">{s2.title}</a><br>·<a href="/Article/HTML/1390.html">建国初期谭源县土地改革概况</a></td></tr></table></td></tr>
<tr><td colspan="2" align="center"><img src="/Skin/default/dayin.gif" alt="档案查询 请带好身份证件"></td></tr>
</table>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /Inc/\n", encoding="ascii")
    fam.not_documents += ["/", L1, L2]
    fam.noise += ["录入时间：", "点击数：", "档号：12-1-47", "告诉好友", "打印此文", "湘ICP备", "原件为铅印本", "县委书记　王振邦"]
    return fam
