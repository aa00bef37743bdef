"""A forum on Discuz! 7.2 (GBK, default template, no URL rewrite): `viewthread.php?tid=N&extra=page%3DP`
threads with posts as `<table id="pidN">`, the author column (`td.postauthor`: name, avatar, group
title, stars, `dl.profile` with UID/帖子/精华/积分/阅读权限/注册时间), `<em id="authorposton…">发表于
2012-10-20 21:15</em>` headers, `td.t_msgfont#postmessage_N` with `<br />` lines and nested Word
`<font>` tags, the old edit mark `[ 本帖最后由 … 编辑 ]` at the end of the message, the guest
attachment lock (`附件: 您所在的用户组无法下载或查看附件`), a `newrate` 评分 box and signatures;
replies (one quoting the first post) and reply page 2 are not documents; `forumdisplay.php?fid=12`
with `&page=2` (Discuz `multi()` pager)."""

from urllib.parse import quote as urlquote

from common import SPEECHES, Family, render

HOST = "bbs.wenmi-jia.test"
BB = "文秘之家"
FID = 12
FORUM = "讲话稿交流"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@ - Powered by Discuz!</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@ 文秘之家  - Discuz! Board" />
<meta name="generator" content="Discuz! 7.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2009 Comsenz Inc." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<meta http-equiv="x-ua-compatible" content="ie=7" />
<link rel="archives" title="文秘之家" href="http://bbs.wenmi-jia.test/archiver/" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_1_common.css?7bA" /><link rel="stylesheet" type="text/css" href="forumdata/cache/scriptstyle_1_@@SCRIPT@@.css?7bA" />
<script type="text/javascript">var STYLEID = '1', IMGDIR = 'images/default', VERHASH = '7bA', charset = 'gbk', discuz_uid = 0, cookiedomain = '', cookiepath = '/', attackevasive = '0', disallowfloat = '', creditnotice = '1|威望|,2|金钱|,3|贡献|', gid = parseInt('1'), fid = parseInt('@@FID@@'), tid = parseInt('@@TID@@')</script>
<script src="forumdata/cache/common.js?7bA" type="text/javascript"></script>
</head>

<body id="@@SCRIPT@@" onkeydown="if(event.keyCode==27) return false;">

<div id="append_parent"></div><div id="ajaxwaitid"></div>

<div id="header">
<div class="wrap s_clear">
<h2><a href="index.php" title="文秘之家"><img src="images/default/logo.gif" alt="文秘之家" border="0" /></a></h2>
<div id="umenu">
<a href="logging.php?action=login" onclick="showWindow('login', this.href);return false;">登录</a>
<a href="register.php" class="noborder">注册</a>
</div>
<div id="ad_headerbanner"></div>
<div id="menu">
<ul>
<li class="menu_1"><a href="index.php" hidefocus="true" id="mn_index">论坛</a></li><li class="menu_2"><a href="search.php" hidefocus="true" id="mn_search">搜索</a></li><li class="menu_4"><a href="faq.php" hidefocus="true" id="mn_faq">帮助</a></li><li class="menu_5"><a href="misc.php?action=nav" hidefocus="true" onclick="showWindow('nav', this.href);return false;">导航</a></li>
</ul>
</div>
</div>
</div>
"""

FOOT = """<div id="ad_footerbanner1"></div><div id="ad_footerbanner2"></div><div id="ad_footerbanner3"></div>

<div id="footer">
	<div class="wrap s_clear">
		<div id="footlink">
			<p>
				<strong><a href="http://bbs.wenmi-jia.test/" target="_blank">文秘之家</a></strong>
				( <a href="http://www.miibeian.gov.cn/" target="_blank">皖ICP备10023456号</a>)|
				<a href="mailto:admin@wenmi-jia.test">联系我们</a>
				- <span class="scrolltop" onclick="window.scrollTo(0,0);">TOP</span>
				- <a href="archiver/" target="_blank">Archiver</a>
				- <a href="wap/" target="_blank">WAP</a>
			</p>
			<p class="smalltext">
				GMT+8, @@NOW@@, <span id="debuginfo">Processed in 0.041862 second(s), 9 queries, Gzip enabled</span>.
			</p>
		</div>
		<div id="rightinfo">
			<p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>7.2</em></p>
			<p class="smalltext">&copy; 2001-2009 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
		</div>
	</div>
