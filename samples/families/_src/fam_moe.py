"""教育部 (moe.gov.cn)-like 部长讲话 pages on TRS WCM: `/jyb_xwfb/moe_176/202405/t20240516_1131406.html`,
政府网站 meta tags, `#curpage` 您现在的位置 breadcrumb with `CurrChnlCls`, `h1` + `#content_date_source`
(来源 / 作者 / date), `#moe-detail-page-set` (字号 大 中 小, 打印, 关闭), the text in `#content_body_txt` >
`div.TRS_Editor` (the template's style block, `MsoNormal` paragraphs, bold 黑体 headings); the 部长's long
speech split by WCM's page breaker over `t20240516_1131406.html` / `…_1.html`, each page the whole template
with the article pager written by `createPageHTML(2, N, "t20240516_1131406", "html")` in `#content_page`
(上一页 / 1 2 / 下一页, script only); `#content_editor` 【责任编辑：…】, 分享到 bar, 相关链接 list; list page
`index.html` → `index_1.html` (same TRS list pager); footer with 网站标识码bm05000001, 京ICP备10028400号,
京公网安备, 主办单位, 党政机关 and 找错 scripts. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jiaoyubu-like.test"
LIST = "/jyb_xwfb/moe_176/"

# speech, yyyymm, docid, headline, pages, 作者, editor
ARTICLES = [
    (SPEECHES["r31a-m1"], "202405", "t20240516_1131406", "怀远征：在2024年全国职业教育工作会议上的讲话", 2, "", "许　岚"),
    (SPEECHES["r31a-m2"], "202405", "t20240509_1130218", "孙佳宁副部长在2024届全国普通高校毕业生就业创业工作推进会上的讲话", 1, "", "王　璐"),
]

PAGE_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	// 1 输出上一页
	if(nCurrIndex == 0)
		document.write("<span class=\\"disabled\\">上一页</span>");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>");
	// 2 输出中间分页
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>");
		else if(i == 0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">"+(i+1)+"</a>");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>");
	}
	// 3 输出下一页
	if(nCurrIndex == (_nPageCount-1))
		document.write("<span class=\\"disabled\\">下一页</span>");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
}
</script>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国教育部政府门户网站" />
<meta name="SiteDomain" content="www.moe.gov.cn" />
<meta name="SiteIDCode" content="bm05000001" />
@@META@@
<link href="@@ROOT@@images/moe_2020_common.css" rel="stylesheet" type="text/css" />
<link href="@@ROOT@@images/moe_2020_detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="@@ROOT@@images/jquery.min.js"></script>
<script type="text/javascript" src="@@ROOT@@images/moe_2020_common.js"></script>
</head>
<body>
<div id="moe-top">
  <div class="moe-top-box">
    <div class="moe-top-left"><a href="@@ROOT@@">教育部政府门户网站</a></div>
    <div class="moe-top-right"><a href="http://wap.moe.gov.cn/" target="_blank">手机版</a> | <a href="@@ROOT@@jyb_sy/sy_jygk/">English</a> | <a href="javascript:void(0);" id="wza">无障碍</a> | <a href="@@ROOT@@jyb_wzdt/">网站地图</a></div>
  </div>
</div>
<div id="moe-header">
  <div class="moe-header-box">
    <a href="@@ROOT@@" id="moe-logo"><img src="@@ROOT@@images/moe_logo_2020.png" alt="中华人民共和国教育部" /></a>
    <div id="moe-search">
      <form action="http://www.moe.gov.cn/was5/web/search" method="get" target="_blank" name="searchform">
        <input type="hidden" name="channelid" value="239993" />
        <input type="text" name="searchword" id="searchword" placeholder="请输入检索内容" />
        <input type="submit" value="" id="moe-search-btn" />
      </form>
    </div>
  </div>
</div>
<div id="moe-nav">
  <ul class="moe-nav-box">
    <li><a href="@@ROOT@@">首页</a></li>
    <li><a href="@@ROOT@@jyb_zzjg/">机构</a></li>
    <li class="moe-nav-on"><a href="@@ROOT@@jyb_xwfb/">新闻</a></li>
    <li><a href="@@ROOT@@jyb_xxgk/">公开</a></li>
    <li><a href="@@ROOT@@jyb_zwfw/">服务</a></li>
    <li><a href="@@ROOT@@jyb_hd/">互动</a></li>
    <li><a href="@@ROOT@@jyb_sjzl/">文献</a></li>
  </ul>
</div>
"""

