"""中国科协 (cast.org.cn)-like 领导讲话 pages, the site's 2022 redesign on a 站群 CMS with GUID article
names: `/xw/LDJH/art/2024/art_<32 hex>.html` under a column `/xw/LDJH/index.html` (list page 2 at
`index_1.html`); 政府网站-style meta tags, a header with the 中国科协 logo, 无障碍 / 长者模式 / English /
移动版 links and search, nav 首页 / 关于科协 / 新闻资讯 / 科协工作 / 学会服务 / 科学普及 / 信息公开 / 互动交流;
`crumbs` 当前位置; `detail-title` h1, `detail-info` 发布时间 / 来源 / 作者 / 字号 大 中 小 / 【打印】【关闭】;
the text in `div.detail-content#zoom` between `<!--ZJEG_RSS.content.begin--><meta name="ContentStart">`
and end markers with the speaker and date line `（…　2024年9月20日）` centred before it and
`（责任编辑：…）` after; 分享到 微信 / 微博 / QQ 空间 with 扫一扫; 上一篇 / 下一篇; 相关新闻; right column
科协要闻 / 热点专题; footer with 科协系统 / 全国学会 / 地方科协 select menus, 主办 / 承办, ICP, 公安备案,
网站标识码 and the 科协 WeChat / 科普中国 QR codes. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.zhongguo-kexie-like.test"
COL = "/xw/LDJH/"

# speech, art id, headline, 来源, speaker line, editor, 作者
ARTICLES = [
    (SPEECHES["f44a-5"], "art_5c0e8a2f7d4b4f3a9e61c2d8b7a41f90", "在2024年全国科普日活动启动仪式上的致辞", "中国科协科普部", "中国科协党组书记、常务副主席、书记处第一书记　何建华", "李　想"),
    (SPEECHES["f44a-6"], "art_a93d17b0c6e24e88b1f5d02e4c7a6b35", "在全国学会秘书长工作交流会上的讲话", "中国科协学会服务中心", "中国科协党组成员、书记处书记　周立群", "王　晨"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="SiteName" content="中国科学技术协会">
<meta name="SiteDomain" content="www.cast.org.cn">
<meta name="SiteIDCode" content="bm61000001">
@@META@@
<link rel="stylesheet" href="/images/css/common.css">
<link rel="stylesheet" href="/images/css/@@CSS@@.css">
<script src="/images/js/jquery.min.js"></script>
<script src="/images/js/common.js"></script>
</head>
<body>
<div class="header">
  <div class="top">
    <div class="wrap clearfix">
      <div class="top-l">您好，欢迎访问中国科学技术协会网站！</div>
      <div class="top-r"><a href="javascript:void(0);" id="cniil_wza">无障碍</a><span>|</span><a href="javascript:void(0);" class="zzms">长者模式</a><span>|</span><a href="http://english.cast.org.cn/" target="_blank">English</a><span>|</span><a href="/m/index.html" target="_blank">移动版</a></div>
    </div>
  </div>
  <div class="head wrap clearfix">
    <div class="logo"><a href="/index.html"><img src="/images/img/logo.png" alt="中国科学技术协会 China Association for Science and Technology"></a></div>
    <div class="search">
      <form action="/jsearchfront/search.do" method="get" target="_blank">
        <input type="hidden" name="websiteid" value="100000000000000">
        <input type="text" name="q" class="search-input" placeholder="请输入关键字">
        <button type="submit" class="search-btn">搜索</button>
      </form>
    </div>
  </div>
  <div class="nav">
    <ul class="wrap clearfix">
      <li><a href="/index.html">首页</a></li>
      <li><a href="/gywm/index.html">关于科协</a></li>
      <li class="on"><a href="/xw/index.html">新闻资讯</a></li>
      <li><a href="/kxgz/index.html">科协工作</a></li>
      <li><a href="/xhfw/index.html">学会服务</a></li>
      <li><a href="/kxpj/index.html">科学普及</a></li>
      <li><a href="/xxgk/index.html">信息公开</a></li>
      <li><a href="/hdjl/index.html">互动交流</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="footer-link wrap clearfix">
    <select onchange="if(this.value)window.open(this.value);"><option value="">科协系统</option><option value="http://www.crsp.org.cn/">中国科普研究所</option><option value="http://www.cdstm.cn/">中国科技馆</option><option value="http://www.kepuchina.cn/">科普中国</option></select>
    <select onchange="if(this.value)window.open(this.value);"><option value="">全国学会</option><option value="http://www.chemsoc.org.cn/">中国化学会</option><option value="http://www.cmes.org/">中国机械工程学会</option></select>
    <select onchange="if(this.value)window.open(this.value);"><option value="">地方科协</option><option value="http://www.bast.net.cn/">北京市科协</option><option value="http://www.sast.gov.cn/">上海市科协</option></select>
  </div>
  <div class="footer-main wrap clearfix">
    <div class="footer-l"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1A2B3C4D5E6F" target="_blank"><img src="/images/img/dzjg.png" alt="党政机关"></a></span></div>
    <div class="footer-c">
      <p><a href="/gywm/wzdt/index.html">网站地图</a> | <a href="/gywm/lxwm/index.html">联系我们</a> | <a href="/gywm/wzsm/index.html">网站声明</a></p>
      <p>主办：中国科学技术协会　承办：中国科协信息中心　地址：北京市海淀区复兴路3号　邮编：100863</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05012345号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345" target="_blank">京公网安备 11010802012345号</a>　网站标识码：bm61000001</p>
    </div>
    <div class="footer-r">
      <div class="ewm"><img src="/images/img/ewm-kx.jpg" alt=""><p>中国科协微信</p></div>
      <div class="ewm"><img src="/images/img/ewm-kpzg.jpg" alt=""><p>科普中国</p></div>
    </div>
  </div>
</div>
<script id="_jiucuo_" sitecode="bm61000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
<script src="/images/js/cniil_wza.js?v=2"></script>
</body>
</html>
"""

