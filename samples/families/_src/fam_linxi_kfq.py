"""临溪经济开发区管理委员会 site on an older 网站群 platform of about 2015–2019 (`/site/<site>/<column>/info/YYYY/N.html`
publishing, GBK bytes, `charset=gb2312` in the meta tag, header `text/html` with no charset): the whole page in nested
fixed-width `<table>`s, a `td.dqwz` 您现在的位置 row, the title in `td.title`, an info row
`发布时间：… 来源：… 点击数：<script>…</script>` (the count written by a script), `【字体：大 中 小】`, the text in
`td#zoom.content` as `<p align="justify">` paragraphs with an `&nbsp;` indent; every 领导讲话 item carries a photo
in a centred `<p>` and its centred caption (`…在会上讲话。（… 摄）`), one at the top, one between paragraphs;
【打印本页】【关闭窗口】 table row, 上一条 / 下一条; the 领导讲话 list numbered by `index.html` / `index_2.html`
with `页次 1/2` and a `新闻中心` report of the same meeting that is no document; the 托管 街道's speech
sits in the same column."""

import html as H

from common import SPEECHES, Family, render

HOST = "www.lxkfq.gov.test"
SITE = "/site/lxkfq"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="Generator" content="ESite WebGroup 5.2">
<link href="/site/lxkfq/images/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/site/lxkfq/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" class="topbg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td class="f12">&nbsp;今天是：<script language="javascript">showDate();</script></td>
    <td align="right" class="f12"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a> | <a href="http://www.linxi.gov.test/" target="_blank">临溪市政府网</a>&nbsp;</td></tr></table></td></tr>
  <tr><td><img src="/site/lxkfq/images/banner.jpg" width="1000" height="160" alt="临溪经济开发区管理委员会"></td></tr>
  <tr><td height="36" class="navbg"><table border="0" align="center" cellpadding="0" cellspacing="0"><tr>
    <td class="nav"><a href="/">网站首页</a></td><td class="nav"><a href="/site/lxkfq/kfqgk/index.html">开发区概况</a></td><td class="nav"><a href="/site/lxkfq/xwzx/index.html">新闻中心</a></td><td class="nav"><a href="/site/lxkfq/ldjh/index.html">领导讲话</a></td><td class="nav"><a href="/site/lxkfq/zsyz/index.html">招商引资</a></td><td class="nav"><a href="/site/lxkfq/xxgk/index.html">信息公开</a></td><td class="nav"><a href="/site/lxkfq/qsjd/index.html">青石街道</a></td><td class="nav"><a href="/site/lxkfq/hdjl/index.html">互动交流</a></td>
  </tr></table></td></tr>
</table>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footbg">
  <tr><td height="8"></td></tr>
  <tr><td align="center" class="f12" height="24">主办单位：临溪经济开发区管理委员会　地址：临溪市开发区创业大道1号　电话：0566-8812345</td></tr>
  <tr><td align="center" class="f12" height="24">皖ICP备09011223号　网站标识码：3417000031　<a href="/site/lxkfq/sitemap.html">网站地图</a></td></tr>
  <tr><td align="center" class="f12" height="24">技术支持：临溪市信息中心　建议使用IE8.0以上浏览器、1024*768分辨率浏览本站</td></tr>
