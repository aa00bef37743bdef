"""川观新闻 (cbgc.scol.com.cn/news/N) article pages: extensionless `/news/5138676`, titled `标题|川观新闻`;
top bar (四川日报全媒体 / 四川在线 / 川观新闻APP下载 / 登录), logo + channel nav (推荐 / 政情 / 市州 / 财经 /
文旅 / 教育 / 视频), `div.crumbs` 当前位置, `h1.article-title`, `div.article-info` (来源 `川观新闻` + author
spans + `2024-04-10 20:15` + 字号), `div.article-content#articleContent` whose first paragraph is the
`川观新闻记者 …` byline and whose text opens with a news preamble; `div.article-editor` (编辑 / 责任编辑)
right under the text, the 版权声明 (本文为川观新闻原创…), share bar, 相关阅读, the right column (扫码下载川观新闻,
24小时热榜), footer with the 四川日报网络传媒发展有限公司 line, 川ICP备 and 川公网安备.

The long 茶产业 speech is published the way the app publishes long texts: two articles,
`全文｜…（上）` and `…（下）`, the first ending `（未完待续）` and a `延伸阅读：` link to the second, the
second opening `（接上篇）` and linking back (`上篇：`). One document over both pages."""

import html

from common import SPEECHES, Family, split_paras

HOST = "cbgc.chuanguan-like.test"
S1, S2 = SPEECHES["f43c-3"], SPEECHES["f43c-4"]
ST = "https://static.chuanguan-like.test/cbgc/pc"

P1, P2, G = "/news/5138676", "/news/5138702", "/news/5392118"
COL = "/column/76"
T1 = f"全文｜{S1.title}（上）"
T2 = f"全文｜{S1.title}（下）"
TG = f"致辞全文｜{S2.title.replace('在2024届', '四川师范学院校长：在2024届')}"
PRE1 = "4月10日，全县茶产业高质量发展大会召开。县委书记出席会议并讲话。川观新闻分上下两篇刊发讲话全文，以下为上篇。"
PREG = "6月20日上午，四川师范学院2024届本科生毕业典礼暨学位授予仪式在东区体育馆举行。校长在典礼上致辞，勉励毕业生“保持学习的热情”“脚踏实地、行稳致远”。以下为致辞全文："
OTHERS = [
    ("/news/5138511", "春茶开采！这个县28万亩茶园迎来采摘高峰", "04-10"),
    ("/news/5137960", "四川今年将新建改造高标准农田400万亩", "04-09"),
    ("/news/5391877", "四川高校毕业生“就业直通车”开进校园", "06-20"),
]
HOT = [
    ("/news/5391902", "川渝两地今起联合开展汛期地质灾害防范"),
    ("/news/5391654", "成都地铁多条线路延长运营时间"),
    ("/news/5391533", "大熊猫国家公园四川片区发现新的野生种群"),
]


def head(title, desc=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(title)}|川观新闻</title>
<meta name="keywords" content="川观新闻,四川日报,四川新闻">
<meta name="description" content="{html.escape(desc)}">
<link rel="icon" href="{ST}/favicon.ico">
<link rel="stylesheet" href="{ST}/css/common.css?v=2.3.1">
<link rel="stylesheet" href="{ST}/css/detail.css?v=2.3.1">
<script src="{ST}/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <div class="top-left"><a href="https://epaper.scdaily-like.test/" target="_blank">四川日报全媒体</a><a href="https://www.scol-like.test/" target="_blank">四川在线</a></div>
  <div class="top-right"><a class="app-down" href="javascript:;">川观新闻APP下载<div class="app-qr"><img src="{ST}/images/qr_app.png" alt=""><p>扫码下载川观新闻</p></div></a><a class="login" href="javascript:;">登录</a></div>
</div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="/"><img src="{ST}/images/logo.png" alt="川观新闻"></a>
  <ul class="nav">
    <li><a href="/">推荐</a></li><li><a href="/column/71">政情</a></li><li><a href="{COL}">市州</a></li><li><a href="/column/80">财经</a></li><li><a href="/column/83">文旅</a></li><li><a href="/column/85">教育</a></li><li><a href="/column/90">视频</a></li>
  </ul>
  <div class="search"><input type="text" placeholder="搜索"><a href="javascript:;" class="search-btn"></a></div>
