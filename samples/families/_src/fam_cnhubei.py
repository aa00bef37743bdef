"""荆楚网 (news.cnhubei.com, 湖北日报网)-like article pages: `/content/2024-04/09/content_17612345.html`, UTF-8;
荆楚网 top bar (湖北日报 / 楚天都市报 / 湖北日报客户端 / 电子报, 登录 注册), logo + search, channel nav, `position`
您现在的位置 crumb, `h1.title`, the `info` line (time, 来源：荆楚网（湖北日报网）/ 湖北日报, 作者, 编辑), text in
`div.content_text#article-content`: the 防汛 speech opening with a `荆楚网（湖北日报网）讯（记者…）…现将讲话全文刊发如下。`
lead and cut over `content_N.html` / `content_N_2.html` by the Founder-style `#displaypagenum` pager (`<center>`,
current page a bare `<span>`, 上一页 / 下一页, plain links), the other a 致辞 with a photo and `（记者 … 摄）`
caption; `【责任编辑：…】` under the text on each page, 分享到 bar, 湖北日报客户端 download prompt, 相关新闻, 热点排行
side with an ad script, footer (荆楚网（湖北日报网）版权所有, 鄂ICP备, 鄂公网安备, 许可证, 举报). Channel
`/hbxw/index.html` → `index_2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.jingchu-wang-like.test"

# speech, yyyy-mm, dd, id, headline, time, source, author, editor, pages, lead, photo caption
ARTICLES = [
    (SPEECHES["f45a-5"], "2024-04", "09", "17612345", "在全省防汛抗旱工作会议上的讲话", "18:42", "湖北日报",
     "湖北日报全媒记者 陈卓 通讯员 鄂防宣", "吴昊", 2,
     "荆楚网（湖北日报网）讯（记者陈卓、通讯员鄂防宣）4月9日，全省防汛抗旱工作会议在武汉召开。会议分析研判今年汛期形势，安排部署防汛抗旱工作。现将讲话全文刊发如下。", ""),
    (SPEECHES["f45a-6"], "2024-10", "18", "18024771", "在首届长江文化论坛上的致辞", "11:05", "荆楚网（湖北日报网）",
     "荆楚网记者 李婉清", "胡蓉", 1, "", "10月18日，首届长江文化论坛在武汉开幕。（记者 周立 摄）"),
]

FILLER = [
    ("湖北全面进入防汛准备阶段 各地开展汛前大检查", "/content/2024-04/10/content_17613882.html", "2024-04-10"),
    ("首届长江文化论坛发布十项研究成果", "/content/2024-10/19/content_18026103.html", "2024-10-19"),
    ("盘龙城遗址博物院迎来参观高峰", "/content/2024-10/17/content_18022564.html", "2024-10-17"),
    ("全省水库汛前安全鉴定工作全面完成", "/content/2024-04/08/content_17610420.html", "2024-04-08"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link rel="stylesheet" type="text/css" href="//www.cnhubei.com/css/jc_common.css" />
<link rel="stylesheet" type="text/css" href="//news.cnhubei.com/css/@@CSS@@.css" />
<script type="text/javascript" src="//www.cnhubei.com/js/jquery-1.9.1.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="wrap clearfix">
    <div class="fl"><a href="http://www.cnhubei.com/" target="_blank">荆楚网首页</a><a href="http://epaper.hubeidaily.net/" target="_blank">湖北日报</a><a href="http://ctdsb.cnhubei.com/" target="_blank">楚天都市报</a><a href="http://www.cnhubei.com/app/" target="_blank">湖北日报客户端</a><a href="http://epaper.cnhubei.com/" target="_blank">电子报</a></div>
    <div class="fr"><a href="javascript:;" class="login">登录</a> | <a href="javascript:;" class="reg">注册</a></div>
  </div>
</div>
<div class="header wrap clearfix">
  <div class="logo fl"><a href="http://www.cnhubei.com/"><img src="//www.cnhubei.com/images/jc_logo.png" alt="荆楚网" /></a><a href="/" class="pindao">新闻</a></div>
  <div class="search fr"><form action="http://search.cnhubei.com/search" method="get" target="_blank"><input type="text" name="q" class="txt" /><input type="submit" class="btn" value="搜索" /></form></div>
</div>
<div class="navbar">
  <ul class="wrap">
    <li><a href="/">新闻首页</a></li><li class="@@ON@@"><a href="/hbxw/index.html">湖北新闻</a></li><li><a href="/gnxw/index.html">国内</a></li><li><a href="/gjxw/index.html">国际</a></li><li><a href="/pl/index.html">评论</a></li><li><a href="/tp/index.html">图片</a></li><li><a href="/zt/index.html">专题</a></li>
  </ul>
</div>
"""

