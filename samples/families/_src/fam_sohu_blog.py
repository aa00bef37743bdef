"""A 搜狐博客 (blog.sohu.com) personal blog as its 2011–2012 pages print it, GBK: entries at
`/nNNNNNNNN.html` with the `item-head` / `item-body` / `item-content` box, 阅读 / 评论 / 分享 counters in
`item-info`, the 分享到 bar (搜狐微博, 新浪微博, QQ空间, 人人网, 开心网), 标签 and 分类, 上一篇 / 下一篇,
the right-column 博主推荐 box and 个人档案 card, a static comment list (with 回复 quotes), and one entry
cut in two by the blog's own 分页 (`<div class="page-nav">`, `?p=2` answered by a stored file).
Home `/` shows entry summaries with 阅读全文 links; `/entry/` and `/entry/index2.html` list the entries."""

from common import SPEECHES, Family, render, split_paras

HOST = "lizhenhua1962.blog-sohu.test"
BASE = f"http://{HOST}"
EBI = "1a2b3c4d5e"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://lizhenhua1962.blog-sohu.test/rss" />
<link type="text/css" rel="stylesheet" href="http://js3.pp.sohu.com.cn/ppp/blog/styles_ppp/css/blog_pub.css?v=20120105" />
<link type="text/css" rel="stylesheet" href="http://js3.pp.sohu.com.cn/ppp/blog/themes/skins/t_5027/style.css" id="themeCSS" />
<script type="text/javascript">
var _ebi = '1a2b3c4d5e';
var _blog_domain = 'lizhenhua1962';
var _upT = '2012-03-06 08:12';
var _xpt = 'bGl6aGVuaHVhMTk2MkBzb2h1LmNvbQ==';
var _ept = '@@EPT@@';
var _pgt = '@@PGT@@';
</script>
<script type="text/javascript" src="http://js3.pp.sohu.com.cn/ppp/blog/js_ppp/blog_ppp.js?v=20120105"></script>
</head>
<body>
<div id="sohuNav">
<div class="sohuNavBox">
<a href="http://www.sohu.com/" target="_blank">搜狐首页</a> | <a href="http://news.sohu.com/" target="_blank">新闻</a> | <a href="http://t.sohu.com/" target="_blank">微博</a> | <a href="http://blog.sohu.com/" target="_blank">博客</a> | <a href="http://i.sohu.com/" target="_blank">我的搜狐</a>
<span class="navLogin"><a href="http://passport.sohu.com/web/signin.jsp" target="_blank">登录</a> <a href="http://passport.sohu.com/web/reg.jsp" target="_blank">注册</a></span>
</div>
</div>
<div id="wrapper">
<div id="header">
<div id="blogTitle">
<h1><a href="http://lizhenhua1962.blog-sohu.test/">振华手记</a></h1>
<div id="blogDesc">在基层干了三十年，记点讲过的话、走过的路</div>
<div id="blogUrl">http://lizhenhua1962.blog.sohu.com <a href="http://lizhenhua1962.blog-sohu.test/rss" target="_blank"><img src="http://js3.pp.sohu.com.cn/ppp/blog/images/rss.gif" alt="RSS" /></a></div>
</div>
<div id="navBar"><ul>
<li><a href="http://lizhenhua1962.blog-sohu.test/">首页</a></li>
<li class="@@NAV_ENTRY@@"><a href="http://lizhenhua1962.blog-sohu.test/entry/">博客</a></li>
<li><a href="http://lizhenhua1962.blog-sohu.test/album/">相册</a></li>
<li><a href="http://lizhenhua1962.blog-sohu.test/profile/">档案</a></li>
<li><a href="http://lizhenhua1962.blog-sohu.test/friends/">好友</a></li>
</ul></div>
</div>
<div id="main">
"""

SIDE = """<div id="sideBar">
<div class="box" id="profileBox">
<div class="title"><h3>个人档案</h3></div>
<div class="content">
<div class="avatar"><a href="http://lizhenhua1962.blog-sohu.test/profile/"><img src="http://0.img.pp.sohu.com.cn/images/2011/3/7/10/27/u28733519_12e8c6d4_130x130.jpg" width="130" height="130" alt="李振华" /></a></div>
<p class="nick"><a href="http://lizhenhua1962.blog-sohu.test/profile/">李振华</a> <span class="gender">男</span></p>
<p class="intro">老企业管理者，退休后在街道做点服务工作。讲话稿都是自己写的，放在这里留个底。</p>
<p class="stat">访问：<span id="visitCount">86,213</span> 次</p>
<p class="ops"><a href="javascript:void(0)" onclick="Blog.addFriend();">加为好友</a> <a href="javascript:void(0)" onclick="Blog.sendMsg();">发纸条</a></p>
</div>
</div>
<div class="box" id="recommendBox">
<div class="title"><h3>博主推荐</h3></div>
<div class="content"><ul class="list">
<li><a href="http://lizhenhua1962.blog-sohu.test/n20148862.html">退休三年记：从车间到社区</a></li>
<li><a href="http://lizhenhua1962.blog-sohu.test/n19873350.html">老厂房拆了，我去拍了最后几张照片</a></li>
<li><a href="http://lizhenhua1962.blog-sohu.test/n19580211.html">给年轻班组长的十条建议</a></li>
</ul></div>
</div>
<div class="box" id="catBox">
<div class="title"><h3>日志分类</h3></div>
<div class="content"><ul class="list">
<li><a href="http://lizhenhua1962.blog-sohu.test/entry/">全部日志</a> (126)</li>
<li><a href="http://lizhenhua1962.blog-sohu.test/entry/">讲话稿</a> (38)</li>
<li><a href="http://lizhenhua1962.blog-sohu.test/entry/">生活随笔</a> (71)</li>
<li><a href="http://lizhenhua1962.blog-sohu.test/entry/">转载</a> (17)</li>
</ul></div>
</div>
<div class="box" id="visitorBox">
<div class="title"><h3>最近访客</h3></div>
<div class="content"><ul class="visitors">
<li><img src="http://0.img.pp.sohu.com.cn/images/blog/default_avatar_48.gif" /><span>老周的茶</span></li>
<li><img src="http://0.img.pp.sohu.com.cn/images/blog/default_avatar_48.gif" /><span>秋水长天</span></li>
</ul></div>
</div>
<div class="box" id="adBox">
<script type="text/javascript">var sohuadcode = {space_id: 'beans_10027', width: 200, height: 200};</script>
<div class="ad"><a href="http://blog.sohu.com/activity/2012/spring/" target="_blank">搜狐博客“我的2012”征文大赛火热进行中</a></div>
</div>
</div>
"""

FOOT = """<div class="clear"></div>
</div>
<div id="footer">
<div class="links"><a href="http://corp.sohu.com/" target="_blank">搜狐公司介绍</a> - <a href="http://blog.sohu.com/help/" target="_blank">博客帮助</a> - <a href="http://blog.sohu.com/feedback/" target="_blank">意见建议</a> - <a href="http://report.sohu.com/" target="_blank">不良信息举报</a></div>
<div class="copyright">Copyright &copy; 2012 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有</div>
<div class="icp">京ICP证030367号</div>
</div>
</div>
<script type="text/javascript" src="http://js.sohu.com/pv.js"></script>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
</script>
<script type="text/javascript">
document.write('<script type="text/javascript" src="http://ptb.pp.sohu.com.cn/blog/count.js?ebi=' + _ebi + '&t=' + (new Date()).getTime() + '"><\\/script>');
</script>
</body>
</html>
"""

POSTS = [
    {"key": "SHB1", "id": "20325471", "time": "2012-01-14 19:42", "read": 1367, "cmt": 4, "share": 12,
     "tags": ["年终总结", "表彰大会", "企业管理"], "cat": "讲话稿", "pages": 1},
    {"key": "SHB2", "id": "20517306", "time": "2012-03-05 21:16", "read": 842, "cmt": 3, "share": 7,
     "tags": ["老年大学", "开学典礼", "致辞"], "cat": "讲话稿", "pages": 2},
]

COMMENTS = {
    "SHB1": [
        ("秋水长天", "2012-01-15 09:12", "讲得实在，没有空话。你们厂的老刘师傅我认识，确实是个好师傅。"),
        ("李振华", "2012-01-15 10:03", '<div class="quote"><p>回复 秋水长天：</p><p>讲得实在，没有空话。</p></div>谢谢老朋友捧场，年后找时间喝茶。'),
        ("一线工人小赵", "2012-01-16 22:41", "作风建设那段说到我们心里去了，希望明年真能落实。"),
        ("搜狐网友", "2012-01-18 13:27", "学习了，正好要写年终讲话，借鉴一下结构。"),
    ],
    "SHB2": [
        ("书法班老学员", "2012-03-06 07:55", "李主任讲得好！电梯的事大家盼了好久了。"),
        ("晚晴", "2012-03-06 12:30", "我妈妈在舞蹈班，回家就说李老师人特别好。"),
        ("李振华", "2012-03-06 20:18", '<div class="quote"><p>回复 晚晴：</p><p>我妈妈在舞蹈班</p></div>欢迎家属也来看看汇报演出，五月份。'),
    ],
}


def path_of(post, page=1):
    return f"/n{post['id']}.html" + (f"?p={page}" if page > 1 else "")


def body_html(paras, first, post):
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>")
        if first and i == 1 and post["key"] == "SHB1":
            out.append(
                '<p style="text-align:center"><img src="http://1.img.pp.sohu.com.cn/images/blog/2012/1/14/19/38/u28733519_13480f4d6b2g213.jpg" alt="" border="0" /></p>\n'
                '<p style="text-align:center"><span style="color:#808080;font-size:12px">表彰大会现场（办公室小王摄）</span></p>'
            )
    return "\n".join(out)


def comments_html(key):
    items = []
    for i, (name, when, text) in enumerate(COMMENTS[key], 1):
        items.append(
            f"""<div class="comment-item" id="cmt_{i}">
