"""A city meteorological bureau's speech collection built with MkDocs 1.6 and Material for MkDocs 9.5
(`theme.language: zh`, `use_directory_urls`, navigation.indexes / navigation.footer / content.action.edit,
the tags plugin, mkdocs-git-revision-date-localized-plugin, giscus comments) and served as the static files
`mkdocs build` writes: every URL relative (`../../assets/…`), the header with `md-header__topic`, the
search dialog (正在初始化搜索引擎), the primary `md-nav` sidebar listing every page (the active page's toc
nested in it) and the secondary `md-sidebar--secondary` 目录, `article.md-content__inner.md-typeset` with
the 编辑此页 pencil button, Markdown headings whose Chinese slugs are `_1`, `_2`… with `headerlink` ¶
anchors, admonitions (`!!! note "编者按"`, `!!! info "稿件信息"`, collapsible `??? tip` as `<details>`),
a `<figure>` with a caption, the tags line, `aside.md-source-file` with the 最后更新 / 创建日期
git-revision dates (later than the speech), the giscus comments block and `md-footer` prev / next links.
`/search/search_index.json` holds every page's text; `sitemap.xml` names every page."""

import html
import json

from common import SPEECHES, Family

HOST = "wengao.lanshan-qx.test"
BASE = f"http://{HOST}"
SITE = "兰山市气象局讲话文稿"
REPO = "https://github.com/lanshan-qx/wengao"
REPO_NAME = "lanshan-qx/wengao"

S1, S2 = SPEECHES["MK1"], SPEECHES["MK2"]
HOME = "/"
SEC = "/speeches/"
P1 = "/speeches/2025-04-11-xunqi-fuwu/"
P2 = "/speeches/2025-03-23-kepu-jinxiaoyuan/"
TAGS = "/tags/"
ABOUT = "/about/"

# nav order (as in mkdocs.yml): path -> (nav title, source file, page title)
NAV = [
    (HOME, "首页", "index.md"),
    (SEC, "讲话文稿", "speeches/index.md"),
    (P2, "世界气象日科普进校园致辞", "speeches/2025-03-23-kepu-jinxiaoyuan.md"),
    (P1, "汛期气象服务动员部署会讲话", "speeches/2025-04-11-xunqi-fuwu.md"),
    (TAGS, "标签", "tags.md"),
    (ABOUT, "关于本站", "about.md"),
]
NAVD = {p: (t, s) for p, t, s in NAV}
ORDER = [p for p, _, _ in NAV]

UPDATED = {HOME: "2025年4月16日", SEC: "2025年4月16日", P1: "2025年4月15日", P2: "2025年3月27日", TAGS: "2025年4月16日", ABOUT: "2025年1月8日"}
CREATED = {HOME: "2024年12月30日", SEC: "2024年12月30日", P1: "2025年4月14日", P2: "2025年3月25日", TAGS: "2025年3月25日", ABOUT: "2024年12月30日"}