SIDE = """<div class="side fr">
    <div class="sbox">
      <div class="stit">热点排行</div>
      <ul class="rank">
@@HOT@@
      </ul>
    </div>
    <div class="sbox adv"><script type="text/javascript" src="//ad.cnhubei.com/js/news_right_300_250.js"></script></div>
    <div class="sbox app"><img src="//www.cnhubei.com/images/hbrb_app.png" alt="" /><p>扫码下载湖北日报客户端</p></div>
  </div>"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p><a href="http://www.cnhubei.com/about/" target="_blank">关于我们</a> | <a href="http://www.cnhubei.com/about/contact.html" target="_blank">联系我们</a> | <a href="http://www.cnhubei.com/about/copyright.html" target="_blank">版权声明</a> | <a href="http://www.cnhubei.com/about/ad.html" target="_blank">广告服务</a></p>
    <p>荆楚网（湖北日报网）版权所有　湖北日报传媒集团主办</p>
    <p>互联网新闻信息服务许可证：42120170001　<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备13005321号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=42010602000205" target="_blank">鄂公网安备 42010602000205号</a></p>
    <p>湖北省互联网违法和不良信息举报中心　举报电话：027-87650220</p>
  </div>
</div>
<script type="text/javascript" src="//www.cnhubei.com/js/jc_common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c2b1a9e8f3d4c5b6a7e8d9c0b1a2f3e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url_of(a, page=1):
    return f"/content/{a[1]}/{a[2]}/content_{a[3]}{'' if page == 1 else '_' + str(page)}.html"


def day(a):
    return f"{a[1]}-{a[2]}"


def side():
    return render(SIDE, HOT="\n".join(f'        <li><em>{i + 1}</em><a href="{h}" target="_blank">{t}</a></li>'
                                      for i, (t, h, _) in enumerate(FILLER)))


def pager(a, page):
    n = a[9]
    cells = []
    if page > 1:
        cells.append(f'<a href="{url_of(a, page - 1).rsplit("/", 1)[1]}">上一页</a>')
    for p in range(1, n + 1):
        cells.append(f"<span>{p}</span>" if p == page else f'<a href="{url_of(a, p).rsplit("/", 1)[1]}">{p}</a>')
    if page < n:
        cells.append(f'<a href="{url_of(a, page + 1).rsplit("/", 1)[1]}">下一页</a>')
    return '<div id="displaypagenum"><center>' + " ".join(cells) + "</center></div>"


def article(a, other, page, paras):
    speech, ym, dd, aid, title, hhmm, source, author, editor, npages, lead, caption = a
    body = []
    if page == 1 and lead:
        body.append(f"<p>　　{lead}</p>")
    if page == 1 and caption:
        body.append(f'<p style="text-align: center;"><img src="//news.cnhubei.com/pic/{ym}/{dd}/{aid}_01.jpg" alt="" /></p>')
        body.append(f'<p style="text-align: center;">{caption}</p>')
    body += [f"<p>　　{p}</p>" for p in paras]
    meta = (f'<meta name="contentid" content="{aid}" />\n<meta name="publishdate" content="{day(a)} {hhmm}" />\n'
            f'<meta name="source" content="{source}" />\n<meta name="author" content="{author}" />\n')
    pg = pager(a, page) if npages > 1 else ""
    html = HEAD + """<div class="main wrap clearfix">
  <div class="left fl">
    <div class="position">您现在的位置：<a href="http://www.cnhubei.com/">荆楚网</a> &gt; <a href="/">新闻</a> &gt; <a href="/hbxw/index.html">湖北新闻</a> &gt; 正文</div>
    <div class="article">
      <h1 class="title">@@H@@</h1>
      <div class="info"><span class="time">@@DAY@@ @@HHMM@@</span><span class="source">来源：@@SOURCE@@</span><span class="author">作者：@@AUTHOR@@</span><span class="fsize">字号：<a href="javascript:;" onclick="fsize(18)">大</a> <a href="javascript:;" onclick="fsize(16)">中</a> <a href="javascript:;" onclick="fsize(14)">小</a></span></div>
      <div class="content_text" id="article-content">