</div>
<script src="http://s96.cnzz.com/stat.php?id=2837461&amp;web_id=2837461" language="JavaScript"></script>
</body>
</html>
"""

# name: uid, group title, group id, stars (level images), posts, digest, credits, read perm, registered, signature
USERS = {
    "老杨校长": (1024, "中级会员", 12, [3, 1], 356, 2, 1278, 30, "2009-6-3", "教育是慢的艺术。"),
    "文秘小陈": (2317, "高级会员", 13, [3, 2], 1104, 5, 3391, 50, "2010-3-22", "<font color=\"Gray\">材料写不完，日子照样过。QQ群：1234567</font>"),
    "青衫客": (881, "版主", 3, [3, 3, 1], 5210, 31, 12088, 100, "2008-11-9", "本版严禁灌水，违者扣分。"),
    "乡村老师": (3350, "注册会员", 11, [2], 87, 0, 160, 20, "2012-4-15", ""),
    "小城公务员": (2906, "中级会员", 12, [3, 1], 402, 0, 905, 30, "2011-7-8", "路漫漫其修远兮"),
    "笔杆子": (1599, "金牌会员", 15, [3, 3], 2451, 9, 6120, 70, "2009-12-30", "<b>原创材料，转载请注明出处</b>"),
}


def stars(levels):
    return "".join(f'<img src="images/default/star_level{n}.gif" alt="Rank: {len(levels) * 4}" />' for n in levels)


def author_td(pid, name):
    uid, title, gid, lv, posts, digest, credits, perm, reg, _sig = USERS[name]
    return f"""	<td class="postauthor">
			<div class="postinfo">
				<a target="_blank" href="space.php?uid={uid}" style="margin-left: 20px; font-weight: 800">{name}</a>
			</div>
		<div class="popupmenu_popup userinfopanel" id="userinfo{pid}" style="display: none; position: absolute;margin-top: -11px;">
			<div class="popavatar">
				<div id="userinfo{pid}_ma"></div>
				<ul class="profile_side">
					<li class="pm"><a href="pm.php?action=new&amp;uid={uid}" onclick="floatwin('open_sendpm', this.href, 600, 410);return false;" title="发短消息">发短消息</a></li>
					<li class="buddy"><a href="my.php?item=buddylist&amp;newbuddyid={uid}&amp;buddysubmit=yes" target="_blank" id="ajax_buddy_{pid}" title="加为好友" onclick="ajaxmenu(event, this.id, 3000, 0)">加为好友</a></li>
				</ul>
			</div>
			<div class="popuserinfo">
				<p>
					<a href="space.php?uid={uid}" target="_blank">{name}</a>
						<em>当前离线
						</em>
				</p>
				<dl class="s_clear"><dt>最后登录</dt><dd>2013-3-2&nbsp;</dd></dl>
				<div class="imicons">
					<a href="space.php?uid={uid}" target="_blank" title="查看详细资料"><img src="images/default/userinfo.gif" alt="查看详细资料"  /></a>
				</div>
				<div id="avatarfeed"><span id="threadsortswait"></span></div>
			</div>
		</div>
			<div id="userinfo{pid}_a">
				<div class="avatar" onmouseover="showauthor(this, 'userinfo{pid}')"><a href="space.php?uid={uid}" target="_blank"><img src="http://bbs.wenmi-jia.test/uc_server/avatar.php?uid={uid}&amp;size=middle" onerror="this.onerror=null;this.src='http://bbs.wenmi-jia.test/uc_server/images/noavatar_middle.gif'" /></a></div>
			<p><em><a href="faq.php?action=grouppermission&amp;searchgroupid={gid}" target="_blank">{title}</a></em></p>
			</div>
			<p>{stars(lv)}</p>
			<dl class="profile s_clear"><dt>UID</dt><dd>{uid}&nbsp;</dd><dt>帖子</dt><dd>{posts}&nbsp;</dd><dt>精华</dt><dd><a href="digest.php?authorid={uid}">{digest}</a>&nbsp;</dd><dt>积分</dt><dd>{credits}&nbsp;</dd><dt>阅读权限</dt><dd>{perm}&nbsp;</dd><dt>注册时间</dt><dd>{reg}&nbsp;</dd></dl>
	</td>"""


def post_table(tid, extra, page, pid, number, name, stamp, message, *, first=False, subject="", after_msg="", rate=""):
    uid = USERS[name][0]
    sig = USERS[name][9]
    sig_html = (
        f"""		<div class="signatures" style="maxHeightIE: 100px;">
			<table cellspacing="0" cellpadding="0">
				<tr>
					<td>
					{sig}
					</td>
				</tr>
			</table>
		</div>
