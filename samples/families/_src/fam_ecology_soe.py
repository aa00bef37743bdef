"""A state-owned group company's portal (澜江建投集团) on 泛微 e-cology 8 (JSP, GBK): the 登录前门户 home
`/` with portal elements (`div.item[eid]`, `esymbol_wev8.gif` bullets, plain hrefs with
`openFullWindowHaveBar` onclicks), the 领导讲话 element's 更多 → the doc list
`/docs/search/DocSearchTemp.jsp?secid=86` (`ListStyle` table, `datalight` / `datadark` rows,
e-cology split-page bar `共 N 条记录 … 当前第 1 页`, page 2 at `&pagenum=2`) → documents
`/docs/docs/DocDsp.jsp?id=N`: the right-click `rightMenu` toolbar (打印 / 收藏 / 关闭), the display
template's table (标题, 发布部门 / 发布日期 / 阅读次数 / 文档编号), the document body pasted from Word
(`MsoNormal` paragraphs, 仿宋_GB2312 / 黑体 spans, the Word file's own centred title, speaker and
date lines), 附件 list (`/weaver/weaver.file.FileDownload?fileid=…&download=1`, 下载 / 在线查看),
文档回复 box; `_wev8` assets everywhere; GBK in the header and the meta tag."""

from common import SPEECHES, Family, render

HOST = "www.lanjiang-jt-like.test"
CO = "澜江交通建设投资集团有限公司"

HEAD = """


<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD>
<META http-equiv="Content-Type" content="text/html; charset=GBK">
<TITLE>@@TITLE@@</TITLE>
<LINK href="/css/Weaver_wev8.css" type=text/css rel=STYLESHEET>
<link rel="stylesheet" href="/wui/theme/ecology8/jquery/js/e8_zDialog_btn_wev8.css" type="text/css">
<link rel="stylesheet" href="/wui/theme/ecology8/skins/default/wui_wev8.css" type="text/css">
<script type="text/javascript" src="/wui/common/jquery/jquery.min_wev8.js"></script>
<SCRIPT language="javascript" src="/js/weaver_wev8.js"></script>
<script type="text/javascript" src="/js/ecology8/request/e8.browser_wev8.js"></script>
<script type="text/javascript">
var languageid = 7;
function openFullWindowHaveBar(url){
  var redirectUrl = url;
  var width = screen.availWidth - 10;
  var height = screen.availHeight - 50;
  window.open(redirectUrl, "", "height=" + height + ",width=" + width + ",top=0,left=0,toolbar=no,menubar=no,scrollbars=yes,resizable=yes,location=no,status=no");
  return false;
}
</script>
</HEAD>
"""

BANNER = """<div class="portal_top"><div class="portal_logo"><img src="/page/resource/userfile/image/portal/lanjiang_logo_wev8.png" alt="@@CO@@"></div>
<div class="portal_login"><a href="/login/Login.jsp?logintype=1">员工登录</a> | <a href="/login/Login.jsp?logintype=2">外部用户登录</a></div></div>
<div class="portal_menu"><ul>
<li><a href="/">首页</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=81">集团概况</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=82">集团要闻</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=86">领导讲话</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=88">党建工作</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=91">通知公告</a></li>
<li><a href="/docs/search/DocSearchTemp.jsp?secid=95">企业文化</a></li>
</ul></div>
"""

FOOT = """<div class="portal_foot">版权所有：@@CO@@　地址：澜江市滨江大道1688号　邮编：415000<br>
技术支持：泛微网络科技股份有限公司　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备16012345号-1</a></div>
</BODY></HTML>
"""

