"""A county news site (潼川新闻网) on WordPress 4.9 with the WP-Print plugin (Lester Chan), zh_CN.

Permalinks `/%year%/%monthnum%/%day%/%post_id%/`; every post has its 打印版 at `…/print/` (WP-Print's
endpoint), linked from the post's `打印本文` button (`print-link` with the plugin's icon).  The post page:
theme header and nav, `article.post` with `h1.entry-title`, `entry-meta` (发布时间 / 来源 / 编辑 / 阅读),
`entry-content` opening with the reporter's 本网讯 lead (a link to another post in it) and ending with
`（根据录音整理）`, the 打印本文 / 分享 bar, `tags-links`, 上一篇 / 下一篇, 相关文章 and the comment form.
The print page is WP-Print's `print-posts.php`: `- 潼川新闻网 - http://… -` banner, `#Outline`,
`p#BlogTitle`, `p#BlogDate` (作者 <u>…</u> 发表于 … @ … 分类 <u>…</u> | 暂无评论), `div#BlogContent` (the
same content, links turned into `text [1]`), `hr.Divider`, 文章打印自 / 文章链接, the 本文中的 URL list,
点击这里打印。 and the disclaimer.  The post is the document; the print page is a copy (not a document)."""

from common import SPEECHES, Family

HOST = "www.tongchuan-xinwen-like.test"
SITE = f"http://{HOST}"
S3, S4 = SPEECHES["f51d-3"], SPEECHES["f51d-4"]

P3 = ("/2024/04/12/3521/", 3521, "2024年4月12日", "17:26", "本地新闻", "市融媒体中心", "陈晓雯", 1386,
      "本网讯（记者 陈晓雯）4月12日，全市2023年度优秀新闻作品表彰会召开，{link}同时公布。市委常委、宣传部部长赵立新出席会议并讲话。以下为讲话全文：",
      ("/2024/04/11/3509/", "2023年度全市优秀新闻作品评选结果"))
P4 = ("/2024/10/19/4187/", 4187, "2024年10月19日", "20:03", "教育", "县第一中学", "刘一帆", 2571,
      "本网讯（通讯员 周启明 记者 刘一帆）10月19日上午，县第一中学建校一百周年庆祝大会在学校新体育场举行，四千余名校友和师生参加。校长孙文涛代表学校致辞，{link}。现将致辞全文刊发如下：",
      ("/2024/10/15/4160/", "百年校史展同日开展"))

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>@@TITLE@@</title>
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="潼川新闻网 &raquo; Feed" href="http://www.tongchuan-xinwen-like.test/feed/" />
<link rel='stylesheet' id='wp-block-library-css'  href='http://www.tongchuan-xinwen-like.test/wp-includes/css/dist/block-library/style.min.css?ver=4.9.8' type='text/css' media='all' />
<link rel='stylesheet' id='wp-print-css'  href='http://www.tongchuan-xinwen-like.test/wp-content/plugins/wp-print/css/print-css.css?ver=2.58' type='text/css' media='all' />
<link rel='stylesheet' id='tcxw-style-css'  href='http://www.tongchuan-xinwen-like.test/wp-content/themes/tcxw/style.css?ver=1.3.2' type='text/css' media='all' />
<script type='text/javascript' src='http://www.tongchuan-xinwen-like.test/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<link rel='https://api.w.org/' href='http://www.tongchuan-xinwen-like.test/wp-json/' />
<meta name="generator" content="WordPress 4.9.8" />
@@EXTRAHEAD@@</head>
<body class="@@BODYCLASS@@">
<div id="page" class="site">
<div class="topbar"><div class="container"><span class="date">@@TODAY@@</span><span class="links"><a href="http://www.tongchuan-xinwen-like.test/wp-login.php">登录</a> | <a href="http://m.tongchuan-xinwen-like.test/">手机版</a> | <a href="http://www.tongchuan-xinwen-like.test/feed/">RSS</a></span></div></div>
<header id="masthead" class="site-header" role="banner"><div class="container">
<div class="site-branding"><a href="http://www.tongchuan-xinwen-like.test/" rel="home"><img src="http://www.tongchuan-xinwen-like.test/wp-content/uploads/2019/03/logo.png" alt="潼川新闻网" width="360" height="80" /></a><p class="site-description">潼川市融媒体中心主办</p></div>
<form role="search" method="get" class="search-form" action="http://www.tongchuan-xinwen-like.test/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="搜索" /></form>
</div></header>
<nav id="site-navigation" class="main-navigation" role="navigation"><div class="container"><ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="http://www.tongchuan-xinwen-like.test/">首页</a></li>
<li class="menu-item"><a href="http://www.tongchuan-xinwen-like.test/category/bendi/">本地新闻</a></li>
<li class="menu-item"><a href="http://www.tongchuan-xinwen-like.test/category/shizheng/">时政</a></li>
<li class="menu-item"><a href="http://www.tongchuan-xinwen-like.test/category/jiaoyu/">教育</a></li>
<li class="menu-item"><a href="http://www.tongchuan-xinwen-like.test/category/minsheng/">民生</a></li>
<li class="menu-item"><a href="http://www.tongchuan-xinwen-like.test/category/shipin/">视频</a></li>
</ul></div></nav>
<div id="content" class="site-content"><div class="container">
"""

FOOT = """</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="container">
<p><a href="http://www.tongchuan-xinwen-like.test/about/">关于我们</a> | <a href="http://www.tongchuan-xinwen-like.test/contact/">联系我们</a> | <a href="http://www.tongchuan-xinwen-like.test/tougao/">投稿须知</a></p>
<p>潼川新闻网 版权所有 未经授权禁止转载　互联网新闻信息服务许可证：51120190012　<a href="http://beian.miit.gov.cn/" rel="nofollow">蜀ICP备18004417号-1</a></p>
<p>违法和不良信息举报电话：0831-5122xxx　Powered by WordPress</p>
</div></footer>
</div>
<script type='text/javascript' src='http://www.tongchuan-xinwen-like.test/wp-content/themes/tcxw/js/main.js?ver=1.3.2'></script>
<script type='text/javascript' src='http://www.tongchuan-xinwen-like.test/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f1c0e9b2a7d4c58e6b1a90d2c7f4e15";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

