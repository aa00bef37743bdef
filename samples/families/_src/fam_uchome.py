"""UCenter Home 2.0 (UCHome, Comsenz) 日志 pages, stock default template, GBK, as a guest gets them.

`space.php?uid=N&do=blog&id=M` via query routes: the guest header (`div#header` > `headerwarp`, logo, 首页 /
随便看看 / 排行榜 menu, `nav_account` 注册 | 登录 with the site's random `do.php?ac=` actions), the left
`app_sidebar` holding the guest login form, the owner bar `c_header a_header` (avatar48, 某某的日志, 某某的主页),
the entry (`h1`, grey line with the author, date and `(已有 N 次阅读)`), `div#blog_article.resizeimg`, TAG line,
the 表态 click table (路过 / 鸡蛋 / 鲜花 / 握手 / 雷人), 分享 / 举报, comments (`ul#comment_ul`, `avatar48`,
`div.detail`), the guest comment notice, and the sidebar boxes (作者的其他最新日志, 阅读本文的用户, 热门日志导读);
footer with the ICP line, `Powered by UCenter Home 2.0` and the debug line. UCHome has no page breaker:
the principal's 开学 speech is posted as two 日志, （上） and （下）, linked by his own 未完 / 接上篇 lines;
both are the document's pages. Listings: the guest home `index.php`, `network.php?ac=blog` (随便看看 日志)
and each owner's `space.php?uid=N&do=blog&view=me`."""

from common import SPEECHES, Family, render, split_paras

HOST = "home.nanhu-renjia.test"
SITE = "南湖人家"
LOGIN = "d6e1b7c3f2a94e05"
REG = "a3c8f0e97b12d654"
FORMHASH = "8c2e1f4a"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=gbk" />
<meta http-equiv="x-ua-compatible" content="ie=7" />
<title>@@TITLE@@ - Powered by UCenter Home</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<script language="javascript" type="text/javascript" src="source/script_cookie.js"></script>
<script language="javascript" type="text/javascript" src="source/script_common.js"></script>
<script language="javascript" type="text/javascript" src="source/script_menu.js"></script>
<script language="javascript" type="text/javascript" src="source/script_ajax.js"></script>
<script language="javascript" type="text/javascript" src="source/script_face.js"></script>
<script language="javascript" type="text/javascript" src="source/script_manage.js"></script>
<style type="text/css">
@import url(template/default/style.css);
</style>
<link rel="shortcut icon" href="image/favicon.ico" />
<link rel="edituri" type="application/rsd+xml" title="rsd" href="xmlrpc.php?rsd=1" />
</head>
<body>

<div id="append_parent"></div>
<div id="ajaxwaitid"></div>
<div id="header">
	<div class="headerwarp">
		<h1 class="logo"><a href="index.php"><img src="template/default/image/logo.gif" alt="南湖人家" /></a></h1>
		<ul class="menu">
			<li><a href="index.php">首页</a></li>
			<li><a href="network.php">随便看看</a></li>
			<li><a href="space.php?do=top">排行榜</a></li>
		</ul>

		<div class="nav_account">
			<a href="do.php?ac=a3c8f0e97b12d654" class="login_thumb"><img src="http://uc.nanhu-renjia.test/avatar.php?uid=0&size=small" onerror="this.onerror=null;this.src='http://uc.nanhu-renjia.test/images/noavatar_small.gif'" /></a>
			欢迎您<br>
			<a href="do.php?ac=d6e1b7c3f2a94e05">登录</a> |
			<a href="do.php?ac=a3c8f0e97b12d654">注册</a>
		</div>
	</div>
</div>

<div id="wrap">

<div id="main">
	<div id="app_sidebar">
		<div class="bar_text">
		<form id="loginform" name="loginform" action="do.php?ac=d6e1b7c3f2a94e05&amp;ref" method="post">
			<input type="hidden" name="formhash" value="8c2e1f4a" />
			<p class="title">登录站点</p>
			<p>用户名</p>
			<p><input type="text" name="username" id="username" class="t_input" size="15" value="" /></p>
			<p>密码</p>
			<p><input type="password" name="password" id="password" class="t_input" size="15" value="" /></p>
			<p><input type="checkbox" id="cookietime" name="cookietime" value="315360000" checked style="margin-bottom: -2px;"><label for="cookietime">下次自动登录</label></p>
			<p>
				<input type="submit" id="loginsubmit" name="loginsubmit" value="登录" class="submit" />
				<input type="button" name="regbutton" value="注册" class="button" onclick="urlto('do.php?ac=a3c8f0e97b12d654');">
			</p>
		</form>
		</div>
	</div>

	<div id="mainarea">

