"""City government portal on the Guangdong provincial 政府网站集约化平台 (the shared 站群 platform
Guangdong's prefecture and county sites were moved onto): column folders with `content/post_N.html`
articles, `index.html` / `index_2.html` listings; the national site-standard meta tags (SiteName,
SiteDomain, SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource), 长者模式 / 无障碍 bar
(`aria.js`), `article-content#zoomcon` text opening with the speech's own centred title, date and
speaker lines; a 领导讲话 speech cut in two (`post_N.html`, `post_N_2.html`) through the
`pagination` pager; the other speech with a centred meeting photo and its caption before the text;
`【打印】【关闭】`, 扫一扫, 相关链接; 政府网站找错 / 党政机关 scripts, 网站标识码 and 粤ICP / 粤公网安备
lines."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yunjiang-shi.gov.test"
SITE = "云江市人民政府门户网站"
CODE = "4418000027"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="SiteName" content="云江市人民政府门户网站">
<meta name="SiteDomain" content="www.yunjiang.gov.cn">
<meta name="SiteIDCode" content="@@CODE@@">
<meta name="ColumnName" content="@@COLUMN@@">
<meta name="ColumnDescription" content="@@COLUMN@@">
<meta name="ColumnKeywords" content="@@COLUMN@@">
<meta name="ColumnType" content="@@COLUMN@@">
@@ARTMETA@@<link rel="stylesheet" href="/global/css/base.css">
<link rel="stylesheet" href="/global/css/style.css">
<script src="/global/js/jquery-1.12.4.min.js"></script>
<script src="/global/js/common.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="date" id="today"></span>
    <div class="topbar-r">
      <a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a>
      <a href="javascript:void(0);" class="zzms" onclick="aria.oldFixedStart()">长者模式</a>
      <a href="https://www.gd.gov.cn/" target="_blank">广东省人民政府</a>
      <a href="/yjdt/">移动版</a>
      <a href="/znwd/">智能问答</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="/"><img src="/global/images/logo.png" alt="云江市人民政府门户网站"></a>
    <div class="search"><form action="/search/index.html" method="get" target="_blank"><input type="text" name="keywords" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li class="@@ZWGK@@"><a href="/zwgk/">政务公开</a></li>
    <li><a href="https://www.gdzwfw.gov.cn/portal/index?region=441800" target="_blank">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjyj/">走进云江</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="foot-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/gkmlpt/index">政府信息公开</a></div>
    <div class="foot-info">
      <p>主办：云江市人民政府办公室　承办：云江市政务服务和数据管理局　联系电话：0763-3388123</p>
      <p>网站标识码：@@CODE@@　<a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备05043217号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44180202000116" target="_blank"><img src="/global/images/ga.png" alt="">粤公网安备 44180202000116号</a></p>
      <p>版权所有：云江市人民政府　建议使用1366×768以上分辨率浏览本网站</p>
    </div>
    <div class="foot-icons">
      <span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/20/000/0000/40668213/CA200000000406682130001.js"></script></span>
      <script id="_jiucuo_" sitecode="@@CODE@@" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
      <a href="https://www.12377.cn/" target="_blank"><img src="/global/images/12377.png" alt="举报"></a>
    </div>
  </div>
</div>
<script defer async type="text/javascript" src="https://www.yunjiang.gov.cn/wza/aria.js?appid=9c6e2f1d0b48c37a85ef0d6a4b2c1e93" charset="utf-8"></script>
<script src="/global/js/visitcount.js"></script>
</body>
</html>
"""

ARTMETA = """<meta name="ArticleTitle" content="@@ATITLE@@">
<meta name="PubDate" content="@@PUB@@">
<meta name="ContentSource" content="@@SOURCE@@">
<meta name="Keywords" content="@@ATITLE@@">
<meta name="Author" content="@@SOURCE@@">
<meta name="Description" content="@@DESC@@">
<meta name="Url" content="@@URL@@">
"""

ARTICLES = [
    {
        "speech": SPEECHES["f47b-1"],
        "id": 4387215,
        "parts": 2,
        "pub": "2024-03-05 18:26:41",
        "source": "云江市人民政府办公室",
        "speaker": "市长　陈国栋",
        "editor": "黄晓琳",
    },
    {
        "speech": SPEECHES["f47b-2"],
        "id": 4412036,
        "parts": 1,
        "pub": "2024-04-18 16:50:07",
        "source": "云江市应急管理局",
        "speaker": "副市长　林志强",
        "editor": "冯嘉欣",
        "photo": ("/attachment/0/512/512873/4412036.jpg", "4月18日，全市防汛防台风工作会议召开。　云江市应急管理局供图"),
    },
]

