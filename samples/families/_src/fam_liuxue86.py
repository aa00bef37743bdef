"""A 出国留学网 (liuxue86.com)-like 演讲稿 channel: UTF-8 article pages `/a/N.html`, a long speech split
into `N.html` / `N_2.html` with the site's `div.page` pager (上一页 / 1 / 2 / 下一页) and `(2)` in the
page-2 title; the crumb (`您现在的位置：`), `h1#main_title`, the `main_zhengw_time` line (时间 / 作者 / 字号),
the editor's intro line before the text inside `div.main_zhengw#article-content`
(`出国留学网演讲稿频道为大家整理的…，供大家阅读参考。`), `ggao()` ad slots between paragraphs, an
`更多…请关注出国留学网演讲稿频道` closing line and a 【相关推荐】 box at the end of the last page, the
`相关推荐` / `热门推荐` / `热门专题` lists, 分享到 bar, the site's app / 公众号 QR box and footer with ICP.
Column `/jianghuagao/` with `/jianghuagao/2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.liuxue86-like.test"
COL = "/jianghuagao/"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="pc">
<meta http-equiv="Cache-Control" content="no-transform">
<meta http-equiv="Cache-Control" content="no-siteapp">
<link rel="alternate" media="only screen and(max-width:640px)" href="https://m.liuxue86-like.test@@PATH@@">
<link rel="canonical" href="http://www.liuxue86-like.test@@PATH@@">
<link rel="stylesheet" href="//static.liuxue86-like.test/css/common.css?v=20240315">
<link rel="stylesheet" href="//static.liuxue86-like.test/css/article.css?v=20240315">
<script src="//static.liuxue86-like.test/js/jquery-1.8.3.min.js"></script>
<script src="//static.liuxue86-like.test/js/ggao.js?v=20240801"></script>
</head>
<body>
<div class="top_bar"><div class="w1200"><div class="top_l">欢迎来到出国留学网！</div><div class="top_r"><a href="https://m.liuxue86-like.test/" target="_blank">手机版</a><a href="/about/sitemap.html" target="_blank">网站地图</a><a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a></div></div></div>
<div class="header w1200">
<div class="logo"><a href="/" title="出国留学网"><img src="//static.liuxue86-like.test/images/logo.png" alt="出国留学网"></a></div>
<div class="search"><form action="https://so.liuxue86-like.test/cse/search" method="get" target="_blank"><input type="text" name="q" class="s_txt" placeholder="请输入关键词"><input type="submit" class="s_btn" value="搜索"></form></div>
</div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/liuxue/">留学</a></li><li><a href="/yimin/">移民</a></li><li><a href="/ielts/">雅思</a></li><li><a href="/toefl/">托福</a></li><li><a href="/gaokao/">高考</a></li><li><a href="/kaoyan/">考研</a></li><li><a href="/fanwen/">范文</a></li><li class="on"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/zhufuyu/">祝福语</a></li>
</ul></div>
<div class="sub_nav w1200"><a href="/yanjianggao/">演讲稿</a> | <a href="/jianghuagao/">讲话稿</a> | <a href="/fayangao/">发言稿</a> | <a href="/zhuchici/">主持词</a> | <a href="/zhici/">致辞</a> | <a href="/jingpinyanjianggao/">精品演讲稿</a></div>
"""

