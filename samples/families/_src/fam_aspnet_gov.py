"""A county department's government site on a legacy ASP.NET 2.0 WebForms CMS (GB2312 declared,
GBK bytes): the master page's `aspnetForm` with `__VIEWSTATE` / `__EVENTVALIDATION` hidden inputs,
nested `<table>` layout with `<td class="…">` cells and `<font>` tags; lists at
`NewsList.aspx?ClassID=N&page=P` (AspNetPager in URL mode: 首页 上一页 1 2 下一页 尾页), articles at
`ArticleShow.aspx?ArticleID=N` with the 发布时间/来源/作者/点击数 row in one cell, `&nbsp;` indents and
`<br />` paragraphs (one speech) or an IE-era Word paste (`<P class=MsoNormal>`, `<o:p>`) opened by
its own centred title, byline and date lines (the other); a 2-page speech continued at `&page=2`
through 【第1页】【第2页】 links; 【打印本页】【关闭窗口】, 上一篇/下一篇."""

from common import SPEECHES, Family, split_paras

HOST = "nyj.songhe.gov.test"
SITE = "松河县农业农村局"

VIEWSTATE = (
    "/wEPDwUKLTM0NjE4NzQ1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUP5p2+5rKz5Y6/5Yac5Lia5Yac5p2R5bGAZGQCBQ9k"
    "FgQCAQ8PFgIfAAUM6aKG5a+86K6y6K+dZGQCAw8WAh4LXyFJdGVtQ291bnQCD2QWHmYPZBYCZg8VAwQxMjQz"
)
EVENTVALIDATION = "/wEWBAKMu5yDBQLN2p3TCQKO8bGlDwKR7t2hCp4m5hS0vVtZ1fB7d0i3J9QZqkXc"

NAV = [
    ("/", "首　页"),
    ("NewsList.aspx?ClassID=1", "机构概况"),
    ("NewsList.aspx?ClassID=2", "工作动态"),
    ("NewsList.aspx?ClassID=5", "领导讲话"),
    ("NewsList.aspx?ClassID=3", "通知公告"),
    ("NewsList.aspx?ClassID=4", "政策法规"),
    ("NewsList.aspx?ClassID=6", "办事指南"),
    ("http://www.songhe.gov.test/", "县政府网"),
]

# (speech, ArticleID, 发布时间 as the CMS prints it, 来源, 作者, 点击数, pages, Word paste?)
ARTICLES = [
    (SPEECHES["NY1"], 1187, "2024-3-26 9:15:32", "县农业农村局办公室", "王喆", 1268, 2, False),
    (SPEECHES["NY2"], 1243, "2024-5-14 16:42:08", "县农经站", "陈昇", 873, 1, True),
]
BYLINE = ("县农业农村局党组书记、局长　王建军", "（2024年5月14日）")

# the 领导讲话 column, newest first: 15 a page (AspNetPager PageSize=15)
OTHER_SPEECHES = [
    (1296, "在全县防汛抗旱和农业防灾减灾工作会议上的讲话", "2024-6-27"),
    (1290, "在庆祝中国共产党成立103周年暨“七一”表彰大会上的讲话", "2024-6-25"),
    (1284, "在全县农村承包地二轮延包试点工作培训会上的讲话", "2024-6-19"),
    (1278, "在全县农业面源污染治理工作推进会上的讲话", "2024-6-13"),
    (1271, "在全县畜禽养殖污染防治工作会议上的讲话", "2024-6-7"),
    (1265, "在全县农业综合行政执法能力提升培训班上的讲话", "2024-6-3"),
    (1258, "在全县“三夏”生产暨秸秆禁烧工作会议上的讲话", "2024-5-28"),
    (1249, "在全县农产品质量安全监管工作推进会上的讲话", "2024-5-20"),
    (1236, "在局机关党风廉政建设工作会议上的讲话", "2024-5-6"),
    (1229, "在全县高标准农田建设现场推进会上的讲话", "2024-4-25"),
    (1221, "在全县农机安全生产工作会议上的讲话", "2024-4-18"),
    (1215, "在全县渔业安全生产工作会议上的讲话", "2024-4-11"),
    (1209, "在全县农村宅基地管理工作培训会上的讲话", "2024-4-8"),
    (1203, "在局机关“学雷锋”志愿服务活动启动仪式上的讲话", "2024-4-2"),
    (1198, "在全县农业农村系统安全生产工作会议上的讲话", "2024-3-29"),
    (1176, "在全县种业振兴行动推进会上的讲话", "2024-3-20"),
    (1169, "在全县农村人居环境整治工作调度会上的讲话", "2024-3-14"),
    (1158, "在全县农业农村工作会议上的讲话", "2024-3-6"),
    (1142, "在局机关2024年度工作务虚会上的讲话", "2024-2-27"),
    (1135, "在局机关春节后收心会上的讲话", "2024-2-19"),
    (1121, "在全县冬春农田水利建设现场会上的讲话", "2024-1-30"),
    (1108, "在局机关2023年度总结表彰大会上的讲话", "2024-1-24"),
    (1096, "在全县农村集体产权制度改革成果巩固工作会议上的讲话", "2024-1-16"),
]


