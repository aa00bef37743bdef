"""搜狐博客 (USER.blog.sohu.com/ID.html) entry pages as a 2012 blog printed them, in a second skin: GBK
bytes, header `text/html; charset=GBK`, XHTML Transitional, the `_blog_domain` / `_ebi` / `_pgt` globals
and pp.sohu.com.cn scripts, the sohu top bar (搜狐首页 / 新闻 / 微博 / 博客 / 登录), the blog head
(`#blogTitle`, `#blogDesc`, nav 首页 / 博客 / 相册 / 档案 / 好友), numeric entries `/236542187.html`
whose `div.item` holds `div.item-head` (h2 title, date, 分类), `div.item-body > div.item-content#main-content`
(`<p>` lines as the editor stored them), `div.item-info` counters filled by script (阅读 / 评论 / 分享),
标签, the 分享到 bar, 上一篇 / 下一篇, comments loaded by script into `#entrycomments`
(`正在加载评论…`, `发表评论` needing 搜狐通行证), 你可能感兴趣的博文, the right column (博主名片, 日志分类,
最新日志, 最近访客 by script, ad iframe) and the sohu footer (Copyright © 2012 Sohu.com Inc.,
京ICP证030367号). Home `/` with entry summaries and 阅读全文, the entry list `/entry/`."""

from common import SPEECHES, Family, render

HOST = "zhoujianmin66.blog.sohu-like.test"
DOMAIN = "zhoujianmin66"
BASE = f"http://{HOST}"

ELDERS = SPEECHES["f39a-5"]
WATER = SPEECHES["f39a-6"]

