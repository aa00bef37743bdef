"""163文库 (www.163wenku.com)-like document page: `/p-N.html` titled `标题.doc-163文库`, the site's top
bar, search, 文档分类 crumb, `div.doc-title` h1 with a file-type icon and the info row (页数 / 大小 /
上传时间 / 浏览 / 下载), a 下载 box (`下载本文档(2积分)`, 加入VIP) before the preview and again
after it; the preview prints each Word page as `div.page-box` with its text in `<p>`s and a `第 N 页 / 共
M 页` foot (a paragraph runs over a page break: its two halves are two `<p>`s); one document stops after
its free pages (`还剩 2 页未读，下载后阅读全文`, `预览已结束，剩余内容请下载`) → truncated, the other is
complete (`预览结束，喜欢就下载吧！`); 文档标签, 版权提示, 相关资源 (the other document), 用户上传列表;
home → `/list-1024.html`."""

from common import SPEECHES, Family, render

HOST = "www.yiliusan-wenku-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="//static.yiliusan-wenku-like.test/css/common.css?v=20230611">
<link rel="stylesheet" href="//static.yiliusan-wenku-like.test/css/doc.css?v=20230611">
</head>
<body>
<div class="site-top"><div class="w1200"><span>您好，欢迎访问163文库</span><div class="fr"><a href="/user/login.html" rel="nofollow">登录</a><a href="/user/reg.html" rel="nofollow">免费注册</a><a href="/vip.html" class="vip">VIP会员</a><a href="/upload.html" rel="nofollow">上传文档</a></div></div></div>
<div class="site-head w1200">
<a class="logo" href="/"><img src="//static.yiliusan-wenku-like.test/images/logo.png" alt="163文库"></a>
<form class="so" action="/search.html" method="get"><input name="q" type="text" placeholder="搜索文档"><button type="submit">搜 索</button></form>
</div>
<div class="site-nav"><div class="w1200"><a href="/">首页</a><a href="/list-1024.html">党政相关</a><a href="/list-1025.html">行业资料</a><a href="/list-1026.html">教育专区</a><a href="/list-1027.html">应用文书</a><a href="/list-1028.html">办公文档</a></div></div>
"""

FOOT = """<div class="site-foot">
<p><a href="/help/about.html">关于我们</a> - <a href="/help/copyright.html">版权申诉</a> - <a href="/help/agreement.html">用户协议</a> - <a href="/help/contact.html">联系我们</a></p>
<p>163文库 版权所有 &copy;2018-2024 All Rights Reserved. <a href="https://beian.miit.gov.cn" rel="nofollow" target="_blank">湘ICP备18012376号-3</a></p>
<p>本站为文档C2C交易模式，即用户上传的文档直接卖给（下载）用户，本站只是中间服务平台，本站所有文档下载所得的收益归上传人所有。</p>
</div>
<script src="//static.yiliusan-wenku-like.test/js/jquery.min.js"></script>
<script src="//static.yiliusan-wenku-like.test/js/doc.js?v=20230611"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0c4e1a7b3d5f9e2a8c6b1d3f5a7e9c24";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    # pages: list of page contents as (para index, start, end) slices; the document shows `free` of `total` pages
    {"speech": SPEECHES["f50a-3"], "id": 5318867, "file": "2023年度个人述职述廉报告", "ext": "docx",
     "up": "2024-01-12", "size": "24.6KB", "total": 3, "free": 2, "views": 386, "downs": 12, "user": "公文*****号", "price": 2},
    {"speech": SPEECHES["f50a-4"], "id": 4907215, "file": "在村级换届选举工作培训会上的讲话", "ext": "doc",
     "up": "2020-12-03", "size": "31KB", "total": 3, "free": 3, "views": 1204, "downs": 57, "user": "wenm***23", "price": 3},
]

PER_PAGE = 330  # characters a printed Word page carries in this preview


