"""UC 大鱼号 / 阿里文娱 (mparticle.uc.cn) article pages as the mobile share page prints them: every page is
a query route, `article.html?uc_param_str=frdnsnpfvecpntnwprdssskt&wm_cid=…&wm_id=…&wm_aid=…` (the short
`article.html?wm_aid=…` answers the same); `var xissJsonData = {…}` in the head (title, `publish_at` in
milliseconds, `wm_author`, the content as HTML); the visible time has no year (`03-22 15:30`); the account
card (`wm-author-card`: avatar, name, 大鱼号 tag, 关注) above the text; the text server-rendered in
`div.article-content` inside a folded `div.fold-box` (`max-height`) with the `展开全文` mask after it (the
whole text is in the page), a lead paragraph, a photo + caption, an in-article UC ad card, a 声明 and
来源/编辑 tail; the `UC浏览器打开` wall (`uc-open-wall`: 打开UC，阅读体验更佳), 作者最新文章, 大家还在看,
精彩评论. Home is the account page `media.html?uc_param_str=…&mid=…`, page 2 by `&page=2`."""

import html
import json
from datetime import datetime, timedelta, timezone

from common import SPEECHES, Family

HOST = "mparticle.uc-like.test"
UCP = "frdnsnpfvecpntnwprdssskt"
WM_ID = "9f3a6c1e52b84d07a1c3e8f2b6d490ac"
CID = "387195604227011584"
NAME, DESC = ("云岭县融媒", "云岭县融媒体中心官方大鱼号")
B1, B2 = SPEECHES["r21b-uc1"], SPEECHES["r21b-uc2"]
LEAD1 = "3月22日，全县农村供水保障工作会议召开。县委副书记、县长出席会议并讲话。现将讲话摘要刊发如下。"
CAP1 = "图为会议现场。（云岭县融媒记者 杨帆 摄）"
TAIL1 = "编辑：李秋　校对：王晨　审核：赵启明"
LEAD2 = "11月28日晚，第六届“星火杯”青年创业大赛颁奖典礼举行。团市委书记在典礼上致辞，全文如下："
TAIL2 = "本文来源：青春星城微信公众号，转载请注明出处"
AD = '<div class="uc-ad-card" data-ad-pos="article_mid"><span class="ad-tag">广告</span><img src="https://image.uc.cn/s/uae/g/0n/ad/spring-sale.jpg" alt=""><p class="ad-title">春季焕新季，家电以旧换新至高补贴2000元</p><span class="ad-btn">查看详情</span></div>'
# aid, speech, published (CST), lead, photo (after para, caption), ad after para, tail, reads
ARTICLES = [
    ("3b5e7d9f1a2c4e6b8d0f2a4c6e8b0d2f", B1, "2024-03-22 15:30:08", LEAD1, (0, CAP1), None, TAIL1, "2.1万"),
    ("7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d", B2, "2024-11-28 21:47:36", LEAD2, None, 5, TAIL2, "8632"),
]
OTHERS = [
    ("a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1", "云岭县开展春季森林防火专项督查", "2024-03-20"),
    ("d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2", "云岭高山茶开采，茶农迎来“丰收季”", "2024-04-02"),
]
STATEMENT = "声明：本文由入驻大鱼号的作者撰写，除官方账号外，观点仅代表作者本人，不代表UC立场。"


def url(aid, short=False):
    if short:
        return f"/article.html?wm_aid={aid}"
    return f"/article.html?uc_param_str={UCP}&wm_cid={CID}&wm_id={WM_ID}&wm_aid={aid}"


def home_url(page=1):
    return f"/media.html?uc_param_str={UCP}&mid={WM_ID}" + (f"&page={page}" if page > 1 else "")


def ms(stamp):
    cst = timezone(timedelta(hours=8))
    return int(datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=cst).timestamp() * 1000)


