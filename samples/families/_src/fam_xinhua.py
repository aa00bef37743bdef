"""新华网 (xinhuanet.com / news.cn) article template: `c_N.htm` articles with the `header` block
(`.header-time` year/day/time, `.source` 来源, `.head-line h1 span.title`, 字体/分享 bar), the text in
`#detail > #detailContent` as `#p-detail` paragraphs; a speech printed with its own centred title,
date and speaker lines, a photo in `<p align="center">` with the caption in the next centred
paragraph; a 2-page speech through the `div_currpage` pager (`c_N_2.htm`); `#articleEdit` with
【纠错】 and 【责任编辑:…】 right after the text; the other article a 新华社 dispatch whose first
paragraph is the `新华社…电` preamble. Home lists the headline, a channel page lists both; sitemap."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.xinhua-wang.test"

ARTICLES = [
    {
        "speech": SPEECHES["XH1"],
        "path": "/local/2024-04/18/c_1130115213.htm",
        "time": "16:32:15",
        "source": "湖湘日报",
        "editor": "王思北",
        "pages": 2,
        "speaker": "副省长　周建华",
        "photo": "4月17日，全省农村人居环境整治提升推进会在长沙召开。新华社记者 陈泽国 摄",
    },
    {
        "speech": SPEECHES["XH2"],
        "path": "/politics/2024-06/27/c_1130169854.htm",
        "time": "18:05:42",
        "source": "新华网",
        "editor": "刘笑冬",
        "pages": 1,
        "preamble": "新华社天津6月27日电　2024年全国职业院校技能大赛27日在天津闭幕。大赛执委会负责同志在闭幕式上致辞。致辞全文如下：",
    },
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="pagetype" content="@@PAGETYPE@@" />
<meta name="apple-itunes-app" content="app-id=1105463405" />
<title>@@TITLE@@</title>
<link rel="stylesheet" href="//www.xinhua-wang.test/detail2020/css/style.css" />
<script src="//lib.xinhua-wang.test/jquery/jquery1.12.4/jquery.min.js"></script>
<script src="//lib.xinhua-wang.test/common/share.js"></script>
</head>
<body>
<div class="fix-ewm domPC"><img src="/detail2020/images/ewm.png" alt="" /><p>扫一扫，用手机看新闻！</p></div>
<div class="topBar domPC">
  <div class="wrapper">
    <div class="logo left"><a href="/" target="_blank"><img src="/detail2020/images/logo.png" alt="新华网" /></a></div>
    <div class="nav left">
      <a href="/" target="_blank">首页</a>|<a href="/politics/" target="_blank">时政</a>|<a href="/local/" target="_blank">地方</a>|<a href="/world/" target="_blank">国际</a>|<a href="/fortune/" target="_blank">财经</a>|<a href="/comments/" target="_blank">网评</a>|<a href="/photo/" target="_blank">图片</a>|<a href="/video/" target="_blank">视频</a>
    </div>
  </div>
</div>
"""

FOOT = """<div class="foot">
  <div class="wrapper">
    <p><a href="/xhs/static/e11272/11272.htm" target="_blank">关于我们</a> | <a href="/xhs/static/e11268/11268.htm" target="_blank">版权声明</a> | <a href="/xhs/static/e11269/11269.htm" target="_blank">联系我们</a></p>
    <p>Copyright &copy; 2000-2024 XINHUANET.com　All Rights Reserved.</p>
    <p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证010042号</a></p>
  </div>
</div>
<script src="//www.xinhua-wang.test/webdig.js?z=1"></script>
<script type="text/javascript">wd_paramtracker("_wdxid=000000000000000000000000000000000000000000")</script>
</body>
</html>
"""


def pages_of(a):
    base = a["path"]
    return [base if k == 0 else base.replace(".htm", f"_{k + 1}.htm") for k in range(a["pages"])]