"""

FOOT = """
	</div>

	<div id="bottom"></div>
</div>

<div id="footer" title="@@NOW@@">
	<p class="r_option">
		<a href="javascript:;" onclick="window.scrollTo(0,0);" id="a_top" title="TOP"><img src="image/top.gif" alt="" style="padding: 5px 6px 6px;" /></a>
	</p>

	<p>
		南湖人家 -
		<a href="mailto:webmaster@nanhu-renjia.test">联系我们</a>
		- <a href="http://www.miibeian.gov.cn" target="_blank">浙ICP备09031872号</a>
	</p>
	<p>
		Powered by <a  href="http://u.discuz.net" target="_blank"><strong>UCenter Home</strong></a> <span title="20110324">2.0</span>
		&copy; 2001-2011 <a  href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a>
		<br />Processed in @@DEBUG@@ second(s), 13 queries
	</p>
</div>
</div>
<!--script src="http://s16.cnzz.com/stat.php?id=1782236&web_id=1782236" language="JavaScript"></script-->

</body>
</html>
"""

USERS = {23: "周建华", 41: "社区小李", 57: "湖畔老王", 62: "青青子衿", 88: "教书匠", 95: "夕阳红", 103: "阿勇"}


def avatar(uid, size="small"):
    return (
        f'<img src="http://uc.nanhu-renjia.test/avatar.php?uid={uid}&size={size}" '
        f"onerror=\"this.onerror=null;this.src='http://uc.nanhu-renjia.test/images/noavatar_{size}.gif'\" />"
    )


def page(body, title, kw, desc, now="2011-05-06 09:41", debug="0.027913"):
    return render(HEAD + body + FOOT, TITLE=title, KW=kw, DESC=desc, NOW=now, DEBUG=debug)


# blogs: id -> dict
PART = split_paras(SPEECHES["f42a-1"].paras, 2)
BLOGS = [
    {
        "id": 318, "uid": 23, "subject": "在二〇一〇年秋季开学教职工大会上的讲话（上）", "stamp": "2010-08-30 20:13",
        "class": (4, "工作随笔"), "views": 286, "tags": ["开学", "讲话稿"], "paras": PART[0],
        "head": "", "tail": '<p>（未完，下篇接着贴：<a href="space.php?uid=23&amp;do=blog&amp;id=319" target="_blank">在二〇一〇年秋季开学教职工大会上的讲话（下）</a>）</p>',
        "style": "p",
        "comments": [(403, 88, "教书匠", "2010-08-30 21:40", "周校长的讲话很实在，问题找得准。等着看下篇。"),
                     (407, 62, "青青子衿", "2010-08-31 07:52", "中考成绩真不错，恭喜周校长！")],
    },
    {
        "id": 319, "uid": 23, "subject": "在二〇一〇年秋季开学教职工大会上的讲话（下）", "stamp": "2010-08-31 19:36",
        "class": (4, "工作随笔"), "views": 197, "tags": ["开学", "讲话稿"], "paras": PART[1],
        "head": '<p>接上篇：<a href="space.php?uid=23&amp;do=blog&amp;id=318" target="_blank">在二〇一〇年秋季开学教职工大会上的讲话（上）</a></p>',
        "tail": "", "style": "p",
        "comments": [(415, 88, "教书匠", "2010-08-31 20:18", "“青蓝工程”我们学校也在搞，关键是考核要跟上。"),
                     (421, 103, "阿勇", "2010-09-01 12:05", "作业量控制在一个半小时，这条家长最欢迎。")],
    },
    {
        "id": 342, "uid": 41, "subject": SPEECHES["f42a-2"].title, "stamp": "2010-10-16 18:52",
        "class": (9, "社区工作"), "views": 143, "tags": ["重阳节", "敬老"], "paras": SPEECHES["f42a-2"].paras,
        "head": "", "tail": "", "style": "div",
        "comments": [(512, 95, "夕阳红", "2010-10-16 20:31", "今天的联欢会办得热闹，腰鼓队给社区争光了！"),
                     (514, 57, "湖畔老王", "2010-10-17 08:14", "老年食堂的事情盼了好久，希望明年能办起来。"),
                     (519, 62, "青青子衿", "2010-10-17 11:47", "转给我妈看了，她说要去报名银龄互助队。")],
    },
]


def message(b):
    if b["style"] == "p":
        body = "".join(f'<p style="text-indent: 2em;">{p}</p>' for p in b["paras"])
    else:
        body = "".join(f"<div>&nbsp;&nbsp;&nbsp;&nbsp;{p}</div>" for p in b["paras"])
    return b["head"] + body + b["tail"]


CLICKS = [(1, "luguo", "路过"), (2, "leiren", "雷人"), (3, "woshou", "握手"), (4, "xianhua", "鲜花"), (5, "jidan", "鸡蛋")]


def blog_view(b):
    uid, bid, name = b["uid"], b["id"], USERS[b["uid"]]
    others = [o for o in BLOGS if o["uid"] == uid and o["id"] != bid]
    other_li = "".join(
        f'\n\t\t\t<li><a href="space.php?uid={uid}&amp;do=blog&amp;id={o["id"]}">{o["subject"]}</a></li>' for o in others
    ) + f'\n\t\t\t<li><a href="space.php?uid={uid}&amp;do=blog&amp;id={bid - 27}">暑期校本培训小结</a></li>'
    clicks = "".join(
        f"""
		<td>
			<a href="cp.php?ac=click&amp;op=add&amp;clickid={cid}&amp;idtype=blogid&amp;id={bid}&amp;hash=9f0c{bid}a1" id="click_blogid_{bid}_{cid}" onclick="ajaxmenu(event, this.id, 1, 2000, show_click)"><img src="image/click/{img}.gif" alt="" /><br />{label}</a>
			<br /><span class="click_num">{[3, 0, 5, 11, 0][cid - 1] if uid == 23 else [2, 0, 6, 9, 0][cid - 1]}</span>
		</td>"""
        for cid, img, label in CLICKS
    )
    comments = "".join(
        f"""
			<li id="comment_{cid}_li">
				<div class="avatar48"><a href="space.php?uid={cuid}">{avatar(cuid)}</a></div>
				<div class="title">
					<div class="r_option">
						<a href="cp.php?ac=comment&amp;op=reply&amp;cid={cid}&amp;feedid=" id="c_{cid}_reply" onclick="ajaxmenu(event, this.id, 1)">回复</a>
					</div>
					<a href="space.php?uid={cuid}" id="author_{cid}">{cname}</a> <span class="gray">{stamp}</span>
				</div>
				<div class="detail" id="comment_{cid}">{text}</div>
			</li>"""
        for cid, cuid, cname, stamp, text in b["comments"]
    )
    tags = " ".join(f'<a href="space.php?do=tag&amp;id={70 + i}">{t}</a>' for i, t in enumerate(b["tags"]))
    visitors = "".join(
        f'<li><div class="avatar48"><a href="space.php?uid={v}">{avatar(v)}</a></div><p><a href="space.php?uid={v}" title="{USERS[v]}">{USERS[v]}</a></p></li>'
        for v in (88, 62, 103, 57)
        if v != uid
    )
    body = f"""<div class="c_header a_header">
	<div class="avatar48"><a href="space.php?uid={uid}">{avatar(uid)}</a></div>
	<p style="font-size:14px">{name}的日志</p>
	<a href="space.php?uid={uid}" class="spacelink">{name}的主页</a>
	 <span class="pipe">|</span> <a href="space.php?uid={uid}&amp;do=blog&amp;view=me">查看全部日志</a>
