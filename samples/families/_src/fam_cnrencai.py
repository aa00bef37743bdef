"""中国人才网 (cnrencai.com)-like 范文 / 演讲稿 channel: the article page puts its text in several
boxes. `div.daodu` 导读 box (the editor's intro) over the text; the text in `div.article-con`
cut by the site's page breaker over `N.html` / `N_2.html` / `N_3.html` (`div.pagebreak` pager:
上一页 1 2 3 下一页, `(2)` in later pages' titles and `h1`); inside the text box, between
paragraphs, a `div.xgyd` 相关阅读 box (three links) on page 1 and a `cnrencai_ad` slot script on page 2;
after the text (last page only) the `div.ysyd` 延伸阅读 box with the speech's related titles and
short teasers, then 【标题】相关文章 list, 上一篇 / 下一篇, 热门推荐 / 最新更新 side columns, the
footer with 粤ICP备. Column `/fanwen/jianghuagao/` → `list_2.html` (not a document)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.cnrencai-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=@@MURL@@" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="@@MURL@@" />
<link href="/static/css/common.css" rel="stylesheet" type="text/css" />
<link href="/static/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/static/js/uaredirect.js"></script>
<script type="text/javascript">uaredirect("@@MURL@@");</script>
</head>
<body>
<div class="top">
  <div class="w1000">
    <span class="fl">中国人才网——专业的范文写作与职场资讯平台</span>
    <span class="fr"><a href="/" target="_blank">网站首页</a> | <a href="/sitemap.html" target="_blank">网站地图</a> | <a href="javascript:;" onclick="addFavorite()">收藏本站</a></span>
  </div>
</div>
<div class="header w1000">
  <div class="logo"><a href="/"><img src="/static/images/logo.png" alt="中国人才网" /></a></div>
  <div class="search">
    <form action="https://zhannei.baidu.com/cse/search" target="_blank" method="get"><input type="hidden" name="s" value="11287741823591002541" /><input type="text" name="q" class="txt" value="" placeholder="请输入您要搜索的范文" /><input type="submit" class="btn" value="搜 索" /></form>
  </div>
</div>
<div class="nav">
  <ul class="w1000">
    <li><a href="/">首页</a></li>
    <li><a href="/zhichang/">职场资讯</a></li>
    <li><a href="/gongzuozongjie/">工作总结</a></li>
    <li><a href="/gongzuojihua/">工作计划</a></li>
    <li class="on"><a href="/fanwen/">范文大全</a></li>
    <li><a href="/yanjianggao/">演讲稿</a></li>
    <li><a href="/xindetihui/">心得体会</a></li>
    <li><a href="/shenqingshu/">申请书</a></li>
    <li><a href="/hetong/">合同范本</a></li>
  </ul>
</div>
<div class="subnav w1000"><strong>范文大全：</strong><a href="/fanwen/jianghuagao/">讲话稿</a><a href="/fanwen/zhuchici/">主持词</a><a href="/fanwen/fayangao/">发言稿</a><a href="/fanwen/zhici/">致辞</a><a href="/fanwen/changyishu/">倡议书</a><a href="/fanwen/jieshaoxin/">介绍信</a></div>
"""

FOOT = """<div class="footer">
  <div class="w1000">
    <p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/about/mianze.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
    <p>本站部分文章来自网络，如有侵权，请联系我们删除。联系邮箱：cnrencai#163.com（#换成@）</p>
    <p>Copyright &copy; 2010-2024 中国人才网 www.cnrencai-like.test 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">粤ICP备10231848号-3</a></p>
  </div>
</div>
<script type="text/javascript" src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8d1e5c0a7b3f42e6a9d0c1b2e3f4a5d6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """  <div class="right">
    <div class="rbox">
      <div class="rtit"><span>热门推荐</span></div>
      <ul class="rlist">
        <li><a href="/fanwen/jianghuagao/1498210.html" target="_blank">安全生产工作会议领导讲话稿</a></li>
        <li><a href="/fanwen/jianghuagao/1497633.html" target="_blank">开学典礼校长讲话稿</a></li>
        <li><a href="/fanwen/jianghuagao/1496078.html" target="_blank">年终总结大会领导讲话</a></li>
        <li><a href="/fanwen/jianghuagao/1495541.html" target="_blank">防汛工作会议讲话稿</a></li>
      </ul>
    </div>
    <div class="rad"><script type="text/javascript">cnrencai_ad("right_300x250");</script></div>
    <div class="rbox">
      <div class="rtit"><span>最新更新</span></div>
      <ul class="rlist">
        <li><a href="/fanwen/zhuchici/1499812.html" target="_blank">教师节表彰大会主持词</a></li>
        <li><a href="/fanwen/fayangao/1499790.html" target="_blank">家长会家长代表发言稿</a></li>
        <li><a href="/fanwen/zhici/1499705.html" target="_blank">国庆节致辞</a></li>
      </ul>
    </div>
  </div>