def paginate(paras):
    """Cut paragraphs into pages of about PER_PAGE characters; a paragraph may run over a break."""
    pages, cur, room = [], [], PER_PAGE
    for i, p in enumerate(paras):
        rest = p
        while rest:
            if len(rest) <= room:
                cur.append((i, rest))
                room -= len(rest)
                rest = ""
            else:
                cut = room
                # cut at a punctuation mark near the end of the page
                for k in range(room, max(room - 40, 1), -1):
                    if rest[k - 1] in "，。；、：":
                        cut = k
                        break
                if cut >= 8:
                    cur.append((i, rest[:cut]))
                    rest = rest[cut:]
                pages.append(cur)
                cur, room = [], PER_PAGE
        if room < 20:
            pages.append(cur)
            cur, room = [], PER_PAGE
    if cur:
        pages.append(cur)
    return pages


def doc_page(d, other):
    s = d["speech"]
    pages = paginate(s.paras)
    shown_pages = pages[: d["free"]]
    total = len(pages) if d["free"] >= len(pages) else d["total"]
    boxes = []
    for n, chunks in enumerate(shown_pages, 1):
        ps = "\n".join(f"<p>{t}</p>" for _, t in chunks)
        boxes.append(f'<div class="page-box" id="page{n}" data-page="{n}">\n<div class="page-con">\n{ps}\n</div>\n'
                     f'<div class="page-num">第 {n} 页 / 共 {total} 页</div>\n</div>')
    truncated = len(shown_pages) < len(pages)
    if truncated:
        end = (f'<div class="preview-end"><p class="more-tip">还剩 {total - d["free"]} 页未读，下载后阅读全文</p>'
               f'<p>预览已结束，剩余内容请下载文档后查看</p><a class="btn-down" href="/down/{d["id"]}.html" rel="nofollow">下载本文档({d["price"]}积分)</a></div>')
    else:
        end = '<div class="preview-end"><p>预览结束，喜欢就下载吧！</p></div>'
    page = HEAD + """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list-1024.html">党政相关</a> &gt; <a href="/list-1024.html">讲话发言</a> &gt; @@FILE@@</div>
<div class="w1200 doc-wrap clearfix">
<div class="doc-main">
<div class="doc-title"><i class="ico ico-@@EXT@@"></i><h1>@@FILE@@</h1></div>
<div class="doc-info"><span>页数：@@TOTAL@@</span><span>大小：@@SIZE@@</span><span>上传时间：@@UP@@</span><span>浏览：@@VIEWS@@</span><span>下载：@@DOWNS@@</span><span>上传人：<a href="/u/@@UID@@/">@@USER@@</a></span></div>
<div class="down-box down-top">
<div class="price">售价：<em>@@PRICE@@</em> 积分</div>
<a class="btn-down" href="/down/@@ID@@.html" rel="nofollow">下载本文档(@@PRICE@@积分)</a>
<a class="btn-vip" href="/vip.html">加入VIP，免费下载</a>
<span class="tip">文档格式：.@@EXT@@　下载后可编辑</span>
</div>
<div class="doc-preview" id="preview">
@@BOXES@@
@@END@@
</div>
<div class="down-box down-bottom">
<p class="d-name">@@FILE@@.@@EXT@@</p>
<a class="btn-down" href="/down/@@ID@@.html" rel="nofollow">下载</a>
<span>本文档共 @@TOTAL@@ 页，已下载 @@DOWNS@@ 次</span>
</div>
<div class="doc-tags">文档标签：<a href="/search.html?q=讲话">讲话</a><a href="/search.html?q=范文">范文</a><a href="/search.html?q=@@TAG@@">@@TAG@@</a></div>
<div class="copyright-tip"><h4>版权提示</h4><p>1、本文档由用户上传，仅供学习交流，163文库仅提供信息存储空间。<br>2、如本文档侵犯了您的权益，请点击<a href="/help/copyright.html">版权申诉</a>，我们将在24小时内处理。<br>3、下载前请先预览，预览内容与下载文档一致。</p></div>
<div class="relate"><h3>相关资源</h3><ul>
<li><a href="/p-@@OTHER_ID@@.html">@@OTHER_FILE@@.@@OTHER_EXT@@</a></li>
<li><a href="/p-5101442.html">村两委换届选举工作方案.docx</a></li>
<li><a href="/p-5288130.html">市场监管所所长述职报告.doc</a></li>
</ul></div>
</div>
<div class="doc-side">
<div class="side-box user-card"><img src="//static.yiliusan-wenku-like.test/images/avatar.png" alt=""><p class="name">@@USER@@</p><p>上传文档：268　粉丝：17</p><a href="/u/@@UID@@/">进入TA的主页</a></div>
<div class="side-box"><h3>TA的文档</h3><ul><li><a href="/p-@@OTHER_ID@@.html">@@OTHER_FILE@@</a></li></ul></div>
<div class="side-box ad"><a href="/vip.html"><img src="//static.yiliusan-wenku-like.test/images/vip-ad.png" alt="VIP会员"></a></div>
</div>
</div>
""" + FOOT
    html = render(page, TITLE=f"{d['file']}.{d['ext']}-163文库", KEYWORDS=f"{d['file']},讲话,范文", DESC=s.paras[0][:90],
                  FILE=d["file"], EXT=d["ext"], TOTAL=total, SIZE=d["size"], UP=d["up"], VIEWS=d["views"], DOWNS=d["downs"],
                  UID=81000 + d["id"] % 997, USER=d["user"], PRICE=d["price"], ID=d["id"], BOXES="\n".join(boxes), END=end,
                  TAG="述职报告" if d["ext"] == "docx" else "换届选举", OTHER_ID=other["id"], OTHER_FILE=other["file"], OTHER_EXT=other["ext"])
    # expected text: the paragraphs shown (a paragraph cut at a page break joined again)
    shown = {}
    for chunks in shown_pages:
        for i, t in chunks:
            shown[i] = shown.get(i, "") + t
    text = "\n".join(shown[i] for i in sorted(shown))
    return html, truncated, text, pages