def head(title, action):
    nav = "".join(
        f'<td class="nav" align="center"><a href="{href}" class="navlink">{name}</a></td>'
        '<td width="2"><img src="images/nav_line.gif" width="2" height="38" /></td>'
        for href, name in NAV
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" >
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	{title}
</title><link href="css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="js/common.js"></script>
<meta name="keywords" content="松河县,农业农村局,农业,农村,畜牧,农经" /><meta name="description" content="松河县农业农村局门户网站" /></head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
    <form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="3B7C1D20" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{EVENTVALIDATION}" />
</div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td class="date"><font color="#666666">今天是：<script language="javascript" type="text/javascript">document.write(showDate());</script></font></td>
        <td align="right"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://{HOST}/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://{HOST}/','{SITE}')">加入收藏</a></td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td><img src="images/banner.jpg" width="980" height="160" alt="{SITE}" /></td>
  </tr>
  <tr>
    <td background="images/nav_bg.gif" height="38"><table border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>{nav}</tr>
    </table></td>
  </tr>
  <tr>
    <td height="32" class="searchbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td class="gonggao"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><font color="#c00000">欢迎访问{SITE}门户网站！</font></marquee></td>
      <td width="330" align="right">站内搜索：<input name="ctl00$txtKey" type="text" id="ctl00_txtKey" class="input" style="width:150px;" />
      <select name="ctl00$ddlType" id="ctl00_ddlType"><option selected="selected" value="1">标题</option><option value="2">内容</option></select>
      <input type="submit" name="ctl00$btnSearch" value="搜索" id="ctl00_btnSearch" class="btn" />&nbsp;</td>
    </tr></table></td>
  </tr>
</table>
"""


FOOT = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td height="4" bgcolor="#1b6fb5"></td>
  </tr>
  <tr>
    <td align="center" class="copyright" height="90">
      <a href="/">网站首页</a> | <a href="NewsList.aspx?ClassID=1">联系我们</a> | <a href="http://www.songhe.gov.test/">松河县人民政府</a><br />
      主办单位：{SITE}&nbsp;&nbsp;地址：松河县城关镇府前路18号&nbsp;&nbsp;邮编：335400&nbsp;&nbsp;电话：0795-4321086<br />
      <a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备09001872号</a>&nbsp;&nbsp;网站标识码：3609250012&nbsp;&nbsp;技术支持：松河县信息中心<br />
      建议使用IE8.0以上浏览器，1024×768分辨率浏览本站
    </td>
  </tr>
</table>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F2b7e1f3c4d5a6978c0d1e2f3a4b5c6d7' type='text/javascript'%3E%3C/script%3E"));
</script>
</form>
</body>
</html>
"""


def side():
    return """<td width="230" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="leftbox">
      <tr><td class="lefttitle" background="images/left_title.gif" height="34">&nbsp;&nbsp;<font color="#ffffff"><b>栏目导航</b></font></td></tr>
      <tr><td class="leftmenu"><a href="NewsList.aspx?ClassID=2">·工作动态</a><br /><a href="NewsList.aspx?ClassID=5">·领导讲话</a><br /><a href="NewsList.aspx?ClassID=3">·通知公告</a><br /><a href="NewsList.aspx?ClassID=4">·政策法规</a><br /><a href="NewsList.aspx?ClassID=6">·办事指南</a></td></tr>
      <tr><td height="10"></td></tr>
      <tr><td class="lefttitle" background="images/left_title.gif" height="34">&nbsp;&nbsp;<font color="#ffffff"><b>便民服务</b></font></td></tr>
      <tr><td class="leftmenu">·农技咨询热线：12316<br />·动物疫情报告电话：0795-4321110<br />·农资打假投诉：0795-4321315</td></tr>
    </table></td>
    <td width="10"></td>
"""


def list_row(aid, title, day, cls="listline"):
    return (
        f'<tr><td class="{cls}" height="28">&nbsp;<img src="images/dot.gif" width="5" height="5" />&nbsp;'
        f'<a href="ArticleShow.aspx?ArticleID={aid}" target="_blank" title="{title}">{title}</a></td>'
        f'<td class="{cls}" width="90" align="center"><font color="#999999">[{day}]</font></td></tr>\n'
    )


def column_rows():
    """The 领导讲话 column as the database returns it, newest first."""
    rows = [(a, t, d) for a, t, d in OTHER_SPEECHES]
    for speech, aid, pub, *_ in ARTICLES:
        rows.append((aid, speech.title, pub.split(" ")[0]))
    return sorted(rows, key=lambda r: -r[0])


def pager(page, pages, total):
    def link(p, text):
        return f'<a href="NewsList.aspx?ClassID=5&amp;page={p}" style="margin-right:5px;">{text}</a>'

    def off(text):
        return f'<a disabled="disabled" style="margin-right:5px;">{text}</a>'

    nums = "".join(
        f'<span class="cpb" style="margin-right:5px;">{p}</span>' if p == page else link(p, p)
        for p in range(1, pages + 1)
    )
    first = off("首页") + off("上一页") if page == 1 else link(1, "首页") + link(page - 1, "上一页")
    last = off("下一页") + off("尾页") if page == pages else link(page + 1, "下一页") + link(pages, "尾页")
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td class="pagecount" width="200">共{total}条记录&nbsp;&nbsp;第{page}/{pages}页&nbsp;&nbsp;每页15条</td>
<td align="right"><!-- AspNetPager V7.2 for VS2005 & VS2008  Copyright:2003-2008 Webdiyer (www.webdiyer.com) -->
<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="paginator">
{first}{nums}{last}
</div>
<!-- AspNetPager V7.2 for VS2005 & VS2008 End -->
</td></tr></table>"""


def list_page(page):
    rows = column_rows()
    pages = (len(rows) + 14) // 15
    body = "".join(list_row(*r) for r in rows[(page - 1) * 15 : page * 15])
    return (
        head(f"领导讲话--{SITE}", f"NewsList.aspx?ClassID=5&amp;page={page}" if page > 1 else "NewsList.aspx?ClassID=5")
        + f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
  <tr>
{side()}    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="rightbox">
      <tr><td class="weizhi" height="34" background="images/right_title.gif">&nbsp;&nbsp;<font color="#1b6fb5"><b>领导讲话</b></font>&nbsp;&nbsp;&nbsp;&nbsp;当前位置：<a href="/">首页</a> &gt;&gt; <span id="ctl00_ContentPlaceHolder1_lblClassName">领导讲话</span></td></tr>
      <tr><td valign="top" style="padding:10px;"><table width="100%" border="0" cellspacing="0" cellpadding="0" id="ctl00_ContentPlaceHolder1_dlNews">
{body}</table></td></tr>
      <tr><td height="40" style="padding:0 10px;">{pager(page, pages, len(rows))}</td></tr>
    </table></td>
  </tr>
</table>
"""
        + FOOT
    )


