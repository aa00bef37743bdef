"""A 光明网 (gmw.cn)-like channel on the Founder 方正 Enp publishing system: articles at
`/2024-10/19/content_N.htm`, the `<!--enpproperty <articleid>…</articleid><date>…</date>…/enpproperty-->`
block at the top of the body, gov-style publication meta tags, `m-title-box` (`h1.u-title`,
`m-con-info` with time / 来源 / 作者), the text between `<!--enpcontent-->` and `<!--/enpcontent-->`
in `div.u-mainText#articleBox`, a 2-page article through the `m-page` pager (`content_N_2.htm`),
`[责编：…]` right under the text, the share and 扫码 bar, 相关新闻, the 光明网 copyright statement
and footer; one article opens with an 编者按 and carries a photo with its caption."""

from common import SPEECHES, Family, split_paras

HOST = "www.guangming-like.test"
SITE = "光明网"

ARTICLES = [
    dict(
        speech=SPEECHES["GM1"],
        path="/2024-10/19/",
        cid=37622345,
        time="2024-10-19 10:21",
        seconds="35",
        source=("光明网", "https://www.gmw.cn/"),
        author="",
        editor="朱晓雯",
        node=("学术", 4108),
        pages=2,
        note=None,
        photo=("https://imgpolitics.gmw.cn/attachement/jpg/site2/20241019/f44d305ea4a428a0b5e90b.jpg",
               "图为论坛开幕式现场。光明网记者 王宁 摄"),
        keywords="青年学者,人文论坛,致辞",
    ),
    dict(
        speech=SPEECHES["GM2"],
        path="/2024-04/24/",
        cid=37281906,
        time="2024-04-24 08:47",
        seconds="02",
        source=("光明日报", "https://epaper.gmw.cn/gmrb/"),
        author="李晓燕",
        editor="孙宗鹤",
        node=("文化", 4103),
        pages=1,
        note="【编者按】4月23日，全国城市书房建设经验交流会在江州市召开。会上，江州市图书馆馆长李晓燕介绍了"
        "当地建设城市书房的做法和体会。现将发言摘要刊发，以飨读者。",
        photo=None,
        keywords="城市书房,全民阅读,公共文化服务",
    ),
]
OTHER = [
    ("2024-10/21/content_37625510.htm", "第二届中华文化传承发展论坛在京举办", "2024-10-21"),
    ("2024-10/18/content_37620114.htm", "守正创新 让古籍活起来", "2024-10-18"),
    ("2024-04/25/content_37284407.htm", "“书香中国”全民阅读系列活动启动", "2024-04-25"),
    ("2024-04/22/content_37278563.htm", "一座城市的阅读地图", "2024-04-22"),
]


def page_name(art, k):
    return f"{art['path']}content_{art['cid']}" + (f"_{k + 1}" if k else "") + ".htm"


def head(title, art=None):
    meta = ""
    prop = ""
    if art:
        sp = art["speech"]
        meta = f"""<meta name="keywords" content="{art['keywords']}">
<meta name="description" content="{sp.paras[1][:70]}">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="{art['node'][1]}">
<meta name="contentid" content="{art['cid']}">
<meta name="publishdate" content="{art['time'][:10]}">
<meta name="author" content="{art['author']}">
<meta name="source" content="{art['source'][0]}">
"""
        prop = (
            f"<!--enpproperty <articleid>{art['cid']}</articleid><date>{art['time']}:{art['seconds']}.0</date>"
            f"<author>{art['author']}</author><title>{sp.title}</title><keyword>{art['keywords']}</keyword>"
            f"<subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>{art['node'][1]}</nodeid>"
            f"<nodename>{art['node'][0]}</nodename><nodesearchname>{art['node'][0]}</nodesearchname>/enpproperty-->\n"
        )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="renderer" content="webkit" />
