"""A Docusaurus 3 site (zh-Hans) holding a city calligraphers' association's speech collection.

Built pages as Docusaurus prints them: `<html lang="zh-Hans" class="docs-wrapper plugin-docs …
docs-doc-page docs-doc-id-…">`, `data-rh` meta, the theme script, `#__docusaurus`, the navbar
(`navbar__brand`, 切换浅色/暗黑模式), the doc sidebar (`theme-doc-sidebar-menu`, categories with
generated indexes), `theme-doc-breadcrumbs` (页面路径, 主页面), `theme-doc-markdown markdown` with
`<header><h1>`, headings with `hash-link` (a zero-width space inside), admonitions (`theme-admonition
theme-admonition-tip … alert alert--success`, 提示 / 信息 / 备注), an image with an italic caption,
the doc footer (标签：, 编辑此页, 最后于 … 更新), `pagination-nav` (aria-label 文件选项卡, 上一页/下一页),
the TOC column (`table-of-contents`, 本页总览 on mobile), the dark footer (Built with Docusaurus).
The work report runs over two doc pages (上/下) joined by the pagination links; generated category
indexes list the docs as cards; sitemap.xml from the sitemap plugin."""

import re

from common import SPEECHES, Family

HOST = "docs.qzsfxh.test"
SITE = "清州市书法家协会"
GH = "https://github.com/qzsfxh/jianghua-wengao/edit/main"

S1, S2 = SPEECHES["docu-1"], SPEECHES["docu-2"]
i2 = S1.paras.index("二、今后五年的工作任务")
P1 = ("/docs/2024/liudaihui-gongzuo-baogao-shang", "2024/liudaihui-gongzuo-baogao-shang", f"{S1.title}（上）", "工作报告（上）", S1.paras[:i2])
P2 = ("/docs/2024/liudaihui-gongzuo-baogao-xia", "2024/liudaihui-gongzuo-baogao-xia", f"{S1.title}（下）", "工作报告（下）", S1.paras[i2:])
P3 = ("/docs/2025/xinchun-lianyihui-zhici", "2025/xinchun-lianyihui-zhici", S2.title, "新春联谊会致辞", S2.paras)
INTRO = ("/docs/intro", "intro", "简介", "简介")
CAT24 = ("/docs/category/2024", "2024年", "第六次会员代表大会及2024年各类会议上的讲话、报告。")
CAT25 = ("/docs/category/2025", "2025年", "2025年协会各类活动中的讲话和致辞。")

ORDER = [  # pagination order, as the sidebar runs
    (INTRO[0], "简介"), (CAT24[0], "2024年"), (P1[0], P1[3]), (P2[0], P2[3]), (CAT25[0], "2025年"), (P3[0], P3[3]),
]

