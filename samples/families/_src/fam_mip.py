"""A 范文 site's 百度 MIP (Mobile Instant Pages, MIP 1.0) mobile edition, `m.<host>/mip/N.html`:
`<html mip>`, `mip.css` + `mip.js` from c.mipcdn.com with the extension scripts, `<style mip-custom>`,
`<link rel="canonical">` to the desktop page (another host, not served), the 熊掌号 JSON-LD
(`@context https://ziyuan.baidu.com/contexts/cambrian.jsonld`, `appid`, `pubDate`), `mip-img`,
internal links as `<a data-type="mip">`, list cards as `<mip-link>` (no `<a>`), `mip-ad` / `mip-embed`
ad slots between the paragraphs inside the text box, `mip-fixed` bottom bar and go-to-top,
`mip-stats-baidu`; one speech inside `mip-showmore` with a `展开全文` button and a `剩余N%内容` hint
(CSS only: the text is all there), the other cut by a real login wall (`剩余N%内容，登录后继续阅读`)
after part of a paragraph (truncated)."""

import json

from common import SPEECHES, Family

HOST = "m.fayangao-wang.test"
DESK = "www.fayangao-wang.test"
SITE = "发言稿范文网"
APPID = "1583417265530842"

# (speech, id, column slug, column name, pubDate, reads, kind)
ARTICLES = [
    (SPEECHES["mip-1"], 18563, "zhici", "致辞", "2024-01-20T09:32:15", 3162, "fold"),
    (SPEECHES["mip-2"], 17342, "jiazhanghui", "家长会发言稿", "2023-11-18T14:05:47", 8427, "wall"),
]

# the 讲话致辞 channel (/mip/jianghua/), 10 cards a page, newest first: id, title, date, summary
OTHERS = [
    (18702, "2024年春节团拜会致辞（精选6篇）", "2024-02-06", "尊敬的各位领导、各位来宾，同志们、朋友们：龙腾盛世辞旧岁，春回大地万象新。"),
    (18688, "公司年会董事长致辞范文", "2024-01-29", "各位同仁、各位嘉宾：大家晚上好！时光荏苒，我们又迎来了一年一度的年会。"),
    (18641, "优秀员工表彰大会发言稿", "2024-01-25", "尊敬的各位领导、亲爱的同事们：大家好！我很荣幸能够作为优秀员工代表在这里发言。"),
    (18597, "年终总结大会领导讲话稿", "2024-01-22", "同志们：今天我们召开年终总结大会，全面回顾一年来的工作，表彰先进。"),
    (18544, "2024年元旦致辞简短大气", "2023-12-29", "新年的钟声即将敲响，我们满怀喜悦，迎来了充满希望的2024年。"),
    (18412, "冬季安全教育讲话稿", "2023-12-12", "老师们、同学们：冬季天气寒冷，昼短夜长，是各类安全事故的多发季节。"),
    (18267, "教师代表在期中表彰会上的发言", "2023-11-27", "尊敬的各位领导、亲爱的同学们：大家好！期中考试已经落下帷幕。"),
    (17995, "家长会校长发言稿", "2023-11-22", "尊敬的各位家长：大家好！欢迎各位家长在百忙之中来到学校参加家长会。"),
    (17411, "初二家长会班主任发言稿", "2023-11-19", "各位家长：下午好！首先感谢各位家长的到来，今天召开家长会的目的。"),
    (17206, "期中考试家长会发言稿（通用5篇）", "2023-11-15", "尊敬的家长朋友们：大家好！今天我们怀着同样的心情相聚在这里。"),
    (16983, "高三家长会年级主任发言稿", "2023-11-10", "各位家长：大家好！高三是孩子们人生中非常重要的一年。"),
    (16854, "运动会开幕式校长致辞", "2023-10-26", "老师们、同学们：金秋十月，丹桂飘香。我们迎来了学校秋季田径运动会。"),
]
PER_PAGE = 10
IMG = "https://img.fayangao-wang.test/uploads/allimg/{}.jpg"

