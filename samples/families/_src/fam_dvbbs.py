"""动网论坛 DVBBS 8.2 (ASP, Access/MSSQL) topic pages, default skin, GB2312 meta with GBK bytes.

`index.asp` → `list.asp?boardid=N` → `dispbbs.asp?boardid=N&ID=M&page=P` (P = the list page the topic was
found on) and `&star=S` for the topic's own page S (10 floors a page). The DVBBS furniture: `tableborder1`
tables, the 您现在的位置是 → crumbs, the topic bar (本主题贴数, 分页, 上一主题 / 下一主题, 打印本页, 收藏),
floors with the user cell (头衔 / 等级 / 帖子 / 积分 / 威望 / 精华 / 注册), `楼主` / `第N楼` labels, the subject
line with its emotion image, the message in `div#textstyle_N`, the signature line image,
`Post By：2010-4-18 9:35:00` and [信息] [搜索] [引用] [回复] links, the quick-reply login box, the
Powered By Dvbbs footer with execution time and ICP. Topic 1's poster ran out of time after the first half
and went on in his own floor 11, on the topic's page 2 (`&star=2`): the speech is his two floors joined over
both pages. Topic 2 is one floor; the replies are not documents."""

from common import SPEECHES, Family

HOST = "bbs.dongwang-cunzhen.test"
FORUM = "清溪镇论坛"
BOARDS = {5: "镇村工作", 8: "企业天地"}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@,清溪镇,清溪论坛,动网,dvbbs" />
<meta name="description" content="@@KW@@" />
<link rel="stylesheet" type="text/css" href="skins/default/style.css" />
<script type="text/javascript" src="inc/main.js"></script>
<script type="text/javascript" src="inc/dv_ajax.js"></script>
<script type="text/javascript">
var Dvbbs_Skin = 'default';
var BoardID = @@BID@@;
var Forum_Name = '清溪镇论坛';
</script>
</head>
<body>
<a name="top"></a>
<div class="mainbar0">
<table cellspacing="0" cellpadding="0" align="center" class="top_tdbgall" style="width:98%">
<tr>
<td class="top_logo"><a href="index.asp"><img src="skins/default/logo.gif" alt="清溪镇论坛" border="0" /></a></td>
<td class="top_ad" align="right"><a href="http://www.qingxi-zhen.test/" target="_blank"><img src="UploadFile/ad/top_banner.gif" width="468" height="60" border="0" alt="" /></a></td>
</tr>
</table>
<table cellspacing="0" cellpadding="0" align="center" class="menu_table" style="width:98%">
<tr><td class="menu">
<a href="index.asp">论坛首页</a> | <a href="login.asp">登录</a> | <a href="reg.asp">注册</a> | <a href="usermanager.asp">控制面板</a> | <a href="query.asp?stype=3">搜索</a> | <a href="boardhelp.asp">帮助</a> | <a href="plus_tools_center.asp">插件</a> | <a href="showfriend.asp">论坛展区</a> | <a href="skins.asp">风格</a>
</td></tr>
</table>
</div>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><td class="tablebody1" height="25">
<img src="skins/default/nav.gif" border="0" alt="" /> 您现在的位置是：<a href="index.asp">清溪镇论坛</a>@@CRUMB@@
</td>
<td class="tablebody1" align="right">欢迎您，<b>游客</b>！[<a href="login.asp">登录</a>] [<a href="reg.asp">注册</a>]</td></tr>
</table>
"""

FOOT = """<br />
<table cellspacing="0" cellpadding="0" align="center" style="width:98%">
<tr><td align="center" class="copyright">
<a href="index.asp">清溪镇论坛</a> | <a href="boardhelp.asp">论坛帮助</a> | <a href="boardpermission.asp">论坛规则</a> | <a href="mailto:admin@qingxi-zhen.test">联系我们</a> | <a href="#top">返回顶部</a><br />
Copyright &copy;2006 - 2012 qingxi-zhen.test<br />
Powered By <a href="http://www.dvbbs.net/" target="_blank"><b>Dvbbs</b></a> Version 8.2.0<br />
页面执行时间 0.09375 秒, 5 次数据查询<br />
<a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备08021736号</a>
</td></tr>
</table>
<script type="text/javascript" src="http://s92.cnzz.com/stat.php?id=1328852&amp;web_id=1328852" language="JavaScript"></script>
</body>
</html>
"""

USERS = {
    "清溪老王": (117, "镇村干部", "论坛版主", 5, 1362, 5120, 86, 12, "2006-9-3 20:11:00"),
    "溪边人": (420, "", "业余侠客", 3, 288, 902, 3, 0, "2008-2-17 9:42:00"),
    "小河流水": (903, "", "论坛游民", 2, 97, 315, 0, 0, "2009-11-5 15:20:00"),
    "柳塘二队": (1210, "", "论坛游民", 1, 41, 133, 0, 0, "2010-3-22 8:06:00"),
    "安全员老陈": (655, "安全员", "职业侠客", 4, 512, 1780, 12, 2, "2008-8-8 10:30:00"),
    "钢花飞溅": (1588, "", "论坛游民", 2, 76, 240, 0, 0, "2011-4-30 21:15:00"),
}

ACTIONS = {5: "清溪镇论坛"}


def user_cell(name):
    uid, title, level, star, posts, score, wei, good, reg = USERS[name]
    return f"""<td class="tablebody1" valign="top" width="175" style="width:175px">
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td><a name="u{uid}"></a><b><a href="dispuser.asp?id={uid}" target="_blank">{name}</a></b></td></tr>
<tr><td><img src="images/userface/image{uid % 20 + 1}.gif" width="80" height="80" alt="" /><br />
头衔：{title}<br />
等级：<img src="skins/default/star/level{star}.gif" alt="" /><br />{level}<br />
帖子：{posts}<br />
积分：{score}<br />
威望：{wei}<br />
精华：{good}<br />
注册：{reg}</td></tr>
</table>
</td>"""


def floor(bid, tid, page, no, pid, name, when, msg, subject="", sign=""):
    uid = USERS[name][0]
    label = "楼主" if no == 1 else f"第{no}楼"
    subj = subject if no == 1 else ""
    sig = (
        f'<br /><br /><img src="skins/default/sigline.gif" alt="" /><br /><div class="signature">{sign}</div>'
        if sign
        else ""
    )
    return f"""<a name="{pid}"></a>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%;table-layout:fixed;word-break:break-all">
