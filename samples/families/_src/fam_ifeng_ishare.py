"""凤凰新闻客户端 share pages (ishare.ifeng.com/c/s/<id>), as a phone browser opening a shared link gets
them: the React SSR page with hashed CSS-module classes (`index_…`), the top 打开凤凰新闻 bar
(`comifengnewsclient://` links), `h1`, the source / time line (`2024-04-12 16:22:05` and the 凤凰网…频道 or
凤凰号 source), the text in `div.index_text_…` folded behind 展开全文 (whole text in the page), the
`特别声明` block (凤凰号 articles) or `(责任编辑：… NN…)`, 打开凤凰新闻，查看更多精彩内容, 相关推荐 (extensionless
share links), 热门评论 with 打开凤凰新闻，查看全部评论, the 凤凰新闻 download banner, and the whole document
again in `var allData = {…}` (`docData.contentData.contentList[0].data`, `<`/`>` as `\\u003c`/`\\u003e`)
beside `var adKeys` / `adData`. The share host has no front page: home is the shared link; the other
article is reached from its 相关推荐."""

import json

from common import SPEECHES, Family

HOST = "ishare.fenghuang-xinwen.test"
SP1 = SPEECHES["f41c-5"]
SP2 = SPEECHES["f41c-6"]
ARTS = [
    dict(id="8YvKz2mQ3Ab", speech=SP1, time="2024-04-12 16:22:05", source="凤凰网江苏", channel="news",
         wemedia=False, editor="(责任编辑：陈立 NJ021)",
         preamble="4月12日，全区安全生产和消防工作会议召开。区委副书记、区长出席会议并讲话。以下为讲话摘登全文。",
         comments=19, cmt=("凤凰网江苏省南京市网友", "安全无小事，电动车进楼真得管管了。")),
    dict(id="8ZRtp0Ks7Le", speech=SP2, time="2024-05-18 11:47:36", source="幸福里街道", channel="wemedia",
         wemedia=True, editor=None, preamble=None, comments=8, cmt=("凤凰网上海市网友", "我们小区也该办一个，邻居之间太生分了。")),
]
OTHER = [
    ("8YvL6fw2hNc", "南京：今年将新建电动自行车集中充电设施3000处"),
    ("8ZRnW9dTq1x", "社区里的“共享厨房”火了"),
]
C = {  # the build's CSS-module hashes
    "wrap": "index_wrap_3NzP2", "top": "index_openTop_1vH8c", "title": "index_title_1qr3A",
    "info": "index_info_2HgJt", "src": "index_source_xK5dW", "time": "index_time_3bR7u",
    "main": "index_main_content-Q8cVn2", "text": "index_text_D0U1y", "fold": "index_fold_27aLk",
    "state": "index_declare_1oPzr", "rel": "index_related_3Xs0e", "cmt": "index_comment_2ZbY4",
    "banner": "index_downBanner_1mTq9",
}


def url(a):
    return f"/c/s/{a['id']}"


def esc(s):
    return s.replace("<", "\\u003c").replace(">", "\\u003e")


def page(i):
    a = ARTS[i]
    sp = a["speech"]
    ps = []
    if a["preamble"]:
        ps.append(f"<p>{a['preamble']}</p>")
    for n, p in enumerate(sp.paras):
        ps.append(f"<p>{p}</p>")
        if n == 1:
            ps.append(f'<p class="detailPic"><img src="https://x0.ifengimg.test/ucms/2024_{15 + i}/{a["id"]}_size88_w1080_h720.jpg" alt="" style="max-width:100%"></p>')
    if a["editor"]:
        ps.append(f"<p>{a['editor']}</p>")
    content = "".join(ps)
    others = [(x["id"], x["speech"].title) for j, x in enumerate(ARTS) if j != i] + OTHER
    rel = "".join(f'<li><a href="/c/s/{d}" target="_self"><p>{t}</p></a></li>' for d, t in others)
    declare = (
        f'<div class="{C["state"]}"><p>特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。</p></div>'
        if a["wemedia"] else ""
    )
    doc = {
        "docData": {
            "base62Id": a["id"], "title": sp.title, "newsTime": a["time"], "source": a["source"],
            "editorName": (a["editor"] or "").strip("()"), "channel": a["channel"], "commentCount": a["comments"],
            "contentData": {"contentList": [{"type": "text", "data": "@@CONTENT@@"}]},
        }
    }
    all_data = json.dumps(doc, ensure_ascii=False).replace("@@CONTENT@@", esc(content.replace('"', '\\"')))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{sp.title}_凤凰网</title>
