"""猫扑 (MOP) 贴贴-like old table-layout forum topic pages, about 2012 (GBK, gb2312 meta).

Static topic pages `read_<id>_<page>_0.html` (page 2 of the replies `read_<id>_2_0.html`); the global
MOP top bar (猫扑首页 / 大杂烩 / 贴贴 / …, 登录 / 注册), the 贴贴 logo row and channel nav, `当前位置` crumbs,
the 楼主 table (author cell with 猫扑ID, 等级, MP / GP, 注册时间; `发表于：2012-10-20 20:31:05`, 字号,
only-the-poster link, the text as `<br />` lines with full-width indents inside `div.tz_cont`), a
`回帖奖励` line, the 推荐 / 踩 / 收藏 / 分享 bar, then reply tables (`N楼`, 回复 / 引用 / 举报), the
`页次` pager (`上一页 1 2 下一页`), the quick-reply box for guests (登录后才能回帖), 热帖推荐, and the footer
with the company, ICP / 文网文 lines and the stat script."""

from common import SPEECHES, Family

HOST = "tt.maopu-like.test"
BOARD = (36, "猫扑杂谈")

TOP = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{kw},猫扑,贴贴,mop" />
<meta name="description" content="{desc}" />
<link href="http://img.mopimg.test/tt/css/tt_global.css?v=20120911" rel="stylesheet" type="text/css" />
<link href="http://img.mopimg.test/tt/css/tt_read.css?v=20120911" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img.mopimg.test/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="http://img.mopimg.test/tt/js/tt_common.js?v=20120911"></script>
<script type="text/javascript">var tt_subId = {sid}; var tt_boardId = 36; var tt_page = {page}; var mop_uid = 0;</script>
</head>
<body>
<div class="mop_topbar"><div class="w960">
<div class="fl"><a href="http://www.maopu-like.test/" target="_blank">猫扑首页</a> | <a href="http://dzh.maopu-like.test/" target="_blank">大杂烩</a> | <a href="/">贴贴</a> | <a href="http://hi.maopu-like.test/" target="_blank">猫扑Hi</a> | <a href="http://xiaoshuo.maopu-like.test/" target="_blank">小说</a> | <a href="http://game.maopu-like.test/" target="_blank">游戏</a> | <a href="http://pic.maopu-like.test/" target="_blank">图片</a></div>
<div class="fr" id="mop_loginbar">欢迎来到猫扑！ <a href="http://passport.maopu-like.test/login.do" rel="nofollow">登录</a> | <a href="http://passport.maopu-like.test/reg.do" rel="nofollow">注册</a> | <a href="http://www.maopu-like.test/help/" target="_blank">帮助</a></div>
</div></div>
<div class="tt_head w960"><table width="960" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200"><a href="/"><img src="http://img.mopimg.test/tt/images/tt_logo.gif" width="180" height="60" alt="猫扑贴贴" /></a></td>
<td><div class="tt_nav"><a href="/">贴贴首页</a> <a href="/list_36_1_0.html">猫扑杂谈</a> <a href="/list_12_1_0.html">情感天地</a> <a href="/list_21_1_0.html">职场</a> <a href="/list_45_1_0.html">体育</a> <a href="/list_58_1_0.html">原创文学</a></div></td>
<td width="220" align="right"><form action="http://so.maopu-like.test/tt" method="get" target="_blank"><input type="text" name="q" class="tt_sinput" value="" /><input type="submit" value="搜 索" class="tt_sbtn" /></form></td>
</tr></table></div>
<div class="w960">
"""

FOOT = """</div>
<div class="mop_foot w960"><p><a href="http://www.maopu-like.test/about/" target="_blank">关于猫扑</a> | <a href="http://www.maopu-like.test/about/ad.html" target="_blank">广告服务</a> | <a href="http://www.maopu-like.test/about/contact.html" target="_blank">联系我们</a> | <a href="http://www.maopu-like.test/about/job.html" target="_blank">招聘信息</a> | <a href="http://www.maopu-like.test/about/law.html" target="_blank">法律声明</a> | <a href="http://www.maopu-like.test/sitemap.html" target="_blank">网站地图</a></p>
<p>Copyright &copy; 1997-2012 Mop.com All Rights Reserved. 猫扑网 版权所有</p>
<p><a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证060534号</a> 京网文[2011]0387-130号 新出网证（京）字022号 不良信息举报电话：010-84580000</p>
</div>
<script type="text/javascript" src="http://img.mopimg.test/js/mop_stat.js"></script>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3Fa8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

