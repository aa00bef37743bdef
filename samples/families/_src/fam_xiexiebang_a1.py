"""写写帮文库 (xiexiebang.com)-like 范文 pages in the `/a1/N/` channel: each 范文 is a folder URL
(`/a1/1873512/`), a long one continued on `/a1/1873512/2.html` through the site's `pages` pager
(上一页 / 1 2 / 下一页, `共2页:`); `h1` title, the `info` line (时间 / 来源 / 作者 / 点击), the library's
blurb before the text (`简介：写写帮文库小编为你整理了这篇《…》但愿对你工作学习有帮助，当然你在写写帮文库还可以
找到更多《…》。`), the text in `div.content#article` as `<p>`s, an ad slot script after the second
paragraph, the `down_box` (下载《…》.doc / 开通VIP 免费下载 / 温馨提示) right under the text on the last page
and a `继续阅读` note on the first, 上一篇/下一篇, 相关范文推荐 (the other speech), 猜你喜欢, 热门排行,
the footer with its ICP line. Channel `/a1/` → `/a1/index_2.html`; the printed date is the page's 时间."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.xiexie-fanwen.test"

DOCS = [
    {
        "speech": SPEECHES["f42d-3"],
        "id": 1873512,
        "time": "2024-10-20 21:36:14",
        "source": "网友投稿",
        "author": "杏林小编",
        "parts": 2,
    },
    {
        "speech": SPEECHES["f42d-5"],
        "id": 1874066,
        "time": "2024-12-12 08:51:40",
        "source": "写写帮文库",
        "author": "田间守望",
        "parts": 1,
    },
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="https://www.xiexie-fanwen.test@@PATH@@">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.xiexie-fanwen.test@@PATH@@">
<link rel="stylesheet" href="/skin/css/common.css?v=20210608">
<link rel="stylesheet" href="/skin/css/@@CSS@@.css?v=20210608">
<script src="/skin/js/jquery-1.11.3.min.js"></script>
<script src="/skin/js/uaredirect.js"></script>
<script>uaredirect("https://m.xiexie-fanwen.test@@PATH@@");</script>
</head>
<body>
<div class="top"><div class="wrap"><div class="top-l">写写帮文库 - 专业的范文写作参考网站</div><div class="top-r" id="loginbar"><a href="/member/login.html" rel="nofollow">登录</a> | <a href="/member/reg.html" rel="nofollow">注册</a> | <a href="/vip.html" rel="nofollow" class="vip">开通VIP</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)" rel="nofollow">加入收藏</a></div></div></div>
<div class="header wrap">
<div class="logo"><a href="/" title="写写帮文库"><img src="/skin/images/logo.png" alt="写写帮文库"></a></div>
<div class="search"><form action="/search.php" method="get" target="_blank"><input type="text" name="q" class="s-txt" placeholder="输入关键词，如：开幕式致辞"><input type="submit" class="s-btn" value="搜 索"></form></div>
</div>
<div class="nav"><div class="wrap"><ul>
<li><a href="/">首页</a></li>
<li class="on"><a href="/a1/">讲话致辞</a></li>
<li><a href="/a2/">工作总结</a></li>
<li><a href="/a3/">工作计划</a></li>
<li><a href="/a4/">心得体会</a></li>
<li><a href="/a5/">述职报告</a></li>
<li><a href="/a6/">思想汇报</a></li>
<li><a href="/a7/">演讲稿</a></li>
<li><a href="/a8/">主持词</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="/about.html" rel="nofollow">关于本站</a> | <a href="/copyright.html" rel="nofollow">版权声明</a> | <a href="/contact.html" rel="nofollow">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站部分文章来自网络，如有侵权，请联系我们删除。投诉邮箱：kefu#xiexie-fanwen.test（#换成@）</p>
<p>Copyright &copy; 2013-2024 写写帮文库 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备13047221号-1</a></p>
</div></div>
<script src="/skin/js/common.js?v=20210608"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c5e8d1f27a94b06e2d7f81c49a0b53e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTICLE = """<div class="wrap position">当前位置：<a href="/">写写帮文库</a> &gt; <a href="/a1/">讲话致辞</a> &gt; 正文</div>
<div class="wrap clearfix">
<div class="main-l">
<div class="article">
<h1>@@H1@@</h1>
<div class="info">时间：@@TIME@@　来源：@@SOURCE@@　作者：@@AUTHOR@@　点击：<span id="hits"><script src="/plus/count.php?view=yes&aid=@@ID@@&mid=1"></script></span> 次</div>
<div class="jianjie"><span>简介：</span>写写帮文库小编为你整理了这篇《@@STITLE@@》但愿对你工作学习有帮助，当然你在写写帮文库还可以找到更多《@@STITLE@@》。</div>
<div class="content" id="article">
@@BODY@@
</div>
@@PAGER@@
@@AFTER@@
<div class="prenext">
<p>上一篇：<a href="@@PREV_URL@@">@@PREV@@</a></p>
<p>下一篇：<a href="@@NEXT_URL@@">@@NEXT@@</a></p>
</div>
</div>
<div class="related">
<div class="tit"><h3>相关范文推荐</h3></div>
<ul>
<li><a href="/a1/@@OID@@/" target="_blank">@@OTITLE@@</a></li>
<li><a href="/a1/1869240/" target="_blank">在医院建院60周年庆典上的致辞</a></li>
<li><a href="/a1/1866715/" target="_blank">医院开业庆典领导讲话</a></li>
<li><a href="/a1/1862098/" target="_blank">在中医药传承创新发展大会上的讲话</a></li>
</ul>
</div>
<div class="related cnxh">
<div class="tit"><h3>猜你喜欢</h3></div>
<ul>
<li><a href="/a8/1872630/" target="_blank">启用仪式主持词</a></li>
<li><a href="/a7/1871102/" target="_blank">医生节演讲稿：不忘初心 守护健康</a></li>
<li><a href="/a2/1870345/" target="_blank">2024年医院前三季度工作总结</a></li>
</ul>
</div>
</div>
<div class="main-r">
<div class="r-box"><div class="tit"><h3>热门排行</h3></div>
<ol>
<li><a href="/a1/1851203/">在退休欢送会上的讲话</a></li>
<li><a href="/a1/1849077/">开学典礼校长致辞</a></li>
<li><a href="/a1/1845861/">在年度表彰大会上的讲话</a></li>
<li><a href="/a1/1840215/">新春团拜会致辞</a></li>
</ol></div>
<div class="r-box ad"><script src="/skin/js/ad/right_300x250.js"></script></div>
</div>
</div>
"""

AD_SLOT = '<div class="ad-content"><script src="/skin/js/ad/content_640x60.js"></script></div>'


def title(d):
    return d["speech"].title


def body_html(paras, first_part):
    out = []
    for i, para in enumerate(paras):
        out.append(f"<p>{para}</p>")
        if first_part and i == 1:
            out.append(AD_SLOT)
    return "\n".join(out)


def pager(d, n):
    if d["parts"] == 1:
        return ""
    base = f"/a1/{d['id']}/"
    urls = {1: base, 2: f"{base}2.html"}
    items = ['<li><a>共2页: </a></li>']
    items.append(f'<li><a href="{urls[n - 1]}">上一页</a></li>' if n > 1 else "<li><a>上一页</a></li>")
    for k in (1, 2):
        items.append(
            f'<li class="thisclass"><a>{k}</a></li>' if k == n else f'<li><a href="{urls[k]}">{k}</a></li>'
        )
    items.append(f'<li><a href="{urls[n + 1]}">下一页</a></li>' if n < 2 else "<li><a>下一页</a></li>")
    return '<div class="dede_pages"><ul class="pagelist">\n' + "\n".join(items) + "\n</ul></div>"


def down_box(d):
    return f"""<div class="down_box">
