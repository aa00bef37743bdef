"""A university news site on Drupal 9.5 with the core Olivero theme (zh-hans interface): news nodes
at `/news/NNNNN` (Pathauto alias; `shortlink` `/node/N`) with the Olivero page-title block,
`node__meta` submitted line (由 … 发表于 …), `field--name-field-date` (日期, the event date), the body in
`text-content … field--name-body`, `field--name-field-source` (来源), `field--name-field-tags` taxonomy
links and the 相关新闻 block; the `/news` View with Drupal's **0-based** pager (`?page=1` is the
second page, shown as 2 in the pager; query routes), Olivero's mobile/sticky header, search block,
footer menu, `drupal-settings-json`."""

import html
import json

from common import FAMILIES, SPEECHES, Family

HOST = "news.jiangcheng-drupal9.test"
SITE = "江城大学新闻网"
PER_PAGE = 5

# nid, title, created, event date, author, source, tags, body paragraphs (non-speech news)
NEWS = [
    (13120, "我校召开2024年秋季学期教学工作会议", "2024-09-03 16:40:12", "2024-09-03", "教务处", ["教学工作"],
     ["9月3日下午，我校2024年秋季学期教学工作会议在行政楼第一会议室召开。", "会议总结了上学期本科教学工作，部署了本学期重点任务。"]),
    (13098, "我校在全国大学生数学建模竞赛中再创佳绩", "2024-08-30 09:12:05", "2024-08-29", "理学院", ["学科竞赛"],
     ["近日，全国大学生数学建模竞赛省赛区结果揭晓，我校二十支队伍获奖。", "其中一等奖六项，推荐参加全国评审四项。"]),
    (13052, "学校召开2024年暑期工作会议", "2024-07-16 18:03:44", "2024-07-15", "党政办公室", ["学校要闻"],
     ["7月15日至16日，学校召开2024年暑期工作会议，校领导、各单位主要负责人参加会议。"]),
    (13017, "我校举行2024届研究生毕业典礼暨学位授予仪式", "2024-06-22 20:15:37", "2024-06-22", "研究生院", ["毕业典礼"],
     ["6月22日上午，我校2024届研究生毕业典礼暨学位授予仪式在体育馆隆重举行。"]),
    (12990, "我校学生艺术团在省大学生艺术展演中获奖", "2024-06-14 11:26:50", "2024-06-12", "团委", ["校园文化"],
     ["在第八届全省大学生艺术展演活动中，我校学生艺术团合唱作品获得一等奖。"]),
    (12963, "图书馆“书香校园”读书月活动闭幕", "2024-05-31 15:08:19", "2024-05-30", "图书馆", ["校园文化"],
     ["5月30日，图书馆“书香校园”读书月活动闭幕式在图书馆报告厅举行。"]),
]
SPEECH_NODES = [
    dict(nid=13081, speech=SPEECHES["DRUPAL2"], created="2024-08-28 10:21:09", author="人事处",
         source="人事处", tags=["师资队伍", "领导讲话"],
         title=None),
    dict(nid=13009, speech=SPEECHES["DRUPAL1"], created="2024-06-21 14:47:52", author="党委宣传部",
         source="党委宣传部", tags=["毕业典礼", "领导讲话"],
         title=None),
]
TERMS = {"教学工作": 12, "学科竞赛": 15, "学校要闻": 3, "毕业典礼": 21, "校园文化": 8, "师资队伍": 17, "领导讲话": 5}
NODES = sorted(
    [dict(nid=n, title=t, created=c, date=d, author=a, source=a, tags=tg, paras=p) for n, t, c, d, a, tg, p in NEWS]
    + [dict(nid=s["nid"], title=s["speech"].title, created=s["created"], date=s["speech"].date, author=s["author"],
            source=s["source"], tags=s["tags"], paras=s["speech"].paras, speech=s["speech"]) for s in SPEECH_NODES],
    key=lambda r: r["created"], reverse=True,
)
WEEK = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
MONTHS = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]


def title_attr(created):
    from datetime import datetime
    d = datetime.fromisoformat(created)
    return f"{WEEK[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} - {d.strftime('%H:%M')}"


