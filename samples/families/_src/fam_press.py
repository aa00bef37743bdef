"""A city newspaper group's news site on Founder 翔宇 CMS (node_N.htm listings, content_N.htm articles,
<founder-content>, displaypagenum pager) carrying speeches as press copy: 本报讯 preamble, （完） closing
mark, 【责任编辑】 line, and a 通稿 ending with the issuing office and date line."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qhnews.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="contentid" content="@@CID@@" />
<meta name="publishdate" content="@@DATE@@" />
<link href="/resource/css/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/resource/js/jquery.js"></script>
</head>
<body>
<div class="topnav"><div class="w1000"><a href="/">青禾新闻网首页</a> | <a href="http://epaper.qhnews.test/">青禾日报数字报</a> | <a href="http://m.qhnews.test/">手机版</a> | <a href="/node_1001.htm">本地</a> | <a href="/node_1234.htm">时政</a> | <a href="/node_1235.htm">新闻发布</a></div></div>
<div class="banner w1000"><a href="/"><img src="/resource/images/logo.png" alt="青禾新闻网" /></a><div class="bannerad"><a href="/zt/yingshang/"><img src="/resource/images/ad_yingshang.jpg" alt="优化营商环境 我们在行动" /></a></div></div>
"""

FOOT = """<div class="footer w1000">
<p><a href="/node_2001.htm">关于我们</a> | <a href="/node_2002.htm">广告刊例</a> | <a href="/node_2003.htm">版权声明</a> | <a href="/node_2004.htm">联系我们</a></p>
<p>青禾日报社主办　青禾新闻网版权所有　互联网新闻信息服务许可证：66120170001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">青ICP备08002345号</a>　违法和不良信息举报电话：0971-12345678</p>
</div>
<script type="text/javascript" src="/resource/js/count.js"></script>
<script language="javascript" src="http://count.qhnews.test/cnt.php?cid=@@CID@@&amp;nid=1234"></script>
</body>
</html>
"""

ARTICLES = [
    # speech, id, node, time, source line, author, preamble, closing lines, pages
    (
        SPEECHES["R1"],
        "4312876",
        ("1234", "时政"),
        "07:30",
        "青禾日报",
        "记者 张蕾",
        "本报讯（记者 张蕾 通讯员 刘洋）2月19日，全市招商引资大会召开。市长李明出席会议并讲话。现将讲话全文刊发如下。",
        ["【责任编辑：赵敏】"],
        2,
    ),
    (
        SPEECHES["R2"],
        "4335120",
        ("1235", "新闻发布"),
        "16:20",
        "青禾市人民政府新闻办公室",
        "",
        "青禾新闻网讯 3月22日，全市河湖长制工作会议召开，市委书记、市总河湖长王建国出席会议并讲话。以下为讲话全文：",
        ["（完）", "青禾市人民政府新闻办公室", "2024年3月22日"],
        1,
    ),
]


def page_url(aid, date, k=0):
    return f"/content/{date[:7]}/{date[8:]}/content_{aid}{'' if k == 0 else f'_{k + 1}'}.htm"


