"""第一财经 (yicai.com)-like article pages `/news/N.html` as the server prints them: the site header
(logo, 首页 / 新闻 / 视听 / 数据 / 一财号 … nav, 搜索, 登录, 下载APP), `div.title.f-pr` (h1, `p.f-cb`
with 作者 / 责编 / time `em`s), the `div.intro` 摘要, the text in `div.m-txt` (one article opens with
the reporter's 致辞 preamble `…以下为致辞全文：`, the other with a 楷体 editor's note and ends with
`（本文来自第一财经）`), the 版权 statement after the text, the 举报 / 分享 bar, tags, 文章作者 card,
相关阅读 (script-loaded more), 一财最热 sidebar with ads, the footer (ICP, licences, 举报).
Home and the 新闻 channel `/news/` print `a.f-db` cards; 加载更多 goes to a JSON API."""

from common import SPEECHES, Family, render

HOST = "www.diyicaijing.test"

ARTICLES = [
    # speech, id, time, author, editor, intro, preamble, editor's note
    (SPEECHES["R59A5"], "102158742", "2024-06-18 10:23:55", "周晓婷", "王蕾",
     "当天，2024陆家湾金融论坛在上海开幕，主办方负责人在开幕式上致辞，谈及科技金融、绿色金融与金融开放。",
     "6月18日，2024陆家湾金融论坛在上海开幕。本届论坛以“金融服务实体经济的新路径”为主题。论坛主办方负责人在开幕式上致辞。以下为致辞全文：",
     None),
    (SPEECHES["R59A6"], "102163015", "2024-06-21 18:47:02", "孙雨辰", "杨志刚",
     "公司董事长在年度股东大会上回应了海外项目、原材料成本及分红政策等投资者关心的问题。",
     None,
     "编者按：6月21日下午，某上市制造企业召开2023年年度股东大会，公司董事长代表董事会发表讲话。第一财经记者获得讲话全文，现全文刊发如下。"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="https://imgcdn.yicai.test/favicon.ico">
<link rel="stylesheet" href="https://imgcdn.yicai.test/yicai/pc/css/common.css?v=20240606">
<link rel="stylesheet" href="https://imgcdn.yicai.test/yicai/pc/css/news.css?v=20240606">
<script src="https://imgcdn.yicai.test/yicai/pc/js/jquery.min.js"></script>
</head>
<body>
<div class="g-hd">
  <div class="m-hd f-cb">
    <a class="logo f-fl" href="/"><img src="https://imgcdn.yicai.test/yicai/pc/images/logo.png" alt="第一财经"></a>
    <ul class="m-nav f-fl">
      <li><a href="/">首页</a></li><li class="cur"><a href="/news/">新闻</a></li><li><a href="/video/">视听</a></li><li><a href="/data/">数据</a></li><li><a href="/author/">一财号</a></li><li><a href="/news/zhengquan/">证券</a></li><li><a href="/news/jinrong/">金融</a></li><li><a href="/news/gongsi/">公司</a></li><li><a href="/news/quanqiushichang/">全球</a></li><li><a href="/news/shijie/">宏观</a></li>
    </ul>
    <div class="f-fr m-hd-r">
      <div class="m-search"><input type="text" placeholder="搜索" id="searchKey"><a href="javascript:;" class="u-btn-search"></a></div>
      <a class="u-login" href="javascript:;" id="loginBtn">登录</a>
      <a class="u-app" href="/app/" target="_blank">下载APP</a>
    </div>
  </div>
</div>
"""

FOOT = """<div class="g-ft">
  <div class="m-ft">
    <p class="links"><a href="/aboutus/" target="_blank">关于我们</a><a href="/aboutus/contact.html" target="_blank">联系我们</a><a href="/aboutus/ad.html" target="_blank">广告服务</a><a href="/aboutus/join.html" target="_blank">加入我们</a><a href="/aboutus/copyright.html" target="_blank">版权声明</a><a href="/sitemap.html" target="_blank">网站地图</a></p>
    <p>Copyright &copy; 第一财经 版权所有</p>
    <p><a href="https://beian.miit.gov.test/" target="_blank">沪ICP备14042148号-1</a>　互联网新闻信息服务许可证：31120180004　网络视听许可证：0909346　广播电视节目制作许可证：沪字第00993号　增值电信业务经营许可证：沪B2-20150044</p>
    <p>违法和不良信息举报电话：021-22002972　举报邮箱：jubao@yicai.com　<a href="http://www.shjbzx.test/" target="_blank">上海市互联网违法和不良信息举报中心</a></p>
  </div>
</div>
<div class="m-fixed-tools"><a class="u-app-code" href="/app/"><img src="https://imgcdn.yicai.test/yicai/pc/images/app_code.png" alt=""><span>第一财经APP</span></a><a class="u-gotop" href="javascript:;">顶部</a></div>
<script src="https://imgcdn.yicai.test/yicai/pc/js/common.js?v=20240606"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?80b762b2ec9d43ad3fe8ed4c4bb8e1d9";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

HOT = [
    ("102160233", "A股三大指数午后走强 成交额放大至九千亿元"),
    ("102159871", "陆家嘴论坛前瞻：金融开放新举措或将出炉"),
    ("102161402", "5月社会消费品零售总额同比增长3.7%"),
    ("102162558", "多家银行下调大额存单利率"),
]

STATEMENT = "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。如需获得授权请联系第一财经版权部：banquan@yicai.com"


def url(a):
    return f"/news/{a[1]}.html"


def article(i):
    speech, aid, stamp, author, editor, intro, pre, note = ARTICLES[i]
    other = ARTICLES[1 - i]
    ps = []
    if note:
        ps.append(f'<p><span style="font-family: 楷体, 楷体_GB2312, SimKai;">{note}</span></p>')
    if pre:
        ps.append(f"<p>{pre}</p>")
    ps += [f"<p>{p}</p>" for p in speech.paras]
    if note:
        ps.append("<p>（本文来自第一财经）</p>")
    hot = "".join(
        f'<li><a href="/news/{h[0]}.html" target="_blank"><i>{k + 1}</i><span>{h[1]}</span></a></li>\n'
        for k, h in enumerate(HOT)
    )
    tags = "金融论坛,致辞" if i == 0 else "股东大会,分红"
    taglinks = "".join(f'<a href="/search?keys={t}" target="_blank">{t}</a>' for t in tags.split(","))
    body = f"""<div class="g-bd f-cb">
<div class="m-layout f-fl">
  <div class="m-crumbs"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
  <div class="title f-pr">
    <h1>{speech.title}</h1>
    <p class="f-cb"><span class="f-fl"><em>作者：{author}</em><em>责编：{editor}</em><em>{stamp}</em></span></p>
  </div>
  <div class="intro">{intro}</div>
  <div class="m-txt">
{chr(10).join(ps)}
  </div>
  <div class="statement">{STATEMENT}</div>
  <div class="m-opt f-cb">
    <a class="u-report f-fl" href="/report/?id={aid}" target="_blank">举报</a>
    <div class="m-share f-fr"><span>分享到：</span><a class="u-wx" href="javascript:;" title="微信"></a><a class="u-wb" href="javascript:;" title="微博"></a><a class="u-qq" href="javascript:;" title="QQ"></a></div>
  </div>
  <div class="m-tags">{taglinks}</div>
  <div class="m-author f-cb">
    <h3>文章作者</h3>
    <a class="f-fl" href="/author/{author}.html" target="_blank"><img src="https://imgcdn.yicai.test/uppics/author/default.png" alt=""><span>{author}</span></a>
  </div>
  <div class="m-relate">
    <h3>相关阅读</h3>
    <div id="relateList">
      <a class="f-db" href="{url(other)}" target="_blank"><div class="m-con"><h2>{other[0].title}</h2><p>{other[5]}</p><div class="author"><span>{other[2][5:10].replace("-", "月", 1).lstrip("0")}日</span></div></div></a>
      <a class="f-db" href="/news/{HOT[1][0]}.html" target="_blank"><div class="m-con"><h2>{HOT[1][1]}</h2><div class="author"><span>6月17日</span></div></div></a>
    </div>
    <a class="u-more" href="javascript:;" data-url="/api/ajax/getrelatednews?id={aid}">点击加载更多</a>
  </div>
  <div class="m-cmt"><h3>评论</h3><div class="u-cmt-login">请<a href="javascript:;" class="js-login">登录</a>后参与评论</div></div>
</div>
<div class="m-side f-fr">
  <div class="m-ad"><a href="/aboutus/ad.html" target="_blank"><img src="https://imgcdn.yicai.test/ad/2024/300x250_0617.jpg" alt="广告"></a></div>
  <div class="m-hot"><h3>一财最热</h3><ul>
{hot}</ul><a class="u-more" href="/news/">点击关注第一财经</a></div>
  <div class="m-ad"><img src="https://imgcdn.yicai.test/ad/2024/300x600_0612.jpg" alt="广告"></div>
</div>
</div>
<script>var _newsid = "{aid}", _channelid = "{'57' if i == 0 else '54'}";</script>
"""
    return render(HEAD, TITLE=f"{speech.title}", KW=tags, DESC=intro) + body + FOOT


def listing(kind):
    cards = "".join(
        f'<a class="f-db" href="{url(a)}" target="_blank"><div class="m-list f-cb"><div class="lef f-fl"><img src="https://imgcdn.yicai.test/uppics/slides/{a[1]}.jpg" alt=""></div><div class="m-con"><h2>{a[0].title}</h2><p>{a[5]}</p><div class="author"><span>{a[2][11:16]}</span></div></div></div></a>\n'
        for a in reversed(ARTICLES)
    )
    cards += "".join(
        f'<a class="f-db" href="/news/{h[0]}.html" target="_blank"><div class="m-list f-cb"><div class="m-con"><h2>{h[1]}</h2><div class="author"><span>6月{17 + k}日</span></div></div></div></a>\n'
        for k, h in enumerate(HOT)
    )
    crumb = '<div class="m-crumbs"><a href="/">首页</a> &gt; 新闻</div>' if kind == "news" else ""
    body = f"""<div class="g-bd f-cb">
<div class="m-layout f-fl">{crumb}
<div id="newslist">
{cards}</div>
<a class="u-btn-more" href="javascript:;" id="loadMore" data-url="/api/ajax/getlatest?page=2&amp;pagesize=25">加载更多</a>
</div>
<div class="m-side f-fr"><div class="m-ad"><img src="https://imgcdn.yicai.test/ad/2024/300x250_0617.jpg" alt="广告"></div></div>
</div>
"""
    title = "第一财经-中国领先的财经新闻资讯平台" if kind == "home" else "新闻-第一财经"
    return render(HEAD, TITLE=title, KW="第一财经,财经新闻", DESC="第一财经") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "第一财经 (yicai.com)-like /news/N.html article pages, server-rendered")
    fam.put("/", listing("home"))
    fam.put("/news/", listing("news"))
    fam.not_documents += ["/", "/news/"]
    for i, a in enumerate(ARTICLES):
        fam.put(url(a), article(i))
        fam.doc([url(a)], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.noise += [
        "作者：",
        "责编：",
        "以下为致辞全文",
        "编者按",
        "本文来自第一财经",
        "著作权归第一财经所有",
        "举报",
        "文章作者",
        "相关阅读",
        "一财最热",
        "沪ICP备14042148号-1",
        "点击加载更多",
        "主办方负责人在开幕式上致辞，谈及",
    ]
    fam.note = "news preamble before one speech, 楷体 编者按 before and （本文来自第一财经） after the other; 摘要 intro and copyright statement around the text"
    return fam
