"""A team's self-hosted BookStack v23.12 (Chinese UI, public role on), as it prints pages to a guest:
shelf `/shelves/jiang-hua-gao-hui-bian` → book `/books/2024-nian-ling-dao-jiang-hua-gao` → chapters
`/books/…/chapter/…` → pages `/books/…/page/…` (extensionless; a book or the shelves list is also a
folder: `folder_pages`). The tri-layout: header (logo, global search, 书架 / 图书 / 登录), left column
with 页面导航 (the page's `bkmrk-` headings) and the book tree (`book-tree`, `entity-list-item`,
chapter toggles `N 个页面`), the middle `breadcrumbs` (书架 › 图书 › 章节 › 页面), `main.content-wrap.card`
holding `div.page-content[page-display]` (h1 `bkmrk-page-title`, a `callout info` with speaker / time /
occasion, the text as `<p id="bkmrk-…">`), `#sibling-navigation` 上一页 / 下一页, the comments section;
the right column with tags (`tag-item`: 类型 讲话稿, 年份 2024, …), 详细信息 `entity-meta` (修订 #N,
由 … 创建于 / 由 … 更新于 with relative times and `title` timestamps) and 操作 (导出). """

import json
from urllib.parse import quote

from common import FAMILIES, SPEECHES, Family

HOST = "wiki.lantu-team.test"
APP = "蓝图团队知识库"
VER = "v23.12.2"
B1, B2 = SPEECHES["g37a-b1"], SPEECHES["g37a-b2"]
BOOK = ("2024-nian-ling-dao-jiang-hua-gao", "2024年领导讲话稿", 7)
SHELF = ("jiang-hua-gao-hui-bian", "讲话稿汇编", 2)
CH = {
    "safety": ("an-quan-sheng-chan", "安全生产", 31),
    "hr": ("ren-li-zi-yuan-yu-pei-xun", "人力资源与培训", 32),
}
PAGES = [
    # key, slug, title, chapter, id, speaker, occasion, created, updated, rev, creator, updater, tags
    dict(sp=B1, slug="zai-gong-si-nian-du-an-quan-sheng-chan-gong-zuo-hui-yi-shang-de-jiang-hua", ch="safety", id=118,
         speaker="总经理　李建国", place="公司总部三楼会议室", created=("2024-01-19 09:42:15", "Fri, Jan 19, 2024 9:42 AM", "11个月前"),
         updated=("2024-01-22 17:05:38", "Mon, Jan 22, 2024 5:05 PM", "10个月前"), rev=4, creator="周晓雯", updater="陈默",
         tags=[("类型", "讲话稿"), ("年份", "2024"), ("讲话人", "李建国"), ("状态", "已定稿")]),
    dict(sp=B2, slug="zai-xin-yuan-gong-ru-zhi-pei-xun-kai-ban-yi-shi-shang-de-jiang-hua", ch="hr", id=131,
         speaker="党委书记、董事长　孙卫东", place="培训中心报告厅", created=("2024-07-05 15:18:02", "Fri, Jul 5, 2024 3:18 PM", "5个月前"),
         updated=("2024-07-09 10:26:44", "Tue, Jul 9, 2024 10:26 AM", "5个月前"), rev=3, creator="周晓雯", updater="周晓雯",
         tags=[("类型", "讲话稿"), ("年份", "2024"), ("讲话人", "孙卫东")]),
]
OTHER = [  # pages of the book that are not speeches (listed in the tree, not served)
    ("safety", "an-quan-sheng-chan-zhuan-xiang-zheng-zhi-fang-an-zhai-yao", "安全生产专项整治方案（摘要）"),
    ("hr", "2024-nian-xiao-yuan-zhao-pin-gong-zuo-zong-jie", "2024年校园招聘工作总结"),
]


class BookStackFamily(Family):
    def file_for_url(self, url: str) -> str:
        key = super().file_for_url(url)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def book_url() -> str:
    return f"/books/{BOOK[0]}"


def ch_url(ch: str) -> str:
    return f"{book_url()}/chapter/{CH[ch][0]}"


def page_url(p: dict) -> str:
    return f"{book_url()}/page/{p['slug']}"


