"""凤凰博报 (blog.ifeng.com/article/N.html) as it printed a blogger's articles about 2014–2015: UTF-8
XHTML, the ifeng channel top bar (凤凰网首页 / 资讯 / 财经 / 娱乐 / 体育 / 时尚 / 汽车 / 房产 / 科技 / 读书 /
博报, 登录 / 注册), the 凤凰博报 logo strip (博报首页 / 排行榜 / 博客群 / 我的博报), the blogger's head
(`blogHead`: blog name, blog URL `/2837461.html`, 首页 / 博文 / 相册 / 关于我 / 留言板 tabs), articles
`/article/N.html`: `div.blogArticle` with `h2.blogTitle`, `div.blogInfo` (the time `2014-11-18 21:40:16`,
分类, 阅读 / 评论 counters filled by script), 字号, the text in `div.blogText#blogText` (`<p>` with
full-width indents in the blogger's own post; `<div>` lines from a paste in the other, a 转载 opened by
the blogger's `[转载]` title mark and a `原文地址：` line), 标签, 分享到, the 凤凰网 声明 line, 上一篇 /
下一篇, 博主推荐 / 相关博文, the comment box filled by script (正在加载评论… 登录后发表评论), right column
博主资料 (avatar, 加关注 / 发纸条, 访问 / 博文 / 粉丝), 博文分类, 最新博文, 博报热文, the ifeng footer
(凤凰新媒体 介绍 … 粤ICP证050280号, 京ICP证030609号 …).

Home is the blog `/2837461.html` (summaries, 阅读全文>>), 博文 list `/2837461/list/1.html` → `2.html`
(`pageNav` 上一页 1 2 下一页); not documents."""

from common import SPEECHES, Family, render

HOST = "blog.fenghuang-bobao.test"
UID = "2837461"
BLOGGER = "郑建华"
BLOGNAME = "老郑的车间笔记"
HOME = f"/{UID}.html"
LIST1 = f"/{UID}/list/1.html"
LIST2 = f"/{UID}/list/2.html"

ENT = SPEECHES["f44d-3"]
CLINIC = SPEECHES["f44d-5"]

POSTS = [
    {"id": "3041827", "title": CLINIC.title, "time": "2015-01-09 20:05:42", "cat": "转载", "read": 412,
     "comments": 0, "paras": CLINIC.paras, "style": "div", "repost": True, "speech": CLINIC},
    {"id": "3019266", "title": "厂里的年终盘点，今年不容易", "time": "2014-12-30 22:17:09", "cat": "车间笔记",
     "read": 236, "comments": 4, "paras": None},
    {"id": "3005513", "title": ENT.title, "time": "2014-11-18 21:40:16", "cat": "发言稿", "read": 1893,
     "comments": 3, "paras": ENT.paras, "style": "p", "repost": False, "speech": ENT},
    {"id": "2988140", "title": "去省工大实验室看了看", "time": "2014-10-26 19:33:50", "cat": "车间笔记",
     "read": 318, "comments": 1, "paras": None},
    {"id": "2950472", "title": "零部件行业这十年（三）", "time": "2014-08-15 21:02:37", "cat": "车间笔记",
     "read": 705, "comments": 6, "paras": None},
]


def path_of(p):
    return f"/article/{p['id']}.html"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://y0.ifengimg.com/blog/css/common_2014.css" rel="stylesheet" type="text/css" />
