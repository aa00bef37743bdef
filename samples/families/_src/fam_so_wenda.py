"""360问答 (wenda.so.com) question pages, PC template of about 2020-2023, UTF-8.

Extensionless `/q/<16 digits>` pages (`extensionless_html`; the links carry `?src=140`, a query route to the
same page, canonical the plain address), titled `问题_360问答`; the 360 top bar (360导航 / 360搜索 / 360图书馆
… 登录 | 注册), the 360问答 head (logo, search box with 搜索答案, 我要提问), the `crumb` nav, the question
`div.mod-q-info` (`h2.title.js-ask-title`, `q-cnt` detail, 提问者 / 发布于 / 浏览, 举报 / 分享), the
`div.mod-resolved-ans` 提问者采纳 box (answerer `ans-user` with 擅长 / 采纳率, `time` 2022-06-02, text in
`div.resolved-cnt.js-resolved-cnt` as `<br/>` lines, the answerer's greeting and closing in the same box),
赞 / 踩 / 评论 bar, `div.mod-other-ans` 其他回答 (a 360文库 pointer, a short stock speech), 相关问题, 360文库 ad,
the 360 footer (© 2024 360.CN 奇虎360旗下服务, 京ICP证080047号, 京公网安备). Home `/` (最新问题), a category
`/c/12` listing (+ `?pn=1`, a query route). The document is the speech in the adopted answer; title = the
question's (the answer sets no title of its own); date = the adopted answer's time."""

from common import SPEECHES, Family

HOST = "wenda.sanliuling-like.test"

QUESTIONS = [
    dict(
        speech=SPEECHES["f46d-5"],
        qid="1654032198214739",
        title="公司安全生产月动员大会上总经理讲话稿",
        detail="我们是化工配套的制造企业，6月1号开安全生产月动员大会，总经理要讲话，求一篇有具体内容的讲话稿，别太空。",
        asker="在***乐",
        q_time="2022-05-28",
        views=3261,
        a_user=("安全员大刘", "擅长：安全生产 公文写作", "采纳率：92%"),
        a_time="2022-06-02 09:14",
        greeting="这篇是按制造企业的情况写的，隐患数、活动安排你们按实际改：",
        closing="讲话稿仅供参考，希望对你有帮助，望采纳。",
        likes=64,
        others=[
            ("360U2718564391", "2022-05-28 21:30", ["可以去360文库搜“安全生产月动员讲话”，很多现成的稿子。"]),
            ("匿***", "2022-05-29 07:52", ["同志们：", "安全生产月活动今天启动了。大家要提高认识，落实责任，排查隐患，确保安全。谢谢大家！"]),
        ],
    ),
    dict(
        speech=SPEECHES["f46d-6"],
        qid="1687312460019254",
        title="大学毕业典礼教师代表发言稿，工科的，真情一点",
        detail="学院让我在毕业典礼上作为教师代表发言，带的是机械专业这一届，想写得真情一点，有故事，五分钟到八分钟。",
        asker="机械***师",
        q_time="2023-06-16",
        views=5108,
        a_user=("墨香小筑", "擅长：演讲致辞", "采纳率：88%"),
        a_time="2023-06-22 20:37",
        greeting="看到您是机械专业的老师，按这个方向写了一篇，里面的故事您可以换成自己学生的：",
        closing="祝您发言成功，也祝同学们前程似锦！",
        likes=109,
        others=[
            ("360U3091276550", "2023-06-17 10:05", ["亲爱的同学们：", "祝贺你们顺利毕业！希望你们在新的岗位上继续努力，常回母校看看。"]),
        ],
    ),
]

MORE = [
    ("1672310094822517", "车间安全培训开场白怎么说"),
    ("1669054127730651", "消防演练总结讲话"),
    ("1688740213359162", "毕业典礼学生代表发言稿"),
    ("1690021457763308", "新员工入职欢迎致辞"),
]


