"""中青在线 (news.cyol.com, 中国青年报)-like article pages: `/gb/articles/2024-05/16/content_N.htm`, channel lists
`/gb/channels/vrGlAKDl/index.html` → `index_2.html`; top bar (中国青年报 / 中青在线 / 中青报客户端 / 电子版 /
登录), logo + search, channel nav, `crumb` 当前位置, `h1.articleTitle` with an optional `p.subtitle`,
`div.articleInfo` (time `2024-05-16 07:24:00`, 来源：中国青年报 / 中青在线, 作者 with the 中国青年报·中青在线记者
byline, 字号), the text in `div.articleContent#detailContent` opening with a `中青在线讯（…记者…）…` lead in
one and a photo + caption in the other, `责任编辑：…` under the text, 中青报客户端 prompt, 相关阅读,
right column (热门推荐, 中青报 QR), footer (中国青年报社版权所有, 京ICP备, 京公网安备, 许可证). UTF-8."""

from common import SPEECHES, Family, render

HOST = "news.zhongqing-zaixian-like.test"

# speech, date path, id, headline, subtitle, source, author, time, editor, lead or ""
ARTICLES = [
    (SPEECHES["f44b-6"], "2024-05-16", "32671054", "团省委书记：让志愿服务成为青年成长的大课堂", "——在全省优秀青年志愿者表彰会上的讲话",
     "中国青年报", "中国青年报·中青在线记者 王雅婷", "07:24:00", "杨宁",
     "中青在线讯（中国青年报·中青在线记者 王雅婷）5月15日，全省优秀青年志愿者表彰会召开，团省委书记出席会议并讲话。以下为讲话全文。"),
    (SPEECHES["f44b-5"], "2024-06-20", "32718863", "校长在2024届毕业典礼暨学位授予仪式上的致辞", "",
     "中青在线", "中青在线记者 赵凯", "18:03:00", "徐可", ""),
]

