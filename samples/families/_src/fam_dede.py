"""A 范文 site on DedeCMS 5.7 (织梦): GBK bytes, charset only in the meta tag (the header says plain
text/html), `list_12_N.html` listings with Dede's `pagelist` pager, an article split by
`{dede:pagebreak}` into `ID.html` / `ID_2.html`, the site name and address printed inside a
paragraph of the text, a 推荐阅读 box between paragraphs, a Word download box after the text, and a
login wall (阅读全文 / 登录后查看) that cuts the other speech short."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.haofanwen.test"
TYPEDIR = "/jianghuagao/"
INLINE_MARK = "（好范文网 www.haofanwen.test 整理）"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/templets/haofanwen/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<meta http-equiv="mobile-agent" content="format=xhtml;url=/m/view.php?aid=@@AID@@">
<script type="text/javascript">if(window.location.toString().indexOf('pref=padindex') != -1){}else{if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test(navigator.userAgent))){if(window.location.href.indexOf("?mobile")<0){try{if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)){window.location.href="/m/view.php?aid=@@AID@@";}else if(/iPad/i.test(navigator.userAgent)){}else{}}catch(e){}}}}</script>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header_top">
  <div class="w960 center">
    <span id="time" class="time">好范文网 - 讲话稿、发言稿、致辞范文大全</span>
    <div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a><a href="/data/rss/12.xml" target="_blank">RSS订阅</a></div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="/"><img src="/templets/haofanwen/images/logo.gif" height="54" width="216" alt="好范文网"/></a></h1></div>
    <div class="banner"><script src='/plus/ad_js.php?aid=1' language='javascript'></script></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div id="navMenu">
      <ul>
        <li><a href='/'><span>主页</span></a></li>
        <li><a href='/jianghuagao/' rel='dropmenu12'><span>讲话稿</span></a></li>
        <li><a href='/fayangao/' rel='dropmenu13'><span>发言稿</span></a></li>
        <li><a href='/zhici/' rel='dropmenu14'><span>致辞</span></a></li>
        <li><a href='/gongzuozongjie/' rel='dropmenu15'><span>工作总结</span></a></li>
      </ul>
    </div>
    <div class="search">
      <form name="formsearch" action="/plus/search.php"><div class="form"><h4>搜索</h4><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){this.value='';}" /><button type="submit" class="search-submit">搜索</button></div></form>
    </div>
  </div>
</div>
"""

FOOT = """<div class="footer w960 center mt1 clear">
  <div class="footer_left"></div>
  <div class="footer_body">
    <p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)--国内最专业的PHP网站管理系统，轻松建站的首选利器。" target="_blank"><strong>DedeCMS_V57_GBK_SP2</strong></a> &copy; 2004-2024 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2015-2024 好范文网 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">皖ICP备15023456号-1</a></div></p>
  </div>
  <div class="footer_right"></div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, aid, pubdate, pages, login wall (share of the text shown), click count
ARTICLES = [
    (SPEECHES["E1"], 5127, "2024-06-03 10:21", 2, None, 1382),
    (SPEECHES["E2"], 5342, "2024-11-15 16:48", 1, "35%", 576),
]


def url_of(speech, aid, k=0):
    day = speech.date[5:7] + speech.date[8:10]
    return f"{TYPEDIR}{speech.date[:4]}/{day}/{aid}{'' if k == 0 else f'_{k + 1}'}.html"


def article_pager(aid, count, k):
    # {dede:pagebreak}: the pager DedeCMS prints under an article split into pages
    def u(i):
        return f"{aid}.html" if i == 0 else f"{aid}_{i + 1}.html"

    out = f"<li><a>共{count}页: </a></li>"
    out += "<li><a href='#'>上一页</a></li>" if k == 0 else f"<li><a href='{u(k - 1)}'>上一页</a></li>"
    for i in range(count):
        out += f"<li class=\"thisclass\"><a href='#'>{i + 1}</a></li>" if i == k else f"<li><a href='{u(i)}'>{i + 1}</a></li>"
    out += f"<li><a href='{u(k + 1)}'>下一页</a></li>" if k < count - 1 else "<li><a href='#'>下一页</a></li>"
    return f'<div class="dede_pages"><ul class="pagelist">{out}</ul></div>'


RECOMMEND = """<div class="tuijian" style="border:1px dashed #f60;padding:8px;margin:10px 0;">
<p><strong>推荐阅读：</strong></p>
<ul>
<li><a href="/jianghuagao/2024/0520/5101.html" target="_blank">安全生产工作会议讲话稿（精选5篇）</a></li>
<li><a href="/fayangao/2024/0518/5099.html" target="_blank">安全月表态发言稿范文</a></li>
</ul>
</div>"""


def body_html(speech, paras, k, wall):
    out = []
    for i, p in enumerate(paras):
        if k == 0 and i == 3 and len(p) > 40:
            cut = p.index("。") + 1
            p = p[:cut] + INLINE_MARK + p[cut:]
        out.append(f"<p>　　{p}</p>")
        if k == 0 and i == 4 and not wall:
            out.append(RECOMMEND)
    return "\r\n".join(out)


def article(speech, aid, stamp, runs, k, wall, clicks, prev, nxt, related):
    count = len(runs)
    content = body_html(speech, runs[k], k, wall)
    if wall:
        content += f"""