def head(title, canonical, node=None, current_path="news"):
    settings = {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": current_path,
                         "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "zh-hans"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxTrustedUrl": {"/search/node": True},
                "user": {"uid": 0, "permissionsHash": "8c1d2f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d"}}
    if node:
        settings["statistics"] = {"data": {"nid": str(node)}, "url": "/core/modules/statistics/statistics.php"}
    links = f'<link rel="canonical" href="http://{HOST}{canonical}" />\n'
    if node:
        links += f'<link rel="shortlink" href="http://{HOST}/node/{node}" />\n'
    return f"""<!DOCTYPE html>
<html lang="zh-hans" dir="ltr" style="--color--primary-hue:210;--color--primary-saturation:61%;--color--primary-lightness:33">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/jcu_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
{links}
    <title>{html.escape(title)} | {SITE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wn2o8pWb0cS3gx2vGqHTh0Yg4m3pU5fnZJQh1Qx0oAk.css?s2a1kq" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_7XkH1u1QF2vYtP0yN0bC2aN4yVbJq2yHBGm1wfXg0aE.css?s2a1kq" />

    
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-Regular.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-SemiBold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-Bold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/core/themes/olivero/fonts/lora/lora-v14-latin-regular.woff2" as="font" type="font/woff2" crossorigin>
    <noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?s2a1kq" />
</noscript>
  </head>
  <body class="path-{"node page-node-type-news" if node else "news"}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      跳转到主要内容
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="固定页头" aria-checked="false">
              <span class="sticky-header-toggle__icon">
                <span></span>
                <span></span>
                <span></span>
              </span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">

              


<div id="block-jcu-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
  
    
    <div class="site-branding__inner">
              <a href="/" rel="home" class="site-branding__logo">
        <img src="/sites/default/files/jcu-logo.png" alt="首页" />
      </a>
                  <div class="site-branding__text">
                  <div class="site-branding__name">
            <a href="/" title="首页" rel="home">{SITE}</a>
          </div>
                          <div class="site-branding__slogan">博学 笃行 明德 至善</div>
              </div>
          </div>
  </div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>


                              <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="主菜单" aria-controls="header-nav" aria-expanded="false">
                    <span class="mobile-nav-button__label">菜单</span>
                    <span class="mobile-nav-button__icon"></span>
                  </button>
                </div>

                <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
                  
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-jcu-olivero-search-form-narrow" role="search">
  
    
      <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">搜索</label>
        <input title="输入您想要搜索的关键词。" placeholder="按关键词搜索" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />

        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="搜索">
    <span class="icon--search"></span>
    <span class="visually-hidden">搜索</span>
</button>

</div>

</form>

    </div>
  </div>
<nav  id="block-jcu-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-jcu-olivero-main-menu-menu" role="navigation">
            
  <h2 class="visually-hidden block__title" id="block-jcu-olivero-main-menu-menu">Main navigation</h2>
  
        
        <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{"".join(f'''            <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
                              <a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-selector="primary-nav-menu-link-has-children">            <span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{n}</span>
          </a>
              </li>
''' for h, n in [("/", "首页"), ("/news", "江大要闻"), ("/taxonomy/term/3", "学校要闻"), ("/taxonomy/term/8", "校园文化"), ("/taxonomy/term/5", "领导讲话")])}          </ul>
  


  </nav>

                </div>
                          </div>
          </div>
        </div>
      </header>
    
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          
          <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>

  </div>

          <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    

<div id="block-jcu-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
      <div class="content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">面包屑</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/" class="breadcrumb__link">首页</a>
                      </li>
@@CRUMB@@              </ol>
    </div>
  </nav>

    </div>
  </div>

  </div>

          <div class="region region--content-above grid-full layout--pass--content-medium">
    

<div id="block-jcu-olivero-page-title" class="block block-core block-page-title-block">
  
  

  <h1 class="title page-title">{'<span class="field field--name-title field--type-string field--label-hidden">' + html.escape(title) + '</span>' if node else html.escape(title)}
</h1>


  
</div>

  </div>

          <div class="region region--content grid-full layout--pass--content-medium" id="content">
    

<div id="block-jcu-olivero-content" class="block block-system block-system-main-block">
  
    
      <div class="block__content">
""", json.dumps(settings, ensure_ascii=False, separators=(",", ":"))


