"""A school-history wiki (校史维基) on MediaWiki 1.39 with the legacy Vector skin, short URLs
`/wiki/页面名` (percent-encoded UTF-8 in every href, files stored under the decoded names): the main
page, a category page, a person page and two pages holding historic speeches' full texts. Each
speech page has the parser's furniture inside `div.mw-parser-output`: an infobox table, the 目录 TOC
(printed before the first heading, i.e. after the lead paragraphs), `h2` headings with
`span.mw-editsection` [编辑] links, `<sup class="reference">` markers (`&#91;1&#93;`) inside
paragraphs, the 参考资料 `ol.references`, a navbox and the NewPP limit report comment; around it the
catlinks box, `printfooter` 取自“…”, the Vector navigation (个人工具 / 命名空间 / 查看历史 /
Special: links) and the footer 此页面最后编辑于…. The 1982 page is a wiki article (lead, 背景, 讲话全文,
影响: only the 讲话全文 section is the speech); the 1978 page is the speech itself, whose own part
headings (一、… 二、… 三、…) are the wiki's `h2`s: they are part of the expected text."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family

HOST = "wiki.jiangbei-zx.test"
SITE = "江北中学校史维基"
OLDID = {"MW1": 1187, "MW2": 1203}


class WikiFamily(Family):
    """MediaWiki writes titles percent-encoded; the files hold the decoded names (as the replica
    decodes a request's path before looking for the file)."""

    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        if parts.query:
            return super().file_for_url(url)
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


def href(title: str) -> str:
    return "/wiki/" + quote(title.replace(" ", "_"), safe=":/")


def edit_href(title: str, extra: str = "action=edit") -> str:
    return f"/index.php?title={quote(title, safe=':/')}&amp;{extra}"


def anchor_id(text: str) -> str:
    """The legacy `.E4.B8.80` anchor MediaWiki prints beside the HTML5 id."""
    return quote(text.replace(" ", "_"), safe="").replace("%", ".")


def heading(level: int, text: str, title: str, section: int) -> str:
    return (
        f'<h{level}><span id="{anchor_id(text)}"></span><span class="mw-headline" id="{text}">{text}</span>'
        f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        f'<a href="{edit_href(title, f"action=edit&amp;section={section}")}" title="编辑章节：{text}">编辑</a>'
        f'<span class="mw-editsection-bracket">]</span></span></h{level}>\n'
    )


def ref(n: int) -> str:
    return f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">&#91;{n}&#93;</a></sup>'


def references(notes: list[str]) -> str:
    items = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><a href="#cite_ref-{n}">↑</a></span> '
        f'<span class="reference-text">{note}</span>\n</li>\n'
        for n, note in enumerate(notes, 1)
    )
    return f'<div class="mw-references-wrap"><ol class="references">\n{items}</ol></div>\n'


def toc(entries: list[str]) -> str:
    items = "".join(
        f'<li class="toclevel-1 tocsection-{n}"><a href="#{e}"><span class="tocnumber">{n}</span> '
        f'<span class="toctext">{e}</span></a></li>\n'
        for n, e in enumerate(entries, 1)
    )
    return (
        '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">'
        '<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" />'
        '<div class="toctitle" lang="zh-Hans-CN" dir="ltr"><h2 id="mw-toc-heading">目录</h2>'
        '<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>\n'
        f"<ul>\n{items}</ul>\n</div>\n\n"
    )