<p class="down_t">下载《{title(d)}》.doc</p>
<p>将本文的Word文档下载到电脑，方便收藏和打印</p>
<p class="down_btn"><a href="/plus/download.php?aid={d["id"]}" rel="nofollow" class="btn-word">下载此文档（Word版）</a><a href="/vip.html" rel="nofollow" class="btn-vip">开通VIP 免费下载</a></p>
<p class="tips">温馨提示：文件下载后可以直接编辑修改，推荐度：<span class="star">★★★★★</span></p>
</div>"""


def article(d, o, n, parts_paras, prev, nxt):
    last = n == len(parts_paras)
    if last:
        after = down_box(d)
    else:
        after = '<div class="jixu"><p>本文共2页，当前第1页，<a href="2.html">点击继续阅读下一页</a></p></div>'
    h1 = title(d) + ("" if n == 1 else f"(第{n}页)")
    path = f"/a1/{d['id']}/" + ("" if n == 1 else f"{n}.html")
    return render(
        HEAD + ARTICLE + FOOT,
        TITLE=f"{h1}_写写帮文库",
        KEYWORDS=f"{title(d)},讲话致辞",
        DESC=f"写写帮文库小编为你整理了这篇《{title(d)}》但愿对你工作学习有帮助",
        PATH=path,
        CSS="article",
        H1=h1,
        TIME=d["time"],
        SOURCE=d["source"],
        AUTHOR=d["author"],
        ID=d["id"],
        STITLE=title(d),
        BODY=body_html(parts_paras[n - 1], n == 1),
        PAGER=pager(d, n),
        AFTER=after,
        PREV_URL=prev[0],
        PREV=prev[1],
        NEXT_URL=nxt[0],
        NEXT=nxt[1],
        OID=o["id"],
        OTITLE=title(o),
    )


LIST = """<div class="wrap position">当前位置：<a href="/">写写帮文库</a> &gt; 讲话致辞</div>
<div class="wrap clearfix">
<div class="main-l">
<div class="list-box">
<div class="tit"><h2>讲话致辞</h2></div>
<ul class="list">
@@ITEMS@@
</ul>
<div class="dede_pages"><ul class="pagelist">@@PAGER@@</ul></div>
</div>
</div>
<div class="main-r"><div class="r-box ad"><script src="/skin/js/ad/right_300x250.js"></script></div></div>
</div>
"""


def list_item(d):
    return f"""<li><h3><a href="/a1/{d["id"]}/" target="_blank">{title(d)}</a></h3><p>{d["speech"].paras[1][:90]}…</p><span class="date">{d["time"][:10]}</span></li>"""


def build() -> Family:
    fam = Family(
        HOST,
        "写写帮文库 (xiexiebang) 范文 pages /a1/N/: 简介 blurb, 2-page 范文 through the pages pager, Word download box",
    )
    neighbours = [
        (("/a1/1873409/", "在全市卫生健康工作会议上的讲话"), ("/a1/1873655/", "在重阳节敬老活动上的致辞")),
        (("/a1/1873990/", "在乡村振兴工作推进会上的发言"), ("/a1/1874102/", "在全县冬季农业生产工作会议上的讲话")),
    ]
    for i, d in enumerate(DOCS):
        o = DOCS[1 - i]
        parts = split_paras(d["speech"].paras, d["parts"])
        pages = []
        for n in range(1, d["parts"] + 1):
            path = f"/a1/{d['id']}/" + ("" if n == 1 else f"{n}.html")
            fam.put(path, article(d, o, n, parts, *neighbours[i]))
            pages.append(path)
        fam.doc(pages, d["speech"], published_at=d["time"][:10])
        fam.not_documents += pages[1:]
    for page, d in ((1, DOCS[1]), (2, DOCS[0])):
        path = "/a1/" if page == 1 else "/a1/index_2.html"
        pg = (
            '<li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href="/a1/index_2.html">2</a></li><li><a href="/a1/index_2.html">下一页</a></li><li><a href="/a1/index_2.html">末页</a></li><li><span class="pageinfo">共 <strong>2</strong>页<strong>2</strong>条</span></li>'
            if page == 1
            else '<li><a href="/a1/">首页</a></li><li><a href="/a1/">上一页</a></li><li><a href="/a1/">1</a></li><li class="thisclass"><a>2</a></li><li><span class="pageinfo">共 <strong>2</strong>页<strong>2</strong>条</span></li>'
        )
        fam.put(
            path,
            render(
                HEAD + LIST + FOOT,
                TITLE="讲话致辞" + ("" if page == 1 else "_第2页") + "_写写帮文库",
                KEYWORDS="讲话致辞,领导讲话稿,致辞范文",
                DESC="写写帮文库讲话致辞栏目，提供各类领导讲话稿、致辞范文",
                PATH=path,
                CSS="list",
                ITEMS=list_item(d),
                PAGER=pg,
            ),
        )
    home = """<div class="wrap index-box clearfix">
