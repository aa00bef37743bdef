"""中国军网 (81.cn)-like article pages on its CMS: articles at `/yw_208727/16309482.html` (the channel
folder carries its node id), lists `/yw_208727/index.html` then `index_2.html`; publication meta tags
(`publishdate`, `contentid`, `catalogs`, `source`, `author`, `editor`), the top bar (国防部网 / 解放军报 /
客户端), the channel nav, 当前位置, `div.article-header` (h1, `div.info` 来源 / 作者 / 责任编辑 /
`small.time`), the text in `div#article-content` between `<!--enpcontent-->` / `<!--/enpcontent-->`
with the `<!--enpproperty …-->` comment block before it; one article a news piece whose lead
(`…现将讲话全文刊发如下。`) and a centred photo with its caption (`…（摄影：…）`) come before the
speech; after the text the 分享到 bar and 扫码 box, 相关新闻, 推荐阅读 sidebar, footer with the
军队网站 labels and ICP. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.junwang-like.test"
COL = "/yw_208727/"

LEAD = ("5月9日上午，第72集团军某旅隆重召开新兵开训动员大会，来自全国18个省份的400余名新兵正式开启军旅生涯第一课。"
        "大会上，新兵代表、带兵骨干代表分别作表态发言，旅长陈志刚作开训动员讲话。现将讲话全文刊发如下。")
PHOTO = ("/attachement/jpg/site351/20240511/f44d305ea5c127a40c1d0a.jpg",
         "图为新兵开训动员大会现场。（摄影：刘佳豪）")

# speech, id, time, headline, source, author, editor, lead, photo
ARTICLES = [
    (SPEECHES["f36b-a1"], "16309482", "2024-05-11 07:12:30", "开训第一课，旅长这样讲", "中国军网", "刘佳豪 王宇航", "王子明", LEAD, PHOTO),
    (SPEECHES["f36b-a2"], "16334217", "2024-09-01 16:40:05", "在老兵退役欢送仪式上的讲话", "中国军网", "陈志刚", "孙丽华", "", None),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="stylesheet" href="/images/81cn/css/bootstrap.min.css">
<link rel="stylesheet" href="/images/81cn/css/common.css">
<link rel="stylesheet" href="/images/81cn/css/article.css">
<script src="/images/81cn/js/jquery.min.js"></script>
<!--[if lt IE 9]><script src="/images/81cn/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<div class="top-bar"><div class="container">
<div class="pull-left"><a href="http://www.mod-like.test/" target="_blank">国防部网</a><a href="http://www.jfjb-like.test/" target="_blank">解放军报</a><a href="/zgjw_khd/" target="_blank">中国军网客户端</a><a href="/wap/" target="_blank">手机版</a></div>
<div class="pull-right"><a href="/english/">English</a><a href="/jwzl/">军网专栏</a><a href="/sitemap/">网站地图</a></div>
</div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/images/81cn/img/logo.png" alt="中国军网（测试）"></a>
<form class="search-form" action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div></header>
<nav class="nav-bar"><div class="container"><ul class="nav-list">
<li><a href="/">首页</a></li><li class="active"><a href="/yw_208727/">要闻</a></li><li><a href="/jfjbmap/">军报</a></li><li><a href="/jwzx/">军事</a></li><li><a href="/gf_208521/">国防</a></li><li><a href="/jmywyl/">军媒</a></li><li><a href="/sp/">视频</a></li><li><a href="/tp/">图片</a></li><li><a href="/pl/">评论</a></li><li><a href="/zt/">专题</a></li><li><a href="/bqtd/">兵器</a></li><li><a href="/xlpd/">训练</a></li>
</ul></div></nav>
"""

FOOT = """<footer class="footer"><div class="container">
<p class="footer-link"><a href="/gywm/" target="_blank">关于我们</a> | <a href="/lxwm/" target="_blank">联系我们</a> | <a href="/bqsm/" target="_blank">版权声明</a> | <a href="/wzdt/" target="_blank">网站地图</a></p>
<p>中国军网（测试） 版权所有 未经授权禁止复制或建立镜像</p>
<p>主办单位：解放军新闻传播中心（测试）　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05083286号</a>　京公网安备 11010202000302号</p>
<p>军队网站机构识别码：<span>001001</span>　<a href="/jbpt/" target="_blank">违法和不良信息举报</a></p>
<div class="footer-img"><a href="http://www.jgwj-like.test/" target="_blank"><img src="/images/81cn/img/jdwz.png" alt="军队网站"></a></div>
</div></footer>
<script src="/images/81cn/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2f5a7c9e1b3d4f60a8c7e9b1d2f3a4b5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """<div class="col-md-4 sidebar">
<div class="side-box"><div class="side-title">推荐阅读</div><ul class="side-list">
<li><a href="/yw_208727/16330511.html" target="_blank">练兵备战一线：夜间实弹射击检验官兵实战能力</a></li>
<li><a href="/yw_208727/16328870.html" target="_blank">新时代革命军人风采：扎根高原的“雪域尖兵”</a></li>
<li><a href="/yw_208727/16327402.html" target="_blank">国防动员“四会”教育活动走进高校</a></li>
</ul></div>
<div class="side-box ewm"><img src="/images/81cn/img/khd_ewm.png" alt=""><p>扫码下载中国军网客户端</p></div>
</div>
"""


def url_of(a):
    return f"{COL}{a[1]}.html"


def article(a, other):
    speech, cid, stamp, head, source, author, editor, lead, photo = a
    parts = []
    if lead:
        parts.append(f"<p>　　{lead}</p>")
    if photo:
        parts.append(f'<p style="text-align: center;"><img src="{photo[0]}" border="0" alt="" sourcename="本地文件" sourcedescription="编辑提供的本地文件" /></p>')
        parts.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{photo[1]}</span></p>')
    parts += [f"<p>　　{p}</p>" for p in speech.paras]
    paras = "\n".join(parts)
    body = f"""<div class="container main">
