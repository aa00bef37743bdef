"""新民网 (xinmin.cn)-like article pages: `news.xinmin…/2024/05/16/32698765.html` (date folders,
numeric ids), UTF-8; the top bar (新民网首页 / 新民晚报 / 新民周刊 / 登录 / 注册 / 新民APP), channel
nav, the `PageCore` frame with `Mbx` breadcrumb (位置：), `Cleft` column: `h1.a_title`, the `info`
line of spans (来源：/ 作者：/ 编辑：/ time after 编辑), text in `div.a_content` with a 新民网讯 lead line
in one article, the bdshare 分享到 bar, 新民APP download prompt, 相关新闻 list, 畅言 comment box
(`#SOHUCS`); `Cright` column with 热门排行 and an ad; footer with 版权所有, ICP and 许可证 lines.
Listing `/xmsq/index.html` / `index_2.html` through `type_content_list` items and the
`fenye clearfix` > `pageBox` pager."""

from common import SPEECHES, Family, render

HOST = "news.xinmin-like.test"
COL = "/xmsq/"

ARTICLES = [
    # speech, path, time, source, author, editor, lead
    (
        SPEECHES["f40c-1"],
        "/2024/05/16/32698765.html",
        "2024-05-16 18:32:10",
        "新民网",
        "顾佳怡",
        "陈晓",
        "新民网讯（记者　顾佳怡）今天下午，区政府召开全区既有多层住宅加装电梯工作推进会。副区长在会上作了讲话，现将讲话内容摘发如下。",
    ),
    (
        SPEECHES["f40c-2"],
        "/2024/06/08/32741052.html",
        "2024-06-08 11:06:45",
        "新民晚报",
        "",
        "王蕾",
        "",
    ),
]

