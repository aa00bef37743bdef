"""新浪爱问知识人 (iask.sina.com.cn) question pages, template about 2016-2020, UTF-8: `/b/N.html`,
a question asking for a speech and the 最佳回答 carrying it as `<pre>` text (the answerer's
greeting and closing lines in the same `<pre>`), `h1.question-title` with the asker line, tags,
the answerer card (name, 回答数 / 采纳率), 好评 / 评论 bar, 全部回答 (other answers: a short stock
one and a 爱问共享资料 pointer), 相关问题 / 相关资料 side lists (爱问共享资料 links), the Sina top
bar (新浪首页 / 爱问知识人 / 爱问共享资料) and the Sina footer (Copyright © 1996-2024 SINA
Corporation, 京ICP证000007). Home lists 待解决 / 已解决 questions; the category listing
`/c/NNN.html` lists both. One page per question."""

from common import SPEECHES, Family

HOST = "iask.sina-like.test"
CATE = "/c/218.html"

QUESTIONS = [
    dict(
        speech=SPEECHES["f41a-5"],
        qid="21734598",
        title="国际志愿者日表彰会上志愿者代表发言稿，支教经历的",
        detail="学校12月5日开志愿服务总结表彰会，我作为支教团代表发言，暑假去云南支教了二十天，求一篇真情实感的发言稿。",
        q_time="2023-12-01 19:48",
        asker="风吹麦浪2021",
        tags=["发言稿", "志愿者", "支教"],
        a_time="2023-12-03 22:15",
        user=("青柠读书会", "回答数：1,327", "采纳率：86%"),
        greeting="根据你提供的支教经历写了一篇，供参考：",
        closing="具体的人数、课时和学院名称请改成自己的。祝发言顺利！",
        good=37,
        others=[
            ("匿名", "2023-12-02 08:30", "尊敬的老师、同学们：\n大家好！很荣幸作为志愿者代表发言。志愿服务让我收获了成长，今后我将继续发扬志愿精神，奉献青春力量。谢谢大家！"),
            ("资料小帮手", "2023-12-02 13:05", "爱问共享资料里有“志愿者代表发言稿”合集，可以下载参考。"),
        ],
    ),
    dict(
        speech=SPEECHES["f41a-6"],
        qid="21902476",
        title="农技站老职工退休欢送会上的答谢讲话怎么写",
        detail="我父亲在农技站干了三十八年，下个月退休，单位开欢送会要他讲几句答谢的话，他让我帮忙写，求大家帮帮忙。",
        q_time="2024-01-22 12:06",
        asker="小满的田",
        tags=["退休", "答谢词", "讲话稿"],
        a_time="2024-01-24 09:52",
        user=("老郑说事", "回答数：642", "采纳率：79%"),
        greeting="按你父亲的经历写了一篇，口语一点，念起来顺：",
        closing="老人家念的时候可以加上自己的真实故事，效果更好。",
        good=21,
        others=[
            ("匿名", "2024-01-23 17:40", "各位领导、同事们：\n感谢大家多年的关心和帮助，退休后我会常回来看看，祝大家工作顺利、身体健康！"),
        ],
    ),
]

MORE = [
    ("21655012", "家长会班主任发言稿", "4"),
    ("21588730", "村干部培训会讲话", "2"),
    ("21476301", "安全生产月启动仪式主持词", "3"),
    ("21399458", "老年大学开学典礼致辞", "1"),
]
DOCS = [
    ("Ll2HkW3Xk3i", "志愿者代表发言稿（10篇）.doc", "4.3"),
    ("G9dTbx0PaQe", "退休欢送会讲话稿大全.docx", "4.6"),
]


