"""南方周末 (infzm.com) article pages as a guest gets them: `/contents/268431` (extensionless), the 2019
redesign's BEM classes (`nfzm-content__title`, `nfzm-content__author`, `nfzm-content__meta` with
`nfzm-content__publish`, `nfzm-content__summary` 摘要 lead in grey above the text, `nfzm-content__fulltext`);
a free article whole, ending in 责任编辑 / 网络编辑 lines and the 版权所有 notice, then the share / 点赞 /
收藏 bar, 评论 (登录后参与评论), 相关阅读; a member-only article cut after its first paragraphs with the
site's wall (`nfzm-content__more` fade + 本文为南方周末会员专享内容 / 开通会员 / 已是会员？登录) →
truncated; the 下载南方周末APP prompt, top nav (登录 / 注册 / 会员), channel list `/contents?term_id=2`
(query route) with `nfzm-list` items (会员 marks), footer with 粤ICP备 and 许可证 lines. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.nanfang-zhoumo-like.test"

# speech, id, headline, authors, summary, time, member-only, shown paragraphs, editors
ARTICLES = [
    dict(
        speech=SPEECHES["f38b-6"], id="268431", title="在大山深处，我站在孩子与世界的连接点上",
        author="讲述：苏晓雯　整理：南方周末记者 何嘉宁", time="2024-09-08 21:36:12", member=True, shown=4,
        summary="她在大山深处的乡村小学教书十一年。在“乡村教师计划”年度颁奖典礼上，她讲起一个叫小满的女孩，和一所学校如何成为孩子们与外面世界的连接点。以下是她的演讲。",
        editors="责任编辑：钱昊平　网络编辑：刘悦",
    ),
    dict(
        speech=SPEECHES["f38b-5"], id="266907", title="校长毕业致辞：带走耐心、诚实与连接",
        author="南方周末特约撰稿 林启明", time="2024-06-21 20:15:47", member=False, shown=None,
        summary="“人生不是一场百米赛跑，而更像一次长途徒步。”2024年6月21日，一所大学的校长在毕业典礼上对三千六百余名毕业生说。南方周末经授权刊发致辞全文。",
        editors="责任编辑：谭畅　网络编辑：张笑闻",
    ),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="https://static.infzm.com/css/app.css?v=20240515">
<script src="https://static.infzm.com/js/jquery.min.js"></script>
</head>
<body class="@@BODY_CLASS@@">
<header class="nfzm-header">
  <div class="nfzm-header__inner">
    <a class="nfzm-header__logo" href="/"><img src="https://static.infzm.com/images/logo.png" alt="南方周末"></a>
    <nav class="nfzm-nav">
      <a class="nfzm-nav__item" href="/">首页</a>
      <a class="nfzm-nav__item is-active" href="/contents?term_id=2">新闻</a>
      <a class="nfzm-nav__item" href="/contents?term_id=3">经济</a>
      <a class="nfzm-nav__item" href="/contents?term_id=4">文化</a>
      <a class="nfzm-nav__item" href="/contents?term_id=5">评论</a>
      <a class="nfzm-nav__item" href="/contents?term_id=7">绿色</a>
      <a class="nfzm-nav__item" href="/contents?term_id=8">科学</a>
      <a class="nfzm-nav__item" href="/contents?term_id=12">生活</a>
      <a class="nfzm-nav__item" href="/periodicals">报纸</a>
    </nav>
    <div class="nfzm-header__user">
      <a class="nfzm-header__search" href="/search"><i class="nfzm-icon-search"></i></a>
      <a class="nfzm-header__vip" href="/vip">会员</a>
      <a class="nfzm-header__login" href="/login?redirect=@@REDIRECT@@">登录</a>
      <a class="nfzm-header__register" href="/register">注册</a>
    </div>
  </div>
</header>
"""

