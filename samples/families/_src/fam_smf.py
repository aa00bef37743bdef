"""A Chinese Simple Machines Forum 2.1 (2.1.4, Curve2 default theme, 简体中文 language pack, UTF-8, no
pretty URLs): `/` and `index.php` (board index: `div.main_container` / `div.up_contain` board rows,
`#info_center`) → `index.php?board=3.0` (+ `board=3.20`, message index `#topic_container` rows with
`span.topic_pages`) → `index.php?topic=N.0` (+ `topic=N.15`, 15 posts a page). Topic pages: the
`#top_section` guest bar and search form, `#header` with `h1.forumtitle` and the SMF logo, the
`#upper_section` clock and news, `#main_menu` dropmenu, the `navigate_section` linktree (▶ dividers)
at top and bottom, `#display_head` (`h2.display_title > span#top_subject`, 作者 … line, 上一主题 /
下一主题), `pagesection` with `span.pages` 页数 / `span.current_page` / `a.nav_page`, posts as
`div.windowbg#msgN` > `div.post_wrapper` (`div.poster` user_info list, `div.postarea` with `keyinfo`
date link and the `modified` 最后编辑 line, `div.post > div.inner#msg_N` with `<br>` lines,
`div.moderatorbar > div.signature`), replies quoting with `blockquote.bbc_standard_quote` (引用自: …),
`#footer` (SMF 2.1.4 © 2023, Simple Machines; 页面创建于 … 秒，共 … 个查询。). The first post is the
speech after the poster's own line; the replies and page 2 (`topic=N.15`) are not documents."""

from common import SPEECHES, Family, render

HOST = "bbs.qinglan-smf.test"
ROOT = f"http://{HOST}"
SCRIPT = f"{ROOT}/index.php"
FORUM = "青岚文秘交流论坛"
BOARD, BOARD_NAME = 3, "讲话致辞"
CAT = (1, "公文写作")
SESSION = "a91c3e07f5b24d68"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="http://bbs.qinglan-smf.test/Themes/default/css/minified_5b0e3c7d9f2a1c84e6b7d05f3a9c2e11.css?smf214_1699508341">
	<style>
	img.avatar { max-width: 65px !important; max-height: 65px !important; }
	
	</style>
	<script>
		var smf_theme_url = "http://bbs.qinglan-smf.test/Themes/default";
		var smf_default_theme_url = "http://bbs.qinglan-smf.test/Themes/default";
		var smf_images_url = "http://bbs.qinglan-smf.test/Themes/default/images";
		var smf_smileys_url = "http://bbs.qinglan-smf.test/Smileys";
		var smf_smiley_sets = "fugue,alienine";
		var smf_smiley_sets_default = "fugue";
		var smf_avatars_url = "http://bbs.qinglan-smf.test/avatars";
		var smf_scripturl = "http://bbs.qinglan-smf.test/index.php";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "3d0f8b6e2a714c59b8e1f6a0c4d2e973";
		var smf_session_var = "a91c3e07f5b24d68";
		var smf_member_id = 0;
		var ajax_notification_text = '加载中...';
		var help_popup_heading_text = '有点迷惑？让我来解释一下：';
		var banned_text = '对不起，游客，您已经被禁止访问本论坛！';
		var smf_txt_expand = '展开';
		var smf_txt_shrink = '收缩';
		var smf_collapseAlt = '隐藏';
		var smf_expandAlt = '显示';
		var smf_quote_expand = false;
		var allow_xhjr_credentials = false;
	</script>
	<script src="http://bbs.qinglan-smf.test/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="http://bbs.qinglan-smf.test/Themes/default/scripts/minified_2c7e91b04d5a3f68e0b1c9d7a4f26e85.js?smf214_1699508341"></script>
	<script>
	var smf_you_sure ='您确定要这样做吗？';
	</script>
	<title>@@TITLE@@</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="青岚文秘交流论坛">
	<meta property="og:title" content="@@TITLE@@">
@@META@@
	<meta name="theme-color" content="#557EA0">
	<link rel="canonical" href="@@CANONICAL@@">
	<link rel="help" href="http://bbs.qinglan-smf.test/index.php?action=help">
	<link rel="contents" href="http://bbs.qinglan-smf.test/index.php">
	<link rel="search" href="http://bbs.qinglan-smf.test/index.php?action=search">
	<link rel="alternate" type="application/rss+xml" title="青岚文秘交流论坛 - RSS" href="http://bbs.qinglan-smf.test/index.php?action=.xml;type=rss2@@FEEDBOARD@@">
	<link rel="alternate" type="application/atom+xml" title="青岚文秘交流论坛 - Atom" href="http://bbs.qinglan-smf.test/index.php?action=.xml;type=atom@@FEEDBOARD@@">
