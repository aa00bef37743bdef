"""水利部 (mwr.gov.cn)-like 领导讲话 pages on TRS WCM: XHTML 1.0 Transitional, gov meta tags,
【字体：大 中 小】 in the info line, the text in `#zoom > .TRS_Editor`, TRS attachments (附件 .docx / .pdf
with OLDSRC) under the text, 【打印】【关闭】, 相关链接, a listing paged only by TRS's createPageHTML."""

from common import SPEECHES, Family, render

HOST = "www.shuilibu-like.test"
SITE = "中华人民共和国水利部"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国水利部" />
<meta name="SiteDomain" content="www.shuilibu-like.test" />
<meta name="SiteIDCode" content="bm49000001" />
@@META@@<link href="/images/public.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="today"><script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
<span class="toplinks"><a href="/english/">English</a> | <a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | <a href="/wzdt/">网站地图</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="中华人民共和国水利部" /></a>
<form class="search" action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/xw/">新闻</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/ztpd/">专题</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/szs/">水资源</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="flinks"><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/bqsm/">版权声明</a></div>
<p>主办单位：中华人民共和国水利部 承办单位：水利部信息中心</p>
<p>版权所有：中华人民共和国水利部 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05004681号</a> <img src="/images/ga.png" alt="" />京公网安备 11010202007208号 网站标识码：bm49000001</p>
<div class="fbadges"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script>
<script id="_jiucuo_" sitecode="bm49000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?7c3b6b1bf8a4c6f7a6a37e5c1e4d2a60";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</body>
</html>
"""

ARTICLES = [
    # speech, listing file, path, source, time, attachments (stem), extra (photo) position
    (SPEECHES["f51b-1"], "/xw/ldjh/202404/t20240418_1712345.html", "水利部办公厅", "2024-04-18 16:05", "P020240418563291047582", None),
    (SPEECHES["f51b-2"], "/xw/ldjh/202405/t20240522_1716042.html", "农村水利水电司", "2024-05-22 18:40", "P020240522602138745910", 2),
]

OTHER = [
    ("水利部召开2024年防汛抗旱工作会议", "/xw/slyw/202404/t20240412_1711870.html", "2024-04-12"),
    ("部领导带队赴黄河流域检查水利工程安全度汛准备工作", "/xw/slyw/202405/t20240509_1714425.html", "2024-05-09"),
]


def article(speech, path, source, when, stem, photo_at):
    body = []
    for i, para in enumerate(speech.paras):
        if photo_at is not None and i == photo_at:
            body.append(
                '<p style="text-align: center;"><img src="./W020240522602139012345.jpg" OLDSRC="W020240522602139012345.jpg" '
                'style="border-width: 0px;" title="" alt="" /></p>\n'
                '<p style="text-align: center;"><span style="font-family: 楷体;">5月22日，全国农村供水高质量发展推进会在浙江湖州召开。 水利部网站 王海摄</span></p>'
            )
        if para.startswith(("一、", "二、", "三、", "四、")):
            body.append(f'<p style="text-indent: 2em;"><strong>{para}</strong></p>')
        elif para.endswith("：") and i == 0:
            body.append(f"<p>{para}</p>")
        else:
            body.append(f'<p style="text-indent: 2em;">{para}</p>')
    meta = (
        f'<meta name="ColumnName" content="领导讲话" />\n<meta name="ColumnType" content="领导讲话" />\n'
        f'<meta name="ArticleTitle" content="{speech.title}" />\n<meta name="PubDate" content="{when}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
        f'<meta name="Description" content="{speech.paras[1][:60]}" />\n'
    )
    title = speech.title
    page = render(HEAD, TITLE=f"{title}_领导讲话_{SITE}", META=meta)
    page += f"""<div class="w1200 main">
<div class="location">当前位置：<a href="/" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="/xw/" class="CurrChnlCls">新闻</a>&nbsp;&gt;&nbsp;<a href="/xw/ldjh/" class="CurrChnlCls">领导讲话</a></div>
<div class="slnewsconbox">
<h1 class="slnewstitle">{title}</h1>
<div class="slnewsinfo"><span>时间：{when[:10]}</span><span>来源：{source}</span>
<span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="slnewscon" id="zoom">
<!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor LI{{line-height:2;font-family:宋体;font-size:12pt;}}
</style>
{chr(10).join(body)}
</div><!--<$[信息内容]>end-->
</div>
<script type="text/javascript">
var fileNames = '{stem}.docx|{stem[:-1]}{int(stem[-1]) + 1}.pdf';
var descNames = '{title}.docx|{title}.pdf';
</script>
<div class="slfujian"><span class="fjtit">附件：</span>
<p><a href="./{stem}.docx" OLDSRC="/protect/P0{when[:4]}{when[5:7]}/P0{when[:4]}{when[5:7]}/{stem}.docx" target="_blank">1.{title}.docx</a></p>
<p><a href="./{stem[:-1]}{int(stem[-1]) + 1}.pdf" OLDSRC="/protect/P0{when[:4]}{when[5:7]}/P0{when[:4]}{when[5:7]}/{stem[:-1]}{int(stem[-1]) + 1}.pdf" target="_blank">2.{title}.pdf</a></p>
</div>
<div class="slnewstools"><a href="javascript:window.print();">【打印】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭】</a></div>
<div class="slrelated"><div class="reltit">相关链接</div><ul>
""" + "".join(f'<li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>\n' for t, p, d in OTHER) + """</ul></div>
</div></div>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';var ps=document.getElementById('zoom').getElementsByTagName('p');for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}}
</script>
"""
    return page + FOOT


def listing(items, page_no):
    meta = '<meta name="ColumnName" content="领导讲话" />\n<meta name="ColumnType" content="领导讲话" />\n'
    page = render(HEAD, TITLE=f"领导讲话_{SITE}", META=meta)
    lis = "".join(
        f'<li><a href=".{p[len("/xw/ldjh"):]}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n'
        for t, p, d in items
    )
    page += f"""<div class="w1200 main">
