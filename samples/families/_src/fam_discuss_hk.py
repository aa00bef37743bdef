"""香港討論區 (discuss.com.hk)-like forum on Discuz! 7 (its own skin, no URL rewrite), Traditional
script as Hong Kong users write it. The charset lies the way legacy Big5 sites do: the HTTP
header and the meta tag both say `big5`, but the bytes are Big5-HKSCS (Cantonese 嘅 / 咗 / 啲 / 喺 /
嚟 in the replies, and HK-form 温 / 着 / 裏 in the speeches, none of which plain Big5 has).
`index.php` (also `/`) → `forumdisplay.php?fid=87` (中學校園) + `&page=2` (Discuz `multi()`
pager) → `viewthread.php?tid=N&extra=page%3D1` (+ `&page=2`): 討論區首頁 » … breadcrumb, `#postlist`
with `table#pidN` posts, `td.postauthor` (name, avatar, 頭銜, 帖子 / 積分 / 註冊時間),
`<em id="authorposton…">發表於 2024-7-12 22:41</em>`, 只看該作者, `h1` thread title in the first post,
`td.t_msgfont#postmessage_N` with `<br />` lines; the first post is the speech (the poster's own line
before it), replies after it (one quoting it), a reply page 2; ad slots, 快速回覆 login tip, footer.
Expected: the first post's speech (Simplified, compare after conversion)."""

import opencc
from common import SPEECHES, Family, render

HOST = "www.discuss-hk.test"
ENC = "big5hkscs"
_HK = opencc.OpenCC("s2hk")
TO_CN = opencc.OpenCC("hk2s")


def hk(text: str) -> str:
    return _HK.convert(text).replace("説", "說")


E, F = SPEECHES["F34E"], SPEECHES["F34F"]

THREADS = [
    {
        "tid": 31873204,
        "speech": E,
        "author": ("書院舊生", 4412873, "中級會員", 1532, 2210, "2011-3-8"),
        "posted": "2024-7-12 22:41",
        "intro": "今日我哋學校畢業禮，校長篇致辭好多同學話好感動，問學校拎咗講稿，貼上嚟俾大家睇下：",
        "views": 8634,
        "pages": [
            [
                ("cyclone_k", "2024-7-12 23:02", "多謝分享，校長講到網課嗰段真係好有共鳴", None),
                ("阿樂", "2024-7-12 23:15", "分數唔係你嘅全部，呢句要記住，放榜嗰日再睇多次", "分數很重要，但它不是你的全部。"),
                ("Miss_W", "2024-7-13 00:21", "做老師嘅睇到都眼濕濕，恭喜各位畢業生！", None),
                ("kennyyy", "2024-7-13 08:47", "我哋學校校長就講咗五分鐘……羨慕", None),
            ],
            [
                ("翠屏小蜜蜂", "2024-7-13 10:05", "請問係邊間學校？睇落好有心機", None),
                ("書院舊生", "2024-7-13 10:32", "回覆 翠屏小蜜蜂 #6 唔方便講喇，九龍區一間津中", None),
                ("dsea_mum", "2024-7-14 21:18", "轉發俾個仔睇，佢今年都啱啱考完DSE", None),
            ],
        ],
    },
    {
        "tid": 31955417,
        "speech": F,
        "author": ("校友會秘書", 5120334, "初級會員", 87, 145, "2019-9-2"),
        "posted": "2024-11-30 23:05",
        "intro": "今晚周年晚宴會長致辭全文，應幾位未能出席嘅校友要求貼上嚟：",
        "views": 2105,
        "pages": [
            [
                ("Raymond_C", "2024-12-1 00:12", "今晚好開心見到咁多舊同學，多謝籌委！", None),
                ("79屆", "2024-12-1 09:40", "七十五周年慈善步行一定報名，請會長到時通知", None),
            ]
        ],
    },
]


def t_url(tid, page=1):
    return f"viewthread.php?tid={tid}&amp;extra=page%3D1" + (f"&amp;page={page}" if page > 1 else "")


