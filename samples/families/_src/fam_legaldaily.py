"""法治网 (www.legaldaily.com.cn, 法治日报)-like article pages written by its Founder (方正翔宇) publishing system:
`/index_article/content/2024-05/15/content_8998765.html`, a long speech continued on `content_8998765_2.html`
through the editor's page break and the system's `#displaypagenum` pager (`<center>`, 上一页 / page numbers /
下一页, current page a bare `<span>`); the `<!--enpproperty …/enpproperty-->` comment after `<body>`, enp meta
tags; top bar (法治日报社主办 / 法治日报 电子版 / 法治网客户端 / 登录), logo + search, channel nav
(首页 / 时政 / 法治政府 / 政法 / 立法 / 司法 / 律师 / 普法 …), `position` 当前位置, `h1.article-title`,
`article-info` (time, 来源：法治网 / 法治日报, 作者, 字号, share), the text in `div.article-content#ozoom`
between `<!--enpcontent-->` markers, `法治日报全媒体记者 …` lead in one article, `编辑：…` under the
text, 相关稿件, 法治网热点 side, footer (法治日报社 版权所有, 京ICP备, 京公网安备, 许可证). Lists
`/index_article/node_5955.html` → `node_5955_2.html`. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fazhi-wang-like.test"

# speech, date, id, headline, source, author, time, editor, lead or ""
ARTICLES = [
    (SPEECHES["f44b-3"], "2024-05-15", "8998765", "在全省法治政府建设推进会上的讲话", "法治网", "省司法厅", "16:42", "刘欣", ""),
    (SPEECHES["f44b-4"], "2024-05-13", "8996120", "省律师协会会长在青年律师执业能力提升培训班开班仪式上的致辞", "法治日报",
     "张雯 通讯员 程明", "10:05", "吴琼",
     "法治日报全媒体记者张雯 通讯员程明　5月13日，全省青年律师执业能力提升培训班开班，省律师协会会长出席开班仪式并致辞。现将致辞摘要刊发如下。"),
]

FILLER = [
    ("司法部部署开展2024年行政执法监督专项行动", "2024-05-15", "/index_article/content/2024-05/15/content_8998701.html"),
    ("多地推进综合行政执法改革向基层延伸", "2024-05-14", "/index_article/content/2024-05/14/content_8997554.html"),
    ("新修订行政复议法实施百日观察", "2024-05-14", "/index_article/content/2024-05/14/content_8997390.html"),
    ("全国律师行业党建工作推进会召开", "2024-05-12", "/index_article/content/2024-05/12/content_8995812.html"),
    ("“八五”普法中期评估：法治宣传更接地气", "2024-05-11", "/index_article/content/2024-05/11/content_8995237.html"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link href="/images/legaldaily2019/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/legaldaily2019/js/jquery-1.7.2.min.js"></script>
</head>
<body>
@@ENP@@<div class="topbar">
  <div class="w1200">
    <span class="fl">法治日报社主办</span>
    <span class="fr"><a href="http://epaper.legaldaily.com.cn/fzrb/content/index.htm" target="_blank">法治日报 电子版</a> | <a href="/app/node_90041.html" target="_blank">法治网客户端</a> | <a href="/fzwb/node_90012.html" target="_blank">法治网微博</a> | <a href="http://passport.legaldaily.com.cn/login" target="_blank">登录</a></span>
  </div>
</div>
<div class="header w1200">
  <div class="logo"><a href="/"><img src="/images/legaldaily2019/images/logo.png" alt="法治网" /></a></div>
  <div class="search"><form action="http://search.legaldaily.com.cn/search" method="get" target="_blank"><input name="keyword" type="text" class="txt" /><input type="submit" class="btn" value="搜 索" /></form></div>
</div>
<div class="nav">
  <div class="w1200">
    <a href="/">首页</a><a href="/The_analysis_of_current_politics/node_33899.html">时政</a><a href="/index_article/node_5955.html" class="on">法治政府</a><a href="/zfzz/node_5949.html">政法</a><a href="/legislation/node_33993.html">立法</a><a href="/judicial/node_33995.html">司法</a><a href="/Lawyer/node_5931.html">律师</a><a href="/fzjd/node_5901.html">普法</a><a href="/commentary/node_34253.html">评论</a><a href="/Video/node_34011.html">视频</a><a href="/Topics/node_36941.html">专题</a>
  </div>
</div>
"""

