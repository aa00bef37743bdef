"""A Traditional-script (繁體) mirror of mainland 政协 speeches on an old WordPress (Twenty Ten-like
theme, zh_TW, default `?p=N` permalinks): Big5 bytes, a `Content-Type: text/html; charset=big5`
header and a lying `<meta charset="UTF-8" />`; each post opens with a `轉載自：…` source line and
ends with `（本文轉載自…，版權歸原作者所有）`, then the 分享到 bar (Facebook / LINE / Twitter),
`entry-utility` (分類 / 標籤 / 發表迴響) and 上一篇/下一篇; home and `?cat=3` list the posts cut
at `<!--more-->` with 繼續閱讀 →. Expected texts are Simplified (compare after conversion)."""

from datetime import datetime
from email.utils import format_datetime

import opencc
from common import SPEECHES, Family, render

HOST = "www.zhengxie-tw.test"
TO_TW = opencc.OpenCC("s2tw")
TO_CN = opencc.OpenCC("tw2s")

POSTS = [
    # speech, post id, time (zh_TW), source site, original author line
    (SPEECHES["TW1"], 1187, "下午 3:20", "人民政協網", "閉幕會"),
    (SPEECHES["TW2"], 1203, "上午 10:05", "政協資訊網", "培訓班"),
]


def rfc822(date: str) -> str:
    return format_datetime(datetime.fromisoformat(date + "T08:00:00+00:00"))


def tw(text: str) -> str:
    return TO_TW.convert(text)


HEAD = """<!DOCTYPE html>
<html dir="ltr" lang="zh-TW">
<head>
<meta charset="UTF-8" />
<title>@@TITLE@@ | 兩岸政協資訊網</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/twentyten/style.css" />
<link rel="pingback" href="/xmlrpc.php" />
<link rel="alternate" type="application/rss+xml" title="兩岸政協資訊網 &raquo; 訊息提供" href="/?feed=rss2" />
<meta name="generator" content="WordPress 3.5.1" />
</head>
<body class="@@BODYCLASS@@">
<div id="wrapper" class="hfeed">
  <div id="header"><div id="masthead"><div id="branding" role="banner">
    <div id="site-title"><span><a href="/" title="兩岸政協資訊網" rel="home">兩岸政協資訊網</a></span></div>
    <div id="site-description">轉載大陸各級政協會議講話、提案與動態</div>
    <img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt="" />
  </div>
  <div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="跳至主要內容">跳至主要內容</a></div>
    <div class="menu"><ul><li class="current_page_item"><a href="/" title="首頁">首頁</a></li><li class="page_item"><a href="/?cat=3">政協動態</a></li><li class="page_item"><a href="/?page_id=2">關於本站</a></li></ul></div>
  </div></div></div>
  <div id="main">
    <div id="container"><div id="content" role="main">
"""

SIDEBAR = """    </div></div>
    <div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
      <li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="/"><div><label class="screen-reader-text" for="s">搜尋關鍵字：</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="搜尋" /></div></form></li>
      <li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">近期文章</h3><ul>@@RECENT@@</ul></li>
      <li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">彙整</h3><ul><li><a href="/?m=202403" title="2024 年 3 月">2024 年 3 月</a></li><li><a href="/?m=202401" title="2024 年 1 月">2024 年 1 月</a></li></ul></li>
      <li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">分類</h3><ul><li class="cat-item cat-item-3"><a href="/?cat=3" title="檢視所有分類為 政協動態 的文章">政協動態</a></li></ul></li>
    </ul></div>
  </div>
  <div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" title="兩岸政協資訊網" rel="home">兩岸政協資訊網</a></div>
  <div id="site-generator"><a href="http://wordpress.org/" title="語意化個人發佈平台" rel="generator">本站採用 WordPress 建置</a></div></div></div>
</div>
<script type='text/javascript' src='/wp-includes/js/comment-reply.min.js?ver=3.5.1'></script>
</body>
</html>
"""


def recent():
    return "".join(f'<li><a href="/?p={pid}" title="{tw(s.title)}">{tw(s.title)}</a></li>' for s, pid, *_ in reversed(POSTS))


def entry_date(speech):
    y, m, d = speech.date.split("-")
    return f"{y} 年 {int(m)} 月 {int(d)} 日"


