"""大众网 (dzwww.com)-like provincial news portal on TRS WCM: static pages in gb2312 (meta only,
header `text/html`, GBK bytes), `/xinwen/shandongxinwen/202404/t20240423_N.htm`; the article
template: top bar (大众网首页, 海报新闻 app, 登录), channel nav, `div.position` breadcrumb, the
`#xl-headline` title block (`h2`, time / 来源 / 作者, 分享到 buttons), text inside
`#news-body > div.TRS_Editor` (TRS's own `<style>` block first), the 3-page article through TRS's
`createPageHTML(3, N, "t…", "htm")` (pages `t…_1.htm`, `t…_2.htm`: the hrefs exist only as
script concatenation), `div.edit` 责任编辑 line, 海报新闻 QR, 相关新闻, 热点排行 sidebar with an
ad, the 大众报业集团 footer (ICP, 许可证, 举报). Lists `index.htm` / `index_1.htm` with TRS's
`createPageHTML` listing pager."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.dazhongwang.test"
COL = "/xinwen/shandongxinwen/"

ARTICLES = [
    # speech, doc id, day, time, source, author, editor, pages
    (SPEECHES["R59A1"], "13987654", "20240423", "2024-04-23 07:52", "大众日报", "", "孙晓彤", 3),
    (SPEECHES["R59A2"], "13992011", "20240426", "2024-04-26 16:08", "大众网", "刘洁　通讯员　王成海", "张倩", 1),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://www.dzwww.test/2015/css/base.css" rel="stylesheet" type="text/css" />
<link href="http://www.dzwww.test/2015/css/xl.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.dzwww.test/2015/js/jquery-1.7.2.min.js"></script>
</head>

<body>
<!--top begin-->
<div id="top">
  <div class="layout">
    <div class="left"><a href="http://www.dazhongwang.test/" target="_blank">大众网首页</a> | <a href="http://www.dazhongwang.test/hbxw/" target="_blank">海报新闻</a> | <a href="http://paper.dzwww.test/" target="_blank">大众日报</a> | <a href="http://www.dazhongwang.test/jinan/" target="_blank">城市频道</a></div>
    <div class="right"><a href="http://passport.dzwww.test/login.php" target="_blank">登录</a> | <a href="http://passport.dzwww.test/reg.php" target="_blank">注册</a> | <a class="app" href="http://www.dazhongwang.test/hbxw/download/" target="_blank">下载海报新闻客户端</a></div>
  </div>
</div>
<div id="header" class="layout">
  <div class="logo left"><a href="http://www.dazhongwang.test/" target="_blank"><img src="http://www.dzwww.test/2015/images/logo.png" width="180" height="60" alt="大众网" /></a></div>
  <div class="nav right">
    <a href="http://www.dazhongwang.test/xinwen/" target="_blank">新闻</a><a href="http://www.dazhongwang.test/xinwen/shandongxinwen/" target="_blank">山东</a><a href="http://www.dazhongwang.test/xinwen/guoneixinwen/" target="_blank">国内</a><a href="http://www.dazhongwang.test/xinwen/guojixinwen/" target="_blank">国际</a><a href="http://www.dazhongwang.test/dzpl/" target="_blank">评论</a><a href="http://www.dazhongwang.test/caijing/" target="_blank">财经</a><a href="http://www.dazhongwang.test/jiaoyu/" target="_blank">教育</a><a href="http://www.dazhongwang.test/tiyu/" target="_blank">体育</a><a href="http://www.dazhongwang.test/wenhua/" target="_blank">文化</a><a href="http://www.dazhongwang.test/zt/" target="_blank">专题</a>
  </div>
</div>
<!--top end-->
"""

