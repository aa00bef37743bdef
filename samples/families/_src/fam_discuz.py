"""A Discuz! X3.4 forum (div/table hybrid layout of the default template, UTF-8, URL rewrite on for
threads and forum lists): `#postlist`, each post a `table.plhin` with `td.t_f#postmessage_PID`,
`<br />` lines, 本帖最后由 … 编辑 inside the first post, an attachment login tip and a rate log right
under it, signature, 回复/举报 bar, replies quoting the first post; a thread over two pages
(`thread-TID-2-1.html`, and `forum.php?mod=viewthread&tid=TID&extra=&page=2` from the dynamic
form the portal block links to); anti-copy jammer spans at line ends on one board."""

import random

from common import SPEECHES, Family, render

HOST = "bbs.linli-home.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@ -  邻里家园论坛 -  Powered by Discuz!</title>
@@CANONICAL@@
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@ ,邻里家园论坛" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xq7" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xq7" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xq7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'lXd2_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2Jicy5saW5saS1ob21lLnRlc3Qv', SITEURL = 'http://bbs.linli-home.test/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Xq7" type="text/javascript"></script>
<meta name="application-name" content="邻里家园论坛" />
<link rel="archives" title="邻里家园论坛" href="http://bbs.linli-home.test/archiver/" />
<script src="static/js/forum.js?Xq7" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_@@PG@@" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('http://bbs.linli-home.test/');">设为首页</a><a href="http://bbs.linli-home.test/"  onclick="addFavorite(this.href, '邻里家园论坛');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="邻里家园论坛"><img src="static/image/common/logo.png" alt="邻里家园论坛" border="0" /></a></h2><script src="static/js/logging.js?Xq7" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl">
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1"  value="用户名/Email" onfocus="if(this.value == '用户名/Email'){this.value = '';this.className = 'px vm';}" tabindex="901" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" tabindex="903" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td></tr>
<tr><td><label for="ls_password" class="z psw_w">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" tabindex="902" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr>
</table>
</div>
</div>
</form>
</div>
<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});showForummenu(2);})">快捷导航</a>
<ul><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N12a7" ><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist"  >排行榜<span>Ranklist</span></a></li></ul>
</div>
<div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<table cellspacing="0" cellpadding="0"><tr><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td></tr></table>
</form>
</div>
</div>
</div>

<div id="wp" class="wp">
"""

FOOT = """</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="http://bbs.linli-home.test/" target="_blank">邻里家园</a></strong>
( <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备16045678号-1</a> )
</p>
<p class="xs0">
GMT+8, 2024-3-12 22:41<span id="debuginfo">
, Processed in 0.061283 second(s), 27 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">Copyright &copy; 2001-2021, Tencent Cloud.</p>
</div></div>
<script src="home.php?mod=misc&ac=sendmail&rand=1710254471" type="text/javascript"></script>
<div id="scrolltop">
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span>
<a href="forum-38-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a>
</span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
"""

USERS = {
    "周建平": (1021, "中级会员", 46, 512, 890, "七栋二单元 老周 · 有事业委会找我，微信同号"),
    "风的方向": (2208, "金牌会员", 310, 4021, 5216, "骑行十年，安全第一。"),
    "青柠檬": (3310, "注册会员", 3, 87, 120, ""),
    "老纪": (3311, "高级会员", 60, 1302, 2033, "退休教师，爱管闲事"),
    "米粒妈妈": (3312, "注册会员", 5, 140, 201, ""),
    "阿强的单车": (3313, "中级会员", 22, 466, 700, ""),
}

RATERS = [("老纪", "+ 1", "很给力!"), ("青柠檬", "+ 1", "赞一个!"), ("米粒妈妈", "+ 1", "我很赞同")]


def jammer(rng):
    """Discuz's jammer(): a random string at each line end, hidden (the board's 干扰码 option)."""
    chars = "".join(
        chr(rng.randint(32, 59)) + " " + chr(rng.randint(63, 126)) for _ in range(rng.randint(5, 9))
    )
    chars = chars.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<span style="display:none">{chars}</span>'


def message_html(paras, rng=None):
    lines = []
    for p in paras:
        lines.append(p + ("\r\n" + jammer(rng) if rng else "") + "<br />\r\n<br />")
    return "\r\n".join(lines)


def user_side(pid, name):
    uid, group, threads, posts, credits, _sig = USERS[name]
    return f"""<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<a name="lastpost"></a><div class="pi">
