"""语雀 (yuque.com)-like public knowledge base, as served to guests: React SSR pages at extensionless
`/<login>/<book>/<slug>` (`extensionless_html`). The book page `/<login>/<book>` prints the 目录
tree with `<a>`s; a doc page has the book sidebar (目录), the doc header (`h1#article-title`, the
author's avatar and name, 最近更新 / 字数 / 浏览), the text in `article#content > div.yuque-doc-content
> div.ne-viewer > div.ne-viewer-body` as lake custom elements (`ne-p`, `ne-h2`, `ne-quote`,
`ne-text`), the 大纲 sidebar, the like / 收藏 bar, comments, and the whole doc again in
`window.appData = JSON.parse(decodeURIComponent("…"))` (`doc.content` in `<!doctype lake>` markup).
The knowledge base is a writing trainer's 范文 collection: each doc opens with a `ne-quote`
适用场景 note and puts the speech under her own `范文正文` heading, then her `写作点评` section.
One doc is shown to guests only up to the 登录后查看更多 wall (SSR and JSON alike) → truncated."""

import html
import json
from urllib.parse import quote

from common import SPEECHES, Family

HOST = "www.yuque-like.test"
LOGIN = "laozhou-wenmi"
NAME = "老周讲公文"
BOOK = "jianghua"
BOOK_NAME = "讲话稿范文精选"
BOOK_ID = 41285530

DOCS = [
    dict(
        slug="kq3vx8",
        id=169204117,
        speech=SPEECHES["YQ1"],
        created="2024-07-08T09:12:40.000Z",
        updated="2024-07-09T02:20:15.000Z",
        shown_updated="2024-07-09 10:20",
        words=1712,
        hits=2318,
        scene="适用场景：部门季度复盘会、项目总结会；讲话人：部门负责人；字数：约1500字。",
        review=[
            "这篇发言的好处是“先说结果、再说问题、最后说措施”，结构清楚，数字具体。复盘类发言最忌讳只讲成绩、问题一笔带过。",
            "结尾关于加班的一段是点睛之笔，体现了管理者的温度，大家写的时候可以借鉴，但不要生搬硬套。",
        ],
        wall=None,
        comments=[
            ("Alice王", "收藏了，下周刚好要做季度复盘。", "2024-07-10 09:03"),
            ("一棵树", "“效率要靠方法，不能靠熬夜”这句太真实了", "2024-07-12 22:41"),
        ],
    ),
    dict(
        slug="gm7c2r",
        id=158833042,
        speech=SPEECHES["YQ2"],
        created="2024-03-06T12:30:05.000Z",
        updated="2024-03-06T12:30:05.000Z",
        shown_updated="2024-03-06 20:30",
        words=1531,
        hits=987,
        scene="适用场景：社区、村居志愿服务队成立大会；讲话人：社区党委书记；字数：约1400字。",
        review=["成立大会讲话要讲清楚“为什么成立、怎么运转、对志愿者有什么希望”三件事，这篇都讲到了。"],
        wall=3,
        comments=[("社区小张", "请问可以转载到我们社区公众号吗？", "2024-03-08 15:16")],
    ),
]


def doc_path(d):
    return f"/{LOGIN}/{BOOK}/{d['slug']}"


def lake_id(seed: str, n: int) -> str:
    return "u" + format((hash_stable(seed) + n * 2654435761) % (16**8), "08x")


def hash_stable(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**32)
    return h


def blocks(d):
    """The doc's blocks as (kind, text): quote, h2, p."""
    sp = d["speech"]
    paras = sp.paras if d["wall"] is None else sp.paras[: d["wall"]]
    out = [("quote", d["scene"]), ("h2", "范文正文")] + [("p", x) for x in paras]
    if d["wall"] is None:
        out += [("h2", "写作点评")] + [("p", x) for x in d["review"]]
    return out


def ne_html(d):
    parts = []
    for n, (kind, text) in enumerate(blocks(d)):
        i = lake_id(d["slug"], n)
        t = lake_id(d["slug"] + "t", n)
        if kind == "p":
            parts.append(f'<ne-p id="{i}" data-lake-id="{i}"><ne-text id="{t}">{text}</ne-text></ne-p>')
        elif kind == "h2":
            parts.append(
                f'<ne-h2 id="{i}" data-lake-id="{i}"><ne-heading-ext><ne-heading-anchor></ne-heading-anchor>'
                f'<ne-heading-fold></ne-heading-fold></ne-heading-ext><ne-heading-content><ne-text id="{t}">{text}</ne-text>'
                "</ne-heading-content></ne-h2>"
            )
        else:
            parts.append(
                f'<ne-quote id="{i}" data-lake-id="{i}"><ne-p id="{t}" data-lake-id="{t}"><ne-text id="{t}x">{text}</ne-text></ne-p></ne-quote>'
            )
    return "".join(parts)


