"""A 范文 site on Empire CMS (帝国CMS 7.x): GBK, intro line, ad blocks and hidden jammer text inside the
text, a reprint tail, 相关推荐, and a VIP wall that hides the rest of one speech."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yifanwen.test"
CLS = "/jianghuagao/lingdaojianghua/"
JAMMER = '<span style="display:none">本文来自第一范文网</span>'

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/jquery.min.js"></script>
<script type="text/javascript" src="/d/js/js/ads.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="fl">第一范文网 - 免费范文大全，写作参考资料</span><span class="fr"><a href="/e/member/login/">登录</a> | <a href="/e/member/register/">注册</a> | <a href="/e/member/buygroup/" class="vip">开通VIP</a></span></div></div>
<div class="header wrap">
  <div class="logo"><a href="/"><img src="/skin/default/images/logo.gif" alt="第一范文网" /></a></div>
  <div class="hd_ad"><script type="text/javascript" src="/d/js/acmsd/thea1.js"></script></div>
</div>
<div class="nav wrap">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/jianghuagao/">讲话稿</a></li>
    <li><a href="/jianghuagao/lingdaojianghua/">领导讲话</a></li>
    <li><a href="/zongjie/">工作总结</a></li>
    <li><a href="/jihua/">工作计划</a></li>
    <li><a href="/xindetihui/">心得体会</a></li>
    <li><a href="/fayangao/">发言稿</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer wrap">
  <p><a href="/about/">关于我们</a> | <a href="/lianxi/">联系我们</a> | <a href="/mianze/">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
  <p>本站部分文章来自网络，如有侵权请联系删除。Copyright &copy; 2010-2024 第一范文网 版权所有</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">湘ICP备10012345号-2</a></p>
</div>
<script type="text/javascript" src="/d/js/acmsd/thea9.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2c1a3e5e9f1c7d6b0a8b4c3d2e1f0a9b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script type="text/javascript" src="https://s9.cnzz.com/z_stat.php?id=1261234567&web_id=1261234567"></script>
</body>
</html>
"""

# speech, id, time, category label, pages, visible paragraphs (None: all), hidden chars
ARTICLES = [
    (SPEECHES["F1"], 12345, "2024-08-30 09:12:41", 1, None, 0),
    (SPEECHES["F2"], 12346, "2024-01-26 15:40:02", 2, None, 0),
    (SPEECHES["F3"], 12347, "2024-04-15 10:21:36", 1, None, 2386),
]


def url_of(speech, aid, k=0):
    return f"{CLS}{speech.date}/{aid}{'' if k == 0 else f'_{k + 1}'}.html"


def empire_pager(base_url, count, k):
    # [!--page.url--] of Empire CMS's default content pager
    def u(i):
        return base_url if i == 0 else base_url.replace(".html", f"_{i + 1}.html")

    out = f'<a title="Total record">&nbsp;<b>{count}</b> </a>&nbsp;&nbsp;'
    if k > 0:
        out += f'<a href="{u(0)}">首页</a>&nbsp;<a href="{u(k - 1)}">上一页</a>&nbsp;'
    for i in range(count):
        out += f"<b>{i + 1}</b>&nbsp;" if i == k else f'<a href="{u(i)}">{i + 1}</a>&nbsp;'
    if k < count - 1:
        out += f'<a href="{u(k + 1)}">下一页</a>&nbsp;<a href="{u(count - 1)}">尾页</a>'
    return out


def body_html(paras, first_page, with_jammer):
    out = []
    for i, p in enumerate(paras):
        if with_jammer and i in (2, 5) and len(p) > 30:
            cut = len(p) // 2
            p = p[:cut] + JAMMER + p[cut:]
        out.append(f"<p>　　{p}</p>")
        if i == 3:
            out.append(
                '<div class="artad"><script type="text/javascript" src="/d/js/acmsd/thea5.js"></script>'
                '<a href="/zhuanti/jianghuagao/" target="_blank" style="color:#c00">【推荐】2024年最新领导讲话稿精选100篇，点击查看＞＞</a></div>'
            )
    return "\n".join(out)


