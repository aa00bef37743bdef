"""海外网 (opinion.haiwainet.cn)-like article pages on People's Daily's CMS (haiwainet's own template):
`/n/2024/0619/c456318-32781245.html` (node id - article id; the second page of a paginated article
at `c456318-32781245-2.html`), UTF-8; the top bar (海外网首页 / 人民日报海外版 / 客户端, 登录), the
channel header (海外网评 / 观点 logo and 首页 / 海外网评 / 侨界 / 学者 / 国际锐评 nav), breadcrumb
`海外网 > 观点 > 正文`, `div.show_text.fl` with `h1` and `div.contentExtra` (`span.first` time,
来源, 作者, 字号 大中小 and the share icons), `div.contentMain` holding the text: a `海外网6月19日电`
lead ending `讲话全文如下：`, then the speech; a captioned photo in one; `div.page_n` pager
(上一页 1 2 下一页) on both pages of the paginated one; `(责编：…)` line, the `本文系转载…` note,
相关新闻, 热点排行 side column, 海外网 app QR, the 人民日报海外版 footer (京ICP备…, 互联网新闻信息服务
许可证). Home `/` and the channel list `/456318/` (`div.w650.show_list.fl`; page 2 `/456318/2.html`)."""

from common import SPEECHES, Family, split_paras

HOST = "opinion.haiwainet-like.test"
NODE = "456318"

# speech, article id, time, 来源, 作者, lead, pages, editor, photo (after n, caption)
ARTICLES = [
    (
        SPEECHES["f45d-4"], "32781245", "2024-06-19 09:31:22", "海外网", "李明远",
        "海外网6月19日电 据“平江发布”消息，6月18日，平江市召开全市夏季消防安全检查工作部署会。副市长陈建国出席会议并讲话。讲话全文如下：",
        2, "张晓雨", (1, "6月18日，消防救援人员在平江市城东一处老旧小区开展消防安全检查。（平江市消防救援支队供图）"),
    ),
    (
        SPEECHES["f45d-3"], "32764018", "2024-05-15 16:05:47", "海外网", "吴晓东",
        "海外网5月15日电 5月14日，福清区侨联第五次代表大会开幕。区委副书记、区长林志强到会致辞。致辞全文如下：",
        1, "王晴", None,
    ),
]
MORE = [
    ("32781533", "海外网评：以务实合作夯实中欧关系基础", "2024-06-19 14:20:05"),
    ("32780967", "侨界话题：新生代华裔青年为何热衷“寻根”", "2024-06-18 18:42:10"),
    ("32779814", "国际锐评：单边制裁解决不了任何问题", "2024-06-18 10:12:33"),
    ("32770352", "学者观点：稳外贸要在“新”字上下功夫", "2024-06-05 08:56:41"),
]


