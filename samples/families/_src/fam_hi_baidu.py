"""新版百度空间 (hi.baidu.com/USER/item/HEXID) as its 2013 pages print it: HTML5, UTF-8, Baidu's
`userbar` (百度首页 / 登录 / 注册), the space head `mod-topspaceinfo` (头像, 空间名, 签名, 关注 / 粉丝, +关注),
the nav (首页 / 相册 / 个人档案), the item in `div.mod-blogpage-wraper` → `div.mod-realcontent
mod-cs-contentblock`: `div.item-head` with `h2.title.content-title` and `div.content-other-info` (the
time, 分类), the text in `div#content.content.mod-cs-content.text-content` (editor `<p>` lines; one post
pasted from Word with `<p style="text-indent:2em;">` and `<span>`s), `mod-tagbox` (#标签), the
`mod-post-info` bar (浏览 / 评论 / 转载 / 分享 / 收藏 / 举报), 上一篇 / 下一篇, a comment box filled by script
(`加载中…`, 登录后才能评论), 推荐文章, and the Baidu footer (©2013 Baidu, 使用百度前必读, 京ICP证030173号).
Extensionless `/USER/item/ID`; home is the space `/USER/` (cards with 查看全文), page 2 `?page=2`."""

from common import SPEECHES, Family, render

HOST = "hi.baidu-like.test"
USER = "laozhou_bigan"
SPACE = "笔杆子老周"

GALA = SPEECHES["f39a-3"]
TEACHERS = SPEECHES["f39a-4"]

