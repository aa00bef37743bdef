"""浙江在线 (zjnews.zjol.com.cn)-like article pages published by TRS WCM: UTF-8,
`/zjnews/zjxw/202405/t20240516_26912345.shtml`, a long speech cut by the editor's page break into
`t…_1.shtml` with TRS's `createPageHTML(2, 0, "t…", "shtml")` pager script (the links exist only as the script
writes them); top bar (浙江在线首页, 浙江新闻客户端, 天目新闻, 登录/注册), channel nav, `您当前的位置` crumb,
`div.contTit` h1, `div.artInfo` with Baidu news spans (`pubtime_baidu`, `source_baidu`, `author_baidu`,
`editor_baidu`), text in `div.contTxt > div.TRS_Editor` of `text-indent` paragraphs; a `浙江在线杭州5月16日讯`
lead paragraph on page 1; bdshare 分享到, 浙江新闻客户端 QR, 相关新闻, 新闻排行, the 浙江在线 footer with ICP
and 新闻许可证 lines. Listing `/zjnews/zjxw/` (= `index.shtml`) then `index_1.shtml` (TRS list pager script)."""

from common import SPEECHES, Family, render, split_paras

HOST = "zjnews.zjol-like.test"
COL = "/zjnews/zjxw/"

ARTICLES = [
    # speech, id, ym, day, time, source, author, editor, pages, lead
    (
        SPEECHES["f45b-1"],
        "26912345",
        "202405",
        "20240516",
        "2024-05-16 18:42:07",
        "浙江在线",
        "浙江在线记者 沈佳怡 通讯员 陈晓",
        "王逸群",
        2,
        "浙江在线杭州5月16日讯（浙江在线记者 沈佳怡 通讯员 陈晓）5月16日，市委、市政府召开全市数字经济高质量发展推进会。副市长出席会议并讲话。现将讲话全文刊发如下。",
    ),
    (
        SPEECHES["f45b-2"],
        "27305516",
        "202409",
        "20240912",
        "2024-09-12 10:15:33",
        "潮新闻",
        "",
        "周静",
        1,
        "",
    ),
]

OTHER = [
    ("202409/t20240911_27301872", "全省秋冬季森林防火工作部署会召开", "2024-09-11"),
    ("202409/t20240910_27298013", "杭甬高速复线宁波段二期开工", "2024-09-10"),
    ("202405/t20240515_26907760", "浙江启动第二批未来工厂培育", "2024-05-15"),
    ("202405/t20240514_26902231", "钱塘江海塘安澜工程年内完工过半", "2024-05-14"),
    ("202405/t20240513_26898145", "全省高校毕业生就业服务月活动启动", "2024-05-13"),
]

PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span class=\\"current\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
}
</script>
"""

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="renderer" content="webkit" />
<link rel="stylesheet" type="text/css" href="//www.zjol-like.test/css/common_2019.css" />
<link rel="stylesheet" type="text/css" href="//zjnews.zjol-like.test/css/article.css" />
<script type="text/javascript" src="//www.zjol-like.test/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="//www.zjol-like.test/js/mobile_adapt.js"></script>
</head>
<body>
<div class="topNav">
  <div class="w1200">
    <div class="fl"><a href="//www.zjol-like.test/" target="_blank">浙江在线首页</a><a href="//zjnews.zjol-like.test/" target="_blank">浙江新闻</a><a href="//app.zjol-like.test/" target="_blank" class="app">浙江新闻客户端</a><a href="//www.tmtpost-like.test/" target="_blank">天目新闻</a><a href="//tv.zjol-like.test/" target="_blank">视频</a></div>
    <div class="fr"><a href="//passport.zjol-like.test/login" target="_blank">登录</a>|<a href="//passport.zjol-like.test/register" target="_blank">注册</a></div>
  </div>
</div>
<div class="header w1200">
  <div class="logo"><a href="//zjnews.zjol-like.test/" target="_blank"><img src="//www.zjol-like.test/images/logo_zjnews.png" alt="浙江在线 浙江新闻" /></a></div>
  <div class="search"><form action="//search.zjol-like.test/" method="get" target="_blank"><input type="text" name="q" class="txt" value="" /><input type="submit" class="btn" value="搜索" /></form></div>
</div>
<div class="nav w1200">
  <ul><li><a href="//zjnews.zjol-like.test/" target="_blank">首页</a></li><li><a href="/zjnews/zjxw/" target="_blank">浙江新闻</a></li><li><a href="/zjnews/zjsz/" target="_blank">浙江时政</a></li><li><a href="/zjnews/hznews/" target="_blank">杭州</a></li><li><a href="/zjnews/nbnews/" target="_blank">宁波</a></li><li><a href="/zjnews/wznews/" target="_blank">温州</a></li><li><a href="//china.zjol-like.test/" target="_blank">国内</a></li><li><a href="//china.zjol-like.test/gjxw/" target="_blank">国际</a></li><li><a href="//opinion.zjol-like.test/" target="_blank">评论</a></li><li><a href="//photo.zjol-like.test/" target="_blank">图片</a></li></ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="//www.zjol-like.test/about/" target="_blank">关于我们</a> | <a href="//www.zjol-like.test/about/gg.shtml" target="_blank">广告服务</a> | <a href="//www.zjol-like.test/about/lxwm.shtml" target="_blank">联系我们</a> | <a href="//www.zjol-like.test/about/bqsm.shtml" target="_blank">版权声明</a> | <a href="//www.zjol-like.test/map/" target="_blank">网站地图</a></p>
    <p>浙江在线新闻网站有限公司版权所有　未经授权不得转载或建立镜像</p>
    <p>互联网新闻信息服务许可证：33120170001　<a href="https://beian.miit.gov.test/" target="_blank">浙ICP备12016609号-1</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=33010602001234" target="_blank">浙公网安备 33010602001234号</a></p>
    <p>浙江省互联网违法和不良信息举报中心　举报电话：0571-85310025</p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?5a3f98bd0c0a3cf7ba1c3f2ac2a1f0b7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def base(a):
    return f"t{a[3]}_{a[1]}"


def url(a, n=1):
    return f"{COL}{a[2]}/{base(a)}" + (f"_{n - 1}" if n > 1 else "") + ".shtml"


def rank_list():
    return "".join(
        f'<li><em class="n{k + 1}">{k + 1}</em><a href="{COL}{o[0]}.shtml" target="_blank">{o[1]}</a></li>\n'
        for k, o in enumerate(OTHER)
    )


def article(i, n, paras):
    speech, aid, ym, day, stamp, source, author, editor, pages, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    if n == 1 and lead:
        paras = [lead] + paras
    body_paras = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    pager = ""
    if pages > 1:
        pager = f'<div class="page" id="page">\n<script type="text/javascript">createPageHTML({pages}, {n - 1}, "{base(ARTICLES[i])}", "shtml");</script>\n</div>\n'
    body = f"""{PAGER_JS}<div class="w1200 clearfix">
<div class="position">您当前的位置 ：<a href="//www.zjol-like.test/" target="_blank">浙江在线</a>&nbsp;&gt;&nbsp;<a href="//zjnews.zjol-like.test/" target="_blank">浙江新闻</a>&nbsp;&gt;&nbsp;<a href="{COL}" target="_blank">浙江新闻</a></div>
<div class="leftCont">
  <div class="contTit"><h1>{speech.title}</h1></div>
  <div class="artInfo">
    <span id="pubtime_baidu">{stamp}</span>
    <span id="source_baidu">来源：<a href="//zjnews.zjol-like.test/" target="_blank">{source}</a></span>
    <span id="author_baidu">作者：{author}</span>
    <span id="editor_baidu">编辑：{editor}</span>
    <span class="fontSize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
  </div>
  <div class="contTxt" id="zoom">
<div class="TRS_Editor">
{body_paras}
</div>
  </div>
{pager}  <div class="share clearfix"><div class="bdsharebuttonbox"><span class="fl">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div></div>
  <div class="appCode"><img src="//www.zjol-like.test/images/zjxw_app_code.png" width="100" height="100" alt="" /><p>扫一扫下载浙江新闻客户端<br />浙江第一新闻端，权威资讯随身看</p></div>
  <div class="xgxw">
    <div class="tit"><h3>相关新闻</h3></div>
    <ul>
      <li><a href="{url(other)}" target="_blank">{other[0].title}</a><span>{other[4][:10]}</span></li>
      <li><a href="{COL}{OTHER[2][0]}.shtml" target="_blank">{OTHER[2][1]}</a><span>{OTHER[2][2]}</span></li>
      <li><a href="{COL}{OTHER[0][0]}.shtml" target="_blank">{OTHER[0][1]}</a><span>{OTHER[0][2]}</span></li>
    </ul>
  </div>
