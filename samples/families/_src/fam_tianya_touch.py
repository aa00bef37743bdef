"""天涯社区 touch pages (bbs.tianya.cn/m/…) as a phone browser gets them, about 2015–2017, UTF-8.

HTML5 with the viewport meta and `format-detection`; the `m-header` bar (天涯社区 logo, 搜索, 登录),
the app banner (打开天涯社区APP，阅读体验更佳 / 打开); home `/m/` (热帖榜 and 版块 lists) → board
`/m/list-828-1.shtml` (`ul.post-list` items: title, 作者, 回复 / 点击, and a 下一页 → page 2
`/m/list-828-2.shtml`) → topics `/m/post-828-N-P.shtml`: `div.post-head` (`h1`, 楼主 name, time,
点击 / 回复), 只看楼主 / 倒序, floors `div.item[data-id][data-user][data-time]` each with the
`div.item-hd` (avatar, `a.u-name`, `span.floor` 楼主 / N楼, `span.time`) and `div.item-bd` whose text
is `<br>` lines, `div.item-ft` (回复 / 赞 / 举报); `div.u-pager` (上一页 · 1/2 · 下一页) and the
「发表回复」 bar at the foot. The 业委会 speech is posted in the first floor and finished by the
楼主 himself in a floor on page 2 (`（接一楼）` … `（发言完）`); the 同学会 speech is one floor. Reply
pages and the board's page 2 are not documents."""

from common import SPEECHES, Family, render

HOST = "m.tianya-bbs-like.test"
BID = "828"
T1, T2, T3 = 2716384, 2809155, 2788412

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="http://bbs.tianya.cn@@CANON@@">
<link rel="stylesheet" href="http://static.tianyaui-like.test/global/m/css/m-bbs.css?v=20160518">
<script>var bbsGlobal = {item:"@@BID@@", itemName:"百姓声音", artId:"@@ART@@", page:"@@PAGE@@", isLogin:false, isTouch:true};</script>
</head>
<body class="m-bbs">
<div class="m-download" id="j-app-banner"><i class="logo-app"></i><div class="txt"><p>打开天涯社区APP，阅读体验更佳</p><p class="sub">发帖回帖更方便</p></div><a class="btn-open" href="tianyaapp://bbs/post?item=@@BID@@&amp;id=@@ART@@">打开</a><a class="close" href="javascript:;">×</a></div>
<header class="m-header"><a class="logo" href="/m/">天涯社区</a><a class="back" href="javascript:history.back();">返回</a><div class="m-header-r"><a href="/m/search.jsp" class="search">搜索</a><a href="http://passport.tianya-like.test/m/login.jsp?fowardurl=http%3A%2F%2Fbbs.tianya.cn%2Fm%2F" class="login">登录</a></div></header>
"""

FOOT = """<footer class="m-footer">
<p><a href="/m/">社区首页</a> | <a href="http://bbs.tianya.cn@@CANON@@?pc=1">电脑版</a> | <a href="http://app.tianya-like.test/">客户端</a> | <a href="/m/feedback.jsp">意见反馈</a></p>
<p>&copy;天涯社区 海南天涯社区网络科技股份有限公司</p>
</footer>
<script src="http://static.tianyaui-like.test/global/m/js/zepto.min.js"></script>
<script src="http://static.tianyaui-like.test/global/m/js/m-bbs-post.js?v=20160518"></script>
<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "//hm.baidu.com/hm.js?bc5755e0609123f78d0e816bf7dee255";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def head(title, kw, desc, canon, art="", page=""):
    return render(HEAD, TITLE=title, KW=kw, DESC=desc, CANON=canon, BID=BID, ART=art, PAGE=page)


def floor(n, user, uid, time, lines, lz):
    label = "楼主" if n == 0 else f"{n}楼"
    body = "<br>\n".join(lines)
    tag = '<span class="lz-tag">楼主</span>' if lz and n else ""
    return f"""<div class="item" data-id="{30000000 + n * 7}" data-user="{user}" data-uid="{uid}" data-time="{time}" data-floor="{n}">
<div class="item-hd"><img class="avatar" src="http://tx.tianyaui-like.test/logo/small/{uid}" alt=""><a class="u-name" href="/m/home.jsp?uid={uid}">{user}</a>{tag}<span class="floor">{label}</span><span class="time">{time}</span></div>
<div class="item-bd">
{body}
</div>
<div class="item-ft"><a class="a-reply" href="javascript:;">回复</a><a class="a-zan" href="javascript:;">赞</a><a class="a-report" href="javascript:;">举报</a></div>
</div>
"""


