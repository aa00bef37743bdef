"""A Chinese MyBB 1.8 forum (UTF-8, default theme, 简体中文 language pack, no SEO URLs): `/` and
`index.php` → `forumdisplay.php?fid=7` (+ `&page=2`) → `showthread.php?tid=N` (+ `&page=2`, and the
`&page=1` form the thread-row mini pager prints). Templates keep their `<!-- start: … -->` /
`<!-- end: … -->` markers. Posts are the 1.8 horizontal postbit (`div.post` with `div.post_author`,
`div.post_head` with the `edited_post` line, `div.post_body scaleimages`, the attachment fieldset,
`div.signature`, 引用回复 buttons); replies quote with `blockquote.mycode_quote` (… 写道：). The first
post is the speech; page 2 of the long thread is replies."""

from common import SPEECHES, Family, render

HOST = "bbs.sanqiao-mybb.test"
ROOT = "http://bbs.sanqiao-mybb.test"
BOARD = "三桥文秘论坛"
FID, FORUM = 7, "讲话致辞"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: @@TEMPLATE@@ -->
<html xml:lang="zh-cn" lang="zh-cn" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>@@TITLE@@</title>
<!-- start: headerinclude -->
<link rel="alternate" type="application/rss+xml" title="最新主题 (RSS 2.0)" href="http://bbs.sanqiao-mybb.test/syndication.php" />
<link rel="alternate" type="application/atom+xml" title="最新主题 (Atom 1.0)" href="http://bbs.sanqiao-mybb.test/syndication.php?type=atom1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="http://bbs.sanqiao-mybb.test/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="http://bbs.sanqiao-mybb.test/jscripts/jquery.plugins.min.js?ver=1821"></script>
<script type="text/javascript" src="http://bbs.sanqiao-mybb.test/jscripts/general.js?ver=1827"></script>

<link type="text/css" rel="stylesheet" href="http://bbs.sanqiao-mybb.test/cache/themes/theme1/global.css?t=1706668120" />
<link type="text/css" rel="stylesheet" href="http://bbs.sanqiao-mybb.test/cache/themes/theme1/star_ratings.css?t=1706668120" />
<link type="text/css" rel="stylesheet" href="http://bbs.sanqiao-mybb.test/cache/themes/theme1/showthread.css?t=1706668120" />
<link type="text/css" rel="stylesheet" href="http://bbs.sanqiao-mybb.test/cache/themes/theme1/css3.css?t=1706668120" />

<script type="text/javascript">
<!--
	lang.unknown_error = "发生未知错误。";
	lang.confirm_title = "请确认";
	lang.expcol_collapse = "[-]";
	lang.expcol_expand = "[+]";
	lang.select2_match = "有一个结果可用，按回车选择。";
	lang.select2_nomatches = "没有找到匹配项";
	lang.select2_searching = "搜索中…";
	lang.select2_loadmore = "加载更多结果…";
	lang.select2_inputtooshort_single = "请再输入一个或多个字符";
	lang.select2_xhr_error = "加载结果失败";

	var templates = {
		modal: '<div class=\\"modal\\">\\n\\t<div style=\\"overflow-y: auto; max-height: 400px;\\">\\n\\t\\t<table border=\\"0\\" cellspacing=\\"0\\" cellpadding=\\"5\\" class=\\"tborder\\">\\n\\t\\t\\t<tr>\\n\\t\\t\\t\\t<td class=\\"thead\\"><strong>__title__</strong></td>\\n\\t\\t\\t</tr>\\n\\t\\t\\t<tr>\\n\\t\\t\\t\\t<td class=\\"trow1\\">__message__</td>\\n\\t\\t\\t</tr>\\n\\t\\t</table>\\n\\t</div>\\n</div>',
		modal_button: '<input type=\\"submit\\" class=\\"button\\" value=\\"__title__\\"/>&nbsp;'
	};

	var cookieDomain = ".sanqiao-mybb.test";
	var cookiePath = "/";
	var cookiePrefix = "";
	var cookieSecureFlag = "0";
	var deleteevent_confirm = "您确定要删除此事件吗？";
	var removeattach_confirm = "您确定要删除选中的附件吗？";
	var loading_text = '加载中。<br />请稍候…';
	var saving_changes = '保存修改中…';
	var use_xmlhttprequest = "1";
	var my_post_key = "3f1e9a0c7b2d45e8a6c1f0b9d8e7a6c5";
	var rootpath = "http://bbs.sanqiao-mybb.test";
	var imagepath = "http://bbs.sanqiao-mybb.test/images";
  	var yes_confirm = "是";
	var no_confirm = "否";
	var MyBBEditor = null;
	var spinner_image = "http://bbs.sanqiao-mybb.test/images/spinner.gif";
	var spinner = "<img src='" + spinner_image +"' alt='' />";
	var modal_zindex = 9999;
// -->
</script>
<!-- end: headerinclude -->
@@EXTRAHEAD@@
</head>
<body>
	<!-- start: header -->
<div id="container">
		<a name="top" id="top"></a>
		<div id="header">
			<div id="logo">
				<div class="wrapper">
					<a href="http://bbs.sanqiao-mybb.test/index.php"><img src="http://bbs.sanqiao-mybb.test/images/logo.png" alt="三桥文秘论坛" title="三桥文秘论坛" /></a>
					<ul class="menu top_links">
						<!-- start: header_menu_portal -->
<li><a href="http://bbs.sanqiao-mybb.test/portal.php" class="portal">门户</a></li>
<!-- end: header_menu_portal -->
						<!-- start: header_menu_search -->
<li><a href="http://bbs.sanqiao-mybb.test/search.php" class="search">搜索</a></li>
<!-- end: header_menu_search -->
						<!-- start: header_menu_memberlist -->
