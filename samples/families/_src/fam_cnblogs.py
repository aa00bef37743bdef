"""A personal blog on 博客园 (cnblogs.com) in a stock skin: `#Header1_HeaderTitle`, `postTitle` /
`postTitle2`, `#cnblogs_post_body`, the `#MySignature` reprint statement right after the body,
`posted @ … 阅读(…) 评论(…) 编辑 收藏 举报`; sidebar, 公告, recommendation and comments are all
empty placeholders filled by scripts (as the real site sends them); home `/jiangyun/` with 摘要 and
阅读全文, page 2 at `default.html?page=2` (`#nav_next_page`), day archives linked from `dayTitle`."""

from common import SPEECHES, Family, render

HOST = "www.bokeyuan.test"
APP = "jiangyun"
NICK = "江云"
BLOG_ID = 583217
GUID = "5c3a9e1d-7b42-4f0e-a8c1-2d6e9b0f1a37"

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="referrer" content="origin-when-cross-origin" />
    @@META@@
    <meta http-equiv="Cache-Control" content="no-transform" />
    <meta http-equiv="Cache-Control" content="no-siteapp" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>@@TITLE@@</title>
    <link rel="canonical" href="https://www.bokeyuan.test@@PATH@@" />
    <link rel="shortcut icon" id="favicon" href="//assets.bokeyuan.test/favicon.svg?v=2" type="image/svg+xml" />
    <link rel="stylesheet" href="/css/blog-common.min.css?v=R6s7U0lrwTHsV4gDHGWuXkPiNAeyZQGwMVPAAq5wjBA" />
    <link id="MainCss" rel="stylesheet" href="/skins/simplememory/bundle-simplememory.min.css?v=Ds-hJ0Nnw_BvNwX5tFzXpL2kLRkCL5jc6JjmPzHZzQw" />
    <link id="mobile-style" media="only screen and (max-width: 767px)" type="text/css" rel="stylesheet" href="/skins/simplememory/bundle-simplememory-mobile.min.css?v=ADiCwO2hOTdd5yYidcx7eob7ix2VJI4o_TXjEycTHjs" />
    <link type="application/rss+xml" rel="alternate" href="https://www.bokeyuan.test/jiangyun/rss" />
    <link type="application/rsd+xml" rel="EditURI" href="https://www.bokeyuan.test/jiangyun/rsd.xml" />
    <link type="application/wlwmanifest+xml" rel="wlwmanifest" href="https://www.bokeyuan.test/jiangyun/wlwmanifest.xml" />
    <script>
        var currentBlogId = @@BLOGID@@;
        var currentBlogApp = 'jiangyun';
        var isLogined = false;
        var isBlogOwner = false;
        var skinName = 'SimpleMemory';
        var visitorUserId = '';
        var hasCustomScript = false;
        window.cb_enable_mathjax = false;
        window.mathEngine = 0;
        window.codeHighlightEngine = 1;
        window.enableCodeLineNumber = false;
        window.codeHighlightTheme = 'cnblogs';
        window.darkModeCodeHighlightTheme = 'vs2015';
        window.isDarkCodeHighlightTheme = false;
        window.isDarkModeCodeHighlightThemeDark = true;
        window.isDisableCodeHighlighter = false;
        window.enableCodeThemeTypeFollowSystem = false;
        window.enableMacStyleCodeBlock = false;
    </script>
        <script>
            window.currentPostId = @@POSTID@@;
            window.currentPostDateAdded = '@@POSTED@@';
        </script>
    <script src="https://assets.bokeyuan.test/scripts/jquery-3.3.1.min.js"></script>
    <script src="https://cdn-www.bokeyuan.test/js/blog-common.min.js?v=3c0Sxmxw7b5GBKn6T2M-gF7dS2Vz4Y2m9g7ZCmNhK8Q"></script>
