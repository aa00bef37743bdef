"""南方+ (static.nfapp.southcn.com/content/YYYYMM/DD/cN.html) article share pages as a phone browser
gets them: the app's responsive share template. Top `nfapp-top` 打开APP bar (`nfapp://` scheme link),
`article-crumb` (南方+ > 栏目), `h1.article-title`, the `article-info` line (an `article-nfh-icon` 南方号
badge and the account name on a 南方号 article, or 南方+ 记者 bylines, then `2024-05-15 21:08`),
`div.article-content#content` holding the text and, inside the same box after the last paragraph,
the `article-share` bar (微信 / 朋友圈 / 微博 / 复制链接) and the `article-copyright` lines
(`【作者】` / `【来源】 南方报业传媒集团南方+客户端…` / `【编辑】`); the news preamble (…以下为讲话全文：)
and a photo with its `图为…` caption before the text on one page; `var articleid / columnid` script;
the 南方号 account card (+关注) under the text, 相关阅读 (plain links to other share pages), 热门评论 with
打开南方+查看更多评论, the fixed 打开南方+，阅读体验更佳 bottom bar, and the footer with 粤ICP备 line.
Home is the link as shared to WeChat (`?colID=…&from=weChatMessage&layer=2`, a query route; the plain
address answers the same page); the other article is reached from its 相关阅读."""

import html

from common import SPEECHES, Family

HOST = "static.nfapp-like.test"
S1, S2 = SPEECHES["f43c-1"], SPEECHES["f43c-2"]
ST = "https://static.nfapp-like.test/apptpl"

A1 = dict(
    id="8923456", ym="202405", d="15", col="1367", colname="清远", speech=S1,
    time="2024-05-15 21:08", nfh=None,
    author="南方+记者 冯晓东 通讯员 邓文婷",
    meta_author="冯晓东,邓文婷",
    preamble="5月15日，全市“百县千镇万村高质量发展工程”现场推进会在连州召开。与会人员先后到西岸镇、丰阳镇等地现场观摩，随后召开推进会。市委书记出席会议并讲话。以下为讲话全文：",
    photo=("https://img.nfapp-like.test/nfplus/ffcs/2024/05/15/9b2e0c7d41a8f3e6.jpg", "图为与会人员在西岸镇冲口村观摩乡村风貌提升情况。南方+记者 冯晓东 摄"),
    source="南方报业传媒集团南方+客户端，未经授权禁止转载",
    editor="陈嘉欣",
    share="1.6万",
)
A2 = dict(
    id="9012345", ym="202406", d="22", col="13706", colname="南方号", speech=S2,
    time="2024-06-22 19:40", nfh=("广东共青团", "3392", "共青团广东省委员会官方南方号"),
    author="广东共青团",
    meta_author="广东共青团",
    preamble=None, photo=None,
    source="广东共青团",
    editor="黄子航",
    share="3421",
)
OTHERS = [
    ("/content/202405/15/c8923001.html", "清远北江沿岸“十里画廊”示范带建设提速", "清远"),
    ("/content/202405/14/c8918820.html", "连州：典型镇建设蹲点调研，看镇域经济如何“起势”", "清远"),
]
COMMENTS = [
    ("南方+网友3d7a", "广东清远", "讲得实在，产业是根基，说到点子上了。", "05-15 22:16", 36),
    ("北江边", "广东清远", "希望资金真正用在刀刃上，别搞面子工程。", "05-16 08:02", 19),
]


def path(a):
    return f"/content/{a['ym']}/{a['d']}/c{a['id']}.html"


SHARE_Q = "?colID=1367&appversion=10900&firstColID=38&from=weChatMessage&layer=2"


