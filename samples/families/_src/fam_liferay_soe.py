"""国有企业 group site (淮江建工集团) on Liferay Portal 6.2 CE (Tomcat, `text/html;charset=UTF-8`), with its 党建
sub-site (a second Liferay site, `/web/djgz`, red theme) carrying the 党建 领导讲话 column.

Friendly URLs without extensions: `/web/guest/home`, `/web/guest/ldjh`, `/web/djgz`, `/web/djgz/ldjh`; a
column page is also the folder of its articles (`/web/guest/ldjh/-/asset_publisher/<instance>/content/id/<articleId>`),
so `folder_pages` answers the column with its index.html. Pages carry Liferay's furniture: `<html class="aui ltr">`,
the `Liferay.ThemeDisplay` / `barebone.jsp` head, `body.guest-site signed-out public-page site`, skip-to-content, dockbar-
less banner and `nav#navigation`, `ul.breadcrumb`, `#main-content` with `portlet-layout row-fluid` columns,
`div.portlet-boundary_101_` Asset Publisher portlets whose column pages show abstracts (`asset-abstract`, `asset-title`,
`asset-summary`, `asset-more` 阅读全文 »), the 6.2 `taglib-page-iterator` pager (`第 1 页，共 2 页`, `显示 1 - 6 条，共 9 项结果。`,
`_101_INSTANCE_…_cur=2` query route), and in full view the `taglib-header` back link with the title as `h3.header-title`,
`asset-content` → `journal-content-article` with the site's own web-content template (`news-title`, `news-info` 发布时间
/ 来源 / 浏览次数 / 字号, `news-content`, 责任编辑), then Liferay's 打印 icon (`viewMode=print` pop-up URL), share
links, 相关资源, and the `Liferay.Portlet.onLoad(...)` / `AUI().use(...)` scripts at the end. Each speech opens with its
own heading block (主标题, ——在…上的讲话, speaker, （date）): not text; the title is the asset's title. The 党建 sub-site's
report on the meeting (quoting the speech), the column pages and the home pages are not documents."""

import json

from common import FAMILIES, SPEECHES, Family

HOST = "www.huaijiang-jiangong-like.test"
GROUP = "淮江建工集团有限公司"
S3, S4 = SPEECHES["f48b-3"], SPEECHES["f48b-4"]

AP_G = "Kq7mZ2xYtR4b"  # asset publisher instance on /web/guest/ldjh
AP_D = "Pw3nB8cLdE1f"  # asset publisher instance on /web/djgz/ldjh
AP_N = "Rt5vH9jKmN2s"  # 党建动态 on /web/djgz/djdt
PLID = {"home": 20187, "ldjh": 20214, "djgz": 31502, "djgz_ldjh": 31519, "djdt": 31511}

ID3, ID4, REPORT = 2871046, 3104552, 3104498
TITLE3 = "张建国在集团公司2024年工作会议暨职工代表大会上的讲话"
TITLE4 = "集团党委副书记李红梅在庆祝建党103周年暨“两优一先”表彰大会上的讲话"


def art_url(site, col, ap, aid):
    return f"/web/{site}/{col}/-/asset_publisher/{ap}/content/id/{aid}"


HOME_ESC = "http\\x3a\\x2f\\x2f" + HOST.replace(".", "\\x2e") + "\\x2fweb\\x2fguest"
SEL = 'aria-selected="true" '
U3 = art_url("guest", "ldjh", AP_G, ID3)
U4 = art_url("djgz", "ldjh", AP_D, ID4)
UR = art_url("djgz", "djdt", AP_N, REPORT)


def page2_query(ap, col_id="column-1"):
    return (f"p_p_id=101_INSTANCE_{ap}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id={col_id}"
            f"&p_p_col_count=1&_101_INSTANCE_{ap}_delta=6&_101_INSTANCE_{ap}_keywords=&_101_INSTANCE_{ap}_advancedSearch=false"
            f"&_101_INSTANCE_{ap}_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_{ap}_cur=")


def head(title, site, plid, canonical, theme):
    group_id = 20182 if site == "guest" else 31497
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="zh-CN">

<head>
	<title>{title}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="淮江建工,淮江建工集团,省属国有企业,建筑施工,基础设施" lang="zh-CN" name="keywords" />

<link href="/{theme}/images/favicon.ico" rel="Shortcut Icon" />

<link href="http://{HOST}{canonical}" rel="canonical" />

<link class="lfr-css-file" href="http://{HOST}/html/css/main.css?browserId=other&amp;themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&amp;minifierType=css&amp;languageId=zh_CN&amp;b=6205&amp;t=1706504112000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&amp;minifierType=css&amp;languageId=zh_CN&amp;b=6205&amp;t=1706504129000" rel="stylesheet" type="text/css" />

