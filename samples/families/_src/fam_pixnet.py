"""痞客邦 PIXNET personal blog (the classic blog template as pixnet.net prints it): a Taiwan
writer posting her speeches, zh-TW, UTF-8. Home `/blog/` (the real `/blog`; the replica keeps it
as a folder) with `/blog/2` as page 2 and `/blog/category/N`; posts at extensionless
`/blog/post/N`: `div.article` with `div.publish` (month / date / day / year / time spans),
`h2.title`, `div.article-content-inner#article-content-inner` holding CKEditor `<p>` lines (with
`<p>&nbsp;</p>` spacers), the blogger's own intro line before the speech, `div.tag-container`
文章標籤, `ul.refer` 全站分類 / 個人分類 / 此分類上一篇 / 此分類下一篇, the footer line with 留言 /
人氣, 留言列表 and the guest 發表留言 box, and the sidebar boxes (個人資訊, 文章分類, 最新文章,
參觀人氣, 誰來我家), pixnet navbar and footer. The graduation speech is posted the way bloggers
split a long text on PIXNET: two posts `（上）` and `（下）` joined by `（未完，待續…）` / `（接上篇…）`
links; both are the document's pages. Expected texts are Simplified (compare after conversion)."""

import opencc
from common import SPEECHES, Family, render, split_paras

HOST = "shuwen.pixnet.test"
BASE = f"http://{HOST}"
TO_TW = opencc.OpenCC("s2twp")
TO_CN = opencc.OpenCC("tw2sp")

WEEK = ["週一", "週二", "週三", "週四", "週五", "週六", "週日"]


def tw(text: str) -> str:
    return TO_TW.convert(text)


A, B = SPEECHES["F34A"], SPEECHES["F34B"]
A1, A2 = split_paras(A.paras, 2)
TITLE_A = tw(A.title)
# post id, title, date, time, paragraphs, views, comments
POSTS = {
    "a1": (223456789, TITLE_A + "（上）", "2023-06-10", "22:15", A1, 1288, 6),
    "a2": (223457012, TITLE_A + "（下）", "2023-06-10", "22:40", A2, 964, 3),
    "b": (224105533, tw(B.title), "2023-11-18", "23:52", B.paras, 2311, 12),
}
ORDER = ["b", "a2", "a1"]  # newest first


def post_url(key):
    return f"{BASE}/blog/post/{POSTS[key][0]}"


def publish(date, hm):
    import datetime

    d = datetime.date.fromisoformat(date)
    return (
        '<div class="publish">\n'
        f'<span class="month">{d.month}月</span>\n<span class="date">{d.day:02d}</span>\n'
        f'<span class="day">{WEEK[d.weekday()]}</span>\n<span class="year">{d.year}</span>\n'
        f'<span class="time">{hm}</span>\n</div>'
    )


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-TW" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
<meta name="keywords" content="淑雯的寫字間,講稿,致詞,散文,寫作" />
<meta property="og:site_name" content="淑雯的寫字間 :: 痞客邦 ::" />
<meta property="og:type" content="@@OGTYPE@@" />
<meta property="og:title" content="@@OGTITLE@@" />
<meta property="og:url" content="@@CANON@@" />
<meta property="og:image" content="https://pic.pimg.tw/shuwen/1623456789-1234567890_n.jpg" />
<meta property="fb:app_id" content="365476186854330" />
<link rel="canonical" href="@@CANON@@" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://shuwen.pixnet.test/blog/feed/rss" />
<link rel="stylesheet" type="text/css" href="//s.pixfs.net/blog/css/blog.min.css?v=20231115" />
<link rel="stylesheet" type="text/css" href="//s.pixfs.net/blog/theme/shuwen/style.css?v=1696123456" />
<script type="text/javascript">
var pix = pix || {};
pix.blog = {"user_name":"shuwen","display_name":"淑雯","article_id":"@@AID@@","category_id":"5566123","site_category":"藝文評論","is_adult":false};
</script>
<script type="text/javascript" src="//s.pixfs.net/js/pixnet-blog.min.js?v=20231115"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ZXXJX5Y9CL"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-ZXXJX5Y9CL');</script>
</head>
<body class="@@BODYCLASS@@">
<div id="pixnet-navbar" class="pixnet-navbar">
  <div class="navbar-inner">
    <a class="navbar-logo" href="https://www.pixnet.net/" title="痞客邦 PIXNET">痞客邦</a>
    <ul class="navbar-menu">
      <li><a href="https://www.pixnet.net/blog">部落格</a></li>
      <li><a href="https://www.pixnet.net/pcard">Pcard</a></li>
      <li><a href="https://styleme.pixnet.net/">STYLEME</a></li>
      <li><a href="https://www.pixnet.net/tags">熱門話題</a></li>
    </ul>
    <div class="navbar-login"><a href="https://member.pixnet.cc/login?easy_login=1">登入</a> <a href="https://member.pixnet.cc/signup">免費註冊</a></div>
  </div>
