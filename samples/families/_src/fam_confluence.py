"""A company's Confluence Server 7.13 wiki (Chinese UI), space 办公室 (OFFICE) open to anonymous
readers: the space home `/display/OFFICE/Home` (extensionless) with a content-by-label table of the
speech pages, the parent page 领导讲话稿 and two speech pages at `/pages/viewpage.action?pageId=N`
(query routes). Confluence's furniture: AUI header, the sidebar (`acs-side-bar`, space info,
`plugin_pagetree` page tree), `#breadcrumbs`, `#title-heading`, `page-metadata` (创建者…，最后修改于…),
`#main-content.wiki-content` holding an info macro (秘书处 note), a `confluenceTable` of meeting
facts, the speech paragraphs and an attachments macro; then likes, labels, the comments section and
the 由 Atlassian 合流 footer. Served as `text/html;charset=UTF-8`."""

from common import SPEECHES, Family, render

HOST = "wiki.hengyuan-confluence.test"
SPACE = "办公室"
SITE = "恒远集团知识库"

HEAD = """<!DOCTYPE html>
<html>
<head>
    <title>@@TITLE@@ - @@SPACE@@ - @@SITE@@</title>
    <meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="confluence-base-url" name="confluence-base-url" content="http://wiki.hengyuan-confluence.test">
    <meta id="atlassian-token" name="atlassian-token" content="9c0e7a1b2d4f6a8e0c1b3d5f7a9e1c3b5d7f9a1c">
<meta id="confluence-space-key" name="confluence-space-key" content="OFFICE">
<script type="text/javascript">
        var contextPath = '';
</script>
<meta name="confluence-request-time" content="1740380215733">
<meta name="ajs-page-id" content="@@PAGE_ID@@">
<meta name="ajs-page-title" content="@@TITLE@@">
<meta name="ajs-space-key" content="OFFICE">
<meta name="ajs-space-name" content="@@SPACE@@">
<meta name="ajs-content-type" content="page">
<meta name="ajs-remote-user" content="">
<meta name="ajs-user-locale" content="zh_CN">
<meta name="ajs-version-number" content="7.13.7">
<meta name="ajs-build-number" content="8703">
<meta name="ajs-context-path" content="">
<link rel="shortcut icon" href="/s/zh_CN/8703/a4e2c1f0d7b3e5a9c6f8b2d4e0a1c3b5/23/_/favicon.ico">
<link rel="icon" type="image/x-icon" href="/s/zh_CN/8703/a4e2c1f0d7b3e5a9c6f8b2d4e0a1c3b5/23/_/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch/osd.action" title="@@SITE@@"/>
<link type="text/css" rel="stylesheet" href="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/zh_CN/8703/a4e2c1f0d7b3e5a9c6f8b2d4e0a1c3b5/23/_/download/superbatch/css/batch.css" media="all">
<script type="text/javascript" src="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/zh_CN/8703/a4e2c1f0d7b3e5a9c6f8b2d4e0a1c3b5/23/_/download/superbatch/js/batch.js?locale=zh-CN" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered></script>
@@CANON@@
</head>
<body id="com-atlassian-confluence" class="theme-default  aui-layout aui-theme-default">
<div id="stp-licenseStatus-banner"></div>
<ul id="assistive-skip-links" class="assistive">
<li><a href="#title-heading">跳到标题</a></li>
<li><a href="#main-content">跳到主要内容</a></li>
</ul>
<div id="page">
<div id="full-height-container">
<div id="header-precursor">
    <div class="cell">
    </div>
</div>
<header id="header" role="banner">
    <nav class="aui-header aui-dropdown2-trigger-group" role="navigation" data-aui-responsive="true"><div class="aui-header-inner"><div class="aui-header-before"><button class=" aui-dropdown2-trigger app-switcher-trigger aui-dropdown2-trigger-arrowless" aria-controls="app-switcher" aria-haspopup="true" role="button" data-aui-trigger href="#app-switcher"><span class="aui-icon aui-icon-small aui-iconfont-appswitcher">已链接应用程序</span></button></div><div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/" aria-label="前往主页"><img src="/download/attachments/327681/global.logo?version=2&amp;modificationDate=1621302419000&amp;api=v2" alt="@@SITE@@"><span class="aui-header-logo-text">@@SITE@@</span></a></span><ul class="aui-nav">
<li><a href="/dashboard.action#all-updates" class=" aui-nav-imagelink" title="">首页</a></li>
<li><a href="/spacedirectory/view.action" id="space-directory-link" class="aui-nav-link" title="空间">空间</a></li>
</ul>
</div><div class="aui-header-secondary"><ul class="aui-nav">
<li><div id="search-ui" class="aui-quicksearch dont-default-focus header-quicksearch"><form action="/dosearchsite.action" method="get" id="quick-search"><fieldset><label class="assistive" for="quick-search-query">快速搜索</label><input id="quick-search-query" class="quick-search-query" type="text" accessKey="q" autocomplete="off" name="queryString" size="25" placeholder="搜索"/><input id="quick-search-submit" class="quick-search-submit" type="submit" value="搜索"/></fieldset></form></div></li>
<li><a id="help-menu-link" class="aui-nav-link aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#" aria-haspopup="true" aria-owns="help-menu-link-content" title="帮助"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">帮助</span></a></li>
<li><a href="/login.action?os_destination=@@DEST@@" class="   user-hover login-link" id="login-link" title="">登录</a></li>
</ul>
</div></div><!-- .aui-header-inner--></nav><!-- .aui-header -->
    <br class="clear">
</header>
<div class="ia-splitter">
    <div class="ia-splitter-left">
        <div class="ia-fixed-sidebar" role="complementary">
            <div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="编辑空间详情"><div class="avatar"><div class="space-logo" data-key="OFFICE" data-name="@@SPACE@@" data-entity-type="confluence.space"><div class="avatar-img-container"><div class="avatar-img-wrapper"><a href="/display/OFFICE/Home" title="@@SPACE@@"><img class="avatar-img" src="/download/attachments/22478849/OFFICE?version=1&amp;modificationDate=1621407723000&amp;api=v2" alt="@@SPACE@@"></a></div></div></div></div><div class="space-information-container"><div class="name"><a href="/display/OFFICE/Home" title="@@SPACE@@">@@SPACE@@</a></div><div class="flyout-handle icon aui-icon aui-icon-small aui-iconfont-edit"></div></div></div><div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="null" data-page-tree-state="null" data-nav-type="page-tree"><div class="acs-nav-sections"><div class="main-links-section "><ul class="acs-nav-list"><li class="acs-nav-item wiki blog" data-collector-key="spacebar-blogs"><a class="acs-nav-item-link tipsy-enabled" href="/pages/viewrecentblogposts.action?key=OFFICE" data-collapsed-tooltip="博文"><span class="icon"></span><span class="acs-nav-item-label">博文</span></a></li></ul></div><div class="quick-links-wrapper"><h5 class="ia-quick-links-header-title">空间快捷链接</h5><div class="quick-links-section tipsy-enabled "><ul class="acs-nav-list"><li class="acs-nav-item pinned_link external_link"><a href="http://oa.hengyuan-group.test/" class="acs-nav-item-link"><span class="icon"></span><span class="acs-nav-item-label">协同办公平台</span></a></li></ul></div></div></div></div></div><div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">页面树结构</span></h5></div><div class="ia-secondary-content">
<div class="plugin_pagetree conf-macro output-inline" data-hasbody="false" data-macro-name="pagetree">
<ul role="list" class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace">
@@TREE@@
</ul>
<fieldset class="hidden">
<input type="hidden" name="treeId" value="">
<input type="hidden" name="treeRequestId" value="/plugins/pagetree/naturalchildren.action?decorator=none&amp;excerpt=false&amp;sort=position&amp;reverse=false&amp;disableLinks=false&amp;expandCurrent=true&amp;placement=sidebar">
<input type="hidden" name="treePageId" value="@@PAGE_ID@@">
<input type="hidden" name="noRoot" value="false">
<input type="hidden" name="rootPageId" value="22478850">
<input type="hidden" name="rootPage" value="">
<input type="hidden" name="startDepth" value="0">
<input type="hidden" name="spaceKey" value="OFFICE">
<input type="hidden" name="i18n-pagetree.loading" value="载入中...">
<input type="hidden" name="i18n-pagetree.error.permission" value="无法载入页面树。看来你没有权限查看根页面。">
<input type="hidden" name="i18n-pagetree.eeror.general" value="检索页面树时发生问题。有关详细信息，请检查服务器的日志文件。">
<input type="hidden" name="loginUrl" value="/login.action?os_destination=@@DEST@@">
<input type="hidden" name="mobile" value="false">
</fieldset>
</div>
</div></div></div><div class="hidden"><a href="/collector/pages.action?key=OFFICE" id="space-pages-link"></a><script type="text/x-template" title="logo-config-content"><h2>空间详情</h2><div class="personal-space-logo-hint">您的个人头像被作为您的个人空间的标志使用。</div></script></div></div><div class="space-tools-section"><div id="space-tools-menu-additional-items" class="hidden"></div><button type="button" class="aui-button aui-button-subtle expand-collapse-trigger aui-icon aui-icon-small aui-iconfont-chevron-double-left" aria-expanded="true"></button></div>
        </div>
    </div>
    <!-- \\#header -->
<main role="main" id="main" class=" aui-page-panel">
    <div id="main-header">
        <div id="navigation" class="content-navigation view" role="region" aria-label="页面工具">
            <ul class="ajs-menu-bar">
                <li class="normal ajs-menu-item"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle ajs-menu-title aui-dropdown2-trigger" href="#" aria-haspopup="true" aria-label="更多选项" data-container="#navigation" aria-owns="action-menu" aria-controls="action-menu"><span><span class="aui-icon aui-icon-small aui-iconfont-more" aria-label="更多选项"></span></span></a><div id="action-menu" class="aui-dropdown2 aui-style-default" role="menu" aria-labelledby="action-menu-link"><div class="aui-dropdown2-section"><ul id="action-menu-primary" class="section-primary first"><li><a href="/pages/viewpageattachments.action?pageId=@@PAGE_ID@@" rel="nofollow" class="action-view-attachments" accesskey="t" title="查看附件" id="view-attachments-link" role="menuitem"><span>附件 (@@NATT@@)</span></a></li><li><a href="/pages/viewpreviousversions.action?pageId=@@PAGE_ID@@" rel="nofollow" class="action-view-history" title="" id="action-view-history-link" role="menuitem"><span>页面历史</span></a></li></ul></div><div class="aui-dropdown2-section"><ul id="action-menu-modify" class="section-modify"><li><a href="/spaces/flyingpdf/pdfpageexport.action?pageId=@@PAGE_ID@@" rel="nofollow" class="action-export-pdf" accesskey="" title="" id="action-export-pdf-link" role="menuitem"><span>导出为PDF</span></a></li><li><a href="/exportword?pageId=@@PAGE_ID@@" rel="nofollow" class="action-export-word" title="" id="action-export-word-link" role="menuitem"><span>导出为Word</span></a></li></ul></div></div></li>
            </ul>
        </div>
        <div id="title-heading" class="pagetitle with-breadcrumbs">
            <div id="breadcrumb-section">
                <nav aria-label="面包屑"><ol id="breadcrumbs">
@@CRUMBS@@
                </ol></nav>
            </div>
            <h1 id="title-text" class="with-breadcrumbs">
                <a href="@@SELF@@">@@TITLE@@</a>
            </h1>
        </div>
    </div><!-- \\#main-header -->
    <div id="sidebar-container">
    </div><!-- \\#sidebar-container -->
    <div id="content" class="page view">
<div id="action-messages">
</div>
"""

