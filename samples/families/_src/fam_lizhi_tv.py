"""荔枝网 (news.jstv.com)-like news site of a provincial 广播电视台 (江南广电总台), video article template.

Home `/` (荔枝新闻 top bar, 直播 频道 links, 时政 block) → channel `/szxw/` (+ `/szxw/index_2.shtml`, not a
document) → articles `/a/20240328/1711612345678.shtml`: `div.lz-video` player block (`<video>` with poster,
m3u8 `data-src`, 时长, 播放 count), the 视频 title prefix `【视频】` in the page's `h1`, info line (来源：江南卫视
《江南新闻》 / 记者 / 编辑 / 时间), then the transcript in `div.article-content` after a grey `（根据现场录音整理）` note;
the 安全生产 speech continues on `…_2.shtml` through the `div.page` pager (上一页 / 1 / 2 / 下一页); 责编 line,
荔枝新闻客户端 download box, 相关视频, footer with 广播电视节目制作经营许可证."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.lizhi-tv-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="//static.lizhi-tv-like.test/news/css/common.css?v=2.3.1">
<link rel="stylesheet" href="//static.lizhi-tv-like.test/news/css/article.css?v=2.3.1">
<link rel="stylesheet" href="//static.lizhi-tv-like.test/player/lzplayer.min.css">
<script src="//static.lizhi-tv-like.test/js/jquery.min.js"></script>
<script src="//static.lizhi-tv-like.test/player/hls.min.js"></script>
<script src="//static.lizhi-tv-like.test/player/lzplayer.min.js?v=1.8.0"></script>
</head>
<body>
<div class="lz-topbar"><div class="wrap">
<a href="//www.lizhi-tv-like.test/">荔枝网首页</a><a href="/">荔枝新闻</a><a href="//live.lizhi-tv-like.test/">直播</a><a href="//tv.lizhi-tv-like.test/">电视</a><a href="//fm.lizhi-tv-like.test/">广播</a><a href="//www.lizhi-tv-like.test/app/" class="app">荔枝新闻客户端</a>
<span class="user"><a href="//passport.lizhi-tv-like.test/login">登录</a> <a href="//passport.lizhi-tv-like.test/reg">注册</a></span>
</div></div>
<div class="lz-header"><div class="wrap">
<a class="logo" href="/"><img src="//static.lizhi-tv-like.test/news/img/logo_news.png" alt="荔枝新闻 江南广电总台"></a>
<ul class="lz-nav"><li><a href="/">首页</a></li><li class="cur"><a href="/szxw/">时政</a></li><li><a href="/shxw/">社会</a></li><li><a href="/msxw/">民生</a></li><li><a href="/cjxw/">财经</a></li><li><a href="/wlxw/">文旅</a></li><li><a href="/sp/">视频</a></li><li><a href="/zt/">专题</a></li></ul>
</div></div>
"""

FOOT = """<div class="lz-footer"><div class="wrap">
<p><a href="//www.lizhi-tv-like.test/about/">关于我们</a> | <a href="//www.lizhi-tv-like.test/contact/">联系我们</a> | <a href="//www.lizhi-tv-like.test/jubao/">违法和不良信息举报</a></p>
<p>江南省广播电视总台（集团） 版权所有 未经授权禁止复制或建立镜像</p>
<p>信息网络传播视听节目许可证：1005103 广播电视节目制作经营许可证：（江）字第00128号 网络文化经营许可证 苏网文〔2022〕1234-056号</p>
<p>苏ICP备05010012号 苏公网安备32010202010123号</p>
</div></div>
<script src="//static.lizhi-tv-like.test/news/js/article.js?v=2.3.1"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?9d0f8e7c6b5a4f3e2d1c0b9a8f7e6d5c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

ART1 = "/a/20240328/1711612345678.shtml"
ART1B = "/a/20240328/1711612345678_2.shtml"
ART2 = "/a/20240510/1715330212904.shtml"
LIST, LIST2 = "/szxw/", "/szxw/index_2.shtml"

SIDE = """<div class="lz-side">
<div class="box app-box"><img src="//static.lizhi-tv-like.test/news/img/app_qr.png" alt="下载荔枝新闻客户端"><p>下载荔枝新闻客户端<br>看更多视频新闻</p></div>
<div class="box"><h3>相关视频</h3><ul>
<li><a href="/a/20240327/1711520012345.shtml"><img src="//img.lizhi-tv-like.test/2024/03/27/v1.jpg" alt=""><span>全省一季度经济运行情况新闻发布会</span><i>02:31</i></a></li>
<li><a href="/a/20240326/1711431109876.shtml"><img src="//img.lizhi-tv-like.test/2024/03/26/v2.jpg" alt=""><span>春耕时节 田间地头农机忙</span><i>01:48</i></a></li>
</ul></div>
</div>"""


def video(vid, poster, dur, plays):
    return f"""<div class="lz-video" id="lzVideo">
