"""百度经验 (jingyan.baidu.com) article pages, PC template about 2020-2023, UTF-8: a user posts a
speech template as an experience (`…发言稿范文`): `/article/HEXID.html`, `h1.exp-title-h1`, the
`exp-info` line (`<time>`, 浏览 count, author), the 简介 block (the poster's own lead-in), 工具/原料,
方法/步骤 in `ol.exp-conent-orderlist` (the real class name's typo) with `list-icon` numbers, the
speech's paragraphs as the steps' `<p>`s and a step image (`exp-image-default`, `data-src`), then
注意事项, 经验内容仅供参考 / 作者声明 lines, the 投票 / 分享 / 收藏 / 举报 bar, 相关经验 and
作者的经验 side lists, and the footer with 京ICP证030173号. Home lists 最新经验; the tag listing
`/tag?tagName=发言稿` (query route) lists both. One page per article (jingyan does not paginate)."""

from urllib.parse import quote

from common import SPEECHES, Family, split_paras

HOST = "jingyan.baidu-like.test"
TAG = "/tag?tagName=" + quote("发言稿")

ARTICLES = [
    dict(
        speech=SPEECHES["f41a-1"],
        hexid="9f7e7ec0b93a2b2e1a554c8d",
        title="初一新生家长会班主任发言稿范文",
        time="2024-09-10 20:31",
        views="3,812",
        votes=46,
        author=("梁老师的小书房", "1a2b3c4d5e6f"),
        intro="开学第一次家长会，班主任该怎么发言？下面分享一篇我自己在七年级家长会上用过的发言稿，内容包括学生开学情况、初中和小学的变化、给家长的建议和家校沟通方式，需要的老师可以参考修改。",
        tools=["家长会PPT", "班级学生名单"],
        steps=6,
        tips=["发言时间控制在二十分钟左右，留出时间让家长提问。", "班级的具体数字要换成自己班的情况。"],
        img="https://exp-picture.cdn.bcebos.com/5b1c7d0e9b3a2b2e1a554c8d3f0a8e7b.jpg",
    ),
    dict(
        speech=SPEECHES["f41a-2"],
        hexid="48b37f8dd4a5c21a646488e2",
        title="社区老年大学开学典礼领导致辞怎么写",
        time="2024-03-06 09:14",
        views="1,207",
        votes=12,
        author=("社区小编阿敏", "7c8d9e0f1a2b"),
        intro="社区老年大学开学典礼上，街道领导一般要作一个简短的致辞。这篇是我们街道今年春季开学典礼上的致辞稿，分享出来，格式和思路可供社区工作者参考。",
        tools=["开学典礼议程"],
        steps=5,
        tips=["致辞要体现对学员和志愿者老师的感谢。", "新学期的新变化要讲具体，老人爱听实在的。"],
        img="https://exp-picture.cdn.bcebos.com/2f9a6c1d48b37f8dd4a5c21a646488e2b1c0d9e8.jpg",
    ),
]

MORE = [
    ("c1a3101e6f3c86de656deb01", "年会优秀员工代表发言稿怎么写", "2.1万"),
    ("95c7d20a1b9f43ec4e756d99", "开学典礼教师代表发言稿", "8,934"),
    ("7e440953bd3a152fc31e9a58", "如何写一篇好的表态发言", "1.5万"),
    ("f0e83a25a7d3b462e59101c4", "主持词开场白怎么写比较好", "6,207"),
]


def a_url(a):
    return f"/article/{a['hexid']}.html"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>@TITLE@</title>
