"""A district government portal rebuilt as a Vue single-page app (集约化平台 style): the home page and
column pages are empty shells (<div id="app">) filled by script from a JSON API, so no page links to
an article; the articles are static pages generated for search engines and listed only in the
sitemap that robots.txt names. Articles open with the 政府信息公开 metadata table (索引号, 发布机构,
名称 repeating the title) and end with 附件 and 扫一扫 boxes."""

from common import SPEECHES, Family, render

HOST = "www.xinhe.gov.test"

ARTICLES = [
    (SPEECHES["V1"], "1229", "3345678", "11660105MB1C23456X/2024-00187", "新河区人民政府办公室"),
    (SPEECHES["V2"], "1229", "3339012", "11660105MB1C23456X/2024-00142", "新河区政务服务管理办公室"),
]

SHELL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="新河区人民政府">
<meta name="SiteDomain" content="www.xinhe.gov.test">
<meta name="SiteIDCode" content="6601050001">
@@COLMETA@@
<title>@@TITLE@@</title>
<link rel="icon" href="/favicon.ico">
<link href="/static/css/chunk-vendors.3f9a1c2e.css" rel="stylesheet">
<link href="/static/css/app.8b7d6e5f.css" rel="stylesheet">
</head>
<body>
<noscript><strong>很抱歉，新河区人民政府网站需要启用JavaScript才能正常浏览，请在浏览器设置中启用JavaScript后刷新页面。</strong></noscript>
<div id="app"@@DATA@@></div>
<script src="/static/js/chunk-vendors.9c8b7a6d.js"></script>
<script src="/static/js/app.2e4f6a8c.js"></script>
<script id="_jiucuo_" sitecode="6601050001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
</body>
</html>
"""

ARTICLE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="新河区人民政府">
<meta name="SiteDomain" content="www.xinhe.gov.test">
<meta name="SiteIDCode" content="6601050001">
<meta name="ColumnName" content="领导讲话">
<meta name="ColumnType" content="领导讲话">
<meta name="ArticleTitle" content="@@TITLE@@">
<meta name="PubDate" content="@@DATE@@ 10:00">
<meta name="ContentSource" content="@@ORG@@">
<title>@@TITLE@@_领导讲话_新河区人民政府</title>
<link href="/static/css/detail.6a5b4c3d.css" rel="stylesheet">
</head>
<body>
<div class="gov-header"><div class="w1200"><a href="/" class="gov-logo"><img src="/static/img/logo.png" alt="新河区人民政府"></a><div class="gov-nav"><a href="/">首页</a><a href="/col/col1228/index.html">政务公开</a><a href="/col/col1229/index.html">领导讲话</a><a href="/col/col1230/index.html">政务服务</a></div></div></div>
<div class="w1200 crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1228/index.html">政务公开</a> &gt; <a href="/col/col1229/index.html">领导讲话</a></div>
<div class="w1200 xxgk_detail">
  <table class="xxgk_table" cellspacing="0" cellpadding="0">
    <tr><td class="t">索引号：</td><td>@@INDEX@@</td><td class="t">分类：</td><td>领导讲话</td></tr>
    <tr><td class="t">发布机构：</td><td>@@ORG@@</td><td class="t">发文日期：</td><td>@@DATE@@</td></tr>
    <tr><td class="t">名称：</td><td colspan="3">@@TITLE@@</td></tr>
    <tr><td class="t">文号：</td><td></td><td class="t">主题词：</td><td>讲话</td></tr>
  </table>
  <h1 class="detail_title">@@TITLE@@</h1>
  <div class="detail_info">发布日期：@@DATE@@　浏览次数：<span id="viewCount"></span>　<span class="zh">字号：[<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>]</span></div>
  <div class="detail_content" id="zoom">
@@PARAS@@
  </div>
  <div class="detail_fj"><span>附件：</span>无</div>
  <div class="detail_tools"><div class="ewm"><img src="/static/img/qr_@@ID@@.png"><p>扫一扫在手机上查看当前页面</p></div><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="gov-footer"><div class="w1200"><p>主办单位：新河区人民政府办公室　网站标识码：6601050001</p><p><a href="https://beian.miit.gov.cn/">青ICP备10004567号-1</a>　青公网安备 66010502000789号</p></div></div>
<script src="/static/js/detail.1f2e3d4c.js"></script>
</body>
</html>
"""


def art_path(a):
    speech, col, aid, *_ = a
    y, m, d = speech.date.split("-")
    return f"/art/{y}/{int(m)}/{int(d)}/art_{col}_{aid}.html"


def build() -> Family:
    fam = Family(
        HOST,
        "Vue single-page government portal: empty app shells, articles only in the sitemap robots.txt names; 政府信息公开 metadata table",
    )
    fam.put("/", render(SHELL, TITLE="新河区人民政府", COLMETA="", DATA=""))
    fam.put(
        "/col/col1229/index.html",
        render(
            SHELL,
            TITLE="领导讲话_新河区人民政府",
            COLMETA='<meta name="ColumnName" content="领导讲话">',
            DATA=' data-column="1229" data-api="/api/column/articles"',
        ),
    )
    fam.not_documents += ["/", "/col/col1229/index.html"]
    for a in ARTICLES:
        speech, col, aid, index_no, org = a
        paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in speech.paras)
        fam.put(
            art_path(a),
            render(
                ARTICLE, TITLE=speech.title, DATE=speech.date, ORG=org, INDEX=index_no, PARAS=paras, ID=aid
            ),
        )
        fam.doc([art_path(a)], speech, found_by="sitemap")
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /api/\nDisallow: /static/\n\nSitemap: http://www.xinhe.gov.test/sitemap_index.xml\n",
    )
    fam.put(
        "/sitemap_index.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        "<sitemap><loc>http://www.xinhe.gov.test/sitemap/col1229.xml</loc><lastmod>2024-05-20</lastmod></sitemap>\n"
        "</sitemapindex>\n",
    )
    fam.put(
        "/sitemap/col1229.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(art_path(a))}</loc><lastmod>{a[0].date}</lastmod><changefreq>monthly</changefreq></url>\n"
            for a in ARTICLES
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "索引号",
        "11660105MB1C23456X",
        "发布机构",
        "发文日期",
        "名称：",
        "主题词",
        "您当前的位置",
        "字号：",
        "附件：",
        "扫一扫在手机上查看当前页面",
        "打印本页",
        "网站标识码",
        "青ICP备10004567号-1",
    ]
    fam.note = (
        "no page links to an article: discovery only through robots.txt Sitemap: → sitemap index → sitemap"
    )
    return fam
