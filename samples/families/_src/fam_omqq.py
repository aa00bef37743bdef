"""企鹅号 / 腾讯内容开放平台 (page.om.qq.com/page/…) article pages, the mobile-first share template: extensionless
`/page/O…` addresses (27-character ids), `h1.article-title`, the 作者 line (`div.article-author`: media
avatar and name, `企鹅号` tag, time `2024-06-20 17:26`), `div.article-content#article-content` of
`p.text` paragraphs and `p.image` photos with captions (`p.image-desc`, or a `▲…` line styled centred),
the `打开腾讯新闻，查看更多图片` prompt after a photo set, the 特别声明 right after the text, 腾讯新闻 app
banners, 相关推荐 (`recommend-list`), `window.__INITIAL_DATA__`. One speech runs over two pages
(`?page=2`, a `pagination` with 上一页/下一页, the replica's query route). Home `/` lists the 企鹅号
selections; the media page `/media/5123467` lists both articles."""

import html
import json

from common import SPEECHES, Family, split_paras

HOST = "page.om.qq-like.test"
MEDIA = ("东岭教育观察", "5123467", "关注东岭职业教育与技能人才发展")
C1, C2 = SPEECHES["r21b-om1"], SPEECHES["r21b-om2"]
ID1, ID2 = "OXd3kQ9vTnG1pL7wZs2aHc8yRf0", "OBr6mW2jYe5uKq8xNv3tPa9dLz4"
PRE1 = "6月20日，全市职业教育产教融合推进会召开。副市长出席会议并讲话。以下为讲话内容（有删节）："
CAP1 = "图为推进会现场，首批市级产教融合实训基地授牌。（记者 郑一航 摄）"
MOREPIC = "打开腾讯新闻，查看更多图片"
CAP2 = "▲启动仪式现场，县采茶剧团演员表演传统剧目。"
TAIL2 = "（来源：松岭县融媒体中心　作者：陈露　编辑：吴桐）"
STATEMENT = "特别声明：本文为企鹅号作者上传并发布，仅代表该作者观点。腾讯仅提供信息发布平台。"


def page_url(pid, n=1):
    return f"/page/{pid}" + (f"?page={n}" if n > 1 else "")


def head(title, desc, data=None):
    init = f"<script>window.__INITIAL_DATA__ = {json.dumps(data, ensure_ascii=False)};</script>\n" if data else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(desc)}">
<link rel="icon" href="//mat1.gtimg.com/www/icon/favicon2.ico">
<link rel="stylesheet" href="//mat1.gtimg.com/pingjs/ext2020/omn/page/css/article.b7c2e9a1.css">
<script src="//mat1.gtimg.com/pingjs/ext2020/configF2017/5df6e3b3.js" charset="utf-8"></script>
{init}</head>
<body>
"""


FOOT = """<div class="footer"><p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved.</p><p>腾讯公司 版权所有　<a href="https://beian.miit.gov.cn/">粤B2-20090059</a></p></div>
<script src="//mat1.gtimg.com/pingjs/ext2020/omn/page/js/vendor.4e1a9c7d.js"></script>
<script src="//mat1.gtimg.com/pingjs/ext2020/omn/page/js/article.2d8b5f03.js"></script>
<script src="//pingjs.qq.com/ping_tcss_ied.js"></script>
<script>if(typeof(pgvMain) == 'function'){pgvMain();}</script>
</body>
</html>
"""

RELATED = [
    ("OTk2aQ7rLx3wNe9sBv1cYm5uJd8", "东岭职业技术学院与三家龙头企业共建产业学院", "东岭教育观察"),
    ("OPw4nE8tHa2kRz6qMc0yUb3sGf7", "全省职业院校技能大赛落幕，我市斩获11金", "东岭教育观察"),
    ("OJs9dC1fVk5mTq3xLa7eWn2rZy6", "暑期返乡大学生“家门口”实习岗位开放报名", "东岭新闻"),
]


def author_line(name, stamp):
    return f"""<div class="article-author"><a class="author-avatar" href="/media/{MEDIA[1]}"><img src="//inews.gtimg.com/newsapp_ls/0/12873654901_100100/0" alt=""></a><div class="author-info"><a class="author-name" href="/media/{MEDIA[1]}">{name}</a><span class="om-tag">企鹅号</span><p class="article-time">{stamp}</p></div><span class="btn-follow">+ 关注</span></div>"""


def tail_blocks(pid, other):
    rec = "".join(
        f'<li class="recommend-item"><a href="{page_url(r[0])}"><p class="rec-title">{r[1]}</p><p class="rec-src">{r[2]}</p></a></li>' for r in RELATED
    )
    rec += f'<li class="recommend-item"><a href="{page_url(other[0])}"><p class="rec-title">{other[1]}</p><p class="rec-src">{other[2]}</p></a></li>'
    return f"""<div class="article-statement">{STATEMENT}</div>
