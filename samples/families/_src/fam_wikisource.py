"""A 维基文库 (zh.wikisource.org)-like MediaWiki 1.42 with the legacy Vector skin, as zh.wikisource
prints a page to a logged-out reader: short URLs `/wiki/标题` (percent-encoded in every href, files
stored under decoded names), the zh variant dropdown (不转换 / 简体 / 繁體 / 大陆简体 / 香港繁體 /
澳門繁體 / 大马简体 / 新加坡简体 / 臺灣正體, links `/zh-hans/标题` … not served), the `{{header}}`
template box (`table#headertemplate`: ←上一部分 / title, 作者, date / 下一部分→, 姊妹计划 links,
`header_notes`), the text, the PD license box after it (`licenseContainer licenseBanner`:
本作品在全世界都属于公有领域…), catlinks, printfooter, 下载 portlet (EPUB/MOBI/PDF), 在其他项目中
and the footer. One 1919 speech is split over the subpages `/上` and `/下` of its root page (which
only lists the parts; the subpages carry `div.subpages` `< 标题` and the header's 上一部分/下一部分
links); the root title is a folder answered by its index.html (`folder_pages`)."""

import json
from urllib.parse import quote, unquote, urlsplit

from common import FAMILIES, SPEECHES, Family, split_paras

HOST = "zh.wikisource-like.test"
SITE = "维基文库"
W1, W2 = SPEECHES["g37a-w1"], SPEECHES["g37a-w2"]
A1, A2 = "周季平", "汪淑贞"


class WikisourceFamily(Family):
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        key = unquote(parts.path).lstrip("/")
        if not key or key.endswith("/"):
            return key + "index.html"
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def href(title: str) -> str:
    return "/wiki/" + quote(title.replace(" ", "_"), safe=":/")


def idx(title: str, extra: str) -> str:
    return f"/w/index.php?title={quote(title.replace(' ', '_'), safe=':/')}&amp;{extra}"


def link(title: str, text: str | None = None) -> str:
    return f'<a href="{href(title)}" title="{title}">{text or title}</a>'


VARIANTS = [
    ("zh", "不转换", "ca-varlang-0"), ("zh-hans", "简体", "ca-varlang-1"), ("zh-hant", "繁體", "ca-varlang-2"),
    ("zh-cn", "大陆简体", "ca-varlang-3"), ("zh-hk", "香港繁體", "ca-varlang-4"), ("zh-mo", "澳門繁體", "ca-varlang-5"),
    ("zh-my", "大马简体", "ca-varlang-6"), ("zh-sg", "新加坡简体", "ca-varlang-7"), ("zh-tw", "臺灣正體", "ca-varlang-8"),
]


def header_box(title: str, section: str, author: str | None, date_cn: str, back: str, fore: str,
               notes: str, wp: str | None) -> str:
    sister = ""
    if wp:
        sister = (f'<div class="header_sister"><span style="white-space:nowrap">姊妹计划：</span> '
                  f'<span class="sisterproject"><span class="sisterproject_image"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-logo-v2.svg/13px-Wikipedia-logo-v2.svg.png" width="13" height="12" /></span> '
                  f'<span class="sisterproject_text"><a href="https://zh.wikipedia.org/wiki/{quote(wp)}" class="extiw" title="w:{wp}">百科条目</a></span></span> '
                  f'<span class="sisterproject"><span class="sisterproject_image"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/f/ff/Wikidata-logo.svg/13px-Wikidata-logo.svg.png" width="13" height="7" /></span> '
                  f'<span class="sisterproject_text"><a href="https://www.wikidata.org/wiki/Q45821736" class="extiw" title="d:">数据项</a></span></span></div>')
    auth = (f'<br/>作者：<a href="{href("Author:" + author)}" title="Author:{author}">{author}</a>' if author else "")
    sec = f'<br/><span id="header_section_text">{section}</span>' if section else ""
    return f"""<div class="ws-noexport noprint" id="headerContainer"><table id="headertemplate" class="headertemplate ws-noexport" style="width:100%;margin-bottom:0.5em;background-color:#eee;border:1px solid #aaa"><tbody><tr>
<td class="header_backlink searchaux" style="width:25%;text-align:left;vertical-align:top">{back}</td>
<td class="header_title" style="width:50%;text-align:center;vertical-align:top"><span id="header_title_text" style="font-weight:bold">{title}</span>{auth}{sec}<br/><span class="header_date">{date_cn}</span></td>
<td class="header_forelink searchaux" style="width:25%;text-align:right;vertical-align:top">{fore}</td>
</tr></tbody></table>
<table class="header_notes" style="width:100%;margin-bottom:0.5em;background-color:#f9f9f9;border:1px solid #aaa;font-size:90%"><tbody><tr><td style="text-align:left;vertical-align:top">{notes}</td><td style="text-align:right;vertical-align:top;width:14em">{sister}</td></tr></tbody></table></div>
"""