</head>
<body class="skin-simplememory has-navbar">
    <a name="top"></a>
    <div id="top_nav" class="navbar forpc">
        <nav id="nav_main" class="navbar-main">
            <ul id="nav_left" class="navbar-list navbar-left">
                <li class="navbar-branding">
                    <a href="https://www.bokeyuan.test/" title="开发者的网上家园" role="banner">
                        <img src="//assets.bokeyuan.test/logo.svg" alt="博客园Logo" />
                    </a>
                </li>
                <li><a href="https://bokeyuan.vip.test/">会员</a></li>
                <li><a href="https://bokeyuan.vip.test/store">周边</a></li>
                <li><a href="https://news.bokeyuan.test/" onclick="countCreativeClicks('skin-navbar-news')">新闻</a></li>
                <li><a href="https://q.bokeyuan.test/" onclick="countCreativeClicks('skin-navbar-q')">博问</a></li>
                <li><a href="https://ing.bokeyuan.test/" onclick="countCreativeClicks('skin-navbar-ing')">闪存</a></li>
                <li><a href="https://www.bokeyuan.test/cmt/p/18341478.html" onclick="countCreativeClicks('skin-navbar-sponsor')">赞助商</a></li>
                <li><a href="https://chat2db-ai.bokeyuan.test/" target="_blank" onclick="countCreativeClicks('skin-navbar-chat2db')">Chat2DB</a></li>
            </ul>
            <div class="navbar-search">
                <input id="zzk_search_input" placeholder="代码改变世界" type="search" onkeydown="search_key_down(event)" />
                <span id="zzk_search_button" onclick="window.navbarSearchManager.triggerActiveOption()">
                    <img id="search_icon" class="focus-hidden" src="//assets.bokeyuan.test/icons/search.svg" alt="搜索" />
                </span>
            </div>
            <ul id="nav_right" class="navbar-list navbar-right">
                <li>
                    <div class="navbar-anonymous">
                        <a href="javascript:void(0);" onclick="account.login()">登录</a>
                        <a href="javascript:void(0);" onclick="account.register()">注册</a>
                    </div>
                </li>
            </ul>
        </nav>
    </div>
    <div id="page_begin_html">
        <!-- 页首 HTML 代码 -->
    </div>
<!--done-->
<div id="home">
<div id="header">
	<div id="blogTitle">
	<a id="lnkBlogLogo" href="/jiangyun/"><img id="blogLogo" src="/skins/custom/images/logo.gif" alt="返回主页" /></a>

<!--done-->
<h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="/jiangyun/">江云</a>
</h1>
<h2>写代码，也写点别的。</h2>

	</div><!--end: blogTitle 博客的标题和副标题 -->
	<div id="navigator">

<ul id="navList">
<li><a id="blog_nav_sitehome" class="menu" href="https://www.bokeyuan.test/">
博客园</a>
</li>
<li>
<a id="blog_nav_myhome" class="menu" href="/jiangyun/">
首页</a>
</li>
<li>

<a id="blog_nav_newpost" class="menu" href="https://i.bokeyuan.test/EditPosts.aspx?opt=1">
新随笔</a>
</li>
<li>
<a id="blog_nav_contact" class="menu" href="https://msg.bokeyuan.test/send/%E6%B1%9F%E4%BA%91">
联系</a></li>
<li>
<a id="blog_nav_rss" class="menu" href="javascript:void(0)" data-rss="https://www.bokeyuan.test/jiangyun/rss/">
订阅</a>
<!--<partial name="./Shared/_XmlLink.cshtml" model="Model" /></li>--></li>
<li>
<a id="blog_nav_admin" class="menu" href="https://i.bokeyuan.test/">
管理</a>
</li>
</ul>


		<div class="blogStats">
			<div id="blog_stats_place_holder"><script>loadBlogStats();</script></div><!--end: blogStats -->
		</div><!--end: blogStats -->
	</div><!--end: navigator 博客导航栏 -->
</div><!--end: header 头部 -->
<div id="main">
	<div id="mainContent">
	<div class="forFlow">