def topic(tid, subj, author, uid, posted, clicks, replies, page, pages, floors):
    url = f"/m/post-{BID}-{tid}-{page}.shtml"
    pager = '<div class="u-pager">'
    pager += (f'<a class="prev" href="/m/post-{BID}-{tid}-{page - 1}.shtml">上一页</a>' if page > 1 else '<span class="prev disabled">上一页</span>')
    pager += f'<span class="num">{page}/{pages}</span>'
    pager += (f'<a class="next" href="/m/post-{BID}-{tid}-{page + 1}.shtml">下一页</a>' if page < pages else '<span class="next disabled">下一页</span>')
    pager += "</div>"
    return head(f"{subj}_百姓声音_天涯社区" + ("" if page == 1 else f"_第{page}页"), f"{subj},百姓声音,天涯社区",
                f"{subj} 作者：{author}", url.replace("/m/", "/"), str(tid), str(page)) + f"""<div class="m-crumb"><a href="/m/">天涯社区</a> &gt; <a href="/m/list-{BID}-1.shtml">百姓声音</a></div>
<div class="post-head">
<h1 class="title">{subj}</h1>
<div class="info"><a class="u-name" href="/m/home.jsp?uid={uid}">楼主：{author}</a> <span class="time">时间：{posted}</span></div>
<div class="count"><span>点击：{clicks}</span> <span>回复：{replies}</span></div>
<div class="ops"><a href="/m/post-{BID}-{tid}-1.shtml?author=1" class="only-lz">只看楼主</a> <a href="/m/post-{BID}-{tid}-1.shtml?order=desc">倒序</a></div>
</div>
<div class="post-list" id="j-post-list">
{''.join(floors)}</div>
{pager}
<div class="m-reply-bar"><a href="http://passport.tianya-like.test/m/login.jsp" class="reply-input">发表回复（登录后可回复）</a></div>
<div class="m-hot"><h3>热帖推荐</h3><ul><li><a href="/m/post-{BID}-{T3}-1.shtml">小区门口的菜市场要拆了，大家怎么看？</a></li><li><a href="http://m.tianya-bbs-like.test/m/post-funinfo-7712034-1.shtml">说说你们单位的年终奖</a></li></ul></div>
""" + render(FOOT, CANON=url.replace("/m/", "/"))


