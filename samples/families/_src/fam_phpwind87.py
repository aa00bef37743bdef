"""PHPWind 8.7 forum (default `wind` template, GBK), about 2014-2015.

`index.php` (also `/`) → `thread.php?fid=N` → topics `read.php?tid=N` (+ `&page=2`, `&page=e`) via query
routes. The pw8 furniture: `var imgpath / verifyhash / winduid / groupid` script, the top bar (登录 / 注册 /
找回密码), head logo and `nav-global` (论坛 / 群组 / 个人中心 / 搜索), `breadCrumb` with `&gt;` ems, the
`t3` bar (发帖 / 回复 buttons, `pages` pager with `pagesone` and 到第…页 jump box), each floor a `div.read_t`
> `table.floot` with `td.floot_left` (`readName`, avatar, 级别 / 精华 / 发帖 / 威望 / 金钱 / 贡献值 /
注册时间 `user-info`) and `td.floot_right` (`tipTop`: `楼主` / `沙发` / `板凳` / `N楼`, 只看楼主, 倒序阅读,
`发表于: 2014-06-27 21:05`), `h1#subject_tpc.read_h1` in the first floor, the message in
`div.tpc_content > div.f14#read_tpc` (`read_N` in replies) with `<br />` lines, the `[ 此帖被…重新编辑 ]`
tip, `signature`, `readbot` (回复 / 引用 / 举报 / 顶端); the 快速发帖 login box, 相关主题, phpwind v8.7
footer with ICP. The first floor is the speech; replies, reply page 2 and `page=e` are not documents."""

from common import SPEECHES, Family

HOST = "bbs.pw87-nanhu.test"
SITE = "南湖社区网"
FORUMS = {6: "社区动态", 14: "校园天地"}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>@@TITLE@@ - Powered by phpwind</title>
<meta name="generator" content="phpwind 8.7" />
<meta name="description" content="@@DESC@@" />
<meta name="keywords" content="@@KW@@" />
<link rel="stylesheet" href="images/pw_core.css?20111111" />
<link rel="stylesheet" href="images/wind/style.css?20111111" />
<script type="text/javascript" src="js/core/core.js?20111111"></script>
<script type="text/javascript" src="js/pw_ajax.js?20111111"></script>
<script type="text/javascript">
var imgpath = 'images';
var verifyhash = '3b7c1d0e';
var modeimg = '';
var modeBase = '';
var winduid = '';
var windid	= '';
var groupid	= 'guest';
var basename = '';
var temp_basename = '';
var db_shiftstyle = '0';
</script>
</head>
<body>
<div id="top"><div class="wrap cc">
<div class="fl">欢迎来到南湖社区网</div>
<div class="fr"><a href="login.php" rel="nofollow">登录</a><i>|</i><a href="register.php" rel="nofollow">注册</a><i>|</i><a href="sendpwd.php" rel="nofollow">找回密码</a><i>|</i><a href="simple/">无图版</a><i>|</i><a href="m/index.php">手机版</a></div>
</div></div>
<div id="head" class="wrap cc">
<div id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="南湖社区网" /></a></div>
<div class="header_ad fr"><a href="http://www.nanhu-shequ.test/" target="_blank"><img src="attachment/ad/head_468.gif" width="468" height="60" alt="" /></a></div>
</div>
<div id="nav-global" class="wrap"><ul class="cc">
<li class="current"><a href="index.php">论坛</a></li><li><a href="apps.php?q=group">群组</a></li><li><a href="u.php">个人中心</a></li><li><a href="search.php">搜索</a></li><li><a href="job.php?action=hot">热门</a></li><li><a href="hack.php?H_name=bank">银行</a></li>
</ul></div>
<div id="main" class="wrap">
<div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" alt="forumlogo" class="breadHome" /><em><a href="index.php">南湖社区网</a></em>@@CRUMB@@</div>
"""

FOOT = """</div>
<div id="footer" class="wrap">
<div class="bottom tac">
<ul class="cc"><li><a href="faq.php">帮助</a></li><li><a href="simple/">无图版</a></li><li><a href="m/index.php">手机浏览</a></li><li><a href="mailto:admin@nanhu-shequ.test">联系我们</a></li><li><a href="#top">返回顶部</a></li></ul>
</div>
<div class="tac gray">Powered by <a href="http://www.phpwind.net" target="_blank"><b>phpwind v8.7</b></a> Certificate <a href="http://www.phpwind.com/certificate.htm" target="_blank">Code &copy;2003-2011 <b>phpwind.com</b></a> Corporation<br />
Total 0.034521(s) query 7, Time now is:@@NOW@@, Gzip enabled<br />
<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备11046289号-1</a></div>
</div>
<div id="pw_all_tip" style="display:none"></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "//hm.baidu.com/hm.js?71a8d2c5b0e94f7b1d2c3e4f5a6b7c8d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "南湖小编": (3, "管理员", 86, 5210, 128, 21045, 3302, "2009-04-12"),
    "湖畔书声": (1650, "侠客", 4, 768, 12, 1860, 40, "2011-09-03"),
    "阿明爸爸": (2981, "新手上路", 0, 41, 1, 96, 0, "2013-05-20"),
    "夏天的风": (3322, "新手上路", 0, 23, 0, 55, 0, "2014-02-14"),
    "幸福里居民": (4107, "新手上路", 0, 12, 0, 30, 0, "2015-03-08"),
    "老顾": (1208, "骑士", 2, 1311, 6, 3012, 88, "2010-11-22"),
}