<link href="http://y0.ifengimg.com/blog/css/article_2014.css" rel="stylesheet" type="text/css" />
<link href="http://y0.ifengimg.com/blog/skin/default/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var blogConfig = {uid:"@@UID@@", bloguid:"@@UID@@", nickname:"@@BLOGGER@@", blogname:"@@BLOGNAME@@", aid:"@@AID@@", pagetype:"@@PAGETYPE@@"};
</script>
<script type="text/javascript" src="http://y0.ifengimg.com/base/jQuery/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="http://y0.ifengimg.com/blog/js/blog_common.js"></script>
</head>
<body>
<!-- 公用头部 begin -->
<div class="ifeng_top">
<div class="w1000 clearfix">
<ul class="topNav">
<li><a href="http://www.ifeng.com/" target="_blank">凤凰网首页</a></li>
<li><a href="http://news.ifeng.com/" target="_blank">资讯</a></li>
<li><a href="http://finance.ifeng.com/" target="_blank">财经</a></li>
<li><a href="http://ent.ifeng.com/" target="_blank">娱乐</a></li>
<li><a href="http://sports.ifeng.com/" target="_blank">体育</a></li>
<li><a href="http://fashion.ifeng.com/" target="_blank">时尚</a></li>
<li><a href="http://auto.ifeng.com/" target="_blank">汽车</a></li>
<li><a href="http://house.ifeng.com/" target="_blank">房产</a></li>
<li><a href="http://tech.ifeng.com/" target="_blank">科技</a></li>
<li><a href="http://book.ifeng.com/" target="_blank">读书</a></li>
<li><a href="http://blog.ifeng.com/" target="_blank">博报</a></li>
</ul>
<div class="topLogin" id="topLoginBox"><a href="https://id.ifeng.com/user/login?return_url=@@RETURN@@" rel="nofollow">登录</a> | <a href="https://id.ifeng.com/user/register" rel="nofollow">注册</a></div>
</div>
</div>
<div class="blogLogoBar">
<div class="w1000 clearfix">
<a class="bbLogo" href="http://blog.ifeng.com/" title="凤凰博报"><img src="http://y0.ifengimg.com/blog/images/logo_bobao.gif" alt="凤凰博报" /></a>
<ul class="bbNav"><li><a href="http://blog.ifeng.com/">博报首页</a></li><li><a href="http://blog.ifeng.com/rank/">排行榜</a></li><li><a href="http://blog.ifeng.com/group/">博客群</a></li><li><a href="http://blog.ifeng.com/my/" rel="nofollow">我的博报</a></li></ul>
<form class="bbSearch" action="http://search.ifeng.com/sofeng/search.action" method="get" target="_blank"><input type="text" name="q" value="搜索博文" /><input type="hidden" name="c" value="5" /><input type="submit" value="搜索" /></form>
</div>
</div>
<!-- 公用头部 end -->
<div class="blogWrap w1000">
<div class="blogHead">
<h1 class="blogName"><a href="@@HOME@@">@@BLOGNAME@@</a></h1>
<p class="blogUrl"><a href="http://blog.ifeng.com@@HOME@@">http://blog.ifeng.com@@HOME@@</a></p>
<p class="blogDesc">一个做了十几年机械加工的人，记点厂里的事。</p>
<ul class="blogNav clearfix">
<li@@NAV_HOME@@><a href="@@HOME@@">首页</a></li>
<li@@NAV_LIST@@><a href="@@LIST1@@">博文</a></li>
<li><a href="http://blog.ifeng.com/@@UID@@/photo.html">相册</a></li>
<li><a href="http://blog.ifeng.com/@@UID@@/profile.html">关于我</a></li>
<li><a href="http://blog.ifeng.com/@@UID@@/guestbook.html">留言板</a></li>
</ul>
</div>
<div class="blogBody clearfix">
<div class="blogLeft">
"""

RIGHT = """</div>
<div class="blogRight">
<div class="box boxProfile">
<h3 class="boxTit">博主资料</h3>
<div class="boxCon">
<div class="pic"><a href="@@HOME@@"><img src="http://y0.ifengimg.com/blog/avatar/@@UID@@_120.jpg" width="120" height="120" alt="@@BLOGGER@@" /></a></div>
<p class="name"><a href="@@HOME@@">@@BLOGGER@@</a></p>
<p class="btns"><a href="javascript:void(0);" class="btnFollow" rel="nofollow">加关注</a> <a href="javascript:void(0);" class="btnMsg" rel="nofollow">发纸条</a></p>
<ul class="num clearfix"><li><span>访问</span><em>58,214</em></li><li><span>博文</span><em>87</em></li><li><span>粉丝</span><em>143</em></li></ul>
</div>
</div>
<div class="box boxCate">
<h3 class="boxTit">博文分类</h3>
<div class="boxCon"><ul>
<li><a href="@@LIST1@@">全部博文</a>(87)</li>
<li><a href="/@@UID@@/list/1.html?cid=11">车间笔记</a>(54)</li>
<li><a href="/@@UID@@/list/1.html?cid=12">发言稿</a>(9)</li>
<li><a href="/@@UID@@/list/1.html?cid=13">转载</a>(24)</li>
</ul></div>
</div>
<div class="box boxNew">
<h3 class="boxTit">最新博文</h3>
<div class="boxCon"><ul>
@@NEWEST@@
</ul></div>
</div>
<div class="box boxHot">
<h3 class="boxTit">博报热文</h3>
<div class="boxCon"><ul>
<li><a href="http://blog.ifeng.com/article/3040561.html" target="_blank">县城的年味，一年比一年淡了</a></li>
<li><a href="http://blog.ifeng.com/article/3039982.html" target="_blank">一个乡村教师的二十年</a></li>
<li><a href="http://blog.ifeng.com/article/3041003.html" target="_blank">回老家过年要不要开车？</a></li>
</ul></div>
</div>
<div class="box boxAd"><script type="text/javascript" src="http://c1.ifengimg.com/mappa/2014/blog_right_300x250.js"></script></div>
</div>
</div>
</div>
<!-- 公用尾部 begin -->
<div class="ifeng_footer">
<p class="footNav"><a href="http://www.ifeng.com/corp/about/intro/" target="_blank">凤凰新媒体介绍</a> | <a href="http://www.ifeng.com/corp/investor/" target="_blank">投资者关系 Investor Relations</a> | <a href="http://www.ifeng.com/corp/ad/" target="_blank">广告服务</a> | <a href="http://www.ifeng.com/corp/contact/" target="_blank">联系我们</a> | <a href="http://www.ifeng.com/corp/copyright/" target="_blank">版权声明</a> | <a href="http://www.ifeng.com/corp/jubao/" target="_blank">举报中心</a></p>
<p>凤凰网版权所有 &copy; 2014 凤凰新媒体 All Rights Reserved</p>
<p>粤ICP证050280号 京ICP证030609号 京公网安备110000000012号 网络文化经营许可证 文网文[2012]0102-001号</p>
</div>
<!-- 公用尾部 end -->
<script type="text/javascript" src="http://y0.ifengimg.com/blog/js/article_2014.js"></script>
<script type="text/javascript" src="http://y0.ifengimg.com/sta_collection.3.3.16.min.js"></script>
<script type="text/javascript">BJ_REPORT && BJ_REPORT.init({id: 27});</script>
</body>
</html>
"""


def newest():
    return "\n".join(f'<li><a href="{path_of(p)}">{p["title"]}</a></li>' for p in POSTS[:5])


def page(title, body, *, keywords, desc, aid="", pagetype="article", nav="", ret="http%3A%2F%2Fblog.ifeng.com%2F"):
    head = render(HEAD, TITLE=title, KEYWORDS=keywords, DESC=desc, UID=UID, BLOGGER=BLOGGER, BLOGNAME=BLOGNAME,
                  AID=aid, PAGETYPE=pagetype, RETURN=ret, HOME=HOME, LIST1=LIST1,
                  NAV_HOME=' class="cur"' if nav == "home" else "",
                  NAV_LIST=' class="cur"' if nav == "list" else "")
    return head + body + render(RIGHT, HOME=HOME, UID=UID, BLOGGER=BLOGGER, LIST1=LIST1, NEWEST=newest())


def text_html(p):
    if p["style"] == "p":
        return "\n".join(f"<p>　　{x}</p>" for x in p["paras"])
    out = ['<div style="text-align:left;">原文地址：<a href="http://blog.ifeng.com/article/3041690.html" '
           'target="_blank">在乡镇卫生院职工大会上的讲话</a>　作者：<a href="http://blog.ifeng.com/1906633.html" '
           'target="_blank">山里郎中</a></div>', "<div><br /></div>"]
    out += [f"<div>&nbsp; &nbsp; &nbsp; &nbsp;{x}</div>" for x in p["paras"]]
    return "\n".join(out)


COMMENTS = {
    "3005513": [("机加工小王", "2014-11-19 08:12", "郑总说到点子上了，高级技工确实难招。"),
                ("凤凰网友fz8821", "2014-11-19 12:40", "融资难说了多少年了，希望这次能落实。"),
                ("长江边上", "2014-11-20 21:05", "质量就是饭碗，说得好。")],
}


def article_page(p):
    i = POSTS.index(p)
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    title_shown = ("[转载]" if p["repost"] else "") + p["title"]
    prev = f'<span class="prev">上一篇：<a href="{path_of(older)}">{older["title"]}</a></span>' if older else '<span class="prev">上一篇：没有了</span>'
    nxt = f'<span class="next">下一篇：<a href="{path_of(newer)}">{newer["title"]}</a></span>' if newer else '<span class="next">下一篇：没有了</span>'
    tags = ["卫生院", "讲话", "转载"] if p["repost"] else ["民营企业", "座谈会", "发言"]
    taglinks = " ".join(f'<a href="http://blog.ifeng.com/tag/{t}" target="_blank">{t}</a>' for t in tags)
    rel = "\n".join(f'<li><a href="{path_of(q)}">{q["title"]}</a></li>' for q in POSTS if q is not p and q["paras"] is None)
    comments = COMMENTS.get(p["id"], [])
    static_comments = "\n".join(
        f'<li><p class="cmtUser"><a href="javascript:void(0);">{n}</a> <span>{t}</span></p><p class="cmtText">{c}</p></li>'
        for n, t, c in comments)
    body = f"""<!-- 正文 begin -->
