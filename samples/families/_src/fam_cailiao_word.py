"""公文材料库-like site selling Word (.docx) 公文 / 讲话材料, a custom ThinkPHP 3.2 site whose pages are
served from its static HTML cache by nginx: header `text/html` with no charset, meta `gb2312`, bytes GBK
(GBK-only characters such as 喆 in the text and the uploader's name).

Home `/` (最新材料 / 热门下载 / 材料分类) → column `/ldjh/` (`ul.doc-list` rows with format icon, 页数, 价格,
date) and `/ldjh/p/2.html` through ThinkPHP's `Page` output (`<div><span class="rows">共 36 条记录</span>
<span class="current">1</span><a class="num">2</a><a class="next">&gt;&gt;</a></div>`) → documents
`/doc/N.html`: `当前位置：` crumb, `h1` with a DOCX icon, `doc-attr` (文件名 `….docx`, 上传时间, 页数, 字数,
格式, 下载次数, 上传者), the purchase box (`￥6.00`, 立即购买下载, 开通VIP 全站免费下载, 微信/支付宝,
客服QQ) before the preview; the preview `div.doc-preview` is Word-converted markup (`p.p0` with 方正小标宋 /
仿宋_GB2312 spans), the document's own centred title, date line `（2024年4月8日）` and speaker line before the
speech in one document, `— 第N页 共M页 —` page marks between paragraphs; the paid document's preview stops
after its first part at `试读结束，剩余约2页未显示` + 下载完整版 (→ truncated), the free one (登录后免费下载)
is previewed whole and ends at `— 预览已结束 —`; then 下载说明, the 免责声明, 相关材料, 热门下载."""

from common import SPEECHES, Family, render

HOST = "www.cailiaoku-word.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/Public/Home/css/base.css" />
<link rel="stylesheet" type="text/css" href="/Public/Home/css/doc.css?v=1.3.2" />
<script type="text/javascript" src="/Public/Home/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var ROOT = '', MODULE = '/Home', APP = '/index.php';</script>
</head>
<body oncontextmenu="return false" onselectstart="return false" oncopy="return false">
<div class="top"><div class="w1200">
  <span class="fl">公文材料库——机关单位写材料的好帮手！</span>
  <span class="fr"><a href="/user/login.html">登录</a> | <a href="/user/register.html">注册</a> | <a href="/vip.html" class="vip">开通VIP</a> | <a href="/help.html">帮助中心</a></span>
</div></div>
<div class="header w1200">
  <a href="/" class="logo"><img src="/Public/Home/images/logo.png" alt="公文材料库" /></a>
  <div class="search"><form action="/search.html" method="get"><input type="text" name="kw" class="kw" placeholder="输入关键词，如：表态发言、讲话稿" /><button type="submit">搜材料</button></form>
  <p class="hot">热搜：<a href="/search.html?kw=表态发言">表态发言</a> <a href="/search.html?kw=述职报告">述职报告</a> <a href="/search.html?kw=主题教育">主题教育</a> <a href="/search.html?kw=讲话稿">讲话稿</a></p></div>
</div>
<div class="nav"><ul class="w1200">
  <li><a href="/">首页</a></li>
  <li><a href="/ldjh/"@@CUR@@>领导讲话</a></li>
  <li><a href="/gzzj/">工作总结</a></li>
  <li><a href="/gzjh/">工作计划</a></li>
  <li><a href="/dyhd/">党建材料</a></li>
  <li><a href="/shbg/">述职报告</a></li>
  <li><a href="/xdth/">心得体会</a></li>
  <li><a href="/vip.html" class="navvip">VIP专区</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
  <p><a href="/about.html">关于我们</a> | <a href="/help.html">下载帮助</a> | <a href="/copyright.html">版权申诉</a> | <a href="/contact.html">联系我们</a> | <a href="/sitemap.xml">网站地图</a></p>
  <p>Copyright &copy; 2016-2024 公文材料库 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备16017762号-1</a></p>
  <p>本站材料均为会员上传或网络收集整理，仅供学习参考，请勿直接照搬照抄</p>
