"""乡镇 (town) government site on a county's cheap ASP 站群: 南方数据 (Southidc) 企业网站管理系统-style
templates re-skinned for 政府, table layout, GBK.

IIS answers `text/html` with no charset, the pages say gb2312 in a meta tag and are GBK bytes. Every
page is a 980px `<table>` whose header is an `<iframe src="top.htm">` (the banner, a Flash `<embed>`,
and the whole menu, with `target="_parent"` links) and whose footer is another `<iframe
src="foot.htm">` (站群 links, ICP, 网站标识码). Home `/` (通知公告 `<marquee>`, 新闻动态, 领导讲话 box
with 更多>>, visitor counter script) → column `NewsList.asp?SortID=12` (+ `&page=2`, Southidc pager
`共 N 条记录 页次:1/2页 … [1] [2] 下一页 尾页 转到`; ASP dates `2022-3-9`) → `NewsView.asp?ID=N`
(query routes). Articles: 您现在的位置 line, `td.newstitle`, 发布时间/来源/作者/浏览次数 (`NewsHits.asp`
script) with 【字体：大 中 小】, then `td#zoom`: one speech pasted through eWebEditor in IE (upper-case
`<P style="TEXT-INDENT: 2em">` with `<FONT face=仿宋_GB2312>`, a photo with its caption, a centred
heading block repeating the title with the speaker and the date, `（镇党政办 供稿）` at the end), the
other as `&nbsp;`-indented lines with `<BR>` in one `<DIV>` and a 来源 line; 【打印本页】【关闭窗口】,
上一篇/下一篇. A non-speech notice, the column and its page 2 are not documents; the other listed
articles are not served (404)."""

from common import SPEECHES, Family

HOST = "sqz.qingyang-xian.gov.test"
SITE = "清阳县双桥镇人民政府"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="keywords" content="双桥镇,双桥镇人民政府,清阳县双桥镇,乡镇政府网站">
<meta name="description" content="清阳县双桥镇人民政府门户网站">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/Common.js"></script>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize=size+'px'; }
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td><iframe src="top.htm" name="topFrame" width="980" height="192" frameborder="0" scrolling="no" marginwidth="0" marginheight="0" id="topFrame"></iframe></td>
  </tr>
</table>
"""

FOOT = """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td><iframe src="foot.htm" name="footFrame" width="980" height="118" frameborder="0" scrolling="no" marginwidth="0" marginheight="0"></iframe></td>
  </tr>
</table>
</body>
</html>
"""

LEFT = """<td width="230" valign="top" bgcolor="#F2F7FB">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="34" background="images/left_title.gif" class="lefttitle">&nbsp;&nbsp;&nbsp;&nbsp;栏目导航</td></tr>
  <tr><td style="padding:8px 0 8px 18px" class="leftmenu">
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=3">新闻动态</a><br>
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=12">领导讲话</a><br>
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=5">政务公开</a><br>
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=7">通知公告</a><br>
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=9">村务公开</a><br>
  <img src="images/arrow.gif"> <a href="NewsList.asp?SortID=10">招商引资</a>
  </td></tr>
  <tr><td height="34" background="images/left_title.gif" class="lefttitle">&nbsp;&nbsp;&nbsp;&nbsp;镇长信箱</td></tr>
  <tr><td align="center" style="padding:8px"><a href="GuestBook.asp"><img src="images/zzxx.jpg" width="200" height="60" border="0" alt="镇长信箱"></a></td></tr>
  <tr><td height="34" background="images/left_title.gif" class="lefttitle">&nbsp;&nbsp;&nbsp;&nbsp;联系我们</td></tr>
  <tr><td style="padding:8px 10px 12px 18px;line-height:22px">地址：清阳县双桥镇人民路88号<br>邮编：245312<br>电话：0559-6731002<br>传真：0559-6731008</td></tr>
