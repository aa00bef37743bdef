"""A county government portal on 风讯 Foosun CMS (the .NET 1.x/2.x generation, the one whose
publisher writes static `.html` files): IIS sends the generated pages as bare `text/html`, the bytes
are GBK with a gb2312 meta. What the Foosun publisher leaves in the pages: `/configuration/js/jspublic.js`
and `prototype.js` in the head, the click counter filled by `pubajax('/configuration/system/click.aspx',…)`,
an article cut by the editor's `[FS:PAGE]` into `N.html` / `N_2.html`, with `{#PageStyleSolid}`
rendered by `GetPageLinkTextStr` in PageStyle 3 (`<div  class="foosun_pagebox" style="padding-top:15px;">`,
`foosun_pagebox_num` spans for the dead links, `<strong><span  class="foosun_pagebox_num_nonce">` for
the current page, relative file-name hrefs); column pages `index.html` / `index_2.html` through the
same pager. Around it a county template: 当前位置 crumb, 发布时间/来源/作者/浏览次数 line, 【字体：大 中 小】,
【打印本页】【关闭窗口】, 上一篇/下一篇, 相关信息, 网站标识码, 党政机关 logo, 纠错 script and ICP /
公安备案 lines."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fengxun-xian.gov.test"
SITE = "丰勋县人民政府"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="SiteName" content="丰勋县人民政府" />
<meta name="SiteDomain" content="www.fengxun-xian.gov.test" />
<meta name="SiteIDCode" content="4311260001" />
@@META@@<link href="/templets/fengxun/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/configuration/js/jspublic.js"></script>
<script language="javascript" type="text/javascript" src="/configuration/js/prototype.js"></script>
<script language="javascript" type="text/javascript" src="/templets/fengxun/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1000">
    <span class="fl">今天是：<script language="javascript" type="text/javascript">var today=new Date();var week=['日','一','二','三','四','五','六'];document.write(today.getFullYear()+'年'+(today.getMonth()+1)+'月'+today.getDate()+'日 星期'+week[today.getDay()]);</script></span>
    <span class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.fengxun-xian.gov.test');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.fengxun-xian.gov.test','丰勋县人民政府')">加入收藏</a> | <a href="/wza/">无障碍</a> | <a href="/user/login.aspx">会员登录</a></span>
  </div>
</div>
<div class="header w1000"><a href="/"><img src="/templets/fengxun/images/banner.jpg" width="1000" height="150" border="0" alt="丰勋县人民政府" /></a></div>
<div class="menu w1000">
  <ul>
    <li><a href="/">网站首页</a></li>
    <li><a href="/xwzx/zwyw/index.html">政务要闻</a></li>
    <li><a href="/xwzx/bmdt/index.html">部门动态</a></li>
    <li><a href="/xwzx/xzdt/index.html">乡镇动态</a></li>
    <li><a href="/zwgk/index.html">政务公开</a></li>
    <li><a href="/bsfw/index.html">办事服务</a></li>
    <li><a href="/hdjl/index.html">互动交流</a></li>
    <li><a href="/zjfx/index.html">走进丰勋</a></li>
  </ul>
</div>
<div class="searchbar w1000">
  <form name="search" method="get" action="/search/index.aspx" target="_blank">
  <span class="tip">站内搜索：</span><input name="tags" type="text" class="sinput" value="" /><select name="type"><option value="news">新闻</option></select><input type="submit" class="sbtn" value="搜索" />
  </form>
</div>
"""

