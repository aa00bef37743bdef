"""A Discuz! X3.4 forum as a phone gets it: the stock touch template (`template/default/touch`) with
`mobile=2` on every URL, GBK. Each page is the touch `header.nav` (back arrow, forum name, 回复 /
发帖 button), the thread in `div.postlist` with an `h2` subject ([type] prefix, 只看该作者), each
post a `div.plc` with a 32px avatar, `ul.authi` (floor `<em>楼主</em>` / 沙发 / 板凳 / N#, author,
收藏 and the dateline), the text in `div.message` as `<br />` lines; the guest attachment line
under the first post, the quick-reply box, the mobile `div.pg` pager (上一页 / 下一页, page jump box), the footer bar (首页 | 登录 |
注册, 标准版 | 触屏版 | 电脑版 | 客户端) and `&copy; Comsenz Inc.`. The first post is the speech
(one opens with the poster's own line and an `i.pstatus` 本帖最后由 … 编辑 mark); replies (one
quoting the first post: `… 发表于 …` in `div.quote`) and reply page 2 are not documents."""

from common import SPEECHES, Family, render

HOST = "bbs.discuz-touch-luoxi.test"
BBNAME = "洛溪社区"
FID = 38
FORUM = "村务交流"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@,洛溪社区" />
<title>@@TITLE@@ 洛溪社区 -  手机版 - Powered by Discuz!</title>
<base href="http://bbs.discuz-touch-luoxi.test/" />
<link rel="stylesheet" href="static/image/mobile/style.css" type="text/css" media="all">
<script src="static/js/mobile/jquery-1.8.3.min.js?R7c"></script>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'R7c', charset = 'gbk', discuz_uid = '0', cookiepre = 'Lx9k_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = '@@REPORTURL@@', SITEURL = 'http://bbs.discuz-touch-luoxi.test/', JSPATH = 'static/js/';</script>
<script src="static/js/mobile/common.js?R7c" charset="gbk"></script>
</head>

<body class="bg">
"""

FOOT = """
<div id="mask" style="display:none;"></div>
<div class="footer">
	<div>
		<a href="forum.php?mobile=2">首页</a> | <a href="member.php?mod=logging&amp;action=login&amp;mobile=2" title="登录">登录</a> | <a href="member.php?mod=register&amp;mobile=2" title="立即注册">注册</a>
	</div>
    <div>
		<a href="forum.php?mobile=1">标准版</a> |  
		<a href="javascript:;" style="color:#D7D7D7;">触屏版</a> | 
		<a href="@@PCURL@@">电脑版</a> | 
		<a href="http://www.discuz.net/mobile.php?platform=android">客户端</a>
    </div>
	<p>&copy; Comsenz Inc.</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7b1c5e2f9a0d4c3b8e6f1a2d5c4b3a90";
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "青龙村老周": 10234,
    "镇里小刘": 10871,
    "水库边上": 11520,
    "一鸣妈妈": 12093,
    "初三老班": 9012,
    "洛溪游客甲": 12877,
    "星星点灯": 8265,
}


def avatar(uid):
    return (
        f"http://bbs.discuz-touch-luoxi.test/uc_server/avatar.php?uid={uid}&amp;size=small"
    )


def post(tid, pid, number, author, stamp, message, *, first=False, attachment=False):
    floor = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}.get(number, f"{number}<sup>#</sup>")
    fav = (
        f'\t\t\t\t\t<em><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id={tid}&amp;mobile=2" class="favbtn blue" >收藏</a></em>\n'
        if first
        else ""
    )
    attach = (
        """\t\t\t<div class="grey quote">
				附件: <em>您需要 <a href="member.php?mod=logging&amp;action=login&amp;mobile=2">登录</a> 才可以下载或查看，没有帐号？<a href="member.php?mod=register&amp;mobile=2" title="注册帐号">立即注册</a></em>
			</div>
"""
        if attachment
        else ""
    )
    return f"""	<div class="plc cl" id="pid{pid}">
		<span class="avatar"><img src="{avatar(USERS[author])}" style="width:32px;height:32px;" /></span>
		<div class="display pi" href="#replybtn_{pid}">
			<ul class="authi">
				<li class="grey">
					<em>
						{floor}
					</em><b>
					<a href="home.php?mod=space&amp;uid={USERS[author]}&amp;mobile=2" class="blue">{author}</a></b>

				</li>
				<li class="grey rela">
{fav}					{stamp}
				</li>
			</ul>
			<div class="message">
				{message}
			</div>
{attach}		</div>
	</div>
"""


