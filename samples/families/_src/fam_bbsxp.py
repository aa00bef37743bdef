"""BBSXP 2008 (yuzi.net, ASP + Access) forum, stock Default skin, GBK, about 2009-2010.

`/` (= `Default.asp`) → `ShowForum.asp?ForumID=N` → topics `ShowPost.asp?ThreadID=N` (+ `&PageIndex=2`),
all query routes. IIS sends `text/html; Charset=gb2312` (ASP's `Response.Charset`), the meta says gb2312
and the bytes are GBK. The furniture: the BBSXP top bar (欢迎您，游客 / 登录 / 注册 / 帮助), logo row,
menu (论坛首页 / 搜索 / 会员 / 排行 / 在线 / 公告), the `您现在的位置` crumbs (` → `), `a1`/`a2`/`a3`/`a4`
cell classes, the topic head (主题, 浏览 N 次 / 回复 N 次, 发表新帖 / 回复帖子, 上一主题 / 下一主题,
打印 / 收藏 / 推荐), each post a `table.a2` with the author cell (avatar, 头衔, 等级, 积分, 帖子, 注册,
状态) and the post head (`楼主` / `第 N 楼`, `发表于：2009-3-16 20:41:11`), the message in
`div.PostBody`, `.Signature` under a dashed line, 引用 / 回复 / 编辑 / 删除 / 举报; the BBSXP pager
(`共 N 页 [1] [2] 下一页`), the guest quick-reply box, 相关主题, and the `Powered by BBSXP 2008 SP2` +
`Processed in … second(s)` + ICP footer. Topic 1 runs to a second page of replies (not a document);
topic 2 is the poster's intro line, then the speech, then his `[本帖最后由 … 编辑]` line."""

from common import SPEECHES, Family

HOST = "bbs.hexi-bbsxp.test"
FORUM = "河西在线论坛"
FORUMS = {3: "乡镇动态", 7: "校友之家"}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@KW@@ - 河西在线论坛" />
<meta name="generator" content="BBSXP 2008 SP2" />
<title>@@TITLE@@</title>
<link href="Skins/Default/Style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="Utility/Global.js"></script>
<script type="text/javascript" src="Utility/BBSXP.js"></script>
<script type="text/javascript">var SkinPath="Skins/Default/",CookieUserName="",ForumID=@@FID@@;</script>
</head>
<body>
<a name="top"></a>
<div id="Wrap">
<table cellspacing="0" cellpadding="0" width="100%" border="0" class="TopBar">
<tr><td>&nbsp;欢迎您，<b>游客</b>！&nbsp;[<a href="Login.asp">登录</a>]&nbsp;[<a href="CreateUser.asp">注册</a>]&nbsp;[<a href="Login.asp?menu=LostPassword">忘记密码</a>]</td>
<td align="right"><a href="javascript:window.external.AddFavorite('http://bbs.hexi-bbsxp.test/','河西在线论坛');">加入收藏</a> | <a href="Help.asp">帮助</a> | <a href="Rss.asp">RSS</a>&nbsp;</td></tr>
</table>
<table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr><td class="Logo"><a href="Default.asp"><img src="Skins/Default/Images/Logo.gif" alt="河西在线论坛" border="0" /></a></td>
<td align="right"><script type="text/javascript" src="Ads.asp?place=Top"></script></td></tr>
</table>
<table cellspacing="0" cellpadding="0" width="100%" border="0" class="Menu">
<tr><td>&nbsp;<a href="Default.asp">论坛首页</a> | <a href="Search.asp">搜索</a> | <a href="UserList.asp">会员列表</a> | <a href="Ranking.asp">排行榜</a> | <a href="Online.asp">在线用户</a> | <a href="Affiche.asp">论坛公告</a> | <a href="Calendar.asp">日历</a> | <a href="Link.asp">友情链接</a></td></tr>
</table>
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a4"><td>&nbsp;<img src="Skins/Default/Images/Nav.gif" align="absmiddle" alt="" /> 您现在的位置： <a href="Default.asp">河西在线论坛</a>@@CRUMB@@</td></tr>
</table>
<br />
"""

FOOT = """<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a4"><td align="center">
<a href="Default.asp">河西在线论坛</a> - <a href="Archiver/">Archiver</a> - <a href="Help.asp">帮助</a> - <a href="Link.asp">友情链接</a> - <a href="#top">返回顶部</a><br />
Powered by <a href="http://www.bbsxp.com/" target="_blank"><b>BBSXP 2008 SP2</b></a> &copy; 1998-2008 <a href="http://www.yuzi.net/" target="_blank">Yuzi Corporation</a><br />
Processed in <b>0.0625</b> second(s) , 7 queries<br />
<a href="http://www.miibeian.gov.cn/" target="_blank">湘ICP备08104231号</a>
</td></tr>
</table>
</div>
<script type="text/javascript" src="http://js.users.51.la/2371865.js"></script>
</body>
</html>
"""

USERS = {
    "河西老周": (58, "乡镇干部", "版主", 6, 4210, 1936, "2006-4-12 9:20:31"),
    "稻香村": (612, "", "初级会员", 2, 236, 128, "2008-7-30 21:02:11"),
    "西湾人家": (904, "", "中级会员", 3, 610, 355, "2008-11-2 10:40:07"),
    "跑运输的": (1320, "", "新手上路", 1, 42, 17, "2009-2-21 18:33:50"),
    "老棉农": (1041, "", "初级会员", 2, 198, 96, "2009-1-6 8:12:44"),
    "一中87届": (1486, "校友", "中级会员", 3, 402, 211, "2009-5-3 22:16:09"),
    "桂花树下": (1702, "", "新手上路", 1, 61, 25, "2010-9-30 19:45:12"),
    "东山小李": (1733, "", "新手上路", 1, 33, 12, "2010-10-8 11:20:00"),
}


def author_cell(name):
    uid, title, group, star, score, posts, reg = USERS[name]
    return f"""<td class="a4" valign="top" width="160" rowspan="2">