<title>{title}</title>
{meta}<link rel="stylesheet" href="https://img.gmw.cn/css/public_gmw.css" />
<link rel="stylesheet" href="https://img.gmw.cn/css/con_style.css?v=20230301" />
<script type="text/javascript" src="https://img.gmw.cn/js/jquery.js"></script>
<script type="text/javascript" src="https://img.gmw.cn/js/public_gmw.js"></script>
</head>
<body>
{prop}<div class="g-topBar">
  <div class="g-wrap">
    <div class="m-gmwLogo"><a href="https://www.gmw.cn/" target="_blank"><img src="https://img.gmw.cn/pic/gmwLogo_share.jpg" alt="光明网" /></a></div>
    <ul class="m-topNav">
      <li><a href="https://news.gmw.cn/" target="_blank">时政</a></li>
      <li><a href="https://world.gmw.cn/" target="_blank">国际</a></li>
      <li><a href="https://guancha.gmw.cn/" target="_blank">时评</a></li>
      <li><a href="https://theory.gmw.cn/" target="_blank">理论</a></li>
      <li><a href="/" target="_blank">文化</a></li>
      <li><a href="https://epaper.gmw.cn/gmrb/" target="_blank">光明日报</a></li>
    </ul>
    <div class="m-topSearch"><form action="https://zhonghua.gmw.cn/search.htm" method="get" target="_blank"><input type="text" name="q" class="u-search-txt" /><input type="submit" value="搜索" class="u-search-btn" /></form></div>
  </div>
</div>
<div class="g-channelHead">
  <div class="g-wrap"><a href="/" class="m-channelLogo"><img src="https://img.gmw.cn/pic/culture_logo.png" alt="光明网文化频道" /></a>
  <ul class="m-channelNav"><li><a href="/">首页</a></li><li><a href="/node_4103.htm">文化</a></li><li><a href="/node_4108.htm">学术</a></li><li><a href="/node_4112.htm">文博</a></li><li><a href="/node_4115.htm">书画</a></li></ul></div>
</div>
"""


FOOT = """<div class="g-copyright">
  <div class="g-wrap">
    <div class="m-copyrightNote">
      <p>※ 版权声明：凡本网注明“来源：光明网”的所有作品，版权均属于光明网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：光明网”。违反上述声明者，本网将追究其相关法律责任。</p>
      <p>※ 本网站所刊载信息，不代表光明网观点。 刊用本网站稿件，务经书面授权。</p>
    </div>
  </div>
</div>
<div class="g-footer">
  <div class="g-wrap">
    <p><a href="https://about.gmw.cn/" target="_blank">关于光明网</a> | <a href="https://about.gmw.cn/node_8926.htm" target="_blank">报社简介</a> | <a href="https://about.gmw.cn/node_46280.htm" target="_blank">网站律师</a> | <a href="https://about.gmw.cn/node_46279.htm" target="_blank">光明网招聘</a> | <a href="https://about.gmw.cn/node_21441.htm" target="_blank">联系我们</a></p>
    <p>光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网邮箱 | 网站地图</p>
    <p>光明网版权所有</p>
  </div>
</div>
<script type="text/javascript" src="https://img.gmw.cn/js/con_share.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2d3b8a1e0c5f4e9a7b6c8d0e1f2a3b4c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def pager(art, k):
    if art["pages"] == 1:
        return ""
    cells = []
    if k:
        cells.append(f'<a class="ptfont" href="{page_name(art, k - 1).rsplit("/", 1)[1]}">上一页</a>')
    for n in range(art["pages"]):
        name = page_name(art, n).rsplit("/", 1)[1]
        cells.append(f"<span>{n + 1}</span>" if n == k else f'<a href="{name}">{n + 1}</a>')
    if k + 1 < art["pages"]:
        cells.append(f'<a class="ptfont" href="{page_name(art, k + 1).rsplit("/", 1)[1]}">下一页</a>')
    return f'<div class="m-page" id="displaypagenum"><center>{" ".join(cells)}</center></div>\n'


