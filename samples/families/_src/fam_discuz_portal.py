"""Discuz! X3.4 门户 (portal) articles, default template, GBK, URL rewrite on for portal pages:
`article-AID-PAGE.html` (= portal.php?mod=view&aid=AID&page=PAGE) in `h1.ph` / `p.xg1` (date, 发布者,
查看, 评论, 原作者, 来自) / `div.s` 摘要 / `td#article_content`, the article pager `div.ptw.pbw > div.pg`
for an article cut by Discuz's 分页符 into two pages, 收藏/邀请/举报 bar, 表态 box, 上一篇/下一篇,
相关阅读 (`#related_article`), 最新评论 (`#comment`) with its form, the portal frame (header nav,
`#pt` breadcrumb, sidebar blocks, footer with ICP); list pages `list-CATID-PAGE.html`, home portal.php."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.dz-menhu-like.test"
SITE = "江城民生网"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@ -  江城民生网 -  Powered by Discuz!</title>

<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@ ,江城民生网" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="http://www.dz-menhu-like.test/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?k3P" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_@@CSS@@.css?k3P" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'k3P', charset = 'gbk', discuz_uid = '0', cookiepre = 'Jc8r_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL3d3dy5kei1tZW5odS1saWtlLnRlc3Qv', SITEURL = 'http://www.dz-menhu-like.test/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?k3P" type="text/javascript"></script>
<meta name="application-name" content="江城民生网" />
<meta name="msapplication-tooltip" content="江城民生网" />
<meta name="msapplication-task" content="name=门户;action-uri=http://www.dz-menhu-like.test/portal.php;icon-uri=http://www.dz-menhu-like.test/static/image/common/portal.ico" /><meta name="msapplication-task" content="name=论坛;action-uri=http://www.dz-menhu-like.test/forum.php;icon-uri=http://www.dz-menhu-like.test/static/image/common/bbs.ico" />
<script src="static/js/portal.js?k3P" type="text/javascript"></script>
</head>

<body id="nv_portal" class="pg_@@PG@@" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('http://www.dz-menhu-like.test/');">设为首页</a><a href="http://www.dz-menhu-like.test/"  onclick="addFavorite(this.href, '江城民生网');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="江城民生网"><img src="static/image/common/logo.png" alt="江城民生网" border="0" /></a></h2><script src="static/js/logging.js?k3P" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl">
<span id="return_ls" style="display:none"></span>
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr>
<td><label for="ls_username">帐号</label></td>
<td><input type="text" name="username" id="ls_username" class="px vm xg1"  value="用户名/Email" onfocus="if(this.value == '用户名/Email'){this.value = '';this.className = 'px vm';}" onblur="if(this.value == ''){this.value = '用户名/Email';this.className = 'px vm xg1';}" tabindex="901" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" tabindex="903" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td>
</tr>
<tr>
<td><label for="ls_password" class="z psw_w">密码</label></td>
<td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" tabindex="902" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td>
</tr>
</table>
<input type="hidden" name="quickforward" value="yes" />
<input type="hidden" name="handlekey" value="ls" />
</div>
</div>
</form>
</div>

<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});showForummenu(0);})">快捷导航</a>
<ul><li class="a" id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_P2" ><a href="list-2-1.html" hidefocus="true"  >讲话致辞</a></li><li id="mn_P3" ><a href="list-3-1.html" hidefocus="true"  >民生热线</a></li><li id="mn_N12a2" ><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist"  >排行榜<span>Ranklist</span></a></li></ul>
</div>
<div class="p_pop h_pop" id="mn_userapp_menu" style="display: none"></div><div id="mu" class="cl">
</div><div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" />
<input type="hidden" name="formhash" value="a81c3f9e" />
<input type="hidden" name="srchtype" value="title" />
<input type="hidden" name="srhfid" value="0" />
<input type="hidden" name="srhlocality" value="portal::view" />
<table cellspacing="0" cellpadding="0">
<tr>
<td class="scbar_icon_td"></td>
<td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td">
<div id="scbar_hot">
<strong class="xw1">热搜: </strong>

<a href="search.php?mod=portal&amp;srchtxt=%BD%B2%BB%B0%B8%E5&amp;formhash=a81c3f9e&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">讲话稿</a>



<a href="search.php?mod=portal&amp;srchtxt=%D6%C2%B4%C7&amp;formhash=a81c3f9e&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">致辞</a>

</div>
</td>
</tr>
</table>
</form>
</div>
<ul id="scbar_type_menu" class="p_pop" style="display: none;"><li><a href="javascript:;" rel="article" class="curtype">文章</a></li><li><a href="javascript:;" rel="forum">帖子</a></li><li><a href="javascript:;" rel="user">用户</a></li></ul>
<script type="text/javascript">
initSearchmenu('scbar', '');
</script>
</div>
</div>


<div id="wp" class="wp">
"""