ITEMS = [
    {"id": "c2a91e7d04b3f65a8e1d2c97", "speech": TEACHERS, "time": "2013-09-10 20:14", "cat": "讲话稿",
     "tags": ["教师节", "讲话稿", "乡镇"], "views": 612, "word": True,
     "lead": "今天上午镇里开的教师节大会，书记的讲话稿是我起草的，会上基本照着念的，贴出来留个底。"},
    {"id": "5f3e1c0a9b2d7e4f1a6c8b3d", "speech": GALA, "time": "2013-02-17 22:41", "cat": "致辞",
     "tags": ["团拜会", "新春致辞"], "views": 438, "word": False,
     "lead": ""},
    {"id": "0d7be4a21f9c35e6b8a4d210", "speech": None, "title": "写材料这些年", "time": "2013-01-06 23:05",
     "cat": "随笔", "excerpt": "一转眼写材料写了十一年。刚开始的时候，一篇汇报改了七遍……"},
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
<link rel="icon" href="http://hi.baidu.com/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="http://img.baidu.com/hi/space/static/common/css/common_1c2f8a9.css" />
<link rel="stylesheet" type="text/css" href="http://img.baidu.com/hi/space/static/item/css/item_7b30e41.css" />
<link rel="stylesheet" type="text/css" href="http://img.baidu.com/hi/space/skin/mod-cs/tpl_simple_blue/skin_4e2a0d1.css" />
<script type="text/javascript">
var ct = new Date().getTime();
window.pageData = {
    "spaceName": "laozhou_bigan",
    "spaceNick": "笔杆子老周",
    "portrait": "a1e1e7ac7461696c6f7a686f755f626967616e3b1c",
    "isHost": 0,
    "isLogin": 0,
    "pageType": "@@PAGETYPE@@",
    "itemId": "@@ITEMID@@"
};
</script>
<script type="text/javascript" src="http://img.baidu.com/hi/space/static/common/js/mod_2013_3a1b5f0.js"></script>
</head>
<body class="mod-cs-body skin-tpl_simple_blue">
<div id="userbar" class="userbar">
<ul>
<li><a href="http://www.baidu.com/" target="_blank">百度首页</a></li>
<li><a href="http://passport.baidu.com/v2/?login&amp;tpl=sp&amp;u=@@U@@" class="login-link">登录</a></li>
<li><a href="http://passport.baidu.com/v2/?reg&amp;tpl=sp&amp;u=@@U@@" target="_blank">注册</a></li>
</ul>
</div>
<div id="header" class="mod-header">
<div class="mod-header-inner">
<a href="http://hi.baidu.com/" class="hi-logo" title="百度空间"><img src="http://img.baidu.com/hi/space/img/logo_2013.png" alt="百度空间" /></a>
<div class="mod-header-nav"><a href="http://hi.baidu.com/">空间首页</a><a href="http://hi.baidu.com/square/">广场</a><a href="http://hi.baidu.com/pub/show/createspace" class="create-space">开通空间</a></div>
</div>
</div>
<div id="wrapper" class="mod-blogpage-wraper">
<div class="mod-topspaceinfo mod-cs-header">
<div class="mod-cs-header-inner clearfix">
<a href="http://hi.baidu-like.test/laozhou_bigan/" class="space-avatar"><img src="http://himg.bdimg.com/sys/portrait/item/a1e1e7ac7461696c6f7a686f755f626967616e3b1c.jpg" width="100" height="100" alt="笔杆子老周" /></a>
<div class="space-info">
<div class="space-name"><a href="http://hi.baidu-like.test/laozhou_bigan/">笔杆子老周</a></div>
<div class="space-sign">在乡镇写了十一年材料，讲话稿、汇报、总结，写过的都在这里。</div>
<div class="space-count"><a href="http://hi.baidu.com/laozhou_bigan/followers">粉丝 <span>214</span></a><a href="http://hi.baidu.com/laozhou_bigan/following">关注 <span>37</span></a></div>
<a href="#" class="btn-follow" data-portrait="a1e1e7ac7461696c6f7a686f755f626967616e3b1c">+关注</a>
</div>
</div>
<ul class="mod-cs-nav clearfix">
<li class="@@NAV_HOME@@"><a href="http://hi.baidu-like.test/laozhou_bigan/">首页</a></li>
<li><a href="http://hi.baidu.com/laozhou_bigan/album">相册</a></li>
<li><a href="http://hi.baidu.com/laozhou_bigan/profile">个人档案</a></li>
</ul>
</div>
"""

FOOT = """</div>
<div id="footer" class="mod-footer">
<p><a href="http://hi.baidu.com/pub/show/help" target="_blank">帮助中心</a> | <a href="http://tieba.baidu.com/f?kw=%B0%D9%B6%C8%BF%D5%BC%E4" target="_blank">空间贴吧</a> | <a href="http://hi.baidu.com/hi_offical" target="_blank">官方空间</a> | <a href="http://hi.baidu.com/pub/show/feedback" target="_blank">意见反馈</a></p>
<p class="copy">&copy;2013 Baidu <a href="http://www.baidu.com/duty/" target="_blank">使用百度前必读</a> <a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证030173号</a></p>
</div>
<script type="text/javascript">
F.use(['/static/common/js/userbar.js', '/static/item/js/@@PAGETYPE@@.js'], function(userbar, page){ userbar.init(); page.init(window.pageData); });
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){ var hm = document.createElement("script"); hm.src = "//hm.baidu.com/h.js?3c61e5a3f6b48b0c9e2d1a7f43e80b25"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


def path_of(it: dict) -> str:
    return f"/{USER}/item/{it['id']}"


def title_of(it: dict) -> str:
    return it["speech"].title if it["speech"] else it["title"]


def text_html(it: dict) -> str:
    sp = it["speech"]
    out = []
    if it["lead"]:
        out.append(f'<p><span style="color:#808080;">（{it["lead"]}）</span></p>')
        out.append("<p><br /></p>")
    if it["word"]:
        out.append(f'<p style="text-align:center;"><strong><span style="font-size:18px;">{sp.title}</span></strong></p>')
        out.append('<p style="text-align:center;"><span style="font-family:楷体_GB2312;">（2013年9月10日）</span></p>')
        for p in sp.paras:
            out.append(f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">{p}</span></p>')
    else:
        for p in sp.paras:
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>")
    return "\n".join(out)


def item_page(it: dict) -> str:
    i = ITEMS.index(it)
    newer = ITEMS[i - 1] if i > 0 else None
    older = ITEMS[i + 1] if i + 1 < len(ITEMS) else None
    switch = '<div class="mod-detail-pager clearfix">'
    if newer:
        switch += (f'<div class="detail-nav-pre"><span>上一篇：</span><a href="http://hi.baidu-like.test{path_of(newer)}" '
                   f'hidefocus="true">{title_of(newer)}</a></div>')
    if older:
        switch += (f'<div class="detail-nav-next"><span>下一篇：</span><a href="http://hi.baidu-like.test{path_of(older)}" '
                   f'hidefocus="true">{title_of(older)}</a></div>')
    switch += "</div>"
    tags = "".join(f'<a href="http://hi.baidu.com/laozhou_bigan/tag/{t}" class="tag">#{t}</a>' for t in it["tags"])
    body = f"""<div class="mod-blogpage-content clearfix">
<div class="grid-80 mod-blogpage">
<div class="mod-realcontent mod-cs-contentblock">
<div class="item-head">
<a href="http://hi.baidu-like.test{path_of(it)}" class="a-incontent a-title cs-contentblock-hoverlink" target="_blank"><h2 class="title content-title">{title_of(it)}</h2></a>
<div class="content-other-info"><span>{it['time']}</span><span class="content-category">分类：<a href="http://hi.baidu.com/laozhou_bigan/category/{it['cat']}">{it['cat']}</a></span></div>
</div>
<div id="content" class="content mod-cs-content text-content clearfix">
{text_html(it)}
</div>
<div class="mod-tagbox mod-cs-tagbox clearfix">{tags}</div>
<div class="mod-post-info clearfix">
<div class="op-box">
<span class="pv">浏览({it['views']})</span>
<a href="#comment" class="comment-nub">评论</a>
<a href="#" class="reprint" data-itemid="{it['id']}">转载</a>
<div class="mod-share"><span class="share-label">分享到：</span><a href="#" class="share-tsina" title="新浪微博">新浪微博</a><a href="#" class="share-qzone" title="QQ空间">QQ空间</a><a href="#" class="share-renren" title="人人网">人人网</a><a href="#" class="share-tieba" title="百度贴吧">百度贴吧</a></div>
<a href="#" class="favorite">收藏</a>
<a href="http://tousu.baidu.com/hi/add?item={it['id']}" target="_blank" class="report">举报</a>
</div>
</div>
{switch}
<div id="comment" class="mod-comment-wrap">
<div class="mod-comment-head">评论</div>
<div class="mod-comment-list" id="commentList"><div class="loading">加载中…</div></div>
<div class="mod-comment-form"><div class="login-tip">登录后才能评论，请先<a href="http://passport.baidu.com/v2/?login&amp;tpl=sp" class="login-link">登录</a></div></div>
</div>
</div>
</div>
<div class="grid-20 mod-blogpage-side">
<div class="mod-recommend">
<h3>推荐文章</h3>
<ul>
<li><a href="http://hi.baidu.com/xiaoxu_wenmi/item/8e2f04b1c9d37a5e12f6a0c4" target="_blank">年终总结的几种写法</a></li>
<li><a href="http://hi.baidu.com/yangliu_jcgb/item/3b9d1e7f02a6c8d45e1b7290" target="_blank">基层干部的一天</a></li>
<li><a href="http://hi.baidu.com/qiuyu1972/item/e41c0a8d7f3b2695c6a3d18e" target="_blank">乡镇工作十年琐记</a></li>
</ul>
</div>
<div class="mod-app-ad"><a href="http://hi.baidu.com/pub/show/mobile" target="_blank"><img src="http://img.baidu.com/hi/space/img/app_qr_2013.png" alt="百度空间手机客户端" /></a><p>扫一扫，下载百度空间客户端</p></div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"{title_of(it)}_笔杆子老周_百度空间",
                  DESC=f"{title_of(it)} - 笔杆子老周的百度空间", PAGETYPE="item", ITEMID=it["id"], NAV_HOME="",
                  U=f"http%3A%2F%2Fhi.baidu.com%2F{USER}%2Fitem%2F{it['id']}")


def home_page(items: list[dict], page: int) -> str:
    cards = []
    for it in items:
        if it["speech"]:
            sp = it["speech"]
            excerpt = (sp.paras[2] if it["word"] else sp.paras[1])[:80] + "…"
        else:
            excerpt = it["excerpt"]
        month, day = it["time"][5:7], it["time"][8:10]
        cards.append(f"""<div class="mod-realcontent mod-cs-contentblock">
<div class="item-head"><div class="content-date"><span class="month">{int(month)}月</span><span class="day">{day}</span></div>
<a href="http://hi.baidu-like.test{path_of(it)}" class="a-incontent a-title cs-contentblock-hoverlink" target="_blank"><h2 class="title content-title">{title_of(it)}</h2></a></div>
<div class="content mod-cs-content text-content clearfix"><p>{excerpt}</p></div>
<a href="http://hi.baidu-like.test{path_of(it)}" class="a-incontent a-viewall" target="_blank">查看全文</a>
<div class="mod-post-info clearfix"><span class="content-time">{it['time']}</span><a href="http://hi.baidu-like.test{path_of(it)}#comment" class="comment-nub">评论</a></div>
</div>""")
    pager = ('<div class="mod-pagerbar"><a href="http://hi.baidu-like.test/laozhou_bigan/?page=2" class="page-next">下一页</a></div>'
             if page == 1 else
             '<div class="mod-pagerbar"><a href="http://hi.baidu-like.test/laozhou_bigan/" class="page-pre">上一页</a></div>')
    body = f"""<div class="mod-blogpage-content clearfix">
<div class="grid-80 mod-blogpage mod-feedlist">
{chr(10).join(cards)}
{pager}
</div>
<div class="grid-20 mod-blogpage-side">
<div class="mod-app-ad"><a href="http://hi.baidu.com/pub/show/mobile" target="_blank"><img src="http://img.baidu.com/hi/space/img/app_qr_2013.png" alt="百度空间手机客户端" /></a><p>扫一扫，下载百度空间客户端</p></div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="笔杆子老周_百度空间", DESC="在乡镇写了十一年材料，讲话稿、汇报、总结，写过的都在这里。",
                  PAGETYPE="home", ITEMID="", NAV_HOME="on", U=f"http%3A%2F%2Fhi.baidu.com%2F{USER}")


def build() -> Family:
    fam = Family(HOST, "新版百度空间 (hi.baidu.com/USER/item/ID), 2013 item pages", extensionless_html=True)
    for it in ITEMS[:2]:
        fam.put(path_of(it), item_page(it))
    fam.put(f"/{USER}/", home_page(ITEMS[:2], 1))
    fam.route(f"/{USER}/?page=2", f"/{USER}/page-2.html", home_page(ITEMS[2:], 2))
    fam.home = f"/{USER}/"
    fam.put("/robots.txt", "User-agent: *\nDisallow: /sys/\nDisallow: /pub/submit/\n", "ascii")
    t, g = ITEMS[0], ITEMS[1]
    fam.doc([path_of(t)], TEACHERS, published_at="2013-09-10")
    fam.doc([path_of(g)], GALA, published_at="2013-02-17")
    fam.not_documents += [f"/{USER}/?page=2"]
    fam.noise += [
        "镇里开的教师节大会", "（2013年9月10日）", "浏览(", "转载", "分享到：", "收藏", "举报", "上一篇：", "下一篇：",
        "加载中…", "登录后才能评论", "推荐文章", "#教师节", "#团拜会", "百度空间客户端", "京ICP证030173号",
        "使用百度前必读", "笔杆子老周", "+关注", "查看全文", "分类：",
    ]
    fam.note = ("the 教师节 post opens with the blogger's own grey note (（今天上午…贴出来留个底。）) and the Word file's "
                "centred title and （2013年9月10日） line before the speech; the 团拜会 post is plain editor paragraphs")
    return fam
