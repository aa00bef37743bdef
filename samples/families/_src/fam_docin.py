"""A document library on the 豆丁网 (docin.com) model: `/p-N.html` pages titled with the uploader's
file name (`2023年…讲话（最新）`, shown with its `.doc` in the download box), preview pages
printed as page images with the preview text for search engines in a separate `doc_txt` block,
`亲，该文档总共5页，到这已经超出免费预览范围，如果喜欢就下载吧！` after page 3 (→ truncated, the
last previewed paragraph cut mid-sentence), `本文档一共被下载：N 次` right after the text, 豆元
price and VIP boxes, 文档标签, 相关文档; the other document is short enough to show completely."""

from common import SPEECHES, Family, render

HOST = "www.douding-doc.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=http://m.douding-doc.test@@PATH@@" />
<link rel="canonical" href="https://www.douding-doc.test@@PATH@@" />
<link rel="stylesheet" type="text/css" href="//st.douding-doc.test/app/p/css/base.css?v=20240611" />
<link rel="stylesheet" type="text/css" href="//st.douding-doc.test/app/p/css/docview.css?v=20240611" />
<script type="text/javascript" src="//st.douding-doc.test/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
var login_user_id = 0;
var docinHost = "https://www.douding-doc.test";
</script>
</head>
<body>
<div class="top_nav_wrap">
	<div class="top_nav">
		<div class="top_nav_left">
			<a href="/">豆丁首页</a><span class="line">|</span><a href="/list-1.html">行业资料</a><span class="line">|</span><a href="/list-57.html">政务民生</a><span class="line">|</span><a href="https://jz.douding-doc.test/" target="_blank">建筑</a><span class="line">|</span><a href="https://www.douding-doc.test/app/vip/index" target="_blank" rel="nofollow">豆丁VIP</a>
		</div>
		<div class="top_nav_right">
			<a href="https://www.douding-doc.test/app/login" rel="nofollow">登录</a><span class="line">|</span><a href="https://www.douding-doc.test/app/register" rel="nofollow">免费注册</a><span class="line">|</span><a href="https://www.douding-doc.test/app/upload" rel="nofollow" class="upload_btn">上传文档</a>
		</div>
	</div>
</div>
<div class="header_wrap">
	<div class="header">
		<a class="logo" href="/" title="豆丁网"><img src="//st.douding-doc.test/images_cn/logo.png" alt="豆丁网" /></a>
		<div class="search_box">
			<form action="/search.do" method="get" name="searchForm">
				<input type="text" class="search_input" name="nkey" value="" placeholder="搜索文档" autocomplete="off" />
				<input type="hidden" name="searchcat" value="2" />
				<button type="submit" class="search_btn">搜索</button>
			</form>
			<p class="hot_words">热门搜索：<a href="/search.do?nkey=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;searchcat=2">讲话稿</a> <a href="/search.do?nkey=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93&amp;searchcat=2">工作总结</a> <a href="/search.do?nkey=%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A&amp;searchcat=2">心得体会</a></p>
		</div>
	</div>
</div>
"""

FOOT = """<div class="footer_wrap">
	<div class="footer">
		<p class="footer_link"><a href="/app/about" rel="nofollow">关于豆丁</a><span>|</span><a href="/app/contact" rel="nofollow">联系方式</a><span>|</span><a href="/app/sitemap">网站地图</a><span>|</span><a href="/app/agreement" rel="nofollow">用户协议</a><span>|</span><a href="/app/privacy" rel="nofollow">隐私政策</a><span>|</span><a href="/app/copyright" rel="nofollow">版权声明</a><span>|</span><a href="/app/report" rel="nofollow">侵权举报</a></p>
		<p>Copyright &copy;2008-2024 douding-doc.test 豆丁网 All Rights Reserved <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">沪ICP备09031234号-1</a> <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">沪公网安备 31010402000123号</a></p>
		<p>网络文化经营许可证 沪网文〔2022〕1234-056号　增值电信业务经营许可证 沪B2-20090123</p>
	</div>
