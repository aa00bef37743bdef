"""西陆论坛 (club.xilu.com)-like tree forum, the classic msgview template (about 2010-2014), GB2312.

Every message, first post or reply, is a page of its own: `/<board>/msgview-<boardid>-<msgid>.html`.
The message page prints the 西陆 top bar, the board head (论坛名称, 版主, 发新帖 / 返回论坛 / 精华区),
the message table (`td.msg_title` 标题, `td.msg_info` 作者 / 发表时间 / 点击 / 回复, the text in
`div#msgbody` as `<br>` lines), a `回复本帖` link, then the thread tree `div.tree` (`ul.tree_list` with
`├` / `└` items: title link, author, time, (N字节)), the 上一主题 / 下一主题 links, the guest 快速回复 login
note, 西陆热帖, ad scripts and the 西陆 footer with 京ICP. The board `/wenmi/` (+ `/wenmi/?page=2`, a query
route) lists topics as trees too. Topic 1's poster ran into the board's length limit and posted the rest
of his speech as his own reply `续：…` under the first post (a message page of its own): the speech is the
first post and his 续 joined; topic 2 is one message; other members' replies are not documents."""

from common import SPEECHES, Family, split_paras

HOST = "club.xilu-like.test"
BOARD = "wenmi"
BID = 951207
BNAME = "文秘写作"

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link href="http://img.xilu-like.test/club/css/club_v3.css" rel="stylesheet" type="text/css">
<script language="javascript" src="http://img.xilu-like.test/js/xilu_common.js"></script>
<script language="javascript" src="http://img.xilu-like.test/club/js/club.js?20091120"></script>
</head>
<body topmargin="0" leftmargin="0">
<div id="xilu_top"><table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td class="top_l"><a href="http://www.xilu-like.test/" target="_blank">西陆首页</a> | <a href="/">西陆论坛</a> | <a href="http://blog.xilu-like.test/" target="_blank">西陆博客</a> | <a href="http://junshi.xilu-like.test/" target="_blank">西陆军事</a> | <a href="http://www.xilu-like.test/news/" target="_blank">西陆资讯</a> | <a href="http://photo.xilu-like.test/" target="_blank">西陆图片</a></td>
<td class="top_r" align="right"><span id="xilu_login"><a href="http://passport.xilu-like.test/login.php">登录</a> | <a href="http://passport.xilu-like.test/reg.php">注册</a> | <a href="http://club.xilu-like.test/create.php">免费申请论坛</a></span></td>
</tr></table></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="club_head"><tr>
<td width="180"><a href="/"><img src="http://img.xilu-like.test/club/images/logo_club.gif" width="170" height="60" border="0" alt="西陆论坛"></a></td>
<td><div class="board_name"><a href="/@@BOARD@@/">@@BNAME@@</a></div><div class="board_admin">版主：<a href="http://my.xilu-like.test/u/lanxiu/">兰溪秀才</a> <a href="http://my.xilu-like.test/u/laoli1961/">老李一九六一</a></div></td>
<td width="468" align="right"><script language="javascript" src="http://ad.xilu-like.test/js/club_top_468.js"></script></td>
</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="club_menu"><tr><td>
<a href="http://club.xilu-like.test/post.php?bid=@@BID@@">发新帖</a> | <a href="/@@BOARD@@/">返回论坛</a> | <a href="/@@BOARD@@/?type=best">精华区</a> | <a href="http://club.xilu-like.test/search.php?bid=@@BID@@">论坛搜索</a> | <a href="/@@BOARD@@/">论坛首页</a>
</td></tr></table>
"""

FOOT = """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="club_foot"><tr><td align="center">
<script language="javascript" src="http://ad.xilu-like.test/js/club_bottom_960.js"></script><br>
<a href="http://www.xilu-like.test/about/">关于西陆</a> | <a href="http://www.xilu-like.test/about/ad.html">广告服务</a> | <a href="http://www.xilu-like.test/about/contact.html">联系我们</a> | <a href="http://www.xilu-like.test/about/law.html">免责声明</a> | <a href="http://club.xilu-like.test/help/">论坛帮助</a><br>
西陆网 版权所有 Copyright &copy; 1999-2014 xilu.com All Rights Reserved<br>
<a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证030187号</a> 京公网安备110105000682号<br>
本论坛言论纯属发表者个人意见，与西陆网立场无关
</td></tr></table>
<script language="javascript" src="http://count.xilu-like.test/club.js?bid=@@BID@@"></script>
</body>
</html>
"""

T1, T1C = 8841120, 8841377
T2 = 10537762


def page(title, kw, desc, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@BOARD@@", BOARD).replace("@@BNAME@@", BNAME).replace("@@BID@@", str(BID)) + body + FOOT.replace("@@BID@@", str(BID))


def mv(mid):
    return f"/{BOARD}/msgview-{BID}-{mid}.html"


def tree_html(items, cur):
    """items: (mid, depth, title, author, time, bytes, served)"""
    out = ['<ul class="tree_list">']
    for i, (mid, depth, title, author, stamp, size) in enumerate(items):
        last = i == len(items) - 1 or items[i + 1][1] < depth
        branch = "└" if last else "├"
        pad = "　" * depth
        link = f'<b>{title}</b>' if mid == cur else f'<a href="{mv(mid)}">{title}</a>'
        out.append(f'<li>{pad}{branch if depth else "◎"} {link} - <a href="http://my.xilu-like.test/u/{author[1]}/" class="tree_author">{author[0]}</a> <span class="tree_time">{stamp}</span> <span class="tree_size">({size}字节)</span></li>')
    out.append("</ul>")
    return "\n".join(out)


def msg_page(mid, title, author, stamp, clicks, replies, content, tree, prev_next, root_mid, is_reply):
    kw = f"{BNAME},{title}"
    orig = f'<div class="msg_orig">原帖：<a href="{mv(root_mid)}">{tree[0][2]}</a></div>' if is_reply else ""
    body = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>您的位置：<a href="/">西陆论坛</a> &gt;&gt; <a href="http://club.xilu-like.test/class/wenhua.html">文化艺术</a> &gt;&gt; <a href="/{BOARD}/">{BNAME}</a> &gt;&gt; 帖子浏览</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" width="720">
<table width="100%" border="0" cellpadding="6" cellspacing="1" class="msg_table">
<tr><td class="msg_title"><h1>{title}</h1></td></tr>
<tr><td class="msg_info">作者：<a href="http://my.xilu-like.test/u/{author[1]}/" target="_blank">{author[0]}</a>&nbsp;&nbsp;发表时间：{stamp}&nbsp;&nbsp;点击：{clicks}&nbsp;&nbsp;回复：{replies}&nbsp;&nbsp;<a href="http://club.xilu-like.test/report.php?bid={BID}&amp;mid={mid}">举报</a></td></tr>
<tr><td class="msg_content">{orig}<div id="msgbody" class="msgbody">{content}</div></td></tr>
<tr><td class="msg_op"><a href="http://club.xilu-like.test/reply.php?bid={BID}&amp;mid={mid}">回复本帖</a> | <a href="javascript:copyUrl();">复制本帖地址</a> | <a href="javascript:addFav({BID},{mid});">收藏本帖</a> | <a href="javascript:window.print();">打印</a> | <span class="share">分享到：<a href="javascript:shareTo('tsina');">新浪微博</a> <a href="javascript:shareTo('qzone');">QQ空间</a> <a href="javascript:shareTo('renren');">人人网</a></span></td></tr>
</table>
<div class="tree"><div class="tree_hd">本帖跟帖</div>
{tree_html(tree, mid)}
</div>
<div class="prevnext">{prev_next}</div>
<div class="fast_reply"><div class="fr_hd">快速回复</div><div class="fr_bd">您尚未登录，请 <a href="http://passport.xilu-like.test/login.php">登录</a> 后回复。还没有西陆账号？<a href="http://passport.xilu-like.test/reg.php">免费注册</a></div></div>
</td><td width="10"></td><td valign="top" width="230" class="side">
<div class="side_box"><div class="side_hd">西陆热帖</div><ul><li><a href="http://junshi.xilu-like.test/">西陆军事</a> 热议</li><li><a href="{mv(8840902)}">公文里“进一步”用多了怎么办</a></li><li><a href="{mv(T1)}">村里团拜会讲话</a></li></ul></div>
<div class="side_box"><script language="javascript" src="http://ad.xilu-like.test/js/club_right_230.js"></script></div>
</td></tr></table>
"""
    return page(f"{title}-{BNAME}-西陆论坛", kw, title, body)


