"""铁血社区 (bbs.tiexue.net) -like military forum topic pages, about 2016-2017 (GB2312 header, GBK bytes).

Static `post2_<tid>_<page>.html` topic pages and `bbs<bid>-0-1.html` board lists; the 铁血 furniture:
top bar (铁血网首页 / 铁血社区 / 铁血读书 / 铁血商城 / 登录 / 注册), logo + 搜索 row and the board nav,
`当前位置` crumbs (铁血社区 &gt; 区 &gt; 版块), the topic head (h1, 点击 / 回复 counts, 只看楼主, 打印, 收藏),
the 楼主 block (`div.bbsp_author` 作者 card with 军衔, 军功, 铁血币, 注册 date; `发表时间：`; message in
`div.bbsp_content` with `<p>` paragraphs), then reply floors (`N楼`), the 铁血 `pages` pager (共N页 首页
上一页 1 2 3 下一页 尾页). Long 楼主 posts are shown page by page: the poster's text continues on page 2
under the same 楼主 head with page 2's replies below it, so the speech is pages 1 and 2 joined; page 3
holds replies only. Quick reply for guests, 热门帖子, 铁血APP prompt, footer with ICP / 公安备案 lines."""

from common import SPEECHES, Family, split_paras

HOST = "bbs.tiexue-like.test"
BOARDS = {33: ("社会杂谈", "综合区"), 76: ("老兵之家", "军事区")}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://img.tiexue-like.test/bbs/css/bbs_base.css?v=201608" rel="stylesheet" type="text/css" />
<link href="http://img.tiexue-like.test/bbs/css/post2.css?v=201608" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img.tiexue-like.test/js/jquery-1.7.1.min.js"></script>
<script type="text/javascript" src="http://img.tiexue-like.test/bbs/js/post2.js?v=201608"></script>
<script type="text/javascript">var ThreadID = @@TID@@; var BoardID = @@BID@@; var PageIndex = @@PAGE@@; var UserID = 0;</script>
</head>
<body>
<div class="topbar"><div class="w990">
<div class="fl"><a href="http://www.tiexue-like.test/" target="_blank">铁血网首页</a> | <a href="/">铁血社区</a> | <a href="http://book.tiexue-like.test/" target="_blank">铁血读书</a> | <a href="http://junshi.tiexue-like.test/" target="_blank">军事新闻</a> | <a href="http://tuku.tiexue-like.test/" target="_blank">铁血图库</a> | <a href="http://www.tiexue-like.test/shop/" target="_blank">铁血商城</a></div>
<div class="fr"><a href="http://passport.tiexue-like.test/login.aspx" rel="nofollow">登录</a> | <a href="http://passport.tiexue-like.test/register.aspx" rel="nofollow">注册</a> | <a href="http://m.tiexue-like.test/" target="_blank">手机版</a></div>
</div></div>
<div class="header w990">
<div class="logo"><a href="/"><img src="http://img.tiexue-like.test/bbs/images/logo_bbs.gif" width="210" height="58" alt="铁血社区" /></a></div>
<div class="search"><form action="http://search.tiexue-like.test/search.aspx" method="get" target="_blank"><input type="text" name="k" class="s_txt" /><input type="submit" value="搜索" class="s_btn" /></form></div>
<div class="head_ad"><script type="text/javascript" src="http://ad.tiexue-like.test/show.aspx?p=bbs_head"></script></div>
</div>
<div class="bbsnav w990"><a href="/">社区首页</a> <a href="/bbs33-0-1.html">社会杂谈</a> <a href="/bbs76-0-1.html">老兵之家</a> <a href="/bbs1-0-1.html">军事评论</a> <a href="/bbs41-0-1.html">军事图片</a> <a href="/bbs9-0-1.html">铁血原创</a></div>
<div class="w990">
"""

FOOT = """</div>
<div class="app_tip w990"><img src="http://img.tiexue-like.test/bbs/images/app_ewm.png" width="86" height="86" alt="" /><span>扫一扫下载铁血军事APP，随时随地看军事</span></div>
<div class="footer w990">
<p><a href="http://www.tiexue-like.test/about/about.html" target="_blank" rel="nofollow">关于铁血</a> | <a href="http://www.tiexue-like.test/about/contact.html" target="_blank" rel="nofollow">联系我们</a> | <a href="http://www.tiexue-like.test/about/ad.html" target="_blank" rel="nofollow">广告服务</a> | <a href="http://www.tiexue-like.test/about/job.html" target="_blank" rel="nofollow">招聘信息</a> | <a href="http://www.tiexue-like.test/about/law.html" target="_blank" rel="nofollow">法律声明</a> | <a href="/help/" target="_blank">社区帮助</a></p>
<p>铁血网 版权所有 Copyright &copy; 2001-2017 tiexue-like.test All Rights Reserved</p>
<p><a href="http://www.miibeian.gov.cn/" target="_blank" rel="nofollow">京ICP证070399号</a> 京网文[2014]0836-203号 <img src="http://img.tiexue-like.test/images/ga.png" width="14" height="14" alt="" />京公网安备 11010802011523号 违法和不良信息举报电话：010-62985600</p>
</div>
<script type="text/javascript" src="http://img.tiexue-like.test/js/tj.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "//hm.baidu.com/hm.js?4f2c5e8a1d9b3c7e6a0f5d2b8c1e9a37";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "秦岭老兵": ("2033418", "中校", 6820, 15320, "2006-07-31"),
    "钢铁洪流99": ("6391025", "上士", 412, 1980, "2012-05-14"),
    "北疆哨兵": ("4120877", "少校", 3105, 8450, "2009-11-02"),
    "东海舰长": ("7018232", "中士", 260, 910, "2014-02-19"),
    "太行山下": ("3305496", "上尉", 1720, 4633, "2008-08-08"),
    "退伍不褪色": ("1190342", "上校", 9413, 22750, "2005-03-27"),
    "小米加步枪": ("8820413", "下士", 95, 378, "2016-01-06"),
}