ICON = {
    "book": '<svg class="svg-icon" data-icon="book" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M18 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 4h5v8l-2.5-1.5L6 12V4z"/></svg>',
    "chapter": '<svg class="svg-icon" data-icon="chapter" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M4 6H2v14c0 1.1.9 2 2 2h14v-2H4V6zm16-4H8c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zm-1 9H9V9h10v2zm-4 4H9v-2h6v2zm4-8H9V5h10v2z"/></svg>',
    "page": '<svg class="svg-icon" data-icon="page" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z"/></svg>',
    "bookshelf": '<svg class="svg-icon" data-icon="bookshelf" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M1.088 2.566h17.42v17.42H1.088z" fill="none"/><path d="M4 20.058h15.892V22H4z"/><path d="M2.902 1.477h17.42v17.42H2.903z" fill="none"/></svg>',
    "star": '<svg class="svg-icon" data-icon="star" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/></svg>',
    "time": '<svg class="svg-icon" data-icon="time" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"/></svg>',
    "edit": '<svg class="svg-icon" data-icon="edit" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a.996.996 0 0 0 0-1.41l-2.34-2.34a.996.996 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z"/></svg>',
    "export": '<svg class="svg-icon" data-icon="export" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M19 12v7H5v-7H3v7c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2v-7h-2zm-6 .67l2.59-2.58L17 11.5l-5 5-5-5 1.41-1.41L11 12.67V3h2z"/></svg>',
    "caret": '<svg class="svg-icon" data-icon="caret-right" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M10 17l5-5-5-5v10z"/></svg>',
}


def head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"
      dir="ltr"
      class="">
<head>
    <title>{title} | {APP}</title>

    <!-- Meta -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <meta name="token" content="Xq3vJm0Rk8bWc2nT5yLp9sHd4fGa7eZu1iOw6QxE">
    <meta name="base-url" content="http://{HOST}">
    <meta name="theme-color" content="#206ea7"/>

    <!-- Social Cards Meta -->
    <meta property="og:title" content="{title} | {APP}">
    <meta property="og:url" content="http://{HOST}/">

    <!-- Styles -->
    <link rel="stylesheet" href="http://{HOST}/dist/styles.css?version={VER}">

    <!-- Icons -->
    <link rel="icon" type="image/png" sizes="256" href="http://{HOST}/icon.png">
    <link rel="icon" type="image/png" sizes="180" href="http://{HOST}/icon-180.png">
    <link rel="apple-touch-icon" sizes="180" href="http://{HOST}/icon-180.png">
    <link rel="icon" type="image/png" sizes="128" href="http://{HOST}/icon-128.png">
    <link rel="icon" type="image/png" sizes="64" href="http://{HOST}/icon-64.png">
    <link rel="icon" type="image/png" sizes="32" href="http://{HOST}/icon-32.png">

    <!-- PWA -->
    <link rel="manifest" href="http://{HOST}/manifest.json">
    <meta name="mobile-web-app-capable" content="yes">

    <!-- OpenSearch -->
    <link rel="search" type="application/opensearchdescription+xml" title="{APP}" href="http://{HOST}/opensearch.xml">

    <!-- Custom Styles & Head Content -->
    <style>
    :root {{
        --color-primary: #206ea7;
        --color-primary-light: rgba(32,110,167,0.15);
        --color-link: #206ea7;
        --color-bookshelf: #a94747;
        --color-book: #077b70;
        --color-chapter: #af4d0d;
        --color-page: #206ea7;
        --color-page-draft: #7e50b1;
    }}
    </style>

    <!-- Additional Meta -->
    <link rel="stylesheet" media="print" href="http://{HOST}/dist/print-styles.css?version={VER}">

    <!-- Translations for JS -->
    <script src="http://{HOST}/dist/app.js?version={VER}" type="module" nonce="c2F8dX1mZ0p3QnE4"></script>
</head>
<body class="tri-layout" >

    <a class="px-m py-s skip-to-content-link" href="#main-content">跳转到内容</a>    <div component="notification"
     option:notification:type="success"
     option:notification:show="false"
     class="pos" role="alert"  style="display: none;" >
    <svg class="svg-icon" data-icon="check-circle" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z"/></svg> <span></span><div class="dismiss"><svg class="svg-icon" data-icon="close" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg></div>