FOOT = """    </div>
</main><!-- \\#main -->
</div><!-- \\.ia-splitter -->
<div id="footer" role="contentinfo">
    <section class="footer-body">
        <ul id="poweredby">
            <li class="noprint">由 <a href="http://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian 合流</a> <span id="footer-build-information">7.13.7</span> 技术支持</li>
            <li class="print-only">由 Atlassian 合流 7.13.7 打印</li>
            <li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">报告缺陷</a></li>
            <li class="noprint"><a href="https://www.atlassian.com/company" class="hover-footer-link" rel="nofollow">Atlassian 新闻</a></li>
        </ul>
        <div id="footer-logo"><a href="http://www.atlassian.com/" rel="nofollow">Atlassian</a></div>
    </section>
</div>
</div><!-- \\#full-height-container -->
</div><!-- \\#page -->
    <span style="display:none;" id="confluence-server-performance">{"serverDuration": 96, "requestCorrelationId": "3f7a9c1e5b2d8a40"}</span>
</body>
</html>
"""

PARENT_ID = 22479873
HOME_ID = 22478850
# (speech, pageId, author, username, modified, note, facts, attachments, likes, comments, labels)
PAGES = [
    (
        SPEECHES["CF2"], 22481207, "周晓燕", "zhouxy", "一月 26, 2025",
        "本稿为董事长在2024年度工作总结表彰大会上的讲话（根据录音整理，已经本人审定）。表彰名单见附件，请勿外传。",
        [("会议名称", "2024年度工作总结表彰大会"), ("时间", "2025年1月24日 14:30"), ("地点", "集团总部一楼多功能厅"), ("讲话人", "董事长 陈建国")],
        [("2024年度先进集体和先进个人名单.xlsx", "18 kB", "一月 24, 2025"), ("表彰大会讲话（审定稿）.docx", "36 kB", "一月 26, 2025")],
        "刘洋、孙佳 和 另外 6 人",
        [("孙佳", "sunj", "一月 27, 2025", "已转发各子公司办公室，请组织学习。")],
        ["领导讲话", "年度会议"],
    ),
    (
        SPEECHES["CF1"], 22483516, "周晓燕", "zhouxy", "二月 20, 2025",
        "本稿为总经理在2025年安全生产工作会议上的讲话，请各单位结合实际传达学习，3月10日前将学习情况报安全环保部。",
        [("会议名称", "2025年安全生产工作会议"), ("时间", "2025年2月19日 9:00"), ("地点", "集团总部三楼第一会议室"), ("讲话人", "总经理 林海涛")],
        [("2025年安全生产责任书（模板）.docx", "42 kB", "二月 19, 2025")],
        "王磊、赵敏 和 另外 3 人",
        [("赵敏", "zhaomin", "二月 20, 2025", "第三基地已于今日组织传达学习。"), ("王磊", "wanglei", "二月 21, 2025", "外包作业管理细则将于月底前发布。")],
        ["领导讲话", "安全生产"],
    ),
]


