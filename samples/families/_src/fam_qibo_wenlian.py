"""A county 文联 site on 齐博CMS v7 (qibosoft, PHP, GBK build) 文章 system: PHP's plain
`text/html` header with gbk only in the meta tag, dynamic `list.php?fid=N` and
`bencandy.php?fid=N&id=M` pages answered by query routes; an article cut by qibo's `[-page-]`
marker into `…&page=2`, with the getpage pager (首页/上一页/numbers/下一页/尾页, the current page
in `<font color=red>`, page 1 linked as `&page=1`); `您现在的位置` crumb with `-&gt;`, the
`head_loginer` login script, 发布时间/来源/作者/点击 line with the `job.php?job=updatehits`
script, 字体 大中小, 【打印】【收藏】【关闭】, 上一篇/下一篇, 相关文章, the ajax 网友评论
block and its form, the organisation's footer (主办, ICP, 公安备案) and Powered by qibosoft."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qibo-wenlian.test"
ORG = "清溪县文学艺术界联合会"
SITE = "清溪文艺网"
FID = 9

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/images/default/style.css" />
<script language="JavaScript" src="/images/default/inc.js"></script>
<script language="JavaScript" src="/images/default/default.js"></script>
<script language="JavaScript" src="/images/default/jquery-1.2.6.min.js"></script>
</head>
<body>
<div class="wrap">
<div id="header">
  <div class="top_login"><span id="head_loginer"><script language="JavaScript" src="/do/hack.php?hack=login&styletype=1&iframeID=head_loginer"></script></span></div>
  <div class="top_link"><a href="javascript:" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://@@HOST@@');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://@@HOST@@','@@SITE@@')">加入收藏</a> | <a href="/do/search.php">站内搜索</a></div>
  <div class="logo"><a href="/"><img src="/upload_files/label/1_20130520150532_logo.jpg" alt="@@SITE@@" width="980" height="120" border="0" /></a></div>
</div>
<div id="menu">
  <ul>
    <li><a href="/">首 页</a></li>
    <li><a href="/list.php?fid=1">文联概况</a></li>
    <li><a href="/list.php?fid=8">文联动态</a></li>
    <li><a href="/list.php?fid=9">领导讲话</a></li>
    <li><a href="/list.php?fid=10">协会风采</a></li>
    <li><a href="/list.php?fid=11">文艺作品</a></li>
    <li><a href="/list.php?fid=12">书画摄影</a></li>
    <li><a href="/list.php?fid=13">非遗传承</a></li>
    <li><a href="/list.php?fid=14">通知公告</a></li>
  </ul>
</div>
<div class="search_bar"><form name="form1" method="post" action="/do/search.php"><span class="time"><script language="JavaScript">document.write(new Date().toLocaleDateString());</script></span> 站内搜索：<input type="text" name="keyword" size="20" /> <select name="type"><option value="title">标题</option><option value="content">内容</option></select> <input type="submit" name="Submit" value="搜索" /><input type="hidden" name="action" value="search" /></form></div>
"""

FOOT = """<div id="footer">
  <div class="foot_link"><a href="/list.php?fid=1">关于我们</a> | <a href="/do/guestbook.php">留言本</a> | <a href="/do/link.php">友情链接</a> | <a href="/do/sitemap.php">网站地图</a></div>
  <div class="foot_info">
  主办：@@ORG@@　地址：清溪县城关镇文化路18号县文化中心四楼　电话：0738-6621345　邮编：417600<br />
  <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备14008765号-1</a>　<img src="/images/default/ghs.png" width="14" height="14" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43132102000118" target="_blank">湘公网安备 43132102000118号</a><br />
  Powered by <a href="http://www.qibosoft.com" target="_blank">qibosoft V7.0</a> Code &copy; 2003-11 <a href="http://bbs.qibosoft.com/" target="_blank">qibosoft</a>
  </div>
</div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F3e5f1a2b4c6d8e0f7a9b1c3d5e7f9a2b' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

# speech, id, posttime, parts, hits, 来源, 作者
ARTICLES = [
    (SPEECHES["r26a-q1"], 356, "2024-07-12 16:20:35", 2, 1187, "县文联办公室", "文联办"),
    (SPEECHES["r26a-q2"], 318, "2024-02-02 11:05:12", 1, 642, "本站原创", "李晓岚"),
]


def url_of(aid, k=0, first_as_page=False):
    base = f"/bencandy.php?fid={FID}&id={aid}"
    return base if (k == 0 and not first_as_page) else f"{base}&page={k + 1}"


def getpage(aid, count, k):
    # qibo's getpage(): page 1 is linked as &page=1, the current page in red, 共N页 in front
    cur = k + 1
    out = [f"共{count}页"]
    out.append(f"<a href='{url_of(aid, 0, True)}'>首页</a>")
    if cur > 1:
        out.append(f"<a href='{url_of(aid, k - 1, True)}'>上一页</a>")
    for i in range(count):
        out.append(f"<font color=red>{i + 1}</font>" if i == k else f"<a href='{url_of(aid, i, True)}'>{i + 1}</a>")
    if cur < count:
        out.append(f"<a href='{url_of(aid, k + 1, True)}'>下一页</a>")
    out.append(f"<a href='{url_of(aid, count - 1, True)}'>尾页</a>")
    return '<div class="content_page" align="center">' + " ".join(out) + "</div>"


def article(speech, aid, stamp, runs, k, hits, source, author, prev, nxt, related):
    content = "\r\n".join(f"<p style=\"text-indent:2em\">{p}</p>" for p in runs[k])
    pager = getpage(aid, len(runs), k) if len(runs) > 1 else ""
    body = """<div class="guide">您现在的位置：<a href="/">首页</a> -&gt; <a href="/list.php?fid=@@FID@@">领导讲话</a> -&gt; 内容</div>
