"""A WeChat article mirror (二十次幂 / wemp-like): 公众号 articles republished at `/a/ID.html` in the
mirror's own template: the account card (公众号名, 微信号, 功能介绍, QR code) beside the article, the
copied `div.rich_media_content` with WeChat's nested `<section>`/`<span>` markup (点击上方蓝字关注我们,
photos with `data-src`, a preamble, the 来源/编辑/审核 tail, 往期推荐 inside it), 阅读原文 to
mp.weixin.qq.com, the mirror's `本文由…采集，版权归原作者所有，如有侵权请联系删除` line, 相关文章.
Home lists the newest articles and the accounts; each account has an article list page (one with a
`?page=2`, a query route)."""

from common import SPEECHES, Family

HOST = "www.weixin-mirror-like.test"
SITE = "公号文摘"

ACCOUNTS = {
    "qhzugong": (
        "青禾组工",
        "qhzugong",
        "青禾市委组织部官方微信公众号，发布组织工作动态、干部教育培训和基层党建资讯。",
        "MzA4NjE5MzQ1Mg==",
    ),
    "cnjiaoyu": (
        "城南教育发布",
        "cnjyfb2016",
        "城南区教育局官方公众号。权威发布教育政策、招生考试、校园动态。",
        "MzI2NTcxODQ5Nw==",
    ),
}

ARTICLES = [
    # speech, id, account, time, reads, preamble, tail, photo after paragraph n, mid, sn
    (
        SPEECHES["WM1"],
        "16893412",
        "qhzugong",
        "2023-11-08 18:30",
        "2863",
        "11月8日上午，全市社区工作者能力提升培训班在市委党校开班。市委常委、组织部部长陈立民出席开班仪式并讲话。现将讲话全文刊发如下：",
        "来源：青禾组工　编辑：周倩　审核：马骏",
        2,
        "2247512843",
        "8c1f3e0b9d27a65e4f10b3c2d8e7a916",
    ),
    (
        SPEECHES["WM2"],
        "17024567",
        "cnjiaoyu",
        "2023-12-14 20:05",
        "1517",
        None,
        "文字：城南实验小学　林晓雯｜编辑：赵一帆｜审核：孙建国",
        3,
        "2650781204",
        "3d0a7b91e6c24f58a1b2c3d4e5f60718",
    ),
]
OTHER = {
    "qhzugong": [
        ("16890021", "全市组织工作重点任务推进会召开"),
        ("16871190", "【干部教育】这堂“田间课”，干部们听得很入神"),
    ],
    "cnjiaoyu": [
        ("17019854", "城南区2024年中小学寒假放假时间定了！"),
        ("17001237", "喜报！我区3所学校入选省级文明校园"),
    ],
}

SPAN = 'style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);"'
P = 'style="text-indent: 2em;margin-bottom: 15px;line-height: 1.75em;"'


