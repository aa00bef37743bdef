"""A desktop news portal article page on 网易新闻's PC template (www.163.com/news/article/<ID>.html):
`<html id="ne_wrap" data-publishtime=…>`, `h1.post_title`, `div.post_info` (time　来源:), the share
bar `post_top` inside `#content` before `div.post_body`, `<p class="otitle">（原标题：…）</p>` as the
first paragraph, a news preamble (`…以下为致辞全文：`), `p.f_center` photo with its caption after a
`<br/>` in the same paragraph, then `div.post_author` (本文来源：… 作者：…, `责任编辑：…_NE0011`
with the editor code) right after the text; 跟贴 box, 相关推荐, 热点排行 sidebar, NetEase footer.
Home is the news channel `/news/`, listing `/news/domestic/`."""

from common import SPEECHES, Family, render

HOST = "www.wangyi.test"

HEAD = """<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="@@PTIME@@" data-category="@@CATEGORY@@">
<head>
    <base target="_blank">
    <meta charset="utf-8">
    <title>@@TITLE@@</title>
    <meta name="keywords" content="@@KEYWORDS@@">
    <meta name="description" content="@@DESC@@">
    <meta name="author" content="网易">
    <meta name="Copyright" content="网易版权所有">
    <link rel="apple-touch-icon" href="https://static.ws.wangyi.test/163/frontend/images/2022/empty.png">
@@META@@
    <link rel="stylesheet" href="https://static.ws.wangyi.test/163/f2e/dy_pc/post_index/css/index.6b1c1d5d.css">
    <script>
        var _ntes_nacc = "news";
        window.NTES_PAGE_INFO = {"channel":"news","module":"@@MODULE@@"};
    </script>
    <script src="https://static.ws.wangyi.test/163/frontend/libs/antanalysis.min.js"></script>
</head>
<body>
<div class="N-nav-top">
    <div class="N-nav-top-wrap">
        <div class="ntes-nav-main">
            <a class="ntes-nav-index-title" href="https://www.wangyi.test/">网易首页</a>
            <span class="ntes-nav-select-list">
                <a href="https://www.wangyi.test/#f=topnav">应用</a>
                <a href="https://mail.wangyi.test/" target="_blank">网易邮箱</a>
                <a href="https://yanxuan.wangyi.test/" target="_blank">网易严选</a>
            </span>
        </div>
        <div class="ntes-nav-login"><a class="ntes-nav-login-title" href="javascript:void(0)" id="js_N_nav_login_title">登录</a><a href="https://reg.wangyi.test/" class="ntes-nav-reg">注册免费邮箱</a></div>
    </div>
</div>
<div class="N-nav-channel JS_NTES_LOG_FE" data-module-name="xwwzy_11_headdaohang">
    <a class="first" href="/news/">新闻</a>
    <a href="/news/domestic/">国内</a>
    <a href="/news/world/">国际</a>
    <a href="/news/special/0001386F/rank_news.html">排行</a>
    <a href="https://sports.wangyi.test/">体育</a>
    <a href="https://money.wangyi.test/">财经</a>
    <a href="https://tech.wangyi.test/">科技</a>
</div>
"""

FOOT = """<div class="N-nav-bottom">
    <div class="N-nav-bottom-main">
        <div class="ntes_foot_link">
            <span class="N-nav-bottom-copyright"><span class="N-nav-bottom-copyright-icon">&copy;</span> 1997-2024 网易公司版权所有</span>
            <a href="https://corp.wangyi.test/en/">About NetEase</a> |
            <a href="https://gb.corp.wangyi.test/gb/about/overview.html">公司简介</a> |
            <a href="https://gb.corp.wangyi.test/gb/contactus.html">联系方法</a> |
            <a href="https://corp.wangyi.test/gb/job/job.html">招聘信息</a> |
            <a href="https://help.wangyi.test/">客户服务</a> |
            <a href="https://corp.wangyi.test/gb/legal.html">隐私政策</a> |
            <a href="http://emarketing.wangyi.test/">广告服务</a> |
            <a href="https://www.wangyi.test/special/0077jt/tousu.html">不良信息举报 Complaint Center</a> |
            <a href="https://jubao.wangyi.test/">廉正举报</a>
        </div>
    </div>
</div>
<script src="https://static.ws.wangyi.test/163/f2e/dy_pc/post_index/js/index.9a2f1e33.js"></script>
<script>
  var _hmt = _hmt || [];
  (function(){ var s = document.createElement("script"); s.src = "https://analytics.wangyi.test/ntes.js?_nacc=news"; document.body.appendChild(s); })();
</script>
</body>
</html>
"""

