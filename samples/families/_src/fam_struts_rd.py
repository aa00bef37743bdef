"""A 市人大常委会 site (岚山人大网) on a 2008-era Struts 1 application (Tomcat, JSP, GBK): every page is
an action (`/portal/infoAction.do?method=…`, DispatchAction style), the pages carry the `<base href>`
Struts' `<html:base/>` prints (the JSP's own address), a table layout with `<img>` spacer cells;
home `/` (index.jsp welcome page) → column list `infoAction.do?method=listInfo&columnId=105`
(`共 N 条记录 第 1/2 页`, page 2 at `&pageNo=2`, a 转到 select) → articles
`infoAction.do?method=viewInfo&infoId=N`: `td.articleTitle`, the info row (来源 / 作者 / 发布时间 /
点击数 from a `.do` script), 【字号：大 中 小】, the text in `td#zoom` as `<p>　　…</p>`; one speech
cut by the editor's page break into `…&page=2` (`共2页 [1] [2] 上一页 下一页`), its own speaker and
date lines on page 1; 【关闭窗口】【打印】; 相关文章; footer with the resolution hint and ICP.
A 会议闭幕 news item on the same list is not a document."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.lsrd.gov.test"
SITE = "岚山人大网"
ACT = "/portal/infoAction.do"

HEAD = """


<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<base href="http://www.lsrd.gov.test/portal/jsp/@@JSP@@">
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<meta http-equiv="pragma" content="no-cache">
<meta http-equiv="cache-control" content="no-cache">
<meta http-equiv="expires" content="0">
<title>@@TITLE@@</title>
<link href="/portal/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/portal/js/common.js"></script>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/portal/images/banner.jpg" width="980" height="150" alt="岚山人大网"></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
  <tr>
    <td height="36" align="center"><a href="/">首　页</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=101">人大要闻</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=105">领导讲话</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=110">常委会会议</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=120">立法工作</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=130">监督工作</a></td>
    <td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=140">代表工作</a></td>
    <td align="center"><a href="/portal/guestbookAction.do?method=list">代表留言</a></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" class="date">&nbsp;&nbsp;今天是：<script language="javascript">showDate();</script></td>
  <td align="right"><form name="searchForm" method="post" action="/portal/searchAction.do?method=search" style="margin:0">站内搜索：<input type="text" name="keyword" size="16"> <input type="submit" value="搜索"></form></td></tr>
</table>
"""

FOOT = """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td height="6"><img src="/portal/images/spacer.gif" width="1" height="6"></td></tr>
  <tr><td align="center" height="24"><a href="/portal/infoAction.do?method=viewInfo&amp;infoId=12">关于我们</a> | <a href="/portal/infoAction.do?method=viewInfo&amp;infoId=13">联系方式</a> | <a href="/portal/siteMap.do">网站地图</a></td></tr>
  <tr><td align="center" height="24">主办：岚山市人大常委会办公室　承办：岚山市人大常委会信息中心　地址：岚山市府前路1号</td></tr>
  <tr><td align="center" height="24">版权所有 &copy; 岚山人大网　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备09001234号</a>　建议使用1024×768分辨率 IE6.0以上浏览器浏览</td></tr>
