"""A provincial 人大常委会 portal (淮江人大网) on 拓尔思 TRS WCM: 信息公开 articles at
`/xxgk/ldjh/202405/t20240531_87654.html` opening with the 政府信息公开 table (索引号 / 主题分类 / 发布机构 /
成文日期 / 名称 / 文号 / 发布日期 / 主题词) before the title; `<!--<$[标题名称]>begin-->` field comments,
info line (发布时间, 来源, 浏览次数 filled by a script, 【字体：大 中 小】), `div.TRS_Editor` with its
style block; the 主任's closing speech split by WCM's page breaker over `t20240531_87654.html` and
`…_1.html`, each page the whole template with the `createPageHTML(2, N, "t20240531_87654", "html")`
article pager (function from `/images/page.js`, inlined by the template); the speech opens with the
centred speaker and date lines; 【打印本页】【关闭窗口】, 分享到, 上一篇 / 下一篇, 相关文章; 信息公开目录
lists `index.html` / `index_1.html` as tables (标题 / 发布日期) with the same list pager; footer with
主办 / 承办, ICP, 公安备案, 网站标识码. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.shengrenda-like.test"
SITE = "淮江人大网"
LIST = "/xxgk/ldjh/"

# speech, yyyymm, docid, headline, pages, 发布日期 time, 索引号 serial, 成文日期
ARTICLES = [
    (SPEECHES["r28a-r2"], "202408", "t20240816_91327", "周建明在全省人大代表工作座谈会上的讲话", 1, "2024-08-16 17:40", "2024-000186"),
    (SPEECHES["r28a-r1"], "202405", "t20240531_87654", "周建明在省十四届人大常委会第九次会议闭幕时的讲话", 2, "2024-05-31 09:26", "2024-000103"),
]

PAGE_JS = """<script type="text/javascript">
//TRS WCM 分页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("上一页&nbsp;");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\" class=\\"pageNum\\">上一页</a>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\" class=\\"pageNum\\">上一页</a>&nbsp;");
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\\"curPage\\">"+(i+1)+"</span>&nbsp;");
		else if(i == 0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\" class=\\"pageNum\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\" class=\\"pageNum\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex == (_nPageCount-1))
		document.write("下一页&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\" class=\\"pageNum\\">下一页</a>&nbsp;");
	document.write("共"+_nPageCount+"页");
}
</script>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="淮江人大网" />
<meta name="SiteDomain" content="www.shengrenda-like.test" />
<meta name="SiteIDCode" content="hj00000021" />
@@META@@
<link href="@@ROOT@@images/rd_common.css" rel="stylesheet" type="text/css" />
<link href="@@ROOT@@images/rd_xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="@@ROOT@@images/jquery-1.7.2.min.js"></script>
""" + PAGE_JS + """
</head>
<body>
<div class="topbar"><div class="w1100"><span class="fl">欢迎访问淮江人大网！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="http://m.shengrenda-like.test/" target="_blank">手机版</a> | <a href="javascript:;" id="cniil_wza">无障碍</a></span></div></div>
<div class="banner"><div class="w1100"><a href="@@ROOT@@"><img src="@@ROOT@@images/rd_logo.png" alt="淮江人大网" /></a>
<div class="sousuo"><form action="http://search.shengrenda-like.test/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="241790" /><input type="text" name="searchword" id="searchword" value="" /><input type="submit" value="搜 索" class="ss_btn" /></form></div></div></div>
<div class="menu"><ul class="w1100">
<li><a href="@@ROOT@@">首　页</a></li>
<li><a href="@@ROOT@@rdyw/">人大要闻</a></li>
<li><a href="@@ROOT@@lfgz/">立法工作</a></li>
<li><a href="@@ROOT@@jdgz/">监督工作</a></li>
<li><a href="@@ROOT@@dbgz/">代表工作</a></li>
<li><a href="@@ROOT@@xxgk/">信息公开</a></li>
<li><a href="@@ROOT@@rdll/">理论研究</a></li>
<li><a href="@@ROOT@@hdjl/">互动交流</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1100">
<div class="ft_link"><a href="@@ROOT@@gywm/">关于我们</a> | <a href="@@ROOT@@lxwm/">联系我们</a> | <a href="@@ROOT@@wzdt/">网站地图</a></div>
<div class="ft_dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/21/000/0000/60519872/CA210000000605198720001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
<p>主办：淮江省人大常委会办公厅　承办：淮江省人大常委会信息中心</p>
<p>版权所有：淮江省人民代表大会常务委员会　地址：淮江省江州市人民路168号　邮编：230001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">淮ICP备05003821号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34010202000318" target="_blank">淮公网安备 34010202000318号</a>　网站标识码：hj00000021</p>
<p>技术支持：拓尔思信息技术股份有限公司</p>
</div></div>
<script type="text/javascript" src="https://ta.trs.cn/c/js/ta.js?mpid=3318" charset="utf-8" id="trs_ta_js" async="async" defer="defer"></script>
</body>
</html>
"""


def gov_meta(column, title="", pub="", source=""):
    out = f'<meta name="ColumnName" content="{column}" />\n<meta name="ColumnType" content="{column}" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{pub}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="周建明,讲话" />'
        )
    return out


def para_html(text):
    if text[:2] in {"一、", "二、", "三、", "四、", "五、"} and "。" in text:
        lead, rest = text.split("。", 1)
        return f'<p style="text-indent: 2em;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p style="text-indent: 2em;">{text}</p>'


def page_name(a, n):
    return a[2] + ("" if n == 0 else f"_{n}") + ".html"


def article(a, n, runs, prev, nxt):
    speech, yyyymm, docid, title, count, pub, serial = a
    y, m, d = (int(x) for x in speech.date.split("-"))
    body = "\n".join(para_html(p) for p in runs[n])
    if n == 0 and count > 1:
        body = (
            '<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">省人大常委会主任　周建明</span></p>\n'
            f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">（{y}年{m}月{d}日）</span></p>\n' + body
        )
    pager = ""
    if count > 1:
        pager = f'<div class="pages" id="pages"><script type="text/javascript">createPageHTML({count}, {n}, "{docid}", "html");</script></div>'
    prev_html = f'<a href="../{prev[1]}/{prev[2]}.html">{prev[3]}</a>' if prev else "没有了"
    next_html = f'<a href="../{nxt[1]}/{nxt[2]}.html">{nxt[3]}</a>' if nxt else "没有了"
    page = HEAD + """<div class="w1100 position">您当前的位置：<a href="../../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" class="CurrChnlCls">信息公开</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">领导讲话</a></div>