LABELS = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}


def floor(tid, pid, no, name, when, msg, subject="", sign="", edit=""):
    uid, level, digest, posts, rvrc, money, credit, reg = USERS[name]
    label = LABELS.get(no, f"{no}楼")
    key = "tpc" if no == 1 else str(pid)
    h1 = f'<h1 id="subject_tpc" class="read_h1">{subject}</h1>\n' if no == 1 else ""
    edit_html = f'<div class="c"></div><div class="tips" style="width:auto">[ 此帖被{edit}重新编辑 ]</div>' if edit else ""
    sig = f'<div class="signature" style="max-height:150px;maxHeight:150px;overflow:hidden;">{sign}</div>' if sign else ""
    return f"""<div class="read_t" id="readfloor_{key}">
<a name="{key}"></a>
<table width="100%" class="floot" style="table-layout:fixed;">
<tr class="vt">
<td class="floot_left" rowspan="2">
<div class="readName b"><a href="u.php?uid={uid}">{name}</a></div>
<div class="floot_leftdiv">
<a href="u.php?uid={uid}" class="userCard face_img"><img class="pic" src="images/face/none.gif" width="120" height="120" alt="{name}" /></a>
<div class="readNone"></div>
<ul class="user-info">
<li>级别: <a href="profile.php?action=permission&amp;gid=8">{level}</a></li>
<li>精华: <a href="search.php?authorid={uid}&amp;digest=1">{digest}</a></li>
<li>发帖: {posts}</li>
<li>威望: {rvrc} 点</li>
<li>金钱: {money} RMB</li>
<li>贡献值: {credit} 点</li>
<li>注册时间: {reg}</li>
</ul>
</div>
</td>
<td class="floot_right" id="td_{key}">
<div class="tipTop s6">
<span class="fr"><a class="s2 b cp" onclick="copyFloor('{key}')" title="复制此楼地址">{label}</a><sup>#</sup></span>
<a href="read.php?tid={tid}&amp;uid={uid}" rel="nofollow">只看楼主</a><i>|</i><a href="read.php?tid={tid}&amp;ordertype=desc" rel="nofollow">倒序阅读</a><i>|</i><span class="gray">发表于: {when}</span>
</div>
<div class="tpc_content">
{h1}<div class="f14 mb10" id="read_{key}">{msg}</div>
{edit_html}
</div>
{sig}
</td>
</tr>
<tr><td class="floot_bottom">
<div class="readbot"><a class="r-reply" title="回复此楼" href="post.php?action-reply-fid-6-tid-{tid}-article-{no - 1}.html" rel="nofollow">回复</a><a class="r-quote" title="引用" href="post.php?action=quote&amp;tid={tid}&amp;pid={key}&amp;article={no - 1}" rel="nofollow">引用</a><span class="fr"><a href="javascript:;" onclick="sendmsg('pw_ajax.php?action=report&amp;tid={tid}&amp;pid={key}','',this.id);" id="report_{key}">举报</a><a href="javascript:scroll(0,0)" title="顶端">顶端</a></span></div>
</td></tr>
</table>
</div>
"""