MIP_SCRIPTS = [
    "https://c.mipcdn.com/static/v1/mip.js",
    "https://c.mipcdn.com/static/v1/mip-ad/mip-ad.js",
    "https://c.mipcdn.com/static/v1/mip-stats-baidu/mip-stats-baidu.js",
    "https://c.mipcdn.com/static/v1/mip-fixed/mip-fixed.js",
    "https://c.mipcdn.com/static/v1/mip-gototop/mip-gototop.js",
    "https://c.mipcdn.com/static/v1/mip-link/mip-link.js",
]
SHOWMORE = "https://c.mipcdn.com/static/v1/mip-showmore/mip-showmore.js"
EMBED = "https://c.mipcdn.com/static/v1/mip-embed/mip-embed.js"
CAMBRIAN = "https://c.mipcdn.com/extensions/platform/v1/mip-cambrian/mip-cambrian.js"

STYLE = """<style mip-custom>
body{background:#f5f5f5;font-family:-apple-system,"Helvetica Neue","PingFang SC","Microsoft YaHei",sans-serif;color:#333}
a{color:#333;text-decoration:none}
.header{height:44px;line-height:44px;background:#c8161d;color:#fff;text-align:center;position:relative}
.header .logo{color:#fff;font-size:18px;font-weight:bold}
.header .back{position:absolute;left:10px;color:#fff}
.nav{background:#fff;overflow:hidden;white-space:nowrap;border-bottom:1px solid #eee}
.nav a{display:inline-block;padding:0 12px;line-height:38px;font-size:15px}
.nav a.on{color:#c8161d;border-bottom:2px solid #c8161d}
.crumb{font-size:12px;color:#999;padding:8px 12px}
.article{background:#fff;padding:12px 15px}
.article h1{font-size:21px;line-height:1.4;margin:0 0 8px}
.article .info{font-size:12px;color:#999;margin-bottom:10px}
.article .info span{margin-right:10px}
.content{font-size:17px;line-height:1.8}
.content p{margin:0 0 12px;text-indent:2em}
.mip-showmore-btn{text-align:center;color:#c8161d;font-size:15px;line-height:40px;border-top:1px solid #eee}
.showmore-tip{text-align:center;color:#999;font-size:12px}
.article-lock{position:relative;text-align:center;padding:20px 0}
.article-lock .lock-mask{position:absolute;top:-80px;left:0;right:0;height:80px;background:linear-gradient(rgba(255,255,255,0),#fff)}
.article-lock .lock-tip{color:#666;font-size:14px}
.article-lock .lock-btn{display:inline-block;background:#c8161d;color:#fff;border-radius:18px;padding:0 30px;line-height:36px}
.adbox{margin:10px 0;text-align:center}
.xgwz,.list{background:#fff;margin-top:10px;padding:0 15px}
.xgwz h3,.list h3{font-size:16px;border-left:3px solid #c8161d;padding-left:8px;line-height:40px;margin:0}
.xgwz li{line-height:36px;border-bottom:1px dashed #eee;font-size:15px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.card{display:flex;padding:12px 0;border-bottom:1px solid #f0f0f0}
.card .pic{width:110px;margin-right:10px;flex-shrink:0}
.card h4{font-size:16px;margin:0 0 6px;line-height:1.4}
.card p{font-size:13px;color:#999;margin:0;height:36px;overflow:hidden}
.card .time{font-size:12px;color:#bbb}
.pages{text-align:center;padding:15px 0}
.pages a,.pages span{display:inline-block;border:1px solid #ddd;padding:0 12px;line-height:30px;margin:0 3px;background:#fff}
.footer{text-align:center;font-size:12px;color:#999;padding:15px 0 70px}
.footer-fixed{height:50px;background:#fff;border-top:1px solid #ddd;display:flex}
.footer-fixed a{flex:1;text-align:center;font-size:12px;padding-top:6px}
.footer-fixed a.down{background:#c8161d;color:#fff;line-height:44px;padding:0}
</style>"""


