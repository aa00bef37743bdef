"""国家发展改革委 (ndrc.gov.cn)-like pages on TRS WCM (the 2020 redesign): articles at
`/xwdt/xwfb/202404/t20240419_1365832.html`, 政府网站 meta tags (SiteName, SiteIDCode, ColumnName,
ArticleTitle, PubDate, ContentSource), `crumbs` breadcrumb with TRS `CurrChnlCls` links, `article_title`
(h2, 发布时间：2024/04/19, 来源), 分享 bar (微信 / 微博 / QQ空间) in the title block, the text in
`div.article_con` > `trs_editor_view TRS_UEDITOR trs_paper_default trs_web`, 【打印】【关闭窗口】,
扫一扫在手机打开当前页, 相关链接 (none) hidden by a script; lists `index.html` → `index_1.html` through TRS's
`createPageHTML(countPage, currentPage, "index", "html")` written into each list page; footer with
网站地图 / 联系我们, 主办单位, 京ICP备, 京公网安备, 网站标识码, 党政机关 mark and 找错 script. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.fagaiwei-like.test"
SITE = "中华人民共和国国家发展和改革委员会"

# speech, yyyymm, docid, speaker headline, source, time
ARTICLES = [
    (SPEECHES["r28a-f2"], "202406", "t20240627_1388214", "赵明远副主任在民营企业投资项目推介会上的致辞", "投资司", "17:42"),
    (SPEECHES["r28a-f1"], "202404", "t20240419_1365832", "韩立新副主任在2024年全国价格监测工作会议上的讲话", "价格监测中心", "16:05"),
]
LIST = "/xwdt/xwfb/"

FILLER = [
    [("国家发展改革委2024年6月份新闻发布会", "2024/06/20", "./202406/t20240620_1387952.html"),
     ("国家发展改革委关于印发《重大项目后评价管理办法》的通知解读", "2024/06/14", "./202406/t20240614_1387611.html")],
    [("国家发展改革委2024年4月份新闻发布会", "2024/04/18", "./202404/t20240418_1365790.html"),
     ("“十四五”规划《纲要》主要指标进展情况中期评估新闻发布会", "2024/03/29", "./202403/t20240329_1365123.html")],
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国国家发展和改革委员会">
<meta name="SiteDomain" content="www.ndrc.gov.cn">
<meta name="SiteIDCode" content="bm04000007">
@@META@@
<link rel="stylesheet" type="text/css" href="@@ROOT@@images/common.css">
<link rel="stylesheet" type="text/css" href="@@ROOT@@images/style.css">
<script type="text/javascript" src="@@ROOT@@images/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="@@ROOT@@images/common.js"></script>
</head>
<body>
<div class="top">
  <div class="container">
    <div class="top-l"><a href="javascript:;" id="cniil_wza">无障碍浏览</a><a href="javascript:;" class="lzzm">长者模式</a></div>
    <div class="top-r"><a href="@@ROOT@@wap/" target="_blank">移动版</a><span>|</span><a href="https://en.ndrc.gov.cn/" target="_blank">English</a><span>|</span><a href="@@ROOT@@wbsy/" target="_blank">微博</a><span>|</span><a href="javascript:;" class="wx">微信<div class="wx-ewm"><img src="@@ROOT@@images/wx_ewm.jpg" alt=""></div></a></div>
  </div>
</div>
<div class="header">
  <div class="container">
    <a href="@@ROOT@@" class="logo"><img src="@@ROOT@@images/logo.png" alt="中华人民共和国国家发展和改革委员会"></a>
    <div class="search">
      <form action="https://so.ndrc.gov.cn/s" method="get" target="_blank" name="searchform" onsubmit="return checkSearch()">
        <input type="hidden" name="siteCode" value="bm04000007">
        <input type="text" name="qt" class="search-inp" placeholder="请输入关键词" autocomplete="off">
        <input type="submit" class="search-btn" value="">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <div class="container">
    <ul>
      <li><a href="@@ROOT@@">首页</a></li>
      <li><a href="@@ROOT@@fzggw/">机构设置</a></li>
      <li class="on"><a href="@@ROOT@@xwdt/">新闻动态</a></li>
      <li><a href="@@ROOT@@xxgk/">政务公开</a></li>
      <li><a href="@@ROOT@@fggz/">发展改革工作</a></li>
      <li><a href="https://zwfw.ndrc.gov.cn/" target="_blank">政务服务</a></li>
      <li><a href="@@ROOT@@hdjl/">互动交流</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="container">
    <div class="footer-link"><a href="@@ROOT@@wzdt/" target="_blank">网站地图</a><span>|</span><a href="@@ROOT@@lxwm/" target="_blank">联系我们</a><span>|</span><a href="@@ROOT@@sybz/" target="_blank">使用帮助</a><span>|</span><a href="@@ROOT@@wzsm/" target="_blank">网站声明</a></div>
    <div class="footer-con">
      <div class="footer-dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40672145/CA330000000406721450002.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
      <div class="footer-txt">
        <p>主办单位：国家发展和改革委员会　版权所有：国家发展和改革委员会</p>
        <p>地址：北京市西城区月坛南街38号　邮编：100824</p>
        <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05052393号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000001" target="_blank"><img src="@@ROOT@@images/gaba.png" alt="">京公网安备11010202000001号</a>　网站标识码bm04000007</p>
      </div>
      <div class="footer-jc"><script id="_jiucuo_" sitecode='bm04000007' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
    </div>
  </div>
</div>
<script type="text/javascript" src="https://ta.trs.cn/c/js/ta.js?mpid=1055" charset="utf-8" id="trs_ta_js" async="async" defer="defer"></script>
</body>
</html>
"""


