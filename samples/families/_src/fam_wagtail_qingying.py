"""A city 青年 organisation site (青禾青年网, run by 团市委 and the 青年联合会) on Wagtail 5 (Django), UTF-8.

Home `/` (HomePage: 头条 card, 团情动态 / 领导讲话 lists) → the 领导讲话 NewsIndexPage `/news/ldjh/` (+ `?page=2`,
a query route: Django Paginator `pagination` 上一页 / 第 1 页，共 2 页 / 下一页) → article pages
`/news/ldjh/<slug>/`: breadcrumbs, `h1.article-title`, `div.article-meta` (发布时间 / 来源 / 作者 / 阅读), the
StreamField body `div.article-body` of `div.block-paragraph > div.rich-text > p[data-block-key]` blocks (Wagtail 4+
rich text keys), one `div.block-image` (`…width-800.jpg` rendition) with `p.image-caption` between paragraphs, a
`div.block-quote` 编者按 lead on one article; after the body `标签：` tags, the 分享到 bar (微信 / 微博 / QQ空间 /
复制链接, a `share-wechat-pop` with its own QR), the QR-code box (`div.qr-box`: 公众号 QR image and its caption
`扫码关注“青禾共青团”微信公众号…`), 推荐阅读 (`section.related-pages`), and a 留言 form with Django's
`csrfmiddlewaretoken`; footer (主办 / 承办 / ICP)."""

from common import SPEECHES, Family

HOST = "www.qingying-wagtail-like.test"
INDEX = "/news/ldjh/"
INDEX2 = "/news/ldjh/?page=2"

ARTS = [
    dict(speech=SPEECHES["f54b-3"], slug="jiceng-tuanzuzhi-jianshe-tuijinhui-jianghua", time="2024年3月22日 17:40",
         source="团市委组织部", author="青禾共青团", views=3182, tags=["基层团建", "团干部", "领导讲话"],
         lead="编者按：3月22日，全市基层团组织建设推进会召开。团市委书记周晓岚出席会议并讲话。现将讲话全文刊发，供各级团组织学习参考。",
         image=None),
    dict(speech=SPEECHES["f54b-4"], slug="qingchun-zhuli-xiangcun-zhenxing-chuzheng-yishi", time="2024年7月10日 12:05",
         source="团市委学校部", author="林可欣", views=2406, tags=["志愿服务", "乡村振兴", "大学生"],
         lead=None,
         image=("chuzheng_0710.width-800.jpg", "7月10日，“青春助力乡村振兴”大学生志愿服务队出征仪式在市青少年宫举行。（图／团市委宣传部 陈昊 摄）")),
]
OTHERS = [
    ("/news/tqdt/qingnian-dxx-2024-12/", "“青年大学习”2024年第12期上线"),
    ("/news/tqdt/wusi-qingnian-jie-biaozhang/", "全市“五四”表彰名单公布"),
    ("/news/tqdt/qingchun-nuanxin-shishi-xiangmu/", "“青春暖心”十件实事项目正式启动"),
    ("/news/tqdt/xinjiuye-qunti-tuangongwei/", "我市成立首个外卖行业团工委"),
]

BASE = """<!DOCTYPE html>
<html lang="zh-hans">
<head>
<meta charset="utf-8" />
<title>@@TITLE@@ | 青禾青年网</title>
<meta name="description" content="@@DESC@@" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" type="text/css" href="/static/css/qingying.3f9a1c2e.css">
<link rel="icon" href="/static/img/favicon.ico">
</head>
<body class="@@BODY_CLASS@@">
<header class="site-header">
<div class="container">
<a class="logo" href="/"><img src="/static/img/logo_qingying.png" alt="青禾青年网" width="260" height="56"></a>
<nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/news/tqdt/">团情动态</a></li><li@@NAV_ON@@><a href="/news/ldjh/">领导讲话</a></li><li><a href="/news/jctj/">基层团建</a></li><li><a href="/volunteer/">志愿服务</a></li><li><a href="/qinglian/">青年联合会</a></li><li><a href="/about/">关于我们</a></li>
</ul></nav>
<form class="search-form" action="/search/" method="get"><input type="text" name="query" placeholder="搜索"><button type="submit">搜索</button></form>
</div>
</header>
<main class="container">
@@MAIN@@
</main>
<footer class="site-footer">
<div class="container">
<p>主办：共青团青禾市委员会　青禾市青年联合会　承办：青禾市青少年新媒体中心</p>
<p>地址：青禾市人民路 88 号青少年宫 6 楼　电话：0551-6288xxxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">淮ICP备2021008812号-1</a></p>
</div>
</footer>
<script src="/static/js/qingying.7be21d04.js"></script>
</body>
</html>
"""