FOOT = """<div class="footer w1000">
  <div class="flink"><a href="/about/index.html">网站简介</a> | <a href="/sitemap/index.html">网站地图</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/statement.html">免责声明</a></div>
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr>
      <td width="120" align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/18/000/0000/60472791/CA180000000604727910001.js' type='text/javascript'%3E%3C/script%3E"));</script></td>
      <td>
        <p>主办单位：丰勋县人民政府办公室　承办单位：丰勋县政务服务和大数据中心</p>
        <p>地址：丰勋县城关镇人民路88号　邮编：414500　联系电话：0730-5213046</p>
        <p>网站标识码：4311260001　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备09021357号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43062602000131" target="_blank"><img src="/templets/fengxun/images/ga.png" border="0" />湘公网安备 43062602000131号</a></p>
      </td>
      <td width="120" align="center"><script id="_jiucuo_" sitecode='4311260001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></td>
    </tr>
  </table>
</div>
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f6b1c9a2e8d47b05a1c6e2d9f0b7a43";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

COLUMN = "/xwzx/zwyw/"

# speech, news file name, folder (Foosun's {@year04}-{@month}/{@day} save path), 发布时间 as
# .NET prints DateTime.ToString() in zh-CN, 来源, 作者, parts
ARTICLES = [
    (SPEECHES["R29A1"], "20240312163518462", "2024-3/12", "2024-3-12 16:35:18", "县政府办公室", "刘志宏", 2),
    (SPEECHES["R29A2"], "20240221174203175", "2024-2/21", "2024-2-21 17:42:03", "县发改局", "周晓燕", 1),
]


def url_of(name, folder, k=0):
    return f"{COLUMN}{folder}/{name}" + ("" if k == 0 else f"_{k + 1}") + ".html"


def pagebox(name, count, cur):
    """GetPageLinkTextStr, PageStyle 3, as the Foosun publisher writes it (cur is 1-based)."""
    nums = ""
    for i in range(1, count + 1):
        if i == cur:
            nums += f'<strong><span  class="foosun_pagebox_num_nonce">{i}</span></strong>'
        elif i == 1:
            nums += f'<a href="{name}.html">{i}</a>'
        else:
            nums += f'<a href="{name}_{i}.html">{i}</a>'
    first = f"{name}.html"
    last = f"{name}_{count}.html"
    prev = first if cur <= 2 else f"{name}_{cur - 1}.html"
    nxt = f"{name}_{cur + 1}.html"
    head = '<div  class="foosun_pagebox" style="padding-top:15px;">'
    if cur <= 1:
        return head + '<span  class="foosun_pagebox_num">首页</span><span  class="foosun_pagebox_num">上一页</span>' + nums + f'<a  href="{nxt}" title="下一页">下一页</a><a  href="{last}" title="尾页">尾页</a></div>'
    if cur >= count:
        return head + f'<a href="{first}">首页</a><a href="{prev}">上一页</a>' + nums + '<span  class="foosun_pagebox_num">下一页</span><span  class="foosun_pagebox_num">尾页</span></div>'
    return head + f'<a href="{first}">首页</a><a href="{prev}">上一页</a>' + nums + f'<a  href="{nxt}" title="下一页">下一页</a><a  href="{last}" title="尾页">尾页</a></div>'


def article(idx, runs, k):
    speech, name, folder, stamp, source, author, count = ARTICLES[idx]
    # Word-pasted paragraphs, as county editors paste them into the Foosun editor
    content = "\r\n".join(
        f'<p style="text-indent:2em; line-height:2em; margin:0px;"><span style="font-family:仿宋_GB2312; font-size:16pt;">{p}</span></p>'
        for p in runs[k]
    )
    pager = pagebox(name, len(runs), k + 1) if len(runs) > 1 else ""
    other = ARTICLES[1 - idx]
    link = f'<a href="{url_of(other[1], other[2])}" title="{other[0].title}">{other[0].title}</a>'
    prev, nxt = ("上一篇：没有了", f"下一篇：{link}") if idx == 1 else (f"上一篇：{link}", "下一篇：没有了")
    related = "".join(
        f'<li><a href="{url_of(n, f)}" title="{s.title}" target="_blank">{s.title}</a><span>{st.split()[0]}</span></li>'
        for s, n, f, st, *_ in ARTICLES
    ) + '<li><a href="/xwzx/zwyw/2024-1/26/20240126101544319.html" title="县十八届人大三次会议胜利闭幕" target="_blank">县十八届人大三次会议胜利闭幕</a><span>2024-1-26</span></li>'
    nid = name[-9:]
    body = """<div class="w1000 clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/index.html">新闻中心</a> &gt;&gt; <a href="/xwzx/zwyw/index.html">政务要闻</a> &gt;&gt; 正文</div>
<div class="content_main">
  <div class="content_title"><h1>@@H1@@</h1></div>
  <div class="content_info">发布时间：@@STAMP@@　　来源：@@SOURCE@@　　作者：@@AUTHOR@@　　浏览次数：<span id="Click_@@NID@@"></span><script language="javascript" type="text/javascript">pubajax('/configuration/system/click.aspx','id=@@NID@@&ChID=0&tp=1','Click_@@NID@@');</script>　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
  <div class="content_body" id="zoom">
@@CONTENT@@
  </div>
  @@PAGER@@
  <div class="content_tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】【<a href="#top">返回顶部</a>】</div>
  <div class="content_share">分享到：<a href="javascript:void(0)" class="wx" title="分享到微信">微信</a> <a href="javascript:void(0)" class="wb" title="分享到新浪微博">新浪微博</a> <a href="javascript:void(0)" class="qz" title="分享到QQ空间">QQ空间</a></div>
  <div class="content_prenext">
    <p>@@PREV@@</p>
    <p>@@NEXT@@</p>
  </div>
  <div class="content_related">
    <div class="tit">相关信息</div>
    <ul>@@RELATED@@</ul>
  </div>
</div>
</div>
<script language="javascript" type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_政务要闻_{SITE}",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:70],
        META=f'<meta name="ArticleTitle" content="{speech.title}" />\n<meta name="PubDate" content="{stamp.split()[0]}" />\n<meta name="ContentSource" content="{source}" />\n',
        H1=speech.title,
        STAMP=stamp,
        SOURCE=source,
        AUTHOR=author,
        NID=nid,
        CONTENT=content,
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


