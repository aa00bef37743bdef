"""百度文库 (wenku.baidu.com/view/ID.html) 2023+ PC reader as a crawler gets it: a Vue SSR page with
`window.pageData` (title, docId, docType doc, readerInfo page / freePage / htmlUrls, createTime), the new
header (search, 开通VIP, 登录), `doc-title-wrap` with the title and the `doc-info` line (评分, 阅读量, 页数,
上传时间), the reader `div.pc-preview > div.reader-wrap` whose `reader-page` boxes (`#pageNo-N`,
`data-page-no`) hold one absolutely positioned `div.reader-word-layer reader-word-s1-N` per printed line
(the docx's own centred title, date line and speaker line first; a paragraph's first line only a larger
`left`; 38 characters a line, cut mid-sentence; a paragraph running over the page break). One document
stops after 3 of 5 pages at the fold (`剩余2页未读，继续阅读`, 开通VIP免费阅读全文) → truncated; the other,
a free 4-page document, is printed 2 pages at a time, its second half at `?pn=3` through the reader's
`page-btn-wrap` (上一页 / 下一页) pager. Toolbar (下载, 收藏, 分享, 打印), 相关文档 / 为您推荐 lists,
举报 / copyright line, footer with 京ICP证030173号."""

import json

from common import SPEECHES, Family, render

HOST = "wenku.baidu-reader-like.test"
LINE = 38

