"""Microsoft Office Web Viewer (view.officeapps.live.com/op/view.aspx?src=…) showing shared .docx files
read-only: query routes `/op/view.aspx?src=<percent-encoded file URL>` answered by the WordViewer page,
`<title>` the file name (`….docx`), the Office header (`O365_NavHeader`-style brand bar: Word, the file
name in `BreadcrumbTitle`, 只读 badge), the ribbon row (文件 · 编辑文档 (disabled: 若要编辑，请下载副本) ·
打印 · 共享 · 嵌入 · 翻译), a 此文档以只读模式打开 message bar, then the server-rendered document in
`div.WACViewPanel > div.PageContentContainer > div.Page`, every paragraph Word Online's
`div.OutlineElement > p.Paragraph[paraid][paraeid] > span.TextRun > span.NormalTextRun` with its
`span.EOP` (&nbsp; and `data-ccp-props`), the file's own centred title, speaker and date lines first;
the status bar (第 N 页，共 M 页 · 字数 · 中文(中国) · 帮助改进 Office) and the Microsoft footer (隐私和
Cookie · 使用条款 · © Microsoft 2024). The second file is opened in the mobile viewer
`/op/mobileview.aspx?src=…`, which prints one document page per request with 上一页 / 下一页 links
(`&wdPage=2`). Home `/` is the viewer's product page, whose 示例 links open the two files."""

from urllib.parse import quote

from common import SPEECHES, Family, render, split_paras

HOST = "view.officeapps-like.test"

DOCS = [
    {
        "speech": SPEECHES["R33B2"], "fname": "2024届毕业典礼校长致辞（终稿）.docx",
        "src": "https://www.hbgy-univ-like.test/__local/8/3F/A2/C9D04E1B7A6F5E2D3C4B1A0F9E8_D2B71A5C_6E1F0.docx",
        "byline": "校长　陈启明", "dateline": "（2024年6月21日）", "words": "1,302", "sc": "SCXW214780963", "pages": 3,
        "mobile": False,
    },
    {
        "speech": SPEECHES["R33B4"], "fname": "第三季度安全环保工作例会讲话.docx",
        "src": "http://oa.hengtai-group-like.test/upload/file/2023/10/20231010093512874.docx",
        "byline": "公司总经理　李向东", "dateline": "（2023年10月9日）", "words": "1,287", "sc": "SCXW88310457", "pages": 2,
        "mobile": True,
    },
]


def view_path(d, mobile=False, page=None):
    base = "/op/mobileview.aspx" if mobile else "/op/view.aspx"
    q = "src=" + quote(d["src"], safe="")
    if page and page > 1:
        q += f"&wdPage={page}"
    return f"{base}?{q}"


def para(d, i, text, center=False, font="仿宋_GB2312", size="16pt"):
    sc = d["sc"]
    style = "text-align: center;" if center else "text-align: justify; text-indent: 32px;"
    paraid = 1429871245 + i * 7919
    return (f'<div class="OutlineElement Ltr {sc} BCX0"><p class="Paragraph {sc} BCX0" xml:lang="ZH-CN" lang="ZH-CN" paraid="{paraid}" '
            f'paraeid="{{6c1e2a{i:02d}-4f2b-4e8a-9d1c-3a7b5e0f{i:04d}}}{{{i * 3 + 12}}}" style="{style} font-family: {font}; font-size: {size};">'
            f'<span data-contrast="auto" xml:lang="ZH-CN" lang="ZH-CN" class="TextRun {sc} BCX0">'
            f'<span class="NormalTextRun {sc} BCX0">{text}</span></span>'
            f'<span class="EOP {sc} BCX0" data-ccp-props="{{&quot;201341983&quot;:0,&quot;335559739&quot;:0,&quot;335559740&quot;:560}}">&nbsp;</span></p></div>')


