"""A county 科学技术协会 site on JPress 4 (Java, JFinal/Jboot): extensionless `/article/163` pages,
the category list `/article/category/ldjh` and its second page `?page=2` (query route), a home page.
The bought template prints JPress's directives as they come: `#articlePrevious` / `#articleNext`
(上一篇/下一篇, 没有了), `#tags` (`/article/tag/…`), `#relevantArticles` (相关文章), the comment form
posting to `/article/postComment` (评论已关闭 off here: 暂无评论), `#articlePage` pagination
(`ul.pagination`, 上一页/下一页), JPress's `/static/components/` assets and `jpressfront.js`, and the
footer's Powered by JPress line next to the ICP and 公安备案 lines. Extensionless pages are served as
`text/html;charset=UTF-8` (`extensionless_html`)."""

from common import SPEECHES, Family, render

HOST = "www.lanxi-kexie-jpress.test"
SITE = "兰溪县科学技术协会"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>@@TITLE@@</title>
    <meta name="keywords" content="@@KEYWORDS@@">
    <meta name="description" content="@@DESC@@">
    <link rel="shortcut icon" href="/attachment/20210409/7c3a1e5b9d2f4a60b8e1c7d3f5a9b2e4.ico">
    <link href="/static/components/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="/static/components/font-awesome/css/font-awesome.min.css" rel="stylesheet">
    <link href="/templates/kexie/css/style.css" rel="stylesheet">
</head>
<body>
<div class="top-header">
    <div class="container">
        <span class="top-date" id="today"></span>
        <span class="float-right"><a href="/user/login">登录</a> | <a href="/user/register">注册</a></span>
    </div>
</div>
<header class="site-header">
    <div class="container">
        <a class="site-logo" href="/"><img src="/attachment/20210409/3f9e2b7a1c5d4e8f9a0b1c2d3e4f5a6b.png" alt="@@SITE@@"></a>
        <form class="site-search form-inline" action="/search" method="get"><input class="form-control form-control-sm" name="keyword" placeholder="请输入关键字"><button class="btn btn-sm btn-primary" type="submit"><i class="fa fa-search"></i></button></form>
    </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary site-nav">
    <div class="container">
        <ul class="navbar-nav">
            <li class="nav-item @@ON_HOME@@"><a class="nav-link" href="/">首页</a></li>
            <li class="nav-item"><a class="nav-link" href="/article/category/kxdt">科协动态</a></li>
            <li class="nav-item @@ON_LDJH@@"><a class="nav-link" href="/article/category/ldjh">领导讲话</a></li>
            <li class="nav-item"><a class="nav-link" href="/article/category/kpzd">科普阵地</a></li>
            <li class="nav-item"><a class="nav-link" href="/article/category/xhzc">学会之窗</a></li>
            <li class="nav-item"><a class="nav-link" href="/article/category/tzgg">通知公告</a></li>
            <li class="nav-item"><a class="nav-link" href="/page/about">关于我们</a></li>
        </ul>
    </div>
</nav>
"""

FOOT = """<footer class="site-footer">
    <div class="container">
        <div class="footer-links">友情链接：<a href="https://www.cast.org.cn/" target="_blank">中国科协</a> <a href="http://www.kepu.gov.test/" target="_blank">科普中国</a> <a href="http://kx.lanxi-xian.gov.test/" target="_blank">兰溪县人民政府</a></div>
        <p>主办单位：兰溪县科学技术协会　地址：兰溪县城关镇人民路56号　电话：0579-8821 3306</p>
        <p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备18042617号-1</a>　<img src="/templates/kexie/img/gongan.png" alt=""> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33078102000318" target="_blank">浙公网安备 33078102000318号</a></p>
        <p class="powered">Copyright &copy; 2021-2025 @@SITE@@ All Rights Reserved. Powered by <a href="http://www.jpress.io" target="_blank">JPress</a></p>
    </div>
</footer>
<script src="/static/components/jquery/jquery.min.js"></script>
<script src="/static/components/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/static/front/jpressfront.js"></script>
<script src="/templates/kexie/js/main.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8d2f4a6c1e3b5d7f9a0c2e4b6d8f1a3c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# (speech, id, created time, views, author)
ART = {
    "JP1": (SPEECHES["JP1"], 163, "2025-03-14 17:42", 1236, "县科协办公室"),
    "JP2": (SPEECHES["JP2"], 118, "2024-11-22 18:05", 2108, "县科协办公室"),
}
# the 领导讲话 category, newest first: (title, id, date); ten a page
OTHERS_NEWER = [
    ("在2025年全县科协工作会议上的讲话", 171, "2025-04-08"),
]
OTHERS = [
    ("在全县科技工作者日座谈会上的讲话", 152, "2025-02-26"),
    ("在县老科协第三次会员代表大会上的讲话", 149, "2025-01-17"),
    ("在全县农村科普示范基地观摩会上的讲话", 141, "2024-12-20"),
    ("在县科协九届一次全委会议上的讲话", 136, "2024-11-22"),
    ("在县科协第九次代表大会开幕式上的致辞", 131, "2024-11-21"),
    ("在2024年全国科普日兰溪主场活动上的致辞", 124, "2024-09-21"),
    ("在全县青少年科技创新大赛颁奖仪式上的讲话", 121, "2024-06-14"),
    ("在县院士专家工作站揭牌仪式上的致辞", 119, "2024-05-30"),
]
OLDER = [("在全县学会工作座谈会上的讲话", 109, "2024-04-19")]


