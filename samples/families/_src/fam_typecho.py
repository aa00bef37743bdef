"""A personal blog on Typecho 1.2 with the default theme: the home page prints each post up to
`<!--more-->` with `- 阅读剩余部分 -`; posts at `/archives/N/` with `post-meta` (作者 / 时间 / 分类),
`post-content` (Markdown-made `<p>`s; one post opens with the blogger's intro line and ends with an
【按】 note), a copyright plugin's 本文链接 / 版权声明 (知识共享署名…) lines inside `post-content`
after an `<hr>`, 标签, threaded comments (one quoting the speech, a reply by the author),
the comment form, `post-near` 上一篇 / 下一篇 and the sidebar (最新文章, 最近回复, 分类, 归档,
其它: 登录 / 文章 RSS / 评论 RSS); feeds at `/feed/` and `/feed/comments/` (excerpt only)."""

import html

from common import SPEECHES, Family

HOST = "www.xiaochuan-ji.test"
SITE = "晓川记"

# cid, speech, post time, category (slug, name), tags, intro, 按 note, paragraphs before <!--more-->, comments
# a comment: (coid, parent, author, url, time, text)
POSTS = [
    dict(
        cid=131,
        speech=SPEECHES["TC1"],
        time="2024-05-12T21:36:00+08:00",
        category=("suibi", "随笔"),
        tags=["校庆", "发言稿", "母校"],
        intro=None,
        note=None,
        more_after=2,
        comments=[
            (58, 0, "一棵树", "", "2024-05-13T08:21:00+08:00",
             "“书要读到自己心里去，将来也这样对别人。”看到这句破防了，我也是周老师带出来的，〇一届。"),
            (59, 58, "晓川", "/", "2024-05-13T12:05:00+08:00",
             "周老师今年八十一了，校庆那天也来了，坐在第一排，精神很好。"),
            (61, 0, "老K", "http://www.laok.test/", "2024-05-14T22:47:00+08:00",
             "转给我们班群了，大家都说写得实在，没有空话。"),
        ],
    ),
    dict(
        cid=127,
        speech=SPEECHES["TC2"],
        time="2024-04-27T10:12:00+08:00",
        category=("jiashi", "家事"),
        tags=["婚礼", "证婚词"],
        intro="上周六表弟浩然结婚，舅舅点名让我当证婚人。稿子是前一天晚上憋出来的，贴在这里留个纪念。",
        note="【按】现场念的时候删掉了几句，说到舅舅住院那段，舅舅在台下抹眼泪，我自己也差点没绷住。"
        "证婚词里宣布的那段是司仪给的固定格式，别的都是自己写的，有需要的朋友可以拿去改改用。",
        more_after=0,
        comments=[
            (52, 0, "阿梅", "", "2024-04-27T13:40:00+08:00",
             "“伤好了，心却放不下了”哈哈哈，你表弟这句可以的。证婚词写得很有人情味。"),
            (54, 0, "路人甲", "", "2024-04-28T09:16:00+08:00", "收藏了，下个月我也要给同事证婚，借鉴一下格式。"),
            (55, 54, "晓川", "/", "2024-04-28T11:02:00+08:00", "随便用，记得把名字改了就行。"),
        ],
    ),
]
OTHER_POSTS = [
    (129, "读《额尔古纳河右岸》", "2024-05-03T20:18:00+08:00", ("dushu", "读书"),
     "五一假期在家，把这本书又读了一遍。第一次读是十年前，那时只觉得故事好看，这一次读到最后，心里空落落的。"),
    (124, "清明回乡", "2024-04-06T19:52:00+08:00", ("suibi", "随笔"),
     "清明回了趟老家，给爷爷奶奶上坟。村口那棵老槐树还在，小时候上学要从它底下经过。"),
]
ALL = sorted(
    [(p["cid"], p["speech"].title, p["time"], p["category"]) for p in POSTS]
    + [(c, t, tm, cat) for c, t, tm, cat, _ in OTHER_POSTS],
    key=lambda r: r[2],
    reverse=True,
)
LICENSE = (
    '版权声明：本文采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="license" target="_blank">'
    "知识共享署名-非商业性使用-相同方式共享 4.0 国际许可协议</a> 进行许可，转载请注明出处。"
)