FOOT = """<div class="nfzm-app-banner">
  <img src="https://static.infzm.com/images/app_qrcode.png" alt="">
  <p>下载南方周末APP</p>
  <p class="nfzm-app-banner__sub">在这里，读懂中国</p>
</div>
<footer class="nfzm-footer">
  <div class="nfzm-footer__links"><a href="/about">关于我们</a><a href="/contact">联系我们</a><a href="/ad">广告服务</a><a href="/join">加入我们</a><a href="/copyright">版权声明</a><a href="/privacy">隐私政策</a></div>
  <p>南方周末 版权所有 © 2024 infzm.com</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备13075010号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44010602006021" target="_blank">粤公网安备 44010602006021号</a>　互联网新闻信息服务许可证：44120180011</p>
  <p>违法和不良信息举报电话：020-87373397</p>
</footer>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a4c4a3c8e1f6f9e3b5c0f0f7d2c7a1e5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def para(text):
    return f"<p>{text}</p>"


def article(a, other):
    speech = a["speech"]
    paras = speech.paras[: a["shown"]] if a["member"] else speech.paras
    body = "\n".join(para(p) for p in paras)
    if a["member"]:
        tail = """      <div class="nfzm-content__more"></div>
    </div>
    <div class="nfzm-content__pay">
      <div class="nfzm-pay">
        <p class="nfzm-pay__title">本文为南方周末会员专享内容</p>
        <p class="nfzm-pay__desc">开通会员，畅读南方周末全部原创文章</p>
        <a class="nfzm-btn nfzm-btn--primary" href="/vip?from=content_@@ID@@">开通会员</a>
        <p class="nfzm-pay__login">已是会员？<a href="/login?redirect=%2Fcontents%2F@@ID@@">登录</a></p>
      </div>
    </div>"""
    else:
        tail = """      <p class="nfzm-content__editor">@@EDITORS@@</p>
      <p class="nfzm-content__copyright">南方周末版权所有，未经授权，请勿转载。</p>
    </div>"""
    badge = '<span class="nfzm-tag nfzm-tag--vip">会员</span>' if a["member"] else ""
    page = HEAD + """<main class="nfzm-main">
  <div class="nfzm-content" data-id="@@ID@@">
    <div class="nfzm-content__header">
      <div class="nfzm-content__term"><a href="/contents?term_id=2">新闻</a>@@BADGE@@</div>
      <h1 class="nfzm-content__title">@@H@@</h1>
      <div class="nfzm-content__author"><span>@@AUTHOR@@</span></div>
      <div class="nfzm-content__meta">
        <span class="nfzm-content__publish" data-time="@@TIME@@">@@TIME@@</span>
        <span class="nfzm-content__view"><i class="nfzm-icon-eye"></i>阅读 <em>@@VIEWS@@</em></span>
      </div>
    </div>
    <div class="nfzm-content__summary"><span class="nfzm-content__summary-label">摘要</span>@@SUMMARY@@</div>
    <div class="nfzm-content__fulltext">
@@BODY@@
@@TAIL@@
    <div class="nfzm-content__actions">
      <a href="javascript:;" class="nfzm-action nfzm-action--like"><i class="nfzm-icon-like"></i><span>点赞</span> <em>@@LIKES@@</em></a>
      <a href="javascript:;" class="nfzm-action nfzm-action--fav"><i class="nfzm-icon-star"></i><span>收藏</span></a>
      <div class="nfzm-share">分享到：<a href="javascript:;" class="nfzm-share__wx" title="微信"></a><a href="javascript:;" class="nfzm-share__wb" title="微博"></a><a href="javascript:;" class="nfzm-share__qq" title="QQ"></a></div>
    </div>
    <div class="nfzm-comment">
      <div class="nfzm-comment__title">评论 <em>@@COMMENTS@@</em></div>
      <div class="nfzm-comment__form"><textarea placeholder="登录后参与评论" disabled></textarea><a class="nfzm-btn" href="/login?redirect=%2Fcontents%2F@@ID@@">登录</a></div>
    </div>
    <div class="nfzm-related">
      <div class="nfzm-related__title">相关阅读</div>
      <ul class="nfzm-list">
        <li class="nfzm-list__item"><a href="/contents/@@OID@@"><h5>@@OH@@</h5></a><span class="nfzm-list__time">@@OTIME@@</span></li>
      </ul>
    </div>
  </div>
</main>
<script>
  var CONTENT_ID = @@ID@@;
  var IS_MEMBER_ONLY = @@MEMBER@@;