def rows():
    a1, a2 = ART["JP1"], ART["JP2"]
    page1 = OTHERS_NEWER + [(a1[0].title, a1[1], a1[0].date)] + OTHERS
    page2 = [(a2[0].title, a2[1], a2[0].date)] + OLDER
    return page1, page2


def li(t, i, d):
    return f'<li class="list-group-item"><a href="/article/{i}" title="{t}">{t}</a><span class="date float-right">{d}</span></li>'


def pagination(current):
    base = "/article/category/ldjh"
    prev = (
        '<li class="page-item disabled"><a class="page-link" href="javascript:;">上一页</a></li>'
        if current == 1
        else f'<li class="page-item"><a class="page-link" href="{base}">上一页</a></li>'
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{base}?page=2">下一页</a></li>'
        if current == 1
        else '<li class="page-item disabled"><a class="page-link" href="javascript:;">下一页</a></li>'
    )
    nums = "".join(
        f'<li class="page-item{" active" if n == current else ""}"><a class="page-link" href="{base if n == 1 else base + "?page=2"}">{n}</a></li>'
        for n in (1, 2)
    )
    return f'<ul class="pagination justify-content-center">{prev}{nums}{nxt}</ul>'


def crumb(extra=""):
    return f'<div class="breadcrumb-box"><i class="fa fa-map-marker"></i> 当前位置：<a href="/">首页</a> &gt; <a href="/article/category/ldjh">领导讲话</a>{extra}</div>'


def list_page(n):
    items = rows()[n - 1]
    body = f"""<div class="container main">
    {crumb()}
    <div class="row">
        <div class="col-md-9">
            <div class="card category-box">
                <div class="card-header"><h4>领导讲话</h4></div>
                <ul class="list-group list-group-flush article-list">
{chr(10).join("                    " + li(*r) for r in items)}
                </ul>
                <div class="card-footer">{pagination(n)}</div>
            </div>
        </div>
{sidebar()}
    </div>
</div>
"""
    return render(HEAD, TITLE=f"领导讲话 - {SITE}", KEYWORDS="领导讲话,科协", DESC="领导讲话", SITE=SITE, ON_HOME="", ON_LDJH="active") + body + render(FOOT, SITE=SITE)


def sidebar():
    hot = "".join(f'<li><a href="/article/{i}">{t}</a></li>' for t, i, _ in [(ART["JP2"][0].title, 118, ""), (OTHERS[5][0], 124, ""), (ART["JP1"][0].title, 163, "")])
    return f"""        <div class="col-md-3">
            <div class="card side-box">
                <div class="card-header">热门文章</div>
                <ul class="side-list">{hot}</ul>
            </div>
            <div class="card side-box">
                <div class="card-header">通知公告</div>
                <ul class="side-list"><li><a href="/article/168">关于开展2025年度科普示范基地申报工作的通知</a></li><li><a href="/article/166">县科协2025年部门预算公开</a></li></ul>
            </div>
        </div>"""


