"""County government portal (石桥县人民政府) on ThinkCMF 5.1 (PHP, ThinkPHP 5; portal app URLs
`/portal/list/index/id/<cid>.html`, `?page=2`, articles `/portal/article/index/id/<id>/cid/<cid>.html`)
in a gov skin, whose 领导讲话 column reposts the county's WeChat account (石桥发布) articles as mirrored copies.

The article page keeps the gov furniture (网站标识码, breadcrumbs, `发布时间：… 来源：石桥发布 浏览次数：` line,
字号, 打印, ThinkCMF's 点赞/收藏 buttons, 上一篇/下一篇), and inside `#article_content` the pasted 公众号 body:
135editor `<section>` wrappers, `点击蓝字 关注我们` header with a gif, `原标题：《…》` and
`来源：石桥发布微信公众号` lines, a news preamble (`…以下为讲话全文。`), mmbiz.qpic.cn images with `data-src`,
section headings in styled `<section>` boxes, `<span leaf="">` pieces inside paragraphs, and the account tail
(`编辑：… 审核：…`, 往期推荐, 长按识别二维码关注, 点个在看你最好看) right after the text."""

from common import SPEECHES, Family

HOST = "www.shiqiao.gov.test"
CID = 12
LIST = f"/portal/list/index/id/{CID}.html"

HEAD = """<!DOCTYPE html>
<html>
<head>
    <title>@@TITLE@@ 石桥县人民政府</title>
    <meta name="keywords" content="@@TITLE@@"/>
    <meta name="description" content="@@DESC@@">
    <meta name="SiteName" content="石桥县人民政府">
    <meta name="SiteDomain" content="www.shiqiao.gov.test">
    <meta name="SiteIDCode" content="4309230001">
    <meta name="ColumnName" content="领导讲话">
    <meta name="ColumnType" content="领导讲话">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link href="/themes/shiqiao/public/assets/css/bootstrap.min.css" rel="stylesheet">
    <link href="/static/font-awesome/css/font-awesome.min.css?page=index" rel="stylesheet" type="text/css">
    <link href="/themes/shiqiao/public/assets/css/gov.css?v=2023" rel="stylesheet">
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
    <script src="/themes/shiqiao/public/assets/js/bootstrap.min.js"></script>
</head>
<body class="body-white">
<div class="gov-top"><div class="container">
    <span class="pull-left">石桥县人民政府门户网站</span>
    <span class="pull-right"><a href="javascript:;" id="cniil_wza">无障碍浏览</a> | <a href="/portal/page/index/id/3.html">长者模式</a> | <a href="/portal/search/index.html">站内搜索</a></span>
</div></div>
<div class="gov-header"><div class="container"><a href="/"><img src="/themes/shiqiao/public/assets/images/logo.png" alt="石桥县人民政府"></a>
<form class="navbar-form pull-right" method="post" action="/portal/search/index.html"><input type="text" class="form-control" placeholder="请输入关键字" name="keyword"/><input type="submit" class="btn" value="搜索"></form></div></div>
<nav class="navbar navbar-default gov-nav"><div class="container"><ul class="nav navbar-nav">
    <li class="menu-item"><a href="/">首页</a></li>
    <li class="menu-item"><a href="/portal/list/index/id/2.html">走进石桥</a></li>
    <li class="menu-item active"><a href="/portal/list/index/id/3.html">政务动态</a></li>
    <li class="menu-item"><a href="/portal/list/index/id/5.html">政府信息公开</a></li>
    <li class="menu-item"><a href="/portal/list/index/id/6.html">政务服务</a></li>
    <li class="menu-item"><a href="/portal/list/index/id/8.html">互动交流</a></li>
</ul></div></nav>
<div class="container tc-main">
"""

