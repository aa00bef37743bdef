"""县级融媒体中心 (青山县融媒体中心) on a provincial cloud platform's county template (长江云-style
“云上XX” app), one host serving both the centre's web portal and its app's H5 share pages, UTF-8.

Portal: home `/` (focus, 本县要闻 block, 云上青山APP box with a 客户端热文 list linking the share
pages) → column `/list/1023.html` (+ `/list/1023_2.html`, `page-box` 1 2 下一页 尾页; not a
document) → articles `/p/N.html`: 当前位置 crumb, `h1.art-title`, `art-info` (发布时间 / 来源 / 作者 /
浏览量 filled by `/api/hits?id=` script, 字号 大 中 小), a photo with a `▲…（融媒体记者 … 摄）`
caption above the text in `div.art-content#zoom`, `责任编辑：… 审核：…` after it, 上一篇 / 下一篇,
相关阅读, footer (主办 / 广播电视节目制作经营许可证 / 鄂ICP备 / 公网安备 / 举报电话).

App share page `/h5/p/N.html`: `download-top` bar (云上青山 · 青山县融媒体中心, 打开APP with a
`yunshangqingshan://` link), `h1.detail-title`, `detail-info` (来源 · time · 阅读 1.3万), the
text in `div.detail-content` folded after six paragraphs (the rest is NOT in the page) under a
`read-more-mask` with `打开APP 阅读全文` (→ truncated), `热门评论` list (nickname, text, 赞, time,
查看全部N条评论 → APP), 相关推荐, the fixed `download-banner` (下载云上青山APP 看更多青山新闻),
`wx.config` share script."""

from common import SPEECHES, Family

HOST = "www.qingshan-rmtzx-like.test"
COL = "/list/1023.html"
COL2 = "/list/1023_2.html"
P_PORTAL = "/p/48213.html"
P_SHARE = "/h5/p/46102.html"

PC_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="青山县融媒体中心,云上青山,青山新闻">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/pc/css/base.css?v=3.2.1">
<link rel="stylesheet" href="/static/pc/css/index.css?v=3.2.1">
<script src="/static/pc/js/jquery-1.12.4.min.js"></script>
<script>if (/Android|iPhone|iPod|Mobile/i.test(navigator.userAgent) && location.pathname.indexOf('/p/') === 0) { location.replace('/h5' + location.pathname); }</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date" id="today"></span><span class="links"><a href="/">青山县融媒体中心</a> | <a href="https://www.qingshan-like.gov.test/">青山县人民政府</a> | <a href="/app/">云上青山APP</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/pc/images/logo.png" alt="青山县融媒体中心"></a>
<form class="search" action="/search" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="/">首页</a></li><li><a href="/list/1021.html">新闻中心</a></li><li class="@@CUR@@"><a href="/list/1023.html">本县要闻</a></li><li><a href="/list/1025.html">乡镇动态</a></li><li><a href="/list/1030.html">视听青山</a></li><li><a href="/list/1033.html">专题专栏</a></li><li><a href="/list/1036.html">魅力青山</a></li><li><a href="/app/">云上青山APP</a></li>
</ul></div></div>
"""

PC_FOOT = """<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a></p>
<p>主办：青山县融媒体中心　地址：青山县城关镇文昌路18号　邮编：436500</p>
<p>广播电视节目制作经营许可证：（鄂）字第01287号　<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备19012345号-1</a>　鄂公网安备42112702000123号</p>
<p>违法和不良信息举报电话：0713-5123456　举报邮箱：qsrmt@163.com</p>
</div></div>
<script>
var d = new Date(); document.getElementById('today').innerHTML = d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日';
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?91ca2e4b7c0d52f36a1e8b0f2d3c7e45"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""

COMMENTS = [
    ("青石茶农老周", "2024-04-18 21:02", "168", "茶叶加工厂确实带动了我们村，去年茶青不愁卖了。希望把路也修一修。"),
    ("山里的风", "2024-04-18 21:36", "97", "项目代办制好！上次办个手续跑了五趟。"),
    ("用户8837261", "2024-04-18 22:10", "41", "民宿确实扎堆了，书记说得在理。"),
    ("青山游子", "2024-04-19 07:45", "26", "在外打工的看到家乡发展越来越好，点赞！"),
]


def pc_page(title, desc, cur, body):
    return PC_HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@CUR@@", cur) + body + PC_FOOT