def pages_html(d, runs):
    s = d["speech"]
    out, i = [], 0
    for n, run in enumerate(runs, 1):
        body = []
        if n == 1:
            body.append(para(d, i, s.title, True, "方正小标宋简体", "22pt")); i += 1
            body.append(para(d, i, d["byline"], True, "楷体_GB2312")); i += 1
            body.append(para(d, i, d["dateline"], True, "楷体_GB2312")); i += 1
        for p in run:
            body.append(para(d, i, p)); i += 1
        out.append(f'<div class="Page" data-pageindex="{n}" style="width: 794px; min-height: 1123px;">\n<div class="PageContent">\n'
                   + "\n".join(body) + "\n</div>\n</div>")
    return out


HEAD = """<!DOCTYPE html>
<html dir="ltr" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<link rel="shortcut icon" href="https://c1-word-view-15.cdn.office-like.test/wv/resources/2052/FavIcon_Word.ico">
<link rel="stylesheet" type="text/css" href="https://c1-word-view-15.cdn.office-like.test/wv/s/161713218002_App_Scripts/WordViewer.css">
<script type="text/javascript">
var _wopiSrc = "@@SRC_JS@@", _fileName = "@@FNAME@@";
var g_wvBootParams = {"ui":"zh-CN","rs":"zh-CN","isReadOnly":true,"isAnonymous":true,"canEdit":false,"hostName":"Office Web Viewer","fileExtension":"docx","pageCount":@@PAGES@@,"build":"16.0.17613.42003"};
</script>
</head>
"""

HEADER = """<div id="O365_NavHeader" class="o365cs-nav-header" role="banner">
  <div class="o365cs-nav-leftAlign"><a id="O365_AppName" class="o365cs-nav-appTitle" href="https://www.office-like.test/" target="_blank" aria-label="Word"><span class="o365cs-nav-brandingText">Word</span></a></div>
  <div id="BreadcrumbBar" class="BreadcrumbBar"><span id="BreadcrumbTitle" class="BreadcrumbTitle" title="@@FNAME@@">@@FNAME@@</span><span id="BreadcrumbReadOnly" class="BreadcrumbStatus">只读</span></div>
  <div class="o365cs-nav-rightAlign"><a id="O365_SignIn" class="o365cs-nav-signIn" href="https://login.microsoftonline-like.test/" rel="nofollow">登录</a></div>
</div>
<div id="RibbonContainer" class="cui-ribbonTopBars" role="toolbar" aria-label="功能区">
  <ul class="cui-tts" role="tablist">
    <li class="cui-tt" id="FileMenuLauncher"><a class="cui-tt-a" href="javascript:;" role="tab">文件</a></li>
    <li class="cui-tt cui-disabled" id="EditInBrowser"><a class="cui-tt-a" href="javascript:;" aria-disabled="true" title="若要编辑，请下载副本">编辑文档</a></li>
    <li class="cui-tt" id="Print"><a class="cui-tt-a" href="javascript:;">打印</a></li>
    <li class="cui-tt" id="Share"><a class="cui-tt-a" href="javascript:;">共享</a></li>
    <li class="cui-tt" id="Embed"><a class="cui-tt-a" href="javascript:;">嵌入</a></li>
    <li class="cui-tt" id="Translate"><a class="cui-tt-a" href="javascript:;">翻译</a></li>
    <li class="cui-tt" id="Find"><a class="cui-tt-a" href="javascript:;">查找</a></li>
  </ul>
</div>
<div id="MessageBarContainer" class="MessageBar" role="alert"><span class="MessageBarIcon"></span><span class="MessageBarText">此文档以只读模式打开。若要进行更改，请下载副本并在 Word 中编辑。</span><a class="MessageBarButton" href="@@SRC@@">下载</a></div>
"""