"""
        if sig
        else ""
    )
    control = (
        f"""						<a href="viewthread.php?action=printable&amp;tid={tid}" target="_blank" class="print left">打印</a>
							<div class="msgfsize right">
								<label>字体大小: </label><small onclick="$('postlist').className='mainbox viewthread'" title="正常">t</small><big onclick="$('postlist').className='mainbox viewthread t_bigfont'" title="放大">T</big>
							</div>"""
        if first
        else ""
    )
    title_html = f"""					<div id="threadtitle">
						<h1>{subject}</h1>
					</div>
""" if first else ""
    useraction = (
        f"""					<div class="useraction">
						<a id="ajax_favorite" href="logging.php?action=login" onclick="floatwin('open_login', this.href, 600, 400);return false;">收藏</a>
						<a id="emailfriend" href="misc.php?action=emailfriend&amp;tid={tid}" onclick="floatwin('open_emailfriend', this.href, 250, 200);return false;">分享</a>
						<a id="ratelink" href="logging.php?action=login" onclick="floatwin('open_login', this.href, 600, 400);return false;">评分</a>
					</div>
"""
        if first
        else ""
    )
    return f"""<div id="post_{pid}">
<table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{author_td(pid, name)}
	<td class="postcontent">
		<div class="postinfo">
			<strong><a title="复制本帖链接" id="postnum{pid}" href="javascript:;" onclick="setcopy('http://bbs.wenmi-jia.test/viewthread.php?tid={tid}&amp;page={page}#pid{pid}', '帖子地址已经复制到剪贴板')"><em>{number}</em><sup>#</sup></a></strong>
			<div class="posterinfo">
				<div class="pagecontrol">
{control}
				</div>
				<div class="authorinfo">
					<img class="authicon" id="authicon{pid}" src="images/common/online_member.gif" onclick="showauthor(this, 'userinfo{pid}');" />
					<em id="authorposton{pid}">发表于 {stamp}</em>
						 | <a href="viewthread.php?tid={tid}&amp;page={page}&amp;authorid={uid}" rel="nofollow">只看该作者</a>
				</div>
			</div>
		</div>
		<div class="defaultpost">
		<div id="ad_thread2_{number - 1}"></div><div id="ad_thread3_{number - 1}"></div><div id="ad_thread4_{number - 1}"></div>
			<div class="postmessage {"firstpost" if first else ""}">
{title_html}				<div class="t_msgfontfix">
					<table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_{pid}">{message}</td></tr></table>
{after_msg}				</div>
{rate if rate else f'<div id="post_rate_div_{pid}"></div>'}
{useraction}			</div>

		</div>
{sig_html}
		<div id="ad_thread1_{number - 1}"></div>
	</td>
</tr>
<tr>
	<td class="postauthor"></td>
	<td class="postcontent">
		<div class="postactions">
			<div class="postact s_clear">
				<em>
					<a class="fastreply" href="post.php?action=reply&amp;fid={FID}&amp;tid={tid}&amp;reppost={pid}&amp;extra={extra}&amp;page={page}" onclick="floatwin('open_reply', this.href, 600, 410, '600,0');return false;">回复</a>
					<a class="repquote" href="post.php?action=reply&amp;fid={FID}&amp;tid={tid}&amp;repquote={pid}&amp;extra={extra}&amp;page={page}" onclick="floatwin('open_reply', this.href, 600, 410, '600,0');return false;">引用</a>
				</em>
				<p>
					{'<a href="my.php?item=subscriptions&amp;subadd=' + str(tid) + '" id="ajax_subscription" onclick="ajaxmenu(event, this.id, 3000, null, 0)">订阅</a>' if first else ''}
					<a href="javascript:;" onclick="scrollTo(0,0);">TOP</a>
				</p>
			</div>
		</div>
	</td>
</tr>
<tr class="threadad">
	<td class="postauthor"></td>
	<td class="adcontent">
		{'<div id="ad_interthread"></div>' if first else ''}
	</td>
