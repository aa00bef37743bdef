"""A 博客大巴 (blogbus.com, 2009–2010 templates; 和讯博客 pages look much the same) personal blog of a county
school head: header and meta gb2312, bytes GBK with characters outside GB2312 in names (堃, 喆, 珺); 日志
pages `/logs/NNNNNNNN.html` with `postHeader` / `postBody` / `postFooter`, Word-pasted `MsoNormal` paragraphs
in one post and `<br />` lines in the other, a blogger's 按 note before the text and a 附 line after it,
Tag row, 发表于 … | 阅读 | 评论 | 引用 counters, 上一篇 / 下一篇, the 引用 block (引用地址, Trackback URL
and one trackback with an excerpt), 博主的其他文章 list, static comments; sidebar 公告, 最新日志, 最新评论,
分类, 存档, 友情链接, 计数器; home `/` and `/index_2.html` list the posts, `/c2130545/` the category."""

from common import SPEECHES, Family, render

HOST = "zhaojunhui.blogdaba-like.test"
BASE = f"http://{HOST}"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="generator" content="BlogBus.com" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="http://zhaojunhui.blogdaba-like.test/index.rdf" />
<link rel="stylesheet" type="text/css" href="http://public.blogbus.com/template/css/sys/2009/default.css" />
<link rel="stylesheet" type="text/css" href="http://public.blogbus.com/template/user/zhaojunhui/style.css" />
<script type="text/javascript">var blogid = 2130545; var logid = '@@LOGID@@';</script>
<script type="text/javascript" src="http://public.blogbus.com/js/bus.js"></script>
</head>
<body>
<div id="bbtoolbar"><a href="http://www.blogbus.com/" target="_blank">博客大巴</a> | <a href="http://www.blogbus.com/user/" target="_blank">登录</a> | <a href="http://www.blogbus.com/user/register.php" target="_blank">注册</a> | <a href="http://www.blogbus.com/" target="_blank">随便看看</a></div>
<div id="wrapper">
<div id="header">
<h1 id="blogname"><a href="http://zhaojunhui.blogdaba-like.test/">老赵的教育日志</a></h1>
<div class="description">一个县城中学校长的工作与思考</div>
</div>
<div id="content">
<div id="main">
"""

SIDE = """</div>
<div id="sidebar">
<div class="item" id="announce"><h2>公告</h2><div class="itemContent">本博客文章均为原创，转载请注明作者和出处。部分讲话稿为本人在公开场合的讲话，仅供同行交流。</div></div>
<div class="item" id="newestlogs"><h2>最新日志</h2><ul>
<li><a href="http://zhaojunhui.blogdaba-like.test/logs/61203398.html">在全县乡村教师暑期培训班结业式上的讲话</a></li>
<li><a href="http://zhaojunhui.blogdaba-like.test/logs/58811207.html">暑假带孩子回老家</a></li>
<li><a href="http://zhaojunhui.blogdaba-like.test/logs/43589012.html">在县第二中学建校六十周年庆典上的致辞</a></li>
</ul></div>
<div class="item" id="newestcomments"><h2>最新评论</h2><ul>
<li><a href="http://zhaojunhui.blogdaba-like.test/logs/61203398.html#cmt">山里的老师：听了您的讲话，回来就在学校上了汇报课。</a></li>
<li><a href="http://zhaojunhui.blogdaba-like.test/logs/43589012.html#cmt">八六届校友：那棵银杏树还在，真好。</a></li>
</ul></div>
<div class="item" id="category"><h2>分类</h2><ul>
<li><a href="http://zhaojunhui.blogdaba-like.test/c2130545/">讲话稿</a> (23)</li>
<li><a href="http://zhaojunhui.blogdaba-like.test/c2130546/">教育随笔</a> (58)</li>
<li><a href="http://zhaojunhui.blogdaba-like.test/c2130547/">家长里短</a> (31)</li>
</ul></div>
<div class="item" id="archive"><h2>存档</h2><ul>
<li><a href="http://zhaojunhui.blogdaba-like.test/archives/2010/08/">2010年08月</a> (4)</li>
<li><a href="http://zhaojunhui.blogdaba-like.test/archives/2009/09/">2009年09月</a> (6)</li>
</ul></div>
<div class="item" id="links"><h2>友情链接</h2><ul>
<li><a href="http://www.blogbus.com/" target="_blank">博客大巴</a></li>
<li><a href="http://lixiaoyu.blogbus.com/" target="_blank">李晓雨的教学笔记</a></li>
<li><a href="http://blog.hexun.com/" target="_blank">和讯博客</a></li>
</ul></div>
<div class="item" id="counter"><h2>计数器</h2><div class="itemContent">本站访问：<script type="text/javascript" src="http://js.users.51.la/2736615.js"></script><noscript><a href="http://www.51.la/?2736615" target="_blank"><img alt="我要啦免费统计" src="http://img.users.51.la/2736615.asp" style="border:none" /></a></noscript></div></div>
</div>
<div class="clear"></div>
</div>
<div id="footer">
<p>Powered by <a href="http://www.blogbus.com/" target="_blank">BlogBus</a> 博客大巴 | 模板设计：<a href="http://www.blogbus.com/" target="_blank">BlogBus</a></p>
<p>Copyright &copy; 老赵的教育日志 All Rights Reserved. <a href="http://www.miibeian.gov.cn/" target="_blank">沪ICP备05005488号</a></p>
</div>
</div>
<script type="text/javascript" src="http://public.blogbus.com/js/stat.js"></script>
</body>
</html>
"""

POSTS = [
    {"key": "DBB1", "id": "43589012", "time": "2009-09-26 20:31:07", "read": 2211, "cmt": 3, "tb": 1,
     "tags": ["校庆", "致辞", "县二中"], "style": "word"},
    {"key": "DBB2", "id": "61203398", "time": "2010-08-20 22:14:52", "read": 936, "cmt": 2, "tb": 1,
     "tags": ["乡村教师", "培训", "讲话"], "style": "br"},
]

NOTE = {
    "DBB1": ("（按：今天学校六十周年校庆，这是我在庆典上的致辞。几位老先生的名字，打字时特意查了字典，没敢写错。）",
             "附：校庆当天照片整理好后再补。"),
    "DBB2": ("（按：培训班今天结业，把讲话稿贴上来，算是给这十天做个记录。）",
             "附：本期培训班优秀学员名单另见县教育局网站。"),
}

TRACKBACK = {
    "DBB1": ("八六届的日记", "http://bajiu86.blogbus.com/logs/43601577.html", "母校六十年",
             "今天回二中参加校庆，听赵校长致辞讲到老校长和那棵银杏，台下好多老同学都红了眼睛……"),
    "DBB2": ("山里的老师", "http://shanlilaoshi.blog.hexun.com/52318890_d.html", "培训结业了",
             "十天培训结束了，局里领导讲话说到复式班也能上出好课，我记在本子上……"),
}

COMMENTS = {
    "DBB1": [("八六届校友", "2009-09-26 22:10", "那棵银杏树还在，真好。"),
             ("刘喆老师的学生", "2009-09-27 08:45", "刘老师教我们物理那几年，是我最难忘的日子。"),
             ("赵俊辉", "2009-09-27 12:03", "谢谢各位校友，欢迎常回家看看。")],
    "DBB2": [("山里的老师", "2010-08-21 07:30", "听了您的讲话，回来就在学校上了汇报课。"),
             ("进修学校小何", "2010-08-21 19:12", "回访安排已经在做了，开学后第一批下乡。")],
}

OTHER = [
    ("61203398", "在全县乡村教师暑期培训班结业式上的讲话", "2010-08-20"),
    ("58811207", "暑假带孩子回老家", "2010-08-02"),
    ("55230471", "高考放榜后的几句心里话", "2010-06-25"),
    ("43589012", "在县第二中学建校六十周年庆典上的致辞", "2009-09-26"),
    ("42077815", "开学第一周", "2009-09-05"),
]


def path_of(post):
    return f"/logs/{post['id']}.html"


def body_html(post, speech):
    pre, post_note = NOTE[post["key"]]
    if post["style"] == "word":
        lines = [f'<p class="MsoNormal"><span style="COLOR: #808080; FONT-SIZE: 9pt">{pre}</span></p>']
        for p in speech.paras:
            lines.append(
                f'<p class="MsoNormal" style="TEXT-INDENT: 21pt; LINE-HEIGHT: 150%; MARGIN: 0cm 0cm 0pt"><span style="FONT-FAMILY: 宋体; FONT-SIZE: 12pt; mso-ascii-font-family: \'Times New Roman\'">{p}</span></p>'
            )
        lines.append('<p class="MsoNormal"><span lang="EN-US"><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p>&nbsp;</o:p></span></p>')
        lines.append(f'<p class="MsoNormal"><span style="COLOR: #808080; FONT-SIZE: 9pt">{post_note}</span></p>')
        return "\n".join(lines)
    lines = [f"<div>{pre}<br />\n<br />"]
    for p in speech.paras:
        lines.append(f"&nbsp;&nbsp;&nbsp; {p}<br />")
    lines.append(f"<br />\n{post_note}</div>")
    return "\n".join(lines)


def log_page(post, speech, prev, nxt):
    tags = " ".join(f'<a href="http://www.blogbus.com/tag/{t}/" target="_blank">{t}</a>' for t in post["tags"])
    name, url, tt, excerpt = TRACKBACK[post["key"]]
    prev_html = f'<a href="{BASE}{path_of(prev[0])}">&laquo; 上一篇：{prev[1]}</a>' if prev else ""
    next_html = f'<a href="{BASE}{path_of(nxt[0])}">下一篇：{nxt[1]} &raquo;</a>' if nxt else ""
    others = "\n".join(
        f'<li><a href="{BASE}/logs/{i}.html">{t}</a> <span class="date">({d})</span></li>'
        for i, t, d in OTHER if i != post["id"]
    )
    cmts = "\n".join(
        f'<div class="comment" id="cmt{k}"><div class="cmtHeader"><span class="cmtName">{n}</span> 发表于 <span class="cmtTime">{w}</span></div><div class="cmtBody">{c}</div></div>'
        for k, (n, w, c) in enumerate(COMMENTS[post["key"]], 1)
    )
    date, clock = post["time"].split()
    body = f"""<div class="post" id="post{post['id']}">