</table>
</td>
<td width="10"></td>
"""

TOP = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>top</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="24" bgcolor="#0B5BA7" class="white">&nbsp;&nbsp;<script language="javascript" src="js/date.js"></script>&nbsp;&nbsp;&nbsp;&nbsp;欢迎访问清阳县双桥镇人民政府网站！</td>
  <td bgcolor="#0B5BA7" align="right" class="white"><a href="javascript:window.external.AddFavorite('http://sqz.qingyang-xian.gov.test/','双桥镇人民政府')" class="white">加入收藏</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://sqz.qingyang-xian.gov.test/');" class="white">设为首页</a> | <a href="http://www.qingyang-xian.gov.test/" target="_blank" class="white">清阳县政府网</a>&nbsp;&nbsp;</td></tr>
  <tr><td colspan="2" height="130"><embed src="images/top.swf" width="980" height="130" quality="high" wmode="transparent" type="application/x-shockwave-flash" pluginspage="http://www.macromedia.com/go/getflashplayer"></embed></td></tr>
  <tr><td colspan="2" height="38" background="images/menu_bg.gif" align="center" class="menu">
  <a href="./" target="_parent">网站首页</a> | <a href="About.asp?ID=1" target="_parent">镇情概况</a> | <a href="NewsList.asp?SortID=3" target="_parent">新闻动态</a> | <a href="NewsList.asp?SortID=12" target="_parent">领导讲话</a> | <a href="NewsList.asp?SortID=5" target="_parent">政务公开</a> | <a href="NewsList.asp?SortID=9" target="_parent">村务公开</a> | <a href="NewsList.asp?SortID=10" target="_parent">招商引资</a> | <a href="Service.asp" target="_parent">便民服务</a> | <a href="GuestBook.asp" target="_parent">镇长信箱</a>
  </td></tr>
</table>
</body>
</html>
"""

FOOTER = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>foot</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="30" bgcolor="#E6EEF7" align="center">乡镇站群：<a href="http://cgz.qingyang-xian.gov.test/" target="_blank">城关镇</a> | <a href="http://hsz.qingyang-xian.gov.test/" target="_blank">黄市镇</a> | <a href="http://sqz.qingyang-xian.gov.test/" target="_blank">双桥镇</a> | <a href="http://ljx.qingyang-xian.gov.test/" target="_blank">柳家乡</a> | <a href="http://bsx.qingyang-xian.gov.test/" target="_blank">白沙乡</a> | <a href="http://www.qingyang-xian.gov.test/" target="_blank">更多&gt;&gt;</a></td></tr>
  <tr><td height="86" bgcolor="#0B5BA7" align="center" class="white" style="line-height:22px">
  主办：清阳县双桥镇人民政府&nbsp;&nbsp;承办：双桥镇党政办公室&nbsp;&nbsp;技术支持：清阳县信息中心<br>
  地址：清阳县双桥镇人民路88号&nbsp;&nbsp;电话：0559-6731002&nbsp;&nbsp;<a href="http://www.miibeian.gov.cn/" target="_blank" class="white">皖ICP备05011826号</a>&nbsp;&nbsp;网站标识码：3410240021<br>
  建议使用IE6.0以上浏览器，1024*768分辨率浏览本站&nbsp;&nbsp;您是本站第 <script language="javascript" src="Count.asp?style=text"></script> 位访问者
  </td></tr>
</table>
</body>
</html>
"""

S1, S2 = SPEECHES["f48b-1"], SPEECHES["f48b-2"]
ID1, ID2, NOTICE = 356, 418, 349
TITLE1 = S1.title
TITLE2 = "镇长刘卫东在全镇村（社区）后备干部培训班开班仪式上的讲话"

# id, title, date shown (ASP's date format, no zero padding)
ROWS_P1 = [
    (ID2, TITLE2, "2022-3-9"),
    (409, "镇党委书记周建华在全镇2022年经济工作会议上的讲话", "2022-2-16"),
    (401, "镇长刘卫东在镇十八届人大一次会议上的政府工作报告", "2022-1-7"),
    (392, "周建华同志在镇党委理论学习中心组专题学习会上的发言", "2021-11-24"),
    (385, "在全镇秋冬季森林防火工作会议上的讲话", "2021-10-19"),
    (377, "在全镇村“两委”换届选举工作动员会上的讲话", "2021-8-30"),
    (370, "在庆祝中国共产党成立100周年暨“七一”表彰大会上的讲话", "2021-6-30"),
    (363, "在全镇安全生产月活动启动仪式上的讲话", "2021-6-2"),
]
ROWS_P2 = [
    (ID1, TITLE1, "2021-5-18"),
    (341, "在全镇春季植树造林动员会上的讲话", "2021-3-10"),
    (333, "镇长刘卫东在全镇2021年经济工作会议上的讲话", "2021-2-23"),
    (318, "在全镇脱贫攻坚总结表彰大会上的讲话", "2020-12-28"),
    (306, "在全镇秋季征兵工作会议上的讲话", "2020-8-12"),
]
TOTAL = len(ROWS_P1) + len(ROWS_P2)


def list_rows(rows):
    out = []
    for aid, title, day in rows:
        out.append(
            f"""  <tr>
    <td height="26" class="list">&nbsp;<img src="images/dot1.gif" width="5" height="5">&nbsp;<a href="NewsView.asp?ID={aid}" title="{title}" target="_blank">{title}</a></td>
    <td width="90" align="center" class="gray">{day}</td>
  </tr>
  <tr><td colspan="2" height="1" background="images/line_dot.gif"></td></tr>"""
        )
    return "\n".join(out)


def pager(page):
    first = '首页 上一页' if page == 1 else '<a href="NewsList.asp?SortID=12&page=1">首页</a> <a href="NewsList.asp?SortID=12&page=1">上一页</a>'
    last = '<a href="NewsList.asp?SortID=12&page=2">下一页</a> <a href="NewsList.asp?SortID=12&page=2">尾页</a>' if page == 1 else '下一页 尾页'
    nums = " ".join(
        f'<font color="red">[{n}]</font>' if n == page else f'<a href="NewsList.asp?SortID=12&page={n}">[{n}]</a>'
        for n in (1, 2)
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="40" align="center">
<form name="pageform" method="get" action="NewsList.asp">共 <b>{TOTAL}</b> 条记录&nbsp;&nbsp;页次:<font color="red">{page}</font>/2页&nbsp;&nbsp;每页8条&nbsp;&nbsp;{first} {nums} {last}&nbsp;&nbsp;转到第<input type="hidden" name="SortID" value="12"><select name="page" onchange="javascript:this.form.submit();"><option value="1"{' selected' if page == 1 else ''}>1</option><option value="2"{' selected' if page == 2 else ''}>2</option></select>页</form>
</td></tr></table>"""