def q_url(q):
    return f"/b/{q['qid']}.html"


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
{extra}<link rel="shortcut icon" href="//iask.sina.com.cn/favicon.ico">
<link rel="stylesheet" href="//static.iask.cn/css/2016/common.css?v=20190415">
<link rel="stylesheet" href="//static.iask.cn/css/2016/question.css?v=20190415">
</head>
"""


TOP = """<div class="top-bar"><div class="wrap">
<div class="top-links"><a href="https://www.sina.com.cn/" target="_blank">新浪首页</a><span>|</span><a href="/">爱问知识人</a><span>|</span><a href="https://ishare.iask.sina.com.cn/" target="_blank">爱问共享资料</a><span>|</span><a href="https://ishare.iask.sina.com.cn/office" target="_blank">爱问办公</a></div>
<div class="top-login"><a href="javascript:;" class="login-btn">登录</a><a href="javascript:;" class="reg-btn">注册</a></div>
</div></div>
<div class="header"><div class="wrap">
<a href="/" class="logo"><img src="//static.iask.cn/images/2016/logo.png" alt="爱问知识人"></a>
<div class="search-box"><form action="/search" method="get"><input type="text" name="searchWord" class="search-input" autocomplete="off"><input type="submit" class="search-btn" value="搜索答案"></form></div>
<a href="/question/ask.html" class="btn-ask">我要提问</a>
</div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/c/74.html">教育/科学</a><a href="/c/218.html">文化/艺术</a><a href="/c/1044.html">职业/职场</a><a href="/c/167.html">社会民生</a></div></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="https://corp.sina.com.cn/chn/" target="_blank">新浪简介</a> | <a href="https://corp.sina.com.cn/eng/" target="_blank">About Sina</a> | <a href="/help/" target="_blank">帮助中心</a> | <a href="/agreement.html" target="_blank">爱问知识人协议</a> | <a href="/feedback/" target="_blank">意见反馈</a></p>
<p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p>
<p>新浪公司 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证000007</a></p>
</div></div>
<script src="//static.iask.cn/js/lib/jquery-1.8.3.min.js"></script>
<script src="//static.iask.cn/js/2016/question.js?v=20190415"></script>
<script src="//www.sinaimg.cn/unipro/pub/suda_s_v851c.js"></script>
<script>_S_pSt(_S_PID_);</script>
</body>
</html>
"""


def question_page(q, other):
    sp = q["speech"]
    name, count, rate = q["user"]
    body = "\n".join(sp.paras)
    tags = "".join(f'<a href="/search?searchWord={t}" class="tag" target="_blank">{t}</a>' for t in q["tags"])
    others = ""
    for oname, when, text in q["others"]:
        others += f"""<li class="answer-item"><div class="answer-user"><span class="user-name">{oname}</span><span class="answer-time">{when}</span></div>
