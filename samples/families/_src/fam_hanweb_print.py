"""A county government portal on 大汉 Hanweb's 集约化 (site-cluster) platform, 2022 div template, UTF-8, whose
every article offers a print view. Articles `/art/2024/5/20/art_1229_45678.html` (month and day without zeros)
carry the full site furniture: 政府网站 meta tags (`SiteName`, `SiteIDCode`, `ColumnName`, `ArticleTitle`,
`PubDate`, `ContentSource`), 无障碍 / 长者模式 top bar, 当前位置 crumbs, `div.article-info` (发布日期 / 来源 /
浏览次数 from `articlehits.jsp` / 字号 大中小), `div#zoom.article-conter` between the
`<!--ZJEG_RSS.content.begin--><meta name="ContentStart">` markers, an 【打印本页】【关闭窗口】 tool bar, 分享到,
扫一扫, 相关文章, and the 站群 footer (网站标识码, 党政机关, 找错, ICP, 公安备案). 【打印本页】 is a plain
link to `/module/print.jsp?id=<artid>` (a query route): the same speech with only its title and date and the
打印 / 关闭 buttons. That print view is the same document seen at a second address: it is not listed among the
non-documents; each document names it in `also_at`. Column `/col/col1229/index.html` lists articles in the
CMS's jpage `<datastore>` script; home `/` links them directly."""

import html

from common import SPEECHES, Family

HOST = "www.lingxi-hanweb.gov.test"
BASE = f"http://{HOST}"
SITE = "灵溪县人民政府"
SITECODE = "3303290002"
COL = ("1229", "领导讲话", "5671")

ARTS = [
    dict(key="govprint-1", artid="45678", path="/art/2024/5/20/art_1229_45678.html", pub="2024-05-20 16:42:11", source="县政府办公室", hits=1387),
    dict(key="govprint-2", artid="45811", path="/art/2024/6/3/art_1229_45811.html", pub="2024-06-03 10:05:37", source="县教育局", hits=962),
]
OTHER = [
    ("/art/2024/6/17/art_1229_45990.html", "县长在全县安全生产工作会议上的讲话要点", "2024-06-17"),
    ("/art/2024/4/26/art_1229_45420.html", "副县长在全县春耕生产现场会上强调抓好粮食生产", "2024-04-26"),
    ("/art/2024/4/2/art_1229_45102.html", "县委常委、常务副县长出席全县优化营商环境大会", "2024-04-02"),
    ("/art/2024/3/15/art_1229_44873.html", "县政府第二次全体会议召开", "2024-03-15"),
    ("/art/2024/2/27/art_1229_44590.html", "县政府召开廉政工作会议", "2024-02-27"),
]


def print_url(a):
    return f"/module/print.jsp?id={a['artid']}"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="SiteName" content="灵溪县人民政府">
<meta name="SiteDomain" content="www.lingxi-hanweb.gov.test">
<meta name="SiteIDCode" content="3303290002">
@@META@@<link rel="stylesheet" type="text/css" href="/script/0/2201171003523780.css">
<link rel="stylesheet" type="text/css" href="/module/jslib/bootstrap/bootstrap.min.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/0/2201171003524112.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">欢迎访问灵溪县人民政府门户网站！今天是<script>document.write(new Date().toLocaleDateString());</script></div>
    <div class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍</a> | <a href="javascript:void(0);" class="zhangzhe">长者模式</a> | <a href="http://m.lingxi-hanweb.gov.test/" target="_blank">手机版</a> | <a href="/col/col1201/index.html">网站地图</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/picture/0/2201171002531850.png" alt="灵溪县人民政府"></a></div>
    <div class="search">
      <form action="/jrobot/search.do" method="get" target="_blank" name="searchform">
        <input type="hidden" name="webid" value="1"><input type="text" name="q" class="search-text" placeholder="请输入关键字"><input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/col/col1211/index.html">走进灵溪</a></li>
    <li><a href="/col/col1218/index.html">政务动态</a></li>
    <li class="on"><a href="/col/col1225/index.html">政务公开</a></li>
    <li><a href="https://zwfw.lingxi-hanweb.gov.test/" target="_blank">政务服务</a></li>
    <li><a href="/col/col1240/index.html">互动交流</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200 clearfix">
    <div class="foot-logo fl"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.test/js/13/000/0000/40678031/CA130000000406780310002.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="foot-text fl">
      <p><a href="/col/col1202/index.html">关于我们</a> | <a href="/col/col1201/index.html">网站地图</a> | <a href="/col/col1203/index.html">联系我们</a> | <a href="/col/col1204/index.html">隐私声明</a></p>
      <p>主办：灵溪县人民政府办公室　承办：灵溪县大数据发展管理中心</p>
      <p>网站标识码：3303290002　<a href="https://beian.miit.gov.test/" target="_blank">浙ICP备05017736号-1</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=33032902000118" target="_blank"><img src="/picture/0/gongan.png" alt="">浙公网安备 33032902000118号</a></p>
      <p>技术支持：<a href="https://www.hanweb.test/" target="_blank">大汉网络</a>　建议使用1366×768分辨率浏览</p>
    </div>
    <div class="foot-jc fr"><script id="_jiucuo_" sitecode='3303290002' src='https://zfwzgl.www.gov.test/exposure/jiucuo.js'></script></div>
  </div>