<div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{name}</a>
</div>
</div>
<div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none; margin-top: -11px;">
<div class="m z">
<div id="userinfo{pid}_ma"></div>
</div>
<div class="i y">
<div>
<strong><a href="space-uid-{uid}.html" target="_blank" class="xi2">{name}</a></strong>
<em>当前离线</em>
</div><dl class="cl">
<dt>积分</dt><dd><a href="home.php?mod=space&uid={uid}&do=profile" target="_blank" class="xi2">{credits}</a></dd>
</dl><div class="imgs"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;handlekey=showmsg_{uid}&amp;touid={uid}&amp;pmid=0&amp;daterange=2&amp;pid={pid}&amp;tid=35621" onclick="showWindow('sendpm', this.href);" title="发消息" class="xi2">发消息</a></div>
</div>
</div>
<div>
<div class="avatar" onmouseover="showauthor(this, 'userinfo{pid}')"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={uid}&size=middle" /></a></div>
</div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid={uid}&do=thread&type=thread&view=me&from=space" class="xi2">{threads}</a></p>主题</th><th><p><a href="home.php?mod=space&uid={uid}&do=thread&type=reply&view=me&from=space" class="xi2">{posts}</a></p>帖子</th><td><p><a href="home.php?mod=space&uid={uid}&do=profile" class="xi2">{credits}</a></p>积分</td></table></div>

<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{group}</a></em></p>

<p><span><img src="static/image/common/star_level3.gif" alt="Rank: 3" /></span></p>
<dl class="pil cl">
	<dt>积分</dt><dd><a href="home.php?mod=space&uid={uid}&do=profile" target="_blank" class="xi2">{credits}</a></dd>
</dl>
</div>
</td>"""


def ratelog(pid, tid):
    rows = "".join(
        f'<tr id="rate_{pid}_{USERS[n][0]}"><td><a href="space-uid-{USERS[n][0]}.html" target="_blank"><img src="uc_server/avatar.php?uid={USERS[n][0]}&size=small" /></a> <a href="space-uid-{USERS[n][0]}.html" target="_blank">{n}</a></td><td class="xi1"> {v}</td><td class="xg1">{why}</td></tr>'
        for n, v, why in RATERS
    )
    return f"""<h3 class="psth xs1"><span class="icon_ring vm"></span>评分</h3>
<dl id="ratelog_{pid}" class="rate">
<dd style="margin:0">
<div id="post_rate_{pid}"></div>
<table class="ratl">
<tr>
<th class="xw1" width="120"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid={tid}&amp;pid={pid}" onclick="showWindow('viewratings', this.href)" title="查看全部评分"> 参与人数 <span class="xi1">{len(RATERS)}</span></a></th>
<th class="xw1" width="80">威望 <i><span class="xi1">+{len(RATERS)}</span></i></th>
<th>
<a href="javascript:;" onclick="toggleRatelogCollapse('ratelog_{pid}', this);" class="y xi2 op">收起</a>
<i class="txt_h">理由</i>
</th>
</tr>
<tbody class="ratl_l">{rows}</tbody>
</table>
<p class="ratc">
<a href="forum.php?mod=misc&amp;action=viewratings&amp;tid={tid}&amp;pid={pid}" onclick="showWindow('viewratings', this.href)" title="查看全部评分" class="xi2">查看全部评分</a>
</p>
</dd>
</dl>"""


def post(tid, pid, name, floor_label, stamp, message, *, first=False, edited="", attach=False, rate=False):
    uid = USERS[name][0]
    sig = USERS[name][5]
    status = (
        f'<i class="pstatus"> 本帖最后由 {name} 于 {edited} 编辑 </i><br />\r\n<br />\r\n' if edited else ""
    )
    attach_html = (
        """<div class="attach_nopermission attach_tips">