</div>

<div id="content" style="width: 640px;">

	<div class="entry" style="padding:0 0 10px;">

		<div class="title">
			<h1 >{b["subject"]}</h1>
			<div class="gray">
				<a href="space.php?uid={uid}&amp;do=blog&amp;classid={b["class"][0]}">{b["class"][1]}</a>
				&nbsp; {b["stamp"]}
				(已有 {b["views"]} 次阅读)
			</div>
		</div>

		<div id="blog_article" class="resizeimg">
			{message(b)}
		</div>

		<div class="blog_tag">
			TAG: {tags}
		</div>
	</div>

	<div id="click_div">
	<table cellpadding="0" cellspacing="0" class="click_swf">
		<tr>{clicks}
		</tr>
	</table>
	</div>

	<div class="a_list" style="text-align: right; padding-bottom: 10px;">
		<a href="cp.php?ac=share&amp;type=blog&amp;id={bid}" id="a_share" onclick="ajaxmenu(event, this.id, 1)" class="a_share">分享</a>
		<span class="pipe">|</span>
		<a href="cp.php?ac=common&amp;op=report&amp;idtype=blogid&amp;id={bid}" id="a_report" onclick="ajaxmenu(event, this.id, 1)">举报</a>
	</div>

	<div class="comments" id="div_main_content">
		<h2>
			<a href="#quickcommentform_{bid}" class="r_option">发表评论</a>
			评论 (<span id="comment_replynum">{len(b["comments"])}</span> 个评论)
		</h2>
		<div class="comments_list" id="comment">
		<ul id="comment_ul">{comments}
		</ul>
		</div>
		<div class="page"></div>
		<form id="quickcommentform_{bid}" name="quickcommentform_{bid}" action="cp.php?ac=comment" method="post" class="quickpost">
			<div class="comment_box">你需要登录后才可以评论 <a href="do.php?ac={LOGIN}">登录</a> | <a href="do.php?ac={REG}">注册</a></div>
		</form>
	</div>

