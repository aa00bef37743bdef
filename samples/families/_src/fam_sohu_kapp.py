"""搜狐新闻客户端 share pages (3g.k.sohu.com/t/nN) as a phone browser gets them: extensionless `/t/n712…`
addresses; the fixed `top-banner` (搜狐新闻 logo, 打开), `h1.title`, `div.info` (`span.media` account,
`span.time` `2024-03-06 18:40`), `article.article#articleContent` of `<p>` paragraphs (a `原标题：` line and a
centred photo + caption in one), the second text inside a height-limited `div.article-fold` with the
`展开全文` button (the whole text is in the page: not truncated); after the text 责任编辑, the
`平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。`, 阅读 (N), the
`打开搜狐新闻，查看更多精彩内容` button, 热门评论 (comments with 打开搜狐新闻查看更多评论), 相关推荐 with ad cards,
footer with Sohu copyright and ICP, `var article = {...}` data. Home `/` is the 要闻 share list."""

import html
import json

from common import SPEECHES, Family

HOST = "3g.k.sohu-like.test"
S1, S2 = SPEECHES["f39c-3"], SPEECHES["f39c-4"]
N1, N2 = "n712408365", "n775219084"
MEDIA1, MEDIA2 = "滨湖发布", "江城大学"
ORIG1 = "原标题：区委书记：营商环境只有更好、没有最好"
CAP1 = "大会现场。滨湖区融媒体中心供图"
PRE2 = "6月21日上午，学校2024届研究生毕业典礼暨学位授予仪式在体育馆举行。导师代表、化学化工学院教授作了发言，现将发言全文分享如下："
EDITOR = "责任编辑："
DECL = "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
OPEN = "打开搜狐新闻，查看更多精彩内容"
UNFOLD = "展开全文"
OTHERS = [
    ("n712396270", "滨湖区一季度重点项目集中开工，总投资186亿元", MEDIA1),
    ("n712350918", "2024年区级民生实事项目出炉", MEDIA1),
    ("n775201346", "江城大学举行2024届本科生毕业典礼", MEDIA2),
]
COMMENTS = [
    ("搜狐网友3d1f", "湖北武汉", "说到点子上了，审批提速企业最有感", "12"),
    ("滨湖老张", "湖北武汉", "希望拖欠账款清零能真正做到", "8"),
]


def t(n):
    return f"/t/{n}"


def head(title, desc, data=None):
    js = f"<script>var article = {json.dumps(data, ensure_ascii=False)};</script>\n" if data else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no">
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(desc)}">
<link rel="stylesheet" href="//statics.itc.cn/mobile-news/share/css/article.3b9c1e2d.css">
<script src="//statics.itc.cn/mobile-news/share/js/flexible.min.js"></script>
{js}</head>
<body>
<div class="top-banner" id="topBanner"><img class="logo" src="//statics.itc.cn/mobile-news/share/img/logo_news.png" alt="搜狐新闻"><div class="slogan"><p class="s1">搜狐新闻</p><p class="s2">上搜狐 知天下</p></div><a class="open-btn" href="javascript:;" data-scheme="sohunews://pr/news://newsId=">打开</a></div>
"""


FOOT = """<div class="footer"><p>Copyright &copy; 2024 Sohu.com Inc. All Rights Reserved.</p><p>搜狐公司 版权所有　<a href="https://beian.miit.gov.cn/">京ICP证030367号</a></p></div>
<script src="//statics.itc.cn/mobile-news/share/js/zepto.min.js"></script>
<script src="//statics.itc.cn/mobile-news/share/js/article.5f7a0c41.js"></script>
<script src="//js.sohu.com/pv.js"></script>
</body>
</html>
"""


def tail(n, media, reads, related, comments=True):
    rel = "".join(
        f'<li class="rec-item"><a href="{t(a)}"><h4>{html.escape(ti)}</h4><p class="rec-info"><span>{m}</span></p></a></li>'
        for a, ti, m in related
    )
    rel += '<li class="rec-item rec-ad"><a href="javascript:;" data-adid="12004"><h4>夏季新品上市 限时优惠</h4><p class="rec-info"><span class="ad-tag">广告</span></p></a></li>'
    com = ""
    if comments:
        com = '<div class="comment"><h3 class="comment-tit">热门评论</h3><ul class="comment-list">' + "".join(
            f'<li class="comment-item"><div class="c-user"><img src="//statics.itc.cn/mobile-news/share/img/avatar_default.png" alt=""><span class="c-name">{u}</span><span class="c-loc">{loc}</span></div><p class="c-text">{txt}</p><p class="c-info"><span class="c-like">{lk}</span></p></li>'
            for u, loc, txt, lk in COMMENTS
        ) + '</ul><a class="more-comment" href="javascript:;">打开搜狐新闻查看更多评论</a></div>'
    else:
        com = '<div class="comment"><h3 class="comment-tit">热门评论</h3><p class="no-comment">暂无评论，打开搜狐新闻抢沙发</p></div>'
    return f"""<div class="article-end"><p class="decl">{DECL}</p><p class="read-num">阅读 ({reads})</p></div>
