"""Hexo 5 blog with the hexo-theme-matery 2.0 theme (blinkfox), hexo-permalink-pinyin slugs, UTF-8.

Home `/` (the `bg-cover` banner with the 梦想 line, `article-row` cards: `card-image` with
`span.card-title`, `summary block-with-text` abstract, `publish-info` date / category, `article-tags`
chips; the round `paging` buttons with `1 / 2`) → `/page/2/` (the older post) and `/archives/`;
posts `/YYYY/MM/DD/<pinyin-slug>/`: the `post-cover` banner holding `h1.post-title`,
`card-content article-info` with tag chips, category, `post-info` (发布日期 / 更新日期 / 文章字数 1k /
阅读时长 4 分 / busuanzi 阅读次数), the Markdown output in `div#articleContent` (a `blockquote`
写在前面 and `h2` headings of the blogger's own before the speech, a closing note after it), the
`reprint` box (文章作者 / 文章链接 / 版权声明 CC BY 4.0), the copy toast script, `social-share`,
the red `赏` button with its `rewardModal` (支付宝 / 微 信 QR codes), the Valine box, `prenext-posts`
cards whose summaries repeat the other post's opening, and `toc-aside` with the 目录 widget (filled
by tocbot in the browser) and the floating 目录 button."""

from common import SPEECHES, Family

HOST = "blog.qiaomu-matery-like.test"
BLOG = "乔木的小站"
AUTHOR = "乔木"
P1 = "/2023/10/28/zai-kai-yuan-she-qu-nian-du-gong-xian-zhe-da-hui-shang-de-fa-yan/"
P2 = "/2022/06/25/yan-jiu-sheng-bi-ye-dian-li-dao-shi-dai-biao-fa-yan-gao/"

HEAD = """<!DOCTYPE HTML>
<html lang="zh-CN">


<head>
    <meta charset="utf-8">
    <meta name="keywords" content="@@KW@@">
    <meta name="description" content="@@DESC@@">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
    <meta name="renderer" content="webkit|ie-stand|ie-comp">
    <meta name="mobile-web-app-capable" content="yes">
    <meta name="format-detection" content="telephone=no">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="black-translucent">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <!-- Global site tag (gtag.js) - Google Analytics -->


    <title>@@TITLE@@</title>
    <link rel="icon" type="image/png" href="/favicon.png">

    <link rel="stylesheet" type="text/css" href="/libs/awesome/css/all.min.css">
    <link rel="stylesheet" type="text/css" href="/libs/materialize/materialize.min.css">
    <link rel="stylesheet" type="text/css" href="/libs/aos/aos.css">
    <link rel="stylesheet" type="text/css" href="/libs/animate/animate.min.css">
    <link rel="stylesheet" type="text/css" href="/libs/lightGallery/css/lightgallery.min.css">
    <link rel="stylesheet" type="text/css" href="/css/matery.css">
    <link rel="stylesheet" type="text/css" href="/css/my.css">

    <script src="/libs/jquery/jquery-3.6.0.min.js"></script>

<meta name="generator" content="Hexo 5.4.2">
<link rel="alternate" href="/atom.xml" title="乔木的小站" type="application/atom+xml">
</head>


<body>
    <header class="navbar-fixed">
    <nav id="headNav" class="bg-color nav-transparent">
        <div id="navContainer" class="nav-wrapper container">
            <div class="brand-logo">
                <a href="/" class="waves-effect waves-light">
                    <img src="/medias/logo.png" class="logo-img" alt="LOGO">
                    <span class="logo-span">乔木的小站</span>
                </a>
            </div>
            <a href="#" data-target="mobile-nav" class="sidenav-trigger button-collapse"><i class="fas fa-bars"></i></a>
<ul class="right nav-menu">
  <li class="hide-on-med-and-down nav-item"><a href="/" class="waves-effect waves-light"><i class="fas fa-home" style="zoom: 0.6;"></i><span>首页</span></a></li>
  <li class="hide-on-med-and-down nav-item"><a href="/tags" class="waves-effect waves-light"><i class="fas fa-tags" style="zoom: 0.6;"></i><span>标签</span></a></li>
  <li class="hide-on-med-and-down nav-item"><a href="/categories" class="waves-effect waves-light"><i class="fas fa-bookmark" style="zoom: 0.6;"></i><span>分类</span></a></li>
  <li class="hide-on-med-and-down nav-item"><a href="/archives" class="waves-effect waves-light"><i class="fas fa-archive" style="zoom: 0.6;"></i><span>归档</span></a></li>
  <li class="hide-on-med-and-down nav-item"><a href="/about" class="waves-effect waves-light"><i class="fas fa-user-circle" style="zoom: 0.6;"></i><span>关于</span></a></li>
  <li class="hide-on-med-and-down nav-item"><a href="/friends" class="waves-effect waves-light"><i class="fas fa-address-book" style="zoom: 0.6;"></i><span>友情链接</span></a></li>
  <li><a href="#searchModal" class="modal-trigger waves-effect waves-light"><i id="searchIcon" class="fas fa-search" title="搜索" style="zoom: 0.85;"></i></a></li>
  <li><a href="javascript:;" class="waves-effect waves-light" onclick="switchNightMode()" title="深色/浅色模式" ><i id="sum-moon-icon" class="fas fa-sun" style="zoom: 0.85;"></i></a></li>
</ul>
        </div>
    </nav>
</header>

"""

