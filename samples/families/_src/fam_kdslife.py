"""宽带山 KDS (club.kdslife.com)-like forum, the old PC thread template (about 2011-2012), GBK.

Home `/` (KDS Life channel bar, 宽带山 board list, 今日热帖) → board `/f_15_0_2_1_0.html` (+ page 2
`/f_15_0_2_2_0.html`; `table.thread_list` rows with 作者 / 回复 / 点击 / 最后回复) → topics
`/t_<tid>_0_0.html` (reply page P at `/t_<tid>_0_P.html`): `div.thread_hd` (`h1`, 点击 / 回复, 只看楼主 /
倒序看帖 / 收藏), floors `div.reply_item` each a `table` with the `td.user_info` column (ID, 头像, 等级, 积分,
发帖, 注册) and `td.reply_main` (`div.reply_hd` with `楼主` / `N楼`, `发表于：`, `IP：` 上海 segment,
引用 / 回复 / 举报), the text in `div.reply_content` as `<br />` lines, signatures under `div.sign`;
the 业委会 speech is posted by the 楼主 in two floors (楼主 + his own 20楼 on page 2, `接楼上：` …
`（全文完）`), the wedding speech in one floor; replies and reply pages are not documents."""

from common import SPEECHES, Family, split_paras

HOST = "club.kdslife-like.test"
BOARD = "/f_15_0_2_1_0.html"
BOARD2 = "/f_15_0_2_2_0.html"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="宽带山,KDS,上海,社区,论坛,@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="http://s.kdslife-like.test/css/global.css?v=20111108" />
<link rel="stylesheet" type="text/css" href="http://s.kdslife-like.test/css/club/thread.css?v=20111108" />
<script type="text/javascript" src="http://s.kdslife-like.test/js/jquery-1.6.2.min.js"></script>
<script type="text/javascript" src="http://s.kdslife-like.test/js/kds.common.js?v=20111031"></script>
<script type="text/javascript">var KDS = KDS || {}; KDS.fid = 15; KDS.tid = '@@TID@@'; KDS.page = @@PAGE@@; KDS.uid = 0;</script>
</head>
<body>
<div id="kds_topbar"><div class="w960">
<div class="fl"><a href="http://www.kdslife-like.test/" class="logo_s">KDS Life</a> <a href="http://www.kdslife-like.test/">首页</a> <a href="/">宽带山</a> <a href="http://auto.kdslife-like.test/">汽车</a> <a href="http://house.kdslife-like.test/">房产</a> <a href="http://food.kdslife-like.test/">美食</a> <a href="http://fashion.kdslife-like.test/">时尚</a> <a href="http://travel.kdslife-like.test/">旅游</a> <a href="http://pic.kdslife-like.test/">图片</a></div>
<div class="fr" id="kds_login_bar"><a href="http://passport.kdslife-like.test/login.php?refer=http%3A%2F%2Fclub.kdslife-like.test%2F">登录</a> | <a href="http://passport.kdslife-like.test/register.php">注册</a> | <a href="http://m.kdslife-like.test/" class="mobile">手机版</a> | <a href="http://app.kdslife-like.test/" class="app">KDS客户端</a></div>
</div></div>
<div id="kds_header"><div class="w960">
<a href="/" class="kds_logo"><img src="http://s.kdslife-like.test/images/club/logo_kds.gif" alt="宽带山 KDS" width="200" height="60" /></a>
<div class="kds_search"><form action="http://search.kdslife-like.test/" method="get" target="_blank"><input type="text" name="q" class="txt" value="" /><input type="hidden" name="f" value="15" /><input type="submit" class="btn" value="搜 索" /></form></div>
<div class="kds_ad_top"><script type="text/javascript" src="http://ad.kdslife-like.test/show.php?id=101"></script></div>
</div></div>
<div id="kds_nav"><div class="w960"><ul>
<li><a href="/">社区首页</a></li><li class="on"><a href="@@BOARD@@">宽带山</a></li><li><a href="/f_18_0_2_1_0.html">上海滩</a></li><li><a href="/f_21_0_2_1_0.html">职场</a></li><li><a href="/f_33_0_2_1_0.html">婚嫁</a></li><li><a href="/f_36_0_2_1_0.html">亲子</a></li><li><a href="/f_40_0_2_1_0.html">装修</a></li><li><a href="/f_8_0_2_1_0.html">站务</a></li>
</ul></div></div>
<div class="w960 wrap">
"""

FOOT = """</div>
<div id="kds_footer"><div class="w960">
<p><a href="http://www.kdslife-like.test/about/">关于我们</a> | <a href="http://www.kdslife-like.test/about/contact.html">联系我们</a> | <a href="http://www.kdslife-like.test/about/ad.html">广告服务</a> | <a href="http://www.kdslife-like.test/about/job.html">加入我们</a> | <a href="http://www.kdslife-like.test/about/rule.html">社区公约</a> | <a href="/f_8_0_2_1_0.html">站务</a></p>
<p>Copyright &copy; 2001-2012 KDSLife.com All rights reserved. 上海宽带山网络科技有限公司 版权所有</p>
<p><a href="http://www.miibeian.gov.cn/" target="_blank">沪ICP证：沪B2-20090071</a> 沪公网安备310104000258号 违法和不良信息举报电话：021-6458xxxx</p>
</div></div>
<script type="text/javascript" src="http://s.kdslife-like.test/js/club/thread.js?v=20111108"></script>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F6b47c0f2e1a44e0f5a6d9e29a0f2c3d1' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