CRUMB = """<div class="crumbs wrap">当前位置：<a href="/index.html">首页</a> &gt; <a href="/xw/index.html">新闻资讯</a> &gt; <a href="/xw/LDJH/index.html">领导讲话</a></div>"""


def meta(column, title="", date="", source=""):
    out = f'<meta name="ColumnName" content="{column}">\n<meta name="ColumnDescription" content="">\n<meta name="ColumnKeywords" content="">\n<meta name="ColumnType" content="{column}">'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n'
            '<meta name="Author" content="">\n<meta name="Description" content="">\n<meta name="Image" content="">\n<meta name="Url" content="">'
        )
    return out


def para(text):
    if text[:2] in {"一、", "二、", "三、", "四、", "五、"} and len(text) < 40:
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{text}</strong></p>'
    if text.startswith(("一是", "二是", "三是")) and "。" in text[:40]:
        lead, rest = text.split("。", 1)
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p style="text-indent: 2em; text-align: justify;">{text}</p>'


def article(i):
    speech, aid, head, source, speaker_line, editor = ARTICLES[i]
    y, m, d = speech.date.split("-")
    # neighbours in the column's order (newest first): 11-14 speech, 10-27, 09-20 speech, 06-24
    newer = {0: ("art_4d5e6f7a8b9c4d0e9f1a2b3c4d5e6f7a", "在2024年中国科协年会闭幕式上的讲话"), 1: None}[i]
    older = {0: ("art_1e2d3c4b5a694f8e9d0c1b2a3f4e5d6c", "在中国科协第十届全国委员会第五次会议上的工作报告"), 1: ("art_4d5e6f7a8b9c4d0e9f1a2b3c4d5e6f7a", "在2024年中国科协年会闭幕式上的讲话")}[i]
    prev_link = f'<a href="/xw/LDJH/art/2024/{newer[0]}.html">{newer[1]}</a>' if newer else "没有了"
    next_link = f'<a href="/xw/LDJH/art/2024/{older[0]}.html">{older[1]}</a>'
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + CRUMB + """
<div class="main wrap clearfix">
  <div class="detail-l">
    <div class="detail-title"><h1><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></h1></div>
    <div class="detail-info clearfix">
      <span>发布时间：@@DATE@@</span>
      <span>来源：@@SOURCE@@</span>
      <span class="fontsize">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>
      <span class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></span>
    </div>
    <div class="detail-content" id="zoom">
<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">@@SPEAKER@@</span></p>
<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">（@@CNDATE@@）</span></p>
@@BODY@@
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->
    </div>
    <div class="detail-editor">（责任编辑：@@EDITOR@@）</div>
    <div class="detail-share clearfix">
      <div class="share-l">分享到：<a href="javascript:void(0);" class="share-wx" title="微信"></a><a href="javascript:void(0);" class="share-wb" title="微博"></a><a href="javascript:void(0);" class="share-qzone" title="QQ空间"></a></div>
      <div class="share-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
    </div>
    <div class="detail-page">
      <p>上一篇：@@PREV@@</p>
      <p>下一篇：@@NEXT@@</p>
    </div>
    <div class="detail-xgxw">
      <div class="xgxw-tit">相关新闻</div>
      <ul>
        <li><a href="/xw/KXYW/art/2024/art_2f6d1c8e9a0b4c7d8e5f3a2b1c0d9e8f.html" target="_blank">中国科协召开全国学会工作会议</a><span>2024-10-29</span></li>
        <li><a href="/xw/KXYW/art/2024/art_7b3e9f1a2c4d4e5f8a6b0c9d1e2f3a4b.html" target="_blank">全国科普日北京主场活动开幕</a><span>2024-09-21</span></li>
      </ul>
    </div>
  </div>
  <div class="detail-r">
    <div class="side-box">
      <div class="side-tit">科协要闻</div>
      <ul>
        <li><a href="/xw/KXYW/art/2024/art_2f6d1c8e9a0b4c7d8e5f3a2b1c0d9e8f.html" target="_blank">中国科协召开全国学会工作会议</a></li>
        <li><a href="/xw/KXYW/art/2024/art_7b3e9f1a2c4d4e5f8a6b0c9d1e2f3a4b.html" target="_blank">全国科普日北京主场活动开幕</a></li>
        <li><a href="/xw/KXYW/art/2024/art_0c1d2e3f4a5b4c6d8e7f9a0b1c2d3e4f.html" target="_blank">2024世界科技与发展论坛在京举办</a></li>
      </ul>
    </div>
    <div class="side-box">
      <div class="side-tit">热点专题</div>
      <div class="side-zt"><a href="/ztzl/qgkpr2024/index.html"><img src="/images/img/zt-kpr.jpg" alt="2024全国科普日"></a><a href="/ztzl/kxjjs/index.html"><img src="/images/img/zt-kxjjs.jpg" alt="弘扬科学家精神"></a></div>
    </div>
  </div>
</div>
<script>
function doZoom(size){var z=document.getElementById("zoom");z.style.fontSize=size+"px";$("#zoom p, #zoom span").css("font-size",size+"px");}
$(function(){$("#qrcode").qrcode({width:100,height:100,text:window.location.href});});
</script>
<script src="/images/js/jquery.qrcode.min.js"></script>
""" + FOOT
    return render(
        page,
        TITLE=f"{head}_中国科学技术协会",
        CSS="detail",
        META=meta("领导讲话", head, f"{speech.date} 17:20", source),
        H=head,
        DATE=f"{speech.date} 17:20",
        SOURCE=source,
        SPEAKER=speaker_line,
        CNDATE=f"{int(y)}年{int(m)}月{int(d)}日",
        BODY=body,
        EDITOR=editor,
        PREV=prev_link,
        NEXT=next_link,
    )