def t_target(tid, page=1):
    return f"/viewthread.php?tid={tid}&extra=page%3D1" + (f"&page={page}" if page > 1 else "")


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>@@TITLE@@ - 香港討論區 discuss.com.hk - 香討．香港 No.1</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@ 香港討論區 discuss.com.hk" />
<meta name="generator" content="Discuz! 7.0.0" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2009 Comsenz Inc." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="archives" href="http://www.discuss-hk.test/archiver/" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_8_common.css?d3R" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/scriptstyle_8_@@SCRIPT@@.css?d3R" />
<script type="text/javascript">var STYLEID = '8', IMGDIR = 'images/hkdiscuss', VERHASH = 'd3R', charset = 'big5', discuz_uid = 0, cookiedomain = '.discuss-hk.test', cookiepath = '/', attackevasive = '0', disallowfloat = 'newthread|reply', creditnotice = '', gid = parseInt('0'), fid = parseInt('@@FID@@'), tid = parseInt('@@TID@@')</script>
<script src="forumdata/cache/common.js?d3R" type="text/javascript"></script>
</head>
<body id="@@SCRIPT@@" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="header">
<div class="wrap s_clear">
<h2><a href="index.php" title="香港討論區 discuss.com.hk"><img src="images/hkdiscuss/logo.gif" alt="香港討論區 discuss.com.hk" border="0" /></a></h2>
<div id="umenu">
<a href="logging.php?action=login" onclick="showWindow('login', this.href);return false;">登入</a>
<a href="register.php" class="noborder">註冊</a>
</div>
<div id="ad_headerbanner"><div id="div-gpt-ad-leaderboard"><script type="text/javascript">googletag.cmd.push(function() { googletag.display('div-gpt-ad-leaderboard'); });</script></div></div>
<div id="menu">
<ul>
<li class="menu_1"><a href="index.php" hidefocus="true" id="mn_index">討論區</a></li>
<li class="menu_2"><a href="search.php" hidefocus="true" id="mn_search">搜尋</a></li>
<li class="menu_3"><a href="faq.php" hidefocus="true" id="mn_faq">幫助</a></li>
<li class="menu_4"><a href="misc.php?action=nav" hidefocus="true">導航</a></li>
<li class="menu_5"><a href="http://news.discuss-hk.test/" hidefocus="true">新聞</a></li>
</ul>
</div>
</div>
<div id="menu_hot" class="wrap"><a href="forumdisplay.php?fid=87">中學校園</a> | <a href="forumdisplay.php?fid=88">大專校園</a> | <a href="forumdisplay.php?fid=101">時事台</a> | <a href="forumdisplay.php?fid=58">理財投資</a></div>
</div>
<div id="wrap" class="wrap s_clear">
"""

FOOT = """</div>
<div id="ad_footerbanner1"><div id="div-gpt-ad-footer"><script type="text/javascript">googletag.cmd.push(function() { googletag.display('div-gpt-ad-footer'); });</script></div></div>
<div id="footer">
<div class="wrap s_clear">
<div id="footlinks">
<p><a href="http://www.discuss-hk.test/about.html">關於我們</a> - <a href="http://www.discuss-hk.test/terms.html">使用條款</a> - <a href="http://www.discuss-hk.test/privacy.html">私隱政策</a> - <a href="mailto:webmaster@discuss-hk.test">聯絡我們</a> - <a href="archiver/">Archiver</a> - <a href="wap/">WAP</a></p>
<p class="smalltext">GMT+8, 2024-12-2 10:14, Processed in 0.031627 second(s), 6 queries, Gzip enabled.</p>
</div>
<div id="rightinfo">
<p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>7.0.0</em></p>
<p class="smalltext">&copy; 2001-2009 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
<p class="smalltext">Copyright &copy; 2003-2024 香港討論區 discuss.com.hk All Rights Reserved.</p>
</div>
</div>
</div>
<script type="text/javascript">(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.com/analytics.js','ga');ga('create','UA-1234567-1','auto');ga('send','pageview');</script>
</body>
</html>
"""


def profile(name, uid, rank, posts, credits, reg):
    return f"""<td class="postauthor" rowspan="2">
<div class="postinfo"><a target="_blank" href="space.php?uid={uid}" style="margin-left: 20px; font-weight: 800">{name}</a></div>
<div class="popupmenu_popup userinfopanel" id="userinfo_{uid}" style="display: none; position: absolute;"><dl class="s_clear"><dt>UID</dt><dd>{uid}&nbsp;</dd><dt>帖子</dt><dd>{posts}&nbsp;</dd><dt>積分</dt><dd>{credits}&nbsp;</dd></dl></div>
<div class="avatar"><a href="space.php?uid={uid}" target="_blank"><img src="http://uc.discuss-hk.test/avatar.php?uid={uid}&amp;size=middle" /></a></div>
<p><em><a href="faq.php?action=grouppermission&amp;searchgroupid=12" target="_blank">{rank}</a></em></p>
<p><img src="images/hkdiscuss/star_level2.gif" alt="Rank: 3" /><img src="images/hkdiscuss/star_level1.gif" alt="Rank: 3" /></p>
<dl class="profile s_clear"><dt>帖子</dt><dd>{posts}&nbsp;</dd><dt>積分</dt><dd>{credits}&nbsp;</dd><dt>註冊時間</dt><dd>{reg}&nbsp;</dd></dl>
<ul><li class="pm"><a href="pm.php?action=new&amp;uid={uid}" onclick="hideMenu();showWindow('sendpm', this.href);return false;" target="_blank">發短消息</a></li></ul>
</td>"""


def post_table(pid, tid, floor, author, when, message, title=None):
    name, uid, rank, posts, credits, reg = author
    floor_label = {1: "樓主", 2: "沙發", 3: "板凳", 4: "地板"}.get(floor, f"{floor}<sup>#</sup>")
    head = f'<h1>{title}</h1>\n' if title else ""
    return f"""<div id="post_{pid}">
<table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{profile(name, uid, rank, posts, credits, reg)}
<td class="postcontent">
<div id="threadstamp"></div>
<div class="postinfo">
<strong><a title="複製本帖鏈接" id="postnum{pid}" href="javascript:;" onclick="setCopy('http://www.discuss-hk.test/viewthread.php?tid={tid}&amp;page=1#pid{pid}', '帖子地址已經複製到剪貼板')"><em>{floor_label}</em></a></strong>
<div class="posterinfo">
<div class="pagecontrol"><a href="viewthread.php?tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看該作者</a></div>
<div class="authorinfo"><img class="authicon" id="authicon{pid}" src="images/common/online_member.gif" /> <em id="authorposton{pid}">發表於 {when}</em></div>
</div>
</div>
<div class="defaultpost">
<div id="ad_thread2_{floor - 1}"></div>
<div class="postmessage firstpost">
{head}<div class="t_msgfontfix">
<table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_{pid}">{message}</td></tr></table>
</div>
</div>
</div>
</td></tr>
<tr><td class="postcontent postbottom"></td></tr>
<tr>
<td class="postauthor"></td>
<td class="postcontent">
<div class="postactions">
<div class="postact s_clear"><em><a class="fastreply" href="post.php?action=reply&amp;fid=87&amp;tid={tid}&amp;repquote={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href);return false;">回覆</a><a class="repquote" href="post.php?action=reply&amp;fid=87&amp;tid={tid}&amp;repquote={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href);return false;">引用</a></em><p><a href="javascript:;" onclick="showWindow('reportpost', 'misc.php?action=report&amp;fid=87&amp;tid={tid}&amp;pid={pid}')">報告</a> <a href="javascript:;" onclick="scrollTo(0,0);">TOP</a></p></div>
</div>
</td>
</tr>
</table>
</div>
"""


def pager(tid, cur, total):
    if total == 1:
        return ""
    out = ['<div class="pages">']
    if cur > 1:
        out.append(f'<a href="{t_url(tid, cur - 1)}" class="prev">&lsaquo;&lsaquo;</a>')
    for n in range(1, total + 1):
        out.append(f"<strong>{n}</strong>" if n == cur else f'<a href="{t_url(tid, n)}">{n}</a>')
    if cur < total:
        out.append(f'<a href="{t_url(tid, cur + 1)}" class="next">下一頁 &rsaquo;&rsaquo;</a>')
    out.append("</div>")
    return "".join(out)


def thread_page(th, page):
    tid, speech = th["tid"], th["speech"]
    title = hk(speech.title)
    total = len(th["pages"])
    posts = []
    base_pid = tid * 10 // 7
    if page == 1:
        lines = [th["intro"], ""] + [hk(p) for p in speech.paras]
        message = "<br />\r\n".join(lines)
        posts.append(post_table(base_pid, tid, 1, th["author"], th["posted"], message, title))
    start = 2 + sum(len(p) for p in th["pages"][: page - 1])
    for n, (name, when, text, quote) in enumerate(th["pages"][page - 1]):
        msg = text
        if quote:
            msg = (
                f'<div class="quote"><blockquote><font size="2"><font color="#999999">{th["author"][0]} 發表於 {th["posted"]}</font> <a href="redirect.php?goto=findpost&amp;pid={base_pid}&amp;ptid={tid}" target="_blank"><img src="images/common/back.gif" border="0" onclick="" alt="" /></a></font><br />\r\n'
                f"{hk(quote)}</blockquote></div><br />\r\n{text}"
            )
        uid = 6000000 + (hash(name) % 900000 if False else sum(map(ord, name)) * 37)
        posts.append(post_table(base_pid + start + n, tid, start + n, (name, uid, "新手上路", 20 + n * 13, 31 + n * 17, "2022-5-1"), when, msg))
    body = f"""<div id="nav"><a href="index.php" id="fjump" onclick="showMenu(this.id)" class="dropmenu">香港討論區 discuss.com.hk</a> &raquo; <a href="index.php?gid=80">校園生活</a> &raquo; <a href="forumdisplay.php?fid=87">中學校園</a> &raquo; {title}</div>
<div id="ad_text"></div>
<div class="pages_btns s_clear">{pager(tid, page, total)}<span class="pageback" id="visitedforums" onmouseover="$('visitedforums').id = 'visitedforumstmp';this.id = 'visitedforums';showMenu(this.id)"><a href="forumdisplay.php?fid=87">返回列表</a></span><span class="postbtn" id="newspecial"><a href="post.php?action=newthread&amp;fid=87" onclick="showWindow('newthread', this.href);return false;"><img src="images/hkdiscuss/newtopic.gif" border="0" alt="發新話題" title="發新話題" /></a></span><span class="replybtn"><a href="post.php?action=reply&amp;fid=87&amp;tid={tid}" onclick="showWindow('reply', this.href);return false;"><img src="images/hkdiscuss/reply.gif" border="0" alt="" /></a></span></div>
<div id="postlist" class="mainbox viewthread">
<div class="viewthread_table"><span class="headactions"><a href="viewthread.php?action=printable&amp;tid={tid}" target="_blank" class="notabs">列印</a></span> 查看: {th['views']}｜回覆: {sum(len(p) for p in th['pages'])}</div>
{''.join(posts)}</div>
<div id="postlistreply" class="mainbox viewthread"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
<div class="pages_btns s_clear">{pager(tid, page, total)}<span class="pageback"><a href="forumdisplay.php?fid=87">返回列表</a></span></div>
<div id="f_post" class="mainbox viewthread"><div class="postmessage"><div class="hasfsl" id="fastpostform">您需要登入後才可以回帖 <a href="logging.php?action=login" onclick="showWindow('login', this.href);return false;" class="lightlink">登入</a> | <a href="register.php">註冊</a></div></div></div>
<div id="relatethreads" class="box"><h4>相關帖子</h4><ul>{''.join(f'<li><a href="{t_url(o["tid"])}" target="_blank">{hk(o["speech"].title)}</a></li>' for o in THREADS if o is not th)}</ul></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=title + (f" - 第{page}頁" if page > 1 else "") + " - 中學校園",
        KEYWORDS=title,
        DESC=title,
        SCRIPT="viewthread",
        FID=87,
        TID=tid,
    )