DOCS = [
    {
        "speech": SPEECHES["f53b-3"],
        "id": 48213,
        "date": "2024-02-23",
        "time": "16:42:08",
        "dept": "安全生产监督管理部",
        "reads": 1287,
        "code": "LJJT-AQ-2024-006",
        "heading": ("集团公司党委书记、董事长　陈国强", "（2024年2月23日）"),
        "files": [
            (56231, "在集团公司2024年安全生产工作会议上的讲话.docx", "38.6K"),
            (56232, "2024年度安全生产目标责任书（范本）.doc", "72.0K"),
        ],
        "replies": 3,
    },
    {
        "speech": SPEECHES["f53b-4"],
        "id": 51077,
        "date": "2024-07-26",
        "time": "18:05:51",
        "dept": "党委办公室（董事会办公室）",
        "reads": 864,
        "code": "LJJT-DB-2024-041",
        "heading": None,
        "files": [(59880, "年中经营工作分析会讲话（定稿）.pdf", "412.3K")],
        "replies": 0,
    },
]

NOTICE = {
    "id": 48190,
    "title": "关于认真学习贯彻集团公司2024年安全生产工作会议精神的通知",
    "date": "2024-02-26",
    "dept": "安全生产监督管理部",
    "reads": 512,
}

OTHERS = [
    (50112, "集团公司召开2024年第二季度经济运行分析会", "2024-07-12", "党委办公室（董事会办公室）"),
    (49655, "在集团公司2024年党风廉政建设和反腐败工作会议上的讲话（摘要）", "2024-03-28", "纪委办公室"),
    (48507, "在集团公司一届三次职工代表大会上的工作报告（摘要）", "2024-03-08", "工会"),
    (47321, "在集团公司2024年工作会议上的总结讲话（摘要）", "2024-01-30", "党委办公室（董事会办公室）"),
    (46904, "在集团公司2023年度领导班子民主生活会上的发言", "2024-01-18", "党委组织部（人力资源部）"),
    (45890, "在集团公司科技创新大会上的致辞", "2023-12-22", "科技信息部"),
    (45102, "在集团公司第三季度安全生产例会上的讲话", "2023-10-20", "安全生产监督管理部"),
    (44478, "在集团公司主题教育动员大会上的讲话", "2023-09-15", "党委办公室（董事会办公室）"),
    (43916, "在集团公司2023年年中工作会议上的讲话", "2023-07-28", "党委办公室（董事会办公室）"),
    (43277, "在集团公司“七一”表彰大会上的讲话", "2023-06-30", "党委组织部（人力资源部）"),
]


def dsp(doc_id):
    return f"/docs/docs/DocDsp.jsp?id={doc_id}"


def mso(p, heading=False):
    font = "黑体" if heading else "仿宋_GB2312"
    return (
        f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
        f'<span style="font-size:16.0pt;font-family:{font};mso-hansi-font-family:宋体">{p}</span></p>'
    )


def is_heading(p):
    return len(p) < 40 and p[:2] in ("一、", "二、", "三、", "四、", "五、")