def head(title, desc, data):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="{html.escape(desc)}">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="https://image.uc.cn/s/uae/g/0n/mparticle/static/css/article.6c2e1f7a.css">
<script>window.__wpkReporterConfig={{bid:"dayu_mparticle",spa:false}};</script>
<script>var xissJsonData = {json.dumps(data, ensure_ascii=False)};</script>
</head>
<body>
"""


FOOT = """<div class="page-footer"><p>UC大鱼号 · 阿里文娱旗下内容创作平台</p><p><a href="https://beian.miit.gov.cn/">粤ICP备09150384号</a></p></div>
<script src="https://image.uc.cn/s/uae/g/0n/mparticle/static/js/vendor.1b7d3e5a.js"></script>
<script src="https://image.uc.cn/s/uae/g/0n/mparticle/static/js/article.9e4a0c2d.js"></script>
<script src="https://g.alicdn.com/woodpeckerx/jssdk??wpkReporter.js,plugins/flow.js,plugins/interface.js"></script>
</body>
</html>
"""


def content(a):
    aid, speech, _s, lead, photo, ad_at, tail, _r = a
    out = [f"<p>{lead}</p>"]
    for i, p in enumerate(speech.paras):
        out.append(f"<p>{p}</p>")
        if photo and i == photo[0]:
            out.append(
                f'<p><img class="lazy" data-original="https://image.uc.cn/s/wemedia/s/upload/2024/{aid[:12]}x1080x720x96.jpeg" src="https://image.uc.cn/s/uae/g/0n/mparticle/static/img/placeholder.png" width="1080" height="720"></p>'
                f'<p class="img-desc">{photo[1]}</p>'
            )
        if ad_at is not None and i == ad_at:
            out.append(AD)
    out.append(f"<p>{tail}</p>")
    return "".join(out)


def author_card(time_shown):
    return f"""<div class="wm-author-card"><a class="wm-author-avatar" href="{html.escape(home_url())}"><img src="https://image.uc.cn/s/wemedia/s/upload/avatar/{WM_ID[:16]}.png" alt=""></a>
<div class="wm-author-info"><p class="wm-author-name"><a href="{html.escape(home_url())}">{NAME}</a><i class="wm-tag">大鱼号</i></p><p class="wm-author-desc"><span class="article-time">{time_shown}</span><span class="wm-author-intro">{DESC}</span></p></div>
<span class="wm-follow-btn">关注</span></div>"""


def article_page(i):
    a = ARTICLES[i]
    aid, speech, stamp, _l, _p, _ad, _t, reads = a
    body = content(a)
    data = {
        "data": {
            "_id": aid,
            "title": speech.title,
            "publish_at": ms(stamp),
            "wm_author": {"author_id": WM_ID, "author_name": NAME, "avatar_url": f"https://image.uc.cn/s/wemedia/s/upload/avatar/{WM_ID[:16]}.png"},
            "category": ["国内"],
            "content": body,
            "origin_src_name": NAME,
            "view_cnt": reads,
        },
        "status": 0,
    }
    latest = "".join(
        f'<li><a href="{html.escape(url(o[0]))}">{o[1]}</a><span>{o[2][5:]}</span></li>' for o in OTHERS
    )
    other = ARTICLES[1 - i]
    more = (
        f'<div class="rec-item"><a href="{html.escape(url(other[0]))}"><p class="rec-title">{other[1].title}</p><p class="rec-info"><span>{NAME}</span><span>{other[7]}阅读</span></p></a></div>'
        '<div class="rec-item"><a href="https://mparticle.uc.cn/article.html?wm_aid=e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5"><p class="rec-title">春耕备耕正当时，农资供应有保障</p><p class="rec-info"><span>三农视界</span><span>3.4万阅读</span></p></a></div>'
    )
    comments = (
        '<div class="comment-item"><p class="c-user">网友3b9a2f</p><p class="c-text">说到心坎里了，我们村去年就是靠送水车熬过来的</p><p class="c-info">湖南 · 03-22 · 赞 26</p></div>'
        if i == 0
        else '<div class="comment-item"><p class="c-user">追光的小鹿</p><p class="c-text">“比赛有名次，创业无终点”，说得太好了！</p><p class="c-info">湖南 · 11-29 · 赞 13</p></div>'
    )
    shown = f"{stamp[5:10]} {stamp[11:16]}"
    return (
        head(speech.title, speech.paras[1][:60], data)
        + f"""<div id="app" class="page-article">
