"""腾讯新闻客户端 share pages (view.inews.qq.com/a/ID) as a phone browser gets them: extensionless
`/a/20240409A05RQB00` addresses, `<title>` = headline + `_腾讯新闻`; the fixed `top-bar` (腾讯新闻 logo,
事实派 slogan, 打开APP), `h1.title`, `div.media-info` (avatar, media name, `span.time` `2024-04-09 17:52`,
`span.location` 发布于…), `div.content#ArticleContent` with `p.qnt-p` paragraphs, `div.qnt-img-wrapper`
photos and a centred grey caption `p.qnt-p`; the second text folded under `展开剩余68%` (the text is all in
the page: not truncated); `特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“腾讯新闻”用户上传并发布…`
after the text, 打开腾讯新闻，阅读体验更佳, 评论 (打开腾讯新闻参与讨论), 热点精选 (plain links to other share pages
and an ad), footer with Tencent copyright; the article again in `window.initData`. Home `/` is the 热点精选 list."""

import html
import json

from common import SPEECHES, Family

HOST = "view.inews-like.test"
S1, S2 = SPEECHES["f39c-5"], SPEECHES["f39c-6"]
ID1, ID2 = "20240409A05RQB00", "20241105A03KXM00"
M1, M2 = ("赣南都市观察", "发布于江西"), ("山城驻村日记", "发布于重庆")
PRE1 = "4月9日，全市创建全国文明城市动员大会召开。市委主要负责同志出席会议并讲话。现将讲话全文刊发如下："
CAP1 = "动员大会现场（图片来源：市文明办）"
CAP2 = "▲交接座谈会现场"
FOLD = "展开剩余68%"
DECL = "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“腾讯新闻”用户上传并发布，本平台仅提供信息存储服务。"
OPEN = "打开腾讯新闻，阅读体验更佳"
HOT = [
    ("20240409A02HNP00", "多地发布春季文明出行倡议"),
    ("20240408A07TQC00", "老旧小区改造提速，这些小区今年开工"),
    ("20241104A06WLD00", "“90后”驻村第一书记：把村民的事当自己的事"),
]


def a(i):
    return f"/a/{i}"


def head(title, desc, data=None):
    js = f"<script>window.initData = {json.dumps(data, ensure_ascii=False)};</script>\n" if data else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no,address=no,email=no">
<meta name="referrer" content="no-referrer-when-downgrade">
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(desc)}">
<meta property="og:title" content="{html.escape(title)}">
<link rel="icon" href="https://mat1.gtimg.com/qqcdn/qqindex2021/favicon.ico">
<link rel="stylesheet" href="https://mat1.gtimg.com/qqcdn/tnewsh5/ssr/article/css/main.6c1f0a93.css">
{js}</head>
<body>
<div id="root">
<div class="top-bar"><img class="logo" src="https://mat1.gtimg.com/qqcdn/tnewsh5/ssr/img/logo-news.png" alt="腾讯新闻"><div class="slogan"><p>腾讯新闻</p><p class="sub">事实派</p></div><a class="open-app" href="javascript:;">打开APP</a></div>
"""


FOOT = """<div class="footer"><p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved.</p><p>腾讯公司 版权所有</p></div>
</div>
<script src="https://mat1.gtimg.com/qqcdn/tnewsh5/ssr/article/js/vendor.1e2d3c4b.js"></script>
<script src="https://mat1.gtimg.com/qqcdn/tnewsh5/ssr/article/js/main.8a7b6c5d.js"></script>
<script src="https://beacon.cdn.qq.com/sdk/4.5.14/beacon_web.min.js"></script>
</body>
</html>
"""


def hot(extra):
    items = HOT[:2] if extra == ID2 else HOT[1:]
    lis = "".join(f'<li class="hot-item"><a href="{a(i)}"><p class="hot-title">{html.escape(t)}</p></a></li>' for i, t in items)
    other = S2.title if extra == ID2 else S1.title
    lis += f'<li class="hot-item"><a href="{a(extra)}"><p class="hot-title">{html.escape(other)}</p></a></li>'
    lis += '<li class="hot-item hot-ad"><a href="javascript:;"><p class="hot-title">春季家装节 全屋定制满减</p><span class="ad-tag">广告</span></a></li>'
    return f'<div class="hot-news"><h3 class="hot-head">热点精选</h3><ul class="hot-list">{lis}</ul></div>'


def tail(n_comment):
    return f"""<div class="article-statement">{DECL}</div>