<div>
<h3><strong>本帖子中包含更多资源</strong></h3>
<p>您需要 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href);return false;">登录</a> 才可以下载或查看，没有帐号？<a href="member.php?mod=register" title="注册帐号">立即注册</a> </p>
</div>
<span class="atips_close" onclick="this.parentNode.style.display='none'">x</span>
</div>"""
        if attach
        else ""
    )
    sign = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sig}</div>' if sig else ""
    tools = (
        f'<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a>'
        + (
            f'<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;ordertype=1" class="show">倒序浏览</a><span class="pipe show">|</span><a href="javascript:;" onclick="readmode($(\'thread_subject\').innerHTML, {pid});" class="show">阅读模式</a>'
            if first
            else ""
        )
    )
    return f"""<div id="post_{pid}" >
<table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{user_side(pid, name)}
<td class="plc">
<div class="pi">
<div id="fj" class="y">
<label class="z">电梯直达</label>
<input type="text" class="px p_fre z" size="2" onkeyup="$('fj_btn').href='forum.php?mod=redirect&ptid={tid}&authorid=0&postno='+this.value" onkeydown="if(event.keyCode==13) {{window.location=$('fj_btn').href;return false;}}" title="跳转到指定楼层" />
<a href="javascript:;" id="fj_btn" class="z" title="跳转到指定楼层"><img src="static/image/common/fj_btn.png" alt="跳转到指定楼层" class="vm" /></a>
</div>
<strong>
<a href="forum.php?mod=redirect&goto=findpost&ptid={tid}&pid={pid}"   id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">
{floor_label}</a>
</strong>
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {stamp}</em>
{tools}
</div>
</div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">

<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{status}{message}</td></tr></table>

{attach_html}
</div>
<div id="comment_{pid}" class="cm">
</div>

{ratelog(pid, tid) if rate else f'<div id="post_rate_div_{pid}"></div>'}
</div>
</div>

</td></tr>
<tr><td class="plc plm">
{sign}
</td>
</tr>
<tr id="_postposition{pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid={tid}&amp;repquote={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a>
</em>

