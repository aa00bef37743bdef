"""A machinery company site on PbootCMS 3 (PHP) in its default URL mode 兼容模式: every page is a
query on `/` (`/?news/`, `/?news/345.html`, `/?about/`), answered here by query routes. A bought
company template: `news-detail` block around `{content:content}` (UEditor paragraphs, an upload
under `/static/upload/image/YYYYMMDD/`), `{pboot:position}` breadcrumb, 发布时间/来源/浏览 line with
the `Do/visits` counter script, 上一篇/下一篇 (`没有了！`), 相关新闻, PbootCMS `{pboot:pagebar}`
on the list, a company footer with the 400 hotline, address and ICP."""

from common import SPEECHES, Family, render

HOST = "www.hengtong-pbootcms.test"

HEAD = """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="恒通精密,数控加工中心,精密机械,五轴加工中心">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/template/hengtong/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/hengtong/css/aoyun.css?v=v1.3.5">
<link rel="stylesheet" href="/template/hengtong/font-awesome-4.7.0/css/font-awesome.min.css">
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<script src="/template/hengtong/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="container">
    <span class="welcome">欢迎访问恒通精密机械有限公司官方网站！</span>
    <span class="top-tel"><i class="fa fa-phone"></i> 全国服务热线：<b>400-883-6216</b></span>
  </div>
</div>
<nav class="navbar navbar-expand-lg navbar-light bg-white fixed-top border-bottom">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/static/upload/image/20230315/1678862045391256.png" class="logo-sm-height" height="50" alt="恒通精密"></a>
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse justify-content-end" id="navbarNav">
      <ul class="navbar-nav">
        <li class="nav-item @@ON_HOME@@"><a class="nav-link" href="/">首页</a></li>
        <li class="nav-item"><a class="nav-link" href="/?about/">关于我们</a></li>
        <li class="nav-item"><a class="nav-link" href="/?product/">产品中心</a></li>
        <li class="nav-item @@ON_NEWS@@"><a class="nav-link" href="/?news/">新闻中心</a></li>
        <li class="nav-item"><a class="nav-link" href="/?case/">客户案例</a></li>
        <li class="nav-item"><a class="nav-link" href="/?job/">人才招聘</a></li>
        <li class="nav-item"><a class="nav-link" href="/?contact/">联系我们</a></li>
      </ul>
    </div>
  </div>
</nav>
<div class="head-sm-height"></div>
"""

FOOT = """<div class="footer mt-3 pt-5 border-top text-secondary bg-light">
  <div class="container">
    <div class="row pb-5">
      <div class="col-12 col-md-5">
        <h5>恒通精密机械有限公司</h5>
        <ul class="lh-2">
          <li>全国服务热线：400-883-6216</li>
          <li>销售电话：0574-8762 3350　传真：0574-8762 3351</li>
          <li>电子邮箱：sales@hengtong-jm.test</li>
          <li>公司地址：浙江省宁波市北仑区小港街道港城路188号</li>
        </ul>
      </div>
      <div class="col-12 col-md-5">
        <div class="row">
          <div class="col-4"><h5>关于我们</h5><ul class="lh-2"><li><a href="/?about/">公司简介</a></li><li><a href="/?honor/">荣誉资质</a></li></ul></div>
          <div class="col-4"><h5>新闻中心</h5><ul class="lh-2"><li><a href="/?news/">公司新闻</a></li></ul></div>
          <div class="col-4"><h5>联系我们</h5><ul class="lh-2"><li><a href="/?contact/">联系方式</a></li><li><a href="/?gbook/">在线留言</a></li></ul></div>
        </div>
      </div>
      <div class="col-12 col-md-2 text-center d-none d-md-block">
        <p class="code"><img src="/static/upload/image/20230315/1678862210478532.jpg" class="qrcode" alt="二维码"></p>
        <p class="small">扫码关注微信公众号</p>
      </div>
    </div>
  </div>
  <div class="copyright border-top lh-3 text-center d-none d-md-block">
    Copyright &copy; 2004-2025 恒通精密机械有限公司 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备13021467号-1</a>　<a href="/sitemap.xml" target="_blank">网站地图</a>
  </div>
</div>
<!-- 占位 -->
<div style="height:49px;" class="d-block d-sm-none"></div>
<!-- 手机底部导航 -->
<div class="container-fluid bg-info fixed-bottom d-block d-sm-none">
  <div class="row">
    <div class="col-4 p-0 text-center border-right"><a href="tel:4008836216" class="text-light d-block pt-3 pb-3"><i class="fa fa-phone" aria-hidden="true"></i> 电话咨询</a></div>
    <div class="col-4 p-0 text-center border-right"><a href="/?product/" class="text-light d-block pt-3 pb-3"><i class="fa fa-cubes" aria-hidden="true"></i> 产品中心</a></div>
    <div class="col-4 p-0 text-center"><a href="/?contact/" class="text-light d-block pt-3 pb-3"><i class="fa fa-location-arrow" aria-hidden="true"></i> 联系我们</a></div>
  </div>
</div>
<!-- 在线客服 -->
<div class="online d-none d-md-block"><dl><dt style="width:150px;"><h3><i class="fa fa-commenting-o"></i>在线咨询<span class="remove"><i class="fa fa-remove"></i></span></h3><p><a target="_blank" href="http://wpa.qq.com/msgrd?v=3&amp;uin=800123456&amp;site=qq&amp;menu=yes"><img border="0" src="/template/hengtong/images/qq.jpg" alt="点击这里给我发消息" title="点击这里给我发消息"/></a></p></dt><dd><i class="fa fa-commenting-o"></i></dd><dd>在线咨询</dd></dl></div>
<script src="/template/hengtong/js/popper.min.js"></script>
<script src="/template/hengtong/bootstrap/js/bootstrap.min.js"></script>
<script src="/template/hengtong/js/wow.min.js"></script>
<script src="/template/hengtong/js/aoyun.js?v=v1.2.2"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e1c7a8b2d3f4a6b9c0d1e2f3a4b5c6d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

BANNER = """<div class="page-banner" style="background:url(/static/upload/image/20230315/1678862377125873.jpg) no-repeat center;"><div class="container"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="container">
  <div class="position"><i class="fa fa-home" aria-hidden="true"></i> 当前位置：<a href="/">首页</a> &gt; <a href="/?news/">新闻中心</a> &gt; <a href="/?news/">公司新闻</a></div>
