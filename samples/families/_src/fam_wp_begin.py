"""A 范文 blog on WordPress 6.4 with the Chinese theme Begin (知更鸟): numeric permalinks
`/archives/N/`, a post cut by `<!--nextpage-->` into `/archives/N/` and `/archives/N/2/` printed by
Begin's `page-links` pager (`post-page-numbers`, 下一页); `nav.breadcrumb` with `be` icon font, `begin-single-meta`
(日期 / 评论 / 浏览 / 字数), `single-content` with the speech's part headings wrapped in `span.title-i`
(from which Begin builds its floating 文章目录 box), `#social` 赞 / 赏 / 分享 bar, `copyright-post`
转载 note, `content-tag`, author box, `nav-single` 上一篇 / 下一篇, `related-img` 相关文章 grid, comments and
the comment form, sidebar widgets (`title-i` headings), `#scroll` tool buttons and the ICP footer."""

import html

from common import SPEECHES, Family, split_paras

HOST = "www.zhigengniao-fanwen.test"
SITE = "知更范文网"
THEME = "/wp-content/themes/begin"


def esc(s):
    return html.escape(s, quote=False)


POSTS = [
    dict(pid=2056, speech=SPEECHES["R32A1"], date="2024-03-23", time="2024-03-23 09:41:17",
         cat=("jianghuagao", "讲话稿"), tags=["人居环境", "乡镇讲话", "推进会"], views="3,281", likes=27,
         parts=2,
         comments=[
             (318, 0, "青山依旧", "2024年3月25日 上午10:12", "正好下周要开类似的会，框架很清楚，收藏了。"),
             (319, 318, "知更范文", "2024年3月25日 下午2:30", "感谢支持，需要Word版可以在右侧找到下载说明。"),
             (322, 0, "乡镇小秘", "2024年3月28日 下午4:05", "第三部分督查考核那段写得实在，拿去改改就能用。"),
         ]),
    dict(pid=2071, speech=SPEECHES["R32A4"], date="2024-06-19", time="2024-06-19 20:15:02",
         cat=("zhici", "致辞"), tags=["毕业典礼", "校长致辞", "高中"], views="5,907", likes=64,
         parts=1,
         comments=[
             (401, 0, "一中老班", "2024年6月20日 上午7:48", "“教学楼三楼的灯会一直亮着”，读到这里眼眶湿了。"),
         ]),
]
OTHERS = [
    (2069, "2024年党支部书记述职报告范文", ("shuzhi", "述职报告"), "2024-06-12"),
    (2063, "在防汛工作会议上的表态发言", ("fayan", "表态发言"), "2024-05-30"),
    (2060, "在五四青年节座谈会上的讲话", ("jianghuagao", "讲话稿"), "2024-05-04"),
    (2052, "开学典礼教师代表发言稿", ("fayan", "表态发言"), "2024-02-26"),
]
ALL = sorted([(p["pid"], p["speech"].title, p["cat"], p["date"]) for p in POSTS] + OTHERS, key=lambda r: -r[0])
SERVED = {p["pid"] for p in POSTS}


