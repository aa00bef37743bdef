"""A 范文 site on 易优 EyouCMS 1.6 (ThinkPHP 5 templates) in its static-HTML mode: the column
`/jianghua/` with its second list page `/jianghua/list_5_2.html`, articles `/jianghua/1234.html`.
What the eyou tags print: `ey_global.js` and `__eyou_basefile__` in the head, `{eyou:position}`
breadcrumb with its `>` separators, `{eyou:arcclick}` counter (`<i id="eyou_arcclick_…">` plus
its ajax script), `{eyou:prenext}` 上一篇/下一篇 (`暂无`), `{eyou:pagelist}` `<li>` pager.
A bought 范文 template around `{$eyou.field.content}`: 【温馨提示】 box and a 下载Word文档 button
right above the text, a 推荐阅读 ad paragraph inside it, a reprint notice and 相关文章 after it,
hot list and 站长 QQ in the sidebar, footer with ICP and `Powered by EyouCms`."""

from common import SPEECHES, Family, render

HOST = "www.zhaofanwen-eyou.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
<meta name="keywords" content="@@KEYWORDS@@" />
<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link href="/template/pc/skin/css/style.css?t=1702345678" rel="stylesheet" media="screen" type="text/css" />
<link href="/template/pc/skin/css/fanwen.css?t=1702345678" rel="stylesheet" media="screen" type="text/css" />
<script type="text/javascript" src="/template/pc/skin/js/jquery.min.js?t=1702345678"></script>
<script type="text/javascript">var __eyou_basefile__ = '/index.php';var __root_dir__ = '';</script>
<script type="text/javascript" src="/public/static/common/js/ey_global.js?v=v1.6.5"></script>
</head>
<body>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/" title="找范文网"><img src="/uploads/allimg/20230907/1-230ZG04A1U3.png" alt="找范文网"></a></div>
    <div class="search">
      <form method="get" action="/index.php?m=home&c=Search&a=lists" onsubmit="return searchForm();">
        <input type="text" name="keywords" id="keywords" class="s-text" placeholder="请输入范文关键词，如：讲话稿">
        <input type="submit" class="s-btn" value="搜索">
        <input type="hidden" name="method" value="1" /><input type="hidden" name="m" value="home" /><input type="hidden" name="c" value="Search" /><input type="hidden" name="a" value="lists" />
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li @@ON_HOME@@><a href="/">网站首页</a></li>
    <li @@ON_JH@@><a href="/jianghua/">讲话稿</a></li>
    <li><a href="/zhici/">致辞</a></li>
    <li><a href="/fayangao/">发言稿</a></li>
    <li><a href="/gongzuozongjie/">工作总结</a></li>
    <li><a href="/xindetihui/">心得体会</a></li>
    <li><a href="/yanjianggao/">演讲稿</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="flink">友情链接：<a href="http://www.wenmi-hezi.test/" target="_blank">文秘盒子</a> <a href="http://www.gongwen-ku.test/" target="_blank">公文库</a></p>
    <p>本站部分范文来源于网友投稿和互联网，仅供学习参考，如有侵权请联系站长删除。联系QQ：2853107746</p>
    <p>Copyright &copy; 2019-2025 找范文网 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">豫ICP备19027351号-2</a> Powered by <a href="https://www.eyoucms.com" target="_blank">EyouCms</a></p>
  </div>