COLUMN_PATH = "/zwgk/ldjh"


def art_url(a, n=1):
    return f"{COLUMN_PATH}/content/post_{a['id']}{'' if n == 1 else f'_{n}'}.html"


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def pager(a, n):
    out = ['<div class="pagination" id="pagination">']
    out.append(f'<a href="{art_url(a, n - 1)}" class="prev">上一页</a>' if n > 1 else '<span class="prev disabled">上一页</span>')
    for k in range(1, a["parts"] + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{art_url(a, k)}">{k}</a>')
    out.append(f'<a href="{art_url(a, n + 1)}" class="next">下一页</a>' if n < a["parts"] else '<span class="next disabled">下一页</span>')
    out.append("</div>")
    return "".join(out)


def article_page(a, other, n, run):
    s = a["speech"]
    body = []
    if n == 1:
        body.append(f'<p style="text-align: center;"><strong>{s.title}</strong></p>')
        body.append(f'<p style="text-align: center;">（{cn_date(s.date)}）</p>')
        body.append(f'<p style="text-align: center;">{a["speaker"]}</p>')
        if "photo" in a:
            src, cap = a["photo"]
            body.append(f'<p style="text-align: center;"><img src="{src}" title="{s.title}" alt="" width="600" height="400" border="0"></p>')
            body.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312; font-size: 14px;">{cap}</span></p>')
    body += [f'<p style="text-indent: 2em;">{p}</p>' for p in run]
    pg = pager(a, n) if a["parts"] > 1 else ""
    page = HEAD + """<div class="w1200 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a> &gt; 正文</div>
  <div class="article">
    <h1 class="article-title">@@ATITLE@@</h1>
    <div class="article-info">
      <span class="time">发布日期：@@PUB@@</span>
      <span class="source">来源：@@SOURCE@@</span>
      <span class="count">浏览次数：<em id="visitcount">-</em></span>
      <span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
      <span class="share">分享到：<a class="wx" href="javascript:void(0);" title="微信"></a><a class="wb" href="javascript:void(0);" title="微博"></a></span>
    </div>
    <div class="article-content" id="zoomcon">
@@BODY@@
    </div>
@@PAGER@@
    <div class="article-foot">
      <div class="editor">【责任编辑：@@EDITOR@@】</div>
      <div class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
      <div class="qrcode"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="@@OTHER_URL@@">@@OTHER_TITLE@@</a></li>
        <li><a href="/zwgk/zcjd/content/post_4379902.html">《云江市2024年优化营商环境重点任务清单》政策解读</a></li>
      </ul>
    </div>
  </div>
</div>
<script>
var visit_id = "@@ID@@";
$.getJSON("/global/visit/count?id=" + visit_id, function (d) { $("#visitcount").text(d.count); });
</script>
""" + FOOT
    title = s.title
    return render(page, TITLE=f"{title} - {SITE}", CODE=CODE, COLUMN="领导讲话", ZWGK="on",
                  ARTMETA=render(ARTMETA, ATITLE=title, PUB=a["pub"][:16], SOURCE=a["source"], DESC=s.paras[1][:80],
                                 URL=f"http://www.yunjiang.gov.cn{art_url(a)}"),
                  ATITLE=title, PUB=a["pub"], SOURCE=a["source"], BODY="\n".join("      " + b for b in body), PAGER=pg,
                  EDITOR=a["editor"], OTHER_URL=art_url(other), OTHER_TITLE=other["speech"].title, ID=a["id"])


OLDER = [
    ("在全市2024年经济工作会议上的讲话", "2024-01-12", 4330157),
    ("在市十六届人大三次会议闭幕会上的讲话", "2024-01-09", 4326841),
    ("在全市安全生产工作会议上的讲话", "2023-12-20", 4310479),
    ("在全市“百县千镇万村高质量发展工程”推进会上的讲话", "2023-11-28", 4292265),
]
OLDER2 = [
    ("在全市秋冬季森林防火工作会议上的讲话", "2023-10-31", 4270538),
    ("在全市招商引资工作推进会上的讲话", "2023-09-26", 4251802),
    ("在全市第二批主题教育动员部署会上的讲话", "2023-09-15", 4244127),
]


def listing(rows, n):
    items = "\n".join(f'      <li><a href="{u}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>' for t, d, u in rows)
    pages = ['<div class="pagination">']
    pages.append('<a href="index.html">首页</a>')
    pages.append('<a href="index.html">上一页</a>' if n == 2 else '<span class="disabled">上一页</span>')
    for k in (1, 2):
        pages.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{"index.html" if k == 1 else "index_2.html"}">{k}</a>')
    pages.append('<a href="index_2.html">下一页</a>' if n == 1 else '<span class="disabled">下一页</span>')
    pages.append('<a href="index_2.html">尾页</a><span class="total">共2页</span></div>')
    page = HEAD + """<div class="w1200 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 领导讲话</div>
  <div class="side-menu"><h2>政务公开</h2><ul><li><a href="/zwgk/zwyw/">政务要闻</a></li><li class="on"><a href="/zwgk/ldjh/">领导讲话</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/zcjd/">政策解读</a></li><li><a href="/gkmlpt/index">政府信息公开</a></li></ul></div>
  <div class="list-box">
    <div class="list-title"><h3>领导讲话</h3></div>
    <ul class="list">
@@ITEMS@@
    </ul>
    @@PAGES@@
  </div>
</div>
""" + FOOT
    return render(page, TITLE=f"领导讲话 - {SITE}", CODE=CODE, COLUMN="领导讲话", ZWGK="on", ARTMETA="", ITEMS=items, PAGES="".join(pages))


def build() -> Family:
    fam = Family(HOST, "Guangdong 政府网站集约化平台 city portal: content/post_N.html, post_N_2.html pager, zoomcon",
                 content_type="text/html; charset=UTF-8")
    a1, a2 = ARTICLES
    for a, other in ((a1, a2), (a2, a1)):
        runs = split_paras(a["speech"].paras, a["parts"]) if a["parts"] > 1 else [list(a["speech"].paras)]
        pages = []
        for n in range(1, a["parts"] + 1):
            fam.put(art_url(a, n), article_page(a, other, n, runs[n - 1]))
            pages.append(art_url(a, n))
            if n > 1:
                fam.not_documents.append(art_url(a, n))
        fam.doc(pages, a["speech"], published_at=a["pub"][:10])
    rows1 = [(a2["speech"].title, a2["pub"][:10], art_url(a2)), (a1["speech"].title, a1["pub"][:10], art_url(a1))]
    rows1 += [(t, d, f"{COLUMN_PATH}/content/post_{i}.html") for t, d, i in OLDER]
    rows2 = [(t, d, f"{COLUMN_PATH}/content/post_{i}.html") for t, d, i in OLDER2]
    fam.put(f"{COLUMN_PATH}/index.html", listing(rows1, 1))
    fam.put(f"{COLUMN_PATH}/index_2.html", listing(rows2, 2))
    home_items = "\n".join(f'        <li><a href="{u}" target="_blank">{t}</a><span>{d[5:]}</span></li>' for t, d, u in rows1[:4])
    home = HEAD + """<div class="w1200 main home">
  <div class="banner"><a href="/ztzl/bxqzwc/"><img src="/global/images/banner_bxqzwc.jpg" alt="百县千镇万村高质量发展工程"></a></div>
  <div class="home-box">
    <div class="box-hd"><h3>政务要闻</h3><a class="more" href="/zwgk/zwyw/">更多&gt;&gt;</a></div>
    <ul class="list">
      <li><a href="/zwgk/zwyw/content/post_4413588.html" target="_blank">市政府召开第46次常务会议</a><span>04-19</span></li>
      <li><a href="/zwgk/zwyw/content/post_4409917.html" target="_blank">我市一季度地区生产总值同比增长4.8%</a><span>04-17</span></li>
    </ul>
  </div>
  <div class="home-box">
    <div class="box-hd"><h3>领导讲话</h3><a class="more" href="/zwgk/ldjh/">更多&gt;&gt;</a></div>
    <ul class="list">
@@ITEMS@@
    </ul>
  </div>
  <div class="home-box">
    <div class="box-hd"><h3>通知公告</h3><a class="more" href="/zwgk/tzgg/">更多&gt;&gt;</a></div>
    <ul class="list"><li><a href="/zwgk/tzgg/content/post_4411206.html" target="_blank">关于2024年清明节期间森林防火的通告</a><span>04-02</span></li></ul>
  </div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE=SITE, CODE=CODE, COLUMN="首页", ZWGK="", ARTMETA="", ITEMS=home_items))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /global/visit/\n")
    fam.not_documents += ["/", f"{COLUMN_PATH}/index.html", f"{COLUMN_PATH}/index_2.html"]
    fam.noise += ["发布日期：", "浏览次数：", "【责任编辑：", "扫一扫在手机打开当前页", "相关链接", "网站标识码：",
                  "粤ICP备05043217号", "粤公网安备", "云江市应急管理局供图", "无障碍浏览", "长者模式", "【打印】"]
    fam.note = ("the speeches open with their own centred title, date and speaker lines (not speech text); the first "
                "speech's page 2 `post_N_2.html` is a continuation page; published_at is the page's 发布日期, "
                "the speech's own date")
    return fam
