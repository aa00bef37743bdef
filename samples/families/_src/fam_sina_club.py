"""新浪论坛 (club.*.sina.com.cn)-like forum, the old Sina-skinned Discuz! 7.2 pages (about 2012-2015), GB2312.

Sina's own skin over Discuz! 7.2 with URL rewrite (`thread-TID-P-1.html`, `forum-FID-P.html`): the Sina
top bar (`tn-bg` / `tn-header`, 新浪首页 / 新浪导航, 登录 / 注册, 微博), the 新浪论坛 channel header
(logo, 论坛首页 / 教育论坛 channels, search), `#nav` crumb, then Discuz 7's `#postlist`: each post a
`table#pidN` with `td.postauthor` (name, avatar, 新浪论坛 group, UID / 帖子 / 积分 / 注册时间) and
`td.postcontent` (`postinfo` with `<em>楼主</em>` / 沙发 / 板凳 / `N<sup>#</sup>`, `em#authorpostonN`
发表于, 只看该作者), `div#threadtitle h1` in the first post, the text in `td.t_msgfont#postmessage_N`;
Sina share bar under the first post, `pages` pager, guest 快速发帖 box, SUDA / Sina footer (新浪简介 …
Copyright SINA Corporation). Topic 1 (年会致辞) holds the speech whole in its first post, replies run to
page 2 (not a document); topic 2 (同学聚会 发言) one page with the poster's own line before the speech."""

from common import SPEECHES, Family

