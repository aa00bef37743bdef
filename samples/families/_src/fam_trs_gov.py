"""A provincial government portal on TRS WCM, with the older inline pager (a document.write loop)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qinghe.gov.test"
SITE = "青禾省人民政府"


def trs_pager(base: str, ext: str, count: int, current: int) -> str:
    # TRS WCM's classic pager template, as generated into each page (`countPage` from `${PAGE_COUNT}`).
    return (
        '<SCRIPT LANGUAGE="JavaScript">\n<!--\n'
        f"var currentPage = {current};//所在页从0开始\n"
        "var prevPage = currentPage-1//上一页\n"
        "var nextPage = currentPage+1//下一页\n"
        f"var countPage = {count}//共多少页\n"
        "//设置上一页代码\n"
        "if(countPage>1&&currentPage!=0&&currentPage!=1)\n"
        f'\tdocument.write("<a href=\\""+"{base}"+"_" + prevPage + "."+"{ext}\\">上一页</a>&nbsp;");\n'
        "else if(countPage>1&&currentPage!=0&&currentPage==1)\n"
        f'\tdocument.write("<a href=\\"{base}.{ext}\\">上一页</a>&nbsp;");\n'
        "else\n"
        '\tdocument.write("上一页&nbsp;");\n'
        "//循环\n"
        "var num = 5;\n"
        "for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){\n"
        "\tif(countPage >1){\n"
        "\tif(currentPage==i)\n"
        '\t\tdocument.write("<span style=\\"color:#FF0000;\\">"+(i+1)+"</span>&nbsp;");\n'
        "\telse if(i==0)\n"
        f'\t\tdocument.write("<a href=\\"{base}.{ext}\\">"+(i+1)+"</a>&nbsp;");\n'
        "\telse\n"
        f'\t\tdocument.write("<a href=\\""+"{base}"+"_" + i + "."+"{ext}\\">"+(i+1)+"</a>&nbsp;");\n'
        "\t}\n"
        "}\n"
        "//设置下一页代码\n"
        "if(countPage>1&&currentPage!=(countPage-1))\n"
        f'\tdocument.write("<a href=\\""+"{base}"+"_" + nextPage + "."+"{ext}\\">下一页</a>&nbsp;");\n'
        "else\n"
        '\tdocument.write("下一页&nbsp;");\n'
        "//-->\n</SCRIPT>"
    )


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
@@META@@
<link href="@@ROOT@@images/common.css" rel="stylesheet" type="text/css" />
<link href="@@ROOT@@images/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="@@ROOT@@images/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="@@ROOT@@images/common.js"></script>
</head>
<body>
<div class="top_bar">
  <div class="w1200">
    <span class="fl">今天是：<script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
    <span class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0);" onclick="oldMode()">长者模式</a> | <a href="http://m.qinghe.gov.test/">手机版</a> | <a href="@@ROOT@@english/">English</a> | <a href="javascript:void(0);" onclick="AddFavorite()">加入收藏</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="@@ROOT@@"><img src="@@ROOT@@images/logo.png" alt="青禾省人民政府" /></a></div>
    <div class="search">
      <form name="searchform" action="http://search.qinghe.gov.test/was5/web/search" method="get" target="_blank">
        <input type="hidden" name="channelid" value="283547" />
        <input type="text" name="searchword" class="inp" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" />
        <input type="submit" class="btn" value="搜索" />
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="@@ROOT@@">首页</a></li>
    <li><a href="@@ROOT@@zwgk/">政务公开</a></li>
    <li><a href="http://zwfw.qinghe.gov.test/">政务服务</a></li>
    <li><a href="@@ROOT@@hdjl/">互动交流</a></li>
    <li><a href="@@ROOT@@zjqh/">走进青禾</a></li>
    <li><a href="@@ROOT@@zwgk/ldjh/">领导讲话</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="foot_link"><a href="@@ROOT@@wzdt/">网站地图</a> | <a href="@@ROOT@@lxwm/">联系我们</a> | <a href="@@ROOT@@wzsm/">网站声明</a> | <a href="@@ROOT@@hdjl/">我要纠错</a></div>
    <div class="foot_l"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60428011/CA330000000604280110001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="foot_c">
      <p>主办：青禾省人民政府办公厅　承办：青禾省大数据发展管理局　版权所有：青禾省人民政府</p>
      <p>网站标识码：6600000001　<a href="https://beian.miit.gov.cn/" target="_blank">青ICP备05001234号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=66010202000123" target="_blank"><img src="@@ROOT@@images/ga.png" />青公网安备 66010202000123号</a></p>
      <p>建议使用1366*768分辨率 IE9以上版本浏览器</p>
    </div>
    <div class="foot_r"><script id="_jiucuo_" sitecode='6600000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
  </div>
</div>
<script type="text/javascript" src="https://ta.trs.cn/c/js/ta.js?mpid=2671" charset="utf-8" id="trs_ta_js" async="async" defer="defer"></script>
<script type="text/javascript" src="@@ROOT@@images/aria.js?appid=2c8d7a4e" charset="utf-8"></script>
</body>
</html>
"""