<div class="postHeader">
<h2>{speech.title}</h2>
<h3>{date}</h3>
</div>
<div class="postBody">
{body_html(post, speech)}
</div>
<div class="postFooter">
<div class="tags">Tag：{tags}</div>
<div class="menubar">
<span class="time">发表于 {clock}</span> |
<a href="{BASE}{path_of(post)}">阅读({post['read']})</a> |
<a href="{BASE}{path_of(post)}#cmt">评论({post['cmt']})</a> |
<a href="{BASE}{path_of(post)}#tb">引用({post['tb']})</a> |
<a href="http://www.blogbus.com/user/blog/post.php?op=edit&amp;logid={post['id']}" target="_blank">编辑</a> |
<a href="javascript:void(0);" onclick="BB.share({post['id']});">分享到新浪微博</a>
</div>
</div>
<div class="relpost">
<span class="prev">{prev_html}</span>
<span class="next">{next_html}</span>
</div>
<div class="trackback" id="tb">
<h4>引用</h4>
<p>引用地址：<a href="{BASE}{path_of(post)}">http://zhaojunhui.blogbus.com/logs/{post['id']}.html</a></p>
<p>Trackback URL：http://www.blogbus.com/trackback/2130545/{post['id']}</p>
<ul class="tblist">
<li><a href="{url}" target="_blank">{tt}</a> 来自 <span class="tbblog">{name}</span><br /><span class="tbexcerpt">{excerpt}</span></li>
</ul>
</div>
<div class="otherlogs">
<h4>博主的其他文章</h4>
<ul>
{others}
</ul>
</div>
<div class="comments" id="cmt">
<h4>评论</h4>
{cmts}
<div class="cmtForm"><form action="http://www.blogbus.com/user/comment.php" method="post"><p>昵称：<input type="text" name="author" /> 主页：<input type="text" name="url" /></p><p><textarea name="content" rows="6" cols="50"></textarea></p><p><input type="submit" value="发表评论" /></p></form></div>
</div>
</div>
"""
    return render(
        HEAD + body + SIDE,
        TITLE=f"{speech.title} - 老赵的教育日志 - 博客大巴",
        KEYWORDS=",".join(post["tags"]),
        DESC=speech.paras[1][:70],
        LOGID=post["id"],
    )


def list_page(items, page, total, heading="日志"):
    rows = []
    for post, speech in items:
        date, clock = post["time"].split()
        rows.append(f"""<div class="post">