def license_box(kind: str, died: int) -> str:
    if kind == "old":
        text = ("本作品在全世界都属于<b>公有领域</b>，因为作者逝世已经超过100年，并且于1929年1月1日之前出版。<br/>"
                "<span style=\"font-size:smaller\">Public domain　Public domain false false</span>")
    else:
        text = (f"本作品在全世界都属于<b>公有领域</b>，因为作者逝世已经超过70年（作者卒于{died}年），并且于1929年1月1日之前出版。<br/>"
                "<span style=\"font-size:smaller\">作者逝世后70年进入公有领域的国家和地区，以及美国，本作品均属于公有领域。</span>")
    return f"""<div class="licenseContainer licenseBanner ws-noexport" style="margin:1em auto;clear:both"><table class="licenseBanner" style="width:100%;border:1px solid #aaa;background:#f9f9f9;font-size:90%"><tbody><tr>
<td style="width:64px;text-align:center"><span typeof="mw:File"><a href="/wiki/File:PD-icon.svg" class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/6/62/PD-icon.svg/48px-PD-icon.svg.png" decoding="async" width="48" height="48" class="mw-file-element" /></a></span></td>
<td style="text-align:left">{text}</td></tr></tbody></table></div>
"""


def page(title: str, content: str, *, article_id: int, oldid: int, cats: list[str], lastmod: str,
         ns: int = 0, parent: str | None = None) -> str:
    esc = quote(title.replace(" ", "_"), safe=":/")
    nsname = {0: "", 14: "Category", 102: "Author", 4: "Wikisource"}[ns]
    catitems = "".join(f'<li>{link("Category:" + c, c)}</li>' for c in cats)
    catlinks = (f'<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">'
                f'<a href="{href("Special:页面分类")}" title="Special:页面分类">分类</a>：<ul>{catitems}</ul></div>'
                f'<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">隐藏分类：<ul><li>{link("Category:PD-old", "PD-old")}</li></ul></div></div>'
                if cats else '<div id="catlinks" class="catlinks catlinks-allhidden" data-mw="interface"></div>')
    sub = (f'<div class="subpages">&lt; <bdi dir="ltr">{link(parent)}</bdi></div>' if parent else "")
    variants = "".join(
        f'<li id="{vid}" class="{"selected " if code == "zh-cn" else ""}mw-list-item"><a href="/{code}/{esc}" lang="{code}" hreflang="{code}"><span>{name}</span></a></li>'
        for code, name, vid in VARIANTS)
    nstab = {0: ("main", "页面"), 14: ("category", "分类"), 102: ("author", "作者"), 4: ("project", "项目页面")}[ns]
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled" lang="zh-Hans-CN" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{title} - 维基文库，自由的图书馆</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled";var cookie=document.cookie.match(/(?:^|; )zhwikisourcemwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"zh","wgMonthNames":["","1月","2月","3月","4月","5月","6月","7月","8月","9月","10月","11月","12月"],"wgRequestId":"8a3c1f4e-7b2d-4c1a-9e0f-{article_id:012d}","wgCanonicalNamespace":"{nsname}","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":{ns},"wgPageName":"{title.replace(" ", "_")}","wgTitle":"{title.split(":", 1)[-1] if ns else title}","wgCurRevisionId":{oldid},"wgRevisionId":{oldid},"wgArticleId":{article_id},"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[{",".join('"' + c + '"' for c in cats + (["PD-old"] if cats else []))}],"wgPageViewLanguage":"zh-cn","wgPageContentLanguage":"zh","wgPageContentModel":"wikitext","wgRelevantPageName":"{title.replace(" ", "_")}","wgRelevantArticleId":{article_id},"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgUserVariant":"zh-cn","wgNoticeProject":"wikisource","wgWikibaseItemId":"Q{article_id + 1043000}","wgULSCurrentAutonym":"中文（中国大陆）","wgEditSubmitButtonLabelPublish":true,"wgMFDisplayWikibaseDescriptions":{{"search":true,"watchlist":true,"tagline":false,"nearby":true}},"wsVariant":"zh-cn"}};
RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.proofreadpage.base":"ready","skins.vector.styles.legacy":"ready","ext.wikimediaBadges":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"}};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.legacy.js","ext.gadget.Easy_LST","ext.gadget.DisplayOptions","ext.gadget.PageNumbers","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.uls.interface","ext.wikimediaEvents","wikibase.client.vector-2022","ext.proofreadpage.article"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang=zh-cn&amp;modules=ext.proofreadpage.base%7Cext.uls.interlanguage%7Cext.wikimediaBadges%7Cskins.vector.styles.legacy%7Cwikibase.client.init&amp;only=styles&amp;skin=vector">
<script async="" src="/w/load.php?lang=zh-cn&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=zh-cn&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.42.0-wmf.26">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1000">
<meta property="og:title" content="{title} - 维基文库，自由的图书馆">
<meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org">
<link rel="alternate" type="application/x-wiki" title="编辑" href="{idx(title, "action=edit")}">
<link rel="apple-touch-icon" href="/static/apple-touch/wikisource.png">
<link rel="icon" href="/static/favicon/wikisource.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="维基文库 (zh)">
<link rel="EditURI" type="application/rsd+xml" href="//{HOST}/w/api.php?action=rsd">
<link rel="canonical" href="http://{HOST}{href(title)}">
<link rel="alternate" hreflang="zh" href="http://{HOST}/zh/{esc}">
<link rel="alternate" hreflang="zh-Hans" href="http://{HOST}/zh-hans/{esc}">
<link rel="alternate" hreflang="zh-Hant" href="http://{HOST}/zh-hant/{esc}">
<link rel="alternate" hreflang="zh-Hans-CN" href="http://{HOST}/zh-cn/{esc}">
<link rel="alternate" hreflang="zh-Hant-TW" href="http://{HOST}/zh-tw/{esc}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.zh">
<link rel="alternate" type="application/atom+xml" title="维基文库的Atom feed" href="/w/index.php?title=Special:%E6%9C%80%E8%BF%91%E6%9B%B4%E6%94%B9&amp;feed=atom">
<link rel="dns-prefetch" href="//meta.wikimedia.org" />
<link rel="dns-prefetch" href="//login.wikimedia.org">
</head>
<body class="skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-{ns} ns-{"subject" if ns in (0, 102, 4) else "subject"} mw-editable page-{title.replace(" ", "_")} rootpage-{(parent or title).replace(" ", "_")} skin-vector action-view"><div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
	<a id="top"></a>
	<div id="siteNotice"><!-- CentralNotice --></div>
	<div class="mw-indicators">
	<div id="mw-indicator-pp-default" class="mw-indicator"></div>
	</div>
	<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1>
	<div id="bodyContent" class="vector-body">
		<div id="siteSub" class="noprint">维基文库，自由的图书馆</div>
		<div id="contentSub"><div id="mw-content-subtitle">{sub}</div></div>
		<div id="contentSub2"></div>
		<div id="jump-to-nav"></div>
		<a class="mw-jump-link" href="#mw-head">跳到导航</a>
		<a class="mw-jump-link" href="#searchInput">跳到搜索</a>
		<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="zh" dir="ltr">{content}