def thread_rows(threads):
    rows = []
    for th in threads:
        tid, title = th["tid"], hk(th["speech"].title)
        total = len(th["pages"])
        sub = f'<span class="threadpages">&nbsp;<a href="{t_url(tid, 2)}">2</a></span>' if total > 1 else ""
        last = th["pages"][-1][-1]
        rows.append(
            f"""<tbody id="normalthread_{tid}"><tr>
<td class="folder"><a href="{t_url(tid)}" title="新窗口打開" target="_blank"><img src="images/hkdiscuss/folder_common.gif" /></a></td>
<td class="icon">&nbsp;</td>
<th class="subject common"><label>&nbsp;</label><em>[<a href="forumdisplay.php?fid=87&amp;filter=type&amp;typeid=12">分享</a>]</em> <span id="thread_{tid}"><a href="{t_url(tid)}">{title}</a></span>{sub}</th>
<td class="author"><cite><a href="space.php?uid={th['author'][1]}">{th['author'][0]}</a></cite><em>{th['posted'].split(' ')[0]}</em></td>
<td class="nums"><strong>{sum(len(p) for p in th['pages'])}</strong> / <em>{th['views']}</em></td>
<td class="lastpost"><cite><a href="space.php?username={last[0]}">{last[0]}</a></cite><em><a href="redirect.php?tid={tid}&amp;goto=lastpost#lastpost">{last[1]}</a></em></td>
</tr></tbody>"""
        )
    return "\n".join(rows)