<div class="MainTable">
  <div class="head"><span class="TAG">领导讲话</span></div>
  <div class="main">
    <div class="content_title"><h1>@@H1@@</h1></div>
    <div class="content_info">发布时间：@@STAMP@@　来源：@@SOURCE@@　作者：@@AUTHOR@@　点击：<span id="hits">@@HITS@@</span> 次　字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
    <div class="content" id="post1">
@@CONTENT@@
    </div>
    @@PAGER@@
    <div class="content_tool">【<a href="javascript:window.print()">打印</a>】 【<a href="/do/job.php?job=collect&fid=@@FID@@&id=@@AID@@" target="_blank">收藏</a>】 【<a href="javascript:window.close()">关闭</a>】</div>
    <div class="content_updown">
      <div>上一篇：@@PREV@@</div>
      <div>下一篇：@@NEXT@@</div>
    </div>
  </div>
</div>
<div class="MainTable">
  <div class="head"><span class="TAG">相关文章</span></div>
  <div class="main"><ul class="list_title">@@RELATED@@</ul></div>
</div>
<div class="MainTable" id="comment">
  <div class="head"><span class="TAG">网友评论</span><span class="more"><a href="/do/comment.php?fid=@@FID@@&id=@@AID@@" target="_blank">更多评论</a></span></div>
  <div class="main">
    <div id="comment_show"><script language="JavaScript" src="/do/comment_ajax.php?fid=@@FID@@&id=@@AID@@&iframeID=comment_show"></script></div>
    <form name="form_comment" method="post" action="/do/comment_ajax.php?action=post&fid=@@FID@@&id=@@AID@@">
    <div class="comment_form">
      <div>昵称：<input type="text" name="username" size="15" value="" /> 验证码：<input type="text" name="yzimg" size="6" /> <img src="/do/yzimg.php" align="absmiddle" /></div>
      <div><textarea name="content" cols="70" rows="5"></textarea></div>
      <div><input type="submit" name="Submit" value="发表评论" /> <span class="tip">评论内容只代表网友观点，与本站立场无关！</span></div>
    </div>
    </form>
  </div>
