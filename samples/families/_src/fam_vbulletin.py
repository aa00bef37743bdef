"""A Chinese vBulletin 3.8.7 forum (GBK, stock default style, no URL rewrite): index.php (also `/`) →
forumdisplay.php?f=12 (+ &order=desc&page=2) → showthread.php?t=N (+ &page=2). Posts are the
3.8 postbit tables (`table#postN.tborder`, `td.alt2` user cell, `div#post_message_N`, `<br />`
lines, `__________________` signature, 此帖于 … 编辑 note); the first post carries the
ad_showthread_firstpost_start block, replies quote it. The first post is the speech."""

from common import SPEECHES, Family, render

HOST = "bbs.bigan-vb.test"
BOARD = "笔杆子论坛"
FID, FORUM = 12, "讲话稿·发言稿"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="zh">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<meta name="generator" content="vBulletin 3.8.7" />

<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />


<!-- CSS Stylesheet -->
<style type="text/css" id="vbulletin_css">
/**
* vBulletin 3.8.7 CSS
* Style: '默认风格'; Style ID: 1
*/
@import url("clientscript/vbulletin_css/style-5d1c2a8e-00001.css");
</style>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_important.css?v=387" />


<!-- / CSS Stylesheet -->

<script type="text/javascript" src="clientscript/yui/yahoo-dom-event/yahoo-dom-event.js?v=387"></script>
<script type="text/javascript" src="clientscript/yui/connection/connection-min.js?v=387"></script>
<script type="text/javascript">
<!--
var SESSIONURL = "";
var SECURITYTOKEN = "guest";
var IMGDIR_MISC = "images/misc";
var vb_disable_ajax = parseInt("0", 10);
// -->
</script>
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=387"></script>
<script type="text/javascript" src="clientscript/vbulletin_menu.js?v=387"></script>


	<link rel="alternate" type="application/rss+xml" title="笔杆子论坛 RSS Feed" href="external.php?type=RSS2" />
	
		<link rel="alternate" type="application/rss+xml" title="笔杆子论坛 - 讲话稿·发言稿 - RSS Feed" href="external.php?type=RSS2&amp;forumids=12" />
	

	<title>@@TITLE@@</title>
@@EXTRAHEAD@@
</head>
<body onload="">
<!-- logo -->
<a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center">
<tr>
	<td align="left"><a href="index.php"><img src="images/misc/bigan_logo.gif" border="0" alt="笔杆子论坛" /></a></td>
	<td align="right" id="header_right_cell">
		<a href="http://www.bigan-peixun.test/" target="_blank"><img src="images/ads/banner_468x60.gif" width="468" height="60" border="0" alt="公文写作实战特训营" /></a>
	</td>
</tr>
</table>
<!-- /logo -->

<!-- content table -->
<!-- open content container -->

<div align="center">
	<div class="page" style="width:100%; text-align:left">
		<div style="padding:0px 25px 0px 25px" align="left">





<br />

<!-- breadcrumb, login, pm info -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr>
	<td class="alt1" width="100%">
		
			<table cellpadding="0" cellspacing="0" border="0">
			<tr valign="bottom">
				<td><a href="#" onclick="history.back(1); return false;"><img src="images/misc/navbits_start.gif" alt="返回" border="0" /></a></td>
				<td>&nbsp;</td>
				<td width="100%"><span class="navbar"><a href="index.php" accesskey="1">笔杆子论坛</a></span> @@NAVBITS@@</td>
			</tr>
			<tr>
				<td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><a href="@@SELF@@"><img class="inlineimg" src="images/misc/navbits_finallink_ltr.gif" alt="重新载入此页" border="0" /></a> <strong>
	@@LASTNAV@@
</strong></td>
			</tr>
			</table>
		
	</td>

	<td class="alt2" nowrap="nowrap" style="padding:0px">
		<!-- login form -->
		<form action="login.php?do=login" method="post" onsubmit="md5hash(vb_login_password, vb_login_md5password, vb_login_md5password_utf, 0)">
		<script type="text/javascript" src="clientscript/vbulletin_md5.js?v=387"></script>
		<table cellpadding="0" cellspacing="3" border="0">
		<tr>
			<td class="smallfont" style="white-space: nowrap;"><label for="navbar_username">用户名</label></td>
			<td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="用户名" onfocus="if (this.value == '用户名') this.value = '';" /></td>
			<td class="smallfont" nowrap="nowrap"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" tabindex="103" id="cb_cookieuser_navbar" accesskey="c" />记住我？</label></td>
		</tr>
		<tr>
			<td class="smallfont"><label for="navbar_password">密码</label></td>
			<td><input type="password" class="bginput" style="font-size: 11px" name="vb_login_password" id="navbar_password" size="10" tabindex="102" /></td>
			<td><input type="submit" class="button" value="登录" tabindex="104" title="在登录框中输入您的用户名和密码登录, 或者点击“注册”按钮注册一个新的帐户。" accesskey="s" /></td>
		</tr>
		</table>
		<input type="hidden" name="s" value="" />
		<input type="hidden" name="securitytoken" value="guest" />
		<input type="hidden" name="do" value="login" />
		<input type="hidden" name="vb_login_md5password" />
		<input type="hidden" name="vb_login_md5password_utf" />
		</form>
		<!-- / login form -->
	</td>

</tr>
</table>
<!-- / breadcrumb, login, pm info -->

<!-- nav buttons bar -->
<div class="tborder" style="padding:1px; border-top-width:0px">
	<table cellpadding="0" cellspacing="0" border="0" width="100%" align="center">
	<tr align="center">
		
		
			<td class="vbmenu_control"><a href="register.php" rel="nofollow">注册</a></td>
		
		
		<td class="vbmenu_control"><a rel="help" href="faq.php" accesskey="5">帮助</a></td>
		
			<td class="vbmenu_control"><a href="memberlist.php">会员列表</a></td>
		
		<td class="vbmenu_control"><a href="calendar.php">日历</a></td>
		
			
				
				<td class="vbmenu_control"><a href="search.php?do=getdaily" accesskey="2">今日新帖</a></td>
				
				<td id="navbar_search" class="vbmenu_control"><a href="search.php" accesskey="4" rel="nofollow">搜索</a> <script type="text/javascript"> vbmenu_register("navbar_search"); </script></td>
			
			
		
		
		<td class="vbmenu_control"><a href="forumdisplay.php?do=markread&amp;markreadhash=guest" rel="nofollow">标记论坛为已读</a></td>
		
		</tr>
	</table>
