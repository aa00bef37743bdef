"""A city government office's speech collection built with VitePress 1.x (1.0.2, default theme, zh-CN
locale config as VitePress's own Chinese docs set it) and served as the static files `vitepress build`
writes (cleanUrls off: `.html` pages).

Every page is the SSR output of the default theme: `<div id="app"><div class="Layout" data-v-…>` with the
VPSkipLink (跳转到内容), `header.VPNav` (VPNavBarTitle, the local-search DocSearch button, VPNavBarMenu,
VPNavBarAppearance, VPNavBarSocialLinks), `div.VPLocalNav` (菜单 / 返回顶部 for mobile), `aside.VPSidebar`
(`VPSidebarItem level-0 collapsible` groups with `level-1 is-link` items, the current one `is-active`),
`div.VPContent > div.VPDoc.has-sidebar.has-aside`: the aside `VPDocAsideOutline` (页面导航) whose list
`ul.VPDocOutlineItem.root` is empty in the HTML (the outline is filled on the client), `main.main > div.vp-doc`
holding the Markdown (`h1`/`h2` with `a.header-anchor` holding a zero-width space, `::: tip 编者按` as
`div.tip.custom-block`), then `footer.VPDocFooter` (在 GitHub 上编辑此页面, `p.VPLastUpdated` 最后更新于
with a `<time datetime>` left empty until mounted, `nav.prev-next` with `a.pager-link.prev/.next`, 上一页 /
下一页 + the linked page's sidebar text), `footer.VPFooter` (message with the ICP number, copyright), and
`window.__VP_HASH_MAP__` / `__VP_SITE_DATA__` scripts. The home page is `layout: home` (VPHome, VPHero,
VPFeatures). The 数字政府 speech is cut by the editors into （上）/（下） pages joined by the doc pager."""

import html
import json

from common import SPEECHES, Family

HOST = "docs.vitepress-wengao.test"
BASE = f"http://{HOST}"
SITE = "临江市政府讲话文稿"
SITE_DESC = "临江市人民政府领导讲话、致辞文稿汇编"
REPO = "https://github.com/linjiang-gov/wengao"

S1, S2 = SPEECHES["r26b-v1"], SPEECHES["r26b-v2"]
CUT = next(i for i, p in enumerate(S1.paras) if p.startswith("二、"))
PART1, PART2 = S1.paras[:CUT], S1.paras[CUT:]
T1, T2 = f"{S1.title}（上）", f"{S1.title}（下）"

P1 = "/speeches/2024/shuzi-zhengfu-tuijinhui-1.html"
P2 = "/speeches/2024/shuzi-zhengfu-tuijinhui-2.html"
P3 = "/speeches/2024/dangan-gongzuo-huiyi.html"
INDEX = "/speeches/"
GUIDE = "/guide/bianji-shuoming.html"

NOTE1 = "2024年4月23日，市长周振华在全市数字政府建设推进会上讲话。全文较长，分上、下两篇刊出，本篇为上篇。"
NOTE2 = "本篇为讲话下篇，上篇见上一页。"
NOTE3 = "2024年1月18日，市档案局局长沈立群在2024年度全市档案工作会议上致辞。根据录音整理，经本人审定。"

# path -> (sidebar text, page title, md source, lastUpdated ms, hashed chunk)
PAGES = {
    "/": ("首页", SITE, "index.md", 1716181200000, "index.md.C8kQ2xTa"),
    INDEX: ("文稿目录", "文稿目录", "speeches/index.md", 1716181200000, "speeches_index.md.B4nV0pLe"),
    P1: ("数字政府建设推进会讲话（上）", T1, "speeches/2024/shuzi-zhengfu-tuijinhui-1.md", 1714029531000, "speeches_2024_shuzi-zhengfu-tuijinhui-1.md.DwQ7mYb3"),
    P2: ("数字政府建设推进会讲话（下）", T2, "speeches/2024/shuzi-zhengfu-tuijinhui-2.md", 1714029531000, "speeches_2024_shuzi-zhengfu-tuijinhui-2.md.Cq1hVZ8s"),
    P3: ("年度档案工作会议致辞", S2.title, "speeches/2024/dangan-gongzuo-huiyi.md", 1705988622000, "speeches_2024_dangan-gongzuo-huiyi.md.BfR2nkx6"),
    GUIDE: ("编辑说明", "编辑说明", "guide/bianji-shuoming.md", 1705988622000, "guide_bianji-shuoming.md.Dk3LpQ0w"),
}
ORDER = [INDEX, P1, P2, P3, GUIDE]
ISO = {1716181200000: "2024-05-20T05:00:00.000Z", 1714029531000: "2024-04-25T07:18:51.000Z", 1705988622000: "2024-01-23T05:43:42.000Z"}

