"""A 市政协 site (政协侨山市委员会) on the Guangdong 集约化 政府网站群 platform (2020s div template):
columns `/zxyw/ldjh/index.html` → `index_2.html`, articles `/zxyw/ldjh/content/post_N.html`, one
speech cut over two pages (`post_N_2.html`) with a numbered pager, info line 来源 / 发布时间 /
浏览次数 (filled by a script), 字号 大 中 小, 附件 link, 分享 / 打印 / 关闭, 扫一扫 QR, 长者模式."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qiaoshanzx.gov.test"
SITE = "中国人民政治协商会议侨山市委员会"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="SiteName" content="侨山政协网">
<meta name="SiteDomain" content="www.qiaoshanzx.gov.test">
<meta name="SiteIDCode" content="4407000099">
@@META@@<link rel="stylesheet" href="/cms/templates/zx2022/css/base.css">
<link rel="stylesheet" href="/cms/templates/zx2022/css/page.css">
<script src="/cms/templates/zx2022/js/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="welcome">欢迎访问侨山政协网！</span>
<div class="top-right"><a href="javascript:;" class="zhangzhe" id="old-mode">长者模式</a><a href="javascript:;" id="wza-btn">无障碍浏览</a><a href="http://m.qiaoshanzx.gov.test/">手机版</a></div></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/cms/templates/zx2022/images/logo.png" alt="侨山政协网"></a>
<div class="search-box"><form action="/search/index.html" method="get"><input type="text" name="keywords" placeholder="请输入搜索关键字"><button type="submit">搜索</button></form></div></div></header>
<nav class="main-nav"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/zxyw/">政协要闻</a></li><li><a href="/zxyw/ldjh/">领导讲话</a></li><li><a href="/xsyz/">协商议政</a></li><li><a href="/tagz/">提案工作</a></li><li><a href="/wyfc/">委员风采</a></li><li><a href="/wsls/">文史资料</a></li>
</ul></div></nav>
"""

FOOT = """<footer class="footer"><div class="container">
<div class="footer-links"><a href="/gywm/">关于我们</a><a href="/wzdt/">网站地图</a><a href="/lxwm/">联系我们</a></div>
<div class="footer-info">
<p>主办：政协侨山市委员会办公室 地址：侨山市东湖区政通路8号 联系电话：0750-3200000</p>
<p>版权所有 侨山政协网 <a href="https://beian.miit.gov.cn" target="_blank">粤ICP备12034567号</a> <a href="http://www.beian.gov.cn/" target="_blank"><img src="/cms/templates/zx2022/images/ga.png" alt="">粤公网安备 44070302000123号</a> 网站标识码：4407000099</p>
</div>
<div class="footer-badge"><span id="_ideConac"></span><script type="text/javascript" src="https://dcs.conac.cn/js/20/000/0000/60812345/CA200000000608123450001.js"></script>
<script id="_jiucuo_" sitecode="4407000099" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></footer>
<script src="/cms/templates/zx2022/js/common.js"></script>
<script src="https://www.qiaoshan.gov.test/assets/aging/aging-tools.js" id="ariaTools"></script>
</body>
</html>
"""

ARTS = [
    # speech, post id, column, source, time, pages, attachment, photo paragraph
    (SPEECHES["f51b-5"], 4123456, "ldjh", "政协侨山市委员会办公室", "2024-01-12 17:35:08", 2, "4123456.docx", None),
    (SPEECHES["f51b-6"], 4298710, "ldjh", "市政协社会和法制委员会", "2024-06-05 16:12:40", 1, "4298710.pdf", 3),
]


def url(a, n=1):
    return f"/zxyw/{a[2]}/content/post_{a[1]}{'' if n == 1 else f'_{n}'}.html"


def para_html(para, i, speech):
    if para.startswith(("第一，", "第二，", "第三，", "第四，")) and len(para) > 40:
        head, rest = para.split("。", 1)
        return f'<p style="text-indent:2em;"><strong>{head}。</strong>{rest}</p>'
    if para == speech.paras[0]:
        return f"<p>{para}</p>"
    return f'<p style="text-indent:2em;">{para}</p>'