@@LINKS@@
</head>
<body id="chrome" class="@@BODYCLASS@@">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">
					欢迎来到<strong>青岚文秘交流论坛</strong>。请<a href="http://bbs.qinglan-smf.test/index.php?action=login" onclick="return reqOverlayDiv(this.href, '登录', 'login');">登录</a>或<a href="http://bbs.qinglan-smf.test/index.php?action=signup">注册</a>。
				</li>
			</ul>
			<form id="search_form" class="floatright" action="http://bbs.qinglan-smf.test/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">整个论坛 </option>@@SEARCHOPTS@@
				</select>@@SEARCHHIDDEN@@
				<input type="submit" name="search2" value="搜索" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div><!-- .inner_wrap -->
	</div><!-- #top_section -->
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="http://bbs.qinglan-smf.test/index.php">青岚文秘交流论坛</a>
		</h1>
		<img id="smflogo" src="http://bbs.qinglan-smf.test/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="2024-12-20T01:36:12Z">2024年12月20日, 09:36:12</time>
					</div>
					<div class="news">
						<h2>新闻: </h2>
						<p>本站仅供文秘写作学习交流，转载请注明出处。新注册会员请先到“新人报到”版块发帖。</p>
					</div>
				</div>
				<a class="mobile_user_menu">
					<span class="menu_icon"></span>
					<span class="text_menu">主菜单</span>
				</a>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<div class="popup_heading">主菜单
								<a href="javascript:void(0);" class="main_icons hide_popup"></a>
							</div>
							<ul class="dropmenu menu_nav">
								<li class="button_home">
									<a class="active" href="http://bbs.qinglan-smf.test/index.php">
										<span class="main_icons home"></span><span class="textmenu">首页</span>
									</a>
								</li>
								<li class="button_help">
									<a href="http://bbs.qinglan-smf.test/index.php?action=help">
										<span class="main_icons help"></span><span class="textmenu">帮助</span>
									</a>
								</li>
								<li class="button_search">
									<a href="http://bbs.qinglan-smf.test/index.php?action=search">
										<span class="main_icons search"></span><span class="textmenu">搜索</span>
									</a>
								</li>
								<li class="button_login">
									<a href="http://bbs.qinglan-smf.test/index.php?action=login" onclick="return reqOverlayDiv(this.href, '登录', 'login');">
										<span class="main_icons login"></span><span class="textmenu">登录</span>
									</a>
								</li>
								<li class="button_signup">
									<a href="http://bbs.qinglan-smf.test/index.php?action=signup">
										<span class="main_icons regcenter"></span><span class="textmenu">注册</span>
									</a>
								</li>
							</ul><!-- .menu_nav -->
						</div>
					</div>
				</div>
@@LINKTREE@@
			</div><!-- #inner_section -->
		</div><!-- #upper_section -->
		<div id="content_section">
			<div id="main_content_section">
"""

FOOT = """
@@LINKTREE@@
			</div><!-- #main_content_section -->
		</div><!-- #content_section -->
	</div><!-- #wrapper -->
</div><!-- #footerfix -->
	<div id="footer">
		<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="http://bbs.qinglan-smf.test/index.php?action=help">帮助</a> | <a href="http://bbs.qinglan-smf.test/index.php?action=agreement">条款和规则</a> | <a href="#top_section">回到顶部 &#9650;</a></li>
			<li class="copyright"><a href="http://bbs.qinglan-smf.test/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
			<li class="copyright"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">湘ICP备19031782号-1</a></li>
		</ul>
		<p>页面创建于 @@LOADTIME@@ 秒，共 @@QUERIES@@ 个查询。</p>
		</div>
	</div><!-- #footer -->
