"""Invision Community 4 (IPS 4.7) forum with a Chinese (zh-CN) language pack, default theme, friendly
URLs on: `/topic/N-slug/`, `/topic/N-slug/page/2/`, `/forum/N-slug/`. The slugs are IPS's seoTitle of the
Chinese title (lower-cased, spaces to `-`, kept as Unicode: percent-encoded in every href, decoded file
names here as the replica decodes paths).

Topic pages: `body.ipsApp` with its data-page attributes, header / `navBar`, `nav.ipsBreadcrumb`, the
`ipsPageHeader` box (h1 `ipsType_pageTitle`, 由 … / `<time datetime>` 发布, 关注者 button), then
`#comments` / `data-role=commentFeed` holding one `article.cPost.ipsComment` per post
(`aside.cAuthorPane` with group and 发帖数, `ipsComment_meta` 发布于 `<time>`, the text in
`div[data-role=commentContent].ipsType_richText` as `<p>`s, `ipsItemControls` with 引用 and reactions,
`memberSignature`); quotes as `blockquote.ipsQuote` with `ipsQuote_citation` (… 说：) and
`ipsQuote_contents`; 25 posts a page, `ul.ipsPagination` (`data-ipsPagination-seoPagination`, 上一页 /
1 / 2 / 下一页 / 尾页 / 页码跳转) with `<link rel="next">`; page 2 holds only later replies; share links, the
guest box (创建帐户或登录以发表评论), the similar-topics block and the footer (Powered by Invision Community,
ICP)."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family, render

HOST = "community.shuying-club.test"
SITE = "书影同好会"


class IpsFamily(Family):
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        if parts.query:
            return super().file_for_url(url)
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


def topic_path(tid, slug, page=1):
    return f"/topic/{tid}-{slug}/" + (f"page/{page}/" if page > 1 else "")


def href(path):
    return "http://" + HOST + quote(path, safe="/-")


HEAD = """<!DOCTYPE html>
<html lang="zh-CN" dir="ltr">
	<head>
		<meta charset="utf-8">
        
		<title>@@TITLE@@</title>
		
		
		
		

	<meta name="viewport" content="width=device-width, initial-scale=1">


	
	


	<meta name="twitter:card" content="summary" />



	
		
			
				<meta property="og:title" content="@@OGTITLE@@">
			
		
	

	
		
			
				<meta property="og:type" content="website">
			
		
	

	
		
			
				<meta property="og:url" content="@@CANON@@">
			
		
	

	
		
			
				<meta property="og:site_name" content="书影同好会">
			
		
	

	
		
			
				<meta property="og:locale" content="zh_CN">
			
		
	


	
		<link rel="canonical" href="@@CANON@@" />
	
@@LINKS@@


<link rel="manifest" href="http://community.shuying-club.test/manifest.webmanifest/">
<meta name="msapplication-config" content="http://community.shuying-club.test/browserconfig.xml/">
<meta name="msapplication-starturl" content="/">
<meta name="application-name" content="书影同好会">
<meta name="apple-mobile-web-app-title" content="书影同好会">

	<meta name="theme-color" content="#3d6594">




	
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/20446cf2d164adcc029377cb04d43d17_flags.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/90eb5adf50a8c640f633d47fd7eb1778_core.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/5a0da001ccc2200dc5625c3f3934497d_core_responsive.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/62e269ced0fdab7e30e026f1d30ae516_forums.css?v=8d4e2f5f0a1699860103' media='all'>
	
		<link rel='stylesheet' href='http://community.shuying-club.test/uploads/css_built_1/76e62c573090645fb99a15a363d8620e_forums_responsive.css?v=8d4e2f5f0a1699860103' media='all'>
	

	<script type='text/javascript'>
		var ipsDebug = false;		
	
		var CKEDITOR_BASEPATH = '//community.shuying-club.test/applications/core/interface/ckeditor/ckeditor/';
	
		var ipsSettings = {
			cookie_path: "/",
			cookie_prefix: "ips4_",
			cookie_ssl: false,
			essential_cookies: ["oauth_authorize","member_id","login_key","clearAutosave","lastSearch","device_key","IPSSessionFront","loggedIn","noCache","hasJS","cookie_consent","cookie_consent_optional","language","forumpass_*"],
			upload_imgURL: "",
			message_imgURL: "",
			notification_imgURL: "",
			baseURL: "//community.shuying-club.test/",
			jsURL: "//community.shuying-club.test/applications/core/interface/js/js.php",
			csrfKey: "4f1c8a2b9e7d6c5b3a2f1e0d9c8b7a6f",
			antiCache: "8d4e2f5f0a1699860103",
			jsAntiCache: "8d4e2f5f0a1700812345",
			disableNotificationSounds: true,
			useCompiledFiles: true,
			links_external: true,
			memberID: 0,
			lazyLoadEnabled: true,
			blankImg: "//community.shuying-club.test/applications/core/interface/js/spacer.png",
			googleAnalyticsEnabled: false,
			matomoEnabled: false,
			viewProfiles: true,
			mapProvider: 'none',
			mapApiKey: '',
			pushPublicKey: null,
			relativeDates: true
		};
		
		
		
		
		ipsSettings['maxImageDimensions'] = {
			width: 1000,
			height: 750
		};
		
	</script>
	</head>
	<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix' data-controller='core.front.core.app' data-message="" data-pageApp='@@PAGEAPP@@' data-pageLocation='front' data-pageModule='forums' data-pageController='@@PAGECTRL@@' data-pageID='@@PAGEID@@' >
		
        

        

		<a href='#ipsLayout_mainArea' class='ipsHide' title='前往主要内容' accesskey='m'>跳转到内容</a>
		<div id='ipsLayout_header' class='ipsClearfix'>
			<header>
				<div class='ipsLayout_container'>
					<a href='http://community.shuying-club.test/' id='elLogo' accesskey='1'><img src="http://community.shuying-club.test/uploads/monthly_2023_03/logo.png.4a1b2c3d.png" alt='书影同好会'></a>
					<ul id='elUserNav' class='ipsList_inline cSignedOut ipsResponsive_showDesktop'>
	<li id='elSignInLink'>
		<a href='http://community.shuying-club.test/login/' data-ipsMenu-closeOnClick="false" data-ipsMenu id='elUserSignIn'>
			已有帐号？ 登录 &nbsp;<i class='fa fa-caret-down'></i>
		</a>
	</li>
	<li>
		<a href='http://community.shuying-club.test/register/' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='注册' id='elRegisterButton' class='ipsButton ipsButton_normal ipsButton_primary'>注册</a>
	</li>
