"""国务院新闻办公室 (scio.gov.cn)-like press-conference site on TRS WCM: each 新闻发布会 has its own
folder with a 文字实录 page `/xwfb/gwyxwbgsxwfbh/wqfb_71694/2024n_71698/202404/t20240418_843210.html`;
gov-standard meta (SiteName, SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource), the 发布会
info box (时间 / 地点 / 主题 / 发布人 / 主持人) and the 图文直播 / 文字实录 / 视频 / 图片 tabs before the
text; the whole transcript (主持人's opening, 发布人's statement, every question and answer, the
speakers' names in `<strong>`) is the document, in `div.TRS_Editor` with the TRS style block;
`责任编辑` after it, 打印 / 关闭, 扫一扫, 分享到; 往期发布会 list with TRS's `createPageHTML` script pager
(`index.html`, `index_1.html`); 网站标识码 and ICP footer. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.guoxinban-like.test"
COL = "/xwfb/gwyxwbgsxwfbh/wqfb_71694/"

# speech, year folder, month, doc id, time, place-time, theme, speakers, editor
ARTICLES = [
    (SPEECHES["r25a-p1"], "2024n_71698", "202404", "t20240418_843210", "2024-04-18 10:00", "2024年4月18日（星期四）上午10时",
     "推动农村供水高质量发展", "水利部副部长周建华；水利部农村水利水电司司长刘志远；水利部规划计划司副司长孙立平", "刘佳"),
    (SPEECHES["r25a-p2"], "2024n_71698", "202403", "t20240307_836655", "2024-03-07 15:00", "2024年3月7日（星期四）下午3时",
     "2024年春季农业生产有关情况", "农业农村部副部长邵长青；农业农村部种植业管理司司长韩明", "王一凡"),
]

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>"""

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>@@TITLE@@</title>
<meta name="SiteName" content="国务院新闻办公室网站（测试）">
<meta name="SiteDomain" content="www.guoxinban-like.test">
<meta name="SiteIDCode" content="bm27000001">
@@META@@<link rel="stylesheet" href="/images/2023/css/base.css">
<link rel="stylesheet" href="/images/2023/css/detail.css">
<script src="/images/2023/js/jquery-1.11.3.min.js"></script>
<script src="/images/2023/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="top-left">欢迎访问国务院新闻办公室网站（测试）</span><span class="top-right"><a href="/m/">手机版</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></span></div></div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/images/2023/images/logo.png" alt="中华人民共和国国务院新闻办公室（测试）"></a></div>
    <div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="searchword" class="search-input" placeholder="请输入关键字"><button type="submit" class="search-btn">搜索</button></form></div>
  </div>
</div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li class="on"><a href="/xwfb/">新闻发布</a></li><li><a href="/live/">直播预告</a></li><li><a href="/zxbd/">最新报道</a></li><li><a href="/gxzt/">专题</a></li><li><a href="/zfbps/">白皮书</a></li><li><a href="/dtzt/">多媒体</a></li><li><a href="/gxfz/">新闻办概况</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="/gxfz/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/bqsm/">版权声明</a></div>
    <div class="footer-info">
      <p>主办单位：中华人民共和国国务院新闻办公室（测试）　版权所有</p>
      <p><a href="https://beian.miit.gov.cn" target="_blank">京ICP备05070218号-1</a>　<img src="/images/2023/images/ga.png"> 京公网安备 11010502000001号　网站标识码：bm27000001</p>
    </div>
    <div class="footer-icons"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60000000/CA330000000600000000001.js' type='text/javascript'%3E%3C/script%3E"));</script>
    <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm27000001&url=" target="_blank" onclick="Link('bm27000001')"><img src="/images/2023/images/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script src="https://stat.guoxinban-like.test/trsta/trsta.js"></script>