HOST = "club.edu.xinlang-like.test"
FID = 217
FNAME = "职场人生"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@ 新浪论坛" />
<meta name="generator" content="Discuz! 7.2" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_1_common.css?XiT" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/scriptstyle_1_viewthread.css?XiT" />
<link rel="stylesheet" type="text/css" href="http://i0.sinaimg-like.test/club/css/sina_club_2012.css" />
<script type="text/javascript">var STYLEID = '1', IMGDIR = 'images/default', VERHASH = 'XiT', charset = 'gbk', discuz_uid = 0, cookiedomain = '.sina.com.cn', cookiepath = '/', attackevasive = '0', disallowfloat = 'newthread|reply', creditnotice = '', gid = parseInt('0'), fid = parseInt('@@FID@@'), tid = parseInt('@@TID@@')</script>
<script src="forumdata/cache/common.js?XiT" type="text/javascript"></script>
<script type="text/javascript" src="http://i1.sinaimg-like.test/unipro/pub/suda_s_v851c.js"></script>
</head>
<body id="viewthread" onkeydown="if(event.keyCode==27) return false;">
<div class="tn-bg"><div class="tn-header"><div class="tn-nav">
<div class="tn-title"><a href="http://www.xinlang-like.test/" class="tn-tab" target="_blank">新浪首页</a></div>
<div class="tn-title"><a href="http://news.xinlang-like.test/guide/" class="tn-tab" target="_blank">新浪导航</a></div>
<div class="tn-title tn-title-login"><a href="http://login.xinlang-like.test/signup/signin.php?entry=club" class="tn-tab">登录</a></div>
<div class="tn-title"><a href="http://login.xinlang-like.test/signup/signup.php?entry=club" class="tn-tab" target="_blank">注册</a></div>
<div class="tn-title"><a href="http://weibo.xinlang-like.test/" class="tn-tab" target="_blank">微博</a></div>
</div></div></div>
<div id="header"><div class="wrap s_clear">
<h2><a href="http://club.xinlang-like.test/" title="新浪论坛"><img src="http://i0.sinaimg-like.test/club/images/logo_club.png" alt="新浪论坛" border="0" /></a></h2>
<div id="umenu"><a href="http://club.xinlang-like.test/">论坛首页</a> | <a href="index.php">教育论坛</a> | <a href="http://club.baby.xinlang-like.test/">育儿论坛</a> | <a href="http://club.eladies.xinlang-like.test/">女性论坛</a> | <a href="http://club.history.xinlang-like.test/">历史论坛</a> | <a href="http://club.auto.xinlang-like.test/">汽车论坛</a></div>
<div id="search_sina"><form method="get" action="http://search.xinlang-like.test/" target="_blank"><input type="text" name="q" value="" class="txt" /><input type="hidden" name="c" value="club" /><button type="submit">搜索</button></form></div>
</div></div>
<div id="ad_headerbanner"><script type="text/javascript" src="http://d1.sinaimg-like.test/litong/zhitou/sinaads/release/sinaads.js"></script><ins class="sinaads" data-ad-pdps="PDPS000000045321"></ins></div>
<div id="nav"><a href="http://club.xinlang-like.test/">新浪论坛</a> &raquo; <a href="index.php">教育论坛</a> &raquo; @@CRUMB@@</div>
<div id="wrap" class="wrap s_clear threadfix">
"""

FOOT = """</div>
<div id="footer" class="footer">
<p><a href="http://corp.xinlang-like.test/chn/">新浪简介</a> | <a href="http://corp.xinlang-like.test/eng/">About Sina</a> | <a href="http://emarketing.xinlang-like.test/">广告服务</a> | <a href="http://www.xinlang-like.test/contactus.html">联系我们</a> | <a href="http://career.xinlang-like.test/">招聘信息</a> | <a href="http://www.xinlang-like.test/intro/lawfirm.shtml">网站律师</a> | <a href="http://english.xinlang-like.test/">SINA English</a> | <a href="http://login.xinlang-like.test/signup/signup.php">通行证注册</a> | <a href="http://help.xinlang-like.test/">产品答疑</a></p>
<p>Copyright &copy; 1996-2015 SINA Corporation, All Rights Reserved</p>
<p>新浪公司 <a href="http://www.xinlang-like.test/intro/copyright.shtml">版权所有</a></p>
<p class="powered">Powered by <a href="http://www.discuz-like.test/" target="_blank">Discuz!</a> 7.2 &copy; 2001-2009 Comsenz Inc.</p>
</div>
<script type="text/javascript">GB_SUDA._S_pSt('_S_acTrack');</script>
<noscript><img width="0" height="0" src="http://beacon.xinlang-like.test/a.gif?noScript" border="0" alt="" /></noscript>
</body>
</html>
"""

USERS = {
    "海淀老周": (1843221905, "新浪会员", 1211, 3306, "2009-4-17", "做实业，不容易。"),
    "职场菜鸟一枚": (2267301044, "新浪会员", 88, 140, "2012-9-3", ""),
    "杨柳青青2011": (2091184371, "新浪会员", 356, 702, "2011-2-25", ""),
    "北漂十年": (1730092218, "新浪会员", 2402, 5611, "2008-11-8", "十年北漂，一朝回乡。"),
    "小鱼儿爱吃鱼": (2571880362, "新浪会员", 143, 210, "2013-6-12", ""),
    "三班班长": (2698045133, "新浪会员", 61, 95, "2014-7-30", ""),
}

T1, T2 = 4471203, 5602318


def floor(pid, n, name, stamp, content, tid, first_subject=None, share=False):
    uid, group, posts, points, reg, sign = USERS[name]
    label = {1: "<em>楼主</em>", 2: "沙发", 3: "板凳", 4: "地板"}.get(n, f"<em>{n}</em><sup>#</sup>")
    title = f'<div id="threadtitle"><h1>{first_subject}</h1></div>' if first_subject else ""
    share_html = """<div class="sina_share" id="sina_share"><span>分享到：</span><a href="javascript:;" onclick="shareToWeibo()" class="s_weibo">新浪微博</a><a href="javascript:;" onclick="shareToQzone()" class="s_qzone">QQ空间</a><a href="javascript:;" onclick="shareToRenren()" class="s_renren">人人网</a><a href="javascript:;" onclick="shareToKaixin()" class="s_kaixin">开心网</a></div>""" if share else ""
    sign_html = f'<div class="signatures" style="max-height:100px;maxHeightIE:100px;">{sign}</div>' if sign else ""
    return f"""<div id="post_{pid}">
