"""County party committee's 组织部 site (临河党建网) on TurboCMS (泰得文通 / 易建, Java, static publishing),
a 2010-era table-layout template: `/publish/portal0/tabN/infoM.htm` articles, the column page
`tabN/` (first five items, 更多>>) → list module `tabN/moduleK/more.htm` / `page2.htm`; header `text/html` with no charset, gb2312 in the
meta tag, GBK bytes; nested `<table>` layout, `td.biaoti` title, info row (发布时间 / 来源 / 作者 /
点击数 by script), `#Zoom` text: one speech a Word paste (`MsoNormal` + 仿宋_GB2312 spans) after a
news preamble paragraph (…现将讲话全文刊发如下), the other `&nbsp;` indented `<br>` lines ending
with a `（县委组织部组织科供稿）` line; 【打印本页】 opens `printinfo.jsp?infoid=N` (query route),
the same speech with title and date only (`also_at`); 【关闭窗口】, 上一篇/下一篇, 相关文章, 站内
滚动公告 marquee."""

from common import SPEECHES, Family, render

HOST = "www.linhe-zzb.gov.test"
SITE = "临河党建网"
TAB = 1204

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>@@TITLE@@</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="临河党建网,中共临河县委组织部,组织工作,党员教育,干部工作">
<meta name="description" content="中共临河县委组织部主办">
<link href="/publish/portal0/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/publish/portal0/js/turbo.js"></script>
<style type="text/css">
<!--
.biaoti {font-size: 22px; font-weight: bold; color: #C00000; line-height: 40px;}
.xinxi {font-size: 12px; color: #666666;}
#Zoom {font-size: 16px; line-height: 30px;}
-->
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="28" bgcolor="#F3F3F3" class="xinxi">&nbsp;&nbsp;<script language="javascript">showDate();</script></td>
    <td align="right" bgcolor="#F3F3F3" class="xinxi"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.lhzzb.gov.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.lhzzb.gov.cn','临河党建网')">加入收藏</a>&nbsp;&nbsp;</td>
  </tr>
  <tr>
    <td colspan="2"><img src="/publish/portal0/images/banner.jpg" width="1000" height="150" alt="临河党建网"></td>
  </tr>
  <tr>
    <td colspan="2" height="36" background="/publish/portal0/images/nav_bg.gif" class="nav">
      <a href="/">网站首页</a>　|　<a href="/publish/portal0/tab1201/">组工动态</a>　|　<a href="/publish/portal0/tab1204/">领导讲话</a>　|　<a href="/publish/portal0/tab1206/">干部工作</a>　|　<a href="/publish/portal0/tab1208/">基层党建</a>　|　<a href="/publish/portal0/tab1210/">人才工作</a>　|　<a href="/publish/portal0/tab1212/">党员教育</a>　|　<a href="/publish/portal0/tab1215/">政策法规</a>　|　<a href="/publish/portal0/tab1218/">12380举报</a>
    </td>
  </tr>
  <tr>
    <td colspan="2" height="28" bgcolor="#FFF6E5"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#C00000">【公告】</font>临河县2024年度考试录用公务员面试工作安排的通知　　<font color="#C00000">【公告】</font>12380举报电话：0478-12380　举报网址：www.lhzzb.gov.cn/12380</marquee></td>
  </tr>
</table>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:10px; border-top:3px solid #C00000;">
  <tr>
    <td height="90" align="center" bgcolor="#F3F3F3" class="xinxi">
      主办：中共临河县委组织部　地址：临河县人民路18号　邮编：015200　电话：0478-7512380<br>
      版权所有：临河党建网　<a href="https://beian.miit.gov.cn/" target="_blank">蒙ICP备10002317号</a>　技术支持：TurboCMS<br>
      建议使用IE8.0以上浏览器、1024×768分辨率浏览本站　您是本站第<script language="javascript" src="/counter.jsp?siteid=1"></script>位访客
    </td>
  </tr>
</table>
</body>
</html>
"""

ARTICLES = [
    {
        "speech": SPEECHES["f47b-3"],
        "info": 8712,
        "pub": "2024-05-10 09:12:33",
        "source": "县委组织部",
        "author": "干部科",
        "word": True,
        "preamble": "5月9日下午，县委组织部召开全县年轻干部座谈会，来自乡镇、县直部门和村（社区）的12名年轻干部代表参加座谈。县委常委、组织部部长周慧敏出席会议并讲话。现将讲话全文刊发如下：",
    },
    {
        "speech": SPEECHES["f47b-4"],
        "info": 8839,
        "pub": "2024-06-17 16:40:05",
        "source": "县委组织部",
        "author": "组织科",
        "word": False,
        "tail": "（县委组织部组织科供稿）",
    },
]


def art_url(a):
    return f"/publish/portal0/tab{TAB}/info{a['info']}.htm"


def print_url(a):
    return f"/printinfo.jsp?infoid={a['info']}"


def body_html(a):
    s = a["speech"]
    if a["word"]:
        out = [f'<P style="TEXT-INDENT: 32pt; LINE-HEIGHT: 150%" class=MsoNormal><SPAN style="FONT-FAMILY: 楷体_GB2312; FONT-SIZE: 16pt">{a["preamble"]}</SPAN></P>']
        out += [
            f'<P style="TEXT-INDENT: 32pt; LINE-HEIGHT: 150%" class=MsoNormal><SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt; mso-hansi-font-family: 宋体">{p}<SPAN lang=EN-US><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p></SPAN></SPAN></P>'
            if i == 0 else
            f'<P style="TEXT-INDENT: 32pt; LINE-HEIGHT: 150%" class=MsoNormal><SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt; mso-hansi-font-family: 宋体">{p}<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>'
            for i, p in enumerate(s.paras)
        ]
        return "\n".join(out)
    lines = [f"&nbsp;&nbsp;&nbsp;&nbsp;{p}<br>" for p in s.paras]
    lines.append(f'<p align="right">{a["tail"]}</p>')
    return "\n".join(lines)


def article_page(a, other, prev_next):
    s = a["speech"]
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px;">
  <tr>
    <td height="30" background="/publish/portal0/images/weizhi_bg.gif" class="xinxi">&nbsp;&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/publish/portal0/tab1204/">领导讲话</a> &gt;&gt; 正文</td>
  </tr>
  <tr>
    <td valign="top" style="border:1px solid #E3E3E3; padding:15px 30px;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td align="center" class="biaoti">@@TITLE_H@@</td></tr>
        <tr><td align="center" height="30" class="xinxi" style="border-bottom:1px dashed #CCCCCC;">发布时间：@@PUB@@　　来源：@@SOURCE@@　　作者：@@AUTHOR@@　　点击数：<script language="javascript" src="/infocount.jsp?infoid=@@INFO@@"></script>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
        <tr><td height="10"></td></tr>
        <tr>
          <td valign="top"><div id="Zoom">
@@BODY@@
</div></td>
        </tr>
        <tr><td height="40" align="right" class="xinxi">【<a href="@@PRINT@@" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr>
          <td class="xinxi" style="border-top:1px dashed #CCCCCC; line-height:24px; padding-top:6px;">@@PREVNEXT@@</td>
        </tr>
        <tr>
          <td style="padding-top:10px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="28" bgcolor="#F3F3F3" class="xinxi">&nbsp;<b>相关文章</b></td></tr>
            <tr><td class="xinxi" style="line-height:24px;">·<a href="@@OTHER_URL@@" target="_blank">@@OTHER_TITLE@@</a><br>·<a href="/publish/portal0/tab1201/info8650.htm" target="_blank">我县召开2024年全县组织工作会议</a><br>·<a href="/publish/portal0/tab1206/info8701.htm" target="_blank">县委组织部开展年轻干部“蹲苗”计划</a></td></tr>
          </table></td>
        </tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE=f"{s.title}--{SITE}", TITLE_H=s.title, PUB=a["pub"], SOURCE=a["source"], AUTHOR=a["author"],
                  INFO=a["info"], BODY=body_html(a), PRINT=print_url(a), PREVNEXT=prev_next,
                  OTHER_URL=art_url(other), OTHER_TITLE=other["speech"].title)


def print_page(a):
    s = a["speech"]
    body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in s.paras)
    return f"""<html>
<head>
<title>{s.title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style type="text/css">body {{font-size:16px; line-height:28px;}} .noprint {{}} @media print {{.noprint {{display:none;}}}}</style>
</head>
<body onload="window.print();">
<table width="700" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" height="50"><font size="5"><b>{s.title}</b></font></td></tr>
  <tr><td align="center" height="24"><font color="#666666">{a["pub"][:10]}</font></td></tr>
  <tr><td><hr size="1" noshade></td></tr>
  <tr><td>
{body}
  </td></tr>
  <tr><td align="center" class="noprint" height="40"><input type="button" value="打 印" onclick="window.print();">　<input type="button" value="关 闭" onclick="window.close();"></td></tr>
</table>
</body>
</html>
"""


OLDER = [
    ("在全县2024年组织工作会议上的讲话", "2024-03-12", 8644),
    ("在全县“两新”组织党建工作推进会上的讲话", "2024-01-25", 8590),
    ("在全县干部教育培训工作座谈会上的讲话", "2023-12-08", 8531),
    ("在全县发展党员工作培训会上的讲话", "2023-11-16", 8498),
]
OLDER2 = [
    ("在全县人才工作推进会上的讲话", "2023-09-21", 8407),
    ("在全县党员冬春训工作部署会上的讲话", "2023-01-05", 8102),
]


def listing(rows, n):
    items = "\n".join(
        f'            <tr><td height="28" class="xinxi" style="border-bottom:1px dashed #DDDDDD;">·<a href="{u}" target="_blank" title="{t}">{t}</a></td><td width="90" align="right" class="xinxi" style="border-bottom:1px dashed #DDDDDD;">{d}</td></tr>'
        for t, d, u in rows
    )
    base = f"/publish/portal0/tab{TAB}/module3487"
    if n == 0:
        pg = f'<a href="{base}/more.htm">更多&gt;&gt;</a>'
    elif n == 1:
        pg = f'共8条记录 第1/2页 首页 上一页 <a href="{base}/page2.htm">下一页</a> <a href="{base}/page2.htm">尾页</a>'
    else:
        pg = f'共8条记录 第2/2页 <a href="{base}/more.htm">首页</a> <a href="{base}/more.htm">上一页</a> 下一页 尾页'
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px;">
  <tr>
    <td width="230" valign="top" bgcolor="#FFF6E5">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" align="center" bgcolor="#C00000"><font color="#FFFFFF"><b>栏目导航</b></font></td></tr>
        <tr><td height="30" align="center"><a href="/publish/portal0/tab1201/">组工动态</a></td></tr>
        <tr><td height="30" align="center"><a href="/publish/portal0/tab1204/"><b>领导讲话</b></a></td></tr>
        <tr><td height="30" align="center"><a href="/publish/portal0/tab1206/">干部工作</a></td></tr>
        <tr><td height="30" align="center"><a href="/publish/portal0/tab1208/">基层党建</a></td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td valign="top" style="border:1px solid #E3E3E3;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" background="/publish/portal0/images/lm_bg.gif">&nbsp;&nbsp;<b>领导讲话</b></td><td align="right" class="xinxi">您现在的位置：<a href="/">首页</a> &gt;&gt; 领导讲话&nbsp;&nbsp;</td></tr>
        <tr><td colspan="2" style="padding:10px 15px;">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
@@ITEMS@@
          </table>
        </td></tr>
        <tr><td colspan="2" height="36" align="center" class="xinxi">@@PAGER@@</td></tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE=f"领导讲话--{SITE}", ITEMS=items, PAGER=pg)


def build() -> Family:
    fam = Family(HOST, "TurboCMS county 组织部 site, table layout, GBK, publish/portal0/tabN/infoM.htm, printinfo.jsp print view",
                 encoding="gbk", content_type="text/html")
    a1, a2 = ARTICLES
    pn1 = f'上一篇：<a href="/publish/portal0/tab{TAB}/info8644.htm">在全县2024年组织工作会议上的讲话</a><br>下一篇：<a href="{art_url(a2)}">{a2["speech"].title}</a>'
    pn2 = f'上一篇：<a href="{art_url(a1)}">{a1["speech"].title}</a><br>下一篇：没有了'
    for a, other, pn in ((a1, a2, pn1), (a2, a1, pn2)):
        fam.put(art_url(a), article_page(a, other, pn))
        fam.route(print_url(a), f"/printinfo/{a['info']}.html", print_page(a))
        fam.doc([art_url(a)], a["speech"], published_at=a["speech"].date)
        fam.documents[-1]["also_at"] = [fam.url(print_url(a))]
    rows1 = [(a2["speech"].title, a2["pub"][:10], art_url(a2)), (a1["speech"].title, a1["pub"][:10], art_url(a1))]
    rows1 += [(t, d, f"/publish/portal0/tab{TAB}/info{i}.htm") for t, d, i in OLDER]
    rows2 = [(t, d, f"/publish/portal0/tab{TAB}/info{i}.htm") for t, d, i in OLDER2]
    fam.put(f"/publish/portal0/tab{TAB}/index.html", listing(rows1[:5], 0))
    fam.put(f"/publish/portal0/tab{TAB}/module3487/more.htm", listing(rows1, 1))
    fam.put(f"/publish/portal0/tab{TAB}/module3487/page2.htm", listing(rows2, 2))
    items = "\n".join(
        f'            <tr><td height="26" class="xinxi">·<a href="{u}" target="_blank">{t}</a></td><td width="50" class="xinxi" align="right">{d[5:]}</td></tr>'
        for t, d, u in rows1[:5]
    )
    home = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px;">
  <tr>
    <td width="490" valign="top" style="border:1px solid #E3E3E3;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" background="/publish/portal0/images/lm_bg.gif">&nbsp;&nbsp;<b>组工动态</b></td><td align="right"><a href="/publish/portal0/tab1201/">更多&gt;&gt;</a>&nbsp;</td></tr>
        <tr><td colspan="2" style="padding:6px 10px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="26" class="xinxi">·<a href="/publish/portal0/tab1201/info8850.htm" target="_blank">全县村（社区）党组织书记培训班圆满结业</a></td><td width="50" class="xinxi" align="right">06-21</td></tr>
            <tr><td height="26" class="xinxi">·<a href="/publish/portal0/tab1201/info8791.htm" target="_blank">县委组织部开展“七一”走访慰问老党员活动</a></td><td width="50" class="xinxi" align="right">06-14</td></tr>
        </table></td></tr>
      </table>
    </td>
    <td width="20"></td>
    <td width="490" valign="top" style="border:1px solid #E3E3E3;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" background="/publish/portal0/images/lm_bg.gif">&nbsp;&nbsp;<b>领导讲话</b></td><td align="right"><a href="/publish/portal0/tab1204/">更多&gt;&gt;</a>&nbsp;</td></tr>
        <tr><td colspan="2" style="padding:6px 10px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
@@ITEMS@@
        </table></td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" height="80" align="center"><a href="/publish/portal0/tab1218/"><img src="/publish/portal0/images/12380.jpg" width="1000" height="70" border="0" alt="12380举报网站"></a></td>
  </tr>
</table>
""" + FOOT
    fam.put("/", render(home, TITLE=f"{SITE}--中共临河县委组织部", ITEMS=items))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /publish/portal0/admin/\nDisallow: /printinfo.jsp\n")
    fam.not_documents += ["/", f"/publish/portal0/tab{TAB}/", f"/publish/portal0/tab{TAB}/module3487/more.htm",
                          f"/publish/portal0/tab{TAB}/module3487/page2.htm"]
    fam.noise += ["发布时间：", "点击数：", "打印本页", "关闭窗口", "上一篇：", "下一篇：", "相关文章", "蒙ICP备10002317号",
                  "现将讲话全文刊发如下", "县委组织部组织科供稿", "您现在的位置："]
    fam.note = ("header text/html without charset, gb2312 meta, GBK bytes; 【打印本页】 links printinfo.jsp?infoid=N (query route), "
                "the same speech at a second address (also_at); the Word-pasted speech follows a news preamble paragraph "
                "that is not speech text; published_at is the speech's date (the page was published the next day)")
    return fam
