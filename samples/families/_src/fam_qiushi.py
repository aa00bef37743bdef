"""A theory journal's site (qstheory.cn-like, Xinhua CMS): issue tables of contents, c_NNN.htm articles."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qiushi-journal.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="apple-mobile-web-app-capable" content="yes">
<link rel="stylesheet" href="/static/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/detail.css?v=20230915">
<script src="/static/js/jquery.min.js"></script>
<!--[if lt IE 9]><script src="/static/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<div class="container-fluid topbar">
  <div class="container">
    <a href="/" class="logo"><img src="/static/images/qs_logo.png" alt="求是网"></a>
    <ul class="nav-top">
      <li><a href="/">首页</a></li>
      <li><a href="/dukan/qs/index.htm">求是杂志</a></li>
      <li><a href="/qszq/index.htm">求是专区</a></li>
      <li><a href="/llwx/index.htm">理论文选</a></li>
      <li><a href="/zhuanqu/index.htm">专题</a></li>
      <li><a href="/v9zhuanqu/index.htm">视频</a></li>
    </ul>
    <form class="search" action="http://so.qiushi-journal.test/search" method="get"><input name="keyword" placeholder="请输入关键词"><button>搜索</button></form>
  </div>
</div>
"""

FOOT = """<div class="container-fluid footer">
  <div class="container">
    <p><a href="/gywm/index.htm">关于我们</a> | <a href="/lxwm/index.htm">联系我们</a> | <a href="/bqsm/index.htm">版权声明</a> | <a href="/tgyx/index.htm">投稿邮箱</a></p>
    <p>求是杂志社主办　版权所有　未经许可不得复制</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备14000123号-1</a>　<img src="/static/images/ga.png">京公网安备 11010202007654号</p>
  </div>
</div>
<div class="fixed-right"><a href="javascript:;" class="to-top">返回顶部</a><div class="code"><img src="/static/images/qs_app.png"><p>求是网客户端</p></div></div>
<script src="/static/js/detail.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8b7ab3ce4e4a9a05d8d3c7e72eb9d3ef";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTICLES = [
    # speech, issue path, doc id, issue label, author, pages, editor
    (SPEECHES["T1"], "/dukan/qs/2024-03/01/", "c_1130080045", "2024/05", "刘志远", 2, "王晓峰"),
    (SPEECHES["T2"], "/dukan/qs/2024-05/01/", "c_1130116302", "2024/09", "陈建华", 1, "孙昊"),
]
ISSUES = {
    "2024/05": ("/dukan/qs/2024-03/01/", "c_1130080000"),
    "2024/09": ("/dukan/qs/2024-05/01/", "c_1130116200"),
}


def article(speech, folder, docid, issue, author, editor, runs, k):
    count = len(runs)
    paras = "\n".join(f"<p>　　{p}</p>" for p in runs[k])
    pager = ""
    if count > 1:
        links = "&nbsp;".join(
            f'<a href="{docid}{"" if i == 0 else f"_{i + 1}"}.htm" class="page-Article">{i + 1}</a>'
            for i in range(count)
        )
        if k < count - 1:
            links += f'&nbsp;<a href="{docid}_{k + 2}.htm" class="nextpage">下一页</a>'
        pager = f'\n<div id="div_currpage">{links}</div>'
    page = (
        HEAD
        + """<div class="container">
  <div class="row">
    <div class="col-sm-12 col-md-8 col-md-offset-2">
      <div class="inner">
        <div class="crumbs"><a href="/">首页</a> &gt; <a href="/dukan/qs/index.htm">求是杂志</a> &gt; <a href="@@ISSUE_TOC@@">@@ISSUE@@</a></div>
        <div class="headtitle"><h1>@@H1@@</h1></div>
        <div class="metadata">
          <span class="appellation">来源：《求是》@@ISSUE@@</span>
          <span class="appellation">作者：@@AUTHOR@@</span>
          <span class="pubtime">@@DATE@@ 08:00:00</span>
        </div>
        <div class="fs-text">字号：<a href="javascript:;" class="fs-big">大</a><a href="javascript:;" class="fs-middle">中</a><a href="javascript:;" class="fs-small">小</a>　<a href="javascript:window.print();" class="print">打印</a>　<span class="share">分享：<a class="wechat" href="javascript:;">微信</a><a class="weibo" href="javascript:;">微博</a></span></div>
        <div class="highlight">