<li><a href="http://bbs.sanqiao-mybb.test/memberlist.php" class="memberlist">会员列表</a></li>
<!-- end: header_menu_memberlist -->
						<!-- start: header_menu_calendar -->
<li><a href="http://bbs.sanqiao-mybb.test/calendar.php" class="calendar">日历</a></li>
<!-- end: header_menu_calendar -->
						<li><a href="http://bbs.sanqiao-mybb.test/misc.php?action=help" class="help">帮助</a></li>
					</ul>
				</div>
			</div>
			<div id="panel">
				<div class="upper">
					<div class="wrapper">
						<!-- start: header_quicksearch -->
						<form action="http://bbs.sanqiao-mybb.test/search.php">
						<fieldset id="search">
							<input name="keywords" type="text" class="textbox" />
							<input value="搜索" type="submit" class="button" />
							<input type="hidden" name="action" value="do_search" />
							<input type="hidden" name="postthread" value="1" />
						</fieldset>
						</form>
<!-- end: header_quicksearch -->
						<!-- start: header_welcomeblock_guest -->
<!-- Continuation of div(class="upper") as opened in the header template -->
<span class="welcome">您好，游客！ <a href="http://bbs.sanqiao-mybb.test/member.php?action=login" onclick="$('#quick_login').modal({ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }); return false;" class="login">登录</a> <a href="http://bbs.sanqiao-mybb.test/member.php?action=register" class="register">注册</a></span>
	</div>
</div>
<div class="modal" id="quick_login" style="display: none;">
	<form method="post" action="http://bbs.sanqiao-mybb.test/member.php">
		<input name="action" type="hidden" value="do_login" />
		<input name="url" type="hidden" value="" />
		<input name="quick_login" type="hidden" value="1" />
		<input name="my_post_key" type="hidden" value="3f1e9a0c7b2d45e8a6c1f0b9d8e7a6c5" />
		<table width="100%" cellspacing="0" cellpadding="5" border="0" class="tborder">
			<tr>
				<td class="thead" colspan="2"><strong>登录</strong></td>
			</tr>
			<tr>
				<td class="trow1" width="25%"><strong>用户名：</strong></td>
				<td class="trow1"><input name="quick_username" id="quick_login_username" type="text" value="" class="textbox initial_focus" /></td>
			</tr>
			<tr>
				<td class="trow2"><strong>密码：</strong></td>
				<td class="trow2">
					<input name="quick_password" id="quick_login_password" type="password" value="" class="textbox" /><br />
					<a href="http://bbs.sanqiao-mybb.test/member.php?action=lostpw" class="lost_password">忘记密码？</a>
				</td>
			</tr>
			<tr>
				<td class="trow1">&nbsp;</td>
				<td class="trow1 remember_me">
					<input name="quick_remember" id="quick_login_remember" type="checkbox" value="yes" class="checkbox" checked="checked" />
					<label for="quick_login_remember">记住我</label>
				</td>
			</tr>
			<tr>
				<td class="trow2" colspan="2">
					<div align="center"><input name="submit" type="submit" class="button" value="登录" /></div>
				</td>
			</tr>
		</table>
	</form>
</div>
<script type="text/javascript">
	$("#quick_login input[name='url']").val($(location).attr('href'));
</script>
<!-- end: header_welcomeblock_guest -->
					<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->
				<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->
			</div>
		</div>
		<div id="content">
			<div class="wrapper">
				
				
				
				
				
				
				<!-- start: nav -->

<div class="navigation">
@@NAV@@
</div>
<!-- end: nav -->
				<br />
<!-- end: header -->
"""

FOOT = """
	<!-- start: footer -->

	</div>
</div>
<div id="footer">
	<div class="upper">
		<div class="wrapper">
			
			
			<ul class="menu bottom_links">
				<!-- start: footer_contactus -->
<li><a href="http://bbs.sanqiao-mybb.test/contact.php">联系我们</a></li>
<!-- end: footer_contactus -->
				<li><a href="http://www.sanqiao-wenmi.test/">三桥文秘网</a></li>
				<li><a href="#top">返回顶部</a></li>
				<li><a href="http://bbs.sanqiao-mybb.test/archive/index.php@@ARCHIVE@@">精简（存档）模式</a></li>
				<li><a href="http://bbs.sanqiao-mybb.test/misc.php?action=markread">标记所有论坛为已读</a></li>
				<li><a href="http://bbs.sanqiao-mybb.test/misc.php?action=syndication">RSS 订阅</a></li>
			</ul>
		</div>
	</div>
	<div class="lower">
		<div class="wrapper">
			<span id="current_time"><strong>当前时间：</strong> 2025-06-08, 22:14</span>
			<span id="copyright">
				<!-- MyBB is free software developed and maintained by a volunteer community.
					It would be much appreciated by the MyBB Group if you left the full copyright and link to the MyBB website
					but you are not required to do so. -->
				Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2025 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.
				<!-- End powered by -->
				<br />简体中文语言包 由 <a href="https://www.mybbchina.test/" target="_blank" rel="noopener">MyBB中文站</a> 翻译
				<br /><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">皖ICP备17022961号-1</a>
			</span>
		</div>
	</div>
</div>
<!-- The following piece of code allows MyBB to run scheduled tasks. DO NOT REMOVE --><!-- start: task_image -->
<img src="http://bbs.sanqiao-mybb.test/task.php" width="1" height="1" alt="" />
<!-- end: task_image --><!-- End task image code -->