<table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor" rowspan="2">
<div class="postinfo"><a target="_blank" href="space.php?uid={uid}" style="margin-left: 20px; font-weight: 800">{name}</a></div>
<div class="popupmenu_popup userinfopanel" id="userinfo{pid}" style="display: none; position: absolute;margin-top: -11px;"><div class="popavatar"><div id="userinfo{pid}_ma"></div></div></div>
<div class="avatar"><a href="space.php?uid={uid}" target="_blank"><img src="http://tp1.sinaimg-like.test/{uid}/50/0/1" onerror="this.onerror=null;this.src='http://i0.sinaimg-like.test/club/images/noavatar_middle.gif'" /></a></div>
<p><em><a href="faq.php?action=grouppermission&amp;searchgroupid=10" target="_blank">{group}</a></em></p>
<dl class="profile s_clear"><dt>UID</dt><dd>{uid}&nbsp;</dd><dt>帖子</dt><dd>{posts}&nbsp;</dd><dt>积分</dt><dd>{points}&nbsp;</dd><dt>注册时间</dt><dd>{reg}&nbsp;</dd></dl>
<ul><li class="pm"><a href="pm.php?action=new&amp;uid={uid}" id="ajax_uid_{pid}" onclick="showWindow('sendpm', this.href);return false;">发短消息</a></li></ul>
</td>
<td class="postcontent">
<div id="threadstamp"></div>
<div class="postinfo">
<strong><a title="复制本帖链接" id="postnum{pid}" href="javascript:;" onclick="setCopy('http://club.edu.xinlang-like.test/viewthread.php?tid={tid}&amp;page=1#pid{pid}', '帖子地址已经复制到剪贴板')">{label}</a></strong>
<div class="posterinfo">
<div class="pagecontrol"><a href="javascript:;" onclick="fastpostappendreply()">回复</a></div>
<div class="authorinfo">
<img class="authicon" id="authicon{pid}" src="images/common/online_member.gif" onclick="showauthor(this, 'userinfo{pid}')" />
<em id="authorposton{pid}">发表于 {stamp}</em>
 | <a href="viewthread.php?tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a>
</div></div></div>
<div class="defaultpost">
<div class="postmessage {"firstpost" if first_subject else ""}">
{title}
<div class="t_msgfontfix">
<table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_{pid}">{content}</td></tr></table>
</div>
{share_html}
</div>
</div>
</td></tr>
<tr><td class="postcontent postbottom">
{sign_html}
</td></tr>
<tr><td class="postauthor"></td><td class="postcontent"><div class="postactions"><p><a href="javascript:;" onclick="showWindow('reply', 'post.php?action=reply&amp;fid={FID}&amp;tid={tid}&amp;repquote={pid}')">引用</a> <a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?action=report&amp;fid={FID}&amp;tid={tid}&amp;pid={pid}')">举报</a> <a href="javascript:;" onclick="scrollTo(0,0);">TOP</a></p></div></td></tr>
</table>
</div>
"""


def pages(tid, cur, last):
    if last == 1:
        return ""
    out = ['<div class="pages">']
    if cur > 1:
        out.append(f'<a href="thread-{tid}-{cur - 1}-1.html" class="prev">&lsaquo;&lsaquo; 上一页</a>')
    for i in range(1, last + 1):
        out.append(f"<strong>{i}</strong>" if i == cur else f'<a href="thread-{tid}-{i}-1.html">{i}</a>')
    if cur < last:
        out.append(f'<a href="thread-{tid}-{cur + 1}-1.html" class="next">下一页 &rsaquo;&rsaquo;</a>')
    out.append("</div>")
    return "".join(out)


def thread_page(tid, subject, cur, last, posts_html, views, replies):
    head = HEAD.replace("@@TITLE@@", f"{subject} - {FNAME} -  新浪论坛").replace("@@KW@@", f"{subject},{FNAME}").replace("@@DESC@@", subject).replace("@@FID@@", str(FID)).replace("@@TID@@", str(tid)).replace("@@CRUMB@@", f'<a href="forum-{FID}-1.html">{FNAME}</a> &raquo; {subject}')
    return head + f"""<div id="ad_text"></div>