SVG_MENU = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg>'
SVG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 8a3 3 0 0 0 3-3 3 3 0 0 0-3-3 3 3 0 0 0-3 3 3 3 0 0 0 3 3m0 3.54C9.64 9.35 6.5 8 3 8v11c3.5 0 6.64 1.35 9 3.54 2.36-2.19 5.5-3.54 9-3.54V8c-3.5 0-6.64 1.35-9 3.54Z"/></svg>'
SVG_SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z"/></svg>'
SVG_LEFT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11h12Z"/></svg>'
SVG_RIGHT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 11v2h12l-5.5 5.5 1.42 1.42L19.84 12l-7.92-7.92L10.5 5.5 16 11H4Z"/></svg>'
SVG_EDIT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h4v-2m10.2-7c.1 0 .3.1.4.2l1.3 1.3c.2.2.2.6 0 .8l-1 1-2.1-2.1 1-1c.1-.1.2-.2.4-.2m0 3.9L14.1 23H12v-2.1l6.1-6.1 2.1 2.1Z"/></svg>'
SVG_CLOCK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 13.1c-.1 0-.3.1-.4.2l-1 1 2.1 2.1 1-1c.2-.2.2-.6 0-.8l-1.3-1.3c-.1-.1-.2-.2-.4-.2m-1.9 1.8-6.1 6V23h2.1l6.1-6.1-2.1-2M12.5 7v5.2l4 2.4-1 1L11 13V7h1.5M11 21.9c-5.1-.5-9-4.8-9-9.9C2 6.5 6.5 2 12 2c5.3 0 9.6 4.1 10 9.3-.3-.1-.6-.2-1-.2s-.7.1-1 .2C19.6 7.2 16.2 4 12 4c-4.4 0-8 3.6-8 8 0 4.1 3.1 7.5 7.1 7.9l-.1.2v1.8Z"/></svg>'
SVG_PLUS = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M14.47 15.08 11 13V7h1.5v5.25l3.08 1.83c-.41.28-.79.62-1.11 1m-1.39 4.84c-.36.05-.71.08-1.08.08-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8c0 .37-.03.72-.08 1.08.69.1 1.33.32 1.92.64.1-.56.16-1.13.16-1.72 0-5.5-4.5-10-10-10S2 6.5 2 12s4.47 10 10 10c.59 0 1.16-.06 1.72-.16-.32-.59-.54-1.23-.64-1.92M18 15v3h-3v2h3v3h2v-3h3v-2h-3v-3h-2Z"/></svg>'
SVG_GIT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><!--! Font Awesome Free 6.5.2 by @fontawesome - https://fontawesome.com License - https://fontawesome.com/license/free (Icons: CC BY 4.0, Fonts: SIL OFL 1.1, Code: MIT License) Copyright 2024 Fonticons, Inc.--><path d="M439.55 236.05 244 40.45a28.87 28.87 0 0 0-40.81 0l-40.66 40.63 51.52 51.52c27.06-9.14 52.68 16.77 43.39 43.68l49.66 49.66c34.23-11.8 61.18 31 35.47 56.69-26.49 26.49-70.21-2.87-56-37.34L240.22 199v121.85c25.3 12.54 22.26 41.85 9.08 55a34.34 34.34 0 0 1-48.55 0c-17.57-17.6-11.07-46.91 11.25-56v-123c-20.8-8.51-24.6-30.74-18.64-45L142.57 101 8.45 235.14a28.86 28.86 0 0 0 0 40.81l195.61 195.6a28.86 28.86 0 0 0 40.8 0l194.69-194.69a28.86 28.86 0 0 0 0-40.81z"/></svg>'
SVG_TOP = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12Z"/></svg>'


def rel(frm, to):
    """MkDocs' relative URL between two directory URLs."""
    a = [x for x in frm.strip("/").split("/") if x]
    b = [x for x in to.strip("/").split("/") if x]
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    parts = [".."] * (len(a) - i) + b[i:]
    if not parts:
        return "./"
    return "/".join(parts) + ("/" if b[i:] else "")


def base_of(path):
    depth = len([x for x in path.strip("/").split("/") if x])
    return "/".join([".."] * depth) if depth else "."


def headerlink(i):
    return f'<a class="headerlink" href="#_{i}" title="Permanent link">&para;</a>'


class Ids:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


def is_heading(p):
    return p[:2] in ("一、", "二、", "三、", "四、") and len(p) < 24


def md_body(paras, ids, toc):
    out = []
    for p in paras:
        if is_heading(p):
            i = ids.next()
            toc.append((i, p))
            out.append(f'<h2 id="_{i}">{html.escape(p)}{headerlink(i)}</h2>')
        else:
            out.append(f"<p>{html.escape(p, quote=False)}</p>")
    return "\n".join(out)


