"""A county middle school's site on 动易 PowerEasy SiteWeaver 6.x (ASP, dynamic mode, the stock
2006-style blue template): GB2312 in the meta tag only (IIS sends `text/html`), GBK bytes; every page
under `/Article/` a query route: column lists `ShowClass.asp?ClassID=5[&page=2]` with 动易's
`listbg`/`listbg2` rows (the hover title carrying 文章标题/作者/更新时间/点击次数) and its ShowPage pager
(`共 N 篇文章 首页 上一页 下一页 尾页 页次：1/2页 20篇文章/页 转到：`), articles
`ShowArticle.asp?ArticleID=N` in a table layout: 您现在的位置 path, `main_ArticleTitle`, the
作者/文章来源/点击数 (a GetHits.asp script)/更新时间 line with 【字体：小 大】, `#fontzoom` content;
one speech split by the editor's `[NextPage]` into `&Page=2`, with 动易's `[1] [2] 下一页` links
inside the content cell; 文章录入/责任编辑 line, 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】,
上一篇文章/下一篇文章, 相关文章, 网友评论 box (只显示最新10条…), ICP footer."""

from common import SPEECHES, Family, split_paras

HOST = "www.lhcgzx.test"
SITE = "柳河县城关中学"

# (speech, ArticleID, 更新时间 as the database holds it, 作者, 文章来源, 录入, pages, style)
ARTICLES = [
    (SPEECHES["poweasy-1"], 1186, "2023-9-1 10:26:47", "校长室", "本站原创", "admin", 2, "nbsp"),
    (SPEECHES["poweasy-2"], 1263, "2024-3-18 15:08:33", "县教育局", "柳河县教育局网站", "陈赟", 1, "indent"),
]

# the 领导讲话 column (ClassID=5), other rows: ArticleID, title, 更新时间, 点击次数
OTHERS = [
    (1318, "在2024年秋季家长学校开学第一课上的讲话", "2024-10-25 15:30:12", 188),
    (1312, "在第二十一届校园科技节开幕式上的讲话", "2024-10-17 10:12:40", 203),
    (1306, "在“喜迎国庆”红歌会上的致辞", "2024-9-27 14:52:08", 176),
    (1301, "在2024年教师节庆祝暨表彰大会上的讲话", "2024-9-10 16:20:05", 412),
    (1297, "在2024年秋季开学典礼上的讲话", "2024-9-2 9:41:18", 538),
    (1290, "在2024届初三毕业典礼上的讲话", "2024-6-20 11:02:46", 467),
    (1284, "在学校“六一”表彰暨文艺汇演上的致辞", "2024-6-1 15:33:09", 296),
    (1279, "在2024年中考百日冲刺动员会上的讲话", "2024-5-10 8:55:21", 503),
    (1272, "在全校安全教育大会上的讲话", "2024-4-8 10:14:37", 318),
    (1268, "在学校2024年春季田径运动会开幕式上的致辞", "2024-3-29 14:48:52", 255),
    (1257, "在2024年春季开学典礼上的讲话", "2024-2-26 9:12:06", 611),
    (1251, "在2023年度教职工总结表彰大会上的讲话", "2024-1-26 16:40:15", 344),
    (1244, "在学校元旦文艺晚会上的致辞", "2023-12-29 19:22:40", 287),
    (1236, "在期中考试质量分析会上的讲话", "2023-11-20 15:17:28", 396),
    (1229, "在第二十届校园科技节开幕式上的讲话", "2023-11-3 10:05:51", 233),
    (1221, "在2023年秋季田径运动会开幕式上的致辞", "2023-10-19 8:46:03", 271),
    (1214, "在“喜迎国庆”歌咏比赛上的讲话", "2023-9-28 14:30:44", 219),
    (1207, "在2023年教师节庆祝大会上的讲话", "2023-9-10 9:58:12", 452),
    (1198, "在七年级新生家长会上的讲话", "2023-9-3 15:21:39", 508),
    (1179, "在新学期全体教职工大会上的讲话", "2023-8-28 9:07:25", 377),
    (1166, "在2023届初三毕业典礼上的讲话", "2023-6-21 10:44:50", 489),
    (1158, "在2023年中考考前动员会上的讲话", "2023-6-12 16:12:33", 425),
    (1149, "在学校防溺水安全教育大会上的讲话", "2023-5-26 10:30:17", 341),
    (1140, "在“五四”青年节入团仪式上的讲话", "2023-5-4 9:16:48", 276),
    (1131, "在2023年中考百日誓师大会上的讲话", "2023-3-6 8:40:29", 562),
    (1124, "在2023年春季开学典礼上的讲话", "2023-2-6 9:28:55", 498),
]
HITS = {1186: 1342, 1263: 906}
PER_PAGE = 20

