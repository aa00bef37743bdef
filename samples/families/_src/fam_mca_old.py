"""民政部 (mca.gov.cn)-like 领导讲话 pages in the site's pre-2022 publishing system (written instead of
nhc.gov.cn, already `www.weijianwei-like.test`): articles `/article/xw/mzyw/202404/20240400046312.shtml`
(14-digit names: year, month, `00`, a running number), the column `/article/xw/mzyw/` whose second page is the
query URL `/article/xw/mzyw/?2` (共N条记录 / 页次 / 首页 / 上一页 / 1 2 / 下一页 / 尾页 line), the list in
`div#list_content` with a `<table>` of rows (title link, `[2024-04-23]` date cell) inside a `ul`;
table-layout header (民政部 banner, 今天是 script, 无障碍 / 繁体 / English, nav 首页 / 机构概况 / 新闻中心 /
信息公开 / 政策法规 / 民政数据 / 在线服务 / 互动交流), `当前位置：` row, the article `td.artitle` title, info line
`2024-04-23 16:05　来源：养老服务司` + 【字号：大 中 小】, the text in `div#zoom.arcontent` (TRS_Editor-less `<p>`
paragraphs with `text-indent:2em`, `一、` headings bold), 【打印本页】【关闭窗口】, 相关文章, footer 版权所有 /
主办 / 京ICP备05008367号 / 京公网安备 / 网站标识码 bm09000001 and the 党政机关 mark. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.minzhengbu-like.test"
COL = "/article/xw/mzyw/"

# speech, yyyymm, name, headline, 来源, time
ARTICLES = [
    (SPEECHES["f45c-3"], "202404", "20240400046312", "高建国副部长在全国民政系统养老服务工作推进会上的讲话", "养老服务司", "16:05"),
    (SPEECHES["f45c-4"], "202407", "20240700049087", "孙卫民副部长在全国社会救助工作座谈会上的讲话", "社会救助司", "18:20"),
]

FILLER = [
    ("民政部召开2024年第三季度例行新闻发布会", "2024-07-26", "202407", "20240700049311"),
    ("民政部部署开展2024年“慈善月”相关活动", "2024-07-19", "202407", "20240700049152"),
    ("全国婚姻登记工作会议在江西召开", "2024-06-28", "202406", "20240600048640"),
    ("民政部 财政部联合部署提高困难残疾人生活补贴标准", "2024-06-12", "202406", "20240600048113"),
    ("全国社区治理工作现场推进会在浙江召开", "2024-05-21", "202405", "20240500047552"),
    ("民政部召开2024年第二季度例行新闻发布会", "2024-04-26", "202404", "20240400046408"),
    ("全国民政系统安全生产工作视频会议召开", "2024-04-10", "202404", "20240400045920"),
    ("2024年全国民政工作会议在京召开", "2024-01-05", "202401", "20240100043012"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="中华人民共和国民政部" />
<meta name="SiteDomain" content="www.mca.gov.cn" />
<meta name="SiteIDCode" content="bm09000001" />
@@META@@
<title>@@TITLE@@</title>
<link href="/images/mzb_style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery.js"></script>
<script type="text/javascript" src="/images/mzb_public.js"></script>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
  <tr>
    <td width="400" class="f12_666">&nbsp;今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
    <td align="right" class="f12_666"><a href="javascript:void(0);" id="wza">无障碍</a>&nbsp;|&nbsp;<a href="javascript:void(0);" id="StranLink">繁体</a>&nbsp;|&nbsp;<a href="http://english.mca.gov.cn/" target="_blank">English</a>&nbsp;|&nbsp;<a href="/article/zwdy/">网站地图</a>&nbsp;</td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="110" background="/images/mzb_banner.jpg"><a href="/"><img src="/images/mzb_logo.png" alt="中华人民共和国民政部" border="0" /></a></td>
    <td width="260" background="/images/mzb_banner.jpg"><form action="http://search.mca.gov.cn/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="262088" /><input type="text" name="searchword" class="search_txt" /><input type="image" src="/images/mzb_search.gif" align="absmiddle" /></form></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="nav_bg">
  <tr>
    <td height="40" align="center" class="nav"><a href="/">首页</a><a href="/article/jg/">机构概况</a><a href="/article/xw/">新闻中心</a><a href="/article/gk/">信息公开</a><a href="/article/gk/fg/">政策法规</a><a href="/article/sj/">民政数据</a><a href="/article/fw/">在线服务</a><a href="/article/hd/">互动交流</a></td>
  </tr>
</table>
"""

