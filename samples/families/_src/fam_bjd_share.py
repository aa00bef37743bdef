"""北京日报客户端 share pages as a phone gets them (`/a/20240515/N.html`): the app's top banner
(logo, 北京日报客户端, 打开), `h1.share-title`, the `share-info` line (作者 / 来源 / time), the text in
`div#share-content.share-content` (`<p>` with inline `text-indent`), a photo with a centred caption,
编辑 / 责编 lines after it, 打开北京日报客户端 阅读更多 button, 相关推荐 cards, the comment strip
(打开客户端参与评论), the WeChat JS-SDK share script with `shareData` and the article again in
`window.__INITIAL_DATA__` (content HTML, publishTime). Home is the app's download/landing page
with a 热门 list; a column share page lists both articles."""

import json

from common import SPEECHES, Family, render

HOST = "ie.bjrb-app-like.test"

ARTICLES = [
    # speech, id, date path, time, author, column, photo after n, caption, editor, chief editor
    (SPEECHES["R31B1"], "1044817", "20240515", "2024-05-15 21:36", "北京日报客户端记者 孙颖", "区域", 2, "施工中的某老旧小区。北京日报客户端记者 王海欣 摄", "王子", "许鑫"),
    (SPEECHES["R31B2"], "1049235", "20240518", "2024-05-18 12:08", "北京日报客户端记者 刘苏雅", "文旅", 3, "论坛现场。主办方供图", "徐静", "许鑫"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-itunes-app" content="app-id=1113456797">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/share/css/share.min.css?v=20240401">
<script src="/static/share/js/flexible.js"></script>
</head>
<body>
<div class="app-banner" id="appBanner">
  <img class="app-banner-logo" src="/static/share/img/logo_bjrb.png" alt="">
  <div class="app-banner-txt"><p class="app-name">北京日报客户端</p><p class="app-slogan">北京日报官方客户端 权威 准确 及时</p></div>
  <a class="app-banner-btn" href="javascript:;" onclick="openApp()">打开</a>
</div>
"""

FOOT = """<div class="share-footer">
  <p>北京日报报业集团版权所有　未经授权不得转载</p>
  <p><a href="https://beian.miit.gov.test/" target="_blank">京ICP备13037146号-9</a>　互联网新闻信息服务许可证：11120170002</p>
</div>
<div class="open-app-fixed" id="openAppFixed"><a href="javascript:;" onclick="openApp()">打开北京日报客户端 阅读更多精彩内容</a></div>
<div class="wx-mask" id="wxMask" style="display:none;"><img src="/static/share/img/wx_tip.png" alt=""><p>点击右上角 选择在浏览器中打开</p></div>
<script src="https://res.wx.qq.test/open/js/jweixin-1.6.0.js"></script>
<script src="/static/share/js/zepto.min.js"></script>
<script src="/static/share/js/share.min.js?v=20240401"></script>
<script>
function openApp(){var ua=navigator.userAgent.toLowerCase();if(ua.indexOf('micromessenger')>-1){document.getElementById('wxMask').style.display='block';return;}
window.location.href='bjrbapp://article?id='+(window.__INITIAL_DATA__?window.__INITIAL_DATA__.id:'');setTimeout(function(){window.location.href='https://ie.bjd.com.cn/download/';},2000);}
</script>
<script>
var _hmt = _hmt || [];
(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.test/hm.js?7c8e5f1bd9a0c2e34f6a7b8d91e0c3f2";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
"""


def content_html(i):
    speech, aid, day, stamp, author, col, at, caption, editor, chief = ARTICLES[i]
    out = []
    for n, p in enumerate(speech.paras):
        out.append(f'<p style="text-indent:2em;">{p}</p>')
        if n == at:
            out.append(
                f'<p style="text-align:center;"><img src="https://ie-img.bjd.test/bjrb/{day}/{aid}_0.jpg?x-oss-process=image/resize,w_750" data-src="https://ie-img.bjd.test/bjrb/{day}/{aid}_0.jpg" style="max-width:100%;"></p>'
                f'<p style="text-align:center;color:#666;font-size:14px;">{caption}</p>'
            )
    return "".join(out)


def article(i):
    speech, aid, day, stamp, author, col, at, caption, editor, chief = ARTICLES[i]
    other = ARTICLES[1 - i]
    content = content_html(i)
    body = f"""<div class="share-wrap" id="app">
<div class="share-header">
  <h1 class="share-title">{speech.title}</h1>
  <div class="share-info"><span class="share-author">{author}</span><span class="share-source">来源：北京日报客户端</span><span class="share-time">{stamp}</span></div>
</div>
<div class="share-content" id="share-content">{content}</div>
<div class="share-editor"><p>编辑：{editor}</p><p>责编：{chief}</p></div>
<div class="share-statement">本文为北京日报客户端原创，转载请注明出处</div>
<div class="share-openapp"><a href="javascript:;" onclick="openApp()">打开北京日报客户端<br><span>阅读更多精彩内容</span></a></div>
<div class="share-praise"><span class="praise-icon"></span><span class="praise-num">{86 + 41 * i}</span></div>
<div class="share-related">
  <div class="related-title"><span>相关推荐</span></div>
  <ul class="related-list">
    <li class="related-item"><a href="/a/{other[2]}/{other[1]}.html"><div class="related-txt"><p class="related-name">{other[0].title}</p><p class="related-meta"><span>北京日报客户端</span><span>{other[3][5:10]}</span></p></div><img class="related-img" src="https://ie-img.bjd.test/bjrb/{other[2]}/{other[1]}_s.jpg"></a></li>
    <li class="related-item"><a href="javascript:;" onclick="openApp()"><div class="related-txt"><p class="related-name">北京今年将新增养老家庭照护床位5000张</p><p class="related-meta"><span>北京日报客户端</span><span>05-14</span></p></div></a></li>
    <li class="related-item"><a href="javascript:;" onclick="openApp()"><div class="related-txt"><p class="related-name">五一假期北京接待游客超千万人次</p><p class="related-meta"><span>北京日报客户端</span><span>05-06</span></p></div></a></li>
  </ul>
</div>
<div class="share-comment"><div class="comment-title">评论</div><div class="comment-empty">打开客户端参与评论</div></div>
</div>
"""
    data = {
        "id": aid,
        "title": speech.title,
        "author": author,
        "source": "北京日报客户端",
        "publishTime": stamp + ":00",
        "columnName": col,
        "content": content,
        "editor": editor,
        "responsibleEditor": chief,
        "shareUrl": f"https://{HOST}/a/{day}/{aid}.html",
    }
    share = {
        "title": speech.title,
        "desc": speech.paras[1][:40],
        "link": f"https://{HOST}/a/{day}/{aid}.html",
        "imgUrl": f"https://ie-img.bjd.test/bjrb/{day}/{aid}_s.jpg",
    }
    scripts = (
        "<script>window.__INITIAL_DATA__ = "
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + ";</script>\n<script>var shareData = "
        + json.dumps(share, ensure_ascii=False)
        + ";\n$.getJSON('/api/wx/jssdk?url='+encodeURIComponent(location.href.split('#')[0]),function(r){wx.config({debug:false,appId:r.appId,timestamp:r.timestamp,nonceStr:r.nonceStr,signature:r.signature,jsApiList:['updateAppMessageShareData','updateTimelineShareData']});wx.ready(function(){wx.updateAppMessageShareData(shareData);wx.updateTimelineShareData(shareData);});});</script>\n"
    )
    return render(HEAD, TITLE=speech.title, KW=f"{speech.title},北京日报客户端", DESC=speech.paras[1][:60]) + body + scripts + FOOT


def listing(home):
    items = "".join(
        f'<li class="list-item"><a href="/a/{day}/{aid}.html"><p class="list-name">{s.title}</p><p class="list-meta"><span>{col}</span><span>{stamp[5:16]}</span></p></a></li>\n'
        for s, aid, day, stamp, _a, col, *_x in ARTICLES
    )
    if home:
        top = """<div class="landing-top"><img src="/static/share/img/landing_bg.jpg" alt=""><p class="landing-slogan">北京日报客户端 · 权威资讯 尽在掌握</p>
<a class="landing-down" href="https://ie.bjd.com.cn/download/">立即下载</a></div>
<div class="column-tabs"><a class="on" href="/">热门</a><a href="/column/quyu.html">区域</a><a href="javascript:;" onclick="openApp()">更多频道</a></div>
<div class="list-title">热门</div>"""
        title = "北京日报客户端"
    else:
        top = """<div class="column-head"><h2>区域</h2><p>北京日报客户端 · 区域频道</p></div>"""
        title = "区域 - 北京日报客户端"
    body = f"""<div class="share-wrap">{top}
<ul class="news-list">
{items}</ul>
<div class="list-more"><a href="javascript:;" onclick="openApp()">打开客户端查看更多</a></div>
</div>
"""
    return render(HEAD, TITLE=title, KW="北京日报,北京日报客户端", DESC="北京日报客户端") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "北京日报客户端 share pages (mobile, app banners, article again in window.__INITIAL_DATA__)")
    fam.put("/", listing(True))
    fam.put("/column/quyu.html", listing(False))
    fam.not_documents += ["/", "/column/quyu.html"]
    for i, (speech, aid, day, *_r) in enumerate(ARTICLES):
        fam.put(f"/a/{day}/{aid}.html", article(i))
        fam.doc([f"/a/{day}/{aid}.html"], speech)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "北京日报客户端记者",
        "孙颖",
        "刘苏雅",
        "来源：北京日报客户端",
        "王海欣 摄",
        "主办方供图",
        "编辑：",
        "责编：",
        "本文为北京日报客户端原创",
        "打开北京日报客户端",
        "阅读更多精彩内容",
        "相关推荐",
        "打开客户端参与评论",
        "京ICP备13037146号-9",
        "点击右上角",
        "北京日报官方客户端",
    ]
    fam.note = "phone share pages: app banner and 打开北京日报客户端 prompts around complete texts; a photo caption with a 记者 credit inside the text"
    return fam
