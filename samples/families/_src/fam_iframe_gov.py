"""An old (2010) county government site whose article pages show the text in a same-site `<iframe>`.

Static pages published by an ASP-era CMS (GB2312 meta, GBK bytes, IIS sends `text/html` with no charset).
The article page `/xxgk/2010/N.htm` is the site frame: banner, nav table, 您现在的位置 breadcrumb, the
title cell, the 发布时间 / 来源 / 点击数 line, then `<iframe src="/content/2010/N_body.htm" …
onload="…scrollHeight…">` holding the text, 【打印本页】【关闭窗口】, 上一篇 / 下一篇, 相关信息 and the
footer (主办单位, ICP, 网站标识码-less era). The iframe page is a bare page: a `<head>` with the charset
and a stylesheet, `<body>` with eWebEditor `<p style="text-indent:2em">` paragraphs and no site frame;
one opens with its own centred title, speaker and date lines. One article is cut by the CMS into two frame
pages (`N.htm`, `N_2.htm`, plain pager links), each with its own iframe (`N_body.htm`, `N_body_2.htm`).
The listing `/xxgk/ldjh/index.htm` (and the home page) link only the frame pages.

The document is the frame page a reader visits (`url`, `pages`); its text lives only in the iframe
page(s) it names (`body_urls` in expected.json): those are not separate documents."""

import re

from common import SPEECHES, Family, split_paras

HOST = "www.anxi-iframe.gov.test"
SITE = "安溪县人民政府"

# speech, id, frame pages' parts, source, speaker line (or None), hits
ARTICLES = [
    (SPEECHES["iframe-1"], "12345", 1, "县政府办公室", ("县委副书记、县长", "陈国平")),
    (SPEECHES["iframe-2"], "11872", 2, "县安监局", None),
]

OLDER = [
    ("在全县2010年经济工作会议上的讲话", "2010-01-18"),
    ("在全县防汛抗旱工作会议上的讲话", "2009-05-06"),
    ("在全县招商引资工作推进会上的讲话", "2009-03-20"),
]


