"""范文 / 公文 site on WordPress 6.3 with the Modown-style theme and the erphpdown paid-content plugin:
numeric permalinks `/NNNN.html`, `article-header` (h1, `article-meta` with 日期 / 分类 / 阅读), the
text in `div.article-content`; one speech cut by erphpdown's `[erphpdown]` box (`div.erphpdown-see`:
内容查看 / 此处内容已隐藏，付费后可见 / price / 登录 / VIP免费查看) → truncated; the other whole, followed by
erphpdown's 下载 box (`erphpdown-box`); 版权声明 line, tags, 上一篇 / 下一篇, 相关推荐, comments closed;
home → `/category/jianghua/` → `/category/jianghua/page/2/` (not a document)."""

from common import SPEECHES, Family, render

HOST = "www.gongwenku-wp.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//www.gongwenku-wp.test' />
<link rel="alternate" type="application/rss+xml" title="公文范文库 &raquo; Feed" href="http://www.gongwenku-wp.test/feed" />
<link rel='stylesheet' id='wp-block-library-css' href='http://www.gongwenku-wp.test/wp-includes/css/dist/block-library/style.min.css?ver=6.3.2' type='text/css' media='all' />
<link rel='stylesheet' id='erphpdown-css' href='http://www.gongwenku-wp.test/wp-content/plugins/erphpdown/static/erphpdown.css?ver=15.21' type='text/css' media='screen' />
<link rel='stylesheet' id='modown-style-css' href='http://www.gongwenku-wp.test/wp-content/themes/modown/static/css/base.css?ver=8.91' type='text/css' media='all' />
<script type='text/javascript' src='http://www.gongwenku-wp.test/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<script type='text/javascript' id='erphpdown-js-extra'>
/* <![CDATA[ */
var _ERPHP = {"ajaxurl":"http:\\/\\/www.gongwenku-wp.test\\/wp-admin\\/admin-ajax.php"};
/* ]]> */
</script>
<script type='text/javascript' src='http://www.gongwenku-wp.test/wp-content/plugins/erphpdown/static/erphpdown.js?ver=15.21' id='erphpdown-js'></script>
<link rel="https://api.w.org/" href="http://www.gongwenku-wp.test/wp-json/" />
<meta name="generator" content="WordPress 6.3.2" />
@@CANON@@
</head>
<body class="@@BODY@@">
<header class="header">
<div class="container clearfix">
<div class="logo"><a href="http://www.gongwenku-wp.test" title="公文范文库"><img src="http://www.gongwenku-wp.test/wp-content/uploads/2023/02/logo.png" alt="公文范文库"></a></div>
<ul class="nav-main">
<li id="menu-item-12" class="menu-item"><a href="http://www.gongwenku-wp.test/">首页</a></li>
<li id="menu-item-13" class="menu-item@@CUR@@"><a href="http://www.gongwenku-wp.test/category/jianghua/">领导讲话</a></li>
<li id="menu-item-14" class="menu-item"><a href="http://www.gongwenku-wp.test/category/zongjie/">工作总结</a></li>
<li id="menu-item-15" class="menu-item"><a href="http://www.gongwenku-wp.test/category/fayan/">表态发言</a></li>
<li id="menu-item-16" class="menu-item"><a href="http://www.gongwenku-wp.test/category/shuzhi/">述职述廉</a></li>
<li id="menu-item-17" class="menu-item"><a href="http://www.gongwenku-wp.test/vip">开通VIP</a></li>
</ul>
<div class="nav-right">
<div class="nav-search"><a href="javascript:;" class="search-loader"><i class="icon icon-search"></i></a></div>
<div class="nav-login"><a href="http://www.gongwenku-wp.test/login" class="signin-loader"><i class="icon icon-user"></i><span>登录</span></a><b></b><a href="http://www.gongwenku-wp.test/login?action=register" class="signup-loader"><span>注册</span></a></div>
</div>
</div>
</header>
"""

FOOT = """<footer class="footer">
<div class="container">
<div class="footer-widgets">
<p>公文范文库专注于讲话稿、发言稿、工作总结等公文范文的整理与分享，所有内容仅供学习参考。</p>
</div>
<div class="copyright">Copyright &copy; 2019-2024 <a href="http://www.gongwenku-wp.test">公文范文库</a> 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备19038817号-1</a> &nbsp; Powered by WordPress</div>
</div>
</footer>
<div class="rollbar"><ul><li class="qq-li"><a href="http://wpa.qq.com/msgrd?v=3&uin=2876451932&site=qq&menu=yes" target="_blank" rel="nofollow"><i class="icon icon-qq"></i><h6>在线客服</h6></a></li><li class="totop-li"><a href="javascript:;" class="totop"><i class="icon icon-top"></i><h6>返回顶部</h6></a></li></ul></div>
<script type='text/javascript' src='http://www.gongwenku-wp.test/wp-content/themes/modown/static/js/main.js?ver=8.91' id='modown-main-js'></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2d4c7a9e81f0b35c6a1e9d07f4b2c813";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

