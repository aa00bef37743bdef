"""雷傲极酷超级论坛 LeoBBS X (Perl CGI, flat-file), stock skin, GBK, about 2007-2008.

Everything under `/cgi-bin/`: `leobbs.cgi` (home) → `forums.cgi?forum=N` → topics
`topic.cgi?forum=N&topic=M` (+ `&start=10&show=0` for the next page), all query routes; `/` is the
install's small redirect page. Perl's CGI header `text/html; charset=gb2312`, the same in the meta, GBK
bytes. The furniture as LeoBBS prints it: upper-case-free old HTML (`<table cellpadding=0 cellspacing=0
width=97% align=center>` with `bgcolor` cells, `<font>` tags, no quotes on attributes), the top menu
(注册 / 登录 / 资料 / 搜索 / 帮助 / 社区服务 / 插件), the `→` crumbs, the topic head (`本主题共有 N 个回复
，此帖子已被浏览 N 次`, 打印 / 收藏 / 订阅 / 邮递), each floor's author cell (级别, 威望, 文章, 积分,
注册, 来自, 状态) and post head (`楼 主` / `第 N 楼`, 发表时间, IP: 已设置保密), the message in
`<font class=post>` with `<br>` lines, UBB quotes as `<blockquote>…引用:<hr>…<hr></blockquote>`,
signatures under `<hr size=1 width=30% align=left>`, the 管理选项 bar printed for everybody, 快速回复
for registered users only, and the LeoBBS copyright with execution time. Topic 1's poster ran past the
post length and went on in his own 第 2 楼 (`（接上楼）` … `（完）`): the speech is his two floors
joined; topic 2 is one floor. Replies are not documents."""

from common import SPEECHES, Family

HOST = "bbs.leobbs-yunshan.test"
FORUM = "云山论坛"
FORUMS = {2: "政务交流", 6: "企业沙龙"}

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@,云山论坛,LeoBBS">
<meta name="description" content="@@KW@@ - 云山论坛 - 雷傲极酷超级论坛">
<link rel="stylesheet" type="text/css" href="/non-cgi/leobbs.css">
<script language="JavaScript" src="/non-cgi/leobbs.js"></script>
</head>
<body topmargin=0 leftmargin=0 bgcolor=#FFFFFF>
<a name=top></a>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td width=30% rowspan=2 valign=middle><a href="leobbs.cgi"><img src="/non-cgi/myimages/logo.gif" border=0 alt="云山论坛"></a></td>
<td align=right valign=top><font color=#333333>&nbsp;<script>document.write(ShowClock());</script></font></td></tr>
<tr><td align=right valign=bottom><script language="JavaScript" src="/non-cgi/ads/topads.js"></script></td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8 height=26>
<tr><td align=center><font color=#FFFFFF>
<a href="register.cgi"><font color=#FFFFFF>注册</font></a> | <a href="loginout.cgi"><font color=#FFFFFF>登录</font></a> | <a href="profile.cgi?action=modify"><font color=#FFFFFF>资料</font></a> | <a href="messanger.cgi?action=inbox"><font color=#FFFFFF>短消息</font></a> | <a href="search.cgi"><font color=#FFFFFF>搜索</font></a> | <a href="memberlist.cgi"><font color=#FFFFFF>用户列表</font></a> | <a href="whosonline.cgi"><font color=#FFFFFF>在线</font></a> | <a href="help.cgi"><font color=#FFFFFF>帮助</font></a> | <a href="plugin.cgi"><font color=#FFFFFF>社区服务</font></a> | <a href="leobbs.cgi"><font color=#FFFFFF>论坛首页</font></a>
</font></td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td height=26>&nbsp;<img src="/non-cgi/images/closedfold.gif" border=0>&nbsp;&nbsp;<a href="leobbs.cgi">云山论坛</a>@@CRUMB@@</td>
<td align=right>您好，客人！ [<a href="loginout.cgi">登录</a>] [<a href="register.cgi">注册</a>]&nbsp;</td></tr>
</table>
"""

FOOT = """<br>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td align=center><br>
<font color=#666666>本论坛言论纯属发表者个人意见，与 <b>云山论坛</b> 立场无关</font><br><br>
<a href="mailto:webmaster@yunshan-xian.test">联系我们</a> - <a href="http://www.yunshan-xian.test/" target=_blank>云山在线</a> - <a href="leobbs.cgi?action=lite" target=_blank>无图版</a> - <a href="#top">返回页首</a><br>
版权所有：<a href="http://www.yunshan-xian.test/" target=_blank>云山在线</a>　<a href="http://www.miibeian.gov.cn/" target=_blank>赣ICP备06008312号</a><br>
<font color=#999999>Powered by <a href="http://www.leobbs.net/" target=_blank><b>LeoBBS X</b></a> Build 070606 &copy; 2000-2007 <a href="http://www.leobbs.net/" target=_blank>雷傲科技</a><br>
本页面执行时间 0.046 秒&nbsp;&nbsp;</font>
</td></tr>
</table>
</body>
</html>
"""

USERS = {
    "交通老杨": ("云山版主", "版主", 5, 1822, 6320, "2004-09-18", "云山县城"),
    "石门坎": ("", "侠客", 2, 317, 941, "2006-03-02", "石门乡"),
    "货车司机老刘": ("", "新手上路", 0, 38, 95, "2007-06-21", "城关镇"),
    "村会计": ("", "侠客", 1, 206, 610, "2006-11-30", "大坪村"),
    "云山人事部": ("", "骑士", 3, 588, 1704, "2005-12-08", "工业园区"),
    "装配三班": ("", "新手上路", 0, 41, 120, "2007-08-16", "工业园区"),
    "质检小王": ("", "侠客", 1, 156, 431, "2006-09-25", "工业园区"),
}


def user_cell(name):
    title, level, wei, posts, score, reg, place = USERS[name]
    return f"""<td bgcolor=#EEF2F7 valign=top width=20%>