<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{ return true; }},
				getMajorVersion: function() {{ return 0.0; }},
				getRevision: function() {{ return ""; }},
				getVersion: function() {{ return ""; }},
				isIe: function() {{ return false; }},
				isMobile: function() {{ return false; }}
			}},
			Data: {{ NAV_SELECTOR: '#navigation', isCustomizationView: function() {{ return false; }}, notices: [null] }},
			ThemeDisplay: {{
				getLayoutId: function() {{ return "{plid % 100}"; }},
				getLayoutURL: function() {{ return "http://{HOST}{canonical}"; }},
				getParentLayoutId: function() {{ return "0"; }},
				isPrivateLayout: function() {{ return "false"; }},
				isVirtualLayout: function() {{ return false; }},
				getBCP47LanguageId: function() {{ return "zh-CN"; }},
				getCDNBaseURL: function() {{ return "http://{HOST}"; }},
				getCDNDynamicResourcesHost: function() {{ return ""; }},
				getCDNHost: function() {{ return ""; }},
				getCompanyId: function() {{ return "20155"; }},
				getCompanyGroupId: function() {{ return "20195"; }},
				getDefaultLanguageId: function() {{ return "zh_CN"; }},
				getDoAsUserIdEncoded: function() {{ return ""; }},
				getLanguageId: function() {{ return "zh_CN"; }},
				getParentGroupId: function() {{ return "{group_id}"; }},
				getPathContext: function() {{ return ""; }},
				getPathImage: function() {{ return "/image"; }},
				getPathJavaScript: function() {{ return "/html/js"; }},
				getPathMain: function() {{ return "/c"; }},
				getPathThemeImages: function() {{ return "http://{HOST}/{theme}/images"; }},
				getPathThemeRoot: function() {{ return "/{theme}"; }},
				getPlid: function() {{ return "{plid}"; }},
				getPortalURL: function() {{ return "http://{HOST}"; }},
				getPortletSetupShowBordersDefault: function() {{ return true; }},
				getScopeGroupId: function() {{ return "{group_id}"; }},
				getScopeGroupIdOrLiveGroupId: function() {{ return "{group_id}"; }},
				getSessionId: function() {{ return ""; }},
				getSiteGroupId: function() {{ return "{group_id}"; }},
				getURLControlPanel: function() {{ return "/group/control_panel?refererPlid={plid}"; }},
				getURLHome: function() {{ return "{HOME_ESC}"; }},
				getUserId: function() {{ return "20159"; }},
				getUserName: function() {{ return ""; }},
				isAddSessionIdToURL: function() {{ return false; }},
				isFreeformLayout: function() {{ return false; }},
				isImpersonated: function() {{ return false; }},
				isSignedIn: function() {{ return false; }},
				isStateExclusive: function() {{ return false; }},
				isStateMaximized: function() {{ return false; }},
				isStatePopUp: function() {{ return false; }}
			}},
			PropsValues: {{ NTLM_AUTH_ENABLED: false }}
		}};
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.AUI = {{
			getAvailableLangPath: function() {{ return 'available_languages.jsp?browserId=other&themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&colorSchemeId=01&minifierType=js&languageId=zh_CN&b=6205&t=1706504106000'; }},
			getCombine: function() {{ return true; }},
			getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId=zh_CN&b=6205&t=1706504106000&'; }},
			getFilter: function() {{ return 'min'; }},
			getJavaScriptRootPath: function() {{ return '/html/js'; }},
			getLangPath: function() {{ return 'aui_lang.jsp?browserId=other&themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&colorSchemeId=01&minifierType=js&languageId=zh_CN&b=6205&t=1706504106000'; }}
		}};
		Liferay.authToken = 'hF3kQ9xZ';
		Liferay.currentURL = '\\x2fweb\\x2f{site}';
		Liferay.currentURLEncoded = '%2Fweb%2F{site}';
	// ]]>
</script>

<script src="/html/js/barebone.jsp?browserId=other&amp;themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=zh_CN&amp;b=6205&amp;t=1706504106000" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.list = ['101_INSTANCE_{AP_G if site == 'guest' else AP_D}', '73', '56_INSTANCE_hT6gF2'];
	// ]]>
</script>

	<link class="lfr-css-file" href="http://{HOST}/{theme}/css/main.css?browserId=other&amp;themeId={theme.replace('-', '')}_WAR_{theme.replace('-', '')}&amp;minifierType=css&amp;languageId=zh_CN&amp;b=6205&amp;t=1706504201000" rel="stylesheet" type="text/css" />