<a class="open-app-btn" href="javascript:;">{OPEN}</a>
{com}
<div class="recommend"><h3 class="rec-tit">相关推荐</h3><ul class="rec-list">{rel}</ul></div>
"""


def page1():
    ps = [f'<p><span style="color: #8c8c8c;">{ORIG1}</span></p>']
    for i, p in enumerate(S1.paras):
        ps.append(f"<p>{p}</p>")
        if i == 0:
            ps.append(f'<p style="text-align: center;"><img src="//p3.itc.cn/q_70/images03/20240306/4b2d8e7c1a0f4e36b9d5c2a7e8f1b034.jpeg" alt=""></p>')
            ps.append(f'<p style="text-align: center;">{CAP1}</p>')
    ps.append(f'<p data-role="editor-name">{EDITOR}<span>刘晓</span></p>')
    data = {"newsId": N1[1:], "title": S1.title, "media": MEDIA1, "time": "2024-03-06 18:40", "type": 3}
    return head(f"{S1.title} - 搜狐新闻", S1.paras[1][:60], data) + f"""<div class="wrapper">
<h1 class="title">{S1.title}</h1>
<div class="info"><span class="media-avatar"><img src="//statics.itc.cn/mobile-news/share/img/media_1021.png" alt=""></span><span class="media">{MEDIA1}</span><span class="time">2024-03-06 18:40</span></div>
<article class="article" id="articleContent">
{''.join(ps)}
</article>
{tail(N1, MEDIA1, "5.1万", [OTHERS[0], OTHERS[1], (N2, S2.title, MEDIA2)])}
</div>
""" + FOOT


def page2():
    ps = [f"<p>{PRE2}</p>"] + [f"<p>{p}</p>" for p in S2.paras]
    ps.append(f'<p data-role="editor-name">{EDITOR}<span></span></p>')
    data = {"newsId": N2[1:], "title": S2.title, "media": MEDIA2, "time": "2024-06-21 20:15", "type": 3}
    return head(f"{S2.title} - 搜狐新闻", S2.paras[2][:60], data) + f"""<div class="wrapper">
<h1 class="title">{S2.title}</h1>
<div class="info"><span class="media-avatar"><img src="//statics.itc.cn/mobile-news/share/img/media_3307.png" alt=""></span><span class="media">{MEDIA2}</span><span class="time">2024-06-21 20:15</span></div>
<div class="article-fold" id="articleFold" style="max-height: 800px; overflow: hidden;">
<article class="article" id="articleContent">
{''.join(ps)}
</article>
</div>
<div class="unfold-box" id="unfoldBox"><div class="mask"></div><a class="unfold-btn" href="javascript:;">{UNFOLD}<i class="arrow"></i></a></div>
{tail(N2, MEDIA2, "1.2万", [OTHERS[2], (N1, S1.title, MEDIA1)], comments=False)}
</div>
<script>document.getElementById('unfoldBox').onclick=function(){{document.getElementById('articleFold').style.maxHeight='none';this.style.display='none';}};</script>
""" + FOOT


def home():
    items = [(N1, S1.title, MEDIA1, "03-06"), OTHERS[0] + ("03-05",), (N2, S2.title, MEDIA2, "06-21")]
    lis = "".join(f'<li class="news-item"><a href="{t(a)}"><h3>{html.escape(ti)}</h3><p class="n-info"><span>{m}</span><span>{w}</span></p></a></li>' for a, ti, m, w in items)
    return head("搜狐新闻 - 上搜狐 知天下", "搜狐新闻客户端") + f"""<div class="wrapper home"><div class="channel-bar"><span class="on">要闻</span><span>推荐</span><span>本地</span></div><ul class="news-list">{lis}</ul><a class="open-app-btn" href="javascript:;">{OPEN}</a></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "搜狐新闻客户端 share pages (3g.k.sohu.com/t/nN)", extensionless_html=True)
    fam.put("/", home())
    fam.put(t(N1), page1())
    fam.doc([t(N1)], S1)
    fam.put(t(N2), page2())
    fam.doc([t(N2)], S2)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [ORIG1, CAP1, PRE2, DECL, "搜狐仅提供信息存储空间服务", OPEN, UNFOLD, "热门评论", "打开搜狐新闻查看更多评论",
                  "相关推荐", "京ICP证030367号", "上搜狐 知天下", OTHERS[0][1], COMMENTS[0][2], "广告"]
    fam.note = "extensionless `/t/nN` share pages; the 毕业典礼 text sits whole in a height-limited `article-fold` under 展开全文 (not truncated)"
    return fam
