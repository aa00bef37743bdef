"""东南网 (www.fjsen.com)-like article pages, the site's PC template on Founder's publishing system:
`/2024-07/12/content_31612345.htm` (month folder / day folder / content id), a 2-page article continued
at `content_31546218_2.htm`; UTF-8; the 东南网 top bar (福建日报报业集团主办, 客户端, 登录), logo +
search, channel nav (首页 / 时政 / 福建 / 社会 / 财经 / 文旅 / 评论 / 县域), `div.crumb` 您当前的位置 :
东南网 > 福建新闻 > 正文, `div.cont_head` with `h1` and the info line of Baidu-news spans
(`span#pubtime_baidu` `2024-07-12   10:26:37` with the spaces Founder leaves, `span#source_baidu`
来源：…, `span#author_baidu` 作者：…, `span#editor_baidu` 编辑：…), a 字号 / 分享到 bar; the text in
`div.cont-news` between `<!--enpcontent-->` / `<!--/enpcontent-->`, opening with a `东南网7月12日讯
（通讯员 … 记者 …）` lead that ends `…现将讲话全文刊发如下：`, part headings (`一、…`) as bold
`<strong>` paragraphs, `（来源：…）` after the text on the last page; the Founder pager
`div#displaypagenum > center` (1 2 下一页 / 上一页 1 2) under the text; `div.zrbj` 责任编辑, 扫一扫
QR, 相关新闻 (`div.xgxw`), 热点推荐 (`div.rdtj`), footer with 闽ICP备 and 互联网新闻信息服务许可证.
Home `/` and the 福建新闻 list `/node_167302.htm` (page 2 at `node_167302_2.htm`)."""

from common import SPEECHES, Family, split_paras

HOST = "www.fjsen-like.test"
NODE = "node_167302"
# the 人居环境 speech is cut by the editor into two pages (content_N_2.htm)
PAGES = {"31546218": 2}

# speech, content id, time, 来源, 作者, 编辑, lead, source tail
ARTICLES = [
    (
        SPEECHES["f45d-6"], "31612345", "2024-07-12 10:26:37", "东南网", "林晓峰 陈嘉瑜", "黄一凡",
        "东南网7月12日讯（通讯员 郑宇航 记者 林晓峰）7月11日，永安县举办2024年金融支持实体经济银企对接会，现场签约项目二十三个、金额十六点八亿元。副县长吴志明出席会议并讲话。现将讲话全文刊发如下：",
        "（来源：东南网）",
    ),
    (
        SPEECHES["f45d-2"], "31546218", "2024-03-25 15:48:02", "东南网三明频道", "陈立新", "王婷",
        "东南网3月25日讯（通讯员 许文斌）3月22日，沙溪镇召开全镇农村人居环境整治推进会，观摩河口村、前进村整治现场。镇党委书记黄振华在会上讲话。现将讲话全文刊发如下：",
        "（来源：东南网三明频道）",
    ),
]
MORE = [
    ("31613002", "福建上半年外贸进出口同比增长5.8%", "2024-07-12 16:02:11"),
    ("31612877", "厦门至武夷山高铁动车组今起加密开行", "2024-07-12 14:35:40"),
    ("31611904", "三明：“林票”改革让林农变股东", "2024-07-11 18:20:06"),
    ("31547350", "泉州启动2024年“春风行动”专场招聘", "2024-03-25 17:40:58"),
    ("31545811", "龙岩长汀：水土流失治理再添新绿", "2024-03-25 09:12:30"),
]


