"""A Chinese phpBB 3.3 board (prosilver, zh_cmn_hans language pack): index.php (also `/`) →
viewforum.php?f=3 (+ &start=25), topics viewtopic.php?t=N (+ &start=10 for the second page of
replies); posts `div.post.has-profile.bg2/bg1` with `dl.postprofile`, `div.postbody`, `p.author`,
`div.content` (`<br>` lines), the edit notice, signatures, 引用 blockquotes in replies. The first
post is the speech; replies and page 2 are not documents."""

from common import SPEECHES, Family, render

HOST = "bbs.phpbb-shegong.test"
BOARD = "社区工作者之家"
FID, FORUM = 3, "材料交流"

HEAD = """<!DOCTYPE html>
<html dir="ltr" lang="zh-cmn-hans">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>@@TITLE@@</title>

	<link rel="alternate" type="application/atom+xml" title="Feed - @@BOARD@@" href="/app.php/feed">			<link rel="alternate" type="application/atom+xml" title="Feed - 新主题" href="/app.php/feed/topics">	@@CANON@@
<!--
	phpBB style name: prosilver
	Based on style:   prosilver (this is the default phpBB3 style)
	Original author:  Tom Beddard ( http://www.subBlue.com/ )
	Modified by:
-->

<link href="./assets/css/font-awesome.min.css?assets_version=23" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=23" rel="stylesheet">
<link href="./styles/prosilver/theme/zh_cmn_hans/stylesheet.css?assets_version=23" rel="stylesheet">




<!--[if lte IE 9]>
	<link href="./styles/prosilver/theme/tweaks.css?assets_version=23" rel="stylesheet">
<![endif]-->




</head>
<body id="phpbb" class="nojs notouch section-@@SECTION@@ ltr ">


<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
					<div class="inner">

			<div id="site-description" class="site-description">
		<a id="logo" class="logo" href="./index.php" title="首页">
					<span class="site_logo"></span>
				</a>
				<h1>@@BOARD@@</h1>
				<p>城乡社区工作者交流学习的园地 · 材料写作 · 政策答疑 · 经验分享</p>
				<p class="skiplink"><a href="#start_here">跳到内容</a></p>
			</div>

									<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="搜索关键字" class="inputbox search tiny" size="20" value="" placeholder="搜索…" />
					<button class="button button-search" type="submit" title="搜索">
						<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">搜索</span>
					</button>
					<a href="./search.php" class="button button-search-end" title="高级搜索">
						<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">高级搜索</span>
					</a>
				</fieldset>
				</form>
			</div>
						
			</div>
					</div>
				<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-main" class="nav-main linklist" role="menubar">

		<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">
			<a href="#" class="dropdown-trigger">
				<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>快捷链接</span>
			</a>
			<div class="dropdown">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<ul class="dropdown-contents" role="menu">
											<li class="separator"></li>
																									<li>
								<a href="./search.php?search_id=unanswered" role="menuitem">
									<i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i><span>无回复的主题</span>
								</a>
							</li>
							<li>
								<a href="./search.php?search_id=active_topics" role="menuitem">
									<i class="icon fa-file-o fa-fw icon-blue" aria-hidden="true"></i><span>最近活跃主题</span>
								</a>
							</li>
							<li class="separator"></li>
							<li>
								<a href="./search.php" role="menuitem">
									<i class="icon fa-search fa-fw" aria-hidden="true"></i><span>搜索</span>
								</a>
							</li>
										<li class="separator"></li>
				</ul>
			</div>
		</li>

				<li data-skip-responsive="true">
			<a href="/app.php/help/faq" rel="help" title="常见问题" role="menuitem">
				<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>常见问题</span>
			</a>
		</li>
						
			<li class="rightside"  data-skip-responsive="true">
			<a href="./ucp.php?mode=login&amp;redirect=@@REDIRECT@@" title="登录" accesskey="x" role="menuitem">
				<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>登录</span>
			</a>
		</li>
					<li class="rightside" data-skip-responsive="true">
				<a href="./ucp.php?mode=register" role="menuitem">
					<i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>注册</span>
				</a>
			</li>
						</ul>

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				
		
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">

			
							<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">首页</span></a><meta itemprop="position" content="1" /></span>
@@CRUMBS@@
		</li>

		
					<li class="rightside responsive-search">
				<a href="./search.php" title="查看高级搜索选项" role="menuitem">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">搜索</span>
				</a>
			</li>
			</ul>

	</div>
</div>
	</div>

	
	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
		
		
"""