NAVBOX = f"""<div role="navigation" class="navbox" aria-labelledby="江北中学校史文献" style="padding:3px"><table class="nowraplinks collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="{href("Template:江北中学校史文献")}" title="Template:江北中学校史文献"><abbr title="查看该模板">查</abbr></a></li><li class="nv-talk"><a href="/index.php?title=Template_talk:%E6%B1%9F%E5%8C%97%E4%B8%AD%E5%AD%A6%E6%A0%A1%E5%8F%B2%E6%96%87%E7%8C%AE&amp;action=edit&amp;redlink=1" class="new" title="Template talk:江北中学校史文献（页面不存在）"><abbr title="讨论该模板">论</abbr></a></li><li class="nv-edit"><a class="external text" href="{edit_href("Template:江北中学校史文献")}"><abbr title="编辑该模板">编</abbr></a></li></ul></div><div id="江北中学校史文献" style="font-size:114%;margin:0 4em">江北中学校史文献</div></th></tr><tr><th scope="row" class="navbox-group" style="width:1%">校长讲话</th><td class="navbox-list navbox-odd hlist" style="text-align:left;border-left-width:2px;border-left-style:solid;width:100%;padding:0px"><div style="padding:0em 0.25em">
<ul><li><a href="{href(SPEECHES["MW2"].title)}" title="{SPEECHES["MW2"].title}">1978年秋季开学典礼</a></li>
<li><a href="{href(SPEECHES["MW1"].title)}" title="{SPEECHES["MW1"].title}">建校三十周年纪念大会</a></li>
<li><a href="/index.php?title=%E5%9C%A8%E5%BB%BA%E6%A0%A1%E5%9B%9B%E5%8D%81%E5%91%A8%E5%B9%B4%E5%BA%86%E7%A5%9D%E5%A4%A7%E4%BC%9A%E4%B8%8A%E7%9A%84%E8%AE%B2%E8%AF%9D&amp;action=edit&amp;redlink=1" class="new" title="在建校四十周年庆祝大会上的讲话（页面不存在）">建校四十周年庆祝大会</a></li></ul>
</div></td></tr><tr><th scope="row" class="navbox-group" style="width:1%">校史资料</th><td class="navbox-list navbox-even hlist" style="text-align:left;border-left-width:2px;border-left-style:solid;width:100%;padding:0px"><div style="padding:0em 0.25em">
<ul><li><a href="{href("江北中学校史大事记")}" title="江北中学校史大事记">校史大事记</a></li>
<li><a href="{href("历任校长")}" title="历任校长">历任校长</a></li>
<li><a href="{href("江北中学校史资料选编")}" title="江北中学校史资料选编">校史资料选编</a></li>
<li><a href="{href("校训")}" title="校训">校训</a></li></ul>
</div></td></tr></tbody></table></div>
"""


def limit_report(cached: str, visited: int) -> str:
    return f"""<!-- 
NewPP limit report
Cached time: {cached}
Cache expiry: 86400
Reduced expiry: false
Complications: [show‐toc]
CPU time usage: 0.094 seconds
Real time usage: 0.121 seconds
Preprocessor visited node count: {visited}/1000000
Post‐expand include size: 6182/2097152 bytes
Template argument size: 1044/2097152 bytes
Highest expansion depth: 8/100
Expensive parser function count: 0/100
Unstrip recursion depth: 0/20
Unstrip post‐expand size: 2213/5000000 bytes
-->
<!--
Transclusion expanded since last check (saved in parser cache with key jbzx_wiki:pcache:idhash:{visited}-0!canonical and timestamp {cached} and revision id {visited + 300}).
-->
"""


def page(
    title: str,
    content: str,
    *,
    article_id: int,
    oldid: int,
    categories: list[str],
    lastmod: str,
    is_article: bool = True,
    ns: int = 0,
    body_class: str = "ns-0 ns-subject",
    generated: str = "",
) -> str:
    cats_js = ",".join(f'"{c}"' for c in categories)
    cat_items = "".join(
        f'<li><a href="{href("Category:" + c)}" title="Category:{c}">{c}</a></li>' for c in categories
    )
    catlinks = (
        f'<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">'
        f'<a href="{href("Special:页面分类")}" title="Special:页面分类">分类</a>：<ul>{cat_items}</ul></div></div>'
        if categories
        else '<div id="catlinks" class="catlinks catlinks-allhidden" data-mw="interface"></div>'
    )
    esc = quote(title, safe=":/")
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="zh-Hans-CN" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{title} - {SITE}</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"zh","wgMonthNames":["","1月","2月","3月","4月","5月","6月","7月","8月","9月","10月","11月","12月"],"wgRequestId":"ZfQ3kX8AAQEAAB2mKbQAAAAC","wgCSPNonce":false,"wgCanonicalNamespace":"{"" if ns == 0 else ("Category" if ns == 14 else "")}","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":{ns},"wgPageName":"{title.replace(" ", "_")}","wgTitle":"{title.split(":", 1)[-1]}","wgCurRevisionId":{oldid},"wgRevisionId":{oldid},"wgArticleId":{article_id},"wgIsArticle":{"true" if is_article else "false"},"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[{cats_js}],"wgPageContentLanguage":"zh","wgPageContentModel":"wikitext","wgRelevantPageName":"{title.replace(" ", "_")}","wgRelevantArticleId":{article_id},"wgIsProbablyEditable":false,"wgRelevantPageIsProbablyEditable":false,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgUserVariant":"zh-cn","wgVisualEditor":{{"pageLanguageCode":"zh","pageLanguageDir":"ltr","pageVariantFallbacks":["zh-hans","zh"]}},"wgEditSubmitButtonLabelPublish":false}};
RLSTATE={{"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.styles.legacy":"ready","jquery.makeCollapsible.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc","skins.vector.legacy.js","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.implement("user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}});
}});</script>
<link rel="stylesheet" href="/load.php?lang=zh-cn&amp;modules=ext.cite.styles%7Cext.visualEditor.desktopArticleTarget.noscript%7Cjquery.makeCollapsible.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector"/>
<script async="" src="/load.php?lang=zh-cn&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="ResourceLoaderDynamicStyles" content=""/>
<link rel="stylesheet" href="/load.php?lang=zh-cn&amp;modules=site.styles&amp;only=styles&amp;skin=vector"/>
<meta name="generator" content="MediaWiki 1.39.6"/>
<meta name="format-detection" content="telephone=no"/>
<meta name="viewport" content="width=1000"/>
<link rel="icon" href="/favicon.ico"/>
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="{SITE} (zh-cn)"/>
<link rel="EditURI" type="application/rsd+xml" href="http://{HOST}/api.php?action=rsd"/>
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"/>
<link rel="alternate" type="application/atom+xml" title="{SITE}的Atom feed" href="/index.php?title=Special:%E6%9C%80%E8%BF%91%E6%9B%B4%E6%94%B9&amp;feed=atom"/>
<link rel="canonical" href="http://{HOST}{href(title)}"/>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt {body_class} page-{title.replace(" ", "_")} rootpage-{title.replace(" ", "_")} skin-vector action-view skin-vector-legacy vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-language-alert-in-sidebar-disabled vector-feature-sticky-header-disabled vector-feature-sticky-header-edit-disabled vector-feature-table-of-contents-disabled vector-feature-visual-enhancement-next-disabled"><div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
	<a id="top"></a>
	<div id="siteNotice"><div id="localNotice"><div class="sitenotice" lang="zh-Hans-CN" dir="ltr"><p>校史维基正在征集1950—1990年代的老照片、油印资料和讲话稿，请与校档案室联系（电话 0551-6632××××）。
