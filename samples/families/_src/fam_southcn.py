"""南方网 (news.southcn.com) article pages as its Founder (方正翔宇) publishing system writes them:
`/node_NNNN/content/2024-05/16/content_NNNNNNNN.htm`, sent as `text/html` without a charset (the
`Content-Type` meta says utf-8); top bar and `nav` strip, `m-article` block with `h2#article_title`,
`m-attr` line (`pub_time#pubtime_baidu`, `来源：` span `#source_baidu`, `作者：` span `#author_baidu`),
`div.content#content` holding the text (a centred picture with its caption paragraph inside the
speech, the `南方+记者 …` lead paragraph, a 【延伸阅读】 box after the speech on one article), the
Founder content pager `div#displaypagenum` (`content_N_2.htm`) for the long article, then the
`m-editor` 编辑 line and 【纠错】 link, share bar, 南方+ QR code box (扫码下载南方+客户端), 相关新闻
`m-related` list, right column 南方网热点 / ad, footer with 粤ICP备05070829号. Home `/` and the
node list `/node_1362/node_1362.htm` (page 2 `node_1362_2.htm`) are `j-link` rows with times."""

from common import SPEECHES, Family, split_paras

HOST = "news.southcn-wang.test"

SC1 = SPEECHES["r22b-sc1"]
SC2 = SPEECHES["r22b-sc2"]

ARTICLES = [
    # speech, node, content id, stamp, source, author, lead, picture after n, caption, editor, pages, extended reading
    (
        SC1,
        "1362",
        "44521397",
        "2024-05-16 21:05",
        "南方+",
        "南方+记者 黄子晴 通讯员 佛宣",
        "5月16日，佛山市召开全市制造业当家暨“百千万工程”推进大会。南方+记者从会上获悉，今年佛山将推动完成“工改工”5000亩以上。会上，市委主要负责同志作讲话。全文如下：",
        2,
        "5月16日，佛山市召开全市制造业当家暨“百千万工程”推进大会。南方+记者 戴嘉信 摄",
        "陈晓燕",
        2,
        None,
    ),
    (
        SC2,
        "1362",
        "44508812",
        "2024-05-15 18:37",
        "南方网",
        "林芷欣",
        "南方网讯（记者/林芷欣）5月15日，粤港澳大湾区青年创新创业交流会在广州南沙举行，来自粤港澳三地的200余名青年代表参加。以下为主办单位负责人致辞：",
        None,
        None,
        "郑佳敏",
        1,
        ("【延伸阅读】", "南沙已建成港澳青年创新创业基地12个，累计孵化港澳青年项目超过700个。"),
    ),
]

MORE = [
    ("1362", "44523015", "广东“百千万工程”一周年：县镇村发展动能持续增强", "2024-05-16 22:10"),
    ("1362", "44515730", "佛山今年安排重点建设项目360个 年度计划投资850亿元", "2024-05-16 10:42"),
    ("1362", "44502268", "横琴粤澳深度合作区发布新一批港澳青年就业岗位", "2024-05-15 09:16"),
    ("1362", "44496104", "广东推动制造业数字化转型 今年将新培育“灯塔工厂”", "2024-05-14 20:33"),
]