def link(pid, page=1):
    return f"/archives/{pid}/" + (f"{page}/" if page > 1 else "")


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def head(title, desc, canonical, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<title>{esc(title)}</title>
<meta name="description" content="{html.escape(desc)}" />
<meta name="keywords" content="讲话稿,发言稿,致辞,工作总结,范文" />
<link rel="shortcut icon" href="http://{HOST}/wp-content/uploads/2021/03/favicon.ico">
<link rel="apple-touch-icon" sizes="114x114" href="http://{HOST}/wp-content/uploads/2021/03/favicon.png" />
<link rel="pingback" href="http://{HOST}/xmlrpc.php">
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="http://{HOST}/feed" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; 评论Feed" href="http://{HOST}/comments/feed" />
{extra}<link rel='stylesheet' id='wp-block-library-css' href='http://{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='begin-style-css' href='http://{HOST}{THEME}/style.css?ver=2023/12/26' type='text/css' media='all' />
<link rel='stylesheet' id='be-css' href='http://{HOST}{THEME}/css/be.css?ver=2023/12/26' type='text/css' media='all' />
<link rel='stylesheet' id='super-menu-css' href='http://{HOST}{THEME}/css/super-menu.css?ver=2023/12/26' type='text/css' media='all' />
<link rel='stylesheet' id='dashicons-css' href='http://{HOST}/wp-includes/css/dashicons.min.css?ver=6.4.3' type='text/css' media='all' />
<script type="text/javascript" src="http://{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="http://{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="http://{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://{HOST}/xmlrpc.php?rsd" />
<link rel="canonical" href="{canonical}" />
<style type="text/css">:root {{--be-site-width:1122px;}} .thumbnail {{max-width: 280px;}} @media screen and (max-width: 480px) {{.thumbnail {{max-width: 100px;}}}}</style>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f1c2a6e0b9d4e7a8c3f2b1d0e9a8b7c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
"""


def top(body_class):
    menu = "".join(
        f'<li id="menu-item-{i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{i}">'
        f'<a href="/category/{slug}">{name}</a></li>\n'
        for i, (slug, name) in enumerate(
            [("jianghuagao", "讲话稿"), ("fayan", "表态发言"), ("zhici", "致辞"), ("shuzhi", "述职报告"), ("zongjie", "工作总结")], 31)
    )
    return f"""<body class="{body_class}">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header site-header-s">
<div id="header-main" class="header-main">
<nav id="top-header">
<div class="top-menu">
<div class="nav-login"><a href="#" class="show-layer cur" data-show-layer="login-layer" role="button"><i class="be be-timerauto"></i>登录</a></div>
<ul id="menu-top" class="top-menu"><li class="menu-item"><a href="/about">关于本站</a></li>
<li class="menu-item"><a href="/tougao">投稿须知</a></li>
<li class="menu-item"><a href="/sitemap.xml">网站地图</a></li></ul>
</div>
</nav>
<div id="menu-container" class="be-menu-main">
<div id="navigation-top">
<span class="nav-search"></span>
<div class="logo-site">
<p class="site-title"><a href="http://{HOST}/"><img src="http://{HOST}/wp-content/uploads/2021/03/logo.png" title="{SITE}" alt="{SITE}" rel="home" /><span class="site-name">{SITE}</span></a></p>
</div>
<div id="site-nav-wrap">
<div id="sidr-close"><a href="#sidr-close" class="toggle-sidr-close"></a></div>
<nav id="site-nav" class="main-nav">
<div id="navigation-toggle" class="bars"><i class="be be-menu"></i></div>
<ul id="menu-zhu" class="down-menu nav-menu"><li id="menu-item-30" class="menu-item menu-item-type-custom menu-item-home menu-item-30"><a href="http://{HOST}/"><i class="be be-home"></i><span class="font-text">首页</span></a></li>
{menu}</ul>
</nav>
</div>
</div>
</div>
</div>
</header>
<div id="search-main">
<div class="searchbar">
<form method="get" id="searchform" action="http://{HOST}/">
<span class="search-input"><input type="text" value="" name="s" id="s" placeholder="输入搜索内容" required /><button type="submit" id="searchsubmit"><i class="be be-search"></i></button></span>
</form>
</div>
</div>
<div id="content" class="site-content">
"""


def sidebar():
    recent = "".join(f'<li><a href="{link(pid)}" rel="bookmark">{esc(t)}</a></li>\n' for pid, t, _, _ in ALL[:5])
    return f"""<div id="sidebar" class="widget-area all-sidebar">
<aside id="about-1" class="widget about wow fadeInUp"><h3 class="widget-title"><span class="title-i"><span class="title-a"></span><span class="title-b"></span><span class="title-c"></span><span class="title-d"></span></span>关于本站</h3>
<div id="feed_widget"><div class="feed-about"><div class="about-main"><div class="about-img"><img src="http://{HOST}/wp-content/uploads/2021/03/about.jpg" alt="name"/></div><div class="clear"></div><div class="about-name">知更范文</div><div class="about-the">专注讲话稿、发言稿、致辞范文分享，所有文章仅供学习参考。</div></div><div class="clear"></div><ul><li class="feed-RSS"><a title="订阅本站" href="http://{HOST}/feed" target="_blank" rel="external nofollow"><i class="be be-rss"></i></a></li></ul><div class="about-inf"><span class="about-pn">文章<br /><span class="about-cn">1,286</span></span><span class="about-cn">浏览<br />2,045,318</span></div></div></div>
</aside>
<aside id="recent_posts-2" class="widget new_cat wow fadeInUp"><h3 class="widget-title"><span class="title-i"><span class="title-a"></span><span class="title-b"></span><span class="title-c"></span><span class="title-d"></span></span>最新文章</h3>
<div class="new_cat"><ul>
{recent}</ul></div>
</aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html wow fadeInUp"><h3 class="widget-title"><span class="title-i"><span class="title-a"></span><span class="title-b"></span><span class="title-c"></span><span class="title-d"></span></span>Word版下载说明</h3><div class="textwidget custom-html-widget">本站范文均可免费阅读。需要Word原版的朋友，请在文章下方点“赏”赞助任意金额后留言邮箱，24小时内发送。</div></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud wow fadeInUp"><h3 class="widget-title"><span class="title-i"><span class="title-a"></span><span class="title-b"></span><span class="title-c"></span><span class="title-d"></span></span>热门标签</h3><div class="tagcloud"><a href="/tag/jianghua" class="tag-cloud-link" style="font-size: 22pt;">讲话稿</a>
<a href="/tag/zhici" class="tag-cloud-link" style="font-size: 16pt;">致辞</a>
<a href="/tag/biaotai" class="tag-cloud-link" style="font-size: 12pt;">表态发言</a></div></aside>
</div>
"""


def footer():
    return f"""<div class="clear"></div>
</div><!-- .site-content -->
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info">
<p style="text-align: center;">Copyright ©  2024  {SITE}  版权所有.</p>
<p style="text-align: center;">本站文章均来自网络或网友投稿，仅供学习参考，如有侵权请联系删除。</p>
<span class="add-info"><a href="https://beian.miit.gov.cn/" rel="external nofollow" target="_blank">鄂ICP备2021004518号-1</a>
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=42010202002614" rel="external nofollow" target="_blank"><img src="http://{HOST}{THEME}/img/gaba.png"> 鄂公网安备 42010202002614号</a></span>
</div>
</footer>
<ul id="scroll" class="scroll-but">
<li class="toc-scroll toc-no"><a class="toc-button fo" title="文章目录"><i class="be be-menu"></i></a><div class="toc-prompt"><div class="toc-arrow dah">文章目录<i class="be be-playarrow"></i></div></div></li>
<li><a class="scroll-home fo" href="http://{HOST}/" title="首页" rel="home"><i class="be be-home"></i></a></li>
<li><a class="scroll-h fo" title="返回顶部"><i class="be be-arrowup"></i></a></li>
<li><a class="scroll-c fo" title="评论"><i class="be be-speechbubble"></i></a></li>
<li><a class="scroll-b fo" title="转到底部"><i class="be be-arrowdown"></i></a></li>
<li class="foh"><a class="scroll-search fo" title="搜索"><i class="be be-search"></i></a></li>
</ul>
<div class="login-overlay" id="login-layer">
<div id="login">
<div class="login-t">用户登录</div>
<form action="http://{HOST}/wp-login.php" method="post" id="loginform"><p><input type="text" name="log" id="log" class="input" value="" placeholder="用户名" /></p><p><input type="password" name="pwd" id="pwd" class="input" value="" placeholder="密码" /></p><input type="submit" name="submit" value="登录" class="button" /></form>
<div class="reg-login"><a href="http://{HOST}/registered">立即注册</a></div>
</div>
</div>
</div><!-- #page -->
<script type="text/javascript" id="superfish-js-extra">
/* <![CDATA[ */
var assetsData = {{"postID":"","ajaxurl":"http:\\/\\/{HOST}\\/wp-admin\\/admin-ajax.php"}};
/* ]]> */
</script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/superfish.js?ver=2023/12/26" id="superfish-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/begin-script.js?ver=2023/12/26" id="be_script-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/wow.js?ver=0.1.9" id="wow-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/sticky.js?ver=1.6.0" id="sticky-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/ias.js?ver=2.2.1" id="ias-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/qrious.js?ver=2023/12/26" id="qrious-js-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/owl.js?ver=2.3.4" id="owl-js"></script>
<script type="text/javascript" src="http://{HOST}{THEME}/js/fancybox.js?ver=2023/12/26" id="fancybox-js"></script>
<script type="text/javascript" src="http://{HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>
"""


ADMIN = '<span class="author-admin">博主</span>'


def is_heading(p):
    return p[:2] in ("一、", "二、", "三、", "四、", "五、") and len(p) < 40


def content_html(paras):
    out, n = [], 0
    for p in paras:
        if is_heading(p):
            out.append(f'<h3><span id="title-{n}" class="title-i">{esc(p)}</span></h3>')
            n += 1
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out), n


def page_links(pid, page, parts):
    if parts == 1:
        return ""
    bits = []
    if page > 1:
        bits.append(f'<a href="{link(pid, page - 1)}" class="post-page-numbers"><span><i class="be be-arrowleft"></i></span></a>')
    for i in range(1, parts + 1):
        if i == page:
            bits.append(f'<span class="post-page-numbers current" aria-current="page"><span>{i}</span></span>')
        else:
            bits.append(f'<a href="{link(pid, i)}" class="post-page-numbers"><span>{i}</span></a>')
    if page < parts:
        bits.append(f'<a href="{link(pid, page + 1)}" class="post-page-numbers"><span><i class="be be-arrowright"></i></span></a>')
    return '<div class="page-links">' + " ".join(bits) + "</div>\n"


def post_page(post, page, paras, prev, nxt):
    sp = post["speech"]
    pid = post["pid"]
    slug, cname = post["cat"]
    body, nh = content_html(paras)
    title = sp.title + (f" - 第{page}页" if page > 1 else "")
    url = f"http://{HOST}{link(pid, page)}"
    desc = "".join(p for p in sp.paras[:3])[:110]
    toc = ""
    if nh:
        heads = [p for p in paras if is_heading(p)]
        toc = ('<div class="toc-box"><div class="toc-main"><div class="toc-title-box"><span class="toc-title">文章目录</span></div>'
               '<ul class="toc-ul">' + "".join(
                   f'<li class="sup toc-level-3"><a href="#title-{i}" rel="external nofollow">{esc(h)}</a></li>' for i, h in enumerate(heads))
               + '</ul></div></div>\n')
    tags = "".join(f'<a href="/tag/{i}" rel="tag">{esc(t)}</a>' for i, t in enumerate(post["tags"], 77))
    comments = []
    for cid, parent, author, when, text in post["comments"]:
        depth = 2 if parent else 1
        comments.append(
            f'<li class="comment {"byuser comment-author-admin bypostauthor " if parent else ""}{"odd alt" if parent else "even"} thread-{"even" if depth == 1 else "odd"} depth-{depth}" id="comment-{cid}">\n'
            f'<div id="div-comment-{cid}" class="comment-body">\n<div class="comment-author vcard">\n'
            f'<img class="avatar" src="http://{HOST}{THEME}/img/default_avatar.png" alt="avatar" width="96" height="96">\n'
            f'<strong>{esc(author)} </strong>{ADMIN if parent else ""}<span class="comment-meta commentmetadata"><br />\n'
            f'<span class="comment-aux"><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond" data-commentid="{cid}" data-postid="{pid}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="回复给{esc(author)}" aria-label="回复给{esc(author)}">回复</a></span>{when}</span></span>\n'
            f'<p>{esc(text)}</p>\n</div>\n</div>\n</li><!-- #comment-## -->\n'
        )
    # replies nest in WordPress's children list
    parts_c = []
    for (cid, parent, *_), c in zip(post["comments"], comments):
        if parent and parts_c:
            last = parts_c[-1]
            cut = last.rindex("</li><!-- #comment-## -->")
            parts_c[-1] = last[:cut] + '<ul class="children">\n' + c + "</ul><!-- .children -->\n" + last[cut:]
        else:
            parts_c.append(c)
    clist = "".join(parts_c)
    prev_html = (f'<span class="meta-nav nav-previous"><a href="{link(prev[0])}" rel="prev"><span class="meta-nav-l"><i class="be be-arrowleft"></i> 上一篇</span><br/>{esc(prev[1])}</a></span>' if prev else '<span class="meta-nav nav-previous"><span class="meta-nav-l">已是最早文章</span></span>')
    next_html = (f'<span class="meta-nav nav-next"><a href="{link(nxt[0])}" rel="next"><span class="meta-nav-r">下一篇 <i class="be be-arrowright"></i></span><br/>{esc(nxt[1])}</a></span>' if nxt else '<span class="meta-nav nav-next"><span class="meta-nav-r">已是最新文章</span></span>')
    related = "".join(
        f'<div class="r4"><div class="related-site"><figure class="related-site-img"><a href="{link(rp)}" rel="bookmark"><img src="http://{HOST}{THEME}/img/loading.png" data-original="http://{HOST}/wp-content/uploads/2024/0{i + 1}/rand{i}.jpg" alt="{esc(rt)}" /></a></figure><div class="related-title"><a href="{link(rp)}">{esc(rt)}</a></div></div></div>\n'
        for i, (rp, rt, _, _) in enumerate([r for r in ALL if r[0] != pid][:4])
    )
    words = sp.chars()
    return head(f"{title}-{SITE}", desc, url) + top(
        f"post-template-default single single-post postid-{pid} single-format-standard") + f"""<nav class="breadcrumb">
<a class="crumbs" href="http://{HOST}/"><i class="be be-home"></i>首页</a><i class="be be-arrowright"></i><a href="http://{HOST}/category/{slug}">{cname}</a><i class="be be-arrowright"></i>正文</nav>
<div id="primary" class="content-area">
<main id="main" class="be-main site-main p-em" role="main">
<article id="post-{pid}" class="post-item post ms post-{pid} type-post status-publish format-standard hentry category-{slug}">
<header class="entry-header entry-header-c">
<h1 class="entry-title">{esc(sp.title)}</h1>
</header><!-- .entry-header -->
<div class="entry-content">
<div class="begin-single-meta begin-single-meta-c"><span class="my-date"><i class="be be-schedule ri"></i>{cn_date(post["date"])}<i class="i-time">{post["time"][11:16]}</i></span><span class="comment"><a href="{link(pid)}#respond"><i class="be be-speechbubble ri"></i>{len(post["comments"])}</a></span><span class="views"><i class="be be-eye ri"></i>{post["views"]}</span><span class="word-time"><i class="be be-editor ri"></i>{words:,}字</span><span class="reading-time"><i class="be be-time ri"></i>阅读{max(1, words // 300)}分钟</span><span class="s-hide"><a href="#" class="show-layer" data-show-layer="login-layer" role="button" title="侧边栏"><i class="be be-sort"></i></a></span></div>
<div class="single-content">
{toc}{body}
</div>
{page_links(pid, page, post["parts"])}<div class="s-weixin-one">
<div class="weimg-one"><img src="http://{HOST}/wp-content/uploads/2021/03/weixin.jpg" alt="weinxin" /><div class="weixin-h"><strong>知更范文公众号</strong></div><div class="weixin-h-w">关注公众号，每天推送精选范文</div><div class="clear"></div></div>
</div>
<div class="content-empty"></div>
<footer class="single-footer">
<div class="single-cat-tag"><div class="single-cat">所属分类：<a href="http://{HOST}/category/{slug}" rel="category tag">{cname}</a></div></div>
</footer><!-- .entry-footer -->
<div class="clear"></div>
</div><!-- .entry-content -->
</article><!-- #post -->
<div class="sharing-box" data-aos="zoom-in">
<a class="be-btn-beshare be-btn-donate use-beshare-donate-btn" rel="external nofollow" data-hover="打赏"><div class="arrow-share"></div></a>
<a class="be-btn-beshare be-btn-like use-beshare-like-btn" data-count="{post["likes"]}" rel="external nofollow">
<span class="sharetip bz like-number">{post["likes"]}</span>
<div class="triangle-down"></div>
</a>
<a class="be-btn-beshare be-btn-share use-beshare-social-btn" rel="external nofollow" data-hover="分享"><div class="arrow-share"></div></a>
</div>
<div id="social">
<div class="social-main">
<span class="like"><a href="javascript:;" data-action="ding" data-id="{pid}" title="点赞" class="favorite"><i class="be be-thumbs-up-o"></i>赞 <i class="count">{post["likes"]}</i></a></span>
<span class="shang-p"><span class="tipso_style" id="tip-p" data-tipso='<span class="tipso-img"><img src="http://{HOST}/wp-content/uploads/2021/03/alipay.png" alt="alipay" /><br />支付宝扫一扫</span><span class="tipso-img"><img src="http://{HOST}/wp-content/uploads/2021/03/wechat.png" alt="wechat" /><br />微信扫一扫</span>'><span class="shang-s"><a title="赞助本站">赏</a></span></span></span>
<span class="share-sd"><span class="share-s"><a href="javascript:void(0)" id="share-s" title="分享"><i class="be be-share"></i>分享</a></span>
<div id="share">
<ul class="bdsharebuttonbox">
<li><a title="更多" class="bds_more be be-addbox" data-cmd="more" onclick="return false;" href="#share"></a></li>
<li><a title="分享到QQ空间" class="be be-qzone" data-cmd="qzone" onclick="return false;" href="#share"></a></li>
<li><a title="分享到新浪微博" class="be be-stsina" data-cmd="tsina" onclick="return false;" href="#share"></a></li>
<li><a title="分享到微信" class="be be-weixin" data-cmd="weixin" onclick="return false;" href="#share"></a></li>
<li><a title="复制网址" class="be be-link" onclick="myFunction()"></a></li>
</ul>
</div>
</span>
<div class="clear"></div>
</div>
</div>
<div class="copyright-post">
<p>本文来自网友投稿或网络整理，仅供学习参考，转载请注明出处：<a href="{url}">{url}</a></p>
</div>
<div class="content-tag"><span class="tag-title">标签：</span>{tags}</div>
<div class="authorbio ms" data-aos="fade-up">
<img class="avatar" src="http://{HOST}{THEME}/img/default_avatar.png" alt="avatar" width="96" height="96">
<ul class="spostinfo">
<li><strong>版权声明：</strong>本站原创文章，由 <a href="http://{HOST}/author/admin" title="由知更范文发布" rel="author">知更范文</a> 发表在 <a href="http://{HOST}/category/{slug}" rel="category tag">{cname}</a> 分类下，于{cn_date(post["date"])}最后更新</li>
<li class="reprinted"><strong>转载请注明：</strong><a href="{url}" rel="bookmark" title="本文固定链接 {url}">{esc(sp.title)} | {SITE}</a></li>
</ul>
<div class="clear"></div>
</div>
<nav class="nav-single" data-aos="zoom-in">
{prev_html}
{next_html}
<div class="clear"></div>
</nav>
<div id="related-img" class="ms" data-aos="fade-up">
<div class="relat-post-title"><h3>相关文章</h3></div>
{related}<div class="clear"></div>
</div>
<div class="ad-site ad-single" data-aos="zoom-in"><a href="http://{HOST}/vip" target="_blank"><img src="http://{HOST}/wp-content/uploads/2023/08/vip-banner.jpg" alt="开通会员，全站范文免费下载Word版" /></a></div>
<div class="scroll-comments"></div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond ms" data-aos="fade-up">
<h3 id="reply-title" class="comment-reply-title"><span>发表评论</span><small><a rel="nofollow" id="cancel-comment-reply-link" href="/archives/{pid}/#respond" style="display:none;">取消回复</a></small></h3>
<form action="http://{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="emoji-box"><i class="be be-insertemoticon"></i></p>
<p class="comment-form-comment"><textarea id="comment" name="comment" rows="4" tabindex="30" placeholder="赠人玫瑰，手留余香..." onfocus="this.placeholder=''" onblur="this.placeholder='赠人玫瑰，手留余香...'"></textarea></p>
<div id="comment-author-info">
<p class="comment-form-author"><label for="author">昵称<span class="required">*</span></label><input type="text" name="author" id="author" class="commenttext" value="" tabindex="31" required="required" /></p>
<p class="comment-form-email"><label for="email">邮箱<span class="required">*</span></label><input type="text" name="email" id="email" class="commenttext" value="" tabindex="32" required="required" /></p>
<p class="comment-form-url"><label for="url">网址</label><input type="text" name="w" id="url" class="commenttext" value="" tabindex="33" /></p>
</div>
<div class="qaptcha"></div>
<p class="form-submit"><input id="submit" class="bk da" name="submit" type="submit" tabindex="35" value="提交" /><input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form>
</div>
<h2 class="comments-title ms" data-aos="fade-up">目前评论：{len(post["comments"])} &nbsp;&nbsp;其中：访客&nbsp;&nbsp;{sum(1 for c in post["comments"] if not c[1])} &nbsp;&nbsp;博主&nbsp;&nbsp;{sum(1 for c in post["comments"] if c[1])}</h2>
<ol class="comment-list">
{clist}</ol><!-- .comment-list -->
</div><!-- #comments -->
</main><!-- .site-main -->
</div><!-- .content-area -->
""" + sidebar() + footer()


def home(page, rows, pages):
    arts = []
    for pid, t, (slug, cname), d in rows:
        post = next((p for p in POSTS if p["pid"] == pid), None)
        excerpt = esc("".join(post["speech"].paras[:3])[:120]) + "..." if post else "本文为范文示例，内容仅供参考……"
        arts.append(f"""<article id="post-{pid}" class="post-item-list post ms doclose scl post-{pid} type-post status-publish format-standard hentry category-{slug}" data-aos="fade-up">
<figure class="thumbnail"><a href="{link(pid)}"><img src="http://{HOST}{THEME}/img/loading.png" data-original="http://{HOST}/wp-content/uploads/2024/03/r{pid}.jpg" alt="{esc(t)}" width="280" height="210"></a><span class="cat"><a href="http://{HOST}/category/{slug}">{cname}</a></span></figure>
<header class="entry-header"><h2 class="entry-title"><a href="{link(pid)}" rel="bookmark">{esc(t)}</a></h2></header>
<div class="entry-content">
<div class="archive-content">{excerpt}</div>
<span class="title-l"></span>
<span class="entry-meta"><span class="date"><i class="be be-schedule ri"></i>{cn_date(d)}</span><span class="views"><i class="be be-eye ri"></i>1,0{pid % 97}</span><span class="comment"><a href="{link(pid)}#respond" rel="external nofollow"><i class="be be-speechbubble ri"></i>{"3" if pid == 2056 else "0"}</a></span></span>
<div class="clear"></div>
</div>
<span class="entry-more"><a href="{link(pid)}" rel="bookmark">阅读全文</a></span>
</article>
""")
    nav = []
    if page > 1:
        prev_u = "/" if page == 2 else "/page/%d/" % (page - 1)
        nav.append(f'<a class="prev page-numbers" href="{prev_u}"><i class="be be-arrowleft"></i></a>')
    for i in range(1, pages + 1):
        u = "/" if i == 1 else f"/page/{i}/"
        nav.append(f'<span aria-current="page" class="page-numbers current">{i}</span>' if i == page else f'<a class="page-numbers" href="{u}">{i}</a>')
    if page < pages:
        nav.append(f'<a class="next page-numbers" href="/page/{page + 1}/"><i class="be be-arrowright"></i></a>')
    canon = f"http://{HOST}/" + (f"page/{page}/" if page > 1 else "")
    return head(f"{SITE} - 讲话稿发言稿致辞范文大全" if page == 1 else f"{SITE} - 第{page}页", "知更范文网提供各类讲话稿、发言稿、致辞、述职报告范文，仅供学习参考。", canon) + top(
        "home blog" + (" paged paged-%d" % page if page > 1 else "")) + f"""<div id="primary" class="content-area">
<main id="main" class="be-main site-main domain" role="main">
{"".join(arts)}</main><!-- .site-main -->
<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">文章分页</h2><div class="nav-links">{"".join(nav)}</div></nav><div class="clear"></div>
</div><!-- .content-area -->
""" + sidebar() + footer()


def build() -> Family:
    fam = Family(HOST, "WordPress 6.4 范文 blog, theme Begin (知更鸟)", content_type="text/html; charset=UTF-8")
    fam.put("/", home(1, ALL[:4], 2))
    fam.put("/page/2/", home(2, ALL[4:], 2))
    fam.not_documents += ["/", "/page/2/"]
    order = [r[0] for r in ALL]
    for post in POSTS:
        at = order.index(post["pid"])
        nxt = ALL[at - 1] if at > 0 else None  # newer
        prev = ALL[at + 1] if at + 1 < len(ALL) else None  # older
        # only served posts are linked as prev/next targets that resolve; others 404 as withdrawn posts would
        runs = split_paras(post["speech"].paras, post["parts"]) if post["parts"] > 1 else [post["speech"].paras]
        pages = []
        for i, run in enumerate(runs, 1):
            fam.put(link(post["pid"], i), post_page(post, i, run, prev, nxt))
            pages.append(link(post["pid"], i))
        fam.doc(pages, post["speech"], title=post["speech"].title, published_at=post["date"])
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: http://{HOST}/wp-sitemap.xml\n", "ascii")
    fam.put("/wp-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap-index.xsl" ?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://{HOST}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>
""")
    locs = "".join(f"<url><loc>http://{HOST}{link(p['pid'])}</loc><lastmod>{p['date']}T{p['time'][11:]}+08:00</lastmod></url>" for p in sorted(POSTS, key=lambda p: -p["pid"]))
    fam.put("/wp-sitemap-posts-post-1.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap.xsl" ?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>
""")
    fam.noise += ["文章目录", "所属分类：", "本文来自网友投稿或网络整理", "转载请注明", "相关文章", "发表评论", "目前评论",
                  "正好下周要开类似的会", "读到这里眼眶湿了", "赞助本站", "支付宝扫一扫", "知更范文公众号", "鄂ICP备2021004518号-1",
                  "Word版下载说明", "阅读全文", "上一篇", "下一篇", "版权声明："]
    fam.note = ("Begin prints 上一篇 / 下一篇, 相关文章 and 最新文章 links to the blog's other posts, which are not served "
                "(404, as withdrawn posts); the core sitemap lists only the two served posts. The 2-page post is cut by `<!--nextpage-->`; page 2 `/archives/2056/2/` "
                "is linked from Begin's `page-links` pager only. published_at is the post's date (`begin-single-meta`), "
                "the speech itself carries none. The speech's 一、二、三 part headings are `h3 > span.title-i` "
                "inside `single-content` and are part of the text; Begin's 文章目录 box repeats them before the text.")
    return fam
