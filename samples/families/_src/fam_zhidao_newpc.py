"""百度知道 (zhidao.baidu.com) question pages, the newer PC template (about 2021–2023), UTF-8.

Home `/` (the 知道 home: `#header` search box, 知道日报 / 知道合伙人 / 经验 nav, `question-list`
of 推荐问题 with their 回答数) and the category listing `/list?cid=1031` (query route; 职场 ›
公文写作, `question-title` rows, `pager` to `&pn=20`, not a document) → questions
`/question/N.html`: `#wgt-ask` (`h1` `span.ask-title`, `q-content` asker's line, 1个回答 / 浏览),
`div.wgt-best` with the 最佳答案 / 采纳率 answerer card (`wgt-replyer-best`, 擅长 line, `pos-time`
answer time), the answer in `div.best-text.mb-10` > `div.rich-content-container` as `<p>`s: the
answerer's greeting before the speech, the speech title as a bold line, her closing `希望对你有帮助`
line after, the `wgt-best-mask` 展开全部 button at the bottom (the text is all there), `本回答被提问者采纳`,
赞 / 踩 / 评论 bar, `#wgt-answers` 其他N条回答 (a short other answer), `wgt-related` 为你推荐,
`wgt-app` download-the-app strip and `wgt-footer`. `?sort=11&rn=5&pn=5#wgt-answers` (more answers,
linked as 查看全部N个回答) is a page of the other answers only: not a document."""

from common import SPEECHES, Family

HOST = "zhidao.baidu-xinban-like.test"
Q1, Q2 = "2184735612906473268", "1729564038816271540"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="referrer" content="always" />
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@" />
@@CANON@@
<link rel="shortcut icon" href="https://www.baidu.com/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="https://iknowpc.bdimg-like.test/static/question/pkg/question-pc.7c2a9f3e.css" />
<script>window.F = window.F || {};F.context = {pageType: "@@PTYPE@@", qid: "@@QID@@", isLogin: false, rtype: "iknow", productLine: "zhidao", pcVersion: "v3"};</script>
<script src="https://iknowpc.bdimg-like.test/static/common/lib/mod.c0a8e11b.js"></script>
</head>
<body class="layout-center-grid">
<div id="userbar" class="userbar"><ul><li><a href="https://www.baidu.com/" target="_blank">百度首页</a></li><li class="login-item"><a href="https://passport.baidu.com/v2/?login&tpl=ik&u=https%3A%2F%2Fzhidao.baidu.com%2F" class="login">登录</a></li><li><a href="https://passport.baidu.com/v2/?reg&tpl=ik" class="reg">注册</a></li><li><a href="https://zhidao.baidu.com/shop" target="_blank">商城</a></li></ul></div>
<div id="header" class="container">
<div class="search-bar clearfix">
<a class="logo" href="http://zhidao.baidu-xinban-like.test/" title="百度知道"><img src="https://iknowpc.bdimg-like.test/static/common/widget/search-box-new/img/logo-zhidao.png" height="46" alt="百度知道" /></a>
<form class="search-form" action="/search" method="get" name="search-form"><input class="hdi" id="kw" maxlength="256" tabindex="1" size="46" name="word" value="" autocomplete="off" placeholder="" /><button class="btn-global" id="search-btn" type="submit">搜索答案</button><a class="btn-ask" href="/new?word=&ie=GBK" target="_blank">我要提问</a></form>
</div>
<div class="menu-wrap"><div class="menu-list"><a href="http://zhidao.baidu-xinban-like.test/" class="menu-title first">首页</a><a href="http://zhidao.baidu-xinban-like.test/list?cid=1031" class="menu-title">问题分类</a><a href="https://zhidao.baidu.com/daily" class="menu-title" target="_blank">知道日报</a><a href="https://zhidao.baidu.com/s/merchant/index.html" class="menu-title" target="_blank">知道合伙人</a><a href="https://jingyan.baidu.com/" class="menu-title" target="_blank">经验</a><a href="https://zhidao.baidu.com/ihome/homepage/myquestion" class="menu-title" target="_blank">我的知道</a></div></div>
</div>
<div id="body" class="container">
"""

FOOT = """</div>
<div class="wgt-app" id="wgt-app"><div class="container clearfix"><img src="https://iknowpc.bdimg-like.test/static/common/widget/app/img/app-qr.png" width="80" height="80" alt="" /><div class="app-text"><p class="app-title">下载百度知道APP，抢鲜体验</p><p>使用百度知道APP，立即抢鲜体验。你的手机镜头里或许有别人想知道的答案。</p></div><a class="app-btn" href="https://zhidao.baidu.com/s/zhidaoapp/index.html" target="_blank">扫描二维码下载</a></div></div>
<div id="footer" class="wgt-footer"><div class="container">
<p class="footer-links"><a href="https://help.baidu.com/question?prod_id=9" target="_blank">帮助</a><span class="split">|</span><a href="https://zhidao.baidu.com/s/user-protocol/index.html" target="_blank">用户协议</a><span class="split">|</span><a href="https://zhidao.baidu.com/s/privacy/index.html" target="_blank">隐私政策</a><span class="split">|</span><a href="https://zhidao.baidu.com/s/report/index.html" target="_blank">意见反馈</a><span class="split">|</span><a href="https://jubao.baidu.com/" target="_blank">投诉举报</a></p>
<p class="copyright">&copy;2023 Baidu&nbsp;&nbsp;<a href="https://www.baidu.com/duty/" target="_blank">使用百度前必读</a>&nbsp;|&nbsp;<a href="https://zhidao.baidu.com/s/protocol/index.html" target="_blank">知道协议</a>&nbsp;|&nbsp;<a href="https://zhidao.baidu.com/s/dongjiexieyi/index.html" target="_blank">百度知道品牌合作</a></p>
</div></div>
<script src="https://iknowpc.bdimg-like.test/static/question/pkg/question-pc.b9e2d04a.js"></script>
<script>require("question:widget/question/best/best.js").init({qid: F.context.qid});</script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?6859ce5aaf00fb00387e6434e4fcc925";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def head(title, desc, ptype, qid="", canon=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@PTYPE@@", ptype).replace("@@QID@@", qid).replace("@@CANON@@", canon)