</div>
<!-- / nav buttons bar -->

<br />




<!-- NAVBAR POPUP MENUS -->

	
	<!-- header quick search form -->
	<div class="vbmenu_popup" id="navbar_search_menu" style="display:none;margin-top:3px" align="left">
		<table cellpadding="4" cellspacing="1" border="0">
		<tr>
			<td class="thead">搜索论坛</td>
		</tr>
		<tr>
			<td class="vbmenu_option" title="nohilite">
				<form action="search.php?do=process" method="post">

					<input type="hidden" name="do" value="process" />
					<input type="hidden" name="quicksearch" value="1" />
					<input type="hidden" name="childforums" value="1" />
					<input type="hidden" name="exactname" value="1" />
					<input type="hidden" name="s" value="" />
					<input type="hidden" name="securitytoken" value="guest" />
					<div><input type="text" class="bginput" name="query" size="25" tabindex="1001" /><input type="submit" class="button" value="开始" tabindex="1004" /></div>
				</form>
			</td>
		</tr>
		<tr>
			<td class="vbmenu_option"><a href="search.php" accesskey="4" rel="nofollow">高级搜索</a></td>
		</tr>
		
		</table>
	</div>
	<!-- / header quick search form -->
	

	
<!-- / NAVBAR POPUP MENUS -->

<!-- PAGENAV POPUP -->
	<div class="vbmenu_popup" id="pagenav_menu" style="display:none">
		<table cellpadding="4" cellspacing="1" border="0">
		<tr>
			<td class="thead" nowrap="nowrap">转到页面...</td>
		</tr>
		<tr>
			<td class="vbmenu_option" title="nohilite">
			<form action="index.php" method="get" onsubmit="return this.gotopage()" id="pagenav_form">
				<input type="text" class="bginput" id="pagenav_itxt" style="font-size:11px" size="4" />
				<input type="button" class="button" id="pagenav_ibtn" value="开始" />
			</form>
			</td>
		</tr>
		</table>
	</div>
<!-- / PAGENAV POPUP -->



"""

FOOT = """
<br />
<div class="smallfont" align="center">所有时间均为北京时间。现在的时间是 <span class="time">22:41</span>。</div>
<br />


		</div>
	</div>
</div>

<!-- / close content container -->
<!-- /content area table -->

<form action="index.php" method="get" style="clear:left">

<table cellpadding="6" cellspacing="0" border="0" width="100%" class="page" align="center">
<tr>
	
		<td class="tfoot">
			<select name="styleid" onchange="switch_id(this, 'style')">
				<optgroup label="快速选择风格">
					<option value="1" class="" selected="selected">-- 默认风格</option>
				</optgroup>
			</select>
		</td>
	
	
	<td class="tfoot" align="right" width="100%">
		<div class="smallfont">
			<strong>
				<a href="sendmessage.php" rel="nofollow" accesskey="9">联系我们</a> -
				<a href="http://www.bigan-vb.test">笔杆子论坛</a> -
				
				
				<a href="archive/index.php">存档</a> -
				
				
				
				<a href="#top" onclick="self.scrollTo(0, 0); return false;">顶部</a>
			</strong>
		</div>
	</td>
</tr>
</table>

<br />

<div align="center">
	<div class="smallfont" align="center">
	<!-- Do not remove this copyright notice -->
	Powered by vBulletin&reg; 版本 3.8.7<br />版权所有 &copy;2000 - 2024, vBulletin Solutions, Inc.<br />中文语言包由 <a href="http://www.vbulletin-china.cn" target="_blank">vBulletin 中文</a> 提供
	<!-- Do not remove this copyright notice -->
	</div>

	<div class="smallfont" align="center">
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->
	<img src="cron.php?rand=1709044871" alt="" width="1" height="1" border="0" />
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->

	笔杆子论坛 &middot; 机关文字工作者的网上家园 &middot; <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备10027815号-1</a>
	</div>
</div>

</form>




<script type="text/javascript">
<!--
	// Main vBulletin Javascript Initialization
	vBulletin_init();
//-->
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8c1f4b2d7e6a5f3c9b0d1e2f3a4b5c6d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>

</body>
</html>"""

USERS = {
    "老笔头": (321, "版主", "2009-03-15", "江苏南京", "3,512", "文章千古事，得失寸心知。<br />材料写多了，才知道“实事求是”四个字最难写。"),
    "江城小秘": (1877, "高级会员", "2012-06-02", "湖北武汉", "864", "<font color=\"gray\">办公室的灯，总是最后一个熄。</font>"),
    "基层码字工": (4420, "注册会员", "2018-11-20", "山东临沂", "127", ""),
    "人力小周": (5103, "注册会员", "2020-04-08", "浙江宁波", "56", "HR一枚，欢迎交流培训方案～"),
    "秋水长天": (2650, "资深会员", "2013-09-17", "四川成都", "2,049", "<i>宁可十年不将军，不可一日不拱卒。</i>"),
}


def user_cell(pid, name):
    uid, rank, reg, loc, posts, _ = USERS[name]
    return f"""	<td class="alt2" width="175" style="border: 1px solid #D1D1E1; border-top: 0px; border-bottom: 0px">
			
			<div id="postmenu_{pid}">
				
				<a class="bigusername" href="member.php?u={uid}">{name}</a>
				<script type="text/javascript"> vbmenu_register("postmenu_{pid}", true); </script>
				
			</div>
			
			<div class="smallfont">{rank}</div>
			
			
			
				<div class="smallfont">
					&nbsp;<br /><a href="member.php?u={uid}"><img src="customavatars/avatar{uid}_3.gif" width="80" height="80" alt="{name} 的头像" border="0" /></a>
				</div>
			
			
			<div class="smallfont">
				&nbsp;<br />
				<div>注册日期: {reg}</div>
				<div>来自: {loc}</div>
				
				<div>
					帖子: {posts}
				</div>
				 
				<div>    </div>
			</div>
		
	</td>
"""


def quote_box(who, pid, text):
    return f"""<div style="margin:20px; margin-top:5px; ">
	<div class="smallfont" style="margin-bottom:2px">引用:</div>
	<table cellpadding="6" cellspacing="0" border="0" width="100%">
	<tr>
		<td class="alt2" style="border:1px inset">
			
				<div>
					作者: <strong>{who}</strong>
					<a href="showthread.php?p={pid}#post{pid}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" alt="查看帖子" /></a>
				</div>
				<div style="font-style:italic">{text}</div>
			
		</td>
	</tr>
	</table>
