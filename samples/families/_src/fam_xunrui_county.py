"""A county government site on 迅睿CMS 4.x (XunRuiCMS, the FineCMS lineage, CodeIgniter 4) in
its dynamic URL mode: module `news`, column `/index.php?s=news&c=category&id=12` (`&page=2`),
articles `/index.php?s=news&c=show&id=N`, a long one broken by the editor's 分页符 into
`&page=2` through `{$content_page}` (a `pagination` list). What the xunrui template prints:
`var is_mobile_cms` / `web_dir` head script, `/api/language/zh-cn/lang.js` and
`/static/assets/js/cms.js`, `dr_show_hits` 阅读量 span with its jsonp script, the
`content_body` block, `{$prev_page}` / `{$next_page}` (`没有了`), `{$content_page}` pager,
a county template around it: 字号 大中小, photo with 图为 caption and 摄影 credit, （责任编辑 /
审核）line inside the content, bdshare bar, 打印本页 / 关闭窗口, 相关信息 list, footer with
网站标识码, 政府网站找错 and the ICP / 公安备案 lines."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qingxi-xunrui.gov.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/static/default/pc/css/style.css" rel="stylesheet" type="text/css">
<link href="/static/default/pc/css/qingxi.css?v=20240311" rel="stylesheet" type="text/css">
<script type="text/javascript">var is_mobile_cms = '';var web_dir = '/';</script>
<script src="/api/language/zh-cn/lang.js" type="text/javascript"></script>
<script src="/static/assets/global/plugins/jquery.min.js" type="text/javascript"></script>
<script src="/static/assets/js/cms.js" type="text/javascript"></script>
</head>
<body>
<div class="top">
  <div class="wrap">
    <span class="fl">欢迎访问青溪县人民政府门户网站！今天是：<script>var d=new Date();document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日');</script></span>
    <span class="fr"><a href="javascript:;" onclick="dr_wza()">无障碍浏览</a> | <a href="/index.php?s=member&c=login&m=index">登录</a> | <a href="/index.php?s=member&c=register">注册</a></span>
  </div>
</div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/uploadfile/202310/8a6b3f1c5d2e4a9.png" alt="青溪县人民政府"></a></div></div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/">首页</a></li>
    <li><a href="/index.php?s=news&c=category&id=2">政务要闻</a></li>
    <li class="@@ON_JH@@"><a href="/index.php?s=news&c=category&id=12">领导讲话</a></li>
    <li><a href="/index.php?s=zwgk">政务公开</a></li>
    <li><a href="/index.php?s=news&c=category&id=5">部门动态</a></li>
    <li><a href="/index.php?s=news&c=category&id=6">乡镇动态</a></li>
    <li><a href="/index.php?s=hudong">互动交流</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <div class="foot-logo">
      <script id="_jiucuo_" sitecode='3624270002' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>
      <a href="javascript:;" class="dzjg"><img src="/static/default/pc/images/red.png" alt="党政机关"></a>
    </div>
    <p><a href="/index.php?s=page&id=3">关于我们</a> | <a href="/index.php?s=page&id=4">网站地图</a> | <a href="/index.php?s=page&id=5">联系我们</a> | <a href="/index.php?s=page&id=6">隐私声明</a></p>
    <p>主办：青溪县人民政府办公室　承办：青溪县融媒体中心　联系电话：0796-6821035</p>
    <p>网站标识码：3624270002　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05004218号</a>　<img src="/static/default/pc/images/ga.png" alt="">赣公网安备 36082702000118号</p>
  </div>
</div>
<script type="text/javascript" src="/static/default/pc/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript" src="/static/default/pc/js/common.js"></script>
</body>
</html>
"""

LIST_URL = "/index.php?s=news&c=category&id=12"

# (speech, id, hits, inputtime, photo, caption, credit line, parts)
ARTICLES = [
    (SPEECHES["r20b-xr-1"], 1486, 2317, "2025-06-28 10:12:35",
     "/uploadfile/202506/2e7b91c04d3a8f6.jpg", "图为2025届学生毕业典礼现场。", "（摄影：县一中 陈思远）",
     "（责任编辑：刘晓芸　审核：黄志强）", 2),
    (SPEECHES["r20b-xr-2"], 1592, 1654, "2025-10-23 17:40:02",
     "/uploadfile/202510/5c1d7a2e9f04b83.jpg", "图为全县秋冬季森林防火工作会议现场。", "（记者 吴海涛 摄）",
     "（责任编辑：邹文斌　审核：黄志强）", 1),
]

