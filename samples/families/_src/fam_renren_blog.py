"""人人网 日志 (blog.renren.com/blog/UID/ID) as a guest saw them about 2012: UTF-8, XHTML Strict, the
`XN` globals and xnimg scripts, the blue `navBar` with the guest login box, the owner's 日志 head
(`blog-top`, 头像, 的日志 / 相册 / 分享 tabs), the entry in `div.text-article` with `h3.title-article`,
`p.info` (timestamp, 分类, 阅读 / 评论), the body in `div#blogContent` as the editor stored it (`<p>`
lines with full-width indents, `<br />` runs in the other), 分享 / 收藏 / 举报 bar, 较新一篇 / 较旧一篇, the
静态 comment list `dl.replies` (guest: 登录后才能评论), 相关日志 sidebar with 人人网热门, and the
footer (人人网 © 2012, 京ICP证090254号). Extensionless `/blog/UID/ID`; the owner's list at
`/blog/0?id=UID` and `&curpage=1` (query routes).

The long 离任发言 was posted by its author in two 日志 on the same evening, （上） ending （未完，见下篇）
and （下） opening （接上篇）: one document over both entries, joined only by the entries' own
较旧一篇 / 较新一篇 links and the link in the 上 part's closing note."""

from common import SPEECHES, Family, render, split_paras

HOST = "blog.renren-like.test"
UID = "251834076"
OWNER = "陈思远"
LIST1 = f"/blog/0?id={UID}"
LIST2 = f"/blog/0?id={UID}&curpage=1"

FAREWELL = SPEECHES["f39a-1"]
STEPDOWN = SPEECHES["f39a-2"]
PART_A, PART_B = split_paras(STEPDOWN.paras, 2)