ARTICLES = [
    {
        "speech": SPEECHES["WY1"],
        "id": "J2ABCD1E000189FH",
        "ptime": "2024-05-18 11:32:07",
        "otitle": "茶和天下　共享未来——市长周文华在第六届江南茶文化博览会开幕式上的致辞",
        "pre": "5月18日上午，第六届江南茶文化博览会在市国际会展中心开幕。市长周文华出席开幕式并致辞。以下为致辞全文：",
        "photo": (3, "5月18日，第六届江南茶文化博览会开幕式现场。记者 沈悦 摄"),
        "source": "江南日报",
        "author": "沈悦",
        "editor": "杨佳宁_NE0011",
        "keywords": "茶文化,博览会,茶产业",
        "tie": 37,
    },
    {
        "speech": SPEECHES["WY2"],
        "id": "J1QRST2U000189FH",
        "ptime": "2024-05-08 20:15:44",
        "otitle": "副省长在全省高校毕业生就业工作推进会上的讲话",
        "pre": "5月8日，全省高校毕业生就业工作推进会召开。会议分析当前就业形势，部署下一阶段重点工作。现将副省长在会上的讲话刊发如下。",
        "photo": None,
        "source": "江东省人民政府网",
        "author": "",
        "editor": "陈思远_NN1261",
        "keywords": "高校毕业生,就业,推进会",
        "tie": 112,
    },
]


def article_meta(a):
    url = f"https://www.wangyi.test/news/article/{a['id']}.html"
    date, clock = a["ptime"].split()
    return f"""    <link rel="alternate" media="only screen and(max-width: 640px)" href="https://m.wangyi.test/news/article/{a["id"]}.html">
    <meta http-equiv="mobile-agent" content="format=html5; url=https://m.wangyi.test/news/article/{a["id"]}.html">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{a["speech"].title}">
    <meta property="og:release_date" content="{a["ptime"]}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="https://static.ws.wangyi.test/163/frontend/images/2022/share-icon.png">
    <meta property="article:author" content="网易">
    <meta property="article:published_time" content="{date}T{clock}+08:00">
    <link rel="canonical" href="{url}">"""


def body_html(a):
    speech = a["speech"]
    out = [f'<p class="otitle">（原标题：{a["otitle"]}）</p>', f'<p id="{a["id"][:6]}P0">{a["pre"]}</p>']
    for i, para in enumerate(speech.paras):
        if a["photo"] and i == a["photo"][0]:
            out.append(
                f'<p class="f_center"><img src="https://nimg.ws.wangyi.test/?url=http%3A%2F%2Fcms-bucket.ws.wangyi.test%2F2024%2F0518%2F6c1fd8a2j00sdm4ab002bc000rs00ikc.jpg&amp;thumbnail=660x2147483647&amp;quality=80&amp;type=jpg" alt="{speech.title}" /><br/>{a["photo"][1]}</p>'
            )
        out.append(f'<p id="{a["id"][:6]}P{i + 1}">{para}</p>')
    return "\n".join(out)


