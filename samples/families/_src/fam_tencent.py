"""腾讯新闻 (new.qq.com/omn/…) article pages: `<meta name="apub:time">`, `window.DATA = {…}` with
article_id, title, pubtime, media; `div.LEFT > h1`, the `a_Info` line (来源 media link, `a_time`),
server-rendered `div.content-article` of `p.one-p` paragraphs (a picture paragraph `img.content-picture`
and a centred caption, an `（…）` source note first in one article), 特别声明 after the text, 相关搜索
keywords, 热点推荐 and the comment box. Home is the channel page `/ch/politics/`: its first cards are
`<a>`s, the rest of the list only in its `window.DATA` (`newslist` with absolute https `url`s)."""

import json

from common import SPEECHES, Family

HOST = "new.tengxun-like.test"

ARTICLES = [
    # speech, article id, day, time, media, catalog, note first paragraph, photo after n, caption, tags
    (
        SPEECHES["TX1"],
        "20240322A07ABC00",
        "20240322",
        "2024-03-22 17:45:03",
        "青禾日报",
        "politics_zhengwu",
        "（本文为副省长刘建华在3月21日全省春季农业生产暨防灾减灾工作会议上的讲话，有删节）",
        2,
        "3月21日，全省春季农业生产暨防灾减灾工作会议现场。青禾日报记者 张帆 摄",
        ["春耕", "粮食生产", "防汛"],
    ),
    (
        SPEECHES["TX2"],
        "20240410A05DEF00",
        "20240410",
        "2024-04-10 12:08:41",
        "青禾发布",
        "politics_difang",
        None,
        4,
        None,
        ["青年企业家", "营商环境", "创业"],
    ),
]
HOT = [
    ("20240322A03XYZ00", "多地出台措施稳定生猪生产"),
    ("20240321A09QWE00", "国内首条跨海高铁全线铺轨完成"),
    ("20240322A01RTY00", "这个春天，他们在田野上奔忙"),
]


def head(title, kw, desc, pubtime, data):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
{f'<meta name="apub:time" content="{pubtime}">' if pubtime else ""}
<link rel="stylesheet" href="//mat1.gtimg.com/pingjs/ext2020/newom/build/static/css/article.min.css">
<script>window.DATA = {json.dumps(data, ensure_ascii=False)};</script>
<script src="//mat1.gtimg.com/pingjs/ext2020/dc2017/publicjs/m/ping.js" charset="gbk"></script>
</head>
<body>
<div class="qq_header"><div class="qq_header_inner"><a class="qq_logo" href="//www.qq.com/">腾讯网</a>
<ul class="qq_nav"><li><a href="/ch/politics/">时政</a></li><li><a href="/ch/world/">国际</a></li><li><a href="/ch/finance/">财经</a></li><li><a href="/ch/tech/">科技</a></li></ul>
<div class="qq_login"><a href="javascript:;">登录</a></div></div></div>
"""


FOOT = """<div class="qq_footer"><p><a href="//www.tencent.com/" target="_blank">关于腾讯</a> | <a href="//www.qq.com/contract.shtml" target="_blank">服务协议</a> | <a href="//www.qq.com/privacy.htm" target="_blank">隐私政策</a> | <a href="//news.qq.com/jubao/" target="_blank">举报</a></p>
<p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved　腾讯公司 版权所有</p></div>
<script src="//mat1.gtimg.com/pingjs/ext2020/newom/build/static/js/article.min.js"></script>
</body>
</html>
"""


def url(aid, day):
    return f"/omn/{day}/{aid}.html"


def article(i):
    speech, aid, day, pubtime, media, cat, note, photo, caption, tags = ARTICLES[i]
    data = {
        "article_id": aid,
        "article_type": "0",
        "title": speech.title,
        "abstract": None,
        "catalog1": "politics",
        "catalog2": cat,
        "media": media,
        "media_id": "5" + aid[-6:-2] + "321",
        "pubtime": pubtime,
        "comment_id": "1" + aid[2:8] + "04",
        "tags": ",".join(tags),
        "political": 1,
        "artTemplate": None,
        "FztCompetition": None,
        "FCompetition": None,
        "topic_id": "",
        "topic": "",
    }
    ps = []
    if note:
        ps.append(f'<p class="one-p">{note}</p>')
    for n, para in enumerate(speech.paras):
        ps.append(f'<p class="one-p">{para}</p>')
        if n == photo:
            ps.append(
                f'<p class="one-p"><img class="content-picture" src="https://inews.gtimg.com/om_bt/O{aid[-9:]}pic{n}/641"></p>'
            )
            if caption:
                ps.append(f'<p class="one-p" style="text-align:center;">{caption}</p>')
    search = "".join(
        f'<a href="https://new.tengxun-like.test/search?query={t}" target="_blank">{t}</a>'
        for t in tags + ["讲话全文"]
    )
    hot = "".join(f'<li><a href="{url(h, h[:8])}" target="_blank">{t}</a></li>' for h, t in HOT)
    return (
        head(f"{speech.title}_腾讯新闻", ",".join(tags), speech.paras[1][:70], pubtime, data)
        + f"""<div class="qq_conent clearfix" id="LeftTool">
