"""A 学习啦 (xuexila.com)-like 演讲稿 channel: UTF-8 article pages `/yanjianggao/<column>/cN.html`, a long
one cut by the site's page breaker into `cN.html` / `cN_2.html`: page 1 opens with the editor's
`下面是学习啦小编…希望对你有帮助！` intro and ends inside the content with the bold
`>>>下一页更多精彩“…”` link, the `div.pages` pager (上一页 / 1 / 2 / 下一页) under the text, page 2's
title and h1 carrying `(2)`; the last page ends, still inside `#contentText`, with `看了“…”的人还看了：`
and its numbered links; 时间/作者/栏目 `div.info`, the `xxl_ad` script slots before and after the text,
相关文章 (`div.xgwz`), 热门 lists in the right column, 猜你感兴趣 tags, and the footer with its ICP line.
Column page `/yanjianggao/kaixue/` with `list_2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.xuexila-like.test"
COL = "/yanjianggao/jianghuagao/"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="mobile-agent" content="format=html5;url=http://m.xuexila-like.test@@PATH@@">
<meta name="applicable-device" content="pc">
<link rel="alternate" media="only screen and(max-width:640px)" href="http://m.xuexila-like.test@@PATH@@">
<link rel="stylesheet" href="//static.xuexila-like.test/pc/css/common.css?v=20230315">
<link rel="stylesheet" href="//static.xuexila-like.test/pc/css/article.css?v=20230315">
<script type="text/javascript" src="//static.xuexila-like.test/pc/js/jquery.min.js"></script>
<script type="text/javascript" src="//static.xuexila-like.test/pc/js/xxl_ad.js?v=20230901"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5c7a3d8f1b2e9a60d4c3b2a1f0e9d8c7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">学习啦 在线学习网，提供各类学习资料和范文</span><span class="fr"><a href="/sitemap.html">网站地图</a> | <a href="/about/tougao.html" rel="nofollow">我要投稿</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">收藏本站</a></span></div></div>
<div class="header w1000">
  <div class="logo"><a href="/" title="学习啦"><img src="//static.xuexila-like.test/pc/images/logo.png" alt="学习啦"></a></div>
  <div class="search"><form action="http://so.xuexila-like.test/cse/search" target="_blank"><input type="hidden" name="s" value="10298761234567890123"><input type="text" name="q" class="s_txt" placeholder="请输入关键词"><input type="submit" class="s_btn" value="搜索"></form></div>
</div>
<div class="nav"><div class="w1000"><ul>
<li><a href="/">首页</a></li><li><a href="/zuowen/">作文</a></li><li class="on"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/fanwen/">范文</a></li><li><a href="/zongjie/">总结</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/jihua/">计划</a></li><li><a href="/zhuzi/">祝福语</a></li><li><a href="/yuwen/">语文</a></li><li><a href="/jiaoyu/">教育</a></li>
</ul></div></div>
<div class="subnav w1000"><a href="/yanjianggao/jianghuagao/">讲话稿</a><a href="/yanjianggao/kaixue/">开学典礼讲话</a><a href="/yanjianggao/lizhi/">励志演讲稿</a><a href="/yanjianggao/guoqixia/">国旗下讲话</a><a href="/yanjianggao/jingpin/">精品演讲稿</a><a href="/yanjianggao/zhici/">致辞</a><a href="/yanjianggao/fayangao/">发言稿</a></div>
"""

FOOT = """<div class="footer">
<div class="w1000">
<p><a href="/about/" rel="nofollow">关于我们</a> | <a href="/about/lianxi.html" rel="nofollow">联系我们</a> | <a href="/about/mianze.html" rel="nofollow">免责声明</a> | <a href="/about/tougao.html" rel="nofollow">投稿须知</a> | <a href="/sitemap.html">网站地图</a></p>
<p>学习啦所有文章来自网友投稿和互联网，仅供学习参考。如有侵犯您的权益，请联系我们删除。</p>
<p>Copyright &copy; 2011-2023 学习啦 xuexila-like.test All Rights Reserved <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备11087425号-1</a></p>
</div>
</div>
<script type="text/javascript" src="//static.xuexila-like.test/pc/js/common.js?v=20230315"></script>
<script>xxl_ad("pc_float_right");</script>
</body>
</html>
"""