</p></div></div></div>
	<div class="mw-indicators">
	</div>
	<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1>
	<div id="bodyContent" class="vector-body">
		<div id="siteSub" class="noprint">来自{SITE}</div>
		<div id="contentSub"><div id="mw-content-subtitle"></div></div>
		<div id="contentSub2"></div>
		
		<div id="jump-to-nav"></div>
		<a class="mw-jump-link" href="#mw-head">跳到导航</a>
		<a class="mw-jump-link" href="#searchInput">跳到搜索</a>
		<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="zh-Hans-CN" dir="ltr"><div class="mw-parser-output">{content}</div>{generated}
<div class="printfooter" data-nosnippet="">取自“<a dir="ltr" href="http://{HOST}/index.php?title={esc}&amp;oldid={oldid}">http://{HOST}/index.php?title={esc}&amp;oldid={oldid}</a>”</div></div>
		{catlinks}
	</div>
</div>

<div id="mw-navigation">
	<h2>导航菜单</h2>
	<div id="mw-head">
		
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation"  >
	<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">个人工具</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">未登录</li><li id="pt-anontalk" class="mw-list-item"><a href="{href("Special:我的讨论页")}" title="对于来自此IP地址编辑的讨论[n]" accesskey="n"><span>讨论</span></a></li><li id="pt-anoncontribs" class="mw-list-item"><a href="{href("Special:我的贡献")}" title="来自此IP地址的编辑列表[y]" accesskey="y"><span>贡献</span></a></li><li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:%E5%88%9B%E5%BB%BA%E8%B4%A6%E6%88%B7&amp;returnto={esc}" title="我们推荐您创建账户并登录，但这不是强制性的"><span>创建账户</span></a></li><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:%E7%94%A8%E6%88%B7%E7%99%BB%E5%BD%95&amp;returnto={esc}" title="我们推荐您登录，但这不是强制性的[o]" accesskey="o"><span>登录</span></a></li></ul></div>
</nav>

		<div id="left-navigation">
			
<nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy" aria-labelledby="p-namespaces-label" role="navigation"  >
	<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">命名空间</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-{"category" if ns == 14 else "main"}" class="selected mw-list-item"><a href="{href(title)}" title="查看内容页面[c]" accesskey="c"><span>{"分类" if ns == 14 else "页面"}</span></a></li><li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:{esc}&amp;action=edit&amp;redlink=1" rel="discussion" title="关于内容页面的讨论（页面不存在）[t]" accesskey="t"><span>讨论</span></a></li></ul></div>
</nav>

			
<nav id="p-variants" class="vector-menu mw-portlet mw-portlet-variants emptyPortlet vector-menu-dropdown" aria-labelledby="p-variants-label" role="navigation"  >
	<input type="checkbox" id="p-variants-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-variants" class="vector-menu-checkbox" aria-labelledby="p-variants-label" />
	<label id="p-variants-label" aria-label="更改语言变种" class="vector-menu-heading"><span class="vector-menu-heading-label">不转换</span></label>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div>
</nav>

		</div>
		<div id="right-navigation">
			
<nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy" aria-labelledby="p-views-label" role="navigation"  >
	<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">查看</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="{href(title)}"><span>阅读</span></a></li><li id="ca-viewsource" class="mw-list-item"><a href="{edit_href(title)}" title="本页面受到保护。&#10;您可以查看其源代码[e]" accesskey="e"><span>查看源代码</span></a></li><li id="ca-history" class="mw-list-item"><a href="{edit_href(title, "action=history")}" title="本页面的早前版本[h]" accesskey="h"><span>查看历史</span></a></li></ul></div>
</nav>

			
<nav id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet vector-menu-dropdown" aria-labelledby="p-cactions-label" role="navigation"  title="更多选项" >
	<input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-cactions" class="vector-menu-checkbox" aria-labelledby="p-cactions-label" />
	<label id="p-cactions-label" aria-label="" class="vector-menu-heading"><span class="vector-menu-heading-label">更多</span></label>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div>
</nav>

			
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<div>
	<h3 >
		<label for="searchInput">搜索</label>
	</h3>
	<form action="/index.php" id="searchform"
		class="vector-search-box-form">
		<div id="simpleSearch"
			class="vector-search-box-inner"
			 data-search-loc="header-navigation">
			<input class="vector-search-box-input"
				 type="search" name="search" placeholder="搜索{SITE}" aria-label="搜索{SITE}" autocapitalize="sentences" title="搜索{SITE}[f]" accesskey="f" id="searchInput"
			>
			<input type="hidden" name="title" value="Special:搜索">
			<input id="mw-searchButton"
				 class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="搜索含这些文字的页面" value="搜索">
			<input id="searchButton"
				 class="searchButton" type="submit" name="go" title="若相同标题存在，则直接前往该页面" value="前往">
		</div>
	</form>
	</div>
</div>

		</div>
	</div>
	

<div id="mw-panel">
	<div id="p-logo" role="banner">
		<a class="mw-wiki-logo" href="{href("首页")}"
			title="访问首页"></a>
	</div>
	
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label" role="navigation"  >
	<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">导航</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="n-mainpage-description" class="mw-list-item"><a href="{href("首页")}" title="访问首页[z]" accesskey="z"><span>首页</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="{href("Special:最近更改")}" title="本wiki最近更改的列表[r]" accesskey="r"><span>最近更改</span></a></li><li id="n-randompage" class="mw-list-item"><a href="{href("Special:随机页面")}" title="载入一个随机页面[x]" accesskey="x"><span>随机页面</span></a></li><li id="n-校史文献" class="mw-list-item"><a href="{href("Category:校史文献")}"><span>校史文献</span></a></li><li id="n-help-mediawiki" class="mw-list-item"><a href="https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Contents"><span>帮助</span></a></li></ul></div>
</nav>

	
<nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb vector-menu-portal portal" aria-labelledby="p-tb-label" role="navigation"  >
	<h3 id="p-tb-label" class="vector-menu-heading"><span class="vector-menu-heading-label">工具</span></h3>
	<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="t-whatlinkshere" class="mw-list-item"><a href="{href("Special:链入页面/" + title)}" title="列出所有与本页相链的页面[j]" accesskey="j"><span>链入页面</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="{href("Special:链出更改/" + title)}" rel="nofollow" title="页面链出所有页面的更改[k]" accesskey="k"><span>相关更改</span></a></li><li id="t-specialpages" class="mw-list-item"><a href="{href("Special:特殊页面")}" title="所有特殊页面的列表[q]" accesskey="q"><span>特殊页面</span></a></li><li id="t-print" class="mw-list-item"><a href="javascript:print();" rel="alternate" title="本页面的可打印版本[p]" accesskey="p"><span>可打印版本</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/index.php?title={esc}&amp;oldid={oldid}" title="此页面该修订版本的固定链接"><span>固定链接</span></a></li><li id="t-info" class="mw-list-item"><a href="{edit_href(title, "action=info")}" title="关于此页面的更多信息"><span>页面信息</span></a></li></ul></div>
</nav>

	
</div>

</div>

<footer id="footer" class="mw-footer" role="contentinfo" >
	<ul id="footer-info">
	<li id="footer-info-lastmod"> 此页面最后编辑于{lastmod}。</li>
	<li id="footer-info-copyright">内容可在<a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">知识共享署名-相同方式共享</a>授权许可下使用，除非另有注明。</li>
</ul>

	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="{href(SITE + ":隐私政策")}">隐私政策</a></li>
	<li id="footer-places-about"><a href="{href(SITE + ":关于")}">关于{SITE}</a></li>
	<li id="footer-places-disclaimers"><a href="{href(SITE + ":免责声明")}">免责声明</a></li>