HOT = [
    ("/2024/06/07/32739811.html", "上海今年将新增社区长者食堂五十家"),
    ("/2024/06/07/32739104.html", "轨交18号线二期工程最新进展来了"),
    ("/2024/06/06/32736620.html", "梅雨季将至 这份防潮指南请收好"),
    ("/2024/06/05/32733457.html", "申城首批“口袋公园”升级改造完成"),
    ("/2024/06/04/32730018.html", "中小学暑期托管服务下周启动报名"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="shortcut icon" href="//www.xinmin-like.test/favicon.ico" />
<link rel="stylesheet" type="text/css" href="//static.xinmin-like.test/css/common.css?v=20190311" />
<link rel="stylesheet" type="text/css" href="//static.xinmin-like.test/css/article.css?v=20190311" />
<script type="text/javascript" src="//static.xinmin-like.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<!-- top_bar -->
<div class="top_bar">
  <div class="w1000">
    <div class="fl"><a href="http://www.xinmin-like.test/" target="_blank">新民网首页</a><span>|</span><a href="http://xmwb.xinmin-like.test/" target="_blank">新民晚报</a><span>|</span><a href="http://www.xinminweekly-like.test/" target="_blank">新民周刊</a><span>|</span><a href="http://newsxmwb.xinmin-like.test/" target="_blank">新民晚报数字报</a></div>
    <div class="fr"><a class="app" href="http://www.xinmin-like.test/app/" target="_blank">新民APP</a><span>|</span><a href="http://passport.xinmin-like.test/login" target="_blank">登录</a><span>|</span><a href="http://passport.xinmin-like.test/register" target="_blank">注册</a></div>
  </div>
</div>
<div class="header w1000">
  <div class="logo fl"><a href="http://www.xinmin-like.test/" target="_blank"><img src="//static.xinmin-like.test/images/logo.png" alt="新民网" /></a></div>
  <div class="nav fl">
    <ul>
      <li><a href="http://www.xinmin-like.test/" target="_blank">首页</a></li>
      <li><a href="http://news.xinmin-like.test/xmsq/" target="_blank">上海</a></li>
      <li><a href="http://news.xinmin-like.test/gnxw/" target="_blank">国内</a></li>
      <li><a href="http://news.xinmin-like.test/gjxw/" target="_blank">国际</a></li>
      <li><a href="http://sports.xinmin-like.test/" target="_blank">体育</a></li>
      <li><a href="http://ent.xinmin-like.test/" target="_blank">文娱</a></li>
      <li><a href="http://biz.xinmin-like.test/" target="_blank">财经</a></li>
      <li><a href="http://edu.xinmin-like.test/" target="_blank">教育</a></li>
      <li><a href="http://health.xinmin-like.test/" target="_blank">健康</a></li>
      <li><a href="http://news.xinmin-like.test/xmpl/" target="_blank">新民评论</a></li>
    </ul>
  </div>
  <div class="search fr"><form action="http://search.xinmin-like.test/" method="get" target="_blank"><input type="text" name="q" class="txt" value="" /><input type="submit" class="btn" value="搜索" /></form></div>
</div>
"""

FOOT = """<!-- footer -->
<div class="footer">
  <div class="w1000">
    <p class="links"><a href="http://www.xinmin-like.test/about/" target="_blank">关于我们</a> | <a href="http://www.xinmin-like.test/about/contact.html" target="_blank">联系我们</a> | <a href="http://www.xinmin-like.test/about/ad.html" target="_blank">广告服务</a> | <a href="http://www.xinmin-like.test/about/copyright.html" target="_blank">版权声明</a> | <a href="http://www.xinmin-like.test/about/job.html" target="_blank">诚聘英才</a> | <a href="http://www.xinmin-like.test/map/" target="_blank">网站地图</a></p>
    <p>新民网版权所有，未经授权，不得转载、摘编或利用其它方式使用本网站作品</p>
    <p>互联网新闻信息服务许可证：31120180009　<a href="https://beian.miit.gov.test/" target="_blank">沪ICP备05050403号-3</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=31010602000111" target="_blank">沪公网安备31010602000111号</a></p>
    <p>违法和不良信息举报电话：021-22899000　举报邮箱：jubao@xinmin-like.test</p>
    <p>Copyright &copy; 2009-2024 xinmin.cn All Rights Reserved</p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?4b1c2f5e0d7a93e1c6a80b2ef0d3a771";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def hot_list():
    return "".join(
        f'<li><em class="n{k + 1}">{k + 1}</em><a href="{p}" target="_blank">{t}</a></li>\n'
        for k, (p, t) in enumerate(HOT)
    )


def article(i):
    speech, path, stamp, source, author, editor, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = ([lead] if lead else []) + speech.paras
    body_paras = "\n".join(f"<p>{p}</p>" for p in paras)
    sid = path.rsplit("/", 1)[1].split(".")[0]
    body = f"""<div class="PageCore w1000">
  <div class="Mbx">位置：<a href="http://www.xinmin-like.test/" target="_blank">新民网</a> &gt; <a href="{COL}" target="_blank">上海</a> &gt; 正文</div>
  <div class="Cleft fl">
    <h1 class="a_title">{speech.title}</h1>
    <div class="info"><span>来源：{source}</span><span>作者：{author}</span><span>编辑：{editor}</span><span>{stamp}</span></div>
    <div class="a_content" id="a_content">
{body_paras}
    </div>
    <div class="share_box">
      <div class="bdsharebuttonbox"><span class="tit">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
    </div>
    <div class="app_down"><img src="//static.xinmin-like.test/images/app_qr.png" width="90" height="90" alt="" /><p>下载新民APP<br />阅读更多上海新闻</p></div>
    <div class="xgxw">
      <div class="tit"><h3>相关新闻</h3></div>
      <ul>
        <li><a href="{other[1]}" target="_blank">{other[0].title}</a><span>{other[2][:10]}</span></li>
        <li><a href="{HOT[0][0]}" target="_blank">{HOT[0][1]}</a><span>2024-06-07</span></li>
        <li><a href="{HOT[3][0]}" target="_blank">{HOT[3][1]}</a><span>2024-06-05</span></li>
      </ul>
    </div>
    <div class="comment_box">
      <div class="tit"><h3>网友评论</h3></div>
      <!--PC和WAP自适应版-->
      <div id="SOHUCS" sid="{sid}"></div>
      <script type="text/javascript">
      (function(){{
      var appid = 'cyrLk3xQp';
      var conf = 'prod_9a1f2cbb8a0d47f3b6e1e2f3d4c5b6a7';
      var width = window.innerWidth || document.documentElement.clientWidth;
      if (width < 960) {{
      window.document.write('<script id="changyan_mobile_js" charset="utf-8" type="text/javascript" src="https://changyan.sohu.test/upload/mobile/wap-js/changyan_mobile.js?client_id=' + appid + '&conf=' + conf + '"><\\/script>'); }} else {{ var loadJs=function(d,a){{var c=document.getElementsByTagName("head")[0]||document.head||document.documentElement;var b=document.createElement("script");b.setAttribute("type","text/javascript");b.setAttribute("charset","UTF-8");b.setAttribute("src",d);if(typeof a==="function"){{if(window.attachEvent){{b.onreadystatechange=function(){{var e=b.readyState;if(e==="loaded"||e==="complete"){{b.onreadystatechange=null;a()}}}}}}else{{b.onload=a}}}}c.appendChild(b)}};loadJs("https://changyan.sohu.test/upload/changyan.js",function(){{window.changyan.api.config({{appid:appid,conf:conf}})}}); }} }})(); </script>
    </div>
  </div>
  <div class="Cright fr">
    <div class="ad300"><a href="http://ad.xinmin-like.test/c?id=3318" target="_blank"><img src="//static.xinmin-like.test/ad/2024/300x250_xmwb.jpg" width="300" height="250" alt="" /></a></div>
    <div class="rmph">
      <div class="tit"><h3>热门排行</h3></div>
      <ul>
{hot_list()}      </ul>
    </div>
  </div>
  <div class="clear"></div>
</div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.test/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
"""
    desc = speech.paras[1][:70]
    return render(HEAD, TITLE=f"{speech.title}-新民网", KW=speech.title, DESC=desc) + body + FOOT


def pagebox(n):
    if n == 1:
        return '<a class="cur" href="index.html">1</a><a href="index_2.html">2</a><a class="next" href="index_2.html">下一页</a>'
    return '<a class="prev" href="index.html">上一页</a><a href="index.html">1</a><a class="cur" href="index_2.html">2</a>'


def listing(n):
    rows = [(a[1], a[0].title, a[2], a[0].paras[1][:60]) for a in ARTICLES]
    rows += [(p, t, f"{p[1:5]}-{p[6:8]}-{p[9:11]} 09:00", "") for p, t in HOT]
    rows = sorted(rows, key=lambda r: r[2], reverse=True)
    rows = rows[:4] if n == 1 else rows[4:]
    items = "".join(
        f"""<div class="type_content_list">
  <h3><a href="{p}" target="_blank">{t}</a></h3>
  <p class="summary">{s}</p>
  <p class="time">{d}</p>
</div>
"""
        for p, t, d, s in rows
    )
    body = f"""<div class="PageCore w1000">
  <div class="Mbx">位置：<a href="http://www.xinmin-like.test/" target="_blank">新民网</a> &gt; 上海</div>
  <div class="Cleft fl">
{items}    <div class="fenye clearfix"><div class="pageBox">{pagebox(n)}</div></div>
  </div>
  <div class="Cright fr"><div class="rmph"><div class="tit"><h3>热门排行</h3></div><ul>
{hot_list()}</ul></div></div>
  <div class="clear"></div>
</div>
"""
    return render(HEAD, TITLE="上海新闻-新民网", KW="上海新闻,新民网", DESC="新民网上海频道") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="PageCore w1000">
  <div class="headline"><h2><a href="{a1[1]}" target="_blank">{a1[0].title}</a></h2></div>
  <div class="Cleft fl">
    <div class="mod"><div class="tit"><h3><a href="{COL}" target="_blank">上海</a></h3></div>
    <ul>
      <li><a href="{a0[1]}" target="_blank">{a0[0].title}</a></li>
      <li><a href="{HOT[1][0]}" target="_blank">{HOT[1][1]}</a></li>
      <li><a href="{HOT[2][0]}" target="_blank">{HOT[2][1]}</a></li>
    </ul></div>
  </div>
  <div class="Cright fr"><div class="app_down"><img src="//static.xinmin-like.test/images/app_qr.png" width="90" height="90" alt="" /><p>下载新民APP</p></div></div>
  <div class="clear"></div>
</div>
"""
    return render(HEAD, TITLE="新民网_为民分忧 与民同乐", KW="新民网,新民晚报,上海新闻", DESC="新民网是新民晚报官方网站") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "新民网 (xinmin.cn)-like news portal: PageCore/Cleft, a_title, info spans, a_content, 畅言 comments")
    fam.put("/", home())
    fam.put(COL, listing(1))
    fam.put(COL + "index.html", listing(1))
    fam.put(COL + "index_2.html", listing(2))
    fam.not_documents += ["/", COL, COL + "index.html", COL + "index_2.html"]
    for i, a in enumerate(ARTICLES):
        fam.put(a[1], article(i))
        fam.doc([a[1]], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n", encoding="utf-8")
    fam.noise += [
        "位置：",
        "分享到",
        "下载新民APP",
        "相关新闻",
        "网友评论",
        "热门排行",
        "沪ICP备05050403号-3",
        "新民网版权所有",
        "编辑：陈晓",
        "新民网讯",
    ]
    fam.note = (
        "xinmin.cn article template: Mbx breadcrumb, h1.a_title, info spans (来源/作者/编辑/time), a_content with "
        "a 新民网讯 lead line on one article (not part of the speech), 畅言 comment box, 热门排行"
    )
    return fam