def build() -> Family:
    fam = Family(HOST, "163文库-like document page: page-box preview with 第 N 页 / 共 M 页, 下载 boxes, free pages then cut")
    d1, d2 = DOCS
    rows = "\n".join(
        f'<li><i class="ico ico-{d["ext"]}"></i><a href="/p-{d["id"]}.html" target="_blank">{d["file"]}.{d["ext"]}</a><span>{d["up"]}</span></li>'
        for d in DOCS
    )
    listing = HEAD + """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; 党政相关</div>
<div class="w1200 list-box"><ul class="doc-list">
@@ROWS@@
</ul>
<div class="pages"><span class="cur">1</span></div></div>
""" + FOOT
    fam.put("/list-1024.html", render(listing, TITLE="党政相关-163文库", KEYWORDS="党政相关", DESC="党政相关文档", ROWS=rows))
    home = HEAD + """<div class="w1200 home">
<div class="hbox"><h2>最新上传</h2><ul class="doc-list">
<li><i class="ico ico-docx"></i><a href="/p-@@ID1@@.html" target="_blank">@@F1@@.docx</a></li>
</ul><a class="more" href="/list-1024.html">更多&gt;&gt;</a></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="163文库-文档分享平台", KEYWORDS="文档,范文,下载", DESC="163文库文档分享平台", ID1=d1["id"], F1=d1["file"]))
    for d, other in ((d1, d2), (d2, d1)):
        html, truncated, text, pages = doc_page(d, other)
        if d is d1:
            assert truncated and d["total"] == len(pages), len(pages)
        fam.put(f"/p-{d['id']}.html", html)
        fam.doc([f"/p-{d['id']}.html"], d["speech"], truncated=truncated, text=text if truncated else None,
                published_at=d["up"])
    fam.not_documents += ["/", "/list-1024.html"]
    fam.check_ignore += [f"第 {n} 页 / 共 3 页" for n in (1, 2, 3)]
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /down/\nDisallow: /user/\nDisallow: /search.html\nSitemap: http://{HOST}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{HOST}/p-{d['id']}.html</loc><lastmod>{d['up']}</lastmod></url>" for d in DOCS)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')
    fam.noise += ["第 1 页 / 共", "下载本文档(", "预览已结束", "还剩 1 页未读", "预览结束，喜欢就下载吧", "版权提示", "相关资源", "湘ICP备18012376号-3", "上传时间："]
    fam.note = ("the preview's page blocks cut paragraphs at page breaks (two <p>s for one paragraph); p-5318867 shows 2 of 3 pages → truncated, "
                "its published_at is the upload date (the 述职报告 has no date of its own); p-4907215 is complete (published_at: its upload date too)")
    return fam
