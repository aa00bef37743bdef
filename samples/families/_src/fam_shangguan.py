"""上观新闻 (shobserver.com / jfdaily)-like article pages: `/news/detail?id=N` (query routes),
server-rendered by Next.js with the article again in `<script id="__NEXT_DATA__">`
(`articleInfo.content` HTML, `pubtime`); the top nav (首页 / 政情 / 区情 / 城事 …), a breadcrumb,
`div.title-box` with the title, the 作者 / 来源 / 编辑 line and the time, 分享到 (微信 / 微博 /
QQ空间), 阅读数; the text in `div.news-content`; after it the
`原标题 / 题图来源 / 图片编辑 / 编辑邮箱` lines, 点赞, 相关新闻 and the footer with 上海报业集团
licences. A long speech is run as two articles, `（上）` and `（下）`: the first ends with
`（未完待续）` and a link to the second, which opens with `（接上篇）` (the second is a
continuation, not a document). Home and a channel list (`/news/list?section=1`)."""

import json

from common import SPEECHES, Family, render, split_paras

HOST = "www.shangguan-like.test"
BUILD_ID = "Qm7rT2xVb9LkP4aZ1eYcN"

# speech, ids (one per part), time, author, editor, section
ARTICLES = [
    (SPEECHES["R31B3"], ["738211", "738212"], ["2024-05-20 18:42", "2024-05-20 18:45"], "解放日报 记者 黄海华", "顾泳", ("科技", 7)),
    (SPEECHES["R31B4"], ["739560"], ["2024-05-22 11:17"], "解放日报 记者 王闲乐", "张骏", ("区情", 3)),
]

NAV = """<div class="header"><div class="header-inner"><a class="logo" href="/"><img src="/_next/static/media/logo.5f2c1e7a.png" alt="上观新闻"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/list?section=1">政情</a></li><li><a href="/news/list?section=3">区情</a></li><li><a href="/news/list?section=7">科技</a></li><li><a href="/news/list?section=2">财经</a></li><li><a href="/news/list?section=4">城事</a></li><li><a href="/news/list?section=5">文化</a></li><li><a href="/news/list?section=6">天下</a></li><li><a href="/news/list?section=8">观点</a></li><li><a href="/staticsg/download.html">下载APP</a></li></ul>
<div class="header-right"><span class="search-btn">搜索</span><a class="login-btn" href="/user/login">登录</a></div></div></div>
"""

HEAD = """<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>@@TITLE@@</title><meta name="keywords" content="@@KW@@"/><meta name="description" content="@@DESC@@"/>
<link rel="icon" href="/favicon.ico"/><link rel="preload" href="/_next/static/css/8a1d3c5e2f7b9046.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1d3c5e2f7b9046.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-5c3f9a0b1e2d4c67.js" defer=""></script><script src="/_next/static/chunks/framework-3671d8951bf44e4a.js" defer=""></script><script src="/_next/static/chunks/main-d0b7a2e3f1c49856.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9e1c2f4b7a3d5068.js" defer=""></script>
</head><body><div id="__next">
"""


def foot(props, page, query):
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
    return (
        """<div class="footer"><div class="footer-inner"><p><a href="/staticsg/about.html">关于我们</a> | <a href="/staticsg/contact.html">联系我们</a> | <a href="/staticsg/copyright.html">版权声明</a> | <a href="/staticsg/report.html">违法和不良信息举报</a></p>
<p>上海报业集团 版权所有 Copyright &copy; 2014-2024 shobserver.com All Rights Reserved</p>
<p>互联网新闻信息服务许可证：31120170001　<a href="https://beian.miit.gov.test/">沪ICP备14033283号</a>　沪公网安备 31010602000012号</p>
<p>违法和不良信息举报电话：021-22899707　举报邮箱：jubao@jfdaily.com</p></div></div>
</div><script id="__NEXT_DATA__" type="application/json">"""
        + json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")
        + "</script></body></html>\n"
    )


def detail_url(nid):
    return f"/news/detail?id={nid}"


def part_content(k, runs, ids, title):
    out = []
    if k > 0:
        out.append(f'<p style="text-indent:2em;">（接上篇）</p>')
    out += [f'<p style="text-indent:2em;">{p}</p>' for p in runs[k]]
    if k < len(runs) - 1:
        out.append(f'<p style="text-indent:2em;">（未完待续）</p>')
        out.append(f'<p style="text-indent:2em;">下篇：<a href="{detail_url(ids[k + 1])}" target="_blank">{title}（下）</a></p>')
    return "".join(out)