SIDE = """<div class="right fr">
    <div class="rbox">
      <div class="rtit">法治网热点</div>
      <ul class="rlist">
        <li><a href="/index_article/content/2024-05/15/content_8998701.html" target="_blank">司法部部署开展2024年行政执法监督专项行动</a></li>
        <li><a href="/index_article/content/2024-05/14/content_8997390.html" target="_blank">新修订行政复议法实施百日观察</a></li>
        <li><a href="/index_article/content/2024-05/12/content_8995812.html" target="_blank">全国律师行业党建工作推进会召开</a></li>
      </ul>
    </div>
    <div class="rbox"><a href="http://epaper.legaldaily.com.cn/fzrb/content/index.htm" target="_blank"><img src="/images/legaldaily2019/images/epaper.jpg" alt="法治日报电子版" /></a></div>
    <div class="rbox ewm"><img src="/images/legaldaily2019/images/app_ewm.png" alt="" /><p>扫一扫 下载法治网客户端</p></div>
  </div>"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="/about/node_5870.html" target="_blank">关于我们</a> | <a href="/about/node_5871.html" target="_blank">联系我们</a> | <a href="/about/node_5872.html" target="_blank">广告服务</a> | <a href="/about/node_5873.html" target="_blank">版权声明</a></p>
    <p>法治日报社 版权所有　未经授权禁止复制或建立镜像</p>
    <p>互联网新闻信息服务许可证：10120170016　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10017911号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502039735" target="_blank">京公网安备 11010502039735号</a></p>
    <p>违法和不良信息举报电话：010-84772866</p>
  </div>
</div>
<script type="text/javascript" src="/images/legaldaily2019/js/common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6d8b43b0e3e2c3b7f5e1d2a9c0f1b8a7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def name(a, n):
    return f"content_{a[2]}{'' if n == 1 else f'_{n}'}.html"


def url_of(a, n=1):
    return f"/index_article/content/{a[1][:7]}/{a[1][8:]}/{name(a, n)}"


def pager(a, n, count):
    if count == 1:
        return ""
    bits = [f'<a href="{name(a, n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>"]
    for i in range(1, count + 1):
        bits.append(f"<span>{i}</span>" if i == n else f'<a href="{name(a, i)}">{i}</a>')
    bits.append(f'<a href="{name(a, n + 1)}">下一页</a>' if n < count else "<span>下一页</span>")
    return '<div id="displaypagenum"><center>' + " ".join(bits) + "</center></div>"


def article(a, other, paras, n, count):
    speech, day, aid, title, source, author, hhmm, editor, lead = a
    body = []
    if n == 1 and lead:
        body.append(f"<p>　　{lead}</p>")
    body += [f"<p>　　{p}</p>" for p in paras]
    meta = (f'<meta name="filetype" content="0" />\n<meta name="publishedtype" content="1" />\n'
            f'<meta name="pagetype" content="1" />\n<meta name="catalogs" content="5955" />\n'
            f'<meta name="contentid" content="{aid}" />\n<meta name="publishdate" content="{day}" />\n'
            f'<meta name="author" content="{author}" />\n<meta name="source" content="{source}" />\n')
    enp = (f"<!--enpproperty <articleid>{aid}</articleid><date>{day} {hhmm}:00.0</date><author>{author}</author>"
           f"<title>{title}</title><keyword>法治政府</keyword><subtitle></subtitle><introtitle></introtitle>"
           f"<siteid>2</siteid><nodeid>5955</nodeid><nodename>法治政府</nodename><nodesearchname>法治政府</nodesearchname>"
           f"/enpproperty-->\n")
    page = HEAD + """<div class="container w1200 clearfix">
  <div class="left fl">
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/index_article/node_5955.html">法治政府</a> &gt; 正文</div>
    <div class="article">
      <h1 class="article-title">@@H@@</h1>
      <div class="article-info">
        <span class="time">@@DAY@@ @@HHMM@@</span>
        <span class="source">来源：@@SOURCE@@</span>
        <span class="author">作者：@@AUTHOR@@</span>
        <span class="zoom">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
        <span class="share bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a><a href="#" class="bds_qzone" data-cmd="qzone"></a></span>
      </div>
      <div class="article-content" id="ozoom">
<!--enpcontent-->@@BODY@@<!--/enpcontent-->
      </div>
