"""A document library viewer (doc88 / book118-like): the document's text server-rendered page by page
for search engines, page-number lines inside the page boxes, a paragraph running over a page break,
"还剩N页未读，继续阅读", a download box and a copyright box right after the document."""

from common import SPEECHES, Family, render

HOST = "www.daoke-doc.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="http://www.daoke-doc.test@@PATH@@">
<link rel="stylesheet" href="//static.daoke-doc.test/css/base.css?v=3.2.1">
<link rel="stylesheet" href="//static.daoke-doc.test/css/preview.css?v=3.2.1">
<script src="//static.daoke-doc.test/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo" href="/"><img src="//static.daoke-doc.test/images/logo.png" alt="道客文档"></a>
    <ul class="nav"><li><a href="/">首页</a></li><li><a href="/list-jianghua-1.html">讲话致辞</a></li><li><a href="/list-zongjie-1.html">工作总结</a></li><li><a href="/vip.html" class="vip">VIP专享</a></li></ul>
    <div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="搜索海量文档"><button type="submit">搜索</button></form></div>
    <div class="user"><a href="/login.html">登录</a><a href="/reg.html">注册</a><a href="/upload.html" class="upload">上传文档</a></div>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="/about.html">关于我们</a> | <a href="/help.html">帮助中心</a> | <a href="/copyright.html">版权申诉</a> | <a href="/contact.html">联系我们</a></p>
    <p>本站所有文档资料均由用户上传，仅供学习交流，本站不对文档内容负责。如有侵权请联系客服删除。</p>
    <p>&copy; 2012-2024 daoke-doc.test 道客文档 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">沪ICP备12034567号-3</a> 沪公网安备31011502001234号</p>
  </div>
</div>
<script src="//static.daoke-doc.test/js/preview.min.js?v=3.2.1"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6b1c5d0f2e3a4b5c6d7e8f9a0b1c2d3e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    # speech, id, ext, total pages, pages shown: list of lists of paragraph (pieces), price
    (SPEECHES["D1"], "7394854012345", "docx", 6, "5下载券"),
    (SPEECHES["D2"], "7394854067890", "doc", 2, "免费"),
]


def page_boxes(speech, total, shown_pages):
    """The paragraphs laid out on `shown_pages` pages; the last paragraph of page 1 runs on to page 2."""
    paras = speech.paras
    half = len(paras) // 2
    carry = paras[half]
    cut = len(carry) // 2
    page1 = paras[:half] + [carry[:cut]]
    page2 = [carry[cut:]] + paras[half + 1 :]
    boxes = []
    for n, lines in enumerate((page1, page2)[:shown_pages], start=1):
        body = "\n".join(f'<p class="txt">{line}</p>' for line in lines)
        boxes.append(
            f"""<div class="webpreview-item" data-page="{n}" id="page{n}">
  <div class="webpreview-box">
{body}
  </div>
  <div class="page-num">第 {n} 页 共 {total} 页</div>
</div>"""
        )
    return "\n".join(boxes)