OTHER = [
    (1433, "在全县优化营商环境大会上的讲话", "2025-05-30"),
    (1517, "在全县防汛抗旱工作会议上的讲话", "2025-07-19"),
    (1371, "在全县经济工作会议上的讲话", "2025-02-14"),
]


def show_url(aid, page=1):
    return f"/index.php?s=news&c=show&id={aid}" + (f"&page={page}" if page > 1 else "")


def hits(aid):
    return (
        f'<span class="dr_show_hits_{aid}">0</span><script type="text/javascript"> $.ajax({{ type: "GET", '
        f'url:"/index.php?s=api&c=module&siteid=1&app=news&m=hits&id={aid}", dataType: "jsonp", '
        f'success: function(data){{ if (data.code) {{ $(".dr_show_hits_{aid}").html(data.msg); }} else {{ dr_tips(0, data.msg); }} }} }});</script>'
    )


def content_page(aid, page, total):
    items = []
    if page > 1:
        items.append(f'<li><a href="{show_url(aid)}">首页</a></li>')
        items.append(f'<li><a href="{show_url(aid, page - 1)}">上一页</a></li>')
    for p in range(1, total + 1):
        items.append(
            '<li class="active"><a>%d</a></li>' % p if p == page else f'<li><a href="{show_url(aid, p)}">{p}</a></li>'
        )
    if page < total:
        items.append(f'<li><a href="{show_url(aid, page + 1)}">下一页</a></li>')
        items.append(f'<li><a href="{show_url(aid, total)}">最后一页</a></li>')
    return '<ul class="pagination">' + "".join(items) + "</ul>"


