"""应急管理部 (mem.gov.cn)-like 部内动态 / 领导讲话 pages on TRS WCM: `/xw/bndt/202405/t20240516_N.shtml`;
gov meta tags (SiteName, SiteDomain, SiteIDCode, ColumnName 部内动态, ArticleTitle, PubDate, ContentSource),
top bar (无障碍 / 长者模式 / 手机版 / English), `nav`, `location` 您当前的位置 with TRS `CurrChnlCls`
links, `xl_content` > `h1.xl_title`, the `xl_time` line (发布时间 / 来源 / 字号 大 中 小), the text in
`div.xl_text#zoom > div.TRS_Editor` (WCM's inline style block), `（责任编辑：…）`, 分享到 (微信 / 微博 / QQ空间),
【打印本页】【关闭窗口】, 扫一扫在手机打开当前页, 相关文章. The 安全生产 speech is cut by TRS's document
pagination over `t20240516_479816.shtml` / `_1.shtml`; the pages are joined only by the older TRS document
pager script printed in the article (`var currentPage = 0;` / `var countPage = 2` and a `document.write`
loop building `上一页 1 2 下一页`). The other speech opens with centred speaker and date lines
(`（2024年5月9日）`). Column `/xw/bndt/index.shtml` → `index_1.shtml` through `createPageHTML`.
Footer: 主办单位, 京ICP备, 京公网安备, 网站标识码, 党政机关 / 找错 scripts."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yingjibu-like.test"
COL = "/xw/bndt/"

# speech, doc id, headline, source, time, pages, speaker line (or "")
ARTICLES = [
    (SPEECHES["f43b-5"], "479816", "陈卫东副部长在全国安全生产电视电话会议上的讲话", "应急管理部", "18:05", 2, ""),
    (SPEECHES["f43b-6"], "478902", "赵建明：在全国森林草原防灭火工作推进会上的讲话", "应急管理部", "17:30", 1, "应急管理部副部长　赵建明"),
]
EDITORS = {"479816": "王磊", "478902": "刘畅"}

FILL_1 = [
    ("应急管理部召开部党委会议 研究部署汛期安全防范工作", "2024-05-15", "t20240515_479702"),
    ("应急管理部 国家防灾减灾救灾委员会办公室发布2024年4月全国自然灾害情况", "2024-05-14", "t20240514_479588"),
    ("应急管理部部署开展全国城镇燃气安全专项整治“回头看”", "2024-05-13", "t20240513_479433"),
    ("全国防灾减灾日主场活动在北京举行", "2024-05-12", "t20240512_479305"),
]
FILL_2 = [
    ("国家防总召开防汛抗旱工作视频会商会", "2024-05-08", "t20240508_478790"),
    ("应急管理部举行2024年第二季度例行新闻发布会", "2024-05-07", "t20240507_478611"),
    ("国务院安委会办公室召开全国电动自行车安全隐患全链条整治工作推进会", "2024-05-06", "t20240506_478455"),
]

PAGER_FN = """<script type="text/javascript">
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
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		else if(i == 0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex == _nPageCount-1)
		document.write("下一页");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
}
</script>"""

DOC_PAGER = """<div class="page_fy" id="page_fy">
<SCRIPT LANGUAGE="JavaScript">
var currentPage = @@CUR@@;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = @@COUNT@@//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\"@@BASE@@"+"_" + prevPage + "."+"shtml\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\"@@BASE@@.shtml\\">上一页</a>&nbsp;");
else
	document.write("上一页&nbsp;");
