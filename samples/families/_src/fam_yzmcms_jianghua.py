"""讲话稿范文 site on YzmCMS V6 (PHP, `yzmcms` default-derived 范文 template, pseudo-static URLs):
column `/jianghuagao/` with YzmCMS's pager (`homepage` / `nopage` / `curpage` / `nextpage` /
`endpage` links, `list_2.html`), articles `/jianghuagao/N.html`; the article page has `.article_info`
(发布时间 / 来源 / 作者 / 阅读 via `/api/index/hits/` script), a 下载 box (`.down_box`: 下载本文Word
文档 / 复制全文需登录) ABOVE the text and another under it, a 目录 box (`.article_toc`) built server
side from the speech's 一、二、三 headings (`<h3 id="toc_N">`), the text in `.article_content`, the
editor's `_ueditor_page_break_tag_` cutting the long speech over `N.html` / `N_2.html` (YzmCMS content
pager `.content_page`), tags, 上一篇 / 下一篇, 相关推荐, `Powered by YzmCMS` footer with ICP."""

import re

from common import SPEECHES, Family, render, split_paras

HOST = "www.jianghuagao-yzm-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link href="/common/static/css/yzm-common.css" rel="stylesheet" type="text/css" />
<link href="/common/static/css/yzm-style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/common/static/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript" src="/common/static/js/yzm-front.js"></script>
</head>
<body>
<div class="yzm-top"><div class="w1200"><span>讲话稿范文网 - 专业的讲话稿、发言稿、致辞范文分享平台</span><span class="fr"><a href="/member/index/login.html" rel="nofollow">登录</a> | <a href="/member/index/register.html" rel="nofollow">注册</a></span></div></div>
<div class="yzm-header w1200">
	<div class="logo"><a href="/"><img src="/uploads/202301/logo.png" alt="讲话稿范文网" title="讲话稿范文网"></a></div>
	<div class="search"><form method="get" action="/search/index/init.html" target="_blank"><input type="text" name="q" class="input" placeholder="请输入搜索内容"><input type="submit" class="btn" value="搜索"></form></div>
</div>
<div class="yzm-nav"><ul class="w1200">
	<li><a href="/">网站首页</a></li>
	<li@@CUR@@><a href="/jianghuagao/">讲话稿</a></li>
	<li><a href="/fayangao/">发言稿</a></li>
	<li><a href="/zhici/">致辞</a></li>
	<li><a href="/zhuchici/">主持词</a></li>
	<li><a href="/yanjianggao/">演讲稿</a></li>
	<li><a href="/zongjie/">工作总结</a></li>
</ul></div>
"""

FOOT = """<div class="yzm-footer">
	<div class="w1200">
		<p><a href="/about/">关于我们</a> | <a href="/lianxi/">联系我们</a> | <a href="/guestbook/index/init.html">留言反馈</a> | <a href="/sitemap.xml">网站地图</a></p>
		<p>Copyright &copy; 2019-2024 讲话稿范文网 All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">皖ICP备19004521号-1</a></p>
		<p>本站部分文章来源于网络，仅供学习参考，如有侵权请联系删除。 Powered by <a href="https://www.yzmcms.com" target="_blank">YzmCMS</a></p>
	</div>
</div>
<div class="go_top" id="go_top" title="返回顶部"></div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0a7d3e5c9b1f2e4d6c8a0b2e4f6a8c1d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTS = [
    {"speech": SPEECHES["f49a-1"], "id": 2187, "parts": 2, "time": "2024-10-16 17:32:15", "hits": 1268, "author": "范文君", "copyfrom": "网络整理"},
    {"speech": SPEECHES["f49a-2"], "id": 2054, "parts": 1, "time": "2024-09-02 15:47:03", "hits": 896, "author": "小雨", "copyfrom": "本站原创"},
]
HEADING = re.compile(r"^[一二三四五六七八九十]+、")


def content_pager(a, n):
    base = f"/jianghuagao/{a['id']}"
    url = lambda k: f"{base}.html" if k == 1 else f"{base}_{k}.html"
    out = [f'<a href="{url(n - 1)}" class="prepage">上一页</a>' if n > 1 else '<a href="javascript:;" class="nopage">上一页</a>']
    for k in range(1, a["parts"] + 1):
        out.append(f'<a href="javascript:;" class="curpage">{k}</a>' if k == n else f'<a href="{url(k)}">{k}</a>')
    out.append(f'<a href="{url(n + 1)}" class="nextpage">下一页</a>' if n < a["parts"] else '<a href="javascript:;" class="nopage">下一页</a>')
    return '\t\t<div class="content_page">' + "".join(out) + "</div>\n"