OTHER = [
    ("/2024/10/18/4179/", "潼川至南溪快速通道全线贯通", "2024-10-18", "本地新闻"),
    ("/2024/10/15/4160/", "百年校史展同日开展", "2024-10-15", "教育"),
    ("/2024/06/03/3902/", "全市“三夏”生产有序推进", "2024-06-03", "本地新闻"),
    ("/2024/04/11/3509/", "2023年度全市优秀新闻作品评选结果", "2024-04-11", "本地新闻"),
]


def wrap(title, body, bodyclass, today, extrahead=""):
    return (HEAD + body + FOOT).replace("@@TITLE@@", title).replace("@@BODYCLASS@@", bodyclass).replace(
        "@@TODAY@@", today).replace("@@EXTRAHEAD@@", extrahead)


def post_page(s, spec, prev, nxt):
    path, pid, date, time, cat, source, editor, views, lead, (lpath, ltext) = spec
    lead_html = lead.format(link=f'<a href="{SITE}{lpath}">{ltext}</a>')
    paras = "\n".join(f"<p>{p}</p>" for p in s.paras)
    related = "\n".join(f'<li><a href="{SITE}{p}" rel="bookmark">{t}</a> <small>{d}</small></li>' for p, t, d, _ in OTHER[:3])
    body = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div class="breadcrumb">当前位置：<a href="{SITE}/">首页</a> &raquo; <a href="{SITE}/category/{'bendi' if cat == '本地新闻' else 'jiaoyu'}/" rel="category tag">{cat}</a> &raquo; 正文</div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{'bendi' if cat == '本地新闻' else 'jiaoyu'}">
