"""新文秘网 (www.wm114.cn)-like 讲话稿 member site, GBK (header and meta gb2312).

Home `/` (top 会员登录 / 注册 bar, column nav, 最新文章 block per column) → column `/wen/149/`
(`ul.list` rows with a 摘要 line and date; `div.pages` pager 首页 上一页 1 2 下一页 尾页 共2页, page 2
at `/wen/149/index_2.html`, not a document) → articles `/wen/149/<id>.html`: crumb 您现在的位置, `h1`,
`div.info` (时间 / 点击 script / 来源：网友投稿 / 字数), a 下载本文 box before the text, the text in
`div#zoom` with `<p>` paragraphs; one article whole (its tail `本文链接：…` and 【下载本文】), the other cut
mid-paragraph by the site's member wall `……此处隐藏：N字，全部文档内容请下载后查看。喜欢就下载吧 ……`
with `开通会员` / `阅读全文` buttons → truncated; 上一篇 / 下一篇, 相关文章, 热门排行, footer ICP."""

from common import SPEECHES, Family, render

HOST = "www.xinwenmi-qiaomu-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/skin/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery.js"></script>
</head>
<body>
<div id="top"><div class="w960">
<span class="l">新文秘网 - 专业文秘写作资料下载网站</span>
<span class="r"><script type="text/javascript" src="/e/member/login/loginjs.php"></script><a href="/e/member/login/">会员登录</a> | <a href="/e/member/register/">免费注册</a> | <a href="/e/member/buygroup/" style="color:#f00">开通会员</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a></span>
</div></div>
<div id="header" class="w960">
<div class="logo"><a href="/"><img src="/skin/images/logo.gif" alt="新文秘网" width="260" height="60" /></a></div>
<div class="search"><form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title" /><input name="keyboard" type="text" class="sinput" value="请输入关键字" onfocus="this.value=''" /><input type="submit" class="sbtn" value="搜 索" /></form></div>
</div>
<div id="nav" class="w960"><ul>
<li><a href="/">网站首页</a></li>
<li><a href="/wen/149/"@@CUR@@>领导讲话</a></li>
<li><a href="/wen/150/">工作总结</a></li>
<li><a href="/wen/151/">工作计划</a></li>
<li><a href="/wen/152/">心得体会</a></li>
<li><a href="/wen/153/">述职报告</a></li>
<li><a href="/wen/154/">调研报告</a></li>
<li><a href="/wen/155/">主持词</a></li>
<li><a href="/wen/156/">演讲稿</a></li>
</ul></div>
"""

FOOT = """<div id="footer" class="w960">
<p><a href="/about.html">关于本站</a> | <a href="/vip.html">会员说明</a> | <a href="/pay.html">付款方式</a> | <a href="/contact.html">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2006-2024 新文秘网 All Rights Reserved 客服QQ：<span>1012*****</span> <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备09012345号</a></p>
<p>本站部分文章来自网友投稿，仅供参考学习，如有侵权请联系删除。</p>
</div>
<div style="display:none"><script type="text/javascript" src="https://s4.cnzz.com/z_stat.php?id=1253001234&web_id=1253001234"></script></div>
</body>
</html>
"""

ITEMS = [
    {"speech": SPEECHES["f55a-1"], "id": 532871, "time": "2024-03-11 09:42:16", "words": 0, "cut": None},
    {"speech": SPEECHES["f55a-2"], "id": 541096, "time": "2024-08-28 16:05:33", "words": 0, "cut": (3, 58)},
]

RELATED = """<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="/wen/149/528114.html" target="_blank">在全县农村工作会议上的讲话</a></li>
<li><a href="/wen/149/530452.html" target="_blank">在春季学期开学工作会议上的讲话</a></li>
<li><a href="/wen/149/536780.html" target="_blank">在干部轮岗交流动员会上的讲话</a></li>
<li><a href="/wen/153/529903.html" target="_blank">驻村第一书记个人述职报告</a></li>
</ul></div>"""

SIDE = """<div class="right">
<div class="rbox"><h3>会员服务</h3><p class="vipt">开通会员即可阅读、下载全站文章，包年会员每天可下载50篇。</p><p><a href="/e/member/buygroup/" class="btn_vip">立即开通</a></p></div>
<div class="rbox"><h3>热门排行</h3><ol>
<li><a href="/wen/149/512004.html">在全市经济工作会议上的讲话</a></li>
<li><a href="/wen/152/520318.html">主题教育读书班心得体会</a></li>
<li><a href="/wen/149/519776.html">在警示教育大会上的讲话</a></li>
<li><a href="/wen/155/517650.html">年度总结表彰大会主持词</a></li>
<li><a href="/wen/150/522891.html">2023年度个人工作总结</a></li>
</ol></div>
</div>"""


def article(d, prev, nxt):
    s = d["speech"]
    if d["cut"]:
        n, k = d["cut"]
        shown = s.paras[:n] + [s.paras[n][:k]]
        hidden = s.chars() - sum(len(p) for p in shown)
        body = "\n".join(f"<p>{p}</p>" for p in shown[:-1]) + f"\n<p>{shown[-1]}</p>"
        body += (f'\n<div class="readall"><p class="yc">……此处隐藏：{hidden}字，全部文档内容请下载后查看。喜欢就下载吧 ……</p>'
                 '<p><a href="/e/member/buygroup/" class="btn_kt">开通会员</a> <a href="/e/member/login/" class="btn_yd">阅读全文</a></p>'
                 '<p class="tip">温馨提示：本文为会员文章，登录会员后即可阅读全文和下载Word文档。</p></div>')
    else:
        body = "\n".join(f"<p>{p}</p>" for p in s.paras)
    url = f"http://{HOST}/wen/149/{d['id']}.html"
    page = HEAD + """<div id="main" class="w960">