U = {
    "liu": ("柳湾村老支书", "liuwan88"),
    "lx": ("兰溪秀才", "lanxiu"),
    "li": ("老李一九六一", "laoli1961"),
    "wb": ("文笔峰下", "wenbifeng"),
    "yq": ("雨前龙井", "yuqian2008"),
    "ly": ("夕阳红老刘", "xiyang_lao6"),
}


def lines(paras):
    return "<br>\n".join("　　" + p for p in paras)


def build() -> Family:
    fam = Family(HOST, "西陆论坛 (club.xilu.com)-like tree forum, msgview template (GB2312; every message its own /board/msgview-BID-MID.html)", encoding="gbk", content_type="text/html; charset=gb2312")
    s1, s2 = SPEECHES["f46a-5"], SPEECHES["f46a-4"]
    t1 = "【原创】在村春节团拜会上的讲话（自己写的，请各位老师指正）"
    a, b = split_paras(s1.paras, 2)
    tree1 = [
        (T1, 0, t1, U["liu"], "2010-2-12 21:08", 2391),
        (8841203, 1, "回复：写得实在，有村里的味道", U["lx"], "2010-2-12 21:40", 66),
        (T1C, 1, "续：在村春节团拜会上的讲话（下半部分）", U["liu"], "2010-2-12 21:52", 1936),
        (8841410, 2, "回复：续：养老保险那段写得好", U["wb"], "2010-2-12 22:17", 88),
        (8841588, 1, "回复：老支书辛苦，拜个早年", U["li"], "2010-2-13 8:05", 42),
    ]
    first = "论坛字数有限制，一次贴不完，后面的在跟帖里接着贴。<br>\n<br>\n" + lines(a)
    nav = f'上一主题：<a href="{mv(8840902)}">公文里“进一步”用多了怎么办</a>　下一主题：<a href="{mv(8842015)}">求一篇单位年终总结的开头</a>'
    fam.put(mv(T1), msg_page(T1, t1, U["liu"], "2010-2-12 21:08", 1862, 4, first, tree1, nav, T1, False))
    cont = lines(b) + "<br>\n<br>\n　　（全文完，谢谢各位看完）"
    fam.put(mv(T1C), msg_page(T1C, tree1[2][2], U["liu"], "2010-2-12 21:52", 901, 1, cont, tree1, nav, T1, True))
    replies = {
        8841203: (1, "写得实在，有村里的味道。修路让地那段很感人，现在农村工作不好做，老支书辛苦了。"),
        8841410: (3, "新农保那段写得好，很多老人还不知道这个政策，讲话里讲清楚了。"),
        8841588: (4, "老支书辛苦，给您拜个早年！我们村也是葡萄合作社，有空交流。"),
    }
    for mid, (idx, text) in replies.items():
        item = tree1[idx]
        fam.put(mv(mid), msg_page(mid, item[2], item[3], item[4], 120, 0, "　　" + text, tree1, nav, T1, True))
        fam.not_documents.append(mv(mid))
    fam.doc([mv(T1), mv(T1C)], s1, title=t1, published_at="2010-02-12")
    fam.not_documents.append(mv(T1C))

    t2 = "区老年大学春季开学典礼讲话稿（领导已讲，供参考）"
    tree2 = [
        (T2, 0, t2, U["yq"], "2014-3-4 19:26", 2605),
        (10537801, 1, "回复：老同志活到老学到老", U["ly"], "2014-3-4 20:02", 58),
        (10537933, 1, "回复：谢谢分享，收藏了", U["li"], "2014-3-5 9:41", 30),
    ]
    nav2 = f'上一主题：<a href="{mv(10537120)}">请教：座谈会发言稿怎么写出新意</a>　下一主题：无'
    fam.put(mv(T2), msg_page(T2, t2, U["yq"], "2014-3-4 19:26", 733, 2, lines(s2.paras), tree2, nav2, T2, False))
    fam.put(mv(10537801), msg_page(10537801, tree2[1][2], U["ly"], "2014-3-4 20:02", 40, 0, "　　我就在老年大学书法班，讲得很贴切，老同志活到老学到老。", tree2, nav2, T2, True))
    fam.doc([mv(T2)], s2, title=t2, published_at="2014-03-04")
    fam.not_documents.append(mv(10537801))

    def board(cur, topics):
        rows = []
        for tree in topics:
            rows.append('<div class="topic_tree">' + tree_html(tree, None) + "</div>")
        pn = (f'<div class="pagelist">共2页 <b>1</b> <a href="/{BOARD}/?page=2">2</a> <a href="/{BOARD}/?page=2">下一页</a></div>' if cur == 1
              else f'<div class="pagelist">共2页 <a href="/{BOARD}/">上一页</a> <a href="/{BOARD}/">1</a> <b>2</b></div>')
        body = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>您的位置：<a href="/">西陆论坛</a> &gt;&gt; <a href="http://club.xilu-like.test/class/wenhua.html">文化艺术</a> &gt;&gt; {BNAME}</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">