</div>
<script type="text/javascript" src="//st.douding-doc.test/app/p/js/docview.min.js?v=20240611"></script>
<script type="text/javascript">
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?dbaf5a0c1f3e2d4b6a7c8e9f0a1b2c3d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, product id, uploaded file name (no extension), ext, total pages, preview pages,
# paragraphs in the preview text (the last one possibly cut: (index, characters)), price, uploader
DOCS = [
    {
        "speech": SPEECHES["DD1"],
        "pid": 2487613950,
        "file": "2023年在全县秋冬季森林防火工作会议上的讲话（最新）",
        "ext": "doc",
        "total": 5,
        "preview": 3,
        "cut": (5, 92),
        "price": "3.00 豆元",
        "uploader": "林区老张",
        "uptime": "2023-10-30 08:41:17",
        "views": 316,
        "downloads": 12,
        "tags": ["森林防火", "讲话", "秋冬季", "会议"],
        "byline": ["县委副书记、县长　赵明远", "（2023年10月26日）"],
        "cat": ("政务民生", 57),
    },
    {
        "speech": SPEECHES["DD2"],
        "pid": 2601548877,
        "file": "社区老年大学春季开学典礼致辞",
        "ext": "docx",
        "total": 2,
        "preview": 2,
        "cut": None,
        "price": "免费",
        "uploader": "幸福里社区",
        "uptime": "2024-03-01 17:26:03",
        "views": 98,
        "downloads": 3,
        "tags": ["老年大学", "开学典礼", "致辞"],
        "byline": ["街道党工委书记　王丽华", "（2024年3月1日）"],
        "cat": ("政务民生", 57),
    },
]


def preview_text(d):
    """The paragraphs the site prints as the preview's text (up to where the preview ends)."""
    paras = d["speech"].paras
    if not d["cut"]:
        return list(paras)
    idx, chars = d["cut"]
    return list(paras[:idx]) + [paras[idx][:chars]]