</ul>
				</div>
			</header>
			<nav data-controller='core.front.core.navBar' class=' ipsResponsive_showDesktop'>
	<div class='ipsNavBar_primary ipsLayout_container  ipsClearfix'>
		<div id='elSearchWrapper'>
	<div id='elSearch' data-controller='core.front.core.quickSearch'>
		<form accept-charset='utf-8' action='//community.shuying-club.test/search/?do=quicksearch' method='post'>
            <input type='search' id='elSearchField' placeholder='搜索...' name='q' autocomplete='off' aria-label='搜索'>
            <button class='cSearchSubmit' type="submit" aria-label='搜索'><i class="fa fa-search"></i></button>
		</form>
	</div>
</div>
		<ul data-role="primaryNavBar" class='ipsClearfix'>
			<li  id='elNavSecondary_1' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem"><a href="http://community.shuying-club.test/"  data-navItem-id="1" data-navDefault>浏览</a>
				<ul class='ipsNavBar_secondary ' data-role='secondaryNavBar'>
					<li  id='elNavSecondary_8' data-role="navBarItem" data-navApp="forums" data-navExt="Forums"><a href="http://community.shuying-club.test/"  data-navItem-id="8" data-navDefault>论坛</a></li>
					<li  id='elNavSecondary_9' data-role="navBarItem" data-navApp="calendar" data-navExt="Calendar"><a href="http://community.shuying-club.test/events/"  data-navItem-id="9">活动</a></li>
					<li  id='elNavSecondary_12' data-role="navBarItem" data-navApp="core" data-navExt="StaffDirectory"><a href="http://community.shuying-club.test/staff/"  data-navItem-id="12">管理团队</a></li>
					<li  id='elNavSecondary_13' data-role="navBarItem" data-navApp="core" data-navExt="OnlineUsers"><a href="http://community.shuying-club.test/online/"  data-navItem-id="13">在线用户</a></li>
				</ul>
			</li>
			<li  id='elNavSecondary_2' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem"><a href="http://community.shuying-club.test/discover/"  data-navItem-id="2">活动</a></li>
			<li class='focus-nav__more focus-nav--hidden'><a href="#" id="elNavigationMore">更多</a></li>
		</ul>
	</div>
</nav>
		</div>
		<main id='ipsLayout_body' class='ipsLayout_container'>
			<div id='ipsLayout_contentArea'>
				<div id='ipsLayout_contentWrapper'>
					
<nav class='ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover'>
	<ul class='ipsList_inline ipsPos_right'>
		<li><a data-action="defaultStream" class='ipsType_light '  href='http://community.shuying-club.test/discover/'><i class="fa fa-newspaper-o"></i> <span>所有活动</span></a></li>
	</ul>
	<ul data-role="breadcrumbList">
		<li><a title="首页" href='http://community.shuying-club.test/'><span><i class='fa fa-home'></i> 首页 <i class='fa fa-angle-right'></i></span></a></li>
@@CRUMBS@@
	</ul>
</nav>
					<div id='ipsLayout_mainArea'>
"""

FOOT = """					</div>
				</div>
			</div>
		</main>
		<footer id='ipsLayout_footer' class='ipsClearfix'>
			<div class='ipsLayout_container'>
				
<ul class='ipsList_inline ipsType_center ipsSpacer_top' id="elFooterLinks">
	<li><a href='#elNavLang_menu' id='elNavLang' data-ipsMenu data-ipsMenu-above>语言 <i class='fa fa-caret-down'></i></a></li>
	<li><a href='http://community.shuying-club.test/privacy/'>隐私政策</a></li>
	<li><a rel="nofollow" href='http://community.shuying-club.test/contact/' data-ipsdialog  data-ipsDialog-remoteSubmit data-ipsDialog-flashMessage='谢谢，您的消息已发送给管理员。' data-ipsdialog-title="联系我们">联系我们</a></li>
	<li><a rel="nofollow" href='http://community.shuying-club.test/cookies/'>Cookies</a></li>
</ul>	


<p id='elCopyright'>
	<span id='elCopyright_userLine'>&copy; 2018-2024 书影同好会 <a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">浙ICP备19034512号-1</a></span>
	<a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>Powered by Invision Community</a>
</p>
			</div>
		</footer>
		
<div id='elMobileDrawer' class='ipsDrawer ipsHide'>
	<div class='ipsDrawer_menu'>
		<a href='#' class='ipsDrawer_close' data-action='close'><span>&times;</span></a>
	</div>