FOOT = """<div id="StatusBarContainer" class="StatusBar" role="status">
  <span class="StatusBarItem" id="StatusBarPageNumber">第 @@CUR@@ 页，共 @@PAGES@@ 页</span>
  <span class="StatusBarItem" id="StatusBarWordCount">@@WORDS@@ 个字</span>
  <span class="StatusBarItem" id="StatusBarLanguage">中文(中国)</span>
  <span class="StatusBarItem StatusBarRight"><a href="https://go.microsoft-like.test/fwlink/?LinkId=392306" target="_blank" rel="nofollow">帮助改进 Office</a></span>
  <span class="StatusBarItem StatusBarRight" id="StatusBarZoom">缩放 100%</span>
</div>
<div id="WACFooter" class="WACFooter"><a href="https://go.microsoft-like.test/fwlink/?LinkId=521839" target="_blank" rel="nofollow">隐私和 Cookie</a><span>|</span><a href="https://go.microsoft-like.test/fwlink/?LinkId=2083423" target="_blank" rel="nofollow">使用条款</a><span>|</span><span>&copy; Microsoft 2024</span></div>
<script type="text/javascript" src="https://c1-word-view-15.cdn.office-like.test/wv/s/161713218002_App_Scripts/WordViewerIntl.js"></script>
<script type="text/javascript" src="https://c1-word-view-15.cdn.office-like.test/wv/s/161713218002_App_Scripts/WordViewer.js"></script>
<script type="text/javascript">if (typeof(WordViewer) !== "undefined") { WordViewer.Boot(g_wvBootParams); }</script>
</body>
</html>
"""


def desktop_page(d):
    runs = split_paras(d["speech"].paras, d["pages"])
    page = HEAD + """<body class="WACBody" id="WordViewerBody">
<form method="post" action="./view.aspx?src=@@SRC_Q@@" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkPhc3mF4b0Cq8Yw2pX1+3kUe0Vn8="></div>
</form>
""" + HEADER + """<div id="WACViewPanel" class="WACViewPanel" role="main" aria-label="文档">
<div id="WACViewPanel_EditingElement" class="WACViewPanel_EditingElement" contenteditable="false" spellcheck="false">
<div class="PageContentContainer">
@@PAGES_HTML@@
</div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=d["fname"], SRC_JS=d["src"], FNAME=d["fname"], PAGES=d["pages"], SRC=d["src"],
                  SRC_Q=quote(d["src"], safe=""), PAGES_HTML="\n".join(pages_html(d, runs)), CUR=1, WORDS=d["words"])


def mobile_pages(d):
    runs = split_paras(d["speech"].paras, d["pages"])
    boxes = pages_html(d, runs)
    out = []
    for n, box in enumerate(boxes, 1):
        prev = (f'<a class="MobilePager-prev" href="{view_path(d, True, n - 1).replace("&", "&amp;")}">&lt; 上一页</a>' if n > 1
                else '<span class="MobilePager-prev MobilePager-disabled">&lt; 上一页</span>')
        nxt = (f'<a class="MobilePager-next" href="{view_path(d, True, n + 1).replace("&", "&amp;")}">下一页 &gt;</a>' if n < len(boxes)
               else '<span class="MobilePager-next MobilePager-disabled">下一页 &gt;</span>')
        pager = f'<div class="MobilePager" role="navigation">{prev}<span class="MobilePager-status">第 {n} 页，共 {len(boxes)} 页</span>{nxt}</div>'
        page = HEAD.replace('<meta name="viewport" content="width=device-width, initial-scale=1">',
                            '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">') + """<body class="WACBody MobileView" id="WordMobileViewerBody">
<div id="MobileHeader" class="MobileHeader"><span class="MobileHeader-app">Word</span><span class="MobileHeader-title" title="@@FNAME@@">@@FNAME@@</span><a class="MobileHeader-download" href="@@SRC@@">下载</a></div>
<div class="MobileNotice">在 Office 移动版查看器中查看。<a href="@@DESKTOP@@">切换到完整视图</a></div>
@@PAGER@@
<div id="WACViewPanel" class="WACViewPanel MobileViewPanel" role="main" aria-label="文档">
<div class="PageContentContainer">
@@BOX@@
</div>
</div>
@@PAGER@@
<div id="WACFooter" class="WACFooter"><a href="https://go.microsoft-like.test/fwlink/?LinkId=521839" target="_blank" rel="nofollow">隐私和 Cookie</a><span>|</span><a href="https://go.microsoft-like.test/fwlink/?LinkId=2083423" target="_blank" rel="nofollow">使用条款</a><span>|</span><span>&copy; Microsoft 2024</span></div>
<script type="text/javascript" src="https://c1-word-view-15.cdn.office-like.test/wv/s/161713218002_App_Scripts/WordMobileViewer.js"></script>
</body>
</html>
"""
        out.append(render(page, TITLE=d["fname"], SRC_JS=d["src"], FNAME=d["fname"], PAGES=d["pages"], SRC=d["src"],
                          DESKTOP=view_path(d).replace("&", "&amp;"), PAGER=pager, BOX=box))
    return out


def home_page():
    rows = "\n".join(
        f'      <li><a href="{(view_path(d, d["mobile"])).replace("&", "&amp;")}" target="_blank">{d["fname"]}</a>{"（移动视图）" if d["mobile"] else ""}</li>'
        for d in DOCS)
    page = """<!DOCTYPE html>
