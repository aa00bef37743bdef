"""新湘潮客户端 (湘潮日报's app)-like web pages of a provincial newspaper's 融媒 client, PC template, UTF-8.

Home `/` (头条 slider, 要闻 block) → the 要闻 channel `/channel/yaowen/index.html` and its page 2
`/channel/yaowen/index_2.html` (`page-nav` 上一页 1 2 下一页; page 2 is not a document), each listing one
speech. Articles `/content/202405/17/c2871645.html`: app download top bar (下载新湘潮客户端), `crumb`, a 引题
line (`p.article-yinti`) over `h1.article-title`, `div.article-meta` (来源：湘潮日报 / time / 阅读 counter
filled by script), `div.article-author` (`湘潮日报全媒体记者　…　通讯员　…`), a `div.video-box` with a
`<video>` and `视频：…` tip line before the text, `听新闻` audio box; `div.article-content#articleContent` of
`<p style="text-indent:2em">` paragraphs: a news preamble (`…现将讲话全文刊发如下。`) then the speech; one
speech cut into `c2871645.html` / `c2871645_2.html` by `div.page-nav` (1 2 下一页 / 上一页 1 2), page 2
printing the title and meta again but not the byline or the video; after the text (last page only)
`责编：… | 审核：…`, the 三审 line (`一审：… 二审：… 三审：…`), the 版权声明, 分享到 bar, 相关新闻 and 热门排行,
and the 扫码下载 box in the side column."""

from common import SPEECHES, Family, split_paras

HOST = "www.xinxiangchao-app-like.test"
CH = "/channel/yaowen/"

ARTS = [
    dict(
        speech=SPEECHES["f50d-5"], id=2871645, day="202405/17", time="2024-05-17 19:42:10",
        yinti="省长王立新：推动文旅深度融合发展 加快建设文化强省和旅游强省",
        reporter="湘潮日报全媒体记者　蒋一帆　刘畅　通讯员　胡思远",
        video=("https://vod.xiangchao-app.test/2024/0517/a8f3c1e2.mp4", "视频：全省文化旅游产业发展大会现场（时长02:36）　拍摄：杨帆　剪辑：谢琳"),
        pre="湘潮日报5月17日讯　今天，全省文化旅游产业发展大会在省会召开。省委副书记、省长王立新出席会议并讲话。现将讲话全文刊发如下。",
        editor=("李静", "陈建华"), shen=("李静", "彭涛", "陈建华"), pages=2,
    ),
    dict(
        speech=SPEECHES["f50d-6"], id=2859310, day="202404/23", time="2024-04-23 12:06:45",
        yinti="世界读书日｜“书香三湘”全民阅读活动启动",
        reporter="湘潮日报全媒体记者　周婷　通讯员　罗晓燕",
        video=("https://vod.xiangchao-app.test/2024/0423/5d27e0b9.mp4", "视频：“书香三湘”全民阅读活动启动仪式（时长01:48）　拍摄：黄河"),
        pre="湘潮日报4月23日讯　今天上午，“书香三湘”全民阅读活动启动仪式在省图书馆广场举行。省委常委、宣传部部长叶红在启动仪式上致辞。以下为致辞全文。",
        editor=("王璐", "陈建华"), shen=("王璐", "彭涛", "陈建华"), pages=1,
    ),
]


def base(a):
    return f"/content/{a['day']}/c{a['id']}"


def urls(a):
    return [base(a) + ".html"] + [f"{base(a)}_{i}.html" for i in range(2, a["pages"] + 1)]


TOP = """<div class="app-bar"><div class="w1200"><img src="/static/pc/img/logo-app.png" alt="新湘潮"><span>新湘潮客户端 · 湘潮日报社主办</span><a href="https://www.xinxiangchao-app-like.test/download/" class="app-down">下载新湘潮客户端</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/pc/img/logo.png" alt="新湘潮"></a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/channel/yaowen/index.html">要闻</a></li><li><a href="/channel/shizheng/index.html">时政</a></li><li><a href="/channel/shixian/index.html">市州</a></li><li><a href="/channel/wenlv/index.html">文旅</a></li><li><a href="/channel/shipin/index.html">视频</a></li><li><a href="https://epaper.xiangchao-rb.test/">数字报</a></li></ul></div></div>"""

