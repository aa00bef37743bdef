"""商务部 (mofcom.gov.cn)-like 部领导讲话 pages, the TRS-published 2019 template: articles at
`/article/ae/ldhd/202405/20240503498217.shtml`; 政府网站 meta tags (SiteName, SiteIDCode bm15000001,
ColumnName, ArticleTitle, PubDate `2024-05-09 17:20`, ContentSource); `div.position` 当前位置 crumbs,
`h1#artitle`, `#arsource` info row (文章来源 / 发布时间 / 字号 大中小), the text in
`div.art-con.art-con-bottonmLine[ergodic=article]`, 分享到 bar, 【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
相关稿件; the column list `/article/ae/ldhd/` as `ul.txtList_01` with `li.listline` separators and
`[2024-05-23]` date spans, page 2 at `/article/ae/ldhd/?2` (query route) through the list's page links;
footer with 主办单位, 京ICP备05004093号, 京公网安备, 网站标识码 and 党政机关 / 找错 scripts. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.shangwubu-like.test"
COL = "/article/ae/ldhd/"

# speech, yyyymm, doc id, headline, source, time
ARTICLES = [
    (SPEECHES["f38b-2"], "202405", "20240503502364", "盛秋平副部长在第三届中国—东盟数字贸易合作论坛开幕式上的致辞", "亚洲司", "18:05"),
    (SPEECHES["f38b-1"], "202405", "20240503498217", "王受文副部长在2024年稳外贸工作座谈会上的讲话", "对外贸易司", "17:20"),
]

FILLER_1 = [
    ("王文涛部长会见新加坡贸工部长颜金勇", "2024-05-22", "/article/ae/ldhd/202405/20240503502011.shtml"),
    ("郭婷婷副部长出席2024中国国际服务贸易交易会新闻发布会", "2024-05-21", "/article/ae/ldhd/202405/20240503501758.shtml"),
    ("王文涛部长与欧盟委员会执行副主席举行视频会谈", "2024-05-17", "/article/ae/ldhd/202405/20240503500423.shtml"),
    ("李飞副部长率团出席亚太经合组织贸易部长会议", "2024-05-16", "/article/ae/ldhd/202405/20240503500187.shtml"),
]
FILLER_2 = [
    ("王文涛部长调研跨境电商综合试验区建设情况", "2024-05-08", "/article/ae/ldhd/202405/20240503497960.shtml"),
    ("凌激副部长兼副代表会见世界贸易组织副总干事", "2024-05-07", "/article/ae/ldhd/202405/20240503497512.shtml"),
    ("盛秋平副部长出席2024年“消费促进月”启动仪式", "2024-04-29", "/article/ae/ldhd/202404/20240403496033.shtml"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="SiteDomain" content="www.mofcom.gov.cn">
<meta name="SiteIDCode" content="bm15000001">
@@META@@
<link rel="stylesheet" type="text/css" href="/mofcom/css/base.css">
<link rel="stylesheet" type="text/css" href="/mofcom/css/common.css">
<link rel="stylesheet" type="text/css" href="/mofcom/css/@@CSS@@.css">
<script type="text/javascript" src="/mofcom/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/mofcom/js/common.js"></script>
</head>
<body>
<!--头部 开始-->
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl"><span id="today"></span><script type="text/javascript">var d=new Date(),w=["日","一","二","三","四","五","六"];document.getElementById("today").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];</script></div>
    <div class="fr top-link"><a href="javascript:void(0);" id="cniil_wza">无障碍</a>|<a href="http://english.mofcom.gov.cn/" target="_blank">English</a>|<a href="javascript:void(0);" id="StranLink">繁體</a>|<a href="/mofcom/wap.shtml" target="_blank">手机版</a>|<a href="https://ecomp.mofcom.gov.cn/" target="_blank">登录</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="/"><img src="/mofcom/images/logo.png" alt="中华人民共和国商务部"></a></div>
    <div class="search fr">
      <form name="searchform" action="http://search.mofcom.gov.cn/swb/searchList.jsp" method="get" target="_blank">
        <input type="text" name="keyword" class="s-inp" placeholder="请输入关键字">
        <input type="submit" class="s-btn" value="搜索">
      </form>
      <p class="hot-key">热点：<a href="/article/zcfb/">政策发布</a><a href="http://data.mofcom.gov.cn/" target="_blank">商务数据</a><a href="/article/xwfb/">新闻发布会</a></p>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/">首页</a></li>
    <li><a href="/article/zwgk/">政务公开</a></li>
    <li class="on"><a href="/article/ae/">新闻发布</a></li>
    <li><a href="/article/zcfb/">政策发布</a></li>
    <li><a href="http://data.mofcom.gov.cn/" target="_blank">商务数据</a></li>
    <li><a href="/article/bsfw/">政务服务</a></li>
    <li><a href="/article/hdjl/">互动交流</a></li>
    <li><a href="/article/ztzl/">专题专栏</a></li>
  </ul>
</div>
<!--头部 结束-->
"""