</div>
<div class="gotop" id="gotop"><a href="javascript:;" title="返回顶部"></a></div>
<script type="text/javascript" src="/template/pc/skin/js/common.js?t=1702345678"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9a4e6c2d81b73f05e6d2c4a19b87f3e1";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """  <div class="right">
    <div class="side-box">
      <div class="side-tit">热门范文</div>
      <ul class="hot-list">
        <li><i>1</i><a href="/jianghua/1187.html" title="在年度工作总结表彰大会上的讲话">在年度工作总结表彰大会上的讲话</a></li>
        <li><i>2</i><a href="/zhici/1203.html" title="企业年会董事长致辞">企业年会董事长致辞</a></li>
        <li><i>3</i><a href="/fayangao/1219.html" title="优秀教师代表发言稿">优秀教师代表发言稿</a></li>
        <li><i>4</i><a href="/jianghua/1242.html" title="安全生产月启动仪式讲话">安全生产月启动仪式讲话</a></li>
      </ul>
    </div>
    <div class="side-box side-kf">
      <div class="side-tit">代写服务</div>
      <p>讲话稿、发言稿、工作总结专业代写，原创定制，三天交稿。</p>
      <p>站长QQ：2853107746</p>
      <a class="kf-btn" href="http://wpa.qq.com/msgrd?v=3&amp;uin=2853107746&amp;site=qq&amp;menu=yes" target="_blank" rel="nofollow">点击咨询</a>
    </div>
  </div>
"""

# (speech, aid, clicks, add time, keywords)
ARTICLES = [
    (SPEECHES["r20b-eyou-2"], 1268, 3172, "2025-05-19 09:41:07", "邻里节,社区,致辞"),
    (SPEECHES["r20b-eyou-1"], 1301, 5846, "2025-07-15 16:08:52", "新员工,培训开班,讲话"),
]

OTHER = [
    ("1187", "在年度工作总结表彰大会上的讲话", "2025-01-06"),
    ("1242", "安全生产月启动仪式讲话", "2025-06-02"),
    ("1255", "在党风廉政建设工作会议上的讲话", "2025-04-21"),
]


def url_of(a):
    return f"/jianghua/{a[1]}.html"


def arcclick(aid):
    return (
        f'<i id="eyou_arcclick_1702345678_{aid}" class="eyou_arcclick" style="font-style:normal"></i>'
        f'<script type="text/javascript">ey_ajax_arcclick("{aid}", "1702345678", "view");</script>'
    )


def body_html(speech):
    paras = speech.paras
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i == 3:
            out.append(
                '<p class="tjyd" style="color:#c00;">推荐阅读：<a href="/jianghua/1187.html" target="_blank">在年度工作总结表彰大会上的讲话</a>　'
                '<a href="/jianghua/1242.html" target="_blank">安全生产月启动仪式讲话</a></p>'
            )
    return "\n".join(out)


def detail(a):
    speech, aid, clicks, addtime, kw = a
    i = ARTICLES.index(a)
    prev = (
        f'<a href="{url_of(ARTICLES[i - 1])}" title="{ARTICLES[i - 1][0].title}">上一篇：{ARTICLES[i - 1][0].title}</a>'
        if i > 0
        else "上一篇：暂无"
    )
    nxt = (
        f'<a href="{url_of(ARTICLES[i + 1])}" title="{ARTICLES[i + 1][0].title}">下一篇：{ARTICLES[i + 1][0].title}</a>'
        if i + 1 < len(ARTICLES)
        else "下一篇：暂无"
    )
    related = "\n".join(
        f'          <li><a href="/jianghua/{aid2}.html" title="{t}">{t}</a><span>{d}</span></li>'
        for aid2, t, d in OTHER
    ) + "\n" + "\n".join(
        f'          <li><a href="{url_of(o)}" title="{o[0].title}">{o[0].title}</a><span>{o[0].date}</span></li>'
        for o in ARTICLES
        if o is not a
    )
    page = HEAD + """<div class="w1200 main">
  <div class="left">
    <div class="position">当前位置：<a href="/" class="">首页</a> &gt; <a href="/jianghua/" class="">讲话稿</a> &gt; </div>
    <div class="article">
      <h1>@@H1@@</h1>
      <div class="info">
        <span>时间：@@ADDTIME@@</span>
        <span>来源：网友投稿</span>
        <span>作者：佚名</span>
        <span>阅读：@@CLICK@@次</span>
      </div>
      <div class="wxts">【温馨提示】找范文网提供的《@@H1@@》仅供参考学习，如需使用请根据实际情况修改。点击下方“下载Word文档”按钮可免费下载本文完整版，方便编辑打印。</div>
      <div class="down-btn"><a href="javascript:;" onclick="downWord(@@AID@@)" class="btn-word" rel="nofollow">下载Word文档</a> <a href="javascript:;" onclick="copyArc()" class="btn-copy" rel="nofollow">一键复制全文</a></div>
      <div class="content" id="article-content">