<div class="left">
<div class="position">您现在的位置：<a href="/">新文秘网</a>&nbsp;&gt;&gt;&nbsp;<a href="/wen/149/">领导讲话</a>&nbsp;&gt;&gt;&nbsp;正文</div>
<div class="arc">
<h1>@@H1@@</h1>
<div class="info">时间：@@TIME@@&nbsp;&nbsp;点击：<script src="/e/public/ViewClick/?classid=149&id=@@ID@@&addclick=1"></script>&nbsp;&nbsp;来源：网友投稿&nbsp;&nbsp;字数：@@WORDS@@</div>
<div class="downtop"><a href="/e/DownSys/DownSoft/?classid=149&id=@@ID@@" rel="nofollow" target="_blank"><img src="/skin/images/down_word.gif" alt="下载本文" /></a> 本文共 @@WORDS@@ 字，下载Word文档请 <a href="/e/member/login/">登录</a></div>
<div id="zoom">
@@BODY@@
</div>
<div class="bwlj">本文链接：<a href="@@URL@@">@@URL@@</a>　【<a href="/e/DownSys/DownSoft/?classid=149&id=@@ID@@" rel="nofollow">下载本文</a>】【<a href="javascript:window.print()">打印本文</a>】</div>
<div class="sxp"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
</div>
""" + RELATED + """
</div>
""" + SIDE + """
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title} - 新文秘网", KEYWORDS=f"{s.title},领导讲话,讲话稿", DESC=s.paras[1][:80],
                  CUR=' class="on"', H1=s.title, TIME=d["time"], ID=d["id"], WORDS=s.chars(), BODY=body, URL=url,
                  PREV=prev, NEXT=nxt)


def listing(rows, n):
    pages = ('<div class="pages"><a href="/wen/149/">首页</a>'
             + ('<a href="/wen/149/">上一页</a>' if n == 2 else '')
             + ('<b>1</b><a href="/wen/149/index_2.html">2</a>' if n == 1 else '<a href="/wen/149/">1</a><b>2</b>')
             + ('<a href="/wen/149/index_2.html">下一页</a>' if n == 1 else '')
             + '<a href="/wen/149/index_2.html">尾页</a> 共2页 40条</div>')
    page = HEAD + """<div id="main" class="w960">
<div class="left">
<div class="position">您现在的位置：<a href="/">新文秘网</a>&nbsp;&gt;&gt;&nbsp;领导讲话</div>
<div class="listbox"><h2>领导讲话</h2>
<ul class="list">
@@ROWS@@
</ul>
@@PAGES@@
</div>
</div>
""" + SIDE + """
</div>
""" + FOOT
    return render(page, TITLE=f"领导讲话{'_第2页' if n == 2 else ''} - 新文秘网", KEYWORDS="领导讲话,讲话稿,讲话稿范文",
                  DESC="新文秘网领导讲话栏目提供各类领导讲话稿范文。", CUR=' class="on"', ROWS=rows, PAGES=pages)


def row(href, title, summary, date):
    return (f'<li><h3><a href="{href}" target="_blank">{title}</a><span>{date}</span></h3>'
            f'<p>{summary}…… <a href="{href}">阅读全文</a></p></li>')