USERS = {
    "徐汇老娘舅": (310248, "二级山友", 2861, 4410, "2004-07-12", "住了十年小区，当了三年业委会委员，头发白了一半。"),
    "闵行小刀": (882104, "一级山友", 733, 1205, "2008-03-21", ""),
    "静安阿三": (461183, "三级山友", 9120, 15022, "2005-11-02", "侬好，再会。"),
    "浦东的胖头鱼": (1093377, "新手上路", 122, 96, "2010-06-30", ""),
    "老西门": (237905, "四级山友", 12066, 20871, "2003-09-15", "上海老土著 | 只说真话"),
    "长宁陆爷叔": (571640, "二级山友", 3207, 3980, "2006-05-18", "女儿出嫁了，家里空落落的。"),
    "宝山小宝": (1204551, "一级山友", 418, 600, "2011-01-09", ""),
}

T1, T2 = 8264131, 9877402

REPLIES1 = [
    ("闵行小刀", "2011-11-20 22:31", "沙发。业委会不好当，吃力不讨好，支持老娘舅。"),
    ("静安阿三", "2011-11-20 22:40", "屋面防水跑了九个月，这个我信。我们小区申请维修资金跑了一年半还没批下来。"),
    ("浦东的胖头鱼", "2011-11-20 23:02", "电梯那个事情太难了，三分之二同意，有的业主一年到头人都不在。"),
    ("老西门", "2011-11-20 23:15", "写得实在。公开是最好的办法，这句话应该贴在每个小区门口。"),
    ("宝山小宝", "2011-11-20 23:47", "楼主后面还有吗？好像没讲完。"),
] + [
    (name, f"2011-11-21 {8 + i // 3:02d}:{(i * 7) % 60:02d}", text)
    for i, (name, text) in enumerate(
        [
            ("闵行小刀", "等下半段。"),
            ("静安阿三", "停车位改了三稿，我们小区一稿都没改，直接贴出来就执行了，吵翻天。"),
            ("老西门", "mark，回头给我们业委会主任看看。"),
            ("浦东的胖头鱼", "请问业委会委员有补贴吗？"),
            ("徐汇老娘舅", "回9楼：没有的，全部义务。前两年连打印纸都是自己买的，后来业主大会通过了才从公共收益里列支。"),
            ("宝山小宝", "义务劳动三年，致敬。"),
            ("静安阿三", "物业是管家不是对手，讲得好。"),
            ("老西门", "顶一下，好帖不能沉。"),
            ("闵行小刀", "楼主换届以后还当委员吗？"),
            ("浦东的胖头鱼", "同问。"),
            ("宝山小宝", "坐等下半段。"),
            ("老西门", "老娘舅人呢？"),
            ("静安阿三", "估计在开会。"),
            ("闵行小刀", "顶。"),
        ]
    )
]
# the 楼主's own floor that goes on with the speech: 21楼, the first floor on page 2
REPLIES2 = [
    ("老西门", "2011-11-21 19:20", "完整看下来，讲得有情有理，比我们小区那个主任念稿子强多了。"),
    ("闵行小刀", "2011-11-21 19:48", "维修资金使用要三分之二同意，这个规定确实卡住了很多小区，希望以后能改。"),
    ("静安阿三", "2011-11-21 20:30", "[quote]原帖由 徐汇老娘舅 于 2011-11-20 22:05 发表\n各位业主、各位邻居：[/quote]\n恭喜卸任，好好休息一段时间。"),
]

