"""LeadBBS (雷迪, ASP) forum topic pages, about 2013, default skin, GB2312 meta with GBK bytes.

`/` (= `Boards.asp`) → board lists `b/b.asp?B=N` → topics `a/a.asp?B=N&ID=M` (query routes, relative
`../` links as LeadBBS prints them from its sub-folders). The furniture: the top bar (登录 / 注册 / 帮助 /
搜索 / 风格), the `您的位置` crumbs, the topic head (标题, 浏览 / 回复 counts, 上一主题 / 下一主题, 发表新帖 / 回复),
floors as tables with the author cell (avatar, 头衔, 等级 stars, 积分, 帖数, 注册) and the post head
(`楼主` / `N楼`, `发表于 2013-8-29 9:41:00`, 只看楼主), message in `div.a_content`, signature under
the `sign_line`, 引用 / 回复 / 编辑 / 举报 bar; the quick-reply login prompt, 相关主题, the LeadBBS
copyright and ICP footer. Topic 1's speech is the first floor under the poster's own line; topic 2's
poster went on in his own 2楼 (`（续一楼）`): the speech is his two floors joined. Replies are not
documents."""

from common import SPEECHES, Family

HOST = "bbs.leadbbs-jiaoyu.test"
FORUM = "桐乡教育论坛"
BOARDS = {3: "教育动态", 11: "基层党建"}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@KW@@ - 桐乡教育论坛" />
<link rel="stylesheet" type="text/css" href="@@R@@inc/css/common.css" />
<link rel="stylesheet" type="text/css" href="@@R@@images/style/0/style.css" />
<script type="text/javascript" src="@@R@@inc/js/common.js"></script>
<script type="text/javascript">var DEF_BBS_HomeUrl = "@@R@@", GBL_CHK_User = "", GBL_UserID = 0;</script>
</head>
<body>
<div class="wrap">
<div class="top_bar">
<span class="top_bar_left">欢迎光临桐乡教育论坛！</span>
<span class="top_bar_right"><a href="@@R@@User/Login.asp">登录</a> | <a href="@@R@@User/Reg.asp">注册</a> | <a href="@@R@@Help/Help.asp">帮助</a> | <a href="@@R@@Search/Search.asp">搜索</a> | <a href="@@R@@User/Style.asp">风格</a> | <a href="@@R@@Boards.asp">论坛首页</a></span>
</div>
<div class="head_logo"><a href="@@R@@Boards.asp"><img src="@@R@@images/style/0/logo.gif" alt="桐乡教育论坛" /></a><div class="head_ad"><a href="http://www.tongxiang-edu.test/" target="_blank"><img src="@@R@@images/ad/edu_banner.gif" width="468" height="60" alt="" /></a></div></div>
<div class="nav_menu"><ul><li><a href="@@R@@Boards.asp">论坛首页</a></li><li><a href="@@R@@b/b.asp?B=3">教育动态</a></li><li><a href="@@R@@b/b.asp?B=11">基层党建</a></li><li><a href="@@R@@Search/NewTopic.asp">最新帖子</a></li><li><a href="@@R@@User/UserList.asp">会员列表</a></li></ul></div>
<div class="navigate_string">您的位置：<a href="@@R@@Boards.asp">桐乡教育论坛</a>@@CRUMB@@</div>
"""

FOOT = """<div class="footer">
<div class="footer_link"><a href="@@R@@Boards.asp">论坛首页</a> - <a href="@@R@@Help/Help.asp">论坛帮助</a> - <a href="@@R@@User/Online.asp">在线用户</a> - <a href="#top">返回顶部</a></div>
<div class="footer_copy">桐乡教育论坛 版权所有 Copyright &copy; 2008-2013 bbs.leadbbs-jiaoyu.test<br />
Powered by <a href="http://www.leadbbs.com/" target="_blank">LeadBBS 9.2</a> licence. Page created in 0.0625 seconds with 6 queries.<br />
<a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备10033517号</a></div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F8a71c0d2e9b34f5b6c7d8e9f0a1b2c3d' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

