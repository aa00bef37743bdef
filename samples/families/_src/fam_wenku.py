"""A Baidu-Wenku-like document viewer (old `reader` markup, server-rendered): every printed line of
the document is its own absolutely positioned `<p class="reader-word-layer …" style="…top:…;left:…">`
inside `reader-page` boxes; a line's bold lead and the rest are two layers with the same `top`;
a paragraph's first line is indented by `left`, not by spaces; a paragraph runs over the page
break; `第N页 / 共M页` under each page; `还剩N页未读，继续阅读` (→ truncated) on one document, the
other shown to its end; 贡献者 info line, download bar, 相关文档."""

from common import SPEECHES, Family, render

HOST = "wenku.zhiwen-doc.test"
LINE = 34  # characters per printed line
LEAD_PREFIXES = ("一是", "二是", "三是")

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta name="keywords" content="@@KEYWORDS@@">
<link rel="stylesheet" href="//wkstatic.zhiwen-doc.test/static/view/css/reader_2d8f1c3.css">
<style>.reader-word-s1-0{font-size:187px;font-family:'宋体'}.reader-word-s1-2{font-size:187px;font-family:'宋体'}.reader-word-s1-3{font-size:187px;font-family:'黑体';font-weight:bold}.reader-txt-layer{position:relative;transform:scale(0.1);transform-origin:0 0}.reader-word-layer{position:absolute;white-space:pre;margin:0}</style>
<script>var WkInfo = {"DocInfo":{"docId":"@@DOCID@@","docType":"doc","totalPageNum":@@TOTAL@@,"freePage":@@FREE@@},"Urls":{"getDownload":"/user/submit/download"}};</script>
</head>
<body>
<div id="hd" class="header">
  <div class="hd-inner"><a href="/" class="logo"><img src="//wkstatic.zhiwen-doc.test/static/images/logo.png" alt="知文文库"></a>
    <form action="/search" class="search-form"><input name="word" class="search-input" placeholder="搜索文档"><button class="search-btn">搜索文档</button></form>
    <div class="user-bar"><a href="/login">登录</a><a href="/vip" class="vip-entry">开通VIP</a></div>
  </div>
</div>
<div id="bd">
"""

FOOT = """</div>
<div id="ft" class="footer">
  <p>&copy;2024 zhiwen-doc.test <a href="/about/terms">使用知文前必读</a> | <a href="/about/copyright">知识产权保护</a> | <a href="/about/contact">联系我们</a></p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备11012345号-8</a></p>
</div>
<script src="//wkstatic.zhiwen-doc.test/static/view/js/reader_7a1e9b2.js"></script>
</body>
</html>
"""

# speech, doc id, total pages of the document, pages shown, contributor, reads
DOCS = [
    (SPEECHES["Z1"], "8a4f0c2e7b1d3a6f9e5c0b28", 3, 1, "人大办小周", 4120),
    (SPEECHES["Z2"], "c3d9b1e04f7a2c8e5b6d1f93", 2, 2, "护理部小王", 1832),
]


def printed_lines(paras):
    """Each paragraph as printed lines: (first line of a paragraph?, bold lead, text)."""
    out = []
    for p in paras:
        first, rest = True, p
        while rest:
            width = LINE - 2 if first else LINE
            piece, rest = rest[:width], rest[width:]
            lead = ""
            if first:
                for prefix in LEAD_PREFIXES:
                    if piece.startswith(prefix):
                        lead = piece[: piece.index("，") + 1]
                        piece = piece[len(lead) :]
            out.append((first, lead, piece))
            first = False
    return out


def page_box(no, total, lines):
    rows = []
    for n, (first, lead, text) in enumerate(lines):
        top = 1320 + n * 280
        left = 1374 if first else 1000
        if lead:
            rows.append(
                f'<p class="reader-word-layer reader-word-s1-3" style="width:{len(lead) * 187}px;height:187px;line-height:187px;top:{top}px;left:{left}px;z-index:0;">{lead}</p>'
            )
            left += len(lead) * 187
        rows.append(
            f'<p class="reader-word-layer reader-word-s1-2" style="width:{len(text) * 187}px;height:187px;line-height:187px;top:{top}px;left:{left}px;z-index:0;">{text}</p>'
        )
    body = "\n".join(rows)
    return f"""<div class="reader-page reader-page-{no}" id="pageNo-{no}" data-page-no="{no}" style="width:700px;height:990px;">
<div class="reader-txt-layer" style="width:7000px;height:9900px;">
<div class="ie-fix">
{body}
</div>
</div>
<div class="page-count">第{no}页 / 共{total}页</div>
</div>"""


def doc_page(i):
    speech, docid, total, shown, who, reads = DOCS[i]
    lines = printed_lines(speech.paras)
    per = -(-len(lines) // shown)
    boxes = "\n".join(page_box(k + 1, total, lines[k * per : (k + 1) * per]) for k in range(shown))
    if shown < total:
        after = f"""<div class="try-end-fold-page" id="try-end-fold-page">