<div class="cmt-head"><span class="floor">{i}楼</span> <a class="cmt-author" href="javascript:void(0)">{name}</a> <span class="cmt-time">{when}</span></div>
<div class="cmt-body">{text}</div>
<div class="cmt-ops"><a href="javascript:void(0)" onclick="Comment.reply({i});">回复</a> <a href="javascript:void(0)" onclick="Comment.report({i});">举报</a></div>
</div>"""
        )
    return "\n".join(items)


def entry_page(post, speech, page, runs, prev, nxt):
    total = len(runs)
    paras = runs[page - 1]
    tags = " ".join(f'<a href="http://tag.blog.sohu.com/{t}/" target="_blank">{t}</a>' for t in post["tags"])
    pager = ""
    if total > 1:
        links = []
        if page > 1:
            links.append(f'<a href="{BASE}{path_of(post, page - 1)}">上一页</a>')
        for n in range(1, total + 1):
            links.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{BASE}{path_of(post, n)}">{n}</a>')
        if page < total:
            links.append(f'<a href="{BASE}{path_of(post, page + 1)}">下一页</a>')
        pager = '<div class="page-nav">' + " ".join(links) + f' <span class="page-info">共{total}页</span></div>'
    sign = ""
    if page == total:
        sign = '<p class="sign" style="text-align:right;color:#999">——根据现场讲话录音整理，略有删节</p>' if post["key"] == "SHB1" else '<p class="sign" style="text-align:right;color:#999">（本文为原创，转载请注明出自“振华手记”）</p>'
    prev_html = f'<li>上一篇：<a href="{BASE}{path_of(prev[0])}">{prev[1]}</a></li>' if prev else "<li>上一篇：没有了</li>"
    next_html = f'<li>下一篇：<a href="{BASE}{path_of(nxt[0])}">{nxt[1]}</a></li>' if nxt else "<li>下一篇：没有了</li>"
    body = f"""<div id="contentBox">
