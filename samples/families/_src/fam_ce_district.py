"""中国经济网 (ce.cn) 地方经济 channel (district.ce.cn-like), the 2022 UTF-8 revamp of its article template.

Home `/` (头条 block, 地方要闻 list) → 地方要闻 column `/newarea/roll/index.shtml` (+ `index_1.shtml`, TRS
`createPageHTML` pager printed as plain links) → articles `/newarea/roll/202405/t20240515_38986421.shtml`:
TRS publication meta (`contentid`, `publishdate`, `source`), `div.crumbs` 当前位置, `div.art-title h1`,
`div.art-info` (`span.time` 2024-05-15 08:36, `span.source` 来源：经济日报-中国经济网, 作者, 字号 大 中 小), a
分享到 row (微信 / 微博 / QQ空间) above the text; `div.art-con#articleText > div.TRS_Editor` with
`<p style="text-indent:2em">`; the 民营经济 speech cut by TRS's page breaker into `t…_38986421.shtml` /
`t…_38986421_1.shtml` (`div.page` 上一页 / 1 / 2 / 下一页), a `中国经济网青禾5月15日讯（记者 …）` lead and an
`<em>` 编者按-style line on page 1; under the text on each page the 【责任编辑：…】 row and a second 分享到 row
(+ 打印 / 纠错), 相关新闻, the 中国经济网版权及免责声明 box, 经济日报客户端 QR, footer (京ICP证, 京公网安备)."""

from common import SPEECHES, Family, split_paras

HOST = "district.ce-jingmo-like.test"
COL = "/newarea/roll/"
A1 = "t20240515_38986421"
A2 = "t20240921_39172264"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="stylesheet" href="/css/2022/common.css">
<link rel="stylesheet" href="/css/2022/article.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><div class="fl"><a href="http://www.ce-jingmo-like.test/">中国经济网首页</a> | <a href="http://paper.ce-jingmo-like.test/">经济日报</a> | <a href="http://m.ce-jingmo-like.test/">手机版</a> | <a href="http://app.ce-jingmo-like.test/">经济日报客户端</a></div><div class="fr"><a href="http://www.ce-jingmo-like.test/about/">关于我们</a> <a href="http://www.ce-jingmo-like.test/rss/">RSS订阅</a></div></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/2022/logo_district.png" alt="中国经济网 地方经济"></a>
<div class="search"><form action="http://search.ce-jingmo-like.test/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">地方经济首页</a></li><li class="on"><a href="/newarea/roll/">地方要闻</a></li><li><a href="/newarea/sddy/">深度调研</a></li><li><a href="/newarea/zsyz/">招商引资</a></li><li><a href="/newarea/zt/">专题</a></li><li><a href="/newarea/tp/">图片</a></li></ul></div>
<div class="main w1200">
"""

FOOT = """</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.ce-jingmo-like.test/about/">关于我们</a> | <a href="http://www.ce-jingmo-like.test/about/ad.shtml">广告服务</a> | <a href="http://www.ce-jingmo-like.test/about/lxwm.shtml">联系我们</a> | <a href="http://www.ce-jingmo-like.test/about/bqsm.shtml">版权声明</a> | <a href="http://www.ce-jingmo-like.test/jubao/">违法和不良信息举报</a></p>
<p>中国经济网 版权所有 互联网新闻信息服务许可证(10120170008) 京ICP证040428号 京公网安备11010202000007号</p>
<p>经济日报社主办 中国经济网承办 举报电话：010-8102xxxx</p>
</div></div>
<script src="/js/2022/share.js"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3e1c9f0a2b7d4c5e6f8091a2b3c4d5e6";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""

SHARE = '<div class="share-row"><span>分享到：</span><a class="share-wx" href="javascript:;" title="微信">微信</a><a class="share-wb" href="javascript:;" title="新浪微博">微博</a><a class="share-qz" href="javascript:;" title="QQ空间">QQ空间</a></div>'

