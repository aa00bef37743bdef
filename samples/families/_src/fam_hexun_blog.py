"""和讯博客 (USER.blog.hexun.com/N_d.html)-like personal blog, the 2010–2013 pages, GBK.

A county 农商银行 president's blog (老孙的银行笔记). `text/html; charset=gb2312` header and meta, GBK
bytes. Home `/` (和讯 top bar 和讯首页 / 博客 / 股票 / 基金 …, 登录 | 注册, the blog's banner with its
address, the nav 首页 / 文章 / 相册 / 收藏 / 留言 / 档案; left column 个人档案 (头像, 加为好友 / 发送留言,
博客等级 / 访问量 / 日志数), 文章分类, 最新评论, 访客; right column of `div.ArticleTitle` entries
with `[原创 2013-05-11 20:10:33]`, a `ArticleBlogText` abstract and 阅读全文>>) with page 2
`/p2/default.html` holding the older post. Posts `/N_d.html`: `span.ArticleTitleText`, the
`我顶 / 字号：大 中 小` line, `div.ArticleBlogText` where the blogger's own lines come before and
after the speech (`前记：` italic note, a `——以下为讲话全文——` rule, `后记：`, the 本文为作者原创
line), the `ArticleInfo` line (阅读(N)┊ 评论(N)┊ 收藏 ┊ 转载 ┊ 喜欢▼ ┊ 打印 ┊ 举报), 已有N位网友推荐,
前一篇 / 后一篇, 相关博文, the 网友评论 list and the 发表评论 form with a 验证码."""

from common import SPEECHES, Family, render