</div>"""


def postbit(pid, count, name, stamp, message, *, title="", ad="", edit="", last=False):
    uid = USERS[name][0]
    sig = USERS[name][5]
    title_html = (
        f"""			<!-- icon and title -->
			<div class="smallfont">
				<img class="inlineimg" src="images/icons/icon1.gif" alt="Default" border="0" />
				<strong>{title}</strong>
			</div>
			<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" />
			<!-- / icon and title -->
"""
        if title
        else ""
    )
    sig_html = (
        f"""		<!-- sig -->
			<div>
				__________________<br />
				{sig}
			</div>
		<!-- / sig -->
"""
        if sig
        else ""
    )
    edit_html = (
        f"""			<!-- edit note -->
			<div class="smallfont">
				<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" />
				<em>
					
						此帖于 {edit[0]} 被 {name} 编辑。
					
					
						原因: {edit[1]}
					
				</em>
			</div>
			<!-- / edit note -->
"""
        if edit
        else ""
    )
    lastnote = "<!-- this is not the last post shown on the page -->" if not last else ""
    return f"""<!-- post #{pid} -->

	<!-- open content container -->

<div align="center">
	<div class="page" style="width:100%; text-align:left">
		<div style="padding:0px 25px 0px 25px" align="left">

	<div id="edit{pid}" style="padding:0px 0px 6px 0px">
	{lastnote}

<table id="post{pid}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr>
	
		<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-right: 0px" >
			<!-- status icon and date -->
			<a name="post{pid}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="旧" border="0" /></a>
			{stamp}
			
			<!-- / status icon and date -->
		</td>
		<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-left: 0px" align="right">
			&nbsp;
			#<a href="showpost.php?p={pid}&amp;postcount={count}" target="new" rel="nofollow" id="postcount{pid}" name="{count}"><strong>{count}</strong></a>
			
		</td>
	
</tr>
<tr valign="top">
{user_cell(pid, name)}	
	<td class="alt1" id="td_post_{pid}" style="border-right: 1px solid #D1D1E1">
	
		
		
{title_html}		
{ad}
		<!-- message -->
		<div id="post_message_{pid}">
			
			{message}
		</div>
		<!-- / message -->
	
		
		
		
		
{sig_html}		
		
		
{edit_html}		
	</td>
</tr>
<tr>
	<td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px">
		<img class="inlineimg" src="images/statusicon/user_offline.gif" alt="{name} 当前离线" border="0" />
		
		&nbsp;
	</td>
	
	<td class="alt1" align="right" style="border: 1px solid #D1D1E1; border-left: 0px; border-top: 0px">
	
		<!-- controls -->
		
		
		
		
		
		<a href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow"><img src="images/buttons/quote.gif" alt="引用回复" border="0" /></a>
		
		
		
		
		
		
		<!-- / controls -->
	</td>
</tr>
</table>

<!-- post {pid} popup menu -->
<div class="vbmenu_popup" id="postmenu_{pid}_menu" style="display:none">
	<table cellpadding="4" cellspacing="1" border="0">
	<tr>
		<td class="thead">{name}</td>
	</tr>
	
		<tr><td class="vbmenu_option"><a href="member.php?u={uid}">查看公开信息</a></td></tr>
	
	
		<tr><td class="vbmenu_option"><a href="private.php?do=newpm&amp;u={uid}" rel="nofollow">发送悄悄话给 {name}</a></td></tr>
	
	
	
		<tr><td class="vbmenu_option"><a href="search.php?do=finduser&amp;u={uid}" rel="nofollow">查找 {name} 发表的更多帖子</a></td></tr>
	
	
	
	</table>
</div>
<!-- / post {pid} popup menu -->


	</div>
	
		</div>
	</div>
</div>

<!-- / close content container -->

<!-- / post #{pid} -->"""


AD_FIRSTPOST = """		<div style="float:right; margin:0px 0px 6px 12px" id="ad_firstpost_start">
<!-- ad_showthread_firstpost_start -->
<table class="tborder" cellpadding="4" cellspacing="1" border="0" width="250">
<tr><td class="thead"><span class="smallfont">赞助商链接</span></td></tr>
<tr><td class="alt2"><a href="http://www.bigan-peixun.test/" target="_blank" rel="nofollow"><img src="images/ads/peixun_250x120.gif" width="240" height="120" border="0" alt="" /></a><br /><span class="smallfont"><a href="http://www.bigan-peixun.test/" target="_blank" rel="nofollow">公文写作实战特训营 · 周末班火热报名中</a></span></td></tr>
</table>
<!-- / ad_showthread_firstpost_start -->
		</div>"""


def pagenav(base, n, count, total, per):
    if count == 1:
        return ""
    cells = []
    if n > 1:
        cells.append(
            f'<td class="alt1"><a rel="prev" class="smallfont" href="{base}&amp;page={n-1}" title="上一页 - 显示 1 到 {per} 条, 共 {total} 条.">&lt;</a></td>'
            if n - 1 > 1
            else f'<td class="alt1"><a rel="prev" class="smallfont" href="{base}" title="上一页 - 显示 1 到 {per} 条, 共 {total} 条.">&lt;</a></td>'
        )
    for i in range(1, count + 1):
        lo, hi = (i - 1) * per + 1, min(i * per, total)
        if i == n:
            cells.append(
                f'<td class="alt2"><span class="smallfont" title="显示 {lo} 到 {hi} 条, 共 {total} 条."><strong>{i}</strong></span></td>'
            )
        else:
            href = base if i == 1 else f"{base}&amp;page={i}"
            cells.append(f'<td class="alt1"><a class="smallfont" href="{href}" title="显示 {lo} 到 {hi} 条, 共 {total} 条.">{i}</a></td>')
    if n < count:
        lo, hi = n * per + 1, min((n + 1) * per, total)
        cells.append(
            f'<td class="alt1"><a rel="next" class="smallfont" href="{base}&amp;page={n+1}" title="下一页 - 显示 {lo} 到 {hi} 条, 共 {total} 条.">&gt;</a></td>'
        )
    return f"""<div class="pagenav" align="right">
<table class="tborder" cellpadding="3" cellspacing="1" border="0">
<tr>
	<td class="vbmenu_control" style="font-weight:normal">第 {n} 页，共 {count} 页</td>
	
	
	{"".join(cells)}
	<td class="vbmenu_control" title="{base}"><a name="PageNav"></a></td>
</tr>
</table>
</div>"""