# speech, id, 时间, 作者, column tag (name), parts, intro subject
ARTICLES = [
    (SPEECHES["F34A1"], 4218637, "2023-09-01 16:42:18", "欣怡", "开学典礼讲话稿", 2),
    (SPEECHES["F34A2"], 4326105, "2024-06-03 11:05:36", "晓晴", "安全生产月讲话稿", 1),
]
HOT = [
    (4302218, "2024年国旗下讲话稿大全"),
    (4299817, "教师节校长讲话稿精选"),
    (4271034, "年度工作总结大会领导讲话稿"),
    (4265520, "家长会班主任发言稿"),
    (4244109, "企业年会董事长致辞"),
]
MORE = {
    4218637: [(4218702, "秋季开学典礼校长讲话稿范文"), (4219011, "开学典礼教师代表发言稿"), (4219233, "开学第一课校长讲话")],
    4326105: [(4326187, "安全生产月活动领导讲话"), (4326240, "安全生产工作会议讲话稿"), (4327015, "安全生产月动员大会发言稿")],
}


def url_of(aid, k=0):
    return f"{COL}c{aid}.html" if k == 0 else f"{COL}c{aid}_{k + 1}.html"


def pages_bar(aid, count, cur):
    out = ['<div class="pages">']
    out.append(f'<a href="{url_of(aid, cur - 2)}">上一页</a>' if cur > 1 else '<a href="javascript:;" class="disabled">上一页</a>')
    for i in range(1, count + 1):
        out.append(f'<span class="current">{i}</span>' if i == cur else f'<a href="{url_of(aid, i - 1)}">{i}</a>')
    out.append(f'<a href="{url_of(aid, cur)}">下一页</a>' if cur < count else '<a href="javascript:;" class="disabled">下一页</a>')
    out.append("</div>")
    return "".join(out)


def ul(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx, runs, k):
    speech, aid, stamp, author, tag, count = ARTICLES[idx]
    b = f"({k + 1})" if k > 0 else ""
    paras = []
    if k == 0:
        paras.append(
            f"<p>　　{tag.replace('讲话稿', '')}讲话稿怎么写？讲话稿要紧扣场合和听众，开头点题，主体分层，结尾有力。"
            f"下面是学习啦小编为大家整理的《{speech.title}》，希望对你有帮助！</p>"
        )
        paras.append(f"<h2>{speech.title}</h2>")
    paras += [f"<p>　　{p}</p>" for p in runs[k]]
    if k < count - 1:
        paras.append(f'<p><strong><a href="{url_of(aid, k + 1)}" target="_self">&gt;&gt;&gt;下一页更多精彩“{tag}”</a></strong></p>')
    else:
        paras.append(f"<p>看了“{tag}”的人还看了：</p>")
        paras += [f'<p>{i}.<a href="{url_of(a)}" target="_blank">{t}</a></p>' for i, (a, t) in enumerate(MORE[aid], 1)]
    pager = pages_bar(aid, count, k + 1) if count > 1 else ""
    other = [(a, s.title) for s, a, *_ in ARTICLES if a != aid]
    body = """<div class="w1000 clearfix">
<div class="crumbs">当前位置：<a href="/">学习啦</a>&gt;<a href="/yanjianggao/">演讲稿</a>&gt;<a href="@@COL@@">讲话稿</a>&gt;</div>
<div class="main_left">
  <div class="article">
    <h1>@@H1@@</h1>
    <div class="info"><span class="time">时间：@@STAMP@@</span><span class="author">作者：@@AUTHOR@@</span><span class="tag"><a href="@@COL@@" target="_blank">讲话稿</a></span></div>
    <div class="ad_a1"><script>xxl_ad("pc_article_top");</script></div>
    <div class="content" id="contentText">
@@PARAS@@
    </div>
    @@PAGER@@
    <div class="ad_a2"><script>xxl_ad("pc_article_bottom");</script></div>
    <div class="share"><span>分享到：</span><a href="javascript:;" class="bds_qzone" data-cmd="qzone">QQ空间</a><a href="javascript:;" class="bds_tsina" data-cmd="tsina">新浪微博</a><a href="javascript:;" class="bds_weixin" data-cmd="weixin">微信</a></div>
  </div>
  <div class="xgwz">
    <div class="hd"><h3>相关文章</h3></div>
    <ul>
@@RELATED@@
    </ul>
  </div>
  <div class="ad_a3"><script>xxl_ad("pc_article_related");</script></div>
  <div class="cnxh"><div class="hd"><h3>猜你感兴趣</h3></div><p><a href="/yanjianggao/kaixue/">开学典礼讲话</a><a href="/yanjianggao/guoqixia/">国旗下讲话</a><a href="/yanjianggao/zhici/">致辞</a><a href="/yanjianggao/fayangao/">发言稿</a><a href="/yanjianggao/jingpin/">精品演讲稿</a></p></div>
</div>
<div class="main_right">
  <div class="ad_r1"><script>xxl_ad("pc_right_top");</script></div>
  <div class="rmwz">
    <div class="hd"><h3>热门文章</h3></div>
    <ul>
@@HOT@@
    </ul>
  </div>
  <div class="rmwz">
    <div class="hd"><h3>讲话稿热门</h3></div>
    <ul>
@@HOT2@@
    </ul>
  </div>
  <div class="ad_r2"><script>xxl_ad("pc_right_fixed");</script></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}{b}_学习啦",
        KEYWORDS=f"{speech.title},{tag}",
        DESC=speech.paras[2][:90] if k == 0 else speech.paras[1][:90],
        PATH=url_of(aid, k),
        COL=COL,
        H1=speech.title + b,
        STAMP=stamp,
        AUTHOR=author,
        PARAS="\n".join(paras),
        PAGER=pager,
        RELATED=ul(MORE[aid] + other),
        HOT=ul(HOT),
        HOT2=ul(other + HOT[2:4]),
    )


FILLER = [
    (4331207, "在端午节职工座谈会上的讲话", "2024-06-07"),
    (4302218, "2024年国旗下讲话稿大全", "2024-03-04"),
    (4271034, "年度工作总结大会领导讲话稿", "2024-01-12"),
    (4244109, "企业年会董事长致辞", "2023-12-20"),
    (4219233, "开学第一课校长讲话", "2023-09-02"),
    (4199870, "暑期安全教育讲话稿", "2023-07-05"),
]


def listing(n):
    a1, a2 = ARTICLES
    rows = [FILLER[0], (a2[1], a2[0].title, a2[2][:10])] + FILLER[1:4] if n == 1 else [FILLER[4], (a1[1], a1[0].title, a1[2][:10]), FILLER[5]]
    desc = {a1[1]: a1[0].paras[3], a2[1]: a2[0].paras[2]}
    items = "\n".join(
        f'<li><h3><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></h3><p>{desc.get(a, t + "是学习啦小编整理的讲话稿范文，欢迎阅读参考。")[:60]}...</p><span class="time">{d}</span></li>'
        for a, t, d in rows
    )
    pg = ('<div class="pages"><span class="current">1</span><a href="list_2.html">2</a><a href="list_2.html">下一页</a><a href="list_2.html">尾页</a></div>'
          if n == 1 else
          f'<div class="pages"><a href="{COL}">首页</a><a href="{COL}">上一页</a><a href="{COL}">1</a><span class="current">2</span></div>')
    body = f"""<div class="w1000 clearfix">