<div class="fold-page-content"><p class="fold-page-text">还剩{total - shown}页未读，<span class="moreBtn goBtn">继续阅读</span></p>
<p class="fold-page-vip"><a href="/vip?from=fold&amp;docid={docid}">开通VIP，免费阅读和下载全文</a></p></div>
</div>"""
    else:
        after = '<div class="reader-end"><p>— 本文档已全部展示完毕 —</p></div>'
    other = DOCS[1 - i]
    body = f"""<div class="doc-main">
  <div class="doc-header">
    <h1 class="doc-title"><span class="doc-value">{speech.title}</span></h1>
    <div class="doc-info"><span class="doc-owner">贡献者：<a href="/user/{who}">{who}</a></span><span class="pipe">|</span><span>{speech.date}</span><span class="pipe">|</span><span>{total}页</span><span class="pipe">|</span><span>{reads}次阅读</span><span class="pipe">|</span><span class="doc-score">4.6分</span></div>
  </div>
  <div id="reader-container" class="reader-container">
{boxes}
{after}
  </div>
  <div class="doc-bottom-bar">
    <span class="bar-tip">下载文档到电脑，查找使用更方便</span>
    <span class="bar-price">2下载券</span>
    <a href="/user/submit/download?docid={docid}" class="btn-download" rel="nofollow">立即下载</a>
    <a href="javascript:;" class="btn-app">用App打开</a>
  </div>
  <div class="doc-report"><a href="/feedback?docid={docid}" rel="nofollow">举报</a> 本文档由用户上传，如有侵权请联系删除</div>
</div>
<div class="doc-aside">
  <div class="aside-box related-doc"><h3>相关文档</h3><ul>
    <li><a href="/view/{other[1]}.html">{other[0].title}</a><span>{other[2]}页</span></li>
    <li><a href="/view/0b1c2d3e4f5a6b7c8d9e0f11.html">任职表态发言稿（通用版）</a><span>2页</span></li>
  </ul></div>
  <div class="aside-box hot-doc"><h3>热门文档</h3><ul><li><a href="/view/1a2b3c4d5e6f7a8b9c0d1e2f.html">2024年工作计划范文</a></li></ul></div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title} - 知文文库",
        DESC=speech.paras[1][:70],
        KEYWORDS=speech.title,
        DOCID=docid,
        TOTAL=total,
        FREE=shown,
    )


def list_page():
    rows = "\n".join(
        f'<li class="doc-item"><a href="/view/{d[1]}.html" class="doc-title">{d[0].title}</a><p class="doc-summary">{d[0].paras[1][:50]}…</p><span>{d[2]}页</span></li>'
        for d in DOCS
    )
    return render(
        HEAD + f'<div class="list-main"><h2>讲话致辞</h2><ul class="doc-list">\n{rows}\n</ul></div>\n' + FOOT,
        TITLE="讲话致辞 - 知文文库",
        DESC="讲话致辞",
        KEYWORDS="讲话致辞",
        DOCID="",
        TOTAL=0,
        FREE=0,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Baidu-Wenku-like viewer: one positioned <p class=reader-word-layer> per printed line, bold leads as separate layers, 第N页, 还剩N页未读",
    )
    home = render(
        HEAD
        + f'<div class="index-main"><div class="cate"><a href="/list/jianghua.html">讲话致辞</a></div><div class="rec"><h3>精品推荐</h3><ul><li><a href="/view/{DOCS[0][1]}.html">{DOCS[0][0].title}</a></li></ul></div></div>\n'
        + FOOT,
        TITLE="知文文库 - 让每个人平等地提升自我",
        DESC="知文文库",
        KEYWORDS="文库",
        DOCID="",
        TOTAL=0,
        FREE=0,
    )
    fam.put("/", home)
    fam.put("/list/jianghua.html", list_page())
    fam.not_documents += ["/", "/list/jianghua.html"]
    for i, (speech, docid, total, shown, *_r) in enumerate(DOCS):
        fam.put(f"/view/{docid}.html", doc_page(i))
        fam.doc([f"/view/{docid}.html"], speech, truncated=shown < total)
        fam.check_ignore += [f"第{k}页 / 共{total}页" for k in range(1, shown + 1)]
    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /user/\nDisallow: /search\n\nSitemap: http://{HOST}/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>http://{HOST}/view/{d[1]}.html</loc><lastmod>{d[0].date}</lastmod></url>\n" for d in DOCS)
        + "</urlset>\n",
    )
    fam.noise += [
        "知文文库",
        "贡献者",
        "人大办小周",
        "护理部小王",
        "次阅读",
        "4.6分",
        "第1页 / 共3页",
        "第1页 / 共2页",
        "第2页 / 共2页",
        "还剩2页未读",
        "继续阅读",
        "开通VIP",
        "本文档已全部展示完毕",
        "下载文档到电脑",
        "下载券",
        "立即下载",
        "用App打开",
        "本文档由用户上传",
        "相关文档",
        "任职表态发言稿（通用版）",
        "热门文档",
        "京ICP备11012345号-8",
    ]
    return fam