<div class="uc-top-banner" data-pos="top"><img src="https://image.uc.cn/s/uae/g/0n/mparticle/static/img/uc-logo.png" alt=""><span>UC浏览器 · 看更多精彩内容</span><a class="uc-open-btn" href="javascript:;">打开</a></div>
<div class="article">
<h1 class="article-title">{speech.title}</h1>
{author_card(shown)}
<div class="fold-box is-folded" style="max-height:680px;overflow:hidden;">
<div class="article-content contents" id="js-article-content">{body}</div>
<p class="article-statement">{STATEMENT}</p>
</div>
<div class="fold-mask"><div class="fold-btn" data-action="unfold">展开全文<i class="icon-arrow-down"></i></div></div>
<div class="uc-open-wall"><p class="wall-tip">UC浏览器打开，阅读体验更佳</p><a class="wall-btn" href="javascript:;">打开UC，阅读全文</a><p class="wall-sub">继续在浏览器阅读</p></div>
<div class="article-bottom"><span class="read-count">{reads}阅读</span><span class="report-btn">举报</span></div>
</div>
<div class="author-latest"><h3>作者最新文章</h3><ul>{latest}</ul></div>
<div class="recommend"><h3>大家还在看</h3>{more}</div>
<div class="comments"><h3>精彩评论</h3>{comments}<div class="comment-more">打开UC浏览器查看更多评论</div></div>
</div>
"""
        + FOOT
    )


def home_page(page):
    items = [(ARTICLES[1][0], B2.title, "11-28"), (OTHERS[1][0], OTHERS[1][1], "04-02")] if page == 1 else [(ARTICLES[0][0], B1.title, "03-22"), (OTHERS[0][0], OTHERS[0][1], "03-20")]
    cards = "".join(
        f'<div class="wm-article-item"><a href="{html.escape(url(aid))}"><p class="title">{t}</p><p class="info"><span>{d}</span></p></a></div>' for aid, t, d in items
    )
    pager = (
        f'<div class="wm-load-more"><a href="{html.escape(home_url(2))}">查看更多</a></div>'
        if page == 1
        else '<div class="wm-no-more">没有更多了</div>'
    )
    data = {"data": {"author_id": WM_ID, "author_name": NAME, "desc": DESC, "page": page}, "status": 0}
    return (
        head(f"{NAME}的大鱼号", DESC, data)
        + f"""<div id="app" class="page-media">
<div class="wm-header"><img class="avatar" src="https://image.uc.cn/s/wemedia/s/upload/avatar/{WM_ID[:16]}.png" alt=""><h1 class="name">{NAME}</h1><p class="desc">{DESC}</p><span class="wm-follow-btn">关注</span></div>
<div class="wm-tabs"><span class="active">文章</span><span>视频</span></div>
<div class="wm-article-list">{cards}</div>
{pager}
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "UC 大鱼号 / 阿里文娱 (mparticle.uc.cn) article share pages, query-route URLs")
    fam.home = home_url()
    fam.route(home_url(), "media/home.html", home_page(1))
    fam.route(home_url(2), "media/home_2.html", home_page(2))
    fam.not_documents.append(home_url(2))
    for i, a in enumerate(ARTICLES):
        fam.route(url(a[0]), f"article/{a[0]}.html", article_page(i))
        fam.query_routes[url(a[0], short=True)] = f"article/{a[0]}.html"
        fam.doc([url(a[0])], a[1])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        LEAD1, LEAD2, "现将讲话摘要刊发如下", "全文如下", CAP1, "杨帆 摄", TAIL1, "编辑：李秋", TAIL2, "转载请注明出处",
        "春季焕新季，家电以旧换新至高补贴2000元", "查看详情", STATEMENT, "不代表UC立场", "大鱼号", DESC, "关注",
        "展开全文", "UC浏览器打开，阅读体验更佳", "打开UC，阅读全文", "继续在浏览器阅读", "UC浏览器 · 看更多精彩内容",
        "举报", "作者最新文章", "云岭县开展春季森林防火专项督查", "大家还在看", "春耕备耕正当时",
        "精彩评论", "说到心坎里了", "比赛有名次，创业无终点”，说得太好了", "打开UC浏览器查看更多评论", "粤ICP备09150384号",
    ]
    fam.note = (
        f"every page is a query route: home is the account page `{home_url()}` (page 2 `&page=2`, a listing); articles "
        "`/article.html?uc_param_str=…&wm_cid=…&wm_id=…&wm_aid=…` (the short `/article.html?wm_aid=…` answers the same file); "
        "the visible time has no year (`03-22 15:30`), the year is only in `xissJsonData.data.publish_at` (ms); the whole "
        "text is in the page inside a folded box (展开全文 mask, UC浏览器打开 wall): not truncated"
    )
    return fam