def head(path, title, description, *, search_page=False):
    b = base_of(path)
    at = ORDER.index(path) if path in ORDER else None
    links = [f'<link rel="canonical" href="{BASE}{path}">']
    if at is not None and at > 0:
        links.append(f'<link rel="prev" href="{rel(path, ORDER[at - 1])}">')
    if at is not None and at + 1 < len(ORDER):
        links.append(f'<link rel="next" href="{rel(path, ORDER[at + 1])}">')
    full = SITE if path == HOME else f"{title} - {SITE}"
    return f"""
<!doctype html>
<html lang="zh" class="no-js">
  <head>
    
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
      
        <meta name="description" content="{html.escape(description)}">
      
      
        <meta name="author" content="兰山市气象局办公室">
      
      
        {"".join(chr(10) + "        " + x for x in links).strip()}
      
      
      <link rel="icon" href="{b}/assets/images/favicon.png">
      <meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.27">
    
    
      
        <title>{html.escape(full)}</title>
      
    
    
      <link rel="stylesheet" href="{b}/assets/stylesheets/main.6543a935.min.css">
      
        
        <link rel="stylesheet" href="{b}/assets/stylesheets/palette.06af60db.min.css">
      
      


    
    
      
    
    
      
        
        
        <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto:300,300i,400,400i,700,700i%7CRoboto+Mono:400,400i,700,700i&display=fallback">
        <style>:root{{--md-text-font:"Roboto";--md-code-font:"Roboto Mono"}}</style>
      
    
    
      <link rel="stylesheet" href="{b}/stylesheets/extra.css">
    
    <script>__md_scope=new URL("{b}",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
    
      
  <script id="__analytics">function __md_analytics(){{function n(){{dataLayer.push(arguments)}}window.dataLayer=window.dataLayer||[],n("js",new Date),n("config","G-7LQ2S4XK9M"),document.addEventListener("DOMContentLoaded",function(){{document.forms.search&&document.forms.search.query.addEventListener("blur",function(){{this.value&&n("event","search",{{search_term:this.value}})}}),document$.subscribe(function(){{var a=document.forms.feedback;if(void 0!==a)for(var e of a.querySelectorAll("[type=submit]"))e.addEventListener("click",function(){{var e=this.getAttribute("data-md-value");n("event","feedback",{{page:location.pathname,data:e}}),a.firstElementChild.disabled=!0;var t=a.querySelector(".md-feedback__note [data-md-value='"+e+"']");t&&(t.hidden=!1)}}),a.hidden=!1}}),location$.subscribe(function(a){{n("config","G-7LQ2S4XK9M",{{page_path:a.pathname}})}})}});var e=document.createElement("script");e.async=!0,e.src="https://www.googletagmanager.com/gtag/js?id=G-7LQ2S4XK9M",document.getElementById("__analytics").insertAdjacentElement("afterEnd",e)}}</script>
  
    <script>"undefined"!=typeof __md_analytics&&__md_analytics()</script>
  

    
    
    
  </head>
  
  
    
    
      
    
    
    
    
    <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
  
    
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
      
        
        <a href="#_1" class="md-skip">
          跳转至
        </a>
      
    </div>
    <div data-md-component="announce">
      
    </div>
    
    
      

  

<header class="md-header md-header--shadow" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="页眉">
    <a href="{rel(path, HOME)}" title="{SITE}" class="md-header__button md-logo" aria-label="{SITE}" data-md-component="logo">
      
  {SVG_LOGO}

    </a>
    <label class="md-header__button md-icon" for="__drawer">
      
      {SVG_MENU}
    </label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic">
          <span class="md-ellipsis">
            {SITE}
          </span>
        </div>
        <div class="md-header__topic" data-md-component="header-topic">
          <span class="md-ellipsis">
            
              {html.escape(title)}
            
          </span>
        </div>
      </div>
    </div>
    
    
    
      <label class="md-header__button md-icon" for="__search">
        
        {SVG_SEARCH}
      </label>
      <div class="md-search" data-md-component="search" role="dialog">
  <label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search">
    <form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="搜索" placeholder="搜索" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
      <label class="md-search__icon md-icon" for="__search">
        
        {SVG_SEARCH}
        
        {SVG_LEFT}
      </label>
      <nav class="md-search__options" aria-label="查找">
        
        <button type="reset" class="md-search__icon md-icon" title="清空当前内容" aria-label="清空当前内容" tabindex="-1">
          
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41Z"/></svg>
        </button>
      </nav>
      
    </form>
    <div class="md-search__output">
      <div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result">
          <div class="md-search-result__meta">
            正在初始化搜索引擎
          </div>
          <ol class="md-search-result__list" role="presentation"></ol>
        </div>
      </div>
    </div>
  </div>
</div>
    
    
      <div class="md-header__source">
        <a href="{REPO}" title="前往仓库" class="md-source" data-md-component="source">
  <div class="md-source__icon md-icon">
    
    {SVG_GIT}
  </div>
  <div class="md-source__repository">
    {REPO_NAME}
  </div>
</a>
      </div>
    
  </nav>
  
</header>
    
    <div class="md-container" data-md-component="container">
      
      
        
          
        
      
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
          
            
              
              <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation" >
                <div class="md-sidebar__scrollwrap">
                  <div class="md-sidebar__inner">
                    """


