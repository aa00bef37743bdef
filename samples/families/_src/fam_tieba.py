"""百度贴吧-like thread pages (PC template around 2019): threads at extensionless `/p/N`, reply pages
`/p/N?pn=2` and 只看楼主 `/p/N?see_lz=1` (query routes); the post list `#j_p_postlist` of
`div.l_post.j_l_post` floors with a `data-field` JSON (author, post_no, date), the author column
(`.p_author_name`, 本吧头衔 badge), the text in `div.d_post_content.j_d_post_content` with `<br>`
lines, the tail `span.tail-info` (来自Android客户端 / 1楼 / 2019-04-12 10:21), a 楼中楼 reply box
under the floor and the image signature `img.j_user_sign`. The first floor is the speech; later
floors, a 广告 floor, page 2 and the 只看楼主 view are not documents. The 吧 page `/f?kw=…&ie=utf-8`
(home, a query route) lists threads as `a.j_th_tit`, page 2 at `&pn=50`."""

from common import SPEECHES, Family, render

HOST = "tieba.baidu-like.test"
KW = "%E5%8F%91%E8%A8%80%E7%A8%BF"  # 发言稿
FORUM = f"/f?kw={KW}&ie=utf-8"

USERS = {
    "春风十里扬州路": (1832457610, "学霸", 8),
    "老支书的笔记本": (2904561138, "笔杆子", 10),
    "阿毛爱吃橘子": (3310002451, "初级粉丝", 2),
    "行走的公文包": (1127765309, "秀才", 6),
    "雨后的青石板": (4012233871, "童生", 4),
}

THREADS = [
    {
        "speech": SPEECHES["TB1"],
        "tid": 6101234567,
        "pid": 125340112201,
        "author": "春风十里扬州路",
        "time": "2019-04-12 10:21",
        "client": "Android客户端",
        "lzl": ("阿毛爱吃橘子", "写得真好，我们学校下周也要去扫墓，先收藏了"),
        "replies": [
            ("行走的公文包", "顶一个，结尾那两句诗用得好", "2019-04-12 10:35", "iPhone客户端"),
            ("阿毛爱吃橘子", "楼主能发一份word版吗？求私信", "2019-04-12 11:02", None),
            ("春风十里扬州路", "谢谢大家支持，word版已经私信了", "2019-04-12 12:47", "Android客户端"),
        ],
        "page2": [
            ("雨后的青石板", "mark一下，明天要用", "2019-04-13 08:12", None),
            ("行走的公文包", "学习了，稍微改改就能用", "2019-04-14 21:30", "iPhone客户端"),
        ],
    },
    {
        "speech": SPEECHES["TB2"],
        "tid": 6142345678,
        "pid": 125981760034,
        "author": "老支书的笔记本",
        "time": "2019-05-20 21:08",
        "client": None,
        "lzl": None,
        "replies": [
            ("行走的公文包", "实在，句句都是老百姓关心的事", "2019-05-20 21:40", None),
            ("雨后的青石板", "老支书好样的，这才是干实事的样子", "2019-05-21 07:15", "Android客户端"),
        ],
        "page2": [],
    },
]

