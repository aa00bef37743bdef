"""中国教育文摘 (eduzhai.net)-like 范文 site: `/fanwen/jianghua/N.html` pages with the site's crumbs
(当前位置：中国教育文摘 > 范文 > 讲话稿), `h1` + `p.info` (时间 / 来源 / 阅读), the text in
`div#article_content` with a `（本文来自中国教育文摘 www.… ）` line closing it, a 本文地址 / 转载请注明 box,
上一篇 / 下一篇, 相关范文, the right column (最新范文, 热门阅读) and the footer with its ICP line."""

from common import SPEECHES, Family, render

HOST = "www.eduzhai-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/static/css/main.css" />
<script type="text/javascript" src="/static/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="top"><div class="wrap"><span class="welcome">欢迎来到中国教育文摘！</span><span class="toplink"><a href="/member/login.html" rel="nofollow">登录</a> | <a href="/member/reg.html" rel="nofollow">注册</a> | <a href="/sitemap.html">网站地图</a></span></div></div>
<div id="header" class="wrap"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="中国教育文摘" /></a></div>
<div class="so"><form action="/search.php" method="get"><input type="text" name="q" class="so_text" placeholder="请输入关键字" /><button type="submit" class="so_btn">搜索</button></form></div></div>
<div id="nav"><div class="wrap"><ul>
<li><a href="/">网站首页</a></li><li><a href="/jiaoyu/">教育资讯</a></li><li><a href="/jiaoan/">教案</a></li><li><a href="/lunwen/">论文</a></li><li class="cur"><a href="/fanwen/">范文</a></li><li><a href="/zuowen/">作文</a></li><li><a href="/shici/">诗词</a></li>
</ul></div></div>
"""

FOOT = """<div id="footer"><div class="wrap">
<p><a href="/about.html" rel="nofollow">关于本站</a> - <a href="/contact.html" rel="nofollow">联系我们</a> - <a href="/statement.html" rel="nofollow">免责声明</a> - <a href="/sitemap.html">网站地图</a></p>
<p>本站部分内容来源于网络，版权归原作者所有，如有侵权请联系我们删除。</p>
<p>Copyright &copy; 2009-2024 中国教育文摘 www.eduzhai-like.test <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鄂ICP备10012345号-1</a></p>
</div></div>
<script type="text/javascript" src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SITE_LINE = "（本文来自中国教育文摘 www.eduzhai-like.test ）"

ARTICLES = [
    (SPEECHES["f41d-3"], 386214, "2024-04-24 08:31", 2385),
    (SPEECHES["f41d-4"], 379503, "2024-03-13 14:07", 1716),
]


def url_of(aid):
    return f"/fanwen/jianghua/{aid}.html"


def side():
    return "".join(f'<li><a href="{url_of(a)}" title="{s.title}">{s.title}</a></li>' for s, a, *_ in ARTICLES)