<div class="UserName"><a href="Profile.asp?UserName={name}" target="_blank"><b>{name}</b></a></div>
<img src="images/face/{uid % 30 + 1}.gif" width="100" height="100" alt="" class="Avatar" /><br />
<div class="UserInfo">头衔：{title}<br />
等级：{group}<br /><img src="Skins/Default/Images/Star/{star}.gif" alt="" /><br />
积分：{score}<br />
帖子：{posts}<br />
注册：{reg.split(" ")[0]}<br />
状态：<img src="Skins/Default/Images/Offline.gif" alt="离线" align="absmiddle" /> 离线</div>
</td>"""


def post(tid, pid, no, name, when, body, subject="", sign=""):
    label = "楼主" if no == 1 else f"第 {no} 楼"
    subj = f'<div class="PostTitle"><img src="images/emotions/1.gif" alt="" align="absmiddle" /> <b>{subject}</b></div>' if subject else ""
    sig = f'<div class="Signature"><img src="Skins/Default/Images/SigLine.gif" alt="" /><br />{sign}</div>' if sign else ""
    return f"""<a name="{pid}"></a>
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2" style="table-layout:fixed;word-break:break-all">
<tr class="a3">
{author_cell(name)}
<td valign="top" height="26"><span style="float:right"><b>{label}</b></span><img src="Skins/Default/Images/PostTime.gif" align="absmiddle" alt="" /> 发表于：{when}</td>
</tr>
<tr class="a4">
<td valign="top" height="160">{subj}
<div class="PostBody" id="Post{pid}">{body}</div>
{sig}</td>
</tr>
<tr class="a3">
<td align="center"><a href="#top"><img src="Skins/Default/Images/Top.gif" alt="回到顶部" border="0" /></a></td>
<td align="right"><a href="Profile.asp?UserName={name}" target="_blank">资料</a> | <a href="Message.asp?menu=Post&amp;ToUserName={name}">短信</a> | <a href="AddPost.asp?ThreadID={tid}&amp;PostID={pid}&amp;Quote=1">引用</a> | <a href="AddPost.asp?ThreadID={tid}">回复</a> | <a href="EditPost.asp?PostID={pid}">编辑</a> | <a href="Manage.asp?menu=DelPost&amp;PostID={pid}">删除</a> | <a href="Report.asp?PostID={pid}">举报</a></td>
</tr>
</table>
<br />
"""


def pager(tid, cur, total):
    if total == 1:
        return "共 1 页 <b>[1]</b>"
    out = f"共 {total} 页 "
    for i in range(1, total + 1):
        href = f"ShowPost.asp?ThreadID={tid}" + (f"&amp;PageIndex={i}" if i > 1 else "")
        out += f"<b>[{i}]</b> " if i == cur else f'<a href="{href}">[{i}]</a> '
    if cur < total:
        out += f'<a href="ShowPost.asp?ThreadID={tid}&amp;PageIndex={cur + 1}">下一页</a>'
    else:
        out += f'<a href="ShowPost.asp?ThreadID={tid}&amp;PageIndex={cur - 1}">上一页</a>'
    return out


def head(title, kw, fid, crumb):
    return (
        HEAD.replace("@@TITLE@@", title)
        .replace("@@KW@@", kw)
        .replace("@@FID@@", str(fid))
        .replace("@@CRUMB@@", crumb)
    )


def topic_page(fid, tid, subject, views, replies, cur, total, posts, related):
    forum = FORUMS[fid]
    crumb = f' → <a href="ShowForum.asp?ForumID={fid}">{forum}</a> → {subject}'
    top = f"""<table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr><td><a href="AddTopic.asp?ForumID={fid}"><img src="Skins/Default/Images/NewTopic.gif" alt="发表新帖" border="0" /></a> <a href="AddPost.asp?ThreadID={tid}"><img src="Skins/Default/Images/Reply.gif" alt="回复帖子" border="0" /></a></td>
