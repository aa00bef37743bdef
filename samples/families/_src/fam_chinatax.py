"""国家税务总局 (chinatax.gov.cn)-like pages on the `n…/c…/content.html` site-group CMS (the same
publishing system as the sasac family, a different site template): 税务要闻 at
`/chinatax/n810219/n810724/c5223456/content.html`, every column page `index.html` with later list
pages `index_810724_1.html`; gov meta tags (`ArticleTitle`, `PubDate`, `ContentSource`), header with
the 国家税务总局 logo, search box and 无障碍 / 长者模式 / English links, `position` 当前位置 bar, the
title inside `<!--<$[标题名称]>begin-->` markers, an `info` line 来源 / 发布时间 / 字号 大 中 小 / 打印 /
分享, the text in `div#zoomcon` between `<!--<$[信息内容]>begin-->` markers (centred occasion, date and
speaker lines before the text), a long speech split over `content.html` and `content_2.html` with the
CMS's page bar, `span.editer` 责任编辑, 相关链接 list, the 税务总局 WeChat / Weibo / 个人所得税 App QR
block, footer with 主办 / 地址 / ICP / 公安备案 / 网站标识码 / 党政机关 / 找错. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.shuiwu-zongju-like.test"
COL = "/chinatax/n810219/n810724/"

# speech, cid, headline, 来源, 发布时间, 责任编辑, speaker line, pages
ARTICLES = [
    (SPEECHES["f44a-1"], "c5223456", "赵宏远：在全国税务系统纳税服务工作会议上的讲话", "国家税务总局办公厅", "2024-04-18 16:42:10", "孙晓雯", "国家税务总局局长　赵宏远", 2),
    (SPEECHES["f44a-2"], "c5219083", "孙立明：在税务系统全面从严治党工作会议上的讲话", "国家税务总局机关党委", "2024-02-27 18:05:33", "刘　畅", "国家税务总局党委委员、副局长　孙立明", 1),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="SiteName" content="国家税务总局">
<meta name="SiteDomain" content="www.chinatax.gov.cn">
<meta name="SiteIDCode" content="bm29000002">
@@META@@
<link rel="stylesheet" type="text/css" href="/chinatax/xhtml/css/common.css">
<link rel="stylesheet" type="text/css" href="/chinatax/xhtml/css/content.css">
<script type="text/javascript" src="/chinatax/xhtml/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/chinatax/xhtml/js/common.js"></script>
</head>
<body>
<!--头部 开始-->
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="topbar-l">欢迎访问国家税务总局网站　<span id="nowDate"></span></div>
    <div class="topbar-r">
      <a href="javascript:void(0);" id="wza" class="wza">无障碍</a>
      <a href="javascript:void(0);" id="zzms" class="zzms">长者模式</a>
      <a href="http://www.chinatax.gov.cn/eng/" target="_blank">English</a>
      <a href="/chinatax/c101312/index.html" target="_blank">移动客户端</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo" href="/chinatax/index.html"><img src="/chinatax/xhtml/images/logo.png" alt="国家税务总局 State Taxation Administration"></a>
    <div class="search">
      <form action="/s" method="get" target="_blank" name="searchform" id="searchform">
        <input type="hidden" name="siteCode" value="bm29000002">
        <input type="text" name="qt" class="search-txt" placeholder="请输入关键词" autocomplete="off">
        <input type="submit" class="search-btn" value="">
      </form>
      <div class="search-hot">热点：<a href="/s?siteCode=bm29000002&qt=个人所得税" target="_blank">个人所得税</a> <a href="/s?siteCode=bm29000002&qt=增值税" target="_blank">增值税</a> <a href="/s?siteCode=bm29000002&qt=社保费" target="_blank">社保费</a></div>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/chinatax/index.html">首页</a></li>
    <li class="active"><a href="/chinatax/n810219/index.html">新闻发布</a></li>
    <li><a href="/chinatax/n810341/index.html">税收政策</a></li>
    <li><a href="/chinatax/n810346/index.html">纳税服务</a></li>
    <li><a href="/chinatax/n810351/index.html">政务公开</a></li>
    <li><a href="/chinatax/n810356/index.html">互动交流</a></li>
    <li><a href="/chinatax/n810755/index.html">税收宣传</a></li>
    <li><a href="/chinatax/n810760/index.html">数据发布</a></li>
  </ul>
</div>
<!--头部 结束-->
"""