def page(title, main, body_class, desc="", nav_on=False):
    return (BASE.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@BODY_CLASS@@", body_class)
            .replace("@@NAV_ON@@", ' class="active"' if nav_on else "").replace("@@MAIN@@", main))


def url(a):
    return f"{INDEX}{a['slug']}/"


def card(a):
    s = a["speech"]
    return (f'<article class="news-item"><h3><a href="{url(a)}">{s.title}</a></h3>'
            f'<p class="news-date">{a["time"].split(" ")[0]}</p><p class="news-intro">{s.paras[1][:46]}……</p></article>')


def key(i, j):
    return f"{(i * 7919 + j * 104729) % 0xfffff:05x}"


def article(i, a, other):
    s = a["speech"]
    blocks = []
    if a["lead"]:
        blocks.append(f'<div class="block-quote"><blockquote class="lead">{a["lead"]}</blockquote></div>')
    for j, p in enumerate(s.paras):
        blocks.append(f'<div class="block-paragraph"><div class="rich-text"><p data-block-key="{key(i, j)}">{p}</p></div></div>')
        if a["image"] and j == 1:
            img, cap = a["image"]
            blocks.append(f'<div class="block-image"><img alt="" class="richtext-image full-width" height="533" src="/media/images/{img}" width="800"><p class="image-caption">{cap}</p></div>')
    tags = "".join(f'<a href="/news/tags/?tag={t}" class="tag">{t}</a>' for t in a["tags"])
    related = "\n".join(
        [f'<li><a href="{url(other)}">{other["speech"].title}</a></li>']
        + [f'<li><a href="{u}">{t}</a></li>' for u, t in OTHERS[:3]]
    )
    main = f"""<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="{INDEX}">领导讲话</a></li><li class="active" aria-current="page">正文</li></ol></nav>
<article class="article-page">
<h1 class="article-title">{s.title}</h1>
<div class="article-meta"><span class="date">发布时间：{a["time"]}</span><span class="source">来源：{a["source"]}</span><span class="author">作者：{a["author"]}</span><span class="views">阅读：{a["views"]}</span></div>
<div class="article-body">
{chr(10).join(blocks)}
</div>
<div class="article-tags">标签：{tags}</div>
<div class="share-bar"><span class="share-label">分享到：</span><a href="javascript:;" class="share-wechat" data-share="wechat" title="分享到微信">微信</a><a href="https://service.weibo.com/share/share.php?url=http%3A%2F%2F{HOST}{url(a)}&amp;title={s.title}" class="share-weibo" target="_blank" rel="noopener" title="分享到微博">微博</a><a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=http%3A%2F%2F{HOST}{url(a)}" class="share-qzone" target="_blank" rel="noopener" title="分享到QQ空间">QQ空间</a><a href="javascript:;" class="share-copy" data-clipboard-text="http://{HOST}{url(a)}">复制链接</a>
<div class="share-wechat-pop" style="display:none"><img src="/qrcode/?url=http%3A%2F%2F{HOST}{url(a)}" alt="" width="120" height="120"><p>打开微信“扫一扫”，打开网页后点击屏幕右上角分享按钮</p></div></div>
<div class="qr-box"><img src="/media/original_images/qrcode_qinghe_gqt.png" alt="青禾共青团微信公众号二维码" width="140" height="140"><p class="qr-caption">扫码关注“青禾共青团”微信公众号<br>获取更多团情资讯</p></div>
</article>
<section class="related-pages"><h2>推荐阅读</h2><ul>
{related}
</ul></section>
<section class="comment-form"><h2>我要留言</h2><form action="/comments/post/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="Qm7rZ2kT0vXcB9wLpE4sYh1nUaF6dJgK3oRiV8tNzC5yMxWbHqP0eLsA2fDjGu7I"><input type="hidden" name="page" value="{40 + i}"><textarea name="body" placeholder="文明上网，理性发言（留言经审核后显示）"></textarea><button type="submit">提交留言</button></form></section>
"""
    return page(s.title, main, "template-newspage", desc=s.paras[1][:60], nav_on=True)


