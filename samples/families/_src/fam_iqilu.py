"""齐鲁网 (iqilu.com)-like article pages on a PHPCMS-style static publisher: UTF-8,
`/shandong/yuanchuang/2024/0328/5612345.shtml`, a long speech continued at `5612345_2.shtml` through the
`div#pages.text-c` pager (`a.a1` 上一页/下一页, current page in a bare `<span>`), plain links on both pages;
the top bar (齐鲁网首页, 闪电新闻客户端, 登录), channel nav, `crumbs` breadcrumb (您的位置：),
`section-cnt-tit` heading with `section-cnt-info` spans (time / 来源 / 作者 / 编辑 / 阅读量 filled by script),
text in `div.article-main#context` opening with a `齐鲁网·闪电新闻3月28日讯` lead on page 1, the
`edit-info` 责任编辑 line, the bdshare 分享到 bar, 闪电新闻 QR prompt, 相关阅读, 热点推荐 sidebar with ad,
the 山东广播电视台 footer (ICP, 视听许可证, 举报). Listing `/shandong/yuanchuang/index.shtml` / `2.shtml`."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.iqilu-like.test"
COL = "/shandong/yuanchuang/"

ARTICLES = [
    # speech, id, md, time, source, author, editor, pages, lead
    (
        SPEECHES["f40c-3"],
        "5612345",
        "0328",
        "2024-03-28 17:48:12",
        "齐鲁网",
        "闪电新闻记者　孟凡超",
        "赵琳",
        2,
        "齐鲁网·闪电新闻3月28日讯　3月28日，全市春季农业生产暨抗旱保苗工作会议召开。会上，副市长就做好当前春季农业生产和抗旱保苗工作作了讲话。以下为讲话全文。",
    ),
    (
        SPEECHES["f40c-4"],
        "5698120",
        "0621",
        "2024-06-21 12:15:40",
        "闪电新闻",
        "",
        "刘畅",
        1,
        "",
    ),
]

HOT = [
    ("2024/0620/5697001", "山东今年夏粮收获基本结束 小麦单产再创新高"),
    ("2024/0619/5695532", "济南新增三条公交微循环线路"),
    ("2024/0618/5693320", "山东高考成绩6月25日左右公布"),
    ("2024/0617/5691870", "全省职业院校技能大赛落幕"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="http://static.iqilu-like.test/css/global.css" />
<link rel="stylesheet" type="text/css" href="http://static.iqilu-like.test/css/news/article.css" />
<script type="text/javascript" src="http://static.iqilu-like.test/js/jquery.min.js"></script>
<script type="text/javascript" src="http://static.iqilu-like.test/js/mobile_redirect.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <div class="top-l"><a href="http://www.iqilu-like.test/" target="_blank">齐鲁网首页</a> | <a href="http://v.iqilu-like.test/" target="_blank">视频</a> | <a href="http://www.iqilu-like.test/sdtv/" target="_blank">山东广播电视台</a> | <a href="http://app.iqilu-like.test/" target="_blank" class="app">闪电新闻客户端</a></div>
    <div class="top-r"><a href="http://u.iqilu-like.test/login" target="_blank">登录</a> | <a href="http://u.iqilu-like.test/reg" target="_blank">注册</a></div>
  </div>
</div>
<div class="header wrap">
  <div class="logo"><a href="http://www.iqilu-like.test/" target="_blank"><img src="http://static.iqilu-like.test/images/logo_news.png" alt="齐鲁网 新闻" /></a></div>
  <div class="nav">
    <a href="http://news.iqilu-like.test/" target="_blank">新闻首页</a><a href="http://news.iqilu-like.test/shandong/" target="_blank">山东</a><a href="http://news.iqilu-like.test/shandong/yuanchuang/" target="_blank">原创</a><a href="http://news.iqilu-like.test/china/" target="_blank">国内</a><a href="http://news.iqilu-like.test/guoji/" target="_blank">国际</a><a href="http://news.iqilu-like.test/shehui/" target="_blank">社会</a><a href="http://news.iqilu-like.test/pinglun/" target="_blank">评论</a><a href="http://news.iqilu-like.test/zhuanti/" target="_blank">专题</a>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p><a href="http://www.iqilu-like.test/about/" target="_blank">关于我们</a> | <a href="http://www.iqilu-like.test/about/contact.shtml" target="_blank">联系我们</a> | <a href="http://www.iqilu-like.test/about/ad.shtml" target="_blank">广告服务</a> | <a href="http://www.iqilu-like.test/about/law.shtml" target="_blank">法律声明</a> | <a href="http://www.iqilu-like.test/map/" target="_blank">网站地图</a></p>
    <p>山东广播电视台主办　齐鲁网版权所有　未经授权禁止转载</p>
    <p>互联网新闻信息服务许可证：37120170007　信息网络传播视听节目许可证：1506066　<a href="https://beian.miit.gov.test/" target="_blank">鲁ICP备11018800号-1</a></p>
    <p>违法和不良信息举报电话：0531-81695100　举报邮箱：jubao@iqilu-like.test</p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?e4a7d90f0c1b88b6a2d3f1e0c9b8a7f6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def name(a, n):
    return a[1] + (f"_{n}" if n > 1 else "") + ".shtml"


def url(a, n=1):
    return f"{COL}2024/{a[2]}/{name(a, n)}"


def pager(a, n):
    last = a[7]
    if last <= 1:
        return ""
    parts = []
    parts.append(f'<a class="a1" href="{name(a, n - 1)}">上一页</a>' if n > 1 else f'<a class="a1" href="{name(a, 1)}">上一页</a>')
    for k in range(1, last + 1):
        parts.append(f"<span>{k}</span>" if k == n else f'<a href="{name(a, k)}">{k}</a>')
    parts.append(f'<a class="a1" href="{name(a, n + 1)}">下一页</a>' if n < last else f'<a class="a1" href="{name(a, last)}">下一页</a>')
    return '<div id="pages" class="text-c">' + " ".join(parts) + "</div>\n"


def hot_list():
    return "".join(
        f'<li><i>{k + 1}</i><a href="{COL}{h[0]}.shtml" target="_blank">{h[1]}</a></li>\n' for k, h in enumerate(HOT)
    )


def article(i, n, paras):
    speech, aid, md, stamp, source, author, editor, pages, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    if n == 1 and lead:
        paras = [lead] + paras
    body_paras = "\n".join(f"<p>{p}</p>" for p in paras)
    body = f"""<div class="wrap clearfix">