def page(a, related, comments):
    s = a["speech"]
    desc = html.escape(s.paras[1][:70])
    ps = []
    if a["preamble"]:
        ps.append(f'<p style="text-indent:2em;">{a["preamble"]}</p>')
    if a["photo"]:
        src, cap = a["photo"]
        ps.append(f'<p style="text-align:center;"><img src="{src}" data-src="{src}" alt="" /></p>')
        ps.append(f'<p style="text-align:center;"><span style="font-size:14px;color:#666666;">{cap}</span></p>')
    for p in s.paras:
        ps.append(f'<p style="text-indent:2em;">{p}</p>')
    if a["nfh"]:
        name, nfhid, bio = a["nfh"]
        info = (f'<span class="article-nfh-icon"><img src="{ST}/nfplus/images/nfh_icon.png" alt="南方号" /></span>'
                f'<a class="article-nfh-name" href="/nfh/shareNFNum/index.html?nfhId={nfhid}">{name}</a>')
        card = (f'<div class="nfh-card"><a href="/nfh/shareNFNum/index.html?nfhId={nfhid}"><img class="nfh-avatar" src="https://img.nfapp-like.test/nfh/avatar/{nfhid}.png" alt="" />'
                f'<div class="nfh-card-info"><p class="nfh-card-name">{name}</p><p class="nfh-card-desc">{bio}</p></div></a>'
                f'<a class="nfh-follow" href="javascript:;" onclick="openApp()">+关注</a></div>')
    else:
        info = f'<span class="article-author">{a["author"]}</span>'
        card = ""
    rel = "".join(
        f'<li><a href="{h}"><p class="rel-title">{html.escape(t)}</p><p class="rel-info"><span>{c}</span></p></a></li>'
        for h, t, c in related
    )
    if comments:
        com = "".join(
            f'<li class="comment-item"><img class="c-avatar" src="{ST}/nfplus/images/default_avatar.png" alt="" /><div class="c-main">'
            f'<p class="c-name">{u}<span class="c-ip">{loc}</span></p><p class="c-text">{txt}</p>'
            f'<p class="c-foot"><span class="c-time">{tm}</span><span class="c-like">{lk}</span></p></div></li>'
            for u, loc, txt, tm, lk in comments
        )
        com = f'<div class="article-comment"><div class="module-title"><span>热门评论</span></div><ul class="comment-list">{com}</ul><a class="comment-more" href="javascript:;" onclick="openApp()">打开南方+查看更多评论</a></div>'
    else:
        com = '<div class="article-comment"><div class="module-title"><span>热门评论</span></div><p class="comment-empty">暂无评论，快来抢沙发吧</p></div>'
    author_line = f'<p>【作者】 {a["author"]}</p>' if not a["nfh"] else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="keywords" content="{html.escape(s.title)}">
<meta name="description" content="{desc}">
<meta name="author" content="{a['meta_author']}">
<title>{html.escape(s.title)}_南方plus_南方+</title>
<link rel="shortcut icon" href="{ST}/nfplus/images/favicon.ico">
<link rel="stylesheet" href="{ST}/nfplus/css/swiper.min.css">
<link rel="stylesheet" href="{ST}/nfplus/css/article.css?v=20240410">
<script>
  var articleid = "{a['id']}";
  var columnid = "{a['col']}";
  var columnname = "{a['colname']}";
  var articleType = 0;
  var publishtime = "{a['time']}:00";
  var shareTitle = "{html.escape(s.title)}";
  var shareImg = "{ST}/nfplus/images/share_logo.png";
</script>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
<script src="{ST}/nfplus/js/flexible.js"></script>
</head>
<body>
<div class="nfapp-top" id="nfappTop">
  <img class="nfapp-top-logo" src="{ST}/nfplus/images/logo_nfplus.png" alt="南方+">
  <div class="nfapp-top-txt"><p class="t1">南方+</p><p class="t2">广东权威新闻发布平台</p></div>
  <a class="nfapp-top-btn" href="nfapp://article?id={a['id']}" onclick="openApp();return false;">打开APP</a>