REPLIES_T2 = [
    ("宝山小宝", "2012-10-04 21:12", "看得我眼泪水都出来了，五斤二两那段。"),
    ("静安阿三", "2012-10-04 21:30", "爷叔写得好，真心话最打动人。恭喜恭喜！"),
    ("老西门", "2012-10-04 22:06", "女婿抢着洗碗，这个女婿靠得住，哈哈。"),
    ("闵行小刀", "2012-10-05 09:17", "收藏了，过两年我女儿也要结婚了，到时候借鉴一下。"),
]


def lines(paras):
    return "<br />\n".join(paras)


def body_html(text):
    if text.startswith("[quote]"):
        q, rest = text[7:].split("[/quote]\n", 1)
        head, quoted = q.split("\n", 1)
        return f'<div class="quote"><div class="quote_hd">{head}</div><div class="quote_bd">{quoted}</div></div>{rest}'
    return text


def floor(n, name, stamp, content, tid, lz):
    uid, level, points, posts, reg, sign = USERS[name]
    label = "楼主" if n == 0 else f"{n}楼"
    lz_mark = '<em class="lz">楼主</em>' if name == lz and n else ""
    sign_html = f'<div class="sign">{sign}</div>' if sign else ""
    return f"""<div class="reply_item" id="floor_{n}"><a name="{n}"></a>
<table cellspacing="0" cellpadding="0" width="100%"><tr>
<td class="user_info" valign="top" rowspan="2">
<div class="uname"><a href="http://my.kdslife-like.test/u/{uid}/" target="_blank">{name}</a>{lz_mark}</div>
<div class="uface"><a href="http://my.kdslife-like.test/u/{uid}/" target="_blank"><img src="http://face.kdslife-like.test/{uid % 100}/{uid}_m.jpg" width="90" height="90" alt="" onerror="this.src='http://s.kdslife-like.test/images/noface.gif'" /></a></div>
<ul class="uinfo"><li>等级：{level}</li><li>积分：{points}</li><li>发帖：{posts}</li><li>注册：{reg}</li></ul>
<div class="uop"><a href="javascript:;" onclick="KDS.msg.send({uid})">发短信</a> <a href="javascript:;" onclick="KDS.friend.add({uid})">加好友</a></div>
</td>
<td class="reply_main" valign="top">
<div class="reply_hd"><span class="floor">{label}</span><span class="author">{name}</span><span class="time">发表于：{stamp}</span><span class="ip">IP：上海</span><span class="op"><a href="javascript:;" onclick="KDS.thread.onlyAuthor({tid},{uid})">只看此人</a> <a href="javascript:;" onclick="KDS.thread.quote({tid},{n})">引用</a> <a href="javascript:;" onclick="KDS.thread.reply({tid},{n})">回复</a> <a href="javascript:;" onclick="KDS.thread.report({tid},{n})">举报</a></span></div>
<div class="reply_content" id="reply_content_{n}">{content}</div>
</td></tr>
<tr><td class="reply_ft" valign="bottom">{sign_html}</td></tr>
</table>
</div>
"""


def pager(tid, cur, last):
    if last == 1:
        return ""
    out = [f'<div class="pages"><span class="total">共{last}页</span>']
    if cur > 1:
        out.append(f'<a href="/t_{tid}_0_{"0" if cur == 2 else cur - 1}.html" class="prev">上一页</a>')
    for i in range(1, last + 1):
        href = f"/t_{tid}_0_{0 if i == 1 else i}.html"
        out.append(f'<strong>{i}</strong>' if i == cur else f'<a href="{href}">{i}</a>')
    if cur < last:
        out.append(f'<a href="/t_{tid}_0_{cur + 1}.html" class="next">下一页</a>')
    out.append("</div>")
    return "".join(out)


