"""An association site (市行业协会商会联合会) on CmsEasy 7 (PHP, UTF-8) with its rewrite rules on:
articles at `/show-N.html`, the column at `/list-3-1.html` / `/list-3-2.html` with CmsEasy's
`pages` pager (首页/上一页/numbers/下一页/尾页, the current page a `<span>`); a Bootstrap company
template: top bar with 登录/注册 and 手机版, `position` crumb, 发布时间/来源/浏览 line (the hits
count filled by a `case=archive&act=view_js` script), `#content` UEditor paragraphs, 标签, the
baidu share box (分享到), 上一篇/下一篇, 相关内容, the comment list and form
(`case=comment&act=write`), the floating 在线客服 box, the footer with the secretariat's
address and phone, ICP and 公安备案 lines and the `Powered by CmsEasy` link."""

from common import SPEECHES, Family, render

HOST = "www.cmseasy-xiehui.test"
ORG = "江城市行业协会商会联合会"
CATID = 3

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="author" content="CmsEasy Team">
<link rel="icon" href="/favicon.ico" type="image/x-icon">
<link href="/template/default/skin/css/bootstrap.min.css" rel="stylesheet">
<link href="/template/default/skin/css/font-awesome.min.css" rel="stylesheet">
<link href="/template/default/skin/css/style.css" rel="stylesheet">
<script src="/template/default/skin/js/jquery.min.js"></script>
<script src="/template/default/skin/js/bootstrap.min.js"></script>
<!--[if lt IE 9]>
<script src="/template/default/skin/js/html5shiv.min.js"></script>
<script src="/template/default/skin/js/respond.min.js"></script>
<![endif]-->
</head>
<body>
<div class="top-bar">
  <div class="container">
    <div class="top-left">欢迎访问@@ORG@@官方网站！</div>
    <div class="top-right">
      <a href="/index.php?case=user&act=login" rel="nofollow"><i class="fa fa-user"></i> 会员登录</a> |
      <a href="/index.php?case=user&act=register" rel="nofollow">会员注册</a> |
      <a href="/index.php?t=wap" rel="nofollow"><i class="fa fa-mobile"></i> 手机版</a>
    </div>
  </div>
</div>
<nav class="navbar navbar-default">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
      <a class="navbar-brand" href="/"><img src="/upload/images/202305/16833562184512.png" alt="@@ORG@@"></a>
    </div>
    <div id="navbar" class="collapse navbar-collapse">
      <ul class="nav navbar-nav navbar-right">
        <li><a href="/">网站首页</a></li>
        <li class="dropdown"><a href="/list-1-1.html">联合会概况</a></li>
        <li class="dropdown active"><a href="/list-3-1.html">工作动态</a></li>
        <li class="dropdown"><a href="/list-4-1.html">会员风采</a></li>
        <li class="dropdown"><a href="/list-5-1.html">政策法规</a></li>
        <li class="dropdown"><a href="/list-6-1.html">党建工作</a></li>
        <li class="dropdown"><a href="/list-7-1.html">入会指南</a></li>
        <li class="dropdown"><a href="/list-8-1.html">联系我们</a></li>
      </ul>
    </div>
  </div>
</nav>
<div class="page-banner"><img src="/upload/images/202305/16833563017729.jpg" class="img-responsive" alt=""></div>
"""

FOOT = """<footer class="footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8 footer-info">
        <p>@@ORG@@秘书处　地址：江城市滨江区建设路66号市民营经济服务中心5楼</p>
        <p>电话：0716-8325566　传真：0716-8325567　邮箱：jcxhsh@163.com</p>
        <p>Copyright &copy; 2019-2025 @@ORG@@ 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鄂ICP备19012345号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=42100202000321" target="_blank" rel="nofollow"><img src="/template/default/skin/images/beian.png" alt=""> 鄂公网安备 42100202000321号</a></p>
        <p><a href="https://www.cmseasy.cn" title="Powered by CmsEasy" target="_blank">Powered by CmsEasy</a>　<a href="/sitemap.xml" target="_blank">网站地图</a></p>
      </div>
      <div class="col-md-4 footer-qr text-center"><img src="/upload/images/202305/16833564120315.jpg" width="100" alt="微信公众号"><p>扫一扫关注微信公众号</p></div>
    </div>
  </div>
</footer>
<div class="online-service" id="online_service">
  <div class="os-title">在线客服 <a href="javascript:;" class="os-close" onclick="$('#online_service').hide();">×</a></div>
  <ul>
    <li><a href="http://wpa.qq.com/msgrd?v=3&uin=2851234567&site=qq&menu=yes" target="_blank" rel="nofollow"><i class="fa fa-qq"></i> 入会咨询</a></li>
    <li><i class="fa fa-phone"></i> 0716-8325566</li>
  </ul>
  <div class="os-time">工作时间：周一至周五 8:30-17:30</div>
