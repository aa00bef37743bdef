"""36氪 (36kr.com)-like article pages: React SSR, the page data in `window.initialState={...}` (the
article in `articleDetail.articleDetailData.data`: `widgetTitle`, `author`, `publishTime` in ms,
`summary`, `widgetContent` HTML) and the body rendered again in HTML (`div.articleDetailContent
.kr-rich-text-wrapper`); `h1.article-title`, `div.article-title-icon` (author link, `·` time), the
`summary` 摘要 box, a first paragraph that is the piece's own news preamble (…以下为演讲全文，经36氪整理：)
or the 授权 line of a repost (本文来自微信公众号…36氪经授权发布。), an image with its caption, the
footer text (原创出品 / 该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。), 点赞 / 收藏 / 分享
bar, the author box (`kr-author-info`: avatar, name, brief, 文章 / 总字数, 关注), 相关推荐, 36氪
header nav and footer (ICP). Articles `/p/<16 digits>` (extensionless); home `/` and the 资讯 list
`/information/web_news/`."""

import json

from common import SPEECHES, Family

HOST = "www.sanliukr-like.test"

ARTICLES = [
    dict(
        id="2871306452198403",
        speech=SPEECHES["r25b-k1"],
        title="创业者大会演讲全文：我这几年踩过的三个坑",
        ts=1721385360000,
        shown="2024-07-19 18:36",
        author="苏晓楠",
        author_id="5891234",
        author_brief="36氪记者，关注企业服务与创业者故事。",
        posts=612,
        words="103.6万",
        summary="融资只是手段，不是结果；钱能放大你的能力，也能放大你的错误。",
        lead='<p>7月19日，2024创业者大会在杭州举行。一家企业服务公司的创始人在大会上发表了主题演讲，复盘了公司从十九人起步到四百多人的几次关键转折。</p><p>以下为演讲全文，经36氪整理：</p>',
        image_after=2,
        caption="演讲现场。图片来源：主办方供图",
        footer='<p>本文由「36氪」原创出品，作者：苏晓楠，转载请注明出处。</p>',
        tags=["创业", "企业服务", "组织管理"],
    ),
    dict(
        id="2923187046519811",
        speech=SPEECHES["r25b-k2"],
        title="在科技企业出海论坛上的致辞",
        ts=1725536820000,
        shown="2024-09-05 19:47",
        author="出海研究局",
        author_id="16472935",
        author_brief="关注中国企业全球化，发现出海新机会。",
        posts=287,
        words="61.2万",
        summary="看得见市场、摸不清规则，招得到人、留不住心，赚得到钱、落不了地。",
        lead='<p>本文来自微信公众号<a href="https://mp.weixin.qq.test/s/Hk3nq8Vd2pLx" target="_blank">“出海研究局”（ID：chuhaiyanjiuju）</a>，作者：研究局，36氪经授权发布。</p>',
        image_after=None,
        caption=None,
        footer='<p>该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。</p>',
        tags=["出海", "科技企业"],
    ),
]
OTHER = [
    ("2871402288561930", "36氪首发｜工业软件公司完成数亿元B轮融资"),
    ("2871455123907334", "8点1氪｜多家新能源车企公布7月交付数据"),
    ("2922990412345601", "出海第一站，为什么越来越多企业选中东"),
]

NAV = """<div class="kr-header"><div class="kr-header-content"><a class="logo" href="/"><img src="https://static.36krcdn.test/36kr-web/static/logo.3f5a6b2e.svg" alt="36氪"></a><ul class="kr-header-nav"><li><a href="/">首页</a></li><li><a href="/newsflashes">快讯</a></li><li><a href="/information/web_news/">资讯</a></li><li><a href="/information/web_recommend/">推荐</a></li><li><a href="/information/contact/">财经</a></li><li><a href="/information/technology/">科技</a></li><li><a href="/information/travel/">汽车</a></li><li><a href="/information/enterpriseservice/">企服</a></li><li><a href="/information/innovate/">创新</a></li></ul><div class="kr-header-right"><a class="kr-header-search" href="/search/articles/">搜索</a><a class="kr-header-app" href="/app">36氪APP</a><span class="kr-header-login">登录</span></div></div></div>"""

FOOT = """<div class="kr-footer"><div class="kr-footer-content"><div class="footer-links"><a href="/pages/about">关于36氪</a><a href="/pages/city">城市合作</a><a href="/seek-report-new">寻求报道</a><a href="/pages/ad">我要入驻</a><a href="/pages/contribute">投资者关系</a></div><div class="footer-copyright"><p>© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6 | 京ICP证150143号 | <a href="http://www.beian.gov.test/">京公网安备11010502036099号</a></p><p>违法和不良信息举报电话：010-89650707 举报邮箱：jubao@36kr.test 网上有害信息举报</p></div></div></div>"""