def article(a, other, n, runs, heads):
    speech = a["speech"]
    body, toc = [], []
    for p in runs[n - 1]:
        if HEADING.match(p):
            k = heads.index(p) + 1
            body.append(f'<h3 id="toc_{k}">{p}</h3>')
            toc.append(f'<li><a href="#toc_{k}">{p}</a></li>')
        else:
            body.append(f'<p style="text-indent:2em;">{p}</p>')
    toc_box = ""
    if toc:
        toc_box = ('\t\t<div class="article_toc"><div class="toc_title"><span>目录</span><a href="javascript:;" class="toc_toggle">[收起]</a></div>\n'
                   '\t\t\t<ul>' + "".join(toc) + "</ul>\n\t\t</div>\n")
    pager = content_pager(a, n) if a["parts"] > 1 else ""
    page = HEAD + """<div class="w1200 clearfix">
	<div class="yzm-position">当前位置：<a href="/">首页</a> &gt; <a href="/jianghuagao/">讲话稿</a> &gt; 正文</div>
	<div class="yzm-left">
	<div class="yzm-article">
		<h1 class="article_title">@@H1@@</h1>
		<div class="article_info">
			<span>发布时间：@@TIME@@</span><span>来源：@@COPYFROM@@</span><span>作者：@@AUTHOR@@</span><span>阅读：<script src="/api/index/hits/modelid/1/id/@@ID@@.html"></script>次</span>
		</div>
		<div class="down_box down_top"><span class="ico_word"></span><span class="down_tip">温馨提示：本文共@@PARTS@@页，可下载Word文档方便修改</span><a href="/member/download/index/id/@@ID@@.html" class="down_btn" rel="nofollow" target="_blank">下载本文Word文档</a></div>
@@TOC@@		<div class="article_content" id="article_content">
@@BODY@@
		</div>
@@PAGER@@		<div class="down_box down_bottom">
			<div class="down_title">《@@H1@@》下载</div>
			<p>本文共@@PARTS@@页，当前第@@N@@页。复制全文需登录，下载后可直接编辑使用。</p>
			<a href="/member/download/index/id/@@ID@@.html" class="down_btn" rel="nofollow" target="_blank">立即下载</a> <a href="/member/index/login.html" class="copy_btn" rel="nofollow">登录复制全文</a>
		</div>
		<div class="article_tag">标签：<a href="/search/index/tag/id/18.html" target="_blank">讲话稿</a> <a href="/search/index/tag/id/42.html" target="_blank">@@TAG@@</a></div>
		<div class="article_prev_next">
			<p>上一篇：<a href="/jianghuagao/@@OTHER_ID@@.html">@@OTHER_TITLE@@</a></p>
			<p>下一篇：<a href="/jianghuagao/2201.html">在全县冬春农田水利建设动员会上的讲话</a></p>
		</div>
	</div>
	<div class="yzm-relation">
		<div class="title"><h2>相关推荐</h2></div>
		<ul>
			<li><a href="/jianghuagao/@@OTHER_ID@@.html" target="_blank">@@OTHER_TITLE@@</a><span>@@OTHER_DATE@@</span></li>
			<li><a href="/jianghuagao/1987.html" target="_blank">在安全生产工作会议上的讲话范文</a><span>2024-08-21</span></li>
			<li><a href="/jianghuagao/1923.html" target="_blank">在防汛工作部署会上的讲话</a><span>2024-07-09</span></li>
		</ul>
	</div>
	</div>
	<div class="yzm-right">
		<div class="yzm-box"><div class="title"><h2>热门排行</h2></div><ul class="hot">
			<li><em>1</em><a href="/jianghuagao/1874.html">领导讲话稿开头和结尾大全</a></li>
			<li><em>2</em><a href="/fayangao/1702.html">民主生活会个人发言提纲</a></li>
			<li><em>3</em><a href="/zhici/1655.html">年会董事长致辞范文</a></li>
		</ul></div>
		<div class="yzm-box ad"><a href="/member/vip/index.html" rel="nofollow"><img src="/uploads/202305/vip_ad.jpg" alt="开通VIP会员 全站免费下载"></a></div>
	</div>
</div>
""" + FOOT
    title = speech.title if n == 1 else f"{speech.title}(第{n}页)"
    return render(page, TITLE=f"{title}_讲话稿范文网", KEYWORDS=f"讲话稿,{speech.title}", DESC=speech.paras[1][:80], CUR=' class="current"',
                  H1=speech.title, TIME=a["time"], COPYFROM=a["copyfrom"], AUTHOR=a["author"], ID=a["id"], PARTS=a["parts"], N=n,
                  TOC=toc_box, BODY="\n".join("\t\t\t" + b for b in body), PAGER=pager,
                  TAG="森林防火" if "森林" in speech.title else "教师发言", OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title,
                  OTHER_DATE=other["time"][:10])