FOOT = """<!--底部 开始-->
<div class="footer">
  <div class="w1200 clearfix">
    <div class="footer-links"><a href="/chinatax/n810214/n810636/index.html" target="_blank">关于我们</a>|<a href="/chinatax/n810214/n2897183/index.html" target="_blank">网站地图</a>|<a href="/chinatax/n810214/n810641/index.html" target="_blank">联系我们</a>|<a href="/chinatax/n810214/n2897188/index.html" target="_blank">网站声明</a>|<a href="/chinatax/n810214/n810651/index.html" target="_blank">隐私保护</a></div>
    <div class="footer-l">
      <span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0F3D7C2A5D0B1C1AE053022819ACB1E9" target="_blank"><img src="/chinatax/xhtml/images/red.png" alt="党政机关" title="党政机关"></a></span>
      <span class="jiucuo"><script id="_jiucuo_" sitecode="bm29000002" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></span>
    </div>
    <div class="footer-c">
      <p>主办：国家税务总局　　版权所有：国家税务总局　　地址：北京市海淀区羊坊店西路5号　　邮编：100038</p>
      <p>网站标识码：bm29000002　　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05007384号</a>　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802020201" target="_blank"><img src="/chinatax/xhtml/images/ga.png" alt="">京公网安备 11010802020201号</a></p>
      <p>建议使用1920×1080分辨率及IE10以上版本浏览器　　技术支持：国家税务总局信息中心</p>
    </div>
    <div class="footer-r">
      <div class="ewm"><img src="/chinatax/xhtml/images/ewm_wx.png" alt=""><p>国家税务总局<br>微信公众号</p></div>
      <div class="ewm"><img src="/chinatax/xhtml/images/ewm_wb.png" alt=""><p>国家税务总局<br>官方微博</p></div>
      <div class="ewm"><img src="/chinatax/xhtml/images/ewm_app.png" alt=""><p>个人所得税<br>App</p></div>
    </div>
  </div>
</div>
<!--底部 结束-->
<script type="text/javascript" src="/chinatax/xhtml/js/wza/aria.js?appid=7d9d2b3e0e7f45b9a0d9f3c2b1a5c6d8" charset="utf-8"></script>
<script type="text/javascript">
var _maq = _maq || [];
_maq.push(['_setAccount', 'chinatax']);
(function(){var ma=document.createElement('script');ma.type='text/javascript';ma.async=true;ma.src='/chinatax/xhtml/js/ma.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(ma,s);})();
</script>
</body>
</html>
"""

CRUMB = """<div class="w1200 position"><span>当前位置：</span><a href="/chinatax/index.html" target="_self">首页</a>&nbsp;&gt;&nbsp;<a href="/chinatax/n810219/index.html" target="_self">新闻发布</a>&nbsp;&gt;&nbsp;<a href="/chinatax/n810219/n810724/index.html" target="_self">税务要闻</a></div>"""


def meta(column, title="", date="", source=""):
    out = (
        f'<meta name="ColumnName" content="{column}">\n<meta name="ColumnDescription" content="{column}">\n'
        f'<meta name="ColumnKeywords" content="{column}">\n<meta name="ColumnType" content="{column}">'
    )
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="">\n'
            '<meta name="Author" content="">\n<meta name="Description" content="">\n<meta name="Image" content="">\n'
            '<meta name="Url" content="">'
        )
    return out


def para(text):
    if text[:2] in {"一、", "二、", "三、", "四、", "五、"} and len(text) < 40:
        return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'
    if text[:2] in {"第一", "第二", "第三", "第四", "第五", "第六", "第七"} and "。" in text[:40]:
        lead, rest = text.split("。", 1)
        return f'<p style="text-indent: 2em;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p style="text-indent: 2em;">{text}</p>'


def pager(n, count):
    names = ["content.html"] + [f"content_{i}.html" for i in range(2, count + 1)]
    out = ['<div class="page" id="page_div">']
    out.append(f'<a href="{names[n-1]}" class="prev">上一页</a>' if n > 0 else '<span class="prev disabled">上一页</span>')
    for i, name in enumerate(names):
        out.append(f'<span class="current">{i+1}</span>' if i == n else f'<a href="{name}">{i+1}</a>')
    out.append(f'<a href="{names[n+1]}" class="next">下一页</a>' if n + 1 < count else '<span class="next disabled">下一页</span>')
    out.append("</div>")
    return "\n".join(out)