"""

FOOT = """
	</div><!--end: forFlow -->
	</div><!--end: mainContent 主体内容容器-->
	<div id="sideBar">
		<div id="sideBarMain">
			<div id="sidebar_news" class="newsItem">
            <script>loadBlogNews();</script>
</div>
<div id="sidebar_c3"></div>
			<div id="blog-calendar" style="display:none"></div><script>loadBlogDefaultCalendar();</script>
			<div id="leftcontentcontainer">
				<!-- begin:SingleColumn -->
				<div id="blog-sidecolumn"></div>
                    <script>loadBlogSideColumn();</script>
                <!-- end:  SingleColumn -->
			</div>
		</div><!--end: sideBarMain -->
	</div><!--end: sideBar 侧边栏容器 -->
	<div class="clear"></div>
	</div><!--end: main -->
	<div class="clear"></div>
	<div id="footer">
		<!--done-->
Copyright &copy; 2024 江云
<br /><span id="poweredby">Powered by .NET 8.0 on Kubernetes</span>

	</div><!--end: footer -->
</div><!--end: home 自定义的最大容器 -->



    <div id="page_end_html">
        <!-- 页脚 HTML 代码 -->
    </div>

    <input type="hidden" id="antiforgery_token" value="CfDJ8ONv0caE5GtEh3YJ5j088kmTxR9ZCgY0sPZQUvgvNzQkEyhxs2XFkIYwdRAtPdHXR_m1LUc2OCc3rQMRqfN1dTGwC2pU8Ahq3SLRDjcvP6gNOsjWrX7PQQ1C3PEk-6kFmhvJcuJqBodGUMk5lN9dFvI" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-M95P3TTWJZ"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag('js', new Date());
        gtag('config', 'G-M95P3TTWJZ');
    </script>
    <script defer src="https://hm.baidu.com/hm.js?866c9be12d4a814454792b1fd0fed295"></script>
</body>
</html>
"""

# speech, post id, posted at (YYYY-MM-DD HH:MM), last update, views, comments, body builder key
POSTS = [
    (SPEECHES["CB2"], 18260347, "2024-06-21 19:42", "2024-06-22 08:15", 612, 4, "plain"),
    (SPEECHES["CB1"], 17934521, "2023-12-29 21:08", "2023-12-29 21:08", 1387, 9, "word"),
]

SIGNATURE = """<div id="MySignature" role="contentinfo">
    <p>作者：<a href="/jiangyun/">江云</a></p>
