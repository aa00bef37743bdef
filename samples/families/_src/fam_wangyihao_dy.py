"""网易号 (www.163.com/dy/article/ID.html) self-media article pages, the PC `dy` template, UTF-8.

Home is the 网易号 channel `/dy/` (推荐 list, both articles and the account linked); the account page
`/dy/media/T1603594732083.html` (`media_info` card, 订阅 button, `media_article_list` with abstracts) is
not a document. Articles `/dy/article/<16 chars>.html`: `<html id="ne_wrap" data-publishtime=…>`,
`<title>…_网易订阅</title>`, `article:published_time`; the sticky `ne_wrap` app bar (打开网易新闻 查看更多精彩),
`h1.post_title`, `div.post_info` (time, 来源 account link + province, 举报), the `post_top` 跟贴 / 分享 bar;
`div.post_body` of `<p id="…">` paragraphs: the account's preamble (`…现将讲话全文分享给大家。`), the
speech's centred bold title and speaker line, a `f_center` photo with its caption, the speech, then the
account's own tail (`来源：… 编辑：… 审核：…`, `点击关注，获取更多…`); `div.post_statement` 特别声明 (网易号),
跟贴 box, 相关推荐 `post_recommends`, the side `post_side` account card (订阅 / 文章 / 总阅读) and a
网易新闻客户端 QR download box."""

from common import SPEECHES, Family

HOST = "www.wangyihao-like.test"
MEDIA = "/dy/media/T1603594732083.html"
ACCOUNT = "青岚视点"

ARTS = [
    dict(
        speech=SPEECHES["f50d-1"],
        id="J4R8K2QB0534A4SC",
        headline="毕业典礼上，这位校长送给初三学生三句话，家长：说到心坎里了",
        time="2024-06-21 18:20:33",
        prov="浙江",
        pre="6月21日上午，青岚中学2024届初三毕业典礼在学校体育馆举行。典礼上，校长周建平的一番讲话朴实真诚，不少家长听得红了眼眶。现将讲话全文分享给大家。",
        speaker="青岚中学校长　周建平",
        img=("https://dingyue.ws.126.net/2024/0621/6b1c9a3fj00sfk2qx001hd000u000k0p.jpg", "典礼现场（青岚中学供图）"),
        at=3,
        tail=["来源：青岚中学　编辑：林晓　审核：吴敏", "点击关注，获取更多青岚本地资讯。"],
        tie=268,
    ),
    dict(
        speech=SPEECHES["f50d-2"],
        id="IUD7F1HM0534A4SC",
        headline="村里的事大家商量着办！河湾村成立新村民议事会，村支书这样说",
        time="2024-03-28 20:15:07",
        prov="浙江",
        pre="3月28日晚，青岚镇河湾村新村民议事会成立大会在村文化礼堂召开，一百二十多名村民代表参加。会上，村党支部书记陈国强作了发言。以下为发言全文：",
        speaker="河湾村党支部书记　陈国强",
        img=("https://dingyue.ws.126.net/2024/0328/a2e07d51j00sb9xyw0023d000u000k0p.jpg", "议事会成立大会现场。通讯员 许凡 摄"),
        at=2,
        tail=["（来源：青岚镇人民政府　文字：许凡）", "点击关注，获取更多青岚本地资讯。"],
        tie=57,
    ),
]


def a_url(a):
    return f"/dy/article/{a['id']}.html"


APPBAR = """<div class="ne_wrap_appbar js-appbar"><a class="appbar_logo" href="https://www.163.com/">网易首页</a><span class="appbar_text">打开网易新闻 查看更多精彩</span><a class="appbar_btn" href="https://www.163.com/newsapp/#f=dy">下载APP</a></div>"""

HEADER = """<div class="ns_area index_nav"><ul class="nav_channel"><li><a href="https://news.163.com/">新闻</a></li><li><a href="https://sports.163.com/">体育</a></li><li><a href="https://ent.163.com/">娱乐</a></li><li><a href="https://money.163.com/">财经</a></li><li><a href="https://auto.163.com/">汽车</a></li><li><a href="https://tech.163.com/">科技</a></li><li><a href="/dy/">网易号</a></li></ul><div class="nav_user"><a href="https://reg.163.com/" class="login">登录</a><a href="https://mail.163.com/">免费邮箱</a></div></div>"""

FOOTER = """<div class="N-nav-bottom"><div class="ntes_foot_link"><a href="https://corp.163.com/">About NetEase</a> - <a href="https://gb.corp.163.com/gb/about/overview.html">公司简介</a> - <a href="https://gb.corp.163.com/gb/contactus.html">联系方法</a> - <a href="https://corp.163.com/gb/job/job.html">招聘信息</a> - <a href="https://help.163.com/">客户服务</a> - <a href="https://gb.corp.163.com/gb/legal.html">隐私政策</a> - <a href="http://emarketing.163.com/">广告服务</a> - <a href="https://www.163.com/special/sitemap/">网站地图</a> - <a href="https://jubao.163.com/">不良信息举报</a></div><p class="ntes_copyright">网易公司版权所有 &copy;1997-2024</p></div>"""