def head(title, canonical, desc, keywords, ld=None, extra_scripts=()):
    ld_html = ""
    if ld:
        ld_html = (
            '<script type="application/ld+json">\n'
            + json.dumps(ld, ensure_ascii=False, indent=4)
            + "\n</script>\n"
        )
    return f"""<!DOCTYPE html>
<html mip>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="applicable-device" content="mobile">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{desc}">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v1/mip.css">
<link rel="canonical" href="{canonical}">
{STYLE}
{ld_html}</head>
<body>
<mip-cambrian site-id="{APPID}"></mip-cambrian>
<div class="header"><a data-type="mip" href="/" class="back">&lt;</a><a data-type="mip" href="/" class="logo">{SITE}</a></div>
<div class="nav"><a data-type="mip" href="/">首页</a><a data-type="mip" href="/mip/jianghua/" class="on">讲话致辞</a><a data-type="mip" href="/mip/fayangao/">发言稿</a><a data-type="mip" href="/mip/zongjie/">工作总结</a><a data-type="mip" href="/mip/jihua/">工作计划</a><a data-type="mip" href="/mip/xindetihui/">心得体会</a></div>
"""


def foot(extra_scripts=()):
    scripts = "".join(f'<script src="{s}"></script>\n' for s in [*MIP_SCRIPTS, *extra_scripts])
    return f"""<div class="footer">
<p><a data-type="mip" href="/">手机版</a> | <a href="https://{DESK}/">电脑版</a> | <a data-type="mip" href="/mip/about.html">关于我们</a></p>
<p>Copyright &copy; 2015-2024 {SITE} m.fayangao-wang.test 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">鲁ICP备15027731号-2</a></p>
</div>
<mip-fixed type="gototop"><mip-gototop threshold="300"></mip-gototop></mip-fixed>
<mip-stats-baidu token="3c5a0e1f2b7d49e8a61c0f9d2e4b7a35"></mip-stats-baidu>
{scripts}</body>
</html>
"""


def fixed_bar(aid):
    return f"""<mip-fixed type="bottom" class="footer-fixed">
<a data-type="mip" href="/">首页</a><a data-type="mip" href="/mip/jianghua/">栏目</a><a data-type="mip" href="/mip/search.html">搜索</a><a data-type="mip" href="/mip/down/{aid}.html" class="down">下载本文（Word版）</a>
</mip-fixed>
"""


def ad(n):
    if n == 1:
        return '<div class="adbox"><mip-ad layout="container" type="ad-baidu" cproid="u5917284"></mip-ad></div>\n'
    return (
        '<div class="adbox"><mip-embed type="baidu-wm-ext" domain="ws.fayangao-wang.test" token="f2sc7e4a1b"><div id="f2sc7e4a1b"></div></mip-embed></div>\n'
    )


def rows():
    out = list(OTHERS) + [
        (aid, sp.title, pub[:10], sp.paras[min(2, len(sp.paras) - 1)][:38] + "…") for sp, aid, _c, _n, pub, *_ in ARTICLES
    ]
    return sorted(out, key=lambda r: -r[0])


def card(r):
    aid, title, day, summary = r
    return f"""<mip-link href="/mip/{aid}.html" title="{title}"><div class="card">
<div class="pic"><mip-img layout="responsive" width="110" height="75" src="{IMG.format(aid)}" alt="{title}"></mip-img></div>
<div class="txt"><h4>{title}</h4><p>{summary}</p><span class="time">{day}</span></div>
</div></mip-link>
"""