FOOT = """</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="http://www.dz-menhu-like.test/" target="_blank">江城民生网</a></strong>
( <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备13004521号-1</a> )<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?7c2e4b8a9d0f1e3c5a6b7d8e9f0a1b2c";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script></p>
<p class="xs0">
GMT+8, @@NOW@@<span id="debuginfo">
, Processed in 0.046318 second(s), 22 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">Copyright &copy; 2001-2021, Tencent Cloud.</p>
</div></div>
<script src="home.php?mod=misc&ac=sendmail&rand=1716442210" type="text/javascript"></script>

<div id="scrolltop">
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span>
<a href="portal.php" hidefocus="true" class="returnboard" title="返回门户"><b>返回门户</b></a>
</span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
"""

ARTICLES = [
    {
        "aid": 386,
        "speech": SPEECHES["R33A1"],
        "pages": 2,
        "catid": 2,
        "cat": "讲话致辞",
        "stamp": "2024-4-23 18:12",
        "publisher": "jcmsw_bj01",
        "uid": 3,
        "author": "市政府办公室",
        "from": "江城市人民政府网",
        "fromurl": "http://www.jiangcheng-gov-like.test/",
        "views": 2316,
        "summary": "4月23日，全市老旧小区改造工作推进会召开，副市长出席会议并讲话。以下为讲话全文。",
        "comments": [
            (12, "老城区住户", "2024-4-24 10:45", "我们小区去年改的，管道全换了，楼道也亮堂了，就是电梯还没装上，希望今年能落实。"),
            (27, "清风徐来", "2024-4-24 13:20", "“先里子、后面子”这句话说得好，以前就是刷墙多、修管子少。"),
            (41, "江城老王", "2024-4-25 08:03", "长效管理才是关键，改完没人管，过两年又乱了。"),
        ],
    },
    {
        "aid": 392,
        "speech": SPEECHES["R33A5"],
        "pages": 1,
        "catid": 2,
        "cat": "讲话致辞",
        "stamp": "2024-6-21 17:36",
        "publisher": "jcmsw_bj02",
        "uid": 5,
        "author": "江城学院",
        "from": "江城学院新闻网",
        "fromurl": "",
        "views": 1087,
        "summary": "6月21日上午，江城学院2024届毕业典礼暨学位授予仪式在体育馆举行。校长在典礼上发表讲话，寄语毕业生做踏实的人、有担当的人、终身学习的人。",
        "comments": [
            (58, "江院09级校友", "2024-6-22 09:14", "看哭了，想起自己毕业那年，校长也是这样叮嘱我们的。"),
        ],
    },
]

OTHER = [
    (371, "市民热线：城东片区夜间施工扰民问题已协调解决", 3, "民生热线"),
    (379, "2024年江城市义务教育招生政策问答", 3, "民生热线"),
    (383, "在全市春季植树造林动员会上的讲话（摘要）", 2, "讲话致辞"),
    (395, "城西菜市场改造完成　6月28日重新开业", 3, "民生热线"),
]


def title_of(a):
    return a["speech"].title