</div>
<div class="article" id="article">
  <div class="article-crumb"><a href="javascript:;">南方+</a><span class="sep">&gt;</span><a href="javascript:;">{a['colname']}</a></div>
  <h1 class="article-title">{html.escape(s.title)}</h1>
  <div class="article-info">{info}<span class="article-time">{a['time']}</span></div>
  <div class="article-content" id="content">
{chr(10).join(ps)}
    <div class="article-share">
      <span class="share-tip">分享到：</span><a class="share-wx" href="javascript:;">微信</a><a class="share-pyq" href="javascript:;">朋友圈</a><a class="share-wb" href="javascript:;">微博</a><a class="share-copy" href="javascript:;">复制链接</a>
    </div>
    <div class="article-copyright">
      {author_line}<p>【来源】 {a['source']}</p><p>【编辑】 {a['editor']}</p>
    </div>
  </div>
  {card}
  <div class="article-count"><span>{a['share']}人已阅读</span><a class="article-like" href="javascript:;" onclick="openApp()">点赞</a></div>
  <div class="article-relate"><div class="module-title"><span>相关阅读</span></div><ul class="relate-list">{rel}</ul></div>
  {com}
  <div class="article-footer">
    <p>南方报业传媒集团 南方+客户端 版权所有</p>
    <p>未经授权禁止转载、摘编、复制或建立镜像</p>
    <p><a href="https://beian.miit.gov.cn/">粤ICP备09174648号-12</a>　互联网新闻信息服务许可证：44120170004</p>
  </div>
</div>
<div class="nfapp-bottom" id="nfappBottom"><a href="javascript:;" onclick="openApp()">打开南方+，阅读体验更佳</a></div>
<script src="{ST}/nfplus/js/zepto.min.js"></script>
<script src="{ST}/nfplus/js/openApp.js"></script>
<script src="{ST}/nfplus/js/article.js?v=20240410"></script>
<script>
  wx.ready(function () {{ wx.updateAppMessageShareData({{ title: shareTitle, desc: document.querySelector('meta[name=description]').content, link: location.href, imgUrl: shareImg }}); }});
  var _hmt = _hmt || [];
  (function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?2a6b1c8d4e0f93a7c5b2d18e6f4a0c31"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "南方+ share pages (static.nfapp.southcn.com/content/YYYYMM/DD/cN.html)")
    home = path(A1) + SHARE_Q
    fam.home = home
    p1 = page(A1, [(path(A2), S2.title, "南方号")] + OTHERS, COMMENTS)
    fam.put(path(A1), p1)
    fam.route(home, path(A1).lstrip("/"), p1)
    fam.put(path(A2), page(A2, [OTHERS[0], (path(A1), S1.title, "清远")], []))
    fam.doc([home], S1, published_at=A1["time"][:10])
    fam.doc([path(A2)], S2, published_at=A2["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n", "ascii")
    fam.noise += [
        A1["preamble"][:24], "以下为讲话全文", A1["photo"][1], "南方+记者 冯晓东 通讯员 邓文婷",
        "分享到：", "复制链接", "【作者】", "【来源】", "南方报业传媒集团南方+客户端", "【编辑】", "未经授权禁止转载",
        "共青团广东省委员会官方南方号", "+关注", "人已阅读", "相关阅读", OTHERS[0][1], "热门评论",
        COMMENTS[0][2], "打开南方+查看更多评论", "暂无评论，快来抢沙发吧", "打开南方+，阅读体验更佳", "广东权威新闻发布平台",
        "粤ICP备09174648号-12", "打开APP",
    ]
    fam.note = (
        "南方+ share template: home is the article link as shared to WeChat (`?colID=…&from=weChatMessage&layer=2`, "
        "a query route; the plain `/content/…/c8923456.html` answers the same page, one document whose url is the shared link); "
        "the 南方号 article is linked from its 相关阅读. Inside `div#content`, after the text, sit the `article-share` bar and "
        "the `article-copyright` lines (【作者】/【来源】/【编辑】); one page opens with a news preamble and a captioned photo."
    )
    return fam