FOOT = """
			</div>


<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
									<span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>首页</span></a></span>					</li>
		
				<li class="rightside">所有显示的时间为 <span title="亚洲/上海">UTC+08:00</span></li>
							<li class="rightside">
				<a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem">
					<i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>删除 Cookies</span>
				</a>
			</li>
																<li class="rightside" data-last-responsive="true">
				<a href="./memberlist.php?mode=contactadmin" role="menuitem">
					<i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>联系我们</span>
				</a>
			</li>
			</ul>

	</div>
</div>

	<div class="copyright">
				<p class="footer-row" role="menuitem">
			<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software © phpBB Limited</span>
		</p>
				<p class="footer-row" role="menuitem">
			<span class="footer-copyright">简体中文语言： <a href="https://www.phpbbchinese.com/">phpBB-China</a></span>
		</p>
						<p class="footer-row" role="menuitem">
			<a class="footer-link" href="./ucp.php?mode=privacy" title="隐私" role="menuitem">
				<span class="footer-link-text">隐私</span>
			</a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms" title="条款" role="menuitem">
				<span class="footer-link-text">条款</span>
			</a>
		</p>
		<p class="footer-row"><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备17065432号-1</a></p>
					</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX 错误" data-ajax-error-text="处理请求时发生错误。" data-ajax-error-text-abort="用户中止请求。" data-ajax-error-text-timeout="请求超时，请重试。" data-ajax-error-text-parsererror="请求出错，服务器返回无效的回复。">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="错误" data-l-timeout-processing-req="请求超时。">
		<a href="#" class="alert_close">
			<i class="icon fa-times-circle fa-fw" aria-hidden="true"></i>
		</a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
	<div id="phpbb_confirm" class="phpbb_alert">
		<a href="#" class="alert_close">
			<i class="icon fa-times-circle fa-fw" aria-hidden="true"></i>
		</a>
		<div class="alert_text"></div>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="&#x2F;app.php&#x2F;cron&#x2F;cron.task.core.tidy_sessions" width="1" height="1" alt="">
</div>

<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=23"></script>
<script src="./assets/javascript/core.js?assets_version=23"></script>



<script src="./styles/prosilver/template/forum_fn.js?assets_version=23"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=23"></script>



</body>
</html>
"""

# name: (uid, rank, posts, joined, location, signature)
USERS = {
    "桂园老周": (57, "版主", 3126, "2015年 3月 12日 09:41", "江苏南京", "社区无小事，件件连民心。"),
    "石榴籽": (214, "高级会员", 842, "2018年 6月 5日 21:17", "安徽合肥", "写材料的路上，一起加油 ^_^"),
    "小网格员": (1875, "新手上路", 23, "2023年 9月 2日 14:03", "", ""),
    "老社工阿梅": (402, "资深会员", 1590, "2016年 11月 20日 10:22", "浙江宁波", "助人自助。"),
    "东篱把酒": (960, "中级会员", 311, "2020年 4月 8日 19:56", "", "每天进步一点点"),
    "三号楼志愿者": (2011, "新手上路", 5, "2023年 10月 22日 08:30", "", ""),
}


def date_cn(stamp):
    d, t = stamp.split(" ")
    y, m, day = d.split("-")
    return f"{y}年 {int(m)}月 {int(day)}日 {t}"


def iso(stamp):
    return stamp.replace(" ", "T") + ":00+08:00"


def crumbs(topic=None):
    out = f"""							<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="1"><a itemprop="item" href="./index.php#forum1"><span itemprop="name">工作交流</span></a><meta itemprop="position" content="2" /></span>
							<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="{FID}"><a itemprop="item" href="./viewforum.php?f={FID}"><span itemprop="name">{FORUM}</span></a><meta itemprop="position" content="3" /></span>"""
    return out


def page(title, section, redirect, crumb_html, body, canon=""):
    return render(
        HEAD + body + FOOT,
        TITLE=title,
        BOARD=BOARD,
        CANON=canon,
        SECTION=section,
        REDIRECT=redirect,
        CRUMBS=crumb_html,
    )


def profile(pid, name):
    uid, rank, posts, joined, location, _ = USERS[name]
    loc = (
        f'\n			<dd class="profile-custom-field profile-phpbb_location"><strong>地址:</strong> {location}</dd>'
        if location
        else ""
    )
    return f"""		<dl class="postprofile" id="profile{pid}">
			<dt class="has-profile-rank no-avatar">
				<div class="avatar-container">
																			</div>
								<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{name}</a>							</dt>

						<dd class="profile-rank">{rank}</dd>			
		<dd class="profile-posts"><strong>帖子:</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{posts}</a></dd>		<dd class="profile-joined"><strong>注册时间:</strong> {joined}</dd>		
		{loc}
						
		</dl>"""