def view(pid):
    return f"/pages/viewpage.action?pageId={pid}"


def dest(path):
    return path.replace("/", "%2F").replace("?", "%3F").replace("=", "%3D")


def tree(current):
    kids = "\n".join(
        f'<li><div class="plugin_pagetree_childtoggle_container"><span class="no-children icon"></span></div>'
        f'<div class="plugin_pagetree_children_content">'
        + (f'<span class="plugin_pagetree_current">' if p[1] == current else "<span>")
        + f'<a href="{view(p[1])}">{p[0].title}</a></span></div>'
        f'<div id="children{p[1]}-0" class="plugin_pagetree_children_container"></div></li>'
        for p in reversed(PAGES)
    )
    cls = ' class="plugin_pagetree_current"' if current == PARENT_ID else ""
    return f"""<li><div class="plugin_pagetree_childtoggle_container"><a aria-expanded="true" aria-label="展开项目 领导讲话稿" class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-down" data-type="toggle" data-page-id="{PARENT_ID}" data-tree-id="0" href=""></a></div><div class="plugin_pagetree_children_content"><span{cls}><a href="{view(PARENT_ID)}">领导讲话稿</a></span></div><div id="children{PARENT_ID}-0" class="plugin_pagetree_children_container"><ul role="list" class="plugin_pagetree_children_list" id="child_ul{PARENT_ID}-0">
{kids}
</ul></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><a aria-expanded="false" aria-label="展开项目 规章制度" class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-right" data-type="toggle" data-page-id="22479112" data-tree-id="0" href=""></a></div><div class="plugin_pagetree_children_content"><span><a href="{view(22479112)}">规章制度</a></span></div><div id="children22479112-0" class="plugin_pagetree_children_container"></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><span class="no-children icon"></span></div><div class="plugin_pagetree_children_content"><span><a href="{view(22479115)}">会议纪要模板</a></span></div><div id="children22479115-0" class="plugin_pagetree_children_container"></div></li>"""


