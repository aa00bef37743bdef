"""bbsmax 5 (MaxLab's ASP.NET forum, about 2010-2012), stock default template, URL rewrite on, UTF-8.

Home `/` (= `/default.aspx`: 公告 marquee, 分区 tables `table.forumlist` with each 版块's codename
link, 今日 / 主题 / 帖子 counts and 最后发表, the 最新主题 box, 在线统计) → boards
`/list-<codename>-<page>.aspx` (`table.threadlist` rows: 主题分类 label, subject, `[1][2]` page links
on a long thread, 作者 / 回复/查看 / 最后回复; 置顶 版规 rows; page 2 of the 村务 board holds the other
threads) → topics `/thread-<codename>-<threadid>-<page>-1.aspx`: `div.threadheader` (h1, 查看 / 回复,
只看楼主 / 打印 / 收藏), posts as `div.postwrap` with the `div.postauthor` column (头像, 用户组, 积分,
帖子, 注册时间) and `div.postmain` (`span.floor` 楼主 / 沙发 / 板凳 / 地板 / 5楼…, `发表于`, the text in
`div.postcontent` as `<br />` lines, `最后编辑` notes, `div.quote` blocks with `引用 N楼 某某 的帖子`
in replies that quote the speech, signatures under `div.signature`); the 村支书's speech runs over
the 楼主 post and his own 5楼 (`接上文`) on page 1, page 2 (`-2-1.aspx`) is replies only; the 家长会
speech is one 楼主 post on a one-page topic; `游客，如果您要回复，请先登录` box."""

from common import SPEECHES, Family, split_paras

HOST = "bbs.shuangmiao-bbsmax-like.test"
SITE = "双庙论坛"
STATIC = "/max-templates/default"

BOARDS = {
    "cunwu": ("村务公开", "村里大事小情，村务财务公开，村民议事。"),
    "jiaoyu": ("教育学习", "孩子上学、升学考试、家长交流。"),
    "xianliao": ("闲聊灌水", "天南地北，随便聊聊。"),
}

USERS = {
    "周家塘老周": (1027, "村委会", 3820, 612, "2009-03-18", "为人民服务，从一件件小事做起。"),
    "塘口二毛": (2311, "中级会员", 870, 433, "2009-11-02", ""),
    "种茶的阿强": (1884, "高级会员", 2240, 1190, "2009-06-21", "双庙高山云雾茶，欢迎品尝。"),
    "老会计": (1290, "高级会员", 1980, 856, "2009-04-07", ""),
    "东头王婶": (3055, "初级会员", 210, 87, "2010-08-15", ""),
    "外出打工的小李": (3390, "中级会员", 640, 301, "2010-02-27", "人在苏州，心在双庙。"),
    "欣然爸爸": (2876, "中级会员", 1130, 214, "2010-05-09", "陪孩子一起长大。"),
    "七班班主任": (2015, "版主", 2650, 980, "2009-09-01", "教书育人，问心无愧。"),
    "高二家长": (3512, "初级会员", 160, 45, "2011-03-12", ""),
    "管理员": (1, "管理员", 99999, 5120, "2009-01-01", ""),
}

T1, T2 = 3872, 4415


def t_url(code, tid, page=1):
    return f"/thread-{code}-{tid}-{page}-1.aspx"


def l_url(code, page=1):
    return f"/list-{code}-{page}.aspx"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="双庙论坛,双庙村,@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="generator" content="bbsmax 5.0.2" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/common.css" />