<!-- 
NewPP limit report
Parsed by mw‐api‐ext.eqiad.main‐6d7c9b8f5‐x2kqp
Cached time: 20240312083015
Cache expiry: 1814400
Reduced expiry: false
Complications: []
CPU time usage: 0.061 seconds
Real time usage: 0.083 seconds
Preprocessor visited node count: 642/1000000
Post‐expand include size: 5123/2097152 bytes
Template argument size: 1208/2097152 bytes
Highest expansion depth: 11/100
Expensive parser function count: 1/500
Unstrip recursion depth: 0/20
Unstrip post‐expand size: 0/5000000 bytes
Lua time usage: 0.021/10.000 seconds
Lua memory usage: 1206542/52428800 bytes
Number of Wikibase entities loaded: 0/400
-->
<!--
Transclusion expanded since last check (saved in parser cache with key zhwikisource:pcache:idhash:{article_id}-0!canonical!zh-cn and timestamp 20240312083015 and revision id {oldid}).
 -->
</div>
<noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">取自“<a dir="ltr" href="http://{HOST}/w/index.php?title={esc}&amp;oldid={oldid}">http://{HOST}/w/index.php?title={esc}&amp;oldid={oldid}</a>”</div></div>
		{catlinks}
	</div>
</div>

<div id="mw-navigation">
	<h2>导航菜单</h2>
	<div id="mw-head">
<nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy vector-menu" aria-labelledby="p-personal-label" role="navigation">
	<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">个人工具</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-uls" class="mw-list-item active"><a class="uls-trigger" href="#"><span>中文（中国大陆）</span></a></li><li id="pt-anonuserpage" class="mw-list-item"><span title="您编辑时所用IP地址的用户页">未登录</span></li><li id="pt-anontalk" class="mw-list-item"><a href="{href("Special:我的讨论页")}" title="有关您当前所用IP地址的编辑的讨论[n]" accesskey="n"><span>讨论</span></a></li><li id="pt-anoncontribs" class="mw-list-item"><a href="{href("Special:我的贡献")}" title="来自此IP地址的编辑列表[y]" accesskey="y"><span>贡献</span></a></li><li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:%E5%88%9B%E5%BB%BA%E8%B4%A6%E6%88%B7&amp;returnto={esc}" title="我们推荐您创建账号并登录，但这不是强制性的"><span>创建账号</span></a></li><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:%E7%94%A8%E6%88%B7%E7%99%BB%E5%BD%95&amp;returnto={esc}" title="我们推荐您登录，但这不是强制性的[o]" accesskey="o"><span>登录</span></a></li></ul></div>
</nav>
		<div id="left-navigation">
<nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu" aria-labelledby="p-namespaces-label" role="navigation">
	<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">命名空间</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-{nstab[0]}" class="selected mw-list-item"><a href="{href(title)}" title="查看内容页面[c]" accesskey="c"><span>{nstab[1]}</span></a></li><li id="ca-talk" class="new mw-list-item"><a href="/w/index.php?title=Talk:{esc}&amp;action=edit&amp;redlink=1" rel="discussion" class="new" title="关于内容页面的讨论（页面不存在）[t]" accesskey="t"><span>讨论</span></a></li></ul></div>
</nav>
<nav id="p-variants" class="mw-portlet mw-portlet-variants vector-menu-dropdown vector-menu" aria-labelledby="p-variants-label" role="navigation">
	<input type="checkbox" id="p-variants-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-variants" class="vector-menu-checkbox" aria-labelledby="p-variants-label">
	<label id="p-variants-label" aria-label="更改语言变体" class="vector-menu-heading"><span class="vector-menu-heading-label">大陆简体</span></label>
	<div class="vector-menu-content"><ul class="vector-menu-content-list">{variants}</ul></div>
</nav>
		</div>
		<div id="right-navigation">
<nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu" aria-labelledby="p-views-label" role="navigation">
	<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">查看</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="{href(title)}"><span>阅读</span></a></li><li id="ca-edit" class="mw-list-item"><a href="{idx(title, "action=edit")}" title="编辑该页面[e]" accesskey="e"><span>编辑</span></a></li><li id="ca-history" class="mw-list-item"><a href="{idx(title, "action=history")}" title="该页面过去的修订版本[h]" accesskey="h"><span>查看历史</span></a></li></ul></div>
</nav>
<nav id="p-cactions" class="mw-portlet mw-portlet-cactions emptyPortlet vector-menu-dropdown vector-menu" aria-labelledby="p-cactions-label" role="navigation" title="更多选项">
	<input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-cactions" class="vector-menu-checkbox" aria-labelledby="p-cactions-label">
	<label id="p-cactions-label" class="vector-menu-heading"><span class="vector-menu-heading-label">更多</span></label>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div>
</nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<h3>搜索</h3>
	<form action="/w/index.php" id="searchform" class="vector-search-box-form">
		<div id="simpleSearch" class="vector-search-box-inner" data-search-loc="header-navigation">
			<input class="vector-search-box-input" type="search" name="search" placeholder="搜索维基文库" aria-label="搜索维基文库" autocapitalize="sentences" title="搜索维基文库[f]" accesskey="f" id="searchInput">
			<input type="hidden" name="title" value="Special:搜索">
			<input id="mw-searchButton" class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="搜索含这些文字的页面" value="搜索">
			<input id="searchButton" class="searchButton" type="submit" name="go" title="若相同标题存在，则直接前往该页面" value="前往">
		</div>
	</form>
