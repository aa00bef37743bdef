"""环球网 (world.huanqiu.com) article pages as the server prints them, 2020+ template: extensionless
`/article/4H…` ids (11 characters), the hidden data block of `<textarea>`s the page script reads
(`article-aid`, `article-title`, `article-time` in epoch milliseconds, `article-source-name`,
`article-editor-name`, `article-summary`, `article-cover`), then the rendered `l-con clear`:
`t-container-title` h3, `metadata-info` (`p.time`, `p.source` 来源：…), `div.la-content` with
`<article><section data-type="rtext">` paragraphs: `【环球网报道 记者 …】` as the opening of the first
paragraph (the lead, not speech) or a `【环球网综合报道】` lead line, a `pic-con` picture with a caption, a
`环球网版权作品，未经书面授权，严禁转载…` notice as the last paragraph; `editorSign` 责编 line, share
bar, 相关新闻 (`relative-news`), 24小时热点, footer with 京ICP备09028410号. Home `/` lists the
channel's first items (`csr_list`-like `li.item`) and links the extensionless roll page `/roll`
(its page 2 `/roll?page=2` by a query route)."""

from common import SPEECHES, Family

HOST = "world.huanqiu-wang.test"

ARTICLES = [
    # speech, aid, stamp, epoch ms, source, lead (own paragraph or prefix), photo after n, caption, editor, notice
    (
        SPEECHES["HQ1"],
        "4HxQ2wLk7Pr",
        "2024-06-04 10:21",
        "1717467660000",
        "环球网",
        "【环球网报道 记者 王晓萌】6月4日，2024国际友好城市合作论坛在江城开幕，来自23个国家的40多个城市代表出席。江城市委书记陈立新在开幕式上致辞。以下为致辞全文：",
        4,
        "6月4日，2024国际友好城市合作论坛在江城开幕。（主办方供图）",
        "张晓雅",
        "环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。",
    ),
    (
        SPEECHES["HQ2"],
        "4HxT8nCv3Ym",
        "2024-06-06 17:48",
        "1717667280000",
        "环球网",
        "【环球网财经综合报道】6月6日，跨境电商合作伙伴大会在江城举行。江城远帆跨境电子商务有限公司董事长林雪在会上作交流发言，现将发言内容整理如下。",
        None,
        None,
        "陈思佳",
        None,
    ),
]
MORE = [
    ("4HxP5kRb1Ws", "外媒：多国城市代表聚焦绿色发展合作", "2024-06-04 08:02"),
    ("4HxR7dJf2Lq", "商务部：前5个月跨境电商进出口保持增长", "2024-06-05 15:36"),
    ("4HxS3gNc6Vt", "东盟多国与中国城市深化友城合作", "2024-06-05 20:11"),
    ("4HxU9hMz4Kp", "海外仓建设提速 助力中小企业出海", "2024-06-06 09:40"),
]


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta name="renderer" content="webkit">
<link rel="shortcut icon" href="//static.huanqiucdn.cn/hq/common/favicon.ico">
<link rel="stylesheet" href="//static.huanqiucdn.cn/hq/common/css/public.css">
<link rel="stylesheet" href="//static.huanqiucdn.cn/hq/article/css/article.css">
</head>
<body>
<div class="topPublic"><div class="w1200 clear"><div class="logo fl"><a href="https://www.huanqiu.com/" target="_blank"><img src="//static.huanqiucdn.cn/hq/common/images/logo.png" alt="环球网"></a></div>
<div class="nav fl"><a href="https://www.huanqiu.com/" target="_blank">首页</a><a href="/" target="_blank">国际</a><a href="https://china.huanqiu.com/" target="_blank">国内</a><a href="https://mil.huanqiu.com/" target="_blank">军事</a><a href="https://finance.huanqiu.com/" target="_blank">财经</a><a href="https://opinion.huanqiu.com/" target="_blank">评论</a></div>
<div class="search fr"><input type="text" placeholder="搜索"><a href="javascript:;" class="search-btn"></a></div></div></div>
"""


FOOT = """<div class="bottomPublic"><div class="w1200">
<div class="bottom-nav"><a href="https://www.huanqiu.com/about" target="_blank">关于我们</a> | <a href="https://www.huanqiu.com/contact" target="_blank">联系我们</a> | <a href="https://www.huanqiu.com/law" target="_blank">法律顾问</a> | <a href="https://www.huanqiu.com/job" target="_blank">人才招聘</a> | <a href="https://www.huanqiu.com/ad" target="_blank">广告服务</a></div>
<p>Copyright &copy; 2024 Huanqiu.com All Rights Reserved.</p>
<p>环球网版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备09028410号</a>　京公网安备 11000002000014号　互联网新闻信息服务许可证11220180003</p>
<p>违法和不良信息举报电话：010-65363263　举报邮箱：jubao@huanqiu.com</p>
</div></div>
<script src="//static.huanqiucdn.cn/hq/common/js/jquery.min.js"></script>
<script src="//static.huanqiucdn.cn/hq/article/js/article.js"></script>
<script>
var _hmt = _hmt || [];
(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?1fc983b4c305d209e7e05d96e713939f";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
"""


def hot():
    return "".join(f'<li><a href="/article/{a}" target="_blank">{t}</a></li>' for a, t, _s in MORE[2:])


def article(i):
    speech, aid, stamp, ms, source, lead, photo, caption, editor, notice = ARTICLES[i]
    ps = [f"<p>{lead}</p>"]
    for n, para in enumerate(speech.paras):
        ps.append(f"<p>{para}</p>")
        if n == photo:
            ps.append(
                f'<p style="text-align:center"><i class="pic-con"><img src="//rs1.huanqiucdn.cn/dp/api/files/imageDir/{aid.lower()}2e8f7a1c9d04b6e3u1.jpg" /></i></p>'
                f'<p style="text-align:center"><span class="pic-txt">{caption}</span></p>'
            )
    if notice:
        ps.append(f"<p>{notice}</p>")
    other = ARTICLES[1 - i]
    rel = [(other[1], other[0].title, other[2])] + [(a, t, s) for a, t, s in MORE[:2]]
    rel_html = "".join(
        f'<li><a href="/article/{a}" target="_blank"><span class="rel-title">{t}</span><span class="rel-time">{s[:10]}</span></a></li>'
        for a, t, s in rel
    )
    kw = "友好城市,论坛,国际合作" if i == 0 else "跨境电商,海外仓,外贸"
    summary = lead[lead.index("】") + 1 :][:60]
    return (
        head(f"{speech.title}_环球网", kw, summary)
        + f"""<div class="hidden-data" style="display:none">
<textarea class="article-aid">{aid}</textarea>
<textarea class="article-title">{speech.title}</textarea>
<textarea class="article-time">{ms}</textarea>
<textarea class="article-source-name">{source}</textarea>
<textarea class="article-source-url">https://www.huanqiu.com</textarea>
<textarea class="article-editor-name">{editor}</textarea>
<textarea class="article-summary">{summary}</textarea>
<textarea class="article-cover">//rs1.huanqiucdn.cn/dp/api/files/imageDir/{aid.lower()}cover.jpg</textarea>
<textarea class="article-ext-type">normal</textarea>
<textarea class="article-node">/e3pmh22ph/e3pmh2398</textarea>
</div>
<div class="container w1200 clear">
<div class="l-con clear fl">
<div class="nav-crumbs"><a href="/" target="_blank">国际新闻</a> &gt; <span>正文</span></div>
<div class="t-container">
<div class="t-container-title"><h3>{speech.title}</h3></div>
<div class="metadata-info"><p class="time">{stamp}</p><p class="source"><span>来源：</span><span><a href="https://www.huanqiu.com" target="_blank">{source}</a></span></p></div>
<div class="share-box"><span class="share-tit">分享：</span><a href="javascript:;" class="share-wx" title="微信"></a><a href="javascript:;" class="share-wb" title="微博"></a><a href="javascript:;" class="share-qq" title="QQ"></a></div>
</div>
<div class="l-con-main">
<div class="la-content clear">
<article>
<section data-type="rtext">
{chr(10).join(ps)}
</section>
</article>
</div>
<div class="editorSign"><span>责编：{editor}</span></div>
<div class="article-statement"><p>声明：本文内容仅代表作者个人观点，与环球网无关。</p></div>
<div class="share-box share-bottom"><span class="share-tit">分享到：</span><a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-qq">QQ</a></div>
<div class="relative-news"><div class="rel-tit"><h4>相关新闻</h4></div><ul>{rel_html}</ul></div>
<div class="comment-box" id="comment"><div class="cmt-tit">评论</div><p class="cmt-tip">登录后发表评论</p></div>
</div>
</div>
<div class="r-con fr"><div class="hot-box"><div class="hot-tit">24小时热点</div><ul>{hot()}</ul></div><div class="ad-box" id="ad_article_right"></div></div>
</div>
"""
        + FOOT
    )


def listing(page, rows, pager, title):
    lis = "".join(
        f'<li class="item"><a href="/article/{a}" target="_blank"><div class="item-con"><h4>{t}</h4><div class="item-bottom"><span class="source">环球网</span><span class="time">{s}</span></div></div></a></li>\n'
        for a, t, s in rows
    )
    return (
        head(title, "国际新闻,环球网", "环球网国际新闻频道")
        + f"""<div class="container w1200 clear">
<div class="list-box fl">
<div class="list-tit"><h3>国际新闻</h3></div>
<ul class="csr_list list-con">
{lis}</ul>
<div class="pager">{pager}</div>
</div>
<div class="r-con fr"><div class="hot-box"><div class="hot-tit">24小时热点</div><ul>{hot()}</ul></div></div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "环球网 (huanqiu.com) 2020+ server-rendered article page: textarea data block, la-content, 【环球网报道…】 lead")
    fam.extensionless_html = True
    hq1, hq2 = ARTICLES
    for i, (speech, aid, *_r) in enumerate(ARTICLES):
        fam.put(f"/article/{aid}", article(i))
        fam.doc([f"/article/{aid}"], speech)
    home_rows = [(hq2[1], hq2[0].title, hq2[2]), (MORE[3][0], MORE[3][1], MORE[3][2]), (MORE[2][0], MORE[2][1], MORE[2][2])]
    fam.put(
        "/",
        listing(1, home_rows, '<a href="/roll" class="more">查看更多</a>', "国际新闻_环球网"),
    )
    roll1 = home_rows + [(MORE[1][0], MORE[1][1], MORE[1][2])]
    roll2 = [(hq1[1], hq1[0].title, hq1[2]), (MORE[0][0], MORE[0][1], MORE[0][2])]
    fam.put("/roll", listing(1, roll1, '<span class="cur">1</span><a href="/roll?page=2">2</a><a href="/roll?page=2" class="next">下一页</a>', "滚动新闻_国际新闻_环球网"))
    fam.route("/roll?page=2", "/roll-page-2", listing(2, roll2, '<a href="/roll" class="prev">上一页</a><a href="/roll">1</a><span class="cur">2</span>', "滚动新闻_国际新闻_环球网"))
    fam.not_documents += ["/", "/roll", "/roll?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.noise += [
        "【环球网报道 记者 王晓萌】",
        "以下为致辞全文：",
        "【环球网财经综合报道】",
        "现将发言内容整理如下。",
        "（主办方供图）",
        "环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。",
        "责编：张晓雅",
        "责编：陈思佳",
        "声明：本文内容仅代表作者个人观点，与环球网无关。",
        "分享到：",
        "相关新闻",
        "外媒：多国城市代表聚焦绿色发展合作",
        "24小时热点",
        "海外仓建设提速 助力中小企业出海",
        "登录后发表评论",
        "1717467660000",
        "京ICP备09028410号",
        "环球网版权所有",
        "_环球网",
    ]
    fam.note = "pages are extensionless (`/article/4Hx…`); the hidden textarea data block repeats title, time (ms), source and editor before the rendered text; each lead (【环球网…】 … 全文：/如下。) is its own paragraph"
    return fam