<p>出处：<a href="https://www.bokeyuan.test/jiangyun/">https://www.bokeyuan.test/jiangyun/</a></p>
<p>本文版权归作者和博客园共有，欢迎转载，但未经作者同意必须保留此段声明，且在文章页面明显位置给出原文连接，否则保留追究法律责任的权利。</p>
</div>"""


def body_word(speech):
    """A post pasted from Word: MsoNormal paragraphs with 宋体 spans, empty &nbsp; lines, a note."""
    out = [
        '<p class="MsoNormal"><span style="color: rgba(128, 128, 128, 1); font-size: 12px">'
        "（年底在中心总结会上的讲话，按讲稿整理，数据已脱敏，留档备查。）</span></p>",
        '<p class="MsoNormal">&nbsp;</p>',
    ]
    for i, para in enumerate(speech.paras):
        style = "" if i == 0 else ' style="text-indent: 2em"'
        out.append(
            f'<p class="MsoNormal"{style}><span style="font-family: 宋体; font-size: 14pt">'
            f'{para}</span><span lang="EN-US" style="font-size: 14pt"><o:p></o:p></span></p>'
        )
    out.append('<p class="MsoNormal">&nbsp;</p>')
    out.append(
        '<p class="MsoNormal"><span style="font-size: 12px; color: rgba(128, 128, 128, 1)">'
        "PS：会后有同事问 PPT，里面都是内部数据，就不放了。</span></p>"
    )
    return "\n".join(out)


def body_plain(speech):
    """An editor-written post: a quoted intro, &nbsp; indents, a horizontal rule and a closing line."""
    out = [
        "<blockquote>",
        "<p>受学院邀请，作为导师代表在今年的研究生毕业典礼上发了个言。稿子贴在这里，给自己留个纪念，也送给实验室毕业的各位。</p>",
        "</blockquote>",
    ]
    for i, para in enumerate(speech.paras):
        indent = "" if i == 0 else "&nbsp;&nbsp;&nbsp;&nbsp;"
        out.append(f"<p>{indent}{para}</p>")
    out += [
        "<hr />",
        "<p>毕业快乐。下一届组会照常，周四下午三点。</p>",
        '<p id="PSignature" style="line-height: 20px; background: rgba(255, 250, 234, 1) no-repeat 2% 50%; '
        'font-size: 12px; border: 1px dashed rgba(224, 224, 224, 1)">作&nbsp;&nbsp; 者：<a href="/jiangyun/">江云</a>'
        '<br />出&nbsp;&nbsp; 处：<a href="/jiangyun/">https://www.bokeyuan.test/jiangyun/</a>'
        "<br />欢迎任何形式的转载，但请务必注明出处。</p>",
    ]
    return "\n".join(out)


def post_page(i):
    speech, pid, posted, updated, views, comments, kind = POSTS[i]
    body = body_word(speech) if kind == "word" else body_plain(speech)
    page = (
        HEAD
        + """		<div id="post_detail">
    <!--done-->
    <div id="topics">
        <div class="post">
            <h1 class = "postTitle">
                <a id="cb_post_title_url" class="postTitle2 vertical-middle" href="/jiangyun/p/@@POSTID@@.html" title="发布于 @@POSTED@@">
    <span role="heading" aria-level="2">@@TITLE_H@@</span>


</a>

            </h1>
            <div class="clear"></div>
            <div class="postBody">
                <div id="cnblogs_post_body" class="blogpost-body blogpost-body-html">
@@BODY@@
</div>
@@SIGNATURE@@
<div class="clear"></div>
<div id="blog_post_info_block" role="contentinfo">
    <div id="BlogPostCategory"></div>
    <div id="EntryTag"></div>
    <div id="blog_post_info"></div>
    <div class="clear"></div>
    <div id="post_next_prev"></div>
</div>
            </div>
            <div class = "postDesc">posted @
<span id="post-date" data-last-update-days="0" data-date-updated="@@UPDATED@@">@@POSTED@@</span>&nbsp;
<a href="/jiangyun/">江云</a>&nbsp;
阅读(<span id="post_view_count">@@VIEWS@@</span>)&nbsp;
评论(<span id="post_comment_count">@@COMMENTS@@</span>)&nbsp;
<a href="https://i.bokeyuan.test/EditPosts.aspx?postid=@@POSTID@@" rel="nofollow">编辑</a>&nbsp;
<a href="javascript:void(0)" onclick="AddToWz(@@POSTID@@);return false;">收藏</a>&nbsp;
<a href="javascript:void(0)" onclick="reportManager.report({ currentUserId: '', targetType: 'blogPost', targetId: '@@POSTID@@', targetLink: 'https://www.bokeyuan.test/jiangyun/p/@@POSTID@@.html', title: '@@TITLE_H@@' })">举报</a>
</div>
        </div>


    </div><!--end: topics 文章、评论容器-->
</div>
<script>
    var cb_entryId = @@POSTID@@, cb_entryCreatedDate = '@@POSTED@@', cb_postType = 1, cb_postTitle = '@@TITLE_H@@';
    var allowComments = true, cb_blogId = @@BLOGID@@, cb_blogApp = 'jiangyun', cb_blogUserGuid = '@@GUID@@';
    mermaidRender.render()
    markdown_highlight()
    zoomManager.apply("#cnblogs_post_body img:not(.code_img_closed):not(.code_img_opened)");