<a class="open-app-btn" href="javascript:;">{OPEN}</a>
<div class="comment-box"><h3 class="comment-head">评论 {n_comment}</h3><a class="comment-open" href="javascript:;">打开腾讯新闻参与讨论</a></div>
"""


def media(m, stamp):
    return f'<div class="media-info"><img class="media-avatar" src="https://inews.gtimg.com/newsapp_ls/0/14218736520_100100/0" alt=""><div class="media-right"><p class="media-name">{m[0]}</p><p class="media-sub"><span class="time">{stamp}</span><span class="location">{m[1]}</span></p></div><a class="follow" href="javascript:;">关注</a></div>'


def page1():
    ps = [f'<p class="qnt-p">{PRE1}</p>', '<div class="qnt-img-wrapper"><img class="qnt-img" src="https://inews.gtimg.com/om_bt/Os8kd2L1Qwj3Rz7cVb5xNq0TgHe4aYmP6uFlC9nIsKoA/641" alt=""></div>',
          f'<p class="qnt-p" style="text-align:center;"><span style="color:#999999;font-size:14px;">{CAP1}</span></p>']
    ps += [f'<p class="qnt-p">{p}</p>' for p in S1.paras]
    content = "".join(ps)
    data = {"id": ID1, "title": S1.title, "media": M1[0], "pubtime": "2024-04-09 17:52:36", "content": content}
    return head(f"{S1.title}_腾讯新闻", S1.paras[1][:60], data) + f"""<div class="article">
<h1 class="title">{S1.title}</h1>
{media(M1, "2024-04-09 17:52")}
<div class="content" id="ArticleContent">{content}</div>
{tail(36)}
{hot(ID2)}
</div>
""" + FOOT


def page2():
    ps = [f'<p class="qnt-p">{p}</p>' for p in S2.paras[:3]]
    ps.append('<div class="qnt-img-wrapper"><img class="qnt-img" src="https://inews.gtimg.com/om_bt/OaQ3vN8pLk2Ws6Yd0TjXr5Hm1BcF7eUgZo9KiPy4Ds3A/641" alt=""></div>')
    ps.append(f'<p class="qnt-p" style="text-align:center;"><span style="color:#999999;font-size:14px;">{CAP2}</span></p>')
    ps += [f'<p class="qnt-p">{p}</p>' for p in S2.paras[3:]]
    content = "".join(ps)
    data = {"id": ID2, "title": S2.title, "media": M2[0], "pubtime": "2024-11-05 21:08:10", "content": content}
    return head(f"{S2.title}_腾讯新闻", S2.paras[1][:60], data) + f"""<div class="article">
<h1 class="title">{S2.title}</h1>
{media(M2, "2024-11-05 21:08")}
<div class="content-wrap fold" id="contentWrap" style="height:720px;overflow:hidden;"><div class="content" id="ArticleContent">{content}</div></div>
<div class="expand-bar" id="expandBar"><div class="expand-mask"></div><span class="expand-btn">{FOLD}<i class="icon-arrow"></i></span></div>
{tail(5)}
{hot(ID1)}
</div>
<script>document.getElementById('expandBar').addEventListener('click',function(){{document.getElementById('contentWrap').style.height='auto';this.style.display='none';}});</script>
""" + FOOT


def home():
    lis = "".join(f'<li class="hot-item"><a href="{a(i)}"><p class="hot-title">{html.escape(t)}</p></a></li>' for i, t in [(ID1, S1.title), HOT[0], HOT[1]])
    return head("腾讯新闻", "腾讯新闻，事实派。") + f'<div class="home"><div class="hot-news"><h3 class="hot-head">热点精选</h3><ul class="hot-list">{lis}</ul></div><a class="open-app-btn" href="javascript:;">{OPEN}</a></div>\n' + FOOT


def build() -> Family:
    fam = Family(HOST, "腾讯新闻客户端 share pages (view.inews.qq.com/a/ID)", extensionless_html=True)
    fam.put("/", home())
    fam.put(a(ID1), page1())
    fam.doc([a(ID1)], S1)
    fam.put(a(ID2), page2())
    fam.doc([a(ID2)], S2)
    fam.put("/robots.txt", "User-agent: *\nAllow: /a/\n")
    fam.noise += [PRE1, CAP1, CAP2, FOLD, DECL, "本平台仅提供信息存储服务", OPEN, "打开腾讯新闻参与讨论", "热点精选", "事实派",
                  "打开APP", HOT[0][1], "春季家装节", M1[1]]
    fam.note = "HOLDOUT. extensionless `/a/ID` share pages; the 驻村 text is whole in the page under 展开剩余68% (not truncated); the second article is reached from the first's 热点精选"
    return fam