def page(title, body, extra=""):
    return f"""<!DOCTYPE HTML>
<html id="ne_wrap" @@HTMLATTR@@>
<head>
<meta charset="utf-8" />
<title>{title}</title>
{extra}<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/dy_pc/post_index.7d3a1b2c.css">
<script>!function(){{var e=document.documentElement;e.className+=" js"}}();</script>
</head>
<body>
{APPBAR}
{HEADER}
{body}
{FOOTER}
<script src="https://static.ws.126.net/163/f2e/libs/jquery-1.12.4.min.js"></script>
<script src="https://static.ws.126.net/163/f2e/dy_pc/post_index.7d3a1b2c.js"></script>
<script>var _ntes_nacc = "dy";(function(){{var s=document.createElement("script");s.src="https://static.ws.126.net/163/frontend/antnest/NTM-BXR8M5Z0-1.js";document.body.appendChild(s)}})();</script>
</body>
</html>
"""


def side():
    return f"""<div class="post_side">
<div class="post_side_mod post_side_author">
<a href="{MEDIA}" class="author_avatar"><img src="https://dingyue.ws.126.net/2020/1025/avatar_ql.png" alt="{ACCOUNT}"></a>
<h4 class="author_name"><a href="{MEDIA}">{ACCOUNT}</a></h4>
<p class="author_desc">关注青岚本地的人和事</p>
<ul class="author_data"><li><strong>1286</strong><span>文章</span></li><li><strong>386.5万</strong><span>总阅读</span></li></ul>
<a href="javascript:;" class="author_subscribe js-subscribe" data-wemediaid="T1603594732083">+ 订阅</a>
</div>
<div class="post_side_mod post_side_app"><h3>网易新闻客户端</h3><img src="https://static.ws.126.net/163/f2e/dy_pc/img/app_qrcode.png" alt="扫码下载"><p>扫码下载网易新闻客户端</p><p class="app_slogan">各有态度</p></div>
<div class="post_side_mod post_side_hot"><h3>热点新闻</h3><ul><li><a href="https://www.163.com/news/article/J4QZ8N1T000189FH.html">多地发布高温预警 这些防暑知识请收好</a></li><li><a href="https://www.163.com/news/article/J4R02KCB0001899O.html">2024年高考录取分数线陆续公布</a></li><li><a href="https://www.163.com/dy/article/J4QV1S2H0512B07B.html">暑期旅游预订升温 亲子游订单增长明显</a></li></ul></div>
</div>"""


def article_page(a, other):
    s = a["speech"]
    ps = []
    n = 0

    def p(inner, cls=None):
        nonlocal n
        n += 1
        pid = f"{a['id'][:4]}{n:04X}"
        c = f' class="{cls}"' if cls else ""
        ps.append(f'<p id="{pid}"{c}>{inner}</p>')

    p(a["pre"])
    p(f"<strong>{s.title}</strong>", "f_center")
    p(a["speaker"], "f_center")
    for i, para in enumerate(s.paras):
        if i == a["at"]:
            ps.append(f'<p class="f_center"><img src="{a["img"][0]}" onload="this.removeAttribute(\'class\')" class="" /><br/>{a["img"][1]}</p>')
        p(para)
    for t in a["tail"]:
        p(t)
    body = "\n".join(ps)
    url = a_url(a)
    desc = a["pre"][:80]
    extra = f"""<meta name="keywords" content="{ACCOUNT},讲话,{s.title[1:9]}" />
<meta name="description" content="{desc}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{a['headline']}" />
<meta property="og:release_date" content="{a['time']}" />
<meta property="article:published_time" content="{a['time'].replace(' ', 'T')}+08:00" />
<meta property="article:author" content="{ACCOUNT}" />
<link rel="canonical" href="https://www.163.com{url}" />
<link rel="alternate" media="only screen and(max-width: 640px)" href="https://m.163.com{url}" />
"""
    main = f"""<div class="container clearfix" id="container">
<div class="post_main">
<div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="/dy/">网易号</a> &gt; 正文</div>
<h1 class="post_title">{a['headline']}</h1>
<div class="post_info">{a['time']}　来源: <a href="{MEDIA}" class="post_source">{ACCOUNT}</a>&nbsp;{a['prov']}<a href="https://www.163.com/special/0077jt/tipoff.html?title={a['id']}" class="post_jubao" target="_blank">举报</a></div>
<div class="post_top"><a href="https://comment.tie.163.com/{a['id']}.html" class="post_top_tie"><span class="post_top_tie_count">{a['tie']}</span>跟贴</a><div class="post_top_share"><span>分享至</span><a class="share_weixin" href="javascript:;">微信</a><a class="share_weibo" href="javascript:;">微博</a><a class="share_qzone" href="javascript:;">QQ空间</a></div></div>
<div class="post_content" id="content">
<div class="post_body">
{body}
</div>
<div class="post_statement"><span class="bg"></span><p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p></div>
</div>
<div class="post_tie_box"><div class="tie_title"><a href="https://comment.tie.163.com/{a['id']}.html">跟贴</a> <span>{a['tie']}</span>参与 {a['tie'] * 7}</div><div class="tie_input"><textarea placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea><a class="tie_submit" href="javascript:;">发表跟贴</a></div><div class="tie_login">登录并发贴</div></div>
<div class="post_recommends js-tab-mod"><h3 class="post_recommends_title">相关推荐</h3><ul>
<li class="post_recommend"><a href="{a_url(other)}" class="post_recommend_img"><img src="{other['img'][0]}"></a><div class="post_recommend_info"><h3><a href="{a_url(other)}">{other['headline']}</a></h3><p class="post_recommend_source">{ACCOUNT}　<span>{other['tie']}跟贴</span></p></div></li>
<li class="post_recommend"><div class="post_recommend_info"><h3><a href="/dy/article/J4PL6O3E0534A4SC.html">青岚镇今年首批“共富工坊”挂牌，带动三百多人就业</a></h3><p class="post_recommend_source">{ACCOUNT}</p></div></li>
<li class="post_recommend"><div class="post_recommend_info"><h3><a href="https://www.163.com/dy/article/J4R5UV0G0514R9P4.html">暑假来了！这份防溺水安全提醒请家长转给孩子</a></h3><p class="post_recommend_source">江州教育</p></div></li>
</ul></div>
</div>
{side()}
</div>"""
    return page(f"{a['headline']}_网易订阅", main, extra).replace("@@HTMLATTR@@", f'data-publishtime="{a["time"]}" data-category="dy"')