def lake_content(d):
    parts = [
        '<!doctype lake><meta name="doc-version" content="1" /><meta name="viewport" content="fixed" /><meta name="paragraphSpacing" content="relax" />'
    ]
    for n, (kind, text) in enumerate(blocks(d)):
        i = lake_id(d["slug"], n)
        if kind == "p":
            parts.append(
                f'<p data-lake-id="{i}" id="{i}"><span data-lake-id="{i}s" id="{i}s">{text}</span></p>'
            )
        elif kind == "h2":
            parts.append(
                f'<h2 data-lake-id="{i}" id="{i}"><span data-lake-id="{i}s" id="{i}s">{text}</span></h2>'
            )
        else:
            parts.append(
                f'<blockquote data-lake-id="{i}" id="{i}"><p data-lake-id="{i}p" id="{i}p"><span>{text}</span></p></blockquote>'
            )
    return "".join(parts)


def app_data(d=None):
    book = {
        "id": BOOK_ID,
        "type": "Book",
        "slug": BOOK,
        "name": BOOK_NAME,
        "user": {"login": LOGIN, "name": NAME},
        "public": 1,
        "toc": [
            {
                "type": "DOC",
                "title": x["speech"].title,
                "uuid": x["slug"] + "-uuid",
                "url": x["slug"],
                "doc_id": x["id"],
                "level": 0,
            }
            for x in DOCS
        ],
    }
    data = {
        "me": {},
        "login": False,
        "group": None,
        "book": book,
        "space": {"host": f"https://{HOST}"},
        "env": "production",
    }
    if d:
        data["doc"] = {
            "id": d["id"],
            "slug": d["slug"],
            "title": d["speech"].title,
            "type": "Doc",
            "format": "lake",
            "content": lake_content(d),
            "word_count": d["words"],
            "hits": d["hits"],
            "created_at": d["created"],
            "content_updated_at": d["updated"],
            "user": {
                "login": LOGIN,
                "name": NAME,
                "avatar_url": "https://cdn.nlark.com/yuque/0/2022/png/2148823/avatar.png",
            },
            "is_truncated": d["wall"] is not None,
            "abilities": {"read": d["wall"] is None, "comment": False},
        }
    return (
        "window.appData = JSON.parse(decodeURIComponent("
        + json.dumps(quote(json.dumps(data, ensure_ascii=False), safe=""))
        + "));"
    )


def head(title, description):
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} · 语雀</title>
<meta name="description" content="{html.escape(description)}" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="语雀" />
<meta name="format-detection" content="telephone=no" />
<link rel="shortcut icon" href="https://mdn.alipayobjects.com/huamei_0prmtq/afts/img/A*vMxOQIh4KBMAAAAAAAAAAAAADvuFAQ/original" />
<link rel="stylesheet" href="https://gw.alipayobjects.com/os/chair-script/skylark/c/umi.8a4f2e1c.css" />
<link rel="stylesheet" href="https://gw.alipayobjects.com/os/chair-script/skylark/c/p__doc__routers.3b7d90a1.css" />
</head>
<body>
<div id="ReactApp">
"""


def foot(d=None):
    return f"""</div>
<script>{app_data(d)}</script>
<script crossorigin src="https://gw.alipayobjects.com/os/lib/react/16.14.0/umd/react.production.min.js"></script>
<script crossorigin src="https://gw.alipayobjects.com/os/chair-script/skylark/c/umi.5d1e7a0b.js"></script>
<script crossorigin src="https://gw.alipayobjects.com/os/chair-script/skylark/c/p__doc__routers.9c2f6e4d.js"></script>
</body>
</html>
"""


def book_sidebar(current=None):
    items = "".join(
        f'<div class="catalogTreeItem-module_CatalogItem_xkX7p{" catalogTreeItem-module_active_a7Wk3" if x is current else ""}">'
        f'<a href="{doc_path(x)}" title="{x["speech"].title}"><span class="catalogTreeItem-module_title_snpKw">{x["speech"].title}</span></a></div>'
        for x in DOCS
    )
    return f"""<div class="ReaderLayout-module_aside_zdBDK">
  <div class="sidebar-module_header_9UDUw">
    <a class="sidebar-module_bookIcon_O8bDj" href="/{LOGIN}/{BOOK}"><img src="https://cdn.nlark.com/yuque/0/2023/png/2148823/book-cover.png" alt="" /></a>
    <a class="sidebar-module_bookName_6Sc7o" href="/{LOGIN}/{BOOK}">{BOOK_NAME}</a>
  </div>
  <div class="sidebar-module_search_Xx3hu"><span>搜索</span><kbd>Ctrl + J</kbd></div>
  <div class="sidebar-module_index_M3Q5a"><a href="/{LOGIN}/{BOOK}">首页</a></div>
  <div class="sidebar-module_catalog_eR2Y6"><div class="sidebar-module_catalogTitle_Iu5pv">目录</div>
    <div class="catalogTreeList-module_list_ZlYtR">{items}</div>
  </div>
