"""19楼 (19lou.com) -like Hangzhou city forum topic pages, about 2018-2021 (GBK), the site's own thread template.

Static `forum-<fid>-thread-<tid>-<page>-1.html` topic pages and `forum-<fid>-1.html` board lists; the
furniture 19楼 prints: the `topbar` (19楼首页 / 城市切换 / 登录 / 注册 / 手机19楼 / 下载APP), the logo + 搜索
header and channel nav, `crumbs` (19楼 &gt; 杭州 &gt; 频道 &gt; 版块), the thread head (`thread-tit` h1, 查看 /
回复 counts, 只看楼主, 收藏, 分享), floors `div.post` with `div.user-info` (头像, 用户名, 等级, 积分, 帖子,
注册时间) and `div.post-main` (`post-info`: 楼主 / 沙发 / 板凳 / 地板 / N楼 + `发表于`, the message
`div.post-cont` > `div.thread-cont` with `<br />` lines, the 本帖最后由 … 编辑 line), 回复 / 引用 / 举报,
the `pager` (上一页 1 2 下一页), the 快速回复 login box, 热帖推荐 / 猜你喜欢 side boxes, the APP download bar
and the footer with the company, ICP / 网文 / 公安备案 lines. The first floor is the speech; replies and
the reply page 2 are not documents."""

from common import SPEECHES, Family

HOST = "www.19lou-like.test"
BOARDS = {1634: ("杭州结婚", "结婚"), 26: ("杭州家长帮", "亲子")}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=https://m.19lou-like.test/@@MOBILE@@" />
<link rel="stylesheet" type="text/css" href="https://s.19lou-like.test/css/common/global.css?v=20181012" />
<link rel="stylesheet" type="text/css" href="https://s.19lou-like.test/css/forum/thread.css?v=20181012" />
<script type="text/javascript">var SITE_INFO = {"siteUrl":"https://www.19lou-like.test","cityName":"杭州","fid":"@@FID@@","tid":"@@TID@@","uid":0};</script>
<script type="text/javascript" src="https://s.19lou-like.test/js/lib/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="https://s.19lou-like.test/js/common/global.js?v=20181012"></script>
</head>
<body>
<div class="topbar"><div class="w1000 clearall">
<div class="fl"><a href="/" class="home">19楼首页</a><span class="city">杭州 <a href="https://www.19lou-like.test/city.html" class="city-change">[切换城市]</a></span></div>
<div class="fr"><a href="https://www.19lou-like.test/login" rel="nofollow" class="login">登录</a><span class="line">|</span><a href="https://www.19lou-like.test/register" rel="nofollow">注册</a><span class="line">|</span><a href="https://m.19lou-like.test/" target="_blank">手机19楼</a><span class="line">|</span><a href="https://www.19lou-like.test/app/" target="_blank" class="app">下载APP</a><span class="line">|</span><a href="https://www.19lou-like.test/help/" target="_blank">帮助</a></div>
</div></div>
<div class="header w1000 clearall">
<a href="/" class="logo fl"><img src="https://s.19lou-like.test/img/common/logo.png" alt="19楼" width="150" height="56" /></a>
<div class="search fl"><form action="https://search.19lou-like.test/search" method="get" target="_blank"><input type="text" name="keyword" class="search-input" placeholder="搜帖子、搜用户" /><input type="submit" class="search-btn" value="搜索" /></form></div>
<div class="header-ad fr"><script type="text/javascript" src="https://ad.19lou-like.test/show?pos=thread_header"></script></div>
</div>
<div class="nav"><div class="w1000"><ul class="clearall">
<li><a href="/">首页</a></li><li><a href="/forum-1634-1.html">结婚</a></li><li><a href="/forum-26-1.html">亲子</a></li><li><a href="https://www.19lou-like.test/house/">房产</a></li><li><a href="https://www.19lou-like.test/home/">家居</a></li><li><a href="https://www.19lou-like.test/food/">美食</a></li><li><a href="https://www.19lou-like.test/emotion/">情感</a></li><li><a href="https://www.19lou-like.test/car/">汽车</a></li>
</ul></div></div>
<div class="w1000 clearall">
"""

FOOT = """</div>
<div class="app-bar"><div class="w1000"><img src="https://s.19lou-like.test/img/common/app_qr.png" width="80" height="80" alt="" /><span>下载19楼APP，看更多精彩内容</span><a href="https://www.19lou-like.test/app/" target="_blank" class="app-btn">立即下载</a></div></div>
<div class="footer"><div class="w1000">
<p class="links"><a href="https://www.19lou-like.test/about/" target="_blank" rel="nofollow">关于19楼</a> | <a href="https://www.19lou-like.test/about/contact.html" target="_blank" rel="nofollow">联系我们</a> | <a href="https://www.19lou-like.test/about/ad.html" target="_blank" rel="nofollow">广告服务</a> | <a href="https://www.19lou-like.test/about/job.html" target="_blank" rel="nofollow">诚聘英才</a> | <a href="https://www.19lou-like.test/about/law.html" target="_blank" rel="nofollow">法律声明</a> | <a href="https://www.19lou-like.test/sitemap.html" target="_blank">网站地图</a></p>
<p>杭州十九楼网络股份有限公司 版权所有 Copyright &copy; 2006-2021 19lou-like.test All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备07006105号</a> 增值电信业务经营许可证：浙B2-20080137 浙网文〔2019〕1233-088号 <img src="https://s.19lou-like.test/img/common/ga.png" width="14" height="14" alt="" />浙公网安备 33010302000190号</p>
<p>违法和不良信息举报电话：0571-87891919 举报邮箱：jubao@19lou-like.test</p>
</div></div>
<script type="text/javascript" src="https://s.19lou-like.test/js/forum/thread.js?v=20181012"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7a1b2c3d4e5f60718293a4b5c6d7e8f9";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "老沈家在城西": ("10326871", "Lv.9 副版主", 23881, 1042, "2009-04-18"),
    "小鱼吐泡泡": ("30917723", "Lv.5 中级会员", 3120, 238, "2014-06-02"),
    "钱塘小舟": ("22610584", "Lv.6 高级会员", 6715, 610, "2012-09-27"),
    "甜甜圈妈妈": ("41002197", "Lv.4 会员", 1890, 145, "2016-03-11"),
    "西湖边的风": ("18832004", "Lv.7 资深会员", 10420, 889, "2011-02-08"),
    "思远妈": ("39812766", "Lv.5 中级会员", 2704, 196, "2015-10-22"),
    "拱墅奶爸": ("45630218", "Lv.3 注册会员", 602, 47, "2018-08-15"),
}