<header class="entry-header">
<h1 class="entry-title">{s.title}</h1>
<div class="entry-meta"><span class="posted-on">发布时间：<time class="entry-date published" datetime="{s.date}T{time}:00+08:00">{date} {time}</time></span><span class="source">来源：{source}</span><span class="byline">编辑：<span class="author vcard">{editor}</span></span><span class="views">阅读：{views}</span></div>
</header>
<div class="entry-content">
<p>{lead_html}</p>
{paras}
<p style="text-align: right;">（根据录音整理）</p>
</div>
<div class="entry-tools"><span class="print-link"><a href="{SITE}{path}print/" title="打印本文" rel="nofollow"><img class="WP-PrintIcon" src="{SITE}/wp-content/plugins/wp-print/images/printer_famfamfam.gif" alt="打印本文" title="打印本文" style="border: 0px;" /></a>&nbsp;<a href="{SITE}{path}print/" title="打印本文" rel="nofollow">打印本文</a></span>
<span class="share">分享到：<a href="javascript:void(0)" class="share-wx">微信</a> <a href="javascript:void(0)" class="share-wb">微博</a> <a href="javascript:void(0)" class="share-qq">QQ空间</a></span></div>
<footer class="entry-footer"><span class="tags-links">标签：<a href="{SITE}/tag/jianghua/" rel="tag">讲话</a>，<a href="{SITE}/tag/quanwen/" rel="tag">全文</a></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links">
<div class="nav-previous">上一篇：<a href="{SITE}{prev[0]}" rel="prev">{prev[1]}</a></div>
<div class="nav-next">下一篇：<a href="{SITE}{nxt[0]}" rel="next">{nxt[1]}</a></div>
</div></nav>
<div class="related-posts"><h3>相关文章</h3><ol>
{related}
</ol></div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论</h3>
<form action="{SITE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">电子邮件地址不会被公开。</span> 必填项已用<span class="required">*</span>标注</p><p class="comment-form-comment"><label for="comment">评论</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /><input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p></form>
</div></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section class="widget widget_recent_entries"><h2 class="widget-title">最新文章</h2><ul>
""" + "\n".join(f'<li><a href="{SITE}{p}">{t}</a></li>' for p, t, _, _ in OTHER) + """
</ul></section>
<section class="widget widget_media_image"><a href="http://app.tongchuan-rmt.test/"><img src="http://www.tongchuan-xinwen-like.test/wp-content/uploads/2023/01/app-ad.jpg" alt="下载“看潼川”客户端" width="300" height="250" /></a></section>
</aside>
"""
    return wrap(f"{s.title} &#8211; 潼川新闻网", body,
                f"post-template-default single single-post postid-{pid} single-format-standard", date,
                f'<link rel="canonical" href="{SITE}{path}" />\n')


def print_page(s, spec):
    path, pid, date, time, cat, source, editor, views, lead, (lpath, ltext) = spec
    lead_html = lead.format(link=f"{ltext} [1]")
    paras = "\n".join(f"<p>{p}</p>" for p in s.paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
	<title>潼川新闻网 &raquo; {s.title}</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="Robots" content="noindex, nofollow" />
	<link rel="stylesheet" href="{SITE}/wp-content/plugins/wp-print/css/print-css.css" type="text/css" media="screen, print" />
	<link rel="canonical" href="{SITE}{path}" />
</head>
<body>
<p style="text-align: center;"><strong>- 潼川新闻网 - <span dir="ltr">{SITE}</span> -</strong></p>
<div class="Center">
	<div id="Outline">
					<p id="BlogTitle">{s.title}</p>
					<p id="BlogDate">作者 <u>{editor}</u> 发表于 {date} @ {time} 分类 <u>{cat}</u> | <u><a href='#comments_controls'>暂无评论</a></u></p>
					<div id="BlogContent"><p>{lead_html}</p>
{paras}
<p style="text-align: right;">（根据录音整理）</p>
</div>
			<hr class="Divider" style="text-align: center;" />
			<p>文章打印自 潼川新闻网: <strong dir="ltr">{SITE}</strong></p>
			<p>文章链接: <strong dir="ltr">{SITE}{path}</strong></p>
			<p>本文中的 URL：<br />[1] {ltext}: {SITE}{lpath}<br /></p>
			<p style="text-align: right;" id="print-link"><a href="#Print" onclick="window.print(); return false;" title="点击这里打印。">点击这里打印。</a></p>
	</div>
</div>
<p style="text-align: center;">Copyright &copy; 2024 潼川新闻网. All rights reserved.</p>
</body>
</html>
"""


