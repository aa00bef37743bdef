"""清华大学新闻网 (news.tsinghua.edu.cn)-like pages in the site's own pre-2020 publishing system (the
`/publish/thunews/<column>/…` static output, the 2014–2019 HTML5 design): articles at
`/publish/thunews/9648/2019/20190629153620318546027/20190629153620318546027_.html` (a 23-digit id, the folder
named the same, the page name ending in `_`), columns `/publish/thunews/9648/index.html` → `index_2.html`
with `section.colunm1 > ul > li > figure` items (`a.picwraper` thumbnail, `figcaption` title link, summary
and date); article inside `article.article`: `h1`, a `p.articletime` (`2019年06月29日 15:36:20　清华新闻网`)
line, the 清华新闻网6月29日电 lead-in, the speech's own `<p style="text-align: center;">` title and
speaker lines, `text-indent: 2em` paragraphs, `供稿：… 编辑：…` right-aligned last paragraph; jiathis 分享到
bar, 相关新闻, 上一篇 / 下一篇; header (清华大学 logo / 清华新闻网, English / 站内搜索, nav 首页 / 要闻聚焦 /
综合新闻 / 清华人物 / 图说清华 / 媒体清华 / 清华视频 / 专题); footer 清华大学新闻中心 版权所有, news@ mail,
Copyright line, ICP. UTF-8."""

from common import SPEECHES, Family, render

HOST = "news.qinghua-like.test"
COL = "/publish/thunews/9648/"

# speech, id (23 digits), time, headline, 电 line, speaker line, 供稿 / 编辑, summary
ARTICLES = [
    (SPEECHES["f45c-1"], "20190629153620318546027", "15:36:20", "校长王启明在2019年研究生毕业典礼上的讲话：求真、担当与韧性",
     "清华新闻网6月29日电　6月29日上午，清华大学2019年研究生毕业典礼在综合体育馆举行。校长王启明在典礼上发表讲话。以下为讲话全文。",
     "校长　王启明", "供稿：校长办公室　编辑：赵晓雯",
     "6月29日上午，清华大学2019年研究生毕业典礼在综合体育馆举行，校长王启明发表讲话，勉励毕业生保持求真的勇气。"),
    (SPEECHES["f45c-2"], "20190910171204526603118", "17:12:04", "党委书记陈立新在2019年教师节庆祝大会暨表彰会上的讲话",
     "清华新闻网9月10日电　9月10日下午，清华大学2019年教师节庆祝大会暨表彰会在新清华学堂举行。党委书记陈立新在会上讲话。现将讲话全文刊发如下。",
     "党委书记　陈立新", "供稿：党委办公室　编辑：周一帆",
     "9月10日下午，学校在新清华学堂举行2019年教师节庆祝大会暨表彰会，党委书记陈立新向全体教师致以节日问候。"),
]

