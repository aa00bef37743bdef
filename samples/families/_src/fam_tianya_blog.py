"""天涯博客 (blog.tianya.cn) as it printed a blogger's posts about 2013–2014: UTF-8 XHTML, the
static.tianyaui.com TY.js loader and `bbsGlobal`-style `blogGlobal` object, the 天涯 brand top bar
(天涯社区 首页 / 论坛 / 博客 / 部落 / 问答 …, 登录 / 注册), the blog head (`blog-header`: blog name, 签名,
blog URL), the blog nav (首页 / 博文 / 相册 / 留言 / 关于我), posts at `/post-BLOGID-POSTID-1.shtml` (the
last number is the comment page): `div.article` with `h2.article-title`, `div.article-info` (发表于
2013-03-05 20:16, 分类, 阅读 / 评论), the text in `div.article-content#blogContent` (editor `<p>`s
with full-width indents in one post, `<br />` runs in the others), 标签, 分享到, 上一篇 / 下一篇,
网友评论 (`div.comment-item`, 引用 / 回复), the 发表评论 box (请先登录), 相关博文; the sidebar 博主资料
(头像, 关注 / 加好友 / 发消息, 访问 / 积分), 博文分类, 最新博文, 最新评论, 最近访客; footer (天涯社区 版权所有,
琼ICP备, 增值电信业务经营许可证).

The blog home is `/blog-BLOGID-1.shtml` (summaries, 阅读全文>>), the 博文目录 `/list-BLOGID-1.shtml` and
`-2.shtml` (the `pages` pager: 上一页 1 2 下一页). The 文化节 致辞 was posted as two posts the same
evening, （一） ending `（未完待续）` with a link to the next and （二） opening `（接上文）`: one document over
both posts."""

from common import SPEECHES, Family, render, split_paras

HOST = "blog.tianya-like.test"
BLOGID = "4387621"
BLOGGER = "滨河老李"
BLOGNAME = "滨河社区那些事儿"
HOME = f"/blog-{BLOGID}-1.shtml"
LIST1 = f"/list-{BLOGID}-1.shtml"
LIST2 = f"/list-{BLOGID}-2.shtml"

OLD = SPEECHES["f44d-1"]
FEST = SPEECHES["f44d-4"]
FEST_A, FEST_B = split_paras(FEST.paras, 2)

POSTS = [
    # newest first
    {"id": "62183105", "title": FEST.title + "（二）", "time": "2014-09-20 21:12", "cat": "工作随笔",
     "read": 168, "comments": 2, "paras": FEST_B, "style": "br", "top": "（接上文）", "end": ""},
    {"id": "62183047", "title": FEST.title + "（一）", "time": "2014-09-20 21:05", "cat": "工作随笔",
     "read": 215, "comments": 1, "paras": FEST_A, "style": "br", "top": "", "end": "（未完待续）"},
    {"id": "61750392", "title": "中秋节社区包月饼，记一笔", "time": "2014-09-09 19:40", "cat": "生活点滴",
     "read": 97, "comments": 0, "paras": None},
    {"id": "58206611", "title": "春节前走访困难户", "time": "2014-01-24 18:02", "cat": "工作随笔",
     "read": 121, "comments": 0, "paras": None},
    {"id": "53914728", "title": OLD.title, "time": "2013-03-05 20:16", "cat": "讲话发言",
     "read": 342, "comments": 3, "paras": OLD.paras, "style": "p", "top": "", "end": ""},
]


def path_of(p):
    return f"/post-{BLOGID}-{p['id']}-1.shtml"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<link rel="shortcut icon" href="http://static.tianyaui.com/favicon.ico" />