</div>

		
		
		<script type='text/javascript' src='//community.shuying-club.test/uploads/javascript_global/root_library.js?v=8d4e2f5f0a1700812345' data-ips></script>
		<script type='text/javascript' src='//community.shuying-club.test/uploads/javascript_global/root_js_lang_2.js?v=8d4e2f5f0a1700812345' data-ips></script>
		<script type='text/javascript' src='//community.shuying-club.test/uploads/javascript_global/root_framework.js?v=8d4e2f5f0a1700812345' data-ips></script>
		<script type='text/javascript' src='//community.shuying-club.test/uploads/javascript_core/global_global_core.js?v=8d4e2f5f0a1700812345' data-ips></script>
		<script type='text/javascript' src='//community.shuying-club.test/uploads/javascript_forums/front_front_topic.js?v=8d4e2f5f0a1700812345' data-ips></script>
		<script type='text/javascript'>ips.setSetting( 'date_format', jQuery.parseJSON('"yyyy\/mm\/dd"') );
ips.setSetting( 'date_first_day', jQuery.parseJSON('0') );
ips.setSetting( 'ipb_url_filter_option', jQuery.parseJSON('"none"') );
ips.setSetting( 'url_filter_any_action', jQuery.parseJSON('"allow"') );
ips.setSetting( 'bypass_profanity', jQuery.parseJSON('0') );
ips.setSetting( 'emoji_style', jQuery.parseJSON('"native"') );
ips.setSetting( 'emoji_shortcodes', jQuery.parseJSON('true') );
ips.setSetting( 'emoji_ascii', jQuery.parseJSON('true') );
ips.setSetting( 'emoji_cache', jQuery.parseJSON('1699860103') );
ips.setSetting( 'image_jpg_quality', jQuery.parseJSON('85') );
ips.setSetting( 'cloud2', jQuery.parseJSON('false') );
ips.setSetting( 'isAnonymous', jQuery.parseJSON('false') );
</script>
@@JSONLD@@
		<script type='text/javascript'>
    (() => {
        let gqlKeys = [];
        for (let [k, v] of Object.entries(gqlKeys)) {
            ips.setGraphQlData(k, v);
        }
    })();
</script>
		<!--ipsQueryLog-->
		<!--ipsCachingLog-->
	</body>
</html>
"""

MEMBERS = {
    "老周读书": (3, "管理员", "1,862", "书是最好的朋友。"),
    "青灯黄卷": (57, "核心成员", "944", ""),
    "小满不满": (128, "成员", "213", "慢慢读，慢慢活。"),
    "河边的石头": (76, "成员", "507", ""),
    "光圈F8": (41, "摄影版主", "1,305", "器材党已退坑，专心拍人。"),
    "阿木的镜头": (202, "成员", "98", ""),
    "雨后蘑菇": (166, "成员", "341", ""),
    "晚风十里": (233, "新会员", "12", ""),
}


def stamp(iso):
    # iso "2024-04-23 19:02" (UTC+8) -> <time>
    d, t = iso.split()
    y, m, day = d.split("-")
    hh, mm = t.split(":")
    h = int(hh) - 8
    utc_day = int(day)
    if h < 0:
        h += 24
        utc_day -= 1
    return (
        f"<time datetime='{y}-{m}-{utc_day:02d}T{h:02d}:{mm}:00Z' title='{y}/{m}/{day} {hh}:{mm} '"
        f" data-short='{2026 - int(y)} 年'>{int(y)}年{int(m)}月{int(day)}日</time>"
    )


def member_link(name, cls="ipsType_break"):
    mid = MEMBERS[name][0]
    return f"<a href='http://{HOST}/profile/{mid}-{quote(name)}/' data-ipsHover data-ipsHover-target='http://{HOST}/profile/{mid}-{quote(name)}/?do=hovercard&amp;referrer={quote('http://' + HOST + '/', safe='')}' title='前往{name}的个人资料' class=\"{cls}\">{name}</a>"


def post(cid, tid, name, when, body_html, ts):
    mid, group, count, sig = MEMBERS[name]
    sig_html = (
        f"""
					<div data-role="memberSignature" class='ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical'>
						<div class='ipsType_light ipsType_richText' data-ipsLazyLoad><p>{sig}</p></div>
					</div>"""
        if sig
        else ""
    )
    return f"""
