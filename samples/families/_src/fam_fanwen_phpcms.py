"""A 范文 site on PHPCMS v9 (范文先生网-like) whose server lies about the charset: the header says
`text/html; charset=utf-8` (a server default), the meta tag says gb2312, the bytes are GBK. The
article `#Article` (h1 with the date/来源/点击 line inside it), `本文已影响N人` above the text,
`div.content` with a poster `<script>` ad slot between paragraphs, anti-copy jammers inside
paragraphs (`<font style="display:none">` on one speech, a `<span class="jammer">` hidden by the
stylesheet on the other), 【下载本文】 and 相关推荐 boxes inside `div.content` after the text; one
speech cut into `ID.html`, `ID_2.html`, `ID_3.html` with PHPCMS's `#pages` pager inside a
`div.pagebreak`; 相关热词搜索, 上一篇/下一篇; list pages `/fayangao/` → `/fayangao/2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fanwen-xiansheng.test"
FONT_JAMMER = '<font style="display:none">范文先生网收集整理</font>'
CLASS_JAMMER = '<span class="jammer">fwxs.test原创范文</span>'

ARTICLES = [
    # speech, category dir, category name, id, time, pages, hits, jammer
    (SPEECHES["FW1"], "jianghuagao", "讲话稿", 3651, "08:15:32", 3, 3271, CLASS_JAMMER),
    (SPEECHES["FW2"], "fayangao", "发言稿", 3422, "16:40:07", 1, 1588, FONT_JAMMER),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<style type="text/css">.jammer{display:none}</style>
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
    <div class="content">
        <div id="announ"><ul><li><a href="/index.php?m=announce&c=index&a=show&aid=3">范文先生网会员下载说明</a></li></ul></div>
        <div class="login lh24 blue"><a href="/index.php?m=member&c=index&a=login" target="_blank">登录</a><span> | </span><a href="/index.php?m=member&c=index&a=register&siteid=1" target="_blank">注册</a></div>
    </div>
</div>
<div class="header">
    <div class="logo"><a href="/"><img src="/statics/images/v9/logo.png" alt="范文先生网" /></a></div>
    <div class="search"><form action="/index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="text" name="q" id="q"/><input type="submit" value="搜 索" class="button" /></form></div>
    <div class="bk3"></div>
    <div class="nav-bar"><map><ul class="nav-site">
        <li><a href="/"><span>首页</span></a></li><li class="line">|</li>
        <li><a href="/jianghuagao/"><span>讲话稿</span></a></li><li class="line">|</li>
        <li><a href="/fayangao/"><span>发言稿</span></a></li><li class="line">|</li>
        <li><a href="/zongjie/"><span>工作总结</span></a></li><li class="line">|</li>
        <li><a href="/xindetihui/"><span>心得体会</span></a></li>
    </ul></map></div>
</div>
"""

FOOT = """<div class="footer">
<p class="info"><a href="/about/">关于我们</a> | <a href="/about/contactus.html">联系方式</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9</em> &copy; 2009-2024 范文先生网 www.fanwen-xiansheng.test 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鲁ICP备12004567号-1</a></p>
</div>
<script type="text/javascript">
var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1000123456'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s5.cnzz.com/stat.php%3Fid%3D1000123456' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""


def url_of(a, k=0):
    speech, cat, _name, aid, *_ = a
    day = speech.date.replace("-", "")
    return f"/{cat}/{day}/{aid}{'' if k == 0 else f'_{k + 1}'}.html"


def pages_div(a, k, count):
    def u(i):
        return url_of(a, i)

    out = f'<a class="a1" href="{u(max(k - 1, 0))}">上一页</a> '
    for i in range(count):
        out += f"<span>{i + 1}</span> " if i == k else f'<a href="{u(i)}">{i + 1}</a> '
    out += f'<a class="a1" href="{u(min(k + 1, count - 1))}">下一页</a>'
    return f'<div class="pagebreak"><div id="pages" class="text-c">{out}</div></div>'


def body(a, run, k, count):
    jammer = a[7]
    out = []
    for i, para in enumerate(run):
        if k == 0 and i in (2, 4) and len(para) > 40:
            cut = para.index("，") + 1 if "，" in para[:60] else len(para) // 2
            para = para[:cut] + jammer + para[cut:]
        out.append(f"<p>　　{para}</p>")
        if i == 1:
            out.append(
                '<div class="ad_con"><script type="text/javascript" src="/caches/poster_js/12.js"></script>'
                '<script type="text/javascript">fwxs_ad("content_mid");</script></div>'
            )
    if k == count - 1:
        speech = a[0]
        out.append(
            f"""<div class="downword"><a href="/index.php?m=content&amp;c=down&amp;a=init&amp;catid=12&amp;id={a[3]}" target="_blank" rel="nofollow">【下载本文】</a>　本文格式为Word文档，下载后可直接编辑使用</div>