def q_url(q, src=False):
    return f"/q/{q['qid']}" + ("?src=140" if src else "")


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA@@<link rel="shortcut icon" href="//p.ssl.qhimg.com/t01b1a1d9a2be1f7a2f.ico">
<link rel="stylesheet" href="//s.ssl.qhres2.com/static/4c7dd1a3a3d2b6e1/wenda-pc/css/common.css">
<link rel="stylesheet" href="//s.ssl.qhres2.com/static/8f20c09a1e6fa7b4/wenda-pc/css/detail.css">
<script>var WENDA = {"page":"@@PT@@","qid":"@@QID@@","isLogin":0,"src":"140"};</script>
</head>
<body>
<div id="hd-topbar" class="topbar"><div class="topbar-inner">
<div class="topbar-l"><a href="https://hao.360.com/" target="_blank">360导航</a><a href="https://www.so.com/" target="_blank">360搜索</a><a href="http://www.360doc.com/" target="_blank">360个人图书馆</a><a href="https://wenku.so.com/" target="_blank">360文库</a><a href="https://baike.so.com/" target="_blank">360百科</a></div>
<div class="topbar-r"><a href="javascript:;" class="js-login" rel="nofollow">登录</a><span>|</span><a href="javascript:;" class="js-reg" rel="nofollow">注册</a></div>
</div></div>
<div id="hd" class="header"><div class="wrap clearfix">
<a href="/" class="logo" title="360问答"><img src="//p.ssl.qhimg.com/t01e6b1c6ab4f1a87e1.png" alt="360问答"></a>
<form class="search-form" action="/search/" method="get"><input type="text" name="q" class="search-ipt" autocomplete="off"><input type="submit" class="search-btn" value="搜索答案"></form>
<a href="/submit" class="btn-ask js-ask" rel="nofollow">我要提问</a>
</div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/c/5">教育</a><a href="/c/12">文化</a><a href="/c/17">生活</a><a href="/c/23">健康</a><a href="/c/29">职场</a><a href="/c/31">社会</a></div></div>
<div id="bd" class="wrap clearfix">
"""

FOOT = """</div>
<div id="ft" class="footer"><div class="wrap">
<p><a href="https://www.360.cn/about/" target="_blank" rel="nofollow">关于360</a> | <a href="/help/" target="_blank">使用帮助</a> | <a href="/rule/" target="_blank">问答规范</a> | <a href="/feedback/" target="_blank">意见反馈</a> | <a href="https://www.12377.cn/" target="_blank" rel="nofollow">网上有害信息举报</a></p>
<p>&copy; 2024 360.CN 奇虎360旗下服务 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证080047号</a> <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">京公网安备11000002000022号</a></p>
</div></div>
<script src="//s.ssl.qhres2.com/lib/jquery/183.js"></script>
<script src="//s.ssl.qhres2.com/static/2b5e41c09a8d6f37/wenda-pc/js/detail.js"></script>
<script src="//s.ssl.qhres2.com/ssl/monitor/monitor_v2.js"></script>
<script>monitor && monitor.setProject('wenda-pc').getTrack().getClickAndKeydown();</script>
</body>
</html>
"""


def page(title, body, pt="index", qid="", kw="360问答,问答,知识问答", desc="360问答，有问必答", extra=""):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
        .replace("@@EXTRA@@", extra).replace("@@PT@@", pt).replace("@@QID@@", qid)
        + body + FOOT
    )


def question_page(q, other):
    sp = q["speech"]
    name, good_at, rate = q["a_user"]
    text = "<br/>".join([q["greeting"]] + sp.paras + [q["closing"]])
    others = ""
    for i, (oname, when, lines) in enumerate(q["others"]):
        others += f"""<li class="item">
<div class="ans-user"><img src="//p.ssl.qhimg.com/dm/48_48_100/t01ad4c8b3e9c7d2f5a.png" alt=""><span class="name">{oname}</span><span class="time">{when}</span></div>
<div class="ans-cnt">{"<br/>".join(lines)}</div>
<div class="ans-op"><a href="javascript:;" class="zan js-zan">赞<em>{i}</em></a><a href="javascript:;" class="cai js-cai">踩<em>0</em></a><a href="javascript:;" class="js-report">举报</a></div>
</li>
"""
    related = f'<li><a href="{q_url(other)}">{other["title"]}</a></li>' + "".join(
        f'<li><a href="/q/{i}">{t}</a></li>' for i, t in MORE
    )
    extra = f'<link rel="canonical" href="https://{HOST}{q_url(q)}">\n<meta name="mobile-agent" content="format=html5;url=https://m.{HOST}{q_url(q)}">\n'
    body = f"""<div class="crumb"><a href="/">360问答</a> &gt; <a href="/c/12">文化</a> &gt; <a href="/c/12">写作</a></div>