OLD = [
    (31402211, "中三選科點揀好？求師兄師姐意見", "Mavis_L", "2024-3-2"),
    (31233890, "呢度有冇人讀緊IB？想問下課程壓力", "jt_0825", "2024-1-15"),
]


def forum_page(page):
    if page == 1:
        rows = thread_rows(list(reversed(THREADS)))
    else:
        rows = "\n".join(
            f"""<tbody id="normalthread_{tid}"><tr><td class="folder"><a href="viewthread.php?tid={tid}&amp;extra=page%3D2" target="_blank"><img src="images/hkdiscuss/folder_common.gif" /></a></td><td class="icon">&nbsp;</td>
<th class="subject common"><span id="thread_{tid}"><a href="viewthread.php?tid={tid}&amp;extra=page%3D2">{title}</a></span></th><td class="author"><cite><a href="space.php?username={who}">{who}</a></cite><em>{d}</em></td><td class="nums"><strong>12</strong> / <em>903</em></td><td class="lastpost"><cite>-</cite><em>{d}</em></td></tr></tbody>"""
            for tid, title, who, d in OLD
        )
    pages = '<div class="pages"><em>&nbsp;4&nbsp;</em>' + (
        '<strong>1</strong><a href="forumdisplay.php?fid=87&amp;page=2">2</a><a href="forumdisplay.php?fid=87&amp;page=2" class="next">下一頁 &rsaquo;&rsaquo;</a>'
        if page == 1
        else '<a href="forumdisplay.php?fid=87&amp;page=1" class="prev">&lsaquo;&lsaquo;</a><a href="forumdisplay.php?fid=87&amp;page=1">1</a><strong>2</strong>'
    ) + "</div>"
    body = f"""<div id="nav"><a href="index.php">香港討論區 discuss.com.hk</a> &raquo; <a href="index.php?gid=80">校園生活</a> &raquo; 中學校園</div>
<div id="forumheader" class="s_clear"><h1 style="">中學校園</h1><p class="forumstats">[ <strong>2286</strong> 主題 / 41533 回覆 ]</p><div class="forumaction"><a href="post.php?action=newthread&amp;fid=87" class="addnew">發新話題</a></div><p class="channelinfo">版主: <a class="notabs" href="space.php?username=%B6%C0%B1%D0">管理員</a></p></div>
<div class="pages_btns s_clear">{pages}</div>
<div id="threadlist" class="threadlist datalist" style="position: relative;">
<form method="post" name="moderate" id="moderate" action="topicadmin.php?action=moderate&amp;fid=87&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_87" cellspacing="0" cellpadding="0" class="datatable">
<thead class="colplural"><tr><td>&nbsp;</td><td>&nbsp;</td><th>標題</th><td class="author">作者</td><td class="nums">回覆/查看</td><td class="lastpost">最後發表</td></tr></thead>
{rows}
</table>
</form>
</div>
<div class="pages_btns s_clear">{pages}</div>
"""
    return render(HEAD + body + FOOT, TITLE="中學校園" + (f" - 第{page}頁" if page > 1 else ""), KEYWORDS="中學校園", DESC="中學校園", SCRIPT="forumdisplay", FID=87, TID=0)