def article(a, n, runs):
    speech, pid, col, source, when, pages, att, photo_at = a
    meta = (
        f'<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="领导讲话">\n'
        f'<meta name="ArticleTitle" content="{speech.title}">\n<meta name="PubDate" content="{when[:16]}">\n'
        f'<meta name="ContentSource" content="{source}">\n'
    )
    body = []
    start = sum(len(r) for r in runs[: n - 1])
    for i, para in enumerate(runs[n - 1]):
        if photo_at is not None and start + i == photo_at:
            body.append(
                '<p style="text-align:center;"><img src="/attachment/0/530/530218/4298710.jpg" alt="" width="600"></p>\n'
                '<p style="text-align:center;">推进会现场（市政协办公室 供图）</p>'
            )
        body.append(para_html(para, start + i, speech))
    pager = ""
    if pages > 1:
        items = []
        if n > 1:
            items.append(f'<a class="prev" href="{url(a, n - 1).rsplit("/", 1)[1]}">上一页</a>')
        for k in range(1, pages + 1):
            items.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(a, k).rsplit("/", 1)[1]}">{k}</a>')
        if n < pages:
            items.append(f'<a class="next" href="{url(a, n + 1).rsplit("/", 1)[1]}">下一页</a>')
        pager = f'<div class="article-pager">{"".join(items)}</div>\n'
    attach = ""
    if n == pages:
        attach = (
            f'<div class="article-attachment"><p>附件：<a href="/attachment/0/{pid // 1000}/{pid}/{att}" target="_blank">'
            f"{speech.title}.{att.rsplit('.', 1)[1]}</a></p></div>\n"
        )
    page = render(HEAD, TITLE=f"{speech.title}-侨山政协网", META=meta)
    page += f"""<div class="container page-main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zxyw/">政协要闻</a> &gt; <a href="/zxyw/ldjh/">领导讲话</a></div>
<div class="article">
<div class="article-title"><h1>{speech.title}</h1></div>
<div class="article-info">
<span class="source">来源：{source}</span>
<span class="time">发布时间：{when}</span>
<span class="views">浏览次数：<em id="hits">--</em></span>
<span class="font-size">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span>
</div>
<div class="article-content" id="zoomcon">
{chr(10).join(body)}
</div>
{pager}{attach}<div class="article-tools">
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="article-qr"><img src="/cms/qrcode?url=http%3A%2F%2F{HOST}{url(a, n)}" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
</div>
<script>
$(function(){{$.getJSON('/cms/api/visit/count?postId={pid}',function(d){{$('#hits').text(d.count);}});
$('.font-size a').click(function(){{$('#zoomcon,#zoomcon p').css('font-size',$(this).data('size')+'px');}});}});
</script>
"""
    return page + FOOT


def listing(items, n):
    meta = '<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="领导讲话">\n'
    page = render(HEAD, TITLE="领导讲话-侨山政协网", META=meta)
    lis = "".join(f'<li><a href="{p}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>\n' for t, p, d in items)
    pager = (
        '<div class="pagination"><span class="current">1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a><a href="index_2.html">尾页</a><span>共2页</span></div>'
        if n == 1
        else '<div class="pagination"><a href="index.html">首页</a><a href="index.html">上一页</a><a href="index.html">1</a><span class="current">2</span><span>共2页</span></div>'
    )
    page += f"""<div class="container page-main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zxyw/">政协要闻</a> &gt; <a href="/zxyw/ldjh/">领导讲话</a></div>
<div class="side"><h3>政协要闻</h3><ul><li><a href="/zxyw/zxdt/">政协动态</a></li><li class="active"><a href="/zxyw/ldjh/">领导讲话</a></li><li><a href="/zxyw/tzgg/">通知公告</a></li></ul></div>
<div class="list-main"><div class="list-title">领导讲话</div>
<ul class="news-list">
{lis}</ul>
{pager}
</div></div>
"""
    return page + FOOT


def build() -> Family:
    fam = Family(HOST, "市政协 site on the Guangdong 集约化 政府网站群 platform (post_N.html, div layout, 2-page speech, 附件, 浏览次数)")
    a5, a6 = ARTS
    for a in ARTS:
        runs = split_paras(a[0].paras, a[5])
        pages = [url(a, k) for k in range(1, a[5] + 1)]
        for k in range(1, a[5] + 1):
            fam.put(pages[k - 1], article(a, k, runs))
        fam.doc(pages, a[0])
        fam.not_documents += pages[1:]
    p1 = [
        (a6[0].title, url(a6), "2024-06-05"),
        ("在市政协十三届十一次常委会议上的讲话", "/zxyw/ldjh/content/post_4251877.html", "2024-04-26"),
    ]
    p2 = [
        (a5[0].title, url(a5), "2024-01-12"),
        ("在市政协2023年度工作总结会上的讲话", "/zxyw/ldjh/content/post_4080331.html", "2023-12-28"),
    ]
    fam.put("/zxyw/ldjh/index.html", listing(p1, 1))
    fam.put("/zxyw/ldjh/index_2.html", listing(p2, 2))
    home = render(HEAD, TITLE="侨山政协网", META='<meta name="ColumnName" content="首页">\n')
    home += f"""<div class="container home-main">
<div class="home-banner swiper-container"><div class="swiper-wrapper"><div class="swiper-slide"><a href="{url(a5)}"><img src="/attachment/0/512/512345/banner1.jpg" alt=""><p>{a5[0].title}</p></a></div></div></div>
<div class="home-col"><div class="col-hd"><h2>领导讲话</h2><a class="more" href="/zxyw/ldjh/">更多</a></div><ul>
<li><a href="{url(a6)}" target="_blank">{a6[0].title}</a><span>06-05</span></li>
<li><a href="/zxyw/ldjh/content/post_4251877.html" target="_blank">在市政协十三届十一次常委会议上的讲话</a><span>04-26</span></li>
</ul></div>
<div class="home-col"><div class="col-hd"><h2>通知公告</h2><a class="more" href="/zxyw/tzgg/">更多</a></div><ul>
<li><a href="/zxyw/tzgg/content/post_4301122.html" target="_blank">关于征集2024年度重点协商议题的通知</a><span>06-10</span></li>
</ul></div>
</div>
"""
    fam.put("/", home + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cms/api/\nDisallow: /search/\n")
    fam.not_documents += ["/zxyw/ldjh/index.html", "/zxyw/ldjh/index_2.html"]
    fam.noise += ["浏览次数", "发布时间", "来源：", "字号：", "附件：", "扫一扫在手机打开当前页", "供图", "打印本页", "下一页", "当前位置"]
    return fam