<html dir="ltr" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Office Online 查看器：在浏览器中查看 Office 文档</title>
<link rel="stylesheet" type="text/css" href="https://c1-word-view-15.cdn.office-like.test/op/s/161713218002_App_Scripts/OpGenerate.css">
</head>
<body class="OpBody">
<div id="O365_NavHeader" class="o365cs-nav-header" role="banner"><span class="o365cs-nav-brandingText">Office</span></div>
<div class="OpContent">
  <h1>Office Online 查看器</h1>
  <p>使用 Office Online 查看器，无需安装 Office，即可在浏览器中查看网站上的 Word、Excel 和 PowerPoint 文档。</p>
  <h2>为网站上的文档生成链接</h2>
  <form method="get" action="/op/generate.aspx"><label for="docurl">输入公开文档的 URL：</label><input type="text" id="docurl" name="src"><button type="submit">创建 URL</button></form>
  <h2>示例</h2>
  <ul class="OpSamples">
@@ROWS@@
  </ul>
  <p class="OpNote">文档必须可通过 Internet 公开访问。文件大小：Word 和 PowerPoint 不超过 10 MB，Excel 不超过 5 MB。</p>
</div>
<div id="WACFooter" class="WACFooter"><a href="https://go.microsoft-like.test/fwlink/?LinkId=521839" target="_blank" rel="nofollow">隐私和 Cookie</a><span>|</span><a href="https://go.microsoft-like.test/fwlink/?LinkId=2083423" target="_blank" rel="nofollow">使用条款</a><span>|</span><span>&copy; Microsoft 2024</span></div>
</body>
</html>
"""
    return render(page, ROWS=rows)


def build() -> Family:
    fam = Family(HOST, "Microsoft Office Web Viewer (view.officeapps.live.com/op/view.aspx?src=…) read-only WordViewer pages: Word Online paragraph spans, ribbon, status bar; a mobile-view document over 2 pages",
                 content_type="text/html; charset=utf-8")
    fam.put("/", home_page())
    fam.not_documents.append("/")
    for d in DOCS:
        if d["mobile"]:
            paths = [view_path(d, True, n) for n in range(1, d["pages"] + 1)]
            for n, (path, text) in enumerate(zip(paths, mobile_pages(d)), 1):
                fam.route(path, f"/op/_mobile_{d['sc']}_{n}.html", text)
            fam.doc(paths, d["speech"])
            fam.not_documents += paths[1:]
        else:
            path = view_path(d)
            fam.route(path, f"/op/_view_{d['sc']}.html", desktop_page(d))
            fam.doc([path], d["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /op/generate.aspx\n")
    fam.note = ("title is the speech's title, the file's first line (<title> and the breadcrumb show the file name); published_at is the file's own date line; "
                "the mobile-view document's page 2 (&wdPage=2) is a continuation page; the file URLs in src= are on hosts not served")
    fam.noise += ["只读", "编辑文档", "此文档以只读模式打开", "帮助改进 Office", "中文(中国)", "第 1 页，共", "上一页", "下一页", "切换到完整视图",
                  "使用条款", ".docx", DOCS[0]["byline"], DOCS[1]["byline"], DOCS[0]["dateline"], DOCS[1]["dateline"]]
    return fam
