"""A county media centre (县融媒体中心) news site on a 大洋 / 索贝-style county-platform CMS:
`/xwzx/qxyw/202405/content_N.html`, the title block (`h1`, 来源 / 作者 / 发布时间 / 阅读量 line,
分享到), a video player block above the text (`div.video-box` with the player `div`, its script and
a `视频：…` tip), `div.TRS_Editor`-like `div.article-content` with `<p style="text-indent:2em">`
paragraphs. One speech runs over two pages (`content_N.html`, `content_N_2.html`, `page-nav` pager
with 上一页 / 下一页) after a news preamble and ends in the credits line
(`文字：… 摄像：… 编辑：… 审核：… 监制：…`) inside the content; the other has its 编辑 / 审核 /
监制 lines in their own `div.article-editor` right under the text. 相关新闻, the app-download QR
box, the footer with the news / AV licences, ICP and 举报 lines."""

from common import SPEECHES, Family, split_paras

HOST = "www.qingxi-rmt.test"
SITE = "清溪融媒"
CENTRE = "清溪县融媒体中心"

ARTICLES = [
    dict(
        id=1184523,
        month="202405",
        speech=SPEECHES["XR1"],
        time="2024-05-28 20:15",
        author="记者 吴涛 周静",
        reads=1823,
        video=(
            "https://vod.qingxi-rmt.test/media/2024/05/28/8f3a1c.m3u8",
            "视频：全县2024年防汛抗旱工作会议召开",
        ),
        preamble="5月28日，全县2024年防汛抗旱工作会议召开。县委副书记、县长陈国华出席会议并讲话。"
        "现将讲话全文刊发如下：",
        credits="文字：吴涛　摄像：周静　编辑：许丽　审核：王海涛　监制：周建国",
        editor_block=None,
        pages=2,
    ),
    dict(
        id=1203377,
        month="202410",
        speech=SPEECHES["XR2"],
        time="2024-10-19 17:42",
        author="县总工会",
        reads=964,
        video=("https://vod.qingxi-rmt.test/media/2024/10/19/2b7e90.m3u8", "视频：县第十七届职工运动会开幕"),
        preamble=None,
        credits=None,
        editor_block=("张雨萱", "王海涛", "周建国"),
        pages=1,
    ),
]
OTHER_NEWS = [
    ("/xwzx/qxyw/202410/content_1203561.html", "我县召开三季度经济运行分析会", "2024-10-22"),
    ("/xwzx/qxyw/202410/content_1203412.html", "清溪茶叶亮相第二十届中国国际农产品交易会", "2024-10-20"),
    ("/xwzx/qxyw/202406/content_1187205.html", "我县启动防汛Ⅳ级应急响应", "2024-06-18"),
    ("/xwzx/qxyw/202405/content_1184102.html", "县人大常委会视察重点民生实事项目", "2024-05-26"),
]


def page_path(a, n=1):
    base = f"/xwzx/qxyw/{a['month']}/content_{a['id']}"
    return f"{base}.html" if n == 1 else f"{base}_{n}.html"


def head(title):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="清溪,清溪县,清溪融媒,清溪新闻">
<meta name="description" content="{CENTRE}官方网站">
<link rel="stylesheet" href="/static/css/common.css?v=20230811">
<link rel="stylesheet" href="/static/css/detail.css?v=20230811">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date" id="today"></span><span class="weather"><iframe width="180" height="20" frameborder="0" scrolling="no" src="https://i.tianqi.com/?c=code&amp;id=1"></iframe></span><a href="/app/">客户端下载</a> | <a href="/tougao/">我要投稿</a></div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="/"><img src="/static/images/logo.png" alt="{SITE}"></a>
  <div class="search"><form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
  <li><a href="/">首页</a></li>
  <li class="on"><a href="/xwzx/qxyw/">清溪要闻</a></li>
  <li><a href="/xwzx/xzdt/">乡镇动态</a></li>
  <li><a href="/xwzx/bmdt/">部门动态</a></li>
  <li><a href="/sp/">视听清溪</a></li>
  <li><a href="/zt/">专题专栏</a></li>
  <li><a href="/wlzg/">网络问政</a></li>