def apath(node, cid, stamp, page=1):
    ymd = stamp[:10]
    tail = "" if page == 1 else f"_{page}"
    return f"/node_{node}/content/{ymd[:7]}/{ymd[8:10]}/content_{cid}{tail}.htm"


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta name="author" content="南方网" />
<link rel="stylesheet" type="text/css" href="//www.southcn.com/css/2021/base.css" />
<link rel="stylesheet" type="text/css" href="//news.southcn.com/css/2021/article.css" />
<script type="text/javascript" src="//www.southcn.com/js/jquery.min.js"></script>
</head>
<body>
<!--top start-->
<div class="m-topbar"><div class="g-wrap"><a href="//www.southcn.com/" class="logo"><img src="//www.southcn.com/images/2021/logo.png" alt="南方网" /></a><span class="date">2024年05月16日 星期四</span><a href="//www.southcn.com/about/" class="about">关于南方网</a></div></div>
<div class="m-nav"><div class="g-wrap"><ul><li><a href="//www.southcn.com/">首页</a></li><li><a href="/">新闻</a></li><li><a href="//gd.southcn.com/">广东</a></li><li><a href="//economy.southcn.com/">经济</a></li><li><a href="//culture.southcn.com/">文化</a></li><li><a href="//theory.southcn.com/">理论</a></li><li><a href="//pc.nfapp.southcn.com/">南方+</a></li></ul></div></div>
<!--top end-->
"""


FOOT = """<!--footer start-->
<div class="m-footer"><div class="g-wrap">
<p><a href="//www.southcn.com/about/" target="_blank">关于南方网</a> | <a href="//www.southcn.com/about/ad.htm" target="_blank">广告服务</a> | <a href="//www.southcn.com/about/contact.htm" target="_blank">联系我们</a> | <a href="//www.southcn.com/about/copyright.htm" target="_blank">版权声明</a></p>
<p>本网站由南方新闻网版权所有，未经许可不得转载或镜像</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备05070829号</a> 互联网新闻信息服务许可证：44120180001 粤公网安备 44010402000301号</p>
<p>违法和不良信息举报电话：020-87373397</p>
</div></div>
<!--footer end-->
<script type="text/javascript" src="//www.southcn.com/js/2021/share.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?fcf9f2aa1b6d0b6ec3c7ba60d2fb2d49";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def right():
    lis = "".join(
        f'<li><a href="{apath(n, c, s)}" target="_blank">{t}</a></li>' for n, c, t, s in MORE
    )
    return f"""<div class="g-right">
<div class="m-ad"><!--ad_300x250--><div id="ad_article_r1"></div></div>
<div class="m-hot"><div class="m-title"><h3>南方网热点</h3></div><ul>{lis}</ul></div>
</div>
"""


def article(i, page):
    speech, node, cid, stamp, source, author, lead, pic_at, caption, editor, npages, ext = ARTICLES[i]
    runs = split_paras(speech.paras, npages)
    ps = []
    if page == 1:
        ps.append(f"<p>{lead}</p>")
    for n, para in enumerate(runs[page - 1]):
        ps.append(f"<p>{para}</p>")
        if page == 1 and n == pic_at:
            ps.append(
                f'<p style="text-align: center;"><img src="//news.southcn.com/images/attachement/jpg/site4/20240516/{cid}01.jpg" border="0" /></p>\n'
                f'<p style="text-align: center;">{caption}</p>'
            )
    if ext and page == npages:
        ps.append(f'<p><strong>{ext[0]}</strong></p>\n<p>{ext[1]}</p>')
    pager = ""
    if npages > 1:
        cells = []
        for k in range(1, npages + 1):
            cells.append(f"<span>{k}</span>" if k == page else f'<a href="{apath(node, cid, stamp, k).rsplit("/", 1)[1]}">{k}</a>')
        if page < npages:
            cells.append(f'<a href="{apath(node, cid, stamp, page + 1).rsplit("/", 1)[1]}">下一页</a>')
        pager = f'<div id="displaypagenum"><center> {"&nbsp;".join(cells)} </center></div>\n'
    other = ARTICLES[1 - i]
    rel = [(other[1], other[2], other[0].title, other[3])] + MORE[:3]
    rel_html = "".join(
        f'<li><a href="{apath(n, c, s)}" target="_blank">{t}</a><span class="time">{s[5:]}</span></li>' for n, c, t, s in rel
    )
    return (
        head(f"{speech.title}_南方网", "制造业当家,百千万工程,佛山" if i == 0 else "大湾区,港澳青年,创新创业", lead[:80])
        + f"""<div class="g-wrap g-main clearfix">
<div class="g-left">
<div class="m-crumbs"><a href="//www.southcn.com/">南方网</a> &gt; <a href="/">新闻</a> &gt; <a href="/node_{node}/node_{node}.htm">广东新闻</a> &gt; 正文</div>
<div class="m-article">
<h2 id="article_title">{speech.title}</h2>
<div class="m-attr clearfix"><span class="pub_time" id="pubtime_baidu">{stamp}</span><span id="source_baidu">来源：<a href="//www.southcn.com/" target="_blank">{source}</a></span><span id="author_baidu">作者：{author}</span></div>
<div class="content" id="content">
{chr(10).join(ps)}
</div>
{pager}<div class="m-editor">编辑：{editor}</div>
<div class="m-jiucuo"><a href="//www.southcn.com/jiucuo/?url={cid}" target="_blank">【纠错】</a></div>
<div class="m-share clearfix"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信"></a><a href="javascript:;" class="share-wb" title="新浪微博"></a><a href="javascript:;" class="share-qzone" title="QQ空间"></a></div>
<div class="m-qrcode clearfix"><img src="//www.southcn.com/images/2021/nfplus_qr.png" alt="南方+" /><p>扫码下载南方+客户端</p><p>看更多广东新闻</p></div>
</div>
<div class="m-related"><div class="m-title"><h3>相关新闻</h3></div><ul>{rel_html}</ul></div>
</div>
{right()}</div>
"""
        + FOOT
    )


