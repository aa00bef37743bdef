"""An enterprise website on MetInfo 7 (米拓, `metv7` template, pseudo-static off): company news at
`news/shownews.php?id=N` and the list at `news/news.php?class1=2[&page=P]` (query routes; `news/` is
page 1 too), relative `../` links everywhere; the article's `details-title` (date, 发布人, hits
script), the text in `section.met-editor` (UEditor markup: a news preamble, a photo, the speech, a
供稿 line), tags, a share bar, `met-shownews-footer` 上一篇 / 下一篇, the `met-bar` side column,
`met-crumbs` 当前位置, the 在线客服 float box and the footer with 版权所有 and 技术支持：米拓建站."""

from common import SPEECHES, Family

HOST = "www.hengrui-jixie.test"
SITE = "江苏恒锐精密机械股份有限公司"
SHORT = "恒锐精密"

ARTICLES = {
    45: dict(
        speech=SPEECHES["MT1"],
        date="2025-01-20",
        issue="行政部",
        hits=286,
        preamble="1月18日晚，公司2024年度总结表彰暨新春年会在恒锐大酒店隆重举行。公司董事长王立新发表讲话，"
        "回顾了公司过去一年取得的成绩，对2025年重点工作作出部署。现将讲话全文刊发如下：",
        photo=("../upload/202501/1737352210517683.jpg", "年会现场"),
        tail="（行政部　供稿）",
        tags=["年会", "总结表彰"],
        style="p",
    ),
    38: dict(
        speech=SPEECHES["MT2"],
        date="2024-09-27",
        issue="总经办",
        hits=512,
        preamble=None,
        photo=("../upload/202409/1727404321884210.jpg", "新厂区竣工投产仪式现场"),
        tail="（总经办　供稿　摄影：顾晓峰）",
        tags=["新厂区", "竣工投产"],
        style="indent",
    ),
}
# the 公司新闻 column, newest first (8 a page)
NEWS = [
    (47, "恒锐精密荣获“江苏省专精特新中小企业”称号", "2025-02-14"),
    (46, "公司召开2025年安全生产工作会议", "2025-02-10"),
    (45, ARTICLES[45]["speech"].title, "2025-01-20"),
    (44, "恒锐精密2024年度优秀员工名单公示", "2025-01-10"),
    (43, "公司参加2024中国国际工业博览会", "2024-12-02"),
    (42, "恒锐精密与南通职业大学共建实训基地", "2024-11-19"),
    (41, "公司通过IATF16949质量管理体系复审", "2024-11-04"),
    (40, "新厂区智能仓储系统正式上线运行", "2024-10-22"),
    (39, "公司开展“安全生产月”消防应急演练", "2024-10-10"),
    (38, ARTICLES[38]["speech"].title, "2024-09-27"),
    (36, "恒锐精密第三届职工运动会圆满落幕", "2024-09-10"),
    (35, "公司获评南通市五一劳动奖状", "2024-08-21"),
    (33, "恒锐精密越南市场推介会在胡志明市举行", "2024-07-30"),
]
PER_PAGE = 8