def head(title, desc, kw):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="renderer" content="webkit"/><title>{title}</title><meta name="keywords" content="{kw}"/><meta name="description" content="{desc}"/><meta name="baidu-site-verification" content="code-TLB3kH7qZP"/><link rel="shortcut icon" href="https://static.36krcdn.test/36kr-web/static/favicon.ico"/><link href="https://static.36krcdn.test/36kr-web/static/app.0a4f3e2c.css" rel="stylesheet"/><link href="https://static.36krcdn.test/36kr-web/static/article.7b91d5c8.css" rel="stylesheet"/></head><body><div id="app"><div class="kr-app-container"><div class="kr-layout">"""


def tail(state):
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (
        FOOT
        + "</div></div></div>"
        + f"<script>window.initialState={blob}</script>"
        + '<script src="https://static.36krcdn.test/36kr-web/static/runtime.c2e84f0b.js"></script><script src="https://static.36krcdn.test/36kr-web/static/vendor.61d0a9c3.js"></script><script src="https://static.36krcdn.test/36kr-web/static/app.98e1c4d7.js"></script>'
        + '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?713123c60a0e86982326bae1a51083e1";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>'
        + "</body></html>\n"
    )


def widget_content(a):
    out = [a["lead"]]
    for n, p in enumerate(a["speech"].paras):
        out.append(f"<p>{p}</p>")
        if n == a["image_after"]:
            out.append(
                f'<p class="img-desc"><img src="https://img.36krcdn.test/hsossms/20240719/v2_{a["id"][-8:]}@000000_oswg186432oswg1080oswg720_img_000" data-img-size-val="1080,720"/></p><p class="img-desc">{a["caption"]}</p>'
            )
    return "".join(out)


def related(a):
    other = next(x for x in ARTICLES if x is not a)
    items = [(other["id"], other["title"])] + OTHER[:2]
    return "".join(
        f'<div class="kr-flow-article-item"><div class="article-item-info"><a class="article-item-title weight-bold" href="/p/{i}" target="_blank">{t}</a><div class="kr-flow-bar"><span class="kr-flow-bar-author">36氪</span><span class="kr-flow-bar-time">2天前</span></div></div></div>'
        for i, t in items
    )


def article(a):
    sp = a["speech"]
    content = widget_content(a)
    tags = "".join(f'<a class="kr-tag-item" href="/search/articles/{t}" target="_blank">{t}</a>' for t in a["tags"])
    body = f"""{NAV}<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-layout-content"><div class="article-detail-wrapper-box"><div class="article-detail-wrapper">
<div class="kr-article-wrapper"><div class="article-content"><div class="article-head"><h1 class="article-title margin-bottom-20 common-width">{a["title"]}</h1><div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/{a["author_id"]}" target="_blank">{a["author"]}</a><span class="title-icon-item item-time">·{a["shown"]}</span></div></div>
<div class="summary">{a["summary"]}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">{content}</div>
<div class="article-footer-txt">{a["footer"]}</div>
<div class="kr-tag-list">{tags}</div>
<div class="article-bottom-operate"><div class="kr-article-operate"><span class="operate-item praise">点赞 <em>23</em></span><span class="operate-item collect">收藏</span><span class="operate-item share">分享至：<i class="icon-weixin"></i><i class="icon-weibo"></i><i class="icon-qq"></i></span></div></div>
</div></div>
<div class="kr-related-article"><h3 class="related-title">相关推荐</h3>{related(a)}</div>
<div class="kr-comment"><div class="comment-title">评论</div><div class="comment-login">登录后参与评论</div><div class="comment-empty">还没有评论，快来抢沙发吧～</div></div>
</div></div></div></div>
<div class="main-left"><div class="kr-author-info"><div class="author-info-head"><a href="/user/{a["author_id"]}" target="_blank"><img class="author-avatar" src="https://img.36krcdn.test/20230516/v2_avatar_{a["author_id"]}_img_000" alt=""/></a><div class="author-name"><a href="/user/{a["author_id"]}" target="_blank">{a["author"]}</a></div><div class="author-brief">{a["author_brief"]}</div></div><div class="author-info-count"><div class="count-item"><span class="count-num">{a["posts"]}</span><span class="count-label">文章</span></div><div class="count-item"><span class="count-num">{a["words"]}</span><span class="count-label">总字数</span></div></div><div class="author-follow">+ 关注</div></div>
<div class="kr-hot-list"><h3>24小时热榜</h3><a href="/p/{OTHER[2][0]}" target="_blank">{OTHER[2][1]}</a></div>
<div class="kr-ad-box"><span class="ad-tag">广告</span><img src="https://img.36krcdn.test/ad/20240701/v2_ad_300x250.jpg" alt=""/></div></div>
</div>"""
    state = {
        "navigator": {"isMobile": False, "isIE": False},
        "theme": "default",
        "isSpider": False,
        "articleDetail": {
            "articleDetailData": {
                "code": 0,
                "data": {
                    "itemId": int(a["id"]),
                    "widgetTitle": a["title"],
                    "author": a["author"],
                    "authorId": int(a["author_id"]),
                    "authorRoute": f"detail_author?userId={a['author_id']}",
                    "publishTime": a["ts"],
                    "summary": a["summary"],
                    "widgetImage": f"https://img.36krcdn.test/hsossms/v2_{a['id'][-8:]}_cover",
                    "widgetContent": content,
                    "source": "原创" if "原创" in a["footer"] else "授权",
                    "sourceType": 1,
                    "templateType": 1,
                    "tagList": [{"name": t} for t in a["tags"]],
                    "statPraise": 23,
                },
            },
            "articleRecommendData": {"data": [{"itemId": int(i), "widgetTitle": t} for i, t in OTHER]},
        },
        "channel": [],
        "userInfo": {},
    }
    return head(f"{a['title']}-36氪", a["summary"], ",".join(a["tags"])) + body + tail(state)


def home():
    a = ARTICLES[0]
    items = f'<div class="kr-flow-article-item"><div class="article-item-info"><a class="article-item-title weight-bold" href="/p/{a["id"]}" target="_blank">{a["title"]}</a><a class="article-item-description ellipsis-2" href="/p/{a["id"]}" target="_blank">{a["summary"]}</a><div class="kr-flow-bar"><a class="kr-flow-bar-author" href="/user/{a["author_id"]}">{a["author"]}</a><span class="kr-flow-bar-time">2小时前</span></div></div></div>'
    body = f"""{NAV}<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-home-flow"><div class="kr-home-flow-list">{items}</div><div class="kr-loading-more-button">查看更多</div></div></div><div class="main-left"><div class="kr-hot-list"><h3>24小时热榜</h3><a href="/p/{OTHER[0][0]}" target="_blank">{OTHER[0][1]}</a></div></div></div>"""
    state = {"homeData": {"data": {"hotRankList": {"itemList": [{"itemId": int(OTHER[0][0]), "templateMaterial": {"widgetTitle": OTHER[0][1]}}]}, "feedList": {"itemList": [{"itemId": int(a["id"]), "route": f"detail_article?itemId={a['id']}", "templateMaterial": {"widgetTitle": a["title"], "summary": a["summary"], "publishTime": a["ts"], "authorName": a["author"]}}]}}}}
    return head("36氪_让一部分人先看到未来", "36氪为您提供创业资讯、科技新闻、投融资对接、股权投资、极速融资等创业服务", "36氪,创业,科技") + body + tail(state)


