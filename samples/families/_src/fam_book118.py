"""原创力文档 (max.book118.com)-like document page: `/html/2023/0214/8031067125005034.shtml` titled
with the uploaded file name (`….docx`); preview pages are images (`div.webpreview-item > img`), the
text is in a separate text layer `div#contents.webpreview-text` (per page `div.page-text`), which the
site's stylesheet hides from guests (class `hide-for-guest`, no inline style); the 6-page document
stops after 3 pages at `本文档共6页，还剩3页未读，继续阅读` with the 下载文档到电脑，查找使用更方便 button
(→ truncated), the 2-page one is complete (`已阅读到文档的结尾了`); info line (上传人 / 上传时间 / 页数 /
格式), price box (`¥3.00` / 原创力币), the 原创力文档 copyright notice (侵权客服QQ…) right after the
document, 相关文档 listing the other. Departure from the real site: `.shtml` (book118 writes `.shtm`,
which the replica cannot type as HTML)."""

from common import SPEECHES, Family, render

HOST = "max.yuanchuang-like.test"

DOCS = [
    # speech, path, file name ext, uploader, total pages, pages shown, paragraphs shown per page, price
    (SPEECHES["YC1"], "/html/2023/0214/8031067125005034.shtml", "docx", "安全文库", 6, 3, [2, 2, 1], "3.00"),
    (SPEECHES["YC2"], "/html/2023/0901/6152024103005211.shtml", "doc", "xiaoyuanwenku", 2, 2, [6, 6], "2.00"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="//max.book118-like.test/static/css/detail.min.css?v=20230214">
<style>.hide-for-guest{position:absolute;left:-99999px;top:0;height:1px;overflow:hidden}</style>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/">原创力文档</a><div class="search"><input type="text" placeholder="搜索文档"><button>搜索</button></div><div class="user"><a href="javascript:;" class="login">登录</a><a href="javascript:;">注册</a><a href="javascript:;" class="upload">上传文档</a></div></div></div>
"""

FOOT = """<div class="footer"><p><a href="javascript:;">关于我们</a> | <a href="javascript:;">网站声明</a> | <a href="javascript:;">网站地图</a> | <a href="javascript:;">资源地图</a> | <a href="javascript:;">友情链接</a> | <a href="javascript:;">网站客服</a> | <a href="javascript:;">联系我们</a></p>
<p>本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台，本站所有文档下载所得的收益归上传人（含作者）所有。</p>
<p>Copyright &copy; 2010-2023 原创力文档 版权所有　浙ICP备19047091号-1</p></div>
<script src="//max.book118-like.test/static/js/detail.min.js?v=20230214"></script>
<script>var base = {"aid":"@@AID@@","title":"@@T@@","preview_page":@@SHOWN@@,"actual_page":@@TOTAL@@,"format":"@@EXT@@","isLogin":0};</script>
</body>
</html>
"""


def page_runs(paras, counts):
    runs, at = [], 0
    for n in counts:
        runs.append(paras[at : at + n])
        at += n
    return runs


def doc_page(i):
    speech, path, ext, user, total, shown, counts, price = DOCS[i]
    other = DOCS[1 - i]
    runs = page_runs(speech.paras, counts)
    images = "".join(
        f'<div class="webpreview-item" data-page="{n}"><img src="//view-cache.book118-like.test/view/M00/2A/3C/{path[-22:-6]}_{n}.png" alt="{speech.title}.{ext}_第{n}页"></div>\n'
        for n in range(1, shown + 1)
    )
    text_pages = "".join(
        f'<div class="page-text" data-page="{n}">' + "".join(f"<p>{p}</p>" for p in run) + "</div>\n"
        for n, run in enumerate(runs, 1)
        if run
    )
    if shown < total:
        tail = f"""<div class="webpreview-more" id="readMore"><p class="more-tip">本文档共{total}页，还剩{total - shown}页未读，<a href="javascript:;" class="js-read-more">继续阅读</a></p>
<a class="btn-download" href="javascript:;">下载文档到电脑，查找使用更方便</a><p class="price-tip">{price} 原创力币　原价：{price} 原创力币</p></div>
"""
    else:
        tail = """<div class="webpreview-end"><p>已阅读到文档的结尾了</p><a class="btn-download" href="javascript:;">下载文档到电脑，查找使用更方便</a></div>
"""
    stamp = speech.date
    body = f"""<div class="main wrap"><div class="main-left">
<div class="title"><h1 id="main-title">{speech.title}.{ext}</h1>
<div class="info"><span>上传人：<a href="javascript:;">{user}</a></span><span>上传时间：{stamp}</span><span>页数：{total}</span><span>格式：{ext.upper()}</span><span>浏览：326</span><span>下载：12</span></div></div>
<div class="price-box"><span class="price">¥{price}</span><a href="javascript:;" class="btn-buy">立即下载</a><a href="javascript:;" class="btn-vip">开通VIP，免费下载</a><a href="javascript:;" class="report">举报</a></div>
<div class="webpreview" id="webpreview">
{images}<div id="contents" class="webpreview-text hide-for-guest">
{text_pages}</div>
{tail}</div>
<div class="copyright-notice"><p>原创力文档是网络服务平台方，若您的权利被侵害，侵权客服QQ：3005833200 电话：19940600175 客服热线：400-050-0739；如需帮助请联系在线客服。</p>
<p>该用户很懒，什么也没介绍</p></div>
<div class="related"><h3>相关文档</h3><ul><li><a href="{other[1]}" target="_blank">{other[0].title}.{other[2]}</a><span>{other[4]}页</span></li></ul></div>
</div>
<div class="main-right"><div class="uploader"><p>上传人：{user}</p><p>文档数：1286</p><a href="javascript:;">关注</a></div></div></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}.{ext} - 原创力文档",
        KW=speech.title,
        DESC=speech.paras[1][:80],
        AID=path[-22:-6],
        T=f"{speech.title}.{ext}",
        SHOWN=shown,
        TOTAL=total,
        EXT=ext,
    )