</div>
<a href="javascript:;" class="back-to-top" id="back-to-top" title="返回顶部"><i class="fa fa-angle-up"></i></a>
<script src="/template/default/skin/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6c1e0f3b2a9d8c7e5f4a3b2c1d0e9f8a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, aid, adddate, 来源, 作者, tags, comments
ARTICLES = [
    (SPEECHES["r26a-c2"], 436, "2025-01-17 21:46:03", "市物流行业协会", "秘书处", ["物流行业协会", "迎春联谊会", "致辞"],
     [("物流人老张", "2025-01-18 08:12", "协会这一年确实给我们中小企业办了不少实事，“物流贷”解了燃眉之急。"),
      ("游客", "2025-01-19 10:37", "为一线快递员和货车司机点赞！")]),
    (SPEECHES["r26a-c1"], 421, "2024-12-20 17:15:40", "市建筑业协会", "宣传部", ["建筑业协会", "会员大会", "讲话"],
     [("游客", "2024-12-21 09:05", "讲得很实在，希望新一届协会多为企业发声。")]),
]


def url_of(aid):
    return f"/show-{aid}.html"


def comments_html(items, aid):
    rows = "\n".join(
        f"""      <li class="comment-item"><div class="comment-user"><i class="fa fa-user-circle"></i> {u} <span class="comment-time">{t}</span></div><div class="comment-content">{c}</div></li>"""
        for u, t, c in items
    )
    return f"""<div class="comment-box">
  <h4 class="comment-title">评论列表 <small>（共 {len(items)} 条）</small></h4>
  <ul class="comment-list">
{rows}
  </ul>
  <form name="commentform" id="commentform" action="/index.php?case=comment&act=write&aid={aid}" method="post" class="comment-form">
    <input type="hidden" name="aid" value="{aid}">
    <div class="form-group"><textarea name="content" class="form-control" rows="4" placeholder="请输入评论内容"></textarea></div>
    <div class="form-group form-inline"><input type="text" name="username" class="form-control" placeholder="昵称"> <input type="text" name="verify" class="form-control" size="6" placeholder="验证码"> <img src="/index.php?case=tool&act=verify" onclick="this.src=this.src+'&amp;'+Math.random();" alt="验证码" class="verify"> <button type="submit" name="submit" class="btn btn-primary">提交评论</button></div>
    <p class="comment-tip">注：评论需审核后才能显示，请文明发言。</p>
  </form>
</div>"""


def article(speech, aid, stamp, source, author, tags, comments, prev, nxt, related):
    content = "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    tag_links = " ".join(f'<a href="/index.php?case=tag&act=show&tag={t}" target="_blank">{t}</a>' for t in tags)
    body = """<div class="container">
  <div class="position"><i class="fa fa-home"></i> 您的位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/list-@@CAT@@-1.html">工作动态</a>&nbsp;&gt;&gt;&nbsp;正文</div>
  <div class="row">
    <div class="col-md-9">
      <div class="show-box">
        <h1 class="show-title">@@H1@@</h1>
        <div class="show-info">
          <span><i class="fa fa-calendar"></i> 发布时间：@@STAMP@@</span>
          <span><i class="fa fa-link"></i> 来源：@@SOURCE@@</span>
          <span><i class="fa fa-user"></i> 作者：@@AUTHOR@@</span>
          <span><i class="fa fa-eye"></i> 浏览：<span id="hits"><script src="/index.php?case=archive&act=view_js&aid=@@AID@@"></script></span> 次</span>
        </div>
        <div class="show-content" id="content">
@@CONTENT@@
        </div>
        <div class="show-tags"><i class="fa fa-tags"></i> 标签：@@TAGS@@</div>
        <div class="show-share">
          <div class="bdsharebuttonbox"><span class="share-label">分享到：</span><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_sqq" data-cmd="sqq" title="分享到QQ好友"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
          <script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
        </div>
        <div class="show-prevnext">
          <p>上一篇：@@PREV@@</p>
          <p>下一篇：@@NEXT@@</p>
        </div>
      </div>
      <div class="related-box">
        <h4 class="box-title">相关内容</h4>
        <ul class="list-unstyled">@@RELATED@@</ul>
      </div>
      @@COMMENTS@@
    </div>
    <div class="col-md-3 sidebar">
      <div class="side-box"><h4 class="box-title">工作动态</h4><ul class="side-nav"><li class="active"><a href="/list-3-1.html">协会动态</a></li><li><a href="/list-9-1.html">通知公告</a></li><li><a href="/list-10-1.html">会员活动</a></li></ul></div>
      <div class="side-box"><h4 class="box-title">联系我们</h4><p>秘书处电话：0716-8325566</p><p>地址：江城市滨江区建设路66号</p></div>
    </div>
  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}-工作动态-{ORG}",
        KEYWORDS=",".join(tags),
        DESC=speech.paras[1][:90],
        ORG=ORG,
        CAT=CATID,
        H1=speech.title,
        STAMP=stamp,
        SOURCE=source,
        AUTHOR=author,
        AID=aid,
        CONTENT=content,
        TAGS=tag_links,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
        COMMENTS=comments_html(comments, aid),
    )


def listing(n, count):
    items = ARTICLES[:1] if n == 1 else ARTICLES[1:]
    rows = "\n".join(
        f"""<li class="media">
  <div class="media-body">
    <h4 class="media-heading"><a href="{url_of(aid)}" title="{s.title}">{s.title}</a></h4>
    <p class="intro">{s.paras[1][:70]}…</p>
    <p class="info"><i class="fa fa-calendar"></i> {stamp[:10]}　<a href="{url_of(aid)}" class="more">查看详情 &gt;</a></p>
  </div>