SVG_HOME = '<svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg>'
SVG_EDIT = '<svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>'
ICONS = {
    "tip": '<svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5c0 .92.55 2.25 1 3 1.34 2.25 1.78 2.78 2 4v1h5v-1c.22-1.22.66-1.75 2-4 .45-.75 1-2.08 1-3 0-2.81-2.48-5-5.5-5zm3.64 7.48c-.25.44-.47.8-.67 1.11-.86 1.41-1.25 2.06-1.45 3.23-.02.05-.02.11-.02.17H5c0-.06 0-.13-.02-.17-.2-1.17-.59-1.83-1.45-3.23-.2-.31-.42-.67-.67-1.11C2.44 6.78 2 5.65 2 5c0-2.2 2.02-4 4.5-4 1.22 0 2.36.42 3.22 1.19C10.55 2.94 11 3.94 11 5c0 .66-.44 1.78-.86 2.48zM4 14h5c-.23 1.14-1.3 2-2.5 2s-2.27-.86-2.5-2z"></path></svg>',
    "info": '<svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M7 2.3c3.14 0 5.7 2.56 5.7 5.7s-2.56 5.7-5.7 5.7A5.71 5.71 0 0 1 1.3 8c0-3.14 2.56-5.7 5.7-5.7zM7 1C3.14 1 0 4.14 0 8s3.14 7 7 7 7-3.14 7-7-3.14-7-7-7zm1 3H6v5h2V4zm0 6H6v2h2v-2z"></path></svg>',
    "note": '<svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M6.3 5.69a.942.942 0 0 1-.28-.7c0-.28.09-.52.28-.7.19-.18.42-.28.7-.28.28 0 .52.09.7.28.18.19.28.42.28.7 0 .28-.09.52-.28.7a1 1 0 0 1-.7.3c-.28 0-.52-.11-.7-.3zM8 7.99c-.02-.25-.11-.48-.31-.69-.2-.19-.42-.3-.69-.31H6c-.27.02-.48.13-.69.31-.2.2-.3.44-.31.69h1v3c.02.27.11.5.31.69.2.2.42.31.69.31h1c.27 0 .48-.11.69-.31.2-.19.3-.42.31-.69H8V7.98v.01zM7 2.3c-3.14 0-5.7 2.54-5.7 5.68 0 3.14 2.56 5.7 5.7 5.7s5.7-2.55 5.7-5.7c0-3.15-2.56-5.69-5.7-5.69v.01zM7 .98c3.86 0 7 3.14 7 7s-3.14 7-7 7-7-3.12-7-7 3.14-7 7-7z"></path></svg>',
}
ADMON = {"tip": ("提示", "alert--success"), "info": ("信息", "alert--info"), "note": ("备注", "alert--secondary")}


def admonition(kind: str, body: str, title: str | None = None) -> str:
    label, alert = ADMON[kind]
    return (f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert {alert}"><div class="admonitionHeading_Gvgb">'
            f'<span class="admonitionIcon_Rf37">{ICONS[kind]}</span>{title or label}</div><div class="admonitionContent_BuS1"><p>{body}</p></div></div>')


def slug(text: str) -> str:
    return re.sub(r"[、，。：；！？（）《》“”\s]", "", text)


def heading(text: str) -> str:
    s = slug(text)
    return (f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{s}">{text}<a href="#{s}" class="hash-link" '
            f'aria-label="{text}的直接链接" title="{text}的直接链接">\u200b</a></h2>')


def sidebar(active: str) -> str:
    def link(path, label, level):
        cur = ' menu__link--active" aria-current="page' if path == active else ""
        tab = 'tabindex="0" ' if level > 1 else ""
        return (f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-{level} menu__list-item">'
                f'<a class="menu__link{cur}" {tab}href="{path}">{label}</a></li>')

    def cat(path, label, children):
        on = active == path or any(active == c[0] for c in children)
        cls = " menu__link--active" if on else ""
        cur = ' aria-current="page"' if active == path else ""
        return (f'<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item">'
                f'<div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret{cls}" aria-expanded="true"{cur} href="{path}">{label}</a></div>'
                f'<ul style="display:block;overflow:visible;height:auto" class="menu__list">{"".join(link(p, l, 2) for p, l in children)}</ul></li>')

    return (f'<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">'
            f'<nav aria-label="文档侧边栏" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">'
            f'{link(INTRO[0], "简介", 1)}{cat(CAT24[0], "2024年", [(P1[0], P1[3]), (P2[0], P2[3])])}{cat(CAT25[0], "2025年", [(P3[0], P3[3])])}'
            f'</ul></nav><button type="button" title="收起侧边栏" aria-label="收起侧边栏" class="button button--secondary button--outline collapseSidebarButton_PEFL"><svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"><g fill="#7a7a7a"><path d="M9.992 10.023c0 .2-.062.399-.172.547l-4.996 7.492a.982.982 0 01-.828.454H1c-.55 0-1-.453-1-1 0-.2.059-.403.168-.551l4.629-6.942L.168 3.078A.939.939 0 010 2.528c0-.548.45-.997 1-.997h2.996c.352 0 .649.18.828.45L9.82 9.472c.11.148.172.347.172.55zm0 0"></path></g></svg></button></div></div></aside>')