</div>
<div class="rightCont">
  <div class="ad300"><a href="//ad.zjol-like.test/c/1187" target="_blank"><img src="//www.zjol-like.test/ad/300x250_tmnews.jpg" width="300" height="250" alt="" /></a></div>
  <div class="phb"><div class="tit"><h3>新闻排行</h3></div><ul>
{rank_list()}</ul></div>
</div>
</div>
<script type="text/javascript">function doZoom(size){{ document.getElementById("zoom").style.fontSize = size + "px"; }}</script>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='//bdimg.share.baidu.test/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
"""
    return render(HEAD, TITLE=f"{speech.title}-浙江新闻-浙江在线", KW=speech.title, DESC=speech.paras[1][:80]) + body + FOOT


def listing(n):
    rows = [(url(a), a[0].title, a[4][:10]) for a in ARTICLES]
    rows += [(f"{COL}{o[0]}.shtml", o[1], o[2]) for o in OTHER]
    rows.sort(key=lambda r: r[2], reverse=True)
    rows = rows[:4] if n == 0 else rows[4:]
    items = "".join(
        f'<li><a href="{p}" target="_blank">{t}</a><span class="time">{d}</span></li>\n' for p, t, d in rows
    )
    body = f"""{PAGER_JS}<div class="w1200 clearfix">
<div class="position">您当前的位置 ：<a href="//www.zjol-like.test/" target="_blank">浙江在线</a>&nbsp;&gt;&nbsp;<a href="//zjnews.zjol-like.test/" target="_blank">浙江新闻</a>&nbsp;&gt;&nbsp;浙江新闻</div>
<div class="leftCont"><ul class="listUl">
{items}</ul>
<div class="page" id="page"><script type="text/javascript">createPageHTML(2, {n}, "index", "shtml");</script></div></div>
<div class="rightCont"><div class="phb"><div class="tit"><h3>新闻排行</h3></div><ul>
{rank_list()}</ul></div></div>
</div>
"""
    return render(HEAD, TITLE="浙江新闻-浙江在线", KW="浙江新闻,浙江在线", DESC="浙江在线浙江新闻频道") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="w1200 clearfix">
<div class="leftCont">
  <div class="ttnews"><h2><a href="{url(a1)}" target="_blank">{a1[0].title}</a></h2></div>
  <div class="mod"><div class="tit"><h3><a href="{COL}" target="_blank">浙江新闻</a></h3><a class="more" href="{COL}" target="_blank">更多&gt;&gt;</a></div><ul>
    <li><a href="{COL}{OTHER[0][0]}.shtml" target="_blank">{OTHER[0][1]}</a></li>
    <li><a href="{COL}{OTHER[1][0]}.shtml" target="_blank">{OTHER[1][1]}</a></li>
  </ul></div>
</div>
<div class="rightCont"><div class="appCode"><img src="//www.zjol-like.test/images/zjxw_app_code.png" width="100" height="100" alt="" /><p>扫一扫下载浙江新闻客户端</p></div></div>
</div>
"""
    return render(HEAD, TITLE="浙江新闻-浙江在线", KW="浙江新闻,浙江在线", DESC="浙江在线新闻频道") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "浙江在线 (zjnews.zjol.com.cn)-like TRS-published news pages: contTit/artInfo _baidu spans, contTxt TRS_Editor, createPageHTML pager over 2 pages",
    )
    fam.put("/", home())
    fam.put(COL, listing(0))
    fam.put(COL + "index.shtml", listing(0))
    fam.put(COL + "index_1.shtml", listing(1))
    fam.not_documents += ["/", COL, COL + "index.shtml", COL + "index_1.shtml"]
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[8]) if a[8] > 1 else [a[0].paras]
        pages = []
        for n, run in enumerate(runs, 1):
            fam.put(url(a, n), article(i, n, run))
            pages.append(url(a, n))
        fam.not_documents += pages[1:]
        if len(pages) > 1:
            fam.doc(pages, a[0], published_at=a[4][:10], pages_found_by="script pager")
        else:
            fam.doc(pages, a[0], published_at=a[4][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n", encoding="utf-8")
    fam.noise += [
        "您当前的位置",
        "浙江在线杭州5月16日讯",
        "现将讲话全文刊发如下",
        "分享到",
        "扫一扫下载浙江新闻客户端",
        "相关新闻",
        "新闻排行",
        "浙ICP备12016609号-1",
        "浙江在线新闻网站有限公司版权所有",
        "字号：",
    ]
    fam.note = (
        "2-page speech: page 2 (t…_1.shtml) is linked only by TRS's createPageHTML document.write pager; "
        "page 1 opens with a 浙江在线…讯 lead (not the speech); the listing's page 2 (index_1.shtml) is also script-written"
    )
    return fam
