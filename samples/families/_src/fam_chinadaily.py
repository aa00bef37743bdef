"""中国日报中文网 (cn.chinadaily.com.cn) article pages: `/a/202405/16/WS<24 hex>.html`, its second page
`WS…_2.html`, every link written protocol-relative (`//host/a/…`); the TRS-style meta block (`catalogs`,
`contentid`, `editor`, `source`); `div.main_art` / `div.lft_art` with the `da-bre` crumbs, `h1.dabiaoti`, the
`fenx` bar (`xinf-le`: 来源 + 作者 + time; `xinf-ri`: bdshare 分享 buttons); the text in `div#Content` with
`<p>` paragraphs, a `figure.image` picture with `figcaption` credit, a 中国日报网…电 lead or an 编者按 line;
`div#div_currpage` pager with `span.pagestyle` / `a.pagestyle` (上一页 / 下一页); after the text the second
`fenx` bar with 【纠错】 and 【责任编辑：…】, the 中国日报网版权说明 reprint notice, 相关阅读 and the right column's
24小时热点. Home `/` and the channel `/5b753f9fa310030f813cf408/5bd54ba2a3101a87ca8ff5ee/` (`page_2.html`)."""

from common import SPEECHES, Family, split_paras

HOST = "cn.zhongguo-ribao.test"
CH = "/5b753f9fa310030f813cf408/5bd54ba2a3101a87ca8ff5ee/"

S1, S2 = SPEECHES["cd-1"], SPEECHES["cd-2"]

ARTICLES = [
    # speech, WS id, stamp, source, author, lead, picture after n, caption, chief editor
    (
        S1,
        "WS6645c3e7a31082fc043c7b2e",
        "2024-05-16 11:08",
        "中国日报网",
        "沈悦",
        "中国日报网5月16日电 5月16日上午，2024中外青年文化交流周在江州开幕，来自23个国家的青年代表参加活动。江州市副市长陶逸群出席开幕式并致辞。致辞全文如下：",
        2,
        "5月16日，2024中外青年文化交流周开幕式现场。（中国日报记者 沈悦 摄）",
        "刘婧",
    ),
    (
        S2,
        "WS66431b5ea31082fc043c6f91",
        "2024-05-14 17:46",
        "中国日报浙江记者站",
        "余航",
        "编者按：5月14日，跨境电商高质量发展论坛在临江举行。省商务厅厅长郑明远出席论坛并作主旨演讲，就跨境电商从“卖货”走向“品牌”等话题分享观点。以下为演讲全文。",
        None,
        None,
        "王晓宁",
    ),
]
MORE = [
    ("WS6645b812a31082fc043c7a55", "2024-05-16 09:32", "第二十届文博会开幕 展示文化产业新业态"),
    ("WS66449f03a31082fc043c7850", "2024-05-15 20:15", "多国青年走进乡村 感受非遗技艺魅力"),
    ("WS6644768ca31082fc043c7611", "2024-05-15 14:02", "一季度跨境电商进出口同比增长9.6%"),
    ("WS66432d70a31082fc043c6fc4", "2024-05-14 19:20", "海外仓建设提速 助力中小企业“出海”"),
    ("WS6641e08aa31082fc043c6a07", "2024-05-13 16:48", "国际青年创新创业大赛启动报名"),
]


def url(ws, stamp, page=1):
    return f"/a/{stamp[:4]}{stamp[5:7]}/{stamp[8:10]}/{ws}{'' if page == 1 else f'_{page}'}.html"


def link(path):
    return f"//{HOST}{path}"