def head(title, description, keywords, classnow, id_=""):
    return f"""<!DOCTYPE HTML>
<html class="" >
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,minimal-ui">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="keywords" content="{keywords}">
<meta name="generator" content="MetInfo V7.7" data-variable="http://{HOST}/|cn|cn|metv7|2|{classnow}|{id_}" data-user_name="">
<link href="http://{HOST}/favicon.ico" rel="shortcut icon" type="image/x-icon">
<link rel="stylesheet" type="text/css" href="../public/third-party/web/basic.css?1697509521">
<link rel="stylesheet" type="text/css" href="../public/web/css/metinfo.css?1697509521">
<link rel="stylesheet" type="text/css" href="../templates/metv7/cache/metv7.css?1705370392">
<style>
body{{
    background-color: !important;font-family: !important;}}
h1,h2,h3,h4,h5,h6{{font-family: !important;}}
</style>
<script>(function(){{var t=navigator.userAgent;(t.indexOf("rv:11")>=0||t.indexOf("MSIE 10")>=0)&&document.write("<script src=\\"../public/third-party/html5shiv/html5shiv.min.js\\"><\\/script>")}})();</script>
<!--[if lte IE 9]>
<script src="../public/third-party/html5shiv/html5shiv.min.js"></script>
<![endif]-->
</head>
<!--[if lte IE 9]>
<div class="text-xs-center m-b-0 bg-blue-grey-100 alert">
    <button type="button" class="close" aria-label="Close" data-dismiss="alert">
        <span aria-hidden="true">×</span>
    </button>
    你正在使用一个<strong>过时</strong>的浏览器。请<a href=https://browsehappy.com/ target=_blank>升级您的浏览器</a>，以提高您的体验。</div>
<![endif]-->
<body >
<header class='met-head' m-id='met_head' m-type="head_nav">
    <nav class="navbar navbar-default box-shadow-none met-nav">
        <div class="container">
            <div class="row">
                <div class='met-nav-btn'>
                    <h3 hidden>{SITE}</h3>
                    <div class="navbar-header pull-xs-left">
                        <a href="../" class="met-logo vertical-align block pull-xs-left" title="{SITE}">
                            <div class="vertical-align-middle">
                                <img src="../upload/202301/1673415820.png" alt="{SITE}" class="mblogo" />
                                <img src="../upload/202301/1673415820.png" alt="{SITE}" class="pclogo" />
                            </div>
                        </a>
                    </div>
                    <button type="button" class="navbar-toggler hamburger hamburger-close collapsed p-x-5 p-y-0 met-nav-toggler" data-target="#met-nav-collapse" data-toggle="collapse">
                        <span class="sr-only"></span>
                        <span class="hamburger-bar"></span>
                    </button>
                </div>
                <div class="collapse navbar-collapse navbar-collapse-toolbar pull-md-right p-0" id="met-nav-collapse">
                    <ul class="nav navbar-nav navlist">
                        <li class='nav-item'>
                            <a href="../" title="网站首页" class="nav-link">网站首页</a>
                        </li>
                        <li class='nav-item m-l-0'>
                            <a href="../about/" title="关于我们" class="nav-link ">关于我们</a>
                        </li>
                        <li class='nav-item m-l-0'>
                            <a href="../product/" title="产品中心" class="nav-link ">产品中心</a>
                        </li>
                        <li class="nav-item dropdown m-l-0">
                            <a href="../news/" title="新闻资讯" class="nav-link dropdown-toggle active" data-toggle="dropdown" data-hover="dropdown">新闻资讯<span class="fa fa-angle-down p-l-5"></span></a>
                            <div class="dropdown-menu dropdown-menu-right animate animate-reverse">
                                <a href="../news/" title="全部" class='dropdown-item nav-parent hidden-xl-up active'>全部</a>
                                <a href="../news/news.php?class2=3" title="公司新闻" class='dropdown-item active'>公司新闻</a>
                                <a href="../news/news.php?class2=4" title="行业动态" class='dropdown-item '>行业动态</a>
                            </div>
                        </li>
                        <li class='nav-item m-l-0'>
                            <a href="../job/" title="人才招聘" class="nav-link ">人才招聘</a>
                        </li>
                        <li class='nav-item m-l-0'>
                            <a href="../about/show.php?id=6" title="联系我们" class="nav-link ">联系我们</a>
                        </li>
                    </ul>
                    <div class="metlang m-l-15 pull-md-right">
                        <span id='btn-convert' class="met_navbtn" m-id="lang" m-type="lang">繁体</span>
                    </div>
                </div>
            </div>
        </div>
    </nav>
</header>
<div class="met-banner-ny vertical-align text-center" m-id="banner">
        <h3 class="vertical-align-middle">新闻资讯</h3>
    </div>
<section class="met-crumbs hidden-sm-down" m-id='met_position' m-type='nocontent'>
    <div class="container">
        <div class="row">
            <div class="border-bottom clearfix">
                <ol class="breadcrumb m-b-0 subcolumn-crumbs breadcrumb-arrow">
                    <li class='breadcrumb-item'>
                        当前位置：
                    </li>
                    <li class='breadcrumb-item'>
                        <a href="http://{HOST}/" title="网站首页" class='icon wb-home'>网站首页</a>
                    </li>
                    <li class='breadcrumb-item'>
                        <a href="../news/" title="新闻资讯" class=''>新闻资讯</a>
                    </li>
                    <li class='breadcrumb-item'>
                        <a href="../news/news.php?class2=3" title="公司新闻" class=''>公司新闻</a>
                    </li>
                </ol>
            </div>
        </div>
    </div>
</section>
"""