USERS = {
    "东门老街坊": ("13527711", "猫扑中将", 3220, 18211, "2005-07-19"),
    "阿猫不吃鱼": ("20931254", "猫扑少校", 412, 2301, "2009-03-02"),
    "灌水小分队": ("22810077", "猫扑中尉", 188, 905, "2010-11-25"),
    "路过打酱油的": ("25100312", "猫扑新兵", 21, 66, "2012-01-09"),
    "绿茵少年": ("18732210", "猫扑上校", 1305, 8820, "2007-05-30"),
    "球场看台": ("24004518", "猫扑上士", 97, 430, "2011-08-14"),
}


def author_td(name):
    uid, level, mp, gp, reg = USERS[name]
    return f"""<td width="160" valign="top" class="tz_user" rowspan="2">
<div class="tz_uname"><a href="http://hi.maopu-like.test/space/{uid}" target="_blank">{name}</a></div>
<div class="tz_uface"><a href="http://hi.maopu-like.test/space/{uid}" target="_blank"><img src="http://img.mopimg.test/face/default_120.gif" width="100" height="100" /></a></div>
<div class="tz_uinfo">猫扑ID：{uid}<br />等级：{level}<br />MP：{mp}<br />GP：{gp}<br />注册：{reg}</div>
</td>"""