def nav_link(frm, to, title, active=False):
    cls = "md-nav__link md-nav__link--active" if active else "md-nav__link"
    return f"""<a href="{rel(frm, to)}" class="{cls}">
        
  
  <span class="md-ellipsis">
    {html.escape(title)}
  </span>
  

      </a>"""


def toc_nav(toc, label="目录"):
    if not toc:
        return ""
    items = "".join(
        f"""
          <li class="md-nav__item">
  <a href="#_{i}" class="md-nav__link">
    <span class="md-ellipsis">
      {html.escape(t)}
    </span>
  </a>
  
</li>
        """
        for i, t in toc
    )
    return f"""<nav class="md-nav md-nav--secondary" aria-label="{label}">
  
  
  
    
  
  
    <label class="md-nav__title" for="__toc">
      <span class="md-nav__icon md-icon"></span>
      {label}
    </label>
    <ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>
      {items}
    </ul>
  
</nav>"""


def nav_item(path, target, title, toc):
    if path != target:
        return f"""
    
    
    
    
      <li class="md-nav__item">
        {nav_link(path, target, title)}
      </li>
    """
    if target == SEC:
        # navigation.indexes: the section's index page is the section label itself
        return ""
    return f"""
    
    
    
    
      <li class="md-nav__item md-nav__item--active">
        
        <input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
        
          
        
        
          <label class="md-nav__link md-nav__link--active" for="__toc">
            
  
  <span class="md-ellipsis">
    {html.escape(title)}
  </span>
  

            <span class="md-nav__icon md-icon"></span>
          </label>
        
        {nav_link(path, target, title, active=True)}
        
          

{toc_nav(toc)}
        
      </li>
    """


def primary_nav(path, toc):
    sec_active = path in (SEC, P1, P2)
    sec_link_cls = "md-nav__link md-nav__link--active" if path == SEC else "md-nav__link"
    kids = "".join(nav_item(path, p, NAVD[p][0], toc) for p in (P2, P1))
    return f"""

<nav class="md-nav md-nav--primary" aria-label="导航栏" data-md-level="0">
  <label class="md-nav__title" for="__drawer">
    <a href="{rel(path, HOME)}" title="{SITE}" class="md-nav__button md-logo" aria-label="{SITE}" data-md-component="logo">
      
  {SVG_LOGO}

    </a>
    {SITE}
  </label>
  
    <div class="md-nav__source">
      <a href="{REPO}" title="前往仓库" class="md-source" data-md-component="source">
  <div class="md-source__icon md-icon">
    
    {SVG_GIT}
  </div>
  <div class="md-source__repository">
    {REPO_NAME}
  </div>
</a>
    </div>
  
  <ul class="md-nav__list" data-md-scrollfix>
    {nav_item(path, HOME, NAVD[HOME][0], toc)}
    
    
    
    
    
      
      
      
      
      
      <li class="md-nav__item{" md-nav__item--active" if sec_active else ""} md-nav__item--section md-nav__item--nested">
        
        
        <input class="md-nav__toggle md-toggle md-toggle--indeterminate" type="checkbox" id="__nav_2" {"checked" if sec_active else ""}>
        
          
          
          <div class="md-nav__link md-nav__container">
            <a href="{rel(path, SEC)}" class="{sec_link_cls}">
              
  
  <span class="md-ellipsis">
    讲话文稿
  </span>
  

            </a>
            
              
              <label class="md-nav__link {"md-nav__link--active" if path == SEC else ""}" for="__nav_2" id="__nav_2_label" tabindex="">
                <span class="md-nav__icon md-icon"></span>
              </label>
            
          </div>
        
        <nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="{"true" if sec_active else "false"}">
          <label class="md-nav__title" for="__nav_2">
            <span class="md-nav__icon md-icon"></span>
            讲话文稿
          </label>
          <ul class="md-nav__list" data-md-scrollfix>
            {kids}
          </ul>
        </nav>
      </li>
    {nav_item(path, TAGS, NAVD[TAGS][0], toc)}{nav_item(path, ABOUT, NAVD[ABOUT][0], toc)}
  </ul>
</nav>
                  </div>
                </div>
              </div>
            
            
              
              <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" >
                <div class="md-sidebar__scrollwrap">
                  <div class="md-sidebar__inner">
                    

{toc_nav(toc)}
                  </div>
                </div>
              </div>
            
          
          
            <div class="md-content" data-md-component="content">
              <article class="md-content__inner md-typeset">
                
                  

  
  
    
      
    
    <a href="{REPO}/edit/main/docs/{NAVD[path][1]}" title="编辑此页" class="md-content__button md-icon">
      
      {SVG_EDIT}
    </a>
  
  
"""