USERS = {
    "教育局小编": (206, "版主", 6, 3120, 1288, "2008-5-16 10:05:00"),
    "梧桐树下": (1377, "", 3, 412, 233, "2010-9-1 19:30:00"),
    "城北中学老周": (955, "", 4, 980, 516, "2009-11-20 8:12:00"),
    "支部书记老徐": (2304, "", 3, 377, 151, "2010-12-28 14:46:00"),
    "河山村民": (3019, "", 1, 56, 22, "2011-2-10 11:20:00"),
    "青蓝": (2871, "", 2, 133, 80, "2011-5-4 9:00:00"),
}


def page(rel, title, kw, crumb, body):
    return (HEAD + body + FOOT).replace("@@R@@", rel).replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@CRUMB@@", crumb)


def floor(bid, tid, no, pid, name, when, msg, sign=""):
    uid, honor, stars, score, posts, reg = USERS[name]
    label = "楼主" if no == 1 else f"{no}楼"
    sig = f'<div class="sign_line"></div><div class="a_sign">{sign}</div>' if sign else ""
    star = "".join('<img src="../images/style/0/star.gif" alt="" />' for _ in range(stars))
    return f"""<a name="F{pid}"></a>
<table class="a_table" cellspacing="0" cellpadding="0" id="Announce{pid}">
<tr>
<td class="a_user" rowspan="2" valign="top">
<div class="a_username"><a href="../User/LookUserInfo.asp?ID={uid}" target="_blank"><b>{name}</b></a></div>
<div class="a_userface"><img src="../images/face/{uid % 12 + 1}.gif" width="100" height="100" alt="" /></div>
<div class="a_userinfo">头衔：{honor}<br />等级：{star}<br />积分：{score}<br />帖数：{posts}<br />注册：{reg}</div>
</td>
<td class="a_head" valign="top">
<span class="a_floor"><a href="#F{pid}">{label}</a></span>
<span class="a_time">发表于 {when}</span>
<span class="a_only"><a href="a.asp?B={bid}&amp;ID={tid}&amp;AUserID={uid}">只看该作者</a></span>
</td>
</tr>
<tr>
<td class="a_body" valign="top">
<div class="a_content" id="Content{pid}">{msg}</div>
{sig}
<div class="a_tool"><a href="a2.asp?B={bid}&amp;ID={tid}&amp;RE={pid}&amp;Q=1">引用</a> | <a href="a2.asp?B={bid}&amp;ID={tid}&amp;RE={pid}">回复</a> | <a href="../User/Edit.asp?B={bid}&amp;ID={pid}">编辑</a> | <a href="../User/Report.asp?B={bid}&amp;ID={pid}">举报</a> | <a href="#top">顶部</a></div>
</td>
</tr>
</table>
"""


def topic(bid, tid, subject, views, replies, floors, related):
    board = BOARDS[bid]
    rel = "".join(
        f'<li><a href="a.asp?B={b}&amp;ID={t}">{s}</a> <span class="grey">{d}</span></li>' for b, t, s, d in related
    )
    body = f"""<div class="a_topic_head">
<h1 class="a_title">{subject}</h1>
<div class="a_topic_info">浏览：<b>{views}</b>　回复：<b>{replies}</b>　<a href="a.asp?B={bid}&amp;ID={tid}&amp;Flag=Prev">上一主题</a> | <a href="a.asp?B={bid}&amp;ID={tid}&amp;Flag=Next">下一主题</a></div>
<div class="a_topic_btn"><a href="a2.asp?B={bid}"><img src="../images/style/0/newtopic.gif" alt="发表新帖" /></a> <a href="a2.asp?B={bid}&amp;ID={tid}"><img src="../images/style/0/reply.gif" alt="回复" /></a></div>
</div>
<div class="a_pages">共 {replies + 1} 帖，1 页：<b>[1]</b></div>
{''.join(floors)}
<div class="a_pages">共 {replies + 1} 帖，1 页：<b>[1]</b></div>
<div class="a_quickreply"><div class="title">快速回复</div><div class="a_nologin">您还没有登录，请<a href="../User/Login.asp">登录</a>后发表回复。没有帐号？<a href="../User/Reg.asp">立即注册</a></div></div>
<div class="a_related"><div class="title">相关主题</div><ul>{rel}</ul></div>
"""
    crumb = f' &gt;&gt; <a href="../b/b.asp?B={bid}">{board}</a> &gt;&gt; {subject}'
    return page("../", f"{subject} - {board} - {FORUM}", subject, crumb, body)