</ul>

	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" alt="知识共享署名-相同方式共享" width="88" height="31" loading="lazy"/></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" srcset="/resources/assets/poweredby_mediawiki_132x47.png 1.5x, /resources/assets/poweredby_mediawiki_176x62.png 2x" width="88" height="31" loading="lazy"/></a></li>
</ul>

</footer>

<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgPageParseReport":{{"limitreport":{{"cputime":"0.094","walltime":"0.121","ppvisitednodes":{{"value":812,"limit":1000000}},"postexpandincludesize":{{"value":6182,"limit":2097152}},"templateargumentsize":{{"value":1044,"limit":2097152}},"expansiondepth":{{"value":8,"limit":100}},"expensivefunctioncount":{{"value":0,"limit":100}},"unstrip-depth":{{"value":0,"limit":20}},"unstrip-size":{{"value":2213,"limit":5000000}},"timingprofile":["100.00%   61.208      1 -total"," 58.31%   35.690      1 Template:讲话信息框"," 27.02%   16.538      1 Template:江北中学校史文献"]}},"cachereport":{{"timestamp":"20240315083012","ttl":86400,"transientcontent":false}}}}}});mw.config.set({{"wgBackendResponseTime":148}});}});</script>
</body>
</html>
"""


def infobox(rows: list[tuple[str, str]], caption: str) -> str:
    body = "".join(
        f'<tr><th scope="row" style="text-align:left;white-space:nowrap">{k}</th><td>{v}</td></tr>\n'
        for k, v in rows
    )
    return (
        '<table class="infobox" style="width:22em;font-size:90%;float:right;clear:right;margin:0 0 1em 1em;'
        'border:1px solid #a2a9b1;background:#f8f9fa;padding:0.2em">\n<tbody><tr><th colspan="2" '
        f'style="text-align:center;font-size:125%;font-weight:bold;background:#cedff2">{caption}</th></tr>\n'
        '<tr><td colspan="2" style="text-align:center"><span typeof="mw:File"><a href="/wiki/File:Jbzx_1982_xiaoqing.jpg" class="mw-file-description">'
        '<img src="/images/thumb/4/4e/Jbzx_1982_xiaoqing.jpg/220px-Jbzx_1982_xiaoqing.jpg" decoding="async" width="220" height="147" class="mw-file-element" /></a></span>'
        "<br />纪念大会会场（校档案室藏）</td></tr>\n"
        f"{body}</tbody></table>\n"
    )


def mw1_page() -> str:
    sp = SPEECHES["MW1"]
    t = sp.title
    p = list(sp.paras)
    # wiki links and reference markers inside the speech's paragraphs, as the page's editors added them
    p[2] = (
        p[2]
        .replace("陈守义同志", f'<a href="{href("陈守义")}" title="陈守义">陈守义</a>同志')
        .replace("这句话，后来成了我们学校的传统。", f"这句话，后来成了我们学校的传统。{ref(3)}")
    )
    p[3] = p[3].replace("去年还被确定为全县的重点中学。", f"去年还被确定为全县的重点中学。{ref(4)}")
    p[4] = p[4].replace("“勤、严、实”", f'“<a href="{href("校训")}" title="校训">勤、严、实</a>”')
    p[5] = p[5].replace(
        "党的十二大",
        '<a href="https://zh.wikipedia.org/wiki/%E4%B8%AD%E5%9B%BD%E5%85%B1%E4%BA%A7%E5%85%9A%E7%AC%AC%E5%8D%81%E4%BA%8C%E6%AC%A1%E5%85%A8%E5%9B%BD%E4%BB%A3%E8%A1%A8%E5%A4%A7%E4%BC%9A" class="extiw" title="wikipedia:中国共产党第十二次全国代表大会">党的十二大</a>',
    )
    sections = ["背景", "讲话全文", "影响", "参考资料"]
    content = (
        infobox(
            [
                ("讲话人", f'<a href="{href("王立民")}" title="王立民">王立民</a>（时任校长）'),
                ("时间", "1982年10月8日"),
                ("地点", "江北中学大操场"),
                ("场合", "建校三十周年纪念大会"),
                ("文本", "油印稿，8页"),
                ("档号", "1982-永-12"),
                (
                    "收录",
                    f'<a href="{href("江北中学校史资料选编")}" title="江北中学校史资料选编">《校史资料选编》</a>第二辑',
                ),
            ],
            "建校三十周年纪念大会讲话",
        )
        + f'<p>《<b>{t}</b>》是时任江北中学校长<a href="{href("王立民")}" title="王立民">王立民</a>于1982年10月8日'
        f"在学校建校三十周年纪念大会上所作的讲话。讲话稿由校长办公室油印下发各教研组，后收入《江北中学校史资料选编》第二辑。{ref(1)}\n</p>"
        + toc(sections)
        + heading(2, "背景", t, 1)
        + "<p>江北中学创办于1952年秋，校址初设城关镇东门外刘氏宗祠。1981年，学校被县人民政府确定为县重点中学。"
        f"1982年初，学校成立校庆筹备小组，向历届校友发出邀请信三千余封；纪念大会于10月8日上午举行，到会师生、校友和来宾约两千人。{ref(2)}\n</p>"
        + heading(2, "讲话全文", t, 2)
        + '<div class="quotebox" style="margin:0.5em 0;padding:0.3em 0.8em;border-left:4px solid #c8ccd1;background:#f8f9fa;font-size:95%">'
        "<p>以下据校档案室所藏油印稿录入，标点、数字用法依原稿，个别明显的错字已径改。\n</p></div>\n"
        + "".join(f"<p>{x}\n</p>" for x in p)
        + heading(2, "影响", t, 3)
        + "<p>讲话中提出的“依靠教师、严格要求、面向实际”三条经验，此后多年被写进学校的工作计划。讲话提到的新教学楼于1984年建成，"
        "两个农业职业班于1983年秋开始招生，是全县最早试办的职业班之一。\n</p>"
        + heading(2, "参考资料", t, 4)
        + '<div class="reflist" style="list-style-type: decimal;">'
        + references(
            [
                "江北中学校史编写组. 江北中学校史资料选编（第二辑）. 1992: 41–48.",
                "《江北县志》. 合肥: 黄山书社, 1995: 612.",
                f'<a href="{href("陈守义")}" title="陈守义">陈守义</a>在1953年第一次全校教职工会议上的讲话，见《校史资料选编》第一辑，第5页。',
                "江北县人民政府关于确定县重点中学的通知（江政〔1981〕37号）。",
            ]
        )
        + "</div>\n"
        + NAVBOX
        + limit_report("20240315083012", 812)
    )
    return page(
        t,
        content,
        article_id=214,
        oldid=OLDID["MW1"],
        categories=["校长讲话", "1982年", "校史文献"],
        lastmod="2024年3月15日 (星期五) 16:30",
    )


def mw2_page() -> str:
    sp = SPEECHES["MW2"]
    t = sp.title
    heads = [x for x in sp.paras if x[:2] in ("一、", "二、", "三、")]
    first = sp.paras.index(heads[0])
    lead = (
        '<table class="plainlinks ambox ambox-notice" role="presentation"><tbody><tr><td class="mbox-image">'
        '<img alt="Information icon" src="/images/thumb/info.svg/30px-info.svg.png" width="30" height="30" /></td>'
        '<td class="mbox-text"><div class="mbox-text-span">本页面收录的是<b>原始文献</b>，请勿改动原文；'
        f'考证与评述请写在<a href="/index.php?title=Talk:{quote(t)}&amp;action=edit&amp;redlink=1" class="new" title="Talk:{t}（页面不存在）">讨论页</a>。</div></td></tr></tbody></table>\n'
        f'<p>本文是<a href="{href("王立民")}" title="王立民">王立民</a>校长在1978年秋季开学典礼上的讲话，据校档案室所藏油印稿（档号1978-永-05）录入。'
        "原稿无标题，标题为编者所加。\n</p>\n<hr />\n"
    )
    opening = []
    for x in sp.paras[:first]:
        x = x.replace(
            "全国科学大会",
            '<a href="https://zh.wikipedia.org/wiki/%E5%85%A8%E5%9B%BD%E7%A7%91%E5%AD%A6%E5%A4%A7%E4%BC%9A" class="extiw" title="wikipedia:全国科学大会">全国科学大会</a>',
        )
        opening.append(f"<p>{x}\n</p>")
    body = []
    n = 0
    for x in sp.paras[first:]:
        if x in heads:
            n += 1
            body.append(heading(2, x, t, n))
            continue
        x = x.replace("数学平均分只有四十一分，", f"数学平均分只有四十一分{ref(1)}，")
        x = x.replace("一千二百多册图书清理出来了，", f"一千二百多册图书清理出来了{ref(2)}，")
        x = x.replace(
            "陈景润同志",
            '<a href="https://zh.wikipedia.org/wiki/%E9%99%88%E6%99%AF%E6%B6%A6" class="extiw" title="wikipedia:陈景润">陈景润</a>同志',
        )
        body.append(f"<p>{x}\n</p>")
    content = (
        lead
        + "".join(opening)
        + toc(heads + ["注释"])
        + "".join(body)
        + heading(2, "注释", t, len(heads) + 1)
        + '<div class="reflist" style="list-style-type: decimal;">'
        + references(
            [
                "据教导处《一九七八年高中新生入学考试成绩统计表》，数学满分为一百分。",
                "1966年以后图书室封存，1978年夏由语文组教师清点启封，见《江北中学校史大事记》。",
            ]
        )
        + "</div>\n"
        + NAVBOX
        + limit_report("20231126101544", 544)
    )
    return page(
        t,
        content,
        article_id=221,
        oldid=OLDID["MW2"],
        categories=["校长讲话", "1978年", "原始文献"],
        lastmod="2023年11月26日 (星期日) 18:15",
    )


def person_page() -> str:
    t = "王立民"
    content = (
        infobox(
            [
                ("出生", "1929年3月"),
                ("籍贯", "安徽巢县"),
                ("任职", "1977年—1986年 校长"),
                ("逝世", "2011年6月"),
            ],
            "王立民",
        )
        + "<p><b>王立民</b>（1929年—2011年），安徽巢县人，江北中学第四任校长。1977年至1986年任校长。\n</p>"
        + toc(["生平", "主要讲话", "参考资料"])
        + heading(2, "生平", t, 1)
        + "<p>1952年毕业于安徽师范学院数学系，同年分配到江北中学任教，是建校时的十一位教师之一。"
        "1977年恢复校长职务，主持恢复教学秩序，1981年学校被确定为县重点中学。1986年离休。\n</p>"
        + heading(2, "主要讲话", t, 2)
        + f'<ul><li><a href="{href(SPEECHES["MW2"].title)}" title="{SPEECHES["MW2"].title}">{SPEECHES["MW2"].title}</a>（1978年9月4日）</li>\n'
        f'<li><a href="{href(SPEECHES["MW1"].title)}" title="{SPEECHES["MW1"].title}">{SPEECHES["MW1"].title}</a>（1982年10月8日）</li></ul>\n'
        + heading(2, "参考资料", t, 3)
        + references(["江北中学校史编写组. 江北中学校史资料选编（第一辑）. 1987: 112."])
        + NAVBOX
        + limit_report("20240102094120", 301)
    )
    return page(
        t,
        content,
        article_id=198,
        oldid=1012,
        categories=["历任校长", "人物"],
        lastmod="2024年1月2日 (星期二) 09:41",
    )


def category_page() -> str:
    t = "Category:校长讲话"
    items = sorted([SPEECHES["MW1"].title, SPEECHES["MW2"].title])
    lis = "".join(f'<li><a href="{href(x)}" title="{x}">{x}</a></li>' for x in items)
    content = (
        "<p>本分类收录江北中学历任校长在重要场合所作讲话的全文。讲话稿据校档案室所藏原件录入。\n</p>\n"
        "<!-- \nNewPP limit report\nCached time: 20240315083455\nCache expiry: 86400\n-->\n"
    )
    generated = (
        '<div class="mw-category-generated" lang="zh-Hans-CN" dir="ltr"><div id="mw-pages">\n'
        "<h2>分类“校长讲话”中的页面</h2>\n<p>以下2个页面属于本分类，共2个页面。\n</p>"
        f'<div lang="zh-Hans-CN" dir="ltr" class="mw-content-ltr"><div class="mw-category mw-category-columns"><div class="mw-category-group"><h3>在</h3>\n<ul>{lis}</ul></div></div></div>\n'
        "</div></div>"
    )
    return page(
        t,
        content,
        article_id=215,
        oldid=1188,
        categories=["校史文献"],
        lastmod="2024年3月15日 (星期五) 16:34",
        ns=14,
        body_class="ns-14 ns-subject",
        generated=generated,
    )


def main_page() -> str:
    t = "首页"
    content = f"""<div id="mp-welcome" style="border:1px solid #a3bfb1;background:#f5fffa;padding:0.6em 1em;margin-bottom:1em">