FILLER = [
    ("清华大学举行2019级新生开学典礼", "2019-08-17", "20190817113015287140236"),
    ("第十六届清华大学学生科技创新论坛举行", "2019-07-12", "20190712092145021357489"),
    ("清华大学2019年本科生毕业典礼举行", "2019-06-30", "20190630120730417592830"),
    ("清华大学与青海省签署新一轮合作协议", "2019-06-18", "20190618164452309876213"),
    ("清华大学第十九届“挑战杯”学生课外学术科技作品竞赛终审决赛举行", "2019-05-26", "20190526181120035478612"),
    ("清华大学召开2019年党风廉政建设工作会议", "2019-04-16", "20190416150338612094571"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="清华新闻网,清华大学,清华,Tsinghua University">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/publish/thunews/css/style.css">
<link rel="stylesheet" href="/publish/thunews/css/slick.css">
<script src="/publish/thunews/js/jquery-1.11.3.min.js" type="text/javascript"></script>
<script src="/publish/thunews/js/slick.min.js" type="text/javascript"></script>
<script src="/publish/thunews/js/regexcut.js" type="text/javascript"></script>
<script src="/publish/thunews/js/comm.js" type="text/javascript"></script>
<script src="/publish/thunews/js/regex-cn.js" type="text/javascript"></script>
<!--[if lt IE 9]><script src="/publish/thunews/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<div class="wrapper">
<header class="header">
  <div class="headertop">
    <div class="logo"><a href="http://www.tsinghua.edu.cn/" target="_blank"><img src="/publish/thunews/images/logo_thu.png" alt="清华大学"></a><a href="/publish/thunews/index.html"><img src="/publish/thunews/images/logo_news.png" alt="清华新闻网"></a></div>
    <div class="headerright">
      <div class="toplink"><a href="/publish/thunewsen/index.html" target="_blank">English</a><span>|</span><a href="http://www.tsinghua.edu.cn/" target="_blank">清华大学</a></div>
      <form class="search" action="/s" method="get" target="_blank"><input type="text" name="q" class="searchtxt" placeholder="站内搜索"><input type="submit" class="searchbtn" value=""></form>
    </div>
  </div>
  <nav class="nav">
    <ul>
      <li><a href="/publish/thunews/index.html">首页</a></li>
      <li@@ON@@><a href="/publish/thunews/9648/index.html">要闻聚焦</a></li>
      <li><a href="/publish/thunews/10303/index.html">综合新闻</a></li>
      <li><a href="/publish/thunews/9665/index.html">清华人物</a></li>
      <li><a href="/publish/thunews/9650/index.html">图说清华</a></li>
      <li><a href="/publish/thunews/9652/index.html">媒体清华</a></li>
      <li><a href="/publish/thunews/10304/index.html">清华视频</a></li>
      <li><a href="/publish/thunews/9659/index.html">专题</a></li>
    </ul>
  </nav>
</header>
"""

FOOT = """<footer class="footer">
  <div class="footerlink"><a href="http://www.tsinghua.edu.cn/" target="_blank">清华大学</a>|<a href="/publish/thunews/9700/index.html">联系我们</a>|<a href="/publish/thunews/9701/index.html">新闻投稿</a>|<a href="/publish/thunewsen/index.html">English</a></div>
  <p>清华大学新闻中心版权所有，清华大学新闻网编辑部维护，电子信箱: news@tsinghua.edu.cn</p>
  <p>Copyright 2001-2019 news.tsinghua.edu.cn. All rights reserved.</p>
  <p><a href="http://www.beian.miit.gov.cn/" target="_blank">京ICP备15006448号</a>&nbsp;&nbsp;京公网安备 110402430053 号</p>
</footer>
</div>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-4331658-1']);
_gaq.push(['_trackPageview']);
(function() {
var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();
</script>
</body>
</html>
"""


def apath(aid: str) -> str:
    return f"{COL}{aid[:4]}/{aid}/{aid}_.html"


def cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日"


def article(i: int) -> str:
    speech, aid, tm, headline, lead, speaker, credit, summary = ARTICLES[i]
    body = [f'<p style="text-indent: 2em; text-align: justify;">{lead}</p>',
            f'<p style="text-align: center;"><strong>{speech.title}</strong></p>',
            f'<p style="text-align: center;">{speaker}</p>',
            f'<p style="text-align: center;">（{cn_date(speech.date).replace("年0", "年").replace("月0", "月")}）</p>']
    body += [f'<p style="text-indent: 2em; text-align: justify;">{p}</p>' for p in speech.paras]
    body.append(f'<p style="text-align: right;">{credit}</p>')
    o = ARTICLES[1 - i]
    nav_prev = f'<a href="{apath(o[1])}">{o[3]}</a>' if i == 1 else f'<a href="{apath(FILLER[2][2])}">{FILLER[2][0]}</a>'
    nav_next = f'<a href="{apath(o[1])}">{o[3]}</a>' if i == 0 else '没有了'
    related = "\n".join(
        f'<li><a href="{apath(a)}" target="_blank">{t}</a><span>{d}</span></li>'
        for t, d, a in [(o[3], o[0].date, o[1]), FILLER[0], FILLER[2]]
    )
    return render(HEAD, TITLE=f"{headline}-清华大学新闻网", DESC=summary, ON=' class="on"') + render(
        """<div class="main clearfix">
  <div class="location">您当前的位置：<a href="/publish/thunews/index.html">首页</a> &gt; <a href="/publish/thunews/9648/index.html">要闻聚焦</a> &gt; 正文</div>
  <section class="left">
    <article class="article">
      <h1>@@HEADLINE@@</h1>
      <p class="articletime">@@DATE@@ @@TIME@@　清华新闻网</p>
@@BODY@@
    </article>
    <div class="share clearfix">
      <!-- JiaThis Button BEGIN -->
      <div class="jiathis_style"><span class="jiathis_txt">分享到：</span><a class="jiathis_button_weixin"></a><a class="jiathis_button_tsina"></a><a class="jiathis_button_renren"></a><a class="jiathis_button_qzone"></a><a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jtico jtico_jiathis" target="_blank"></a></div>
      <script type="text/javascript" src="http://v3.jiathis.com/code/jia.js?uid=1380511" charset="utf-8"></script>
      <!-- JiaThis Button END -->
    </div>
    <div class="prevnext">
      <p>上一篇：@@PREV@@</p>
      <p>下一篇：@@NEXT@@</p>
    </div>
    <div class="relatednews">
      <h3>相关新闻</h3>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </section>
  <aside class="right">
    <div class="rank">
      <h3>新闻排行</h3>
      <ol><li><a href="@@R1@@">@@T1@@</a></li><li><a href="@@R2@@">@@T2@@</a></li><li><a href="@@R3@@">@@T3@@</a></li></ol>
    </div>
    <div class="wechat"><img src="/publish/thunews/images/qrcode_wx.jpg" alt="清华大学微信"><p>扫一扫，关注清华大学官方微信</p></div>
  </aside>
</div>
""",
        HEADLINE=headline, DATE=cn_date(speech.date), TIME=tm, BODY="\n".join(body), PREV=nav_prev, NEXT=nav_next,
        RELATED=related, R1=apath(FILLER[0][2]), T1=FILLER[0][0], R2=apath(FILLER[1][2]), T2=FILLER[1][0],
        R3=apath(FILLER[2][2]), T3=FILLER[2][0],
    ) + FOOT


def items():
    rows = [(a[3], a[0].date, a[1], a[7]) for a in ARTICLES]
    rows += [(t, d, aid, "") for t, d, aid in FILLER]
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows


def list_page(n: int, count: int) -> str:
    rows = items()
    per = (len(rows) + 1) // 2
    chunk = rows[n * per:(n + 1) * per]
    lis = "\n".join(
        f'''      <li>
        <figure>
          <a class="picwraper" href="{apath(aid)}" target="_blank"><img src="/publish/thunews/9648/{aid[:4]}/{aid}/{aid[:13]}.jpg" alt=""></a>
          <figcaption>
            <a href="{apath(aid)}" target="_blank">{t}</a>
            <p>{s}</p>
            <div class="time">{d}</div>
          </figcaption>
        </figure>
      </li>'''
        for t, d, aid, s in chunk
    )
    pager = []
    for k in range(count):
        name = "index.html" if k == 0 else f"index_{k + 1}.html"
        pager.append(f'<span class="current">{k + 1}</span>' if k == n else f'<a href="{name}">{k + 1}</a>')
    prev = "" if n == 0 else f'<a href="{"index.html" if n == 1 else f"index_{n}.html"}">上一页</a>'
    nxt = "" if n == count - 1 else f'<a href="index_{n + 2}.html">下一页</a>'
    return render(HEAD, TITLE="要闻聚焦-清华大学新闻网", DESC="要闻聚焦", ON=' class="on"') + render(
        """<div class="main clearfix">
  <div class="location">您当前的位置：<a href="/publish/thunews/index.html">首页</a> &gt; 要闻聚焦</div>
  <section class="colunm1">
    <h2 class="colunmtitle">要闻聚焦</h2>
    <ul>
@@LIS@@
    </ul>
    <div class="pagination">@@PREV@@@@PAGER@@@@NEXT@@</div>
  </section>
</div>
""",
        LIS=lis, PREV=prev, PAGER="".join(pager), NEXT=nxt,
    ) + FOOT


def home() -> str:
    rows = items()[:6]
    lis = "\n".join(f'<li><a href="{apath(aid)}" target="_blank">{t}</a><span>{d[5:]}</span></li>' for t, d, aid, s in rows)
    return render(HEAD, TITLE="清华大学新闻网", DESC="清华大学新闻网", ON="") + render(
        """<div class="main clearfix">
  <section class="banner"><div class="slick"><div><a href="@@TOP@@"><img src="/publish/thunews/images/banner1.jpg" alt=""></a></div></div></section>
  <section class="indexnews">
    <h2><a href="/publish/thunews/9648/index.html">要闻聚焦</a><a class="more" href="/publish/thunews/9648/index.html">更多</a></h2>
    <ul>
@@LIS@@
    </ul>
  </section>
</div>
""",
        TOP=apath(rows[0][2]), LIS=lis,
    ) + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "news.tsinghua.edu.cn-like pre-2020 publish/thunews static pages: 23-digit id folders ending `_.html`, article.article h1 + p.articletime, 清华新闻网…电 lead, centred speech title / speaker / date, 供稿 / 编辑 line, JiaThis 分享到, 上一篇 / 下一篇, 相关新闻, 新闻排行; column index.html / index_2.html with section.colunm1 figure items",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(apath(a[1]), article(i))
        fam.doc([apath(a[1])], a[0], title=a[3])
    for path in ("/", "/publish/thunews/index.html"):
        fam.put(path, home())
    fam.put(f"{COL}index.html", list_page(0, 2))
    fam.put(f"{COL}index_2.html", list_page(1, 2))
    fam.not_documents += ["/", "/publish/thunews/index.html", f"{COL}index.html", f"{COL}index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /s\n")
    fam.noise += ["您当前的位置：", "清华新闻网6月29日电", "供稿：", "编辑：", "分享到：", "上一篇：", "下一篇：", "相关新闻", "新闻排行", "京ICP备15006448号"]
    return fam
