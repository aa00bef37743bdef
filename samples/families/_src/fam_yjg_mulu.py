"""演讲稿 site whose article pages carry several related speeches (精选3篇) under a 目录 box:
`/yanjianggao/dushu/5821.html` titled `世界读书日演讲稿精选（3篇）_演讲稿大全网`; crumb, `h1`, 发布时间 / 来源 /
浏览 line, a 下载Word文档 button box under the title, the editor's intro, a `div.mulu` 目录 with anchor
links (`#wz1`…`#wz3`), then each speech under `<h2 class="wz-title" id="wzN">世界读书日演讲稿 第N篇</h2>`
followed by its own centred `<p class="wz-bt">` title line, ad slots (`adsbygoogle`-style and a
`【推荐】` box) between the speeches, 下载Word again at the end, 相关演讲稿 / 上一篇 / 下一篇; one page,
three documents (same URL; titles = each speech's title line; date = the page's). Home → column
`/yanjianggao/dushu/` → `list_2.html` (not a document)."""

from common import SPEECHES, Family

HOST = "www.yanjianggao-daquan.test"
URL = "/yanjianggao/dushu/5821.html"
DATE = "2024-04-25"
SPS = [SPEECHES["f51a-5"], SPEECHES["f51a-6"], SPEECHES["f51a-7"]]
NUM = ["一", "二", "三"]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta name="mobile-agent" content="format=html5;url=http://m.yanjianggao-daquan.test{path}">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery-1.8.3.min.js"></script>
<script src="/static/js/uaredirect.js"></script>
<script>uaredirect("http://m.yanjianggao-daquan.test{path}");</script>
</head>
<body>
<div class="topbar"><div class="w"><a href="/">演讲稿大全网</a> - 精选演讲稿、讲话稿、发言稿范文 <span class="r"><a href="/user/login.php">会员登录</a> <a href="/vip.html">开通会员</a></span></div></div>
<div class="head w"><a href="/" class="logo"><img src="/static/img/logo.png" alt="演讲稿大全网"></a>
<form class="so" action="/search.php"><input name="q" placeholder="搜索演讲稿"><button>搜索</button></form></div>
<div class="menu"><div class="w">
<a href="/">首页</a><a href="/yanjianggao/dushu/"{cur}>读书演讲稿</a><a href="/yanjianggao/lizhi/">励志演讲稿</a><a href="/yanjianggao/aiguo/">爱国演讲稿</a><a href="/yanjianggao/jiaoshi/">教师演讲稿</a><a href="/jianghuagao/">讲话稿</a>
</div></div>
"""

FOOT = """<div class="foot"><div class="w">
<p><a href="/about.html">关于本站</a> | <a href="/mianze.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站部分文章来自网友投稿和互联网，仅供学习参考，版权归原作者所有。</p>
<p>&copy; 2024 演讲稿大全网 <a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备17049262号-3</a></p>
</div></div>
<script src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?51e0c2a7d9f3b6048e1c75a2f9d3b8e6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ADS = [
    '<div class="ad-box"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7294150038261475" data-ad-slot="5928413760" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>',
    '<div class="tuijian">【推荐】<a href="/yanjianggao/dushu/5790.html" target="_blank">读书伴我成长演讲稿范文（通用5篇）</a></div>\n<div class="ad-box"><script src="/static/ad/content_mid.js"></script></div>',
]

DOWN = '<div class="downword"><a href="/download.php?aid=5821" rel="nofollow" class="btn-word">下载Word文档</a><span>本文共3篇，约2700字，下载后可编辑修改</span></div>'