def head(title, kw, desc, meta=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
{meta}<link rel="stylesheet" href="//cn.chinadaily.com.cn/image_c/2018cnzw/css/zwcommon.css">
<link rel="stylesheet" href="//cn.chinadaily.com.cn/image_c/2018cnzw/css/zwzx.css">
<script type="text/javascript" src="//cn.chinadaily.com.cn/image_c/2018cnzw/js/jquery-1.9.1.min.js"></script>
</head>
<body>
<!--头部-->
<div class="topNav"><div class="topNav-box">
<div class="logo"><a href="{link('/')}" target="_blank"><img src="//cn.chinadaily.com.cn/image_c/2018cnzw/images/logo.png" alt="中国日报网"></a></div>
<ul class="dingtou"><li><a href="{link('/')}" target="_blank">首页</a></li><li><a href="{link(CH)}" target="_blank">资讯</a></li><li><a href="{link('/5b753f9fa310030f813cf408/5bd54dd6a3101a87ca8ff5f8/')}" target="_blank">国际</a></li><li><a href="{link('/5b753f9fa310030f813cf408/5bd549f1a3101a87ca8ff5e0/')}" target="_blank">观点</a></li><li><a href="{link('/5b753f9fa310030f813cf408/5bd54bdea3101a87ca8ff5f0/')}" target="_blank">财经</a></li><li><a href="https://www.chinadaily.com.cn/" target="_blank">English</a></li></ul>
</div></div>
<!--头部 end-->
"""


FOOT = f"""<!--尾部-->
<div class="foot"><div class="foot-box">
<p><a href="{link('/static_c/gyzgrbwz.html')}" target="_blank">关于我们</a> | <a href="{link('/static_c/lxwm.html')}" target="_blank">联系我们</a> | <a href="{link('/static_c/gg.html')}" target="_blank">广告服务</a> | <a href="{link('/static_c/bqsm.html')}" target="_blank">版权声明</a></p>
<p>中国日报网版权所有　Content@chinadaily.com.cn</p>
<p>违法和不良信息举报电话：010-84883777　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备13028878号-6</a>　京公网安备 11010502032503号　互联网新闻信息服务许可证10120170006</p>
</div></div>
<!--尾部 end-->
<script type="text/javascript" src="//cn.chinadaily.com.cn/image_c/2018cnzw/js/zwzx.js"></script>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?07c6f0c4b1f6a3d1b2e9f8a7c5d4e3b2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""


def side():
    rows = "".join(f'<li><a href="{link(url(w, s))}" target="_blank">{t}</a></li>' for w, s, t in MORE[2:])
    return f"""<div class="rt_art">
<div class="rt-box"><div class="rt-tit"><span>24小时热点</span></div><ul class="rt-list">{rows}</ul></div>
<div class="rt-ewm"><img src="//cn.chinadaily.com.cn/image_c/2018cnzw/images/ewm_wx.jpg" alt=""><p>关注中国日报微信</p></div>
<div class="rt-ad"><script type="text/javascript" src="//a.chinadaily.com.cn/s.js?z=cn_art_300x250"></script></div>
</div>
"""


def pager(ws, stamp, page, total):
    if total == 1:
        return ""
    cells = []
    if page > 1:
        cells.append(f'<a href="{link(url(ws, stamp, page - 1))}" class="pagestyle">上一页</a>')
    for n in range(1, total + 1):
        cells.append(
            f'<span class="pagestyle">{n}</span>' if n == page else f'<a href="{link(url(ws, stamp, n))}" class="pagestyle">{n}</a>'
        )
    if page < total:
        cells.append(f'<a href="{link(url(ws, stamp, page + 1))}" class="pagestyle">下一页</a>')
    return f'<div id="div_currpage">{" ".join(cells)}</div>\n'


def article(i, page, parts):
    speech, ws, stamp, source, author, lead, photo, caption, chief = ARTICLES[i]
    total = len(parts)
    ps = []
    if page == 1:
        ps.append(f"<p>{lead}</p>")
    start = sum(len(p) for p in parts[: page - 1])
    for n, para in enumerate(parts[page - 1], start):
        ps.append(f"<p>{para}</p>")
        if n == photo:
            ps.append(
                f'<figure class="image" style="display:table;margin:0 auto;"><img src="//img2.chinadaily.com.cn/images/202405/16/{ws[2:26]}.jpeg" data-from="newsroom" data-mimetype="image/jpeg" id="img-{ws[2:10]}" />'
                f'<figcaption style="display: table-caption; caption-side: bottom;">{caption}</figcaption></figure>'
            )
    other = ARTICLES[1 - i]
    rel = [(url(other[1], other[2]), other[0].title)] + [(url(w, s), t) for w, s, t in MORE[:2]]
    xg = "".join(f'<li><a href="{link(u)}" target="_blank">{t}</a></li>' for u, t in rel)
    meta = (
        '<meta name="filetype" content="1">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
        '<meta name="catalogs" content="5bd54ba2a3101a87ca8ff5ee">\n'
        f'<meta name="contentid" content="{ws}">\n<meta name="publishdate" content="{stamp[:10]}">\n'
        f'<meta name="author" content="{author}">\n<meta name="editor" content="{chief}">\n<meta name="source" content="{source}">\n'
    )
    kw = "青年,文化交流,开幕式" if i == 0 else "跨境电商,品牌出海,海外仓"
    suffix = "" if page == 1 else f"({page})"
    return (
        head(f"{speech.title}{suffix} - 中国日报网", kw, lead[:80], meta)
        + f"""<div class="main_art">
<div class="lft_art" id="lft-art">
<div class="da-bre"><a href="{link('/')}" target="_blank">中国日报网</a>&nbsp;&gt;&nbsp;<a href="{link(CH)}" target="_blank">资讯</a>&nbsp;&gt;&nbsp;<a href="{link(CH)}" target="_blank">国内</a></div>
<h1 class="dabiaoti">{speech.title}</h1>
<div class="fenx">
<div class="xinf-le">来源：{source}&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;{stamp}</div>
<div class="xinf-ri"><div class="bdsharebuttonbox"><span class="fenx-wz">分享</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div></div>
</div>
<div class="article" id="Content">
{chr(10).join(ps)}
</div>
{pager(ws, stamp, page, total)}<div class="fenx">
<div class="xinf-le"><a href="{link('/jiucuo.html')}" target="_blank" class="jiucuo">【纠错】</a>&nbsp;&nbsp;&nbsp;&nbsp;【责任编辑：{chief}】</div>
</div>
<div class="banquan"><p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。如需使用，请与010-84883777联系；凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息，其他媒体如需转载，请与稿件来源方联系，如产生任何问题与本网无关。</p></div>
<div class="xgyd"><div class="xgyd-tit">相关阅读</div><ul>{xg}</ul></div>
</div>
{side()}</div>
"""
        + FOOT
    )


def channel(rows, pg):
    items = "".join(
        f"""<div class="busBox3"><div class="mr10"><div class="tw3_01_2"><h3><a href="{link(u)}" target="_blank">{t}</a></h3><p>{summary}</p><p><b>{s}</b></p></div></div></div>
"""
        for u, t, s, summary in rows
    )
    return (
        head("资讯 - 中国日报网" if pg == 1 else f"资讯 - 中国日报网 - 第{pg}页", "中国日报网,资讯,国内", "中国日报网资讯频道")
        + f"""<div class="main_art"><div class="lft_art">
<div class="da-bre"><a href="{link('/')}" target="_blank">中国日报网</a>&nbsp;&gt;&nbsp;资讯</div>
{items}<div id="div_currpage">{'<span class="pagestyle">1</span> <a href="' + link(CH + 'page_2.html') + '" class="pagestyle">2</a> <a href="' + link(CH + 'page_2.html') + '" class="pagestyle">下一页</a>' if pg == 1 else '<a href="' + link(CH) + '" class="pagestyle">上一页</a> <a href="' + link(CH) + '" class="pagestyle">1</a> <span class="pagestyle">2</span>'}</div>
</div>
{side()}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "中国日报中文网 (cn.chinadaily.com.cn) article template: div#Content, div_currpage pager, 【纠错】/【责任编辑】, 版权说明")
    (s1, ws1, st1, *_), (s2, ws2, st2, *_) = ARTICLES
    parts = split_paras(s1.paras, 2)
    for page in (1, 2):
        fam.put(url(ws1, st1, page), article(0, page, parts))
    fam.put(url(ws2, st2), article(1, 1, [s2.paras]))
    fam.doc([url(ws1, st1), url(ws1, st1, 2)], s1)
    fam.doc([url(ws2, st2)], s2)
    fam.not_documents.append(url(ws1, st1, 2))
    r = lambda w, s, t, summ: (url(w, s), t, s, summ)  # noqa: E731
    first = [
        r(ws1, st1, s1.title, "来自23个国家的青年代表参加活动，本届交流周以“青春同行，文明互鉴”为主题。"),
        r(*MORE[0], "本届文博会设置线上线下展区，吸引众多参展商。"),
        r(*MORE[1], "青年们体验了剪纸、扎染等传统技艺。"),
    ]
    second = [
        r(*MORE[2], "海关数据显示，跨境电商进出口保持较快增长。"),
        r(ws2, st2, s2.title, "推动跨境电商从“卖货”走向“品牌”，从“单一市场”走向“多元布局”。"),
        r(*MORE[3], "公共海外仓降低了中小企业出海门槛。"),
    ]
    fam.put(CH, channel(first, 1))
    fam.put(CH + "page_2.html", channel(second, 2))
    fam.put(
        "/",
        head("中国日报网 - 传播中国，影响世界", "中国日报网,中国日报,新闻", "中国日报网是中国日报社主办的国家重点新闻网站。")
        + f"""<div class="main_art"><div class="lft_art">
<div class="tt"><h2><a href="{link(url(ws1, st1))}" target="_blank">{s1.title}</a></h2></div>
<div class="yw"><div class="yw-tit"><a href="{link(CH)}" target="_blank">资讯</a><a class="more" href="{link(CH)}" target="_blank">更多</a></div>
<ul><li><a href="{link(url(*MORE[0][:2]))}" target="_blank">{MORE[0][2]}</a></li><li><a href="{link(url(*MORE[1][:2]))}" target="_blank">{MORE[1][2]}</a></li></ul></div>
</div>
{side()}</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", CH, CH + "page_2.html"]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "中国日报网5月16日电",
        "致辞全文如下：",
        "编者按：",
        "以下为演讲全文。",
        "（中国日报记者 沈悦 摄）",
        "来源：中国日报网",
        "来源：中国日报浙江记者站",
        "作者：余航",
        "【纠错】",
        "【责任编辑：刘婧】",
        "【责任编辑：王晓宁】",
        "中国日报网版权说明",
        "相关阅读",
        "24小时热点",
        "一季度跨境电商进出口同比增长9.6%",
        "关注中国日报微信",
        "下一页",
        "上一页",
        "中国日报网版权所有",
        "京ICP备13028878号-6",
        " - 中国日报网",
    ]
    fam.note = "links are protocol-relative (`//host/a/…`); the first speech runs over `WS….html` and `WS…_2.html`; the 中国日报网…电 lead and the 编者按 line are not speech"
    return fam