def bar_column():
    hot = "".join(
        f'<li class="list-group-item">\n                                        <a href="../news/shownews.php?id={i}" title="{t}" target=\'_self\'>{t}</a>\n                                    </li>\n'
        for i, t, _ in NEWS[:5]
    )
    return f"""            <div class="col-md-3">
                <div class="row">
                    <div class="met-bar" m-id="news_bar" m-type="nocontent">
                            <ul class="column list-icons">
                                    <li>
                                        <a href="../news/" title="新闻资讯" class="active" target='_self'><h3 class="font-weight-300">新闻资讯</h3></a>
                                    </li>
                                        <li class="met-bar-son">
                                            <a href="../news/news.php?class2=3" title="公司新闻" class='active'>公司新闻</a>
                                        </li>
                                        <li class="met-bar-son">
                                            <a href="../news/news.php?class2=4" title="行业动态" class=''>行业动态</a>
                                        </li>
                            </ul>
                            <div class="sidebar-news-list recommend">
                                <h3 class=' font-weight-300 m-0'>推荐资讯</h3>
                                <ul class="list-group list-group-bordered m-t-10 m-b-0">
                                    {hot}                                </ul>
                            </div>
                    </div>
                </div>
            </div>
"""


FOOT = f"""<footer class='met-foot-info border-top1' m-id='met_foot' m-type="foot">
    <div class="met-footnav text-xs-center p-b-20" m-id='noset' m-type='foot_nav'>
    <div class="container">
        <div class="row mob-masonry">
            <div class="col-lg-2 col-md-3 col-xs-6 list masonry-item foot-nav">
                <h4 class='font-size-16 m-t-0'>
                    <a href="../about/" title="关于我们">关于我们</a>
                </h4>
                <ul class='ulstyle m-b-0'>
                    <li><a href="../about/show.php?id=2" title="公司简介">公司简介</a></li>
                    <li><a href="../about/show.php?id=5" title="企业文化">企业文化</a></li>
                </ul>
            </div>
            <div class="col-lg-2 col-md-3 col-xs-6 list masonry-item foot-nav">
                <h4 class='font-size-16 m-t-0'>
                    <a href="../news/" title="新闻资讯">新闻资讯</a>
                </h4>
                <ul class='ulstyle m-b-0'>
                    <li><a href="../news/news.php?class2=3" title="公司新闻">公司新闻</a></li>
                    <li><a href="../news/news.php?class2=4" title="行业动态">行业动态</a></li>
                </ul>
            </div>
            <div class="col-lg-3 col-md-12 col-xs-12 info masonry-item font-size-20" m-id='met_contact' m-type="nocontent">
                <p class='font-size-26'>服务热线</p>
                <p><a href="tel:400-818-6688" title="400-818-6688">400-818-6688</a></p>
                <a class="p-r-5" id="met-weixin" data-plugin="webuiPopover" data-trigger="hover" data-animation="pop" data-placement='top' data-width='155' data-padding='0' data-content="<div class='text-xs-center'>
                    <img src='../upload/202301/1673416011.jpg' alt='{SITE}' width='150' height='150' id='met-weixin-img'></div>
                ">
                    <i class="fa fa-weixin light-green-700"></i>
                </a>
            </div>
        </div>
    </div>
</div>
    <div class="copy p-y-10 border-top1">
        <div class="container text-xs-center">
            <div>版权所有 &copy; 2025 {SITE}　本站部分图片来源于网络，如有侵权请联系删除</div>
            <div>地址：江苏省南通市通州区兴东街道恒锐路8号</div>
            <div>电话：0513-86123456　传真：0513-86123457　邮箱：hr@hengrui-jixie.test</div>
            <div><a href="https://beian.miit.gov.cn" target="_blank">苏ICP备12034567号-1</a></div>
            <div class="powered_by_metinfo">技术支持：<b><a rel=noopener href=https://www.mituo.cn target=_blank title=米拓建站>米拓建站 7.7</a></b>&nbsp;&copy;2008-2025&nbsp;<a rel=noopener href=https://www.mituo.cn target=_blank title=米拓建站>mituo.cn</a></div>
                        <button type="button" class="btn btn-outline btn-default btn-squared btn-lang" id='btn-convert' m-id="lang" m-type="lang">繁体</button>
            </div>
        </div>
    </div>
</footer>
<div class="met-menu-list text-xs-center " m-id="noset" m-type="menu">
    <div class="main">
            <div style="background-color: #1e88e5;">
                <a href="../" class="item" style="color: #ffffff;">
                    <i class="icon fa-home"></i>
                    <span>首页</span>
                </a>
            </div>
            <div style="background-color: #1e88e5;">
                <a href="tel:400-818-6688" class="item" style="color: #ffffff;">
                    <i class="icon fa-phone"></i>
                    <span>电话</span>
                </a>
            </div>
    </div>
</div>
<div id="onlinebox" class="onlinebox onlinebox-showbox hide" m-type="online" m-id="online" data-onlinepos="right" data-onlinex="10" data-onliney="100">
    <div class="onlinebox-conbox">
        <div class="onlinebox-top" title="在线客服"><a href="javascript:;" onclick="return onlineclose();" class="onlinebox-close" title="关闭"></a><span>在线客服</span></div>
        <div class="onlinebox-center">
            <dl><dt>销售咨询</dt><dd><a href="http://wpa.qq.com/msgrd?v=3&amp;uin=2851234567&amp;site=qq&amp;menu=yes" target="_blank" rel="nofollow"><img src="../app/app/online/icon/qq.png" alt="销售咨询" />QQ交谈</a></dd></dl>
            <dl><dt>售后服务</dt><dd>0513-86123456</dd></dl>
        </div>
        <div class="onlinebox-bottom"><div class="online-tbox"><p>服务热线：</p><p>400-818-6688</p></div><div class="onlinebox-qr"><img src="../upload/202301/1673416011.jpg" alt="扫一扫" /><p>扫一扫关注我们</p></div></div>
    </div>
</div>
<input type="hidden" name="met_lazyloadbg" value="">
<script src="../cache/lang_json_cn.js?1705370392"></script>
<script src="../public/third-party/web/basic.js?1697509521"></script>
<script src="../public/web/js/metinfo.js?1697509521" data-js_url="../templates/metv7/cache/metv7.js?1705370392" id="met-page-js"></script>
<script src="../app/app/online/web/templates/js/online.js?1697509521"></script>
</body>
</html>
"""