@@BODY@@
      </div>
      @@PG@@
      <div class="editor">【责任编辑：@@EDITOR@@】</div>
      <div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a><a href="javascript:;" class="qzone">QQ空间</a></div>
      <div class="apptip"><a href="http://www.cnhubei.com/app/" target="_blank">下载湖北日报客户端，看更多权威资讯</a></div>
    </div>
    <div class="xgxw">
      <div class="stit">相关新闻</div>
      <ul>
        <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODAY@@</span></li>
        <li><a href="@@F1U@@" target="_blank">@@F1T@@</a><span>@@F1D@@</span></li>
      </ul>
    </div>
  </div>
  @@SIDE@@
</div>
<script type="text/javascript">function fsize(s){ $("#article-content p").css("font-size", s + "px"); }</script>
""" + FOOT
    f1 = FILLER[0] if npages > 1 else FILLER[1]
    return render(html, TITLE=f"{title}_荆楚网_湖北日报网", KW=title, DESC=title, META=meta, CSS="article", ON="on",
                  H=title, DAY=day(a), HHMM=hhmm, SOURCE=source, AUTHOR=author, BODY="\n".join(body), PG=pg,
                  EDITOR=editor, OURL=url_of(other), OH=other[4], ODAY=day(other), F1U=f1[1], F1T=f1[0], F1D=f1[2],
                  SIDE=side())


def list_page(n):
    if n == 1:
        items = [FILLER[1], (ARTICLES[1][4], url_of(ARTICLES[1]), day(ARTICLES[1])), FILLER[2]]
        pg = '<div class="pages"><span class="cur">1</span> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a> <a href="index_2.html">尾页</a></div>'
    else:
        items = [FILLER[0], (ARTICLES[0][4], url_of(ARTICLES[0]), day(ARTICLES[0])), FILLER[3]]
        pg = '<div class="pages"><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">1</a> <span class="cur">2</span></div>'
    lis = "\n".join(f'      <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for t, h, d in items)
    html = HEAD + """<div class="main wrap clearfix">
  <div class="left fl">
    <div class="position">您现在的位置：<a href="http://www.cnhubei.com/">荆楚网</a> &gt; <a href="/">新闻</a> &gt; 湖北新闻</div>
    <ul class="newslist">
@@LIS@@
    </ul>
    @@PG@@
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(html, TITLE="湖北新闻_荆楚网_湖北日报网", KW="湖北新闻", DESC="荆楚网湖北新闻", META="", CSS="list", ON="on",
                  LIS=lis, PG=pg, SIDE=side())


def home():
    a = ARTICLES[1]
    html = HEAD + """<div class="main wrap clearfix">
  <div class="toutiao"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="ibox">
    <div class="stit"><a href="/hbxw/index.html">湖北新闻</a><a class="more" href="/hbxw/index.html">更多</a></div>
    <ul><li><a href="@@URL@@" target="_blank">@@H@@</a></li><li><a href="@@F1U@@" target="_blank">@@F1T@@</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(html, TITLE="新闻_荆楚网_湖北日报网", KW="荆楚网,湖北日报网,湖北新闻", DESC="荆楚网新闻频道", META="", CSS="index",
                  ON="", URL=url_of(a), H=a[4], F1U=FILLER[2][1], F1T=FILLER[2][0])


def build() -> Family:
    fam = Family(
        HOST,
        "news.cnhubei.com-like 荆楚网 article pages: /content/YYYY-MM/DD/content_N.html, position 您现在的位置, h1.title, info (time/来源/作者/字号), div.content_text#article-content with 荆楚网（湖北日报网）讯 lead or photo caption, a 2-page speech continued on content_N_2.html through #displaypagenum, 【责任编辑：…】, 分享到, 湖北日报客户端 prompt, 相关新闻, 热点排行 side; /hbxw/index.html → index_2.html",
    )
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[9]) if a[9] > 1 else [a[0].paras]
        pages = [url_of(a, p + 1) for p in range(a[9])]
        for p, run in enumerate(runs):
            fam.put(pages[p], article(a, ARTICLES[1 - i], p + 1, run))
        fam.doc(pages, a[0], title=a[4], published_at=day(a))
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/hbxw/index.html", list_page(1))
    fam.put("/hbxw/index_2.html", list_page(2))
    fam.not_documents += ["/", "/hbxw/index.html", "/hbxw/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "您现在的位置：",
        "荆楚网（湖北日报网）讯（记者陈卓、通讯员鄂防宣）",
        "现将讲话全文刊发如下。",
        "（记者 周立 摄）",
        "【责任编辑：吴昊】",
        "【责任编辑：胡蓉】",
        "分享到：",
        "下载湖北日报客户端，看更多权威资讯",
        "相关新闻",
        "热点排行",
        "鄂ICP备13005321号",
    ]
    return fam