def detail(a, page):
    speech, aid, nhits, inputtime, photo, caption, credit, editor, parts = a
    runs = split_paras(speech.paras, parts)
    body = []
    if page == 1:
        body.append(f'<p style="text-align: center;"><img src="{photo}" title="{caption}" alt="{caption}" style="max-width:100%;"/></p>')
        body.append(f'<p style="text-align: center; text-indent: 0;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 14px;">{caption}{credit}</span></p>')
    body += [f'<p style="text-indent: 2em;">{p}</p>' for p in runs[page - 1]]
    if page == parts:
        body.append(f'<p style="text-align: right;">{editor}</p>')
    i = ARTICLES.index(a)
    prev = (
        f'<a href="{show_url(ARTICLES[i - 1][1])}">{ARTICLES[i - 1][0].title}</a>' if i > 0 else "没有了"
    )
    nxt = (
        f'<a href="{show_url(ARTICLES[i + 1][1])}">{ARTICLES[i + 1][0].title}</a>' if i + 1 < len(ARTICLES) else "没有了"
    )
    related = "\n".join(
        f'        <li><span>{d}</span><a href="{show_url(x)}" target="_blank">{t}</a></li>' for x, t, d in OTHER
    )
    pager = (
        f'      <div class="content-page">\n        {content_page(aid, page, parts)}\n      </div>\n' if parts > 1 else ""
    )
    page_html = HEAD + """<div class="wrap main">
  <div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/index.php?s=news&c=category&id=12">领导讲话</a> &gt; 正文</div>
  <div class="show-box">
    <h1 class="show-title">@@H1@@</h1>
    <div class="show-info">
      <span>发布时间：@@TIME@@</span>
      <span>来源：@@SOURCE@@</span>
      <span>阅读量：@@HITS@@</span>
      <span class="font-size">字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a></span>
    </div>
    <div class="content_body" id="zoom">
@@BODY@@
    </div>
@@PAGER@@    <div class="show-tool">
      <div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <div class="fr"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="show-prenext">
      <p>上一篇：@@PREV@@</p>
      <p>下一篇：@@NEXT@@</p>
    </div>
    <div class="show-related">
      <h3>相关信息</h3>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
</div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
<script type="text/javascript">function doZoom(size){ $('#zoom').css('font-size', size + 'px'); }</script>
""" + FOOT
    return render(
        page_html,
        TITLE=f"{speech.title}" + (f"(第{page}页)" if page > 1 else "") + "-领导讲话-青溪县人民政府",
        KEYWORDS="领导讲话," + speech.title,
        DESC=speech.paras[1][:80],
        ON_JH="on",
        H1=speech.title,
        TIME=inputtime,
        SOURCE="县第一中学" if aid == 1486 else "县政府办公室",
        HITS=hits(aid),
        BODY="\n".join(body),
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def listing(page):
    if page == 1:
        entries = [(show_url(a[1]), a[0].title, a[3][:10]) for a in reversed(ARTICLES)] + [
            (show_url(x), t, d) for x, t, d in OTHER[:2]
        ]
    else:
        entries = [(show_url(OTHER[2][0]), OTHER[2][1], OTHER[2][2])]
    rows = "\n".join(
        f'        <li><span class="date">{d}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>' for u, t, d in entries
    )
    p2 = LIST_URL + "&page=2"
    if page == 1:
        pager = (
            f'<ul class="pagination"><li class="active"><a>1</a></li><li><a href="{p2}">2</a></li>'
            f'<li><a href="{p2}">下一页</a></li><li><a href="{p2}">最后一页</a></li></ul>'
        )
    else:
        pager = (
            f'<ul class="pagination"><li><a href="{LIST_URL}">首页</a></li><li><a href="{LIST_URL}">上一页</a></li>'
            f'<li><a href="{LIST_URL}">1</a></li><li class="active"><a>2</a></li></ul>'
        )
    page_html = HEAD + """<div class="wrap main">
  <div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/index.php?s=news&c=category&id=12">领导讲话</a></div>
  <div class="list-box">
    <div class="list-tit"><h2>领导讲话</h2></div>
    <ul class="news-list">
@@ROWS@@
    </ul>
    <div class="fc-pages">@@PAGER@@</div>
  </div>
</div>
""" + FOOT
    return render(
        page_html,
        TITLE="领导讲话" + (f"-第{page}页" if page > 1 else "") + "-青溪县人民政府",
        KEYWORDS="领导讲话",
        DESC="青溪县人民政府领导讲话",
        ON_JH="on",
        ROWS=rows,
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "迅睿CMS 4.x county government site (dynamic /index.php?s=news&c=show&id=N, content_body, dr_show_hits, &page=2 content pager)",
    )
    home = render(
        HEAD
        + """<div class="wrap main">
  <div class="home-focus"><img src="/uploadfile/202510/9d8e7f6a5b4c3d2.jpg" alt="青溪风光"></div>
  <div class="home-col">
    <div class="col-tit"><h2>领导讲话</h2><a href="/index.php?s=news&c=category&id=12" class="more">更多&gt;&gt;</a></div>
    <ul>
@@ROWS@@
    </ul>
  </div>
  <div class="home-col">
    <div class="col-tit"><h2>通知公告</h2></div>
    <ul>
      <li><span>10-28</span>关于2025年冬季征兵工作的通告</li>
      <li><span>10-15</span>青溪县2025年公开招聘社区工作者公告</li>
    </ul>
  </div>
</div>
"""
        + FOOT,
        TITLE="青溪县人民政府",
        KEYWORDS="青溪县,青溪县人民政府,青溪政务",
        DESC="青溪县人民政府门户网站",
        ON_JH="",
        ROWS="\n".join(
            f'      <li><span>{a[3][5:10]}</span><a href="{show_url(a[1])}" target="_blank">{a[0].title}</a></li>'
            for a in reversed(ARTICLES)
        ),
    )
    fam.put("/", home)
    fam.route(LIST_URL, "_q/category-12.html", listing(1))
    fam.route(LIST_URL + "&page=2", "_q/category-12-2.html", listing(2))
    fam.not_documents += ["/", LIST_URL, LIST_URL + "&page=2"]
    for a in ARTICLES:
        parts = a[-1]
        pages = [show_url(a[1], p) for p in range(1, parts + 1)]
        for p, url in enumerate(pages, 1):
            fam.route(url, f"_q/show-{a[1]}-{p}.html", detail(a, p))
        fam.doc(pages, a[0], published_at=a[3][:10])
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cache/\nDisallow: /config/\nDisallow: /dayrui/\nDisallow: /admin.php\n")
    fam.noise += [
        "您当前的位置",
        "发布时间：",
        "来源：县第一中学",
        "阅读量：",
        "字号：",
        "图为2025届学生毕业典礼现场",
        "摄影：县一中",
        "记者 吴海涛 摄",
        "责任编辑：",
        "审核：黄志强",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "上一篇：",
        "下一篇：",
        "没有了",
        "相关信息",
        "最后一页",
        "网站标识码",
        "赣ICP备05004218号",
        "赣公网安备",
        "无障碍浏览",
    ]
    return fam
