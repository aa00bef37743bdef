"""City 广播电视台 / 市融媒体中心 news portal (云州网 · 云州广电), on a 索贝-style media-cloud CMS with
`/folderN/folderM/YYYY-MM-DD/ID.html` article paths, UTF-8.

Home `/` (直播 links to 新闻综合频道 / 交通广播, focus video, 云州新闻 block) → 电视栏目 《云州新闻》 channel
`/folder12/folder35/index.html` (+ `index_2.html`, `div.pages`) → video articles: `div.art-title h1`,
`div.art-info` (来源：云州新闻 / 发布时间 / 点击数 filled by a script), a 导语 line, the player
(`div.video-box` with `<video>` on an m3u8 and the player script), then `div.zimu-title` 字幕稿 heading and
`div.art-content` (the speech, as subtitles), `【编辑：…】` end mark, 分享到, 相关视频 list (thumb, 时长,
title). The 防汛 speech's subtitles run over 2 pages (`ID.html`, `ID_2.html`, pager 上一页 1 2 下一页; the
video only on page 1, the 编辑 mark only on page 2)."""

from common import SPEECHES, Family, split_paras

HOST = "www.yunzhou-qiaoyu-tv-like.test"
CH = "/folder12/folder35/index.html"
CH2 = "/folder12/folder35/index_2.html"
A1 = "/folder12/folder35/2024-05-20/312456.html"
A1_2 = "/folder12/folder35/2024-05-20/312456_2.html"
A2 = "/folder12/folder35/2024-05-18/312201.html"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="云州网,云州广电,云州广播电视台,云州市融媒体中心,云州新闻" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/resource/css/base.css" />
<link rel="stylesheet" type="text/css" href="/resource/css/@@CSS@@.css" />
<script type="text/javascript" src="/resource/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap">
<span class="tl">云州广播电视台 · 云州市融媒体中心 主办</span>
<span class="tr"><a href="/live/tv1.html" target="_blank">新闻综合频道直播</a> <a href="/live/fm1.html" target="_blank">交通广播直播</a> <a href="/app/">“掌上云州”客户端</a></span>
</div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/resource/images/logo.png" alt="云州网" /></a>
<form class="search" action="/search/" method="get"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/folder12/folder30/index.html">本地新闻</a><a href="@@CH@@" class="on">云州新闻</a><a href="/folder12/folder36/index.html">今日关注</a><a href="/folder15/index.html">直播</a><a href="/folder18/index.html">点播</a><a href="/folder20/index.html">专题</a><a href="/folder22/index.html">问政云州</a></div></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/about/ad.html">广告刊例</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/jubao.html">网上有害信息举报</a></p>
<p>云州广播电视台（云州市融媒体中心）版权所有 未经许可不得转载</p>
<p>信息网络传播视听节目许可证：1511234 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备10001234号-1</a> &nbsp; 赣公网安备36070202000088号</p>
</div></div>
<script type="text/javascript" src="/resource/js/common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5d4c3b2a19080706f5e4d3c2b1a09988";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</body>
</html>
"""

RELATED = [
    ("/folder12/folder35/2024-05-19/312330.html", "我市开展防汛应急抢险综合演练", "02:41"),
    ("/folder12/folder35/2024-05-17/312118.html", "市领导督导检查水库安全度汛工作", "01:58"),
    ("/folder12/folder35/2024-05-16/312044.html", "全民健身运动会跑出城市活力", "02:12"),
    ("/folder12/folder35/2024-05-15/311967.html", "问政云州：城区积水点整治进展如何", "05:30"),
]


def head(title, desc, css="article"):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@CSS@@", css).replace("@@CH@@", CH)


def related():
    lis = "\n".join(f'<li><a href="{p}" target="_blank"><img src="/resource/upload/thumb/{p[-11:-5]}.jpg" alt="" /><span class="dur">{d}</span></a><p><a href="{p}" target="_blank">{t}</a></p></li>' for p, t, d in RELATED)
    return f'<div class="related-video"><h3>相关视频</h3><ul>\n{lis}\n</ul></div>'


def video_page(title, date, time, aid, lead, paras, page, pages, base, editor, clicks):
    pager = ""
    if pages > 1:
        items = []
        items.append(f'<a href="{base}.html">上一页</a>' if page > 1 else '<span class="disabled">上一页</span>')
        for i in range(1, pages + 1):
            href = f"{base}.html" if i == 1 else f"{base}_{i}.html"
            items.append(f'<span class="current">{i}</span>' if i == page else f'<a href="{href}">{i}</a>')
        items.append(f'<a href="{base}_{page + 1}.html">下一页</a>' if page < pages else '<span class="disabled">下一页</span>')
        pager = '<div class="pages">' + " ".join(items) + "</div>"
    video = ""
    if page == 1:
        video = f"""<div class="daoyu">【导语】{lead}</div>