<font color=#000066><b>{name}</b></font><br>{f'<font color=#990000>{title}</font><br>' if title else ''}
<img src="/non-cgi/usericon/{sum(map(ord, name)) % 40 + 1}.gif" width=90 height=90 border=0><br>
级别: {level}<br>
<img src="/non-cgi/images/star{min(wei, 5)}.gif" border=0><br>
威望: {wei}<br>
文章: {posts}<br>
积分: {score}<br>
注册: {reg}<br>
来自: {place}<br>
状态: <font color=#999999>离线</font>
</td>"""


def floor(fid, tid, no, name, when, msg, subject="", sign=""):
    label = "楼 主" if no == 1 else f"第 {no} 楼"
    subj = f'<font color=#000066><b>{subject}</b></font><br><br>' if subject else ""
    sig = f'<br><br><hr size=1 width=30% align=left color=#999999><font color=#666666>{sign}</font>' if sign else ""
    return f"""<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr>
{user_cell(name)}
<td bgcolor=#FFFFFF valign=top width=80%>
<table cellpadding=0 cellspacing=0 width=100%><tr>
<td><a href="profile.cgi?action=show&member={name}" title="查看 {name} 的个人资料"><img src="/non-cgi/images/profile.gif" border=0 alt="资料"></a>&nbsp;<a href="messanger.cgi?action=new&touser={name}"><img src="/non-cgi/images/message.gif" border=0 alt="短消息"></a>&nbsp;<a href="search.cgi?action=startsearch&TYPE_OF_SEARCH=username_search&NAME_SEARCH=topictitle_search&POST_SEARCH=post_search&FORUMS_TO_SEARCH=all&SEARCH_STRING={name}"><img src="/non-cgi/images/find.gif" border=0 alt="搜索"></a>&nbsp;<a href="post.cgi?action=replyquote&forum={fid}&topic={tid}&postno={no}"><img src="/non-cgi/images/quote.gif" border=0 alt="引用回复"></a>&nbsp;<a href="post.cgi?action=reply&forum={fid}&topic={tid}"><img src="/non-cgi/images/reply.gif" border=0 alt="回复"></a></td>
<td align=right><font color=#666666>IP: 已设置保密</font>&nbsp;&nbsp;<b>{label}</b></td>
</tr></table>
<hr size=1 color=#CCCCCC>
<img src="/non-cgi/posticons/icon1.gif" border=0> <font color=#666666>发表时间：{when}</font><br><br>
{subj}<font class=post>{msg}</font>{sig}
</td>
</tr>
</table>
</td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center><tr><td height=5></td></tr></table>
"""


def head(title, kw, crumb):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@CRUMB@@", crumb)


def topic_page(fid, tid, subject, replies, views, floors, related):
    forum = FORUMS[fid]
    crumb = f'<br>&nbsp;<img src="/non-cgi/images/bar.gif" border=0>&nbsp;<a href="forums.cgi?forum={fid}">{forum}</a> → {subject}'
    bar = f"""<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td><a href="post.cgi?action=new&forum={fid}"><img src="/non-cgi/images/newthread.gif" border=0 alt="发表新主题"></a>&nbsp;<a href="poll.cgi?action=new&forum={fid}"><img src="/non-cgi/images/newpoll.gif" border=0 alt="发表新投票"></a>&nbsp;<a href="post.cgi?action=reply&forum={fid}&topic={tid}"><img src="/non-cgi/images/newreply.gif" border=0 alt="回复贴子"></a></td>