FOOT = """<div id="moe-footer">
  <div class="moe-footer-box">
    <div class="moe-footer-dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60417393/CA330000000604173930001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="moe-footer-txt">
      <p><a href="@@ROOT@@jyb_wzdt/">网站地图</a> | <a href="@@ROOT@@jyb_lxwm/">联系我们</a> | <a href="@@ROOT@@jyb_sybz/">使用帮助</a></p>
      <p>主办单位：中华人民共和国教育部　版权所有：中华人民共和国教育部</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10028400号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000001" target="_blank">京公网安备11010202000001号</a>　网站标识码bm05000001</p>
    </div>
    <div class="moe-footer-jiucuo"><script id="_jiucuo_" sitecode='bm05000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
  </div>
</div>
<script type="text/javascript" src="https://ta.trs.cn/c/js/ta.js?mpid=479" charset="utf-8" id="trs_ta_js" async="async" defer="defer"></script>
</body>
</html>
"""

CRUMB = """<div id="curpage"><strong>您现在的位置：</strong><a href="@@ROOT@@" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="@@ROOT@@jyb_xwfb/" title="新闻" class="CurrChnlCls">新闻</a>&nbsp;&gt;&nbsp;<a href="@@ROOT@@jyb_xwfb/moe_176/" title="部长讲话" class="CurrChnlCls">部长讲话</a></div>"""

STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>"""


def meta(column, title="", date="", source=""):
    out = f'<meta name="ColumnName" content="{column}" />\n<meta name="ColumnDescription" content="" />\n<meta name="ColumnKeywords" content="" />\n<meta name="ColumnType" content="{column}" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{date}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
            '<meta name="Author" content="" />\n<meta name="Description" content="" />\n<meta name="Image" content="" />\n<meta name="Url" content="" />'
        )
    return out


HEADS = ("一、", "二、", "三、", "四、")


def para(text):
    if text.startswith(HEADS) and len(text) < 30:
        return f'<p class="MsoNormal" style="text-indent: 2em;"><span style="font-family: 黑体;">{text}</span></p>'
    if text.startswith(("第一，", "第二，", "第三，", "第四，", "第五，")):
        lead, rest = text.split("。", 1)
        return f'<p class="MsoNormal" style="text-indent: 2em;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p class="MsoNormal" style="text-indent: 2em;">{text}</p>'


def article(a, part, paras, count, other):
    speech, yyyymm, docid, head, pages, author, editor = a
    body = "\n".join(para(p) for p in paras)
    pager = f'<div id="content_page">{PAGE_JS}<script type="text/javascript">createPageHTML({count}, {part}, "{docid}", "html");</script></div>' if count > 1 else ""
    page = HEAD + CRUMB + """
<div id="content_body">
  <div class="moe-detail-box">
    <h1>@@H@@</h1>
    <div id="content_date_source">
      <span>来源：教育部政府门户网站</span>&nbsp;&nbsp;<span>作者：@@AUTHOR@@</span>&nbsp;&nbsp;<span>@@DATE@@</span>
    </div>
    <div id="moe-detail-page-set">
      <span>字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a>&nbsp;<a href="javascript:void(0);" onclick="fontZoom(16)">中</a>&nbsp;<a href="javascript:void(0);" onclick="fontZoom(14)">小</a></span>
      <a href="javascript:window.print();">打印</a>&nbsp;<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a>
    </div>
    <div id="content_body_txt">
@@STYLE@@
<div class="TRS_Editor">
@@BODY@@
</div>
    </div>
    @@PAGER@@
    <div id="content_editor">【责任编辑：@@EDITOR@@】</div>
    <div class="moe-detail-fenxiang">
      <span>分享到：</span><a href="javascript:void(0);" class="fx-wx" title="微信"></a><a href="javascript:void(0);" class="fx-wb" title="微博" onclick="shareWeibo()"></a><a href="javascript:void(0);" class="fx-qq" title="QQ空间" onclick="shareQzone()"></a>
    </div>
    <div id="related_links">
      <div class="moe-related-tit">相关链接</div>
      <ul>
        <li><a href="../@@OYM@@/@@ODOC@@.html" target="_blank">@@OH@@</a></li>
        <li><a href="../../gzdt_gzdt/202405/t20240516_1131385.html" target="_blank">2024年全国职业教育工作会议在京召开</a></li>
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript">
function fontZoom(size){$("#content_body_txt p, #content_body_txt span").css("font-size", size + "px");}
function shareWeibo(){window.open("http://service.weibo.com/share/share.php?url="+encodeURIComponent(location.href)+"&title="+encodeURIComponent(document.title));}
function shareQzone(){window.open("https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url="+encodeURIComponent(location.href));}
</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{head} - 中华人民共和国教育部政府门户网站",
        META=meta("部长讲话", head, f"{speech.date} 15:20", "教育部政府门户网站"),
        ROOT="../../../",
        H=head,
        AUTHOR=author,
        DATE=speech.date,
        STYLE=STYLE,
        BODY=body,
        PAGER=pager,
        EDITOR=editor,
        OYM=other[1],
        ODOC=other[2],
        OH=other[3],
    )