def related(items):
    lis = "".join(f'<li class="related-item"><a href="{h}" class="related-link" target="_blank"><span class="related-title">{t}</span><span class="related-num">{n}个回答</span></a></li>' for h, t, n in items)
    return f'<div class="wgt-related" id="wgt-related"><div class="related-title-box"><span class="related-title-text">为你推荐：</span></div><ul class="related-list">{lis}</ul></div>'


def aside():
    return """<div class="layout-right" id="layout-right">
<div class="wgt-ads" id="wgt-ads-right"><div class="ad-title"><span>特别推荐</span></div><div class="ad-item"><a href="https://zhidao.baidu.com/s/zhidaodaily/" target="_blank"><img src="https://iknowpc.bdimg-like.test/ad/daily-banner.jpg" width="260" alt="" /><p>你知道吗？公文写作里的“表态发言”有哪些固定格式？</p></a></div></div>
<div class="wgt-hot-list"><h3>知道日报</h3><ul><li><a href="https://zhidao.baidu.com/daily/view?id=231205" target="_blank">为什么会议讲话稿总要“提几点希望”？</a></li><li><a href="https://zhidao.baidu.com/daily/view?id=231188" target="_blank">退休后最容易忽视的三件事</a></li></ul></div>
<div class="wgt-ads"><script>(window.slotbydup = window.slotbydup || []).push({id: "u6489201", container: "_anti_ad_u6489201", async: true});</script><div id="_anti_ad_u6489201"></div></div>
</div>
"""