<p>
<a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&rtype=post&rid={pid}&tid={tid}&fid=38', 'get', -1);return false;">举报</a>
</p>
</div>
</div>
</td>
</tr>
<tr class="ad">
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>
</div>"""


def quote(name, stamp, first_para):
    return (
        f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=1&amp;ptid=1" target="_blank">'
        f'<font color="#999999">{name} 发表于 {stamp[:-3]}</font></a><br />\r\n{first_para[:60]} ...</font></blockquote></div><br />'
    )


THREADS = [
    {
        "tid": 35621,
        "speech": SPEECHES["K1"],
        "subject": "第二届业主大会我的发言稿，给有需要的邻居参考",
        "author": "周建平",
        "stamp": "2024-3-9 21:14:06",
        "edited": "2024-3-10 08:12",
        "views": 2318,
        "jammer": False,
        "replies": [
            ("老纪", "2024-3-9 21:40:12", "老周辛苦了！外墙空鼓的事情早就该解决，支持表决。"),
            ("青柠檬", "2024-3-9 22:05:51", "请问充电桩什么时候能再加装一批？我们这栋楼一个都没有。"),
            ("米粒妈妈", "2024-3-10 07:58:03", "垃圾投放点能不能往北门挪一挪？夏天味道太大了。"),
        ],
        "replies2": [
            (
                "周建平",
                "2024-3-10 09:30:44",
                "回复 青柠檬：第二批充电桩的方案已经报给供电公司了，下个月出结果。",
            ),
            ("老纪", "2024-3-11 18:02:19", "新一届业委会名单出来了，恭喜老周连任。"),
        ],
    },
    {
        "tid": 35790,
        "speech": SPEECHES["K2"],
        "subject": "【十周年】年会上会长的致辞全文，没去成的车友看看",
        "author": "风的方向",
        "stamp": "2024-1-13 22:05:37",
        "edited": "",
        "views": 866,
        "jammer": True,
        "replies": [
            ("阿强的单车", "2024-1-13 22:31:09", "quote:十年了，感动！明年环海南岛算我一个。"),
            ("老纪", "2024-1-14 08:15:42", "头盔不戴不出发，这条必须坚持。"),
        ],
        "replies2": [],
    },
    {
        "tid": 35802,
        "speech": SPEECHES["K3"],
        "subject": "邻里节开幕式致辞（后半部分回复可见）",
        "author": "老纪",
        "stamp": "2024-5-18 12:40:15",
        "edited": "",
        "views": 412,
        "jammer": False,
        "hide": True,
        "replies": [("米粒妈妈", "2024-5-18 13:02:47", "回复看看后半部分，谢谢纪老师。")],
        "replies2": [],
    },
]


def pager(tid, n, count, dynamic):
    if count == 1:
        return ""

    def u(i):
        return (
            f"forum.php?mod=viewthread&amp;tid={tid}&amp;extra=&amp;page={i}"
            if dynamic
            else f"thread-{tid}-{i}-1.html"
        )

    out = '<div class="pgs mtm mbm cl"><div class="pg">'
    if n > 1:
        out += f'<a href="{u(n - 1)}" class="prev">&nbsp;&nbsp;</a>'
    for i in range(1, count + 1):
        out += f"<strong>{i}</strong>" if i == n else f'<a href="{u(i)}">{i}</a>'
    out += f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{n}" onkeydown="if(event.keyCode==13) {{window.location=\'forum.php?mod=viewthread&tid={tid}&extra=&amp;page=\'+this.value;; doane(event);}}" /><span title="共 {count} 页"> / {count} 页</span></label>'
    if n < count:
        out += f'<a href="{u(n + 1)}" class="nxt">下一页</a>'
    return out + '</div><span class="pgb y"><a href="forum-38-1.html">返回列表</a></span></div>'


def thread_page(th, n, count, posts, dynamic):
    tid = th["tid"]
    replies_total = len(th["replies"]) + len(th["replies2"])
    body = f"""<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">邻里家园论坛</a><em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">生活</a> <em>&rsaquo;</em> <a href="forum-38-1.html">邻里杂谈</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{th["subject"]}</a>
</div>
</div>

<style id="diy_style" type="text/css"></style>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
{pager(tid, n, count, dynamic)}
<span class="y pgb" id="visitedforums"><a href="forum-38-1.html">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid=38')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
<a id="post_reply" onclick="showWindow('reply', 'forum.php?mod=post&action=reply&fid=38&tid={tid}')" href="javascript:;" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a>
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">{th["views"]}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{replies_total}</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&fid=38&filter=typeid&typeid=7">[经验分享]</a>
<span id="thread_subject">{th["subject"]}</span>
</h1>
<span class="xg1">
<a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '邻里家园论坛')" >[复制链接]</a>
</span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>{"".join(posts)}<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>


<form method="post" autocomplete="off" name="modactions" id="modactions">
<input type="hidden" name="formhash" value="7a1c9e2b" />
<input type="hidden" name="optgroup" />
<input type="hidden" name="operation" />
<input type="hidden" name="listextra" value="page%3D1" />
<input type="hidden" name="page" value="{n}" />
</form>

<div class="pgs mtm mbm cl">
{pager(tid, n, count, dynamic)}
<span class="pgb y"><a href="forum-38-1.html">返回列表</a></span>
</div>

<div id="f_pst" class="pl bm bmw">
<form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid={tid}&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost" onSubmit="return fastpostvalidate(this)">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls">
</td>
<td class="plc">
<div class="cl">
<div class="hasfsl" id="fastposteditor">
<div class="tedt mtn">
<div class="area">
<div class="pt hm">
您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a>
</div>
</div>
</div>
</div>
</div>
<p class="ptm pnpost">
<button type="submit" onmouseover="checkpostrule('seccheck_fastpost', 'ac=reply');this.onmouseover=null" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit" tabindex="5"><strong>发表回复</strong></button>
<label for="fastpostrefresh"><input id="fastpostrefresh" type="checkbox" class="pc" />回帖后跳转到最后一页</label>
</p>
</td>
</tr>
</table>
</form>
</div>