</li>"""
        for s, aid, stamp, *_ in items
    )

    def lu(i):
        return f"/list-{CATID}-{i}.html"

    pg = [f'<a href="{lu(1)}">首页</a>']
    pg.append(f'<a href="{lu(n - 1)}">上一页</a>' if n > 1 else '<span class="disabled">上一页</span>')
    for i in range(1, count + 1):
        pg.append(f'<span class="current">{i}</span>' if i == n else f'<a href="{lu(i)}">{i}</a>')
    pg.append(f'<a href="{lu(n + 1)}">下一页</a>' if n < count else '<span class="disabled">下一页</span>')
    pg.append(f'<a href="{lu(count)}">尾页</a>')
    body = """<div class="container">
  <div class="position"><i class="fa fa-home"></i> 您的位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/list-@@CAT@@-1.html">工作动态</a></div>
  <div class="row"><div class="col-md-9">
    <ul class="media-list news-list">
@@ROWS@@
    </ul>
    <div class="pages"><ul class="pagination">@@PG@@</ul></div>
  </div></div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"工作动态-{ORG}" + (f"-第{n}页" if n > 1 else ""),
        KEYWORDS="工作动态",
        DESC=f"{ORG}工作动态",
        ORG=ORG,
        CAT=CATID,
        ROWS=rows,
        PG="".join(pg),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "association site on CmsEasy 7 (PHP, UTF-8, rewrite /show-N.html and /list-3-N.html, view_js hits script, bdshare, comments, 在线客服 box)",
    )
    related = "".join(f'<li><i class="fa fa-angle-right"></i> <a href="{url_of(a)}" title="{s.title}">{s.title}</a></li>' for s, a, *_ in ARTICLES)
    for idx, (speech, aid, stamp, source, author, tags, comments) in enumerate(ARTICLES):
        other = ARTICLES[1 - idx]
        link = f'<a href="{url_of(other[1])}">{other[0].title}</a>'
        # ordered by aid: the older article is 上一篇
        prev, nxt = (link, "没有了") if idx == 0 else ("没有了", link)
        fam.put(url_of(aid), article(speech, aid, stamp, source, author, tags, comments, prev, nxt, related))
        fam.doc([url_of(aid)], speech)
    fam.put(f"/list-{CATID}-1.html", listing(1, 2))
    fam.put(f"/list-{CATID}-2.html", listing(2, 2))
    s0, a0, st0, *_ = ARTICLES[0]
    home = render(
        HEAD
        + """<div class="container home">
  <div class="row">
    <div class="col-md-8">
      <div class="home-box"><h3 class="box-title"><a href="/list-3-1.html" class="pull-right more">更多 +</a>工作动态</h3>
      <ul class="list-unstyled home-news"><li><span class="pull-right date">@@D@@</span><a href="@@U@@" title="@@T@@">@@T@@</a></li></ul></div>
    </div>
    <div class="col-md-4">
      <div class="home-box"><h3 class="box-title">通知公告</h3><ul class="list-unstyled"><li>关于做好2024年度会员年检工作的通知</li></ul></div>
      <div class="home-box join"><a href="/list-7-1.html" class="btn btn-primary btn-block">申请入会</a></div>
    </div>
  </div>
</div>
"""
        + FOOT,
        TITLE=f"{ORG}",
        KEYWORDS="江城市行业协会,商会联合会",
        DESC=f"{ORG}官方网站",
        ORG=ORG,
        D=st0[:10],
        U=url_of(a0),
        T=s0.title,
    )
    fam.put("/", home)
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>http://{HOST}{u}</loc><lastmod>{d}</lastmod><changefreq>daily</changefreq><priority>{p}</priority></url>\n"
            for u, d, p in [("/", st0[:10], "1.0"), ("/list-3-1.html", st0[:10], "0.8")]
            + [(url_of(a), st[:10], "0.6") for _s, a, st, *_ in ARTICLES]
        )
        + "</urlset>\n",
    )
    fam.not_documents += ["/", f"/list-{CATID}-1.html", f"/list-{CATID}-2.html"]
    fam.put(
        "/robots.txt",
        f"User-agent: *\nDisallow: /admin/\nDisallow: /cache/\nDisallow: /config/\nDisallow: /lib/\nDisallow: /index.php?case=user\nSitemap: http://{HOST}/sitemap.xml\n",
    )
    fam.noise += [
        ORG,
        "您的位置",
        "发布时间",
        "来源：",
        "浏览：",
        "标签：",
        "分享到",
        "上一篇",
        "下一篇",
        "没有了",
        "相关内容",
        "评论列表",
        "物流人老张",
        "提交评论",
        "在线客服",
        "会员登录",
        "手机版",
        "Powered by CmsEasy",
        "鄂ICP备19012345号-1",
        "鄂公网安备",
    ]
    return fam