def question_page(qid, qtitle, qdesc, asker, qtime, views, answerer, level, rate, good_at, atime, greeting, s, closing, likes, other, nmore, rel):
    body = "\n".join(f"<p>{p}</p>" for p in s.paras)
    canon = f'<link rel="canonical" href="http://{HOST}/question/{qid}.html" />'
    return head(f"{qtitle}_百度知道", qtitle + " " + qdesc, "question", qid, canon) + f"""<div class="layout-wrap clearfix">
<div class="layout-left" id="layout-left">
<nav class="wgt-nav"><a href="http://{HOST}/" class="nav-item">百度知道</a><span class="nav-arrow">&gt;</span><a href="http://{HOST}/list?cid=1031" class="nav-item">职场/公文写作</a></nav>
<div id="wgt-ask" class="wgt-ask accuse-response line">
<h1 accuse="qTitle"><span class="ask-title">{qtitle}</span></h1>
<div class="line mt-5 q-content" accuse="qContent"><span class="q-content-text">{qdesc}</span></div>
<div class="line f-aid ask-info ff-arial"><span class="grid-r ask-time">{qtime[:10]}</span><span class="ask-user">{asker}</span><span class="answer-num">{1 + len(other)}个回答</span><span class="browse-num">浏览 {views} 次</span><span class="ask-share"><i class="i-share"></i>分享</span><span class="ask-report" accuse="qReport">举报</span></div>
</div>
<div class="wgt-best" id="wgt-best">
<div class="best-title"><span class="best-tag"><i class="i-best"></i>最佳答案</span></div>
<div class="wgt-replyer-best clearfix">
<a class="replyer-avatar" href="https://zhidao.baidu.com/usercenter?uid=3a8f2{qid[-6:]}" target="_blank"><img src="https://himg.bdimg-like.test/sys/portrait/item/{qid[-8:]}.jpg" width="40" height="40" alt="" /></a>
<div class="replyer-info"><p class="user-name"><a href="https://zhidao.baidu.com/usercenter?uid=3a8f2{qid[-6:]}" target="_blank">{answerer}</a> <span class="user-level">{level}</span></p><p class="replyer-good-at">擅长：{good_at}</p><p class="replyer-rate">采纳数：{rate[0]} 获赞数：{rate[1]}</p></div>
<span class="grid-r f-aid pos-time answer-time f-pening">{atime}</span>
</div>
<div class="bd answer" id="answer-{int(qid) % 9999999967}">
<div class="line content">
<div id="best-content-{int(qid) % 9999999967}" accuse="aContent" class="best-text mb-10" style="max-height: 520px;">
<div class="rich-content-container rich-text-">
<p>{greeting}</p>
<p><b>{s.title}</b></p>
{body}
<p>{closing}</p>
</div>
<div class="wgt-best-mask"><div class="wgt-best-showbtn">展开全部<span class="wgt-best-arrowdown"></span></div></div>
</div>
<p class="quality-info f-light-gray">本回答被提问者采纳</p>
</div>
<div class="wgt-eva clearfix"><span class="evaluate evaluate-32" data-evaluate="1" id="evaluate-{qid[-6:]}"><i class="i-thumbs-up"></i>已赞过<b class="evaluate-num">{likes}</b></span><span class="evaluate evaluate-bad" data-evaluate="2"><i class="i-thumbs-down"></i>已踩过<b class="evaluate-num">{likes // 9}</b></span><span class="eva-tip">你对这个回答的评价是？</span><a class="comment" href="javascript:;"><i class="i-comment"></i>评论</a><a class="fold-comment" style="display:none">收起</a></div>
</div>
</div>
<div class="wgt-answers" id="wgt-answers">
<div class="answers-title"><span>其他{len(other)}条回答</span></div>
""" + "".join(f"""<div class="answer" id="answer-{i}"><div class="answer-top-info"><span class="user-name">{n}</span><span class="grid-r f-aid pos-time answer-time">{t}</span></div><div class="answer-text line"><div class="con"><span class="con-all">{x}</span></div></div><div class="wgt-eva"><span class="evaluate">赞</span><span class="evaluate-bad">踩</span><a class="comment">评论</a></div></div>
""" for i, (n, t, x) in enumerate(other, 1)) + (f'<a class="show-answer-dispute" href="http://{HOST}/question/{qid}.html?sort=11&amp;rn=5&amp;pn=5#wgt-answers">查看全部{len(other) + nmore}个回答</a>' if nmore else "") + f"""
</div>
{related(rel)}
</div>
{aside()}
</div>
""" + FOOT