<link rel="stylesheet" type="text/css" href="/max-templates/default/styles/@@CSS@@.css" />
<script type="text/javascript" src="/max-assets/javascript/max-lib.js"></script>
<script type="text/javascript" src="/max-assets/javascript/max-common.js"></script>
<script type="text/javascript">var root = '/'; var cookieDomain = ''; var currentUserID = 0; var isLogin = false;</script>
</head>
<body>
<div id="container">
<div id="header">
<div class="headerbar"><div class="headerbar-inner">
<div class="userbar">您好，游客 | <a href="/login.aspx">登录</a> | <a href="/register.aspx">注册</a> | <a href="/recoverpassword.aspx">找回密码</a></div>
<div class="sitelink"><a href="/">论坛首页</a> | <a href="/search.aspx">搜索</a> | <a href="/members.aspx">会员</a> | <a href="/online.aspx">在线</a> | <a href="/help.aspx">帮助</a></div>
</div></div>
<div class="header-main"><a href="/" class="logo"><img src="/max-templates/default/images/logo.png" alt="双庙论坛" /></a>
<div class="header-ad"><a href="/thread-xianliao-4102-1-1.aspx"><img src="/UserFiles/ad/chaye_468x60.gif" alt="双庙高山云雾茶 新茶上市" width="468" height="60" /></a></div></div>
<div class="mainnav"><ul><li class="current"><a href="/">论坛</a></li><li><a href="/spaces.aspx">空间</a></li><li><a href="/album.aspx">相册</a></li><li><a href="/shuoshuo.aspx">说说</a></li><li><a href="http://www.shuangmiao-bbsmax-like.test/">双庙村网站</a></li></ul></div>
</div>
<div id="main">
"""

FOOT = """</div>
<div id="footer">
<div class="footer-links"><a href="/archiver/">简洁版本</a> | <a href="/help.aspx">帮助</a> | <a href="mailto:admin@shuangmiao.test">联系我们</a> | <a href="/">双庙论坛</a></div>
<div class="copyright">Powered by <a href="http://www.bbsmax.com/" target="_blank">bbsmax</a> 5.0.2 &copy; 2002-2011 <a href="http://www.maxlab.cn/" target="_blank">MaxLab</a>. 页面执行时间 0.046 秒, 8 次数据查询</div>
<div class="icp"><a href="http://www.miibeian.gov.cn/" target="_blank">皖ICP备10021567号</a></div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F2c1e8ff0d3b4e5a69f7c8d1e2a3b4c5d' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""


def head(title, kw, desc, css):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@CSS@@", css)


FLOOR_NAMES = {0: "楼主", 1: "沙发", 2: "板凳", 3: "地板"}


def quote(floor_label, name, stamp, text):
    return f'<div class="quote"><h5>引用 {floor_label} {name} 于 {stamp} 发表的帖子：</h5><blockquote>{text}</blockquote></div>'


def post(pid, n, name, stamp, content, lz, edited=""):
    uid, group, points, posts, reg, sign = USERS[name]
    label = FLOOR_NAMES.get(n, f"{n + 1}楼")
    lzmark = ' <span class="lz" title="楼主">楼主</span>' if name == lz and n else ""
    ed = f'<div class="editinfo">最后编辑：{edited}</div>' if edited else ""
    sg = f'<div class="signature">{sign}</div>' if sign else ""
    return f"""<div class="postwrap" id="post_{pid}"><a name="{pid}"></a>
<table class="posttable" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2">
<div class="username"><a href="/space/{uid}.aspx" target="_blank">{name}</a>{lzmark}</div>
<div class="avatar"><a href="/space/{uid}.aspx"><img src="/UserFiles/Avatar/{uid % 10}/{uid}_b.gif" alt="" onerror="this.src='/max-assets/images/avatar_default.gif'" /></a></div>
<dl class="userinfo"><dt>用户组</dt><dd>{group}</dd><dt>积分</dt><dd>{points}</dd><dt>帖子</dt><dd>{posts}</dd><dt>注册时间</dt><dd>{reg}</dd></dl>
</td>
<td class="postmain">
<div class="posthead"><span class="floor"><a href="#{pid}">{label}</a></span><span class="posttime">发表于 {stamp}</span><span class="postop"><a href="/login.aspx">只看该作者</a></span></div>
<div class="postcontent" id="postcontent_{pid}">{content}</div>
{ed}</td></tr>
<tr><td class="postfoot">{sg}<div class="postactions"><a href="/login.aspx">回复</a> <a href="/login.aspx">引用</a> <a href="/login.aspx">举报</a> <a href="#top">顶部</a></div></td></tr>
</table>
</div>
"""


