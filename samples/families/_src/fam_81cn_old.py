"""中国军网 (81.cn)-like article pages in the site's dated-folder layout: articles at
`/jmywyl/2024-05/16/content_10189543.htm` (channel folder, `YYYY-MM/DD/`, `content_N.htm`), the
next part at `content_10189543_2.htm` through the publishing system's `#displaypagenum` pager
(`<center>`, `span.page-Article` for the current page, `a.page-Article` 上一页 / 下一页), channel
lists `index.htm` then `index_2.htm`, every internal link relative (`../../../`); the enp
publication meta tags (`filetype`, `publishedtype`, `pagetype`, `catalogs`, `contentid`,
`publishdate`, `author`, `source`), the top bar (国防部网 / 解放军报 / 中国军视网 / 客户端),
logo + search, channel nav, `bread-crumbs` 当前位置, `div.article-header` (h1, `div.info` 来源 /
作者 / 责任编辑 / `small.time`), the `<!--enpproperty …-->` comment, the text in
`div#article-content` between `<!--enpcontent-->` markers; the 新训 speech a news piece: lead
(`…现将讲话摘要刊发如下。`) and a centred photo with its 楷体 caption, over two pages; the 民兵
speech opens with its own centred speaker line (`××县人民武装部部长　赵卫东`); after the text the
分享到 bar with the QR (`jquery.qrcode`), 相关新闻, right column 图片新闻 / 专题 / 扫码关注,
footer with 军队网站机构识别码 and ICP. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.bayijun-like.test"
COL = "jmywyl"

LEAD = ("5月15日，第80集团军某旅新兵团在训练场隆重举行新训结业暨授衔仪式，426名新兵佩戴上列兵军衔，即将奔赴新的岗位。"
        "仪式上，新兵团团长、旅参谋长宋建军作讲话，对新战友提出殷切希望。现将讲话摘要刊发如下。")
PHOTO = ("../../../attachement/jpg/site351/20240516/309c23aad2a327a4b87e0b.jpg",
         "新兵们在授衔仪式上庄严宣誓。（摄影：韩　超）")
SPEAKER = "江北县人民武装部部长　赵卫东"

# speech, id, stamp, headline, source, author, editor, lead, photo, speaker line, pages
ARTICLES = [
    (SPEECHES["f42b-1"], "10189543", "2024-05-16 06:58:21", "佩上列兵军衔，奔赴新的战位", "中国军网", "韩超 邹凯", "王子明",
     LEAD, PHOTO, "", 2),
    (SPEECHES["f42b-2"], "10182076", "2024-04-26 07:30:00", "在县基干民兵整组点验大会上的讲话", "中国国防报", "赵卫东", "刘欣",
     "", None, SPEAKER, 1),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
@@META@@<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="@@UP@@images/v1/css/bootstrap.min.css">
<link rel="stylesheet" href="@@UP@@images/v1/css/common.css">
<link rel="stylesheet" href="@@UP@@images/v1/css/article.css">
<script src="@@UP@@images/v1/js/jquery-1.11.3.min.js"></script>
<!--[if lt IE 9]>
<script src="@@UP@@images/v1/js/html5shiv.min.js"></script>
<script src="@@UP@@images/v1/js/respond.min.js"></script>
<![endif]-->
</head>
<body>
<div class="top-nav">
  <div class="container">
    <ul class="top-nav-left">
      <li><a href="http://www.mod-like.test/" target="_blank">国防部网</a></li>
      <li><a href="http://www.jfjb-like.test/" target="_blank">解放军报</a></li>
      <li><a href="http://tv.bayijun-like.test/" target="_blank">中国军视网</a></li>
      <li><a href="@@UP@@khd/index.htm" target="_blank">客户端</a></li>
      <li><a href="@@UP@@wap/index.htm" target="_blank">手机版</a></li>
    </ul>
    <ul class="top-nav-right">
      <li><a href="http://eng.bayijun-like.test/" target="_blank">English</a></li>
      <li><a href="http://french.bayijun-like.test/" target="_blank">Français</a></li>
      <li><a href="http://russian.bayijun-like.test/" target="_blank">Русский</a></li>
    </ul>
  </div>
</div>
<div class="header">
  <div class="container">
    <a class="logo" href="@@UP@@index.htm"><img src="@@UP@@images/v1/img/logo.png" alt="中国军网（测试）"></a>
    <div class="search-box"><form action="http://search.bayijun-like.test/search" method="get" target="_blank"><input type="text" name="keyword" class="search-input" placeholder="请输入关键词"><button type="submit" class="search-btn">搜索</button></form></div>
  </div>
</div>
<div class="main-nav">
  <div class="container">
    <ul class="nav-list">
      <li><a href="@@UP@@index.htm">首页</a></li>
      <li><a href="@@UP@@jwzx/index.htm">军事</a></li>
      <li><a href="@@UP@@gfbmap/index.htm">国防</a></li>
      <li class="active"><a href="@@UP@@jmywyl/index.htm">军媒</a></li>
      <li><a href="@@UP@@jfjbmap/index.htm">军报</a></li>
      <li><a href="@@UP@@jwgz/index.htm">军网</a></li>
      <li><a href="@@UP@@sydbt/index.htm">视频</a></li>
      <li><a href="@@UP@@tpjs/index.htm">图片</a></li>
      <li><a href="@@UP@@jwpl/index.htm">评论</a></li>
      <li><a href="@@UP@@zhuanti/index.htm">专题</a></li>
      <li><a href="@@UP@@bqtd/index.htm">兵器</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="container">
    <p class="footer-link"><a href="@@UP@@gywm/index.htm" target="_blank">关于我们</a>|<a href="@@UP@@lxwm/index.htm" target="_blank">联系我们</a>|<a href="@@UP@@bqsm/index.htm" target="_blank">版权声明</a>|<a href="@@UP@@wzdt/index.htm" target="_blank">网站地图</a></p>
    <p>中国军网（测试） 版权所有　未经授权禁止复制或建立镜像</p>
    <p>主办单位：解放军报社（测试）　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05083286号</a></p>
    <p>军队网站机构识别码：001001　举报电话：010-66720080</p>
  </div>
</div>
<script src="@@UP@@images/v1/js/bootstrap.min.js"></script>
<script src="@@UP@@images/v1/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c9e1b3d4f60a8c72f5ae9b1d2f3a4b6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

RIGHT = """<div class="col-md-4 col-sm-12 right-side">
  <div class="side-box">
    <div class="side-title"><span>图片新闻</span></div>
    <ul class="pic-list">
      <li><a href="@@UP@@jmywyl/2024-05/15/content_10188820.htm" target="_blank"><img src="@@UP@@attachement/jpg/site351/20240515/309c23aad2a327a4a6d10c.jpg" alt=""><p>高原驻训：跨昼夜实弹射击</p></a></li>
      <li><a href="@@UP@@jmywyl/2024-05/14/content_10187304.htm" target="_blank"><img src="@@UP@@attachement/jpg/site351/20240514/309c23aad2a327a496c908.jpg" alt=""><p>海上编队开展多课目训练</p></a></li>
    </ul>
  </div>
  <div class="side-box">
    <div class="side-title"><span>专题</span></div>
    <ul class="side-list">
      <li><a href="@@UP@@zhuanti/2024xbxl/index.htm" target="_blank">新兵训练进行时</a></li>
      <li><a href="@@UP@@zhuanti/2024mbzz/index.htm" target="_blank">民兵整组一线见闻</a></li>
    </ul>
  </div>
  <div class="side-box ewm-box"><img src="@@UP@@images/v1/img/wx_ewm.jpg" alt=""><p>扫码关注中国军网微信</p></div>