def build() -> Family:
    fam = Family(HOST, "新文秘网 (www.wm114.cn)-like 讲话稿 member site: GBK, /wen/149/<id>.html, 此处隐藏 member wall",
                 encoding="gbk", content_type="text/html; charset=gb2312")
    a, b = ITEMS
    link = lambda d: f'<a href="/wen/149/{d["id"]}.html">{d["speech"].title}</a>'
    fam.put(f"/wen/149/{a['id']}.html", article(a, '<a href="/wen/149/531950.html">在全县春季植树造林动员会上的讲话</a>', link(b)))
    fam.put(f"/wen/149/{b['id']}.html", article(b, link(a), "没有了"))
    filler = [
        ("/wen/149/540772.html", "在全区防汛救灾工作会议上的讲话", "同志们：今天召开全区防汛救灾工作会议，主要任务是", "2024-08-20"),
        ("/wen/149/539918.html", "在庆祝建党103周年暨七一表彰大会上的讲话", "同志们：在中国共产党成立103周年之际，我们召开", "2024-07-02"),
        ("/wen/149/536780.html", "在干部轮岗交流动员会上的讲话", "同志们：经县委研究决定，对部分干部进行轮岗交流", "2024-05-14"),
    ]
    rows1 = [row(f"/wen/149/{b['id']}.html", b["speech"].title, b["speech"].paras[1][:60], b["time"][:10])]
    rows1 += [row(*f) for f in filler]
    fam.put("/wen/149/", listing("\n".join(rows1), 1))
    rows2 = [row("/wen/149/533410.html", "在全镇人居环境整治推进会上的讲话", "同志们：今天我们召开全镇农村人居环境整治推进会", "2024-03-19"),
             row(f"/wen/149/{a['id']}.html", a["speech"].title, a["speech"].paras[1][:60], a["time"][:10]),
             row("/wen/149/531950.html", "在全县春季植树造林动员会上的讲话", "同志们：又是一年春来早，今天召开全县春季植树", "2024-03-05")]
    fam.put("/wen/149/index_2.html", listing("\n".join(rows2), 2))
    home = HEAD.replace("@@CUR@@", "") + """<div id="main" class="w960">
<div class="hot"><h2>推荐文章</h2><ul>
<li><a href="/wen/149/@@BID@@.html">@@BTITLE@@</a></li>
<li><a href="/wen/152/540311.html">2024年党纪学习教育心得体会</a></li>
<li><a href="/wen/153/539205.html">乡镇党委书记抓基层党建工作述职报告</a></li>
</ul></div>
<div class="lm"><h2><a href="/wen/149/">领导讲话</a><a class="more" href="/wen/149/">更多&gt;&gt;</a></h2><ul>
<li><span>08-28</span><a href="/wen/149/@@BID@@.html">@@BTITLE@@</a></li>
<li><span>08-20</span><a href="/wen/149/540772.html">在全区防汛救灾工作会议上的讲话</a></li>
<li><span>07-02</span><a href="/wen/149/539918.html">在庆祝建党103周年暨七一表彰大会上的讲话</a></li>
</ul></div>
<div class="lm"><h2><a href="/wen/150/">工作总结</a><a class="more" href="/wen/150/">更多&gt;&gt;</a></h2><ul>
<li><span>08-27</span><a href="/wen/150/541020.html">2024年上半年乡镇工作总结</a></li>
<li><span>08-25</span><a href="/wen/150/540987.html">教育局暑期工作总结</a></li>
</ul></div>
<div class="links"><h2>友情链接</h2><a href="http://www.gov.cn/" target="_blank">中国政府网</a> <a href="http://www.xinhuanet.com/" target="_blank">新华网</a></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="新文秘网 - 领导讲话稿_工作总结_心得体会_述职报告范文", KEYWORDS="讲话稿,工作总结,心得体会,述职报告", DESC="新文秘网提供领导讲话稿、工作总结等文秘写作资料。", BID=b["id"], BTITLE=b["speech"].title))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /d/\n", encoding="ascii")
    fam.doc([f"/wen/149/{a['id']}.html"], a["speech"])
    n, k = b["cut"]
    shown = b["speech"].paras[:n] + [b["speech"].paras[n][:k]]
    fam.doc([f"/wen/149/{b['id']}.html"], b["speech"], truncated=True, text="\n".join(shown))
    fam.not_documents = ["/wen/149/index_2.html", "/wen/149/"]
    fam.noise = ["此处隐藏", "本文链接", "下载本文", "开通会员", "阅读全文", "网友投稿"]
    return fam
