"""A university news site on 博达 VSB 站群 (info/NNNN/MMMM.htm articles, v_news_content, begineditable
comment markers, _showDynClicks counter, p_pages pager, lists numbered downwards: xxyw.htm, xxyw/1.htm)."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.qhu.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>@@TITLE@@</title><META Name="keywords" Content="@@KEYWORDS@@" />
<META Name="description" Content="@@DESC@@" />

<link href="@@R@@dfiles/11120/css/style.css" rel="stylesheet" type="text/css" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="@@R@@_sitegray/_sitegray_d.css" />
<script language="javascript" src="@@R@@_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307778465753545742000100044a57 -->
<link rel="stylesheet" type="text/css" href="@@R@@@@CSS@@" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1012,'/@@CSS_ID@@',-1,1443258122)</script>
</head>
<body>
<div class="top">
  <div class="w1200">
    <div class="logo"><!--#begineditable viewid="108462" tagname="logo" layout="" --><a href="@@R@@index.htm"><img src="@@R@@images/logo.png" /></a><!--#endeditable--></div>
    <div class="nav"><!--#begineditable viewid="108463" tagname="导航" layout="" --><ul><li><a href="@@R@@index.htm">首页</a></li><li><a href="@@R@@xwzx/xxyw.htm">学校要闻</a></li><li><a href="@@R@@xwzx/zhxw.htm">综合新闻</a></li><li><a href="@@R@@mtqd.htm">媒体青大</a></li><li><a href="http://www.qhu.test/">学校主页</a></li></ul><!--#endeditable--></div>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <!--#begineditable viewid="108470" tagname="版权" layout="" --><div class="w1200">
    <p>版权所有 &copy; 青禾大学党委宣传部　地址：青禾市学府路1号　邮编：810016</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">青ICP备05000321号</a>　青公网安备 66010402000456号</p>
  </div><!--#endeditable-->
</div>
</body>
</html>
"""

ARTICLES = [
    (SPEECHES["U1"], "1012", "3456", "党委宣传部", 2),
    (SPEECHES["U2"], "1012", "3471", "党委教师工作部", 1),
]


def p_pages(cur, count, href):
    """VSB's p_pages pager; href(i) gives page i's address (0-based)."""
    out = '<span class="p_pages">'
    if cur == 0:
        out += '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
    else:
        out += f'<span class="p_first p_fun"><a href="{href(0)}">首页</a></span><span class="p_prev p_fun"><a href="{href(cur - 1)}">上页</a></span>'
    for i in range(count):
        out += (
            f'<span class="p_no_d">{i + 1}</span>'
            if i == cur
            else f'<span class="p_no"><a href="{href(i)}">{i + 1}</a></span>'
        )
    if cur == count - 1:
        out += '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
    else:
        out += f'<span class="p_next p_fun"><a href="{href(cur + 1)}">下页</a></span><span class="p_last p_fun"><a href="{href(count - 1)}">尾页</a></span>'
    return out + "</span>"


def article(a, runs, k):
    speech, tree, aid, author, count = a
    paras = "\n".join(
        f'<p style="text-indent:2em;margin-bottom:15px;line-height:2;"><span style="font-size:16px;font-family:宋体;">{p}</span></p>'
        for p in runs[k]
    )
    pager = ""
    if count > 1:
        pager = (
            '<div align="center" class="vsbpage">'
            + p_pages(k, count, lambda i: f"{aid}.htm" if i == 0 else f"{aid}_{i + 1}.htm")
            + "</div>"
        )
    page = (
        HEAD
        + """<div class="w1200 main">
  <div class="position"><!--#begineditable viewid="108465" tagname="当前位置" layout="" -->当前位置:
                <a href="../../index.htm">首页</a>
                >>
                <a href="../../xwzx.htm">新闻中心</a>
                >>
                <a href="../../xwzx/xxyw.htm">学校要闻</a>
                >>
                正文<!--#endeditable--></div>
  <div class="content"><!--#begineditable viewid="108466" tagname="内容" layout="" --><script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/openlink.js"></script><form name="_newscontent_fromname">
<div class="article">
  <h1 align="center">@@H1@@</h1>
  <div class="info">发布时间：@@DATE@@　作者：@@AUTHOR@@　点击：[<script>_showDynClicks("wbnews", 1443258122, @@AID@@)</script>]</div>
  <div id="vsb_content"><div class="v_news_content">
@@PARAS@@
</div></div><div id="div_vote_id"></div>
@@PAGER@@
  <div class="photographer" style="text-align:right;">（审核：李文博　编辑：何佳）</div>
</div>
</form><!--#endeditable--></div>
  <div class="prevnext"><!--#begineditable viewid="108467" tagname="上下篇" layout="" --><ul>
    <li>上一条：@@PREV@@</li>
    <li>下一条：@@NEXT@@</li>
  </ul><!--#endeditable--></div>
</div>
"""
        + FOOT
    )
    others = [o for o in ARTICLES if o is not a]
    prev = f'<a href="{others[0][2]}.htm">{others[0][0].title}</a>' if others else "没有了"
    return render(
        page,
        TITLE=f"{speech.title}-青禾大学新闻网",
        KEYWORDS="青禾大学",
        DESC=speech.paras[1][:60],
        R="../../",
        CSS="info.vsb.css",
        CSS_ID="info",
        H1=speech.title,
        DATE=speech.date,
        AUTHOR=author,
        AID=aid,
        PARAS=paras,
        PAGER=pager,
        PREV=prev,
        NEXT="没有了",
    )