def home():
    items = "".join(
        f'<li><a href="{path}" target="_blank" title="{s.title}.{ext}">{s.title}.{ext}</a><span class="pages">{total}页</span></li>\n'
        for s, path, ext, _u, total, *_r in DOCS
    )
    body = f"""<div class="main wrap"><div class="channel"><h2>讲话致辞</h2><ul class="doc-list">
{items}</ul></div></div>
"""
    return render(HEAD + body + FOOT, TITLE="原创力文档 - 知识共享平台", KW="原创力文档", DESC="原创力文档", AID="", T="", SHOWN=0, TOTAL=0, EXT="")


def build() -> Family:
    fam = Family(
        HOST,
        "原创力文档 (max.book118.com)-like document page: text layer beside page images, 还剩N页未读 wall",
        content_type="text/html",  # .shtml pages go out as plain text/html (charset in the meta tag)
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    for i, (speech, path, ext, _u, total, shown, counts, _p) in enumerate(DOCS):
        fam.put(path, doc_page(i))
        kept = sum(counts)
        if kept < len(speech.paras):
            fam.doc([path], speech, truncated=True, text="\n".join(speech.paras[:kept]))
        else:
            fam.doc([path], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index.php?g=Home&m=User\n")
    fam.noise += [
        ".docx",
        "_第1页",
        "上传人：",
        "上传时间：",
        "页数：",
        "格式：",
        "浏览：326",
        "¥3.00",
        "立即下载",
        "开通VIP，免费下载",
        "举报",
        "本文档共6页",
        "还剩3页未读",
        "继续阅读",
        "下载文档到电脑，查找使用更方便",
        "原创力币",
        "已阅读到文档的结尾了",
        "原创力文档是网络服务平台方",
        "侵权客服QQ",
        "该用户很懒，什么也没介绍",
        "相关文档",
        "文档数：1286",
        "浙ICP备19047091号-1",
        "本站为文档C2C交易模式",
    ]
    return fam
