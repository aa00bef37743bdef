"""百度知道 (zhidao.baidu.com) question pages, PC template about 2021, GBK: a question asking for a
speech (`求一篇…发言稿`) whose 采纳 best answer carries it. `#wgt-ask` (`span.ask-title`, `q-content`,
tags, ask time, 我来答 / 分享 / 举报), `#wgt-best` with the 采纳答案 head, the answerer card
(`wgt-replyer-best`: name, 采纳数 / 获赞数, 擅长), `div.best-text#best-content-N[accuse=aContent]`
opening with the `wgt-best-mask` / `展开全部` fold (the text is all there; CSS folds it), the answerer's
own lines around the speech (a greeting, the speech's title in bold, a closing `望采纳`), 追问 / 追答,
the `wgt-eva` bar (本回答由提问者推荐, 已赞过 / 已踩过, 你对这个回答的评价是？, 评论 收起), then
`#wgt-answers` (其他回答: a shorter stock speech, a 百度文库 pointer, each with its own fold),
相关问题 / 为你推荐, ads and the footer. Home is the search page `/search?word=发言稿&ie=gbk` whose
results link `/question/N.html?fr=iks&word=…&ie=gbk`; the pages' 相关问题 link the plain address
(`<link rel="canonical">`): one document each."""

from urllib.parse import quote

from common import SPEECHES, Family

HOST = "zhidao.wenda-like.test"
WORD = "%B7%A2%D1%D4%B8%E5"  # 发言稿 in GBK, as zhidao's search writes it
SEARCH = f"/search?word={WORD}&ie=gbk"

QUESTIONS = [
    dict(
        speech=SPEECHES["ZD1"],
        qid="1987654321098765432",
        title="求一篇公司年会上优秀员工代表的发言稿，800字左右",
        q_content="公司年会要我作为优秀员工代表上台发言，我是车间班长，不太会写，求大神帮忙写一篇，要真实一点，别太空。",
        q_time="2024-01-16 21:05",
        tags=["发言稿", "年会", "优秀员工"],
        browse="2,316",
        user=("笔杆子老周", "采纳数：1862　获赞数：9417", "擅长：公文写作 职场 社会民生"),
        a_time="2024-01-18",
        greeting="楼主你好！根据你说的情况（车间班长、年会发言）帮你写了一篇，数字和名字换成你们公司的就行：",
        closing="以上，可以根据你们公司的实际情况改一改，念的时候语速放慢一点，三分钟左右正好。希望能帮到你，望采纳~",
        ask_more=(
            "能不能加一句感谢家人的？",
            "可以的，在倒数第二段“表个态”前面加一句“也感谢家人对我们工作的理解和支持”就行。",
        ),
        likes=(327, 12),
        others=[
            (
                "匿名用户",
                "2024-01-17",
                [
                    "尊敬的各位领导、亲爱的同事们：",
                    "大家好！非常荣幸能够作为优秀员工代表在这里发言。回首过去的一年，我们在公司的正确领导下，团结一心，攻坚克难，取得了可喜的成绩。",
                    "新的一年，我将以更加饱满的热情投入到工作中去，为公司的发展添砖加瓦。谢谢大家！",
                ],
                41,
            ),
            (
                "我爱吃西瓜sky",
                "2024-01-17",
                ["百度文库里一搜一大把，搜“优秀员工代表发言稿”，找一篇改改就行。"],
                3,
            ),
        ],
        related="退役军人八一座谈会发言稿，求一篇",
    ),
    dict(
        speech=SPEECHES["ZD2"],
        qid="1912345678901234567",
        title="退役军人八一座谈会发言稿，求一篇",
        q_content="镇里八一开座谈会，让我代表退役军人发个言，我九八年当兵，退伍后在村里种茶，求一篇发言稿，谢谢了。",
        q_time="2023-07-27 08:41",
        tags=["八一建军节", "退役军人", "发言稿"],
        browse="1,054",
        user=("老兵阿强", "采纳数：96　获赞数：511", "擅长：军事 三农"),
        a_time="2023-07-29",
        greeting="同是老兵，看到你的问题很亲切。你的经历跟我差不多，我照着你说的情况写了一篇，你自己再顺一顺：",
        closing="发言不用太长，真情实感最重要。战友，加油！",
        ask_more=(
            "太感谢了！九八年抗洪那段写得太像了，我就是那年入伍的。",
            "哈哈，那年入伍的都经历过，敬礼！",
        ),
        likes=(158, 2),
        others=[
            (
                "小雨点点滴",
                "2023-07-28",
                [
                    "各位领导、各位战友：",
                    "八一建军节就要到了，在这个特殊的日子里，我们欢聚一堂，共庆节日。作为一名退役军人，我深感自豪。",
                    "我们要牢记军人的使命，退伍不褪色，为家乡建设贡献力量！",
                ],
                17,
            ),
        ],
        related="求一篇公司年会上优秀员工代表的发言稿，800字左右",
    ),
]