FOOT = """
<footer class="page-footer bg-color">
    <div class="container row center-align" style="margin-bottom: 0px !important;">
        <div class="col s12 m8 l8 copy-right">
            Copyright&nbsp;&copy;
            <span id="year">2019-2023</span>
            <a href="/about" target="_blank">乔木</a>
            |&nbsp;Powered by&nbsp;<a href="https://hexo.io/" target="_blank">Hexo</a>
            |&nbsp;Theme&nbsp;<a href="https://github.com/blinkfox/hexo-theme-matery" target="_blank">Matery</a>
            <br>
            &nbsp;<i class="fas fa-chart-area"></i>&nbsp;站点总字数:&nbsp;<span class="white-color">86.3k</span>
            <span id="busuanzi_container_site_pv">
                |&nbsp;<i class="far fa-eye"></i>&nbsp;总访问量:&nbsp;<span id="busuanzi_value_site_pv" class="white-color"></span>
            </span>
            <span id="busuanzi_container_site_uv">
                |&nbsp;<i class="fas fa-users"></i>&nbsp;总访问人数:&nbsp;<span id="busuanzi_value_site_uv" class="white-color"></span>
            </span>
            <br>
            <span id="sitetime">载入运行时间...</span>
            <script>
                function siteTime() {
                    var seconds = 1000, minutes = seconds * 60, hours = minutes * 60, days = hours * 24, years = days * 365;
                    var diff = new Date() - new Date("2019/03/01 00:00:00");
                    document.getElementById("sitetime").innerHTML = "本站已运行 " + Math.floor(diff / days) + " 天";
                }
                setInterval(siteTime, 1000);
            </script>
            <br>
            <span id="icp"><img src="/medias/icp.png" style="vertical-align: text-bottom;"><a href="https://beian.miit.gov.cn" target="_blank">浙ICP备19012345号-1</a></span>
        </div>
        <div class="col s12 m4 l4 social-link social-statis">
    <a href="https://github.com/qiaomu-dev" class="tooltipped" target="_blank" data-tooltip="访问我的GitHub" data-position="top" data-delay="50"><i class="fab fa-github"></i></a>
    <a href="mailto:qiaomu@example.test" class="tooltipped" target="_blank" data-tooltip="邮件联系我" data-position="top" data-delay="50"><i class="fas fa-envelope-open"></i></a>
    <a href="/atom.xml" class="tooltipped" target="_blank" data-tooltip="RSS 订阅" data-position="top" data-delay="50"><i class="fas fa-rss"></i></a>
</div>
    </div>
</footer>

<div class="progress-bar"></div>

<!-- 搜索遮罩框 -->
<div id="searchModal" class="modal">
    <div class="modal-content">
        <div class="search-header">
            <span class="title"><i class="fas fa-search"></i>&nbsp;&nbsp;搜索</span>
            <input type="search" id="searchInput" name="s" placeholder="请输入搜索的关键字" class="search-input">
        </div>
        <div id="searchResult"></div>
    </div>
</div>
<script type="text/javascript">
$(function () {
    searchFunc("/search.xml", 'searchInput', 'searchResult');
});
</script>

<!-- 白天和黑夜主题 -->
<div class="stars-con">
    <div id="stars"></div>
    <div id="stars2"></div>
    <div id="stars3"></div>
</div>

<!-- 回到顶部按钮 -->
<div id="backTop" class="top-scroll">
    <a class="btn-floating btn-large waves-effect waves-light" href="#!">
        <i class="fas fa-arrow-up"></i>
    </a>
</div>

<script src="/libs/materialize/materialize.min.js"></script>
<script src="/libs/masonry/masonry.pkgd.min.js"></script>
<script src="/libs/aos/aos.js"></script>
<script src="/libs/scrollprogress/scrollProgress.min.js"></script>
<script src="/libs/lightGallery/js/lightgallery-all.min.js"></script>
<script src="/js/matery.js"></script>
<script async src="/libs/others/busuanzi.pure.mini.js"></script>
<script src="/libs/instantpage/instantpage.js" type="module"></script>
</body>

</html>
"""