</head>
"""


NAV_G = [("/web/guest/home", "首页"), ("/web/guest/jtgk", "集团概况"), ("/web/guest/jtyw", "新闻中心"), ("/web/guest/ldjh", "领导讲话"),
         ("/web/djgz", "党建工作"), ("/web/guest/kjcx", "科技创新"), ("/web/guest/qywh", "企业文化"), ("/web/guest/xxgk", "信息公开"),
         ("/web/guest/rlzy", "人力资源")]
NAV_D = [("/web/djgz", "党建首页"), ("/web/djgz/djdt", "党建动态"), ("/web/djgz/ldjh", "领导讲话"), ("/web/djgz/llxx", "理论学习"),
         ("/web/djgz/xfjs", "先锋风采"), ("/web/djgz/dflz", "党风廉政"), ("/web/djgz/qtgz", "群团工作"), ("/web/guest/home", "返回集团首页")]


def banner(site, selected):
    nav = NAV_G if site == "guest" else NAV_D
    items = "\n".join(
        f'\t\t\t<li class="{"selected " if href == selected else ""}lfr-nav-item" id="layout_{i + 1}" role="presentation">'
        f'<a aria-labelledby="layout_{i + 1}" {SEL if href == selected else ""}class="" href="http://{HOST}{href}" role="menuitem"><span> {name}</span></a></li>'
        for i, (href, name) in enumerate(nav)
    )
    if site == "guest":
        logo = f"""<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="http://{HOST}/web/guest/home" title="转到 淮江建工">
					<img alt="{GROUP}" height="76" src="/image/company_logo?img_id=20172&amp;t=1706504201000" width="420" />
				</a>
			</h1>
			<div class="top-links"><a href="http://mail.huaijiang-jiangong-like.test/" target="_blank">企业邮箱</a> | <a href="http://oa.huaijiang-jiangong-like.test/" target="_blank">协同办公</a> | <a href="/web/guest/home?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized">登录</a> | <a href="http://en.huaijiang-jiangong-like.test/">English</a></div>
			<div class="search-box"><form action="/web/guest/search" method="get"><input name="_3_keywords" placeholder="请输入关键字" type="text" /><button type="submit">搜索</button></form></div>
		</div>"""
    else:
        logo = f"""<div id="heading" class="djgz-heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="http://{HOST}/web/djgz" title="转到 党建工作">
					<img alt="淮江建工集团 党建工作" height="110" src="/image/layout_set_logo?img_id=31490&amp;t=1706504201000" width="980" />
				</a>
			</h1>
			<div class="dj-slogan">不忘初心 牢记使命 &nbsp; 党建引领 实干争先</div>
		</div>"""
    return f"""<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">跳至内容</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		{logo}

		<nav class="sort-pages modify-pages" id="navigation" role="navigation">
			<h1><span>导航</span></h1>
			<ul aria-label="站点页面" role="menubar">
{items}
			</ul>
		</nav>
	</header>

	<div id="content">
"""


def breadcrumb(trail):
    lis = []
    for i, (href, name) in enumerate(trail):
        cls = ' class="first"' if i == 0 else (' class="active last"' if i == len(trail) - 1 else "")
        lis.append(f'<li{cls}><a href="http://{HOST}{href}" >{name}</a><span class="divider">/</span></li>')
    return f"""		<nav id="breadcrumbs"><ul aria-label="页面路径" class="breadcrumb breadcrumb-horizontal">
{''.join(lis)}
</ul></nav>
"""


def portlet(ap, title, inner, plid, col="column-1"):
    return f"""<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_{ap}_" >
		<span id="p_101_INSTANCE_{ap}"></span>
	<div class="portlet-body">
	<section class="portlet" id="portlet_101_INSTANCE_{ap}">
		<header class="portlet-topper">
			<h1 class="portlet-title">
				<span class="portlet-title-text">{title}</span>
			</h1>
			<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_101_INSTANCE_{ap}" type="toolbar"></menu>
		</header>
		<div class="portlet-content">
			<div class=" portlet-content-container" style="">
	<div class="portlet-body">
{inner}
	</div>
			</div>
		</div>
	</section>
	</div>
</div>
"""


def onload_scripts(portlets, plid):
    loads = "\n".join(
        f"""	Liferay.Portlet.onLoad(
		{{
			canEditTitle: false,
			columnPos: {i},
			isStatic: 'end',
			namespacedId: 'p_p_id_{pid}_',
			portletId: '{pid}',
			refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{plid}\\x26p_p_id\\x3d{pid}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d{i}\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1'
		}}
	);"""
        for i, pid in enumerate(portlets)
    )
    return f"""<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
{loads}
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{
		Liferay.Util.addInputType();
		Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }});
	}})();(function() {{
		new Liferay.Menu();
		var liferayNotices = Liferay.Data.notices;
		for (var i = 1; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}
	}})();}});
// ]]>
</script>
<script src="http://{HOST}/huaijiang-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=zh_CN&amp;b=6205&amp;t=1706504201000" type="text/javascript"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f1c8e7a9b2d4c6e8f0a1b2c3d4e5f60"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
"""


def footer(site):
    extra = ('<p>中共淮江建工集团有限公司委员会主办 &nbsp; 集团党委组织部（党建工作部）承办</p>' if site == "djgz"
             else '<p>主办：淮江建工集团有限公司 &nbsp; 承办：集团办公室（董事会办公室）</p>')
    return f"""	</div>

	<footer id="footer" role="contentinfo">
		<div class="friend-links">友情链接：<a href="http://www.sasac-like.test/" target="_blank">国务院国资委</a> <a href="http://gzw.huaijiang-like.test/" target="_blank">省国资委</a> <a href="http://www.12371-like.test/" target="_blank">共产党员网</a> <a href="https://www.xuexi-like.test/" target="_blank">学习强国</a></div>
		{extra}
		<p>Copyright &copy; 2014-2024 {GROUP} 版权所有 &nbsp; 地址：淮江市滨江大道1288号 &nbsp; 邮编：230061</p>
		<p><a href="https://beian.miit.gov.cn/" target="_blank">淮ICP备14003682号-1</a> &nbsp; <img src="/huaijiang-theme/images/gongan.png" /> 淮公网安备 34010402000817号</p>
		<p class="powered-by">技术支持：集团信息中心 &nbsp; 建议使用1366×768以上分辨率浏览</p>
	</footer>