</div></div>
"""


def foot():
    return f"""<div class="footer"><div class="w1200">
  <p><a href="javascript:;">关于我们</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">版权声明</a> | <a href="javascript:;">违法和不良信息举报</a></p>
  <p>四川日报网络传媒发展有限公司 版权所有　未经书面授权，不得转载、摘编或以其他方式使用</p>
  <p>互联网新闻信息服务许可证：51120170001　<a href="https://beian.miit.gov.cn/" target="_blank">川ICP备13022963号-1</a>　<img src="{ST}/images/gongan.png" alt="">川公网安备 51010402000507号</p>
  <p>违法和不良信息举报电话：028-86968270　举报邮箱：jubao@chuanguan-like.test</p>
</div></div>
<script src="{ST}/js/common.js?v=2.3.1"></script>
<script src="{ST}/js/detail.js?v=2.3.1"></script>
<script>
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?6c0e4b2a9d1f7e83b5c4a02d9e1f6b77"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""


def side():
    hot = "".join(f'<li><i class="num">{i}</i><a href="{h}" target="_blank">{t}</a></li>' for i, (h, t) in enumerate(HOT, 1))
    return f"""<div class="detail-right">
  <div class="side-app"><img src="{ST}/images/qr_app.png" alt=""><p>扫码下载川观新闻</p><p class="tip">四川日报社官方新闻客户端</p></div>
  <div class="side-hot"><div class="side-title">24小时热榜</div><ol class="hot-list">{hot}</ol></div>
  <div class="side-ad"><a href="javascript:;"><img src="{ST}/ad/ad_300x250_tianfu.jpg" alt=""></a><span class="ad-tag">广告</span></div>
</div>
"""


def article(title, time, author, paras_html, editor, related, words):
    rel = "".join(f'<li><a href="{h}" target="_blank">{html.escape(t)}</a><span>{d}</span></li>' for h, t, d in related)
    return head(title, words) + f"""<div class="detail w1200 clearfix">
<div class="detail-left">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">市州</a> &gt; 正文</div>
  <h1 class="article-title">{html.escape(title)}</h1>
  <div class="article-info">
    <span class="source">来源：川观新闻</span><span class="author">{author}</span><span class="time">{time}</span>
    <span class="font-size">字号：<a href="javascript:;" data-size="big">大</a><a href="javascript:;" data-size="mid">中</a><a href="javascript:;" data-size="small">小</a></span>
  </div>
  <div class="article-content" id="articleContent">
{paras_html}
  </div>
  <div class="article-editor"><span>编辑：{editor[0]}</span><span>责任编辑：{editor[1]}</span></div>
  <div class="article-copyright">版权声明：本文为川观新闻原创作品，版权归四川日报社所有。未经书面授权，不得转载、摘编或以其他方式使用。</div>
  <div class="article-share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
  <div class="article-relate"><div class="relate-title">相关阅读</div><ul>{rel}</ul></div>
</div>
{side()}
</div>
""" + foot()


def ptag(text, style="text-indent: 2em;"):
    return f'<p style="{style}">{text}</p>'


