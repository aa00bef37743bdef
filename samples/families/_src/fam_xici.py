"""西祠胡同 (xici.net, about 2013)-like forum: GB2312 pages (GBK bytes); 版面 `/b1587/` (文秘沙龙, 版主
list, 版面公告, `table.doc_list` rows) with `board.asp?page=2`; topics `/d187654321.htm` (page 2 `?page=2`)
with the topic head (标题, 作者, 点击 / 回复, 只看作者), floors `div.floor_box` with `div.floor_hd`
(楼主 / N楼, 作者, 发表时间) and `div.doc_txt` (`<br />` lines); the 讲话 on the first topic runs over the
楼主's first floor and his `（续）` floor that opens page 2, replies between and after; xici's 回复 box,
签名, 推荐到首页, 胡同 footer with 苏ICP line."""

from common import SPEECHES, Family, split_paras

HOST = "www.xici-like.test"
BOARD = "b1587"
BOARD_NAME = "文秘沙龙"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<link href="http://img.xici-like.test/style/v4/global.css?v=20130520" rel="stylesheet" type="text/css" />
<link href="http://img.xici-like.test/style/v4/doc.css?v=20130520" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img.xici-like.test/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="http://img.xici-like.test/js/xici_global.js?v=20130311"></script>
<script type="text/javascript">var xici_board_id = '1587', xici_board_name = '{board}', xici_doc_id = '{docid}', xici_user_login = 0;</script>
</head>
<body>
<div id="xici_topbar" class="topbar"><div class="topbar_in">
<div class="topbar_l"><a href="http://www.xici-like.test/" class="topbar_logo" title="西祠胡同">西祠胡同</a><a href="http://www.xici-like.test/city/nj/">南京</a> | <a href="http://www.xici-like.test/city/">更多城市</a></div>
<div class="topbar_r"><span id="xici_loginbar"><a href="http://account.xici-like.test/login?rurl=http%3A%2F%2Fwww.xici-like.test%2F">登录</a> | <a href="http://account.xici-like.test/reg">注册</a></span> | <a href="http://www.xici-like.test/help/">帮助</a> | <a href="http://m.xici-like.test/" class="topbar_mobile">手机西祠</a></div>
</div></div>
<div id="header" class="header_board"><div class="header_in">
<div class="hd_logo"><a href="http://www.xici-like.test/"><img src="http://img.xici-like.test/images/v4/logo.png" alt="西祠胡同" width="160" height="50" /></a></div>
<div class="hd_search"><form action="http://search.xici-like.test/" method="get" target="_blank"><input type="text" name="k" class="hd_search_txt" value="搜索讨论版、帖子" /><select name="t"><option value="1">帖子</option><option value="2">讨论版</option><option value="3">用户</option></select><input type="submit" value="搜索" class="hd_search_btn" /></form></div>
<ul class="hd_nav"><li><a href="http://www.xici-like.test/">首页</a></li><li><a href="http://www.xici-like.test/hot/">热帖</a></li><li><a href="http://www.xici-like.test/group/wenhua/">文化</a></li><li><a href="http://www.xici-like.test/group/zhichang/">职场</a></li><li><a href="http://www.xici-like.test/group/shenghuo/">生活</a></li><li><a href="http://www.xici-like.test/group/qinggan/">情感</a></li></ul>
</div></div>
<div class="board_hd">
<div class="board_name"><a href="/{bid}/"><img src="http://img.xici-like.test/board/1587.jpg" width="60" height="60" alt="" /></a><h2><a href="/{bid}/">{board}</a></h2><span class="board_id">版号：1587</span></div>
<div class="board_info">版主：<a href="http://www.xici-like.test/u2156330/">石城笔杆</a> <a href="http://www.xici-like.test/u7703125/">秋水长天</a> | 今日帖数：<em>37</em> | 总帖数：<em>182,406</em> | <a href="javascript:void(0)" class="btn_join" onclick="xici.board.join(1587)">+ 加入收藏</a></div>
</div>
<div class="wrap clearfix">
"""

FOOT = """</div>
<div id="footer" class="footer">
<p class="ft_link"><a href="http://www.xici-like.test/about/">关于西祠</a> | <a href="http://www.xici-like.test/about/contact.html">联系我们</a> | <a href="http://www.xici-like.test/about/ad.html">广告服务</a> | <a href="http://www.xici-like.test/about/job.html">诚聘英才</a> | <a href="http://www.xici-like.test/help/">帮助中心</a> | <a href="http://www.xici-like.test/b1/">站务论坛</a> | <a href="http://www.xici-like.test/law.html">法律声明</a></p>
<p class="ft_copy">Copyright &copy; 1998-2013 西祠胡同 All Rights Reserved <a href="http://www.miibeian.gov.cn/" target="_blank">苏ICP证B2-20050026号</a> 苏公网安备32010202000158号</p>
<p class="ft_copy">江苏西祠网络传媒有限公司 南京市互联网违法和不良信息举报中心 举报电话：025-12345678</p>
</div>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1487235-1']); _gaq.push(['_trackPageview']);
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = 'http://www.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
<script type="text/javascript" src="http://img.xici-like.test/js/doc_v4.js?v=20130422"></script>
</body>
</html>
"""

USERS = {
    "金陵老秘": ("u1203348", "写了二十年材料，还在写。"),
    "石城笔杆": ("u2156330", "文秘沙龙版主 | 有事站内信"),
    "秋水长天": ("u7703125", ""),
    "栖霞山下": ("u9912004", "日出江花红胜火"),
    "小桥流水人家": ("u10442871", ""),
    "河西的阿宝": ("u11390556", "宝宝不哭"),
    "六合老钱": ("u4402173", ""),
}

TOPICS = [
    {
        "id": 187654321,
        "speech": SPEECHES["r27a-1"],
        "subject": "【原创】市里社区养老推进会的讲话稿，熬了三个晚上，发上来请各位指点",
        "author": "金陵老秘",
        "time": "2013-04-20 22:16",
        "clicks": 2841,
        "replies1": [
            ("秋水长天", "2013-04-20 22:40", "沙发！老秘又出大作了，先收藏慢慢看。"),
            ("栖霞山下", "2013-04-20 23:05", "“一对夫妻照顾四个老人”这句话写得好，接地气。"),
            ("小桥流水人家", "2013-04-21 08:12", "楼主是民政口的吧？第二部分四个“是”很有条理。后面呢？"),
            ("石城笔杆", "2013-04-21 09:30", "已推荐到版面精华。楼主快把后面的贴上来，大家等着呢。"),
        ],
        "replies2": [
            ("河西的阿宝", "2013-04-21 12:47", "完整看完了，收尾那段“更安心、更舒心、更有尊严”是点睛之笔。"),
            ("六合老钱", "2013-04-21 19:03", "我们区也要开类似的会，借鉴一下结构，谢谢楼主无私分享！"),
            ("金陵老秘", "2013-04-21 21:15", "回复6楼：客气了，能用上就好，数字记得换成你们区的。"),
        ],
    },
    {
        "id": 187702455,
        "speech": SPEECHES["r27a-2"],
        "subject": "母校八十周年校庆，我作为校友代表上台发言，全文在此",
        "author": "栖霞山下",
        "time": "2012-10-21 20:38",
        "clicks": 1269,
        "replies1": [
            ("小桥流水人家", "2012-10-21 21:02", "看哭了，周老师送棉袄那段。"),
            ("金陵老秘", "2012-10-21 21:30", "真情实感的东西最打动人，比我们写的那些强。"),
            ("河西的阿宝", "2012-10-22 07:45", "勤朴诚毅，好校训。楼主的母校是哪所？"),
        ],
        "replies2": [],
    },
]

OTHER_ROWS = [
    (187610022, "求助：单位周年庆领导致辞怎么开头比较好？", "小桥流水人家", "2013-04-19", 16, 402),
    (187598870, "【讨论】写材料的人，是不是都有颈椎病", "六合老钱", "2013-04-18", 52, 1930),
    (187544610, "版务公告：本版禁止发布代写广告，违者删帖封ID", "石城笔杆", "2013-03-02", 8, 3011),
]


def lines(paras):
    return "<br />\n".join("　　" + p for p in paras)


def floor(n, name, stamp, body, docid, host_name):
    uid, sig = USERS[name]
    label = "楼主" if n == 0 else f"{n}楼"
    host_mark = '<span class="lz_icon" title="楼主">楼主</span>' if name == host_name and n else ""
    sig_html = f'<div class="floor_sign">{sig}</div>' if sig else ""
    return f"""<div class="floor_box" id="div_floor_{n}">