def post(pid, tid, bg, name, stamp, subject, content, first=False, edited=None):
    uid = USERS[name][0]
    sig = USERS[name][5]
    notice = (
        f'\n						<div class="notice">\n				最后由 <a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{name}</a> 编辑于 {date_cn(edited)}，总共编辑 1 次。\n							</div>'
        if edited
        else ""
    )
    sig_html = f'\n							<div id="sig{pid}" class="signature">{sig}</div>' if sig else ""
    return f"""				<div id="p{pid}" class="post has-profile {bg}">
		<div class="inner">

{profile(pid, name)}

		<div class="postbody">
						<div id="post_content{pid}">

					<h3 {'class="first" ' if first else ''}><a href="./viewtopic.php?p={pid}#p{pid}">{subject}</a></h3>

													<ul class="post-buttons">
																																	<li>
							<a href="./posting.php?mode=quote&amp;p={pid}" title="回复时引用" class="button button-icon-only">
								<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">引用</span>
							</a>
						</li>
														</ul>
							
						<p class="author">
									<a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="帖子">
						<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">帖子</span>
					</a>
								<span class="responsive-hide">由 <strong><a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{name}</a></strong> &raquo; </span><time datetime="{iso(stamp)}">{date_cn(stamp)}</time>
			</p>
			
			
			
			<div class="content">{content}</div>
{notice}
{sig_html}

						</div>

		</div>

				<div class="back2top">
						<a href="#top" class="top" title="回到顶端">
				<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
				<span class="sr-only">回到顶端</span>
			</a>
					</div>
		
		</div>
	</div>

	<hr class="divider" />
"""


def quote(name, pid, stamp, text):
    uid = USERS[name][0]
    return (
        f'<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u={uid}">{name}</a> 写道： '
        f'<a href="./viewtopic.php?p={pid}#p{pid}" data-post-id="{pid}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>'
        f'<span class="responsive-hide">{date_cn(stamp)}</span></cite>{text}</div></blockquote>'
    )


def pagination(tid, n, count, total):
    if count == 1:
        return f'<div class="pagination">\n			{total} 帖子\n					&bull; 第 <strong>1</strong> 页 (共 <strong>1</strong> 页)\n			</div>'
    link = lambda i: f"./viewtopic.php?t={tid}" + (f"&amp;start={(i - 1) * 10}" if i > 1 else "")
    items = ""
    if n > 1:
        items += f'<li class="arrow previous"><a class="button button-icon-only" href="{link(n - 1)}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">上一页</span></a></li>\n'
    for i in range(1, count + 1):
        items += (
            f'<li class="active"><span>{i}</span></li>\n'
            if i == n
            else f'<li><a class="button" href="{link(i)}" role="button">{i}</a></li>\n'
        )
    if n < count:
        items += f'<li class="arrow next"><a class="button button-icon-only" href="{link(n + 1)}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">下一页</span></a></li>\n'
    return f"""<div class="pagination">
			{total} 帖子
							<ul>
	<li class="dropdown-container dropdown-button-control dropdown-page-jump page-jump">
		<a class="button button-icon-only dropdown-trigger" href="#" title="点击跳转到页面…" role="button"><i class="icon fa-level-down fa-rotate-270" aria-hidden="true"></i><span>第 {n} 页 / 共 {count} 页</span></a>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
				<li>跳到页面：</li>
				<li class="page-jump-form">
					<input type="number" name="page-number" min="1" max="999999" title="输入你想跳转的页码" class="inputbox tiny" data-per-page="10" data-base-url=".&#x2F;viewtopic.php&#x3F;t&#x3D;{tid}" data-start-name="start" />
					<input class="button2" value="前往" type="button" />
				</li>
			</ul>
		</div>
	</li>
{items}					</ul>
					</div>"""


def speech_html(speech):
    return "<br>\n".join(speech.paras)


def speech_html_blank(speech):
    return "<br>\n<br>\n".join("　　" + p for p in speech.paras)