THREADS = [
    {
        "tid": 20317,
        "speech": SPEECHES["RA1"],
        "subject": "【原创】公司安全生产工作会议讲话（总经理用稿，已过会）",
        "author": "老笔头",
        "pid": 168402,
        "stamp": "2024-02-27, 09:15",
        "date": "2024-02-27",
        "edit": ("2024-02-27 10:02", "改了几个错别字"),
        "intro": "<font color=\"Gray\">（前天刚开完会，总经理基本按稿子念的，单位名称等已做处理，供大家参考。）</font>",
        # The whole speech in the first post: a topic's later pages and replies are no part of it.
        "split": None,
        "more": "",
        "cont": None,
        "page1": [
            ("江城小秘", 168419, "2024-02-27, 10:21", "先收藏了，老笔头出品必属精品。"),
            ("基层码字工", 168433, "2024-02-27, 11:48", "QUOTE:老笔头:168402:第二，压实安全责任，把制度落到岗位上。安全生产责任制不能只挂在墙上、写在纸上。|这句话我们领导也爱讲，哈哈。请教一下，“一岗一清单”这个提法有出处吗？"),
            ("老笔头", 168440, "2024-02-27, 12:05", "QUOTE:基层码字工:168433:请教一下，“一岗一清单”这个提法有出处吗？|应急管理部门的文件里有“全员安全生产责任制”的要求，清单是我们自己的做法，你可以按你们单位实际写。"),
            ("秋水长天", 168477, "2024-02-27, 16:30", "结构清楚，层层递进，坐等下半部分。个人建议开头把去年的数字再压缩一点，领导念起来更顺口。"),
        ],
        "page2": [
            ("江城小秘", 168502, "2024-02-28, 08:47", "下周我们也开安全会，借鉴一下框架，谢谢分享！"),
            ("人力小周", 168530, "2024-02-28, 14:12", "第四部分培训那块写得好，我们人力部门可以直接拿来对接安全培训计划。"),
            ("基层码字工", 168561, "2024-03-01, 21:08", "顶一下，让更多人看到。"),
        ],
    },
    {
        "tid": 21054,
        "speech": SPEECHES["RA2"],
        "subject": "新员工入职培训开班仪式董事长致辞，写了三稿，求拍砖",
        "author": "人力小周",
        "pid": 173918,
        "stamp": "2024-07-08, 20:36",
        "date": "2024-07-08",
        "edit": None,
        "intro": "",
        "split": None,
        "more": "",
        "cont": None,
        "page1": [
            ("秋水长天", 173925, "2024-07-08, 21:02", "“五个希望”有点多，可以合并成三个。其他挺好，有温度。"),
            ("老笔头", 173951, "2024-07-09, 08:16", "QUOTE:人力小周:173918:我刚参加工作的时候，曾经因为没有及时把图纸变更通知到下道工序，导致一批零件返工|这种亲身经历最打动人，建议保留。小陈的例子也好，真实。"),
            ("人力小周", 173960, "2024-07-09, 09:03", "QUOTE:老笔头:173951:这种亲身经历最打动人，建议保留。|谢谢版主！董事长看了也说这段要留着。"),
        ],
        "page2": [],
    },
]


def message_html(text):
    if text.startswith("QUOTE:"):
        head, rest = text[6:].split("|", 1)
        who, pid, quoted = head.split(":", 2)
        return quote_box(who, pid, quoted) + rest
    return text


