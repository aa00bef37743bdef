"""果壳 (www.guokr.com)-like 科学人 article pages, the site's older PC template (the `gheader` / `gfooter`
years): articles at `/article/458123/` (folders); title `标题 | 果壳 科技有意思`; the `gheader` bar (果壳 logo,
首页 / 科学人 / 小组 / 问答 / 果壳商店, search box, 登录 / 注册); `div.content-th` with the 主题站 label
(`a.label`), `h1#articleTitle` and `div.content-th-info` (author link `/i/N/`, `发表于 2024-05-26 10:20:33`);
the text in `div.document > div`: an italic editor's note first (`<p><em>本文根据…现场发言整理…</em></p>`),
a `<p><img>` photo with its `图片来源` line, the speech, then `（编辑：…）` and `题图来源：…` lines; under it the
`div.copyright` 本文版权属于果壳网 line, `div.content-tags`, the 推荐 / 分享到 bar, the `div.cmts` comments
(`cmt-item` floors, `cmt-content`, 回复 / 赞) with the 登录后参与讨论 box; side column with the author card
(`side-author`), 相关文章 and a 果壳商店 ad; `gfooter` with 京ICP证100430号 and the licence lines.
Home `/` → 科学人 `/scientific/` (`article-list`, pager `ul.gpages` → `/scientific/?page=2`, a query route)."""

from common import SPEECHES, Family

HOST = "www.guokr-like.test"

ARTICLES = [
    {
        "speech": SPEECHES["f46b-5"],
        "id": "458123",
        "time": "2024-05-26 10:20:33",
        "author": "科学之夜组委会",
        "uid": "2816530471",
        "label": ("活动", "/scientific/subject/activity/"),
        "note": "本文根据主办方负责人在2024年科学之夜科普活动开幕式上的现场发言整理，经本人审定后发布。",
        "photo": ("https://img1.guokr-like.test/gkimage/3c/9a/2f/3c9a2f.png", "图片来源：科学之夜组委会"),
        "editor": "（编辑：小毛）",
        "cover": "题图来源：科学之夜组委会",
        "tags": ["科学之夜", "科普", "演讲"],
        "summary": "科学本来就不应该只待在实验室和教科书里，它应该走进我们的生活，走进我们的夜晚。",
    },
    {
        "speech": SPEECHES["f46b-6"],
        "id": "455870",
        "time": "2024-03-23 16:45:02",
        "author": "城市气象科普馆",
        "uid": "1650287734",
        "label": ("地球科学", "/scientific/subject/earth/"),
        "note": "3月23日世界气象日，城市气象科普馆开馆。本文为市气象局局长在开馆仪式上的致辞，果壳获授权刊发。",
        "photo": ("https://img1.guokr-like.test/gkimage/7e/1b/04/7e1b04.png", "科普馆里的台风体验舱。图片来源：城市气象科普馆"),
        "editor": "（编辑：Calo）",
        "cover": "题图来源：视觉中国",
        "tags": ["气象", "世界气象日", "科普场馆"],
        "summary": "防灾减灾，既要靠准确的预报预警，也要靠全社会的科学认知和自救互救能力。",
    },
]
OTHERS = [
    ("458201", "为什么蚊子总爱咬你？答案可能藏在你的皮肤菌群里", "Ent"),
    ("458177", "今年夏天会更热吗？聊聊厄尔尼诺的退场", "Calo"),
    ("455902", "春天到了，为什么有人一闻花香就打喷嚏", "小毛"),
]

HEADER = """<div class="gheader"><div class="gheader-in">
<a class="gheader-logo" href="/" title="果壳">果壳 guokr.com</a>
<ul class="gheader-nav"><li><a href="/">首页</a></li><li class="current"><a href="/scientific/">科学人</a></li><li><a href="/group/">小组</a></li><li><a href="/ask/">问答</a></li><li><a href="https://mall.guokr.com/" target="_blank">果壳商店</a></li></ul>
<form class="gheader-search" action="/search/all/" method="get"><input type="text" name="wd" placeholder="搜索果壳"><button type="submit">搜索</button></form>
<div class="gheader-user"><a href="https://account.guokr.com/sign_in/?success=/" class="gheader-login">登录</a><a href="https://account.guokr.com/sign_up/" class="gheader-signup">注册</a></div>
</div></div>
"""

