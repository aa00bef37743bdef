"""欧洲时报 (oushinet.com)-like article pages, Simplified Chinese, UTF-8: a Paris-based overseas Chinese
paper's 侨界 channel.

Home `/` (头条 block, 法国 / 欧洲 / 侨界 columns, 法中 bilingual logo line) → 侨界 channel `/qj/qjnews/`
(`news-list` items with `news-time`, the `pages` pager to `/qj/qjnews/index_2.html`, which lists the
school speech; not documents) → articles `/static/content/qj/qjnews/2024-03-10/1216532791234567890.html`:
`div.position` 当前位置, `h1.article-title`, `div.article-info` (`span.time`, 来源：欧洲时报, 作者, 编辑),
the `div.article-content` opening with a 欧洲时报 news lead (`欧洲时报（记者 …）3月9日晚，…以下是讲话全文：`)
and centred photos with grey `p.pic-note` captions (`图为…（欧洲时报/…摄）`) between the speech's
paragraphs; the 同乡会 speech runs over two pages (`…_2.html`) through `div.pages` (上一页 1 2 下一页);
after the text `（编辑：…）`, the `版权声明：凡注明“来源：欧洲时报”…` box, 关注欧洲时报 (微信 / Facebook / 微博),
相关新闻, 热点排行, a 欧时大巴黎 ad, footer (Nouvelles d'Europe, 15 rue …, Paris, 京ICP 无: a French
company; Copyright)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.oushi-lanque-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA@@<link rel="stylesheet" href="/static/css/common.css?v=20230912">
<link rel="stylesheet" href="/static/css/article.css?v=20230912">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="today" id="parisTime">巴黎时间 <script>showParisTime();</script></span>
<span class="links"><a href="/">简体中文</a> | <a href="http://fr.oushi-lanque-like.test/">Français</a> | <a href="/epaper/">电子报</a> | <a href="/app/">欧时APP</a></span>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="/static/images/logo.png" alt="欧洲时报 Nouvelles d'Europe" width="320" height="60"></a>
<div class="head-ad"><a href="/ad/click?id=31" target="_blank"><img src="/static/upload/ad/banner_chunjie.jpg" alt="广告" width="728" height="90"></a></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="/">首页</a></li><li><a href="/france/">法国</a></li><li><a href="/europe/">欧洲</a></li><li><a href="/china/">中国</a></li><li><a href="/international/">国际</a></li><li class="on"><a href="/qj/qjnews/">侨界</a></li><li><a href="/culture/">文化</a></li><li><a href="/edu/">留学</a></li><li><a href="/travel/">旅游</a></li><li><a href="/life/">生活</a></li><li><a href="/ads/">分类广告</a></li>
</ul></div></div>
<div class="w1200 main clearfix">
"""

FOOT = """</div>
<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ads/price.html">广告刊例</a> | <a href="/subscribe/">订阅报纸</a> | <a href="/join/">加入我们</a></p>
<p>欧洲时报 Nouvelles d'Europe　地址：15 rue de la Chine-Lanque, 75013 Paris　电话：+33 (0)1 44 75 00 00</p>
<p>Copyright &copy; 1983-2024 欧洲时报 版权所有 All Rights Reserved</p>
</div></div>
<script src="/static/js/common.js?v=20230912"></script>
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-30761234-1', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>
"""

SIDE = """<div class="side fr">
<div class="side-box follow"><h3>关注欧洲时报</h3>
<div class="qr"><img src="/static/images/qr_weixin.png" width="110" height="110" alt=""><p>微信公众号</p></div>
<p><a href="https://www.facebook.com/oushi.lanque" target="_blank">Facebook</a> | <a href="https://weibo.com/oushilanque" target="_blank">新浪微博</a> | <a href="https://twitter.com/oushilanque" target="_blank">Twitter</a></p></div>
<div class="side-box rank"><h3>热点排行</h3><ol>
<li><a href="/static/content/france/frnews/2024-03-08/1215980011223344556.html">巴黎地铁14号线延长段将于6月通车</a></li>
<li><a href="/static/content/france/frnews/2024-03-07/1215772233445566778.html">法国居留证线上申请新规解读</a></li>
<li><a href="/static/content/qj/qjnews/2024-03-06/1215601122334455667.html">旅法华人春节庙会吸引数万民众</a></li>
</ol></div>
<div class="side-ad"><a href="/ad/click?id=45" target="_blank"><img src="/static/upload/ad/daparis_300x250.jpg" alt="欧时大巴黎" width="300" height="250"></a><span class="ad-mark">广告</span></div>
</div>
"""

A1 = "/static/content/qj/qjnews/2024-03-10/1216532791234567890.html"
A2 = "/static/content/qj/qjnews/2024-06-23/1254127788990011223.html"