<link rel="stylesheet" type="text/css" href="http://static.tianyaui.com/global/ty/TY.css" />
<link rel="stylesheet" type="text/css" href="http://static.tianyaui.com/global/blog/web/static/css/blog_global_a3e1c7d.css" />
<link rel="stylesheet" type="text/css" href="http://static.tianyaui.com/global/blog/web/static/css/skin/skin_106_9f0c2b1.css" />
<script type="text/javascript">
var blogGlobal = {
	blogId : @@BLOGID@@,
	blogName : "@@BLOGNAME@@",
	userId : 71902384,
	userName : "@@BLOGGER@@",
	postId : @@POSTID@@,
	pageType : "@@PAGETYPE@@"
};
</script>
<script type="text/javascript" charset="utf-8" src="http://static.tianyaui.com/global/ty/TY.js"></script>
</head>
<body>
<div id="tianyaBrandTopBar" class="tianya-topbar">
<div class="top-inner clearfix">
<div class="top-left"><a class="top-logo" href="http://www.tianya.cn/" target="_blank" title="天涯社区">天涯社区</a>
<ul class="top-nav"><li><a href="http://www.tianya.cn/" target="_blank">首页</a></li><li><a href="http://bbs.tianya.cn/" target="_blank">论坛</a></li><li class="on"><a href="http://blog.tianya.cn/" target="_blank">博客</a></li><li><a href="http://groups.tianya.cn/" target="_blank">部落</a></li><li><a href="http://wenda.tianya.cn/" target="_blank">问答</a></li><li><a href="http://photo.tianya.cn/" target="_blank">相册</a></li><li><a href="http://shuo.tianya.cn/" target="_blank">微博</a></li></ul></div>
<div class="top-right" id="js_topbar_user"><a href="http://passport.tianya.cn/login.jsp?returnURL=@@RETURN@@" rel="nofollow">登录</a><span class="sep">|</span><a href="http://passport.tianya.cn/register/default.jsp?sourceURL=@@RETURN@@" rel="nofollow">注册</a><span class="sep">|</span><a href="http://blog.tianya.cn/myblog/" rel="nofollow">开通博客</a></div>
</div>
</div>
<div id="doc" class="blog-doc">
<div id="hd" class="blog-header">
<div class="blog-title">
<h1><a href="@@HOME@@">@@BLOGNAME@@</a></h1>
<p class="blog-desc">社区的事没有小事，记下来，留个念想。</p>
<p class="blog-url"><a href="http://blog.tianya.cn@@HOME@@">http://blog.tianya.cn@@HOME@@</a> <a class="rss" href="http://blog.tianya.cn/rss/@@BLOGID@@.xml" target="_blank">[订阅]</a> <a href="javascript:void(0);" id="js_addfav" rel="nofollow">[收藏]</a></p>
</div>
<div class="blog-nav">
<ul class="clearfix">
<li@@NAV_HOME@@><a href="@@HOME@@">首页</a></li>
<li@@NAV_LIST@@><a href="@@LIST1@@">博文</a></li>
<li><a href="http://photo.tianya.cn/a/@@BLOGID@@" target="_blank">相册</a></li>
<li><a href="http://blog.tianya.cn/guestbook-@@BLOGID@@-1.shtml">留言</a></li>
<li><a href="http://blog.tianya.cn/profile-@@BLOGID@@.shtml">关于我</a></li>
</ul>
</div>
</div>
<div id="bd" class="blog-body clearfix">
<div class="blog-main" id="main">
"""

SIDEBAR = """</div>
<div class="blog-side" id="side">
<div class="mod mod-profile">
<div class="mod-hd"><h3>博主资料</h3></div>
<div class="mod-bd">
<div class="profile-pic"><a href="http://www.tianya.cn/71902384" target="_blank"><img src="http://tx.tianyaui.com/logo/71902384" alt="@@BLOGGER@@" width="120" height="120" /></a></div>
<p class="profile-name"><a href="http://www.tianya.cn/71902384" target="_blank">@@BLOGGER@@</a></p>
<p class="profile-act"><a href="javascript:void(0);" class="js_follow" rel="nofollow">+关注</a> <a href="javascript:void(0);" class="js_addfriend" rel="nofollow">加好友</a> <a href="http://www.tianya.cn/message/send?uid=71902384" rel="nofollow" target="_blank">发消息</a></p>
<ul class="profile-data clearfix"><li>访问：<span>31,507</span></li><li>博文：<span>146</span></li><li>积分：<span>2,318</span></li><li>排名：<span>89,441</span></li></ul>
</div>
</div>
<div class="mod mod-category">
<div class="mod-hd"><h3>博文分类</h3></div>
<div class="mod-bd"><ul>
<li><a href="@@LIST1@@">全部博文</a>(146)</li>
<li><a href="http://blog.tianya.cn/list-@@BLOGID@@-1.shtml?cid=3071">工作随笔</a>(58)</li>
<li><a href="http://blog.tianya.cn/list-@@BLOGID@@-1.shtml?cid=3072">讲话发言</a>(21)</li>
<li><a href="http://blog.tianya.cn/list-@@BLOGID@@-1.shtml?cid=3073">生活点滴</a>(49)</li>
<li><a href="http://blog.tianya.cn/list-@@BLOGID@@-1.shtml?cid=0">默认分类</a>(18)</li>
</ul></div>
</div>
<div class="mod mod-newpost">
<div class="mod-hd"><h3>最新博文</h3></div>
<div class="mod-bd"><ul>
@@NEWEST@@
</ul></div>
</div>
<div class="mod mod-newcomment">
<div class="mod-hd"><h3>最新评论</h3></div>
<div class="mod-bd"><ul>
<li><a href="http://www.tianya.cn/50317762" target="_blank">河边柳</a>：老李辛苦了，文化节办得热闹，我家孩子玩得可开心了。</li>
<li><a href="http://www.tianya.cn/66190253" target="_blank">七号楼王姐</a>：跳蚤市场那个点子好，明年接着办！</li>
<li><a href="http://www.tianya.cn/40872611" target="_blank">天涯过客2012</a>：支持社区工作者，顶一个。</li>
</ul></div>
</div>
<div class="mod mod-visitor">
<div class="mod-hd"><h3>最近访客</h3></div>
<div class="mod-bd" id="js_visitor"><p class="loading">正在加载...</p></div>
</div>
<div class="mod mod-ad"><div id="tianya_ad_blog_side_300x250"><script type="text/javascript">TY.ad.show("blog_side_300x250");</script></div></div>
</div>
</div>
<div id="ft" class="tianya-footer">
<p><a href="http://help.tianya.cn/about/history/2011/06/02/166666.shtml" target="_blank">关于天涯</a> | <a href="http://service.tianya.cn/guize/regulation.do?seed=1" target="_blank">社区服务条款</a> | <a href="http://help.tianya.cn/" target="_blank">帮助中心</a> | <a href="http://ad.tianya.cn/" target="_blank">广告服务</a> | <a href="http://help.tianya.cn/about/contact/" target="_blank">联系我们</a> | <a href="http://job.tianya.cn/" target="_blank">诚聘英才</a> | <a href="http://service.tianya.cn/" target="_blank">举报投诉</a></p>
<p>天涯社区 版权所有 Copyright &copy; 1999 - 2014 Tianya.cn All Rights Reserved</p>
<p>琼ICP备09005433号 增值电信业务经营许可证：琼B2-20060023</p>
</div>
</div>
<script type="text/javascript" src="http://static.tianyaui.com/global/blog/web/static/js/blog_post_5e9d0a4.js"></script>
<script type="text/javascript">TY.loader("TY.ui.nav", function(){});blog.post.init();</script>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F9c8b2f6d0e7a41f3c5b8d2e6a1f4c703' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