def more_page(qid, qtitle, items):
    canon = f'<link rel="canonical" href="http://{HOST}/question/{qid}.html" />'
    return head(f"{qtitle}_百度知道", qtitle, "question", qid, canon) + f"""<div class="layout-wrap clearfix">
<div class="layout-left" id="layout-left">
<nav class="wgt-nav"><a href="http://{HOST}/" class="nav-item">百度知道</a><span class="nav-arrow">&gt;</span><a href="http://{HOST}/list?cid=1031" class="nav-item">职场/公文写作</a></nav>
<div id="wgt-ask" class="wgt-ask accuse-response line"><h1 accuse="qTitle"><span class="ask-title">{qtitle}</span></h1></div>
<div class="wgt-answers" id="wgt-answers"><div class="answers-title"><span>全部回答</span></div>
""" + "".join(f'<div class="answer"><div class="answer-top-info"><span class="user-name">{n}</span><span class="grid-r f-aid pos-time answer-time">{t}</span></div><div class="answer-text line"><div class="con"><span class="con-all">{x}</span></div></div></div>\n' for n, t, x in items) + f"""<div class="pager"><a href="http://{HOST}/question/{qid}.html">上一页</a></div>
</div>
</div>
{aside()}
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "百度知道 newer PC question template (2021–2023), UTF-8", content_type="text/html;charset=utf-8")
    s1, s2 = SPEECHES["f51c-3"], SPEECHES["f51c-4"]
    qt1 = "刚当选村支书，镇里让在任职会上作表态发言，怎么写？"
    qt2 = "公司安全生产月启动仪式总经理讲话稿"
    rel1 = [(f"http://{HOST}/question/{Q2}.html", qt2, 3), ("https://zhidao.baidu.com/question/1458823109784523260.html", "村两委换届后新班子第一次会议讲什么", 4), ("https://zhidao.baidu.com/question/652193847720183925.html", "表态发言一般几分钟合适", 6)]
    rel2 = [(f"http://{HOST}/question/{Q1}.html", qt1, 2), ("https://zhidao.baidu.com/question/2017530966409145708.html", "安全生产月活动总结怎么写", 5)]
    other1 = [("匿名用户", "2021-11-06 09:40", "写之前先看看镇里对你们村有什么要求，表态要结合村里实际，别写空话。一般四五点就够了，三五分钟讲完。")]
    other2 = [("安全员小王2020", "2022-06-02 10:12", "可以参考应急管理部发的今年安全生产月活动方案，把主题、时间、几项活动写进去，再加上本单位的事故案例。"), ("热心网友", "2022-06-03 16:55", "讲话稿开头点题，中间讲形势、责任、措施，结尾宣布启动，就这个结构。")]
    fam.put(f"/question/{Q1}.html", question_page(Q1, qt1, "村里刚换届，下周一镇党委来开任职大会，要我作个表态发言，文化不高，求一篇实在点的。", "ohb木子", "2021-11-04 20:17", 2694,
        "春风化雨8326", "知道合伙人教育行家", (1286, 5031), "公文写作 党建", "2021-11-05 08:36",
        "你好，表态发言关键是讲清楚自己是谁、准备干什么、怎么保证干好，结合村里的实际情况写，下面这篇你可以改一改用：", s1,
        "以上仅供参考，村里的具体数字和项目你根据实际情况换一换。希望对你有帮助，望采纳！", 318, other1, 0, rel1))
    fam.put(f"/question/{Q2}.html", question_page(Q2, qt2, "六月一号要开启动会，老板让我帮他写个讲话稿，要有今年的主题，十分钟左右。", "一只喵喵的小鱼", "2022-05-30 14:02", 5128,
        "安全第一小李子", "知道达人", (734, 2210), "安全生产 企业管理", "2022-05-31 19:25",
        "楼主你好，给你一篇我们公司去年用的，改了一下今年的主题，数字你自己替换：", s2,
        "讲话时长大概十分钟，可以根据公司情况删减。如有帮助请采纳，谢谢！", 452, other2, 3, rel2))
    more = [("热心网友", "2022-06-03 16:55", "讲话稿开头点题，中间讲形势、责任、措施，结尾宣布启动，就这个结构。"), ("百度网友9c1e0b", "2022-06-05 11:03", "去应急管理部网站看今年的活动通知，主题写对最重要。"), ("m_落叶知秋", "2022-06-07 22:18", "我们厂就是这么讲的，谢谢分享。"), ("百度网友a73f62", "2022-06-10 08:41", "收藏了，明年用。")]
    fam.route(f"/question/{Q2}.html?sort=11&rn=5&pn=5", f"/_q/{Q2}_pn5.html", more_page(Q2, qt2, more))
    rows = lambda items: "".join(f'<li class="question-title-row"><a class="question-title" href="{h}" target="_blank">{t}</a><span class="question-answer-num">{n}回答</span><span class="question-time">{d}</span></li>' for h, t, n, d in items)
    listing = [(f"http://{HOST}/question/{Q2}.html", qt2, 3, "2022-05-30"), ("https://zhidao.baidu.com/question/1926630473214098627.html", "年终述职报告开头怎么写比较好", 8, "2022-05-29"), (f"http://{HOST}/question/{Q1}.html", qt1, 2, "2021-11-04"), ("https://zhidao.baidu.com/question/590283647129338965.html", "请假条的正确格式", 12, "2021-11-03")]
    fam.route("/list?cid=1031", "/_q/list_1031.html", head("公文写作_问题分类_百度知道", "公文写作问题分类", "list") + f"""<div class="layout-wrap clearfix"><div class="layout-left">