DV = {  # scoped-style ids of the default theme's components (1.0.2 build)
    "Layout": "data-v-5d98c3a5", "VPNav": "data-v-ae24b3ad", "VPNavBar": "data-v-6aa21345", "Title": "data-v-ab179fa1",
    "Menu": "data-v-dc692963", "MenuLink": "data-v-9c663999", "Sidebar": "data-v-18756405", "Item": "data-v-b7550ba0",
    "Content": "data-v-1428d186", "Doc": "data-v-39a288b8", "Aside": "data-v-3f215769", "Outline": "data-v-935f8a84",
    "Footer": "data-v-e9c6ccf8", "Pager": "data-v-e9c6ccf8", "VPFooter": "data-v-e315a0ad", "Local": "data-v-a6f0e41e",
}


def slug(text):
    import re

    return re.sub(r"[\s~`!@#$%^&*()\-_+=[\]{}|\\;:\"'“”‘’<>,.?/]+", "-", text).strip("-")


def anchor(level, text):
    s = slug(text)
    return (f'<h{level} id="{s}" tabindex="-1">{html.escape(text)} <a class="header-anchor" href="#{s}" '
            f'aria-label="Permalink to &quot;{html.escape(text)}&quot;">\u200b</a></h{level}>')


def is_heading(p):
    return p[:2] in ("一、", "二、", "三、") and len(p) < 30