<a id='comment-{cid}'></a>
<article  id='elComment_{cid}' class='cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    '>
	<div class='cAuthorPane_mobile ipsResponsive_showPhone'>
		<div class='cAuthorPane_photo'><a href="http://{HOST}/profile/{mid}-{quote(name)}/" rel="nofollow" data-ipsHover class="ipsUserPhoto ipsUserPhoto_large" title="前往{name}的个人资料"><img src='http://{HOST}/uploads/set_resources_1/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png' alt='{name}' loading="lazy"></a></div>
		<div class='cAuthorPane_content'>
			<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center'>{member_link(name, "ipsType_break")}</h3>
			<div class='ipsType_light ipsType_reset'><a href='http://{HOST}{quote(topic_path_for[tid], safe="/-")}?do=findComment&amp;comment={cid}' rel="nofollow" class='ipsType_blendLinks'>{stamp(when)}</a></div>
		</div>
	</div>
	<aside class='ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone'>
		<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break'><strong>{member_link(name)}</strong></h3>
		<ul class='cAuthorPane_info ipsList_reset'>
			<li data-role='photo' class='cAuthorPane_photo'><a href="http://{HOST}/profile/{mid}-{quote(name)}/" rel="nofollow" data-ipsHover class="ipsUserPhoto ipsUserPhoto_large" title="前往{name}的个人资料"><img src='http://{HOST}/uploads/set_resources_1/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png' alt='{name}' loading="lazy"></a></li>
			<li data-role='group'>{group}</li>
			<li data-role='stats' class='ipsMargin_top'>
				<ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">
					<li><a href="http://{HOST}/profile/{mid}-{quote(name)}/content/" title="{count} 帖子" data-ipsTooltip class="ipsType_blendLinks"><i class="fa fa-comment"></i> {count}</a></li>
				</ul>
			</li>
		</ul>
	</aside>
	<div class='ipsColumn ipsColumn_fluid ipsMargin:none'>
		<div id='comment-{cid}_wrap' data-controller='core.front.core.comment' data-commentApp='forums' data-commentType='forums' data-commentID="{cid}" data-quoteData='{{&quot;userid&quot;:{mid},&quot;username&quot;:&quot;{name}&quot;,&quot;timestamp&quot;:{ts},&quot;contentapp&quot;:&quot;forums&quot;,&quot;contenttype&quot;:&quot;forums&quot;,&quot;contentid&quot;:{tid},&quot;contentclass&quot;:&quot;forums_Topic&quot;,&quot;contentcommentid&quot;:{cid}}}' class='ipsComment_content ipsType_medium'>
			<div class='ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse'>
				<div class='ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap'>
					<ul class='ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1'>
						<li class='ipsHide' data-role='commentLoading'><span class='ipsLoading ipsLoading_tiny ipsLoading_noAnim'></span></li>
						<li><a href='http://{HOST}{quote(topic_path_for[tid], safe="/-")}?do=findComment&amp;comment={cid}' data-ipsTooltip title='分享此帖' data-ipsMenu data-ipsMenu-closeOnClick='false' id='elSharePost_{cid}' data-role='shareComment'><i class='fa fa-share-alt'></i></a></li>
					</ul>
				</div>
				<div class='ipsType_reset ipsResponsive_hidePhone'>
					<a href='http://{HOST}{quote(topic_path_for[tid], safe="/-")}?do=findComment&amp;comment={cid}' rel="nofollow" class='ipsType_blendLinks'>发布于 {stamp(when)}</a>
				</div>
			</div>
			<div class='cPost_contentWrap'>
				<div data-role='commentContent' class='ipsType_normal ipsType_richText ipsPadding_bottom ipsContained' data-controller='core.front.core.lightboxedImages'>
					{body_html}
				</div>
				<div class='ipsItemControls'>
					<div data-controller='core.front.core.reaction' class='ipsItemControls_right ipsClearfix '>
						<div class='ipsReact ipsPos_right'>
							<div class='ipsReact_blurb ipsHide' data-role='reactionBlurb'></div>
						</div>
					</div>
					<ul class='ipsComment_controls ipsClearfix ipsItemControls_left' data-role="commentControls">
						<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{cid}' class='ipsJS_show'><button class='ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide' data-action='multiQuoteComment' data-ipsTooltip data-ipsQuote-multiQuote data-mqId='mq{cid}' title='多重引用'><i class='fa fa-plus'></i></button></li>
						<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{cid}' class='ipsJS_show'><a href='#' data-action='quoteComment' data-ipsQuote-singleQuote>引用</a></li>
						<li class='ipsHide' data-role='commentLoading'><span class='ipsLoading ipsLoading_tiny ipsLoading_noAnim'></span></li>
					</ul>
				</div>{sig_html}
			</div>
		</div>
	</div>