def listing(items, cur, count, root, href):
    rows = "\n".join(
        f'<li id="line_u8_{i}"><a href="{root}info/{a[1]}/{a[2]}.htm" target="_blank" title="{a[0].title}">{a[0].title}</a><span>{a[0].date}</span></li>'
        for i, a in enumerate(items)
    )
    page = (
        HEAD
        + """<div class="w1200 main">
  <div class="position"><!--#begineditable viewid="108464" tagname="当前位置" layout="" -->当前位置: <a href="@@R@@index.htm">首页</a> >> <a href="@@R@@xwzx.htm">新闻中心</a> >> 学校要闻<!--#endeditable--></div>
  <div class="list"><!--#begineditable viewid="108468" tagname="列表" layout="" --><script language="javascript" src="/system/resource/js/centerCutImg.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script><ul>
@@ROWS@@
</ul>
<div align="center"><INPUT TYPE="hidden" NAME="actiontype" VALUE=""><input type="hidden" name="_scode_" value="1725860000000"><input type="hidden" name="urltype" value="tree.TreeTempUrl"><input type="hidden" name="wbtreeid" value="1012"><input type="hidden" name="outFlag" value="false">
<style type="text/css">.headStyleu0xo5l0bm9, .headStyleu0xo5l0bm9 td, .headStyleu0xo5l0bm9 div {font-size: 12px;font-family:宋体; color: #000000; margin-left: auto; margin-right: auto; line-height:14px;}</style>
<table cellspacing="0" cellpadding="0" border="0"><tr><td colspan="0"><table cellspacing="0" class="headStyleu0xo5l0bm9" width="100%" cellpadding="1"><tr valign="middle"><td nowrap align="left" width="1%" id="fanye1012">共3条&nbsp;&nbsp;@@CURN@@/@@COUNT@@&nbsp;</td><td nowrap align="left"><div>@@PAGER@@</div></td></tr></table></td></tr></table></div>
<!--#endeditable--></div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="学校要闻-青禾大学新闻网",
        KEYWORDS="青禾大学",
        DESC="学校要闻",
        R=root,
        CSS="list.vsb.css",
        CSS_ID="list",
        ROWS=rows,
        CURN=cur + 1,
        COUNT=count,
        PAGER=p_pages(cur, count, href),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "博达 VSB 站群 university news site (v_news_content, begineditable markers, p_pages, lists numbered downwards)",
    )
    home_rows = "".join(
        f'<li><a href="info/{a[1]}/{a[2]}.htm">{a[0].title}</a><span>{a[0].date[5:]}</span></li>'
        for a in ARTICLES
    )
    home = render(
        HEAD
        + '<div class="w1200 index"><div class="xxyw"><div class="tit"><a href="xwzx/xxyw.htm">学校要闻</a></div><ul>@@ROWS@@</ul></div></div>\n'
        + FOOT,
        TITLE="青禾大学新闻网",
        KEYWORDS="青禾大学",
        DESC="青禾大学新闻网",
        R="",
        CSS="index.vsb.css",
        CSS_ID="index",
        ROWS=home_rows,
    )
    fam.put("/", home)
    fam.put("/index.htm", home)
    # page 1 is xxyw.htm; the older page is xxyw/1.htm (VSB counts list pages downwards)
    fam.put(
        "/xwzx/xxyw.htm", listing(ARTICLES[1:], 0, 2, "../", lambda i: "xxyw.htm" if i == 0 else "xxyw/1.htm")
    )
    fam.put(
        "/xwzx/xxyw/1.htm",
        listing(ARTICLES[:1], 1, 2, "../../", lambda i: "../xxyw.htm" if i == 0 else "1.htm"),
    )
    fam.not_documents += ["/", "/index.htm", "/xwzx/xxyw.htm", "/xwzx/xxyw/1.htm"]
    for a in ARTICLES:
        speech, tree, aid, _author, count = a
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            path = f"/info/{tree}/{aid}{'' if k == 0 else f'_{k + 1}'}.htm"
            fam.put(path, article(a, runs, k))
            pages.append(path)
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /system/\nDisallow: /_sitegray/\n\nSitemap: http://news.qhu.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(f'/info/{a[1]}/{a[2]}.htm')}</loc><lastmod>{a[0].date}</lastmod></url>\n"
            for a in ARTICLES
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "当前位置",
        "发布时间",
        "作者：",
        "点击：",
        "审核：李文博",
        "编辑：何佳",
        "上一条",
        "下一条",
        "首页",
        "上页",
        "下页",
        "尾页",
        "青ICP备05000321号",
        "版权所有",
    ]
    return fam
