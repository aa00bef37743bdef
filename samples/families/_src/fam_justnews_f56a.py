"""范文 site on WordPress 6.4 with the WPCOM commercial theme JustNews 6.x (zh_CN, UTF-8): pretty
permalinks `/%category%/%post_id%/`; WPCOM header (`header.header`, `primary-menu`), `ol.breadcrumb`
with `wpcom-icon` svg icons, `article.entry` > `entry-head` (`h1.entry-title`, `entry-info`: author
`j-user-card`, `•` dots, `time.entry-date.published`, category, 阅读 count), `entry-content
text-indent`; the long speech split by `<!--nextpage-->` into `/jianghua/2208/` and
`/jianghua/2208/2/` (`page-links` 1 2 after the content) with an Easy Table of Contents box
(`#ez-toc-container`, 文章目录, headings on page 2 linked as `/2/#…`) before the text and
`span.ez-toc-section` anchors inside the `h3` part headings (which belong to the speech); after the
text WPCOM's `entry-copyright` (原创文章，作者… 如若转载，请注明出处) and the site's 版权声明 box,
`entry-footer` (tags, 赞 / 赏 / 分享 `entry-action`), prev/next `entry-page` cards, 相关推荐
`entry-related`, comments with the reply form; sidebar 热门文章 / 标签; `_wpcom_js` config.
Home and category `/category/jianghua/` (+ `page/2/`) are `post-loop-default` lists with excerpts."""

import html as H

from common import SPEECHES, Family, render, split_paras

HOST = "www.fanwen-justnews-f56a-like.test"
SITE = "范文社"
S1, S2 = SPEECHES["f56a-1"], SPEECHES["f56a-2"]

SVG = '<i class="wpcom-icon wi"><svg aria-hidden="true"><use xlink:href="#wi-@@I@@"></use></svg></i>'


def icon(name):
    return SVG.replace("@@I@@", name)


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRAHEAD@@<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//www.fanwen-justnews-f56a-like.test' />
<link rel="alternate" type="application/rss+xml" title="范文社 &raquo; Feed" href="http://www.fanwen-justnews-f56a-like.test/feed" />
<link rel='stylesheet' id='wp-block-library-css' href='http://www.fanwen-justnews-f56a-like.test/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='http://www.fanwen-justnews-f56a-like.test/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.62' type='text/css' media='all' />
<link rel='stylesheet' id='stylesheet-css' href='http://www.fanwen-justnews-f56a-like.test/wp-content/themes/justnews/css/style.css?ver=6.16.2' type='text/css' media='all' />
<script type="text/javascript" src="http://www.fanwen-justnews-f56a-like.test/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://www.fanwen-justnews-f56a-like.test/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="icon" href="http://www.fanwen-justnews-f56a-like.test/wp-content/uploads/2023/02/favicon.png" sizes="32x32" />
<!--[if lte IE 11]><script src="http://www.fanwen-justnews-f56a-like.test/wp-content/themes/justnews/js/update.js"></script><![endif]-->
</head>
<body class="@@BODYCLASS@@ lang-cn el-boxed header-fixed">
<header class="header">
    <div class="container">
        <div class="navbar-header">
            <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target=".navbar-collapse" aria-label="menu"><span class="icon-bar icon-bar-1"></span><span class="icon-bar icon-bar-2"></span><span class="icon-bar icon-bar-3"></span></button>
            <div class="logo"><a href="http://www.fanwen-justnews-f56a-like.test/" rel="home"><img src="http://www.fanwen-justnews-f56a-like.test/wp-content/uploads/2023/02/logo.png" alt="范文社"></a></div>
        </div>
        <div class="collapse navbar-collapse">
            <nav class="primary-menu"><ul id="menu-main" class="nav navbar-nav wpcom-adv-menu">
