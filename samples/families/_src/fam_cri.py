"""国际在线 (news.cri.cn)-like article pages: `/20240612/<uuid>.html`, HTML5 UTF-8; CRI top bar (国际在线首页 /
新闻 / 国际 / 国内 / 财经 / 文化 / 旅游 / 视频 / 多语种, 中国国际广播电台 link, 客户端), logo + channel nav, `crumbs`
(国际在线 > 新闻 > 国内), `h1.atitle#atitle`, the `list-brief` line (`span#asource` 来源：国际在线,
`span#apublishtime` 2024-06-12 10:35:21, `span#aeditor` 编辑：…), `div.abody#abody` with an empty `pagedata`
attribute, one speech after an `国际在线报道（记者 …）：…以下为致辞全文：` lead and a captioned photo
(`（摄影：…）`), the other a plain 发言 closed by `（本文为作者在…上的发言，有删节）` note; `editor` 责编 line under
the body, 分享到 bar (微信 / 微博 / QQ空间), 相关新闻, 热点推荐 side with an ad `iframe`, CRI footer
(中国国际广播电台版权所有, 京ICP备, 京公网安备, 互联网新闻信息服务许可证). Channel `/china/` → `/china/index_2.html`."""

from common import SPEECHES, Family, render

HOST = "news.cri-like.test"

# speech, date yyyymmdd, uuid, headline, time, source, editor, lead, tail
ARTICLES = [
    (SPEECHES["f45a-3"], "20240612", "8a3f5c21-6d7e-4b90-a1c2-3e4f5a6b7c8d", "在2024中外青年文化交流周开幕式上的致辞",
     "10:35:21", "国际在线", "刘思远",
     "国际在线报道（记者 何晓晴）：6月12日，2024中外青年文化交流周在湖北武汉开幕，来自二十多个国家的两百余名青年参加活动。主办单位负责人在开幕式上致辞。以下为致辞全文：", ""),
    (SPEECHES["f45a-4"], "20240425", "3c9e1b47-2f58-4a6d-8e07-b1c2d3e4f5a6", "在国际传播能力建设研讨会上的发言",
     "16:08:47", "国际在线", "张蕾", "", "（本文为作者在国际传播能力建设研讨会上的发言，有删节）"),
]