<script>
window.addEventListener("DOMContentLoaded", function() {
	function triggerCron()
	{
		$.get('http://bbs.qinglan-smf.test' + "/cron.php?ts=1734658560");
	}
	window.setTimeout(triggerCron, 1);
});
</script>
</body>
</html>
"""


def linktree(items):
    out = ['\t\t\t\t<div class="navigate_section">', "\t\t\t\t\t<ul>"]
    for i, (href, label) in enumerate(items):
        last = ' class="last"' if i == len(items) - 1 else ""
        div = "" if i == 0 else '\n\t\t\t\t\t\t\t<span class="dividers"> &#9658; </span>'
        out.append(f"\t\t\t\t\t\t<li{last}>{div}\n\t\t\t\t\t\t\t<a href=\"{href}\"><span>{label}</span></a>\n\t\t\t\t\t\t</li>")
    out += ["\t\t\t\t\t</ul>", "\t\t\t\t</div><!-- .navigate_section -->"]
    return "\n".join(out)


def page_index(base, page, count, per):
    """SMF 2.1 constructPageIndex (compact): 页数 + current_page span + nav_page links + next arrow."""
    parts = ['<span class="pages">页数</span>']
    if page > 1:
        parts.append(f'<a class="nav_page" href="{base}.{(page - 2) * per}"><span class="main_icons previous_page"></span></a> ')
    for p in range(1, count + 1):
        if p == page:
            parts.append(f'<span class="current_page">{p}</span> ')
        else:
            parts.append(f'<a class="nav_page" href="{base}.{(p - 1) * per}">{p}</a> ')
    if page < count:
        parts.append(f'<a class="nav_page" href="{base}.{page * per}"><span class="main_icons next_page"></span></a> ')
    return "".join(parts)


USERS = {
    "湘江老笔": dict(uid=27, group="版主", pgroup="资深会员", posts="2,147", stars=5, title="笔杆子",
                  blurb="多写多改", sig="文章不厌百回改，反复推敲佳句来。<br>——湘江老笔"),
    "雨花台下": dict(uid=318, group="", pgroup="中级会员", posts="486", stars=3, title="", blurb="",
                  sig="写材料的路上，一起加油。"),
    "办公室小苏": dict(uid=1094, group="", pgroup="初级会员", posts="63", stars=2, title="", blurb="", sig=""),
    "株洲文员": dict(uid=772, group="", pgroup="中级会员", posts="301", stars=3, title="", blurb="", sig=""),
    "韶山冲的风": dict(uid=1502, group="", pgroup="新手上路", posts="12", stars=1, title="", blurb="", sig=""),
    "麓山听雨": dict(uid=205, group="", pgroup="高级会员", posts="1,032", stars=4, title="", blurb="讲稿爱好者",
                  sig="宁可十稿不满意，不让一稿出问题。"),
}


def poster(name):
    u = USERS[name]
    group = f'\n\t\t\t\t\t\t\t\t<li class="membergroup">{u["group"]}</li>' if u["group"] else ""
    title = f'\n\t\t\t\t\t\t\t\t<li class="title">{u["title"]}</li>' if u["title"] else ""
    blurb = f'\n\t\t\t\t\t\t\t\t<li class="blurb">{u["blurb"]}</li>' if u["blurb"] else ""
    star = "star.png" if not u["group"] else "iconmod.png"
    stars = "".join(f'<img src="http://bbs.qinglan-smf.test/Themes/default/images/membericons/{star}" alt="*">' for _ in range(u["stars"]))
    return f"""						<div class="poster">
							<h4>
								<a href="{SCRIPT}?action=profile;u={u['uid']}" title="查看 {name} 的个人资料">{name}</a>
							</h4>
							<ul class="user_info">{group}{title}
								<li class="avatar">
									<a href="{SCRIPT}?action=profile;u={u['uid']}"><img class="avatar" src="http://bbs.qinglan-smf.test/custom_avatar/avatar_{u['uid']}_1701234567.png" alt=""></a>
								</li>
								<li class="icons">{stars}</li>
								<li class="postgroup">{u['pgroup']}</li>
								<li class="postcount">帖子: {u['posts']}</li>{blurb}
								<li class="poster_ip">已记录</li>
							</ul>
						</div><!-- .poster -->"""


def post(tid, subject, mid, counter, name, stamp, body, modified=None):
    num = f'\n\t\t\t\t\t\t\t\t<span class="page_number floatright">#{counter}</span>' if counter else ""
    mod = ""
    if modified:
        mod = f"""
									<span class="spacer"></span>
									<span class="smalltext modified floatright mvisible" id="modified_{mid}"><span class="lastedit">最后编辑</span>: {modified} 作者 {name}
									</span>"""
    else:
        mod = f"""
									<span class="spacer"></span>
									<span class="smalltext modified floatright" id="modified_{mid}">
									</span>"""
    sig = USERS[name]["sig"]
    sigbox = f"""
						<div class="moderatorbar">
							<div class="signature" id="msg_{mid}_signature">
								{sig}
							</div>
						</div><!-- .moderatorbar -->""" if sig else """
						<div class="moderatorbar">
						</div><!-- .moderatorbar -->"""
    re_subject = subject if not counter else f"回复: {subject}"
    return f"""
				<div class="windowbg" id="msg{mid}">
					
					<div class="post_wrapper">
{poster(name)}
						<div class="postarea">
							<div class="keyinfo">
								<div id="subject_{mid}" class="subject_title subject_hidden">
									<a href="{SCRIPT}?msg={mid}">{re_subject}</a>
								</div>{num}
								<div class="postinfo">
									<span class="messageicon"  style="position: absolute; z-index: -1;">
										<img src="http://bbs.qinglan-smf.test/Themes/default/images/post/xx.png" alt="">
									</span>
									<a href="{SCRIPT}?topic={tid}.msg{mid}#msg{mid}" title="{re_subject}" class="smalltext">{stamp}</a>{mod}
								</div>
								<div id="msg_{mid}_quick_mod"></div>
							</div><!-- .keyinfo -->
							<div class="post">
								<div class="inner" data-msgid="{mid}" id="msg_{mid}">
									{body}
								</div>
							</div><!-- .post -->
							<div class="under_message">
								<ul class="floatleft">
								</ul>
							</div><!-- .under_message -->
						</div><!-- .postarea -->{sigbox}
					</div><!-- .post_wrapper -->
				</div><!-- $message[css_class] -->
				<hr class="post_separator">
