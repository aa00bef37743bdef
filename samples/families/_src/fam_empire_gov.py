"""A provincial department site on an 帝国CMS (Empire CMS 7.5) 政务 template: articles
`/zwgk/ldjh/Y-m-d/ID.html`, lists `/zwgk/ldjh/` then `index_2.html` with Empire's `Total record` pager;
the 无障碍 / 长者模式 toolbar (`aria.js`, `aria.oldFixedStart()`), 信息来源/发布时间/浏览次数 line with the
click counter from `/e/public/ViewClick/`, 字号 bar, a 楷体 news lead before one speech and a
（根据录音整理…）+ 供稿 line after the other, Baidu share box, 【打印】【关闭】, 扫一扫在手机打开当前页 QR box,
上一篇/下一篇 from `[!--info.pre--]`/`[!--info.next--]`, 相关文章, 网站标识码 footer."""

from common import SPEECHES, Family, render

HOST = "wlt.xiangnan.gov.test"
COL = "/zwgk/ldjh/"
SITE = "湘南省文化和旅游厅"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link href="/skin/zwgk/css/style.css" rel="stylesheet" type="text/css" />
<link href="/skin/zwgk/css/oldman.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/zwgk/js/jquery.min.js"></script>
<script type="text/javascript" src="/skin/zwgk/js/qrcode.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="wrap">
    <span class="fl">欢迎访问湘南省文化和旅游厅门户网站</span>
    <span class="fr"><a href="javascript:;" id="toolbarHref" onclick="aria.start()">无障碍</a><a href="javascript:;" id="oldHref" onclick="aria.oldFixedStart()">长者模式</a><a href="/m/">手机版</a><a href="/e/member/login/">登录</a></span>
  </div>
</div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/skin/zwgk/images/logo.png" alt="湘南省文化和旅游厅" /></a>
<form name="searchform" method="post" action="/e/search/index.php" class="search"><input type="hidden" name="show" value="title,newstext" /><input type="hidden" name="tempid" value="1" /><input name="keyboard" type="text" class="inp" placeholder="请输入搜索内容" /><input type="submit" name="Submit" value="搜索" class="sub" /></form></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/wlzx/">文旅资讯</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <div class="conac"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=43B2F0A6C1E84C51E053012819AC8A7B" target="_blank"><img src="/skin/zwgk/images/dzjg.png" alt="党政机关" /></a></span></div>
    <div class="ft_txt">
      <p><a href="/about/wzdt.html">网站地图</a> | <a href="/about/lxwm.html">联系我们</a> | <a href="/about/wzsm.html">网站声明</a></p>
      <p>主办：湘南省文化和旅游厅　地址：湘南省星城市芙蓉中路二段128号　邮编：410005</p>
      <p>网站标识码：4300000034　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备12003456号</a>　<img src="/skin/zwgk/images/ga.png" alt="" />湘公网安备 43010502000321号</p>
    </div>
    <div class="jiucuo"><script id="_jiucuo_" sitecode="4300000034" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<script type="text/javascript" src="https://wza.xiangnan.gov.test/wza/aria.js?appid=6b1f0c9ad4e84a2b8d77b8e1c0f3e2a5" charset="utf-8" defer async></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c5d0b8e2f1a47d6b9e0c4a1d2f3e4b5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

LEAD = "6月26日，全省文化和旅游市场暑期工作部署会在星城召开。厅党组书记、厅长周明远出席会议并讲话。现将讲话全文刊发如下。"

# speech, classid, id, time, source, author, lead, tail
ARTICLES = [
    (SPEECHES["ecgov-1"], 12, 2381, "2025-06-26 17:42:10", "厅办公室", "", LEAD, None),
    (SPEECHES["ecgov-2"], 12, 2290, "2025-04-15 11:08:33", "公共服务处", "公共服务处",
     None, ("（根据录音整理，未经本人审阅）", "（省文化和旅游厅公共服务处供稿）")),
]


def url_of(a):
    return f"{COL}{a[3][:10]}/{a[2]}.html"


def article(a, prev, nxt, others):
    speech, classid, aid, stamp, source, author, lead, tail = a
    paras = []
    if lead:
        paras.append(f'<p style="text-indent:2em;"><span style="font-family:楷体,楷体_GB2312;">{lead}</span></p>')
    paras += [f'<p style="text-indent:2em;">{p}</p>' for p in speech.paras]
    if tail:
        paras.append(f'<p style="text-indent:2em;">{tail[0]}</p>')
        paras.append(f'<p style="text-align:right;">{tail[1]}</p>')
    text = "\n".join(paras)
    pre = f"<a href='{url_of(prev)}'>{prev[0].title}</a>" if prev else "没有了"
    nex = f"<a href='{url_of(nxt)}'>{nxt[0].title}</a>" if nxt else "没有了"
    related = "".join(f'<li><a href="{url_of(o)}" title="{o[0].title}">{o[0].title}</a><span>{o[3][:10]}</span></li>' for o in others)
    auth = f"　　作者：{author}" if author else ""
    body = f"""<div class="wrap main">
<div class="location">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="{COL}">领导讲话</a></div>
<div class="show_box">
  <h1 class="show_title">{speech.title}</h1>
  <div class="show_info">
    信息来源：{source}{auth}　　发布时间：{stamp[:16]}　　浏览次数：<script src="/e/public/ViewClick/?classid={classid}&id={aid}&addclick=1"></script>
    <span class="font_size">字号：<a href="javascript:;" onclick="setFontSize(18)">大</a> <a href="javascript:;" onclick="setFontSize(16)">中</a> <a href="javascript:;" onclick="setFontSize(14)">小</a></span>
  </div>
  <div class="show_content" id="zoom">
{text}
  </div>
  <div class="show_share clearfix">
    <div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
    <script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
    <div class="print fr"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.opener=null;window.close();">【关闭】</a></div>
  </div>
  <div class="ewm_box"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
  <script type="text/javascript">new QRCode(document.getElementById("qrcode"), {{text: window.location.href, width: 110, height: 110}});</script>
  <div class="show_prevnext">
    <p>上一篇：{pre}</p>
    <p>下一篇：{nex}</p>
  </div>
  <div class="xgwz"><h3>相关文章</h3><ul>{related}</ul></div>
</div>
</div>
"""
    meta = (
        f'<meta name="SiteName" content="{SITE}" />\n<meta name="SiteDomain" content="{HOST}" />\n'
        f'<meta name="SiteIDCode" content="4300000034" />\n<meta name="ColumnName" content="领导讲话" />\n'
        f'<meta name="ArticleTitle" content="{speech.title}" />\n<meta name="PubDate" content="{stamp[:16]}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n'
    )
    return render(HEAD + body + FOOT, TITLE=f"{speech.title} - {SITE}", KEYWORDS=speech.title, DESC=speech.paras[1][:70], META=meta)