<td align=right>本主题共有 {replies} 个回复，此帖子已被浏览 {views} 次&nbsp;[<a href="printpage.cgi?forum={fid}&topic={tid}" target=_blank>打印本页</a>] [<a href="fav.cgi?action=add&forum={fid}&topic={tid}">收藏</a>] [<a href="sendtopic.cgi?forum={fid}&topic={tid}">发送本页面给朋友</a>]</td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2>&nbsp;<b>* 贴子主题：{subject}</b></td>
<td bgcolor=#D7E3F2 align=right width=260><a href="topic.cgi?forum={fid}&topic={tid}&show=prev">上一主题</a> | <a href="topic.cgi?forum={fid}&topic={tid}&show=next">下一主题</a>&nbsp;</td></tr>
</table>
</td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center><tr><td height=5></td></tr></table>
"""
    tail = f"""<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td>本主题分页：<b>[1]</b></td>
<td align=right><font color=#666666>管理选项：</font> <a href="postings.cgi?action=lock&forum={fid}&topic={tid}">锁定</a> | <a href="postings.cgi?action=unlock&forum={fid}&topic={tid}">解锁</a> | <a href="postings.cgi?action=bump&forum={fid}&topic={tid}">提升</a> | <a href="postings.cgi?action=down&forum={fid}&topic={tid}">沉底</a> | <a href="postings.cgi?action=delete&forum={fid}&topic={tid}">删除</a> | <a href="postings.cgi?action=movetopic&forum={fid}&topic={tid}">移动</a> | <a href="postings.cgi?action=top&forum={fid}&topic={tid}">固顶</a> | <a href="postings.cgi?action=jinghua&forum={fid}&topic={tid}">精华</a></td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2 colspan=2><b>快速回复主题</b></td></tr>
<tr><td bgcolor=#FFFFFF width=20% valign=top><b>内容</b></td><td bgcolor=#FFFFFF><font color=#990000>您目前的身份是客人，只有注册用户才能回复。</font> [<a href="loginout.cgi">登录</a>] [<a href="register.cgi">注册</a>]<br><textarea name=inpost cols=70 rows=5 disabled></textarea></td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=4 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2 colspan=2><b>相关主题</b></td></tr>
{"".join(f'<tr><td bgcolor=#FFFFFF>&nbsp;<a href="topic.cgi?forum={f}&topic={t}">{s}</a></td><td bgcolor=#FFFFFF width=140 align=center>{d}</td></tr>' for f, t, s, d in related)}
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td align=right><form action="forums.cgi" method=get><select name=forum onchange="this.form.submit()"><option value="">论坛跳转 ...</option><option value=2>&nbsp;|-- 政务交流</option><option value=6>&nbsp;|-- 企业沙龙</option></select></form></td></tr>
</table>
"""
    return head(f"{subject} - {forum} - {FORUM} - 雷傲极酷超级论坛", subject, crumb) + bar + "".join(floors) + tail + FOOT


def br(paras):
    return "<br>".join("　　" + p for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "LeoBBS X (雷傲极酷超级论坛, Perl CGI) forum, stock skin, topic.cgi?forum=N&topic=M (GBK)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    fam.home = "/cgi-bin/leobbs.cgi"
    s1, s2 = SPEECHES["f43a-3"], SPEECHES["f43a-4"]
    t1, t2 = 1563, 2208
    subj1 = "副县长在全县农村公路养护管理工作会议上的讲话"
    subj2 = "[原创]总经理在公司二〇〇八年新春团拜会上的致辞"

    cut = 4
    part1, part2 = s1.paras[:cut], s1.paras[cut:]
    sign1 = "要想富，先修路；路修好，还要养。"
    msg1a = "<font color=#0000FF>上午县里开的农村公路养护会，副县长的讲话整理出来了，内容比较多，论坛一帖发不下，分两楼发。</font><br><br>" + br(part1)
    msg1b = "（接上楼）<br><br>" + br(part2) + "<br><br>（完）"
    floors1 = [
        floor(2, t1, 1, "交通老杨", "2007-11-22 19:41", msg1a, subj1, sign1),
        floor(2, t1, 2, "交通老杨", "2007-11-22 19:48", msg1b, "", sign1),
        floor(2, t1, 3, "石门坎", "2007-11-22 20:15", "我们石门到县城那条路，坑都快能养鱼了，早该修了。"),
        floor(2, t1, 4, "货车司机老刘", "2007-11-22 21:02", '<blockquote><font face=宋体>引用:<hr>超限超载是农村公路的“头号杀手”。<hr></blockquote>不拉满跑一趟连油钱都不够，你叫我们怎么办？'),
        floor(2, t1, 5, "村会计", "2007-11-23 8:30", "村道每公里一千块，请个保洁员一年都不够啊。"),
        floor(2, t1, 6, "交通老杨", "2007-11-23 9:12", "楼上的，乡镇还有配套，村里也可以一事一议，具体办法交通局年底会发文件。"),
    ]
    related1 = [(6, t2, subj2, "2008-02-02 22:10"), (2, 1520, "关于做好今冬明春农田水利建设的通知", "2007-10-30 10:05")]
    p1 = topic_page(2, t1, subj1, 5, 732, floors1, related1)
    fam.route(f"/cgi-bin/topic.cgi?forum=2&topic={t1}", f"/cgi-bin/topic/2-{t1}.html", p1)
    fam.doc([f"/cgi-bin/topic.cgi?forum=2&topic={t1}"], s1, title=subj1, published_at="2007-11-22")

    msg2 = br(s2.paras)
    floors2 = [
        floor(6, t2, 1, "云山人事部", "2008-02-02 22:10", msg2, subj2, "团结　务实　创新　共赢"),
        floor(6, t2, 2, "装配三班", "2008-02-02 22:31", "七月份那二十多天确实累，不过老总记得就值了。"),
        floor(6, t2, 3, "质检小王", "2008-02-03 9:05", "新春快乐！年会的抽奖什么时候公布？"),
    ]
    related2 = [(2, t1, subj1, "2007-11-22 19:41")]
    p2 = topic_page(6, t2, subj2, 2, 418, floors2, related2)
    fam.route(f"/cgi-bin/topic.cgi?forum=6&topic={t2}", f"/cgi-bin/topic/6-{t2}.html", p2)
    fam.doc([f"/cgi-bin/topic.cgi?forum=6&topic={t2}"], s2, title=subj2, published_at="2008-02-02")

    def forum_page(fid, rows, desc):
        forum = FORUMS[fid]
        crumb = f'<br>&nbsp;<img src="/non-cgi/images/bar.gif" border=0>&nbsp;{forum}'
        body = "".join(
            f"""<tr>