def article(a, other, part, parts):
    speech, cid, head, source, stamp, editor, speaker_line, _ = a
    occasion = head.split("：", 1)[1]
    date = stamp.split(" ")[0]
    y, m, d = date.split("-")
    intro = ""
    if part == 0:
        intro = (
            f'<p style="text-align: center;"><strong>{occasion}</strong></p>\n'
            f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">（{int(y)}年{int(m)}月{int(d)}日）</span></p>\n'
            f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{speaker_line}</span></p>\n'
        )
    runs = split_paras(speech.paras, parts) if parts > 1 else [speech.paras]
    body = intro + "\n".join(para(p) for p in runs[part])
    page = HEAD + CRUMB + """
<div class="w1200 main clearfix">
  <div class="article">
    <div class="arti-title">
      <h1><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></h1>
    </div>
    <div class="arti-info clearfix">
      <div class="info-l">
        <span>来源：<!--<$[信息来源]>begin-->@@SOURCE@@<!--<$[信息来源]>end--></span>
        <span>发布时间：<!--<$[发布日期]>begin-->@@STAMP@@<!--<$[发布日期]>end--></span>
      </div>
      <div class="info-r">
        <span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(20)">大</a><a href="javascript:void(0);" onclick="doZoom(16)">中</a><a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
        <a href="javascript:void(0);" onclick="window.print();" class="print">打印</a>
        <div class="share">分享：<a href="javascript:void(0);" class="share-wx" title="微信"></a><a href="javascript:void(0);" class="share-wb" title="微博"></a><a href="javascript:void(0);" class="share-qq" title="QQ空间"></a>
          <div class="share-ewm" style="display:none;"><div id="qrcode"></div><p>打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。</p></div>
        </div>
      </div>
    </div>
    <div id="zoomcon" class="arti-content">
<!--<$[信息内容]>begin--><div class="TRS_Editor">
@@BODY@@
</div><!--<$[信息内容]>end-->
    </div>
@@PAGER@@
    <div class="editer-box"><span class="editer">责任编辑：<b>@@EDITOR@@</b></span></div>
    <div class="xglj">
      <div class="xglj-tit"><span>相关链接</span></div>
      <ul>
        <li><a href="../@@OCID@@/content.html" target="_blank">@@OH@@</a><span>@@ODATE@@</span></li>
        <li><a href="/chinatax/n810219/n810724/c5221988/content.html" target="_blank">税务总局召开2024年第一季度新闻发布会</a><span>2024-04-12</span></li>
        <li><a href="/chinatax/n810219/n810724/c5220417/content.html" target="_blank">2024年“便民办税春风行动”第二批措施推出</a><span>2024-03-20</span></li>
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript">
function doZoom(size){var z=document.getElementById("zoomcon");z.style.fontSize=size+"px";var ps=z.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}
$(function(){$(".share-wx").hover(function(){$(".share-ewm").show();},function(){$(".share-ewm").hide();});});
</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{head}_国家税务总局",
        META=meta("税务要闻", head, stamp, source),
        H=head,
        SOURCE=source,
        STAMP=stamp,
        BODY=body,
        PAGER=pager(part, parts) if parts > 1 else "",
        EDITOR=editor,
        OCID=other[1],
        OH=other[2],
        ODATE=other[4].split(" ")[0],
    )


FILLER = [
    [
        ("税务总局召开2024年第一季度新闻发布会", "c5221988", "2024-04-12"),
        ("2024年“便民办税春风行动”第二批措施推出", "c5220417", "2024-03-20"),
        ("个人所得税综合所得汇算清缴工作有序开展", "c5220102", "2024-03-15"),
    ],
    [
        ("税务部门公布一季度税收收入情况", "c5218544", "2024-02-20"),
        ("税务总局部署开展2024年“便民办税春风行动”", "c5217260", "2024-02-04"),
    ],
]


def list_page(n, count):
    a = ARTICLES[n]
    items = [(a[2], a[1], a[4].split(" ")[0])] + FILLER[n]
    items.sort(key=lambda t: t[2], reverse=True)
    rows = "\n".join(
        f'<li>\n    <a href="./{cid}/content.html" target="_blank" title="{t}">{t}</a>\n    <span>[{d}]</span>\n</li>'
        for t, cid, d in items
    )
    names = ["index.html"] + [f"index_810724_{i}.html" for i in range(1, count)]
    pg = [f'<span class="total">共{count}页</span>', '<a href="index.html">首页</a>']
    pg.append(f'<a href="{names[n-1]}">上一页</a>' if n > 0 else '<span class="disabled">上一页</span>')
    pg.append(f'<a href="{names[n+1]}">下一页</a>' if n + 1 < count else '<span class="disabled">下一页</span>')
    pg.append(f'<a href="{names[-1]}">尾页</a>')
    page = HEAD + CRUMB + """