def pager(a, k):
    names = [p.rsplit("/", 1)[1] for p in pages_of(a)]
    out = []
    if k > 0:
        out.append(f'<a href="{names[k - 1]}" class="nextpage">上一页</a>')
    for i, name in enumerate(names):
        out.append(
            f'<span class="page-Article">{i + 1}</span>'
            if i == k
            else f'<a href="{name}" class="page-Article">{i + 1}</a>'
        )
    if k < len(names) - 1:
        out.append(f'<a href="{names[k + 1]}" class="nextpage">下一页</a>')
    return (
        '\n<div class="page-nav">\n<div id="div_currpage">\n'
        + "&nbsp;&nbsp;".join(out)
        + "\n</div>\n</div>"
    )


def content(a, run, k):
    speech = a["speech"]
    lines = []
    if k == 0 and "speaker" in a:
        y, m, d = speech.date.split("-")
        lines += [
            f'<p style="text-align: center;"><strong>{speech.title}</strong></p>',
            f'<p style="text-align: center;">（{y}年{int(m)}月{int(d) - 1}日）</p>',
            f'<p style="text-align: center;">{a["speaker"]}</p>',
        ]
    if k == 0 and "preamble" in a:
        lines.append(f"<p>　　{a['preamble']}</p>")
    for i, para in enumerate(run):
        lines.append(f"<p>　　{para}</p>")
        if k == 0 and i == 1 and "photo" in a:
            lines += [
                '<p align="center"><img id="{A8C1D2E3-4F5A-4B6C-9D7E-0F1A2B3C4D5E}" '
                'src="1130115213_17134321549601n.jpg" border="0" /></p>',
                f'<p align="center"><font color="navy" face="楷体">　　{a["photo"]}</font></p>',
            ]
    return "\n".join(lines)


def article(a, runs, k):
    speech = a["speech"]
    y, m, d = speech.date.split("-")
    page = (
        HEAD
        + """<div class="header domPC">
  <div class="header-top clearfix">
    <div class="header-time left">
      <span class="year"><em> @@Y@@</em></span>
      <span class="day"><em> @@M@@</em>/<em>@@D@@</em></span>
      <span class="time"> @@T@@</span>
    </div>
    <div class="source">来源：@@SOURCE@@</div>
  </div>
  <div class="head-line clearfix">
    <h1><span class="title">@@H1@@</span><span class="btn-audio"></span></h1>
  </div>
  <div class="header-bom clearfix">
    <div class="fontSize left">字体：<a href="javascript:;" class="small">小</a><a href="javascript:;" class="middle">中</a><a href="javascript:;" class="big">大</a></div>
    <div class="share right">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
  </div>
</div>
<div class="main clearfix">
  <div class="main-left left">
    <div id="detail">
      <span id="detailContent">
<div id="p-detail">
@@CONTENT@@
</div>
      </span>@@PAGER@@
      <div id="articleEdit">
        <span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a>
          <div class="tiyi01" id="advisebox01" style="display:none"><div><iframe id="jc_error" src="" width="600" height="380" frameborder="0"></iframe></div></div>
        </span>
        <span class="editor">【责任编辑:@@EDITOR@@】</span>
      </div>
    </div>
    <div class="relatedNews">
      <h3>相关新闻</h3>
      <ul>@@RELATED@@</ul>
    </div>
  </div>
  <div class="main-right right">
    <div class="columBox"><div class="col-tit">新华推荐</div><ul><li><a href="/politics/2024-06/26/c_1130168811.htm">国务院常务会议部署推进城市更新行动</a></li></ul></div>
    <div class="columBox adv"><script src="//a2.xinhua-wang.test/s.js?id=x1130"></script></div>
  </div>
</div>
"""
        + FOOT
    )
    related = "".join(
        f'<li><a href="{o["path"]}" target="_blank">{o["speech"].title}</a></li>' for o in ARTICLES if o is not a
    )
    return render(
        page,
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:70],
        PAGETYPE=1,
        TITLE=f"{speech.title}-新华网",
        Y=y,
        M=m,
        D=d,
        T=a["time"],
        SOURCE=a["source"],
        H1=speech.title,
        CONTENT=content(a, runs[k], k),
        PAGER=pager(a, k) if len(runs) > 1 else "",
        EDITOR=a["editor"],
        RELATED=related,
    )