def editor_html(art):
    speech = art["speech"]
    out = []
    font = 'style="font-family: 微软雅黑, MicrosoftYaHei; font-size: 16px;"'
    if art["preamble"]:
        out.append(f'<p style="text-indent: 2em; line-height: 2em;"><span {font}>{art["preamble"]}</span></p>')
    src, alt = art["photo"]
    photo = (
        f'<p style="text-align: center;"><img src="{src}" data-width="800" width="800" data-height="533" '
        f'height="533" title="{alt}" alt="{alt}"/></p>'
    )
    if art["style"] == "p":
        out.append(photo)
        out += [f'<p style="text-indent: 2em; line-height: 2em;"><span {font}>{p}</span></p>' for p in speech.paras]
    else:
        # pasted with full-width indents, the photo after the greeting and first paragraph
        for n, p in enumerate(speech.paras):
            out.append(f'<p style="line-height: 2em;">　　{p}</p>')
            if n == 1:
                out.append(photo)
    out.append(f'<p style="text-align: right; line-height: 2em;"><span {font}>{art["tail"]}</span></p>')
    return "\n".join(out)


def show_page(aid):
    art = ARTICLES[aid]
    speech = art["speech"]
    at = [n[0] for n in NEWS].index(aid)
    newer, older = NEWS[at - 1], NEWS[at + 1]
    tags = "".join(
        f'\n                                        <a href="../search/search.php?class1=&class2=&class3=&searchtype=0&searchword={t}&lang=cn" target=\'_self\' title="{t}">{t}</a>'
        for t in art["tags"]
    )
    return (
        head(
            f"{speech.title}-{SITE}",
            (art["preamble"] or speech.paras[1])[:80],
            ",".join(art["tags"]),
            3,
            aid,
        )
        + f"""<main class="met-shownews animsition">
    <div class="container">
        <div class="row">
        <div class="clearfix">
            <div class="col-md-9 met-shownews-body" m-id="noset">
                <div class="row">
                    <section class="details-title">
                        <h1 class='m-t-10 m-b-5'>{speech.title}</h1>
                        <div class="info font-weight-300">
                            <span>{art['date']}</span>
                            <span>{art['issue']}</span>
                            <span>
                                <i class="icon wb-eye m-r-5" aria-hidden="true"></i>
                                <script type='text/javascript' class='met_hits' data-hits='{art['hits']}' src="../hits/?lang=cn&type=news&vid={aid}&list=0"></script>
                            </span>
                        </div>
                    </section>
                    <section class="met-editor clearfix">
                        {editor_html(art)}
                    </section>
                        <div class="tag-border">
                                <div class="detail_tag font-size-14">
                                    <span>标签：</span>{tags}
                                </div>
                        </div>
                    <div class="met-share text-xs-right p-y-10" m-id="met_share">
                        <span>分享到：</span>
                        <a href="javascript:;" class="share-weixin" data-type="weixin" title="微信"><i class="fa fa-weixin"></i></a>
                        <a href="javascript:;" class="share-weibo" data-type="weibo" title="新浪微博"><i class="fa fa-weibo"></i></a>
                        <a href="javascript:;" class="share-qzone" data-type="qzone" title="QQ空间"><i class="fa fa-qq"></i></a>
                    </div>
                    <div class='met-page met-shownews-footer border-top1' >
                        <ul class="pagination block blocks-2 p-t-20">
                            <li class='page-item m-b-0 '>
                                <a href='../news/shownews.php?id={newer[0]}'  title="{newer[1]}" class='page-link text-truncate'>
                                    上一篇
                                    <span aria-hidden="true" class='hidden-xs-down'>: {newer[1]}</span>
                                </a>
                            </li>
                            <li class='page-item m-b-0 '>
                                <a href='../news/shownews.php?id={older[0]}' title="{older[1]}"  class='page-link pull-xs-right text-truncate'>
                                    下一篇
                                    <span aria-hidden="true" class='hidden-xs-down'>: {older[1]}</span>
                                </a>
                            </li>
                        </ul>
                    </div>
                </div>
            </div>
{bar_column()}            </div>
        </div>
    </div>
</main>
"""
        + FOOT
    )