def url(aid, page=1):
    # the date folder comes from the article's time
    stamp = next((a[2] for a in ARTICLES if a[1] == aid), None) or next(m[2] for m in MORE if m[0] == aid)
    tail = "" if page == 1 else f"-{page}"
    return f"/n/{stamp[:4]}/{stamp[5:7]}{stamp[8:10]}/c{NODE}-{aid}{tail}.html"


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<link rel="stylesheet" type="text/css" href="//www.haiwainet.cn/img/MAIN/2018/06/113823/css/common.css" />
<link rel="stylesheet" type="text/css" href="//www.haiwainet.cn/img/MAIN/2018/06/113823/css/show.css" />
<script type="text/javascript" src="//www.haiwainet.cn/img/MAIN/2018/06/113823/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><div class="topbar_l"><a href="http://www.haiwainet.cn/" target="_blank">海外网首页</a>|<a href="http://paper.people.com.cn/rmrbhwb/" target="_blank">人民日报海外版</a>|<a href="http://app.haiwainet.cn/" target="_blank">客户端</a></div><div class="topbar_r"><a href="http://passport.haiwainet.cn/login" target="_blank">登录</a>|<a href="http://passport.haiwainet.cn/register" target="_blank">注册</a></div></div></div>
<div class="header w1000"><div class="logo"><a href="/"><img src="//www.haiwainet.cn/img/MAIN/2018/06/113823/images/logo_opinion.png" alt="海外网评" /></a></div>
<div class="nav"><a href="/">首页</a><a href="/{NODE}/">海外网评</a><a href="/456322/">侨界</a><a href="/456320/">学者</a><a href="/456324/">国际锐评</a><a href="/456326/">中国论</a></div>
<div class="search"><form action="http://search.haiwainet.cn/" method="get" target="_blank"><input type="text" name="keyword" class="s_txt" /><input type="submit" value="搜索" class="s_btn" /></form></div></div>
"""


FOOT = """<div class="footer"><div class="w1000">
<p><a href="http://www.haiwainet.cn/about/" target="_blank">关于我们</a> | <a href="http://www.haiwainet.cn/contact/" target="_blank">联系我们</a> | <a href="http://www.haiwainet.cn/copyright/" target="_blank">版权声明</a> | <a href="http://www.haiwainet.cn/ad/" target="_blank">广告服务</a> | <a href="http://www.haiwainet.cn/job/" target="_blank">招聘英才</a></p>
<p>人民日报海外版 海外网 版权所有 Copyright &copy; 2010-2024 haiwainet.cn All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10213282号</a>　京公网安备 11010502035325号　互联网新闻信息服务许可证：10120170004　违法和不良信息举报电话：010-65367025</p>
</div></div>
<script type="text/javascript" src="//www.haiwainet.cn/img/MAIN/2018/06/113823/js/share.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?4a8bd5d1c2b4e8f3a9d6b2e1c7f0a345";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
<script src="//cl2.webterren.com/webdig.js?z=12" type="text/javascript"></script>
<script type="text/javascript">wd_paramtracker("_wdxid=000000000000000000000000000000000000000000")</script>
</body>
</html>
"""


def pager(aid, pages, cur):
    if pages == 1:
        return ""
    parts = []
    parts.append(f'<a href="{url(aid, cur - 1)}" class="prev">上一页</a>' if cur > 1 else "")
    for n in range(1, pages + 1):
        parts.append(f"<span>{n}</span>" if n == cur else f'<a href="{url(aid, n)}">{n}</a>')
    parts.append(f'<a href="{url(aid, cur + 1)}" class="next">下一页</a>' if cur < pages else "")
    return '<div class="page_n clearfix">' + "".join(parts) + "</div>"


def article(i, page, runs):
    speech, aid, stamp, source, author, lead, pages, editor, photo = ARTICLES[i]
    ps = []
    if page == 1:
        ps.append(f"<p>　　{lead}</p>")
    start = sum(len(r) for r in runs[: page - 1])
    for n, para in enumerate(runs[page - 1], start):
        ps.append(f"<p>　　{para}</p>")
        if photo and n == photo[0]:
            ps.append(
                f'<p style="text-align: center;"><img src="//images.haiwainet.cn/2024/0619/20240619093105{aid[-3:]}.jpg" alt="" /></p>'
                f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">{photo[1]}</span></p>'
            )
    other = ARTICLES[1 - i]
    rel = [(url(other[1]), other[0].title, other[2][:10])] + [(url(a), t, s[:10]) for a, t, s in MORE[:3]]
    xg = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in rel)
    hot = "".join(f'<li><em>{k}</em><a href="{url(a)}" target="_blank">{t}</a></li>' for k, (a, t, s) in enumerate(MORE, 1))
    last = page == pages
    tail = (
        f'<div class="zrbj">(责编：{editor})</div>\n<div class="declare">海外网版权所有。本文系转载，仅供读者参考，不代表本网观点。如需转载请注明来源。</div>'
        if last
        else ""
    )
    return (
        head(f"{speech.title}--观点--海外网", f"{speech.title},讲话", lead[:80])
        + f"""<div class="w1000 clearfix show_main">