def article(key):
    speech, aid, created, views, author = ART[key]
    prev_next = {
        "JP1": (("在全县科技工作者日座谈会上的讲话", 152), ("关于开展2025年度科普示范基地申报工作的通知", 166)),
        "JP2": (("在全县学会工作座谈会上的讲话", 109), ("在县院士专家工作站揭牌仪式上的致辞", 119)),
    }[key]
    (pt, pi), (nt, ni) = prev_next
    related_src = [(OTHERS[3][0], 136), (OTHERS[4][0], 131), (ART["JP1" if key == "JP2" else "JP2"][0].title, ART["JP1" if key == "JP2" else "JP2"][1])]
    related = "".join(f'<li><a href="/article/{i}" title="{t}">{t}</a></li>' for t, i in related_src)
    paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in speech.paras)
    body = f"""<div class="container main">
    {crumb(' &gt; 正文')}
    <div class="row">
        <div class="col-md-9">
            <div class="card article-box">
                <div class="card-body">
                    <h1 class="article-title">{speech.title}</h1>
                    <div class="article-meta">
                        <span><i class="fa fa-clock-o"></i> {created}</span>
                        <span><i class="fa fa-user"></i> {author}</span>
                        <span><i class="fa fa-folder-o"></i> <a href="/article/category/ldjh">领导讲话</a></span>
                        <span><i class="fa fa-eye"></i> 阅读 ({views})</span>
                    </div>
                    <div class="article-content">
{paras}
<p style="text-align:right;">（责任编辑：王欣）</p>
                    </div>
                    <div class="article-tags"><i class="fa fa-tags"></i> 标签：<a href="/article/tag/%E8%AE%B2%E8%AF%9D">讲话</a> <a href="/article/tag/%E7%A7%91%E6%99%AE">科普</a></div>
                    <div class="article-share">分享到：<a href="javascript:;" class="share-wechat" title="微信"><i class="fa fa-weixin"></i></a> <a href="javascript:;" class="share-weibo" title="微博"><i class="fa fa-weibo"></i></a></div>
                    <div class="article-prev-next">
                        <p>上一篇：<a href="/article/{pi}">{pt}</a></p>
                        <p>下一篇：<a href="/article/{ni}">{nt}</a></p>
                    </div>
                </div>
            </div>
            <div class="card relevant-box">
                <div class="card-header">相关文章</div>
                <ul class="relevant-list">{related}</ul>
            </div>
            <div class="card comment-box" id="comments">
                <div class="card-header">发表评论</div>
                <div class="card-body">
                    <form id="commentForm" action="/article/postComment" method="post">
                        <input type="hidden" name="articleId" value="{aid}">
                        <input type="hidden" name="pid" id="comment-pid">
                        <textarea class="form-control" name="content" rows="3" placeholder="说点什么吧..."></textarea>
                        <div class="comment-captcha"><input type="text" name="captcha" placeholder="验证码"><img src="/commons/captcha" onclick="this.src='/commons/captcha?d='+Math.random();" alt="验证码"></div>
                        <button type="submit" class="btn btn-primary btn-sm">提交评论</button>
                    </form>
                    <div class="comment-list"><p class="text-muted">暂无评论</p></div>
                </div>
            </div>
        </div>
{sidebar()}
    </div>
</div>
"""
    return (
        render(HEAD, TITLE=f"{speech.title} - {SITE}", KEYWORDS="讲话,科普", DESC=speech.paras[1][:70], SITE=SITE, ON_HOME="", ON_LDJH="active")
        + body
        + render(FOOT, SITE=SITE)
    )


def home():
    page1, _ = rows()
    ld = "\n".join("                    " + li(*r) for r in page1[:6])
    body = f"""<div class="container main">
    <div class="row">
        <div class="col-md-6">
            <div id="slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner"><div class="carousel-item active"><a href="/article/171"><img src="/attachment/20250408/a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg" alt="2025年全县科协工作会议召开"></a><div class="carousel-caption">2025年全县科协工作会议召开</div></div></div></div>
        </div>
        <div class="col-md-6">
            <div class="card index-box">
                <div class="card-header">领导讲话<a class="more float-right" href="/article/category/ldjh">更多&gt;&gt;</a></div>
                <ul class="list-group list-group-flush">
{ld}
                </ul>
            </div>
        </div>
    </div>
    <div class="row">
        <div class="col-md-6"><div class="card index-box"><div class="card-header">科协动态<a class="more float-right" href="/article/category/kxdt">更多&gt;&gt;</a></div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/article/170">县科协开展“科技之春”宣传月活动</a><span class="date float-right">2025-04-02</span></li></ul></div></div>
        <div class="col-md-6"><div class="card index-box"><div class="card-header">通知公告<a class="more float-right" href="/article/category/tzgg">更多&gt;&gt;</a></div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/article/168">关于开展2025年度科普示范基地申报工作的通知</a><span class="date float-right">2025-03-28</span></li></ul></div></div>
    </div>
</div>
"""
    return render(HEAD, TITLE=f"{SITE}", KEYWORDS="兰溪科协,科普,学会", DESC="兰溪县科学技术协会官方网站", SITE=SITE, ON_HOME="active", ON_LDJH="") + body + render(FOOT, SITE=SITE)


def build() -> Family:
    fam = Family(
        HOST,
        "JPress 4 (Java CMS) county 科协 site (extensionless /article/N, /article/category/ldjh?page=2)",
        content_type="text/html;charset=UTF-8",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.put("/article/category/ldjh", list_page(1))
    fam.route("/article/category/ldjh?page=2", "_q/ldjh-page-2.html", list_page(2))
    fam.not_documents += ["/", "/article/category/ldjh", "/article/category/ldjh?page=2"]
    for key in ("JP1", "JP2"):
        speech, aid = ART[key][0], ART[key][1]
        fam.put(f"/article/{aid}", article(key))
        fam.doc([f"/article/{aid}"], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /ucenter/\nDisallow: /user/\n")
    fam.noise += [
        "当前位置", "县科协办公室", "阅读 (", "责任编辑：王欣", "标签：", "分享到", "上一篇", "下一篇",
        "相关文章", "发表评论", "暂无评论", "热门文章", "通知公告", "Powered by", "浙ICP备18042617号-1",
        "浙公网安备", "人民路56号", "友情链接",
    ]
    return fam