</div>
<script type="text/javascript" src="https://wza.lingxi-hanweb.gov.test/cniil/assist.js?sid=3303290002&pos=left" charset="utf-8"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu-like.test/hm.js?7e4a2b91c0d3f58e6a1b2c3d4e5f6a7b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def page(title, meta, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@META@@", meta) + body + FOOT


def article(a, sp):
    paras = "\n".join(f'<p style="text-indent: 2em; line-height: 2em;">{html.escape(p, quote=False)}</p>' for p in sp.paras)
    related = "\n".join(f'        <li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>' for p, t, d in OTHER[:4])
    meta = (
        f'<meta name="ColumnName" content="{COL[1]}">\n<meta name="ColumnDescription" content="县政府领导讲话">\n'
        f'<meta name="ColumnKeywords" content="领导讲话">\n<meta name="ColumnType" content="{COL[1]}">\n'
        f'<meta name="ArticleTitle" content="{sp.title}">\n<meta name="PubDate" content="{a["pub"][:16]}">\n'
        f'<meta name="ContentSource" content="{a["source"]}">\n<meta name="Keywords" content="{COL[1]}">\n'
        f'<meta name="Author" content="{a["source"]}">\n<meta name="Description" content="{sp.paras[1][:60]}">\n'
        f'<meta name="Url" content="{BASE}{a["path"]}">\n'
    )
    body = f"""<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1225/index.html">政务公开</a> &gt; <a href="/col/col{COL[0]}/index.html">{COL[1]}</a></div>
  <div class="main-article">
    <!--<$[标题名称]>begin--><div class="article-title"><h1>{sp.title}</h1></div><!--<$[标题名称]>end-->
    <div class="article-info">
      <span>发布日期：{a["pub"][:16]}</span>
      <span>来源：{a["source"]}</span>
      <span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={COL[0]}&artid={a["artid"]}"></script></span>
      <span>字号：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span>
    </div>
    <div class="article-conter" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{paras}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </div>
    <div class="article-tool clearfix">
      <div class="share fl">分享到：<a href="javascript:void(0)" class="wx" title="微信"></a><a href="javascript:void(0)" class="wb" title="微博"></a><a href="javascript:void(0)" class="qq" title="QQ空间"></a></div>
      <div class="btns fr">【<a href="{print_url(a)}" target="_blank">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
    </div>
    <div class="article-qr"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
    <div class="article-related">
      <div class="tit">相关文章</div>
      <ul>
{related}
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript" src="/module/jslib/qrcode/jquery.qrcode.min.js"></script>
<script>$('#qrcode').qrcode({{width:100,height:100,text:window.location.href}});</script>
"""
    return page(f"{sp.title} {SITE}", meta, body)


def print_page(a, sp):
    paras = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in sp.paras)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{sp.title}</title>