HEAD = """<!DOCTYPE html><!--STATUS OK--><html><head><meta name="keywords" content="百度贴吧,发言稿,@@KEYWORDS@@"><meta name="description" content="@@DESC@@" /><meta charset="UTF-8"><meta furl="tieba.baidu-like.test/f?kw=发言稿" fname="发言稿"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="baidu-site-verification" content="jpBCrwX689" /><link rel="search" type="application/opensearchdescription+xml" href="/tb/cms/content-search.xml" title="百度贴吧" /><title>@@TITLE@@</title>
<link rel="stylesheet" href="//tb1.bdstatic-like.test/tb/_/common_2f1d3a.css" />
<script>var PageData = {"tbs":"6a2b0c1d9e8f7a6b1555035264","charset":"UTF-8","product":"@@PRODUCT@@","page":"@@PAGE@@","user":{"is_login":0,"id":"","name":""},"forum":{"id":"11528","name":"发言稿","first_class":"文学","second_class":"写作"}@@THREADDATA@@};</script>
<script src="//tb1.bdstatic-like.test/tb/_/tbean_safe_3c1a2d.js"></script>
</head><body>
<div id="com_userbar" class="userbar"><ul><li><a href="//www.baidu-like.test/" target="_blank">百度首页</a></li><li class="u_login"><a href="/passport/login?u=%2F" rel="noreferrer">登录</a></li><li class="u_reg"><a href="/passport/reg" rel="noreferrer">注册</a></li></ul></div>
<div id="head" class="search_bright clearfix"><div class="search_top clearfix"><div class="search_nav j_search_nav"><a href="/">贴吧</a><a href="//zhidao.baidu-like.test/">知道</a><a href="//wenku.baidu-like.test/">文库</a></div>
<form name="f1" class="clearfix j_search_form" action="/f" method="get"><input class="search_ipt search_inp_border j_search_input" name="kw" value="发言稿" type="text" autocomplete="off" /><span class="search_btn_wrap"><a class="search_btn search_btn_enter_ba j_enter_ba" href="#">进入贴吧</a></span></form></div></div>
<div class="wrap1"><div class="wrap2">
<div class="card_top_wrap clearfix card_top_theme"><div class="card_top"><div class="card_title"><a class="card_title_fname" title="" href="@@FORUM@@">发言稿吧</a><span class="card_menNum">关注：158,422</span><span class="card_infoNum">贴子：1,067,385</span></div>
<p class="card_slogan">写稿不求人，大家一起来交流</p></div></div>
"""

FOOT = """</div></div>
<div class="footer"><p>&copy;2019 Baidu-like <a href="/tb/eula.html" target="_blank">贴吧协议</a> | <a href="/tb/cms/tieba-fe/tieba_promise/index.html" target="_blank">隐私政策</a> | <a href="/tb/zt/tieba_rule/" target="_blank">吧主制度</a> | <a href="/pmc/tousu/" target="_blank">意见反馈</a> | <a href="/tb/zt/rumor/" target="_blank">网络谣言警示</a></p></div>
<script>Bigpipe.register("frs-base/pagelet/footer", {"parent":"frs-base/pagelet/base","scripts":["tb1.bdstatic-like.test/tb/_/footer_a1b2.js"]}).on("load", function(){});</script>
<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "//hm.baidu-like.test/hm.js?98b9d8c2fd6608d564bf2ac2ae642948";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body></html>
"""


def floor(user, pid, tid, post_no, date, client, content, lzl=None, first=False):
    uid, badge, level = USERS[user]
    tail = ""
    if client:
        tail += f'<span class="tail-info">来自<a rel="noopener" href="/mo/q-----1-1-0----/m?kz={tid}" target="_blank">{client}</a></span>'
    tail += f'<span class="tail-info">{post_no}楼</span><span class="tail-info">{date}</span>'
    reply = ""
    if lzl:
        ruser, rtext = lzl
        reply = f"""<ul class="j_lzl_m_w"><li class="lzl_single_post j_lzl_s_p first_no_border" data-field='{{"spid":{pid + 17},"showname":"{ruser}"}}'><a class="j_user_card lzl_p_p" href="/home/main?un={ruser}&amp;ie=utf-8&amp;fr=pb" target="_blank"><img src="//gss0.bdstatic-like.test/portrait/{USERS[ruser][0]}.jpg" /></a><div class="lzl_cnt"><a class="at j_user_card " href="/home/main?un={ruser}&amp;ie=utf-8&amp;fr=pb" target="_blank">{ruser}</a>:&nbsp;<span class="lzl_content_main">{rtext}</span><div class="lzl_content_reply"><span class="lzl_time">2019-4-12 14:03</span><a href="#" class="lzl_s_r">回复</a></div></div></li></ul>"""
    field = (
        f'{{"author":{{"user_id":{uid},"user_name":"{user}","user_sex":0,"level_id":{level},"level_name":"{badge}"}},'
        f'"content":{{"post_id":{pid},"is_anonym":false,"forum_id":11528,"thread_id":{tid},"content":null,'
        f'"post_no":{post_no},"type":"0","comment_num":{1 if lzl else 0},"is_fold":0,"date":"{date}"}}}}'
    )
    return f"""<div class="l_post j_l_post l_post_bright {"noborder " if first else ""}" data-field='{field}'>
<div class="d_author"><ul class="p_author">
<li class="icon"><div class="icon_relative j_user_card"><a rel="noreferrer" class="p_author_face " href="/home/main?un={user}&amp;ie=utf-8&amp;fr=pb" target="_blank"><img username="{user}" src="//gss0.bdstatic-like.test/portrait/{uid}.jpg" /></a></div></li>
<li class="d_name" data-field='{{"user_id":{uid}}}'><a alog-group="p_author" class="p_author_name j_user_card" href="/home/main?un={user}&amp;ie=utf-8&amp;fr=pb" target="_blank">{user}</a></li>
<li class="l_badge" style="display:block;"><div class="p_badge"><a href="/f/like/level?kw={KW}&amp;ie=utf-8&amp;lv_t=lv_nav_intro" target="_blank" class="user_badge d_badge_bright d_badge_icon3" title="本吧头衔{level}级，经验值{level * 137}，点击进入等级头衔说明页"><div class="d_badge_title ">{badge}</div><div class="d_badge_lv">{level}</div></a></div></li>
</ul></div>
<div class="d_post_content_main {"d_post_content_firstfloor" if first else ""}">
<div class="p_content p_content p_content_nameplate"><cc>            <div id="post_content_{pid}" class="d_post_content j_d_post_content " style="display:;">            {content}</div><br></cc><br></div>
<div class="user-hide-post-down" style="display: none;"></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field='{{"pid":{pid},"total_num":{1 if lzl else 0}}}'><a rel="noopener" href="#" class="lzl_link_unfold">回复{"(1)" if lzl else ""}</a></div><div class="post-tail-wrap">{tail}<div class="j_report_btn">举报</div></div></div>
<div class="j_lzl_container core_reply_wrapper" data-field='{{"pid":{pid}}}' style="{"" if lzl else "display:none;"}"><div class="core_reply_content">{reply}</div></div></div>
<div class="d_sign_split"></div><img class="j_user_sign" src="//tb.himg.bdstatic-like.test/sys/portraith/item/{uid}_sign.jpg" width="468" height="60" />
</div>
</div>
"""