def article():
    title = "世界读书日演讲稿精选（3篇）"
    mulu = "\n".join(f'<li><a href="#wz{i+1}">世界读书日演讲稿 第{NUM[i]}篇：{sp.title}</a></li>' for i, sp in enumerate(SPS))
    parts = []
    for i, sp in enumerate(SPS):
        body = "\n".join(f"<p>{x}</p>" for x in sp.paras)
        parts.append(f'<h2 class="wz-title" id="wz{i+1}">世界读书日演讲稿 第{NUM[i]}篇</h2>\n<p class="wz-bt" style="text-align:center"><strong>{sp.title}</strong></p>\n{body}')
        if i < 2:
            parts.append(ADS[i])
    content = "\n".join(parts)
    return HEAD.format(title=f"{title}_演讲稿大全网", kw="世界读书日演讲稿,读书演讲稿", desc="世界读书日演讲稿精选3篇", path=URL, cur="") + f"""<div class="w main">
<div class="l">
<div class="weizhi">您现在的位置：<a href="/">演讲稿大全网</a> &gt; <a href="/yanjianggao/dushu/">读书演讲稿</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{DATE}　来源：演讲稿大全网　浏览：<span id="hits"><script src="/plus/count.php?aid=5821&mid=1"></script></span>次</div>
{DOWN}
<div class="daodu">【导读】在平日的学习、工作和生活里，我们都可能会用到演讲稿。那么一篇好的演讲稿该怎么写呢？以下是小编精心整理的世界读书日演讲稿精选（3篇），欢迎阅读与收藏。</div>
<div class="mulu"><div class="mulu-t">目录</div><ul>
{mulu}
</ul></div>
<div class="content">
{content}
</div>
{DOWN}
<div class="shengming">本文《{title}》来自网友投稿或网络整理，如需转载请注明出处。</div>
<div class="sxp"><p>上一篇：<a href="/yanjianggao/dushu/5790.html">读书伴我成长演讲稿范文（通用5篇）</a></p><p>下一篇：没有了</p></div>
</div>
<div class="xiangguan"><h3>相关演讲稿</h3><ul>
<li><a href="/yanjianggao/dushu/5790.html">读书伴我成长演讲稿范文（通用5篇）</a></li>
<li><a href="/yanjianggao/dushu/5744.html">我读书我快乐演讲稿</a></li>
</ul></div>
</div>
<div class="r"><div class="side"><h3>热门演讲稿</h3><ul><li><a href="/yanjianggao/lizhi/5611.html">青春励志演讲稿（精选5篇）</a></li><li><a href="/yanjianggao/aiguo/5503.html">我爱我的祖国演讲稿</a></li></ul></div></div>
</div>
""" + FOOT


def listing(page):
    other = '<li><a href="/yanjianggao/dushu/5744.html">我读书我快乐演讲稿</a><span>2024-03-18</span></li>'
    items = (f'<li><a href="{URL}">世界读书日演讲稿精选（3篇）</a><span>{DATE}</span><p>以下是小编精心整理的世界读书日演讲稿精选（3篇），欢迎阅读与收藏……</p></li>\n'
             '<li><a href="/yanjianggao/dushu/5790.html">读书伴我成长演讲稿范文（通用5篇）</a><span>2024-04-12</span></li>') if page == 1 else other
    pages = ('<a class="cur">1</a><a href="/yanjianggao/dushu/list_2.html">2</a><a href="/yanjianggao/dushu/list_2.html">下一页</a>' if page == 1
             else '<a href="/yanjianggao/dushu/">上一页</a><a href="/yanjianggao/dushu/">1</a><a class="cur">2</a>')
    path = "/yanjianggao/dushu/" if page == 1 else "/yanjianggao/dushu/list_2.html"
    return HEAD.format(title="读书演讲稿" + ("" if page == 1 else "_第2页") + "_演讲稿大全网", kw="读书演讲稿", desc="读书演讲稿", path=path, cur=' class="on"') + f"""<div class="w main"><div class="l">
<div class="weizhi">您现在的位置：<a href="/">演讲稿大全网</a> &gt; 读书演讲稿</div>
<ul class="lb">
{items}
</ul>
<div class="pages">{pages}<span>共2页/32条</span></div>
</div></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "演讲稿 site, 精选3篇 pages with 目录 and 下载Word (custom PHP template)", content_type="text/html; charset=utf-8")
    fam.put(URL, article())
    fam.put("/yanjianggao/dushu/", listing(1))
    fam.put("/yanjianggao/dushu/list_2.html", listing(2))
    fam.put("/", HEAD.format(title="演讲稿大全网_精选演讲稿范文大全", kw="演讲稿", desc="演讲稿大全网", path="/", cur="") + f"""<div class="w main">
<div class="bk"><h3><a href="/yanjianggao/dushu/">读书演讲稿</a></h3><ul>
<li><a href="{URL}">世界读书日演讲稿精选（3篇）</a></li>
<li><a href="/yanjianggao/dushu/5790.html">读书伴我成长演讲稿范文（通用5篇）</a></li>
</ul></div>
<div class="bk"><h3><a href="/yanjianggao/lizhi/">励志演讲稿</a></h3><ul><li><a href="/yanjianggao/lizhi/5611.html">青春励志演讲稿（精选5篇）</a></li></ul></div>
</div>
""" + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /download.php\nDisallow: /user/\n")
    for sp in SPS:
        fam.doc([URL], sp, published_at=DATE)
    fam.noise = ["下载Word文档", "【导读】", "【推荐】", "世界读书日演讲稿 第", "本文共3篇"]
    fam.not_documents = ["/yanjianggao/dushu/list_2.html"]
    return fam