FOOTER = """<div class="gfooter"><div class="gfooter-in">
<p class="gfooter-links"><a href="/about/" target="_blank">关于果壳</a><a href="/about/join/" target="_blank">加入果壳</a><a href="/about/contact/" target="_blank">联系我们</a><a href="/about/agreement/" target="_blank">用户协议</a><a href="/about/privacy/" target="_blank">隐私政策</a><a href="/about/report/" target="_blank">违法和不良信息举报</a></p>
<p>&copy; 2024 果壳 guokr.com　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证100430号</a>　京网文[2018]6252-514号　新出发京零字东150005号　<a href="http://www.beian.gov.cn/" target="_blank">京公网安备11010502007133号</a></p>
</div></div>
<script src="https://static.guokr.com/apps/site/scripts/base.js?v=1a2b3c"></script>
<script src="https://static.guokr.com/apps/site/scripts/article.js?v=1a2b3c"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?b8b8d4d1a6c3e5f2097a1e4c3d2b6f80";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def head(title, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="果壳,科学人,科技有意思">
<meta name="description" content="{desc}">
<link rel="shortcut icon" href="https://static.guokr.com/apps/site/images/favicon.ico">
<link rel="stylesheet" href="https://static.guokr.com/apps/site/styles/base.css?v=1a2b3c">
<link rel="stylesheet" href="https://static.guokr.com/apps/site/styles/article.css?v=1a2b3c">
</head>
<body>
"""


def article(i):
    a = ARTICLES[i]
    s = a["speech"]
    src, cap = a["photo"]
    ps = [f"<p><em>{a['note']}</em></p>"]
    for k, p in enumerate(s.paras):
        ps.append(f"<p>{p}</p>")
        if k == 1:
            ps.append(f'<p><img src="{src}" alt="" width="600" height="400"></p><p>{cap}</p>')
    ps += [f"<p>{a['editor']}</p>", f"<p>{a['cover']}</p>"]
    tags = "".join(f'<a href="/scientific/tag/{t}/">{t}</a>' for t in a["tags"])
    other = ARTICLES[1 - i]
    rel = [(other["id"], other["speech"].title)] + [(n, t) for n, t, _ in OTHERS]
    rels = "".join(f'<li><a href="/article/{n}/" target="_blank">{t}</a></li>' for n, t in rel)
    d = a["time"][:10]
    return (
        head(f"{s.title} | 果壳 科技有意思", a["summary"])
        + HEADER
        + f"""<div class="container article-page">
<div class="main">
<div class="content">
<div class="content-th">
<a class="label label-common" href="{a['label'][1]}">{a['label'][0]}</a>
<h1 id="articleTitle">{s.title}</h1>
<div class="content-th-info">
<a href="/i/{a['uid']}/" title="{a['author']}">{a['author']}</a>
<span>发表于 {a['time']}</span>
</div>
</div>
<div class="document">
<div>
{"".join(ps)}
</div>
</div>
<div class="copyright">本文版权属于果壳网（guokr.com），禁止转载。如有需要，请联系sns@guokr.com</div>
<div class="content-tags">标签：{tags}</div>
<div class="content-actions"><a class="btn-recommend" href="https://account.guokr.com/sign_in/">推荐 <em>86</em></a><span class="share">分享到：<a class="share-weibo" href="javascript:void(0);" title="新浪微博"></a><a class="share-weixin" href="javascript:void(0);" title="微信"></a><a class="share-douban" href="javascript:void(0);" title="豆瓣"></a><a class="share-qzone" href="javascript:void(0);" title="QQ空间"></a></span></div>
</div>
<div class="cmts" id="comments">
<div class="cmts-title"><span>评论（3）</span></div>
<ul class="cmts-list">
<li class="cmt-item" id="reply3318201"><a class="cmt-img" href="/i/1870032211/"><img src="https://img1.guokr-like.test/avatar/1870032211.png" alt=""></a><div class="cmt-info"><a class="cmt-author" href="/i/1870032211/">薛定谔的喵</a><span class="cmt-floor">1楼</span><span class="cmt-time">{d}</span></div><div class="cmt-content"><p>小时候问的那些为什么，现在很多还是没答案哈哈</p></div><div class="cmt-do"><a href="javascript:void(0);">回复</a><a href="javascript:void(0);">赞 <em>21</em></a></div></li>
<li class="cmt-item" id="reply3318245"><a class="cmt-img" href="/i/2093316580/"><img src="https://img1.guokr-like.test/avatar/2093316580.png" alt=""></a><div class="cmt-info"><a class="cmt-author" href="/i/2093316580/">一只理性派</a><span class="cmt-floor">2楼</span><span class="cmt-time">{d}</span></div><div class="cmt-content"><p>明年一定带娃去</p></div><div class="cmt-do"><a href="javascript:void(0);">回复</a><a href="javascript:void(0);">赞 <em>7</em></a></div></li>
<li class="cmt-item" id="reply3318302"><a class="cmt-img" href="/i/1108826473/"><img src="https://img1.guokr-like.test/avatar/1108826473.png" alt=""></a><div class="cmt-info"><a class="cmt-author" href="/i/1108826473/">夜观天象</a><span class="cmt-floor">3楼</span><span class="cmt-time">{d}</span></div><div class="cmt-content"><p>这种活动多多益善，科普就该这样做。</p></div><div class="cmt-do"><a href="javascript:void(0);">回复</a><a href="javascript:void(0);">赞 <em>4</em></a></div></li>
</ul>
<div class="cmts-do"><p>你需要<a href="https://account.guokr.com/sign_in/">登录</a>后参与讨论</p></div>
</div>
</div>
<div class="side">
<div class="side-author"><a href="/i/{a['uid']}/"><img src="https://img1.guokr-like.test/avatar/{a['uid']}.png" alt=""></a><p class="side-author-name"><a href="/i/{a['uid']}/">{a['author']}</a></p><p class="side-author-title">果壳作者</p><a class="btn-follow" href="https://account.guokr.com/sign_in/">关注</a></div>
<div class="side-box side-related"><h3>相关文章</h3><ul>{rels}</ul></div>
<div class="side-box side-ad"><a href="https://mall.guokr.com/" target="_blank"><img src="https://img1.guokr-like.test/ad/mall_300x250.jpg" alt="果壳商店"></a></div>
</div>
</div>
"""
        + FOOTER
    )


