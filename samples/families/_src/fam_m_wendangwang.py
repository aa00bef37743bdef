"""文档网 (m.wendangwang.com)-like 文库 mobile pages (UTF-8, as a phone gets them).

Home `/` (最新文档) → category `/list/jianghua/` → documents `/doc/<40 hex>.html` titled with the
file name (`….doc - 文档网`); top bar with 打开APP, `doc-hd` info (页数 / 上传时间 / 浏览), the
preview as `div.page-wrap` boxes: a lazy page image (`data-original`, `alt="…第N页"`) and the page's
text layer in `div.txt-layer` printed `visibility:hidden` with one `span.t-line` per paragraph,
shown by a script once the image loads; one paragraph runs over a page break as two spans. The
second document stops after two of five pages: `剩余3页未读，继续阅读` + 打开APP / 下载 box →
truncated. 相关文档 list, app banner, footer."""

from common import SPEECHES, Family, render

HOST = "m.wendangwang-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="applicable-device" content="mobile">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@CANON@@<link rel="stylesheet" href="//static.wendangwang-like.test/m/css/m_base.css?v=20240312">
<script src="//static.wendangwang-like.test/m/js/zepto.min.js"></script>
<script src="//static.wendangwang-like.test/m/js/lazyload.js"></script>
</head>
<body>
<header class="m-top">
	<a href="/" class="m-logo"><img src="//static.wendangwang-like.test/m/images/logo.png" alt="文档网"></a>
	<a href="/search/" class="m-search-ico">搜索</a>
	<a href="javascript:;" class="m-openapp" data-scheme="wendangwang://home">打开APP</a>
</header>
"""

FOOT = """<div class="app-banner" id="appBanner">
	<img src="//static.wendangwang-like.test/m/images/app_icon.png" alt="">
	<div class="ab-txt"><b>文档网APP</b><span>海量文档 免费阅读 随时下载</span></div>
	<a href="javascript:;" class="ab-btn" data-scheme="wendangwang://home">立即打开</a>
	<i class="ab-close" onclick="document.getElementById('appBanner').style.display='none'">×</i>
</div>
<footer class="m-foot">
	<p><a href="/">首页</a> | <a href="/list/">分类</a> | <a href="/user/">我的</a> | <a href="http://www.wendangwang-like.test/">电脑版</a></p>
	<p>Copyright &copy; 2024 文档网 m.wendangwang-like.test 版权所有</p>
	<p>苏ICP备17065823号-2</p>
</footer>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8c1a7e9d0b2f4a6c3e5d7f9a1b3c5e70";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"hex": "3f9a1c07d2e84b5a6c10f7e29b8d4a3c5e6f7081", "key": "f52a-3", "file": "2024年公司安全生产月启动仪式领导讲话稿.doc",
     "up": "2024-06-05", "pages": 3, "shown": 3, "views": 2891, "size": "28.5KB", "uploader": "安全小管家"},
    {"hex": "b27e4d90a1c35f86e0d2b9a74c1f3e5d6a7b8c92", "key": "f52a-4", "file": "社区老年食堂开业仪式致辞（街道领导）.docx",
     "up": "2024-04-28", "pages": 5, "shown": 2, "views": 1320, "size": "19.7KB", "uploader": "fanwen2016"},
]


def page_runs(paras, total):
    """Cut the speech into `total` printed pages; a paragraph may run onto the next page."""
    size = sum(len(p) for p in paras) / total
    pages, used = [[]], 0
    for p in paras:
        rest, flag = p, False
        while rest:
            room = int(size * len(pages)) - used
            if len(pages) < total and len(rest) > room:
                if room > 20 and len(rest) - room > 20:
                    pages[-1].append((rest[:room], flag))
                    used += room
                    rest, flag = rest[room:], "cont"
                pages.append([])
                continue
            pages[-1].append((rest, flag))
            used += len(rest)
            rest = ""
    return [pg for pg in pages if pg]


def preview(d, sp):
    runs = page_runs(sp.paras, d["pages"])
    out = []
    for n, run in enumerate(runs[: d["shown"]], 1):
        spans = "\n".join(
            f'\t\t<span class="t-line{" t-cont" if flag == "cont" else ""}{" t-cut" if flag is True else ""}">{text}</span>'
            for text, flag in run
        )
        out.append(f"""	<div class="page-wrap" data-page="{n}">
		<img class="lazy page-img" src="//static.wendangwang-like.test/m/images/loading.gif" data-original="//img.wendangwang-like.test/preview/{d['hex'][:2]}/{d['hex']}/{n}.png" alt="{d['file'].rsplit('.', 1)[0]}第{n}页">
		<div class="txt-layer" style="visibility:hidden">
{spans}
		</div>
		<div class="page-num">{n}/{d['pages']}</div>
	</div>""")
    shown_paras = []
    for run in runs[: d["shown"]]:
        for text, flag in run:
            if flag == "cont":
                shown_paras[-1] += text
            else:
                shown_paras.append(text)
    return "\n".join(out), shown_paras


