"""一点资讯 (www.yidianzixun.com) PC article pages, the 2019-2021 template: extensionless
`/article/0Lxxxxxx` addresses, `div.left-wrapper > h2`, the `meta` line (来源 account link `a.doc-source`,
date `2024.05.16`), `div#imedia-article.content-bd` holding the text (a `（原标题：…）` line first, an
`a-image` photo with its `p.a-image-caption`, a 责任编辑 line last), the 一点号 disclaimer, `interest-tags`,
the 来源 account box (`wemedia-card`: avatar, name, 简介, +关注), 分享到 bar, the `APP内打开` banner
(`open-app-bar`), 相关推荐 (`related-news`), `window.yidian.docinfo` JSON with the article. Home `/` has
channel cards; the account page `/channel/m345678` (一点号 page) lists both articles, page 2 by `?page=2`
is not a document; `/channel/c3` (时政) lists one."""

import html
import json

from common import SPEECHES, Family

HOST = "www.yidianzixun-like.test"
ACCOUNT = ("柳岸发布", "m345678", "柳岸区委宣传部官方一点号，发布柳岸权威信息", "2.3万")
A1, A2 = SPEECHES["r21b-yd1"], SPEECHES["r21b-yd2"]
ORIG1 = "（原标题：区长在全区夜间经济发展推进会上强调：丰富业态完善配套 打造夜间消费亮丽名片）"
EDIT1 = "责任编辑：孙晓楠　审核：钱立新"
CAP2 = "▲青石社区养老服务中心长者食堂。（通讯员 许佳怡 摄）"
EDIT2 = "来源：柳岸发布　编辑：黄一鸣"
# id, speech, date, original-title line (or None), photo after paragraph + caption, tail line
ARTICLES = [
    ("0LqH7sWe", A1, "2024.05.16", "2024-05-16 18:42:10", ORIG1, None, EDIT1, "3892"),
    ("0Lt2Rk9m", A2, "2024.09.10", "2024-09-10 11:05:33", None, (1, CAP2), EDIT2, "1206"),
]
OTHERS = [
    ("0Lt5Pa3c", "柳岸区第三批口袋公园开放，家门口多了12处休闲好去处", "2024.09.12"),
    ("0Lq9Xy2b", "滨河音乐街区本周末上演露天草坪音乐会", "2024.05.18"),
    ("0Lr1Mn7d", "柳岸区开展夏季燃气安全专项检查", "2024.06.03"),
]