</div>
<header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden">
    <div class="flex-container-row justify-space-between gap-s items-center">
        <a href="http://{HOST}" data-shortcut="home_view" class="logo">
            <img class="logo-image" src="http://{HOST}/uploads/images/system/2023-03/lantu-logo.png" alt="Logo">
            <span class="logo-text">{APP}</span>
        </a>
        <div class="hide-over-l py-s">
            <button type="button"
                    refs="header-mobile-toggle@toggle"
                    title="扩展标头菜单"
                    aria-expanded="false"
                    class="mobile-menu-toggle"><svg class="svg-icon" data-icon="more" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z"/></svg></button>
        </div>
    </div>

    <div class="flex-container-column items-center justify-center hide-under-l">
        <form component="global-search" action="http://{HOST}/search" method="GET" class="search-box" role="search" tabindex="0">
            <button id="header-search-box-button"
                    refs="global-search@button"
                    type="submit"
                    aria-label="搜索"
                    tabindex="-1"><svg class="svg-icon" data-icon="search" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg></button>
            <input id="header-search-box-input"
                   refs="global-search@input"
                   type="text"
                   name="term"
                   data-shortcut="global_search"
                   autocomplete="off"
                   aria-label="搜索" placeholder="搜索"
                   value="">
        </form>
    </div>

    <nav refs="header-mobile-toggle@menu" class="header-links">
        <div class="links text-center">
            <a href="http://{HOST}/shelves" data-shortcut="shelves_view">{ICON["bookshelf"]}书架</a>
            <a href="http://{HOST}/books" data-shortcut="books_view">{ICON["book"]}图书</a>
            <a href="http://{HOST}/login">{ICON["caret"]}登录</a>
        </div>
    </nav>
</header>

    <div id="content" components="page-comments" class="block">
"""


FOOT = """    </div>

    <div component="back-to-top" class="back-to-top print-hidden">
        <div class="inner">
            <svg class="svg-icon" data-icon="chevron-up" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M7.41 15.41L12 10.83l4.59 4.58L18 14l-6-6-6 6z"/></svg> <span>回到顶部</span>
        </div>
    </div>

        </body>
</html>
"""


def crumbs(items: list[tuple[str, str, str]]) -> str:
    parts = []
    for i, (kind, url, name) in enumerate(items):
        if i:
            parts.append(f'<div class="separator">{ICON["caret"]}</div>')
        parts.append(f'<a href="http://{HOST}{url}" class="text-{kind} icon-list-item outline-hover">\n'
                     f'        <span>{ICON[kind]}</span>\n        <span>{name}</span>\n    </a>')
    return ('<nav class="breadcrumbs text-center" aria-label="面包屑导航">\n    <div class="breadcrumb-listing">' if False else
            '<nav class="breadcrumbs text-center" aria-label="面包屑导航">\n    ') + "\n    ".join(parts) + "\n</nav>"


def tree(current: str | None) -> str:
    def item(kind: str, url: str, name: str) -> str:
        sel = " selected" if url == current else ""
        return (f'<a href="http://{HOST}{url}" class="{kind} entity-list-item{sel}" data-entity-type="{kind}" data-entity-id="0">\n'
                f'    <span role="presentation" class="icon text-{kind}">{ICON[kind]}</span>\n'
                f'    <div class="content">\n        <div class="entity-list-item-name break-text">{name}</div>\n    </div>\n</a>')
    out = [f'<li class="list-item-book book">{item("book", book_url(), BOOK[1])}</li>']
    for ch, (slug, name, _) in CH.items():
        pages = [(page_url(p), p["sp"].title) for p in PAGES if p["ch"] == ch]
        pages += [(f"{book_url()}/page/{s}", t) for c, s, t in OTHER if c == ch]
        expanded = "true" if any(u == current for u, _ in pages) or ch_url(ch) == current else "false"
        kids = "".join(f'<li class="list-item-page {"current-page" if u == current else ""}">{item("page", u, t)}</li>' for u, t in pages)
        out.append(f'<li class="list-item-chapter chapter">{item("chapter", ch_url(ch), name)}\n'
                   f'<div class="entity-list-item no-hover">\n<span role="presentation" class="icon text-chapter"></span>\n<div class="content">\n'
                   f'<button type="button" component="chapter-contents" class="text-muted chapter-contents-toggle" aria-expanded="{expanded}">'
                   f'{ICON["caret"]}<span>{len(pages)} 个页面</span></button>\n'
                   f'<div refs="chapter-contents@list" class="chapter-contents-list" style="{"" if expanded == "true" else "display: none;"}"><ul class="sub-menu inset-list">{kids}</ul></div>\n</div>\n</div></li>')
    return ('<nav id="book-tree" class="book-tree mb-xl" aria-label="图书导航">\n    <h5>图书导航</h5>\n'
            '    <ul class="sidebar-page-list mt-xs menu entity-list">\n' + "\n".join(out) + '\n    </ul>\n</nav>')


def layout(left: str, middle: str, right: str) -> str:
    return f"""<div class="tri-layout-mobile-tabs text-primary print-hidden">
    <div class="grid half no-break no-gap">
        <button type="button" refs="tri-layout@tab" data-tab="info" aria-label="标签" class="tri-layout-mobile-tab px-m py-m text-primary">信息</button>
        <button type="button" refs="tri-layout@tab" data-tab="content" aria-label="内容" aria-selected="true" class="tri-layout-mobile-tab px-m py-m text-primary active">内容</button>
    </div>