<div class="entry" id="entry_{post['id']}">
<div class="item-head">
<h2 class="entry-title">{speech.title}</h2>
<div class="item-info">
<span class="date">{post['time']}</span> |
<span class="cat">分类：<a href="{BASE}/entry/">{post['cat']}</a></span> |
<span class="tags">标签：{tags}</span>
</div>
</div>
<div class="item-body">
<div class="item-content" id="main-content">
{body_html(paras, page == 1, post)}
{sign}
</div>
{pager}
</div>
<div class="item-foot">
<div class="counters">阅读(<span id="readCount_{post['id']}">{post['read']}</span>) | 评论(<span id="cmtCount_{post['id']}">{post['cmt']}</span>) | 分享(<span id="shareCount_{post['id']}">{post['share']}</span>)</div>
<div class="share-bar"><span>分享到：</span><a href="javascript:void(0)" class="s-tsohu" onclick="Share.to('tsohu');">搜狐微博</a><a href="javascript:void(0)" class="s-tsina" onclick="Share.to('tsina');">新浪微博</a><a href="javascript:void(0)" class="s-qzone" onclick="Share.to('qzone');">QQ空间</a><a href="javascript:void(0)" class="s-renren" onclick="Share.to('renren');">人人网</a><a href="javascript:void(0)" class="s-kaixin" onclick="Share.to('kaixin001');">开心网</a></div>
<div class="entry-ops"><a href="javascript:void(0)" onclick="Blog.recommend('{post['id']}');">推荐</a> | <a href="javascript:void(0)" onclick="Blog.favorite('{post['id']}');">收藏</a> | <a href="javascript:void(0)" onclick="Blog.report('{post['id']}');">举报</a></div>
</div>
<div class="entry-nav"><ul>
{prev_html}
{next_html}
</ul></div>
<div class="related-box">
<h3>相关日志</h3>
<ul>
<li><a href="http://blog.sohu.com/s/MTk4MzQ1Njc/201432876.html" target="_blank">年终总结讲话怎么写才不空</a></li>
<li><a href="http://blog.sohu.com/s/NjE5ODczMg/203318822.html" target="_blank">社区老年大学见闻</a></li>
</ul>
</div>
<div id="commentArea">
<h3 class="cmt-title">评论（{post['cmt']}）</h3>
<div id="commentList">
{comments_html(post['key'])}
</div>
<div class="cmt-form"><p>登录后才可以发表评论，<a href="http://passport.sohu.com/web/signin.jsp" target="_blank">登录</a> | <a href="http://passport.sohu.com/web/reg.jsp" target="_blank">注册</a></p>
<textarea id="cmtContent" rows="5" cols="60"></textarea><br /><input type="button" value="发表评论" onclick="Comment.post();" /></div>
</div>
</div>
</div>
"""
    title = speech.title + (f"（{page}）" if page > 1 else "")
    return render(
        HEAD + body + SIDE + FOOT,
        TITLE=f"{title} - 振华手记 - 搜狐博客",
        KEYWORDS=",".join(post["tags"]) + ",李振华,搜狐博客",
        DESC=speech.paras[1][:60],
        EPT=post["id"],
        PGT="entry",
        NAV_ENTRY="current",
    )


def summary(post, speech):
    return f"""<div class="entry-summary">