//循环
var num = countPage;
for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){
	if(countPage >1){
		if(currentPage==i)
			document.write("<span style=\\"color:#FF0000;\\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\\"@@BASE@@.shtml\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\"@@BASE@@"+"_" + i + "."+"shtml\\">"+(i+1)+"</a>&nbsp;");
	}
}
//设置下一页代码
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\"@@BASE@@"+"_" + nextPage + "."+"shtml\\" >下一页</a>&nbsp;");
else
	document.write("下一页&nbsp;");
</SCRIPT>
</div>"""

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}
</style>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国应急管理部" />
<meta name="SiteDomain" content="www.mem.gov.cn" />
<meta name="SiteIDCode" content="bm76000002" />
@@META@@
<link href="/images/mem_common.css" rel="stylesheet" type="text/css" />
<link href="/images/mem_@@CSS@@.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.12.4.min.js"></script>
@@PAGERFN@@
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="topbar_l">欢迎访问中华人民共和国应急管理部网站</span>
    <span class="topbar_r"><a href="javascript:void(0);" id="cniil_wza">无障碍</a>|<a href="javascript:void(0);" class="zzms">长者模式</a>|<a href="/sjb/" target="_blank">手机版</a>|<a href="/EN/" target="_blank">English</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="/" class="logo"><img src="/images/mem_logo.png" alt="中华人民共和国应急管理部" /></a>
    <div class="search"><form action="/was5/web/search" method="get" target="_blank" name="searchform"><input type="hidden" name="channelid" value="216702" /><input type="text" name="searchword" class="s_txt" value="" placeholder="请输入关键字" /><input type="submit" class="s_btn" value="搜索" /></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li class="on"><a href="/xw/">新闻</a></li>
    <li><a href="/gk/">政务公开</a></li>
    <li><a href="/fw/">政务服务</a></li>
    <li><a href="/hd/">互动交流</a></li>
    <li><a href="/kp/">应急科普</a></li>
    <li><a href="/zt/">专题</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="foot_l"><span id="_ideConac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script></span></div>
    <div class="foot_c">
      <p><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/wzsm/">网站声明</a></p>
      <p>主办单位：中华人民共和国应急管理部　　版权所有：中华人民共和国应急管理部</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备18034421号</a>　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502038218" target="_blank">京公网安备 11010502038218号</a>　　网站标识码：bm76000002</p>
    </div>
    <div class="foot_r"><script id="_jiucuo_" sitecode="bm76000002" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<script type="text/javascript" src="/images/mem_common.js"></script>
</body>
</html>
"""


def gov_meta(title="", pub="", source=""):
    out = (
        '<meta name="ColumnName" content="部内动态" />\n<meta name="ColumnDescription" content="部内动态" />\n'
        '<meta name="ColumnKeywords" content="部内动态" />\n<meta name="ColumnType" content="部内动态" />'
    )
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{pub}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
            '<meta name="Author" content="" />\n<meta name="Description" content="" />\n<meta name="Url" content="" />'
        )
    return out


def para(text):
    if text[:2] in ("一、", "二、", "三、", "四、") and len(text) < 40:
        return f'<p style="text-indent: 2em;"><span style="font-family: 黑体;">{text}</span></p>'
    if text[:2] in ("第一", "第二", "第三", "第四") and text[2] == "，" or text[:2] in ("一是", "二是", "三是", "四是", "五是", "六是"):
        cut = text.find("。") + 1
        return f'<p style="text-indent: 2em;"><strong>{text[:cut]}</strong>{text[cut:]}</p>'
    return f'<p style="text-indent: 2em;">{text}</p>'


def base(a):
    return f"t{a[0].date.replace('-', '')}_{a[1]}"


def url_of(a, page=0):
    return f"{COL}{a[0].date[:7].replace('-', '')}/{base(a)}{'_' + str(page) if page else ''}.shtml"


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def article(a, page, runs, other):
    speech, did, title, source, hhmm, count, speaker = a
    lines = []
    if speaker and page == 0:
        lines.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{speaker}</span></p>')
        lines.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">（{cn_date(speech.date)}）</span></p>')
    lines += [para(p) for p in runs[page]]
    pager = render(DOC_PAGER, CUR=page, COUNT=count, BASE=base(a)) if count > 1 else ""
    editor = f'<div class="xl_editor">（责任编辑：{EDITORS[did]}）</div>' if page == count - 1 else ""
    page_html = HEAD + """<div class="location w1200">您当前的位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="新闻" class="CurrChnlCls">新闻</a>&nbsp;&gt;&nbsp;<a href="../" title="部内动态" class="CurrChnlCls">部内动态</a></div>
<div class="xl_content w1200">
  <h1 class="xl_title">@@H@@</h1>
  <div class="xl_time">
    <span>发布时间：@@DATE@@ @@HHMM@@</span><span>来源：@@SOURCE@@</span>
    <span class="xl_zh">字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a> <a href="javascript:void(0);" onclick="fontZoom(16)">中</a> <a href="javascript:void(0);" onclick="fontZoom(14)">小</a></span>
  </div>
  <div class="xl_text" id="zoom">
<div class="TRS_Editor">@@STYLE@@
@@BODY@@
</div>
  </div>
@@PAGER@@
@@EDITOR@@
  <div class="xl_bottom">
    <div class="xl_share">分享到：<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="新浪微博"></a><a href="javascript:void(0);" class="qzone" title="QQ空间"></a></div>
    <div class="xl_print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
  <div class="xl_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
  <div class="xgwz">
    <div class="xgwz_tit">相关文章</div>
    <ul>
      <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODATE@@</span></li>
    </ul>
  </div>
</div>
<script type="text/javascript" src="/images/jquery.qrcode.min.js"></script>
<script type="text/javascript">
function fontZoom(size){$("#zoom p,#zoom span").css("font-size",size+"px");}
$("#qrcode").qrcode({width:90,height:90,text:window.location.href});
</script>
""" + FOOT
    return render(
        page_html,
        TITLE=f"{title}_中华人民共和国应急管理部",
        META=gov_meta(title, f"{speech.date} {hhmm}", source),
        CSS="xl",
        PAGERFN="",
        H=title,
        DATE=speech.date,
        HHMM=hhmm,
        SOURCE=source,
        STYLE=TRS_STYLE,
        BODY="\n".join(lines),
        PAGER=pager,
        EDITOR=editor,
        OURL="../" + other[0].date[:7].replace("-", "") + "/" + base(other) + ".shtml",
        OH=other[2],
        ODATE=other[0].date,
    )