</div>
<!-- end: footer -->
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?b7e1c3d5f9a20486c1e3f5a7b9d0c2e4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
<!-- end: @@TEMPLATE@@ -->"""

USERS = {
    "山里的笔": (12, "版主", 5, "2014-06", "2,906", "318", 57, "<span style=\"color: #666666;\" class=\"mycode_color\">写材料十年，头发少了，文字多了。</span>"),
    "芜湖小张": (388, "高级会员", 4, "2017-09", "745", "41", 12, "把每一篇稿子当作最后一篇来写。"),
    "稻香村村官": (1042, "会员", 2, "2021-03", "96", "7", 3, ""),
    "教务处老王": (615, "高级会员", 4, "2018-01", "1,108", "66", 20, "<span style=\"font-style: italic;\" class=\"mycode_i\">桃李不言，下自成蹊。</span><br />\n——某中学教务处"),
    "粉笔灰": (1377, "会员", 2, "2022-08", "57", "3", 1, ""),
}


def nav(items, active):
    out = []
    for href, name in items:
        out.append(f'<!-- start: nav_bit -->\n<a href="{href}">{name}</a><!-- start: nav_sep -->\n&rsaquo;\n<!-- end: nav_sep -->\n<!-- end: nav_bit -->')
    if active:
        out[-1] = out[-1].replace('<!-- start: nav_sep -->\n&rsaquo;\n<!-- end: nav_sep -->\n', "")
        out.append(f'<!-- start: nav_sep_active -->\n<br /><img src="http://bbs.sanqiao-mybb.test/images/nav_bit.png" alt="" />\n<!-- end: nav_sep_active --><!-- start: nav_bit_active -->\n<span class="active">{active}</span>\n<!-- end: nav_bit_active -->')
    return "".join(out)


def multipage(base, n, count):
    parts = ['<!-- start: multipage -->\n<div class="pagination">\n<span class="pages">页数 (%d)：</span>' % count]
    if n > 1:
        prev = base if n - 1 == 1 else f"{base}&amp;page={n - 1}"
        parts.append(f'<!-- start: multipage_prevpage -->\n<a href="{prev}" class="pagination_previous">&laquo; 上一页</a>\n<!-- end: multipage_prevpage -->')
    for i in range(1, count + 1):
        if i == n:
            parts.append(f'<!-- start: multipage_page_current -->\n <span class="pagination_current">{i}</span>\n<!-- end: multipage_page_current -->')
        else:
            href = base if i == 1 else f"{base}&amp;page={i}"
            parts.append(f'<!-- start: multipage_page -->\n<a href="{href}" class="pagination_page">{i}</a>\n<!-- end: multipage_page -->')
    if n < count:
        parts.append(f'<!-- start: multipage_nextpage -->\n<a href="{base}&amp;page={n + 1}" class="pagination_next">下一页 &raquo;</a>\n<!-- end: multipage_nextpage -->')
    parts.append("</div>\n<!-- end: multipage -->")
    return "".join(parts)


def postbit(tid, subject, pid, pos, name, stamp, message, *, edited=None, attach=""):
    uid, title, stars, reg, posts, threads, rep, sig = USERS[name]
    star_imgs = '<img src="images/star.png" border="0" alt="*" />' * stars
    edit_html = ""
    if edited:
        edit_html = f"""<!-- start: postbit_editedby -->
<span class="edited_post">(此帖最后修改于: {edited[0]} 由 <a href="member.php?action=profile&amp;uid={uid}">{name}</a>.)</span>
<!-- start: postbit_editedby_editreason -->
<em>编辑原因: {edited[1]}</em>
<!-- end: postbit_editedby_editreason -->
<!-- end: postbit_editedby -->"""
    sig_html = f"""<!-- start: postbit_signature -->
<div class="signature scaleimages">
{sig}
</div>
<!-- end: postbit_signature -->""" if sig else ""
    return f"""<!-- start: postbit -->

<a name="pid{pid}" id="pid{pid}"></a>
<div class="post " style="" id="post_{pid}">
<div class="post_author">
	<!-- start: postbit_avatar -->
<div class="author_avatar"><a href="member.php?action=profile&amp;uid={uid}"><img src="./uploads/avatars/avatar_{uid}.jpg?dateline=1650231000" alt="" width="70" height="70" /></a></div>
<!-- end: postbit_avatar -->
	<div class="author_information">
			<strong><span class="largetext"><a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid={uid}">{name}</a></span></strong> <!-- start: postbit_offline -->
<img src="http://bbs.sanqiao-mybb.test/images/buddy_offline.png" title="离线" alt="离线" class="buddy_status" />
<!-- end: postbit_offline --><br />
			<span class="smalltext">
				{title}<br />
				{star_imgs}<br />
				
			</span>
	</div>
	<div class="author_statistics">
		<!-- start: postbit_author_user -->

	帖子：{posts}<br />
	主题：{threads}<br />
	注册时间：{reg}
	<!-- start: postbit_reputation -->
<br />声望： <!-- start: postbit_reputation_formatted_link -->
<a href="reputation.php?uid={uid}"><strong class="reputation_positive">{rep}</strong></a>
<!-- end: postbit_reputation_formatted_link -->
<!-- end: postbit_reputation -->
<!-- end: postbit_author_user -->
	</div>
</div>
<div class="post_content">
	<div class="post_head">
		<!-- start: postbit_posturl -->
<div class="float_right" style="vertical-align: top">
<strong><a href="showthread.php?tid={tid}&amp;pid={pid}#pid{pid}" title="{subject}">#{pos}</a></strong>

</div>
<!-- end: postbit_posturl -->
		
		<span class="post_date">{stamp} <span class="post_edit" id="edited_by_{pid}">{edit_html}</span></span>
	
	</div>
	<div class="post_body scaleimages" id="pid_{pid}">
		{message}
	</div>
	{attach}
	{sig_html}
	<div class="post_meta" id="post_meta_{pid}">
		
	</div>
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left">
		<!-- start: postbit_find -->