<td align="right">{pager(tid, cur, total)}</td></tr>
</table>
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td>&nbsp;<b>主题：{subject}</b></td><td align="right" width="300">浏览 <b>{views}</b> 次 | 回复 <b>{replies}</b> 次&nbsp;</td></tr>
<tr class="a4"><td colspan="2" align="right"><a href="ShowPost.asp?ThreadID={tid}&amp;menu=Previous">上一主题</a> | <a href="ShowPost.asp?ThreadID={tid}&amp;menu=Next">下一主题</a> | <a href="Print.asp?ThreadID={tid}" target="_blank">打印</a> | <a href="Favorites.asp?menu=Add&amp;ThreadID={tid}">收藏</a> | <a href="Recommend.asp?ThreadID={tid}">推荐给好友</a></td></tr>
</table>
<br />
"""
    bottom = f"""<table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr><td><a href="AddTopic.asp?ForumID={fid}"><img src="Skins/Default/Images/NewTopic.gif" alt="发表新帖" border="0" /></a> <a href="AddPost.asp?ThreadID={tid}"><img src="Skins/Default/Images/Reply.gif" alt="回复帖子" border="0" /></a></td>
<td align="right">{pager(tid, cur, total)}</td></tr>
</table>
<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td colspan="2">&nbsp;<b>快速回复</b></td></tr>
<tr class="a4"><td width="160" valign="top"><b>内容</b><br />您还没有登录，只有登录后才能回复帖子。<br /><a href="Login.asp">登录</a> | <a href="CreateUser.asp">注册</a></td>
<td><textarea name="Body" rows="6" cols="90" disabled="disabled"></textarea><br /><input type="submit" value=" 发 表 " disabled="disabled" /> <input type="reset" value=" 重 写 " disabled="disabled" /> [完成后可按 Ctrl+Enter 发布]</td></tr>
</table>
<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td>&nbsp;<b>相关主题</b></td><td width="140" align="center">作者</td><td width="160" align="center">发表时间</td></tr>
{"".join(f'<tr class="a4"><td>&nbsp;<a href="ShowPost.asp?ThreadID={t}">{s}</a></td><td align="center">{a}</td><td align="center">{d}</td></tr>' for t, s, a, d in related)}
</table>
"""
    title = f"{subject} - {forum} - {FORUM} - Powered by BBSXP"
    return head(title, subject, fid, crumb) + top + "".join(posts) + bottom + FOOT


def br(paras):
    return "<br />".join("　　" + p for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "BBSXP 2008 SP2 (ASP) forum, stock Default skin, ShowPost.asp?ThreadID=N topics (GBK)",
        encoding="gbk",
        content_type="text/html; Charset=gb2312",
    )
    s1, s2 = SPEECHES["f43a-1"], SPEECHES["f43a-2"]
    t1, t2 = 20917, 26354
    subj1 = "县长在全县供销合作社综合改革推进会上的讲话"
    subj2 = "在母校建校六十周年庆典上的校友代表发言（全文）"

    sign1 = "河西在线，河西人自己的网上家园。"
    msg1 = br(s1.paras)
    posts1 = [post(t1, t1, 1, "河西老周", "2009-3-16 20:41:11", msg1, subj1, sign1)]
    replies1 = [
        ("稻香村", "2009-3-16 21:03:27", "化肥涨价太厉害了，农资配送点能早点建到我们村就好了。"),
        ("老棉农", "2009-3-16 21:30:45", "棉花收购这块说得对，去年棉花贩子压价压得厉害。"),
        ("西湾人家", "2009-3-16 22:15:02", "我们镇的供销社门市部早就租出去卖衣服了，牌子都锈了。"),
        ("跑运输的", "2009-3-17 7:48:19", "支持，希望说到做到。"),
        ("稻香村", "2009-3-17 8:22:36", "农家店统一进货是好事，现在小卖部假货太多。"),
        ("老棉农", "2009-3-17 9:10:58", "老职工的社保问题拖了十几年了，这次能解决吗？"),
        ("西湾人家", "2009-3-17 10:02:13", "楼上的，讲话里说了，县社要摸清底数拿出方案，等着看吧。"),
        ("跑运输的", "2009-3-17 12:31:40", "顶一下。"),
        ("稻香村", "2009-3-17 19:05:22", "老周辛苦，打这么多字。"),
        ("河西老周", "2009-3-17 20:17:09", "不客气，讲话稿是县社发到乡镇的，我只是照着打出来。"),
    ]
    for i, (name, when, text) in enumerate(replies1[:9], start=2):
        posts1.append(post(t1, 88410 + i * 3, i, name, when, text))
    posts1b = [post(t1, 88470, 11, "河西老周", replies1[9][1], replies1[9][2], "", sign1)]
    posts1b += [
        post(t1, 88502, 12, "老棉农", "2009-3-18 8:40:31", "春耕农资那段要落实到位，去年就出过假种子的事。"),
        post(t1, 88519, 13, "西湾人家", "2009-3-19 14:12:55", "今天看到县社的人到我们镇上看网点了。"),
    ]
    related1 = [(t2, subj2, "一中87届", "2010-10-9 21:36:20"), (20855, "全县春耕生产工作会议召开", "河西老周", "2009-3-10 16:02:44")]
    p1 = topic_page(3, t1, subj1, 1863, 12, 1, 2, posts1, related1)
    p1b = topic_page(3, t1, subj1, 1863, 12, 2, 2, posts1b, related1)
    fam.route(f"/ShowPost.asp?ThreadID={t1}", f"/ShowPost/{t1}-1.html", p1)
    fam.route(f"/ShowPost.asp?ThreadID={t1}&PageIndex=1", f"/ShowPost/{t1}-1.html", p1)
    fam.route(f"/ShowPost.asp?ThreadID={t1}&PageIndex=2", f"/ShowPost/{t1}-2.html", p1b)
    fam.doc([f"/ShowPost.asp?ThreadID={t1}"], s1, title=subj1, published_at="2009-03-16")

    intro2 = '<font color="#0000FF">今天上午母校六十周年校庆，我们87届的师兄代表校友在大会上发言，好多老同学听哭了。征得师兄同意，把发言稿发上来，给没能回去的校友们看看。</font>'
    msg2 = intro2 + "<br /><br />" + br(s2.paras) + '<br /><br /><font color="#999999">[本帖最后由 一中87届 于 2010-10-9 21:52:08 编辑]</font>'
    posts2 = [
        post(t2, t2, 1, "一中87届", "2010-10-9 21:36:20", msg2, subj2, "一中人，永远的一中人。"),
        post(t2, 90233, 2, "桂花树下", "2010-10-9 22:04:51", "看到刘老师那段，眼睛湿了。我也是刘老师带出来的。"),
        post(t2, 90240, 3, "东山小李", "2010-10-10 8:15:36", "奖教助学基金怎么捐？留个联系方式吧。"),
        post(t2, 90251, 4, "一中87届", "2010-10-10 9:02:10", "楼上的，校友会正在筹备，过几天发通知。"),
    ]
    related2 = [(t1, subj1, "河西老周", "2009-3-16 20:41:11")]
    p2 = topic_page(7, t2, subj2, 952, 3, 1, 1, posts2, related2)
    fam.route(f"/ShowPost.asp?ThreadID={t2}", f"/ShowPost/{t2}-1.html", p2)
    fam.doc([f"/ShowPost.asp?ThreadID={t2}"], s2, title=subj2, published_at="2010-10-09")

    def forum_page(fid, rows, topics, posts_n):
        forum = FORUMS[fid]
        body = "".join(
            f"""<tr class="a4">