def pager(tid, n, count):
    if count == 1:
        return ""
    out = '<div class="pages">'
    if n > 1:
        out += f'<a href="read.php?tid={tid}&amp;page=1" class="pages_pre">&laquo; 首页</a>'
    for i in range(1, count + 1):
        out += f"<b>{i}</b>" if i == n else f'<a href="read.php?tid={tid}&amp;page={i}">{i}</a>'
    if n < count:
        out += f'<a href="read.php?tid={tid}&amp;page={n + 1}" class="pages_next">下一页&raquo;</a>'
    out += f'<a href="read.php?tid={tid}&amp;page=e">末页</a>'
    out += f'<span class="pagesone"><span>Pages: {n}/{count}</span>&nbsp;&nbsp;&nbsp;到第<input type="text" size="3" onkeydown="javascript: if(event.keyCode==13){{location=\'read.php?tid={tid}&amp;page=\'+this.value;return false;}}" />页<button onclick="javascript:location=\'read.php?tid={tid}&amp;page=\'+this.previousSibling.previousSibling.value;">确认</button></span></div>'
    return out


def topic(fid, tid, subject, floors, n, count, hits, replies, related, now):
    forum = FORUMS[fid]
    crumb = f'<em>&gt;</em><em><a href="thread.php?fid={fid}">{forum}</a></em><em>&gt;</em><em><a href="read.php?tid={tid}">{subject}</a></em>'
    head = (
        HEAD.replace("@@TITLE@@", f"{subject}|{forum} - {SITE}")
        .replace("@@DESC@@", subject)
        .replace("@@KW@@", f"{subject},{forum}")
        .replace("@@CRUMB@@", crumb)
    )
    bar = f"""<div class="t3 cc">
<span class="fl"><a href="post.php?fid={fid}" class="post fl" title="发帖" rel="nofollow"><img src="images/wind/post.png" alt="发帖" /></a><a href="post.php?action-reply-fid-{fid}-tid-{tid}.html" class="replay fl" title="回复" rel="nofollow"><img src="images/wind/reply.png" alt="回复" /></a></span>
<span class="fr">{pager(tid, n, count)}</span>
</div>
"""
    rel = "".join(f'<li><a href="read.php?tid={t}" target="_blank">{s}</a></li>' for t, s in related)
    return (
        head
        + bar
        + f"""<div class="t5 t2" id="pw_content">
<div class="h cc"><span class="fr gray">浏览: {hits}　回复: {replies}</span><span class="fl"><a href="read.php?tid={tid}&amp;fpage=0&amp;toread=1&amp;page={n}&amp;goto=previous" rel="nofollow">上一主题</a><i>|</i><a href="read.php?tid={tid}&amp;fpage=0&amp;toread=1&amp;page={n}&amp;goto=next" rel="nofollow">下一主题</a></span></div>
{''.join(floors)}
</div>
"""
        + bar
        + f"""<div class="t5" id="fastpost"><div class="h"><b>快速发帖</b></div>
<div class="p10 tac">您目前还是游客，请 <a href="login.php" rel="nofollow">登录</a> 或 <a href="register.php" rel="nofollow">注册</a></div></div>
<div class="t5"><div class="h"><b>相关主题</b></div><ul class="p10 cc">{rel}</ul></div>
"""
        + FOOT.replace("@@NOW@@", now)
    )


