"""City news portal (禾城新闻网, 禾城日报社主办) on a 新华智云-style 融媒体 CMS (媒体大脑 publishing), UTF-8.

Home `/` (焦点图 with the city-renewal speech's photo, 禾城要闻 list) → column `/list/hcyw.html` (+ `hcyw_2.html`)
→ articles `/a/202403/26/AP66029c1be4b0a7d3f1e2c4a5.html`: `<meta name="publishid">` / `contentid` / `pubtime`,
`div.detail-head` (`h1.detail-title`, `div.detail-meta`: 发布时间, 来源：禾城日报, 记者, 浏览 filled by
script), the text in `div.detail-content#detailContent`: the photo `<p class="img-p"><img></p>` followed by its
caption paragraph (`<p class="img-desc">…记者 … 摄</p>`) twice, and the 来源 line (`来源：禾城日报　记者：…　编辑：…`)
as the last paragraph inside the text box; after it 审核 / 监制 line, 分享 bar (微信 / 微博 / 复制链接),
上一篇 / 下一篇, 相关推荐, 禾城新闻客户端 download box, footer (互联网新闻信息服务许可证, ICP)."""

from common import SPEECHES, Family

HOST = "www.hecheng-jingmo-news-like.test"
A1 = "/a/202403/26/AP66029c1be4b0a7d3f1e2c4a5.html"
A2 = "/a/202411/08/AP672d4e0fe4b0c18a92b3d6f7.html"

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="keywords" content="禾城新闻网,禾城日报">
@@META@@<link rel="stylesheet" href="https://static.hecheng-jingmo-news-like.test/pc/css/base.css?v=2.3.1">
<link rel="stylesheet" href="https://static.hecheng-jingmo-news-like.test/pc/css/detail.css?v=2.3.1">
<script src="https://static.hecheng-jingmo-news-like.test/pc/js/mobile-redirect.js"></script>
</head>
<body>
<div class="hc-top"><div class="container"><span class="hc-date" id="todayDate"></span><a href="/">禾城新闻网</a> <a href="https://epaper.hecheng-jingmo-news-like.test/">禾城日报数字报</a> <a href="/app/">禾城新闻客户端</a><a class="login" href="https://passport.hecheng-jingmo-news-like.test/login">登录</a></div></div>
<div class="hc-header container"><a href="/" class="hc-logo"><img src="https://static.hecheng-jingmo-news-like.test/pc/img/logo.png" alt="禾城新闻网"></a></div>
<div class="hc-nav"><ul class="container"><li><a href="/">首页</a></li><li class="active"><a href="/list/hcyw.html">禾城要闻</a></li><li><a href="/list/xqdt.html">县区动态</a></li><li><a href="/list/msgz.html">民生关注</a></li><li><a href="/list/sp.html">视频</a></li><li><a href="/list/zt.html">专题</a></li></ul></div>
<div class="container hc-main">
@@BODY@@
</div>
<div class="hc-footer"><div class="container">
<p><a href="/about/">关于我们</a> | <a href="/about/lxwm.html">联系我们</a> | <a href="/about/jubao.html">违法和不良信息举报</a></p>
<p>禾城日报社主办　禾城新闻网版权所有　互联网新闻信息服务许可证编号：36120230005　赣ICP备14003217号-1</p>
<p>技术支持：媒体大脑融媒体平台</p>
</div></div>
<script src="https://static.hecheng-jingmo-news-like.test/pc/js/jquery.min.js"></script>
<script src="https://static.hecheng-jingmo-news-like.test/pc/js/detail.js?v=2.3.1"></script>
</body>
</html>
"""

ARTS = {
    A1: dict(speech=SPEECHES["f56d-5"], time="2024-03-26 19:05", reporter="刘晓东", editor="陈 敏", contentid="66029c1be4b0a7d3f1e2c4a5",
             title="在全市城市更新暨老旧小区改造工作动员会上的讲话",
             caps=["3月26日，全市城市更新暨老旧小区改造工作动员会召开。禾城日报全媒体记者 刘晓东 摄", "改造后的东关街道纺机小区。禾城日报全媒体记者 王 磊 摄"]),
    A2: dict(speech=SPEECHES["f56d-6"], time="2024-11-08 17:40", reporter="黄 婷", editor="周 颖", contentid="672d4e0fe4b0c18a92b3d6f7",
             title="在全市首届“最美社区工作者”颁奖仪式上的致辞",
             caps=["颁奖仪式现场。禾城日报全媒体记者 黄 婷 摄", "获奖代表合影。禾城日报全媒体记者 许文杰 摄"]),
}


def page(title, body, meta=""):
    return PAGE.replace("@@TITLE@@", title).replace("@@META@@", meta).replace("@@BODY@@", body)


def article(url, other):
    a = ARTS[url]
    paras = a["speech"].paras
    img = lambda i: f'<p class="img-p" style="text-align:center"><img src="https://img.hecheng-jingmo-news-like.test/upload/{a["contentid"]}_{i}.jpg" data-w="1080"></p>\n<p class="img-desc" style="text-align:center;color:#666;font-size:14px">{a["caps"][i]}</p>\n'
    body = img(0)
    mid = len(paras) // 2
    for i, p in enumerate(paras):
        if i == mid:
            body += img(1)
        body += f"<p>{p}</p>\n"
    body += f'<p class="source-line">来源：禾城日报　记者：{a["reporter"]}　编辑：{a["editor"]}</p>\n'
    o = ARTS[other]
    meta = f'<meta name="publishid" content="hc_{a["contentid"]}">\n<meta name="contentid" content="{a["contentid"]}">\n<meta name="pubtime" content="{a["time"]}:00">\n'
    b = f"""<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/list/hcyw.html">禾城要闻</a> &gt; 正文</div>