ARTICLES = [
    # (speech, yyyymm, docid, pages, source)
    (SPEECHES["G1"], "202403", "t20240312_4410235", 3, "省政府办公厅", "18:30"),
    (SPEECHES["G2"], "202404", "t20240402_4421876", 1, "省政府办公厅", "09:15"),
    (SPEECHES["G3"], "202401", "t20240118_4389012", 1, "省应急管理厅", "16:40"),
]


def para_html(text: str) -> str:
    if len(text) < 40 and text[:2] in {"一、", "二、", "三、", "四、"}:
        return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'
    return f'<p style="text-indent: 2em;">{text}</p>'


def article_page(fam, speech, yyyymm, docid, count, current, runs, source, hhmm, others):
    root = "../../../"
    title = speech.title
    body = "\n".join(para_html(p) for p in runs[current])
    editor = ""
    if current == count - 1 and speech.key == "G2":
        editor = '\n<p style="text-align: right;">（责任编辑：陈晓）</p>'
    pager = ""
    if count > 1:
        pager = f'<div class="page" style="text-align:center;margin-top:20px;">\n{trs_pager(docid, "html", count, current)}\n</div>'
    meta = (
        f'<meta name="SiteName" content="{SITE}" />\n<meta name="SiteDomain" content="www.qinghe.gov.test" />\n'
        '<meta name="SiteIDCode" content="6600000001" />\n<meta name="ColumnName" content="领导讲话" />\n'
        '<meta name="ColumnType" content="领导讲话" />\n'
        f'<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{speech.date} {hhmm}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="讲话" />\n'
        f'<meta name="Description" content="{speech.paras[1][:60]}" />'
    )
    related = "\n".join(
        f'      <li><a href="../{ym}/{d}.html" target="_blank">{s.title}</a></li>' for s, ym, d, *_ in others
    )
    page = (
        HEAD
        + """<div class="w1200 position">
  <span>当前位置：</span><a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" title="领导讲话" class="CurrChnlCls">领导讲话</a>
</div>
<div class="w1200 article_box">
  <div class="article_title">
    <h1>@@TITLE_H@@</h1>
    <div class="article_info">
      <span>发布时间：@@DATE@@ @@HHMM@@</span>
      <span>来源：@@SOURCE@@</span>
      <span class="font">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span class="ewm">扫一扫在手机打开当前页<div class="ewm_img"><img src="@@ROOT@@images/ewm.png" /></div></span>
    </div>
  </div>
  <div class="article_con" id="zoom">
<!--<$[信息内容]>begin--><div class="view TRS_UEDITOR trs_paper_default trs_web"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
<div class="TRS_Editor">@@BODY@@@@EDITOR@@</div></div><!--<$[信息内容]>end-->
  </div>
@@PAGER@@
  <div class="article_fj">
  </div>
  <div class="article_bottom">
    <div class="share">
      <div class="bdsharebuttonbox"><span class="fx">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
    </div>
    <div class="print"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
  <div class="xglj">
    <div class="xglj_tit">相关链接</div>
    <ul>
@@RELATED@@
    </ul>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{title}_领导讲话_{SITE}",
        META=meta,
        ROOT=root,
        TITLE_H=title,
        DATE=speech.date,
        HHMM=hhmm,
        SOURCE=source,
        BODY=body,
        EDITOR=editor,
        PAGER=pager,
        RELATED=related,
    )


def listing_page(items, current, count):
    root = "../../"
    rows = "\n".join(
        f'<li><a href="./{ym}/{d}.html" target="_blank" title="{s.title}">{s.title}</a><span>{s.date}</span></li>'
        for s, ym, d, *_ in items
    )
    page = (
        HEAD
        + """<div class="w1200 position">
  <span>当前位置：</span><a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="./" title="领导讲话" class="CurrChnlCls">领导讲话</a>
</div>
<div class="w1200 list_box">
  <div class="list_left">
    <div class="lm_tit">政务公开</div>
    <ul class="lm_list">
      <li><a href="../zcwj/">政策文件</a></li>
      <li class="on"><a href="./">领导讲话</a></li>
      <li><a href="../ghjh/">规划计划</a></li>
      <li><a href="../tjxx/">统计信息</a></li>
    </ul>
  </div>
  <div class="list_right">
    <div class="list_tit"><span>领导讲话</span></div>
    <ul class="list_ul">
@@ROWS@@
    </ul>
    <div class="page">
@@PAGER@@
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"领导讲话_{SITE}",
        META=f'<meta name="SiteName" content="{SITE}" />\n<meta name="ColumnName" content="领导讲话" />',
        ROOT=root,
        ROWS=rows,
        PAGER=trs_pager("index", "htm", count, current),
    )