RELATED_MORE = [
    ("1876543210987654321", "年会优秀员工获奖感言简短大气", "12"),
    ("1765432109876543210", "八一建军节慰问退伍老兵讲话稿", "5"),
    ("1654321098765432109", "家长会家长代表发言稿初二", "8"),
    ("1543210987654321098", "新员工入职一年工作总结怎么写", "20"),
]


def q_url(q):
    return f"/question/{q['qid']}.html"


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<!--STATUS OK-->
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta http-equiv="content-type" content="text/html;charset=gbk" />
<meta name="referrer" content="always" />
<title>{title}</title>
{extra}<link rel="shortcut icon" href="//www.baidu.com/favicon.ico?t=20171027" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="https://iknowpc.bdimg.com/static/common/pkg/common.css?v=2a8c1e7d" />
<link rel="stylesheet" type="text/css" href="https://iknowpc.bdimg.com/static/question/pkg/question.css?v=6f3b9d20" />
<script>window.alogObjectConfig = {{product: '102', page: '102_1', monkey_page: 'zhidao-question', speed_page: '1'}};</script>
</head>
"""


USERBAR = """<div id="userbar" class="userbar"><ul>
<li><a href="https://www.baidu.com/" target="_blank">百度首页</a></li>
<li><a href="https://passport.baidu.com/v2/?login" class="login-link">登录</a></li>
<li><a href="https://passport.baidu.com/v2/?reg" target="_blank">注册</a></li>
</ul></div>
<header id="header" class="container"><div class="search-block clearfix">
<a href="/" class="logo"><img src="https://iknowpc.bdimg.com/static/common/widget/search-box/img/logo_zhidao.png" alt="百度知道" /></a>
<form action="/search" method="get" name="search-form" class="search-form"><input class="hdi" id="kw" maxlength="256" name="word" autocomplete="off" value="" /><input type="hidden" name="ie" value="gbk" /><button type="submit" id="search-btn" class="btn-global">搜索答案</button><a href="/new?word=&ie=GBK" class="btn-global ask-btn">我要提问</a></form>
</div></header>
<nav id="menu" class="menu"><div class="container"><ul>
<li><a href="/">首页</a></li>
<li><a href="/list?fr=daohang">问题</a></li>
<li><a href="/list?cid=110&fr=daohang">全部问题</a></li>
<li><a href="/list?cid=102&fr=daohang">教育/科学</a></li>
<li><a href="/list?cid=112&fr=daohang">社会民生</a></li>
<li><a href="/daily?fr=daohang">知道日报</a></li>
<li><a href="/uhome/api/redirect?fr=daohang">知道大数据</a></li>
<li><a href="/shop?fr=daohang">知道商城</a></li>
</ul></div></nav>
"""

FOOT = """<footer id="footer"><div class="container">
<div class="footer-banner"><a href="https://zhidao.baidu.com/s/app/index.html" target="_blank">下载百度知道APP，抢鲜体验</a><p>使用百度知道APP，立即抢鲜体验。你的手机镜头里或许有别人想知道的答案。</p><img src="https://iknowpc.bdimg.com/static/question/widget/qrcode/app-qrcode.png" alt="扫描二维码下载" /></div>
<p class="copy">&copy;2024 Baidu&nbsp;&nbsp;<a href="https://www.baidu.com/duty/" target="_blank">使用百度前必读</a>&nbsp;|&nbsp;<a href="/s/agreement/index.html" target="_blank">知道协议</a>&nbsp;|&nbsp;<a href="/s/ppzq/index.html" target="_blank">百度知道品牌合作</a></p>
</div></footer>
<script src="https://iknowpc.bdimg.com/static/common/pkg/common.js?v=8b21c4a0"></script>
<script src="https://iknowpc.bdimg.com/static/question/pkg/question.js?v=3de90f71"></script>
</body>
</html>
"""


def fold(kind):
    return (
        f'<div class="wgt-{kind}-mask"><div class="wgt-{kind}-showbtn">展开全部'
        f'<span class="wgt-{kind}-arrowdown"></span></div></div>'
    )


def best_answer(q):
    sp = q["speech"]
    name, counts, good_at = q["user"]
    aid = q["qid"][-10:]
    body = "".join(f"<p>{p}</p>" for p in sp.paras)
    ask, reply = q["ask_more"]
    up, down = q["likes"]
    return f"""<div class="wgt-best " id="wgt-best" data-rid="{aid}">