FILLER = [
    ("共青团中央部署开展2024年“三下乡”社会实践活动", "2024-05-16", "/gb/articles/2024-05/16/content_32670981.htm"),
    ("西部计划志愿者：在基层书写青春答卷", "2024-05-15", "/gb/articles/2024-05/15/content_32669417.htm"),
    ("青年突击队奋战防汛一线", "2024-05-14", "/gb/articles/2024-05/14/content_32668230.htm"),
    ("毕业季：高校用个性化典礼为毕业生送行", "2024-06-21", "/gb/articles/2024-06/21/content_32719904.htm"),
    ("大学生就业观察：更多青年选择到基层去", "2024-06-19", "/gb/articles/2024-06/19/content_32717512.htm"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link rel="stylesheet" href="/gb/static/css/common.css" />
<link rel="stylesheet" href="/gb/static/css/@@CSS@@.css" />
<script type="text/javascript" src="/gb/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="topNav">
  <div class="w1200 clearfix">
    <div class="fl"><a href="http://www.cyol.com/" target="_blank">中国青年报</a><a href="/" target="_blank">中青在线</a><a href="http://zqb.cyol.com/" target="_blank">电子版</a><a href="/gb/channels/app/index.html" target="_blank">中青报客户端</a></div>
    <div class="fr"><a href="javascript:;" id="loginBtn">登录</a><span>|</span><a href="javascript:;" id="regBtn">注册</a></div>
  </div>
</div>
<div class="header w1200 clearfix">
  <a class="logo fl" href="/"><img src="/gb/static/images/logo.png" alt="中青在线" /></a>
  <div class="searchBox fr"><form action="http://search.cyol.com/search" target="_blank"><input type="text" name="q" placeholder="搜索" /><button type="submit"></button></form></div>
</div>
<div class="mainNav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/gb/channels/zGvnlnLa/index.html">时政</a></li>
    <li class="@@ON@@"><a href="/gb/channels/vrGlAKDl/index.html">青年</a></li>
    <li><a href="/gb/channels/5ZqJAMqW/index.html">教育</a></li>
    <li><a href="/gb/channels/Gl9nRvlr/index.html">就业</a></li>
    <li><a href="/gb/channels/mX81kWjJ/index.html">观点</a></li>
    <li><a href="/gb/channels/PLoQYqm4/index.html">冰点</a></li>
    <li><a href="/gb/channels/aQ5jVbGe/index.html">军事</a></li>
    <li><a href="/gb/channels/xMgb82Xe/index.html">科技</a></li>
    <li><a href="/gb/channels/bZ1pYXGq/index.html">视频</a></li>
  </ul>
</div>
"""

SIDE = """<div class="rightBox fr">
    <div class="rbox appQr"><img src="/gb/static/images/app_qrcode.png" alt="" /><p>扫码下载中青报客户端</p></div>
    <div class="rbox">
      <div class="rtitle">热门推荐</div>
      <ul class="hotList">
        <li><span class="num n1">1</span><a href="/gb/articles/2024-05/16/content_32670981.htm" target="_blank">共青团中央部署开展2024年“三下乡”社会实践活动</a></li>
        <li><span class="num n2">2</span><a href="/gb/articles/2024-05/15/content_32669417.htm" target="_blank">西部计划志愿者：在基层书写青春答卷</a></li>
        <li><span class="num n3">3</span><a href="/gb/articles/2024-06/19/content_32717512.htm" target="_blank">大学生就业观察：更多青年选择到基层去</a></li>
      </ul>
    </div>
    <div class="rbox adBox"><script type="text/javascript" src="http://ad.cyol.com/ad/js/right_300x250.js"></script></div>
  </div>"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="flinks"><a href="/gb/about/index.html" target="_blank">关于我们</a> | <a href="/gb/about/contact.html" target="_blank">联系我们</a> | <a href="/gb/about/copyright.html" target="_blank">版权声明</a> | <a href="/gb/about/ad.html" target="_blank">广告刊例</a></p>
    <p>中国青年报社版权所有　Copyright &copy; 1999-2024 China Youth Daily. All Rights Reserved.</p>
    <p>互联网新闻信息服务许可证：10120170014　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05068134号-2</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102002020" target="_blank">京公网安备 11010102002020号</a></p>
    <p>违法和不良信息举报电话：010-64098355　举报邮箱：jubao@cyol.com</p>
  </div>
</div>
<script type="text/javascript" src="/gb/static/js/common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4f2e1c9a8e3b7d6a5c0b9f8e7d6c5b4a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url_of(a):
    return f"/gb/articles/{a[1][:7]}/{a[1][8:]}/content_{a[2]}.htm"


def article(a, other):
    speech, day, aid, title, subtitle, source, author, hhmm, editor, lead = a
    body = []
    if lead:
        body.append(f"<p>　　{lead}</p>")
    else:
        body.append('<p style="text-align:center"><img src="/gb/images/2024-06/20/a8c3b1e2-7f41-4d5a-9c6e-2b8f0d1e3a57.jpg" alt="" /></p>')
        body.append('<p style="text-align:center">6月20日，毕业典礼现场，毕业生们将学位帽抛向空中。中青在线记者 赵凯/摄</p>')
    body += [f"<p>　　{p}</p>" for p in speech.paras]
    meta = (f'<meta name="contentid" content="{aid}" />\n<meta name="publishdate" content="{day} {hhmm}" />\n'
            f'<meta name="source" content="{source}" />\n<meta name="author" content="{author}" />\n')
    sub = f'\n      <p class="subtitle">{subtitle}</p>' if subtitle else ""
    page = HEAD + """<div class="container w1200 clearfix">
  <div class="leftBox fl">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gb/channels/vrGlAKDl/index.html">青年</a> &gt; 正文</div>
    <div class="articleHead">
      <h1 class="articleTitle">@@H@@</h1>@@SUB@@
      <div class="articleInfo clearfix">
        <span class="time">@@DAY@@ @@HHMM@@</span>
        <span class="source">来源：@@SOURCE@@</span>
        <span class="author">作者：@@AUTHOR@@</span>
        <span class="fontSize fr">字号：<a href="javascript:;" onclick="setFont(18)">大</a><a href="javascript:;" onclick="setFont(16)">中</a><a href="javascript:;" onclick="setFont(14)">小</a></span>
      </div>
    </div>
    <div class="articleContent" id="detailContent">
@@BODY@@
    </div>
    <div class="editor">责任编辑：@@EDITOR@@</div>
    <div class="shareBar">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
    <div class="appTip"><a href="/gb/channels/app/index.html" target="_blank">下载中青报客户端，阅读更多青年新闻</a></div>
    <div class="related">
      <div class="rtitle">相关阅读</div>
      <ul>
        <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODAY@@</span></li>
        <li><a href="/gb/articles/2024-05/15/content_32669417.htm" target="_blank">西部计划志愿者：在基层书写青春答卷</a><span>2024-05-15</span></li>
      </ul>
    </div>
  </div>
  @@SIDE@@
</div>
<script type="text/javascript">function setFont(s){ $("#detailContent p").css("font-size", s + "px"); }</script>
""" + FOOT
    return render(page, TITLE=f"{title}_中青在线", KW=title, DESC=title, META=meta, CSS="article", ON="on", H=title,
                  SUB=sub, DAY=day, HHMM=hhmm, SOURCE=source, AUTHOR=author, BODY="\n".join(body), EDITOR=editor,
                  OURL=url_of(other), OH=other[3], ODAY=other[1], SIDE=SIDE)


def list_page(n):
    items = FILLER[3:4] + [(ARTICLES[1][3], ARTICLES[1][1], url_of(ARTICLES[1]))] + FILLER[4:] if n == 1 else \
        [(ARTICLES[0][3], ARTICLES[0][1], url_of(ARTICLES[0]))] + FILLER[:3]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="time">{d}</span></li>' for t, d, h in items)
    if n == 1:
        pg = '<div class="pageList"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a></div>'
    else:
        pg = '<div class="pageList"><a href="index.html">上一页</a><a href="index.html">1</a><span class="cur">2</span></div>'
    page = HEAD + """<div class="container w1200 clearfix">
  <div class="leftBox fl">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; 青年</div>
    <ul class="newsList">
@@LIS@@
    </ul>
    @@PG@@
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(page, TITLE="青年_中青在线", KW="青年,中青在线", DESC="中青在线青年频道", META="", CSS="list", ON="on",
                  LIS=lis, PG=pg, SIDE=SIDE)


def home():
    a = ARTICLES[1]
    page = HEAD + """<div class="index w1200 clearfix">
  <div class="headline"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="ibox">
    <div class="ititle"><a href="/gb/channels/vrGlAKDl/index.html">青年</a><a class="more" href="/gb/channels/vrGlAKDl/index.html">更多</a></div>
    <ul><li><a href="/gb/articles/2024-06/21/content_32719904.htm" target="_blank">毕业季：高校用个性化典礼为毕业生送行</a></li><li><a href="@@URL@@" target="_blank">@@H@@</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中青在线", KW="中青在线,中国青年报,青年", DESC="中青在线是中国青年报社主办的中央重点新闻网站",
                  META="", CSS="index", ON="", URL=url_of(a), H=a[3])


def build() -> Family:
    fam = Family(
        HOST,
        "news.cyol.com-like 中青在线 article pages: /gb/articles/YYYY-MM/DD/content_N.htm, channel /gb/channels/<id>/index.html + index_2.html, crumb 当前位置, h1.articleTitle + p.subtitle, articleInfo time/来源/作者/字号, div.articleContent#detailContent with 中青在线讯 lead or photo + caption, 责任编辑, share bar, 客户端 prompt, 相关阅读, 热门推荐 side with ad script",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], title=a[3], published_at=a[1])
    fam.put("/", home())
    fam.put("/gb/channels/vrGlAKDl/index.html", list_page(1))
    fam.put("/gb/channels/vrGlAKDl/index_2.html", list_page(2))
    fam.not_documents += ["/", "/gb/channels/vrGlAKDl/index.html", "/gb/channels/vrGlAKDl/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "——在全省优秀青年志愿者表彰会上的讲话",
        "中青在线讯（中国青年报·中青在线记者 王雅婷）",
        "以下为讲话全文。",
        "毕业典礼现场，毕业生们将学位帽抛向空中。",
        "责任编辑：杨宁",
        "下载中青报客户端，阅读更多青年新闻",
        "相关阅读",
        "热门推荐",
        "京ICP备05068134号-2",
    ]
    return fam
