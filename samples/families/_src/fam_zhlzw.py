"""中华励志网 (zhlzw.com)-like 演讲稿 channel on DedeCMS (GBK build, older custom template): GBK bytes
with gb2312 in the meta tag and the header, column `/lz/yjg/` with Dede `list_5_N.html` listings
(`共 N页M条`), articles `/lz/yjg/ID.html` cut by `{dede:pagebreak}` into `ID_2.html`, `ID_3.html`
(Dede article pager `共3页: 上一页 1 2 3 下一页`, each page titled `标题(2)`), 您现在的位置 breadcrumb,
`artInfo` line (作者 / 来源 / 发布时间 / 浏览次数 from count.php), a 中华励志网 mark line at the head of
the text on the first page, 【相关文章】, 上一篇 / 下一篇, 励志名言 sidebar, ads, footer with ICP."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.zhlzw-like.test"
TYPEDIR = "/lz/yjg/"
MARK = "【中华励志网 www.zhlzw-like.test - 演讲稿】"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/templets/zhlzw/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script type="text/javascript" src="/templets/zhlzw/js/mobile.js"></script>
</head>
<body>
<div id="top">
  <div class="topbar"><span class="l">中华励志网--励志故事、励志名言、成功励志文章、演讲稿大全</span><span class="r"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.zhlzw-like.test');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.zhlzw-like.test','中华励志网')">加入收藏</a> | <a href="/data/sitemap.html">网站地图</a></span></div>
  <div class="logobar"><div class="logo"><a href="/"><img src="/templets/zhlzw/images/logo.gif" alt="中华励志网" width="260" height="60" /></a></div><div class="topad"><script src='/plus/ad_js.php?aid=2' language='javascript'></script></div></div>
</div>
<div id="nav">
  <ul>
    <li><a href="/">网站首页</a></li>
    <li><a href="/lz/lzgs/">励志故事</a></li>
    <li><a href="/lz/lzmy/">励志名言</a></li>
    <li><a href="/lz/cgzl/">成功之路</a></li>
    <li><a href="/lz/rsgw/">人生感悟</a></li>
    <li class="hover"><a href="/lz/yjg/">演讲稿</a></li>
    <li><a href="/lz/jdyl/">经典语录</a></li>
    <li><a href="/qx/">青春校园</a></li>
    <li><a href="/zc/">职场励志</a></li>
  </ul>
</div>
<div id="subnav"><strong>演讲稿：</strong><a href="/lz/yjg/lzyj/">励志演讲稿</a> <a href="/lz/yjg/ldjh/">领导讲话</a> <a href="/lz/yjg/bylzc/">毕业致辞</a> <a href="/lz/yjg/gqxjh/">国旗下讲话</a> <a href="/lz/yjg/jzyj/">竞聘演讲</a></div>
"""

FOOT = """<div id="footer">
  <p><a href="/about.html">关于本站</a> | <a href="/lianxi.html">联系我们</a> | <a href="/banquan.html">版权声明</a> | <a href="/data/sitemap.html">网站地图</a> | <a href="/data/rss/5.xml">RSS订阅</a></p>
  <p>本站部分内容来源于网络，版权归原作者所有，如有侵权请与我们联系，我们将及时删除。</p>
  <p>Copyright &copy; 2006-2024 <a href="http://www.zhlzw-like.test/">中华励志网</a> All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">豫ICP备07012345号</a></p>
</div>
<div style="display:none"><script type="text/javascript" src="https://s4.cnzz.com/stat.php?id=1234567&web_id=1234567"></script></div>
</body>
</html>
"""

# speech, aid, stamp, pages, writer, source
ARTICLES = [
    (SPEECHES["s73e"], 186745, "2024-06-10 17:26", 3, "佚名", "本站整理"),
    (SPEECHES["s73b"], 179312, "2024-05-14 21:03", 1, "zhlzw", "网络"),
]


def url_of(aid, k=0):
    return f"{TYPEDIR}{aid}{'' if k == 0 else f'_{k + 1}'}.html"