<div class="crumbs">当前位置：<a href="/">学习啦</a>&gt;<a href="/yanjianggao/">演讲稿</a>&gt;<a href="{COL}">讲话稿</a></div>
<div class="main_left">
  <div class="list_box">
    <div class="hd"><h2>讲话稿</h2></div>
    <ul class="list">
{items}
    </ul>
    {pg}
  </div>
</div>
<div class="main_right"><div class="rmwz"><div class="hd"><h3>热门文章</h3></div><ul>
{ul(HOT)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else COL + "list_2.html"
    return render(HEAD + body + FOOT, TITLE="讲话稿_领导讲话稿_学习啦" + ("_第2页" if n > 1 else ""),
                  KEYWORDS="讲话稿,领导讲话稿", DESC="学习啦讲话稿栏目提供各类领导讲话稿范文", PATH=path)


def home():
    a1, a2 = ARTICLES
    body = f"""<div class="w1000 clearfix">
<div class="index_box">
  <div class="hd"><h2><a href="/yanjianggao/">演讲稿</a></h2><a class="more" href="/yanjianggao/">更多&gt;&gt;</a></div>
  <ul>
<li><a href="{url_of(a1[1])}" target="_blank">{a1[0].title}</a></li>
<li><a href="{COL}" target="_blank">讲话稿</a></li>
<li><a href="{url_of(4302218)}" target="_blank">2024年国旗下讲话稿大全</a></li>
  </ul>
</div>
<div class="index_box">
  <div class="hd"><h2><a href="/zuowen/">作文</a></h2></div>
  <ul><li><a href="/zuowen/c4330021.html" target="_blank">我的暑假生活作文</a></li></ul>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="学习啦_在线学习网", KEYWORDS="学习啦,演讲稿,作文,范文",
                  DESC="学习啦在线学习网提供作文、演讲稿、范文等学习资料", PATH="/")


def build() -> Family:
    fam = Family(HOST, "学习啦 (xuexila.com)-like 演讲稿 channel: cN.html / cN_2.html split with div.pages and the >>>下一页更多精彩 link")
    for idx, (speech, aid, *_rest, count) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(COL, listing(1))
    fam.put(COL + "list_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /search/\n")
    fam.not_documents += ["/", COL, COL + "list_2.html"]
    fam.noise += ["下面是学习啦小编", "下一页更多精彩", "的人还看了", "相关文章", "热门文章", "猜你感兴趣", "当前位置", "粤ICP备11087425号-1", "作者：欣怡", "分享到"]
    return fam