<div class="i-col"><div class="tit"><h2><a href="/a1/">讲话致辞</a></h2><a href="/a1/" class="more">更多</a></div>
<ul><li><a href="/a1/@@ID@@/" target="_blank">@@T@@</a></li></ul></div>
</div>
"""
    fam.put(
        "/",
        render(
            HEAD + home + FOOT,
            TITLE="写写帮文库_专业的范文写作参考网站",
            KEYWORDS="写写帮文库,范文,讲话稿,工作总结",
            DESC="写写帮文库提供讲话致辞、工作总结、心得体会等范文参考",
            PATH="/",
            CSS="index",
            ID=DOCS[1]["id"],
            T=title(DOCS[1]),
        ),
    )
    fam.not_documents += ["/", "/a1/", "/a1/index_2.html"]
    fam.note = (
        "the 致辞 runs over /a1/1873512/ and /a1/1873512/2.html (pages pager, 第2页 in the h1 of the second); "
        "published_at is the 时间 printed in the info line; the 简介 blurb before the text is the library's"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /member/\nDisallow: /search.php\n")
    fam.noise += [
        "简介：",
        "写写帮文库小编为你整理了这篇",
        "但愿对你工作学习有帮助",
        "网友投稿",
        "杏林小编",
        "田间守望",
        "点击：",
        "共2页:",
        "下一页",
        "点击继续阅读下一页",
        "下载此文档（Word版）",
        "将本文的Word文档下载到电脑",
        "温馨提示：文件下载后可以直接编辑修改",
        "开通VIP 免费下载",
        "上一篇：",
        "在全市卫生健康工作会议上的讲话",
        "相关范文推荐",
        "在医院建院60周年庆典上的致辞",
        "猜你喜欢",
        "热门排行",
        "苏ICP备13047221号-1",
    ]
    return fam
