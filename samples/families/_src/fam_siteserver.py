"""A county education bureau site on SiteServer CMS (.NET, IIS): static pages written by its
generator, articles `/contents/12/345.html` (a long one cut by the editor's page break into
`345_2.html` by `stl:pageContents`), channel listings `/channels/12.html`, `/channels/12_2.html`
with `stl:pageItems`, commented-out `stl:` tags left in the templates, the content-hits script,
发布时间/来源/点击 line, 技术支持 and ICP footer. IIS sends `text/html` without a charset."""

from common import SPEECHES, Family, render, split_paras

HOST = "jyj.heshui-siteserver.gov.test"
SITE = "河水县教育局"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="河水县教育局,河水教育,河水县教育信息网" />
<meta name="description" content="@@DESC@@" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<link href="/css/inner.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.1.js"></script>
</head>
<body>
<!-- 头部开始 -->
<div class="top">
  <div class="wrap">
    <span class="fl">欢迎访问河水县教育信息网！今天是：<script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
    <span class="fr"><a href="javascript:void(0);" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0);" onclick="AddFavorite(window.location,document.title)">加入收藏</a></span>
  </div>
</div>
<div class="header">
  <div class="wrap"><a href="/index.html" class="logo"><img src="/images/logo.png" alt="河水县教育信息网" /></a>
    <div class="search"><form action="/utils/search.html" method="get" target="_blank"><input type="text" name="word" class="s_text" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="submit" class="s_btn" value="搜索" /></form></div>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/index.html">网站首页</a></li>
    <li><a href="/channels/10.html">教育动态</a></li>
    <li><a href="/channels/12.html">领导讲话</a></li>
    <li><a href="/channels/14.html">通知公告</a></li>
    <li><a href="/channels/16.html">政策法规</a></li>
    <!--<stl:channel channelIndex="招生考试" type="title"></stl:channel>-->
    <li><a href="/channels/18.html">招生考试</a></li>
    <li><a href="/channels/20.html">党建工作</a></li>
  </ul>
</div>
<!-- 头部结束 -->
"""

FOOT = """<!-- 底部开始 -->
<div class="footer">
  <div class="wrap">
    <div class="flink"><select onchange="if(this.value!='')window.open(this.value);"><option value="">---- 友情链接 ----</option><option value="http://www.moe.gov.cn/">中华人民共和国教育部</option><option value="http://www.hsx.gov.test/">河水县人民政府</option></select></div>
    <p>主办单位：河水县教育局　地址：河水县城关镇文昌路36号　邮编：735300　电话：0937-6621235</p>
    <p>版权所有：河水县教育局　技术支持：<a href="http://www.siteserver.cn/" target="_blank">SiteServer CMS</a>　承建单位：河水县融媒体中心</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">陇ICP备12003456号-1</a>　<img src="/images/gongan.png" /> 陇公网安备 62092102000123号　网站标识码：6209210012</p>
    <!--<stl:include file="/include/tongji.html"></stl:include>-->
  </div>
</div>
<!-- 底部结束 -->
<script type="text/javascript" src="/js/common.js"></script>
</body>
</html>
"""

SIDE = """  <div class="side fl">
    <div class="side_tit">领导讲话</div>
    <ul class="side_menu">
      <li class="on"><a href="/channels/12.html">领导讲话</a></li>
      <li><a href="/channels/10.html">教育动态</a></li>
      <li><a href="/channels/14.html">通知公告</a></li>
    </ul>
    <!--<stl:contents channelIndex="通知公告" totalNum="6" order="AddDate"><stl:a target="_blank"></stl:a></stl:contents>-->
  </div>