<div class="postHeader"><h2><a href="{BASE}{path_of(post)}">{speech.title}</a></h2><h3>{date}</h3></div>
<div class="postBody"><p>{speech.paras[1][:120]}……</p></div>
<div class="postFooter"><div class="menubar"><span class="time">发表于 {clock}</span> | <a href="{BASE}{path_of(post)}">阅读全文</a> | <a href="{BASE}{path_of(post)}#cmt">评论({post['cmt']})</a> | <a href="{BASE}{path_of(post)}#tb">引用({post['tb']})</a></div></div>
</div>""")
    pager = ""
    if total > 1:
        parts = []
        if page > 1:
            parts.append(f'<a href="{BASE}/">&laquo; 上一页</a>' if page == 2 else f'<a href="{BASE}/index_{page - 1}.html">&laquo; 上一页</a>')
        parts.append(f"第 {page}/{total} 页")
        if page < total:
            parts.append(f'<a href="{BASE}/index_{page + 1}.html">下一页 &raquo;</a>')
        pager = '<div class="pageNavi">' + " ".join(parts) + "</div>"
    body = "\n".join(rows) + "\n" + pager + "\n"
    return render(
        HEAD + body + SIDE,
        TITLE=("老赵的教育日志 - 博客大巴" if heading == "日志" else f"{heading} - 老赵的教育日志 - 博客大巴"),
        KEYWORDS="教育,校长,讲话稿",
        DESC="一个县城中学校长的工作与思考",
        LOGID="",
    )


def build() -> Family:
    fam = Family(HOST, "博客大巴 (blogbus.com) / 和讯博客-style hosted blog, 2009–2010, gb2312 declared, GBK bytes",
                 encoding="gbk", content_type="text/html; charset=gb2312")
    a, b = POSTS  # a older
    sa, sb = SPEECHES[a["key"]], SPEECHES[b["key"]]
    fam.put(path_of(a), log_page(a, sa, None, (b, sb.title)))
    fam.put(path_of(b), log_page(b, sb, (a, sa.title), None))
    fam.doc([path_of(a)], sa)
    fam.doc([path_of(b)], sb)
    fam.put("/", list_page([(b, sb)], 1, 2))
    fam.put("/index_2.html", list_page([(a, sa)], 2, 2))
    fam.put("/c2130545/", list_page([(b, sb), (a, sa)], 1, 1, "讲话稿"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\n", "ascii")
    fam.not_documents += ["/", "/index_2.html", "/c2130545/"]
    fam.noise += [
        "（按：", "附：", "Tag：", "发表于", "阅读(", "评论(", "引用(", "上一篇：", "下一篇：", "引用地址：",
        "Trackback URL", "博主的其他文章", "暑假带孩子回老家", "那棵银杏树还在，真好。", "台下好多老同学都红了眼睛",
        "分享到新浪微博", "老赵的教育日志", "Powered by", "沪ICP备05005488号", "我要啦免费统计", "阅读全文",
        "本博客文章均为原创",
    ]
    return fam
