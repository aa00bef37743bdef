"""An 应届毕业生网 (yjbys.com)-like 演讲稿 channel: UTF-8 article pages `/yanjianggao/jianghua/N.html`;
the crumb, `h1`, 时间 / 栏目 / 我要投稿 line, the grey intro box (`div.jianjie`: `在平日的学习、工作和生活里…
下面是小编为大家收集的…，欢迎阅读与收藏。`) before the text in `div.content`, a bold `【推荐阅读】` line with
its link between paragraphs of the speech, a long speech split into `N.html` / `N_2.html` with the
`div.page` pager (上一页 / 1 / 2 / 下一页) and `(2)` in the page-2 title; on the last page, inside the
content, the `【标题】相关文章：` box with numbered links; the `yjbys_ad` script slots, 扫一扫手机阅读 QR,
热门 / 最新 right column, the 求职 login bar and the footer with its ICP line.
Column page `/yanjianggao/jianghua/` with `list_2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yjbys-like.test"
COL = "/yanjianggao/jianghua/"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="mobile-agent" content="format=html5; url=http://m.yjbys-like.test@@PATH@@" />
<link rel="alternate" media="only screen and(max-width: 640px)" href="http://m.yjbys-like.test@@PATH@@" />
<link href="/css/news_style.css?v=20230816" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript" src="/js/yjbys_ad.js?v=20231011"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><div class="fl">应届毕业生网 - 大学生求职就业服务平台</div><div class="fr" id="loginbar"><a href="/user/login.php" rel="nofollow">登录</a> | <a href="/user/reg.php" rel="nofollow">免费注册</a> | <a href="/qiuzhi/" target="_blank">求职</a> | <a href="/zhaopin/" target="_blank">招聘</a> | <a href="/sitemap.html">网站地图</a></div></div></div>
<div class="header wrap">
<div class="logo"><a href="/"><img src="/images/logo.gif" alt="应届毕业生网" /></a></div>
<div class="sobox"><form action="/search.php" method="get" target="_blank"><input type="text" name="q" class="sotxt" value="" /><input type="submit" class="sobtn" value="搜 索" /></form></div>
</div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/qiuzhixin/">求职信</a><a href="/jianli/">简历</a><a href="/mianshi/">面试</a><a href="/yanjianggao/" class="on">演讲稿</a><a href="/fanwen/">范文</a><a href="/zongjie/">总结</a><a href="/xindetihui/">心得体会</a><a href="/gongwen/">公文</a><a href="/kaoshi/">考试</a></div></div>
"""

FOOT = """<div class="footer">
<p><a href="/about/" rel="nofollow">关于我们</a> | <a href="/about/contact.html" rel="nofollow">联系我们</a> | <a href="/about/tougao.html" rel="nofollow">投稿须知</a> | <a href="/about/copyright.html" rel="nofollow">版权声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本网站部分内容来源于网络，如有侵权请与我们联系，我们将及时处理。</p>
<p>Copyright &copy; 2008-2024 应届毕业生网 www.yjbys-like.test 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备09150341号-2</a></p>
</div>
<script type="text/javascript" src="/js/common.js?v=20230816"></script>
<script type="text/javascript">yjbys_ad("float_right");</script>
<div style="display:none"><script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?9f8e7d6c5b4a39281706f5e4d3c2b1a0";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script></div>
</body>
</html>
"""

# speech, id, 时间, parts, 推荐阅读 (id, title) after paragraph index
ARTICLES = [
    (SPEECHES["F34A5"], 1962841, "2023-10-23 09:15:42", 2, (1962907, "重阳节敬老活动领导致辞"), 4),
    (SPEECHES["F34A6"], 2041376, "2024-05-31 17:08:26", 1, (2041402, "六一儿童节校长讲话稿"), 5),
]
XG = {
    1962841: [(1962907, "重阳节敬老活动领导致辞"), (1962950, "重阳节老干部座谈会讲话"), (1963018, "社区重阳节慰问老人讲话稿"), (1958226, "街道养老服务工作推进会讲话")],
    2041376: [(2041402, "六一儿童节校长讲话稿"), (2041477, "六一儿童节教师代表发言稿"), (2040915, "少先队入队仪式讲话稿"), (2039230, "六一儿童节家长代表发言")],
}
HOTS = [(2050113, "在全镇防汛工作会议上的讲话"), (2033871, "五四青年节座谈会讲话稿"), (2011564, "在全县经济工作会议上的讲话"), (1989210, "年终总结大会领导讲话")]