<li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/">首页</a></li>
<li class="menu-item@@CURJH@@"><a href="http://www.fanwen-justnews-f56a-like.test/category/jianghua/">讲话稿</a></li>
<li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/category/zhici/">致辞</a></li>
<li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/category/zongjie/">工作总结</a></li>
<li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/category/xindetihui/">心得体会</a></li>
<li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/category/yanjianggao/">演讲稿</a></li>
</ul></nav>
            <div class="navbar-action">
                <div class="navbar-search-icon j-navbar-search">@@ISEARCH@@</div>
                <div id="j-user-wrap"><a class="login" href="http://www.fanwen-justnews-f56a-like.test/login">登录</a><a class="login register" href="http://www.fanwen-justnews-f56a-like.test/register">注册</a></div>
            </div>
            <form class="navbar-search" action="http://www.fanwen-justnews-f56a-like.test/" method="get" role="search"><div class="navbar-search-inner">@@ICLOSE@@<input type="text" name="s" class="navbar-search-input" autocomplete="off" placeholder="输入关键词搜索..." value=""><button class="navbar-search-btn" type="submit">@@ISEARCH@@</button></div></form>
        </div>
    </div>
</header>
<div id="wrap">
"""

FOOT = """</div>
<footer class="footer">
    <div class="container">
        <div class="footer-col-wrap footer-with-logo-icon">
            <div class="footer-col footer-col-logo"><img src="http://www.fanwen-justnews-f56a-like.test/wp-content/uploads/2023/02/logo-footer.png" alt="范文社"></div>
            <div class="footer-col footer-col-copy">
                <ul class="footer-nav hidden-xs"><li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/about">关于我们</a></li><li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/mianze">免责声明</a></li><li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/contact">联系我们</a></li><li class="menu-item"><a href="http://www.fanwen-justnews-f56a-like.test/sitemap.html">网站地图</a></li></ul>
                <div class="copyright"><p>Copyright © 2023-2024 范文社 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow noopener">皖ICP备2023004417号-1</a> Powered by WordPress</p></div>
            </div>
            <div class="footer-col footer-col-sns"><div class="footer-sns"><a class="sns-wx" href="javascript:;" aria-label="icon">@@IWX@@<span style="background-image:url(http://www.fanwen-justnews-f56a-like.test/wp-content/uploads/2023/02/qrcode.jpg);"></span></a></div></div>
        </div>
    </div>
</footer>
<div class="action action-style-0 action-color-0 action-pos-0" style="bottom:20%;">
    <div class="action-item gotop j-top">@@ITOP@@<span class="action-item-text">返回顶部</span></div>
</div>
<script type="text/javascript" id="main-js-extra">
/* <![CDATA[ */
var _wpcom_js = {"webp":"","ajaxurl":"http:\\/\\/www.fanwen-justnews-f56a-like.test\\/wp-admin\\/admin-ajax.php","theme_url":"http:\\/\\/www.fanwen-justnews-f56a-like.test\\/wp-content\\/themes\\/justnews","slide_speed":"5000","is_admin":"0","lang":"zh_CN","js_lang":{"share_to":"\\u5206\\u4eab\\u5230:","copy_done":"\\u590d\\u5236\\u6210\\u529f\\uff01","copy_fail":"\\u6d4f\\u89c8\\u5668\\u6682\\u4e0d\\u652f\\u6301\\u62f7\\u8d1d\\u529f\\u80fd","confirm":"\\u786e\\u5b9a","qrcode":"\\u4e8c\\u7ef4\\u7801","page_loaded":"\\u5df2\\u7ecf\\u5230\\u5e95\\u4e86","no_content":"\\u6682\\u65e0\\u5185\\u5bb9","load_failed":"\\u52a0\\u8f7d\\u5931\\u8d25\\uff0c\\u8bf7\\u7a0d\\u540e\\u518d\\u8bd5\\uff01","expand_more":"\\u9605\\u8bfb\\u5269\\u4f59 %s"},"lightbox":"1","post_id":"@@PID@@","user_card_height":"356","poster":{"notice":"\\u8bf7\\u957f\\u6309\\u4fdd\\u5b58\\u56fe\\u7247\\uff0c\\u5c06\\u5185\\u5bb9\\u5206\\u4eab\\u7ed9\\u66f4\\u591a\\u597d\\u53cb","generating":"\\u6b63\\u5728\\u751f\\u6210\\u6d77\\u62a5\\u56fe\\u7247...","failed":"\\u6d77\\u62a5\\u56fe\\u7247\\u751f\\u6210\\u5931\\u8d25"},"video_height":"484","fixed_sidebar":"1","dark_style":"0","font_url":"\\/\\/www.fanwen-justnews-f56a-like.test\\/wp-content\\/uploads\\/wpcom\\/fonts.9ff2b7a6d3d3f0c7.css"};
/* ]]> */
</script>
<script type="text/javascript" src="http://www.fanwen-justnews-f56a-like.test/wp-content/themes/justnews/js/main.js?ver=6.16.2" id="main-js"></script>
<script type="text/javascript" src="http://www.fanwen-justnews-f56a-like.test/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.62" id="ez-toc-js-js"></script>
<script type="text/javascript" src="http://www.fanwen-justnews-f56a-like.test/wp-content/themes/justnews/js/icons-2.7.16.js?ver=6.16.2" id="wpcom-icons-js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3fa2c81b07e6d4f95a0c2b18e7d9a364";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