def source_file(path):
    return f"""


  <aside class="md-source-file">
    
      
  <span class="md-source-file__fact">
    <span class="md-icon" title="最后更新">
      {SVG_CLOCK}
    </span>
    <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{UPDATED[path]}</span>
  </span>

    
    
      
  <span class="md-source-file__fact">
    <span class="md-icon" title="创建日期">
      {SVG_PLUS}
    </span>
    <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{CREATED[path]}</span>
  </span>

    
    
    
  </aside>
"""


COMMENTS = """


  
  


  <h2 id="__comments">评论</h2>
  <script src="https://giscus.app/client.js" data-repo="lanshan-qx/wengao" data-repo-id="R_kgDOLx3m9w" data-category="Announcements" data-category-id="DIC_kwDOLx3m984CfQ2a" data-mapping="pathname" data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="preferred_color_scheme" data-lang="zh-CN" data-loading="lazy" crossorigin="anonymous" async></script>
  <script>var giscus=document.querySelector("script[src*=giscus]"),palette=__md_get("__palette");if(palette&&"object"==typeof palette.color){var theme="slate"===palette.color.scheme?"transparent_dark":"light";giscus.setAttribute("data-theme",theme)}document.addEventListener("DOMContentLoaded",function(){"undefined"!=typeof __md_palette&&(document.querySelector("[data-md-color-scheme]"),__md_palette.subscribe(function(e){}))})</script>
"""


def footer(path):
    at = ORDER.index(path)
    parts = []
    if at > 0:
        p = ORDER[at - 1]
        t = NAVD[p][0]
        parts.append(f"""
          
          <a href="{rel(path, p)}" class="md-footer__link md-footer__link--prev" aria-label="上一页: {html.escape(t)}">
            <div class="md-footer__button md-icon">
              
              {SVG_LEFT}
            </div>
            <div class="md-footer__title">
              <span class="md-footer__direction">
                上一页
              </span>
              <div class="md-ellipsis">
                {html.escape(t)}
              </div>
            </div>
          </a>
        """)
    if at + 1 < len(ORDER):
        p = ORDER[at + 1]
        t = NAVD[p][0]
        parts.append(f"""
        
          
          <a href="{rel(path, p)}" class="md-footer__link md-footer__link--next" aria-label="下一页: {html.escape(t)}">
            <div class="md-footer__title">
              <span class="md-footer__direction">
                下一页
              </span>
              <div class="md-ellipsis">
                {html.escape(t)}
              </div>
            </div>
            <div class="md-footer__button md-icon">
              
              {SVG_RIGHT}
            </div>
          </a>
        """)
    b = base_of(path)
    config = {
        "base": b,
        "features": ["navigation.indexes", "navigation.footer", "navigation.top", "content.action.edit", "search.highlight", "toc.follow"],
        "search": f"{b}/assets/javascripts/workers/search.b8dbb3d2.min.js",
        "translations": {
            "clipboard.copied": "已复制",
            "clipboard.copy": "复制",
            "search.result.more.one": "在该页上还有 1 个符合条件的结果",
            "search.result.more.other": "在该页上还有 # 个符合条件的结果",
            "search.result.none": "没有找到符合条件的结果",
            "search.result.one": "找到 1 个符合条件的结果",
            "search.result.other": "# 个符合条件的结果",
            "search.result.placeholder": "键入以开始搜索",
            "search.result.term.missing": "缺少",
            "select.version": "选择当前版本",
        },
    }
    return f"""
  
  
    
    <button type="button" class="md-top md-icon" data-md-component="top" hidden>
  
  {SVG_TOP}
  回到页面顶部
</button>
  
</main>
      
        <footer class="md-footer">
  
    
      
      <nav class="md-footer__inner md-grid" aria-label="页脚" >
        {"".join(parts)}
      </nav>
    
  
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
  
    <div class="md-copyright__highlight">
      Copyright &copy; 2025 兰山市气象局办公室 · <a href="https://beian.miit.gov.test/" target="_blank" rel="noopener">浙ICP备13021579号-3</a>
    </div>
  
  
    Made with
    <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">
      Material for MkDocs
    </a>
  
</div>
      
    </div>
  </div>
</footer>
      
    </div>
    <div class="md-dialog" data-md-component="dialog">
      <div class="md-dialog__inner md-typeset"></div>
    </div>
    
    
    <script id="__config" type="application/json">{json.dumps(config, ensure_ascii=False)}</script>
    
    
      <script src="{b}/assets/javascripts/bundle.fe8b6f2b.min.js"></script>
      
    
  </body>
</html>"""


