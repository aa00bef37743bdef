"""A 2003-era county 单位 site (a 地方税务局) built in FrontPage: `index.htm` (also `/`) is FrontPage's
`<frameset>` of `top.htm` (banner), `left.htm` (the column menu, `<base target="main">`) and `main.htm`
(welcome page, hit counter), with FrontPage's `<noframes>` text; no `<a href>` on the home page at all.
The 领导讲话 column `ldjh.htm` (a FrontPage table list) links static pages under `ldjh/`: one a Word 2000
"Save as Web Page" export (`ProgId Word.Document`, `Generator Microsoft Word 9`, `<!--[if gte mso 9]>`
XML, `MsoNormal` paragraphs in 宋体 spans, its own centred title, byline and date lines), the other a
FrontPage 4.0 page (`<title>新建网页 1</title>`, `<p align="center"><b><font size="5" face="宋体">` title,
`<font size="3" face="宋体">&nbsp;&nbsp;&nbsp;&nbsp;…` paragraphs, a WebBot timestamp, [返回]). Server
sends `text/html` with no charset; every page declares gb2312 in a meta tag; GBK bytes."""

from common import SPEECHES, Family

HOST = "www.qfds.gov.test"
SITE = "青峰县地方税务局"
BOSS = ("局党组书记、局长", "赵明华")

# (speech, file under ldjh/, kind, date line as printed)
ARTICLES = [
    (SPEECHES["frameset-1"], "2003031201.htm", "word", "（2003年3月12日）"),
    (SPEECHES["frameset-2"], "fdgz0428.htm", "frontpage", "（2003年4月28日）"),
]

OLDER = [
    ("ldjh/2003011501.htm", "在全局2002年度总结表彰大会上的讲话", "2003年1月15日"),
    ("ldjh/2002122001.htm", "在全县地税系统年终收入组织工作会议上的讲话", "2002年12月20日"),
    ("ldjh/2002090301.htm", "在“三个代表”学习教育活动动员会上的讲话", "2002年9月3日"),
    ("ldjh/2002070101.htm", "在庆祝建党八十一周年座谈会上的讲话", "2002年7月1日"),
    ("ldjh/2002041801.htm", "在全县税收宣传月活动启动仪式上的讲话", "2002年4月18日"),
]

FP_HEAD = """<html>

<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{title}</title>
{extra}</head>
"""


def frameset():
    return FP_HEAD.format(title=SITE, extra="") + """
<frameset rows="128,*" framespacing="0" border="0" frameborder="0">
  <frame name="banner" scrolling="no" noresize target="contents" src="top.htm">
  <frameset cols="168,*">
    <frame name="contents" target="main" src="left.htm" scrolling="auto">
    <frame name="main" src="main.htm" scrolling="auto">
  </frameset>
  <noframes>
  <body>

  <p>此网页使用了框架，但您的浏览器不支持框架。</p>

  </body>
  </noframes>
</frameset>

</html>
"""


def top():
    return FP_HEAD.format(title="顶部", extra='<base target="contents">\n') + f"""
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">

<table border="0" width="100%" cellspacing="0" cellpadding="0" height="128">
  <tr>
    <td width="100%" background="images/topbg.jpg" height="100"><img border="0" src="images/logo.gif" width="480" height="100" alt="{SITE}"></td>
  </tr>
  <tr>
    <td width="100%" bgcolor="#003399" height="28"><font color="#FFFFFF" size="2">&nbsp;&nbsp;
      <script language="JavaScript">
      <!--
      today=new Date();
      var week=new Array("星期日","星期一","星期二","星期三","星期四","星期五","星期六");
      document.write("今天是："+today.getYear()+"年"+(today.getMonth()+1)+"月"+today.getDate()+"日 "+week[today.getDay()]);
      //-->
      </script>
      &nbsp;&nbsp;&nbsp;&nbsp;<marquee width="520" scrollamount="3">依法治税　从严治队　聚财为国　执法为民</marquee></font></td>
  </tr>
</table>

</body>

</html>
"""


def left():
    menu = [
        ("main.htm", "网站首页"),
        ("jgjj.htm", "机构简介"),
        ("ldbz.htm", "领导班子"),
        ("ldjh.htm", "领导讲话"),
        ("gzdt.htm", "工作动态"),
        ("ssfg.htm", "税收法规"),
        ("bszn.htm", "办税指南"),
        ("tzgg.htm", "通知公告"),
        ("lzjs.htm", "廉政建设"),
        ("lxwm.htm", "联系我们"),
    ]
    rows = "\n".join(
        f"""  <tr>
    <td width="100%" height="26" background="images/menubg.gif"><p align="center"><a href="{h}"><font size="2" color="#003399">{n}</font></a></td>
  </tr>"""
        for h, n in menu
    )
    return FP_HEAD.format(title="目录", extra='<base target="main">\n') + f"""
<body bgcolor="#E8F0FC" topmargin="10" leftmargin="4">

<table border="0" width="150" cellspacing="1" cellpadding="0">
  <tr>
    <td width="100%" height="30" bgcolor="#003399"><p align="center"><b><font color="#FFFFFF" size="2">栏目导航</font></b></td>
  </tr>
{rows}
</table>
<p align="center"><font size="2"><a href="mailto:qfds@public.qf.jx.cn">局长信箱</a></font></p>
<p align="center"><font size="2">举报电话：<br>
0797-6612366</font></p>

</body>

</html>
"""