</div>

<div id="sidebar" style="width: 150px;">

	<div class="sidebox">
		<h2 class="title">作者的其他最新日志</h2>
		<ul class="attention">{other_li}
		</ul>
	</div>

	<div class="sidebox">
		<h2 class="title">阅读本文的用户</h2>
		<ul class="avatar_list">
			{visitors}
		</ul>
	</div>

	<div class="sidebox">
		<h2 class="title">热门日志导读</h2>
		<ul class="attention">
			<li><a href="space.php?uid=57&amp;do=blog&amp;id=301">南湖边的秋天（多图）</a></li>
			<li><a href="space.php?uid=62&amp;do=blog&amp;id=287">孩子上初中了，说说我的感受</a></li>
			<li><a href="space.php?uid=103&amp;do=blog&amp;id=336">周末骑车绕湖一圈，四十二公里</a></li>
		</ul>
	</div>

</div>
<div class="c_b"></div>
"""
    return page(
        body,
        f"{b['subject']} - 日志 - {name} - {SITE}",
        f"{b['subject']},{','.join(b['tags'])}",
        b["paras"][0][:80],
        debug=f"0.0{31 + bid % 40}207",
    )


def blog_list_entry(b):
    summary = "".join(b["paras"])[:150]
    return f"""
			<li>
				<div class="title">
					<h4><a href="space.php?uid={b["uid"]}&amp;do=blog&amp;id={b["id"]}">{b["subject"]}</a></h4>
					<div class="gray">{b["stamp"]}</div>
				</div>
				<div class="detail">{summary} ...</div>
				<div class="gray">
					<a href="space.php?uid={b["uid"]}&amp;do=blog&amp;id={b["id"]}">阅读({b["views"]})</a>
					<span class="pipe">|</span>
					<a href="space.php?uid={b["uid"]}&amp;do=blog&amp;id={b["id"]}#comment">评论({len(b["comments"])})</a>
				</div>
			</li>"""


def owner_list(uid):
    name = USERS[uid]
    entries = "".join(blog_list_entry(b) for b in sorted(BLOGS, key=lambda b: -b["id"]) if b["uid"] == uid)
    body = f"""<div class="c_header a_header">
	<div class="avatar48"><a href="space.php?uid={uid}">{avatar(uid)}</a></div>
	<p style="font-size:14px">{name}的日志</p>
	<a href="space.php?uid={uid}" class="spacelink">{name}的主页</a>
</div>

<div class="tabs_header">
	<ul class="tabs">
		<li class="active"><a href="space.php?uid={uid}&amp;do=blog&amp;view=me"><span>全部日志</span></a></li>
	</ul>
</div>

<div id="content">
	<div class="entry_list">
		<ul>{entries}
		</ul>
	</div>
	<div class="page"></div>
</div>
<div class="c_b"></div>
"""
    return page(body, f"日志 - {name} - {SITE}", f"{name},日志", f"{name}的日志")


def network_blog():
    rows = "".join(
        f"""
		<li>
			<div class="avatar48"><a href="space.php?uid={b["uid"]}">{avatar(b["uid"])}</a></div>
			<h4><a href="space.php?uid={b["uid"]}&amp;do=blog&amp;id={b["id"]}">{b["subject"]}</a></h4>
			<p class="gray"><a href="space.php?uid={b["uid"]}">{USERS[b["uid"]]}</a> &nbsp; {b["stamp"]}</p>
			<div class="detail">{"".join(b["paras"])[:90]} ...</div>
		</li>"""
        for b in sorted(BLOGS, key=lambda b: -b["id"])
    )
    body = f"""<h2 class="title"><img src="image/app/blog.gif" />日志</h2>
<div class="tabs_header">
	<ul class="tabs">
		<li><a href="network.php?ac=space"><span>会员</span></a></li>
		<li class="active"><a href="network.php?ac=blog"><span>日志</span></a></li>
		<li><a href="network.php?ac=album"><span>相册</span></a></li>
		<li><a href="network.php?ac=thread"><span>话题</span></a></li>
	</ul>
</div>
<div id="content">
	<ul class="blog_list">{rows}
	</ul>
	<div class="page"></div>
