"""百家号 (baijiahao.baidu.com/s?id=N&wfr=spider&for=pc), the desktop article template of 2020-2022:
`div.article-title > h2`, the author card (`div.article-desc`: `author-icon`, `p.author-name`, `span.date`
发布时间：04-20 without the year + `span.time`, +关注) before the text, `div.article-content` with every
paragraph as `<p><span class="bjh-p">`, bold leads as `span.bjh-strong`, `div.img-container > img.large`
photos followed by a plain `bjh-p` credit line, a news preamble first and a 来源/编辑 line last; then
举报/反馈, 本文来源/声明, the 打开百度APP banner, 相关推荐 / 大家都在看; `window.jsonData` carries the
article (year-complete publish time, content as a list of text blocks). Home is the account page
`/home?from=bjh_article&app_id=N` (author.baidu.com's address, on this host): one card is an `<a>`,
the older article only in the page's `window.jsonData.list` (加载更多)."""

import html
import json

from common import SPEECHES, Family

HOST = "baijiahao.baidu-like.test"
APP_ID = "1612345678901234"
ACCOUNT = ("江城视点", "江城本地资讯，权威发布，温暖陪伴", "4.6万", "1312")
HOME = f"/home?from=bjh_article&app_id={APP_ID}"

BJ1, BJ2 = SPEECHES["BJ1"], SPEECHES["BJ2"]
PRE1 = "4月20日上午，第五届乡村振兴直播电商节在松溪县柳溪村开幕。松溪县委副书记、县长周海明出席开幕式并致辞。以下为致辞全文："
END1 = "来源：松溪县融媒体中心　编辑：陈思远"
PRE2 = "6月12日，市总工会在江城快递产业园举行快递物流行业从业人员关爱活动，为一线快递员、外卖骑手送上清凉慰问品。市总工会党组书记、常务副主席林卫东出席活动并讲话。现将讲话内容摘发如下："
END2 = "来源：江城日报　编辑：吴一帆　审核：许静"

# id, speech, preamble, tail, publish time, figure (after para, caption), read count, bold paragraph starts
ARTICLES = [
    ("1796943187026513492", BJ1, PRE1, END1, "2024-04-20 11:32:07", (-1, "开幕式现场。记者 刘畅 摄"), "12.6万"),
    ("1801657209843391265", BJ2, PRE2, END2, "2024-06-12 17:05:43", (1, "活动现场，工作人员为快递小哥送上清凉包。"), "3.8万"),
]
BOLD = ("借此机会", "今年，我们将重点", "同时我们也")
OTHERS = [
    ("1801734552908174620", "江城地铁4号线二期6月28日起试运行", "2024-06-13"),
    ("1801503917364829105", "高考期间江城这些路段将实行临时交通管制", "2024-06-05"),
]


def url_of(aid):
    return f"/s?id={aid}&wfr=spider&for=pc"


def para(p):
    for lead in BOLD:
        if p.startswith(lead) and "。" in p:
            head, rest = p.split("。", 1)
            return f'<p><span class="bjh-p"><span class="bjh-strong">{head}。</span>{rest}</span></p>'
    return f'<p><span class="bjh-p">{p}</span></p>'


def head(title, desc, canonical):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="referrer" content="always"/>
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(desc)}"/>
<meta name="keywords" content=""/>
<link rel="canonical" href="https://{HOST}{html.escape(canonical)}"/>
<link rel="shortcut icon" href="https://gss0.bdstatic.com/5bd1bjqh_Q23odCf/static/wiseindex/img/favicon64.ico" type="image/x-icon"/>
<link rel="stylesheet" href="https://mbdp01.bdstatic.com/static/landing-pc/css/page.2f5e7c3a.css"/>
<script>var _hmt = _hmt || [];</script>
</head><body>
<div id="header" class="header"><div class="header-inner"><a class="logo" href="https://www.baidu.com/" target="_blank"><img src="https://mbdp01.bdstatic.com/static/landing-pc/img/logo_top.79fdb8c2.png" alt="百度首页"/></a><div class="header-right"><a href="https://www.baidu.com/" target="_blank">百度首页</a><a class="login" href="https://passport.baidu.com/v2/?login" target="_blank">登录</a></div></div></div>
"""


FOOT = """<div id="footer" class="footer"><p>©2024 Baidu&nbsp;<a href="https://www.baidu.com/duty/" target="_blank">使用百度前必读</a>&nbsp;<a href="https://baijiahao.baidu.com/docs/#/markdown/rules/bjhrules" target="_blank">百家号平台规则</a>&nbsp;<a href="https://www.baidu.com/licence/" target="_blank">京ICP证030173号</a>&nbsp;<img src="https://mbdp01.bdstatic.com/static/landing-pc/img/gongan.png" alt=""/>京公网安备11000002000001号</p></div>
<script src="https://mbdp01.bdstatic.com/static/landing-pc/js/page.5a1c7e2b.js"></script>
</body></html>
"""


def author_card(day, time_):
    name, sign, fans, _n = ACCOUNT
    return f"""<div class="article-desc clearfix">