</div>

<div refs="tri-layout@container" class="tri-layout-container"  >

    <div class="tri-layout-sides print-hidden">
        <div class="tri-layout-sides-content">
            <div class="tri-layout-right print-hidden">
                <aside class="tri-layout-right-contents">
                    {right}
                </aside>
            </div>

            <div class="tri-layout-left print-hidden" id="sidebar">
                <aside class="tri-layout-left-contents">
                    {left}
                </aside>
            </div>
        </div>
    </div>

    <div class="tri-layout-middle">
        <div id="main-content" class="tri-layout-middle-contents">
            {middle}
        </div>
    </div>
</div>
"""


def meta_box(created, updated, rev, creator, updater) -> str:
    return f"""<div id="page-details" class="entity-details mb-xl">
    <h5>详细信息</h5>
    <div class="blended-links">
        <div class="entity-meta">
    <div class="entity-meta-item">
        {ICON["star"]}
        <div>修订 #{rev}</div>
    </div>
    <div class="entity-meta-item">
        {ICON["star"]}
        <div>
            由 <a href='http://{HOST}/user/{quote(creator)}'>{creator}</a> 创建于 <span title="{created[1]}">{created[2]}</span>
        </div>
    </div>
    <div class="entity-meta-item">
        {ICON["edit"]}
        <div>
            由 <a href='http://{HOST}/user/{quote(updater)}'>{updater}</a> 更新于 <span title="{updated[1]}">{updated[2]}</span>
        </div>
    </div>
</div>
    </div>