<div class="open-app-banner"><img src="//mat1.gtimg.com/www/mobi/2017/image/logo_news.png" alt=""><span>打开腾讯新闻，看更多精彩内容</span><a class="btn-open" href="javascript:;">打开</a></div>
<div class="recommend"><h3 class="recommend-title">相关推荐</h3><ul class="recommend-list">{rec}</ul></div>
<div class="download-bottom"><span>腾讯新闻 · 事实派</span><a href="javascript:;">下载APP</a></div>
"""


def photo(src, desc_html):
    return f'<p class="image"><img src="//inews.gtimg.com/newsapp_bt/0/{src}/641" alt=""></p>{desc_html}'


def om1_page(n, runs):
    stamp = "2024-06-20 17:26"
    paras = []
    if n == 1:
        paras.append(f'<p class="text">{PRE1}</p>')
    for i, p in enumerate(runs[n - 1]):
        paras.append(f'<p class="text">{p}</p>')
        if n == 1 and i == 1:
            paras.append(photo("11908274615", f'<p class="image-desc">{CAP1}</p>'))
            paras.append(photo("11908274622", ""))
            paras.append(f'<div class="more-pic-tip"><a href="javascript:;">{MOREPIC}</a></div>')
    pager = (
        f'<div class="pagination"><span class="cur">1</span><a href="{page_url(ID1, 2)}">2</a><a class="next" href="{page_url(ID1, 2)}">下一页</a></div>'
        if n == 1
        else f'<div class="pagination"><a class="prev" href="{page_url(ID1)}">上一页</a><a href="{page_url(ID1)}">1</a><span class="cur">2</span></div>'
    )
    data = {"article_id": ID1, "title": C1.title, "pubtime": stamp + ":41", "media": MEDIA[0], "media_id": MEDIA[1], "page": n, "total_page": 2}
    body = f"""<div class="om-page" id="app">
<div class="top-banner"><span>腾讯新闻</span><a class="btn-open" href="javascript:;">APP内打开</a></div>
<div class="article">
<h1 class="article-title">{C1.title}</h1>
{author_line(MEDIA[0], stamp)}
<div class="article-content" id="article-content">{''.join(paras)}</div>
{pager}
{tail_blocks(ID1, (ID2, C2.title, "松岭文旅")) if n == 2 else ''}
</div>
</div>
"""
    return head(f"{C1.title}" + ("" if n == 1 else "（第2页）"), C1.paras[1][:70], data) + body + FOOT


def om2_page():
    stamp = "2024-01-12 10:08"
    paras = []
    for i, p in enumerate(C2.paras):
        paras.append(f'<p class="text">{p}</p>')
        if i == 2:
            paras.append(photo("11403156287", f'<p class="text" style="text-align:center;"><span style="color:#999;">{CAP2}</span></p>'))
            paras.append(f'<div class="more-pic-tip"><a href="javascript:;">{MOREPIC}</a></div>')
    paras.append(f'<p class="text">{TAIL2}</p>')
    data = {"article_id": ID2, "title": C2.title, "pubtime": stamp + ":12", "media": "松岭文旅", "media_id": "5098712"}
    body = f"""<div class="om-page" id="app">