<tr>
{user_cell(name)}
<td class="tablebody1" valign="top">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="dispbbs_floor"><a href="dispuser.asp?id={uid}" target="_blank" title="查看{name}的个人资料"><img src="skins/default/profile.gif" border="0" alt="信息" /></a> <a href="query.asp?stype=1&amp;nSearch=3&amp;keyword={name}&amp;SearchDate=ALL&amp;boardid=0" target="_blank" title="搜索{name}的所有帖子"><img src="skins/default/find.gif" border="0" alt="搜索" /></a> <a href="messanger.asp?action=new&amp;touser={name}" target="_blank" title="给{name}发送短信"><img src="skins/default/message.gif" border="0" alt="短信" /></a> <a href="friendlist.asp?action=addF&amp;myFriend={name}" target="_blank" title="把{name}加入好友"><img src="skins/default/friend.gif" border="0" alt="好友" /></a> <a href="reannounce.asp?boardid={bid}&amp;replyid={pid}&amp;id={tid}&amp;star={page}&amp;reply=true"><img src="skins/default/quote.gif" border="0" alt="引用" /></a> <a href="reannounce.asp?boardid={bid}&amp;replyid={pid}&amp;id={tid}&amp;star={page}"><img src="skins/default/reply.gif" border="0" alt="回复" /></a></td>
<td align="right" class="dispbbs_floor"><b>{label}</b></td>
</tr></table>
<hr size="1" class="hr1" />
<img src="skins/default/topicface/face1.gif" alt="" border="0" /> <b>{subj}</b><br /><br />
<div id="textstyle_{no - 1}" style="font-size:9pt;width:98%;word-break:break-all;overflow:hidden;">{msg}</div>{sig}
</td>
</tr>
<tr>
<td class="tablebody2" valign="middle" align="center"><a href="#top"><img src="skins/default/p_up.gif" alt="回到顶部" border="0" /></a></td>
<td class="tablebody2" valign="middle"><table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="skins/default/posttime.gif" alt="" /> Post By：{when}</td><td align="right"><a href="dispbbs.asp?boardid={bid}&amp;ID={tid}&amp;replyID={pid}&amp;skin=1">[只看该作者]</a> <a href="reannounce.asp?boardid={bid}&amp;replyid={pid}&amp;id={tid}&amp;star={page}&amp;reply=true">[引用]</a> <a href="bbsmanage.asp?action=del&amp;boardid={bid}&amp;id={tid}&amp;replyid={pid}">[删除]</a> <a href="report.asp?boardid={bid}&amp;id={tid}&amp;replyid={pid}">[举报]</a></td></tr></table></td>
</tr>
</table>
"""


def topic_bar(bid, tid, page, star, stars, count, subject):
    pager = ""
    for i in range(1, stars + 1):
        pager += (
            f" <font color=\"#FF0000\"><b>[{i}]</b></font>"
            if i == star
            else f' <a href="dispbbs.asp?boardid={bid}&amp;ID={tid}&amp;page={page}&amp;star={i}">[{i}]</a>'
        )
    return f"""<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><td class="tablebody2" height="25">