FLOOR_NAMES = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}


def post(fid, tid, pid, no, name, when, msg, edited=""):
    uid, level, score, posts, reg = USERS[name]
    label = FLOOR_NAMES.get(no, f"{no}楼")
    edit = f'<p class="edit-info">本帖最后由 {name} 于 {edited} 编辑</p>\n' if edited else ""
    only = f'<a href="/forum-{fid}-thread-{tid}-1-1.html?uid={uid}" rel="nofollow" class="only-lz">只看楼主</a>' if no == 1 else ""
    return f"""<div class="post clearall" id="pid{pid}">
<div class="user-info fl">
<a href="https://www.19lou-like.test/user/{uid}" target="_blank" class="avatar"><img src="https://s.19lou-like.test/img/common/avatar_default.png" width="100" height="100" alt="" /></a>
<p class="name"><a href="https://www.19lou-like.test/user/{uid}" target="_blank">{name}</a></p>
<p class="level">{level}</p>
<ul class="user-data"><li>积分<em>{score}</em></li><li>帖子<em>{posts}</em></li></ul>
<p class="reg-time">注册时间：{reg}</p>
</div>
<div class="post-main fr">
<div class="post-info clearall"><span class="floor fr"><a href="#pid{pid}" class="floor-num">{label}</a></span><span class="post-time">发表于 {when}</span>{only}</div>
<div class="post-cont">
{edit}<div class="thread-cont J_postBody" id="postmessage_{pid}">
{msg}
</div>
</div>
<div class="post-opt clearall"><a href="javascript:;" class="J_reply" data-pid="{pid}">回复</a><a href="javascript:;" class="J_quote" data-pid="{pid}">引用</a><a href="javascript:;" class="J_report" data-pid="{pid}">举报</a></div>
</div>
</div>
"""


def pager(fid, tid, n, count):
    if count == 1:
        return ""
    out = '<div class="pager">'
    if n > 1:
        out += f'<a href="/forum-{fid}-thread-{tid}-{n - 1}-1.html" class="page-prev">上一页</a>'
    for i in range(1, count + 1):
        out += f'<span class="page-cur">{i}</span>' if i == n else f'<a href="/forum-{fid}-thread-{tid}-{i}-1.html">{i}</a>'
    if n < count:
        out += f'<a href="/forum-{fid}-thread-{tid}-{n + 1}-1.html" class="page-next">下一页</a>'
    return out + f'<span class="page-total">共{count}页</span></div>'


def fill(title, kw, desc, fid, tid, mobile):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
        .replace("@@FID@@", str(fid)).replace("@@TID@@", str(tid)).replace("@@MOBILE@@", mobile)
    )