FOOT = """<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a> | <a href="https://www.12377.cn/">网上有害信息举报</a></p><p>湘潮日报社主办　新湘潮客户端版权所有　未经书面授权不得复制或建立镜像</p><p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备10201234号-6</a>　互联网新闻信息服务许可证：43120170009　违法和不良信息举报电话：0731-84321234</p></div></div>"""


def page(title, body, kw="", desc="", extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
{extra}<link rel="stylesheet" href="/static/pc/css/common.css?v=20240301">
<link rel="stylesheet" href="/static/pc/css/article.css?v=20240301">
<script src="/static/pc/js/jquery-1.11.3.min.js"></script>
</head>
<body>
{TOP}
{body}
{FOOT}
<script src="/static/pc/js/common.js?v=20240301"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3c8e1f0a2b7d4e6f9a0b1c2d3e4f5a6b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
"""


def pager(a, n):
    if a["pages"] == 1:
        return ""
    u = urls(a)
    name = lambda i: u[i - 1].rsplit("/", 1)[1]
    cells = []
    if n > 1:
        cells.append(f'<a href="{name(n - 1)}" class="prev">上一页</a>')
    for i in range(1, a["pages"] + 1):
        cells.append(f'<span class="cur">{i}</span>' if i == n else f'<a href="{name(i)}">{i}</a>')
    if n < a["pages"]:
        cells.append(f'<a href="{name(n + 1)}" class="next">下一页</a>')
    return f'<div class="page-nav">{"".join(cells)}</div>'


def article(a, other, n, runs):
    s = a["speech"]
    paras = ([a["pre"]] if n == 1 else []) + runs[n - 1]
    ptxt = "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in paras)
    top = ""
    if n == 1:
        top = f"""<div class="article-author">{a['reporter']}</div>
<div class="video-box"><video id="video{a['id']}" src="{a['video'][0]}" poster="{a['video'][0].replace('.mp4', '.jpg')}" controls="controls" preload="none" width="100%"></video><p class="video-tip">{a['video'][1]}</p></div>
<div class="audio-box"><span class="audio-btn">听新闻</span><audio src="https://tts.xiangchao-app.test/{a['id']}.mp3" preload="none"></audio><span class="audio-time">00:00 / 09:12</span></div>
"""
    last = n == a["pages"]
    tail = ""
    if last:
        e, sh = a["editor"], a["shen"]
        tail = f"""<div class="article-editor"><span>责编：{e[0]}</span> | <span>审核：{e[1]}</span></div>
<div class="article-sanshen">一审：{sh[0]}　二审：{sh[1]}　三审：{sh[2]}</div>
<div class="article-copyright">版权声明：本文为湘潮日报·新湘潮客户端原创稿件，未经授权，任何单位和个人不得转载、摘编或以其他方式使用。</div>
<div class="article-share">分享到：<a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ</a></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="{urls(other)[0]}">{other['yinti'].split('：')[-1]}</a></li><li><a href="/content/202405/16/c2869902.html">我省5家景区入选全国首批智慧旅游沉浸式体验新空间</a></li></ul></div>"""
    u = urls(a)[n - 1]
    body = f"""<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/channel/yaowen/index.html">要闻</a> &gt; 正文</div>
<div class="main-left">
<div class="article">
<p class="article-yinti">{a['yinti']}</p>
<h1 class="article-title">{s.title}</h1>
<div class="article-meta"><span class="source">来源：湘潮日报</span><span class="time">{a['time']}</span><span class="read">阅读 <em id="readCount"></em></span><span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
{top}<div class="article-content" id="articleContent">
{ptxt}
</div>
{pager(a, n)}
{tail}
</div>
</div>
<div class="main-right"><div class="side-app"><img src="/static/pc/img/app-qr.png" alt=""><p>扫码下载新湘潮客户端</p><p>权威 · 本土 · 实用</p></div>
<div class="side-hot"><h3>热门排行</h3><ol><li><a href="/content/202405/17/c2871588.html">全省高考报名人数公布</a></li><li><a href="/content/202405/16/c2870421.html">五一假期我省接待游客超两千万人次</a></li><li><a href="/content/202405/15/c2869013.html">省会地铁6号线东延线开通运营</a></li></ol></div></div>
</div>
<script>$.get("/api/article/hits?id={a['id']}",function(d){{$("#readCount").text(d.hits)}});</script>"""
    t = f"{s.title}" + (f"（第{n}页）" if n > 1 else "") + "_新湘潮客户端"
    extra = f'<meta name="publishdate" content="{a["time"][:10]}">\n<meta name="source" content="湘潮日报">\n<link rel="canonical" href="https://www.xinxiangchao-app-like.test{u}">\n'
    return page(t, body, "湘潮日报,新湘潮," + s.title[1:8], a["pre"][:70], extra)


def listing(items, n):
    lis = "".join(f'<li><a href="{urls(a)[0]}">{a["yinti"].split("：")[-1] if "：" in a["yinti"] else a["speech"].title}</a><span class="time">{a["time"][:16]}</span></li>' for a in items)
    filler = "".join(f'<li><a href="/content/{d}/c{i}.html">{t}</a><span class="time">{tm}</span></li>' for i, d, t, tm in (
        [(2871588, "202405/17", "全省高考报名人数公布", "2024-05-17 18:20"), (2870421, "202405/16", "五一假期我省接待游客超两千万人次", "2024-05-16 10:05")] if n == 1 else
        [(2858811, "202404/22", "全省春耕生产进度过半", "2024-04-22 17:40")]))
    pn = ('<div class="page-nav"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a></div>' if n == 1
          else '<div class="page-nav"><a href="index.html" class="prev">上一页</a><a href="index.html">1</a><span class="cur">2</span></div>')
    body = f'<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 要闻</div><div class="main-left"><ul class="news-list">{lis}{filler}</ul>{pn}</div></div>'
    return page("要闻" + ("_第2页" if n == 2 else "") + "_新湘潮客户端", body)


def build() -> Family:
    fam = Family(HOST, "新湘潮-like provincial newspaper 客户端 web pages (融媒 articles), UTF-8")
    a1, a2 = ARTS
    for a, other in ((a1, a2), (a2, a1)):
        runs = split_paras(a["speech"].paras, a["pages"])
        for n, u in enumerate(urls(a), 1):
            fam.put(u, article(a, other, n, runs))
        fam.doc(urls(a), a["speech"], published_at=a["time"][:10])
    home = f"""<div class="w1200 clearfix"><div class="focus"><a href="{urls(a1)[0]}"><img src="/static/upload/2024/0517/focus1.jpg"><p>{a1['yinti']}</p></a></div>
<div class="block"><h2><a href="/channel/yaowen/index.html">要闻</a></h2><ul><li><a href="{urls(a1)[0]}">{a1['speech'].title}</a></li><li><a href="/content/202405/17/c2871588.html">全省高考报名人数公布</a></li></ul><a href="/channel/yaowen/index.html" class="more">更多&gt;&gt;</a></div></div>"""
    fam.put("/", page("新湘潮客户端_湘潮日报社主办", home, "新湘潮,湘潮日报", "新湘潮客户端是湘潮日报社主办的新闻客户端"))
    fam.put(CH + "index.html", listing([a1], 1))
    fam.put(CH + "index_2.html", listing([a2], 2))
    fam.not_documents += [CH + "index_2.html", urls(a1)[1]]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /static/\n", "ascii")
    fam.noise += [
        "现将讲话全文刊发如下",
        "以下为致辞全文",
        "湘潮日报全媒体记者",
        "视频：全省文化旅游产业发展大会现场",
        "听新闻",
        "一审：",
        "版权声明：本文为湘潮日报",
        "省长王立新：推动文旅深度融合发展",
    ]
    return fam