<nav class="wgt-nav"><a href="http://{HOST}/" class="nav-item">百度知道</a><span class="nav-arrow">&gt;</span><span class="nav-item">职场</span><span class="nav-arrow">&gt;</span><span class="nav-item">公文写作</span></nav>
<div class="list-header"><ul class="list-tab"><li class="on">待回答</li><li>高悬赏</li><li>已解决</li></ul></div>
<ul class="question-list">{rows(listing)}</ul>
<div class="pager"><b>1</b><a href="http://{HOST}/list?cid=1031&amp;pn=20">2</a><a href="http://{HOST}/list?cid=1031&amp;pn=20">下一页&gt;</a></div>
</div>{aside()}</div>
""" + FOOT)
    fam.put("/", head("百度知道 - 全球领先中文互动问答平台", "百度知道是全球领先的中文问答互动平台，每天为数亿网民答疑解惑。", "home") + f"""<div class="layout-wrap clearfix"><div class="layout-left">
<div class="home-banner"><a href="https://zhidao.baidu.com/daily" target="_blank"><img src="https://iknowpc.bdimg-like.test/static/home/banner-daily.jpg" alt="知道日报" /></a></div>
<div class="wgt-question-list" id="j-question-list"><div class="list-title"><span class="on">推荐</span><span>待回答</span><a href="http://{HOST}/list?cid=1031" class="more">更多问题&gt;&gt;</a></div>
<ul class="question-list">{rows(listing[:1] + [("https://zhidao.baidu.com/question/1601398826371054940.html", "家里老人总是失眠怎么办", 14, "2022-05-30")])}</ul></div>
</div>{aside()}</div>
""" + FOOT)
    fam.put("/robots.txt", "User-agent: Baiduspider\nDisallow: /w?\nDisallow: /search?\n\nUser-agent: *\nDisallow: /search\nDisallow: /ihome\n")
    fam.doc([f"/question/{Q1}.html"], s1, published_at="2021-11-05")
    fam.doc([f"/question/{Q2}.html"], s2, published_at="2022-05-31")
    fam.not_documents += ["/", "/list?cid=1031", f"/question/{Q2}.html?sort=11&rn=5&pn=5"]
    fam.noise += ["表态发言关键是讲清楚", "希望对你有帮助，望采纳", "以上仅供参考", "给你一篇我们公司去年用的", "如有帮助请采纳", "展开全部", "本回答被提问者采纳", "你对这个回答的评价是？", "条回答", "为你推荐", "下载百度知道APP", "特别推荐", "擅长：", "采纳数："]
    return fam
