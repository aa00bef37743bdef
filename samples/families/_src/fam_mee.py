"""生态环境部 (mee.gov.cn)-like 讲话 / 新闻发布 pages on TRS WCM (written instead of ndrc.gov.cn, which
`www.fagaiwei-like.test` already imitates). Articles `/ywdt/hjywnews/202405/t20240516_1073512.shtml`
(环境要闻) and `/ywdt/xwfb/202405/t20240528_1074290.shtml` (新闻发布); gov meta tags (SiteName, SiteDomain,
SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource), the `position` 当前位置 with TRS
`CurrChnlCls` links, `neiright_Box` > `h2.neiright_Title`, the `wzxq_neirong2` line of `xqLyPc` spans
(time, 来源), 字号 大 中 小, the text in `div.neiright_JPZ_GK_CP` > `div.Custom_UnionStyle` (TRS's
UEditor wrapper), 分享到 (微信 QR box / 微博 / QQ空间), 【打印】【关闭窗口】, 相关链接.
The monitoring-conference speech is cut by TRS's document pagination over `t…_1073512.shtml` /
`t…_1073512_1.shtml`, linked only by the inline `createPageHTML(2, N, "t20240516_1073512", "shtml")`
script; the 环境要闻 column `index.shtml` → `index_1.shtml` through the same script.
Footer: 版权所有, 京ICP备, 京公网安备, 网站标识码, 党政机关 / 找错 scripts."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.huanjingbu-like.test"

# speech, column, column name, doc id, headline, source, time, pages, speaker lines
ARTICLES = [
    (SPEECHES["f43b-1"], "hjywnews", "环境要闻", "1073512", "孙志远副部长在2024年全国生态环境监测工作会议上的讲话", "生态环境部", "16:42", 2),
    (SPEECHES["f43b-2"], "xwfb", "新闻发布", "1074290", "生态环境部新闻发言人宋晓菲在5月例行新闻发布会上的发布词", "生态环境部", "11:20", 1),
]

FILL_HJ = [
    ("生态环境部召开部常务会议 审议并原则通过《生态环境标准管理办法（修订草案）》", "2024-05-15", "t20240515_1073401"),
    ("中国—东盟环境合作论坛在广西南宁举行", "2024-05-14", "t20240514_1073288"),
    ("生态环境部部长会见联合国环境规划署执行主任", "2024-05-13", "t20240513_1073150"),
    ("2024年4月全国地表水、环境空气质量状况", "2024-05-11", "t20240511_1072996"),
    ("生态环境部党组理论学习中心组举行专题学习", "2024-05-10", "t20240510_1072880"),
    ("生态环境部召开入河排污口排查整治调度会", "2024-05-08", "t20240508_1072713"),
]
FILL_XW = [
    ("生态环境部4月例行新闻发布会实录", "2024-04-26", "t20240426_1071552"),
    ("生态环境部3月例行新闻发布会实录", "2024-03-29", "t20240329_1069784"),
]

PAGER_FN = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span class=\\"cur\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+(nCurrIndex-1>0?"_"+(nCurrIndex-1):"")+"."+_sPageExt+"\\">上一页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"cur\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
}
</script>"""

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国生态环境部">
<meta name="SiteDomain" content="www.mee.gov.cn">
<meta name="SiteIDCode" content="bm17000009">
@@META@@
<link rel="stylesheet" type="text/css" href="/images/MEE_public.css">
<link rel="stylesheet" type="text/css" href="/images/MEE_@@CSS@@.css">
<script type="text/javascript" src="/images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/images/MEE_public.js"></script>
@@PAGERFN@@
</head>
<body>
<!--头部-->
<div class="header">
  <div class="headerTop">
    <div class="w1100">
      <div class="headerTop_left"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a><a href="/wzdt/">网站地图</a><a href="http://english.mee.gov.cn/" target="_blank">English</a></div>
      <div class="headerTop_right"><a href="https://www.weibo.com/mephegov" target="_blank">官方微博</a><a href="javascript:void(0);" class="headerWx">官方微信<span class="wxEwm"><img src="/images/wx_ewm.jpg" alt="生态环境部微信公众号"></span></a></div>
    </div>
  </div>
  <div class="headerMid w1100">
    <a href="/" class="logo"><img src="/images/MEE_logo.png" alt="中华人民共和国生态环境部"></a>
    <div class="searchBox">
      <form name="searchform" action="https://www.mee.gov.cn/was5/web/search" method="get" target="_blank">
        <input type="hidden" name="channelid" value="270514">
        <input type="text" name="searchword" class="searchTxt" placeholder="请输入关键字">
        <input type="submit" class="searchBtn" value="搜索">
      </form>
    </div>
  </div>
  <div class="nav">
    <ul class="w1100">
      <li><a href="/">首页</a></li>
      <li class="navCur"><a href="/ywdt/">要闻动态</a></li>
      <li><a href="/zcwj/">政策文件</a></li>
      <li><a href="/xxgk2018/">信息公开</a></li>
      <li><a href="/ywgz/">业务工作</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
      <li><a href="/home/ztbd/">专题专栏</a></li>
    </ul>
  </div>