<script type="text/javascript">
new lazyload();
var postminchars = parseInt('10');
var postmaxchars = parseInt('10000');
var disablepostctrl = parseInt('0');
</script>
</div>
"""
    title = th["subject"] if n == 1 else f"{th['subject']} - 第{n}页"
    canonical = f'<link rel="canonical" href="http://bbs.linli-home.test/thread-{tid}-{n}-1.html" />'
    return render(
        HEAD + body + FOOT,
        TITLE=f"{title} - 邻里杂谈",
        CANONICAL=canonical,
        KEYWORDS=th["subject"],
        DESC=th["speech"].paras[1][:80],
        PG="viewthread",
    )


# what Discuz prints to guests for a [hide] block in a post
LOCKED = (
    '<div class="locked">游客，如果您要查看本帖隐藏内容请<a href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid={tid}" '
    "onclick=\"showWindow('reply', this.href)\">回复</a></div>"
)

FLOORS = ["楼主", "沙发", "板凳", "地板", "<em>5</em><sup>#</sup>", "<em>6</em><sup>#</sup>"]


def thread_posts(th, ppp=4):
    """Posts of a thread cut into pages of `ppp` posts (Discuz's posts per page)."""
    tid = th["tid"]
    rng = random.Random(tid) if th["jammer"] else None
    first_pid = tid * 10
    posts = [
        post(
            tid,
            first_pid,
            th["author"],
            "楼主",
            th["stamp"],
            message_html(th["speech"].paras, rng) + (LOCKED.format(tid=tid) if th.get("hide") else ""),
            first=True,
            edited=th["edited"],
            attach=bool(th["edited"]),
            rate=True,
        )
    ]
    for i, (name, stamp, text) in enumerate(th["replies"] + th["replies2"]):
        if text.startswith("quote:"):
            text = (
                quote(th["author"], th["stamp"], th["speech"].paras[0] + " " + th["speech"].paras[1])
                + "\r\n"
                + text[6:]
            )
        posts.append(post(tid, first_pid + i + 1, name, FLOORS[i + 1], stamp, text + "<br />"))
    return [posts[k : k + ppp] for k in range(0, len(posts), ppp)]


def forum_list(n, count, rows):
    nav = '<div class="pg">' + "".join(
        f"<strong>{i}</strong>" if i == n else f'<a href="forum-38-{i}.html">{i}</a>'
        for i in range(1, count + 1)
    )
    nav += (f'<a href="forum-38-{n + 1}.html" class="nxt">下一页</a>' if n < count else "") + "</div>"
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">邻里家园论坛</a><em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-38-1.html">邻里杂谈</a></div></div>
<div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-38-1.html">邻里杂谈</a> <span class="xs1 xw0 i">今日: <strong class="xi1">12</strong><span class="pipe">|</span>主题: <strong class="xi1">4132</strong></span></h1></div></div>
<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top">{nav}</span></div>
<div id="threadlist" class="tl bm bmw">
<div class="bm_c">
<form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=38&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_38" cellspacing="0" cellpadding="0" id="threadlisttableid">
{rows}
</table>
</form>
</div>
</div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom">{nav}</span></div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="邻里杂谈" if n == 1 else f"邻里杂谈 - 第{n}页",
        CANONICAL=f'<link rel="canonical" href="http://bbs.linli-home.test/forum-38-{n}.html" />',
        KEYWORDS="邻里杂谈",
        DESC="邻里杂谈",
        PG="forumdisplay",
    )