def article_pager(aid, count, k):
    def u(i):
        return f"{aid}.html" if i == 0 else f"{aid}_{i + 1}.html"

    out = f"<li><a>共{count}页: </a></li>"
    out += "<li><a href='#'>上一页</a></li>" if k == 0 else f"<li><a href='{u(k - 1)}'>上一页</a></li>"
    for i in range(count):
        out += f"<li class=\"thisclass\"><a href='#'>{i + 1}</a></li>" if i == k else f"<li><a href='{u(i)}'>{i + 1}</a></li>"
    out += f"<li><a href='{u(k + 1)}'>下一页</a></li>" if k < count - 1 else "<li><a href='#'>下一页</a></li>"
    return f'<div class="pages"><ul class="pagelist">{out}</ul></div>'


SIDE = """<div id="right">
  <div class="rbox"><h3>热门演讲稿</h3><ul>
    <li><a href="/lz/yjg/175508.html">青春励志演讲稿：奋斗的青春最美丽</a></li>
    <li><a href="/lz/yjg/174912.html">感恩父母演讲稿（精选）</a></li>
    <li><a href="/lz/yjg/173366.html">国旗下讲话：做一个有责任心的人</a></li>
  </ul></div>
  <div class="rbox"><script src='/plus/ad_js.php?aid=5' language='javascript'></script></div>
  <div class="rbox"><h3>每日励志名言</h3><ul>
    <li><a href="/lz/lzmy/170021.html">天行健，君子以自强不息</a></li>
    <li><a href="/lz/lzmy/170022.html">宝剑锋从磨砺出，梅花香自苦寒来</a></li>
  </ul></div>
</div>"""


def article(idx, runs, k):
    speech, aid, stamp, count, writer, source = ARTICLES[idx]
    lines = []
    if k == 0:
        lines.append(f"<p>{MARK}</p>")
    lines += [f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in runs[k]]
    content = "\r\n".join(lines)
    prev = ARTICLES[idx + 1] if idx + 1 < len(ARTICLES) else None
    nxt = ARTICLES[idx - 1] if idx else None
    prev_html = f"<a href='{url_of(prev[1])}'>{prev[0].title}</a>" if prev else "没有了"
    next_html = f"<a href='{url_of(nxt[1])}'>{nxt[0].title}</a>" if nxt else "没有了"
    related = "".join(
        f"<li><a href='{u}'>{t}</a></li>"
        for u, t in [("/lz/yjg/175508.html", "青春励志演讲稿：奋斗的青春最美丽"), ("/lz/yjg/171240.html", "高中毕业典礼校长致辞")]
    ) + "".join(f"<li><a href='{url_of(a)}'>{s.title}</a></li>" for s, a, *_ in ARTICLES if a != aid)
    title = speech.title if k == 0 else f"{speech.title}({k + 1})"
    page = HEAD + """<div id="main">
<div id="left">
  <div class="position">您现在的位置：<a href='/'>中华励志网</a>&gt;&gt;<a href='/lz/'>励志</a>&gt;&gt;<a href='/lz/yjg/'>演讲稿</a>&gt;&gt;正文</div>
  <div class="article">
    <div class="artTitle"><h1>@@H1@@</h1></div>
    <div class="artInfo">作者：@@WRITER@@&nbsp;&nbsp;来源：@@SOURCE@@&nbsp;&nbsp;发布时间：@@STAMP@@&nbsp;&nbsp;浏览次数：<script src="/plus/count.php?view=yes&aid=@@AID@@&mid=1" type='text/javascript' language="javascript"></script>&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
    <div class="artAd"><script src='/plus/ad_js.php?aid=3' language='javascript'></script></div>
    <div id="artContent">
@@CONTENT@@
    </div>
    @@PAGER@@
    <div class="artShare"><div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script></div>
    <div class="artPrevNext">
      <p>上一篇：@@PREV@@</p>
      <p>下一篇：@@NEXT@@</p>
    </div>
    <div class="artAbout"><h3>【相关文章】</h3><ul>@@RELATED@@</ul></div>
    <div class="artAd"><script src='/plus/ad_js.php?aid=4' language='javascript'></script></div>
  </div>
</div>
@@SIDE@@
</div>
<script type="text/javascript">function doZoom(size){document.getElementById('artContent').style.fontSize=size+'px';}</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{title}_演讲稿_中华励志网",
        KEYWORDS=f"{speech.title},演讲稿",
        DESC=speech.paras[1][:70],
        H1=title,
        WRITER=writer,
        SOURCE=source,
        STAMP=stamp,
        AID=aid,
        CONTENT=content,
        PAGER=article_pager(aid, count, k) if count > 1 else "",
        PREV=prev_html,
        NEXT=next_html,
        RELATED=related,
        SIDE=SIDE,
    )


def listing(items, n, count, total):
    rows = "\n".join(
        f"""<li><span class="date">{stamp[:10]}</span><a href="{url_of(aid)}" target="_blank">{s.title}</a><p>{s.paras[1][:50]}...</p></li>"""
        for s, aid, stamp, *_ in items
    )
    pl = "<li><a>首页</a></li>" if n == 1 else "<li><a href='list_5_1.html'>首页</a></li><li><a href='list_5_1.html'>上一页</a></li>"
    for i in range(1, count + 1):
        pl += f'<li class="thisclass">{i}</li>' if i == n else f"<li><a href='list_5_{i}.html'>{i}</a></li>"
    if n < count:
        pl += f"<li><a href='list_5_{n + 1}.html'>下一页</a></li><li><a href='list_5_{count}.html'>末页</a></li>"
    pl += f'<li><span class="pageinfo">共 <strong>{count}</strong>页<strong>{total}</strong>条</span></li>'
    page = HEAD + """<div id="main">