<td align="center" width="30"><img src="Skins/Default/Images/Topic.gif" alt="" /></td>
<td><a href="ShowPost.asp?ThreadID={t}">{s}</a>{' <span class="Pager">[<a href="ShowPost.asp?ThreadID=' + str(t) + '&amp;PageIndex=2">2</a>]</span>' if pages > 1 else ''}</td>
<td align="center" width="110"><a href="Profile.asp?UserName={a}" target="_blank">{a}</a><br /><span class="Date">{d}</span></td>
<td align="center" width="80">{r} / {v}</td>
<td width="150">{last}<br />by <a href="Profile.asp?UserName={lu}" target="_blank">{lu}</a></td>
</tr>
"""
            for t, s, a, d, r, v, last, lu, pages in rows
        )
        crumb = f' → <a href="ShowForum.asp?ForumID={fid}">{forum}</a>'
        return (
            head(f"{forum} - {FORUM} - Powered by BBSXP", forum, fid, crumb)
            + f"""<table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr><td><a href="AddTopic.asp?ForumID={fid}"><img src="Skins/Default/Images/NewTopic.gif" alt="发表新帖" border="0" /></a></td>
<td align="right">版主：<a href="Profile.asp?UserName=河西老周">河西老周</a>　主题：{topics}　帖子：{posts_n}　共 3 页 <b>[1]</b> <a href="ShowForum.asp?ForumID={fid}&amp;PageIndex=2">[2]</a> <a href="ShowForum.asp?ForumID={fid}&amp;PageIndex=3">[3]</a> <a href="ShowForum.asp?ForumID={fid}&amp;PageIndex=2">下一页</a></td></tr>
</table>
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td colspan="2" align="center">主题</td><td align="center">作者</td><td align="center">回复/查看</td><td align="center">最后发表</td></tr>
{body}</table>
"""
            + FOOT
        )

    f3 = forum_page(3, [
        (t1, subj1, "河西老周", "2009-3-16", 12, 1863, "2009-3-19 14:12:55", "西湾人家", 2),
        (20855, "全县春耕生产工作会议召开", "河西老周", "2009-3-10", 3, 402, "2009-3-11 9:30:21", "稻香村", 1),
    ], 1208, 9630)
    f7 = forum_page(7, [(t2, subj2, "一中87届", "2010-10-9", 3, 952, "2010-10-10 9:02:10", "一中87届", 1)], 316, 2214)
    fam.route("/ShowForum.asp?ForumID=3", "/ShowForum/3-1.html", f3)
    fam.route("/ShowForum.asp?ForumID=7", "/ShowForum/7-1.html", f7)

    home = head(f"{FORUM} - Powered by BBSXP", FORUM, 0, "")
    home += f"""<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a4"><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><img src="Skins/Default/Images/Affiche.gif" align="absmiddle" alt="" /> <a href="Affiche.asp">关于规范发帖标题的通知</a> (2009-1-5)</marquee></td></tr>
