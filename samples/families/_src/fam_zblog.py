"""A 文秘 blog on Z-BlogPHP 1.7 with the stock `default` theme and static rewrite (`/post/128.html`,
`/category-3.html`, `/tags-12.html`, `/date-2024-12.html`, home page 2 `/page_2.html`): `#divAll >
#divPage > #divMiddle` with `#divTop` (`h1#BlogTitle`, `#BlogSubTitle`), `#divNavBar`, `#divMain`
(`div.post.single` > `h2.post-title` with `span.post-date`, `div.post-body`, `p.post-tags` 标签:,
`p.post-footer` 作者: | 分类: | 浏览: | 评论:), the comment list (`ul.msg`, `li.msgname` …发布于…
回复该评论, `li.msgarticle`), `#divCommentPost` (发表评论:, ◎欢迎参与讨论…), `#divSidebar` modules as
`dl.function` (控制面板, 网站分类, 搜索, 最新留言, 文章归档, 最近发表, 标签列表), `#divBottom`
(Powered By Z-BlogPHP). The theme adds a 相关文章 list after the post. One post is cut by a
回复可见 plugin: the first paragraphs, then the `【隐藏内容】` box (评论后刷新页面即可查看) → truncated;
the other is complete. Home and page 2 print each post's intro (`div.post.multi`): not documents."""

from common import SPEECHES, Family

HOST = "www.wenmi-biji.test"
SITE = "文秘笔记"
SUB = "写材料的那些事儿 · 讲话稿 致辞 发言稿"

POSTS = [
    dict(
        speech=SPEECHES["ZB1"],
        id=128,
        time="2024-12-21 09:16:42",
        cat=(3, "致辞讲话"),
        tags=[(12, "致辞"), (27, "供应商大会"), (31, "企业")],
        views=1874,
        intro="年底帮公司领导写的供应商大会致辞，领导念完反响不错。前面部分公开，完整稿按老规矩回复可见，需要的朋友留个言就行。",
        note=None,
        hide_after=4,
        comments=[
            (3401, "小陈写材料", "2024-12-21 10:02", "已评论，求全文，明天就要用，谢谢博主！"),
            (3405, "江南一枝笔", "2024-12-22 20:41", "“独行快，众行远”这句收尾用得好，学习了。"),
        ],
    ),
    dict(
        speech=SPEECHES["ZB2"],
        id=131,
        time="2024-05-13 21:08:05",
        cat=(5, "发言稿"),
        tags=[(45, "驻村"), (46, "乡村振兴"), (47, "发言")],
        views=962,
        intro="（帮驻村的老同学改的交接会发言稿，经本人同意发出来，地名人名做了处理。）",
        note="后记：老同学说，念到“一个电话，我们随叫随到”的时候，底下好几个老党员都站起来鼓掌了。",
        hide_after=None,
        comments=[(2987, "山里的风", "2024-05-14 07:55", "看得眼眶发热，驻村干部不容易。")],
    ),
]
OTHER_POSTS = [
    (126, "年终总结怎么写才不空？说说我的三个笨办法", "2024-12-08"),
    (129, "2025年元旦致辞开头结尾十例", "2024-12-28"),
    (117, "表态发言的几种常见结构", "2024-09-02"),
]


def post_url(pid):
    return f"/post/{pid}.html"