<script>
var _trsta = _trsta || [];
_trsta.push(["setSiteId", "27"]);
</script>
</body>
</html>
"""


def url_of(a):
    return f"{COL}{a[1]}/{a[2]}/{a[3]}.html"


def article(a, other):
    speech, _y, _m, doc, stamp, when, theme, speakers, editor = a
    paras = []
    for p in speech.paras:
        name, sep, rest = p.partition("：")
        if sep and len(name) <= 12:
            paras.append(f"<p>　　<strong>{name}：</strong>{rest}</p>")
        else:
            paras.append(f"<p>　　{p}</p>")
    body = "\n".join(paras)
    title = speech.title.replace("文字实录", "")
    page = f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/" target="_self" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="/xwfb/" target="_self" title="新闻发布" class="CurrChnlCls">新闻发布</a>&nbsp;&gt;&nbsp;<a href="/xwfb/gwyxwbgsxwfbh/" target="_self" title="国务院新闻办公室新闻发布会" class="CurrChnlCls">国务院新闻办公室新闻发布会</a>&nbsp;&gt;&nbsp;<a href="{COL}" target="_self" title="往期发布" class="CurrChnlCls">往期发布</a></div>
<div class="fbh-box">
  <div class="fbh-tit"><h1>{title}</h1></div>
  <div class="fbh-info">
    <ul>
      <li><span>时　间：</span>{when}</li>
      <li><span>地　点：</span>国务院新闻办新闻发布厅（北京市西城区西长安街1号）</li>
      <li><span>主　题：</span>{theme}</li>
      <li><span>发布人：</span>{speakers}</li>
      <li><span>主持人：</span>国务院新闻办新闻局副局长、新闻发言人　陈文俊</li>
    </ul>
  </div>
  <div class="fbh-tab"><a href="./../../../../../live/2024/{doc[-6:]}/tw/index.html" target="_blank">图文直播</a><a href="javascript:void(0);" class="on">文字实录</a><a href="./../../../../../live/2024/{doc[-6:]}/sp/index.html" target="_blank">视频</a><a href="./../../../../../live/2024/{doc[-6:]}/tp/index.html" target="_blank">图片</a></div>
</div>
<div class="article">
  <div class="article-title"><h2>{speech.title}</h2></div>
  <div class="article-info"><span class="time">发布时间：{stamp}</span><span class="source">来源：国务院新闻办公室网站</span><span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
    <div class="bdsharebuttonbox share"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
  <div class="article-content" id="content">
<div class="TRS_Editor">{TRS_STYLE}
{body}
</div>
  </div>
  <div class="article-editor">责任编辑：{editor}</div>
  <div class="article-tools"><a href="javascript:window.print();" class="print">【打印】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();" class="close">【关闭】</a></div>
  <div class="ewm"><img src="/images/2023/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
  <div class="related"><h3>相关发布会</h3><ul><li><a href="{url_of(other)}" target="_blank">{other[0].title.replace('文字实录', '')}</a><span>{other[4][:10]}</span></li></ul></div>
</div>
</div>
<script>
with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
function doZoom(size){{document.getElementById('content').style.fontSize=size+'px';}}
</script>
"""
    meta = (
        '<meta name="ColumnName" content="往期发布">\n<meta name="ColumnDescription" content="往期发布">\n'
        '<meta name="ColumnKeywords" content="往期发布">\n<meta name="ColumnType" content="新闻发布会">\n'
        f'<meta name="ArticleTitle" content="{speech.title}">\n<meta name="PubDate" content="{stamp}">\n'
        '<meta name="ContentSource" content="国务院新闻办公室网站">\n<meta name="Keywords" content="发布会,文字实录">\n'
        f'<meta name="Author" content="国务院新闻办公室网站">\n<meta name="Description" content="{theme}">\n'
        '<meta name="Image" content="">\n'
        f'<meta name="Url" content="http://{HOST}{url_of(a)}">\n'
    )
    return render(HEAD + page + FOOT, TITLE=f"{speech.title}_国务院新闻办公室网站（测试）", META=meta)


