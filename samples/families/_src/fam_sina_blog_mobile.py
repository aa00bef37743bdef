"""新浪博客 touch pages (blog.sina.cn/dpool/blog/s/blog_HEX.html) as a phone browser gets them, about
2016: HTML5 UTF-8 with the viewport meta, `sudameta`, the `$globalInfo` object and the mjs.sinaimg.cn
scripts; the sina.cn top bar (`header.h_top`: 新浪博客 logo, 首页 / 登录, 打开APP), the 博主 card
(`m_blog_user`: avatar, nickname, 关注), the article in `article.m_blog_article`: `h1.art_tit_h1`,
`div.art_info` (`2013-05-04 20:33`, 阅读 count), the text in `section.art_content#blog_body` of
`p.art_p` paragraphs (one post the blogger's own 发言, the other a `[转载]` whose body opens with Sina's
`原文地址：… 作者：…` line); then 标签, the `m_blog_tool` bar (赞 / 收藏 / 转载 / 分享), 上一篇 / 下一篇, 博主
其他文章, 评论 (a few `comment_item`s, 查看全部评论, 登录后发表评论), 新浪博客热文 cards, the open-in-app
banner (打开新浪博客客户端，阅读体验更佳), the sina.cn footer (新浪首页 | 新浪博客 | 触屏版 | 标准版 | 客户端,
Sina.cn (京ICP证000007)).

Home is the blogger's touch home `/dpool/blog/u/1267845093` (extensionless: `extensionless_html`) with
the newest posts and 下一页 → `/dpool/blog/u/1267845093?page=2` (query route); not documents."""

from common import SPEECHES, Family, render

HOST = "blog.xinlang-cn.test"
UID = "1267845093"
BLOGGER = "石桥边的老赵"
HOME = f"/dpool/blog/u/{UID}"
PAGE2 = f"{HOME}?page=2"

PARENT = SPEECHES["f44d-2"]
AWARD = SPEECHES["f44d-6"]

POSTS = [
    {"hex": "4b91c3650102w3kf", "title": AWARD.title, "time": "2016-01-24 21:18", "read": 236,
     "paras": AWARD.paras, "repost": True, "cat": "转载"},
    {"hex": "4b91c3650102vz8a", "title": "腊月里给老屋换了新瓦", "time": "2016-01-10 19:47", "read": 88, "paras": None},
    {"hex": "4b91c3650102v6tq", "title": "儿子大学毕业了", "time": "2015-07-02 22:05", "read": 174, "paras": None},
    {"hex": "4b91c3650101hm2x", "title": PARENT.title, "time": "2013-05-04 20:33", "read": 1462,
     "paras": PARENT.paras, "repost": False, "cat": "家长里短"},
    {"hex": "4b91c3650101gq7c", "title": "一模成绩出来了", "time": "2013-04-11 22:40", "read": 203, "paras": None},
]


def path_of(p):
    return f"/dpool/blog/s/blog_{p['hex']}.html"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="sudameta" content="allCIDs:0,30,1,2029;dataid:blog_@@HEX@@;uid:@@UID@@" />
