"""A 范文 / 讲话稿 site on ThinkCMF 5.1 with the default `simpleboot3` portal theme (UTF-8).

ThinkCMF's URLs: home `/`, column `/portal/list/index/id/3.html` (page 2 `?page=2`, query route),
articles `/portal/article/index/id/N/cid/3.html`; the article body, written in UEditor, is split at
`_ueditor_page_break_tag_` by the theme into three pages `…/cid/3.html?page=2` / `?page=3`
(query routes) with the Bootstrap `ul.pagination` pager under the text; `article-infobox` (time /
author / 浏览 / 赞), sidebar `hot-articles` and a 本文标题 box repeating the title, `上一篇/下一篇`,
tag list, the 评论 plugin hook, footer with ICP line."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jianghua-fanwen-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
    <title>@@TITLE@@</title>
    <meta name="keywords" content="@@KEYWORDS@@"/>
    <meta name="description" content="@@DESC@@">
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Set render engine for 360 browser -->
<meta name="renderer" content="webkit">

<!-- No Baidu Siteapp-->
<meta http-equiv="Cache-Control" content="no-siteapp"/>

<!-- HTML5 shim for IE8 support of HTML5 elements -->
<!--[if lt IE 9]>
<script src="https://oss.maxcdn.com/libs/html5shiv/3.7.0/html5shiv.js"></script>
<![endif]-->
<link rel="icon" href="/themes/simpleboot3/public/assets/images/favicon.png" type="image/png">
<link rel="shortcut icon" href="/themes/simpleboot3/public/assets/images/favicon.png" type="image/png">
<link href="/themes/simpleboot3/public/assets/simpleboot3/themes/simpleboot3/bootstrap.min.css" rel="stylesheet">
<link href="/themes/simpleboot3/public/assets/simpleboot3/font-awesome/4.4.0/css/font-awesome.min.css" rel="stylesheet" type="text/css">
<!--[if IE 7]>
<link rel="stylesheet" href="/themes/simpleboot3/public/assets/simpleboot3/font-awesome/4.4.0/css/font-awesome-ie7.min.css">
<![endif]-->
<script type="text/javascript">
    //全局变量
    var GV = {
        ROOT: "/",
        WEB_ROOT: "/",
        JS_ROOT: "static/js/"
    };
</script>
<script src="/static/js/jquery.js"></script>
<script src="/static/js/wind.js"></script>
<script src="/themes/simpleboot3/public/assets/simpleboot3/bootstrap/js/bootstrap.min.js"></script>
<script>
    $(function () {
        $("[data-toggle='tooltip']").tooltip();
    });
</script>
<link href="/themes/simpleboot3/public/assets/css/style.css" rel="stylesheet">
</head>
<body class="body-white">
<nav class="navbar navbar-default navbar-fixed-top active">
    <div class="container active">
        <div class="navbar-header">
            <button type="button" class="navbar-toggle collapsed" data-toggle="collapse"
                    data-target="#bs-example-navbar-collapse-1">
                <span class="sr-only">切换导航</span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
            </button>
            <a class="navbar-brand" href="/">讲话稿范文网</a>
        </div>
        <div class="collapse navbar-collapse active" id="bs-example-navbar-collapse-1">
            <ul id="main-menu" class="nav navbar-nav">
                <li class="menu-item menu-item-level-1"><a href="/">首页</a></li>
                <li class="menu-item menu-item-level-1"><a href="/portal/list/index/id/3.html">领导讲话</a></li>
                <li class="menu-item menu-item-level-1"><a href="/portal/list/index/id/4.html">致辞贺词</a></li>
                <li class="menu-item menu-item-level-1"><a href="/portal/list/index/id/5.html">工作总结</a></li>
                <li class="menu-item menu-item-level-1"><a href="/portal/list/index/id/6.html">心得体会</a></li>
            </ul>
            <ul class="nav navbar-nav navbar-right" id="main-menu-user">
                <li class="dropdown user login">
                    <a class="dropdown-toggle user" data-toggle="dropdown" href="#">
                        <img src="/themes/simpleboot3/public/assets/images/headicon.png" class="headicon"/>
                        登录<b class="caret"></b></a>
                    <ul class="dropdown-menu pull-right">
                        <li><a href="/user/login/index.html"><i class="fa fa-sign-in"></i> &nbsp;登录</a></li>
                        <li><a href="/user/register/index.html"><i class="fa fa-user"></i> &nbsp;注册</a></li>
                    </ul>
                </li>
            </ul>
            <form class="navbar-form navbar-right" method="post" action="/portal/search/index.html">
                <input type="text" class="form-control" value="" name="keyword" placeholder="搜索"
                       style="width: 140px;">
                <input type="submit" class="btn btn-primary" value="Go" style="margin:0"/>
            </form>
        </div>
    </div>
</nav>
<div class="container">
"""