</div>
<!--头部end-->
"""

FOOT = """<!--底部-->
<div class="footer">
  <div class="footerLink w1100"><a href="/gywm/">关于我们</a>|<a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/sybz/">使用帮助</a>|<a href="/wzsm/">网站声明</a></div>
  <div class="footerCon w1100">
    <div class="footerDzjg"><span id="_ideConac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40669916/CA330000000406699160002.js' type='text/javascript'%3E%3C/script%3E"));</script></span></div>
    <div class="footerTxt">
      <p>版权所有：中华人民共和国生态环境部　　<a href="https://beian.miit.gov.cn/" target="_blank">ICP备案编号：京ICP备05009132号</a></p>
      <p>网站标识码：bm17000009　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11040102700072" target="_blank"><img src="/images/gongan.png" alt="">京公网安备 11040102700072号</a></p>
      <p>地址：北京市西城区西直门南小街115号　　邮编：100035</p>
    </div>
    <div class="footerJc"><script id="_jiucuo_" sitecode="bm17000009" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<!--底部end-->
<script type="text/javascript" src="/images/trs_ta.js"></script>
</body>
</html>
"""


def gov_meta(col="", title="", pub="", source=""):
    out = ""
    if col:
        out = (
            f'<meta name="ColumnName" content="{col}">\n<meta name="ColumnDescription" content="{col}">\n'
            f'<meta name="ColumnKeywords" content="{col}">\n<meta name="ColumnType" content="{col}">'
        )
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{pub}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n'
            '<meta name="Author" content="">\n<meta name="Description" content="">\n<meta name="Url" content="">'
        )
    return out


HEADS = ("一、", "二、", "三、", "四、", "五、")


def para(text):
    if text[:2] in HEADS and len(text) < 40:
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{text}</strong></p>'
    if text[:2] in ("第一", "第二", "第三", "第四", "第五", "第六") and text[2] == "，":
        cut = text.find("。") + 1
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{text[:cut]}</strong>{text[cut:]}</p>'
    return f'<p style="text-indent: 2em; text-align: justify;">{text}</p>'


def base(a):
    return f"t{a[0].date.replace('-', '')}_{a[3]}"


def url_of(a, page=0):
    return f"/ywdt/{a[1]}/{a[0].date[:7].replace('-', '')}/{base(a)}{'_' + str(page) if page else ''}.shtml"


def crumbs(col, colname):
    return (
        '<div class="position w1100"><span>当前位置：</span><a href="../../../" title="首页" class="CurrChnlCls">首页</a>'
        '&nbsp;&gt;&nbsp;<a href="../../" title="要闻动态" class="CurrChnlCls">要闻动态</a>&nbsp;&gt;&nbsp;'
        f'<a href="../" title="{colname}" class="CurrChnlCls">{colname}</a></div>'
    )


def article(a, page, runs, other):
    speech, col, colname, _id, title, source, hhmm, count = a
    body = "\n".join(para(p) for p in runs[page])
    pager = (
        f'<div class="fy"><script type="text/javascript">createPageHTML({count}, {page}, "{base(a)}", "shtml");</script></div>'
        if count > 1
        else ""
    )
    page_html = HEAD + """<div class="innerBg">