def floor_table(sid, floor, name, when, body, first=False, subject=""):
    head = f'<h1 class="tz_title">{subject}</h1>' if first else ""
    floorname = "楼主" if first else f"{floor}楼"
    tools = (
        f'<a href="javascript:void(0)" onclick="tt_fontsize(16)">大</a> <a href="javascript:void(0)" onclick="tt_fontsize(14)">中</a> <a href="javascript:void(0)" onclick="tt_fontsize(12)">小</a> | <a href="/read_{sid}_1_0.html?onlylz=1" rel="nofollow">只看楼主</a>'
        if first
        else '<a href="#reply" onclick="tt_reply()">回复</a> | <a href="#reply" onclick="tt_quote(this)">引用</a> | <a href="javascript:void(0)" onclick="tt_report()">举报</a>'
    )
    bar = (
        """<div class="tz_award">回帖奖励：本帖楼主设置了回帖奖励，回复即有机会获得 <b>10</b> MP</div>
<div class="tz_bar"><a href="javascript:void(0)" class="btn_tui" onclick="tt_vote(1)">推荐(<span id="tui_num">126</span>)</a> <a href="javascript:void(0)" class="btn_cai" onclick="tt_vote(0)">踩(<span id="cai_num">3</span>)</a> <a href="javascript:void(0)" onclick="tt_fav()">收藏</a> <span class="tz_share">分享到：<a href="http://v.t.sina.com.cn/share/share.php" target="_blank">新浪微博</a> <a href="http://share.v.t.qq.com/index.php" target="_blank">腾讯微博</a> <a href="http://share.renren.com/share/buttonshare.do" target="_blank">人人网</a> <a href="http://www.kaixin001.com/repaste/share.php" target="_blank">开心网</a></span></div>"""
        if first
        else ""
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tz_table{' tz_lz' if first else ''}" id="floor_{floor}">
<tr>
{author_td(name)}
<td valign="top" class="tz_main">
<div class="tz_info"><span class="fr">{tools}</span><span class="tz_floor">{floorname}</span> 发表于：{when}</div>
{head}
<div class="tz_cont" id="tz_cont_{floor}">{body}</div>
{bar}
</td>
</tr>
<tr><td class="tz_foot">&nbsp;</td></tr>
</table>
"""


def pager(sid, n, count):
    if count == 1:
        return '<div class="tt_page">页次：1/1</div>'
    out = f'<div class="tt_page">页次：{n}/{count} '
    if n > 1:
        out += f'<a href="/read_{sid}_{n - 1}_0.html">上一页</a> '
    for i in range(1, count + 1):
        out += f"<b>{i}</b> " if i == n else f'<a href="/read_{sid}_{i}_0.html">{i}</a> '
    if n < count:
        out += f'<a href="/read_{sid}_{n + 1}_0.html">下一页</a>'
    return out + "</div>"


def topic_page(sid, subject, floors, n, count):
    head = TOP.format(
        title=f"{subject}_{BOARD[1]}_猫扑贴贴" + (f"_第{n}页" if n > 1 else ""),
        kw=subject, desc=subject, sid=sid, page=n,
    )
    body = f"""<div class="tt_pos">当前位置：<a href="http://www.maopu-like.test/">猫扑</a> &gt; <a href="/">贴贴</a> &gt; <a href="/list_{BOARD[0]}_1_0.html">{BOARD[1]}</a> &gt; 正文</div>
<div class="tt_ad960"><script type="text/javascript" src="http://ad.maopu-like.test/s?z=tt_read_top"></script></div>
<table width="960" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="720" valign="top" class="tt_left">
<div class="tz_top"><span class="fr"><a href="/post.do?bid={BOARD[0]}" rel="nofollow"><img src="http://img.mopimg.test/tt/images/btn_fatie.gif" alt="发帖" /></a> <a href="#reply"><img src="http://img.mopimg.test/tt/images/btn_huitie.gif" alt="回帖" /></a></span>{pager(sid, n, count)}</div>
{''.join(floors)}
<div class="tz_top">{pager(sid, n, count)}</div>
<a name="reply"></a><div class="tt_reply"><table width="100%"><tr><td class="tt_reply_t">快速回复</td></tr><tr><td><div class="tt_nologin">您还没有登录，<a href="http://passport.maopu-like.test/login.do" rel="nofollow">登录</a>后才能回帖。还没有猫扑ID？<a href="http://passport.maopu-like.test/reg.do" rel="nofollow">立即注册</a></div><textarea rows="5" cols="80" disabled="disabled"></textarea></td></tr></table></div>
</td>
<td width="230" valign="top" class="tt_right">
<div class="tt_box"><h3>热帖推荐</h3><ul>
<li><a href="/read_{SID_OTHER[sid]}_1_0.html">{SUBJ[SID_OTHER[sid]]}</a></li>
<li><a href="/list_36_1_0.html">【猫扑杂谈】本周热帖汇总</a></li>
</ul></div>
<div class="tt_box"><script type="text/javascript" src="http://ad.maopu-like.test/s?z=tt_read_right"></script></div>
</td></tr></table>
"""
    return head + body + FOOT


SUBJ = {}
SID_OTHER = {}


def br(paras):
    return "<br />\n".join(f"　　{p}" for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "猫扑 (MOP) 贴贴-like table-layout forum, about 2012 (GBK, read_<id>_<page>_0.html)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    s3, s4 = SPEECHES["g37b-3"], SPEECHES["g37b-4"]
    sid1, sid2 = 14125876, 13380412
    subj1 = "[原创]给社区老年人手机培训班写的结业讲话，领导一字没改就念了"
    subj2 = "[分享]县里青少年足球联赛开幕式的致辞稿，在局里打杂写的"
    SUBJ.update({sid1: subj1, sid2: subj2})
    SID_OTHER.update({sid1: sid2, sid2: sid1})
    # topic 1: two pages of floors
    body1 = (
        "　　在街道上班，主任让我写的，周六结业式上念的。发出来给有需要的猫友参考，别拿去原样交差哈。<br />\n<br />\n"
        + br(s3.paras)
    )
    floors1 = [floor_table(sid1, 0, "东门老街坊", "2012-10-20 20:31:05", body1, True, subj1)]
    reps = [
        ("阿猫不吃鱼", "2012-10-20 20:35:41", "沙发！"),
        ("灌水小分队", "2012-10-20 20:47:12", "楼主是街道的？写得挺实在，没那么多虚的。"),
        ("路过打酱油的", "2012-10-20 21:10:33", "我妈也该去学学，天天问我微信怎么发语音。"),
        ("阿猫不吃鱼", "2012-10-20 21:22:08", "“我要先挂了，问问我儿子”，这句有意思。"),
        ("灌水小分队", "2012-10-20 22:05:50", "回帖拿MP，顺便支持楼主。"),
        ("路过打酱油的", "2012-10-21 08:14:27", "收藏了，下个月我们单位也有类似的活动。"),
        ("东门老街坊", "2012-10-21 09:02:16", "回复7楼：可以参考，改改就能用。"),
        ("阿猫不吃鱼", "2012-10-21 10:40:59", "顶上去让更多人看到。"),
        ("灌水小分队", "2012-10-21 12:31:44", "猫扑也有正经帖了，难得。"),
    ]
    for i, (name, when, text) in enumerate(reps, start=1):
        floors1.append(floor_table(sid1, i, name, when, text))
    reps2 = [
        ("路过打酱油的", "2012-10-22 19:20:01", "第二页留名。"),
        ("阿猫不吃鱼", "2012-10-23 13:05:36", "<div class=\"tz_quote\">引用 东门老街坊 的发言：<br />可以参考，改改就能用。</div>楼主好人。"),
    ]
    floors1b = [floor_table(sid1, 10 + i, name, when, text) for i, (name, when, text) in enumerate(reps2)]
    fam.put(f"/read_{sid1}_1_0.html", topic_page(sid1, subj1, floors1, 1, 2))
    fam.put(f"/read_{sid1}_2_0.html", topic_page(sid1, subj1, floors1b, 2, 2))
    fam.doc([f"/read_{sid1}_1_0.html"], s3, title=subj1, published_at="2012-10-20")
    # topic 2: one page
    body2 = br(s4.paras) + "<br />\n<br />\n　　（完）"
    floors2 = [floor_table(sid2, 0, "绿茵少年", "2012-04-14 16:52:38", body2, True, subj2)]
    for i, (name, when, text) in enumerate(
        [
            ("球场看台", "2012-04-14 17:03:11", "县里能办六届不容易，支持校园足球！"),
            ("灌水小分队", "2012-04-14 18:26:47", "“摔倒的对手，拉他一把”，中国足球从娃娃抓起。"),
            ("绿茵少年", "2012-04-14 19:40:02", "谢谢各位，比赛五周，有空去看看孩子们踢球。"),
        ],
        start=1,
    ):
        floors2.append(floor_table(sid2, i, name, when, text))
    fam.put(f"/read_{sid2}_1_0.html", topic_page(sid2, subj2, floors2, 1, 1))
    fam.doc([f"/read_{sid2}_1_0.html"], s4, title=subj2, published_at="2012-04-14")

    rows = "".join(
        f"""<tr><td class="l_icon"><img src="http://img.mopimg.test/tt/images/ico_tz.gif" /></td><td class="l_title"><a href="/read_{sid}_1_0.html" target="_blank">{subj}</a></td><td class="l_author">{auth}<br /><span class="gray">{d}</span></td><td class="l_num">{rn}/{vn}</td><td class="l_last">{last}</td></tr>
"""
        for sid, subj, auth, d, rn, vn, last in (
            (sid1, subj1, "东门老街坊", "2012-10-20", 11, 3215, "10-23 13:05"),
            (sid2, subj2, "绿茵少年", "2012-04-14", 3, 862, "04-14 19:40"),
        )
    )
    lst = TOP.format(title=f"{BOARD[1]}_猫扑贴贴", kw=BOARD[1], desc=BOARD[1], sid=0, page=1) + f"""<div class="tt_pos">当前位置：<a href="http://www.maopu-like.test/">猫扑</a> &gt; <a href="/">贴贴</a> &gt; {BOARD[1]}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tt_list">
<tr class="l_head"><td colspan="2">标题</td><td>作者</td><td>回复/点击</td><td>最后回复</td></tr>
{rows}</table>
<div class="tt_page">页次：1/1</div>
""" + FOOT
    fam.put("/list_36_1_0.html", lst)
    home = TOP.format(title="猫扑贴贴_猫扑网", kw="贴贴", desc="猫扑贴贴", sid=0, page=1) + f"""<div class="tt_box"><h3>今日热帖</h3><ul>
<li><a href="/read_{sid1}_1_0.html">{subj1}</a></li>
</ul></div>
<div class="tt_box"><h3>版块导航</h3><ul><li><a href="/list_36_1_0.html">猫扑杂谈</a></li></ul></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /post.do\nDisallow: /*?onlylz=\n")
    fam.not_documents += ["/", "/list_36_1_0.html", f"/read_{sid1}_2_0.html"]
    fam.noise += [
        "主任让我写的",
        "别拿去原样交差",
        "楼主是街道的",
        "我妈也该去学学",
        "回帖奖励",
        "县里能办六届不容易",
        "谢谢各位，比赛五周",
        "京ICP证060534号",
        "热帖推荐",
        "只看楼主",
        "猫扑ID",
    ]
    return fam