def topic_page(tid, subject, clicks, replies, cur, last, floors):
    title = f"{subject}" + ("" if cur == 1 else f" - 第{cur}页") + " - 宽带山 - KDS Life"
    head = HEAD.replace("@@TITLE@@", title).replace("@@KW@@", "讲话稿").replace("@@DESC@@", subject).replace("@@TID@@", str(tid)).replace("@@PAGE@@", str(cur)).replace("@@BOARD@@", BOARD)
    return head + f"""<div class="path"><a href="http://www.kdslife-like.test/">KDS Life</a> &gt; <a href="/">社区</a> &gt; <a href="{BOARD}">宽带山</a> &gt; <span>正文</span></div>
<div class="thread_hd">
<div class="btns"><a href="http://passport.kdslife-like.test/login.php" class="btn_post">发新帖</a><a href="#fastreply" class="btn_reply">回复</a></div>
<h1 id="thread_subject">{subject}</h1>
<div class="thread_info"><span>点击：<em>{clicks}</em></span><span>回复：<em>{replies}</em></span><a href="javascript:;" onclick="KDS.thread.onlyLz({tid})">只看楼主</a> <a href="javascript:;" onclick="KDS.thread.desc({tid})">倒序看帖</a> <a href="javascript:;" onclick="KDS.fav.add({tid})">收藏</a> <span class="share">分享到：<a href="javascript:;" class="s_tsina" onclick="KDS.share('tsina')">新浪微博</a><a href="javascript:;" class="s_qzone" onclick="KDS.share('qzone')">QQ空间</a><a href="javascript:;" class="s_renren" onclick="KDS.share('renren')">人人网</a></span></div>
</div>
{pager(tid, cur, last)}
<div class="reply_list" id="reply_list">
{floors}</div>
{pager(tid, cur, last)}
<div class="thread_ad"><script type="text/javascript" src="http://ad.kdslife-like.test/show.php?id=118"></script></div>
<div class="fastreply" id="fastreply"><h3>快速回复</h3><div class="nologin">您还没有登录，请先 <a href="http://passport.kdslife-like.test/login.php">登录</a> 或 <a href="http://passport.kdslife-like.test/register.php">注册</a> 后再回复。</div></div>
<div class="thread_related"><h3>宽带山热帖</h3><ul>
<li><a href="/t_8261877_0_0.html">小区门口新开了一家面馆，味道还可以</a></li>
<li><a href="/t_8260412_0_0.html">问下，公积金贷款现在要排队多久？</a></li>
<li><a href="/t_8258890_0_0.html">今朝地铁2号线又停了，迟到半个钟头</a></li>
</ul></div>
""" + FOOT


ROWS_OTHER = [
    (8250003, "[公告] 宽带山版规（2011年修订）", "老西门", "2011-06-01", 45, 30211, True),
    (8261877, "小区门口新开了一家面馆，味道还可以", "宝山小宝", "2011-11-20", 18, 655, False),
    (8260412, "问下，公积金贷款现在要排队多久？", "浦东的胖头鱼", "2011-11-20", 31, 1420, False),
]


def row(tid, subject, author, date, replies, clicks, top=False, pages=1):
    mark = '<img src="http://s.kdslife-like.test/images/club/top.gif" alt="置顶" /> ' if top else ""
    more = f' <span class="tpages">[<a href="/t_{tid}_0_2.html">2</a>]</span>' if pages > 1 else ""
    return f"""<tr><td class="t_icon"><img src="http://s.kdslife-like.test/images/club/t_normal.gif" alt="" /></td><td class="t_subject">{mark}<a href="/t_{tid}_0_0.html" target="_blank">{subject}</a>{more}</td><td class="t_author"><a href="http://my.kdslife-like.test/u/{USERS[author][0]}/">{author}</a><br /><em>{date}</em></td><td class="t_num">{replies}/{clicks}</td></tr>"""