def listing(posts, page, more):
    items = []
    for p, t, d, cat, excerpt in posts:
        items.append(f"""<article class="post type-post status-publish hentry">
<header class="entry-header"><h2 class="entry-title"><a href="{SITE}{p}" rel="bookmark">{t}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{d}">{d}</time> <span class="cat-links"><a href="{SITE}/category/{'bendi' if cat == '本地新闻' else 'jiaoyu'}/" rel="category tag">{cat}</a></span></div></header>
<div class="entry-summary"><p>{excerpt} [&hellip;]</p></div>
</article>""")
    nav = more
    return f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
{page}
{chr(10).join(items)}
{nav}
</main></div>
"""


def build() -> Family:
    fam = Family(HOST, "WordPress 4.9 county news site with the WP-Print plugin (print view at …/print/)")
    prevnext = {
        3521: (("/2024/04/11/3509/", "2023年度全市优秀新闻作品评选结果"), ("/2024/06/03/3902/", "全市“三夏”生产有序推进")),
        4187: (("/2024/10/18/4179/", "潼川至南溪快速通道全线贯通"), ("/2024/10/15/4160/", "百年校史展同日开展")),
    }
    for s, spec in ((S3, P3), (S4, P4)):
        prev, nxt = prevnext[spec[1]]
        fam.put(spec[0], post_page(s, spec, prev, nxt))
        fam.put(spec[0] + "print/", print_page(s, spec))
        fam.doc([spec[0]], s)

    def exc(s, spec):
        return spec[8].format(link=spec[9][1])[:60]

    home_posts = [
        (P4[0], S4.title, S4.date, "教育", exc(S4, P4)),
        ("/2024/10/18/4179/", "潼川至南溪快速通道全线贯通", "2024-10-18", "本地新闻", "本网讯 10月18日，潼川至南溪快速通道全线贯通，两地通行时间缩短至40分钟"),
        ("/2024/10/15/4160/", "百年校史展同日开展", "2024-10-15", "教育", "本网讯 县第一中学百年校史展将于校庆当日在学校图书馆开展"),
        ("/2024/06/03/3902/", "全市“三夏”生产有序推进", "2024-06-03", "本地新闻", "本网讯 眼下正值“三夏”大忙时节，全市各地抢抓晴好天气"),
    ]
    fam.put("/", wrap("潼川新闻网 &#8211; 潼川市融媒体中心主办", listing(
        home_posts, '<h2 class="section-title">最新发布</h2>',
        f'<nav class="navigation pagination" role="navigation"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="{SITE}/page/2/">2</a> <a class="next page-numbers" href="{SITE}/page/2/">下一页</a></div></nav>'),
        "home blog", "2024年10月20日"))
    page2 = [
        (P3[0], S3.title, S3.date, "本地新闻", exc(S3, P3)),
        ("/2024/04/11/3509/", "2023年度全市优秀新闻作品评选结果", "2024-04-11", "本地新闻", "经评审委员会评审并公示，2023年度全市优秀新闻作品评选结果揭晓"),
    ]
    fam.put("/page/2/", wrap("潼川新闻网 &#8211; 第2页", listing(
        page2, '<h2 class="section-title">最新发布</h2>',
        f'<nav class="navigation pagination" role="navigation"><div class="nav-links"><a class="prev page-numbers" href="{SITE}/">上一页</a> <a class="page-numbers" href="{SITE}/">1</a> <span aria-current="page" class="page-numbers current">2</span></div></nav>'),
        "home blog paged paged-2", "2024年10月20日"))
    fam.put("/category/bendi/", wrap("本地新闻 &#8211; 潼川新闻网", listing(
        [page2[0], home_posts[1], home_posts[3]], '<header class="page-header"><h1 class="page-title">分类：本地新闻</h1></header>', ""),
        "archive category category-bendi", "2024年10月20日"))
    fam.put("/category/jiaoyu/", wrap("教育 &#8211; 潼川新闻网", listing(
        [home_posts[0], home_posts[2]], '<header class="page-header"><h1 class="page-title">分类：教育</h1></header>', ""),
        "archive category category-jiaoyu", "2024年10月20日"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /*/print/\n")
    fam.not_documents = ["/page/2/", P3[0] + "print/", P4[0] + "print/", "/category/bendi/"]
    fam.noise = ["本网讯", "根据录音整理", "文章打印自", "点击这里打印", "打印本文", "蜀ICP备"]
    return fam