<a href="search.php?action=finduser&amp;uid={uid}" title="查找该用户的所有帖子" class="postbit_find"><span>查找</span></a>
<!-- end: postbit_find -->
	</div>
	<div class="postbit_buttons post_management_buttons float_right">
		<!-- start: postbit_quote -->
<a href="newreply.php?tid={tid}&amp;replyto={pid}" title="引用此帖回复" class="postbit_quote postbit_mirage"><span>引用回复</span></a>
<!-- end: postbit_quote --><!-- start: postbit_report -->
<a href="javascript:void(0);" onclick="MyBB.reportPost({pid});" title="举报此帖" class="postbit_report"><span>举报</span></a>
<!-- end: postbit_report -->
	</div>
</div>
</div>
<!-- end: postbit -->"""


def quote(name, pid, stamp, text):
    return (f'<blockquote class="mycode_quote"><cite><span> ({stamp})</span>{name} 写道： '
            f'<a href="http://bbs.sanqiao-mybb.test/showthread.php?pid={pid}#pid{pid}" class="quick_jump"></a></cite>{text}</blockquote><br />\n')


def speech_message(th):
    sp = th["speech"]
    out = [th["intro"] + "<br />", "<br />",
           f'<div style="text-align: center;" class="mycode_align"><span style="font-weight: bold;" class="mycode_b"><span style="font-size: large;" class="mycode_size">{sp.title}</span></span></div>',
           *([f'<div style="text-align: center;" class="mycode_align">{th["byline"]}</div>'] if th["byline"] else []), "<hr class=\"mycode_hr\" />"]
    for p in sp.paras:
        if th.get("bold") and th["bold"](p):
            out.append(f'<span style="font-weight: bold;" class="mycode_b">{p}</span><br />')
        else:
            out.append(f"{p}<br />")
    out.append("<br />")
    out.append(th["outro"])
    return "\n".join(out)


def attach_box(aid, fname, size, downloads, icon, alt):
    return f"""<!-- start: postbit_attachments -->
<br />
<br />
<fieldset>
<legend><strong>附件</strong></legend>
<!-- start: postbit_attachments_attachment -->
<br /><!-- start: attachment_icon -->
<img src="http://bbs.sanqiao-mybb.test/images/attachtypes/{icon}" title="{alt}" border="0" alt=".{fname.rsplit('.', 1)[1]}" />
<!-- end: attachment_icon -->&nbsp;&nbsp;<a href="attachment.php?aid={aid}" target="_blank" title="">{fname}</a> (大小: {size} / 下载: {downloads})
<!-- end: postbit_attachments_attachment -->
</fieldset>
<!-- end: postbit_attachments -->"""


THREADS = [
    {
        "tid": 2316, "subject": "镇长在全镇防汛抗旱工作部署会上的讲话（2025年5月）",
        "speech": SPEECHES["r19a-mb1"], "author": "稻香村村官", "pid": 30871, "stamp": "2025-05-29, 08:46",
        "date": "2025-05-29",
        "edited": ("2025-05-29, 12:10", "补上第三部分，改了几个错别字"),
        "intro": "昨天镇里开的防汛会，镇长讲话稿整理出来了，需要的拿去参考，别整篇照抄哈。",
        "byline": "（2025年5月28日）",
        "outro": '<span style="color: #999999;" class="mycode_color">原稿word版见附件，本帖仅供学习交流。</span>',
        "bold": lambda p: p[:2] in ("一、", "二、", "三、"),
        "attach": (412, "防汛抗旱部署会讲话（定稿）.docx", "28.76 KB", 63, "doc.png", "Word 文档"),
        "page1": [
            (30880, "山里的笔", "2025-05-29, 09:30", "quote", "先撤离再报告", "“先撤离再报告”这句一定要有，今年省里反复强调的。"),
            (30893, "芜湖小张", "2025-05-29, 11:02", None, None, "结构很清楚，三大块，第二部分五个“要”，拿来就能套。感谢分享！"),
            (30907, "粉笔灰", "2025-05-29, 15:47", None, None, "村里正好要开会，借鉴一下，谢谢楼主。"),
        ],
        "page2": [
            (31022, "芜湖小张", "2025-06-01, 20:13", "quote", "病险水库，汛期一律空库运行，不得擅自蓄水。", "这一条我们县也写进了文件，看来是统一口径。"),
            (31057, "稻香村村官", "2025-06-02, 07:55", None, None, "是的，县里的通知原话。附件已经更新成定稿了。"),
        ],
        "lastpost": ("2025-06-02, 07:55", "稻香村村官"), "replies": 21, "views": "1,873",
    },
    {
        "tid": 2288, "subject": "校长在高三学生十八岁成人礼上的致辞",
        "speech": SPEECHES["r19a-mb2"], "author": "教务处老王", "pid": 30512, "stamp": "2025-05-05, 21:18",
        "date": "2025-05-05",
        "edited": None,
        "intro": '昨天五四，学校给高三办了成人礼，校长的致辞不少家长听哭了。发上来存个档。原文来自学校公众号：<a href="https://mp.weixin.qq.test/s/Qx7nK2aLm0" target="_blank" rel="noopener" class="mycode_url">点击查看原文</a>',
        "byline": "",
        "outro": '<span style="font-size: small;" class="mycode_size">（转载请注明出处）</span>',
        "bold": None,
        "attach": None,
        "page1": [
            (30530, "粉笔灰", "2025-05-06, 07:41", "quote", "定力比聪明更重要", "“定力比聪明更重要”，这句送给我家娃。"),
            (30547, "山里的笔", "2025-05-06, 10:15", None, None, "三句话结构，担当、定力、感恩，层次分明。已加精。"),
        ],
        "page2": [],
        "lastpost": ("2025-05-06, 10:15", "山里的笔"), "replies": 2, "views": "692",
    },
]


def thread_page(th, n, count):
    tid = th["tid"]
    base = f"showthread.php?tid={tid}"
    posts = []
    if n == 1:
        msg = speech_message(th)
        att = attach_box(*th["attach"]) if th["attach"] else ""
        posts.append(postbit(tid, th["subject"], th["pid"], 1, th["author"], th["stamp"], msg, edited=th["edited"], attach=att))
        replies, pos = th["page1"], 2
    else:
        replies, pos = th["page2"], 21
    for pid, who, stamp, kind, q, text in replies:
        msg = (quote(th["author"], th["pid"], th["stamp"], q) + text) if kind else text
        posts.append(postbit(tid, "RE: " + th["subject"], pid, pos, who, stamp, msg))
        pos += 1
    mp = multipage(base, n, count) if count > 1 else ""
    body = f"""	
	
	<div class="float_left">
		{mp}
	</div>
	<div class="float_right">
		<!-- start: showthread_newreply -->