</div>
"""


def page(title, site, plid, canonical, selected, trail, columns_html, portlets):
    theme = "huaijiang-theme" if site == "guest" else "djgz-red-theme"
    return (head(title, site, plid, canonical, theme) + banner(site, selected) + breadcrumb(trail)
            + f"""<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
{columns_html}
	</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
""" + footer(site) + onload_scripts(portlets, plid) + "\n</body>\n\n</html>\n")


def column(span, idx, inner):
    first = "first" if idx == 1 else "last"
    return f"""		<div class="portlet-column portlet-column-{first} span{span}" id="column-{idx}">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-{first}" id="layout-column_column-{idx}">
{inner}
			</div>
		</div>
"""


def abstract(site, col, ap, aid, title, summary, day):
    url = art_url(site, col, ap, aid)
    return f"""		<div class="asset-abstract default-asset-publisher">
			<div class="lfr-meta-actions asset-actions"></div>
			<h3 class="asset-title">
				<a href="http://{HOST}{url}"><img alt="" src="http://{HOST}/huaijiang-theme/images/common/web_content.png" /> {title}</a>
			</h3>
			<div class="asset-content">
				<div class="asset-summary">
					{summary}
				</div>
				<div class="asset-more">
					<a href="http://{HOST}{url}">阅读全文 <span class="hide-accessible">关于{title}</span> &raquo; </a>
				</div>
			</div>
			<div class="asset-metadata">
				<span class="metadata-entry metadata-publish-date">{day}</span>
			</div>
		</div>
"""


def page_iterator(base, ap, page, total, per, pages):
    q = page2_query(ap)
    start, end = (page - 1) * per + 1, min(page * per, total)
    def href(n):
        return f"http://{HOST}{base}?{q}{n}".replace("&", "&amp;")
    prev = ('<li class="disabled first"><a href="javascript:;">&larr; 第一个</a></li><li class="disabled"><a href="javascript:;">上一个</a></li>'
            if page == 1 else f'<li class="first"><a href="{href(1)}">&larr; 第一个</a></li><li><a href="{href(page - 1)}">上一个</a></li>')
    nxt = (f'<li><a href="{href(page + 1)}">下一个</a></li><li class="last"><a href="{href(pages)}">最后一个 &rarr;</a></li>'
           if page < pages else '<li class="disabled"><a href="javascript:;">下一个</a></li><li class="disabled last"><a href="javascript:;">最后一个 &rarr;</a></li>')
    opts = "".join(f'<li><a href="{href(n)}" class="taglib-icon" role="menuitem"><span class="taglib-text-icon">{n}</span></a></li>' for n in range(1, pages + 1))
    return f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{ap}_pageIteratorBottom">
	<div class="clearfix lfr-pagination">
		<div class="lfr-pagination-config">
			<div class="lfr-pagination-page-selector">
				<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="_101_INSTANCE_{ap}_pageIteratorBottom_menu" title="第 {page} 页，共 {pages} 页"><span class="lfr-icon-menu-text">第 {page} 页，共 {pages} 页</span> <i class="caret"></i></a>
					<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{opts}</ul>
				</div>
			</div>
			<div class="lfr-pagination-delta-selector">
				<div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="每页 {per} 项"><span class="lfr-icon-menu-text">每页 {per} 项</span> <i class="caret"></i></a></div>
			</div>
		</div>
		<small class="search-results">显示 {start} - {end} 条，共 {total} 项结果。</small>
		<ul class="pager lfr-pagination-buttons">
			{prev}
			{nxt}
		</ul>
	</div>
</div>
"""


def summary_of(s, n=110):
    t = "".join(s.paras[1:3])
    return t[:n] + "..."


G_OTHERS = [
    (2843311, "张建国在集团公司2023年三季度经济运行分析会上的讲话", "集团公司召开2023年三季度经济运行分析会，分析前三季度生产经营形势，部署四季度重点工作...", "2023-10-20"),
    (2810457, "总经理王志远在集团公司安全生产月活动启动仪式上的讲话", "同志们：今年6月是全国第22个“安全生产月”，主题是“人人讲安全、个个会应急”。今天，我们在这里召开集团公司安全生产月活动启动仪式...", "2023-06-02"),
    (2796120, "张建国在集团公司2023年年中工作会议上的讲话", "这次会议是在集团上半年各项工作取得积极进展的关键时刻召开的一次重要会议...", "2023-07-18"),
    (2771893, "王志远在集团公司科技创新大会上的讲话", "科技创新是企业发展的第一动力。近年来，集团坚持把科技创新摆在发展全局的核心位置...", "2023-04-26"),
    (2752604, "张建国在集团公司2023年党风廉政建设和反腐败工作会议上的讲话", "今天召开集团公司2023年党风廉政建设和反腐败工作会议，主要任务是...", "2023-03-01"),
    (2739018, "张建国在集团公司2023年工作会议暨职工代表大会上的讲话", "这次会议是集团公司在新的一年召开的第一次全局性重要会议...", "2023-01-31"),
    (2716542, "王志远在集团公司2022年度经营业绩考核大会上的讲话", "同志们：今天召开2022年度经营业绩考核大会，对各单位年度经营业绩进行考核兑现...", "2022-12-28"),
    (2698075, "张建国在集团公司海外业务工作座谈会上的讲话", "今天我们召开海外业务工作座谈会，主要是听取各海外项目的情况汇报...", "2022-11-15"),
]