FILLER = [
    [("怀远征：在2024年全国教育系统安全工作视频会议上的讲话", "2024-04-28", "./202404/t20240428_1128840.html")],
    [("孙佳宁：在教育部2024年直属机关党建工作会议上的讲话", "2024-03-22", "./202403/t20240322_1121907.html")],
]


def list_page(n, count):
    a = ARTICLES[n]
    items = [(a[3], a[0].date, f"./{a[1]}/{a[2]}.html")] + FILLER[n]
    rows = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for t, d, h in items)
    page = HEAD + CRUMB + """
<div id="list">
  <div class="moe-list-side"><h3>新闻</h3><ul><li><a href="../gzdt_gzdt/">工作动态</a></li><li class="on"><a href="./">部长讲话</a></li><li><a href="../s5147/">新闻发布</a></li></ul></div>
  <div class="moe-list-box">
    <div class="moe-list-title">部长讲话</div>
    <ul id="list">
@@ROWS@@
    </ul>
    <div class="scy_page_box">@@PAGE_JS@@<script type="text/javascript">createPageHTML(@@COUNT@@, @@CUR@@, "index", "html");</script></div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="部长讲话 - 中华人民共和国教育部政府门户网站", META=meta("部长讲话"), ROOT="../../", ROWS=rows, PAGE_JS=PAGE_JS, COUNT=count, CUR=n)


def home():
    a = ARTICLES[0]
    page = HEAD + """
<div id="moe-index">
  <div class="moe-index-tt"><a href="./jyb_xwfb/moe_176/@@YM@@/@@DOC@@.html" target="_blank">@@H@@</a></div>
  <div class="moe-index-news">
    <div class="moe-tab"><span class="on"><a href="./jyb_xwfb/gzdt_gzdt/">工作动态</a></span><span><a href="./jyb_xwfb/moe_176/">部长讲话</a></span></div>
    <ul><li><a href="./jyb_xwfb/moe_176/@@YM@@/@@DOC@@.html" target="_blank">@@H@@</a><span>05-16</span></li><li><a href="./jyb_xwfb/gzdt_gzdt/202405/t20240516_1131385.html" target="_blank">2024年全国职业教育工作会议在京召开</a><span>05-16</span></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国教育部政府门户网站", META=meta("首页"), ROOT="./", YM=a[1], DOC=a[2], H=a[3])


def build() -> Family:
    fam = Family(
        HOST,
        "moe.gov.cn-like TRS WCM 部长讲话 pages: #curpage breadcrumb, h1 + #content_date_source (来源 / 作者 / date), 字号 / 打印 / 关闭, #content_body_txt TRS_Editor with its style block, a 2-page speech through the script-only createPageHTML article pager, 【责任编辑】, 分享到, 相关链接",
    )
    for i, a in enumerate(ARTICLES):
        speech, yyyymm, docid, head, pages = a[:5]
        runs = split_paras(speech.paras, pages)
        paths = [f"{LIST}{yyyymm}/{docid}{'' if k == 0 else f'_{k}'}.html" for k in range(pages)]
        for k, (path, run) in enumerate(zip(paths, runs)):
            fam.put(path, article(a, k, run, pages, ARTICLES[1 - i]))
        fam.doc(paths, speech, title=head, **({"pages_found_by": "script pager"} if pages > 1 else {}))
        fam.not_documents += paths[1:]
    fam.put("/", home())
    fam.put(f"{LIST}index.html", list_page(0, 2))
    fam.put(f"{LIST}index_1.html", list_page(1, 2))
    fam.not_documents += ["/", LIST, f"{LIST}index.html", f"{LIST}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += ["您现在的位置", "来源：教育部政府门户网站", "字号：", "分享到：", "相关链接", "责任编辑", "京ICP备10028400号", "网站标识码bm05000001"]
    return fam