def list_page(items, n, count, total):
    rows = "\n".join(
        f'<li><span class="date">{a[3][:10]}</span><a href="{url_of(a)}" target="_blank" title="{a[0].title}">{a[0].title}</a></li>'
        for a in items
    )

    def u(i):
        return f"{COL}index.html" if i == 0 else f"{COL}index_{i + 1}.html"

    nav = f'<a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;'
    if n > 0:
        nav += f'<a href="{u(0)}">首页</a>&nbsp;<a href="{u(n - 1)}">上一页</a>&nbsp;'
    for i in range(count):
        nav += f"<b>{i + 1}</b>&nbsp;" if i == n else f'<a href="{u(i)}">{i + 1}</a>&nbsp;'
    if n < count - 1:
        nav += f'<a href="{u(n + 1)}">下一页</a>&nbsp;<a href="{u(count - 1)}">尾页</a>'
    body = f"""<div class="wrap main clearfix">
<div class="location">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;领导讲话</div>
<div class="side"><h2>政务公开</h2><ul><li><a href="/zwgk/tzgg/">通知公告</a></li><li class="cur"><a href="{COL}">领导讲话</a></li><li><a href="/zwgk/zcfg/">政策法规</a></li><li><a href="/zwgk/ghjh/">规划计划</a></li></ul></div>
<div class="list_box"><div class="list_tit"><h2>领导讲话</h2></div>
<ul class="news_list">
{rows}
</ul>
<div class="page">{nav}</div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"领导讲话 - {SITE}", KEYWORDS="领导讲话", DESC="领导讲话", META="")


def build() -> Family:
    fam = Family(
        HOST,
        "帝国CMS 7.5 政务 template, provincial department: Y-m-d/ID.html, Total record pager, aria.js 无障碍/长者模式, ViewClick counter, 【打印】【关闭】, QR box, 上一篇/下一篇",
    )
    for i, a in enumerate(ARTICLES):
        newer = ARTICLES[i - 1] if i > 0 else None
        older = ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None
        fam.put(url_of(a), article(a, older, newer, [o for o in ARTICLES if o is not a]))
        fam.doc([url_of(a)], a[0], published_at=a[3][:10])
    fam.put(COL, list_page(ARTICLES[:1], 0, 2, 2))
    fam.put(f"{COL}index.html", list_page(ARTICLES[:1], 0, 2, 2))
    fam.put(f"{COL}index_2.html", list_page(ARTICLES[1:], 1, 2, 2))
    home = f"""<div class="wrap index clearfix">
<div class="focus"><a href="/wlzx/"><img src="/d/file/p/2025/06-20/banner_shuqi.jpg" alt="清凉一夏 文旅湘南" /></a></div>
<div class="idx_box"><div class="idx_tit"><h3>文旅要闻</h3><a href="/wlzx/" class="more">更多</a></div><ul><li><a href="/wlzx/">全省“文旅消费季”活动启动</a></li></ul></div>
<div class="idx_box"><div class="idx_tit"><h3>领导讲话</h3><a href="{COL}" class="more">更多</a></div>
<ul><li><a href="{url_of(ARTICLES[0])}" target="_blank">{ARTICLES[0][0].title}</a><span>06-26</span></li></ul></div>
</div>
"""
    fam.put("/", render(HEAD + home + FOOT, TITLE=SITE, KEYWORDS="文化,旅游", DESC=SITE, META=""))
    fam.not_documents += ["/", COL, f"{COL}index.html", f"{COL}index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /d/\n")
    fam.noise += [
        SITE,
        "无障碍",
        "长者模式",
        "信息来源：",
        "厅办公室",
        "发布时间：",
        "浏览次数：",
        "字号：",
        "厅党组书记、厅长周明远出席会议并讲话",
        "现将讲话全文刊发如下",
        "根据录音整理，未经本人审阅",
        "公共服务处供稿",
        "分享到：",
        "【打印】",
        "【关闭】",
        "扫一扫在手机打开当前页",
        "上一篇：",
        "下一篇：",
        "没有了",
        "相关文章",
        "Total record",
        "网站标识码",
        "湘ICP备12003456号",
    ]
    return fam
