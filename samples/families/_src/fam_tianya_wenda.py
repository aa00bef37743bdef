"""天涯问答 (wenda.tianya.cn) question pages, the late template (about 2016-2020), UTF-8.

Extensionless `/question/<16 hex>` pages (`extensionless_html`) titled `问题_天涯问答`; the 天涯 brand top bar
(天涯首页 / 论坛 / 博客 / 问答 / 部落 …, 登录 | 注册), the 天涯问答 head (logo, search box, 我要提问), `crumbs`
(天涯问答 > 分类 > 问题), the question box `div.q-box` (`h1.q-title`, 悬赏 points, `q-detail`, asker link,
`q-time`, 已解决 tag, 浏览 count, 我来回答 / 分享 / 举报), `div.best-answer` headed 最佳答案 (answerer card with
天涯分 / 回答数, `answer-time`, the answer in `div.answer-content` as `<p>`s: the answerer's greeting,
the speech's own title, the speech, a closing line), 有用 / 没用 / 评论 bar, 其他答案 (`div.other-answers`), 相关问题,
the 天涯问答 app banner, the 天涯 footer (关于天涯 / 广告服务 / … 琼ICP备 / 琼B2 / 公网安备). Home `/` (最新已解决)
and the category list `/category/14` (+ `?page=2`, a query route). The document is the speech in the best
answer (title: the speech's own, the line the answerer set above it; date: the answer's)."""

from common import SPEECHES, Family

HOST = "wenda.tianya-like.test"
CATE = "/category/14"

QUESTIONS = [
    dict(
        speech=SPEECHES["f46d-2"],
        qid="5d9a3c7e41b2f806",
        title="社区老年食堂开业，居委会主任致辞怎么写？",
        detail="我们社区老年食堂下周一开业，街道和区里都有领导来，主任让我起草一篇开业致辞，要实在一点，不要太官腔，求大神帮忙。",
        reward=20,
        asker="槐荫小马",
        q_time="2019-09-30 16:21",
        views=1843,
        a_user=("笔杆子老周", 1286, 3408),
        a_time="2019-10-01 09:47",
        greeting="楼主你好，按你说的情况写了一篇，数字你按实际改一下：",
        closing="以上供参考，开业顺利！",
        useful=56,
        others=[
            ("匿名网友", "2019-09-30 18:02", ["各位领导、各位老人家：", "大家好！今天老年食堂开业了，感谢各级领导的关心，我们一定把食堂办好，让老人吃得放心。谢谢大家！"]),
            ("天涯文秘", "2019-10-01 11:20", ["这类致辞一般分三段：欢迎感谢、介绍情况、表态祝福。可以去天涯论坛的文秘版搜一下，有很多范文。"]),
        ],
    ),
    dict(
        speech=SPEECHES["f46d-3"],
        qid="5f436b20c8e9a17d",
        title="新教师培训开班仪式上，教研室领导讲话稿",
        detail="区里新教师入职培训开班，教研室主任要讲话，想讲点自己的从教经历，不要太长，十分钟左右，谢谢！",
        reward=50,
        asker="青杉教研",
        q_time="2020-08-19 20:05",
        views=2970,
        a_user=("教书匠阿凯", 873, 2117),
        a_time="2020-08-21 07:58",
        greeting="试着写了一篇，用的是“三句话”的结构，讲起来大约十分钟：",
        closing="希望能帮到你，有需要修改的地方可以追问。",
        useful=88,
        others=[
            ("小桥流水人家", "2020-08-20 12:44", ["建议多讲讲师德和课堂常规，新老师最需要这些。"]),
        ],
    ),
]

MORE = [
    ("5e1b04d2a7c93f11", "年终总结大会上的主持词怎么写", 3),
    ("5c7f9e0b3d2a8416", "家长会上班主任发言稿", 5),
    ("5b2c81f6e04d9a37", "退休欢送会上单位领导讲话", 2),
]


def q_url(q):
    return f"/question/{q['qid']}"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA@@<link rel="stylesheet" href="//static.tianyaui.com/global/wenda/web/static/css/base_b8e1c3a.css">