POSTS = [
    dict(sp=SPEECHES["f51a-1"], id=2563, cut=3, views=1287, tags=["安全生产", "防汛", "讲话稿"],
         time="2024-04-18 21:12", cat=("jianghua", "领导讲话")),
    dict(sp=SPEECHES["f51a-2"], id=2571, cut=None, views=642, tags=["社区工作者", "培训班", "开班讲话"],
         time="2024-07-09 15:40", cat=("jianghua", "领导讲话")),
]

PAYBOX = """<div class="erphpdown erphpdown-see erphpdown-see-pay erphpdown-content-vip" id="erphpdown" style="display:block"><div class="erphpdown-title">内容查看</div>此处内容已隐藏，付费后可见<br />本文隐藏内容查看价格为<span class="erphpdown-price">5</span>元，请先<a href="http://www.gongwenku-wp.test/login" target="_blank" class="erphp-login-must signin-loader">登录</a><div class="erphpdown-tips">VIP会员免费查看（<a href="http://www.gongwenku-wp.test/vip" target="_blank">升级VIP</a>），已有<b>86</b>人购买</div></div>
"""

DOWNBOX = """<div class="erphpdown-box"><span class="erphpdown-title">资源下载</span><div class="erphpdown-con clearfix"><div class="erphpdown-price">下载价格<span>2</span> 元</div><div class="erphpdown-cart"><div class="vip">VIP免费下载</div><a href="http://www.gongwenku-wp.test/wp-content/plugins/erphpdown/buy.php?postid=@@ID@@" class="down erphpdown-iframe" target="_blank">立即购买</a></div></div><div class="tips2">下载的文件为Word（.docx）格式，可直接编辑。</div></div>
"""