<div class="position"><a href="http://www.haiwainet.cn/" target="_blank">海外网</a> &gt; <a href="/">观点</a> &gt; <a href="/{NODE}/">海外网评</a> &gt; 正文</div>
<div class="show_text fl">
<h1>{speech.title}</h1>
<div class="contentExtra"><span class="first">{stamp}</span><span>来源：<a href="http://www.haiwainet.cn/" target="_blank">{source}</a></span><span>作者：{author}</span><span class="fontsize">字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a></span>
<div class="share"><span>分享到：</span><a href="javascript:;" class="share_wx" title="微信"></a><a href="javascript:;" class="share_wb" title="新浪微博"></a><a href="javascript:;" class="share_qq" title="QQ空间"></a></div></div>
<div class="contentMain">
{chr(10).join(ps)}
</div>
{pager(aid, pages, page)}
{tail}
<div class="app_down"><img src="//www.haiwainet.cn/img/MAIN/2018/06/113823/images/app_qr.png" alt="" /><p>扫码下载海外网客户端<br />看全球 更多精彩</p></div>
<div class="relate"><h3>相关新闻</h3><ul>{xg}</ul></div>
</div>
<div class="show_right fr">
<div class="hot_rank"><h3>热点排行</h3><ul>{hot}</ul></div>
<div class="ad300"><script type="text/javascript">document.write('<a href="http://www.haiwainet.cn/zt/" target="_blank"><img src="//images.haiwainet.cn/ad/2024/hwzt300.jpg" alt="" /></a>');</script></div>
</div>
</div>
"""
        + FOOT
    )


def listing(page, rows, pg):
    lis = "".join(f'<li><a href="{url(a)}" target="_blank">{t}</a><span>{s[:16]}</span></li>\n' for a, t, s in rows)
    return (
        head("海外网评--观点--海外网", "海外网评,观点,评论", "海外网观点频道海外网评栏目")
        + f"""<div class="w1000 clearfix list_main">
<div class="position"><a href="http://www.haiwainet.cn/" target="_blank">海外网</a> &gt; <a href="/">观点</a> &gt; 海外网评</div>
<div class="w650 show_list fl">
<ul>
{lis}</ul>
<div class="page_n clearfix">{pg}</div>
</div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "海外网 (haiwainet.cn) article template on People's CMS: contentExtra, contentMain, page_n pager")
    a0, a1 = ARTICLES
    page1 = [(MORE[0][0], MORE[0][1], MORE[0][2]), (a0[1], a0[0].title, a0[2]), (MORE[1][0], MORE[1][1], MORE[1][2]), (MORE[2][0], MORE[2][1], MORE[2][2])]
    page2 = [(MORE[3][0], MORE[3][1], MORE[3][2]), (a1[1], a1[0].title, a1[2])]
    fam.put(f"/{NODE}/", listing(1, page1, f'<span>1</span><a href="/{NODE}/2.html">2</a><a href="/{NODE}/2.html" class="next">下一页</a>'))
    fam.put(f"/{NODE}/2.html", listing(2, page2, f'<a href="/{NODE}/" class="prev">上一页</a><a href="/{NODE}/">1</a><span>2</span>'))
    top = "".join(f'<li><a href="{url(a)}" target="_blank">{t}</a></li>' for a, t, s in page1[:3])
    fam.put(
        "/",
        head("观点--海外网", "海外网,观点,评论,海外网评", "海外网观点频道")
        + f"""<div class="w1000 clearfix index_main">
<div class="focus"><a href="{url(a0[1])}" target="_blank"><img src="//images.haiwainet.cn/2024/0619/focus1.jpg" alt="" /><p>{a0[0].title}</p></a></div>
<div class="index_box"><div class="index_tit"><a href="/{NODE}/">海外网评</a><a href="/{NODE}/" class="more">更多&gt;&gt;</a></div><ul>{top}</ul></div>
</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", f"/{NODE}/", f"/{NODE}/2.html"]
    for i, art in enumerate(ARTICLES):
        speech, aid, stamp, *_r = art
        pages = art[6]
        runs = split_paras(speech.paras, pages)
        urls = [url(aid, p) for p in range(1, pages + 1)]
        for p, u in enumerate(urls, 1):
            fam.put(u, article(i, p, runs))
        fam.doc(urls, speech, published_at=stamp[:10])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "海外网6月19日电",
        "讲话全文如下：",
        "海外网5月15日电",
        "致辞全文如下：",
        "（平江市消防救援支队供图）",
        "(责编：张晓雨)",
        "(责编：王晴)",
        "海外网版权所有。本文系转载，仅供读者参考，不代表本网观点。",
        "--观点--海外网",
        "来源：",
        "作者：李明远",
        "字号：",
        "分享到：",
        "扫码下载海外网客户端",
        "相关新闻",
        "热点排行",
        "海外网评：以务实合作夯实中欧关系基础",
        "京ICP备10213282号",
        "上一页",
        "下一页",
    ]
    fam.note = "the 海外网…电 lead is not speech; the 消防 speech runs over two pages (-2.html, page_n pager)"
    return fam
