"""精品学习网 (51edu.com)-like 范文 channel: an old hand-built PHP template, GBK bytes, the header says
only `text/html` (no charset), `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`;
article pages `/fanwen/fayan/2022/0830/27813.html` with `div.art_tit` h1, `div.art_info` (发布时间 / 来源 /
编辑 / 字体：大 中 小), then a `div.daodu` box (【导读】 + a 摘要 line the editor wrote: not the
speech) before `div.content#contentText`; inside the content, an editor's `（此文由精品学习网小编收集
整理）` paragraph is no part of the speech; after it `本文关键词：` tags (`div.keywords`), the
`div.xgfw` 相关范文 list (with the other speech), 上一篇/下一篇, 编辑推荐, the sidebar's 热门范文;
list pages `/fanwen/fayan/` → `/fanwen/fayan/list_2.html` (`共2页` pager); home → list."""

from common import SPEECHES, Family, render

HOST = "www.jingpin-xuexi-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/css/fanwen_2015.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div class="topnav"><div class="w980"><a href="/">精品学习网</a> | <a href="/fanwen/">范文</a> | <a href="/gaokao/">高考</a> | <a href="/zhongkao/">中考</a> | <a href="/kaoyan/">考研</a> | <a href="/gwy/">公务员</a><span class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.jingpin-xuexi-like.test/');">设为首页</a></span></div></div>
<div class="header w980"><a href="/fanwen/" class="logo"><img src="/images/fanwen_logo.gif" alt="精品学习网范文频道" /></a>
<div class="hsearch"><form action="http://so.jingpin-xuexi-like.test/cse/search" target="_blank"><input type="text" name="q" class="txt" /><input type="submit" value="站内搜索" class="btn" /></form></div></div>
<div class="menu w980"><a href="/fanwen/">范文首页</a><a href="/fanwen/jianghua/">讲话稿</a><a href="/fanwen/fayan/">发言稿</a><a href="/fanwen/zongjie/">工作总结</a><a href="/fanwen/jihua/">工作计划</a><a href="/fanwen/shuzhi/">述职报告</a><a href="/fanwen/xindetihui/">心得体会</a></div>
"""

FOOT = """<div class="footer w980">
<p><a href="/about/">关于我们</a> - <a href="/about/ad.html">广告服务</a> - <a href="/about/contact.html">联系方式</a> - <a href="/about/copyright.html">版权声明</a> - <a href="/sitemap/">网站地图</a></p>
<p>Copyright &copy; 2006-2022 精品学习网 www.jingpin-xuexi-like.test All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备09042963号</a></p>
</div>
<script type="text/javascript">
var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1257211'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s23.cnzz.com/z_stat.php%3Fid%3D1257211' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""

SIDE = """<div class="right">
<div class="rbox"><div class="rtit">热门范文</div><ul>
<li><a href="/fanwen/jianghua/2022/0705/27102.html">在七一表彰大会上的讲话</a></li>
<li><a href="/fanwen/fayan/2022/0621/26955.html">青年干部座谈会发言稿</a></li>
<li><a href="/fanwen/shuzhi/2022/0110/25003.html">社区书记述职报告</a></li>
</ul></div>
<div class="rbox"><script type="text/javascript">/*300*250 创建于 2015-11-9*/ var cpro_id = "u2391457";</script><script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>
</div>
"""

ARTS = [
    {"speech": SPEECHES["f50a-5"], "cat": ("fayan", "发言稿"), "path": "/fanwen/fayan/2022/0830/27813.html", "time": "2022-08-30 16:21:09",
     "editor": "sunny", "kw": ["养老服务", "推进会", "发言"],
     "daodu": "养老服务体系建设关系千家万户。下面是精品学习网小编为大家整理的街道在全区养老服务体系建设推进会上的发言，欢迎大家阅读参考！",
     "note": "（此文由精品学习网小编收集整理）"},
    {"speech": SPEECHES["f50a-6"], "cat": ("jianghua", "讲话稿"), "path": "/fanwen/jianghua/2024/0603/31467.html", "time": "2024-06-03 10:05:44",
     "editor": "xiaoyu", "kw": ["安全生产月", "启动仪式", "讲话稿"],
     "daodu": "【摘要】今年六月是全国第二十三个“安全生产月”。本文是公司安全生产月启动仪式上的领导讲话，供各单位参考。",
     "note": None},
]


