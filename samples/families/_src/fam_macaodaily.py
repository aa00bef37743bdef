"""澳門日報 (macaodaily.com)-like 電子版 pages on Founder 方正 數字報 (翔宇/NewsPaper 發佈): Traditional
script, UTF-8 (the header says only `text/html`, the meta says utf-8). Day folders `/html/2024-04/13/`:
`node_2.htm` … version pages (版面) with the page image map (`<map name="PagePicMap">` / `<area … href=
"content_N.htm">`), the 版面導航 table (`a#pageLink` → `node_N.htm`, 第A01版：澳聞), the 本版標題 list (links
wrapping `<div id="mpN">`), 上一版 / 下一版, 往期回顧 date box; article pages `content_N.htm`: the Founder
`<!--enpproperty …/enpproperty-->` block, `<founder-introtitle>`, `<founder-title>`, `<founder-subtitle>`,
`<founder-author>`, `div#ozoom` > `<founder-content>` with `<P>　　…</P>` paragraphs, the 字號 buttons, the date
and version line (2024年04月13日　第A01版：澳聞), 本版其他新聞, 返回目錄, footer (澳門日報 版權所有).

The 街總 speech is a front-page story continued on the next version the way the printed paper does it: its
part on A01 ends `（下轉A2版）`, the rest is a second article page on A02 (same headline) opening
`（上接A1版）`; A01's page links the next version (下一版 → node_3.htm) which lists the continuation. Both
pages are the document's pages. The paper's date (the day after the event) is the printed date."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.macaodaily-like.test"
TO_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")


def hk(text: str) -> str:
    return TO_HK.convert(text).replace("“", "「").replace("”", "」")


S3 = SPEECHES["f40d-3"]
S4 = SPEECHES["f40d-4"]
CUT = 7  # paragraphs of the 街總 speech printed on A01

DAY1 = ("2024-04", "13", "2024年04月13日", "星期六")
DAY2 = ("2024-06", "06", "2024年06月06日", "星期四")
VERSIONS1 = [(2, "A01", "澳聞"), (3, "A02", "澳聞"), (4, "A03", "澳聞"), (5, "A04", "社會")]
VERSIONS2 = [(2, "A01", "澳聞"), (3, "A02", "澳聞"), (12, "B03", "教育")]

# content id -> (day, node, introtitle, title, subtitle, author, paragraphs (Traditional), speech or None)
LEAD3 = "【本報消息】澳門街坊會聯合總會第二十七屆理監事會昨日下午在總會大禮堂舉行就職典禮，中聯辦社會工作部、社會工作局、民政總署等部門代表及各界嘉賓三百多人出席。連任理事長在典禮上致辭，回顧過去三年街總在疫情期間服務居民的工作，並提出新一屆理監事會五方面的工作重點。致辭全文如下："
LEAD4 = "【本報消息】由多個環保團體及教育機構合辦的「綠色校園·低碳生活」中學生環保教育計劃，昨日（世界環境日）上午在塔石體育館舉行啟動儀式，三十二所中學的師生代表約五百人參加。主辦機構負責人在儀式上講話，介紹計劃的內容和安排。講話內容如下："
ARTICLES = {
    1765432: (DAY1, 2, "第二十七屆理監事會昨就職 提五方面工作重點", hk(S3.title), "", "",
              [hk(LEAD3)] + [hk(p) for p in S3.paras[:CUT]] + ["（下轉A2版）"]),
    1765455: (DAY1, 3, "", hk(S3.title), "", "",
              ["（上接A1版）"] + [hk(p) for p in S3.paras[CUT:]]),
    1783210: (DAY2, 12, "環保教育計劃昨啟動 卅二中學參與", hk(S4.title), "", "",
              [hk(LEAD4)] + [hk(p) for p in S4.paras]),
}
FILLER = {
    DAY1: {
        2: [(1765433, "行政長官會見全國政協訪澳考察團"), (1765434, "四月首十日入境旅客逾百萬人次")],
        3: [(1765456, "社工局增撥資源支援長者居家照顧"), (1765457, "新城A區首批公屋下月起陸續入伙")],
        4: [(1765470, "輕軌石排灣站周日起延長服務時間"), (1765471, "衞生局：上周錄得流感個案回落")],
        5: [(1765488, "警方破獲一宗電話詐騙案")],
    },
    DAY2: {
        2: [(1783150, "立法會細則性通過《城市規劃法》修訂"), (1783151, "五月博彩毛收入按年升逾兩成")],
        3: [(1783170, "環保局推廣「走塑」措施 零售業界表支持")],
        12: [(1783211, "教青局公布新學年中學學位分配安排"), (1783212, "澳大學生科研項目獲國家級獎項")],
    },
}

STYLE = """<style type="text/css">
body{margin:0;font-size:12px;background:#f2f2f2}
.px14{font-size:14px;line-height:180%}
.default{color:#000;text-decoration:none}
#ozoom{font-size:16px;line-height:200%}
</style>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<link href="../../../css/style.css" rel="stylesheet" type="text/css" />
""" + STYLE + """
<script type="text/javascript" src="../../../script/prototype.js"></script>
<script type="text/javascript" src="../../../script/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="80" background="../../../image/top_bg.jpg"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="300"><a href="http://www.macaodaily-like.test/"><img src="../../../image/logo.gif" width="280" height="70" border="0" alt="澳門日報電子版" /></a></td>
        <td align="right" class="px12">@@DATELINE@@　<a href="../../../html/@@YM@@/@@D@@/node_2.htm" class="default">今日報紙</a>　<a href="javascript:void(0)" onclick="showPeriod()" class="default">往期回顧</a>　<a href="http://www.macaodaily-like.test/" class="default">澳門日報首頁</a>&nbsp;&nbsp;</td>
      </tr>
    </table></td>
  </tr>
</table>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
  <tr>
    <td height="50" align="center" class="px12">澳門日報 版權所有 Copyright © Macao Daily News. All rights reserved.<br />
    地址：澳門新橋提督馬路三十七號　電話：(853) 28371688</td>
  </tr>
</table>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-21374653-1']);
_gaq.push(['_trackPageview']);
(function() {
var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();
</script>
</body>
</html>
"""


def day_dir(day) -> str:
    return f"/html/{day[0]}/{day[1]}/"


def versions(day):
    return VERSIONS1 if day == DAY1 else VERSIONS2


def node_titles(day, node):
    out = [(cid, a[3]) for cid, a in ARTICLES.items() if a[0] == day and a[1] == node]
    return out + FILLER[day].get(node, [])


def version_nav(day) -> str:
    rows = "\n".join(
        f'<tr><td height="25" class="px12">&nbsp;<a id="pageLink" href="node_{n}.htm">第{code}版：{name}</a></td><td width="40"><a href="../../../page/{day[0]}/{day[1]}/{code}/{day[0].replace("-", "")}{day[1]}{code}_pdf.pdf"><img src="../../../image/pdf.gif" border="0" alt="PDF" /></a></td></tr>'
        for n, code, name in versions(day)
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" background="../../../image/title_bg.gif" class="px14"><strong>&nbsp;版面導航</strong></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}
</table></td></tr>
</table>"""


def node_page(day, node) -> str:
    vs = versions(day)
    i = [v[0] for v in vs].index(node)
    n, code, name = vs[i]
    titles = node_titles(day, node)
    areas = "\n".join(
        f'<area shape="polygon" coords="{20 + k * 30},{40 + k * 200},{480},{40 + k * 200},{480},{220 + k * 200},{20 + k * 30},{220 + k * 200}" href="content_{cid}.htm" />'
        for k, (cid, _) in enumerate(titles)
    )
    lis = "\n".join(
        f'<tr><td height="25" class="px12"><img src="../../../image/dot.gif" />&nbsp;<a href="content_{cid}.htm"><div style="display:inline" id="mp{cid}">{t}</div></a></td></tr>'
        for cid, t in titles
    )
    prev = f'<a href="node_{vs[i - 1][0]}.htm" class="default">上一版</a>' if i > 0 else '<span class="px12">上一版</span>'
    nxt = f'<a href="node_{vs[i + 1][0]}.htm" class="default">下一版</a>' if i + 1 < len(vs) else '<span class="px12">下一版</span>'
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="520" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="px14">&nbsp;<strong>第@@CODE@@版：@@NAME@@</strong>　　@@PREV@@　@@NEXT@@</td></tr>
        <tr><td><img src="../../../page/@@YM@@/@@D@@/@@CODE@@/res01_attpic_brief.jpg" width="500" border="0" usemap="#PagePicMap" /></td></tr>
      </table>
      <map name="PagePicMap">
@@AREAS@@
      </map>
    </td>
    <td width="480" valign="top">
@@NAV@@
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="../../../image/title_bg.gif" class="px14"><strong>&nbsp;本版標題導航</strong></td></tr>
@@LIS@@
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="澳門日報電子版", DATELINE=f"{day[2]} {day[3]}", YM=day[0], D=day[1], CODE=code, NAME=name,
                  PREV=prev, NEXT=nxt, AREAS=areas, NAV=version_nav(day), LIS=lis)


def content_page(cid) -> str:
    day, node, intro, title, sub, author, paras = ARTICLES[cid]
    code, name = next((c, nm) for n, c, nm in versions(day) if n == node)
    body = "\n".join(f"<P>　　{p}</P>" for p in paras)
    others = "\n".join(
        f'<tr><td height="22" class="px12"><img src="../../../image/dot.gif" />&nbsp;<a href="content_{c}.htm" class="default">{t}</a></td></tr>'
        for c, t in node_titles(day, node) if c != cid
    )
    enp = (
        f"<!--enpproperty <articleid>{cid}</articleid><date>{day[0]}-{day[1]} 00:00:00.0</date><author>{author}</author>"
        f"<title>{title}</title><keyword></keyword><subtitle>{sub}</subtitle><introtitle>{intro}</introtitle>"
        f"<siteid>1</siteid><nodeid>{node}</nodeid><nodename>{code}</nodename><nodesearchname>{code}</nodesearchname>/enpproperty-->"
    )
    page = HEAD + enp + """
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="680" valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="30" class="px12">@@DATE@@　<a href="node_@@NODE@@.htm" class="default">第@@CODE@@版：@@NAME@@</a></td></tr>
        <tr><td align="center" class="px14"><founder-introtitle>@@INTRO@@</founder-introtitle></td></tr>
        <tr><td align="center" style="font-size:24px;font-weight:bold;line-height:150%"><founder-title>@@TITLE@@</founder-title></td></tr>
        <tr><td align="center" class="px14"><founder-subtitle>@@SUB@@</founder-subtitle></td></tr>
        <tr><td align="center" class="px12"><founder-author>@@AUTHOR@@</founder-author></td></tr>
        <tr><td align="right" class="px12">字號：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>　<a href="javascript:window.print()">打印</a></td></tr>
        <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
        <tr><td><div id="ozoom"><founder-content>
@@BODY@@
</founder-content></div></td></tr>
      </table>
    </td>
    <td width="320" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="../../../image/title_bg.gif" class="px14"><strong>&nbsp;本版其他新聞</strong></td></tr>
@@OTHERS@@
        <tr><td height="30" align="center" class="px12"><a href="node_@@NODE@@.htm" class="default">返回目錄</a></td></tr>
      </table>
@@NAV@@
    </td>
  </tr>
</table>
""" + FOOT
    page = page.replace("<title>@@TITLE@@</title>", "<title>澳門日報電子版</title>")
    return render(page, DATELINE=f"{day[2]} {day[3]}", YM=day[0], D=day[1], DATE=day[2], NODE=node, CODE=code, NAME=name,
                  INTRO=intro, TITLE=title, SUB=sub, AUTHOR=author, BODY=body, OTHERS=others, NAV=version_nav(day))


def home() -> str:
    days = [DAY1, DAY2]
    lis = "\n".join(f'<li><a href="html/{d[0]}/{d[1]}/node_2.htm">{d[2]} {d[3]}</a></li>' for d in days)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>澳門日報電子版</title>
</head>
<body>
<div id="header"><img src="/image/logo.gif" alt="澳門日報電子版" /></div>
<div id="main">
<p><a href="html/2024-06/06/node_2.htm">進入今日報紙</a></p>
<h3>往期回顧</h3>
<ul>
""" + lis + """
</ul>
</div>
<div id="footer">澳門日報 版權所有 Copyright © Macao Daily News. All rights reserved.</div>
</body>
</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "macaodaily.com-like 澳門日報電子版 on Founder 數字報 (UTF-8 in the meta only): node_N.htm versions with PagePicMap, a#pageLink 版面導航, 本版標題導航 (div#mpN); content_N.htm with enpproperty comment, founder-introtitle/title/subtitle/author, div#ozoom founder-content <P>　　 paragraphs; a front-page speech continued on A02 (（下轉A2版） / （上接A1版））",
        content_type="text/html",
        site_note="macaodaily.com-like Founder e-paper: /html/YYYY-MM/DD/node_N.htm and content_N.htm; header text/html without charset, meta utf-8; Traditional script (s2hk), expected texts are Simplified",
    )
    for day in (DAY1, DAY2):
        for n, _, _ in versions(day):
            fam.put(day_dir(day) + f"node_{n}.htm", node_page(day, n))
            fam.not_documents.append(day_dir(day) + f"node_{n}.htm")
    for cid in ARTICLES:
        fam.put(day_dir(ARTICLES[cid][0]) + f"content_{cid}.htm", content_page(cid))
    fam.doc(
        [day_dir(DAY1) + "content_1765432.htm", day_dir(DAY1) + "content_1765455.htm"],
        S3,
        text=TO_CN.convert("\n".join(hk(p) for p in S3.paras)),
        title=TO_CN.convert(hk(S3.title)),
        published_at="2024-04-13",
    )
    fam.doc(
        [day_dir(DAY2) + "content_1783210.htm"],
        S4,
        text=TO_CN.convert("\n".join(hk(p) for p in S4.paras)),
        title=TO_CN.convert(hk(S4.title)),
        published_at="2024-06-06",
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    fam.not_documents.append(day_dir(DAY1) + "content_1765455.htm")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /page/\n")
    fam.noise += [
        "【本報消息】",
        "致辭全文如下：",
        "講話內容如下：",
        "（下轉A2版）",
        "（上接A1版）",
        "本版其他新聞",
        "版面導航",
        "返回目錄",
        "澳門日報 版權所有",
        "第A01版：澳聞",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script; expected titles and texts are Simplified: compare after converting; each article opens with an 【本報消息】 lead paragraph ending 致辭全文如下： / 講話內容如下： (not part of the document); the 街總 speech is cut as the printed paper cuts a front-page story: content_1765432.htm (A01) ends with （下轉A2版）, content_1765455.htm (A02, same founder-title) opens with （上接A1版）: both pages are the document, the markers are not text; the date is the paper's date (printed 2024年04月13日, also in the folder and in enpproperty), the day after the speech"
    return fam