</div>
"""

# (speech, id, visits, photo, caption)
ARTICLES = [
    (SPEECHES["PB2"], 318, 1286, "/static/upload/image/20240619/1718763012546781.jpg", "公司成立二十周年庆典现场"),
    (SPEECHES["PB1"], 345, 2043, "/static/upload/image/20250120/1737358841672915.jpg", "2025年迎春年会现场"),
]

OTHER_NEWS = [
    ("恒通精密亮相第二十届中国国际机床展览会", "2024-04-12"),
    ("公司新一代五轴联动加工中心通过省级新产品鉴定", "2024-09-27"),
]


def url_of(a):
    return f"/?news/{a[1]}.html"


def detail(a):
    speech, cid, visits, photo, caption = a
    body = [f'<p style="text-align:center"><img src="{photo}" title="{caption}" alt="{caption}"/></p>']
    body += [f'<p style="text-indent: 2em; line-height: 1.75em;">{p}</p>' for p in speech.paras]
    i = ARTICLES.index(a)
    prev = f'<a href="{url_of(ARTICLES[i - 1])}">{ARTICLES[i - 1][0].title}</a>' if i > 0 else "没有了！"
    nxt = (
        f'<a href="{url_of(ARTICLES[i + 1])}">{ARTICLES[i + 1][0].title}</a>'
        if i + 1 < len(ARTICLES)
        else "没有了！"
    )
    related = "\n".join(
        f'        <li><a href="{url_of(o)}" title="{o[0].title}">{o[0].title}</a><span>{o[0].date}</span></li>'
        for o in ARTICLES
        if o is not a
    )
    page = (
        HEAD
        + BANNER
        + """<div class="container pages">
  <div class="row">
    <div class="col-12 col-md-9">
      <div class="news-detail">
        <h1 class="news-title">@@H1@@</h1>
        <div class="news-info text-center border-bottom text-secondary pb-2 mb-3">
          <span>发布时间：@@DATE@@</span>&nbsp;&nbsp;&nbsp;
          <span>来源：恒通精密</span>&nbsp;&nbsp;&nbsp;
          <span>浏览：@@VISITS@@次</span><script src='/?p=/Do/visits/id/@@CID@@' async='async'></script>
        </div>
        <div class="news-content">
@@BODY@@
        </div>
        <div class="news-tags mt-3">标签：<a href="/?tag=%E5%B9%B4%E4%BC%9A">年会</a> <a href="/?tag=%E8%87%B4%E8%BE%9E">致辞</a></div>
        <div class="news-page text-secondary lh-2 mt-3 border-top pt-3">
          <p>上一篇：@@PREV@@</p>
          <p>下一篇：@@NEXT@@</p>
        </div>
      </div>
      <div class="related-news mt-4">
        <h3 class="related-title border-bottom pb-2">相关新闻</h3>
        <ul class="list-unstyled lh-2">
@@RELATED@@
        </ul>
      </div>
    </div>
    <div class="col-12 col-md-3 d-none d-md-block">
      <div class="side-contact border p-3">
        <h4>联系我们</h4>
        <p>服务热线：<b>400-883-6216</b></p>
        <p>地址：浙江省宁波市北仑区小港街道港城路188号</p>
        <a class="btn btn-info btn-sm" href="/?gbook/">在线留言</a>
      </div>
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}-恒通精密机械有限公司",
        DESC=speech.paras[2][:80],
        ON_HOME="",
        ON_NEWS="active",
        H1=speech.title,
        DATE=f"{speech.date} {'10:26:41' if cid == 345 else '15:12:08'}",
        VISITS=visits,
        CID=cid,
        BODY="\n".join(body),
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def pagebar(total, url):
    """PbootCMS `{pboot:pagebar}`: one page here, so every link points at page 1 or nowhere."""
    return (
        f"<span class='page-status'>共{total}条 当前1/1页</span>"
        f"<span class='page-index'><a href='{url}'>首页</a></span>"
        "<span class='page-pre'><a href='javascript:;'>前一页</a></span>"
        f"<span class='page-numbar'><a href='{url}' class='page-num page-num-current'>1</a></span>"
        "<span class='page-next'><a href='javascript:;'>后一页</a></span>"
        f"<span class='page-last'><a href='{url}'>尾页</a></span>"
    )