COMMENTS = {
    "53914728": [
        ("老年大学书法班老孙", "71022356", "2013-03-05 21:03", "李主任讲得实在，场地的事可算有着落了。"),
        ("河边柳", "50317762", "2013-03-06 08:47", "我妈在合唱团，回来说开学典礼很隆重，谢谢街道！"),
        ("天涯过客2012", "40872611", "2013-03-07 13:20", "支持社区工作者，顶一个。"),
    ],
    "62183047": [("七号楼王姐", "66190253", "2014-09-20 22:31", "跳蚤市场那个点子好，明年接着办！")],
    "62183105": [
        ("河边柳", "50317762", "2014-09-21 07:58", "老李辛苦了，文化节办得热闹，我家孩子玩得可开心了。"),
        (BLOGGER, "71902384", "2014-09-21 09:12", "谢谢大家捧场，百家宴的照片过两天整理好发相册。"),
    ],
}


def newest():
    return "\n".join(
        f'<li><a href="{path_of(p)}">{p["title"]}</a></li>' for p in POSTS[:5]
    )


def page(title, body, *, keywords, desc, postid="0", pagetype="post", nav="", ret="http://blog.tianya.cn/"):
    head = render(HEAD, TITLE=title, KEYWORDS=keywords, DESC=desc, BLOGID=BLOGID, BLOGNAME=BLOGNAME,
                  BLOGGER=BLOGGER, POSTID=postid, PAGETYPE=pagetype, RETURN=ret, HOME=HOME, LIST1=LIST1,
                  NAV_HOME=' class="on"' if nav == "home" else "",
                  NAV_LIST=' class="on"' if nav == "list" else "")
    return head + body + render(SIDEBAR, BLOGGER=BLOGGER, BLOGID=BLOGID, LIST1=LIST1, NEWEST=newest())