def pager(page, pages):
    def a(p, text, cls=""):
        return f"<a href='../news/news.php?class1=2&page={p}'{cls}>{text}</a>"

    prev = "<span class='PreSpan'>上一页</span>" if page == 1 else a(page - 1, "上一页", " class='PreA'")
    nxt = "<span class='NextSpan'>下一页</span>" if page == pages else a(page + 1, "下一页", " class='NextA'")
    nums = "".join(a(p, p, " class='Ahover'" if p == page else "") for p in range(1, pages + 1))
    return (
        f"<div class='met_pager'>{prev}{nums}{nxt}<span class='PageText'>转至第</span>"
        f"<input type='text' id='metPageT' data-pageurl='../news/news.php?class1=2&page=|{pages}' value='{page}' />"
        "<input type='button' id='metPageB' value='页' /></div>"
    )


def list_page(page):
    pages = (len(NEWS) + PER_PAGE - 1) // PER_PAGE
    rows = NEWS[(page - 1) * PER_PAGE : page * PER_PAGE]
    descs = {
        45: ARTICLES[45]["preamble"][:60] + "...",
        38: ARTICLES[38]["speech"].paras[1][:60] + "...",
    }
    items = "".join(
        f"""<li class="media media-lg border-bottom1">
	<div class="media-left">
		<a href="../news/shownews.php?id={i}" title="{t}" target=_self>
			<img class="media-object" src="../upload/thumb_src/400_300/{i}.jpg" alt="{t}"></a>
	</div>
	<div class="media-body">
		<h4>
			<a href="../news/shownews.php?id={i}"  title="{t}"  target=_self>{t}</a>
		</h4>
		<p class="des font-weight-300">
			{descs.get(i, t + "。")}
		</p>
		<p class="info font-weight-300">
			<span>{d}</span>
			<span></span>
			<span>
				<i class="icon wb-eye m-r-5 font-weight-300" aria-hidden="true"></i>
				{ARTICLES[i]['hits'] if i in ARTICLES else 100 + i}
			</span>
		</p>
	</div>
</li>
"""
        for i, t, d in rows
    )
    return (
        head(f"公司新闻-{SITE}", f"{SITE}公司新闻", "公司新闻", 3)
        + f"""<section class="met-news animsition">
    <div class="container">
        <div class="row">
            <div class="col-md-9 met-news-body">
                <div class="row">
                    <div class="met-news-list" m-id="noset">
                        <ul class="ulstyle met-pager-ajax imagesize" data-scale='300x400'>
                            {items}                        </ul>
                        <div class='m-t-20 text-xs-center hidden-sm-down' m-type="nosysdata">
                            {pager(page, pages)}
                        </div>
                        <div class="met-pager-ajax-link hidden-md-up" data-plugin="appear" data-animate="slide-bottom" data-repeat="false" m-type="nosysdata">
                            <button type="button" class="btn btn-primary btn-block btn-squared ladda-button" id="met-pager-btn" data-plugin="ladda" data-style="slide-left" data-url="" data-page="{page}">
                                <i class="icon wb-chevron-down m-r-5" aria-hidden="true"></i>
                                查看更多
                            </button>
                        </div>
                    </div>
                </div>
            </div>
{bar_column()}        </div>
    </div>
</section>
"""
        + FOOT
    )


