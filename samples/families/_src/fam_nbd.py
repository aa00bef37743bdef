"""每日经济新闻 (nbd.com.cn)-like article pages `/articles/2024-05-16/N.html`: the site header
(logo, 频道 nav, 登录 / 注册, 下载APP), `div.g-article-top` (h1, `p.u-time` with time and 来源),
the 摘要 box, the text in `div.g-articl-text` (the site's own spelling) opening with the
`每经记者 … 每经编辑 …` line; one article opens with a news preamble (`…以下为致辞全文：`) before
the speech, the other ends with the `每日经济新闻` sign-off; the 封面图片来源 line, the
免责声明 box and the 特别提醒 line after the text, 责任编辑, 相关阅读, 热门 sidebar with an ad,
the comment stub and the footer (ICP, 网络视听 licence, 举报). Home and the 公司 column
(`/columns/3/`, page 2 `/columns/3/page/2`)."""

from common import SPEECHES, Family, render

HOST = "www.meijing-like.test"

ARTICLES = [
    # speech, id, date, time, reporter, editor, column, preamble
    (SPEECHES["R31B5"], "3381652", "2024-05-16", "2024-05-16 19:48:37", "宋钰莹", "何小桃", "公司",
     "5月16日下午，某汽车零部件上市公司召开2024年一季度业绩说明会，公司董事长在会上致辞，回应了投资者关心的海外布局、原材料成本和分红等问题。以下为致辞全文："),
    (SPEECHES["R31B6"], "3384019", "2024-05-21", "2024-05-21 21:05:12", "刘嘉魁", "魏文艺", "金融", None),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="applicable-device" content="pc">
<link rel="alternate" media="only screen and (max-width: 640px)" href="@@MOBILE@@">
<link rel="shortcut icon" href="//static.nbd.test/favicon.ico" />
<link rel="stylesheet" href="//static.nbd.test/assets/application-7e1f2c9a4b.css" media="all" />
<script src="//static.nbd.test/assets/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="g-header">
  <div class="m-header-top"><div class="w1200">
    <a class="u-logo" href="/"><img src="//static.nbd.test/assets/logo-nbd.png" alt="每日经济新闻" /></a>
    <ul class="m-nav">
      <li><a href="/">首页</a></li><li><a href="/columns/3/">公司</a></li><li><a href="/columns/2/">宏观</a></li><li><a href="/columns/119/">金融</a></li><li><a href="/columns/400/">证券</a></li><li><a href="/columns/275/">汽车</a></li><li><a href="/columns/276/">地产</a></li><li><a href="/columns/332/">评论</a></li><li><a href="https://video.nbd.test/">视频</a></li>
    </ul>
    <div class="m-header-right"><a class="u-app" href="https://www.nbd.test/corp/download/">下载APP</a><a class="u-login" href="https://passport.nbd.test/login">登录</a><span>|</span><a class="u-register" href="https://passport.nbd.test/register">注册</a></div>
  </div></div>
</div>
"""

FOOT = """<div class="g-footer">
  <div class="w1200">
    <p class="u-links"><a href="/corp/about/">关于我们</a> | <a href="/corp/contactus/">联系我们</a> | <a href="/corp/copyright/">版权声明</a> | <a href="/corp/job/">加入我们</a> | <a href="/corp/advertisement/">广告服务</a></p>
    <p>Copyright &copy; 2001-2024 成都每日经济新闻报社有限公司 版权所有，未经许可不得转载使用，违者必究</p>
    <p><a href="https://beian.miit.gov.test/" target="_blank">蜀ICP备12007237号-1</a>　互联网新闻信息服务许可证：51120170003　信息网络传播视听节目许可证：2310468号</p>
    <p>违法和不良信息举报电话：028-86516712　举报邮箱：jubao@nbd.com.cn</p>
  </div>
</div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?ebbc3cae1e1f7b1dd0c4c1e7a7d5e6d2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url(a):
    return f"/articles/{a[2]}/{a[1]}.html"


def article(i):
    speech, aid, day, stamp, reporter, editor, col, pre = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = [f"<p>每经记者 {reporter}　每经编辑 {editor}</p>"]
    if pre:
        paras.append(f"<p>{pre}</p>")
    paras += [f"<p>{p}</p>" for p in speech.paras]
    if not pre:
        paras.append('<p style="text-align: right;">每日经济新闻</p>')
    summary = speech.paras[2][:90] + "……"
    body = f"""<div class="g-main w1200 clearfix">
<div class="g-main-left">
  <div class="g-breadcrumb"><a href="/">首页</a> &gt; <a href="/columns/3/">{col}</a> &gt; 正文</div>
  <div class="g-article">
    <div class="g-article-top">
      <h1>{speech.title}</h1>
      <p class="u-time"><span class="time">{stamp}</span><span class="source">每日经济新闻</span></p>
    </div>
    <div class="g-article-abstract"><span class="u-abstract-tit">摘要</span><p>{summary}</p></div>
    <div class="g-articl-text">
{chr(10).join(paras)}
    </div>
    <p class="u-cover-source">封面图片来源：每日经济新闻 资料图</p>
    <div class="u-disclaimer"><p>免责声明：本文内容与数据仅供参考，不构成投资建议，使用前核实。据此操作，风险自担。</p></div>
    <p class="u-tips">特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。</p>
    <div class="u-editor">责任编辑：{editor}</div>
    <div class="g-article-share"><span>分享到：</span><a class="share-weixin" href="javascript:;">微信</a><a class="share-weibo" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ</a></div>
    <div class="u-app-ad"><img src="//static.nbd.test/assets/app-qr.png" alt="" /><p>欢迎关注每日经济新闻APP</p></div>
  </div>
  <div class="g-article-related">
    <div class="u-tit">相关阅读</div>
    <ul>
      <li><a href="{url(other)}" target="_blank">{other[0].title}</a><span>{other[2]}</span></li>
      <li><a href="/articles/2024-05-15/3380877.html" target="_blank">多家上市公司密集召开业绩说明会 回应投资者关切</a><span>2024-05-15</span></li>
      <li><a href="/articles/2024-05-14/3379301.html" target="_blank">一季度普惠小微贷款余额同比增长超20%</a><span>2024-05-14</span></li>
    </ul>
  </div>
  <div class="g-comment"><div class="u-tit">评论</div><div class="u-comment-login">请<a href="https://passport.nbd.test/login">登录</a>后发表评论</div></div>
</div>
<div class="g-main-right">
  <div class="m-ad"><a href="https://www.nbd.test/corp/advertisement/"><img src="//static.nbd.test/ad/300x250_0515.jpg" alt="广告" /></a></div>
  <div class="m-hot"><div class="u-tit">热门文章</div>
    <ol><li><a href="/articles/2024-05-16/3381599.html">A股三大指数集体收涨 成交额重回万亿</a></li><li><a href="/articles/2024-05-16/3381420.html">新能源车企5月首周销量出炉</a></li><li><a href="/articles/2024-05-15/3380911.html">央行：保持流动性合理充裕</a></li></ol>
  </div>
</div>
</div>
"""
    return render(HEAD, TITLE=f"{speech.title} | 每日经济新闻", KW=f"{speech.title},{col}", DESC=summary, MOBILE=f"https://m.nbd.test{url(ARTICLES[i])}") + body + FOOT


def listing(kind):
    rows = "".join(
        f'<li class="u-news-item"><a class="u-news-title" href="{url(a)}" target="_blank">{a[0].title}</a><p class="u-news-desc">{a[0].paras[1][:56]}…</p><p class="u-news-info"><span>{a[6]}</span><span>{a[3][:16]}</span></p></li>\n'
        for a in (ARTICLES if kind != "page2" else ARTICLES[:1])
    )
    pager = ""
    if kind == "col":
        pager = '<div class="u-pagination"><span class="current">1</span><a href="/columns/3/page/2">2</a><a class="next" href="/columns/3/page/2">下一页</a></div>'
    elif kind == "page2":
        pager = '<div class="u-pagination"><a class="prev" href="/columns/3/">上一页</a><a href="/columns/3/">1</a><span class="current">2</span></div>'
    crumb = '<div class="g-breadcrumb"><a href="/">首页</a> &gt; 公司</div>' if kind != "home" else '<div class="m-focus"><div class="u-tit">要闻</div></div>'
    body = f"""<div class="g-main w1200 clearfix"><div class="g-main-left">{crumb}
<ul class="m-news-list">
{rows}</ul>
{pager}
</div><div class="g-main-right"><div class="m-ad"><img src="//static.nbd.test/ad/300x250_0515.jpg" alt="广告" /></div></div></div>
"""
    title = "每日经济新闻" if kind == "home" else "公司_每日经济新闻"
    return render(HEAD, TITLE=title, KW="每日经济新闻,财经,公司", DESC="每日经济新闻", MOBILE="https://m.nbd.test/") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "每日经济新闻 (nbd.com.cn)-like article pages: 每经记者 line, news preamble, 免责声明 / 特别提醒 after the text")
    fam.put("/", listing("home"))
    fam.put("/columns/3/", listing("col"))
    fam.put("/columns/3/page/2", listing("page2"))
    fam.extensionless_html = True
    fam.not_documents += ["/", "/columns/3/", "/columns/3/page/2"]
    for i, a in enumerate(ARTICLES):
        fam.put(url(a), article(i))
        fam.doc([url(a)], a[0], published_at=a[2])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\n")
    fam.noise += [
        "每经记者",
        "每经编辑",
        "宋钰莹",
        "何小桃",
        "以下为致辞全文",
        "业绩说明会，公司董事长在会上致辞",
        "封面图片来源",
        "免责声明",
        "特别提醒",
        "责任编辑：",
        "分享到：",
        "欢迎关注每日经济新闻APP",
        "相关阅读",
        "热门文章",
        "蜀ICP备12007237号-1",
        "成都每日经济新闻报社有限公司",
        "摘要",
    ]
    fam.note = "one article opens with a news preamble (…以下为致辞全文：) after the 每经记者 line, the other ends with the 每日经济新闻 sign-off; the 摘要 box repeats the text's start"
    return fam
