"""A provincial news app's H5 share pages (`share.<app>.com/article/N?share_token=…`), as a reader
opening a link shared to WeChat sees them: the 打开APP top bar (custom-scheme link), `h1`, the meta
line (来源 / 作者 / time / 阅读), the full text in `div.article-content` (one folded behind a
展开全文 mask, the whole text still in the page; the other opening with a news preamble), then 阅读原文
(a link to the source paper's site), 责任编辑, the app's 未经授权不得转载 line, an app banner, 相关新闻
(plain links to other share pages), 热门评论 with 打开APP查看全部评论, and the fixed bottom bar; the
WeChat JS-SDK `shareConfig`. Home is the shared link itself (with its token); the other article is
reached from its 相关新闻."""

from common import SPEECHES, Family

HOST = "share.changjiang-xw.test"
APP = "长江新闻"

ARTICLES = [
    dict(
        id=8812345,
        speech=SPEECHES["SP1"],
        time="2024-07-16 08:12",
        source="荆州日报",
        author="记者 黄莉 通讯员 邓佳",
        reads="2.3万",
        origin="https://www.jzrb.test/html/2024-07/16/content_318842.htm",
        editor="胡蓉",
        preamble=None,
        fold=True,
        token="?share_token=7f3c9a2e1b4d&tt_from=weixin&utm_source=weixin&utm_medium=share",
        comments=[
            ("荆楚一园丁", "“不懂课堂的校长，很难真正领导好一所学校”，说得好！", "07-16 09:40", 86),
            ("晴川", "希望培训不走过场，真正学到东西。", "07-16 12:05", 31),
        ],
        total_comments=23,
    ),
    dict(
        id=8813377,
        speech=SPEECHES["SP2"],
        time="2024-09-12 11:26",
        source="长江新闻",
        author="记者 程明",
        reads="1.1万",
        origin="https://www.cjxw.test/news/2024/0912/1457.html",
        editor="周子健",
        preamble="9月12日，长江中游新能源汽车产业链供需对接会在襄阳开幕。市委副书记、市长出席开幕式并致辞。以下为致辞全文：",
        fold=False,
        token=None,
        comments=[("汽车人老王", "本地配套率百分之四十，确实还有很大空间。", "09-12 13:17", 12)],
        total_comments=7,
    ),
]
RELATED_OTHER = [
    (8812901, "全市暑期防溺水安全教育专项行动启动"),
    (8813012, "我市新增5所省级示范性普通高中"),
]


def path(a):
    return f"/article/{a['id']}"