ARTS = {
    A1: dict(speech=SPEECHES["f56d-1"], day="202405", time="2024-05-15 08:36", author="韩 阳",
             title="青禾市委书记：在全市民营经济高质量发展推进会上的讲话",
             lead="中国经济网青禾5月15日讯（记者 韩阳）5月14日，青禾市召开全市民营经济高质量发展推进会。市委书记李建峰出席会议并讲话。现将讲话全文刊发如下：",
             editor="张 涵"),
    A2: dict(speech=SPEECHES["f56d-2"], day="202409", time="2024-09-21 10:12", author="孙 蕾",
             title="在第二十届中国（青禾）国际食品博览会开幕式上的致辞",
             lead="中国经济网青禾9月20日讯（记者 孙蕾）9月20日，第二十届中国（青禾）国际食品博览会在青禾国际会展中心开幕。青禾市市长周海明在开幕式上致辞。致辞全文如下：",
             editor="王 炬"),
}


def head(title, kw, desc, meta=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@META@@", meta)


def art_url(aid, n=0):
    a = ARTS[aid]
    return f"{COL}{a['day']}/{aid}{'_' + str(n) if n else ''}.shtml"


def article(aid, n, count, paras):
    a = ARTS[aid]
    sp = a["speech"]
    meta = (f'<meta name="contentid" content="{aid[10:]}">\n<meta name="publishdate" content="{a["time"][:10]}">\n'
            f'<meta name="source" content="经济日报-中国经济网">\n<meta name="author" content="{a["author"]}">\n')
    body = "".join(f'<p style="text-indent:2em">{p}</p>\n' for p in paras)
    if n == 0:
        body = f'<p style="text-indent:2em">{a["lead"]}</p>\n' + body
    pager = ""
    if count > 1:
        links = "".join(f'<span class="cur">{i + 1}</span>' if i == n else f'<a href="{aid}{"_" + str(i) if i else ""}.shtml">{i + 1}</a>' for i in range(count))
        prev = f'<a href="{aid}{"_" + str(n - 1) if n - 1 else ""}.shtml">上一页</a>' if n else '<span class="disabled">上一页</span>'
        nxt = f'<a href="{aid}_{n + 1}.shtml">下一页</a>' if n + 1 < count else '<span class="disabled">下一页</span>'
        pager = f'<div class="page" id="page">{prev}{links}{nxt}</div>\n'
    other = A2 if aid == A1 else A1
    t = head(f'{a["title"]}{"(" + str(n + 1) + ")" if n else ""}_中国经济网——国家经济门户', "讲话,致辞,青禾", sp.paras[0][:60], meta)
    t += f"""<div class="crumbs">当前位置：<a href="http://www.ce-jingmo-like.test/">中国经济网</a> &gt; <a href="/">地方经济</a> &gt; <a href="{COL}">地方要闻</a> &gt; 正文</div>
<div class="art-main fl">
<div class="art-title"><h1>{a['title']}</h1></div>
<div class="art-info"><span class="time">{a['time']}</span><span class="source">来源：经济日报-中国经济网</span><span class="author">作者：{a['author']}</span><span class="zihao">字号：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></span></div>
{SHARE}
<div class="art-con" id="articleText">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
{body}</div>
{pager}</div>
<div class="bianji">【责任编辑：{a['editor']}】</div>
<div class="share-bottom">{SHARE}<a href="javascript:window.print()" class="print">打印</a><a href="http://www.ce-jingmo-like.test/jiucuo/" class="jiucuo">纠错</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="{art_url(other)}">{ARTS[other]['title']}</a><span>{ARTS[other]['time'][:10]}</span></li><li><a href="{COL}202404/t20240428_38911002.shtml">青禾一季度民营经济增加值同比增长7.9%</a><span>2024-04-28</span></li></ul></div>
<div class="mzsm"><p>中国经济网版权及免责声明：</p><p>1、凡本网注明“来源：中国经济网” 或“来源：经济日报-中国经济网”的所有作品，版权均属于中国经济网，未经本网授权，任何单位及个人不得转载、摘编或以其它方式使用上述作品。</p><p>2、本网转载其他媒体之作品，意在为公众提供免费服务。如权利所有人拒绝在本网站发布其作品，可与本网联系，本网视情况可立即将其撤除。</p></div>
</div>
<div class="art-side fr"><div class="app-qr"><img src="/images/2022/jjrb_app_qr.png" alt=""><p>扫码下载经济日报客户端</p></div>
<div class="hot"><h3>热点推荐</h3><ul><li><a href="{COL}202405/t20240512_38975531.shtml">县域经济观察：特色产业撑起增收路</a></li><li><a href="/newarea/sddy/">深度调研：中部城市如何留住制造业</a></li></ul></div></div>
""" + FOOT
    return t


def listing(n):
    rows1 = [(art_url(A2), ARTS[A2]["title"], "09-21"), (f"{COL}202409/t20240919_39160017.shtml", "青禾港区新开通两条外贸航线", "09-19"), (art_url(A1), ARTS[A1]["title"], "05-15")]
    rows2 = [(f"{COL}202404/t20240428_38911002.shtml", "青禾一季度民营经济增加值同比增长7.9%", "04-28"), (f"{COL}202404/t20240416_38870013.shtml", "青禾出台稳外贸十条措施", "04-16")]
    rows = rows1 if n == 0 else rows2
    lis = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span class="date">{d}</span></li>\n' for u, t, d in rows)
    pager = ('<div class="list-page"><span class="cur">1</span><a href="index_1.shtml">2</a><a href="index_1.shtml">下一页</a><span>共2页</span></div>' if n == 0 else
             '<div class="list-page"><a href="index.shtml">上一页</a><a href="index.shtml">1</a><span class="cur">2</span><span>共2页</span></div>')
    t = head("地方要闻_中国经济网——国家经济门户", "地方要闻", "地方要闻")
    return t + f'<div class="crumbs">当前位置：<a href="http://www.ce-jingmo-like.test/">中国经济网</a> &gt; <a href="/">地方经济</a> &gt; 地方要闻</div>\n<div class="list-main"><ul class="list">\n{lis}</ul>\n{pager}</div>\n' + FOOT


def build() -> Family:
    fam = Family(HOST, "中国经济网 (ce.cn) 地方经济 channel, 2022 UTF-8 article template")
    sp1 = ARTS[A1]["speech"]
    runs = split_paras(sp1.paras, 2)
    for n, run in enumerate(runs):
        fam.put(art_url(A1, n), article(A1, n, 2, run))
    fam.doc([art_url(A1, 0), art_url(A1, 1)], sp1, published_at="2024-05-14")
    fam.put(art_url(A2), article(A2, 0, 1, ARTS[A2]["speech"].paras))
    fam.doc([art_url(A2)], ARTS[A2]["speech"], published_at="2024-09-20")
    fam.put(COL + "index.shtml", listing(0))
    fam.put(COL + "index_1.shtml", listing(1))
    home = head("中国经济网地方经济_国家经济门户", "地方经济", "中国经济网地方经济频道")
    home += f"""<div class="toutiao"><h2><a href="{art_url(A2)}">{ARTS[A2]['title']}</a></h2></div>
<div class="box"><h3><a href="{COL}index.shtml">地方要闻</a></h3><ul><li><a href="{art_url(A1)}">{ARTS[A1]['title']}</a></li><li><a href="{COL}202409/t20240919_39160017.shtml">青禾港区新开通两条外贸航线</a></li></ul><a class="more" href="{COL}index.shtml">更多&gt;&gt;</a></div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n", "ascii")
    fam.not_documents += ["/", COL + "index.shtml", COL + "index_1.shtml", art_url(A1, 1)]
    fam.noise += [ARTS[A1]["lead"], ARTS[A2]["lead"], "【责任编辑：", "分享到：", "中国经济网版权及免责声明", "扫码下载经济日报客户端", "京ICP证040428号", "相关新闻"]
    return fam