def home_page():
    root = "./"
    items = "\n".join(
        f'        <li><a href="./zwgk/ldjh/{ym}/{d}.html" target="_blank" title="{s.title}">{s.title}</a><span>{s.date[5:]}</span></li>'
        for s, ym, d, *_ in sorted(ARTICLES, key=lambda a: a[0].date, reverse=True)[:2]
    )
    page = (
        HEAD
        + """<div class="w1200 index_top">
  <div class="focus">
    <div class="focus_pic"><a href="./zwgk/ldjh/"><img src="./images/banner_2024.jpg" alt="" /></a></div>
  </div>
  <div class="index_news">
    <div class="tab_tit"><span class="on">青禾要闻</span><span>领导讲话</span><span>通知公告</span></div>
    <div class="tab_con">
      <ul class="news_list">
@@ITEMS@@
      </ul>
      <a class="more" href="./zwgk/ldjh/">更多&gt;&gt;</a>
    </div>
  </div>
</div>
<div class="w1200 index_zt">
  <a href="http://www.gov.cn/" target="_blank"><img src="./images/zt_gov.jpg" alt="中国政府网" /></a>
  <a href="./hdjl/"><img src="./images/zt_hdjl.jpg" alt="我为政府网站找错" /></a>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=SITE,
        META=f'<meta name="SiteName" content="{SITE}" />\n<meta name="SiteDomain" content="www.qinghe.gov.test" />\n<meta name="SiteIDCode" content="6600000001" />',
        ROOT=root,
        ITEMS=items,
    )


def build() -> Family:
    fam = Family(HOST, "TRS WCM 政府门户 (older inline document.write pager over countPage/currentPage)")
    fam.put("/", home_page())
    fam.put("/index.html", home_page())
    by_date = sorted(ARTICLES, key=lambda a: a[0].date, reverse=True)
    fam.put("/zwgk/ldjh/index.htm", listing_page(by_date[:2], 0, 2))
    fam.put("/zwgk/ldjh/index.html", listing_page(by_date[:2], 0, 2))
    fam.put("/zwgk/ldjh/index_1.htm", listing_page(by_date[2:], 1, 2))
    fam.not_documents += ["/", "/zwgk/ldjh/", "/zwgk/ldjh/index.htm", "/zwgk/ldjh/index_1.htm"]
    for speech, ym, docid, count, source, hhmm in ARTICLES:
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        # 相关链接 is hand-picked: the older G3 is reached only through the listing's script pager
        others = [a for a in ARTICLES if a[0] is not speech and a[0].key != "G3"]
        pages = []
        for current in range(count):
            name = f"/zwgk/ldjh/{ym}/{docid}" + (f"_{current}" if current else "") + ".html"
            fam.put(name, article_page(fam, speech, ym, docid, count, current, runs, source, hhmm, others))
            pages.append(name)
        fam.doc(pages, speech, found_by="script pager" if speech.key == "G3" else "links", pages_found_by="script pager")
        fam.not_documents += pages[1:]
    urls = ["/", "/zwgk/ldjh/"] + [f"/zwgk/ldjh/{ym}/{d}.html" for _, ym, d, *_ in ARTICLES]
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /cms/\nDisallow: /was5/\nDisallow: /search/\n\nSitemap: http://www.qinghe.gov.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"  <url><loc>{fam.url(u)}</loc></url>\n" for u in urls)
        + "</urlset>\n",
    )
    fam.noise += [
        "当前位置",
        "【字体：",
        "扫一扫在手机打开当前页",
        "打印本页",
        "关闭窗口",
        "分享到",
        "相关链接",
        "责任编辑",
        "陈晓",
        "网站标识码",
        "青ICP备05001234号",
        "青公网安备",
        "上一页",
        "下一页",
        "来源：",
        "无障碍浏览",
    ]
    return fam
