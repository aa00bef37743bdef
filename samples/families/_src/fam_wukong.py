"""悟空问答 (www.wukong.com, 头条问答, about 2018) PC pages as the server prints them for a guest, UTF-8.

Home `/` (频道 tabs, `question-v3` feed items: question title link, the top answer's abstract with
`/answer/N/` link and 赞 / 评论 counts) → question pages `/question/<19 digits>/` (not documents: the
question header — `question-tag` links, `h1.question-name`, the asker's `question-text`,
`question-bottom` 回答 / 收藏问题 / 邀请回答 / 分享 / 举报 — then `N个回答` and `answer-item`s each
printing the answerer and a folded abstract with 展开全部 → the answer page) → answer pages
`/answer/<19 digits>/` (the documents): the same question header, 查看全部N个回答, one
`div.answer-item` (schema.org `Answer` microdata: `upvoteCount`, `dateCreated`), `answer-user`
(avatar, name, `answer-user-tag` 领域创作者 line, 发布于 time), `div.answer-text` whose `<p>`s hold the
answerer's greeting to the asker, the speech (one with its own bold title line, the other with a
`pgc-img` photo and caption between paragraphs) and his closing line; `answer-tool` (赞 / 踩 /
评论 / 分享 / 举报), `其他回答` (two short answers given in full, advice and a stock opening), 相关问题,
the 下载悟空问答 APP box and the footer (京ICP备, 违法和不良信息举报). Title = the speech's title, date
= the answer's."""

from common import SPEECHES, Family

HOST = "www.wukong-wenda-like.test"
Q1, A1, A1b, A1c = "6510872044183519491", "6511009317755666702", "6510893390014611725", "6510921778823053581"
Q2, A2, A2b = "6527115982346207496", "6527301255617282308", "6527140066391540995"
Q3, A3 = "6531407188250476813", "6531422097380999431"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="applicable-device" content="pc,mobile">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no">
<meta name="pathname" content="@@PATHNAME@@">
<link rel="shortcut icon" href="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/image/favicon_3690b36.ico" type="image/x-icon">
<!--360浏览器支持启动webkit内核-->
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@OG@@<link rel="stylesheet" href="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/common_1b698e6.css">
<link rel="stylesheet" href="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/widget_6bdd57b.css">
<link rel="stylesheet" href="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/@@CSS@@">
<style>#BAIDU_DSPUI_FLOWBAR,.adsbygoogle,.ad,div[class^="ad-widsget"],div[id^="div-gpt-ad-"],a[href*="cpro.baidu.com"],.adpushwin{display:none!important;max-width:0!important;max-height:0!important;overflow:hidden!important}.answer-user-name,.answer-user-tag,.user-name,.question-name,.question-text,.user-title,.question-bottom{text-align:left}</style>
</head>
<body data-log-from="@@LOGFROM@@" spellcheck="false">
<div id="wrapper" class="static">
<div id="paglet-index-header" data-log-from="!Nav" class="index-header move"><div class="index-header-wrapper">
<header id="pagelet-midbar" class="header-undefined"><div data-node="midbarInner" class="midbar-inner"><div class="inner clearfix">
<div class="suspension-part">
<div class="logo-box"><a href="/" data-log="Visit_Index|From_logo" title="悟空问答" class="logo-link"><img src="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/image/logo_new_2c7582f.png" alt="悟空问答" class="logo"></a></div>
<div class="search-box"><div data-node="searchBox" data-log-from="SearchBox" class="widget-search-input"><form action="/search/" method="get" data-node="searchForm" target="_blank"><div class="input-group clearfix"><input autocomplete="off" data-node="searchInput" name="keyword" type="text" placeholder="搜索你感兴趣的问题"><div class="btn-submit"><button type="submit"><i class="iconfont icon-ask_search"></i></button></div></div></form></div></div>
</div>
<a href="javascript:;" data-node="ask" data-log="PopUp_CreateQuestion|From_" class="ask">提问</a>
<div class="nav"><a href="/" title="首页">首页</a> <a href="/myquest/" title="等我来答">等我来答</a> <a href="/notebook/" target="_blank">回答秘籍</a>
<div data-node="user-account" class="nav-account-wrapper"><div class="loginBox"><a data-node="login" href="javascript:;" class="nav-account-user line login"><span>登录</span></a> <i class="iconfont icon-Details_page_line"></i> <a data-node="register" href="javascript:;" class="nav-account-user line register"><span>注册</span></a></div></div>
</div>
</div></div></header>
</div></div>
"""

SIDEBAR = """<div id="pagelet-sidebar" class="right-part"><div id="placeholver_sidebar">
<div data-node="hot-board" data-log-from="!Campaign" class="hot-board"><div class="anno-content">有奖问答｜职场写作训练营</div></div>
<div class="w-related-question" data-log-from="RelatedQuestion"><h3 class="title">相关问题</h3><ul>
@@RELATED@@
</ul></div>
<div class="download-app"><div class="qrcode"><img src="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/style/image/qrcode_wukong.png" alt=""></div><p class="download-title">下载悟空问答APP</p><p class="download-desc">一亿人都在用的问答社区</p></div>
<div class="w-footer"><div class="link"><a href="/about/agreement/" target="_blank">用户协议</a> <a href="/about/privacy/" target="_blank">隐私政策</a> <a href="/about/complain/" target="_blank">侵权投诉</a> <a href="/about/contact/" target="_blank">联系我们</a></div>
<p>© 2018 悟空问答</p><p><a href="http://www.miibeian.gov.cn/" target="_blank">京ICP备12025439号-14</a></p><p>京公网安备 11000002002023号</p><p>违法和不良信息举报电话：400-140-2108</p><p>举报邮箱：jubao@wukong-wenda-like.test</p></div>
</div></div>
"""

TAIL = """</div>
<script src="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/static/js/lib/jquery_3a3b4e6.js"></script>
<script src="//s3.pstatp-like.test/toutiao/resource/wenda/wenda_web/page/@@JS@@"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?8b6c2f1e0d9a4b3c7e5f1a2d3c4b5a69";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

