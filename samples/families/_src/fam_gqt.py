"""共青团中央 (gqt.org.cn)-like 领导讲话 pages on TRS WCM: `/leaders/ldjh/202401/t20240122_789456.htm`, a long
speech cut by WCM's page break into `t…_1.htm`, both pages carrying the stock TRS `createPageHTML(2, N,
"t…", "htm")` pager written by `document.write` (no plain links); header with the 共青团中央 logo, the
channel nav, 您现在的位置 breadcrumb, title `td`/`h1` block, `来源：… 发布时间：…` line, 【字体：大 中 小】,
the text inside `div.TRS_Editor` (with WCM's inline `<style>` block), 【打印本页】【关闭窗口】, 相关链接;
listing `/leaders/ldjh/index.htm` → `index_1.htm` by the same pager script; footer with 共青团中央 版权所有,
京ICP备, 京公网安备. Header `text/html` with no charset, gb2312 in the meta tag, GBK bytes."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.gongqingtuan-like.test"

# speech, month folder, doc id, headline, source, date, speaker line, editor, pages
ARTICLES = [
    (SPEECHES["f40b-3"], "202401", "t20240122_789456", "在共青团省委十四届六次全会上的讲话", "团省委办公室", "2024-01-22",
     "团省委书记　陈海涛", "李娜", 2),
    (SPEECHES["f40b-4"], "202405", "t20240506_792318", "在纪念五四运动105周年青年座谈会上的致辞", "中国共青团网", "2024-05-06",
     "团市委书记　赵雪梅", "王鹏", 1),
]

FILLER = [
    [("团中央书记处召开专题会议 部署2024年基层团组织建设工作", "2024-01-20", "/leaders/ldjh/202401/t20240120_789102.htm"),
     ("在全国青年志愿者工作座谈会上的讲话", "2024-01-15", "/leaders/ldjh/202401/t20240115_788640.htm")],
    [("在“青春建功”青年突击队授旗仪式上的讲话", "2023-12-28", "/leaders/ldjh/202312/t20231228_786254.htm"),
     ("在全省少先队工作会议上的讲话", "2023-12-20", "/leaders/ldjh/202312/t20231220_785533.htm")],
]

PAGER_JS = """<script language="javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("上一页&nbsp;");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
	if(nCurrIndex == 0)
		document.write("<span class=\\"current\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex == (_nPageCount-1))
		document.write("下一页");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
}
</script>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="共青团,共青团中央,中国共青团网,@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
@@PAGERJS@@
</head>
<body>
<div class="top">
  <div class="top_l">欢迎访问中国共青团网</div>
  <div class="top_r"><a href="/">共青团中央</a> | <a href="/wap/" target="_blank">手机版</a> | <a href="/english/" target="_blank">English</a></div>
</div>
<div class="header">
  <div class="logo"><a href="/"><img src="/images/logo.jpg" width="420" height="90" alt="中国共青团网" /></a></div>
  <div class="search"><form name="searchform" action="http://search.gqt.org.cn/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="210987" /><input name="searchword" type="text" class="input1" /><input type="submit" value="搜索" class="btn1" /></form></div>
</div>
<div class="nav">
  <a href="/">首页</a><a href="/tzy/">团中央</a><a href="/leaders/" class="on">领导讲话</a><a href="/newscenter/">新闻中心</a><a href="/ccylmaterial/">团的文件</a><a href="/place/">地方团讯</a><a href="/ccylactivity/">团的活动</a><a href="/youth/">青年之声</a><a href="/volunteer/">青年志愿者</a><a href="/ydhs/">少先队</a>
</div>
"""

FOOT = """<div class="footer">
  <p><a href="/gywm/" target="_blank">关于我们</a> | <a href="/lxwm/" target="_blank">联系我们</a> | <a href="/wzdt/" target="_blank">网站地图</a></p>
  <p>共青团中央 版权所有　中国共青团网 主办</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05061307号-2</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102003116" target="_blank">京公网安备11010102003116号</a></p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6a1e0b6c4d8e93a2c5f0b71e4a9d2c31";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}</style>"""


def page_name(a, n):
    return f"/leaders/ldjh/{a[1]}/{a[2]}{'' if n == 0 else f'_{n}'}.htm"


def article(a, other, paras, n, count):
    speech, month, doc, title, source, day, speaker, editor, _pages = a
    body = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    if n == 0:
        body = f'<p style="text-align: center;"><strong>{speaker}</strong></p>\n<p style="text-align: center;">（{speech.date[:4]}年{int(speech.date[5:7])}月{int(speech.date[8:])}日）</p>\n' + body
    pager = (
        f'<div class="page" style="text-align:center;"><script>createPageHTML({count}, {n}, "{doc}", "htm");</script></div>'
        if count > 1 else ""
    )
    page = HEAD + """<div class="main">
  <div class="weizhi">您现在的位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="领导讲话" class="CurrChnlCls">领导讲话</a>&nbsp;&gt;&nbsp;<a href="../" title="领导讲话" class="CurrChnlCls">讲话文稿</a></div>
  <div class="content">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="title" align="center"><h1>@@H@@</h1></td></tr>
      <tr><td class="info" align="center">来源：@@SOURCE@@　　发布时间：@@DAY@@　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
      <tr><td class="line"></td></tr>
      <tr><td id="zoom" class="text">