def pager(code, tid, cur, last):
    if last == 1:
        return ""
    items = [f'<div class="pagination"><span class="pageinfo">{cur}/{last}页</span>']
    if cur > 1:
        items.append(f'<a href="{t_url(code, tid, cur - 1)}" class="prev">上一页</a>')
    for i in range(1, last + 1):
        items.append(f'<span class="current">{i}</span>' if i == cur else f'<a href="{t_url(code, tid, i)}">{i}</a>')
    if cur < last:
        items.append(f'<a href="{t_url(code, tid, cur + 1)}" class="next">下一页</a>')
    items.append("</div>")
    return "".join(items)


def topic(code, tid, subject, views, replies, cur, last, posts):
    bname = BOARDS[code][0]
    title = subject + ("" if cur == 1 else f" - 第{cur}页") + f" - {bname} - {SITE}"
    return head(title, bname, subject, "thread") + f"""<div class="navigation"><a href="/">{SITE}</a> &raquo; <a href="{l_url(code)}">{bname}</a> &raquo; <strong>{subject}</strong></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a><a href="/login.aspx" class="btn-reply">回复</a>{pager(code, tid, cur, last)}</div>
<div class="threadheader"><h1>{subject}</h1><div class="threadinfo">查看: <em>{views}</em> | 回复: <em>{replies}</em> | <a href="/login.aspx">只看楼主</a> | <a href="/printthread-{code}-{tid}.aspx">打印</a> | <a href="/login.aspx">收藏</a></div></div>
<div class="postlist">
{posts}</div>
<div class="threadtools">{pager(code, tid, cur, last)}</div>
<div class="quickreply"><div class="quickreply-title">快速回复</div><div class="quickreply-nologin">游客，如果您要回复，请先 <a href="/login.aspx">登录</a> 或 <a href="/register.aspx">注册</a></div></div>
""" + FOOT


def br(paras):
    return "<br />\n".join(paras)


def row(code, tid, subject, author, date, replies, views, label="", top=False, pages=1, last=("", "")):
    mark = '<span class="stick">[置顶]</span> ' if top else ""
    lab = f'<em class="threadcate">[<a href="{l_url(code)}">{label}</a>]</em> ' if label else ""
    more = ""
    if pages > 1:
        more = ' <span class="threadpages">[' + "".join(f'<a href="{t_url(code, tid, i)}">{i}</a>' for i in range(1, pages + 1)) + "]</span>"
    uid = USERS[author][0]
    return f"""<tr><td class="icon"><img src="/max-templates/default/images/thread_{'top' if top else 'normal'}.gif" alt="" /></td><td class="subject">{mark}{lab}<a href="{t_url(code, tid)}">{subject}</a>{more}</td><td class="author"><a href="/space/{uid}.aspx">{author}</a><br /><em>{date}</em></td><td class="nums">{replies}/{views}</td><td class="lastpost">{last[1]}<br />by {last[0]}</td></tr>"""