def link(cid):
    return f"/archives/{cid}/"


def head(title, description, keywords, extra=""):
    return f"""<!DOCTYPE HTML>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{title}</title>

    <!-- 使用url函数转换相关路径 -->
    <link rel="stylesheet" href="/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="/usr/themes/default/grid.css">
    <link rel="stylesheet" href="/usr/themes/default/style.css">

    <!-- 通过自有函数输出HTML头部信息 -->
    <meta name="description" content="{description}" />
<meta name="keywords" content="{keywords}" />
<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="default" />
<link rel="pingback" href="/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="/action/xmlrpc?wlw" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/feed/" />
<link rel="alternate" type="application/rdf+xml" title="RSS 1.0" href="/feed/rss/" />
<link rel="alternate" type="application/atom+xml" title="ATOM 1.0" href="/feed/atom/" />
{extra}</head>
<body>

<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <a id="logo" href="/">{SITE}</a>
                <p class="description">教书、读书，写点字</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="/" role="search">
                    <label for="s" class="sr-only">搜索关键字</label>
                    <input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索"/>
                    <button type="submit" class="submit">搜索</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    <a{' class="current"' if title == SITE else ''} href="/">首页</a>
                    <a href="/about.html" title="关于">关于</a>
                </nav>
            </div>
        </div><!-- end .row -->
    </div>
</header><!-- end #header -->
<div id="body">
    <div class="container">
        <div class="row">

    """


FOOT = f"""
        </div><!-- end .row -->
    </div>
</div><!-- end #body -->

<footer id="footer" role="contentinfo">
    &copy; 2024 <a href="/">{SITE}</a>.
    由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.
</footer>

</body>
</html>
"""


def excerpt(text, n=35):
    return text[:n] + "..." if len(text) > n else text


def sidebar():
    recent = "".join(f'<li><a href="{link(c)}">{t}</a></li>\n' for c, t, *_ in ALL)
    comments = sorted(
        ((c[4], p["cid"], c) for p in POSTS for c in p["comments"]), key=lambda r: r[0], reverse=True
    )
    replies = "".join(
        f'<li><a href="{link(cid)}#comment-{c[0]}">{c[2]}</a>: {html.escape(excerpt(c[5]), quote=False)}</li>\n'
        for _, cid, c in comments
    )
    cats = [("suibi", "随笔"), ("jiashi", "家事"), ("dushu", "读书")]
    return f"""<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
            <section class="widget">
            <h3 class="widget-title">最新文章</h3>
            <ul class="widget-list">
                {recent}            </ul>
        </section>
    
            <section class="widget">
            <h3 class="widget-title">最近回复</h3>
            <ul class="widget-list">
                            {replies}                        </ul>
        </section>
    
            <section class="widget">
            <h3 class="widget-title">分类</h3>
            <ul class="widget-list">{''.join(f'<li class="category-level-0 category-parent"><a href="/category/{s}/">{n}</a></li>' for s, n in cats)}</ul>        </section>
    
            <section class="widget">
            <h3 class="widget-title">归档</h3>
            <ul class="widget-list">
                <li><a href="/2024/05/">2024年05月</a></li><li><a href="/2024/04/">2024年04月</a></li>            </ul>
        </section>
    
            <section class="widget">
            <h3 class="widget-title">其它</h3>
            <ul class="widget-list">
                                    <li class="last"><a href="/admin/login.php">登录</a>
                    </li>
                                <li><a href="/feed/">文章 RSS</a></li>
                <li><a href="/feed/comments/">评论 RSS</a></li>
                <li><a href="http://www.typecho.org">Typecho</a></li>
            </ul>
        </section>
    </div><!-- end #sidebar -->
"""


def content_html(post):
    speech = post["speech"]
    paras = [f"<p>{p}</p>" for p in speech.paras]
    if post["intro"]:
        paras.insert(0, f"<p>{post['intro']}</p>")
    at = post["more_after"] + (1 if post["intro"] else 0)
    paras.insert(at, "<!--more-->")
    if post["note"]:
        paras.append(f"<p>{post['note']}</p>")
    return "".join(paras)


def date_only(t):
    return t[:10]