</div>
"""


def url_of(a, k=1):
    base = f"/{COL}/{a[2][:7]}/{a[2][8:10]}/content_{a[1]}"
    return f"{base}.htm" if k == 1 else f"{base}_{k}.htm"


def pager(a, k, count):
    if count == 1:
        return ""
    name = lambda n: url_of(a, n).rsplit("/", 1)[1]
    parts = []
    if k > 1:
        parts.append(f'<a href="{name(k - 1)}" class="page-Article">上一页</a>')
    for n in range(1, count + 1):
        parts.append(f'<span class="page-Article">{n}</span>' if n == k else f'<a href="{name(n)}" class="page-Article">{n}</a>')
    if k < count:
        parts.append(f'<a href="{name(k + 1)}" class="page-Article">下一页</a>')
    return '<div id="displaypagenum"><center>' + "\n".join(parts) + "</center></div>"


def article(a, k, count, run, other):
    speech, cid, stamp, head, source, author, editor, lead, photo, speaker, _ = a
    up = "../../../"
    parts = []
    if k == 1 and lead:
        parts.append(f"<p>　　{lead}</p>")
    if k == 1 and photo:
        parts.append(f'<p style="text-align: center;"><img src="{photo[0]}" border="0" alt="" sourcename="本地文件" sourcedescription="编辑提供的本地文件" /></p>')
        parts.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{photo[1]}</span></p>')
    if k == 1 and speaker:
        parts.append(f'<p style="text-align: center;">{speaker}</p>')
    parts += [f"<p>　　{p}</p>" for p in run]
    paras = "\n".join(parts)
    other_href = "../../../" + url_of(other).lstrip("/")
    body = f"""<div class="container main">
  <div class="bread-crumbs">当前位置：<a href="{up}index.htm">首页</a> &gt; <a href="../../index.htm">军媒</a> &gt; 正文</div>
  <div class="row">
    <div class="col-md-8 col-sm-12 left-side">
      <div class="article-header">
        <h1>{head}</h1>
        <div class="info">
          <span>来源：{source}</span>
          <span>作者：{author}</span>
          <span>责任编辑：{editor}</span>
          <small class="time">{stamp}</small>
        </div>
      </div>