def card(name):
    uid, rank, merit, coin, reg = USERS[name]
    return f"""<div class="bbsp_author">
<a href="http://i.tiexue-like.test/{uid}/" target="_blank" class="face"><img src="http://img.tiexue-like.test/face/default_face.gif" width="96" height="96" alt="" /></a>
<p class="uname"><a href="http://i.tiexue-like.test/{uid}/" target="_blank">{name}</a></p>
<ul class="uinfo"><li>军衔：<span class="rank">{rank}</span></li><li>军功：{merit}</li><li>铁血币：{coin}</li><li>注册：{reg}</li></ul>
<p class="umsg"><a href="http://i.tiexue-like.test/msg/send.aspx?to={uid}" rel="nofollow" target="_blank">发消息</a> <a href="http://i.tiexue-like.test/friend/add.aspx?uid={uid}" rel="nofollow" target="_blank">加好友</a></p>
</div>"""


def lz_block(tid, name, when, content, subject, page, views, replies):
    uid = USERS[name][0]
    return f"""<div class="bbsp_lz" id="post_{tid}_lz">
{card(name)}
<div class="bbsp_main">
<div class="bbsp_title"><h1>{subject}</h1></div>
<div class="bbsp_info"><span class="lz">楼主</span> 作者：<a href="http://i.tiexue-like.test/{uid}/" target="_blank">{name}</a> &nbsp; 发表时间：{when} &nbsp; 点击：{views} &nbsp; 回复：{replies} <a href="/post2_{tid}_{page}.html?uid={uid}" rel="nofollow" class="onlylz">只看楼主</a> <a href="javascript:;" onclick="PrintPost({tid})">打印</a> <a href="javascript:;" onclick="AddFav({tid})">收藏</a></div>
<div class="bbsp_content" id="postContent_{tid}">
{content}
</div>
<div class="bbsp_opt"><a href="javascript:;" onclick="Ding({tid})" class="ding">顶</a> <a href="#quickreply">回复</a> <a href="javascript:;" onclick="Report({tid})">举报</a> <span class="share">分享到：<a href="javascript:;" class="sina">新浪微博</a> <a href="javascript:;" class="qzone">QQ空间</a> <a href="javascript:;" class="wx">微信</a></span></div>
</div>
</div>
"""