FILLER = [
    ("2024-3/8", "20240308152011806", "县政府召开第二十八次常务会议", "2024-3-8"),
    ("2024-3/5", "20240305091733240", "我县召开2024年春耕生产工作推进会", "2024-3-5"),
    ("2024-2/29", "20240229164510527", "县领导督导检查重点项目建设", "2024-2-29"),
    ("2024-2/26", "20240226103249618", "全县2024年重点项目集中开工", "2024-2-26"),
    ("2024-2/19", "20240219154008731", "县政府党组召开专题会议研究部署当前重点工作", "2024-2-19"),
    ("2024-2/8", "20240208110356092", "县领导春节前走访慰问困难群众", "2024-2-8"),
]


def listing(n, count):
    if n == 1:
        rows = [(ARTICLES[0][2], ARTICLES[0][1], ARTICLES[0][0].title, ARTICLES[0][3].split()[0])] + FILLER[:4]
    else:
        rows = FILLER[4:5] + [(ARTICLES[1][2], ARTICLES[1][1], ARTICLES[1][0].title, ARTICLES[1][3].split()[0])] + FILLER[5:]
    items = "\n".join(
        f'<li><span class="date">{d}</span><a href="{url_of(name, folder)}" title="{t}" target="_blank">{t}</a></li>'
        for folder, name, t, d in rows
    )
    # the class pager is written from the same GetPageLinkTextStr, file names relative to the column folder
    pager = pagebox("index", count, n)
    body = """<div class="w1000 clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/index.html">新闻中心</a> &gt;&gt; 政务要闻</div>
<div class="list_left">
  <div class="lbox"><div class="tit">新闻中心</div><ul><li class="on"><a href="/xwzx/zwyw/index.html">政务要闻</a></li><li><a href="/xwzx/bmdt/index.html">部门动态</a></li><li><a href="/xwzx/xzdt/index.html">乡镇动态</a></li><li><a href="/xwzx/tzgg/index.html">通知公告</a></li></ul></div>
</div>
<div class="list_right">
  <div class="list_tit">政务要闻</div>
  <ul class="list_news">
@@ITEMS@@
  </ul>
  @@PAGER@@
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"政务要闻_{SITE}" + (f"_第{n}页" if n > 1 else ""),
        KEYWORDS="政务要闻",
        DESC=f"{SITE}政务要闻",
        META="",
        ITEMS=items,
        PAGER=pager,
    )


def home():
    s0 = ARTICLES[0]
    rows = [(s0[2], s0[1], s0[0].title, s0[3].split()[0])] + FILLER[:5]
    items = "\n".join(
        f'<li><a href="{url_of(name, folder)}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>'
        for folder, name, t, d in rows
    )
    body = """<div class="w1000 clearfix">
<div class="i_focus"><a href="@@U0@@" target="_blank"><img src="/UpLoadFiles/2024-3/12/2024312163012804.jpg" width="400" height="280" alt="@@T0@@" border="0" /></a><p><a href="@@U0@@" target="_blank">@@T0@@</a></p></div>
<div class="i_news">
  <div class="tit"><span class="more"><a href="/xwzx/zwyw/index.html">更多&gt;&gt;</a></span>政务要闻</div>
  <ul>
@@ITEMS@@
  </ul>
</div>
<div class="i_right">
  <div class="tit">县长信箱</div>
  <p><a href="/hdjl/xzxx/index.html"><img src="/templets/fengxun/images/xzxx.jpg" alt="县长信箱" border="0" /></a></p>
  <div class="tit">通知公告</div>
  <ul><li><a href="/xwzx/tzgg/index.html">关于2024年清明节放假的通知</a></li></ul>
</div>
</div>
<div class="w1000 i_zwgk">
  <div class="tit">政务公开</div>
  <ul><li><a href="/zwgk/index.html">政府信息公开指南</a></li><li><a href="/zwgk/index.html">政府信息公开年报</a></li><li><a href="/zwgk/index.html">财政预决算</a></li></ul>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=SITE,
        KEYWORDS="丰勋县,丰勋县人民政府,政务公开",
        DESC="丰勋县人民政府门户网站",
        META="",
        U0=url_of(s0[1], s0[2]),
        T0=s0[0].title,
        ITEMS=items,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "county government portal on 风讯 Foosun CMS (.NET, static .html, GBK, [FS:PAGE] split with the foosun_pagebox pager)",
        encoding="gbk",
        content_type="text/html",
        site_note="IIS serves the generated .html files as bare `text/html`; the meta says gb2312, the bytes are GBK",
    )
    for idx, (speech, name, folder, stamp, source, author, count) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(name, folder, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(COLUMN + "index.html", listing(1, 2))
    fam.put(COLUMN + "index_2.html", listing(2, 2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /manage/\nDisallow: /configuration/\nDisallow: /user/\n")
    fam.not_documents += ["/", COLUMN + "index.html", COLUMN + "index_2.html"]
    fam.noise += [
        "当前位置",
        "发布时间",
        "浏览次数",
        "字体：",
        "打印本页",
        "关闭窗口",
        "返回顶部",
        "分享到",
        "上一篇",
        "下一篇",
        "没有了",
        "相关信息",
        "首页",
        "尾页",
        "县十八届人大三次会议胜利闭幕",
        "网站标识码",
        "湘ICP备09021357号",
        "主办单位",
    ]
    return fam