"""

DOCS = [
    {
        "speech": SPEECHES["f48a-1"],
        "id": 1437265,
        "parts": 3,
        "time": "2023-10-18 09:26",
        "intro": "森林防火是一项长期而艰巨的任务。下面是中国人才网小编为大家整理的在全县秋冬季森林防火工作会议上的讲话，希望对大家有所帮助。",
        "xgyd": [("1437102", "森林防火工作会议主持词"), ("1436988", "乡镇森林防火工作表态发言"), ("1436540", "森林防火倡议书范文")],
        "ysyd": [("1437318", "林业局长在森林防火誓师大会上的讲话", "各位同志：今天我们召开森林防火誓师大会，目的是进一步动员全系统干部职工……"),
                 ("1436902", "副县长在防火戒严期动员会上的讲话", "同志们：根据省、市森林防火指挥部统一部署，从明天起全县进入森林防火戒严期……")],
    },
    {
        "speech": SPEECHES["f48a-2"],
        "id": 1496354,
        "parts": 1,
        "time": "2024-08-20 15:42",
        "intro": "岗前培训是新教师成长的第一课。以下是中国人才网小编精心整理的在新入职教师岗前培训开班仪式上的讲话，欢迎阅读参考。",
        "xgyd": [("1496120", "新教师入职培训心得体会"), ("1495873", "新教师代表发言稿"), ("1495302", "教师培训开班仪式主持词")],
        "ysyd": [("1496480", "校长在新教师座谈会上的讲话", "各位新老师：欢迎大家加入我们学校这个大家庭。今天召开座谈会，主要是和大家见个面……"),
                 ("1495977", "教育局长在青年教师培训班上的讲话", "同志们：青年教师是学校发展的未来和希望。这次培训班为期三天……")],
    },
]


def url_of(d, n):
    return f"/fanwen/jianghuagao/{d['id']}.html" if n == 1 else f"/fanwen/jianghuagao/{d['id']}_{n}.html"


def pager(d, n):
    if d["parts"] == 1:
        return ""
    items = [f'<a href="{url_of(d, n - 1)}">上一页</a>' if n > 1 else '<a href="javascript:;" class="disabled">上一页</a>']
    for k in range(1, d["parts"] + 1):
        items.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url_of(d, k)}">{k}</a>')
    items.append(f'<a href="{url_of(d, n + 1)}">下一页</a>' if n < d["parts"] else '<a href="javascript:;" class="disabled">下一页</a>')
    return '      <div class="pagebreak">' + "".join(items) + "</div>\n"


def paras_html(paras):
    return "".join(f"<p>{p}</p>\n" for p in paras)


def article(d, other, n, runs):
    s = d["speech"]
    run = runs[n - 1]
    cut = max(1, len(run) // 2)
    if n == 1:
        xg = "".join(f'<li><a href="/fanwen/jianghuagao/{i}.html" target="_blank">{t}</a></li>' for i, t in d["xgyd"])
        middle = f'<div class="xgyd"><div class="xgyd-tit">相关阅读</div><ul>{xg}</ul></div>\n'
    else:
        middle = '<div class="article-ad"><script type="text/javascript">cnrencai_ad("article_640x60");</script></div>\n'
    body = paras_html(run[:cut]) + middle + paras_html(run[cut:])
    intro = ""
    if n == 1:
        intro = f'      <div class="daodu"><strong>导读：</strong>{d["intro"]}</div>\n'
    tail = ""
    if n == d["parts"]:
        ys = "".join(
            f'<dl><dt><a href="/fanwen/jianghuagao/{i}.html" target="_blank">{t}</a></dt><dd>{teaser}</dd></dl>' for i, t, teaser in d["ysyd"]
        )
        tail = f'      <div class="ysyd"><div class="ysyd-tit">延伸阅读</div>{ys}</div>\n'
        tail += f'      <div class="xgwz"><h3>【{s.title}】相关文章：</h3><ul>' + "".join(
            f'<li><a href="/fanwen/jianghuagao/{i}.html" target="_blank">{t}</a></li>' for i, t in d["xgyd"]
        ) + "</ul></div>\n"
    suffix = "" if n == 1 else f"({n})"
    page = HEAD + """<div class="main w1000 clearfix">
  <div class="left">
    <div class="position">您现在的位置：<a href="/">中国人才网</a> &gt; <a href="/fanwen/">范文大全</a> &gt; <a href="/fanwen/jianghuagao/">讲话稿</a> &gt; 正文</div>
    <div class="article">
      <h1>@@H1@@</h1>
      <div class="info"><span>时间：@@TIME@@</span><span>来源：中国人才网</span><span>编辑：小芹</span><span>阅读：<script src="/plus/count.php?aid=@@ID@@"></script></span></div>
      <div class="ad-top"><script type="text/javascript">cnrencai_ad("article_top_640x90");</script></div>