ENTRIES = [
    {"id": "238471056", "speech": WATER, "date": "2012-11-08 19:26", "cat": "工作文稿", "tags": ["水利", "动员会"],
     "tail": "（根据镇党委书记在动员会上的讲话整理，会后有删改）"},
    {"id": "235120947", "speech": ELDERS, "date": "2012-10-23 21:03", "cat": "社区那些事", "tags": ["重阳节", "敬老"],
     "tail": ""},
    {"id": "233806615", "speech": None, "title": "秋收时节回老家", "date": "2012-10-02 16:40", "cat": "随笔",
     "tags": []},
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://zhoujianmin66.blog.sohu-like.test/rss" />
<link type="text/css" rel="stylesheet" href="http://js1.pp.sohu.com.cn/ppp/blog/styles_ppp/css/blog_pub_v2.css?v=20120816" />
<link type="text/css" rel="stylesheet" href="http://js1.pp.sohu.com.cn/ppp/blog/themes/skins/t_2011/style.css" id="themeCSS" />
<script type="text/javascript">
var _blog_domain = 'zhoujianmin66';
var _ebi = '7c3e9a1f20';
var _xpt = 'emhvdWppYW5taW42NkBzb2h1LmNvbQ==';
var _upT = '2012-11-08 19:26';
var _ept = '@@EPT@@';
var _pgt = '@@PGT@@';
var _bd_area = 'blog';
</script>
<script type="text/javascript" src="http://js1.pp.sohu.com.cn/ppp/blog/js_ppp/blog_ppp_v2.js?v=20120816"></script>
</head>
<body class="body-entry">
<div id="sohuNav">
<div class="sohuNavBox">
<a href="http://www.sohu.com/" target="_blank">搜狐首页</a> - <a href="http://news.sohu.com/" target="_blank">新闻</a> - <a href="http://t.sohu.com/" target="_blank">微博</a> - <a href="http://blog.sohu.com/" target="_blank">博客</a> - <a href="http://i.sohu.com/" target="_blank">我的搜狐</a>
<span class="navLogin"><a href="http://passport.sohu.com/web/signin.jsp?ru=@@RU@@" target="_blank">登录</a> | <a href="http://passport.sohu.com/web/reg.jsp" target="_blank">注册</a></span>
</div>
</div>
<div id="wrapper">
<div id="header">
<div id="blogTitle">
<h1><a href="http://zhoujianmin66.blog.sohu-like.test/">建民的博客</a></h1>
<div id="blogDesc">镇上的事，社区的事，写下来给自己看</div>
<div id="blogUrl">http://zhoujianmin66.blog.sohu.com</div>
</div>
<div id="navBar"><ul>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/">首页</a></li>
<li class="@@NAV_ENTRY@@"><a href="http://zhoujianmin66.blog.sohu-like.test/entry/">博客</a></li>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/album/">相册</a></li>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/profile/">档案</a></li>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/friends/">好友</a></li>
</ul></div>
</div>
<div id="main" class="clearfix">
"""

SIDE = """<div id="sideBar">
<div class="box" id="profileBox">
<div class="title"><h3>博主名片</h3></div>
<div class="content">
<div class="avatar"><a href="http://zhoujianmin66.blog.sohu-like.test/profile/"><img src="http://0.s1.pp.sohu.com.cn/images/blog/2012/3/12/8/7/u226190423_13628cf4c3ag214.jpg" width="120" height="120" alt="建民" /></a></div>
<div class="nick"><a href="http://zhoujianmin66.blog.sohu-like.test/profile/">建民</a></div>
<ul class="profileInfo"><li>所在地：安徽 六安</li><li>博文：86篇</li><li>访问：<span id="blogPV"></span></li></ul>
<div class="profileAct"><a href="javascript:void(0)" onclick="Blog.addFriend('7c3e9a1f20');return false;">加为好友</a> <a href="javascript:void(0)" onclick="Blog.sendMsg('7c3e9a1f20');return false;">发纸条</a></div>
</div>
</div>
<div class="box" id="categoryBox">
<div class="title"><h3>日志分类</h3></div>
<div class="content"><ul>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/entry/?cid=1">工作文稿</a> (31)</li>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/entry/?cid=2">社区那些事</a> (24)</li>
<li><a href="http://zhoujianmin66.blog.sohu-like.test/entry/?cid=3">随笔</a> (31)</li>
</ul></div>
</div>
<div class="box" id="newEntryBox">
<div class="title"><h3>最新日志</h3></div>
<div class="content"><ul>
@@NEWEST@@
</ul></div>
</div>
<div class="box" id="visitorBox">
<div class="title"><h3>最近访客</h3></div>
<div class="content" id="recentVisitors"><script type="text/javascript">Blog.loadVisitors('7c3e9a1f20');</script></div>
</div>
<div class="box" id="adBox">
<iframe src="http://blog.sohu.com/ad/right_250x250.html" width="250" height="250" frameborder="0" scrolling="no"></iframe>
</div>
</div>
</div>
<div id="footer">
<div class="footerNav"><a href="http://corp.sohu.com/" target="_blank">搜狐公司简介</a> - <a href="http://www.sohu.com/about/privacy.html" target="_blank">隐私保护</a> - <a href="http://blog.sohu.com/manage/help.htm" target="_blank">博客帮助</a> - <a href="http://blog.sohu.com/manage/report.htm" target="_blank">举报不良信息</a></div>
<div class="copyright">Copyright &copy; 2012 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有<br /><a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证030367号</a></div>
</div>
</div>
<script type="text/javascript" src="http://js1.pp.sohu.com.cn/ppp/blog/js_ppp/blog_stat.js"></script>
<script type="text/javascript">
var _sohuStat = { pgt: '@@PGT@@', ebi: '7c3e9a1f20' };
</script>
</body>
</html>
"""


def path_of(e: dict) -> str:
    return f"/{e['id']}.html"


def title_of(e: dict) -> str:
    return e["speech"].title if e["speech"] else e["title"]


def newest_html() -> str:
    return "\n".join(f'<li><a href="{BASE}{path_of(e)}">{title_of(e)}</a></li>' for e in ENTRIES)


def entry_page(e: dict) -> str:
    i = ENTRIES.index(e)
    newer = ENTRIES[i - 1] if i > 0 else None
    older = ENTRIES[i + 1] if i + 1 < len(ENTRIES) else None
    sp = e["speech"]
    paras = "\n".join(f"<p>　　{p}</p>" for p in sp.paras)
    if e["tail"]:
        paras += f'\n<p>&nbsp;</p>\n<p style="text-align:right;">{e["tail"]}</p>'
    tags = " ".join(f'<a href="http://blog.sohu.com/tag/{t}/" target="_blank">{t}</a>' for t in e["tags"])
    nav = '<div class="item-nav clearfix">'
    if newer:
        nav += f'<span class="prev">上一篇：<a href="{BASE}{path_of(newer)}">{title_of(newer)}</a></span>'
    if older:
        nav += f'<span class="next">下一篇：<a href="{BASE}{path_of(older)}">{title_of(older)}</a></span>'
    nav += "</div>"
    body = f"""<div id="contentA">
<div class="item" id="entry_{e['id']}">
<div class="item-head">
<h2><span>{sp.title}</span></h2>
<div class="date"><span class="date">{e['date']}</span> <span class="cat">分类：<a href="{BASE}/entry/?cid=1">{e['cat']}</a></span></div>
</div>
<div class="item-body">
<div class="item-content" id="main-content">
{paras}
</div>
<div class="item-info">
<span class="tag">标签：{tags}</span>
<span class="counts"><a href="{BASE}{path_of(e)}">阅读</a>(<span id="readcount_{e['id']}"></span>) | <a href="{BASE}{path_of(e)}#comment">评论</a>(<span id="commentcount_{e['id']}"></span>) | 分享(<span id="sharecount_{e['id']}"></span>)</span>
</div>
<div class="share-bar">分享到：<a href="javascript:void(0)" class="share-tsohu" onclick="Blog.share('tsohu','{e['id']}')">搜狐微博</a> <a href="javascript:void(0)" class="share-tsina" onclick="Blog.share('tsina','{e['id']}')">新浪微博</a> <a href="javascript:void(0)" class="share-qzone" onclick="Blog.share('qzone','{e['id']}')">QQ空间</a> <a href="javascript:void(0)" class="share-renren" onclick="Blog.share('renren','{e['id']}')">人人网</a> <a href="javascript:void(0)" class="share-kaixin" onclick="Blog.share('kaixin','{e['id']}')">开心网</a>
<span class="item-act"><a href="javascript:void(0)" onclick="Blog.recommend('{e['id']}')">推荐</a> | <a href="javascript:void(0)" onclick="Blog.favorite('{e['id']}')">收藏</a> | <a href="http://blog.sohu.com/manage/report.htm?ebi=7c3e9a1f20&amp;id={e['id']}" target="_blank">举报</a></span></div>
{nav}
</div>
</div>
<div class="box" id="interestBox">
<div class="title"><h3>你可能感兴趣的博文</h3></div>
<div class="content"><ul>
<li><a href="http://wangxiaoqin1975.blog.sohu.com/231802216.html" target="_blank">社区工作十年，我最难忘的几个人</a></li>
<li><a href="http://liulaoshi2008.blog.sohu.com/236005412.html" target="_blank">冬修水利，我们村是这么干的</a></li>
<li><a href="http://zhangyh_ah.blog.sohu.com/234418870.html" target="_blank">重阳节带父亲去爬山</a></li>
</ul></div>
</div>
<a name="comment"></a>
<div class="box" id="entrycomments">
<div class="title"><h3>评论</h3></div>
<div class="content" id="commentList"><p class="loading">正在加载评论…</p></div>
<div class="commentForm"><p>发表评论请先 <a href="http://passport.sohu.com/web/signin.jsp" target="_blank">登录搜狐通行证</a></p></div>
<script type="text/javascript">Blog.loadComments('7c3e9a1f20', '{e['id']}', 1);</script>
</div>
</div>
"""
    return render(HEAD + body + SIDE, TITLE=f"{sp.title} - 建民的日志 - 搜狐博客",
                  KEYWORDS=f"{sp.title},建民的博客,搜狐博客", DESC=sp.paras[2][:60], EPT=e["id"], PGT="entry",
                  NAV_ENTRY="current", RU=f"http%3A%2F%2F{DOMAIN}.blog.sohu.com%2F{e['id']}.html",
                  NEWEST=newest_html())


def list_page(home: bool) -> str:
    rows = []
    for e in ENTRIES:
        if home:
            summary = (e["speech"].paras[2][:90] + "……") if e["speech"] else "国庆长假回了趟老家，正赶上收稻子……"
            rows.append(f"""<div class="item">
<div class="item-head"><h2><a href="{BASE}{path_of(e)}">{title_of(e)}</a></h2><div class="date">{e['date']}</div></div>
<div class="item-body"><div class="item-content">{summary}</div>
<div class="more"><a href="{BASE}{path_of(e)}">阅读全文&gt;&gt;</a></div></div>
<div class="item-info">分类：{e['cat']} | <a href="{BASE}{path_of(e)}#comment">评论</a></div>
</div>""")
        else:
            rows.append(f'<li><span class="date">{e["date"][:10]}</span><a href="{BASE}{path_of(e)}">{title_of(e)}</a> <span class="cat">[{e["cat"]}]</span></li>')
    if home:
        inner = "\n".join(rows)
    else:
        inner = ('<div class="box"><div class="title"><h3>全部日志</h3></div><ul class="entryList">\n'
                 + "\n".join(rows) + '\n</ul><div class="page-nav">共86篇 <a href="' + BASE
                 + '/entry/index2.html">下一页</a></div></div>')
    body = f'<div id="contentA">\n{inner}\n</div>\n'
    return render(HEAD + body + SIDE, TITLE="建民的博客 - 搜狐博客" if home else "博客 - 建民的博客 - 搜狐博客",
                  KEYWORDS="建民,建民的博客,搜狐博客", DESC="镇上的事，社区的事，写下来给自己看", EPT="",
                  PGT="home" if home else "entry", NAV_ENTRY="" if home else "current",
                  RU=f"http%3A%2F%2F{DOMAIN}.blog.sohu.com%2F", NEWEST=newest_html())


def build() -> Family:
    fam = Family(HOST, "搜狐博客 (USER.blog.sohu.com/ID.html) entries, 2012, GBK", encoding="gbk",
                 content_type="text/html; charset=GBK")
    for e in ENTRIES[:2]:
        fam.put(path_of(e), entry_page(e))
    fam.put("/", list_page(True))
    fam.put("/entry/", list_page(False))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /manage/\nDisallow: /action/\n", "ascii")
    fam.doc([path_of(ENTRIES[0])], WATER, published_at="2012-11-08")
    fam.doc([path_of(ENTRIES[1])], ELDERS, published_at="2012-10-23")
    fam.not_documents += ["/entry/"]
    fam.noise += [
        "根据镇党委书记在动员会上的讲话整理", "标签：", "分类：", "分享到：", "搜狐微博", "上一篇：", "下一篇：",
        "你可能感兴趣的博文", "正在加载评论…", "登录搜狐通行证", "博主名片", "日志分类", "最新日志", "最近访客",
        "京ICP证030367号", "搜狐公司 版权所有", "阅读全文", "建民的博客", "加为好友",
    ]
    fam.note = ("counters, comments and visitors are filled by script (empty as served); the 水利 speech ends with "
                "the blogger's right-aligned note （根据…整理，会后有删改）; the older 随笔 entry is not served")
    return fam