FOOT = """<div class="footer">
<div class="w1200">
<p class="f_link"><a href="/about/" rel="nofollow" target="_blank">关于我们</a> | <a href="/about/contact.html" rel="nofollow" target="_blank">联系方式</a> | <a href="/about/copyright.html" rel="nofollow" target="_blank">版权声明</a> | <a href="/about/job.html" rel="nofollow" target="_blank">招聘信息</a> | <a href="/about/sitemap.html" target="_blank">网站地图</a></p>
<p>本站部分文章来源于网络，其版权归原作者所有，如有侵权请联系我们删除。</p>
<p>Copyright &copy; 2008-2024 出国留学网 www.liuxue86-like.test All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备12031857号-1</a> <img src="//static.liuxue86-like.test/images/gongan.png" alt=""> 京公网安备 11010802021453号</p>
</div>
</div>
<div class="go_top" id="goTop"><a href="javascript:;">返回顶部</a></div>
<script src="//static.liuxue86-like.test/js/common.js?v=20240315"></script>
<script>ggao('pc_float_r');</script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3ac6b2d0c1e54f0b7f6e4d2a9c8b1e73";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

# speech, id, 时间, 作者, parts, ad slot after paragraph index
ARTICLES = [
    (SPEECHES["g37d-2"], 5172634, "2024-09-02 07:48:15", "李明", 2, 5),
    (SPEECHES["g37d-5"], 5098217, "2024-05-18 16:20:37", "张晓红", 1, 4),
]
XG = {
    5172634: [(5172655, "2024秋季开学典礼教师代表发言稿"), (5172701, "开学典礼学生代表发言稿（精选）"), (5171982, "新学期国旗下讲话稿"), (5170433, "2024年开学第一课校长讲话")],
    5098217: [(5098260, "社区邻里节活动主持词"), (5097714, "社区志愿服务活动领导讲话"), (5096533, "社区文化节开幕式致辞"), (5095019, "街道重阳节敬老活动致辞")],
}
HOTS = [(5180442, "在全县经济工作会议上的讲话"), (5169903, "教师节表彰大会领导讲话稿"), (5151267, "七一党课讲稿：坚定理想信念"), (5133805, "毕业典礼校长致辞（精选）"), (5120916, "安全生产月动员会讲话")]
ZT = [("/zt/kaixuedianli/", "开学典礼讲话稿"), ("/zt/lingdaojianghua/", "领导讲话稿大全"), ("/zt/shequ/", "社区活动致辞"), ("/zt/guoqixia/", "国旗下讲话")]


def url_of(aid, k=0):
    return f"/a/{aid}.html" if k == 0 else f"/a/{aid}_{k + 1}.html"


def pager(aid, count, cur):
    out = ['<div class="page">']
    out.append(f'<a href="{url_of(aid, cur - 2)}" class="prev">上一页</a>' if cur > 1 else '<span class="disabled">上一页</span>')
    for i in range(1, count + 1):
        out.append(f'<span class="current">{i}</span>' if i == cur else f'<a href="{url_of(aid, i - 1)}">{i}</a>')
    out.append(f'<a href="{url_of(aid, cur)}" class="next">下一页</a>' if cur < count else '<span class="disabled">下一页</span>')
    return "".join(out) + "</div>"


def ul(rows, cls=""):
    return "\n".join(f'<li{cls}><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx, runs, k):
    speech, aid, stamp, author, count, adat = ARTICLES[idx]
    b = f"({k + 1})" if k > 0 else ""
    out = []
    if k == 0:
        out.append(f"<p>　　出国留学网演讲稿频道为大家整理的《{speech.title}》，供大家阅读参考。更多相关的内容请关注出国留学网演讲稿频道。</p>")
    start = sum(len(r) for r in runs[:k])
    for i, p in enumerate(runs[k]):
        out.append(f"<p>　　{p}</p>")
        if start + i == adat:
            out.append('<div class="ggao_zw"><script>ggao(\'pc_article_zw1\');</script></div>')
    if k == count - 1:
        out.append('<p>　　更多演讲稿精选内容推荐，请关注出国留学网演讲稿频道。</p>')
        items = "<br>".join(f'<a href="{url_of(a)}" target="_blank">{t}</a>' for a, t in XG[aid][:3])
        out.append(f'<p><strong>【相关推荐】</strong></p><p>{items}</p>')
    other = ARTICLES[1 - idx]
    body = """<div class="w1200 clearfix">
<div class="crumbs">您现在的位置：<a href="/">出国留学网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="@@COL@@">讲话稿</a> &gt; 正文</div>
<div class="main_l">
<div class="main_title">
<h1 id="main_title">@@H1@@</h1>
<p class="main_zhengw_time"><span>时间：@@STAMP@@</span><span>作者：@@AUTHOR@@</span><span class="font_size">字号：<a href="javascript:;" onclick="fontZoom(16)">大</a> <a href="javascript:;" onclick="fontZoom(14)">中</a> <a href="javascript:;" onclick="fontZoom(12)">小</a></span></p>
</div>
<div class="ggao_top"><script>ggao('pc_article_top');</script></div>
<div class="main_zhengw" id="article-content">
@@PARAS@@
</div>
@@PAGER@@
<div class="share_box"><span>分享到：</span><a href="javascript:;" class="share_wx" title="分享到微信">微信</a><a href="javascript:;" class="share_qq" title="分享到QQ">QQ</a><a href="javascript:;" class="share_wb" title="分享到新浪微博">微博</a><a href="javascript:;" class="share_qz" title="分享到QQ空间">QQ空间</a></div>
<div class="ggao_bottom"><script>ggao('pc_article_bottom');</script></div>
<div class="xgtj">
<div class="tit"><h3>相关推荐</h3></div>
<ul>
@@REL@@
</ul>
</div>
</div>
<div class="main_r">
<div class="ggao_r"><script>ggao('pc_right_1');</script></div>
<div class="r_box"><div class="tit"><h3>热门推荐</h3></div><ul class="hot_list">
@@HOT@@
</ul></div>
<div class="r_box"><div class="tit"><h3>热门专题</h3></div><ul class="zt_list">
@@ZT@@
</ul></div>
<div class="r_box ewm"><img src="//static.liuxue86-like.test/images/ewm_gzh.jpg" alt="出国留学网公众号"><p>扫码关注出国留学网公众号<br>获取更多演讲稿范文</p></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}{b}_讲话稿_出国留学网",
        KEYWORDS=speech.title,
        DESC=f"出国留学网演讲稿频道为大家整理的《{speech.title}》，供大家阅读参考。",
        PATH=url_of(aid, k),
        COL=COL,
        H1=speech.title + b,
        STAMP=stamp,
        AUTHOR=author,
        PARAS="\n".join(out),
        PAGER=pager(aid, count, k + 1) if count > 1 else "",
        REL=ul(XG[aid] + [(other[1], other[0].title)]),
        HOT=ul(HOTS),
        ZT="\n".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in ZT),
    )


