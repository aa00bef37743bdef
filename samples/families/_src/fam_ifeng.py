"""凤凰网 (ifeng.com) article page, 2020+ React SSR: articles at extensionless `/c/8UyKmX3a9Zq`,
server-rendered with hashed CSS-module classes (`index_artical_…`, `index_main_content-…`,
`index_text_…`), `h1.index_topic_…`, the time/source line `2023-11-08 10:15:36 来自 北京日报`; the
text opens with a 原标题 line, ends with `(责任编辑：…)`, then the 特别声明 block, 相关推荐 and the
comment box; the whole article again in `var allData = {…}` (docData with contentData.contentList,
`<`/`>` written as `\\u003c`/`\\u003e`), plus `var adKeys`/`adData`. Channel home `/` (要闻 list)."""

import json

from common import SPEECHES, Family, render

HOST = "news.fenghuang-like.test"

ARTICLES = [
    # speech, id, source, time, editor, 原标题 (the paper's headline)
    (SPEECHES["FH1"], "8UyKmX3a9Zq", "北江日报", "2023-11-08 10:15:36", "王佳宁 NN003", "“企业有事，政府马上办”！市长在民营企业座谈会上这样说"),
    (SPEECHES["FH2"], "8U3pLqWc2Tb", "北江发布", "2023-10-22 07:31:02", "李晓菲 NN012", "三万跑友齐聚江城 第十届城市马拉松今晨开跑"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name="og:time " property="og:time " content="@@OGTIME@@">
<meta property="og:category " content="凤凰网资讯">
<link href="//x0.ifengimg.test/fe/news/article/index.2a7d6f0e.css" rel="stylesheet">
</head>
<body>
<div class="index_header_CqGE5"><div class="index_nav_3v3ZF"><a href="/" class="index_logo_2Z9VZ">凤凰网资讯</a><ul><li><a href="/">资讯</a></li><li><a href="/shanklist/3-35198-/">国际</a></li><li><a href="/shanklist/3-35199-/">大陆</a></li><li><a href="/shanklist/3-35200-/">社会</a></li></ul><div class="index_login_2nFFb"><a href="javascript:;">登录</a></div></div></div>
"""

FOOT = """<div class="index_footer_1OmEd"><p><a href="http://www.ifeng.com/corp/about/intro/">凤凰新媒体介绍</a> | <a href="http://www.ifeng.com/corp/investor/">投资者关系 Investor Relations</a> | <a href="http://ir.ifeng.com/">广告服务</a> | <a href="http://www.ifeng.com/corp/contact/">联系我们</a> | <a href="http://www.ifeng.com/corp/privacy/">隐私政策</a></p>
<p>Copyright &copy; 2023 Phoenix New Media Limited All Rights Reserved.</p><p>京ICP证030609号 互联网新闻信息服务许可证11220180008</p></div>
<script src="//x0.ifengimg.test/fe/news/article/index.5c1e8b3d.js"></script>
</body>
</html>
"""


def escaped(value):
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def article(i):
    speech, aid, source, stamp, editor, otitle = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = [f"原标题：{otitle}"] + speech.paras + [f"(责任编辑：{editor})"]
    text = "".join(f"<p>{p}</p>" for p in paras)
    all_data = {
        "docData": {
            "base62Id": aid,
            "title": speech.title,
            "newsTime": stamp,
            "source": source,
            "editorName": editor.split(" ")[0],
            "editorCode": editor.split(" ")[1],
            "url": f"//{HOST}/c/{aid}",
            "contentData": {"contentList": [{"data": text, "type": "text"}], "currentPage": 0, "pageSize": 1},
            "subscribe": {"catename": source, "type": "source"},
        },
        "relatedRecommend": [{"title": other[0].title, "url": f"//{HOST}/c/{other[1]}", "newsTime": other[3]}],
        "nav": [{"title": "资讯", "url": "/"}],
    }
    body = f"""<div class="index_artical_2yBEB"><div class="index_leftContent_1WGTE">
<div class="index_titleBox_3bXq2"><h1 class="index_topic_1qVwV">{speech.title}</h1>
<div class="index_timeBref_20hzr"><span class="index_time_1EhDd">{stamp}</span> 来自 <a class="index_source_3Cdkm" href="javascript:;">{source}</a></div>
<div class="index_shareBox_dPxaL"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div></div>
<div class="index_main_content-r5RGqegj">
<div class="index_text_D0U1y">{text}</div>
</div>
<div class="index_artical_statement_3MN8z"><p>特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。</p></div>
<div class="index_relateNews_3PrNi"><h3 class="index_title_3B-a2">相关推荐</h3><ul><li><a href="/c/{other[1]}" target="_blank">{other[0].title}</a><span>{other[3][:10]}</span></li></ul></div>
<div class="index_commentBox_2V3yH"><div class="index_commentTitle_1rQ6E">评论 <span>已有<b>126</b>人参与</span></div><textarea placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea><a href="javascript:;">发表评论</a></div>
</div>
<div class="index_rightContent_2nD4e"><div class="index_hotNews_3aSwt"><h3>大家都在看</h3><ol><li><a href="javascript:;">秋冬季节如何预防流感？专家这样说</a></li></ol></div></div>
</div>
<script>
var adKeys = ["articleTopBanner","articleRightAd1","articleBottomAd"];
var adData = {{"articleTopBanner":{{"type":"baidu","id":"u6532178"}}}};
var allData = {escaped(all_data)};
var isIE = false;
</script>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_凤凰网资讯_凤凰网",
        KW=f"{source} {speech.title}",
        DESC=speech.paras[1][:80],
        OGTIME=stamp,
    )


def home():
    items = "".join(
        f'<li class="index_news_list_item_1aNcU"><a href="/c/{aid}" target="_blank" title="{s.title}">{s.title}</a><p class="index_info_2dFZq"><span>{src}</span><time>{stamp[5:16]}</time></p></li>\n'
        for s, aid, src, stamp, _e, _o in ARTICLES
    )
    body = f"""<div class="index_content_2nd9k"><h2 class="index_colTitle_3hEFl">要闻</h2>
<ul class="index_news_list_p5zJ9">
{items}</ul>
<a class="index_more_2Iyhp" href="javascript:;">查看更多</a></div>
<script>var allData = {{"nav":[{{"title":"资讯","url":"/"}}],"adKeys":["homeTop"]}};</script>
"""
    return render(HEAD + body + FOOT, TITLE="资讯_凤凰网", KW="资讯,新闻", DESC="凤凰网资讯", OGTIME="")


def build() -> Family:
    fam = Family(
        HOST,
        "凤凰网 (ifeng.com) article page 2020+: hashed classes, 原标题 line, 特别声明, the article again in var allData",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    for i, (speech, aid, *_r) in enumerate(ARTICLES):
        fam.put(f"/c/{aid}", article(i))
        fam.doc([f"/c/{aid}"], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.noise += [
        "原标题：",
        "企业有事，政府马上办”！市长",
        "三万跑友齐聚江城 第十届城市马拉松今晨开跑",
        "(责任编辑：",
        "王佳宁",
        "NN003",
        "北江日报",
        "北江发布",
        "分享到：",
        "特别声明",
        "仅代表作者本人观点",
        "不代表凤凰网观点或立场",
        "相关推荐",
        "人参与",
        "文明上网理性发言",
        "大家都在看",
        "凤凰网资讯",
        "京ICP证030609号",
        "Phoenix New Media",
    ]
    return fam