DOCS = [
    {
        "speech": SPEECHES["R30B1"], "id": "5f1c7a9e3b2d48c60e1f7a2b", "pages": 5, "shown": 3,
        "byline": "副县长　陈国栋", "dateline": "（2023年10月17日）", "upload": "2023-10-19",
        "reads": "1.2万", "score": "4.6", "uploader": "林业干部小张", "per": 3,
    },
    {
        "speech": SPEECHES["R30B2"], "id": "9b3e0d6a1c4f27e85d2a6c14", "pages": 4, "shown": 4,
        "byline": "市总工会主席　刘慧敏", "dateline": "（2023年9月23日）", "upload": "2023-09-25",
        "reads": "3586", "score": "4.3", "uploader": "工会小李", "per": 2,
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="referrer" content="always">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="@@CANON@@">
<link rel="icon" href="https://wkstatic.bdimg-like.test/static/wkcommon/favicon.ico">
<link rel="stylesheet" href="https://wkstatic.bdimg-like.test/static/ndpcwenku/static/ndview/pc-preview.3a7d41c2.css">
<link rel="stylesheet" href="https://wkstatic.bdimg-like.test/static/ndpcwenku/static/ndview/reader.e09b6f25.css">
<style>.reader-word-s1-0{font-size:22px;font-family:'方正小标宋简体','SimSun';font-weight:bold}.reader-word-s1-1{font-size:16px;font-family:'楷体','KaiTi'}.reader-word-s1-2{font-size:16px;font-family:'仿宋','FangSong'}.reader-word-layer{position:absolute;white-space:pre;line-height:1}</style>
</head>
<body class="wk-pc">
<div id="app">
<div class="new-header">
  <div class="header-wrap">
    <a class="logo-wrap" href="/" title="百度文库"><img class="logo" src="https://wkstatic.bdimg-like.test/static/wkcommon/img/logo_wk.png" alt="百度文库"></a>
    <div class="search-wrap"><form action="/search" method="get"><input class="search-input" name="word" autocomplete="off" placeholder="搜索文档、课件、资料"><button class="search-btn" type="submit">搜索</button></form></div>
    <div class="user-wrap"><a class="vip-entry" href="/ndvipmember/browse/vipmemberpage" rel="nofollow">开通VIP</a><a class="upload-entry" href="/user/upload" rel="nofollow">上传文档</a><span class="login-btn" data-logsend='{"send":["general","login"]}'>登录</span></div>
  </div>
</div>
"""

FOOT = """<div class="footer-wrap">
  <p class="footer-links"><a href="/portal/browse/help" target="_blank">使用帮助</a> | <a href="/ndnewtopic/copyright" target="_blank">知识产权保护</a> | <a href="/portal/browse/agreement" target="_blank">文库协议</a> | <a href="/ndactivity/sitemap" target="_blank">网站地图</a></p>
  <p class="copyright">&copy;2024 Baidu <a href="https://www.baidu-like.test/duty/" target="_blank" rel="nofollow">使用百度前必读</a> | <a href="/portal/browse/agreement" target="_blank">百度文库协议</a> | <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证030173号</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11000002000001" target="_blank" rel="nofollow">京公网安备11000002000001号</a></p>
</div>
</div>
<script src="https://wkstatic.bdimg-like.test/static/ndpcwenku/static/ndview/vendor.5c2e8a17.js"></script>
<script src="https://wkstatic.bdimg-like.test/static/ndpcwenku/static/ndview/pc-preview.71f0b3d9.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu-like.test/hm.js?d8bfb560f8d03bbefc9bdecafc4a4bf6";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s)})();</script>
</body>
</html>
"""


def lines_of(d):
    """The docx as printed lines: (style, left, text, starts a paragraph)."""
    speech = d["speech"]
    out = [("s1-0", 200, speech.title, True), ("s1-1", 318, d["dateline"], True), ("s1-1", 330, d["byline"], True)]
    for para in speech.paras:
        first, rest = True, para
        while rest:
            width = LINE - 2 if first else LINE
            out.append(("s1-2", 125 if first else 93, rest[:width], first))
            rest, first = rest[width:], False
    return out


def paginate(d):
    lines = lines_of(d)
    per = -(-len(lines) // d["pages"])
    return [lines[i * per:(i + 1) * per] for i in range(d["pages"])]


def page_box(n, lines):
    rows = []
    top = 96
    for style, left, text, first in lines:
        if first and style == "s1-2" and top > 96:
            top += 6
        rows.append(f'<div class="reader-word-layer reader-word-{style}" style="width:{len(text) * 16}px;height:16px;line-height:16px;top:{top}px;left:{left}px;z-index:0;">{text}</div>')
        top += 29 if style == "s1-2" else 44
    return (
        f'<div class="reader-page-wrap" data-page-no="{n}"><div class="reader-page reader-page-{n}" id="pageNo-{n}" data-page-no="{n}" style="width:794px;height:1123px;">'
        f'<div class="reader-txt-layer">' + "".join(rows) + "</div></div></div>"
    )


def shown_text(d, upto):
    """The speech as far as the first `upto` pages print it, paragraphs joined by newlines."""
    kept = [ln for page in paginate(d)[:upto] for ln in page][3:]
    paras = []
    for style, left, text, first in kept:
        if first or not paras:
            paras.append(text)
        else:
            paras[-1] += text
    return "\n".join(paras)


def page_data(d):
    speech = d["speech"]
    data = {
        "docId": d["id"], "title": speech.title, "docType": "doc", "docTypeName": "docx",
        "readerInfo": {"page": d["pages"], "freePage": d["shown"], "showPage": d["per"] if d["shown"] == d["pages"] else d["shown"], "tplKey": "html_view", "htmlUrls": "[]"},
        "createTime": d["upload"] + " 09:41:26", "viewCount": d["reads"], "score": d["score"],
        "uploader": {"uname": d["uploader"], "isAuth": False}, "isVipFreeDoc": d["shown"] < d["pages"],
        "bizType": "share", "fr": "pc_view",
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def related(exclude):
    items = [
        ("/view/a1d2c3e4f5061728394a5b6c.html", "秋冬季森林防火工作会议讲话稿（精选5篇）", "doc"),
        ("/view/0c9b8a7f6e5d4c3b2a190817.html", "在职工运动会闭幕式上的讲话", "docx"),
        ("/view/7e6d5c4b3a29180716f5e4d3.html", "领导在工会会员代表大会上的讲话范文", "doc"),
    ]
    for d in DOCS:
        if d["id"] != exclude:
            items.insert(0, (f"/view/{d['id']}.html", d["speech"].title, "docx"))
    return "\n".join(
        f'      <li class="related-item"><a href="{href}" target="_blank" title="{t}"><i class="doc-icon doc-icon-{ext}"></i><span class="related-title">{t}</span></a></li>'
        for href, t, ext in items
    )


def doc_page(d, part):
    speech = d["speech"]
    pages = paginate(d)
    if d["shown"] < d["pages"]:
        nums = range(1, d["shown"] + 1)
    else:
        nums = range((part - 1) * d["per"] + 1, min(d["pages"], part * d["per"]) + 1)
    boxes = "\n".join(page_box(n, pages[n - 1]) for n in nums)
    if d["shown"] < d["pages"]:
        fold = f"""<div class="fold-page-content">
  <div class="fold-pager"><div class="fold-pager-tip"><span class="fold-page-text">剩余{d['pages'] - d['shown']}页未读，</span><span class="read-all">继续阅读</span><i class="arrow-down"></i></div></div>
  <div class="try-end-fold-page"><div class="vip-info"><span class="vip-title">本文档为VIP专享文档</span><span class="vip-desc">开通VIP，免费阅读全文，海量文档免费下载</span><a class="vip-btn" href="/ndvipmember/browse/vipmemberpage?fr=fold" rel="nofollow">开通VIP</a></div></div>
