"""搜狗问问 (wenwen.sogou.com) question pages, PC template about 2019-2023, UTF-8: `/z/qN.htm`, a
question asking for a speech, the 满意回答 carrying it in `<pre class="replay-info-txt answer_con">`
(line breaks inside a `<pre>`, the answerer's own greeting and closing lines around the speech),
`h1#question_title.detail-tit`, question detail and 提问者采纳 mark, answerer line (`user-name`,
`user-txt` time, 等级), 赞 / 踩 / 评论 bar, 其他回答 (a short stock speech), 相关问题, the
下载搜狗问问APP box and the footer with 京ICP证050897号. Home lists 最新问题; the category listing
`/cate/tag?tag_id=…` (query route) lists both. One page per question."""

from common import SPEECHES, Family

HOST = "wenwen.sogou-like.test"
CATE = "/cate/tag?tag_id=101&tp=0&pno=0&ch=ww.fly.fy1"

QUESTIONS = [
    dict(
        speech=SPEECHES["f41a-3"],
        qid="q872310564",
        title="镇里新任村干部培训会上镇党委书记讲话稿怎么写？",
        detail="镇里下周开新任村干部培训会，领导让我起草一篇书记的讲话，要讲转变角色、守规矩、今年重点工作几块，求一篇参考。",
        q_time="2024-05-19 22:07",
        a_time="2024-05-21 08:36",
        user=("笔墨乡间", "知识达人 LV.8"),
        greeting="按你说的三块内容写了一篇，数字按你们镇的实际改：",
        closing="以上仅供参考，讲话时可以结合本镇典型案例展开。",
        likes=(86, 3),
        others=[("匿名用户", "2024-05-20 10:12", "同志们：\n今天召开新任村干部培训会，希望大家珍惜岗位、履职尽责、廉洁自律，带领群众把村里的事情办好。谢谢大家！")],
    ),
    dict(
        speech=SPEECHES["f41a-4"],
        qid="q881245907",
        title="安全生产月启动仪式上生产部表态发言稿",
        detail="公司六月要开安全生产月启动会，我是生产部负责人要上台表态发言，求一篇结合今年主题的发言稿，谢谢！",
        q_time="2024-05-30 16:41",
        a_time="2024-06-01 11:20",
        user=("安全员老王", "学者 LV.6"),
        greeting="今年的主题是“人人讲安全、个个会应急——畅通生命通道”，按这个主题给你写了一篇：",
        closing="去年的隐患数和事故案例换成你们厂的，会更有说服力。",
        likes=(54, 1),
        others=[("小太阳2019", "2024-05-31 09:03", "可以去搜狗搜索“安全生产月表态发言”，有很多范文。")],
    ),
]

MORE = [
    ("q795120348", "退休欢送会上领导讲话稿简短", "3"),
    ("q803451276", "家长会班主任发言稿初一上学期", "5"),
    ("q764219035", "开学典礼致辞怎么写比较好", "2"),
    ("q812903477", "表态发言稿的格式是什么", "4"),
]


