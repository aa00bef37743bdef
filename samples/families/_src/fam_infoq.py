"""InfoQ 中文站 (infoq.cn/article/ID)-like article pages as its Vue SSR app prints them: `#app`, the
`com-header` nav (首页 / 写作社区 / 极客时间 / QCon …, 登录 / 注册), `div.article-main` with
`h1.article-title`, `div.article-info` (作者 / 策划 / 编辑 links, `span.date`, 阅读数), `div.article-preview
> div.article-content > div.article-typo` holding the editors' intro lines (`作者 | …`, `策划 | …`,
`本文整理自 … 的演讲《…》。`), a `嘉宾介绍` / `讲者介绍` heading and its bio paragraph, the speech, then
`活动推荐` and `今日好文推荐` blocks still inside the text, 相关阅读 (related articles), the 评论 box
(登录后参与评论), the 打开 InfoQ App / 扫码下载 prompt and the 极客邦 footer with its ICP line. Lists: home
`/` and the topic page `/topic/architecture`. The expected text is the speech alone."""

import html
import json

from common import SPEECHES, Family, render

HOST = "www.infoq-like.test"

ARTICLES = [
    {
        "id": "Rk4PqZ7x2dYvNw8mTjLc",
        "speech": "R32B3",
        "title": "从单体到云原生：一家电商平台的十年架构演进",
        "author": "周恒",
        "planner": "Tina",
        "editor": "蔡芳芳",
        "date": "2023-09-15",
        "time": "2023-09-15 17:46",
        "ts": 1694771160000,
        "views": "6.2 千",
        "event": "ArchSummit 全球架构师峰会（深圳站）2023",
        "talk": "从单体到云原生的十年",
        "bio_head": "讲者介绍",
        "bio": "周恒，某头部电商平台首席架构师，负责交易、支付等核心系统的架构设计与演进，主导了公司从单体应用到服务化、容器化再到云原生的三次大规模架构升级。",
        "bio_first": False,
        "topics": ["架构", "云原生", "微服务", "ArchSummit"],
    },
    {
        "id": "bX9mE2sKqTn7VfA4wLoR",
        "speech": "R32B4",
        "title": "大模型辅助编程落地一年：提效没那么夸张，但研发团队必须变",
        "author": "沈一鸣",
        "planner": "蔡芳芳",
        "editor": "褚杏娟",
        "date": "2024-04-18",
        "time": "2024-04-18 10:12",
        "ts": 1713406320000,
        "views": "1.1 万",
        "event": "QCon 全球软件开发大会（北京站）2024",
        "talk": "大模型时代的研发团队",
        "bio_head": "嘉宾介绍",
        "bio": "沈一鸣，某互联网公司研发效能部负责人，长期从事研发工具链和工程效能建设，近两年主导了公司内部大模型辅助编程工具的落地与度量。",
        "bio_first": True,
        "topics": ["AI&大模型", "研发效能", "QCon"],
    },
]