def article(p, prev, nxt):
    sp = p["sp"]
    paras = sp.paras[: p["cut"]] if p["cut"] else sp.paras
    body = "\n".join(f"<p>{x}</p>" for x in paras)
    if p["cut"]:
        body += "\n" + PAYBOX
    else:
        body += "\n" + render(DOWNBOX, ID=p["id"])
    tags = "".join(f'<a href="http://www.gongwenku-wp.test/tag/{i}" rel="tag">{t}</a>' for i, t in enumerate(p["tags"], 31))
    url = f"http://{HOST}/{p['id']}.html"
    html = render(HEAD, TITLE=f"{sp.title} - 公文范文库", KW=",".join(p["tags"]), DESC=paras[1][:80],
                  CANON=f'<link rel="canonical" href="{url}" />',
                  BODY=f"post-template-default single single-post postid-{p['id']} single-format-standard", CUR="")
    html += f"""<div class="main">
<div class="container clearfix">
<div class="breadcrumbs">当前位置：<a href="http://www.gongwenku-wp.test">首页</a> <i class="icon icon-arrow-right"></i> <a href="http://www.gongwenku-wp.test/category/{p['cat'][0]}/">{p['cat'][1]}</a> <i class="icon icon-arrow-right"></i> 正文</div>
<div class="content-wrap"><div class="content">
<article class="single-content">
<div class="article-header">
<h1 class="article-title">{sp.title}</h1>
<div class="article-meta">
<span class="item"><i class="icon icon-time"></i> {p['time']}</span>
<span class="item item-cats"><i class="icon icon-cat"></i> <a href="http://www.gongwenku-wp.test/category/{p['cat'][0]}/">{p['cat'][1]}</a></span>
<span class="item"><i class="icon icon-eye"></i> {p['views']}</span>
<span class="item"><a href="#comments"><i class="icon icon-comment"></i> 0</a></span>
</div>
</div>
<div class="article-content clearfix">
{body}
</div>
<div class="article-copyright">声明：本站所有文章资源内容，如无特殊说明或标注，均为采集网络资源。如若本站内容侵犯了原著者的合法权益，可联系本站删除。</div>
<div class="article-tags">标签：{tags}</div>
<div class="article-act">
<a href="javascript:;" class="article-zan" data-id="{p['id']}"><i class="icon icon-zan"></i> <span>3</span></a>
<a href="javascript:;" class="article-shang"><i class="icon icon-shang"></i> 打赏</a>
<a href="javascript:;" class="article-collect" data-id="{p['id']}"><i class="icon icon-star"></i> 收藏</a>
</div>
<div class="article-shares"><b>分享到：</b><a href="javascript:;" data-url="{url}" class="share-weixin"><i class="icon icon-weixin"></i></a><a href="javascript:;" class="share-qq"><i class="icon icon-qq"></i></a><a href="javascript:;" class="share-weibo"><i class="icon icon-weibo"></i></a></div>
</article>
<nav class="article-nav">
<span class="article-nav-prev">{prev}</span>
<span class="article-nav-next">{nxt}</span>
</nav>
<div class="single-related"><h3 class="related-title"><i class="icon icon-related"></i> 相关推荐</h3>
<ul>
<li><a href="http://www.gongwenku-wp.test/2488.html">在全镇秸秆禁烧工作会议上的讲话</a></li>
<li><a href="http://www.gongwenku-wp.test/2502.html">2024年上半年安全生产工作总结</a></li>
<li><a href="http://www.gongwenku-wp.test/2519.html">在全县信访工作会议上的讲话</a></li>
</ul></div>
<div class="single-comment" id="comments"><h3 class="comments-title">评论 (0)</h3><div class="comment-closed">抱歉，评论功能已关闭！</div></div>
</div></div>
<aside class="sidebar">
<div class="widget widget-vip"><h3>开通VIP会员</h3><p>全站公文范文免费查看、免费下载，每日更新</p><a href="http://www.gongwenku-wp.test/vip" class="btn">立即开通</a></div>
<div class="widget widget_postlist"><h3>热门文章</h3><ul>
<li><a href="http://www.gongwenku-wp.test/2412.html">在2024年度民主生活会上的对照检查发言</a></li>
<li><a href="http://www.gongwenku-wp.test/2437.html">党支部书记抓基层党建工作述职报告</a></li>
</ul></div>
</aside>
</div>
</div>
"""
    return html + FOOT