def index_page():
    body = """<div id="nav">香港討論區 discuss.com.hk</div>
<div id="announcement"><div id="announcementbody"><ul><li><a href="announcement.php?id=41#41">[公告] 請各會員遵守討論區守則，切勿發表人身攻擊言論</a><em>(2024-6-1)</em></li></ul></div></div>
<div class="mainbox list" id="category_80">
<span class="headactions"><img id="category_80_img" src="images/hkdiscuss/collapsed_no.gif" alt="" /></span>
<h3><a href="index.php?gid=80">校園生活</a></h3>
<table summary="category80" cellspacing="0" cellpadding="0">
<tbody id="forum87"><tr><th class="new"><div class="left"><h2><a href="forumdisplay.php?fid=87">中學校園</a><em> (今日: 58)</em></h2><p>中學生活、升學、DSE 資訊交流</p></div></th><td class="forumnums"><em>2286</em> / 41533</td><td class="forumlast"><p><a href="redirect.php?tid=31955417&amp;goto=lastpost#lastpost">在校友會周年晚宴上的會長致辭</a></p><cite><a href="space.php?username=79%AC%A3">79屆</a> - 2024-12-1 09:40</cite></td></tr></tbody>
<tbody id="forum88"><tr><th><div class="left"><h2><a href="forumdisplay.php?fid=88">大專校園</a><em> (今日: 31)</em></h2></div></th><td class="forumnums"><em>1874</em> / 29015</td><td class="forumlast"><p>-</p></td></tr></tbody>
</table>
</div>
<div id="ad_intercat_80"></div>
<div class="box" id="online"><h4><strong><a href="index.php?showoldetails=yes#online">在線會員</a></strong> - 總計 6218 人在線 - 最高記錄是 41033 於 2020-1-14.</h4></div>
"""
    return render(HEAD + body + FOOT, TITLE="香港討論區 discuss.com.hk", KEYWORDS="香港討論區,discuss.com.hk", DESC="香港討論區", SCRIPT="index", FID=0, TID=0)