def page(path, title, description, body, toc, *, comments=False):
    return (
        head(path, title, description)
        + primary_nav(path, toc)
        + body
        + source_file(path)
        + (COMMENTS if comments else "")
        + """
              </article>
            </div>
          
          
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
        </div>
        """
        + footer(path)
    )


def tags_line(tags):
    return (
        '<nav class="md-tags" >\n'
        + "".join(f'      <a href="../../tags/#{t}" class="md-tag">{t}</a>\n' for t in tags)
        + "  </nav>\n"
    )


NOTE1 = "4月11日，市气象局召开2025年汛期气象服务动员部署会，局党组书记、局长周启明出席会议并讲话。现将讲话全文刊发，供各单位学习贯彻。"
NOTE2 = "3月23日是第65个世界气象日。当天上午，市气象局在兰山市实验小学启动2025年气象科普进校园活动，副局长沈佳慧出席并致辞。"
CAPTION1 = "动员部署会现场（局办公室 摄）"
CAPTION2 = "沈佳慧为实验小学校园气象站揭牌（图／郑晓雯）"


def speech1():
    ids = Ids()
    toc = []
    h1 = ids.next()
    parts = [
        tags_line(["汛期服务", "局长讲话", "2025"]),
        f'<h1 id="_{h1}">{html.escape(S1.title)}{headerlink(h1)}</h1>',
        f'<div class="admonition note">\n<p class="admonition-title">编者按</p>\n<p>{NOTE1}</p>\n</div>',
        '<div class="admonition info">\n<p class="admonition-title">稿件信息</p>\n<ul>\n<li>讲话人：周启明（局党组书记、局长）</li>\n<li>时间：2025年4月11日</li>\n<li>地点：市气象局三楼会商室</li>\n<li>整理：局办公室 王璐</li>\n</ul>\n</div>',
        f'<figure>\n<img alt="会议现场" src="../../images/2025/0411-huiyi.jpg" width="720" />\n<figcaption>{CAPTION1}</figcaption>\n</figure>',
        md_body(S1.paras, ids, toc),
        '<details class="tip">\n<summary>相关文件</summary>\n<ul>\n<li><a href="../../files/2025-xunqi-fuwu-fangan.pdf">兰山市气象局2025年汛期气象服务工作方案（PDF）</a></li>\n<li><a href="../../files/2025-yujing-zhitong.pdf">重大气象灾害预警信息直通机制（试行）</a></li>\n</ul>\n</details>',
        '<div class="admonition warning">\n<p class="admonition-title">注意</p>\n<p>本文为内部学习材料，转载或引用请事先联系局办公室。</p>\n</div>',
    ]
    return "\n".join(parts), toc


def speech2():
    ids = Ids()
    toc = []
    h1 = ids.next()
    parts = [
        tags_line(["科普", "世界气象日", "致辞", "2025"]),
        f'<h1 id="_{h1}">{html.escape(S2.title)}{headerlink(h1)}</h1>',
        f'<div class="admonition abstract">\n<p class="admonition-title">背景</p>\n<p>{NOTE2}</p>\n</div>',
        md_body(S2.paras[:3], ids, toc),
        f'<figure>\n<img alt="校园气象站揭牌" src="../../images/2025/0323-jiepai.jpg" width="720" />\n<figcaption>{CAPTION2}</figcaption>\n</figure>',
        md_body(S2.paras[3:], ids, toc),
        '<hr />\n<p><em>（根据现场录音整理，已经本人审阅）</em></p>',
        '<div class="admonition quote">\n<p class="admonition-title">延伸阅读</p>\n<p>世界气象组织“全民早期预警”倡议的中文介绍见 <a href="https://www.cma.gov.test/">中国气象局网站</a>。</p>\n</div>',
    ]
    return "\n".join(parts), toc