</ul></div></div>
"""


FOOT = f"""<div class="footer"><div class="w1200">
  <p><a href="/about/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/bqsm/">版权声明</a> | <a href="/tougao/">投稿须知</a></p>
  <p>主办：{CENTRE}　地址：清溪县城关镇人民路128号　邮编：342600</p>
  <p>互联网新闻信息服务许可证：36120230017　信息网络传播视听节目许可证：1809441</p>
  <p>赣ICP备19004217号-1　<img src="/static/images/gongan.png" alt=""> 赣公网安备 36073202000118号</p>
  <p>违法和不良信息举报电话：0797-8321107　举报邮箱：qxrmtjb@163.com</p>
</div></div>
<script src="/static/js/common.js?v=20230811"></script>
</body>
</html>
"""


def video_box(a):
    src, tip = a["video"]
    return f"""<div class="video-box">
      <div id="player_{a["id"]}" class="dy-player" data-src="{src}" data-poster="{src.rsplit(".", 1)[0]}.jpg" style="width:800px;height:450px;"></div>
      <script type="text/javascript">
        var player = new DyPlayer({{ container: "#player_{a["id"]}", url: "{src}", poster: "{src.rsplit(".", 1)[0]}.jpg", autoplay: false, width: 800, height: 450 }});
      </script>
      <p class="video-tip">{tip}</p>
    </div>"""


def article_page(a, n, paras):
    sp = a["speech"]
    body = []
    if n == 1 and a["preamble"]:
        body.append(f'<p style="text-indent:2em;">{a["preamble"]}</p>')
    body += [f'<p style="text-indent:2em;">{x}</p>' for x in paras]
    if n == a["pages"] and a["credits"]:
        body.append(f'<p style="text-align:right;">{a["credits"]}</p>')
    pager = ""
    if a["pages"] > 1:
        links = []
        links.append(
            f'<a href="{page_path(a, n - 1).rsplit("/", 1)[1]}">上一页</a>'
            if n > 1
            else '<span class="disabled">上一页</span>'
        )
        for k in range(1, a["pages"] + 1):
            links.append(
                f'<span class="cur">{k}</span>'
                if k == n
                else f'<a href="{page_path(a, k).rsplit("/", 1)[1]}">{k}</a>'
            )
        links.append(
            f'<a href="{page_path(a, n + 1).rsplit("/", 1)[1]}">下一页</a>'
            if n < a["pages"]
            else '<span class="disabled">下一页</span>'
        )
        pager = f'<div class="page-nav">{"".join(links)}</div>'
    editor = ""
    if a["editor_block"] and n == a["pages"]:
        e, s, j = a["editor_block"]
        editor = f'<div class="article-editor"><p>编辑：{e}</p><p>审核：{s}</p><p>监制：{j}</p></div>'
    related = "".join(
        f'<li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>' for p, t, d in OTHER_NEWS[:3]
    )
    return (
        head(f"{sp.title}_{SITE}")
        + f"""<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/qxyw/">清溪要闻</a> &gt; 正文</div>
<div class="w1200 main clearfix">
  <div class="detail-left">
    <div class="article-title">
      <h1>{sp.title}</h1>
      <div class="info">
        <span>来源：{CENTRE}</span>
        <span>作者：{a["author"]}</span>
        <span>发布时间：{a["time"]}</span>
        <span>阅读量：<em id="hits">{a["reads"]}</em></span>
      </div>
      <div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qzone" href="javascript:;">QQ空间</a></div>
    </div>
    {video_box(a) if n == 1 else ""}
    <div class="article-content" id="content">
      {"".join(body)}
    </div>
    {pager}
    {editor}
    <div class="article-tip">【声明】本网站所发布的原创新闻，版权归{CENTRE}所有，转载请注明来源。</div>
    <div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>
  </div>
  <div class="detail-right">
    <div class="app-qr"><img src="/static/images/app-qr.png" alt=""><p>扫码下载“清溪融媒”客户端</p></div>
    <div class="hot"><h3>热点排行</h3><ol>{"".join(f'<li><a href="{p}">{t}</a></li>' for p, t, _ in OTHER_NEWS)}</ol></div>
  </div>