</div>
<a name="top"></a>
<div id="container">
<div id="container-inner">
<div id="banner">
  <div id="banner-inner">
    <h1><a href="http://shuwen.pixnet.test/blog">淑雯的寫字間</a></h1>
    <h2>寫字、教書、偶爾上台說話。講稿、散文與讀書筆記。</h2>
  </div>
</div>
<div id="main">
<div id="main-inner">
<div id="content">
<div id="content-inner">
<div id="article-area">
"""

SIDEBAR = """</div>
</div>
</div>
<div id="links">
<div id="links-row-1">
  <div class="box" id="box-profile"><h2 class="box-title">個人資訊</h2><div class="box-body">
    <div class="avatar"><a href="https://www.pixnet.net/pcard/shuwen"><img src="https://pic.pimg.tw/shuwen/logo/shuwen.png" alt="淑雯" /></a></div>
    <div class="name"><a href="https://www.pixnet.net/pcard/shuwen">淑雯</a></div>
    <div class="desc">中文系畢業，當過出版社編輯，現在在高中教國文。出過三本散文集。講稿歡迎引用，請註明出處。</div>
    <div class="action"><a class="follow" href="https://www.pixnet.net/pcard/shuwen/follow">+ 追蹤</a> <a href="https://www.pixnet.net/pcard/shuwen/message">傳送訊息</a></div>
  </div></div>
  <div class="box pixad-box" id="box-pixad"><div class="box-body"><div id="pixad-sidebar-1" class="pixad" data-slot="blog_sidebar_1"></div><script>(window.pixad=window.pixad||[]).push({slot:"blog_sidebar_1"});</script></div></div>
  <div class="box" id="box-category"><h2 class="box-title">文章分類</h2><div class="box-body"><ul>
    <li class="category-folder">教書與寫字 (18)<ul>
      <li><a href="http://shuwen.pixnet.test/blog/category/5566123">講稿 (3)</a></li>
      <li><a href="http://shuwen.pixnet.test/blog/category/5566124">散文 (11)</a></li>
      <li><a href="http://shuwen.pixnet.test/blog/category/5566125">讀書筆記 (4)</a></li>
    </ul></li>
    <li><a href="http://shuwen.pixnet.test/blog/category/0">未分類文章 (1)</a></li>
  </ul></div></div>
  <div class="box" id="box-recentpost"><h2 class="box-title">最新文章</h2><div class="box-body"><ul>@@RECENT@@</ul></div></div>
  <div class="box" id="box-recentcomment"><h2 class="box-title">最新留言</h2><div class="box-body"><ul>
    <li><a href="@@POSTB@@#comment-71234567">阿凱：恭喜老師！伯父一定很驕傲...</a></li>
    <li><a href="@@POSTA1@@#comment-70123456">小魚：謝謝學姊分享講稿，我們...</a></li>
  </ul></div></div>
  <div class="box" id="box-search"><h2 class="box-title">文章搜尋</h2><div class="box-body"><form method="get" action="http://shuwen.pixnet.test/blog/search"><input type="text" name="q" /><input type="submit" value="搜尋" /></form></div></div>
  <div class="box" id="box-visitor"><h2 class="box-title">參觀人氣</h2><div class="box-body"><ul><li>本日人氣：<span id="blog_hit_daily">38</span></li><li>累積人氣：<span id="blog_hit_total">186,402</span></li></ul></div></div>
  <div class="box" id="box-visitors"><h2 class="box-title">誰來我家</h2><div class="box-body"><div id="visitors-list"></div><script>pix.blog.loadVisitors("shuwen");</script></div></div>
  <div class="box" id="box-subscribe"><h2 class="box-title">動態訂閱</h2><div class="box-body"><a href="http://shuwen.pixnet.test/blog/feed/rss"><img src="//s.pixfs.net/blog/images/rss.gif" alt="RSS" /></a></div></div>