</table>
</body>
</html>
"""

ARTICLES = [
    {
        "speech": SPEECHES["f53b-5"],
        "id": 8634,
        "date": "2024-08-30",
        "source": "市人大常委会办公室",
        "author": "研究室",
        "hits": 1542,
        "parts": 2,
        "lines": ("市人大常委会主任　吴建华", "（2024年8月30日）"),
    },
    {
        "speech": SPEECHES["f53b-6"],
        "id": 8102,
        "date": "2024-04-18",
        "source": "选举联络人事任免工作委员会",
        "author": "钟小蕾",
        "hits": 976,
        "parts": 1,
        "lines": None,
    },
]

NEWS = {
    "id": 8636,
    "title": "市十七届人大常委会第二十一次会议闭幕",
    "date": "2024-08-30",
    "paras": [
        "8月30日上午，市十七届人大常委会第二十一次会议在市人大常委会会议厅闭幕。市人大常委会主任吴建华主持会议并讲话。",
        "会议表决通过了市城市绿化条例、市养犬管理条例修正案，审议了市人民政府关于2023年度市级决算和上半年预算执行情况的报告、关于国有资产管理情况的综合报告，表决通过了有关人事任免事项。",
        "吴建华在讲话中要求，要依法做好财政经济监督工作，抓好新通过法规的贯彻实施，扎实做好下一阶段重点工作。",
        "市人大常委会副主任、秘书长出席会议。市人民政府、市监察委员会、市中级人民法院、市人民检察院有关负责同志列席会议。",
    ],
}

OTHERS = [
    (8577, "在市人大常委会党组理论学习中心组学习会上的发言", "2024-08-12"),
    (8421, "在全市人大系统执法检查工作培训会上的讲话", "2024-06-27"),
    (8290, "在市人大常委会机关作风建设大会上的讲话", "2024-05-24"),
    (7965, "在市十七届人大四次会议闭幕会上的讲话", "2024-01-19"),
    (7911, "在市十七届人大四次会议预备会议上的讲话", "2024-01-16"),
    (7756, "在市人大常委会2023年工作总结会上的讲话", "2023-12-28"),
    (7620, "在市人大常委会第十五次会议闭幕时的讲话", "2023-12-20"),
    (7455, "在全市人大代表培训班开班式上的讲话", "2023-10-26"),
    (7318, "在市人大常委会第十三次会议闭幕时的讲话", "2023-08-29"),
    (7199, "在全市乡镇人大工作经验交流会上的讲话", "2023-07-06"),
]


def view(info_id, page=1):
    return f"{ACT}?method=viewInfo&infoId={info_id}" + (f"&page={page}" if page > 1 else "")


def listurl(n=1):
    return f"{ACT}?method=listInfo&columnId=105" + (f"&pageNo={n}" if n > 1 else "")


def esc(url):
    return url.replace("&", "&amp;")


def side():
    return """<td width="220" valign="top" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="sidetitle">栏目导航</td></tr>
  <tr><td class="sidelink"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=101">人大要闻</a></td></tr>
  <tr><td class="sidelink"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=105">领导讲话</a></td></tr>
  <tr><td class="sidelink"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=110">常委会会议</a></td></tr>
  <tr><td class="sidelink"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=140">代表工作</a></td></tr>
  <tr><td height="10"><img src="/portal/images/spacer.gif" width="1" height="10"></td></tr>
  <tr><td><a href="http://www.npc.gov.test/" target="_blank"><img src="/portal/images/link_npc.gif" width="210" height="60" alt="中国人大网" border="0"></a></td></tr>
</table>
</td>"""


def article_page(a, n, runs, related):
    s = a["speech"]
    ps = []
    if n == 1 and a["lines"]:
        ps.append(f'<p align="center"><font face="楷体_GB2312" size="4">{a["lines"][0]}</font></p>')
        ps.append(f'<p align="center"><font face="楷体_GB2312" size="4">{a["lines"][1]}</font></p>')
    ps += [f"<p>　　{p}</p>" for p in runs[n - 1]]
    pager = ""
    if a["parts"] > 1:
        links = " ".join(f"[{k}]" if k == n else f'<a href="{esc(view(a["id"], k))}">[{k}]</a>' for k in range(1, a["parts"] + 1))
        prevl = f'<a href="{esc(view(a["id"], n - 1))}">上一页</a>' if n > 1 else "上一页"
        nextl = f'<a href="{esc(view(a["id"], n + 1))}">下一页</a>' if n < a["parts"] else "下一页"
        pager = f'<tr><td align="center" class="pagebar" height="30">共{a["parts"]}页　{links}　{prevl}　{nextl}</td></tr>'
    rel = "\n".join(
        f'  <tr><td height="22">·<a href="{esc(view(i))}" target="_blank">{t}</a>　<font color="#999999">({d})</font></td></tr>'
        for i, t, d in related
    )
    page = HEAD + """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
