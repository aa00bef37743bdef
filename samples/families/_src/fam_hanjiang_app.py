"""Provincial 党报 client (汉江日报客户端, in the manner of the 湖北日报 app's web pages on news.hubeidaily.net):
the app's H5 share page `/mobile/c_N.html` and the paper's PC site `/pc/c_N.html`, UTF-8.

Home `/` (PC: 汉江日报网 top bar, 要闻 focus list, 客户端热文 block linking share pages) → 要闻 column
`/pc/column/yaowen/index.html` (+ `index_2.html`, `page-box` 1 2 下一页) → PC article `/pc/c_3021457.html`
(`div.article-title`, `div.article-info` 来源：汉江日报 / 作者 / 时间, `div.article-content`, 【责任编辑：】,
扫码下载 box, 相关新闻). Share page `/mobile/c_3021563.html`: `app-top-banner` (打开), `h1.title`,
`div.info` (汉江日报客户端记者 … / 时间), `div.content` holding the first part of the speech, then
`div.open-app-mask` with `展开全文` / `打开汉江日报APP，阅读全文` wall → truncated; `推荐阅读` with app links."""

from common import SPEECHES, Family

HOST = "news.hanjiangrb-qiaoyu-like.test"
PC1 = "/pc/c_3021457.html"
M1 = "/mobile/c_3021563.html"
COL = "/pc/column/yaowen/index.html"
COL2 = "/pc/column/yaowen/index_2.html"

PC_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_汉江日报网</title>
<meta name="keywords" content="汉江日报,汉江日报客户端,{title}">
<meta name="description" content="{desc}">
<link rel="stylesheet" href="/pc/static/css/common.css?v=2023112">
<link rel="stylesheet" href="/pc/static/css/{css}.css?v=2023112">
<script src="/pc/static/js/jquery-1.12.4.min.js"></script>
<script>
(function(){{var ua=navigator.userAgent.toLowerCase();if(/iphone|android|mobile/.test(ua)&&location.pathname.indexOf('/pc/c_')===0){{location.replace(location.pathname.replace('/pc/','/mobile/'));}}}})();
</script>
</head>
<body>
<div class="top-bar"><div class="w1200 clearfix">
<div class="fl">汉江日报社主办 &nbsp; <a href="/">汉江日报网</a> <a href="http://epaper.hanjiangrb-qiaoyu-like.test/" target="_blank">数字报</a> <a href="/pc/download.html" target="_blank">汉江日报客户端</a></div>
<div class="fr"><a href="/pc/login.html">登录</a> | <a href="/pc/register.html">注册</a></div>
</div></div>
<div class="header w1200 clearfix"><a class="logo" href="/"><img src="/pc/static/images/logo.png" alt="汉江日报网"></a>
<div class="search"><form action="/pc/search.html" method="get"><input type="text" name="keyword" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li class="active"><a href="{col}">要闻</a></li><li><a href="/pc/column/shizheng/index.html">时政</a></li><li><a href="/pc/column/jingji/index.html">经济</a></li><li><a href="/pc/column/shehui/index.html">社会</a></li><li><a href="/pc/column/shixian/index.html">市县</a></li><li><a href="/pc/column/pinglun/index.html">评论</a></li><li><a href="/pc/column/shipin/index.html">视频</a></li>
</ul></div>
"""

PC_FOOT = """<div class="footer"><div class="w1200">
<p><a href="/pc/about.html">关于我们</a> | <a href="/pc/contact.html">联系我们</a> | <a href="/pc/copyright.html">版权声明</a> | <a href="/pc/jubao.html">违法和不良信息举报</a></p>
<p>汉江日报社 版权所有 未经书面授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证：42120170001 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05003311号-3</a> &nbsp; 鄂公网安备42010602000123号</p>
</div></div>
<script src="/pc/static/js/common.js?v=2023112"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3a9b1c6e2f0d8e7a4b5c6d7e8f901234";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