def build() -> Family:
    fam = Family(HOST, "文档网 mobile document pages (m.), page images with hidden text layer")
    fam.noise += ["苏ICP备17065823号-2", "剩余3页未读，继续阅读", "海量文档 免费阅读 随时下载", "文档网APP"]
    for i, d in enumerate(DOCS):
        sp = SPEECHES[d["key"]]
        body, shown = preview(d, sp)
        fam.check_ignore += [f"{n}/{d['pages']}" for n in range(1, d["shown"] + 1)]
        full = d["shown"] == d["pages"]
        if full:
            tail = '<div class="read-end">已阅读到文档的结尾了</div>'
        else:
            tail = f"""<div class="read-more" id="readMore">
		<p class="rm-tip">剩余{d['pages'] - d['shown']}页未读，继续阅读</p>
		<a href="javascript:;" class="rm-btn" data-scheme="wendangwang://doc/{d['hex']}">打开APP免费阅读全文</a>
		<a href="/down/{d['hex']}.html" class="rm-down">下载文档（{d['size']}）</a>
	</div>"""
        other = DOCS[1 - i]
        rel = f"""<div class="m-box related"><h3>相关文档</h3><ul>
	<li><a href="/doc/{other['hex']}.html">{other['file']}</a><span>{other['pages']}页</span></li>
	<li><a href="/doc/5d0e8a13c7f2469b8e1a2c3d4f5061728394a5b6.html">安全生产月活动总结（通用版）.doc</a><span>4页</span></li>
	<li><a href="/doc/6e1f9b24d8a357ac9f2b3d4e5061728394a5b6c7.html">开业典礼致辞范文大全.docx</a><span>6页</span></li>
</ul></div>"""
        page = render(
            HEAD,
            TITLE=f"{d['file']} - 文档网",
            KEYWORDS=sp.title,
            DESC=f"{sp.paras[0]}{sp.paras[1][:60]}",
            CANON=f'<link rel="canonical" href="http://www.wendangwang-like.test/doc/{d["hex"]}.html">\n',
        ) + f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/list/jianghua/">讲话致辞</a></div>
<div class="doc-hd">
	<h1><i class="ico-{d['file'].rsplit('.', 1)[1]}"></i>{d['file']}</h1>
	<p class="doc-info"><span>{d['pages']}页</span><span>上传时间：{d['up']}</span><span>浏览：{d['views']}</span></p>
	<p class="doc-user">上传者：<a href="/u/{d['uploader']}/">{d['uploader']}</a></p>
</div>
<div class="doc-preview" id="docPreview">
{body}
	{tail}
</div>
<script>
$(function(){{
	$("img.lazy").lazyload({{threshold:200,load:function(){{$(this).siblings(".txt-layer").css("visibility","visible");}}}});
}});
</script>
<div class="doc-act"><a href="/down/{d['hex']}.html" class="btn-down">下载文档</a><a href="javascript:;" class="btn-fav">收藏</a><a href="javascript:;" class="btn-share">分享</a></div>
<div class="m-tip">文档网所有文档均由用户上传，仅供学习参考，如有侵权请联系删除。</div>
{rel}
""" + FOOT
        path = f"/doc/{d['hex']}.html"
        fam.put(path, page)
        fam.doc([path], sp, truncated=not full, text="\n".join(shown), published_at=d["up"])
    items = "\n".join(
        f'\t<li><a href="/doc/{d["hex"]}.html"><i class="ico-{d["file"].rsplit(".", 1)[1]}"></i><b>{d["file"]}</b><span>{d["pages"]}页 · {d["up"]}</span></a></li>'
        for d in DOCS[::-1]
    )
    cat = render(HEAD, TITLE="讲话致辞 - 文档网", KEYWORDS="讲话稿,致辞", DESC="讲话致辞文档", CANON="") + f"""<div class="m-crumb"><a href="/">首页</a> &gt; 讲话致辞</div>
<ul class="doc-list">
{items}
</ul>
<div class="m-more"><a href="javascript:;" data-next="/list/jianghua/2.html">加载更多</a></div>
""" + FOOT
    fam.put("/list/jianghua/index.html", cat)
    home = render(HEAD, TITLE="文档网 - 海量文档免费阅读下载", KEYWORDS="文档,范文,讲话稿", DESC="文档网手机版", CANON="") + f"""<nav class="m-nav"><a href="/list/jianghua/">讲话致辞</a><a href="/list/zongjie/">工作总结</a><a href="/list/hetong/">合同范本</a><a href="/list/jiaoan/">教案</a></nav>
<div class="m-box"><h3>最新文档</h3><ul class="doc-list">
{items}
</ul></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /search/\nDisallow: /user/\n")
    fam.not_documents += ["/", "/list/jianghua/"]
    return fam