ROWS = [
    ("2025-04-11", P1, S1.title, "周启明", "讲话"),
    ("2025-03-23", P2, S2.title, "沈佳慧", "致辞"),
]


def section_page():
    ids = Ids()
    h1 = ids.next()
    toc = []
    i2 = ids.next()
    toc.append((i2, "2025年"))
    i3 = ids.next()
    toc.append((i3, "2024年"))
    rows = "\n".join(
        f'<tr>\n<td>{d}</td>\n<td><a href="{rel(SEC, p)}">{html.escape(t)}</a></td>\n<td>{who}</td>\n<td>{kind}</td>\n</tr>'
        for d, p, t, who, kind in ROWS
    )
    body = "\n".join(
        [
            f'<h1 id="_{h1}">讲话文稿{headerlink(h1)}</h1>',
            "<p>本栏目收录局领导在局内会议和对外活动中的讲话、致辞，按时间倒序排列。</p>",
            f'<h2 id="_{i2}">2025年{headerlink(i2)}</h2>',
            f"<table>\n<thead>\n<tr>\n<th>日期</th>\n<th>标题</th>\n<th>讲话人</th>\n<th>类别</th>\n</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>",
            f'<h2 id="_{i3}">2024年{headerlink(i3)}</h2>',
            '<div class="admonition info">\n<p class="admonition-title">说明</p>\n<p>2024年及以前的文稿正在从旧网站迁移，暂未上线。</p>\n</div>',
        ]
    )
    return page(SEC, "讲话文稿", "兰山市气象局领导讲话、致辞文稿目录", body, toc)


def home_page():
    ids = Ids()
    h1 = ids.next()
    i2 = ids.next()
    body = "\n".join(
        [
            f'<h1 id="_{h1}">{SITE}{headerlink(h1)}</h1>',
            "<p>这里是兰山市气象局领导讲话、致辞文稿的公开汇编，由局办公室整理维护，源文件托管于代码仓库，欢迎指正。</p>",
            '<div class="admonition tip">\n<p class="admonition-title">使用提示</p>\n<p>按 <kbd>S</kbd> 或 <kbd>/</kbd> 可直接打开搜索；左侧导航按栏目排列，右侧为当前页目录。</p>\n</div>',
            f'<h2 id="_{i2}">最近更新{headerlink(i2)}</h2>',
            "<ul>\n"
            + "\n".join(f'<li>{d} <a href="{rel(HOME, p)}">{html.escape(t)}</a></li>' for d, p, t, _, _ in ROWS)
            + "\n</ul>",
            f'<p><a class="md-button md-button--primary" href="{rel(HOME, SEC)}">全部文稿</a></p>',
        ]
    )
    return page(HOME, SITE, "兰山市气象局领导讲话、致辞文稿的公开汇编", body, [(i2, "最近更新")])


def tags_page():
    ids = Ids()
    h1 = ids.next()
    toc = []
    groups = [
        ("2025", [(P1, S1.title), (P2, S2.title)]),
        ("世界气象日", [(P2, S2.title)]),
        ("局长讲话", [(P1, S1.title)]),
        ("汛期服务", [(P1, S1.title)]),
        ("科普", [(P2, S2.title)]),
        ("致辞", [(P2, S2.title)]),
    ]
    out = [f'<h1 id="_{h1}">标签{headerlink(h1)}</h1>']
    for tag, items in groups:
        i = ids.next()
        toc.append((i, tag))
        out.append(f'<h2 id="{tag}"><span class="md-tag">{tag}</span></h2>')
        out.append("<ul>\n" + "\n".join(f'<li><a href="{rel(TAGS, p)}">{html.escape(t)}</a></li>' for p, t in items) + "\n</ul>")
    return page(TAGS, "标签", "按标签浏览", "\n".join(out), [])


