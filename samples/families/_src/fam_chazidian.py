"""查字典范文网 (fanwen.chazidian.com)-like 范文 site: UTF-8 pages under the chazidian.com site header
(查字典 sub-site nav: 汉语字典 / 成语 / 古诗文 / 范文 …), 范文 channel `/jianghuagao/` with its
sub-channel list and `/jianghuagao/list_2.html`, articles `/fanwen/<id>/` : breadcrumb 当前位置, h1,
`info` line (时间 / 来源 / 手机版), a 推荐 box of the channel's hot picks above the text, the text in
`div.article-content`, a 下载 Word box, 本文网址 line, 上一篇 / 下一篇, 相关范文, 热门范文 sidebar,
footer with ICP line and baidu stat."""

from common import SPEECHES, Family, render

HOST = "fanwen.chazidian-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="pc">
<meta http-equiv="mobile-agent" content="format=html5; url=http://m.fanwen.chazidian-like.test@@PATH@@">
<link rel="alternate" media="only screen and(max-width: 640px)" href="http://m.fanwen.chazidian-like.test@@PATH@@">
<link rel="stylesheet" href="http://static.chazidian-like.test/fanwen/css/common.css?v=20190315">
<link rel="stylesheet" href="http://static.chazidian-like.test/fanwen/css/fanwen.css?v=20190315">
<script src="http://static.chazidian-like.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="site-top">
  <div class="wrap clearfix">
    <div class="site-top-l"><a href="http://www.chazidian-like.test/" target="_blank">查字典</a><span>|</span><a href="http://www.chazidian-like.test/zi/" target="_blank">汉语字典</a><a href="http://www.chazidian-like.test/ci/" target="_blank">汉语词典</a><a href="http://chengyu.chazidian-like.test/" target="_blank">成语</a><a href="http://gushi.chazidian-like.test/" target="_blank">古诗文</a><a href="http://zuowen.chazidian-like.test/" target="_blank">作文</a><a href="/" class="cur">范文</a><a href="http://yingyu.chazidian-like.test/" target="_blank">英语</a></div>
    <div class="site-top-r"><a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a><span>|</span><a href="http://m.fanwen.chazidian-like.test/" target="_blank">手机版</a></div>
  </div>
</div>
<div class="header wrap clearfix">
  <div class="logo"><a href="/"><img src="http://static.chazidian-like.test/fanwen/images/logo.png" alt="查字典范文网"></a></div>
  <div class="search">
    <form action="http://so.chazidian-like.test/fanwen/" method="get" target="_blank"><input type="text" name="q" class="s-input" placeholder="请输入您要搜索的范文"><input type="submit" class="s-btn" value="搜 索"></form>
    <p class="hotword">热门搜索：<a href="/jianghuagao/">讲话稿</a><a href="/fayangao/">发言稿</a><a href="/zhici/">致辞</a><a href="/gongzuozongjie/">工作总结</a><a href="/xindetihui/">心得体会</a></p>
  </div>
</div>
<div class="nav">
  <ul class="wrap clearfix">
    <li><a href="/">首页</a></li>
    <li><a href="/gongzuozongjie/">工作总结</a></li>
    <li><a href="/gongzuojihua/">工作计划</a></li>
    <li@@NAVCUR@@><a href="/jianghuagao/">讲话稿</a></li>
    <li><a href="/fayangao/">发言稿</a></li>
    <li><a href="/zhici/">致辞</a></li>
    <li><a href="/xindetihui/">心得体会</a></li>
    <li><a href="/shenqingshu/">申请书</a></li>
    <li><a href="/hetong/">合同范本</a></li>
    <li><a href="/yanjianggao/">演讲稿</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p class="f-link"><a href="http://www.chazidian-like.test/about/" rel="nofollow" target="_blank">关于我们</a>|<a href="http://www.chazidian-like.test/contact/" rel="nofollow" target="_blank">联系我们</a>|<a href="http://www.chazidian-like.test/copyright/" rel="nofollow" target="_blank">版权声明</a>|<a href="/sitemap.html" target="_blank">网站地图</a></p>
    <p>本站部分文章来自网络，如有侵权请联系删除，我们将在第一时间处理。</p>
    <p>Copyright &copy; 2008-2024 查字典 chazidian-like.test All Rights Reserved <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">京ICP备10203344号-2</a></p>
  </div>
