"""华龙网 (cq.cqnews.net)-like article pages: UTF-8, `/html/2024-04/18/content_1193527461.html`; top bar
(华龙网首页, 新重庆客户端, 重庆城, 登录/注册), channel nav, `当前位置` crumb, `h1.title`, the `info` line
(`来源：华龙网-新重庆客户端` + time, 作者, 字号), text in `div.content#main_text` of `<p>` paragraphs: one opens
with the site's own dateline lead (`华龙网-新重庆客户端4月18日16时讯（记者 …）…以下为讲话全文。`), the other is
the speech alone; after the text `div.editor` (责任编辑 / 审核), 分享到 bar, 新重庆客户端 download prompt,
相关新闻, 热点排行 sidebar with an ad, the 华龙网 footer (重庆华龙网集团, ICP, 新闻许可证, 举报).
Home `/` and the 时政 list `/cqsz/` (= `index.html`) then `index_2.html` (plain pager links)."""

from common import SPEECHES, Family, render

HOST = "cq.cqnews-like.test"
COL = "/cqsz/"

ARTICLES = [
    # speech, id, date path, time, source, author, editor, reviewer, lead
    (
        SPEECHES["f45b-3"],
        "1193527461",
        "2024-04/18",
        "2024-04-18 16:27:45",
        "华龙网-新重庆客户端",
        "刘玉珮",
        "李佳",
        "刘政宁",
        "华龙网-新重庆客户端4月18日16时讯（记者 刘玉珮）4月18日，全区城市更新暨老旧小区改造工作会议召开，总结2023年工作，部署2024年任务。区委副书记、区长出席会议并讲话。以下为讲话全文。",
    ),
    (
        SPEECHES["f45b-4"],
        "1201846630",
        "2024-07/05",
        "2024-07-05 21:48:10",
        "华龙网-新重庆客户端",
        "",
        "王洪宇",
        "刘政宁",
        "",
    ),
]