def listing(rows, page):
    items = ""
    for n, t, author, summary, when in rows:
        items += f"""<li class="article-item"><h3 class="article-title"><a href="/article/{n}/" target="_blank">{t}</a></h3>
<p class="article-summary">{summary}</p><p class="article-info"><a href="/scientific/">{author}</a><span>{when}</span></p></li>
"""
    if page == 1:
        pager = '<ul class="gpages"><li><span>1</span></li><li><a href="/scientific/?page=2">2</a></li><li><a href="/scientific/?page=2">下一页</a></li></ul>'
    else:
        pager = '<ul class="gpages"><li><a href="/scientific/">上一页</a></li><li><a href="/scientific/">1</a></li><li><span>2</span></li></ul>'
    return (
        head("科学人 | 果壳 科技有意思", "果壳科学人，科技有意思")
        + HEADER
        + f"""<div class="container"><div class="main"><div class="crumbs"><a href="/">果壳</a> &gt; 科学人</div>
<ul class="article-list">
{items}</ul>
{pager}
</div></div>
"""
        + FOOTER
    )


def plain(n, t, author):
    return (
        head(f"{t} | 果壳 科技有意思", t)
        + HEADER
        + f"""<div class="container article-page"><div class="main"><div class="content"><div class="content-th"><h1 id="articleTitle">{t}</h1><div class="content-th-info"><a href="/scientific/">{author}</a></div></div>
<div class="document"><div><p>（本文正文略）</p></div></div>
<div class="copyright">本文版权属于果壳网（guokr.com），禁止转载。如有需要，请联系sns@guokr.com</div></div></div></div>
"""
        + FOOTER
    )


def build() -> Family:
    fam = Family(HOST, "果壳 (guokr.com) 科学人 article pages, older gheader template: content-th / div.document")
    a0, a1 = ARTICLES
    row = lambda a: (a["id"], a["speech"].title, a["author"], a["summary"], a["time"][:10])
    page1 = [(OTHERS[0][0], OTHERS[0][1], OTHERS[0][2], "蚊子挑人，不只看血型。", "2024-05-28"), row(a0),
             (OTHERS[1][0], OTHERS[1][1], OTHERS[1][2], "厄尔尼诺正在减弱，但热浪未必会退。", "2024-05-24")]
    page2 = [(OTHERS[2][0], OTHERS[2][1], OTHERS[2][2], "花粉过敏的季节又来了。", "2024-03-25"), row(a1)]
    fam.put("/scientific/", listing(page1, 1))
    fam.route("/scientific/?page=2", "/scientific/page2.html", listing(page2, 2))
    home_items = "".join(f'<li><a href="/article/{n}/">{t}</a></li>' for n, t, *_ in page1)
    fam.put(
        "/",
        head("果壳 科技有意思", "果壳，科技有意思")
        + HEADER
        + f"""<div class="container"><div class="main"><div class="index-block"><h2><a href="/scientific/">科学人</a></h2><ul>{home_items}</ul><a class="more" href="/scientific/">更多</a></div></div></div>
"""
        + FOOTER,
    )
    fam.not_documents += ["/", "/scientific/", "/scientific/?page=2"]
    for i, a in enumerate(ARTICLES):
        fam.put(f"/article/{a['id']}/", article(i))
        fam.doc([f"/article/{a['id']}/"], a["speech"], published_at=a["time"][:10])
    for n, t, author in OTHERS:
        fam.put(f"/article/{n}/", plain(n, t, author))
        fam.not_documents.append(f"/article/{n}/")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        a0["note"],
        a1["note"],
        "图片来源：科学之夜组委会",
        "科普馆里的台风体验舱。",
        "（编辑：小毛）",
        "（编辑：Calo）",
        "题图来源：视觉中国",
        "本文版权属于果壳网（guokr.com），禁止转载。",
        "| 果壳 科技有意思",
        "分享到：",
        "小时候问的那些为什么，现在很多还是没答案哈哈",
        "后参与讨论",
        "相关文章",
        "为什么蚊子总爱咬你？答案可能藏在你的皮肤菌群里",
        "京ICP证100430号",
    ]
    fam.note = "the italic editor's note, the photo credit line, （编辑：…） and 题图来源 lines are not speech; 发表于 gives the date"
    return fam