"""

# (speech, channel, content id, source, pages)
ARTICLES = [
    (SPEECHES["SSC1"], 12, 345, "局办公室", 2),
    (SPEECHES["SSC2"], 12, 388, "县教育局", 1),
]

# items the editors linked to other sites (SiteServer's 外部链接 on a content): off this host
EXTERNAL = [
    ("【转载】全省教育工作会议召开", "http://jyt.longxi.gov.test/contents/3/10231.html", "2024-02-06"),
    ("【转载】市委书记在全市教育大会上的讲话摘要", "http://www.dingyang.gov.test/art/2023/9/11/art_5_8812.html", "2023-09-11"),
]


def content_pager(cur, count, cid, ch):
    """What `stl:pageItems` prints under `stl:pageContents`: 首页 上一页 [1] [2] 下一页 末页."""
    def href(i):
        return f"/contents/{ch}/{cid}.html" if i == 0 else f"/contents/{ch}/{cid}_{i + 1}.html"

    items = []
    items.append("首页" if cur == 0 else f'<a href="{href(0)}">首页</a>')
    items.append("上一页" if cur == 0 else f'<a href="{href(cur - 1)}">上一页</a>')
    for i in range(count):
        items.append(f'<span class="current">[{i + 1}]</span>' if i == cur else f'<a href="{href(i)}">[{i + 1}]</a>')
    items.append("下一页" if cur == count - 1 else f'<a href="{href(cur + 1)}">下一页</a>')
    items.append("末页" if cur == count - 1 else f'<a href="{href(count - 1)}">末页</a>')
    return '<div class="pagelist" style="text-align:center;">' + "&nbsp;".join(items) + "</div>"


def para(p):
    if p.startswith(("一、", "二、", "三、", "四、")):
        return f'<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 黑体, SimHei; font-size: 16px;">{p}</span></strong></p>'
    return f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">{p}</span></p>'


def article(a, runs, k):
    speech, ch, cid, source, count = a
    body = "\n".join(para(p) for p in runs[k])
    pager = content_pager(k, count, cid, ch) if count > 1 else ""
    others = [o for o in ARTICLES if o is not a]
    o = others[0]
    older = o[0].date < speech.date
    prev = f'<a href="/contents/{o[1]}/{o[2]}.html">{o[0].title}</a>' if older else "没有了"
    nxt = f'<a href="/contents/{o[1]}/{o[2]}.html">{o[0].title}</a>' if not older else "没有了"
    page = (
        HEAD
        + """<div class="wrap inner clearfix">
@@SIDE@@  <div class="main fr">
    <div class="location">当前位置：<a href="/index.html">首页</a> &gt; <a href="/channels/12.html">领导讲话</a> &gt; 正文</div>
    <div class="article">
      <h1 class="art_tit">@@H1@@</h1>
      <div class="art_info">发布时间：@@DATE@@ @@TIME@@　来源：@@SOURCE@@　点击：<span id="hits_@@CID@@"><script type="text/javascript" src="/api/sys/stl/actions/add_content_hits?siteId=1&amp;channelId=@@CH@@&amp;contentId=@@CID@@"></script></span>次　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
      <div class="art_con" id="zoom">
@@BODY@@
      </div>
      @@PAGER@@
      <!--<stl:contentAttribute type="Author"></stl:contentAttribute>-->
      <div class="art_btn"><a href="javascript:window.print();">【打印本页】</a>　<a href="javascript:window.close();">【关闭窗口】</a></div>
      <div class="art_page">
        <p>上一篇：@@PREV@@</p>
        <p>下一篇：@@NEXT@@</p>
      </div>
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}_领导讲话_河水县教育信息网",
        DESC=speech.paras[1][:70],
        SIDE=SIDE,
        H1=speech.title,
        DATE=speech.date,
        TIME="09:30:12" if cid == 345 else "16:05:47",
        SOURCE=source,
        CH=ch,
        CID=cid,
        BODY=body,
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
    )