def meta_line(post):
    speech, pid, hm, *_ = post
    return (
        f'<span class="meta-prep meta-prep-author">發表於</span> <a href="/?p={pid}" title="{hm}" rel="bookmark">'
        f'<span class="entry-date">{entry_date(speech)}</span></a> <span class="meta-sep">由</span> '
        '<span class="author vcard"><a class="url fn n" href="/?author=1" title="觀看 編輯部 的所有文章">編輯部</a></span>'
    )


def post_page(post, prev, nxt):
    speech, pid, hm, source, _ = post
    url = f"http://{HOST}/?p={pid}"
    body = [f"<p>轉載自：{source}</p>"] + [f"<p>{tw(p)}</p>" for p in speech.paras]
    body[3] = body[3].replace("<p>", f'<p><span id="more-{pid}"></span>', 1)  # where <!--more--> was
    body.append(f"<p>（本文轉載自{source}，版權歸原作者所有）</p>")
    page = (
        HEAD
        + """      <div id="nav-above" class="navigation"><div class="nav-previous">@@PREV_A@@</div><div class="nav-next">@@NEXT_A@@</div></div>
      <div id="post-@@PID@@" class="post-@@PID@@ post type-post status-publish format-standard hentry category-zhengxie">
        <h1 class="entry-title">@@H1@@</h1>
        <div class="entry-meta">@@META@@</div>
        <div class="entry-content">
@@BODY@@
<div class="share-box">分享到：<a href="https://www.facebook.com/sharer.php?u=@@URL@@" target="_blank" rel="nofollow">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=@@URL@@" target="_blank" rel="nofollow">LINE</a> <a href="https://twitter.com/share?url=@@URL@@" target="_blank" rel="nofollow">Twitter</a> <a href="javascript:window.print()">列印本頁</a></div>
        </div>
        <div class="entry-utility">分類: <a href="/?cat=3" title="檢視所有分類為 政協動態 的文章" rel="category">政協動態</a> <span class="meta-sep">|</span> 標籤: <a href="/?tag=%e8%ac%9b%e8%a9%b1" rel="tag">講話</a> <span class="meta-sep">|</span> <a href="/?p=@@PID@@#respond" title="〈@@H1@@〉的迴響">發表迴響</a></div>
      </div>
      <div id="nav-below" class="navigation"><div class="nav-previous">@@PREV_LINE@@</div><div class="nav-next">@@NEXT_LINE@@</div></div>
      <div id="comments"><div id="respond"><h3 id="reply-title">發表迴響</h3><p class="must-log-in">你必須 <a href="/wp-login.php?redirect_to=%2F%3Fp%3D@@PID@@">登入</a> 才能發表迴響。</p></div></div>
"""
        + SIDEBAR
    )
    return render(
        page,
        TITLE=tw(speech.title),
        BODYCLASS=f"single single-post postid-{pid} single-format-standard",
        PREV_A=prev,
        NEXT_A=nxt,
        PREV_LINE=f"上一篇：{prev}" if prev else "",
        NEXT_LINE=f"下一篇：{nxt}" if nxt else "",
        PID=pid,
        H1=tw(speech.title),
        META=meta_line(post),
        BODY="\n".join(body),
        URL=url,
        RECENT=recent(),
    )