FOOT = """</div>
<div class="gov-footer"><div class="container">
    <div class="footer-links"><a href="/portal/page/index/id/5.html">网站地图</a> | <a href="/portal/page/index/id/6.html">联系我们</a> | <a href="/portal/page/index/id/7.html">隐私声明</a></div>
    <p>主办：石桥县人民政府办公室　承办：石桥县融媒体中心</p>
    <p>网站标识码：4309230001　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备18021937号-1</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=43092302000108" target="_blank">湘公网安备 43092302000108号</a></p>
    <p><span id="_span_jiucuo"><img onclick="Link('4309230001')" style="margin:0;border:0;cursor:pointer;" src="https://zfwzgl.www.gov.cn/exposure/images/jiucuo.png?v=4309230001"></span>
    <script id="_jiucuo_" sitecode='4309230001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>
    <span id="_ideConac"><script type="text/javascript" src="//dcs.conac.cn/js/18/000/0000/60430012/CA180000000604300120001.js"></script></span></p>
</div></div>
<script src="/static/js/frontend.js"></script>
<script>
    $(function () {
        $("#main-menu li.dropdown").hover(function () { $(this).addClass("open"); }, function () { $(this).removeClass("open"); });
    });
</script>
</body>
</html>
"""


def head(title, desc):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc)


def mmimg(name, ratio="0.5625", w="1080", fmt="jpeg"):
    url = f"https://mmbiz.qpic.cn/mmbiz_{fmt}/Q3auHgzwzM{name}/640?wx_fmt={fmt}"
    return f'<img class="rich_pages wxw-img" data-ratio="{ratio}" data-s="300,640" data-src="{url}" data-type="{fmt}" data-w="{w}" style="width: 100%;height: auto;" src="{url}&amp;tp=webp&amp;wxfrom=5&amp;wx_lazy=1&amp;wx_co=1" _width="100%" />'


def gzh_head(orig):
    return f"""<section style="text-align: center;" data-mpa-powered-by="yiban.io"><section class="_135editor" data-tools="135编辑器" data-id="94122"><section style="margin:10px auto;text-align:center;">{mmimg("6zYqNYCHkVhb4ibz1ZgY", "0.1546", "640", "gif")}</section><section style="font-size:14px;color:#1e6fbf;text-align:center;letter-spacing:2px;"><strong>点击蓝字 关注我们</strong></section></section></section>
<p style="text-align:left;"><span style="font-size:14px;color:#888888;">原标题：《{orig}》</span></p>
<p style="text-align:left;"><span style="font-size:14px;color:#888888;">来源：石桥发布微信公众号</span></p>
"""


def gzh_tail(editor, checker, recs):
    items = "".join(f'<p style="text-align:left;"><span style="font-size:14px;color:#1e6fbf;">▶ {r}</span></p>' for r in recs)
    return f"""<section style="margin:20px 0 10px;"><p style="text-align:right;"><span style="font-size:13px;color:#a5a5a5;">来源：石桥县融媒体中心</span></p>
<p style="text-align:right;"><span style="font-size:13px;color:#a5a5a5;">编辑：{editor}</span></p>
<p style="text-align:right;"><span style="font-size:13px;color:#a5a5a5;">审核：{checker}</span></p></section>
<section class="_135editor" data-tools="135编辑器" data-id="88610"><section style="border-top:1px dashed #1e6fbf;padding-top:10px;"><p style="text-align:center;"><strong><span style="color:#1e6fbf;">往期推荐</span></strong></p>{items}</section></section>
<section style="text-align:center;">{mmimg("5aqD8Y0icx1PnY2", "1", "430", "png")}<p style="text-align:center;"><span style="font-size:12px;color:#888;">长按识别二维码关注我们</span></p><p style="text-align:center;"><span style="font-size:12px;color:#888;">分享、点赞、在看，点个在看你最好看</span></p></section>
"""


def para_plain(p):
    return f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:15px;"><span style="font-size:16px;letter-spacing:1px;">{p}</span></p>'


def para_leaf(p):
    # pieces of one paragraph in <span leaf=""> (the 2023 editor's markup), cut at the first comma
    i = p.find("，")
    parts = [p] if i < 0 else [p[: i + 1], p[i + 1 :]]
    spans = "".join(f'<span leaf="">{x}</span>' for x in parts)
    return f'<section style="text-indent:2em;line-height:1.75em;margin-bottom:16px;"><span style="font-size:15px;color:#3e3e3e;">{spans}</span></section>'


def heading_box(p):
    return f'<section class="_135editor" data-tools="135编辑器" data-id="105247"><section style="margin:20px auto 10px;text-align:center;"><section style="display:inline-block;background:#c00000;padding:4px 15px;border-radius:3px;"><p style="color:#ffffff;font-size:16px;"><strong>{p}</strong></p></section></section></section>'