def listing():
    items = "".join(
        f'<div class="information-flow-item"><div class="kr-shadow-wrapper"><div class="kr-shadow-content"><div class="article-item-info clearfloat"><p class="title-wrapper ellipsis-2"><a class="article-item-title weight-bold" href="/p/{a["id"]}" target="_blank">{a["title"]}</a></p><a class="article-item-description ellipsis-2" href="/p/{a["id"]}" target="_blank">{a["summary"]}</a><div class="kr-flow-bar"><a class="kr-flow-bar-author" href="/user/{a["author_id"]}">{a["author"]}</a><span class="kr-flow-bar-time">{a["shown"][5:10]}</span></div></div></div></div></div>'
        for a in reversed(ARTICLES)
    )
    body = f"""{NAV}<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-information-left"><div class="information-title">最新</div><div class="information-flow-list">{items}</div><div class="kr-loading-more-button show">查看更多</div></div></div></div>"""
    state = {"information": {"informationList": {"itemList": [{"itemId": int(a["id"]), "templateMaterial": {"widgetTitle": a["title"], "publishTime": a["ts"]}} for a in ARTICLES], "pageCallback": "eyJmaXJzdElkIjo0", "hasNextPage": 1}}}
    return head("最新资讯频道_最新资讯-36氪", "36氪最新资讯频道", "最新资讯") + body + tail(state)


def build() -> Family:
    fam = Family(HOST, "36氪 (36kr.com)-like React SSR article pages with window.initialState", extensionless_html=True)
    fam.put("/", home())
    fam.put("/information/web_news/", listing())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search/\n")
    fam.not_documents += ["/", "/information/web_news/"]
    for a in ARTICLES:
        fam.put(f"/p/{a['id']}", article(a))
        fam.doc([f"/p/{a['id']}"], a["speech"], title=a["title"])
    fam.noise += [
        "以下为演讲全文",
        "经36氪整理",
        "2024创业者大会在杭州举行",
        "图片来源：主办方供图",
        "本文来自微信公众号",
        "36氪经授权发布",
        "原创出品",
        "该文观点仅代表作者本人",
        "仅提供信息存储空间服务",
        "点赞",
        "分享至",
        "相关推荐",
        "登录后参与评论",
        "总字数",
        "+ 关注",
        "24小时热榜",
        "京ICP备12031756号-6",
        "北京多氪信息科技有限公司",
        "苏晓楠",
    ]
    fam.note = (
        "home links the 创业者大会 piece, the 资讯 list `/information/web_news/` both; each page also has its "
        "article in window.initialState (articleDetail.articleDetailData.data.widgetContent). The title of the "
        "创业者大会 piece is the site's headline (演讲全文：…), not the speech's own: it is the expected title. "
        "The summary box above the text quotes a sentence of the speech."
    )
    return fam