def guest_listing(pno):
    per = 6
    rows = [(ID3, TITLE3, summary_of(S3), "2024-01-29")] + [(a, t, s, d) for a, t, s, d in G_OTHERS]
    rows.sort(key=lambda r: r[3], reverse=True)
    total = len(rows)
    pages = 2
    chunk = rows[(pno - 1) * per: pno * per]
    inner = "".join(abstract("guest", "ldjh", AP_G, a, t, s, d) for a, t, s, d in chunk)
    inner += page_iterator("/web/guest/ldjh", AP_G, pno, total, per, pages)
    side = side_box()
    cols = column(8, 1, portlet(AP_G, "领导讲话", inner, PLID["ldjh"])) + column(4, 2, side)
    return page(f"领导讲话 - {GROUP}", "guest", PLID["ldjh"], "/web/guest/ldjh", "/web/guest/ldjh",
                [("/web/guest/home", "淮江建工"), ("/web/guest/ldjh", "领导讲话")], cols,
                [f"101_INSTANCE_{AP_G}", "56_INSTANCE_hT6gF2"])


def side_box():
    return """<div class="portlet-boundary portlet-boundary_56_  portlet-static portlet-static-end portlet-borderless portlet-journal-content " id="p_p_id_56_INSTANCE_hT6gF2_" >
	<span id="p_56_INSTANCE_hT6gF2"></span>
	<div class="portlet-body">
		<div class="portlet-borderless-container" style="">
			<div class="portlet-body">
				<div class="journal-content-article">
					<div class="side-box">
						<h3>专题专栏</h3>
						<ul>
							<li><a href="/web/djgz/zt-djjy"><img src="/documents/20182/31544/zt_djxxjy.jpg" alt="党纪学习教育" /></a></li>
							<li><a href="/web/guest/zt-gqgg"><img src="/documents/20182/31544/zt_gqgg.jpg" alt="国企改革深化提升行动" /></a></li>
							<li><a href="/web/guest/zt-aqsc"><img src="/documents/20182/31544/zt_aqsc.jpg" alt="安全生产月" /></a></li>
						</ul>
						<h3>微信公众号</h3>
						<p><img src="/documents/20182/31544/qrcode_hjjg.jpg" alt="淮江建工微信公众号" width="120" height="120" /><br />扫一扫 关注淮江建工</p>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>
"""


def heading_block(main, sub, who, when):
    return f"""<p style="text-align: center;"><span style="font-size:22px;"><strong>{main}</strong></span></p>
<p style="text-align: center;"><span style="font-family:楷体,楷体_gb2312;"><span style="font-size:18px;">{sub}</span></span></p>
<p style="text-align: center;"><span style="font-family:楷体,楷体_gb2312;"><span style="font-size:18px;">{who}</span></span></p>
<p style="text-align: center;"><span style="font-family:楷体,楷体_gb2312;"><span style="font-size:18px;">{when}</span></span></p>
<p>&nbsp;</p>
"""


def body_paras(s):
    out = []
    for p in s.paras:
        if p[:2] in ("一、", "二、", "三、", "四、"):
            out.append(f'<p style="text-indent: 2em;"><span style="font-family:黑体;"><strong>{p}</strong></span></p>')
        else:
            out.append(f'<p style="text-indent: 2em;">{p}</p>')
    return "\n".join(out)