<div class="w1100 xxgk_content">
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><th width="12%">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td width="38%">11340000003118205T/@@SERIAL@@</td><th width="12%">主题分类：</th><td width="38%">综合政务\\其他</td></tr>
  <tr><th>发布机构：</th><td>淮江省人大常委会办公厅</td><th>成文日期：</th><td>@@DATE@@</td></tr>
  <tr><th>名　　称：</th><td colspan="3"><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></td></tr>
  <tr><th>文　　号：</th><td></td><th>发布日期：</th><td>@@PUBDAY@@</td></tr>
  <tr><th>主&nbsp;&nbsp;题&nbsp;&nbsp;词：</th><td colspan="3">讲话</td></tr>
</table>
<div class="article">
  <h1 class="art_tit"><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></h1>
  <div class="art_info">发布时间：<!--<$[发布日期]>begin-->@@PUB@@<!--<$[发布日期]>end-->　来源：<!--<$[信息来源]>begin-->省人大常委会办公厅<!--<$[信息来源]>end-->　浏览次数：<span id="hits">-</span>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  <div class="art_con" id="zoom"><!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:10px;line-height:2;font-family:宋体;font-size:16px;}.TRS_Editor DIV{margin-top:0px;margin-bottom:10px;line-height:2;font-family:宋体;font-size:16px;}.TRS_Editor TD{margin-top:0px;margin-bottom:10px;line-height:2;font-family:宋体;font-size:16px;}.TRS_Editor TH{margin-top:0px;margin-bottom:10px;line-height:2;font-family:宋体;font-size:16px;}.TRS_Editor SPAN{margin-top:0px;margin-bottom:10px;line-height:2;font-family:宋体;font-size:16px;}</style>
@@BODY@@</div><!--<$[信息内容]>end--></div>
  @@PAGER@@
  <div class="art_tools">
    <div class="share"><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
    <div class="print"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="sxp"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
  <div class="xgwz"><div class="xgwz_tit">相关文章</div><ul>@@REL@@</ul></div>
</div>
</div>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize=size+'px'; }
$.get("/trsapp/hits.jsp?docid=@@DOCNUM@@", function(d){ $("#hits").html($.trim(d)); });
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
""" + FOOT
    other = nxt or prev
    return render(
        page,
        TITLE=f"{title}-淮江人大网",
        META=gov_meta("领导讲话", title, pub, "省人大常委会办公厅"),
        ROOT="../../../",
        SERIAL=serial,
        DATE=speech.date,
        H=title,
        PUBDAY=pub[:10],
        PUB=pub,
        BODY=body,
        PAGER=pager,
        PREV=prev_html,
        NEXT=next_html,
        REL=f'<li><a href="../{other[1]}/{other[2]}.html" target="_blank">{other[3]}</a></li>',
        DOCNUM=docid.split("_")[1],
    )


FILLER = [
    [("淮江省人民代表大会常务委员会关于召开省十四届人大常委会第十次会议的决定", "2024-07-12", "./202407/t20240712_89815.html"),
     ("省人大常委会2024年度监督工作计划", "2024-06-20", "./202406/t20240620_88940.html")],
    [("省人大常委会2024年度立法工作计划", "2024-04-26", "./202404/t20240426_86302.html"),
     ("淮江省人民代表大会常务委员会公告（第十二号）", "2024-04-02", "./202404/t20240402_85566.html")],
]


def list_page(n, count):
    a = ARTICLES[n]
    items = [(a[3], a[5][:10], f"./{a[1]}/{a[2]}.html")] + FILLER[n]
    rows = "\n".join(
        f'<tr><td class="xh">{i + 1 + n * 3}</td><td class="bt"><a href="{h}" target="_blank" title="{t}">{t}</a></td><td class="rq">{d}</td></tr>'
        for i, (t, d, h) in enumerate(items)
    )
    page = HEAD + """<div class="w1100 position">您当前的位置：<a href="../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">信息公开</a>&nbsp;&gt;&nbsp;<a href="./" class="CurrChnlCls">领导讲话</a></div>