def build() -> Family:
    fam = Family(HOST, "网易号 (www.163.com/dy/article/ID.html) self-media article pages, PC dy template, UTF-8")
    fam.home = "/dy/"
    a1, a2 = ARTS
    items = "".join(
        f'<li class="news_item"><a href="{a_url(a)}" class="news_img"><img src="{a["img"][0]}"></a><div class="news_info"><h3><a href="{a_url(a)}">{a["headline"]}</a></h3><p class="news_src"><a href="{MEDIA}">{ACCOUNT}</a><span class="news_time">{a["time"][5:16]}</span><span class="news_tie">{a["tie"]}跟贴</span></p></div></li>\n'
        for a in ARTS
    )
    home = f"""<div class="container" id="container"><div class="dy_main"><div class="dy_tab"><a class="cur" href="/dy/">推荐</a><a href="javascript:;">本地</a><a href="javascript:;">教育</a></div>
<ul class="news_list">
<li class="news_item"><div class="news_info"><h3><a href="https://www.163.com/dy/article/J4R5UV0G0514R9P4.html">暑假来了！这份防溺水安全提醒请家长转给孩子</a></h3><p class="news_src"><a href="https://www.163.com/dy/media/T1581234567890.html">江州教育</a><span class="news_time">06-21 19:02</span></p></div></li>
{items}</ul><a class="load_more js-load-more" href="javascript:;" data-url="https://dy.163.com/v2/article/list.do?pageNo=2&amp;size=10">加载更多</a></div>
<div class="dy_side"><h3>热门网易号</h3><ul><li><a href="{MEDIA}">{ACCOUNT}</a></li><li><a href="https://www.163.com/dy/media/T1581234567890.html">江州教育</a></li></ul></div></div>"""
    fam.put("/dy/", page("网易号_网易订阅", home).replace("@@HTMLATTR@@", 'data-category="dy"'))
    media = f"""<div class="container" id="container"><div class="media_info"><img class="media_avatar" src="https://dingyue.ws.126.net/2020/1025/avatar_ql.png"><h1 class="media_name">{ACCOUNT}</h1><p class="media_desc">关注青岚本地的人和事</p><p class="media_data"><span>1286 文章</span><span>386.5万 总阅读</span></p><a href="javascript:;" class="media_subscribe js-subscribe" data-wemediaid="T1603594732083">+ 订阅</a></div>
<ul class="media_article_list">
""" + "".join(
        f'<li class="media_article"><h3><a href="{a_url(a)}">{a["headline"]}</a></h3><p class="media_article_abs">{a["pre"][:60]}…</p><p class="media_article_time">{a["time"][:16]}</p></li>\n'
        for a in ARTS
    ) + '</ul><a class="load_more js-load-more" href="javascript:;" data-url="https://dy.163.com/v2/media/articlelist/T1603594732083-2.html">查看更多</a></div>'
    fam.put(MEDIA, page(f"{ACCOUNT}_网易订阅", media).replace("@@HTMLATTR@@", 'data-category="dy"'))
    fam.not_documents.append(MEDIA)
    for a, other in ((a1, a2), (a2, a1)):
        fam.put(a_url(a), article_page(a, other))
        fam.doc([a_url(a)], a["speech"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /special/\nAllow: /\n", "ascii")
    fam.noise += [
        "特别声明：本文为网易自媒体平台",
        "现将讲话全文分享给大家",
        "以下为发言全文",
        "青岚中学校长　周建平",
        "典礼现场（青岚中学供图）",
        "点击关注，获取更多青岚本地资讯",
        "来源：青岚中学　编辑：林晓",
        "打开网易新闻 查看更多精彩",
        "文明上网理性发言",
    ]
    return fam