<div class="top-banner"><span>腾讯新闻</span><a class="btn-open" href="javascript:;">APP内打开</a></div>
<div class="article">
<h1 class="article-title">{C2.title}</h1>
{author_line("松岭文旅", stamp)}
<div class="article-content" id="article-content">{''.join(paras)}</div>
{tail_blocks(ID2, (ID1, C1.title, MEDIA[0]))}
</div>
</div>
"""
    return head(C2.title, C2.paras[1][:70], data) + body + FOOT


def card(pid, title, src, when):
    return f'<li class="list-item"><a href="{page_url(pid)}"><h3 class="item-title">{title}</h3><p class="item-info"><span class="src">{src}</span><span class="time">{when}</span></p></a></li>'


def home_page():
    items = card(ID1, C1.title, MEDIA[0], "06-20") + card(RELATED[2][0], RELATED[2][1], RELATED[2][2], "06-19")
    return (
        head("企鹅号 - 腾讯内容开放平台", "企鹅号精选内容")
        + f"""<div class="om-page om-home"><div class="top-banner"><span>企鹅号 · 精选</span></div>
<ul class="article-list">{items}</ul>
<div class="media-entry"><a href="/media/{MEDIA[1]}">{MEDIA[0]}</a></div>
<div class="load-more" data-next="/api/list?page=2">加载更多</div></div>
"""
        + FOOT
    )


def media_page():
    items = card(ID1, C1.title, MEDIA[0], "2024-06-20") + card(RELATED[0][0], RELATED[0][1], MEDIA[0], "2024-05-30") + card(ID2, C2.title, "松岭文旅（转载）", "2024-01-12")
    return (
        head(f"{MEDIA[0]} - 企鹅号", MEDIA[2])
        + f"""<div class="om-page om-media"><div class="media-header"><img src="//inews.gtimg.com/newsapp_ls/0/12873654901_100100/0" alt=""><h1>{MEDIA[0]}</h1><p class="media-desc">{MEDIA[2]}</p><span class="btn-follow">+ 关注</span></div>
<ul class="article-list">{items}</ul></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "企鹅号 / 腾讯内容开放平台 (page.om.qq.com/page/…) article pages", extensionless_html=True)
    fam.put("/", home_page())
    fam.put(f"/media/{MEDIA[1]}", media_page())
    fam.not_documents.append(f"/media/{MEDIA[1]}")
    runs = split_paras(C1.paras, 2)
    fam.put(page_url(ID1), om1_page(1, runs))
    fam.route(page_url(ID1, 2), f"page/{ID1}_2.html", om1_page(2, runs))
    fam.not_documents.append(page_url(ID1, 2))
    fam.doc([page_url(ID1), page_url(ID1, 2)], C1, published_at="2024-06-20")
    fam.put(page_url(ID2), om2_page())
    fam.doc([page_url(ID2)], C2)
    fam.put("/robots.txt", "User-agent: *\nAllow: /page/\nDisallow: /api/\n")
    fam.noise += [
        PRE1, "以下为讲话内容（有删节）", CAP1, "记者 郑一航 摄", MOREPIC, CAP2, TAIL2, "编辑：吴桐", STATEMENT,
        "腾讯仅提供信息发布平台", "企鹅号", "+ 关注", "APP内打开", "打开腾讯新闻，看更多精彩内容", "相关推荐",
        "东岭职业技术学院与三家龙头企业", "全省职业院校技能大赛落幕", "腾讯新闻 · 事实派", "下载APP", "上一页", "下一页", "粤B2-20090059",
    ]
    fam.note = (
        f"articles are extensionless `/page/O…` pages; the 产教融合 speech runs over `/page/{ID1}` and its `?page=2` "
        "(query route; the 特别声明 and 相关推荐 print only on the last page); the 文化惠民 article is linked from the media "
        "page and from the first article's 相关推荐 on its page 2"
    )
    return fam