def full_view(site, col, ap, aid, title, published, source, author, editor, content, related):
    url = art_url(site, col, ap, aid)
    back = f"/web/{site}/{col}"
    print_url = (f"http://{HOST}{url}?p_p_state=pop_up&amp;_101_INSTANCE_{ap}_viewMode=print")
    rel = "".join(f'<li class="asset-related-asset"><a href="http://{HOST}{art_url(site, col, ap, a)}">{t}</a></li>' for a, t in related)
    return f"""<div class="asset-full-content default-asset-publisher show-asset-title">
	<div class="lfr-meta-actions asset-actions"></div>
	<div class="taglib-header ">
		<span class="header-back-to">
			<a class="icon-circle-arrow-left previous-level" href="http://{HOST}{back}" id="_101_INSTANCE_{ap}_TabsBack" title="返回"><span class="helper-hidden-accessible">返回</span></a>
		</span>
		<h3 class="header-title"><span>{title}</span></h3>
	</div>
	<div class="asset-content" id="_101_INSTANCE_{ap}_{aid + 1}">
		<div class="journal-content-article">
<div class="news-detail">
	<h1 class="news-title">{title}</h1>
	<div class="news-info">
		<span>发布时间：{published}</span>
		<span>来源：{source}</span>
		<span>作者：{author}</span>
		<span>浏览次数：<em id="viewCount_{aid}">--</em></span>
		<span class="font-size">字号：<a href="javascript:void(0)" onclick="setFontSize(18)">大</a> <a href="javascript:void(0)" onclick="setFontSize(16)">中</a> <a href="javascript:void(0)" onclick="setFontSize(14)">小</a></span>
	</div>
	<div class="news-content" id="newsContent">
{content}
	</div>
	<div class="news-editor">（责任编辑：{editor}）</div>
</div>
<script type="text/javascript">$.get('/hjjg-count/view?articleId={aid}', function(d){{ $('#viewCount_{aid}').text(d); }});</script>
		</div>
		<div class="asset-social-bookmarks">
			<div class="taglib-social-bookmarks">
				<ul class="unstyled inline">
					<li><a class="social-bookmark weibo" href="http://service.weibo.com/share/share.php?url=http%3A%2F%2F{HOST}{url.replace('/', '%2F')}" target="_blank">新浪微博</a></li>
					<li><a class="social-bookmark weixin" href="javascript:;" onclick="showQr()">微信</a></li>
				</ul>
			</div>
		</div>
	</div>
	<div class="asset-metadata">
		<span class="metadata-entry metadata-publish-date">{published[:10]}</span>
		<span class="metadata-entry metadata-view-count">浏览 <span id="count">1,286</span> 次</span>
	</div>
	<div class="asset-actions-bottom">
		<span class="taglib-icon-list"><a class="taglib-icon" href="javascript:Liferay.Util.openWindow({{dialog: {{width: 960}}, id: '_101_INSTANCE_{ap}_printAsset', title: '打印', uri: '{print_url}'}});" id="_101_INSTANCE_{ap}_print" title="打印 {title}"><img alt="" src="http://{HOST}/html/themes/classic/images/common/print.png" /><span class="taglib-text ">打印</span></a></span>
	</div>
	<div class="asset-related-assets">
		<h2 class="asset-links-title"><i class="icon-link"></i> 相关资源</h2>
		<ul class="asset-links-list">{rel}</ul>
	</div>
</div>
"""


def article3():
    content = heading_block("坚定信心　真抓实干<br />奋力开创集团高质量发展新局面",
                            "——在集团公司2024年工作会议暨职工代表大会上的讲话",
                            "集团公司党委书记、董事长　张建国", "（2024年1月26日）") + body_paras(S3)
    inner = full_view("guest", "ldjh", AP_G, ID3, TITLE3, "2024-01-29 09:16", "集团办公室", "集团办公室", "陈晓",
                      content, [(2739018, G_OTHERS[5][1]), (2843311, G_OTHERS[0][1])])
    cols = column(8, 1, portlet(AP_G, "领导讲话", inner, PLID["ldjh"])) + column(4, 2, side_box())
    return page(f"{TITLE3} - 领导讲话 - {GROUP}", "guest", PLID["ldjh"], U3, "/web/guest/ldjh",
                [("/web/guest/home", "淮江建工"), ("/web/guest/ldjh", "领导讲话"), (U3, TITLE3)], cols,
                [f"101_INSTANCE_{AP_G}", "56_INSTANCE_hT6gF2"])


D_OTHERS = [
    (3065210, "张建国在集团公司党纪学习教育读书班开班式上的讲话", "2024-05-21"),
    (3021774, "李红梅在集团公司2024年党建工作会议上的讲话", "2024-02-27"),
    (2998031, "张建国在集团公司2023年度基层党组织书记抓党建述职评议会上的讲话", "2024-01-19"),
    (2934526, "李红梅在集团公司青年工作会议上的讲话", "2023-05-04"),
]


def dj_side():
    return """<div class="portlet-boundary portlet-boundary_56_  portlet-static portlet-static-end portlet-borderless portlet-journal-content " id="p_p_id_56_INSTANCE_hT6gF2_" >
	<span id="p_56_INSTANCE_hT6gF2"></span>
	<div class="portlet-body"><div class="portlet-borderless-container" style=""><div class="portlet-body">
		<div class="journal-content-article">
			<div class="dj-side">
				<div class="dj-side-title">党建品牌</div>
				<p><a href="/web/djgz/xfjs"><img src="/documents/31497/31560/brand_jgxf.jpg" alt="“建功先锋”党建品牌" /></a></p>
				<div class="dj-side-title">快速通道</div>
				<ul><li><a href="https://www.12371-like.test/" target="_blank">共产党员网</a></li><li><a href="https://www.xuexi-like.test/" target="_blank">学习强国</a></li><li><a href="http://dj.huaijiang-like.test/" target="_blank">省国资委智慧党建平台</a></li><li><a href="/web/djgz/dflz">廉政举报</a></li></ul>
			</div>
		</div>
	</div></div></div>
</div>
"""