def doc_page(d, other):
    speech = d["speech"]
    shown = preview_text(d)
    pages = "\n".join(
        f"""		<div class="model panel" id="page_{n}" data-page="{n}">
			<div class="page_img"><img src="//pic.douding-doc.test/p-{d["pid"]}/{n}.png" data-original="//pic.douding-doc.test/p-{d["pid"]}/{n}.png" alt="{d["file"]}_第{n}页" width="800" height="1131" /></div>
		</div>"""
        for n in range(1, d["preview"] + 1)
    )
    # the text layer of the uploaded Word file: its own title and byline lines come first
    head = [f'<p style="text-align:center">{speech.title}</p>'] + [
        f'<p style="text-align:center">{line}</p>' for line in d["byline"]
    ]
    txt = "\n".join(head + [f"<p>{p}</p>" for p in shown])
    wall = ""
    if d["total"] > d["preview"]:
        wall = f"""		<div class="doc_limit" id="docLimit">
			<p class="limit_tip">亲，该文档总共{d["total"]}页，到这已经超出免费预览范围，如果喜欢就下载吧！</p>
			<a class="btn_down_big" href="/app/p/downloadcheck?id={d["pid"]}" rel="nofollow">下载本文档</a>
		</div>
"""
    tags = " ".join(f'<a href="/search.do?nkey={t}&amp;searchcat=2" target="_blank">{t}</a>' for t in d["tags"])
    page = (
        HEAD
        + """<div class="crumbs"><a href="/">豆丁网</a> &gt; <a href="/list-1.html">行业资料</a> &gt; <a href="/list-@@CATID@@.html">@@CAT@@</a> &gt; <span>讲话致辞</span></div>
<div class="doc_main clearfix">
	<div class="doc_left">
		<div class="doc_header_mod">
			<h1 class="doc_title" title="@@FILE@@"><span class="ico_@@EXT@@"></span>@@FILE@@</h1>
			<div class="doc_info">
				<span>上传人：<a href="/u/@@PID@@" rel="nofollow">@@UPLOADER@@</a></span>
				<span>上传时间：@@UPTIME@@</span>
				<span>格式：@@EXTU@@</span>
				<span>页数：@@TOTAL@@</span>
				<span>浏览：@@VIEWS@@</span>
				<span>下载：@@DOWNLOADS@@</span>
				<span class="score">评分：<em class="star star45"></em>4.5</span>
			</div>
			<div class="doc_tools"><a href="javascript:;" class="fav" onclick="docin.fav(@@PID@@)">收藏</a><a href="javascript:;" class="share" onclick="docin.share(@@PID@@)">分享</a><a href="javascript:;" class="fullscreen" onclick="docin.fullScreen()">全屏显示</a><a href="/app/report?id=@@PID@@" rel="nofollow" class="report">举报</a></div>
		</div>
		<div class="doc_reader_mod" id="contentcontainer">
@@PAGES@@
@@WALL@@		</div>
		<div class="doc_txt_mod" id="docTxt">
			<h2 class="mod_title">文本预览</h2>
			<div class="doc_txt">
@@TXT@@
			</div>
			<p class="doc_down_times">本文档一共被下载：<em>@@DOWNLOADS@@</em> 次 ,您可全文免费在线阅读后下载本文档。</p>
		</div>
		<div class="doc_down_mod">
			<div class="down_info">
				<p class="down_name"><span class="ico_@@EXT@@"></span>@@FILE@@.@@EXT@@</p>
				<p>售价：<em class="price">@@PRICE@@</em>　<span class="vip_tip">开通VIP，全站文档免费下</span></p>
			</div>
			<a class="btn_down" href="/app/p/downloadcheck?id=@@PID@@" rel="nofollow">下载本文档</a>
			<a class="btn_vip" href="https://www.douding-doc.test/app/vip/index" rel="nofollow">开通VIP</a>
		</div>
		<div class="doc_tags">文档标签：@@TAGS@@</div>
		<div class="doc_statement">
			<p>1、本文档由用户上传，豆丁网仅提供信息存储空间服务，不对文档内容负责。</p>
			<p>2、如文档侵犯您的权益，请<a href="/app/report?id=@@PID@@" rel="nofollow">联系我们</a>，我们将在收到通知后及时处理。</p>
			<p>3、下载前请先预览，预览内容与下载后的文档内容一致，下载后不支持退换。</p>
		</div>
		<div class="related_doc_mod">
			<h3 class="mod_title">相关文档</h3>
			<ul>
				<li><span class="ico_@@OEXT@@"></span><a href="/p-@@OPID@@.html" title="@@OFILE@@">@@OFILE@@</a><em>@@OTOTAL@@页</em></li>
				<li><span class="ico_doc"></span><a href="/p-2488021736.html" title="森林防火宣传标语大全">森林防火宣传标语大全</a><em>3页</em></li>
				<li><span class="ico_pdf"></span><a href="/p-2479931504.html" title="2023年秋冬季工作要点">2023年秋冬季工作要点</a><em>8页</em></li>
			</ul>
		</div>
	</div>
	<div class="doc_right">
		<div class="uploader_mod">
			<div class="avatar"><img src="//st.douding-doc.test/images_cn/default_avatar.png" alt="" /></div>
			<p class="name"><a href="/u/@@PID@@" rel="nofollow">@@UPLOADER@@</a></p>
			<p class="stat">文档数：268　粉丝：17</p>
			<a href="javascript:;" class="btn_follow">+关注</a>
		</div>
		<div class="ad_mod" id="ad_right_1"><a href="https://www.douding-doc.test/app/vip/index" rel="nofollow"><img src="//st.douding-doc.test/images_cn/ad/vip_300x250.png" alt="豆丁VIP 海量文档随心下" /></a></div>
		<div class="hot_doc_mod">
			<h3 class="mod_title">热门文档</h3>
			<ol>
				<li><a href="/p-2459012788.html">2023年度民主生活会对照检查材料</a></li>
				<li><a href="/p-2459013020.html">主题教育读书班心得体会</a></li>
			</ol>
		</div>
	</div>
</div>
<script type="text/javascript">
var product_id = "@@PID@@", product_format = "@@EXT@@", page_total = @@TOTAL@@, preview_pages = @@PREVIEW@@;
</script>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{d['file']} - 豆丁网",
        KEYWORDS=",".join(d["tags"]),
        DESC=f"{d['file']}{speech.paras[1][:60]}",
        PATH=f"/p-{d['pid']}.html",
        CATID=d["cat"][1],
        CAT=d["cat"][0],
        FILE=d["file"],
        EXT=d["ext"],
        EXTU=d["ext"].upper(),
        PID=d["pid"],
        UPLOADER=d["uploader"],
        UPTIME=d["uptime"],
        TOTAL=d["total"],
        PREVIEW=d["preview"],
        VIEWS=d["views"],
        DOWNLOADS=d["downloads"],
        PAGES=pages,
        WALL=wall,
        TXT=txt,
        PRICE=d["price"],
        TAGS=tags,
        OEXT=other["ext"],
        OPID=other["pid"],
        OFILE=other["file"],
        OTOTAL=other["total"],
    )


def list_item(d):
    return f"""			<li class="doc_item">
				<div class="doc_cover"><a href="/p-{d["pid"]}.html" target="_blank"><img src="//pic.douding-doc.test/p-{d["pid"]}/1_s.png" alt="{d["file"]}" /></a></div>
				<div class="doc_detail">
					<p class="doc_name"><span class="ico_{d["ext"]}"></span><a href="/p-{d["pid"]}.html" target="_blank" title="{d["file"]}">{d["file"]}</a></p>
					<p class="doc_desc">{d["speech"].paras[1][:70]}...</p>
					<p class="doc_meta"><span>{d["total"]}页</span><span>{d["uptime"][:10]}</span><span>{d["uploader"]}</span></p>
				</div>
			</li>"""


def build() -> Family:
    fam = Family(
        HOST,
        "豆丁网 (docin) document page: uploader's file name as title, page images plus a 文本预览 text block, 超出免费预览范围 wall, 本文档一共被下载 line, price and VIP boxes",
    )
    listing = (
        HEAD
        + """<div class="crumbs"><a href="/">豆丁网</a> &gt; <a href="/list-1.html">行业资料</a> &gt; <span>政务民生</span></div>
<div class="list_main clearfix">
	<div class="list_left">
		<div class="sort_bar"><a href="/list-57.html" class="cur">最新</a><a href="/list-57.html?sort=hot" rel="nofollow">最热</a></div>
		<ul class="doc_list">
@@ITEMS@@
		</ul>
		<div class="page_mod"><span class="cur">1</span><a href="/list-57.html?page=2" rel="nofollow">2</a><a href="/list-57.html?page=2" rel="nofollow" class="next">下一页</a></div>
	</div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/list-57.html",
        render(
            listing,
            TITLE="政务民生_豆丁网",
            KEYWORDS="政务民生,讲话稿,致辞",
            DESC="豆丁网政务民生频道",
            PATH="/list-57.html",
            ITEMS="\n".join(list_item(d) for d in DOCS),
        ),
    )
    home = (
        HEAD
        + """<div class="index_main clearfix">
	<div class="index_banner"><a href="https://www.douding-doc.test/app/vip/index" rel="nofollow"><img src="//st.douding-doc.test/images_cn/banner_vip.jpg" alt="豆丁VIP" /></a></div>
	<div class="index_cat">
		<h3><a href="/list-57.html">政务民生</a></h3>
		<ul>
			<li><a href="/p-@@PID@@.html" title="@@FILE@@">@@FILE@@</a></li>
		</ul>
		<a class="more" href="/list-57.html">更多&gt;&gt;</a>
	</div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            TITLE="豆丁网-文档分享平台",
            KEYWORDS="豆丁,文档,文档分享,在线文档",
            DESC="豆丁网是面向全球的中文社会化阅读分享平台",
            PATH="/",
            PID=DOCS[0]["pid"],
            FILE=DOCS[0]["file"],
        ),
    )
    fam.not_documents += ["/", "/list-57.html"]
    for i, d in enumerate(DOCS):
        fam.put(f"/p-{d['pid']}.html", doc_page(d, DOCS[1 - i]))
        truncated = d["total"] > d["preview"]
        fam.doc(
            [f"/p-{d['pid']}.html"],
            d["speech"],
            truncated=truncated,
            text="\n".join(preview_text(d)),
        )
        # the page dates the document by its upload (上传时间), not by the speech's own date line
        fam.documents[-1]["published_at"] = d["uptime"][:10]
    fam.note = (
        "title is the speech's own (the page heads it with the uploaded file's name, e.g. 2023年…（最新）); "
        "published_at is the upload date (上传时间), not the 2023年10月26日 date line printed in the text preview"
    )
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /app/\nDisallow: /search.do\nDisallow: /u/\n",
    )
    fam.noise += [
        "2023年在全县秋冬季森林防火工作会议上的讲话（最新）",
        "社区老年大学春季开学典礼致辞",
        ".doc",
        "亲，该文档总共5页",
        "超出免费预览范围",
        "如果喜欢就下载吧",
        "下载本文档",
        "本文档一共被下载",
        "您可全文免费在线阅读后下载本文档",
        "文本预览",
        "县委副书记、县长　赵明远",
        "（2023年10月26日）",
        "街道党工委书记　王丽华",
        "（2024年3月1日）",
        "售价",
        "豆元",
        "开通VIP",
        "文档标签",
        "森林防火宣传标语大全",
        "豆丁网仅提供信息存储空间服务",
        "上传人",
        "林区老张",
        "幸福里社区",
        "相关文档",
        "热门文档",
        "全屏显示",
        "沪ICP备09031234号-1",
    ]
    return fam