def meta_list(cid, time, cat, ncomments=None):
    count = (
        f'\n                <li itemprop="interactionCount"><a itemprop="discussionUrl" href="{link(cid)}#comments">'
        f"{'暂无评论' if not ncomments else f'{ncomments} 条评论'}</a></li>"
        if ncomments is not None
        else ""
    )
    return f"""<ul class="post-meta">
                <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/1/" rel="author">晓川</a></li>
                <li>时间: <time datetime="{time}" itemprop="datePublished">{date_only(time)}</time></li>
                <li>分类: <a href="/category/{cat[0]}/">{cat[1]}</a></li>{count}
            </ul>"""


def comment_li(cid, c, children, level):
    coid, _parent, author, url, time, text = c
    who = f'<a href="{url}" rel="external nofollow">{author}</a>' if url else author
    cls = "comment-parent" if children else ""
    cls = f"comment-body {'comment-child comment-level-' + ('odd' if level % 2 else 'even') if level else cls} comment-odd"
    if author == "晓川":
        cls += " comment-by-author"
    kids = ""
    if children:
        kids = (
            '\n    <div class="comment-children" itemprop="discusses">\n        <ol class="comment-list">'
            + "".join(comment_li(cid, k, [], level + 1) for k in children)
            + "</ol>    </div>"
        )
    day = f"{time[:4]}年{time[5:7]}月{time[8:10]}日"
    return f"""<li id="li-comment-{coid}" class="{cls}">
    <div class="comment-author" itemprop="creator" itemscope itemtype="http://schema.org/Person">
        <span itemprop="image"><img class="avatar" loading="lazy" src="https://cravatar.cn/avatar/{coid:032x}?s=32&amp;r=G&amp;d=mm" alt="{author}" width="32" height="32" /></span>
        <cite class="fn" itemprop="name">{who}</cite>
    </div>
    <div class="comment-meta">
        <a href="{link(cid)}#comment-{coid}"><time itemprop="commentTime" datetime="{time}">{day}</time></a>
            </div>
    <div class="comment-content" itemprop="commentText">
    <p>{html.escape(text, quote=False)}</p>
    </div>
    <div class="comment-reply">
        <a href="{link(cid)}?replyTo={coid}#respond-post-{cid}" rel="nofollow" onclick="return TypechoComment.reply('comment-{coid}', {coid}, this);">回复</a>    </div>{kids}
</li>
"""


TYPECHO_COMMENT_JS = """<script type="text/javascript">
(function () {
    window.TypechoComment = {
        dom : function (sel) {
            return document.querySelector(sel);
        },
        visiable : function (el, show) {
            var d = this.dom(el);
            d.style.display = show ? '' : 'none';
        },
        create : function (tag, attr) {
            var el = document.createElement(tag);
            for (var key in attr) {
                el.setAttribute(key, attr[key]);
            }
            return el;
        },
        reply : function (htmlId, coid, btn) {
            var response = this.dom('#@@RESPOND@@'),
                textarea = response.querySelector('textarea[name=text]'),
                form = 'form' == response.tagName ? response : response.querySelector('form'),
                input = form.querySelector('input[name=parent]');
            if (null == input) {
                input = this.create('input', {'type' : 'hidden', 'name' : 'parent'});
                form.appendChild(input);
            }
            input.setAttribute('value', coid);
            this.dom('#comment-' + coid).appendChild(response);
            this.visiable('#cancel-comment-reply-link', true);
            if (null != textarea) { textarea.focus(); }
            return false;
        },
        cancelReply : function () {
            var response = this.dom('#@@RESPOND@@'),
            input = response.querySelector('input[name=parent]');
            if (null != input) { input.parentNode.removeChild(input); }
            this.visiable('#cancel-comment-reply-link', false);
            return false;
        }
    };
})();
</script>
"""