def pager(aid, n, count):
    if count == 1:
        return ""
    out = '<div class="pg">'
    if n > 1:
        out += f'<a href="article-{aid}-{n - 1}.html" class="prev">&nbsp;&nbsp;</a>'
    for i in range(1, count + 1):
        out += f"<strong>{i}</strong>" if i == n else f'<a href="article-{aid}-{i}.html">{i}</a>'
    out += (
        f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{n}" '
        f"onkeydown=\"if(event.keyCode==13) {{window.location='portal.php?mod=view&amp;aid={aid}&amp;page='+this.value;; doane(event);}}\" />"
        f'<span title="共 {count} 页"> / {count} 页</span></label>'
    )
    if n < count:
        out += f'<a href="article-{aid}-{n + 1}.html" class="nxt">下一页</a>'
    return out + "</div>"


def sidebar():
    return """<div class="sd pph">
<div class="drag">
<!--[diy=diyrighttop]--><div id="diyrighttop" class="area"></div><!--[/diy]-->
</div>
<div class="bm">
<div class="bm_h cl">
<h2>讲话致辞</h2>
</div>
<div class="bm_c">
<ul class="xl xl2 cl">
<li><a href="list-2-1.html" title="讲话致辞">讲话致辞</a></li>
<li><a href="list-3-1.html" title="民生热线">民生热线</a></li>
</ul>
</div>
</div>
<div class="drag">
<!--[diy=diy2]--><div id="diy2" class="area"><div id="frameaX1B2c" class=" frame move-span cl frame-1"><div id="frameaX1B2c_left" class="column frame-1-c"><div id="frameaX1B2c_left_temp" class="move-span temp"></div><div id="portal_block_31" class="block move-span"><div class="blocktitle title"><span class="titletext">热门文章</span></div><div id="portal_block_31_content" class="dxb_bc"><div class="module cl xl xl1">
<ul><li><em>2316</em><a href="article-386-1.html" title="在全市老旧小区改造工作推进会上的讲话" target="_blank">在全市老旧小区改造工作推进会上的讲话</a></li><li><em>1087</em><a href="article-392-1.html" title="在2024届毕业典礼暨学位授予仪式上的讲话" target="_blank">在2024届毕业典礼暨学位授予仪式上的讲话</a></li><li><em>954</em><a href="article-379-1.html" title="2024年江城市义务教育招生政策问答" target="_blank">2024年江城市义务教育招生政策问答</a></li></ul>
</div></div></div></div></div></div><!--[/diy]-->
</div>
<div class="drag">
<!--[diy=diy3]--><div id="diy3" class="area"><div id="portal_block_32" class="block move-span"><div id="portal_block_32_content" class="dxb_bc"><div class="portal_block_summary"><a href="http://www.dz-menhu-like.test/forum.php" target="_blank"><img src="data/attachment/common/cf/ad_300x250_jcmsw.jpg" width="300" height="250" alt="江城民生论坛 欢迎您的加入" /></a></div></div></div></div><!--[/diy]-->
</div>
</div>
"""