"""


def quote(tid, mid, name, stamp, text):
    return (f'<blockquote class="bbc_standard_quote"><cite><a href="{SCRIPT}?topic={tid}.msg{mid}#msg{mid}">引用自: {name} 于 {stamp}</a></cite>{text}</blockquote>')


TOPICS = [
    dict(tid=4127, speech=SPEECHES["R60A1"], author="湘江老笔", mid=38815,
         stamp="2024年09月13日, 21:47:05", date="2024-09-13", modified="2024年09月14日, 08:02:31",
         intro="昨天区里物业推进会上区长的讲话，会后按录音和讲稿核对整理的，给搞街道、住建口材料的朋友参考。<br>——————————————<br><br>",
         outro="<br><br>（整理不易，转发请注明来自青岚文秘交流论坛）",
         replies=[
             ("雨花台下", "2024年09月13日, 22:10:44", "感谢分享！“关键小事”这个提法很好，我们街道下周也要开物业专题会，正好参考。"),
             ("办公室小苏", "2024年09月14日, 09:15:20", None),
             ("株洲文员", "2024年09月14日, 10:33:08", "六个“抓好”写得很实，尤其是维修资金那段，群众最关心。"),
             ("韶山冲的风", "2024年09月14日, 14:21:56", "新人学习了，请问楼主有word版吗？"),
             ("湘江老笔", "2024年09月14日, 15:02:13", "回楼上：没有word版，直接复制就行，格式自己调一下。"),
             ("麓山听雨", "2024年09月15日, 08:40:37", "结构是典型的“三段论”：认识—重点—责任，新手可以照这个框架练。"),
             ("雨花台下", "2024年09月15日, 19:26:02", "顶一下，好帖。"),
             ("株洲文员", "2024年09月16日, 11:05:49", "第二部分如果再加一个“智慧物业”平台建设会更完整。"),
             ("办公室小苏", "2024年09月16日, 16:48:30", "收藏了，谢谢老笔。"),
             ("麓山听雨", "2024年09月17日, 09:12:11", "这种讲话稿最难的是数字，楼主把12345诉求数据都保留了，很有参考价值。"),
             ("韶山冲的风", "2024年09月18日, 20:31:45", "学习了，写得接地气。"),
             ("株洲文员", "2024年09月19日, 08:55:06", "我们区也在搞红黑榜考评，看来各地思路差不多。"),
             ("雨花台下", "2024年09月20日, 10:16:29", "mark一下，过两天要用。"),
             ("办公室小苏", "2024年09月21日, 14:02:57", "领导让我写类似的稿子，这个太及时了！"),
             ("麓山听雨", "2024年09月22日, 09:44:18", "补充一点：结尾“会后两周内报清单”这种具体要求，是讲话稿落地的关键，值得学。"),
             ("湘江老笔", "2024年09月22日, 10:03:40", "谢谢各位捧场，有新的好稿子再发上来。"),
             ("韶山冲的风", "2024年09月23日, 21:17:35", "支持楼主！"),
             ("株洲文员", "2024年09月25日, 08:29:50", "已转给科室同事学习。"),
         ],
         views="3,208"),
    dict(tid=4063, speech=SPEECHES["R60A2"], author="麓山听雨", mid=37902,
         stamp="2024年10月19日, 20:05:18", date="2024-10-19", modified=None,
         intro="[转帖] 县领导在实验小学七十周年校庆大会上的致辞，写得很有感情，转过来大家学习。<br><br>",
         outro="",
         replies=[
             ("湘江老笔", "2024年10月19日, 21:30:02", "校史那段写得好，有人物有细节，校庆致辞就怕空对空。"),
             ("雨花台下", "2024年10月20日, 09:11:47", "“一辈子的精神底色”，这句可以借用。"),
             ("株洲文员", "2024年10月21日, 15:40:26", "我们学校明年六十周年，收藏备用。"),
         ],
         views="1,176"),
]


def topic_page(t, page, count):
    tid, speech = t["tid"], t["speech"]
    subject = speech.title
    base = f"{SCRIPT}?topic={tid}"
    posts = []
    if page == 1:
        body = t["intro"] + "<br><br>".join(speech.paras) + t["outro"]
        posts.append(post(tid, subject, t["mid"], 0, t["author"], t["stamp"], body, t["modified"]))
    replies = t["replies"]
    start = 0 if page == 1 else 14
    chunk = replies[:14] if page == 1 else replies[14:]
    for i, (name, stamp, text) in enumerate(chunk):
        counter = start + i + 1
        mid = t["mid"] + 3 * counter + 1
        if text is None:
            text = quote(tid, t["mid"], t["author"], t["stamp"], "<br>".join(speech.paras[:2])) + "<br>写得真好，学习了。"
        posts.append(post(tid, subject, mid, counter, name, stamp, text))
    pidx = page_index(base, page, count, 15)
    title = subject if page == 1 else f"{subject} - 第 {page} 页"
    canonical = f"{base}.{(page - 1) * 15}"
    links = []
    if page > 1:
        links.append(f'\t<link rel="prev" href="{base}.{(page - 2) * 15}">')
    if page < count:
        links.append(f'\t<link rel="next" href="{base}.{page * 15}">')
    links.append(f'\t<link rel="index" href="{SCRIPT}?board={BOARD}.0">')
    desc = speech.paras[1][:120]
    meta = (f'\t<meta name="keywords" content="讲话稿,致辞,发言稿">\n'
            f'\t<meta property="og:url" content="{canonical}">\n'
            f'\t<meta property="og:description" content="{desc}">\n'
            f'\t<meta name="description" content="{desc}">')
    tree = linktree([(SCRIPT, FORUM), (f"{SCRIPT}#c{CAT[0]}", CAT[1]), (f"{SCRIPT}?board={BOARD}.0", BOARD_NAME),
                     (f"{base}.0", subject)])
    buttons = f"""
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="{SCRIPT}?action=printpage;topic={tid}.0" rel="nofollow"><span class="main_icons print"></span>打印</a>
			</div>"""
    body = f"""
		<div id="display_head" class="information">
			<h2 class="display_title">
				<span id="top_subject">{subject}</span>
			</h2>
			<p>作者 <a href="{SCRIPT}?action=profile;u={USERS[t['author']]['uid']}">{t['author']}</a>, {t['stamp']}</p>
			<span class="nextlinks floatright"><a href="{SCRIPT}?topic={tid}.0;prev_next=prev#new">上一主题</a> - <a href="{SCRIPT}?topic={tid}.0;prev_next=next#new">下一主题</a></span>
			<p>
				0 会员 和 3 游客 正在查看此主题。
			</p>
		</div><!-- #display_head -->
		
		<div class="pagesection top">{buttons}
			 
			<div class="pagelinks floatleft">
				<a href="#bot" class="button">往下</a>
				{pidx}
			</div>
		<div class="mobile_buttons floatright">
			<a class="button mobile_act">用户操作</a>
			
		</div>
		</div>
		<div id="forumposts">
			<form action="{SCRIPT}?action=quickmod2;topic={tid}.{(page - 1) * 15}" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('3d0f8b6e2a714c59b8e1f6a0c4d2e973', '{SESSION}') : false">
{''.join(posts)}
			</form>
		</div><!-- #forumposts -->
		<div class="pagesection">
			
			{buttons}
			<div class="pagelinks floatleft">
				<a href="#main_content_section" class="button" id="bot">往上</a>
				{pidx}
			</div>
		<div class="mobile_buttons floatright">
			<a class="button mobile_act">用户操作</a>
			
		</div>
		</div>
		<div id="moderationbuttons">
			
		</div>
		<div id="display_jump_to"></div>
		<div id="mobile_action" class="popup_container">
			<div class="popup_window description">
				<div class="popup_heading">
					用户操作
					<a href="javascript:void(0);" class="main_icons hide_popup"></a>
				</div>
				{buttons}
			</div>
		</div>
		<script>
			if ('XMLHttpRequest' in window)
			{{
				var oQuickModify = new QuickModify({{
					sScriptUrl: smf_scripturl,
					sClassName: 'quick_edit',
					bShowModify: true,
					iTopicId: {tid},
					sTemplateBodyEdit: '\\n\\t\\t\\t\\t\\t\\t<div id="quick_edit_body_container">\\n\\t\\t\\t\\t\\t\\t\\t<div id="error_box" class="error"><' + '/div>\\n\\t\\t\\t\\t\\t\\t\\t<textarea class="editor" name="message" rows="12" tabindex="1">%body%<' + '/textarea><br>\\n\\t\\t\\t\\t\\t\\t<' + '/div>',
					sTemplateSubjectEdit: '<input type="text" name="subject" value="%subject%" size="80" maxlength="80" tabindex="2">',
					sTemplateBodyNormal: '%body%',
					sTemplateSubjectNormal: '<a hr' + 'ef="' + smf_scripturl + '?topic={tid}.msg%msg_id%#msg%msg_id%" rel="nofollow">%subject%<' + '/a>',
					sTemplateTopSubject: '%subject%',
					sTemplateReasonEdit: '编辑原因: <input type="text" name="modify_reason" value="%modify_reason%" size="80" maxlength="80" tabindex="3" class="quickModifyMargin">',
					sTemplateReasonNormal: '%modify_text',
					sErrorBorderStyle: '1px solid red'
				}});

				aJumpTo[aJumpTo.length] = new JumpTo({{
					sContainerId: "display_jump_to",
					sJumpToTemplate: "<label class=\\"smalltext jump_to\\" for=\\"%select_id%\\">跳转到<" + "/label> %dropdown_list%",
					iCurBoardId: {BOARD},
					iCurBoardChildLevel: 0,
					sCurBoardName: "{BOARD_NAME}",
					sBoardChildLevelIndicator: "==",
					sBoardPrefix: "=> ",
					sCatSeparator: "-----------------------------",
					sCatPrefix: "",
					sGoButtonLabel: "执行"
				}});
			}}
		</script>