@@PAGER@@
      <div class="editor">编辑：@@EDITOR@@</div>
    </div>
    <div class="related">
      <div class="related-tit">相关稿件</div>
      <ul>
        <li><a href="@@OURL@@" target="_blank">@@OH@@</a> <span>@@ODAY@@</span></li>
        <li><a href="/index_article/content/2024-05/14/content_8997554.html" target="_blank">多地推进综合行政执法改革向基层延伸</a> <span>2024-05-14</span></li>
      </ul>
    </div>
  </div>
  @@SIDE@@
</div>
<script type="text/javascript">
function doZoom(size){ document.getElementById("ozoom").style.fontSize = size + "px"; }
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
""" + FOOT
    return render(page, TITLE=f"{title}_法治网", KW=title, DESC=title, META=meta, ENP=enp, H=title, DAY=day,
                  HHMM=hhmm, SOURCE=source, AUTHOR=author, BODY="\n".join(body), PAGER=pager(a, n, count),
                  EDITOR=editor, OURL=url_of(other), OH=other[3], ODAY=other[1], SIDE=SIDE)


def list_page(n):
    items = [(ARTICLES[0][3], ARTICLES[0][1], url_of(ARTICLES[0]))] + FILLER[:3] if n == 1 else \
        FILLER[3:4] + [(ARTICLES[1][3], ARTICLES[1][1], url_of(ARTICLES[1]))] + FILLER[4:]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>' for t, d, h in items)
    if n == 1:
        pg = '<div id="displaypagenum"><center><span>1</span> <a href="node_5955_2.html">2</a> <a href="node_5955_2.html">下一页</a></center></div>'
    else:
        pg = '<div id="displaypagenum"><center><a href="node_5955.html">上一页</a> <a href="node_5955.html">1</a> <span>2</span></center></div>'
    page = HEAD + """<div class="container w1200 clearfix">
  <div class="left fl">
    <div class="position">当前位置：<a href="/">首页</a> &gt; 法治政府</div>
    <ul class="list">
@@LIS@@
    </ul>
    @@PG@@
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(page, TITLE="法治政府_法治网", KW="法治政府,法治网", DESC="法治网法治政府频道", META="", ENP="",
                  LIS=lis, PG=pg, SIDE=SIDE)


def home():
    a = ARTICLES[0]
    page = HEAD + """<div class="index w1200 clearfix">
  <div class="toutiao"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="ibox">
    <div class="ititle"><a href="/index_article/node_5955.html">法治政府</a><a class="more" href="/index_article/node_5955.html">更多&gt;&gt;</a></div>
    <ul><li><a href="/index_article/content/2024-05/15/content_8998701.html" target="_blank">司法部部署开展2024年行政执法监督专项行动</a></li><li><a href="@@URL@@" target="_blank">@@H@@</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="法治网_法治日报社主办", KW="法治网,法治日报,法治", DESC="法治网是法治日报社主办的中央重点新闻网站",
                  META="", ENP="", URL=url_of(a), H=a[3])


def build() -> Family:
    fam = Family(
        HOST,
        "legaldaily.com.cn-like 法治网 article pages on Founder 方正翔宇: /index_article/content/YYYY-MM/DD/content_N.html + content_N_2.html via #displaypagenum (<center>, current page a bare span), enpproperty comment and enp meta, position 当前位置, h1.article-title, article-info time/来源/作者/字号/分享, div.article-content#ozoom between <!--enpcontent--> markers, 法治日报全媒体记者 lead, 编辑：…, 相关稿件, 法治网热点 side",
    )
    for i, a in enumerate(ARTICLES):
        other = ARTICLES[1 - i]
        runs = split_paras(a[0].paras, 2) if i == 0 else [a[0].paras]
        pages = []
        for n, paras in enumerate(runs, 1):
            fam.put(url_of(a, n), article(a, other, paras, n, len(runs)))
            pages.append(url_of(a, n))
        fam.doc(pages, a[0], title=a[3], published_at=a[1])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/index_article/node_5955.html", list_page(1))
    fam.put("/index_article/node_5955_2.html", list_page(2))
    fam.not_documents += ["/", "/index_article/node_5955.html", "/index_article/node_5955_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "法治日报全媒体记者张雯 通讯员程明",
        "现将致辞摘要刊发如下。",
        "编辑：刘欣",
        "相关稿件",
        "法治网热点",
        "扫一扫 下载法治网客户端",
        "京ICP备10017911号",
        "法治日报社 版权所有",
    ]
    return fam