<div class="w1100 xxgk_main">
<div class="xxgk_left"><div class="xxgk_left_tit">信息公开目录</div><ul>
<li><a href="../gzzd/">工作制度</a></li><li><a href="../hywj/">会议文件</a></li><li class="on"><a href="./">领导讲话</a></li><li><a href="../rsrm/">人事任免</a></li><li><a href="../gg/">公告</a></li><li><a href="../ndbg/">信息公开年度报告</a></li></ul></div>
<div class="xxgk_right">
<div class="xxgk_right_tit">领导讲话</div>
<table class="xxgk_list" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th width="8%">序号</th><th>标题</th><th width="16%">发布日期</th></tr>
@@ROWS@@
</table>
<div class="pages"><script type="text/javascript">createPageHTML(@@COUNT@@, @@CUR@@, "index", "html");</script></div>
</div>
</div>
""" + FOOT
    return render(page, TITLE="领导讲话-淮江人大网", META=gov_meta("领导讲话"), ROOT="../../", ROWS=rows, COUNT=count, CUR=n)


def home():
    lis = "".join(f'<li><span>{a[5][5:10]}</span><a href="./xxgk/ldjh/{a[1]}/{a[2]}.html" target="_blank">{a[3]}</a></li>' for a in ARTICLES)
    page = HEAD + """<div class="w1100 index">
<div class="idx_tt"><a href="./xxgk/ldjh/@@YM@@/@@DOC@@.html" target="_blank">@@H@@</a></div>
<div class="idx_box"><div class="idx_box_tit"><span>领导讲话</span><a href="./xxgk/ldjh/" class="more">更多&gt;&gt;</a></div><ul>@@LIS@@</ul></div>
<div class="idx_box"><div class="idx_box_tit"><span>人大要闻</span><a href="./rdyw/" class="more">更多&gt;&gt;</a></div><ul><li><span>08-20</span><a href="./rdyw/" target="_blank">省人大常委会召开党组会议</a></li></ul></div>
<div class="idx_box"><div class="idx_box_tit"><span>信息公开</span></div><ul><li><a href="./xxgk/ldjh/">领导讲话</a></li><li><a href="./xxgk/hywj/">会议文件</a></li></ul></div>
</div>
""" + FOOT
    a = ARTICLES[1]
    return render(page, TITLE="淮江人大网", META=gov_meta("首页"), ROOT="./", YM=a[1], DOC=a[2], H=a[3], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "provincial 人大常委会 portal on TRS WCM: 信息公开 索引号 table, <!--<$[标题名称]>begin--> fields, TRS_Editor, 2-page speech via createPageHTML article pager (_1.html)",
    )
    for i, a in enumerate(ARTICLES):
        count = a[4]
        runs = split_paras(a[0].paras, count) if count > 1 else [a[0].paras]
        prev = ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None  # older
        nxt = ARTICLES[i - 1] if i > 0 else None
        pages = [f"{LIST}{a[1]}/{page_name(a, n)}" for n in range(count)]
        for n, p in enumerate(pages):
            fam.put(p, article(a, n, runs, prev, nxt))
        fam.doc(pages, a[0], title=a[3], pages_found_by="script pager")
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(f"{LIST}index.html", list_page(0, 2))
    fam.put(f"{LIST}index_1.html", list_page(1, 2))
    fam.not_documents += ["/", f"{LIST}index.html", f"{LIST}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /trsapp/\n")
    fam.noise += [
        "您当前的位置",
        "主题分类：",
        "发布机构：",
        "淮江省人大常委会办公厅",
        "成文日期：",
        "发布时间：",
        "浏览次数：",
        "【字体：",
        "省人大常委会主任　周建明",
        "（2024年5月30日）",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "上一篇：",
        "下一篇：",
        "相关文章",
        "淮ICP备05003821号",
    ]
    return fam