def head(title, desc, keywords=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{html.escape(title)}</title>
<meta name="keywords" content="{html.escape(keywords)}">
<meta name="description" content="{html.escape(desc)}">
<meta name="mobile-agent" content="format=html5;url=http://m.yidianzixun-like.test/">
<link rel="shortcut icon" href="//si1.go2yd.com/www/favicon.ico">
<link rel="stylesheet" href="//si1.go2yd.com/www/pc/css/main.8b1f3d2a.css">
<script>var _hmt = _hmt || [];(function(){{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?15fe2a7c9ee4f6f8d8f1c3b2e1a0d9c7";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</head>
<body>
<div class="header-wrapper"><div class="header">
<a class="logo" href="/" title="一点资讯"></a>
<ul class="nav-list"><li><a href="/">首页</a></li><li><a href="/channel/c3">时政</a></li><li><a href="/channel/c9">社会</a></li><li><a href="/channel/c11">财经</a></li><li><a href="/channel/c6">本地</a></li></ul>
<div class="search-box"><form action="/channel/w/" method="get"><input type="text" name="word" class="input" placeholder="搜索你感兴趣的内容"><button class="btn-search">搜索</button></form></div>
<div class="user-area"><a class="btn-login" href="javascript:;">登录</a></div>
</div></div>
"""


FOOT = """<div class="footer"><div class="footer-inner">
<p class="links"><a href="/about/" target="_blank">关于我们</a>|<a href="/contact/" target="_blank">联系我们</a>|<a href="/agreement/" target="_blank">用户协议</a>|<a href="/privacy/" target="_blank">隐私政策</a>|<a href="http://mp.yidianzixun-like.test/" target="_blank">一点号</a>|<a href="/jubao/" target="_blank">违法和不良信息举报</a></p>
<p>©2013-2024 一点资讯 www.yidianzixun-like.test　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证140141号</a>　京ICP备13028878号-2　<a href="http://www.beian.gov.cn/" target="_blank">京公网安备11010502032356号</a></p>
<p>违法和不良信息举报电话：010-59222966　互联网新闻信息服务许可证：11220180001</p>
</div></div>
<script src="//si1.go2yd.com/www/pc/js/vendor.3c7a92e1.js"></script>
<script src="//si1.go2yd.com/www/pc/js/article.5e0d41b8.js"></script>
</body>
</html>
"""


def content(a):
    aid, speech, _d, _t, orig, photo, tail, _n = a
    out = []
    if orig:
        out.append(f"<p>{orig}</p>")
    for i, p in enumerate(speech.paras):
        out.append(f"<p>{p}</p>")
        if photo and i == photo[0]:
            out.append(
                f'<div class="a-image"><img src="http://i1.go2yd.com/image.php?url={aid}_a1b2c3&amp;type=thumbnail_924x" '
                f'data-width="1080" data-height="720" alt=""></div><p class="a-image-caption">{photo[1]}</p>'
            )
    out.append(f"<p>{tail}</p>")
    return "\n".join(out)


def wemedia_card():
    name, mid, desc, fans = ACCOUNT
    return f"""<div class="wemedia-card">
<a class="wemedia-avatar" href="/channel/{mid}" target="_blank"><img src="http://i1.go2yd.com/image.php?url=0Kb5wmIcon&amp;type=thumbnail_120x120" alt="{name}"></a>
<div class="wemedia-info"><span class="label">来源：</span><a class="wemedia-name" href="/channel/{mid}" target="_blank">{name}</a><span class="v-icon" title="一点号认证"></span>
<p class="wemedia-summary">{desc}</p><p class="wemedia-stat">{fans}人关注</p></div>
<a class="btn-follow" href="javascript:;" data-channel="{mid}">+关注</a>
</div>"""


def article_page(i):
    a = ARTICLES[i]
    aid, speech, date, stamp, _o, _p, _t, likes = a
    name, mid, *_ = ACCOUNT
    related = "".join(
        f'<li class="item"><a href="/article/{o[0]}" target="_blank"><div class="doc-title">{o[1]}</div><div class="doc-info"><span class="source">{name}</span><span class="date">{o[2]}</span></div></a></li>'
        for o in OTHERS
        if not (i == 0 and o[2] > "2024.06")
    )
    other = ARTICLES[1 - i]
    related += f'<li class="item"><a href="/article/{other[0]}" target="_blank"><div class="doc-title">{other[1].title}</div><div class="doc-info"><span class="source">{name}</span><span class="date">{other[2]}</span></div></a></li>'
    docinfo = {
        "docid": aid,
        "title": speech.title,
        "source": name,
        "date": stamp,
        "url": f"http://{HOST}/article/{aid}",
        "wemedia_info": {"name": name, "channel_id": mid},
        "like": int(likes),
        "comment_count": 0,
        "ctype": "news",
    }
    tags = "".join(f'<a class="tag" href="/channel/w/{html.escape(t)}" target="_blank">{t}</a>' for t in (["夜间经济", "消费", "柳岸区"] if i == 0 else ["养老服务", "社区", "民生"]))
    return (
        head(f"{speech.title}_一点资讯", speech.paras[1][:70], ",".join(["一点资讯", name]))
        + f"""<div class="main-wrapper clearfix">
<div class="left-wrapper">
<h2>{speech.title}</h2>
<div class="meta"><a class="doc-source" href="/channel/{mid}" target="_blank">{name}</a><span>{date}</span></div>
<div id="imedia-article" class="content-bd">
{content(a)}
</div>
<div class="disclaimer">本文由一点号作者发布，不代表一点资讯立场，如若转载，请联系作者并注明出处。</div>
<div class="interest-tags">{tags}</div>
<div class="share-bar"><span class="txt">分享到：</span><a class="share-weixin" href="javascript:;" title="微信"></a><a class="share-weibo" href="javascript:;" title="新浪微博"></a><a class="share-qzone" href="javascript:;" title="QQ空间"></a><span class="like-btn"><i></i>{likes}</span></div>
{wemedia_card()}
<div class="open-app-bar"><img src="//si1.go2yd.com/www/pc/img/app-logo.png" alt=""><span class="txt">一点资讯APP，看更多兴趣资讯</span><a class="btn-open" href="javascript:;">APP内打开</a></div>
<div class="related-news"><h3 class="title">相关推荐</h3><ul class="doc-list">{related}</ul></div>
<div class="comment-wrapper"><h3 class="title">评论</h3><div class="comment-input"><textarea placeholder="说两句吧..."></textarea><a class="btn-submit" href="javascript:;">发表评论</a></div><p class="comment-empty">暂无评论，快来抢沙发吧~</p></div>
</div>
<div class="right-wrapper">
<div class="hot-list"><h3>热点资讯</h3><ol><li><a href="/article/0Lt7Hh1q" target="_blank">多地发布高温橙色预警</a></li><li><a href="/article/0Lt6Vn4z" target="_blank">中秋国庆假期出行指南来了</a></li><li><a href="/article/0Lt4Fd8k" target="_blank">新学期开学第一课看点</a></li></ol></div>
<div class="download-box"><img src="//si1.go2yd.com/www/pc/img/qrcode.png" alt=""><p>扫码下载一点资讯APP</p></div>
</div>
</div>
<script>window.yidian = window.yidian || {{}};window.yidian.docinfo = {json.dumps(docinfo, ensure_ascii=False)};</script>
"""
        + FOOT
    )


def card(aid, title, source, date):
    return f'<div class="channel-news channel-news-0"><a class="doc-title" href="/article/{aid}" target="_blank">{title}</a><div class="doc-info"><span class="source">{source}</span><span class="date">{date}</span><span class="comment-count">评论</span></div></div>'


def account_page(page):
    name, mid, desc, fans = ACCOUNT
    if page == 1:
        items = [card(ARTICLES[1][0], A2.title, name, "2024.09.10"), card(*OTHERS[0][:2], name, OTHERS[0][2]), card(*OTHERS[2][:2], name, OTHERS[2][2])]
        pager = '<div class="pagination"><span class="current">1</span><a href="/channel/m345678?page=2">2</a><a class="next" href="/channel/m345678?page=2">下一页</a></div>'
    else:
        items = [card(*OTHERS[1][:2], name, OTHERS[1][2]), card(ARTICLES[0][0], A1.title, name, "2024.05.16")]
        pager = '<div class="pagination"><a class="prev" href="/channel/m345678">上一页</a><a href="/channel/m345678">1</a><span class="current">2</span></div>'
    return (
        head(f"{name}_一点资讯", desc)
        + f"""<div class="main-wrapper clearfix"><div class="left-wrapper">
<div class="channel-header wemedia-header"><img class="avatar" src="http://i1.go2yd.com/image.php?url=0Kb5wmIcon&amp;type=thumbnail_120x120" alt=""><h1 class="name">{name}</h1><p class="summary">{desc}</p><p class="stat">{fans}人关注</p><a class="btn-follow" href="javascript:;">+关注</a></div>
<div class="channel-list">{''.join(items)}</div>
{pager}
</div></div>
"""
        + FOOT
    )


def home_page():
    cards = card(ARTICLES[1][0], A2.title, ACCOUNT[0], "2024.09.10") + card("0Lt7Hh1q", "多地发布高温橙色预警", "中国天气", "2024.09.10") + card("0Lt4Fd8k", "新学期开学第一课看点", "教育观察", "2024.09.01")
    return (
        head("一点资讯 - 为你私人定制的资讯客户端", "一点资讯是一款基于兴趣推荐的平台，为你私人定制的资讯客户端。", "一点资讯,新闻,资讯")
        + f"""<div class="main-wrapper clearfix"><div class="left-wrapper"><div class="channel-list" id="js-channel-list">{cards}</div>
<div class="load-more" data-url="/home/q/news_list_for_channel?channel_id=best&amp;cstart=10&amp;cend=20">点击加载更多</div>
<div class="wemedia-recommend"><h3>推荐一点号</h3><a href="/channel/m345678">{ACCOUNT[0]}</a></div></div></div>
"""
        + FOOT
    )


def channel_page():
    cards = card(ARTICLES[0][0], A1.title, ACCOUNT[0], "2024.05.16") + card("0Lq2Ab5x", "今年一季度全国消费市场稳中有升", "经济日报", "2024.05.16")
    return head("时政_一点资讯", "时政频道") + f'<div class="main-wrapper clearfix"><div class="left-wrapper"><div class="channel-list">{cards}</div></div></div>\n' + FOOT


def build() -> Family:
    fam = Family(HOST, "一点资讯 (yidianzixun.com) PC article pages, 一点号 account page", extensionless_html=True)
    fam.put("/", home_page())
    fam.put("/channel/m345678", account_page(1))
    fam.route("/channel/m345678?page=2", "channel/m345678_p2.html", account_page(2))
    fam.put("/channel/c3", channel_page())
    fam.not_documents += ["/channel/m345678", "/channel/m345678?page=2", "/channel/c3"]
    for i, a in enumerate(ARTICLES):
        fam.put(f"/article/{a[0]}", article_page(i))
        fam.doc([f"/article/{a[0]}"], a[1])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /home/q/\nDisallow: /channel/w/\n")
    fam.noise += [
        ORIG1, "（原标题：", EDIT1, "责任编辑：孙晓楠", CAP2, "通讯员 许佳怡 摄", EDIT2, "来源：柳岸发布",
        "本文由一点号作者发布，不代表一点资讯立场", "分享到：", "柳岸区委宣传部官方一点号",
        "+关注", "人关注", "APP内打开", "一点资讯APP，看更多兴趣资讯", "相关推荐", "第三批口袋公园开放",
        "暂无评论，快来抢沙发吧~", "热点资讯", "多地发布高温橙色预警", "扫码下载一点资讯APP", "京ICP证140141号",
    ]
    fam.note = (
        "articles are extensionless `/article/0Lxxxxxx` pages; the dates print as `2024.05.16` in `div.meta` "
        "(full time in `window.yidian.docinfo.date`); the 夜间经济 article is linked from the 时政 channel `/channel/c3` "
        "and from page 2 of the account page (`/channel/m345678?page=2`), the other from home and the account page"
    )
    return fam