<style type="text/css">
body {{ margin: 0 auto; width: 700px; font-family: "宋体", SimSun; }}
.print-title {{ font-size: 22px; font-weight: bold; text-align: center; padding: 24px 0 10px; line-height: 34px; }}
.print-date {{ font-size: 14px; color: #555; text-align: center; padding-bottom: 10px; border-bottom: 2px solid #c00; }}
.print-content {{ font-size: 16px; line-height: 30px; padding-top: 12px; }}
.print-content p {{ text-indent: 2em; margin: 0 0 6px; }}
.print-btn {{ text-align: center; padding: 16px 0; }}
@media print {{ .print-btn {{ display: none; }} }}
</style>
</head>
<body>
<div class="print-title">{sp.title}</div>
<div class="print-date">{a["pub"][:10]}</div>
<div class="print-content" id="zoom">
{paras}
</div>
<div class="print-btn"><input type="button" value="打印" onclick="window.print();">&nbsp;&nbsp;<input type="button" value="关闭" onclick="window.close();"></div>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "大汉 Hanweb 集约化 county government portal (2022 div template) with a print view of every article")
    items = []
    for a in ARTS:
        sp = SPEECHES[a["key"]]
        fam.put(a["path"], article(a, sp))
        fam.route(print_url(a), f"module/print_{a['artid']}.html", print_page(a, sp))
        fam.doc([a["path"]], sp)
        fam.documents[-1]["also_at"] = [fam.url(print_url(a))]
        items.append((a["path"], sp.title, sp.date))
    listed = sorted(items + OTHER, key=lambda r: r[2], reverse=True)
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="{p}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n]]></record>'
        for p, t, d in listed
    )
    colid, colname, unitid = COL
    proxy = f"/module/web/jpage/dataproxy.jsp?page=1&amp;webid=1&amp;path=/&amp;columnid={colid}&amp;unitid={unitid}&amp;webname=灵溪县人民政府&amp;permissiontype=0"
    fam.put(
        f"/col/col{colid}/index.html",
        page(
            f"{colname} {SITE}",
            f'<meta name="ColumnName" content="{colname}">\n<meta name="ColumnType" content="{colname}">\n',
            f"""<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1225/index.html">政务公开</a> &gt; <span>{colname}</span></div>
  <div class="list-left fl">
    <div class="tit">政务公开</div>
    <ul>
      <li><a href="/col/col1226/index.html">政府文件</a></li>
      <li class="on"><a href="/col/col{colid}/index.html">{colname}</a></li>
      <li><a href="/col/col1231/index.html">政策解读</a></li>
    </ul>
  </div>
  <div class="list-right fr">
    <div class="tit"><span>{colname}</span></div>
    <div class="list-box">
<div id="{unitid}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script></div>
<script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>
<script>$(function(){{$('#{unitid}').jpage({{dataStore:dataStore,proxyUrl:'/module/web/jpage/dataproxy.jsp',perPage:20,totalRecord:{len(listed)},groupSize:3,barPosition:'bottom',ajaxParam:{{col:1,appid:1,webid:1,path:'/',columnid:{colid},sourceContentType:1,unitid:{unitid},webname:'灵溪县人民政府',permissiontype:0}}}});}});</script>
    </div>
  </div>
</div>
""",
        ),
    )
    news = "\n".join(f'        <li><a href="{p}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for p, t, d in listed[:6])
    fam.put(
        "/",
        page(
            SITE,
            '<meta name="ColumnName" content="首页">\n<meta name="ColumnType" content="首页">\n',
            f"""<div class="w1200 main index">
  <div class="index-news">
    <div class="tit"><a href="/col/col{colid}/index.html" class="more">更多&gt;&gt;</a><span>{colname}</span></div>
    <ul>
{news}
    </ul>
  </div>
  <div class="index-zt"><a href="/col/col1260/index.html"><img src="/picture/0/zt_xxgc.jpg" alt="学习贯彻专题"></a></div>
</div>
""",
        ),
    )
    fam.not_documents += ["/", f"/col/col{colid}/index.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /module/jslib/\nDisallow: /jrobot/\n", "ascii")
    fam.noise += [
        "扫一扫在手机打开当前页",
        "打印本页",
        "关闭窗口",
        "浙ICP备05017736号-1",
        "网站标识码：3303290002",
        "技术支持：",
        "欢迎访问灵溪县人民政府门户网站",
        "当前位置：",
    ]
    fam.note = (
        "Hanweb 集约化 articles with full furniture; the text is `div#zoom` between the ZJEG_RSS / ContentStart "
        "markers. 【打印本页】 links `/module/print.jsp?id=N` (a query route), a bare page with only the title, the "
        "date and the same paragraphs. Choice: a print view of the same speech is the same document, so it is NOT "
        "in `not_documents` (archiving it as a second document would be wrong; seeing it is not): each document "
        "lists it in `also_at`, one more address where the same speech was seen; the document's `url` is the "
        "article page. Home `/` and the column `/col/col1229/index.html` (jpage `<datastore>` CDATA records) are "
        "not documents; the other listed articles are not served (404). Dates from 发布日期 / `PubDate`."
    )
    return fam