</div>
<script src="http://static.chazidian-like.test/fanwen/js/common.js?v=20190315"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5d1f0b7c3e2a9d8f6b4c1a0e9f8d7c6b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, id, stamp, views
ARTICLES = [
    (SPEECHES["s73a"], 1862473, "2023-10-20 09:12:35", 2871),
    (SPEECHES["s73f"], 1907215, "2024-03-28 16:40:02", 1436),
]
OTHERS = [
    ("/fanwen/1861902/", "秋季森林防火工作会议讲话稿（通用5篇）"),
    ("/fanwen/1859018/", "在全县安全生产工作会议上的讲话范文"),
    ("/fanwen/1903376/", "民政工作会议领导讲话稿"),
]


def url_of(aid):
    return f"/fanwen/{aid}/"


def hot_side():
    rows = "".join(f'<li><span class="num">{i + 1}</span><a href="{u}" target="_blank">{t}</a></li>' for i, (u, t) in enumerate(OTHERS))
    return f"""<div class="side-box">
    <div class="side-tit"><h3>热门范文</h3></div>
    <ul class="side-list">{rows}</ul>
  </div>
  <div class="side-box side-ad"><script src="http://static.chazidian-like.test/ad/fanwen_right_300x250.js"></script></div>
  <div class="side-box">
    <div class="side-tit"><h3>讲话稿分类</h3></div>
    <ul class="side-cate clearfix"><li><a href="/jianghuagao/lingdao/">领导讲话稿</a></li><li><a href="/jianghuagao/huiyi/">会议讲话稿</a></li><li><a href="/jianghuagao/kaimu/">开幕式讲话</a></li><li><a href="/jianghuagao/dongyuan/">动员大会讲话</a></li></ul>
  </div>"""


def article(idx):
    speech, aid, stamp, views = ARTICLES[idx]
    path = url_of(aid)
    paras = "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    prev = ARTICLES[idx - 1] if idx else None
    nxt = ARTICLES[idx + 1] if idx + 1 < len(ARTICLES) else None
    prev_html = f'<a href="{url_of(prev[1])}">{prev[0].title}</a>' if prev else '<a href="/fanwen/1861902/">秋季森林防火工作会议讲话稿（通用5篇）</a>'
    next_html = f'<a href="{url_of(nxt[1])}">{nxt[0].title}</a>' if nxt else "没有了"
    related = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{stamp[:10]}</span></li>' for u, t in OTHERS)
    related += "".join(f'<li><a href="{url_of(a)}" target="_blank">{s.title}</a><span>{st[:10]}</span></li>' for s, a, st, _v in ARTICLES if a != aid)
    page = HEAD + """<div class="wrap clearfix">
<div class="main-l">
  <div class="position">当前位置：<a href="/">查字典范文网</a> &gt; <a href="/jianghuagao/">讲话稿</a> &gt; <a href="/jianghuagao/huiyi/">会议讲话稿</a> &gt; 正文</div>
  <div class="article">
    <h1>@@H1@@</h1>
    <div class="info"><span>时间：@@STAMP@@</span><span>来源：查字典范文网</span><span>浏览：<em id="hits">@@VIEWS@@</em>次</span><a href="http://m.fanwen.chazidian-like.test@@PATH@@" class="m-link" target="_blank">手机版</a></div>
    <div class="tuijian">
      <p><strong>【推荐】</strong><a href="/fanwen/1861902/" target="_blank">秋季森林防火工作会议讲话稿（通用5篇）</a>　<a href="/jianghuagao/huiyi/" target="_blank">更多会议讲话稿范文&gt;&gt;</a></p>
    </div>
    <div class="ad-article-top"><script src="http://static.chazidian-like.test/ad/fanwen_article_top.js"></script></div>
    <div class="article-content" id="article-content">
@@PARAS@@
    </div>
    <div class="down-box">
      <p>该篇范文共 <em>@@CHARS@@</em> 字，可编辑，可下载。</p>
      <a href="/down/@@AID@@/" class="down-btn" rel="nofollow" target="_blank">下载Word文档</a>
    </div>
    <p class="url-line">本文网址：http://fanwen.chazidian-like.test@@PATH@@</p>
    <div class="share">分享到：<a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-qq">QQ</a><a href="javascript:;" class="share-wb">微博</a></div>
    <div class="pre-next">
      <p>上一篇：@@PREV@@</p>
      <p>下一篇：@@NEXT@@</p>
    </div>
  </div>
  <div class="related">
    <div class="tit"><h3>相关范文</h3></div>
    <ul class="related-list">@@RELATED@@</ul>
  </div>
</div>
<div class="main-r">
  @@SIDE@@
</div>
</div>
<script>$.get("/api/hits/?id=@@AID@@",function(d){$("#hits").text(d)});</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{speech.title}_会议讲话稿_查字典范文网",
        KEYWORDS=f"{speech.title},会议讲话稿,讲话稿",
        DESC=speech.paras[1][:80],
        PATH=path,
        NAVCUR=' class="cur"',
        H1=speech.title,
        STAMP=stamp,
        VIEWS=views,
        PARAS=paras,
        CHARS=speech.chars(),
        AID=aid,
        PREV=prev_html,
        NEXT=next_html,
        RELATED=related,
        SIDE=hot_side(),
    )


def listing(n, items, count):
    rows = "\n".join(
        f"""<li><h3><a href="{url_of(a)}" target="_blank">{s.title}</a></h3><p>{s.paras[1][:70]}…</p><div class="l-info"><span>{st[:10]}</span><a href="{url_of(a)}" class="more" target="_blank">查看全文&gt;&gt;</a></div></li>"""
        for s, a, st, _v in items
    )
    def lp(i):
        return "/jianghuagao/" if i == 1 else f"/jianghuagao/list_{i}.html"
    pg = ""
    if n > 1:
        pg += f'<a href="{lp(1)}">首页</a><a href="{lp(n - 1)}">上一页</a>'
    for i in range(1, count + 1):
        pg += f'<span class="current">{i}</span>' if i == n else f'<a href="{lp(i)}">{i}</a>'
    if n < count:
        pg += f'<a href="{lp(n + 1)}">下一页</a><a href="{lp(count)}">尾页</a>'
    page = HEAD + """<div class="wrap clearfix">
