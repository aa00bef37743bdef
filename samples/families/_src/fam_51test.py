"""无忧考网 (51test.net)-like 演讲稿 channel: `/show/N.html` articles in GBK (gb2312 in header and meta),
the 【#演讲稿# 导语】 lead and the `篇一` habit off, a speech cut into `/show/N.html`, `/show/N_2.html`,
`/show/N_3.html` with the site's `pages` pager (上一页 / 1 2 3 / 下一页), the 无忧考网 crumbs, 发布时间 /
来源 line, 无忧考网 share line, `相关推荐` / `热门推荐` lists, ad slots and the footer with its ICP line;
the channel lists `/yanjianggao/` and `/yanjianggao/index_2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.51kaowang.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=http://m.51kaowang.test@@MPATH@@" />
<link rel="alternate" media="only screen and(max-width:640px)" href="http://m.51kaowang.test@@MPATH@@" />
<link href="/css/style2018.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript">uaredirect("http://m.51kaowang.test@@MPATH@@");</script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">无忧考网 - 中国最大的考试门户网站</span><span class="fr"><a href="/sitemap.html">网站地图</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/about/contact.html" rel="nofollow">联系我们</a></span></div></div>
<div class="header w1000"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="无忧考网" /></a></div>
<div class="search"><form action="http://so.51kaowang.test/cse/search" target="_blank"><input type="hidden" name="s" value="1234567890123456789" /><input type="text" name="q" class="txt" value="" /><input type="submit" class="btn" value="搜索" /></form></div></div>
<div class="nav w1000"><ul>
<li><a href="/">首页</a></li><li><a href="/gwy/">公务员</a></li><li><a href="/kaoyan/">考研</a></li><li><a href="/zhongkao/">中考</a></li><li><a href="/gaokao/">高考</a></li><li><a href="/fanwen/">范文大全</a></li><li class="on"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/fanwen/zongjie/">工作总结</a></li><li><a href="/fanwen/jihua/">工作计划</a></li><li><a href="/zuowen/">作文</a></li>
</ul></div>
<div class="subnav w1000"><a href="/yanjianggao/ldjh/">领导讲话</a> | <a href="/yanjianggao/fyg/">发言稿</a> | <a href="/yanjianggao/zhici/">致辞</a> | <a href="/yanjianggao/jzyj/">竞职演讲</a> | <a href="/yanjianggao/xxyj/">学生演讲稿</a></div>
<div class="ad1000 w1000"><script type="text/javascript">show_ad("top_960");</script></div>
"""

FOOT = """<div class="footer w1000">
<p><a href="/about/" rel="nofollow">关于我们</a> | <a href="/about/contact.html" rel="nofollow">联系方式</a> | <a href="/about/copyright.html" rel="nofollow">版权声明</a> | <a href="/about/ad.html" rel="nofollow">广告服务</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站所有资源均来自互联网，如有侵权请联系本站删除。</p>
<p>Copyright &copy; 2004-2024 51kaowang.test All Rights Reserved. 无忧考网 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备09061478号-2</a> 京公网安备11010802020123号</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script type="text/javascript" src="/js/tongji.js"></script>
</body>
</html>
"""

# speech, id, channel (dir, name), pages, stamp, hits
ARTICLES = [
    (SPEECHES["f41d-1"], 10482613, ("ldjh", "领导讲话"), 3, "2024-08-26 16:42:08"),
    (SPEECHES["f41d-2"], 10239871, ("fyg", "发言稿"), 1, "2024-01-19 09:15:37"),
]


def url_of(aid, k=0):
    return f"/show/{aid}.html" if k == 0 else f"/show/{aid}_{k + 1}.html"


def pager(aid, count, k):
    out = '<div class="pages">'
    out += f'<a href="{url_of(aid, k - 1)}">上一页</a>' if k else ""
    for i in range(count):
        out += f"<span class=\"current\">{i + 1}</span>" if i == k else f'<a href="{url_of(aid, i)}">{i + 1}</a>'
    out += f'<a href="{url_of(aid, k + 1)}">下一页</a>' if k < count - 1 else ""
    return out + "</div>"


def related_list():
    return "".join(
        f'<li><span>{s.date[5:]}</span><a href="{url_of(aid)}" target="_blank">{s.title}</a></li>' for s, aid, *_ in ARTICLES
    )