</script>
""" + FOOT
    page = page.replace("@@TAIL@@", tail)
    return render(
        page,
        TITLE=f"{a['title']} | 南方周末",
        KW=a["title"],
        DESC=a["summary"],
        BODY_CLASS="page-content",
        REDIRECT=f"%2Fcontents%2F{a['id']}",
        ID=a["id"],
        BADGE=badge,
        H=a["title"],
        AUTHOR=a["author"],
        TIME=a["time"],
        VIEWS="3.2万" if a["member"] else "8.7万",
        SUMMARY=a["summary"],
        BODY=body,
        EDITORS=a["editors"],
        LIKES="412" if a["member"] else "1286",
        COMMENTS="37" if a["member"] else "158",
        OID=other["id"],
        OH=other["title"],
        OTIME=other["time"][:10],
        MEMBER="true" if a["member"] else "false",
    )


def item(a):
    badge = '<span class="nfzm-tag nfzm-tag--vip">会员</span>' if a["member"] else ""
    return (
        f'<li class="nfzm-list__item"><a href="/contents/{a["id"]}"><h5>{a["title"]}</h5></a>{badge}'
        f'<p class="nfzm-list__summary">{a["summary"][:40]}…</p><span class="nfzm-list__author">{a["author"]}</span>'
        f'<span class="nfzm-list__time">{a["time"][:10]}</span></li>'
    )


def listing():
    lis = "\n".join(item(a) for a in ARTICLES)
    page = HEAD + """<main class="nfzm-main">
  <div class="nfzm-channel">
    <div class="nfzm-channel__title">新闻</div>
    <ul class="nfzm-list">
@@LIS@@
      <li class="nfzm-list__item"><a href="/contents/266512"><h5>县城里的“夜校”：年轻人下班后去上课</h5></a><span class="nfzm-list__time">2024-06-18</span></li>
    </ul>
    <a class="nfzm-more" href="javascript:;" data-url="/contents?term_id=2&amp;page=2&amp;format=json">加载更多</a>
  </div>
</main>
""" + FOOT
    return render(page, TITLE="新闻 | 南方周末", KW="南方周末,新闻", DESC="南方周末新闻频道", BODY_CLASS="page-channel", REDIRECT="%2Fcontents%3Fterm_id%3D2", LIS=lis)


def home():
    a, b = ARTICLES
    page = HEAD + """<main class="nfzm-main nfzm-home">
  <div class="nfzm-home__focus"><a href="/contents/@@AID@@"><h3>@@AH@@</h3></a></div>
  <div class="nfzm-home__section">
    <div class="nfzm-home__section-title"><a href="/contents?term_id=2">新闻</a></div>
    <ul class="nfzm-list">
      <li class="nfzm-list__item"><a href="/contents/@@BID@@"><h5>@@BH@@</h5></a><span class="nfzm-list__time">@@BTIME@@</span></li>
    </ul>
  </div>
  <div class="nfzm-home__paper"><a href="/periodicals">本期南方周末</a></div>
</main>
""" + FOOT
    return render(
        page, TITLE="南方周末 - 在这里，读懂中国", KW="南方周末,infzm", DESC="南方周末官方网站", BODY_CLASS="page-home",
        REDIRECT="%2F", AID=a["id"], AH=a["title"], BID=b["id"], BH=b["title"], BTIME=b["time"][:10],
    )


def build() -> Family:
    fam = Family(
        HOST,
        "infzm.com-like 南方周末 article pages as a guest sees them: nfzm-content BEM blocks, 摘要 lead, member-only article cut by the 会员专享 wall, free one whole with 责任编辑/网络编辑 and 版权所有 lines",
        extensionless_html=True,
    )
    for i, a in enumerate(ARTICLES):
        path = f"/contents/{a['id']}"
        fam.put(path, article(a, ARTICLES[1 - i]))
        if a["member"]:
            fam.doc([path], a["speech"], title=a["title"], truncated=True, text="\n".join(a["speech"].paras[: a["shown"]]))
        else:
            fam.doc([path], a["speech"], title=a["title"])
    fam.put("/", home())
    fam.route("/contents?term_id=2", "contents-term-2.html", listing())
    fam.not_documents += ["/", "/contents?term_id=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /search\n")
    fam.noise += [
        "摘要",
        "本文为南方周末会员专享内容",
        "开通会员",
        "已是会员？",
        "责任编辑：谭畅",
        "南方周末版权所有，未经授权，请勿转载。",
        "登录后参与评论",
        "相关阅读",
        "下载南方周末APP",
        "粤ICP备13075010号",
        "南方周末特约撰稿 林启明",
    ]
    return fam