@@BODY@@
      </div>
      <div class="copyright-tip">本文《@@H1@@》由网友投稿，版权归原作者所有，转载请注明出处：http://www.zhaofanwen-eyou.test@@URL@@</div>
      <div class="down-btn down-bottom"><a href="javascript:;" onclick="downWord(@@AID@@)" class="btn-word" rel="nofollow">下载Word文档</a></div>
      <div class="tags">标签：@@TAGS@@</div>
      <div class="prenext">
        <p class="pre">@@PREV@@</p>
        <p class="next">@@NEXT@@</p>
      </div>
    </div>
    <div class="related">
      <div class="related-tit">相关文章</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
""" + SIDE + """</div>
<script type="text/javascript">
function downWord(aid){ window.location.href = '/index.php?m=plugins&c=Wordexport&a=index&aid=' + aid; }
function copyArc(){ layer.msg('请登录后复制', {time: 1500}); }
</script>
""" + FOOT
    tags = " ".join(f'<a href="/tags/{k}.html" target="_blank">{k}</a>' for k in kw.split(","))
    return render(
        page,
        TITLE=f"{speech.title}_讲话稿_找范文网",
        DESC=speech.paras[1][:90],
        KEYWORDS=kw,
        ON_HOME="",
        ON_JH='class="on"',
        H1=speech.title,
        ADDTIME=addtime,
        CLICK=arcclick(aid),
        AID=aid,
        BODY=body_html(speech),
        URL=url_of(a),
        TAGS=tags,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def pagelist(page):
    """`{eyou:pagelist listitem='index,pre,pageno,next,end,info'}` for 2 pages."""
    first = "/jianghua/"
    second = "/jianghua/list_5_2.html"
    if page == 1:
        items = [
            '<li class="disabled"><a>首页</a></li>',
            '<li class="disabled"><a>上一页</a></li>',
            '<li class="active"><a>1</a></li>',
            f'<li><a href="{second}" data-ey_fc35fdc="html" data-tmp="1">2</a></li>',
            f'<li><a href="{second}" data-ey_fc35fdc="html" data-tmp="1">下一页</a></li>',
            f'<li><a href="{second}" data-ey_fc35fdc="html" data-tmp="1">末页</a></li>',
        ]
    else:
        items = [
            f'<li><a href="{first}" data-ey_fc35fdc="html" data-tmp="1">首页</a></li>',
            f'<li><a href="{first}" data-ey_fc35fdc="html" data-tmp="1">上一页</a></li>',
            f'<li><a href="{first}" data-ey_fc35fdc="html" data-tmp="1">1</a></li>',
            '<li class="active"><a>2</a></li>',
            '<li class="disabled"><a>下一页</a></li>',
            '<li class="disabled"><a>末页</a></li>',
        ]
    items.append(f'<li><span class="pageinfo">共 <strong>2</strong>页 <strong>14</strong>条</span></li>')
    return "\n".join("          " + x for x in items)


def listing(page):
    rows = []
    if page == 1:
        entries = [(url_of(a), a[0].title, a[0].date, a[0].paras[1][:70]) for a in reversed(ARTICLES)]
        entries += [(f"/jianghua/{aid}.html", t, d, "") for aid, t, d in OTHER[1:]]
    else:
        entries = [(f"/jianghua/{OTHER[0][0]}.html", OTHER[0][1], OTHER[0][2], "")]
    for url, t, d, intro in entries:
        rows.append(
            f"""        <li>
          <h3><a href="{url}" title="{t}" target="_blank">{t}</a></h3>
          <p class="intro">{intro or t + '范文，供大家参考学习。'}...</p>
          <p class="meta"><span>{d}</span><span>讲话稿</span></p>
        </li>"""
        )
    page_html = HEAD + """<div class="w1200 main">
  <div class="left">
    <div class="position">当前位置：<a href="/" class="">首页</a> &gt; <a href="/jianghua/" class="">讲话稿</a></div>
    <div class="list-box">
      <ul class="arc-list">