<a href="announce.asp?boardid={bid}"><img src="skins/default/post.gif" border="0" alt="发表一个新主题" /></a> <a href="reannounce.asp?boardid={bid}&amp;id={tid}&amp;star={star}"><img src="skins/default/mreply.gif" border="0" alt="回复主题" /></a>
</td>
<td class="tablebody2" align="right">本主题贴数<b>{count}</b>，分页：{pager}</td></tr>
<tr><th colspan="2" align="left" height="25">* 帖子主题：{subject}</th></tr>
<tr><td class="tablebody1" colspan="2" align="right"><a href="dispbbs.asp?boardid={bid}&amp;ID={tid}&amp;skin=1&amp;action=prev">上一主题</a> | <a href="dispbbs.asp?boardid={bid}&amp;ID={tid}&amp;skin=1&amp;action=next">下一主题</a> | <a href="printpage.asp?boardid={bid}&amp;id={tid}" target="_blank">打印本页</a> | <a href="favadd.asp?boardid={bid}&amp;id={tid}" target="_blank">收藏本帖</a> | <a href="sendpage.asp?boardid={bid}&amp;id={tid}">发送本页给朋友</a></td></tr>
</table>
"""


def topic_page(bid, tid, page, star, stars, count, subject, floors, related):
    board = BOARDS[bid]
    title = f"{subject} - {board} - {FORUM}"
    crumb = f' → <a href="list.asp?boardid={bid}">{board}</a> → 浏览：{subject}'
    head = (
        HEAD.replace("@@TITLE@@", title)
        .replace("@@KW@@", subject)
        .replace("@@BID@@", str(bid))
        .replace("@@CRUMB@@", crumb)
    )
    rel = "".join(
        f'<tr><td class="tablebody1">&nbsp;<img src="skins/default/topicface/face1.gif" alt="" /> <a href="dispbbs.asp?boardid={b}&amp;ID={t}&amp;page=1">{s}</a></td><td class="tablebody1" align="center">{d}</td></tr>'
        for b, t, s, d in related
    )
    return (
        head
        + topic_bar(bid, tid, page, star, stars, count, subject)
        + "".join(floors)
        + topic_bar(bid, tid, page, star, stars, count, subject)
        + f"""<br />
