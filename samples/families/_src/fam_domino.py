"""A city central sub-branch of the central bank on IBM Lotus Domino 8.5 (charset GB2312, GBK bytes):
every page a Domino URL under `/web/site.nsf/`: the home page `index?OpenPage`, the 领导讲话 view
`ldjh?OpenView` (a `$$ViewTemplate` form around the view printed as Domino's own HTML table, the
`@DbCommand("Domino"; "ViewNextPage")` hotspot printed as a plain `&Start=31` link), documents at
`ldjh/<32-hex UNID>?OpenDocument`: the `_domino_target` / `_doClick` script Domino puts in every head,
`<form action="">` with the `__Click` hidden input, the form's hidden fields (`<input name="…"
type="hidden">`), the rich-text body as Domino prints it (`<font size="2" face="宋体">` runs and
`<br>` line ends, centred `<div align="center">` title, byline and date lines), 【打印】【关闭】,
相关链接 and the footer (主办, 京ICP备, 技术支持)."""

from common import SPEECHES, Family

HOST = "www.qinzhou-pbc.test"
SITE = "中国人民银行沁州市中心支行"
DB = "/web/site.nsf"

DOMINO_SCRIPT = """<script language="JavaScript" type="text/javascript">
<!-- 
document._domino_target = "_self";
function _doClick(v, o, t) {
  var returnValue = false;
  var url="@@URL@@&Click=" + v;
  if (o.href != null) {
    o.href = url;
    returnValue = true;
  } else {
    if (t == null)
      t = document._domino_target;
    window.open(url, t);
  }
  return returnValue;
}
// -->
</script>"""

# (speech, UNID, 发布日期 field, 作者/来源, byline, 点击)
DOCS = [
    (SPEECHES["g37c-d1"], "48257879001E5C2A4825787900163B21", "2011-04-22", "办公室", "行长　李振华", 1533),
    (SPEECHES["g37c-d2"], "4825784C0031D7F04825784C002E9A15", "2011-03-09", "反洗钱科", "副行长　周建平", 1217),
]
OTHER = [
    ("48257961002A1E3C4825796100279B42", "在全市金融统计数据质量工作会议上的讲话", "2011-12-05"),
    ("482579270025F4A14825792700232D07", "在全市征信系统建设推进会上的讲话", "2011-10-08"),
    ("482578FD003B66E8482578FD00384C19", "在全市国库工作会议上的讲话", "2011-08-26"),
    ("482578C6001F3B0D482578C6001C7A55", "在全行庆祝建党90周年表彰大会上的讲话", "2011-07-01"),
    ("482578A2002F66B1482578A2002C8E30", "在全市货币信贷政策传导座谈会上的讲话", "2011-05-26"),
]
OLDER = [
    ("482578280036E1C548257828003370A2", "在全市人民银行系统2011年工作会议上的讲话", "2011-01-25"),
    ("482577F60029A5B7482577F60026D3E4", "在全市支付结算工作会议上的讲话", "2010-12-07"),
    ("482577B10027C0F9482577B100251A63", "在全市金融系统“小金库”专项治理工作会议上的讲话", "2010-09-29"),
    ("4825776A00315B8E4825776A002EF7C0", "在全市农村金融服务工作座谈会上的讲话", "2010-07-20"),
]


def doc_url(unid):
    return f"{DB}/ldjh/{unid}?OpenDocument"


def head(title, self_url, extra=""):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<title>{title}</title>
<link rel="stylesheet" href="{DB}/css/main.css" type="text/css">
<script language="JavaScript" src="{DB}/js/common.js"></script>
{DOMINO_SCRIPT.replace('@@URL@@', self_url)}
</head>
<body text="#000000" bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">

