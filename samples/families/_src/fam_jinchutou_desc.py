"""金锄头文库 (jinchutou.com)-like document page in the site's later template (the one it shares with
other 文库 sites on the same software): `/p-NNNNNNNNN.html` headed by the uploaded file name
(`….docx`); the `infoline` (上传人 / 文档编号 / 上传时间 / 格式 / 页数 / 大小) with 下载 / 收藏 / 举报 / 版权申诉;
the first pages as images (`alt="….docx_第N页"`) each with `第N页 / 共M页`, `点击查看更多>>`; then
`资源描述：` with the line `《….docx》由会员…分享，可在线阅读，更多相关《….docx(6页珍藏版)》请在金锄头文库上搜索。`
and the Word file's text page by page, each page's text opening with its number (`1、`, `2、`, …) so
that a paragraph running over a page break is cut by `2、` in the middle; the first page's text starts
with the speech's own title, the speaker line and the date line. The 6-page document's 资源描述 stops
after page 3 in the middle of a paragraph (→ truncated), the 3-page one shows all three; 下载文档 box,
相关资源 (the other), 最新文档, footer. Listing `/l-2201.html` → `/l-2201-2.html`."""

from common import SPEECHES, Family, render

HOST = "www.jinchutou-like.test"

DOCS = [
    {
        "speech": SPEECHES["f42d-6"],
        "pid": 412087335,
        "file": "2024年县纪委书记在全县清廉学校建设推进会上的讲话稿（范文）",
        "ext": "docx",
        "user": "公文写作小能手",
        "speaker": "县委常委、县纪委书记、县监委主任　周立新",
        "dateline": "（2024年6月14日）",
        "uptime": "2024-06-19",
        "size": "27.9KB",
        "total": 6,
        "shown": 3,
        "coins": 20,
    },
    {
        "speech": SPEECHES["f42d-2"],
        "pid": 418653902,
        "file": "副县长在全县退役军人就业创业表彰大会上的讲话",
        "ext": "doc",
        "user": "拥军优属",
        "speaker": "副县长　韩国栋",
        "dateline": "（2024年8月1日）",
        "uptime": "2024-08-05",
        "size": "38.0KB",
        "total": 3,
        "shown": 3,
        "coins": 15,
    },
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="applicable-device" content="pc" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="alternate" media="only screen and(max-width:640px)" href="https://m.jinchutou-like.test@@PATH@@" />
<link href="/style/pc/css/base.css?v=2.3.1" rel="stylesheet" type="text/css" />
<link href="/style/pc/css/@@CSS@@.css?v=2.3.1" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/style/pc/js/jquery.min.js"></script>
</head>
<body>
<div class="tophead"><div class="w1200 clearfix"><div class="fl">欢迎来到金锄头文库！</div><div class="fr top-menu" id="top_login"><a href="/member/login.html" rel="nofollow">登录</a><a href="/member/reg.html" rel="nofollow">注册</a><a href="/member/upload.html" rel="nofollow">上传赚钱</a><a href="/vip.html" rel="nofollow" class="vip">VIP会员</a><a href="/help/" rel="nofollow">帮助中心</a></div></div></div>
<div class="header w1200 clearfix">
<a href="/" class="logo fl"><img src="/style/pc/images/logo.png" alt="金锄头文库" /></a>
<div class="search fl"><form action="/search.html" method="get"><input type="text" name="q" class="search-txt" placeholder="搜索你想要的文档" /><button type="submit" class="search-btn">搜索</button></form></div>
</div>
<div class="navbar"><div class="w1200"><ul class="clearfix">
<li><a href="/">首页</a></li>
<li><a href="/l-2101.html">教育专区</a></li>
<li><a href="/l-2151.html">行业资料</a></li>
<li class="cur"><a href="/l-2201.html">党政相关</a></li>
<li><a href="/l-2251.html">办公文档</a></li>
<li><a href="/l-2301.html">资格认证</a></li>
<li><a href="/l-2351.html">生活休闲</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<p class="links"><a href="/help/about.html" rel="nofollow">关于我们</a>|<a href="/help/agreement.html" rel="nofollow">用户协议</a>|<a href="/help/copyright.html" rel="nofollow">版权申诉</a>|<a href="/help/contact.html" rel="nofollow">联系我们</a>|<a href="/sitemap.html">网站地图</a></p>
<p>本站所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。</p>
<p>金锄头文库版权所有 经营许可证：<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">宁ICP备18002371号-2</a></p>
</div></div>
<script type="text/javascript" src="/style/pc/js/common.js?v=2.3.1"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?f09b2e1d3c7a58e46b20d9c1a3e7f4b5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DETAIL = """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/l-2201.html">党政相关</a> &gt; <a href="/l-2201.html">讲话致辞</a></div>
<div class="w1200 clearfix">
<div class="detail-l fl">
<div class="doc-hd">
<h1 class="title"><i class="icon-@@EXT@@"></i>@@FILE@@</h1>
<div class="infoline">
<span>上传人：<a href="/u-@@UID@@.html" rel="nofollow" target="_blank">@@USER@@</a></span><span>文档编号：@@PID@@</span><span>上传时间：@@UPTIME@@</span><span>格式：@@EXTU@@</span><span>页数：@@TOTAL@@</span><span>大小：@@SIZE@@</span>
</div>
<div class="opt"><a href="/down/@@PID@@.html" class="a-down" rel="nofollow">下载</a><a href="javascript:;" class="a-fav" onclick="addfav(@@PID@@)" rel="nofollow">收藏</a><a href="/help/report.html?id=@@PID@@" class="a-report" rel="nofollow">举报</a><a href="/help/copyright.html?id=@@PID@@" class="a-copy" rel="nofollow">版权申诉</a></div>
</div>
<div class="preview-box" id="previewBox">
@@IMAGES@@
<div class="more-pages"><a href="/down/@@PID@@.html" rel="nofollow">点击查看更多&gt;&gt;</a></div>
</div>
<div class="desc-box">
<div class="desc-tit">资源描述：</div>
<div class="desc-con">
<p class="desc-share">《@@FILE@@》由会员@@USER@@分享，可在线阅读，更多相关《@@FILE@@(@@TOTAL@@页珍藏版)》请在金锄头文库上搜索。</p>
@@CHUNKS@@
</div>
</div>
<div class="down-box clearfix">
<div class="down-info fl"><p class="down-name"><i class="icon-@@EXT@@"></i>@@FILE@@</p><p>需要金币：<em>@@COINS@@</em>　<span class="gray">（10金币=人民币1元）</span></p></div>
<a href="/down/@@PID@@.html" class="down-btn fr" rel="nofollow">下载文档</a>
</div>
<div class="related-box">
<div class="box-tit">相关资源</div>
<p class="matching">正为您匹配相似的精品文档</p>
<ul>
<li><i class="icon-@@OEXT@@"></i><a href="/p-@@OPID@@.html" target="_blank">@@OFILE@@</a></li>
<li><i class="icon-docx"></i><a href="/p-410992741.html" target="_blank">清廉学校建设实施方案及评价细则.docx</a></li>
<li><i class="icon-doc"></i><a href="/p-409813355.html" target="_blank">退役军人服务站工作制度汇编.doc</a></li>
</ul>
</div>
</div>
<div class="detail-r fr">
<div class="r-box"><div class="box-tit">最新文档</div><ul>
<li><a href="/p-418702214.html" target="_blank">2024年第二季度党课讲稿.docx</a></li>
<li><a href="/p-418700958.html" target="_blank">关于开展作风建设年活动的实施方案.doc</a></li>
<li><a href="/p-418699317.html" target="_blank">在年中工作会议上的主持词.docx</a></li>
</ul></div>
<div class="r-box kefu"><p>客服热线：400-0512-778</p><p>工作时间：周一至周五 9:00-18:00</p></div>
</div>
</div>
<script type="text/javascript">var docid = "@@PID@@", totalpage = @@TOTAL@@, showpage = @@SHOWN@@;</script>
"""


def page_texts(d):
    """The Word file's text cut into its printed pages (about equal lengths, breaking anywhere)."""
    s = d["speech"]
    lines = [s.title, d["speaker"], d["dateline"]] + s.paras
    total = sum(len(x) for x in lines)
    per = total // d["total"] + 1
    pages, cur, room = [], [], per
    for line in lines:
        rest = line
        while rest:
            if len(rest) <= room:
                cur.append(rest)
                room -= len(rest)
                rest = ""
            else:
                # a page break inside the paragraph (never inside the three head lines)
                cut = max(room, 1)
                cur.append(rest[:cut])
                pages.append(cur)
                cur, room, rest = [], per, rest[cut:]
    if cur:
        pages.append(cur)
    assert len(pages) == d["total"], (len(pages), d["total"])
    return pages


def shown_text(d):
    """The expected text: the speech's paragraphs as far as the shown pages go (joined over breaks)."""
    pages = page_texts(d)[: d["shown"]]
    flat = "".join("".join(p) for p in pages)
    head = d["speech"].title + d["speaker"] + d["dateline"]
    assert flat.startswith(head)
    left = len(flat) - len(head)
    out = []
    for para in d["speech"].paras:
        if left <= 0:
            break
        out.append(para[:left])
        left -= len(para)
    return out


def chunks(d):
    out = []
    for n, lines in enumerate(page_texts(d)[: d["shown"]], 1):
        body = "\n".join(f"<p>{n}、{x}</p>" if i == 0 else f"<p>{x}</p>" for i, x in enumerate(lines))
        out.append(f'<div class="page-txt" id="txt_{n}">\n{body}\n</div>')
    return "\n".join(out)


def images(d):
    file = f"{d['file']}.{d['ext']}"
    return "\n".join(
        f"""<div class="preview-page"><img src="https://img.jinchutou-like.test/2024-{d["uptime"][5:7]}/{d["pid"] % 100}/{d["pid"]}/{n}.gif" alt="{file}_第{n}页" /><div class="page-no">第{n}页 / 共{d["total"]}页</div></div>"""
        for n in range(1, min(d["total"], 3) + 1)
    )


def doc_page(d, o):
    file = f"{d['file']}.{d['ext']}"
    return render(
        HEAD + DETAIL + FOOT,
        TITLE=f"{file}-金锄头文库",
        KEYWORDS=f"{d['file']}",
        DESC=f"《{file}》由会员{d['user']}分享，可在线阅读，更多相关《{file}({d['total']}页珍藏版)》请在金锄头文库上搜索。",
        PATH=f"/p-{d['pid']}.html",
        CSS="detail",
        EXT=d["ext"],
        EXTU=d["ext"].upper(),
        FILE=file,
        UID=d["pid"] % 1000000,
        USER=d["user"],
        PID=d["pid"],
        UPTIME=d["uptime"],
        TOTAL=d["total"],
        SIZE=d["size"],
        IMAGES=images(d),
        CHUNKS=chunks(d),
        COINS=d["coins"],
        OEXT=o["ext"],
        OPID=o["pid"],
        OFILE=f"{o['file']}.{o['ext']}",
        SHOWN=d["shown"],
    )


LIST = """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; 党政相关</div>
<div class="w1200 list-box">
<ul class="doc-list">
@@ITEMS@@
</ul>
<div class="pages">@@PAGER@@</div>
</div>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "金锄头文库 (jinchutou) later template: 资源描述 with per-page 1、2、… text chunks, page images, 6-page preview cut",
    )
    for page, d in ((1, DOCS[0]), (2, DOCS[1])):
        path = "/l-2201.html" if page == 1 else "/l-2201-2.html"
        file = f"{d['file']}.{d['ext']}"
        item = f"""<li class="clearfix"><i class="icon-{d["ext"]}"></i><a href="/p-{d["pid"]}.html" target="_blank" title="{file}">{file}</a><span class="num">{d["total"]}页</span><span class="time">{d["uptime"]}</span></li>"""
        pager = (
            '<span class="cur">1</span><a href="/l-2201-2.html">2</a><a href="/l-2201-2.html" class="next">下一页</a>'
            if page == 1
            else '<a href="/l-2201.html" class="prev">上一页</a><a href="/l-2201.html">1</a><span class="cur">2</span>'
        )
        fam.put(
            path,
            render(
                HEAD + LIST + FOOT,
                TITLE="党政相关" + ("" if page == 1 else "-第2页") + "-金锄头文库",
                KEYWORDS="党政相关,讲话致辞",
                DESC="金锄头文库党政相关频道",
                PATH=path,
                CSS="list",
                ITEMS=item,
                PAGER=pager,
            ),
        )
    home = """<div class="w1200 idx-cat"><div class="box-tit"><a href="/l-2201.html">党政相关</a><a href="/l-2201.html" class="more">更多&gt;</a></div>
<ul><li><a href="/p-@@PID@@.html" target="_blank">@@FILE@@</a></li></ul></div>
"""
    fam.put(
        "/",
        render(
            HEAD + home + FOOT,
            TITLE="金锄头文库-文档分享与下载平台",
            KEYWORDS="金锄头文库,文档,文档下载",
            DESC="金锄头文库是一个文档分享平台",
            PATH="/",
            CSS="index",
            PID=DOCS[0]["pid"],
            FILE=f"{DOCS[0]['file']}.{DOCS[0]['ext']}",
        ),
    )
    fam.not_documents += ["/", "/l-2201.html", "/l-2201-2.html"]
    for i, d in enumerate(DOCS):
        path = f"/p-{d['pid']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc(
            [path],
            d["speech"],
            truncated=d["shown"] < d["total"],
            text="\n".join(shown_text(d)),
            published_at=d["uptime"],
        )
    # a page's number opens its text and so may stand inside a paragraph running over the break
    fam.check_ignore += ["2、", "3、"]
    fam.note = (
        "title is the speech's own, the first line of page 1's text (after `1、`); the page heads it with the "
        "file name; published_at is the 上传时间, not the date line under the title; a paragraph running "
        "over a page break is one paragraph with the next page's `2、`/`3、` taken out; the 6-page document "
        "shows 3 pages (truncated)"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /member/\nDisallow: /search.html\n")
    fam.noise += [
        "2024年县纪委书记在全县清廉学校建设推进会上的讲话稿（范文）",
        "副县长在全县退役军人就业创业表彰大会上的讲话.doc",
        "上传人：",
        "公文写作小能手",
        "文档编号：",
        "版权申诉",
        "第1页 / 共6页",
        "点击查看更多",
        "资源描述：",
        "由会员",
        "请在金锄头文库上搜索",
        "页珍藏版",
        "县委常委、县纪委书记、县监委主任　周立新",
        "副县长　韩国栋",
        "（2024年6月14日）",
        "（2024年8月1日）",
        "下载文档",
        "10金币=人民币1元",
        "相关资源",
        "正为您匹配相似的精品文档",
        "最新文档",
        "客服热线",
        "宁ICP备18002371号-2",
    ]
    return fam