def thread_page(th, n, count):
    tid = th["tid"]
    per = 5
    total = 1 + len(th["page1"]) + len(th["page2"]) + (1 if th["cont"] else 0)
    base = f"showthread.php?t={tid}"
    nav = pagenav(base, n, count, total, per)
    posts = []
    split = th["split"] or len(th["speech"].paras)
    if n == 1:
        paras = "<br />\n<br />\n".join(th["speech"].paras[:split])
        msg = (th["intro"] + "<br />\n<br />\n" if th["intro"] else "") + (
            f'<div align="center"><font size="4"><b>{th["speech"].title}</b></font></div><br />\n' + paras
        )
        if th["more"]:
            msg += "<br />\n<br />\n" + th["more"]
        posts.append(
            postbit(th["pid"], 1, th["author"], th["stamp"], msg, title=th["subject"], ad=AD_FIRSTPOST, edit=th["edit"])
        )
        replies, start = th["page1"], 2
    else:
        replies, start = th["page2"], 1 + len(th["page1"]) + 1
        if th["cont"]:
            cpid, cstamp, cnote = th["cont"]
            msg = cnote + "<br />\n<br />\n" + "<br />\n<br />\n".join(th["speech"].paras[split:])
            posts.append(postbit(cpid, start, th["author"], cstamp, msg))
            start += 1
    for i, (name, pid, stamp, text) in enumerate(replies):
        posts.append(
            postbit(pid, start + i, name, stamp, message_html(text), last=(i == len(replies) - 1))
        )
    self_url = base if n == 1 else f"{base}&amp;page={n}"
    extra = """<script type="text/javascript" src="clientscript/vbulletin_post_loader.js?v=387"></script>
<style type="text/css" id="vbulletin_showthread_css">
<!--
	
	#links div { white-space: nowrap; }
	#links img { vertical-align: middle; }
-->
</style>"""
    page = (
        HEAD
        + """<a name="poststop" id="poststop"></a>

<!-- controls above postbits -->
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px">
<tr valign="bottom">
	
		<td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p=@@PID@@" rel="nofollow"><img src="images/buttons/reply.gif" alt="回复" border="0" /></a></td>
	
	
		<td align="right">@@NAV@@</td>
	
</tr>
</table>
<!-- / controls above postbits -->

<!-- toolbar -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" style="border-bottom-width:0px">
<tr>
	<td class="tcat" width="100%">
		<div class="smallfont">
		
		&nbsp;
		</div>
	</td>
	<td class="vbmenu_control" id="threadtools" nowrap="nowrap">
		<a href="/showthread.php?t=@@TID@@&amp;nojs=1#goto_threadtools">主题工具</a>
		<script type="text/javascript"> vbmenu_register("threadtools"); </script>
	</td>
	
	
	
	<td class="vbmenu_control" id="displaymodes" nowrap="nowrap">
		<a href="/showthread.php?t=@@TID@@&amp;nojs=1#goto_displaymodes">显示模式</a>
		<script type="text/javascript"> vbmenu_register("displaymodes"); </script>
	</td>
	

	

</tr>
</table>
<!-- / toolbar -->



<!-- end content table -->

		</div>
	</div>
</div>

<!-- / close content container -->
<!-- / end content table -->





<div id="posts">@@POSTS@@<div id="lastpost"></div></div>

<!-- start content table -->
<!-- open content container -->

<div align="center">
	<div class="page" style="width:100%; text-align:left">
		<div style="padding:0px 25px 0px 25px" align="left">

<!-- / start content table -->

<!-- controls below postbits -->
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-top:-3px">
<tr valign="top">
	
		<td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p=@@PID@@" rel="nofollow"><img src="images/buttons/reply.gif" alt="回复" border="0" /></a></td>
	
	
		<td align="right">@@NAV@@</td>
	
</tr>
</table>
<!-- / controls below postbits -->










<br />
<div class="smallfont" align="center">
	<strong>&laquo;</strong>
		<a href="showthread.php?t=@@TID@@&amp;goto=nextoldest" rel="nofollow">上一主题</a>
		|
		<a href="showthread.php?t=@@TID@@&amp;goto=nextnewest" rel="nofollow">下一主题</a>
	<strong>&raquo;</strong>
</div>


<br />


<!-- currently active users -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr>
	<td class="tcat" colspan="2">
		当前正在查看此主题的会员: 1 (0 位会员和 1 位游客)
	</td>
</tr>
<tr>
	<td class="alt1" colspan="2">
		<span class="smallfont">&nbsp;</span>
	</td>
</tr>
</table>
<br />
<!-- end currently active users -->



<!-- similar threads -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead>
	<tr>
		<td class="tcat" colspan="5">
			<a style="float:right" href="#top" onclick="return toggle_collapse('similarthreads')"><img id="collapseimg_similarthreads" src="images/buttons/collapse_tcat.gif" alt="" border="0" /></a>
			相似主题
		</td>
	</tr>
</thead>
<tbody id="collapseobj_similarthreads" style="">
<tr class="thead" align="center">
	<td class="thead" width="40%">主题</td>
	<td class="thead" width="15%" nowrap="nowrap">主题作者</td>
	<td class="thead" width="20%">版块</td>
	<td class="thead" width="5%">回复</td>
	<td class="thead" width="20%">最后发表</td>
</tr>
<tr>
	<td class="alt1" align="left">
		
		<span class="smallfont"><a href="showthread.php?t=18890" title="">消防安全工作会议主持词及表态发言（合集）</a></span>
	</td>
	<td class="alt2" nowrap="nowrap"><span class="smallfont">秋水长天</span></td>
	<td class="alt1" nowrap="nowrap"><span class="smallfont">讲话稿·发言稿</span></td>
	<td class="alt2" align="center"><span class="smallfont">12</span></td>
	<td class="alt1" align="right"><span class="smallfont">2023-11-09 <span class="time">15:22</span></span></td>
</tr>
<tr>
	<td class="alt1" align="left">
		
		<span class="smallfont"><a href="showthread.php?t=19412" title="">年度工作会议讲话怎么写出新意？求指点</a></span>
	</td>
	<td class="alt2" nowrap="nowrap"><span class="smallfont">基层码字工</span></td>
	<td class="alt1" nowrap="nowrap"><span class="smallfont">写作答疑</span></td>
	<td class="alt2" align="center"><span class="smallfont">27</span></td>
	<td class="alt1" align="right"><span class="smallfont">2024-01-16 <span class="time">09:40</span></span></td>
</tr>

</tbody>
</table>
<br />
<!-- // end similar threads -->



<br />

<!-- forum rules and admin links -->
<table cellpadding="0" cellspacing="0" border="0" width="100%" align="center">
<tr valign="bottom">
	<td width="100%" valign="top">
		<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="210">
<thead>
<tr>
	<td class="thead">
		<a style="float:right" href="#top" onclick="return toggle_collapse('forumrules')"><img id="collapseimg_forumrules" src="images/buttons/collapse_thead.gif" alt="" border="0" /></a>
		发帖规则
	</td>
</tr>
</thead>
<tbody id="collapseobj_forumrules" style="">
<tr>
	<td class="alt1" nowrap="nowrap"><div class="smallfont">
		
		<div>您<strong>不可以</strong>发表主题</div>
		<div>您<strong>不可以</strong>回复帖子</div>
		<div>您<strong>不可以</strong>上传附件</div>
		<div>您<strong>不可以</strong>编辑自己的帖子</div>
		<hr />
		
		<div><a href="misc.php?do=bbcode" target="_blank">vB 代码</a>是<strong>启用</strong>的</div>
		<div><a href="misc.php?do=showsmilies" target="_blank">表情符号</a>是<strong>启用</strong>的</div>
		<div><a href="misc.php?do=bbcode#imgcode" target="_blank">[IMG]</a> 代码是<strong>启用</strong>的</div>
		<div>HTML 代码是<strong>禁用</strong>的</div>
	</div></td>
</tr>
</tbody>
</table>
	</td>
	<td class="smallfont" align="right">
		<table cellpadding="0" cellspacing="0" border="0">
		
		<tr>
			<td>
			<div class="smallfont" style="text-align:left; white-space:nowrap">
	<form action="forumdisplay.php" method="get">
	<input type="hidden" name="s" value="" />
	<input type="hidden" name="daysprune" value="" />
	<strong>论坛跳转</strong><br />
	<select name="f" onchange="this.form.submit();">
		<optgroup label="站点导航">
			<option value="cp" >控制面板</option>
			<option value="pm" >悄悄话</option>
			<option value="subs" >订阅</option>
			<option value="wol" >在线会员</option>
			<option value="search" >搜索论坛</option>
			<option value="home" >论坛首页</option>
		</optgroup>
		<optgroup label="论坛">
		<option value="3" class="fjdpth0" > 文稿园地</option>
<option value="12" class="fjsel" selected="selected">&nbsp; &nbsp;  讲话稿·发言稿</option>
<option value="13" class="fjdpth1" >&nbsp; &nbsp;  写作答疑</option>

		</optgroup>
	</select><input type="submit" class="button" value="开始"  />
	</form>
</div>
			</td>
		</tr>
		</table>
	</td>
</tr>
</table>
<!-- /forum rules and admin links -->
"""
        + FOOT
    )
    title = f" {th['subject']} - 笔杆子论坛" if n == 1 else f" {th['subject']} - 第 {n} 页 - 笔杆子论坛"
    return render(
        page,
        TITLE=title,
        KEYWORDS=f" {th['subject']}, 讲话稿,发言稿,公文写作",
        DESC=f" {th['speech'].paras[0][:60]}" if n == 1 else f" 第 {n} 页-{th['subject']} 讲话稿·发言稿",
        EXTRAHEAD=extra,
        NAVBITS=f"""
	<span class="navbar">&gt; <a href="forumdisplay.php?f=3">文稿园地</a></span>


	<span class="navbar">&gt; <a href="forumdisplay.php?f={FID}">{FORUM}</a></span>
""",
        SELF=self_url,
        LASTNAV=th["subject"],
        PID=th["pid"],
        NAV=nav,
        TID=tid,
        POSTS="\n".join(posts),
    )