"""
    return render(HEAD + body + FOOT, TITLE=title, META=meta, CANONICAL=canonical, LINKS="\n".join(links),
                  FEEDBOARD=f";board={BOARD}.0", BODYCLASS=f"action_messageindex board_{BOARD}",
                  SEARCHOPTS=f'\n\t\t\t\t\t<option value="topic" selected>当前主题</option>\n\t\t\t\t\t<option value="board">当前版块</option>',
                  SEARCHHIDDEN=f'\n\t\t\t\t<input type="hidden" name="sd_topic" value="{tid}">',
                  LINKTREE=tree, LOADTIME="0.061" if page == 1 else "0.048", QUERIES="24" if page == 1 else "21")


def topic_row(tid, subject, author, replies, views, last, preview, pages=1, sticky=False):
    uid = USERS[author]["uid"] if author in USERS else 1733
    pg = ""
    if pages > 1:
        pg = (f'\n\t\t\t\t\t<span id="pages{tid}" class="topic_pages"><span class="pages">页数</span>'
              + " ".join(f'<a class="nav_page" href="{SCRIPT}?topic={tid}.{(p - 1) * 15}">{p}</a>' for p in range(1, pages + 1))
              + "</span>")
    cls = "windowbg sticky" if sticky else "windowbg"
    icons = '<span class="main_icons sticky"></span>' if sticky else ""
    return f"""
			<div class="{cls}">
				<div class="board_icon">
					<img src="http://bbs.qinglan-smf.test/Themes/default/images/post/xx.png" alt="">
					
				</div>
				<div class="info info_block">
					<div class="icons floatright">{icons}</div>
					<div class="message_index_title">
						
						<span class="preview" title="{preview}">
							<span id="msg_{tid * 9}"><a href="{SCRIPT}?topic={tid}.0">{subject}</a></span>
						</span>
					</div>
					<p class="floatleft">
						作者 <a href="{SCRIPT}?action=profile;u={uid}" title="查看 {author} 的个人资料" class="preview">{author}</a>
					</p>{pg}
				</div><!-- #topic_[first_post][id] -->
				<div class="board_stats centertext">
					<p>回复: {replies}<br>阅读: {views}</p>
				</div>
				<div class="lastpost">
					<p><a href="{SCRIPT}?topic={tid}.{(pages - 1) * 15}#new">{last[0]}</a><br>作者 <a href="{SCRIPT}?action=profile;u=205">{last[1]}</a></p>
				</div>
			</div><!-- $topic[css_class] -->"""


def board_page(page, rows):
    base = f"{SCRIPT}?board={BOARD}"
    pidx = page_index(base, page, 2, 20)
    tree = linktree([(SCRIPT, FORUM), (f"{SCRIPT}#c{CAT[0]}", CAT[1]), (f"{base}.0", BOARD_NAME)])
    links = []
    if page > 1:
        links.append(f'\t<link rel="prev" href="{base}.0">')
    else:
        links.append(f'\t<link rel="next" href="{base}.20">')
    body = f"""
	<div id="display_head">
		<h2>{BOARD_NAME}</h2>
		<p>领导讲话、开幕致辞、表态发言、主持词。请注明来源，禁止发布涉密材料。</p>
	</div>
	<div class="pagesection">
		
		<div class="buttonlist floatright">
			<a class="button button_strip_markread" href="{SCRIPT}?action=markasread;sa=board;board={BOARD}.0;{SESSION}=3d0f8b6e2a714c59b8e1f6a0c4d2e973"><span class="main_icons read_button"></span>标记为已读</a>
		</div>
		<div class="pagelinks floatleft">
			<a href="#bot" class="button">往下</a>
			{pidx}
		</div>
		
	</div>
	<div id="messageindex">
			<div class="title_bar" id="topic_header">
				<div class="board_icon"></div>
				<div class="info"><a href="{base}.0;sort=subject">标题</a> / <a href="{base}.0;sort=starter">作者</a></div>
				<div class="board_stats centertext"><a href="{base}.0;sort=replies">回复</a> / <a href="{base}.0;sort=views">阅读</a></div>
				<div class="lastpost"><a href="{base}.0;sort=last_post;asc">最新帖子<span class="main_icons sort_down"></span></a></div>
			</div><!-- #topic_header -->
		<div id="topic_container">
{rows}
		</div><!-- #topic_container -->
	</div><!-- #messageindex -->
	<div class="pagesection">
		<div class="pagelinks floatleft">
			<a href="#main_content_section" class="button" id="bot">往上</a>
			{pidx}
		</div>
	</div>
	<div class="tborder" id="topic_icons">
		<div class="information">
			<p id="message_index_jump_to"></p>
			<p class="floatleft">
				<span class="main_icons hot_post"></span> 热门主题 (超过 15 个回复)<br>
				<span class="main_icons veryhot_post"></span> 非常热门的主题 (超过 25 个回复)<br>
			</p>
			<p>
				<span class="main_icons lock"></span> 已锁定的主题<br>
				<span class="main_icons sticky"></span> 置顶主题<br>
				<span class="main_icons poll"></span> 投票<br>
			</p>
		</div><!-- .information -->
	</div><!-- #topic_icons -->