def thread_page(fid, tid, subject, posts, n, count, views, replies, hot):
    board, channel = BOARDS[fid]
    head = fill(
        f"{subject}" + (f"_第{n}页" if n > 1 else "") + f" - {board} - 杭州19楼",
        f"{subject},{board},19楼", subject, fid, tid, f"forum-{fid}-thread-{tid}-{n}-1.html",
    )
    hots = "".join(f'<li><a href="{u}" target="_blank">{s}</a></li>' for u, s in hot)
    return head + f"""<div class="crumbs"><a href="/">19楼</a> &gt; <a href="/">杭州</a> &gt; <a href="/forum-{fid}-1.html">{channel}</a> &gt; <a href="/forum-{fid}-1.html">{board}</a> &gt; <span>正文</span></div>
<div class="main fl">
<div class="thread-head">
<h1 class="thread-tit">{subject}</h1>
<div class="thread-data"><span>查看：<em>{views}</em></span><span>回复：<em>{replies}</em></span><a href="javascript:;" class="J_fav">收藏</a><span class="share">分享到：<a href="javascript:;" class="share-wx" title="微信">微信</a><a href="javascript:;" class="share-wb" title="新浪微博">微博</a><a href="javascript:;" class="share-qq" title="QQ空间">QQ空间</a></span></div>
</div>
{pager(fid, tid, n, count)}
<div class="post-list">
{''.join(posts)}</div>
{pager(fid, tid, n, count)}
<div class="fast-reply"><h3>快速回复</h3><div class="no-login">您还没有登录，<a href="https://www.19lou-like.test/login" rel="nofollow">登录</a>后才能回复，还没有19楼账号？<a href="https://www.19lou-like.test/register" rel="nofollow">立即注册</a></div></div>
</div>
<div class="side fr">
<div class="side-box"><h3>热帖推荐</h3><ul>{hots}</ul></div>
<div class="side-box"><h3>猜你喜欢</h3><ul><li><a href="/forum-{fid}-1.html">更多{board}热帖</a></li></ul></div>
<div class="side-ad"><script type="text/javascript" src="https://ad.19lou-like.test/show?pos=thread_side"></script></div>
</div>
""" + FOOT


def br(paras):
    return "<br />\n".join(paras)