<div class="floor_hd"><span class="floor_num"><a name="floor{n}"></a>{label}</span><a class="floor_user" href="http://www.xici-like.test/{uid}/" target="_blank">{name}</a>{host_mark}<span class="floor_time">发表于 {stamp}</span><span class="floor_op"><a href="javascript:void(0)" onclick="xici.doc.onlyAuthor({docid},'{uid}')">只看该作者</a></span></div>
<div class="floor_bd"><div class="floor_avatar"><a href="http://www.xici-like.test/{uid}/" target="_blank"><img src="http://img.xici-like.test/face/{uid}_48.jpg" width="48" height="48" alt="{name}" /></a></div>
<div class="doc_txt" id="doc_txt_{n}">{body}</div>
{sig_html}
</div>
<div class="floor_ft"><a href="javascript:void(0)" onclick="xici.doc.reply({docid},{n})">回复</a> | <a href="javascript:void(0)" onclick="xici.doc.quote({docid},{n})">引用</a> | <a href="javascript:void(0)" onclick="xici.doc.report({docid},{n})">举报</a></div>
</div>
"""


def pager(docid, cur, last):
    if last == 1:
        return ""
    out = ['<div class="page_nav">']
    if cur > 1:
        out.append(f'<a href="/d{docid}.htm" class="page_prev">上一页</a>')
    for i in range(1, last + 1):
        href = f"/d{docid}.htm" if i == 1 else f"/d{docid}.htm?page={i}"
        out.append(f'<span class="page_cur">{i}</span>' if i == cur else f'<a href="{href}">{i}</a>')
    if cur < last:
        out.append(f'<a href="/d{docid}.htm?page={cur + 1}" class="page_next">下一页</a>')
    out.append(f"<span class=\"page_total\">共{last}页</span></div>")
    return "".join(out)


def topic_page(t, cur, last, floors_html):
    docid = t["id"]
    title = t["subject"] + ("" if cur == 1 else f"(第{cur}页)") + f"_{BOARD_NAME}_西祠胡同"
    head = HEAD.format(title=title, kw=f"{BOARD_NAME},讲话稿,发言稿", desc=t["subject"], board=BOARD_NAME, bid=BOARD, docid=docid)
    replies = len(t["replies1"]) + len(t["replies2"]) + (1 if t["replies2"] else 0)
    body = f"""<div class="main_l">