<div class="crumbs">您的位置：<a href="http://www.iqilu-like.test/" target="_blank">齐鲁网</a> &gt; <a href="http://news.iqilu-like.test/" target="_blank">新闻中心</a> &gt; <a href="http://news.iqilu-like.test/shandong/" target="_blank">山东新闻</a> &gt; <a href="{COL}" target="_blank">原创</a> &gt; 正文</div>
<div class="main-l">
  <div class="section-cnt-tit">
    <h1>{speech.title}</h1>
    <div class="section-cnt-info">
      <span class="info-time">{stamp}</span>
      <span class="info-source">来源：{source}</span>
      <span class="info-author">作者：{author}</span>
      <span class="info-editor">编辑：{editor}</span>
      <span class="info-read">阅读量：<em id="hits"></em></span>
    </div>
  </div>
  <div class="article-main" id="context">
{body_paras}
  </div>
{pager(ARTICLES[i], n)}  <div class="edit-info">责任编辑：{editor}</div>
  <div class="share-bar bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_sqq" data-cmd="sqq" title="分享到QQ好友"></a></div>
  <div class="sd-app"><img src="http://static.iqilu-like.test/images/sdxw_qr.png" width="96" height="96" alt="" /><p>扫码下载闪电新闻客户端<br />山东新闻第一时间知道</p></div>
  <div class="related">
    <div class="hd"><h3>相关阅读</h3></div>
    <ul>
      <li><a href="{url(other)}" target="_blank">{other[0].title}</a><span>{other[3][:10]}</span></li>
      <li><a href="{COL}{HOT[3][0]}.shtml" target="_blank">{HOT[3][1]}</a><span>2024-06-17</span></li>
      <li><a href="{COL}2024/0315/5598801.shtml" target="_blank">山东部署今年高标准农田建设任务</a><span>2024-03-15</span></li>
    </ul>
  </div>