TOPICS = [
    {
        "tid": 1234,
        "first_pid": 5678,
        "speech": SPEECHES["phpbb-1"],
        "subject": "[原创]社区第五届邻里节启动仪式讲话稿，领导已用，供参考",
        "author": "桂园老周",
        "stamp": "2023-10-21 20:15",
        "edited": "2023-10-22 08:10",
        "render": speech_html_blank,
        "views": 2873,
        "listpage": 1,
        "replies": [
            ("石榴籽", "2023-10-21 20:47", "老周出品，必属精品！收藏了，下个月我们社区也要办邻里节。"),
            ("小网格员", "2023-10-21 21:30", "新人求教，开头那段欢迎词是不是一定要先代表社区党委、居委会？我们书记说要先介绍来宾。"),
            ("桂园老周", "2023-10-21 22:02", "Q:小网格员|有来宾的话先介绍来宾，再表示欢迎，顺序按你们书记的来就行。"),
            ("老社工阿梅", "2023-10-22 07:45", "写得很有生活气息，陈阿姨的红烧狮子头那段很加分，比干巴巴的数字好。"),
            ("东篱把酒", "2023-10-22 09:13", "谢谢分享，学习了。"),
            ("三号楼志愿者", "2023-10-22 10:20", "我就是桂园社区的，昨天在现场听了，主任讲得很好！"),
            ("石榴籽", "2023-10-22 12:31", "楼上现身说法，哈哈。"),
            ("老社工阿梅", "2023-10-22 15:08", "Q:桂园老周|最后，祝第五届邻里节圆满成功！|结尾建议再加一句感谢志愿者的话，现场效果会更好。"),
            ("东篱把酒", "2023-10-23 08:40", "顶一下，这样的原创稿子越来越少了。"),
        ],
        "replies2": [
            ("小网格员", "2023-10-24 19:22", "按老周的框架改了一稿，我们书记说可以用，感谢感谢！"),
            ("桂园老周", "2023-10-24 21:05", "不客气，有问题随时发帖交流。"),
        ],
    },
    {
        "tid": 1187,
        "first_pid": 5402,
        "speech": SPEECHES["phpbb-2"],
        "subject": "街道社区工作者培训班开班讲话（书记讲的，整理出来了）",
        "author": "老社工阿梅",
        "stamp": "2024-03-16 21:40",
        "edited": None,
        "render": speech_html,
        "views": 1164,
        "listpage": 2,
        "replies": [
            ("石榴籽", "2024-03-16 22:05", "加装电梯那个例子很真实，我们这边也是一楼住户反对，拖了两年。"),
            ("桂园老周", "2024-03-17 08:20", "整理辛苦了，培训纪律那段各街道都可以直接套用。"),
            ("小网格员", "2024-03-17 12:48", "Q:老社工阿梅|每位学员结合本社区实际写一篇学习体会|请问学习体会一般写多少字合适？"),
            ("老社工阿梅", "2024-03-17 13:10", "一千五到两千字就可以，结合自己社区的事情写，别抄。"),
        ],
        "replies2": [],
    },
]


def reply_content(topic, text):
    """`Q:who|quoted|body` quotes a post of `who` (the topic's author: the first post)."""
    if not text.startswith("Q:"):
        return text
    parts = text[2:].split("|")
    who, body = parts[0], parts[-1]
    quoted = parts[1] if len(parts) == 3 else "……"
    if who == topic["author"]:
        pid, qstamp = topic["first_pid"], topic["stamp"]
    else:
        k = next(i for i, r in enumerate(topic["replies"]) if r[0] == who)
        pid, qstamp = topic["first_pid"] + 1 + k, topic["replies"][k][1]
        quoted = topic["replies"][k][2] if len(parts) == 2 else quoted
    return quote(who, pid, qstamp, quoted) + body