def article(a, other):
    s = a["speech"]
    paras = [f"<p>　　{p}</p>" for p in s.paras]
    if a["note"]:
        paras.append(f"<p>　　{a['note']}</p>")
    kws = " ".join(f'<a href="/tag/{k}/" target="_blank">{k}</a>' for k in a["kw"])
    page = HEAD + """<div class="w980 clearfix">
<div class="position">您现在的位置：<a href="/">精品学习网</a> &gt; <a href="/fanwen/">范文</a> &gt; <a href="/fanwen/@@CAT@@/">@@CATNAME@@</a> &gt; 正文</div>
<div class="left">
<div class="art_tit"><h1>@@H1@@</h1></div>
<div class="art_info">发布时间：@@TIME@@　来源：精品学习网　编辑：@@EDITOR@@　字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
<div class="daodu"><span>【导读】</span>@@DAODU@@</div>
<div class="content" id="contentText">
@@BODY@@
</div>
<div class="keywords">本文关键词：@@KWS@@</div>
<div class="xgfw"><div class="xtit">相关范文</div><ul>
<li><a href="@@OPATH@@" target="_blank">@@OTITLE@@</a></li>
<li><a href="/fanwen/fayan/2021/1102/23570.html" target="_blank">民政工作会议表态发言</a></li>
<li><a href="/fanwen/jianghua/2021/0913/22841.html" target="_blank">在敬老月活动启动仪式上的讲话</a></li>
<li><a href="/fanwen/zongjie/2022/0115/25120.html" target="_blank">街道养老服务工作总结</a></li>
</ul></div>
<div class="sxp"><p>上一篇：<a href="/fanwen/@@CAT@@/">返回列表</a></p><p>下一篇：<a href="@@OPATH@@">@@OTITLE@@</a></p></div>
<div class="bjtj"><div class="xtit">编辑推荐</div><ul><li><a href="/fanwen/jianghua/2022/0705/27102.html">在七一表彰大会上的讲话</a></li><li><a href="/fanwen/shuzhi/2022/0110/25003.html">社区书记述职报告</a></li></ul></div>
</div>
""" + SIDE + "</div>\n" + FOOT
    return render(page, TITLE=f"{s.title}_{a['cat'][1]}_精品学习网", KEYWORDS=",".join(a["kw"]), DESC=a["daodu"][:80], CAT=a["cat"][0],
                  CATNAME=a["cat"][1], H1=s.title, TIME=a["time"], EDITOR=a["editor"], DAODU=a["daodu"], BODY="\n".join(paras),
                  KWS=kws, OPATH=other["path"], OTITLE=other["speech"].title)


def listing(cat, catname, items, n, total, extra=()):
    rows = [f'<li><span>{a["time"][:10]}</span><a href="{a["path"]}" target="_blank">{a["speech"].title}</a></li>' for a in items]
    rows += [f'<li><span>{d}</span><a href="{p}" target="_blank">{t}</a></li>' for p, t, d in extra]
    url = lambda k: f"/fanwen/{cat}/" if k == 1 else f"/fanwen/{cat}/list_{k}.html"
    pg = f'<span>共{total}页</span>'
    pg += f'<a href="{url(n - 1)}">上一页</a>' if n > 1 else ""
    pg += "".join(f"<b>{k}</b>" if k == n else f'<a href="{url(k)}">{k}</a>' for k in range(1, total + 1))
    pg += f'<a href="{url(n + 1)}">下一页</a>' if n < total else ""
    page = HEAD + """<div class="w980 clearfix">
<div class="position">您现在的位置：<a href="/">精品学习网</a> &gt; <a href="/fanwen/">范文</a> &gt; @@CATNAME@@</div>
<div class="left"><div class="listbox"><ul>
@@ROWS@@
</ul><div class="pagelist">@@PG@@</div></div></div>
""" + SIDE + "</div>\n" + FOOT
    return render(page, TITLE=f"{catname}_精品学习网" + ("" if n == 1 else f"_第{n}页"), KEYWORDS=catname, DESC=f"{catname}范文", CATNAME=catname,
                  ROWS="\n".join(rows), PG=pg)


def build() -> Family:
    fam = Family(HOST, "精品学习网 (51edu)-like 范文 channel: 导读 box, 本文关键词, 相关范文, GBK with a header without charset",
                 encoding="gbk", content_type="text/html")
    a1, a2 = ARTS
    fam.put("/fanwen/fayan/index.html", listing("fayan", "发言稿", [], 1, 2,
            [("/fanwen/fayan/2022/1011/28305.html", "主题党日活动交流发言", "2022-10-11"), ("/fanwen/fayan/2022/0921/28102.html", "教师节座谈会发言稿", "2022-09-21")]))
    fam.put("/fanwen/fayan/list_2.html", listing("fayan", "发言稿", [a1], 2, 2))
    fam.put("/fanwen/jianghua/index.html", listing("jianghua", "讲话稿", [a2], 1, 1))
    home = HEAD + """<div class="w980 clearfix"><div class="left">
<div class="ibox"><div class="itit"><a href="/fanwen/jianghua/">讲话稿</a></div><ul>
<li><a href="@@P2@@">@@T2@@</a></li>
</ul></div>
<div class="ibox"><div class="itit"><a href="/fanwen/fayan/">发言稿</a></div><ul>
<li><a href="/fanwen/fayan/2022/1011/28305.html">主题党日活动交流发言</a></li>
</ul><a class="more" href="/fanwen/fayan/">更多</a></div>
</div>
""" + SIDE + "</div>\n" + FOOT
    home = render(home, TITLE="范文_范文大全_精品学习网", KEYWORDS="范文,范文大全", DESC="精品学习网范文频道", P2=a2["path"], T2=a2["speech"].title)
    fam.put("/fanwen/index.html", home)
    fam.put("/index.html", home)
    fam.home = "/fanwen/"
    for a, other in ((a1, a2), (a2, a1)):
        fam.put(a["path"], article(a, other))
        fam.doc([a["path"]], a["speech"], published_at=a["time"][:10])
    fam.not_documents += ["/fanwen/", "/fanwen/fayan/list_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /plus/\n")
    fam.noise += ["【导读】", "【摘要】", "下面是精品学习网小编为大家整理的", "此文由精品学习网小编收集整理", "本文关键词：", "相关范文", "编辑推荐", "热门范文", "京ICP备09042963号"]
    fam.note = "GBK, header text/html without charset, meta gb2312; the 导读/摘要 box and the editor's 收集整理 line are not the speech; a1 is on the list's page 2"
    return fam