@@ROWS@@
      </ul>
      <div class="pages">
        <ul class="pagination">
@@PAGER@@
        </ul>
      </div>
    </div>
  </div>
""" + SIDE + "</div>\n" + FOOT
    return render(
        page_html,
        TITLE="讲话稿_领导讲话稿范文大全" + ("" if page == 1 else "_第2页") + "_找范文网",
        DESC="找范文网讲话稿栏目为您提供各类领导讲话稿、开幕式讲话、表彰大会讲话范文。",
        KEYWORDS="讲话稿,领导讲话稿,讲话稿范文",
        ON_HOME="",
        ON_JH='class="on"',
        ROWS="\n".join(rows),
        PAGER=pagelist(page),
    )


def build() -> Family:
    fam = Family(HOST, "易优 EyouCMS 1.6 范文 site (static /jianghua/1234.html, eyou tags, 温馨提示 + Word download)")
    home = render(
        HEAD
        + """<div class="w1200 main">
  <div class="index-focus"><a href="/jianghua/"><img src="/uploads/allimg/20230907/1-230ZG05Q0N4.jpg" alt="讲话稿范文"></a></div>
  <div class="index-col">
    <div class="col-tit"><h2>讲话稿</h2><a href="/jianghua/" class="more">更多&gt;&gt;</a></div>
    <ul>
@@ROWS@@
    </ul>
  </div>
  <div class="index-col">
    <div class="col-tit"><h2>致辞</h2><a href="/zhici/" class="more">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="/zhici/1203.html">企业年会董事长致辞</a><span>01-12</span></li>
    </ul>
  </div>
</div>
"""
        + FOOT,
        TITLE="找范文网_讲话稿_发言稿_致辞_工作总结范文大全",
        DESC="找范文网提供讲话稿、发言稿、致辞、工作总结、心得体会等各类实用范文。",
        KEYWORDS="范文,讲话稿,发言稿,致辞",
        ON_HOME='class="on"',
        ON_JH="",
        ROWS="\n".join(
            f'      <li><a href="{url_of(a)}" title="{a[0].title}">{a[0].title}</a><span>{a[0].date[5:]}</span></li>'
            for a in reversed(ARTICLES)
        ),
    )
    fam.put("/", home)
    fam.put("/jianghua/", listing(1))
    fam.put("/jianghua/list_5_2.html", listing(2))
    fam.not_documents += ["/", "/jianghua/", "/jianghua/list_5_2.html"]
    for a in ARTICLES:
        fam.put(url_of(a), detail(a))
        fam.doc([url_of(a)], a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /application/\nDisallow: /core/\nDisallow: /data/\nDisallow: /login.php\n")
    fam.noise += [
        "当前位置",
        "来源：网友投稿",
        "作者：佚名",
        "阅读：",
        "【温馨提示】",
        "下载Word文档",
        "一键复制全文",
        "推荐阅读：",
        "转载请注明出处",
        "标签：",
        "上一篇：",
        "下一篇：",
        "暂无",
        "相关文章",
        "热门范文",
        "代写服务",
        "站长QQ",
        "豫ICP备19027351号-2",
        "Powered by",
        "友情链接",
    ]
    return fam