BASE = f"http://{HOST}"


def page(title, body, *, kw="", desc="", bodyclass="home blog", curjh="", pid="0", extrahead=""):
    out = render(
        HEAD + body + FOOT,
        TITLE=title, KW=kw, DESC=desc, BODYCLASS=bodyclass, CURJH=curjh, PID=pid, EXTRAHEAD=extrahead,
        ISEARCH=icon("search"), ICLOSE=icon("close"), IWX=icon("wechat"), ITOP=icon("arrow-up-2"),
    )
    return out


SIDEBAR = f"""<aside class="sidebar">
<div class="widget widget_post_hot"><h3 class="widget-title"><span>热门文章</span></h3>
<ul>
<li class="item"><div class="item-img"><a class="item-img-inner" href="{BASE}/jianghua/2195/" title="在全县经济工作会议上的讲话"><img class="j-lazy" src="{BASE}/wp-content/themes/justnews/themer/assets/images/lazy.png" data-original="{BASE}/wp-content/uploads/2024/03/jjgz-480x300.jpg" width="480" height="300" alt="在全县经济工作会议上的讲话"></a></div><div class="item-content"><p class="item-title"><a href="{BASE}/jianghua/2195/" title="在全县经济工作会议上的讲话">在全县经济工作会议上的讲话</a></p><p class="item-date">2024年3月28日</p></div></li>
<li class="item"><div class="item-content"><p class="item-title"><a href="{BASE}/zhici/2187/" title="在春节团拜会上的致辞">在春节团拜会上的致辞</a></p><p class="item-date">2024年2月6日</p></div></li>
<li class="item"><div class="item-content"><p class="item-title"><a href="{BASE}/xindetihui/2176/" title="主题教育个人心得体会">主题教育个人心得体会</a></p><p class="item-date">2024年1月19日</p></div></li>
</ul></div>
<div class="widget widget_tag_cloud"><h3 class="widget-title"><span>标签</span></h3><div class="tagcloud"><a href="{BASE}/tag/jianghuagao/" class="tag-cloud-link" style="font-size: 22pt;">讲话稿</a> <a href="{BASE}/tag/xiangcun/" class="tag-cloud-link" style="font-size: 12pt;">乡村振兴</a> <a href="{BASE}/tag/biye/" class="tag-cloud-link" style="font-size: 10pt;">毕业典礼</a> <a href="{BASE}/tag/xiaozhang/" class="tag-cloud-link" style="font-size: 10pt;">校长讲话</a></div></div>
<div class="widget widget_image_ad"><a href="{BASE}/vip/" target="_blank"><img src="{BASE}/wp-content/uploads/2023/05/vip-ad.jpg" alt="开通VIP 全站范文免费下载"></a></div>
</aside>"""


def anchor(text):
    # Easy TOC's anchor: the heading text with spaces as underscores, punctuation kept
    return text.replace(" ", "_")


def heading(p):
    return p[:2] in ("一、", "二、", "三、", "四、")


def content_html(paras):
    out = []
    for p in paras:
        if heading(p):
            out.append(f'<h3><span class="ez-toc-section" id="{H.escape(anchor(p))}" ez-toc-data-id="#{H.escape(anchor(p))}"></span>{H.escape(p)}<span class="ez-toc-section-end"></span></h3>')
        else:
            out.append(f"<p>{H.escape(p)}</p>")
    return "\n".join(out)