def article_page(art, k):
    sp = art["speech"]
    runs = split_paras(sp.paras, art["pages"])
    run = runs[k]
    body = []
    if k == 0 and art["note"]:
        body.append(f'<p style="text-indent: 2em;"><span style="font-family: 楷体, 楷体_GB2312;">{art["note"]}</span></p>')
    for n, p in enumerate(run):
        body.append(f'<p style="text-indent: 2em;">{p}</p>')
        if k == 0 and n == 1 and art["photo"]:
            src, caption = art["photo"]
            body.append(f'<p style="text-align: center;"><img src="{src}" border="0" /></p>')
            body.append(f'<p style="text-align: center;">　　{caption}</p>')
    author = f'<span class="m-con-author">作者：{art["author"]}</span>' if art["author"] else ""
    others = [a for a in ARTICLES if a is not art]
    related = "".join(
        f'<li><a href="../../{page_name(o, 0)[1:]}" target="_blank">{o["speech"].title}</a></li>' for o in others
    ) + "".join(f'<li><a href="../../{u}" target="_blank">{t}</a></li>' for u, t, _ in OTHER[:2])
    return (
        head(f"{sp.title}_{SITE}", art)
        + f"""<div class="g-crumbs"><div class="g-wrap"><a href="https://www.gmw.cn/" target="_blank">光明网</a>&gt;<a href="/" target="_blank">文化频道</a>&gt;<a href="/node_{art['node'][1]}.htm" target="_blank">{art['node'][0]}</a>&gt;正文</div></div>
<div class="g-main g-wrap">
  <div class="g-left">
    <div class="m-title-box">
      <h1 class="u-title">{sp.title}</h1>
      <div class="m-con-info">
        <span class="m-con-time">{art['time']}</span>
        <span class="m-con-source">来源：<a href="{art['source'][1]}" target="_blank">{art['source'][0]}</a></span>
        {author}
      </div>
    </div>
    <div class="u-mainText" id="articleBox">
<!--enpcontent-->{"".join(body)}<!--/enpcontent-->
    </div>
    {pager(art, k)}<div id="contentLiability" class="m-editor">[责编：{art['editor']}]</div>
    <div class="m-shareBar">
      <div class="m-share"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信"></a><a href="javascript:;" class="share-wb" title="微博"></a><a href="javascript:;" class="share-qq" title="QQ空间"></a></div>
      <div class="m-scan"><img src="https://img.gmw.cn/pic/gmwapp_qr.png" alt="" /><p>扫一扫，手机看新闻</p><p>扫码下载光明日报客户端</p></div>
    </div>
    <div class="m-relNews"><h3>相关新闻</h3><ul>{related}</ul></div>
  </div>
  <div class="g-right">
    <div class="m-rank"><h3>热点推荐</h3><ul>{"".join(f'<li><a href="../../{u}" target="_blank">{t}</a></li>' for u, t, _ in OTHER)}</ul></div>
    <div class="m-ad"><script type="text/javascript" src="https://img.gmw.cn/js/ad/culture_right_300x250.js"></script></div>
  </div>
</div>
"""
        + FOOT
    )


def home():
    items = sorted(
        [(page_name(a, 0)[1:], a["speech"].title, a["time"][:10]) for a in ARTICLES] + OTHER,
        key=lambda r: r[2],
        reverse=True,
    )
    lis = "".join(
        f'<li><a href="{u}" target="_blank">{t}</a><span class="channel-newsTime">{d}</span></li>\n' for u, t, d in items
    )
    return (
        head(f"文化频道_{SITE}")
        + f"""<div class="g-main g-wrap">
  <div class="channelLeftPart">
    <div class="m-focus"><a href="{items[0][0]}" target="_blank"><img src="https://imgpolitics.gmw.cn/attachement/jpg/site2/20241021/focus.jpg" alt="" /></a></div>
    <ul class="channel-newsGroup">
{lis}    </ul>
    <div id="displaypagenum" class="m-page"><center><span>1</span> <a href="node_4103_2.htm">2</a> <a class="ptfont" href="node_4103_2.htm">下一页</a></center></div>
  </div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "光明网 (gmw.cn)-like channel on Founder Enp (enpproperty / enpcontent markers)")
    fam.put("/", home())
    fam.put("/index.htm", home())
    fam.not_documents += ["/", "/index.htm"]
    for art in ARTICLES:
        pages = []
        for k in range(art["pages"]):
            fam.put(page_name(art, k), article_page(art, k))
            pages.append(page_name(art, k))
        fam.doc(pages, art["speech"], published_at=art["time"][:10])
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ad/\n", "ascii")
    fam.noise += [
        "【编者按】",
        "现将发言摘要刊发，以飨读者",
        "图为论坛开幕式现场",
        "光明网记者 王宁 摄",
        "[责编：",
        "朱晓雯",
        "来源：",
        "作者：",
        "分享到：",
        "扫一扫，手机看新闻",
        "扫码下载光明日报客户端",
        "相关新闻",
        "热点推荐",
        "版权声明",
        "不代表光明网观点",
        "光明网版权所有",
        "上一页",
        "下一页",
        "第二届中华文化传承发展论坛在京举办",
    ]
    fam.note = (
        "The enpproperty block (articleid, date, title, nodename) is a comment at the top of the body; the text is "
        "between `<!--enpcontent-->` and `<!--/enpcontent-->`. The forum speech runs over `content_37622345.htm` "
        "and `content_37622345_2.htm` (`m-page` pager, plain links); the other opens with a 楷体 【编者按】 "
        "paragraph inside the enpcontent block. published_at is the article's date."
    )
    return fam