def quote(author, stamp, text):
    return (
        f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=0&amp;ptid=0&amp;mobile=2"><font color="#999999">{author} 发表于 {stamp}</font></a><br />\r\n'
        f"<font color=\"#999999\">{text}</font></font></blockquote></div><br />\r\n"
    )


def lines(paras):
    return "<br />\r\n<br />\r\n".join(f"　　{p}" for p in paras)


def pager(base, n, count):
    """Discuz's multi() under IN_MOBILE: 上一页 / 下一页 words, page jump box; the mobile output
    appends `&amp;mobile=2` to every `<a href>` (not to the jump box's script)."""
    if count == 1:
        return ""
    out = '<div class="pg">'
    if n > 1:
        out += f'<a href="{base}&amp;page={n - 1}&amp;mobile=2" class="prev">上一页</a>'
    for i in range(1, count + 1):
        out += f"<strong>{i}</strong>" if i == n else f'<a href="{base}&amp;page={i}&amp;mobile=2">{i}</a>'
    out += (
        f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{n}" '
        f"onkeydown=\"if(event.keyCode==13) {{window.location='{base}&amp;page='+this.value;; doane(event);}}\" />"
        f'<span title="共 {count} 页"> / {count} 页</span></label>'
    )
    if n < count:
        out += f'<a href="{base}&amp;page={n + 1}&amp;mobile=2" class="nxt">下一页</a>'
    return out + "</div>"


def thread_page(th, posts, n, count):
    tid, extra = th["tid"], th["extra"]
    base = f"forum.php?mod=viewthread&amp;tid={tid}&amp;extra={extra}"
    nav = pager(base, n, count)
    body = f"""<!-- header start -->
<header class="header">

	<div class="nav">
		<span class="y">
			<button class="btn_pn btn_pn_blue" id="replyid"><span>回复</span></button>
		</span>
		<a href="forum.php?mod=forumdisplay&amp;fid={FID}&amp;{extra.replace('%3D', '=')}&amp;mobile=2" class="z"><img src="static/image/mobile/images/icon_back.png" /></a>
		<span class="name">{FORUM}</span>
	</div>

</header>
<!-- header end -->

<!-- main postlist start -->
<div class="postlist">
	<h2>
		[{th["type"]}]
		{th["subject"]}
		<a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page={n}&amp;authorid={USERS[th["author"]]}&amp;mobile=2" rel="nofollow" class="blue" style="font-size:12px;font-weight:normal;margin-left:10px;">只看该作者</a>
	</h2>

{"".join(posts)}
	<div id="post_new"></div>
<div class="fastpost">
	<form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid={FID}&amp;tid={tid}&amp;extra={extra}&amp;replysubmit=yes&amp;mobile=2">
	<input type="hidden" name="formhash" value="a91c3e7d" />
	<ul class="cl">
		<li><input type="text" value="我也说一句" class="input grey" color="gray" name="todo" readonly="readonly" onclick="window.location.href='member.php?mod=logging&amp;action=login&amp;mobile=2'"></li>
	</ul>
	</form>
</div>

</div>
<!-- main postlist end -->

{nav}

<script type="text/javascript">
	$('.favbtn').on('click', function() {{
		var obj = $(this);
		$.ajax({{
			type:'POST',
			url:obj.attr('href') + '&handlekey=favbtn&inajax=1',
			data:{{'favoritesubmit':'true', 'formhash':'a91c3e7d'}},
			dataType:'xml',
		}})
		.success(function(s) {{
			popup.open(s.lastChild.firstChild.nodeValue);
			evalscript(s.lastChild.firstChild.nodeValue);
		}})
		.error(function() {{
			window.location.href = obj.attr('href');
			popup.close();
		}});
		return false;
	}});
</script>

<a href="javascript:;" title="返回顶部" class="scrolltop bottom"></a>
"""
    title = th["subject"] + (f" - 第{n}页" if n > 1 else "") + f" - {FORUM} -"
    return render(
        HEAD + body + FOOT,
        TITLE=title,
        KEYWORDS=th["subject"],
        DESC=th["desc"],
        REPORTURL="aHR0cDovL2Jicy5kaXNjdXotdG91Y2gtbHVveGkudGVzdC9mb3J1bS5waHA=",
        PCURL=f"forum.php?mod=viewthread&amp;tid={tid}&amp;extra={extra}&amp;mobile=no",
    )