QUESTIONS = {
    Q1: {
        "title": "公司年会我被评为优秀员工，要上台发言三分钟，发言稿该怎么写？",
        "text": "在一家商贸公司仓库干了四年，今年评上了年度优秀员工，下周二表彰大会要作为代表上台发言，领导说三分钟左右。平时只会干活不会说话，求大神帮忙写一篇，要实在一点，别太空。",
        "tags": [("6215497898713418241", "职场"), ("6215497902563789314", "写作"), ("6262180731538227714", "发言稿")],
        "asker": "仓库里的老马",
        "answers": 5,
        "follow": 63,
    },
    Q2: {
        "title": "父亲七十大寿，作为儿子在寿宴上致辞，说些什么好？",
        "text": "下周日给父亲过七十大寿，在酒店摆了十二桌，亲戚朋友和父亲的老同事都来。我是家里老大，要上台讲几句。父亲是老工人，一辈子不爱说话，想讲得真一点，不要太套路。",
        "tags": [("6215497896725678594", "情感"), ("6262180731538227714", "发言稿"), ("6215497899472586242", "家庭")],
        "asker": "兰亭小筑",
        "answers": 3,
        "follow": 28,
    },
    Q3: {
        "title": "第一次在部门例会上汇报工作很紧张，有什么办法？",
        "text": "入职三个月，下周要第一次在部门例会上汇报，一想到就手心出汗，怎么办？",
        "tags": [("6215497898713418241", "职场")],
        "asker": "小白兔不白",
        "answers": 1,
        "follow": 9,
    },
}

USERS = {
    "职场老周说": ("52713245090", "职场领域创作者 · 十五年企业行政"),
    "笔杆子阿青": ("61893200571", "优质教育领域创作者"),
    "一只会写字的猫": ("74021155803", ""),
    "浮生半日闲": ("58830412096", "情感领域创作者"),
    "老李聊职场": ("60127735842", "职场达人"),
}


def og(url, title, desc):
    return (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{title}">\n'
        f'<meta property="og:description" content="{desc}">\n<meta property="og:url" content="https://www.wukong.com{url}">\n'
    )


def head(title, kw, desc, pathname, css, logfrom, url):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@PATHNAME@@", pathname)
        .replace("@@CSS@@", css).replace("@@LOGFROM@@", logfrom).replace("@@OG@@", og(url, title, desc) if url else "")
    )