<div class="location">当前位置：<a href="/" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="/xw/" class="CurrChnlCls">新闻</a>&nbsp;&gt;&nbsp;<a href="/xw/ldjh/" class="CurrChnlCls">领导讲话</a></div>
<div class="slleft"><div class="lefttit">新闻</div><ul><li><a href="/xw/slyw/">水利要闻</a></li><li class="on"><a href="/xw/ldjh/">领导讲话</a></li><li><a href="/xw/dfss/">地方水利</a></li><li><a href="/xw/mtzs/">媒体聚焦</a></li></ul></div>
<div class="slright"><div class="righttit">领导讲话</div>
<ul class="slnewslist">
{lis}</ul>
<div class="page"><script type="text/javascript">
var currentPage = {page_no};//所在页从0开始
var countPage = 2//共多少页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){{
if(_nPageCount == null || _nPageCount<=1){{return;}}
var nCurrIndex = _nCurrIndex || 0;
if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
else {{ document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
document.write("<a href=\\""+_sPageName+(nCurrIndex-1>0?"_"+(nCurrIndex-1):"")+"."+_sPageExt+"\\">上一页</a>&nbsp;"); }}
if(nCurrIndex == _nPageCount-1) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
else {{ document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;");
document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>"); }}
document.write("&nbsp;共"+_nPageCount+"页");
}}
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
</div></div>
"""
    return page + FOOT


def build() -> Family:
    fam = Family(HOST, "水利部 (mwr.gov.cn)-like 领导讲话 pages on TRS WCM (【字体：大 中 小】, 附件 under the text, 【打印】【关闭】)")
    a1, a2 = ARTICLES
    for a in ARTICLES:
        fam.put(a[1], article(*a))
        fam.doc([a[1]], a[0])
    p1 = [(a2[0].title, a2[1], a2[0].date), ("陆桂华在全国水利安全生产工作会议上的讲话", "/xw/ldjh/202403/t20240315_1708820.html", "2024-03-15")]
    p2 = [(a1[0].title, a1[1], a1[0].date), ("在水利部2024年度党风廉政建设工作会议上的讲话", "/xw/ldjh/202402/t20240227_1706431.html", "2024-02-27")]
    fam.put("/xw/ldjh/index.html", listing(p1, 0))
    fam.put("/xw/ldjh/index_1.html", listing(p2, 1))
    home = render(HEAD, TITLE=SITE, META='<meta name="ColumnName" content="首页" />\n')
    home += f"""<div class="w1200 main">
<div class="homefocus"><a href="/xw/slyw/202405/t20240509_1714425.html"><img src="/images/focus1.jpg" alt="" /></a></div>
<div class="homebox"><div class="boxtit"><a href="/xw/slyw/">水利要闻</a><a class="more" href="/xw/slyw/">更多&gt;&gt;</a></div><ul>
""" + "".join(f'<li><a href="{p}" target="_blank">{t}</a><span>{d[5:]}</span></li>\n' for t, p, d in OTHER) + f"""</ul></div>
<div class="homebox"><div class="boxtit"><a href="/xw/ldjh/">领导讲话</a><a class="more" href="/xw/ldjh/">更多&gt;&gt;</a></div><ul>
<li><a href="{a2[1]}" target="_blank">{a2[0].title}</a><span>05-22</span></li>
<li><a href="{a1[1]}" target="_blank">{a1[0].title}</a><span>04-18</span></li>
</ul></div>
</div>
"""
    fam.put("/", home + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.not_documents += ["/xw/ldjh/index.html", "/xw/ldjh/index_1.html"]
    fam.noise += ["【字体：", "附件：", "【打印】", "【关闭】", "相关链接", "水利部网站 王海摄", "来源：", "网站标识码", "当前位置"]
    return fam
