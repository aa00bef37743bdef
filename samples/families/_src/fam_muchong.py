"""小木虫 (muchong.com) -like academic forum topic pages, about 2019-2020 (GBK), its own Discuz!-derived template.

`/bbs/viewthread.php?tid=N` (+ `&page=2`) and `/bbs/forumdisplay.php?fid=N` via query routes; the `xmc_`
class furniture the site prints: top bar (小木虫首页 / 论坛 / 登录 / 注册 / 手机版), logo and channel nav,
`xmc_Pos` crumbs (小木虫论坛 » 区 » 版块 » 标题), the topic header (标题, 查看/回复 counts, 只看楼主, 上一主题 /
下一主题), floors as `table.plhin` with the author cell (虫号, 金币, 帖子, 在线, 注册, 性别, 专业, 红花) and
`N楼` + `发表于` line, the message `div.t_fsz` > `td.t_f`, `送红花一朵` / 回复此楼 / 引用 / 举报 bars,
signatures, the APP download prompt, the `xmc_Pages` pager, 相关版块 / 相关帖子, footer with the slogan
and ICP. Topic 1 is one floor, replies over two pages (page 2 is replies only). Topic 2's poster ran into
the post length he liked and went on in his own 2楼 (`接上楼`): the speech is his two floors joined."""

from common import SPEECHES, Family

HOST = "muchong.xmc-like.test"
FORUMS = {430: ("导师招生", "学术交流区"), 125: ("休闲灌水", "休闲娱乐区")}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@ - 小木虫 - 学术 科研 互动社区</title>
<meta name="keywords" content="@@KW@@,小木虫,学术,科研,考研,考博,基金,SCI" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="applicable-device" content="pc" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://m.xmc-like.test/bbs/@@MOBILE@@" />
<link href="/bbs/images/muchong/style.css?v=20190416" rel="stylesheet" type="text/css" />
<link href="/bbs/images/muchong/xmc_common.css?v=20190416" rel="stylesheet" type="text/css" />
<script type="text/javascript">var IMGDIR = 'images/muchong', attackevasive = '0', gid = 0, tid = '@@TID@@', fid = '@@FID@@', discuz_uid = 0, charset = 'gbk';</script>
<script type="text/javascript" src="/bbs/include/js/common.js?v=20190416"></script>
<script type="text/javascript" src="/bbs/include/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div class="xmc_top"><div class="xmc_wp">
<div class="xmc_lt"><a href="http://www.xmc-like.test/">小木虫首页</a><span class="xmc_line_lr">|</span><a href="/bbs/">论坛</a><span class="xmc_line_lr">|</span><a href="http://www.xmc-like.test/kaoyan/">考研</a><span class="xmc_line_lr">|</span><a href="http://www.xmc-like.test/kaobo/">考博</a><span class="xmc_line_lr">|</span><a href="http://www.xmc-like.test/fund/">基金申请</a><span class="xmc_line_lr">|</span><a href="http://www.xmc-like.test/sci/">SCI期刊</a><span class="xmc_line_lr">|</span><a href="http://m.xmc-like.test/" target="_blank">手机版</a></div>
<div class="xmc_rt"><a href="/bbs/logging.php?action=login" rel="nofollow">登录</a><span class="xmc_line_lr">|</span><a href="/bbs/register.php" rel="nofollow">注册</a><span class="xmc_line_lr">|</span><a href="/bbs/faq.php">帮助</a></div>
</div></div>
<div class="xmc_header xmc_wp">
<div class="xmc_logo"><a href="/bbs/"><img src="/bbs/images/muchong/logo.gif" alt="小木虫论坛" width="200" height="60" /></a></div>
<div class="xmc_search"><form method="get" action="/bbs/search.php" target="_blank"><input type="text" name="wd" class="xmc_sinput" value="" /><input type="submit" value="搜 索" class="xmc_sbtn" /></form></div>
<div class="xmc_hdad"><a href="http://m.xmc-like.test/app/" target="_blank"><img src="/bbs/images/muchong/app_hd.png" alt="小木虫APP" width="240" height="60" /></a></div>
</div>
<div class="xmc_nav xmc_wp"><ul>
<li><a href="/bbs/">论坛首页</a></li><li><a href="/bbs/forumdisplay.php?fid=430">导师招生</a></li><li><a href="/bbs/forumdisplay.php?fid=125">休闲灌水</a></li><li><a href="http://www.xmc-like.test/kaoyan/">考研</a></li><li><a href="http://www.xmc-like.test/job/">招聘</a></li><li><a href="/bbs/digest.php">精华</a></li><li><a href="/bbs/stats.php" rel="nofollow">统计</a></li>
</ul></div>
<div id="wrap" class="xmc_wp">
"""

FOOT = """</div>
<div class="xmc_app_tip xmc_wp"><img src="/bbs/images/muchong/app_qr.png" width="90" height="90" alt="" /><p><b>小木虫APP</b> 随时随地看帖、回帖、找导师</p><p>扫码下载，或<a href="http://m.xmc-like.test/app/" target="_blank">点此下载</a></p></div>
<div id="footer" class="xmc_wp">
<div class="xmc_ft12"><a href="/bbs/about.php">关于我们</a> | <a href="/bbs/contact.php">联系我们</a> | <a href="/bbs/ad.php">广告服务</a> | <a href="/bbs/law.php">免责声明</a> | <a href="/bbs/archiver/">Archiver</a> | <a href="http://m.xmc-like.test/">手机版</a></div>
<p>小木虫，学术科研互动社区，为中国学术科研免费提供动力</p>
<p>违规贴举报删除请发送邮件至：emuch@xmc-like.test</p>
<p>Copyright &copy; 2001-2020 xmc-like.test, All Rights Reserved. 小木虫 版权所有</p>
<p><a href="http://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备09076621号-1</a> &nbsp; <img src="/bbs/images/muchong/gongan.png" width="14" height="14" alt="" /> 苏公网安备 32028202000211号</p>
</div>
<script type="text/javascript" src="/bbs/include/js/xmc_stat.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2207ecfb7b2633a3bc5c4968feb58569";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "linxi2009": ("1021346", 1282, 3410, 960, "2009-10-12", "GG", "物理化学", 86),
    "ruirui_chem": ("4420871", 35, 211, 102, "2016-09-03", "MM", "有机化学", 2),
    "小虫爱吃糖": ("6037712", 12, 58, 31, "2018-05-20", "MM", "高分子材料", 0),
    "zhangwq1986": ("2219053", 407, 1390, 655, "2012-03-17", "GG", "化学工程", 19),
    "高分子老李": ("1588620", 2390, 5120, 1702, "2010-11-08", "GG", "高分子化学与物理", 143),
    "luckyfrog": ("5512983", 88, 402, 177, "2017-09-11", "GG", "材料学", 4),
    "nanmu_2020": ("7304116", 5, 17, 9, "2020-08-29", "MM", "化学工程与技术", 0),
}


