"""文秘帮 (wenmi.com)-like 范文 pages: `/article/<12-char id>.html` titled `标题 - 文秘帮`, the top bar (期刊
发表 / 杂志订阅 / 登录 / 注册), the crumb (首页 > 范文 > 讲话稿 > 正文), `h1` and the `article-info` line (时间 /
来源：文秘帮整理 / 浏览), the `前言：` blurb the site puts before every 范文, the text in `div.article-content`
(`<p>` paragraphs with two-`&emsp;` indents), then the 复制全文 / 下载文档 (开通会员) bar, 免责声明, 上一篇 /
下一篇, 相关范文 (the other speech), 热门范文, the right column's 期刊推荐 (magazine covers with 级别 /
周期), 发表咨询 box with the 客服 phone, and the footer with ICP and 公安备案 lines. Both texts whole;
the expected date is the printed 时间."""

from common import SPEECHES, Family, render

HOST = "www.wenmibang-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/common.css?v=2023">
<link rel="stylesheet" href="/static/css/article.css?v=2023">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="container">
    <span class="welcome">您好，欢迎来到文秘帮！</span>
    <div class="top-right"><a href="/qikan/" target="_blank">期刊发表</a><a href="/zazhi/" target="_blank">杂志订阅</a><a href="/user/login.html" rel="nofollow">登录</a><a href="/user/register.html" rel="nofollow">注册</a><a href="/vip.html" rel="nofollow" class="vip">开通会员</a></div>
  </div>
</div>
<div class="header">
  <div class="container">
    <a href="/" class="logo"><img src="/static/images/logo.png" alt="文秘帮"></a>
    <div class="search-box"><form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入您要搜索的范文"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav">
  <div class="container">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/fanwen/" class="active">范文</a></li>
      <li><a href="/fanwen/jianghuagao/">讲话稿</a></li>
      <li><a href="/fanwen/gongzuozongjie/">工作总结</a></li>
      <li><a href="/fanwen/gongzuojihua/">工作计划</a></li>
      <li><a href="/fanwen/xindetihui/">心得体会</a></li>
      <li><a href="/lunwen/">论文</a></li>
      <li><a href="/qikan/">期刊</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="container">
    <p class="links"><a href="/about/" rel="nofollow">关于我们</a>|<a href="/contact/" rel="nofollow">联系我们</a>|<a href="/statement/" rel="nofollow">免责声明</a>|<a href="/sitemap.xml">网站地图</a></p>
    <p>文秘帮所提供的范文均来源于网络及用户投稿，仅供学习参考，请勿用于商业用途。</p>
    <p>Copyright &copy; 2013-2024 文秘帮 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">蜀ICP备13026835号-3</a> <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">川公网安备 51010702001738号</a></p>
  </div>
</div>
<div class="fixed-right"><a href="javascript:;" class="kefu" rel="nofollow">在线客服</a><a href="javascript:;" class="gotop" rel="nofollow">返回顶部</a></div>
<script src="/static/js/article.js?v=2023"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9e2c7b4a1f8d3065c0b7e1a2d4f6c8b9";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f38d-5"], "id": "pq7nv201kd3c", "time": "2024-03-12", "views": 2316},
    {"speech": SPEECHES["f38d-6"], "id": "r4bxf902mw8e", "time": "2024-06-06", "views": 1587},
]
FILLER = [
    ("pq6mz000a8ef", "老旧小区改造工作汇报"),
    ("pq8kd3014nb2", "在城市管理工作会议上的讲话"),
    ("r4c2h700te1a", "安全生产月活动总结"),
    ("r49wq101xj6d", "安全生产工作会议讲话稿"),
]
MAGS = [("zgcsh", "中国城市化", "省级期刊", "月刊"), ("aqsc", "安全与健康", "省级期刊", "月刊"), ("xdqy", "现代企业", "省级期刊", "月刊")]


def art(i):
    return f"/article/{i}.html"