<div class="item-head"><h2><a href="{BASE}{path_of(post)}">{speech.title}</a></h2>
<div class="item-info"><span class="date">{post['time']}</span> | <span class="cat">分类：{post['cat']}</span></div></div>
<div class="item-body"><p>{speech.paras[1][:110]}……</p>
<p class="more"><a href="{BASE}{path_of(post)}">阅读全文&gt;&gt;</a></p></div>
<div class="item-foot">阅读({post['read']}) | 评论({post['cmt']})</div>
</div>"""


def list_page(items, n, total, home=False):
    rows = "\n".join(summary(p, s) for p, s in items)
    pager = ""
    if not home:
        links = []
        for k in range(1, total + 1):
            url = f"{BASE}/entry/" if k == 1 else f"{BASE}/entry/index{k}.html"
            links.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url}">{k}</a>')
        if n < total:
            links.append(f'<a href="{BASE}/entry/index{n + 1}.html">下一页</a>')
        pager = '<div class="pager">' + " ".join(links) + "</div>"
    else:
        pager = f'<div class="more-entries"><a href="{BASE}/entry/">查看全部日志&gt;&gt;</a></div>'
    body = f"""<div id="contentBox">
<div class="box"><div class="title"><h3>{'最新日志' if home else '全部日志'}</h3></div>
{rows}
{pager}
</div>
</div>
"""
    return render(
        HEAD + body + SIDE + FOOT,
        TITLE=("振华手记 - 搜狐博客" if home else "博客 - 振华手记 - 搜狐博客"),
        KEYWORDS="李振华,振华手记,搜狐博客",
        DESC="在基层干了三十年，记点讲过的话、走过的路",
        EPT="",
        PGT="home" if home else "entry",
        NAV_ENTRY="" if home else "current",
    )


def build() -> Family:
    fam = Family(HOST, "搜狐博客 (blog.sohu.com) personal blog, 2011–2012 pages, GBK", encoding="gbk",
                 content_type="text/html; charset=GBK")
    a, b = POSTS
    sa, sb = SPEECHES[a["key"]], SPEECHES[b["key"]]
    ra, rb = [sa.paras], split_paras(sb.paras, 2)
    fam.put(path_of(a), entry_page(a, sa, 1, ra, None, (b, sb.title)))
    fam.put(path_of(b), entry_page(b, sb, 1, rb, (a, sa.title), None))
    fam.route(path_of(b, 2), f"/n{b['id']}_p2.html", entry_page(b, sb, 2, rb, (a, sa.title), None))
    fam.doc([path_of(a)], sa)
    fam.doc([path_of(b), path_of(b, 2)], sb)
    fam.put("/", list_page([(b, sb), (a, sa)], 1, 1, home=True))
    fam.put("/entry/", list_page([(b, sb)], 1, 2))
    fam.put("/entry/index2.html", list_page([(a, sa)], 2, 2))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /manage/\nDisallow: /action/\n", "ascii")
    fam.not_documents += ["/", "/entry/", "/entry/index2.html", path_of(b, 2)]
    fam.noise += [
        "阅读(", "评论(", "分享(", "分享到：", "搜狐微博", "标签：", "分类：", "上一篇：", "下一篇：",
        "博主推荐", "个人档案", "相关日志", "表彰大会现场（办公室小王摄）", "根据现场讲话录音整理",
        "转载请注明出自", "回复 秋水长天", "回复 晚晴", "振华手记", "搜狐公司 版权所有", "京ICP证030367号",
        "共2页", "下一页", "阅读全文", "征文大赛", "老企业管理者", "最近访客", "1楼",
    ]
    return fam