def crumbs(extra):
    items = ['<li class="first"><span class=""><a href="/collector/pages.action?key=OFFICE">页面</a></span></li>',
             '<li><span class=""><a href="/display/OFFICE/Home">办公室主页</a></span></li>']
    items += [f'<li><span class=""><a href="{u}">{t}</a></span></li>' for u, t in extra]
    return "\n".join("                    " + i for i in items)


def metadata(author, username, created, modified, pid):
    return f"""<div class="page-metadata">
    <ul>
        <li class="page-metadata-modification-info">
            <span class="author">     创建者 <a href="/display/~{username}" class="url fn confluence-userlink userlink-0" data-username="{username}">{author}</a></span>，<span class="editor">最后修改于 <a class="last-modified" aria-label="修改于 {modified}, 查看变更" title="查看变更" href="/pages/diffpagesbyversion.action?pageId={pid}&amp;selectedPageVersions=3&amp;selectedPageVersions=2">{modified}</a></span>
        </li>
    </ul>
</div>
"""


def page(title, pid, self_url, crumb_extra, body, natt=0):
    return render(
        HEAD,
        TITLE=title, SPACE=SPACE, SITE=SITE, PAGE_ID=pid, DEST=dest(self_url),
        CANON=f'<link rel="canonical" href="http://{HOST}{self_url}">',
        TREE=tree(pid), CRUMBS=crumbs(crumb_extra), SELF=self_url, NATT=natt,
    ) + body + FOOT