def body_html(p):
    lines = []
    if p["style"] == "p":
        lines = [f"<p>　　{x}</p>" for x in p["paras"]]
        if p["top"]:
            lines.insert(0, f"<p>{p['top']}</p>")
        if p["end"]:
            lines.append(f"<p>{p['end']}</p>")
        return "\n".join(lines)
    parts = []
    if p["top"]:
        parts.append(p["top"] + "<br />")
    parts += [f"　　{x}<br />\n<br />" for x in p["paras"]]
    if p["end"]:
        nxt = POSTS[POSTS.index(p) - 1]
        parts.append(f'<a href="{path_of(nxt)}" target="_blank">{p["end"]}</a>')
    return "\n".join(parts)


def post_page(p):
    i = POSTS.index(p)
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    comments = COMMENTS.get(p["id"], [])
    citems = []
    for n, (name, uid, when, text) in enumerate(comments, 1):
        host_mark = ' <span class="blogger-mark">博主</span>' if uid == "71902384" else ""
        citems.append(f"""<div class="comment-item" id="c{p['id']}{n}">
<div class="comment-pic"><a href="http://www.tianya.cn/{uid}" target="_blank"><img src="http://tx.tianyaui.com/logo/small/{uid}" width="48" height="48" alt="" /></a></div>
<div class="comment-main">
<p class="comment-info"><a class="comment-author" href="http://www.tianya.cn/{uid}" target="_blank">{name}</a>{host_mark} <span class="comment-time">{when}</span> <span class="comment-floor">{n}楼</span></p>
<div class="comment-text">{text}</div>
<p class="comment-act"><a href="javascript:void(0);" class="js_quote" rel="nofollow">引用</a> <a href="javascript:void(0);" class="js_reply" rel="nofollow">回复</a></p>
</div>
</div>""")
    clist = "\n".join(citems) if citems else '<p class="no-comment">暂无评论，快来抢沙发吧！</p>'
    nav = []
    nav.append(f'<p class="prev">上一篇：<a href="{path_of(newer)}">{newer["title"]}</a></p>' if newer
               else '<p class="prev">上一篇：没有了</p>')
    nav.append(f'<p class="next">下一篇：<a href="{path_of(older)}">{older["title"]}</a></p>' if older
               else '<p class="next">下一篇：没有了</p>')
    related = [q for q in POSTS if q is not p][:4]
    rel = "\n".join(f'<li><a href="{path_of(q)}">{q["title"]}</a><span>{q["time"][:10]}</span></li>' for q in related)
    tags = "社区 文化节 致辞" if p["paras"] is not OLD.paras else "老年大学 开学典礼 讲话"
    taglinks = " ".join(f'<a href="http://blog.tianya.cn/tag/{t}" target="_blank">{t}</a>' for t in tags.split())
    desc = p["paras"][0][:80]
    body = f"""<div class="article" id="js_article">
<div class="article-hd">
<h2 class="article-title">{p['title']}</h2>
<div class="article-info">
<span class="time">发表于：{p['time']}</span>
<span class="category">分类：<a href="http://blog.tianya.cn/list-{BLOGID}-1.shtml?cid=3071">{p['cat']}</a></span>
<span class="count">阅读(<em id="js_readcount">{p['read']}</em>) 评论(<em>{p['comments']}</em>)</span>
<span class="fontsize">字号：<a href="javascript:void(0);" rel="nofollow">大</a> <a href="javascript:void(0);" rel="nofollow">中</a> <a href="javascript:void(0);" rel="nofollow">小</a></span>
</div>
</div>
<div class="article-content" id="blogContent">
{body_html(p)}
</div>
<div class="article-tag">标签：{taglinks}</div>
<div class="article-share clearfix">
<span class="share-label">分享到：</span>
<a href="javascript:void(0);" class="share-tsina" title="分享到新浪微博" rel="nofollow">新浪微博</a>
<a href="javascript:void(0);" class="share-qzone" title="分享到QQ空间" rel="nofollow">QQ空间</a>
<a href="javascript:void(0);" class="share-tqq" title="分享到腾讯微博" rel="nofollow">腾讯微博</a>
<a href="javascript:void(0);" class="share-renren" title="分享到人人网" rel="nofollow">人人网</a>
<a href="javascript:void(0);" class="share-weixin" title="分享到微信" rel="nofollow">微信</a>
<span class="article-act"><a href="javascript:void(0);" class="js_zan" rel="nofollow">赞(<em>{p['read'] // 40}</em>)</a> <a href="javascript:void(0);" class="js_fav" rel="nofollow">收藏</a> <a href="javascript:void(0);" class="js_report" rel="nofollow">举报</a></span>
</div>
<div class="article-nav">
{chr(10).join(nav)}
</div>
</div>
<div class="mod mod-related">
<div class="mod-hd"><h3>相关博文</h3></div>
<div class="mod-bd"><ul>
{rel}
</ul></div>
</div>
<div class="mod mod-comment" id="comments">
<div class="mod-hd"><h3>网友评论</h3><span class="total">共 {len(comments)} 条</span></div>
<div class="mod-bd comment-list">
{clist}
</div>
</div>
<div class="mod mod-postcomment">
<div class="mod-hd"><h3>发表评论</h3></div>
<div class="mod-bd">
<div class="login-tip">请先 <a href="http://passport.tianya.cn/login.jsp?returnURL=http%3A%2F%2Fblog.tianya.cn{path_of(p).replace('/', '%2F')}" rel="nofollow">登录</a> 或 <a href="http://passport.tianya.cn/register/default.jsp" rel="nofollow">注册</a> 后发表评论</div>
<textarea id="js_comment_content" class="comment-textarea" rows="5" cols="60" disabled="disabled"></textarea>
<p class="comment-submit"><input type="button" value="发表评论" class="btn" disabled="disabled" /> <span class="tip">文明上网，理性发言</span></p>
</div>
</div>
"""
    ret = "http%3A%2F%2Fblog.tianya.cn" + path_of(p).replace("/", "%2F")
    return page(f"{p['title']}_{BLOGGER}_天涯博客", body, keywords=f"{p['title']},{BLOGNAME},天涯博客",
                desc=desc, postid=p["id"], ret=ret)