</div>
"""


def doc_page(d):
    sp = d["speech"]
    outline = [text for kind, text in blocks(d) if kind == "h2"]
    toc = "".join(
        f'<div class="ne-toc-item ne-toc-level-2"><a href="#{lake_id(d["slug"], [t for _, t in blocks(d)].index(h))}" title="{h}">{h}</a></div>'
        for h in outline
    )
    wall = ""
    if d["wall"] is not None:
        wall = """<div class="DocReader-module_readMore_4kz1N">
        <div class="DocReader-module_mask_JbK7s"></div>
        <div class="DocReader-module_readMoreContent_wqP4F">
          <p class="DocReader-module_tip_yYb2Q">登录后查看更多</p>
          <p class="DocReader-module_desc_RM6q9">作者设置了仅登录用户可查看完整内容</p>
          <a class="ant-btn ant-btn-primary" href="/login?goto=@@GOTO@@">登录 / 注册</a>
        </div>
      </div>""".replace("@@GOTO@@", quote(f"https://{HOST}{doc_path(d)}", safe=""))
    comments = "".join(
        f"""<div class="comment-module_item_vQ2R1"><img class="comment-module_avatar_1BDK5" src="https://cdn.nlark.com/yuque/0/2024/png/anonymous/{n}.png" alt="" />
          <div class="comment-module_body_F1kLx"><div class="comment-module_meta_R6sx3"><span class="comment-module_name_VC3Ko">{who}</span><span class="comment-module_time_yJq2k">{when}</span></div>
          <div class="comment-module_content_1G8qv"><div class="ne-viewer-body"><ne-p><ne-text>{text}</ne-text></ne-p></div></div>
          <div class="comment-module_actions_TxO9C"><span>回复</span><span>点赞</span></div></div></div>"""
        for n, (who, text, when) in enumerate(d["comments"])
    )
    return (
        head(f"{sp.title} · {BOOK_NAME}", sp.paras[1][:80])
        + f"""<div class="ReaderLayout-module_wrapper_l-8F+">
{book_sidebar(d)}<div class="ReaderLayout-module_main_Tm0Wf">
  <div class="header-module_header_hj4m8">
    <div class="header-module_breadcrumb_Jb2Sd"><a href="/{LOGIN}">{NAME}</a><span>/</span><a href="/{LOGIN}/{BOOK}">{BOOK_NAME}</a></div>
    <div class="header-module_actions_0Wq1c"><a href="/login">登录</a><a class="ant-btn ant-btn-primary" href="/register">免费注册</a></div>
  </div>
  <div id="doc-reader-content" class="DocReader-module_wrapper_t3Z8X">
    <div class="DocReader-module_header_xAOtU">
      <h1 id="article-title" class="index-module_articleTitle_VJTLJ doc-article-title">{sp.title}</h1>
      <div class="DocReader-module_meta_s5T7v">
        <a class="DocReader-module_author_9FcUw" href="/{LOGIN}"><img src="https://cdn.nlark.com/yuque/0/2022/png/2148823/avatar.png" alt="" width="24" height="24" /><span>{NAME}</span></a>
        <span class="DocReader-module_time_9xF3p">最近更新 {d["shown_updated"]}</span>
        <span class="DocReader-module_words_Zr4Ue">字数 {d["words"]}</span>
        <span class="DocReader-module_hits_2Vb0d">浏览 {d["hits"]}</span>
      </div>
    </div>
    <article id="content" class="article-content" tabindex="0" style="outline-style: none;">
      <div class="yuque-doc-content" data-df="lake" style="position: relative;"><div><div class="ne-viewer lakex-yuque-theme-light ne-typography-classic ne-paragraph-spacing-relax ne-viewer-layout-mode-fixed" data-viewer-mode="normal" id="{lake_id(d["slug"], 99)}"><div class="ne-viewer-header"><button type="button" class="ne-ui-exit-max-view-btn">返回文档</button></div><div class="ne-viewer-body">{ne_html(d)}</div><div class="ne-inner-overlay-container"><ne-overlay-tmp contenteditable="false" data-event-boundary="overlay"></ne-overlay-tmp></div></div></div></div>
      {wall}
    </article>
    <div class="DocReader-module_footer_1kQ2h">
      <div class="like-module_like_Vx8sb"><button type="button" class="like-module_btn_8qJ1K">点赞</button><p>若有收获，就点个赞吧</p></div>
      <div class="DocReader-module_actions_7hY2S"><span>收藏</span><span>分享</span><span>举报</span></div>
    </div>
    <div class="comment-module_wrapper_M9k2c">
      <div class="comment-module_title_3QvLr">{len(d["comments"])} 条评论</div>
      {comments}
      <div class="comment-module_login_TzL3a"><a href="/login">登录</a> 后参与评论</div>
    </div>
  </div>