def list_row(th, pages):
    tid = th["tid"]
    uid = USERS[th["author"]][0]
    tps = ""
    if pages > 1:
        tps = (
            '<span class="tps">&nbsp;...'
            + "".join(f'<a href="thread-{tid}-{i}-1.html">{i}</a>' for i in range(2, pages + 1))
            + "</span>"
        )
    last = (th["replies"] + th["replies2"])[-1]
    return f"""<tbody id="normalthread_{tid}">
<tr>
<td class="icn"><a href="thread-{tid}-1-1.html" title="有新回复 - 新窗口打开" target="_blank"><img src="static/image/common/folder_new.gif" /></a></td>
<th class="new">
<a href="javascript:;" id="content_{tid}" class="showcontent y" title="更多操作" onclick="CONTENT_TID='{tid}';CONTENT_ID='normalthread_{tid}';showMenu({{'ctrlid':this.id,'menuid':'content_menu'}})"></a>
<em>[<a href="forum.php?mod=forumdisplay&fid=38&amp;filter=typeid&amp;typeid=7">经验分享</a>]</em> <a href="thread-{tid}-1-1.html" onclick="atarget(this)" class="s xst">{th["subject"]}</a>
<img src="static/image/filetype/common.gif" alt="attachment" title="附件" align="absmiddle" />{tps}
</th>
<td class="by">
<cite><a href="space-uid-{uid}.html" c="1">{th["author"]}</a></cite>
<em><span>{th["stamp"][:-9]}</span></em>
</td>
<td class="num"><a href="thread-{tid}-1-1.html" class="xi2">{len(th["replies"]) + len(th["replies2"])}</a><em>{th["views"]}</em></td>
<td class="by">
<cite><a href="space-username-{last[0]}.html" c="1">{last[0]}</a></cite>
<em><a href="forum.php?mod=redirect&tid={tid}&goto=lastpost#lastpost">{last[1][:-3]}</a></em>
</td>
</tr>
</tbody>"""


def build() -> Family:
    fam = Family(
        HOST,
        "Discuz! X3.4 forum (postmessage_PID posts, 本帖最后由…编辑, rate log, attachment tip, jammer spans, thread-TID-P-1 and forum.php?mod=viewthread pagers)",
    )
    rows = []
    for th in THREADS:
        tid = th["tid"]
        pages = thread_posts(th)
        count = len(pages)
        for n, posts in enumerate(pages, 1):
            fam.put(f"/thread-{tid}-{n}-1.html", thread_page(th, n, count, posts, dynamic=False))
            fam.route(
                f"/forum.php?mod=viewthread&tid={tid}" + ("" if n == 1 else f"&extra=&page={n}"),
                f"/dyn/viewthread-{tid}-{n}.html",
                thread_page(th, n, count, posts, dynamic=True),
            )
            if n > 1:
                fam.not_documents += [
                    f"/thread-{tid}-{n}-1.html",
                    f"/forum.php?mod=viewthread&tid={tid}&extra=&page={n}",
                ]
        fam.doc([f"/thread-{tid}-1-1.html"], th["speech"], title=th["subject"], truncated=bool(th.get("hide")))
        rows.append(list_row(th, count))
    fam.put("/forum-38-1.html", forum_list(1, 2, rows[0]))
    fam.put("/forum-38-2.html", forum_list(2, 2, "\n".join(rows[1:])))
    # the forum index (the site's /; forum.php itself is not served here): a portal DIY block that links threads in
    # their dynamic form, as such blocks do even with URL rewriting on
    first = THREADS[0]
    index_body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">邻里家园论坛</a><em>&raquo;</em><a href="forum.php">论坛</a></div></div>