NAV = [
    ("/", "网站首页"),
    ("/Article/ShowClass.asp?ClassID=1", "学校概况"),
    ("/Article/ShowClass.asp?ClassID=2", "校园新闻"),
    ("/Article/ShowClass.asp?ClassID=3", "通知公告"),
    ("/Article/ShowClass.asp?ClassID=5", "领导讲话"),
    ("/Article/ShowClass.asp?ClassID=6", "德育天地"),
    ("/Article/ShowClass.asp?ClassID=7", "教学科研"),
    ("/Soft/Index.asp", "资源下载"),
    ("/Photo/Index.asp", "校园风光"),
    ("/GuestBook/Index.asp", "留言本"),
]


def rows():
    """The column as the database returns it, newest first: (id, title, time, hits)."""
    out = list(OTHERS) + [(aid, sp.title, t, HITS[aid]) for sp, aid, t, *_ in ARTICLES]
    return sorted(out, key=lambda r: -r[0])


def day(t):
    return t.split(" ")[0]


def head(title):
    nav = "&nbsp;|&nbsp;".join(f"<a class='Channel' href='{h}'>{n}</a>" for h, n in NAV)
    return f"""<html>
<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="柳河县城关中学,城关中学,柳河,初中,教育">
<meta name="description" content="柳河县城关中学">
<meta name="Generator" content="PowerEasy SiteWeaver 6.8">
<link href='/Skin/DefaultSkin.css' rel='stylesheet' type='text/css'>
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
<script language="JavaScript" type="text/JavaScript" src="/js/checklogin.js"></script>
</head>
<body leftmargin=0 topmargin=0 onmousemove='HideMenu()'>
<div id=menuDiv style='Z-INDEX: 1000; VISIBILITY: hidden; WIDTH: 1px; POSITION: absolute; HEIGHT: 1px; BACKGROUND-COLOR: #9cc5f8'></div>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
  <tr>
    <td width="180" height="60" class="top_logo"><a href='/' title='{SITE}'><img src='/Images/logo.gif' width='180' height='60' border='0'></a></td>
    <td><img src='/Images/banner.jpg' width='598' height='60' border='0'></td>
  </tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="top_nav_menu" height="26" align="center">{nav}</td>
  </tr>
  <tr>
    <td class="top_Announce" height="24"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="140">&nbsp;<script language="JavaScript" src="/js/date.js"></script></td>
      <td><MARQUEE scrollAmount=1 scrollDelay=4 width=480 align="left" onmouseover="this.stop()" onmouseout="this.start()"><a href="/Announce.asp?ChannelID=0&ID=12" target="_blank"><font color=#0000ff>关于2024年秋季七年级新生报名工作的公告</font></a></MARQUEE></td>
      <td width="150" align="right"><a href="/User/User_Reg.asp" target="_blank">会员注册</a> | <a href="/User/User_Login.asp">会员登录</a>&nbsp;</td>
    </tr></table></td>
  </tr>
</table>
"""