</article>
"""


topic_path_for = {}


def pagination(tid, slug, n, count):
    if count == 1:
        return ""
    items = []
    first = href(topic_path(tid, slug))
    items.append(f"<li class='ipsPagination_first{' ipsPagination_inactive' if n == 1 else ''}'><a href='{first}#comments' rel=\"first\" data-page='1' data-ipsTooltip title='首页'><i class='fa fa-angle-double-left'></i></a></li>")
    prev = href(topic_path(tid, slug, max(n - 1, 1)))
    items.append(f"<li class='ipsPagination_prev{' ipsPagination_inactive' if n == 1 else ''}'><a href='{prev}#comments' rel=\"prev\" data-page='{n - 1}' data-ipsTooltip title='上一页'>上一页</a></li>")
    for i in range(1, count + 1):
        items.append(f"<li class='ipsPagination_page{' ipsPagination_active' if i == n else ''}'><a href='{href(topic_path(tid, slug, i))}#comments' data-page='{i}'>{i}</a></li>")
    nxt = href(topic_path(tid, slug, min(n + 1, count)))
    items.append(f"<li class='ipsPagination_next{' ipsPagination_inactive' if n == count else ''}'><a href='{nxt}#comments' rel=\"next\" data-page='{min(n + 1, count)}' data-ipsTooltip title='下一页'>下一页</a></li>")
    items.append(f"<li class='ipsPagination_last{' ipsPagination_inactive' if n == count else ''}'><a href='{href(topic_path(tid, slug, count))}#comments' rel=\"last\" data-page='{count}' data-ipsTooltip title='尾页'><i class='fa fa-angle-double-right'></i></a></li>")
    items.append(f"<li class='ipsPagination_pageJump'><a href='#' data-ipsMenu data-ipsMenu-closeOnClick='false' data-ipsMenu-appendTo='#elPagination_{tid}' id='elPagination_{tid}_jump'>第 {n} 页，共 {count} 页 &nbsp;<i class='fa fa-caret-down'></i></a></li>")
    return f"<ul class='ipsPagination' id='elPagination_{tid}' data-ipsPagination-seoPagination='true' data-pages='{count}' data-ipsPagination  data-ipsPagination-pages=\"{count}\" data-ipsPagination-perPage='25'>\n" + "\n".join(items) + "\n</ul>"


def topic_page(t, n, count, posts_html):
    tid, slug, title, forum = t["tid"], t["slug"], t["title"], t["forum"]
    canon = href(topic_path(tid, slug, n))
    links = ""
    if count > 1:
        if n > 1:
            links += f"<link rel=\"prev\" href=\"{href(topic_path(tid, slug, n - 1))}\" />\n"
        if n < count:
            links += f"<link rel=\"next\" href=\"{href(topic_path(tid, slug, n + 1))}\" />\n"
        links += f"<link rel=\"last\" href=\"{href(topic_path(tid, slug, count))}\" />\n"
    crumbs = f"""		<li><a href='{href(forum[0])}'><span>{forum[1]} <i class='fa fa-angle-right'></i></span></a></li>
		<li>{title}</li>"""
    pag = pagination(tid, slug, n, count)
    body = f"""
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
	<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
		<div class="ipsFlex-flex:11">
			<h1 class="ipsType_pageTitle ipsContained_container">
				<span class="ipsType_break ipsContained"><span>{title}</span></span>
			</h1>
		</div>
		<div class="ipsFlex-flex:00 ipsType_light">
			<div class='ipsClearfix ipsRating  ipsRating_veryLarge'><ul class='ipsRating_collective'><li class='ipsRating_off'><i class='fa fa-star'></i></li></ul></div>
		</div>
	</div>
	<hr class="ipsHr">
	<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3">
		<div class="ipsFlex-flex:11">
			<div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix">
				<a href="http://{HOST}/profile/{MEMBERS[t['author']][0]}-{quote(t['author'])}/" rel="nofollow" data-ipsHover class="ipsUserPhoto ipsUserPhoto_mini" title="前往{t['author']}的个人资料"><img src='http://{HOST}/uploads/set_resources_1/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png' alt='{t['author']}' loading="lazy"></a>
				<div>
					<p class="ipsType_reset ipsType_blendLinks">
						<span class="ipsType_normal">由 <strong>{member_link(t['author'])}</strong></span><br>
						<span class="ipsType_light">{stamp(t['when'])} 发布</span>
					</p>
				</div>
			</div>
		</div>
		<div class="ipsFlex-flex:01 ipsResponsive_hidePhone">
			<div class="ipsShare_wrap">
				<ul class='ipsList_inline ipsList_noSpacing ipsClearfix' data-controller="core.front.core.sharelink">
					<li><a href="https://service.weibo.com/share/share.php?url={quote(canon, safe='')}&amp;title={quote(title)}" class="cShareLink cShareLink_weibo" target="_blank" data-role="shareLink" title='分享到微博' data-ipsTooltip rel='noopener'><i class="fa fa-weibo"></i></a></li>
					<li><a href="https://twitter.com/share?url={quote(canon, safe='')}" class="cShareLink cShareLink_twitter" target="_blank" data-role="shareLink" title='分享到 X' data-ipsTooltip rel='nofollow noopener'><i class="fa fa-twitter"></i></a></li>
					<li><a href="https://www.facebook.com/sharer/sharer.php?u={quote(canon, safe='')}" class="cShareLink cShareLink_facebook" target="_blank" data-role="shareLink" title='分享到 Facebook' data-ipsTooltip rel='noopener nofollow'><i class="fa fa-facebook"></i></a></li>
					<li><a href="mailto:?subject={quote(title)}&body={quote(canon, safe='')}" rel='nofollow' class='cShareLink cShareLink_email' title='通过电子邮件分享' data-ipsTooltip><i class="fa fa-envelope"></i></a></li>
				</ul>
			</div>
			<div data-followApp='forums' data-followArea='topic' data-followID='{tid}' data-controller='core.front.core.followButton'>
				<a href="http://{HOST}/login/" rel="nofollow" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall " data-role="followButton" data-ipsTooltip title='登录后关注此项目'><span>关注者</span><span class='ipsCommentCount'>{t['followers']}</span></a>
			</div>
		</div>
	</div>
</div>

<div class='ipsClearfix'>
	<ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ">
		<li class='ipsToolList_primaryAction'><span data-controller='forums.front.topic.reply'><a href='#replyForm' rel="nofollow" class='ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth' data-action='replyToTopic'>回复此主题</a></span></li>
		<li class='ipsResponsive_hidePhone'><a href='{href(forum[0])}?do=add' rel='nofollow' class='ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth' title='在本版块发起新主题'>发起新主题</a></li>
	</ul>
</div>