<video id="lzplayer_{vid}" class="lzplayer" controls preload="none" poster="{poster}" data-src="//vod.lizhi-tv-like.test/hls/2024/{vid}/index.m3u8" width="100%"></video>
<div class="video-info"><span class="dur">时长：{dur}</span><span class="plays">播放：{plays}</span></div>
</div>
<script>LZPlayer.init({{el:'#lzplayer_{vid}', autoplay:false, src:$('#lzplayer_{vid}').data('src')}});</script>"""


def page(sp, paras, vblock, info, pager, editor, title_suffix=""):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return render(HEAD, TITLE=f"【视频】{sp.title}{title_suffix}_荔枝网新闻", KW="荔枝新闻,江南卫视,视频", DESC=sp.title) + f"""<div class="wrap lz-main">
<div class="lz-crumb">当前位置：<a href="/">荔枝新闻</a> &gt; <a href="{LIST}">时政</a> &gt; 正文</div>
<div class="lz-article">
<h1>【视频】{sp.title}</h1>
<div class="info">{info}</div>
{vblock}
<div class="article-content" id="articleContent">
<p class="note" style="color:#999">（根据现场录音整理）</p>
{body}
</div>
{pager}
<p class="editor">{editor}</p>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
</div>
{SIDE}
</div>
""" + FOOT


def build() -> Family:
    s1, s2 = SPEECHES["f52d-3"], SPEECHES["f52d-4"]
    fam = Family(HOST, "荔枝网-like provincial broadcaster news site, video articles with transcripts")
    p1, p2 = split_paras(s1.paras, 2)
    info1 = f'<span>来源：江南卫视《江南新闻联播》</span><span>记者：刘畅 王振</span><span>编辑：何雯</span><span>{s1.date} 19:52</span>'
    v1 = video("1711612345678", "//img.lizhi-tv-like.test/2024/03/28/1711612345678.jpg", "18:42", "3.2万")
    pg1 = f'<div class="page"><a class="prev disabled">上一页</a><span class="cur">1</span><a href="{ART1B}">2</a><a class="next" href="{ART1B}">下一页</a></div>'
    pg2 = f'<div class="page"><a class="prev" href="{ART1}">上一页</a><a href="{ART1}">1</a><span class="cur">2</span><a class="next disabled">下一页</a></div>'
    fam.put(ART1, page(s1, p1, v1, info1, pg1, ""))
    fam.put(ART1B, page(s1, p2, v1, info1, pg2, "（责编：何雯）", "(2)").replace(
        '<p class="note" style="color:#999">（根据现场录音整理）</p>\n', ""))
    info2 = f'<span>来源：江南广电总台融媒体新闻中心</span><span>记者：沈一鸣</span><span>编辑：唐霏</span><span>{s2.date} 21:16</span>'
    v2 = video("1715330212904", "//img.lizhi-tv-like.test/2024/05/10/1715330212904.jpg", "09:07", "1.1万")
    fam.put(ART2, page(s2, s2.paras, v2, info2, "", "（责编：唐霏）"))

    def rows(items):
        return "\n".join(
            f'<li class="video-item"><a href="{u}"><img src="//img.lizhi-tv-like.test/{i}.jpg" alt=""><i class="play"></i></a><div class="txt"><h3><a href="{u}">【视频】{t}</a></h3><span class="time">{d}</span></div></li>'
            for u, t, d, i in items)

    head_list = render(HEAD, TITLE="时政_荔枝网新闻", KW="荔枝新闻,时政", DESC="荔枝网时政新闻")
    fam.put(LIST, head_list + f"""<div class="wrap lz-main"><div class="lz-list"><h2>时政</h2><ul>
{rows([(ART2, s2.title, s2.date + ' 21:16', 'v2'), ('/a/20240327/1711520012345.shtml', '全省一季度经济运行情况新闻发布会', '2024-03-27 18:30', 'v3'), (ART1, s1.title, s1.date + ' 19:52', 'v1')])}
</ul>
<div class="page"><span class="cur">1</span><a href="{LIST2}">2</a><a class="next" href="{LIST2}">下一页</a></div>
</div>{SIDE}</div>
""" + FOOT)
    fam.put(LIST2, head_list + f"""<div class="wrap lz-main"><div class="lz-list"><h2>时政</h2><ul>
{rows([('/a/20240320/1710921100234.shtml', '全省优化营商环境大会召开', '2024-03-20 19:40', 'v4'), ('/a/20240315/1710490021567.shtml', '省人大常委会举行第八次会议', '2024-03-15 20:02', 'v5')])}
</ul>
<div class="page"><a class="prev" href="{LIST}">上一页</a><a href="{LIST}">1</a><span class="cur">2</span></div>
</div>{SIDE}</div>
""" + FOOT)
    fam.put("/", render(HEAD, TITLE="荔枝新闻_荔枝网", KW="荔枝新闻,江南广电,江南卫视", DESC="荔枝网新闻频道，江南广电总台主办") + f"""<div class="wrap lz-main">
<div class="lz-focus"><a href="{ART2}"><img src="//img.lizhi-tv-like.test/2024/05/10/focus.jpg" alt=""><span>【视频】{s2.title}</span></a></div>
<div class="lz-block"><h2><a href="{LIST}">时政</a></h2><ul>
<li><a href="{ART2}">【视频】{s2.title}</a></li>
<li><a href="{ART1}">【视频】{s1.title}</a></li>
</ul><a class="more" href="{LIST}">更多</a></div>
<div class="lz-live"><h2>直播</h2><a href="//live.lizhi-tv-like.test/tv/jnws">江南卫视</a> <a href="//live.lizhi-tv-like.test/fm/news">新闻广播FM93.7</a></div>
{SIDE}</div>
""" + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /api/\n")
    fam.doc([ART1, ART1B], s1)
    fam.doc([ART2], s2)
    fam.noise = ["（根据现场录音整理）", "时长：", "来源：江南卫视", "（责编：", "下载荔枝新闻客户端"]
    fam.not_documents = [LIST2, ART1B]
    return fam