<a href="newreply.php?tid={tid}" class="button new_reply_button"><span>回复</span></a>&nbsp;
<!-- end: showthread_newreply -->
	</div>
	
	<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
		<tr>
			<td class="thead">
				<div class="float_left">
					
					<strong>{th['subject']}</strong>
				</div>
			</td>
		</tr>
<tr><td id="posts_container">
	<div id="posts">
		{chr(10).join(posts)}
	</div>
</td></tr>
		<tr>
			<td class="tfoot">
				<!-- start: showthread_search -->
	<div class="float_right">
		<form action="search.php" method="post">
			<input type="hidden" name="action" value="thread" />
			<input type="hidden" name="tid" value="{tid}" />
			<input type="text" name="keywords" value="输入关键词" onfocus="if(this.value == '输入关键词') {{ this.value = ''; }}" onblur="if(this.value=='') {{ this.value='输入关键词'; }}" class="textbox" size="25" />
			<input type="submit" class="button" value="搜索主题" />
		</form>
	</div>
<!-- end: showthread_search -->
				<div>
					<strong>&laquo; <a href="{base}&amp;action=nextoldest">上一主题</a> | <a href="{base}&amp;action=nextnewest">下一主题</a> &raquo;</strong>
				</div>
			</td>
		</tr>
	</table>
	<div class="float_left">
		{mp}
	</div>
	<div style="padding-top: 4px;" class="float_right">
		<!-- start: showthread_newreply -->
<a href="newreply.php?tid={tid}" class="button new_reply_button"><span>回复</span></a>&nbsp;
<!-- end: showthread_newreply -->
	</div>
	<br class="clear" />
	
	<!-- start: showthread_similarthreads -->
<br />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr>
<td class="thead" align="center" colspan="6"><strong>相似主题</strong></td>
</tr>
<tr>
<td class="tcat" align="center" colspan="2"><span class="smalltext"><strong>主题</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>作者</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>回复</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>查看</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>最后发表</strong></span></td>
</tr>
<!-- start: showthread_similarthreads_bit -->
<tr>
	<td align="center" class="trow1" width="2%">&nbsp;</td>
	<td class="trow1"><a href="showthread.php?tid=2190">在全县安全生产暨防汛工作会议上的讲话</a></td>
	<td align="center" class="trow1"><a href="member.php?action=profile&amp;uid=388">芜湖小张</a></td>
	<td align="center" class="trow1">6</td>
	<td align="center" class="trow1">1,021</td>
	<td class="trow1" style="white-space: nowrap">
		<span class="smalltext">2025-03-22, 16:40<br />
		<a href="showthread.php?tid=2190&amp;action=lastpost">最后发表</a>: <a href="member.php?action=profile&amp;uid=12">山里的笔</a></span>
	</td>
</tr>
<!-- end: showthread_similarthreads_bit -->
</table>
<!-- end: showthread_similarthreads -->
	<br />
	<div class="float_left">
		<ul class="thread_tools">
			<li class="printable"><a href="printthread.php?tid={tid}">查看可打印版本</a></li>
			<li class="sendthread"><a href="sendthread.php?tid={tid}">发送主题给朋友</a></li>
			<li class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid={tid}&amp;my_post_key=3f1e9a0c7b2d45e8a6c1f0b9d8e7a6c5">订阅此主题</a></li>
		</ul>
	</div>

	<div class="float_right" style="text-align: right;">
		<!-- start: forumjump_advanced -->
<form action="forumdisplay.php" method="get">
<span class="smalltext"><strong>论坛跳转：</strong></span>
<select name="fid" class="forumjump">
<option value="-4">私信</option>
<option value="-3">用户控制面板</option>
<option value="-5">在线用户</option>
<option value="-2">搜索</option>
<option value="-1">论坛首页</option>
<!-- start: forumjump_bit -->
<option value="6" > 文秘写作</option>
<!-- end: forumjump_bit --><!-- start: forumjump_bit -->
<option value="7" selected="selected">-- 讲话致辞</option>
<!-- end: forumjump_bit --><!-- start: forumjump_bit -->
<option value="8" >-- 求助问答</option>
<!-- end: forumjump_bit -->
</select>
<input type="submit" class="button" value="开始" />
</form>
<!-- end: forumjump_advanced -->
	</div>
	<br class="clear" />
	<!-- start: showthread_usersbrowsing -->
<br />
<span class="smalltext">正在浏览该主题的用户： 1 位游客</span>
<br />
<!-- end: showthread_usersbrowsing -->
"""
    extra = f'<link rel="canonical" href="{ROOT}/{base}" />' if n == 1 else f'<link rel="canonical" href="{ROOT}/{base}&amp;page={n}" />'
    extra = """<script type="text/javascript">