def home():
    rows = "".join(
        f'<li><a href="news/shownews.php?id={i}" title="{t}" target=\'_self\'>{t}</a><span>{d}</span></li>\n'
        for i, t, d in NEWS[:5]
    )
    page = head(SITE, f"{SITE}专业从事精密机械零部件研发、生产和销售", "精密机械,零部件,恒锐", 10001)
    # the home page sits one level up: its links are `news/…`, not `../news/…`
    page = page.replace('href="../', 'href="').replace("src=\"../", 'src="')
    page = page[: page.index('<div class="met-banner-ny')]
    foot = FOOT.replace('href="../', 'href="').replace("src=\"../", 'src="')
    return (
        page
        + f"""<div class="met-index-news met-index-body text-xs-center" m-id="met_index_news">
    <div class="container">
        <h2 class="m-t-0 invisible" data-plugin="appear" data-animate="slide-top" data-repeat="false">新闻资讯</h2>
        <p class="desc m-b-0 font-weight-300 invisible" data-plugin="appear" data-animate="fade" data-repeat="false">了解恒锐最新动态</p>
        <ul class="news-list text-left">
{rows}        </ul>
        <a href="news/" title="新闻资讯" class="btn btn-outline btn-primary">查看更多</a>
    </div>
</div>
"""
        + foot
    )


def build() -> Family:
    fam = Family(HOST, "MetInfo 7 (米拓) enterprise website, metv7 template, dynamic URLs", content_type="text/html; charset=utf-8")
    fam.put("/", home())
    fam.put("/news/", list_page(1))
    fam.route("/news/news.php?class1=2", "news/list_1.html", list_page(1))
    fam.query_routes["/news/news.php?class1=2&page=1"] = "news/list_1.html"
    fam.route("/news/news.php?class1=2&page=2", "news/list_2.html", list_page(2))
    fam.not_documents += ["/", "/news/", "/news/news.php?class1=2&page=2"]
    for aid, art in ARTICLES.items():
        fam.route(f"/news/shownews.php?id={aid}", f"news/show_{aid}.html", show_page(aid))
        fam.query_routes[f"/news/shownews.php?lang=cn&id={aid}"] = f"news/show_{aid}.html"
        fam.doc([f"/news/shownews.php?id={aid}"], art["speech"], published_at=art["date"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /app/\nDisallow: /cache/\n", "ascii")
    fam.noise += [
        "公司董事长王立新发表讲话",
        "现将讲话全文刊发如下",
        "（行政部　供稿）",
        "（总经办　供稿　摄影：顾晓峰）",
        "标签：",
        "分享到：",
        "上一篇",
        "下一篇",
        "推荐资讯",
        "当前位置：",
        "在线客服",
        "扫一扫关注我们",
        "服务热线",
        "版权所有",
        "技术支持：",
        "米拓建站",
        "苏ICP备12034567号-1",
        "公司召开2025年安全生产工作会议",
        "恒锐精密荣获“江苏省专精特新中小企业”称号",
    ]
    fam.note = (
        "All article and list pages are query routes (`news/shownews.php?id=N`, also with `lang=cn&`; "
        "`news/news.php?class1=2[&page=P]`, whose page 1 is also `news/`); links are relative (`../news/…`). "
        "The newer speech follows a news preamble and a photo; the older one, listed only on the list's page 2, "
        "has full-width-space indents and the photo after its second paragraph; both end with a 供稿 line. "
        "published_at is the article's date."
    )
    return fam
