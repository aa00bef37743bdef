"""外交部 (fmprc.gov.cn)-like 部长讲话 pages on its old template (about 2015-2021), TRS WCM output:
articles at `/web/wjbz_673089/zyjh_673099/t1768542.shtml` in a table layout (`width="1000"`
centred tables, left column menu of the 外交部长 channel), `div#News_Body_Title`, `div#News_Body_Time`
(`2024-05-16 12:30`), the 【字号：大 中 小】【打印本页】【关闭窗口】 line, `div#News_Body_Txt_A` with the
speech opening with its own centred title, the speaker line (`中华人民共和国外交部长　李景华`) and a
place-and-date line (`（2024年5月16日，北京）`); 相关新闻 box, 外交部 footer (版权所有 / 地址 / ICP /
网站标识码); list `default.shtml` → `default_1.shtml` through TRS `createPageHTML(2, 0, "default",
"shtml")`; `/` is a redirect page to `/web/`. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.waijiaobu-like.test"
CH = "/web/wjbz_673089/zyjh_673099/"

# speech, docid, headline, place, time
ARTICLES = [
    (SPEECHES["r28a-w1"], "t1768542", "李景华在“全球治理与亚洲合作”国际研讨会开幕式上的演讲", "北京", "12:30"),
    (SPEECHES["r28a-w2"], "t1742196", "李景华在2024年外交部新年招待会上的致辞", "北京", "21:05"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国外交部" />
<meta name="SiteDomain" content="www.fmprc.gov.cn" />
<meta name="SiteIDCode" content="bm06000001" />
@@META@@
<link href="/web/images/wjb_common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/web/images/jquery.js"></script>
<script type="text/javascript" src="/web/images/wjb.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="600" height="100"><a href="/web/"><img src="/web/images/logo.jpg" width="600" height="100" border="0" alt="中华人民共和国外交部" /></a></td>
    <td align="right" valign="top" class="top_link"><a href="/web/">中文</a> | <a href="/mfa_eng/">English</a> | <a href="/fra/">Français</a> | <a href="/rus/">Русский</a> | <a href="/esp/">Español</a> | <a href="/ara/">عربي</a><br />
      <form action="http://search.fmprc.gov.cn/was5/web/search" method="get" name="searchform" target="_blank"><input type="hidden" name="channelid" value="229126" /><input name="searchword" type="text" class="search_inp" value="" size="18" /> <input type="image" src="/web/images/search_btn.gif" align="absmiddle" /></form></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td><a href="/web/">首页</a></td>
    <td><a href="/web/wjb_673085/">外交部</a></td>
    <td><a href="/web/wjbz_673089/">外交部长</a></td>
    <td><a href="/web/wjdt_674879/">外交动态</a></td>
    <td><a href="/web/gjhdq_676201/">国家和组织</a></td>
    <td><a href="/web/ziliao_674904/">资料</a></td>
    <td><a href="/web/fyrbt_673021/">发言人表态</a></td>
    <td><a href="http://cs.mfa.gov.cn/" target="_blank">领事服务</a></td>
  </tr>
</table>
"""

LEFT = """    <td width="200" valign="top" class="left">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_tit">外交部长</td></tr>
        <tr><td class="left_li"><a href="/web/wjbz_673089/jl_673091/">简历</a></td></tr>
        <tr><td class="left_li"><a href="/web/wjbz_673089/xghd_673097/">活动</a></td></tr>
        <tr><td class="left_li on"><a href="/web/wjbz_673089/zyjh_673099/">讲话</a></td></tr>
        <tr><td class="left_li"><a href="/web/wjbz_673089/zyhd_673101/">重要文章</a></td></tr>
        <tr><td class="left_li"><a href="/web/wjbz_673089/zp_673103/">照片</a></td></tr>
      </table>
    </td>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center" class="foot_link"><a href="/web/wzdt_674895/">网站地图</a> | <a href="/web/lxwm_674899/">联系我们</a> | <a href="/web/bqsm_674893/">版权声明</a></td>
  </tr>
  <tr>
    <td align="center" class="foot_txt">中华人民共和国外交部　版权所有<br />
      地址：北京市朝阳区朝阳门南大街2号　邮编：100701　电话：86-10-65961114<br />
      <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备06053323号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502031001" target="_blank">京公网安备11010502031001号</a>　网站标识码bm06000001</td>
    <td width="80"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40416780/CA330000000404167800001.js' type='text/javascript'%3E%3C/script%3E"));</script></td>
  </tr>
</table>
<script type="text/javascript" src="/web/images/ta.js"></script>
</body>
</html>
"""