def article_page(a, other):
    speech = a["speech"]
    author = f" 作者：{a['author']}" if a["author"] else ""
    page = (
        HEAD
        + """<div class="container clearfix" id="container" data-hidead="false">
    <div class="post_crumb"><a href="https://www.wangyi.test/">网易首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/domestic/">国内新闻</a> &gt; 正文</div>
    <div class="post_main">
        <h1 class="post_title">@@TITLE_H@@</h1>
        <div class="post_info">
            @@PTIME@@　来源: @@SOURCE@@
            <a href="https://jubao.wangyi.test/" class="post_jubao" rel="nofollow">举报</a>
        </div>
        <div class="post_content" id="content">
            <div class="post_top">
                <div class="post_top_tie">
                    <a class="post_top_tie_icon js-tielink js-tiejoincount" href="https://comment.wangyi.test/news_bbs/@@ID@@.html"><em>@@TIE@@</em></a>
                    <a class="post_top_tie_count js-tielink js-tiejoincount" href="https://comment.wangyi.test/news_bbs/@@ID@@.html">@@TIE@@</a>
                </div>
                <div class="post_top_share">
                    <span class="post_top_share_title">分享至</span>
                    <ul class="post_share">
                        <li class="share_weixin js_weixin"><a href="javascript:;" title="分享到微信"><i></i></a></li>
                        <li class="share_weibo js_share" data-type="weibo"><a href="javascript:;" title="分享到新浪微博"><i></i></a></li>
                        <li class="share_qzone js_share" data-type="qzone"><a href="javascript:;" title="分享到QQ空间"><i></i></a></li>
                    </ul>
                </div>
            </div>
            <div class="post_body">
@@BODY@@
            </div>
            <div class="post_author">
                <a href="/news/"><img src="https://static.ws.wangyi.test/cnews/css13/img/end_news.png" alt="@@EDITOR_NAME@@" width="13" height="12" class="icon"></a>
                本文来源：@@SOURCE@@@@AUTHOR@@
                <br/>
                责任编辑：@@EDITOR@@
            </div>
            <div class="post_btns">
                <a href="https://comment.wangyi.test/news_bbs/@@ID@@.html" class="post_btn js-tielink"><span class="post_btn_tie">跟贴</span><em>@@TIE@@</em></a>
                <a href="javascript:;" class="post_btn post_btn_like" data-docid="@@ID@@">赞</a>
                <a href="https://jubao.wangyi.test/" class="post_btn" rel="nofollow">举报</a>
            </div>
        </div>
        <div class="post_comment" id="post_comment_area">
            <div class="tie-titlebar"><span class="tie-title">跟贴</span><span class="tie-info"><a href="https://comment.wangyi.test/news_bbs/@@ID@@.html">@@TIE@@</a>跟贴</span></div>
            <div class="tie-input"><textarea placeholder="文明上网，登录后参与跟贴"></textarea><button>发表跟贴</button></div>
            <div class="tie-area" id="tieArea"></div>
        </div>
        <div class="post_recommends js-tab-mod">
            <div class="post_recommends_titles"><h3 class="post_recommends_title active">相关推荐</h3><h3 class="post_recommends_title">热点推荐</h3></div>
            <ul class="post_recommends_ul">
                <li class="post_recommend">
                    <div class="post_recommend_info">
                        <h3 class="post_recommend_title"><a href="/news/article/@@OID@@.html">@@OTITLE@@</a></h3>
                        <p class="post_recommend_time">@@OSOURCE@@ @@ODATE@@</p>
                    </div>
                </li>
                <li class="post_recommend">
                    <div class="post_recommend_info">
                        <h3 class="post_recommend_title"><a href="https://www.wangyi.test/dy/article/J2C0QK7R0553A1B2.html">五月多地气温创新高 专家提醒注意防暑</a></h3>
                        <p class="post_recommend_time">网易号 气象那些事儿 2024-05-18</p>
                    </div>
                </li>
            </ul>
        </div>
    </div>
    <div class="post_side">
        <div class="post_side_mod">
            <h4 class="post_side_mod_title">热点新闻</h4>
            <ul class="post_side_mod_ul">
                <li><em>1</em><a href="https://www.wangyi.test/news/article/J2BB7K0R000189FH.html">全国多地启动防汛四级应急响应</a></li>
                <li><em>2</em><a href="https://www.wangyi.test/news/article/J2BA1M9Q000189FH.html">铁路暑运将于7月1日启动</a></li>
                <li><em>3</em><a href="https://www.wangyi.test/news/article/J2B9X3TT000189FH.html">多所高校公布今年招生计划</a></li>
            </ul>
        </div>
        <div class="post_side_mod post_side_ad"><a href="https://yanxuan.wangyi.test/" rel="nofollow"><img src="https://static.ws.wangyi.test/163/ad/yanxuan_300x250.jpg" alt="网易严选 好的生活没那么贵"></a></div>
    </div>
</div>
"""
        + FOOT
    )
    odate = other["ptime"][:10]
    return render(
        page,
        PTIME=a["ptime"],
        CATEGORY="国内",
        TITLE=f"{speech.title}_网易新闻",
        KEYWORDS=a["keywords"],
        DESC=a["pre"][:100],
        META=article_meta(a),
        MODULE="article",
        TITLE_H=speech.title,
        SOURCE=a["source"],
        ID=a["id"],
        TIE=a["tie"],
        BODY=body_html(a),
        EDITOR_NAME=a["editor"].split("_")[0],
        EDITOR=a["editor"],
        AUTHOR=author,
        OID=other["id"],
        OTITLE=other["speech"].title,
        OSOURCE=other["source"],
        ODATE=odate,
    )