def listing(items, cur, count):
    rows = []
    for title, href, date in items:
        target = ' target="_blank"' if href.startswith("http") else ""
        rows.append(f'<li><span>{date}</span><a href="{href}"{target} title="{title}">{title}</a></li>')

    def href(i):
        return "/channels/12.html" if i == 0 else f"/channels/12_{i + 1}.html"

    pager = [
        "首页" if cur == 0 else f'<a href="{href(0)}">首页</a>',
        "上一页" if cur == 0 else f'<a href="{href(cur - 1)}">上一页</a>',
        "下一页" if cur == count - 1 else f'<a href="{href(cur + 1)}">下一页</a>',
        "末页" if cur == count - 1 else f'<a href="{href(count - 1)}">末页</a>',
    ]
    page = (
        HEAD
        + """<div class="wrap inner clearfix">
@@SIDE@@  <div class="main fr">
    <div class="location">当前位置：<a href="/index.html">首页</a> &gt; 领导讲话</div>
    <div class="list_tit"><h3>领导讲话</h3></div>
    <ul class="list">
@@ROWS@@
    </ul>
    <div class="pages">@@PAGER@@&nbsp;&nbsp;共@@TOTAL@@条记录&nbsp;页次：@@CURN@@/@@COUNT@@页&nbsp;<select onchange="window.location=this.value;">@@OPTS@@</select></div>
  </div>
</div>
"""
        + FOOT
    )
    opts = "".join(
        f'<option value="{href(i)}"{" selected" if i == cur else ""}>第{i + 1}页</option>' for i in range(count)
    )
    return render(
        page,
        TITLE="领导讲话_河水县教育信息网",
        DESC="领导讲话",
        SIDE=SIDE,
        ROWS="\n".join(rows),
        PAGER="&nbsp;|&nbsp;".join(pager),
        TOTAL=4,
        CURN=cur + 1,
        COUNT=count,
        OPTS=opts,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "SiteServer CMS county education bureau site (contents/channels static pages, stl:pageContents pager)",
        content_type="text/html",
    )
    link = {a[2]: f"/contents/{a[1]}/{a[2]}.html" for a in ARTICLES}
    s1, s2 = ARTICLES[0][0], ARTICLES[1][0]
    page1 = [(s2.title, link[388], s2.date), EXTERNAL[0]]
    page2 = [(s1.title, link[345], s1.date), EXTERNAL[1]]
    fam.put("/channels/12.html", listing(page1, 0, 2))
    fam.put("/channels/12_2.html", listing(page2, 1, 2))
    home = render(
        HEAD
        + """<div class="wrap index clearfix">
  <div class="focus fl"><!--<stl:focusViewer channelIndex="图片新闻" isTopText="true"></stl:focusViewer>--><img src="/upload/images/2024/8/a1b2c3d4e5f60718.jpg" width="480" height="320" alt="" /></div>
  <div class="ldjh fr">
    <div class="tit"><h3>领导讲话</h3><a href="/channels/12.html" class="more">更多&gt;&gt;</a></div>
    <ul>
@@ROWS@@
    </ul>
  </div>
  <div class="tzgg fr">
    <div class="tit"><h3>通知公告</h3><a href="/channels/14.html" class="more">更多&gt;&gt;</a></div>
    <ul><li>暂无信息</li></ul>
  </div>
</div>
"""
        + FOOT,
        TITLE="河水县教育信息网",
        DESC="河水县教育局官方网站",
        ROWS="\n".join(
            f'<li><span>{d[5:]}</span><a href="{h}" target="_blank" title="{t}">{t}</a></li>'
            for t, h, d in [page1[0], page2[0], EXTERNAL[0]]
        ),
    )
    fam.put("/", home)
    fam.put("/index.html", home)
    fam.not_documents += ["/", "/index.html", "/channels/12.html", "/channels/12_2.html"]
    for a in ARTICLES:
        speech, ch, cid, _src, count = a
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            path = f"/contents/{ch}/{cid}{'' if k == 0 else f'_{k + 1}'}.html"
            fam.put(path, article(a, runs, k))
            pages.append(path)
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /SiteServer/\nDisallow: /SiteFiles/\nDisallow: /api/\n")
    fam.noise += [
        "当前位置",
        "发布时间",
        "来源：",
        "点击：",
        "字体：",
        "打印本页",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "下一页",
        "末页",
        "技术支持",
        "陇ICP备12003456号-1",
        "版权所有",
        "主办单位",
        "欢迎访问河水县教育信息网",
    ]
    return fam