</tr>
</table>
</div>
"""


def multi(base, page, pages, total):
    """Discuz 7's multi(): the reply count in <em>, the current page in <strong>, 下一页."""
    if pages == 1:
        return ""
    out = f'<div class="pages"><em>&nbsp;{total}&nbsp;</em>'
    for n in range(1, pages + 1):
        out += f"<strong>{n}</strong>" if n == page else f'<a href="{base}&amp;page={n}">{n}</a>'
    if page < pages:
        out += f'<a href="{base}&amp;page={page + 1}" class="next">下一页</a>'
    return out + "</div>"


def thread_page(th, page, posts_html):
    tid, extra = th["tid"], th["extra"]
    base = f"viewthread.php?tid={tid}&amp;extra={extra}"
    pages = th["pages"]
    nav = multi(base, page, pages, 1 + len(th["replies"]) + len(th["replies2"]))
    control = f"""<div class="forumcontrol s_clear">
	<table cellspacing="0" cellpadding="0">
		<tr>
			<td class="modaction">
			</td>
			<td>
				{nav}
				<span class="pageback"><a href="forumdisplay.php?fid={FID}&amp;page={th["listpage"]}">返回列表</a></span>
				<span class="replybtn"><a href="post.php?action=reply&amp;fid={FID}&amp;tid={tid}" onclick="floatwin('open_reply', this.href, 600, 410, '600,0');return false;">回复</a></span>
				<span class="postbtn" id="newspecial"><a href="post.php?action=newthread&amp;fid={FID}" onclick="floatwin('open_newthread', this.href, 600, 410, '600,0');return false;">发帖</a></span>
			</td>
		</tr>
	</table>
</div>
"""
    body = (
        HEAD
        + f"""<script type="text/javascript" src="include/js/viewthread.js?7bA"></script>
<script type="text/javascript">zoomstatus = parseInt(1);var imagemaxwidth = '600';var aimgcount = new Array();</script>

<div id="nav">
	<a href="index.php" id="fjump" onmouseover="showMenu(this.id)" class="dropmenu">文秘之家</a> &raquo; <a href="forumdisplay.php?fid={FID}&amp;page={th["listpage"]}">{FORUM}</a> &raquo; {th["speech"].title}
</div>

<div id="ad_text"></div>
<div id="wrap" class="wrap s_clear threadfix">
{control}
<div id="postlist" class="mainbox viewthread">
{posts_html}</div>

<div id="postlistreply" class="mainbox viewthread"><div id="post_new" style="display: none"></div></div>

<form method="post" name="modactions" id="modactions">
<input type="hidden" name="formhash" value="3f9b2c1d" />
<input type="hidden" name="optgroup" />
<input type="hidden" name="operation" />
<input type="hidden" name="listextra" value="{extra}" />
</form>

{control}
<div id="f_post" class="mainbox viewthread">
	<h3>快速回复主题</h3>
	<div class="postbox"><p>您需要登录后才可以回帖 <a href="logging.php?action=login" onclick="floatwin('open_login', this.href, 600, 400);return false;" class="lightlink">登录</a> | <a href="register.php" class="lightlink">注册</a></p></div>
</div>
</div>
<script type="text/javascript">
var maxpage = {pages};
</script>
"""
        + FOOT
    )
    subject = th["speech"].title
    return render(
        body,
        TITLE=f"{subject} - {FORUM} - 文秘之家" if page == 1 else f"{subject} - 第{page}页 - {FORUM} - 文秘之家",
        KEYWORDS=subject,
        DESC=subject,
        SCRIPT="viewthread",
        FID=FID,
        TID=tid,
        NOW=th["now"],
    )


def message_word(speech, intro, edit):
    lines = "<br />\r\n".join(f"　　{p}" for p in speech.paras)
    return (
        f"<strong>{intro}</strong><br />\r\n<br />\r\n"
        f'<font size="3"><font face="宋体">{lines}</font></font><br />\r\n<br />\r\n'
        f"[ 本帖最后由 {edit} 编辑 ]"
    )


def message_plain(speech, intro):
    lines = "<br />\r\n".join(f"&nbsp; &nbsp; {p}" for p in speech.paras)
    return f"{intro}<br />\r\n<br />\r\n{lines}<br />\r\n"