<div class="author-icon"><a href="{HOME}" target="_blank"><img src="https://gips0.baidu.com/it/u=2813906615,3612785544&amp;fm=3012&amp;app=3012&amp;autotime=1689821300&amp;size=b200,200" alt=""/></a><i class="author-vip author-vip-blue"></i></div>
<div class="author-txt">
<p class="author-name">{name}</p>
<div class="article-source article-source-bjh"><span class="date">发布时间：{day}</span><span class="time">{time_}</span><span class="account-authentication">江城市融媒体中心官方帐号</span></div>
</div>
<div class="author-follow"><span class="follow-btn" data-appid="{APP_ID}">+关注</span></div>
</div>
"""


def article_page(i):
    aid, speech, pre, tail, pub, (fig_at, caption), reads = ARTICLES[i]
    day, time_ = pub[5:10], pub[11:16]
    paras = ""
    for n, p in [(-1, None), *enumerate(speech.paras)]:
        if p is None and n != fig_at:
            continue
        paras += para(p) if p is not None else ""
        if n == fig_at:
            paras += (
                f'<div class="img-container"><img class="large" data-loadfunc="0" src="https://pics{n + 4}.baidu.com/feed/'
                f'{aid[-12:]}b7e1c2d9a3f4.jpeg@f_auto?token=8f1d2e3c4b5a69788796a5b4c3d2e1f0" data-loaded="0"/></div>'
                f'<p><span class="bjh-p">{caption}</span></p>'
            )
    content = f'<p><span class="bjh-p">{pre}</span></p>{paras}<p><span class="bjh-p">{tail}</span></p>'
    blocks = [{"type": "text", "data": pre}]
    for n, p in [(-1, None), *enumerate(speech.paras)]:
        if p is not None:
            blocks.append({"type": "text", "data": p})
        if n == fig_at:
            blocks.append({"type": "image", "data": {"original": {"url": f"https://pics{n + 4}.baidu.com/feed/{aid[-12:]}b7e1c2d9a3f4.jpeg"}}})
            blocks.append({"type": "text", "data": caption})
    blocks.append({"type": "text", "data": tail})
    data = {
        "bsData": {
            "header": {"title": speech.title},
            "article_id": aid,
            "nid": f"news_{aid}",
            "title": speech.title,
            "publish_time": pub,
            "publish_time_stamp": 0,
            "author": {"name": ACCOUNT[0], "app_id": APP_ID, "type": "media", "v_type": 2, "authentication": "江城市融媒体中心官方帐号"},
            "content": blocks,
            "read_num": reads,
            "report_url": "https://ufosdk.baidu.com/ufosdk/reportPage?appid=290813&needLogin=1",
        }
    }
    others = "".join(
        f'<li class="recommend-item"><a href="{url_of(o[0])}" target="_blank"><span class="recommend-title">{o[1]}</span><span class="recommend-time">{o[2]}</span></a></li>'
        for o in OTHERS
    )
    hot = "".join(
        f'<li><a href="https://www.baidu.com/s?wd={html.escape(w)}&amp;sa=fyb_news" target="_blank"><i class="hot-index">{k}</i>{w}</a></li>'
        for k, w in enumerate(["多地出台措施稳就业", "今年高温天气为何来得早", "暑期出行高峰即将到来", "新能源汽车下乡活动启动"], 1)
    )
    return (
        head(speech.title, pre[:80], url_of(aid))
        + f"""<div id="detail-page" class="detail-page">