def build() -> Family:
    fam = Family(
        HOST,
        "香港討論區 (discuss.com.hk)-like Discuz! 7 forum, Traditional (HK) script, header and meta big5 but Big5-HKSCS bytes",
        encoding=ENC,
        content_type="text/html; charset=big5",
        site_note="header and meta say big5; the bytes are Big5-HKSCS (嘅 咗 啲 喺 嚟 温 着 裏 are outside Big5): Traditional script, expected texts are Simplified",
    )
    fam.put("/", index_page())
    fam.route("/index.php", "/index.html", index_page())
    fam.route("/forumdisplay.php?fid=87", "/pages/forum87.html", forum_page(1))
    fam.route("/forumdisplay.php?fid=87&page=1", "/pages/forum87.html", forum_page(1))
    fam.route("/forumdisplay.php?fid=87&page=2", "/pages/forum87_2.html", forum_page(2))
    for th in THREADS:
        tid = th["tid"]
        for page in range(1, len(th["pages"]) + 1):
            fam.route(t_target(tid, page), f"/pages/thread{tid}_{page}.html", thread_page(th, page))
            if page > 1:
                fam.not_documents.append(t_target(tid, page))
        fam.route(f"/viewthread.php?tid={tid}&extra=page%3D1&page=1", f"/pages/thread{tid}_1.html", thread_page(th, 1))
        # Discuz! ignores `extra` (where the link was clicked): the thread answers without it too,
        # and from the listing's page 2 (extra=page%3D2)
        for page in range(1, len(th["pages"]) + 1):
            for extra in ("", "&extra=page%3D2"):
                target = f"/viewthread.php?tid={tid}{extra}" + (f"&page={page}" if page > 1 else "")
                fam.route(target, f"/pages/thread{tid}_{page}.html", thread_page(th, page))
        speech = th["speech"]
        fam.doc(
            [t_target(tid)],
            speech,
            text=TO_CN.convert(hk(speech.text)),
            title=TO_CN.convert(hk(speech.title)),
            published_at="-".join(f"{int(x):02d}" for x in th["posted"].split(" ")[0].split("-")),
        )
    fam.not_documents += ["/", "/forumdisplay.php?fid=87", "/forumdisplay.php?fid=87&page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admincp.php\nDisallow: /api/\nDisallow: /logging.php\nDisallow: /post.php\n")
    fam.noise += [
        "今日我哋學校畢業禮",
        "貼上嚟俾大家睇下",
        "應幾位未能出席嘅校友要求貼上嚟",
        "發表於",
        "只看該作者",
        "返回列表",
        "您需要登入後才可以回帖",
        "相關帖子",
        "香港討論區 discuss.com.hk",
        "Powered by",
        "多謝分享，校長講到網課嗰段真係好有共鳴",
        "轉發俾個仔睇",
        "七十五周年慈善步行一定報名",
        "發短消息",
        "註冊時間",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "header and meta say big5 but the bytes are Big5-HKSCS; pages are Traditional script, expected titles and texts are Simplified: compare after converting; the document is each topic's first post without the poster's own intro line; replies and reply page 2 are not documents"
    return fam
