"""网易新闻 mobile share pages (c.m.163.com/news/a/<docid>.html), as a phone browser gets them: the
`s-header` 网易新闻 bar with its 打开 button (`newsapp://` links, `js-open-newsapp`), `h1.title`, the
`div.info` line (`span.source`, `span.time` 2024-06-21 12:08:33), the text in `div.article-body.js-article-body`
folded with 展开全文 / 打开网易新闻 阅读体验更佳 (the whole text is in the page), the 网易号 特别声明 for the
self-media article and `责任编辑：…_NX…` for the news one, a 热门跟贴 box (N跟贴, 打开网易新闻 查看全部跟贴),
相关推荐 list, the `NTESCommonNavigator`-style footer (© 1997-2024 网易公司版权所有), `<link rel=canonical>` to
www.163.com's dy/news article page, and the page config in `window.__ARTICLE_DATA__`. Home `/` is the touch
要闻 list; the 网易号 page `/news/sub/<ename>.html` lists the account's articles."""

import json

from common import SPEECHES, Family

HOST = "c.m.wangyi-news.test"
SP1 = SPEECHES["f41c-2"]
SP2 = SPEECHES["f41c-4"]
ARTS = [
    dict(docid="J3Q8M1KD0514C3DV", speech=SP1, time="2024-06-21 12:08:33", source="江淮理工大学",
         wyh=True, ename="T1607589226301", fold=True, follow="4.6万", tie=132,
         preamble="6月21日上午，江淮理工大学2024届研究生毕业典礼暨学位授予仪式在体育馆举行。校长发表了题为《求真、好学、爱国》的致辞，全文如下：",
         canonical="https://www.163.com/dy/article/J3Q8M1KD0514C3DV.html"),
    dict(docid="JEC4N7PB00019K82", speech=SP2, time="2024-10-18 20:41:07", source="新华日报",
         wyh=False, fold=True, tie=27, editor="王晓燕_NX5372",
         preamble=None,
         canonical="https://www.163.com/news/article/JEC4N7PB00019K82.html"),
]
OTHER = [
    ("J3Q5B2T60514C3DV", "江淮理工大学2024年本科招生计划发布"),
    ("J3R0VG9S0001899O", "多地高考成绩今日起陆续公布，这些时间节点要注意"),
    ("JEC20K4B00019K82", "长三角铁路国庆黄金周发送旅客创新高"),
]


def url(a):
    return f"/news/a/{a['docid']}.html"


def header(title, desc, canonical=None):
    canon = f'<link rel="canonical" href="{canonical}">\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-itunes-app" content="app-id=425349261">
<title>{title}</title>
<meta name="keywords" content="网易新闻">
<meta name="description" content="{desc}">
{canon}<link rel="stylesheet" href="//static.ws.126.test/163/wap/f2e/milk_article/static/css/article.2d4c8f0a.css">
<script>var _ntes_nacc="news",_ntes_sfrom="wap";</script>
</head>
<body>
<div class="js-app-container">
<header class="s-header js-open-newsapp" data-stat="o-header"><a class="s-logo" href="/">网易新闻</a><span class="s-slogan">有态度的新闻客户端</span><a class="s-open" href="newsapp://doc/">打开</a></header>
"""


FOOTER = """<footer class="s-footer"><nav><a href="/">首页</a><a href="https://m.163.test/newsapp/">下载客户端</a><a href="https://help.163.test/">意见反馈</a></nav>
<p>© 1997-2024 网易公司版权所有</p><p>浙ICP备17006647号-2　粤B2-20090191</p></footer>
"""


def article_page(i):
    a = ARTS[i]
    sp = a["speech"]
    paras = []
    if a["preamble"]:
        paras.append(f"<p>{a['preamble']}</p>")
    for n, p in enumerate(sp.paras):
        paras.append(f"<p>{p}</p>")
        if n == 2:
            paras.append(f'<p class="f_center"><img class="js-img" data-src="https://nimg.ws.126.test/?url=http%3A%2F%2Fdingyue.ws.126.test%2F2024%2F{a["docid"][:6]}.jpeg&amp;thumbnail=660x2147483647&amp;quality=80&amp;type=jpg" alt=""></p>')
    if a["wyh"]:
        tail = '<div class="article-statement"><p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p></div>'
        src = f'<a class="source js-source" href="/news/sub/{a["ename"]}.html">{a["source"]}</a>'
    else:
        tail = f'<div class="article-editor"><p>本文来源：{a["source"]}</p><p>责任编辑：{a["editor"]}</p></div>'
        src = f'<span class="source">{a["source"]}</span>'
    others = [(x["docid"], x["speech"].title) for j, x in enumerate(ARTS) if j != i] + OTHER
    rel = "".join(f'<li class="s-item"><a href="/news/a/{d}.html"><h3 class="s-title">{t}</h3><span class="s-source">网易新闻</span></a></li>' for d, t in others)
    data = {"docid": a["docid"], "title": sp.title, "ptime": a["time"], "source": a["source"], "tieCount": a["tie"], "isWyh": a["wyh"]}
    follow = f'<span class="follow-count">{a["follow"]}关注</span><a class="follow-btn js-open-newsapp" href="newsapp://subscribe/{a["ename"]}">+ 关注</a>' if a["wyh"] else ""
    return header(f"{sp.title}_网易新闻", sp.paras[1][:60], a["canonical"]) + f"""<article class="article" data-docid="{a["docid"]}">