@@CRUMBS@@
<div class="neiright_Box w1100">
  <h2 class="neiright_Title">@@H@@</h2>
  <div class="wzxq_neirong2">
    <span class="xqLyPc time">@@DATE@@ @@HHMM@@</span>
    <span class="xqLyPc">来源：@@SOURCE@@</span>
    <span class="xqLyPc zihao">字号：<a href="javascript:void(0);" onclick="doZoom(20)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
  </div>
  <div class="neiright_JPZ_GK_CP">
<!--<$[信息内容]>begin--><div class="Custom_UnionStyle">
@@BODY@@
</div><!--<$[信息内容]>end-->
  </div>
@@PAGER@@
  <div class="xqShare">
    <div class="bdsharebuttonbox"><span>分享到：</span><a href="javascript:void(0);" class="share_wx" title="分享到微信"></a><a href="javascript:void(0);" class="share_wb" onclick="shareTo('weibo')" title="分享到新浪微博"></a><a href="javascript:void(0);" class="share_qq" onclick="shareTo('qzone')" title="分享到QQ空间"></a></div>
    <div class="wxShareBox" style="display:none"><div id="qrcode"></div><p>用微信扫描二维码<br>分享至好友和朋友圈</p></div>
    <div class="xqPrint"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
  <div class="xgljBox">
    <div class="xgljTit">相关链接</div>
    <ul>
      <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODATE@@</span></li>
    </ul>
  </div>
</div>
</div>
<script type="text/javascript" src="/images/jquery.qrcode.min.js"></script>
<script type="text/javascript">
function doZoom(size){$(".neiright_JPZ_GK_CP p, .neiright_JPZ_GK_CP span").css("font-size",size+"px");}
$(".share_wx").hover(function(){$(".wxShareBox").show();},function(){$(".wxShareBox").hide();});
$("#qrcode").qrcode({width:100,height:100,text:window.location.href});
function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=="weibo"){window.open("http://service.weibo.com/share/share.php?url="+u+"&title="+ti);}else{window.open("https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url="+u+"&title="+ti);}}
</script>
""" + FOOT
    return render(
        page_html,
        TITLE=f"{title}_中华人民共和国生态环境部",
        META=gov_meta(colname, title, f"{speech.date} {hhmm}", source),
        CSS="xiangqing",
        PAGERFN=PAGER_FN if count > 1 else "",
        CRUMBS=crumbs(col, colname),
        H=title,
        DATE=speech.date,
        HHMM=hhmm,
        SOURCE=source,
        BODY=body,
        PAGER=pager,
        OURL=url_of(other),
        OH=other[4],
        ODATE=other[0].date,
    )


def list_page(col, colname, items, n, count):
    lis = "\n".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>' for t, d, h in items
    )
    pager = (
        f'<div class="fy"><script type="text/javascript">createPageHTML({count}, {n}, "index", "shtml");</script></div>'
        if count > 1
        else ""
    )
    page = HEAD + """<div class="innerBg">
<div class="position w1100"><span>当前位置：</span><a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="要闻动态" class="CurrChnlCls">要闻动态</a>&nbsp;&gt;&nbsp;<a href="./" title="@@CN@@" class="CurrChnlCls">@@CN@@</a></div>
<div class="w1100 cjcx_box">
  <div class="left_nav">
    <div class="left_navTit">要闻动态</div>
    <ul>
      <li@@ON1@@><a href="/ywdt/hjywnews/">环境要闻</a></li>
      <li><a href="/ywdt/szyw/">时政要闻</a></li>
      <li@@ON2@@><a href="/ywdt/xwfb/">新闻发布</a></li>
      <li><a href="/ywdt/dfnews/">地方快讯</a></li>
      <li><a href="/ywdt/tpxw/">图片新闻</a></li>
    </ul>
  </div>
  <div class="right_list">
    <div class="right_listTit">@@CN@@</div>
    <ul id="div">
@@LIS@@
    </ul>