FOOT = """<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_bg">
  <tr>
    <td width="120" align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60428787/CA330000000604287870001.js' type='text/javascript'%3E%3C/script%3E"));</script></td>
    <td class="f12_fff" align="center" height="110">
      <a href="/article/zwdy/lxwm/" class="f12_fff">联系我们</a>&nbsp;|&nbsp;<a href="/article/zwdy/wzsm/" class="f12_fff">网站声明</a>&nbsp;|&nbsp;<a href="/article/zwdy/" class="f12_fff">网站地图</a><br />
      版权所有：中华人民共和国民政部&nbsp;&nbsp;主办：民政部办公厅&nbsp;&nbsp;承办：民政部信息中心<br />
      地址：北京市东城区北河沿大街147号&nbsp;&nbsp;邮编：100721<br />
      <a href="https://beian.miit.gov.cn/" target="_blank" class="f12_fff">京ICP备05008367号</a>&nbsp;&nbsp;京公网安备11010102000136号&nbsp;&nbsp;网站标识码：bm09000001
    </td>
    <td width="120" align="center"><script id="_jiucuo_" sitecode="bm09000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></td>
  </tr>
</table>
</body>
</html>
"""


def para_html(p: str) -> str:
    if len(p) < 40 and p[:2] in ("一、", "二、", "三、", "四、"):
        return f'<p style="text-indent:2em;"><strong>{p}</strong></p>'
    return f'<p style="text-indent:2em;">{p}</p>'


def crumb(tail: str) -> str:
    return f'<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="36" class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/article/xw/">新闻中心</a>&nbsp;&gt;&gt;&nbsp;{tail}</td></tr></table>\n'


def apath(ym: str, name: str) -> str:
    return f"{COL}{ym}/{name}.shtml"


def article(i: int) -> str:
    speech, ym, name, headline, source, tm = ARTICLES[i]
    o = ARTICLES[1 - i]
    meta = (
        f'<meta name="ColumnName" content="民政要闻" />\n<meta name="ArticleTitle" content="{headline}" />\n'
        f'<meta name="PubDate" content="{speech.date} {tm}" />\n<meta name="ContentSource" content="{source}" />'
    )
    body = "\n".join(para_html(p) for p in speech.paras)
    related = "\n".join(
        f'<tr><td class="f14_333">·<a href="{apath(y, n)}" target="_blank">{t}</a></td><td width="100" class="f12_999">{d}</td></tr>'
        for t, d, y, n in [(o[3], o[0].date, o[1], o[2]), FILLER[0], FILLER[5]]
    )
    return render(HEAD, META=meta, TITLE=f"{headline}-中华人民共和国民政部") + crumb(
        f'<a href="{COL}">民政要闻</a>'
    ) + render(
        """<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="ar_bg">
  <tr>
    <td class="artitle" align="center">@@HEADLINE@@</td>
  </tr>
  <tr>
    <td class="arinfo" align="center">@@DATE@@ @@TIME@@&nbsp;&nbsp;&nbsp;&nbsp;来源：@@SOURCE@@&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</td>
  </tr>
  <tr>
    <td class="arcontent_td">
<div id="zoom" class="arcontent">
@@BODY@@
</div>
    </td>
  </tr>
  <tr>
    <td align="right" class="f12_666" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>&nbsp;&nbsp;</td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="xg_bg">
  <tr><td class="xg_tit" colspan="2">相关文章</td></tr>
@@RELATED@@
</table>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
""",
        HEADLINE=headline, DATE=speech.date, TIME=tm, SOURCE=source, BODY=body, RELATED=related,
    ) + FOOT


def rows():
    items = [(a[3], a[0].date, a[1], a[2]) for a in ARTICLES] + list(FILLER)
    items.sort(key=lambda r: r[1], reverse=True)
    return items