def board(code, rows, cur, last):
    bname, desc = BOARDS[code]
    pg = ""
    if last > 1:
        pg = '<div class="pagination">' + "".join(
            f'<span class="current">{i}</span>' if i == cur else f'<a href="{l_url(code, i)}">{i}</a>' for i in range(1, last + 1)
        ) + (f'<a href="{l_url(code, cur + 1)}" class="next">下一页</a>' if cur < last else "") + "</div>"
    title = bname + ("" if cur == 1 else f" - 第{cur}页") + f" - {SITE}"
    return head(title, bname, desc, "forum") + f"""<div class="navigation"><a href="/">{SITE}</a> &raquo; <strong>{bname}</strong></div>
<div class="forumheader"><h2>{bname}</h2><p>{desc}</p><p class="moderators">版主: <a href="/space/1027.aspx">周家塘老周</a>, <a href="/space/2015.aspx">七班班主任</a></p></div>
<div class="threadtools"><a href="/login.aspx" class="btn-newthread">发新帖</a>{pg}</div>
<table class="threadlist" cellspacing="0" cellpadding="0">
<thead><tr><th colspan="2">主题</th><th>作者</th><th>回复/查看</th><th>最后回复</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="threadtools">{pg}</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "bbsmax 5 (ASP.NET) forum, default template, URL rewrite, UTF-8")
    s5, s6 = SPEECHES["f54c-5"], SPEECHES["f54c-6"]
    subj1 = "换届后第一次村民代表会议，我的表态发言（全文）"
    subj2 = "高一家长会上作为家长代表发言，稿子发上来请大家指正"
    lz1, lz2 = "周家塘老周", "欣然爸爸"
    a, b = split_paras(s5.paras, 2)
    p1 = [
        post(20101, 0, lz1, "2011-04-16 20:31",
             "今天下午开了村民代表会议，有几位没能到会的代表让我把发言发到论坛上。字数多，分两次发。<br />\n<br />\n" + br(a),
             lz1, edited="周家塘老周 于 2011-04-16 20:40"),
        post(20102, 1, "塘口二毛", "2011-04-16 20:35", "沙发！支持老周，茶园的事早该办了。", lz1),
        post(20103, 2, "种茶的阿强", "2011-04-16 20:52",
             quote("楼主", lz1, "2011-04-16 20:31", a[-1]) + "入股的事我第一个报名。技术员什么时候来，能不能先到我家茶地看看？", lz1),
        post(20104, 3, "老会计", "2011-04-16 21:06",
             quote("楼主", lz1, "2011-04-16 20:31", a[2][:40] + "……") + "路灯有六盏不亮了，东头那几盏，麻烦尽快找人修一下。", lz1),
        post(20105, 4, lz1, "2011-04-16 21:18", "接上文：<br />\n" + br(b) + "<br />\n<br />\n（发言完）", lz1),
        post(20106, 5, "东头王婶", "2011-04-16 21:40", "老人吃饭那个事好，我家老太太天天一个人在家。", lz1),
        post(20107, 6, "外出打工的小李", "2011-04-16 22:15",
             quote("5楼", lz1, "2011-04-16 21:18", "三年以后，如果这四件事没办好，不用大家说，我自己辞职。") + "这句话我们都记下了，三年后来论坛对账。", lz1),
        post(20108, 7, "塘口二毛", "2011-04-16 22:30", "账目每个月贴出来，能不能也在论坛上发一份？在外面的人也能看。", lz1),
        post(20109, 8, lz1, "2011-04-16 22:41", "回8楼：可以，以后每个月在“村务公开”版发一次。", lz1),
        post(20110, 9, "种茶的阿强", "2011-04-17 07:12", "顶一下，让更多人看到。", lz1),
    ]
    p2 = [
        post(20111, 10, "老会计", "2011-04-17 09:03", "低保评议那条要说到做到，以前确实有人情保。", lz1),
        post(20112, 11, "外出打工的小李", "2011-04-17 12:47", "在苏州看到家乡的变化，高兴。", lz1),
        post(20113, 12, "东头王婶", "2011-04-18 16:20",
             quote("楼主", lz1, "2011-04-16 20:31", "今天下午开了村民代表会议") + "我家没赶上开会，看了才知道，谢谢老周。", lz1),
        post(20114, 13, "管理员", "2011-04-18 18:00", "本帖已加入精华，置顶一周。", lz1),
    ]
    total1 = len(p1) + len(p2) - 1
    fam.put(t_url("cunwu", T1), topic("cunwu", T1, subj1, 1386, total1, 1, 2, "".join(p1)))
    fam.put(t_url("cunwu", T1, 2), topic("cunwu", T1, subj1, 1386, total1, 2, 2, "".join(p2)))
    fam.doc([t_url("cunwu", T1)], s5, title=subj1, published_at="2011-04-16")

    q = [
        post(30201, 0, lz2, "2011-11-12 21:08",
             "下午开了家长会，王老师让我作为家长代表发言。回来把稿子整理了一下，发上来，各位家长有什么好的经验也欢迎交流。<br />\n<br />\n" + br(s6.paras),
             lz2),
        post(30202, 1, "七班班主任", "2011-11-12 21:30",
             quote("楼主", lz2, "2011-11-12 21:08", s6.paras[3][:60] + "……") + "欣然爸爸讲得很实在，家长会上好几位家长都在记笔记。孩子进步很明显，继续加油！短信通知的建议学校已经在研究了。", lz2),
        post(30203, 2, "高二家长", "2011-11-12 22:01", "路上不问分数只问学了什么，这个方法我也要试试。", lz2),
        post(30204, 3, "外出打工的小李", "2011-11-13 08:45",
             quote("楼主", lz2, "2011-11-12 21:08", "现在很多家长都在外地打工，孩子住校，平时只能打打电话。") + "说出了我们在外面的家长的心里话，支持！", lz2),
        post(30205, 4, "东头王婶", "2011-11-13 10:12", "我家孙子也在一中，明年上高一，先收藏了。", lz2),
    ]
    fam.put(t_url("jiaoyu", T2), topic("jiaoyu", T2, subj2, 642, len(q) - 1, 1, 1, "".join(q)))
    fam.doc([t_url("jiaoyu", T2)], s6, title=subj2, published_at="2011-11-12")

    others = [
        ("cunwu", 3001, "【版规】村务公开版发帖须知", "管理员", "2009-03-20", 2, 2210, "", True),
        ("cunwu", 3925, "4月份村财务收支公开", "老会计", "2011-05-10", 7, 530, "财务公开"),
        ("cunwu", 3901, "东头路灯坏了六盏，谁管？", "老会计", "2011-04-20", 12, 388, "村民议事"),
        ("cunwu", 3655, "2010年度村务工作报告（摘要）", "周家塘老周", "2011-01-08", 21, 904, "村务动态"),
        ("cunwu", 3410, "自来水塔通水了！", "塘口二毛", "2010-09-30", 35, 1270, "村务动态"),
        ("jiaoyu", 4002, "【版规】教育学习版发帖须知", "管理员", "2009-03-20", 0, 980, "", True),
        ("jiaoyu", 4388, "一中今年的中考分数线出来了", "高二家长", "2011-07-08", 16, 1502, "升学"),
        ("xianliao", 4102, "双庙高山云雾茶，新茶上市", "种茶的阿强", "2011-04-02", 9, 655, ""),
    ]
    for code, tid, subject, author, date, rep, views, lab, *top in others:
        fam.put(t_url(code, tid), topic(code, tid, subject, views, 0, 1, 1, post(tid * 10, 0, author, date + " 09:30", "如题，详见内容。<br />\n欢迎大家跟帖讨论。", author)))
    rows_c1 = [
        row(*others[0][:8], top=True, last=("管理员", "2009-03-20 10:00")),
        row("cunwu", 3925, *others[1][2:8], last=("塘口二毛", "2011-05-11 08:12")),
        row("cunwu", 3901, *others[2][2:8], last=("周家塘老周", "2011-04-21 19:40")),
        row("cunwu", T1, subj1, lz1, "2011-04-16", total1, 1386, "村务动态", pages=2, last=("管理员", "2011-04-18 18:00")),
    ]
    rows_c2 = [
        row("cunwu", 3655, *others[3][2:8], last=("老会计", "2011-01-10 14:05")),
        row("cunwu", 3410, *others[4][2:8], last=("东头王婶", "2010-10-03 11:20")),
    ]
    fam.put(l_url("cunwu"), board("cunwu", "\n".join(rows_c1), 1, 2))
    fam.put(l_url("cunwu", 2), board("cunwu", "\n".join(rows_c2), 2, 2))
    rows_j = [
        row(*others[5][:8], top=True, last=("管理员", "2009-03-20 10:00")),
        row("jiaoyu", T2, subj2, lz2, "2011-11-12", len(q) - 1, 642, "家长交流", last=("东头王婶", "2011-11-13 10:12")),
        row("jiaoyu", 4388, *others[6][2:8], last=("七班班主任", "2011-07-09 20:18")),
    ]
    fam.put(l_url("jiaoyu"), board("jiaoyu", "\n".join(rows_j), 1, 1))
    fam.put(l_url("xianliao"), board("xianliao", row("xianliao", 4102, *others[7][2:8], last=("塘口二毛", "2011-04-05 09:00")), 1, 1))

    def frow(code, today, threads, posts, last_tid, last_subj, last_by):
        name, desc = BOARDS[code]
        return f"""<tr><td class="forumicon"><img src="/max-templates/default/images/forum_new.gif" alt="" /></td><td class="forumname"><h3><a href="{l_url(code)}">{name}</a> <em>(今日: {today})</em></h3><p>{desc}</p></td><td class="forumnums">{threads} / {posts}</td><td class="forumlast"><a href="{t_url(code, last_tid)}">{last_subj}</a><br />by {last_by}</td></tr>"""

    home = head(f"{SITE} - Powered by bbsmax", "论坛", "双庙村村民交流论坛", "default") + f"""<div class="announcement"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="/thread-cunwu-3001-1-1.aspx">【公告】欢迎在外务工的双庙乡亲注册论坛，常回家看看！</a></marquee></div>