</div>
<div class="ReaderLayout-module_toc_9BqvJ"><div class="ne-toc-title">大纲</div><div class="ne-toc-view">{toc}</div></div>
</div>
"""
        + foot(d)
    )


def book_page():
    items = "".join(
        f'<li class="catalog-module_item_5WfLh"><a href="{doc_path(x)}"><span class="catalog-module_title_7Ph1T">{x["speech"].title}</span></a>'
        f'<span class="catalog-module_time_2kL9d">{x["shown_updated"][:10]}</span></li>'
        for x in DOCS
    )
    return (
        head(BOOK_NAME, f"{NAME}的知识库：{BOOK_NAME}")
        + f"""<div class="ReaderLayout-module_wrapper_l-8F+">
{book_sidebar()}<div class="ReaderLayout-module_main_Tm0Wf">
  <div class="BookHome-module_header_e3Ns4"><h1>{BOOK_NAME}</h1><p class="BookHome-module_desc_8aJqB">常用讲话稿范文，附写作点评。持续更新。</p>
    <div class="BookHome-module_meta_Rk9Wd">{len(DOCS)} 篇文档 · 2.1万 字 · 326 人关注</div></div>
  <div class="BookHome-module_catalog_JvD9P"><ul>{items}</ul></div>
</div>
</div>
"""
        + foot()
    )


def build() -> Family:
    fam = Family(
        HOST,
        "语雀 (yuque.com)-like public knowledge base, React SSR with lake markup and appData JSON",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        home=f"/{LOGIN}/{BOOK}",
    )
    # the book page is a folder here (its docs sit under it): the replica redirects `/login/book` to it
    fam.put(f"/{LOGIN}/{BOOK}/", book_page())
    fam.not_documents.append(f"/{LOGIN}/{BOOK}/")
    for d in DOCS:
        fam.put(doc_path(d), doc_page(d))
        published = d["updated"][:10]
        if d["wall"] is None:
            fam.doc([doc_path(d)], d["speech"], published_at=published)
        else:
            fam.doc(
                [doc_path(d)],
                d["speech"],
                truncated=True,
                text="\n".join(d["speech"].paras[: d["wall"]]),
                published_at=published,
            )
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /api/\nDisallow: /login\nDisallow: /register\nDisallow: /dashboard\n",
        "ascii",
    )
    fam.noise += [
        "适用场景：",
        "范文正文",
        "写作点评",
        "这篇发言的好处是",
        "结尾关于加班的一段是点睛之笔",
        "登录后查看更多",
        "作者设置了仅登录用户可查看完整内容",
        "最近更新",
        "字数 ",
        "浏览 ",
        "若有收获，就点个赞吧",
        "条评论",
        "收藏了，下周刚好要做季度复盘",
        "后参与评论",
        "返回文档",
        "大纲",
        "免费注册",
        BOOK_NAME,
        NAME,
    ]
    fam.note = (
        f"Home is the knowledge base `/{LOGIN}/{BOOK}` (not `/`; a folder on the replica, answered with a redirect to "
        f"`/{LOGIN}/{BOOK}/`); docs are extensionless (`extensionless_html`). Each doc is "
        "server-rendered as lake custom elements (`ne-p` > `ne-text`, `ne-h2`, `ne-quote`) and again, URL-encoded, "
        "in `window.appData` (`doc.content`, `<!doctype lake>` markup). The docs are a writing trainer's 范文: a "
        "`ne-quote` 适用场景 note, her `范文正文` heading, the speech, her `写作点评` heading and notes; only the "
        "speech is expected. The 志愿服务队 doc stops for guests after three paragraphs at the 登录后查看更多 wall "
        "(SSR and appData alike): truncated, expected text = those paragraphs. published_at is the 最近更新 date "
        "(the docs were written a few days after the speeches were given)."
    )
    return fam