<div class="readmore-box" id="readmore">
<div class="readmore-mask"></div>
<p class="readmore-tip">本文还有 {100 - int(wall[:-1])}% 的内容未显示，登录后查看全文</p>
<a class="readmore-btn" href="/member/login.php?gourl=%2Fplus%2Fview.php%3Faid%3D{aid}" rel="nofollow">阅读全文</a>
</div>"""
    pager = article_pager(aid, count, k) if count > 1 else ""
    down = ""
    if k == count - 1:
        down = f"""<div class="downbox">
<p class="downtip">温馨提示：本文为Word文档格式，下载后可直接编辑修改，方便您使用。</p>
<a class="downbtn" href="/plus/download.php?open=0&amp;aid={aid}&amp;cid=3" rel="nofollow" target="_blank">点击下载《{speech.title}》Word文档</a>
</div>"""
    page = (
        HEAD
        + """<div class="w960 center clear mt1">
<div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/jianghuagao/'>讲话稿</a> > </div>
  <div class="viewbox">
    <div class="title"><h2>@@H2@@</h2></div>
    <div class="info"><small>时间:</small>@@STAMP@@<small>来源:</small>网络整理<small>作者:</small>haofanwen<small>点击:</small><script src="/plus/count.php?view=yes&aid=@@AID@@&mid=1" type='text/javascript' language="javascript"></script>@@CLICKS@@ 次</div>
    <div class="intro">@@INTRO@@</div>
    <div class="content">
<table width='100%'>
<tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"><script src='/plus/ad_js.php?aid=3' language='javascript'></script></div>
@@CONTENT@@
</td></tr>
</table>
    </div>
    @@PAGER@@
    @@DOWN@@
    <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
    <div class="handle">
      <div class="context">
        <ul>
          <li>上一篇：@@PREV@@</li>
          <li>下一篇：@@NEXT@@</li>
        </ul>
      </div>
      <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=@@AID@@" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=@@AID@@&title=@@H2@@" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=@@AID@@" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
    </div>
  </div>
  <div class="xiangguan">
    <dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="d1 ico3">@@RELATED@@</ul></dd></dl>
  </div>
</div>
<div class="pright">
  <div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light"><ul class="d4"><li><a href="/zhici/2024/0101/4801.html">新年致辞范文大全</a><p>新年致辞怎么写？小编为大家精选了...</p></li></ul></dd></dl></div>
  <div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">@@RELATED@@</ul></dd></dl></div>
