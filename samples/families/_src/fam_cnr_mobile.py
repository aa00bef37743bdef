"""央广网 mobile edition (m.cnr.cn-like) article pages as a phone browser gets them, UTF-8.

Unlike `news.yangguang-wang.test` (the PC TRS template, GBK), this is the phone template: viewport
meta, canonical to the PC page on another host (not served), the fixed `top-bar` (央广网 logo,
云听 打开 button with a `yunting://` link), `h1.article-tit`, `div.article-info` (time, 来源：央广网,
作者), the `div.audio-player` 听新闻 block (`<audio preload="none">`, play button, `span.duration`,
`点击收听：<title>` caption) right above `div.article-con#articleCon`, whose first paragraph is the
`央广网北京5月16日消息（记者 …）…以下为讲话全文：` dateline lead (on the other page the dateline
in a `<strong>`, the lead ending `…以下为致辞全文：`); after the text `p.editor-line` (`编辑：… 责任编辑：…`)
inside the content box, a `div.copyright` 版权声明, 相关新闻 (`ul.rel-list` with dates), the
`open-yunting` banner (下载云听客户端 收听更多好内容), 热点推荐, footer (央广网版权所有, 京ICP证,
互联网新闻信息服务许可证, 举报). Home `/` (focus, 要闻 list) → channel `/news/` with 加载更多
linking `/news/index_1.html` (not a document)."""

from common import SPEECHES, Family

HOST = "m.yangguangwang-like.test"

A1 = "/news/20240516/t20240516_526712384.html"
A2 = "/news/20240519/t20240519_526716902.html"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA@@<link rel="stylesheet" href="//mstatic.yangguangwang-like.test/m/css/common.css?v=20231106">
<link rel="stylesheet" href="//mstatic.yangguangwang-like.test/m/css/article.css?v=20231106">
<script src="//mstatic.yangguangwang-like.test/m/js/flexible.js"></script>
</head>
<body>
<header class="top-bar">
  <a class="logo" href="/"><img src="//mstatic.yangguangwang-like.test/m/images/logo_cnr.png" alt="央广网"></a>
  <span class="slogan">中央广播电视总台主办</span>
  <a class="open-app" href="yunting://article?from=mcnr" data-fallback="https://www.radio-yunting-like.test/download/">打开云听</a>
</header>
<nav class="chan-nav"><a href="/">首页</a><a href="/news/" class="@@NAVCUR@@">新闻</a><a href="/finance/">财经</a><a href="/military/">军事</a><a href="/tech/">科技</a><a href="/local/">地方</a><a href="/video/">视频</a></nav>
"""

FOOT = """<section class="open-yunting">
  <img src="//mstatic.yangguangwang-like.test/m/images/yunting_icon.png" alt="云听">
  <div class="txt"><b>云听</b><span>下载云听客户端 收听更多好内容</span></div>
  <a class="btn" href="https://www.radio-yunting-like.test/download/">立即下载</a>
</section>
<footer class="m-foot">
  <p><a href="/">首页</a> | <a href="https://www.yangguangwang-like.test/">电脑版</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/jubao.html">违法和不良信息举报</a></p>
  <p>央广网版权所有 Copyright&copy;2002-2024 CNR</p>
  <p>京ICP证110024号 互联网新闻信息服务许可证10120170001</p>
</footer>
<script src="//mstatic.yangguangwang-like.test/m/js/zepto.min.js"></script>
<script src="//mstatic.yangguangwang-like.test/m/js/article.js?v=20231106"></script>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?4d3ad6c3b2e0d1a7c5f90ae62b6e1c37"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""

HOT = [
    ("/news/20240519/t20240519_526716770.html", "多地发布高温预警 这份防暑指南请收好"),
    ("/news/20240518/t20240518_526715321.html", "中国之声《新闻和报纸摘要》全文 2024-05-18"),
    ("/news/20240517/t20240517_526713988.html", "“五一”后出游热度不减 多地景区推出惠民举措"),
]


def page(title, kw, desc, extra, body, navcur=""):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
        .replace("@@EXTRA@@", extra).replace("@@NAVCUR@@", navcur)
        + body + FOOT
    )


def article(path, h1, time, author, lead, paras, editor, duration, related, pcid):
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    rel = "\n".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in related)
    hot = "\n".join(f'<li><a href="{u}">{t}</a></li>' for u, t in HOT)
    extra = (
        f'<link rel="canonical" href="https://news.yangguangwang-like.test/native/gd/{path.split("/")[2]}/{path.rsplit("/", 1)[1].replace(".html", ".shtml")}">\n'
        f'<meta name="publishdate" content="{time[:10]}">\n<meta name="contentid" content="{pcid}">\n<meta name="source" content="央广网">\n'
    )
    body = f"""<div class="crumb"><a href="/">央广网</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<article class="article">
  <h1 class="article-tit">{h1}</h1>
  <div class="article-info"><span class="time">{time}</span><span class="source">来源：央广网</span><span class="author">作者：{author}</span></div>
  <div class="audio-player" data-src="https://audio.yangguangwang-like.test/tts/{pcid}.mp3">
    <audio preload="none" src="https://audio.yangguangwang-like.test/tts/{pcid}.mp3"></audio>
    <a class="play-btn" href="javascript:;" title="播放"></a>
    <div class="progress"><i class="bar"></i></div>
    <span class="duration">{duration}</span>
    <p class="audio-tit">点击收听：{h1}</p>
  </div>
  <div class="article-con" id="articleCon">
<p>{lead}</p>
{ps}
<p class="editor-line">编辑：{editor[0]}　责任编辑：{editor[1]}</p>
  </div>
  <div class="copyright">版权声明：本文章版权归属央广网所有，未经授权不得转载。转载请联系：cnrbanquan@cnr.cn，不尊重原创的行为我们将追究责任。</div>
  <div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="pyq" href="javascript:;">朋友圈</a><a class="wb" href="javascript:;">微博</a></div>
</article>
<section class="rel-box"><h3>相关新闻</h3><ul class="rel-list">
{rel}
</ul></section>
<section class="hot-box"><h3>热点推荐</h3><ul>
{hot}
</ul></section>
"""
    return page(f"{h1}_央广网", "央广网,新闻," + h1[:10], h1, extra, body, "cur")