<div id="ct" class="wp cl">
<!--[diy=diy_chart]--><div id="diy_chart" class="area"><div id="frameMHgg0C" class="frame move-span cl frame-1"><div id="frameMHgg0C_left" class="column frame-1-c"><div id="portal_block_12" class="block move-span"><div class="blocktitle title"><span class="titletext">最新主题</span></div><div id="portal_block_12_content" class="dxb_bc"><div class="module cl xl xl1">
<ul><li><em>{first["stamp"][5:9]}</em><a href="forum.php?mod=viewthread&tid={first["tid"]}" title="{first["subject"]}" target="_blank">{first["subject"]}</a></li></ul>
</div></div></div></div></div></div><!--[/diy]-->
<div class="fl bm">
<div class="bm bmw  flg cl">
<div class="bm_h cl"><h2><a href="forum.php?gid=1" style="">生活</a></h2></div>
<div id="category_1" class="bm_c">
<table cellspacing="0" cellpadding="0" class="fl_tb">
<tr>
<td class="fl_icn" ><a href="forum-38-1.html"><img src="static/image/common/forum_new.gif" alt="邻里杂谈" /></a></td>
<td>
<h2><a href="forum-38-1.html">邻里杂谈</a><em class="xw0 xi1" title="今日"> (12)</em></h2>
<p class="xg2">小区生活、业主大会、邻里活动、兴趣小组</p>
</td>
<td class="fl_i"><span class="xi2">4132</span><span class="xg1"> / 51877</span></td>
<td class="fl_by"><div><a href="forum.php?mod=redirect&amp;tid={first["tid"]}&amp;goto=lastpost#lastpost" class="xi2">{first["subject"][:12]}…</a> <cite>2024-3-11 18:02 <a href="space-username-老纪.html">老纪</a></cite></div></td>
</tr>
</table>
</div>
</div>
</div>
<div id="online" class="bm oll"><div class="bm_h"><h3><strong><a href="forum.php?showoldetails=yes#online">在线会员</a></strong><span class="xs1">- <strong>186</strong> 人在线</span></h3></div></div>
</div>
"""
    index = render(
        HEAD + index_body + FOOT,
        TITLE="邻里家园论坛",
        CANONICAL="",
        KEYWORDS="邻里家园论坛",
        DESC="邻里家园论坛",
        PG="index",
    )
    fam.put("/", index)
    fam.not_documents += ["/", "/forum-38-1.html", "/forum-38-2.html"]
    fam.put(
        "/robots.txt",
        "#\n# robots.txt for Discuz! X3\n#\n\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /source/\n"
        "Disallow: /install/\nDisallow: /template/\nDisallow: /config/\nDisallow: /uc_client/\nDisallow: /uc_server/\n"
        "Disallow: /static/\nDisallow: /admin.php\nDisallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\n"
        "Disallow: /misc.php\nDisallow: /connect.php\nDisallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\n"
        "Disallow: /home.php?mod=spacecp*\nDisallow: /userapp.php?mod=app&*\nDisallow: /*?mod=misc*\nDisallow: /*?mod=attachment*\n"
        "Disallow: /*mobile=yes*\n",
    )
    rng = random.Random(THREADS[1]["tid"])
    jammers = [
        jammer(rng)[len('<span style="display:none">') : -len("</span>")] for _ in THREADS[1]["speech"].paras
    ]
    fam.noise += [
        "本帖最后由",
        "编辑",
        "发表于",
        "只看该作者",
        "电梯直达",
        "本帖子中包含更多资源",
        "才可以下载或查看",
        "立即注册",
        "参与人数",
        "查看全部评分",
        "很给力!",
        "我很赞同",
        "七栋二单元 老周 · 有事业委会找我，微信同号",
        "骑行十年，安全第一。",
        "退休教师，爱管闲事",
        "老周辛苦了",
        "充电桩什么时候能再加装一批",
        "往北门挪一挪",
        "第二批充电桩的方案",
        "恭喜老周连任",
        "明年环海南岛算我一个",
        "头盔不戴不出发，这条必须坚持",
        "回复看看后半部分",
        "游客，如果您要查看本帖隐藏内容请",
        "隐藏内容",
        "发表回复",
        "您需要登录后才可以回帖",
        "复制链接",
        "返回列表",
        "Powered by Discuz!",
        "浙ICP备16045678号-1",
        *[j.strip() for j in jammers if "&" not in j and "  " not in j.strip()],
    ]
    fam.note = (
        "each thread's first page also answers forum.php?mod=viewthread&tid=N (the home page's portal block links that form): one document; "
        "its pager then links forum.php?mod=viewthread&tid=N&extra=&page=2"
    )
    return fam