<form action=""><input type="hidden" name="__Click" value="0">{extra}
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr valign="top"><td width="778"><img src="{DB}/banner.jpg?OpenImageResource" width="778" height="110" alt="{SITE}"></td></tr>
</table>
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#9E0B0E">
<tr valign="middle" height="30">
<td align="center"><a href="{DB}/index?OpenPage"><font size="2" color="#FFFFFF"><b>首　页</b></font></a></td>
<td align="center"><a href="{DB}/jgjj?OpenView"><font size="2" color="#FFFFFF"><b>机构简介</b></font></a></td>
<td align="center"><a href="{DB}/gzdt?OpenView"><font size="2" color="#FFFFFF"><b>工作动态</b></font></a></td>
<td align="center"><a href="{DB}/ldjh?OpenView"><font size="2" color="#FFFFFF"><b>领导讲话</b></font></a></td>
<td align="center"><a href="{DB}/zcfg?OpenView"><font size="2" color="#FFFFFF"><b>政策法规</b></font></a></td>
<td align="center"><a href="{DB}/jrtj?OpenView"><font size="2" color="#FFFFFF"><b>金融统计</b></font></a></td>
<td align="center"><a href="{DB}/fxq?OpenView"><font size="2" color="#FFFFFF"><b>反洗钱</b></font></a></td>
<td align="center"><a href="{DB}/bszn?OpenView"><font size="2" color="#FFFFFF"><b>办事指南</b></font></a></td>
</tr>
</table>
"""


FOOT = f"""<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="8"></td></tr>
<tr><td bgcolor="#9E0B0E" height="3"></td></tr>
<tr><td align="center"><font size="2" color="#333333"><br>
<a href="{DB}/lxwm?OpenPage"><font color="#333333">联系我们</font></a> | <a href="{DB}/wzdt?OpenPage"><font color="#333333">网站地图</font></a> | <a href="{DB}/mzsm?OpenPage"><font color="#333333">免责声明</font></a><br>
主办：{SITE}　地址：沁州市人民路88号　邮编：534000<br>
电话：0777-2823456　传真：0777-2823400　桂ICP备05004218号<br>
建议使用IE6.0以上浏览器，1024*768分辨率浏览<br>
技术支持：沁州市中心支行科技科<br><br></font></td></tr>
</table>
</form>
</body>
</html>
"""


def home():
    url = f"{DB}/index?OpenPage"
    rows = "".join(
        f'<tr><td width="12"><img src="{DB}/dot.gif?OpenImageResource" width="5" height="5"></td>'
        f'<td><font size="2"><a href="{doc_url(u)}" target="_blank">{t}</a></font></td>'
        f'<td width="80" align="right"><font size="2" color="#666666">{d}</font></td></tr>\n'
        for u, t, d in [(x[1], x[0].title, x[2]) for x in DOCS[:1]] + OTHER[:4]
    )
    news = "".join(
        f'<tr><td width="12"><img src="{DB}/dot.gif?OpenImageResource" width="5" height="5"></td>'
        f'<td><font size="2"><a href="{DB}/gzdt/{u}?OpenDocument" target="_blank">{t}</a></font></td>'
        f'<td width="80" align="right"><font size="2" color="#666666">{d}</font></td></tr>\n'
        for u, t, d in [
            ("482579630024B1E5482579630022F071", "我支行召开2011年度民主生活会", "2011-12-07"),
            ("4825795C003068AA4825795C002D4A19", "沁州市开展“金融知识进万家”宣传活动", "2011-11-30"),
            ("48257952001DE3F748257952001B5C80", "我市小企业贷款增速连续三个季度高于各项贷款平均增速", "2011-11-20"),
        ]
    )
    return head(SITE, url) + f"""<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr valign="top">
<td width="380">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="3" background="{DB}/titlebg.gif?OpenImageResource" height="26"><font size="2" color="#9E0B0E"><b>工作动态</b></font></td></tr>
{news}<tr><td colspan="3" align="right"><a href="{DB}/gzdt?OpenView"><font size="2">更多&gt;&gt;</font></a></td></tr>
</table>
</td>
<td width="18"></td>
<td width="380">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="3" background="{DB}/titlebg.gif?OpenImageResource" height="26"><font size="2" color="#9E0B0E"><b>领导讲话</b></font></td></tr>
{rows}<tr><td colspan="3" align="right"><a href="{DB}/ldjh?OpenView"><font size="2">更多&gt;&gt;</font></a></td></tr>
</table>
</td>
</tr>
</table>
""" + FOOT


def view_page(start):
    url = f"{DB}/ldjh?OpenView" + ("" if start == 1 else f"&Start={start}")
    if start == 1:
        entries = OTHER + [(DOCS[0][1], DOCS[0][0].title, DOCS[0][2])]
    else:
        entries = [(DOCS[1][1], DOCS[1][0].title, DOCS[1][2])] + OLDER
    # Domino prints the view itself: its own table, one row per document, columns in <font size="2">
    rows = "".join(
        f'<tr valign="top"><td><img src="/icons/ecblank.gif" border="0" height="1" width="16" alt=""></td>'
        f'<td><font size="2"><a href="{DB}/ldjh/{u}?OpenDocument">{t}</a></font></td>'
        f'<td nowrap><font size="2">{d}</font></td></tr>\n'
        for u, t, d in entries
    )
    pager = (
        f'<a href="{DB}/ldjh?OpenView&amp;Start=6"><font size="2">下一页</font></a>'
        if start == 1
        else f'<a href="{DB}/ldjh?OpenView&amp;Start=1"><font size="2">上一页</font></a>'
    )
    return head(f"{SITE}-领导讲话", url) + f"""<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr valign="top"><td width="180" bgcolor="#F5F0E6">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#C8A063"><font size="2" color="#FFFFFF"><b>栏目导航</b></font></td></tr>
