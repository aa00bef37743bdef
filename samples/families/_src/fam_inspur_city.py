"""A city department site on 浪潮 Inspur 政务网站群 (政务公开 platform): articles at
`/gongkai/site_<site>/channel_<channel id>/doc_<doc id>.html`, the 政务公开 信息属性 table (索引号 /
公开方式 / 发布机构 / 成文日期 / 发布日期 / 标题), `div.htmlcon` text, 【字体：大 中 小】/打印/关闭,
the visit counter script, 扫一扫在手机上查看当前页面, footer with 主办 / 网站标识码 / ICP / 公安备案,
党政机关 mark and 找错; list `channel_….html` pages with a numbered pager (`channel_…_2.html`)."""

from common import SPEECHES, Family, render

HOST = "jtys.quancheng-shi.gov.test"
SITE = "site_qcsjtysj"
CHAN = "channel_5f1a7c3e2b9d4e10a6c8f2d71b3e9a40"

ARTS = [
    (SPEECHES["f41b-5"], "doc_65e03a1f7c2b4d9e8a1f0c3b", "2024-02-28", "QCJT-2024-00031", "2024-02-27"),
    (SPEECHES["f41b-6"], "doc_666c1e9a4b7f3d2c5e8a0b17", "2024-06-15", "QCJT-2024-00127", "2024-06-14"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="SiteName" content="泉城市交通运输局" />
<meta name="SiteDomain" content="jtys.quancheng-shi.gov.test" />
<meta name="SiteIDCode" content="3701000021" />
@@META@@<title>@@TITLE@@</title>
<link type="text/css" rel="stylesheet" href="/gongkai/@@SITE@@/style/common.css" />
<link type="text/css" rel="stylesheet" href="/gongkai/@@SITE@@/style/xxgk.css" />
<script type="text/javascript" src="/gongkai/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/gongkai/js/inspur/common.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200">
    <div class="top-l">您好，欢迎访问泉城市交通运输局网站！</div>
    <div class="top-r"><a href="javascript:void(0)" onclick="aria.start()">无障碍</a>|<a href="javascript:void(0)" class="oldman">长者模式</a>|<a href="/gongkai/@@SITE@@/index.html">政务公开</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200"><a class="logo" href="/"><img src="/gongkai/@@SITE@@/images/logo.png" alt="泉城市交通运输局" /></a>
    <form class="search" action="/jsearchfront/search.do" method="get" target="_blank"><input type="text" name="q" placeholder="请输入搜索内容" /><input type="submit" value="搜索" /></form>
  </div>
</div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/col/jtyw.html">交通要闻</a></li><li class="on"><a href="/gongkai/@@SITE@@/index.html">政务公开</a></li><li><a href="/col/bszn.html">政务服务</a></li><li><a href="/col/hdjl.html">互动交流</a></li></ul></div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=3D0E7A22B1C84F0DE053012819ACE1B2" target="_blank"><img src="/gongkai/@@SITE@@/images/red.png" title="党政机关" /></a></span></div>
    <div class="foot-txt">
      <p><a href="/col/wzdt.html">网站地图</a> | <a href="/col/lxwm.html">联系我们</a> | <a href="/col/wzsm.html">网站声明</a></p>
      <p>主办单位：泉城市交通运输局　地址：经十路17号　邮编：250002　联系电话：0531-66601234</p>
      <p>网站标识码：3701000021　<a href="https://beian.miit.gov.cn" target="_blank">鲁ICP备05019876号-2</a>　<img src="/gongkai/@@SITE@@/images/beian.png" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37010202000456" target="_blank">鲁公网安备 37010202000456号</a></p>
    </div>
    <div class="zc"><script id="_jiucuo_" sitecode="3701000021" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<script type="text/javascript" src="/gongkai/js/inspur/visit.js"></script>
</body>
</html>
"""


def url_of(i):
    return f"/gongkai/{SITE}/{CHAN}/{ARTS[i][1]}.html"


def article(i):
    s, doc, pub, idx, made = ARTS[i]
    parts = []
    for p in s.paras:
        if p[:2] in ("一、", "二、", "三、"):
            parts.append(f'<p style="text-indent:2em;"><strong>{p}</strong></p>')
        else:
            parts.append(f'<p style="text-indent:2em;">{p}</p>')
    meta = (f'<meta name="ColumnName" content="领导讲话" />\n<meta name="ColumnType" content="政务公开" />\n'
            f'<meta name="ArticleTitle" content="{s.title}" />\n<meta name="PubDate" content="{pub} 10:30" />\n'
            f'<meta name="ContentSource" content="局办公室" />\n')
    other = 1 - i
    body = """<div class="w1200 main">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gongkai/@@SITE@@/index.html">政务公开</a> &gt; <a href="/gongkai/@@SITE@@/@@CHAN@@.html">领导讲话</a></div>
  <div class="xxgk-detail">
    <div class="xxgk-table">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td class="t2">@@IDX@@</td><td class="t1">公开方式：</td><td class="t2">主动公开</td></tr>
        <tr><td class="t1">发布机构：</td><td class="t2">泉城市交通运输局</td><td class="t1">成文日期：</td><td class="t2">@@MADE@@</td></tr>
        <tr><td class="t1">发布日期：</td><td class="t2">@@PUB@@</td><td class="t1">主题分类：</td><td class="t2">交通</td></tr>
        <tr><td class="t1">标　　题：</td><td class="t2" colspan="3">@@TITLE@@</td></tr>
      </table>
    </div>
    <div class="detail-title"><h1>@@TITLE@@</h1></div>
    <div class="detail-info">
      <span>发布日期：@@PUB@@</span><span>来源：局办公室</span><span>浏览次数：<em id="visitcount"></em></span>
      <span class="zh">【字体：<a href="javascript:void(0)" onclick="fontZoom(18)">大</a> <a href="javascript:void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a>】</span>
    </div>
    <div class="htmlcon" id="htmlcon">
@@PARAS@@
    </div>
    <div class="detail-fj"></div>
    <div class="detail-bottom">
      <div class="share">分享到：<a class="wx" href="javascript:void(0)" title="微信"></a><a class="wb" href="javascript:void(0)" title="微博"></a></div>
      <div class="print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
    </div>
    <div class="ewm"><div id="qrcode"></div><p>扫一扫在手机上查看当前页面</p></div>
    <div class="xggj"><h3>相关稿件</h3><ul><li><a href="@@OTHER@@">@@OTHERT@@</a><span>@@OTHERD@@</span></li></ul></div>
  </div>
</div>
<script type="text/javascript">
  var docid = "@@DOC@@";
  $.get("/gongkai/visit/count?docid=" + docid + "&siteid=@@SITE@@", function (d) { $("#visitcount").text(d); });
  function fontZoom(size) { $("#htmlcon p").css("font-size", size + "px"); }
</script>
"""
    return render(HEAD + body + FOOT, META=meta, TITLE=s.title, SITE=SITE, CHAN=CHAN, IDX=idx, MADE=made, PUB=pub,
                  PARAS="\n".join(parts), OTHER=url_of(other), OTHERT=ARTS[other][0].title, OTHERD=ARTS[other][2], DOC=ARTS[i][1])


def listing(page):
    i = 1 if page == 1 else 0
    s = ARTS[i][0]
    if page == 1:
        pager = f'<span class="current">1</span><a href="/gongkai/{SITE}/{CHAN}_2.html">2</a><a href="/gongkai/{SITE}/{CHAN}_2.html">下一页</a><a href="/gongkai/{SITE}/{CHAN}_2.html">尾页</a><span>共2页</span>'
    else:
        pager = f'<a href="/gongkai/{SITE}/{CHAN}.html">首页</a><a href="/gongkai/{SITE}/{CHAN}.html">上一页</a><a href="/gongkai/{SITE}/{CHAN}.html">1</a><span class="current">2</span><span>共2页</span>'
    body = f"""<div class="w1200 main">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gongkai/{SITE}/index.html">政务公开</a> &gt; <a href="/gongkai/{SITE}/{CHAN}.html">领导讲话</a></div>
  <div class="xxgk-left"><div class="tit">信息公开目录</div><ul><li class="on"><a href="/gongkai/{SITE}/{CHAN}.html">领导讲话</a></li><li><a href="/gongkai/{SITE}/channel_ghjh.html">规划计划</a></li></ul></div>
  <div class="xxgk-right">
    <div class="list-title">领导讲话</div>
    <ul class="list">
      <li><a href="{url_of(i)}" target="_blank" title="{s.title}">{s.title}</a><span>{ARTS[i][2]}</span></li>
    </ul>
    <div class="page">{pager}</div>
  </div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="领导讲话_泉城市交通运输局", SITE=SITE)


def home():
    body = f"""<div class="w1200 main">
  <div class="idx-news"><h3><a href="/col/jtyw.html">交通要闻</a></h3><ul><li><a href="{url_of(1)}">{ARTS[1][0].title}</a><span>{ARTS[1][2]}</span></li></ul></div>
  <div class="idx-gk"><h3><a href="/gongkai/{SITE}/index.html">政务公开</a></h3><ul><li><a href="/gongkai/{SITE}/{CHAN}.html">领导讲话</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="泉城市交通运输局", SITE=SITE)


def build() -> Family:
    fam = Family(HOST, "city department site on 浪潮 Inspur 政务网站群 (政务公开 platform)")
    fam.put("/", home())
    fam.put(f"/gongkai/{SITE}/{CHAN}.html", listing(1))
    fam.put(f"/gongkai/{SITE}/{CHAN}_2.html", listing(2))
    fam.not_documents += ["/", f"/gongkai/{SITE}/{CHAN}.html", f"/gongkai/{SITE}/{CHAN}_2.html"]
    for i, a in enumerate(ARTS):
        fam.put(url_of(i), article(i))
        fam.doc([url_of(i)], a[0], published_at=a[2])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /jsearchfront/\nDisallow: /gongkai/visit/\n")
    fam.noise += ["当前位置", "公开方式", "发布机构", "成文日期", "浏览次数", "【字体", "【打印】", "【关闭】",
                  "扫一扫在手机上查看当前页面", "相关稿件", "鲁ICP备05019876号-2", "网站标识码"]
    fam.note = "发布日期 (the expected date) is the day after the meeting; 成文日期 is the meeting day"
    return fam