</table>
<script language="javascript" src="/site/lxkfq/js/stat.js"></script>
</body>
</html>
"""

ITEMS = [
    {"sp": SPEECHES["f50b-5"], "id": 3368, "pub": "2019-03-13 15:40", "src": "管委会办公室", "hits": 1204,
     "img": "/site/lxkfq/UploadFile/201903/20190313154012345.jpg",
     "cap": "3月12日，管委会主任张立新在开发区2019年招商引资暨项目建设推进会上讲话。（刘洋　摄）", "at": 0},
    {"sp": SPEECHES["f50b-6"], "id": 3517, "pub": "2019-05-29 09:12", "src": "青石街道", "hits": 687,
     "img": "/site/lxkfq/UploadFile/201905/20190529091105678.jpg",
     "cap": "5月28日，青石街道党工委书记陈立华在街道防汛工作会议上讲话。（街道党政办供图）", "at": 3},
]
NEWS = {"id": 3366, "title": "开发区召开2019年招商引资暨项目建设推进会", "pub": "2019-03-12 17:25"}


def photo(it):
    return (f'<p align="center"><img src="{it["img"]}" width="550" border="0" alt=""></p>\n'
            f'<p align="center"><font color="#333333" face="楷体_GB2312">{it["cap"]}</font></p>')


def wrap(title, crumb, inner):
    return render(HEAD, TITLE=title) + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" class="dqwz">&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; {crumb}</td></tr>
  <tr><td valign="top" style="padding:10px 30px;">
{inner}
  </td></tr>
</table>
""" + FOOT


def article(it, prev, nxt):
    sp = it["sp"]
    ps = [f'<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;{H.escape(p, quote=False)}</p>' for p in sp.paras]
    ps.insert(it["at"], photo(it))
    y = it["pub"][:4]
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td align="center" class="title" height="50"><b>{sp.title}</b></td></tr>
    <tr><td align="center" class="f12 gray" height="30" style="border-bottom:1px dashed #ccc;">发布时间：{it['pub']}&nbsp;&nbsp;&nbsp;来源：{it['src']}&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/site/lxkfq/count.jsp?id={it['id']}&amp;add=1"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
    <tr><td id="zoom" class="content" style="padding-top:15px;line-height:28px;font-size:14px;">
{chr(10).join(ps)}
    </td></tr>
    <tr><td align="right" height="40" class="f12">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
    <tr><td class="f12" height="24">上一条：{prev}</td></tr>
    <tr><td class="f12" height="24">下一条：{nxt}</td></tr>
    </table>"""
    return wrap(f"{sp.title}_领导讲话_临溪经济开发区管理委员会", '<a href="/site/lxkfq/ldjh/index.html">领导讲话</a> &gt;&gt; 正文', inner)


def href(it, col="ldjh"):
    return f"{SITE}/{col}/info/{it['pub'][:4]}/{it['id']}.html"


def listing(rows, page, pages):
    trs = "\n".join(f'    <tr><td width="20" class="dot"><img src="/site/lxkfq/images/dot.gif"></td><td height="28" class="line"><a href="{h}" target="_blank" title="{t}">{t}</a></td><td width="90" class="f12 gray line">[{d}]</td></tr>'
                    for h, t, d in rows)
    first = f"{SITE}/ldjh/index.html"
    nav = (f'<a href="{first}">首页</a> 上一页 <a href="{SITE}/ldjh/index_2.html">下一页</a> <a href="{SITE}/ldjh/index_2.html">尾页</a>' if page == 1
           else f'<a href="{first}">首页</a> <a href="{first}">上一页</a> 下一页 尾页')
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td colspan="3" class="lmtitle" height="34">领导讲话</td></tr>
{trs}
    <tr><td colspan="3" align="center" height="40" class="f12">共 12 条记录　每页 10 条　页次 {page}/{pages}　{nav}</td></tr>
    </table>"""
    return wrap("领导讲话_临溪经济开发区管理委员会", "领导讲话", inner)