<tr><td><font size="2"><a href="{DB}/ldjh?OpenView">领导讲话</a></font></td></tr>
<tr><td><font size="2"><a href="{DB}/gzdt?OpenView">工作动态</a></font></td></tr>
<tr><td><font size="2"><a href="{DB}/tzgg?OpenView">通知公告</a></font></td></tr>
</table>
</td>
<td width="18"></td>
<td width="580">
<font size="2">当前位置：<a href="{DB}/index?OpenPage">首页</a> &gt; 领导讲话</font><br><br>
<table border="0" cellpadding="2" cellspacing="0">
<tr><th></th><th nowrap align="left"><b><font size="2">标题</font></b></th><th nowrap align="left"><b><font size="2">发布日期</font></b></th></tr>
{rows}</table>
<br>
<div align="center">{pager}</div>
</td></tr>
</table>
""" + FOOT


def body_html(paras):
    # a rich-text field: each paragraph a run of <font> and a <br> line end, the Notes client's
    # two-space indent printed as full-width spaces
    return "\n".join(f'<font size="2" face="宋体">　　{p}</font><br>\n<br>' for p in paras)


def doc_page(i):
    speech, unid, date, dept, byline, hits = DOCS[i]
    url = doc_url(unid)
    title = speech.title
    hidden = (
        f'\n<input name="DocTitle" type="hidden" value="{title}">'
        f'\n<input name="PubDate" type="hidden" value="{date}">'
        f'\n<input name="Dept" type="hidden" value="{dept}">'
        f'\n<input name="Category" type="hidden" value="领导讲话">'
        f'\n<input name="DocID" type="hidden" value="{unid}">'
    )
    other = DOCS[1 - i]
    related = "".join(
        f'<font size="2">·<a href="{doc_url(u)}">{t}</a></font><br>\n'
        for u, t in [(other[1], other[0].title), (OTHER[1][0], OTHER[1][1]), (OTHER[4][0], OTHER[4][1])]
    )
    return head(f"{title}", url, hidden) + f"""<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="28"><font size="2">当前位置：<a href="{DB}/index?OpenPage">首页</a> &gt; <a href="{DB}/ldjh?OpenView">领导讲话</a></font></td></tr>
</table>
<table width="778" border="0" cellspacing="0" cellpadding="10" align="center" bgcolor="#FFFFFF" style="border:1px solid #D8C8A8">
<tr><td>
<div align="center"><b><font size="4" color="#9E0B0E">{title}</font></b></div>
<div align="center"><font size="2" color="#666666">发布日期：{date}　　来源：{dept}　　点击：{hits}次</font></div>
<hr width="100%" size="1" color="#D8C8A8">
<div align="center"><font size="2" face="宋体">{byline}</font></div>
<div align="center"><font size="2" face="宋体">（{int(date[:4])}年{int(date[5:7])}月{int(date[8:])}日）</font></div>
<br>
{body_html(speech.paras)}
<div align="right"><font size="2">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</font></div>
<hr width="100%" size="1" color="#D8C8A8">
<font size="2" color="#9E0B0E"><b>相关链接：</b></font><br>
{related}</td></tr>
</table>
""" + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "central bank city sub-branch site on IBM Lotus Domino 8.5 (OpenView / OpenDocument, GB2312)",
        encoding="gbk",
        content_type="text/html; charset=GB2312",
    )
    fam.put("/", f"""<html>
<head>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<meta http-equiv="refresh" content="0;url={DB}/index?OpenPage">
<title>{SITE}</title>
</head>
<body>
<a href="{DB}/index?OpenPage">{SITE}</a>
</body>
</html>
""")
    fam.route(f"{DB}/index?OpenPage", "web/index.html", home())
    fam.route(f"{DB}/ldjh?OpenView", "web/ldjh_1.html", view_page(1))
    fam.route(f"{DB}/ldjh?OpenView&Start=6", "web/ldjh_6.html", view_page(6))
    fam.route(f"{DB}/ldjh?OpenView&Start=1", "web/ldjh_1b.html", view_page(1))
    fam.not_documents += [
        "/",
        f"{DB}/index?OpenPage",
        f"{DB}/ldjh?OpenView",
        f"{DB}/ldjh?OpenView&Start=6",
    ]
    for i, (speech, unid, date, *_r) in enumerate(DOCS):
        fam.route(doc_url(unid), f"web/ldjh/{unid}.html", doc_page(i))
        fam.doc([doc_url(unid)], speech, published_at=date)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /names.nsf\nDisallow: /log.nsf\n", "ascii")
    fam.noise += [
        "当前位置：",
        "发布日期：",
        "点击：",
        "打印",
        "关闭",
        "相关链接：",
        "行长　李振华",
        "副行长　周建平",
        "桂ICP备05004218号",
        "技术支持：",
        "栏目导航",
        "下一页",
    ]
    fam.note = (
        "Domino URLs as query routes (`index?OpenPage`, `ldjh?OpenView[&Start=6]`, "
        "`ldjh/<UNID>?OpenDocument`); `/` is a meta-refresh to the home page; the older speech is on the "
        "view's second page only; each document opens with centred byline and date lines (not in the text)"
    )
    return fam