def head(title, kw, desc):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)


POSTS = {
    P1: {
        "title": "在开源社区年度贡献者大会上的发言",
        "date": "2023-10-28",
        "updated": "2023-10-29",
        "cat": ("活动", "huo-dong"),
        "tags": [("开源", "kai-yuan"), ("演讲", "yan-jiang")],
        "cover": 7,
        "words": "1k",
        "mins": 4,
        "key": "f54c-3",
        "lead": "上周六去参加了社区的年度贡献者大会，作为今年暑期开源实践的导师代表上台讲了几分钟。下面是发言的原稿，现场讲的时候临时删了两句。",
        "abstract": "上周六去参加了社区的年度贡献者大会，作为今年暑期开源实践的导师代表上台讲了几分钟，记录一下发言稿。",
        "after": "讲完下来，三位同学请我喝了一杯奶茶，这大概是今年收到的最好的评审意见了。",
    },
    P2: {
        "title": "研究生毕业典礼导师代表发言稿",
        "date": "2022-06-25",
        "updated": "2022-06-26",
        "cat": ("随笔", "sui-bi"),
        "tags": [("毕业", "bi-ye"), ("演讲", "yan-jiang")],
        "cover": 3,
        "words": "1k",
        "mins": 4,
        "key": "f54c-4",
        "lead": "今天学院办了毕业典礼，我被安排作为导师代表发言。稿子改了四遍，最后还是决定多讲几句实在话。",
        "abstract": "今天学院办了毕业典礼，我被安排作为导师代表发言，稿子改了四遍，放在这里存档。",
        "after": "典礼结束以后和组里的同学拍了合影，又一届送走了。",
    },
}
ORDER = [P1, P2]


def card(path, info, cls="article col s12 m6 l4"):
    tags = "".join(f'<a href="/tags/{slug}/"><span class="chip bg-color">{name}</span></a>' for name, slug in info["tags"])
    return f"""<div class="{cls}" data-aos="zoom-in">
    <div class="card">
        <a href="{path}">
            <div class="card-image">
                <img src="/medias/featureimages/{info['cover']}.jpg" class="responsive-img" alt="{info['title']}">
                <span class="card-title">{info['title']}</span>
            </div>
        </a>
        <div class="card-content article-content">
            <div class="summary block-with-text">
                {info['abstract']}
            </div>
            <div class="publish-info">
                <span class="publish-date">
                    <i class="far fa-clock fa-fw icon-date"></i>{info['date']}
                </span>
                <span class="publish-author">
                    <i class="fas fa-bookmark fa-fw icon-category"></i>
                    <a href="/categories/{info['cat'][1]}/" class="post-category">{info['cat'][0]}</a>
                </span>
            </div>
        </div>
        <div class="card-action article-tags">
            {tags}
        </div>
    </div>
</div>"""