def speech_page(p):
    speech, pid, author, username, modified, note, facts, atts, likes, comments, labels = p
    zh_created = {"01": "一月", "02": "二月"}[speech.date[5:7]] + f" {int(speech.date[8:])}, {speech.date[:4]}"
    info = f"""<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block" data-hasbody="true" data-macro-name="info"><p class="title">秘书处说明</p><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"> </span><div class="confluence-information-macro-body"><p>{note}</p></div></div>"""
    rows = "".join(f'<tr><th class="confluenceTh">{k}</th><td class="confluenceTd">{v}</td></tr>' for k, v in facts)
    table = f'<div class="table-wrap"><table class="relative-table wrapped confluenceTable" style="width: 52.4%;"><colgroup><col style="width: 28.0%;"><col style="width: 72.0%;"></colgroup><tbody>{rows}</tbody></table></div>'
    paras = [f'<h2 id="id-{pid}-讲话全文">讲话全文</h2>'] + [
        f'<p style="text-align: center;"><strong>{speech.title}</strong></p>'
    ] + [f"<p>{t}</p>" for t in speech.paras]
    att_rows = "".join(
        f'<tr class="attachment-row" data-attachment-id="att{pid + 7 + i}" data-attachment-idx="{i + 1}"><td class="attachment-summary-toggle"><span class="icon icon-section-closed" title="显示更多信息"></span></td><td class="filename-column"><span class="icon icon-file-unknown" title="文件">文件</span> <a class="filename" href="/download/attachments/{pid}/{name}?api=v2" data-filename="{name}" data-type="application/octet-stream" title="{name}" data-linked-resource-id="{pid + 7 + i}" data-linked-resource-container-id="{pid}">{name}</a></td><td class="attachment-created modified-column"><span>{day}</span><span>由 <a href="/display/~{username}" class="url fn confluence-userlink" data-username="{username}">{author}</a></span></td></tr>'
        for i, (name, size, day) in enumerate(atts)
    )
    attachments = f"""<div class="plugin_attachments_container conf-macro output-block" data-hasbody="false" data-macro-name="attachments"><div class="plugin_attachments_table_container"><fieldset class="hidden"><input type="hidden" class="plugin_attachments_macro_render_param" name="pageId" value="{pid}"><input type="hidden" name="deleteConfirmMessage" value="您确定要删除附件吗？"></fieldset><table class="attachments aui"><thead><tr><th class="expand-column attachment-summary-toggle">&nbsp;</th><th class="filename-column"><a href="/pages/viewpage.action?pageId={pid}&amp;sortBy=name&amp;sortOrder=ascending">文件</a></th><th class="modified-column"><span class="propersortedby $sortOrder"><a href="/pages/viewpage.action?pageId={pid}&amp;sortBy=date&amp;sortOrder=descending">已修改</a></span></th></tr></thead><tbody>{att_rows}</tbody></table></div><div class="plugin_attachments_upload_container"></div><div><a class="download-all-link" href="/pages/downloadallattachments.action?pageId={pid}" title="下载全部附件">下载全部</a></div></div>"""
    label_items = "".join(
        f'<li class="aui-label " data-label-id="{2555904 + i}"><a class="aui-label-split-main" href="/label/OFFICE/{t}" rel="tag">{t}</a></li>'
        for i, t in enumerate(labels)
    )
    comment_items = "\n".join(
        f"""<li id="comment-thread-{pid + 31 + i}" class="comment-thread"><div class="comment  " id="comment-{pid + 31 + i}"><p class="comment-user-logo"><a class="userLogoLink" data-username="{u}" href="/display/~{u}" title=""><img class="userLogo logo" src="/images/icons/profilepics/default.svg" alt="用户图标: {u}" title=""></a></p><div class="comment-header"><h4 class="author"><a href="/display/~{u}" class="url fn confluence-userlink" data-username="{u}">{name}</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>{text}</p></div><div class="comment-actions"><ul class="comment-action-primary"><li class="comment-date"><a href="/pages/viewpage.action?pageId={pid}&amp;focusedCommentId={pid + 31 + i}#comment-{pid + 31 + i}"><span title="{day}">{day}</span></a></li></ul></div></div></div></li>"""
        for i, (name, u, day, text) in enumerate(comments)
    )
    body = (
        metadata(author, username, zh_created, modified, pid)
        + f"""<div id="main-content" class="wiki-content">
{info}
{table}
{chr(10).join(paras)}
<p><br></p>
<h2 id="id-{pid}-附件">附件</h2>
{attachments}
</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">赞</span></a><span class="like-summary">{likes}赞了</span></div>
<div id="labels-section" class="pageSection group">
    <div class="labels-section-content content-column" entityid="{pid}" entitytype="page">
	<div class="labels-content">
    <ul class="label-list label-list-right ">
            {label_items}
        </ul>
    </div>
</div>
</div>
</div>
<div id="comments-section" class="pageSection group">
    <div class="section-header">
        <h2 id="comments-section-title" class="section-title">{len(comments)} 评论</h2>
    </div>
    <ol class="comment-threads top-level " id="page-comments">
{comment_items}
    </ol>
    <div class="bottom-comment-panels comment-panels"><p class="login-to-comment"><a href="/login.action?os_destination={dest(view(pid))}">登录</a>后添加评论。</p></div>
</div>
"""
    )
    return page(speech.title, pid, view(pid), [(view(PARENT_ID), "领导讲话稿")], body, len(atts))