<!--enpproperty <articleid>{cid}</articleid><date>{stamp}.0</date><author>{author}</author><title>{head}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>351</siteid><nodeid>208590</nodeid><nodename>军媒要闻</nodename><nodesearchname>jmywyl</nodesearchname>/enpproperty-->
      <div id="article-content" class="article-content">
<!--enpcontent-->{paras}<!--/enpcontent-->
      </div>
      {pager(a, k, count)}
      <div class="share-bar clearfix">
        <span class="share-txt">分享到：</span>
        <a href="javascript:void(0);" class="share-wx" title="微信"></a><a href="javascript:void(0);" class="share-wb" title="新浪微博"></a><a href="javascript:void(0);" class="share-qq" title="QQ空间"></a>
        <div class="share-ewm" id="qrcode-box" style="display:none;"><div id="qrcode"></div><p>用微信扫描二维码<br>分享至好友和朋友圈</p></div>
      </div>
      <div class="related-news">
        <div class="related-title"><span>相关新闻</span></div>
        <ul>
          <li><a href="{other_href}" target="_blank">{other[3]}</a><small>{other[2][:10]}</small></li>
          <li><a href="../../2024-05/10/content_10185019.htm" target="_blank">新兵营里的“第一次”</a><small>2024-05-10</small></li>
          <li><a href="../../2024-04/19/content_10179663.htm" target="_blank">从“新兵蛋子”到“训练尖子”</a><small>2024-04-19</small></li>
        </ul>
      </div>
    </div>
    {RIGHT}
  </div>