<div class="row">
<div class="col-md-8 article">
<div class="breadcrumb-box">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">要闻</a></div>
<div class="article-header">
  <h1>{head}</h1>
  <div class="info">
    <span id="dSource">来源：{source}</span>
    <span>作者：{author}</span>
    <span>责任编辑：{editor}</span>
    <small class="time">{stamp}</small>
  </div>
</div>
<!--enpproperty <articleid>{cid}</articleid><date>{stamp}</date><author>{author}</author><title>{head}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>208727</nodeid><nodename>要闻</nodename><nodesearchname>yw</nodesearchname>/enpproperty-->
<div id="article-content" class="article-content">
<!--enpcontent-->{paras}<!--/enpcontent-->
</div>
<div class="share-box"><span>分享到：</span><a class="share-wx" href="javascript:;" title="微信"></a><a class="share-wb" href="javascript:;" title="微博"></a><a class="share-qq" href="javascript:;" title="QQ"></a>
<div class="share-ewm" style="display:none;"><div id="qrcode"></div><p>扫码在手机上阅读</p></div></div>
<div class="related-news"><div class="related-title">相关新闻</div><ul>
<li><a href="{url_of(other)}" target="_blank">{other[3]}</a><span>{other[2][:10]}</span></li>
<li><a href="/yw_208727/16298104.html" target="_blank">新兵下连前的最后一课</a><span>2024-04-28</span></li>
</ul></div>
</div>
{SIDE}
</div>
</div>
<script src="/images/81cn/js/qrcode.min.js"></script>
<script>$(function(){{ new QRCode(document.getElementById("qrcode"), {{text: location.href, width: 100, height: 100}}); }});</script>
"""
    meta = (f'<meta name="publishdate" content="{stamp[:10]}">\n<meta name="contentid" content="{cid}">\n'
            f'<meta name="catalogs" content="208727">\n<meta name="source" content="{source}">\n'
            f'<meta name="author" content="{author}">\n<meta name="editor" content="{editor}">\n')
    return render(HEAD + body + FOOT, TITLE=f"{head} - 中国军网（测试）", KW=head, DESC=head, META=meta)


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><a href="{a[1]}.html" target="_blank">{a[3]}</a><small class="time">{a[2][:10]}</small></li>' for a in items
    )
    names = ["index.html"] + [f"index_{n}.html" for n in range(2, count + 1)]
    pager = " ".join(
        f'<span class="current">{n}</span>' if n == k else f'<a href="{names[n - 1]}">{n}</a>' for n in range(1, count + 1)
    )
    if k < count:
        pager += f' <a href="{names[k]}">下一页</a>'
    if k > 1:
        pager = f'<a href="{names[k - 2]}">上一页</a> ' + pager
    body = f"""<div class="container main">
<div class="row">
<div class="col-md-8">
<div class="breadcrumb-box">当前位置：<a href="/">首页</a> &gt; 要闻</div>
<ul class="news-list">
{rows}
</ul>
<div class="page-box">{pager}</div>
</div>
{SIDE}
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="要闻 - 中国军网（测试）", KW="要闻", DESC="要闻", META="")


def home():
    rows = "".join(f'<li><a href="{url_of(a)}" target="_blank">{a[3]}</a></li>' for a in ARTICLES)
    body = f"""<div class="container main index">
<div class="headline"><h2><a href="{url_of(ARTICLES[1])}" target="_blank">{ARTICLES[1][3]}</a></h2></div>
<div class="row"><div class="col-md-8"><div class="box-title"><a href="{COL}">要闻</a><a class="more" href="{COL}">更多</a></div><ul class="news-list">{rows}</ul></div>
{SIDE}</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中国军网（测试）", KW="中国军网,军事新闻", DESC="中国军网", META="")


def build() -> Family:
    fam = Family(
        HOST,
        "81.cn-like article pages: /yw_208727/N.html, publishdate meta, article-header info line, enpproperty comment, <!--enpcontent--> text, news lead + photo caption, share box, 相关新闻",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], title=a[3], published_at=a[2][:10])
    fam.put("/", home())
    fam.put(COL, list_page(ARTICLES[1:], 1, 2))
    fam.put(f"{COL}index.html", list_page(ARTICLES[1:], 1, 2))
    fam.put(f"{COL}index_2.html", list_page(ARTICLES[:1], 2, 2))
    fam.not_documents += ["/", COL, f"{COL}index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        "中国军网（测试）",
        "当前位置：",
        "来源：中国军网",
        "责任编辑：",
        "王子明",
        "第72集团军某旅隆重召开新兵开训动员大会",
        "现将讲话全文刊发如下",
        "图为新兵开训动员大会现场",
        "分享到：",
        "扫码在手机上阅读",
        "相关新闻",
        "推荐阅读",
        "京ICP备05083286号",
        "军队网站机构识别码",
    ]
    return fam