<div id='comments' data-controller='core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments' data-autoPoll data-baseURL='{href(topic_path(tid, slug))}' {'data-lastPage' if n == count else ''} data-feedID='topic-{tid}' class='cTopic ipsClear ipsSpacer_top'>
	<div class="ipsClearfix ipsSpacer_both">{pag}</div>
	<div data-role='commentFeed' data-controller='core.front.core.moderation' >
		<form action="{href(topic_path(tid, slug, n))}?csrfKey=4f1c8a2b9e7d6c5b3a2f1e0d9c8b7a6f&amp;do=multimodComment" method="post" data-ipsPageAction data-role='moderationTools'>
{posts_html}
		</form>
	</div>
	<div class="ipsClearfix ipsSpacer_both">{pag}</div>
	<div class='ipsAreaBackground ipsPad ipsSpacer_top' data-role='replyArea'>
		<div class='ipsType_center ipsPad cTopicPostArea_noSize'>
			<h2 class='ipsType_pageTitle'>创建帐户或登录以发表评论</h2>
			<p class='ipsType_light ipsType_normal ipsType_reset'>您需要成为会员才能发表评论</p>
			<div class='ipsBox ipsPad ipsSpacer_top'>
				<div class='ipsGrid ipsGrid_collapsePhone'>
					<div class='ipsGrid_span6 cLogin_register ipsAreaBackground_light ipsPad'>
						<h2 class='ipsType_sectionHead'>创建帐户</h2>
						<p class='ipsType_normal ipsType_reset ipsType_light ipsType_richText ipsSpacer_top ipsSpacer_half'>在我们的社区注册一个新帐户。这很容易！</p>
						<br><div class='ipsType_center'><a href='http://{HOST}/register/' class='ipsButton ipsButton_primary ipsButton_small' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='注册'>注册新帐户</a></div>
					</div>
					<div class='ipsGrid_span6 cLogin_signIn ipsAreaBackground_light ipsPad'>
						<h2 class='ipsType_sectionHead'>登入</h2>
						<p class='ipsType_normal ipsType_reset ipsType_light ipsType_richText ipsSpacer_top ipsSpacer_half'>已有帐户？在此登录。</p>
						<br><div class='ipsType_center'><a href='http://{HOST}/login/?ref={quote(href(topic_path(tid, slug, n)), safe="")}' data-ipsDialog data-ipsDialog-size='medium' data-ipsDialog-remoteVerify="false" data-ipsDialog-title="现在登录" class='ipsButton ipsButton_primary ipsButton_small'>现在登录</a></div>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>

<div class='ipsResponsive_noFloat ipsResponsive_showPhone'>
	<div class='ipsResponsive_noFloat ipsResponsive_showPhone ipsSpacer_top'>
		<a href='{href(forum[0])}' class='ipsType_normal ipsType_blendLinks'><i class='fa fa-angle-left'></i> 返回 {forum[1]}</a>
	</div>
</div>

<div class='ipsBox ipsResponsive_pull ipsSpacer_top'>
	<h2 class='ipsType_sectionTitle ipsType_reset'>相似主题</h2>
	<ol class='ipsDataList ipsDataList_reducedSpacing'>
{t['similar']}
	</ol>