<div class="detail-left">
<div class="detail-head"><h1 class="detail-title">{a['title']}</h1>
<div class="detail-meta"><span class="time">发布时间：{a['time']}</span><span class="source">来源：禾城日报</span><span class="reporter">记者：{a['reporter']}</span><span class="views">浏览：<em id="readCount">--</em></span></div></div>
<div class="detail-content" id="detailContent">
{body}</div>
<div class="detail-check">审核：杨 帆　监制：郭志刚</div>
<div class="detail-share"><span>分享：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="copy" href="javascript:;">复制链接</a></div>
<div class="detail-prevnext"><p>上一篇：<a href="{other}">{o['title']}</a></p><p>下一篇：<a href="/a/202411/07/AP672c1a22e4b0c18a92b3d011.html">禾城冬季供暖今起试运行</a></p></div>
<div class="detail-rel"><h3>相关推荐</h3><ul><li><a href="{other}">{o['title']}</a></li><li><a href="/a/202403/20/AP65fa83d1e4b0a7d3f1e2b019.html">我市今年将改造老旧小区130个</a></li></ul></div>
</div>
<div class="detail-right"><div class="app-box"><img src="https://static.hecheng-jingmo-news-like.test/pc/img/app_qr.png" alt=""><p>下载禾城新闻客户端</p><p>看禾城 知天下</p></div></div>
<script>$.get("/api/count?cid={a['contentid']}",function(d){{$("#readCount").text(d.count)}});</script>"""
    return page(f"{a['title']}_禾城新闻网", b, meta)


def listing(n):
    if n == 1:
        rows = [(A2, ARTS[A2]["title"], "2024-11-08"), ("/a/202411/07/AP672c1a22e4b0c18a92b3d011.html", "禾城冬季供暖今起试运行", "2024-11-07"), (A1, ARTS[A1]["title"], "2024-03-26")]
        pager = '<div class="pager"><span class="cur">1</span><a href="/list/hcyw_2.html">2</a><a href="/list/hcyw_2.html">下一页</a></div>'
    else:
        rows = [("/a/202403/20/AP65fa83d1e4b0a7d3f1e2b019.html", "我市今年将改造老旧小区130个", "2024-03-20")]
        pager = '<div class="pager"><a href="/list/hcyw.html">上一页</a><a href="/list/hcyw.html">1</a><span class="cur">2</span></div>'
    lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>\n' for u, t, d in rows)
    return page("禾城要闻_禾城新闻网", f'<div class="crumb">您的位置：<a href="/">首页</a> &gt; 禾城要闻</div>\n<ul class="news-list">\n{lis}</ul>\n{pager}')


def build() -> Family:
    fam = Family(HOST, "city news portal on a 新华智云-style 融媒体 CMS")
    fam.put(A1, article(A1, A2))
    fam.put(A2, article(A2, A1))
    fam.doc([A1], ARTS[A1]["speech"])
    fam.doc([A2], ARTS[A2]["speech"])
    fam.put("/list/hcyw.html", listing(1))
    fam.put("/list/hcyw_2.html", listing(2))
    home = f"""<div class="focus"><a href="{A1}"><img src="https://img.hecheng-jingmo-news-like.test/upload/{ARTS[A1]['contentid']}_0.jpg" alt=""><p>{ARTS[A1]['title']}</p></a></div>
<div class="home-box"><h3><a href="/list/hcyw.html">禾城要闻</a></h3><ul><li><a href="{A2}">{ARTS[A2]['title']}</a></li><li><a href="/a/202411/07/AP672c1a22e4b0c18a92b3d011.html">禾城冬季供暖今起试运行</a></li></ul></div>"""
    fam.put("/", page("禾城新闻网_禾城日报社主办", home))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n", "ascii")
    fam.not_documents += ["/", "/list/hcyw.html", "/list/hcyw_2.html"]
    for a in ARTS.values():
        fam.noise += a["caps"]
    fam.noise += ["来源：禾城日报　记者：", "审核：杨 帆", "下载禾城新闻客户端", "赣ICP备14003217号-1", "相关推荐"]
    return fam