<div class="blogArticle" id="blogArticle">
<h2 class="blogTitle">{title_shown}</h2>
<div class="blogInfo clearfix">
<span class="time">{p['time']}</span>
<span class="cate">分类：<a href="/{UID}/list/1.html?cid={13 if p['repost'] else 12}">{p['cat']}</a></span>
<span class="count">阅读(<em id="readNum_{p['id']}">{p['read']}</em>) 评论(<em id="cmtNum_{p['id']}">{p['comments']}</em>)</span>
<span class="size">字号：<a href="javascript:setFont(16);" rel="nofollow">大</a> <a href="javascript:setFont(14);" rel="nofollow">中</a> <a href="javascript:setFont(12);" rel="nofollow">小</a></span>
</div>
<div class="blogText" id="blogText">
{text_html(p)}
</div>
<div class="blogTag">标签：{taglinks}</div>
<div class="blogShare clearfix">
<span class="shareTit">分享到：</span>
<a href="javascript:void(0);" class="s_weibo" title="新浪微博" rel="nofollow">新浪微博</a>
<a href="javascript:void(0);" class="s_weixin" title="微信" rel="nofollow">微信</a>
<a href="javascript:void(0);" class="s_qzone" title="QQ空间" rel="nofollow">QQ空间</a>
<a href="javascript:void(0);" class="s_tqq" title="腾讯微博" rel="nofollow">腾讯微博</a>
<a href="javascript:void(0);" class="s_renren" title="人人网" rel="nofollow">人人网</a>
<span class="btnDing"><a href="javascript:void(0);" rel="nofollow">顶<em>{p['read'] // 60}</em></a></span>
<a href="javascript:void(0);" class="btnFav" rel="nofollow">收藏</a> <a href="http://www.ifeng.com/corp/jubao/" target="_blank" class="btnReport">举报</a>
</div>
<p class="blogStatement">声明：本文由入驻凤凰博报的作者撰写，除凤凰网官方账号外，观点仅代表作者本人，不代表凤凰网立场。</p>
<div class="blogPage clearfix">
{prev}
{nxt}
</div>
</div>
<!-- 正文 end -->
<div class="box boxRelated">
<h3 class="boxTit">博主推荐</h3>
<div class="boxCon"><ul>
{rel}
</ul></div>
</div>
<div class="box boxComment" id="comment">
<h3 class="boxTit">评论</h3>
<div class="boxCon">
<ul class="cmtList" id="cmtList_{p['id']}">
{static_comments}
</ul>
<div id="cmtLoading" class="loading">正在加载评论…</div>
<div class="cmtPost">
<textarea name="content" id="cmtContent" rows="5" cols="70"></textarea>
<p class="cmtLogin">您需要 <a href="https://id.ifeng.com/user/login" rel="nofollow">登录</a> 后发表评论 <input type="button" class="btnSubmit" value="发表评论" /></p>
<p class="cmtTip">请遵守国家相关法律法规，文明上网，理性发言。</p>
</div>
</div>
</div>
"""
    desc = p["paras"][0] + p["paras"][1][:60]
    ret = "http%3A%2F%2Fblog.ifeng.com%2Farticle%2F" + p["id"] + ".html"
    return page(f"{title_shown}_{BLOGGER}_凤凰博报", body, keywords=",".join(tags), desc=desc, aid=p["id"], ret=ret)


def summary(p):
    if p["paras"]:
        return "".join(p["paras"][1:3])[:140] + "..."
    return {"3019266": "今年的年终盘点做了三天，账上的数字比去年好看一点，可应收款压得人喘不过气……",
            "2988140": "上周跟着技术科的小陈去了一趟省工大，看了看我们合作建的那个实验室……",
            "2950472": "2008年以后，行业里的日子一下子变了。先是订单少了一半，接着是原材料涨价……"}[p["id"]]


def home_page():
    items = "\n".join(f"""<div class="artItem">
<h3><a href="{path_of(p)}">{'[转载]' if p.get('repost') else ''}{p['title']}</a></h3>
<p class="artInfo">{p['time'][:16]} | 分类：{p['cat']}</p>
<p class="artSum">{summary(p)}</p>
<p class="artMore"><a href="{path_of(p)}">阅读全文&gt;&gt;</a> 阅读({p['read']}) | 评论({p['comments']})</p>
</div>""" for p in POSTS[:4])
    body = f'<div class="box boxArticleList">\n<h3 class="boxTit">博文</h3>\n<div class="boxCon">\n{items}\n</div>\n</div>\n'
    return page(f"{BLOGNAME}_{BLOGGER}_凤凰博报", body, keywords=f"{BLOGNAME},{BLOGGER},凤凰博报",
                desc="一个做了十几年机械加工的人，记点厂里的事。", pagetype="home", nav="home")


def list_page(posts, n):
    rows = "\n".join(
        f'<li class="clearfix"><span class="t"><a href="{path_of(p)}">{"[转载]" if p.get("repost") else ""}{p["title"]}</a></span>'
        f'<span class="c">{p["cat"]}</span><span class="n">{p["read"]}/{p["comments"]}</span><span class="d">{p["time"][:16]}</span></li>'
        for p in posts)
    if n == 1:
        pager = f'<div class="pageNav"><span class="dis">上一页</span><span class="cur">1</span><a href="{LIST2}">2</a><a href="{LIST2}">下一页</a></div>'
    else:
        pager = f'<div class="pageNav"><a href="{LIST1}">上一页</a><a href="{LIST1}">1</a><span class="cur">2</span><span class="dis">下一页</span></div>'
    body = f"""<div class="box boxList">
<h3 class="boxTit">全部博文<span>(87)</span></h3>
<div class="boxCon">
<ul class="artList"><li class="listHead clearfix"><span class="t">标题</span><span class="c">分类</span><span class="n">阅读/评论</span><span class="d">发表时间</span></li>
{rows}
</ul>
{pager}
</div>
</div>
"""
    return page(f"博文_{BLOGNAME}_{BLOGGER}_凤凰博报", body, keywords=f"{BLOGNAME},博文",
                desc=f"{BLOGNAME}全部博文", pagetype="list", nav="list")


def build() -> Family:
    fam = Family(HOST, "凤凰博报 (blog.ifeng.com/article/N.html), about 2014–2015",
                 content_type="text/html; charset=utf-8")
    for p in POSTS:
        if p["paras"] is not None:
            fam.put(path_of(p), article_page(p))
    fam.put(HOME, home_page())
    fam.put(LIST1, list_page(POSTS[:3], 1))
    fam.put(LIST2, list_page(POSTS[3:], 2))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /my/\nDisallow: /api/\n", "ascii")
    fam.home = HOME
    fam.doc([path_of(POSTS[2])], ENT, published_at="2014-11-18")
    fam.doc([path_of(POSTS[0])], CLINIC, published_at="2015-01-09")
    fam.not_documents += [LIST1, LIST2]
    fam.noise += [
        "原文地址：", "山里郎中", "[转载]", "上一篇：", "下一篇：", "博主推荐", "博主资料", "博文分类", "最新博文",
        "博报热文", "分享到：", "标签：", "声明：本文由入驻凤凰博报", "正在加载评论", "粤ICP证050280号",
        "阅读全文", "郑总说到点子上了", "文明上网，理性发言",
    ]
    fam.note = ("the 卫生院 speech is a 转载 (title marked [转载], a 原文地址： line first, `<div>&nbsp;…` lines); "
                "its expected title leaves out the [转载] mark, the text leaves out the 原文地址 line")
    return fam