# list page n shows ARTICLES[ORDER[n]] (newest first) and its fillers
ORDER = [1, 0]
FILLER = [
    [("在2024年中国科协年会闭幕式上的讲话", "art_4d5e6f7a8b9c4d0e9f1a2b3c4d5e6f7a", "2024-10-27")],
    [("在中国科协第十届全国委员会第五次会议上的工作报告", "art_1e2d3c4b5a694f8e9d0c1b2a3f4e5d6c", "2024-06-24")],
]


def list_page(n, count):
    a = ARTICLES[ORDER[n]]
    items = [(a[2], a[1], a[0].date)] + FILLER[n]
    items.sort(key=lambda t: t[2], reverse=True)
    rows = "\n".join(
        f'      <li><a href="/xw/LDJH/art/2024/{aid}.html" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for t, aid, d in items
    )
    names = ["index.html"] + [f"index_{i}.html" for i in range(1, count)]
    pg = ['<div class="pages">', '<a href="index.html">首页</a>']
    pg.append(f'<a href="{names[n-1]}">上一页</a>' if n > 0 else '<a href="javascript:;" class="disabled">上一页</a>')
    for i, name in enumerate(names):
        pg.append(f'<span class="current">{i+1}</span>' if i == n else f'<a href="{name}">{i+1}</a>')
    pg.append(f'<a href="{names[n+1]}">下一页</a>' if n + 1 < count else '<a href="javascript:;" class="disabled">下一页</a>')
    pg.append(f'<a href="{names[-1]}">尾页</a>')
    pg.append(f'<span>共{count}页</span></div>')
    page = HEAD + CRUMB + """
<div class="main wrap clearfix">
  <div class="list-l">
    <div class="list-l-tit">新闻资讯</div>
    <ul>
      <li><a href="/xw/KXYW/index.html">科协要闻</a></li>
      <li class="on"><a href="/xw/LDJH/index.html">领导讲话</a></li>
      <li><a href="/xw/TZGG/index.html">通知公告</a></li>
      <li><a href="/xw/DFKX/index.html">地方科协</a></li>
      <li><a href="/xw/XHDT/index.html">学会动态</a></li>
    </ul>
  </div>
  <div class="list-r">
    <div class="list-r-tit"><span>领导讲话</span></div>
    <ul class="list-ul">
@@ROWS@@
    </ul>
@@PAGER@@
  </div>
</div>
""" + FOOT
    return render(page, TITLE="领导讲话_中国科学技术协会", CSS="list", META=meta("领导讲话"), ROWS=rows, PAGER="\n".join(pg))