def toc(runs, url):
    items = []
    n = 0
    for pno, run in enumerate(runs, start=1):
        for p in run:
            if heading(p):
                n += 1
                href = (url if pno == 1 else f"{url}{pno}/") + "#" + anchor(p)
                items.append(f"<li class='ez-toc-page-{pno} ez-toc-heading-level-3'><a class=\"ez-toc-link ez-toc-heading-{n}\" href=\"{H.escape(href)}\" title=\"{H.escape(p)}\">{H.escape(p)}</a></li>")
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">\n'
        '<div class="ez-toc-title-container">\n<p class="ez-toc-title " >文章目录</p>\n'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>\n'
        "<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >" + "".join(items) + "</ul></nav></div>\n"
    )


COPYRIGHT = """<div class="entry-copyright"><p>原创文章，作者：范文君，如若转载，请注明出处：@@URL@@</p></div>
<div class="wpcom-copyright-box" style="border:1px dashed #ddd;padding:10px 15px;margin:15px 0;background:#fafafa;font-size:13px;color:#888;"><strong>版权声明：</strong>本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容，请发送邮件至 fanwenshe@foxmail.com 举报，一经查实，本站将立刻删除。</div>
"""

POSTS = [
    # speech, post id, category slug, time, views, tags, parts
    (S1, 2208, "2024-04-17T16:35:08+08:00", "2024年4月17日 下午4:35", "1.6K", ["讲话稿", "乡村振兴"], 2),
    (S2, 2231, "2024-06-21T11:02:47+08:00", "2024年6月21日 上午11:02", "986", ["讲话稿", "毕业典礼", "校长讲话"], 1),
]


def post_url(pid, part=1):
    return f"/jianghua/{pid}/" + ("" if part == 1 else f"{part}/")