def page(i, k):
    speech, ids, times, author, editor, (section, sid) = ARTICLES[i]
    runs = split_paras(speech.paras, len(ids)) if len(ids) > 1 else [speech.paras]
    title = speech.title + (("（上）", "（下）")[k] if len(ids) > 1 else "")
    content = part_content(k, runs, ids, speech.title)
    related = []
    for j, (s2, ids2, t2, *_r) in enumerate(ARTICLES):
        for kk, nid in enumerate(ids2):
            if (j, kk) == (i, k):
                continue
            t = s2.title + (("（上）", "（下）")[kk] if len(ids2) > 1 else "")
            related.append(f'<li><a href="{detail_url(nid)}" target="_blank">{t}</a><span class="time">{t2[kk][:10]}</span></li>')
    related.append('<li><a href="/news/detail?id=737904" target="_blank">上海发布新一轮优化营商环境行动方案</a><span class="time">2024-05-19</span></li>')
    readnum = ("5.2万", "3.1万", "1.8万")[min(i * 2 + k, 2)]
    body = f"""<div class="detail-page"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/list?section={sid}">{section}</a> &gt; <span>正文</span></div>
<div class="detail-left">
<div class="title-box"><h1 class="news-title">{title}</h1>
<div class="news-info"><span class="author">作者：{author}</span><span class="source">来源：上观新闻</span><span class="editor">编辑：{editor}</span><span class="time">{times[k]}</span></div>
<div class="news-tool"><span class="read-num">阅读：{readnum}</span><div class="share-box"><span>分享到：</span><a class="share-wx" href="javascript:;" title="微信"></a><a class="share-wb" href="javascript:;" title="微博"></a><a class="share-qzone" href="javascript:;" title="QQ空间"></a></div></div></div>
<div class="news-content">{content}</div>
<div class="news-tail"><p>题图来源：新华社　图片编辑：邵竞</p><p>编辑邮箱：shgcsxw@163.com</p></div>
<div class="news-actions"><span class="like-btn">点赞 {231 - 60 * i}</span><span class="collect-btn">收藏</span><span class="share-btn">分享</span></div>
<div class="qr-box"><img src="/_next/static/media/app_qr.2b9e4f6d.png" alt=""><p>扫码下载上观新闻客户端</p></div>
<div class="related-news"><div class="block-title">相关新闻</div><ul>{''.join(related)}</ul></div>
<div class="comment-box"><div class="block-title">评论</div><div class="comment-login">请<a href="/user/login">登录</a>后发表评论</div><div class="comment-empty">暂无评论</div></div>
</div>
<div class="detail-right"><div class="block-title">24小时热读</div><ol class="hot-list"><li><a href="/news/detail?id=737904">上海发布新一轮优化营商环境行动方案</a></li><li><a href="/news/detail?id=737611">今年上海将新开通3条轨交线路</a></li><li><a href="/news/detail?id=737588">“五五购物节”来了，这份攻略请收好</a></li></ol></div>
</div>
"""
    props = {
        "articleInfo": {
            "id": int(ids[k]),
            "title": title,
            "author": author,
            "source": "上观新闻",
            "editor": editor,
            "pubtime": times[k] + ":00",
            "sectionName": section,
            "content": content,
            "readCount": readnum,
        }
    }
    return render(HEAD, TITLE=f"{title} - 上观新闻", KW=f"{section},{speech.title}", DESC=speech.paras[1][:70]) + NAV + body + foot(props, "/news/detail", {"id": ids[k]})


def listing(home):
    items = []
    for s, ids, times, author, editor, (section, sid) in ARTICLES:
        t = s.title + ("（上）" if len(ids) > 1 else "")
        items.append(f'<div class="news-item"><a class="news-item-title" href="{detail_url(ids[0])}" target="_blank">{t}</a><p class="news-item-desc">{s.paras[1][:48]}…</p><p class="news-item-info"><span>{section}</span><span>{times[0]}</span></p></div>')
    if len(ARTICLES[0][1]) > 1:
        s = ARTICLES[0][0]
        items.insert(1, f'<div class="news-item"><a class="news-item-title" href="{detail_url(ARTICLES[0][1][1])}" target="_blank">{s.title}（下）</a><p class="news-item-info"><span>科技</span><span>{ARTICLES[0][2][1]}</span></p></div>')
    head = '<div class="focus-box"><div class="block-title">头条</div></div>' if home else '<div class="crumbs"><a href="/">首页</a> &gt; <span>政情</span></div>'
    body = f"""<div class="list-page">{head}
<div class="news-list">{''.join(items)}</div>
<div class="load-more">加载更多</div>
</div>
"""
    props = {"list": [{"id": ids[0], "title": s.title, "pubtime": times[0]} for s, ids, times, *_r in ARTICLES], "hasMore": True}
    title = "上观新闻-站上海，观天下" if home else "政情 - 上观新闻"
    return render(HEAD, TITLE=title, KW="上观新闻,解放日报,上海", DESC="上观新闻") + NAV + body + foot(props, "/" if home else "/news/list", {} if home else {"section": "1"})


def build() -> Family:
    fam = Family(HOST, "上观新闻 (shobserver.com)-like Next.js pages, a long speech run as （上）/（下） articles")
    fam.put("/", listing(True))
    fam.route("/news/list?section=1", "news/list_section_1.html", listing(False))
    fam.not_documents += ["/", "/news/list?section=1"]
    for i, (speech, ids, *_r) in enumerate(ARTICLES):
        for k, nid in enumerate(ids):
            fam.route(detail_url(nid), f"news/detail_{nid}.html", page(i, k))
        fam.doc([detail_url(n) for n in ids], speech, pages_found_by="links")
        fam.not_documents += [detail_url(n) for n in ids[1:]]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\n")
    fam.noise += [
        "作者：",
        "解放日报 记者",
        "黄海华",
        "来源：上观新闻",
        "编辑：顾泳",
        "阅读：",
        "分享到：",
        "（未完待续）",
        "（接上篇）",
        "下篇：",
        "题图来源",
        "图片编辑：邵竞",
        "shgcsxw@163.com",
        "扫码下载上观新闻客户端",
        "相关新闻",
        "24小时热读",
        "沪ICP备14033283号",
        "上海报业集团",
    ]
    fam.note = "R31B3 is printed as two articles （上）/（下）: the first ends （未完待续） with a 下篇 link, the second opens （接上篇）; both ids are the document's pages"
    return fam
