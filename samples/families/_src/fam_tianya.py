"""天涯社区-like forum (bbs.tianya.cn, about 2015): topic pages `/post-develop-NNNNNN-1.shtml` (reply
page `-2.shtml`), the topic head `div#post_head.atl-head` (`h1.atl-title`, `div.atl-info` with 楼主 /
时间 / 点击 / 回复), the 楼主's first post in `div.atl-item.host-item` whose `div.bbs-content` (`<br>`
lines with full-width indents) is the speech; 打赏 / 回复 bars; later posts `div.atl-item` with their own
`div.atl-info` (作者：… 时间：…), the 楼主's later posts marked `<strong class="host">楼主</strong>`;
`atl-pages` pager; board listing `/list-develop-1.shtml` (`table.tab-bbs-list`); 天涯 footer."""

from common import SPEECHES, Family, render

HOST = "bbs.tianya-like.test"

THREADS = [
    # speech, post id, 楼主, uid, time, clicks, replies
    (SPEECHES["TY1"], 1987654, "老周说事儿", 36120458, "2015-03-08 10:22:31", 3871, 46),
    (SPEECHES["TY2"], 2013377, "青石岭的周老师", 98877012, "2015-09-10 21:47:05", 1265, 12),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="http://static.tianyaui.test/global/bbs/web/static/css/bbs_article_fa5f9d2.css" />
<script type="text/javascript">var bbsGlobal = {"isLogin":false,"webRoot":"http://bbs.tianya-like.test","item":"develop","itemName":"天涯杂谈"};</script>
</head>
<body class="bbs-article-wrapper">
<div id="tianyaTopNav" class="top-nav-wrap"><div class="top-nav"><a href="http://www.tianya.cn/" class="logo">天涯社区</a><span class="nav-item"><a href="/">论坛</a></span><span class="nav-item">聚焦</span><span class="nav-item">部落</span><span class="nav-item">博客</span><span class="login-box"><a href="javascript:void(0)" class="js-login">登录</a> | <a href="javascript:void(0)">注册</a></span></div></div>
<div id="doc" class="wd-question">
<div id="crumbs" class="crumbs"><a href="/">天涯论坛</a> &gt; <a href="/list-develop-1.shtml">天涯杂谈</a> &gt; <em>浏览帖子</em></div>
"""

FOOT = """<div id="ty_footer" class="footer"><p><a href="http://help.tianya.cn/">天涯客服</a> | <a href="http://service.tianya.cn/">广告服务</a> | <a href="http://www.tianya.cn/about/">天涯公司</a> | <a href="http://www.tianya.cn/about/contact">联系我们</a> | <a href="http://www.tianya.cn/about/privacy">隐私和版权</a></p>
<p>Copyright &copy; 1999 - 2015 天涯社区 琼ICP备09005433号 增值电信业务经营许可证：琼B2-20060023</p></div>
</div>
<script type="text/javascript" src="http://static.tianyaui.test/global/bbs/web/static/js/bbs_article_9b2f7c1.js"></script>
<script type="text/javascript">
var _tyStat = _tyStat || []; _tyStat.push(["_setAccount","bbs"]); _tyStat.push(["_trackPageview"]);
</script>
</body>
</html>
"""


def post_lines(paras):
    return "<br>\n".join("\u3000\u3000" + p for p in paras)


def reply(floor, user, uid, stamp, text, host=False):
    mark = '<strong class="host">楼主</strong>' if host else ""
    return f"""<div class="atl-item" _host="{user}" id="{floor}" replyid="{1010000 + floor * 37}" js_username="{user}" js_restime="{stamp}">
  <div class="atl-head"><div class="atl-info">{mark}<span>作者：<a class="js-vip-check" href="http://www.tianya.cn/{uid}" target="_blank" uid="{uid}" uname="{user}">{user}</a> </span><span>时间：{stamp}</span></div></div>
  <div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">{text}</div>
  <div class="atl-reply"><span class="fl">来自 <a href="http://bbs.tianya.cn/">天涯社区(微论)客户端</a></span><span class="fr"><a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link2 reply" href="javascript:void(0);">回复</a> | <a class="a-link-2 ir-shang" href="javascript:void(0);">打赏</a> | <span>{floor}楼</span></span></div></div></div>
</div>
"""


def pager(pid, current, last):
    if last == 1:
        return ""
    parts = []
    if current > 1:
        parts.append(f'<a href="/post-develop-{pid}-{current - 1}.shtml" class="js-keyboard-prev">上页</a>')
    for n in range(1, last + 1):
        parts.append(f"<strong>{n}</strong>" if n == current else f'<a href="/post-develop-{pid}-{n}.shtml">{n}</a>')
    if current < last:
        parts.append(f'<a href="/post-develop-{pid}-{current + 1}.shtml" class="js-keyboard-next">下页</a>')
    return '<div class="atl-pages"><form action="">' + "".join(parts) + "</form></div>"


def thread_page(i, page, replies, last):
    speech, pid, user, uid, stamp, clicks, nreplies = THREADS[i]
    head = f"""<div id="post_head" class="atl-head">
  <h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{speech.title}</span></span></h1>
  <div class="atl-menu clearfix js-bbs-act">
    <div class="atl-info"><span>楼主：<a class="js-vip-check" href="http://www.tianya.cn/{uid}" target="_blank" uid="{uid}" uname="{user}">{user}</a> </span><span>时间：{stamp}</span><span>点击：{clicks}</span><span>回复：{nreplies}</span></div>
    <div class="atl-opt"><a class="js-only-host" href="javascript:void(0)">只看楼主</a><a class="js-fav" href="javascript:void(0)">收藏</a><a href="#bottom">跳到底部</a></div>
  </div>
</div>
"""
    first = ""
    if page == 1:
        first = f"""<div class="atl-item host-item">
  <div class="atl-content"><div class="atl-con-bd clearfix">
    <div class="bbs-content clearfix">
{post_lines(speech.paras)}
    </div>
    <div id="alt_action" class="clearfix"><div class="action-tyf"><a class="ir-shang" href="javascript:void(0)">打赏</a><span class="shang-num">已有 3 人打赏</span></div></div>
    <div class="atl-reply" id="alt_reply"><span class="fr"><a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link2 reply" href="javascript:void(0);">回复</a> | <a class="a-link-2 ir-shang" href="javascript:void(0);">打赏</a> | <a class="a-link-2 js-share" href="javascript:void(0);">分享</a></span></div>
  </div></div>
</div>
"""
    body = (
        head
        + pager(pid, page, last)
        + '<div class="atl-main">\n'
        + first
        + "".join(reply(*r) for r in replies)
        + "</div>\n"
        + pager(pid, page, last)
        + '<div class="atl-reply-box" id="bottom"><p class="tip">您需要登录后才可以回复 <a href="javascript:void(0)" class="js-login">登录</a> | <a href="javascript:void(0)">注册</a></p></div>\n'
    )
    title = speech.title + ("_天涯杂谈_天涯论坛" if page == 1 else f"(第{page}页)_天涯杂谈_天涯论坛")
    return render(HEAD + body + FOOT, TITLE=title, KW=f"{speech.title},天涯杂谈", DESC=speech.paras[1][:70])


def board():
    rows = ""
    for speech, pid, user, uid, stamp, clicks, nreplies in THREADS:
        rows += f"""<tr class="bg"><td class="td-title faceblue"><span class="face" title="">&nbsp;</span><a href="/post-develop-{pid}-1.shtml" target="_blank">{speech.title}</a></td><td><a href="http://www.tianya.cn/{uid}" target="_blank" class="author">{user}</a></td><td>{clicks}</td><td>{nreplies}</td><td title="{stamp[:16]}">{stamp[5:16]}</td></tr>
"""
    rows += """<tr><td class="td-title faceblue"><span class="face">&nbsp;</span><a href="/post-develop-2014002-1.shtml" target="_blank">［公告］天涯杂谈版规（2015修订）</a></td><td><a class="author">杂谈版主</a></td><td>90211</td><td>3</td><td title="2015-01-02 09:00">01-02 09:00</td></tr>
"""
    body = f"""<div class="mt5"><h2 class="title">天涯杂谈</h2><p class="desc">谈天说地，百家争鸣。</p></div>
<div class="mt5"><table class="tab-bbs-list tab-bbs-list-2" cellspacing="0" cellpadding="0"><thead><tr><th>标题</th><th>作者</th><th>点击</th><th>回复</th><th>回复时间</th></tr></thead>
<tbody>
{rows}</tbody></table></div>
<div class="links"><a href="/list-develop-1.shtml" rel="nofollow">首页</a> <a href="javascript:void(0)" class="js-more">下一页</a></div>
"""
    return render(HEAD + body + FOOT, TITLE="天涯杂谈_天涯论坛", KW="天涯杂谈", DESC="天涯杂谈")


def home():
    body = """<div class="bbs-home"><h2>天涯论坛</h2><ul class="block-list">
<li><a href="/list-develop-1.shtml">天涯杂谈</a> <span class="count">今日 1823</span></li>
<li><a href="javascript:void(0)">娱乐八卦</a></li><li><a href="javascript:void(0)">情感天地</a></li></ul></div>
"""
    return render(HEAD + body + FOOT, TITLE="天涯论坛_全球华人网上家园_天涯社区", KW="天涯论坛", DESC="天涯论坛")


REPLIES_1 = [
    (1, "江边的老树", 51230011, "2015-03-08 10:40:12", "老爷子说得实在，顶一个！电动车进楼道真得管管了。"),
    (2, "老周说事儿", 36120458, "2015-03-08 11:02:55", "谢谢各位捧场，这是上礼拜在社区座谈会上的发言，社区让整理一下发上来。", True),
    (3, "飞鸟与鱼2015", 77120934, "2015-03-08 12:15:40", "我们小区也有个帮帮团，都是退休的老人，真心佩服。"),
]
REPLIES_2 = [
    (4, "夜行的猫", 60213377, "2015-03-09 08:03:19", "建议社区借小学教室这个主意好，周末学校空着也是空着。"),
    (5, "老周说事儿", 36120458, "2015-03-09 09:30:02", "回复第4楼：已经跟社区说了，书记说下个月去谈。", True),
]
REPLIES_3 = [
    (1, "山那边的海", 45001236, "2015-09-10 22:10:45", "看哭了，小梅这孩子真不容易，周老师也不容易。"),
    (2, "青石岭的周老师", 98877012, "2015-09-10 22:31:09", "谢谢大家，发言稿是教师节表彰会上念的，一字没改。", True),
]


def build() -> Family:
    fam = Family(
        HOST,
        "天涯社区-like forum (about 2015): the 楼主's first post is the speech, replies and page 2 are not",
        content_type="text/html",  # .shtml pages go out as plain text/html (charset in the meta tag)
    )
    fam.put("/", home())
    fam.put("/list-develop-1.shtml", board())
    p1, p2 = THREADS[0][1], THREADS[1][1]
    fam.put(f"/post-develop-{p1}-1.shtml", thread_page(0, 1, REPLIES_1, 2))
    fam.put(f"/post-develop-{p1}-2.shtml", thread_page(0, 2, REPLIES_2, 2))
    fam.put(f"/post-develop-{p2}-1.shtml", thread_page(1, 1, REPLIES_3, 1))
    fam.put("/post-develop-2014002-1.shtml", render(HEAD + '<div class="atl-main"><div class="atl-item host-item"><div class="bbs-content">一、禁止发布广告。<br>二、禁止人身攻击。</div></div></div>' + FOOT, TITLE="［公告］天涯杂谈版规（2015修订）_天涯杂谈_天涯论坛", KW="版规", DESC="版规"))
    fam.doc([f"/post-develop-{p1}-1.shtml"], THREADS[0][0])
    fam.doc([f"/post-develop-{p2}-1.shtml"], THREADS[1][0])
    fam.not_documents += ["/", "/list-develop-1.shtml", f"/post-develop-{p1}-2.shtml", "/post-develop-2014002-1.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /post-*-*-*.shtml?\n")
    fam.noise += [
        "楼主：",
        "作者：",
        "时间：2015",
        "点击：",
        "回复：",
        "只看楼主",
        "打赏",
        "已有 3 人打赏",
        "举报",
        "天涯杂谈",
        "天涯论坛",
        "天涯社区",
        "老周说事儿",
        "谢谢各位捧场",
        "顶一个",
        "看哭了",
        "回复第4楼",
        "一字没改",
        "天涯社区(微论)客户端",
        "您需要登录后才可以回复",
        "琼ICP备09005433号",
        "下页",
    ]
    return fam
