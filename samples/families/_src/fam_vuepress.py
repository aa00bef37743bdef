"""A unit's speech archive built with VuePress 2 (2.0.0-beta.61, @vuepress/theme-default, zh-CN locale,
vuepress-plugin-seo2, vuepress-plugin-sitemap2) and served as the static files it generates: every
page server-rendered with Vue's SSR comments (`<!--[-->`, `<!---->`), the `theme-container` with the
`navbar`, the `sidebar` listing every page (the active page's `h2`s under it, `#` hash links), `main.page >
div.theme-default-content` holding the Markdown (`h1`/`h2` with `<a class="header-anchor" href="#…"
aria-hidden="true">#</a>`, `[[toc]]` → `nav.table-of-contents`, `::: tip 编者按` →
`div.custom-container.tip` with `p.custom-container-title`), the `page-meta` footer (在 GitHub 上编辑此页
external link with its icon, `最近更新: ` whose time is ClientOnly and so absent from the HTML, 贡献者) and
`nav.page-nav` (prev / next from the sidebar; the split speech's pages set `上一页：…` / `下一页：…` texts
in frontmatter). Home is the default theme's hero page; `/speeches/` the 文稿目录 table. One speech is
cut by the editors into 第一部分 / 第二部分 pages joined by the page nav."""

import html

from common import SPEECHES, Family

HOST = "wengao.qxnky.test"
BASE = f"http://{HOST}"
SITE = "青溪农科院讲话文稿库"
SITE_DESC = "青溪市农业科学研究院领导讲话、致辞文稿汇编（院办公室整理）"
REPO = "https://github.com/qxnky-office/wengao-docs"
GEN = "VuePress 2.0.0-beta.61"

S1, S2 = SPEECHES["vuepress-1"], SPEECHES["vuepress-2"]
P1 = "/speeches/2024/keyan-gongzuo-huiyi-1.html"
P2 = "/speeches/2024/keyan-gongzuo-huiyi-2.html"
P3 = "/speeches/2024/yanjiusheng-rujiao.html"
INDEX = "/speeches/"
ABOUT = "/about.html"

SPLIT_AT = next(i for i, p in enumerate(S1.paras) if p.startswith("三、"))
PART1, PART2 = S1.paras[:SPLIT_AT], S1.paras[SPLIT_AT:]
T1 = f"{S1.title}（第一部分）"
T2 = f"{S1.title}（第二部分）"

NOTE1 = (
    "2024年3月15日，院长王建华在全院科研工作会议上作了讲话。讲话稿较长，本库分两部分刊出，本页为第一部分（开场、"
    "2023年科研工作回顾、当前面临的形势），第二部分见下一页。"
)
NOTE2 = "本页为讲话第二部分（2024年重点任务、作风和制度建设及结束语），第一部分见上一页。"
NOTE3 = "2024年9月6日，院党委副书记、副院长刘芳在2024级研究生入院教育大会上讲话。根据讲话录音整理，经本人审定。"

# page path -> (sidebar text, title, file in the repo, last updated, contributors, ISO date)
PAGES = {
    INDEX: ("文稿目录", "文稿目录", "docs/speeches/README.md", "2024-09-09T02:15:40.000Z", ["院办公室"], None),
    P1: (T1, T1, "docs/speeches/2024/keyan-gongzuo-huiyi-1.md", "2024-03-20T08:42:11.000Z", ["chenjing-qx", "院办公室"], "2024-03-15"),
    P2: (T2, T2, "docs/speeches/2024/keyan-gongzuo-huiyi-2.md", "2024-03-20T08:42:11.000Z", ["chenjing-qx"], "2024-03-15"),
    P3: (S2.title, S2.title, "docs/speeches/2024/yanjiusheng-rujiao.md", "2024-09-09T02:15:40.000Z", ["liyuan2019", "院办公室"], "2024-09-06"),
    ABOUT: ("编辑说明", "编辑说明", "docs/about.md", "2024-03-18T06:20:00.000Z", ["院办公室"], None),
}
ASSET = {INDEX: "index.html-6c1a9f3e", P1: "keyan-gongzuo-huiyi-1.html-0d4b7e21", P2: "keyan-gongzuo-huiyi-2.html-9a3c5f10", P3: "yanjiusheng-rujiao.html-41be2d7c", ABOUT: "about.html-7f20c6a5", "/": "index.html-2e8b1d94"}

