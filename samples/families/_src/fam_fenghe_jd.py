"""凤禾街道办事处 site on a Hainan-style provincial 政府网站集约化平台 (site folder + column folder,
articles `/<site>/<column>/YYYYMM/<32-hex>.shtml`), UTF-8.

Home `/` (= `/fhjd/`): 无障碍 / 长者模式 top bar, banner, 街道要闻 / 领导讲话 blocks → column
`/fhjd/ldjh/list.shtml` (+ `list_2.shtml`, not a document; `page_div` pager 首页/上一页/下一页/尾页 with
`共2页`) → articles. Article pages: gov meta tags, 当前位置 crumb, `h1.zw-title`, `div.zw-info` with
发布机构 / 发布日期 / 浏览次数 (`<span id="viewCount">` filled by a script), 字号 大中小, the text in
`div#zoom` (`<p style="text-indent:2em">`), a 附件 list (`div.zw-fj` of .pdf/.docx links) right after the
text, 扫一扫在手机打开 QR box, 【打印】【关闭】, 相关文章, footer with 网站标识码 / 琼ICP备 / 公安备案."""

from common import SPEECHES, Family

HOST = "www.fenghejd-qsite.gov.test"
COL = "/fhjd/ldjh/list.shtml"
COL2 = "/fhjd/ldjh/list_2.shtml"
A1 = "/fhjd/ldjh/202504/3c9e1f7a52d84b06a1e2c7f0b9d34e18.shtml"
A2 = "/fhjd/ldjh/202505/8a47d2c05e1b4f99b3c6e2a1d7f04c52.shtml"
OLD = [
    ("/fhjd/ldjh/202503/d15b8e2f9a6c4e07b2a3f1c8e5d90a64.shtml", "凤禾街道召开2025年度党建工作会议", "2025-03-06"),
    ("/fhjd/ldjh/202502/6e0c3a9b17f24d58a9e1b2c4d8f7063a.shtml", "王立峰到金桥社区调研基层治理工作", "2025-02-18"),
    ("/fhjd/ldjh/202501/b72f4c1e0d9a4a3c8e5f6d2b1a9c7e40.shtml", "街道领导班子开展春节前走访慰问困难群众活动", "2025-01-20"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="琼溪县凤禾街道办事处">
<meta name="SiteDomain" content="www.fenghejd-qsite.gov.test">
<meta name="SiteIDCode" content="4690270031">
<meta name="ColumnName" content="@@COLNAME@@">
<meta name="ColumnType" content="@@COLTYPE@@">
@@ARTMETA@@<title>@@TITLE@@</title>
<link rel="stylesheet" href="/hnjyh/css/common.css">
<link rel="stylesheet" href="/hnjyh/css/fhjd/style.css">
<script src="/hnjyh/js/jquery-1.12.4.min.js"></script>
<script src="/hnjyh/js/common.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
<span class="fl">欢迎访问琼溪县凤禾街道办事处网站！今天是<span id="today"></span></span>
<span class="fr"><a href="javascript:void(0)" id="wza" onclick="aria.start()">无障碍</a> | <a href="javascript:void(0)" onclick="aria.oldFixedStart()">长者模式</a> | <a href="http://www.qiongxi-qsite.gov.test/" target="_blank">琼溪县人民政府</a> | <a href="/fhjd/wap/">手机版</a></span>
</div></div>
<div class="header"><div class="w1200">
<a href="/" class="logo"><img src="/hnjyh/images/fhjd/logo.png" alt="琼溪县凤禾街道办事处"></a>
<div class="search"><form action="/so/search.shtml" method="get" target="_blank"><input type="hidden" name="siteCode" value="4690270031"><input type="text" name="qt" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/fhjd/jdgk/list.shtml">街道概况</a></li><li><a href="/fhjd/jdyw/list.shtml">街道要闻</a></li><li@@ON@@><a href="@@COL@@">领导讲话</a></li><li><a href="/fhjd/tzgg/list.shtml">通知公告</a></li><li><a href="/fhjd/zfxxgk/">政府信息公开</a></li><li><a href="/fhjd/bsfw/list.shtml">便民服务</a></li><li><a href="/fhjd/hdjl/">互动交流</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="f-links"><a href="/fhjd/wzdt/">网站地图</a> | <a href="/fhjd/lxwm/">联系我们</a> | <a href="/fhjd/wzsm/">网站声明</a></div>
<div class="f-info">
<p>主办单位：琼溪县凤禾街道办事处　承办：琼溪县凤禾街道党政办公室　联系电话：0898-6288xxxx</p>
<p>网站标识码：4690270031　<a href="https://beian.miit.gov.cn/" target="_blank">琼ICP备05000123号</a>　<img src="/hnjyh/images/ga.png" alt="">琼公网安备 46902702000015号</p>
<p>技术支持：海南省政府网站集约化平台</p>
</div>
<div class="f-icons"><script id="_jiucuo_" sitecode="4690270031" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A3C9D1E" target="_blank"><img src="/hnjyh/images/dzjg.png" alt="党政机关"></a></span></div>
</div></div>
<script src="/hnjyh/js/aria.js?appid=7f3b2c1d" charset="utf-8"></script>
<script>
var _hmt = _hmt || [];
(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?0c2f7e9a1b3d5c6f8a0e2d4b6c8f1a3e";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
"""


def head(title, colname="领导讲话", coltype="栏目页", artmeta="", on=True):
    from common import render
    return render(HEAD, TITLE=title, COLNAME=colname, COLTYPE=coltype, ARTMETA=artmeta, ON=' class="on"' if on else "", COL=COL)


def article(path, title, speech, date, time, source, files, related):
    meta = (f'<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date} {time}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="Keywords" content="领导讲话">\n'
            f'<meta name="Url" content="http://{HOST}{path}">\n')
    paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in speech.paras)
    fj = "\n".join(f'<li><a href="{href}" target="_blank">{name}</a></li>' for href, name in files)
    rel = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in related)
    art_id = path.rsplit("/", 1)[1].split(".")[0]
    return head(f"{title}_领导讲话_琼溪县凤禾街道办事处", coltype="文章页", artmeta=meta) + f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">领导讲话</a> &gt; 正文</div>
<div class="zw-box">
<h1 class="zw-title">{title}</h1>
<div class="zw-info">
<span>发布机构：{source}</span>
<span>发布日期：{date} {time}</span>
<span>浏览次数：<span id="viewCount"></span></span>
<span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
</div>
<div class="zw-con" id="zoom">
<!--ContentStart-->
{paras}
<!--ContentEnd-->
</div>
<div class="zw-fj">
<p class="fj-tit">附件：</p>
<ul>
{fj}
</ul>
</div>
<div class="zw-tools">
<div class="ewm">扫一扫在手机打开当前页<div id="qrcode"></div></div>
<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a>
</div>
<div class="zw-xg"><h3>相关文章</h3><ul>
{rel}
</ul></div>
</div>
</div>
<script>
$.get("/hnjyh/count/view.do?siteCode=4690270031&articleId={art_id}", function(n){{ $("#viewCount").text(n); }});
$("#qrcode").qrcode({{width:100,height:100,text:location.href}});
</script>
""" + FOOT


def listing(rows, cur):
    items = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>' for h, t, d in rows)
    if cur == 1:
        pager = f'<div class="page_div"><a class="disabled">首页</a><a class="disabled">上一页</a><span class="current">1</span><a href="{COL2}">2</a><a href="{COL2}">下一页</a><a href="{COL2}">尾页</a><span class="total">共2页</span></div>'
    else:
        pager = f'<div class="page_div"><a href="{COL}">首页</a><a href="{COL}">上一页</a><a href="{COL}">1</a><span class="current">2</span><a class="disabled">下一页</a><a class="disabled">尾页</a><span class="total">共2页</span></div>'
    return head("领导讲话_琼溪县凤禾街道办事处") + f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <span>领导讲话</span></div>
<div class="side"><h2>工作动态</h2><ul><li><a href="/fhjd/jdyw/list.shtml">街道要闻</a></li><li class="on"><a href="{COL}">领导讲话</a></li><li><a href="/fhjd/sqdt/list.shtml">社区动态</a></li></ul></div>
<div class="list-box"><div class="list-tit"><h2>领导讲话</h2></div>
<ul class="list">
{items}
</ul>
{pager}
</div>
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "Hainan-style 政府网站集约化平台 街道 site (/<site>/<column>/YYYYMM/<32-hex>.shtml)")
    s1, s2 = SPEECHES["f55b-1"], SPEECHES["f55b-2"]
    t1 = "王立峰在全街道城市更新和老旧小区改造工作推进会上的讲话"
    t2 = "王立峰在街道2025年度防汛防台工作动员部署会上的讲话"
    fj1 = [("/fhjd/ldjh/202504/3c9e1f7a52d84b06a1e2c7f0b9d34e18/files/2025lxgz.pdf", "1.凤禾街道2025年老旧小区改造项目清单.pdf"),
           ("/fhjd/ldjh/202504/3c9e1f7a52d84b06a1e2c7f0b9d34e18/files/zrfg.docx", "2.街道班子成员包小区包项目责任分工表.docx")]
    fj2 = [("/fhjd/ldjh/202505/8a47d2c05e1b4f99b3c6e2a1d7f04c52/files/fxya.pdf", "凤禾街道2025年防汛防台应急预案.pdf")]
    rows = [(A2, t2, "2025-05-28"), (A1, t1, "2025-04-17")] + OLD[:1]
    fam.put(A1, article(A1, t1, s1, "2025-04-17", "16:32", "凤禾街道党政办公室", fj1, [(A2, t2, "2025-05-28"), OLD[0]]))
    fam.put(A2, article(A2, t2, s2, "2025-05-28", "17:05", "凤禾街道应急管理办公室", fj2, [(A1, t1, "2025-04-17"), OLD[1]]))
    fam.doc([A1], s1, title=t1)
    fam.doc([A2], s2, title=t2)
    fam.put(COL, listing(rows, 1))
    fam.put(COL2, listing(OLD[1:], 2))
    for h, t, d in OLD:
        fam.put(h, head(f"{t}_领导讲话_琼溪县凤禾街道办事处", coltype="文章页") + f'<div class="w1200 main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">领导讲话</a> &gt; 正文</div><div class="zw-box"><h1 class="zw-title">{t}</h1><div class="zw-info"><span>发布机构：凤禾街道党政办公室</span><span>发布日期：{d} 10:20</span><span>浏览次数：<span id="viewCount"></span></span></div><div class="zw-con" id="zoom"><p style="text-indent:2em;">{d[:4]}年{int(d[5:7])}月{int(d[8:])}日，{t.replace("凤禾街道", "街道")}。街道党工委书记王立峰出席并讲话，街道领导班子成员参加。</p></div></div></div>' + FOOT)
    home = head("琼溪县凤禾街道办事处", colname="首页", coltype="首页", on=False) + f"""<div class="w1200 main home">
<div class="banner"><img src="/hnjyh/images/fhjd/banner1.jpg" alt="凤禾街道"></div>
<div class="box yw"><div class="box-tit"><h2>街道要闻</h2><a href="/fhjd/jdyw/list.shtml" class="more">更多&gt;&gt;</a></div>
<ul><li><a href="{OLD[0][0]}" target="_blank">{OLD[0][1]}</a><span>{OLD[0][2][5:]}</span></li></ul></div>
<div class="box ldjh"><div class="box-tit"><h2>领导讲话</h2><a href="{COL}" class="more">更多&gt;&gt;</a></div>
<ul><li><a href="{A2}" target="_blank">{t2}</a><span>05-28</span></li></ul></div>
<div class="box fw"><h2>便民服务</h2><a href="http://wssp.hainan.gov.test/">海南政务服务网</a> <a href="/fhjd/bsfw/list.shtml">办事指南</a></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /so/\nDisallow: /hnjyh/count/\n")
    fam.not_documents += ["/", COL, COL2, OLD[0][0]]
    fam.noise += ["发布机构：", "浏览次数：", "附件：", "老旧小区改造项目清单", "防汛防台应急预案.pdf", "扫一扫在手机打开当前页", "【打印】", "相关文章", "琼ICP备05000123号", "网站标识码", "长者模式"]
    return fam