<div class="xgtj"><h3>相关推荐</h3><ul>
<li><a href="/jianghuagao/20240830/3640.html" target="_blank">2024年秋季开学典礼校长讲话稿（精选10篇）</a></li>
<li><a href="/fayangao/20240110/3411.html" target="_blank">民主生活会个人表态发言范文</a></li>
<li><a href="{url_of(a)}" target="_blank">{speech.title}</a></li>
</ul></div>"""
        )
    return "\n".join(out)


def article(a, runs, k, prev, nxt):
    speech, cat, name, aid, hms, count, hits, _jammer = a
    page = (
        HEAD
        + """<div class="main">
  <div class="col-left">
    <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/@@CAT@@/">@@CATNAME@@</a> &gt;  正文</div>
    <div id="Article">
      <h1>@@H1@@<br />
<span>@@DATE@@ @@HMS@@&nbsp;&nbsp;&nbsp;来源：范文先生网&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击:<span id="hits"></span></span></h1>
      <div class="fwxs_hits">本文已影响<strong>@@HITS@@</strong>人</div>
      <div class="content">
@@BODY@@
      </div>
@@PAGES@@
      <p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag=@@CATNAME@@" class="blue">@@CATNAME@@</a></p>
      <p class="f14"><strong>上一篇：</strong>@@PREV@@<br /><strong>下一篇：</strong>@@NEXT@@</p>
      <div class="bk15"></div>
      <div id="comment_iframe"><iframe src="/index.php?m=comment&amp;c=index&amp;a=init&amp;commentid=content_12-@@AID@@-1&amp;iframe=1" width="100%" height="100%" id="comment_iframe_frame" frameborder="0" scrolling="no"></iframe></div>
    </div>
  </div>
  <div class="col-auto">
    <div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg"><li><a href="/jianghuagao/20240830/3640.html" target="_blank">2024年秋季开学典礼校长讲话稿（精选10篇）</a></li></ul></div>
    <div class="box"><script language="javascript" src="/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=7"></script></div>
  </div>
</div>
<script language="JavaScript" src="/api.php?op=count&amp;id=@@AID@@&amp;modelid=1"></script>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}_{name}_范文先生网",
        KEYWORDS=f"{speech.title},{name}",
        DESC=speech.paras[1][:70],
        CAT=cat,
        CATNAME=name,
        H1=speech.title,
        DATE=speech.date,
        HMS=hms,
        HITS=hits,
        BODY=body(a, runs[k], k, count),
        PAGES=pages_div(a, k, count) if count > 1 else "",
        PREV=prev,
        NEXT=nxt,
        AID=aid,
    )


def listing(title, cat, rows, n, count, total):
    def u(i):
        return f"/{cat}/" if i == 1 else f"/{cat}/{i}.html"

    pager = f'<a class="a1">{total}条</a> <a href="{u(max(n - 1, 1))}" class="a1">上一页</a> '
    for i in range(1, count + 1):
        pager += f"<span>{i}</span> " if i == n else f'<a href="{u(i)}">{i}</a> '
    pager += f'<a href="{u(min(n + 1, count))}" class="a1">下一页</a>'
    page = (
        HEAD
        + """<div class="main">
  <div class="col-left">
    <div class="crumbs"><a href="/">首页</a><span> &gt; </span>@@H@@</div>
    <div class="box"><ul class="list lh24 f14">
@@ROWS@@
    </ul>
    <div id="pages" class="text-c">@@PAGER@@</div></div>
  </div>
</div>
"""
        + FOOT
    )
    return render(page, TITLE=f"{title}_范文先生网", KEYWORDS=title, DESC=title, H=title, ROWS=rows, PAGER=pager)