def ymd(speech):
    return speech.date.replace("-", "/")


def para_html(text):
    if text[:2] in {"第一", "第二", "第三"} and "，" in text[:6]:
        lead, rest = text.split("。", 1)
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p style="text-indent: 2em; text-align: justify;">{text}</p>'


def gov_meta(column, title="", date="", source=""):
    out = f'<meta name="ColumnName" content="{column}">\n<meta name="ColumnDescription" content="">\n<meta name="ColumnKeywords" content="">\n<meta name="ColumnType" content="{column}">'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n'
            '<meta name="Author" content="">\n<meta name="Description" content="">\n<meta name="Url" content="">'
        )
    return out


def article(a):
    speech, yyyymm, docid, title, source, hhmm = a
    body = "\n".join(para_html(p) for p in speech.paras)
    page = HEAD + """<div class="container">
  <div class="crumbs">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="新闻动态" class="CurrChnlCls">新闻动态</a>&nbsp;&gt;&nbsp;<a href="../" title="新闻发布" class="CurrChnlCls">新闻发布</a></div>
  <div class="article">
    <div class="article_title">
      <h2>@@H@@</h2>
      <div class="article_title_info">
        <div class="article_l"><span class="time">发布时间：@@DATE@@</span><span class="source">来源：@@SOURCE@@</span></div>
        <div class="article_r share"><span>分享：</span><a href="javascript:;" class="share-wx" title="分享到微信"><div class="share-ewm"><div id="qrcode"></div><p>用微信扫描二维码<br>分享至好友和朋友圈</p></div></a><a href="javascript:;" class="share-wb" title="分享到新浪微博" onclick="shareTo('sina')"></a><a href="javascript:;" class="share-qq" title="分享到QQ空间" onclick="shareTo('qzone')"></a></div>
      </div>
    </div>
    <div class="article_con article_con_notitle">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">@@BODY@@</div>
    </div>
    <div class="attachment" style="display:none;">
      <div class="attachment_l">附件：</div>
      <div class="attachment_r">
        <script type="text/javascript">
          var fileNames = '';
          var descNames = '';
        </script>
      </div>
    </div>
    <div class="article_btm">
      <div class="ewm"><div id="ewm_code"></div><p>扫一扫在手机打开当前页</p></div>
      <div class="dayin"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
    </div>
    <div class="xglj" id="xglj">
      <div class="xglj_tit">相关链接</div>
      <ul>
      </ul>
    </div>
    <script type="text/javascript">if($("#xglj ul li").length==0){$("#xglj").hide();}</script>
  </div>
</div>
<script type="text/javascript" src="../../../images/qrcode.min.js"></script>
<script type="text/javascript">
  new QRCode(document.getElementById("qrcode"), {text: window.location.href, width: 100, height: 100});
  new QRCode(document.getElementById("ewm_code"), {text: window.location.href, width: 90, height: 90});
  function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=='sina'){window.open('http://service.weibo.com/share/share.php?url='+u+'&title='+ti);}else{window.open('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u+'&title='+ti);}}
</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{title}_国家发展和改革委员会",
        META=gov_meta("新闻发布", title, f"{speech.date} {hhmm}", source),
        ROOT="../../../",
        H=title,
        DATE=ymd(speech),
        SOURCE=source,
        BODY=body,
    )


PAGER_FN = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	// 1 输出首页和上一页
	// 1.1 当前页是首页
	if(nCurrIndex == 0){
		document.write("<span class=\\"disabled\\">首页</span>&nbsp;");
		document.write("<span class=\\"disabled\\">上一页</span>&nbsp;");
	}else{
		var nPreIndex = nCurrIndex - 1;
		var sPreFileExt = nPreIndex == 0 ? "" : ("_" + nPreIndex);
		document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
		document.write("<a href=\\"" + _sPageName + sPreFileExt + "." + _sPageExt + "\\">上一页</a>&nbsp;");
	}
	// 2 输出中间分页
	for(var i=0; i<_nPageCount; i++){
		var sPageFileExt = i == 0 ? "" : ("_" + i);
		if(i == nCurrIndex)
			document.write("<span class=\\"current\\">" + (i+1) + "</span>&nbsp;");
		else
			document.write("<a href=\\"" + _sPageName + sPageFileExt + "." + _sPageExt + "\\">" + (i+1) + "</a>&nbsp;");
	}
	// 3 输出下一页和尾页
	if(nCurrIndex == (_nPageCount-1)){
		document.write("<span class=\\"disabled\\">下一页</span>&nbsp;");
		document.write("<span class=\\"disabled\\">尾页</span>&nbsp;");
	}else{
		var nNextIndex = nCurrIndex + 1;
		document.write("<a href=\\"" + _sPageName + "_" + nNextIndex + "." + _sPageExt + "\\">下一页</a>&nbsp;");
		document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount-1) + "." + _sPageExt + "\\">尾页</a>&nbsp;");
	}
}
</script>"""