@EXTRA@<link rel="shortcut icon" href="https://www.baidu.com/favicon.ico" type="image/x-icon">
<link rel="stylesheet" type="text/css" href="https://exp-static.bdstatic.com/static/common/pkg/common_z_1d2c4e8.css">
<link rel="stylesheet" type="text/css" href="https://exp-static.bdstatic.com/static/article/pkg/article_z_9b07f3a.css">
<script>var F = {}; window.PAGE_CONF = {productId: 26, page: "article"};</script>
</head>
"""

TOP = """<body class="@BODYCLASS@">
<div id="hd" class="wgt-header"><div class="top-bar"><div class="wgt-userbar">
<a href="https://www.baidu.com/" target="_blank">百度首页</a>
<a href="https://passport.baidu.com/v2/?login&amp;tpl=exp&amp;u=https%3A%2F%2Fjingyan.baidu.com%2F" class="login-btn">登录</a>
<a href="https://passport.baidu.com/v2/?reg&amp;tpl=exp" target="_blank">注册</a>
</div></div>
<div class="wgt-search"><a href="/" class="logo" title="百度经验"><img src="https://exp-static.bdstatic.com/static/common/widget/search-box/img/logo_83ae7e2.png" alt="百度经验"></a>
<form action="/search" method="get" name="f" id="searchForm"><input type="text" name="word" id="searchInput" maxlength="100" autocomplete="off" value=""><input type="submit" id="searchBtn" value="搜索经验"></form>
<a class="edit-btn" href="/edit/content" target="_blank">写经验</a></div>
<div class="wgt-nav"><ul class="nav-list">
<li><a href="/" class="nav-item">首页</a></li>
<li><a href="/z/menu/education" class="nav-item">教育/学习</a></li>
<li><a href="/z/menu/life" class="nav-item">生活/家居</a></li>
<li><a href="/z/menu/career" class="nav-item">职场/理财</a></li>
<li><a href="/z/menu/culture" class="nav-item">文化/艺术</a></li>
<li><a href="/z/menu/activity" class="nav-item">活动</a></li>
<li><a href="/user/npublic?fr=nav" class="nav-item">经验号</a></li>
</ul></div>
</div>
"""

FOOT = """<div id="ft" class="wgt-footer">
<div class="footer-app"><img src="https://exp-static.bdstatic.com/static/common/widget/footer/img/app_qr_2e5d1f0.png" alt="">扫描二维码下载百度经验APP</div>
<p class="copyright">&copy;2024&nbsp;Baidu&nbsp;&nbsp;<a href="https://www.baidu.com/duty/" target="_blank">使用百度前必读</a>&nbsp;|&nbsp;<a href="/about/protocol" target="_blank">百度经验协议</a>&nbsp;|&nbsp;<a href="/about/authorprotocol" target="_blank">作者创作作品协议</a>&nbsp;|&nbsp;<a href="/about/contact" target="_blank">意见反馈</a></p>
<p class="icp"><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证030173号-1</a>&nbsp;&nbsp;京网文【2023】1034-029号</p>
</div>
<script src="https://exp-static.bdstatic.com/static/common/pkg/common_z_6a1d0c3.js"></script>
<script src="https://exp-static.bdstatic.com/static/article/pkg/article_z_0e8c4b1.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?46c8852ae89f7d9526f0082fafa15edd";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def page(title, body, bodyclass, extra=""):
    return (
        HEAD.replace("@TITLE@", title).replace("@EXTRA@", extra)
        + TOP.replace("@BODYCLASS@", bodyclass)
        + body
        + FOOT
    )