def build() -> Family:
    fam = Family(HOST, "天涯社区 touch pages (bbs.tianya.cn/m/post-ITEM-ID-P.shtml) as a phone gets them, about 2015–2017")
    s1, s2 = SPEECHES["f49d-3"], SPEECHES["f49d-4"]
    lz1, uid1 = "枫林苑老周", 98234117
    subj1 = "业委会主任在小区第二届业主大会上的发言（全文，欢迎邻居们拍砖）"
    cut = 6
    first = ["今天上午开了业主大会，不少邻居没去成，我把发言稿贴上来，大家看看，有意见尽管提。", "", f"【{s1.title}】"] + s1.paras[:cut] + ["", "（字数太多发不下，剩下的在后面楼层接着发）"]
    f1 = [floor(0, lz1, uid1, "2015-04-12 20:31:06", first, True)]
    reps1 = [("朝九晚五的猫", 71234098, "2015-04-12 20:40:18", "沙发！老周辛苦了，电梯换了以后确实好多了。"),
             ("6号楼张姐", 80019342, "2015-04-12 20:52:44", "维修资金的账能贴出来就是好业委会，支持。"),
             ("路过的大叔", 66120987, "2015-04-12 21:15:09", "停车的事赶紧弄吧，晚上回来转三圈找不到位置。"),
             ("晴天小雨", 90013775, "2015-04-12 21:33:51", "等下半段。")]
    for n, (u, uid, t, c) in enumerate(reps1, 1):
        f1.append(floor(n, u, uid, t, [c], False))
    second = ["（接一楼）"] + s1.paras[cut:] + ["（发言完）", "", "——————————", "手机码字不容易，错别字大家将就看。"]
    f2 = [floor(5, "物业观察员", 85511203, "2015-04-12 22:04:37", ["维修资金动用要三分之二业主同意，你们那次表决票是怎么收齐的？求经验。"], False),
          floor(6, lz1, uid1, "2015-04-12 22:18:02", second, True),
          floor(7, "晴天小雨", 90013775, "2015-04-13 07:45:10", ["看完了，给业委会点个赞。"], False)]
    p1, p2 = f"/m/post-{BID}-{T1}-1.shtml", f"/m/post-{BID}-{T1}-2.shtml"
    fam.put(p1, topic(T1, subj1, lz1, uid1, "2015-04-12 20:31:06", 3862, 7, 1, 2, f1))
    fam.put(p2, topic(T1, subj1, lz1, uid1, "2015-04-12 20:31:06", 3862, 7, 2, 2, f2))
    fam.doc([p1, p2], s1, published_at="2015-04-12")
    fam.not_documents.append(p2)

    lz2, uid2 = "乡村教书匠老马", 77410263
    subj2 = "三十年同学会，我作为筹备组代表的致辞"
    body2 = ["上周末回母校参加了毕业三十周年聚会，大家让我代表筹备组说几句，稿子是头天晚上熬夜写的，发上来做个纪念。", "", f"【{s2.title}】"] + s2.paras + ["", "（图片就不发了，都是一帮老头老太太，哈哈）"]
    g = [floor(0, lz2, uid2, "2017-08-09 21:07:45", body2, True)]
    for n, (u, uid, t, c) in enumerate([("青山依旧", 68810432, "2017-08-09 21:30:02", "看哭了，我们八五届明年也三十年了。"),
                                        ("粉笔灰", 73342116, "2017-08-10 06:58:19", "“一毛钱一个的馒头”，太真实了。")], 1):
        g.append(floor(n, u, uid, t, [c], False))
    q1 = f"/m/post-{BID}-{T2}-1.shtml"
    fam.put(q1, topic(T2, subj2, lz2, uid2, "2017-08-09 21:07:45", 1207, 2, 1, 1, g))
    fam.doc([q1], s2, published_at="2017-08-09")

    q3 = f"/m/post-{BID}-{T3}-1.shtml"
    fam.put(q3, topic(T3, "小区门口的菜市场要拆了，大家怎么看？", "买菜的老李", 61002345, "2016-06-02 09:12:40", 902, 1, 1, 1,
                      [floor(0, "买菜的老李", 61002345, "2016-06-02 09:12:40", ["听说街道要把菜市场改成停车场，以后买菜得跑两站地，大家怎么看？"], True),
                       floor(1, "路过的大叔", 66120987, "2016-06-02 10:01:13", ["停车场也缺，两难。"], False)]))

    def li(tid, subj, author, rep, clk, t):
        return (f'<li><a href="/m/post-{BID}-{tid}-1.shtml"><h3>{subj}</h3><p class="info"><span class="author">{author}</span>'
                f'<span class="time">{t}</span><span class="num">回复 {rep} · 点击 {clk}</span></p></a></li>')

    def board(page, items):
        pager = ('<div class="u-pager"><span class="prev disabled">上一页</span><span class="num">1/2</span>'
                 f'<a class="next" href="/m/list-{BID}-2.shtml">下一页</a></div>' if page == 1 else
                 f'<div class="u-pager"><a class="prev" href="/m/list-{BID}-1.shtml">上一页</a><span class="num">2/2</span><span class="next disabled">下一页</span></div>')
        return head("百姓声音_天涯社区" + ("" if page == 1 else f"_第{page}页"), "百姓声音,天涯社区", "天涯社区百姓声音版块",
                    f"/list-{BID}-{page}.shtml") + f"""<div class="m-crumb"><a href="/m/">天涯社区</a> &gt; 百姓声音</div>
<div class="board-head"><h2>百姓声音</h2><p>主帖：128万 · 回帖：2306万</p><a class="btn-post" href="http://passport.tianya-like.test/m/login.jsp">发帖</a></div>
<ul class="post-list">
{chr(10).join(items)}
</ul>
{pager}
""" + render(FOOT, CANON=f"/list-{BID}-{page}.shtml")

    fam.put(f"/m/list-{BID}-1.shtml", board(1, [li(T2, subj2, lz2, 2, 1207, "2017-08-09"), li(T3, "小区门口的菜市场要拆了，大家怎么看？", "买菜的老李", 1, 902, "2016-06-02")]))
    fam.put(f"/m/list-{BID}-2.shtml", board(2, [li(T1, subj1, lz1, 7, 3862, "2015-04-12")]))
    home = head("天涯社区_手机版", "天涯社区,天涯论坛,手机天涯", "天涯社区手机版，全球华人网上家园", "/") + f"""<div class="m-tabs"><a class="on" href="/m/">推荐</a><a href="/m/list-{BID}-1.shtml">百姓声音</a><a href="/m/list-free-1.shtml">天涯杂谈</a><a href="/m/list-funinfo-1.shtml">娱乐八卦</a></div>
<div class="m-hot"><h3>热帖榜</h3><ul>
<li><a href="/m/post-{BID}-{T2}-1.shtml">{subj2}</a></li>
<li><a href="/m/post-{BID}-{T1}-1.shtml">{subj1}</a></li>
</ul></div>
<div class="m-blocks"><h3>热门版块</h3><ul><li><a href="/m/list-{BID}-1.shtml">百姓声音</a></li><li><a href="/m/list-free-1.shtml">天涯杂谈</a></li><li><a href="/m/list-funinfo-1.shtml">娱乐八卦</a></li></ul></div>
""" + render(FOOT, CANON="/")
    fam.put("/m/", home)
    fam.home = "/m/"
    fam.put("/robots.txt", "User-agent: *\nDisallow: /m/search.jsp\nDisallow: /api/\n")
    fam.not_documents += ["/m/", f"/m/list-{BID}-1.shtml", f"/m/list-{BID}-2.shtml", q3]
    fam.noise += ["（接一楼）", "（发言完）", "字数太多发不下", "手机码字不容易", "打开天涯社区APP", "楼主：", "只看楼主", "发表回复",
                  "稿子是头天晚上熬夜写的", "图片就不发了", "沙发！", "等下半段", "海南天涯社区网络科技股份有限公司"]
    return fam
