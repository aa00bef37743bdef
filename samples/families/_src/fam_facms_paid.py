"""范文 site on FastAdmin's CMS addon (ThinkPHP 5, Bootstrap 3 default `cms` theme, `/cms/a/N.html`
archives, `/cms/c/jianghua.html` channel with Bootstrap `ul.pagination` and `?page=2`): the article
page's `.article-metas` (h1 `.metas-title`, `.metas-body` with 作者 / 时间 / 阅读 / 点赞), the text in
`.article-text`; the editor's `##paidbegin##…##paidend##` 付费阅读: one speech shows its first half and
then `.article-paid` (剩余内容需付费阅读 / 价格 ¥3.00 或 30 积分 / 立即支付 / 开通VIP免费查看 / 已有
N人付费) → truncated, the other (not paid) shown whole; the site's anti-copy jammer hides
`<span style="display:none">` text (site name and URL) INSIDE paragraphs; 打赏 / 点赞 / 分享 bar,
标签, 上一篇 / 下一篇, 相关文章, 评论 box with a login prompt, `Powered by FastAdmin` footer."""

from common import SPEECHES, Family, render

HOST = "www.fanwen-facms-like.test"

JAM = ['<span style="display:none">范文之家www.fanwen-facms-like.test</span>',
       '<span style="display:none">本文来自范文之家，转载请注明出处</span>',
       '<span style="display:none">fanwen-facms-like.test版权所有</span>']

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
    <meta charset="utf-8">
    <title>@@TITLE@@</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta name="renderer" content="webkit">
    <meta name="keywords" content="@@KEYWORDS@@"/>
    <meta name="description" content="@@DESC@@"/>
    <link rel="shortcut icon" href="/assets/img/favicon.ico" type="image/x-icon"/>
    <link rel="stylesheet" media="screen" href="/assets/css/bootstrap.min.css?v=1.0.12"/>
    <link rel="stylesheet" media="screen" href="/assets/libs/font-awesome/css/font-awesome.min.css?v=1.0.12"/>
    <link rel="stylesheet" media="screen" href="/assets/addons/cms/css/common.css?v=1.0.12"/>
    <!--[if lt IE 9]>
    <script src="/libs/html5shiv.js"></script>
    <script src="/libs/respond.min.js"></script>
    <![endif]-->
</head>
<body class="group-page skin-white">
<header class="header">
    <nav class="navbar navbar-white navbar-fixed-top" role="navigation">
        <div class="container">
            <div class="navbar-header">
                <button type="button" class="navbar-toggle sidebar-toggle" data-toggle="collapse" data-target="#navbar-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
                <a class="navbar-brand" href="/cms/"><img src="/assets/addons/cms/img/logo.png" style="height:100%;" alt="范文之家"></a>
            </div>
            <div class="collapse navbar-collapse" id="navbar-collapse">
                <ul class="nav navbar-nav" data-current="@@CUR@@">
                    <li><a href="/cms/">首页</a></li>
                    <li class="@@ACT@@"><a href="/cms/c/jianghua.html">讲话稿</a></li>
                    <li><a href="/cms/c/fayan.html">发言稿</a></li>
                    <li><a href="/cms/c/zongjie.html">总结报告</a></li>
                    <li><a href="/cms/c/xindetihui.html">心得体会</a></li>
                </ul>
                <ul class="nav navbar-nav navbar-right">
                    <li><form class="form-inline navbar-form" action="/cms/search.html" method="get"><input type="search" name="q" class="form-control" placeholder="搜索"></form></li>
                    <li class="dropdown navbar-userinfo"><a href="/index/user/login.html" rel="nofollow">登录</a></li>
                    <li><a href="/index/user/register.html" rel="nofollow">注册</a></li>
                </ul>
            </div>
        </div>
    </nav>
