"""聚优网 (jy135.com)-like 范文 site: a 精选N篇 page printing several short speeches on one page.
`/yanjianggao/N.html` titled `珍惜粮食演讲稿（精选3篇）`; crumb, `h1`, 时间 / 作者 / 浏览 line, the
editor's intro paragraph (`在日常学习、工作和生活中…下面是小编为大家整理的…（精选3篇），希望对大家有所帮助。`)
as the first `<p>` of `div.content`, each speech under its own `<h2>` (`珍惜粮食演讲稿 篇一`) with
the speech's own title as a bold centred first line (`<p style="text-align:center"><strong>…`),
a `jy135_ad` slot between 篇一 and 篇二, a `p.more` 【推荐】 line after 篇二, the tail `【珍惜粮食演讲稿（精选3篇）】相关文章：`
list, 上一篇 / 下一篇, 猜你喜欢, footer. Column `/yanjianggao/guoqixiajianghua/` → `list_2.html`."""

from common import SPEECHES, Family, render

HOST = "www.jy135-like.test"
PAGE_ID = 2087413
PAGE_TITLE = "珍惜粮食演讲稿（精选3篇）"
ORDER = ["一", "二", "三"]
SPEECH_KEYS = ["f48a-3", "f48a-4", "f48a-5"]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" href="/skin/css/style.css" />
<script src="/skin/js/jquery.js"></script>
<script src="/skin/js/jy135_ad.js"></script>
</head>
<body>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/skin/images/logo.png" alt="聚优网" /></a>
    <div class="hsearch"><form method="get" action="/search.php"><input type="text" name="q" placeholder="搜索范文" /><button type="submit">搜索</button></form></div>
  </div>
  <div class="menu"><div class="wrap">
    <a href="/">首页</a><a href="/zuowen/">作文</a><a href="/yanjianggao/" class="cur">演讲稿</a><a href="/zongjie/">工作总结</a><a href="/jihua/">工作计划</a><a href="/xindetihui/">心得体会</a><a href="/zhuchici/">主持词</a><a href="/jiaoan/">教案</a>
  </div></div>
</div>
"""

FOOT = """<div class="footer"><div class="wrap">
  <p><a href="/about.html">关于我们</a> - <a href="/lianxi.html">联系我们</a> - <a href="/shengming.html">免责声明</a> - <a href="/sitemap.html">网站地图</a></p>
  <p>聚优网 版权所有 &copy; 2015-2024 www.jy135-like.test　<a href="https://beian.miit.gov.cn" target="_blank" rel="nofollow">湘ICP备15007392号-1</a></p>
</div></div>
<script>
(function(){var bp=document.createElement('script');bp.src='https://zz.bdstatic.com/linksubmit/push.js';var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp,s);})();
</script>
<script src="https://hm.baidu.com/hm.js?3ae8b9d0c1f2e4a5b6c7d8e9f0a1b2c3"></script>
</body>
</html>
"""

SIDE = """  <div class="side">
    <div class="sbox"><h3>热门演讲稿</h3><ul>
      <li><a href="/yanjianggao/2086120.html">国旗下讲话稿：安全教育（精选5篇）</a></li>
      <li><a href="/yanjianggao/2085937.html">感恩老师演讲稿（通用6篇）</a></li>
      <li><a href="/yanjianggao/2085406.html">我的中国梦演讲稿（精选10篇）</a></li>
    </ul></div>
    <div class="sad"><script>jy135_ad("side");</script></div>
  </div>
"""


def speech_block(k, s):
    lines = "\n".join(f"<p>{p}</p>" for p in s.paras)
    return f'<h2>珍惜粮食演讲稿 篇{ORDER[k]}</h2>\n<p style="text-align:center"><strong>{s.title}</strong></p>\n{lines}\n'


def build() -> Family:
    fam = Family(HOST, "聚优网 (jy135.com)-like 范文 site: 精选3篇 page, each speech its own 篇N heading and expected document")
    speeches = [SPEECHES[k] for k in SPEECH_KEYS]
    url = f"/yanjianggao/{PAGE_ID}.html"
    intro = ("在日常学习、工作和生活中，大家都经常接触到演讲稿吧，演讲稿是对演讲内容和形式的规划和设计。你所见过的演讲稿是什么样的呢？"
             f"下面是小编为大家整理的{PAGE_TITLE}，希望对大家有所帮助。")
    blocks = speech_block(0, speeches[0])
    blocks += '<div class="content-ad"><script>jy135_ad("content_mid");</script></div>\n'
    blocks += speech_block(1, speeches[1])
    blocks += '<p class="more">【推荐】<a href="/yanjianggao/2085406.html" target="_blank">我的中国梦演讲稿（精选10篇）</a></p>\n'
    blocks += speech_block(2, speeches[2])
    page = HEAD + """<div class="wrap main">
  <div class="left">
    <div class="crumb">当前位置：<a href="/">聚优网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="/yanjianggao/guoqixiajianghua/">国旗下讲话</a> &gt; 正文</div>
    <div class="article">
      <h1>@@PT@@</h1>
      <div class="artinfo"><span>时间：2024-10-15 08:12:36</span><span>作者：jy135</span><span>浏览：<script src="/e/public/ViewClick/?classid=31&amp;id=@@ID@@&amp;addclick=1"></script>次</span></div>
      <div class="content">