<!--
	var quickdelete_confirm = "您确定要删除这个帖子吗？";
	var quickrestore_confirm = "您确定要恢复这个帖子吗？";
	var allowEditReason = "1";
	lang.save_changes = "保存修改";
	lang.cancel_edit = "取消编辑";
	lang.quick_edit_update_error = "编辑您的回复时发生错误：";
	lang.quick_reply_post_error = "发表您的回复时发生错误：";
	lang.quick_delete_error = "删除您的回复时发生错误：";
	lang.quick_delete_success = "帖子删除成功。";
	lang.quick_delete_thread_success = "主题删除成功。";
	lang.quick_restore_error = "恢复您的回复时发生错误：";
	lang.quick_restore_success = "帖子恢复成功。";
	lang.editreason = "编辑原因";
	lang.post_deleted_error = "您无法对已删除的帖子执行此操作。";
	lang.softdelete_thread = "软删除主题";
	lang.restore_thread = "恢复主题";
// -->
</script>
<!-- jeditable (jquery) -->
<script type="text/javascript" src="http://bbs.sanqiao-mybb.test/jscripts/report.js?ver=1820"></script>
<script src="http://bbs.sanqiao-mybb.test/jscripts/jeditable/jeditable.min.js"></script>
<script type="text/javascript" src="http://bbs.sanqiao-mybb.test/jscripts/thread.js?ver=1827"></script>
""" + extra
    title = th["subject"] if n == 1 else f"{th['subject']} - 第 {n} 页"
    return render(
        HEAD + body + FOOT, TEMPLATE="showthread", TITLE=f"{title}", EXTRAHEAD=extra,
        NAV=nav([(f"{ROOT}/index.php", BOARD), ("forumdisplay.php?fid=6", "文秘写作"), (f"forumdisplay.php?fid={FID}", FORUM)], th["subject"]),
        ARCHIVE=f"?thread-{tid}.html",
    )


def thread_row(tid, subject, author, replies, views, last, *, prefix="", pages=0, cls="trow1", icon="dot_folder"):
    uid = USERS[author][0]
    luid = USERS[last[1]][0]
    mini = ""
    if pages:
        links = " ".join(f'<!-- start: forumdisplay_thread_multipage_page -->\n<a href="showthread.php?tid={tid}&amp;page={i}">{i}</a>\n<!-- end: forumdisplay_thread_multipage_page -->' for i in range(1, pages + 1))
        mini = f'<!-- start: forumdisplay_thread_multipage -->\n <span class="smalltext">(页数: {links})</span>\n<!-- end: forumdisplay_thread_multipage -->'
    return f"""<!-- start: forumdisplay_thread -->
<tr class="inline_row">
	<td align="center" class="{cls} forumdisplay_regular" width="2%"><span class="thread_status {icon}" title="无新帖子。">&nbsp;</span></td>
	<td align="center" class="{cls} forumdisplay_regular" width="2%">&nbsp;</td>
	<td class="{cls} forumdisplay_regular">
		
		<div>
          <span>{prefix}<span class=" subject_old" id="tid_{tid}"><a href="showthread.php?tid={tid}">{subject}</a></span>{mini}</span>
			<div class="author smalltext"><a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid={uid}">{author}</a></div>
		</div>
	</td>
	<td align="center" class="{cls} forumdisplay_regular"><a href="javascript:MyBB.whoPosted({tid});">{replies}</a></td>
	<td align="center" class="{cls} forumdisplay_regular">{views}</td>
	
	<td class="{cls} forumdisplay_regular" style="white-space: nowrap; text-align: right;">
		<span class="lastpost smalltext">{last[0]}<br />
		<a href="showthread.php?tid={tid}&amp;action=lastpost">最后发表</a>: <a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid={luid}">{last[1]}</a></span>
	</td>
</tr>
<!-- end: forumdisplay_thread -->"""


PREFIX = '<span style="color: #0066cc;">[讲话稿]</span>&nbsp;'
PREFIX2 = '<span style="color: #cc6600;">[致辞]</span>&nbsp;'


def forum_page(n, rows):
    base = f"forumdisplay.php?fid={FID}"
    mp = multipage(base, n, 2)
    body = f"""
<div class="float_left">
	{mp}
</div>
<div class="float_right">
	<!-- start: forumdisplay_newthread -->
<a href="newthread.php?fid={FID}" class="button new_thread_button"><span>发表新主题</span></a>
<!-- end: forumdisplay_newthread -->
</div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear">
	<tr>
		<td class="thead" colspan="6">
			<div class="float_right">
				<span class="smalltext"><strong><a href="misc.php?action=markread&amp;fid={FID}">标记此论坛为已读</a> | <a href="usercp2.php?action=addsubscription&amp;type=forum&amp;fid={FID}&amp;my_post_key=3f1e9a0c7b2d45e8a6c1f0b9d8e7a6c5">订阅此论坛</a></strong></span>
			</div>
			<div>
				<strong>{FORUM}</strong>
			</div>
		</td>
	</tr>
	<tr>
		<td class="tcat" align="center" colspan="3"><span class="smalltext"><strong><a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=subject&amp;order=asc">主题</a>  / <a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=starter&amp;order=asc">作者</a> </strong></span></td>
		<td class="tcat" align="center" width="10%"><span class="smalltext"><strong><a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=replies&amp;order=desc">回复</a> </strong></span></td>
		<td class="tcat" align="center" width="10%"><span class="smalltext"><strong><a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=views&amp;order=desc">查看</a> </strong></span></td>
		<td class="tcat" align="right" width="20%"><span class="smalltext"><strong><a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=lastpost&amp;order=desc">最后发表</a> <!-- start: forumdisplay_orderarrow -->