def pagination(path: str) -> str:
    idx = [p for p, _ in ORDER].index(path)
    out = []
    if idx > 0:
        p, l = ORDER[idx - 1]
        out.append(f'<a class="pagination-nav__link pagination-nav__link--prev" href="{p}"><div class="pagination-nav__sublabel">上一页</div><div class="pagination-nav__label">{l}</div></a>')
    if idx < len(ORDER) - 1:
        p, l = ORDER[idx + 1]
        out.append(f'<a class="pagination-nav__link pagination-nav__link--next" href="{p}"><div class="pagination-nav__sublabel">下一页</div><div class="pagination-nav__label">{l}</div></a>')
    return f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="文件选项卡">{"".join(out)}</nav>'


def crumbs(items) -> str:
    lis = [f'<li class="breadcrumbs__item"><a aria-label="主页面" class="breadcrumbs__link" href="/">{SVG_HOME}</a></li>']
    for n, (label, href) in enumerate(items, 1):
        if href:
            lis.append(f'<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="{href}"><span itemprop="name">{label}</span></a><meta itemprop="position" content="{n}"></li>')
        else:
            lis.append(f'<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">{label}</span><meta itemprop="position" content="{n}"></li>')
    return f'<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="页面路径"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList">{"".join(lis)}</ul></nav>'


NAVBAR = f"""<div role="region" aria-label="跳到主要内容"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">跳到主要内容</a></div><nav aria-label="主导航" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="切换导航栏" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="{SITE}" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">{SITE}</b></a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">讲话文稿</a><a class="navbar__item navbar__link" href="/docs/category/2025">最新</a></div><div class="navbar__items navbar__items--right"><a href="https://github.com/qzsfxh/jianghua-wengao" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="切换浅色/暗黑模式（当前为浅色模式）" aria-label="切换浅色/暗黑模式（当前为浅色模式）" aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M12,7c-2.76,0-5,2.24-5,5s2.24,5,5,5s5-2.24,5-5 S14.76,7,12,7L12,7z"></path></svg></button></div><div class="navbarSearchContainer_Bca1"></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>"""

FOOTER = f"""<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">文稿</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">简介</a></li><li class="footer__item"><a class="footer__link-item" href="/docs/category/2024">2024年</a></li></ul></div><div class="col footer__col"><div class="footer__title">协会</div><ul class="footer__items clean-list"><li class="footer__item"><a href="http://www.qzwl.org.cn/" target="_blank" rel="noopener noreferrer" class="footer__link-item">清州市文联<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a></li><li class="footer__item">秘书处电话：0563-2218806</li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 {SITE}秘书处. Built with Docusaurus.</div></div></div></footer>"""

THEME_SCRIPT = """<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}(),function(){try{const n=new URLSearchParams(window.location.search).entries();for(var[t,e]of n)if(t.startsWith("docusaurus-data-")){var a=t.replace("docusaurus-data-","data-");document.documentElement.setAttribute(a,e)}}catch(t){}}()</script>"""