</div>
<script type="text/javascript" src="/Public/Home/js/common.js?v=1.3.2"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?91a7c3e5d2f0b4869e1d3c5a7b9f0e2d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f47a-5"],
        "id": 3856,
        "up": "2024-04-12 15:37",
        "pages": 4,
        "words": 1962,
        "downs": 137,
        "user": "李喆",
        "price": "￥6.00",
        "shown": 4,  # paragraphs in the preview
        "heading": ("市市场监督管理局党组书记、局长　赵　鹏", "（2024年4月8日）"),
        "sub": "表态发言",
    },
    {
        "speech": SPEECHES["f47a-6"],
        "id": 3902,
        "up": "2024-05-21 17:05",
        "pages": 3,
        "words": 1486,
        "downs": 58,
        "user": "wzb_0512",
        "price": None,
        "shown": None,
        "heading": None,
        "sub": "会议讲话",
    },
]

P_STYLE = 'class="p0" style="text-indent:32.0000pt;line-height:28.0000pt;"'
SPAN = "<span style=\"font-family:'仿宋_GB2312';font-size:16.0000pt;\">"


def preview(d):
    sp = d["speech"]
    paras = sp.paras if d["shown"] is None else sp.paras[: d["shown"]]
    out = []
    if d["heading"]:
        speaker, date = d["heading"]
        out.append(f"<p class=\"p0\" style=\"text-align:center;line-height:28.0000pt;\"><span style=\"font-family:'方正小标宋简体';font-size:22.0000pt;\">{sp.title}</span></p>")
        out.append(f"<p class=\"p0\" style=\"text-align:center;line-height:28.0000pt;\"><span style=\"font-family:'楷体_GB2312';font-size:16.0000pt;\">{date}</span></p>")
        out.append(f"<p class=\"p0\" style=\"text-align:center;line-height:28.0000pt;\"><span style=\"font-family:'楷体_GB2312';font-size:16.0000pt;\">{speaker}</span></p>")
        out.append('<p class="p0" style="line-height:28.0000pt;"><span>&nbsp;</span></p>')
    # Word page ends, as the converter marks them: after every third paragraph
    total = d["pages"]
    page_no = 1
    for k, p in enumerate(paras):
        out.append(f"<p {P_STYLE}>{SPAN}{p}</span></p>")
        if k % 3 == 2 and k != len(paras) - 1:
            out.append(f'<div class="page-split">— 第{page_no}页 共{total}页 —</div>')
            page_no += 1
    if d["shown"] is None:
        out.append('<div class="preview-end">— 预览已结束 —</div>')
    else:
        out.append(f"""<div class="preview-more">
      <p class="dots">……</p>
      <p>试读结束，剩余约<b>{total - page_no}</b>页未显示，完整内容请下载Word文档查看</p>
      <a href="/pay/{d['id']}.html" class="btn-full" rel="nofollow">下载完整版（{d['price']}）</a>
    </div>""")
    return "\n".join("      " + line for line in out)