FILLER = [
    ("多国青年代表走进非遗工坊体验传统技艺", "/20240613/1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8.html", "2024-06-13"),
    ("中外媒体人共话新时代国际传播", "/20240426/2c3d4e5f-6071-4b82-9ca3-b4c5d6e7f809.html", "2024-04-26"),
    ("“一带一路”青年创业交流营在京开营", "/20240611/4e5f6071-8293-4da4-be5c-d6e7f8091a2b.html", "2024-06-11"),
    ("外籍主持人眼中的中国小吃", "/20240424/5f607182-93a4-4eb5-8f6d-e7f8091a2b3c.html", "2024-04-24"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="stylesheet" href="//f2.cri.cn/M00/pc/css/common.css">
<link rel="stylesheet" href="//f2.cri.cn/M00/pc/css/@@CSS@@.css">
<script src="//f2.cri.cn/M00/pc/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="top-left"><a href="https://www.cri.cn/" target="_blank">国际在线首页</a><a href="/" target="_blank">新闻</a><a href="https://news.cri.cn/world" target="_blank">国际</a><a href="/china/">国内</a><a href="https://finance.cri.cn/" target="_blank">财经</a><a href="https://culture.cri.cn/" target="_blank">文化</a><a href="https://travel.cri.cn/" target="_blank">旅游</a><a href="https://video.cri.cn/" target="_blank">视频</a><a href="https://www.cri.cn/lang" target="_blank">多语种</a></div>
    <div class="top-right"><a href="http://www.cri.com.cn/" target="_blank">中国国际广播电台</a><a href="https://www.cri.cn/app" target="_blank">客户端</a></div>
  </div>
</div>
<div class="header w1200 clearfix">
  <div class="logo"><a href="https://www.cri.cn/"><img src="//f2.cri.cn/M00/pc/images/logo.png" alt="国际在线"></a><span class="channel-name">新闻</span></div>
  <div class="search"><form action="https://search.cri.cn/" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li><li><a href="https://news.cri.cn/world">国际</a></li><li class="@@ON@@"><a href="/china/">国内</a></li><li><a href="https://news.cri.cn/comment">评论</a></li><li><a href="https://news.cri.cn/pic">图片</a></li><li><a href="https://news.cri.cn/special">专题</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="links"><a href="https://www.cri.cn/about" target="_blank">关于我们</a> | <a href="https://www.cri.cn/contact" target="_blank">联系我们</a> | <a href="https://www.cri.cn/copyright" target="_blank">版权声明</a> | <a href="https://www.cri.cn/jobs" target="_blank">招聘信息</a></p>
    <p>中国国际广播电台版权所有　Copyright &copy; 2003-2024 CRI Online. All Rights Reserved.</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备06017342号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11040102700109" target="_blank">京公网安备11040102700109号</a>　互联网新闻信息服务许可证10120170013　信息网络传播视听节目许可证0103001</p>
    <p>违法和不良信息举报电话：010-68891111</p>
  </div>
</div>
<script src="//f2.cri.cn/M00/pc/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?1f5e8c2a7b3d9e4f6a0c1b2d3e4f5a6b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """<div class="right-box">
    <div class="rbox">
      <h3 class="rtit">热点推荐</h3>
      <ul class="hot-list">
@@HOT@@
      </ul>
    </div>
    <div class="rbox ad"><iframe src="https://ad.cri.cn/pc/news_right_300x250.html" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
    <div class="rbox app"><img src="//f2.cri.cn/M00/pc/images/app_qr.png" alt=""><p>扫码下载国际在线客户端</p></div>
  </div>"""


def url_of(a):
    return f"/{a[1]}/{a[2]}.html"


def day(a):
    return f"{a[1][:4]}-{a[1][4:6]}-{a[1][6:]}"


def side():
    hot = "\n".join(f'        <li><a href="{h}" target="_blank">{t}</a></li>' for t, h, _ in FILLER)
    return render(SIDE, HOT=hot)


def article(a, other):
    speech, ymd, uid, title, hms, source, editor, lead, tail = a
    body = []
    if lead:
        body.append(f"<p>{lead}</p>")
        body.append(f'<p style="text-align: center;"><img src="//f2.cri.cn/M00/2024/06/12/{uid[:8]}.jpg" alt="" width="600"></p>')
        body.append('<p style="text-align: center;">开幕式现场（摄影：何晓晴）</p>')
    body += [f"<p>　　{p}</p>" for p in speech.paras]
    if tail:
        body.append(f"<p>{tail}</p>")
    meta = (f'<meta name="filetype" content="1">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
            f'<meta name="catalogs" content="china">\n<meta name="contentid" content="{uid}">\n'
            f'<meta name="publishdate" content="{day(a)}">\n<meta name="source" content="{source}">\n')
    page = HEAD + """<div class="main w1200 clearfix">
  <div class="left-box">
    <div class="crumbs"><a href="https://www.cri.cn/" target="_blank">国际在线</a> &gt; <a href="/">新闻</a> &gt; <a href="/china/">国内</a></div>
    <h1 class="atitle" id="atitle">@@H@@</h1>
    <div class="list-brief clearfix">
      <span class="asource" id="asource">来源：<a href="https://www.cri.cn/" target="_blank">@@SOURCE@@</a></span>
      <span class="apublishtime" id="apublishtime">@@DAY@@ @@HMS@@</span>
      <span class="aeditor" id="aeditor">编辑：@@EDITOR@@</span>
    </div>
    <div class="abody" id="abody" pagedata="">
@@BODY@@
    </div>
    <div class="editor">责编：@@EDITOR@@</div>
    <div class="share-box">分享到：<a href="javascript:;" class="share-wx" title="微信">微信</a><a href="javascript:;" class="share-wb" title="微博">微博</a><a href="javascript:;" class="share-qzone" title="QQ空间">QQ空间</a></div>
    <div class="related">
      <h3 class="rtit">相关新闻</h3>
      <ul>
        <li><a href="@@OURL@@" target="_blank">@@OH@@</a></li>
        <li><a href="@@F1U@@" target="_blank">@@F1T@@</a></li>
      </ul>
    </div>
  </div>
  @@SIDE@@
</div>
""" + FOOT
    f1 = FILLER[0] if lead else FILLER[1]
    return render(page, TITLE=f"{title}_国际在线", KW=title, DESC=title, META=meta, CSS="article", ON="on", H=title,
                  SOURCE=source, DAY=day(a), HMS=hms, EDITOR=editor, BODY="\n".join(body), OURL=url_of(other),
                  OH=other[3], F1U=f1[1], F1T=f1[0], SIDE=side())


def list_page(n):
    if n == 1:
        items = [FILLER[0], (ARTICLES[0][3], url_of(ARTICLES[0]), day(ARTICLES[0])), FILLER[2]]
        pg = '<div class="page"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a></div>'
    else:
        items = [FILLER[1], (ARTICLES[1][3], url_of(ARTICLES[1]), day(ARTICLES[1])), FILLER[3]]
        pg = '<div class="page"><a href="index.html" class="prev">上一页</a><a href="index.html">1</a><span class="cur">2</span></div>'
    lis = "\n".join(f'      <li><a href="{h}" target="_blank">{t}</a><span class="time">{d}</span></li>' for t, h, d in items)
    page = HEAD + """<div class="main w1200 clearfix">
  <div class="left-box">
    <div class="crumbs"><a href="https://www.cri.cn/" target="_blank">国际在线</a> &gt; <a href="/">新闻</a> &gt; 国内</div>
    <ul class="list-box">
@@LIS@@
    </ul>
    @@PG@@
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(page, TITLE="国内_国际在线", KW="国内新闻,国际在线", DESC="国际在线国内新闻", META="", CSS="list", ON="on",
                  LIS=lis, PG=pg, SIDE=side())


def home():
    a = ARTICLES[0]
    page = HEAD + """<div class="main w1200 clearfix">
  <div class="headline"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="ibox">
    <h3 class="ititle"><a href="/china/">国内</a><a class="more" href="/china/">更多&gt;</a></h3>
    <ul><li><a href="@@URL@@" target="_blank">@@H@@</a></li><li><a href="@@F1U@@" target="_blank">@@F1T@@</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="新闻_国际在线", KW="国际在线,新闻", DESC="国际在线新闻频道", META="", CSS="index", ON="",
                  URL=url_of(a), H=a[3], F1U=FILLER[2][1], F1T=FILLER[2][0])


def build() -> Family:
    fam = Family(
        HOST,
        "news.cri.cn-like 国际在线 article pages: /YYYYMMDD/<uuid>.html, crumbs 国际在线 > 新闻 > 国内, h1.atitle#atitle, list-brief (#asource 来源, #apublishtime, #aeditor 编辑), div.abody#abody pagedata, 国际在线报道 lead + photo caption or a （本文为作者在…上的发言，有删节） tail, 责编, 分享到, 相关新闻, 热点推荐 with ad iframe; /china/ → index_2.html",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], title=a[3], published_at=day(a))
    fam.put("/", home())
    fam.put("/china/index.html", list_page(1))
    fam.put("/china/index_2.html", list_page(2))
    fam.not_documents += ["/", "/china/", "/china/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "国际在线报道（记者 何晓晴）",
        "以下为致辞全文：",
        "开幕式现场（摄影：何晓晴）",
        "（本文为作者在国际传播能力建设研讨会上的发言，有删节）",
        "编辑：刘思远",
        "责编：张蕾",
        "分享到：",
        "相关新闻",
        "热点推荐",
        "扫码下载国际在线客户端",
        "京ICP备06017342号-1",
    ]
    return fam