<div class="crumb"><a href="http://www.xici-like.test/">西祠胡同</a> &gt; <a href="http://www.xici-like.test/group/zhichang/">职场</a> &gt; <a href="/{BOARD}/">{BOARD_NAME}</a> &gt; 帖子正文</div>
<div class="doc_hd">
<h1 class="doc_title" id="doc_title">{t["subject"]}</h1>
<div class="doc_info"><span>作者：<a href="http://www.xici-like.test/{USERS[t["author"]][0]}/">{t["author"]}</a></span><span>点击：<em>{t["clicks"]}</em></span><span>回复：<em>{replies}</em></span><span><a href="javascript:void(0)" onclick="xici.doc.onlyAuthor({docid},'{USERS[t["author"]][0]}')">只看作者</a></span><span><a href="/{BOARD}/">返回版面</a></span></div>
<div class="doc_tools"><a href="javascript:void(0)" class="btn_reply" onclick="xici.doc.goReply()">回复</a><a href="javascript:void(0)" class="btn_rec" onclick="xici.doc.recommend({docid})">推荐到首页</a><span class="share">分享到：<a href="javascript:void(0)" class="share_tsina">新浪微博</a><a href="javascript:void(0)" class="share_qzone">QQ空间</a><a href="javascript:void(0)" class="share_douban">豆瓣</a></span></div>
</div>
{pager(docid, cur, last)}
<div class="doc_main" id="doc_main">
{floors_html}
</div>
{pager(docid, cur, last)}
<div class="reply_box" id="reply_box"><h3>快速回复</h3><div class="reply_tip">您需要<a href="http://account.xici-like.test/login">登录</a>后才可以回帖，没有帐号？<a href="http://account.xici-like.test/reg">注册</a></div><textarea name="doc_text" rows="6" cols="80" disabled="disabled"></textarea><input type="button" value="发表回复" class="btn_submit" /></div>
</div>
<div class="main_r">
<div class="side_box"><h3>版面公告</h3><div class="side_in">文秘沙龙：写材料的人的家。原创请标【原创】，求助请标【求助】。禁止代写广告。</div></div>
<div class="side_box"><h3>本版热帖</h3><ul class="side_list"><li><a href="/d187598870.htm">【讨论】写材料的人，是不是都有颈椎病</a></li><li><a href="/d187610022.htm">求助：单位周年庆领导致辞怎么开头比较好？</a></li><li><a href="/d{TOPICS[0]["id"]}.htm">【原创】市里社区养老推进会的讲话稿…</a></li></ul></div>
<div class="side_box side_ad"><a href="http://ad.xici-like.test/c?id=30517" target="_blank"><img src="http://img.xici-like.test/ad/2013/0415_250x250.jpg" width="250" height="250" alt="广告" /></a></div>
</div>
"""
    return head + body + FOOT.format()


def board_page(rows_html, cur):
    head = HEAD.format(title=f"{BOARD_NAME}_西祠胡同", kw=f"{BOARD_NAME},西祠胡同,文秘,讲话稿", desc="文秘沙龙：写材料的人的家", board=BOARD_NAME, bid=BOARD, docid="")
    nav = (
        '<div class="page_nav">'
        + ("<span class=\"page_cur\">1</span><a href=\"/b1587/board.asp?page=2\">2</a><a href=\"/b1587/board.asp?page=2\" class=\"page_next\">下一页</a>" if cur == 1 else "<a href=\"/b1587/\" class=\"page_prev\">上一页</a><a href=\"/b1587/\">1</a><span class=\"page_cur\">2</span>")
        + "</div>"
    )
    body = f"""<div class="main_l">