def summary(p):
    if p["paras"]:
        text = "".join(p["paras"][:2])[:120] + "……"
    else:
        text = {"61750392": "中秋节前，社区组织居民在活动室包月饼，老老少少来了六十多个人……",
                "58206611": "腊月二十三，跟着街道领导走访了辖区里的八户困难家庭……"}[p["id"]]
    return text


def home_page():
    items = []
    for p in POSTS[:4]:
        items.append(f"""<div class="post-item">
<h2 class="post-title"><a href="{path_of(p)}">{p['title']}</a></h2>
<p class="post-info"><span>{p['time']}</span> 分类：{p['cat']}</p>
<div class="post-summary">{summary(p)}</div>
<p class="post-more"><a href="{path_of(p)}">阅读全文&gt;&gt;</a> <span>阅读({p['read']})</span> <span>评论({p['comments']})</span></p>
</div>""")
    body = '<div class="mod mod-home-posts">\n<div class="mod-hd"><h3>博文</h3><a class="more" href="' + LIST1 + '">更多&gt;&gt;</a></div>\n<div class="mod-bd">\n' + "\n".join(items) + "\n</div>\n</div>\n"
    return page(f"{BLOGNAME}_{BLOGGER}_天涯博客", body, keywords=f"{BLOGNAME},{BLOGGER},天涯博客",
                desc="社区的事没有小事，记下来，留个念想。", pagetype="home", nav="home")