</header>
<main class="main-content">
"""

FOOT = """</main>
<footer>
    <div class="container-fluid" id="footer">
        <div class="container">
            <div class="row footer-inner">
                <div class="col-md-3 col-sm-3"><div class="footer-logo"><a href="#"><i class="fa fa-bookmark"></i></a></div><p class="copyright"><small>&copy; 2024. All Rights Reserved. <br>范文之家<br>Powered by <a href="https://www.fastadmin.net" target="_blank">FastAdmin</a></small></p></div>
                <div class="col-md-5 col-md-push-1 col-sm-5 col-sm-push-1"><div class="row"><section class="col-md-4 col-sm-4"><h4>关于</h4><ul class="list-unstyled"><li><a href="/cms/p/aboutus.html">关于我们</a></li><li><a href="/cms/p/agreement.html">用户协议</a></li></ul></section><section class="col-md-4 col-sm-4"><h4>会员</h4><ul class="list-unstyled"><li><a href="/cms/p/vip.html">VIP会员</a></li><li><a href="/index/user/recharge.html">积分充值</a></li></ul></section></div></div>
                <div class="col-md-3 col-sm-3 col-md-push-1 col-sm-push-1"><div class="footer-social"><p><a href="https://beian.miit.gov.cn" target="_blank">浙ICP备20019377号-3</a></p></div></div>
            </div>
        </div>
    </div>
</footer>
<div id="floatbtn"><a class="hover" href="javascript:;" id="back-to-top"><i class="fa fa-arrow-up"></i></a></div>
<script type="text/javascript" src="/assets/libs/jquery/dist/jquery.min.js?v=1.0.12"></script>
<script type="text/javascript" src="/assets/libs/bootstrap/dist/js/bootstrap.min.js?v=1.0.12"></script>
<script type="text/javascript" src="/assets/addons/cms/js/common.js?v=1.0.12"></script>
<script>document.oncontextmenu=function(){return false};document.oncopy=function(){layer.msg('登录后才能复制');return false;};</script>
</body>
</html>
"""

ARTS = [
    {"speech": SPEECHES["f49a-3"], "id": 386, "paid": True, "time": "2024-05-21", "views": 2431, "likes": 37, "author": "公文小助手", "buyers": 58},
    {"speech": SPEECHES["f49a-4"], "id": 352, "paid": False, "time": "2024-06-03", "views": 1819, "likes": 22, "author": "安全君", "buyers": 0},
]


def jam(text, k):
    """The jammer plugin drops a hidden span into the middle of every paragraph longer than 40 characters."""
    if len(text) <= 40:
        return text
    cut = len(text) // 2
    return text[:cut] + JAM[k % len(JAM)] + text[cut:]


def article(a, other):
    sp = a["speech"]
    paras = sp.paras
    if a["paid"]:
        total = sum(len(p) for p in paras)
        shown, run = [], 0
        for p in paras:
            if run >= total / 2:
                break
            shown.append(p)
            run += len(p)
    else:
        shown = list(paras)
    body = "\n".join(f'                        <p>{jam(p, k)}</p>' for k, p in enumerate(shown))
    paid = ""
    if a["paid"]:
        paid = f"""                    <div class="article-paid">
                        <div class="paid-title"><i class="fa fa-lock"></i> 付费阅读</div>
                        <div class="paid-tips">剩余内容需付费阅读，共{sp.chars()}字，已显示约一半</div>
                        <div class="paid-price">价格：<span class="text-danger">¥3.00</span> 或 <span class="text-danger">30</span> 积分</div>
                        <div class="paid-btn"><a href="javascript:;" class="btn btn-primary btn-paynow" data-id="{a['id']}" data-type="archives">立即支付</a> <a href="/cms/p/vip.html" class="btn btn-warning">开通VIP免费查看</a></div>
                        <div class="paid-count">已有 {a['buyers']} 人付费阅读</div>
                    </div>
"""
    page = HEAD + """    <div class="container" id="content-container">
        <div class="row">
            <main class="col-xs-12 col-md-8">
                <div class="panel panel-default article-content">
                    <div class="panel-heading">
                        <ol class="breadcrumb"><li><a href="/cms/">首页</a></li><li><a href="/cms/c/jianghua.html">讲话稿</a></li></ol>
                    </div>
                    <div class="panel-body">
                    <div class="article-metas">
                        <h1 class="metas-title">@@H1@@</h1>
                        <div class="metas-body">
                            <span><i class="fa fa-user"></i> @@AUTHOR@@</span>
                            <span class="time"><i class="fa fa-clock-o"></i> @@TIME@@</span>
                            <span class="views"><i class="fa fa-eye"></i> @@VIEWS@@ 阅读</span>
                            <span class="likes"><i class="fa fa-thumbs-o-up"></i> @@LIKES@@ 点赞</span>
                        </div>
                    </div>
                    <div class="wysiwyg article-text">