def article_page(a, n, runs, prev, nxt, related):
    aid, speech = a["aid"], a["speech"]
    count = len(runs)
    paras = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in runs[n - 1])
    summary = (
        f'<div class="s"><div><strong>摘要</strong>: {a["summary"]}</div></div>' if n == 1 else ""
    )
    src = (
        f'<a href="{a["fromurl"]}" target="_blank">{a["from"]}</a>' if a["fromurl"] else a["from"]
    )
    comments = "\n".join(
        f"""<dl id="comment_{cid}_li" class="ptm pbm bbda cl">
<dt class="mbm">
<span class="y xw0">
<a href="javascript:;" onclick="portal_comment_requote({cid}, '{aid}');">引用</a>
<a href="javascript:;" onclick="showWindow('miscreport{cid}', 'misc.php?mod=report&rid={aid}&rtype=article&cid={cid}', 'get', -1);return false;">举报</a>
</span>
<a href="home.php?mod=space&amp;uid={cid + 100}" class="xi2 xw1">{name}</a>
<span class="xg1 xw0">{stamp}</span>
</dt>
<dd>{text}</dd>
</dl>"""
        for cid, name, stamp, text in a["comments"]
    )
    rel = "\n".join(
        f'<li>&#8226; <a href="article-{raid}-1.html">{rt}</a></li>' for raid, rt in related
    )
    body = f"""<script type="text/javascript" src="static/js/forum_viewthread.js?k3P"></script>
<script type="text/javascript">zoomstatus = parseInt(1), imagemaxwidth = '600', aimgcount = new Array();</script>

<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">江城民生网</a> <em>&rsaquo;</em>
<a href="portal.php">门户</a> <em>&rsaquo;</em>
<a href="list-{a["catid"]}-1.html">{a["cat"]}</a> <em>&rsaquo;</em>
查看内容
</div>
</div>

<style id="diy_style" type="text/css"></style>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>

<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">{title_of(a)} </h1>
<p class="xg1">
{a["stamp"]}<span class="pipe">|</span>
发布者: <a href="home.php?mod=space&amp;uid={a["uid"]}">{a["publisher"]}</a><span class="pipe">|</span>
查看: <em id="_viewnum">{a["views"]}</em><span class="pipe">|</span>
评论: <a href="portal.php?mod=comment&amp;id={aid}&amp;idtype=aid" title="查看全部评论">{len(a["comments"])}</a><span class="pipe">|</span>原作者: {a["author"]}<span class="pipe">|</span>来自: {src}
</p>
</div>

<!--[diy=diysummarytop]--><div id="diysummarytop" class="area"></div><!--[/diy]-->

{summary}

<!--[diy=diysummarybottom]--><div id="diysummarybottom" class="area"></div><!--[/diy]-->
<div class="d">

<!--[diy=diycontenttop]--><div id="diycontenttop" class="area"></div><!--[/diy]-->

<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
{paras}
</td></tr></table>


{f'<div class="ptw pbw cl">{pager(aid, n, count)}</div>' if count > 1 else ''}

<!--[diy=diycontentbottom]--><div id="diycontentbottom" class="area"></div><!--[/diy]-->

<script src="static/js/home.js?k3P" type="text/javascript"></script>
<div id="click_div">
<table cellpadding="0" cellspacing="0" class="atd">
<tr><td>
<a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=1&amp;idtype=aid&amp;id={aid}&amp;hash=3f1c&amp;handlekey=clickhandle" id="click_aid_{aid}_1" onclick="showWindow(this.id, this.href);doane(event);">
<img src="static/image/click/xianhua.gif" alt="" /><br />鲜花</a>
</td>
<td>
<a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=2&amp;idtype=aid&amp;id={aid}&amp;hash=3f1c&amp;handlekey=clickhandle" id="click_aid_{aid}_2" onclick="showWindow(this.id, this.href);doane(event);">
<img src="static/image/click/woshou.gif" alt="" /><br />握手</a>
</td>
<td>
<a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=3&amp;idtype=aid&amp;id={aid}&amp;hash=3f1c&amp;handlekey=clickhandle" id="click_aid_{aid}_3" onclick="showWindow(this.id, this.href);doane(event);">
<img src="static/image/click/leiren.gif" alt="" /><br />雷人</a>
</td>
<td>
<a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=4&amp;idtype=aid&amp;id={aid}&amp;hash=3f1c&amp;handlekey=clickhandle" id="click_aid_{aid}_4" onclick="showWindow(this.id, this.href);doane(event);">
<img src="static/image/click/luguo.gif" alt="" /><br />路过</a>
</td>
<td>
<a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=5&amp;idtype=aid&amp;id={aid}&amp;hash=3f1c&amp;handlekey=clickhandle" id="click_aid_{aid}_5" onclick="showWindow(this.id, this.href);doane(event);">
<img src="static/image/click/jidan.gif" alt="" /><br />鸡蛋</a>
</td>
</tr>
</table>
</div>

<!--[diy=diycontentclickbottom]--><div id="diycontentclickbottom" class="area"></div><!--[/diy]-->

</div>
<div class="o cl ptm pbm">

<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={aid}&amp;handlekey=favoritearticlehk_{aid}" id="a_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr ofav">收藏</a>
<a href="misc.php?mod=invite&amp;action=article&amp;id={aid}" id="a_invite" onclick="showWindow('invite', this.href, 'get', 0);" class="oshr oivt">邀请</a>

<a href="javascript:;" onclick="showWindow('miscreport', 'misc.php?mod=report&rtype=article&rid={aid}', 'get', -1);return false;" class="oshr">举报</a>
</div>
<div class="pren pbm cl">
<em>上一篇：</em>{prev}
<em>下一篇：</em>{nxt}
</div>
</div>

<!--[diy=diycontentrelatetop]--><div id="diycontentrelatetop" class="area"></div><!--[/diy]-->

<div id="related_article" class="bm">
<div class="bm_h cl">
<h3>相关阅读</h3>
</div>
<div class="bm_c">
<ul class="xl xl2 cl" id="raid_div">
{rel}
</ul>
</div>
</div>

<!--[diy=diycontentrelate]--><div id="diycontentrelate" class="area"></div><!--[/diy]-->
<div id="comment" class="bm">
<div class="bm_h cl">
<a href="portal.php?mod=comment&amp;id={aid}&amp;idtype=aid" class="y xi2">查看全部评论({len(a["comments"])})</a>
<h3 class="ph">最新评论</h3>
</div>
<div id="comment_ul" class="bm_c">
<div class="xld xlda" id="comment_ul_inner">
{comments}
</div>
</div>
<div class="bm_c">
<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off">
<div class="tedt">
<div class="area">
<div class="pt hm">您需要登录后才可以评论 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div>
</div>
</div>
<input type="hidden" name="portal_referer" value="portal.php?mod=view&amp;aid={aid}#comment">
<input type="hidden" name="referer" value="portal.php?mod=view&amp;aid={aid}#comment" />
<input type="hidden" name="id" value="0" />
<input type="hidden" name="idtype" value="" />
<input type="hidden" name="aid" value="{aid}">
<input type="hidden" name="formhash" value="a81c3f9e">
<input type="hidden" name="replysubmit" value="true">
<input type="hidden" name="commentsubmit" value="true" />
<p class="pt10 cl"><button type="submit" name="commentsubmit_btn" id="commentsubmit_btn" value="true" class="pn y"><strong>评论</strong></button></p>
</form>
</div>
</div>

<!--[diy=diycontentcomment]--><div id="diycontentcomment" class="area"></div><!--[/diy]-->

</div>
{sidebar()}
</div>

<div class="wp mtn">
<!--[diy=diy3]--><div id="diy3" class="area"></div><!--[/diy]-->
</div>

<input type="hidden" id="portalview" value="1">
<script type="text/javascript">
function succeedhandle_favoritearticlehk_{aid}(url, msg, values) {{
showDialog(msg, 'right', '', null, true, null, null, null, null, 3);
}}
</script>
"""
    return render(
        HEAD,
        TITLE=f'{title_of(a)} - {a["cat"]}',
        KEYWORDS=title_of(a),
        DESC=a["summary"][:80],
        CSS="view",
        PG="view",
    ) + body + render(FOOT, NOW="2024-6-25 10:31")