def index_page(n, items):
    pager = ('<nav class="pagination"><span class="disabled">上一页</span><span class="current">第 1 页，共 2 页</span><a href="?page=2">下一页</a></nav>'
             if n == 1 else
             '<nav class="pagination"><a href="?page=1">上一页</a><span class="current">第 2 页，共 2 页</span><span class="disabled">下一页</span></nav>')
    main = f"""<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li class="active" aria-current="page">领导讲话</li></ol></nav>
<h1 class="index-title">领导讲话</h1>
<div class="news-list">
{items}
</div>
{pager}
"""
    return page("领导讲话", main, "template-newsindexpage", nav_on=True)


def build() -> Family:
    fam = Family(HOST, "Wagtail 5 (Django) city 青年 organisation site")
    a1, a2 = ARTS
    filler = [
        ("/news/ldjh/wusi-qingnian-zuotanhui-jianghua/", "在纪念五四运动105周年青年座谈会上的讲话", "2024年5月4日", "青年朋友们，今天我们在这里相聚，共同纪念五四运动105周年……"),
        ("/news/ldjh/tuandaihui-gongzuo-baogao-jiedu/", "在团市委全委（扩大）会议上的讲话", "2024年1月26日", "这次全委（扩大）会议的主要任务是，总结去年工作，部署今年任务……"),
    ]
    items1 = "\n".join([card(a2)] + [f'<article class="news-item"><h3><a href="{u}">{t}</a></h3><p class="news-date">{d}</p><p class="news-intro">{x}</p></article>' for u, t, d, x in filler[:1]])
    items2 = "\n".join([card(a1), f'<article class="news-item"><h3><a href="{filler[1][0]}">{filler[1][1]}</a></h3><p class="news-date">{filler[1][2]}</p><p class="news-intro">{filler[1][3]}</p></article>'])
    fam.put(INDEX, index_page(1, items1))
    fam.route(INDEX2, "/news/ldjh/_page2.html", index_page(2, items2))
    fam.not_documents += [INDEX, INDEX2]
    for i, (a, other) in enumerate(((a1, a2), (a2, a1))):
        fam.put(url(a), article(i, a, other))
        fam.doc([url(a)], a["speech"])
    home_main = f"""<section class="headline"><a href="{url(a2)}"><img src="/media/images/{a2["image"][0]}" alt=""></a><h2><a href="{url(a2)}">{a2["speech"].title}</a></h2></section>
<section class="home-block"><h2>团情动态</h2><ul>
{chr(10).join(f'<li><a href="{u}">{t}</a></li>' for u, t in OTHERS)}
</ul><a class="more" href="/news/tqdt/">更多</a></section>
<section class="home-block"><h2>领导讲话</h2><ul>
<li><a href="{url(a2)}">{a2["speech"].title}</a></li>
<li><a href="{filler[0][0]}">{filler[0][1]}</a></li>
</ul><a class="more" href="{INDEX}">更多</a></section>
<section class="home-qr"><div class="qr-box"><img src="/media/original_images/qrcode_qinghe_gqt.png" alt="青禾共青团微信公众号二维码" width="140" height="140"><p class="qr-caption">扫码关注“青禾共青团”微信公众号<br>获取更多团情资讯</p></div></section>
"""
    fam.put("/", page("首页", home_main, "template-homepage"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /comments/\n", "ascii")
    fam.noise += [a1["lead"], a2["image"][1], "扫码关注“青禾共青团”微信公众号", "推荐阅读", "分享到：", "标签：", "获取更多团情资讯"]
    fam.note = ("Wagtail StreamField blocks; the 编者按 block-quote before one speech and the photo caption inside the other "
                "are not text; share bar, QR box + caption, 推荐阅读 after the body.")
    return fam