def row(a):
    return f'<li><span class="rt">{a[0].date}</span>·<a href="{url_of(a)}" target="_blank">{a[0].title}</a></li>'


OTHER_ROWS = {
    "jianghuagao": '<li><span class="rt">2024-08-30</span>·<a href="/jianghuagao/20240830/3640.html" target="_blank">2024年秋季开学典礼校长讲话稿（精选10篇）</a></li>',
    "fayangao": '<li><span class="rt">2024-01-20</span>·<a href="/fayangao/20240120/3430.html" target="_blank">新任职干部集体谈话会表态发言</a></li>',
}


def build() -> Family:
    fam = Family(
        HOST,
        "范文 site on PHPCMS v9 with a charset lie (header utf-8, meta gb2312, GBK bytes): jammers, ad script, 【下载本文】, 3-page speech",
        encoding="gbk",
        content_type="text/html; charset=utf-8",
        site_note="the header says utf-8 (server default); the meta tag says gb2312; the bytes are GBK",
    )
    fam.check_ignore.append(CLASS_JAMMER.replace('<span class="jammer">', "").replace("</span>", ""))
    for idx, a in enumerate(ARTICLES):
        count = a[5]
        runs = split_paras(a[0].paras, count) if count > 1 else [a[0].paras]
        other = ARTICLES[1 - idx]
        prev = f'<a href="{url_of(other)}">{other[0].title}</a>' if idx else "没有了"
        nxt = f'<a href="{url_of(other)}">{other[0].title}</a>' if not idx else "没有了"
        pages = [url_of(a, k) for k in range(count)]
        for k, path in enumerate(pages):
            fam.put(path, article(a, runs, k, prev, nxt))
        fam.doc(pages, a[0])
        fam.not_documents += pages[1:]
    fw1, fw2 = ARTICLES
    fam.put("/jianghuagao/", listing("讲话稿", "jianghuagao", row(fw1) + "\n" + OTHER_ROWS["jianghuagao"], 1, 1, 2))
    fam.put("/fayangao/", listing("发言稿", "fayangao", OTHER_ROWS["fayangao"], 1, 2, 2))
    fam.put("/fayangao/2.html", listing("发言稿", "fayangao", row(fw2), 2, 2, 2))
    home = (
        HEAD
        + """<div class="main">
  <div class="col-left"><div class="box"><h5 class="title-2"><a href="/jianghuagao/">讲话稿</a></h5><ul class="content">@@ROWS@@</ul></div>
  <div class="box"><h5 class="title-2"><a href="/fayangao/">发言稿</a></h5><ul class="content">@@OTHER@@</ul></div></div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            TITLE="范文先生网_免费范文大全_写作参考",
            KEYWORDS="范文,讲话稿,发言稿",
            DESC="范文先生网提供各类范文",
            ROWS=row(fw1),
            OTHER=OTHER_ROWS["fayangao"],
        ),
    )
    fam.not_documents += ["/", "/jianghuagao/", "/fayangao/", "/fayangao/2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index.php\nDisallow: /api.php\nDisallow: /caches/\nDisallow: /statics/\n")
    fam.noise += [
        "范文先生网",
        "收集整理",
        "fwxs.test原创范文",
        "本文已影响",
        "【下载本文】",
        "本文格式为Word文档",
        "相关推荐",
        "精选10篇",
        "民主生活会个人表态发言范文",
        "相关热词搜索",
        "上一篇",
        "下一篇",
        "频道总排行",
        "来源：范文先生网",
        "评论：",
        "点击:",
        "上一页",
        "下一页",
        "鲁ICP备12004567号-1",
        "Powered by",
    ]
    return fam
