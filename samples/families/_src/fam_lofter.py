"""A 网易 LOFTER personal blog as its pages print it with a user-chosen theme (here a 极简 single-column
theme built on LOFTER's template tags): posts at extensionless `/post/<blogId hex>_<postId hex>`, a
photo post (`imgclasstag` images with `bigimgsrc`, caption line inside the text) and a text post;
`#tag` links to `/tag/…`, date / 热度(N) / 评论(N) line, the 热度 notes list below the text (喜欢了此文字 /
推荐了此文字 / 评论了此文字：…), 上一篇 / 下一篇, the LOFTER control iframe and footer; the index `/`
shows digests with 阅读全文 and pages with `?page=2&t=<ms>` (a query route); `/view` is the script-filled
归档 page."""

from common import SPEECHES, Family, render

HOST = "nanchuang-shuwu.lofter-like.test"
BASE = f"http://{HOST}"
BLOG_ID = "1f3a2c"
BLOG_NUM = 2046508

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="Keywords" content="@@KEYWORDS@@" />
<meta name="Description" content="@@DESC@@" />
<meta name="author" content="南窗书屋" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="LOFTER" />
<title>@@TITLE@@</title>
<link rel="shortcut icon" href="//lofter.lf127.net/1575616545285/favicon.ico" type="image/x-icon" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://nanchuang-shuwu.lofter-like.test/rss" />
<link rel="stylesheet" href="//lofter.lf127.net/1575616545285/lofter/theme/theme_base.css" />
<!-- theme: 极简·白 by lofter designer, customized -->
<style type="text/css">
body{background:#fafafa;color:#444;font:14px/1.9 "Helvetica Neue",Arial,"Microsoft YaHei";}
.g-mn{width:640px;margin:0 auto;}
.m-post .text p{margin:0 0 1em;}
.m-post .info{color:#aaa;font-size:12px;}
.m-cmt .notes li{color:#999;font-size:12px;}
</style>
</head>
<body>
<iframe id="control_frame" frameborder="0" allowtransparency="true" scrolling="no" style="position:fixed;top:0;right:0;width:233px;height:34px;z-index:1000;" src="//www.lofter.com/control?blogId=2046508"></iframe>
<div class="g-hd">
  <div class="m-hd">
    <div class="avatar"><a href="http://nanchuang-shuwu.lofter-like.test/"><img src="http://imglf3.nosdn.127.net/img/Q0tEeGZ4TXpNdjFvWkVvdz09.jpg?imageView&amp;thumbnail=80x80&amp;quality=90&amp;type=jpg" alt="南窗书屋" /></a></div>
    <h1><a href="http://nanchuang-shuwu.lofter-like.test/">南窗书屋</a></h1>
    <div class="dsc"><p>一家小书店二楼的读书会，也记一点城里的光影。</p></div>
    <ul class="nav">
      <li><a href="http://nanchuang-shuwu.lofter-like.test/">首页</a></li>
      <li><a href="http://nanchuang-shuwu.lofter-like.test/view">归档</a></li>
      <li><a href="http://nanchuang-shuwu.lofter-like.test/rss">RSS</a></li>
      <li><a href="http://www.lofter.com/message/nanchuang-shuwu" target="_blank">私信</a></li>
    </ul>
  </div>
</div>
<div class="g-mn">
"""

FOOT = """</div>
<div class="g-ft">
  <div class="m-ft">
    <span>&copy; 南窗书屋</span> | <span>Powered by <a href="http://www.lofter.com" target="_blank">LOFTER</a></span>
  </div>
</div>
<script type="text/javascript" src="//lofter.lf127.net/1575616545285/lofter/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="//lofter.lf127.net/1575616545285/lofter/js/theme_common.js"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-25155564-1']);
_gaq.push(['_setLocalGifPath', '/UA-25155564-1/__utm.gif']);
_gaq.push(['_setLocalRemoteServerMode']);
_gaq.push(['_trackPageview']);
(function() {
  var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
  ga.src = '//wr.da.netease.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();
</script>
<script type="text/javascript">
window.ntesLoft = { blogId: 2046508, blogName: 'nanchuang-shuwu', postId: '@@POSTID@@' };
</script>
</body>
</html>
"""

POSTS = [
    {"key": "LFT1", "pid": "1c8e4b2d", "date": "2019-12-28", "time": "2019-12-28 22:47", "hot": 41, "cmt": 2,
     "tags": ["摄影", "年会", "致辞"], "photo": True, "t": 1577544420000},
    {"key": "LFT2", "pid": "1c9f07a3", "date": "2020-10-17", "time": "2020-10-17 23:05", "hot": 67, "cmt": 3,
     "tags": ["南窗读书会", "读书会", "三周年"], "photo": False, "t": 1602947100000},
]

NOTES = {
    "LFT1": [
        ("光影拾遗", "guangying-shiyi", "推荐了此文字"),
        ("冯老师的暗房", "fenglaoshi", "喜欢了此文字"),
        ("小邓不加班", "xiaodeng", "评论了此文字：布展那三天真的累，但看到展厅里的街坊们，值了。"),
        ("城南旧事", "chengnanjiushi", "喜欢了此文字"),
        ("阿树", "ashu1990", "推荐了此文字"),
    ],
    "LFT2": [
        ("孙老师的读书卡片", "sunlaoshi", "评论了此文字：三年一晃就过去了，下一个三年也要一起读。"),
        ("吴小记", "wuxiaoji", "推荐了此文字"),
        ("老周", "laozhou-dushu", "评论了此文字：谢谢大家那年冬天来医院看我。"),
        ("晴天有书", "qingtianyoushu", "喜欢了此文字"),
        ("一只书虫", "yizhishuchong", "喜欢了此文字"),
        ("南窗书屋", "nanchuang-shuwu", "回复 老周：等您身体好了，接着领读《人间草木》。"),
    ],
}


def path_of(post):
    return f"/post/{BLOG_ID}_{post['pid']}"


def content_html(post, speech):
    out = []
    if post["photo"]:
        out.append('<div class="pic">')
        for img in ("YUpNbGhVOGJkYnpvTjhRRw", "YUpNbGhVOGJkYnB1SXRBTw"):
            out.append(
                f'<a class="imgclasstag" imggroup="gal" bigimgwidth="1600" bigimgheight="1067" '
                f'bigimgsrc="http://imglf4.nosdn.127.net/img/{img}==.jpg?imageView&amp;thumbnail=1680x0&amp;quality=96&amp;stripmeta=0&amp;type=jpg" href="#">'
                f'<img src="http://imglf4.nosdn.127.net/img/{img}==.jpg?imageView&amp;thumbnail=500x0&amp;quality=96&amp;stripmeta=0&amp;type=jpg" /></a>'
            )
        out.append("</div>")
        out.append('<div class="text">')
        out.append('<p><span style="color:#999999;">图：年会现场，协会主席团与获奖会员合影。摄影 / 光影拾遗</span></p>')
        out.append("<p><br /></p>")
    else:
        out.append('<div class="text">')
        out.append('<p><span style="color:#999999;">【南窗读书会·三周年】以下是发起人在分享会上的发言，据录音整理，经本人审阅。</span></p>')
    for p in speech.paras:
        out.append(f"<p>{p}</p>")
    if post["photo"]:
        out.append('<p><br /></p><p><span style="color:#999999;">（转载请私信，谢谢。原文首发于协会公众号。）</span></p>')
    else:
        out.append('<p><br /></p><p><span style="color:#999999;">—— 南窗读书会，每隔一周的周六下午，书店二楼，欢迎来坐坐。</span></p>')
    out.append("</div>")
    return "\n".join(out)


def notes_html(post):
    items = []
    for name, blog, what in NOTES[post["key"]]:
        items.append(
            f'<li class="note"><a class="avatar" href="http://{blog}.lofter.com/" target="_blank"><img src="http://imglf.nosdn.127.net/img/{blog}.jpg?imageView&amp;thumbnail=32x32" /></a>'
            f'<a class="name" href="http://{blog}.lofter.com/" target="_blank">{name}</a> <span class="action">{what}</span></li>'
        )
    return "\n".join(items)


def post_page(post, speech, prev, nxt):
    tags = "\n".join(f'<a href="{BASE}/tag/{t}">#{t}</a>' for t in post["tags"])
    pn = []
    if prev:
        pn.append(f'<a class="prev" href="{BASE}{path_of(prev)}">&lt; 上一篇</a>')
    if nxt:
        pn.append(f'<a class="next" href="{BASE}{path_of(nxt)}">下一篇 &gt;</a>')
    body = f"""<div class="m-post m-post-{'photo' if post['photo'] else 'text'}">
  <div class="ct">
    <h2 class="ttl"><a href="{BASE}{path_of(post)}">{speech.title}</a></h2>
    <div class="cont">
{content_html(post, speech)}
    </div>
    <div class="tag">
{tags}
    </div>
    <div class="info">
      <a class="date" href="{BASE}{path_of(post)}">{post['date']}</a>
      <a class="hot" href="#notes">热度({post['hot']})</a>
      <a class="cmt" href="#notes">评论({post['cmt']})</a>
      <a class="share" href="javascript:void(0);" onclick="loft.share('{path_of(post)}')">分享</a>
    </div>
  </div>
  <div class="m-pager">
    {' '.join(pn)}
  </div>
  <div class="m-cmt" id="notes">
    <h3>热度({post['hot']})</h3>
    <ul class="notes">
{notes_html(post)}
    </ul>
    <div class="more"><a href="javascript:void(0);" onclick="loft.moreNotes()">查看更多</a></div>
    <div class="cmt-tip">评论需要<a href="http://www.lofter.com/login?urschecked=true&amp;target=" target="_blank">登录</a>，还没有LOFTER账号？<a href="http://www.lofter.com/" target="_blank">立即注册</a></div>
  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}-南窗书屋",
        KEYWORDS=",".join(post["tags"]) + ",南窗书屋,LOFTER",
        DESC=speech.paras[1][:80],
        POSTID=post["pid"],
    )


def index_page(post, speech, page, prev_t):
    digest = "\n".join(f"<p>{p}</p>" for p in speech.paras[:2])
    tags = " ".join(f'<a href="{BASE}/tag/{t}">#{t}</a>' for t in post["tags"])
    if page == 1:
        pager = f'<a class="next" href="{BASE}/?page=2&amp;t={prev_t}">下一页</a>'
    else:
        pager = f'<a class="prev" href="{BASE}/?page=1">上一页</a>'
    body = f"""<div class="m-postlst">
<div class="m-post">
  <div class="ct">
    <h2 class="ttl"><a href="{BASE}{path_of(post)}">{speech.title}</a></h2>
    <div class="cont"><div class="text">
{digest}
    </div></div>
    <div class="more"><a href="{BASE}{path_of(post)}">阅读全文 &gt;&gt;</a></div>
    <div class="tag">{tags}</div>
    <div class="info"><a class="date" href="{BASE}{path_of(post)}">{post['date']}</a> <a class="hot" href="{BASE}{path_of(post)}#notes">热度({post['hot']})</a> <a class="cmt" href="{BASE}{path_of(post)}#notes">评论({post['cmt']})</a></div>
  </div>
</div>
</div>
<div class="m-pager">{pager}</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="南窗书屋",
        KEYWORDS="南窗书屋,读书会,LOFTER",
        DESC="一家小书店二楼的读书会，也记一点城里的光影。",
        POSTID="",
    )


def archive_page():
    body = """<div class="m-archive" id="archive">
<h2>归档</h2>
<div class="m-filter"><a href="javascript:void(0);" class="on">全部</a> <a href="javascript:void(0);">文字</a> <a href="javascript:void(0);">图片</a></div>
<div class="m-months" id="monthList"><div class="loading">加载中...</div></div>
</div>
<script type="text/javascript" src="//www.lofter.com/dwr/engine.js"></script>
<script type="text/javascript" src="//www.lofter.com/dwr/interface/ArchiveBean.js"></script>
<script type="text/javascript">
ArchiveBean.getArchivePostByTime(2046508, new Date().getTime(), 50, 20, false, function(posts){ loft.archive.render(posts, 'monthList'); });
</script>
"""
    return render(HEAD + body + FOOT, TITLE="归档-南窗书屋", KEYWORDS="南窗书屋,归档", DESC="南窗书屋的归档", POSTID="")


def build() -> Family:
    fam = Family(HOST, "网易 LOFTER personal blog with a user-chosen theme", content_type="text/html;charset=UTF-8",
                 extensionless_html=True)
    a, b = POSTS
    sa, sb = SPEECHES[a["key"]], SPEECHES[b["key"]]
    fam.put(path_of(a), post_page(a, sa, None, b))
    fam.put(path_of(b), post_page(b, sb, a, None))
    fam.doc([path_of(a)], sa)
    fam.doc([path_of(b)], sb)
    fam.put("/", index_page(b, sb, 1, b["t"]))
    fam.route(f"/?page=2&t={b['t']}", "/page/index-2.html", index_page(a, sa, 2, None))
    fam.route("/?page=1", "/page/index-1.html", index_page(b, sb, 1, b["t"]))
    fam.put("/view", archive_page())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /dwr/\nDisallow: /control\n", "ascii")
    fam.not_documents += ["/", f"/?page=2&t={b['t']}", "/view"]
    fam.noise += [
        "热度(", "评论(", "喜欢了此文字", "推荐了此文字", "评论了此文字", "回复 老周", "上一篇", "下一篇",
        "图：年会现场", "摄影 / 光影拾遗", "据录音整理，经本人审阅", "转载请私信", "原文首发于协会公众号",
        "欢迎来坐坐", "#摄影", "#南窗读书会", "Powered by", "查看更多", "立即注册", "阅读全文",
        "一家小书店二楼的读书会",
    ]
    return fam