def paras_plain(paras):
    return "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}<br />\r\n" for p in paras)


def paras_word(speech, first):
    out = ""
    if first:
        out += (
            '<P class=MsoNormal style="TEXT-ALIGN: center; LINE-HEIGHT: 28pt" align=center><B><SPAN style="FONT-FAMILY: 方正小标宋简体; FONT-SIZE: 22pt">'
            f'{speech.title}<SPAN lang=EN-US><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p></SPAN></SPAN></B></P>\r\n'
            f'<P class=MsoNormal style="TEXT-ALIGN: center; LINE-HEIGHT: 28pt" align=center><SPAN style="FONT-FAMILY: 楷体_GB2312; FONT-SIZE: 16pt">{BYLINE[0]}<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>\r\n'
            f'<P class=MsoNormal style="TEXT-ALIGN: center; LINE-HEIGHT: 28pt" align=center><SPAN style="FONT-FAMILY: 楷体_GB2312; FONT-SIZE: 16pt">{BYLINE[1]}<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>\r\n'
            '<P class=MsoNormal style="LINE-HEIGHT: 28pt"><SPAN lang=EN-US style="FONT-SIZE: 16pt"><o:p>&nbsp;</o:p></SPAN></P>\r\n'
        )
    for n, p in enumerate(speech.paras):
        indent = "" if n == 0 else "TEXT-INDENT: 32pt; "
        out += (
            f'<P class=MsoNormal style="{indent}LINE-HEIGHT: 28pt; mso-char-indent-count: 2.0"><SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt">'
            f"{p}<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>\r\n"
        )
    return out