HOST = "sunweiguo.blog-hexun-like.test"
BLOG = "老孙的银行笔记"
NICK = "县域银行老孙"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://img.blog.hexun-like.test/style/blog2010/common.css" rel="stylesheet" type="text/css" />
<link href="http://img.blog.hexun-like.test/style/skins/skin_0087/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img.blog.hexun-like.test/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="http://img.blog.hexun-like.test/js/blog2010/blogcommon.js"></script>
<script type="text/javascript">var BlogID = 3317265; var BlogName = "sunweiguo"; var ArticleID = @@AID@@; var UserID = 26518832; var isLogin = false;</script>
</head>
<body>
<div id="hxTopBar"><div class="hxTopBarIn">
<div class="hxNavL"><a href="http://www.hexun-like.test/" target="_blank">和讯首页</a> | <a href="http://news.hexun-like.test/" target="_blank">新闻</a> | <a href="http://stock.hexun-like.test/" target="_blank">股票</a> | <a href="http://funds.hexun-like.test/" target="_blank">基金</a> | <a href="http://bank.hexun-like.test/" target="_blank">银行</a> | <a href="http://blog.hexun-like.test/" target="_blank">博客</a> | <a href="http://t.hexun-like.test/" target="_blank">微博</a> | <a href="http://bbs.hexun-like.test/" target="_blank">论坛</a></div>
<div class="hxNavR"><a href="http://reg.hexun-like.test/login.aspx?gourl=http%3A%2F%2Fsunweiguo.blog.hexun.com%2F">登录</a> | <a href="http://reg.hexun-like.test/regname.aspx">注册</a> | <a href="http://blog.hexun-like.test/cmshelp/">帮助</a> | <a href="http://post.blog.hexun-like.test/default.aspx?blogname=sunweiguo" rel="nofollow">写博客</a></div>
</div></div>
<div id="BlogHeader">
<div class="BlogTitle"><a href="/">""" + BLOG + """</a></div>
<div class="BlogUrl"><a href="http://sunweiguo.blog.hexun.com/">http://sunweiguo.blog.hexun.com/</a> [<a href="javascript:void(0)" onclick="copyBlogUrl()">复制</a>] [<a href="http://blog.hexun-like.test/feed/sunweiguo/rss2.aspx">订阅</a>]</div>
<div class="BlogDesc">在县里的银行干了二十六年，记点工作，记点生活。</div>
</div>
<div id="BlogNav"><ul>
<li><a href="/">首页</a></li><li class="on"><a href="/p1/default.html">文章</a></li><li><a href="http://photo.hexun-like.test/sunweiguo/">相册</a></li><li><a href="http://sunweiguo.blog.hexun.com/fav/">收藏</a></li><li><a href="http://sunweiguo.blog.hexun.com/message/">留言</a></li><li><a href="http://sunweiguo.blog.hexun.com/profile/">档案</a></li>
</ul></div>
<div id="BlogMain">
<div id="BlogLeft">
<div class="Module"><div class="ModuleTitle">个人档案</div><div class="ModuleBody">
<div class="Avatar"><img src="http://photo.hexun-like.test/p/2010/avatar/26518832_120.jpg" width="120" height="120" alt="" /></div>
<div class="UserName"><a href="http://sunweiguo.blog.hexun.com/profile/">""" + NICK + """</a></div>
<div class="UserBtn"><a href="javascript:AddFriend(26518832)">加为好友</a> <a href="javascript:SendMsg(26518832)">发送留言</a></div>
<ul class="UserInfo"><li>博客等级：<img src="http://img.blog.hexun-like.test/images/level/lv6.gif" alt="" /></li><li>访问量：218436</li><li>日志数：347</li><li>开博时间：2007-06-21</li></ul>
</div></div>
<div class="Module"><div class="ModuleTitle">文章分类</div><div class="ModuleBody"><ul>
<li><a href="/c1562093_default.html">工作讲话</a>(41)</li><li><a href="/c1562094_default.html">行业观察</a>(87)</li><li><a href="/c1562095_default.html">读书笔记</a>(52)</li><li><a href="/c1562096_default.html">家长里短</a>(167)</li>
</ul></div></div>
<div class="Module"><div class="ModuleTitle">最新评论</div><div class="ModuleBody"><ul>
<li><a href="/81392177_d.html#comment">老稳健：理性投资，这话说到点子上了。</a></li><li><a href="/80617354_d.html#comment">田间地头：农户小额贷款确实方便了。</a></li><li><a href="/80617354_d.html#comment">银行小兵：孙行长讲得实在。</a></li>
</ul></div></div>
<div class="Module"><div class="ModuleTitle">最近访客</div><div class="ModuleBody"><ul class="Visitors"><li><a href="http://laowenjian.blog.hexun.com/">老稳健</a></li><li><a href="http://tianjiandt.blog.hexun.com/">田间地头</a></li><li><a href="http://yinhangxb.blog.hexun.com/">银行小兵</a></li></ul></div></div>
</div>
<div id="BlogRight">
"""

FOOT = """</div>
<div class="clear"></div>
</div>
<div id="BlogFooter">
<p><a href="http://www.hexun-like.test/aboutus/">关于和讯</a> | <a href="http://www.hexun-like.test/aboutus/contact.htm">联系我们</a> | <a href="http://www.hexun-like.test/aboutus/ads.htm">广告服务</a> | <a href="http://blog.hexun-like.test/cmshelp/">博客帮助</a> | <a href="http://www.hexun-like.test/law.htm">法律声明</a></p>
<p>和讯网 版权所有 Copyright &copy; 1996-2013 HeXun.com. All Rights Reserved. 京ICP证010109号</p>
</div>
<script type="text/javascript" src="http://utrack.hexun-like.test/track/track_xrs.js"></script>
<script type="text/javascript">var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F9a2c1e7e3f51d2a0b44ce1c6c0a1d3f2' type='text/javascript'%3E%3C/script%3E"));</script>
</body>
</html>
"""

POSTS = [
    # key, article id, posted at, category, read, comments, before-notes, after-notes, comments
    ("f49d-1", 80617354, "2013-01-19 21:35:12", "工作讲话", 1286,
     ["前记：今天上午开了全行年度工作会，下午又陪市分行的同志看了两个网点，晚上才有空把讲话稿整理出来。稿子是办公室小刘起草的，我改了三遍，开会时又脱稿说了几句，这里贴的是会后按录音补齐的稿子，留个底。"],
     ["后记：会上讲到“躺着赚钱的日子一去不复返”，下面有几个老支行长笑了。笑归笑，这话是真的。明年这个时候再回头看看，今年说的事办成了几件。"],
     [("银行小兵", "2013-01-20 08:12", "孙行长讲得实在，我们网点今年就按包片到村来干。"),
      ("田间地头", "2013-01-20 12:40", "农户小额贷款确实方便了，去年我家贷了三万块买农机，一个星期就批下来了。"),
      ("老稳健", "2013-01-21 09:03", "利率市场化对县里的农商行冲击不小，这篇讲话值得同行看看。")]),
    ("f49d-2", 81392177, "2013-05-11 20:10:33", "行业观察", 842,
     ["前记：今天应老同学之邀，去他们证券营业部的投资者教育周启动仪式上凑了个热闹。他是营业部总经理，致辞写得不错，征得他同意，转到我这里。我们银行柜台上也天天碰到拿着全部积蓄来买理财的老人，道理是相通的。"],
     ["后记：老同学说，这稿子他自己写的，一个字没让别人改。我看最要紧的是那句“把合适的产品卖给合适的客户”，银行也该这样。"],
     [("老稳健", "2013-05-12 10:26", "理性投资，这话说到点子上了。去年我就是听消息追高，吃了大亏。"),
      ("股海扁舟", "2013-05-12 22:47", "适当性管理要真落实就好了，很多营业部就是冲业绩。")]),
]


def entry_head(aid, title, posted):
    return (f'<div class="ArticleTitle"><span class="ArticleTitleText"><a href="/{aid}_d.html">{title}</a></span>'
            f'&nbsp;<span class="ArticleTitleTime">[原创 {posted}]</span></div>\n')


def post_page(i, post):
    key, aid, posted, cat, read, before, after, comments = post
    s = SPEECHES[key]
    body = []
    for line in before:
        body.append(f'<p><em><font color="#666666">{line}</font></em></p>')
    body.append('<p align="center">——以下为讲话全文——</p>')
    body.append(f'<p align="center"><strong>{s.title}</strong></p>')
    for para in s.paras:
        body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{para}</p>")
    body.append('<p>&nbsp;</p>')
    for line in after:
        body.append(f'<p><em><font color="#666666">{line}</font></em></p>')
    body.append('<p><font color="#999999">（本文为作者原创，转载请注明出处：和讯博客·老孙的银行笔记）</font></p>')
    other = POSTS[1 - i]
    nav = (f'<div class="ArticleNext">前一篇：<a href="/{POSTS[0][1]}_d.html">{SPEECHES[POSTS[0][0]].title}</a></div>' if i == 1
           else f'<div class="ArticleNext">后一篇：<a href="/{POSTS[1][1]}_d.html">{SPEECHES[POSTS[1][0]].title}</a></div>')
    clist = "\n".join(
        f'<div class="CommentItem"><div class="CommentHead"><a href="http://blog.hexun-like.test/u/{n}/">{u}</a> <span>{t}</span> <span class="floor">{n}楼</span></div>'
        f'<div class="CommentText">{c}</div></div>'
        for n, (u, t, c) in enumerate(comments, 1))
    html = render(HEAD, TITLE=f"{s.title} - {BLOG} - 和讯博客", KW=f"{s.title},{cat},和讯博客",
                  DESC=s.paras[1][:70], AID=aid) + f"""<div class="Article">
{entry_head(aid, s.title, posted)}<div class="ArticleSubTitle"><a href="javascript:void(0)" onclick="Ding({aid})" class="ding">我顶</a>&nbsp;&nbsp;字号：<a href="javascript:setFontSize(16)">大</a> <a href="javascript:setFontSize(14)">中</a> <a href="javascript:setFontSize(12)">小</a>&nbsp;&nbsp;分类：<a href="/c1562093_default.html">{cat}</a></div>
<div class="ArticleBlogText" id="BlogArticleDetail">
{chr(10).join(body)}
</div>
<div class="ArticleTag">标签：<a href="http://blog.hexun-like.test/tag/%D6%C2%B4%C7/">讲话</a> <a href="http://blog.hexun-like.test/tag/%D2%F8%D0%D0/">银行</a></div>
<div class="ArticleInfo">阅读(<span id="clicknum">{read}</span>)┊ <a href="#comment">评论({len(comments)})</a> ┊ <a href="javascript:AddFav({aid})">收藏(0)</a> ┊ <a href="javascript:Reprint({aid})">转载(1)</a> ┊ <a href="javascript:void(0)">喜欢▼</a> ┊ <a href="javascript:window.print()">打印</a> ┊ <a href="http://blog.hexun-like.test/report.aspx?id={aid}">举报</a></div>
<div class="ArticleDing">已有<span>{len(comments) + 3}</span>位网友推荐</div>
{nav}
<div class="Relate"><div class="RelateTitle">相关博文</div><ul>
<li><a href="http://blog.hexun-like.test/relate/1.html">县域银行如何应对利率市场化</a></li><li><a href="http://blog.hexun-like.test/relate/2.html">投资者适当性管理的几点思考</a></li><li><a href="http://blog.hexun-like.test/relate/3.html">农户小额信用贷款的实践</a></li>
</ul></div>
<div class="Comment" id="comment"><div class="CommentTitle">网友评论</div>
{clist}
</div>
<div class="CommentPost"><div class="CommentTitle">发表评论</div>
<form action="http://comment.blog.hexun-like.test/PostComment.aspx" method="post"><input type="hidden" name="articleid" value="{aid}" />
<p>昵称：<input type="text" name="name" value="和讯网友" /> <a href="http://reg.hexun-like.test/login.aspx">登录</a> | <a href="http://reg.hexun-like.test/regname.aspx">注册</a></p>
<p><textarea name="content" cols="60" rows="6"></textarea></p>
<p>验证码：<input type="text" name="code" size="6" /> <img src="http://comment.blog.hexun-like.test/ValidateCode.aspx" alt="" /> <input type="submit" value="发表评论" /></p>
</form></div>
</div>
""" + FOOT
    return html


def listing(entries, page):
    items = []
    for key, aid, posted, cat, read, before, after, comments in entries:
        s = SPEECHES[key]
        items.append(f"""<div class="Article">
{entry_head(aid, s.title, posted)}<div class="ArticleBlogText">{before[0][:60]}……</div>
<div class="ArticleInfo">分类：<a href="/c1562093_default.html">{cat}</a> ┊ 阅读({read}) ┊ 评论({len(comments)}) ┊ <a href="/{aid}_d.html">阅读全文&gt;&gt;</a></div>
</div>""")
    pager = ('<div class="Pager">共2页 <span class="cur">1</span> <a href="/p2/default.html">2</a> <a href="/p2/default.html">下一页</a></div>' if page == 1
             else '<div class="Pager">共2页 <a href="/p1/default.html">上一页</a> <a href="/">1</a> <span class="cur">2</span></div>')
    return render(HEAD, TITLE=f"{BLOG} - 和讯博客" + ("" if page == 1 else " - 第2页"), KW="和讯博客,银行,县域金融",
                  DESC="在县里的银行干了二十六年，记点工作，记点生活。", AID=0) + "\n".join(items) + "\n" + pager + FOOT


def build() -> Family:
    fam = Family(HOST, "和讯博客 (USER.blog.hexun.com/N_d.html)-like personal blog, 2010–2013 pages, GBK",
                 encoding="gbk", content_type="text/html; charset=gb2312")
    for i, post in enumerate(POSTS):
        fam.put(f"/{post[1]}_d.html", post_page(i, post))
        fam.doc([f"/{post[1]}_d.html"], SPEECHES[post[0]])
    home = listing([POSTS[1]], 1)
    fam.put("/", home)
    fam.put("/p1/default.html", home)
    fam.put("/p2/default.html", listing([POSTS[0]], 2))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /fav/\nDisallow: /message/\n")
    fam.not_documents += ["/", "/p1/default.html", "/p2/default.html"]
    fam.noise += ["前记：", "后记：", "——以下为讲话全文——", "本文为作者原创", "我顶", "字号：", "阅读(", "┊",
                  "已有", "前一篇：", "后一篇：", "网友评论", "验证码：", "稿子是办公室小刘起草的", "老同学说", "京ICP证010109号"]
    return fam