<p>@@INTRO@@</p>
@@BLOCKS@@      </div>
      <div class="xgwz"><h3>【@@PT@@】相关文章：</h3><ul>
        <li><a href="/yanjianggao/2086744.html">节约粮食倡议书（精选5篇）</a></li>
        <li><a href="/yanjianggao/2086302.html">世界粮食日国旗下讲话稿</a></li>
        <li><a href="/yanjianggao/2085873.html">勤俭节约演讲稿（通用8篇）</a></li>
      </ul></div>
      <div class="prenext"><p>上一篇：<a href="/yanjianggao/2087390.html">秋季运动会开幕式致辞（精选4篇）</a></p><p>下一篇：<a href="/yanjianggao/2087455.html">重阳节敬老演讲稿（精选5篇）</a></p></div>
      <div class="cnxh"><h3>猜你喜欢</h3><ul>
        <li><a href="/yanjianggao/2086120.html">国旗下讲话稿：安全教育（精选5篇）</a></li>
        <li><a href="/zuowen/2086991.html">珍惜粮食作文500字</a></li>
      </ul></div>
    </div>
  </div>
@@SIDE@@</div>
""" + FOOT
    fam.put(url, render(page, TITLE=f"{PAGE_TITLE}-聚优网", KEYWORDS="珍惜粮食演讲稿,节约粮食演讲稿", DESC=intro[:80],
                        PT=PAGE_TITLE, ID=PAGE_ID, INTRO=intro, BLOCKS=blocks, SIDE=SIDE))
    for s in speeches:
        fam.doc([url], s)

    def listing(n):
        rows = []
        if n == 1:
            rows.append((url, PAGE_TITLE, "2024-10-15"))
            rows.append(("/yanjianggao/2086302.html", "世界粮食日国旗下讲话稿", "2024-10-12"))
        else:
            rows.append(("/yanjianggao/2083117.html", "国旗下讲话：做文明有礼的好少年（精选6篇）", "2024-09-02"))
        items = "\n".join(f'      <li><a href="{h}">{t}</a><span>{d}</span></li>' for h, t, d in rows)
        pg = ('<span class="cur">1</span><a href="/yanjianggao/guoqixiajianghua/list_2.html">2</a><a href="/yanjianggao/guoqixiajianghua/list_2.html">下一页</a>'
              if n == 1 else '<a href="/yanjianggao/guoqixiajianghua/">上一页</a><a href="/yanjianggao/guoqixiajianghua/">1</a><span class="cur">2</span>')
        body = HEAD + """<div class="wrap main">
  <div class="left">
    <div class="crumb">当前位置：<a href="/">聚优网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; 国旗下讲话</div>
    <ul class="list">
@@ITEMS@@
    </ul>
    <div class="pages">@@PG@@</div>
  </div>
@@SIDE@@</div>
""" + FOOT
        sfx = "" if n == 1 else f"（第{n}页）"
        return render(body, TITLE=f"国旗下讲话{sfx}-聚优网", KEYWORDS="国旗下讲话", DESC="国旗下讲话稿", ITEMS=items, PG=pg, SIDE=SIDE)

    fam.put("/yanjianggao/guoqixiajianghua/index.html", listing(1))
    fam.put("/yanjianggao/guoqixiajianghua/list_2.html", listing(2))
    home = HEAD + """<div class="wrap main">
  <div class="left">
    <div class="hbox"><h3><a href="/yanjianggao/">演讲稿</a></h3><ul>
      <li><a href="/yanjianggao/guoqixiajianghua/">国旗下讲话</a></li>
      <li><a href="@@URL@@">@@PT@@</a></li>
      <li><a href="/yanjianggao/2085937.html">感恩老师演讲稿（通用6篇）</a></li>
    </ul></div>
    <div class="hbox"><h3><a href="/zuowen/">作文</a></h3><ul>
      <li><a href="/zuowen/2086991.html">珍惜粮食作文500字</a></li>
    </ul></div>
  </div>
@@SIDE@@</div>
""" + FOOT
    fam.put("/", render(home, TITLE="聚优网-优秀范文大全", KEYWORDS="范文,演讲稿,作文", DESC="聚优网", URL=url, PT=PAGE_TITLE, SIDE=SIDE))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /search.php\n")
    fam.not_documents += ["/yanjianggao/guoqixiajianghua/", "/yanjianggao/guoqixiajianghua/list_2.html"]
    fam.noise += ["下面是小编为大家整理的", "珍惜粮食演讲稿 篇", "jy135_ad", "【推荐】", "相关文章：", "上一篇：", "猜你喜欢", "湘ICP备15007392号-1"]
    fam.note = ("one page, three documents: each 篇N (heading `珍惜粮食演讲稿 篇N`) is a speech of its own; its title is its own bold "
                "centred line, its date the page's; the editor's intro, the ad between 篇一 and 篇二 and the 【推荐】 line after 篇二 are not text")
    return fam