def list_page(page):
    rows = ROWS_P1 if page == 1 else ROWS_P2
    body = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
{LEFT}<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="34" background="images/right_title.gif" class="dqwz">&nbsp;&nbsp;您现在的位置：<a href="./">网站首页</a> &gt;&gt; <a href="NewsList.asp?SortID=12">领导讲话</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
{list_rows(rows)}
</table>
{pager(page)}
</td>
</tr>
</table>
"""
    return HEAD.replace("@@TITLE@@", f"领导讲话-{SITE}") + body + FOOT


def article_page(aid, title, stamp, source, author, hits_script, content, prev, nxt):
    prev_html = f'<a href="NewsView.asp?ID={prev[0]}">{prev[1]}</a>' if prev else "没有了"
    next_html = f'<a href="NewsView.asp?ID={nxt[0]}">{nxt[1]}</a>' if nxt else "没有了"
    body = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
{LEFT}<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="34" background="images/right_title.gif" class="dqwz">&nbsp;&nbsp;您现在的位置：<a href="./">网站首页</a> &gt;&gt; <a href="NewsList.asp?SortID=12">领导讲话</a> &gt;&gt; 正文</td></tr>
</table>
<table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="56" align="center" class="newstitle">{title}</td></tr>
  <tr><td height="26" align="center" class="newsinfo">发布时间：{stamp}&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;&nbsp;浏览次数：<font color="red"><script language="javascript" src="NewsHits.asp?ID={aid}"></script></font>次&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
  <tr><td height="10"><hr size="1" noshade color="#CCCCCC"></td></tr>
  <tr><td class="newscontent" id="zoom" style="font-size:14px;line-height:26px">{content}</td></tr>
  <tr><td height="40" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
  <tr><td height="50" style="line-height:24px">上一篇：{prev_html}<br>下一篇：{next_html}</td></tr>
</table>
</td>
</tr>
</table>
"""
    return HEAD.replace("@@TITLE@@", f"{title}-{SITE}") + body + FOOT


def content1():
    heads = {p for p in S1.paras if p[:2] in ("一、", "二、", "三、", "四、")}
    out = [
        '<P align=center><IMG style="WIDTH: 500px; HEIGHT: 333px" src="/UploadFiles/2021518160233582.jpg" border=0></P>',
        '<P align=center><FONT face=楷体_GB2312>图为会议现场</FONT></P>',
        f'<P align=center><STRONG><FONT face=宋体 size=5>{S1.title}</FONT></STRONG></P>',
        '<P align=center><FONT face=楷体_GB2312 size=4>镇党委书记&nbsp; 周建华</FONT></P>',
        '<P align=center><FONT face=楷体_GB2312 size=4>（2021年5月18日）</FONT></P>',
    ]
    for p in S1.paras:
        if p in heads:
            out.append(f'<P style="TEXT-INDENT: 2em; LINE-HEIGHT: 150%"><STRONG><FONT face=黑体 size=4>{p}</FONT></STRONG></P>')
        elif p == S1.paras[0]:
            out.append(f'<P style="LINE-HEIGHT: 150%"><FONT face=仿宋_GB2312 size=4>{p}</FONT></P>')
        else:
            out.append(f'<P style="TEXT-INDENT: 2em; LINE-HEIGHT: 150%"><FONT face=仿宋_GB2312 size=4>{p}</FONT></P>')
    out.append('<P align=right><FONT face=仿宋_GB2312 size=4>（镇党政办 供稿）</FONT></P>')
    return "\n".join(out)