AD_FLOOR = """<div class="l_post l_post_bright j_l_post clearfix" data-field='{}' data-daid="2094" style="display:;">
<div class="d_author"><ul class="p_author"><li class="icon"><img src="//tb1.bdstatic-like.test/tb/ad/edu_logo.png" /></li><li class="d_name"><a class="p_author_name" href="https://ad.baidu-like.test/c?mkt=edu0412" target="_blank">启航教育</a></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><div class="d_post_content j_d_post_content">暑期托管班火热招生中，小班教学，名额有限，点击立即咨询&gt;&gt;</div></div>
<div class="core_reply_tail"><span class="label_text">广告</span></div></div>
</div>
"""


def thread_page(t, view):
    speech = t["speech"]
    tid = t["tid"]
    pid = t["pid"]
    floors = []
    first_content = "<br>".join(speech.paras)
    if speech.key == "TB2":
        first_content += '<img class="BDE_Smiley" width="30" height="30" changedsize="false" src="//static.tieba.baidu-like.test/tb/editor/images/client/image_emoticon25.png" >'
    if view in ("p1", "lz"):
        floors.append(
            floor(t["author"], pid, tid, 1, t["time"], t["client"], first_content, None if view == "lz" else t["lzl"], True)
        )
    if view == "p1":
        for n, (user, text, date, client) in enumerate(t["replies"], start=2):
            floors.append(floor(user, pid + n * 31, tid, n, date, client, text))
            if n == 2:
                floors.append(AD_FLOOR)
    if view == "lz":
        for n, (user, text, date, client) in enumerate(t["replies"], start=2):
            if user == t["author"]:
                floors.append(floor(user, pid + n * 31, tid, n, date, client, text))
    if view == "p2":
        start = 2 + len(t["replies"])
        for n, (user, text, date, client) in enumerate(t["page2"], start=start):
            floors.append(floor(user, pid + n * 31, tid, n, date, client, text))
    pages = 2 if t["page2"] else 1
    count = len(t["replies"]) + len(t["page2"])
    if pages == 2:
        if view == "p2":
            pager = f'<a href="/p/{tid}">首页</a> <a href="/p/{tid}">上一页</a> <a href="/p/{tid}">1</a> <span class="tP">2</span>'
        else:
            pager = f'<span class="tP">1</span> <a href="/p/{tid}?pn=2">2</a> <a href="/p/{tid}?pn=2">下一页</a> <a href="/p/{tid}?pn=2">尾页</a>'
    else:
        pager = ""
    lz = (
        f'<a rel="noopener" href="/p/{tid}" class="btn-sub btn-small">取消只看楼主</a>'
        if view == "lz"
        else f'<a rel="noopener" href="/p/{tid}?see_lz=1" class="btn-sub btn-small" id="lzonly_cntn">只看楼主</a>'
    )
    body = (
        HEAD
        + """<div class="left_section">
<div class="core_title_wrap_bright clearfix tittle_fill_dom" id="j_core_title_wrap"><div class="core_title_btns pull-right">@@LZ@@<a href="#" class="btn-sub btn-small j_favor">收藏</a><a href="#" class="btn-sub btn-small j_reply">回复</a></div>
<h3 class="core_title_txt pull-left text-overflow  " title="@@H3@@" style="width: 416px">@@H3@@</h3></div>
<div class="p_thread thread_theme_5" id="thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager">@@PAGER@@</li><li class="l_reply_num" style="margin-left:8px"><span class="red" style="margin-right:3px">@@COUNT@@</span>回复贴，共<span class="red">@@PAGES@@</span>页</li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
@@FLOORS@@</div>
<div class="p_thread thread_theme_7" id="thread_theme_7"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager">@@PAGER@@</li></ul></div></div>
<div class="tb_rich_poster_container"><div class="poster_head">发表回复</div><div class="poster_signin">发贴请先 <a href="/passport/login" rel="noreferrer">登录</a> | <a href="/passport/reg" rel="noreferrer">注册</a></div></div>
</div>
<div class="right_section"><div class="region_bright"><h4 class="region_header">贴吧热议榜</h4><ul class="topic_list"><li><a href="/hottopic/browse/hottopic?topic_id=912345">五一假期出行攻略</a></li><li><a href="/hottopic/browse/hottopic?topic_id=912350">毕业季你最想感谢谁</a></li></ul></div></div>
"""
        + FOOT
    )
    thread_data = f',"thread":{{"thread_id":{tid},"title":"{speech.title}","reply_num":{count},"author":"{t["author"]}"}}'
    return render(
        body,
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:60],
        TITLE=f"{speech.title}【发言稿吧】_百度贴吧" + ("" if view != "p2" else "第2页"),
        PRODUCT="pb",
        PAGE="pb",
        THREADDATA=thread_data,
        FORUM=FORUM,
        LZ=lz,
        H3=speech.title,
        PAGER=pager,
        COUNT=count,
        PAGES=pages,
        FLOORS="".join(floors),
    )