def list_page(catid, catname, items, n, count):
    rows = []
    for aid, title, summary, stamp, publisher in items:
        rows.append(f"""<dl class="bbda cl">
<dt class="xs2"><a href="article-{aid}-1.html" target="_blank" class="xi2"  style="">{title}</a> </dt>
<dd class="xs2 cl">
{summary}
</dd>
<dd>
<span class="xg1">分类: <a href="list-{catid}-1.html" class="xi1">{catname}</a><span class="pipe">|</span>发布者: {publisher}<span class="pipe">|</span>{stamp}</span>
<span class="xg1 y"><a href="article-{aid}-1.html" target="_blank" class="xi2">阅读全文</a></span>
</dd>
</dl>""")
    pg = '<div class="pgs cl"><div class="pg">' + "".join(
        f"<strong>{i}</strong>" if i == n else f'<a href="list-{catid}-{i}.html">{i}</a>'
        for i in range(1, count + 1)
    ) + (f'<a href="list-{catid}-{n + 1}.html" class="nxt">下一页</a>' if n < count else "") + "</div></div>"
    body = f"""<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">江城民生网</a> <em>&rsaquo;</em>
<a href="portal.php">门户</a> <em>&rsaquo;</em>
{catname}
</div>
</div>
<style id="diy_style" type="text/css"></style>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm bml pbn">
<div class="bm_h cl">
<span class="y">
<a href="portal.php?mod=rss&amp;catid={catid}" class="rss" target="_blank" title="RSS">订阅</a>
</span>
<h1 class="xs2">{catname}</h1>
</div>
</div>
<div class="bm">
<div class="bm_c xld">
{chr(10).join(rows)}
</div>
{pg if count > 1 else ''}
</div>
</div>
{sidebar()}
</div>
"""
    return render(
        HEAD, TITLE=catname, KEYWORDS=catname, DESC=catname, CSS="list", PG="list"
    ) + body + render(FOOT, NOW="2024-6-25 10:31")