<div class="main-l">
  <div class="position">当前位置：<a href="/">查字典范文网</a> &gt; 讲话稿</div>
  <div class="sub-cate"><a href="/jianghuagao/lingdao/">领导讲话稿</a><a href="/jianghuagao/huiyi/">会议讲话稿</a><a href="/jianghuagao/kaimu/">开幕式讲话</a><a href="/jianghuagao/dongyuan/">动员大会讲话</a></div>
  <ul class="fw-list">
@@ROWS@@
  </ul>
  <div class="pages">@@PG@@</div>
</div>
<div class="main-r">
  @@SIDE@@
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE="讲话稿_领导讲话稿范文大全_查字典范文网" + ("" if n == 1 else f"_第{n}页"),
        KEYWORDS="讲话稿,领导讲话稿,讲话稿范文",
        DESC="查字典范文网讲话稿频道为您提供各类领导讲话稿、会议讲话稿范文。",
        PATH=lp(n),
        NAVCUR=' class="cur"',
        ROWS=rows,
        PG=pg,
        SIDE=hot_side(),
    )


def build() -> Family:
    fam = Family(HOST, "查字典范文网 (fanwen.chazidian.com)-like 范文 site, UTF-8: /fanwen/<id>/ articles with 【推荐】 box above the text, Word download box, 本文网址 line, 相关范文")
    for idx, (speech, aid, stamp, _v) in enumerate(ARTICLES):
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech, published_at=stamp[:10])
    fam.put("/jianghuagao/", listing(1, ARTICLES[1:], 2))
    fam.put("/jianghuagao/list_2.html", listing(2, ARTICLES[:1], 2))
    s, a, st, _v = ARTICLES[1]
    home = HEAD + f"""<div class="wrap clearfix">
<div class="index-box">
  <div class="tit"><h2><a href="/jianghuagao/">讲话稿</a></h2><a href="/jianghuagao/" class="more">更多&gt;&gt;</a></div>
  <ul class="idx-list"><li><a href="{url_of(a)}" target="_blank">{s.title}</a><span>{st[5:10]}</span></li></ul>
</div>
<div class="index-box">
  <div class="tit"><h2><a href="/fayangao/">发言稿</a></h2><a href="/fayangao/" class="more">更多&gt;&gt;</a></div>
  <ul class="idx-list"><li><a href="/fanwen/1903101/" target="_blank">三八妇女节表彰大会发言稿</a><span>03-06</span></li></ul>
</div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="查字典范文网_范文大全_工作总结_讲话稿_心得体会", KEYWORDS="范文,范文大全", DESC="查字典范文网", PATH="/", NAVCUR=""))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /api/\n")
    fam.not_documents += ["/", "/jianghuagao/", "/jianghuagao/list_2.html"]
    fam.noise += ["查字典范文网", "【推荐】", "秋季森林防火工作会议讲话稿（通用5篇）", "下载Word文档", "可编辑，可下载", "本文网址", "分享到", "上一篇", "下一篇", "相关范文", "热门范文", "当前位置", "京ICP备10203344号-2", "更多会议讲话稿范文"]
    return fam