def article(speech, aid, stamp, runs, k, hidden, prev, nxt):
    count = len(runs)
    url = url_of(speech, aid)
    intro = ""
    if k == 0:
        intro = f"<p>【导语】第一范文网为大家整理的《{speech.title}》，供大家参考，希望对大家有所帮助。更多讲话稿范文请关注本站。</p>\n"
    content = intro + body_html(runs[k], k == 0, hidden == 0)
    wall = ""
    if hidden:
        wall = f"""
<div class="vip_hide">
  <p class="hidetip">…………此处已隐藏{hidden}字，开通VIP会员后可阅读全文…………</p>
  <p><a href="/e/member/buygroup/" class="btn_vip">开通VIP　免费阅读全文</a>　<a href="/e/DownSys/DownSoft/?classid=12&amp;id={aid}&amp;pathid=0" class="btn_down">下载全文（Word版）</a></p>
</div>"""
    tail = ""
    if k == count - 1:
        tail = f'\n<p class="laiyuan">本文来源于第一范文网 http://{HOST}{url} ，转载请保留出处，谢谢！</p>'
    pager = f'\n<div class="epages">{empire_pager(url, count, k)}</div>' if count > 1 else ""
    page = (
        HEAD
        + """<div class="wrap main">
  <div class="left">
    <div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/jianghuagao/">讲话稿</a>&nbsp;>&nbsp;<a href="/jianghuagao/lingdaojianghua/">领导讲话</a></div>
    <div class="article">
      <h1>@@H1@@</h1>
      <div class="info">时间：@@STAMP@@　来源：第一范文网　作者：佚名　点击：<script src="/e/public/ViewClick/?classid=12&id=@@AID@@&addclick=1"></script>次</div>
      <div class="art_ad"><script type="text/javascript" src="/d/js/acmsd/thea3.js"></script></div>
      <div class="content" id="ArtContent">
@@CONTENT@@@@WALL@@@@TAIL@@
      </div>@@PAGER@@
      <div class="digg"><script type="text/javascript" src="/e/public/digg/?classid=12&id=@@AID@@"></script></div>
      <div class="prenext">
        <p>上一篇：@@PREV@@</p>
        <p>下一篇：@@NEXT@@</p>
      </div>
      <div class="xgtj">
        <h3>相关推荐</h3>
        <ul>
          <li><a href="/jianghuagao/lingdaojianghua/">2024年领导讲话稿范文</a></li>
          <li><a href="/fayangao/">表态发言稿大全</a></li>
          <li><a href="/zhuanti/jianghuagao/">讲话稿专题</a></li>
        </ul>
      </div>
      <div class="pl"><iframe src="/e/pl/more/?classid=12&id=@@AID@@&num=10" width="100%" height="220" frameborder="0" scrolling="no"></iframe></div>
    </div>
  </div>
  <div class="right">
    <div class="box"><h3>热门讲话稿</h3><ul>@@HOT@@</ul></div>
    <div class="box"><script type="text/javascript" src="/d/js/acmsd/thea7.js"></script></div>
  </div>
</div>
<script src="/e/public/onclick/?enews=donews&classid=12&id=@@AID@@"></script>
"""
        + FOOT
    )
    hot = "".join(f'<li><a href="{url_of(s, a)}">{s.title}</a></li>' for s, a, *_ in ARTICLES)
    return render(
        page,
        TITLE=f"{speech.title}_领导讲话_第一范文网",
        KEYWORDS=f"{speech.title},讲话稿",
        DESC=speech.paras[1][:60],
        H1=speech.title,
        STAMP=stamp,
        AID=aid,
        CONTENT=content,
        WALL=wall,
        TAIL=tail,
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
        HOT=hot,
    )