def main_page():
    news = [
        ("gzdt/2003050601.htm", "我局召开预防非典工作督查情况通报会", "2003-5-6"),
        ("gzdt/2003042501.htm", "我局开展第十二个税收宣传月系列活动", "2003-4-25"),
        ("gzdt/2003041001.htm", "县局一季度组织地方税收收入2386万元", "2003-4-10"),
        ("gzdt/2003032001.htm", "我局办税服务厅被评为全市“文明窗口”", "2003-3-20"),
    ]
    items = "\n".join(
        f"""  <tr>
    <td width="80%" height="22"><font size="2">·<a href="{h}">{t}</a></font></td>
    <td width="20%" height="22"><font size="2" color="#808080">{d}</font></td>
  </tr>"""
        for h, t, d in news
    )
    return FP_HEAD.format(title="首页", extra="") + f"""
<body bgcolor="#FFFFFF" topmargin="10">

<table border="0" width="96%" cellspacing="0" cellpadding="0">
  <tr>
    <td width="100%" bgcolor="#D6E3F7" height="26"><font size="2"><b>&nbsp;本局简介</b></font></td>
  </tr>
  <tr>
    <td width="100%"><font size="2">&nbsp;&nbsp;&nbsp;&nbsp;{SITE}成立于1994年，为县人民政府直属行政执法机构，实行省以下垂直管理，内设办公室、征收管理股、计划财务股、税政法规股、稽查局等八个股室，下辖四个基层分局和一个办税服务厅，现有干部职工二百一十三人。</font></td>
  </tr>
</table>
<p>&nbsp;</p>
<table border="0" width="96%" cellspacing="0" cellpadding="0">
  <tr>
    <td width="100%" colspan="2" bgcolor="#D6E3F7" height="26"><font size="2"><b>&nbsp;工作动态</b></font></td>
  </tr>
{items}
</table>
<p>&nbsp;</p>
<hr size="1" color="#003399">
<p align="center"><font size="2">版权所有：{SITE}&nbsp;&nbsp; 地址：青峰县城南大道108号&nbsp;&nbsp; 邮编：342500<br>
电话：0797-6612300&nbsp;&nbsp; 传真：0797-6612301<br>
您是本站第<img src="_vti_bin/fpcount.exe/?Page=main.htm|Image=4" alt="命中计数器">位访问者&nbsp;&nbsp; 建议使用IE5.0以上版本、800×600分辨率浏览</font></p>

</body>

</html>
"""


def ldjh():
    entries = [(f"ldjh/{f}", sp.title, f"{int(sp.date[:4])}年{int(sp.date[5:7])}月{int(sp.date[8:])}日") for sp, f, *_ in ARTICLES]
    entries = sorted(entries, key=lambda e: e[0], reverse=False)
    allrows = [entries[1], entries[0], *OLDER]
    rows = "\n".join(
        f"""  <tr>
    <td width="78%" height="24"><font size="2">·<a href="{h}">{t}</a></font></td>
    <td width="22%" height="24"><font size="2" color="#808080">{d}</font></td>
  </tr>"""
        for h, t, d in allrows
    )
    return FP_HEAD.format(title="领导讲话", extra="") + f"""
<body bgcolor="#FFFFFF" topmargin="10">

<table border="0" width="96%" cellspacing="0" cellpadding="0">
  <tr>
    <td width="100%" colspan="2" bgcolor="#D6E3F7" height="26"><font size="2"><b>&nbsp;当前位置：领导讲话</b></font></td>
  </tr>
{rows}
</table>
<p align="center"><font size="2">[<a href="main.htm">返回首页</a>]</font></p>

</body>

</html>
"""


def word_page(sp, fname, dateline):
    stem = fname.rsplit(".", 1)[0]
    paras = "\n\n".join(
        f"""<p class=MsoNormal style='text-indent:24.0pt;line-height:150%'><span
style='font-size:14.0pt;line-height:150%;font-family:仿宋_GB2312'>{p}<span lang=EN-US><o:p></o:p></span></span></p>"""
        if n
        else f"""<p class=MsoNormal style='line-height:150%'><span style='font-size:14.0pt;
line-height:150%;font-family:仿宋_GB2312'>{p}<span lang=EN-US><o:p></o:p></span></span></p>"""
        for n, p in enumerate(sp.paras)
    )
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 9">
<meta name=Originator content="Microsoft Word 9">
<link rel=File-List href="./{stem}.files/filelist.xml">
<title>在局2003年度党风廉政建设工作会议上的讲话</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>办公室</o:Author>
  <o:LastAuthor>办公室</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>41</o:TotalTime>
  <o:Created>2003-03-12T01:20:00Z</o:Created>
  <o:LastSaved>2003-03-13T07:45:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>432</o:Words>
  <o:Characters>2468</o:Characters>
  <o:Company>青峰县地税局</o:Company>
  <o:Lines>20</o:Lines>
  <o:Paragraphs>4</o:Paragraphs>
  <o:CharactersWithSpaces>3030</o:CharactersWithSpaces>
  <o:Version>9.2720</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