<form name="frmAnnounce" method="post" action="SaveReAnnounce.asp?method=fastreply&amp;BoardID={bid}">
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th colspan="2" align="left">快速回复：{subject}</th></tr>
<tr><td class="tablebody1" width="20%"><b>您目前的身份是：</b></td><td class="tablebody1">游客 [<a href="login.asp">登录</a>] [<a href="reg.asp">注册</a>]　只有注册用户才能回复帖子</td></tr>
<tr><td class="tablebody1"><b>内容</b></td><td class="tablebody1"><textarea name="Body" cols="95" rows="6" disabled="disabled"></textarea></td></tr>
<tr><td class="tablebody2" colspan="2" align="center"><input type="submit" value="OK!发表回复" disabled="disabled" /></td></tr>
</table>
</form>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th align="left">&nbsp;相关主题</th><th width="160">发表时间</th></tr>
{rel}
</table>
<table cellspacing="0" cellpadding="3" align="center" style="width:98%"><tr><td align="right">
<select onchange="if(this.options[this.selectedIndex].value!=''){{location.href='list.asp?boardid='+this.options[this.selectedIndex].value;}}"><option value="">跳转论坛至...</option><option value="5">╋镇村工作</option><option value="8">╋企业天地</option></select>
</td></tr></table>
"""
        + FOOT
    )


def br(paras):
    return "<br />".join("　　" + p for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "动网论坛 DVBBS 8.2 (ASP), default skin, dispbbs.asp topic pages (GB2312 meta, GBK bytes)",
        encoding="gbk",
        content_type="text/html",
    )
    s1, s2 = SPEECHES["f40a-1"], SPEECHES["f40a-2"]
    t1, t2 = 3817, 5204
    subj1 = "王镇长在全镇农村人居环境整治现场推进会上的讲话"
    subj2 = "[转帖]董事长在公司2011年度安全生产表彰大会上的讲话"

    # topic 1 (board 5): 楼主 with the first half, replies, the rest in his floor 11 on page 2
    cut = 5
    part1, part2 = s1.paras[:cut], s1.paras[cut:]
    msg1a = "昨天下午在石桥村开的现场会，镇长的讲话稿党政办发到各村了，我打了一遍发上来，大家都看看，回头各村都要对照着落实。先发前面一半，后面的晚上接着打。<br /><br />" + br(part1)
    msg1b = "接着发后半部分：<br /><br />" + br(part2) + "<br /><br />（全文完）"
    sign_wang = "清溪是我家，建设靠大家。"
    rep1 = [
        ("溪边人", "2010-4-17 22:31:08", "顶一个，我们柳塘村这次算是被表扬了，哈哈。"),
        ("小河流水", "2010-4-17 22:45:51", "改厕这个事，说了好几年了，这次总算有钱补了。"),
        ("柳塘二队", "2010-4-18 7:12:40", "后半部分呢？坐等。"),
        ("溪边人", "2010-4-18 8:03:17", "保洁员工资谁出？村里哪有钱。"),
        ("小河流水", "2010-4-18 8:40:22", "楼上的，镇里说了以奖代补，看后面的讲话就知道了。"),
        ("柳塘二队", "2010-4-18 9:15:09", "我们队的垃圾池上个礼拜已经砌好了。"),
        ("溪边人", "2010-4-18 10:26:33", "支持王镇长，说到做到就好。"),
        ("小河流水", "2010-4-18 12:02:45", "楼主还没发完？"),
        ("柳塘二队", "2010-4-18 13:30:10", "等后面的。"),
    ]
    fl1 = [floor(5, t1, 1, 1, t1, "清溪老王", "2010-4-17 21:58:36", msg1a, subj1, sign_wang)]
    for i, (name, when, text) in enumerate(rep1, start=2):
        fl1.append(floor(5, t1, 1, i, 20110 + i * 7, name, when, text))
    fl1b = [
        floor(5, t1, 2, 11, 20203, "清溪老王", "2010-4-18 20:47:12", msg1b, "", sign_wang),
        floor(5, t1, 2, 12, 20211, "溪边人", "2010-4-18 21:05:40", "全了，谢谢老王。资金要公示这条好。"),
        floor(5, t1, 2, 13, 20230, "柳塘二队", "2010-4-19 6:50:02", "五月份县里观摩，我们柳塘要争口气。"),
    ]
    related1 = [(8, t2, subj2, "2012-1-21 16:40:00"), (5, 3790, "关于做好春季造林绿化工作的通知", "2010-3-9 9:12:00")]
    p1 = topic_page(5, t1, 1, 1, 2, 13, subj1, fl1, related1)
    p2 = topic_page(5, t1, 1, 2, 2, 13, subj1, fl1b, related1)
    fam.route(f"/dispbbs.asp?boardid=5&ID={t1}&page=1", f"/dispbbs/5-{t1}-1.html", p1)
    fam.route(f"/dispbbs.asp?boardid=5&ID={t1}&page=1&star=1", f"/dispbbs/5-{t1}-1.html", p1)
    fam.route(f"/dispbbs.asp?boardid=5&ID={t1}&page=1&star=2", f"/dispbbs/5-{t1}-2.html", p2)
    fam.doc(
        [f"/dispbbs.asp?boardid=5&ID={t1}&page=1", f"/dispbbs.asp?boardid=5&ID={t1}&page=1&star=2"],
        s1,
        title=subj1,
        published_at="2010-04-17",
    )

    # topic 2 (board 8): one floor, replies
    msg2 = "<font color=\"#0000FF\">转自公司内网，安全科发的通知里附的讲话全文。</font><br /><br />" + br(s2.paras)
    fl2 = [
        floor(8, t2, 1, 1, t2, "安全员老陈", "2012-1-21 16:40:00", msg2, subj2, "安全第一，预防为主，综合治理。"),
        floor(8, t2, 1, 2, 31880, "钢花飞溅", "2012-1-21 17:02:13", "二车间机修班确实厉害，去年那次管道泄漏我也在。"),
        floor(8, t2, 1, 3, 31884, "溪边人", "2012-1-21 18:20:59", "安全是职工最大的福利，这句话说得好。"),
        floor(8, t2, 1, 4, 31902, "钢花飞溅", "2012-1-22 9:11:30", "年终奖发了没有？"),
    ]
    related2 = [(5, t1, subj1, "2010-4-17 21:58:36")]
    p3 = topic_page(8, t2, 1, 1, 1, 4, subj2, fl2, related2)
    fam.route(f"/dispbbs.asp?boardid=8&ID={t2}&page=1", f"/dispbbs/8-{t2}-1.html", p3)
    fam.route(f"/dispbbs.asp?boardid=8&ID={t2}&page=1&star=1", f"/dispbbs/8-{t2}-1.html", p3)
    fam.doc([f"/dispbbs.asp?boardid=8&ID={t2}&page=1"], s2, title=subj2, published_at="2012-01-21")

    # board lists
    def listing(bid, rows):
        board = BOARDS[bid]
        head = (
            HEAD.replace("@@TITLE@@", f"{board} - {FORUM}")
            .replace("@@KW@@", board)
            .replace("@@BID@@", str(bid))
            .replace("@@CRUMB@@", f" → {board}")
        )
        body = "".join(
            f"""<tr>