<div class="head"><h1 class="title">{sp.title}</h1>
<div class="info">{src}<span class="time">{a["time"]}</span>{follow}</div></div>
<div class="article-body js-article-body{' folded' if a['fold'] else ''}">
{"".join(paras)}
</div>
<div class="article-unfold js-unfold"><span class="unfold-btn">展开全文</span><span class="unfold-tip js-open-newsapp">打开网易新闻 阅读体验更佳</span></div>
{tail}
</article>
<div class="s-ad js-ad" data-adid="wap_article_1"><a href="https://g.163.test/a?CID=48912"><span class="s-ad-tag">广告</span>网易严选 夏日特惠 全场满299减50</a></div>
<section class="comment-box"><div class="s-head"><h2>热门跟贴</h2><span class="tie-count">{a["tie"]}跟贴</span></div>
<ul><li class="tie-item"><span class="tie-user">网易湖北武汉网友</span><p class="tie-text">说得真好，不忘初心。</p><span class="tie-vote">{a["tie"] // 3}顶</span></li>
<li class="tie-item"><span class="tie-user">有态度网友0hDf7K</span><p class="tie-text">支持，希望多办这样的活动。</p><span class="tie-vote">5顶</span></li></ul>
<a class="tie-more js-open-newsapp" href="newsapp://comment/{a["docid"]}">打开网易新闻 查看全部跟贴</a></section>
<section class="s-recommend"><div class="s-head"><h2>相关推荐</h2></div><ul class="s-list">{rel}</ul></section>
{FOOTER}</div>
<script>window.__ARTICLE_DATA__ = {json.dumps(data, ensure_ascii=False)};</script>
<script src="//static.ws.126.test/163/wap/f2e/milk_article/static/js/article.5e91c3b7.js"></script>
<script src="//static.ws.126.test/163/frontend/antnest/NTM-BXR8M5Z9-1.js" async></script>
</body>
</html>
"""


def home():
    items = [(a["docid"], a["speech"].title, a["time"][5:16]) for a in ARTS] + [(d, t, "") for d, t in OTHER[1:]]
    lis = "".join(f'<li class="news-item"><a href="/news/a/{d}.html"><h3>{t}</h3><span class="ptime">{w}</span></a></li>' for d, t, w in items)
    return header("网易新闻", "网易新闻，有态度的新闻门户") + f"""<nav class="s-channel"><a class="active" href="/">要闻</a><a href="/news/sub/T1607589226301.html">网易号</a></nav>
<ul class="news-list">{lis}</ul>
<div class="s-loadmore js-open-newsapp">打开网易新闻 查看更多</div>
{FOOTER}</div>
<script src="//static.ws.126.test/163/wap/f2e/milk_index/static/js/index.1c7a20e4.js"></script>
</body>
</html>
"""


def sub_page():
    a = ARTS[0]
    return header(f"{a['source']}_网易号", f"{a['source']}的网易号") + f"""<div class="sub-head"><h1 class="sub-name">{a["source"]}</h1><p class="sub-desc">江淮理工大学官方网易号</p><span>{a["follow"]}关注</span></div>
<ul class="news-list"><li class="news-item"><a href="{url(a)}"><h3>{a["speech"].title}</h3><span class="ptime">06-21</span></a></li>
<li class="news-item"><a href="/news/a/{OTHER[0][0]}.html"><h3>{OTHER[0][1]}</h3><span class="ptime">06-20</span></a></li></ul>
{FOOTER}</div>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "网易新闻 mobile article pages (c.m.163.com/news/a/ID.html)")
    fam.put("/", home())
    sub = f"/news/sub/{ARTS[0]['ename']}.html"
    fam.put(sub, sub_page())
    fam.not_documents += ["/", sub]
    for i, a in enumerate(ARTS):
        fam.put(url(a), article_page(i))
        fam.doc([url(a)], a["speech"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /touch/api/\n", "ascii")
    fam.noise += [
        "校长发表了题为", "有态度的新闻客户端", "展开全文", "打开网易新闻 阅读体验更佳",
        "特别声明：本文为网易自媒体平台", "本文来源：新华日报", "责任编辑：王晓燕_NX5372", "网易严选",
        "热门跟贴", "说得真好，不忘初心。", "打开网易新闻 查看全部跟贴", "相关推荐", "网易公司版权所有",
        "浙ICP备17006647号-2", "江淮理工大学2024年本科招生计划发布",
    ]
    fam.note = (
        "Both articles are folded (`div.article-body.folded`, 展开全文) with the whole text in the page. The "
        "网易号 article opens with a news preamble (…致辞，全文如下：) and ends with the 网易号 特别声明; the news "
        "article ends with 本文来源 / 责任编辑 (editor code). Canonical links point at www.163.com-like hosts "
        "that are not served. Home `/` lists both; the 网易号 page lists the first."
    )
    return fam