<div class="hd line other-title"><span class="answer-title h2 grid">采纳答案</span><span class="grid-r f-aid"><span class="wgt-best-time">{q["a_time"]}</span></span></div>
<div class="wgt-replyer-best"><div class="line info f-aid">
<a class="avatar" href="/usercenter?uid=7a3c{aid[:6]}" target="_blank"><img src="https://himg.bdimg.com/sys/portraitn/item/7a3c{aid[:6]}" alt="" /></a>
<span class="wgt-replyer-best-uname"><a class="user-name" href="/usercenter?uid=7a3c{aid[:6]}" target="_blank">{name}</a></span>
<span class="wgt-replyer-best-ext">{counts}</span>
<p class="wgt-replyer-best-good">{good_at}</p>
<a class="follow-btn" href="javascript:;">向TA提问</a>
</div></div>
<div class="bd answer"><div class="line content">
<div id="best-content-{aid}" accuse="aContent" class="best-text mb-10" style="max-height: 400px; overflow: hidden;">
{fold("best")}
<p>{q["greeting"]}</p>
<p style="text-align: center;"><b>{sp.title}</b></p>
{body}
<p>{q["closing"]}</p>
</div>
</div></div>
<div class="wgt-replyer-all"><div class="replyask-list">
<div class="replyask line replyask-ask"><span class="replyask-title ask">追问</span><span class="replyask-content">{ask}</span></div>
<div class="replyask line replyask-reply"><span class="replyask-title reply">追答</span><span class="replyask-content">{reply}</span></div>
</div></div>
<div class="wgt-eva line"><span class="recommend-text">本回答由提问者推荐</span>
<span class="evaluate evaluate-32" id="evaluate-{aid}" data-evaluate="1"><span class="evaluate-num">{up}</span><span class="evaluate-done">已赞过</span></span>
<span class="evaluate evaluate-bad evaluate-32" id="evaluate-bad-{aid}" data-evaluate="2"><span class="evaluate-num">{down}</span><span class="evaluate-done">已踩过&lt;</span></span>
<span class="evaluate-tip">你对这个回答的评价是？</span>
<a class="comment" href="javascript:;" data-rid="{aid}">评论</a><a class="comment-fold" href="javascript:;">收起</a>
</div>
</div>
"""


def other_answers(q):
    blocks = ""
    for n, (name, when, paras, up) in enumerate(q["others"]):
        rid = f"{int(q['qid'][-9:]) + 17 * (n + 1)}"
        body = "<br />".join(paras)
        blocks += f"""<div class="bd answer" id="answer-{rid}">
<div class="line info f-aid"><a class="user-name" href="javascript:;">{name}</a><span class="grid-r f-aid pos-time answer-time">{when}</span></div>
<div class="line content"><div id="answer-content-{rid}" accuse="aContent" class="answer-text mb-10 line">
{fold("answers")}
{body}
</div></div>
<div class="wgt-eva line"><span class="evaluate evaluate-32" data-evaluate="1"><span class="evaluate-num">{up}</span><span class="evaluate-done">已赞过</span></span><span class="evaluate evaluate-bad evaluate-32" data-evaluate="2"><span class="evaluate-num">0</span><span class="evaluate-done">已踩过&lt;</span></span><span class="evaluate-tip">你对这个回答的评价是？</span><a class="comment" href="javascript:;">评论</a><a class="comment-fold" href="javascript:;">收起</a></div>
</div>
"""
    return f"""<div id="wgt-answers" class="wgt-answers">