def foot(settings, sidebar=""):
    return f"""    </div>
  </div>

  </div>

          {sidebar}
        </div>
      </div>
    </div>

          <div class="site-footer">
        <div class="site-footer__inner container">
            <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
      <nav  id="block-jcu-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-jcu-olivero-footer-menu" role="navigation">
            
  <h2 class="visually-hidden block__title" id="block-jcu-olivero-footer-menu">Footer</h2>
  
        
              <ul class="menu">
                    <li class="menu__item">
        <a href="http://www.jiangcheng-drupal9.test/" class="menu__link">学校主页</a>
              </li>
                <li class="menu__item">
        <a href="/contact" class="menu__link" data-drupal-link-system-path="contact">投稿联系</a>
              </li>
        </ul>
  


  </nav>
<div id="block-jcu-olivero-copyright" class="block block-block-content block-block-content3c1f0d5a-8b2e-4e5f-9a6b-1c2d3e4f5a6b">
  
    
      <div class="block__content">
      
            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>版权所有 © 江城大学党委宣传部　地址：江城市大学路1号　邮编：430000</p><p><a href="https://beian.miit.gov.cn/">鄂ICP备05002318号-2</a>　鄂公网安备 42010602000321号</p></div>
      
    </div>
  </div>

    </div>
  </div>

            <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    <div id="block-jcu-olivero-powered" class="block block-system block-system-powered-by-block">
  
    
    <span>
    Powered by    <a href="https://www.drupal.org">Drupal</a>
    <span class="drupal-logo" role="img" aria-label="Drupal Logo">
      <svg width="14" height="19" viewBox="0 0 42.15 55.08" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M29.75 11.73C25.87 7.86 22.18 4.16 21.08 0 20 4.16 16.28 7.86 12.4 11.73 6.59 17.54 0 24.12 0 34a21.08 21.08 0 1042.15 0c0-9.87-6.59-16.46-12.4-22.27z" fill="#2ba9e0"/></svg>
    </span>
  </span>
</div>

  </div>

        </div>
      </div>
    
    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_8qkrf7wQ7yY9cvEPjcvV2W3b7TQm1cLrjVYpZcHgAp0.js?scope=footer&amp;delta=0&amp;language=zh-hans&amp;theme=jcu_olivero&amp;include=eJxdi0EKwDAIBD-U4pPKGkUCRkPsof9vL4VSmNPsTBtmNdrCgHJ-vgzD3e0VzBFYp17OhwSZFzDdKLC2XGmfx63IiZKFJzpjl5XA"></script>

  </body>
</html>
"""


def node_link(n):
    return f"/news/{n['nid']}"


def node_page(n, related):
    h, settings = head(n["title"], node_link(n), node=n["nid"], current_path=f"node/{n['nid']}")
    h = h.replace("@@CRUMB@@", """                  <li class="breadcrumb__item">
                          <a href="/news" class="breadcrumb__link">江大要闻</a>
                      </li>
""")
    created = n["created"]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in n["paras"])
    tags = "".join(f'''          <li class="field--tags__item"><a href="/taxonomy/term/{TERMS[t]}" hreflang="zh-hans">{t}</a></li>
''' for t in n["tags"])
    art = f"""        

<article data-history-node-id="{n['nid']}" role="article" about="/news/{n['nid']}" class="node node--type-news node--view-mode-full">
  <header class="">
    
          
          <div class="node__meta">
                  <span>
            由 <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{7 + len(n['author'])}" typeof="schema:Person" property="schema:name" datatype="">{html.escape(n['author'])}</span></span>
 发表于 <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{created.replace(' ', 'T')}+08:00" title="{title_attr(created)}" class="datetime">{created[:4]}年{created[5:7]}月{created[8:10]}日 {created[11:16]}</time>
</span>
          </span>
                  </div>
      </header>
  <div class="node__content">
        
  <div class="field field--name-field-date field--type-datetime field--label-inline clearfix">
    <div class="field__label">日期</div>
              <div class="field__item"><time datetime="{n['date']}T12:00:00Z" class="datetime">{n['date']}</time>
</div>
          </div>

  <div class="field field--name-field-source field--type-string field--label-inline clearfix">
    <div class="field__label">来源</div>
              <div class="field__item">{html.escape(n['source'])}</div>
          </div>

            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
      
  <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags clearfix">
    <h3 class="field__label field--tags__label">标签</h3>
    <ul class="links field__items field--tags__items">
{tags}      </ul>
  </div>

  </div>
  </article>

"""
    rel = "".join(f'''      <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{node_link(r)}" hreflang="zh-hans">{html.escape(r["title"])}</a></span></div></div>
''' for r in related)
    side = f"""<div class="region region--content-below grid-full layout--pass--content-medium">
    <div class="views-element-container block block-views block-views-blocknews-related-block-1" id="block-jcu-olivero-views-block-news-related-block-1">
  
      <h2 class="block__title">相关新闻</h2>
    
      <div class="block__content">
      <div><div class="view view-news-related view-id-news_related view-display-id-block_1 js-view-dom-id-4f0d2c9b8a7e6d5c4b3a29181706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e">
  
    
      
      <div class="view-content">
{rel}    </div>
  
          </div>
</div>

    </div>
  </div>

  </div>
"""
    return h + art + foot(settings, side)