def build() -> Family:
    fam = Family(
        HOST,
        "19楼 (19lou.com) Hangzhou city forum, its own thread template (GBK, forum-N-thread-M-1-1.html)",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    s3, s4 = SPEECHES["g38a-3"], SPEECHES["g38a-4"]
    t1, t2 = 10391538427766520, 13701637954190412
    subj1 = "国庆女儿出嫁，我在婚礼上的致辞，讲到一半自己先哭了"
    subj2 = "昨晚家长会被班主任拉上去当家长代表发言，发一下稿子，欢迎拍砖"
    u1 = f"/forum-1634-thread-{t1}-1-1.html"
    u2 = f"/forum-26-thread-{t2}-1-1.html"

    # topic 1: speech in 楼主, replies over two pages
    msg1 = "女儿国庆结婚，婚礼上我代表女方家长讲了几句。稿子写了改、改了写，前后弄了一个多星期。很多19楼的朋友问我要，就发上来吧。<br />\n<br />\n" + br(s3.paras)
    posts1 = [post(1634, t1, 188201, 1, "老沈家在城西", "2018-10-07 21:36", msg1)]
    reps = [
        ("小鱼吐泡泡", "2018-10-07 21:41", "沙发！恭喜恭喜！"),
        ("钱塘小舟", "2018-10-07 21:58", "看得我眼泪都下来了，想起我爸了。"),
        ("甜甜圈妈妈", "2018-10-07 22:20", "“从来没有隔夜的气”，这句记下来了。"),
        ("西湖边的风", "2018-10-08 08:13", "老沈，恭喜当岳父了！"),
        ("拱墅奶爸", "2018-10-08 09:47", "写得真好，朴实，下个月我妹妹结婚，借鉴一下。"),
    ]
    for i, (name, when, text) in enumerate(reps, start=2):
        posts1.append(post(1634, t1, 188201 + i * 11, i, name, when, text))
    posts1b = [
        post(1634, t1, 188655, 7, "钱塘小舟", "2018-10-09 12:30", '<div class="quote"><blockquote>拱墅奶爸 发表于 2018-10-08 09:47<br />写得真好，朴实，下个月我妹妹结婚，借鉴一下。</blockquote></div>同借鉴，提前恭喜。'),
        post(1634, t1, 188702, 8, "老沈家在城西", "2018-10-09 19:05", "谢谢大家的祝福，回头发喜糖。"),
    ]
    hot1 = [(u2, subj2), ("/forum-1634-1.html", "【杭州结婚】2018年10月婚礼晒图汇总帖")]
    fam.put(u1, thread_page(1634, t1, subj1, posts1, 1, 2, 12087, 7, hot1))
    fam.put(f"/forum-1634-thread-{t1}-2-1.html", thread_page(1634, t1, subj1, posts1b, 2, 2, 12087, 7, hot1))
    fam.doc([u1], s3, title=subj1, published_at="2018-10-07")

    # topic 2: speech edited once, one page
    msg2 = br(s4.paras) + "<br />\n<br />\n发完才发现有几个错别字，改了一下。"
    posts2 = [
        post(26, t2, 935120, 1, "思远妈", "2021-11-20 07:58", msg2, edited="2021-11-20 08:15"),
        post(26, t2, 935133, 2, "甜甜圈妈妈", "2021-11-20 08:26", "每天半小时一家人一起看书，这个我们家也要试试。"),
        post(26, t2, 935160, 3, "拱墅奶爸", "2021-11-20 09:02", "放手这一条说到心坎上了，我就是那个坐在旁边盯作业的。"),
        post(26, t2, 935219, 4, "西湖边的风", "2021-11-20 10:44", "好帖，推荐到版面首页。"),
    ]
    hot2 = [(u1, subj1), ("/forum-26-1.html", "杭州小学四年级数学怎么辅导？过来人说说")]
    fam.put(u2, thread_page(26, t2, subj2, posts2, 1, 1, 5306, 3, hot2))
    fam.doc([u2], s4, title=subj2, published_at="2021-11-20")

    def board_page(fid, rows_data):
        board, channel = BOARDS[fid]
        rows = "".join(
            f"""<tr><td class="subject"><a href="{u}" target="_blank" class="subject-link">{s}</a></td><td class="author"><a href="https://www.19lou-like.test/user/{USERS[a][0]}" target="_blank">{a}</a><br /><span>{d}</span></td><td class="num"><em>{r}</em>/{v}</td><td class="lastpost">{last}</td></tr>
"""
            for u, s, a, d, r, v, last in rows_data
        )
        return fill(f"{board} - 杭州19楼", f"{board},19楼", board, fid, 0, f"forum-{fid}-1.html") + f"""<div class="crumbs"><a href="/">19楼</a> &gt; <a href="/">杭州</a> &gt; <a href="/forum-{fid}-1.html">{channel}</a> &gt; <span>{board}</span></div>
<div class="main fl">
<div class="board-head"><h1>{board}</h1><a href="https://www.19lou-like.test/post?fid={fid}" rel="nofollow" class="btn-post">发帖</a></div>
<table class="list-data" cellspacing="0" cellpadding="0">
<tr class="list-head"><th>标题</th><th>作者</th><th>回复/查看</th><th>最后回复</th></tr>
{rows}</table>
</div>
""" + FOOT

    fam.put("/forum-1634-1.html", board_page(1634, [(u1, subj1, "老沈家在城西", "2018-10-07", 7, 12087, "2018-10-09 19:05")]))
    fam.put("/forum-26-1.html", board_page(26, [(u2, subj2, "思远妈", "2021-11-20", 3, 5306, "2021-11-20 10:44")]))
    home = fill("杭州19楼 - 杭州第一生活消费社区", "19楼,杭州,论坛", "19楼，杭州生活消费社区", 0, 0, "") + f"""<div class="main fl">
<div class="index-box"><h3>今日热帖</h3><ul>
<li><a href="{u1}" target="_blank">{subj1}</a></li>
<li><a href="{u2}" target="_blank">{subj2}</a></li>
</ul></div>
<div class="index-box"><h3>热门版块</h3><ul><li><a href="/forum-1634-1.html">杭州结婚</a></li><li><a href="/forum-26-1.html">杭州家长帮</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /post\nDisallow: /*?uid=\n")
    fam.not_documents += ["/", "/forum-1634-1.html", "/forum-26-1.html", f"/forum-1634-thread-{t1}-2-1.html"]
    fam.noise += [
        "稿子写了改、改了写",
        "很多19楼的朋友问我要",
        "想起我爸了",
        "老沈，恭喜当岳父了",
        "发完才发现有几个错别字",
        "本帖最后由",
        "说到心坎上了",
        "浙ICP备07006105号",
        "杭州十九楼网络股份有限公司",
        "热帖推荐",
        "只看楼主",
        "下载19楼APP",
    ]
    return fam