def about_page():
    ids = Ids()
    h1 = ids.next()
    i2 = ids.next()
    body = "\n".join(
        [
            f'<h1 id="_{h1}">关于本站{headerlink(h1)}</h1>',
            "<p>本站使用 MkDocs 和 Material for MkDocs 主题构建，每次向主分支提交后自动发布。</p>",
            f'<h2 id="_{i2}">纠错与投稿{headerlink(i2)}</h2>',
            "<p>发现错别字或与审定稿不一致之处，可点击页面右上角的铅笔图标在线修改，也可发邮件至 bgs@lanshan-qx.test。</p>",
        ]
    )
    return page(ABOUT, "关于本站", "关于兰山市气象局讲话文稿站", body, [(i2, "纠错与投稿")])


def search_index(pages):
    docs = []
    for path, title, text in pages:
        docs.append({"location": path.lstrip("/"), "title": title, "text": text})
    return json.dumps(
        {
            "config": {
                "lang": ["zh"],
                "separator": "[\\s\\u200b\\-_,:!=\\[\\]()\"`/]+|\\.(?!\\d)|&[lg]t;|(?!\\b)(?=[A-Z][a-z])",
                "pipeline": ["stemmer"],
            },
            "docs": docs,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def build() -> Family:
    fam = Family(HOST, "MkDocs 1.6 + Material for MkDocs 9.5 documentation site of a unit's speeches")
    b1, toc1 = speech1()
    b2, toc2 = speech2()
    fam.put(HOME, home_page())
    fam.put(SEC, section_page())
    fam.put(P1, page(P1, S1.title, NOTE1, b1, toc1, comments=True))
    fam.put(P2, page(P2, S2.title, NOTE2, b2, toc2, comments=True))
    fam.put(TAGS, tags_page())
    fam.put(ABOUT, about_page())
    fam.put(
        "/search/search_index.json",
        search_index(
            [
                (HOME, SITE, "这里是兰山市气象局领导讲话、致辞文稿的公开汇编。"),
                (SEC, "讲话文稿", "本栏目收录局领导在局内会议和对外活动中的讲话、致辞，按时间倒序排列。"),
                (P2, S2.title, "".join(f"<p>{p}</p>" for p in S2.paras)),
                (P1, S1.title, "".join(f"<p>{p}</p>" for p in S1.paras)),
                (TAGS, "标签", ""),
                (ABOUT, "关于本站", "本站使用 MkDocs 和 Material for MkDocs 主题构建。"),
            ]
        ),
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"    <url>\n         <loc>{BASE}{p}</loc>\n         <lastmod>2025-04-16</lastmod>\n    </url>\n" for p in ORDER)
        + "</urlset>",
    )
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /files/\n\nSitemap: {BASE}/sitemap.xml\n", "ascii")
    fam.doc([P1], S1)
    fam.doc([P2], S2)
    fam.not_documents += [SEC, TAGS, ABOUT]
    fam.noise += [
        NOTE1[:30],
        NOTE2[:30],
        "稿件信息",
        "讲话人：周启明（局党组书记、局长）",
        "地点：市气象局三楼会商室",
        "整理：局办公室 王璐",
        CAPTION1,
        CAPTION2,
        "相关文件",
        "兰山市气象局2025年汛期气象服务工作方案（PDF）",
        "本文为内部学习材料，转载或引用请事先联系局办公室。",
        "（根据现场录音整理，已经本人审阅）",
        "延伸阅读",
        "汛期服务",
        "编辑此页",
        "最后更新",
        "创建日期",
        "2025年4月15日",
        "评论",
        "上一页",
        "下一页",
        "跳转至",
        "正在初始化搜索引擎",
        "回到页面顶部",
        "Made with",
        "浙ICP备13021579号-3",
    ]
    fam.note = (
        "Material for MkDocs 9.5: the text is `article.md-content__inner.md-typeset` without the 编辑此页 pencil "
        "button, the `md-tags` line, the `h1` (= the title), the admonitions (编者按 / 背景 with the date, 稿件信息 list "
        "with 时间：2025年4月11日, 注意 reprint box, 延伸阅读), the `<figure>` with its caption (in the second speech "
        "between paragraphs), the collapsible 相关文件 `<details>`, the `<hr>` + italic 整理 line, `aside.md-source-file` "
        "(最后更新 / 创建日期 git dates, later than the speech) and the giscus 评论 block. The speech's 一、二、三、 "
        "headings are `h2` with `_N` ids and ¶ headerlinks (the ¶ is not text). Both sidebars, the md-footer "
        "prev/next and the header repeat page titles. `/speeches/` (table), `/tags/`, `/about/` are not documents."
    )
    return fam