def wx_body(paras, para, pics):
    out, sec = [], 0
    for p in paras:
        if p[:2] in ("一、", "二、", "三、", "四、"):
            out.append(heading_box(p))
            if sec < len(pics):
                out.append(f'<p style="text-align:center;">{pics[sec]}</p>')
            sec += 1
        else:
            out.append(para(p))
    return "\n".join(out)


def article(aid, title, stamp, hits, content, prev, nxt):
    return head(title, title) + f"""<div class="breadcrumb gov-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/portal/list/index/id/3.html">政务动态</a> &gt; <a href="{LIST}">领导讲话</a></div>
<div class="row">
    <div class="col-md-12">
        <div class="tc-box article-box">
            <h2>{title}</h2>
            <div class="article-infobox">
                <span>发布时间：{stamp}　来源：石桥发布　浏览次数：{hits}</span>
                <span class="pull-right">【字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a>】 <a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></span>
            </div>
            <hr>
            <div id="article_content" class="rich_media_content">
{content}
            </div>
            <div class="article-like">
                <a href="/portal/article/doLike/id/{aid}.html" class="js-count-btn"><i class="fa fa-thumbs-up"></i><span class="count">{hits // 97}</span></a>
                <a href="/user/favorite/add.html" class="js-favorite-btn" data-title="{title}" data-url="/portal/article/index/id/{aid}/cid/{CID}.html" data-table="portal_post" data-id="{aid}"><i class="fa fa-star-o"></i></a>
            </div>
            <div class="prev-next">
                <p>上一篇：{prev}</p>
                <p>下一篇：{nxt}</p>
            </div>
            <div class="share-bar">分享到：<a href="javascript:;" class="share-wx">微信</a> <a href="javascript:;" class="share-wb">微博</a> <a href="javascript:;" class="share-qq">QQ空间</a></div>
        </div>
    </div>
</div>
""" + FOOT