<div class="TRS_Editor">@@STYLE@@
@@BODY@@</div>
      </td></tr>
      <tr><td>@@PAGER@@</td></tr>
      <tr><td class="bjzz" align="right">（责任编辑：@@EDITOR@@）</td></tr>
      <tr><td class="print" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
    </table>
    <div class="xglj">
      <div class="xglj_tit">相关链接</div>
      <ul><li><a href="@@OURL@@" target="_blank">@@OH@@</a>（@@ODAY@@）</li></ul>
    </div>
  </div>
</div>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'pt';}</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{title}_中国共青团网",
        KW=title,
        DESC=title,
        PAGERJS=PAGER_JS,
        H=title,
        SOURCE=source,
        DAY=day,
        STYLE=TRS_STYLE,
        BODY=body,
        PAGER=pager,
        EDITOR=editor,
        OURL=f"../../{other[1]}/{other[2]}.htm",
        OH=other[3],
        ODAY=other[5],
    )


def list_page(n):
    a = ARTICLES[n]
    items = [(a[3], a[5], page_name(a, 0))] + FILLER[n]
    if n == 0:
        items = [items[1], items[0], items[2]]
    lis = "\n".join(
        f'<li><span>{d}</span><a href="./{h.split("/ldjh/")[1]}" target="_blank" title="{t}">{t}</a></li>' for t, d, h in items
    )
    page = HEAD + """<div class="main">
  <div class="weizhi">您现在的位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="领导讲话" class="CurrChnlCls">领导讲话</a>&nbsp;&gt;&nbsp;<a href="./" title="讲话文稿" class="CurrChnlCls">讲话文稿</a></div>
  <div class="list">
    <ul>
@@LIS@@
    </ul>
    <div class="page"><script>createPageHTML(2, @@N@@, "index", "htm");</script></div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="讲话文稿_中国共青团网", KW="领导讲话", DESC="中国共青团网领导讲话", PAGERJS=PAGER_JS, LIS=lis, N=n)


def home():
    a, b = ARTICLES
    page = HEAD + """<div class="main index">
  <div class="ttxw"><a href="newscenter/" target="_blank">共青团新闻联播</a></div>
  <div class="box">
    <div class="box_tit"><span>领导讲话</span><a href="leaders/ldjh/" class="more">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="leaders/ldjh/@@P2@@" target="_blank">@@H2@@</a></li>
      <li><a href="leaders/ldjh/@@P1@@" target="_blank">@@H1@@</a></li>
    </ul>
  </div>
</div>
""" + FOOT
    page = page.replace('href="../../images/style.css"', 'href="images/style.css"')
    return render(page, TITLE="中国共青团网", KW="首页", DESC="共青团中央主办的中国共青团网", PAGERJS="",
                  P1=f"{a[1]}/{a[2]}.htm", H1=a[3], P2=f"{b[1]}/{b[2]}.htm", H2=b[3])


def build() -> Family:
    fam = Family(
        HOST,
        "gqt.org.cn-like 共青团中央 领导讲话 pages on TRS WCM: t…htm + t…_1.htm via document.write createPageHTML pager, 您现在的位置, 来源/发布时间/字体, TRS_Editor with style block, 责任编辑, 打印本页/关闭窗口, 相关链接; GBK, header without charset",
        encoding="gbk",
        content_type="text/html",
    )
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[8]) if a[8] > 1 else [a[0].paras]
        pages = []
        for n, paras in enumerate(runs):
            path = page_name(a, n)
            fam.put(path, article(a, ARTICLES[1 - i], paras, n, len(runs)))
            pages.append(path)
        fam.doc(pages, a[0], title=a[3], published_at=a[5], pages_found_by="script pager")
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/leaders/ldjh/index.htm", list_page(0))
    fam.put("/leaders/ldjh/index_1.htm", list_page(1))
    fam.put("/leaders/ldjh/", list_page(0))
    fam.not_documents += ["/", "/leaders/ldjh/", "/leaders/ldjh/index.htm", "/leaders/ldjh/index_1.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "您现在的位置：",
        "发布时间：",
        "【字体：",
        "团省委书记　陈海涛",
        "（责任编辑：李娜）",
        "打印本页",
        "相关链接",
        "共青团中央 版权所有",
        "京ICP备05061307号-2",
    ]
    return fam