def shell(path: str, html_class: str, title: str, description: str, main: str) -> str:
    full = f"{title} | {SITE}" if path != "/" else f"{SITE}讲话文稿汇编 | {SITE}"
    return f"""<!doctype html>
<html lang="zh-Hans" dir="ltr" class="{html_class}" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">{full}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="https://{HOST}/img/social-card.jpg"><meta data-rh="true" name="twitter:image" content="https://{HOST}/img/social-card.jpg"><meta data-rh="true" property="og:url" content="https://{HOST}{path}"><meta data-rh="true" property="og:locale" content="zh_Hans"><meta data-rh="true" name="docusaurus_locale" content="zh-Hans"><meta data-rh="true" name="docsearch:language" content="zh-Hans"><meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current"><meta data-rh="true" property="og:title" content="{full}"><meta data-rh="true" name="description" content="{description}"><meta data-rh="true" property="og:description" content="{description}"><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="https://{HOST}{path}"><link data-rh="true" rel="alternate" href="https://{HOST}{path}" hreflang="zh-Hans"><link data-rh="true" rel="alternate" href="https://{HOST}{path}" hreflang="x-default"><link rel="stylesheet" href="/assets/css/styles.8f3e2b1c.css">
<script src="/assets/js/runtime~main.4c7a9d21.js" defer="defer"></script>
<script src="/assets/js/main.b3e1f0a6.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
{THEME_SCRIPT}<div id="__docusaurus">{NAVBAR}{main}{FOOTER}</div>
</body>
</html>
"""


def doc_shell(path, doc_id, title, description, article, toc) -> str:
    toc_col = ""
    toc_mobile = ""
    if toc:
        items = "".join(f'<li><a href="#{slug(t)}" class="table-of-contents__link toc-highlight">{t}</a></li>' for t in toc)
        toc_col = f'<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">{items}</ul></div></div>'
        toc_mobile = '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">本页总览</button></div>'
    main = f"""<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="回到顶部" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">{sidebar(path)}<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>{article.replace("@@TOCMOBILE@@", toc_mobile)}</article>{pagination(path)}</div></div>{toc_col}</div></div></main></div></div></div>"""
    return shell(path, f"docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-{doc_id}", title, description, main)