def board_page(rows, cur):
    head = HEAD.replace("@@TITLE@@", "宽带山" + ("" if cur == 1 else f" - 第{cur}页") + " - KDS Life").replace("@@KW@@", "宽带山").replace("@@DESC@@", "宽带山KDS，上海人的网上社区").replace("@@TID@@", "").replace("@@PAGE@@", str(cur)).replace("@@BOARD@@", BOARD)
    nav = '<div class="pages"><span class="total">共2页</span>' + (
        f'<strong>1</strong><a href="{BOARD2}">2</a><a href="{BOARD2}" class="next">下一页</a>' if cur == 1 else f'<a href="{BOARD}" class="prev">上一页</a><a href="{BOARD}">1</a><strong>2</strong>'
    ) + "</div>"
    return head + f"""<div class="path"><a href="http://www.kdslife-like.test/">KDS Life</a> &gt; <a href="/">社区</a> &gt; <span>宽带山</span></div>
<div class="forum_hd"><h2>宽带山</h2><p>上海人的网上家园。版主：<a href="http://my.kdslife-like.test/u/237905/">老西门</a></p><a href="http://passport.kdslife-like.test/login.php" class="btn_post">发新帖</a></div>
{nav}
<table class="thread_list" cellspacing="0" cellpadding="0" width="100%">
<tr class="th"><th colspan="2">标题</th><th>作者</th><th>回复/点击</th></tr>
{rows}
</table>
{nav}
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "宽带山 KDS (club.kdslife.com)-like forum, old PC thread template (GBK; /t_TID_0_P.html)", encoding="gbk", content_type="text/html; charset=gbk")
    s1, s2 = SPEECHES["f46a-1"], SPEECHES["f46a-2"]
    subj1 = "今天小区业主大会换届，我作为卸任业委会委员上台讲了几句，稿子贴上来"
    subj2 = "女儿国庆节结婚，我在婚礼上的致辞，写了一个礼拜"
    lz1, lz2 = "徐汇老娘舅", "长宁陆爷叔"
    a, b = split_paras(s1.paras, 2)
    first = "（下午刚开完会，回来把稿子整理了一下，字数太多一楼发不下，分两次发。）<br />\n<br />\n" + lines(a)
    f1 = [floor(0, lz1, "2011-11-20 22:05", first, T1, lz1)]
    f1 += [floor(i, n, t, body_html(x), T1, lz1) for i, (n, t, x) in enumerate(REPLIES1, 1)]
    cont = "接楼上：<br />\n" + lines(b) + "<br />\n<br />\n（全文完）"
    n = len(REPLIES1) + 1
    f2 = [floor(n, lz1, "2011-11-21 18:42", cont, T1, lz1)]
    f2 += [floor(n + i, nm, t, body_html(x), T1, lz1) for i, (nm, t, x) in enumerate(REPLIES2, 1)]
    total = len(REPLIES1) + 1 + len(REPLIES2)
    fam.put(f"/t_{T1}_0_0.html", topic_page(T1, subj1, 3862, total, 1, 2, "".join(f1)))
    fam.put(f"/t_{T1}_0_2.html", topic_page(T1, subj1, 3862, total, 2, 2, "".join(f2)))
    fam.doc([f"/t_{T1}_0_0.html", f"/t_{T1}_0_2.html"], s1, title=subj1, published_at="2011-11-20")
    fam.not_documents.append(f"/t_{T1}_0_2.html")

    g = [floor(0, lz2, "2012-10-04 20:47", "国庆节女儿出嫁，婚礼上我讲了几句，贴上来留个纪念。<br />\n<br />\n" + lines(s2.paras), T2, lz2)]
    g += [floor(i, nm, t, x, T2, lz2) for i, (nm, t, x) in enumerate(REPLIES_T2, 1)]
    fam.put(f"/t_{T2}_0_0.html", topic_page(T2, subj2, 1207, len(REPLIES_T2), 1, 1, "".join(g)))
    fam.doc([f"/t_{T2}_0_0.html"], s2, title=subj2, published_at="2012-10-04")

    rows1 = [row(*ROWS_OTHER[0]), row(T1, subj1, lz1, "2011-11-20", total, 3862, pages=2), row(*ROWS_OTHER[1]), row(*ROWS_OTHER[2])]
    fam.put(BOARD, board_page("\n".join(rows1), 1))
    fam.put(BOARD2, board_page(row(T2, subj2, lz2, "2012-10-04", len(REPLIES_T2), 1207), 2))
    for tid, subject, author, date, *_ in ROWS_OTHER:
        fam.put(f"/t_{tid}_0_0.html", topic_page(tid, subject, 300, 0, 1, 1, floor(0, author, date + " 10:12", "如题，大家说说看。", tid, author)))
    home = HEAD.replace("@@TITLE@@", "宽带山KDS - 上海人的网上家园 - KDS Life").replace("@@KW@@", "宽带山社区").replace("@@DESC@@", "宽带山KDS，上海人的网上家园").replace("@@TID@@", "").replace("@@PAGE@@", "1").replace("@@BOARD@@", BOARD)
    home += f"""<div class="club_home">
<div class="box forums"><h3>社区版块</h3><ul><li><a href="{BOARD}">宽带山</a> <em>今日：2841</em></li><li><a href="/f_18_0_2_1_0.html">上海滩</a></li><li><a href="/f_33_0_2_1_0.html">婚嫁</a></li><li><a href="/f_40_0_2_1_0.html">装修</a></li></ul></div>
<div class="box hot"><h3>今日热帖</h3><ul><li><a href="/t_{T1}_0_0.html">{subj1}</a></li><li><a href="/t_8260412_0_0.html">问下，公积金贷款现在要排队多久？</a></li></ul></div>
<div class="box app"><h3>KDS手机客户端</h3><p>随时随地上宽带山，<a href="http://app.kdslife-like.test/">立即下载</a></p></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /post.php\nDisallow: /search.php\n")
    fam.not_documents += ["/", BOARD, BOARD2, "/t_8261877_0_0.html"]
    fam.noise += ["发表于：", "IP：上海", "接楼上：", "（全文完）", "分两次发", "快速回复", "沪ICP证", "只看楼主", "住了十年小区", "宽带山热帖", "坐等下半段"]
    return fam