</div>"""


def tag_list(tags) -> str:
    items = "".join(
        f'<div class="tag-item primary-background-light" data-name="{n}" data-value="{v}">\n'
        f'    <div class="tag-name"><a href="http://{HOST}/search?term=%5B{quote(n)}%5D">{n}</a></div>\n'
        f'    <div class="tag-value"><a href="http://{HOST}/search?term=%5B{quote(n)}%3D{quote(v)}%5D">{v}</a></div>\n</div>\n'
        for n, v in tags)
    return f'<section id="tags" class="mb-xl">\n    <h5>标签</h5>\n    <div class="tag-list">{items}</div>\n</section>'


def sibling(prev, nxt) -> str:
    def a(item, label, right):
        if not item:
            return ""
        url, name, kind = item
        return (f'<a href="http://{HOST}{url}" class="outline-hover no-link-style block rounded{" text-xs-right" if right else ""}">\n'
                f'                <div class="px-m pt-xs text-muted">{label}</div>\n'
                f'                <div class="inline-block">\n                    <div class="icon-list-item no-hover">\n'
                f'                        <span class="text-{kind} ">{ICON[kind]}</span>\n                        <span>{name}</span>\n'
                f'                    </div>\n                </div>\n            </a>')
    return (f'<div id="sibling-navigation" class="grid half collapse-xs items-center mb-m px-m no-row-gap fade-in-when-active print-hidden">\n'
            f'    <div>\n        {a(prev, "上一页", False)}\n    </div>\n    <div>\n        {a(nxt, "下一页", True)}\n    </div>\n</div>')


def speech_page(i: int) -> str:
    p = PAGES[i]
    sp = p["sp"]
    y, m, d = sp.date.split("-")
    body = [f'<h1 class="break-text" id="bkmrk-page-title">{sp.title}</h1>',
            '<div style="clear:left;"></div>',
            f'<p class="callout info" id="bkmrk-{i}-callout">讲话人：{p["speaker"]}<br>时间：{y}年{int(m)}月{int(d)}日<br>地点：{p["place"]}<br>'
            f'整理：{p["creator"]}（办公室文秘组），以会上实际讲话为准。</p>']
    heads = []
    for n, para in enumerate(sp.paras):
        bid = f"bkmrk-{para[:6].translate(str.maketrans('', '', '，。、：；“”')).lower()}-{n}"
        if para[:2] in ("一、", "二、", "三、") and len(para) < 30:
            body.append(f'<h4 id="{bid}">{para}</h4>')
            heads.append((bid, para))
        else:
            body.append(f'<p id="{bid}">{para}</p>')
    body.append(f'<p id="bkmrk-end-{i}" style="text-align: right;"><em>（根据录音整理，已经讲话人审阅）</em></p>' if i == 0 else
                f'<p id="bkmrk-end-{i}"><em>附件：新员工入职培训日程安排表（见本章《2024年校园招聘工作总结》附件）</em></p>')
    nav_heads = ("".join(f'<li class="h4"><a href="#{b}" class="text-page">{h}</a></li>' for b, h in heads))
    left = ((f'<nav id="page-navigation" class="mb-xl" aria-labelledby="page-navigation-heading">\n    <h5 id="page-navigation-heading">页面导航</h5>\n'
             f'    <div class="body">\n        <div class="sidebar-page-nav menu">\n            <ul>{nav_heads}</ul>\n        </div>\n    </div>\n</nav>\n' if heads else "")
            + tree(page_url(p)))
    actions = (f'<div class="actions mb-xl">\n    <h5>操作</h5>\n    <div class="icon-list text-link">\n'
               f'<div component="dropdown" class="dropdown-container" id="export-menu">\n'
               f'    <div refs="dropdown@toggle" class="icon-list-item" aria-haspopup="true" aria-expanded="false" aria-label="导出" data-shortcut="export" tabindex="0">\n'
               f'        <span>{ICON["export"]}</span>\n        <span>导出</span>\n    </div>\n'
               f'    <ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">\n'
               f'        <li><a href="http://{HOST}{page_url(p)}/export/html" target="_blank" class="label-item"><span>包含的网页文件</span><span>.html</span></a></li>\n'
               f'        <li><a href="http://{HOST}{page_url(p)}/export/pdf" target="_blank" class="label-item"><span>PDF文件</span><span>.pdf</span></a></li>\n'
               f'        <li><a href="http://{HOST}{page_url(p)}/export/plaintext" target="_blank" class="label-item"><span>纯文本文件</span><span>.txt</span></a></li>\n'
               f'        <li><a href="http://{HOST}{page_url(p)}/export/markdown" target="_blank" class="label-item"><span>Markdown 文件</span><span>.md</span></a></li>\n'
               f'    </ul>\n</div>\n    </div>\n</div>')
    right = tag_list(p["tags"]) + "\n" + meta_box(p["created"], p["updated"], p["rev"], p["creator"], p["updater"]) + "\n" + actions
    # sibling order in the book: chapter 安全生产 (speech, other), chapter 人力资源与培训 (other, speech)
    order = [(page_url(PAGES[0]), PAGES[0]["sp"].title, "page"),
             (f"{book_url()}/page/{OTHER[0][1]}", OTHER[0][2], "page"),
             (ch_url("hr"), CH["hr"][1], "chapter"),
             (f"{book_url()}/page/{OTHER[1][1]}", OTHER[1][2], "page"),
             (page_url(PAGES[1]), PAGES[1]["sp"].title, "page")]
    at = [o[0] for o in order].index(page_url(p))
    prev = order[at - 1] if at else (ch_url("safety"), CH["safety"][1], "chapter")
    nxt = order[at + 1] if at + 1 < len(order) else None
    middle = f"""<div class="mb-m print-hidden">
        {crumbs([("bookshelf", "/shelves/" + SHELF[0], SHELF[1]), ("book", book_url(), BOOK[1]), ("chapter", ch_url(p["ch"]), CH[p["ch"]][1]), ("page", page_url(p), p["sp"].title)])}
    </div>

    <main class="content-wrap card">
        <div component="page-display"
             option:page-display:page-id="{p["id"]}"
             class="page-content clearfix">
            <div dir="auto">
                {chr(10).join(body)}
            </div>
        </div>
    </main>

    {sibling(prev, nxt)}

    <div class="container small p-none mb-l">
        <section component="page-comments"
         option:page-comments:page-id="{p["id"]}"
         option:page-comments:created-text="已添加评论"
         option:page-comments:count-text="{{0}} 条评论|{{1}} 条评论|[2,*] :count 条评论"
         class="comments-list"
         aria-label="评论">

    <div refs="page-comments@commentCountBar" class="grid half left-focus v-center no-row-gap">
        <h5 refs="page-comments@comments-title">{1 if i == 0 else 0} 条评论</h5>
    </div>

    <div refs="page-comments@commentContainer" class="comment-container">
        {"" if i else ""}{('<div class="comment-branch"><div class="comment-box"><div class="header"><div class="flex-container-row items-center gap-xs"><img width="50" src="http://' + HOST + '/uploads/images/user/2023-03/thumbs-50-50/chenmo.png" class="avatar block mr-xs" alt="陈默"><div class="flex"><a href="http://' + HOST + '/user/chenmo">陈默</a> <span class="text-muted">评论了</span> <a href="#comment1" class="text-muted">#1</a> <span class="text-muted"><span title="Mon, Jan 22, 2024 5:06 PM">10个月前</span></span></div></div></div><div refs="page-comment@content-container" class="content px-m py-s"><p>按领导意见改了第二部分第三条和安全投入的金额，已定稿，可以打印了。</p></div></div></div>') if i == 0 else ""}
    </div>

    </section>
    </div>"""
    return head(sp.title) + layout(left, middle, right) + FOOT


def chapter_page(ch: str) -> str:
    slug, name, cid = CH[ch]
    pages = [(page_url(p), p["sp"].title, "领导讲话全文，" + p["speaker"].split("　")[-1] + "。") for p in PAGES if p["ch"] == ch]
    pages += [(f"{book_url()}/page/{s}", t, "内部资料，仅供参考。") for c, s, t in OTHER if c == ch]
    items = "".join(f'<a href="http://{HOST}{u}" class="page entity-list-item" data-entity-type="page" data-entity-id="0">\n'
                    f'    <span role="presentation" class="icon text-page">{ICON["page"]}</span>\n    <div class="content">\n'
                    f'        <h4 class="entity-list-item-name break-text">{t}</h4>\n        <div class="entity-item-snippet">\n'
                    f'            <p class="text-muted break-text">{d}</p>\n        </div>\n    </div>\n</a>\n' for u, t, d in pages)
    middle = f"""<div class="mb-m print-hidden">
        {crumbs([("bookshelf", "/shelves/" + SHELF[0], SHELF[1]), ("book", book_url(), BOOK[1]), ("chapter", ch_url(ch), name)])}
    </div>
    <main class="content-wrap card">
        <h1 class="break-text">{name}</h1>
        <div refs="entity-search@contentView" class="chapter-content">
            <div class="text-muted break-text"><p>{name}方面的讲话稿和相关材料。</p></div>
            <div class="entity-list book-contents">
{items}            </div>
        </div>
    </main>"""
    right = meta_box(("", "Mon, Jan 8, 2024 10:02 AM", "11个月前"), ("", "Fri, Jul 5, 2024 3:18 PM", "5个月前"), 1, "周晓雯", "周晓雯")
    return head(name) + layout(tree(ch_url(ch)), middle, right) + FOOT


def book_page() -> str:
    rows = []
    for ch, (slug, name, _) in CH.items():
        n = sum(1 for p in PAGES if p["ch"] == ch) + sum(1 for c, *_ in OTHER if c == ch)
        rows.append(f'<a href="http://{HOST}{ch_url(ch)}" class="chapter entity-list-item" data-entity-type="chapter" data-entity-id="{CH[ch][2]}">\n'
                    f'    <span role="presentation" class="icon text-chapter">{ICON["chapter"]}</span>\n    <div class="content">\n'
                    f'        <h4 class="entity-list-item-name break-text">{name}</h4>\n'
                    f'        <div class="entity-item-snippet"><p class="text-muted break-text">{name}方面的讲话稿和相关材料。</p></div>\n'
                    f'        <div class="chapter-expansion"><button type="button" class="text-muted chapter-contents-toggle" aria-expanded="false">{ICON["caret"]}<span>{n} 个页面</span></button></div>\n'
                    f'    </div>\n</a>')
    middle = f"""<div class="mb-s print-hidden">
        {crumbs([("bookshelf", "/shelves/" + SHELF[0], SHELF[1]), ("book", book_url(), BOOK[1])])}
    </div>
    <main class="content-wrap card">
        <h1 class="break-text">{BOOK[1]}</h1>
        <div refs="entity-search@contentView" class="book-content">
            <div class="text-muted break-text"><p>公司领导在各类会议、活动上的讲话稿定稿，按业务条线分章节存放。未定稿请勿上传。</p></div>
            <div class="entity-list book-contents">
{chr(10).join(rows)}
            </div>
        </div>
    </main>"""
    right = meta_box(("", "Mon, Jan 8, 2024 9:55 AM", "11个月前"), ("", "Tue, Jul 9, 2024 10:26 AM", "5个月前"), 1, "周晓雯", "周晓雯")
    return head(BOOK[1]) + layout(tree(book_url()), middle, right) + FOOT


def shelf_page() -> str:
    middle = f"""<div class="mb-s print-hidden">
        {crumbs([("bookshelf", "/shelves", "书架"), ("bookshelf", "/shelves/" + SHELF[0], SHELF[1])])}
    </div>
    <main class="card content-wrap">
        <div class="flex-container-row wrap v-center">
            <h1 class="flex fit-content break-text">{SHELF[1]}</h1>
        </div>
        <div class="book-content">
            <div class="text-muted break-text"><p>办公室文秘组整理的各年度领导讲话稿。</p></div>
            <div class="entity-list">