def doc_page(d, prev, nxt):
    s = d["speech"]
    body = []
    if d["heading"]:
        body.append(
            '<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
            f'<span style="font-size:22.0pt;font-family:方正小标宋简体">{s.title}</span></p>'
        )
        for line in d["heading"]:
            body.append(
                '<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
                f'<span style="font-size:16.0pt;font-family:楷体_GB2312">{line}</span></p>'
            )
        body.append('<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
    for p in s.paras:
        body.append(mso(p, is_heading(p)))
    files = "\n".join(
        f"""<tr><td width="60%"><img src="/images/filetypeicons/{name.rsplit('.', 1)[1]}_wev8.png" align="absmiddle"> <a href="/weaver/weaver.file.FileDownload?fileid={fid}&amp;download=1" target="_blank">{name}</a>&nbsp;<span class="fileSize">({size})</span></td>
<td><a href="/weaver/weaver.file.FileDownload?fileid={fid}&amp;download=1" class="e8_btn_submit">下载</a>&nbsp;<a href="javascript:void(0)" onclick="openFullWindowHaveBar('/docs/docs/DocDspExt.jsp?id={d['id']}&amp;imagefileId={fid}&amp;isFromAccessory=true')">在线查看</a></td></tr>"""
        for fid, name, size in d["files"]
    )
    prev_link = f'<a href="{dsp(prev[0])}">{prev[1]}</a>' if prev else "没有了"
    next_link = f'<a href="{dsp(nxt[0])}">{nxt[1]}</a>' if nxt else "没有了"
    replies = (
        f'<div class="docReply"><div class="e8_title">文档回复（{d["replies"]}）</div><p class="replyTip">请<a href="/login/Login.jsp?logintype=1">登录</a>后查看和发表回复</p></div>'
    )
    page = HEAD + """<BODY id="docdspbody" oncontextmenu="showRightClickMenu(event);return false;">
<div id="rightMenu" class="e8_rightMenu" style="display:none;position:absolute;z-index:1000">
<ul>
<li><a href="javascript:window.print()"><img src="/images/BacoPrint_wev8.gif" align="absmiddle">打印</a></li>
<li><a href="javascript:onFavorite()"><img src="/images/BacoFavorite_wev8.gif" align="absmiddle">收藏</a></li>
<li><a href="javascript:window.close()"><img src="/images/BacoBack_wev8.gif" align="absmiddle">关闭</a></li>
</ul>
</div>
""" + BANNER + """<div class="e8_box docDspBox">
<div class="e8_boxhead"><div class="e8_tablogo"></div><div class="e8_ultab"><ul class="tab_menu"><li class="current"><a href="@@URL@@">文档内容</a></li><li><a href="javascript:void(0)" onclick="alert('您没有权限查看文档属性！')">文档属性</a></li></ul></div>
<div class="e8_topbtn"><input type="button" class="e8_btn_top" value="打印" onclick="window.print()"><input type="button" class="e8_btn_top" value="关闭" onclick="window.close()"></div></div>
<table class="ViewForm docDspTable" width="100%" cellspacing="0" cellpadding="0">
<colgroup><col width="100%"></colgroup>
<tr><td align="center" class="docSubject" style="padding:20px 0 10px 0;font-size:22px;font-weight:bold;color:#c00000">@@TITLE@@</td></tr>
<tr><td align="center" class="docInfo" style="border-bottom:1px solid #dadada;color:#666;padding-bottom:8px">
发布部门：<span id="docdepartment">@@DEPT@@</span>&nbsp;&nbsp;&nbsp;&nbsp;发布日期：<span id="doccreatedate">@@DATE@@ @@TIME@@</span>&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<span id="readcount">@@READS@@</span>&nbsp;&nbsp;&nbsp;&nbsp;文档编号：@@CODE@@
</td></tr>
<tr><td>
<div id="divContent" class="docContent" style="padding:20px 40px;font-size:16px;line-height:28px">
<!--StartFragment-->
@@BODY@@
<!--EndFragment-->
</div>
</td></tr>
<tr><td>
<div class="docAccessory"><div class="e8_title">附件（@@NFILES@@）</div>
<table class="ListStyle" width="100%">
@@FILES@@
</table></div>
</td></tr>
<tr><td class="docPrevNext"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></td></tr>
</table>
@@REPLIES@@
</div>
""" + FOOT
    return render(
        page,
        TITLE=s.title,
        CO=CO,
        URL=dsp(d["id"]),
        DEPT=d["dept"],
        DATE=d["date"],
        TIME=d["time"],
        READS=d["reads"],
        CODE=d["code"],
        BODY="\n".join(body),
        NFILES=len(d["files"]),
        FILES=files,
        PREV=prev_link,
        NEXT=next_link,
        REPLIES=replies,
    )


def notice_page():
    n = NOTICE
    d0 = DOCS[0]
    body = "\n".join(
        mso(p)
        for p in [
            "集团各部门，各子公司：",
            f"2月23日，集团公司召开2024年安全生产工作会议，集团公司党委书记、董事长陈国强出席会议并讲话。现将讲话印发给你们（见附件），请结合实际认真学习贯彻，并于3月15日前将学习贯彻情况报送集团安全生产监督管理部。",
            "联系人：何志刚，联系电话：0745-2881306。",
        ]
    ) + "\n" + '<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">澜江建投集团安全生产监督管理部</span></p>' + "\n" + '<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">2024年2月26日</span></p>'
    fake = dict(d0, id=n["id"], date=n["date"], time="09:12:40", dept=n["dept"], reads=n["reads"], code="LJJT-AQ-2024-007",
                heading=None, files=[(56240, "在集团公司2024年安全生产工作会议上的讲话.pdf", "356.9K")], replies=0)
    page = doc_page(dict(fake, speech=d0["speech"]), None, None)
    # the same template, its own title and body
    start = page.index("<!--StartFragment-->") + len("<!--StartFragment-->")
    end = page.index("<!--EndFragment-->")
    page = page[:start] + "\n" + body + "\n" + page[end:]
    page = page.replace(f"<TITLE>{d0['speech'].title}</TITLE>", f"<TITLE>{n['title']}</TITLE>")
    page = page.replace(f'font-weight:bold;color:#c00000">{d0["speech"].title}</td>', f'font-weight:bold;color:#c00000">{n["title"]}</td>')
    assert d0["speech"].paras[1] not in page
    return page


def list_page(n, rows, total):
    trs = []
    for i, (doc_id, title, date, dept) in enumerate(rows):
        cls = "datalight" if i % 2 == 0 else "datadark"
        trs.append(
            f'<tr class="{cls}"><td><img src="/images/homepage/style/style1/esymbol_wev8.gif">&nbsp;<a href="{dsp(doc_id)}" target="_blank" onclick="return openFullWindowHaveBar(this.href)">{title}</a></td><td>{dept}</td><td align="center">{date}</td></tr>'
        )
    pages = (total + 9) // 10
    base = "/docs/search/DocSearchTemp.jsp?secid=86"
    if n == 1:
        nav = f'<span class="disabled">首页</span> <span class="disabled">上一页</span> <a href="{base}&amp;pagenum=2">下一页</a> <a href="{base}&amp;pagenum=2">尾页</a>'
    else:
        nav = f'<a href="{base}">首页</a> <a href="{base}">上一页</a> <span class="disabled">下一页</span> <span class="disabled">尾页</span>'
    page = HEAD + """<BODY>
""" + BANNER + """<div class="e8_box">
<div class="e8_boxhead"><div class="e8_tablogo"></div><div class="e8_ultab"><ul class="tab_menu"><li class="current"><a href="@@BASE@@">领导讲话</a></li></ul></div></div>
<div class="e8_crumb">当前位置：<a href="/">首页</a> &gt; 领导讲话</div>
<table class="ListStyle" cellspacing="1" width="100%">
<colgroup><col width="65%"><col width="20%"><col width="15%"></colgroup>
<tr class="HeaderForXtalbe"><th>标题</th><th>发布部门</th><th>发布日期</th></tr>
@@ROWS@@
</table>
<div class="e8_splitPage" id="xTable_split">共 @@TOTAL@@ 条记录&nbsp;&nbsp;每页 10 条&nbsp;&nbsp;共 @@PAGES@@ 页&nbsp;&nbsp;当前第 @@N@@ 页&nbsp;&nbsp;@@NAV@@</div>
</div>
""" + FOOT
    return render(page, TITLE="领导讲话", CO=CO, BASE=base, ROWS="\n".join(trs), TOTAL=total, PAGES=pages, N=n, NAV=nav)


def home():
    def element(eid, title, secid, rows):
        lis = "\n".join(
            f'<tr><td width="8"><img src="/images/homepage/style/style1/esymbol_wev8.gif"></td><td><a href="{dsp(i)}" target="_blank" title="{t}" onclick="return openFullWindowHaveBar(this.href)">{t}</a></td><td align="right" width="80"><font class="font">{d}</font></td></tr>'
            for i, t, d in rows
        )
        return f"""<div class="item" id="item_{eid}" eid="{eid}" ebaseid="7">
<div class="header"><span class="icon"><img src="/images/homepage/style/style1/eicon_wev8.gif"></span><span class="title">{title}</span><span class="toolbar"><a href="/docs/search/DocSearchTemp.jsp?secid={secid}" target="_blank">更多</a></span></div>
<div class="content" id="content_{eid}"><table class="Econtent" width="100%">
{lis}
</table></div></div>"""

    speeches = [(d["id"], d["speech"].title, d["date"]) for d in reversed(DOCS)]
    speeches.insert(1, (OTHERS[1][0], OTHERS[1][1], OTHERS[1][2]))
    news = [
        (52011, "集团公司与澜江市人民政府签署城市更新战略合作协议", "2024-08-02"),
        (OTHERS[0][0], OTHERS[0][1], OTHERS[0][2]),
        (49870, "集团公司召开2024年安全生产月启动会", "2024-06-03"),
    ]
    notices = [(NOTICE["id"], NOTICE["title"], NOTICE["date"]), (51230, "关于2024年端午节放假安排的通知", "2024-06-05")]
    page = HEAD + """<BODY class="portalBody">
""" + BANNER + """<div class="portal_main">
<div class="portal_col left">
@@NEWS@@
@@SPEECH@@
</div>
<div class="portal_col right">
@@NOTICE@@
<div class="item" eid="1027" ebaseid="29"><div class="header"><span class="title">快捷入口</span></div><div class="content"><a href="/login/Login.jsp?logintype=1">协同办公</a> <a href="/login/Login.jsp?logintype=1">邮件系统</a> <a href="http://www.sasac.gov.test/" target="_blank">国资委网站</a></div></div>
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{CO}",
        CO=CO,
        NEWS=element(1021, "集团要闻", 82, news),
        SPEECH=element(1023, "领导讲话", 86, speeches),
        NOTICE=element(1025, "通知公告", 91, notices),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "state-owned group portal on 泛微 e-cology 8 (DocDsp.jsp document display, 领导讲话 element, 附件 list), GBK",
        encoding="gbk",
        content_type="text/html; charset=GBK",
    )
    fam.put("/", home())
    rows = sorted(
        [(d["id"], d["speech"].title, d["date"], d["dept"]) for d in DOCS] + OTHERS,
        key=lambda r: r[2],
        reverse=True,
    )
    assert len(rows) == 12
    fam.route("/docs/search/DocSearchTemp.jsp?secid=86", "/docs/search/DocSearchTemp_86.html", list_page(1, rows[:10], len(rows)))
    fam.route("/docs/search/DocSearchTemp.jsp?secid=86&pagenum=2", "/docs/search/DocSearchTemp_86_p2.html", list_page(2, rows[10:], len(rows)))
    fam.not_documents += ["/", "/docs/search/DocSearchTemp.jsp?secid=86", "/docs/search/DocSearchTemp.jsp?secid=86&pagenum=2"]
    ordered = [r for r in rows]
    for d in DOCS:
        k = [r[0] for r in ordered].index(d["id"])
        prev = ordered[k - 1] if k > 0 else None
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        fam.route(dsp(d["id"]), f"/docs/docs/DocDsp_{d['id']}.html", doc_page(d, prev, nxt))
        fam.doc([dsp(d["id"])], d["speech"], published_at=d["date"])
    fam.route(dsp(NOTICE["id"]), f"/docs/docs/DocDsp_{NOTICE['id']}.html", notice_page())
    fam.not_documents.append(dsp(NOTICE["id"]))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login/\nDisallow: /weaver/\nDisallow: /workflow/\n", "ascii")
    fam.noise += [
        "发布部门：",
        "阅读次数：",
        "文档编号：",
        "LJJT-AQ-2024-006",
        "集团公司党委书记、董事长　陈国强",
        "附件（",
        "在线查看",
        "文档回复",
        "上一篇：",
        "湘ICP备16012345号-1",
        "技术支持：泛微网络科技股份有限公司",
        "员工登录",
    ]
    fam.note = (
        "e-cology 8 document display pages `/docs/docs/DocDsp.jsp?id=N` (query routes), GBK. The display "
        "template's title cell, 发布部门 / 发布日期 / 阅读次数 / 文档编号 line, 附件 list, 上一篇 / 下一篇 and "
        "文档回复 box are furniture; the 安全生产 speech's body (pasted from Word) opens with the Word file's own "
        "centred title, speaker line and date line, which are not paragraphs of the speech. The 通知 "
        "(`id=48190`) announcing the speech with a PDF attachment is not a document; nor are the list pages."
    )
    return fam