<div class="hd line other-title"><h2 class="answer-title h2 grid">其他{len(q["others"])}条回答</h2></div>
{blocks}</div>
"""


def question_page(q, other):
    sp = q["speech"]
    tags = "".join(
        f'<a class="question-tag" href="/search?word={quote(t, encoding="gbk")}&amp;ie=gbk" target="_blank">{t}</a>'
        for t in q["tags"]
    )
    related = f'<li><a href="{q_url(other)}" target="_blank" class="related-link">{other["title"]}</a><span class="related-num">{len(other["others"]) + 1}个回答</span></li>'
    related += "".join(
        f'<li><a href="/question/{qid}.html" target="_blank" class="related-link">{t}</a><span class="related-num">{n}个回答</span></li>'
        for qid, t, n in RELATED_MORE[:3]
    )
    recs = "".join(
        f'<li><a href="/question/{qid}.html?fr=iks_rec" target="_blank">{t}</a></li>'
        for qid, t, _ in RELATED_MORE[1:]
    )
    extra = (
        f'<meta name="description" content="{q["greeting"][:60]}" />\n'
        f'<link rel="canonical" href="https://{HOST}{q_url(q)}" />\n'
        f'<link rel="alternate" media="only screen and(max-width: 640px)" href="http://{HOST}{q_url(q)}?device=mobile" />\n'
    )
    return (
        head(f"{q['title']}_百度知道", extra)
        + f"""<body class="layout-center has-menu">
{USERBAR}<div id="body" class="container">
<section class="wgt-crumbs" id="wgt-crumbs"><a href="/" class="first">百度知道</a> &gt; <a href="/list?cid=112">社会民生</a> &gt; <a href="/list?cid=112103">职场</a></section>
<article class="grid qb-content" id="qb-content">
<div id="wgt-ask" class="wgt-ask accuse-response line " data-qid="{q["qid"]}">
<h1 accuse="qTitle"><span class="ask-title">{q["title"]}</span></h1>
<div class="line mt-5 q-content" accuse="qContent"><span class="con-all">{q["q_content"]}</span></div>
<div class="line mt-10 wgt-tags">{tags}</div>
<div class="line mt-10 ask-info"><span class="ask-time">{q["q_time"]}</span><span class="browse-num">{q["browse"]}次浏览</span>
<a class="ask-answer-btn" href="javascript:;">我来答</a><a class="share-btn" href="javascript:;">分享</a><a class="accuse-btn" href="javascript:;">举报</a>
<span class="answer-num">{len(q["others"]) + 1}个回答</span></div>
</div>
{best_answer(q)}<div class="wgt-ads"><div class="ads-title">广告</div><a href="https://e.baidu.com/?refer=1271" target="_blank" rel="nofollow">写材料不求人，公文写作范文大全，海量模板一键下载</a></div>
{other_answers(q)}<div id="wgt-related" class="wgt-related"><div class="hd line other-title"><h2 class="h2">相关问题</h2></div><ul class="list">{related}</ul></div>
</article>
<aside class="grid-r qb-side" id="qb-side">
<div class="wgt-rec"><div class="hd"><h2>为你推荐：</h2></div><ul>{recs}</ul></div>
<div class="wgt-daily"><div class="hd"><h2>知道日报</h2></div><ul><li><a href="/daily/view?id=215432">为什么冬天手机电量掉得特别快？</a></li><li><a href="/daily/view?id=215398">年夜饭的“鱼”到底该不该吃完</a></li></ul></div>
<div class="wgt-hotlist"><div class="hd"><h2>特别推荐</h2></div><ul><li><a href="/s/zhidaoribao/index.html">“网上冲浪”的网友们，都在关心什么？</a></li></ul></div>
</aside>
</div>
"""
        + FOOT
    )


def search_page():
    items = ""
    for q in QUESTIONS:
        sp = q["speech"]
        items += f"""<dl class="dl">