<td class="tablebody2" align="center" width="32"><img src="skins/default/folder.gif" alt="开放主题" /></td>
<td class="tablebody1" width="*"><img src="skins/default/topicface/face1.gif" alt="" /> <a href="dispbbs.asp?boardid={bid}&amp;ID={t}&amp;page=1" title="{s}">{s}</a></td>
<td class="tablebody2" align="center" width="80"><a href="dispuser.asp?name={a}" target="_blank">{a}</a></td>
<td class="tablebody1" align="center" width="64">{r}/{v}</td>
<td class="tablebody2" width="195">&nbsp;{last}&nbsp;<font color="#FF0000">|</font>&nbsp;<a href="dispuser.asp?name={lu}" target="_blank">{lu}</a></td>
</tr>
"""
            for t, s, a, r, v, last, lu in rows
        )
        return (
            head
            + f"""<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><td class="tablebody1">版主：<a href="dispuser.asp?name=清溪老王">清溪老王</a>　　今日帖子：3　主题：218　帖子：2961</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th width="32">状态</th><th>主　题</th><th width="80">作　者</th><th width="64">回复/人气</th><th width="195">最后更新 | 回复人</th></tr>
{body}</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><td class="tablebody2">本版共有主题 218 个，每页显示 20 个，分页： <font color="#FF0000"><b>[1]</b></font> <a href="list.asp?boardid={bid}&amp;page=2">[2]</a> <a href="list.asp?boardid={bid}&amp;page=2">[下一页]</a></td></tr>
</table>
"""
            + FOOT
        )

    l5 = listing(5, [(t1, subj1, "清溪老王", 12, 1043, "2010-4-19 6:50:02", "柳塘二队"), (3790, "关于做好春季造林绿化工作的通知", "清溪老王", 2, 311, "2010-3-10 8:20:41", "溪边人")])
    l8 = listing(8, [(t2, subj2, "安全员老陈", 3, 688, "2012-1-22 9:11:30", "钢花飞溅")])
    fam.route("/list.asp?boardid=5", "/list/5-1.html", l5)
    fam.route("/list.asp?boardid=8", "/list/8-1.html", l8)

    home = (
        HEAD.replace("@@TITLE@@", f"{FORUM} - 清溪镇网上家园")
        .replace("@@KW@@", FORUM)
        .replace("@@BID@@", "0")
        .replace("@@CRUMB@@", "")
    )
    home += f"""<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th colspan="4" align="left">&nbsp;<img src="skins/default/dvbbs_cat.gif" alt="" /> 清溪家园</th></tr>