@@SIDE@@
<td width="10"><img src="/portal/images/spacer.gif" width="10" height="1"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="position" height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="@@LIST@@">领导讲话</a> &gt;&gt; 正文</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
  <tr><td class="articleTitle" align="center" height="60"><font size="5" color="#B50000"><b>@@TITLE@@</b></font></td></tr>
  <tr><td align="center" class="articleInfo" height="28" bgcolor="#F5F5F5">来源：@@SOURCE@@　　作者：@@AUTHOR@@　　发布时间：@@DATE@@　　点击数：<script language="javascript" src="/portal/infoAction.do?method=hits&amp;infoId=@@ID@@"></script>@@HITS@@　　【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
  <tr><td height="10"><img src="/portal/images/spacer.gif" width="1" height="10"></td></tr>
  <tr><td id="zoom" class="content" style="font-size:14px;line-height:200%">
@@BODY@@
  </td></tr>
@@PAGER@@
  <tr><td align="right" height="40">【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:window.print()">打印</a>】</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="related">
  <tr><td class="sidetitle">相关文章</td></tr>
@@REL@@
</table>
</td>
</tr>
</table>
""" + FOOT
    return render(
        page,
        JSP="info/infoView.jsp",
        TITLE=f"{s.title} - {SITE}",
        SIDE=side(),
        LIST=esc(listurl()),
        SOURCE=a["source"],
        AUTHOR=a["author"],
        DATE=a["date"],
        ID=a["id"],
        HITS="",
        BODY="\n".join(ps),
        PAGER=pager,
        REL=rel,
    )


def news_page():
    n = NEWS
    fake = {"speech": type("S", (), {"title": n["title"], "paras": n["paras"]})(), "id": n["id"], "date": n["date"],
            "source": "市人大常委会办公室", "author": "刘思源", "hits": 633, "parts": 1, "lines": None}
    page = article_page(fake, 1, [n["paras"]], [(ARTICLES[0]["id"], ARTICLES[0]["speech"].title, ARTICLES[0]["date"])])
    return page.replace("&gt;&gt; <a href=\"" + esc(listurl()) + "\">领导讲话</a>", "&gt;&gt; <a href=\"/portal/infoAction.do?method=listInfo&amp;columnId=101\">人大要闻</a>")


def list_page(n, rows, total):
    trs = "\n".join(
        f'  <tr><td height="26" class="listrow"><img src="/portal/images/dot.gif" width="5" height="5">&nbsp;<a href="{esc(view(i))}" target="_blank" title="{t}">{t}</a></td><td width="90" align="center" class="listdate">{d}</td></tr>'
        for i, t, d in rows
    )
    pages = (total + 9) // 10
    if n == 1:
        nav = f'首页 上一页 <a href="{esc(listurl(2))}">下一页</a> <a href="{esc(listurl(2))}">尾页</a>'
    else:
        nav = f'<a href="{esc(listurl(1))}">首页</a> <a href="{esc(listurl(1))}">上一页</a> 下一页 尾页'
    opts = "".join(f'<option value="{k}"' + (" selected" if k == n else "") + f">第{k}页</option>" for k in range(1, pages + 1))
    page = HEAD + """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
@@SIDE@@
<td width="10"><img src="/portal/images/spacer.gif" width="10" height="1"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="position" height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; 领导讲话</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">
@@ROWS@@
</table>
<form name="pageForm" method="get" action="/portal/infoAction.do" style="margin:0">
<input type="hidden" name="method" value="listInfo"><input type="hidden" name="columnId" value="105">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" height="36" class="pagebar">共 @@TOTAL@@ 条记录　第 @@N@@/@@PAGES@@ 页　@@NAV@@　转到 <select name="pageNo" onchange="document.pageForm.submit()">@@OPTS@@</select></td></tr></table>
</form>
</td>
</tr>
</table>
""" + FOOT
    return render(page, JSP="info/infoList.jsp", TITLE=f"领导讲话 - {SITE}", SIDE=side(), ROWS=trs, TOTAL=total, N=n, PAGES=pages, NAV=nav, OPTS=opts)


def home():
    a5, a6 = ARTICLES
    news = [(NEWS["id"], NEWS["title"], NEWS["date"]), (8601, "市人大常委会开展城市绿化条例立法调研", "2024-08-20"), (8544, "市人大常委会召开第四十二次主任会议", "2024-08-08")]
    speeches = [(a5["id"], a5["speech"].title, a5["date"])] + OTHERS[:3]
    row = lambda items: "\n".join(
        f'  <tr><td height="24">·<a href="{esc(view(i))}" target="_blank" title="{t}">{t}</a></td><td width="80" align="right"><font color="#999999">{d[5:]}</font></td></tr>'
        for i, t, d in items
    )
    page = HEAD + """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="485" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
  <tr><td class="boxtitle">人大要闻</td><td class="boxmore" align="right"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=101">更多&gt;&gt;</a></td></tr>