<a href="http://{HOST}{book_url()}" class="book entity-list-item" data-entity-type="book" data-entity-id="{BOOK[2]}">
    <span role="presentation" class="icon text-book">{ICON["book"]}</span>
    <div class="content">
        <h4 class="entity-list-item-name break-text">{BOOK[1]}</h4>
        <div class="entity-item-snippet"><p class="text-muted break-text">公司领导在各类会议、活动上的讲话稿定稿，按业务条线分章节存放。</p></div>
    </div>
</a>
<a href="http://{HOST}/books/2023-nian-ling-dao-jiang-hua-gao" class="book entity-list-item" data-entity-type="book" data-entity-id="5">
    <span role="presentation" class="icon text-book">{ICON["book"]}</span>
    <div class="content">
        <h4 class="entity-list-item-name break-text">2023年领导讲话稿</h4>
        <div class="entity-item-snippet"><p class="text-muted break-text">2023年度讲话稿（已归档）。</p></div>
    </div>
</a>
            </div>
        </div>
    </main>"""
    return head(SHELF[1]) + layout('<div class="mb-xl"><h5>最近的活动</h5><div class="activity-list"><div class="activity-list-item"><div><a href="http://' + HOST + '/user/zhouxiaowen">周晓雯</a> 更新了页面 <a href="http://' + HOST + page_url(PAGES[1]) + '">' + PAGES[1]["sp"].title + '</a><br><span class="text-muted"><small><svg class="svg-icon" data-icon="time" role="presentation" viewBox="0 0 24 24"></svg>5个月前</small></span></div></div></div></div>', middle, "") + FOOT


def shelves_page() -> str:
    middle = f"""<main class="content-wrap mt-m card">
        <div class="grid half v-center">
            <h1 class="list-heading">书架</h1>
        </div>
        <div class="entity-list">
