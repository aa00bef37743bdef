"""潮新闻 (tidenews, 浙江日报报业集团's app)-like H5 share pages as a phone browser opens a shared link.

Every page is a query route on `/news.html`: home is the link as shared to WeChat
(`/news.html?id=2781234&share_id=…&source=wechat`; `/news.html?id=2781234` answers the same). App
furniture: fixed `download-bar` (潮新闻 logo, 打开APP), `article-head` (`h1`, 来源 / 记者 / time, 阅读数),
`#article-content` text, 责任编辑 line, 点赞 / 分享 bar, 相关推荐 cards (the other speech), 热门评论 with
查看全部评论 (`/comment.html?id=…`, not a document). The 防溺水 speech sits whole in the HTML inside a
folded `div.fold-box` with a `打开APP 查看更多` mask that hides nothing (not truncated); the 青年创业
致辞 page prints only its first paragraphs and then a real `打开APP阅读全文` wall (truncated)."""

from common import SPEECHES, Family

HOST = "h5.chaoxinwen-like.test"
S3, S4 = SPEECHES["f49c-3"], SPEECHES["f49c-4"]
ID3, ID4 = "2781234", "2790456"
SHARE = f"/news.html?id={ID3}&share_id=Qm9pTn1xZ2E3&source=wechat&from=singlemessage"
CUT = 4


def page(aid, title, src, reporter, time, reads, body, other_id, other_title):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<meta name="description" content="{title}">
<meta property="og:title" content="{title}">
<meta property="og:image" content="https://img.chaoxinwen-like.test/share/logo_300.png">
<link rel="stylesheet" href="/static/css/app.8c1e2f3a.css">
</head>
<body>
<div id="app" data-server-rendered="true">
<div class="download-bar"><img class="logo" src="/static/img/logo.png" alt="潮新闻"><div class="txt"><p class="name">潮新闻</p><p class="slogan">浙江日报报业集团出品</p></div><a class="open-btn" href="https://a.app.qq.com/o/simple.jsp?pkgname=com.zjonline.tide">打开APP</a></div>
<div class="article-head">
<h1 class="title">{title}</h1>
<div class="meta"><span class="source">来源：{src}</span><span class="reporter">{reporter}</span></div>
<div class="meta2"><span class="time">{time}</span><span class="read">阅读 {reads}</span></div>
</div>
{body}
<div class="action-bar"><span class="like">点赞 326</span><span class="share-btn">分享</span></div>
<div class="recommend"><div class="mod-title">相关推荐</div>
<a class="rec-item" href="/news.html?id={other_id}"><div class="rec-title">{other_title}</div><div class="rec-meta">潮新闻 · 1.2万阅读</div></a>
<a class="rec-item" href="https://a.app.qq.com/o/simple.jsp?pkgname=com.zjonline.tide"><div class="rec-title">更多精彩内容，请下载潮新闻客户端</div></a>
</div>
<div class="comments"><div class="mod-title">热门评论</div>
<div class="c-item"><span class="nick">钱塘小渔</span><span class="c-txt">说得好，支持！</span><span class="c-loc">浙江 杭州</span></div>
<div class="c-item"><span class="nick">南湖边的风</span><span class="c-txt">实实在在的举措，点赞。</span><span class="c-loc">浙江 嘉兴</span></div>
<a class="more-c" href="/comment.html?id={aid}">查看全部评论</a></div>
<div class="bottom-open"><a href="https://a.app.qq.com/o/simple.jsp?pkgname=com.zjonline.tide">打开潮新闻APP，阅读更多精彩内容</a></div>
</div>
<script>window.__INITIAL_STATE__={{"article":{{"id":{aid},"title":"{title}","channel":"浙江"}},"shareFrom":"wechat"}};</script>
<script src="/static/js/chunk-vendors.2b9d1e0f.js"></script>
<script src="/static/js/app.7a3c5d1e.js"></script>
<script>var _czc=_czc||[];_czc.push(["_setAccount","1279876543"]);</script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "潮新闻-like news app H5 share pages")
    paras3 = "\n".join(f"<p>{x}</p>" for x in S3.paras)
    body3 = f"""<div class="fold-box" style="max-height:1200px;overflow:hidden;position:relative">
<div id="article-content" class="article-content">
<p class="lead">6月20日，全市中小学生暑期防溺水工作部署会召开。市政府副市长张丽出席会议并讲话。以下为讲话全文。</p>
{paras3}
<p class="editor">责任编辑：徐婷婷</p>
</div>
<div class="open-app-mask"><a href="https://a.app.qq.com/o/simple.jsp?pkgname=com.zjonline.tide" class="open-more">打开APP 查看更多</a></div>
</div>
"""
    shown4 = S4.paras[:CUT]
    paras4 = "\n".join(f"<p>{x}</p>" for x in shown4)
    body4 = f"""<div id="article-content" class="article-content">
{paras4}
</div>
<div class="read-all-wall"><div class="gradient"></div><a class="wall-btn" href="https://a.app.qq.com/o/simple.jsp?pkgname=com.zjonline.tide">打开APP阅读全文</a><p class="wall-tip">剩余72%内容，请在潮新闻客户端中查看</p></div>
"""
    p3 = page(ID3, S3.title, "潮新闻客户端", "记者 何晓蕾 通讯员 陈杰", "2024-06-20 17:42", "3.4万", body3, ID4, S4.title)
    p4 = page(ID4, S4.title, "浙江日报", "记者 沈一帆", "2024-07-12 19:05", "1.8万", body4, ID3, S3.title)
    fam.route(SHARE, "/news_share_2781234.html", p3)
    fam.route(f"/news.html?id={ID3}", "/news_2781234.html", p3)
    fam.route(f"/news.html?id={ID4}", "/news_2790456.html", p4)
    comments = page(ID3, "全部评论", "潮新闻", "", "", "", '<div class="comment-list"><div class="c-item"><span class="nick">钱塘小渔</span><span class="c-txt">说得好，支持！</span></div><div class="c-item"><span class="nick">阿拉宁波人</span><span class="c-txt">家长也要负起责任来。</span></div></div>', ID4, S4.title)
    fam.route(f"/comment.html?id={ID3}", "/comment_2781234.html", comments)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /comment.html\n", "ascii")
    fam.home = SHARE
    fam.doc([SHARE], S3)
    fam.doc([f"/news.html?id={ID4}"], S4, truncated=True, text="\n".join(shown4))
    fam.not_documents += [f"/comment.html?id={ID3}"]
    fam.noise += ["打开APP 查看更多", "打开APP阅读全文", "剩余72%内容", "责任编辑：徐婷婷", "以下为讲话全文", "相关推荐",
                  "查看全部评论", "说得好，支持！", "浙江日报报业集团出品", "记者 何晓蕾"]
    fam.note = ("Home is the shared link with its share query; the 防溺水 speech's `打开APP 查看更多` mask folds a text that is "
                "whole in the HTML (not truncated); the 致辞 page is cut by a real wall (truncated, the first paragraphs expected).")
    return fam