@@NEWS@@
</table>
</td>
<td width="10"><img src="/portal/images/spacer.gif" width="10" height="1"></td>
<td width="485" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
  <tr><td class="boxtitle">领导讲话</td><td class="boxmore" align="right"><a href="@@LIST@@">更多&gt;&gt;</a></td></tr>
@@SPEECH@@
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><a href="/portal/infoAction.do?method=listInfo&amp;columnId=140"><img src="/portal/images/banner_dbgz.jpg" width="980" height="80" border="0" alt="代表工作专题"></a></td></tr>
</table>
""" + FOOT
    return render(page, JSP="index.jsp", TITLE=f"{SITE} - 岚山市人民代表大会常务委员会", NEWS=row(news), LIST=esc(listurl()), SPEECH=row(speeches))


def build() -> Family:
    fam = Family(
        HOST,
        "市人大常委会 site on a Struts 1 application (.do?method= DispatchAction URLs, html:base, table layout), GBK",
        encoding="gbk",
        content_type="text/html;charset=GBK",
    )
    fam.put("/", home())
    rows = sorted(
        [(a["id"], a["speech"].title, a["date"]) for a in ARTICLES] + OTHERS,
        key=lambda r: r[2],
        reverse=True,
    )
    assert len(rows) == 12
    fam.route(listurl(1), "/portal/list_105_1.html", list_page(1, rows[:10], len(rows)))
    fam.route(listurl(2), "/portal/list_105_2.html", list_page(2, rows[10:], len(rows)))
    fam.not_documents += ["/", listurl(1), listurl(2)]
    for a in ARTICLES:
        runs = split_paras(a["speech"].paras, a["parts"])
        related = [r for r in rows if r[0] != a["id"]][:4]
        pages = [view(a["id"], k) for k in range(1, a["parts"] + 1)]
        for k, url in enumerate(pages, 1):
            suffix = "" if k == 1 else f"_p{k}"
            fam.route(url, f"/portal/info_{a['id']}{suffix}.html", article_page(a, k, runs, related))
        fam.not_documents += pages[1:]
        fam.doc(pages, a["speech"], published_at=a["date"])
    fam.route(view(NEWS["id"]), f"/portal/info_{NEWS['id']}.html", news_page())
    fam.not_documents.append(view(NEWS["id"]))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /portal/searchAction.do\n", "ascii")
    fam.noise += [
        "来源：",
        "作者：",
        "发布时间：",
        "点击数：",
        "市人大常委会主任　吴建华",
        "【字号：",
        "关闭窗口",
        "相关文章",
        "赣ICP备09001234号",
        "建议使用1024×768分辨率",
        "共2页",
    ]
    fam.note = (
        "Struts 1 action URLs, all query routes: list `infoAction.do?method=listInfo&columnId=105` (+ `&pageNo=2`), "
        "articles `infoAction.do?method=viewInfo&infoId=N`; the 闭幕时的讲话 runs over `…&page=2` (a continuation). "
        "Its page 1 opens with the speaker and date lines (furniture); the 会议闭幕 news report (`infoId=8636`) "
        "is not a document. `<base href>` names the JSP (links are absolute paths, so it changes nothing). "
        "`published_at` is the 发布时间."
    )
    return fam