<link rel="stylesheet" href="//static.tianyaui.com/global/wenda/web/static/css/question_4d27f0e.css">
<script src="//static.tianyaui.com/global/ty/TY.js"></script>
<script>var __global = {"pageType":"@@PT@@","questionId":"@@QID@@","userId":0};</script>
</head>
<body>
<div id="tianyaBrand" class="tianya-brand"><div class="brand-in">
<a href="http://www.tianya.cn/" class="brand-logo" target="_blank">天涯社区</a>
<ul class="brand-nav"><li><a href="http://www.tianya.cn/" target="_blank">天涯首页</a></li><li><a href="http://bbs.tianya.cn/" target="_blank">论坛</a></li><li><a href="http://blog.tianya.cn/" target="_blank">博客</a></li><li class="current"><a href="/">问答</a></li><li><a href="http://groups.tianya.cn/" target="_blank">部落</a></li><li><a href="http://shufa.tianya.cn/" target="_blank">书画</a></li></ul>
<div class="brand-user"><a href="https://passport.tianya.cn/login.jsp" rel="nofollow">登录</a> | <a href="https://passport.tianya.cn/register/default.jsp" rel="nofollow">注册</a></div>
</div></div>
<div class="wd-header"><div class="wd-wrap">
<a href="/" class="wd-logo"><img src="//static.tianyaui.com/global/wenda/web/static/images/logo_wenda.png" alt="天涯问答"></a>
<form class="wd-search" action="/search" method="get"><input type="text" name="q" class="wd-search-input" placeholder="搜索问题"><button type="submit" class="wd-search-btn">搜索答案</button></form>
<a href="/ask" class="wd-ask-btn" rel="nofollow">我要提问</a>
</div></div>
<div class="wd-nav"><div class="wd-wrap"><a href="/">首页</a><a href="/category/3">生活</a><a href="/category/8">情感</a><a href="/category/14">教育/文秘</a><a href="/category/21">健康</a><a href="/category/27">社会民生</a><a href="/experts">达人榜</a></div></div>
<div class="wd-wrap wd-main clearfix">
"""

FOOT = """</div>
<div class="wd-app-banner"><div class="wd-wrap"><img src="//static.tianyaui.com/global/wenda/web/static/images/app_qr.png" alt=""><span>下载天涯社区APP，随时随地提问回答</span></div></div>
<div id="tianyaFooter" class="tianya-footer"><div class="footer-in">
<p><a href="http://service.tianya.cn/guize/regulation.do?regulationID=1" target="_blank" rel="nofollow">关于天涯</a> | <a href="http://service.tianya.cn/guize/ad.html" target="_blank" rel="nofollow">广告服务</a> | <a href="http://service.tianya.cn/guize/regulation.do?regulationID=3" target="_blank" rel="nofollow">天涯客服</a> | <a href="http://service.tianya.cn/guize/regulation.do?regulationID=4" target="_blank" rel="nofollow">隐私和版权</a> | <a href="http://www.tianya.cn/mobile/" target="_blank">手机版</a></p>
<p>天涯社区 &copy; 1999-2020 海南天涯在线网络科技有限公司</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">琼ICP备09005433号-1</a> 琼B2-20060025 <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">琼公网安备 46010802000001号</a></p>
</div></div>
<script src="//static.tianyaui.com/global/wenda/web/static/js/question_a91c5d2.js"></script>
<script>
var _hmt = _hmt || [];
(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?1a3c7d54be9f2c02e18b07f7a6f94e23";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
"""


def page(title, body, pt="index", qid="", kw="天涯问答,问答", desc="天涯问答，天涯社区旗下问答平台", extra=""):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
        .replace("@@EXTRA@@", extra).replace("@@PT@@", pt).replace("@@QID@@", qid)
        + body + FOOT
    )


def answer_user(name, score, count, uid):
    return f"""<div class="answer-user clearfix"><a href="http://www.tianya.cn/{uid}" class="au-avatar" target="_blank"><img src="//tx.tianyaui.com/logo/small/{uid}" alt=""></a><a href="http://www.tianya.cn/{uid}" class="au-name" target="_blank">{name}</a><span class="au-stat">天涯分：{score}</span><span class="au-stat">回答数：{count}</span></div>"""


def question_page(q, other):
    sp = q["speech"]
    name, score, count = q["a_user"]
    paras = "\n".join(f"<p>{p}</p>" for p in sp.paras)
    others = ""
    for i, (oname, when, lines) in enumerate(q["others"]):
        text = "\n".join(f"<p>{x}</p>" for x in lines)
        others += f"""<li class="answer-item">{answer_user(oname, 120 + 37 * i, 18 + 5 * i, 40000000 + 7919 * i)}
<div class="answer-content">{text}</div>
<div class="answer-foot"><span class="answer-time">{when}</span><a href="javascript:;" class="js-useful">有用(<em>{2 + i}</em>)</a><a href="javascript:;" class="js-useless">没用(<em>0</em>)</a><a href="javascript:;" class="js-comment">评论</a></div></li>
"""
    related = f'<li><a href="{q_url(other)}">{other["title"]}</a></li>' + "".join(
        f'<li><a href="/question/{i}">{t}</a><span>{n}个回答</span></li>' for i, t, n in MORE
    )
    extra = f'<link rel="canonical" href="http://{HOST}{q_url(q)}">\n<meta name="mobile-agent" content="format=html5;url=http://m.{HOST}{q_url(q)}">\n'
    body = f"""<div class="crumbs"><a href="/">天涯问答</a> &gt; <a href="{CATE}">教育/文秘</a> &gt; <span>问题详情</span></div>
<div class="wd-left">
<div class="q-box" id="qBox">
<h1 class="q-title"><span class="q-reward" title="悬赏">{q["reward"]}</span>{q["title"]}</h1>
<div class="q-detail">{q["detail"]}</div>
<div class="q-info"><a href="http://www.tianya.cn/38271{q['qid'][:3]}" class="q-asker" target="_blank">{q["asker"]}</a><span class="q-time">{q["q_time"]}</span><span class="q-status solved">已解决</span><span class="q-views">浏览 {q["views"]} 次</span></div>
<div class="q-opera"><a href="javascript:;" class="btn-answer">我来回答</a><a href="javascript:;" class="btn-share">分享</a><a href="javascript:;" class="btn-report">举报</a></div>
</div>
<div class="best-answer" id="bestAnswer">
<div class="ba-head"><i class="ico-best"></i>最佳答案<span class="ba-from">提问者采纳</span></div>
{answer_user(name, score, count, 41000000 + int(q["qid"][:4], 16))}
<div class="answer-content">
<p>{q["greeting"]}</p>
<p style="text-align:center;"><strong>{sp.title}</strong></p>
{paras}
<p>{q["closing"]}</p>
</div>
<div class="answer-foot"><span class="answer-time">{q["a_time"]}</span><a href="javascript:;" class="js-useful">有用(<em>{q["useful"]}</em>)</a><a href="javascript:;" class="js-useless">没用(<em>1</em>)</a><a href="javascript:;" class="js-comment">评论(2)</a></div>
</div>
<div class="wd-ad"><script src="//static.tianyaui.com/global/ad/wenda_question_mid.js"></script></div>
<div class="other-answers"><h3>其他答案<span>（{len(q["others"])}）</span></h3><ul>
{others}</ul></div>
<div class="answer-login">回答问题请先 <a href="https://passport.tianya.cn/login.jsp" rel="nofollow">登录</a></div>
</div>
<div class="wd-right">
<div class="side-box"><h3>相关问题</h3><ul class="side-list">{related}</ul></div>
<div class="side-box"><h3>文秘达人</h3><ul class="side-list"><li>笔杆子老周</li><li>教书匠阿凯</li><li>天涯文秘</li></ul></div>
</div>
"""
    return page(f"{q['title']}_天涯问答", body, "question", q["qid"], f"{q['title']},天涯问答", q["detail"][:60], extra)


def rows():
    out = ""
    for q in reversed(QUESTIONS):
        out += f'<li class="q-item"><span class="q-status solved">已解决</span><a href="{q_url(q)}" target="_blank">{q["title"]}</a><span class="q-ans">{len(q["others"]) + 1}个回答</span><span class="q-date">{q["a_time"][:10]}</span></li>\n'
    for i, t, n in MORE:
        out += f'<li class="q-item"><span class="q-status">待解决</span><a href="/question/{i}" target="_blank">{t}</a><span class="q-ans">{n}个回答</span></li>\n'
    return out


def build() -> Family:
    fam = Family(HOST, "天涯问答 (wenda.tianya.cn) question pages, late template, UTF-8", extensionless_html=True)
    fam.put("/", page("天涯问答_天涯社区问答平台", f'<div class="wd-left"><div class="list-box"><h2>最新已解决</h2><ul class="q-list">\n{rows()}</ul><a href="{CATE}" class="more">更多&gt;&gt;</a></div></div>\n'))
    pager = '<div class="wd-pager"><span class="current">1</span><a href="/category/14?page=2">2</a><a href="/category/14?page=2">下一页</a></div>'
    fam.put(CATE, page("教育/文秘_天涯问答", f'<div class="crumbs"><a href="/">天涯问答</a> &gt; <span>教育/文秘</span></div><div class="wd-left"><ul class="q-list">\n{rows()}</ul>{pager}</div>\n', "list"))
    fam.route("/category/14?page=2", "/category/14_page2", page("教育/文秘_第2页_天涯问答", '<div class="crumbs"><a href="/">天涯问答</a> &gt; <span>教育/文秘</span></div><div class="wd-left"><ul class="q-list"><li class="q-item"><span class="q-status">待解决</span><a href="/question/5a0e7d13c6b84f29">学生会换届大会主席发言</a><span class="q-ans">1个回答</span></li></ul><div class="wd-pager"><a href="/category/14">1</a><span class="current">2</span></div></div>\n', "list"))
    fam.not_documents += [CATE, "/category/14?page=2"]
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        fam.put(q_url(q), question_page(q, other))
        fam.doc([q_url(q)], q["speech"], published_at=q["a_time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /ask\n", "ascii")
    fam.noise += [
        q1["detail"][:20], q2["detail"][:20], q1["greeting"], q2["greeting"], q1["closing"], q2["closing"],
        "最佳答案", "提问者采纳", "其他答案", "天涯分：", "我们一定把食堂办好", "建议多讲讲师德和课堂常规",
        "相关问题", "下载天涯社区APP", "琼ICP备09005433号-1",
    ]
    fam.note = (
        "The document is the best answer's speech: the paragraphs after the answerer's greeting and the centred bold "
        "title line, before his closing line; not the question, its detail, or 其他答案. Title = the speech's own "
        "(the bold line), date = the best answer's."
    )
    return fam