<meta name="keywords" content="{a["source"]}">
<meta name="description" content="{sp.paras[1][:60]}">
<meta property="og:title" content="{sp.title}">
<meta property="og:time " content="{a["time"]}">
<link href="//x0.ifengimg.test/fe/ishare/share_article_h5/index_a8c31f2e.css" rel="stylesheet">
</head>
<body>
<div id="root"><div class="{C["wrap"]}">
<div class="{C["top"]}"><img src="//x0.ifengimg.test/fe/ishare/images/logo_news.png" alt="凤凰新闻"><span>凤凰新闻</span><span>看新闻，就用凤凰新闻</span><a href="comifengnewsclient://call?type=doc&amp;aid={a["id"]}">打开</a></div>
<div class="{C["main"]}">
<h1 class="{C["title"]}">{sp.title}</h1>
<div class="{C["info"]}"><span class="{C["src"]}">{a["source"]}</span><span class="{C["time"]}">{a["time"]}</span></div>
<div class="{C["text"]}" style="max-height:1500px;overflow:hidden">{content}</div>
<div class="{C["fold"]}"><span>展开全文</span></div>
{declare}
<a class="index_openMore_2Rwca" href="comifengnewsclient://call?type=doc&amp;aid={a["id"]}">打开凤凰新闻，查看更多精彩内容</a>
</div>
<div class="{C["rel"]}"><h3>相关推荐</h3><ul>{rel}</ul></div>
<div class="{C["cmt"]}"><h3>热门评论</h3>
<div class="index_cmtItem_1uE3q"><span>{a["cmt"][0]}</span><p>{a["cmt"][1]}</p><span>{a["time"][5:10]}</span></div>
<a href="comifengnewsclient://call?type=comment&amp;aid={a["id"]}">打开凤凰新闻，查看全部{a["comments"]}条评论</a></div>
<div class="{C["banner"]}"><span>凤凰新闻 — 品质阅读，有料有态度</span><a href="https://a.ifeng.test/download/?from=ishare">立即下载</a></div>
</div></div>
<script>
var allData = {all_data};
var adKeys = ["ishareArticleBanner","ishareArticleFeed"];
var adData = {{"ishareArticleBanner":{{"type":"img","url":"https://a.ifeng.test/ad/1182.html"}},"ishareArticleFeed":[]}};
</script>
<script src="//x0.ifengimg.test/fe/ishare/share_article_h5/vendors_4b9e2d71.js"></script>
<script src="//x0.ifengimg.test/fe/ishare/share_article_h5/index_5c0f8a36.js"></script>
<script src="//p0.ifengimg.test/a/2018/0725/ifeng_analysis.js"></script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "凤凰新闻客户端 share pages (ishare.ifeng.com/c/s/ID)", extensionless_html=True)
    fam.home = url(ARTS[0])
    for i, a in enumerate(ARTS):
        fam.put(url(a), page(i))
        fam.doc([url(a)], a["speech"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nAllow: /c/s/\n", "ascii")
    fam.noise += [
        "以下为讲话摘登全文", "看新闻，就用凤凰新闻", "展开全文", "(责任编辑：陈立 NJ021)",
        "特别声明：以上文章内容仅代表作者本人观点", "打开凤凰新闻，查看更多精彩内容", "相关推荐",
        "热门评论", "安全无小事，电动车进楼真得管管了。", "我们小区也该办一个", "品质阅读，有料有态度", "立即下载",
        "今年将新建电动自行车集中充电设施3000处",
    ]
    fam.note = (
        f"HOLDOUT. Home is the shared link `{url(ARTS[0])}` (extensionless; the share host has no front page); the "
        "other article is linked from its 相关推荐. Texts are folded (inline max-height, 展开全文) but whole in the "
        "page and again in `var allData` (escaped). The news article opens with a preamble (…以下为讲话摘登全文。) "
        "and ends with `(责任编辑：陈立 NJ021)` inside the text box; the 凤凰号 article is followed by the 特别声明."
    )
    return fam