def build() -> Family:
    fam = Family(HOST, "开发区管委会 site on an older 网站群 platform (/site/<site>/<col>/info/YYYY/N.html), GBK table layout",
                 encoding="gbk", content_type="text/html")
    a, b = ITEMS
    la = f'<a href="{href(a)}">{a["sp"].title}</a>'
    lb = f'<a href="{href(b)}">{b["sp"].title}</a>'
    fam.put(href(a), article(a, "无", lb))
    fam.put(href(b), article(b, la, "无"))
    for it in ITEMS:
        fam.doc([href(it)], it["sp"], published_at=it["pub"][:10])
    old = [(f"{SITE}/ldjh/info/2018/{3000 + k}.html", t, d) for k, (t, d) in enumerate([
        ("在开发区2018年度工作总结表彰大会上的讲话", "2019-01-25"), ("在开发区安全生产工作会议上的讲话", "2018-12-06"),
        ("在青石街道城市管理工作推进会上的讲话", "2018-11-20"), ("在开发区党风廉政建设工作会议上的讲话", "2018-10-12"),
        ("在开发区“不忘初心”主题党课上的讲话", "2018-07-02"), ("在开发区半年工作总结会上的讲话", "2018-07-16"),
        ("在开发区重点项目集中开工仪式上的致辞", "2018-05-18"), ("在开发区企业家座谈会上的讲话", "2018-04-03"),
        ("在青石街道社区“两委”换届工作会议上的讲话", "2018-03-14"), ("在开发区2018年经济工作会议上的讲话", "2018-02-26")], 1)]
    rows1 = [(href(b), b["sp"].title, b["pub"][:10]), (href(a), a["sp"].title, a["pub"][:10])] + old[:8]
    fam.put(f"{SITE}/ldjh/index.html", listing(rows1, 1, 2))
    fam.put(f"{SITE}/ldjh/index_2.html", listing(old[8:], 2, 2))
    ninner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td align="center" class="title" height="50"><b>{NEWS['title']}</b></td></tr>
    <tr><td align="center" class="f12 gray" height="30">发布时间：{NEWS['pub']}&nbsp;&nbsp;&nbsp;来源：管委会办公室&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/site/lxkfq/count.jsp?id={NEWS['id']}&amp;add=1"></script></td></tr>
    <tr><td id="zoom" class="content" style="padding-top:15px;line-height:28px;font-size:14px;">
<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;3月12日，开发区召开2019年招商引资暨项目建设推进会，总结2018年招商引资和项目建设工作，部署2019年重点任务。管委会主任张立新出席会议并讲话，管委会副主任李正主持会议。</p>
<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;会议对2018年度招商引资先进单位和个人进行了表彰，三家企业代表作了交流发言。（<a href="{href(a)}">讲话全文</a>）</p>
    </td></tr>
    <tr><td align="right" height="40" class="f12">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
    </table>"""
    nurl = f"{SITE}/xwzx/info/2019/{NEWS['id']}.html"
    fam.put(nurl, wrap(f"{NEWS['title']}_新闻中心_临溪经济开发区管理委员会", '<a href="/site/lxkfq/xwzx/index.html">新闻中心</a> &gt;&gt; 正文', ninner))
    home = render(HEAD, TITLE="临溪经济开发区管理委员会") + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td width="420" valign="top" style="padding:8px;"><img src="/site/lxkfq/UploadFile/201905/20190529091105678.jpg" width="400" height="260" alt=""></td>
  <td valign="top" style="padding:8px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="bt_title" height="32">新闻中心</td><td align="right"><a href="/site/lxkfq/xwzx/index.html">更多&gt;&gt;</a></td></tr>
    <tr><td colspan="2" height="26">· <a href="{nurl}">{NEWS['title']}</a></td></tr>
  </table></td></tr>
  <tr><td colspan="2" valign="top" style="padding:8px;"><table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="bt_title" height="32">领导讲话</td><td align="right"><a href="/site/lxkfq/ldjh/index.html">更多&gt;&gt;</a></td></tr>
    <tr><td colspan="2" height="26">· <a href="{href(b)}">{b['sp'].title}</a></td></tr>
  </table></td></tr>
</table>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /site/lxkfq/count.jsp\nDisallow: /site/lxkfq/search/\n")
    fam.not_documents += ["/", f"{SITE}/ldjh/index.html", f"{SITE}/ldjh/index_2.html", nurl]
    fam.noise += [a["cap"], b["cap"], "发布时间：", "点击数：", "打印本页", "关闭窗口", "上一条：", "皖ICP备09011223号"]
    fam.note = ("GBK bytes, header text/html with no charset, gb2312 in the meta tag; published_at is the site's 发布时间 "
                "(the meeting was the day before, as the photo captions say); the photo captions are not text")
    return fam