def listing(rows, n):
    if n == 1:
        pg = ('<a href="/jianghuagao/" class="homepage">首页</a><a href="javascript:;" class="nopage">上一页</a><a href="javascript:;" class="curpage">1</a>'
              '<a href="/jianghuagao/list_2.html">2</a><a href="/jianghuagao/list_2.html" class="nextpage">下一页</a><a href="/jianghuagao/list_2.html" class="endpage">尾页</a>')
    else:
        pg = ('<a href="/jianghuagao/" class="homepage">首页</a><a href="/jianghuagao/" class="prepage">上一页</a><a href="/jianghuagao/">1</a>'
              '<a href="javascript:;" class="curpage">2</a><a href="javascript:;" class="nopage">下一页</a><a href="/jianghuagao/list_2.html" class="endpage">尾页</a>')
    page = HEAD + """<div class="w1200 clearfix">
	<div class="yzm-position">当前位置：<a href="/">首页</a> &gt; <a href="/jianghuagao/">讲话稿</a> &gt; 列表</div>
	<div class="yzm-left"><div class="yzm-list">
		<ul>
@@ROWS@@
		</ul>
		<div id="page">@@PG@@</div>
	</div></div>
</div>
""" + FOOT
    return render(page, TITLE="讲话稿_讲话稿范文网" if n == 1 else "讲话稿_第2页_讲话稿范文网", KEYWORDS="讲话稿,领导讲话稿", DESC="讲话稿栏目",
                  CUR=' class="current"', ROWS=rows, PG=pg)


def row(id_, title, date, desc):
    return (f'\t\t\t<li><h2><a href="/jianghuagao/{id_}.html" target="_blank">{title}</a></h2>'
            f'<p class="desc">{desc}……</p><p class="info"><span>{date}</span><span>讲话稿</span></p></li>')


def build() -> Family:
    fam = Family(HOST, "讲话稿范文 site on YzmCMS V6: 目录 box and 下载 boxes around the text, N.html / N_2.html content pages")
    rows1 = [row(a["id"], a["speech"].title, a["time"][:10], a["speech"].paras[1][:50]) for a in ARTS]
    rows1 += [row(1987, "在安全生产工作会议上的讲话范文", "2024-08-21", "安全生产工作会议讲话稿")]
    fam.put("/jianghuagao/index.html", listing("\n".join(rows1), 1))
    rows2 = [row(1923, "在防汛工作部署会上的讲话", "2024-07-09", "防汛工作部署会讲话"),
             row(1874, "领导讲话稿开头和结尾大全", "2024-06-12", "讲话稿开头结尾")]
    fam.put("/jianghuagao/list_2.html", listing("\n".join(rows2), 2))
    home = HEAD + """<div class="w1200 clearfix">
	<div class="banner"><a href="/member/vip/index.html"><img src="/uploads/202305/banner.jpg" alt="讲话稿范文网"></a></div>
	<div class="yzm-box"><div class="title"><h2>最新讲话稿</h2><a href="/jianghuagao/" class="more">更多&gt;&gt;</a></div><ul>
@@ROWS@@
	</ul></div>
	<div class="yzm-box"><div class="title"><h2>最新发言稿</h2><a href="/fayangao/" class="more">更多&gt;&gt;</a></div><ul>
		<li><a href="/fayangao/1702.html">民主生活会个人发言提纲</a><span>2024-05-11</span></li>
	</ul></div>
</div>
""" + FOOT
    hrows = "\n".join(f'\t\t<li><a href="/jianghuagao/{a["id"]}.html" target="_blank">{a["speech"].title}</a><span>{a["time"][:10]}</span></li>' for a in ARTS)
    fam.put("/", render(home, TITLE="讲话稿范文网_讲话稿_发言稿_致辞范文大全", KEYWORDS="讲话稿,发言稿,致辞", DESC="讲话稿范文网", CUR="", ROWS=hrows))
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /member/\nDisallow: /search/\nDisallow: /api/\nSitemap: http://{HOST}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{HOST}/jianghuagao/{a['id']}.html</loc><lastmod>{a['time'][:10]}</lastmod></url>" for a in ARTS)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')
    fam.not_documents += ["/", "/jianghuagao/", "/jianghuagao/list_2.html"]
    for i, a in enumerate(ARTS):
        sp = a["speech"]
        heads = [p for p in sp.paras if HEADING.match(p)]
        runs = split_paras(sp.paras, a["parts"]) if a["parts"] > 1 else [list(sp.paras)]
        pages = []
        for n in range(1, a["parts"] + 1):
            path = f"/jianghuagao/{a['id']}.html" if n == 1 else f"/jianghuagao/{a['id']}_{n}.html"
            fam.put(path, article(a, ARTS[1 - i], n, runs, heads))
            pages.append(path)
            if n > 1:
                fam.not_documents.append(path)
        fam.doc(pages, sp)
    fam.note = "published_at is the page's 发布时间 (the day of the speech); the 目录 box repeats the speech's headings"
    fam.noise += ["下载本文Word文档", "复制全文需登录", "[收起]", "发布时间：", "相关推荐", "热门排行", "皖ICP备19004521号-1", "Powered by", "上一篇："]
    return fam