</div>
<div class="main-r">
  <div class="ad-r"><a href="http://ad.iqilu-like.test/c/2207" target="_blank"><img src="http://static.iqilu-like.test/ad/300x250_sdxw.jpg" width="300" height="250" alt="" /></a></div>
  <div class="hot-r"><div class="hd"><h3>热点推荐</h3></div><ul>
{hot_list()}</ul></div>
</div>
</div>
<script type="text/javascript">$.getJSON("http://count.iqilu-like.test/index.php?op=count&id={aid}&modelid=1&callback=?", function(d){{ $("#hits").html(d.views); }});</script>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.test/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
"""
    return render(HEAD, TITLE=f"{speech.title} - 山东新闻 - 齐鲁网", KW=speech.title, DESC=speech.paras[1][:70]) + body + FOOT


def listing(n):
    rows = [(url(a), a[0].title, a[3][:10]) for a in ARTICLES]
    rows += [(f"{COL}{h[0]}.shtml", h[1], f"2024-{h[0][5:7]}-{h[0][7:9]}") for h in HOT]
    rows.sort(key=lambda r: r[2], reverse=True)
    rows = rows[:4] if n == 1 else rows[4:]
    items = "".join(f'<li><a href="{p}" target="_blank">{t}</a><span class="time">{d}</span></li>\n' for p, t, d in rows)
    nav = (
        '<span>1</span> <a href="2.shtml">2</a> <a class="a1" href="2.shtml">下一页</a>'
        if n == 1
        else '<a class="a1" href="index.shtml">上一页</a> <a href="index.shtml">1</a> <span>2</span>'
    )
    body = f"""<div class="wrap clearfix">
<div class="crumbs">您的位置：<a href="http://www.iqilu-like.test/" target="_blank">齐鲁网</a> &gt; <a href="http://news.iqilu-like.test/" target="_blank">新闻中心</a> &gt; 原创</div>
<div class="main-l"><ul class="list">
{items}</ul>
<div id="pages" class="text-c">{nav}</div></div>
<div class="main-r"><div class="hot-r"><div class="hd"><h3>热点推荐</h3></div><ul>
{hot_list()}</ul></div></div>
</div>
"""
    return render(HEAD, TITLE="原创 - 山东新闻 - 齐鲁网", KW="齐鲁网,山东新闻,原创", DESC="齐鲁网原创新闻") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="wrap clearfix">
<div class="main-l">
  <div class="top-news"><h2><a href="{url(a0)}" target="_blank">{a0[0].title}</a></h2></div>
  <div class="mod"><div class="hd"><h3><a href="{COL}" target="_blank">原创</a></h3></div><ul>
    <li><a href="{COL}{HOT[0][0]}.shtml" target="_blank">{HOT[0][1]}</a></li>
    <li><a href="{COL}{HOT[1][0]}.shtml" target="_blank">{HOT[1][1]}</a></li>
  </ul></div>
</div>
<div class="main-r"><div class="sd-app"><img src="http://static.iqilu-like.test/images/sdxw_qr.png" width="96" height="96" alt="" /><p>扫码下载闪电新闻客户端</p></div></div>
</div>
"""
    return render(HEAD, TITLE="齐鲁网新闻中心", KW="齐鲁网,山东新闻", DESC="齐鲁网新闻中心") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "齐鲁网 (iqilu.com)-like news pages: section-cnt-tit/info, article-main#context, #pages.text-c pager over 2 pages",
    )
    fam.put("/", home())
    fam.put(COL, listing(1))
    fam.put(COL + "index.shtml", listing(1))
    fam.put(COL + "2.shtml", listing(2))
    fam.not_documents += ["/", COL, COL + "index.shtml", COL + "2.shtml"]
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[7]) if a[7] > 1 else [a[0].paras]
        pages = []
        for n, run in enumerate(runs, 1):
            fam.put(url(a, n), article(i, n, run))
            pages.append(url(a, n))
        fam.not_documents += pages[1:]
        fam.doc(pages, a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index.php\n", encoding="utf-8")
    fam.noise += [
        "您的位置：",
        "闪电新闻3月28日讯",
        "责任编辑",
        "分享到",
        "扫码下载闪电新闻客户端",
        "相关阅读",
        "热点推荐",
        "鲁ICP备11018800号-1",
        "山东广播电视台主办",
        "上一页",
        "下一页",
        "阅读量",
    ]
    fam.note = (
        "2-page speech through the #pages.text-c pager (plain links, 5612345_2.shtml); page 1 opens with a "
        "齐鲁网·闪电新闻…讯 lead that is not part of the speech; 责任编辑 line after the pager"
    )
    return fam