def dj_listing():
    rows = [(ID4, TITLE4, summary_of(S4), "2024-07-01")] + [(a, t, "", d) for a, t, d in D_OTHERS]
    inner = "".join(abstract("djgz", "ldjh", AP_D, a, t, s or (t + "..."), d) for a, t, s, d in rows)
    inner += '<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><small class="search-results">显示 5 项结果。</small></div></div>\n'
    cols = column(8, 1, portlet(AP_D, "领导讲话", inner, PLID["djgz_ldjh"])) + column(4, 2, dj_side())
    return page("领导讲话 - 党建工作", "djgz", PLID["djgz_ldjh"], "/web/djgz/ldjh", "/web/djgz/ldjh",
                [("/web/djgz", "党建工作"), ("/web/djgz/ldjh", "领导讲话")], cols, [f"101_INSTANCE_{AP_D}", "56_INSTANCE_hT6gF2"])


def article4():
    content = heading_block("以高质量党建引领保障集团高质量发展",
                            "——在集团公司庆祝建党103周年暨“两优一先”表彰大会上的讲话",
                            "集团公司党委副书记　李红梅", "（2024年6月28日）") + body_paras(S4)
    content = ('<p style="text-align: center;"><img alt="" src="/documents/31497/31602/20240628_dbdh_01.jpg" style="width: 600px; height: 400px;" /></p>\n'
               '<p style="text-align: center;"><span style="font-size:14px;">李红梅在表彰大会上讲话　鲁文涛　摄</span></p>\n' + content)
    inner = full_view("djgz", "ldjh", AP_D, ID4, TITLE4, "2024-07-01 10:02", "集团党委组织部（党建工作部）", "党建工作部", "孙悦",
                      content, [(3021774, D_OTHERS[1][1])])
    cols = column(8, 1, portlet(AP_D, "领导讲话", inner, PLID["djgz_ldjh"])) + column(4, 2, dj_side())
    return page(f"{TITLE4} - 领导讲话 - 党建工作", "djgz", PLID["djgz_ldjh"], U4, "/web/djgz/ldjh",
                [("/web/djgz", "党建工作"), ("/web/djgz/ldjh", "领导讲话"), (U4, TITLE4)], cols,
                [f"101_INSTANCE_{AP_D}", "56_INSTANCE_hT6gF2"])


REPORT_TITLE = "集团公司召开庆祝建党103周年暨“两优一先”表彰大会"


def report_page():
    paras = [
        "6月28日，集团公司召开庆祝中国共产党成立103周年暨“两优一先”表彰大会，集团党委副书记李红梅出席会议并讲话。",
        "会议宣读了《关于表彰集团公司系统优秀共产党员、优秀党务工作者和先进基层党组织的决定》，对30名优秀共产党员、10名优秀党务工作者和15个先进基层党组织进行了表彰。隧道公司盾构班组党员突击队、路桥公司王建平等先进代表作了交流发言。",
        "李红梅指出，一年来，集团各级党组织坚持把党的领导融入公司治理各环节，推动党建工作与生产经营深度融合，“党建工作做实了就是生产力，做强了就是竞争力，做细了就是凝聚力”。",
        "李红梅要求，各级党组织和广大党员要在学习上下功夫、在融合上见实效、在作风上树形象、在关爱上出真情、在队伍上打基础，为集团高质量发展提供坚强保证。",
        "会上，全体新党员面向党旗进行了入党宣誓，老党员领誓。集团领导班子成员，各单位党组织书记、受表彰代表共200余人参加会议。",
    ]
    content = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    inner = full_view("djgz", "djdt", AP_N, REPORT, REPORT_TITLE, "2024-06-28 18:40", "集团党委组织部（党建工作部）", "鲁文涛", "孙悦",
                      content, [])
    cols = column(8, 1, portlet(AP_N, "党建动态", inner, PLID["djdt"])) + column(4, 2, dj_side())
    return page(f"{REPORT_TITLE} - 党建动态 - 党建工作", "djgz", PLID["djdt"], UR, "/web/djgz/djdt",
                [("/web/djgz", "党建工作"), ("/web/djgz/djdt", "党建动态"), (UR, REPORT_TITLE)], cols,
                [f"101_INSTANCE_{AP_N}", "56_INSTANCE_hT6gF2"])


def list_box(ap, title, rows, more):
    lis = "\n".join(f'<li class="title-list"><span class="asset-date">{d[5:]}</span><a href="http://{HOST}{u}">{t}</a></li>' for u, t, d in rows)
    inner = f"""<div class="title-list-wrapper"><ul class="title-list">
{lis}
</ul><div class="asset-more-link"><a href="http://{HOST}{more}">更多 &raquo;</a></div></div>
"""
    return portlet(ap, title, inner, 20187)