def article_page(a, other):
    sp = a["speech"]
    name, uid = a["author"]
    runs = split_paras(sp.paras, a["steps"])
    steps = ""
    for n, run in enumerate(runs, 1):
        paras = "".join(f"<p>{p}</p>" for p in run)
        media = ""
        if n == 1:
            media = (
                '<div class="content-list-media"><div class="content-list-image clearfix">'
                f'<a class="exp-image-wraper" href="{a["img"]}" target="_blank">'
                f'<img class="exp-image-default pic" src="https://exp-static.bdstatic.com/static/common/widget/image/img/loading_5c3d9b2.gif" data-src="{a["img"]}" alt="{a["title"]}" width="500" height="281">'
                "</a></div></div>"
            )
        steps += (
            f'<li class="exp-content-list list-item-{n}"><div class="list-icon">{n}</div>'
            f'<div class="content-list-text">{paras}</div>{media}</li>\n'
        )
    tools = "".join(
        f'<li class="exp-content-list list-item-{n}"><div class="content-list-text">{t}</div></li>'
        for n, t in enumerate(a["tools"], 1)
    )
    tips = "".join(
        f'<li class="exp-content-list list-item-{n}"><div class="content-list-text"><p>{t}</p></div></li>'
        for n, t in enumerate(a["tips"], 1)
    )
    related = f'<li><a href="{a_url(other)}" title="{other["title"]}" target="_blank">{other["title"]}</a><span class="views">{other["views"]}</span></li>'
    related += "".join(
        f'<li><a href="/article/{h}.html" title="{t}" target="_blank">{t}</a><span class="views">{v}</span></li>'
        for h, t, v in MORE
    )
    extra = (
        f'<meta name="description" content="{a["intro"][:70]}">\n'
        f'<link rel="canonical" href="https://{HOST}{a_url(a)}">\n'
        f'<link rel="alternate" media="only screen and(max-width: 640px)" href="https://{HOST}/m{a_url(a)}">\n'
    )
    body = f"""<div id="bd" class="grid"><div class="wgt-crumbs" id="crumbs"><a href="/">百度经验</a> &gt; <a href="/z/menu/education">教育/学习</a> &gt; <a href="/tag?tagName=%E8%8C%83%E6%96%87">范文</a></div>
<div class="main" id="main"><div class="main-content" id="exp-main">
<div class="exp-title clearfix"><h1 class="exp-title-h1" title="{a["title"]}"><span class="title-text">{a["title"]}</span></h1>
<ul class="exp-info">
<li class="exp-author"><a href="/user/npublic?un={uid}" class="author-name" target="_blank">{name}</a></li>
<li class="exp-time"><time>{a["time"]}</time></li>
<li class="views">浏览：<span class="views">{a["views"]}</span></li>
</ul></div>
<div class="exp-content-block"><div class="exp-content-body"><div class="content-listblock-text" id="format-exp"><p>{a["intro"]}</p></div></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">工具/原料</h2><div class="exp-content-body"><ul class="exp-content-unorderlist">{tools}</ul></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">方法/步骤</h2><div class="exp-content-body"><ol class="exp-conent-orderlist">
{steps}</ol></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">注意事项</h2><div class="exp-content-body"><ul class="exp-content-unorderlist">{tips}</ul></div></div>
<div class="exp-content-tip"><p>经验内容仅供参考，如果您需解决具体问题(尤其法律、医学等领域)，建议您详细咨询相关领域专业人士。</p>
<p class="exp-statement">作者声明：本篇经验系本人依照真实经历原创，未经许可，谢绝转载。</p></div>
<div class="wgt-interaction" id="interaction"><a href="javascript:;" class="useful-btn" data-aid="{a["hexid"]}"><span class="a-h">投票</span>(<span class="count">{a["votes"]}</span>)</a>
<a href="javascript:;" class="share-btn">分享</a><a href="javascript:;" class="fav-btn"><span class="a-h">收藏</span></a><a href="javascript:;" class="report-btn">举报</a></div>
<div class="wgt-comment" id="comment"><div class="comment-hd"><h3>评论</h3><span class="comment-num">0</span></div><div class="comment-empty">还没有评论，快来抢沙发吧！</div><div class="comment-login"><a href="https://passport.baidu.com/v2/?login&amp;tpl=exp" class="login-btn">登录</a>后发表评论</div></div>
</div></div>
<div class="aside" id="aside">
<div class="wgt-author-card"><a href="/user/npublic?un={uid}" class="avatar"><img src="https://himg.bdimg.com/sys/portrait/item/{uid}.jpg" alt=""></a><a href="/user/npublic?un={uid}" class="name">{name}</a><p class="author-level">经验达人</p><a href="javascript:;" class="follow-btn">+关注</a></div>
<div class="wgt-related" id="related"><h3 class="aside-title">相关经验</h3><ul>{related}</ul></div>
<div class="wgt-author-exp"><h3 class="aside-title">作者的经验</h3><ul><li><a href="/article/{MORE[1][0]}.html" target="_blank">{MORE[1][1]}</a></li></ul></div>
<div class="wgt-ad" id="ad-aside"><div class="ad-tag">广告</div><a href="https://e.baidu.com/?refer=1285" target="_blank" rel="nofollow">公文写作不求人，海量范文模板免费下载</a></div>
</div>
</div>
"""
    return page(f"{a['title']}-百度经验", body, "page-article", extra)