def build() -> Family:
    fam = Family(
        HOST,
        "Discuz! X3.4 门户 (portal) articles, GBK, rewrite article-AID-PAGE.html; a long article over 2 pages through the portal pager",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    a1, a2 = ARTICLES
    related = {
        386: [(383, "在全市春季植树造林动员会上的讲话（摘要）"), (392, title_of(a2))],
        392: [(386, title_of(a1)), (383, "在全市春季植树造林动员会上的讲话（摘要）")],
    }
    nav = {
        386: ('<a href="article-383-1.html">在全市春季植树造林动员会上的讲话（摘要）</a>', f'<a href="article-392-1.html">{title_of(a2)}</a>'),
        392: (f'<a href="article-386-1.html">{title_of(a1)}</a>', '<a href="article-395-1.html">城西菜市场改造完成　6月28日重新开业</a>'),
    }
    for a in ARTICLES:
        aid = a["aid"]
        runs = split_paras(a["speech"].paras, a["pages"])
        pages = []
        for n in range(1, len(runs) + 1):
            html = article_page(a, n, runs, *nav[aid], related[aid])
            fam.put(f"/article-{aid}-{n}.html", html)
            pages.append(f"/article-{aid}-{n}.html")
            fam.route(f"/portal.php?mod=view&aid={aid}&page={n}", f"/portal_view/view-{aid}-{n}.html", html)
        fam.route(f"/portal.php?mod=view&aid={aid}", f"/portal_view/view-{aid}.html", article_page(a, 1, runs, *nav[aid], related[aid]))
        fam.doc(pages, a["speech"], published_at=a["speech"].date)
        fam.not_documents += pages[1:]

    items2 = [
        (392, title_of(a2), a2["summary"], a2["stamp"], a2["publisher"]),
        (386, title_of(a1), a1["summary"], a1["stamp"], a1["publisher"]),
    ]
    items2b = [
        (383, "在全市春季植树造林动员会上的讲话（摘要）", "3月12日，全市春季植树造林动员会召开。会议要求……", "2024-3-12 16:40", "jcmsw_bj01"),
    ]
    fam.put("/list-2-1.html", list_page(2, "讲话致辞", items2, 1, 2))
    fam.put("/list-2-2.html", list_page(2, "讲话致辞", items2b, 2, 2))
    items3 = [
        (395, "城西菜市场改造完成　6月28日重新开业", "经过三个月的改造，城西菜市场将于6月28日重新开业……", "2024-6-20 11:02", "jcmsw_bj02"),
        (379, "2024年江城市义务教育招生政策问答", "家长最关心的十个问题，一次说清楚……", "2024-4-10 09:30", "jcmsw_bj02"),
    ]
    fam.put("/list-3-1.html", list_page(3, "民生热线", items3, 1, 1))

    home_body = """<style id="diy_style" type="text/css"></style>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>
<div id="ct" class="wp cl">
<div class="mn">
<!--[diy=diyfocus]--><div id="diyfocus" class="area"><div id="portal_block_21" class="block move-span"><div class="blocktitle title"><span class="titletext">头条</span></div><div id="portal_block_21_content" class="dxb_bc"><div class="module cl xld">
<dl class="cl"><dt><a href="article-392-1.html" title="在2024届毕业典礼暨学位授予仪式上的讲话" target="_blank">在2024届毕业典礼暨学位授予仪式上的讲话</a></dt><dd>6月21日上午，江城学院2024届毕业典礼暨学位授予仪式在体育馆举行……</dd></dl>
</div></div></div></div><!--[/diy]-->
<!--[diy=diy2]--><div id="diy2" class="area"><div id="portal_block_22" class="block move-span"><div class="blocktitle title"><span class="titletext"><a href="list-2-1.html">讲话致辞</a></span></div><div id="portal_block_22_content" class="dxb_bc"><div class="module cl xl xl1">
<ul><li><em>06-21</em><a href="article-392-1.html" title="在2024届毕业典礼暨学位授予仪式上的讲话" target="_blank">在2024届毕业典礼暨学位授予仪式上的讲话</a></li><li><em>04-23</em><a href="article-386-1.html" title="在全市老旧小区改造工作推进会上的讲话" target="_blank">在全市老旧小区改造工作推进会上的讲话</a></li><li><em>03-12</em><a href="article-383-1.html" title="在全市春季植树造林动员会上的讲话（摘要）" target="_blank">在全市春季植树造林动员会上的讲话（摘要）</a></li></ul>
</div></div></div><div id="portal_block_23" class="block move-span"><div class="blocktitle title"><span class="titletext"><a href="list-3-1.html">民生热线</a></span></div><div id="portal_block_23_content" class="dxb_bc"><div class="module cl xl xl1">
<ul><li><em>06-20</em><a href="article-395-1.html" title="城西菜市场改造完成　6月28日重新开业" target="_blank">城西菜市场改造完成　6月28日重新开业</a></li><li><em>04-10</em><a href="article-379-1.html" title="2024年江城市义务教育招生政策问答" target="_blank">2024年江城市义务教育招生政策问答</a></li></ul>
</div></div></div></div><!--[/diy]-->
</div>
</div>
<div class="wp">
<!--[diy=diy3]--><div id="diy3" class="area"></div><!--[/diy]-->
</div>
"""
    home = render(HEAD, TITLE="门户", KEYWORDS="门户", DESC="门户", CSS="index", PG="index") + home_body + render(FOOT, NOW="2024-6-25 10:31")
    fam.put("/", home)
    fam.route("/portal.php", "/index.html", home)
    fam.put("/robots.txt", "#\n# robots.txt for Discuz! X3\n#\n\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /source/\nDisallow: /install/\nDisallow: /template/\nDisallow: /config/\nDisallow: /uc_client/\nDisallow: /uc_server/\nDisallow: /static/\nDisallow: /admin.php\nDisallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\nDisallow: /misc.php\nDisallow: /connect.php\nDisallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\nDisallow: /home.php?mod=spacecp*\nDisallow: /userapp.php?mod=app&*\nDisallow: /*?mod=misc*\nDisallow: /*?mod=attachment*\nDisallow: /*mobile=yes*\n")
    fam.not_documents += ["/", "/list-2-1.html", "/list-2-2.html", "/list-3-1.html"]
    fam.noise += [
        "原作者:",
        "来自:",
        "摘要",
        "发布者:",
        "相关阅读",
        "最新评论",
        "查看全部评论",
        "上一篇：",
        "下一篇：",
        "鲜花",
        "握手",
        "收藏",
        "举报",
        "先里子、后面子”这句话说得好",
        "看哭了",
        "您需要登录后才可以评论",
        "鄂ICP备13004521号-1",
        "Powered by",
        "江城民生网",
        "下一页",
        "查看内容",
        "以下为讲话全文",
    ]
    return fam