OTHER_THREADS = [
    (6149876543, "【吧务公告】发言稿吧吧规（2019年修订）", "吧务组", "新人发帖前请先阅读吧规，广告贴一律删除", 0, True),
    (6147711220, "求一篇家长会家长代表发言稿，孩子初二", "雨后的青石板", "明天就要用，急！！", 12, False),
]


def list_row(tid, title, author, abstract, replies, top=False, when="2019-05"):
    return f"""<li class=" j_thread_list {"thread_top j_thread_list" if top else ""} clearfix" data-field='{{"id":{tid},"author_name":"{author}","reply_num":{replies},"is_good":null,"is_top":{1 if top else "null"}}}'>
<div class="t_con cleafix"><div class="col2_left j_threadlist_li_left"><span class="threadlist_rep_num center_text" title="回复">{replies}</span></div>
<div class="col2_right j_threadlist_li_right "><div class="threadlist_lz clearfix">
<div class="threadlist_title pull_left j_th_tit ">{'<i class="icon-top" title="置顶"></i>' if top else ""}<a rel="noreferrer" href="/p/{tid}" title="{title}" target="_blank" class="j_th_tit ">{title}</a></div>
<div class="threadlist_author pull_right"><span class="tb_icon_author " title="主题作者: {author}"><i class="icon_author"></i><span class="frs-author-name-wrap"><a rel="noreferrer" class="frs-author-name j_user_card " href="/home/main/?un={author}&amp;ie=utf-8&amp;fr=frs" target="_blank">{author}</a></span></span><span class="pull-right is_show_create_time" title="创建时间">{when}</span></div></div>
<div class="threadlist_detail clearfix"><div class="threadlist_text pull_left"><div class="threadlist_abs threadlist_abs_onlyline ">{abstract}</div></div></div>
</div></div></li>
"""