def home():
    rows = "\n".join(
        f'<li><a href="/xw/LDJH/art/2024/{a[1]}.html" target="_blank">{a[2]}</a><span>{a[0].date[5:]}</span></li>'
        for a in sorted(ARTICLES, key=lambda a: a[0].date, reverse=True)
    )
    page = HEAD + """
<div class="index-news wrap clearfix">
  <div class="index-banner"><a href="/ztzl/qgkpr2024/index.html"><img src="/images/img/banner-kpr.jpg" alt="2024全国科普日"></a></div>
  <div class="index-tab">
    <div class="tab-tit"><span class="on">科协要闻</span><span>领导讲话</span><a href="/xw/LDJH/index.html" class="more">更多</a></div>
    <ul class="tab-con">
      <li><a href="/xw/KXYW/art/2024/art_2f6d1c8e9a0b4c7d8e5f3a2b1c0d9e8f.html" target="_blank">中国科协召开全国学会工作会议</a><span>10-29</span></li>
    </ul>
    <ul class="tab-con" style="display:none;">
@@ROWS@@
    </ul>
  </div>
</div>
<div class="index-fw wrap clearfix">
  <a href="/xhfw/index.html" class="fw1">学会服务</a><a href="/kxpj/index.html" class="fw2">科学普及</a><a href="/kxgz/kjrc/index.html" class="fw3">科技人才</a><a href="/kxgz/gjjl/index.html" class="fw4">国际交流</a>
</div>
""" + FOOT
    return render(page, TITLE="中国科学技术协会", CSS="index", META=meta("首页"), ROWS=rows)


def build() -> Family:
    fam = Family(
        HOST,
        "cast.org.cn-like 2022 template, GUID /xw/LDJH/art/2024/art_<hex>.html: detail-title h1, detail-info 发布时间 / 来源 / 字号 / 【打印】【关闭】, #zoom between ZJEG_RSS / ContentStart markers with centred speaker and date lines, （责任编辑：…）, 分享到 / 扫一扫, 上一篇 / 下一篇, 相关新闻, side 科协要闻 / 热点专题",
    )
    for i, a in enumerate(ARTICLES):
        path = f"{COL}art/2024/{a[1]}.html"
        fam.put(path, article(i))
        fam.doc([path], a[0], title=a[2])
    fam.put("/", home())
    fam.put("/index.html", home())
    fam.put(f"{COL}index.html", list_page(0, 2))
    fam.put(f"{COL}index_1.html", list_page(1, 2))
    fam.not_documents += ["/", "/index.html", f"{COL}index.html", f"{COL}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /jsearchfront/\n")
    fam.noise += ["当前位置：", "发布时间：", "来源：", "字号：", "【打印】", "【关闭】", "责任编辑：", "分享到：", "扫一扫在手机打开当前页", "上一篇：", "相关新闻", "京ICP备05012345号-1", "网站标识码：bm61000001"]
    return fam
