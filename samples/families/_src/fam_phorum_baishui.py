"""Phorum 5.2 (emerald template, zh_CN language pack) community forum, UTF-8, query-string URLs.

HOLDOUT. Home `/` (Phorum's forum index: `table.list` of forums with 主题 / 帖子 / 最后发表) → forum
`list.php?3` (+ `list.php?3,page=2`, not a document) → topics `read.php?3,<thread>` (reply page P at
`read.php?3,<thread>,page=P`), flat read view: `div#phorum`, `#user-info` 登录 / 注册, `#breadcrumb`
with `&bull;`, `div.nav` 上一主题 / 下一主题, `div.paging` (页数:, `strong.current-page`), each post
`<a name="msg-N">` + `div.message` → `div.generic` (author `div.message-author icon-user`, subject and
date in `small`, `td.message-user-info` 注册时间 / 帖子数) → `div.message-body` with `<br />` lines,
the bbcode quote `blockquote.bbcode` (`small` 引用, the quoted author in `strong`) and
`div.message-options` (回复 / 引用 / 举报); signatures after `<br />-----<br />`. The retirement speech's
first post opens with a 引用 box quoting another member before the speech; its page 2 holds replies
only. The 述职报告 is posted by its author over the first post and his own second post (接上帖)."""

import html

from common import SPEECHES, Family, split_paras

HOST = "bbs.baishui-phorum-like.test"
T1, T2 = 20671, 20695

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<link rel="stylesheet" type="text/css" href="http://@@HOST@@/css.php?3,css" media="screen" />
<link rel="stylesheet" type="text/css" href="http://@@HOST@@/css.php?3,css_print" media="print" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://@@HOST@@/feed.php?3,type=rss" />
<script type="text/javascript" src="http://@@HOST@@/javascript.php?3"></script>
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
</head>
<body onload="">
<div id="phorum">
<div id="user-info" class="logged-out">
    <a class="icon icon-key-go" href="http://@@HOST@@/login.php?3">登录</a>
    <a class="icon icon-user-add" href="http://@@HOST@@/register.php?3">注册</a>
</div>
<div id="logo"><a href="http://@@HOST@@/index.php"><img src="http://@@HOST@@/templates/baishui/images/logo.png" width="220" height="60" alt="白水人家论坛" title="白水人家论坛" border="0" /></a></div>
<div id="breadcrumb">
@@CRUMB@@
</div>
<div id="search-area" class="icon-zoom">
    <form id="header-search-form" action="http://@@HOST@@/search.php" method="get">
        <input type="hidden" name="forum_id" value="3" />
        <input type="hidden" name="phorum_page" value="search" />
        <input type="hidden" name="match_type" value="ALL" />
        <input type="text" name="search" size="20" value="" class="styled-text" /><input type="submit" value="搜索" class="styled-button" /><br />
        <a href="http://@@HOST@@/search.php?3">高级搜索</a>
    </form>
</div>
<div id="top-ad"><a href="http://ad.baishui-phorum-like.test/c?id=77" rel="nofollow"><img src="http://ad.baishui-phorum-like.test/banner/jiazheng-728x90.gif" width="728" height="90" alt="白水家政 保洁月嫂一站式服务" /></a></div>
"""

FOOT = """<div id="footer-plug">
</div>
<div id="footer">
    <a href="http://@@HOST@@/static/rules.html">论坛版规</a> | <a href="http://@@HOST@@/pm.php?3,page=send,to_id=1">联系版主</a><br />
    白水人家论坛 &copy; 2009-2024 &nbsp; <a href="http://beian.miit.gov.cn/" rel="nofollow">鄂ICP备10021456号</a><br />
    <a href="http://www.phorum.org/">Powered by Phorum.</a>
</div>
</div> <!-- end of div id=phorum -->
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?1d7e4f0a9c3b2e8f6a5d4c3b2a1e0f9d"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


def u(path):
    return f"http://{HOST}/{path}"