def head(title, rss=False):
    feed = (
        f'<link rel="alternate" type="application/rss+xml" href="http://{HOST}/feed.php" title="{SITE}" />\n'
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://{HOST}/zb_system/xml-rpc/?rsd" />\n'
        f'<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="http://{HOST}/zb_system/xml-rpc/wlwmanifest.xml" />\n'
        if rss
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">

<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="ie=edge" />
<meta name="generator" content="Z-BlogPHP 1.7.3" />
<meta name="renderer" content="webkit">
<title>{title}</title>
<link rel="stylesheet" rev="stylesheet" href="http://{HOST}/zb_users/theme/default/style/default.css?2023-02-14" type="text/css" media="all" />
<script src="http://{HOST}/zb_system/script/jquery-latest.min.js?v=173290"></script>
<script src="http://{HOST}/zb_system/script/zblogphp.js?v=173290"></script>
<script src="http://{HOST}/zb_system/script/c_html_js_add.php?hash=&v=173290"></script>
<script src="http://{HOST}/zb_users/theme/default/script/custom.js"></script>
{feed}</head>
"""


def top(tag="h3"):
    return f"""  <div id="divAll">
    <div id="divPage">
      <div id="divMiddle">
        <div id="divTop">
          <h1 id="BlogTitle"><a href="/">{SITE}</a></h1>
          <{tag} id="BlogSubTitle">{SUB}</{tag}>
        </div>
        <div id="divNavBar">
          <ul>
            <li id="nvabar-item-index"><a href="/">首页</a></li><li id="navbar-category-3"><a href="/category-3.html">致辞讲话</a></li><li id="navbar-category-5"><a href="/category-5.html">发言稿</a></li><li id="navbar-category-2"><a href="/category-2.html">写作心得</a></li><li id="navbar-page-2"><a href="/2.html">留言本</a></li>
          </ul>
        </div>
"""


def module(html_id, name, kind, content):
    inner = f"<div>{content}</div>" if kind == "div" else f"<ul>{content}</ul>"
    return f"""<dl class="function" id="{html_id}">
<dt class="function_t">{name}</dt>
<dd class="function_c">

{inner}

</dd>
</dl>"""


def sidebar():
    newest = sorted([(p["id"], p["speech"].title, p["time"][:10]) for p in POSTS] + OTHER_POSTS, reverse=True)
    return (
        module(
            "divContorPanel",
            "控制面板",
            "div",
            '<span class="cp-hello">您好，欢迎到访网站！</span><br/><span class="cp-login"><a href="/zb_system/cmd.php?act=login">登录后台</a></span>&nbsp;&nbsp;<span class="cp-vrs"><a href="/zb_system/cmd.php?act=misc&amp;type=vrs">查看权限</a></span>',
        )
        + module(
            "divCatalog",
            "网站分类",
            "ul",
            '<li><a title="致辞讲话" href="/category-3.html">致辞讲话</a></li><li><a title="发言稿" href="/category-5.html">发言稿</a></li><li><a title="写作心得" href="/category-2.html">写作心得</a></li>',
        )
        + module(
            "divSearchPanel",
            "搜索",
            "div",
            '<form name="search" method="post" action="/zb_system/cmd.php?act=search"><input type="text" name="q" size="11" /> <input type="submit" value="搜索" /></form>',
        )
        + module(
            "divComments",
            "最新留言",
            "ul",
            "".join(
                f'<li><a href="{post_url(p["id"])}#cmt{c[0]}" title="{c[1]} @ {c[2]}">{c[3]}</a></li>'
                for p in POSTS
                for c in p["comments"]
            ),
        )
        + module(
            "divArchives",
            "文章归档",
            "ul",
            '<li><a title="2024年12月" href="/date-2024-12.html">2024年12月 (3)</a></li><li><a title="2024年9月" href="/date-2024-9.html">2024年9月 (1)</a></li><li><a title="2024年5月" href="/date-2024-5.html">2024年5月 (1)</a></li>',
        )
        + module(
            "divPrevious",
            "最近发表",
            "ul",
            "".join(f'<li><a title="{t}" href="{post_url(i)}">{t}</a></li>' for i, t, _ in newest),
        )
        + module(
            "divTags",
            "标签列表",
            "ul",
            '<li><a title="致辞" href="/tags-12.html">致辞<span class="tag-count"> (14)</span></a></li><li><a title="发言" href="/tags-47.html">发言<span class="tag-count"> (9)</span></a></li><li><a title="乡村振兴" href="/tags-46.html">乡村振兴<span class="tag-count"> (3)</span></a></li>',
        )
    )


FOOT = f"""<div id="divBottom">
  <p id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" title="Z-BlogPHP 1.7.3 Build 173290" target="_blank">Z-BlogPHP 1.7.3</a></p>
  <p id="BlogCopyRight">Copyright &copy; 2019-2024 {SITE} 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">皖ICP备19004521号-1</a></p>
</div>
<div class="clear"></div>

<script>var _hmt = _hmt || [];</script>
"""


def end():
    return """      </div>
      <div class="clear"></div>
    </div>
    <div class="clear"></div>
  </div>
</body>

</html>"""


def post_body(p):
    sp = p["speech"]
    out = [f"<p>{p['intro']}</p>"]
    shown = sp.paras if p["hide_after"] is None else sp.paras[: p["hide_after"]]
    out += [f'<p style="text-indent: 2em;">{x}</p>' for x in shown]
    if p["hide_after"] is not None:
        out.append(
            '<div class="hidebox" style="border:1px dashed #f60;padding:10px 15px;margin:10px 0;background:#fffaf0;">'
            '<span class="hidebox-title" style="color:#f60;font-weight:bold;">【隐藏内容】</span>'
            '此处内容需要<a href="#divCommentPost">回复</a>后才能查看，评论后刷新页面即可查看！</div>'
        )
    if p["note"]:
        out.append("<hr />")
        out.append(f'<p><span style="color: #7f7f7f;">{p["note"]}</span></p>')
    return "".join(out)


def comment(pid, cid, who, when, text):
    return f"""<ul class="msg" id="cmt{cid}">
	<li class="msgname"><img class="avatar" src="http://{HOST}/zb_users/avatar/0.png" alt="" width="32"/>&nbsp;<span class="commentname"><a href="" rel="nofollow" target="_blank">{who}</a></span><br/><small>&nbsp;发布于&nbsp;{when}:00&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" onclick="zbp.comment.reply('{cid}')">回复该评论</a></span></small></li>
	<li class="msgarticle"><p>{text}</p>
	</li>
</ul>"""


def single(p):
    sp = p["speech"]
    tags = "".join(
        f"&nbsp;<a href='/tags-{i}.html' title='{n}'>{n}</a>&nbsp;<small>,</small>" for i, n in p["tags"]
    )
    related = "".join(
        f'<li><a href="{post_url(i)}" title="{t}">{t}</a><span>{d}</span></li>' for i, t, d in OTHER_POSTS
    )
    other = [q for q in POSTS if q is not p][0]
    related = (
        f'<li><a href="{post_url(other["id"])}" title="{other["speech"].title}">{other["speech"].title}</a><span>{other["time"][:10]}</span></li>'
        + related
    )
    comments = "".join(comment(p["id"], *c) for c in p["comments"])
    return (
        head(f"{SITE}-{sp.title}")
        + f"""
<body class="single article">
{top()}        <div id="divMain">
          <div class="post single">
	<h2 class="post-title">{sp.title}<span class="post-date">{p["time"]}</span></h2>
	<div class="post-body">{post_body(p)}</div>
	<p class="post-tags">
                标签:{tags}
	</p>
	<p class="post-footer">
		作者:文秘老王 <small>|</small> 分类:{p["cat"][1]} <small>|</small> 浏览:{p["views"]} <small>|</small> 评论:{len(p["comments"])}
	</p>
</div>
<div class="post related-posts"><h3 class="related-title">相关文章</h3><ul class="related-list">{related}</ul></div>

<ul class="msg msghead">
	<li class="tbname">评论列表</li>
</ul>

<label id="AjaxCommentBegin"></label>
<!--评论输出-->
{comments}

<!--评论翻页条输出-->
<div class="pagebar commentpagebar">
</div>
<label id="AjaxCommentEnd"></label>

<!--评论框-->
<div class="post" id="divCommentPost">
	<p class="posttop"><a name="comment">发表评论:</a><a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>
	<form id="frmSumbit" target="_self" method="post" action="http://{HOST}/zb_system/cmd.php?act=cmt&amp;postid={p["id"]}&amp;key=6c3e9f0d1a2b" >
	<input type="hidden" name="inpId" id="inpId" value="{p["id"]}" />
	<input type="hidden" name="inpRevID" id="inpRevID" value="0" />
	<p><input type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p>
	<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2" /> <label for="inpEmail">邮箱</label></p>
	<p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28" tabindex="3" /> <label for="inpHomePage">主页</label></p>
	<p style="display:none;"><label for="txaArticle">正文(*)</label></p>
	<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5" ></textarea></p>
	<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button" /></p>
	</form>
	<p class="postbottom">◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。</p>
</div>
        </div>
        <div id="divSidebar">
          {sidebar()}
        </div>
        {FOOT}"""
        + end()
    )


def multi(p):
    sp = p["speech"]
    intro = f"<p>{p['intro']}</p>" + "".join(f'<p style="text-indent: 2em;">{x}</p>' for x in sp.paras[:2])
    return f"""<div class="post multi">
	<h2 class="post-title"><a href="{post_url(p["id"])}">{sp.title}</a><span class="post-date">{p["time"]}</span></h2>
	<div class="post-body">{intro}</div>
	<p class="post-footer">
		作者:文秘老王 <small>|</small> 分类:{p["cat"][1]} <small>|</small> 浏览:{p["views"]} <small>|</small> 评论:{len(p["comments"])}
	</p>
</div>"""


def other_multi(i, t, d):
    return f"""<div class="post multi">
	<h2 class="post-title"><a href="{post_url(i)}">{t}</a><span class="post-date">{d} 20:30:00</span></h2>
	<div class="post-body"><p>写材料久了，总结出一点经验，和大家分享……</p></div>
	<p class="post-footer">
		作者:文秘老王 <small>|</small> 分类:写作心得 <small>|</small> 浏览:{300 + i} <small>|</small> 评论:0
	</p>
</div>"""


def index(page):
    zb1, zb2 = POSTS
    if page == 1:
        posts = other_multi(*OTHER_POSTS[1]) + multi(zb1) + other_multi(*OTHER_POSTS[0])
        bar = '<span class="page now-page">1</span><a title="2" href="/page_2.html"><span class="page">2</span></a><a title="›" href="/page_2.html"><span class="page">›</span></a><a title="»" href="/page_2.html"><span class="page">»</span></a>'
    else:
        posts = other_multi(*OTHER_POSTS[2]) + multi(zb2)
        bar = '<a title="«" href="/"><span class="page">«</span></a><a title="‹" href="/"><span class="page">‹</span></a><a title="1" href="/"><span class="page">1</span></a><span class="page now-page">2</span>'
    return (
        head(f"{SITE}-{SUB}" if page == 1 else f"{SITE}-{SUB}_第{page}页", rss=page == 1)
        + f"""
<body class="multi index">
{top("h2")}        <div id="divMain">
          {posts}
          <div class="pagebar">{bar}</div>
        </div>
        <div id="divSidebar">
          {sidebar()}
        </div>
        {FOOT}"""
        + end()
    )


def build() -> Family:
    fam = Family(
        HOST, "Z-BlogPHP 1.7 blog (default theme, static rewrite) with a 回复可见 hidden-content box"
    )
    fam.put("/", index(1))
    fam.put("/page_2.html", index(2))
    fam.not_documents += ["/", "/page_2.html"]
    for p in POSTS:
        fam.put(post_url(p["id"]), single(p))
        if p["hide_after"] is None:
            fam.doc([post_url(p["id"])], p["speech"], published_at=p["time"][:10])
        else:
            fam.doc(
                [post_url(p["id"])],
                p["speech"],
                truncated=True,
                text="\n".join(p["speech"].paras[: p["hide_after"]]),
                published_at=p["time"][:10],
            )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /zb_system/\nDisallow: /zb_users/\n", "ascii")
    fam.noise += [
        "年底帮公司领导写的供应商大会致辞",
        "完整稿按老规矩回复可见",
        "帮驻村的老同学改的交接会发言稿",
        "后记：",
        "【隐藏内容】",
        "评论后刷新页面即可查看",
        "标签:",
        "作者:文秘老王",
        "浏览:",
        "相关文章",
        "年终总结怎么写才不空",
        "评论列表",
        "回复该评论",
        "已评论，求全文",
        "驻村干部不容易",
        "发表评论:",
        "◎欢迎参与讨论",
        "控制面板",
        "网站分类",
        "最新留言",
        "文章归档",
        "最近发表",
        "标签列表",
        "Powered By",
        "皖ICP备19004521号-1",
        SUB,
    ]
    fam.note = (
        "Posts `/post/128.html` and `/post/131.html`; home `/` and `/page_2.html` print each post's intro (the "
        "blogger's line and two paragraphs). The 供应商大会 post shows the blogger's line and four paragraphs, then "
        "the 回复可见 plugin's 【隐藏内容】 box (truncated); the 驻村 post is complete, opened by the blogger's "
        "bracketed note and closed by an `<hr />` and a grey 后记 line (neither is text)."
    )
    return fam