def doc_footer(file: str, tags, iso: str, shown: str) -> str:
    tag_row = ""
    if tags:
        lis = "".join(f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/docs/tags/{t}">{t}</a></li>' for t in tags)
        tag_row = f'<div class="theme-doc-footer-tags-row row margin-bottom--sm"><div class="col"><b>标签：</b><ul class="tags_jXut padding--none margin-left--sm">{lis}</ul></div></div>'
    return (f'<footer class="theme-doc-footer docusaurus-mt-lg">{tag_row}<div class="theme-doc-footer-edit-meta-row row"><div class="col">'
            f'<a href="{GH}/docs/{file}" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">{SVG_EDIT}编辑此页</a></div>'
            f'<div class="col lastUpdated_JAkA"><span class="theme-last-updated">最后<!-- -->于 <b><time datetime="{iso}" itemprop="dateModified">{shown}</time></b><!-- --> 由 <b>qzsfxh-mishuchu</b> <!-- -->更新</span></div></div></footer>')


def para(p: str) -> str:
    return heading(p) if p[:2] in ("一、", "二、") else f"<p>{p}</p>"


def build() -> Family:
    fam = Family(HOST, "Docusaurus 3 site (zh-Hans) of an association's speech collection", extensionless_html=True, home="/")
    y, m, d = S1.date.split("-")
    date1 = f"{y}年{int(m)}月{int(d)}日"
    # part 1
    body1 = [admonition("info", "本报告于2024年11月16日经市书法家协会第六次会员代表大会审议通过。全文较长，分上、下两篇刊出，本页为上篇。", "说明"),
             f"<p><em>——{date1}在市书法家协会第六次会员代表大会上</em></p><p><em>第五届理事会主席 周明远</em></p>"]
    body1 += [para(p) for p in P1[4]]
    body1.append(admonition("tip", f'下篇为报告的第二部分“今后五年的工作任务”，请点击页面底部“下一页”继续阅读，或直接打开<a href="{P2[0]}">工作报告（下）</a>。'))
    art1 = (crumbs([("2024年", CAT24[0]), (P1[3], None)]) + "@@TOCMOBILE@@" +
            f'<div class="theme-doc-markdown markdown"><header><h1>{P1[2]}</h1></header>\n' + "\n".join(body1) + "\n</div>" +
            doc_footer("2024/liudaihui-gongzuo-baogao-shang.md", ["工作报告", "会员代表大会"], "2024-11-20T08:12:45.000Z", "2024年11月20日"))
    fam.put(P1[0], doc_shell(P1[0], P1[1], P1[2], "第五届理事会工作报告上篇：过去五年的主要工作。", art1, ["一、过去五年的主要工作"]))
    # part 2
    body2 = [admonition("note", f'本页为下篇，上接<a href="{P1[0]}">工作报告（上）</a>。', "备注")]
    body2 += [para(p) for p in P2[4]]
    body2.append(f'<p><em>（根据大会文件整理，文字稿由协会秘书处校对。）</em></p>')
    art2 = (crumbs([("2024年", CAT24[0]), (P2[3], None)]) + "@@TOCMOBILE@@" +
            f'<div class="theme-doc-markdown markdown"><header><h1>{P2[2]}</h1></header>\n' + "\n".join(body2) + "\n</div>" +
            doc_footer("2024/liudaihui-gongzuo-baogao-xia.md", ["工作报告", "会员代表大会"], "2024-11-20T08:12:45.000Z", "2024年11月20日"))
    fam.put(P2[0], doc_shell(P2[0], P2[1], P2[2], "第五届理事会工作报告下篇：今后五年的工作任务。", art2, ["二、今后五年的工作任务"]))
    fam.doc([P1[0], P2[0]], S1)
    fam.not_documents.append(P2[0])
    # the 2025 address
    y2, m2, d2 = S2.date.split("-")
    body3 = [f"<p><em>——{y2}年{int(m2)}月{int(d2)}日　协会主席 李慕白</em></p>"]
    for n, p in enumerate(S2.paras):
        body3.append(para(p))
        if n == 1:
            body3.append('<p><img decoding="async" loading="lazy" alt="新春联谊会现场" src="/assets/images/lianyihui-2025-9c2e4f1a7b3d5e60.jpg" width="1280" height="720" class="img_ev3q"></p>\n<p><em>新春联谊会现场（协会秘书处 供图）</em></p>')
        if n == 4:
            body3.append(admonition("tip", '“翰墨传承”公益书法课堂报名表可在<a href="/docs/intro">简介</a>页下载，报名截止日期为2月28日。'))
    art3 = (crumbs([("2025年", CAT25[0]), (P3[3], None)]) +
            f'<div class="theme-doc-markdown markdown"><header><h1>{P3[2]}</h1></header>\n' + "\n".join(body3) + "\n</div>" +
            doc_footer("2025/xinchun-lianyihui-zhici.md", ["致辞", "联谊会"], "2025-01-21T02:40:09.000Z", "2025年1月21日"))
    fam.put(P3[0], doc_shell(P3[0], P3[1], P3[2], "协会主席在2025年新春联谊会上的致辞。", art3, []))
    fam.doc([P3[0]], S2)
    # intro doc
    intro = (crumbs([("简介", None)]) +
             '<div class="theme-doc-markdown markdown"><header><h1>简介</h1></header>\n'
             f'<p>本站收录{SITE}历次会员代表大会、年度工作会议和各类活动中的讲话、报告与致辞，由协会秘书处整理、校对后发布。</p>\n'
             '<p>文稿按年份编排，可通过左侧目录或页面底部的“上一页/下一页”依次阅读。</p>\n'
             + admonition("tip", "如发现文稿中的错漏，欢迎点击页面底部的“编辑此页”提交修改建议。") + "\n</div>" +
             doc_footer("intro.md", [], "2025-01-21T02:40:09.000Z", "2025年1月21日"))
    fam.put(INTRO[0], doc_shell(INTRO[0], "intro", "简介", f"{SITE}讲话文稿汇编简介", intro, []))
    # generated category indexes
    for cpath, label, desc, docs in [(CAT24[0], CAT24[1], CAT24[2], [(P1[0], P1[2], "第五届理事会工作报告上篇：过去五年的主要工作。"), (P2[0], P2[2], "第五届理事会工作报告下篇：今后五年的工作任务。")]),
                                     (CAT25[0], CAT25[1], CAT25[2], [(P3[0], P3[2], "协会主席在2025年新春联谊会上的致辞。")])]:
        cards = "".join(f'<article class="col col--6 margin-bottom--lg"><a class="card padding--lg cardContainer_fWXF" href="{p}"><h2 class="text--truncate cardTitle_rnsV" title="{t}">📄️ {t}</h2><p class="text--truncate cardDescription_PWke" title="{dsc}">{dsc}</p></a></article>' for p, t, dsc in docs)
        art = (crumbs([(label, None)]) + f'<header><h1 class="title_kItE">{label}</h1><p>{desc}</p></header><article class="margin-top--lg"><section class="row">{cards}</section></article>')
        main = f"""<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="回到顶部" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">{sidebar(cpath)}<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="generatedIndexPage_vN6x">{art}<footer class="margin-top--md"></footer>{pagination(cpath)}</div></div></div></div></main></div></div></div>"""
        fam.put(cpath, shell(cpath, "docs-wrapper plugin-docs plugin-id-default docs-version-current docs-generated-index-page", label, desc, main))
    # landing page
    landing = f"""<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><header class="hero hero--primary heroBanner_qdFl"><div class="container"><h1 class="hero__title">{SITE}讲话文稿汇编</h1><p class="hero__subtitle">历次会员代表大会、年度会议及各类活动讲话、报告、致辞</p><div class="buttons_AeoN"><a class="button button--secondary button--lg" href="/docs/intro">开始阅读 ⏱️</a></div></div></header><main><section class="features_t9lD"><div class="container"><div class="row"><div class="col col--4"><div class="text--center padding-horiz--md"><h3>最新文稿</h3><p><a href="{P3[0]}">{S2.title}</a></p></div></div><div class="col col--4"><div class="text--center padding-horiz--md"><h3>会员代表大会</h3><p><a href="{P1[0]}">第六次会员代表大会工作报告</a></p></div></div><div class="col col--4"><div class="text--center padding-horiz--md"><h3>按年份浏览</h3><p><a href="{CAT24[0]}">2024年</a> · <a href="{CAT25[0]}">2025年</a></p></div></div></div></div></section></main></div>"""
    fam.put("/", shell("/", "plugin-pages plugin-id-default", SITE, f"{SITE}讲话文稿汇编", landing))
    fam.not_documents += ["/", INTRO[0], CAT24[0], CAT25[0]]
    urls = ["/", INTRO[0], CAT24[0], CAT25[0], P1[0], P2[0], P3[0]]
    fam.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
            + "".join(f"<url><loc>http://{HOST}{u}</loc><changefreq>weekly</changefreq><priority>0.5</priority></url>" for u in urls) + "</urlset>")
    fam.put("/robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: http://{HOST}/sitemap.xml\n")
    fam.noise += [
        "跳到主要内容", "切换浅色/暗黑模式", "文档侧边栏", "本页总览", "回到顶部", "编辑此页", "2024年11月20日", "标签：",
        "工作报告（上）", "工作报告（下）", "上一页", "下一页", "本报告于2024年11月16日经市书法家协会第六次会员代表大会审议通过",
        "全文较长，分上、下两篇刊出", "下篇为报告的第二部分", "上接", "第五届理事会主席 周明远", "根据大会文件整理",
        "新春联谊会现场（协会秘书处 供图）", "公益书法课堂报名表", "协会主席 李慕白", "Built with Docusaurus", "秘书处电话",
    ]
    fam.note = "docs are extensionless (`/docs/2024/…`); the work report's two pages are joined only by the pagination-nav and the tip/note admonitions"
    return fam