"""
    title = BOARD_NAME if page == 1 else f"{BOARD_NAME} - 第 {page} 页"
    return render(HEAD + body + FOOT, TITLE=title,
                  META='\t<meta property="og:url" content="' + f"{base}.{(page - 1) * 20}" + '">\n\t<meta name="description" content="领导讲话、开幕致辞、表态发言、主持词。">',
                  CANONICAL=f"{base}.{(page - 1) * 20}", LINKS="\n".join(links), FEEDBOARD=f";board={BOARD}.0",
                  BODYCLASS=f"action_messageindex board_{BOARD}",
                  SEARCHOPTS='\n\t\t\t\t\t<option value="board" selected>当前版块</option>',
                  SEARCHHIDDEN=f'\n\t\t\t\t<input type="hidden" name="sd_brd" value="{BOARD}">',
                  LINKTREE=tree, LOADTIME="0.039", QUERIES="17")


def index_page():
    t1 = TOPICS[0]
    body = f"""
	<div id="boardindex_table" class="boardindex_table">
		<div class="main_container">
			<div class="cat_bar " id="category_{CAT[0]}">
				<h3 class="catbg">
					<span id="category_{CAT[0]}_upshrink" class="{CAT[0]}_collapse toggle_up floatright" data-collapse="{CAT[0]}" title="隐藏" style="display: none;"></span>
					<a id="c{CAT[0]}"></a>{CAT[1]}
				</h3>
				
			</div>
			<div id="category_{CAT[0]}_boards" >
				<div id="board_{BOARD}" class="up_contain ">
					<div class="board_icon">
						<a href="{SCRIPT}?board={BOARD}.0" class="board_off" title="没有新帖子"></a>
					</div>
					<div class="info">
						<a class="subject mobile_subject" href="{SCRIPT}?board={BOARD}.0" id="b{BOARD}">
							{BOARD_NAME}
						</a>
						<div class="board_description">领导讲话、开幕致辞、表态发言、主持词。请注明来源，禁止发布涉密材料。</div>
					</div><!-- .info -->
					<div class="board_stats">
						<p>
							帖子: 5,812<br>主题: 731
						</p>
					</div>
					<div class="lastpost ">
						<p><strong>最新帖子</strong> 作者 <a href="{SCRIPT}?action=profile;u=772">株洲文员</a><br>于 <a href="{SCRIPT}?topic={t1['tid']}.msg38870#new" title="回复: {t1['speech'].title}">回复: 在全区物业服务质量提升推...</a><br>2024年09月25日, 08:29:50</p>
					</div>
				</div><!-- #board_[id] -->
				<div id="board_4" class="up_contain ">
					<div class="board_icon">
						<a href="{SCRIPT}?board=4.0" class="board_off" title="没有新帖子"></a>
					</div>
					<div class="info">
						<a class="subject mobile_subject" href="{SCRIPT}?board=4.0" id="b4">
							工作总结与汇报
						</a>
						<div class="board_description">年度总结、述职报告、调研报告</div>
					</div><!-- .info -->
					<div class="board_stats">
						<p>
							帖子: 3,207<br>主题: 468
						</p>
					</div>
					<div class="lastpost ">
						<p><strong>最新帖子</strong> 作者 <a href="{SCRIPT}?action=profile;u=318">雨花台下</a><br>于 <a href="{SCRIPT}?topic=4139.msg38901#new" title="回复: 2024年度个人述职报告（乡镇干部）">回复: 2024年度个人述职报告...</a><br>2024年12月19日, 22:14:07</p>
					</div>
				</div><!-- #board_[id] -->
			</div><!-- #category_[id]_boards -->
		</div><!-- .main_container -->
	</div><!-- #boardindex_table -->
	<div class="mark_read">
		
	</div>
	<div class="roundframe" id="info_center">
		<div class="title_bar">
			<h3 class="titlebg">
				<span class="toggle_up floatright" id="upshrink_ic" title="隐藏信息中心" style="display: none;"></span>
				<a href="#" id="upshrink_link">青岚文秘交流论坛 - 信息中心</a>
			</h3>
		</div>
		<div id="upshrink_stats">
			<div class="sub_bar">
				<h4 class="subbg">
					<a href="{SCRIPT}?action=recent"><span class="main_icons history"></span> 最新帖子</a>
				</h4>
			</div>
			<div id="recent_posts_content">
				<p class="inline">
					<a href="{SCRIPT}?action=recent">最新帖子</a> &quot;<a href="{SCRIPT}?topic={t1['tid']}.msg38870#msg38870">回复: {t1['speech'].title}</a>&quot; ( 2024年09月25日, 08:29:50 )
				</p>
			</div>
			<div class="sub_bar">
				<h4 class="subbg">
					<a href="{SCRIPT}?action=stats" title="更多详细的统计"><span class="main_icons stats"></span> 论坛统计</a>
				</h4>
			</div>
			<p class="inline">
				18,402 帖子 在 2,317 主题 由 4,096 会员. 最新会员: <strong> <a href="{SCRIPT}?action=profile;u=4096">笔下生花2024</a></strong><br>
				最新帖子: <strong>&quot;<a href="{SCRIPT}?topic={t1['tid']}.msg38870#msg38870" title="回复: {t1['speech'].title}">回复: 在全区物业服务质量提升推...</a>&quot;</strong>  ( 2024年09月25日, 08:29:50 )<br>
				<a href="{SCRIPT}?action=recent">查看论坛的最新帖子。</a>
			</p>
			<div class="sub_bar">
				<h4 class="subbg">
					<a href="{SCRIPT}?action=who"><span class="main_icons people"></span> 在线用户</a>
				</h4>
			</div>
			<p class="inline">
				<span class="smalltext">37 游客, 2 会员</span>
			</p>
			<p class="inline smalltext">
				<a href="{SCRIPT}?action=profile;u=27">湘江老笔</a>, <a href="{SCRIPT}?action=profile;u=318">雨花台下</a>
			</p>
			<p class="last smalltext">
				今日最高在线人数: <strong>58</strong>.
				最高在线人数: 412 (2023年11月28日, 15:06:44)
			</p>
		</div><!-- #upshrink_stats -->
	</div><!-- #info_center -->