def threadbit(th, preview, hot=True):
    tid = th["tid"]
    replies = len(th["page1"]) + len(th["page2"]) + (1 if th["cont"] else 0)
    last = (th["page2"] or th["page1"])[-1]
    multipage = (
        f"""			<span class="smallfont" style="white-space:nowrap">(<img class="inlineimg" src="images/misc/multipage.gif" alt="多页主题" border="0" />  <a href="showthread.php?t={tid}">1</a> <a href="showthread.php?t={tid}&amp;page=2">2</a>)</span>"""
        if th["page2"]
        else ""
    )
    d, t = last[2].split(", ")
    return f"""<tr>
	<td class="alt1" id="td_threadstatusicon_{tid}">
		
		<img src="images/statusicon/thread{'_hot' if hot else ''}.gif" id="thread_statusicon_{tid}" alt="" border="" />
	</td>
	
		<td class="alt2"><img src="images/icons/icon1.gif" alt="" border="0" /></td>
	

	<td class="alt1" id="td_threadtitle_{tid}" title="{preview}">

		
		<div>
			
			
			
			
			
			
			<a href="showthread.php?t={tid}" id="thread_title_{tid}">{th["subject"]}</a>
{multipage}
		</div>

		

		<div class="smallfont">
			
			
				<span style="cursor:pointer" onclick="window.open('member.php?u={USERS[th["author"]][0]}', '_self')">{th["author"]}</span>
			
		</div>

		

	</td>

	
	<td class="alt2" title="回复: {replies}, 查看: {replies * 311 + 47}">
		<div class="smallfont" style="text-align:right; white-space:nowrap">
			{d} <span class="time">{t}</span><br />
			作者 <a href="member.php?find=lastposter&amp;t={tid}" rel="nofollow">{last[0]}</a>  <a href="showthread.php?p={last[1]}#post{last[1]}"><img class="inlineimg" src="images/buttons/lastpost.gif" alt="到最后一篇帖子" border="0" /></a>
		</div>
	</td>
	

	
		<td class="alt1" align="center"><a href="misc.php?do=whoposted&amp;t={tid}" onclick="who({tid}); return false;">{replies}</a></td>
		<td class="alt2" align="center">{replies * 311 + 47}</td>
		
	
	
</tr>"""


OTHER_ROWS = [
    (20188, "【求助】街道办主任在重阳节敬老活动上的致辞", "江城小秘", "2024-02-20", "09:12", 6),
    (19971, "【资料】2023年度民主生活会对照检查材料范文三篇（附下载）", "秋水长天", "2024-01-30", "17:45", 41),
]


def other_row(tid, subject, author, d, t, replies):
    return f"""<tr>
	<td class="alt1" id="td_threadstatusicon_{tid}">
		
		<img src="images/statusicon/thread.gif" id="thread_statusicon_{tid}" alt="" border="" />
	</td>
	
		<td class="alt2"><img src="images/icons/icon1.gif" alt="" border="0" /></td>
	

	<td class="alt1" id="td_threadtitle_{tid}" title="">
		<div>
			<a href="showthread.php?t={tid}" id="thread_title_{tid}">{subject}</a>
		</div>
		<div class="smallfont">
				<span style="cursor:pointer" onclick="window.open('member.php?u=100', '_self')">{author}</span>
		</div>
	</td>
	<td class="alt2" title="回复: {replies}, 查看: {replies * 97}">
		<div class="smallfont" style="text-align:right; white-space:nowrap">
			{d} <span class="time">{t}</span><br />
			作者 <a href="member.php?find=lastposter&amp;t={tid}" rel="nofollow">{author}</a>
		</div>
	</td>
		<td class="alt1" align="center"><a href="misc.php?do=whoposted&amp;t={tid}" onclick="who({tid}); return false;">{replies}</a></td>
		<td class="alt2" align="center">{replies * 97}</td>
</tr>"""