def page(title, desc, crumb, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@CRUMB@@", crumb).replace("@@HOST@@", HOST) + body + FOOT.replace("@@HOST@@", HOST)


def lines(paras):
    return "<br />\n<br />\n".join(html.escape(p) for p in paras)


def message(tid, mid, author, uid, subject, when, regd, posts, body, sig=""):
    sig_html = f"<br />\n-----<br />\n<span class=\"signature\">{sig}</span>" if sig else ""
    return f"""<a name="msg-{mid}"></a>
<div class="message">
    <div class="generic">
        <table border="0" cellspacing="0">
            <tr>
                <td width="100%">
                    <div class="message-author icon-user">
                        <a href="{u(f'profile.php?3,{uid}')}">{author}</a>
                    </div>
                    <small>
                    <strong><a href="{u(f'read.php?3,{tid},{mid}#msg-{mid}')}">{html.escape(subject)}</a> </strong><br />
                    {when}
                    </small>
                </td>
                <td class="message-user-info" nowrap="nowrap">
                    注册时间: {regd}<br />
                    帖子数: {posts}
                </td>
            </tr>
        </table>
    </div>
    <div class="message-body">
        {body}{sig_html}
        <div class="message-options">
            <a class="icon icon-comment-add" href="{u(f'read.php?3,{tid},{mid}#REPLY')}">回复</a>
            <a class="icon icon-comment-edit" href="{u(f'read.php?3,{tid},{mid},quote=1#REPLY')}">引用</a>
            <a class="icon icon-exclamation" href="{u(f'report.php?3,{mid}')}">举报</a>
        </div>
    </div>
</div>
"""


def paging(tid, cur, total):
    if total == 1:
        return ""
    parts = []
    for p in range(1, total + 1):
        parts.append(f'<strong class="current-page">{p}</strong>' if p == cur else f'<a href="{u(f"read.php?3,{tid},page={p}")}">{p}</a>')
    nxt = f' <a class="icon icon-next" href="{u(f"read.php?3,{tid},page={cur + 1}")}">下一页</a>' if cur < total else ""
    prv = f'<a class="icon icon-prev" href="{u(f"read.php?3,{tid},page={cur - 1}")}">上一页</a> ' if cur > 1 else ""
    return f'<div class="paging">\n    页数: {prv}{" ".join(parts)}{nxt}\n</div>\n'


def topic(tid, subject, cur, total, msgs):
    crumb = (f'<a class="icon icon-folder" href="{u("index.php")}">首页</a>\n &bull; <a href="{u("list.php?3")}">白水杂谈</a>\n'
             f' &bull; <strong>{html.escape(subject)}</strong>')
    nav = f"""<div class="nav">
    {paging(tid, cur, total)}<a class="icon icon-prev" href="{u(f'read.php?3,{tid},newer')}">上一主题</a>
    <a class="icon icon-next" href="{u(f'read.php?3,{tid},older')}">下一主题</a>
    <a class="icon icon-comment-add" href="{u('posting.php?3')}">发表新主题</a>
    <a class="icon icon-printer" href="{u(f'read.php?3,{tid},printview,page={cur}')}" target="_blank">打印视图</a>
</div>
"""
    reply = f"""<a name="REPLY"></a>
<div class="generic"><div class="icon-comment-add">回复主题</div>
<p>对不起，只有注册会员才能在本版发帖。 请先<a href="{u('login.php?3')}">登录</a>或<a href="{u('register.php?3')}">注册</a>。</p></div>
"""
    title = f"{subject}{' (第' + str(cur) + '页)' if cur > 1 else ''}"
    return page(title, subject, crumb, nav + "".join(msgs) + nav.replace('<div class="nav">', '<div class="nav bottom">') + reply)


def build() -> Family:
    fam = Family(HOST, "Phorum 5.2 forum, emerald template (zh_CN), flat read view (UTF-8, query-string URLs)")
    s1, s2 = SPEECHES["f56c-5"], SPEECHES["f56c-6"]
    subj1 = "应老周要求，把我在厂里退休欢送会上的发言贴上来"
    subj2 = "我们村支书的年终述职报告，大家看看写得怎么样"
    quote = (f'<blockquote class="bbcode"><div><small>引用<br /></small><strong>江边老周</strong><br />'
             f'老哥，听说你上礼拜在欢送会上代表退休职工讲话了，讲得大家都抹眼泪，稿子能不能发上来给我们看看？<br />'
             f'我明年也要退了，到时候好借鉴借鉴，哈哈。</div></blockquote>')
    first1 = quote + "<br />\n好，发上来，写得粗糙，大家别笑话。<br />\n<br />\n" + lines(s1.paras)
    sig1 = "三十八年机修工，退休不褪色"
    replies1 = [
        ("江边老周", 88, "2009年03月", "2,117", "写得真好！尤其是那段大雪抢修，看得我眼睛都湿了。"),
        ("汉正街小马", 412, "2013年07月", "356", "老师傅辛苦了，祝退休生活愉快！"),
        ("白水居民", 903, "2016年11月", "87", "同是机修出身，致敬。"),
        ("青山绿水", 251, "2011年05月", "1,024", "实在，不说空话，这样的发言稿才好。"),
        ("老街坊", 77, "2009年02月", "3,451", "赞一个，老同志的心里话。"),
    ]
    replies1b = [
        ("阿婆的孙子", 1320, "2019年04月", "41", "看完了，我爸明年也退休，转给他看看。"),
        ("汉正街小马", 412, "2013年07月", "356", "顶上去，让更多人看到。"),
        ("楚天一叶", 640, "2014年09月", "512", "液压夹具那个项目我有印象，当年报纸上登过。"),
    ]
    msgs = [message(T1, T1, "机修老曹", 356, subj1, "2023年12月30日 21:14", "2012年08月", "463", first1, sig1)]
    mid = T1 + 3
    for i, (n, uid, regd, posts, txt) in enumerate(replies1):
        msgs.append(message(T1, mid, n, uid, "Re: " + subj1, f"2023年12月31日 0{i}:2{i}", regd, posts, html.escape(txt)))
        mid += 2
    fam.route(f"/read.php?3,{T1}", f"/_phorum/read_{T1}.html", topic(T1, subj1, 1, 2, msgs))
    msgs2 = []
    for i, (n, uid, regd, posts, txt) in enumerate(replies1b):
        msgs2.append(message(T1, mid, n, uid, "Re: " + subj1, f"2024年01月0{i + 2}日 10:0{i}", regd, posts, html.escape(txt)))
        mid += 2
    fam.route(f"/read.php?3,{T1},page=2", f"/_phorum/read_{T1}_2.html", topic(T1, subj1, 2, 2, msgs2))
    fam.doc([f"/read.php?3,{T1}"], s1, title=subj1, published_at="2023-12-26")
    fam.not_documents.append(f"/read.php?3,{T1},page=2")

    a, b = split_paras(s2.paras, 2)
    first2 = "我们村书记上个礼拜在村民代表大会上做的述职，我是村民代表，会后找村委会要了稿子，一帖发不完，分两帖。<br />\n<br />\n" + lines(a)
    cont = "（接上帖）<br />\n<br />\n" + lines(b) + "<br />\n<br />\n（完）"
    sig2 = "白水乡 · 种菜的老何"
    m = [message(T2, T2, "何家湾老何", 518, subj2, "2024年01月23日 19:40", "2013年03月", "902", first2, sig2),
         message(T2, T2 + 1, "何家湾老何", 518, "Re: " + subj2, "2024年01月23日 19:46", "2013年03月", "902", cont, sig2),
         message(T2, T2 + 4, "青山绿水", 251, "Re: " + subj2, "2024年01月23日 21:02", "2011年05月", "1,024", "老年食堂这个事办得好，我们村也想搞。"),
         message(T2, T2 + 6, "老街坊", 77, "Re: " + subj2, "2024年01月24日 08:15", "2009年02月", "3,451", "能自己检讨不足的书记不多见。")]
    fam.route(f"/read.php?3,{T2}", f"/_phorum/read_{T2}.html", topic(T2, subj2, 1, 1, m))
    fam.doc([f"/read.php?3,{T2}"], s2, title=subj2, published_at="2024-01-20")

    def trow(tid, subject, author, uid, when, replies, views, pages=1, last="", lastwhen=""):
        pg = ""
        if pages > 1:
            pg = "&nbsp;<span class=\"new-indicator\">(页数: " + " ".join(f'<a href="{u(f"read.php?3,{tid},page={p}")}">{p}</a>' for p in range(1, pages + 1)) + ")</span>"
        return f"""<tr>
    <td width="60%" class="message-subject"><img src="{u('templates/emerald/images/comment.png')}" width="16" height="16" alt="" /> <a href="{u(f'read.php?3,{tid}')}">{html.escape(subject)}</a>{pg}<br /><small>发表人 <a href="{u(f'profile.php?3,{uid}')}">{author}</a></small></td>
    <td width="10%" align="center" nowrap="nowrap">{replies}</td>
    <td width="10%" align="center" nowrap="nowrap">{views}</td>
    <td width="20%" nowrap="nowrap"><small>{lastwhen}<br />发表人: {last}</small></td>
</tr>
"""
    others = [(20702, "白水桥那边修路要修到什么时候？", "骑电驴的", 733, 14, 402, "老街坊", "2024年01月25日 11:02"),
              (20688, "求推荐靠谱的装修队", "新房主", 1207, 9, 233, "汉正街小马", "2024年01月22日 16:40")]
    head_row = """<table cellspacing="0" class="list">
<tr>
    <th align="left">主题</th>
    <th nowrap="nowrap">回复</th>
    <th nowrap="nowrap">浏览</th>
    <th align="left" nowrap="nowrap">最后发表</th>
</tr>
"""
    rows = (trow(*others[0][:3], others[0][3], "", *others[0][4:6], 1, *others[0][6:]) +
            trow(T2, subj2, "何家湾老何", 518, "", 4, 655, 1, "老街坊", "2024年01月24日 08:15") +
            trow(*others[1][:3], others[1][3], "", *others[1][4:6], 1, *others[1][6:]))
    crumb_l = f'<a class="icon icon-folder" href="{u("index.php")}">首页</a>\n &bull; <strong>白水杂谈</strong>'
    lpaging = f'<div class="nav"><div class="paging">页数: <strong class="current-page">1</strong> <a href="{u("list.php?3,page=2")}">2</a> <a class="icon icon-next" href="{u("list.php?3,page=2")}">下一页</a></div><a class="icon icon-comment-add" href="{u("posting.php?3")}">发表新主题</a></div>\n'
    fam.route("/list.php?3", "/_phorum/list_3.html", page("白水杂谈 - 白水人家论坛", "白水杂谈", crumb_l, lpaging + head_row + rows + "</table>\n" + lpaging))
    rows2 = trow(T1, subj1, "机修老曹", 356, "", 8, 1893, 2, "楚天一叶", "2024年01月04日 10:02")
    lpaging2 = f'<div class="nav"><div class="paging">页数: <a class="icon icon-prev" href="{u("list.php?3")}">上一页</a> <a href="{u("list.php?3")}">1</a> <strong class="current-page">2</strong></div></div>\n'
    fam.route("/list.php?3,page=2", "/_phorum/list_3_2.html", page("白水杂谈 (第2页) - 白水人家论坛", "白水杂谈", crumb_l, lpaging2 + head_row + rows2 + "</table>\n" + lpaging2))
    for tid, subject, author, uid, rep, views, last, lw in others:
        fam.route(f"/read.php?3,{tid}", f"/_phorum/read_{tid}.html",
                  topic(tid, subject, 1, 1, [message(tid, tid, author, uid, subject, lw, "2020年06月", "12", "如题，知道的说一声，谢谢。")]))

    index = page("白水人家论坛", "白水人家论坛 - 白水街道居民交流社区", f'<a class="icon icon-folder" href="{u("index.php")}">首页</a>', f"""<div class="generic">白水人家论坛欢迎您！新用户注册后需经版主审核方可发帖。</div>
<table cellspacing="0" class="list">
<tr><th align="left">论坛</th><th>主题</th><th>帖子</th><th align="left">最后发表</th></tr>
<tr>
    <td width="55%"><h3><a href="{u('list.php?3')}">白水杂谈</a></h3><p>家长里短、街坊邻里，什么都可以聊</p></td>
    <td align="center">3,812</td><td align="center">41,560</td>
    <td><small>2024年01月25日 11:02<br />发表于: <a href="{u('read.php?3,20702')}">白水桥那边修路要修到什么时候？</a></small></td>
</tr>
<tr>
    <td width="55%"><h3><a href="{u('list.php?5')}">二手市场</a></h3><p>闲置物品转让，严禁商家广告</p></td>
    <td align="center">1,204</td><td align="center">6,388</td><td><small>2024年01月24日 22:10</small></td>
</tr>
</table>
<div class="generic"><h4>最新主题</h4><ul><li><a href="{u(f'read.php?3,{T2}')}">{html.escape(subj2)}</a></li><li><a href="{u('read.php?3,20702')}">白水桥那边修路要修到什么时候？</a></li></ul></div>
""")
    fam.put("/", index)
    fam.route("/index.php", "/_phorum/index.html", index)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /posting.php\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /search.php\nDisallow: /pm.php\nDisallow: /report.php\n")
    fam.not_documents += ["/", "/list.php?3", "/list.php?3,page=2", "/read.php?3,20702"]
    fam.noise += ["江边老周", "稿子能不能发上来", "写得粗糙", "（接上帖）", "（完）", "三十八年机修工", "种菜的老何", "帖子数", "注册时间", "Powered by Phorum", "只有注册会员", "白水家政"]
    return fam