</script>
<a id="!comments"></a>
<div id="blog-comments-placeholder"></div>
<div id="comment_form" class="commentform">
    <a name="commentform"></a>
    <div id="divCommentShow"></div>
    <div id="comment_nav">
        <div class="comment-nav-right">
            <span id="span_refresh_tips"></span><a href="#" onclick="return RefreshPage();">刷新页面</a><a href="#top">返回顶部</a>
        </div>
    </div>
    <div id="comment_form_container">
        <div class="login_tips">
            登录后才能查看或发表评论，立即 <a rel="nofollow" href="javascript:void(0);" class="underline" onclick="return account.login('comment');">登录</a> 或者
            <a href="https://www.bokeyuan.test/">逛逛</a> 博客园首页
        </div>
    </div>
    <div class="ad_text_commentbox" id="ad_text_under_commentbox"></div>
        <div id="cnblogs_ch"></div>
    <div id="opt_under_post"></div>
        <div id="cnblogs_c1" class="under-post-card">
            <a href="https://www.bokeyuan.test/cmt/p/18341478.html" rel="nofollow" target="_blank" onclick="countCreativeClicks('C1-阿里云')">
                <img src="https://img2024.bokeyuan.test/blog/35695/202406/35695-20240603120313526-1284743187.jpg" alt="" onload="countCreativeImpressions('C1-阿里云')" />
                <span id="c1_impression" style="display:none"></span>
            </a>
        </div>
    <div id="under_post_card1"></div>
    <div id="under_post_card2"></div>
    <div id="HistoryToday" class="under-post-card"></div>
    <script type="text/javascript">
        var commentManager = new blogCommentManager();
        commentManager.renderComments(0);
        fixPostBody();
        window.footnoteTipManager.generateFootnoteTips();

            window.tocManager.displayDisableTocTips = false;
            window.tocManager.generateToc();

            setTimeout(function() { countViews(cb_blogId, cb_entryId); }, 50);
            deliverT2();
            deliverC1C2();
            loadNewsAndKb();
            LoadPostCategoriesTags(cb_blogId, cb_entryId);
            LoadPostInfoBlock(cb_blogId, cb_entryId, cb_blogApp, cb_blogUserGuid);
            GetPrevNextPost(cb_entryId, cb_blogId, cb_entryCreatedDate, cb_postType);
            loadOptUnderPost();
            GetHistoryToday(cb_blogId, cb_blogApp, cb_entryCreatedDate);
    </script>
</div>
"""
        + FOOT
    )
    desc = speech.paras[1][:120]
    return render(
        page,
        META=f'<meta name="keywords" content="{speech.title}" />\n    <meta name="description" content="{desc}" />\n'
        f'    <meta property="og:description" content="{desc}" />',
        TITLE=f"{speech.title} - 江云 - 博客园",
        PATH=f"/jiangyun/p/{pid}.html",
        BLOGID=BLOG_ID,
        GUID=GUID,
        POSTID=pid,
        POSTED=posted,
        UPDATED=updated,
        VIEWS=views,
        COMMENTS=comments,
        TITLE_H=speech.title,
        BODY=body,
        SIGNATURE=SIGNATURE if kind == "word" else '<div id="MySignature" role="contentinfo"></div>',
    )


def day_block(i):
    speech, pid, posted, _updated, views, comments, _kind = POSTS[i]
    y, m, d = posted[:10].split("-")
    summary = speech.paras[1][:100]
    return f"""<div class="day" role="article" aria-describedby="postlist_description_{pid}">
    <div class="dayTitle">
        <a href="/jiangyun/archive/{y}/{m}/{d}.html">{int(y)}年{int(m)}月{int(d)}日</a>
    </div>

        <div class="postTitle" role="heading" aria-level="2">
            <a class="postTitle2 vertical-middle" href="/jiangyun/p/{pid}.html">
    <span>
        {speech.title}
    </span>

</a>
        </div>
        <div class="postCon">