# speech, path, time, author, editor, lead, photos {after paragraph index: (img, caption)}, pages
ARTICLES = [
    (
        SPEECHES["f54d-3"], A1, "2024-03-10 10:26", "记者 方思远", "林晓",
        "欧洲时报（记者 方思远）3月9日晚，法国瓯江同乡会第十届理事会就职典礼在巴黎十三区一家酒楼隆重举行。中国驻法国大使馆领事部官员、巴黎十三区区政府代表以及数十个旅法侨团负责人、乡亲六百余人出席。新任会长陈立群发表就职讲话。以下是讲话全文：",
        {1: ("/static/upload/2024/03/10/0c3f1a.jpg", "图为法国瓯江同乡会第十届理事会全体成员合影。（欧洲时报/方思远 摄）"),
         8: ("/static/upload/2024/03/10/7be92d.jpg", "图为陈立群会长发表就职讲话。（欧洲时报/方思远 摄）")},
        2,
    ),
    (
        SPEECHES["f54d-4"], A2, "2024-06-23 09:12", "记者 何欣然", "周一舟",
        "欧洲时报（记者 何欣然）6月22日上午，巴黎希望中文学校2023—2024学年结业典礼在巴黎十一区的学校礼堂举行，六百余名师生和家长参加。典礼上，校长郑佩华致辞，并为获奖学生颁发证书。以下是致辞全文：",
        {2: ("/static/upload/2024/06/23/d18e40.jpg", "图为获奖学生上台领取证书。（欧洲时报/何欣然 摄）")},
        1,
    ),
]

TITLES = {
    A1: "法国瓯江同乡会会长陈立群在第十届理事会就职典礼上的讲话",
    A2: "巴黎希望中文学校校长郑佩华在2023—2024学年结业典礼上的致辞",
}


def page_path(path, n):
    return path if n == 1 else path.replace(".html", f"_{n}.html")


def pager(path, n, total):
    if total == 1:
        return ""
    base = path.rsplit("/", 1)[1]
    items = []
    items.append(f'<a href="{page_path(base, n - 1)}" class="prev">上一页</a>' if n > 1 else '<span class="prev disabled">上一页</span>')
    for i in range(1, total + 1):
        items.append(f'<span class="current">{i}</span>' if i == n else f'<a href="{page_path(base, i)}">{i}</a>')
    items.append(f'<a href="{page_path(base, n + 1)}" class="next">下一页</a>' if n < total else '<span class="next disabled">下一页</span>')
    return '<div class="pages">' + "".join(items) + "</div>\n"


def article_pages(a, other):
    speech, path, when, author, editor, lead, photos, total = a
    title = TITLES[path]
    runs = split_paras(speech.paras, total)
    pages = []
    idx = 0
    for n, run in enumerate(runs, 1):
        parts = []
        if n == 1:
            parts.append(f"<p>{lead}</p>")
        for para in run:
            parts.append(f"<p>{para}</p>")
            if idx in photos:
                img, cap = photos[idx]
                parts.append(f'<p style="text-align:center"><img src="{img}" alt="" width="600"></p>\n<p class="pic-note" style="text-align:center;color:#666;">{cap}</p>')
            idx += 1
        if n == total:
            parts.append(f'<p class="editor">（编辑：{editor}）</p>')
        body = f"""<div class="content-left fl">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/qj/qjnews/">侨界</a> &gt; <a href="/qj/qjnews/">侨社动态</a></div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span class="time">{when}</span><span class="source">来源：欧洲时报</span><span class="author">作者：{author}</span><span class="share">分享：<a href="javascript:;" class="s-wx">微信</a><a href="javascript:;" class="s-fb">Facebook</a><a href="javascript:;" class="s-wb">微博</a></span></div>
<div class="article-content" id="articleContent">
{chr(10).join(parts)}
</div>
{pager(path, n, total)}<div class="copyright-box">版权声明：凡注明“来源：欧洲时报”或“欧洲时报网”的所有作品，版权均属于欧洲时报，未经本报授权，不得转载、摘编或以其它方式使用。已经授权使用作品的，应在授权范围内使用，并注明“来源：欧洲时报”。</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="{other[1]}">{TITLES[other[1]]}</a><span>{other[2][:10]}</span></li>
<li><a href="/static/content/qj/qjnews/2024-03-06/1215601122334455667.html">旅法华人春节庙会吸引数万民众</a><span>2024-03-06</span></li>
</ul></div>
</div>
</div>
"""
        extra = f'<meta name="publishdate" content="{when[:10]}">\n<meta property="og:title" content="{title}">\n'
        page_title = title + ("" if n == 1 else f"(第{n}页)")
        pages.append(render(HEAD, TITLE=f"{page_title}-欧洲时报", KW="侨界,侨社动态,旅法华人", DESC=lead[:90], EXTRA=extra) + body + SIDE + FOOT)
    return pages