def url(cid, page=1):
    stamp = next((a[2] for a in ARTICLES if a[1] == cid), None) or next(m[2] for m in MORE if m[0] == cid)
    tail = "" if page == 1 else f"_{page}"
    return f"/{stamp[:7]}/{stamp[8:10]}/content_{cid}{tail}.htm"


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<link rel="stylesheet" href="//www.fjsen.com/images/2019/css/base.css">
<link rel="stylesheet" href="//www.fjsen.com/images/2019/css/content.css">
<script src="//www.fjsen.com/images/2019/js/jquery.min.js"></script>
</head>
<body>
<div class="top_bar"><div class="w1200"><span class="top_l">福建日报报业集团主办</span><span class="top_r"><a href="//app.fjsen.com/" target="_blank">东南网客户端</a> | <a href="//www.fjsen.com/mobile/" target="_blank">手机版</a> | <a href="//passport.fjsen.com/login.html" target="_blank">登录</a></span></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="//www.fjsen.com/images/2019/images/logo.png" alt="东南网"></a></div>
<div class="search_box"><form action="//search.fjsen.com/" method="get" target="_blank"><input type="text" name="q" class="search_txt" placeholder="请输入关键词"><input type="submit" class="search_btn" value="搜索"></form></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/szyw/">时政</a><a href="/{NODE}.htm">福建</a><a href="/shehui/">社会</a><a href="/cj/">财经</a><a href="/wl/">文旅</a><a href="/pl/">评论</a><a href="/xy/">县域</a></div></div>
"""


FOOT = """<div class="footer"><div class="w1200">
<p><a href="//www.fjsen.com/about/" target="_blank">关于我们</a> | <a href="//www.fjsen.com/contact/" target="_blank">联系方式</a> | <a href="//www.fjsen.com/ad/" target="_blank">广告服务</a> | <a href="//www.fjsen.com/copyright/" target="_blank">版权声明</a> | <a href="//www.fjsen.com/jubao/" target="_blank">违法和不良信息举报</a></p>
<p>东南网版权所有，未经书面授权禁止使用 Copyright &copy; 2001-2024 www.fjsen.com All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05030416号</a>　闽公网安备 35010202000173号　互联网新闻信息服务许可证：35120170002　举报电话：0591-87095401</p>
</div></div>
<script src="//www.fjsen.com/images/2019/js/share.js"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?9a2c1e7b4f6d83e05b1c2a7d6e4f9b01";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def para(p):
    # part headings (一、…) in bold, as the editors set them
    if len(p) < 30 and p[:2] in {"一、", "二、", "三、", "四、", "五、"}:
        return f"<p>　　<strong>{p}</strong></p>"
    return f"<p>　　{p}</p>"


def displaypagenum(cid, pages, cur):
    # the Founder publishing pager, under the text on every page
    if pages == 1:
        return ""
    parts = [f'<a href="{url(cid, cur - 1).rsplit("/", 1)[1]}">上一页</a>'] if cur > 1 else []
    for n in range(1, pages + 1):
        parts.append(f"<span>{n}</span>" if n == cur else f'<a href="{url(cid, n).rsplit("/", 1)[1]}">{n}</a>')
    if cur < pages:
        parts.append(f'<a href="{url(cid, cur + 1).rsplit("/", 1)[1]}">下一页</a>')
    return '<div id="displaypagenum"><center>' + "&nbsp;".join(parts) + "</center></div>"


def article(i, page=1, runs=None):
    speech, cid, stamp, source, author, editor, lead, src_tail = ARTICLES[i]
    runs = runs or [speech.paras]
    pages = len(runs)
    ps = ([f"<p>　　{lead}</p>"] if page == 1 else []) + [para(p) for p in runs[page - 1]]
    if page == pages:
        ps.append(f"<p>　　{src_tail}</p>")
    pager = displaypagenum(cid, pages, page)
    zrbj = f'<div class="zrbj">责任编辑：{editor}</div>'
    other = ARTICLES[1 - i]
    rel = [(url(other[1]), other[0].title, other[2][:10])] + [(url(c), t, s[:10]) for c, t, s in MORE[:2]]
    xg = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in rel)
    hot = "".join(f'<li><a href="{url(c)}" target="_blank">{t}</a></li>' for c, t, s in MORE[2:])
    return (
        head(f"{speech.title} - 福建新闻 - 东南网", f"{speech.title},讲话,东南网", lead[:90])
        + f"""<div class="w1200 main clearfix">
<div class="crumb">您当前的位置 : <a href="/">东南网</a> &gt; <a href="/{NODE}.htm">福建新闻</a> &gt; 正文</div>
<div class="main_l">
<div class="cont_head">
<h1>{speech.title}</h1>
<div class="info"><span id="pubtime_baidu">{stamp[:10]}   {stamp[11:]}</span><span id="source_baidu">来源：<a href="/" target="_blank">{source}</a></span><span id="author_baidu">作者：{author}</span><span id="editor_baidu">编辑：{editor}</span></div>
<div class="tools"><span class="font_size">字号：<a href="javascript:void(0);" onclick="setFont(18)">大</a><a href="javascript:void(0);" onclick="setFont(16)">中</a><a href="javascript:void(0);" onclick="setFont(14)">小</a></span><span class="share_bar">分享到：<a href="javascript:void(0);" class="share_wx" title="微信"></a><a href="javascript:void(0);" class="share_wb" title="微博"></a><a href="javascript:void(0);" class="share_qq" title="QQ空间"></a></span></div>
</div>
<div class="cont-news">
<!--enpcontent-->{"".join(ps)}<!--/enpcontent-->
</div>
{pager}
{zrbj}
<div class="ewm"><img src="//www.fjsen.com/images/2019/images/ewm_app.png" alt=""><p>扫一扫，用手机看新闻</p></div>
<div class="xgxw"><div class="tit">相关新闻</div><ul>{xg}</ul></div>
</div>
<div class="main_r">
<div class="rdtj"><div class="tit">热点推荐</div><ul>{hot}</ul></div>
<div class="ad_r"><a href="//www.fjsen.com/zhuanti/2024/" target="_blank"><img src="//www.fjsen.com/images/ad/2024zt_300.jpg" alt="东南网专题"></a></div>
</div>
</div>
"""
        + FOOT
    )