def build() -> Family:
    fam = Family(HOST, "川观新闻 article pages (cbgc.scol.com.cn/news/N)", extensionless_html=True)
    first, second = split_paras(S1.paras, 2)
    byline1 = "川观新闻记者 李欣怡"
    body1 = [ptag(byline1), ptag(PRE1)] + [ptag(p) for p in first] + [
        ptag("（未完待续）", "text-align: right;"),
        ptag(f'延伸阅读：<a href="{P2}" target="_blank">{T2}</a>', "text-indent: 2em;"),
    ]
    body2 = [ptag(byline1), ptag("（接上篇）")] + [ptag(p) for p in second] + [
        ptag(f'上篇：<a href="{P1}" target="_blank">{T1}</a>', "text-indent: 2em;"),
    ]
    bodyg = [ptag("川观新闻记者 王梓涵 实习生 刘一鸣"), ptag(PREG),
             '<p style="text-align: center;"><img src="https://img.chuanguan-like.test/cbgc/2024/06/20/c4a7e1f09b3d25e8.jpg" alt=""></p>',
             ptag("毕业典礼现场。学校供图", "text-align: center; color: #888888; font-size: 14px;")] + [ptag(p) for p in S2.paras]
    fam.put(P1, article(T1, "2024-04-10 20:15", "<span>川观新闻记者 李欣怡</span>", "\n".join(body1), ("杨帆", "刘洋"),
                        [(P2, T2, "04-10"), OTHERS[0], OTHERS[1]], S1.paras[1][:60]))
    fam.put(P2, article(T2, "2024-04-10 20:16", "<span>川观新闻记者 李欣怡</span>", "\n".join(body2), ("杨帆", "刘洋"),
                        [(P1, T1, "04-10"), OTHERS[0]], second[0][:60]))
    fam.put(G, article(TG, "2024-06-20 12:05", "<span>川观新闻记者 王梓涵</span>", "\n".join(bodyg), ("赵晨", "罗娟"),
                       [OTHERS[2]], S2.paras[1][:60]))
    fam.doc([P1, P2], S1)
    fam.doc([G], S2, title=S2.title)
    # home and the 市州 column (extensionless list pages)
    items = [(P2, T2, "2024-04-10 20:16"), (P1, T1, "2024-04-10 20:15"), (OTHERS[0][0], OTHERS[0][1], "2024-04-10 09:12"),
             (OTHERS[1][0], OTHERS[1][1], "2024-04-09 18:40")]
    lis = "".join(
        f'<li class="news-item"><a href="{h}" target="_blank"><div class="news-txt"><h3>{html.escape(t)}</h3>'
        f'<p class="news-info"><span>川观新闻</span><span>{tm}</span></p></div></a></li>'
        for h, t, tm in items
    )
    col = head("市州", "川观新闻市州频道") + f"""<div class="list w1200 clearfix"><div class="list-left">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; 市州</div>
  <ul class="news-list">{lis}</ul>
  <div class="load-more"><a href="javascript:;" data-page="2">加载更多</a></div>
</div>{side()}</div>
""" + foot()
    fam.put(COL, col)
    top = [(G, TG, "2024-06-20 12:05"), (OTHERS[2][0], OTHERS[2][1], "2024-06-20 10:31"), (P1, T1, "2024-04-10 20:15")]
    hl = "".join(
        f'<li class="news-item"><a href="{h}" target="_blank"><div class="news-txt"><h3>{html.escape(t)}</h3>'
        f'<p class="news-info"><span>川观新闻</span><span>{tm}</span></p></div></a></li>'
        for h, t, tm in top
    )
    homep = head("川观新闻", "川观新闻是四川日报社打造的新闻客户端") + f"""<div class="index w1200 clearfix"><div class="index-left">
  <div class="banner"><a href="{G}" target="_blank"><img src="https://img.chuanguan-like.test/cbgc/2024/06/20/c4a7e1f09b3d25e8.jpg" alt=""><p>{html.escape(TG)}</p></a></div>
  <div class="module-title">推荐</div>
  <ul class="news-list">{hl}</ul>
  <div class="load-more"><a href="javascript:;" data-page="2">加载更多</a></div>
</div>{side()}</div>
""" + foot()
    fam.put("/", homep)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n", "ascii")
    fam.not_documents += ["/", COL, P2]
    fam.noise += [
        byline1, "川观新闻记者 王梓涵 实习生 刘一鸣", PRE1[:20], "以下为上篇", "（未完待续）", "延伸阅读：", "（接上篇）", "上篇：",
        PREG[:20], "以下为致辞全文", "毕业典礼现场。学校供图", "编辑：杨帆", "责任编辑：刘洋", "责任编辑：罗娟",
        "版权声明：本文为川观新闻原创作品", "分享到：", "相关阅读", OTHERS[0][1], "扫码下载川观新闻", "24小时热榜", HOT[0][1],
        "四川日报网络传媒发展有限公司", "川ICP备13022963号-1", "川公网安备", "当前位置：", "字号：", "来源：川观新闻", "加载更多",
    ]
    fam.note = (
        "the 茶产业 speech is one document over two app articles `全文｜…（上）` / `（下）` (`/news/5138676`, `/news/5138702`): "
        "the first ends `（未完待续）` + `延伸阅读：` link, the second opens `（接上篇）` and ends with an `上篇：` link back; both open "
        "with the `川观新闻记者 …` byline paragraph inside `#articleContent`; the second part is also listed on its own (not a document)."
    )
    return fam