def topic_page(topic, n, count, posts_html, total):
    tid, subject = topic["tid"], topic["subject"]
    start = f"&amp;start={(n - 1) * 10}" if n > 1 else ""
    body = f"""<h2 class="topic-title"><a href="./viewtopic.php?t={tid}{start}">{subject}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">讲话稿、发言稿、工作总结、述职报告等材料写作交流。原创请在标题注明[原创]。<br /></div>


<div class="action-bar bar-top">
	
			<a href="./posting.php?mode=reply&amp;t={tid}" class="button" title="发表回复">
							<span>发表回复</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i>
					</a>
	
			<div class="dropdown-container dropdown-button-control topic-tools">
		<span title="主题工具" class="button button-secondary dropdown-trigger dropdown-select">
			<i class="icon fa-wrench fa-fw" aria-hidden="true"></i>
			<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
		</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
																												<li>
					<a href="./viewtopic.php?t={tid}&amp;view=print" title="打印预览" accesskey="p">
						<i class="icon fa-print fa-fw" aria-hidden="true"></i><span>打印预览</span>
					</a>
				</li>
											</ul>
		</div>
	</div>
	
			<div class="search-box" role="search">
			<form method="get" id="topic-search" action="./search.php">
			<fieldset>
				<input class="inputbox search tiny"  type="search" name="keywords" id="search_keywords" size="20" placeholder="搜索这个主题…" />
				<button class="button button-search" type="submit" title="搜索">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">搜索</span>
				</button>
				<a href="./search.php" class="button button-search-end" title="高级搜索">
					<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">高级搜索</span>
				</a>
				<input type="hidden" name="t" value="{tid}" />
<input type="hidden" name="sf" value="msgonly" />

			</fieldset>
			</form>
		</div>
	
			{pagination(tid, n, count, total)}
		</div>




{posts_html}

	<div class="action-bar bar-bottom">
	
			<a href="./posting.php?mode=reply&amp;t={tid}" class="button" title="发表回复">
							<span>发表回复</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i>
					</a>
		
		<form method="post" action="./viewtopic.php?t={tid}{start}">
		<div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools">
	<span title="显示和排序选项" class="button button-secondary dropdown-trigger dropdown-select">
		<i class="icon fa-sort-amount-asc fa-fw" aria-hidden="true"></i>
		<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
	</span>
	</div>
		</form>

		{pagination(tid, n, count, total)}
	</div>


<div class="action-bar actions-jump">
		<p class="jumpbox-return">
		<a href="./viewforum.php?f={FID}" class="left-box arrow-left" accesskey="r">
			<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>返回 “{FORUM}”</span>
		</a>
	</p>
	</div>


	<div class="stat-block online-list">
		<h3>在线用户</h3>
		<p>正在浏览此版面的用户：没有注册用户 和 3 访客</p>
	</div>

"""
    title = f"{subject} - {BOARD}" if n == 1 else f"{subject} - 第 {n} 页 - {BOARD}"
    canon = f'<link rel="canonical" href="http://{HOST}/viewtopic.php?t={tid}{start.replace("&amp;", "&")}">'
    return page(title, "viewtopic", f"viewtopic.php%3Ft%3D{tid}", crumbs(True), body, canon)


FILLER = [
    ("2024-04-02 10:12", "东篱把酒", "求一篇社区党支部书记抓党建述职报告，三千字左右", 6, 214),
    ("2024-03-28 16:40", "石榴籽", "[原创]“我为群众办实事”座谈会发言（社区书记）", 3, 530),
    ("2024-03-25 09:05", "小网格员", "网格员入户走访记录怎么写才规范？", 8, 377),
    ("2024-03-20 20:18", "桂园老周", "[汇总]2024年社区常用讲话稿目录（持续更新）", 15, 3920),
    ("2024-03-12 14:55", "老社工阿梅", "老旧小区加装电梯协商会主持词", 2, 286),
]


def forum_row(bg, tid, subject, name, stamp, replies, views, last, pages=1):
    uid = USERS[name][0]
    lname, lstamp, lpid = last
    pager = ""
    if pages > 1:
        pager = f"""
												<div class="pagination">
							<span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span>
							<ul>
															<li><a class="button" href="./viewtopic.php?t={tid}">1</a></li>
																							<li><a class="button" href="./viewtopic.php?t={tid}&amp;start=10">2</a></li>
																																													</ul>
						</div>"""
    return f"""		<li class="row {bg}">
						<dl class="row-item topic_read">
				<dt title="没有未读帖子">
										<div class="list-inner">
																		<a href="./viewtopic.php?t={tid}" class="topictitle">{subject}</a>																								<br />
						
												<div class="responsive-show" style="display: none;">
							最后发表 由 <a href="./memberlist.php?mode=viewprofile&amp;u={USERS[lname][0]}" class="username">{lname}</a> &laquo; <a href="./viewtopic.php?p={lpid}#p{lpid}" title="前往最新帖子"><time datetime="{iso(lstamp)}">{date_cn(lstamp)}</time></a>
													</div>
						<span class="responsive-show left-box" style="display: none;">回复: <strong>{replies}</strong></span>
													
						<div class="topic-poster responsive-hide left-box">
																												由 <a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{name}</a> &raquo; <time datetime="{iso(stamp)}">{date_cn(stamp)}</time>
																				</div>
{pager}
											</div>
				</dt>
				<dd class="posts">{replies} <dfn>回复</dfn></dd>
				<dd class="views">{views} <dfn>查看</dfn></dd>
				<dd class="lastpost">
					<span><dfn>最后发表 </dfn>由 <a href="./memberlist.php?mode=viewprofile&amp;u={USERS[lname][0]}" class="username">{lname}</a>													<a href="./viewtopic.php?p={lpid}#p{lpid}" title="前往最新帖子">
								<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span>
							</a>
												<br /><time datetime="{iso(lstamp)}">{date_cn(lstamp)}</time>
					</span>
				</dd>
			</dl>
					</li>
"""