def foot():
    return f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
  <tr>
    <td height="6" class="Bottom_Adorn"></td>
  </tr>
  <tr>
    <td height="24" align="center" class="Bottom_Navigation"><a href='/SiteIntro.asp' target='_blank'>网站简介</a> | <a href='/Announce.asp' target='_blank'>网站公告</a> | <a href='/FriendSite/Index.asp' target='_blank'>友情链接</a> | <a href='/Copyright.asp' target='_blank'>版权申明</a> | <a href='/Admin/Admin_Index.asp' target='_blank'>管理登录</a></td>
  </tr>
  <tr>
    <td height="80" align="center" class="Bottom_Copyright">{SITE}&nbsp;&nbsp;地址：柳河县城关镇建设路36号&nbsp;&nbsp;邮编：344300&nbsp;&nbsp;电话：0794-5321067<br>
      Copyright &copy; 2006-2024 {SITE} All Rights Reserved&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备06011385号</a><br>
      站长：<a href="mailto:cgzx_xb@163.com">校办</a>&nbsp;&nbsp;技术支持：<a href="http://www.powereasy.net" target="_blank">动易网络</a>&nbsp;&nbsp;建议使用1024×768分辨率浏览</td>
  </tr>
</table>
<script src="http://s96.cnzz.com/stat.php?id=1280346&web_id=1280346" language="JavaScript"></script>
</body>
</html>
"""


def left():
    classes = [(1, "学校概况"), (2, "校园新闻"), (3, "通知公告"), (5, "领导讲话"), (6, "德育天地"), (7, "教学科研"), (8, "党建工作")]
    items = "".join(
        f"<tr><td class='left_tdbg1' height='22'>&nbsp;<img src='/Images/arrow.gif' border='0'>&nbsp;<a href='/Article/ShowClass.asp?ClassID={c}'>{n}</a></td></tr>"
        for c, n in classes
    )
    return f"""    <td width="180" valign="top" class="left_tdbgall"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="left_title" height="28" align="center"><b>栏目导航</b></td></tr>
{items}
      <tr><td class="left_tdbg2" height="6"></td></tr>
      <tr><td class="left_title" height="28" align="center"><b>用户登录</b></td></tr>
      <tr><td class="left_tdbg1" align="center"><script language="javascript" src="/UserLogin.asp?ShowType=2"></script></td></tr>
      <tr><td class="left_tdbg2" height="6"></td></tr>
      <tr><td class="left_title" height="28" align="center"><b>站内搜索</b></td></tr>
      <tr><td class="left_tdbg1" align="center"><form method='Get' name='SearchForm' action='/Article/Search.asp'><input type='text' name='keyword' size='14' value='关键字' maxlength='50' onFocus='this.select();'><br><select name='Field' size='1'><option value='Title' selected>文章标题</option><option value='Content'>文章内容</option><option value='Author'>文章作者</option></select>&nbsp;<input type='submit' name='Submit' value=' 搜索 '></form></td></tr>
    </table></td>
    <td width="8"></td>
"""


def list_item(r, n):
    aid, title, t, hits = r
    bg = "listbg" if n % 2 == 0 else "listbg2"
    tip = f"文章标题：{title}&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：{'县教育局' if aid == 1263 else '校长室'}&#13;&#10;更新时间：{t}&#13;&#10;点击次数：{hits}"
    return (
        f"<tr><td class='{bg}' height='22'><img src='/Article/images/article_common.gif' alt='普通文章'>"
        f"<a href='ShowArticle.asp?ArticleID={aid}' title='{tip}' target='_blank'>{title}</a></td>"
        f"<td class='{bg}' width='80' align='right'>[{fmt_md(t)}]</td></tr>\n"
    )


def fmt_md(t):
    y, m, d = day(t).split("-")
    return f"{int(m):02d}-{int(d):02d}"


def showpage(page, pages, total):
    base = "ShowClass.asp?ClassID=5&page="
    if page == 1:
        first = "首页 上一页&nbsp;"
    else:
        first = f"<a href='{base}1'>首页</a> <a href='{base}{page - 1}'>上一页</a>&nbsp;"
    if page == pages:
        last = "下一页 尾页"
    else:
        last = f"<a href='{base}{page + 1}'>下一页</a> <a href='{base}{pages}'>尾页</a>"
    opts = "".join(
        f"<option value='{p}'{' selected' if p == page else ''}>第{p}页</option>" for p in range(1, pages + 1)
    )
    return (
        f"<div class='showpage'>共 <b>{total}</b> 篇文章&nbsp;&nbsp;{first}{last}"
        f"&nbsp;页次：<strong><font color=red>{page}</font>/{pages}</strong>页 &nbsp;<b>{PER_PAGE}</b>篇文章/页"
        f"&nbsp;转到：<select name='page' size='1' onchange=\"javascript:window.location='{base}'+this.options[this.selectedIndex].value;\">{opts}</select></div>"
    )


def list_page(page):
    allrows = rows()
    pages = (len(allrows) + PER_PAGE - 1) // PER_PAGE
    items = "".join(list_item(r, n) for n, r in enumerate(allrows[(page - 1) * PER_PAGE : page * PER_PAGE]))
    return (
        head(f"{SITE}--领导讲话")
        + f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
{left()}    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="main_shadow" height="26">&nbsp;<img src='/Images/arrow3.gif' border='0'>&nbsp;您现在的位置：&nbsp;<a class='LinkPath' href='/'>{SITE}</a>&nbsp;&gt;&gt;&nbsp;<a class='LinkPath' href='/Article/Index.asp'>文章中心</a>&nbsp;&gt;&gt;&nbsp;领导讲话</td></tr>
      <tr><td class="main_title_590" height="26">&nbsp;<b>领导讲话</b></td></tr>
      <tr><td class="main_tdbg_590" valign="top"><table width='100%' cellpadding='0' cellspacing='0'>
{items}</table></td></tr>
      <tr><td class="main_tdbg_590" align="center" height="30">{showpage(page, pages, len(allrows))}</td></tr>
    </table></td>
  </tr>
</table>
"""
        + foot()
    )