<a href="http://{HOST}/shelves/{SHELF[0]}" class="bookshelf entity-list-item" data-entity-type="bookshelf" data-entity-id="{SHELF[2]}">
    <span role="presentation" class="icon text-bookshelf">{ICON["bookshelf"]}</span>
    <div class="content">
        <h4 class="entity-list-item-name break-text">{SHELF[1]}</h4>
        <div class="entity-item-snippet"><p class="text-muted break-text">办公室文秘组整理的各年度领导讲话稿。</p></div>
    </div>
</a>
<a href="http://{HOST}/shelves/gui-zhang-zhi-du" class="bookshelf entity-list-item" data-entity-type="bookshelf" data-entity-id="1">
    <span role="presentation" class="icon text-bookshelf">{ICON["bookshelf"]}</span>
    <div class="content">
        <h4 class="entity-list-item-name break-text">规章制度</h4>
        <div class="entity-item-snippet"><p class="text-muted break-text">公司现行有效的管理制度。</p></div>
    </div>
</a>
        </div>
    </main>"""
    return head("书架") + layout('<div class="actions mb-xl"><h5>操作</h5><div class="icon-list text-link"><button type="submit" class="icon-list-item text-link"><span>列表视图</span></button></div></div>', middle, "") + FOOT


def home_page() -> str:
    recent = "".join(
        f'<a href="http://{HOST}{page_url(p)}" class="page entity-list-item" data-entity-type="page" data-entity-id="{p["id"]}">\n'
        f'    <span role="presentation" class="icon text-page">{ICON["page"]}</span>\n    <div class="content">\n'
        f'        <h4 class="entity-list-item-name break-text">{p["sp"].title}</h4>\n'
        f'        <div class="entity-item-snippet"><p class="text-muted break-text">讲话人：{p["speaker"]}</p></div>\n    </div>\n</a>\n'
        for p in reversed(PAGES))
    middle = f"""<div class="mt-m">
    <div class="grid third gap-x-xxl no-row-gap">
        <div>
            <div id="recent-books" class="card mb-xl">
                <h3 class="card-title">最近浏览的图书</h3>
                <div class="px-m"><div class="entity-list compact">