def list_page(n):
    a, b = ARTICLES
    rows = (
        [(t, d, f"./{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_1]
        + [(a[2], a[0].date, f"./{a[0].date[:7].replace('-', '')}/{base(a)}.shtml")]
        if n == 0
        else [(b[2], b[0].date, f"./{b[0].date[:7].replace('-', '')}/{base(b)}.shtml")]
        + [(t, d, f"./{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_2]
    )
    if n == 0:
        rows = rows[-1:] + rows[:-1]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for t, d, h in rows)
    page = HEAD + """<div class="location w1200">您当前的位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="新闻" class="CurrChnlCls">新闻</a>&nbsp;&gt;&nbsp;<a href="./" title="部内动态" class="CurrChnlCls">部内动态</a></div>
<div class="list_main w1200">
  <div class="list_left">
    <div class="list_left_tit">新闻</div>
    <ul>
      <li><a href="/xw/yjyw/">应急要闻</a></li>
      <li class="on"><a href="/xw/bndt/">部内动态</a></li>
      <li><a href="/xw/xwfbh/">新闻发布会</a></li>
      <li><a href="/xw/jyll/">建言理论</a></li>
      <li><a href="/xw/mtxx/">媒体信息</a></li>
    </ul>
  </div>
  <div class="list_right">
    <div class="list_right_tit">部内动态</div>
    <ul class="list_ul">
@@LIS@@
    </ul>
    <div class="page"><script type="text/javascript">createPageHTML(2, @@N@@, "index", "shtml");</script></div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="部内动态_中华人民共和国应急管理部", META=gov_meta(), CSS="list", PAGERFN=PAGER_FN, LIS=lis, N=n)


def home():
    a, b = ARTICLES
    items = [(a[2], a[0].date, url_of(a)), (b[2], b[0].date, url_of(b))] + [
        (t, d, f"{COL}{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_1[:3]
    ]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for t, d, h in items)
    page = HEAD + """<div class="index_main w1200">
  <div class="index_tt"><a href="@@URL@@" target="_blank">@@H@@</a></div>
  <div class="index_news">
    <div class="index_news_tit"><a href="/xw/yjyw/">应急要闻</a><a href="/xw/bndt/" class="on">部内动态</a><a href="/xw/bndt/" class="more">更多&gt;&gt;</a></div>
    <ul>
@@LIS@@
    </ul>
  </div>
  <div class="index_fw"><a href="/fw/">政务服务</a><a href="/hd/">互动交流</a><a href="/kp/">应急科普</a></div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国应急管理部", META=gov_meta(), CSS="index", PAGERFN="", URL=items[0][2], H=a[2], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "mem.gov.cn-like 部内动态 / 领导讲话 pages on TRS WCM: gov meta tags, 您当前的位置 (CurrChnlCls), h1.xl_title, xl_time line, div.xl_text#zoom > TRS_Editor, TRS document pager script (currentPage / countPage, t…_1.shtml), 责任编辑, 分享到, 【打印本页】【关闭窗口】, 相关文章",
        site_note="mem.gov.cn-like TRS site (utf-8); the 安全生产 speech on t20240516_479816.shtml and _1.shtml through TRS's inline document pager script",
    )
    for i, a in enumerate(ARTICLES):
        runs = [a[0].paras] if a[5] == 1 else [list(r) for r in split_paras(a[0].paras, a[5])]
        pages = [url_of(a, p) for p in range(a[5])]
        for p in range(a[5]):
            fam.put(pages[p], article(a, p, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[2], pages_found_by="script pager")
    fam.put("/", home())
    fam.put(COL, list_page(0))
    fam.put(COL + "index.shtml", list_page(0))
    fam.put(COL + "index_1.shtml", list_page(1))
    fam.not_documents += ["/", COL, COL + "index.shtml", COL + "index_1.shtml", url_of(ARTICLES[0], 1)]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "您当前的位置：",
        "来源：应急管理部",
        "字号：",
        "应急管理部副部长　赵建明",
        "（2024年5月9日）",
        "（责任编辑：",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "扫一扫在手机打开当前页",
        "相关文章",
        "京ICP备18034421号",
        "网站标识码：bm76000002",
    ]
    fam.note = "the 安全生产 speech is on two TRS pages (t20240516_479816.shtml, _1.shtml) joined only by TRS's inline currentPage / countPage document pager script; the 防灭火 speech opens with centred speaker and date lines (not part of the text)"
    return fam
