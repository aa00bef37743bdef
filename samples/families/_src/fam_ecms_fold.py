"""讲话稿 / 范文 site on 帝国CMS 7.5 (EmpireCMS, UTF-8 build), a bought 范文 template: static pages
`/jianghuagao/2023-10-17/4187.html`, a long speech cut by Empire's `[!--empirenews.page--]` into
`4187.html` / `4187_2.html` with Empire's content pager (`<a title="Total record">`, 上一页 / 下一页 /
尾页) and the `[!--title.select--]` jump box; the text sits in `div.art-content#art_con`, folded by the
template's CSS (`max-height` + `overflow:hidden`) under a `div.readmore` mask with 展开阅读全文 (the
whole text is in the page: not truncated); `/e/public/ViewClick/` click counter, `时间：… 作者：… 来源：`
info line, 声明 box, 上一篇 / 下一篇, 相关文章, sidebar 热门排行; listing `/jianghuagao/` with the
Empire list pager (`index_2.html`)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jianghuagao-ecms-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/skin/fanwen/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/fanwen/js/jquery-1.8.3.min.js"></script>
<style type="text/css">
.art-content{position:relative;max-height:900px;overflow:hidden;}
.art-content.open{max-height:none;}
.readmore{position:relative;margin-top:-120px;padding-top:120px;text-align:center;background:linear-gradient(rgba(255,255,255,0),#fff 70%);}
.readmore a{display:inline-block;padding:6px 40px;border:1px solid #e33;color:#e33;border-radius:20px;}
</style>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">讲话稿范文网 — 专注领导讲话稿、发言稿、致辞范文</span><span class="fr"><a href="/e/member/login/">登录</a> | <a href="/e/member/register/">注册</a> | <a href="/e/member/fava/">我的收藏</a></span></div></div>
<div class="header w1200">
<div class="logo"><a href="/"><img src="/skin/fanwen/images/logo.png" alt="讲话稿范文网" /></a></div>
<div class="search"><form action="/e/search/index.php" method="post" name="searchform" id="searchform"><input type="hidden" name="show" value="title" /><input type="hidden" name="tempid" value="1" /><input name="keyboard" type="text" class="sinput" value="" /><input type="submit" name="Submit" class="sbtn" value="搜索" /></form></div>
</div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li>
<li@@C1@@><a href="/jianghuagao/">讲话稿</a></li>
<li><a href="/fayangao/">发言稿</a></li>
<li><a href="/zhici/">致辞</a></li>
<li><a href="/zhuchici/">主持词</a></li>
<li><a href="/shuzhibaogao/">述职报告</a></li>
<li><a href="/gongzuozongjie/">工作总结</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
<p><a href="/about/">关于本站</a> | <a href="/about/mianze.html">免责声明</a> | <a href="/about/lianxi.html">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2016-2024 讲话稿范文网 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">皖ICP备16021873号-1</a></p>
<p>本站部分范文来源于网络，仅供学习参考，如有侵权请联系删除。</p>
</div>
<script type="text/javascript" src="/skin/fanwen/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9b1e4c7a2f3d5e8b0c6a1d4f7e2b9c30";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """<div class="right">
<div class="rbox"><h3>热门排行</h3><ul>
<li><span class="num n1">1</span><a href="/jianghuagao/2023-09-05/4102.html">在教师节表彰大会上的讲话</a></li>
<li><span class="num n2">2</span><a href="/fayangao/2023-08-21/4066.html">主题教育专题民主生活会发言提纲</a></li>
<li><span class="num n3">3</span><a href="/zhici/2023-06-30/3987.html">七一表彰大会主持词</a></li>
<li><span class="num">4</span><a href="/shuzhibaogao/2023-12-28/4391.html">乡镇党委书记抓基层党建述职报告</a></li>
</ul></div>
<div class="rbox ad"><script type="text/javascript" src="/d/js/acmsd/thea3.js"></script></div>
</div>
"""

ARTS = [
    {"speech": SPEECHES["f50a-1"], "cat": ("jianghuagao", "讲话稿"), "id": 4187, "day": "2023-10-17", "time": "2023-10-17 17:26", "parts": 2, "author": "佚名", "source": "网络整理"},
    {"speech": SPEECHES["f50a-2"], "cat": ("zhici", "致辞"), "id": 4512, "day": "2024-05-22", "time": "2024-05-22 15:40", "parts": 1, "author": "范文编辑", "source": "本站原创"},
]


def path(a, n=1):
    base = f"/{a['cat'][0]}/{a['day']}/{a['id']}"
    return f"{base}.html" if n == 1 else f"{base}_{n}.html"


def content_pager(a, n):
    # Empire CMS 7.5 content-page pager ([!--page.url--]), default style
    total = a["parts"]
    out = f'<a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;'
    if n > 1:
        out += f'<a href="{path(a, 1)}">首页</a>&nbsp;<a href="{path(a, n - 1)}">上一页</a>&nbsp;'
    for k in range(1, total + 1):
        out += f"<b>{k}</b>&nbsp;" if k == n else f'<a href="{path(a, k)}">{k}</a>&nbsp;'
    if n < total:
        out += f'<a href="{path(a, n + 1)}">下一页</a>&nbsp;<a href="{path(a, total)}">尾页</a>'
    select = "".join(
        f'<option value="{path(a, k)}"{" selected" if k == n else ""}>第 {k} 页</option>' for k in range(1, total + 1)
    )
    return (f'<div class="pagebreak"><div class="epages">{out}</div>'
            f'<select name="select" onchange="self.location.href=this.options[this.selectedIndex].value">{select}</select></div>')


def article(a, other, n, runs):
    s = a["speech"]
    body = "\n".join(f"<p>{p}</p>" for p in runs[n - 1])
    pager = content_pager(a, n) if a["parts"] > 1 else ""
    prev_ = f'<a href="{path(other)}">{other["speech"].title}</a>' if other["id"] < a["id"] else "没有了"
    next_ = f'<a href="{path(other)}">{other["speech"].title}</a>' if other["id"] > a["id"] else "没有了"
    page = HEAD + """<div class="w1200 main clearfix">