<a href="http://{HOST}{book_url()}" class="book entity-list-item" data-entity-type="book" data-entity-id="{BOOK[2]}"><span role="presentation" class="icon text-book">{ICON["book"]}</span><div class="content"><h4 class="entity-list-item-name break-text">{BOOK[1]}</h4></div></a>
                </div></div>
            </div>
        </div>
        <div>
            <div id="recent-pages" class="card mb-xl">
                <h3 class="card-title"><a class="no-color" href="http://{HOST}/pages/recently-updated">最近更新的页面</a></h3>
                <div id="recently-updated-pages" class="px-m"><div class="entity-list compact">
{recent}                </div></div>
                <a href="http://{HOST}/pages/recently-updated" class="card-footer-link">查看全部</a>
            </div>
        </div>
        <div>
            <div id="recent-activity" class="card mb-xl">
                <h3 class="card-title">最近的活动</h3>
                <div class="px-m"><div class="activity-list"><div class="activity-list-item"><div><a href="http://{HOST}/user/zhouxiaowen">周晓雯</a> 更新了页面 <a href="http://{HOST}{page_url(PAGES[1])}">{PAGES[1]["sp"].title}</a><br><span class="text-muted"><small>5个月前</small></span></div></div></div></div>
            </div>
        </div>
    </div>
</div>"""
    return head("首页") + '<div class="container px-xl py-s flex-container-row gap-l wrap justify-space-between items-center"><div></div></div>\n' + middle + FOOT


def build() -> Family:
    fam = BookStackFamily(HOST, "BookStack v23 self-hosted wiki (guest view: shelves → books → chapters → pages, tri-layout)",
                          content_type="text/html; charset=UTF-8", extensionless_html=True)
    fam.put("/", home_page())
    fam.files["shelves/index.html"] = shelves_page().encode("utf-8")
    fam.files[f"shelves/{SHELF[0]}"] = shelf_page().encode("utf-8")
    fam.files[f"books/{BOOK[0]}/index.html"] = book_page().encode("utf-8")
    for ch in CH:
        fam.files[ch_url(ch).lstrip("/")] = chapter_page(ch).encode("utf-8")
    for i, p in enumerate(PAGES):
        fam.files[page_url(p).lstrip("/")] = speech_page(i).encode("utf-8")
        fam.doc([page_url(p)], p["sp"])
    fam.files["robots.txt"] = b"User-agent: *\nDisallow:\n"
    fam.not_documents += ["/", "/shelves", f"/shelves/{SHELF[0]}", book_url(), ch_url("safety"), ch_url("hr")]
    fam.noise += ["讲话人：", "整理：周晓雯", "根据录音整理", "附件：新员工入职培训日程安排表", "图书导航", "页面导航", "修订 #",
                  "创建于", "更新于", "上一页", "下一页", "条评论", "已定稿，可以打印了", "导出", "回到顶部", APP]
    fam.note = (
        "BookStack guest view: extensionless pages, `/shelves` and `/books/<book>` are folders answered by their index.html "
        "(`folder_pages`). The speech's date is printed in the page's own `callout info` (时间：…); the created/updated meta "
        "shows relative times with English `title` timestamps (days after the speech). The callout and the italic note after "
        "the text are not part of the speech; the `h4` part headings are. Pages listed in the tree but not served: the two non-speech pages, 2023 book, login, search, exports."
    )
    return fam