<td bgcolor=#FFFFFF align=center width=30><img src="/non-cgi/images/topicnonew.gif" border=0></td>
<td bgcolor=#FFFFFF>&nbsp;<a href="topic.cgi?forum={fid}&topic={t}">{s}</a></td>
<td bgcolor=#EEF2F7 align=center width=100><a href="profile.cgi?action=show&member={a}">{a}</a></td>
<td bgcolor=#FFFFFF align=center width=50>{r}</td>
<td bgcolor=#EEF2F7 align=center width=50>{v}</td>
<td bgcolor=#FFFFFF width=170>{last}<br>最后发表：{lu}</td>
</tr>
"""
            for t, s, a, r, v, last, lu in rows
        )
        return (
            head(f"{forum} - {FORUM} - 雷傲极酷超级论坛", forum, crumb)
            + f"""<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td>{desc}<br>版主：<a href="profile.cgi?action=show&member=交通老杨">交通老杨</a></td>
<td align=right><a href="post.cgi?action=new&forum={fid}"><img src="/non-cgi/images/newthread.gif" border=0 alt="发表新主题"></a></td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=4 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2 align=center colspan=2><b>主　题</b></td><td bgcolor=#D7E3F2 align=center><b>作者</b></td><td bgcolor=#D7E3F2 align=center><b>回复</b></td><td bgcolor=#D7E3F2 align=center><b>点击</b></td><td bgcolor=#D7E3F2 align=center><b>最后更新</b></td></tr>
{body}</table>
</td></tr>
</table>
<table cellpadding=0 cellspacing=0 width=97% align=center>
<tr><td height=26>本论坛共有 5 页 [ <b>1</b> <a href="forums.cgi?forum={fid}&show=20">2</a> <a href="forums.cgi?forum={fid}&show=40">3</a> <a href="forums.cgi?forum={fid}&show=60">4</a> <a href="forums.cgi?forum={fid}&show=80">5</a> ]</td></tr>
</table>
"""
            + FOOT
        )

    f2 = forum_page(2, [
        (t1, subj1, "交通老杨", 5, 732, "2007-11-23 9:12", "交通老杨"),
        (1520, "关于做好今冬明春农田水利建设的通知", "交通老杨", 1, 266, "2007-10-31 8:44", "石门坎"),
    ], "政府工作、会议讲话、政策文件交流")
    f6 = forum_page(6, [(t2, subj2, "云山人事部", 2, 418, "2008-02-03 9:05", "质检小王")], "园区企业交流、招聘求职")
    fam.route("/cgi-bin/forums.cgi?forum=2", "/cgi-bin/forums/2.html", f2)
    fam.route("/cgi-bin/forums.cgi?forum=6", "/cgi-bin/forums/6.html", f6)

    home = head(f"{FORUM} - 雷傲极酷超级论坛", FORUM, "")
    home += f"""<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2 colspan=2>&nbsp;<b>论坛公告</b>：<a href="announcements.cgi">欢迎各位网友光临云山论坛，发帖请遵守国家法律法规！</a> (2007-05-01)</td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#4A76A8 colspan=5><font color=#FFFFFF><b>-=&gt; 云山家园</b></font></td></tr>