OTHERS = [
    ("/pc/c_3021398.html", "全省春季农业生产现场推进会召开", "2024-04-21"),
    ("/pc/c_3021322.html", "汉江流域生态保护补偿机制再扩围", "2024-04-20"),
    ("/pc/c_3021210.html", "一季度全省外贸进出口增长百分之八点六", "2024-04-19"),
    ("/pc/c_3021187.html", "省政府与三家央企签署战略合作协议", "2024-04-18"),
]


def pc_article(s, path, author, editor):
    paras = "\n".join(f"<p>{p}</p>" for p in s.paras)
    y, m, d = s.date.split("-")
    body = f"""<div class="crumbs w1200">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">要闻</a> &gt; 正文</div>
<div class="main w1200 clearfix">
<div class="article-left fl">
<div class="article-title"><h1>{s.title}</h1></div>
<div class="article-info"><span class="source">来源：汉江日报</span><span class="author">作者：{author}</span><span class="time">{s.date} 07:12</span>
<div class="font-size">字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a></div></div>
<div class="article-content" id="articleContent">
{paras}
</div>
<div class="article-editor">【责任编辑：{editor}】</div>
<div class="share-bar">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>
""" + "\n".join(f'<li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>' for p, t, d in OTHERS[:3]) + f"""
</ul></div>
</div>
<div class="article-right fr">
<div class="app-box"><img src="/pc/static/images/app_qr.png" alt=""><p>扫码下载汉江日报客户端</p><p>权威发布 · 第一时间</p></div>
<div class="hot-box"><h3>热点排行</h3><ol>
""" + "\n".join(f'<li><a href="{p}">{t}</a></li>' for p, t, d in OTHERS) + """
</ol></div>
</div>
</div>
"""
    return PC_HEAD.format(title=s.title, desc=s.paras[1][:60], css="article", col=COL) + body + PC_FOOT


def share_page(s, shown, reporter):
    paras = "\n".join(f"<p>{p}</p>" for p in shown)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{s.title}</title>
<meta name="description" content="{s.paras[1][:50]}">
<link rel="stylesheet" href="/mobile/static/css/share.css?v=5.2.1">
<script>var shareData = {{ id: "3021563", title: "{s.title}", imgUrl: "/mobile/static/images/share_logo.png", link: location.href }};</script>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
</head>
<body>
<div class="app-top-banner" id="topBanner"><img class="logo" src="/mobile/static/images/app_logo.png" alt=""><div class="txt"><p class="name">汉江日报</p><p class="slogan">党报权威 · 汉江声音</p></div><a class="open-btn" href="hjrb://article?id=3021563" data-download="/pc/download.html">打开</a></div>
<div class="article-wrap">
<h1 class="title">{s.title}</h1>
<div class="info"><span class="author">汉江日报客户端记者 {reporter}</span><span class="time">{s.date} 18:36</span></div>
<div class="content" id="content" style="max-height:1500px;overflow:hidden;">
{paras}
</div>
<div class="open-app-mask" id="openAppMask"><div class="mask-gradient"></div><a class="unfold" href="hjrb://article?id=3021563">展开全文<i class="icon-arrow"></i></a><p class="tip">打开汉江日报APP，阅读全文</p></div>
<div class="statement">本文为汉江日报客户端原创，未经授权不得转载</div>
<div class="recommend"><h3 class="rec-title">推荐阅读</h3><ul>
<li><a href="hjrb://article?id=3021540"><span class="t">全省消防救援队伍开展“三合一”场所夜查行动</span><span class="s">汉江日报客户端 · 2小时前</span></a></li>
<li><a href="hjrb://article?id=3021511"><span class="t">五月起，这些安全生产新规开始施行</span><span class="s">汉江日报客户端 · 5小时前</span></a></li>
<li><a href="hjrb://article?id=3021498"><span class="t">燃气安全“进万家”，我省入户检查已覆盖九成用户</span><span class="s">汉江日报客户端 · 昨天</span></a></li>
</ul><a class="more-btn" href="hjrb://home">打开APP，查看更多精彩内容</a></div>
</div>
<div class="bottom-download"><a href="/pc/download.html">下载汉江日报客户端，随时随地看新闻</a></div>
<script src="/mobile/static/js/zepto.min.js"></script>
<script src="/mobile/static/js/share.js?v=5.2.1"></script>
<script>
$('#openAppMask .unfold').on('click', function(e){{ e.preventDefault(); window.location.href = 'hjrb://article?id=3021563'; setTimeout(function(){{ window.location.href = '/pc/download.html'; }}, 1500); }});
</script>
</body>
</html>
"""


def column_page(rows, page):
    pager = ('<div class="page-box"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a></div>' if page == 1
             else '<div class="page-box"><a href="index.html">上一页</a><a href="index.html">1</a><span class="cur">2</span></div>')
    lis = "\n".join(f'<li><a href="{p}" target="_blank">{t}</a><span class="date">{d}</span></li>' for p, t, d in rows)
    body = f"""<div class="crumbs w1200">当前位置：<a href="/">首页</a> &gt; 要闻</div>