<link rel="canonical" href="http://blog.sina.com.cn/s/blog_@@HEX@@.html" />
<link rel="apple-touch-icon" href="//mjs.sinaimg.cn/wap/online/public/images/addToHome/sina_114x114_v1.png" />
<link rel="stylesheet" href="//mjs.sinaimg.cn/wap/module/blog/201601121530/css/blog_article.min.css" />
<script>
var $globalInfo = {
    "uid": "@@UID@@",
    "nick": "@@BLOGGER@@",
    "articleId": "@@HEX@@",
    "pageType": "@@PAGETYPE@@",
    "isLogin": 0,
    "vt": 4
};
</script>
</head>
<body>
<header class="h_top" id="j_header">
<a class="h_logo" href="http://blog.sina.cn/" title="新浪博客"><img src="//mjs.sinaimg.cn/wap/module/blog/images/logo_blog.png" alt="新浪博客" /></a>
<nav class="h_nav"><a href="http://sina.cn/" class="h_home">首页</a><a href="https://passport.sina.cn/signin/signin?entry=wapblog&amp;r=@@RETURN@@" class="h_login" rel="nofollow">登录</a></nav>
<a class="h_app j_openapp" href="http://blog.sina.cn/dpool/blog/newblog/client/download.html" data-scheme="sinablog://article?id=@@HEX@@">打开APP</a>
</header>
<div class="m_blog_user">
<a href="@@HOME@@" class="user_pic"><img src="http://tvax1.sinaimg.cn/crop.0.0.180.180.180/4b91c365ly1fxx0.jpg" width="40" height="40" alt="" /></a>
<div class="user_info"><a href="@@HOME@@" class="user_name">@@BLOGGER@@</a><span class="user_desc">博文 212 · 粉丝 96</span></div>
<a href="javascript:;" class="user_follow j_follow" rel="nofollow">+ 关注</a>
</div>
"""

FOOT = """<div class="m_blog_hot">
<h3 class="m_tit">新浪博客热文</h3>
<ul>
<li><a href="http://blog.sina.cn/dpool/blog/s/blog_6a1f0d2b0102wb3c.html"><span class="hot_tit">父亲的旧自行车</span><span class="hot_from">一棵老槐树</span></a></li>
<li><a href="http://blog.sina.cn/dpool/blog/s/blog_5e8c22710102xf0a.html"><span class="hot_tit">腊八粥里的年味</span><span class="hot_from">江南小厨</span></a></li>
<li><a href="http://blog.sina.cn/dpool/blog/s/blog_7d3b19e40102vq5m.html"><span class="hot_tit">县城中学的三年</span><span class="hot_from">教书匠老陈</span></a></li>
</ul>
</div>
<div class="m_app_banner j_openapp" data-scheme="sinablog://home">
<img src="//mjs.sinaimg.cn/wap/module/blog/images/app_icon.png" width="36" height="36" alt="" />
<p>打开新浪博客客户端，阅读体验更佳</p><a href="http://blog.sina.cn/dpool/blog/newblog/client/download.html" class="btn_open">立即打开</a>
</div>
<footer class="m_footer">
<p class="ft_nav"><a href="http://sina.cn/">新浪首页</a> | <a href="http://blog.sina.cn/">新浪博客</a> | <span class="cur">触屏版</span> | <a href="http://blog.sina.com.cn/s/blog_@@HEX@@.html?tj=1">标准版</a> | <a href="http://blog.sina.cn/dpool/blog/newblog/client/download.html">客户端</a></p>
<p class="ft_cp">Sina.cn (京ICP证000007)</p>
</footer>
<script src="//mjs.sinaimg.cn/umd/base-tools-SUDA/0.0.29/index.min.js"></script>
<script src="//mjs.sinaimg.cn/wap/module/blog/201601121530/js/blog_article.min.js"></script>
<script>
(function(){var suda = window.SUDA || []; suda.push(["setGatherType", "wap"]); suda.push(["setGatherInfo", "", "WAPBLOG"]); suda.push(["setPageInfo", "@@PAGETYPE@@"]); window.SUDA = suda;})();
</script>
</body>
</html>
"""


def page(title, body, *, keywords, desc, hexid="", pagetype="article", ret="http%3A%2F%2Fblog.sina.cn%2F"):
    head = render(HEAD, TITLE=title, KEYWORDS=keywords, DESC=desc, HEX=hexid, UID=UID, BLOGGER=BLOGGER,
                  PAGETYPE=pagetype, RETURN=ret, HOME=HOME)
    return head + body + render(FOOT, HEX=hexid, PAGETYPE=pagetype)


COMMENTS = {
    "4b91c3650101hm2x": [
        ("山城小雨", "2013-05-04 21:02", "赵哥说得真好，我在台下都听哭了。"),
        ("新浪网友", "2013-05-05 08:15", "成人礼这天，孩子们肯定记一辈子。"),
    ],
    "4b91c3650102w3kf": [("云朵朵", "2016-01-25 09:40", "转给我们组的小姑娘们看看。")],
}


def article_page(p):
    i = POSTS.index(p)
    newer = next((q for q in reversed(POSTS[:i])), None)
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    shown = ("[转载]" if p["repost"] else "") + p["title"]
    lines = []
    if p["repost"]:
        lines.append('<p class="art_p">原文地址：<a href="http://blog.sina.cn/dpool/blog/s/blog_8c2e7f1a0102w9ne.html">'
                     f'{p["title"]}</a>作者：<a href="http://blog.sina.cn/dpool/blog/u/2351910682">小鹿爱喝茶</a></p>')
    lines += [f'<p class="art_p">{x}</p>' for x in p["paras"]]
    tags = ["转载", "获奖感言", "客服"] if p["repost"] else ["成人礼", "家长发言", "高考"]
    comments = "\n".join(
        f'<div class="comment_item"><p class="cm_user"><span class="cm_name">{n}</span><span class="cm_time">{t}</span></p>'
        f'<p class="cm_txt">{c}</p></div>' for n, t, c in COMMENTS.get(p["hex"], []))
    others = "\n".join(f'<li><a href="{path_of(q)}">{q["title"]}</a><span>{q["time"][:10]}</span></li>'
                       for q in POSTS if q is not p)
    pn = []
    pn.append(f'<a class="prev" href="{path_of(newer)}">上一篇：{newer["title"]}</a>' if newer else '<span class="prev">上一篇：没有了</span>')
    pn.append(f'<a class="next" href="{path_of(older)}">下一篇：{older["title"]}</a>' if older else '<span class="next">下一篇：没有了</span>')
    body = f"""<article class="m_blog_article" id="j_article">