def doc_page(d, other):
    sp = d["speech"]
    if d["price"]:
        buy = f"""<div class="buy-box">
    <div class="price">价格：<em>{d['price']}</em><span class="old">原价￥12.00</span></div>
    <a href="/pay/{d['id']}.html" class="btn-buy" rel="nofollow">立即购买下载</a>
    <a href="/vip.html" class="btn-vip">开通VIP 全站免费下载</a>
    <p class="pay-tip">支持微信、支付宝付款，付款后自动下载，可在会员中心反复下载<br />下载遇到问题？联系客服QQ：2851093746（9:00-22:00）</p>
  </div>"""
    else:
        buy = f"""<div class="buy-box free">
    <div class="price">价格：<em>免费</em></div>
    <a href="/user/login.html?from=/down/{d['id']}.html" class="btn-buy" rel="nofollow">登录后免费下载</a>
    <p class="pay-tip">本文档为免费文档，注册会员登录后即可下载Word原文</p>
  </div>"""
    tip = "以下为文档预览（仅展示部分内容），完整版请下载Word文档" if d["price"] else "以下为文档全文预览，下载Word原文格式更规范"
    page = HEAD + """<div class="w1200 main clearfix">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/ldjh/">领导讲话</a> &gt; <a href="/ldjh/">@@SUB@@</a> &gt; 正文</div>
<div class="doc-left">
  <div class="doc-head">
    <h1><i class="ico-docx"></i>@@H1@@</h1>
    <ul class="doc-attr">
      <li>文件名：@@H1@@.docx</li>
      <li>上传时间：@@UP@@</li>
      <li>页数：@@PAGES@@页</li>
      <li>字数：@@WORDS@@字</li>
      <li>格式：DOCX</li>
      <li>下载次数：@@DOWNS@@</li>
      <li>上传者：@@USER@@</li>
    </ul>
  </div>
  @@BUY@@
  <div class="preview-tip">@@TIP@@</div>
  <div class="doc-preview" id="docPreview">
@@PREVIEW@@
  </div>
  <div class="down-help"><h3>下载说明</h3>
    <p>1. 本站文档均为Word格式（.doc/.docx），下载后可直接编辑修改；</p>
    <p>2. 付费文档购买成功后，可在“会员中心-我的下载”中反复下载；</p>
    <p>3. 预览效果与Word原文可能略有差异，以下载后的文档为准。</p>
  </div>
  <div class="disclaimer">免责声明：本站材料仅供学习交流参考，请结合本地本单位实际情况修改使用，如有侵权请联系我们删除。</div>
  <div class="rel"><h3>相关材料</h3><ul>
    <li><i class="ico-docx"></i><a href="/doc/@@OID@@.html">@@OTITLE@@</a></li>
    <li><i class="ico-docx"></i><a href="/doc/3841.html">在全市优化营商环境大会上的讲话</a></li>
    <li><i class="ico-doc"></i><a href="/doc/3790.html">作风建设年活动表态发言（5篇）</a></li>
    <li><i class="ico-docx"></i><a href="/doc/3777.html">在全县安全生产工作会议上的讲话</a></li>
  </ul></div>
</div>
<div class="doc-right">
  <div class="rbox vipbox"><p>开通VIP会员</p><p>全站12万份Word材料免费下载</p><a href="/vip.html">立即开通</a></div>
  <div class="rbox"><h3>热门下载</h3><ol>
    <li><a href="/doc/3698.html">2024年政府工作报告学习心得</a></li>
    <li><a href="/doc/3655.html">民主生活会个人对照检查材料</a></li>
    <li><a href="/doc/3612.html">乡镇年度工作总结及明年计划</a></li>
  </ol></div>
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{sp.title}-Word文档下载-公文材料库",
        KW=f"{sp.title},{d['sub']},Word下载",
        DESC=sp.paras[1][:70],
        CUR=' class="on"',
        SUB=d["sub"],
        H1=sp.title,
        UP=d["up"],
        PAGES=d["pages"],
        WORDS=d["words"],
        DOWNS=d["downs"],
        USER=d["user"],
        BUY=buy,
        TIP=tip,
        PREVIEW=preview(d),
        OID=other["id"],
        OTITLE=other["speech"].title,
    )


def rows(items):
    return "\n".join(
        f'    <li><i class="ico-docx"></i><a href="/doc/{i}.html" target="_blank">{t}</a><span class="ye">{p}页</span><span class="pr">{pr}</span><span class="dt">{dt}</span></li>'
        for i, t, p, pr, dt in items
    )


def build() -> Family:
    fam = Family(
        HOST,
        "公文材料库-like Word 公文 download site (custom ThinkPHP 3.2, static HTML cache): GBK bytes, header text/html without charset, meta gb2312",
        encoding="gbk",
        content_type="text/html",
    )
    a, b = DOCS
    list1 = [
        (3911, "在全市安全生产月活动启动仪式上的讲话", 4, "￥5.00", "2024-05-28"),
        (3905, "在青年干部座谈会上的讲话提纲", 5, "￥6.00", "2024-05-23"),
        (3899, "在全县招商引资工作推进会上的讲话", 5, "￥6.00", "2024-05-20"),
        (3871, "在一季度经济运行分析会上的讲话", 4, "￥5.00", "2024-04-18"),
        (a["id"], a["speech"].title, a["pages"], a["price"], a["up"][:10]),
    ]
    list2 = [
        (3848, "在全市审计工作会议上的讲话", 6, "￥8.00", "2024-04-09"),
        (b["id"], b["speech"].title, b["pages"], "免费", b["up"][:10]),
        (3823, "在清明节祭扫活动上的讲话", 2, "免费", "2024-04-02"),
    ]
    # the column is sorted by 推荐 weight, not by date: the free document was pushed down to page 2
    for n, items in ((1, list1), (2, list2)):
        if n == 1:
            pg = '<div> <span class="rows">共 36 条记录</span> <span class="current">1</span><a class="num" href="/ldjh/p/2.html">2</a> <a class="next" href="/ldjh/p/2.html">&gt;&gt;</a> </div>'
        else:
            pg = '<div> <span class="rows">共 36 条记录</span> <a class="prev" href="/ldjh/p/1.html">&lt;&lt;</a> <a class="num" href="/ldjh/p/1.html">1</a><span class="current">2</span> </div>'
        page = HEAD + """<div class="w1200 main clearfix">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 领导讲话</div>