def list_page(page):
    allrows = rows()
    pages = (len(allrows) + PER_PAGE - 1) // PER_PAGE
    cards = "".join(card(r) for r in allrows[(page - 1) * PER_PAGE : page * PER_PAGE])

    def href(p):
        return "/mip/jianghua/" if p == 1 else f"/mip/jianghua/list_{p}.html"

    nav = []
    if page > 1:
        nav.append(f'<a data-type="mip" href="{href(page - 1)}">上一页</a>')
    nav.append(f"<span>{page}/{pages}</span>")
    if page < pages:
        nav.append(f'<a data-type="mip" href="{href(page + 1)}">下一页</a>')
    canonical = f"https://{DESK}/jianghua/" + ("" if page == 1 else f"list_{page}.html")
    title = "讲话致辞_讲话稿范文大全" + ("" if page == 1 else f"_第{page}页") + f" - {SITE}"
    return (
        head(title, canonical, "发言稿范文网讲话致辞栏目，提供各类领导讲话稿、致辞、发言稿范文。", "讲话稿,致辞,发言稿")
        + f"""<div class="crumb">当前位置：<a data-type="mip" href="/">首页</a> &gt; 讲话致辞</div>
<div class="list">
<h3>讲话致辞</h3>
{cards}</div>
<div class="pages">{"".join(nav)}</div>
"""
        + foot()
    )


def article_page(i):
    sp, aid, col, colname, pub, reads, kind = ARTICLES[i]
    day = pub[:10]
    paras = sp.paras
    shown = paras
    cut_text = None
    if kind == "wall":
        keep = 6
        half = paras[keep][:52]
        shown = paras[:keep] + [half]
        cut_text = "\n".join(shown)
        total = len(sp.text.replace("\n", ""))
        left = 100 - round(100 * len(cut_text.replace("\n", "")) / total)
    body = ""
    for n, p in enumerate(shown):
        body += f"<p>{p}</p>\n"
        if n == 2:
            body += ad(1)
        if n == 7:
            body += ad(2)
    if kind == "fold":
        total = len(sp.text.replace("\n", ""))
        content = f"""<mip-showmore maxheight="screen:1.2" animatetime=".3" bottomshadow="1" id="showmore01">
<div class="content" id="content">
{body}</div>
</mip-showmore>
<div class="showmore-tip">剩余{round(100 * (total - 420) / total)}%内容，点击展开全文</div>
<div on="tap:showmore01.toggle" data-closetext="收起全文" class="mip-showmore-btn">展开全文 &#8744;</div>
"""
    else:
        content = f"""<div class="content" id="content">
{body}</div>
<div class="article-lock">
<div class="lock-mask"></div>
<p class="lock-tip">剩余{left}%内容，登录后继续阅读</p>
<a data-type="mip" href="/mip/login.html?from=%2Fmip%2F{aid}.html" class="lock-btn">登录后阅读全文</a>
<p class="lock-tip">开通VIP会员，全站范文免费阅读、下载</p>
</div>
"""
    order = rows()
    at = [r[0] for r in order].index(aid)
    newer = order[at - 1] if at else None
    older = order[at + 1]
    related = [r for r in OTHERS if ("家长会" in r[1]) == (col == "jiazhanghui")][:5]
    rel = "".join(f'<li><a data-type="mip" href="/mip/{r[0]}.html">{r[1]}</a></li>' for r in related)
    desc = sp.paras[0] + sp.paras[2][:60]
    canonical = f"https://{DESK}/{col}/{aid}.html"
    ld = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": f"https://{HOST}/mip/{aid}.html",
        "appid": APPID,
        "title": f"{sp.title}",
        "images": [IMG.format(aid)],
        "description": desc[:100],
        "pubDate": pub,
    }
    extra = [SHOWMORE, EMBED, CAMBRIAN] if kind == "fold" else [EMBED, CAMBRIAN]
    prevnext = f'<p>上一篇：<a data-type="mip" href="/mip/{older[0]}.html">{older[1]}</a></p>'
    if newer:
        prevnext += f'<p>下一篇：<a data-type="mip" href="/mip/{newer[0]}.html">{newer[1]}</a></p>'
    return (
        head(f"{sp.title} - {SITE}", canonical, desc[:100], f"{colname},{sp.title}", ld)
        + f"""<div class="crumb">当前位置：<a data-type="mip" href="/">首页</a> &gt; <a data-type="mip" href="/mip/jianghua/">讲话致辞</a> &gt; <a data-type="mip" href="/mip/{col}/">{colname}</a> &gt; 正文</div>
<div class="article">
<h1>{sp.title}</h1>
<div class="info"><span>时间：{day}</span><span>来源：{SITE}</span><span>阅读：{reads}</span></div>
<div class="adbox"><mip-ad layout="container" type="ad-baidu" cproid="u5917283"></mip-ad></div>
{content}<div class="prenext">{prevnext}</div>
</div>
<div class="xgwz">
<h3>【{sp.title}】相关文章：</h3>
<ul>{rel}</ul>
</div>
<div class="adbox"><mip-ad layout="container" type="ad-baidu" cproid="u5917285"></mip-ad></div>
{fixed_bar(aid)}"""
        + foot(extra)
    ), cut_text