<div class="main w1200"><div class="list-box"><ul class="news-list">
{lis}
</ul>
{pager}
</div></div>
"""
    return PC_HEAD.format(title="要闻", desc="汉江日报网要闻", css="list", col=COL) + body + PC_FOOT


def build() -> Family:
    fam = Family(HOST, "provincial 党报 client share page + paper PC site (汉江日报, hubeidaily-style /mobile/c_N.html, /pc/c_N.html)")
    s1, s2 = SPEECHES["f55d-1"], SPEECHES["f55d-2"]
    shown = s1.paras[:4]
    fam.put(M1, share_page(s1, shown, "陈思远 通讯员 鄂应宣"))
    fam.doc([M1], s1, truncated=True, text="\n".join(shown))
    fam.put(PC1, pc_article(s2, PC1, "周晓岚 通讯员 组宣", "刘佳"))
    fam.doc([PC1], s2)
    for p, t, d in OTHERS:
        fam.put(p, PC_HEAD.format(title=t, desc=t, css="article", col=COL) + f'<div class="main w1200"><div class="article-title"><h1>{t}</h1></div><div class="article-info"><span class="source">来源：汉江日报</span><span class="time">{d} 06:30</span></div><div class="article-content" id="articleContent"><p>（图片新闻）</p></div></div>\n' + PC_FOOT)
    rows1 = [(PC1, s2.title, s2.date)] + OTHERS[:2]
    fam.put(COL, column_page(rows1, 1))
    fam.put(COL2, column_page(OTHERS[2:], 2))
    home = PC_HEAD.format(title="首页", desc="汉江日报网，汉江日报社主办的省级重点新闻网站", css="index", col=COL).replace("<title>首页_汉江日报网</title>", "<title>汉江日报网_汉江日报社主办</title>") + f"""<div class="main w1200 clearfix">
<div class="focus fl"><h2><a href="{PC1}">{s2.title}</a></h2><p>{s2.paras[1][:40]}……</p></div>
<div class="yaowen fr"><h3><a href="{COL}">要闻</a></h3><ul>
""" + "\n".join(f'<li><a href="{p}">{t}</a></li>' for p, t, d in rows1) + f"""
</ul><a class="more" href="{COL}">更多&gt;&gt;</a></div>
<div class="app-hot"><h3>客户端热文</h3><ul>
<li><a href="{M1}" target="_blank">{s1.title}</a></li>
</ul></div>
</div>
"""
    fam.put("/", home + PC_FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /pc/search.html\nDisallow: /pc/login.html\n")
    fam.not_documents += [COL2]
    fam.noise += ["打开汉江日报APP，阅读全文", "展开全文", "本文为汉江日报客户端原创", "【责任编辑：", "扫码下载汉江日报客户端", "汉江日报客户端记者", "推荐阅读", "相关新闻"]
    return fam