<div class="left">
<div class="place">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/@@CATDIR@@/">@@CATNAME@@</a>&nbsp;>&nbsp;正文</div>
<div class="article">
<h1>@@H1@@</h1>
<div class="info">时间：@@TIME@@&nbsp;&nbsp;作者：@@AUTHOR@@&nbsp;&nbsp;来源：@@SOURCE@@&nbsp;&nbsp;阅读：<script src="/e/public/ViewClick/?classid=@@CLASSID@@&id=@@ID@@&addclick=1"></script>次&nbsp;&nbsp;<a href="/e/member/fava/add/?classid=@@CLASSID@@&id=@@ID@@" target="_blank">收藏</a></div>
<div class="ad760"><script type="text/javascript" src="/d/js/acmsd/thea1.js"></script></div>
<div class="art-content" id="art_con">
@@BODY@@
</div>
<div class="readmore" id="readmore"><a href="javascript:;" onclick="document.getElementById('art_con').className='art-content open';this.parentNode.style.display='none';">展开阅读全文</a></div>
@@PAGER@@
<div class="shengming">声明：本站范文均来源于网络或网友投稿，仅供学习参考使用，请勿直接照搬。如本文侵犯了您的权益，请联系我们删除。</div>
<div class="fenxiang"><div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div></div>
<div class="prenext"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
</div>
<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="@@OTHER@@">@@OTHER_TITLE@@</a><span>@@OTHER_DAY@@</span></li>
<li><a href="/jianghuagao/2022-10-11/3420.html">在全市秋冬季森林防火工作部署会上的讲话</a><span>2022-10-11</span></li>
<li><a href="/fayangao/2023-03-02/3718.html">森林防火工作表态发言</a><span>2023-03-02</span></li>
</ul></div>
</div>
""" + SIDE + "</div>\n" + FOOT
    title = s.title if n == 1 else f"{s.title}(2)"
    return render(page, TITLE=f"{title}_{a['cat'][1]}_讲话稿范文网", KEYWORDS=f"{s.title},{a['cat'][1]}", DESC=s.paras[1][:80] + "……",
                  C1=' class="on"' if a["cat"][0] == "jianghuagao" else "", CATDIR=a["cat"][0], CATNAME=a["cat"][1],
                  H1=s.title, TIME=a["time"], AUTHOR=a["author"], SOURCE=a["source"], CLASSID=2 if a["cat"][0] == "jianghuagao" else 4,
                  ID=a["id"], BODY=body, PAGER=pager, PREV=prev_, NEXT=next_, OTHER=path(other), OTHER_TITLE=other["speech"].title,
                  OTHER_DAY=other["day"])


def listing(cat, items, n, total, title):
    rows = "\n".join(
        f'<li><h3><a href="{path(a)}" target="_blank">{a["speech"].title}</a></h3><p>{a["speech"].paras[1][:70]}……</p><span>{a["time"][:10]}</span></li>'
        for a in items
    )
    def pu(k):
        return f"/{cat}/index.html" if k == 1 else f"/{cat}/index_{k}.html"
    pg = f'<a title="Total record">&nbsp;<b>{total * 20 - 7}</b> </a>&nbsp;&nbsp;'
    if n > 1:
        pg += f'<a href="{pu(1)}">首页</a>&nbsp;<a href="{pu(n - 1)}">上一页</a>&nbsp;'
    for k in range(1, total + 1):
        pg += f"<b>{k}</b>&nbsp;" if k == n else f'<a href="{pu(k)}">{k}</a>&nbsp;'
    if n < total:
        pg += f'<a href="{pu(n + 1)}">下一页</a>&nbsp;<a href="{pu(total)}">尾页</a>'
    page = HEAD + """<div class="w1200 main clearfix"><div class="left">