def channel_item(a):
    t = a["ptime"]
    return f"""            <div class="data_row news_article clearfix">
                <div class="news_title"><h3><a href="/news/article/{a["id"]}.html">{a["speech"].title}</a></h3></div>
                <div class="news_tag">
                    <span class="time">{t[5:7]}/{t[8:10]} {t[11:16]}</span>
                    <span class="source">{a["source"]}</span>
                    <a class="post_recommend_tie" href="https://comment.wangyi.test/news_bbs/{a["id"]}.html"><span class="icon"></span><em>{a["tie"]}</em>跟贴</a>
                </div>
            </div>"""


def build() -> Family:
    fam = Family(
        HOST,
        "网易新闻 PC article template (post_title, post_info, post_body with otitle 原标题 and f_center photo caption, post_author 本文来源/责任编辑 with editor code)",
    )
    fam.home = "/news/"
    for i, a in enumerate(ARTICLES):
        path = f"/news/article/{a['id']}.html"
        fam.put(path, article_page(a, ARTICLES[1 - i]))
        fam.doc([path], a["speech"])
    common = dict(PTIME="", CATEGORY="", META="", KEYWORDS="新闻,国内新闻,网易新闻")
    domestic = (
        HEAD
        + """<div class="container clearfix">
    <div class="post_crumb"><a href="https://www.wangyi.test/">网易首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 国内新闻</div>
    <div class="ndi_main" id="ndi_main">
@@ITEMS@@
    </div>
    <div class="load_more_btn" data-url="https://news.wangyi.test/special/cm_guonei_02.js?callback=data_callback">加载更多</div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/news/domestic/",
        render(
            domestic,
            **common,
            TITLE="国内新闻_网易新闻",
            DESC="网易新闻国内频道",
            MODULE="domestic",
            ITEMS="\n".join(channel_item(a) for a in ARTICLES),
        ),
    )
    home = (
        HEAD
        + """<div class="container clearfix">
    <div class="news_default_yw" id="js_top_news">
        <h2 class="top_news_title"><a href="/news/article/@@ID@@.html">@@TITLE_H@@</a></h2>
        <ul class="top_news_ul">
            <li><a href="/news/domestic/">国内新闻</a></li>
            <li><a href="https://www.wangyi.test/news/article/J2BB7K0R000189FH.html">全国多地启动防汛四级应急响应</a></li>
        </ul>
    </div>
    <div class="newsdata_wrap" id="newsdata_wrap"><ul class="newsdata_list"></ul></div>
    <script>loadNewsData("https://news.wangyi.test/special/cm_yaowen20200213/?callback=data_callback");</script>
</div>
"""
        + FOOT
    )
    fam.put(
        "/news/",
        render(
            home,
            **common,
            TITLE="网易新闻",
            DESC="网易新闻是有态度的新闻门户",
            MODULE="index",
            ID=ARTICLES[0]["id"],
            TITLE_H=ARTICLES[0]["speech"].title,
        ),
    )
    fam.not_documents += ["/news/", "/news/domestic/"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /special/00774J7Q/\nAllow: /\n")
    fam.noise += [
        "原标题",
        "茶和天下　共享未来——市长周文华",
        "副省长在全省高校毕业生就业工作推进会上的讲话）",
        "以下为致辞全文",
        "现将副省长在会上的讲话刊发如下",
        "市长周文华出席开幕式并致辞",
        "记者 沈悦 摄",
        "本文来源",
        "江南日报",
        "作者：沈悦",
        "责任编辑",
        "_NE0011",
        "_NN1261",
        "杨佳宁",
        "分享至",
        "跟贴",
        "举报",
        "相关推荐",
        "热点新闻",
        "全国多地启动防汛四级应急响应",
        "网易严选",
        "网易公司版权所有",
        "_网易新闻",
    ]
    return fam