def forum_page(n, rows):
    pager = (
        f'<span class="pagination-current pagination-item ">1</span><a href="{FORUM}&amp;pn=50" class=" pagination-item ">2</a><a href="{FORUM}&amp;pn=50" class="next pagination-item ">下一页&gt;</a><a href="{FORUM}&amp;pn=50" class="last pagination-item ">尾页</a>'
        if n == 1
        else f'<a href="{FORUM}&amp;pn=0" class="first pagination-item ">首页</a><a href="{FORUM}&amp;pn=0" class="pre pagination-item ">&lt;上一页</a><a href="{FORUM}&amp;pn=0" class=" pagination-item ">1</a><span class="pagination-current pagination-item ">2</span>'
    )
    body = (
        HEAD
        + """<div class="content"><div id="content_wrap"><div class="nav_wrap"><ul class="nav_list"><li class="focus j_tbnav_tab"><a href="@@FORUM@@">看贴</a></li><li class="j_tbnav_tab"><a href="/f?kw=@@KW@@&amp;ie=utf-8&amp;tab=good">精品</a></li></ul></div>
<div id="pagelet_frs-list/pagelet/thread_list"><ul id="thread_list" class="threadlist_bright j_threadlist_bright">
@@ROWS@@</ul></div>
<div class="thread_list_bottom clearfix"><div id="frs_list_pager" class="pagination-default clearfix">@@PAGER@@</div></div>
</div></div>
"""
        + FOOT
    )
    return render(
        body,
        KEYWORDS="发言稿",
        DESC="发言稿吧，写稿交流",
        TITLE="发言稿吧-百度贴吧--写稿不求人，大家一起来交流" + ("" if n == 1 else "-第2页"),
        PRODUCT="frs",
        PAGE="frs",
        THREADDATA="",
        FORUM=FORUM,
        KW=KW,
        ROWS="".join(rows),
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "百度贴吧-like thread pages (/p/N, ?pn=2, ?see_lz=1; l_post floors, j_d_post_content, tail-info, 广告 floor)",
        content_type="text/html; charset=UTF-8",
        extensionless_html=True,
        home=FORUM,
    )
    tb1, tb2 = THREADS
    page1 = [list_row(*OTHER_THREADS[0][:5], top=True)]
    page1.append(list_row(tb2["tid"], tb2["speech"].title, tb2["author"], tb2["speech"].paras[1][:40], 2))
    page1.append(list_row(*OTHER_THREADS[1][:5]))
    page2 = [list_row(tb1["tid"], tb1["speech"].title, tb1["author"], tb1["speech"].paras[1][:40], 5, when="2019-04")]
    fam.route(FORUM, "/f/kw-fayangao.html", forum_page(1, page1))
    fam.route(f"{FORUM}&pn=0", "/f/kw-fayangao.html", forum_page(1, page1))
    fam.route(f"{FORUM}&pn=50", "/f/kw-fayangao-pn50.html", forum_page(2, page2))
    fam.not_documents += [FORUM, f"{FORUM}&pn=0", f"{FORUM}&pn=50"]
    for t in THREADS:
        tid = t["tid"]
        fam.put(f"/p/{tid}", thread_page(t, "p1"))
        fam.route(f"/p/{tid}?see_lz=1", f"/p/{tid}-see_lz.html", thread_page(t, "lz"))
        fam.not_documents.append(f"/p/{tid}?see_lz=1")
        if t["page2"]:
            fam.route(f"/p/{tid}?pn=2", f"/p/{tid}-pn2.html", thread_page(t, "p2"))
            fam.not_documents.append(f"/p/{tid}?pn=2")
        fam.doc([f"/p/{tid}"], t["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /f/search\nDisallow: /home/\nDisallow: /passport/\n")
    fam.noise += [
        "1楼",
        "2019-04-12 10:21",
        "Android客户端",
        "iPhone客户端",
        "春风十里扬州路",
        "老支书的笔记本",
        "本吧头衔",
        "写得真好，我们学校下周也要去扫墓",
        "顶一个",
        "楼主能发一份word版吗",
        "word版已经私信了",
        "老支书好样的",
        "mark一下",
        "暑期托管班火热招生中",
        "广告",
        "只看楼主",
        "回复贴，共",
        "发表回复",
        "举报",
        "贴吧热议榜",
        "发言稿吧",
        "百度贴吧",
        "贴吧协议",
        "吧主制度",
    ]
    return fam