</div>"""
    else:
        last = -(-d["pages"] // d["per"])
        prev = f'<a class="page-btn prev-btn" href="/view/{d["id"]}.html{"" if part == 2 else "?pn=" + str((part - 2) * d["per"] + 1)}">上一页</a>' if part > 1 else '<span class="page-btn prev-btn disabled">上一页</span>'
        nxt = f'<a class="page-btn next-btn" href="/view/{d["id"]}.html?pn={part * d["per"] + 1}">下一页</a>' if part < last else '<span class="page-btn next-btn disabled">下一页</span>'
        end = '<div class="doc-end-tip">— 本文档已全部展示完毕 —</div>' if part == last else ""
        fold = f"""<div class="page-btn-wrap">{prev}<span class="page-count">第{nums[0]}-{nums[-1]}页 / 共{d['pages']}页</span>{nxt}</div>
{end}"""
    canon = f"https://{HOST}/view/{d['id']}.html"
    page = HEAD + """<script>window.pageData = @@DATA@@;</script>
<div class="main-wrap">
  <div class="left-wrap">
    <div class="crumbs"><a href="/">百度文库</a> &gt; <a href="/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;lm=0&amp;od=0">党政相关</a> &gt; <span>讲话致辞</span></div>
    <div class="doc-title-wrap">
      <h1 class="doc-title"><i class="doc-icon doc-icon-docx"></i>@@DOCTITLE@@</h1>
      <div class="doc-info"><span class="doc-score">@@SCORE@@分</span><span class="doc-read">@@READS@@阅读</span><span class="doc-page">@@PAGES@@页</span><span class="doc-upload-time">@@UPLOAD@@上传</span><span class="doc-uploader">@@UPLOADER@@</span></div>
    </div>
    <div class="pc-preview">
      <div class="reader-wrap">
        <div class="reader-container" id="reader-container">
@@BOXES@@
        </div>
@@FOLD@@
      </div>
    </div>
    <div class="core-btn-wrapper">
      <div class="btn-download"><span class="btn-text">下载文档</span><span class="btn-sub">VIP免费下载</span></div>
      <div class="btn-item btn-collect"><i class="icon-collect"></i>收藏</div>
      <div class="btn-item btn-share"><i class="icon-share"></i>分享</div>
      <div class="btn-item btn-print"><i class="icon-print"></i>打印</div>
      <div class="btn-item btn-app"><i class="icon-app"></i>用App打开</div>
    </div>
    <div class="copyright-wrap"><p>本文档由用户上传，百度文库仅提供信息存储空间服务，如有侵权请<a href="/portal/browse/report?docid=@@ID@@" rel="nofollow" target="_blank">举报</a>，我们将在24小时内删除。</p></div>
  </div>
  <div class="right-wrap">
    <div class="vip-card"><p class="vip-card-title">百度文库VIP</p><p class="vip-card-desc">海量文档免费下载 · 全文阅读</p><a class="vip-card-btn" href="/ndvipmember/browse/vipmemberpage?fr=right" rel="nofollow">立即开通</a></div>
    <div class="related-doc-list">
      <div class="related-head">相关文档</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
    <div class="recommend-wrap"><div class="related-head">为您推荐</div><ul><li><a href="/view/3a2b1c0d9e8f7a6b5c4d3e2f.html" target="_blank">2023年党政机关讲话稿写作技巧</a></li><li><a href="/view/b4c5d6e7f8091a2b3c4d5e6f.html" target="_blank">会议主持词大全（通用版）</a></li></ul></div>
    <div class="app-download"><img src="https://wkstatic.bdimg-like.test/static/wkcommon/img/app_qrcode.png" alt=""><p>扫码下载百度文库App</p></div>
  </div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{speech.title} - 百度文库", KEYWORDS=f"{speech.title},讲话稿,百度文库",
        DESC=f"{speech.title}{d['dateline']}" + speech.paras[1][:60] + "...", CANON=canon,
        DATA=page_data(d), DOCTITLE=speech.title, SCORE=d["score"], READS=d["reads"], PAGES=d["pages"],
        UPLOAD=d["upload"], UPLOADER=d["uploader"], BOXES=boxes, FOLD=fold, ID=d["id"], RELATED=related(d["id"]),
    )