<div class="main-wrap clearfix">
<div id="article" class="article">
<div class="article-title"><h2>{speech.title}</h2></div>
{author_card(day, time_)}<div class="article-content">{content}</div>
<div class="article-source-bjh article-bottom"><span class="bottom-tip">本文来自{ACCOUNT[0]}，不代表百度立场。未经许可，不得转载。</span></div>
<div class="report-area"><span class="report-btn" data-url="https://ufosdk.baidu.com/ufosdk/reportPage?appid=290813&amp;needLogin=1">举报/反馈</span></div>
</div>
<div class="open-app-banner"><img src="https://mbdp01.bdstatic.com/static/landing-pc/img/app_icon.png" alt=""/><span class="banner-text">打开百度APP，看更多精彩内容</span><span class="banner-btn">立即打开</span></div>
<div class="recommend-area"><div class="recommend-title">相关推荐</div><ul class="recommend-list">{others}</ul></div>
<div class="hot-area"><div class="hot-title">大家都在看</div><ul class="hot-list">{hot}</ul></div>
</div>
<div class="side-wrap">
<div class="side-author"><div class="side-author-name">{ACCOUNT[0]}</div><div class="side-author-sign">{ACCOUNT[1]}</div><div class="side-author-data"><span>{ACCOUNT[2]}粉丝</span><span>{ACCOUNT[3]}文章</span></div><span class="follow-btn">+关注</span></div>
<div class="side-qrcode"><img src="https://mbdp01.bdstatic.com/static/landing-pc/img/qrcode_app.png" alt=""/><p>扫码下载百度APP</p><p>看更多精彩内容</p></div>
</div>
</div>
<script>window.jsonData = {json.dumps(data, ensure_ascii=False)};</script>
"""
        + FOOT
    )


def home_page():
    newest = ARTICLES[1]
    card = f"""<div class="sfi-article" data-id="{newest[0]}"><a class="sfi-article-link" href="{url_of(newest[0])}" target="_blank"><div class="text-title">{newest[1].title}</div><div class="text-info"><span class="time">06-12</span><span class="read">{newest[6]}阅读</span></div></a></div>"""
    items = [
        {"id": o[0], "title": o[1], "url": f"https://{HOST}{url_of(o[0])}", "publish_time": o[2], "type": "news"}
        for o in OTHERS
    ]
    items.insert(
        1, {"id": newest[0], "title": newest[1].title, "url": f"https://{HOST}{url_of(newest[0])}", "publish_time": "2024-06-12", "type": "news"}
    )
    old = ARTICLES[0]
    items.append({"id": old[0], "title": old[1].title, "url": f"https://{HOST}{url_of(old[0])}", "publish_time": "2024-04-20", "type": "news"})
    data = {"user": {"display_name": ACCOUNT[0], "app_id": APP_ID, "sign": ACCOUNT[1], "fans_num": ACCOUNT[2]}, "list": {"has_more": 1, "items": items}}
    return (
        head(f"{ACCOUNT[0]}的主页 - 百度", ACCOUNT[1], HOME)
        + f"""<div id="author-page" class="author-page">
<div class="author-header"><img class="avatar" src="https://gips0.baidu.com/it/u=2813906615,3612785544&amp;fm=3012&amp;app=3012&amp;size=b200,200" alt=""/><div class="name">{ACCOUNT[0]}</div><div class="sign">{ACCOUNT[1]}</div><div class="data"><span>{ACCOUNT[2]}粉丝</span><span>{ACCOUNT[3]}文章</span></div><span class="follow-btn">+关注</span></div>
<div class="tab-bar"><span class="tab active">主页</span><span class="tab">文章</span><span class="tab">视频</span><span class="tab">动态</span></div>
<div class="feed-list">{card}
<div class="load-more" data-ctime="1718183143">加载更多</div></div>
</div>
<script>window.jsonData = {json.dumps(data, ensure_ascii=False)};</script>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "百家号 (baijiahao) desktop article template, account page with window.jsonData")
    fam.home = HOME
    fam.route(HOME, "home/1612345678901234.html", home_page())
    fam.query_routes[f"/home?app_id={APP_ID}"] = "home/1612345678901234.html"
    fam.not_documents.append(HOME)
    for i, (aid, speech, *_rest) in enumerate(ARTICLES):
        target = url_of(aid)
        fam.route(target, f"s/{aid}.html", article_page(i))
        fam.query_routes[f"/s?id={aid}"] = f"s/{aid}.html"
        fam.doc([target], speech, found_by="links" if i == 1 else "inline json")
    fam.put("/robots.txt", "User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /builder/\n")
    fam.noise += [
        PRE1,
        PRE2,
        "以下为致辞全文",
        "现将讲话内容摘发如下",
        END1,
        END2,
        "来源：松溪县融媒体中心",
        "编辑：吴一帆",
        "开幕式现场。记者 刘畅 摄",
        "活动现场，工作人员为快递小哥送上清凉包。",
        "发布时间：",
        ACCOUNT[0],
        "江城市融媒体中心官方帐号",
        "+关注",
        "不代表百度立场",
        "举报/反馈",
        "打开百度APP",
        "扫码下载百度APP",
        "相关推荐",
        "大家都在看",
        "江城地铁4号线二期6月28日起试运行",
        "多地出台措施稳就业",
        "京ICP证030173号",
    ]
    fam.note = (
        f"home is the account page `{HOME}` (a query route; author.baidu.com's address on this host; "
        f"`/home?app_id={APP_ID}` answers the same), not `/`; articles answer `/s?id=N&wfr=spider&for=pc` "
        "(the address pages link) and `/s?id=N` (one document); the older article is only in the home page's "
        "`window.jsonData.list.items` (absolute https `url`s); the visible date has no year (发布时间：04-20), "
        "`window.jsonData.bsData.publish_time` has it"
    )
    return fam