@@PAGER@@
  </div>
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{colname}_中华人民共和国生态环境部",
        META=gov_meta(colname),
        CSS="list",
        PAGERFN=PAGER_FN if count > 1 else "",
        CN=colname,
        ON1=' class="on"' if col == "hjywnews" else "",
        ON2=' class="on"' if col == "xwfb" else "",
        LIS=lis,
        PAGER=pager,
    )


def rel(a):
    return f"./{a[0].date[:7].replace('-', '')}/{base(a)}.shtml"


def home():
    a, b = ARTICLES
    items = [(a[4], a[0].date, url_of(a)), (b[4], b[0].date, url_of(b))] + [
        (t, d, f"/ywdt/hjywnews/{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_HJ[:4]
    ]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for t, d, h in items)
    page = HEAD + """<div class="indexMain w1100">
  <div class="indexTt"><a href="@@URL@@" target="_blank">@@H@@</a></div>
  <div class="indexNews">
    <div class="indexNewsTit"><span class="on"><a href="/ywdt/hjywnews/">环境要闻</a></span><span><a href="/ywdt/xwfb/">新闻发布</a></span><a href="/ywdt/hjywnews/" class="more">更多</a></div>
    <ul>
@@LIS@@
    </ul>
  </div>
  <div class="indexRk"><a href="/hdjl/">互动交流</a><a href="/ywgz/fgbz/">法规标准</a><a href="https://1.mee.gov.cn/" target="_blank">在线办事</a></div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国生态环境部", META=gov_meta(), CSS="index", PAGERFN="", URL=items[0][2], H=a[4], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "mee.gov.cn-like 讲话 / 新闻发布 pages on TRS WCM: gov meta tags, position crumbs (CurrChnlCls), h2.neiright_Title, xqLyPc time / 来源, div.neiright_JPZ_GK_CP > Custom_UnionStyle, createPageHTML article pager (t…_1.shtml), 分享到, 【打印】【关闭窗口】, 相关链接",
        site_note="mee.gov.cn-like TRS site (utf-8); the monitoring speech on t20240516_1073512.shtml and _1.shtml through createPageHTML",
    )
    for i, a in enumerate(ARTICLES):
        runs = [a[0].paras] if a[7] == 1 else [list(r) for r in split_paras(a[0].paras, a[7])]
        pages = [url_of(a, p) for p in range(a[7])]
        for p in range(a[7]):
            fam.put(pages[p], article(a, p, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[4], pages_found_by="script pager")
    a, b = ARTICLES
    hj = [(a[4], a[0].date, rel(a))] + [(t, d, f"./{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_HJ]
    hj0, hj1 = hj[:4], hj[4:]
    xw = [(b[4], b[0].date, rel(b))] + [(t, d, f"./{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILL_XW]
    fam.put("/", home())
    fam.put("/ywdt/hjywnews/", list_page("hjywnews", "环境要闻", hj0, 0, 2))
    fam.put("/ywdt/hjywnews/index.shtml", list_page("hjywnews", "环境要闻", hj0, 0, 2))
    fam.put("/ywdt/hjywnews/index_1.shtml", list_page("hjywnews", "环境要闻", hj1, 1, 2))
    fam.put("/ywdt/xwfb/", list_page("xwfb", "新闻发布", xw, 0, 1))
    fam.put("/ywdt/xwfb/index.shtml", list_page("xwfb", "新闻发布", xw, 0, 1))
    fam.not_documents += [
        "/",
        "/ywdt/hjywnews/",
        "/ywdt/hjywnews/index.shtml",
        "/ywdt/hjywnews/index_1.shtml",
        "/ywdt/xwfb/",
        "/ywdt/xwfb/index.shtml",
        url_of(a, 1),
    ]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "来源：生态环境部",
        "字号：",
        "分享到：",
        "用微信扫描二维码",
        "【打印】",
        "【关闭窗口】",
        "相关链接",
        "京ICP备05009132号",
        "网站标识码：bm17000009",
        "版权所有：中华人民共和国生态环境部",
    ]
    fam.note = "the monitoring speech is on two TRS pages (t20240516_1073512.shtml, _1.shtml) linked only by the createPageHTML script; the continuation page is not a document of its own; headlines name the speaker, the text does not"
    return fam