def quote(name, stamp, pid, tid, text):
    return (
        f'<div class="quote"><blockquote><font size="2"><font color="#999999">{name} 发表于 {stamp}</font> '
        f'<a href="http://bbs.wenmi-jia.test/redirect.php?goto=findpost&amp;pid={pid}&amp;ptid={tid}" target="_blank">'
        f'<img src="images/common/back.gif" border="0" onclick="window.open(this.parentNode.href);return false;" /></a></font><br />'
        f"{text}</blockquote></div>"
    )


THREADS = [
    {
        "tid": 3765,
        "pid": 40211,
        "speech": SPEECHES["DZ2"],
        "author": "文秘小陈",
        "stamp": "2013-2-18 16:40",
        "listpage": 1,
        "typeid": (4, "致辞"),
        "views": 612,
        "intro": "今天上午团拜会老板的致辞，我起草的，老板基本没改。Word版在附件里，需要的自取。",
        "attach": True,
        "rate": [("笔杆子", 1599, "金钱 + 5", "好材料"), ("青衫客", 881, "威望 + 1", "原创奖励")],
        "replies": [
            ("笔杆子", "2013-2-18 17:05", "结构很清楚，成绩、感谢、目标、关怀，四平八稳。楼主功力见长。"),
            ("乡村老师", "2013-2-19 09:12", "附件下载不了，要多少积分啊？"),
        ],
        "replies2": [],
        "now": "2013-3-2 10:15",
    },
    {
        "tid": 3721,
        "pid": 39876,
        "speech": SPEECHES["DZ1"],
        "author": "老杨校长",
        "stamp": "2012-10-20 21:15",
        "listpage": 2,
        "typeid": (2, "讲话稿"),
        "views": 1488,
        "intro": "上周开家长会时的讲话稿，发上来跟大家交流，欢迎拍砖。",
        "edit": "老杨校长 于 2012-10-21 08:10",
        "attach": False,
        "rate": [],
        "replies": [
            ("乡村老师", "2012-10-20 22:03", "QUOTE"),
            ("青衫客", "2012-10-21 08:30", "好帖，已加分。农村学校的家长会就该这么开，不说空话。"),
            ("小城公务员", "2012-10-21 12:47", "留守儿童那一段写得实在，支持一下。"),
        ],
        "replies2": [
            ("笔杆子", "2012-10-23 20:16", "建议第四段给家长的建议再加一条：关注孩子的心理健康。"),
            ("乡村老师", "2012-10-24 07:58", "回复 5# 笔杆子 同意，现在这个问题越来越突出了。"),
        ],
        "now": "2013-3-2 10:15",
    },
]


def rate_box(pid, rates):
    items = "".join(
        f"""
							<li>
								<div id="rate_{pid}_{uid}_menu" class="attach_popup" style="display: none;">
									<p class="cornerlayger">{reason} &nbsp;&nbsp;<em>{score}</em></p>
									<p class="minicorner"></p>
								</div>
								<p id="rate_{pid}_{uid}" onmouseover="showMenu(this.id,false,2)" class="rateavatar"><a href="space.php?uid={uid}" target="_blank"><img src="http://bbs.wenmi-jia.test/uc_server/avatar.php?uid={uid}&amp;size=small" /></a></p>
								<p><a href="space.php?uid={uid}" target="_blank">{name}</a></p>
							</li>"""
        for name, uid, score, reason in rates
    )
    return f"""				<dl class="newrate">
					<dt>
							<strong><a href="misc.php?action=viewratings&amp;tid=3765&amp;pid={pid}" onclick="floatwin('open_viewratings', this.href, 600, 410);return false;" title="查看全部评分">{len(rates)}</a></strong>
							<p>评分次数</p>
					</dt>
					<dd>
						<ul class="s_clear">
						<div id="post_rate_{pid}"></div>{items}
						</ul>
					</dd>
				</dl>"""