<tr><td bgcolor=#D7E3F2 align=center width=30>&nbsp;</td><td bgcolor=#D7E3F2 align=center><b>论坛</b></td><td bgcolor=#D7E3F2 align=center width=60><b>主题</b></td><td bgcolor=#D7E3F2 align=center width=60><b>回复</b></td><td bgcolor=#D7E3F2 align=center width=200><b>最后发表</b></td></tr>
<tr><td bgcolor=#FFFFFF align=center><img src="/non-cgi/images/on.gif" border=0></td><td bgcolor=#FFFFFF><a href="forums.cgi?forum=2"><b>政务交流</b></a><br>政府工作、会议讲话、政策文件交流<br>版主：交通老杨</td><td bgcolor=#EEF2F7 align=center>96</td><td bgcolor=#EEF2F7 align=center>540</td><td bgcolor=#FFFFFF>主题：<a href="topic.cgi?forum=2&topic={t1}">{subj1[:12]}...</a><br>作者：交通老杨 2007-11-23 9:12</td></tr>
<tr><td bgcolor=#FFFFFF align=center><img src="/non-cgi/images/on.gif" border=0></td><td bgcolor=#FFFFFF><a href="forums.cgi?forum=6"><b>企业沙龙</b></a><br>园区企业交流、招聘求职<br>版主：云山人事部</td><td bgcolor=#EEF2F7 align=center>58</td><td bgcolor=#EEF2F7 align=center>311</td><td bgcolor=#FFFFFF>主题：<a href="topic.cgi?forum=6&topic={t2}">{subj2[:12]}...</a><br>作者：质检小王 2008-02-03 9:05</td></tr>
</table>
</td></tr>
</table>
<br>
<table cellpadding=0 cellspacing=0 width=97% align=center bgcolor=#4A76A8>
<tr><td>
<table cellpadding=5 cellspacing=1 width=100%>
<tr><td bgcolor=#D7E3F2>&nbsp;<b>论坛统计</b></td></tr>
<tr><td bgcolor=#FFFFFF>论坛共有 <b>1204</b> 位注册用户，主题总数 <b>1816</b> 篇，回复总数 <b>9473</b> 篇，今日发帖 <b>12</b> 篇<br>欢迎新用户：<a href="profile.cgi?action=show&member=装配三班">装配三班</a><br>目前论坛共有 <b>7</b> 人在线，其中注册用户 1 人，客人 6 人　[<a href="whosonline.cgi">显示详细列表</a>]</td></tr>
</table>
</td></tr>
</table>
"""
    home += FOOT
    fam.put("/cgi-bin/leobbs.cgi", home)  # a plain path: served as HTML (replica: `.cgi` names take the host's HTML type)
    fam.put("/", '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<meta http-equiv="refresh" content="0; url=cgi-bin/leobbs.cgi">\n<title>云山论坛</title>\n</head>\n<body>\n<a href="cgi-bin/leobbs.cgi">进入云山论坛</a>\n</body>\n</html>\n')
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/register.cgi\nDisallow: /cgi-bin/loginout.cgi\nDisallow: /cgi-bin/post.cgi\nDisallow: /cgi-bin/postings.cgi\n")
    fam.site_note = "Apache + Perl CGI: header `text/html; charset=gb2312`, gb2312 meta, GBK bytes; `/` is a meta-refresh to /cgi-bin/leobbs.cgi."
    fam.not_documents += [
        "/",
        "/cgi-bin/forums.cgi?forum=2",
        "/cgi-bin/forums.cgi?forum=6",
    ]
    fam.noise += [
        "论坛一帖发不下",
        "（接上楼）",
        "（完）",
        "要想富，先修路",
        "坑都快能养鱼了",
        "请个保洁员一年都不够",
        "抽奖什么时候公布",
        "团结　务实　创新　共赢",
        "IP: 已设置保密",
        "赣ICP备06008312号",
        "发表时间：",
    ]
    return fam