<div class="LEFT">
<h1>{speech.title}</h1>
<div class="a_Info"><span class="a_source"><a href="/omn/author/{data["media_id"]}" target="_blank">{media}</a></span><span class="a_time">{pubtime[:16]}</span><span class="a_comment"><a href="#Comment">评论</a></span></div>
<div class="content clearfix">
<div class="content-article">
{"".join(ps)}
</div>
<div id="Status"></div>
<div class="statement"><p>特别声明：本文为腾讯新闻平台“企鹅号”作者上传并发布，仅代表该作者观点。腾讯新闻仅提供信息发布平台。</p></div>
</div>
<div class="related-search"><h3>相关搜索</h3>{search}</div>
<div id="Comment" class="comment-box"><h3>评论</h3><p class="comment-login">登录后参与评论</p></div>
</div>
<div class="RIGHT"><div class="hot-recommend"><h3>热点推荐</h3><ul>{hot}</ul></div>
<div class="qr-app"><img src="//mat1.gtimg.com/pingjs/ext2020/newom/build/static/images/qr.png" alt=""><p>扫码下载腾讯新闻APP</p></div></div>
</div>
"""
        + FOOT
    )


def home():
    tx1, tx2 = ARTICLES
    newslist = [
        {
            "id": a[1],
            "title": a[0].title,
            "url": f"https://{HOST}{url(a[1], a[2])}",
            "publish_time": a[3],
            "source": a[4],
            "img": f"https://inews.gtimg.com/om_bt/O{a[1][-9:]}/641",
            "comment_num": 12 + 30 * k,
        }
        for k, a in enumerate([tx2, tx1])
    ] + [
        {
            "id": h,
            "title": t,
            "url": f"https://{HOST}{url(h, h[:8])}",
            "publish_time": h[:4] + "-" + h[4:6] + "-" + h[6:8] + " 09:00:00",
            "source": "青禾日报",
            "img": "",
            "comment_num": 3,
        }
        for h, t in HOT
    ]
    data = {"channel": "politics", "channel_name": "时政", "newslist": newslist, "page": 1, "hasMore": True}
    cards = "".join(
        f'<li class="item cf"><a class="picture" href="{url(a[1], a[2])}" target="_blank"><img src="https://inews.gtimg.com/om_bt/O{a[1][-9:]}/641" alt=""></a>'
        f'<div class="detail"><h3><a href="{url(a[1], a[2])}" target="_blank">{a[0].title}</a></h3><div class="binfo cf"><div class="fl"><a class="source" href="javascript:;">{a[4]}</a><span class="time">{a[3][5:16]}</span></div></div></div></li>\n'
        for a in [tx1]
    )
    return (
        head("时政_腾讯新闻", "时政,腾讯新闻", "腾讯新闻时政频道", None, data)
        + f"""<div class="channel-main"><div class="channel-left">
<div class="channel-title"><h2>时政</h2></div>
<ul class="list" id="List">
{cards}</ul>
<div class="jzgd" id="LoadMore">加载更多</div>
</div></div>
<script>(function(){{var list=window.DATA.newslist.slice(1);/* the rest of the channel is rendered from window.DATA */}})();</script>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST, "腾讯新闻 (new.qq.com/omn) article pages and a channel page listing in <a> and window.DATA"
    )
    fam.home = "/ch/politics/"
    fam.put("/ch/politics/", home())
    fam.not_documents.append("/ch/politics/")
    for i, (speech, aid, day, *_r) in enumerate(ARTICLES):
        fam.put(url(aid, day), article(i))
        fam.doc([url(aid, day)], speech, found_by="links" if i == 0 else "inline json")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\n")
    fam.noise += [
        "本文为副省长刘建华",
        "有删节",
        "青禾日报记者 张帆 摄",
        "特别声明",
        "企鹅号",
        "仅代表该作者观点",
        "腾讯新闻仅提供信息发布平台",
        "相关搜索",
        "讲话全文",
        "热点推荐",
        "多地出台措施稳定生猪生产",
        "登录后参与评论",
        "扫码下载腾讯新闻APP",
        "腾讯公司 版权所有",
        "_腾讯新闻",
        "青禾发布",
    ]
    fam.note = "the channel page's first card is an <a>; the second article is listed only in the channel's window.DATA newslist"
    return fam