def label_table():
    rows = "".join(
        f'<tr><td class="title"><span class="icon aui-icon content-type-page" title="页面">页面:</span> <a href="{view(p[1])}">{p[0].title}</a></td><td class="modified">{p[4]}</td><td class="labels"><ul class="label-list">'
        + "".join(f'<li class="aui-label"><a class="aui-label-split-main" href="/label/OFFICE/{t}" rel="tag">{t}</a></li>' for t in p[10])
        + "</ul></td></tr>"
        for p in reversed(PAGES)
    )
    return f'<div class="table-wrap"><table class="aui content-by-label-table"><thead><tr><th>标题</th><th>最近修改</th><th>标签</th></tr></thead><tbody>{rows}</tbody></table></div>'


def home_page():
    body = (
        metadata("管理员", "admin", "五月 19, 2021", "二月 20, 2025", HOME_ID)
        + f"""<div id="main-content" class="wiki-content">
<div class="contentLayout2">
<div class="columnLayout single" data-layout="single"><div class="cell normal" data-type="normal"><div class="innerCell">
<div class="confluence-information-macro confluence-information-macro-note conf-macro output-block" data-hasbody="true" data-macro-name="note"><span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"> </span><div class="confluence-information-macro-body"><p>本空间由集团办公室维护，开放匿名浏览。如需编辑权限请联系办公室周晓燕（分机 8016）。</p></div></div>
<h2 id="办公室主页-领导讲话">领导讲话</h2>
{label_table()}
<p><a href="{view(PARENT_ID)}">全部讲话稿</a></p>
<h2 id="办公室主页-常用链接">常用链接</h2>
<ul><li><a href="{view(22479112)}">规章制度</a></li><li><a href="{view(22479115)}">会议纪要模板</a></li></ul>
</div></div></div>
</div>
</div>
"""
    )
    return page("办公室主页", HOME_ID, "/display/OFFICE/Home", [], body)