<div class="main-l">
<div class="mod-q-info js-question" data-qid="{q["qid"]}">
<h2 class="title js-ask-title">{q["title"]}</h2>
<div class="q-cnt">{q["detail"]}</div>
<div class="q-info"><span class="asker">提问者：{q["asker"]}</span><span class="time">发布于 {q["q_time"]}</span><span class="views">浏览 {q["views"]}</span><a href="javascript:;" class="js-report">举报</a><a href="javascript:;" class="js-share">分享</a></div>
<div class="q-op"><a href="javascript:;" class="btn-answer js-answer">我来回答</a></div>
</div>
<div class="mod-resolved-ans">
<div class="hd"><i class="icon-adopt"></i>提问者采纳</div>
<div class="ans-user clearfix"><a href="/u/{q["qid"][-8:]}" class="avatar"><img src="//p.ssl.qhimg.com/dm/48_48_100/t01ad4c8b3e9c7d2f5a.png" alt=""></a><a href="/u/{q["qid"][-8:]}" class="name">{name}</a><span class="good-at">{good_at}</span><span class="rate">{rate}</span><span class="time">{q["a_time"]}</span></div>
<div class="resolved-cnt js-resolved-cnt">{text}</div>
<div class="ans-op"><a href="javascript:;" class="zan js-zan">赞<em>{q["likes"]}</em></a><a href="javascript:;" class="cai js-cai">踩<em>2</em></a><a href="javascript:;" class="js-comment">评论</a><a href="javascript:;" class="js-report">举报</a></div>
</div>
<div class="mod-ad"><span class="ad-tag">广告</span><a href="https://wenku.so.com/" target="_blank" rel="nofollow">360文库：讲话稿、发言稿模板免费下载</a></div>
<div class="mod-other-ans"><div class="hd">其他回答<span>（{len(q["others"])}）</span></div><ul class="list">
{others}</ul></div>
</div>
<div class="main-r">
<div class="mod-side"><div class="hd">相关问题</div><ul class="side-list">{related}</ul></div>
<div class="mod-side app"><img src="//p.ssl.qhimg.com/t0192f4e2a7ad3b1c35.png" alt=""><p>扫码下载360搜索APP</p></div>
</div>
"""
    return page(f"{q['title']}_360问答", body, "detail", q["qid"], f"{q['title']}", q["detail"][:60], extra)


def rows():
    out = ""
    for q in reversed(QUESTIONS):
        out += f'<li><a href="{q_url(q, True)}" target="_blank">{q["title"]}</a><span class="num">{len(q["others"]) + 1}回答</span><span class="time">{q["a_time"][:10]}</span></li>\n'
    for i, t in MORE:
        out += f'<li><a href="/q/{i}?src=140" target="_blank">{t}</a><span class="num">0回答</span></li>\n'
    return out


def build() -> Family:
    fam = Family(HOST, "360问答 (wenda.so.com) question pages, PC template, UTF-8", extensionless_html=True)
    fam.put("/", page("360问答_有问必答", f'<div class="main-l"><div class="mod-list"><div class="hd">最新问题</div><ul class="q-list">\n{rows()}</ul><a href="/c/12" class="more">更多&gt;&gt;</a></div></div>\n'))
    pg = '<div class="pager"><span class="cur">1</span><a href="/c/12?pn=1">2</a><a href="/c/12?pn=1" class="next">下一页&gt;</a></div>'
    fam.put("/c/12", page("文化_360问答", f'<div class="crumb"><a href="/">360问答</a> &gt; 文化</div><div class="main-l"><ul class="q-list">\n{rows()}</ul>{pg}</div>\n', "list"))
    fam.route("/c/12?pn=1", "/c/12_pn1", page("文化_360问答", '<div class="crumb"><a href="/">360问答</a> &gt; 文化</div><div class="main-l"><ul class="q-list"><li><a href="/q/1650021774412093?src=140">单位五一表彰大会主持词</a><span class="num">2回答</span></li></ul><div class="pager"><a href="/c/12">1</a><span class="cur">2</span></div></div>\n', "list"))
    fam.not_documents += ["/c/12", "/c/12?pn=1"]
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        html_page = question_page(q, other)
        fam.put(q_url(q), html_page)
        fam.route(q_url(q, True), q_url(q), html_page)
        fam.doc([q_url(q)], q["speech"], title=q["title"], published_at=q["a_time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /submit\n", "ascii")
    fam.noise += [
        q1["detail"][:20], q2["detail"][:20], q1["greeting"], q2["greeting"], q1["closing"], q2["closing"],
        "提问者采纳", "其他回答", "采纳率：", "可以去360文库搜", "确保安全。谢谢大家", "常回母校看看。",
        "相关问题", "360文库：讲话稿、发言稿模板免费下载", "京ICP证080047号",
    ]
    fam.note = (
        "HOLDOUT. The document is the adopted answer's speech: the `<br/>` lines of `div.resolved-cnt` between the "
        "answerer's greeting and closing lines (neither part of it); not the question, its detail or 其他回答. The "
        "answer sets no title of its own, so the title is the question's; date = the adopted answer's. Pages are "
        "linked as `/q/N?src=140` (a query route answering the same page; canonical `/q/N`); the 相关问题 side list links the plain `/q/N`."
    )
    return fam