<span class="smalltext">[<a href="{base}&amp;datecut=9999&amp;prefix=0&amp;sortby=lastpost&amp;order=asc">升序</a>]</span>
<!-- end: forumdisplay_orderarrow --></strong></span></td>
	</tr>
	{rows}
	<tr>
		<td class="tfoot" align="right" colspan="6">
			<form action="forumdisplay.php" method="get">
				<input type="hidden" name="fid" value="{FID}" />
				<select name="sortby">
					<option value="subject">排序: 主题</option>
					<option value="lastpost" selected="selected">排序: 最后发表</option>
				</select>
				<input type="submit" class="button" value="开始" />
			</form>
		</td>
	</tr>
</table>
<div class="float_left">
	{mp}
</div>
<br class="clear" />
<!-- start: forumdisplay_usersbrowsing -->
<span class="smalltext">正在浏览该论坛的用户： 2 位游客</span>
<!-- end: forumdisplay_usersbrowsing -->
"""
    title = f"{BOARD} - {FORUM}" if n == 1 else f"{BOARD} - {FORUM} - 第 {n} 页"
    return render(
        HEAD + body + FOOT, TEMPLATE="forumdisplay", TITLE=title,
        EXTRAHEAD=f'<link rel="alternate" type="application/rss+xml" title="{FORUM} - RSS" href="{ROOT}/syndication.php?fid={FID}" />',
        NAV=nav([(f"{ROOT}/index.php", BOARD), ("forumdisplay.php?fid=6", "文秘写作")], FORUM),
        ARCHIVE=f"?forum-{FID}.html",
    )


def index_page():
    th = THREADS[0]
    body = f"""
<!-- start: forumbit_depth1_cat -->
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<thead>
<tr>
<td class="thead" colspan="5">
<div class="expcolimage"><img src="http://bbs.sanqiao-mybb.test/images/collapse.png" id="cat_6_img" class="expander" alt="[-]" title="[-]" /></div>
<div><strong><a href="forumdisplay.php?fid=6">文秘写作</a></strong><br /><div class="smalltext">机关文秘、企事业单位文字工作者交流区</div></div>
</td>
</tr>
</thead>
<tbody style="" id="cat_6_e">
<tr>
<td class="tcat" colspan="2"><span class="smalltext"><strong>论坛</strong></span></td>
<td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>主题</strong></span></td>
<td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>帖子</strong></span></td>
<td class="tcat" width="200" align="center"><span class="smalltext"><strong>最后发表</strong></span></td>
</tr>
<!-- start: forumbit_depth2_forum -->
<tr>
<td class="trow1" align="center" valign="top" width="1"><span class="forum_status forum_off ajax_mark_read" title="没有新帖子" id="mark_read_{FID}"></span></td>
<td class="trow1" valign="top">
<strong><a href="forumdisplay.php?fid={FID}">{FORUM}</a></strong><div class="smalltext">领导讲话、表态发言、开幕致辞、主持词</div>
</td>
<td class="trow1" valign="top" align="center" style="white-space: nowrap">418</td>
<td class="trow1" valign="top" align="center" style="white-space: nowrap">3,266</td>
<td class="trow1" valign="top" align="right" style="white-space: nowrap"><!-- start: forumbit_depth2_forum_lastpost -->
<span class="smalltext">
<a href="showthread.php?tid={th['tid']}&amp;action=lastpost" title="{th['subject']}"><strong>镇长在全镇防汛抗旱工作部署会上的讲...</strong></a>
<br />{th['lastpost'][0]}<br />作者：<a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=1042">{th['lastpost'][1]}</a></span>
<!-- end: forumbit_depth2_forum_lastpost --></td>
</tr>
<!-- end: forumbit_depth2_forum --><!-- start: forumbit_depth2_forum -->
<tr>
<td class="trow2" align="center" valign="top" width="1"><span class="forum_status forum_off ajax_mark_read" title="没有新帖子" id="mark_read_8"></span></td>
<td class="trow2" valign="top">
<strong><a href="forumdisplay.php?fid=8">求助问答</a></strong><div class="smalltext">写不出来？大家帮你想</div>
</td>
<td class="trow2" valign="top" align="center" style="white-space: nowrap">1,052</td>
<td class="trow2" valign="top" align="center" style="white-space: nowrap">7,930</td>
<td class="trow2" valign="top" align="right" style="white-space: nowrap"><span class="smalltext"><a href="showthread.php?tid=2325&amp;action=lastpost" title="村两委换届表态发言怎么写"><strong>村两委换届表态发言怎么写</strong></a><br />2025-06-07, 18:22<br />作者：<a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=1377">粉笔灰</a></span></td>
</tr>
<!-- end: forumbit_depth2_forum -->
</tbody>
</table>
<br />
<!-- end: forumbit_depth1_cat -->
<!-- start: index_boardstats -->
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<thead>
<tr>
<td class="thead"><strong>论坛统计</strong></td>
</tr>
</thead>
<tbody id="boardstats_e">
<!-- start: index_whosonline -->
<tr>
<td class="tcat"><span class="smalltext"><strong>在线用户</strong> - <a href="online.php">完整列表</a></span></td>
</tr>
<tr>
<td class="trow1"><span class="smalltext">15 位在线用户（过去 15 分钟内活动）（3 位会员，0 位隐身会员，12 位游客）。<br /><a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=12">山里的笔</a>, <a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=388">芜湖小张</a>, <a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=615">教务处老王</a></span></td>
</tr>
<!-- end: index_whosonline -->
<!-- start: index_stats -->
<tr>
<td class="tcat"><span class="smalltext"><strong>统计信息</strong></span></td>
</tr>
<tr>
<td class="trow1"><span class="smalltext">
我们的会员共发表了 11,196 个帖子，1,470 个主题。<br />
我们共有 6,052 位会员。<br />
欢迎我们的新会员，<a href="http://bbs.sanqiao-mybb.test/member.php?action=profile&amp;uid=6052">笔耕新手</a><br />
最高在线记录为 412 人，于 2023-12-28, 15:06<br />
</span>
</td>
</tr>
<!-- end: index_stats -->
</tbody>
</table>
<!-- end: index_boardstats -->
<dl class="forum_legend smalltext">
	<dt><span class="forum_status forum_on" title="有新帖子"></span></dt>
	<dd>有新帖子</dd>
	<dt><span class="forum_status forum_off" title="没有新帖子"></span></dt>
	<dd>没有新帖子</dd>