def listing(items, n, count, total):
    rows = "\n".join(
        f'    <li><span class="date">{s.date}</span><a href="{url_of(s, aid)}" target="_blank">{s.title}</a>'
        f"<p>{s.paras[1][:50]}…</p></li>"
        for s, aid, *_ in items
    )

    def u(i):
        return f"{CLS}index.html" if i == 1 else f"{CLS}index_{i}.html"

    pager = f'<a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;'
    for i in range(1, count + 1):
        pager += f"<b>{i}</b>&nbsp;" if i == n else f'<a href="{u(i)}">{i}</a>&nbsp;'
    if n < count:
        pager += f'<a href="{u(n + 1)}">下一页</a>&nbsp;<a href="{u(count)}">尾页</a>'
    page = (
        HEAD
        + """<div class="wrap main">
  <div class="left">
    <div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/jianghuagao/">讲话稿</a>&nbsp;>&nbsp;<a href="/jianghuagao/lingdaojianghua/">领导讲话</a></div>
    <ul class="list">
@@ROWS@@
    </ul>
    <div class="list_page">@@PAGER@@</div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page, TITLE="领导讲话_第一范文网", KEYWORDS="领导讲话", DESC="领导讲话稿范文", ROWS=rows, PAGER=pager
    )


def build() -> Family:
    fam = Family(
        HOST,
        "第一范文网-like 范文 site on Empire CMS 7.x (GBK; Total-record pager; jammer spans; VIP wall)",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
        site_note="header and meta say gb2312; bytes are GBK",
    )
    home_rows = "".join(f'<li><a href="{url_of(s, a)}">{s.title}</a></li>' for s, a, *_ in ARTICLES)
    fam.put(
        "/",
        render(
            HEAD
            + '<div class="wrap main"><div class="box"><h3><a href="/jianghuagao/lingdaojianghua/">领导讲话</a></h3><ul>@@ROWS@@</ul></div></div>\n'
            + FOOT,
            TITLE="第一范文网_免费范文大全",
            KEYWORDS="范文,讲话稿",
            DESC="第一范文网",
            ROWS=home_rows,
        ),
    )
    fam.put(f"{CLS}index.html", listing(ARTICLES[:2], 1, 2, 3))
    fam.put(f"{CLS}index_2.html", listing(ARTICLES[2:], 2, 2, 3))
    fam.not_documents += ["/", f"{CLS}", f"{CLS}index.html", f"{CLS}index_2.html"]
    for idx, (speech, aid, stamp, count, _visible, hidden) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        prev = (
            f"<a href='{url_of(ARTICLES[idx - 1][0], ARTICLES[idx - 1][1])}'>{ARTICLES[idx - 1][0].title}</a>"
            if idx
            else "没有了"
        )
        nxt = (
            f"<a href='{url_of(ARTICLES[idx + 1][0], ARTICLES[idx + 1][1])}'>{ARTICLES[idx + 1][0].title}</a>"
            if idx + 1 < len(ARTICLES)
            else "没有了"
        )
        pages = []
        for k in range(count):
            fam.put(url_of(speech, aid, k), article(speech, aid, stamp, runs, k, hidden, prev, nxt))
            pages.append(url_of(speech, aid, k))
        fam.doc(pages, speech, truncated=bool(hidden))
        fam.not_documents += pages[1:]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /e/\nDisallow: /d/\nDisallow: /skin/\n\nSitemap: http://www.yifanwen.test/sitemap.xml\n",
    )
    urls = ["/", f"{CLS}index.html"] + [url_of(s, a) for s, a, *_ in ARTICLES]
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{fam.url(u)}</loc><priority>0.8</priority></url>\n" for u in urls)
        + "</urlset>\n",
        encoding="utf-8",
    )
    fam.noise += [
        "第一范文网",
        "导语",
        "供大家参考",
        "本文来自第一范文网",
        "【推荐】",
        "精选100篇",
        "本文来源于",
        "转载请保留出处",
        "此处已隐藏",
        "开通VIP",
        "下载全文",
        "上一篇",
        "下一篇",
        "相关推荐",
        "热门讲话稿",
        "Total record",
        "尾页",
        "现在的位置",
        "湘ICP备10012345号-2",
    ]
    return fam