def stamp(a):
    return f"{a[0].date} {a[4]}"


def article(a, other):
    speech, docid, title, place, hhmm = a
    y, m, d = (int(x) for x in speech.date.split("-"))
    heading = title.replace("李景华在", "在", 1)
    lines = [
        f'<p style="text-align: center;"><strong>{heading}</strong></p>',
        '<p style="text-align: center;">中华人民共和国外交部长　李景华</p>',
        f'<p style="text-align: center;">（{y}年{m}月{d}日，{place}）</p>',
    ] + [f"<p>　　{p}</p>" for p in speech.paras]
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
""" + LEFT + """    <td width="10">&nbsp;</td>
    <td width="790" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="dqwz">当前位置：<a href="/web/">首页</a> &gt; <a href="/web/wjbz_673089/">外交部长</a> &gt; <a href="/web/wjbz_673089/zyjh_673099/">讲话</a></td></tr>
        <tr><td valign="top" class="content">
          <div id="News_Body_Title">@@H@@</div>
          <div id="News_Body_Time">@@STAMP@@</div>
          <div class="News_Body_Tools">【字号：<a href="javascript:doZoom(18)">大</a>　<a href="javascript:doZoom(16)">中</a>　<a href="javascript:doZoom(14)">小</a>】　【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
          <div id="News_Body_Txt_A">
@@BODY@@
          </div>
          <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgxw">
            <tr><td class="xgxw_tit">相关新闻</td></tr>
            <tr><td>・<a href="./@@ODOC@@.shtml" target="_blank">@@OH@@</a></td></tr>
          </table>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<script type="text/javascript">