def listing(rows, pager):
    lis = "".join(f'<li><a href="{url(c)}" target="_blank">{t}</a><span>{s[:10]}</span></li>\n' for c, t, s in rows)
    return (
        head("福建新闻 - 东南网", "福建新闻,东南网", "东南网福建新闻频道")
        + f"""<div class="w1200 main clearfix">
<div class="crumb">您当前的位置 : <a href="/">东南网</a> &gt; 福建新闻</div>
<div class="list_box"><ul class="list_news">
{lis}</ul>
<div class="pages">{pager}</div></div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "东南网 (fjsen.com) article template: pubtime_baidu / source_baidu spans, cont_news#new_message_id")
    a0, a1 = ARTICLES
    page1 = [MORE[0], MORE[1], (a0[1], a0[0].title, a0[2]), MORE[2]]
    page2 = [MORE[3], (a1[1], a1[0].title, a1[2]), MORE[4]]
    fam.put(f"/{NODE}.htm", listing(page1, f'<span class="cur">1</span><a href="{NODE}_2.htm">2</a><a href="{NODE}_2.htm">下一页</a><a href="{NODE}_2.htm">尾页</a>'))
    fam.put(f"/{NODE}_2.htm", listing(page2, f'<a href="{NODE}.htm">首页</a><a href="{NODE}.htm">上一页</a><a href="{NODE}.htm">1</a><span class="cur">2</span>'))
    top = "".join(f'<li><a href="{url(c)}" target="_blank">{t}</a></li>' for c, t, s in page1)
    fam.put(
        "/",
        head("东南网 - 福建权威新闻门户", "东南网,福建新闻,福州,厦门,泉州", "东南网是福建省重点新闻网站，由福建日报报业集团主办。")
        + f"""<div class="w1200 index_main clearfix">
<div class="headline"><a href="{url(MORE[0][0])}" target="_blank">{MORE[0][1]}</a></div>
<div class="index_col"><div class="col_tit"><a href="/{NODE}.htm">福建新闻</a><a href="/{NODE}.htm" class="more">更多</a></div><ul>{top}</ul></div>
</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", f"/{NODE}.htm", f"/{NODE}_2.htm"]
    for i, (speech, cid, stamp, *_r) in enumerate(ARTICLES):
        pages = PAGES.get(cid, 1)
        runs = split_paras(speech.paras, pages)
        urls = [url(cid, n) for n in range(1, pages + 1)]
        for n, u in enumerate(urls, 1):
            fam.put(u, article(i, n, runs))
        fam.doc(urls, speech, published_at=stamp[:10])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "东南网7月12日讯",
        "东南网3月25日讯",
        "现将讲话全文刊发如下：",
        "（来源：东南网）",
        "（来源：东南网三明频道）",
        "责任编辑：黄一凡",
        "责任编辑：王婷",
        " - 福建新闻 - 东南网",
        "您当前的位置",
        "来源：",
        "作者：",
        "字号：",
        "分享到：",
        "扫一扫，用手机看新闻",
        "相关新闻",
        "热点推荐",
        "福建上半年外贸进出口同比增长5.8%",
        "闽ICP备05030416号",
        "东南网版权所有，未经书面授权禁止使用",
    ]
    fam.note = "the 东南网…讯 lead and the （来源：…） line are not speech; part headings are bold paragraphs"
    return fam