def list_page(posts, n):
    rows = "\n".join(
        f'<li class="clearfix"><span class="list-title"><a href="{path_of(p)}">{p["title"]}</a></span>'
        f'<span class="list-cat">[{p["cat"]}]</span><span class="list-count">阅读({p["read"]}) 评论({p["comments"]})</span>'
        f'<span class="list-time">{p["time"]}</span></li>' for p in posts)
    if n == 1:
        pager = f'<div class="pages"><span class="disabled">上一页</span> <strong>1</strong> <a href="{LIST2}">2</a> <a href="{LIST2}">下一页</a> <span class="total">共 2 页</span></div>'
    else:
        pager = f'<div class="pages"><a href="{LIST1}">上一页</a> <a href="{LIST1}">1</a> <strong>2</strong> <span class="disabled">下一页</span> <span class="total">共 2 页</span></div>'
    body = f"""<div class="mod mod-postlist">
<div class="mod-hd"><h3>全部博文</h3><span class="total">(146)</span></div>
<div class="mod-bd"><ul class="post-list">
{rows}
</ul>
{pager}
</div>
</div>
"""
    return page(f"博文_{BLOGNAME}_{BLOGGER}_天涯博客", body, keywords=f"{BLOGNAME},博文目录,天涯博客",
                desc=f"{BLOGNAME}的全部博文", pagetype="list", nav="list")


def build() -> Family:
    fam = Family(HOST, "天涯博客 (blog.tianya.cn/post-N-M-1.shtml), about 2013–2014",
                 content_type="text/html")
    for p in POSTS:
        if p["paras"] is not None:
            fam.put(path_of(p), post_page(p))
    fam.put(HOME, home_page())
    fam.put(LIST1, list_page(POSTS[:4], 1))
    fam.put(LIST2, list_page(POSTS[4:], 2))
    fam.home = HOME
    fam.put("/robots.txt", "User-agent: *\nDisallow: /myblog/\nDisallow: /blogger/\nDisallow: /api/\n", "ascii")
    one, two, old = POSTS[1], POSTS[0], POSTS[4]
    fam.doc([path_of(old)], OLD, published_at="2013-03-05")
    fam.doc([path_of(one), path_of(two)], FEST, published_at="2014-09-20")
    fam.not_documents += [LIST1, LIST2, path_of(two)]
    fam.noise += [
        "（未完待续）", "（接上文）", "上一篇：", "下一篇：", "相关博文", "网友评论", "发表评论", "博主资料",
        "最新博文", "最新评论", "琼ICP备09005433号", "分享到：", "标签：", "阅读全文", "文明上网，理性发言",
        "跳蚤市场那个点子好", "李主任讲得实在",
    ]
    fam.note = ("posts at /post-BLOGID-POSTID-1.shtml (the last number is the comment page); the 文化节 致辞 was "
                "posted as （一） (21:05, ending （未完待续） linked to the next post) and （二） (21:12, opening "
                "（接上文）): one document over both posts; served as text/html, charset in the meta tag")
    return fam