</div>
</div>
</div>
</div>
<div id="footer">
  <div id="footer-inner">
    <ul class="footer-links"><li><a href="https://www.pixnet.net/">痞客邦首頁</a></li><li><a href="https://www.pixnet.net/policy/terms">服務條款</a></li><li><a href="https://www.pixnet.net/policy/privacy">隱私權政策</a></li><li><a href="https://www.pixnet.net/help">客服中心</a></li></ul>
    <p class="copyright">© 2003 - 2023 痞客邦 PIXNET 城邦媒體控股集團 版權所有</p>
  </div>
</div>
</div>
</div>
<script type="text/javascript" src="//s.pixfs.net/js/pixad.min.js?v=20231115" async></script>
</body>
</html>
"""


def recent():
    return "".join(f'<li><a href="{post_url(k)}">{POSTS[k][1]}</a></li>' for k in ORDER)


def body_html(key):
    pid, title, date, hm, paras, *_ = POSTS[key]
    lines = [f"<p>{tw(p)}</p>" for p in paras]
    if key == "a1":
        lines = [
            "<p>今天受系主任之邀，回母校中文系的畢業典禮致詞。不少學弟妹來信想要講稿，稿子有點長，分兩篇貼上來，這是上篇。</p>",
            "<p>&nbsp;</p>",
            *lines,
            "<p>&nbsp;</p>",
            f'<p>（未完，待續：<a href="{post_url("a2")}" target="_blank">{POSTS["a2"][1]}</a>）</p>',
        ]
    elif key == "a2":
        lines = [
            f'<p>（接上篇：<a href="{post_url("a1")}" target="_blank">{POSTS["a1"][1]}</a>）</p>',
            "<p>&nbsp;</p>",
            *lines,
            "<p>&nbsp;</p>",
            "<p>——講稿全文完。引用請註明出處，謝謝。</p>",
        ]
    else:
        lines = [
            "<p>今晚在頒獎典禮上的得獎感言，上台前手抖得厲害，有幾句講得結結巴巴，這裡貼上完整的稿子。</p>",
            '<p><img title="頒獎典禮" src="https://pic.pimg.tw/shuwen/1700312345-2233445566_n.jpg" alt="頒獎典禮" border="0" /></p>',
            "<p>&nbsp;</p>",
            *lines,
            "<p>&nbsp;</p>",
            "<p>謝謝這一路上陪我的每一位朋友。</p>",
        ]
    return "\n".join(lines)


def article(key, full=True):
    pid, title, date, hm, paras, views, ncom = POSTS[key]
    url = post_url(key)
    if full:
        content = body_html(key)
    else:
        content = "\n".join(body_html(key).split("\n")[:3]) + f'\n<div class="more"><a href="{url}" title="{title}">(繼續閱讀...)</a></div>'
    tags = "".join(f'<a class="tag" href="https://www.pixnet.net/tags/{t}" rel="tag">{t}</a>' for t in (["畢業典禮", "致詞", "中文系"] if key != "b" else ["文學獎", "得獎感言", "渡輪"]))
    return f"""<div class="article" id="article-{pid}">