def doc_page(k):
    d, other = DOCS[k], DOCS[1 - k]
    sp = d["speech"]
    paras = "\n".join(f"<p>&emsp;&emsp;{p}</p>" for p in sp.paras)
    rel = (FILLER[:2] if k == 0 else FILLER[2:]) + [(other["id"], other["speech"].title)]
    rel_rows = "\n".join(f'<li><a href="{art(i)}" target="_blank" title="{t}">{t}</a></li>' for i, t in rel)
    hot_rows = "\n".join(f'<li><span>{n}</span><a href="{art(i)}" target="_blank">{t}</a></li>' for n, (i, t) in enumerate(FILLER, 1))
    mag_rows = "\n".join(
        f'<li><a href="/qikan/{s}/" target="_blank"><img src="/uploads/qikan/{s}.jpg" alt="{n}"><p class="name">{n}</p><p>级别：{l}</p><p>周期：{z}</p></a></li>'
        for s, n, l, z in MAGS
    )
    prev_i, prev_t = FILLER[0] if k == 0 else (other["id"], other["speech"].title)
    next_i, next_t = (other["id"], other["speech"].title) if k == 0 else FILLER[2]
    body = """<div class="container clearfix">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/fanwen/">范文</a> &gt; <a href="/fanwen/jianghuagao/">讲话稿</a> &gt; 正文</div>
  <div class="main-left">
    <div class="article">
      <h1>@@H1@@</h1>
      <div class="article-info"><span>时间：@@TIME@@</span><span>来源：文秘帮整理</span><span>浏览：@@VIEWS@@次</span></div>
      <div class="article-preface"><b>前言：</b>想要写出一篇令人眼前一亮的文章吗？我们特意为您整理了这篇《@@H1@@》，相信会为您的写作带来帮助，发现更多的写作思路和灵感。</div>
      <div class="article-content">
@@PARAS@@
      </div>
      <div class="article-tools"><a href="javascript:;" class="btn-copy" onclick="copyArticle()" rel="nofollow">复制全文</a><a href="javascript:;" class="btn-down" onclick="downWord('@@ID@@')" rel="nofollow">下载文档</a><span class="tip">开通会员，海量范文免费复制下载</span></div>
      <div class="statement">免责声明：本文仅代表作者个人观点，与本站无关；其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。</div>
      <div class="prev-next"><p>上一篇：<a href="@@PREV@@">@@PREV_T@@</a></p><p>下一篇：<a href="@@NEXT@@">@@NEXT_T@@</a></p></div>
    </div>
    <div class="box related"><div class="box-title"><h3>相关范文</h3></div><ul>
@@REL@@
    </ul></div>
  </div>
  <div class="main-right">
    <div class="box consult"><div class="box-title"><h3>发表咨询</h3></div><p>期刊发表、杂志订阅，专业老师一对一指导</p><p class="tel">客服热线：400-888-5721</p><a href="/qikan/" target="_blank" class="btn">立即咨询</a></div>
    <div class="box mags"><div class="box-title"><h3>期刊推荐</h3></div><ul>
@@MAGS@@
    </ul></div>
    <div class="box hot"><div class="box-title"><h3>热门范文</h3></div><ul>
@@HOT@@
    </ul></div>
  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{sp.title} - 文秘帮",
        KW=f"{sp.title},讲话稿范文",
        DESC=("".join(sp.paras[:2]))[:100],
        H1=sp.title,
        TIME=d["time"],
        VIEWS=d["views"],
        PARAS=paras,
        ID=d["id"],
        PREV=art(prev_i),
        PREV_T=prev_t,
        NEXT=art(next_i),
        NEXT_T=next_t,
        REL=rel_rows,
        MAGS=mag_rows,
        HOT=hot_rows,
    )


def list_page(n):
    d = DOCS[1] if n == 1 else DOCS[0]
    rows = [(d["id"], d["speech"].title, d["time"], "".join(d["speech"].paras[:2])[:80])]
    rows += [(i, t, "2024-06-01" if n == 1 else "2024-03-08", "") for i, t in (FILLER[2:] if n == 1 else FILLER[:2])]
    items = "\n".join(
        f'<li><h3><a href="{art(i)}" target="_blank">{t}</a></h3><p class="desc">{s}…</p><span class="time">{tm}</span></li>'
        for i, t, tm, s in rows
    )
    pager = ('<div class="pagination"><span class="current">1</span><a href="/fanwen/jianghuagao/index_2.html">2</a><a href="/fanwen/jianghuagao/index_2.html">下一页</a></div>'
             if n == 1 else '<div class="pagination"><a href="/fanwen/jianghuagao/">上一页</a><a href="/fanwen/jianghuagao/">1</a><span class="current">2</span></div>')
    body = f"""<div class="container clearfix">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/fanwen/">范文</a> &gt; 讲话稿</div>
  <div class="main-left"><div class="box list"><div class="box-title"><h3>讲话稿</h3></div><ul class="article-list">
{items}
  </ul>
  {pager}
  </div></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="讲话稿范文 - 文秘帮" + ("（第2页）" if n == 2 else ""), KW="讲话稿范文", DESC="文秘帮讲话稿范文频道")


def home():
    d = DOCS[1]
    body = f"""<div class="container clearfix">
  <div class="index-block"><div class="box-title"><h3><a href="/fanwen/jianghuagao/">讲话稿</a></h3><a href="/fanwen/jianghuagao/" class="more">更多</a></div><ul>
  <li><a href="{art(d['id'])}" target="_blank">{d['speech'].title}</a></li>
  <li><a href="{art(FILLER[3][0])}" target="_blank">{FILLER[3][1]}</a></li>
  </ul></div>
  <div class="index-block"><div class="box-title"><h3><a href="/qikan/">期刊推荐</a></h3></div><ul><li><a href="/qikan/zgcsh/" target="_blank">中国城市化</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="文秘帮 - 范文大全_期刊发表_杂志订阅", KW="文秘帮,范文,讲话稿", DESC="文秘帮范文大全")


def build() -> Family:
    fam = Family(HOST, "文秘帮 (wenmi.com)-like 范文 page: 前言 blurb, article-content, 复制全文 / 下载文档 bar, 免责声明, 期刊推荐 sidebar")
    for k, d in enumerate(DOCS):
        p = art(d["id"])
        fam.put(p, doc_page(k))
        fam.doc([p], d["speech"], published_at=d["time"])
    fam.put("/fanwen/jianghuagao/", list_page(1))
    fam.put("/fanwen/jianghuagao/index_2.html", list_page(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search/\n")
    fam.not_documents += ["/", "/fanwen/jianghuagao/", "/fanwen/jianghuagao/index_2.html"]
    fam.noise += ["前言：", "我们特意为您整理了", "复制全文", "开通会员", "免责声明", "相关范文", "热门范文", "期刊推荐", "发表咨询",
                  "400-888-5721", "蜀ICP备13026835号-3", "文秘帮整理"]
    return fam
