"""Discuz!NT 3.5 (Comsenz's ASP.NET forum) with its stock default template and URL rewrite on: a county
teachers' forum (兰溪教师之家), UTF-8 as IIS sends it.

Home `/` (= `index.aspx`: 论坛公告 marquee, forum list `table` per category with 今日 counts, 最新主题
block, 在线会员 line) → board `/showforum-12.aspx` (+ page 2 `/showforum-12-2.aspx`; `tbody` rows
`normalthread_N` with `[发言稿]` type links, `threadpages` links, 作者 / 回复/查看 / 最后发表, a 置顶 版规
row) → topics `/showtopic-<tid>.aspx` (reply page P at `/showtopic-<tid>-P.aspx`): `div.mainbox.viewthread`
with `h1`, each post a `table#pid<pid>` (`td.postauthor`: cite name, avatar, 用户组 em, ShowStars script,
`ul.otherinfo` 性别/来自/积分/帖子/注册; `td.postcontent`: `div.postinfo` with 楼主 / N# and 发表于,
`div.postmessage.defaultpost` > `h2` + `div#message<pid>.t_msgfont` holding `<br />` lines, an attachment
list `t_attachlist`, `div.signatures`, `div.postactions` 引用 | 回复 | TOP), a hidden member popup per
post; the first post opens with the teacher's own note and is the speech; replies (one quoting the
first paragraph in `div.quote > blockquote`) and reply page 2 are not documents."""

from common import SPEECHES, Family

HOST = "bbs.jiaoshi-dnt-like.test"
FORUM = "兰溪教师之家"
FID = 12
BOARD, BOARD2 = f"/showforum-{FID}.aspx", f"/showforum-{FID}-2.aspx"
T1, T2, T3, T0 = 1586, 1219, 1601, 1020

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@ - 兰溪教师之家  - Powered by Discuz!NT</title>
<meta name="keywords" content="兰溪教师,教师论坛,教育教学,班主任,发言稿" />
<meta name="description" content="兰溪教师之家 兰溪市中小学教师交流社区" />
<meta name="generator" content="Discuz!NT 3.5.0" />
<meta name="author" content="Discuz!NT Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2010 Comsenz Inc." />
<meta http-equiv="x-ua-compatible" content="ie=7" />
<link rel="icon" href="favicon.ico" type="image/x-icon" />
<link rel="shortcut icon" href="favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="templates/default/float.css" type="text/css" media="all" />
<link rel="stylesheet" href="templates/default/dnt.css" type="text/css" media="all" />
<link rel="alternate" type="application/rss+xml" title="兰溪教师之家" href="tools/rss.aspx" />
<script type="text/javascript">
var creditnotice='1|威望|,2|金钱|,3|贡献|';
var forumpath = "/";
var templatepath = "default";
var aspxrewrite = 1;
var IMGDIR = "templates/default/images";
var imagemaxwidth = '600';
</script>
<script type="text/javascript" src="javascript/common.js"></script>
<script type="text/javascript" src="javascript/menu.js"></script>
<script type="text/javascript" src="javascript/ajax.js"></script>
@@EXTRA@@
</head>
<body onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="header">
<div class="wrap s_clear">
<h2><a href="index.aspx" title="兰溪教师之家"><img src="templates/default/images/logo.gif" alt="兰溪教师之家" border="0" /></a></h2>
<div id="ad_headerbanner"><a href="http://www.lanxi-jyj-like.test/" target="_blank"><img src="upload/ad/jyj_banner.jpg" alt="兰溪市教育局" /></a></div>
</div>
<div id="menu">
<div class="wrap">
<div id="userinfo" class="userinfo">
<span class="avataonline">您好，游客！</span> <a href="login.aspx" onclick="floatwin('open_login', this.href, 600, 400);return false;">登录</a> <a href="register.aspx" class="notabs">注册</a>
</div>
<ul>
<li class="current"><a href="index.aspx">论坛</a></li>
<li><a href="showtoplist.aspx">排行</a></li>
<li><a href="tags.aspx">标签</a></li>
<li><a href="search.aspx">搜索</a></li>
<li><a href="onlineuser.aspx">在线</a></li>
<li><a href="help.aspx" target="_blank">帮助</a></li>
</ul>
</div>
</div>
</div>
<div id="wrap" class="wrap s_clear">
"""

FOOT = """</div>
<div id="footer">
<div class="wrap s_clear">
<div id="footlink">
<p>
<a href="showtopic-{t0}.aspx">联系我们</a> - <a href="archiver/index.aspx">简洁版本</a> - <a href="#">返回顶部</a> - <a href="http://www.miibeian.gov.cn" target="_blank">浙ICP备09031762号</a>
</p>
<p class="smalltext">GMT+8, 2010-9-22 21:40, <span id="debuginfo">Processed in 0.0625 second(s) , 6 queries.</span></p>
</div>
<p id="copyright">Powered by <a href="http://nt.discuz.net" target="_blank" title="Discuz!NT 3.5.0 (.net Framework 2.x/3.x)">Discuz!NT</a> <em class="f_bold">3.5.0</em>
&copy; 2001-2010 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F3c1f0e7b9a2d4e6f8a1b2c3d4e5f6a7b' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
""".replace("{t0}", str(T0))

USERS = {
    "沈老师": (5, "高级会员", 4, "女", "兰溪一中", 1863, 712, "2008-3-11", "教书育人，如履薄冰。"),
    "兰江水": (28, "中级会员", 3, "男", "兰溪市", 655, 301, "2008-9-2", ""),
    "粉笔灰": (117, "中级会员", 3, "女", "游埠", 802, 455, "2009-2-17", "一支粉笔两袖清风"),
    "老周": (3, "版主", 5, "男", "兰溪实验中学", 5124, 2380, "2007-11-20", "兰溪教师之家 · 讲话发言版版主"),
    "新手小林": (402, "新手上路", 1, "男", "女埠", 36, 12, "2010-8-30", ""),
    "一米阳光": (233, "中级会员", 2, "女", "云山小学", 410, 188, "2009-6-5", ""),
    "陈校长": (9, "高级会员", 4, "男", "诸葛中学", 2210, 640, "2008-1-7", "诸葛中学欢迎您"),
}


def post(pid, n, name, stamp, title, body, attach=""):
    uid, group, stars, sex, loc, credits, posts, reg, sign = USERS[name]
    label = "楼主" if n == 1 else f"{n}<sup>#</sup>"
    h2 = f"<h2>{title}</h2>\n" if title else ""
    sign_html = f'<div class="signatures" style="maxHeightIE: 100px;">{sign}</div>\n' if sign else ""
    return f"""<table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor">