def post_page(post, newer, older):
    speech = post["speech"]
    cid = post["cid"]
    tags = ", ".join(f'<a href="/tag/{t}/">{t}</a>' for t in post["tags"])
    parents = [c for c in post["comments"] if c[1] == 0]
    tree = "".join(
        comment_li(cid, c, [k for k in post["comments"] if k[1] == c[0]], 0) for c in parents
    )
    first = speech.paras[0] if not post["intro"] else post["intro"]
    copyright_ = (
        f'<hr><p>本文链接：<a href="http://{HOST}{link(cid)}">http://{HOST}{link(cid)}</a><br>{LICENSE}</p>'
    )
    near_prev = f'<a href="{link(older[0])}" title="{older[1]}">{older[1]}</a>' if older else "没有了"
    near_next = f'<a href="{link(newer[0])}" title="{newer[1]}">{newer[1]}</a>' if newer else "没有了"
    extra = TYPECHO_COMMENT_JS.replace("@@RESPOND@@", f"respond-post-{cid}")
    return (
        head(f"{speech.title} - {SITE}", html.escape(excerpt(first, 100)), ",".join(post["tags"]), extra)
        + f"""<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{link(cid)}">{speech.title}</a></h1>
        {meta_list(cid, post['time'], post['category'])}
        <div class="post-content" itemprop="articleBody">
            {content_html(post)}{copyright_}        </div>
        <p itemprop="keywords" class="tags">标签: {tags}</p>
    </article>

    <div id="comments">
            <h3>已有 {len(post['comments'])} 条评论</h3>
    
    <ol class="comment-list">{tree}</ol>
    
    
        <div id="respond-post-{cid}" class="respond">
        <div class="cancel-comment-reply">
            <a id="cancel-comment-reply-link" href="{link(cid)}#respond-post-{cid}" rel="nofollow" style="display:none" onclick="return TypechoComment.cancelReply();">取消回复</a>        </div>

        <h3 id="response">添加新评论</h3>
        <form method="post" action="{link(cid)}comment" id="comment-form" role="form">
                        <p>
                <label for="author" class="required">称呼</label>
                <input type="text" name="author" id="author" class="text" value="" required/>
            </p>
            <p>
                <label for="mail" class="required">Email</label>
                <input type="email" name="mail" id="mail" class="text" value="" required/>
            </p>
            <p>
                <label for="url">网站</label>
                <input type="url" name="url" id="url" class="text" placeholder="http://" value=""/>
            </p>
                        <p>
                <label for="textarea" class="required">内容</label>
                <textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea>
            </p>
            <p>
                <button type="submit" class="submit">提交评论</button>
            </p>
        </form>
    </div>
    </div>

    <ul class="post-near">
        <li>上一篇: {near_prev}</li>
        <li>下一篇: {near_next}</li>
    </ul>
</div><!-- end #main-->

"""
        + sidebar()
        + FOOT
    )


def home():
    items = []
    for cid, title, time, cat in ALL:
        post = next((p for p in POSTS if p["cid"] == cid), None)
        if post:
            before = content_html(post).split("<!--more-->")[0]
            ncom = len(post["comments"])
        else:
            before = f"<p>{next(o[4] for o in OTHER_POSTS if o[0] == cid)}</p>"
            ncom = 0
        items.append(
            f"""        <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
            <h2 class="post-title" itemprop="name headline">
                <a itemprop="url"
                   href="{link(cid)}">{title}</a>
            </h2>
            {meta_list(cid, time, cat, ncom)}
            <div class="post-content" itemprop="articleBody">
                {before}<p class="more"><a href="{link(cid)}" title="{title}">- 阅读剩余部分 -</a></p>
            </div>
        </article>
"""
        )
    return (
        head(SITE, "一个中学老师的个人博客", "晓川,随笔,读书")
        + '<div class="col-mb-12 col-8" id="main" role="main">\n'
        + "".join(items)
        + """
        <ol class="page-navigator"><li class="current"><a href="/page/1/">1</a></li></ol>    </div><!-- end #main-->

"""
        + sidebar()
        + FOOT
    )


def rss_date(t):
    from datetime import datetime

    return datetime.fromisoformat(t).strftime("%a, %d %b %Y %H:%M:%S +0800")