FOOT = """<!--底部 开始-->
<div class="footer">
  <div class="w1200">
    <div class="foot-link"><a href="/article/about/wzdt/" target="_blank">网站地图</a>|<a href="/article/about/lxwm/" target="_blank">联系我们</a>|<a href="/article/about/sybz/" target="_blank">使用帮助</a>|<a href="/article/about/yssm/" target="_blank">隐私声明</a></div>
    <div class="foot-con clearfix">
      <div class="foot-dzjg fl"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=073EB1F0D6DC3D9DE053012819AC7B81" target="_blank"><img id="imgConac" src="/mofcom/images/red.png" alt="党政机关"></a></span></div>
      <div class="foot-txt fl">
        <p>主办单位：中华人民共和国商务部办公厅　承办单位：商务部电子商务和信息化司</p>
        <p>版权所有：中华人民共和国商务部　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05004093号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11040102700091" target="_blank">京公网安备 11040102700091号</a></p>
        <p>网站标识码：bm15000001　技术支持：中国国际电子商务中心</p>
      </div>
      <div class="foot-jc fr"><script id="_jiucuo_" sitecode="bm15000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
    </div>
  </div>
</div>
<!--底部 结束-->
<script type="text/javascript">var _trsta=_trsta||[];</script>
<script type="text/javascript" src="https://ta.trs.cn/c/js/ta.js?mpid=3008" charset="utf-8" id="trs_ta_js" async="async" defer="defer"></script>
</body>
</html>
"""


def gov_meta(title="", pub="", source=""):
    out = '<meta name="ColumnName" content="领导活动">\n<meta name="ColumnDescription" content="领导活动">\n<meta name="ColumnKeywords" content="领导活动">\n<meta name="ColumnType" content="领导活动">'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{pub}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n<meta name="Author" content="">\n'
            '<meta name="Description" content="">\n<meta name="Image" content="">\n<meta name="Url" content="">'
        )
    return out


def para(text):
    if text[:2] in {"第一", "第二", "第三", "一是", "二是", "三是"}:
        cut = text.find("。") + 1
        return f'<p style="text-indent: 2em;"><strong>{text[:cut]}</strong>{text[cut:]}</p>'
    return f'<p style="text-indent: 2em;">{text}</p>'


def url_of(a):
    return f"{COL}{a[1]}/{a[2]}.shtml"


def article(a, other):
    speech, _ym, _doc, title, source, hhmm = a
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + """<div class="w1200 main">
  <div class="position">当前位置：<a href="/" target="_blank">首页</a>&nbsp;&gt;&nbsp;<a href="/article/ae/" target="_blank">新闻发布</a>&nbsp;&gt;&nbsp;<a href="/article/ae/ldhd/" target="_blank">领导活动</a></div>
  <div class="artCon">
    <h1 id="artitle">@@H@@</h1>
    <div class="art-info clearfix" id="arsource">
      <span class="from">文章来源：@@SOURCE@@</span>
      <span class="time">发布时间：@@PUB@@</span>
      <span class="art-font">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a><a href="javascript:void(0);" onclick="doZoom(16)">中</a><a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
    </div>
    <!--正文 开始-->
    <div class="art-con art-con-bottonmLine" ergodic="article" id="zoom">
@@BODY@@
    </div>
    <!--正文 结束-->
    <div class="art-bot clearfix">
      <div class="art-share fl">分享到：<a href="javascript:void(0);" class="share-wx" title="微信"></a><a href="javascript:void(0);" class="share-wb" title="新浪微博" onclick="shareTo('sina')"></a><a href="javascript:void(0);" class="share-qq" title="QQ空间" onclick="shareTo('qzone')"></a></div>
      <div class="art-print fr"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="art-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
    <div class="xgwz">
      <div class="xgwz-tit">相关稿件</div>
      <ul class="txtList_02">
        <li><a href="@@OURL@@" target="_blank" title="@@OH@@">@@OH@@</a><span>@@ODATE@@</span></li>
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript" src="/mofcom/js/qrcode.min.js"></script>
<script type="text/javascript">
function doZoom(size){$("#zoom,#zoom p,#zoom span").css("font-size",size+"px");}
new QRCode(document.getElementById("qrcode"),{text:window.location.href,width:100,height:100});
function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=="sina"){window.open("http://service.weibo.com/share/share.php?url="+u+"&title="+ti);}else{window.open("https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url="+u+"&title="+ti);}}
</script>
""" + FOOT
    return render(
        page,
        TITLE=title,
        META=gov_meta(title, f"{speech.date} {hhmm}", source),
        CSS="article",
        H=title,
        SOURCE=source,
        PUB=f"{speech.date} {hhmm}",
        BODY=body,
        OURL=url_of(other),
        OH=other[3],
        ODATE=other[0].date,
    )