def forum_page(n, rows_html, total_topics):
    link = lambda i: f"./viewforum.php?f={FID}" + (f"&amp;start={(i - 1) * 25}" if i > 1 else "")
    items = ""
    if n > 1:
        items += f'<li class="arrow previous"><a class="button button-icon-only" href="{link(n - 1)}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">上一页</span></a></li>\n'
    for i in (1, 2):
        items += f'<li class="active"><span>{i}</span></li>\n' if i == n else f'<li><a class="button" href="{link(i)}" role="button">{i}</a></li>\n'
    if n < 2:
        items += f'<li class="arrow next"><a class="button button-icon-only" href="{link(n + 1)}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">下一页</span></a></li>\n'
    pag = f"""<div class="pagination">
				{total_topics} 主题
									<ul>
	<li class="dropdown-container dropdown-button-control dropdown-page-jump page-jump">
		<a class="button button-icon-only dropdown-trigger" href="#" title="点击跳转到页面…" role="button"><i class="icon fa-level-down fa-rotate-270" aria-hidden="true"></i><span>第 {n} 页 / 共 2 页</span></a>
	</li>
{items}					</ul>
							</div>"""
    body = f"""<h2 class="forum-title"><a href="./viewforum.php?f={FID}{'&amp;start=25' if n > 1 else ''}">{FORUM}</a></h2>
<div>
	<!-- NOTE: remove the style="display: none" when you want to have the forum description on the forum body -->
	<div style="display: none !important;">讲话稿、发言稿、工作总结、述职报告等材料写作交流。原创请在标题注明[原创]。<br /></div>	</div>

	<div class="action-bar bar-top">
	<a href="./posting.php?mode=post&amp;f={FID}" class="button" title="发表新帖">
		<span>发表新帖</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
	</a>
	<div class="search-box" role="search">
		<form method="get" id="forum-search" action="./search.php">
		<fieldset>
			<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="搜索这个版面…" />
			<button class="button button-search" type="submit" title="搜索"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">搜索</span></button>
			<input type="hidden" name="fid[0]" value="{FID}" />
		</fieldset>
		</form>
	</div>
	<div class="pagination">
		{pag}
	</div>
	</div>

		<div class="forumbg">
		<div class="inner">
		<ul class="topiclist">
			<li class="header">
				<dl class="row-item">
					<dt><div class="list-inner">主题</div></dt>
					<dd class="posts">回复</dd>
					<dd class="views">查看</dd>
					<dd class="lastpost"><span>最后发表</span></dd>
				</dl>
			</li>
		</ul>
		<ul class="topiclist topics">

{rows_html}
				</ul>
		</div>
	</div>

	<div class="action-bar bar-bottom">
		{pag}
	</div>

<div class="action-bar actions-jump">
		<p class="jumpbox-return">
		<a href="./index.php" class="left-box arrow-left" accesskey="r">
			<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>返回首页</span>
		</a>
	</p>
	</div>

	<div class="stat-block online-list">
		<h3>在线用户</h3>
		<p>正在浏览此版面的用户：没有注册用户 和 2 访客</p>
	</div>

	<div class="stat-block permissions">
		<h3>版面权限</h3>
		<p>你<strong>不能</strong>在这个版面发表主题<br />你<strong>不能</strong>在这个版面回复主题<br />你<strong>不能</strong>在这个版面编辑帖子<br />你<strong>不能</strong>在这个版面删除帖子<br /></p>
	</div>
"""
    title = f"{FORUM} - {BOARD}" if n == 1 else f"{FORUM} - 第 {n} 页 - {BOARD}"
    canon = f'<link rel="canonical" href="http://{HOST}/viewforum.php?f={FID}{"&start=25" if n > 1 else ""}">'
    return page(title, "viewforum", f"viewforum.php%3Ff%3D{FID}", crumbs(), body, canon)