<div class="c_b_p_desc" id="postlist_description_{pid}">
摘要：
{summary}
<a href="/jiangyun/p/{pid}.html" class="c_b_p_desc_readmore">阅读全文</a>
</div>
</div>
        <div class="clear"></div>
        <div class="postDesc">posted @ {posted}
江云
<span data-post-id="{pid}" class="post-view-count">阅读({views})</span>
<span data-post-id="{pid}" class="post-comment-count">评论({comments})</span>
<span data-post-id="{pid}" class="post-digg-count">推荐(0)</span>
<a href="https://i.bokeyuan.test/EditPosts.aspx?postid={pid}" rel="nofollow">
    编辑
</a>
</div>
        <div class="clear"></div>
</div>"""


def list_page(path, title, blocks, pager):
    page = (
        HEAD
        + """<!--done-->
@@BLOCKS@@
<div class="topicListFooter">
@@PAGER@@
</div>
"""
        + FOOT
    )
    return render(
        page,
        META='<meta name="description" content="写代码，也写点别的。" />',
        TITLE=title,
        PATH=path,
        BLOGID=BLOG_ID,
        POSTID=0,
        POSTED="",
        BLOCKS="\n".join(blocks),
        PAGER=pager,
    ).replace(
        "        <script>\n            window.currentPostId = 0;\n            window.currentPostDateAdded = '';\n        </script>\n",
        "",
    )


def build() -> Family:
    fam = Family(
        HOST,
        "博客园 (cnblogs) personal blog, stock SimpleMemory skin (cnblogs_post_body, MySignature, posted @ line, script-filled sidebar and comments)",
    )
    fam.home = f"/{APP}/"
    fam.put(
        fam.home,
        list_page(
            fam.home,
            "江云 - 博客园",
            [day_block(0)],
            '<div id="nav_next_page"><a href="/jiangyun/default.html?page=2">下一页</a></div>',
        ),
    )
    fam.route(
        "/jiangyun/default.html?page=2",
        "/jiangyun/default-page-2.html",
        list_page(
            "/jiangyun/default.html?page=2",
            "江云 - 博客园",
            [day_block(1)],
            '<div class="pager"><a href="/jiangyun/default.html?page=1">上一页</a> <a href="/jiangyun/">1</a> <span class="current">2</span></div>',
        ),
    )
    fam.route(
        "/jiangyun/default.html?page=1",
        "/jiangyun/index.html",
        fam.files["jiangyun/index.html"].decode("utf-8"),
    )
    fam.not_documents += [fam.home, "/jiangyun/default.html?page=2"]
    for i, (speech, pid, posted, *_rest) in enumerate(POSTS):
        y, m, d = posted[:10].split("-")
        day = f"/jiangyun/archive/{y}/{m}/{d}.html"
        fam.put(day, list_page(day, f"{int(y)}年{int(m)}月{int(d)}日 - 江云 - 博客园", [day_block(i)], ""))
        fam.not_documents.append(day)
        fam.put(f"/jiangyun/p/{pid}.html", post_page(i))
        fam.doc([f"/jiangyun/p/{pid}.html"], speech)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n\nUser-agent: AhrefsBot\nDisallow: /\n")
    fam.noise += [
        "posted @",
        "阅读(",
        "评论(",
        "推荐(0)",
        "作者：",
        "出处：",
        "https://www.bokeyuan.test/jiangyun/",
        "本文版权归作者和博客园共有",
        "欢迎任何形式的转载，但请务必注明出处。",
        "保留追究法律责任的权利",
        "按讲稿整理，数据已脱敏",
        "PS：会后有同事问 PPT",
        "受学院邀请，作为导师代表",
        "给自己留个纪念",
        "毕业快乐。下一届组会照常",
        "登录后才能查看或发表评论",
        "逛逛",
        "博客园首页",
        "刷新页面",
        "返回顶部",
        "摘要：",
        "阅读全文",
        "写代码，也写点别的。",
        "代码改变世界",
        "Powered by .NET 8.0 on Kubernetes",
        " - 江云 - 博客园",
    ]
    return fam