def pager(page, pages):
    items = ""
    if page > 0:
        items += f"""                    <li class="pager__item pager__item--control pager__item--first">
          <a href="?page=0" title="转到第一页" class="pager__link">
            <span class="visually-hidden">第一页</span>
            <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" class="pager__icon"><path d="M8 1L1 8l7 7M15 1L8 8l7 7" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          </a>
        </li>
                          <li class="pager__item pager__item--control pager__item--previous">
          <a href="?page={page - 1}" class="pager__link" title="转到上一页" rel="prev">
            <span class="visually-hidden">上一页</span>
            <svg xmlns="http://www.w3.org/2000/svg" width="9" height="14" viewBox="0 0 9 14" class="pager__icon"><path d="M8 1L2 7l6 6" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          </a>
        </li>
"""
    for p in range(pages):
        if p == page:
            items += f"""                                      <li class="pager__item pager__item--active">
                                          <span class="pager__link is-active" title="当前页" aria-current="page">
            <span class="visually-hidden">
              当前页
            </span>{p + 1}</span>
                  </li>
"""
        else:
            items += f"""                                      <li class="pager__item">
                                          <a href="?page={p}" title="转到第 {p + 1} 页" class="pager__link">
            <span class="visually-hidden">
              第
            </span>{p + 1}</a>
                  </li>
"""
    if page + 1 < pages:
        items += f"""                          <li class="pager__item pager__item--control pager__item--next">
          <a href="?page={page + 1}" class="pager__link" title="转到下一页" rel="next">
            <span class="visually-hidden">下一页</span>
            <svg xmlns="http://www.w3.org/2000/svg" width="9" height="14" viewBox="0 0 9 14" class="pager__icon"><path d="M1 1l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          </a>
        </li>
                          <li class="pager__item pager__item--control pager__item--last">
          <a href="?page={pages - 1}" title="转到最后一页" class="pager__link">
            <span class="visually-hidden">最后一页</span>
            <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" class="pager__icon"><path d="M1 1l7 7-7 7M8 1l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          </a>
        </li>
"""
    return f"""  <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">分页</h4>
    <ul class="pager__items js-pager__items">
{items}    </ul>
  </nav>
"""


def listing(page, pages, nodes):
    h, settings = head("江大要闻", "/news" if page == 0 else f"/news?page={page}")
    h = h.replace("@@CRUMB@@", "")
    rows = ""
    for n in nodes:
        summary = n["paras"][0] if "speech" not in n else n["paras"][1]
        summary = summary[:60] + ("…" if len(summary) > 60 else "")
        rows += f"""    <div class="views-row"><div class="views-field views-field-title"><h3 class="field-content"><a href="{node_link(n)}" hreflang="zh-hans">{html.escape(n["title"])}</a></h3></div><div class="views-field views-field-field-date"><div class="field-content"><time datetime="{n['date']}T12:00:00Z" class="datetime">{n['date']}</time>
</div></div><div class="views-field views-field-body"><div class="field-content">{html.escape(summary)}</div></div></div>
"""
    body = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-9b2c7e1f0a3d4c5b6a7980f1e2d3c4b5a69788f0e1d2c3b4a5968778695a4b3c">
  
    
      
      <div class="view-content">
{rows}    </div>
  
      
{pager(page, pages)}
          </div>
</div>

"""
    return h + body + foot(settings)


class DrupalFamily(Family):
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


def build() -> Family:
    fam = DrupalFamily(HOST, "Drupal 9.5 university news site, Olivero-based theme, Views 0-based pager",
                       content_type="text/html; charset=UTF-8", extensionless_html=True)
    pages = [NODES[i:i + PER_PAGE] for i in range(0, len(NODES), PER_PAGE)]
    first = listing(0, len(pages), pages[0])
    fam.put("/", first.replace('<link rel="canonical" href="http://' + HOST + '/news" />', '<link rel="canonical" href="http://' + HOST + '/" />'))
    fam.put("/news/index.html", first)
    fam.not_documents += ["/", "/news"]
    for p in range(1, len(pages)):
        fam.route(f"/news?page={p}", f"/news/page-{p}.html", listing(p, len(pages), pages[p]))
        fam.not_documents.append(f"/news?page={p}")
    for n in NODES:
        related = [r for r in NODES if r is not n and set(r["tags"]) & set(n["tags"])][:4]
        fam.put(node_link(n), node_page(n, related))
        if "speech" in n:
            fam.doc([node_link(n)], n["speech"], title=n["title"], published_at=n["speech"].date)
        else:
            fam.not_documents.append(node_link(n))
    fam.put("/robots.txt", "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\nUser-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n# Directories\nDisallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.txt\nDisallow: /web.config\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\nDisallow: /user/logout\n", "ascii")
    fam.noise += ["跳转到主要内容", "发表于", "日期", "来源", "标签", "相关新闻", "Powered by", "鄂ICP备05002318号-2",
                  "博学 笃行 明德 至善", "投稿联系"]
    fam.note = (
        "Drupal 9 Olivero: `/news` (a View page; also the front page) is a folder answered by its index.html "
        "(`folder_pages`) beside the extensionless nodes `/news/NNNNN`; the View's pager is 0-based, `?page=1` is "
        "the second page (query route). published_at is `field_date` (the day the speech was given), not the 发表于 line."
    )
    return fam