<div class="crumb"><a href="http://www.xici-like.test/">西祠胡同</a> &gt; <a href="http://www.xici-like.test/group/zhichang/">职场</a> &gt; {BOARD_NAME}</div>
<div class="board_notice"><b>版面公告：</b>文秘沙龙：写材料的人的家。原创请标【原创】，求助请标【求助】。禁止代写广告。</div>
<div class="board_tools"><a href="javascript:void(0)" class="btn_post" onclick="xici.board.post(1587)">发新帖</a> <a href="/b1587/board.asp?type=jh">精华区</a></div>
<table class="doc_list" width="100%" cellspacing="0" cellpadding="0">
<tr class="doc_list_hd"><th class="t_title">标题</th><th class="t_author">作者</th><th class="t_num">回复/点击</th><th class="t_last">最后回复</th></tr>
{rows_html}
</table>
{nav}
</div>
<div class="main_r"><div class="side_box"><h3>版主</h3><ul class="side_list"><li><a href="http://www.xici-like.test/u2156330/">石城笔杆</a></li><li><a href="http://www.xici-like.test/u7703125/">秋水长天</a></li></ul></div>
<div class="side_box side_ad"><a href="http://ad.xici-like.test/c?id=30517" target="_blank"><img src="http://img.xici-like.test/ad/2013/0415_250x250.jpg" width="250" height="250" alt="广告" /></a></div></div>
"""
    return head + body + FOOT.format()


def row(docid, subject, author, date, replies, clicks, last="", top=False):
    icon = '<img src="http://img.xici-like.test/images/v4/top.gif" alt="置顶" /> ' if top else ""
    return f"""<tr><td class="t_title">{icon}<a href="/d{docid}.htm" target="_blank">{subject}</a></td><td class="t_author"><a href="http://www.xici-like.test/{USERS[author][0]}/">{author}</a><br /><span class="t_date">{date}</span></td><td class="t_num">{replies}/{clicks}</td><td class="t_last">{last}</td></tr>"""


def build() -> Family:
    fam = Family(
        HOST,
        "西祠胡同 (xici.net)-like forum (GB2312; 版面 /b1587/, topics /dN.htm with ?page=2, floors div.floor_box)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    # topic 1: the speech over the 楼主's first floor (page 1) and his （续） floor opening page 2
    t = TOPICS[0]
    part1, part2 = split_paras(t["speech"].paras, 2)
    host = t["author"]
    f1 = [floor(0, host, t["time"], lines(part1) + "<br />\n<br />\n　　（未完，下接第2页）", t["id"], host)]
    for i, (name, stamp, text) in enumerate(t["replies1"], 1):
        f1.append(floor(i, name, stamp, text, t["id"], host))
    n = len(t["replies1"]) + 1
    f2 = [floor(n, host, "2013-04-21 10:02", "　　（续）<br />\n" + lines(part2), t["id"], host)]
    for i, (name, stamp, text) in enumerate(t["replies2"], n + 1):
        f2.append(floor(i, name, stamp, text, t["id"], host))
    fam.put(f"/d{t['id']}.htm", topic_page(t, 1, 2, "".join(f1)))
    fam.route(f"/d{t['id']}.htm?page=1", f"/_q/d{t['id']}-1.htm", topic_page(t, 1, 2, "".join(f1)))
    fam.route(f"/d{t['id']}.htm?page=2", f"/_q/d{t['id']}-2.htm", topic_page(t, 2, 2, "".join(f2)))
    fam.doc([f"/d{t['id']}.htm", f"/d{t['id']}.htm?page=2"], t["speech"], title=t["subject"], published_at=t["time"][:10])
    fam.not_documents.append(f"/d{t['id']}.htm?page=2")
    # topic 2: one page
    t2 = TOPICS[1]
    f = [floor(0, t2["author"], t2["time"], lines(t2["speech"].paras), t2["id"], t2["author"])]
    for i, (name, stamp, text) in enumerate(t2["replies1"], 1):
        f.append(floor(i, name, stamp, text, t2["id"], t2["author"]))
    fam.put(f"/d{t2['id']}.htm", topic_page(t2, 1, 1, "".join(f)))
    fam.doc([f"/d{t2['id']}.htm"], t2["speech"], title=t2["subject"], published_at=t2["time"][:10])

    rows1 = [row(*OTHER_ROWS[2], top=True)]
    rows1.append(row(t["id"], t["subject"], host, "04-20", 8, t["clicks"], "河西的阿宝 04-21"))
    rows1 += [row(*r) for r in OTHER_ROWS[:2]]
    rows2 = [row(t2["id"], t2["subject"], t2["author"], "2012-10-21", 3, t2["clicks"], "河西的阿宝 10-22")]
    fam.put(f"/{BOARD}/", board_page("\n".join(rows1), 1))
    fam.route(f"/{BOARD}/board.asp?page=2", f"/_q/{BOARD}-2.htm", board_page("\n".join(rows2), 2))
    for docid, subject, author, *_ in OTHER_ROWS:
        fam.put(f"/d{docid}.htm", topic_page({"id": docid, "subject": subject, "author": author, "clicks": 100, "replies1": [], "replies2": []}, 1, 1,
            floor(0, author, "2013-04-18 10:00", "　　如题。版里的前辈们有什么经验，欢迎讨论。", docid, author)))
    home = HEAD.format(title="西祠胡同_城市生活社区", kw="西祠胡同,南京,社区,论坛", desc="西祠胡同，城市生活社区", board=BOARD_NAME, bid=BOARD, docid="")
    home += f"""<div class="main_l"><div class="home_box"><h3>热门讨论版</h3><ul class="board_list"><li><a href="/{BOARD}/">{BOARD_NAME}</a> <span>今日37帖</span></li><li><a href="http://www.xici-like.test/b26/">南京零距离</a></li><li><a href="http://www.xici-like.test/b335/">装修论坛</a></li></ul></div>
<div class="home_box"><h3>今日热帖</h3><ul class="doc_hot"><li><a href="/d{t["id"]}.htm">{t["subject"]}</a></li><li><a href="/d187598870.htm">【讨论】写材料的人，是不是都有颈椎病</a></li></ul></div></div>
"""
    fam.put("/", home + FOOT.format())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /*?type=\n")
    fam.not_documents += ["/", f"/{BOARD}/", f"/{BOARD}/board.asp?page=2", "/d187598870.htm"]
    fam.noise += ["楼主", "发表于", "只看该作者", "（未完，下接第2页）", "（续）", "写了二十年材料，还在写。", "文秘沙龙版主", "已推荐到版面精华", "看哭了", "快速回复", "苏ICP证", "推荐到首页", "版面公告"]
    return fam