def article_page(i, k):
    speech, aid, pub, source, author, hits, pages, word = ARTICLES[i]
    runs = split_paras(speech.paras, pages)
    if word:
        content = paras_word(speech, k == 0)
    else:
        content = f'<font face="宋体" size="3">{paras_plain(runs[k])}</font>'
    fenye = ""
    if pages > 1:
        cells = []
        for p in range(1, pages + 1):
            href = f"ArticleShow.aspx?ArticleID={aid}" + ("" if p == 1 else f"&amp;page={p}")
            cells.append(f"<font color='red'>【第{p}页】</font>" if p == k + 1 else f"<a href='{href}'>【第{p}页】</a>")
        fenye = f"""      <tr><td align="center" height="36" class="fenye"><span id="ctl00_ContentPlaceHolder1_lblPage">{"&nbsp;".join(cells)}</span></td></tr>
"""
    ordered = column_rows()
    at = [r[0] for r in ordered].index(aid)
    newer, older = ordered[at - 1], ordered[at + 1]
    action = f"ArticleShow.aspx?ArticleID={aid}" + ("" if k == 0 else f"&amp;page={k + 1}")
    return (
        head(f"{speech.title}--{SITE}", action)
        + f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
  <tr>
    <td class="weizhi" height="34" background="images/right_title.gif">&nbsp;&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="NewsList.aspx?ClassID=5">领导讲话</a> &gt;&gt; 正文</td>
  </tr>
  <tr>
    <td valign="top" style="padding:15px 40px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td align="center" class="biaoti" height="50"><font size="4" color="#c00000"><b><span id="ctl00_ContentPlaceHolder1_lblTitle">{speech.title}</span></b></font></td></tr>
      <tr><td align="center" class="fbxx" height="30" style="border-bottom:1px dashed #cccccc;"><font color="#666666">发布时间：<span id="ctl00_ContentPlaceHolder1_lblTime">{pub}</span>&nbsp;&nbsp;&nbsp;来源：<span id="ctl00_ContentPlaceHolder1_lblSource">{source}</span>&nbsp;&nbsp;&nbsp;作者：<span id="ctl00_ContentPlaceHolder1_lblAuthor">{author}</span>&nbsp;&nbsp;&nbsp;点击数：<span id="ctl00_ContentPlaceHolder1_lblHits">{hits}</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</font></td></tr>
      <tr><td class="zw" id="fontzoom" style="padding-top:15px; line-height:200%; font-size:14px;"><span id="ctl00_ContentPlaceHolder1_lblContent">{content}</span></td></tr>
{fenye}      <tr><td align="right" height="36" class="gongju">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      <tr><td class="sxp" style="border-top:1px dashed #cccccc; padding-top:8px; line-height:24px;">上一篇：<a href="ArticleShow.aspx?ArticleID={newer[0]}">{newer[1]}</a><br />
下一篇：<a href="ArticleShow.aspx?ArticleID={older[0]}">{older[1]}</a></td></tr>
    </table></td>
  </tr>
</table>
"""
        + FOOT
    )


def home():
    rows = column_rows()
    speeches = "".join(list_row(*r, cls="homeline") for r in rows[:10])
    news = "".join(
        list_row(aid, title, day, cls="homeline")
        for aid, title, day in [
            (1262, "我县召开2024年“三夏”农机跨区作业动员会", "2024-5-31"),
            (1257, "县农业农村局开展农资打假专项执法检查", "2024-5-27"),
            (1251, "全县春季重大动物疫病集中免疫工作顺利完成", "2024-5-21"),
            (1240, "我县新增3家市级农业产业化龙头企业", "2024-5-10"),
            (1232, "县农业农村局举办高素质农民培训班", "2024-4-29"),
        ]
    )
    notices = "".join(
        list_row(aid, title, day, cls="homeline")
        for aid, title, day in [
            (1260, "关于公布2024年松河县农机购置补贴机具补贴额一览表的通知", "2024-5-30"),
            (1246, "关于开展2024年度家庭农场名录更新工作的通知", "2024-5-16"),
            (1224, "松河县2024年耕地地力保护补贴资金发放情况公示", "2024-4-22"),
        ]
    )
    block = """<table width="100%" border="0" cellspacing="0" cellpadding="0" class="homebox">
      <tr><td class="hometitle" background="images/home_title.gif" height="32">&nbsp;&nbsp;<font color="#1b6fb5"><b>{name}</b></font></td><td class="hometitle" background="images/home_title.gif" align="right"><a href="NewsList.aspx?ClassID={cid}"><img src="images/more.gif" border="0" alt="更多" /></a>&nbsp;</td></tr>
      <tr><td colspan="2" style="padding:5px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}</table></td></tr>
    </table>"""
    return (
        head(SITE, "Default.aspx")
        + f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
  <tr>
{side()}    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="370" valign="top"><img src="UploadFiles/2024053109251847.jpg" width="360" height="260" alt="我县召开2024年“三夏”农机跨区作业动员会" /></td>
        <td valign="top">{block.format(name="工作动态", cid=2, rows=news)}</td>
      </tr>
      <tr><td colspan="2" height="10"></td></tr>
      <tr>
        <td valign="top">{block.format(name="领导讲话", cid=5, rows=speeches)}</td>
        <td valign="top">{block.format(name="通知公告", cid=3, rows=notices)}</td>
      </tr>
    </table></td>
  </tr>
</table>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "county department government site on a legacy ASP.NET WebForms CMS (GB2312/GBK, table layout)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    fam.put("/", home())
    fam.route("/NewsList.aspx?ClassID=5", "NewsList/5_1.html", list_page(1))
    fam.query_routes["/NewsList.aspx?ClassID=5&page=1"] = "NewsList/5_1.html"
    fam.route("/NewsList.aspx?ClassID=5&page=2", "NewsList/5_2.html", list_page(2))
    fam.not_documents += ["/", "/NewsList.aspx?ClassID=5", "/NewsList.aspx?ClassID=5&page=2"]
    for i, (speech, aid, _pub, *_rest) in enumerate(ARTICLES):
        pages = ARTICLES[i][6]
        urls = []
        for k in range(pages):
            target = f"/ArticleShow.aspx?ArticleID={aid}" + ("" if k == 0 else f"&page={k + 1}")
            fam.route(target, f"ArticleShow/{aid}_{k + 1}.html", article_page(i, k))
            urls.append(target)
            if k:
                fam.not_documents.append(target)
        fam.doc(urls, speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /UploadFiles/\n", "ascii")
    fam.noise += [
        "您现在的位置",
        "发布时间：",
        "县农业农村局办公室",
        "县农经站",
        "王喆",
        "陈昇",
        "点击数：",
        "【字体：",
        "【第1页】",
        "【第2页】",
        "打印本页",
        "关闭窗口",
        "上一篇：",
        "下一篇：",
        BYLINE[0],
        BYLINE[1],
        "在全县农村人居环境整治工作调度会上的讲话",
        "在局机关“学雷锋”志愿服务活动启动仪式上的讲话",
        "主办单位：",
        "赣ICP备09001872号",
        "网站标识码",
        "建议使用IE8.0以上浏览器",
        "站内搜索",
        "欢迎访问",
    ]
    fam.note = (
        "GB2312 declared (header and meta), GBK bytes (喆, 昇 in the 作者 cells are outside GB2312); "
        "every page is a query route (`ArticleShow.aspx?ArticleID=N[&page=2]`, `NewsList.aspx?ClassID=5[&page=P]`); "
        "the older speech is listed only on the column's page 2; the Word-pasted speech opens with its own "
        "centred title, byline and date lines (not in the expected text)"
    )
    return fam