<div class="place">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/@@CAT@@/">@@CATNAME@@</a></div>
<div class="listbox"><ul>
@@ROWS@@
</ul>
<div class="epages">@@PG@@</div></div>
</div>
""" + SIDE + "</div>\n" + FOOT
    return render(page, TITLE=f"{title}_讲话稿范文网" if n == 1 else f"{title}_第{n}页_讲话稿范文网", KEYWORDS=title, DESC=f"{title}范文",
                  C1=' class="on"' if cat == "jianghuagao" else "", CAT=cat, CATNAME=title, ROWS=rows, PG=pg)


def build() -> Family:
    fam = Family(HOST, "帝国CMS 7.5 (UTF-8) 讲话稿范文 site: CSS-folded text under 展开阅读全文, Empire content pager _2.html")
    a1, a2 = ARTS
    old = [
        {"speech": type(a1["speech"])("x", "在全市秋冬季森林防火工作部署会上的讲话", "2022-10-11", ["", "同志们：今天召开会议，主要是安排部署全市秋冬季森林防火工作。"]),
         "cat": ("jianghuagao", "讲话稿"), "id": 3420, "day": "2022-10-11", "time": "2022-10-11 10:05"},
    ]
    fam.put("/jianghuagao/index.html", listing("jianghuagao", [a1], 1, 2, "讲话稿"))
    fam.put("/jianghuagao/index_2.html", listing("jianghuagao", old, 2, 2, "讲话稿"))
    fam.put("/zhici/index.html", listing("zhici", [a2], 1, 1, "致辞"))
    rows = "\n".join(
        f'<li><a href="{path(a)}" target="_blank">{a["speech"].title}</a><span>{a["time"][5:10]}</span></li>' for a in (a2, a1)
    )
    home = HEAD + """<div class="w1200 main clearfix"><div class="left">
<div class="ibox"><h2><a href="/jianghuagao/">讲话稿</a><a class="more" href="/jianghuagao/">更多&gt;&gt;</a></h2><ul>
<li><a href="@@P1@@" target="_blank">@@T1@@</a></li>
</ul></div>
<div class="ibox"><h2><a href="/zhici/">致辞</a><a class="more" href="/zhici/">更多&gt;&gt;</a></h2><ul>
<li><a href="@@P2@@" target="_blank">@@T2@@</a></li>
</ul></div>
<div class="ibox"><h2>最新更新</h2><ul>
@@ROWS@@
</ul></div>
</div>
""" + SIDE + "</div>\n" + FOOT
    fam.put("/", render(home, TITLE="讲话稿范文网_领导讲话稿_发言稿_致辞范文大全", KEYWORDS="讲话稿,发言稿,致辞,范文", DESC="讲话稿范文网提供各类领导讲话稿、发言稿、致辞范文。",
                        C1="", P1=path(a1), T1=a1["speech"].title, P2=path(a2), T2=a2["speech"].title, ROWS=rows))
    for a, other in ((a1, a2), (a2, a1)):
        runs = split_paras(a["speech"].paras, a["parts"]) if a["parts"] > 1 else [list(a["speech"].paras)]
        pages = []
        for n in range(1, a["parts"] + 1):
            fam.put(path(a, n), article(a, other, n, runs))
            pages.append(path(a, n))
        fam.doc(pages, a["speech"], published_at=a["speech"].date)
        if a["parts"] > 1:
            fam.not_documents.append(path(a, 2))
    fam.not_documents += ["/", "/jianghuagao/index_2.html", "/jianghuagao/index.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\nDisallow: /d/\nDisallow: /skin/\n")
    fam.noise += ["展开阅读全文", "Total record", "声明：本站范文均来源于网络或网友投稿", "相关文章", "热门排行", "皖ICP备16021873号-1", "上一篇：", "来源：网络整理"]
    fam.note = ("the text is folded by CSS only (max-height + overflow:hidden under a 展开阅读全文 mask): the whole speech is in the page, "
                "not truncated; page 2 of the long speech (_2.html) is not a document alone")
    return fam