def q_url(q):
    return f"/z/{q['qid']}.htm"


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
{extra}<link rel="shortcut icon" href="//wenwen.sogou.com/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="//cache.soso.com/wenwen/css/detail_pc.7a3e1c.css">
<script>var pageConfig = {{pageType: "question", uigs_productid: "wenwen"}};</script>
</head>
"""


TOP = """<div class="top-nav"><div class="top-nav-inner">
<a href="https://www.sogou.com/" target="_blank">搜狗首页</a><a href="https://weixin.sogou.com/" target="_blank">微信</a><a href="https://zhihu.sogou.com/" target="_blank">知乎</a><a href="https://baike.sogou.com/" target="_blank">百科</a>
<span class="login-box"><a href="javascript:;" class="login-btn" id="loginBtn">登录</a></span>
</div></div>
<div class="header"><div class="header-inner">
<a href="/" class="logo" title="搜狗问问"><img src="//cache.soso.com/wenwen/images/logo_pc.png" alt="搜狗问问"></a>
<form action="/s/" method="get" class="search-form"><input type="text" name="w" class="search-input" autocomplete="off"><input type="hidden" name="ch" value="ww.header.ssk"><button type="submit" class="search-btn">搜索答案</button></form>
<a href="/question/ask" class="ask-btn">我要提问</a>
</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/cate/">分类</a></li><li><a href="/cate/tag?tag_id=101">教育</a></li><li><a href="/cate/tag?tag_id=146">生活</a></li><li><a href="/cate/tag?tag_id=134">职场</a></li><li><a href="/activity/">活动</a></li></ul></div>
"""

FOOT = """<div class="app-download"><img src="//cache.soso.com/wenwen/images/app_qrcode.png" alt=""><p>下载搜狗问问APP</p><p>随时随地提问和解答</p></div>
<div class="footer"><p><a href="https://www.sogou.com/" target="_blank">搜狗首页</a> - <a href="/help/" target="_blank">问问帮助</a> - <a href="/agreement/" target="_blank">用户协议</a> - <a href="https://fankui.sogou.com/" target="_blank">意见反馈</a></p>
<p>&copy; 2024 SOGOU.COM <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证050897号</a> 京公网安备11000002000025号</p></div>
<script src="//cache.soso.com/wenwen/js/lib/jquery-1.11.1.min.js"></script>
<script src="//cache.soso.com/wenwen/js/detail_pc.5b9d02.js"></script>
<script>
(function(){var u="//pb.sogou.com/pv.gif?uigs_productid=wenwen&type=question&uigs_t="+(+new Date());(new Image()).src=u;})();
</script>
</body>
</html>
"""


def question_page(q, other):
    sp = q["speech"]
    name, level = q["user"]
    up, down = q["likes"]
    body = "\n".join(sp.paras)
    others = ""
    for n, (oname, when, text) in enumerate(q["others"]):
        others += f"""<div class="replay-section answer_item" id="answer_{q["qid"][1:]}{n + 2}">