def reply(rid, no, name, when, text):
    return f"""<div class="bbsp_reply" id="reply_{rid}">
{card(name)}
<div class="bbsp_main">
<div class="bbsp_info"><span class="floor">{no}楼</span> {name} &nbsp; 发表时间：{when}</div>
<div class="bbsp_rcontent">{text}</div>
<div class="bbsp_opt"><a href="#quickreply">回复</a> <a href="javascript:;" onclick="Quote({rid})">引用</a> <a href="javascript:;" onclick="Report({rid})">举报</a></div>
</div>
</div>
"""


def pages(tid, n, count):
    if count == 1:
        return '<div class="pages"><span>共1页</span></div>'
    out = f'<div class="pages"><span>共{count}页</span>'
    if n > 1:
        out += f'<a href="/post2_{tid}_1.html">首页</a><a href="/post2_{tid}_{n - 1}.html">上一页</a>'
    for i in range(1, count + 1):
        out += f'<b>{i}</b>' if i == n else f'<a href="/post2_{tid}_{i}.html">{i}</a>'
    if n < count:
        out += f'<a href="/post2_{tid}_{n + 1}.html">下一页</a><a href="/post2_{tid}_{count}.html">尾页</a>'
    return out + "</div>"


def fill(title, kw, desc, tid, bid, page):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
        .replace("@@TID@@", str(tid)).replace("@@BID@@", str(bid)).replace("@@PAGE@@", str(page))
    )


def topic(tid, bid, subject, blocks, n, count, hot):
    board, zone = BOARDS[bid]
    head = fill(f"{subject}" + (f"_第{n}页" if n > 1 else "") + f"_{board}_铁血社区", f"{subject},{board},铁血社区", subject, tid, bid, n)
    hots = "".join(f'<li><a href="{u}" target="_blank">{s}</a></li>' for u, s in hot)
    return head + f"""<div class="position">当前位置：<a href="/">铁血社区</a> &gt; <a href="/">{zone}</a> &gt; <a href="/bbs{bid}-0-1.html">{board}</a> &gt; 正文</div>
<div class="bbsp_l">
<div class="bbsp_top"><a href="/post.aspx?bid={bid}" rel="nofollow" class="btn_post">发新帖</a> <a href="#quickreply" class="btn_reply">回复</a>{pages(tid, n, count)}</div>
{''.join(blocks)}
<div class="bbsp_top">{pages(tid, n, count)}</div>
<a name="quickreply"></a><div class="quickreply"><h3>快速回复</h3><div class="nologin">您需要<a href="http://passport.tiexue-like.test/login.aspx" rel="nofollow">登录</a>后才可以回帖，没有帐号？<a href="http://passport.tiexue-like.test/register.aspx" rel="nofollow">注册</a></div><textarea disabled="disabled" rows="5" cols="80"></textarea></div>
</div>
<div class="bbsp_r">
<div class="rbox"><h3>热门帖子</h3><ul>{hots}</ul></div>
<div class="rbox"><script type="text/javascript" src="http://ad.tiexue-like.test/show.aspx?p=bbs_right"></script></div>
</div>
""" + FOOT