def question_header(qid):
    q = QUESTIONS[qid]
    tags = "".join(f'<a href="/tag/{tid}/" target="_blank" data-log="Visit_Tag|From_" class="tag">{name}</a>' for tid, name in q["tags"])
    return f"""<div class="question-header">
<div class="question-tag">{tags} <!----></div>
<h1 itemprop="name" class="question-name">{q["title"]}</h1>
<div itemprop="description" class="question-text">{q["text"]}</div>
<div class="question-user">提问者：<a href="/user/?uid=3{qid[-9:]}" target="_blank">{q["asker"]}</a></div>
<div class="question-bottom"><a data-node="answer" href="javascript:;" data-log="PopUp_Answer|From_Description" class="action-btn answer-btn"><i class="iconfont icon-ask_write"></i>回答</a> <a data-node="followquestion" data-follow="0" href="javascript:;" data-log="Follow_Question|From_" class="action-btn"><i class="iconfont icon-collection"></i><span class="text">收藏问题</span>(<span class="count">{q["follow"]}</span>)</a> <a data-node="invite-answer" href="javascript:;" class="action-btn toggle-invite-answer"><i class="iconfont icon-ask_add_friend"></i><span>邀请回答</span></a>
<div class="new-share-group"><div data-node="widget-share-group" class="widget-share-group"><div class="share-group-content clearfix"><div class="qr"></div><div data-node="weixin" class="share-link weixin"><i class="iconfont icon-wechat_share"></i></div><div data-node="weibo" class="share-link weibo"><i class="iconfont icon-weibo_share"></i></div><div data-node="qzone" class="share-link qq"><i class="iconfont icon-qzone_share"></i></div></div></div></div>
<div class="inform"><i class="iconfont icon-CombinedShape"></i> <span data-log="PopUp_Inform|From_InformQuestion">举报</span></div>
</div>
</div>
"""


def answer_user(name, stamp):
    uid, tag = USERS[name]
    tag_html = f'<span class="answer-user-tag">{tag}</span>' if tag else ""
    return f"""<div class="answer-user"><a href="/user/?uid={uid}" target="_blank" class="answer-user-avatar"><img src="//p3.pstatp-like.test/thumb/{uid[-6:]}a" alt=""></a><div class="answer-user-info"><a href="/user/?uid={uid}" target="_blank" class="answer-user-name">{name}</a>{tag_html}<span class="answer-time">{stamp}</span></div><a href="javascript:;" class="w-follow-btn">+ 关注</a></div>
"""


def tool(aid, uid, likes, comments):
    return f"""<div class="answer-tool"><div class="comment-tool">
<a href="javascript:" data-log="Like|From_" class="w-like answer-like-count"><i class="iconfont icon-digg_clicked"></i> <span class="like-num">{likes}</span> <span>赞</span></a>
<a href="javascript:" data-log="Downvote|From_" class="w-unlike answer-dislike-count"><i class="iconfont icon-ask_stamp"></i> <span>踩</span></a>
<a data-node="show-comment" href="javascript:;" data-ansid="{aid}" data-answer-uid="{uid}" data-is_ban_comment="0" class="show-comment"><i class="iconfont icon-ask_comment"></i> {comments}评论</a>
<div data-node="share-group" data-ansid="{aid}" class="share-group share-anchor"><i class="iconfont icon-share-home"></i> <span class="share">分享</span></div>
<div class="inform"><span data-log="PopUp_Inform|From_InformAnswer">举报</span></div>
</div></div>
"""


def answer_item(aid, name, stamp, iso, likes, comments, text_html, sticky=False):
    uid = USERS[name][0]
    return f"""<div data-node="answer-item" data-ansid="{aid}" itemscope="itemscope" itemtype="http://schema.org/Answer" itemprop="suggestedAnswer" class="answer-item{' sticky-item' if sticky else ''}">
<meta itemprop="upvoteCount" content="{likes}">
<meta itemprop="url" content="https://www.wukong.com/answer/{aid}/">
<meta itemprop="commentCount" content="{comments}">
<meta itemprop="dateCreated" content="{iso}">
{answer_user(name, stamp)}<div class="answer-text">
{text_html}
</div>
{tool(aid, uid, likes, comments)}</div>
"""


def folded(aid, name, stamp, likes, comments, abstract):
    uid = USERS[name][0]
    return f"""<div data-node="answer-item" data-ansid="{aid}" class="answer-item">
<a href="/answer/{aid}/" class="seo-link"></a>
{answer_user(name, stamp)}<div class="answer-text h_1200 fold"><div class="answer-abstract">{abstract}……</div>
<a href="/answer/{aid}/" class="j-expand-showfull expand-bottom">展开全部</a></div>
{tool(aid, uid, likes, comments)}</div>
"""