ENTRIES = [
    # newest first, as the list shows them
    {"id": "871324105", "title": FAREWELL.title, "time": "2012-06-21 23:47", "cat": "默认分类",
     "read": 356, "paras": FAREWELL.paras, "style": "p", "note_top": "",
     "note_end": "", "speech": FAREWELL},
    {"id": "853917762", "title": STEPDOWN.title + "（下）", "time": "2012-05-13 21:36", "cat": "学生会那些事",
     "read": 187, "paras": PART_B, "style": "br", "note_top": "（接上篇）", "note_end": "", "speech": STEPDOWN},
    {"id": "853915208", "title": STEPDOWN.title + "（上）", "time": "2012-05-13 21:20", "cat": "学生会那些事",
     "read": 241, "paras": PART_A, "style": "br", "note_top": "",
     "note_end": "（未完，见下篇）", "speech": STEPDOWN},
    {"id": "840277319", "title": "五一回家，记录一下", "time": "2012-05-03 10:02", "cat": "默认分类",
     "read": 98, "paras": None},
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Description" content="人人网 校内是一个真实的社交网络，联络你和你周围的朋友。 加入人人网校内你可以:联络朋友，了解他们的最新动态；和朋友分享相片、音乐和电影；找到老同学，结识新朋友；用照片和日志记录生活,展示自我。" />
<meta name="Keywords" content="Xiaonei,Renren,校内,大学,同学,同事,白领,个人主页,博客,相册,群组,社区,交友,聊天,音乐,视频,校园,人人,人人网" />
<title>@@TITLE@@</title>
<link rel="shortcut icon" type="image/x-icon" href="http://a.xnimg.cn/favicon-rr.ico?ver=3" />
<link rel="apple-touch-icon" href="http://a.xnimg.cn/wap/apple_icon_.png" />
<link href="http://s.xnimg.cn/a51843/csspro/base/layout.css" rel="stylesheet" type="text/css" media="all" />
<link href="http://s.xnimg.cn/a49631/csspro/module/blog.css" rel="stylesheet" type="text/css" media="all" />
<link href="http://s.xnimg.cn/a47319/csspro/apps/blog-detail.css" rel="stylesheet" type="text/css" media="all" />
<script type="text/javascript">
XN = {get_check:'-1497352417',get_check_x:'8a3c4f1e',env:{domain:'renren.com',shortSiteName:'人人',siteName:'人人网'}};
</script>
<script type="text/javascript" src="http://s.xnimg.cn/a53261/n/core/base-all.js"></script>
<script type="text/javascript" src="http://s.xnimg.cn/a50466/jspro/xn.app.blog.js"></script>
<script type="text/javascript">
XN.getFileVersion(['http://s.xnimg.cn/a28410/csspro/module/minieditor.css','http://s.xnimg.cn/a46223/jspro/xn.ui.minieditor.js']);
</script>
</head>
<body id="blogdetailPage" class="layout_home">
<div id="navBar" class="nav-bar">
<div class="navigation-wrapper">
<div class="navigation clearfix">
<div class="nav-body clearfix">
<div class="logo"><a href="http://www.renren.com/" title="人人网 renren.com - 人人网首页"><img src="http://a.xnimg.cn/imgpro/v6/logo.png" alt="人人网 renren.com" /></a></div>
<div class="nav-main">
<div class="menu"><div class="menu-title"><a href="http://www.renren.com/SysHome.do" title="首页">首页</a></div></div>
<div class="menu"><div class="menu-title"><a href="http://www.renren.com/profile.do?id=@@UID@@" title="个人主页">个人主页</a></div></div>
<div class="menu"><div class="menu-title"><a href="http://friend.renren.com/myfriendlistx.do" title="好友">好友</a></div></div>
<div class="menu"><div class="menu-title"><a href="http://app.renren.com/?origin=50081" title="应用">应用</a></div></div>
<div class="menu"><div class="menu-title"><a href="http://game.renren.com/?origin=50082" title="游戏">游戏</a></div></div>
<div class="menu"><div class="menu-title"><a href="http://mobile.renren.com/home?from=50083" title="手机人人">手机</a></div></div>
</div>
<div class="nav-other">
<form id="globalSearchForm" action="http://browse.renren.com/searchEx.do?from=opensearch" method="post">
<input type="text" class="input-text" id="navSearchInput" name="q" value="找人、公共主页、游戏" /><a class="search-submit" id="navSearchSubmit" href="javascript:;">搜索</a>
</form>
<div class="account-action">
<a href="http://www.renren.com/SysHome.do?origURL=@@ORIGURL@@" class="login">登录</a><a href="http://wwv.renren.com/xn.do?ss=10113&amp;rt=27" class="reg">注册</a>
</div>
</div>
</div>
</div>
</div>
</div>
<div id="container">
<div class="guest-tip" id="guestTip">
<p><strong>加入人人网，找到老同学，结识新朋友。</strong><a href="http://wwv.renren.com/xn.do?ss=10113&amp;rt=27" class="reg-btn">立即注册</a>已有人人网帐号？<a href="http://www.renren.com/SysHome.do">登录</a></p>
</div>
<div id="content">
<div class="blog-home">
<div class="blog-top clearfix">
<div class="owner-info">
<a href="http://www.renren.com/profile.do?id=@@UID@@" class="avatar"><img src="http://hdn.xnimg.cn/photos/hdn221/20120309/2120/tiny_3fL2_2a6b000186d3118c.jpg" width="50" height="50" alt="陈思远" /></a>
<h2><a href="http://www.renren.com/profile.do?id=@@UID@@">陈思远</a>的日志</h2>
<p class="school">江城大学 外国语学院</p>
</div>
<ul class="blog-tabs">
<li class="selected"><a href="http://blog.renren-like.test/blog/0?id=@@UID@@">日志</a></li>
<li><a href="http://photo.renren.com/getalbumlist.do?id=@@UID@@">相册</a></li>
<li><a href="http://share.renren.com/share/ShareList.do?id=@@UID@@">分享</a></li>
<li><a href="http://status.renren.com/status?id=@@UID@@">状态</a></li>
</ul>
</div>
"""

FOOT = """</div>
</div>
<div id="footer">
<div class="site-footer">
<div class="float-right">
<a href="http://www.renren-inc.com/zh/" target="_blank">公司信息</a> <a href="http://www.renren-inc.com/zh/aboutus/" target="_blank">关于我们</a> <a href="http://page.renren.com/register/regGuide/" target="_blank">公共主页</a> <a href="http://dev.renren.com/" target="_blank">人人网开放平台</a> <a href="http://www.renren.com/info/agreement.jsp" target="_blank">服务条款</a> <a href="http://help.renren.com/helpcenter" target="_blank">客服</a> <a href="http://job.renren-inc.com/" target="_blank">招聘</a> <a href="http://www.renren.com/siteinfo/privacy" target="_blank">隐私</a>
</div>
<p class="copyright-info">
<span>人人网 <a href="http://www.renren-inc.com/" title="千橡公司" target="_blank">renren.com</a> &copy; 2012</span>
<span><a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证090254号</a></span>
<span><a href="http://www.renren.com/siteinfo/licence">互联网药品信息服务资格证</a></span>
<span>京公网安备110000000021号</span>
</p>
</div>
</div>
</div>
<script type="text/javascript">
XN.dom.ready(function(){ if (XN.app.blog && XN.app.blog.initDetail) { XN.app.blog.initDetail({ownerId:'@@UID@@'}); } });
</script>
<script type="text/javascript" src="http://s.xnimg.cn/a19402/jspro/xn.app.statistics.js"></script>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1142356-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>
"""

COMMENTS = {
    "871324105": [
        ("刘晓雯", "2012-06-22 00:12", "看哭了……小树林背课文那段，李老师要是看到一定很欣慰"),
        ("王老师", "2012-06-22 07:58", "讲得很好。毕业以后常回来看看。"),
        ("赵一鸣", "2012-06-22 10:31", "回复刘晓雯：糖醋里脊那段是在说我吗[哈哈]"),
    ],
    "853917762": [
        ("周可", "2012-05-13 22:05", "主席辛苦了！这一年学到很多"),
        ("吴桐", "2012-05-14 08:40", "热水延长到十一点半真的是功德无量"),
    ],
    "853915208": [
        ("李想", "2012-05-13 21:41", "沙发！等下篇"),
    ],
}

RELATED = [
    ("毕业前的最后一次班会", "刘晓雯"),
    ("写给大学四年的自己", "赵一鸣"),
    ("学生会换届那天的一些感想", "周可"),
    ("关于热水时间的问卷结果", "校学生会"),
]


def path_of(e: dict) -> str:
    return f"/blog/{UID}/{e['id']}"


def body_html(e: dict) -> str:
    if e["style"] == "p":
        inner = "\n".join(f"<p>　　{p}</p>" for p in e["paras"])
    else:
        lines = [f"　　{p}" for p in e["paras"]]
        if e["note_top"]:
            lines.insert(0, e["note_top"])
        if e["note_end"]:
            nxt = next(x for x in ENTRIES if x["id"] == "853917762")
            lines.append(f'{e["note_end"]}<a href="http://blog.renren-like.test{path_of(nxt)}" target="_blank">'
                         f'http://blog.renren.com/blog/{UID}/{nxt["id"]}</a>')
        inner = "<br />\n".join(lines) + "<br />"
    return inner


def entry_page(e: dict) -> str:
    i = ENTRIES.index(e)
    newer = ENTRIES[i - 1] if i > 0 else None
    older = ENTRIES[i + 1] if i + 1 < len(ENTRIES) else None
    pager = '<div class="blog-pager clearfix">'
    if newer:
        pager += f'<span class="pre">较新一篇：<a href="http://blog.renren-like.test{path_of(newer)}">{newer["title"]}</a></span>'
    if older:
        pager += f'<span class="next">较旧一篇：<a href="http://blog.renren-like.test{path_of(older)}">{older["title"]}</a></span>'
    pager += "</div>"
    comments = COMMENTS.get(e["id"], [])
    rows = "\n".join(
        f'<dd id="talk{9912034 + n}" class="reply">\n<a href="http://www.renren.com/profile.do?id={260011200 + n}" class="avatar">'
        f'<img src="http://hdn.xnimg.cn/photos/hdn{311 + n}/head_{n}.jpg" alt="{who}" /></a>\n'
        f'<div class="info"><a href="http://www.renren.com/profile.do?id={260011200 + n}" class="name">{who}</a>'
        f'<span class="time">{when}</span></div>\n<div class="reply-content">{what}</div>\n'
        f'<div class="reply-action"><a href="#nogo" class="reply-to">回复</a> <a href="#nogo" class="report">举报</a></div>\n</dd>'
        for n, (who, when, what) in enumerate(comments)
    )
    related = "\n".join(
        f'<li><a href="http://blog.renren.com/blog/{262000000 + n * 7}/{801000000 + n * 13}?from=relate">{t}</a>'
        f'<span class="author">{a}</span></li>'
        for n, (t, a) in enumerate(RELATED)
    )
    body = f"""<div id="single-column" class="clearfix">
<div class="blog-main">
<div class="text-article">
<h3 class="title-article"><strong>{e['title']}</strong></h3>
<p class="info">
<span class="timestamp">{e['time']}</span>
<span class="group">(分类:<a href="http://blog.renren-like.test/blog/0?id={UID}&amp;categoryId=0">{e['cat']}</a>)</span>
<span class="stat">阅读({e['read']})</span> <span class="stat">评论({len(comments)})</span>
</p>
<div id="blogContent" class="text-article">
{body_html(e)}
</div>
<div class="blog-tag">标签：<a href="http://blog.renren.com/blog/tag?tag=%E5%AD%A6%E7%94%9F%E4%BC%9A">学生会</a> <a href="http://blog.renren.com/blog/tag?tag=%E6%AF%95%E4%B8%9A">毕业</a></div>
<div class="article-action clearfix">
<div class="share-action">
<a href="#nogo" class="share" onclick="create_share_div('blog', '{e['id']}', '{UID}');return false;">分享</a><span class="count">({3 + i})</span>
<a href="#nogo" class="favorite" onclick="XN.app.blog.favorite('{e['id']}','{UID}');return false;">收藏</a>
<a href="http://support.renren.com/report/common?type=3&amp;contentId={e['id']}&amp;origURL=" class="report" target="_blank">举报</a>
</div>
<div class="ilike_icon"><a href="#nogo" class="ilike" title="喜欢">喜欢</a> <span class="count">{11 + 2 * i}</span></div>
</div>
{pager}
</div>
<div id="comments" class="replys">
<h4>评论<span class="count">({len(comments)})</span></h4>
<dl class="replies">
{rows}
</dl>
<div class="guest-reply">
<p>你需要<a href="http://www.renren.com/SysHome.do">登录</a>后才能评论，还没有人人网帐号？<a href="http://wwv.renren.com/xn.do?ss=10113&amp;rt=27">立即注册</a></p>
</div>
</div>
</div>
<div class="blog-side">
<div class="side-item">
<h4>相关日志</h4>
<ul class="related-blog">
{related}
</ul>
</div>
<div class="side-item">
<h4>人人网热门日志</h4>
<ul class="hot-blog">
<li><a href="http://blog.renren.com/blog/231009876/862211045?from=hot">毕业季：那些年我们一起追过的宿管阿姨</a></li>
<li><a href="http://blog.renren.com/blog/248812003/861903322?from=hot">考研二战，我终于上岸了</a></li>
<li><a href="http://blog.renren.com/blog/229910112/860047891?from=hot">一个人的毕业旅行攻略</a></li>
</ul>
</div>
<div class="side-item mobile-ad">
<a href="http://mobile.renren.com/showClient?v=android&amp;from=50091" target="_blank"><img src="http://a.xnimg.cn/imgpro/mobile/side-ad-2012.png" alt="人人网手机客户端" /></a>
<p>下载人人手机客户端，随时随地看好友新鲜事</p>
</div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"人人网 - {OWNER}的日志 - {e['title']}", UID=UID,
                  ORIGURL=f"http%3A%2F%2Fblog.renren.com%2Fblog%2F{UID}%2F{e['id']}")


