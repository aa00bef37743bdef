"""博客中国 (blogchina.com) column pages, 2017–2019 template: a 专栏 writer's sub-domain
(`yangzhiming.blogchina-like.test`) with the column home `/` (and `/?page=2`, query route) listing
`div.list_item` entries, articles at `/5201839466.html`. The article page: the site header (logo, channel
nav 首页 / 专栏 / 原创 / 时评 / 财经 …, 登录 / 注册 / 写博客), the writer's `column_top` banner, the
`crumbs` line, `h1.article_title`, `div.article_info` (`span.author`, `span.time` 2018-11-08 08:56,
阅读 / 评论 counts), `div.article_content` whose first paragraph is the writer's own lead-in (`…现将发言
全文整理如下：`) before the speech and whose last is the writer's `（本文系…原创，转载请注明出处）`
line; then 标签, the `article_declare` 声明 (博客中国仅提供信息存储空间服务), the share bar, 赞 / 打赏,
上一篇 / 下一篇, 作者其他文章, 评论 (登录后才能发表评论), and the right column (作者 card with 文章 / 阅读
/ 粉丝 and + 关注, 热门文章, APP download box); footer with 京ICP证 / 京公网安备 / 互联网新闻信息服务
lines."""

from common import SPEECHES, Family, render

HOST = "yangzhiming.blogchina-like.test"
AUTHOR = "杨志明"
COLUMN = "江城观察"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="//www.blogchina-like.test/favicon.ico">
<link rel="stylesheet" type="text/css" href="//static.blogchina-like.test/v3/css/common.css?v=20181022">
<link rel="stylesheet" type="text/css" href="//static.blogchina-like.test/v3/css/@@CSS@@.css?v=20181022">
<script type="text/javascript" src="//static.blogchina-like.test/v3/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="//static.blogchina-like.test/v3/js/common.js?v=20181022"></script>
<script type="text/javascript">
var _bc_blog = {"uid":"5127036","domain":"yangzhiming","nickname":"杨志明"@@EXTRA@@};
if (/Android|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)) { window.location.href = "//m.blogchina-like.test" + window.location.pathname.replace(/^\\//, "/yangzhiming/"); }
</script>
</head>
<body>
<div class="top_bar">
  <div class="wrap clearfix">
    <div class="top_left"><a href="//www.blogchina-like.test/" target="_blank">博客中国首页</a><span>|</span><a href="//www.blogchina-like.test/app/" target="_blank">手机版</a></div>
    <div class="top_right" id="login_status"><a href="//passport.blogchina-like.test/login" class="login_btn">登录</a><span>|</span><a href="//passport.blogchina-like.test/reg">注册</a><span>|</span><a href="//post.blogchina-like.test/" class="write_btn">写博客</a></div>
  </div>
</div>
<div class="header">
  <div class="wrap clearfix">
    <a class="logo" href="//www.blogchina-like.test/" target="_blank"><img src="//static.blogchina-like.test/v3/images/logo.png" alt="博客中国"></a>
    <ul class="nav">
      <li><a href="//www.blogchina-like.test/" target="_blank">首页</a></li>
      <li><a href="//www.blogchina-like.test/zhuanlan/" target="_blank">专栏</a></li>
      <li><a href="//www.blogchina-like.test/yuanchuang/" target="_blank">原创</a></li>
      <li><a href="//www.blogchina-like.test/shiping/" target="_blank">时评</a></li>
      <li><a href="//www.blogchina-like.test/caijing/" target="_blank">财经</a></li>
      <li><a href="//www.blogchina-like.test/keji/" target="_blank">科技</a></li>
      <li><a href="//www.blogchina-like.test/wenhua/" target="_blank">文化</a></li>
      <li><a href="//www.blogchina-like.test/jiaoyu/" target="_blank">教育</a></li>
      <li><a href="//www.blogchina-like.test/shehui/" target="_blank">社会</a></li>
    </ul>
    <div class="search"><form action="//so.blogchina-like.test/" method="get" target="_blank"><input type="text" name="q" placeholder="搜索文章/作者"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="column_top">
  <div class="wrap clearfix">
    <a class="column_avatar" href="/"><img src="//img.blogchina-like.test/avatar/5127036_120.jpg" alt="@@AUTHOR@@"></a>
    <div class="column_name"><h2><a href="/">@@AUTHOR@@</a></h2><span class="v_icon" title="博客中国专栏作者">专栏作者</span><p class="column_desc">@@COLUMN@@：关注地方发展与基层治理，记录会场内外的真话实话。</p></div>
    <ul class="column_nav"><li class="on"><a href="/">文章</a></li><li><a href="/about.html">关于我</a></li><li><a href="/guestbook.html">留言</a></li></ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p class="foot_nav"><a href="//www.blogchina-like.test/about/" target="_blank">关于我们</a>|<a href="//www.blogchina-like.test/contact/" target="_blank">联系我们</a>|<a href="//www.blogchina-like.test/join/" target="_blank">加入我们</a>|<a href="//www.blogchina-like.test/copyright/" target="_blank">版权声明</a>|<a href="//www.blogchina-like.test/help/" target="_blank">帮助中心</a>|<a href="//www.blogchina-like.test/jubao/" target="_blank">违法和不良信息举报</a></p>
    <p>博客中国 &copy; 2002-2019 blogchina.com All Rights Reserved</p>
    <p><a href="http://www.beian.miit.gov.cn/" target="_blank">京ICP证030223号</a>　<a href="http://www.beian.miit.gov.cn/" target="_blank">京ICP备11031427号-1</a>　京公网安备 11010502030141号　互联网新闻信息服务许可证 11120180004</p>
  </div>
</div>
<div class="go_top" id="go_top" style="display:none"><a href="javascript:;">返回顶部</a></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9b7d53c0f1fd3a4b1a2f8c6e7d5e4a21";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

RIGHT = """  <div class="side">
    <div class="side_box author_card">
      <div class="author_head"><a href="/"><img src="//img.blogchina-like.test/avatar/5127036_120.jpg" alt="@@AUTHOR@@"></a><h3><a href="/">@@AUTHOR@@</a></h3><p>博客中国专栏作者</p></div>
      <ul class="author_num clearfix"><li><strong>286</strong><span>文章</span></li><li><strong>91.6万</strong><span>阅读</span></li><li><strong>1372</strong><span>粉丝</span></li></ul>
      <a class="follow_btn" href="javascript:;" onclick="bcFollow(5127036)">+ 关注</a>
    </div>
    <div class="side_box">
      <div class="side_title">热门文章</div>
      <ul class="side_list">
        <li><em>1</em><a href="//www.blogchina-like.test/zhuanlan/" target="_blank">县城的年轻人，都去哪了？</a></li>
        <li><em>2</em><a href="//www.blogchina-like.test/zhuanlan/" target="_blank">小镇教师的十年</a></li>
        <li><em>3</em><a href="//www.blogchina-like.test/zhuanlan/" target="_blank">营商环境，要看办事的人怎么说</a></li>
      </ul>
    </div>
    <div class="side_box app_box"><img src="//static.blogchina-like.test/v3/images/app_qr.png" alt=""><p>下载博客中国APP</p><p>随时随地阅读精彩观点</p></div>
    <div class="side_box ad_box"><script type="text/javascript" src="//a.blogchina-like.test/show.js?id=bc_side_300x250"></script></div>
  </div>
"""

# speech, id, printed time, reads, comments, lead-in, tail note, tags
ARTICLES = [
    dict(
        speech=SPEECHES["f42c-5"],
        aid=5201839466,
        time="2018-11-08 08:56",
        reads=3581,
        lead="11月6日，市里召开民营企业家座谈会。会上，一家做汽车零部件的本地企业负责人的发言，说出了不少企业家的心里话，既讲了这几年的变化，也提了几条实打实的建议。征得本人同意，现将发言全文整理如下：",
        tail="（本文系杨志明博客中国专栏原创，根据会议现场发言整理，转载请注明出处）",
        tags=["民营企业", "营商环境", "座谈会"],
    ),
    dict(
        speech=SPEECHES["f42c-6"],
        aid=5198417203,
        time="2018-04-24 21:13",
        reads=1264,
        lead="4月23日是世界读书日。这天上午，江城区幸福街道在社区广场启动了“书香社区”全民阅读活动，街道党工委负责同志在启动仪式上作了致辞。讲话不长，却讲了不少实事，转录于此：",
        tail="（本文系杨志明博客中国专栏原创，转载请注明出处）",
        tags=["全民阅读", "社区", "世界读书日"],
    ),
]


def url_of(a):
    return f"/{a['aid']}.html"


def article_page(i):
    a = ARTICLES[i]
    s = a["speech"]
    newer = ARTICLES[i - 1] if i > 0 else None
    older = ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None
    paras = [f"<p>{a['lead']}</p>"] + [f"<p>　　{p}</p>" for p in s.paras] + [f"<p>{a['tail']}</p>"]
    tags = "".join(f'<a href="//so.blogchina-like.test/?q={t}" target="_blank">{t}</a>' for t in a["tags"])
    prev = f'<a href="{url_of(older)}">{older["speech"].title}</a>' if older else "<span>没有了</span>"
    nxt = f'<a href="{url_of(newer)}">{newer["speech"].title}</a>' if newer else "<span>没有了</span>"
    other = ARTICLES[1 - i]
    body = f"""<div class="wrap clearfix main">
  <div class="crumbs"><a href="//www.blogchina-like.test/" target="_blank">博客中国</a> &gt; <a href="//www.blogchina-like.test/zhuanlan/" target="_blank">专栏</a> &gt; <a href="/">@@AUTHOR@@</a> &gt; 正文</div>
  <div class="content_left">
    <div class="article">
      <h1 class="article_title">{s.title}</h1>
      <div class="article_info clearfix">
        <span class="author"><a href="/">@@AUTHOR@@</a></span>
        <span class="time">{a["time"]}</span>
        <span class="read">阅读 {a["reads"]}</span>
        <span class="comment_num">评论 0</span>
        <a class="report" href="//www.blogchina-like.test/jubao/?url=http://{HOST}{url_of(a)}" target="_blank">举报</a>
      </div>
      <div class="article_content" id="article_content">
{chr(10).join(paras)}
      </div>
      <div class="article_tags">标签：{tags}</div>
      <div class="article_declare">声明：本文为博客中国专栏作者原创，文章内容仅代表作者本人观点，不代表博客中国立场。博客中国仅提供信息存储空间服务。</div>
      <div class="article_action clearfix">
        <div class="share_bar">分享到：<a href="javascript:;" class="share_wx" onclick="bcShare('weixin')">微信</a><a href="javascript:;" class="share_wb" onclick="bcShare('weibo')">新浪微博</a><a href="javascript:;" class="share_qq" onclick="bcShare('qzone')">QQ空间</a></div>
        <div class="zan_box"><a href="javascript:;" class="zan_btn" onclick="bcZan({a["aid"]})">赞 <em>{a["reads"] // 120}</em></a><a href="javascript:;" class="reward_btn" onclick="bcReward({a["aid"]})">打赏</a></div>
      </div>
      <div class="article_page">
        <p>上一篇：{prev}</p>
        <p>下一篇：{nxt}</p>
      </div>
    </div>
    <div class="box other_article">
      <div class="box_title">作者其他文章</div>
      <ul><li><a href="{url_of(other)}">{other["speech"].title}</a><span>{other["time"][:10]}</span></li><li><a href="/5187730118.html">乡镇干部的“五加二、白加黑”，该减减负了</a><span>2018-01-17</span></li></ul>
    </div>
    <div class="box comment_box" id="comment">
      <div class="box_title">评论（0）</div>
      <div class="comment_form"><textarea placeholder="发表你的评论" disabled="disabled"></textarea><p class="comment_tip">请<a href="//passport.blogchina-like.test/login">登录</a>后发表评论</p></div>
      <div class="comment_list" id="comment_list"><p class="no_comment">暂无评论</p></div>
    </div>
  </div>
{RIGHT}</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{s.title}-{AUTHOR}-博客中国",
        KEYWORDS=",".join(a["tags"]),
        DESC=a["lead"][:100],
        CSS="article",
        EXTRA=f',"aid":"{a["aid"]}"',
        AUTHOR=AUTHOR,
        COLUMN=COLUMN,
    )


FILLER = [
    ("/5195526307.html", "县城的年轻人，都去哪了？", "2018-03-19 22:40", "过年回老家，发现县城的街道变宽了，楼房变高了，可走在街上的年轻人却不多……"),
    ("/5187730118.html", "乡镇干部的“五加二、白加黑”，该减减负了", "2018-01-17 19:05", "前几天和一位在乡镇工作了十几年的老同学吃饭，他说现在最怕的不是干活，而是填表……"),
]


def item(url, title, time, abstract, reads):
    return f"""      <div class="list_item">
        <h3><a href="{url}" target="_blank">{title}</a></h3>
        <p class="abstract">{abstract}</p>
        <div class="item_info"><span class="time">{time}</span><span class="read">阅读 {reads}</span><a href="{url}#comment" target="_blank">评论 0</a></div>
      </div>
"""


def home(n):
    if n == 1:
        items = item(url_of(ARTICLES[0]), ARTICLES[0]["speech"].title, ARTICLES[0]["time"], ARTICLES[0]["lead"][:60] + "……", ARTICLES[0]["reads"])
        items += item("/5203114572.html", "老厂房变身文创园，先问问周边居民", "2018-11-02 20:31", "城东那片老厂房终于要改造了。消息传出来，周边的老住户却有些担心……", 977)
        pager = '<span class="current">1</span><a href="/?page=2">2</a><a href="/?page=2" class="next">下一页</a>'
    else:
        items = item(url_of(ARTICLES[1]), ARTICLES[1]["speech"].title, ARTICLES[1]["time"], ARTICLES[1]["lead"][:60] + "……", ARTICLES[1]["reads"])
        items += "".join(item(u, t, tm, ab, 2210) for u, t, tm, ab in FILLER)
        pager = '<a href="/" class="prev">上一页</a><a href="/">1</a><span class="current">2</span>'
    body = f"""<div class="wrap clearfix main">
  <div class="content_left">
    <div class="box article_list">
      <div class="box_title">全部文章<span>（286）</span></div>
{items}      <div class="page_box">{pager}</div>
    </div>
  </div>
{RIGHT}</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{AUTHOR}的博客-{COLUMN}-博客中国" + (f"-第{n}页" if n > 1 else ""),
        KEYWORDS=f"{AUTHOR},{COLUMN},博客中国专栏",
        DESC=f"{AUTHOR}的博客中国专栏：关注地方发展与基层治理。",
        CSS="blog",
        EXTRA="",
        AUTHOR=AUTHOR,
        COLUMN=COLUMN,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "博客中国 (blogchina.com) 专栏 writer's column, 2017–2019 template (article_content with the writer's lead-in and 原创 note, 声明, share/赞/打赏, 作者其他文章, login-only comments)",
        content_type="text/html; charset=UTF-8",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article_page(i))
        fam.doc([url_of(a)], a["speech"], published_at=a["time"][:10])
    fam.put("/", home(1))
    fam.route("/?page=2", "/page/2.html", home(2))
    fam.not_documents += ["/", "/?page=2"]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "博客中国",
        COLUMN,
        "专栏作者",
        "阅读 3581",
        "举报",
        ARTICLES[0]["lead"],
        ARTICLES[1]["lead"],
        ARTICLES[0]["tail"],
        ARTICLES[1]["tail"],
        "标签：",
        "声明：本文为博客中国专栏作者原创",
        "分享到：",
        "打赏",
        "上一篇：",
        "下一篇：",
        "作者其他文章",
        "后发表评论",
        "暂无评论",
        "热门文章",
        "下载博客中国APP",
        "京ICP证030223号",
    ]
    return fam