def home():
    hot = [(ARTICLES[0][1], ARTICLES[0][0].title)] + [(r[0], r[1]) for r in OTHERS[:4]]
    hot_html = "".join(f'<li><a data-type="mip" href="/mip/{a}.html">{t}</a></li>' for a, t in hot)
    top = rows()[:4]
    return (
        head(
            f"{SITE}_讲话稿_发言稿_致辞_工作总结范文",
            f"https://{DESK}/",
            "发言稿范文网为您提供各类讲话稿、发言稿、致辞、工作总结、工作计划、心得体会等范文。",
            "发言稿,讲话稿,致辞,范文",
        )
        + f"""<div class="adbox"><mip-ad layout="container" type="ad-baidu" cproid="u5917280"></mip-ad></div>
<div class="xgwz">
<h3>热门范文</h3>
<ul>{hot_html}</ul>
</div>
<div class="list">
<h3>讲话致辞 <a data-type="mip" href="/mip/jianghua/" style="float:right;font-size:13px;color:#999">更多&gt;</a></h3>
{"".join(card(r) for r in top)}</div>
"""
        + foot()
    )


def build() -> Family:
    fam = Family(HOST, "范文 site's 百度 MIP mobile pages (MIP 1.0, 熊掌号 JSON-LD)")
    fam.put("/", home())
    fam.put("/mip/jianghua/", list_page(1))
    fam.put("/mip/jianghua/list_2.html", list_page(2))
    fam.not_documents += ["/", "/mip/jianghua/", "/mip/jianghua/list_2.html"]
    for i, (sp, aid, _c, _n, pub, _r, kind) in enumerate(ARTICLES):
        page, cut = article_page(i)
        fam.put(f"/mip/{aid}.html", page)
        if kind == "wall":
            fam.doc([f"/mip/{aid}.html"], sp, truncated=True, text=cut, found_by="data attribute")
        else:
            fam.doc([f"/mip/{aid}.html"], sp)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /mip/login.html\nDisallow: /mip/down/\n", "ascii")
    fam.noise += [
        "当前位置：",
        "时间：",
        "阅读：",
        "展开全文",
        "收起全文",
        "剩余",
        "登录后继续阅读",
        "登录后阅读全文",
        "开通VIP会员",
        "上一篇：",
        "下一篇：",
        "相关文章：",
        "下载本文（Word版）",
        "家长会校长发言稿",
        "年终总结大会领导讲话稿",
        "鲁ICP备15027731号-2",
        "热门范文",
    ]
    fam.note = (
        "MIP pages (`<html mip>`, UTF-8); the documents are the MIP pages `/mip/N.html` (their canonical desktop "
        "pages on www.fayangao-wang.test are not served); internal links are `<a data-type=\"mip\">`, but the channel's "
        "cards are `<mip-link href>` elements with no `<a>`: the older speech is listed only by such a card on "
        "`/mip/jianghua/list_2.html` (`found_by`: data attribute); the 致辞's text sits whole inside `mip-showmore` "
        "(展开全文 and 剩余N% hint are CSS only, truncated: false); the 家长会 speech stops mid-paragraph at a login "
        "wall (剩余N%内容，登录后继续阅读; truncated). `published_at` is the JSON-LD `pubDate`'s day"
    )
    return fam