def home_page():
    items = "\n".join(
        f'<li class="hot-doc-item"><a href="/view/{d["id"]}.html" target="_blank"><i class="doc-icon doc-icon-docx"></i>{d["speech"].title}</a><span class="hot-doc-read">{d["reads"]}人阅读</span></li>'
        for d in DOCS
    )
    page = HEAD + """<div class="home-main">
  <div class="home-banner"><h2>百度文库</h2><p>让每个人平等地提升自我</p></div>
  <div class="home-cate"><a href="/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;lm=0&amp;od=0">讲话稿</a><a href="/ndnewtopic/jiaoyu">教育专区</a><a href="/ndnewtopic/zhichang">职场办公</a><a href="/ndnewtopic/dangzheng">党政相关</a></div>
  <div class="hot-doc"><div class="hot-doc-head">热门文档</div><ul>
@@ITEMS@@
  </ul></div>
</div>
""" + FOOT
    return render(page, TITLE="百度文库 - 让每个人平等地提升自我", KEYWORDS="百度文库,文档,资料", DESC="百度文库是百度发布的供网友在线分享文档的平台。", CANON=f"https://{HOST}/", ITEMS=items)


def search_page():
    items = "\n".join(
        f"""<div class="search-result-item"><a class="result-title" href="/view/{d['id']}.html" target="_blank"><i class="doc-icon doc-icon-docx"></i>{d['speech'].title}</a>
  <p class="result-abstract">{d['speech'].paras[1][:70]}...</p>
  <p class="result-info"><span>{d['pages']}页</span><span>{d['reads']}阅读</span><span>{d['upload']}</span><span>{d['uploader']}</span></p></div>"""
        for d in DOCS
    )
    page = HEAD + """<div class="search-main"><div class="search-tip">为您找到相关结果约1,000,000个</div>
@@ITEMS@@
<div class="search-pager"><span class="cur">1</span><a href="/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;lm=0&amp;od=0&amp;pn=10" rel="nofollow">下一页</a></div>
</div>
""" + FOOT
    return render(page, TITLE="讲话稿_百度文库", KEYWORDS="讲话稿", DESC="百度文库讲话稿相关文档", CANON=f"https://{HOST}/search?word=讲话稿", ITEMS=items)


def build() -> Family:
    fam = Family(HOST, "百度文库 2023+ PC reader (pc-preview, reader-word-layer lines, fold wall, ?pn= pages)")
    fam.put("/", home_page())
    fam.route("/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&lm=0&od=0", "search/jianghuagao.html", search_page())
    fam.not_documents += ["/", "/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&lm=0&od=0"]
    d = DOCS[0]
    path = f"/view/{d['id']}.html"
    fam.put(path, doc_page(d, 1))
    fam.doc([path], d["speech"], truncated=True, text=shown_text(d, d["shown"]))
    d = DOCS[1]
    path = f"/view/{d['id']}.html"
    fam.put(path, doc_page(d, 1))
    fam.route(f"{path}?pn=3", f"view/{d['id']}_pn3.html", doc_page(d, 2))
    fam.doc([path, f"{path}?pn=3"], d["speech"])
    fam.not_documents.append(f"{path}?pn=3")
    fam.note = "published_at is the date line printed in the document itself (the page's 上传 date is later); the text's line breaks are print lines"
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /user/\n")
    fam.noise += ["剩余2页未读", "继续阅读", "开通VIP", "本文档已全部展示完毕", "下载文档", "相关文档", "为您推荐", "京ICP证030173号", "举报",
                  DOCS[0]["byline"], DOCS[1]["byline"], DOCS[0]["dateline"], DOCS[1]["dateline"]]
    return fam