def url_of(aid, k=0):
    return f"{COL}{aid}.html" if k == 0 else f"{COL}{aid}_{k + 1}.html"


def pager(aid, count, cur):
    out = ['<div class="page">']
    if cur > 1:
        out.append(f'<a href="{url_of(aid, cur - 2)}">上一页</a>')
    for i in range(1, count + 1):
        out.append(f'<span class="current">{i}</span>' if i == cur else f'<a href="{url_of(aid, i - 1)}">{i}</a>')
    if cur < count:
        out.append(f'<a href="{url_of(aid, cur)}">下一页</a>')
    return "".join(out) + "</div>"


def ul(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx, runs, k):
    speech, aid, stamp, count, (rid, rtitle), rat = ARTICLES[idx]
    b = f"({k + 1})" if k > 0 else ""
    out = []
    if k == 0:
        out.append('<div class="jianjie"><p>　　在平日的学习、工作和生活里，大家都经常接触到讲话稿吧，讲话稿是在特定场合发表讲话的文稿。'
                   f'一份好的讲话稿要注意紧扣主题、条理清楚。下面是小编为大家收集的{speech.title}，欢迎阅读与收藏。</p></div>')
    start = sum(len(r) for r in runs[:k])
    for i, p in enumerate(runs[k]):
        out.append(f"<p>　　{p}</p>")
        if start + i == rat:
            out.append(f'<p>　　<strong>【推荐阅读】</strong><a href="{url_of(rid)}" target="_blank">{rtitle}</a></p>')
    if k == count - 1:
        items = "".join(f'<p>{n}.<a href="{url_of(a)}" target="_blank">{t}</a></p>' for n, (a, t) in enumerate(XG[aid], 1))
        out.append(f'<div class="xgwz"><p><strong>【{speech.title}】相关文章：</strong></p>{items}</div>')
    body = """<div class="wrap clearfix">
<div class="position">当前位置：<a href="/">应届毕业生网</a>&gt;<a href="/yanjianggao/">演讲稿</a>&gt;<a href="@@COL@@">讲话稿</a>&gt;</div>
<div class="left">
<div class="article">
  <h1>@@H1@@</h1>
  <div class="info"><span>时间：@@STAMP@@</span><span><a href="@@COL@@" target="_blank">讲话稿</a></span><span><a href="/about/tougao.html" rel="nofollow" target="_blank">我要投稿</a></span></div>
  <div class="ad_top"><script type="text/javascript">yjbys_ad("article_top");</script></div>
  <div class="content">
@@PARAS@@
  </div>
  @@PAGER@@
  <div class="ad_bottom"><script type="text/javascript">yjbys_ad("article_bottom");</script></div>
  <div class="qrcode"><img src="/images/m_qrcode.png" alt="扫一扫手机阅读" /><p>扫一扫，用手机阅读本文</p></div>
</div>
<div class="tuijian"><div class="title"><h3>讲话稿推荐</h3></div><ul>
@@REL@@
</ul></div>
</div>
<div class="right">
  <div class="ad_right"><script type="text/javascript">yjbys_ad("right_top");</script></div>
  <div class="box"><div class="title"><h3>热门文章</h3></div><ul>
@@HOT@@
  </ul></div>
  <div class="box"><div class="title"><h3>最新文章</h3></div><ul>
@@NEW@@
  </ul></div>
</div>
</div>
"""
    other = ARTICLES[1 - idx]
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}{b}",
        KEYWORDS=speech.title,
        DESC=speech.paras[2][:80],
        PATH=url_of(aid, k),
        COL=COL,
        H1=speech.title + b,
        STAMP=stamp,
        PARAS="\n".join(out),
        PAGER=pager(aid, count, k + 1) if count > 1 else "",
        REL=ul(XG[aid][1:] + [(other[1], other[0].title)]),
        HOT=ul(HOTS),
        NEW=ul([(other[1], other[0].title)] + HOTS[:2]),
    )