def article(path, info):
    sp = SPEECHES[info["key"]]
    url = f"https://{HOST}{path}"
    tags = "".join(f'<a href="/tags/{slug}/"><span class="chip bg-color">{name}</span></a>' for name, slug in info["tags"])
    body = "\n".join(f"<p>{p}</p>" for p in sp.paras)
    content = f"""<blockquote>
<p>写在前面：{info['lead']}</p>
</blockquote>
<h2 id="发言全文"><a href="#发言全文" class="headerlink" title="发言全文"></a>发言全文</h2>
{body}
<h2 id="后记"><a href="#后记" class="headerlink" title="后记"></a>后记</h2><p>{info['after']}</p>
"""
    other = P2 if path == P1 else P1
    oi = POSTS[other]
    label = ("下一篇", "right-badge", "fas fa-chevron-right") if path == P1 else ("上一篇", "left-badge", "fas fa-chevron-left")
    prenext = f"""<article id="prenext-posts" class="prev-next articles">
    <div class="row article-row">
        <div class="article col s12 m6" data-aos="fade-up">
            <div class="article-badge {label[1]} text-color">
                {'本篇&nbsp;' if False else ''}{label[0]}&nbsp;<i class="{label[2]}"></i>
            </div>
            <div class="card">
                <a href="{other}">
                    <div class="card-image">
                        <img src="/medias/featureimages/{oi['cover']}.jpg" class="responsive-img" alt="{oi['title']}">
                        <span class="card-title">{oi['title']}</span>
                    </div>
                </a>
                <div class="card-content article-content">
                    <div class="summary block-with-text">
                        {oi['abstract']}
                    </div>
                    <div class="publish-info">
                        <span class="publish-date">
                            <i class="far fa-clock fa-fw icon-date"></i>{oi['date']}
                        </span>
                        <span class="publish-author">
                            <i class="fas fa-user fa-fw"></i>
                            乔木
                        </span>
                    </div>
                </div>
            </div>
        </div>
    </div>
</article>"""
    page = head(f"{info['title']} | {BLOG}", ",".join(t for t, _ in info["tags"]), info["abstract"]) + f"""



<div class="bg-cover pd-header post-cover" style="background-image: url('/medias/featureimages/{info['cover']}.jpg')">
    <div class="container" style="right: 0px;left: 0px;">
        <div class="row">
            <div class="col s12 m12 l12">
                <div class="brand">
                    <h1 class="description center-align post-title">{info['title']}</h1>
                </div>
            </div>
        </div>
    </div>
</div>




<main class="post-container content">

    <link rel="stylesheet" href="/libs/tocbot/tocbot.css">
<style>
    #articleContent h1::before,
    #articleContent h2::before,
    #articleContent h3::before {{
        display: block;
        content: " ";
        height: 100px;
        margin-top: -100px;
        visibility: hidden;
    }}
    #toc-content .is-active-link::before {{
        background-color: #42b983;
    }}
</style>
<div class="row">
    <div id="main-content" class="col s12 m12 l9">
        <!-- 文章内容详情 -->
<div id="artDetail">
    <div class="card">
        <div class="card-content article-info">
            <div class="row tag-cate">
                <div class="col s7">
                    <div class="article-tag">
                        {tags}
                    </div>
                </div>
                <div class="col s5 right-align">
                    <div class="post-cate">
                        <i class="fas fa-bookmark fa-fw icon-category"></i>
                        <a href="/categories/{info['cat'][1]}/" class="post-category">
                                {info['cat'][0]}
                            </a>
                    </div>
                </div>
            </div>

            <div class="post-info">
                <div class="post-date info-break-policy">
                    <i class="far fa-calendar-minus fa-fw"></i>发布日期:&nbsp;&nbsp;
                    {info['date']}
                </div>
                <div class="post-date info-break-policy">
                    <i class="far fa-calendar-check fa-fw"></i>更新日期:&nbsp;&nbsp;
                    {info['updated']}
                </div>
                <div class="info-break-policy">
                    <i class="far fa-file-word fa-fw"></i>文章字数:&nbsp;&nbsp;
                    {info['words']}
                </div>
                <div class="info-break-policy">
                    <i class="far fa-clock fa-fw"></i>阅读时长:&nbsp;&nbsp;
                    {info['mins']} 分
                </div>
                <div id="busuanzi_container_page_pv" class="info-break-policy">
                    <i class="far fa-eye fa-fw"></i>阅读次数:&nbsp;&nbsp;
                    <span id="busuanzi_value_page_pv"></span>
                </div>
            </div>
        </div>
        <hr class="clearfix">

        <div class="card-content article-card-content">
            <div id="articleContent">
                {content}
            </div>
            <hr/>

            <div class="reprint" id="reprint-statement">
                <div class="reprint__author">
                    <span class="reprint-meta" style="font-weight: bold;">
                        <i class="fas fa-user">
                            文章作者:
                        </i>
                    </span>
                    <span class="reprint-info">
                        <a href="/about" rel="external nofollow noreferrer">乔木</a>
                    </span>
                </div>
                <div class="reprint__type">
                    <span class="reprint-meta" style="font-weight: bold;">
                        <i class="fas fa-link">
                            文章链接:
                        </i>
                    </span>
                    <span class="reprint-info">
                        <a href="{url}">{url}</a>
                    </span>
                </div>
                <div class="reprint__notice">
                    <span class="reprint-meta" style="font-weight: bold;">
                        <i class="fas fa-copyright">
                            版权声明:
                        </i>
                    </span>
                    <span class="reprint-info">
                        本博客所有文章除特別声明外，均采用
                        <a href="https://creativecommons.org/licenses/by/4.0/deed.zh" rel="external nofollow noreferrer" target="_blank">CC BY 4.0</a>
                        许可协议。转载请注明来源
                        <a href="/about" target="_blank">乔木</a>
                        !
                    </span>
                </div>
            </div>
            <script async defer>
      document.addEventListener("copy", function (e) {{
        let toastHTML = '<span>复制成功，请遵循本文的转载规则</span><button class="btn-flat toast-action" onclick="navToReprintStatement()" style="font-size: smaller">查看</a>';
        M.toast({{html: toastHTML}})
      }});

      function navToReprintStatement() {{
        $("html, body").animate({{scrollTop: $("#reprint-statement").offset().top - 80}}, 800);
      }}
    </script>

            <div class="tag_share" style="display: block;">
                <div class="post-meta__tag-list" style="display: inline-block;">
                    <div class="article-tag">
                        {tags}
                    </div>
                </div>
                <div class="post_share" style="zoom: 80%; width: fit-content; display: inline-block; float: right; margin: -0.15rem 0;">
                    <link rel="stylesheet" type="text/css" href="/libs/share/css/share.min.css">
<div id="article-share">
    <div class="social-share" data-sites="qq,qzone,wechat,weibo,douban" data-wechat-qrcode-helper="<p>微信扫一扫即可分享！</p>"></div>
    <script src="/libs/share/js/social-share.min.js"></script>
</div>
                </div>
            </div>

                <style>
    #reward {{
        margin: 40px 0;
        text-align: center;
    }}
    #reward .reward-link {{
        font-size: 1.4rem;
        line-height: 38px;
    }}
</style>

<div id="reward">
    <a href="#rewardModal" class="reward-link modal-trigger btn-floating btn-medium waves-effect waves-light red">赏</a>

    <!-- Modal Structure -->
    <div id="rewardModal" class="modal">
        <div class="modal-content">
            <a class="close modal-close"><i class="fas fa-times"></i></a>
            <h4 class="reward-title">你的赏识是我前进的动力</h4>
            <div class="reward-content">
                <div class="reward-tabs">
                    <ul class="tabs row">
                        <li class="tab col s6 alipay-tab waves-effect waves-light"><a href="#alipay">支付宝</a></li>
                        <li class="tab col s6 wechat-pay-tab waves-effect waves-light"><a href="#wechat">微 信</a></li>
                    </ul>
                    <div id="alipay">
                        <img src="/medias/reward/alipay.jpg" class="reward-img" alt="支付宝打赏二维码">
                    </div>
                    <div id="wechat">
                        <img src="/medias/reward/wechat.png" class="reward-img" alt="微信打赏二维码">
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>

<script>
    $(function () {{
        $('.tabs').tabs();
    }});
</script>

        </div>
    </div>

    <div class="card" data-aos="fade-up">
    <div id="vcomments" class="card-content" style="display: grid">
    </div>
</div>
<script src="/libs/valine/av-min.js"></script>
<script src="/libs/valine/Valine.min.js"></script>
<script>
    new Valine({{
        el: '#vcomments',
        appId: 'qMw3xZ0kYh8fN2aB-gzGzoHsz',
        appKey: 'Tn4cS1aJv9XbGkQe7uLrW2pD',
        notify: 'false' === 'true',
        verify: 'false' === 'true',
        visitor: 'true' === 'true',
        avatar: 'mm',
        pageSize: '10',
        lang: 'zh-cn',
        placeholder: '留下你的评论吧～（填写邮箱可以收到回复通知）'
    }});
</script>

{prenext}
</div>
    </div>

    <div id="toc-aside" class="expanded col l3 hide-on-med-and-down">
        <div class="toc-widget card" style="background-color: white;">
            <div class="toc-title"><i class="far fa-list-alt"></i>&nbsp;&nbsp;目录</div>
            <div id="toc-content"></div>
        </div>
    </div>
</div>

<!-- TOC 悬浮按钮. -->

<div id="floating-toc-btn" class="hide-on-med-and-down">
    <a class="btn-floating btn-large bg-color">
        <i class="fas fa-list-ul"></i>
    </a>
</div>


<script src="/libs/tocbot/tocbot.min.js"></script>
<script>
    $(function () {{
        tocbot.init({{
            tocSelector: '#toc-content',
            contentSelector: '#articleContent',
            headingsOffset: -($(window).height() * 0.4 - 45),
            collapseDepth: Number('0'),
            headingSelector: 'h2, h3, h4'
        }});
    }});
</script>

</main>

""" + FOOT
    return page