def dj_home():
    dt = [(UR, REPORT_TITLE, "2024-06-28"),
          ("/web/djgz/djdt/-/asset_publisher/Rt5vH9jKmN2s/content/id/3098110", "路桥公司党委开展“七一”主题党日活动", "2024-06-26"),
          ("/web/djgz/djdt/-/asset_publisher/Rt5vH9jKmN2s/content/id/3087453", "集团党纪学习教育读书班圆满结业", "2024-06-12")]
    jh = [(U4, TITLE4, "2024-07-01")] + [(art_url("djgz", "ldjh", AP_D, a), t, d) for a, t, d in D_OTHERS[:3]]
    cols = column(6, 1, list_box(AP_N, "党建动态", dt, "/web/djgz/djdt")) + column(6, 2, list_box(AP_D, "领导讲话", jh, "/web/djgz/ldjh"))
    return page("党建工作 - 淮江建工集团", "djgz", PLID["djgz"], "/web/djgz", "/web/djgz", [("/web/djgz", "党建工作")], cols,
                [f"101_INSTANCE_{AP_N}", f"101_INSTANCE_{AP_D}"])


def home():
    news = [("/web/guest/jtyw/-/asset_publisher/Hn2cV5bXzQ8w/content/id/3108775", "集团与淮江市签署城市更新战略合作协议", "2024-07-03"),
            ("/web/guest/jtyw/-/asset_publisher/Hn2cV5bXzQ8w/content/id/3101236", "沿江快速路二期工程主线贯通", "2024-06-25"),
            ("/web/guest/jtyw/-/asset_publisher/Hn2cV5bXzQ8w/content/id/3093318", "集团召开2024年安全生产月活动推进会", "2024-06-14")]
    jh = [(U3, TITLE3, "2024-01-29")] + [(art_url("guest", "ldjh", AP_G, a), t, d) for a, t, s, d in G_OTHERS[:3]]
    jh.sort(key=lambda r: r[2], reverse=True)
    dj = f"""<div class="portlet-boundary portlet-boundary_56_  portlet-static portlet-static-end portlet-borderless portlet-journal-content " id="p_p_id_56_INSTANCE_hT6gF2_" >
	<div class="portlet-body"><div class="portlet-borderless-container"><div class="portlet-body"><div class="journal-content-article">
	<div class="home-banner-dj"><a href="http://{HOST}/web/djgz"><img src="/documents/20182/31544/banner_djgz.jpg" alt="党建工作" width="980" height="100" /></a></div>
	</div></div></div></div>
</div>
"""
    cols = (column(6, 1, list_box("Hn2cV5bXzQ8w", "集团要闻", news, "/web/guest/jtyw") + dj)
            + column(6, 2, list_box(AP_G, "领导讲话", jh[:4], "/web/guest/ldjh")))
    return page(f"首页 - {GROUP}", "guest", PLID["home"], "/web/guest/home", "/web/guest/home", [("/web/guest/home", "淮江建工")], cols,
                ["101_INSTANCE_Hn2cV5bXzQ8w", f"101_INSTANCE_{AP_G}", "56_INSTANCE_hT6gF2"])


class LiferayFamily(Family):
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
    fam = LiferayFamily(HOST, "国有企业 group site with its 党建 sub-site on Liferay Portal 6.2 CE (friendly URLs, Asset Publisher)",
                        content_type="text/html;charset=UTF-8", extensionless_html=True)
    h = home()
    fam.put("/", h)
    fam.put("/web/guest/home", h)
    fam.put("/web/guest/ldjh/", guest_listing(1))
    q2 = "/web/guest/ldjh?" + page2_query(AP_G) + "2"
    q1 = "/web/guest/ldjh?" + page2_query(AP_G) + "1"
    fam.route(q2, "web/guest/ldjh/_cur2.html", guest_listing(2))
    fam.route(q1, "web/guest/ldjh/_cur1.html", guest_listing(1))
    fam.put(U3, article3())
    fam.put("/web/djgz/", dj_home())
    fam.put("/web/djgz/ldjh/", dj_listing())
    fam.put(U4, article4())
    fam.put(UR, report_page())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /api/\n")
    fam.doc([U3], S3, title=TITLE3)
    fam.doc([U4], S4, title=TITLE4)
    fam.not_documents += ["/", "/web/guest/home", "/web/guest/ldjh", q2, "/web/djgz", "/web/djgz/ldjh", UR]
    fam.noise += ["跳至内容", "阅读全文", "发布时间：", "浏览次数：", "责任编辑：", "坚定信心　真抓实干", "奋力开创集团高质量发展新局面",
                  "——在集团公司2024年工作会议暨职工代表大会上的讲话", "集团公司党委书记、董事长　张建国", "（2024年1月26日）",
                  "以高质量党建引领保障集团高质量发展", "集团公司党委副书记　李红梅", "（2024年6月28日）", "李红梅在表彰大会上讲话",
                  "相关资源", "淮ICP备14003682号-1", "扫一扫 关注淮江建工", "第 1 页，共 2 页", "不忘初心 牢记使命"]
    fam.note = ("Liferay 6.2: column pages are folders of their articles (`folder_pages`); the Asset Publisher's page 2 is a "
                "query route. Each speech opens with its own heading block (主标题 / ——在…上的讲话 / speaker / （date）) inside "
                "`news-content`, which is not text; the title is the asset's title (`h3.header-title` and `h1.news-title`), "
                "published_at the date in the heading block, not 发布时间. The 党建动态 report on the meeting quotes the speech "
                "and is not a document.")
    return fam