def share_page(h1, time, reads, shown_html, related):
    com = "\n".join(
        f'<li class="comment-item"><img class="avatar" src="https://img.qingshan-rmtzx-like.test/avatar/default_{i}.png" alt=""><div class="c-main">'
        f'<p class="c-name">{n}</p><p class="c-text">{c}</p><p class="c-foot"><span class="c-time">{t}</span><span class="c-like">{z}</span></p></div></li>'
        for i, (n, t, z, c) in enumerate(COMMENTS, 1)
    )
    rel = "\n".join(f'<li><a href="{u}"><p class="r-tit">{t}</p><p class="r-meta">云上青山 {d}</p></a></li>' for u, t, d in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<title>{h1}</title>
<meta name="description" content="4月18日，全县产业发展项目观摩推进会召开。">
<link rel="stylesheet" href="/static/h5/css/share.css?v=5.6.0">
</head>
<body>
<div class="download-top" id="downloadTop">
  <img class="app-logo" src="/static/h5/images/app_logo.png" alt="云上青山">
  <div class="app-txt"><p class="app-name">云上青山</p><p class="app-desc">青山县融媒体中心</p></div>
  <a class="open-btn" href="yunshangqingshan://news/detail?id=46102" data-download="/app/">打开APP</a>
</div>
<div class="detail-wrap">
  <h1 class="detail-title">{h1}</h1>
  <div class="detail-info"><span class="source">云上青山</span><span class="time">{time}</span><span class="read">阅读 {reads}</span></div>
  <div class="detail-content" id="detailContent">
{shown_html}
  </div>
  <div class="read-more-mask"><a class="read-more-btn" href="/app/">打开APP 阅读全文</a></div>
</div>
<div class="comment-box">
  <h3 class="box-tit">热门评论</h3>
  <ul class="comment-list">
{com}
  </ul>
  <a class="comment-more" href="/app/">查看全部36条评论 &gt;</a>
</div>
<div class="recommend-box">
  <h3 class="box-tit">相关推荐</h3>
  <ul class="rec-list">
{rel}
  </ul>
</div>
<div class="download-banner" id="downloadBanner"><img src="/static/h5/images/app_logo.png" alt=""><span>下载云上青山APP 看更多青山新闻</span><a href="/app/">立即下载</a></div>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
<script src="/static/h5/js/share.js?v=5.6.0"></script>
<script>
var shareData = {{ title: "{h1}", desc: "4月18日，全县产业发展项目观摩推进会召开。", link: location.href, imgUrl: "https://www.qingshan-rmtzx-like.test/static/h5/images/share_logo.png" }};
$.getJSON('/api/wechat/jssdk?url=' + encodeURIComponent(location.href.split('#')[0]), function (r) {{
  wx.config({{ debug: false, appId: r.appId, timestamp: r.timestamp, nonceStr: r.nonceStr, signature: r.signature, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] }});
  wx.ready(function () {{ wx.updateAppMessageShareData(shareData); wx.updateTimelineShareData(shareData); }});
}});
</script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "县级融媒体中心 web portal + “云上” county app H5 share pages (长江云-style county platform), UTF-8")
    s1, s2 = SPEECHES["f53d-3"], SPEECHES["f53d-4"]
    t1 = "陈宏亮在全县产业发展项目观摩推进会上的讲话"
    t2 = "王海涛在全县防汛抗旱工作会议上的讲话"

    # the share page: a preamble, then the speech folded after its fifth paragraph
    shown = s1.paras[:6]
    pre = ("<p>4月18日，全县产业发展项目观摩推进会召开。与会人员先后实地观摩了青石镇茶叶精深加工、经开区竹木制品产业园等十二个重点项目，"
           "随后召开推进会。县委书记陈宏亮出席会议并讲话。以下为讲话内容。</p>")
    shown_html = pre + "\n" + "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in shown)
    related_share = [
        (P_PORTAL, t2, "2024-05-22"),
        ("/h5/p/46088.html", "经开区竹木制品产业园二期项目开工", "2024-04-17"),
        ("/h5/p/46011.html", "青石镇：小茶叶撬动大产业", "2024-04-15"),
    ]
    fam.put(P_SHARE, share_page(t1, "2024-04-18 20:15", "1.3万", shown_html, related_share))
    fam.doc([P_SHARE], s1, title=t1, truncated=True, text="\n".join(shown))

    # the portal article, whole
    body = "\n".join(f"<p>{p}</p>" for p in s2.paras)
    art = f"""<div class="w1200 main clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/list/1021.html">新闻中心</a> &gt; <a href="{COL}">本县要闻</a> &gt; 正文</div>
<div class="art-main">
  <h1 class="art-title">{t2}</h1>
  <div class="art-info"><span>发布时间：2024-05-22 17:40</span><span>来源：青山县融媒体中心</span><span>作者：融媒体记者 周倩</span><span>浏览量：<em id="hits">--</em></span><span class="font-size">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
  <div class="art-content" id="zoom">
<p style="text-align:center;"><img src="/uploads/image/20240522/1716370811624195.jpg" alt="" width="600"></p>
<p style="text-align:center;color:#666;font-size:14px;">▲5月22日，全县防汛抗旱工作会议召开。（融媒体记者 周倩 摄）</p>
{body}
  </div>
  <div class="art-editor">责任编辑：吴敏　审核：刘建军</div>
  <div class="art-prenext"><p>上一篇：<a href="/p/48190.html">县领导督导检查汛前水库安全度汛准备工作</a></p><p>下一篇：<a href="/p/48236.html">我县启动2024年“安全生产月”活动</a></p></div>
  <div class="art-related"><h3>相关阅读</h3><ul>
<li><a href="/p/48190.html">县领导督导检查汛前水库安全度汛准备工作</a><span>2024-05-21</span></li>
<li><a href="/p/47755.html">全县山洪灾害防御演练在双河镇举行</a><span>2024-05-09</span></li>
</ul></div>
</div>
<div class="art-side">
  <div class="side-box app-box"><h3>云上青山APP</h3><img src="/static/pc/images/app_qr.png" alt="扫码下载云上青山"><p>扫码下载云上青山客户端</p></div>
  <div class="side-box"><h3>热点排行</h3><ol><li><a href="{P_SHARE}">{t1}</a></li><li><a href="/p/47755.html">全县山洪灾害防御演练在双河镇举行</a></li></ol></div>
</div>
</div>
<script>$.get('/api/hits?id=48213', function (n) {{ $('#hits').text(n); }});
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}</script>
"""
    fam.put(P_PORTAL, pc_page(f"{t2}-青山县融媒体中心", t2, "cur", art))
    fam.doc([P_PORTAL], s2, title=t2)

    def li(u, t, d):
        return f'<li><a href="{u}" target="_blank">{t}</a><span class="date">{d}</span></li>'

    rows1 = [
        li("/p/48236.html", "我县启动2024年“安全生产月”活动", "2024-05-23"),
        li(P_PORTAL, t2, "2024-05-22"),
        li("/p/48190.html", "县领导督导检查汛前水库安全度汛准备工作", "2024-05-21"),
        li("/p/47755.html", "全县山洪灾害防御演练在双河镇举行", "2024-05-09"),
    ]
    rows2 = [
        li("/p/46150.html", "青山县召开一季度经济运行分析会", "2024-04-19"),
        li("/p/46088.html", "经开区竹木制品产业园二期项目开工", "2024-04-17"),
        li("/p/46011.html", "青石镇：小茶叶撬动大产业", "2024-04-15"),
    ]

    def col(rows, pager):
        return pc_page("本县要闻-青山县融媒体中心", "本县要闻", "cur", f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/list/1021.html">新闻中心</a> &gt; 本县要闻</div>
<div class="list-main"><h2 class="col-tit">本县要闻</h2>
<ul class="news-list">
{chr(10).join(rows)}
</ul>
<div class="page-box">{pager}</div>
</div></div>
""")

    fam.put(COL, col(rows1, f'<span class="cur">1</span><a href="{COL2}">2</a><a href="{COL2}">下一页</a><a href="/list/1023_9.html">尾页</a><span class="total">共9页</span>'))
    fam.put(COL2, col(rows2, f'<a href="{COL}">上一页</a><a href="{COL}">1</a><span class="cur">2</span><a href="/list/1023_3.html">3</a><a href="/list/1023_3.html">下一页</a><span class="total">共9页</span>'))
    home = pc_page("青山县融媒体中心", "青山县融媒体中心官方网站", "", f"""<div class="w1200 main clearfix">
<div class="focus"><a href="{P_PORTAL}"><img src="/uploads/image/20240522/1716370811624195.jpg" alt=""><p>全县防汛抗旱工作会议召开</p></a></div>
<div class="idx-news"><h2><a href="{COL}">本县要闻</a><a class="more" href="{COL}">更多&gt;&gt;</a></h2><ul>
{chr(10).join(rows1[:3])}
</ul></div>
<div class="idx-app"><h2><a href="/app/">云上青山APP</a></h2><img src="/static/pc/images/app_qr.png" alt=""><h4>客户端热文</h4><ul>
<li><a href="{P_SHARE}">{t1}</a></li>
<li><a href="/h5/p/46011.html">青石镇：小茶叶撬动大产业</a></li>
</ul></div>
</div>
""")
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search\n")
    fam.not_documents += ["/", COL, COL2]
    fam.noise += ["打开APP 阅读全文", "热门评论", "茶叶加工厂确实带动了我们村", "以下为讲话内容。", "下载云上青山APP", "▲5月22日",
                  "责任编辑：吴敏", "上一篇：", "相关推荐", "相关阅读", "鄂ICP备", "查看全部36条评论"]
    return fam