def article(speech, aid, chan, runs, k, stamp):
    count = len(runs)
    paras = "\n".join(f"<p>　　{p}</p>" for p in runs[k])
    lead = ""
    if k == 0:
        lead = (
            f"<p>　　【#演讲稿# 导语】{speech.title}是由无忧考网为大家整理的，"
            "仅供参考。欢迎阅读。本文原稿由网友提供，如需转载请注明出处。</p>\n"
        )
    tail = ""
    if k == count - 1:
        tail = (
            '<div class="downtip">想了解更多演讲稿网的资讯，请访问：<a href="/yanjianggao/" target="_blank">演讲稿</a></div>'
        )
    h1 = speech.title + (f"({k + 1})" if k else "")
    page = HEAD + """<div class="main w1000">
<div class="crumbs">您现在的位置：<a href="/">无忧考网</a> &gt;&gt; <a href="/yanjianggao/">演讲稿</a> &gt;&gt; <a href="/yanjianggao/@@CDIR@@/">@@CNAME@@</a> &gt;&gt; 正文</div>
<div class="left">
<div class="article">
<h1>@@H1@@</h1>
<div class="info">发布时间：@@STAMP@@　　来源：无忧考网　　<a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">[我要收藏]</a>　　<span class="fontsize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span></div>
<div class="ad640"><script type="text/javascript">show_ad("content_top");</script></div>
<div class="content" id="content">
@@LEAD@@@@PARAS@@
</div>
@@PAGER@@
@@TAIL@@
<div class="share"><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script></div>
<div class="ad640"><script type="text/javascript">show_ad("content_bottom");</script></div>
<div class="xgtj"><h3>相关推荐</h3><ul>@@REL@@</ul></div>
</div>
</div>
<div class="right">
<div class="box"><h3>热门推荐</h3><ul>@@REL@@</ul></div>
<div class="ad300"><script type="text/javascript">show_ad("right_300");</script></div>
<div class="box"><h3>演讲稿栏目</h3><ul><li><a href="/yanjianggao/ldjh/">领导讲话</a></li><li><a href="/yanjianggao/fyg/">发言稿</a></li><li><a href="/yanjianggao/zhici/">致辞</a></li></ul></div>
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=(f"{speech.title}_{chan[1]}_无忧考网" if k == 0 else f"{speech.title}({k + 1})_{chan[1]}_无忧考网"),
        KEYWORDS=f"{speech.title},{chan[1]}",
        DESC=f"【#演讲稿# 导语】{speech.title}是由无忧考网为大家整理的，仅供参考。{speech.paras[1][:40]}",
        MPATH=url_of(aid, k),
        CDIR=chan[0],
        CNAME=chan[1],
        H1=h1,
        STAMP=stamp,
        LEAD=lead,
        PARAS=paras,
        PAGER=pager(aid, count, k) if count > 1 else "",
        TAIL=tail,
        REL=related_list(),
    )


def listing(items, n, count):
    rows = "\n".join(
        f'<li><span class="time">{stamp[:10]}</span><a href="{url_of(aid)}" target="_blank">{s.title}</a><p>【#演讲稿# 导语】{s.title}是由无忧考网为大家整理的，仅供参考。</p></li>'
        for s, aid, _c, _n, stamp in items
    )
    pl = '<div class="pages">'
    pl += '<a href="/yanjianggao/">上一页</a>' if n == 2 else ""
    for i in range(1, count + 1):
        href = "/yanjianggao/" if i == 1 else f"/yanjianggao/index_{i}.html"
        pl += f'<span class="current">{i}</span>' if i == n else f'<a href="{href}">{i}</a>'
    pl += '<a href="/yanjianggao/index_2.html">下一页</a>' if n == 1 else ""
    pl += "</div>"
    page = HEAD + """<div class="main w1000">
<div class="crumbs">您现在的位置：<a href="/">无忧考网</a> &gt;&gt; 演讲稿</div>
<div class="left"><div class="listbox"><h2>演讲稿</h2><ul class="list">
@@ROWS@@
</ul>@@PL@@</div></div>
<div class="right"><div class="ad300"><script type="text/javascript">show_ad("right_300");</script></div></div>
</div>
""" + FOOT
    return render(page, TITLE="演讲稿_无忧考网" if n == 1 else f"演讲稿_无忧考网_第{n}页", KEYWORDS="演讲稿,领导讲话,发言稿",
                  DESC="无忧考网演讲稿频道", MPATH="/yanjianggao/", ROWS=rows, PL=pl)


def build() -> Family:
    fam = Family(
        HOST,
        "无忧考网 (51test.net)-like 演讲稿 channel, GBK, /show/N.html with N_2/N_3 pages",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    for speech, aid, chan, count, stamp in ARTICLES:
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(speech, aid, chan, runs, k, stamp))
        fam.doc(pages, speech, published_at=stamp[:10])
        fam.not_documents += pages[1:]
    fam.put("/yanjianggao/", listing(ARTICLES[:1], 1, 2))
    fam.put("/yanjianggao/index_2.html", listing(ARTICLES[1:], 2, 2))
    home = render(HEAD + """<div class="main w1000"><div class="box"><h3><a href="/yanjianggao/">演讲稿</a></h3><ul>@@REL@@</ul></div></div>
""" + FOOT, TITLE="无忧考网_中国最大的考试门户网站", KEYWORDS="无忧考网,考试,范文", DESC="无忧考网", MPATH="/", REL=related_list())
    fam.put("/", home)
    fam.not_documents += ["/", "/yanjianggao/", "/yanjianggao/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /member/\nDisallow: /search/\n")
    fam.noise += ["【#演讲稿# 导语】", "是由无忧考网为大家整理的", "您现在的位置", "发布时间：", "来源：无忧考网", "[我要收藏]",
                  "想了解更多演讲稿网的资讯", "分享到：", "相关推荐", "热门推荐", "京ICP备09061478号-2", "本站所有资源均来自互联网"]
    return fam