<div class="w1200 main clearfix">
  <div class="side">
    <div class="side-tit">新闻发布</div>
    <ul class="side-nav">
      <li class="active"><a href="/chinatax/n810219/n810724/index.html">税务要闻</a></li>
      <li><a href="/chinatax/n810219/n810780/index.html">政策解读</a></li>
      <li><a href="/chinatax/n810219/n810739/index.html">新闻发布会</a></li>
      <li><a href="/chinatax/n810219/c102025/index.html">曝光台</a></li>
      <li><a href="/chinatax/n810219/n810744/index.html">地方税务动态</a></li>
    </ul>
  </div>
  <div class="list-main">
    <div class="list-tit"><span>税务要闻</span></div>
    <ul class="list">
@@ROWS@@
    </ul>
    <div class="page">@@PAGER@@</div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="税务要闻_国家税务总局", META=meta("税务要闻"), ROWS=rows, PAGER=" ".join(pg))


def home():
    rows = "\n".join(
        f'<li><a href="{COL}{a[1]}/content.html" target="_blank" title="{a[2]}">{a[2]}</a><span>{a[4][5:10]}</span></li>'
        for a in ARTICLES
    )
    page = HEAD + """
<div class="w1200 index-top clearfix">
  <div class="focus">
    <div class="focus-img"><a href="@@COL@@@@CID@@/content.html" target="_blank"><img src="/chinatax/xhtml/images/focus01.jpg" alt=""></a><p><a href="@@COL@@@@CID@@/content.html" target="_blank">@@H@@</a></p></div>
  </div>
  <div class="news">
    <div class="news-tab"><span class="on"><a href="/chinatax/n810219/n810724/index.html">税务要闻</a></span><span><a href="/chinatax/n810219/n810780/index.html">政策解读</a></span><a class="more" href="/chinatax/n810219/n810724/index.html">更多&gt;&gt;</a></div>
    <ul class="news-list">
@@ROWS@@
      <li><a href="/chinatax/n810219/n810724/c5221988/content.html" target="_blank">税务总局召开2024年第一季度新闻发布会</a><span>04-12</span></li>
    </ul>
  </div>
</div>
<div class="w1200 index-service">
  <a href="https://etax.chinatax.gov.cn/" target="_blank" class="svc svc1">全国统一规范电子税务局</a>
  <a href="https://12366.chinatax.gov.cn/" target="_blank" class="svc svc2">12366纳税服务平台</a>
  <a href="https://inv-veri.chinatax.gov.cn/" target="_blank" class="svc svc3">全国增值税发票查验平台</a>
  <a href="https://fgk.chinatax.gov.cn/" target="_blank" class="svc svc4">税收政策法规库</a>
</div>
""" + FOOT
    a = ARTICLES[0]
    return render(page, TITLE="国家税务总局", META=meta("首页"), ROWS=rows, COL=COL, CID=a[1], H=a[2])


def build() -> Family:
    fam = Family(
        HOST,
        "chinatax.gov.cn-like n…/c…/content.html site-group CMS: arti-title h1 and 来源 / 发布时间 between <$[…]> markers, 字号 / 打印 / 分享, #zoomcon with centred occasion / date / speaker lines, a speech over content.html + content_2.html with the page bar, span.editer 责任编辑, 相关链接, QR footer",
    )
    for i, a in enumerate(ARTICLES):
        parts = a[7]
        names = [f"{COL}{a[1]}/content.html"] + [f"{COL}{a[1]}/content_{k}.html" for k in range(2, parts + 1)]
        for k, path in enumerate(names):
            fam.put(path, article(a, ARTICLES[1 - i], k, parts))
        fam.doc(names, a[0], title=a[2])
        fam.not_documents += names[1:]
    fam.put("/", home())
    fam.put("/chinatax/index.html", home())
    fam.put(f"{COL}index.html", list_page(0, 2))
    fam.put(f"{COL}index_810724_1.html", list_page(1, 2))
    fam.not_documents += ["/", "/chinatax/index.html", f"{COL}index.html", f"{COL}index_810724_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /s\n")
    fam.noise += ["当前位置：", "来源：", "发布时间：", "字号：", "分享：", "责任编辑：", "相关链接", "京ICP备05007384号", "网站标识码：bm29000002", "微信公众号"]
    return fam