def parent_page():
    kids = "".join(
        f'<li><a href="{view(p[1])}">{p[0].title}</a></li>' for p in reversed(PAGES)
    )
    body = (
        metadata("周晓燕", "zhouxy", "五月 20, 2021", "五月 20, 2021", PARENT_ID)
        + f"""<div id="main-content" class="wiki-content">
<p>本页汇集集团领导在各类会议上的讲话稿，按时间倒序排列。</p>
<ul class="childpages-macro conf-macro output-block" data-hasbody="false" data-macro-name="children">{kids}<li><a href="{view(22480331)}">在2024年年中工作会议上的讲话</a></li></ul>
</div>
"""
    )
    return page("领导讲话稿", PARENT_ID, view(PARENT_ID), [], body)


def build() -> Family:
    fam = Family(
        HOST,
        "Confluence Server 7.13 wiki, anonymous space (viewpage.action?pageId=N, wiki-content, info macro, confluenceTable, attachments, comments)",
        content_type="text/html;charset=UTF-8",
        extensionless_html=True,
        home="/display/OFFICE/Home",
    )
    fam.put("/display/OFFICE/Home", home_page())
    fam.route(view(PARENT_ID), f"_q/viewpage-{PARENT_ID}.html", parent_page())
    fam.not_documents += ["/display/OFFICE/Home", view(PARENT_ID)]
    for p in PAGES:
        fam.route(view(p[1]), f"_q/viewpage-{p[1]}.html", speech_page(p))
        fam.doc([view(p[1])], p[0])
    fam.put("/robots.txt", "# Confluence\nUser-agent: *\nDisallow: /login.action\nDisallow: /pages/diffpagesbyversion.action\nDisallow: /pages/viewpreviousversions.action\n")
    fam.noise += [
        "秘书处说明", "根据录音整理", "会议名称", "集团总部一楼多功能厅", "讲话人", "讲话全文",
        "创建者", "最后修改于", "下载全部", "先进个人名单.xlsx", "赞了", "评论", "已转发各子公司办公室",
        "外包作业管理细则将于月底前发布", "后添加评论", "Atlassian 合流", "页面树结构", "规章制度",
    ]
    return fam