"""
    return render(HEAD + body + FOOT, TITLE="青岚文秘交流论坛 - 首页",
                  META='\t<meta property="og:url" content="http://bbs.qinglan-smf.test/index.php">\n\t<meta name="description" content="青岚文秘交流论坛 - 首页">',
                  CANONICAL=SCRIPT, LINKS="", FEEDBOARD="", BODYCLASS="action_home",
                  SEARCHOPTS="", SEARCHHIDDEN="", LINKTREE=linktree([(SCRIPT, FORUM)]), LOADTIME="0.042", QUERIES="15")


def build() -> Family:
    fam = Family(HOST, "Simple Machines Forum 2.1 (Curve2, 简体中文 pack): index.php?topic=N.0 / N.15, div.windowbg#msgN posts, div.inner#msg_N, signatures, bbc_standard_quote",
                 content_type="text/html; charset=UTF-8")
    for t in TOPICS:
        tid = t["tid"]
        count = 2 if len(t["replies"]) > 14 else 1
        fam.route(f"/index.php?topic={tid}.0", f"/topic/{tid}-0.html", topic_page(t, 1, count))
        if count == 2:
            fam.route(f"/index.php?topic={tid}.15", f"/topic/{tid}-15.html", topic_page(t, 2, count))
            fam.not_documents.append(f"/index.php?topic={tid}.15")
        fam.doc([f"/index.php?topic={tid}.0"], t["speech"], published_at=t["date"])
    t1, t2 = TOPICS
    rows1 = "\n".join([
        topic_row(3950, "【置顶】本版发帖规范及常用讲话稿索引（持续更新）", "湘江老笔", 41, "12,880",
                  ("2024年08月30日, 17:22:10", "湘江老笔"), "本版只收讲话、致辞、发言类材料……", sticky=True),
        topic_row(4139, "2024年度全县经济工作会议讲话提纲（征求意见）", "株洲文员", 7, 402,
                  ("2024年12月18日, 16:40:09", "麓山听雨"), "讲话提纲，大家帮忙看看……"),
        topic_row(t1["tid"], t1["speech"].title, t1["author"], len(t1["replies"]), t1["views"],
                  ("2024年09月25日, 08:29:50", "株洲文员"), t1["speech"].paras[1][:60] + "...", pages=2),
        topic_row(4101, "求助：村党组织书记述职评议会主持词", "韶山冲的风", 5, 633,
                  ("2024年09月02日, 11:28:44", "雨花台下"), "下周要开述职评议会……"),
    ])
    rows2 = "\n".join([
        topic_row(t2["tid"], t2["speech"].title, t2["author"], len(t2["replies"]), t2["views"],
                  ("2024年10月21日, 15:40:26", "株洲文员"), t2["speech"].paras[1][:60] + "..."),
        topic_row(3988, "在全市安全生产工作会议上的讲话（2024年）", "雨花台下", 9, "1,544",
                  ("2024年07月12日, 10:02:57", "湘江老笔"), "安全生产讲话……"),
    ])
    fam.route(f"/index.php?board={BOARD}.0", f"/board/{BOARD}-0.html", board_page(1, rows1))
    fam.route(f"/index.php?board={BOARD}.20", f"/board/{BOARD}-20.html", board_page(2, rows2))
    home = index_page()
    fam.put("/", home)
    fam.route("/index.php", "/index.html", home)
    fam.not_documents += ["/", f"/index.php?board={BOARD}.0", f"/index.php?board={BOARD}.20"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index.php?action=\nDisallow: /*;action=\nDisallow: /*.msg\nDisallow: /*;wap\nDisallow: /*;imode\n")
    fam.noise += [
        "昨天区里物业推进会上区长的讲话",
        "（整理不易，转发请注明来自青岚文秘交流论坛）",
        "[转帖] 县领导在实验小学七十周年校庆大会上的致辞",
        "最后编辑",
        "引用自:",
        "写得真好，学习了。",
        "文章不厌百回改，反复推敲佳句来。",
        "写材料的路上，一起加油。",
        "帖子:",
        "已记录",
        "正在查看此主题",
        "SMF 2.1.4",
        "页面创建于",
        "湘ICP备19031782号-1",
        "本站仅供文秘写作学习交流",
    ]
    return fam