def listing(title, bodyclass, heading="", posts=POSTS):
    entries = []
    for post in reversed(posts):
        speech, pid, hm, source, _ = post
        head = [f"<p>轉載自：{source}</p>"] + [f"<p>{tw(p)}</p>" for p in speech.paras[:2]]
        entries.append(
            f"""      <div id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-zhengxie">
        <h2 class="entry-title"><a href="/?p={pid}" title="{tw(speech.title)} 的永久連結" rel="bookmark">{tw(speech.title)}</a></h2>
        <div class="entry-meta">{meta_line(post)}</div>
        <div class="entry-content">
{chr(10).join(head)}
<p> <a href="/?p={pid}#more-{pid}" class="more-link">繼續閱讀 <span class="meta-nav">&rarr;</span></a></p>
        </div>
        <div class="entry-utility"><span class="cat-links"><span class="entry-utility-prep entry-utility-prep-cat-links">分類:</span> <a href="/?cat=3" rel="category">政協動態</a></span> <span class="meta-sep">|</span> <span class="comments-link"><a href="/?p={pid}#respond">發表迴響</a></span></div>
      </div>"""
        )
    page = HEAD + "@@TITLEBLOCK@@\n@@ENTRIES@@\n" + SIDEBAR
    return render(
        page,
        TITLE=title,
        BODYCLASS=bodyclass,
        TITLEBLOCK=f'      <h1 class="page-title">{heading}</h1>' if heading else "",
        ENTRIES="\n".join(entries),
        RECENT=recent(),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Traditional-script WordPress mirror of mainland 政协 speeches (Big5 bytes, header big5, meta utf-8; ?p=N permalinks; 轉載自 lines)",
        encoding="big5",
        content_type="text/html; charset=big5",
        site_note="header says big5 (true); the meta tag says UTF-8 (false); Traditional script, expected texts are Simplified",
    )
    links = [f'<a href="/?p={pid}" rel="prev">{tw(s.title)}</a>' for s, pid, *_ in POSTS]
    for i, post in enumerate(POSTS):
        prev = links[i - 1] if i else ""
        nxt = links[i + 1].replace('rel="prev"', 'rel="next"') if i + 1 < len(POSTS) else ""
        fam.route(f"/?p={post[1]}", f"/posts/p{post[1]}.html", post_page(post, prev, nxt))
        speech = post[0]
        fam.doc([f"/?p={post[1]}"], speech, text=TO_CN.convert(tw(speech.text)), title=TO_CN.convert(tw(speech.title)))
    fam.put("/", listing("兩岸政協資訊網", "home blog"))
    archives = {
        "/?cat=3": ("政協動態", "archive category", "分類彙整：<span>政協動態</span>", POSTS),
        "/?tag=%e8%ac%9b%e8%a9%b1": ("講話", "archive tag", "標籤彙整：<span>講話</span>", POSTS),
        "/?author=1": ("編輯部", "archive author", "作者彙整：<span>編輯部</span>", POSTS),
        "/?m=202401": ("2024 年 1 月", "archive date", "每月彙整：<span>2024 年 1 月</span>", POSTS[:1]),
        "/?m=202403": ("2024 年 3 月", "archive date", "每月彙整：<span>2024 年 3 月</span>", POSTS[1:]),
    }
    for n, (target, (title, cls, heading, posts)) in enumerate(archives.items()):
        fam.route(target, f"/posts/archive{n}.html", listing(title, cls, heading, posts))
    about = HEAD + '      <div id="post-2" class="post-2 page type-page"><h1 class="entry-title">關於本站</h1><div class="entry-content"><p>本站轉載大陸各級政協會議講話、提案與動態，供兩岸讀者參考。如有侵權，請來信告知，我們將立即刪除。</p></div></div>\n' + SIDEBAR
    fam.route("/?page_id=2", "/posts/about.html", render(about, TITLE="關於本站", BODYCLASS="page page-id-2", RECENT=recent()))
    items = "".join(
        f"<item><title>{tw(s.title)}</title><link>{fam.url(f'/?p={pid}')}</link><pubDate>{rfc822(s.date)}</pubDate>"
        f"<dc:creator>編輯部</dc:creator><category>政協動態</category><description><![CDATA[{tw(s.paras[1])} […]]]></description></item>\n"
        for s, pid, *_ in reversed(POSTS)
    )
    fam.route(
        "/?feed=rss2",
        "/posts/feed.xml",
        '<?xml version="1.0" encoding="big5"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>兩岸政協資訊網</title><link>{fam.url('/')}</link><language>zh-TW</language>\n{items}</channel></rss>\n",
    )
    fam.not_documents += ["/", *archives, "/?page_id=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /wp-includes/\n")
    fam.noise += [
        "轉載自：人民政協網",
        "轉載自",
        "本文轉載自",
        "版權歸原作者所有",
        "分享到",
        "Facebook",
        "列印本頁",
        "發表於",
        "編輯部",
        "分類: ",
        "標籤: ",
        "發表迴響",
        "上一篇",
        "下一篇",
        "繼續閱讀",
        "近期文章",
        "彙整",
        "兩岸政協資訊網",
        "轉載大陸各級政協會議講話",
        "本站採用 WordPress 建置",
        "跳至主要內容",
        "2024 年 1 月 12 日",
    ]
    # the noise is checked against the Simplified expected text too
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script in Big5 (the meta tag's UTF-8 is wrong); expected titles and texts are Simplified: compare after converting"
    return fam