</div>
		</div>
	</div>
<div id="mw-panel" class="vector-legacy-sidebar">
	<div id="p-logo" role="banner">
		<a class="mw-wiki-logo" href="{href("Wikisource:首页")}" title="访问首页"></a>
	</div>
<nav id="p-navigation" class="mw-portlet mw-portlet-navigation vector-menu-portal portal vector-menu" aria-labelledby="p-navigation-label" role="navigation">
	<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">导航</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="n-mainpage" class="mw-list-item"><a href="{href("Wikisource:首页")}" title="访问首页[z]" accesskey="z"><span>首页</span></a></li><li id="n-portal" class="mw-list-item"><a href="{href("Wikisource:社区主页")}" title="关于本计划、您可以做什么、以及到哪里寻找什么"><span>社区主页</span></a></li><li id="n-currentevents" class="mw-list-item"><a href="{href("Wikisource:写字间")}"><span>写字间</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="{href("Special:最近更改")}" title="本wiki最近更改的列表[r]" accesskey="r"><span>最近更改</span></a></li><li id="n-randompage" class="mw-list-item"><a href="{href("Special:随机页面")}" title="随机载入一个页面[x]" accesskey="x"><span>随机页面</span></a></li><li id="n-help" class="mw-list-item"><a href="{href("Help:目录")}" title="寻求帮助"><span>帮助</span></a></li><li id="n-sitesupport" class="mw-list-item"><a href="//donate.wikimedia.org/wiki/Special:FundraiserRedirector?utm_source=donate&amp;utm_medium=sidebar&amp;utm_campaign=C13_zh.wikisource.org&amp;uselang=zh-hans" title="支持我们"><span>资助</span></a></li></ul></div>
</nav>
<nav id="p-tb" class="mw-portlet mw-portlet-tb vector-menu-portal portal vector-menu" aria-labelledby="p-tb-label" role="navigation">
	<h3 id="p-tb-label" class="vector-menu-heading"><span class="vector-menu-heading-label">工具</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="t-whatlinkshere" class="mw-list-item"><a href="{href("Special:链入页面/" + title)}" title="列出所有与本页相链的页面[j]" accesskey="j"><span>链入页面</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="{href("Special:链出更改/" + title)}" rel="nofollow" title="页面链出所有页面的更改[k]" accesskey="k"><span>相关更改</span></a></li><li id="t-specialpages" class="mw-list-item"><a href="{href("Special:特殊页面")}" title="所有特殊页面的列表[q]" accesskey="q"><span>特殊页面</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={esc}&amp;oldid={oldid}" title="此页面该修订版本的固定链接"><span>固定链接</span></a></li><li id="t-info" class="mw-list-item"><a href="{idx(title, "action=info")}" title="关于此页面的更多信息"><span>页面信息</span></a></li><li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:%E5%BC%95%E7%94%A8%E6%AD%A4%E9%A1%B5%E9%9D%A2&amp;page={esc}&amp;id={oldid}&amp;wpFormIdentifier=titleform" title="有关如何引用此页面的信息"><span>引用此页</span></a></li><li id="t-wikibase" class="mw-list-item"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q{article_id + 1043000}" title="链接到连接的数据库项目[g]" accesskey="g"><span>维基数据项目</span></a></li></ul></div>
</nav>
<nav id="p-coll-print_export" class="mw-portlet mw-portlet-coll-print_export vector-menu-portal portal vector-menu" aria-labelledby="p-coll-print_export-label" role="navigation">
	<h3 id="p-coll-print_export-label" class="vector-menu-heading"><span class="vector-menu-heading-label">打印/导出</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="coll-create_a_book" class="mw-list-item"><a href="{href("Special:电子书")}?bookcmd=book_creator&amp;referer={esc}"><span>创建图书</span></a></li><li id="electronpdfservice-sidebar-portlet-item" class="mw-list-item"><a href="/w/index.php?title=Special:DownloadAsPdf&amp;page={esc}&amp;action=show-download-screen"><span>下载为PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="javascript:print();" rel="alternate" title="本页面的可打印版本[p]" accesskey="p"><span>打印页面</span></a></li></ul></div>