</dl>
"""
    return render(HEAD + body + FOOT, TEMPLATE="index", TITLE=BOARD, EXTRAHEAD="",
                  NAV=nav([(f"{ROOT}/index.php", BOARD)], ""), ARCHIVE="")


def build() -> Family:
    fam = Family(HOST, "MyBB 1.8 Chinese forum, default theme (UTF-8, showthread.php?tid=N&page=P, post_author/post_body postbit, mycode_quote, signatures, 此帖最后修改于)",
                 content_type="text/html; charset=UTF-8")
    for th in THREADS:
        tid = th["tid"]
        count = 2 if th["page2"] else 1
        p1 = thread_page(th, 1, count)
        fam.route(f"/showthread.php?tid={tid}", f"/showthread/{tid}-1.html", p1)
        fam.route(f"/showthread.php?tid={tid}&page=1", f"/showthread/{tid}-1.html", p1)
        if count == 2:
            fam.route(f"/showthread.php?tid={tid}&page=2", f"/showthread/{tid}-2.html", thread_page(th, 2, 2))
            fam.not_documents.append(f"/showthread.php?tid={tid}&page=2")
        fam.doc([f"/showthread.php?tid={tid}"], th["speech"], title=th["subject"], published_at=th["date"])
    t1, t2 = THREADS
    r1 = "\n".join([
        thread_row(2325, "村两委换届表态发言怎么写", "粉笔灰", 4, 233, ("2025-06-07, 18:22", "芜湖小张"), cls="trow1"),
        thread_row(t1["tid"], t1["subject"], t1["author"], t1["replies"], t1["views"], t1["lastpost"], prefix=PREFIX, pages=2, cls="trow2"),
        thread_row(2301, "七一表彰大会主持词（两篇）", "芜湖小张", 9, 1204, ("2025-05-30, 10:07", "山里的笔"), prefix=PREFIX2, cls="trow1"),
    ])
    r2 = "\n".join([
        thread_row(t2["tid"], t2["subject"], t2["author"], t2["replies"], t2["views"], t2["lastpost"], prefix=PREFIX2, cls="trow1"),
        thread_row(2270, "在全县春季植树造林动员会上的讲话", "山里的笔", 5, 866, ("2025-04-28, 09:12", "稻香村村官"), prefix=PREFIX, cls="trow2"),
    ])
    fam.route(f"/forumdisplay.php?fid={FID}", f"/forumdisplay/{FID}-1.html", forum_page(1, r1))
    fam.route(f"/forumdisplay.php?fid={FID}&page=2", f"/forumdisplay/{FID}-2.html", forum_page(2, r2))
    home = index_page()
    fam.put("/", home)
    fam.route("/index.php", "/index.html", home)
    fam.not_documents += ["/", f"/forumdisplay.php?fid={FID}", f"/forumdisplay.php?fid={FID}&page=2"]
    fam.put("/robots.txt", "User-Agent: *\nDisallow: /captcha.php\nDisallow: /editpost.php\nDisallow: /misc.php\nDisallow: /modcp.php\nDisallow: /moderation.php\nDisallow: /newreply.php\nDisallow: /newthread.php\nDisallow: /online.php\nDisallow: /printthread.php\nDisallow: /private.php\nDisallow: /ratethread.php\nDisallow: /report.php\nDisallow: /reputation.php\nDisallow: /search.php\nDisallow: /sendthread.php\nDisallow: /task.php\nDisallow: /usercp.php\nDisallow: /usercp2.php\nDisallow: /calendar.php\nDisallow: /*action=emailuser*\nDisallow: /*action=nextnewest*\nDisallow: /*action=nextoldest*\nDisallow: /*year=*\nDisallow: /*action=weekview*\nDisallow: /*action=nextnewest*\nDisallow: /*action=nextoldest*\nDisallow: /*sort=*\nDisallow: /*order=*\nDisallow: /*mode=*\nDisallow: /*datecut=*\n")
    fam.noise += [
        "镇长讲话稿整理出来了，需要的拿去参考",
        "原稿word版见附件，本帖仅供学习交流。",
        "（2025年5月28日）",
        "防汛抗旱部署会讲话（定稿）.docx",
        "(大小: 28.76 KB / 下载: 63)",
        "此帖最后修改于",
        "编辑原因: 补上第三部分",
        "校长的致辞不少家长听哭了",
        "点击查看原文",
        "（转载请注明出处）",
        "写材料十年，头发少了，文字多了。",
        "把每一篇稿子当作最后一篇来写。",
        "桃李不言，下自成蹊。",
        "——某中学教务处",
        "写道：",
        "“先撤离再报告”这句一定要有",
        "这句送给我家娃",
        "引用回复",
        "声望：",
        "注册时间：",
        "相似主题",
        "查看可打印版本",
        "正在浏览该主题的用户",
        "Powered By",
        "皖ICP备17022961号-1",
    ]
    return fam