FILLER = [
    (5180442, "在全县经济工作会议上的讲话", "2024-09-10"),
    (5169903, "教师节表彰大会领导讲话稿", "2024-08-30"),
    (5151267, "七一党课讲稿：坚定理想信念", "2024-06-28"),
    (5133805, "毕业典礼校长致辞（精选）", "2024-06-12"),
    (5120916, "安全生产月动员会讲话", "2024-06-01"),
    (5081144, "五四青年节座谈会讲话稿", "2024-04-30"),
]


def listing(n):
    a1, a2 = ARTICLES
    if n == 1:
        rows = [FILLER[0], (a1[1], a1[0].title, a1[2][:10]), FILLER[1], FILLER[2], FILLER[3]]
    else:
        rows = [FILLER[4], (a2[1], a2[0].title, a2[2][:10]), FILLER[5]]
    items = "\n".join(
        f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a><span class="time">{d}</span></li>' for a, t, d in rows
    )
    pg = (f'<div class="page"><span class="current">1</span><a href="{COL}2.html">2</a><a href="{COL}2.html" class="next">下一页</a><a href="{COL}2.html">尾页</a></div>'
          if n == 1 else f'<div class="page"><a href="{COL}">首页</a><a href="{COL}" class="prev">上一页</a><a href="{COL}">1</a><span class="current">2</span></div>')
    body = f"""<div class="w1200 clearfix">
<div class="crumbs">您现在的位置：<a href="/">出国留学网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; 讲话稿</div>
<div class="main_l"><div class="list_box"><div class="tit"><h2>讲话稿</h2></div><ul class="list_ul">
{items}
</ul>
{pg}
</div></div>
<div class="main_r"><div class="r_box"><div class="tit"><h3>热门推荐</h3></div><ul class="hot_list">
{ul(HOTS)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else COL + "2.html"
    return render(HEAD + body + FOOT, TITLE="讲话稿_出国留学网" + ("_第2页" if n > 1 else ""), KEYWORDS="讲话稿,领导讲话稿,讲话稿范文",
                  DESC="出国留学网讲话稿栏目为您提供各类讲话稿范文。", PATH=path)


def home():
    a1, a2 = ARTICLES
    body = f"""<div class="w1200 clearfix">
<div class="idx_box"><div class="tit"><h2><a href="/yanjianggao/">演讲稿</a></h2><a class="more" href="{COL}">讲话稿 更多&gt;&gt;</a></div><ul>
<li><a href="{url_of(a1[1])}" target="_blank">{a1[0].title}</a></li>
<li><a href="{url_of(5180442)}" target="_blank">在全县经济工作会议上的讲话</a></li>
<li><a href="{url_of(5169903)}" target="_blank">教师节表彰大会领导讲话稿</a></li>
</ul></div>
<div class="idx_box"><div class="tit"><h2><a href="/liuxue/">留学</a></h2></div><ul><li><a href="/a/5178820.html" target="_blank">2025年英国留学申请时间规划</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="出国留学网_留学、考试、范文、演讲稿信息网站", KEYWORDS="出国留学,演讲稿,范文",
                  DESC="出国留学网", PATH="/")


def build() -> Family:
    fam = Family(HOST, "出国留学网 (liuxue86.com)-like 演讲稿 channel: editor's intro line, ggao() ad slots in the text, N_2.html div.page pager, 【相关推荐】 box at the end")
    for idx, (speech, aid, stamp, _a, count, _ad) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(COL, listing(1))
    fam.put(COL + "2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /search/\n")
    fam.not_documents += ["/", COL, COL + "2.html"]
    fam.noise += ["出国留学网演讲稿频道为大家整理的", "更多演讲稿精选内容推荐", "【相关推荐】", "相关推荐", "热门推荐", "热门专题", "分享到：",
                  "扫码关注出国留学网公众号", "京ICP备12031857号-1", "您现在的位置", "字号："]
    return fam