<tr><td class="tablebody2" width="46" align="center"><img src="skins/default/forum_new.gif" alt="" /></td><td class="tablebody1"><a href="list.asp?boardid=5"><b>镇村工作</b></a><br />镇村工作动态、会议讲话、政策通知</td><td class="tablebody2" width="100" align="center">218 / 2961</td><td class="tablebody1" width="210">主题：<a href="dispbbs.asp?boardid=5&amp;ID={t1}&amp;page=1">{subj1[:12]}...</a><br />作者：清溪老王</td></tr>
<tr><td class="tablebody2" align="center"><img src="skins/default/forum_new.gif" alt="" /></td><td class="tablebody1"><a href="list.asp?boardid=8"><b>企业天地</b></a><br />镇内企业交流、招工信息</td><td class="tablebody2" align="center">96 / 1022</td><td class="tablebody1">主题：<a href="dispbbs.asp?boardid=8&amp;ID={t2}&amp;page=1">{subj2[:12]}...</a><br />作者：安全员老陈</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="width:98%">
<tr><th align="left">-=&gt; 用户来访资料</th></tr>
<tr><td class="tablebody1">今日帖子：<b>7</b>　昨日帖子：<b>19</b>　最高日帖：<b>203</b>　主题数：<b>2630</b>　帖子数：<b>31902</b>　会员数：<b>1588</b>　新进会员：<b>钢花飞溅</b></td></tr>
</table>
"""
    home += FOOT
    fam.route("/index.asp", "/index.html", home)
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.asp\nDisallow: /reg.asp\nDisallow: /usermanager.asp\n")
    fam.site_note = "IIS/ASP: header text/html with no charset; the pages say gb2312 in the meta tag and the bytes are GBK."
    fam.not_documents += [
        "/",
        "/list.asp?boardid=5",
        "/list.asp?boardid=8",
        f"/dispbbs.asp?boardid=5&ID={t1}&page=1&star=2",
    ]
    fam.noise += [
        "先发前面一半",
        "接着发后半部分",
        "（全文完）",
        "清溪是我家，建设靠大家",
        "转自公司内网",
        "后半部分呢？坐等",
        "资金要公示这条好",
        "年终奖发了没有",
        "Post By",
        "浙ICP备08021736号",
        "安全第一，预防为主，综合治理",
    ]
    return fam