</div>
<div class="c_b"></div>
"""
    return page(body, f"日志 - 随便看看 - {SITE}", "日志", "随便看看")


def index():
    blogs = "".join(
        f'\n\t\t\t<li><a href="space.php?uid={b["uid"]}&amp;do=blog&amp;id={b["id"]}">{b["subject"]}</a> <span class="gray">{USERS[b["uid"]]}</span></li>'
        for b in sorted(BLOGS, key=lambda b: -b["id"])
    )
    members = "".join(
        f'<li><div class="avatar48"><a href="space.php?uid={u}">{avatar(u)}</a></div><p><a href="space.php?uid={u}">{n}</a></p></li>'
        for u, n in USERS.items()
    )
    body = f"""<div id="content">
	<div class="ye_r_t"><div class="ye_l_t"><div class="ye_r_b"><div class="ye_l_b">
		<h2 class="title">欢迎来到南湖人家</h2>
		<p>这里是南湖街道居民自己的网上家园：写日志、传照片、交朋友，分享生活中的点点滴滴。</p>
		<p><a href="do.php?ac={REG}" class="submit">马上注册</a></p>
	</div></div></div></div>

	<div class="sidebox">
		<h2 class="title"><a href="network.php?ac=blog" class="r_option">更多</a>最新日志</h2>
		<ul class="attention">{blogs}
		</ul>
	</div>

	<div class="sidebox">
		<h2 class="title"><a href="network.php?ac=space" class="r_option">更多</a>最近更新</h2>
		<ul class="avatar_list">{members}</ul>
	</div>
</div>
<div class="c_b"></div>
"""
    return page(body, SITE, "南湖人家,社区,日志,相册", "南湖人家 - 南湖街道居民的网上家园")


def build() -> Family:
    fam = Family(
        HOST,
        "UCenter Home 2.0 (UCHome) 日志 pages, stock default template, GBK, guest view "
        "(space.php?uid=N&do=blog&id=M; c_header owner bar, blog_article, 表态 clicks, comment_ul, sidebar boxes); "
        "a speech posted as two 日志 （上）/（下）",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    fam.put("/index.html", index())
    fam.route("/network.php?ac=blog", "/network_blog.html", network_blog())
    for uid in (23, 41):
        fam.route(f"/space.php?uid={uid}&do=blog&view=me", f"/space/{uid}_blog_me.html", owner_list(uid))
        fam.not_documents.append(f"/space.php?uid={uid}&do=blog&view=me")
    for b in BLOGS:
        fam.route(f"/space.php?uid={b['uid']}&do=blog&id={b['id']}", f"/space/{b['uid']}_blog_{b['id']}.html", blog_view(b))
    u = "/space.php?uid={}&do=blog&id={}"
    fam.doc([u.format(23, 318), u.format(23, 319)], SPEECHES["f42a-1"], published_at="2010-08-30")
    fam.doc([u.format(41, 342)], SPEECHES["f42a-2"], published_at="2010-10-16")
    fam.not_documents += ["/", "/network.php?ac=blog", u.format(23, 319)]
    fam.put(
        "/robots.txt",
        "#\n# robots.txt for UCenter Home 2.0\n#\n\nUser-agent: *\nDisallow: /admincp.php\nDisallow: /cp.php\n"
        "Disallow: /do.php\nDisallow: /data/\nDisallow: /source/\nDisallow: /template/\nDisallow: /uc_client/\n"
        "Disallow: /ucenter/\nDisallow: /attachment/\n",
    )
    fam.noise += [
        "未完，下篇接着贴",
        "接上篇",
        "（上）",
        "（下）",
        "次阅读",
        "TAG:",
        "路过",
        "鲜花",
        "握手",
        "雷人",
        "鸡蛋",
        "分享",
        "举报",
        "个评论",
        "发表评论",
        "你需要登录后才可以评论",
        "周校长的讲话很实在",
        "中考成绩真不错",
        "关键是考核要跟上",
        "这条家长最欢迎",
        "腰鼓队给社区争光了",
        "老年食堂的事情盼了好久",
        "转给我妈看了",
        "作者的其他最新日志",
        "阅读本文的用户",
        "热门日志导读",
        "暑期校本培训小结",
        "的日志",
        "登录站点",
        "下次自动登录",
        "浙ICP备09031872号",
        "Powered by",
        "Processed in",
        "南湖人家",
    ]
    fam.note = (
        "guest view; every page is a query route on space.php / network.php / index.php; the 开学 speech is two 日志 "
        "（上）/（下） linked by the author's own lines: both are the document's pages, the （下） post is not a separate speech; "
        "links to other 日志, tags, clicks, spaces and cp.php/do.php are not served (404)"
    )
    return fam