<div id="left">
  <div class="position">您现在的位置：<a href='/'>中华励志网</a>&gt;&gt;<a href='/lz/'>励志</a>&gt;&gt;<a href='/lz/yjg/'>演讲稿</a>&gt;&gt;</div>
  <div class="listbox"><ul>
@@ROWS@@
  </ul></div>
  <div class="pages"><ul class="pagelist">@@PL@@</ul></div>
</div>
@@SIDE@@
</div>
""" + FOOT
    return render(
        page,
        TITLE="演讲稿_中华励志网" if n == 1 else f"演讲稿_中华励志网_第{n}页",
        KEYWORDS="演讲稿,励志演讲稿,演讲稿大全",
        DESC="中华励志网演讲稿栏目",
        ROWS=rows,
        PL=pl,
        SIDE=SIDE,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "中华励志网 (zhlzw.com)-like 演讲稿 channel on DedeCMS GBK (list_5_N pager, {dede:pagebreak} 3-page article with (2)/(3) titles, site mark line atop the text, baidu share, 相关文章)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    for idx, (speech, aid, stamp, count, *_rest) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            fam.put(url_of(aid, k), article(idx, runs, k))
            pages.append(url_of(aid, k))
        fam.doc(pages, speech, published_at=stamp[:10])
        fam.not_documents += pages[1:]
    fam.put(f"{TYPEDIR}index.html", listing(ARTICLES[:1], 1, 2, 2))
    fam.put(f"{TYPEDIR}list_5_1.html", listing(ARTICLES[:1], 1, 2, 2))
    fam.put(f"{TYPEDIR}list_5_2.html", listing(ARTICLES[1:], 2, 2, 2))
    s, a, *_ = ARTICLES[0]
    home = render(
        HEAD + """<div id="main"><div id="left">
<div class="ibox"><h2><a href="/lz/yjg/">演讲稿</a></h2><span class="more"><a href="/lz/yjg/">更多&gt;&gt;</a></span>
<ul><li><a href="@@U@@">@@T@@</a></li><li><a href="/lz/yjg/175508.html">青春励志演讲稿：奋斗的青春最美丽</a></li></ul></div>
<div class="ibox"><h2><a href="/lz/lzgs/">励志故事</a></h2><ul><li><a href="/lz/lzgs/176003.html">一个农村孩子的逆袭之路</a></li></ul></div>
</div>@@SIDE@@</div>
""" + FOOT,
        TITLE="中华励志网_励志故事_励志名言_演讲稿大全",
        KEYWORDS="励志,励志故事,励志名言,演讲稿",
        DESC="中华励志网",
        U=url_of(a),
        T=s.title,
        SIDE=SIDE,
    )
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /include/\nDisallow: /templets/\nDisallow: /member/\n")
    fam.check_ignore.append(MARK)
    fam.not_documents += ["/", TYPEDIR, f"{TYPEDIR}list_5_1.html", f"{TYPEDIR}list_5_2.html"]
    fam.noise += ["中华励志网", "www.zhlzw-like.test", "您现在的位置", "发布时间", "浏览次数", "共3页", "上一页", "下一页", "分享到", "上一篇", "下一篇", "相关文章", "热门演讲稿", "每日励志名言", "豫ICP备07012345号"]
    return fam