def rows(items):
    out = []
    for i, (t, d, href) in enumerate(items):
        out.append(f'<li><a href="{href}" target="_blank" title="{t}">{t}</a><span>[{d}]</span></li>')
        if i % 5 == 4:
            out.append('<li class="listline"></li>')
    return "\n".join(out)


def list_page(n):
    a = ARTICLES[n]
    item = (a[3], a[0].date, url_of(a))
    items = [item] + FILLER_1 if n == 0 else FILLER_2[:1] + [item] + FILLER_2[1:]
    pager = (
        '<span class="current">1</span><a href="?2">2</a><a href="?2">下一页</a><a href="?2">尾页</a>'
        if n == 0
        else '<a href="./">首页</a><a href="./">上一页</a><a href="./">1</a><span class="current">2</span>'
    )
    page = HEAD + """<div class="w1200 main clearfix">
  <div class="position">当前位置：<a href="/" target="_blank">首页</a>&nbsp;&gt;&nbsp;<a href="/article/ae/" target="_blank">新闻发布</a>&nbsp;&gt;&nbsp;<a href="/article/ae/ldhd/" target="_blank">领导活动</a></div>
  <div class="leftNav fl">
    <h3>新闻发布</h3>
    <ul><li><a href="/article/ae/ai/">商务部新闻</a></li><li class="on"><a href="/article/ae/ldhd/">领导活动</a></li><li><a href="/article/ae/sjjd/">司局动态</a></li><li><a href="/article/ae/dfxw/">地方商务</a></li><li><a href="/article/xwfb/">例行新闻发布</a></li></ul>
  </div>
  <div class="listCon fr">
    <div class="list-tit">领导活动</div>
    <ul class="txtList_01">
@@ROWS@@
    </ul>
    <div class="pageList">共2页　@@PAGER@@</div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="领导活动_中华人民共和国商务部", META=gov_meta(), CSS="list", ROWS=rows(items), PAGER=pager)


def home():
    a = ARTICLES[0]
    items = [(a[3], a[0].date, url_of(a))] + FILLER_1[:3]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for t, d, h in items)
    page = HEAD + """<div class="w1200 index">
  <div class="idx-focus"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="idx-news clearfix">
    <div class="idx-tab"><span class="on"><a href="/article/ae/ldhd/">领导活动</a></span><span><a href="/article/ae/ai/">商务部新闻</a></span><a href="/article/ae/ldhd/" class="more" target="_blank">更多&gt;&gt;</a></div>
    <ul class="txtList_01">
@@LIS@@
    </ul>
  </div>
  <div class="idx-data"><a href="http://data.mofcom.gov.cn/" target="_blank">商务数据中心</a><a href="/article/tongjiziliao/" target="_blank">统计数据</a></div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国商务部", META=gov_meta(), CSS="index", URL=url_of(a), H=a[3], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "mofcom.gov.cn-like 部领导讲话 pages (TRS, 2019 template): gov meta tags, div.position, h1#artitle, #arsource 文章来源/发布时间/字号, div.art-con[ergodic=article], 分享到, 【打印本页】【关闭窗口】, 相关稿件; ul.txtList_01 list with li.listline, page 2 at ?2",
    )
    for i, a in enumerate(ARTICLES):
        path = url_of(a)
        fam.put(path, article(a, ARTICLES[1 - i]))
        fam.doc([path], a[0], title=a[3])
    fam.put("/", home())
    fam.put(COL, list_page(0))
    fam.route(f"{COL}?2", "article/ae/ldhd/index_2.html", list_page(1))
    fam.not_documents += ["/", COL, f"{COL}?2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置",
        "文章来源：",
        "发布时间：",
        "字号：",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "扫一扫在手机打开当前页",
        "相关稿件",
        "京ICP备05004093号-1",
        "网站标识码：bm15000001",
        "对外贸易司",
    ]
    return fam