def content_html(style, paras):
    if style == "nbsp":
        return "".join(f"<P>&nbsp;&nbsp;&nbsp; {p}</P>\r\n" for p in paras)
    out = ""
    for p in paras:
        if p[:2] in ("一、", "二、", "三、", "四、", "五、"):
            out += f'<p style="text-indent:2em"><strong>{p}</strong></p>\r\n'
        else:
            out += f'<p style="text-indent:2em">{p}</p>\r\n'
    return f'<font face="宋体" size="3">{out}</font>'


def page_links(aid, page, pages):
    def href(p):
        return f"ShowArticle.asp?ArticleID={aid}&Page={p}"

    cells = []
    if page > 1:
        cells.append(f"<a href='{href(page - 1)}'>上一页</a>")
    for p in range(1, pages + 1):
        cells.append(f"<font color='red'>[{p}]</font>" if p == page else f"<a href='{href(p)}'>[{p}]</a>")
    if page < pages:
        cells.append(f"<a href='{href(page + 1)}'>下一页</a>")
    return f"<p align='center'><b>{'&nbsp;'.join(cells)}</b></p>"


def related(aid):
    titles = [r for r in rows() if r[0] != aid and ("开学典礼" in r[1] or "中考" in r[1] or r[0] in (1186, 1263))][:6]
    return "".join(
        f"<li><a class='LinkArticleCorrelative' href='ShowArticle.asp?ArticleID={r[0]}' title='{r[1]}'>{r[1]}</a></li>"
        for r in titles
    )