</div>
"""
    jsonld = f"""<script type='application/ld+json'>{{"@context":"http://schema.org","@type":"DiscussionForumPosting","name":"{title}","headline":"{title}","url":"{canon}","datePublished":"{stamp(t['when']).split("'")[1]}","author":{{"@type":"Person","name":"{t['author']}"}},"pageStart":{(n - 1) * 25 + 1},"pageEnd":{min(n * 25, t['total'])},"interactionStatistic":[{{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":{t['total'] - 1}}}]}}</script>"""
    page_t = f"{title} - 第 {n} 页 - {forum[1]} - {SITE}" if n > 1 else f"{title} - {forum[1]} - {SITE}"
    return (
        render(HEAD, TITLE=page_t, OGTITLE=title, CANON=canon, LINKS=links, CRUMBS=crumbs, PAGEAPP="forums", PAGECTRL="topic", PAGEID=tid)
        + body
        + render(FOOT, JSONLD=jsonld)
    )


def paras_html(paras):
    return "\n".join(f"<p>\n\t{p}\n</p>" for p in paras)


def quote_html(name, ts, tid, cid, text):
    mid = MEMBERS[name][0]
    return f"""<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" data-ipsquote-contentcommentid="{cid}" data-ipsquote-contentid="{tid}" data-ipsquote-contenttype="forums" data-ipsquote-timestamp="{ts}" data-ipsquote-userid="{mid}" data-ipsquote-username="{name}">
	<div class="ipsQuote_citation">{name} 说：</div>
	<div class="ipsQuote_contents ipsClearfix" data-gramm="false">
		<p>{text}</p>
	</div>
</blockquote>"""


REPLIES_POOL = [
    ("青灯黄卷", "五年了，时间过得真快。第一次活动我就是被拉进来的两个人之一 :)"),
    ("小满不满", "老周讲得太好了，现场听的时候好几个人眼圈都红了。"),
    ("河边的石头", "支持“新书友导读人”，我报名！"),
    ("雨后蘑菇", "纪念文集什么时候截稿？我想写写线上读书那两年。"),
    ("晚风十里", "新人报到，看完这篇决定下周六去图书馆看看。"),
    ("光圈F8", "摄影版路过，五周年快乐！活动照片我整理好了发群里。"),
    ("阿木的镜头", "送书进社区那次我也去了，孩子们特别开心。"),
    ("青灯黄卷", "短视频栏目可以找我，我会剪辑。"),
    ("小满不满", "八十一岁的刘老师真的是我们的榜样。"),
    ("河边的石头", "顶一下，五周年快乐。"),
    ("雨后蘑菇", "建议纪念文集也出个电子版，方便外地书友。"),
    ("晚风十里", "请问新书友怎么加群？"),
    ("老周读书", "回楼上：私信我就行，或者周六直接来。"),
    ("光圈F8", "下次活动我带相机去给大家拍合照。"),
    ("阿木的镜头", "五年两百多次，真是不容易。"),
    ("青灯黄卷", "书单投票帖已经开了，大家去投。"),
    ("小满不满", "第四十七本书选什么，好期待。"),
    ("河边的石头", "“观点可以不同，彼此尊重是底线”，这句说得好。"),
    ("雨后蘑菇", "感谢图书馆，感谢老周。"),
    ("晚风十里", "已私信，谢谢！"),
    ("光圈F8", "照片已上传到相册。"),
    ("阿木的镜头", "我们小区的儿童阅览室就有你们捐的书。"),
    ("青灯黄卷", "下周六见。"),
    ("小满不满", "已投票。"),
]


def build() -> Family:
    fam = IpsFamily(
        HOST,
        "Invision Community 4.7 forum, zh-CN language pack (/topic/N-slug/, /page/2/, ipsComment posts)",
    )
    s5, s6 = SPEECHES["g37b-5"], SPEECHES["g37b-6"]
    f_read = ("/forum/4-读书会活动/", "读书会活动")
    f_photo = ("/forum/7-摄影交流/", "摄影交流")
    t1 = {
        "tid": 1523, "slug": "周六读书会五周年座谈会发言稿-全文", "title": "周六读书会五周年座谈会发言稿 全文",
        "forum": f_read, "author": "老周读书", "when": "2024-04-23 21:16", "followers": 9,
    }
    t2 = {
        "tid": 1388, "slug": "市摄影家协会2024年度会员大会讲话-会长", "title": "市摄影家协会2024年度会员大会讲话 会长",
        "forum": f_photo, "author": "光圈F8", "when": "2024-01-14 18:40", "followers": 4,
    }
    for t in (t1, t2):
        topic_path_for[t["tid"]] = topic_path(t["tid"], t["slug"])
    sim1 = f"""		<li class='ipsDataItem'><div class='ipsDataItem_main'><h4 class='ipsDataItem_title ipsContained_container'><span class='ipsType_break ipsContained'><a href='{href(topic_path(t2['tid'], t2['slug']))}' title='{t2['title']}' class=''>{t2['title']}</a></span></h4><p class='ipsType_reset ipsType_medium ipsType_light'>由 {t2['author']}, {stamp(t2['when'])}</p></div></li>"""
    sim2 = f"""		<li class='ipsDataItem'><div class='ipsDataItem_main'><h4 class='ipsDataItem_title ipsContained_container'><span class='ipsType_break ipsContained'><a href='{href(topic_path(t1['tid'], t1['slug']))}' title='{t1['title']}' class=''>{t1['title']}</a></span></h4><p class='ipsType_reset ipsType_medium ipsType_light'>由 {t1['author']}, {stamp(t1['when'])}</p></div></li>"""
    t1["similar"], t2["similar"] = sim1, sim2

    # topic 1: first post + 24 replies on page 1, 3 more on page 2
    ts0 = 1713878160
    first = paras_html(s5.paras) + "\n<p>\n\t（四月二十三日下午在市图书馆三楼报告厅的发言，根据讲稿整理。）\n</p>"
    posts1 = [post(5210, 1523, "老周读书", t1["when"], first, ts0)]
    for i, (name, text) in enumerate(REPLIES_POOL, start=1):
        day = 23 if i < 8 else 24 if i < 18 else 25
        hh = (21 + i) % 24 if day == 23 else 8 + (i % 12)
        when = f"2024-04-{day} {min(hh, 23):02d}:{(i * 13) % 60:02d}"
        body = f"<p>\n\t{text}\n</p>"
        if i == 18:
            body = quote_html("老周读书", ts0, 1523, 5210, "二是包容。我们的书单从来不是一个人说了算。") + "\n" + body
        posts1.append(post(5210 + i * 3, 1523, name, when, body, ts0 + i * 3600))
    page2 = [
        ("雨后蘑菇", "2024-04-28 10:05", "文集截稿时间定了吗？"),
        ("老周读书", "2024-04-28 12:30", "五月底截稿，投稿发到读书会邮箱。"),
        ("晚风十里", "2024-05-04 16:48", "第一次参加活动，大家都好友善，以后每周都来。"),
    ]
    posts1b = [
        post(5300 + i, 1523, name, when, f"<p>\n\t{text}\n</p>", ts0 + 500000 + i)
        for i, (name, when, text) in enumerate(page2)
    ]
    t1["total"] = 1 + len(REPLIES_POOL) + len(page2)
    p1 = topic_page(t1, 1, 2, "".join(posts1))
    fam.put(topic_path(t1["tid"], t1["slug"]), p1)
    fam.put(topic_path(t1["tid"], t1["slug"], 2), topic_page(t1, 2, 2, "".join(posts1b)))
    fam.doc([quote(topic_path(t1["tid"], t1["slug"]), safe="/-")], s5, title=t1["title"], published_at="2024-04-23")
    fam.not_documents.append(quote(topic_path(t1["tid"], t1["slug"], 2), safe="/-"))

    # topic 2: one page
    ts2 = 1705228800
    intro = "<p>\n\t上午会员大会，会长的讲话，秘书处让我整理后发上来，没去现场的会员可以看看。\n</p>\n<p>\n\t<img class=\"ipsImage ipsImage_thumbnailed\" data-fileid=\"2231\" data-ratio=\"66.67\" width=\"1000\" alt=\"IMG_20240114_101522.jpg\" data-src=\"http://" + HOST + "/uploads/monthly_2024_01/IMG_20240114_101522.jpg.8f2c1d.jpg\" src=\"http://" + HOST + "/applications/core/interface/js/spacer.png\" />\n</p>\n"
    first2 = intro + paras_html(s6.paras)
    rep2 = [
        ("阿木的镜头", "2024-01-14 19:02", "关于摆拍的那段太有必要了，去年乡村采风就有人让老乡反复走了十几遍。"),
        ("雨后蘑菇", "2024-01-14 20:17", "青年研修班什么时候报名？"),
        ("光圈F8", "2024-01-14 20:40", quote_html("雨后蘑菇", ts2 + 5000, 1388, 4702, "青年研修班什么时候报名？") + "\n<p>\n\t三月份，秘书处会发通知。\n</p>"),
    ]
    posts2 = [post(4700, 1388, "光圈F8", t2["when"], first2, ts2)]
    for i, (name, when, text) in enumerate(rep2, start=1):
        body = text if text.startswith("<blockquote") else f"<p>\n\t{text}\n</p>"
        posts2.append(post(4700 + i, 1388, name, when, body, ts2 + i * 900))
    t2["total"] = 1 + len(rep2)
    fam.put(topic_path(t2["tid"], t2["slug"]), topic_page(t2, 1, 1, "".join(posts2)))
    fam.doc([quote(topic_path(t2["tid"], t2["slug"]), safe="/-")], s6, title=t2["title"], published_at="2024-01-14")

    # forum pages and the index
    def forum_page(forum, fid, topics):
        rows = "".join(
            f"""
	<li class="ipsDataItem ipsDataItem_responsivePhoto   " data-rowID='{t['tid']}' data-location='' data-controller='forums.front.forum.topicRow'>
		<div class='ipsDataItem_main'>
			<h4 class='ipsDataItem_title ipsContained_container'>
				<span class='ipsType_break ipsContained'><a href='{href(topic_path(t['tid'], t['slug']))}' class='' title='{t['title']} '  data-ipsHover data-ipsHover-target='{href(topic_path(t['tid'], t['slug']))}?preview=1' data-ipsHover-timeout='1.5' ><span>{t['title']}</span></a></span>
			</h4>
			<div class='ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks'><span>由 {member_link(t['author'])}, </span>{stamp(t['when'])}</div>
		</div>
		<ul class='ipsDataItem_stats'>
			<li ><span class='ipsDataItem_stats_number'>{t['total'] - 1}</span><span class='ipsDataItem_stats_type'> 回复</span></li>
		</ul>
	</li>"""
            for t in topics
        )
        body = f"""
<header class='ipsPageHeader ipsResponsive_pull ipsBox ipsPadding ipsClearfix'>
	<h1 class='ipsType_pageTitle'>{forum[1]}</h1>
</header>
<div class='ipsBox ipsResponsive_pull' data-baseurl='{href(forum[0])}' data-resort='listResort' data-controller='core.global.core.table, forums.front.forum.forumPage'>
	<h2 class='ipsType_sectionTitle ipsType_reset ipsHide'>{forum[1]}</h2>
	<ol class='ipsClear ipsDataList cForumTopicTable  cTopicList ' id='elTable_{fid}' data-role="tableRows">{rows}
	</ol>
</div>
"""
        crumbs = f"		<li>{forum[1]}</li>"
        return render(HEAD, TITLE=f"{forum[1]} - {SITE}", OGTITLE=forum[1], CANON=href(forum[0]), LINKS="", CRUMBS=crumbs, PAGEAPP="forums", PAGECTRL="forums", PAGEID=fid) + body + render(FOOT, JSONLD="")

    fam.put(f_read[0], forum_page(f_read, 4, [t1]))
    fam.put(f_photo[0], forum_page(f_photo, 7, [t2]))
    index_rows = "".join(
        f"""
		<li class="cForumRow ipsDataItem ipsDataItem_responsivePhoto  ipsClearfix" data-forumID="{fid}">
			<div class="ipsDataItem_icon ipsDataItem_category"><span class='ipsItemStatus ipsItemStatus_large cForumIcon_normal ipsItemStatus_read'><i class="fa fa-comments"></i></span></div>
			<div class="ipsDataItem_main">
				<h4 class="ipsDataItem_title ipsType_large ipsType_break"><a href="{href(f[0])}">{f[1]}</a></h4>
				<div class="ipsDataItem_meta ipsType_richText">{desc}</div>
			</div>
			<div class="ipsDataItem_stats ipsDataItem_statsLarge"><dl><dt class="ipsDataItem_stats_number">{n}</dt><dd class="ipsDataItem_stats_type ipsType_light">帖子</dd></dl></div>
		</li>"""
        for fid, f, desc, n in ((4, f_read, "每周六读书活动预告、书单与发言整理", 1862), (7, f_photo, "作品交流、采风活动与协会通知", 935))
    )
    index_body = f"""
<section>
	<ol class='ipsList_reset cForumList' data-controller='core.global.core.table, forums.front.forum.forumList' data-baseURL=''>
		<li data-categoryID='1' class='cForumRow ipsBox ipsSpacer_bottom'>
			<h2 class="ipsType_sectionTitle ipsType_reset cForumTitle">社区</h2>
			<ol class="ipsDataList ipsDataList_large ipsDataList_zebra" data-role="tableRows">{index_rows}
			</ol>
		</li>
	</ol>
</section>
"""
    fam.put("/", render(HEAD, TITLE=SITE, OGTITLE=SITE, CANON=f"http://{HOST}/", LINKS="", CRUMBS="", PAGEAPP="forums", PAGECTRL="index", PAGEID="") + index_body + render(FOOT, JSONLD=""))
    fam.not_documents += ["/", quote(f_read[0], safe="/-"), quote(f_photo[0], safe="/-")]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login/\nDisallow: /register/\nDisallow: /*?do=\n")
    fam.noise += [
        "根据讲稿整理",
        "秘书处让我整理后发上来",
        "五年了，时间过得真快",
        "支持“新书友导读人”，我报名",
        "三月份，秘书处会发通知",
        "创建帐户或登录以发表评论",
        "Powered by Invision Community",
        "浙ICP备19034512号-1",
        "相似主题",
        "书是最好的朋友",
        "器材党已退坑",
    ]
    return fam