@font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 135135232 16 0 262145 0;}}
@font-face
	{{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
 /* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman";
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
 /* Page Definitions */
@page
	{{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}}
@page Section1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.Section1
	{{page:Section1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=Section1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center;line-height:150%'><b><span
style='font-size:18.0pt;line-height:150%;font-family:宋体'>{sp.title}<span lang=EN-US><o:p></o:p></span></span></b></p>

<p class=MsoNormal align=center style='text-align:center;line-height:150%'><span
style='font-size:14.0pt;line-height:150%;font-family:楷体_GB2312'>{BOSS[0]}<span lang=EN-US>&nbsp;
</span>{BOSS[1]}<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal align=center style='text-align:center;line-height:150%'><span
style='font-size:14.0pt;line-height:150%;font-family:楷体_GB2312'>{dateline}<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal style='line-height:150%'><span lang=EN-US style='font-size:
14.0pt;line-height:150%'><o:p>&nbsp;</o:p></span></p>

{paras}

</div>

</body>

</html>
"""


def frontpage_page(sp, dateline):
    paras = "\n".join(
        f'<p style="line-height: 150%"><font size="3" face="宋体">&nbsp;&nbsp;&nbsp;&nbsp;{p}</font></p>' for p in sp.paras
    )
    return FP_HEAD.format(title="新建网页 1", extra="") + f"""
<body bgcolor="#FFFFFF">

<p align="center"><b><font size="5" face="宋体" color="#000080">{sp.title}</font></b></p>
<p align="center"><font size="3" face="楷体_GB2312">{BOSS[1]}</font></p>
<p align="center"><font size="3" face="楷体_GB2312">{dateline}</font></p>
<hr size="1" color="#C0C0C0">
{paras}
<p>&nbsp;</p>
<p align="center"><font size="2">[<a href="../ldjh.htm">返回</a>]&nbsp;&nbsp; [<a href="javascript:window.print()">打印本页</a>]</font></p>
<p align="right"><font size="2" color="#808080">本页最后更新：<!--webbot bot="Timestamp" S-Type="EDITED"
S-Format="%Y-%m-%d" startspan -->2003-04-29<!--webbot bot="Timestamp" i-CheckSum="12579" endspan -->
</font></p>

</body>

</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "2003-era 单位 site built in FrontPage: frameset home, Word 2000 / FrontPage 4.0 static article pages",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", frameset())
    fam.put("/index.htm", frameset())
    fam.put("/top.htm", top())
    fam.put("/left.htm", left())
    fam.put("/main.htm", main_page())
    fam.put("/ldjh.htm", ldjh())
    fam.not_documents += ["/", "/index.htm", "/top.htm", "/left.htm", "/main.htm", "/ldjh.htm"]
    for sp, fname, kind, dateline in ARTICLES:
        path = f"/ldjh/{fname}"
        if kind == "word":
            fam.put(path, word_page(sp, fname, dateline))
            stem = fname.rsplit(".", 1)[0]
            fam.put(
                f"/ldjh/{stem}.files/filelist.xml",
                f'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../{fname}"/>\n <o:File HRef="filelist.xml"/>\n</xml>\n',
            )
        else:
            fam.put(path, frontpage_page(sp, dateline))
        fam.doc([path], sp, found_by="frames")
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /_vti_bin/\r\nDisallow: /_vti_cnf/\r\nDisallow: /_private/\r\n", "ascii")
    fam.noise += [
        BOSS[0],
        BOSS[1],
        "（2003年3月12日）",
        "（2003年4月28日）",
        "新建网页 1",
        "打印本页",
        "本页最后更新",
        "栏目导航",
        "当前位置：领导讲话",
        "在全局2002年度总结表彰大会上的讲话",
        "此网页使用了框架",
        "依法治税",
        "版权所有：",
        "局长信箱",
    ]
    fam.note = (
        "the home `/` (and `/index.htm`) is a `<frameset>` with no `<a href>`: `left.htm`, `top.htm` and "
        "`main.htm` are reached only through `<frame src>`, and the speeches only through `left.htm`'s 领导讲话 link "
        "to `ldjh.htm` (`found_by`: frames); the server sends `text/html` with no charset, every page declares gb2312 "
        "in a meta tag (GBK bytes); the Word 2000 export and the FrontPage page each print their own centred title, "
        "speaker and date lines before the text (not in the expected text); the FrontPage page's `<title>` is "
        "`新建网页 1`"
    )
    return fam