<div class="replay-info"><a href="javascript:;" class="user-name">{oname}</a><span class="user-txt">{when}</span></div>
<pre class="replay-info-txt answer_con">{text}</pre>
<div class="operate-wrap"><a href="javascript:;" class="btn-zan">赞<span>0</span></a><a href="javascript:;" class="btn-cai">踩</a><a href="javascript:;" class="btn-comment">评论</a></div>
</div>
"""
    related = f'<li><a href="{q_url(other)}" target="_blank">{other["title"]}</a><span class="num">{len(other["others"]) + 1}个回答</span></li>'
    related += "".join(
        f'<li><a href="/z/{i}.htm" target="_blank">{t}</a><span class="num">{n}个回答</span></li>' for i, t, n in MORE
    )
    extra = (
        f'<meta name="keywords" content="{q["title"]}">\n'
        f'<meta name="description" content="{q["detail"][:60]}">\n'
        f'<link rel="canonical" href="https://{HOST}{q_url(q)}">\n'
        f'<meta name="mobile-agent" content="format=html5;url=https://{HOST}/z/m{q["qid"][1:]}.htm">\n'
    )
    return (
        head(f"{q['title']}_搜狗问问", extra)
        + f"""<body>
{TOP}<div class="main"><div class="crumbs"><a href="/">搜狗问问</a> &gt; <a href="/cate/tag?tag_id=101">教育/科学</a> &gt; <a href="/cate/tag?tag_id=134">职场/文书</a></div>
<div class="main-left">
<div class="question-main" id="question_main">
<h1 id="question_title" class="detail-tit">{q["title"]}</h1>
<div class="detail-tit-info"><pre class="question-txt">{q["detail"]}</pre></div>
<div class="question-info"><span class="user-name">匿名用户</span><span class="user-txt">{q["q_time"]}</span><span class="answer-num">{len(q["others"]) + 1}个回答</span><a href="javascript:;" class="btn-answer">我来回答</a><a href="javascript:;" class="btn-report">举报</a></div>
</div>
<div class="replay-wrap">
<div class="replay-section answer_item satisfaction-answer" id="answer_{q["qid"][1:]}1">
<div class="replay-hd"><i class="icon-satisfaction"></i><span class="satisfaction-txt">满意回答</span><span class="adopt-txt">提问者采纳</span></div>
<div class="replay-info"><a href="/user/{q["qid"][1:]}" class="user-name" target="_blank">{name}</a><span class="user-level">{level}</span><span class="user-txt">{q["a_time"]}</span></div>
<pre class="replay-info-txt answer_con">{q["greeting"]}
{body}
{q["closing"]}</pre>
<div class="operate-wrap"><a href="javascript:;" class="btn-zan">赞<span>{up}</span></a><a href="javascript:;" class="btn-cai">踩<span>{down}</span></a><a href="javascript:;" class="btn-comment">评论</a><a href="javascript:;" class="btn-share">分享</a><a href="javascript:;" class="btn-report">举报</a></div>
</div>
<div class="other-answer"><h3 class="other-tit">其他回答</h3>
{others}</div>
</div>
<div class="ad-wrap"><span class="ad-tag">广告</span><a href="https://e.sogou.com/" target="_blank" rel="nofollow">材料写作一键生成，海量范文在线查看</a></div>
</div>
<div class="main-right">
<div class="related-question"><h3 class="sub-tit">相关问题</h3><ul>{related}</ul></div>
<div class="hot-question"><h3 class="sub-tit">热门问题</h3><ul><li><a href="/z/{MORE[3][0]}.htm">{MORE[3][1]}</a></li></ul></div>
</div>
</div>
"""
        + FOOT
    )


def list_items():
    out = ""
    for q in QUESTIONS:
        out += f'<li class="question-item"><a href="{q_url(q)}" target="_blank" class="question-tit">{q["title"]}</a><p class="question-answer">{q["greeting"][:30]}…</p><span class="answer-num">{len(q["others"]) + 1}个回答</span><span class="time">{q["a_time"][:10]}</span></li>\n'
    for i, t, n in MORE:
        out += f'<li class="question-item"><a href="/z/{i}.htm" target="_blank" class="question-tit">{t}</a><span class="answer-num">{n}个回答</span></li>\n'
    return out


def home_page():
    return (
        head("搜狗问问 - 有问题，就会有答案")
        + f"""<body>
{TOP}<div class="main"><div class="main-left"><div class="index-list"><h2 class="sub-tit">最新问题</h2><ul class="question-list">
{list_items()}</ul><a href="{CATE}" class="more">更多问题</a></div></div>
<div class="main-right"><div class="ask-box"><a href="/question/ask" class="ask-btn">我要提问</a></div></div></div>
"""
        + FOOT
    )


def cate_page():
    return (
        head("教育_分类_搜狗问问")
        + f"""<body>
{TOP}<div class="main"><div class="crumbs"><a href="/">搜狗问问</a> &gt; 教育</div>
<div class="main-left"><ul class="question-list">
{list_items()}</ul>
<div class="page"><span class="cur">1</span><a href="/cate/tag?tag_id=101&amp;tp=0&amp;pno=1&amp;ch=ww.fly.fy2">2</a><a href="/cate/tag?tag_id=101&amp;tp=0&amp;pno=1&amp;ch=ww.fly.fy2" class="next">下一页</a></div>
</div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "搜狗问问 (wenwen.sogou.com) question pages: the speech is the 满意回答 in a <pre>")
    fam.put("/", home_page())
    fam.route(CATE, "cate/tag101.html", cate_page())
    fam.not_documents.append(CATE)
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        fam.put(q_url(q), question_page(q, other))
        fam.doc([q_url(q)], q["speech"], title=q["title"], published_at=q["a_time"][:10])
    fam.put("/robots.txt", "User-agent: *\nAllow: /z/\nDisallow: /s/\n", "ascii")
    fam.noise += [
        "镇里下周开新任村干部培训会",
        "公司六月要开安全生产月启动会",
        "按你说的三块内容写了一篇",
        "以上仅供参考，讲话时可以结合本镇典型案例展开",
        "按这个主题给你写了一篇",
        "换成你们厂的，会更有说服力",
        "满意回答",
        "提问者采纳",
        "知识达人",
        "其他回答",
        "希望大家珍惜岗位、履职尽责、廉洁自律",
        "有很多范文",
        "我来回答",
        "相关问题",
        "热门问题",
        "材料写作一键生成",
        "下载搜狗问问APP",
        "京ICP证050897号",
    ]
    fam.note = (
        "The document is the 满意回答's speech: the lines of `<pre class=\"replay-info-txt answer_con\">` between the "
        "answerer's greeting line and closing line (neither is part of it), not the question, its detail, or 其他回答 "
        "(one a short stock speech in its own `<pre>`). The title is the question's; `published_at` is the answer's "
        "time on its `user-txt` line."
    )
    return fam