EXT_ICON = (
    '<span><svg class="external-link-icon" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" x="0px" y="0px" '
    'viewBox="0 0 100 100" width="15" height="15"><path fill="currentColor" d="M18.8,85.1h56l0,0c2.2,0,4-1.8,4-4v-32h-8v28h-48v-48h28v-8h-32l0,0c-2.2,0-4,1.8-4,4v56C14.8,83.3,16.6,85.1,18.8,85.1z"></path>'
    '<polygon fill="currentColor" points="45.7,48.7 51.3,54.3 77.2,28.5 77.2,37.2 85.2,37.2 85.2,14.9 62.8,14.9 62.8,22.9 71.5,22.9"></polygon></svg>'
    '<span class="external-link-icon-sr-only">open in new window</span></span>'
)


def slug(text):
    # @vuepress/shared slugify: ASCII punctuation and spaces to '-', Chinese kept
    import re

    s = re.sub(r"[\s~`!@#$%^&*()\-_+=[\]{}|\\;:\"'“”‘’<>,.?/]+", "-", text).strip("-")
    return s


def is_heading(para):
    return para[:2] in ("一、", "二、", "三、", "四、") and len(para) < 20


def link(href, text, cls="", current=False):
    aria = ' aria-current="page"' if current else ""
    return f'<a{aria} href="{href}" class="{cls}" aria-label="{html.escape(text)}"><!--[--><!--]--> {html.escape(text)} <!--[--><!--]--></a>'


def navbar():
    items = "".join(
        f'<div class="navbar-item">{link(h, t)}</div>'
        for h, t in [("/", "首页"), (INDEX, "文稿目录"), (ABOUT, "编辑说明")]
    ) + f'<div class="navbar-item"><a class="external-link" href="{REPO}" rel="noopener noreferrer" target="_blank" aria-label="GitHub"><!--[--><!--]--> GitHub {EXT_ICON}<!--[--><!--]--></a></div>'
    return items


def headers_of(path):
    if path == P1:
        return [p for p in PART1 if is_heading(p)]
    if path == P2:
        return [p for p in PART2 if is_heading(p)]
    return []


def sidebar(active):
    def item(path):
        text = PAGES[path][0]
        is_active = path == active
        cls = "router-link-active router-link-exact-active sidebar-item active" if is_active else "sidebar-item"
        kids = ""
        if is_active and headers_of(path):
            kids = (
                '<ul style="" class="sidebar-item-children"><!--[-->'
                + "".join(
                    f"<li>{link(path + '#' + slug(h), h, 'router-link-active router-link-exact-active sidebar-item', True)}<!----></li>"
                    for h in headers_of(path)
                )
                + "<!--]--></ul>"
            )
        a = link(path, text, cls, is_active)
        return f"<li>{a}{kids or '<!---->'}</li>"

    return (
        f'<aside class="sidebar"><nav class="navbar-items"><!--[-->{navbar()}<!--]--></nav><!--[--><!--]--><ul class="sidebar-items"><!--[-->'
        f"{item(INDEX)}"
        f'<li><p tabindex="0" class="sidebar-item sidebar-heading">2024年 <!----></p><ul style="" class="sidebar-item-children"><!--[-->'
        f"{item(P1)}{item(P2)}{item(P3)}"
        f"<!--]--></ul></li><!--]--></ul><!--[--><!--]--></aside>"
    )


def h(level, text):
    return f'<h{level} id="{slug(text)}" tabindex="-1"><a class="header-anchor" href="#{slug(text)}" aria-hidden="true">#</a> {html.escape(text)}</h{level}>'


def toc(heads):
    return (
        '<nav class="table-of-contents"><ul>'
        + "".join(f'<li><a href="#{slug(x)}">{html.escape(x)}</a></li>' for x in heads)
        + "</ul></nav>"
    )


def tip(title, text):
    return f'<div class="custom-container tip"><p class="custom-container-title">{title}</p><p>{html.escape(text)}</p></div>'