THREADS = [
    {
        "tid": 31388,
        "speech": SPEECHES["DZM2"],
        "type": "发言稿",
        "author": "一鸣妈妈",
        "stamp": "2019-5-18 21:36",
        "extra": "page%3D1",
        "intro": "",
        "edited": "",
        "desc": "尊敬的各位老师，各位家长朋友： 大家下午好！我是初三（4）班王一鸣的妈妈。",
        "replies": [
            ("初三老班", "2019-5-18 22:05", "感谢一鸣妈妈！说得特别实在，这一年辛苦各位家长了。", False),
            ("星星点灯", "2019-5-19 07:41", "“家长稳了，孩子才能稳”，这句记下了。", True),
            ("洛溪游客甲", "2019-5-19 12:18", "看哭了，我家也是今年中考，共勉！", False),
        ],
        "replies2": [],
    },
    {
        "tid": 31207,
        "speech": SPEECHES["DZM1"],
        "type": "讲话稿",
        "author": "青龙村老周",
        "stamp": "2017-3-26 20:15",
        "extra": "page%3D2",
        "intro": "上周村里开了环境整治动员会，这是我在会上讲的，稿子是自己写的，土了点，发上来请各位同行指点。",
        "edited": "青龙村老周 于 2017-3-27 08:12",
        "desc": "各位乡亲、各位党员、各位村民代表： 今天把大家请到村委会大院来，开这个环境整治动员大会",
        "replies": [
            ("镇里小刘", "2017-3-26 20:47", "周书记写得接地气，比我们镇里发的材料好懂多了。", False),
            ("水库边上", "2017-3-26 21:30", "河沟清淤那段说到点子上了，我们村也该搞搞。", False),
            ("星星点灯", "2017-3-27 09:02", "支持！垃圾桶摆好了一定要有人收，不然又成摆设。", False),
        ],
        "replies2": [
            ("洛溪游客甲", "2017-3-29 18:25", "三个月后回来汇报一下效果呗，等更新。", False),
            ("青龙村老周", "2017-3-30 07:56", "回复 5# 洛溪游客甲 一定，到时候拍照片发上来。", False),
        ],
    },
]


