"""A 百分网 (oh100.com)-like 演讲稿 page: UTF-8 articles at `/a/YYYYMM/N.html` titled `标题_百分网`;
top bar (百分网 / 手机版 / 登录 / 注册), logo + search, channel nav, crumb (百分网 > 演讲稿 > 发言稿),
`h1`, the `时间：… 栏目：… 我要投稿` line, `oh100_ad` script slots, the editor's intro paragraph
(`在日常生活和工作中…下面是小编整理的…，仅供参考，大家一起来看看吧。`) as the first paragraph
of `div.content`, a `【荐】` link line at the foot of the content, `上一篇 / 下一篇`, the
`【标题】相关文章：` box, 猜你喜欢 / 热门 columns, 扫码 app box and the footer with ICP / 公安备案.
Listing `/yanjianggao/fayangao/` with `index_2.html`."""

from common import SPEECHES, Family, render

HOST = "www.oh100-like.test"
COL = "/yanjianggao/fayangao/"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="pc">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.oh100-like.test@@PATH@@">
<link rel="canonical" href="https://www.oh100-like.test@@PATH@@">
<link rel="stylesheet" href="/static/css/article.css?v=2023112801">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/oh100_ad.js?v=2024010301"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><div class="fl"><a href="/">百分网</a><span>|</span><a href="https://m.oh100-like.test/" target="_blank">手机版</a></div><div class="fr user-bar"><a href="/user/login" rel="nofollow">登录</a><span>|</span><a href="/user/register" rel="nofollow">注册</a><span>|</span><a href="/tougao/" rel="nofollow">投稿</a></div></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="百分网"></a>
<div class="search"><form action="/search/" method="get" target="_blank"><input class="s-txt" type="text" name="q" placeholder="请输入关键词"><button class="s-btn" type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zuowen/">作文</a></li><li><a href="/fanwen/">范文</a></li><li class="on"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/hetong/">合同范本</a></li><li><a href="/kaoshi/">考试</a></li><li><a href="/jiaoan/">教案</a></li></ul></div>
"""

FOOT = """<div class="footer">
<div class="w1200">
<p class="f-link"><a href="/about/" rel="nofollow">关于我们</a>|<a href="/about/contact.html" rel="nofollow">联系我们</a>|<a href="/about/copyright.html" rel="nofollow">版权声明</a>|<a href="/about/tougao.html" rel="nofollow">投稿指南</a>|<a href="/sitemap/">网站地图</a></p>
<p>声明：本站部分内容来源于网络，版权归原作者所有，如有侵权请联系删除。</p>
<p>Copyright &copy; 2011-2024 百分网 www.oh100-like.test 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备11083205号</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo" target="_blank" rel="nofollow">粤公网安备44010602000312号</a></p>
</div>
</div>
<div class="gotop" id="gotop" title="返回顶部"></div>
<script src="/static/js/common.js?v=2023112801"></script>
<script>oh100_ad("float");</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5a2c7e9f13b84d06c1e2f3a4b5c6d7e8";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, ym, id, 时间, intro
ARTICLES = [
    (SPEECHES["f43d-3"], "202401", 6348217, "2024-01-26 08:36:12",
     "在日常生活和工作中，我们很多时候都不得不用到发言稿，发言稿可以起到整理发言者的思路、提示发言的内容、限定发言的速度的作用。"
     "那么问题来了，到底应如何写一份恰当的发言稿呢？下面是小编整理的{t}，仅供参考，大家一起来看看吧。"),
    (SPEECHES["f43d-4"], "202406", 6712054, "2024-06-03 14:02:57",
     "在社会发展不断提速的今天，讲话稿对我们的作用越来越大，讲话稿是在特定的场合发表讲话的文稿。"
     "为了让您在写讲话稿时更加简单方便，下面是小编整理的{t}，仅供参考，大家一起来看看吧。"),
]
XG = {
    6348217: [(6348190, "年度表彰大会优秀员工发言稿"), (6347722, "公司年会员工代表发言稿"), (6346031, "先进个人获奖感言"), (6340518, "客服人员年终总结发言")],
    6712054: [(6712011, "安全生产月启动仪式主持词"), (6711830, "安全生产工作会议讲话稿"), (6709954, "企业安全生产表态发言"), (6706412, "安全生产月活动总结")],
}
HOTS = [(6701327, "毕业典礼校长讲话稿"), (6650018, "五四青年节演讲稿"), (6402215, "新年致辞"), (6588260, "竞聘演讲稿")]


def url_of(aid, ym=None):
    ym = ym or {6348217: "202401", 6712054: "202406"}.get(aid, "202405" if aid > 6500000 else "202401")
    return f"/a/{ym}/{aid}.html"