def author(name, pid):
    uid, coin, posts, online, reg, sex, major, flower = USERS[name]
    return f"""<td class="pls_user" rowspan="2" valign="top">
<div class="pls_name"><a href="/bbs/space.php?uid={uid}" target="_blank" class="xmc_blue">{name}</a></div>
<div class="pls_avatar"><a href="/bbs/space.php?uid={uid}" target="_blank"><img src="/bbs/images/avatars/noavatar_middle.gif" width="120" height="120" alt="" /></a></div>
<dl class="pls_info">
<dt>虫号:</dt><dd>{uid}</dd>
<dt>金币:</dt><dd>{coin}</dd>
<dt>帖子:</dt><dd>{posts}</dd>
<dt>在线:</dt><dd>{online}小时</dd>
<dt>注册:</dt><dd>{reg}</dd>
<dt>性别:</dt><dd>{sex}</dd>
<dt>专业:</dt><dd>{major}</dd>
</dl>
<div class="pls_flower">红花: <span class="xmc_red">{flower}</span></div>
<div class="pls_pm"><a href="/bbs/pm.php?action=send&amp;uid={uid}" rel="nofollow" target="_blank">发短消息</a> <a href="/bbs/my.php?item=buddylist&amp;newbuddyid={uid}" rel="nofollow">加为好友</a></div>
</td>"""


def floor(tid, pid, no, name, when, msg, subject="", sign=""):
    head = f'<h1 class="xmc_title" id="threadtitle">{subject}</h1>\n' if no == 1 else ""
    only = f' <a href="/bbs/viewthread.php?tid={tid}&amp;authorid={USERS[name][0]}" rel="nofollow">只看该作者</a>'
    signhtml = f'<div class="signatures" style="max-height:100px;">{sign}</div>' if sign else ""
    return f"""<div id="post_{pid}">
<table class="plhin" id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{author(name, pid)}
<td class="plc" valign="top">
<div class="pi"><strong><a href="/bbs/redirect.php?goto=findpost&amp;pid={pid}&amp;ptid={tid}" id="postnum{pid}" class="xmc_noblack">{no}楼</a></strong><span class="xmc_ft12 xmc_grey">{when}</span>{only}</div>
<div class="pct">
{head}<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{msg}
</td></tr></table></div>
{signhtml}
</div>
</td></tr>
<tr><td class="plc plm">
<div class="po"><span class="xmc_rt"><a href="javascript:;" onclick="sendflower({pid}, {tid})" class="xmc_red">送红花一朵</a> <a href="/bbs/post.php?action=reply&amp;tid={tid}&amp;repquote={pid}" rel="nofollow">引用</a> <a href="/bbs/post.php?action=reply&amp;tid={tid}&amp;reppost={pid}" rel="nofollow">回复此楼</a> <a href="javascript:;" onclick="showWindow('report', 'misc.php?action=report&amp;pid={pid}')">举报</a></span>&nbsp;</div>
</td></tr>
</table>
</div>
"""