def list_page(n, count):
    rows = []
    items = [ARTICLES[n]] + FILLER[n] if n == 0 else FILLER[n][:1] + [ARTICLES[n]] + FILLER[n][1:]
    for it in items:
        if isinstance(it[0], str):
            t, d, href = it
        else:
            t, d, href = it[3], ymd(it[0]), f"./{it[1]}/{it[2]}.html"
        rows.append(f'<li><a href="{href}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>')
    page = HEAD + PAGER_FN + """
<div class="container">
  <div class="crumbs">当前位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="新闻动态" class="CurrChnlCls">新闻动态</a>&nbsp;&gt;&nbsp;<a href="./" title="新闻发布" class="CurrChnlCls">新闻发布</a></div>
  <div class="list-side">
    <div class="list-side-tit">新闻动态</div>
    <ul><li class="on"><a href="../xwfb/">新闻发布</a></li><li><a href="../tzgg/">通知公告</a></li><li><a href="../ztzl/">专题专栏</a></li><li><a href="../spfb/">视频发布</a></li></ul>
  </div>
  <div class="list-main">
    <div class="list-tit"><span>新闻发布</span></div>
    <ul class="u-list">
@@ROWS@@
    </ul>
    <div class="page"><script type="text/javascript">createPageHTML(@@COUNT@@, @@CUR@@, "index", "html");</script></div>
  </div>
</div>
""" + FOOT
    return render(
        page,
        TITLE="新闻发布_国家发展和改革委员会",
        META=gov_meta("新闻发布"),
        ROOT="../../",
        ROWS="\n".join(rows),
        COUNT=count,
        CUR=n,
    )


def home():
    a = ARTICLES[0]
    rows = "".join(
        f'<li><a href="./xwdt/xwfb/{x[1]}/{x[2]}.html" target="_blank">{x[3]}</a><span>{ymd(x[0])[5:]}</span></li>' for x in ARTICLES[:1]
    ) + f'<li><a href="./xwdt/xwfb/202406/t20240620_1387952.html" target="_blank">国家发展改革委2024年6月份新闻发布会</a><span>06/20</span></li>'
    page = HEAD + """<div class="container index">
  <div class="index-focus">
    <div class="focus-tit"><a href="./xwdt/xwfb/@@YM@@/@@DOC@@.html" target="_blank">@@H@@</a></div>
  </div>
  <div class="index-news">
    <div class="index-tab"><span class="on"><a href="./xwdt/xwfb/">新闻发布</a></span><span><a href="./xwdt/tzgg/">通知公告</a></span><a href="./xwdt/xwfb/" class="more">更多&gt;&gt;</a></div>
    <ul class="u-list">@@ROWS@@</ul>
  </div>
  <div class="index-zwgk">
    <div class="index-tab"><span class="on"><a href="./xxgk/zcfb/">政策发布</a></span><span><a href="./xxgk/jd/">政策解读</a></span></div>
    <ul class="u-list"><li><a href="./xxgk/zcfb/fzggwl/" target="_blank">发展改革委令</a></li><li><a href="./xxgk/zcfb/ghxwj/" target="_blank">规范性文件</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国国家发展和改革委员会", META=gov_meta("首页"), ROOT="./", YM=a[1], DOC=a[2], H=a[3], ROWS=rows)


def build() -> Family:
    fam = Family(
        HOST,
        "ndrc.gov.cn-like TRS WCM (2020 template): gov meta tags, crumbs/CurrChnlCls, article_title h2 + 发布时间 + 分享, trs_editor_view, 【打印】【关闭窗口】, createPageHTML list pager",
    )
    for a in ARTICLES:
        path = f"{LIST}{a[1]}/{a[2]}.html"
        fam.put(path, article(a))
        # the older speech is listed only on index_1.html, reached through the createPageHTML script
        fam.doc([path], a[0], title=a[3], found_by="links" if a is ARTICLES[0] else "script pager")
    fam.put("/", home())
    fam.put(f"{LIST}index.html", list_page(0, 2))
    fam.put(f"{LIST}index_1.html", list_page(1, 2))
    fam.not_documents += ["/", LIST, f"{LIST}index.html", f"{LIST}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置",
        "发布时间：",
        "来源：",
        "分享：",
        "用微信扫描二维码",
        "扫一扫在手机打开当前页",
        "【打印】",
        "【关闭窗口】",
        "相关链接",
        "京ICP备05052393号",
        "网站标识码bm04000007",
        "价格监测中心",
    ]
    return fam