def list_page(items, n, count):
    rows = "\n".join(
        f'<li><a href="./{url_of(a)[len(COL):]}" target="_blank" title="{a[0].title}">{a[0].title.replace("文字实录", "")}</a><span class="date">{a[4][:10]}</span></li>'
        for a in items
    )
    body = f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/" target="_self" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="/xwfb/" target="_self" title="新闻发布" class="CurrChnlCls">新闻发布</a>&nbsp;&gt;&nbsp;<a href="/xwfb/gwyxwbgsxwfbh/" target="_self" title="国务院新闻办公室新闻发布会" class="CurrChnlCls">国务院新闻办公室新闻发布会</a>&nbsp;&gt;&nbsp;<a href="{COL}" target="_self" title="往期发布" class="CurrChnlCls">往期发布</a></div>
<div class="list-box">
  <div class="list-tit"><h3>往期发布</h3></div>
  <ul class="list">
{rows}
  </ul>
  <div class="page">
<script type="text/javascript">
var currentPage = {n};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = {count}//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\"index.html\\">上一页</a>&nbsp;");
else
	document.write("<span class=\\"disabled\\">上一页</span>&nbsp;");
//循环
var num = 5;
for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){{
	if(countPage >1){{
		if(currentPage==i)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\\"index.html\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\"index"+"_" + i + "."+"html\\">"+(i+1)+"</a>&nbsp;");
	}}
}}
//设置下一页代码
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");
else
	document.write("<span class=\\"disabled\\">下一页</span>&nbsp;");
</script>
  </div>
</div>
</div>
"""
    meta = '<meta name="ColumnName" content="往期发布">\n<meta name="ColumnType" content="新闻发布会">\n'
    return render(HEAD + body + FOOT, TITLE="往期发布_国务院新闻办公室网站（测试）", META=meta)


def home():
    items = "".join(
        f'<li><a href="{url_of(a)}" target="_blank">{a[0].title.replace("文字实录", "")}</a><span>{a[4][5:10]}</span></li>'
        for a in ARTICLES
    )
    body = f"""<div class="w1200 index">
<div class="index-live"><div class="live-tit"><h3>直播预告</h3></div><p>暂无直播预告</p></div>
<div class="index-fbh"><div class="fbh-hd"><h3><a href="{COL}">新闻发布会</a></h3><a href="{COL}" class="more">更多&gt;&gt;</a></div><ul>{items}</ul></div>
<div class="index-zfbps"><div class="hd"><h3><a href="/zfbps/">白皮书</a></h3></div><ul><li><a href="/zfbps/">《新时代的中国农村供水》白皮书</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="国务院新闻办公室网站（测试）", META='<meta name="ColumnName" content="首页">\n')


def build() -> Family:
    fam = Family(
        HOST,
        "scio.gov.cn-like press conference 文字实录 on TRS WCM: 发布会 info box and tabs before the transcript, TRS_Editor, gov meta, createPageHTML list pager",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], published_at=a[4][:10])
    fam.put("/", home())
    fam.put(COL, list_page(ARTICLES[:1], 0, 2))
    fam.put(f"{COL}index.html", list_page(ARTICLES[:1], 0, 2))
    fam.put(f"{COL}index_1.html", list_page(ARTICLES[1:], 1, 2))
    fam.not_documents += ["/", COL, f"{COL}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        "国务院新闻办公室网站（测试）",
        "当前位置",
        "时　间：",
        "地　点：",
        "国务院新闻办新闻发布厅（北京市西城区西长安街1号）",
        "发布人：",
        "图文直播",
        "发布时间：",
        "来源：国务院新闻办公室网站",
        "字号：",
        "分享到",
        "责任编辑：",
        "【打印】",
        "【关闭】",
        "扫一扫在手机打开当前页",
        "相关发布会",
        "京ICP备05070218号-1",
        "网站标识码",
    ]
    return fam