def body(paras):
    return "\n".join(anchor(2, p) if is_heading(p) else f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def tip(title, text):
    return f'<div class="tip custom-block"><p class="custom-block-title">{title}</p><p>{html.escape(text)}</p></div>'


def head(path, description):
    title = PAGES[path][1]
    full = SITE if path == "/" else f"{title} | {SITE}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{html.escape(full)}</title>
    <meta name="description" content="{html.escape(description)}">
    <meta name="generator" content="VitePress v1.0.2">
    <link rel="preload stylesheet" href="/assets/style.BX7fPDsu.css" as="style">
    
    <script type="module" src="/assets/app.DRmV4l4f.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/framework.B3xgi8DX.js">
    <link rel="modulepreload" href="/assets/chunks/theme.Dq5a0KfR.js">
    <link rel="modulepreload" href="/assets/{PAGES[path][4]}.lean.js">
    <link rel="icon" href="/favicon.ico">
    <meta name="theme-color" content="#3c8772">
    <script id="check-dark-mode">(()=>{{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")}})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
  </head>
  <body>
    <div id="app">"""


def nav(path, has_sidebar=True):
    d, b = DV["VPNav"], DV["VPNavBar"]
    menu = ""
    for href, text, active in [(INDEX, "文稿目录", path in (INDEX, P1, P2, P3)), ("/guide/bianji-shuoming.html", "编辑说明", path == GUIDE)]:
        menu += (f'<!--[--><a class="VPLink link VPNavBarMenuLink{" active" if active else ""}" href="{href}" tabindex="0" {DV["Menu"]} {DV["MenuLink"]}>'
                 f'<!--[--><span {DV["MenuLink"]}>{text}</span><!--]--></a><!--]-->')
    hs = " has-sidebar" if has_sidebar else ""
    return (
        f'<header class="VPNav" {DV["Layout"]} {d}><div class="VPNavBar{hs} top" {d} {b}><div class="wrapper" {b}><div class="container" {b}>'
        f'<div class="title" {b}><div class="VPNavBarTitle{hs}" {b} {DV["Title"]}><a class="title" href="/" {DV["Title"]}><!--[--><!--]--><!--[--><img class="VPImage logo" src="/logo.svg" alt {DV["Title"]}><!--]--><span {DV["Title"]}>{SITE}</span><!--[--><!--]--></a></div></div>'
        f'<div class="content" {b}><div class="content-body" {b}><!--[--><!--]--><div class="VPNavBarSearch search" {b}><!--[--><!----><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="搜索文档"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">搜索文档</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div><!--]--></div>'
        f'<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" {b} {DV["Menu"]}><span id="main-nav-aria-label" class="visually-hidden" {DV["Menu"]}>Main Navigation</span><!--[-->{menu}<!--]--></nav>'
        f'<!----><div class="VPNavBarAppearance appearance" {b}><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="切换到深色模式" aria-checked="false"><span class="check"><span class="icon"><!--[--><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span><!--]--></span></span></button></div>'
        f'<div class="VPSocialLinks VPNavBarSocialLinks social-links" {b}><!--[--><a class="VPSocialLink no-icon" href="{REPO}" aria-label="github" target="_blank" rel="noopener"><span class="vpi-social-github"></span></a><!--]--></div>'
        f'<div class="VPFlyout VPNavBarExtra extra" {b}><button type="button" class="button" aria-haspopup="true" aria-expanded="false" aria-label="extra navigation"><span class="vpi-more-horizontal icon"></span></button><div class="menu"><div class="VPMenu"><!----><!--[--><!--[--><!----><div class="group"><div class="item appearance"><p class="label">主题</p><div class="appearance-action"><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="切换到深色模式" aria-checked="false"><span class="check"><span class="icon"><!--[--><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span><!--]--></span></span></button></div></div></div><div class="group"><div class="item social-links"><div class="VPSocialLinks social-links-list"><!--[--><a class="VPSocialLink no-icon" href="{REPO}" aria-label="github" target="_blank" rel="noopener"><span class="vpi-social-github"></span></a><!--]--></div></div></div><!--]--><!--]--></div></div></div>'
        f'<!--[--><!--]--><button type="button" class="VPNavBarHamburger hamburger" aria-label="mobile navigation" aria-expanded="false" aria-controls="VPNavScreen" {b}><span class="container"><span class="top"></span><span class="middle"></span><span class="bottom"></span></span></button></div></div></div></div>'
        f'<div class="divider" {b}><div class="divider-line" {b}></div></div></div><!----></header>'
    )


def local_nav():
    l = DV["Local"]
    return (f'<div class="VPLocalNav has-sidebar empty" {DV["Layout"]} {l}><div class="container" {l}><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav" {l}><span class="vpi-align-left menu-icon" {l}></span><span class="menu-text" {l}>菜单</span></button>'
            f'<div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;" {l}><button {l}>回到顶部</button><!----></div></div></div>')


def sidebar(path):
    i = DV["Item"]

    def item(p):
        act = " is-active has-active" if p == path else ""
        return (f'<!--[--><div class="VPSidebarItem level-1 is-link{act}" {i} {i}><div class="item" {i}><div class="indicator" {i}></div>'
                f'<a class="VPLink link link" href="{p}" {i}><!--[--><p class="text" {i}>{PAGES[p][0]}</p><!--]--></a><!----></div><!----></div><!--]-->')

    def group(title, items):
        has = " has-active" if path in items else ""
        return (f'<div class="no-transition group" {DV["Sidebar"]}><section class="VPSidebarItem level-0 collapsible{has}" {DV["Sidebar"]} {i}>'
                f'<div class="item" role="button" tabindex="0" {i}><div class="indicator" {i}></div><h2 class="text" {i}>{title}</h2>'
                f'<div class="caret" role="button" aria-label="toggle section" tabindex="0" {i}><span class="vpi-chevron-right caret-icon" {i}></span></div></div>'
                f'<div class="items" {i}><!--[-->{"".join(item(p) for p in items)}<!--]--></div></section></div>')

    return (f'<aside class="VPSidebar" {DV["Layout"]} {DV["Sidebar"]}><div class="curtain" {DV["Sidebar"]}></div>'
            f'<nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" {DV["Sidebar"]}><span class="visually-hidden" id="sidebar-aria-label" {DV["Sidebar"]}> Sidebar Navigation </span><!--[--><!--]--><!--[-->'
            f'{group("文稿", [INDEX])}{group("2024年", [P1, P2, P3])}{group("关于本站", [GUIDE])}'
            f'<!--]--><!--[--><!--]--></nav></aside>')


def vp_footer(has_sidebar=True):
    f = DV["VPFooter"]
    return (f'<footer class="VPFooter{" has-sidebar" if has_sidebar else ""}" {DV["Layout"]} {f}><div class="container" {f}>'
            f'<p class="message" {f}>本站文稿由临江市人民政府办公室文稿处整理发布 | <a href="https://beian.miit.gov.test/" target="_blank">浙ICP备2021034417号-1</a></p>'
            f'<p class="copyright" {f}>Copyright © 2021-2024 临江市人民政府办公室</p></div></footer>')


def doc_footer(path):
    ft = DV["Footer"]
    at = ORDER.index(path)
    prev = ORDER[at - 1] if at > 0 else None
    nxt = ORDER[at + 1] if at + 1 < len(ORDER) else None
    ms = PAGES[path][3]
    pp = (f'<a class="VPLink link pager-link prev" href="{prev}" {ft}><!--[--><span class="desc" {ft}>上一页</span><span class="title" {ft}>{PAGES[prev][0]}</span><!--]--></a>' if prev else "")
    nn = (f'<a class="VPLink link pager-link next" href="{nxt}" {ft}><!--[--><span class="desc" {ft}>下一页</span><span class="title" {ft}>{PAGES[nxt][0]}</span><!--]--></a>' if nxt else "")
    return (
        f'<footer class="VPDocFooter" {DV["Doc"]} {ft}><!--[--><!--]--><div class="edit-info" {ft}><div class="edit-link" {ft}>'
        f'<a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="{REPO}/edit/main/docs/{PAGES[path][2]}" target="_blank" rel="noreferrer" {ft}><!--[--><span class="vpi-square-pen edit-link-icon" {ft}></span> 在 GitHub 上编辑此页面<!--]--></a></div>'
        f'<div class="last-updated" {ft}><p class="VPLastUpdated" data-v-19a7ae38>最后更新于: <time datetime="{ISO[ms]}" data-v-19a7ae38></time></p></div></div>'
        f'<nav class="prev-next" aria-labelledby="doc-footer-aria-label" {ft}><span class="visually-hidden" id="doc-footer-aria-label" {ft}>Pager</span>'
        f'<div class="pager" {ft}>{pp}</div><div class="pager" {ft}>{nn}</div></nav></footer>'
    )


def scripts(path):
    hashes = {PAGES[p][2].replace("/", "_"): PAGES[p][4].split(".")[-1] for p in PAGES}
    site = {
        "lang": "zh-CN", "dir": "ltr", "title": SITE, "description": SITE_DESC, "base": "/", "head": [], "router": {"prefetchLinks": True},
        "appearance": True,
        "themeConfig": {
            "logo": "/logo.svg",
            "nav": [{"text": "文稿目录", "link": "/speeches/"}, {"text": "编辑说明", "link": "/guide/bianji-shuoming"}],
            "search": {"provider": "local", "options": {"translations": {"button": {"buttonText": "搜索文档", "buttonAriaLabel": "搜索文档"}}}},
            "editLink": {"pattern": f"{REPO}/edit/main/docs/:path", "text": "在 GitHub 上编辑此页面"},
            "footer": {"message": "本站文稿由临江市人民政府办公室文稿处整理发布", "copyright": "Copyright © 2021-2024 临江市人民政府办公室"},
            "docFooter": {"prev": "上一页", "next": "下一页"}, "outline": {"label": "页面导航"},
            "lastUpdated": {"text": "最后更新于", "formatOptions": {"dateStyle": "short", "timeStyle": "medium"}},
            "langMenuLabel": "多语言", "returnToTopLabel": "回到顶部", "sidebarMenuLabel": "菜单", "darkModeSwitchLabel": "主题",
            "lightModeSwitchTitle": "切换到浅色模式", "darkModeSwitchTitle": "切换到深色模式",
            "socialLinks": [{"icon": "github", "link": REPO}],
        },
        "locales": {}, "scrollOffset": 134, "cleanUrls": False,
    }
    hm = json.dumps(json.dumps(hashes, ensure_ascii=False), ensure_ascii=False)
    sd = json.dumps(json.dumps(site, ensure_ascii=False), ensure_ascii=False)
    return f"""</div>
    <script>window.__VP_HASH_MAP__=JSON.parse({hm});window.__VP_SITE_DATA__=JSON.parse({sd});</script>
    
  </body>
</html>
"""


def doc_page(path, content, description):
    cls = "_" + PAGES[path][2][:-3].replace("/", "_")
    dd, a, o = DV["Doc"], DV["Aside"], DV["Outline"]
    inner = (
        f'<div class="VPContent has-sidebar" id="VPContent" {DV["Layout"]} {DV["Content"]}><div class="VPDoc has-sidebar has-aside" {DV["Content"]} {dd}><!--[--><!--]-->'
        f'<div class="container" {dd}><div class="aside" {dd}><div class="aside-curtain" {dd}></div><div class="aside-container" {dd}><div class="aside-content" {dd}>'
        f'<div class="VPDocAside" {dd} {a}><!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline" role="navigation" {a} {o}>'
        f'<div class="content" {o}><div class="outline-marker" {o}></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" {o}>页面导航</div>'
        f'<ul class="VPDocOutlineItem root" {o} data-v-b933a997><!--[--><!--]--></ul></div></nav><!--[--><!--]--><div class="spacer" {a}></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div>'
        f'<div class="content" {dd}><div class="content-container" {dd}><!--[--><!--]--><main class="main" {dd}><div style="position:relative;" class="vp-doc {cls}" {dd}><div>{content}</div></div></main>'
        f'{doc_footer(path)}<!--[--><!--]--></div></div></div><!--[--><!--]--></div></div>'
    )
    return (head(path, description)
            + f'<div class="Layout" {DV["Layout"]}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36> 跳转到内容 </a><!--]--><!---->'
            + nav(path) + local_nav() + sidebar(path) + inner + vp_footer() + "<!--[--><!--]--></div>" + scripts(path))


def part_page(path):
    if path == P1:
        content = "\n".join([anchor(1, T1), tip("编者按", NOTE1), body(PART1)])
        return doc_page(path, content, NOTE1)
    content = "\n".join([anchor(1, T2), tip("提示", NOTE2), body(PART2), "<hr>", "<p><em>（市政府办公室文稿处整理）</em></p>"])
    return doc_page(path, content, NOTE2)


def archive_page():
    content = "\n".join([anchor(1, S2.title), tip("编者按", NOTE3), body(S2.paras)])
    return doc_page(P3, content, NOTE3)


def index_page():
    rows = "".join(
        f'<tr><td>{d}</td><td><a href="{p}">{html.escape(t)}</a></td><td>{who}</td></tr>'
        for d, p, t, who in [("2024-04-23", P1, T1, "周振华"), ("2024-04-23", P2, T2, "周振华"), ("2024-01-18", P3, S2.title, "沈立群")]
    )
    content = "\n".join([
        anchor(1, "文稿目录"),
        "<p>本站收录市政府领导在全市性会议和重要活动上的讲话、致辞，按年份编排。文稿以讲话人审定稿为准。</p>",
        anchor(2, "2024年"),
        f"<table><thead><tr><th>日期</th><th>标题</th><th>讲话人</th></tr></thead><tbody>{rows}</tbody></table>",
        '<div class="info custom-block"><p class="custom-block-title">说明</p><p>2023年及以前的文稿请到市政府门户网站“领导讲话”栏目查阅。</p></div>',
    ])
    return doc_page(INDEX, content, "本站收录市政府领导讲话、致辞文稿。")


def guide_page():
    content = "\n".join([
        anchor(1, "编辑说明"),
        "<p>本站由市政府办公室文稿处维护，使用 VitePress 构建。发现错漏请点击页面底部“在 GitHub 上编辑此页面”提交修改，或发送邮件至 wengao@linjiang.gov.test。</p>",
        anchor(2, "收录范围"),
        "<ul><li>市长、副市长在全市性会议上的讲话；</li><li>市政府部门主要负责同志在重要活动上的致辞；</li><li>经讲话人审定、可以公开的文稿。</li></ul>",
    ])
    return doc_page(GUIDE, content, "本站由市政府办公室文稿处维护。")


def home_page():
    ho = "data-v-4d3e1b2e"
    inner = (
        f'<div class="VPContent is-home" id="VPContent" {DV["Layout"]} {DV["Content"]}><div class="VPHome" {DV["Content"]} {ho}><!--[--><!--]--><!--[--><!--]-->'
        f'<div class="VPHero has-image VPHomeHero" {ho} data-v-303bb580><div class="container" data-v-303bb580><div class="main" data-v-303bb580><!--[--><!--]--><!--[-->'
        f'<h1 class="heading" data-v-303bb580><span class="name clip" data-v-303bb580>{SITE}</span><span class="text" data-v-303bb580>领导讲话 · 致辞 · 发言</span></h1>'
        f'<p class="tagline" data-v-303bb580>{SITE_DESC}，按年份编排，经讲话人审定后发布。</p><!--]--><!--[--><!--]-->'
        f'<div class="actions" data-v-303bb580><!--[--><div class="action" data-v-303bb580><a class="VPButton medium brand" href="/speeches/" data-v-303bb580>浏览文稿</a></div>'
        f'<div class="action" data-v-303bb580><a class="VPButton medium alt" href="{GUIDE}" data-v-303bb580>编辑说明</a></div><!--]--></div><!--[--><!--]--></div>'
        f'<div class="image" data-v-303bb580><div class="image-container" data-v-303bb580><div class="image-bg" data-v-303bb580></div><!--[--><!--[--><img class="VPImage image-src" src="/hero.png" alt="临江"><!--]--><!--]--></div></div></div></div>'
        f'<!--[--><!--]--><!--[--><!--]--><div class="VPFeatures VPHomeFeatures" {ho} data-v-a6181336><div class="container" data-v-a6181336><div class="items" data-v-a6181336><!--[-->'
        + "".join(
            f'<div class="grid-3 item" data-v-a6181336><div class="VPLink no-icon VPFeature" data-v-a6181336><article class="box"><!----><h2 class="title">{t}</h2><p class="details">{d}</p><!----></article></div></div>'
            for t, d in [("按年编排", "文稿按年份归档，侧边栏直接跳转。"), ("审定文本", "所有文稿均经讲话人审定后发布。"), ("全文检索", "支持站内全文搜索，按 Ctrl K 打开。")]
        )
        + f'<!--]--></div></div></div><!--[--><!--]--><div class="vp-doc container" style="" {ho}><!--[--><div style="position:relative;" class="_index"><div></div></div><!--]--></div></div></div>'
    )
    return (head("/", SITE_DESC)
            + f'<div class="Layout" {DV["Layout"]}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36> 跳转到内容 </a><!--]--><!---->'
            + nav("/", has_sidebar=False) + "<!----><!---->" + inner + vp_footer(False) + "<!--[--><!--]--></div>" + scripts("/"))


def build() -> Family:
    fam = Family(HOST, "VitePress 1.x default theme docs site (zh-CN) of a city government's speeches")
    fam.put("/", home_page())
    fam.put("/index.html", home_page())
    fam.put(INDEX, index_page())
    fam.put(GUIDE, guide_page())
    fam.put(P1, part_page(P1))
    fam.put(P2, part_page(P2))
    fam.put(P3, archive_page())
    fam.put("/404.html", head("/", "404") .replace(f"<title>{SITE}</title>", f"<title>404 | {SITE}</title>")
            + f'<div class="Layout" {DV["Layout"]}><div class="NotFound" data-v-ae0f7b4f><p class="code">404</p><h1 class="title">页面未找到</h1><div class="divider"></div><blockquote class="quote">但如果你不改变方向，并且继续寻找，你可能最终会到达你所前往的地方。</blockquote><div class="action"><a class="link" href="/" aria-label="返回首页">返回首页</a></div></div></div>' + scripts("/"))
    fam.doc([P1, P2], S1)
    fam.doc([P3], S2)
    fam.not_documents += ["/", INDEX, GUIDE, P2]
    urls = ["/", "/speeches/", P1, P2, P3, GUIDE]
    fam.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
            + "".join(f"<url><loc>{BASE}{u}</loc><lastmod>{ISO[PAGES.get(u, PAGES[INDEX])[3]]}</lastmod></url>" for u in urls) + "</urlset>")
    fam.put("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n", "ascii")
    fam.noise += [NOTE1[:25], NOTE2, NOTE3[:25], "编者按", "页面导航", "在 GitHub 上编辑此页面", "最后更新于", "上一页", "下一页",
                  "跳转到内容", "搜索文档", "浙ICP备2021034417号-1", "（市政府办公室文稿处整理）", "数字政府建设推进会讲话（下）"]
    fam.note = (
        "VitePress 1.0.2 default theme SSR: the text is `div.vp-doc > div` without its `h1` (the split speech's carry （上）/（下）, "
        "the expected title has neither) and the `div.tip.custom-block` 编者按/提示 box (the date is only there and in the "
        "table of /speeches/); the speech's section headings 一、…三、 are `h2`s with a zero-width-space `header-anchor` and part of "
        "the text. The 数字政府 speech runs over two pages joined by `nav.prev-next` (上一页 / 下一页 + sidebar text); page 2 ends "
        "with `<hr>` and an italic editors' line. The aside outline (页面导航) is empty in the HTML; `time` in 最后更新于 is empty "
        "until mounted. Home (VPHome hero), the 文稿目录 page (also at /speeches/), 编辑说明 and page 2 are not documents."
    )
    return fam