def pages_bar(tid, n, count):
    if count == 1:
        return '<div class="xmc_Pages"><span class="xmc_grey">共 1 页</span></div>'
    out = '<div class="xmc_Pages"><table cellspacing="0" cellpadding="0"><tr><td class="header">' + f"{n}/{count}</td>"
    if n > 1:
        out += f'<td><a href="/bbs/viewthread.php?tid={tid}&amp;page={n - 1}">上一页</a></td>'
    for i in range(1, count + 1):
        out += (
            f'<td class="xmc_pageon">{i}</td>'
            if i == n
            else f'<td><a href="/bbs/viewthread.php?tid={tid}&amp;page={i}">{i}</a></td>'
        )
    if n < count:
        out += f'<td><a href="/bbs/viewthread.php?tid={tid}&amp;page={n + 1}">下一页</a></td>'
    return out + "</tr></table></div>"


def topic(tid, fid, subject, floors, n, count, views, replies, related):
    forum, zone = FORUMS[fid]
    head = HEAD.replace("@@TITLE@@", subject + (f" - 第{n}页" if n > 1 else "") + f" - {forum}")
    head = head.replace("@@KW@@", subject).replace("@@DESC@@", subject).replace("@@TID@@", str(tid)).replace("@@FID@@", str(fid))
    head = head.replace("@@MOBILE@@", f"t-{tid}-{n}")
    rel = "".join(f'<li><a href="/bbs/viewthread.php?tid={t}" target="_blank">{s}</a></li>' for t, s in related)
    return head + f"""<div class="xmc_Pos"><a href="/bbs/">小木虫论坛</a> &raquo; <a href="/bbs/index.php?gid={fid}">{zone}</a> &raquo; <a href="/bbs/forumdisplay.php?fid={fid}">{forum}</a> &raquo; {subject}</div>
<div class="xmc_ad960"><script type="text/javascript" src="/bbs/ad.php?pos=viewthread_top"></script></div>
<div class="xmc_thread_head"><span class="xmc_lt"><a href="/bbs/post.php?action=newthread&amp;fid={fid}" rel="nofollow"><img src="/bbs/images/muchong/newtopic.gif" alt="发新帖" /></a> <a href="/bbs/post.php?action=reply&amp;tid={tid}" rel="nofollow"><img src="/bbs/images/muchong/reply.gif" alt="回复" /></a></span>
<span class="xmc_rt xmc_ft12">查看: <b>{views}</b> | 回复: <b>{replies}</b> | <a href="/bbs/redirect.php?tid={tid}&amp;goto=lastpost#lastpost">最新回复</a> | <a href="/bbs/redirect.php?fid={fid}&amp;tid={tid}&amp;goto=nextoldset" rel="nofollow">上一主题</a> | <a href="/bbs/redirect.php?fid={fid}&amp;tid={tid}&amp;goto=nextnewset" rel="nofollow">下一主题</a></span></div>
{pages_bar(tid, n, count)}
<div id="postlist" class="mainbox viewthread">
{''.join(floors)}</div>
{pages_bar(tid, n, count)}
<div class="xmc_fastpost"><h3>快速回复</h3><div class="xmc_nologin">您需要登录后才可以回帖 <a href="/bbs/logging.php?action=login" rel="nofollow">登录</a> | <a href="/bbs/register.php" rel="nofollow">注册</a></div><textarea rows="5" cols="80" disabled="disabled"></textarea><p class="xmc_grey">小木虫，学术科研互动社区，为中国学术科研免费提供动力。请勿发布广告、灌水内容。</p></div>
<div class="xmc_box"><h3>相关帖子</h3><ul>{rel}</ul></div>
<div class="xmc_box"><h3>相关版块跳转</h3><ul><li><a href="/bbs/forumdisplay.php?fid=430">导师招生</a></li><li><a href="/bbs/forumdisplay.php?fid=125">休闲灌水</a></li></ul></div>
""" + FOOT