def article_page(i, k):
    sp, aid, t, author, source, inputer, pages, style = ARTICLES[i]
    runs = split_paras(sp.paras, pages)
    body = content_html(style, runs[k])
    if pages > 1:
        body += page_links(aid, k + 1, pages)
    order = rows()
    at = [r[0] for r in order].index(aid)
    prev_r, next_r = order[at + 1], order[at - 1]  # 上一篇 = older, 下一篇 = newer
    return (
        head(f"{sp.title}--{SITE}")
        + f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
    <td class="main_shadow" height="26">&nbsp;<img src='/Images/arrow3.gif' border='0'>&nbsp;您现在的位置：&nbsp;<a class='LinkPath' href='/'>{SITE}</a>&nbsp;&gt;&gt;&nbsp;<a class='LinkPath' href='/Article/Index.asp'>文章中心</a>&nbsp;&gt;&gt;&nbsp;<a class='LinkPath' href='ShowClass.asp?ClassID=5'>领导讲话</a>&nbsp;&gt;&gt;&nbsp;正文</td>
  </tr>
  <tr>
    <td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="5" class="border">
      <tr class="title"><td class="main_title_760" height="24">&nbsp;<b>文章正文</b></td></tr>
      <tr>
        <td><table width="100%" border="0" cellpadding="0" cellspacing="0" style="WORD-BREAK: break-all">
          <tr><td height="40" align="center" class="main_ArticleTitle"><font color=''>{sp.title}</font></td></tr>
          <tr><td align="center" class="Article_tdbgall">作者：{author}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{source}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language='javascript' src='/Article/GetHits.asp?ArticleID={aid}'></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{day(t)}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a class='top_UserLogin' href='javascript:fontZoomA();'>小</a> <a class='top_UserLogin' href='javascript:fontZoomB();'>大</a>】</td></tr>
          <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
          <tr><td height="10"></td></tr>
          <tr><td id="fontzoom" class="main_ArticleContent" style="padding:0 20px;">{body}</td></tr>
          <tr><td height="10"></td></tr>
          <tr><td align="right" class="Article_tdbgall">文章录入：{inputer}&nbsp;&nbsp;&nbsp;&nbsp;责任编辑：{inputer}&nbsp;</td></tr>
        </table></td>
      </tr>
      <tr>
        <td align="right">【<a href='/Comment/Comment.asp?ModuleType=1&ItemID={aid}' target='_blank'>发表评论</a>】【<a href='/User/User_Favorite.asp?Action=Add&ChannelID=1&InfoID={aid}' target='_blank'>加入收藏</a>】【<a href='SendMail.asp?ArticleID={aid}' target='_blank'>告诉好友</a>】【<a href='Print.asp?ArticleID={aid}' target='_blank'>打印此文</a>】【<a href='javascript:window.close();'>关闭窗口</a>】</td>
      </tr>
      <tr>
        <td class="main_tdbg_760"><li>上一篇文章：<a class='LinkPrevArticle' href='ShowArticle.asp?ArticleID={prev_r[0]}' title='文章标题：{prev_r[1]}'>{prev_r[1]}</a></li><li>下一篇文章：<a class='LinkNextArticle' href='ShowArticle.asp?ArticleID={next_r[0]}' title='文章标题：{next_r[1]}'>{next_r[1]}</a></li></td>
      </tr>
    </table>
    <table width="100%" border="0" cellpadding="0" cellspacing="5" class="border">
      <tr class="title"><td class="main_title_760" height="24">&nbsp;<b>相关文章</b></td></tr>
      <tr><td class="main_tdbg_760" height="60" valign="top"><ul>{related(aid)}</ul></td></tr>
    </table>
    <table width="100%" border="0" cellpadding="0" cellspacing="5" class="border">
      <tr class="title"><td class="main_title_760" height="24">&nbsp;<b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
      <tr><td class="main_tdbg_760"><script language='javascript' src='/Comment/Comment.asp?Action=ShowComment&ModuleType=1&ItemID={aid}&Num=10'></script></td></tr>
    </table></td>
  </tr>
</table>
<script language="JavaScript">
var currentpos,timer;
function fontZoomA(){{document.getElementById('fontzoom').style.fontSize='12px';}}
function fontZoomB(){{document.getElementById('fontzoom').style.fontSize='16px';}}
</script>
"""
        + foot()
    )


def home():
    allrows = rows()
    speeches = "".join(
        f"<tr><td height='22'><img src='/Images/article_common.gif'>&nbsp;<a href='/Article/ShowArticle.asp?ArticleID={r[0]}' title='{r[1]}' target='_blank'>{r[1]}</a></td><td width='50' align='right'><font color=#999999>{fmt_md(r[2])}</font></td></tr>"
        for r in allrows[:8]
    )
    news = [
        (1299, "我校举行2024年秋季新生军训汇报表演"),
        (1295, "县教育局领导到我校检查开学工作"),
        (1288, "我校在全县初中数学竞赛中再获佳绩"),
        (1281, "我校开展“珍爱生命 预防溺水”主题班会"),
        (1276, "我校召开2024届毕业班教学研讨会"),
    ]
    news_rows = "".join(
        f"<tr><td height='22'><img src='/Images/article_common.gif'>&nbsp;<a href='/Article/ShowArticle.asp?ArticleID={a}' target='_blank'>{t}</a></td></tr>"
        for a, t in news
    )
    return (
        head(SITE)
        + f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
{left()}    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="50%" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
          <tr><td class="main_title_282" height="26">&nbsp;<b>校园新闻</b></td><td class="main_title_282" align="right"><a href='/Article/ShowClass.asp?ClassID=2'>更多&gt;&gt;</a>&nbsp;</td></tr>
          <tr><td colspan="2" class="main_tdbg_282"><table width="100%" border="0" cellspacing="0" cellpadding="0">{news_rows}</table></td></tr>
        </table></td>
        <td width="50%" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
          <tr><td class="main_title_282" height="26">&nbsp;<b>领导讲话</b></td><td class="main_title_282" align="right"><a href='/Article/ShowClass.asp?ClassID=5'>更多&gt;&gt;</a>&nbsp;</td></tr>
          <tr><td colspan="2" class="main_tdbg_282"><table width="100%" border="0" cellspacing="0" cellpadding="0">{speeches}</table></td></tr>
        </table></td>
      </tr>
    </table></td>
  </tr>
</table>
"""
        + foot()
    )