</nav>
<nav id="p-wikisource-export" class="mw-portlet mw-portlet-wikisource-export vector-menu-portal portal vector-menu" aria-labelledby="p-wikisource-export-label" role="navigation">
	<h3 id="p-wikisource-export-label" class="vector-menu-heading"><span class="vector-menu-heading-label">下载</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="wikisource-export-epub" class="mw-list-item"><a href="https://ws-export.wmcloud.org/?format=epub&amp;lang=zh&amp;page={esc}" rel="nofollow"><span>下载EPUB</span></a></li><li id="wikisource-export-mobi" class="mw-list-item"><a href="https://ws-export.wmcloud.org/?format=mobi&amp;lang=zh&amp;page={esc}" rel="nofollow"><span>下载MOBI</span></a></li><li id="wikisource-export-pdf" class="mw-list-item"><a href="https://ws-export.wmcloud.org/?format=pdf&amp;lang=zh&amp;page={esc}" rel="nofollow"><span>下载PDF</span></a></li><li id="wikisource-export-other" class="mw-list-item"><a href="{href("Special:ExportBook")}?page={esc}"><span>其他格式</span></a></li></ul></div>
</nav>
<nav id="p-wikibase-otherprojects" class="mw-portlet mw-portlet-wikibase-otherprojects vector-menu-portal portal vector-menu" aria-labelledby="p-wikibase-otherprojects-label" role="navigation">
	<h3 id="p-wikibase-otherprojects-label" class="vector-menu-heading"><span class="vector-menu-heading-label">在其他项目中</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li class="wb-otherproject-link wb-otherproject-commons mw-list-item"><a href="https://commons.wikimedia.org/wiki/Category:Wikisource" hreflang="en"><span>维基共享资源</span></a></li></ul></div>
</nav>
</div>
</div>
<footer id="footer" class="mw-footer" role="contentinfo">
	<ul id="footer-info">
	<li id="footer-info-lastmod"> 本页面最后修订于{lastmod}。</li>
	<li id="footer-info-copyright">本站的文字在<a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.zh">知识共享 署名-相同方式共享 4.0协议</a>之条款下提供，附加条款亦可能应用。（请参阅<a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use/zh">使用条款</a>）<br>Wikipedia®和维基百科标志是<a rel="nofollow" class="external text" href="https://wikimediafoundation.org/zh">维基媒体基金会</a>的注册商标；维基™是维基媒体基金会的商标。<br>维基媒体基金会是按美国国內稅收法501(c)(3)登记的<a class="external text" href="https://donate.wikimedia.org/wiki/Special:MyLanguage/Tax_deductibility">非营利慈善机构</a>。<br></li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy/zh">隐私政策</a></li>
	<li id="footer-places-about"><a href="{href("Wikisource:关于")}">关于维基文库</a></li>
	<li id="footer-places-disclaimers"><a href="{href("Wikisource:免责声明")}">免责声明</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">行为准则</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org">开发者</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/zh.wikisource.org">统计</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie声明</a></li>
	<li id="footer-places-mobileview"><a href="//zh.m.wikisource.org/w/index.php?title={esc}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">手机版视图</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://wikimediafoundation.org/zh"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