def br(paras):
    return "<br />\r\n".join(paras)


def build() -> Family:
    fam = Family(
        HOST,
        "小木虫 (muchong.com) academic forum, its Discuz!-derived xmc_ template (GBK, viewthread.php?tid=N)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    s1, s2 = SPEECHES["g38a-1"], SPEECHES["g38a-2"]
    t1, t2 = 13268417, 14620385
    subj1 = "昨天毕业典礼上作为导师代表的发言，发上来留个纪念"
    subj2 = "【经验】课题组新生见面会上老板的讲话（整理版），新入学的虫友可以看看"
    related = [
        (t2, subj2),
        (12987301, "研究生毕业致辞怎么写比较好？求模板"),
        (13004552, "导师在毕业典礼上讲哭了全场，你们导师呢"),
    ]
    related2 = [(t1, subj1), (14599210, "研一新生进组前需要做哪些准备？")]

    # topic 1: the speech in the first floor, replies over two pages
    msg1 = "昨天学院毕业典礼，让我作为导师代表讲几句，稿子是自己写的，念的时候差点没绷住。发上来留个纪念，也给以后要写类似稿子的虫友参考。<br />\r\n<br />\r\n" + br(s1.paras)
    f1 = [floor(t1, 61853201, 1, "高分子老李", "发表于 2019-06-22 09:13:41", msg1, subj1, "做实验，写论文，带学生。")]
    reps = [
        ("ruirui_chem", "2019-06-22 09:20:07", "前排支持李老师！"),
        ("zhangwq1986", "2019-06-22 09:41:55", "“宁可慢一点，也不能错一点”，说得太对了。"),
        ("小虫爱吃糖", "2019-06-22 10:02:18", "看哭了，想起了我老板。"),
        ("luckyfrog", "2019-06-22 11:35:40", "收藏了，明年我们学院也要用。"),
        ("linxi2009", "2019-06-22 13:18:09", "好导师，送红花。"),
    ]
    for i, (name, when, text) in enumerate(reps, start=2):
        f1.append(floor(t1, 61853201 + i * 37, i, name, "发表于 " + when, text))
    f1b = [
        floor(t1, 61860455, 7, "ruirui_chem", "发表于 2019-06-24 20:11:32", "<div class=\"quote\"><blockquote>原帖由 <i>zhangwq1986</i> 发表：<br />“宁可慢一点，也不能错一点”，说得太对了。</blockquote></div>赞同，数据一定要能重复。"),
        floor(t1, 61861902, 8, "nanmu_2020", "发表于 2019-06-25 08:02:47", "mark一下，谢谢分享"),
    ]
    p1a = topic(t1, 430, subj1, f1, 1, 2, 3862, 7, related)
    fam.route(f"/bbs/viewthread.php?tid={t1}", f"/bbs/t/{t1}-1.html", p1a)
    fam.route(f"/bbs/viewthread.php?tid={t1}&page=1", f"/bbs/t/{t1}-1.html", p1a)
    fam.route(f"/bbs/viewthread.php?tid={t1}&page=2", f"/bbs/t/{t1}-2.html", topic(t1, 430, subj1, f1b, 2, 2, 3862, 7, related))
    fam.doc([f"/bbs/viewthread.php?tid={t1}"], s1, title=subj1, published_at="2019-06-22")

    # topic 2: the poster goes on in his own 2楼
    cut = 9
    part1, part2 = s2.paras[:cut], s2.paras[cut:]
    assert part1 and part2
    msg2a = "开学第二周老板给我们开了新生见面会，我按录音整理了一下，没删什么，给新入学的师弟师妹们参考。字数有点多，一楼放不下，后面接着发。<br />\r\n<br />\r\n" + br(part1)
    msg2b = "（接上楼）<br />\r\n" + br(part2) + "<br />\r\n<br />\r\n（完）"
    f2 = [
        floor(t2, 73410288, 1, "zhangwq1986", "发表于 2020-09-15 22:47:03", msg2a, subj2, "Keep calm and carry on."),
        floor(t2, 73410301, 2, "zhangwq1986", "发表于 2020-09-15 22:49:26", msg2b, "", "Keep calm and carry on."),
        floor(t2, 73410422, 3, "nanmu_2020", "发表于 2020-09-15 23:05:11", "我就是今年新入学的，看完心里有底了，谢谢师兄！"),
        floor(t2, 73410618, 4, "luckyfrog", "发表于 2020-09-16 07:52:30", "这样的老板很难得，实验记录本不能撕页这条很重要。"),
        floor(t2, 73411093, 5, "linxi2009", "发表于 2020-09-16 10:26:14", "好帖，推荐到版面精华。"),
    ]
    p2 = topic(t2, 125, subj2, f2, 1, 1, 1542, 4, related2)
    fam.route(f"/bbs/viewthread.php?tid={t2}", f"/bbs/t/{t2}-1.html", p2)
    fam.route(f"/bbs/viewthread.php?tid={t2}&page=1", f"/bbs/t/{t2}-1.html", p2)
    fam.doc([f"/bbs/viewthread.php?tid={t2}"], s2, title=subj2, published_at="2020-09-15")

    # forum listings
    def listing(fid, rows_data):
        forum, zone = FORUMS[fid]
        rows = "".join(
            f"""<tbody id="normalthread_{t}"><tr>
<td class="folder"><img src="/bbs/images/muchong/folder_common.gif" alt="" /></td>
<th class="subject common"><a href="/bbs/viewthread.php?tid={t}" target="_blank">{s}</a></th>
<td class="author"><cite><a href="/bbs/space.php?uid={USERS[a][0]}">{a}</a></cite><em>{d}</em></td>
<td class="nums"><strong>{r}</strong> / <em>{v}</em></td>
<td class="lastpost"><em>{last}</em></td>
</tr></tbody>
"""
            for t, s, a, d, r, v, last in rows_data
        )
        head = HEAD.replace("@@TITLE@@", f"{forum} - {zone}").replace("@@KW@@", forum).replace("@@DESC@@", forum)
        head = head.replace("@@TID@@", "0").replace("@@FID@@", str(fid)).replace("@@MOBILE@@", f"f-{fid}-1")
        return head + f"""<div class="xmc_Pos"><a href="/bbs/">小木虫论坛</a> &raquo; <a href="/bbs/index.php?gid={fid}">{zone}</a> &raquo; {forum}</div>
<div class="xmc_forum_rules">版规：请勿发布广告；求助帖请写明专业方向；资源帖请注明来源。</div>
<table class="datatable" id="forum_{fid}" cellspacing="0" cellpadding="0">
<thead class="category"><tr><td class="folder">&nbsp;</td><th>标题</th><td class="author">作者</td><td class="nums">回复/查看</td><td class="lastpost">最后发表</td></tr></thead>
{rows}</table>
<div class="xmc_Pages"><span class="xmc_grey">共 1 页</span></div>
""" + FOOT

    fam.route("/bbs/forumdisplay.php?fid=430", "/bbs/f/430-1.html", listing(430, [(t1, subj1, "高分子老李", "2019-06-22", 7, 3862, "2019-06-25 08:02")]))
    fam.route("/bbs/forumdisplay.php?fid=125", "/bbs/f/125-1.html", listing(125, [(t2, subj2, "zhangwq1986", "2020-09-15", 4, 1542, "2020-09-16 10:26")]))
    home = HEAD.replace("@@TITLE@@", "小木虫论坛").replace("@@KW@@", "小木虫论坛").replace("@@DESC@@", "小木虫论坛-学术科研互动社区")
    home = home.replace("@@TID@@", "0").replace("@@FID@@", "0").replace("@@MOBILE@@", "")
    home += f"""<div class="xmc_box"><h3>今日热帖</h3><ul>
<li><a href="/bbs/viewthread.php?tid={t2}">{subj2}</a></li>
<li><a href="/bbs/viewthread.php?tid={t1}">{subj1}</a></li>
</ul></div>
<table class="xmc_forumlist" cellspacing="0" cellpadding="0">
<tr><th><a href="/bbs/forumdisplay.php?fid=430">导师招生</a></th><td>主题: 52319 / 帖数: 410287</td></tr>
<tr><th><a href="/bbs/forumdisplay.php?fid=125">休闲灌水</a></th><td>主题: 890112 / 帖数: 16230451</td></tr>
</table>
""" + FOOT
    fam.put("/bbs/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /bbs/logging.php\nDisallow: /bbs/post.php\nDisallow: /bbs/pm.php\nDisallow: /bbs/my.php\n")
    fam.home = "/bbs/"
    fam.not_documents += [
        "/bbs/",
        "/bbs/forumdisplay.php?fid=430",
        "/bbs/forumdisplay.php?fid=125",
        f"/bbs/viewthread.php?tid={t1}&page=2",
    ]
    fam.noise += [
        "念的时候差点没绷住",
        "一楼放不下",
        "接上楼",
        "前排支持李老师",
        "看哭了，想起了我老板",
        "这样的老板很难得",
        "送红花一朵",
        "做实验，写论文，带学生",
        "Keep calm and carry on",
        "苏ICP备09076621号",
        "虫号",
        "小木虫，学术科研互动社区",
    ]
    return fam