def build() -> Family:
    fam = Family(
        HOST,
        "county middle school site on 动易 PowerEasy SiteWeaver 6.x (ASP, GB2312 meta, GBK bytes)",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.route("/Article/ShowClass.asp?ClassID=5", "Article/ShowClass/5_1.html", list_page(1))
    fam.query_routes["/Article/ShowClass.asp?ClassID=5&page=1"] = "Article/ShowClass/5_1.html"
    fam.route("/Article/ShowClass.asp?ClassID=5&page=2", "Article/ShowClass/5_2.html", list_page(2))
    fam.not_documents += ["/", "/Article/ShowClass.asp?ClassID=5", "/Article/ShowClass.asp?ClassID=5&page=2"]
    for i, (sp, aid, t, *_r) in enumerate(ARTICLES):
        pages = ARTICLES[i][6]
        urls = []
        for k in range(pages):
            target = f"/Article/ShowArticle.asp?ArticleID={aid}" + ("" if k == 0 else f"&Page={k + 1}")
            fam.route(target, f"Article/ShowArticle/{aid}_{k + 1}.html", article_page(i, k))
            urls.append(target)
            if k:
                fam.not_documents.append(target)
        if pages > 1:
            fam.query_routes[f"/Article/ShowArticle.asp?ArticleID={aid}&Page=1"] = f"Article/ShowArticle/{aid}_1.html"
        # the page's only date is its 更新时间 (a speech reposted from the 教育局 three days on)
        y, m, d = (int(x) for x in t.split()[0].split("-"))
        fam.doc(urls, sp, published_at=f"{y:04d}-{m:02d}-{d:02d}")
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /Admin/\r\nDisallow: /Database/\r\nDisallow: /User/\r\n", "ascii")
    fam.noise += [
        "您现在的位置",
        "文章正文",
        "作者：",
        "文章来源：",
        "点击数：",
        "更新时间：",
        "【字体：",
        "文章录入：",
        "责任编辑：",
        "发表评论",
        "加入收藏",
        "告诉好友",
        "打印此文",
        "关闭窗口",
        "上一篇文章：",
        "下一篇文章：",
        "相关文章",
        "网友评论：",
        "只显示最新10条",
        "下一页",
        "[2]",
        "在2024年秋季开学典礼上的讲话",
        "在2023年中考百日誓师大会上的讲话",
        "赣ICP备06011385号",
        "技术支持",
        "栏目导航",
        "站内搜索",
        "关于2024年秋季七年级新生报名工作的公告",
    ]
    fam.note = (
        "IIS sends `text/html` with no charset, gb2312 in the meta tag, GBK bytes; every `/Article/` page is a "
        "query route (`ShowClass.asp?ClassID=5[&page=P]`, `ShowArticle.asp?ArticleID=N[&Page=2]`; `&Page=1` and "
        "`&page=1` answer page 1); the older speech, split by `[NextPage]`, is listed only on the column's page 2 "
        "(20 a page); the second speech is the 教育局's, reposted (文章来源：柳河县教育局网站)"
    )
    return fam