def build() -> Family:
    fam = Family(
        HOST,
        "Discuz! 7.2 forum, default template, GBK (viewthread.php?tid=N&extra=page%3DP; postauthor column with dl.profile; 发表于 headers; [ 本帖最后由 … 编辑 ] at the end; attachment lock; 评分 box)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    rows = {1: [], 2: []}
    for th in THREADS:
        tid, pid, speech = th["tid"], th["pid"], th["speech"]
        th["extra"] = f"page%3D{th['listpage']}"
        th["pages"] = 2 if th["replies2"] else 1
        if "edit" in th:
            message = message_word(speech, th["intro"], th["edit"])
        else:
            message = message_plain(speech, th["intro"])
        after = (
            '					<div class="locked">附件: <em>您所在的用户组无法下载或查看附件</em></div>\n'
            if th["attach"]
            else ""
        )
        rate = rate_box(pid, th["rate"]) if th["rate"] else ""
        first = post_table(
            tid, th["extra"], 1, pid, 1, th["author"], th["stamp"], message,
            first=True, subject=speech.title, after_msg=after, rate=rate,
        )
        replies = []
        for i, (name, stamp, text) in enumerate(th["replies"]):
            if text == "QUOTE":
                text = (
                    quote(th["author"], th["stamp"], pid, tid, f"{speech.paras[0]}<br />\r\n{speech.paras[1][:60]} ...")
                    + "<br />\r\n写得真好，我们学校下个月也开家长会，借鉴一下，谢谢校长！"
                )
            replies.append(post_table(tid, th["extra"], 1, pid + 7 + i * 3, i + 2, name, stamp, text))
        url = f"/viewthread.php?tid={tid}&extra={th['extra']}"
        stored = f"/thread/{tid}-1.html"
        page1 = thread_page(th, 1, "".join([first, *replies]))
        fam.route(url, stored, page1)
        # Discuz! answers a thread without `extra` (where the link was clicked) as with it
        fam.route(f"/viewthread.php?tid={tid}", stored, page1)
        if th["pages"] == 2:
            fam.route(f"{url}&page=1", stored, page1)
            fam.route(f"/viewthread.php?tid={tid}&page=1", stored, page1)
            start = len(th["replies"]) + 2
            replies2 = [
                post_table(tid, th["extra"], 2, pid + 40 + i * 5, start + i, name, stamp, text)
                for i, (name, stamp, text) in enumerate(th["replies2"])
            ]
            page2 = thread_page(th, 2, "".join(replies2))
            fam.route(f"{url}&page=2", f"/thread/{tid}-2.html", page2)
            fam.route(f"/viewthread.php?tid={tid}&page=2", f"/thread/{tid}-2.html", page2)
            fam.not_documents.append(f"{url}&page=2")
        fam.doc([url], speech)
        last = (th["replies2"] or th["replies"])[-1]
        nrep = len(th["replies"]) + len(th["replies2"])
        rows[th["listpage"]].append(
            f"""				<tbody id="normalthread_{tid}" >
					<tr>
						<td class="folder">
							<a href="viewthread.php?tid={tid}&amp;extra={th["extra"]}" title="新窗口打开" target="_blank">
								<img src="images/default/folder_{"hot" if th["views"] > 1000 else "common"}.gif" alt="{"hot" if th["views"] > 1000 else "common"}" />
							</a>
						</td>
						<td class="icon">
							&nbsp;
						</td>
						<th class="subject {"hot" if th["views"] > 1000 else "common"}">
							<label>
							{'<img src="images/default/agree.gif" alt="帖子被加分" title="帖子被加分" />' if th["rate"] else ""}
							&nbsp;</label>
							<em>[<a href="forumdisplay.php?fid={FID}&amp;filter=type&amp;typeid={th["typeid"][0]}">{th["typeid"][1]}</a>]</em>
							<span id="thread_{tid}"><a href="viewthread.php?tid={tid}&amp;extra={th["extra"]}">{speech.title}</a></span>
							{'<img src="images/attachicons/common.gif" alt="附件" class="attach" />' if th["attach"] else ""}
							{f'<span class="threadpages">&nbsp;<a href="viewthread.php?tid={tid}&amp;extra={th["extra"]}&amp;page=2">2</a></span>' if th["pages"] == 2 else ""}
						</th>
						<td class="author">
							<cite>
								<a href="space.php?uid={USERS[th["author"]][0]}">{th["author"]}</a>
							</cite>
							<em>{th["stamp"].split()[0]}</em>
						</td>
						<td class="nums"><strong>{nrep}</strong>/<em>{th["views"]}</em></td>
						<td class="lastpost">
							<cite><a href="space.php?username={urlquote(last[0].encode("gbk"))}">{last[0]}</a></cite>
							<em><a href="redirect.php?tid={tid}&amp;goto=lastpost#lastpost">{last[1]}</a></em>
						</td>
					</tr>
				</tbody>"""
        )

    def forum_page(page):
        nav = multi(f"forumdisplay.php?fid={FID}", page, 2, 2)
        body = (
            HEAD
            + f"""<div id="nav">
	<a href="index.php" id="fjump" onmouseover="showMenu(this.id)" class="dropmenu">文秘之家</a> &raquo; {FORUM}
</div>
<div id="ad_text"></div>
<div id="wrap" class="wrap s_clear">
	<div class="main"><div class="content">
		<div id="forumheader" class="s_clear">
			<h1 style="">{FORUM}</h1>
			<p class="forumstats">[ <strong>1826</strong> 主题 / 20733 回复 ]</p>
			<div class="forumaction">
				<a href="my.php?item=attention&amp;action=add&amp;fid={FID}" id="ajax_favorite" class="addfav" onclick="ajaxmenu(event, this.id)">收藏</a>
				<a href="rss.php?fid={FID}&amp;auth=0" target="_blank" class="feed">RSS</a>
			</div>
			<p class="channelinfo">版块介绍: 各类讲话稿、发言稿、致辞原创交流，严禁灌水。</p>
			<p id="modedby">版主: <a class="notabs" href="space.php?username=%C7%E0%C9%C0%BF%CD">青衫客</a></p>
		</div>
		<div class="pages_btns s_clear">
			{nav}
			<span class="postbtn" id="newspecial"><a href="post.php?action=newthread&amp;fid={FID}" onclick="floatwin('open_newthread', this.href, 600, 410, '600,0');return false;">发帖</a></span>
		</div>
		<div id="threadlist" class="threadlist datalist" style="position: relative;">
		<form method="post" name="moderate" id="moderate" action="topicadmin.php?action=moderate&amp;fid={FID}&amp;infloat=yes&amp;nopost=yes">
			<input type="hidden" name="formhash" value="3f9b2c1d" />
			<input type="hidden" name="listextra" value="page%3D{page}" />
			<table summary="forum_{FID}" id="forum_{FID}" cellspacing="0" cellpadding="0" class="datatable">
				<thead class="category">
					<tr>
						<td class="folder">&nbsp;</td>
						<td class="icon">&nbsp;</td>
						<th>标题</th>
						<td class="author">作者</td>
						<td class="nums">回复/查看</td>
						<td class="lastpost"><cite>最后发表</cite></td>
					</tr>
				</thead>
{chr(10).join(rows[page])}
			</table>
		</form>
		</div>
		<div class="pages_btns s_clear">
			{nav}
			<span class="pageback"><a href="index.php">返回首页</a></span>
		</div>
	</div></div>
</div>
"""
            + FOOT
        )
        return render(
            body,
            TITLE=f"{FORUM} - 文秘之家" if page == 1 else f"{FORUM} - 第{page}页 - 文秘之家",
            KEYWORDS=FORUM,
            DESC=FORUM,
            SCRIPT="forumdisplay",
            FID=FID,
            TID=0,
            NOW="2013-3-2 10:15",
        )

    fam.route(f"/forumdisplay.php?fid={FID}", "/forum/12-1.html", forum_page(1))
    fam.route(f"/forumdisplay.php?fid={FID}&page=1", "/forum/12-1.html", forum_page(1))
    fam.route(f"/forumdisplay.php?fid={FID}&page=2", "/forum/12-2.html", forum_page(2))
    index = (
        HEAD
        + f"""<div id="nav">文秘之家</div>
<div id="ad_text"></div>
<div id="wrap" class="wrap s_clear">
<div class="main"><div class="content">
	<div id="forumstats"><p>今日: <em>37</em>, 昨日: <em>52</em>, 会员: <em>48216</em>, 欢迎新会员 <a href="space.php?username=%D0%A1%C1%F5">小刘</a></p></div>
	<div class="mainbox forumlist">
		<span class="headactions"><img id="category_1_img" src="images/default/collapsed_no.gif" title="收起/展开" alt="收起/展开" onclick="toggle_collapse('category_1');" /></span>
		<h3><a href="index.php?gid=1">材料写作</a></h3>
		<table id="category_1" summary="category1" cellspacing="0" cellpadding="0">
			<thead class="category">
				<tr><th>版块</th><td class="nums">主题</td><td class="nums">帖数</td><td class="lastpost">最后发表</td></tr>
			</thead>
			<tbody id="forum{FID}">
				<tr>
					<th class="new">
						<div class="left">
							<h2><a href="forumdisplay.php?fid={FID}">{FORUM}</a><em> (今日: <strong>8</strong>)</em></h2>
							<p>各类讲话稿、发言稿、致辞原创交流，严禁灌水。</p>
							<p class="moderators">版主: <a class="notabs" href="space.php?username=%C7%E0%C9%C0%BF%CD">青衫客</a></p>
						</div>
					</th>
					<td class="nums">1826</td>
					<td class="nums">22559</td>
					<td class="lastpost">
						<p><a href="redirect.php?tid=3765&amp;goto=lastpost#lastpost">在公司二〇一三年新春团拜会上的致 ...</a></p>
						<cite><a href="space.php?username=%CF%E7%B4%E5%C0%CF%CA%A6">乡村老师</a> - 2013-2-19 09:12</cite>
					</td>
				</tr>
			</tbody>
			<tbody id="forum14">
				<tr>
					<th>
						<div class="left">
							<h2><a href="forumdisplay.php?fid=14">公文写作</a></h2>
							<p>通知、请示、报告、纪要等公文写作探讨。</p>
						</div>
					</th>
					<td class="nums">933</td>
					<td class="nums">8412</td>
					<td class="lastpost"><p>从未</p></td>
				</tr>
			</tbody>
		</table>
	</div>
	<div id="onlinelist" class="mainbox list"><h3>在线会员 - 总计 211 人在线</h3></div>
</div></div>
</div>
"""
        + FOOT
    )
    fam.route("/index.php", "/index.html", render(index, TITLE="文秘之家", KEYWORDS="讲话稿,发言稿,文秘", DESC="", SCRIPT="index", FID=0, TID=0, NOW="2013-3-2 10:15"))
    fam.note = (
        "threads are found at viewthread.php?tid=N&extra=page%3DP (P = the forum page listing them); "
        "&page=1 answers the same first page (one document), &page=2 holds replies only"
    )
    fam.not_documents += ["/", f"/forumdisplay.php?fid={FID}", f"/forumdisplay.php?fid={FID}&page=2"]
    fam.put("/robots.txt", "#\n# robots.txt for Discuz! Board\n# Version 7.2\n#\n\nUser-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /attachments/\nDisallow: /customavatars/\nDisallow: /images/\nDisallow: /forumdata/\nDisallow: /include/\nDisallow: /ipdata/\nDisallow: /templates/\nDisallow: /plugins/\nDisallow: /mspace/\nDisallow: /wap/\nDisallow: /uc_client/\nDisallow: /uc_server/\nDisallow: /admincp.php\nDisallow: /ajax.php\nDisallow: /logging.php\nDisallow: /member.php\nDisallow: /memcp.php\nDisallow: /misc.php\nDisallow: /my.php\nDisallow: /pm.php\nDisallow: /post.php\nDisallow: /register.php\nDisallow: /rss.php\nDisallow: /search.php\nDisallow: /seccode.php\nDisallow: /topicadmin.php\nDisallow: /space.php\nDisallow: /modcp.php\n")
    fam.noise += [
        "发表于",
        "本帖最后由",
        "编辑 ]",
        "上周开家长会时的讲话稿",
        "欢迎拍砖",
        "今天上午团拜会老板的致辞",
        "Word版在附件里",
        "您所在的用户组无法下载或查看附件",
        "附件:",
        "评分次数",
        "好材料",
        "原创奖励",
        "只看该作者",
        "注册时间",
        "阅读权限",
        "积分",
        "中级会员",
        "高级会员",
        "教育是慢的艺术。",
        "材料写不完，日子照样过。",
        "原创材料，转载请注明出处",
        "本版严禁灌水，违者扣分。",
        "写得真好，我们学校下个月也开家长会",
        "好帖，已加分",
        "留守儿童那一段写得实在",
        "结构很清楚",
        "附件下载不了",
        "快速回复主题",
        "您需要登录后才可以回帖",
        "Powered by Discuz!",
        "Processed in",
        "文秘之家",
        "TOP",
    ]
    return fam