@@INTRO@@      <div class="article-con" id="article-con">
@@BODY@@      </div>
@@PAGER@@@@TAIL@@      <div class="prenext">
        <p>上一篇：<a href="/fanwen/jianghuagao/@@OTHER_ID@@.html">@@OTHER_TITLE@@</a></p>
        <p>下一篇：<a href="/fanwen/jianghuagao/1499016.html">在安全生产月启动仪式上的讲话</a></p>
      </div>
    </div>
  </div>
@@SIDE@@</div>
""" + FOOT
    return render(page, TITLE=f"{s.title}{suffix}_中国人才网", KEYWORDS=f"{s.title},讲话稿", DESC=d["intro"],
                  MURL=f"http://m.cnrencai-like.test{url_of(d, n)}", H1=s.title + suffix, TIME=d["time"], ID=d["id"],
                  INTRO=intro, BODY=body, PAGER=pager(d, n), TAIL=tail, OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title, SIDE=SIDE)


def listing(rows, page, total):
    items = "\n".join(
        f'      <li><a href="/fanwen/jianghuagao/{i}.html" target="_blank" class="tit">{t}</a><p>{desc}</p><span class="date">{date}</span></li>'
        for i, t, desc, date in rows
    )
    pg = []
    pg.append('<a href="/fanwen/jianghuagao/">首页</a>')
    pg.append('<a href="/fanwen/jianghuagao/">上一页</a>' if page == 2 else "")
    for k in range(1, total + 1):
        href = "/fanwen/jianghuagao/" if k == 1 else f"/fanwen/jianghuagao/list_{k}.html"
        pg.append(f"<b>{k}</b>" if k == page else f'<a href="{href}">{k}</a>')
    pg.append('<a href="/fanwen/jianghuagao/list_2.html">下一页</a>' if page == 1 else "")
    pg.append(f'<a href="/fanwen/jianghuagao/list_{total}.html">尾页</a>')
    page_html = HEAD + """<div class="main w1000 clearfix">
  <div class="left">
    <div class="position">您现在的位置：<a href="/">中国人才网</a> &gt; <a href="/fanwen/">范文大全</a> &gt; 讲话稿</div>
    <div class="listbox">
      <h2 class="ltit">讲话稿</h2>
      <ul class="list">
@@ITEMS@@
      </ul>
      <div class="pages">@@PG@@</div>
    </div>
  </div>