</table>
<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td colspan="2">&nbsp;<b>河西家园</b></td><td align="center" width="70">主题</td><td align="center" width="70">帖子</td><td align="center" width="200">最后发表</td></tr>
<tr class="a4"><td align="center" width="40"><img src="Skins/Default/Images/Forum_New.gif" alt="" /></td><td><a href="ShowForum.asp?ForumID=3"><b>乡镇动态</b></a><br />乡镇新闻、会议讲话、政策通知<br />版主：河西老周</td><td align="center">1208</td><td align="center">9630</td><td><a href="ShowPost.asp?ThreadID={t1}">{subj1[:14]}…</a><br />by 西湾人家 2009-3-19</td></tr>
<tr class="a4"><td align="center"><img src="Skins/Default/Images/Forum_New.gif" alt="" /></td><td><a href="ShowForum.asp?ForumID=7"><b>校友之家</b></a><br />河西一中、二中校友交流<br />版主：一中87届</td><td align="center">316</td><td align="center">2214</td><td><a href="ShowPost.asp?ThreadID={t2}">{subj2[:14]}…</a><br />by 一中87届 2010-10-10</td></tr>
</table>
<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td>&nbsp;<b>论坛统计</b></td></tr>
<tr class="a4"><td>今日帖子：<b>23</b>　昨日帖子：<b>61</b>　最高日帖：<b>412</b>　主题总数：<b>4817</b>　帖子总数：<b>39526</b>　注册会员：<b>1733</b>　欢迎新会员：<a href="Profile.asp?UserName=东山小李">东山小李</a></td></tr>
<tr class="a1"><td>&nbsp;<b>在线用户</b> - 共 <b>18</b> 人在线，其中会员 2 人，游客 16 人　[<a href="Online.asp">查看详细在线列表</a>]</td></tr>
</table>
<br />
<table cellspacing="1" cellpadding="5" width="100%" border="0" class="a2">
<tr class="a1"><td>&nbsp;<b>友情链接</b></td></tr>
<tr class="a4"><td><a href="http://www.hexi-xian.test/" target="_blank">河西县人民政府</a>　<a href="http://www.bbsxp.com/" target="_blank">BBSXP官方站</a></td></tr>
</table>
"""
    home += FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Login.asp\nDisallow: /CreateUser.asp\nDisallow: /Manage.asp\nDisallow: /Admin_\n")
    fam.site_note = "IIS/ASP with Response.Charset: header `text/html; Charset=gb2312`, gb2312 meta, GBK bytes."
    fam.not_documents += [
        "/",
        "/ShowForum.asp?ForumID=3",
        "/ShowForum.asp?ForumID=7",
        f"/ShowPost.asp?ThreadID={t1}&PageIndex=2",
    ]
    fam.noise += [
        "河西在线，河西人自己的网上家园",
        "农资配送点能早点建到我们村就好了",
        "讲话稿是县社发到乡镇的",
        "征得师兄同意",
        "本帖最后由 一中87届",
        "看到刘老师那段，眼睛湿了",
        "一中人，永远的一中人",
        "湘ICP备08104231号",
        "Powered by",
        "发表于：",
    ]
    return fam