<p style="font-size:160%;margin:0">欢迎来到<b>{SITE}</b></p>
<p>这里记录江北中学自1952年建校以来的历史：大事、人物、老照片和原始文献。本站现有<b>86</b>个条目，欢迎校友补充。
</p></div>
<table style="width:100%;border-spacing:8px"><tbody><tr>
<td style="width:55%;vertical-align:top;border:1px solid #cedff2;background:#f5faff;padding:0.5em">
<h2><span class="mw-headline" id="特色条目">特色条目</span></h2>
<p><b><a href="{href(SPEECHES["MW1"].title)}" title="{SPEECHES["MW1"].title}">{SPEECHES["MW1"].title}</a></b>是时任校长<a href="{href("王立民")}" title="王立民">王立民</a>于1982年10月8日在建校三十周年纪念大会上所作的讲话，回顾了学校三十年的历程，总结了“依靠教师、严格要求、面向实际”三条经验……（<a href="{href(SPEECHES["MW1"].title)}" title="{SPEECHES["MW1"].title}">阅读全文</a>）
</p>
<h2><span class="mw-headline" id="栏目">栏目</span></h2>
<ul><li><a href="{href("江北中学校史大事记")}" title="江北中学校史大事记">校史大事记</a></li>
<li><a href="{href("历任校长")}" title="历任校长">历任校长</a></li>
<li><a href="{href("Category:校长讲话")}" title="Category:校长讲话">校长讲话</a></li>
<li><a href="{href("Category:老照片")}" title="Category:老照片">老照片</a></li></ul>
</td>
<td style="vertical-align:top;border:1px solid #cef2e0;background:#f5fffa;padding:0.5em">
<h2><span class="mw-headline" id="历史上的今天">历史上的今天</span></h2>
<p>1952年10月：江北中学在东门外刘氏宗祠开学，首届招收初中四个班。
</p>
<h2><span class="mw-headline" id="参与编写">参与编写</span></h2>
<p>本站编辑需登录。校友可通过<a href="{href(SITE + ":联系我们")}" title="{SITE}:联系我们">联系我们</a>申请账户，或直接把资料寄到校档案室。
</p>
</td></tr></tbody></table>
"""
    return page(t, content, article_id=1, oldid=1150, categories=[], lastmod="2024年2月20日 (星期二) 10:05")


def build() -> Family:
    fam = WikiFamily(
        HOST,
        "MediaWiki 1.39 school-history wiki (legacy Vector skin, short URLs)",
        content_type="text/html; charset=UTF-8",
        extensionless_html=True,
        home=href("首页"),
    )
    fam.put("/wiki/首页", main_page())
    fam.put("/wiki/Category:校长讲话", category_page())
    fam.put("/wiki/王立民", person_page())
    fam.put("/wiki/" + SPEECHES["MW1"].title, mw1_page())
    fam.put("/wiki/" + SPEECHES["MW2"].title, mw2_page())
    fam.not_documents += [href("首页"), href("Category:校长讲话"), href("王立民")]
    fam.doc([href(SPEECHES["MW1"].title)], SPEECHES["MW1"])
    fam.doc([href(SPEECHES["MW2"].title)], SPEECHES["MW2"])
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /index.php\nDisallow: /api.php\nDisallow: /load.php\nDisallow: /wiki/Special:\n"
        "Disallow: /wiki/Special%3A\nDisallow: /wiki/%E7%89%B9%E6%AE%8A:\n",
        "ascii",
    )
    # the reference markers sit inside paragraphs on purpose
    fam.check_ignore += ["[1]", "[2]", "[3]", "[4]"]
    fam.noise += [
        "编辑",
        "目录",
        "背景",
        "讲话全文",
        "参考资料",
        "注释",
        "是时任江北中学校长",
        "江北中学创办于1952年秋",
        "以下据校档案室所藏油印稿录入",
        "讲话中提出的“依靠教师、严格要求、面向实际”三条经验",
        "本文是",
        "原稿无标题，标题为编者所加",
        "本页面收录的是",
        "据教导处《一九七八年高中新生入学考试成绩统计表》",
        "1966年以后图书室封存",
        "江北县人民政府关于确定县重点中学的通知",
        "讲话人",
        "档号",
        "纪念大会会场（校档案室藏）",
        "校史资料",
        "江北中学校史文献",
        "建校四十周年庆祝大会",
        "此页面最后编辑于",
        "取自“",
        "来自江北中学校史维基",
        "页面分类",
        "校史维基正在征集",
        "跳到导航",
        "查看源代码",
        "查看历史",
        "个人工具",
        "未登录",
        "链入页面",
        "知识共享署名-相同方式共享",
        "NewPP limit report",
    ]
    fam.note = (
        "MediaWiki short URLs `/wiki/Title` are extensionless (`extensionless_html`) and written percent-encoded "
        "in every href; the files hold the decoded names (the replica decodes request paths). Home is the main "
        "page `/wiki/首页` (a real wiki redirects `/` there). The 1982 page is a wiki article about the speech: "
        "only its 讲话全文 section (after the editors' 以下据…录入 box) is the speech; the lead, 背景, 影响, "
        "the infobox and 参考资料 are the wiki's. The 1978 page is the speech itself: its opening paragraphs come "
        "before the TOC (MediaWiki prints the TOC before the first heading) and its own part headings "
        "(一、把耽误的时间夺回来 …) are the wiki's `h2`s with [编辑] links: they ARE part of the expected text "
        "(each its own line), the [编辑] links and the 注释 section are not. Reference markers (`[1]`, printed "
        "as `&#91;1&#93;` in `sup.reference`) sit inside paragraphs and are not part of any text. Links to "
        "`/index.php?…` (edit, history, oldid) and `Special:` pages are not served (robots disallows them)."
    )
    return fam