def article_page(a, others):
    sp = a["speech"]
    paras = []
    if a["preamble"]:
        paras.append(f"<p>{a['preamble']}</p>")
    for i, x in enumerate(sp.paras):
        paras.append(f"<p>{x}</p>")
        if i == 0:
            paras.append(
                f'<p class="img-box"><img src="https://img.changjiang-xw.test/2024/{a["id"]}/cover.jpg" data-ratio="0.5625" /></p>'
            )
    fold_cls = " is-fold" if a["fold"] else ""
    fold = (
        '<div class="fold-mask" onclick="unfold()"><span class="fold-btn">展开全文</span><i class="icon-arrow-down"></i></div>'
        if a["fold"]
        else ""
    )
    related = "".join(
        f'<li class="related-item"><a href="/article/{rid}"><p class="related-title">{title}</p><span class="related-src">{APP}</span></a></li>'
        for rid, title in others
    )
    comments = "".join(
        f"""<div class="comment-item"><img class="avatar" src="https://img.changjiang-xw.test/avatar/default.png" alt="" />
        <div class="comment-body"><p class="nick">{who}</p><p class="comment-text">{text}</p><p class="comment-info"><span>{when}</span><span class="like">{likes}</span></p></div></div>"""
        for who, text, when, likes in a["comments"]
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no,viewport-fit=cover" />
<meta name="format-detection" content="telephone=no" />
<meta name="apple-itunes-app" content="app-id=1438072451" />
<title>{sp.title}</title>
<meta name="description" content="{sp.paras[1][:60]}" />
<link rel="stylesheet" href="https://static.changjiang-xw.test/h5/share/css/app.4e8c1b2d.css" />
<script>
  var shareConfig = {{
    title: "{sp.title}",
    desc: "{APP}客户端",
    imgUrl: "https://img.changjiang-xw.test/2024/{a["id"]}/cover.jpg",
    link: "https://{HOST}{path(a)}"
  }};
  var articleId = "{a["id"]}";
  var schemeUrl = "changjiangnews://article/detail?id={a["id"]}";
</script>
</head>
<body>
<div id="app" data-server-rendered="true">
  <div class="open-app-bar">
    <img class="logo" src="https://static.changjiang-xw.test/h5/share/img/logo.png" alt="" />
    <div class="app-info"><p class="app-name">{APP}</p><p class="app-slogan">看见不一样的长江</p></div>
    <a class="open-btn" href="changjiangnews://article/detail?id={a["id"]}">打开APP</a>
  </div>
  <div class="article-wrap">
    <h1 class="article-title">{sp.title}</h1>
    <div class="article-meta">
      <span class="source">来源：{a["source"]}</span>
      <span class="author">{a["author"]}</span>
      <span class="time">{a["time"]}</span>
      <span class="read">阅读 {a["reads"]}</span>
    </div>
    <div class="article-content{fold_cls}" id="articleContent">
      {"".join(paras)}
    </div>
    {fold}
    <div class="article-footer">
      <a class="origin-link" href="{a["origin"]}">阅读原文</a>
      <p class="editor">责任编辑：{a["editor"]}</p>
      <p class="statement">本文来自{APP}客户端，未经授权不得转载。</p>
    </div>
  </div>
  <div class="app-banner">
    <img src="https://static.changjiang-xw.test/h5/share/img/banner-download.png" alt="" />
    <p>下载{APP}APP，第一时间获取权威资讯</p>
    <a class="banner-btn" href="https://app.changjiang-xw.test/download?from=share">立即下载</a>
  </div>
  <div class="related-wrap">
    <h3 class="block-title">相关新闻</h3>
    <ul class="related-list">{related}</ul>
  </div>
  <div class="comment-wrap">
    <h3 class="block-title">热门评论</h3>
    {comments}
    <a class="more-comment" href="changjiangnews://article/comment?id={a["id"]}">打开APP查看全部{a["total_comments"]}条评论</a>
  </div>
  <div class="bottom-bar">
    <span>打开{APP}APP，阅读体验更佳</span>
    <a class="bottom-open" href="changjiangnews://article/detail?id={a["id"]}">打开</a>
  </div>
</div>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
<script src="https://static.changjiang-xw.test/h5/share/js/chunk-vendors.9a1c3e5f.js"></script>
<script src="https://static.changjiang-xw.test/h5/share/js/app.2b7d4f81.js"></script>
<script>
  function unfold() {{
    document.getElementById("articleContent").classList.remove("is-fold");
    document.querySelector(".fold-mask").style.display = "none";
  }}
</script>
</body>
</html>
"""


def build() -> Family:
    a1, a2 = ARTICLES
    fam = Family(
        HOST,
        "news app H5 share pages (share.<app>.com/article/N?share_token=…)",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
    )
    home = path(a1) + a1["token"]
    fam.home = home
    page1 = article_page(a1, [(a2["id"], a2["speech"].title)] + RELATED_OTHER)
    fam.put(path(a1), page1)
    fam.route(home, path(a1).lstrip("/"), page1)
    fam.put(path(a2), article_page(a2, RELATED_OTHER + [(a1["id"], a1["speech"].title)]))
    fam.doc([home], a1["speech"], published_at=a1["time"][:10])
    fam.doc(
        [path(a2)],
        a2["speech"],
        published_at=a2["time"][:10],
    )
    fam.put("/robots.txt", "User-agent: *\nAllow: /article/\nDisallow: /api/\n", "ascii")
    fam.noise += [
        a2["preamble"][:20],
        "以下为致辞全文",
        "打开APP",
        "看见不一样的长江",
        "来源：荆州日报",
        "阅读 2.3万",
        "展开全文",
        "阅读原文",
        "责任编辑：胡蓉",
        "责任编辑：周子健",
        "未经授权不得转载",
        "第一时间获取权威资讯",
        "立即下载",
        "相关新闻",
        "全市暑期防溺水安全教育专项行动启动",
        "热门评论",
        "说得好！",
        "本地配套率百分之四十，确实还有很大空间。",
        "阅读体验更佳",
    ]
    fam.note = (
        f"Home is the shared link `{home}` (a query route; `/article/{a1['id']}` without the token answers the same "
        "page: one document, whose url is the shared link), not `/` (the share host has no front page). The other "
        f"article `/article/{a2['id']}` is linked from the first one's 相关新闻. Both pages are extensionless "
        "(`extensionless_html`). The first text sits in a folded `div.article-content.is-fold` with a 展开全文 mask after "
        "it (the whole text is in the page); the second opens with a news preamble (…以下为致辞全文：). 打开APP links use "
        "the app's `changjiangnews://` scheme; 阅读原文 points at the source paper's site (another host). Related "
        "articles other than the two speeches are not served."
    )
    return fam