def doc_page(i):
    speech, docid, ext, total, price = DOCS[i]
    shown = 2
    boxes = page_boxes(speech, total, shown)
    more = ""
    if total > shown:
        more = f"""<div class="readmore" id="btnReadMore">
  <div class="readmore-mask"></div>
  <p class="readmore-tip">还剩{total - shown}页未读，<a href="javascript:;" onclick="readMore({docid})">继续阅读</a></p>
  <p class="readmore-vip">VIP会员免费阅读全文，<a href="/vip.html">立即开通</a></p>
</div>"""
    else:
        more = '<div class="readend"><p>全文阅读已结束，如果下载本文需要使用<em>0</em>下载券</p></div>'
    others = "\n".join(
        f'<li><a href="/p-{d[1]}.html" title="{d[0].title}">{d[0].title}.{d[2]}</a><span>{d[3]}页</span></li>'
        for d in DOCS
        if d[1] != docid
    )
    page = (
        HEAD
        + """<div class="w1200 crumb"><a href="/">道客文档</a> &gt; <a href="/list-jianghua-1.html">讲话致辞</a> &gt; <span>@@TITLE_H@@</span></div>
<div class="w1200 main clearfix">
  <div class="main-left">
    <div class="doc-head">
      <h1 class="doc-title"><i class="icon-@@EXT@@"></i>@@TITLE_H@@<span class="ext">.@@EXT@@</span></h1>
      <div class="doc-info"><span>上传人：wenku_0921</span><span>上传时间：@@DATE@@</span><span>格式：@@EXTU@@</span><span>页数：@@TOTAL@@</span><span>大小：@@SIZE@@KB</span><span>浏览：1,286</span><span>下载：37</span></div>
    </div>
    <div class="doc-box" id="docBox">
@@BOXES@@
    </div>
@@MORE@@
    <div class="down-box">
      <div class="down-info"><p class="down-title">@@TITLE_H@@.@@EXT@@</p><p>所需：<em>@@PRICE@@</em>　　文档格式：@@EXTU@@　　页数：@@TOTAL@@页</p></div>
      <a class="btn-down" href="/download.html?id=@@DOCID@@" rel="nofollow">下载本文档</a>
      <a class="btn-fav" href="javascript:;">收藏</a>
    </div>
    <div class="copyright-box">
      <p><strong>版权说明：</strong>本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行<a href="/copyright.html">举报</a>或认领。</p>
      <p><strong>温馨提示：</strong>如果因为网速或其他原因下载失败请重新下载，重复下载不扣分。</p>
    </div>
    <div class="doc-related"><h3>相关文档</h3><ul>
@@OTHERS@@
    </ul></div>
  </div>
  <div class="main-right">
    <div class="uploader"><img src="//static.daoke-doc.test/images/avatar.png"><p>wenku_0921</p><p>文档：1,023　粉丝：56</p></div>
    <div class="ad-right"><a href="/vip.html"><img src="//static.daoke-doc.test/images/vip_ad.png" alt="开通VIP 海量文档免费下"></a></div>
  </div>
</div>
<script>var docConfig = {"docid":"@@DOCID@@","pageCount":@@TOTAL@@,"previewPages":2,"ext":"@@EXT@@"};</script>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}.{ext} - 道客文档",
        KEYWORDS=f"{speech.title}",
        DESC=speech.paras[1][:80],
        PATH=f"/p-{docid}.html",
        TITLE_H=speech.title,
        EXT=ext,
        EXTU=ext.upper(),
        DATE=speech.date,
        TOTAL=total,
        SIZE=24 * total,
        BOXES=boxes,
        MORE=more,
        PRICE=price,
        DOCID=docid,
        OTHERS=others,
    )


def list_page(n, docs):
    rows = "\n".join(
        f'<li class="doc-item"><a href="/p-{d[1]}.html" target="_blank"><i class="icon-{d[2]}"></i>{d[0].title}</a><p>{d[0].paras[1][:60]}…</p><span>{d[3]}页</span><span>{d[0].date}</span></li>'
        for d in docs
    )
    nav = "".join(
        f'<span class="cur">{k}</span>' if k == n else f'<a href="/list-jianghua-{k}.html">{k}</a>'
        for k in (1, 2)
    ) + ("" if n == 2 else '<a href="/list-jianghua-2.html" class="next">下一页</a>')
    page = (
        HEAD
        + """<div class="w1200 crumb"><a href="/">道客文档</a> &gt; <span>讲话致辞</span></div>
<div class="w1200 list"><ul class="doc-list">
@@ROWS@@
</ul><div class="pager">@@NAV@@</div></div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"讲话致辞_第{n}页 - 道客文档",
        KEYWORDS="讲话致辞",
        DESC="讲话致辞文档",
        PATH=f"/list-jianghua-{n}.html",
        ROWS=rows,
        NAV=nav,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "doc88/book118-like document library viewer (page boxes with page-number lines, 还剩N页未读, download and copyright boxes)",
    )
    home_rows = "".join(f'<li><a href="/p-{d[1]}.html">{d[0].title}</a></li>' for d in DOCS)
    fam.put(
        "/",
        render(
            HEAD
            + '<div class="w1200 index"><div class="hot"><h3><a href="/list-jianghua-1.html">讲话致辞</a></h3><ul>@@ROWS@@</ul></div></div>\n'
            + FOOT,
            TITLE="道客文档 - 海量文档免费下载",
            KEYWORDS="文档",
            DESC="道客文档",
            PATH="/",
            ROWS=home_rows,
        ),
    )
    fam.put("/list-jianghua-1.html", list_page(1, DOCS[:1]))
    fam.put("/list-jianghua-2.html", list_page(2, DOCS[1:]))
    fam.not_documents += ["/", "/list-jianghua-1.html", "/list-jianghua-2.html"]
    for i, (speech, docid, _ext, total, _price) in enumerate(DOCS):
        fam.put(f"/p-{docid}.html", doc_page(i))
        fam.doc([f"/p-{docid}.html"], speech, truncated=total > 2)
        fam.check_ignore += [f"第 1 页 共 {total} 页"]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /download.html\nDisallow: /search\nDisallow: /user/\n\nSitemap: http://www.daoke-doc.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(f'/p-{d[1]}.html')}</loc><lastmod>{d[0].date}</lastmod></url>\n"
            for d in DOCS
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "第 1 页 共 6 页",
        "第 2 页 共 6 页",
        "第 1 页 共 2 页",
        "还剩4页未读",
        "继续阅读",
        "VIP会员免费阅读全文",
        "全文阅读已结束",
        "下载本文档",
        "下载券",
        "版权说明",
        "收益归属内容提供方",
        "温馨提示",
        "相关文档",
        "上传人",
        "wenku_0921",
        ".docx",
        "沪ICP备12034567号-3",
    ]
    return fam