<div class="article-head">
{publish(date, hm)}
<h2 class="title"><a href="{url}">{title}</a></h2>
</div>
<div class="article-body">
<div class="article-content">
<div class="article-content-inner" id="article-content-inner">
{content}
</div>
{'<div class="tag-container"><span class="tag-text">文章標籤</span>' + tags + '</div>' if full else ''}
</div>
</div>
<div class="article-footer">
<ul class="refer">
<li>全站分類：<a class="cat" href="https://www.pixnet.net/blog/articles/category/21">藝文評論</a></li>
<li>個人分類：<a class="cat" href="http://shuwen.pixnet.test/blog/category/5566123">講稿</a></li>
</ul>
<ul class="footer">
<li class="author">淑雯 發表在 <a href="https://www.pixnet.net/">痞客邦</a> <a href="{url}#comments">留言</a>({ncom}) <a href="{url}">人氣</a>({views})</li>
</ul>
</div>
</div>"""


POST_TAIL = """
<div class="article-nav">
@@NAV@@
</div>
<div class="share-box">
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=@@URL@@" target="_blank" rel="nofollow">分享至 Facebook</a>
<a class="share-line" href="https://social-plugins.line.me/lineit/share?url=@@URL@@" target="_blank" rel="nofollow">分享至 LINE</a>
<a class="share-print" href="javascript:window.print();">列印</a>
</div>
<div class="pixad-box" id="pixad-article-bottom"><div class="pixad" data-slot="blog_article_bottom"></div><script>(window.pixad=window.pixad||[]).push({slot:"blog_article_bottom"});</script></div>
<div class="related-articles"><h3>你可能也喜歡</h3><ul>@@RELATED@@</ul></div>
<div id="comments">
<h3 class="comment-title">留言列表 (@@NCOM@@)</h3>
<div class="comment-list">
@@COMMENTS@@
</div>
<div class="comment-form">
<h3>發表留言</h3>
<p class="login-tip">站方保留管理留言的權利 <a href="https://member.pixnet.cc/login?easy_login=1">登入</a> 後即可留言，或 <a href="https://member.pixnet.cc/signup">免費註冊</a></p>
<form method="post" action="http://shuwen.pixnet.test/blog/post/@@PID@@/comment"><input type="text" name="name" placeholder="暱稱" /><textarea name="body" placeholder="留言內容"></textarea><label><input type="checkbox" name="is_secret" value="1" /> 悄悄話</label><input type="submit" value="送出留言" /></form>
</div>
</div>
"""

COMMENTS = {
    "a1": [("小魚", "2023/06/11 08:12", "謝謝學姊分享講稿，我們那天坐在台下聽到哭。"), ("Joanne", "2023/06/11 12:40", "「情感泛滥」那段好有共鳴，期待下篇！")],
    "a2": [("阿德", "2023/06/12 21:03", "第三件事說得真好，轉給我剛畢業的女兒看了。")],
    "b": [("阿凱", "2023/11/19 09:30", "恭喜老師！伯父一定很驕傲。"), ("海邊的貓", "2023/11/19 22:17", "我也是坐那班渡輪長大的，看到這篇眼眶都紅了。")],
}


def comments(key):
    out = []
    for n, (name, when, text) in enumerate(COMMENTS[key]):
        out.append(
            f'<div class="single-post" id="comment-{70123456 + n * 7 + POSTS[key][0] % 97}"><div class="post-info"><span class="user-name">{name}</span> '
            f'<span class="post-time">於 {when} 回覆</span> <a class="reply-link" href="#comment-form">回覆</a></div><div class="post-text">{text}</div></div>'
        )
    return "\n".join(out)


def post_page(key):
    pid, title, date, hm, paras, *_ = POSTS[key]
    i = ORDER.index(key)
    nav = []
    if i + 1 < len(ORDER):
        k = ORDER[i + 1]
        nav.append(f'<span class="prev">上一篇：<a href="{post_url(k)}">{POSTS[k][1]}</a></span>')
    if i > 0:
        k = ORDER[i - 1]
        nav.append(f'<span class="next">下一篇：<a href="{post_url(k)}">{POSTS[k][1]}</a></span>')
    related = "".join(f'<li><a href="{post_url(k)}">{POSTS[k][1]}</a></li>' for k in ORDER if k != key)
    page = HEAD + article(key) + POST_TAIL + SIDEBAR
    return render(
        page,
        TITLE=f"{title} @ 淑雯的寫字間 :: 痞客邦 ::",
        DESC=tw(paras[1])[:80],
        OGTYPE="article",
        OGTITLE=f"{title} @ 淑雯的寫字間 :: 痞客邦 ::",
        CANON=post_url(key),
        AID=pid,
        BODYCLASS="article-page",
        NAV="\n".join(nav),
        URL=post_url(key),
        RELATED=related,
        NCOM=len(COMMENTS[key]),
        COMMENTS=comments(key),
        PID=pid,
        RECENT=recent(),
        POSTB=post_url("b"),
        POSTA1=post_url("a1"),
    )


def pager(cur, total, base):
    parts = []
    prev = base if cur == 2 else f"{base}/{cur - 1}"
    parts.append('<span class="disabled">&laquo; 上一頁</span>' if cur == 1 else f'<a class="prev" href="{prev}">&laquo; 上一頁</a>')
    for n in range(1, total + 1):
        parts.append(f'<a class="current-page">{n}</a>' if n == cur else f'<a href="{base}{"/" + str(n) if n > 1 else ""}">{n}</a>')
    parts.append(f'<a class="next" href="{base}/{cur + 1}">下一頁 &raquo;</a>' if cur < total else '<span class="disabled">下一頁 &raquo;</span>')
    return '<div class="page">' + "".join(parts) + "</div>"


def listing(keys, title, pager_html, canon, heading=""):
    page = HEAD + heading + "\n".join(article(k, full=False) for k in keys) + "\n" + pager_html + "\n" + SIDEBAR
    return render(
        page,
        TITLE=title,
        DESC="寫字、教書、偶爾上台說話。講稿、散文與讀書筆記。",
        OGTYPE="website",
        OGTITLE=title,
        CANON=canon,
        AID="",
        BODYCLASS="article-list",
        RECENT=recent(),
        POSTB=post_url("b"),
        POSTA1=post_url("a1"),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "痞客邦 PIXNET personal blog, classic blog template (zh-TW, UTF-8)",
        extensionless_html=True,
        home="/blog/",
        site_note="pixnet.net blog: /blog (here /blog/), /blog/2, /blog/category/N, extensionless /blog/post/N; Traditional script, expected texts are Simplified",
    )
    for key in POSTS:
        fam.put(f"/blog/post/{POSTS[key][0]}", post_page(key))
    fam.put("/blog/", listing(["b", "a2"], "淑雯的寫字間 :: 痞客邦 ::", pager(1, 2, f"{BASE}/blog"), f"{BASE}/blog"))
    fam.put("/blog/2", listing(["a1"], "淑雯的寫字間 :: 痞客邦 ::", pager(2, 2, f"{BASE}/blog"), f"{BASE}/blog/2"))
    fam.put(
        "/blog/category/5566123",
        listing(ORDER, "講稿 @ 淑雯的寫字間 :: 痞客邦 ::", pager(1, 1, f"{BASE}/blog/category/5566123"), f"{BASE}/blog/category/5566123",
                '<div class="category-title"><h2>文章分類：講稿</h2></div>\n'),
    )
    cn = TO_CN.convert
    fam.doc([f"/blog/post/{POSTS['a1'][0]}", f"/blog/post/{POSTS['a2'][0]}"], A, text=cn(tw(A.text)), title=cn(TITLE_A), published_at="2023-06-10")
    fam.doc([f"/blog/post/{POSTS['b'][0]}"], B, text=cn(tw(B.text)), title=cn(tw(B.title)), published_at="2023-11-18")
    fam.not_documents += ["/blog/", "/blog/2", "/blog/category/5566123", f"/blog/post/{POSTS['a2'][0]}"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /blog/search\n")
    fam.noise += [
        "今天受系主任之邀",
        "（未完，待續：",
        "（接上篇：",
        "講稿全文完",
        "今晚在頒獎典禮上的得獎感言",
        "謝謝這一路上陪我的每一位朋友。",
        "文章標籤",
        "全站分類",
        "個人分類",
        "留言列表",
        "發表留言",
        "繼續閱讀",
        "參觀人氣",
        "痞客邦",
        "淑雯的寫字間",
        "你可能也喜歡",
        "分享至 LINE",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (zh-TW); expected titles and texts are Simplified: compare after converting. The graduation speech is posted as two blog posts （上）/（下） linked by the blogger's 待續 / 接上篇 lines: both posts are its pages."
    return fam
