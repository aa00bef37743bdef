"""人民政协网 (rmzxb.com.cn)-like 政协 news site, the later template with a 听新闻 (text-to-speech) bar, UTF-8.

Home `/` (要闻 block, 地方政协 list) → column `/zxyw/dfzx/index.shtml` (+ `index_2.shtml`) → articles
`/c/2024-01-19/3478123.shtml`: `div.position` 您现在的位置, `div.article-box` holding everything of the
article: `h1`, `div.info` (时间, 来源：人民政协报, 作者, 字号 大中小), the 听新闻 player bar (`div.tts-bar`: 听新闻
button, `<audio>` of the synthesized reading, 0:00 / 08:32, 倍速 1.0X, 音色 女声 / 男声, a
`本音频由AI合成，仅供参考` note), the text in `div.article-con#zoom`, a `本文来源` box (`div.source-box`:
本文来源：人民政协报　作者：…　责任编辑：…), 分享到, and a 相关阅读 list (`div.xgyd`) still inside the
article box; then the 人民政协报 电子版 / 客户端 side column, footer (京ICP备, 京公网安备)."""

from common import SPEECHES, Family

HOST = "www.zxb-jingmo-like.test"
COL = "/zxyw/dfzx/"
A1 = "/c/2024-01-19/3478123.shtml"
A2 = "/c/2024-06-13/3573316.shtml"

ARTS = {
    A1: dict(speech=SPEECHES["f56d-3"], time="2024-01-19 09:18", author="周立新", editor="刘 媛", dur="08:41",
             title="青禾市政协主席张文清：在市政协十五届五次会议闭幕会上的讲话"),
    A2: dict(speech=SPEECHES["f56d-4"], time="2024-06-13 10:02", author="许 静", editor="高 远", dur="07:55",
             title="杨晓帆：在全省政协系统提案工作座谈会上的发言"),
}

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<meta name="keywords" content="人民政协,政协,@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><a href="/">人民政协网首页</a> | <a href="http://epaper.zxb-jingmo-like.test/">人民政协报电子版</a> | <a href="/app/">客户端</a> | <a href="/wb/">微博</a> | <a href="/wx/">微信</a></div></div>
<div class="head wrap"><a href="/" class="logo"><img src="/static/images/logo.png" alt="人民政协网"></a></div>
<div class="menu"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zxyw/">政协要闻</a></li><li class="cur"><a href="/zxyw/dfzx/">地方政协</a></li><li><a href="/wylz/">委员履职</a></li><li><a href="/taiya/">提案</a></li><li><a href="/lilun/">理论</a></li><li><a href="/wenshi/">文史</a></li></ul></div>
<div class="wrap main">
@@BODY@@
</div>
<div class="foot"><div class="wrap"><p><a href="/about/">关于我们</a> | <a href="/about/lx.shtml">联系我们</a> | <a href="/about/bq.shtml">版权声明</a></p>
<p>人民政协报社主办　版权所有：人民政协网　京ICP备12036279号-1　京公网安备 11010202007218号　互联网新闻信息服务许可证10120170043</p></div></div>
<script src="/static/js/tts-player.js?v=1.2"></script>
<script src="/static/js/share.js"></script>
</body>
</html>
"""


def page(title, body, kw="", desc=""):
    return PAGE.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@BODY@@", body)


def article(url, other):
    a = ARTS[url]
    o = ARTS[other]
    paras = "".join(f"<p>　　{p}</p>\n" for p in a["speech"].paras)
    b = f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zxyw/">政协要闻</a> &gt; <a href="{COL}">地方政协</a></div>
<div class="article-box fl">
<h1>{a['title']}</h1>
<div class="info"><span>{a['time']}</span><span>来源：人民政协报</span><span>作者：{a['author']}</span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a><a href="javascript:doZoom(16)">中</a><a href="javascript:doZoom(14)">小</a></span></div>
<div class="tts-bar" id="ttsBar">
<a class="tts-btn" href="javascript:;" onclick="ttsPlay()"><i class="icon-erji"></i>听新闻</a>
<audio id="ttsAudio" preload="none" src="https://tts.zxb-jingmo-like.test/audio/{url.split('/')[-1].split('.')[0]}.mp3"></audio>
<span class="tts-progress"><em class="tts-cur">0:00</em> / <em class="tts-total">{a['dur']}</em></span>
<span class="tts-speed">倍速 <b>1.0X</b></span><span class="tts-voice">音色：<a class="on" href="javascript:;">女声</a><a href="javascript:;">男声</a></span>
<span class="tts-tip">本音频由AI合成，仅供参考</span>
</div>
<div class="article-con" id="zoom">
{paras}</div>
<div class="source-box"><p>本文来源：人民政协报　作者：{a['author']}　责任编辑：{a['editor']}</p></div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="xgyd"><h3>相关阅读</h3><ul>
<li><a href="{other}">{o['title']}</a><span>{o['time'][:10]}</span></li>
<li><a href="/c/2024-01-16/3476020.shtml">青禾市政协十五届五次会议开幕</a><span>2024-01-16</span></li>
<li><a href="/c/2024-05-28/3564112.shtml">提案办理“回头看”：让每一件提案落地有声</a><span>2024-05-28</span></li>
</ul></div>
</div>
<div class="side fr"><div class="epaper"><a href="http://epaper.zxb-jingmo-like.test/"><img src="/static/images/epaper.jpg" alt="人民政协报电子版"></a></div>
<div class="app"><img src="/static/images/app_qr.png" alt=""><p>人民政协报客户端</p></div>
<div class="phb"><h3>热点排行</h3><ol><li><a href="/c/2024-05-28/3564112.shtml">提案办理“回头看”：让每一件提案落地有声</a></li><li><a href="/c/2024-01-16/3476020.shtml">青禾市政协十五届五次会议开幕</a></li></ol></div></div>"""
    return page(f"{a['title']}-人民政协网", b, "讲话,发言", a["speech"].paras[1][:60])