def list_page(n):
    a = ARTICLES[0] if n == 1 else ARTICLES[1]
    stubs = (
        [("/static/content/qj/qjnews/2024-03-06/1215601122334455667.html", "旅法华人春节庙会吸引数万民众", "2024-03-06 18:40")]
        if n == 1
        else [("/static/content/qj/qjnews/2024-06-20/1253004455667788990.html", "里昂华人联合会举办端午文化节", "2024-06-20 11:05")]
    )
    rows = [(a[1], TITLES[a[1]], a[2], a[5][:70] + "……")] + [(p, t, w, "") for p, t, w in stubs]
    lis = "\n".join(
        f'<li><h3><a href="{p}" target="_blank">{t}</a></h3>' + (f"<p>{ab}</p>" if ab else "") + f'<span class="news-time">{w}</span></li>'
        for p, t, w, ab in rows
    )
    pg = (
        '<div class="pages"><span class="current">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a></div>'
        if n == 1
        else '<div class="pages"><a href="index.html" class="prev">上一页</a><a href="index.html">1</a><span class="current">2</span></div>'
    )
    body = f"""<div class="content-left fl">
<div class="position">当前位置：<a href="/">首页</a> &gt; 侨界 &gt; 侨社动态</div>
<ul class="news-list">
{lis}
</ul>
{pg}
</div>
"""
    return render(HEAD, TITLE="侨社动态-欧洲时报" + ("" if n == 1 else "-第2页"), KW="侨界,侨社动态", DESC="欧洲时报侨界频道", EXTRA="") + body + SIDE + FOOT


def home():
    a = ARTICLES[0]
    body = f"""<div class="content-left fl">
<div class="headline"><h2><a href="/static/content/france/frnews/2024-03-08/1215980011223344556.html">巴黎地铁14号线延长段将于6月通车</a></h2></div>
<div class="col-box"><h3 class="col-title"><a href="/france/">法国</a></h3><ul>
<li><a href="/static/content/france/frnews/2024-03-07/1215772233445566778.html">法国居留证线上申请新规解读</a></li>
</ul></div>
<div class="col-box"><h3 class="col-title"><a href="/qj/qjnews/">侨界</a><a class="more" href="/qj/qjnews/">更多&gt;</a></h3><ul>
<li><a href="{a[1]}">{TITLES[a[1]]}</a></li>
<li><a href="/static/content/qj/qjnews/2024-03-06/1215601122334455667.html">旅法华人春节庙会吸引数万民众</a></li>
</ul></div>
</div>
"""
    return render(HEAD, TITLE="欧洲时报-欧洲华文第一媒体", KW="欧洲时报,法国新闻,欧洲华人", DESC="欧洲时报是欧洲发行量最大的中文日报。", EXTRA="") + body + SIDE + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "欧洲时报 (oushinet.com)-like overseas Chinese paper (Simplified, UTF-8): 侨界 articles with a 欧洲时报（记者…） lead, photo captions, a 2-page speech",
        site_note="oushinet-like: /static/content/qj/qjnews/YYYY-MM-DD/<19-digit id>.html (+ _2.html), channel /qj/qjnews/ + index_2.html",
    )
    for i, a in enumerate(ARTICLES):
        pages = article_pages(a, ARTICLES[1 - i])
        paths = [page_path(a[1], n) for n in range(1, len(pages) + 1)]
        for p, text in zip(paths, pages):
            fam.put(p, text)
        fam.doc(paths, a[0], title=TITLES[a[1]], published_at=a[2][:10])
        fam.not_documents += paths[1:]
    fam.put("/", home())
    fam.put("/qj/qjnews/", list_page(1))
    fam.put("/qj/qjnews/index.html", list_page(1))
    fam.put("/qj/qjnews/index_2.html", list_page(2))
    fam.not_documents += ["/", "/qj/qjnews/", "/qj/qjnews/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ad/\nDisallow: /search/\n")
    fam.noise += ["以下是讲话全文：", "以下是致辞全文：", "（欧洲时报/", "（编辑：", "版权声明：", "相关新闻", "热点排行", "关注欧洲时报"]
    fam.note = (
        "overseas Chinese paper: the 欧洲时报（记者…） lead ending 以下是讲话全文： is not the speech; photo captions "
        "(图为…（欧洲时报/… 摄）) stand between paragraphs; the 同乡会 speech is two pages (_2.html via div.pages); "
        "（编辑：…） and the 版权声明 box follow the text; published_at is the page's date (the day after the 就职典礼)"
    )
    return fam