</ul>
</footer>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.eqiad.main-5b7c8d9f6-q4zlm","wgBackendResponseTime":173,"wgPageParseReport":{{"limitreport":{{"cputime":"0.061","walltime":"0.083","ppvisitednodes":{{"value":642,"limit":1000000}},"expensivefunctioncount":{{"value":1,"limit":500}}}},"cachereport":{{"origin":"mw-api-ext.eqiad.main-6d7c9b8f5-x2kqp","timestamp":"20240312083015","ttl":1814400,"transientcontent":false}}}}}});}});</script>
</body>
</html>
"""


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{x}\n</p>" for x in ps)


PARTS = split_paras(W1.paras, 2)
NAMES = ["上", "下"]


def w1_root() -> str:
    t = W1.title
    notes = ("本篇系1919年9月10日作者在县立第一中学校秋季开学式上之演说，原载《县立第一中学校校友会杂志》第三期（1919年12月）。"
             "篇幅较长，分为上、下两部分。")
    content = (header_box(t, "", A1, "1919年9月10日", "", "", notes, None)
               + '<div class="wst-center" style="text-align:center"><b>目录</b></div>\n'
               + "<ul>" + "".join(f'<li><a href="{href(t + "/" + n)}" title="{t}/{n}">{n}</a></li>' for n in NAMES) + "</ul>\n"
               + license_box("old", 1922))
    return page(t, content, article_id=1201877, oldid=2318840, cats=["演说", "1919年作品", "中华民国教育"],
                lastmod="2024年3月12日 (星期二) 16:30")


def w1_part(i: int) -> str:
    t = W1.title
    back = (f'←<a href="{href(t + "/" + NAMES[i - 1])}" title="{t}/{NAMES[i - 1]}">{NAMES[i - 1]}</a>' if i else "")
    fore = (f'<a href="{href(t + "/" + NAMES[i + 1])}" title="{t}/{NAMES[i + 1]}">{NAMES[i + 1]}</a>→' if i + 1 < len(NAMES) else "")
    notes = "原载《县立第一中学校校友会杂志》第三期（1919年12月），据该刊影印本录入，标点依原刊。" if i == 0 else "本部分接上。"
    content = (header_box(t, NAMES[i], A1, "1919年9月10日", back, fore, notes, None)
               + paras(PARTS[i])
               + license_box("old", 1922))
    return page(f"{t}/{NAMES[i]}", content, article_id=1201878 + i, oldid=2318841 + i,
                cats=["演说", "1919年作品"], lastmod=f"2024年3月12日 (星期二) 16:{31 + i}", parent=t)


def w2_page() -> str:
    t = W2.title
    notes = ("本篇为作者在省立第二女子师范学校第五届毕业式上之训辞，原载《教育杂志》第十五卷第八号（1923年8月）。"
             f'参见{link("Author:" + A2, "作者页")}所列其他著作。')
    content = (header_box(t, "", A2, "1923年6月28日", "", "", notes, "汪淑贞")
               + paras(W2.paras)
               + '<p style="text-align:right">（民国十二年六月二十八日）\n</p>'
               + license_box("old70", 1951))
    return page(t, content, article_id=1188052, oldid=2301176, cats=["演说", "1923年作品", "中华民国教育", "女子教育"],
                lastmod="2023年11月4日 (星期六) 09:12")


def author_page(name: str, years: str, bio: str, works: list[tuple[str, str]]) -> str:
    content = (f'<table id="headertemplate" class="headertemplate ws-noexport" style="width:100%;background-color:#eee;border:1px solid #aaa"><tbody><tr>'
               f'<td class="header_title" style="text-align:center"><b>{name}</b>（{years}）</td></tr>'
               f'<tr><td class="header_notes" style="font-size:90%">{bio}</td></tr></tbody></table>\n'
               '<h2><span class="mw-headline" id="作品">作品</span></h2>\n<ul>'
               + "".join(f"<li>{link(w)}（{y}）</li>" for w, y in works) + "</ul>\n"
               + license_box("old" if "1922" in years else "old70", int(years[-5:-1])))
    return page("Author:" + name, content, article_id=880000 + len(name), oldid=2200000 + len(bio), ns=102,
                cats=["中华民国作者", "教育家"], lastmod="2024年1月20日 (星期六) 10:05")


def category_page() -> str:
    t = "Category:演说"
    items = [W1.title, W1.title + "/上", W1.title + "/下", W2.title]
    content = ('<div class="mw-category-generated" lang="zh" dir="ltr"><div id="mw-pages">\n'
               f'<h2>分类“演说”中的页面</h2>\n<p>以下{len(items)}个页面属于本分类，共{len(items)}个页面。\n</p>'
               '<div lang="zh" dir="ltr" class="mw-content-ltr"><div class="mw-category mw-category-columns"><div class="mw-category-group"><h3>县</h3>\n<ul>'
               + "".join(f"<li>{link(x)}</li>" for x in items[:3])
               + '</ul></div><div class="mw-category-group"><h3>女</h3>\n<ul>'
               + f"<li>{link(items[3])}</li></ul></div></div></div>\n</div></div>")
    return page(t, '<p>本分类收录各类演说、讲演、训辞、致辞之文本。\n</p>' + content, article_id=405511, oldid=1987123,
                ns=14, cats=[], lastmod="2021年5月2日 (星期日) 13:40")


def main_page() -> str:
    content = ('<div id="mp-welcome" style="text-align:center;font-size:120%"><b>欢迎来到维基文库</b><br/>'
               '自由的图书馆，收录公有领域及自由版权的原始文献。</div>\n'
               '<h2><span class="mw-headline" id="新近加入">新近加入</span></h2>\n<ul>'
               f"<li>{link(W1.title)}（{A1}）</li><li>{link(W2.title)}（{A2}）</li></ul>\n"
               '<h2><span class="mw-headline" id="分类浏览">分类浏览</span></h2>\n<p>'
               f'{link("Category:演说", "演说")}　·　{link("Category:中华民国教育", "中华民国教育")}　·　{link("Category:1919年作品", "1919年作品")}\n</p>')
    return page("Wikisource:首页", content, article_id=12, oldid=2310001, ns=4, cats=[], lastmod="2024年3月1日 (星期五) 00:00")


def build() -> Family:
    fam = WikisourceFamily(HOST, "维基文库 (zh.wikisource) MediaWiki, legacy Vector, header template, PD license box, subpages /上 /下",
                           content_type="text/html; charset=UTF-8", extensionless_html=True,
                           home=href("Wikisource:首页"))
    def put(title: str, text: str) -> None:
        fam.files[f"wiki/{title}"] = text.encode("utf-8")
    put("Wikisource:首页", main_page())
    fam.files["index.html"] = main_page().encode("utf-8")
    put("Category:演说", category_page())
    fam.files[f"wiki/{W1.title}/index.html"] = w1_root().encode("utf-8")
    for i, n in enumerate(NAMES):
        put(f"{W1.title}/{n}", w1_part(i))
    put(W2.title, w2_page())
    put("Author:" + A1, author_page(A1, "1871年—1922年", "清末民初教育家，曾任县立第一中学校校长。", [(W1.title, "1919年")]))
    put("Author:" + A2, author_page(A2, "1884年—1951年", "民国女子教育家，曾任省立第二女子师范学校校长。", [(W2.title, "1923年")]))
    fam.doc([href(W1.title + "/上"), href(W1.title + "/下")], W1)
    fam.doc([href(W2.title)], W2)
    fam.not_documents += ["/", href("Wikisource:首页"), href("Category:演说"), href(W1.title),
                          href("Author:" + A1), href("Author:" + A2)]
    fam.not_documents.append(href(W1.title + "/下"))
    fam.files["robots.txt"] = (
        "# robots.txt for http://www.wikipedia.org/ and friends\n#\n# Please note: There are a lot of pages on this site, and there are\n"
        "# some misbehaved spiders out there that go _way_ too fast. If you're\n# irresponsible, your access to the site may be blocked.\n#\n\n"
        "User-agent: MJ12bot\nDisallow: /\n\nUser-agent: HTTrack\nDisallow: /\n\nUser-agent: *\nAllow: /w/api.php?action=mobileview&\n"
        "Allow: /w/load.php?\nAllow: /api/rest_v1/?doc\nDisallow: /w/\nDisallow: /api/\nDisallow: /trap/\n"
        "Disallow: /wiki/Special:\nDisallow: /wiki/Special%3A\nDisallow: /wiki/%E7%89%B9%E6%AE%8A:\n"
        "Disallow: /zh-hans/\nDisallow: /zh-hant/\nDisallow: /zh-cn/\nDisallow: /zh-tw/\nDisallow: /zh-hk/\n"
        "Disallow: /zh-sg/\nDisallow: /zh-my/\nDisallow: /zh-mo/\n").encode("ascii")
    fam.noise += ["本作品在全世界都属于", "姊妹计划", "大陆简体", "臺灣正體", "下载EPUB", "取自", "本页面最后修订于",
                  "原载《县立第一中学校校友会杂志》", "维基文库，自由的图书馆", "百科条目"]
    fam.note = (
        "维基文库-like: documents are `/wiki/标题/上` + `/wiki/标题/下` (one speech over two subpages, linked by the "
        "header's ←上 / 下→ cells and listed on the root page `/wiki/标题`, a folder answered by its index.html, not a "
        "document) and a single page; the header's date line is the expected date; the license box, header notes and "
        "the `（民国十二年六月二十八日）` date line after the text are not part of the speech. Variant links `/zh-hans/…` are not served."
    )
    return fam