def ps(paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


def build() -> Family:
    fam = Family(
        HOST,
        "铁血社区 (bbs.tiexue.net) -like military forum, post2_<tid>_<page>.html (GB2312 header, GBK bytes)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    s5, s6 = SPEECHES["g38a-5"], SPEECHES["g38a-6"]
    t1, t2 = 13526714, 12130952
    subj1 = "今天镇里欢送新兵，我作为人武部长的讲话稿，发上来给铁血的兄弟们看看"
    subj2 = "八一座谈会，我代表老兵发了个言"
    hot = [
        (f"/post2_{t2}_1.html", subj2),
        (f"/post2_{t1}_1.html", subj1),
        ("/bbs76-0-1.html", "老兵之家：晒晒你的退伍证"),
    ]

    # topic 1: the 楼主 post shown over pages 1 and 2, page 3 replies only
    first, second = split_paras(s5.paras, 2)
    lead = "<p>镇里今年送走十二个兵，欢送会上的讲话是我自己写的，发到铁血上，算是给娃们留个念想。</p>\n"
    v1, r1 = 8723, 16
    p1 = [lz_block(t1, "秦岭老兵", "2017-09-09 20:17:42", lead + ps(first), subj1, 1, v1, r1)]
    for i, (name, when, text) in enumerate(
        [
            ("钢铁洪流99", "2017-09-09 20:25:10", "支持！好男儿就该去当兵。"),
            ("小米加步枪", "2017-09-09 20:41:33", "四个大学生，现在的兵素质是真高。"),
            ("北疆哨兵", "2017-09-09 21:06:58", "想起当年自己戴大红花的样子了。"),
            ("东海舰长", "2017-09-09 21:30:15", "楼主辛苦，征兵工作不容易。"),
            ("太行山下", "2017-09-09 22:02:47", "顶一个，等下一页。"),
        ],
        start=1,
    ):
        p1.append(reply(t1 * 10 + i, i, name, when, text))
    p2 = [lz_block(t1, "秦岭老兵", "2017-09-09 20:17:42", ps(second), subj1, 2, v1, r1)]
    for i, (name, when, text) in enumerate(
        [
            ("退伍不褪色", "2017-09-10 07:45:20", "“今天流下的每一滴汗水，都会成为你们一生的财富”，说得好。"),
            ("钢铁洪流99", "2017-09-10 09:12:03", "新兵连是真苦，熬过去就好了。"),
            ("北疆哨兵", "2017-09-10 11:36:41", "祝新兵们一路平安！"),
        ],
        start=6,
    ):
        p2.append(reply(t1 * 10 + i, i, name, when, text))
    p3 = [
        reply(t1 * 10 + 9, 9, "小米加步枪", "2017-09-11 18:20:55", "我弟弟今年也走了，看着这篇稿子挺感慨的。"),
        reply(t1 * 10 + 10, 10, "东海舰长", "2017-09-12 08:03:19", "收藏了。"),
    ]
    fam.put(f"/post2_{t1}_1.html", topic(t1, 33, subj1, p1, 1, 3, hot))
    fam.put(f"/post2_{t1}_2.html", topic(t1, 33, subj1, p2, 2, 3, hot))
    fam.put(f"/post2_{t1}_3.html", topic(t1, 33, subj1, p3, 3, 3, hot))
    fam.doc([f"/post2_{t1}_1.html", f"/post2_{t1}_2.html"], s5, title=subj1, published_at="2017-09-09")

    # topic 2: one page
    blocks2 = [lz_block(t2, "退伍不褪色", "2016-08-01 19:52:06", ps(s6.paras) + "\n<p>（发言稿，会上讲的时候有些地方临时改了几句）</p>", subj2, 1, 4310, 4)]
    for i, (name, when, text) in enumerate(
        [
            ("秦岭老兵", "2016-08-01 20:10:34", "老班长节日快乐！一日为兵，终身为兵！"),
            ("太行山下", "2016-08-01 20:33:50", "志愿服务队好样的，向老兵致敬。"),
            ("北疆哨兵", "2016-08-01 21:47:12", "困难战友帮扶这条建议提得好。"),
            ("钢铁洪流99", "2016-08-02 08:15:27", "八一快乐！"),
        ],
        start=1,
    ):
        blocks2.append(reply(t2 * 10 + i, i, name, when, text))
    fam.put(f"/post2_{t2}_1.html", topic(t2, 76, subj2, blocks2, 1, 1, hot))
    fam.doc([f"/post2_{t2}_1.html"], s6, title=subj2, published_at="2016-08-01")

    def board_page(bid, rows_data):
        board, zone = BOARDS[bid]
        rows = "".join(
            f"""<tr><td class="t_icon"><img src="http://img.tiexue-like.test/bbs/images/ico_normal.gif" alt="" /></td><td class="t_title"><a href="/post2_{t}_1.html" target="_blank">{s}</a> <span class="t_pages">[<a href="/post2_{t}_2.html">2</a>]</span></td><td class="t_author"><a href="http://i.tiexue-like.test/{USERS[a][0]}/" target="_blank">{a}</a><br />{d}</td><td class="t_num">{r}/{v}</td><td class="t_last">{last}</td></tr>
""" if pc > 1 else f"""<tr><td class="t_icon"><img src="http://img.tiexue-like.test/bbs/images/ico_normal.gif" alt="" /></td><td class="t_title"><a href="/post2_{t}_1.html" target="_blank">{s}</a></td><td class="t_author"><a href="http://i.tiexue-like.test/{USERS[a][0]}/" target="_blank">{a}</a><br />{d}</td><td class="t_num">{r}/{v}</td><td class="t_last">{last}</td></tr>
"""
            for t, s, a, d, r, v, last, pc in rows_data
        )
        return fill(f"{board}_铁血社区", f"{board},铁血社区", board, 0, bid, 1) + f"""<div class="position">当前位置：<a href="/">铁血社区</a> &gt; <a href="/">{zone}</a> &gt; {board}</div>
<div class="board_head"><h1>{board}</h1><a href="/post.aspx?bid={bid}" rel="nofollow" class="btn_post">发新帖</a></div>
<table class="tlist" cellspacing="0" cellpadding="0">
<tr class="th"><td colspan="2">标题</td><td>作者</td><td>回复/点击</td><td>最后回复</td></tr>
{rows}</table>
<div class="pages"><span>共1页</span></div>
""" + FOOT

    fam.put("/bbs33-0-1.html", board_page(33, [(t1, subj1, "秦岭老兵", "2017-09-09", r1, v1, "2017-09-12 08:03", 3)]))
    fam.put("/bbs76-0-1.html", board_page(76, [(t2, subj2, "退伍不褪色", "2016-08-01", 4, 4310, "2016-08-02 08:15", 1)]))
    home = fill("铁血社区-中国最大的军事社区", "铁血社区,军事论坛", "铁血社区", 0, 0, 1) + f"""<div class="index_hot"><h3>社区热帖</h3><ul>
<li><a href="/post2_{t1}_1.html" target="_blank">{subj1}</a></li>
<li><a href="/post2_{t2}_1.html" target="_blank">{subj2}</a></li>
</ul></div>
<div class="index_boards"><h3>版块导航</h3><ul><li><a href="/bbs33-0-1.html">社会杂谈</a></li><li><a href="/bbs76-0-1.html">老兵之家</a></li></ul></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /post.aspx\nDisallow: /*?uid=\n")
    fam.not_documents += ["/", "/bbs33-0-1.html", "/bbs76-0-1.html", f"/post2_{t1}_2.html", f"/post2_{t1}_3.html"]
    fam.noise += [
        "算是给娃们留个念想",
        "临时改了几句",
        "好男儿就该去当兵",
        "想起当年自己戴大红花",
        "新兵连是真苦",
        "我弟弟今年也走了",
        "老班长节日快乐",
        "京ICP证070399号",
        "铁血币",
        "热门帖子",
        "铁血军事APP",
    ]
    return fam