SIDE = """    <div class="col-md-3">
        <div class="tc-box">
            <div class="headtitle">
                <h2>本文标题</h2>
            </div>
            <p class="side-cur-title">@@TITLE@@</p>
        </div>
        <div class="tc-box">
            <div class="headtitle">
                <h2>热门文章</h2>
            </div>
            <div class="ranking">
                <ul class="list-unstyled">
@@HOT@@
                </ul>
            </div>
        </div>
        <div class="tc-box">
            <div class="headtitle">
                <h2>最新发布</h2>
            </div>
            <div class="posts">
@@LATEST@@
            </div>
        </div>
    </div>
"""

FOOT = """
    <br><br><br>
<!-- Footer
================================================== -->
<hr>
<div id="footer">
    <div class="links">
        <a href="/page/about.html">关于本站</a> · <a href="/page/copyright.html">版权声明</a> · <a href="/portal/index/sitemap.html">网站地图</a>
    </div>
    <p>
        本站文章均由网友投稿或整理自互联网，仅供学习参考，如有侵权请联系删除。<br>
        Made by <a href="http://www.thinkcmf.com" target="_blank">ThinkCMF</a>
        Code licensed under the
        <a href="http://www.apache.org/licenses/LICENSE-2.0" rel="nofollow" target="_blank">Apache License v2.0</a>.
        <br/>
        <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鄂ICP备19023416号-1</a>
    </p>
</div>
<div id="backtotop">
    <i class="fa fa-arrow-circle-up"></i>
</div>
</div>
<!-- /container -->
<script src="/themes/simpleboot3/public/assets/js/slippry.min.js"></script>
<script src="/static/js/frontend.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5b2e0f7c3a9d4e18a6c0b1f2d3e4a5b6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTS = [
    {"id": 1287, "key": "f52a-1", "time": "2022-10-19 09:42", "author": "林海听涛", "hits": 3412, "likes": 27,
     "tags": ["森林防火", "讲话稿", "领导讲话"]},
    {"id": 1305, "key": "f52a-2", "time": "2023-12-11 16:05", "author": "admin", "hits": 1876, "likes": 9,
     "tags": ["致辞", "教师", "基本功大赛"]},
]
OTHERS = [
    (1311, "在全市重点项目建设推进会上的讲话", "2023-12-20"),
    (1298, "在2023年度工作务虚会上的讲话", "2023-11-29"),
    (1276, "在全县乡村振兴工作会议上的讲话", "2022-09-30"),
    (1264, "在纪念建党101周年暨七一表彰大会上的讲话", "2022-07-01"),
    (1251, "在全区优化营商环境推进会上的讲话", "2022-06-15"),
]


def a_url(aid: int) -> str:
    return f"/portal/article/index/id/{aid}/cid/3.html"


def pager(aid: int, n: int, total: int) -> str:
    base = a_url(aid)
    href = lambda k: base if k == 1 else f"{base}?page={k}"
    out = ['<ul class="pagination">']
    if n == 1:
        out.append('<li class="disabled"><span>&laquo;</span></li>')
    else:
        out.append(f'<li><a href="{href(n - 1)}">&laquo;</a></li>')
    for k in range(1, total + 1):
        out.append(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>')
    if n == total:
        out.append('<li class="disabled"><span>&raquo;</span></li>')
    else:
        out.append(f'<li><a href="{href(n + 1)}">&raquo;</a></li>')
    out.append("</ul>")
    return "".join(out)


def side(title: str) -> str:
    hot = "\n".join(
        f'                    <li><i>{i}</i><a title="{t}" href="{a_url(a)}">{t}</a></li>'
        for i, (a, t) in enumerate([(x["id"], SPEECHES[x["key"]].title) for x in ARTS] + [(o[0], o[1]) for o in OTHERS[:3]], 1)
    )
    latest = "\n".join(
        f'                <div class="post-item">\n                    <a href="{a_url(a)}" class="post-title">{t}</a>\n                    <p class="post-date">{d}</p>\n                </div>'
        for a, t, d in OTHERS[:4]
    )
    return render(SIDE, TITLE=title, HOT=hot, LATEST=latest)


def build() -> Family:
    fam = Family(HOST, "ThinkCMF 5.1 portal (simpleboot3 theme), 范文 site, UEditor page breaks")
    fam.noise += ["本站文章均由网友投稿或整理自互联网", "鄂ICP备19023416号-1", "本文标题", "热门文章"]
    for i, art in enumerate(ARTS):
        sp = SPEECHES[art["key"]]
        runs = split_paras(sp.paras, 3)
        other = ARTS[1 - i]
        pages = []
        for n, run in enumerate(runs, 1):
            body = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in run)
            prev_next = (
                f'<a href="{a_url(OTHERS[2][0])}" class="btn btn-primary pull-left">上一篇</a>'
                f'<a href="{a_url(other["id"])}" class="btn btn-warning pull-right">下一篇</a>'
            )
            tags = "".join(f'<a href="/portal/tag/index/id/{30 + k}.html"><span class="label label-primary">{t}</span></a> ' for k, t in enumerate(art["tags"]))
            head_title = sp.title if n == 1 else f"{sp.title}(第{n}页)"
            page = render(HEAD, TITLE=f"{head_title} 讲话稿范文网", KEYWORDS=",".join(art["tags"]), DESC=sp.paras[1][:70]) + f"""<div class="row">
    <div class="col-md-9">
        <div class="tc-box first-box article-box">
            <h2>{sp.title}</h2>
            <div class="article-infobox">
                <span>{art['time']} by {art['author']}</span>
                <span>
                	<a href="javascript:;"><i class="fa fa-eye"></i><span>{art['hits']}</span></a>
					<a href="/portal/article/doLike/id/{art['id']}.html" class="js-count-btn"><i class="fa fa-thumbs-up"></i><span class="count">{art['likes']}</span></a>
					<a href="/user/favorite/add.html" class="js-favorite-btn" data-title="{sp.title}" data-url="{a_url(art['id'])}" data-table="portal_post" data-id="{art['id']}">
						<i class="fa fa-star-o"></i>
					</a>
				</span>
            </div>
            <hr>
            <div id="article_content">
{body}
            </div>
            <div class="text-center">{pager(art['id'], n, 3)}</div>
            <div class="tags">标签：{tags}</div>
            <div class="alert alert-warning">温馨提示：本文为范文参考，请勿原文照搬；需要Word版本请联系站长。</div>
            <div class="clearfix">{prev_next}</div>
            <div class="tc-box" id="comment">
                <div class="headtitle"><h2>评论</h2></div>
                <p class="text-muted">评论功能需登录后使用，<a href="/user/login/index.html">立即登录</a></p>
            </div>
        </div>
    </div>
{side(sp.title)}
</div>
""" + FOOT
            if n == 1:
                fam.put(a_url(art["id"]), page)
                pages.append(a_url(art["id"]))
            else:
                url = f"{a_url(art['id'])}?page={n}"
                fam.route(url, f"/portal/article/index/id/{art['id']}/cid/3_p{n}.html", page)
                pages.append(url)
                fam.not_documents.append(url)
        fam.doc(pages, sp, published_at=art["time"][:10])

    rows = [(a["id"], SPEECHES[a["key"]].title, a["time"][:10], SPEECHES[a["key"]].paras[1][:60]) for a in ARTS[::-1]]
    rows += [(a, t, d, "") for a, t, d in OTHERS]

    def list_items(items):
        return "\n".join(
            f"""        <div class="list-boxes">
            <h2><a href="{a_url(a)}">{t}</a></h2>
            <p>{s}…</p>
            <div>
                <div class="pull-left">
                    <div class="list-actions">
                        <a href="javascript:;"><i class="fa fa-eye"></i><span>{100 + a % 97}</span></a>
                        <span><i class="fa fa-calendar"></i> {d}</span>
                    </div>
                </div>
                <a class="btn btn-warning btn-sm pull-right" href="{a_url(a)}">查看更多</a>
            </div>
        </div>"""
            for a, t, d, s in items
        )

    def lst(items, n):
        pg = ('<ul class="pagination"><li class="disabled"><span>&laquo;</span></li><li class="active"><span>1</span></li><li><a href="/portal/list/index/id/3.html?page=2">2</a></li><li><a href="/portal/list/index/id/3.html?page=2">&raquo;</a></li></ul>'
              if n == 1 else
              '<ul class="pagination"><li><a href="/portal/list/index/id/3.html?page=1">&laquo;</a></li><li><a href="/portal/list/index/id/3.html?page=1">1</a></li><li class="active"><span>2</span></li><li class="disabled"><span>&raquo;</span></li></ul>')
        return render(HEAD, TITLE="领导讲话 讲话稿范文网", KEYWORDS="领导讲话,讲话稿", DESC="领导讲话稿范文") + f"""<div class="row">
    <div class="col-md-9">
        <div class="main-title"><h3>领导讲话</h3></div>
{list_items(items)}
        <div class="text-center">{pg}</div>
    </div>
{side("领导讲话")}
</div>
""" + FOOT

    fam.put("/portal/list/index/id/3.html", lst(rows[:4], 1))
    fam.route("/portal/list/index/id/3.html?page=2", "/portal/list/index/id/3_p2.html", lst(rows[4:], 2))
    fam.route("/portal/list/index/id/3.html?page=1", "/portal/list/index/id/3_p1.html", lst(rows[:4], 1))
    slides = "".join(f'<li><a href="{a_url(a)}"><img src="/upload/portal/20231211/slide{k}.jpg" alt="{t}"></a></li>' for k, (a, t, d, s) in enumerate(rows[:3], 1))
    home = render(HEAD, TITLE="讲话稿范文网 - 领导讲话稿_致辞_发言稿范文大全", KEYWORDS="讲话稿,发言稿,致辞", DESC="讲话稿范文网提供领导讲话稿、致辞、发言稿范文") + f"""<ul id="homeslider" class="unstyled">{slides}</ul>
<div class="row">
    <div class="col-md-9">
        <h1 class="text-center">最新文章</h1>
{list_items(rows[:5])}
        <p class="text-right"><a href="/portal/list/index/id/3.html">更多领导讲话 &raquo;</a></p>
    </div>
{side("讲话稿范文网")}
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /portal/search/\n")
    fam.not_documents += ["/", "/portal/list/index/id/3.html", "/portal/list/index/id/3.html?page=2"]
    return fam