def ul(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx):
    speech, ym, aid, stamp, intro = ARTICLES[idx]
    other = ARTICLES[1 - idx]
    paras = [f"<p>　　{intro.format(t=speech.title)}</p>"] + [f"<p>　　{p}</p>" for p in speech.paras]
    rid, rt = XG[aid][0]
    paras.append(f'<p class="jian">【荐】<a href="{url_of(rid)}" target="_blank">{rt}</a></p>')
    items = "".join(f'<li>{n}.<a href="{url_of(a)}" target="_blank">{t}</a></li>' for n, (a, t) in enumerate(XG[aid], 1))
    prev_next = (f'<p class="prev">上一篇：<a href="{url_of(XG[aid][1][0])}">{XG[aid][1][1]}</a></p>'
                 f'<p class="next">下一篇：<a href="{url_of(other[2])}">{other[0].title}</a></p>')
    body = """<div class="w1200 clearfix">
<div class="crumb">当前位置：<a href="/">百分网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="@@COL@@">发言稿</a> &gt; 正文</div>
<div class="main-left">
<div class="article">
<h1>@@H1@@</h1>
<div class="info"><span>时间：@@STAMP@@</span><span>栏目：<a href="@@COL@@">发言稿</a></span><span><a href="/tougao/" rel="nofollow" target="_blank">我要投稿</a></span></div>
<div class="ad-art-top"><script>oh100_ad("art_top");</script></div>
<div class="content" id="article-content">
@@PARAS@@
</div>
<div class="ad-art-bottom"><script>oh100_ad("art_bottom");</script></div>
<div class="pre-next">@@PREVNEXT@@</div>
<div class="xgwz"><h3>【@@H1@@】相关文章：</h3><ul>@@XG@@</ul></div>
</div>
<div class="guess"><div class="tit"><h3>猜你喜欢</h3></div><ul>
@@GUESS@@
</ul></div>
</div>
<div class="main-right">
<div class="ad-right"><script>oh100_ad("right_1");</script></div>
<div class="r-box"><div class="tit"><h3>热门演讲稿</h3></div><ul class="r-list">
@@HOT@@
</ul></div>
<div class="r-box app"><div class="tit"><h3>百分网APP</h3></div><img src="/static/images/app_qrcode.png" alt="扫码下载百分网APP"><p>扫码下载APP，随时随地查范文</p></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_百分网",
        KEYWORDS=speech.title,
        DESC=intro.format(t=speech.title)[:90],
        PATH=url_of(aid),
        COL=COL,
        H1=speech.title,
        STAMP=stamp,
        PARAS="\n".join(paras),
        PREVNEXT=prev_next,
        XG=items,
        GUESS=ul(XG[aid][2:] + [(other[2], other[0].title)] + HOTS[:2]),
        HOT=ul(HOTS),
    )


FILLER = [(6701327, "毕业典礼校长讲话稿", "2024-05-30"), (6650018, "五四青年节演讲稿", "2024-04-28"),
          (6402215, "新年致辞", "2024-01-02"), (6347722, "公司年会员工代表发言稿", "2024-01-24")]


def listing(n):
    a1, a2 = ARTICLES
    rows = ([(a2[2], a2[0].title, a2[3][:10]), FILLER[0], FILLER[1]] if n == 1
            else [(a1[2], a1[0].title, a1[3][:10]), FILLER[3], FILLER[2]])
    items = "\n".join(f'<li><a href="{url_of(a)}" target="_blank">{t}</a><span class="date">{d}</span></li>' for a, t, d in rows)
    pg = ('<div class="pages"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a></div>' if n == 1
          else f'<div class="pages"><a href="{COL}" class="prev">上一页</a><a href="{COL}">1</a><span class="cur">2</span></div>')
    body = f"""<div class="w1200 clearfix">
<div class="crumb">当前位置：<a href="/">百分网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; 发言稿</div>
<div class="main-left"><div class="list-box"><h2>发言稿</h2><ul class="list">
{items}
</ul>
{pg}
</div></div>
<div class="main-right"><div class="r-box"><div class="tit"><h3>热门演讲稿</h3></div><ul class="r-list">
{ul(HOTS)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else COL + "index_2.html"
    return render(HEAD + body + FOOT, TITLE="发言稿_百分网" + ("_第2页" if n > 1 else ""), KEYWORDS="发言稿",
                  DESC="百分网发言稿栏目", PATH=path)


def home():
    a1, a2 = ARTICLES
    body = f"""<div class="w1200 clearfix">
<div class="idx-box"><div class="tit"><h2><a href="/yanjianggao/">演讲稿</a></h2><a class="more" href="{COL}">更多</a></div><ul>
<li><a href="{url_of(a2[2])}" target="_blank">{a2[0].title}</a></li>
<li><a href="{url_of(6701327)}" target="_blank">毕业典礼校长讲话稿</a></li>
</ul></div>
<div class="idx-box"><div class="tit"><h2><a href="/zuowen/">作文</a></h2></div><ul><li><a href="/a/202405/6699001.html" target="_blank">我的理想作文</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="百分网_范文大全,作文,演讲稿", KEYWORDS="百分网,范文,演讲稿", DESC="百分网", PATH="/")


def build() -> Family:
    fam = Family(HOST, "百分网 (oh100.com)-like 演讲稿 page: editor's intro paragraph inside the content, 【荐】 line, 【…】相关文章 box")
    for idx, a in enumerate(ARTICLES):
        speech, _ym, aid, stamp, _i = a
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech, published_at=stamp[:10])
    fam.put(COL, listing(1))
    fam.put(COL + "index_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search/\n")
    fam.not_documents += ["/", COL, COL + "index_2.html"]
    fam.noise += ["下面是小编整理的", "仅供参考，大家一起来看看吧", "【荐】", "相关文章：", "猜你喜欢", "热门演讲稿", "我要投稿",
                  "粤ICP备11083205号", "当前位置", "扫码下载APP"]
    return fam