OTHERS = [
    ("Hs6Tq0vPz3XyLmA1bN8k", "一次跨机房迁移的复盘：我们如何在零停机下搬走 4000 台服务器"),
    ("Wq2Lp9sXc4Vb7Nm0KjHd", "服务网格在生产环境的五年：收益、代价与取舍"),
    ("Zt8Yh3Jk6Fd1Sa5GqWe2", "架构师的十个常见误区"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="icon" href="https://static001.infoq-like.test/static/infoq/www/img/share-default-5tgbiuhgfefgujjhg.png">
<link href="https://static001.infoq-like.test/static/infoq/www/css/app.4f2b9a1c.css" rel="stylesheet">
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?1f9a5a8c6b2d3e4f5a6b7c8d9e0f1a2b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</head>
<body>
<div id="app" data-server-rendered="true"><div class="layout"><div class="com-header"><div class="header-main"><a href="/" class="logo"><img src="https://static001.infoq-like.test/static/infoq/www/img/logo.png" alt="InfoQ"></a><ul class="header-nav"><li class="nav-item@@HOME_ACTIVE@@"><a href="/">首页</a></li><li class="nav-item"><a href="https://xie.infoq-like.test/" target="_blank">写作社区</a></li><li class="nav-item"><a href="/video/list">视频</a></li><li class="nav-item"><a href="/minibooks">电子书</a></li><li class="nav-item"><a href="https://time.geekbang-like.test/" target="_blank">极客时间</a></li><li class="nav-item"><a href="https://qcon.infoq-like.test/" target="_blank">QCon</a></li><li class="nav-item"><a href="https://archsummit.infoq-like.test/" target="_blank">ArchSummit</a></li><li class="nav-item"><a href="https://aicon.infoq-like.test/" target="_blank">AICon</a></li><li class="nav-item"><a href="/zones/">专区</a></li></ul><div class="header-right"><div class="search-box"><input type="text" placeholder="搜索" class="search-input"></div><a href="https://xie.infoq-like.test/draft/write" target="_blank" class="write-btn">投稿</a><div class="login-box"><a href="https://account.geekbang-like.test/infoq/login/sms" class="login-btn">登录/注册</a></div></div></div><div class="topic-nav"><a href="/topic/AI&amp;LLM">AI&amp;大模型</a><a href="/topic/industrialinternet">产业互联网</a><a href="/topic/architecture">架构</a><a href="/topic/cloud-computing">云计算</a><a href="/topic/Front-end">前端</a><a href="/topic/opensource">开源</a><a href="/topic/DataBase">数据库</a><a href="/topic/Open-Source">研发效能</a></div></div>
"""

FOOT = """<div class="com-footer"><div class="footer-main"><div class="footer-links"><a href="/about">关于我们</a><a href="/contributor">内容投稿</a><a href="/joinus">加入我们</a><a href="/contact">联系我们</a><a href="/privacy">隐私政策</a><a href="/agreement">用户协议</a></div><div class="footer-follow"><div class="qrcode-item"><img src="https://static001.infoq-like.test/static/infoq/www/img/weixin-qrcode.png" alt="InfoQ 微信公众号"><span>InfoQ 官方公众号</span></div><div class="qrcode-item"><img src="https://static001.infoq-like.test/static/infoq/www/img/app-qrcode.png" alt="InfoQ App"><span>InfoQ 官方App</span></div></div><div class="copyright"><p>InfoQ 中文站 版权所有 © 2024 极客邦控股（北京）有限公司 All Rights Reserved.</p><p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京 ICP 备 16027448 号 - 5</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502039052" target="_blank" rel="nofollow">京公网安备 11010502039052 号</a>　京网文〔2019〕2805-274 号　违法和不良信息举报电话：010-64738142</p></div></div></div></div></div>
<script>window.__INITIAL_STATE__=@@STATE@@;(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());</script>
<script src="https://static001.infoq-like.test/static/infoq/www/js/chunk-vendors.8e2f5a1d.js" defer></script><script src="https://static001.infoq-like.test/static/infoq/www/js/app.3c9d7b2e.js" defer></script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=True)


def typo(a) -> str:
    sp = SPEECHES[a["speech"]]
    out = [
        f'<p>作者 | {a["author"]}</p>',
        f'<p>策划 | {a["planner"]}</p>',
        f'<blockquote><p>本文整理自{esc(a["author"])}在 {esc(a["event"])} 的演讲《{esc(a["talk"])}》。</p></blockquote>',
    ]
    bio = f'<h2>{a["bio_head"]}</h2><p>{esc(a["bio"])}</p>'
    if a["bio_first"]:
        out.append(bio)
        out.append("<h2>演讲正文</h2>")
    for p in sp.paras:
        out.append(f"<p>{esc(p)}</p>")
    if not a["bio_first"]:
        out.append(bio)
    out.append(
        '<h2>活动推荐</h2><p>8 月 18-19 日，AICon 全球人工智能开发与应用大会将在上海举办，聚焦大模型训练与推理、AI Agent、RAG 等前沿话题。'
        '大会火热报名中，目前购票享 8 折优惠，咨询购票请联系：13269078023（微信同号）。</p>'
        '<p><img src="https://static001.infoq-like.test/resource/image/aa/3f/aa8c6b9d2e1f3a4b5c6d7e8f9a0b1c3f.png" alt=""></p>'
    )
    out.append(
        '<p><strong>今日好文推荐</strong></p>'
        f'<p><a href="/article/{OTHERS[0][0]}" target="_blank">{OTHERS[0][1]}</a></p>'
        f'<p><a href="/article/{OTHERS[1][0]}" target="_blank">{OTHERS[1][1]}</a></p>'
        f'<p><a href="/article/{OTHERS[2][0]}" target="_blank">{OTHERS[2][1]}</a></p>'
    )
    return "".join(out)


def article_page(a, other) -> str:
    sp = SPEECHES[a["speech"]]
    summary = sp.paras[1][:110]
    meta = (
        f'<meta property="og:title" content="{esc(a["title"])}_{a["topics"][0]}_{a["author"]}_InfoQ精选文章">\n'
        f'<meta property="og:description" content="{esc(summary)}">\n'
        f'<meta property="og:url" content="https://{HOST}/article/{a["id"]}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta name="article:published_time" content="{a["date"]}">\n'
        f'<link rel="canonical" href="https://{HOST}/article/{a["id"]}">\n'
    )
    topics = "".join(f'<a href="/topic/{t}" class="topic-tag">{t}</a>' for t in a["topics"])
    state = {
        "article": {
            "uuid": a["id"],
            "article_title": a["title"],
            "article_summary": summary,
            "publish_time": a["ts"],
            "author": [{"nickname": a["author"]}],
            "topic": [{"name": t} for t in a["topics"]],
            "views": a["views"],
            "no_comment": False,
        },
        "user": {"isLogin": False},
    }
    state_js = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    related = "".join(
        f'<li class="related-item"><a href="/article/{pid}" target="_blank" class="related-title">{t}</a><span class="related-date">2023-0{i + 6}-1{i}</span></li>'
        for i, (pid, t) in enumerate(OTHERS)
    ) + f'<li class="related-item"><a href="/article/{other["id"]}" target="_blank" class="related-title">{esc(other["title"])}</a><span class="related-date">{other["date"]}</span></li>'
    out = render(
        HEAD,
        TITLE=f'{esc(a["title"])}_{a["topics"][0]}_{a["author"]}_InfoQ精选文章',
        KEYWORDS=esc(",".join(a["topics"])),
        DESC=esc(summary),
        META=meta,
        HOME_ACTIVE="",
    )
    out += (
        '<div class="main-content"><div class="article-page"><div class="article-main">'
        f'<div class="article-crumbs"><a href="/">首页</a><span class="divide">/</span><a href="/topic/{a["topics"][0]}">{a["topics"][0]}</a><span class="divide">/</span><span>文章详情</span></div>'
        f'<h1 class="article-title">{esc(a["title"])}</h1>'
        f'<div class="article-info"><div class="info-left"><span class="author-label">作者：</span><a href="/profile/{a["author"]}" class="com-author-name">{a["author"]}</a>'
        f'<span class="author-label">策划：</span><a href="/profile/{a["planner"]}" class="com-author-name">{a["planner"]}</a>'
        f'<span class="author-label">编辑：</span><a href="/profile/{a["editor"]}" class="com-author-name">{a["editor"]}</a>'
        f'<span class="date">{a["time"]}</span></div><div class="info-right"><span class="views"><i class="iconfont iconyuedu"></i>阅读数：{a["views"]}</span></div></div>'
        f'<div class="article-cover"><img src="https://static001.infoq-like.test/resource/image/7c/2e/7c1d9e3b5a8f0e2d4c6b8a0f1e3d5c2e.jpg" alt="{esc(a["title"])}"></div>'
        '<div class="article-preview"><div class="article-content"><div class="article-typo">'
        + typo(a)
        + '</div></div></div>'
        f'<div class="article-topics"><span class="label">话题：</span>{topics}</div>'
        '<div class="article-actions"><div class="action-item like"><i class="iconfont iconzan"></i><span>点赞</span></div><div class="action-item collect"><i class="iconfont iconshoucang"></i><span>收藏</span></div><div class="action-item share"><i class="iconfont iconfenxiang"></i><span>分享</span><div class="share-pop"><span>微信扫码分享</span><span>新浪微博</span><span>复制链接</span></div></div></div>'
        '<div class="copyright-notice"><p>本文为 InfoQ 中文站特供稿件，首发地址为 InfoQ 中文站。未经授权请勿转载。</p></div>'
        '<div class="article-app-guide"><div class="guide-text">打开 InfoQ App，阅读更多精彩内容</div><a href="/app" class="guide-btn">打开App</a></div>'
        f'<div class="com-comment"><div class="comment-title">评论</div><div class="comment-login-tip"><span>发布评论需要先</span><a href="https://account.geekbang-like.test/infoq/login/sms">登录</a><span>后参与讨论</span></div><div class="comment-empty">暂无评论</div></div>'
        f'<div class="related-article"><div class="related-head">相关阅读</div><ul class="related-list">{related}</ul></div>'
        '</div>'
        '<div class="article-aside"><div class="aside-block app-download"><img src="https://static001.infoq-like.test/static/infoq/www/img/app-qrcode.png" alt="InfoQ App"><p>扫码下载 InfoQ App</p><p class="sub">随时随地获取技术资讯</p></div>'
        '<div class="aside-block hot-list"><div class="aside-title">热门文章</div><ul>'
        + "".join(f'<li><a href="/article/{pid}">{t}</a></li>' for pid, t in OTHERS)
        + '</ul></div><div class="aside-block ad-block"><a href="https://qcon.infoq-like.test/" target="_blank"><img src="https://static001.infoq-like.test/resource/image/qcon-banner.jpg" alt="QCon 全球软件开发大会"></a><span class="ad-mark">广告</span></div></div>'
        '</div></div>'
    )
    out += render(FOOT, STATE=state_js)
    return out


def list_item(a) -> str:
    sp = SPEECHES[a["speech"]]
    return (
        f'<div class="article-item"><div class="item-main"><h6 class="com-article-title"><a href="/article/{a["id"]}" target="_blank">{esc(a["title"])}</a></h6>'
        f'<p class="summary">{esc(sp.paras[1][:80])}…</p><div class="editor"><a href="/profile/{a["author"]}" class="com-author-name">{a["author"]}</a><span class="date">{a["date"]}</span></div></div>'
        f'<div class="item-image"><a href="/article/{a["id"]}" target="_blank"><img src="https://static001.infoq-like.test/resource/image/7c/2e/7c1d9e3b5a8f0e2d4c6b8a0f1e3d5c2e.jpg" alt=""></a></div></div>'
    )


def other_item(pid, t) -> str:
    return f'<div class="article-item"><div class="item-main"><h6 class="com-article-title"><a href="/article/{pid}" target="_blank">{t}</a></h6><div class="editor"><span class="date">2023-08-30</span></div></div></div>'


def list_page(title, heading, items, active) -> str:
    out = render(HEAD, TITLE=title, KEYWORDS="InfoQ,架构,云计算,AI,大模型,前端,研发效能", DESC="InfoQ 是一个实践驱动的社区资讯站点，致力于促进软件开发领域知识与创新的传播。", META="", HOME_ACTIVE=active)
    out += (
        f'<div class="main-content"><div class="list-page"><div class="list-main"><div class="list-head"><h2>{heading}</h2></div><div class="article-list">{items}</div>'
        '<div class="load-more"><span>加载更多</span></div></div>'
        '<div class="list-aside"><div class="aside-block app-download"><img src="https://static001.infoq-like.test/static/infoq/www/img/app-qrcode.png" alt="InfoQ App"><p>扫码下载 InfoQ App</p></div></div></div></div>'
    )
    out += render(FOOT, STATE='{"user":{"isLogin":false}}')
    return out


def build() -> Family:
    fam = Family(
        HOST,
        "InfoQ 中文站 (infoq.cn)-like article pages /article/ID: 作者/策划 lines and 本文整理自…的演讲 intro inside the text, 讲者介绍/嘉宾介绍, 活动推荐 and 今日好文推荐 after the speech, 相关阅读, login and app prompts",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        home="/",
    )
    a, b = ARTICLES
    fam.put("/", list_page("InfoQ - 促进软件开发及相关领域知识与创新的传播", "推荐", list_item(b) + other_item(*OTHERS[0]) + list_item(a) + other_item(*OTHERS[1]), " active"))
    fam.put("/topic/architecture", list_page("架构_InfoQ", "架构", list_item(a) + other_item(*OTHERS[2]) + other_item(*OTHERS[0]), ""))
    fam.not_documents += ["/topic/architecture"]
    fam.put(f"/article/{a['id']}", article_page(a, b))
    fam.put(f"/article/{b['id']}", article_page(b, a))
    fam.doc([f"/article/{a['id']}"], SPEECHES["R32B3"], title=a["title"], published_at=a["date"])
    fam.doc([f"/article/{b['id']}"], SPEECHES["R32B4"], title=b["title"], published_at=b["date"])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\nDisallow: /search\n")
    fam.noise += [
        "作者 | 周恒",
        "策划 | Tina",
        "本文整理自",
        "讲者介绍",
        "嘉宾介绍",
        "某头部电商平台首席架构师",
        "研发效能部负责人",
        "活动推荐",
        "AICon 全球人工智能开发与应用大会将在上海举办",
        "今日好文推荐",
        "相关阅读",
        "本文为 InfoQ 中文站特供稿件",
        "打开 InfoQ App，阅读更多精彩内容",
        "扫码下载 InfoQ App",
        "后参与讨论",
        "京 ICP 备 16027448 号 - 5",
        "演讲正文",
    ]
    fam.note = (
        "The editors' lines (作者 | …, 策划 | …, the 本文整理自 … 的演讲 blockquote), the 讲者介绍 / 嘉宾介绍 heading and bio (before the speech "
        "in one article, after it in the other), the 演讲正文 heading, 活动推荐 and 今日好文推荐 sit inside `article-typo` but are not the speech. "
        "The title is the article's headline, not the talk's title. Links to /profile/…, other /article/… ids, /topic/… pages other than "
        "/topic/architecture and the other InfoQ sites are not served (404)."
    )
    return fam