def content2():
    lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;{p}<BR>" for p in S2.paras]
    return (
        '<DIV style="FONT-SIZE: 14px; LINE-HEIGHT: 28px">'
        + "\n".join(lines)
        + '<BR>\n&nbsp;&nbsp;&nbsp;&nbsp;（本文根据录音整理，未经本人审阅）</DIV>\n'
        + '<DIV align=right>信息来源：镇组织办&nbsp;&nbsp;审核：王明&nbsp;&nbsp;</DIV>'
    )


def notice_content():
    paras = [
        "各村（社区）、镇直各单位：",
        "根据县防汛抗旱指挥部统一部署，为切实做好汛期地质灾害防范工作，现将有关事项通知如下：",
        "一、各村（社区）要对辖区内地质灾害隐患点开展一次全面复查，落实监测责任人，监测记录每日上报镇国土所。",
        "二、强降雨期间，隐患点周边群众要按预案提前转移，未经批准不得返回。",
        "三、镇国土所值班电话：0559-6731065。",
        "双桥镇人民政府",
        "2021年5月10日",
    ]
    return "\n".join(f'<P style="TEXT-INDENT: 2em">{p}</P>' for p in paras)


def home_page():
    latest = [
        (431, "我镇召开2022年春季森林防火暨安全生产工作会议", "03-28"),
        (427, "县委常委、组织部长一行来我镇调研基层党建工作", "03-21"),
        (ID2, TITLE2, "03-09"),
        (415, "双桥镇开展“学雷锋”志愿服务活动", "03-05"),
        (412, "我镇召开2022年经济工作会议", "02-16"),
    ]
    speech_box = ROWS_P1[:5]
    li = lambda rows, n=20: "\n".join(
        f'<tr><td height="24">&nbsp;·<a href="NewsView.asp?ID={a}" target="_blank" title="{t}">{t[:n] + "…" if len(t) > n else t}</a></td><td width="50" class="gray">{d}</td></tr>'
        for a, t, d in rows
    )
    speech_rows = "\n".join(
        f'<tr><td height="24">&nbsp;·<a href="NewsView.asp?ID={a}" target="_blank" title="{t}">{t[:22] + "…" if len(t) > 22 else t}</a></td><td width="50" class="gray">{d[5:] if False else d.split("-", 1)[1]}</td></tr>'
        for a, t, d in speech_box
    )
    body = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="30" colspan="3" bgcolor="#FFF8E1">&nbsp;<b>通知公告：</b>
<marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" width="860"><a href="NewsView.asp?ID=429" target="_blank">关于开展2022年度城乡居民医疗保险集中缴费工作的通知</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="NewsView.asp?ID=424" target="_blank">双桥镇2022年公开招聘村级后备干部公告</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="NewsView.asp?ID={NOTICE}" target="_blank">关于做好汛期地质灾害防范工作的通知</a></marquee></td></tr>
<tr>
<td width="480" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="34" background="images/index_title.gif" class="indextitle">&nbsp;&nbsp;&nbsp;&nbsp;新闻动态</td><td background="images/index_title.gif" align="right"><a href="NewsList.asp?SortID=3">更多&gt;&gt;</a>&nbsp;</td></tr>
{li(latest)}
</table>
</td>
<td width="20"></td>
<td width="480" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="34" background="images/index_title.gif" class="indextitle">&nbsp;&nbsp;&nbsp;&nbsp;领导讲话</td><td background="images/index_title.gif" align="right"><a href="NewsList.asp?SortID=12">更多&gt;&gt;</a>&nbsp;</td></tr>
{speech_rows}
</table>
</td>
</tr>
<tr><td colspan="3" height="10"></td></tr>
<tr><td colspan="3"><a href="http://www.qingyang-xian.gov.test/zt/xczx/" target="_blank"><img src="images/banner_xczx.jpg" width="980" height="90" border="0" alt="全面推进乡村振兴"></a></td></tr>
<tr><td colspan="3" height="10"></td></tr>
<tr>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="34" background="images/index_title.gif" class="indextitle">&nbsp;&nbsp;&nbsp;&nbsp;镇情简介</td></tr>
<tr><td style="padding:8px;line-height:24px"><img src="images/zqjj.jpg" width="150" height="100" align="left" hspace="6">双桥镇位于清阳县东南部，清溪河下游，距县城18公里，总面积126平方公里，辖12个行政村、2个社区，总人口4.3万人。境内交通便利，物产丰富，是全县重要的粮油生产基地……<a href="About.asp?ID=1">[详细]</a></td></tr>
</table>
</td>
<td></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="34" background="images/index_title.gif" class="indextitle">&nbsp;&nbsp;&nbsp;&nbsp;便民服务</td></tr>
<tr><td style="padding:8px;line-height:26px">·<a href="Service.asp?ID=1">户籍办理指南</a>&nbsp;&nbsp;·<a href="Service.asp?ID=2">新农合报销指南</a><br>·<a href="Service.asp?ID=3">低保申请流程</a>&nbsp;&nbsp;·<a href="Service.asp?ID=4">宅基地审批流程</a><br>·<a href="Service.asp?ID=5">计生服务指南</a>&nbsp;&nbsp;·<a href="Service.asp?ID=6">办事电话一览</a></td></tr>
</table>
</td>
</tr>
</table>
"""
    return HEAD.replace("@@TITLE@@", SITE) + body + FOOT


def build() -> Family:
    fam = Family(HOST, "乡镇 site on a county ASP 站群 (南方数据 Southidc-style templates, table layout, iframe header/footer, GBK)",
                 encoding="gbk", content_type="text/html")
    fam.put("/", home_page())
    fam.put("/top.htm", TOP)
    fam.put("/foot.htm", FOOTER)
    fam.route("/NewsList.asp?SortID=12", "NewsList/12_1.html", list_page(1))
    fam.route("/NewsList.asp?SortID=12&page=1", "NewsList/12_1.html", list_page(1))
    fam.route("/NewsList.asp?SortID=12&page=2", "NewsList/12_2.html", list_page(2))
    fam.route(f"/NewsView.asp?ID={ID1}", f"NewsView/{ID1}.html", article_page(
        ID1, TITLE1, "2021-5-18 16:02:33", "镇党政办", "admin", True, content1(),
        (341, "在全镇春季植树造林动员会上的讲话"), (363, "在全镇安全生产月活动启动仪式上的讲话")))
    fam.route(f"/NewsView.asp?ID={ID2}", f"NewsView/{ID2}.html", article_page(
        ID2, TITLE2, "2022-3-9 17:41:07", "镇组织办", "sqzzzb", True, content2(),
        (409, "镇党委书记周建华在全镇2022年经济工作会议上的讲话"), None))
    fam.route(f"/NewsView.asp?ID={NOTICE}", f"NewsView/{NOTICE}.html", article_page(
        NOTICE, "关于做好汛期地质灾害防范工作的通知", "2021-5-10 10:15:48", "镇国土所", "admin", True, notice_content(),
        (346, "双桥镇2021年第一季度财务收支公开"), (ID1, TITLE1)).replace("领导讲话</a> &gt;&gt; 正文", "通知公告</a> &gt;&gt; 正文"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /Inc/\nDisallow: /Databases/\n")
    fam.doc([f"/NewsView.asp?ID={ID1}"], S1, title=TITLE1)
    fam.doc([f"/NewsView.asp?ID={ID2}"], S2, title=TITLE2)
    fam.not_documents += ["/", "/NewsList.asp?SortID=12", "/NewsList.asp?SortID=12&page=2", f"/NewsView.asp?ID={NOTICE}"]
    fam.noise += ["您现在的位置：", "发布时间：", "浏览次数：", "图为会议现场", "周建华", "（2021年5月18日）",
                  "（镇党政办 供稿）", "本文根据录音整理", "信息来源：镇组织办", "打印本页", "上一篇：", "皖ICP备05011826号",
                  "网站标识码：3410240021", "镇情简介", "页次:"]
    fam.note = ("Header and footer are iframes (`top.htm` holds the whole menu, `foot.htm` the 站群 links and ICP); "
                "the speech pasted through eWebEditor repeats its title with the speaker and the date in a centred heading "
                "block after a captioned photo, which are not text; `（本文根据录音整理，未经本人审阅）` and the 信息来源 "
                "line after the other are not text. Dates from the speech's heading / 发布时间 (ASP format `2022-3-9 17:41:07`).")
    return fam