<div class="doc-left">
  <div class="sort">排序：<a href="/ldjh/" class="on">推荐</a> <a href="/ldjh/order/new.html">最新</a> <a href="/ldjh/order/down.html">下载最多</a></div>
  <ul class="doc-list">
@@ROWS@@
  </ul>
  <div class="pages">@@PG@@</div>
</div>
</div>
""" + FOOT
        text = render(page, TITLE="领导讲话" + ("" if n == 1 else f"_第{n}页") + "-公文材料库", KW="领导讲话,讲话稿,表态发言", DESC="公文材料库领导讲话栏目，Word格式下载", CUR=' class="on"', ROWS=rows(items), PG=pg)
        if n == 1:
            fam.put("/ldjh/", text)
            fam.put("/ldjh/p/1.html", text)
        else:
            fam.put("/ldjh/p/2.html", text)
    home = HEAD + """<div class="w1200 main clearfix">
<div class="doc-left">
  <div class="ibox"><h2>最新材料<a href="/ldjh/" class="more">更多&gt;&gt;</a></h2><ul class="doc-list">
@@ROWS@@
  </ul></div>
</div>
<div class="doc-right">
  <div class="rbox"><h3>材料分类</h3><ul class="cats">
    <li><a href="/ldjh/">领导讲话</a></li><li><a href="/gzzj/">工作总结</a></li><li><a href="/gzjh/">工作计划</a></li><li><a href="/dyhd/">党建材料</a></li><li><a href="/shbg/">述职报告</a></li>
  </ul></div>
</div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="公文材料库-公文写作材料Word下载_讲话稿_工作总结_党建材料", KW="公文材料,讲话稿,Word下载", DESC="公文材料库提供讲话稿、工作总结、党建材料等Word文档下载", CUR="", ROWS=rows(list1[:3] + [list1[4]])))
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /pay/\nDisallow: /user/\nDisallow: /down/\nDisallow: /search.html\nSitemap: http://{HOST}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{HOST}/doc/{d['id']}.html</loc><lastmod>{d['up'][:10]}</lastmod></url>" for d in DOCS)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')
    fam.not_documents += ["/", "/ldjh/", "/ldjh/p/2.html"]

    fam.put(f"/doc/{a['id']}.html", doc_page(a, b))
    fam.doc([f"/doc/{a['id']}.html"], a["speech"], truncated=True, text="\n".join(a["speech"].paras[: a["shown"]]))
    fam.put(f"/doc/{b['id']}.html", doc_page(b, a))
    fam.doc([f"/doc/{b['id']}.html"], b["speech"], published_at=b["up"][:10])
    fam.note = (
        "GBK bytes, header text/html with no charset, meta gb2312 (喆 is GBK only: in 3902's text and 3856's 上传者); "
        "3856's preview stops after 4 paragraphs (truncated), its published_at is the document's own date line (2024年4月8日), "
        "not the 上传时间; 3902 is previewed whole, dated by its 上传时间"
    )
    fam.noise += [
        "立即购买下载", "开通VIP", "客服QQ", "试读结束", "下载完整版", "预览已结束", "— 第1页 共", "下载说明", "免责声明",
        "相关材料", "热门下载", "上传者：", "文件名：", "皖ICP备16017762号-1", "以下为文档",
    ]
    return fam