def list_items():
    out = ""
    for a in ARTICLES:
        out += f"""<li class="list-item"><a href="{a_url(a)}" class="title" target="_blank" title="{a["title"]}">{a["title"]}</a>
<p class="summary">{a["intro"][:56]}...</p><div class="item-info"><span class="author">{a["author"][0]}</span><span class="views">{a["views"]}人看过</span><span class="time">{a["time"][:10]}</span></div></li>
"""
    for h, t, v in MORE:
        out += f'<li class="list-item"><a href="/article/{h}.html" class="title" target="_blank">{t}</a><div class="item-info"><span class="views">{v}人看过</span></div></li>\n'
    return out


def home_page():
    body = f"""<div id="bd" class="grid"><div class="main">
<div class="wgt-banner"><a href="/z/activity/2024autumn" target="_blank"><img src="https://exp-picture.cdn.bcebos.com/banner_2024autumn.jpg" alt="开学季 经验征集"></a></div>
<div class="wgt-feed"><h2 class="feed-title">最新经验</h2><ul class="feed-list">
{list_items()}</ul><a class="feed-more" href="{TAG}">查看更多</a></div>
</div>
<div class="aside"><div class="wgt-hot-tags"><h3 class="aside-title">热门标签</h3><a href="{TAG}">发言稿</a><a href="/tag?tagName=%E8%8C%83%E6%96%87">范文</a><a href="/tag?tagName=%E4%B8%BB%E6%8C%81%E8%AF%8D">主持词</a></div></div>
</div>
"""
    return page("百度经验——实用生活指南", body, "page-index")


def tag_page():
    body = f"""<div id="bd" class="grid"><div class="wgt-crumbs"><a href="/">百度经验</a> &gt; 标签：发言稿</div>
<div class="main"><div class="tag-head"><h1 class="tag-name">发言稿</h1><span class="tag-count">共有<em>1,386</em>篇经验</span></div>
<ul class="feed-list">
{list_items()}</ul>
<div class="pager"><span class="pager-current">1</span><a href="{TAG}&amp;pn=20">2</a><a href="{TAG}&amp;pn=40">3</a><a class="pager-next" href="{TAG}&amp;pn=20">下一页&gt;</a></div>
</div></div>
"""
    return page("发言稿_百度经验", body, "page-tag")


def build() -> Family:
    fam = Family(HOST, "百度经验 (jingyan.baidu.com) article pages: a speech template posted as 方法/步骤")
    fam.put("/", home_page())
    fam.route(TAG, "tag/fayangao.html", tag_page())
    fam.not_documents.append(TAG)
    a1, a2 = ARTICLES
    for a, other in ((a1, a2), (a2, a1)):
        fam.put(a_url(a), article_page(a, other))
        fam.doc([a_url(a)], a["speech"], title=a["title"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /search\nDisallow: /edit/\n", "ascii")
    fam.noise += [
        "开学第一次家长会，班主任该怎么发言",
        "街道领导一般要作一个简短的致辞",
        "工具/原料",
        "家长会PPT",
        "方法/步骤",
        "注意事项",
        "发言时间控制在二十分钟左右",
        "老人爱听实在的",
        "经验内容仅供参考",
        "作者声明：本篇经验系本人依照真实经历原创",
        "投票",
        "收藏",
        "举报",
        "还没有评论，快来抢沙发吧！",
        "相关经验",
        "作者的经验",
        "经验达人",
        "公文写作不求人",
        "京ICP证030173号-1",
        "使用百度前必读",
        "浏览：",
    ]
    fam.note = (
        "The document is the speech spread over the 方法/步骤 steps (each step's `<p>`s, numbered by `list-icon`): "
        "not the poster's 简介 lead-in, 工具/原料, 注意事项, the 经验内容仅供参考 / 作者声明 lines or the side lists. "
        "Titles are the experience titles (`…发言稿范文`, `…致辞怎么写`), not the speech's own title; "
        "`published_at` is the `<time>` in the `exp-info` line."
    )
    return fam