OTHER = [
    ("2024-07/05/content_1201844102", "主城都市区今年将新增轨道交通运营里程40公里", "2024-07-05"),
    ("2024-07/04/content_1201763389", "重庆启动暑期防溺水专项行动", "2024-07-04"),
    ("2024-04/18/content_1193511870", "全市一季度外贸进出口同比增长", "2024-04-18"),
    ("2024-04/17/content_1193440025", "成渝地区双城经济圈建设重大项目集中开工", "2024-04-17"),
    ("2024-04/16/content_1193372214", "重庆发布首批“巴渝工匠”名单", "2024-04-16"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="author" content="华龙网" />
<link rel="stylesheet" href="//www.cqnews-like.test/static/css/public.css" />
<link rel="stylesheet" href="//cq.cqnews-like.test/static/css/detail.css" />
<script src="//www.cqnews-like.test/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200 clearfix">
    <div class="top-left"><a href="//www.cqnews-like.test/" target="_blank">华龙网首页</a><a href="//app.cqnews-like.test/" target="_blank">新重庆客户端</a><a href="//cqc.cqnews-like.test/" target="_blank">重庆城</a><a href="//v.cqnews-like.test/" target="_blank">视频</a><a href="//house.cqnews-like.test/" target="_blank">房产</a></div>
    <div class="top-right"><a href="//user.cqnews-like.test/login" target="_blank">登录</a><a href="//user.cqnews-like.test/register" target="_blank">注册</a></div>
  </div>
</div>
<div class="header w1200 clearfix">
  <a class="logo" href="//www.cqnews-like.test/" target="_blank"><img src="//www.cqnews-like.test/static/images/logo.png" alt="华龙网" /></a>
  <div class="nav"><a href="//cq.cqnews-like.test/" target="_blank">重庆</a><a href="/cqsz/" target="_blank">时政</a><a href="/cqqx/" target="_blank">区县</a><a href="/shxw/" target="_blank">社会</a><a href="//news.cqnews-like.test/" target="_blank">国内</a><a href="//world.cqnews-like.test/" target="_blank">国际</a><a href="//pl.cqnews-like.test/" target="_blank">评论</a><a href="//ent.cqnews-like.test/" target="_blank">文娱</a></div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="//www.cqnews-like.test/about/" target="_blank">关于我们</a> | <a href="//www.cqnews-like.test/about/ad.html" target="_blank">广告服务</a> | <a href="//www.cqnews-like.test/about/contact.html" target="_blank">联系方式</a> | <a href="//www.cqnews-like.test/about/law.html" target="_blank">法律声明</a></p>
    <p>重庆华龙网集团股份有限公司版权所有　未经书面授权　不得复制或建立镜像</p>
    <p>互联网新闻信息服务许可证：50120170001　<a href="https://beian.miit.gov.test/" target="_blank">渝ICP备06003128号</a>　网络文化经营许可证：渝网文〔2022〕1234-055号</p>
    <p>违法和不良信息举报电话：023-67525999　举报邮箱：jubao@cqnews-like.test</p>
  </div>
</div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?a2b3c4d5e6f708192a3b4c5d6e7f8091";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url(a):
    return f"/html/{a[2]}/content_{a[1]}.html"


def rank_list():
    return "".join(
        f'<li><span class="num">{k + 1}</span><a href="/html/{o[0]}.html" target="_blank">{o[1]}</a></li>\n'
        for k, o in enumerate(OTHER)
    )


def article(i):
    speech, aid, dpath, stamp, source, author, editor, reviewer, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = ([lead] if lead else []) + speech.paras
    body_paras = "\n".join(f"<p>{p}</p>" for p in paras)
    author_span = f'<span class="author">作者：{author}</span>' if author else ""
    body = f"""<div class="w1200 clearfix">
<div class="bread">当前位置：<a href="//www.cqnews-like.test/" target="_blank">首页</a> &gt; <a href="//cq.cqnews-like.test/" target="_blank">重庆</a> &gt; <a href="{COL}" target="_blank">时政</a> &gt; 正文</div>
<div class="detail-left">
  <h1 class="title">{speech.title}</h1>
  <div class="info clearfix">
    <span class="source">来源：{source}</span><span class="time">{stamp}</span>{author_span}
    <span class="font">字号：<a href="javascript:;" class="big">大</a><a href="javascript:;" class="mid">中</a><a href="javascript:;" class="small">小</a></span>
  </div>
  <div class="content" id="main_text">
{body_paras}
  </div>
  <div class="editor">责任编辑：{editor}　审核：{reviewer}</div>
  <div class="share clearfix"><span>分享到：</span><a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a><a href="javascript:;" class="qq" title="QQ"></a><a href="javascript:;" class="qzone" title="QQ空间"></a></div>
  <div class="app-down"><img src="//www.cqnews-like.test/static/images/xcq_code.png" width="90" height="90" alt="" /><p>下载新重庆客户端<br />重庆新闻 一手掌握</p></div>
  <div class="related">
    <div class="hd">相关新闻</div>
    <ul>
      <li><a href="{url(other)}" target="_blank">{other[0].title}</a></li>
      <li><a href="/html/{OTHER[3][0]}.html" target="_blank">{OTHER[3][1]}</a></li>
      <li><a href="/html/{OTHER[1][0]}.html" target="_blank">{OTHER[1][1]}</a></li>
    </ul>
  </div>
</div>
<div class="detail-right">
  <div class="ad"><a href="//ad.cqnews-like.test/click?id=3012" target="_blank"><img src="//www.cqnews-like.test/static/ad/300x250_cqc.jpg" width="300" height="250" alt="" /></a></div>
  <div class="hot"><div class="hd">热点排行</div><ul>
{rank_list()}</ul></div>
</div>
</div>
<script src="//www.cqnews-like.test/static/js/detail.js"></script>
<script>$(".font a").click(function(){{var s={{big:"20px",mid:"18px",small:"16px"}};$("#main_text").css("font-size",s[this.className]);}});</script>
"""
    return render(HEAD, TITLE=f"{speech.title}_华龙网", KW=speech.title, DESC=speech.paras[1][:80]) + body + FOOT


def listing(n):
    rows = [(url(a), a[0].title, a[3][:10]) for a in ARTICLES]
    rows += [(f"/html/{o[0]}.html", o[1], o[2]) for o in OTHER]
    rows.sort(key=lambda r: r[2], reverse=True)
    rows = rows[:4] if n == 1 else rows[4:]
    items = "".join(
        f'<li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>\n' for p, t, d in rows
    )
    nav = (
        '<span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a>'
        if n == 1
        else '<a href="index.html">上一页</a><a href="index.html">1</a><span class="cur">2</span>'
    )
    body = f"""<div class="w1200 clearfix">
<div class="bread">当前位置：<a href="//www.cqnews-like.test/" target="_blank">首页</a> &gt; <a href="//cq.cqnews-like.test/" target="_blank">重庆</a> &gt; 时政</div>
<div class="detail-left"><ul class="list">
{items}</ul>
<div class="page">{nav}</div></div>
<div class="detail-right"><div class="hot"><div class="hd">热点排行</div><ul>
{rank_list()}</ul></div></div>
</div>
"""
    return render(HEAD, TITLE="时政_华龙网", KW="重庆时政,华龙网", DESC="华龙网重庆时政新闻") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="w1200 clearfix">
<div class="detail-left">
  <div class="headline"><h2><a href="{url(a1)}" target="_blank">{a1[0].title}</a></h2></div>
  <div class="mod"><div class="hd"><a href="{COL}" target="_blank">时政</a><a class="more" href="{COL}" target="_blank">更多</a></div><ul>
    <li><a href="/html/{OTHER[0][0]}.html" target="_blank">{OTHER[0][1]}</a></li>
    <li><a href="/html/{OTHER[1][0]}.html" target="_blank">{OTHER[1][1]}</a></li>
  </ul></div>
</div>
<div class="detail-right"><div class="app-down"><img src="//www.cqnews-like.test/static/images/xcq_code.png" width="90" height="90" alt="" /><p>下载新重庆客户端</p></div></div>
</div>
"""
    return render(HEAD, TITLE="重庆_华龙网", KW="重庆新闻,华龙网", DESC="华龙网重庆频道") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "华龙网 (cq.cqnews.net)-like news pages: h1.title, info line, div.content#main_text, editor line, 新重庆客户端 lead",
    )
    fam.put("/", home())
    fam.put(COL, listing(1))
    fam.put(COL + "index.html", listing(1))
    fam.put(COL + "index_2.html", listing(2))
    fam.not_documents += ["/", COL, COL + "index.html", COL + "index_2.html"]
    for i, a in enumerate(ARTICLES):
        fam.put(url(a), article(i))
        fam.doc([url(a)], a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n", encoding="utf-8")
    fam.noise += [
        "当前位置：",
        "华龙网-新重庆客户端4月18日16时讯",
        "以下为讲话全文",
        "责任编辑：",
        "分享到",
        "下载新重庆客户端",
        "相关新闻",
        "热点排行",
        "渝ICP备06003128号",
        "重庆华龙网集团股份有限公司版权所有",
    ]
    fam.note = "one speech opens with the 华龙网-新重庆客户端…时讯 dateline lead (not the speech); 责任编辑/审核 line after the text"
    return fam