def page_head(title, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="安溪县,安溪县人民政府,政务公开" />
<meta name="description" content="安溪县人民政府门户网站" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/menu.js"></script>
{extra}</head>
"""


TOP = """<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="130" background="/images/banner.jpg"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="980" height="130"><param name="movie" value="/images/top.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" /><embed src="/images/top.swf" width="980" height="130" quality="high" wmode="transparent" type="application/x-shockwave-flash"></embed></object></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td align="center"><a href="/index.htm">网站首页</a></td>
    <td align="center"><a href="/zwdt/index.htm">政务动态</a></td>
    <td align="center"><a href="/xxgk/index.htm">政务公开</a></td>
    <td align="center"><a href="/bsfw/index.htm">办事服务</a></td>
    <td align="center"><a href="/gzhd/index.htm">公众互动</a></td>
    <td align="center"><a href="/zsyz/index.htm">招商引资</a></td>
    <td align="center"><a href="/axgk/index.htm">走进安溪</a></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="date_bar">
  <tr>
    <td width="300">&nbsp;<script language="javascript">var d=new Date();var w=["日","一","二","三","四","五","六"];document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script></td>
    <td align="right"><form name="search" method="get" action="/search.asp" style="margin:0">站内搜索：<input type="text" name="keyword" size="18" class="input" /> <input type="submit" value="搜 索" class="button" /></form></td>
  </tr>
</table>
"""

FOOT = """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center" height="90" style="line-height:22px">
      <a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a> | <a href="/map.htm">网站地图</a> | <a href="/copyright.htm">版权声明</a><br />
      主办单位：安溪县人民政府办公室　承办：安溪县信息中心　地址：安溪县城关镇府前路1号　邮编：362400<br />
      版权所有：安溪县人民政府　闽ICP备05003456号　建议使用1024×768分辨率、IE6.0以上浏览器浏览<br />
      技术支持：安溪县信息中心
    </td>
  </tr>
</table>
<script language="javascript" src="/js/count.js"></script>
</body>
</html>
"""


def frame_url(aid, part):
    return f"/xxgk/2010/{aid}{'' if part == 1 else f'_{part}'}.htm"


def body_url(aid, part):
    return f"/content/2010/{aid}_body{'' if part == 1 else f'_{part}'}.htm"


def side_menu():
    return """<td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">政务公开</td></tr>
        <tr><td class="left_menu"><a href="/xxgk/zfwj/index.htm">政府文件</a></td></tr>
        <tr><td class="left_menu"><a href="/xxgk/ldjh/index.htm">领导讲话</a></td></tr>
        <tr><td class="left_menu"><a href="/xxgk/rsrm/index.htm">人事任免</a></td></tr>
        <tr><td class="left_menu"><a href="/xxgk/ghjh/index.htm">规划计划</a></td></tr>
        <tr><td class="left_menu"><a href="/xxgk/czyjs/index.htm">财政预决算</a></td></tr>
      </table>
    </td>"""


def frame_page(n, part, parts):
    sp, aid, nparts, source, _speaker = ARTICLES[n]
    date = sp.date
    pager = ""
    if nparts > 1:
        links = []
        for k in range(1, nparts + 1):
            links.append(f"<font color=\"red\">[{k}]</font>" if k == part else f'<a href="{frame_url(aid, k)}">[{k}]</a>')
        prev = f'<a href="{frame_url(aid, part - 1)}">上一页</a> ' if part > 1 else ""
        nxt = f' <a href="{frame_url(aid, part + 1)}">下一页</a>' if part < nparts else ""
        pager = f'<tr><td align="center" height="30" class="page">共{nparts}页 {prev}{" ".join(links)}{nxt}</td></tr>'
    prev_next = []
    other = ARTICLES[1 - n]
    if n == 0:
        prev_next = f'上一篇：<a href="{frame_url(other[1], 1)}">{other[0].title}</a><br />下一篇：没有了'
    else:
        prev_next = f'上一篇：{OLDER[0][0]}<br />下一篇：<a href="{frame_url(other[1], 1)}">{other[0].title}</a>'
    body = f"""{TOP}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
{side_menu()}
    <td valign="top" style="padding:10px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="position">您现在的位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk/index.htm">政务公开</a> &gt;&gt; <a href="/xxgk/ldjh/index.htm">领导讲话</a> &gt;&gt; 正文</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="content_table">
        <tr><td align="center" class="title" height="50"><b>{sp.title}</b></td></tr>
        <tr><td align="center" class="info" height="30" style="border-bottom:1px dashed #CCCCCC">发布时间：{date}　来源：{source}　作者：admin　点击数：<script language="javascript" src="/count.asp?id={aid}&amp;act=show"></script>　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
        <tr>
          <td valign="top" style="padding-top:10px">
            <iframe src="{body_url(aid, part)}" id="contentFrame" name="contentFrame" width="100%" height="1200" frameborder="0" scrolling="no" marginwidth="0" marginheight="0" onload="this.height=contentFrame.document.body.scrollHeight+30"></iframe>
          </td>
        </tr>
        {pager}
        <tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td class="prevnext" style="border-top:1px dashed #CCCCCC;line-height:24px">{prev_next}</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="related">
        <tr><td class="related_title">相关信息</td></tr>
        <tr><td><a href="{frame_url(other[1], 1)}">·{other[0].title}</a>　<span class="date">{other[0].date}</span></td></tr>
        <tr><td>·{OLDER[1][0]}　<span class="date">{OLDER[1][1]}</span></td></tr>
      </table>
    </td>
  </tr>
</table>
{FOOT}"""
    extra = """<script language="javascript">
function fontZoom(size){ var f=document.getElementById("contentFrame"); f.contentWindow.document.body.style.fontSize=size+"px"; }
</script>
"""
    return page_head(f"{sp.title}_{SITE}", extra) + body


def body_page(n, paras, first):
    sp, aid, _parts, _source, speaker = ARTICLES[n]
    lead = ""
    if first and speaker:
        year, month, day = (int(x) for x in sp.date.split("-"))
        lead = (
            f'<p align="center" style="text-align:center"><strong><span style="font-size:18px">{sp.title}</span></strong></p>\n'
            f'<p align="center" style="text-align:center">{speaker[0]}　{speaker[1]}</p>\n'
            f'<p align="center" style="text-align:center">（{year}年{month}月{day}日）</p>\n'
        )
    lines = []
    for p in paras:
        if re.match(r"^[一二三四五六七八九十]、", p):
            lines.append(f'<p style="text-indent:2em"><strong>{p}</strong></p>')
        else:
            lines.append(f'<p style="text-indent:2em">{p}</p>')
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title></title>
<link href="/css/content.css" rel="stylesheet" type="text/css">
</head>
<body style="margin:0px;font-size:14px;line-height:200%;font-family:宋体">
{lead}{chr(10).join(lines)}
</body>
</html>
"""


def rows(items):
    return "\n".join(
        f'        <tr><td class="list_item" height="26">·<a href="{href}" target="_blank" title="{t}">{t}</a></td><td width="90" align="center" class="date">{d}</td></tr>'
        if href
        else f'        <tr><td class="list_item" height="26">·{t}</td><td width="90" align="center" class="date">{d}</td></tr>'
        for href, t, d in items
    )


def listing():
    items = [(frame_url(a[1], 1), a[0].title, a[0].date) for a in ARTICLES] + [(None, t, d) for t, d in OLDER]
    items.sort(key=lambda x: x[2], reverse=True)
    body = f"""{TOP}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
{side_menu()}
    <td valign="top" style="padding:10px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="position">您现在的位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk/index.htm">政务公开</a> &gt;&gt; 领导讲话</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="list_table">
{rows(items)}
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" height="36" class="page">共 {len(items)} 条记录　页次：1/1　每页：20 条　首页 上一页 下一页 尾页</td></tr></table>
    </td>
  </tr>
</table>
{FOOT}"""
    return page_head(f"领导讲话_{SITE}") + body


def home():
    items = [(frame_url(a[1], 1), a[0].title, a[0].date[5:]) for a in ARTICLES]
    body = f"""{TOP}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="480" valign="top" style="padding:8px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="block_title">政务动态</td><td align="right" class="block_title"><a href="/zwdt/index.htm">更多&gt;&gt;</a></td></tr>
        <tr><td colspan="2" class="list_item">·县政府召开第四十二次常务会议　<span class="date">11-05</span></td></tr>
        <tr><td colspan="2" class="list_item">·我县开展秋冬季森林防火专项检查　<span class="date">11-02</span></td></tr>
        <tr><td colspan="2" class="list_item">·全县第六次人口普查入户登记工作全面展开　<span class="date">11-01</span></td></tr>
      </table>
    </td>
    <td width="480" valign="top" style="padding:8px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="block_title">领导讲话</td><td align="right" class="block_title"><a href="/xxgk/ldjh/index.htm">更多&gt;&gt;</a></td></tr>
{rows(items)}
      </table>
    </td>
  </tr>
</table>
{FOOT}"""
    return page_head(SITE) + body


class IframeFamily(Family):
    """A frame page's text is the text of the iframe page(s) it names."""

    bodies: dict

    def page_text(self, url):
        own = super().page_text(url)
        path = url.split(self.host, 1)[-1]
        return own + "".join(super(IframeFamily, self).page_text(b) for b in self.bodies.get(path, []))


def build() -> Family:
    fam = IframeFamily(
        HOST,
        "2010-era county government site (ASP-era static CMS) showing article text in a same-site <iframe>",
        encoding="gbk",
        content_type="text/html",
    )
    fam.bodies = {}
    fam.put("/", home())
    fam.put("/index.htm", home())
    fam.put("/xxgk/ldjh/index.htm", listing())
    fam.not_documents += ["/", "/index.htm", "/xxgk/ldjh/index.htm"]
    for n, (sp, aid, nparts, _source, _speaker) in enumerate(ARTICLES):
        runs = split_paras(sp.paras, nparts)
        pages = []
        for part, run in enumerate(runs, start=1):
            fam.put(frame_url(aid, part), frame_page(n, part, nparts))
            fam.put(body_url(aid, part), body_page(n, run, part == 1))
            fam.bodies[frame_url(aid, part)] = [body_url(aid, part)]
            fam.not_documents.append(body_url(aid, part))
            pages.append(frame_url(aid, part))
        fam.not_documents += pages[1:]
        fam.doc(pages, sp)
        fam.documents[-1]["body_urls"] = [fam.url(body_url(aid, k)) for k in range(1, nparts + 1)]
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /admin/\r\nDisallow: /inc/\r\n", "ascii")
    fam.noise += [
        "县委副书记、县长",
        "陈国平",
        "（2010年11月9日）",
        "您现在的位置",
        "发布时间：",
        "来源：县政府办公室",
        "点击数：",
        "打印本页",
        "关闭窗口",
        "上一篇：",
        "下一篇：",
        "相关信息",
        "共2页",
        "主办单位：安溪县人民政府办公室",
        "闽ICP备05003456号",
        "技术支持：安溪县信息中心",
        "政务动态",
        "领导讲话",
        "在全县2010年经济工作会议上的讲话",
    ]
    fam.note = (
        "The server sends `text/html` with no charset; every page declares gb2312 in a meta tag (GBK bytes). Each "
        "document is the frame page a reader visits (`url`, `pages`: `/xxgk/2010/N.htm`, and `N_2.htm` for the "
        "two-page article, linked by the plain pager), which prints the site frame, title and 发布时间 line but "
        "not the text: the text is only in the same-site `<iframe src>` page each frame page names "
        "(`body_urls`: `/content/2010/N_body.htm`, `N_body_2.htm`), a bare page of `<p>` paragraphs. The iframe "
        "pages are not documents of their own (listed among the non-documents); a crawler must fetch the iframe "
        "page to get the speech and file it under the frame page's URL. The first body page opens with its own "
        "centred title, speaker and date lines (not in the text); the speech's part headings (一、…) are. "
        "`published_at` is the 发布时间 date (the same day as the speech)."
    )
    return fam