def listing(title, rows, pager):
    lis = "".join(
        f'<div class="j-link"><a href="{apath(n, c, s)}" target="_blank">{t}</a><span class="pub_time">{s}</span></div>\n'
        for n, c, t, s in rows
    )
    return (
        head(title, "南方网,广东新闻", "南方网新闻频道")
        + f"""<div class="g-wrap g-main clearfix">
<div class="g-left">
<div class="m-title"><h3>广东新闻</h3></div>
<div class="m-list">
{lis}</div>
<div id="displaypagenum"><center>{pager}</center></div>
</div>
{right()}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "南方网 (news.southcn.com) Founder-published article pages: m-article, content_N.htm, displaypagenum pager")
    fam.content_type = "text/html"
    rows = []
    for i, a in enumerate(ARTICLES):
        speech, node, cid, stamp = a[:4]
        npages = a[10]
        pages = [apath(node, cid, stamp, k) for k in range(1, npages + 1)]
        for k, p in enumerate(pages, 1):
            fam.put(p, article(i, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
        rows.append((node, cid, speech.title, stamp))
    sc1, sc2 = rows
    fam.put("/", listing("南方网新闻频道_南方网", [MORE[0], sc1, MORE[1]], '<a href="/node_1362/node_1362.htm">更多&gt;&gt;</a>'))
    fam.put("/node_1362/node_1362.htm", listing("广东新闻_南方网", [MORE[0], sc1, MORE[1], MORE[2]], '<span>1</span>&nbsp;<a href="node_1362_2.htm">2</a>&nbsp;<a href="node_1362_2.htm">下一页</a>'))
    fam.put("/node_1362/node_1362_2.htm", listing("广东新闻_南方网", [sc2, MORE[3]], '<a href="node_1362.htm">上一页</a>&nbsp;<a href="node_1362.htm">1</a>&nbsp;<span>2</span>'))
    fam.not_documents += ["/", "/node_1362/node_1362.htm", "/node_1362/node_1362_2.htm"]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "南方+记者从会上获悉",
        "全文如下：",
        "南方+记者 戴嘉信 摄",
        "南方网讯（记者/林芷欣）",
        "以下为主办单位负责人致辞：",
        "【延伸阅读】",
        "南沙已建成港澳青年创新创业基地12个",
        "编辑：陈晓燕",
        "编辑：郑佳敏",
        "【纠错】",
        "扫码下载南方+客户端",
        "相关新闻",
        "南方网热点",
        "作者：林芷欣",
        "作者：南方+记者 黄子晴 通讯员 佛宣",
        "粤ICP备05070829号",
        "_南方网",
    ]
    fam.note = "sent as `text/html` without a charset (utf-8 in the meta); the lead paragraph, picture caption and the 【延伸阅读】 box sit inside `div#content` with the speech; the first speech runs over `content_N_2.htm` (Founder `displaypagenum` pager)"
    return fam