</div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}_讲话稿_好范文网",
        KEYWORDS=f"讲话稿,{speech.title}",
        DESC=speech.paras[1][:70],
        AID=aid,
        H2=speech.title,
        STAMP=stamp,
        CLICKS=clicks,
        INTRO=f"<strong>摘要：</strong>{speech.paras[1][:46]}…",
        CONTENT=content,
        PAGER=pager,
        DOWN=down,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def listing(items, n, count, total):
    rows = "\n".join(
        f"""<li><a href="{url_of(s, aid)}" class="title">{s.title}</a><span class="info"><small>日期：</small>{s.date}<small>点击：</small>{clicks}<small>好评：</small>0</span><p class="intro">{s.paras[1][:60]}...</p></li>"""
        for s, aid, _stamp, _c, _w, clicks in items
    )
    pl = "<li><a>首页</a></li>" if n == 1 else "<li><a href='list_12_1.html'>首页</a></li><li><a href='list_12_1.html'>上一页</a></li>"
    for i in range(1, count + 1):
        pl += f'<li class="thisclass">{i}</li>' if i == n else f"<li><a href='list_12_{i}.html'>{i}</a></li>"
    if n < count:
        pl += f"<li><a href='list_12_{n + 1}.html'>下一页</a></li><li><a href='list_12_{count}.html'>末页</a></li>"
    pl += f'<li><span class="pageinfo">共 <strong>{count}</strong>页<strong>{total}</strong>条</span></li>'
    page = (
        HEAD
        + """<div class="w960 center clear mt1">
<div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/jianghuagao/'>讲话稿</a> > </div>
  <div class="listbox"><ul class="e2">
@@ROWS@@
  </ul></div>
  <div class="dede_pages"><ul class="pagelist">@@PL@@</ul></div>
</div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="讲话稿_好范文网" if n == 1 else f"讲话稿_好范文网_第{n}页",
        KEYWORDS="讲话稿",
        DESC="讲话稿范文",
        AID=0,
        ROWS=rows,
        PL=pl,
    )


def rss():
    items = "".join(
        f"""<item>
<title><![CDATA[{s.title}]]></title>
<link>http://{HOST}{url_of(s, aid)}</link>
<description><![CDATA[{s.paras[1][:60]}...]]></description>
<pubDate>{stamp}</pubDate>
<category>讲话稿</category>
<author>haofanwen</author>
<comments>好范文网</comments>
</item>
"""
        for s, aid, stamp, *_ in ARTICLES
    )
    return f"""<?xml version="1.0" encoding="gb2312" ?>
<rss version="2.0">
<channel>
<title>讲话稿</title>
<link>http://{HOST}/jianghuagao/</link>
<description>讲话稿范文</description>
<language>zh-cn</language>
<generator>Rss Powered By DedeCMS</generator>
<webmaster>admin@haofanwen.test</webmaster>
{items}</channel>
</rss>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "范文 site on DedeCMS 5.7 GBK (meta-only charset, list_12_N pager, {dede:pagebreak} _2 pages, inline site mark, 推荐阅读 box, Word download box, 阅读全文 login wall)",
        encoding="gbk",
        content_type="text/html",
        site_note="header says text/html with no charset; the meta tag says gb2312; bytes are GBK",
    )
    fam.check_ignore.append(INLINE_MARK)
    related = "".join(f"<li><a href='{url_of(s, a)}'>{s.title}</a></li>" for s, a, *_ in ARTICLES)
    for idx, (speech, aid, stamp, count, wall, clicks) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        prev = f"<a href='{url_of(*ARTICLES[idx - 1][:2])}'>{ARTICLES[idx - 1][0].title}</a>" if idx else "没有了 "
        nxt = (
            f"<a href='{url_of(*ARTICLES[idx + 1][:2])}'>{ARTICLES[idx + 1][0].title}</a>"
            if idx + 1 < len(ARTICLES)
            else "没有了 "
        )
        pages = []
        for k in range(count):
            fam.put(url_of(speech, aid, k), article(speech, aid, stamp, runs, k, wall, clicks, prev, nxt, related))
            pages.append(url_of(speech, aid, k))
        fam.doc(pages, speech, truncated=bool(wall))
        fam.not_documents += pages[1:]
    fam.put(f"{TYPEDIR}list_12_1.html", listing(ARTICLES[:1], 1, 2, 2))
    fam.put(f"{TYPEDIR}index.html", listing(ARTICLES[:1], 1, 2, 2))
    fam.put(f"{TYPEDIR}list_12_2.html", listing(ARTICLES[1:], 2, 2, 2))
    home = render(
        HEAD
        + """<div class="w960 center clear mt1"><div class="pleft">
<dl class="tbox"><dt><strong><a href="/jianghuagao/">讲话稿</a></strong><span class="more"><a href="/jianghuagao/">更多...</a></span></dt>
<dd><ul class="d1 ico3"><li><a href="@@U@@">@@T@@</a></li></ul></dd></dl>
</div></div>
"""
        + FOOT,
        TITLE="好范文网_讲话稿_发言稿_致辞范文大全",
        KEYWORDS="范文,讲话稿,发言稿",
        DESC="好范文网",
        AID=0,
        U=url_of(*ARTICLES[0][:2]),
        T=ARTICLES[0][0].title,
    )
    fam.put("/", home)
    fam.put("/data/rss/12.xml", rss())
    fam.not_documents += ["/", TYPEDIR, f"{TYPEDIR}list_12_1.html", f"{TYPEDIR}list_12_2.html"]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /plus/feedback_js.php\nDisallow: /plus/mytag_js.php\nDisallow: /plus/rss.php\n"
        "Disallow: /plus/search.php\nDisallow: /plus/recommend.php\nDisallow: /plus/stow.php\nDisallow: /plus/count.php\n"
        "Disallow: /include\nDisallow: /templets\nDisallow: /member\n",
    )
    fam.noise += [
        "好范文网",
        "www.haofanwen.test",
        "整理）",
        "推荐阅读",
        "精选5篇",
        "表态发言稿范文",
        "温馨提示",
        "Word文档",
        "点击下载",
        "下载后可直接编辑修改",
        "登录后查看全文",
        "的内容未显示",
        "阅读全文",
        "摘要：",
        "当前位置",
        "点击:",
        "来源:",
        "网络整理",
        "分隔线",
        "上一篇",
        "下一篇",
        "没有了",
        "挑错",
        "相关文章",
        "热点内容",
        "共2页",
        "DedeCMS",
        "皖ICP备15023456号-1",
    ]
    return fam
