"""A mobile news site (m. subdomain, 3g.163.com / m.sohu.com-like): <section>-built pages, an app
wall "打开APP阅读全文" that cuts one speech, a channel whose page 2 is linked only from a
data-next attribute of the "加载更多" button, canonical links to the desktop host."""

from common import SPEECHES, Family, render

HOST = "m.xinwenke.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN" data-dpr="2">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="applicable-device" content="mobile">
<meta http-equiv="Cache-Control" content="no-transform">
<meta http-equiv="Cache-Control" content="no-siteapp">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@CANONICAL@@
<link rel="stylesheet" href="//static.xinwenke.test/m/css/article.7d1c2a.css">
<script src="//static.xinwenke.test/m/js/flexible.min.js"></script>
</head>
<body>
<header class="m-header">
  <a class="m-logo" href="/"><img src="//static.xinwenke.test/m/img/logo.png" alt="新闻客"></a>
  <a class="m-download" href="https://app.xinwenke.test/download?from=m_header">打开APP</a>
</header>
<nav class="m-nav"><a href="/">推荐</a><a href="/channel/jianghua.html">讲话</a><a href="/channel/local.html">本地</a><a href="/channel/finance.html">财经</a></nav>
"""

FOOT = """<footer class="m-footer">
  <p><a href="https://www.xinwenke.test/">电脑版</a> | <a href="/about.html">关于我们</a> | <a href="/feedback.html">意见反馈</a></p>
  <p>&copy; 2024 新闻客 <a href="https://beian.miit.gov.cn/">粤ICP备19012345号-2</a></p>
</footer>
<script src="//static.xinwenke.test/m/js/zepto.min.js"></script>
<script src="//static.xinwenke.test/m/js/callapp.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTICLES = [
    (SPEECHES["M1"], "J5K2ABCD0514R9OJ", "09:42:10", "星辰科技集团", True),
    (SPEECHES["M2"], "J8M4EFGH0514R9OJ", "11:05:37", "和平街道办事处", False),
]


def article(a):
    speech, aid, hms, author, walled = a
    paras = "\n".join(f"      <p>{p}</p>" for p in speech.paras)
    wall = ""
    if walled:
        wall = """
    <section class="app-wall js-app-wall">
      <div class="app-wall-mask"></div>
      <a class="app-wall-btn js-open-app" href="xinwenke://article?docid=@@AID@@" data-href="https://app.xinwenke.test/download?from=m_article_wall">打开APP阅读全文</a>
      <p class="app-wall-tip">剩余78%未读，打开新闻客APP继续阅读</p>
    </section>""".replace("@@AID@@", aid)
    page = (
        HEAD
        + """<article class="article-box">
  <section class="article-header">
    <h1 class="title">@@H1@@</h1>
    <div class="info"><span class="source">@@AUTHOR@@</span><span class="time">@@DATE@@ @@HMS@@</span><a class="follow js-open-app" href="javascript:;">+关注</a></div>
  </section>
  <section class="article-body js-article-body">
    <div class="content">
@@PARAS@@
    </div>@@WALL@@
  </section>
  <section class="article-footer">
    <p class="statement">特别声明：本文为新闻客号作者上传并发布，仅代表该作者观点。新闻客仅提供信息发布平台。</p>
    <div class="actions"><a class="like" href="javascript:;">赞 128</a><a class="share js-share" href="javascript:;">分享</a></div>
  </section>
  <section class="hot-news">
    <h3 class="section-title">热点推荐</h3>
    <ul>@@HOT@@</ul>
    <a class="more-app js-open-app" href="javascript:;">打开APP，看更多精彩内容</a>
  </section>
</article>
<div class="bottom-bar js-open-app"><img src="//static.xinwenke.test/m/img/app_icon.png"><span>新闻客APP 更多精彩资讯</span><em>打开</em></div>
"""
        + FOOT
    )
    hot = (
        '<li><a href="/article/J9Q1HOTA0514R9OJ.html">暑期出游高峰来临，多地景区推出预约服务</a></li>'
        '<li><a href="/article/J9Q2HOTB0514R9OJ.html">本周天气：南方多地有强降雨</a></li>'
    )
    return render(
        page,
        TITLE=f"{speech.title}_新闻客",
        KEYWORDS="讲话,致辞",
        DESC=speech.paras[1][:60],
        CANONICAL=f'<link rel="canonical" href="https://www.xinwenke.test/article/{aid}.html">',
        H1=speech.title,
        AUTHOR=author,
        DATE=speech.date,
        HMS=hms,
        PARAS=paras,
        WALL=wall,
        HOT=hot,
    )


def channel(items, next_url):
    rows = "\n".join(
        f'  <section class="news-item"><a href="/article/{a[1]}.html"><h3>{a[0].title}</h3><p class="meta"><span>{a[3]}</span><span>{a[0].date}</span></p></a></section>'
        for a in items
    )
    more = (
        f'<div class="load-more js-load-more" data-next="{next_url}" data-page="2">加载更多</div>'
        if next_url
        else '<div class="load-more no-more">没有更多了</div>'
    )
    page = (
        HEAD
        + """<main class="channel-list" id="list">
@@ROWS@@
</main>
@@MORE@@
<script>
$('.js-load-more').on('click', function(){ var u = $(this).data('next'); $.get(u, function(html){ $('#list').append($(html).find('#list').html()); }); });
</script>
"""
        + FOOT
    )
    return render(
        page, TITLE="讲话_新闻客", KEYWORDS="讲话", DESC="讲话频道", CANONICAL="", ROWS=rows, MORE=more
    )


def build() -> Family:
    fam = Family(
        HOST,
        "m.-subdomain mobile news site: <section> pages, 打开APP阅读全文 wall, channel page 2 only in data-next",
    )
    fam.put(
        "/",
        render(
            HEAD
            + '<main class="index-list"><section class="news-item"><a href="/article/@@AID@@.html"><h3>@@T@@</h3></a></section><section class="news-item"><a href="/channel/jianghua.html"><h3>讲话频道</h3></a></section></main>\n'
            + FOOT,
            TITLE="新闻客 - 手机版",
            KEYWORDS="新闻",
            DESC="新闻客手机版",
            CANONICAL='<link rel="canonical" href="https://www.xinwenke.test/">',
            AID=ARTICLES[0][1],
            T=ARTICLES[0][0].title,
        ),
    )
    fam.put("/channel/jianghua.html", channel(ARTICLES[:1], "/channel/jianghua_2.html"))
    fam.put("/channel/jianghua_2.html", channel(ARTICLES[1:], ""))
    fam.not_documents += ["/", "/channel/jianghua.html", "/channel/jianghua_2.html"]
    for a in ARTICLES:
        path = f"/article/{a[1]}.html"
        fam.put(path, article(a))
        fam.doc([path], a[0], truncated=a[4], found_by="links" if a[4] else "data attribute")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search\n")
    fam.noise += [
        "打开APP",
        "打开APP阅读全文",
        "剩余78%未读",
        "+关注",
        "星辰科技集团",
        "特别声明",
        "仅代表该作者观点",
        "赞 128",
        "分享",
        "热点推荐",
        "看更多精彩内容",
        "更多精彩资讯",
        "加载更多",
        "粤ICP备19012345号-2",
    ]
    return fam