def br(paras):
    return "<br />".join("&nbsp; &nbsp; " + p for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "PHPWind 8.7 forum, default wind template, read.php?tid=N topic pages (GBK)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    s1, s2 = SPEECHES["f40a-4"], SPEECHES["f40a-6"]
    t1, t2 = 21736, 30418
    subj1 = "南湖中学校长在2014届毕业典礼上的致辞，听得好多家长都哭了"
    subj2 = "[分享]幸福里社区在全市社区志愿服务工作座谈会上的发言"

    msg1 = "今天上午孩子毕业典礼，我在下面听校长讲话，好多家长都抹眼泪了。跟学校要了稿子，发上来给大家看看。<br /><br />" + br(s1.paras)
    sign1 = "孩子的成长只有一次，陪伴是最好的教育。"
    f1 = [
        floor(t1, 0, 1, "阿明爸爸", "2014-06-27 21:05", msg1, subj1, sign1),
        floor(t1, 260133, 2, "湖畔书声", "2014-06-27 21:12", "沙发！校长讲得实在，不说空话。"),
        floor(t1, 260140, 3, "夏天的风", "2014-06-27 21:30", "那排香樟树是我们2011级种的，今年都长这么高了。"),
        floor(t1, 260152, 4, "老顾", "2014-06-27 22:01", "考得不理想的孩子也不要灰心，这段说得好。"),
    ]
    for i, (name, when, text) in enumerate(
        [
            ("湖畔书声", "2014-06-28 07:40", "顶一下，给孩子看了。"),
            ("夏天的风", "2014-06-28 08:15", "校长每年都讲得很好，去年的也找不到了。"),
            ("老顾", "2014-06-28 09:03", "感恩父母这一条，现在的孩子最缺。"),
            ("湖畔书声", "2014-06-28 10:26", "分数出来了吗？"),
            ("夏天的风", "2014-06-28 11:48", "下午四点出分。"),
            ("阿明爸爸", "2014-06-28 12:10", "谢谢大家，孩子考得还行。"),
        ],
        start=5,
    ):
        f1.append(floor(t1, 260160 + i * 9, i, name, when, text))
    f1b = [
        floor(t1, 260420, 11, "老顾", "2014-06-30 19:22", "恭喜阿明爸爸，下次分享一下填志愿的经验。"),
        floor(t1, 260455, 12, "湖畔书声", "2014-07-01 08:05", "mark，明年我家也毕业。"),
    ]
    related = [(t2, subj2), (21640, "南湖中学2014年中考、高考喜报"), (21702, "暑假孩子托管班大家怎么安排的？")]
    p1 = topic(14, t1, subj1, f1, 1, 2, 3145, 11, related, "07-01 08:20")
    p1b = topic(14, t1, subj1, f1b, 2, 2, 3145, 11, related, "07-01 08:20")
    fam.route(f"/read.php?tid={t1}", f"/read/{t1}-1.html", p1)
    fam.route(f"/read.php?tid={t1}&page=1", f"/read/{t1}-1.html", p1)
    fam.route(f"/read.php?tid={t1}&page=2", f"/read/{t1}-2.html", p1b)
    fam.route(f"/read.php?tid={t1}&page=e", f"/read/{t1}-2.html", p1b)
    fam.doc([f"/read.php?tid={t1}"], s1, title=subj1, published_at="2014-06-27")

    msg2 = "<b>社区主任在市里座谈会上的交流发言，经本人同意发到论坛，欢迎更多居民加入志愿者队伍！</b><br /><br />" + br(s2.paras)
    f2 = [
        floor(t2, 0, 1, "南湖小编", "2015-12-05 09:30", msg2, subj2, "南湖社区网 —— 南湖人自己的网上家园", edit="南湖小编在2015-12-05 09:42"),
        floor(t2, 381022, 2, "幸福里居民", "2015-12-05 10:11", "我家楼上的王奶奶就是志愿者结对的，真心感谢。"),
        floor(t2, 381037, 3, "老顾", "2015-12-05 11:40", "积分能换服务这个办法好，年轻人可以多参加。"),
    ]
    p2 = topic(6, t2, subj2, f2, 1, 1, 986, 2, [(t1, subj1)], "12-05 12:03")
    fam.route(f"/read.php?tid={t2}", f"/read/{t2}-1.html", p2)
    fam.route(f"/read.php?tid={t2}&page=1", f"/read/{t2}-1.html", p2)
    fam.route(f"/read.php?tid={t2}&page=e", f"/read/{t2}-1.html", p2)
    fam.doc([f"/read.php?tid={t2}"], s2, title=subj2, published_at="2015-12-05")

    def thread_list(fid, rows):
        forum = FORUMS[fid]
        trs = "".join(
            f"""<tr class="tr3">
<td class="icon tar"><a href="read.php?tid={t}" target="_blank"><img src="images/wind/thread/topicnew.gif" alt="" /></a></td>
<td class="subject" id="td_{t}"><a href="read.php?tid={t}" id="a_ajax_{t}" class="subject_t f14">{s}</a></td>
<td class="author"><a href="u.php?uid={USERS[a][0]}" class="_cardshow">{a}</a><p>{d}</p></td>
<td class="num"><em>{r}</em>/{h}</td>
<td class="author"><a href="read.php?tid={t}&amp;page=e#a">{last}</a><p>by: {lu}</p></td>
</tr>
"""
            for t, s, a, d, r, h, last, lu in rows
        )
        head = (
            HEAD.replace("@@TITLE@@", f"{forum} - {SITE}")
            .replace("@@DESC@@", forum)
            .replace("@@KW@@", forum)
            .replace("@@CRUMB@@", f'<em>&gt;</em><em><a href="thread.php?fid={fid}">{forum}</a></em>')
        )
        return (
            head
            + f"""<div class="t3 cc"><span class="fl"><a href="post.php?fid={fid}" class="post fl" rel="nofollow"><img src="images/wind/post.png" alt="发帖" /></a></span></div>
<div class="t z" id="ajaxtable">
<table width="100%" cellspacing="0" cellpadding="0">
<tr class="tr2"><td class="icon tar" width="30">&nbsp;</td><td>文章</td><td class="author">作者</td><td class="num">回复/人气</td><td class="author">最后发表</td></tr>
<tbody id="threadlist">
{trs}</tbody>
</table>
</div>
"""
            + FOOT.replace("@@NOW@@", "12-05 12:03")
        )

    fam.route("/thread.php?fid=14", "/thread/14-1.html", thread_list(14, [(t1, subj1, "阿明爸爸", "2014-06-27", 11, 3145, "2014-07-01 08:05", "湖畔书声")]))
    fam.route("/thread.php?fid=6", "/thread/6-1.html", thread_list(6, [(t2, subj2, "南湖小编", "2015-12-05", 2, 986, "2015-12-05 11:40", "老顾")]))
    home = (
        HEAD.replace("@@TITLE@@", SITE)
        .replace("@@DESC@@", "南湖社区网 南湖人自己的网上家园")
        .replace("@@KW@@", SITE)
        .replace("@@CRUMB@@", "")
    )
    home += f"""<div class="t" id="t_1"><table width="100%" cellspacing="0" cellpadding="0">
<tr class="tr2"><td colspan="4"><h2><a href="index.php?cateid=1">南湖家园</a></h2></td></tr>
<tr class="tr3 f_one"><th class="new"><h3 class="b"><a href="thread.php?fid=6" class="fnamecolor">社区动态</a></h3><p class="gray">社区通知、活动、志愿服务</p></th><td class="num">主题: 1860<br />帖数: 15207</td><td class="tal"><a href="read.php?tid={t2}">{subj2[:16]}...</a><br />by: 老顾</td></tr>
<tr class="tr3 f_one"><th class="new"><h3 class="b"><a href="thread.php?fid=14" class="fnamecolor">校园天地</a></h3><p class="gray">家长交流、升学资讯</p></th><td class="num">主题: 932<br />帖数: 8844</td><td class="tal"><a href="read.php?tid={t1}">{subj1[:16]}...</a><br />by: 湖畔书声</td></tr>
</table></div>
<div class="t"><div class="h"><b>论坛统计</b></div><div class="p10">今日: 26 | 昨日: 58 | 最高日: 402 | 帖子: 128430 | 会员: 4107 | 新会员: <a href="u.php?uid=4107">幸福里居民</a></div></div>
""" + FOOT.replace("@@NOW@@", "12-05 12:03")
    fam.route("/index.php", "/index.html", home)
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /post.php\nDisallow: /u.php\n")
    fam.not_documents += [
        "/",
        "/thread.php?fid=6",
        "/thread.php?fid=14",
        f"/read.php?tid={t1}&page=2",
        f"/read.php?tid={t1}&page=e",
    ]
    fam.noise += [
        "好多家长都抹眼泪了",
        "经本人同意发到论坛",
        "孩子的成长只有一次",
        "此帖被",
        "那排香樟树是我们2011级种的",
        "积分能换服务这个办法好",
        "发表于:",
        "苏ICP备11046289号",
        "Powered by",
    ]
    return fam