def build() -> Family:
    fam = Family(
        HOST,
        "Discuz! X3.4 forum, stock touch (mobile=2) template, GBK",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    rows = {}
    for th in THREADS:
        tid, speech = th["tid"], th["speech"]
        th["subject"] = speech.title
        msg = ""
        if th["edited"]:
            msg += f'<i class="pstatus"> 本帖最后由 {th["edited"]} 编辑 </i><br />\r\n'
        if th["intro"]:
            msg += th["intro"] + "<br />\r\n<br />\r\n"
        msg += lines(speech.paras)
        first = post(tid, tid * 10 + 1, 1, th["author"], th["stamp"], msg, first=True,
                     attachment=bool(th["edited"]))
        replies = []
        for i, (name, stamp, text, quoting) in enumerate(th["replies"]):
            body = text
            if quoting:
                body = quote(th["author"], th["stamp"], speech.paras[0] + " " + speech.paras[1][:30] + " ...") + text
            replies.append(post(tid, tid * 10 + 2 + i, 2 + i, name, stamp, body))
        count = 2 if th["replies2"] else 1
        page1 = thread_page(th, [first, *replies], 1, count)
        base = f"/forum.php?mod=viewthread&tid={tid}&extra={th['extra']}"
        doc_url = f"{base}&mobile=2"
        fam.route(doc_url, f"/thread/{tid}-1.html", page1)
        fam.route(f"{base}&page=1&mobile=2", f"/thread/{tid}-1.html", page1)
        fam.route(f"/forum.php?mod=viewthread&tid={tid}&mobile=2", f"/thread/{tid}-1.html", page1)
        fam.route(
            f"/forum.php?mod=viewthread&tid={tid}&page=1&authorid={USERS[th['author']]}&mobile=2",
            f"/thread/{tid}-1.html",
            page1,
        )
        if count == 2:
            start = 2 + len(th["replies"])
            more = [
                post(tid, tid * 10 + start + i, start + i, name, stamp, text)
                for i, (name, stamp, text, _q) in enumerate(th["replies2"])
            ]
            fam.route(f"{base}&page=2&mobile=2", f"/thread/{tid}-2.html", thread_page(th, more, 2, 2))
            fam.not_documents.append(f"{base}&page=2&mobile=2")
        fam.doc([doc_url], speech, published_at=speech.date)
        n_replies = len(th["replies"]) + len(th["replies2"])
        rows[tid] = f"""		<li>
			<span class="num">{n_replies}</span>
			<a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra={th['extra']}&amp;mobile=2">
			<span class="by">{th['author']}</span>
			[{th['type']}] {th['subject']}
			</a>
		</li>
"""
    others = [
        (31402, "星星点灯", 12, "村里的广场舞噪音问题，大家怎么处理的？"),
        (31395, "镇里小刘", 4, "【通知】关于开展2019年度优秀村务公开栏评选的通知"),
        (31190, "水库边上", 27, "今年春灌放水时间出来了吗？"),
        (31176, "洛溪游客甲", 3, "求一份村民代表会议记录的格式"),
    ]

    def other_row(tid, author, n, subject):
        return f"""		<li>
			<span class="num">{n}</span>
			<a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;mobile=2">
			<span class="by">{author}</span>
			{subject}
			</a>
		</li>
"""

    def forum_page(n, items):
        body = f"""<!-- header start -->
<header class="header">
    <div class="nav">
        <a href="forum.php?forumlist=1&amp;mobile=2" class="z"><img src="static/image/mobile/images/icon_back.png" /></a>
		<span class="name">{FORUM}</span>
		<a href="forum.php?mod=post&amp;action=newthread&amp;fid={FID}&amp;mobile=2" class="y"><img src="static/image/mobile/images/icon_edit.png" /></a>
    </div>
</header>
<!-- header end -->
<!-- main threadlist start -->
<div class="threadlist">
	<ul>
{items}	</ul>
</div>
<!-- main threadlist end -->
{pager(f"forum.php?mod=forumdisplay&amp;fid={FID}", n, 2)}
<div class="pullrefresh" style="display:none;"></div>
"""
        return render(
            HEAD + body + FOOT,
            TITLE=f"{FORUM}" + (f" - 第{n}页" if n > 1 else "") + " -",
            KEYWORDS=FORUM,
            DESC="村务公开、村级材料、讲话发言稿交流",
            REPORTURL="aHR0cDovL2Jicy5kaXNjdXotdG91Y2gtbHVveGkudGVzdC9mb3J1bS5waHA=",
            PCURL=f"forum.php?mod=forumdisplay&amp;fid={FID}&amp;page={n}&amp;mobile=no",
        )

    list1 = other_row(*others[0]) + other_row(*others[1]) + rows[31388]
    list2 = other_row(*others[2]) + rows[31207] + other_row(*others[3])
    f1, f2 = forum_page(1, list1), forum_page(2, list2)
    fam.route(f"/forum.php?mod=forumdisplay&fid={FID}&mobile=2", "/fd/38-1.html", f1)
    fam.route(f"/forum.php?mod=forumdisplay&fid={FID}&page=1&mobile=2", "/fd/38-1.html", f1)
    fam.route(f"/forum.php?mod=forumdisplay&fid={FID}&page=2&mobile=2", "/fd/38-2.html", f2)

    index_body = f"""<!-- header start -->
<header class="header">
	<div class="hdc cl">
		<h2><a title="{BBNAME}" href="forum.php?mobile=2"><img src="static/image/mobile/images/logo.png" /></a></h2>
		<ul class="user_fun">
			<li><a href="search.php?mod=forum&amp;mobile=2" class="icon_search">搜索</a></li>
			<li><a href="forum.php?forumlist=1&amp;mobile=2" class="icon_threadlist">版块列表</a></li>
			<li id="usermsg"><a href="home.php?mod=space&amp;uid=0&amp;do=profile&amp;mycenter=1&amp;mobile=2" class="icon_userinfo">用户信息</a></li>
		</ul>
	</div>
</header>
<!-- header end -->
<!-- main forumlist start -->
<div class="wp wm" id="wp">
	<div class="bm bmw fl">
		<div class="subforumshow bm_h cl" href="#sub_forum_1">
			<span class="o"><img src="static/image/mobile/images/collapsed_no.png"></span>
			<h2><a href="javascript:;">洛溪社区</a></h2>
		</div>
		<div id="sub_forum_1" class="sub_forum bm_c">
			<ul>
				<li><span class="num">2187</span><a href="forum.php?mod=forumdisplay&amp;fid={FID}&amp;mobile=2">{FORUM}<span class="num">(今日 6)</span></a></li>
				<li><span class="num">5310</span><a href="forum.php?mod=forumdisplay&amp;fid=36&amp;mobile=2">洛溪茶馆</a></li>
				<li><span class="num">842</span><a href="forum.php?mod=forumdisplay&amp;fid=41&amp;mobile=2">教育天地</a></li>
				<li><span class="num">129</span><a href="forum.php?mod=forumdisplay&amp;fid=2&amp;mobile=2">站务公告</a></li>
			</ul>
		</div>
	</div>
</div>
<!-- main forumlist end -->
"""
    index = render(
        HEAD + index_body + FOOT,
        TITLE="",
        KEYWORDS="洛溪社区",
        DESC="洛溪社区",
        REPORTURL="aHR0cDovL2Jicy5kaXNjdXotdG91Y2gtbHVveGkudGVzdC8=",
        PCURL="forum.php?mobile=no",
    ).replace("<title> 洛溪社区", "<title>洛溪社区")
    fam.put("/", index)
    fam.route("/forum.php?mobile=2", "/index.html", index)
    fam.route("/forum.php?forumlist=1&mobile=2", "/index.html", index)
    fam.not_documents += [
        "/",
        "/forum.php?mobile=2",
        f"/forum.php?mod=forumdisplay&fid={FID}&mobile=2",
        f"/forum.php?mod=forumdisplay&fid={FID}&page=2&mobile=2",
    ]
    fam.put(
        "/robots.txt",
        "#\n# robots.txt for Discuz! X3\n#\n\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /source/\n"
        "Disallow: /install/\nDisallow: /template/\nDisallow: /config/\nDisallow: /uc_client/\nDisallow: /uc_server/\n"
        "Disallow: /static/\nDisallow: /admin.php\nDisallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\n"
        "Disallow: /misc.php\nDisallow: /connect.php\nDisallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\n"
        "Disallow: /home.php?mod=spacecp*\nDisallow: /userapp.php?mod=app&*\nDisallow: /*?mod=misc*\n"
        "Disallow: /*?mod=attachment*\nDisallow: /*mobile=yes*\n",
    )
    fam.noise += [
        "楼主",
        "沙发",
        "板凳",
        "发表于",
        "本帖最后由",
        "稿子是自己写的",
        "请各位同行指点",
        "只看该作者",
        "我也说一句",
        "附件: ",
        "立即注册",
        "电脑版",
        "触屏版",
        "Comsenz",
        "接地气",
        "看哭了",
        "等更新",
        "说得特别实在",
        "收藏",
        "洛溪社区",
    ]
    return fam