def index_page():
    t = TOPICS[0]
    last = t["replies2"][-1]
    body = f"""<p class="right responsive-center time">现在是 2024年 4月 3日 22:16</p>

<div class="action-bar compact">
	<a href="./search.php?search_id=unanswered" class="button" title="无回复的主题">无回复的主题</a>
	<a href="./search.php?search_id=active_topics" class="button" title="最近活跃主题">最近活跃主题</a>
</div>

		<div class="forabg">
			<div class="inner">
			<ul class="topiclist">
				<li class="header">
										<dl class="row-item">
						<dt><div class="list-inner"><a href="./index.php#forum1">工作交流</a></div></dt>
						<dd class="topics">主题</dd>
						<dd class="posts">帖子</dd>
						<dd class="lastpost"><span>最后发表</span></dd>
					</dl>
									</li>
			</ul>
			<ul class="topiclist forums">
		
					<li class="row">
						<dl class="row-item forum_read">
				<dt title="没有未读帖子">
										<div class="list-inner">
																		<a href="./viewforum.php?f={FID}" class="forumtitle">{FORUM}</a>
						<br />讲话稿、发言稿、工作总结、述职报告等材料写作交流。原创请在标题注明[原创]。												<br /><strong>版主:</strong> <a href="./memberlist.php?mode=viewprofile&amp;u=57" class="username">桂园老周</a>
											</div>
				</dt>
									<dd class="topics">37 <dfn>主题</dfn></dd>
					<dd class="posts">412 <dfn>帖子</dfn></dd>
					<dd class="lastpost">
						<span>
																						<a href="./viewtopic.php?p=6120#p6120" title="求一篇社区党支部书记抓党建述职报告，三千字左右" class="lastsubject">求一篇社区党支部书记抓党建述职…</a> <br />
														由 <a href="./memberlist.php?mode=viewprofile&amp;u=960" class="username">东篱把酒</a>																<br /><time datetime="2024-04-02T10:12:00+08:00">2024年 4月 2日 10:12</time>
													</span>
					</dd>
							</dl>
					</li>
			
					<li class="row">
						<dl class="row-item forum_read">
				<dt title="没有未读帖子">
										<div class="list-inner">
																		<a href="./viewforum.php?f=4" class="forumtitle">政策答疑</a>
						<br />低保、养老、医保、就业等政策问题讨论
											</div>
				</dt>
									<dd class="topics">126 <dfn>主题</dfn></dd>
					<dd class="posts">1048 <dfn>帖子</dfn></dd>
					<dd class="lastpost"><span>由 <a href="./memberlist.php?mode=viewprofile&amp;u=214" class="username">石榴籽</a><br /><time datetime="2024-04-03T18:31:00+08:00">2024年 4月 3日 18:31</time></span></dd>
							</dl>
					</li>
							</ul>

			</div>
		</div>
	


	<div class="stat-block online-list">
		<h3>在线用户</h3>
		<p>共有 <strong>9</strong> 位在线用户 :: 1 位注册用户, 0 位隐身用户 和 8 位访客 (基于过去 5 分钟内的活跃用户数)<br />最高在线记录是 <strong>186</strong> 人，发生于 2021年 6月 30日 10:02<br /></p>
	</div>

	<div class="stat-block statistics">
		<h3>统计信息</h3>
		<p>帖子总计 <strong>5213</strong> &bull; 主题总计 <strong>688</strong> &bull; 注册用户 <strong>2104</strong> &bull; 最新注册用户 <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2104" class="username">社区小陈</a></strong></p>
	</div>
"""
    return page(BOARD + " - 首页", "index", "index.php", "", body)