def listing(cards, cur):
    prev = (
        '<a href="/" class="left btn-floating btn-large waves-effect waves-light bg-color"><i class="fas fa-chevron-left"></i></a>'
        if cur == 2
        else '<a class="left btn-floating btn-large disabled"><i class="fas fa-chevron-left"></i></a>'
    )
    nxt = (
        '<a href="/page/2/" class="right btn-floating btn-large waves-effect waves-light bg-color"><i class="fas fa-chevron-right"></i></a>'
        if cur == 1
        else '<a class="right btn-floating btn-large disabled"><i class="fas fa-chevron-right"></i></a>'
    )
    return f"""<div class="container paging">
    <div class="row">
        <div class="col s6 m4 l4">
            {prev}
        </div>
        <div class="page-info col m4 l4 hide-on-small-only">
            <div class="center-align b-text-gray">{cur} / 2</div>
        </div>
        <div class="right-align col s6 m4 l4">
            {nxt}
        </div>
    </div>
</div>"""


def index_page(cards, cur):
    banner = """<div class="carousel carousel-slider center index-cover" data-indicators="true" style="margin-top: -64px;">
    <div class="carousel-item red white-text bg-cover about-cover">
        <div class="container">
            <div class="row">
                <div class="col s10 offset-s1 m8 offset-m2 l8 offset-l2">
                    <div class="brand">
                        <div class="title center-align">乔木的小站</div>
                        <div class="description center-align"><span id="subtitle"></span></div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<script src="/libs/typed/typed.js"></script>
<script>
    var typed = new Typed("#subtitle", {
        strings: ['写代码，带学生，偶尔写点字。', '种一棵树最好的时间是十年前，其次是现在。'],
        startDelay: 300, typeSpeed: 100, loop: true, backSpeed: 50, showCursor: true
    });
</script>
""" if cur == 1 else """<div class="bg-cover pd-header about-cover">
    <div class="container">
        <div class="row">
            <div class="col s10 offset-s1 m8 offset-m2 l8 offset-l2">
                <div class="brand">
                    <div class="title center-align">乔木的小站</div>
                </div>
            </div>
        </div>
    </div>
</div>
"""
    dream = """<div id="indexCard" class="index-card">
    <div class="card">
        <div class="card-content">
            <div class="dream">
                <div class="title center-align"><i class="far fa-lightbulb"></i>&nbsp;&nbsp;我的梦想</div>
                <div class="row">
                    <div class="col l8 offset-l2 m10 offset-m1 s10 offset-s1 center-align text">
                        写一点有用的代码，教几个好学生。
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
""" if cur == 1 else ""
    title = BLOG if cur == 1 else f"第 2 页 | {BLOG}"
    return head(title, "乔木,博客,开源,教学", "乔木的个人博客：编程、开源与教学随笔") + banner + f"""
<main class="content">
{dream}
<!-- 所有文章卡片 -->
<article id="articles" class="container articles">
    <div class="row article-row">
{cards}
    </div>
</article>
{listing(cards, cur)}
</main>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "Hexo 5 blog, hexo-theme-matery 2.0 (zh-CN), hexo-permalink-pinyin slugs")
    others1 = [
        ("/2023/09/16/go-yu-yan-ri-zhi-cai-yang-de-ji-zhong-shi-xian/", {"title": "Go 语言日志采样的几种实现", "abstract": "最近给社区的日志组件加采样，顺手比较了几种常见的实现方式。", "date": "2023-09-16", "cover": 12, "cat": ("技术", "ji-shu"), "tags": [("Go", "go")]}),
        ("/2023/05/02/wu-yi-qian-dao-dao-zhou/", {"title": "五一去了一趟台州", "abstract": "人很多，海鲜面很好吃，长屿硐天值得一去。", "date": "2023-05-02", "cover": 21, "cat": ("生活", "sheng-huo"), "tags": [("旅行", "lv-xing")]}),
    ]
    others2 = [
        ("/2022/03/11/zai-jia-shang-ke-de-di-san-zhou/", {"title": "在家上课的第三周", "abstract": "腾讯会议里的组会，大家的摄像头都不开。", "date": "2022-03-11", "cover": 5, "cat": ("随笔", "sui-bi"), "tags": [("教学", "jiao-xue")]}),
    ]
    cards1 = "\n".join([card(P1, POSTS[P1])] + [card(p, i) for p, i in others1])
    cards2 = "\n".join([card(P2, POSTS[P2])] + [card(p, i) for p, i in others2])
    fam.put("/", index_page(cards1, 1))
    fam.put("/page/2/", index_page(cards2, 2))
    for path in ORDER:
        fam.put(path, article(path, POSTS[path]))
        info = POSTS[path]
        fam.doc([path], SPEECHES[info["key"]], title=info["title"], published_at=info["date"])
    for path, info in others1 + others2:
        fam.put(path, head(f"{info['title']} | {BLOG}", "", info["abstract"]) + f'<div class="bg-cover pd-header post-cover"><div class="container"><h1 class="description center-align post-title">{info["title"]}</h1></div></div><main class="post-container content"><div id="articleContent"><p>{info["abstract"]}</p></div></main>' + FOOT)
    rows = []
    for path, info in [(P1, POSTS[P1])] + others1 + [(P2, POSTS[P2])] + others2:
        rows.append(f'<div class="timeline-item"><div class="timeline-date">{info["date"][5:]}</div><div class="timeline-title"><a href="{path}">{info["title"]}</a></div></div>')
    fam.put("/archives/", head(f"归档 | {BLOG}", "归档", "文章归档") + '<div class="bg-cover pd-header about-cover"><div class="container"><div class="brand"><div class="title center-align">归档</div></div></div></div><main class="content"><div id="cd-timeline" class="container">' + "\n".join(rows) + "</div></main>" + FOOT)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: http://" + HOST + "/sitemap.xml\n")
    sm = "".join(f"<url><loc>http://{HOST}{p}</loc><lastmod>{POSTS[p]['updated']}</lastmod></url>" for p in ORDER)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sm}</urlset>\n')
    fam.not_documents += ["/", "/page/2/", "/archives/"]
    fam.noise += [
        "写在前面：",
        "发言全文",
        "后记",
        "三位同学请我喝了一杯奶茶",
        "稿子改了四遍",
        "文章字数",
        "阅读时长",
        "版权声明",
        "本博客所有文章除特別声明外",
        "你的赏识是我前进的动力",
        "复制成功，请遵循本文的转载规则",
        "浙ICP备19012345号-1",
        "目录",
    ]
    return fam