<h1 class="art_tit_h1">{shown}</h1>
<div class="art_info"><time class="art_time">{p['time']}</time><span class="art_read">阅读 {p['read']}</span><a class="art_cate" href="{HOME}">{p['cat']}</a></div>
<section class="art_content" id="blog_body">
{chr(10).join(lines)}
</section>
<div class="art_tags">标签：{''.join(f'<span class="tag">{t}</span>' for t in tags)}</div>
<div class="m_blog_tool">
<a href="javascript:;" class="tool_like j_like" rel="nofollow">赞<em>{p['read'] // 50}</em></a>
<a href="javascript:;" class="tool_fav j_fav" rel="nofollow">收藏</a>
<a href="javascript:;" class="tool_zz j_zhuanzai" rel="nofollow">转载</a>
<a href="javascript:;" class="tool_share j_share" rel="nofollow">分享</a>
</div>
<div class="art_page">
{chr(10).join(pn)}
</div>
</article>
<div class="m_blog_other">
<h3 class="m_tit">博主其他文章</h3>
<ul>
{others}
</ul>
<a class="more" href="{HOME}">查看更多博文 &gt;</a>
</div>
<div class="m_blog_comment" id="j_comment">
<h3 class="m_tit">评论<span>({len(COMMENTS.get(p['hex'], []))})</span></h3>
{comments}
<a class="cm_more" href="http://blog.sina.cn/dpool/blog/ArtComment.php?articleid={p['hex']}">查看全部评论 &gt;</a>
<div class="cm_post"><a href="https://passport.sina.cn/signin/signin?entry=wapblog" rel="nofollow">登录</a>后发表评论</div>
</div>
"""
    desc = p["paras"][0] + p["paras"][1][:40]
    ret = "http%3A%2F%2Fblog.sina.cn%2Fdpool%2Fblog%2Fs%2Fblog_" + p["hex"] + ".html"
    return page(f"{shown}_{BLOGGER}_新浪博客", body, keywords=",".join(tags), desc=desc, hexid=p["hex"], ret=ret)


def home_page(posts, n):
    items = "\n".join(f"""<li class="list_item">
<a href="{path_of(p)}"><h2 class="item_tit">{'[转载]' if p.get('repost') else ''}{p['title']}</h2>
<p class="item_info"><span>{p['time']}</span><span>阅读 {p['read']}</span></p></a>
</li>""" for p in posts)
    if n == 1:
        pager = f'<div class="m_page"><span class="dis">上一页</span><span class="num">1/2</span><a href="{PAGE2}">下一页</a></div>'
    else:
        pager = f'<div class="m_page"><a href="{HOME}">上一页</a><span class="num">2/2</span><span class="dis">下一页</span></div>'
    body = f"""<div class="m_blog_list">
<h3 class="m_tit">博文</h3>
<ul>
{items}
</ul>
{pager}
</div>
"""
    return page(f"{BLOGGER}_新浪博客", body, keywords=f"{BLOGGER},新浪博客", desc=f"{BLOGGER}的新浪博客",
                hexid="", pagetype="home")


def build() -> Family:
    fam = Family(HOST, "新浪博客 touch pages (blog.sina.cn/dpool/blog/s/blog_HEX.html), about 2016",
                 content_type="text/html; charset=utf-8", extensionless_html=True)
    for p in POSTS:
        if p["paras"] is not None:
            fam.put(path_of(p), article_page(p))
    fam.put(HOME, home_page(POSTS[:3], 1))
    fam.route(PAGE2, HOME + "-page2.html", home_page(POSTS[3:], 2))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /dpool/blog/ArtComment.php\n", "ascii")
    fam.home = HOME
    fam.doc([path_of(POSTS[3])], PARENT, published_at="2013-05-04")
    fam.doc([path_of(POSTS[0])], AWARD, published_at="2016-01-24")
    fam.not_documents += [PAGE2]
    fam.noise += [
        "原文地址：", "小鹿爱喝茶", "[转载]", "上一篇：", "下一篇：", "博主其他文章", "新浪博客热文", "查看全部评论",
        "后发表评论", "打开新浪博客客户端", "京ICP证000007", "标签：", "打开APP", "赵哥说得真好",
    ]
    fam.note = ("HOLDOUT. touch pages; the 获奖感言 is a Sina 转载 ([转载] title, 原文地址：… 作者：… line first): "
                "its expected title and text leave both out; the home is extensionless, its page 2 a query route")
    return fam