FILLER = [
    (2050113, "在全镇防汛工作会议上的讲话", "2024-06-12"),
    (2033871, "五四青年节座谈会讲话稿", "2024-04-30"),
    (2011564, "在全县经济工作会议上的讲话", "2024-01-08"),
    (1989210, "年终总结大会领导讲话", "2023-12-26"),
    (1958226, "街道养老服务工作推进会讲话", "2023-10-12"),
]


def listing(n):
    a1, a2 = ARTICLES
    rows = [FILLER[0], (a2[1], a2[0].title, a2[2][:10]), FILLER[1], FILLER[2]] if n == 1 else [FILLER[3], (a1[1], a1[0].title, a1[2][:10]), FILLER[4]]
    items = "\n".join(f'<li><span>{d}</span><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t, d in rows)
    pg = ('<div class="page"><span class="current">1</span><a href="list_2.html">2</a><a href="list_2.html">下一页</a><a href="list_2.html">末页</a></div>'
          if n == 1 else f'<div class="page"><a href="{COL}">首页</a><a href="{COL}">上一页</a><a href="{COL}">1</a><span class="current">2</span></div>')
    body = f"""<div class="wrap clearfix">
<div class="position">当前位置：<a href="/">应届毕业生网</a>&gt;<a href="/yanjianggao/">演讲稿</a>&gt;讲话稿</div>
<div class="left"><div class="listbox"><div class="title"><h2>讲话稿</h2></div><ul class="list">
{items}
</ul>
{pg}
</div></div>
<div class="right"><div class="box"><div class="title"><h3>热门文章</h3></div><ul>
{ul(HOTS)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else COL + "list_2.html"
    return render(HEAD + body + FOOT, TITLE="讲话稿_应届毕业生网" + ("_第2页" if n > 1 else ""), KEYWORDS="讲话稿",
                  DESC="应届毕业生网讲话稿栏目", PATH=path)


def home():
    a2 = ARTICLES[1]
    body = f"""<div class="wrap clearfix">
<div class="idxbox"><div class="title"><h2><a href="/yanjianggao/">演讲稿</a></h2><a class="more" href="{COL}">讲话稿&gt;&gt;</a></div><ul>
<li><a href="{url_of(a2[1])}" target="_blank">{a2[0].title}</a></li>
<li><a href="{url_of(2050113)}" target="_blank">在全镇防汛工作会议上的讲话</a></li>
</ul></div>
<div class="idxbox"><div class="title"><h2><a href="/jianli/">简历</a></h2></div><ul><li><a href="/jianli/2051002.html" target="_blank">应届毕业生个人简历模板</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="应届毕业生网_大学生求职就业服务平台", KEYWORDS="应届毕业生,求职,演讲稿",
                  DESC="应届毕业生网", PATH="/")


def build() -> Family:
    fam = Family(HOST, "应届毕业生网 (yjbys.com)-like 演讲稿 channel: jianjie intro box, 【推荐阅读】 inside the text, N_2.html pager, 【…】相关文章 box")
    for idx, (speech, aid, _s, count, *_r) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(COL, listing(1))
    fam.put(COL + "list_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search.php\n")
    fam.not_documents += ["/", COL, COL + "list_2.html"]
    fam.noise += ["下面是小编为大家收集的", "【推荐阅读】", "相关文章：", "讲话稿推荐", "扫一扫，用手机阅读本文", "热门文章", "最新文章",
                  "我要投稿", "粤ICP备09150341号-2", "当前位置"]
    return fam