@@BODY@@
                    </div>
@@PAID@@                    <div class="article-donate">
                        <a href="javascript:" class="btn btn-primary btn-like btn-lg" data-action="vote" data-type="like" data-id="@@ID@@" data-tag="archives"><i class="fa fa-thumbs-up"></i> 点赞 (<span>@@LIKES@@</span>)</a>
                        <a href="javascript:" class="btn btn-outline-primary btn-donate btn-lg" data-action="donate" data-id="@@ID@@" data-image="/uploads/20230318/donate.png"><i class="fa fa-rmb"></i> 打赏</a>
                    </div>
                    <div class="entry-meta">
                        <ul>
                            <li>本文标签：<a href="/cms/t/讲话稿.html" class="tag" rel="tag">讲话稿</a> <a href="/cms/t/@@TAG@@.html" class="tag" rel="tag">@@TAG@@</a></li>
                            <li>版权声明：本站部分范文由会员上传，仅供学习参考，禁止商用</li>
                            <li>分享到：<a class="share-weibo" href="javascript:;">微博</a> <a class="share-wechat" href="javascript:;">微信</a> <a class="share-qq" href="javascript:;">QQ</a></li>
                        </ul>
                    </div>
                    <div class="entry-prevnext"><div class="row">
                        <div class="col-xs-6">上一篇：<a href="/cms/a/@@OTHER_ID@@.html">@@OTHER_TITLE@@</a></div>
                        <div class="col-xs-6 text-right">下一篇：<a href="/cms/a/401.html">在全区基层党建工作推进会上的讲话</a></div>
                    </div></div>
                    </div>
                </div>
                <div class="related-article">
                    <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">相关文章</h3></div>
                    <div class="panel-body"><ul>
                        <li><a href="/cms/a/@@OTHER_ID@@.html">@@OTHER_TITLE@@</a></li>
                        <li><a href="/cms/a/319.html">在新任职干部培训班上的讲话</a></li>
                    </ul></div></div>
                </div>
                <div class="panel panel-default" id="comments">
                    <div class="panel-heading"><h3 class="panel-title">发表评论 <small>共 0 条评论</small></h3></div>
                    <div class="panel-body"><div class="comment-login">请先 <a href="/index/user/login.html" rel="nofollow">登录</a> 后再发表评论</div></div>
                </div>
            </main>
            <aside class="col-xs-12 col-md-4">
                <div class="panel panel-blockimg"><a href="/cms/p/vip.html"><img src="/uploads/20230318/vip.jpg" class="img-responsive" alt="VIP会员全站免费阅读"></a></div>
                <div class="panel panel-default hot-article"><div class="panel-heading"><h3 class="panel-title">热门文章</h3></div>
                <div class="panel-body"><div class="media media-number"><div class="media-left"><span class="num">1</span></div><div class="media-body"><a href="/cms/a/287.html">民主生活会对照检查材料</a></div></div>
                <div class="media media-number"><div class="media-left"><span class="num">2</span></div><div class="media-body"><a href="/cms/a/301.html">年度述职述廉报告范文</a></div></div></div></div>
            </aside>
        </div>
    </div>
""" + FOOT
    return render(page, TITLE=f"{sp.title} - 讲话稿 - 范文之家", KEYWORDS=f"讲话稿,{sp.title}", DESC=sp.paras[1][:80], CUR="jianghua", ACT="active",
                  H1=sp.title, AUTHOR=a["author"], TIME=a["time"], VIEWS=a["views"], LIKES=a["likes"], BODY=body, PAID=paid, ID=a["id"],
                  TAG="社区" if "社区" in sp.title else "安全生产", OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title), shown


def item(id_, title, date, desc, paid):
    badge = ' <span class="label label-danger">付费</span>' if paid else ""
    return f"""                <article class="article-item">
                    <div class="media"><div class="media-body">
                        <h3 class="article-title"><a href="/cms/a/{id_}.html">{title}</a>{badge}</h3>
                        <div class="article-intro">{desc}</div>
                        <div class="article-tag"><span class="itemtag"><i class="fa fa-clock-o"></i> {date}</span></div>
                    </div></div>
                </article>"""


def channel(items, n):
    if n == 1:
        pg = '<ul class="pagination"><li class="disabled"><span>&laquo;</span></li> <li class="active"><span>1</span></li><li><a href="/cms/c/jianghua.html?page=2">2</a></li> <li><a href="/cms/c/jianghua.html?page=2">&raquo;</a></li></ul>'
    else:
        pg = '<ul class="pagination"><li><a href="/cms/c/jianghua.html?page=1">&laquo;</a></li> <li><a href="/cms/c/jianghua.html?page=1">1</a></li><li class="active"><span>2</span></li> <li class="disabled"><span>&raquo;</span></li></ul>'
    page = HEAD + """    <div class="container" id="content-container">
        <div class="row"><main class="col-xs-12 col-md-8">
            <div class="panel panel-default"><div class="panel-heading"><ol class="breadcrumb"><li><a href="/cms/">首页</a></li><li><a href="/cms/c/jianghua.html">讲话稿</a></li></ol></div>
            <div class="panel-body p-0"><div class="article-list">