FOOT = """<!--footer begin-->
<div id="footer">
  <div class="layout">
    <p><a href="http://www.dazhongwang.test/about/" target="_blank">关于我们</a> | <a href="http://www.dazhongwang.test/about/lxwm.htm" target="_blank">联系我们</a> | <a href="http://www.dazhongwang.test/about/ggfw.htm" target="_blank">广告服务</a> | <a href="http://www.dazhongwang.test/about/flsm.htm" target="_blank">法律声明</a> | <a href="http://www.dazhongwang.test/about/zpxx.htm" target="_blank">招聘信息</a> | <a href="http://www.dazhongwang.test/map/" target="_blank">网站地图</a></p>
    <p>大众报业集团主办　大众网版权所有　未经书面授权　请勿转载</p>
    <p>互联网新闻信息服务许可证编号：37120180001　<a href="https://beian.miit.gov.test/" target="_blank">鲁ICP备09023866号-1</a>　信息网络传播视听节目许可证：1505066号</p>
    <p>违法和不良信息举报电话：0531-85193669　举报邮箱：wzbjb@dzwww.com</p>
  </div>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.test/h.js%3F8c0a9f2a16f7a6e7a2c1d0bbfe2fa7c5' type='text/javascript'%3E%3C/script%3E"));
</script>
<!--footer end-->
</body>
</html>
"""

PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span>上一页</span>&nbsp;<span class=\\"cur\\">1</span>&nbsp;");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"cur\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
	else
		document.write("<span>下一页</span>");
}
</script>
"""

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>"""

HOT = [
    ("t20240423_13987320", "济南至青岛高铁全线开通运营三周年 累计发送旅客超两千万人次"),
    ("t20240424_13988907", "山东今年将新建改造农村公路五千公里"),
    ("t20240425_13990146", "全省一季度规上工业增加值同比增长百分之八"),
    ("t20240426_13991785", "第二十五届鲁台经贸洽谈会5月在潍坊举办"),
]


def page_name(a, n):
    base = f"t{a[2]}_{a[1]}"
    return base + (f"_{n}" if n else "") + ".htm"


def url(a, n=0):
    return f"{COL}{a[2][:6]}/{page_name(a, n)}"


def article(i, n, paras):
    speech, aid, day, stamp, source, author, editor, pages = ARTICLES[i]
    other = ARTICLES[1 - i]
    body_paras = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    pager = ""
    if pages > 1:
        pager = f"""<div class="news-pages" id="pages">
{PAGER_JS}<script type="text/javascript">createPageHTML({pages}, {n}, "t{day}_{aid}", "htm");</script>
</div>
"""
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="../{h[0][1:7]}/{h[0]}.htm" target="_blank">{h[1]}</a></li>\n'
        for k, h in enumerate(HOT)
    )
    ym = other[2][:6]
    rel_other = f"./{page_name(other, 0)}" if ym == day[:6] else f"../{ym}/{page_name(other, 0)}"
    body = f"""<div class="layout main">
<div class="position"><a href="../../../" target="_blank">大众网</a>&nbsp;&gt;&nbsp;<a href="../../" target="_blank">新闻</a>&nbsp;&gt;&nbsp;<a href="../" target="_blank">山东新闻</a>&nbsp;&gt;&nbsp;正文</div>
<div class="left w660">
<div class="layout" id="xl-headline">
  <h2>{speech.title}</h2>
  <div class="layout">
    <div class="left"><span id="xl-headline-time">{stamp}</span>　<span>来源: {source}</span>　<span>作者: {author}</span></div>
    <div class="right bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
  </div>
</div>
<div id="news-body" class="news-content">
<div class="TRS_Editor">{TRS_STYLE}
{body_paras}
</div>
</div>
{pager}<div class="edit">[责任编辑：{editor}]</div>
<div class="hbxw-ewm"><img src="http://www.dzwww.test/2015/images/hbxw_ewm.jpg" width="100" height="100" alt="" /><p>扫码下载海报新闻客户端<br />看更多山东新闻</p></div>
<div class="xgxw">
  <h3>相关新闻</h3>
  <ul>
    <li><a href="{rel_other}" target="_blank">{other[0].title}</a><span>{other[3][:10]}</span></li>
    <li><a href="../202404/t20240422_13985510.htm" target="_blank">山东召开全省海洋强省建设工作会议</a><span>2024-04-22</span></li>
    <li><a href="../202404/t20240419_13981024.htm" target="_blank">省教育厅：推动职业院校专业设置与产业需求精准对接</a><span>2024-04-19</span></li>
  </ul>
</div>
</div>
<div class="right w300">
  <div class="ad300"><a href="http://ad.dzwww.test/click?id=2715" target="_blank"><img src="http://www.dzwww.test/ad/2024/300x250_hbxw.jpg" width="300" height="250" alt="" /></a></div>
  <div class="rdph"><h3>热点排行</h3><ul>
{hot}</ul></div>
</div>
</div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.test/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
"""
    desc = speech.paras[1][:80]
    return render(HEAD, TITLE=f"{speech.title}_山东新闻_大众网", KW=speech.title, DESC=desc) + body + FOOT