def br(paras):
    return "<br />".join("　　" + p for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "LeadBBS 9 (ASP) forum, default skin, a/a.asp?B=N&ID=M topic pages (GB2312 meta, GBK bytes)",
        encoding="gbk",
        content_type="text/html",
    )
    s1, s2 = SPEECHES["f40a-3"], SPEECHES["f40a-5"]
    t1, t2 = 48213, 39607
    subj1 = "分管副县长在全县秋季开学工作会议上的讲话（全文）"
    subj2 = "镇党委书记在村“两委”换届选举工作培训会上的讲话"

    msg1 = "<font color=\"#990000\">今天上午县里开的秋季开学工作会议，副县长的讲话全文，各校请组织学习。</font><br /><br />" + br(s1.paras)
    f1 = [
        floor(3, t1, 1, 601102, "教育局小编", "2013-8-29 9:41:00", msg1, "桐乡教育论坛官方发布"),
        floor(3, t1, 2, 601118, "城北中学老周", "2013-8-29 10:02:33", "校车那一段要好好学，我们学校还有两辆车没有登记。"),
        floor(3, t1, 3, 601125, "梧桐树下", "2013-8-29 10:40:17", "农村教师补助提到三百了？什么时候开始发？"),
        floor(3, t1, 4, 601160, "青蓝", "2013-8-29 12:15:48", "严禁有偿补课，这次是动真格的了。"),
    ]
    related1 = [(11, t2, subj2, "2011-3-10"), (3, 47955, "关于做好2013年秋季学期学生资助工作的通知", "2013-8-20")]
    p1 = topic(3, t1, subj1, 2786, 3, f1, related1)
    fam.route(f"/a/a.asp?B=3&ID={t1}", f"/a/3-{t1}.html", p1)
    fam.doc([f"/a/a.asp?B=3&ID={t1}"], s1, title=subj1, published_at="2013-08-29")

    cut = 5
    part1, part2 = s2.paras[:cut], s2.paras[cut:]
    msg2a = "转一篇书记的讲话，村里换届的同志可以参考一下，字数多，分两帖发。<br /><br />" + br(part1)
    msg2b = "（续一楼）<br /><br />" + br(part2)
    f2 = [
        floor(11, t2, 1, 500233, "支部书记老徐", "2011-3-10 20:18:00", msg2a, "为人民服务"),
        floor(11, t2, 2, 500234, "支部书记老徐", "2011-3-10 20:21:45", msg2b, "为人民服务"),
        floor(11, t2, 3, 500260, "河山村民", "2011-3-11 7:35:12", "选民登记外出务工的怎么投票？委托给家里人行不行？"),
        floor(11, t2, 4, 500281, "支部书记老徐", "2011-3-11 8:50:30", "可以书面委托近亲属，每人最多接受三人委托，具体看选举办法。"),
    ]
    related2 = [(3, t1, subj1, "2013-8-29")]
    p2 = topic(11, t2, subj2, 1533, 3, f2, related2)
    fam.route(f"/a/a.asp?B=11&ID={t2}", f"/a/11-{t2}.html", p2)
    fam.doc([f"/a/a.asp?B=11&ID={t2}"], s2, title=subj2, published_at="2011-03-10")

    def listing(bid, rows):
        board = BOARDS[bid]
        trs = "".join(
            f"""<tr>
<td class="b_icon"><img src="../images/style/0/topic.gif" alt="" /></td>
<td class="b_title"><a href="../a/a.asp?B={bid}&amp;ID={t}">{s}</a></td>
<td class="b_author"><a href="../User/LookUserInfo.asp?name={a}">{a}</a><br /><span class="grey">{d}</span></td>
<td class="b_num">{r}/{v}</td>
<td class="b_last">{last}<br />by {lu}</td>
</tr>
"""
            for t, s, a, d, r, v, last, lu in rows
        )
        body = f"""<div class="b_info">版主：<a href="../User/LookUserInfo.asp?name=教育局小编">教育局小编</a>　<a href="../a/a2.asp?B={bid}"><img src="../images/style/0/newtopic.gif" alt="发表新帖" /></a></div>
<table class="b_table" cellspacing="0" cellpadding="0">
<tr class="b_thead"><td></td><td>标题</td><td>作者</td><td>回复/浏览</td><td>最后回复</td></tr>
{trs}</table>
<div class="b_pages">共 1 页：<b>[1]</b></div>
"""
        return page("../", f"{board} - {FORUM}", board, f" &gt;&gt; {board}", body)

    fam.route("/b/b.asp?B=3", "/b/3.html", listing(3, [(t1, subj1, "教育局小编", "2013-8-29", 3, 2786, "2013-8-29 12:15", "青蓝")]))
    fam.route("/b/b.asp?B=11", "/b/11.html", listing(11, [(t2, subj2, "支部书记老徐", "2011-3-10", 3, 1533, "2011-3-11 8:50", "支部书记老徐")]))
    home_body = f"""<table class="boards_table" cellspacing="0" cellpadding="0">
<tr class="boards_cat"><td colspan="4">教育交流</td></tr>
<tr><td class="boards_icon"><img src="images/style/0/board_new.gif" alt="" /></td><td class="boards_name"><a href="b/b.asp?B=3"><b>教育动态</b></a><br />全县教育新闻、会议精神、政策文件</td><td class="boards_num">主题：1203<br />帖子：8842</td><td class="boards_last"><a href="a/a.asp?B=3&amp;ID={t1}">{subj1[:14]}…</a><br />2013-8-29 12:15</td></tr>
<tr><td class="boards_icon"><img src="images/style/0/board.gif" alt="" /></td><td class="boards_name"><a href="b/b.asp?B=11"><b>基层党建</b></a><br />党建工作交流</td><td class="boards_num">主题：402<br />帖子：2310</td><td class="boards_last"><a href="a/a.asp?B=11&amp;ID={t2}">{subj2[:14]}…</a><br />2011-3-11 8:50</td></tr>
</table>
<div class="boards_stat">论坛统计：今日 12 帖　昨日 37 帖　会员 3019 人　欢迎新会员 <a href="User/LookUserInfo.asp?ID=3019">河山村民</a></div>
"""
    home = page("", f"{FORUM} - Powered by LeadBBS", FORUM, "", home_body)
    fam.put("/", home)
    fam.route("/Boards.asp", "/index.html", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /User/\nDisallow: /a/a2.asp\n")
    fam.site_note = "IIS/ASP: header text/html with no charset; the pages say gb2312 in the meta tag and the bytes are GBK."
    fam.not_documents += ["/", "/b/b.asp?B=3", "/b/b.asp?B=11"]
    fam.noise += [
        "各校请组织学习",
        "桐乡教育论坛官方发布",
        "分两帖发",
        "续一楼",
        "校车那一段要好好学",
        "每人最多接受三人委托",
        "为人民服务",
        "浙ICP备10033517号",
        "发表于",
    ]
    return fam