</div>
<script language="JavaScript" src="/do/job.php?job=updatehits&fid=@@FID@@&id=@@AID@@"></script>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}-领导讲话-{SITE}",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:80],
        HOST=HOST,
        SITE=SITE,
        ORG=ORG,
        FID=FID,
        AID=aid,
        H1=speech.title,
        STAMP=stamp,
        SOURCE=source,
        AUTHOR=author,
        HITS=hits,
        CONTENT=content,
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def listing(n, count):
    items = ARTICLES[:1] if n == 1 else ARTICLES[1:]
    rows = "\n".join(
        f'<li><span class="time">{stamp[:10]}</span>·<a href="{url_of(aid)}" target="_blank" title="{s.title}">{s.title}</a></li>'
        for s, aid, stamp, *_ in items
    )

    def lu(i):
        return f"/list.php?fid={FID}&page={i}"

    pg = [f"共{count}页", f"<a href='{lu(1)}'>首页</a>"]
    if n > 1:
        pg.append(f"<a href='{lu(n - 1)}'>上一页</a>")
    for i in range(1, count + 1):
        pg.append(f"<font color=red>{i}</font>" if i == n else f"<a href='{lu(i)}'>{i}</a>")
    if n < count:
        pg.append(f"<a href='{lu(n + 1)}'>下一页</a>")
    pg.append(f"<a href='{lu(count)}'>尾页</a>")
    body = """<div class="guide">您现在的位置：<a href="/">首页</a> -&gt; <a href="/list.php?fid=@@FID@@">领导讲话</a></div>
<div class="MainTable">
  <div class="head"><span class="TAG">领导讲话</span></div>
  <div class="main"><ul class="list_title">
@@ROWS@@
  </ul>
  <div class="page" align="center">@@PG@@</div>
  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"领导讲话-{SITE}",
        KEYWORDS="领导讲话",
        DESC=f"{ORG} 领导讲话",
        HOST=HOST,
        SITE=SITE,
        ORG=ORG,
        FID=FID,
        ROWS=rows,
        PG=" ".join(pg),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "county 文联 site on 齐博CMS v7 (qibosoft 文章 system, PHP, GBK, bencandy.php?fid=N&id=M, [-page-] split with getpage pager, comment_ajax, updatehits script)",
        encoding="gbk",
        content_type="text/html",
        site_note="PHP sends plain text/html; gbk only in the meta tag; dynamic pages answered by query routes",
    )
    related = "".join(
        f"<li>·<a href='{url_of(a)}' target='_blank'>{s.title}</a> <span class='time'>({st[5:10]})</span></li>"
        for s, a, st, *_ in ARTICLES
    )
    for idx, (speech, aid, stamp, count, hits, source, author) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        other = ARTICLES[1 - idx]
        link = f"<a href='{url_of(other[1])}'>{other[0].title}</a>"
        prev, nxt = ("没有了", link) if idx == 1 else (link, "没有了")
        pages = []
        for k in range(count):
            page = article(speech, aid, stamp, runs, k, hits, source, author, prev, nxt, related)
            target = url_of(aid, k)
            fam.route(target, f"/bencandy/{aid}_{k + 1}.html", page)
            pages.append(target)
            if count > 1 and k == 0:
                # the pager links page 1 as &page=1: the same page
                fam.query_routes[url_of(aid, 0, True)] = f"bencandy/{aid}_1.html"
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.route(f"/list.php?fid={FID}", "/list/9_1.html", listing(1, 2))
    fam.query_routes[f"/list.php?fid={FID}&page=1"] = "list/9_1.html"
    fam.route(f"/list.php?fid={FID}&page=2", "/list/9_2.html", listing(2, 2))
    s0, a0, st0, *_ = ARTICLES[0]
    home = render(
        HEAD
        + """<div class="MainTable">
  <div class="head"><span class="TAG">领导讲话</span><span class="more"><a href="/list.php?fid=@@FID@@">更多&gt;&gt;</a></span></div>
  <div class="main"><ul class="list_title"><li><span class="time">@@D@@</span>·<a href="@@U@@" target="_blank">@@T@@</a></li></ul></div>
</div>
<div class="MainTable">
  <div class="head"><span class="TAG">通知公告</span><span class="more"><a href="/list.php?fid=14">更多&gt;&gt;</a></span></div>
  <div class="main"><ul class="list_title"><li>·关于开展2024年度文艺精品扶持项目申报工作的通知</li></ul></div>
</div>
"""
        + FOOT,
        TITLE=f"{SITE} - {ORG}",
        KEYWORDS="清溪文联,清溪文艺",
        DESC=ORG,
        HOST=HOST,
        SITE=SITE,
        ORG=ORG,
        FID=FID,
        D=st0[:10],
        U=url_of(a0),
        T=s0.title,
    )
    fam.put("/", home)
    fam.put("/index.php", home)
    fam.not_documents += ["/", f"/list.php?fid={FID}", f"/list.php?fid={FID}&page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /do/\nDisallow: /cache/\nDisallow: /data/\n")
    fam.noise += [
        SITE,
        ORG,
        "您现在的位置",
        "发布时间",
        "县文联办公室",
        "点击：",
        "字体：",
        "共2页",
        "首页",
        "尾页",
        "打印",
        "收藏",
        "关闭",
        "上一篇",
        "下一篇",
        "没有了",
        "相关文章",
        "网友评论",
        "评论内容只代表网友观点",
        "qibosoft",
        "湘ICP备14008765号-1",
        "湘公网安备",
    ]
    return fam