@@ITEMS@@
            </div>
            <div class="text-center pager">@@PG@@</div></div></div>
        </main></div>
    </div>
""" + FOOT
    return render(page, TITLE="讲话稿 - 范文之家", KEYWORDS="讲话稿", DESC="讲话稿频道", CUR="jianghua", ACT="active", ITEMS=items, PG=pg)


def build() -> Family:
    fam = Family(HOST, "范文 site on FastAdmin's CMS addon: ##paidbegin## 付费阅读 wall (half shown), hidden anti-copy spans inside paragraphs",
                 query_routes={})
    items = "\n".join(item(a["id"], a["speech"].title, a["time"], a["speech"].paras[1][:60] + "……", a["paid"]) for a in ARTS)
    fam.put("/cms/c/jianghua.html", channel(items, 1))
    items2 = "\n".join([item(319, "在新任职干部培训班上的讲话", "2024-04-10", "新任职干部培训班讲话……", True),
                        item(301, "年度述职述廉报告范文", "2024-01-15", "述职述廉报告……", False)])
    fam.route("/cms/c/jianghua.html?page=2", "/cms/c/jianghua_page2.html", channel(items2, 2))
    fam.route("/cms/c/jianghua.html?page=1", "/cms/c/jianghua_page1.html", channel(items, 1))
    home = HEAD + """    <div class="container" id="content-container">
        <div class="carousel slide carousel-focus"><div class="carousel-inner"><div class="item active"><a href="/cms/p/vip.html"><img src="/uploads/20230318/banner1.jpg" alt="开通VIP 全站付费范文免费看"></a></div></div></div>
        <div class="row"><main class="col-xs-12 col-md-8">
            <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">最新讲话稿 <a href="/cms/c/jianghua.html" class="pull-right">更多</a></h3></div>
            <div class="panel-body p-0"><div class="article-list">
@@ITEMS@@
            </div></div></div>
        </main></div>
    </div>
""" + FOOT
    fam.put("/cms/index.html", render(home, TITLE="范文之家 - 讲话稿_发言稿_范文大全", KEYWORDS="范文,讲话稿", DESC="范文之家", CUR="index", ACT="", ITEMS=items))
    fam.put("/index.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/cms/"><title>范文之家</title></head><body><a href="/cms/">范文之家</a></body></html>\n')
    fam.home = "/cms/"
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index/user/\nDisallow: /addons/\nDisallow: /cms/search.html\n")
    fam.not_documents += ["/cms/", "/cms/c/jianghua.html", "/cms/c/jianghua.html?page=2"]
    for i, a in enumerate(ARTS):
        html_, shown = article(a, ARTS[1 - i])
        path = f"/cms/a/{a['id']}.html"
        fam.put(path, html_)
        if a["paid"]:
            fam.doc([path], a["speech"], truncated=True, text="\n".join(shown))
        else:
            fam.doc([path], a["speech"])
    fam.note = "the 社区 speech is cut at the 付费阅读 wall after about half its text (truncated; expected text is the part shown); hidden display:none spans sit in the middle of paragraphs and are not text"
    fam.noise += ["范文之家www.fanwen-facms-like.test", "本文来自范文之家，转载请注明出处", "fanwen-facms-like.test版权所有", "剩余内容需付费阅读",
                  "立即支付", "开通VIP免费查看", "打赏", "本文标签：", "相关文章", "热门文章", "浙ICP备20019377号-3", "发表评论"]
    return fam