def article(idx):
    speech, aid, stamp, hits = ARTICLES[idx]
    other = ARTICLES[1 - idx]
    prev = f'<a href="{url_of(other[1])}">{other[0].title}</a>' if idx == 0 else "没有了"
    nxt = f'<a href="{url_of(other[1])}">{other[0].title}</a>' if idx == 1 else "没有了"
    body = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    page = HEAD + """<div id="main" class="wrap">
<div class="position">当前位置：<a href="/">中国教育文摘</a> &gt; <a href="/fanwen/">范文</a> &gt; <a href="/fanwen/jianghua/">讲话稿</a> &gt; 正文</div>
<div class="main_l">
<div class="article">
<h1>@@TITLE_H@@</h1>
<p class="info"><span>时间：@@STAMP@@</span><span>来源：中国教育文摘</span><span>阅读：<em id="hits">@@HITS@@</em>次</span></p>
<div class="ad_article"><script type="text/javascript">eduzhai_ad("article_top");</script></div>
<div id="article_content" class="content">
@@BODY@@
<p>@@SITE_LINE@@</p>
</div>
<div class="copy_tip">本文地址：<a href="http://@@HOST@@@@URL@@">http://@@HOST@@@@URL@@</a><br />转载请注明出处：中国教育文摘</div>
<div class="ad_article"><script type="text/javascript">eduzhai_ad("article_bottom");</script></div>
<div class="pre_next"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
<div class="about"><h3>相关范文</h3><ul>@@SIDE@@<li><a href="/fanwen/jianghua/">更多讲话稿范文</a></li></ul></div>
</div>
</div>
<div class="main_r">
<div class="r_box"><h3>最新范文</h3><ul>@@SIDE@@</ul></div>
<div class="r_ad"><script type="text/javascript">eduzhai_ad("right_300");</script></div>
<div class="r_box"><h3>热门阅读</h3><ul>@@SIDE@@</ul></div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{speech.title} - 中国教育文摘", KEYWORDS=f"{speech.title},讲话稿",
                  DESC=speech.paras[1][:80], TITLE_H=speech.title, STAMP=stamp, HITS=hits, BODY=body,
                  SITE_LINE=SITE_LINE, HOST=HOST, URL=url_of(aid), PREV=prev, NEXT=nxt, SIDE=side())


def listing(items, n):
    rows = "\n".join(
        f'<li><h3><a href="{url_of(a)}" target="_blank">{s.title}</a></h3><p>{s.paras[1][:70]}…</p><span class="date">{stamp[:10]}</span></li>'
        for s, a, stamp, _h in items
    )
    pl = '<div class="pagelist">'
    pl += '<a href="/fanwen/jianghua/">首页</a><a href="/fanwen/jianghua/">上一页</a><b>2</b>' if n == 2 else '<b>1</b><a href="/fanwen/jianghua/list_2.html">2</a><a href="/fanwen/jianghua/list_2.html">下一页</a><a href="/fanwen/jianghua/list_2.html">尾页</a>'
    pl += "</div>"
    page = HEAD + """<div id="main" class="wrap">
<div class="position">当前位置：<a href="/">中国教育文摘</a> &gt; <a href="/fanwen/">范文</a> &gt; 讲话稿</div>
<div class="main_l"><div class="list"><ul>
@@ROWS@@
</ul>@@PL@@</div></div>
<div class="main_r"><div class="r_ad"><script type="text/javascript">eduzhai_ad("right_300");</script></div></div>
</div>
""" + FOOT
    return render(page, TITLE="讲话稿 - 中国教育文摘" if n == 1 else "讲话稿 - 第2页 - 中国教育文摘", KEYWORDS="讲话稿",
                  DESC="讲话稿范文", ROWS=rows, PL=pl)


def build() -> Family:
    fam = Family(HOST, "中国教育文摘 (eduzhai.net)-like 范文 site")
    fam.check_ignore.append(SITE_LINE)
    for idx, (speech, aid, stamp, _h) in enumerate(ARTICLES):
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech, published_at=stamp[:10])
    fam.put("/fanwen/jianghua/", listing(ARTICLES[:1], 1))
    fam.put("/fanwen/jianghua/list_2.html", listing(ARTICLES[1:], 2))
    fam.put("/", render(HEAD + """<div id="main" class="wrap"><div class="index_box"><h2><a href="/fanwen/jianghua/">讲话稿</a></h2><ul>@@SIDE@@</ul></div></div>
""" + FOOT, TITLE="中国教育文摘_教育资讯_教案_论文_范文", KEYWORDS="中国教育文摘", DESC="中国教育文摘", SIDE=side()))
    fam.not_documents += ["/", "/fanwen/jianghua/", "/fanwen/jianghua/list_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /member/\nDisallow: /search.php\nDisallow: /static/\n")
    fam.noise += [SITE_LINE, "本文来自中国教育文摘", "本文地址：", "转载请注明出处", "当前位置：", "阅读：", "相关范文", "最新范文", "热门阅读",
                  "上一篇：", "没有了", "鄂ICP备10012345号-1", "欢迎来到中国教育文摘"]
    return fam