<dt class="dt mb-4 line"><a href="{q_url(q)}?fr=iks&amp;word={WORD}&amp;ie=gbk" target="_blank" class="ti">{q["title"]}</a></dt>
<dd class="dd summary"><i class="i-answer-text">答：</i>{q["greeting"][:20]}……{sp.paras[1][:40]}……</dd>
<dd class="dd explain f-light"><span class="mr-8">{q["a_time"]}</span><span class="mr-8">回答者：<a href="javascript:;" class="user-name">{q["user"][0]}</a></span><span class="mr-8">{len(q["others"]) + 1}个回答</span><i class="i-agree"></i><span class="ml-10">{q["likes"][0]}</span></dd>
</dl>
"""
    for qid, t, n in RELATED_MORE:
        items += f"""<dl class="dl">
<dt class="dt mb-4 line"><a href="/question/{qid}.html?fr=iks&amp;word={WORD}&amp;ie=gbk" target="_blank" class="ti">{t}</a></dt>
<dd class="dd explain f-light"><span class="mr-8">{n}个回答</span></dd>
</dl>
"""
    return (
        head("百度知道搜索_发言稿")
        + f"""<body class="layout-center">
{USERBAR}<div id="body" class="container">
<div class="list-header"><span class="f-lighter">百度知道为您找到相关结果约126,000个</span></div>
<div class="list-wraper"><div class="list-inner">
{items}</div></div>
<div class="pager"><b>1</b><a href="/search?word={WORD}&amp;ie=gbk&amp;site=-1&amp;sites=0&amp;date=0&amp;pn=10">2</a><a class="pager-next" href="/search?word={WORD}&amp;ie=gbk&amp;site=-1&amp;sites=0&amp;date=0&amp;pn=10">下一页&gt;</a></div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "百度知道 (zhidao.baidu.com) question pages, PC template, GBK: the speech is the 采纳 best answer",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    fam.home = SEARCH
    fam.route(SEARCH, "search/fayangao.html", search_page())
    fam.not_documents.append(SEARCH)
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        fam.put(q_url(q), question_page(q, other))
        fam.query_routes[f"{q_url(q)}?fr=iks&word={WORD}&ie=gbk"] = q_url(q).lstrip("/")
        fam.doc([q_url(q)], q["speech"], published_at=q["a_time"])
    fam.put(
        "/robots.txt",
        "User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /search\nAllow: /question/\n",
        "ascii",
    )
    fam.noise += [
        "求一篇公司年会上优秀员工代表的发言稿",
        "退役军人八一座谈会发言稿，求一篇",
        "公司年会要我作为优秀员工代表上台发言",
        "镇里八一开座谈会",
        "采纳答案",
        "采纳数：",
        "获赞数：",
        "擅长：",
        "向TA提问",
        "展开全部",
        "楼主你好",
        "帮你写了一篇",
        "望采纳",
        "同是老兵",
        "你自己再顺一顺",
        "战友，加油！",
        "追问",
        "追答",
        "能不能加一句感谢家人的",
        "本回答由提问者推荐",
        "已赞过",
        "已踩过",
        "你对这个回答的评价是？",
        "收起",
        "其他2条回答",
        "回首过去的一年，我们在公司的正确领导下",
        "百度文库里一搜一大把",
        "在这个特殊的日子里，我们欢聚一堂",
        "相关问题",
        "为你推荐：",
        "个回答",
        "次浏览",
        "我来答",
        "举报",
        "广告",
        "公文写作范文大全",
        "下载百度知道APP",
        "使用百度前必读",
        "知道协议",
    ]
    fam.note = (
        "GBK pages (header and meta). Home is the search page `/search?word=%B7%A2%D1%D4%B8%E5&ie=gbk` (发言稿 in GBK; "
        "a query route), whose results link `/question/N.html?fr=iks&word=…&ie=gbk` (query routes answering the "
        'question page); each page\'s 相关问题 and `<link rel="canonical">` name the plain `/question/N.html`: one '
        "document per question, at the plain address. The document is the 采纳 answer's speech only: not the "
        "question, the answerer's greeting and closing lines around it, its bold title line, 追问/追答, or the other "
        "answers (one a short stock speech). `published_at` is the best answer's date."
    )
    return fam