def list_page(entries: list[dict], page: int) -> str:
    items = []
    for n, e in enumerate(entries):
        if e["paras"] is None:
            summary = "五一回了趟家，爸妈都老了一些。家门口那条路终于修好了……"
        else:
            summary = e["paras"][2 if e["note_top"] == "" else 0][:60] + "..."
        comments = len(COMMENTS.get(e["id"], []))
        items.append(f"""<div class="list-blog">
<h3><a href="http://blog.renren-like.test{path_of(e)}">{e['title']}</a></h3>
<div class="info"><span class="time">{e['time']}</span> <span class="group">分类:{e['cat']}</span></div>
<div class="content">{summary}<a href="http://blog.renren-like.test{path_of(e)}" class="more">阅读全文</a></div>
<div class="stat"><span>阅读({e['read']})</span> | <span>评论({comments})</span></div>
</div>""")
    if page == 1:
        pager = (f'<ol class="pagerpro"><li class="current"><a href="#nogo">1</a></li>'
                 f'<li><a href="http://blog.renren-like.test/blog/0?id={UID}&amp;curpage=1">2</a></li>'
                 f'<li><a href="http://blog.renren-like.test/blog/0?id={UID}&amp;curpage=1" title="下一页">下一页</a></li></ol>')
    else:
        pager = (f'<ol class="pagerpro"><li><a href="http://blog.renren-like.test/blog/0?id={UID}" title="上一页">上一页</a></li>'
                 f'<li><a href="http://blog.renren-like.test/blog/0?id={UID}">1</a></li><li class="current"><a href="#nogo">2</a></li></ol>')
    body = f"""<div id="single-column" class="clearfix">
<div class="blog-main">
<div class="blog-list-head"><span class="count">共4篇日志</span>
<select id="categorySel"><option value="-1">全部分类</option><option value="0">默认分类(2)</option><option value="1">学生会那些事(2)</option></select></div>
{chr(10).join(items)}
{pager}
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"人人网 - {OWNER}的日志", UID=UID,
                  ORIGURL=f"http%3A%2F%2Fblog.renren.com%2Fblog%2F0%3Fid%3D{UID}")


def build() -> Family:
    fam = Family(HOST, "人人网 日志 (blog.renren.com/blog/UID/ID), 2012 template", extensionless_html=True)
    served = [e for e in ENTRIES if e["paras"] is not None]
    for e in served:
        fam.put(path_of(e), entry_page(e))
    fam.route(LIST1, "/blog/0-list.html", list_page(ENTRIES[:3], 1))
    fam.route(LIST2, "/blog/0-list-p1.html", list_page(ENTRIES[3:], 2))
    fam.home = LIST1
    fam.put("/robots.txt", "User-agent: *\nDisallow: /GetEntry.do\nDisallow: /blog/*/comment\n", "ascii")
    a = ENTRIES[0]
    up, down = ENTRIES[2], ENTRIES[1]
    fam.doc([path_of(a)], FAREWELL, published_at="2012-06-21")
    fam.doc([path_of(up), path_of(down)], STEPDOWN, published_at="2012-05-13")
    fam.not_documents += [LIST2, path_of(down)]
    fam.noise += [
        "（未完，见下篇）", "（接上篇）", "较新一篇：", "较旧一篇：", "阅读(", "评论(", "分享", "收藏", "举报",
        "相关日志", "人人网热门日志", "京ICP证090254号", "人人网手机客户端", "后才能评论", "加入人人网",
        "找人、公共主页、游戏", "标签：", "沙发！等下篇", "喜欢",
    ]
    fam.note = ("the 离任发言 was posted in two 日志 (（上） 21:20 ending （未完，见下篇） with a link to the 下 part, "
                "（下） 21:36 opening （接上篇）): one document over both entries; the list's page 2 links only "
                "an unserved older entry")
    return fam