</div>
<script>$.get("/interface/hits.ashx", {{ id: {a["id"]} }}, function (d) {{ $("#hits").text(d); }});</script>
"""
        + FOOT
    )


def list_page():
    rows = sorted(
        [(page_path(a), a["speech"].title, a["time"][:10]) for a in ARTICLES] + OTHER_NEWS,
        key=lambda r: r[2],
        reverse=True,
    )
    items = "".join(
        f'<li><a href="{p}" target="_blank">{t}</a><span class="date">{d}</span></li>\n' for p, t, d in rows
    )
    return (
        head(f"清溪要闻_{SITE}")
        + f"""<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 清溪要闻</div>
<div class="w1200 main"><div class="list-box"><ul class="news-list">
{items}</ul>
<div class="page-nav"><span class="cur">1</span><span>共1页</span></div></div></div>
"""
        + FOOT
    )


def home():
    a1 = ARTICLES[1]
    return (
        head(f"{SITE}_{CENTRE}")
        + f"""<div class="w1200 headline"><h2><a href="{page_path(a1)}" target="_blank">{a1["speech"].title}</a></h2></div>
<div class="w1200 index-news"><div class="tit"><a href="/xwzx/qxyw/">清溪要闻</a><a class="more" href="/xwzx/qxyw/">更多&gt;&gt;</a></div>
<ul>{"".join(f'<li><a href="{p}">{t}</a></li>' for p, t, _ in OTHER_NEWS[:3])}</ul></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "县融媒体中心 news site on a 大洋/索贝-style county-platform CMS",
        content_type="text/html; charset=utf-8",
    )
    fam.put("/", home())
    fam.put("/xwzx/qxyw/", list_page())
    fam.not_documents += ["/", "/xwzx/qxyw/"]
    for a in ARTICLES:
        runs = split_paras(a["speech"].paras, a["pages"])
        paths = [page_path(a, n) for n in range(1, a["pages"] + 1)]
        for n, paras in enumerate(runs, 1):
            fam.put(paths[n - 1], article_page(a, n, paras))
        fam.not_documents += paths[1:]
        fam.doc(paths, a["speech"], published_at=a["time"][:10])
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /interface/\nDisallow: /search/\nDisallow: /admin/\n",
        "ascii",
    )
    fam.noise += [
        ARTICLES[0]["preamble"][:20],
        "现将讲话全文刊发如下",
        "视频：全县2024年防汛抗旱工作会议召开",
        "视频：县第十七届职工运动会开幕",
        "文字：吴涛",
        "摄像：周静",
        "编辑：许丽",
        "审核：王海涛",
        "监制：周建国",
        "编辑：张雨萱",
        "来源：清溪县融媒体中心",
        "阅读量：",
        "发布时间：",
        "分享到：",
        "上一页",
        "下一页",
        "【声明】本网站所发布的原创新闻",
        "相关新闻",
        "扫码下载“清溪融媒”客户端",
        "热点排行",
        "我县召开三季度经济运行分析会",
        "互联网新闻信息服务许可证",
        "违法和不良信息举报电话",
    ]
    fam.note = (
        "A video player block (`div.video-box`: player `div` with `data-src` m3u8, its script, a `视频：…` tip) sits "
        "between the title block and the text on each article's first page. The 防汛 speech opens with a news preamble "
        "(…现将讲话全文刊发如下：), runs over `content_1184523.html` and `content_1184523_2.html` (`page-nav` 上一页 / "
        "1 / 2 / 下一页) and ends in the credits line 文字 / 摄像 / 编辑 / 审核 / 监制 as the last `<p>` of the content; "
        "the 运动会 speech has its 编辑 / 审核 / 监制 lines in `div.article-editor` right under the text. 阅读量 is "
        "printed and refreshed by a script; published_at is the 发布时间 date (the same day as the meeting)."
    )
    return fam