@@SIDE@@</div>
""" + FOOT
    sfx = "" if page == 1 else f"_第{page}页"
    return render(page_html, TITLE=f"讲话稿{sfx}_中国人才网", KEYWORDS="讲话稿,领导讲话稿,讲话稿范文", DESC="中国人才网讲话稿栏目",
                  MURL="http://m.cnrencai-like.test/fanwen/jianghuagao/", ITEMS=items, PG="".join(pg), SIDE=SIDE)


def build() -> Family:
    fam = Family(HOST, "中国人才网 (cnrencai.com)-like 范文 channel: article text in several boxes (导读, 相关阅读 / ad inside, 延伸阅读 after), one speech over N.html / N_2.html / N_3.html")
    a, b = DOCS
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"]) if d["parts"] > 1 else [list(d["speech"].paras)]
        pages = []
        for n in range(1, d["parts"] + 1):
            fam.put(url_of(d, n), article(d, DOCS[1 - i], n, runs))
            pages.append(url_of(d, n))
            if n > 1:
                fam.not_documents.append(url_of(d, n))
        fam.doc(pages, d["speech"])
    teaser = lambda d: d["speech"].paras[1][:46] + "……"
    rows1 = [
        (b["id"], b["speech"].title, teaser(b), b["time"][:10]),
        ("1496078", "年终总结大会领导讲话", "同志们：今天我们在这里召开年终总结大会，回顾总结一年来的工作……", "2024-08-12"),
        ("1495541", "防汛工作会议讲话稿", "同志们：当前已进入主汛期，防汛形势严峻复杂……", "2024-07-03"),
    ]
    rows2 = [
        ("1437318", "林业局长在森林防火誓师大会上的讲话", "各位同志：今天我们召开森林防火誓师大会……", "2023-10-19"),
        (a["id"], a["speech"].title, teaser(a), a["time"][:10]),
        ("1436540", "森林防火倡议书范文", "广大市民朋友们：秋冬季节天干物燥，森林火险等级不断升高……", "2023-10-16"),
    ]
    fam.put("/fanwen/jianghuagao/index.html", listing(rows1, 1, 2))
    fam.put("/fanwen/jianghuagao/list_2.html", listing(rows2, 2, 2))
    home = HEAD + """<div class="main w1000 clearfix">
  <div class="left">
    <div class="ibox"><div class="ibox-tit"><h2><a href="/fanwen/jianghuagao/">讲话稿</a></h2><a class="more" href="/fanwen/jianghuagao/">更多&gt;&gt;</a></div>
      <ul>
        <li><a href="/fanwen/jianghuagao/@@B@@.html" target="_blank">@@BT@@</a></li>
        <li><a href="/fanwen/jianghuagao/1496078.html" target="_blank">年终总结大会领导讲话</a></li>
        <li><a href="/fanwen/jianghuagao/1495541.html" target="_blank">防汛工作会议讲话稿</a></li>
      </ul>
    </div>
    <div class="ibox"><div class="ibox-tit"><h2><a href="/zhichang/">职场资讯</a></h2></div>
      <ul>
        <li><a href="/zhichang/1499520.html" target="_blank">2024年下半年教师资格证考试报名时间</a></li>
        <li><a href="/zhichang/1499311.html" target="_blank">应届毕业生求职简历怎么写</a></li>
      </ul>
    </div>
  </div>
@@SIDE@@</div>
""" + FOOT
    fam.put("/", render(home, TITLE="中国人才网_范文大全_职场资讯", KEYWORDS="范文,讲话稿,工作总结", DESC="中国人才网为您提供各类范文",
                        MURL="http://m.cnrencai-like.test/", B=b["id"], BT=b["speech"].title, SIDE=SIDE))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /static/\n")
    fam.not_documents += ["/fanwen/jianghuagao/", "/fanwen/jianghuagao/list_2.html"]
    fam.noise += ["导读：", "相关阅读", "延伸阅读", "相关文章：", "cnrencai_ad", "上一篇：", "热门推荐", "粤ICP备10231848号-3", "中国人才网小编"]
    fam.note = "the 森林防火 speech runs over three pages (N.html, N_2.html, N_3.html; the continuations are non-documents); the 导读 intro box, the 相关阅读 box / ad slot inside the text and the 延伸阅读 box after it are not text"
    return fam