<div class="forumcategory"><div class="categoryheader"><h2>双庙村务</h2></div>
<table class="forumlist" cellspacing="0" cellpadding="0"><thead><tr><th colspan="2">版块</th><th>主题 / 帖子</th><th>最后发表</th></tr></thead><tbody>
{frow("cunwu", 3, 186, 2204, 3925, "4月份村财务收支公开", "塘口二毛")}
{frow("jiaoyu", 1, 97, 1130, T2, subj2, "东头王婶")}
</tbody></table></div>
<div class="forumcategory"><div class="categoryheader"><h2>乡里乡亲</h2></div>
<table class="forumlist" cellspacing="0" cellpadding="0"><tbody>
{frow("xianliao", 12, 1402, 18855, 4102, "双庙高山云雾茶，新茶上市", "塘口二毛")}
</tbody></table></div>
<div class="sidebox newthreads"><h3>最新主题</h3><ul>
<li><a href="{t_url("jiaoyu", T2)}">{subj2}</a></li>
<li><a href="{t_url("cunwu", 3925)}">4月份村财务收支公开</a></li>
<li><a href="{t_url("xianliao", 4102)}">双庙高山云雾茶，新茶上市</a></li>
</ul></div>
<div class="onlinestats"><h3>在线统计</h3><p>当前在线 23 人，其中会员 4 人，游客 19 人。最高在线 136 人，发生在 2011-02-05 20:12。</p><p>共有主题 1685 篇，帖子 22189 篇，会员 3518 人，欢迎新会员 <a href="/space/3512.aspx">高二家长</a></p></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/default.aspx", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.aspx\nDisallow: /register.aspx\nDisallow: /search.aspx\nDisallow: /max-dialogs/\n")
    fam.not_documents += ["/", l_url("cunwu"), l_url("cunwu", 2), l_url("jiaoyu"), t_url("cunwu", T1, 2), t_url("cunwu", 3925)]
    fam.noise += [
        "分两次发",
        "接上文：",
        "（发言完）",
        "最后编辑：",
        "沙发！支持老周",
        "引用 楼主",
        "三年后来论坛对账",
        "回8楼：",
        "稿子整理了一下，发上来",
        "游客，如果您要回复，请先",
        "Powered by",
        "皖ICP备10021567号",
        "双庙高山云雾茶，欢迎品尝。",
    ]
    return fam