function doZoom(size){ var o=document.getElementById('News_Body_Txt_A'); o.style.fontSize=size+'px'; var ps=o.getElementsByTagName('p'); for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';} }
</script>
""" + FOOT
    return render(
        page,
        TITLE=title,
        META=f'<meta name="ColumnName" content="讲话" />\n<meta name="ColumnType" content="讲话" />\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{stamp(a)}" />\n<meta name="ContentSource" content="外交部" />',
        H=title,
        STAMP=stamp(a),
        BODY="\n".join(lines),
        ODOC=other[1],
        OH=other[2],
    )


FILLER = [
    [("李景华同新加坡外长通电话", "2024-05-20", "../xghd_673097/t1769113.shtml"),
     ("李景华在第二届中国—中亚外长会晤后的记者会上答记者问", "2024-04-27", "./t1765380.shtml")],
    [("李景华在中国驻外使节招待会上的讲话", "2024-01-05", "./t1739840.shtml"),
     ("李景华在2023年国际形势与中国外交研讨会开幕式上的演讲", "2023-12-17", "./t1736025.shtml")],
]

PAGER_FN = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span>首页</span>&nbsp;&nbsp;<span>上一页</span>&nbsp;&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;&nbsp;<a href=\\""+_sPageName+(nCurrIndex==1?"":"_"+(nCurrIndex-1))+"."+_sPageExt+"\\">上一页</a>&nbsp;&nbsp;");
	if(nCurrIndex == _nPageCount-1)
		document.write("<span>下一页</span>&nbsp;&nbsp;<span>尾页</span>");
	else
		document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;&nbsp;<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
	document.write("&nbsp;&nbsp;第"+(nCurrIndex+1)+"页/共"+_nPageCount+"页");
}
</script>"""


def list_page(n, count):
    a = ARTICLES[n]
    items = [(a[2], a[0].date, f"./{a[1]}.shtml")] + FILLER[n]
    if n == 0:
        items = FILLER[0][:1] + [(a[2], a[0].date, f"./{a[1]}.shtml")] + FILLER[0][1:]
    rows = "\n".join(
        f'        <tr><td class="list_li">・<a href="{h}" target="_blank">{t}</a></td><td width="100" align="right" class="list_date">({d})</td></tr>'
        for t, d, h in items
    )
    page = HEAD + PAGER_FN + """
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
""" + LEFT + """    <td width="10">&nbsp;</td>
    <td width="790" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td colspan="2" class="dqwz">当前位置：<a href="/web/">首页</a> &gt; <a href="/web/wjbz_673089/">外交部长</a> &gt; 讲话</td></tr>
@@ROWS@@
        <tr><td colspan="2" align="center" class="page"><script type="text/javascript">createPageHTML(@@COUNT@@, @@CUR@@, "default", "shtml");</script></td></tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="讲话 — 中华人民共和国外交部", META='<meta name="ColumnName" content="讲话" />\n<meta name="ColumnType" content="讲话" />', ROWS=rows, COUNT=count, CUR=n)


def home():
    a = ARTICLES[0]
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td width="660" valign="top" class="idx_tt"><a href="/web/wjbz_673089/zyjh_673099/@@DOC@@.shtml" target="_blank">@@H@@</a></td>
    <td width="340" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="idx_box">
        <tr><td class="idx_tit">外交部长</td><td align="right"><a href="/web/wjbz_673089/zyjh_673099/">更多&gt;&gt;</a></td></tr>
        <tr><td colspan="2">・<a href="/web/wjbz_673089/zyjh_673099/@@DOC@@.shtml" target="_blank">@@H@@</a></td></tr>
        <tr><td colspan="2">・<a href="/web/wjbz_673089/xghd_673097/t1769113.shtml" target="_blank">李景华同新加坡外长通电话</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="idx_box">
        <tr><td class="idx_tit">发言人表态</td><td align="right"><a href="/web/fyrbt_673021/">更多&gt;&gt;</a></td></tr>
        <tr><td colspan="2">・<a href="/web/fyrbt_673021/jzhsl_673025/" target="_blank">例行记者会</a></td></tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="中华人民共和国外交部", META="", DOC=a[1], H=a[2])


REDIRECT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="refresh" content="0;URL=/web/" />
<title>中华人民共和国外交部</title>
</head>
<body>
<script type="text/javascript">window.location.href="/web/";</script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "fmprc.gov.cn-like old table template: News_Body_Title/Time/Txt_A, 【字号：大 中 小】【打印本页】【关闭窗口】, own title/speaker/date lines, default.shtml createPageHTML list pager",
        home="/web/",
    )
    for i, a in enumerate(ARTICLES):
        path = f"{CH}{a[1]}.shtml"
        fam.put(path, article(a, ARTICLES[1 - i]))
        fam.doc([path], a[0], title=a[2])
    fam.put("/", REDIRECT)
    fam.put("/web/", home())
    fam.put(f"{CH}default.shtml", list_page(0, 2))
    fam.put(f"{CH}default_1.shtml", list_page(1, 2))
    fam.not_documents += ["/", "/web/", f"{CH}default.shtml", f"{CH}default_1.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置",
        "【字号：",
        "打印本页",
        "关闭窗口",
        "中华人民共和国外交部长　李景华",
        "（2024年5月16日，北京）",
        "（2024年1月25日，北京）",
        "相关新闻",
        "版权所有",
        "京ICP备06053323号-1",
        "网站标识码bm06000001",
    ]
    return fam
