"""点石文库 (dswenku.com)-like 文档 site: a document page that prints the text as plain `<p>`s
after a 摘要 box and a 目录 box, UTF-8. (HOLDOUT)

Home `/` (logo + search, 上传文档 / 登录 / 注册 / 开通VIP, category nav, 最新文档 and 热门文档 lists)
→ category `/list-23-1.html` (讲话致辞; `div.doc-list` items with 页数 / 浏览 / 下载券, pager → page 2
`/list-23-2.html`) → documents `/p-N.html`: crumb 首页 > 党政工作 > 讲话致辞 > title, `h1.doc-title`,
`div.doc-info` (上传者 / 上传时间 / 页数 / 格式 / 浏览 / 下载 / 评分), the `down-box` (下载此文档需要
N 下载券, 立即下载, 开通VIP免券下载, 加入收藏, 举报) before the text, `div.doc-summary` (摘要: the
first words of the text cut with …, or the uploader's own summary), `div.doc-toc` (目录: the
document's heads, including ones past the wall), then `div.doc-content` as plain `<p>`s. The 安全生产
speech is cut by the VIP wall (`div.vip-wall`: 还剩N页未读，开通VIP免费阅读全文 / 或使用N下载券下载全文,
the expected text is the part shown); the 开学典礼 致辞 (0 下载券) is whole. 免责声明, 相关文档,
文档评论, footer with ICP line."""

from common import SPEECHES, Family, render

HOST = "www.dianshi-wenku-like.test"
CAT = "/list-23-1.html"
CAT2 = "/list-23-2.html"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="pc">
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://m.dianshi-wenku-like.test@@PATH@@">
<link rel="stylesheet" href="/static/css/common.css?v=2.3.1">
<link rel="stylesheet" href="/static/css/doc.css?v=2.3.1">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">您好，欢迎来到点石文库！</span><div class="fr"><a href="/user/login.html" rel="nofollow">登录</a><a href="/user/reg.html" rel="nofollow">免费注册</a><a href="/upload.html" rel="nofollow">上传文档</a><a href="/vip.html" class="vip" rel="nofollow">开通VIP</a><a href="/help/">帮助中心</a></div></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="点石文库"></a>
<form class="search" action="/search.html" method="get"><input type="text" name="q" placeholder="搜索海量文档"><button type="submit">搜索</button></form></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/list-20-1.html">党政工作</a></li><li class="on"><a href="/list-23-1.html">讲话致辞</a></li><li><a href="/list-25-1.html">工作总结</a></li><li><a href="/list-31-1.html">教育教学</a></li><li><a href="/list-40-1.html">合同范本</a></li><li><a href="/list-46-1.html">行业资料</a></li></ul></div>
<div class="w1200 main">
"""

FOOT = """</div>
<div class="footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/help/">帮助中心</a> | <a href="/copyright.html">版权声明</a> | <a href="/contact.html">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站所有文档均由用户上传，仅供学习交流，如有侵权请联系我们删除。</p>
<p>Copyright &copy; 2016-2019 点石文库 All Rights Reserved. <a href="http://www.beian.miit.gov.cn/" rel="nofollow">鲁ICP备16031875号-2</a></p>
</div></div>
<script src="/static/js/common.js?v=2.3.1"></script>
<script src="/static/js/doc.js?v=2.3.1"></script>
<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?5f2c1a7e9b03d84c6e1f2a7b0c9d8e31";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""

DOCS = [
    # key, id, uploader, pages, views, downloads, coupons, shown paragraphs (None = all), summary, toc
    ("f49d-5", 3186427, "安监小助手", 5, 2381, 96, 2, 6, None,
     ["一、正确认识当前安全生产形势", "二、突出抓好重点领域专项整治", "三、层层压实安全生产责任"]),
    ("f49d-6", 3215590, "育才中学办公室", 3, 1547, 213, 0, None,
     "本文是校长在2019年秋季开学典礼上的致辞，回顾上一学年的成绩，向学生提出学会做人、学会学习、学会健体三点希望，并对教师提出要求，适合中小学开学典礼参考使用。",
     ["欢迎新同学、新老师", "回顾过去一学年", "第一句话：学会做人", "第二句话：学会学习", "第三句话：学会健体", "对老师们的希望"]),
]


def doc_page(d):
    key, did, uploader, pages, views, downs, coupons, shown, summary, toc = d
    s = SPEECHES[key]
    paras = s.paras if shown is None else s.paras[:shown]
    summ = summary or (s.paras[1][:96] + "…")
    down = (f'<div class="down-box"><div class="down-l">下载此文档需要 <em class="quan">{coupons}</em> 下载券</div>'
            if coupons else '<div class="down-box"><div class="down-l">本文档需要 <em class="quan">0</em> 下载券，登录后可免费下载</div>')
    down += ('<div class="down-r"><a class="btn-down" href="/down/%d.html" rel="nofollow">立即下载</a><a class="btn-vip" href="/vip.html" rel="nofollow">开通VIP免券下载</a>'
             '<a class="btn-fav" href="javascript:;" onclick="addFav(%d)">加入收藏</a><a class="btn-report" href="/report.html?id=%d" rel="nofollow">举报</a></div></div>' % (did, did, did))
    wall = ""
    if shown is not None:
        left = pages - 2
        wall = f"""<div class="vip-wall"><div class="fade"></div>
<p class="tip">还剩 <em>{left}</em> 页未读，<a href="/vip.html" rel="nofollow">开通VIP</a> 免费阅读全文</p>
<p class="tip2">或使用 <em>{coupons}</em> 下载券 <a href="/down/{did}.html" rel="nofollow">下载全文</a></p>
</div>"""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    rel = "".join(f'<li><a href="/p-{x[1]}.html">{SPEECHES[x[0]].title}</a></li>' for x in DOCS if x[1] != did)
    return render(HEAD, TITLE=f"{s.title} - 点石文库", KW=f"{s.title},讲话致辞,点石文库", DESC=summ[:80], PATH=f"/p-{did}.html") + f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list-20-1.html">党政工作</a> &gt; <a href="{CAT}">讲话致辞</a> &gt; <span>{s.title}</span></div>