def listing(title, rows):
    page = (
        HEAD
        + """<div class="main clearfix">
  <div class="main-left left">
    <div class="dataList">
      <h2>@@H@@</h2>
      <ul class="dataList01">
@@ROWS@@
      </ul>
      <div class="more"><a href="javascript:;" id="moreBtn">加载更多</a></div>
    </div>
  </div>
</div>
"""
        + FOOT
    )
    return render(page, KEYWORDS="新华网", DESC="新华网", PAGETYPE=0, TITLE=title, H=title.split("_")[0], ROWS=rows)


def row(a):
    s = a["speech"]
    return (
        f'<li class="clearfix"><h3><a href="{a["path"]}" target="_blank">{s.title}</a></h3>'
        f'<p class="summary">{s.paras[1][:48]}……</p><span class="time">{s.date} {a["time"]}</span></li>'
    )


def build() -> Family:
    fam = Family(HOST, "新华网 (xinhuanet.com) article template: #detail/#detailContent, #p-detail, div_currpage pager")
    for a in ARTICLES:
        runs = split_paras(a["speech"].paras, a["pages"]) if a["pages"] > 1 else [a["speech"].paras]
        pages = pages_of(a)
        for k, path in enumerate(pages):
            fam.put(path, article(a, runs, k))
        fam.doc(pages, a["speech"])
        fam.not_documents += pages[1:]
    home = (
        HEAD
        + """<div class="main clearfix">
  <div class="headline"><h1><a href="@@HEAD_PATH@@" target="_blank">@@HEAD_TITLE@@</a></h1></div>
  <div class="part"><h2><a href="/local/">地方</a></h2><ul>@@LOCAL@@</ul></div>
  <div class="part"><h2><a href="/politics/">时政</a></h2><ul id="politicsList"></ul>
  <script>loadList("politicsList", "/ds_2ab3c4d5e6f7.json");</script></div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            KEYWORDS="新华网,新闻",
            DESC="新华网是国家通讯社新华社主办的综合新闻信息服务门户网站",
            PAGETYPE=0,
            TITLE="新华网_让新闻离你更近",
            HEAD_PATH=ARTICLES[0]["path"],
            HEAD_TITLE=ARTICLES[0]["speech"].title,
            LOCAL=f'<li><a href="{ARTICLES[0]["path"]}">{ARTICLES[0]["speech"].title}</a></li>',
        ),
    )
    fam.put("/local/", listing("地方_新华网", row(ARTICLES[0])))
    fam.put("/politics/", listing("时政_新华网", row(ARTICLES[1])))
    fam.not_documents += ["/", "/local/", "/politics/"]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: http://www.xinhua-wang.test/sitemap.xml\n")
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(a['path'])}</loc><lastmod>{a['speech'].date}</lastmod><changefreq>never</changefreq></url>\n"
            for a in ARTICLES
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "【纠错】",
        "【责任编辑:",
        "王思北",
        "刘笑冬",
        "来源：湖湘日报",
        "字体：",
        "分享到",
        "扫一扫，用手机看新闻",
        "新华社记者 陈泽国 摄",
        "全省农村人居环境整治提升推进会在长沙召开",
        "（2024年4月17日）",
        "副省长　周建华",
        "新华社天津6月27日电",
        "致辞全文如下",
        "上一页",
        "下一页",
        "相关新闻",
        "新华推荐",
        "国务院常务会议部署推进城市更新行动",
        "加载更多",
        "新华网股份有限公司",
        "京ICP证010042号",
    ]
    return fam