def build() -> Family:
    fam = Family(HOST, "WordPress 6.3 + Modown theme + erphpdown 付费阅读 (公文范文 site)",
                 content_type="text/html; charset=UTF-8")
    a, b = POSTS
    link = lambda p, lab: f'{lab}<a href="http://{HOST}/{p["id"]}.html" rel="{"prev" if lab.startswith("上") else "next"}">{p["sp"].title}</a>'
    fam.put(f"/{a['id']}.html", article(a, '上一篇：<a href="http://www.gongwenku-wp.test/2519.html" rel="prev">在全县信访工作会议上的讲话</a>', link(b, "下一篇：")))
    fam.put(f"/{b['id']}.html", article(b, link(a, "上一篇："), "下一篇：没有了"))

    def card(p):
        sp = p["sp"]
        return f"""<div class="post grid" data-id="{p['id']}">
<div class="img"><a href="http://{HOST}/{p['id']}.html" title="{sp.title}" rel="bookmark"><img src="http://{HOST}/wp-content/themes/modown/static/img/thumbnail.png" class="thumb" alt="{sp.title}"></a></div>
<div class="cat"><a href="http://{HOST}/category/jianghua/">领导讲话</a></div>
<h3 itemprop="name headline"><a itemprop="url" rel="bookmark" href="http://{HOST}/{p['id']}.html" title="{sp.title}">{sp.title}</a></h3>
<div class="excerpt">{sp.paras[1][:60]}...</div>
<div class="grid-meta"><span class="time"><i class="icon icon-time"></i> {p['time'][:10]}</span><span class="views"><i class="icon icon-eye"></i> {p['views']}</span><span class="price"><span class="vip-tag"><i>VIP</i></span></span></div>
</div>"""

    older = """<div class="post grid" data-id="2519">
<h3><a href="http://www.gongwenku-wp.test/2519.html">在全县信访工作会议上的讲话</a></h3>
<div class="excerpt">同志们：今天召开全县信访工作会议，主要任务是...</div>
<div class="grid-meta"><span class="time"><i class="icon icon-time"></i> 2024-03-28</span></div>
</div>"""
    pager1 = f'<div class="pagination"><ul><li class="active"><span>1</span></li><li><a href="http://{HOST}/category/jianghua/page/2/">2</a></li><li class="next-page"><a href="http://{HOST}/category/jianghua/page/2/">下一页</a></li></ul></div>'
    pager2 = f'<div class="pagination"><ul><li class="prev-page"><a href="http://{HOST}/category/jianghua/">上一页</a></li><li><a href="http://{HOST}/category/jianghua/">1</a></li><li class="active"><span>2</span></li></ul></div>'
    def listing(title, cards, pager, body):
        return render(HEAD, TITLE=title, KW="领导讲话,讲话稿", DESC="领导讲话稿范文", CANON="", BODY=body, CUR=" current-menu-item") + f"""<div class="main"><div class="container">
<div class="archive-header"><h1>领导讲话</h1><p>领导讲话稿、会议讲话、开班讲话范文</p></div>
<div id="posts" class="posts clearfix">
{cards}
</div>
{pager}
</div></div>
""" + FOOT
    fam.put("/category/jianghua/", listing("领导讲话 - 公文范文库", card(b) + "\n" + card(a), pager1, "archive category category-jianghua"))
    fam.put("/category/jianghua/page/2/", listing("领导讲话 - 第2页 - 公文范文库", older, pager2, "archive category category-jianghua paged paged-2"))
    home = render(HEAD, TITLE="公文范文库 - 讲话稿_发言稿_工作总结范文下载", KW="讲话稿,发言稿,公文范文", DESC="公文范文库提供讲话稿、发言稿、工作总结等范文", CANON="", BODY="home blog", CUR="") + f"""<div class="banner"><div class="container"><h2>海量公文范文，一站下载</h2><form action="http://{HOST}/" class="search-form"><input type="text" name="s" placeholder="输入关键词搜索"><button type="submit">搜索</button></form></div></div>
<div class="main"><div class="container">
<div class="cat-title"><h3>领导讲话</h3><a href="http://{HOST}/category/jianghua/" class="more">更多</a></div>
<div class="posts clearfix">
{card(b)}
{card(a)}
</div>
</div></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: http://{HOST}/wp-sitemap.xml\n")
    fam.put("/wp-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://{HOST}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n')
    fam.put("/wp-sitemap-posts-post-1.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://{HOST}/{a["id"]}.html</loc></url><url><loc>http://{HOST}/{b["id"]}.html</loc></url></urlset>\n')
    fam.doc([f"/{a['id']}.html"], a["sp"], truncated=True, text="\n".join(a["sp"].paras[:a["cut"]]))
    fam.doc([f"/{b['id']}.html"], b["sp"])
    fam.noise = ["此处内容已隐藏，付费后可见", "本文隐藏内容查看价格为", "VIP会员免费查看", "下载的文件为Word", "声明：本站所有文章资源内容", "抱歉，评论功能已关闭"]
    fam.not_documents = ["/category/jianghua/page/2/"]
    return fam