<div class="doc-main">
<h1 class="doc-title"><i class="ico-doc"></i>{s.title}</h1>
<div class="doc-info"><span>上传者：<a href="/u/{did % 9973}/">{uploader}</a></span><span>上传时间：{s.date}</span><span>页数：{pages}页</span><span>格式：DOC</span><span>浏览：{views}次</span><span>下载：{downs}次</span><span>评分：<i class="star4"></i>4.6</span></div>
{down}
<div class="doc-summary"><h3>摘要</h3><p>{summ}</p></div>
<div class="doc-toc"><h3>目录</h3><ul>{''.join(f'<li>{h}</li>' for h in toc)}</ul></div>
<div class="doc-content" id="contents">
{body}
</div>
{wall}
<div class="doc-statement">免责声明：本文档由用户（{uploader}）上传，仅供参考学习，版权归原作者所有。如有侵权，请联系本站删除。</div>
<div class="doc-tags">标签：<a href="/tag/jianghua.html">讲话稿</a> <a href="/tag/zhici.html">致辞</a></div>
<div class="doc-comment"><h3>文档评论（1）</h3><div class="cm-item"><span class="u">文库用户8821</span><span class="t">{s.date}</span><p>内容不错，格式也规范，可以参考。</p></div></div>
</div>
<div class="side"><div class="box"><h3>相关文档</h3><ul>{rel}<li><a href="/list-23-1.html">更多讲话致辞</a></li></ul></div>
<div class="box vip-ad"><a href="/vip.html" rel="nofollow"><img src="/static/images/vip_ad.png" alt="开通VIP 海量文档免费下"></a></div></div>
""" + FOOT


def item(d):
    key, did, uploader, pages, views, downs, coupons = d[:7]
    s = SPEECHES[key]
    return (f'<div class="doc-item"><a class="t" href="/p-{did}.html"><i class="ico-doc"></i>{s.title}</a>'
            f'<p class="m"><span>{pages}页</span><span>浏览{views}</span><span>{coupons}下载券</span><span>{s.date}</span></p></div>')


def build() -> Family:
    fam = Family(HOST, "点石文库 (dswenku.com)-like 文档 page: 摘要 + 目录 + plain <p> text, 下载券 box, VIP wall")
    for d in DOCS:
        fam.put(f"/p-{d[1]}.html", doc_page(d))
        s = SPEECHES[d[0]]
        if d[7] is None:
            fam.doc([f"/p-{d[1]}.html"], s)
        else:
            fam.doc([f"/p-{d[1]}.html"], s, truncated=True, text="\n".join(s.paras[: d[7]]))

    def cat(page, items):
        pager = (f'<div class="pager"><span class="cur">1</span><a href="{CAT2}">2</a><a href="{CAT2}">下一页</a></div>' if page == 1
                 else f'<div class="pager"><a href="{CAT}">上一页</a><a href="{CAT}">1</a><span class="cur">2</span></div>')
        return render(HEAD, TITLE=f"讲话致辞_第{page}页 - 点石文库", KW="讲话致辞,讲话稿", DESC="讲话致辞文档下载", PATH=f"/list-23-{page}.html") + f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list-20-1.html">党政工作</a> &gt; <span>讲话致辞</span></div>
<div class="doc-list">
{chr(10).join(items)}
</div>
{pager}
""" + FOOT

    fam.put(CAT, cat(1, [item(DOCS[1])]))
    fam.put(CAT2, cat(2, [item(DOCS[0])]))
    home = render(HEAD, TITLE="点石文库 - 海量文档免费下载", KW="文库,文档下载,讲话稿", DESC="点石文库，海量文档在线阅读与下载", PATH="/") + f"""<div class="home-box"><h3>最新文档</h3>
{item(DOCS[1])}
{item(DOCS[0])}
</div>
<div class="home-box"><h3>热门分类</h3><ul><li><a href="{CAT}">讲话致辞</a></li><li><a href="/list-25-1.html">工作总结</a></li><li><a href="/list-31-1.html">教育教学</a></li></ul></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /user/\nDisallow: /search.html\n")
    fam.not_documents += ["/", CAT, CAT2]
    fam.noise += ["下载券", "开通VIP", "未读", "摘要", "目录", "免责声明", "上传者：", "文档评论", "内容不错，格式也规范",
                  "三、层层压实安全生产责任", "本文是校长在2019年秋季开学典礼上的致辞", "鲁ICP备16031875号-2"]
    return fam