def listing(rows, page):
    lis = "\n".join(f'<li><a href="/portal/article/index/id/{i}/cid/{CID}.html" target="_blank">{t}</a><span class="pull-right">{d}</span></li>' for i, t, d in rows)
    if page == 1:
        pager = f'<ul class="pagination"><li class="disabled"><span>&laquo;</span></li> <li class="active"><span>1</span></li><li><a href="{LIST}?page=2">2</a></li> <li><a href="{LIST}?page=2">&raquo;</a></li></ul>'
    else:
        pager = f'<ul class="pagination"><li><a href="{LIST}?page=1">&laquo;</a></li> <li><a href="{LIST}?page=1">1</a></li><li class="active"><span>2</span></li> <li class="disabled"><span>&raquo;</span></li></ul>'
    return head("领导讲话", "领导讲话") + f"""<div class="breadcrumb gov-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/portal/list/index/id/3.html">政务动态</a> &gt; <a href="{LIST}">领导讲话</a></div>
<div class="row"><div class="col-md-3"><div class="gov-side"><h3>政务动态</h3><ul><li><a href="/portal/list/index/id/10.html">石桥要闻</a></li><li><a href="/portal/list/index/id/11.html">部门动态</a></li><li class="active"><a href="{LIST}">领导讲话</a></li></ul></div></div>
<div class="col-md-9"><div class="tc-box"><div class="headtitle"><h2>领导讲话</h2></div>
<ul class="gov-list">
{lis}
</ul>
<div class="pagination-wrap">{pager}</div>
</div></div></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "county government portal on ThinkCMF 5.1 (portal app) reposting its WeChat account's articles (mirrored 公众号 bodies)",
                 content_type="text/html; charset=utf-8")
    s5, s6 = SPEECHES["f52b-5"], SPEECHES["f52b-6"]
    A5, A6 = 1286, 1432
    u5, u6 = f"/portal/article/index/id/{A5}/cid/{CID}.html", f"/portal/article/index/id/{A6}/cid/{CID}.html"
    t5 = "王建平在全县招商引资暨重点项目建设推进大会上的讲话"
    t6 = "刘志强在全县防汛抗旱工作会议上的讲话"
    pre5 = para_plain("2月26日，全县招商引资暨重点项目建设推进大会召开。县委副书记、县长王建平出席会议并讲话。以下为讲话全文。")
    pics5 = [mmimg("ibIU7cYxVzQ3mH0"), mmimg("ibIU7cYxVzQ3nK2")]
    c5 = (gzh_head("一年之计在于春！县长王建平：全力以赴抓招商、上项目") + pre5 + "\n"
          + f'<p style="text-align:center;">{mmimg("ibIU7cYxVzQ3a91")}</p>\n'
          + wx_body(s5.paras, para_plain, pics5) + "\n"
          + gzh_tail("唐诗雨", "何文斌", ["石桥县2024年重点项目集中开工", "县长王建平赴长沙开展招商活动"]))
    fam.put(u5, article(A5, t5, "2024-02-27 10:21:35", 3127, c5, "没有了",
                        f'<a href="/portal/article/index/id/1301/cid/{CID}.html">县政府召开第36次常务会议</a>'))
    fam.doc([u5], s5, title=t5, published_at="2024-02-26")
    pre6 = para_leaf("5月30日，全县防汛抗旱工作会议召开。县委书记刘志强出席会议并讲话，县委副书记、县长王建平主持。")
    pics6 = [mmimg("dKf3PZq8Xc0aB7"), mmimg("dKf3PZq8Xc0aC1"), mmimg("dKf3PZq8Xc0aD5")]
    c6 = (gzh_head("县委书记刘志强：防汛责任重于泰山，确保全县安全度汛！") + pre6 + "\n"
          + wx_body(s6.paras, para_leaf, pics6) + "\n"
          + gzh_tail("龙晓婷", "何文斌", ["全县开展汛前水库安全大检查", "石桥县防汛抢险应急演练举行"]))
    fam.put(u6, article(A6, t6, "2024-05-31 08:46:02", 2215, c6,
                        f'<a href="/portal/article/index/id/1301/cid/{CID}.html">县政府召开第36次常务会议</a>', "没有了"))
    fam.doc([u6], s6, title=t6, published_at="2024-05-30")

    fam.put(f"/portal/article/index/id/1301/cid/{CID}.html", article(1301, "县政府召开第36次常务会议", "2024-03-12 17:30:00", 988,
            para_plain("（内容略）"), f'<a href="{u5}">{t5}</a>', f'<a href="{u6}">{t6}</a>'))
    rows1 = [(A6, t6, "2024-05-31"), (1301, "县政府召开第36次常务会议", "2024-03-12")]
    rows2 = [(A5, t5, "2024-02-27"), (1107, "王建平在县十八届人大四次会议上作政府工作报告", "2024-01-15")]
    fam.put(LIST, listing(rows1, 1))
    fam.route(f"{LIST}?page=2", f"/portal/list/index/id/{CID}_p2.html", listing(rows2, 2))
    fam.route(f"{LIST}?page=1", f"/portal/list/index/id/{CID}_p1.html", listing(rows1, 1))
    fam.put(f"/portal/article/index/id/1107/cid/{CID}.html", article(1107, "王建平在县十八届人大四次会议上作政府工作报告", "2024-01-15 11:00:00", 1530,
            para_plain("（全文见政府信息公开专栏）"), "没有了", "没有了"))
    home = head("首页", "石桥县人民政府门户网站") + f"""<div class="row">
<div class="col-md-6"><div class="gov-focus"><a href="{u6}"><img src="/upload/portal/20240531/8a2f1c0e7d9b4c3e.jpg" alt="{t6}"><p>{t6}</p></a></div></div>
<div class="col-md-6"><div class="tc-box"><div class="headtitle"><a href="{LIST}" class="pull-right">更多&gt;&gt;</a><h2>领导讲话</h2></div>
<ul class="gov-list"><li><a href="{u6}">{t6}</a><span class="pull-right">05-31</span></li><li><a href="/portal/article/index/id/1301/cid/{CID}.html">县政府召开第36次常务会议</a><span class="pull-right">03-12</span></li></ul></div></div>
</div>
<div class="row"><div class="col-md-12"><div class="gov-wx">关注“石桥发布”微信公众号　<img src="/upload/portal/qrcode_sqfb.jpg" alt="石桥发布"></div></div></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /api/\n")
    fam.not_documents += ["/", LIST, f"{LIST}?page=2"]
    fam.noise += ["点击蓝字", "原标题：", "来源：石桥发布微信公众号", "以下为讲话全文", "县长王建平主持", "编辑：唐诗雨", "审核：何文斌", "往期推荐", "长按识别二维码", "点个在看", "浏览次数：", "上一篇："]
    return fam