<div class="answer-text"><pre>{text}</pre></div>
<div class="answer-opera"><a href="javascript:;" class="good">好评<em>0</em></a><a href="javascript:;" class="comment">评论</a></div></li>
"""
    related = f'<li><a href="{q_url(other)}" target="_blank">{other["title"]}</a></li>'
    related += "".join(f'<li><a href="/b/{i}.html" target="_blank">{t}</a><span>{n}个回答</span></li>' for i, t, n in MORE)
    docs = "".join(
        f'<li><a href="https://ishare.iask.sina.com.cn/f/{d}.html" target="_blank" rel="nofollow">{t}</a><span class="score">{s}分</span></li>'
        for d, t, s in DOCS
    )
    extra = (
        f'<meta name="keywords" content="{",".join(q["tags"])}">\n'
        f'<meta name="description" content="{q["detail"][:60]}">\n'
        f'<link rel="canonical" href="https://{HOST}{q_url(q)}">\n'
        f'<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.{HOST}{q_url(q)}">\n'
    )
    return (
        head(f"{q['title']}_爱问知识人", extra)
        + f"""<body>
{TOP}<div class="wrap main clearfix">
<div class="crumbs"><a href="/">爱问知识人</a> &gt; <a href="/c/218.html">文化/艺术</a> &gt; <a href="/c/218.html">文学</a> &gt; 问题详情</div>
<div class="main-left">
<div class="question-box" id="question_box" data-qid="{q["qid"]}">
<h1 class="question-title">{q["title"]}</h1>
<div class="question-detail"><p>{q["detail"]}</p></div>
<div class="question-info"><span class="asker">{q["asker"]}</span><span class="ask-time">{q["q_time"]}</span><span class="tags">{tags}</span><a href="javascript:;" class="report">举报</a></div>
<div class="question-opera"><a href="javascript:;" class="btn-answer">我来回答</a><a href="javascript:;" class="btn-share">分享</a></div>
</div>
<div class="best-answer" id="best_answer">
<div class="best-title"><i class="ico-best"></i>最佳回答</div>
<div class="answer-user clearfix"><a href="/u/{q["qid"]}7" class="user-avatar"><img src="//static.iask.cn/images/2016/default_head.png" alt=""></a>
<a href="/u/{q["qid"]}7" class="user-name" target="_blank">{name}</a><span class="user-stat">{count}</span><span class="user-stat">{rate}</span><span class="answer-time">{q["a_time"]}</span></div>
<div class="answer-text"><pre>{q["greeting"]}
{body}
{q["closing"]}</pre></div>
<div class="answer-opera"><a href="javascript:;" class="good">好评<em>{q["good"]}</em></a><a href="javascript:;" class="comment">评论</a><a href="javascript:;" class="report">举报</a></div>
</div>
<div class="ad-box"><span class="ad-tag">广告</span><a href="https://ishare.iask.sina.com.cn/office" target="_blank" rel="nofollow">爱问办公：文档模板一站下载</a></div>
<div class="all-answer"><h3 class="all-title">全部回答<span>（{len(q["others"])}）</span></h3><ul class="answer-list">
{others}</ul></div>
</div>
<div class="main-right">
<div class="side-box"><h3 class="side-title">相关问题</h3><ul class="side-list">{related}</ul></div>
<div class="side-box"><h3 class="side-title">相关资料</h3><ul class="side-list doc-list">{docs}</ul></div>
<div class="side-box app-box"><img src="//static.iask.cn/images/2016/app_qrcode.png" alt=""><p>扫码下载爱问知识人APP</p></div>
</div>
</div>
"""
        + FOOT
    )


def list_items():
    out = ""
    for q in QUESTIONS:
        out += f'<li><span class="status solved">已解决</span><a href="{q_url(q)}" target="_blank">{q["title"]}</a><span class="answers">{len(q["others"]) + 1}个回答</span><span class="time">{q["a_time"][:10]}</span></li>\n'
    for i, t, n in MORE:
        out += f'<li><span class="status">待解决</span><a href="/b/{i}.html" target="_blank">{t}</a><span class="answers">{n}个回答</span></li>\n'
    return out


def home_page():
    return (
        head("爱问知识人_新浪旗下问答平台")
        + f"""<body>
{TOP}<div class="wrap main clearfix"><div class="main-left"><div class="list-box"><h2 class="list-title">最新问题</h2><ul class="question-list">
{list_items()}</ul><a href="{CATE}" class="more">更多&gt;&gt;</a></div></div>
<div class="main-right"><div class="side-box app-box"><p>扫码下载爱问知识人APP</p></div></div></div>
"""
        + FOOT
    )


def cate_page():
    return (
        head("文化/艺术_爱问知识人")
        + f"""<body>
{TOP}<div class="wrap main clearfix"><div class="crumbs"><a href="/">爱问知识人</a> &gt; 文化/艺术</div>
<div class="main-left"><ul class="question-list">
{list_items()}</ul>
<div class="page"><span class="current">1</span><a href="/c/218_2.html">2</a><a href="/c/218_3.html">3</a><a href="/c/218_2.html" class="next">下一页</a></div>
</div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "新浪爱问知识人 (iask.sina.com.cn) question pages: the speech is the 最佳回答's <pre>")
    fam.put("/", home_page())
    fam.put(CATE, cate_page())
    fam.not_documents.append(CATE)
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        fam.put(q_url(q), question_page(q, other))
        fam.doc([q_url(q)], q["speech"], title=q["title"], published_at=q["a_time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /question/ask.html\n", "ascii")
    fam.noise += [
        "学校12月5日开志愿服务总结表彰会",
        "我父亲在农技站干了三十八年",
        "根据你提供的支教经历写了一篇",
        "祝发言顺利！",
        "口语一点，念起来顺",
        "加上自己的真实故事，效果更好",
        "最佳回答",
        "全部回答",
        "回答数：",
        "采纳率：",
        "好评",
        "志愿服务让我收获了成长",
        "感谢大家多年的关心和帮助",
        "相关问题",
        "相关资料",
        "爱问办公：文档模板一站下载",
        "扫码下载爱问知识人APP",
        "SINA Corporation",
        "京ICP证000007",
    ]
    fam.note = (
        "HOLDOUT. The document is the 最佳回答's speech: the lines of its `<pre>` between the answerer's greeting and "
        "closing lines (neither part of it), not the question, its detail, or 全部回答 (a short stock speech, a "
        "爱问共享资料 pointer). The title is the question's; `published_at` is the best answer's time."
    )
    return fam