def list_page(n: int, count: int) -> str:
    items = rows()
    per = (len(items) + 1) // 2
    chunk = items[n * per:(n + 1) * per]
    trs = "\n".join(
        f'<tr><td class="arlisttd" width="20"><img src="/images/mzb_dot.gif" /></td><td class="arlisttd"><a href="{apath(y, nm)}" target="_blank" title="{t}">{t}</a></td><td class="arlisttd" width="110" align="right">[{d}]</td></tr>'
        for t, d, y, nm in chunk
    )
    links = []
    for k in range(count):
        href = COL if k == 0 else f"{COL}?{k + 1}"
        links.append(f'<font color="red">{k + 1}</font>' if k == n else f'<a href="{href}">{k + 1}</a>')
    prev = "上一页" if n == 0 else f'<a href="{COL if n == 1 else f"{COL}?{n}"}">上一页</a>'
    nxt = "下一页" if n == count - 1 else f'<a href="{COL}?{n + 2}">下一页</a>'
    return render(HEAD, META='<meta name="ColumnName" content="民政要闻" />', TITLE="民政要闻-中华人民共和国民政部") + crumb("民政要闻") + render(
        """<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left_menu"><div class="left_tit">新闻中心</div><ul><li class="on"><a href="/article/xw/mzyw/">民政要闻</a></li><li><a href="/article/xw/tzgg/">通知公告</a></li><li><a href="/article/xw/dfdt/">地方动态</a></li><li><a href="/article/xw/mtgz/">媒体关注</a></li><li><a href="/article/xw/xwfbh/">新闻发布会</a></li></ul></td>
    <td valign="top">
<div id="list_content">
  <div class="list_tit">民政要闻</div>
  <div class="list_con">
    <ul>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
@@TRS@@
</table>
    </ul>
  </div>
  <div class="list_page">共@@TOTAL@@条记录&nbsp;&nbsp;页次 @@N@@/@@COUNT@@&nbsp;&nbsp;<a href="@@COL@@">首页</a>&nbsp;@@PREV@@&nbsp;@@LINKS@@&nbsp;@@NEXT@@&nbsp;<a href="@@LAST@@">尾页</a></div>
</div>
    </td>
  </tr>
</table>
""",
        TRS=trs, TOTAL=len(items), N=n + 1, COUNT=count, COL=COL, PREV=prev, LINKS="&nbsp;".join(links), NEXT=nxt,
        LAST=f"{COL}?{count}",
    ) + FOOT


def home() -> str:
    lis = "\n".join(
        f'<tr><td class="f14_333">·<a href="{apath(y, nm)}" target="_blank">{t}</a></td><td class="f12_999" width="60">{d[5:]}</td></tr>'
        for t, d, y, nm in rows()[:7]
    )
    return render(HEAD, META="", TITLE="中华人民共和国民政部") + render(
        """<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="480" valign="top"><img src="/images/mzb_focus.jpg" width="470" height="300" alt="" /></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="index_tit">民政要闻</td><td align="right"><a href="/article/xw/mzyw/">更多&gt;&gt;</a></td></tr>
@@LIS@@
      </table>
    </td>
  </tr>
</table>
""",
        LIS=lis,
    ) + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "mca.gov.cn-like pre-2022 table-layout site (written instead of nhc.gov.cn, already www.weijianwei-like.test): /article/xw/mzyw/YYYYMM/<14 digits>.shtml, td.artitle, td.arinfo (date time / 来源 / 【字号】), div#zoom.arcontent, 【打印本页】【关闭窗口】, 相关文章; list div#list_content with a table inside a ul, pages ?2 as query routes",
    )
    for i, a in enumerate(ARTICLES):
        path = apath(a[1], a[2])
        fam.put(path, article(i))
        fam.doc([path], a[0], title=a[3])
    fam.put("/", home())
    fam.put(COL, list_page(0, 2))
    fam.route(f"{COL}?2", "/article/xw/mzyw/list_2.shtml", list_page(1, 2))
    fam.not_documents += ["/", COL, f"{COL}?2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.noise += ["当前位置：", "来源：", "【字号：", "【打印本页】", "【关闭窗口】", "相关文章", "京ICP备05008367号", "网站标识码：bm09000001"]
    return fam