def forum_page(n, rows, sticky=""):
    base = f"forumdisplay.php?f={FID}"
    nav = pagenav(f"{base}&amp;order=desc", n, 2, 32, 20).replace(f'href="{base}&amp;order=desc"', f'href="{base}"')
    page = (
        HEAD
        + """<!-- threads list  -->

<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px">
<tr valign="bottom">
	<td class="smallfont"><a href="newthread.php?do=newthread&amp;f=@@FID@@" rel="nofollow"><img src="images/buttons/newthread.gif" alt="发表新主题" border="0" /></a></td>
	<td align="right">@@NAV@@</td>
</tr>
</table>

<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" style="border-bottom-width:0px">
<tr>
	<td class="tcat" width="100%">论坛中的主题 <span class="normal">: @@FORUM@@</span></td>
	<td class="vbmenu_control" id="forumtools" nowrap="nowrap"><a href="/forumdisplay.php?f=@@FID@@&amp;nojs=1#goto_forumtools" rel="nofollow">版块工具</a></td>
	<td class="vbmenu_control" id="forumsearch" nowrap="nowrap"><a href="/forumdisplay.php?f=@@FID@@&amp;nojs=1#goto_forumsearch" rel="nofollow">搜索本版</a></td>
</tr>
</table>

<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" id="threadslist">
<tbody>
<tr>
	
	<td class="thead" colspan="2">&nbsp;</td>
	<td class="thead" width="75%"><span style="float:right"><a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=desc&amp;sort=views" rel="nofollow">查看</a></span><a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=asc&amp;sort=title" rel="nofollow">主题</a> / <a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=asc&amp;sort=postusername" rel="nofollow">作者</a></td>
	<td class="thead" width="150" align="center" nowrap="nowrap"><span style="white-space:nowrap"><a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=desc&amp;sort=lastpost" rel="nofollow">最后发表</a> <img class="inlineimg" src="images/buttons/sortasc.gif" alt="倒序排列" border="0" /></span></td>
	<td class="thead" align="center" nowrap="nowrap"><span style="white-space:nowrap"><a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=desc&amp;sort=replycount" rel="nofollow">回复</a></span></td>
	<td class="thead" align="center" nowrap="nowrap"><span style="white-space:nowrap"><a href="forumdisplay.php?f=@@FID@@&amp;daysprune=-1&amp;order=desc&amp;sort=views" rel="nofollow">查看</a></span></td>
	
</tr>
</tbody>
<!-- show threads -->
<tbody id="threadbits_forum_@@FID@@">
@@STICKY@@
@@ROWS@@
</tbody>
<!-- end show threads -->
</table>

<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-top:3px">
<tr valign="top">
	<td class="smallfont"><a href="newthread.php?do=newthread&amp;f=@@FID@@" rel="nofollow"><img src="images/buttons/newthread.gif" alt="发表新主题" border="0" /></a></td>
	<td align="right">@@NAV@@</td>
</tr>
</table>
<!-- / threads list -->
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{FORUM} - 笔杆子论坛" if n == 1 else f"{FORUM} - 第 {n} 页 - 笔杆子论坛",
        KEYWORDS=f"{FORUM}, 笔杆子论坛",
        DESC="各类会议讲话、表态发言、致辞、主持词的原创与交流",
        EXTRAHEAD="",
        NAVBITS='\n	<span class="navbar">&gt; <a href="forumdisplay.php?f=3">文稿园地</a></span>\n',
        SELF=f"forumdisplay.php?f={FID}" if n == 1 else f"forumdisplay.php?f={FID}&amp;order=desc&amp;page={n}",
        LASTNAV=FORUM,
        NAV=nav,
        FID=FID,
        FORUM=FORUM,
        STICKY=sticky,
        ROWS=rows,
    )


STICKY = """<tr>
	<td class="alt1" id="td_threadstatusicon_1502">
		<img src="images/statusicon/thread_lock.gif" id="thread_statusicon_1502" alt="" border="" />
	</td>
		<td class="alt2"><img src="images/icons/icon1.gif" alt="" border="0" /></td>
	<td class="alt1" id="td_threadtitle_1502" title="本版只接受原创或注明出处的讲话稿、发言稿，转载请注明来源……">
		<div>
			置顶: <a href="showthread.php?t=1502" id="thread_title_1502"><strong>【版规】本版发帖须知（2023年修订）</strong></a>
		</div>
		<div class="smallfont">
				<span style="cursor:pointer" onclick="window.open('member.php?u=321', '_self')">老笔头</span>
		</div>
	</td>
	<td class="alt2" title="回复: 0, 查看: 18,420">
		<div class="smallfont" style="text-align:right; white-space:nowrap">
			2023-03-02 <span class="time">10:00</span><br />
			作者 <a href="member.php?find=lastposter&amp;t=1502" rel="nofollow">老笔头</a>
		</div>
	</td>
		<td class="alt1" align="center">0</td>
		<td class="alt2" align="center">18,420</td>
</tr>
<tr><td class="thead" colspan="6">&nbsp;普通主题</td></tr>"""

INDEX_BODY = """<!-- main -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead>
	<tr align="center">
	  <td class="thead">&nbsp;</td>
	  <td class="thead" width="100%" align="left">论坛</td>
	  <td class="thead" width="175">最后发表</td>
	  <td class="thead">主题</td>
	  <td class="thead">帖子</td>
	</tr>
</thead>
<tbody>
	<tr>
		<td class="tcat" colspan="5">
			<a style="float:right" href="#top" onclick="return toggle_collapse('forumbit_3')"><img id="collapseimg_forumbit_3" src="images/buttons/collapse_tcat.gif" alt="" border="0" /></a>
			<a href="forumdisplay.php?f=3">文稿园地</a>
			<div class="smallfont">原创文稿交流，拒绝伸手党</div>
		</td>
	</tr>
</tbody>
<tbody id="collapseobj_forumbit_3" style="">
<tr align="center">
	<td class="alt1Active" colspan="2" id="f@@FID@@" align="left">
		<table cellpadding="0" cellspacing="0" border="0">
		<tr>
			<td><img src="images/statusicon/forum_old.gif" alt="" border="0" id="forum_statusicon_@@FID@@" /></td>
			<td><img src="images/clear.gif" alt="" width="9" height="1" border="0" /></td>
			<td>
				<div>
					<a href="forumdisplay.php?f=@@FID@@"><strong>@@FORUM@@</strong></a>
					<span class="smallfont">(1 位浏览者)</span>
				</div>
				<div class="smallfont">各类会议讲话、表态发言、致辞、主持词的原创与交流</div>
				<div class="smallfont">版主: <a href="member.php?u=321">老笔头</a></div>
			</td>
		</tr>
		</table>
	</td>
	<td class="alt2" nowrap="nowrap"><div class="smallfont" align="left">
		<div style="clear:both">
			<img class="inlineimg" src="images/icons/icon1.gif" alt="" border="0" />
			<a href="showthread.php?goto=newpost&amp;t=@@TID2@@" title="到第一个未读帖子: @@SUBJ2@@"><strong>新员工入职培训开班仪式董事长致辞，...</strong></a>
		</div>
		<div>
			作者 <a href="member.php?find=lastposter&amp;f=@@FID@@" rel="nofollow">人力小周</a>
		</div>
		<div align="right">
			2024-07-09 <span class="time">09:03</span>
			<a href="showthread.php?p=173960#post173960"><img class="inlineimg" src="images/buttons/lastpost.gif" alt="到最后一篇帖子" border="0" /></a>
		</div>
	</div></td>
	<td class="alt1">1,214</td>
	<td class="alt2">9,873</td>
</tr>
<tr align="center">
	<td class="alt1Active" colspan="2" id="f13" align="left">
		<table cellpadding="0" cellspacing="0" border="0">
		<tr>
			<td><img src="images/statusicon/forum_old.gif" alt="" border="0" id="forum_statusicon_13" /></td>
			<td><img src="images/clear.gif" alt="" width="9" height="1" border="0" /></td>
			<td>
				<div>
					<a href="forumdisplay.php?f=13"><strong>写作答疑</strong></a>
				</div>
				<div class="smallfont">写不下去了？来这里问问</div>
			</td>
		</tr>
		</table>
	</td>
	<td class="alt2" nowrap="nowrap"><div class="smallfont" align="left">
		<div style="clear:both">
			<a href="showthread.php?goto=newpost&amp;t=19412" title="到第一个未读帖子: 年度工作会议讲话怎么写出新意？求指点"><strong>年度工作会议讲话怎么写出新意？...</strong></a>
		</div>
		<div>作者 <a href="member.php?find=lastposter&amp;f=13" rel="nofollow">基层码字工</a></div>
		<div align="right">2024-01-16 <span class="time">09:40</span></div>
	</div></td>
	<td class="alt1">2,530</td>
	<td class="alt2">31,077</td>
</tr>
</tbody>
</table>

<br />

<!-- what's going on box -->
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead>
	<tr>
		<td class="tcat" colspan="2">当前论坛状态</td>
	</tr>
</thead>
<!-- logged-in users -->
<tbody>
	<tr>
		<td class="thead" colspan="2">
			<a href="online.php">在线用户</a>: 37 (6 位会员和 31 位游客)
		</td>
	</tr>
</tbody>
<tbody id="collapseobj_forumhome_activeusers" style="">
	<tr>
		<td class="alt2"><img src="images/misc/whos_online.gif" alt="在线用户" border="0" /></td>
		<td class="alt1" width="100%">
			<div class="smallfont">
				<div style="white-space: nowrap">最高在线记录是 1,208 人，于 2021-12-28 <span class="time">15:16</span>.</div>
				<div><a href="member.php?u=321">老笔头</a>, <a href="member.php?u=2650">秋水长天</a>, <a href="member.php?u=1877">江城小秘</a></div>
			</div>
		</td>
	</tr>
</tbody>
<!-- end logged-in users -->
<!-- board stats -->
<tbody>
	<tr>
		<td class="thead" colspan="2">笔杆子论坛 统计</td>
	</tr>
</tbody>
<tbody id="collapseobj_forumhome_stats" style="">
	<tr>
		<td class="alt2"><img src="images/misc/stats.gif" alt="笔杆子论坛 统计" border="0" /></td>
		<td class="alt1" width="100%">
			<div class="smallfont">
				<div>主题: 3,744, 帖子: 40,950, 会员: 52,316</div>
				<div>欢迎我们的最新会员, <a href="member.php?u=52316">公文小白2024</a></div>
			</div>
		</td>
	</tr>
</tbody>
<!-- end board stats -->
</table>
<!-- end what's going on box -->
"""


def build() -> Family:
    fam = Family(
        HOST,
        "vBulletin 3.8.7 Chinese forum, default style (GBK; showthread.php?t=N&page=P; postbit tables, signatures, quotes, firstpost ad)",
        encoding="gbk",
        content_type="text/html; charset=GBK",
        home="/",
    )
    rows_all = []
    for th in THREADS:
        tid = th["tid"]
        count = 2 if th["page2"] else 1
        page1 = thread_page(th, 1, count)
        fam.route(f"/showthread.php?t={tid}", f"/showthread/{tid}-1.html", page1)
        fam.route(f"/showthread.php?t={tid}&page=1", f"/showthread/{tid}-1.html", page1)
        if count == 2:
            fam.route(f"/showthread.php?t={tid}&page=2", f"/showthread/{tid}-2.html", thread_page(th, 2, 2))
            fam.not_documents.append(f"/showthread.php?t={tid}&page=2")
        pages = [f"/showthread.php?t={tid}"] + ([f"/showthread.php?t={tid}&page=2"] if th["cont"] else [])
        fam.doc(pages, th["speech"], title=th["subject"], published_at=th["date"])
        preview = th["speech"].paras[0] + " " + th["speech"].paras[1][:60] + "..."
        rows_all.append(threadbit(th, preview))
    # page 1 newest first: RA2 thread, then RA1 thread? 32 threads: RA1 falls to page 2
    p1 = "\n".join([rows_all[1], other_row(*OTHER_ROWS[0])])
    p2 = "\n".join([rows_all[0], other_row(*OTHER_ROWS[1])])
    f1 = forum_page(1, p1, STICKY)
    fam.route(f"/forumdisplay.php?f={FID}", f"/forumdisplay/{FID}-1.html", f1)
    fam.route(f"/forumdisplay.php?f={FID}&order=desc&page=2", f"/forumdisplay/{FID}-2.html", forum_page(2, p2))
    index = render(
        HEAD + INDEX_BODY + FOOT,
        TITLE="笔杆子论坛 - 机关文字工作者的网上家园 - Powered by vBulletin",
        KEYWORDS="讲话稿,发言稿,公文写作,材料,笔杆子论坛",
        DESC="笔杆子论坛，机关文字工作者交流讲话稿、发言稿、公文写作经验的网上家园。",
        EXTRAHEAD="",
        NAVBITS="",
        SELF="index.php",
        LASTNAV="笔杆子论坛",
        FID=FID,
        FORUM=FORUM,
        TID2=THREADS[1]["tid"],
        SUBJ2=THREADS[1]["subject"],
    )
    fam.put("/", index)
    fam.route("/index.php", "/index.html", index)
    fam.not_documents += ["/", f"/forumdisplay.php?f={FID}", f"/forumdisplay.php?f={FID}&order=desc&page=2"]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /admincp/\nDisallow: /modcp/\nDisallow: /login.php\nDisallow: /newreply.php\nDisallow: /newthread.php\nDisallow: /private.php\nDisallow: /sendmessage.php\n",
    )
    fam.noise += [
        "__________________",
        "文章千古事，得失寸心知。",
        "办公室的灯，总是最后一个熄。",
        "HR一枚，欢迎交流培训方案",
        "宁可十年不将军，不可一日不拱卒。",
        "此帖于",
        "原因: 改了几个错别字",
        "前天刚开完会，总经理基本按稿子念的",
        "坐等下半部分",
        "赞助商链接",
        "公文写作实战特训营",
        "引用:",
        "查看帖子",
        "注册日期:",
        "来自:",
        "帖子:",
        "当前离线",
        "先收藏了",
        "这句话我们领导也爱讲",
        "“五个希望”有点多",
        "这种亲身经历最打动人",
        "谢谢版主！",
        "顶一下，让更多人看到。",
        "相似主题",
        "发帖规则",
        "当前正在查看此主题的会员",
        "所有时间均为北京时间",
        "Powered by vBulletin",
        "第 1 页，共 2 页",
        "笔杆子论坛",
    ]
    return fam