<cite><a href="userinfo-{uid}.aspx" target="_blank" id="memberinfo_{n}" class="dropmenu" onmouseover="showMenu(this.id,false);">{name}</a></cite>
<div class="avatar"><img src="avatars/upload/000/00/00/{uid:02d}_avatar_medium.jpg" onerror="this.onerror=null;this.src='templates/default/images/noavatar_medium.gif';" alt="头像" /></div>
<p><em>{group}</em></p>
<p><script language="javascript" type="text/javascript">ShowStars({stars}, 3);</script></p>
<ul><li class="space"><a href="###" onclick="nospace('{name}');">个人空间</a></li></ul>
<ul class="otherinfo">
<li>性别:<script type="text/javascript">document.write(displayGender({1 if sex == "男" else 2}));</script></li>
<li>来自:{loc}</li>
<li>积分:{credits}</li>
<li>帖子:{posts}</li>
<li>注册:{reg}</li>
</ul>
</td>
<td class="postcontent">
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum{pid}" href="javascript:copytopicurl('showtopic.aspx?topicid=@@TID@@&amp;postid={pid}#{pid}');">{label}</a></strong>
<em>发表于 {stamp}</em> <a href="showtopic.aspx?topicid=@@TID@@&amp;postid={pid}&amp;onlyauthor=2">只看该作者</a>
<span class="fontsize">字体大小: <a href="javascript:;" onclick="$('message{pid}').className='t_smallfont'">t</a> <a href="javascript:;" onclick="$('message{pid}').className='t_bigfont'">T</a></span>
</div>
<div id="ad_thread3_{n}"></div>
<div class="postmessage defaultpost">
<div id="ad_thread2_{n}"></div>
{h2}<div id="message{pid}" class="t_msgfont">{body}</div>
{attach}</div>
{sign_html}</td>
</tr>
<tr>
<td class="postauthor">&nbsp;</td>
<td class="postcontent">
<div class="postactions">
<a href="postreply.aspx?topicid=@@TID@@&amp;postid={pid}&amp;quote=yes">引用</a>|
<a href="postreply.aspx?topicid=@@TID@@&amp;postid={pid}">回复</a>|
<a href="javascript:;" onclick="scroll(0,0)">TOP</a>
</div>
</td>
</tr>
</table>
<div class="popupmenu_popup userinfopanel" id="memberinfo_{n}_menu" style="display: none; z-index: 50; position: absolute; width:150px;">
<p class="recivemessage"><a href="usercppostpm.aspx?msgtoid={uid}" target="_blank">发送短消息</a></p>
<p><a href="userinfo-{uid}.aspx" target="_blank">查看公共资料</a></p>
<p><a href="search.aspx?posterid={uid}">查找该会员全部帖子</a></p>
<ul><li>UID:{uid}</li><li>精华:0</li><li>威望:{credits // 50} </li><li>金钱:{credits * 3} </li></ul>
<p>状态:离线</p>
</div>
"""


def pager(tid, cur, last):
    if last == 1:
        return ""
    cls = ' class="current"'
    links = "".join(
        f'<a href="showtopic-{tid}{"" if p == 1 else f"-{p}"}.aspx"{cls if p == cur else ""}>{p}</a>' for p in range(1, last + 1)
    )
    nxt = f'<a href="showtopic-{tid}-{cur + 1}.aspx" class="next">下一页</a>' if cur < last else ""
    return f'<div class="pages"><em>&nbsp;{last}&nbsp;</em>{links}{nxt}<kbd><input name="gopage" type="text" class="txt" value="{cur}" onkeydown="if(event.keyCode==13) {{window.location=\'showtopic-{tid}-\'+this.value+\'.aspx\';}}" size="2" maxlength="5" />/ {last}页</kbd></div>'


def topic_page(tid, title, views, replies, cur, last, posts, board_page=BOARD):
    extra = '<script type="text/javascript" src="javascript/template_showtopic.js"></script>\n<script type="text/javascript">var topicid = ' + str(tid) + '; var postminchars = 10; var postmaxchars = 50000; var disablepostctrl = 0; var forumid = 12;</script>'
    body = f"""<div id="foruminfo">
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <a href="{board_page}">讲话发言</a> &raquo; <strong>{title}</strong></div>
</div>
<div class="pages_btns s_clear">
{pager(tid, cur, last)}
<span class="postbtn" id="newspecial"><a href="posttopic.aspx?forumid=12" title="发新话题"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span>
<span class="replybtn"><a href="postreply.aspx?topicid={tid}" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div class="mainbox viewthread">
<span class="headactions">
<a href="showtopic-{tid}.aspx?onlyauthor=1">只看楼主</a>
<a href="favorites.aspx?topicid={tid}">收藏</a>
<a href="javascript:;" onclick="copytopicurl('showtopic-{tid}.aspx');">复制链接</a>
<a href="printtopic.aspx?topicid={tid}" target="_blank">打印</a>
</span>
<h1>{title}</h1>
<div class="threadstats">查看: {views} | 回复: {replies}</div>
{posts}</div>
<div class="pages_btns s_clear">
{pager(tid, cur, last)}
<span class="replybtn"><a href="postreply.aspx?topicid={tid}" title="回复"><img src="templates/default/images/reply.gif" alt="回复" /></a></span>
</div>
<div id="quickpost" class="box">
<h4>快速回复主题</h4>
<p class="notice">您需要登录后才可以回帖 <a href="login.aspx">登录</a> | <a href="register.aspx">注册</a></p>
</div>
<div id="relatedthreads" class="box">
<h4>相关主题</h4>
<ul>
<li><a href="showtopic-{T1 if tid != T1 else T2}.aspx">{TITLES[T1 if tid != T1 else T2]}</a></li>
<li><a href="showtopic-{T3}.aspx">{TITLES[T3]}</a></li>
</ul>
</div>
"""
    return HEAD.replace("@@TITLE@@", title).replace("@@EXTRA@@", extra) + body.replace("@@TID@@", str(tid)) + FOOT


TITLES = {
    T1: "在高三年级家长会上的班主任发言",
    T2: "在学校退休教师欢送会上的讲话",
    T3: "求助：新学期开学典礼教师代表发言怎么写？",
    T0: "【版规】讲话发言版发帖须知（2009年修订）",
}


def lines(paras):
    return "<br />\n".join(paras)


def row(tid, author, date, replies, views, last_time, last_by, pages=1, sticky=False):
    uid = USERS[author][0]
    kind = "stickthread" if sticky else "normalthread"
    typ = "版务" if sticky else ("求助" if tid == T3 else "发言稿")
    pages_html = f' <span class="threadpages"><a href="showtopic-{tid}-2.aspx">2</a></span>' if pages > 1 else ""
    return f"""<tbody id="{kind}_{tid}">
<tr>
<td class="folder"><a href="showtopic-{tid}.aspx" target="_blank"><img src="templates/default/images/folder_{'lock' if sticky else 'new'}.gif" alt="" /></a></td>
<td class="icon">&nbsp;</td>
<th class="{'new' if not sticky else 'common'}">{'<label><img src="templates/default/images/pin_1.gif" alt="置顶" /></label>' if sticky else ''}<em>[<a href="showforum-12.aspx?typeid={3 if typ == '发言稿' else 1}">{typ}</a>]</em> <a href="showtopic-{tid}.aspx">{TITLES[tid]}</a>{pages_html}</th>
<td class="author"><cite><a href="userinfo-{uid}.aspx" target="_blank">{author}</a></cite><em>{date}</em></td>
<td class="nums"><strong>{replies}</strong> / <em>{views}</em></td>
<td class="lastpost"><em><a href="showtopic-{tid}.aspx?page=end#lastpost">{last_time}</a></em><cite>by <a href="userinfo-{USERS[last_by][0]}.aspx" target="_blank">{last_by}</a></cite></td>
</tr>
</tbody>
"""


def board_page(rows, cur):
    pg = '<div class="pages"><em>&nbsp;2&nbsp;</em>' + (
        f'<a href="{BOARD}" class="current">1</a><a href="{BOARD2}">2</a><a href="{BOARD2}" class="next">下一页</a>'
        if cur == 1
        else f'<a href="{BOARD}" class="prev">上一页</a><a href="{BOARD}">1</a><a href="{BOARD2}" class="current">2</a>'
    ) + "</div>"
    body = f"""<div id="foruminfo">
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; <a href="showforum-12.aspx">教学交流</a> &raquo; <strong>讲话发言</strong></div>
<div id="forumstats"><p>今日: <strong>3</strong> | 主题: <strong>418</strong> | 帖子: <strong>3217</strong></p><p>版主: <a href="userinfo-3.aspx">老周</a></p></div>
</div>
<div id="forumheader" class="s_clear"><p class="forumrules">各类讲话稿、发言稿、主持词交流。原创请注明，转载请注明出处。</p></div>
<div class="pages_btns s_clear">{pg}<span class="postbtn"><a href="posttopic.aspx?forumid=12"><img src="templates/default/images/newtopic.gif" alt="发新话题" /></a></span></div>
<div id="threadlist" class="mainbox threadlist">
<h3><a href="showforum-12.aspx?filter=digest">精华</a> <a href="showforum-12.aspx?order=lastpost">最后发表</a></h3>
<table summary="forum_12" id="forum_12" cellspacing="0" cellpadding="0">
<thead class="category">
<tr><td class="folder">&nbsp;</td><td class="icon">&nbsp;</td><th>标题</th><td class="author">作者</td><td class="nums">回复/查看</td><td class="lastpost">最后发表</td></tr>
</thead>
{rows}</table>
</div>
<div class="pages_btns s_clear">{pg}</div>
<div id="footfilter" class="box"><form method="get" action="showforum.aspx"><input type="hidden" name="forumid" value="12" />查看 <select name="filter"><option value="0">全部主题</option><option value="86400">1 天以来主题</option><option value="604800">1 周以来主题</option></select> <button type="submit">提交</button></form></div>
"""
    title = "讲话发言" + ("" if cur == 1 else " - 第2页")
    return HEAD.replace("@@TITLE@@", title).replace("@@EXTRA@@", "") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "Discuz!NT 3.5 (ASP.NET) forum, default template, URL rewrite (/showtopic-TID[-P].aspx)")
    s1, s2 = SPEECHES["f47c-1"], SPEECHES["f47c-2"]

    # topic 1: the 班主任's speech in the first post; replies on page 1 and reply page 2
    intro = "前天下午开的高三家长会，这是我在会上的发言稿，发上来给各位同行参考，有不妥的地方欢迎拍砖。<br />\n<br />\n"
    attach = """<div class="box postattachlist">
<h4>附件</h4>
<dl class="t_attachlist">
<dt><img src="images/attachicons/doc.gif" alt="" /> <a href="attachment.aspx?attachmentid=3312" target="_blank"><strong>高三家长会班主任发言稿.doc</strong></a> <em>(36.5 KB)</em></dt>
<dd><p>2010-9-18 21:35, 下载次数: 126</p><p class="notice">您所在的用户组无法下载附件，请 <a href="login.aspx">登录</a> 或 <a href="register.aspx">注册</a></p></dd>
</dl>
</div>
"""
    replies1 = [
        ("兰江水", "2010-9-18 22:02", "写得实在，特别是“家长稳，孩子才稳”这句，收藏了。"),
        ("粉笔灰", "2010-9-18 22:17", "手机问题我们班也一样，家长都说管不住，愁死了。"),
        ("老周", "2010-9-19 07:45", "好帖，加精。建议把月考分析的表格也发上来，大家学习一下。"),
        ("新手小林", "2010-9-19 08:30", "今年第一次当班主任，下周也要开家长会，正愁不知道怎么讲，谢谢楼主！"),
        ("一米阳光", "2010-9-19 09:12", "五十二个人来了四十九个，楼主的家校工作做得好啊。"),
        ("沈老师", "2010-9-19 12:20", "回复 4# 新手小林 的帖子<br />\n不客气，第一次开家长会不要紧张，把孩子的情况讲清楚、把要求讲具体就行。"),
        ("兰江水", "2010-9-19 20:08", "顶一下。"),
        ("粉笔灰", "2010-9-20 10:31", "请问附件怎么下载不了？"),
        ("老周", "2010-9-20 11:02", "回复 9# 粉笔灰 的帖子<br />\n注册登录以后就可以下载了。"),
        ("陈校长", "2010-9-20 15:47", "我们学校下周开家长会，准备把这篇发给各个班主任参考，谢谢沈老师。"),
    ]
    replies2 = [
        ("新手小林", "2010-9-21 07:56", "昨天家长会开完了，参考了楼主的稿子，效果不错，再次感谢！"),
        ("一米阳光", "2010-9-21 08:12", """<div class="quote"><blockquote><font size="2"><font color="#999999">沈老师 发表于 2010-9-18 21:35</font></font><br />\n各位家长，大家下午好！<br />\n我是高三（5）班的班主任，也是这个班的数学老师。</blockquote></div><br />\n沈老师是数学老师啊，文笔这么好。"""),
    ]
    pid = 20411
    p1 = [post(pid, 1, "沈老师", "2010-9-18 21:35", TITLES[T1], intro + lines(s1.paras), attach)]
    p1 += [post(pid + i, i + 1, n, t, "", x) for i, (n, t, x) in enumerate(replies1, 1)]
    p2 = [post(pid + 40 + i, 11 + i, n, t, "", x) for i, (n, t, x) in enumerate(replies2, 1)]
    total = len(replies1) + len(replies2)
    fam.put(f"/showtopic-{T1}.aspx", topic_page(T1, TITLES[T1], 1532, total, 1, 2, "".join(p1)))
    fam.put(f"/showtopic-{T1}-2.aspx", topic_page(T1, TITLES[T1], 1532, total, 2, 2, "".join(p2)))
    fam.doc([f"/showtopic-{T1}.aspx"], s1, title=TITLES[T1], published_at="2010-09-18")

    # topic 2: the headmaster's speech, one page
    intro2 = "<font size=\"3\">上周五学校开了退休教师欢送会，应几位老师的要求，把我的讲话贴在这里。</font><br />\n<br />\n"
    body2 = intro2 + "<font size=\"3\">" + lines(s2.paras) + "</font>"
    replies_t2 = [
        ("老周", "2011-7-10 21:03", "向三位老教师致敬！"),
        ("粉笔灰", "2011-7-10 21:40", "“课上得好不好，功夫在课外。”说得太好了。"),
        ("兰江水", "2011-7-11 08:15", "陈老师是我初中的数学老师，看到这篇很感动。"),
    ]
    q = [post(15833, 1, "陈校长", "2011-7-10 20:41", TITLES[T2], body2)]
    q += [post(15833 + i, i + 1, n, t, "", x) for i, (n, t, x) in enumerate(replies_t2, 1)]
    fam.put(f"/showtopic-{T2}.aspx", topic_page(T2, TITLES[T2], 876, len(replies_t2), 1, 1, "".join(q), BOARD2))
    fam.doc([f"/showtopic-{T2}.aspx"], s2, title=TITLES[T2], published_at="2011-07-10")

    # a help request (not a speech) and the board rules
    ask = post(20588, 1, "新手小林", "2010-9-21 19:22", TITLES[T3], "下周一开学典礼，学校让我作为新教师代表发言，三分钟左右，不知道从哪里写起，求各位前辈指点。")
    ask += post(20589, 2, "老周", "2010-9-21 19:50", "", "先讲自己的感受，再讲对学生的承诺，最后表个态。别写太长，三分钟八百字足够了。")
    fam.put(f"/showtopic-{T3}.aspx", topic_page(T3, TITLES[T3], 203, 1, 1, 1, ask))
    rules = post(9001, 1, "老周", "2009-2-1 10:00", TITLES[T0], "一、本版交流各类讲话稿、发言稿、主持词。<br />\n二、原创稿件请在标题注明，转载请注明出处。<br />\n三、禁止发布广告和代写信息，违者删帖封号。")
    fam.put(f"/showtopic-{T0}.aspx", topic_page(T0, TITLES[T0], 2210, 0, 1, 1, rules))

    rows1 = row(T0, "老周", "2009-2-1", 0, 2210, "2009-2-1 10:00", "老周", sticky=True)
    rows1 += row(T3, "新手小林", "2010-9-21", 1, 203, "2010-9-21 19:50", "老周")
    rows1 += row(T1, "沈老师", "2010-9-18", total, 1532, "2010-9-21 08:12", "一米阳光", pages=2)
    fam.put(BOARD, board_page(rows1, 1))
    fam.put(BOARD2, board_page(row(T2, "陈校长", "2011-7-10", len(replies_t2), 876, "2011-7-11 08:15", "兰江水"), 2))

    home_body = f"""<div id="announcement"><div id="announcementbody"><ul><li><a href="showtopic-{T0}.aspx">讲话发言版发帖须知</a> <em>(2009-2-1)</em></li></ul></div></div>
<div id="nav"><a href="index.aspx">兰溪教师之家</a> &raquo; 首页</div>
<div class="mainbox forumlist">
<h3><a href="index.aspx?gid=1">教学交流</a></h3>
<table id="category_1" summary="category1" cellspacing="0" cellpadding="0">
<thead class="category"><tr><th>版块</th><td class="nums">主题</td><td class="nums">帖数</td><td class="lastpost">最后发表</td></tr></thead>
<tbody id="forum12"><tr><th class="new"><h2><a href="{BOARD}">讲话发言</a><em> (今日: 3)</em></h2><p>讲话稿、发言稿、主持词交流</p><p class="moderators">版主: <a href="userinfo-3.aspx">老周</a></p></th><td class="nums">418</td><td class="nums">3217</td><td class="lastpost"><a href="showtopic-{T3}.aspx">求助：新学期开学典礼…</a><cite>by <a href="userinfo-3.aspx">老周</a> - 2010-9-21 19:50</cite></td></tr></tbody>
<tbody id="forum13"><tr><th><h2><a href="showforum-13.aspx">班主任工作</a></h2><p>班级管理经验交流</p></th><td class="nums">902</td><td class="nums">6630</td><td class="lastpost">2010-9-22 18:03</td></tr></tbody>
<tbody id="forum15"><tr><th><h2><a href="showforum-15.aspx">课件教案</a></h2><p>课件、教案、试卷资源共享</p></th><td class="nums">1733</td><td class="nums">9021</td><td class="lastpost">2010-9-22 20:11</td></tr></tbody>
</table>
</div>
<div class="box" id="newtopics"><h4>最新主题</h4><ul>
<li><a href="showtopic-{T3}.aspx">{TITLES[T3]}</a></li>
<li><a href="showtopic-{T1}.aspx">{TITLES[T1]}</a></li>
</ul></div>
<div class="box" id="online"><h4>在线会员 - 共 37 人在线，2 位会员，35 位游客</h4><p>最高记录是 <em>402</em> 于 <em>2010-3-9</em>.</p></div>
"""
    home = HEAD.replace("@@TITLE@@", "首页").replace("@@EXTRA@@", "") + home_body + FOOT
    fam.put("/", home)
    fam.put("/index.aspx", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /install/\nDisallow: /login.aspx\nDisallow: /register.aspx\nDisallow: /search.aspx\n")
    fam.not_documents += ["/", BOARD, BOARD2, f"/showtopic-{T1}-2.aspx", f"/showtopic-{T3}.aspx", f"/showtopic-{T0}.aspx"]
    fam.noise += ["欢迎拍砖", "发表于", "下载次数", "教书育人，如履薄冰", "应几位老师的要求", "Powered by", "沈老师是数学老师啊", "查找该会员全部帖子"]
    return fam