<div class="pages_btns s_clear">{pages(tid, cur, last)}<span class="postbtn" id="newspecial"><a href="post.php?action=newthread&amp;fid={FID}" onclick="showWindow('newthread', this.href);return false;"><img src="images/default/newtopic.gif" alt="发新话题" /></a></span><span class="replybtn"><a href="post.php?action=reply&amp;fid={FID}&amp;tid={tid}" onclick="showWindow('reply', this.href);return false;"><img src="images/default/reply.gif" alt="回复" /></a></span></div>
<div id="postlist" class="mainbox viewthread">
<div class="viewthread_table"><p class="viewthread_count">查看: {views}<span class="pipe">|</span>回复: {replies}</p></div>
{posts_html}
</div>
<div id="postlistreply" class="mainbox viewthread"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
<div class="pages_btns s_clear">{pages(tid, cur, last)}</div>
<div id="f_post" class="mainbox viewthread"><table cellspacing="0" cellpadding="0"><tr><td class="postauthor"></td><td class="postcontent"><h4>快速回复主题</h4><div class="fastpost_nologin">您需要登录后才可以回帖 <a href="http://login.xinlang-like.test/signup/signin.php?entry=club">登录</a> | <a href="http://login.xinlang-like.test/signup/signup.php?entry=club">注册</a></div></td></tr></table></div>
<div class="box sina_hot"><h4>新浪论坛热帖</h4><ul><li><a href="thread-4470018-1-1.html">年底了，你们公司年终奖发了吗？</a></li><li><a href="thread-4469502-1-1.html">工作三年想跳槽，大家给点建议</a></li></ul></div>
<div id="ad_footerbanner"><ins class="sinaads" data-ad-pdps="PDPS000000045322"></ins></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "新浪论坛 (club.*.sina.com.cn)-like forum: Sina-skinned Discuz! 7.2 with URL rewrite (GB2312)", encoding="gbk", content_type="text/html; charset=gb2312")
    s1, s2 = SPEECHES["f46a-3"], SPEECHES["f46a-6"]
    subj1 = "分享：公司年会上老板的致辞，我整理的稿子"
    subj2 = "毕业二十年同学聚会，我代表筹备组发言"
    body1 = "<br />\n".join("　　" + p for p in s1.paras)
    rep1 = [
        ("职场菜鸟一枚", "2013-1-27 21:40", "涨工资百分之八，求你们公司招人吗？"),
        ("杨柳青青2011", "2013-1-27 22:05", "不裁员、不停研发，这个老板有担当。"),
        ("北漂十年", "2013-1-27 22:31", "讲得朴实，年会致辞就该这样，别念那些空话。"),
        ("小鱼儿爱吃鱼", "2013-1-28 09:12", "我们年会老板讲了二十分钟，全是数字，睡着一片。"),
        ("职场菜鸟一枚", "2013-1-28 09:40", "楼上哈哈哈。"),
        ("杨柳青青2011", "2013-1-28 10:03", "一等奖海南双人游，羡慕。"),
        ("北漂十年", "2013-1-28 12:20", "收藏了，我们公司下周开年会，给领导参考参考。"),
        ("小鱼儿爱吃鱼", "2013-1-28 13:48", "员工家属有礼物，这个细节好。"),
        ("职场菜鸟一枚", "2013-1-28 15:11", "顶一下。"),
        ("杨柳青青2011", "2013-1-28 17:30", "楼主是做外贸的吧？"),
    ]
    rep1b = [
        ("海淀老周", "2013-1-28 20:15", "回楼上：是的，做五金配件出口的，这几年国内市场占比越来越高了。"),
        ("北漂十年", "2013-1-29 08:50", "祝楼主公司蛇年红红火火。"),
    ]
    p0 = 41728801
    posts = [floor(p0, 1, "海淀老周", "2013-1-27 21:18", body1, T1, subj1, share=True)]
    posts += [floor(p0 + i * 37, i + 1, n, t, x, T1) for i, (n, t, x) in enumerate(rep1, 1)]
    total = len(rep1) + len(rep1b)
    fam.put(f"/thread-{T1}-1-1.html", thread_page(T1, subj1, 1, 2, "".join(posts), 4120, total))
    posts2 = [floor(p0 + 900 + i * 37, len(rep1) + 1 + i, n, t, x, T1) for i, (n, t, x) in enumerate(rep1b, 1)]
    fam.put(f"/thread-{T1}-2-1.html", thread_page(T1, subj1, 2, 2, "".join(posts2), 4120, total))
    fam.doc([f"/thread-{T1}-1-1.html"], s1, title=subj1, published_at="2013-01-27")
    fam.not_documents.append(f"/thread-{T1}-2-1.html")

    body2 = "<font color=\"#0000ff\">昨天晚上的聚会，我是筹备组的，开场代表大家讲了几句，几个同学让我发上来。</font><br />\n<br />\n" + "<br />\n".join(s2.paras)
    rep2 = [
        ("三班班长", "2015-8-16 22:47", "看了好几遍，为海峰默哀那段，现场好多人哭了。"),
        ("北漂十年", "2015-8-16 23:10", "每五年聚一次，一个都不能少。说得好。"),
        ("杨柳青青2011", "2015-8-17 08:21", "老槐树还在，真好。"),
    ]
    q0 = 52210447
    posts = [floor(q0, 1, "北漂十年", "2015-8-16 22:19", body2, T2, subj2, share=True)]
    posts += [floor(q0 + i * 23, i + 1, n, t, x, T2) for i, (n, t, x) in enumerate(rep2, 1)]
    fam.put(f"/thread-{T2}-1-1.html", thread_page(T2, subj2, 1, 1, "".join(posts), 906, len(rep2)))
    fam.doc([f"/thread-{T2}-1-1.html"], s2, title=subj2, published_at="2015-08-16")

    def row(tid, subject, author, date, replies, views, last=1, top=False):
        multi = f' <span class="threadpages">&nbsp;<a href="thread-{tid}-2-1.html">2</a></span>' if last > 1 else ""
        icon = "pin_1.gif" if top else "folder_common.gif"
        return f"""<tbody id="{'stickthread' if top else 'normalthread'}_{tid}"><tr>
<td class="folder"><a href="thread-{tid}-1-1.html" title="新窗口打开" target="_blank"><img src="images/default/{icon}" /></a></td>
<td class="icon">&nbsp;</td>
<th class="subject common"><label>&nbsp;</label><span id="thread_{tid}"><a href="thread-{tid}-1-1.html">{subject}</a></span>{multi}</th>
<td class="author"><cite><a href="space.php?uid={USERS[author][0]}">{author}</a></cite><em>{date}</em></td>
<td class="nums"><strong>{replies}</strong>/<em>{views}</em></td>
<td class="lastpost"><cite>{author}</cite><em><a href="redirect.php?tid={tid}&amp;goto=lastpost#lastpost">{date}</a></em></td>
</tr></tbody>"""

    def forum_page(cur, rows):
        head = HEAD.replace("@@TITLE@@", f"{FNAME} - 新浪论坛").replace("@@KW@@", FNAME).replace("@@DESC@@", FNAME).replace("@@FID@@", str(FID)).replace("@@TID@@", "0").replace("@@CRUMB@@", FNAME)
        pg = ('<div class="pages"><strong>1</strong><a href="forum-217-2.html">2</a><a href="forum-217-2.html" class="next">下一页 &rsaquo;&rsaquo;</a></div>' if cur == 1
              else '<div class="pages"><a href="forum-217-1.html" class="prev">&lsaquo;&lsaquo; 上一页</a><a href="forum-217-1.html">1</a><strong>2</strong></div>')
        return head + f"""<div id="forumheader" class="s_clear"><h1 style="">{FNAME}</h1><p class="forumstats">[ <strong>3842</strong> 主题 / 51730 回复 ]</p><div class="forumaction"><a href="post.php?action=newthread&amp;fid={FID}" class="addnew">发帖</a></div><p class="channelinfo">版主: <a class="notabs" href="space.php?username=%BA%A3%B5%ED">版主小新</a></p></div>
<div class="pages_btns s_clear">{pg}</div>
<div id="threadlist" class="threadlist datalist" style="position: relative;"><form method="post" name="moderate" id="moderate" action="topicadmin.php?action=moderate&amp;fid={FID}&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_{FID}" cellspacing="0" cellpadding="0" class="datatable">
<thead class="category"><tr><td class="folder">&nbsp;</td><td class="icon">&nbsp;</td><th>标题</th><td class="author">作者</td><td class="nums">回复/查看</td><td class="lastpost"><cite>最后发表</cite></td></tr></thead>
{rows}
</table></form></div>
<div class="pages_btns s_clear">{pg}</div>
""" + FOOT

    rows1 = row(4400001, "【版规】职场人生版发帖须知", "海淀老周", "2012-3-1", 12, 20331, top=True) + row(T2, subj2, "北漂十年", "2015-8-16", len(rep2), 906) + row(4470018, "年底了，你们公司年终奖发了吗？", "职场菜鸟一枚", "2013-1-26", 88, 9012)
    rows2 = row(T1, subj1, "海淀老周", "2013-1-27", total, 4120, last=2) + row(4469502, "工作三年想跳槽，大家给点建议", "小鱼儿爱吃鱼", "2013-1-25", 41, 3320)
    fam.put(f"/forum-{FID}-1.html", forum_page(1, rows1))
    fam.put(f"/forum-{FID}-2.html", forum_page(2, rows2))
    for tid, subject, author, stamp in [(4470018, "年底了，你们公司年终奖发了吗？", "职场菜鸟一枚", "2013-1-26 11:02"), (4469502, "工作三年想跳槽，大家给点建议", "小鱼儿爱吃鱼", "2013-1-25 09:31")]:
        fam.put(f"/thread-{tid}-1-1.html", thread_page(tid, subject, 1, 1, floor(tid * 10, 1, author, stamp, "如题，大家说说。", tid, subject, share=True), 500, 0))
    head = HEAD.replace("@@TITLE@@", "教育论坛 - 新浪论坛").replace("@@KW@@", "新浪论坛,教育论坛").replace("@@DESC@@", "新浪教育论坛").replace("@@FID@@", "0").replace("@@TID@@", "0").replace("@@CRUMB@@", "首页")
    home = head + f"""<div id="forumlist" class="mainbox list"><h3><a href="index.php">职场与考试</a></h3>
<table cellspacing="0" cellpadding="0" summary="category1"><tbody id="forum{FID}"><tr><th class="new"><div class="left"><h2><a href="forum-{FID}-1.html">{FNAME}</a><em> (今日: 64)</em></h2><p>求职、跳槽、加薪、年会、人际，职场那些事</p></div></th><td class="forumnums"><em>3842</em> / 51730</td><td class="forumlast"><p><a href="redirect.php?tid={T2}&amp;goto=lastpost#lastpost">{subj2}</a></p><cite><a href="space.php?uid=1730092218">北漂十年</a> - 2015-8-17 08:21</cite></td></tr></tbody>
<tbody id="forum218"><tr><th><div class="left"><h2><a href="forum-218-1.html">考研论坛</a></h2></div></th><td class="forumnums"><em>21033</em> / 300912</td><td class="forumlast">&nbsp;</td></tr></tbody></table></div>
<div id="onlinelist" class="mainbox list"><h3>在线会员</h3><p>共 <em>1203</em> 人在线 - 52 位会员, 1151 位游客</p></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/index.php", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admincp.php\nDisallow: /post.php\nDisallow: /search.php\nDisallow: /space.php\n")
    fam.not_documents += ["/", f"/forum-{FID}-1.html", f"/forum-{FID}-2.html", "/thread-4470018-1-1.html"]
    fam.noise += ["发表于", "只看该作者", "发短消息", "快速回复主题", "新浪论坛热帖", "SINA Corporation", "分享到：", "筹备组的，开场代表大家讲了几句", "做实业，不容易", "注册时间", "回复/查看"]
    return fam