def listing(n):
    if n == 1:
        rows = [(A2, ARTS[A2]["title"], "2024-06-13"), ("/c/2024-05-28/3564112.shtml", "提案办理“回头看”：让每一件提案落地有声", "2024-05-28"), (A1, ARTS[A1]["title"], "2024-01-19")]
        pager = '<div class="page"><span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml">下一页</a><span>共2页</span></div>'
    else:
        rows = [("/c/2024-01-16/3476020.shtml", "青禾市政协十五届五次会议开幕", "2024-01-16")]
        pager = '<div class="page"><a href="index.shtml">上一页</a><a href="index.shtml">1</a><span class="cur">2</span><span>共2页</span></div>'
    lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>\n' for u, t, d in rows)
    return page("地方政协-人民政协网", f'<div class="position">您现在的位置：<a href="/">首页</a> &gt; 地方政协</div>\n<ul class="list">\n{lis}</ul>\n{pager}')


def build() -> Family:
    fam = Family(HOST, "人民政协网-like 政协 news site, 听新闻 template")
    fam.put(A1, article(A1, A2))
    fam.put(A2, article(A2, A1))
    fam.doc([A1], ARTS[A1]["speech"], title="在市政协十五届五次会议闭幕会上的讲话")
    fam.doc([A2], ARTS[A2]["speech"], title="在全省政协系统提案工作座谈会上的发言")
    fam.put(COL + "index.shtml", listing(1))
    fam.put(COL + "index_2.shtml", listing(2))
    home = f"""<div class="yw"><h2><a href="{A2}">{ARTS[A2]['title']}</a></h2></div>
<div class="box"><h3><a href="{COL}index.shtml">地方政协</a></h3><ul><li><a href="{A1}">{ARTS[A1]['title']}</a></li><li><a href="/c/2024-05-28/3564112.shtml">提案办理“回头看”：让每一件提案落地有声</a></li></ul></div>"""
    fam.put("/", page("人民政协网", home))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n", "ascii")
    fam.not_documents += ["/", COL + "index.shtml", COL + "index_2.shtml"]
    fam.noise += ["听新闻", "本音频由AI合成，仅供参考", "本文来源：人民政协报", "相关阅读", "分享到：", "京ICP备12036279号-1", "热点排行"]
    return fam