def feed():
    items = ""
    for cid, title, time, cat in ALL:
        post = next((p for p in POSTS if p["cid"] == cid), None)
        body = (
            content_html(post).split("<!--more-->")[0]
            if post
            else f"<p>{next(o[4] for o in OTHER_POSTS if o[0] == cid)}</p>"
        )
        items += f"""<item>
<title>{title}</title>
<link>http://{HOST}{link(cid)}</link>
<guid>http://{HOST}{link(cid)}</guid>
<pubDate>{rss_date(time)}</pubDate>
<dc:creator>晓川</dc:creator>
<description><![CDATA[{body}]]></description>
<category><![CDATA[{cat[1]}]]></category>
<slash:comments>{len(post['comments']) if post else 0}</slash:comments>
<comments>http://{HOST}{link(cid)}#comments</comments>
<wfw:commentRss>http://{HOST}/feed{link(cid)}</wfw:commentRss>
</item>
"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:wfw="http://wellformedweb.org/CommentAPI/">
<channel>
<title>{SITE}</title>
<link>http://{HOST}/</link>
<atom:link href="http://{HOST}/feed/" rel="self" type="application/rss+xml" />
<language>zh-CN</language>
<description>教书、读书，写点字</description>
<lastBuildDate>{rss_date(ALL[0][2])}</lastBuildDate>
<pubDate>{rss_date(ALL[0][2])}</pubDate>
{items}</channel>
</rss>
"""


def comments_feed():
    items = ""
    rows = sorted(((c[4], p, c) for p in POSTS for c in p["comments"]), key=lambda r: r[0], reverse=True)
    for time, post, c in rows:
        items += f"""<item>
<title>{post['speech'].title}</title>
<link>http://{HOST}{link(post['cid'])}#comment-{c[0]}</link>
<guid>http://{HOST}{link(post['cid'])}#comment-{c[0]}</guid>
<pubDate>{rss_date(time)}</pubDate>
<dc:creator>{c[2]}</dc:creator>
<description><![CDATA[<p>{c[5]}</p>]]></description>
</item>
"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE} 的评论</title>
<link>http://{HOST}/</link>
<atom:link href="http://{HOST}/feed/comments/" rel="self" type="application/rss+xml" />
<language>zh-CN</language>
<description>教书、读书，写点字</description>
{items}</channel>
</rss>
"""


def build() -> Family:
    fam = Family(HOST, "Typecho 1.2 personal blog, default theme", content_type="text/html; charset=UTF-8")
    fam.put("/", home())
    fam.not_documents.append("/")
    order = [r[0] for r in ALL]
    for post in POSTS:
        at = order.index(post["cid"])
        newer = ALL[at - 1] if at > 0 else None
        older = ALL[at + 1] if at + 1 < len(ALL) else None
        fam.put(link(post["cid"]), post_page(post, newer, older))
        fam.doc([link(post["cid"])], post["speech"], published_at=post["time"][:10])
    fam.put("/feed/", feed())
    fam.put("/feed/comments/", comments_feed())
    fam.not_documents += ["/feed/", "/feed/comments/"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /action/\n", "ascii")
    p1, p2 = POSTS
    fam.noise += [
        p2["intro"][:20],
        "【按】",
        "现场念的时候删掉了几句",
        "本文链接：",
        "版权声明：",
        "知识共享署名",
        "进行许可",
        "标签:",
        "作者: ",
        "时间: ",
        "分类: ",
        "- 阅读剩余部分 -",
        "已有 3 条评论",
        "看到这句破防了",
        "周老师今年八十一了",
        "转给我们班群了",
        "你表弟这句可以的",
        "借鉴一下格式",
        "添加新评论",
        "提交评论",
        "上一篇:",
        "下一篇:",
        "最新文章",
        "最近回复",
        "文章 RSS",
        "评论 RSS",
        "强力驱动",
        "读《额尔古纳河右岸》",
        "教书、读书，写点字",
    ]
    fam.note = (
        "Typecho sends its feeds (`/feed/`, `/feed/comments/`, linked from the sidebar's 其它 box and advertised "
        "with `<link rel=alternate>`) as `application/rss+xml`; the replica types files by name, so these folder "
        "pages go out with the host's HTML type (their bodies are RSS 2.0, excerpts only: 聚合全文输出 off). "
        "Comment reply links `/archives/N/?replyTo=C` answer the post again (one document). published_at is "
        "the post's date, not the day the speech was given. The 证婚词 post opens with the blogger's intro "
        "line and ends with his 【按】 note (not in the expected text); both posts carry a copyright "
        "plugin's 本文链接 / 版权声明 lines inside `post-content`."
    )
    return fam