def listing(n):
    rows = ARTICLES if n == 0 else ARTICLES[:1]
    items = "".join(
        f'<li><a href="./{a[2][:6]}/{page_name(a, 0)}" target="_blank">{a[0].title}</a><span>{a[3][:10]}</span></li>\n'
        for a in rows
    )
    extra = "".join(
        f'<li><a href="./{h[0][1:7]}/{h[0]}.htm" target="_blank">{h[1]}</a><span>{h[0][1:5]}-{h[0][5:7]}-{h[0][7:9]}</span></li>\n'
        for h in (HOT if n == 0 else HOT[:2])
    )
    body = f"""<div class="layout main">
<div class="position"><a href="../../" target="_blank">大众网</a>&nbsp;&gt;&nbsp;<a href="../" target="_blank">新闻</a>&nbsp;&gt;&nbsp;山东新闻</div>
<div class="left w660">
<ul class="list">
{items}{extra}</ul>
<div class="page">{PAGER_JS}<script type="text/javascript">createPageHTML(2, {n}, "index", "htm");</script></div>
</div>
<div class="right w300"><div class="ad300"><img src="http://www.dzwww.test/ad/2024/300x250_hbxw.jpg" width="300" height="250" alt="" /></div></div>
</div>
"""
    return render(HEAD, TITLE="山东新闻_大众网", KW="山东新闻,大众网", DESC="大众网山东新闻频道") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="layout main">
<div class="toutiao"><h1><a href="http://{HOST}{url(a0)}" target="_blank">{a0[0].title}</a></h1></div>
<div class="left w660">
<div class="sdxw"><h3><a href="http://{HOST}{COL}" target="_blank">山东新闻</a></h3>
<ul>
<li><a href="http://{HOST}{url(a1)}" target="_blank">{a1[0].title}</a></li>
<li><a href="http://{HOST}{COL}202404/t20240425_13990146.htm" target="_blank">{HOT[2][1]}</a></li>
</ul></div>
</div>
<div class="right w300"><div class="hbxw-ewm"><img src="http://www.dzwww.test/2015/images/hbxw_ewm.jpg" width="100" height="100" alt="" /><p>扫码下载海报新闻客户端</p></div></div>
</div>
"""
    return render(HEAD, TITLE="大众网_山东重点新闻网站", KW="大众网,山东新闻", DESC="大众网是山东省重点新闻网站") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "大众网 (dzwww.com)-like provincial news portal on TRS WCM: gb2312, TRS_Editor, createPageHTML pager over 3 article pages",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put(COL, listing(0))
    fam.put(COL + "index.htm", listing(0))
    fam.put(COL + "index_1.htm", listing(1))
    fam.not_documents += ["/", COL, COL + "index.htm", COL + "index_1.htm"]
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[7]) if a[7] > 1 else [a[0].paras]
        pages = []
        for n, run in enumerate(runs):
            fam.put(url(a, n), article(i, n, run))
            pages.append(url(a, n))
        fam.not_documents += pages[1:]
        if len(pages) > 1:
            fam.doc(pages, a[0], published_at=a[3][:10], pages_found_by="script pager")
        else:
            fam.doc(pages, a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\n", encoding="utf-8")
    fam.noise += [
        "责任编辑",
        "孙晓彤",
        "分享到",
        "扫码下载海报新闻客户端",
        "相关新闻",
        "热点排行",
        "鲁ICP备09023866号-1",
        "大众报业集团主办",
        "上一页",
        "下一页",
        "TRS_Editor",
    ]
    fam.note = (
        "3-page article through TRS's createPageHTML (page URLs only built in script: t…_1.htm, t…_2.htm); "
        "TRS_Editor style block inside the text div; GBK pages with header text/html"
    )
    return fam