<div class="board_notice"><b>论坛公告：</b>欢迎来到文秘写作论坛。原创文章请在标题前加【原创】；禁止发布代写广告。</div>
{pn}
<div class="board_list">
{chr(10).join(rows)}
</div>
{pn}
</td></tr></table>
"""
        return page(f"{BNAME}-西陆论坛" + ("" if cur == 1 else f"-第{cur}页"), f"{BNAME},西陆论坛", "文秘写作交流", body)

    other = [(8842015, 0, "求一篇单位年终总结的开头", U["wb"], "2010-2-13 10:20", 120), (8840902, 0, "公文里“进一步”用多了怎么办", U["li"], "2010-2-11 16:45", 340)]
    fam.put(f"/{BOARD}/", board(1, [[(10537120, 0, "请教：座谈会发言稿怎么写出新意", U["wb"], "2014-3-2 11:10", 210)], tree2, [other[0]], tree1]))
    fam.route(f"/{BOARD}/?page=2", f"/{BOARD}/_page2.html", board(2, [[other[1]]]))
    for mid, _, title, author, stamp, _ in other + [(10537120, 0, "请教：座谈会发言稿怎么写出新意", U["wb"], "2014-3-2 11:10", 210)]:
        fam.put(mv(mid), msg_page(mid, title, author, stamp, 200, 0, "　　如题，请各位老师指点。", [(mid, 0, title, author, stamp, 60)], "", mid, False))
    home = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">
<div class="home_box"><div class="hb_hd">热门论坛</div><ul><li><a href="/{BOARD}/">{BNAME}</a></li><li><a href="http://junshi.xilu-like.test/">西陆军事</a></li><li><a href="/lishi/">历史长河</a></li><li><a href="/shici/">诗词天地</a></li></ul></div>
<div class="home_box"><div class="hb_hd">今日推荐</div><ul><li><a href="{mv(T2)}">{t2}</a></li><li><a href="{mv(10537120)}">请教：座谈会发言稿怎么写出新意</a></li></ul></div>
<div class="home_box"><div class="hb_hd">免费申请论坛</div><p>拥有自己的论坛，只需一分钟。<a href="http://club.xilu-like.test/create.php">立即申请</a></p></div>
</td></tr></table>
"""
    fam.put("/", page("西陆论坛-中国最大的论坛社区", "西陆论坛,论坛,社区", "西陆论坛", home))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /post.php\nDisallow: /reply.php\n")
    fam.not_documents += ["/", f"/{BOARD}/", f"/{BOARD}/?page=2", mv(8842015)]
    fam.noise += ["发表时间：", "本帖跟帖", "回复本帖", "一次贴不完", "（全文完，谢谢各位看完）", "快速回复", "京ICP证", "西陆热帖", "论坛公告", "字节)", "原帖："]
    return fam