def build() -> Family:
    fam = Family(HOST, "Chinese phpBB 3.3 board (prosilver; viewforum &start=25, viewtopic &start=10, first post the speech)")
    fam.note = (
        "Every page is a query route. A topic's first post is the document, at `viewtopic.php?t=N` (its "
        "canonical); post addresses `viewtopic.php?p=N` (subject links, 最后发表 links, quote arrows) answer "
        "the topic page holding that post, as phpBB does, and are the same documents, not new ones. Replies, "
        "quotes, notices, signatures and the topic's page 2 (`&start=10`) are not the speech."
    )
    home = index_page()
    fam.put("/", home)
    fam.route("/index.php", "/index.html", home)
    fam.not_documents.append("/")
    rows = {1: [], 2: []}
    for t in TOPICS:
        tid, pid0 = t["tid"], t["first_pid"]
        first = post(
            pid0, tid, "bg2", t["author"], t["stamp"], t["subject"], t["render"](t["speech"]), True, t["edited"]
        )
        all_replies = t["replies"] + t["replies2"]
        total = 1 + len(all_replies)
        count = 2 if t["replies2"] else 1
        posts1 = [first]
        for i, (name, stamp, text) in enumerate(t["replies"]):
            bg = "bg1" if i % 2 == 0 else "bg2"
            posts1.append(post(pid0 + 1 + i, tid, bg, name, stamp, "Re: " + t["subject"], reply_content(t, text)))
        page1 = topic_page(t, 1, count, "".join(posts1), total)
        fam.route(f"/viewtopic.php?t={tid}", f"/topics/t{tid}.html", page1)
        fam.doc([f"/viewtopic.php?t={tid}"], t["speech"], title=t["subject"], published_at=t["stamp"][:10])
        # phpBB answers a post's address (`viewtopic.php?p=N`, the subject and 最后发表 links) with
        # the topic page holding that post; its canonical stays `viewtopic.php?t=N[&start=10]`
        for k in range(len(t["replies"]) + 1):
            fam.query_routes[f"/viewtopic.php?p={pid0 + k}"] = f"topics/t{tid}.html"
        if count == 2:
            posts2 = []
            for i, (name, stamp, text) in enumerate(t["replies2"]):
                k = len(t["replies"]) + i
                bg = "bg1" if k % 2 == 0 else "bg2"
                posts2.append(post(pid0 + 1 + k, tid, bg, name, stamp, "Re: " + t["subject"], reply_content(t, text)))
            fam.route(
                f"/viewtopic.php?t={tid}&start=10", f"/topics/t{tid}-s10.html", topic_page(t, 2, 2, "".join(posts2), total)
            )
            fam.not_documents.append(f"/viewtopic.php?t={tid}&start=10")
            for k in range(len(t["replies2"])):
                fam.query_routes[f"/viewtopic.php?p={pid0 + 1 + len(t['replies']) + k}"] = f"topics/t{tid}-s10.html"
        lname, lstamp, _ = all_replies[-1]
        last = (lname, lstamp, pid0 + len(all_replies))
        rows[t["listpage"]].append((t["stamp"], tid, t["subject"], t["author"], len(all_replies), t["views"], last, count))
    for k, (stamp, name, subject, replies, views) in enumerate(FILLER):
        tid = 1240 + k * 3
        rows[1].append((stamp, tid, subject, name, replies, views, (name, stamp, 6120 - k * 17), 1))
    rows[2] += [
        ("2024-02-20 11:31", 1150, "社区春节团拜会主持词（附串词）", "石榴籽", 4, 402, ("东篱把酒", "2024-02-21 09:02", 5301), 1),
        ("2023-12-29 17:05", 1098, "年终总结里的“下一步打算”怎么写出新意？", "东篱把酒", 7, 611, ("老社工阿梅", "2023-12-30 10:44", 5177), 1),
    ]
    # page 1 (newest first by last post): the 邻里节 topic is older but its replies keep it out;
    # the listing is by last post time as phpBB sorts it
    for n in (1, 2):
        ordered = sorted(rows[n], key=lambda r: r[6][1], reverse=True)
        html_rows = "".join(
            forum_row("bg1" if i % 2 == 0 else "bg2", tid, subj, name, stamp, rep, views, last, pages)
            for i, (stamp, tid, subj, name, rep, views, last, pages) in enumerate(ordered)
        )
        text = forum_page(n, html_rows, 37)
        if n == 1:
            fam.route(f"/viewforum.php?f={FID}", f"/forums/f{FID}.html", text)
        else:
            fam.route(f"/viewforum.php?f={FID}&start=25", f"/forums/f{FID}-s25.html", text)
    fam.not_documents += [f"/viewforum.php?f={FID}", f"/viewforum.php?f={FID}&start=25"]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /adm/\nDisallow: /ucp.php\nDisallow: /posting.php\nDisallow: /memberlist.php\nDisallow: /search.php\n",
        "ascii",
    )
    fam.noise += [
        "最后由",
        "总共编辑 1 次",
        "社区无小事，件件连民心。",
        "助人自助。",
        "帖子:",
        "注册时间:",
        "地址:",
        "版主",
        "回到顶端",
        "发表回复",
        "写道：",
        "老周出品，必属精品",
        "收藏了",
        "学习了",
        "顶一下",
        "整理辛苦了",
        "在线用户",
        "Forum Software © phpBB Limited",
        "苏ICP备17065432号-1",
        "社区工作者之家",
        "Re: ",
    ]
    return fam