def body_of(paras):
    return "\n".join(h(2, p) if is_heading(p) else f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def page_meta(path):
    _, _, src, _, people, _ = PAGES[path]
    contributors = ", ".join(f'<span class="contributor" title="email: {p if p.isascii() else "office"}@qxnky.test">{p}</span>' for p in people)
    return (
        f'<footer class="page-meta"><div class="meta-item edit-link"><a class="external-link meta-item-label" href="{REPO}/edit/main/{src}" '
        f'rel="noopener noreferrer" target="_blank" aria-label="在 GitHub 上编辑此页"><!--[--><!--]--> 在 GitHub 上编辑此页 {EXT_ICON}<!--[--><!--]--></a></div>'
        f'<div class="meta-item last-updated"><span class="meta-item-label">最近更新: </span><!----></div>'
        f'<div class="meta-item contributors"><span class="meta-item-label">贡献者: </span><span class="meta-item-info"><!--[-->{contributors}<!--]--></span></div></footer>'
    )


ORDER = [INDEX, P1, P2, P3]
NAV_TEXT = {(P1, "next"): "下一页：第二部分", (P2, "prev"): "上一页：第一部分"}


def page_nav(path):
    at = ORDER.index(path)
    prev = ORDER[at - 1] if at > 0 else None
    nxt = ORDER[at + 1] if at + 1 < len(ORDER) else None
    parts = []
    if prev:
        parts.append(f'<span class="prev">{link(prev, NAV_TEXT.get((path, "prev"), PAGES[prev][0]))}</span>')
    if nxt:
        parts.append(f'<span class="next">{link(nxt, NAV_TEXT.get((path, "next"), PAGES[nxt][0]))}</span>')
    return f'<nav class="page-nav"><p class="inner">{"".join(parts)}</p></nav>'


def head(title, description, path, *, article=None):
    seo = [
        f'<meta property="og:url" content="{BASE}{path}">',
        f'<meta property="og:site_name" content="{SITE}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        f'<meta property="og:description" content="{html.escape(description)}">',
        f'<meta property="og:type" content="{"article" if article else "website"}">',
        '<meta property="og:locale" content="zh-CN">',
    ]
    if article:
        published, updated = article
        seo += [
            f'<meta property="og:updated_time" content="{updated}">',
            '<meta property="article:author" content="院办公室">',
            f'<meta property="article:published_time" content="{published}T00:00:00.000Z">',
            f'<meta property="article:modified_time" content="{updated}">',
            f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{title}","image":[""],"datePublished":"{published}T00:00:00.000Z","dateModified":"{updated}","author":[{{"@type":"Person","name":"院办公室"}}]}}</script>',
        ]
    full_title = f"{title} | {SITE}" if path != "/" else SITE
    prefetch = "".join(
        f'<link rel="prefetch" href="/assets/{a}.js" as="script">' for p, a in ASSET.items() if p != path
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="generator" content="{GEN}">
    <style>
      :root {{
        --c-bg: #fff;
      }}
      html.dark {{
        --c-bg: #22272e;
      }}
      html, body {{
        background-color: var(--c-bg);
      }}
    </style>
    <script>
      const userMode = localStorage.getItem('vuepress-color-scheme');
			const systemDarkMode = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
			if (userMode === 'dark' || (userMode !== 'light' && systemDarkMode)) {{
				document.documentElement.classList.toggle('dark', true);
			}}
    </script>
    {"".join(seo)}<link rel="icon" href="/favicon.ico"><title>{html.escape(full_title)}</title><meta name="description" content="{html.escape(description)}">
    <link rel="preload" href="/assets/style-8a8b35ec.css" as="style"><link rel="stylesheet" href="/assets/style-8a8b35ec.css">
    <link rel="modulepreload" href="/assets/app-5e0d0b1c.js"><link rel="modulepreload" href="/assets/framework-2d9b7ae1.js"><link rel="modulepreload" href="/assets/{ASSET[path]}.js">{prefetch}
  </head>
  <body>
    <div id="app">"""


TAIL = """</div>
    <script type="module" src="/assets/app-5e0d0b1c.js" defer></script>
  </body>
</html>
"""


def shell(path, inner, *, with_sidebar=True, home=False):
    return (
        f'<!--[--><div class="theme-container{" no-sidebar" if not with_sidebar else ""}"><!--[--><header class="navbar"><div class="toggle-sidebar-button" title="toggle sidebar" aria-expanded="false" role="button" tabindex="0"><div class="icon" aria-hidden="true"><span></span><span></span><span></span></div></div>'
        f'<span><a href="/" class=""><img class="logo" src="/images/logo.png" alt="{SITE}"><span class="site-name can-hide">{SITE}</span></a></span>'
        f'<div class="navbar-items-wrapper" style=""><!--[--><!--]--><nav class="navbar-items can-hide"><!--[-->{navbar()}<!--]--></nav><!--[--><!--]-->'
        f'<button class="toggle-color-mode-button" title="切换颜色模式"><svg style="" class="icon" focusable="false" viewBox="0 0 32 32"><path d="M16 12.005a4 4 0 1 1-4 4a4.005 4.005 0 0 1 4-4m0-2a6 6 0 1 0 6 6a6 6 0 0 0-6-6z" fill="currentColor"></path></svg></button>'
        f'<form class="search-box" role="search"><input type="search" placeholder="搜索" autocomplete="off" spellcheck="false" value><!----></form></div></header><!--]-->'
        f'<div class="sidebar-mask"></div><!--[-->{sidebar(path) if with_sidebar else ""}<!--]-->'
        f"<!--[-->{inner}<!--]--></div><!--]-->"
    )


def doc_page(path, content, description, *, article=True):
    title = PAGES[path][1]
    inner = (
        f'<main class="page"><!--[--><!--]--><div class="theme-default-content"><!--[--><!--]--><div>{content}</div><!--[--><!--]--></div>'
        f"{page_meta(path)}{page_nav(path)}<!--[--><!--]--></main>"
    )
    art = (PAGES[path][5], PAGES[path][3]) if article and PAGES[path][5] else None
    return head(title, description, path, article=art) + shell(path, inner) + TAIL


def part_page(path):
    if path == P1:
        heads = [p for p in PART1 if is_heading(p)]
        content = "\n".join([h(1, T1), tip("编者按", NOTE1), toc(heads), body_of(PART1)])
        desc = NOTE1
    else:
        heads = [p for p in PART2 if is_heading(p)]
        content = "\n".join([h(1, T2), tip("提示", NOTE2), toc(heads), body_of(PART2), "<hr>", '<p><em>（院办公室整理，文字经讲话人审定）</em></p>'])
        desc = NOTE2
    return doc_page(path, content, desc)


def grad_page():
    content = "\n".join([h(1, S2.title), tip("编者按", NOTE3), body_of(S2.paras)])
    return doc_page(P3, content, NOTE3)


def index_page():
    rows = "".join(
        f"<tr><td>{d}</td><td><a href=\"{p}\">{html.escape(t)}</a></td><td>{who}</td></tr>"
        for d, p, t, who in [
            ("2024-09-06", P3, S2.title, "刘芳"),
            ("2024-03-15", P1, T1, "王建华"),
            ("2024-03-15", P2, T2, "王建华"),
        ]
    )
    content = "\n".join(
        [
            h(1, "文稿目录"),
            "<p>本库收录院领导在院内重要会议上的讲话、致辞文稿，按年份编排。文稿以讲话人审定稿为准，如有出入请以院办公室存档为准。</p>",
            h(2, "2024年"),
            f"<table><thead><tr><th>日期</th><th>标题</th><th>讲话人</th></tr></thead><tbody>{rows}</tbody></table>",
            tip("说明", "2023年及以前的文稿正在整理录入中，暂未上线。"),
        ]
    )
    return doc_page(INDEX, content, "本库收录院领导在院内重要会议上的讲话、致辞文稿。", article=False)


def about_page():
    content = "\n".join(
        [
            h(1, "编辑说明"),
            "<p>本站由院办公室维护，使用 VuePress 构建，源文件托管在 GitHub。发现错漏可直接在页面底部点击“在 GitHub 上编辑此页”提交修改，或发邮件至 office@qxnky.test。</p>",
            h(2, "收录范围"),
            "<ul><li>院长、书记及班子成员在院内重要会议上的讲话；</li><li>院领导在对外重要活动上的致辞；</li><li>经讲话人审定、可以公开的文稿。</li></ul>",
        ]
    )
    inner = (
        f'<main class="page"><!--[--><!--]--><div class="theme-default-content"><!--[--><!--]--><div>{content}</div><!--[--><!--]--></div>'
        f"{page_meta(ABOUT)}<!--[--><!--]--></main>"
    )
    return head("编辑说明", "本站由院办公室维护。", ABOUT) + shell(ABOUT, inner, with_sidebar=False) + TAIL


def home_page():
    inner = (
        '<main class="home" aria-labelledby="main-title"><header class="hero"><img src="/images/hero.png" alt="hero">'
        f'<h1 id="main-title">{SITE}</h1><p class="description">{SITE_DESC}</p>'
        f'<p class="actions"><a href="{INDEX}" class="action-button primary" aria-label="进入文稿目录"><!--[--><!--]--> 进入文稿目录 <!--[--><!--]--></a>'
        f'<a href="{ABOUT}" class="action-button secondary" aria-label="编辑说明"><!--[--><!--]--> 编辑说明 <!--[--><!--]--></a></p></header>'
        '<div class="features"><!--[--><div class="feature"><h2>按年编排</h2><p>讲话文稿按年份归档，侧边栏可直接跳转。</p></div>'
        '<div class="feature"><h2>审定文本</h2><p>所有文稿均经讲话人审定后上线。</p></div>'
        '<div class="feature"><h2>持续更新</h2><p>新文稿一般在讲话后一周内整理发布。</p></div><!--]--></div>'
        '<!--[--><div class="theme-default-content custom"><!--[--><!--]--><div></div><!--[--><!--]--></div><!--]-->'
        '<!--[--><div class="footer">内部整理 · 公开发布 | Copyright © 2024 青溪市农业科学研究院办公室 | <a href="https://beian.miit.gov.test/" target="_blank">苏ICP备17025813号-2</a></div><!--]--></main>'
    )
    return head(SITE, SITE_DESC, "/") + shell("/", inner, with_sidebar=False) + TAIL


def build() -> Family:
    fam = Family(HOST, "VuePress 2 (beta) default theme docs site of a unit's speeches", content_type="text/html; charset=utf-8")
    fam.put("/", home_page())
    fam.put(INDEX, index_page())
    fam.put(ABOUT, about_page())
    fam.put(P1, part_page(P1))
    fam.put(P2, part_page(P2))
    fam.put(P3, grad_page())
    fam.doc([P1, P2], S1, published_at="2024-03-15")
    fam.doc([P3], S2, published_at="2024-09-06")
    fam.not_documents += ["/", INDEX, ABOUT, P2]
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        + "".join(
            f"<url><loc>{BASE}{p}</loc>" + (f"<lastmod>{PAGES[p][3]}</lastmod>" if p in PAGES else "") + "<changefreq>daily</changefreq></url>"
            for p in ["/", INDEX, P1, P2, P3, ABOUT]
        )
        + "</urlset>",
    )
    fam.put("/robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n", "ascii")
    fam.noise += [
        NOTE1[:30],
        NOTE2[:20],
        NOTE3[:30],
        "编者按",
        "第一部分",
        "第二部分",
        "下一页：第二部分",
        "上一页：第一部分",
        "在 GitHub 上编辑此页",
        "最近更新",
        "贡献者",
        "open in new window",
        "（院办公室整理，文字经讲话人审定）",
        "文稿目录",
        "编辑说明",
        "切换颜色模式",
        "苏ICP备17025813号-2",
    ]
    fam.note = (
        "VuePress 2 beta default theme, server-rendered: the text is `div.theme-default-content > div` without its "
        "`h1` (the page title; the split speech's carry （第一部分）/（第二部分）, the expected title has neither), the "
        "`::: tip` box (`div.custom-container.tip`: 编者按 with the speech's date / 提示) and the `[[toc]]` "
        "`nav.table-of-contents`; the speech's own part headings (一、… 四、…) are Markdown `h2`s with `header-anchor` `#` "
        "links and part of the expected text. The 科研工作会议 speech runs over two pages joined by `nav.page-nav` "
        "(frontmatter texts 下一页：第二部分 / 上一页：第一部分) and by the sidebar; page 2 ends with an `<hr>` and the "
        "editors' italic line. `page-meta` (在 GitHub 上编辑此页, `最近更新: ` whose time is ClientOnly so not in the "
        "HTML, 贡献者) follows every page. The date is in the 编者按 and in vuepress-plugin-seo2's "
        "`article:published_time` / JSON-LD. Home (hero page), `/speeches/` (文稿目录 table, also in the sidebar), "
        "`/about.html` and page 2 are not documents; robots → `sitemap.xml` names every page."
    )
    return fam