def article(n, part):
    sp, pid, iso, shown, views, tags, nparts = POSTS[n]
    runs = split_paras(sp.paras, nparts)
    url = BASE + post_url(pid)
    links = ""
    if nparts > 1:
        cells = []
        for k in range(1, nparts + 1):
            if k == part:
                cells.append(f'<span class="post-page-numbers current" aria-current="page">{k}</span>')
            else:
                cells.append(f'<a href="{BASE}{post_url(pid, k)}" class="post-page-numbers">{k}</a>')
        links = '<div class="page-links">' + "".join(cells) + "</div>\n"
    other = POSTS[1 - n]
    prev_next = (
        f'<div class="entry-page">\n<div class="entry-page-{"prev" if n else "next"} j-lazy" style="background-image: url(\'{BASE}/wp-content/themes/justnews/themer/assets/images/lazy.png\');" data-original="{BASE}/wp-content/uploads/2024/04/cover-{other[1]}.jpg">'
        f'<a href="{BASE}{post_url(other[1])}" title="{H.escape(other[0].title)}" rel="{"prev" if n else "next"}"><span>{H.escape(other[0].title)}</span></a>'
        f'<div class="entry-page-info"><span class="pull-{"left" if n else "right"}">{"« 上一篇" if n else "下一篇 »"}</span><span class="pull-{"right" if n else "left"}">{other[3].split(" ")[0]}</span></div></div>\n</div>\n'
    )
    taglinks = "".join(f'<a href="{BASE}/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))
    body = f"""<div class="wrap container">
<ol class="breadcrumb" vocab="https://schema.org/" typeof="BreadcrumbList"><li class="home" property="itemListElement" typeof="ListItem">{icon("home")} <a href="{BASE}/" property="item" typeof="WebPage"><span property="name" class="hide">范文社</span>首页</a><meta property="position" content="1"></li><li property="itemListElement" typeof="ListItem">{icon("arrow-right-3")}<a href="{BASE}/category/jianghua/" property="item" typeof="WebPage"><span property="name">讲话稿</span></a><meta property="position" content="2"></li><li class="active" property="itemListElement" typeof="ListItem">{icon("arrow-right-3")}<span property="name">正文</span><meta property="position" content="3"></li></ol>
<main class="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-jianghua entry">
<div class="entry-main">
<div class="entry-head">
<h1 class="entry-title">{H.escape(sp.title)}</h1>
<div class="entry-info">
<span class="vcard"><a class="nickname url fn j-user-card" data-user="1" href="{BASE}/author/fanwenjun/">范文君</a></span>
<span class="dot">•</span>
<time class="entry-date published" datetime="{iso}" pubdate>{shown}</time>
<span class="dot">•</span>
<a href="{BASE}/category/jianghua/" rel="category tag">讲话稿</a>
<span class="dot">•</span>
<span>阅读 {views}</span>
</div>
</div>
<div class="entry-content text-indent">
{toc(runs, url) if nparts > 1 else ""}{content_html(runs[part - 1])}
{links}{COPYRIGHT.replace("@@URL@@", url)}</div>
<div class="entry-footer">
<div class="entry-tag">{taglinks}</div>
<div class="entry-action">
<div class="btn-zan" data-id="{pid}">{icon("thumb-up-fill")} 赞 <span class="entry-action-num">({n * 3 + 4})</span></div>
<div class="btn-dashang">{icon("cny-circle-fill")} 赏 <span class="dashang-img dashang-img2"><span><img src="{BASE}/wp-content/uploads/2023/02/wxpay.png" alt="微信扫一扫">微信扫一扫</span><span><img src="{BASE}/wp-content/uploads/2023/02/alipay.png" alt="支付宝扫一扫">支付宝扫一扫</span></span></div>
</div>
<div class="entry-bar">
<div class="entry-bar-inner">
<div class="entry-bar-author"><a data-user="1" target="_blank" href="{BASE}/author/fanwenjun/" class="avatar j-user-card"><img alt="范文君的头像" src="{BASE}/wp-content/uploads/member/avatars/1.jpg" class="avatar avatar-60 photo" height="60" width="60"><span class="author-name">范文君</span><span class="user-group">管理员</span></a></div>
<div class="entry-bar-info"><div class="info-item meta"><a class="meta-item j-heart" href="javascript:;" data-id="{pid}">{icon("star")} <span class="data">0</span></a><a class="meta-item" href="#comments">{icon("comment")} <span class="data">{n + 1}</span></a></div>
<div class="info-item share"><a class="meta-item mobile j-mobile-share" href="javascript:;" data-id="{pid}" data-qrcode="{url}">{icon("share")} 生成海报</a><a class="meta-item wechat" data-share="wechat" target="_blank" rel="nofollow" href="#">{icon("wechat")}</a><a class="meta-item weibo" data-share="weibo" target="_blank" rel="nofollow" href="#">{icon("weibo")}</a><a class="meta-item qq" data-share="qq" target="_blank" rel="nofollow" href="#">{icon("qq")}</a></div>
<div class="info-item act"><a href="javascript:;" id="j-reading">{icon("article")}</a></div></div>
</div></div>
</div>
</div>
{prev_next}<h3 class="entry-related-title">相关推荐</h3><ul class="entry-related cols-3 post-loop post-loop-default">
<li class="item"><div class="item-content"><h2 class="item-title"><a href="{BASE}/jianghua/2195/" rel="bookmark">在全县经济工作会议上的讲话</a></h2><div class="item-excerpt"><p>同志们：这次全县经济工作会议的主要任务是……</p></div></div></li>
<li class="item"><div class="item-content"><h2 class="item-title"><a href="{BASE}{post_url(other[1])}" rel="bookmark">{H.escape(other[0].title)}</a></h2></div></li>
<li class="item"><div class="item-content"><h2 class="item-title"><a href="{BASE}/jianghua/2160/" rel="bookmark">在乡村振兴工作推进会上的表态发言</a></h2></div></li>
</ul>
<div id="comments" class="entry-comments">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">发表回复 <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{icon("close")}</a></small></h3>
<div class="comment-form"><div class="comment-must-login">请登录后评论...</div><div class="form-submit"><div class="form-submit-text pull-left"><a href="{BASE}/login">登录</a>后才能评论</div> <button name="submit" type="submit" id="must-submit" class="wpcom-btn btn-primary btn-xs submit">提交</button></div></div>
</div>
<h3 class="comments-title"> 评论列表（{n + 1}条） </h3>
<ul class="comments-list">
<li class="comment even thread-even depth-1" id="comment-{pid}1"><div class="comment-inner"><div class="comment-author vcard"><img alt="江南小吏的头像" src="{BASE}/wp-content/themes/justnews/themer/assets/images/avatar-default.png" class="avatar avatar-60 photo" height="60" width="60"></div><div class="comment-body"><div class="nickname">江南小吏<span class="comment-time">{shown.split(" ")[0]}</span></div><div class="comment-text"><p>写得很实在，借鉴了几段，感谢分享！</p></div></div><div class="reply"><a rel="nofollow" class="comment-reply-login" href="{BASE}/login">登录后才能回复</a></div></div></li>
</ul>
</div>
</article>
</main>
{SIDEBAR}
</div>
"""
    title = f"{sp.title}{'' if part == 1 else f' – 第{part}页'} – {SITE}"
    canonical = f'<link rel="canonical" href="{BASE}{post_url(pid, part)}" />\n'
    return page(
        title, body, kw=",".join(tags), desc=sp.paras[1][:100],
        bodyclass=f"post-template-default single single-post postid-{pid} single-format-standard",
        curjh=" current-post-ancestor current-menu-parent", pid=str(pid), extrahead=canonical,
    )


def loop_item(n):
    sp, pid, iso, shown, views, tags, nparts = POSTS[n]
    return f"""<li class="item">
<div class="item-img"><a class="item-img-inner" href="{BASE}{post_url(pid)}" title="{H.escape(sp.title)}" target="_blank" rel="bookmark"><img class="j-lazy" src="{BASE}/wp-content/themes/justnews/themer/assets/images/lazy.png" data-original="{BASE}/wp-content/uploads/2024/04/cover-{pid}-480x300.jpg" width="480" height="300" alt="{H.escape(sp.title)}"></a><a class="item-category" href="{BASE}/category/jianghua/" target="_blank">讲话稿</a></div>
<div class="item-content">
<h2 class="item-title"><a href="{BASE}{post_url(pid)}" target="_blank" rel="bookmark">{H.escape(sp.title)}</a></h2>
<div class="item-excerpt"><p>{H.escape(sp.paras[1][:88])}…</p></div>
<div class="item-meta"><div class="item-meta-li author"><a data-user="1" target="_blank" href="{BASE}/author/fanwenjun/" class="avatar j-user-card"><img alt="范文君的头像" src="{BASE}/wp-content/uploads/member/avatars/1.jpg" class="avatar avatar-60 photo" height="60" width="60"><span>范文君</span></a></div><span class="item-meta-li date">{shown.split(" ")[0]}</span><div class="item-meta-right"><span class="item-meta-li views" title="阅读数">{icon("eye")}{views}</span></div></div>
</div>
</li>
"""


def other_item(pid, title, date, cat="jianghua", catname="讲话稿"):
    return f"""<li class="item"><div class="item-content"><h2 class="item-title"><a href="{BASE}/{cat}/{pid}/" target="_blank" rel="bookmark">{title}</a></h2><div class="item-meta"><span class="item-meta-li date">{date}</span><a class="item-category" href="{BASE}/category/{cat}/">{catname}</a></div></div></li>
"""


def pagination(cur, total, base):
    cells = []
    if cur > 1:
        cells.append(f'<li class="prev"><a href="{base if cur == 2 else f"{base}page/{cur - 1}/"}">上一页</a></li>')
    for k in range(1, total + 1):
        href = base if k == 1 else f"{base}page/{k}/"
        cells.append(f'<li class="active"><span>{k}</span></li>' if k == cur else f'<li><a class="page-numbers" href="{href}">{k}</a></li>')
    if cur < total:
        cells.append(f'<li class="next"><a href="{base}page/{cur + 1}/">下一页</a></li>')
    return '<div class="pagination clearfix"><ul>' + "".join(cells) + "</ul></div>"


def home():
    body = f"""<div class="wrap container">
<main class="main">
<div class="slider-wrap"><div class="main-slider wpcom-slider swiper-container"><ul class="swiper-wrapper"><li class="swiper-slide"><a href="{BASE}{post_url(2208)}"><img src="{BASE}/wp-content/uploads/2024/04/slide-2208.jpg" alt="{H.escape(S1.title)}"></a><h3 class="slide-title"><a href="{BASE}{post_url(2208)}">{H.escape(S1.title)}</a></h3></li></ul></div></div>
<div class="sec-panel sec-panel-default"><div class="sec-panel-head"><ul class="list tabs j-newslist"><li class="tab active"><a data-id="0" href="javascript:;">最新文章</a><i class="tab-underscore"></i></li><li class="tab"><a data-id="3" href="javascript:;">讲话稿</a></li><li class="tab"><a data-id="5" href="javascript:;">致辞</a></li></ul></div>
<div class="tab-wrap active"><ul class="post-loop post-loop-default cols-0">
{loop_item(1)}{other_item(2225, "在“三夏”生产工作会议上的讲话", "2024年6月14日")}{loop_item(0)}{other_item(2203, "在全市招商引资工作会议上的讲话", "2024年4月12日")}</ul>
<div class="load-more-wrap"><a class="wpcom-btn load-more j-load-more" href="javascript:;" data-id="0">点击查看更多</a></div></div>
</div>
</main>
{SIDEBAR}
</div>
"""
    return page(f"{SITE} – 讲话稿_致辞_工作总结_心得体会范文大全", body, kw="范文,讲话稿,致辞,工作总结", desc="范文社提供各类讲话稿、致辞、工作总结、心得体会范文。")


def category(cur):
    items = ([loop_item(1), other_item(2225, "在“三夏”生产工作会议上的讲话", "2024年6月14日")] if cur == 1 else
             [other_item(2212, "在全县招商引资项目推进会上的讲话", "2024年4月24日"), loop_item(0), other_item(2203, "在全市招商引资工作会议上的讲话", "2024年4月12日")])
    body = f"""<div class="wrap container">
<ol class="breadcrumb" vocab="https://schema.org/" typeof="BreadcrumbList"><li class="home">{icon("home")} <a href="{BASE}/">首页</a></li><li class="active">{icon("arrow-right-3")}<span>讲话稿</span></li></ol>
<main class="main">
<div class="sec-panel sec-panel-default archive-list"><div class="sec-panel-head"><h1><span>讲话稿</span></h1><p class="sec-panel-desc">领导讲话稿、表态发言、会议讲话范文</p></div>
<ul class="post-loop post-loop-default cols-0">
{"".join(items)}</ul>
{pagination(cur, 2, BASE + "/category/jianghua/")}
</div>
</main>
{SIDEBAR}
</div>
"""
    return page(f"讲话稿{'' if cur == 1 else f' – 第{cur}页'} – {SITE}", body, kw="讲话稿", desc="领导讲话稿范文", bodyclass="archive category category-jianghua category-3", curjh=" current-menu-item")


def build() -> Family:
    fam = Family(
        host=HOST,
        software="范文 site on WordPress 6.4 with the WPCOM theme JustNews (Easy Table of Contents plugin)",
        content_type="text/html; charset=UTF-8",
    )
    fam.put("/", home())
    fam.put("/category/jianghua/", category(1))
    fam.put("/category/jianghua/page/2/", category(2))
    fam.not_documents += ["/", "/category/jianghua/", "/category/jianghua/page/2/"]
    for n, (sp, pid, *_rest) in enumerate(POSTS):
        nparts = POSTS[n][6]
        pages = []
        for part in range(1, nparts + 1):
            fam.put(post_url(pid, part), article(n, part))
            pages.append(post_url(pid, part))
        fam.not_documents += pages[1:]
        fam.doc(pages, sp)
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\nDisallow: /search/\n",
        "ascii",
    )
    fam.noise += [
        "原创文章，作者：范文君",
        "如若转载，请注明出处",
        "版权声明：",
        "本站仅提供信息存储空间服务",
        "文章目录",
        "Toggle",
        "阅读 1.6K",
        "生成海报",
        "微信扫一扫",
        "支付宝扫一扫",
        "相关推荐",
        "发表回复",
        "请登录后评论",
        "写得很实在，借鉴了几段",
        "评论列表",
        "下一篇 »",
        "« 上一篇",
        "热门文章",
        "开通VIP",
        "皖ICP备2023004417号-1",
        "Powered by WordPress",
        "返回顶部",
        "范文君",
        "管理员",
    ]
    return fam