def build() -> Family:
    fam = Family(HOST, "央广网 mobile edition (m.cnr.cn-like) article pages, UTF-8 phone template")
    s1, s2 = SPEECHES["f53d-1"], SPEECHES["f53d-2"]
    t1 = "国家广播电视总局副局长张立群在全国应急广播体系建设推进会上的讲话"
    t2 = "中国残联副主席刘晓燕在第三十四次全国助残日主题活动启动仪式上的致辞"
    lead1 = ("央广网北京5月16日消息（记者 何思远）5月16日，全国应急广播体系建设推进会在京召开。国家广播电视总局副局长张立群出席会议并讲话，"
             "要求各地补齐覆盖短板、打通预警链路，确保主汛期前应急广播“叫得响、用得上”。以下为讲话全文：")
    lead2 = ("<strong>央广网北京5月19日消息（记者 林可）</strong>5月19日是第三十四次全国助残日。当天上午，以“科技助残，共享美好生活”为主题的助残日活动在京启动，"
             "中国残联副主席刘晓燕出席启动仪式并致辞。以下为致辞全文：")
    rel1 = [
        (A2, t2, "2024-05-19"),
        ("/news/20240510/t20240510_526703115.html", "应急管理部：主汛期前完成重点地区预警发布渠道排查", "2024-05-10"),
        ("/news/20240428/t20240428_526688042.html", "村村响变“智能喇叭” 这个县的应急广播怎样打通最后一公里", "2024-04-28"),
    ]
    rel2 = [
        ("/news/20240518/t20240518_526715006.html", "读屏软件、智能假肢走进生活 科技让残疾人“看见”更多可能", "2024-05-18"),
        (A1, t1, "2024-05-16"),
    ]
    fam.put(A1, article(A1, t1, "2024-05-16 18:32:07", "何思远", lead1, s1.paras, ("王蕾", "李国栋"), "11:42", rel1, "526712384"))
    fam.put(A2, article(A2, t2, "2024-05-19 12:05:44", "林可", lead2, s2.paras, ("赵一凡", "孙雯"), "09:58", rel2, "526716902"))
    fam.doc([A1], s1, title=t1)
    fam.doc([A2], s2, title=t2)

    def item(u, t, d, src="央广网"):
        return f'<li class="news-item"><a href="{u}"><h3>{t}</h3><p class="meta"><span>{src}</span><span>{d}</span></p></a></li>'

    items1 = [
        item("/news/20240519/t20240519_526716770.html", HOT[0][1], "2024-05-19 15:20"),
        item(A2, t2, "2024-05-19 12:05"),
        item("/news/20240518/t20240518_526715006.html", rel2[0][1], "2024-05-18 09:41"),
        item("/news/20240517/t20240517_526713988.html", HOT[2][1], "2024-05-17 08:12"),
        item(A1, t1, "2024-05-16 18:32"),
    ]
    items2 = [
        item("/news/20240510/t20240510_526703115.html", rel1[1][1], "2024-05-10 17:03"),
        item("/news/20240428/t20240428_526688042.html", rel1[2][1], "2024-04-28 07:55"),
        item("/news/20240426/t20240426_526685510.html", "中国之声《新闻纵横》：老旧小区加装电梯 难在哪", "2024-04-26 07:36"),
    ]
    chan = lambda items, more: page(
        "新闻_央广网", "央广网,新闻", "央广网新闻频道", "", f"""<div class="list-box"><h2 class="chan-tit">新闻</h2>
<ul class="news-list">
{chr(10).join(items)}
</ul>
{more}
</div>
""", "cur")
    fam.put("/news/", chan(items1, '<a class="load-more" href="/news/index_1.html">加载更多</a>'))
    fam.put("/news/index_1.html", chan(items2, '<p class="no-more">没有更多了</p>'))
    home_body = f"""<section class="focus"><a href="{A2}"><img src="//img.yangguangwang-like.test/2024/0519/focus_zhucanri.jpg" alt=""><p>第三十四次全国助残日活动在京启动</p></a></section>
<section class="list-box"><h2 class="chan-tit"><a href="/news/">要闻</a></h2>
<ul class="news-list">
{items1[1]}
{items1[4]}
{items1[0]}
</ul>
<a class="load-more" href="/news/">更多新闻</a></section>
<section class="radio-box"><h2>直播</h2><ul><li><a href="/live/zgzs.html">中国之声</a></li><li><a href="/live/jjzs.html">经济之声</a></li><li><a href="/live/yyzs.html">音乐之声</a></li></ul></section>
"""
    fam.put("/", page("央广网手机版", "央广网,中央人民广播电台,新闻", "央广网手机版", "", home_body))
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/", "/news/", "/news/index_1.html"]
    fam.noise += ["央广网北京5月16日消息", "以下为讲话全文：", "以下为致辞全文：", "点击收听：", "编辑：王蕾", "责任编辑：李国栋",
                  "版权声明：", "下载云听客户端", "相关新闻", "热点推荐", "京ICP证", "打开云听"]
    return fam