def head(title, desc):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="微信公众号,公众号文章,{SITE}">
<meta name="description" content="{desc}">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/app.css?v=20230918">
<script>var _hmt = _hmt || [];(function(){{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?4a1b2c3d4e5f60718293a4b5c6d7e8f9";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</head>
<body>
<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">{SITE}</a>
<ul class="nav navbar-nav"><li><a href="/">首页</a></li><li><a href="/c/zhengwu.html">政务</a></li><li><a href="/c/jiaoyu.html">教育</a></li><li><a href="/c/keji.html">科技</a></li></ul>
<form class="navbar-form navbar-right" action="/search" method="get"><input type="text" name="q" class="form-control" placeholder="搜索公众号或文章"></form></div></nav>
<div class="container">
"""


FOOT = f"""</div>
<footer class="footer"><div class="container"><p>{SITE}收录的公众号文章均来自互联网公开信息，仅供学习交流，不代表本站观点。</p>
<p>&copy; 2016-2023 {SITE}　<a href="/about.html">关于我们</a>　<a href="/contact.html">联系我们</a>　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备17086532号-2</a></p></div></footer>
<script src="/static/js/jquery.min.js"></script>
<script>$(function(){{$(".rich_media_content img").each(function(){{var s=$(this).attr("data-src");if(s){{$(this).attr("src","/img?url="+encodeURIComponent(s));}}}});}});</script>
</body>
</html>
"""


def account_card(key):
    name, wxid, intro, biz = ACCOUNTS[key]
    return f"""<div class="panel panel-default account-card">
<div class="panel-body"><img class="avatar" src="/img?url=http%3A%2F%2Fwx.qlogo.cn%2Fmmhead%2F{biz[:8]}%2F0" alt="{name}">
<h3><a href="/p/{key}.html">{name}</a></h3>
<p class="wxid">微信号：{wxid}</p>
<p class="intro">功能介绍：{intro}</p>
<p class="qrcode"><img src="https://open.weixin.qq.com/qr/code?username={wxid}" alt="二维码"><br>微信扫一扫关注该公众号</p>
</div></div>
"""


def rich(i):
    speech, aid, key, stamp, reads, pre, tail, photo, mid, sn = ARTICLES[i]
    name = ACCOUNTS[key][0]
    out = [
        '<section style="text-align: center;margin-bottom: 10px;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/Ljib4So7yuWgdG1FYbVk6pTfnP6xibcq9nia5Rgic/640?wx_fmt=gif" data-type="gif" style="width: 100%;"></section>',
        f'<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">点击上方蓝字关注我们</span></section>',
    ]
    if pre:
        out.append(
            f'<section><p {P}><span style="font-size: 15px;color: rgb(127, 127, 127);">{pre}</span></p></section>'
        )
    body = []
    for n, para in enumerate(speech.paras):
        if "。" in para[:14] and para.startswith(("我提", "一是")):
            lead, rest = para.split("。", 1)
            body.append(f"<p {P}><span {SPAN}><strong>{lead}。</strong></span><span {SPAN}>{rest}</span></p>")
        else:
            body.append(f"<p {P}><span {SPAN}>{para}</span></p>")
        if n == photo:
            body.append(
                f'<p style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{mid}/{n}?wx_fmt=jpeg" data-ratio="0.6667" data-w="1080" style="width: 100%;"></p>'
            )
    out.append('<section style="padding: 0 8px;"><section>' + "".join(body) + "</section></section>")
    out.append(
        '<section style="text-align: center;margin-top: 20px;"><span style="color: rgb(171, 25, 66);font-size: 14px;"><strong>END</strong></span></section>'
    )
    out.append(
        f'<section style="text-align: right;"><p><span style="font-size: 12px;color: rgb(136, 136, 136);">{tail}</span></p></section>'
    )
    others = "".join(
        f'<p><a href="https://mp.weixin.qq.com/s?__biz={ACCOUNTS[key][3]}&amp;mid={mid[:-2]}{k}7&amp;idx=1" target="_blank" data-linktype="2">{t}</a></p>'
        for k, (_oid, t) in enumerate(OTHER[key])
    )
    out.append(
        f'<section><p style="text-align: center;"><strong><span style="font-size: 15px;">往期推荐</span></strong></p>{others}</section>'
    )
    out.append(
        f'<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/{mid}/qr?wx_fmt=png"><p><span style="font-size: 12px;">长按识别二维码关注{name}</span></p></section>'
    )
    return "\n".join(out)


def article(i):
    speech, aid, key, stamp, reads, pre, tail, photo, mid, sn = ARTICLES[i]
    name, wxid, intro, biz = ACCOUNTS[key]
    j = 1 - i
    related = [(ARTICLES[j][1], ARTICLES[j][0].title)] + [(o, t) for o, t in OTHER[key]]
    rel = "".join(f'<li><a href="/a/{o}.html">{t}</a></li>' for o, t in related)
    return (
        head(f"{speech.title} - {name} - {SITE}", speech.paras[1][:70])
        + f"""<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/p/{key}.html">{name}</a></li><li class="active">正文</li></ol>
<div class="article">
<h1 class="article-title">{speech.title}</h1>
<div class="article-meta"><a class="account" href="/p/{key}.html">{name}</a><span class="time">{stamp}</span><span class="reads">阅读 {reads}</span></div>
<div class="rich_media_content " id="js_content">
{rich(i)}
</div>
<div class="article-source"><a class="btn btn-default" href="https://mp.weixin.qq.com/s?__biz={biz}&amp;mid={mid}&amp;idx=1&amp;sn={sn}&amp;chksm=#rd" target="_blank" rel="nofollow">阅读原文</a></div>
<div class="alert alert-warning copyright">本文由{SITE}采集自微信公众号「{name}」，版权归原作者所有，如有侵权请联系删除。</div>
</div>
<div class="panel panel-default related"><div class="panel-heading">相关文章</div><ul class="list-unstyled">{rel}</ul></div>
</div>
<div class="col-md-4">
{account_card(key)}<div class="panel panel-default"><div class="panel-heading">热门公众号</div><ul class="list-unstyled"><li><a href="/p/qhzugong.html">青禾组工</a></li><li><a href="/p/cnjiaoyu.html">城南教育发布</a></li></ul></div>
</div>
</div>
"""
        + FOOT
    )


def item(aid, title, stamp, digest, key):
    return f"""<div class="media article-item"><div class="media-body"><h4 class="media-heading"><a href="/a/{aid}.html" target="_blank">{title}</a></h4>
<p class="digest">{digest}</p><p class="meta"><a href="/p/{key}.html">{ACCOUNTS[key][0]}</a>　{stamp}</p></div></div>
"""


def account_page(key, page, items, pager):
    name = ACCOUNTS[key][0]
    return (
        head(f"{name}的公众号文章{'' if page == 1 else f' - 第{page}页'} - {SITE}", ACCOUNTS[key][2])
        + f"""<div class="row"><div class="col-md-8">
<h2 class="page-title">{name} 的全部文章</h2>
{"".join(items)}<ul class="pagination">{pager}</ul>
</div><div class="col-md-4">
{account_card(key)}</div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST, "WeChat article mirror (二十次幂 / wemp-like): 公众号 articles in the mirror's own template"
    )
    wm1, wm2 = ARTICLES
    fam.put(
        "/",
        head(f"{SITE} - 微信公众号文章聚合阅读", "公众号文章聚合")
        + """<div class="row"><div class="col-md-8"><h2 class="page-title">最新收录</h2>
"""
        + item(wm1[1], wm1[0].title, wm1[3], wm1[0].paras[1][:60] + "…", "qhzugong")
        + item(
            OTHER["cnjiaoyu"][0][0], OTHER["cnjiaoyu"][0][1], "2023-12-15 08:10", "寒假时间公布……", "cnjiaoyu"
        )
        + """</div><div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">热门公众号</div><ul class="list-unstyled"><li><a href="/p/qhzugong.html">青禾组工</a></li><li><a href="/p/cnjiaoyu.html">城南教育发布</a></li></ul></div></div></div>
"""
        + FOOT,
    )
    fam.put(
        "/p/qhzugong.html",
        account_page(
            "qhzugong",
            1,
            [item(wm1[1], wm1[0].title, wm1[3], wm1[0].paras[1][:60] + "…", "qhzugong")]
            + [
                item(o, t, "2023-11-0" + str(k + 2) + " 19:00", t, "qhzugong")
                for k, (o, t) in enumerate(OTHER["qhzugong"])
            ],
            '<li class="active"><span>1</span></li>',
        ),
    )
    fam.put(
        "/p/cnjiaoyu.html",
        account_page(
            "cnjiaoyu",
            1,
            [
                item(o, t, f"2023-12-1{5 - k} 08:10", t, "cnjiaoyu")
                for k, (o, t) in enumerate(OTHER["cnjiaoyu"])
            ],
            '<li class="active"><span>1</span></li><li><a href="/p/cnjiaoyu.html?page=2">2</a></li><li><a href="/p/cnjiaoyu.html?page=2">下一页 &raquo;</a></li>',
        ),
    )
    fam.route(
        "/p/cnjiaoyu.html?page=2",
        "/p/cnjiaoyu_page2.html",
        account_page(
            "cnjiaoyu",
            2,
            [item(wm2[1], wm2[0].title, wm2[3], wm2[0].paras[2][:60] + "…", "cnjiaoyu")],
            '<li><a href="/p/cnjiaoyu.html">&laquo; 上一页</a></li><li><a href="/p/cnjiaoyu.html">1</a></li><li class="active"><span>2</span></li>',
        ),
    )
    fam.not_documents += ["/", "/p/qhzugong.html", "/p/cnjiaoyu.html", "/p/cnjiaoyu.html?page=2"]
    for i, (speech, aid, *_r) in enumerate(ARTICLES):
        fam.put(f"/a/{aid}.html", article(i))
        fam.doc([f"/a/{aid}.html"], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /img\n")
    fam.noise += [
        "点击上方蓝字关注我们",
        "全市社区工作者能力提升培训班在市委党校开班",
        "现将讲话全文刊发如下",
        "陈立民",
        "来源：青禾组工",
        "编辑：",
        "审核：",
        "文字：城南实验小学",
        "END",
        "往期推荐",
        "全市组织工作重点任务推进会召开",
        "长按识别二维码",
        "阅读原文",
        "本文由公号文摘采集",
        "版权归原作者所有",
        "如有侵权请联系删除",
        "微信号：",
        "功能介绍：",
        "微信扫一扫关注该公众号",
        "相关文章",
        "热门公众号",
        "阅读 2863",
        "公号文摘",
        "粤ICP备17086532号-2",
    ]
    fam.note = "the second article is listed only on its account's list page 2 (`/p/cnjiaoyu.html?page=2`, a query route)"
    return fam