def article(a, runs, k):
    speech, aid, (node, node_name), hhmm, source, author, preamble, closing, count = a
    lines = []
    if k == 0:
        lines.append(preamble)
    lines += runs[k]
    if k == count - 1:
        lines += closing
    body = "\n".join(
        f'<p style="text-align: right;">{t}</p>' if t in closing[1:] else f"<p>　　{t}</p>" for t in lines
    )
    pager = ""
    if count > 1:
        cells = " ".join(
            f'<span class="page-Article">{i + 1}</span>'
            if i == k
            else f'<a href="content_{aid}{"" if i == 0 else f"_{i + 1}"}.htm" class="page-Article">{i + 1}</a>'
            for i in range(count)
        )
        if k < count - 1:
            cells += f' <a href="content_{aid}_{k + 2}.htm" class="page-Article">下一页</a>'
        pager = f'\n<div id="displaypagenum"><center> {cells} </center></div>'
    info_author = f"　作者：{author}" if author else ""
    page = (
        HEAD
        + """<div class="w1000 position">您的位置：<a href="/">首页</a> &gt; <a href="/node_@@NODE@@.htm">@@NODENAME@@</a> &gt; 正文</div>
<div class="w1000 main">
<div class="main_left">
<div class="content_title"><h1>@@H1@@</h1></div>
<div class="content_info"><span>@@DATE@@ @@HHMM@@</span>　来源：@@SOURCE@@@@AUTHOR@@　<span class="fontsize">[ 字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a> ]</span></div>
<div class="content" id="ozoom">
<!--enpcontent--><founder-content>
@@BODY@@
</founder-content><!--/enpcontent-->
</div>@@PAGER@@
<div class="content_share">分享到：<a href="javascript:;" class="share_wx">微信</a> <a href="javascript:;" class="share_wb">微博</a> <a href="javascript:;" class="share_qq">QQ空间</a></div>
<div class="content_related"><h3>相关新闻</h3><ul><li><a href="/node_1234.htm">更多时政新闻</a></li></ul></div>
</div>
<div class="main_right"><div class="rbox"><h3>热点推荐</h3><ul><li><a href="/zt/yingshang/">优化营商环境专题</a></li></ul></div></div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}_{node_name}_青禾新闻网",
        KEYWORDS="讲话",
        DESC=speech.paras[1][:60],
        CID=aid,
        DATE=speech.date,
        NODE=node,
        NODENAME=node_name,
        H1=speech.title,
        HHMM=hhmm,
        SOURCE=source,
        AUTHOR=info_author,
        BODY=body,
        PAGER=pager,
    )


def node_page(node, name, items, n, count):
    rows = "\n".join(
        f'<li><a href="{page_url(a[1], a[0].date)}" target="_blank">{a[0].title}</a><span>{a[0].date}</span></li>'
        for a in items
    )
    nav = " ".join(
        f"<span>{i}</span>" if i == n else f'<a href="node_{node}{"" if i == 1 else f"_{i}"}.htm">{i}</a>'
        for i in range(1, count + 1)
    )
    if n < count:
        nav += f' <a href="node_{node}_{n + 1}.htm">下一页</a>'
    page = (
        HEAD
        + """<div class="w1000 position">您的位置：<a href="/">首页</a> &gt; @@NAME@@</div>
<div class="w1000 list"><ul class="news_list">
@@ROWS@@
</ul><div class="pages">@@NAV@@</div></div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{name}_青禾新闻网",
        KEYWORDS=name,
        DESC=name,
        CID="0",
        DATE="",
        NAME=name,
        ROWS=rows,
        NAV=nav,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Founder 翔宇 CMS newspaper site with press copy: 本报讯 preamble, （完）, 【责任编辑】, issuing office and date line",
    )
    home_rows = "".join(f'<li><a href="{page_url(a[1], a[0].date)}">{a[0].title}</a></li>' for a in ARTICLES)
    fam.put(
        "/",
        render(
            HEAD
            + '<div class="w1000 index"><div class="box"><h3><a href="/node_1234.htm">时政</a> <a href="/node_1235.htm">新闻发布</a></h3><ul>@@ROWS@@</ul></div></div>\n'
            + FOOT,
            TITLE="青禾新闻网",
            KEYWORDS="青禾新闻",
            DESC="青禾新闻网",
            CID="0",
            DATE="",
            ROWS=home_rows,
        ),
    )
    # 时政 lists the speech first on page 2 (newer items on page 1 are not speeches and not on this host)
    fam.put(
        "/node_1234.htm",
        node_page("1234", "时政", [], 1, 2).replace(
            '<ul class="news_list">\n',
            '<ul class="news_list">\n<li><a href="/node_1001.htm">本地新闻</a><span>2024-02-20</span></li>',
        ),
    )
    fam.put("/node_1234_2.htm", node_page("1234", "时政", ARTICLES[:1], 2, 2))
    fam.put("/node_1235.htm", node_page("1235", "新闻发布", ARTICLES[1:], 1, 1))
    fam.not_documents += ["/", "/node_1234.htm", "/node_1234_2.htm", "/node_1235.htm"]
    for a in ARTICLES:
        speech, aid, *_rest, count = a
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            fam.put(page_url(aid, speech.date, k), article(a, runs, k))
            pages.append(page_url(aid, speech.date, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /resource/\nDisallow: /cgi-bin/\n\nSitemap: http://www.qhnews.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(page_url(a[1], a[0].date))}</loc><lastmod>{a[0].date}</lastmod></url>\n"
            for a in ARTICLES
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "本报讯",
        "记者 张蕾",
        "刊发如下",
        "青禾新闻网讯",
        "以下为讲话全文",
        "出席会议并讲话",
        "（完）",
        "【责任编辑：赵敏】",
        "青禾市人民政府新闻办公室",
        "2024年3月22日",
        "您的位置",
        "字体：",
        "分享到",
        "相关新闻",
        "热点推荐",
        "下一页",
        "青ICP备08002345号",
    ]
    return fam