<div class="video-box"><div id="player_{aid}" class="player">
<video id="video_{aid}" controls="controls" preload="none" poster="/resource/upload/poster/{aid}.jpg" width="720" height="405">
<source src="http://vod.yunzhou-qiaoyu-tv-like.test/vod/2024/{date.replace('-', '')}/{aid}/index.m3u8" type="application/x-mpegURL" />
您的浏览器不支持视频播放，请升级浏览器。
</video></div></div>
<script type="text/javascript" src="/resource/js/sobeyplayer.min.js"></script>
<script type="text/javascript">new SobeyPlayer({{ id: "video_{aid}", autoplay: false, logo: "/resource/images/player_logo.png" }});</script>
<div class="zimu-title">字幕稿</div>"""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    end = f'<p class="editor">【编辑：{editor}】</p>' if page == pages else ""
    return head(f"{title}_云州网", lead[:60]) + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{CH}">云州新闻</a> &gt; 正文</div>
<div class="left-box">
<div class="art-title"><h1>{title}</h1></div>
<div class="art-info"><span>来源：云州新闻</span><span>发布时间：{date} {time}</span><span>点击数：<em id="hits_{aid}">{clicks}</em></span></div>
{video}
<div class="art-content">
{body}
{end}
</div>
{pager}
<div class="share">分享到：<a class="weixin" href="javascript:;">微信</a><a class="weibo" href="javascript:;">新浪微博</a><a class="qzone" href="javascript:;">QQ空间</a></div>
{related()}
</div>
<div class="right-box"><div class="live-box"><h3>正在直播</h3><p><a href="/live/tv1.html">云州新闻综合频道</a></p><p><a href="/live/fm1.html">云州交通广播 FM98.6</a></p></div>
<div class="rank-box"><h3>点击排行</h3><ol>""" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t, d in RELATED) + f"""</ol></div></div>
</div>
<script type="text/javascript">$.get("/cms/hits.php?id={aid}", function(d){{ $("#hits_{aid}").text(d); }});</script>
""" + FOOT


def channel(rows, page):
    lis = "\n".join(f'<li><a href="{p}" target="_blank"><img src="/resource/upload/thumb/{p[-11:-5]}.jpg" alt="" /><i class="play"></i></a><h4><a href="{p}" target="_blank">{t}</a></h4><span>{d}</span></li>' for p, t, d in rows)
    pager = ('<div class="pages"><span class="current">1</span> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a> <a href="index_2.html">尾页</a></div>' if page == 1
             else '<div class="pages"><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">1</a> <span class="current">2</span></div>')
    return head("云州新闻_云州网", "云州新闻 电视栏目", "list") + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; 云州新闻</div>
<div class="column-intro">《云州新闻》 每晚18:30 新闻综合频道播出</div>
<ul class="video-list">
{lis}
</ul>
{pager}
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "city 广播电视台 / 融媒体中心 news portal, 索贝-style /folderN/folderM/DATE/ID.html video articles with 字幕稿")
    s5, s6 = SPEECHES["f55d-5"], SPEECHES["f55d-6"]
    p1, p2 = split_paras(s5.paras, 2)
    lead5 = "今天下午，全市防汛备汛工作视频调度会召开，市长刘卫东出席会议并讲话。我们来听一听讲话的主要内容。"
    base = A1[:-5]
    fam.put(A1, video_page(s5.title, s5.date, "19:05", "312456", lead5, p1, 1, 2, base, "周敏", 1326))
    fam.put(A1_2, video_page(s5.title, s5.date, "19:05", "312456", lead5, p2, 2, 2, base, "周敏", 1326))
    fam.doc([A1, A1_2], s5)
    lead6 = "5月18日上午，云州市第十届运动会在市体育中心开幕，市委书记陈建国宣布开幕，市长刘卫东致辞。"
    fam.put(A2, video_page(s6.title, s6.date, "18:52", "312201", lead6, s6.paras, 1, 1, A2[:-5], "王琳", 2087))
    fam.doc([A2], s6)
    for p, t, d in RELATED:
        fam.put(p, video_page(t, "2024-05-" + p.split("/")[3][-2:], "18:40", p[-11:-5], t + "。", ["（本条为视频新闻，字幕稿略）"], 1, 1, p[:-5], "李文", 860))
    rows = [(A1, s5.title, s5.date), (A2, s6.title, s6.date)] + [(p, t, "2024-05-" + p.split("/")[3][-2:]) for p, t, d in RELATED[:2]]
    fam.put(CH, channel(rows, 1))
    fam.put(CH2, channel([(p, t, "2024-05-" + p.split("/")[3][-2:]) for p, t, d in RELATED[2:]], 2))
    home = head("云州网_云州广播电视台_云州市融媒体中心", "云州网是云州广播电视台、云州市融媒体中心主办的新闻网站", "index") + f"""<div class="wrap main">
<div class="focus"><a href="{A1}"><img src="/resource/upload/poster/312456.jpg" alt="" /><i class="play"></i></a><h2><a href="{A1}">{s5.title}</a></h2></div>
<div class="news-box"><h3><a href="{CH}">云州新闻</a><a class="more" href="{CH}">更多</a></h3><ul>
""" + "\n".join(f'<li><a href="{p}">{t}</a><span>{d[5:]}</span></li>' for p, t, d in rows) + """
</ul></div>
<div class="live-box"><h3>直播</h3><a href="/live/tv1.html">新闻综合频道</a> <a href="/live/fm1.html">交通广播</a></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cms/\nDisallow: /search/\n")
    fam.not_documents += [CH2, A1_2]
    fam.noise += ["【导语】", "字幕稿", "【编辑：周敏】", "【编辑：王琳】", "相关视频", "您的浏览器不支持视频播放", "点击排行", "分享到：", "来源：云州新闻"]
    return fam