def related(exclude):
    return "\n".join(f'<li><a href="/question/{qid}/" target="_blank">{q["title"]}</a><span>{q["answers"]}个回答</span></li>' for qid, q in QUESTIONS.items() if qid != exclude)


def page_shell(headhtml, main, exclude, js):
    return headhtml + f"""<main class="main-container page-question-static">
<div id="main-index-question-list" class="index-question-list">
{SIDEBAR.replace("@@RELATED@@", related(exclude))}<div class="left-part"><div class="question-detail" itemscope="itemscope" itemtype="http://schema.org/Question">
{main}</div></div>
</div>
</main>
""" + TAIL.replace("@@JS@@", js)


def p(paras):
    return "\n".join(f"<p>{x}</p>" for x in paras)


def build() -> Family:
    fam = Family(HOST, "悟空问答 (wukong.com) PC question / answer pages, about 2018, UTF-8")
    s5, s6 = SPEECHES["f47c-5"], SPEECHES["f47c-6"]

    # --- answers -----------------------------------------------------------------------------
    text1 = p(["谢邀。", "题主在仓库干了四年，评上优秀员工不容易，恭喜！三分钟的发言，一般八九百字就够了。我按你说的情况写了一篇，具体的数字、年份、部门名称你按实际改一改："])
    text1 += f"\n<p><strong>{s5.title}</strong></p>\n" + p(s5.paras)
    text1 += "\n" + p(["——————", "几点建议：一是开头的感谢不要太长，领导都在台下等着；二是一定要讲一两件具体的事，比空喊口号强一百倍；三是上台前多念几遍，念熟了就不紧张了。", "以上，希望对你有帮助。觉得有用的话点个赞，关注我，更多职场写作干货持续更新。"])
    other1 = [
        (A1b, "老李聊职场", "2018-01-11 19:02", 36, 4, p(["发言稿不用找人写，自己写最真。记住三段：感谢、经历、表态。", "感谢领导同事，讲一件自己印象最深的事，最后说说明年怎么干。三分钟足够了，千万别念别人写的套话，台下一听就知道。"])),
        (A1c, "一只会写字的猫", "2018-01-12 08:47", 12, 1, p(["尊敬的各位领导、亲爱的同事们：大家好！我很荣幸能够站在这里，作为优秀员工代表发言……", "网上这种开头一大把，改改名字就能用。"])),
    ]
    q1 = QUESTIONS[Q1]
    main_a1 = question_header(Q1) + f"""<div class="answer-more-link"><a href="/question/{Q1}/" data-log="Visit_Question|From_AnswerPage">查看全部{q1["answers"]}个回答</a></div>
<div class="all-answers"><div data-log-from="Answer" class="answers"><div class="answer-items" id="answer-items">
{answer_item(A1, "职场老周说", "2018-01-12 20:31", "2018-01-12T20:31:05+08:00", 1286, 97, text1, sticky=True)}</div></div></div>
<div class="other-answers"><h3 class="answer-count-h"><span>其他回答</span></h3><div class="answer-items">
{"".join(answer_item(a, n, st, st.replace(" ", "T") + ":00+08:00", lk, cm, tx) for a, n, st, lk, cm, tx in other1)}</div>
<a href="/question/{Q1}/" class="more-answers">查看全部{q1["answers"]}个回答</a></div>
"""
    desc1 = "谢邀。题主在仓库干了四年，评上优秀员工不容易，恭喜！三分钟的发言，一般八九百字就够了。"
    fam.put(f"/answer/{A1}/", page_shell(head(f"{q1['title']}-悟空问答", "悟空问答,职场,写作,发言稿", desc1, "wenda_pc_answer", "answer_single_static_5c1e2a9.css", "Answer", f"/answer/{A1}/"), main_a1, Q1, "answer_single_static_0e91b4d.js"))

    text2 = p(["看到题主的问题，想起了我自己父亲。", "寿宴上的致辞，最打动人的不是那些“福如东海”，而是只有你们家才有的故事。按照你说的情况，给你写了一篇，题目就叫《在父亲七十寿宴上的致辞》，里面的细节你换成你父亲自己的事："])
    half = len(s6.paras) // 2
    text2 += "\n" + p(s6.paras[:half])
    text2 += '\n<div class="pgc-img"><img src="//p1.pstatp-like.test/large/pgc-image/15199102737a1e6f8b2c" img_width="640" img_height="427" alt="" inline="0"><p class="pgc-img-caption">寿宴现场布置可以简单一点，老人更在意儿女的心意（图片来自网络，侵删）</p></div>\n'
    text2 += p(s6.paras[half:])
    text2 += "\n" + p(["写在最后：致辞的时候不要怕哽咽，真情流露比什么都好。祝老爷子生日快乐！"])
    other2 = [
        (A2b, "浮生半日闲", "2018-02-28 22:16", 54, 6, p(["我爸七十大寿的时候我就说了三句话：谢谢大家来，爸您辛苦了，祝您长命百岁。说完全场鼓掌，我爸偷偷抹了眼泪。", "话不在多，在真。"])),
    ]
    q2 = QUESTIONS[Q2]
    main_a2 = question_header(Q2) + f"""<div class="answer-more-link"><a href="/question/{Q2}/">查看全部{q2["answers"]}个回答</a></div>
<div class="all-answers"><div data-log-from="Answer" class="answers"><div class="answer-items" id="answer-items">
{answer_item(A2, "笔杆子阿青", "2018-03-01 09:58", "2018-03-01T09:58:41+08:00", 731, 45, text2, sticky=True)}</div></div></div>
<div class="other-answers"><h3 class="answer-count-h"><span>其他回答</span></h3><div class="answer-items">
{"".join(answer_item(a, n, st, st.replace(" ", "T") + ":00+08:00", lk, cm, tx) for a, n, st, lk, cm, tx in other2)}</div>
<a href="/question/{Q2}/" class="more-answers">查看全部{q2["answers"]}个回答</a></div>
"""
    desc2 = "看到题主的问题，想起了我自己父亲。寿宴上的致辞，最打动人的不是那些“福如东海”，而是只有你们家才有的故事。"
    fam.put(f"/answer/{A2}/", page_shell(head(f"{q2['title']}-悟空问答", "悟空问答,情感,发言稿,家庭", desc2, "wenda_pc_answer", "answer_single_static_5c1e2a9.css", "Answer", f"/answer/{A2}/"), main_a2, Q2, "answer_single_static_0e91b4d.js"))

    # the other answers' own pages (not documents)
    small = [(Q1, *other1[0]), (Q1, *other1[1]), (Q2, *other2[0]),
             (Q3, A3, "老李聊职场", "2018-03-10 12:30", 18, 2, p(["紧张很正常。提前把要讲的内容写成提纲，对着镜子练三遍，再找一个同事当听众试讲一次。", "上台以后先看一眼你最熟悉的同事，开头一句话说顺了，后面就好了。"]))]
    for qid, a, n, st, lk, cm, tx in small:
        q = QUESTIONS[qid]
        main = question_header(qid) + f"""<div class="answer-more-link"><a href="/question/{qid}/">查看全部{q["answers"]}个回答</a></div>
<div class="all-answers"><div data-log-from="Answer" class="answers"><div class="answer-items" id="answer-items">
{answer_item(a, n, st, st.replace(" ", "T") + ":00+08:00", lk, cm, tx, sticky=True)}</div></div></div>
"""
        fam.put(f"/answer/{a}/", page_shell(head(f"{q['title']}-悟空问答", "悟空问答", q["text"][:60], "wenda_pc_answer", "answer_single_static_5c1e2a9.css", "Answer", f"/answer/{a}/"), main, qid, "answer_single_static_0e91b4d.js"))
        fam.not_documents.append(f"/answer/{a}/")

    # --- question pages (not documents) -------------------------------------------------------
    def question_page(qid, items):
        q = QUESTIONS[qid]
        main = question_header(qid) + f"""<h3 class="answer-count-h"><span>{q["answers"]}个回答</span></h3>
<div class="all-answers"><div data-log-from="Answer" class="answers"><div class="answer-items" id="answer-items">
{items}</div></div></div>
<div class="w-pagination"><a href="javascript:;" class="load-more" data-node="loadMore" data-offset="3">查看更多回答</a></div>
"""
        return page_shell(head(f"{q['title']}-悟空问答", "悟空问答," + ",".join(n for _, n in q["tags"]), q["text"][:60], "wenda_pc_question", "question_single_static_f271b8e.css", "Question", f"/question/{qid}/"), main, qid, "question_single_static_8f0a4d2.js")

    fam.put(f"/question/{Q1}/", question_page(Q1, folded(A1, "职场老周说", "2018-01-12 20:31", 1286, 97, "谢邀。题主在仓库干了四年，评上优秀员工不容易，恭喜！三分钟的发言，一般八九百字就够了。我按你说的情况写了一篇") + folded(A1b, "老李聊职场", "2018-01-11 19:02", 36, 4, "发言稿不用找人写，自己写最真。记住三段：感谢、经历、表态") + folded(A1c, "一只会写字的猫", "2018-01-12 08:47", 12, 1, "尊敬的各位领导、亲爱的同事们：大家好！我很荣幸能够站在这里")))
    fam.put(f"/question/{Q2}/", question_page(Q2, folded(A2, "笔杆子阿青", "2018-03-01 09:58", 731, 45, "看到题主的问题，想起了我自己父亲。寿宴上的致辞，最打动人的不是那些“福如东海”") + folded(A2b, "浮生半日闲", "2018-02-28 22:16", 54, 6, "我爸七十大寿的时候我就说了三句话")))
    fam.put(f"/question/{Q3}/", question_page(Q3, folded(A3, "老李聊职场", "2018-03-10 12:30", 18, 2, "紧张很正常。提前把要讲的内容写成提纲，对着镜子练三遍")))

    # --- home ---------------------------------------------------------------------------------
    def feed(qid, aid, name, abstract, likes, comments):
        q = QUESTIONS[qid]
        return f"""<div class="question-v3" data-node="question-item">
<div class="question-title"><h2><a href="/question/{qid}/" target="_blank" data-log="Visit_Question|From_Feed">{q["title"]}</a></h2></div>
<div class="answer-item-v3"><div class="answer-user"><span class="answer-user-name">{name}</span><span class="answer-user-tag">{USERS[name][1]}</span></div>
<a href="/answer/{aid}/" target="_blank" class="answer-text-v3">{abstract}…</a>
<div class="answer-bottom"><span class="like-num">{likes}赞</span> · <span>{comments}评论</span> · <span>{q["answers"]}个回答</span></div></div>
</div>
"""

    home_main = f"""<main class="main-container">
<div id="main-index-question-list" class="index-question-list">
{SIDEBAR.replace("@@RELATED@@", related(None))}<div class="left-part">
<div class="w-feed-nav"><a href="/" class="active">推荐</a> <a href="/channel/xiezuo/">写作</a> <a href="/channel/zhichang/">职场</a> <a href="/channel/qinggan/">情感</a> <a href="/channel/jiaoyu/">教育</a></div>
<div class="w-feed-container" data-node="feedList">
{feed(Q3, A3, "老李聊职场", "紧张很正常。提前把要讲的内容写成提纲，对着镜子练三遍", 18, 2)}{feed(Q2, A2, "笔杆子阿青", "看到题主的问题，想起了我自己父亲。寿宴上的致辞，最打动人的不是那些“福如东海”", 731, 45)}{feed(Q1, A1, "职场老周说", "谢邀。题主在仓库干了四年，评上优秀员工不容易，恭喜！三分钟的发言", 1286, 97)}</div>
<div class="w-feed-loadmore"><a href="javascript:;" data-node="loadMore">加载更多</a></div>
</div>
</div>
</main>
"""
    fam.put("/", head("悟空问答", "悟空问答,头条问答,问答", "悟空问答，一款靠谱的问答社区，专注分享知识、经验、观念。在这里，所有人都能找到答案、参与讨论。", "wenda_pc_index", "index_4c95c68.css", "Index", None) + home_main + TAIL.replace("@@JS@@", "index_static_2d7e1c0.js"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /user/\nDisallow: /wenda/web/\n")

    fam.doc([f"/answer/{A1}/"], s5, published_at="2018-01-12")
    fam.doc([f"/answer/{A2}/"], s6, published_at="2018-03-01")
    fam.not_documents += ["/", f"/question/{Q1}/", f"/question/{Q2}/", f"/question/{Q3}/"]
    fam.noise += ["谢邀。", "点个赞", "其他回答", "查看全部", "侵删", "写在最后", "下载悟空问答APP", "京ICP备12025439号", "发言稿不用找人写", "我爸七十大寿的时候"]
    return fam