@@PARAS@@
        </div>@@PAGER@@
        <div class="text-right">责任编辑：@@EDITOR@@</div>
        <div class="xzts">
          <p><strong>下载提示：</strong>本期《求是》杂志电子版可在“求是网”客户端下载，扫描右侧二维码即可安装客户端。</p>
          <p>温馨提示：本刊所有文章版权归求是杂志社所有，转载请注明来源“求是网”。</p>
        </div>
        <div class="related">
          <h4>相关文章</h4>
          <ul>
            <li><a href="/dukan/qs/2024-03/01/c_1130080000.htm">《求是》2024年第5期目录</a></li>
            <li><a href="/dukan/qs/2024-05/01/c_1130116200.htm">《求是》2024年第9期目录</a></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title} - 求是网",
        KEYWORDS="讲话,求是",
        DESC=speech.paras[0][:60],
        ISSUE_TOC=ISSUES[issue][0] + ISSUES[issue][1] + ".htm",
        ISSUE=issue,
        H1=speech.title,
        AUTHOR=author,
        DATE=speech.date,
        PARAS=paras,
        PAGER=pager,
        EDITOR=editor,
    )


def toc(issue):
    folder, _ = ISSUES[issue]
    rows = "\n".join(
        f'          <li><a href="{f}{d}.htm" target="_blank">{s.title}</a><span class="author">{a}</span></li>'
        for s, f, d, i, a, *_ in ARTICLES
        if i == issue
    )
    y, n = issue.split("/")
    page = (
        HEAD
        + """<div class="container">
  <div class="inner">
    <div class="crumbs"><a href="/">首页</a> &gt; <a href="/dukan/qs/index.htm">求是杂志</a></div>
    <div class="headtitle"><h1>《求是》@@Y@@年第@@N@@期</h1></div>
    <div class="qs-cover"><img src="@@FOLDER@@cover.jpg" alt="封面"></div>
    <div class="highlight toc">
        <ul>
@@ROWS@@
        </ul>
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"《求是》{y}年第{int(n)}期 - 求是网",
        KEYWORDS="求是",
        DESC="求是杂志目录",
        Y=y,
        N=int(n),
        FOLDER=folder,
        ROWS=rows,
    )


def archive_page():
    rows = "\n".join(
        f'      <li><a href="{f}{d}.htm">《求是》{i.split("/")[0]}年第{int(i.split("/")[1])}期</a></li>'
        for i, (f, d) in sorted(ISSUES.items(), reverse=True)
    )
    page = (
        HEAD
        + """<div class="container"><div class="inner">
  <div class="headtitle"><h1>求是杂志　往期回顾</h1></div>
  <ul class="qs-issues">
@@ROWS@@
  </ul>
</div></div>
"""
        + FOOT
    )
    return render(page, TITLE="求是杂志 - 求是网", KEYWORDS="求是", DESC="往期回顾", ROWS=rows)


def home():
    latest = "\n".join(f'      <li><a href="{f}{d}.htm">{s.title}</a></li>' for s, f, d, *_ in ARTICLES)
    page = (
        HEAD
        + """<div class="container index">
  <div class="qs-latest">
    <h3><a href="/dukan/qs/index.htm">最新一期《求是》</a></h3>
    <ul>
@@LATEST@@
    </ul>
  </div>
</div>
"""
        + FOOT
    )
    return render(page, TITLE="求是网", KEYWORDS="求是网,求是杂志", DESC="求是网", LATEST=latest)


def build() -> Family:
    fam = Family(
        HOST,
        "qstheory.cn-like theory journal on a Xinhua-style CMS (c_NNN.htm, div_currpage pager, 字号 and 下载提示)",
    )
    fam.put("/", home())
    fam.put("/dukan/qs/index.htm", archive_page())
    fam.not_documents += ["/", "/dukan/qs/index.htm"]
    for issue, (folder, docid) in ISSUES.items():
        fam.put(f"{folder}{docid}.htm", toc(issue))
        fam.not_documents.append(f"{folder}{docid}.htm")
    for speech, folder, docid, issue, author, count, editor in ARTICLES:
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            path = f"{folder}{docid}{'' if k == 0 else f'_{k + 1}'}.htm"
            fam.put(path, article(speech, folder, docid, issue, author, editor, runs, k))
            pages.append(path)
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: http://www.qiushi-journal.test/sitemap.xml\n")
    urls = (
        ["/", "/dukan/qs/index.htm"]
        + [f + d + ".htm" for f, d in ISSUES.values()]
        + [a[1] + a[2] + ".htm" for a in ARTICLES]
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{fam.url(u)}</loc><changefreq>weekly</changefreq></url>\n" for u in urls)
        + "</urlset>\n",
    )
    fam.noise += [
        "来源：《求是》",
        "作者：",
        "刘志远",
        "字号：",
        "打印",
        "分享：",
        "下载提示",
        "温馨提示",
        "版权归求是杂志社所有",
        "责任编辑",
        "王晓峰",
        "相关文章",
        "下一页",
        "京ICP备14000123号-1",
        "返回顶部",
    ]
    return fam