</div>
<script src="{up}images/v1/js/jquery.qrcode.min.js"></script>
<script>
$(function(){{
  $("#qrcode").qrcode({{width: 100, height: 100, text: window.location.href}});
  $(".share-wx").hover(function(){{ $("#qrcode-box").show(); }}, function(){{ $("#qrcode-box").hide(); }});
}});
</script>
"""
    meta = (f'<meta name="filetype" content="1">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
            f'<meta name="catalogs" content="208590">\n<meta name="contentid" content="{cid}">\n'
            f'<meta name="publishdate" content="{stamp[:10]}">\n<meta name="author" content="{author}">\n'
            f'<meta name="source" content="{source}">\n')
    return render(HEAD + body + FOOT, META=meta, TITLE=f"{head} - 中国军网（测试）", KW=head, DESC=head, UP=up)


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><a href="{url_of(a)[len(COL) + 2:]}" target="_blank">{a[3]}</a><small>{a[2][:10]}</small></li>' for a in items
    )
    names = ["index.htm"] + [f"index_{n}.htm" for n in range(2, count + 1)]
    parts = []
    if k > 1:
        parts.append(f'<a href="{names[k - 2]}">上一页</a>')
    for n in range(1, count + 1):
        parts.append(f'<span class="current">{n}</span>' if n == k else f'<a href="{names[n - 1]}">{n}</a>')
    if k < count:
        parts.append(f'<a href="{names[k]}">下一页</a>')
    body = f"""<div class="container main">
  <div class="bread-crumbs">当前位置：<a href="../index.htm">首页</a> &gt; 军媒</div>
  <div class="row">
    <div class="col-md-8 col-sm-12 left-side">
      <ul class="news-list">
{rows}
      </ul>
      <div class="page-box" id="displaypagenum">{" ".join(parts)}</div>
    </div>
    {RIGHT}
  </div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="军媒 - 中国军网（测试）", KW="军媒", DESC="军媒要闻", UP="../")


def home():
    first, second = ARTICLES
    body = f"""<div class="container main index">
  <div class="headline"><h2><a href="{url_of(first).lstrip('/')}" target="_blank">{first[3]}</a></h2></div>
  <div class="row">
    <div class="col-md-8 col-sm-12 left-side">
      <div class="box-title"><a href="{COL}/index.htm">军媒要闻</a><a class="more" href="{COL}/index.htm">更多&gt;&gt;</a></div>
      <ul class="news-list"><li><a href="{url_of(second).lstrip('/')}" target="_blank">{second[3]}</a></li><li><a href="{COL}/2024-05/15/content_10188820.htm" target="_blank">高原驻训：跨昼夜实弹射击</a></li></ul>
    </div>
    {RIGHT}
  </div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="中国军网（测试）", KW="中国军网,军事新闻", DESC="中国军网", UP="")


def build() -> Family:
    fam = Family(
        HOST,
        "81.cn-like dated-folder pages: /jmywyl/2024-05/16/content_N.htm + _2.htm via #displaypagenum (page-Article), enp meta, article-header info, enpproperty/enpcontent, relative links, news lead + photo, speaker line",
    )
    for i, a in enumerate(ARTICLES):
        count = a[10]
        runs = split_paras(a[0].paras, count)
        pages = [url_of(a, k) for k in range(1, count + 1)]
        for k, run in enumerate(runs, 1):
            fam.put(pages[k - 1], article(a, k, count, run, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[3], published_at=a[2][:10])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/index.htm", home())
    fam.put(f"/{COL}/index.htm", list_page(ARTICLES[1:], 1, 2))
    fam.put(f"/{COL}/index_2.htm", list_page(ARTICLES[:1], 2, 2))
    fam.not_documents += ["/", "/index.htm", f"/{COL}/index.htm", f"/{COL}/index_2.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        "中国军网（测试）",
        "当前位置：",
        "第80集团军某旅新兵团",
        "现将讲话摘要刊发如下",
        "新兵们在授衔仪式上庄严宣誓",
        SPEAKER,
        "来源：中国国防报",
        "责任编辑：",
        "分享到：",
        "相关新闻",
        "图片新闻",
        "扫码关注中国军网微信",
        "京ICP备05083286号",
        "军队网站机构识别码",
        "下一页",
    ]
    return fam