def listing():
    rows = []
    for a in reversed(ARTICLES):
        speech = a[0]
        rows.append(
            f"""      <div class="media border-bottom pb-3 pt-3">
        <a href="{url_of(a)}"><img class="mr-3 news-img" src="{a[3]}" alt="{speech.title}"></a>
        <div class="media-body">
          <a href="{url_of(a)}"><h5 class="mt-0 mb-2">{speech.title}</h5></a>
          <p class="text-secondary mb-1">{speech.paras[2][:64]}…</p>
          <p class="text-secondary small">{speech.date}</p>
        </div>
      </div>"""
        )
    page = (
        HEAD
        + BANNER
        + """<div class="container pages">
  <div class="news-list">
@@ROWS@@
  </div>
  <div class="pagebar mt-4 mb-4">@@PAGEBAR@@</div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="新闻中心-恒通精密机械有限公司",
        DESC="恒通精密新闻中心",
        ON_HOME="",
        ON_NEWS="active",
        ROWS="\n".join(rows),
        PAGEBAR=pagebar(len(ARTICLES), "/?news/"),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "PbootCMS 3 company site (兼容模式 query URLs /?news/345.html, news-detail template, pagebar)",
    )
    home_news = "\n".join(
        f'        <li><a href="{url_of(a)}" title="{a[0].title}">{a[0].title}</a><span class="float-right">{a[0].date}</span></li>'
        for a in reversed(ARTICLES)
    )
    home = render(
        HEAD
        + """<div id="slideshow" class="carousel slide" data-ride="carousel"><div class="carousel-inner"><div class="carousel-item active"><img src="/static/upload/image/20230315/1678862501283614.jpg" alt="恒通精密"></div></div></div>
<div class="container">
  <div class="text-center my-5"><h2>关于恒通</h2><p class="text-secondary">恒通精密机械有限公司成立于2004年，是一家专业从事精密数控机床研发、生产和销售的国家高新技术企业。</p><a class="btn btn-outline-info" href="/?about/">了解更多</a></div>
  <div class="row">
    <div class="col-12 col-md-6">
      <div class="index-title"><h3>公司新闻</h3><a href="/?news/" class="more">MORE +</a></div>
      <ul class="index-news lh-3">
@@ROWS@@
      </ul>
    </div>
    <div class="col-12 col-md-6">
      <div class="index-title"><h3>行业动态</h3></div>
      <ul class="index-news lh-3">
@@OTHER@@
      </ul>
    </div>
  </div>
</div>
"""
        + FOOT,
        TITLE="恒通精密机械有限公司-数控加工中心_五轴加工中心_精密机械",
        DESC="恒通精密机械有限公司专业生产数控加工中心、五轴联动加工中心，全国服务热线400-883-6216。",
        ON_HOME="active",
        ON_NEWS="",
        ROWS=home_news,
        OTHER="\n".join(f"        <li>{t}<span class=\"float-right\">{d}</span></li>" for t, d in OTHER_NEWS),
    )
    fam.put("/", home)
    fam.route("/?news/", "_q/news.html", listing())
    fam.not_documents += ["/", "/?news/"]
    for a in ARTICLES:
        fam.route(url_of(a), f"_q/news-{a[1]}.html", detail(a))
        fam.doc([url_of(a)], a[0])
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + f"<url><loc>{fam.url('/')}</loc><priority>1.00</priority></url>\n"
        + f"<url><loc>{fam.url('/?news/')}</loc><priority>0.80</priority></url>\n"
        + "".join(
            f"<url><loc>{fam.url(url_of(a))}</loc><lastmod>{a[0].date}</lastmod><changefreq>daily</changefreq><priority>0.60</priority></url>\n"
            for a in ARTICLES
        )
        + "</urlset>\n",
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /apps/\nDisallow: /core/\nDisallow: /data/\nDisallow: /admin.php\nSitemap: http://www.hengtong-pbootcms.test/sitemap.xml\n")
    fam.noise += [
        "当前位置",
        "发布时间",
        "来源：恒通精密",
        "浏览：",
        "标签：",
        "上一篇",
        "下一篇",
        "没有了！",
        "相关新闻",
        "400-883-6216",
        "港城路188号",
        "浙ICP备13021467号-1",
        "版权所有",
        "在线咨询",
        "公司新闻",
        "一家专业从事精密数控机床研发",
    ]
    return fam
