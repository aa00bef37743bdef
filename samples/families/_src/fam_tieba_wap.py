"""百度贴吧 as a phone browser gets it (the touch "wise" pages): threads at extensionless `/p/N`,
reply pages `/p/N?pn=2`, the 吧 page `/f?kw=…` (li.tl_shadow > a.ti_item cards). Thread pages:
`#glob > #main`, the app banner and 打开App buttons, `ul#plist` of `li.list_item.post_list_item`
(`data-info` JSON), `post_title_embed` in the first floor, `list_item_top` (avatar, `user_name`,
`list_item_floor_num` 楼主 / N楼, `list_item_time`), `div.content` with `<br>` lines, 楼中楼
`fr_list.j_floor_panel`, `pager` 上一页/下一页, the `zan_reply` bottom bar, 打开贴吧App看更多 prompts,
Baidu footer with ICP; the first floor is the speech, later floors and `?pn=2` are not documents."""

import json

from common import SPEECHES, Family, render

HOST = "tieba-wap-like.test"
KW = "发言稿"
KW_Q = "%E5%8F%91%E8%A8%80%E7%A8%BF"
FORUM = f"/f?kw={KW_Q}"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no">
<meta name="referrer" content="always">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@CANON@@
<link rel="stylesheet" href="//tb1.bdstatic.com/tb/mobile/sglobal/layout/classic/css/layout_a7c3e9f.css">
<link rel="stylesheet" href="//tb1.bdstatic.com/tb/mobile/@@MOD@@/css/@@MOD@@_2b1d4c8.css">
<script>
var _t_start = new Date().getTime();
window.PageData = window.PageData || {};
PageData.user = {"is_login":0,"id":0,"name":"","portrait":""};
</script>
<script src="//tb1.bdstatic.com/tb/libs/zepto_1a8c3f2.js"></script>
</head>
<body class="@@BODY@@">
<div class="glob" id="glob">
<div class="tb_app_banner j_app_banner" data-locate="pb_top">
<a class="tb_app_banner_link" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_pb_top" rel="nofollow">
<span class="tb_app_logo"></span><span class="tb_app_banner_txt"><b>百度贴吧</b><br>打开App，阅读体验更流畅</span><span class="tb_app_banner_btn">打开</span>
</a>
<span class="tb_app_banner_close j_close"></span>
</div>
<div class="tb_header" id="tb_header">
<a class="tb_header_back j_back" href="javascript:history.back();"></a>
<a class="tb_header_logo" href="/"><span>百度贴吧</span></a>
<a class="tb_header_forum" href="@@FORUMHREF@@">@@KW@@吧</a>
<a class="tb_header_login" href="https://wappass.baidu.com/passport/?login&amp;u=https%3A%2F%2Ftieba.baidu.com" rel="nofollow">登录</a>
</div>
<div id="main" class="main">
"""

FOOT = """</div>
<div class="footer" id="footer">
<div class="footer_links"><a href="https://tieba.baidu.com/tb/eula_mobile.html">贴吧协议</a><span>|</span><a href="https://privacy.baidu.com/policy/children-privacy-policy/index.html">隐私政策</a><span>|</span><a href="https://tieba.baidu.com/tb/cms/tieba-fe/tieba_promise/index.html">吧主制度</a><span>|</span><a href="https://tieba.baidu.com/hermes/feedback">意见反馈</a><span>|</span><a href="https://www.12377.cn/" rel="nofollow">网信部门举报入口</a></div>
<p class="footer_copyright">&copy;2024 Baidu <a href="https://beian.miit.gov.cn/" rel="nofollow">京ICP证030173号-1</a> 京网文〔2023〕1034-029号</p>
</div>
</div>
<div class="daoliu_dialog j_daoliu_dialog" style="display:none"><div class="daoliu_dialog_inner"><p class="daoliu_dialog_title">打开贴吧App，查看更多精彩回复</p><a class="daoliu_dialog_btn" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_dialog" rel="nofollow">立即打开</a><span class="daoliu_dialog_cancel j_cancel">暂不</span></div></div>
<script src="//tb1.bdstatic.com/tb/mobile/sglobal/js/sglobal_4e8f0a1.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?98b9d8c2fd6608d564bf2ac2ae642948";
var s = document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "清江护河人": ("tb.1.7a3c9e21.Qm2Hk8nX", "18"),
    "贴吧用户_0Gx3aQe": ("tb.1.2b8e4f10.Wc5Lp3rT", "3"),
    "水利局的小李": ("tb.1.5f1d7a33.Hv9Jt2kM", "7"),
    "晨曦微露2016": ("tb.1.9c4b2e57.Ry6Nq1sV", "11"),
    "职教老陈": ("tb.1.3e7a1c88.Kp4Xz7wB", "12"),
    "汽修班班长": ("tb.1.6d2f9b04.Tg8Mc5yH", "4"),
}

THREADS = [
    {
        "tid": 8953417206,
        "speech": SPEECHES["R33A6"],
        "title": "转一篇县长在河湖长制工作会议上的讲话，写得很扎实",
        "author": "清江护河人",
        "time": "2024-02-27 21:36",
        "intro": "",
        "replies": [
            ("贴吧用户_0Gx3aQe", "2024-02-27 21:52", "“挂名不挂帅”这个说法挺形象的", [("清江护河人", "02-27 22:05", "确实，我们这边好多村级河长都是这样")]),
            ("水利局的小李", "2024-02-28 08:14", "第三部分巡河频次写得很具体，县级每季度、乡级每月、村级每周，可以参考", []),
            ("晨曦微露2016", "2024-02-28 12:40", "码住，下个月我们也要开这个会", []),
        ],
        "replies2": [
            ("贴吧用户_0Gx3aQe", "2024-03-02 19:03", "顶", []),
            ("水利局的小李", "2024-03-04 09:27", "楼主还有去年的吗？想对比一下", [("清江护河人", "03-04 10:11", "去年的没存，抱歉")]),
        ],
    },
    {
        "tid": 9017762351,
        "speech": SPEECHES["R33A2"],
        "title": "职业教育活动周启动仪式致辞，领导讲得很好，分享给大家",
        "author": "职教老陈",
        "time": "2024-05-13 18:02",
        "replies": [
            ("汽修班班长", "2024-05-13 19:26", "我们就是在台下听的！汽修专业也被点名表扬了<img class=\"BDE_Smiley\" src=\"//tb2.bdstatic.com/tb/editor/images/client/image_emoticon25.png\" width=\"30\" height=\"30\">", []),
            ("晨曦微露2016", "2024-05-14 07:48", "“职校是无奈之选”的旧观念确实该改改了", []),
        ],
        "replies2": [],
    },
]


def floor(th, n, name, time, content, subs, pid, first=False):
    portrait, level = USERS[name]
    info = json.dumps({"pid": pid, "floor_num": n, "author_name": name, "is_lz": int(name == th["author"])}, ensure_ascii=False)
    title = f'<div class="post_title_embed">{th["title"]}</div>\n' if first else ""
    sub = ""
    if subs:
        sub = '<div class="fr_list j_floor_panel">\n<ul class="flist">\n' + "\n".join(
            f'<li class="fmain"><div class="floor_footer_item"><a class="user_name" href="/home/main?un={sname}">{sname}：</a><span class="floor_content">{stext}</span><span class="list_item_time">{stime}</span></div></li>'
            for sname, stime, stext in subs
        ) + f'\n</ul>\n<a class="fr_list_more j_daoliu" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_lzl" rel="nofollow">打开App查看全部{len(subs)}条回复</a>\n</div>'
    lz = '<span class="icon_lz">楼主</span>' if name == th["author"] and not first else ""
    return f"""<li class="list_item post_list_item default_feedback" data-info='{info}' tid="{th["tid"]}">
<div class="list_item_wrapper">
<div class="list_main">
{title}<div class="list_item_top clearfix">
<div class="list_item_top_avatar"><a href="/home/main?id={portrait}&amp;fr=pb"><img src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/{portrait}" width="36" height="36"></a></div>
<div class="list_item_top_name">
<span class="user_name">{name}</span>{lz}<span class="level_icon level_{level}">{level}</span><br>
<span class="list_item_floor_num">{"楼主" if first else f"{n}楼"}</span>
<span class="list_item_time">{time}</span>
</div>
<div class="list_item_more_operation"><a class="list_item_more_operation_btn pb_icon j_more" href="javascript:;"></a></div>
</div>
<div class="content" lz="{int(name == th["author"])}">{content}</div>
{sub}
</div>
</div>
</li>"""


def pager(tid, n, count):
    prev = f'<a class="pager_prev" href="/p/{tid}{"" if n == 2 else f"?pn={n - 1}"}">上一页</a>' if n > 1 else '<span class="pager_prev disable">上一页</span>'
    nxt = f'<a class="pager_next" href="/p/{tid}?pn={n + 1}">下一页</a>' if n < count else '<span class="pager_next disable">下一页</span>'
    return f'<div class="pager clearfix j_pager">{prev}<span class="pager_num">{n}/{count}</span>{nxt}</div>'


def thread_page(th, n, count, floors):
    tid = th["tid"]
    body = f"""<div class="pb_head">
<a class="pb_forum_name" href="{FORUM.replace("&", "&amp;")}"><img class="pb_forum_avatar" src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/forum/fayangao.jpg" width="32" height="32">{KW}吧</a>
<a class="pb_forum_follow j_daoliu" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_follow" rel="nofollow">+关注</a>
<span class="pb_reply_num">回复 {len(th["replies"]) + len(th["replies2"])}</span>
</div>
<div class="po_list">
<ul class="list" id="plist">
{"".join(floors)}
</ul>
</div>
{pager(tid, n, count) if count > 1 else ''}
<div class="pb_more_reply j_daoliu"><a href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_pb_more" rel="nofollow">打开贴吧App，看更多精彩回复 &gt;</a></div>
<div class="pb_recom">
<div class="pb_recom_title">吧内推荐</div>
<ul class="pb_recom_list">
<li><a href="/p/8890325114">求一篇村支书在老党员座谈会上的发言，急用</a></li>
<li><a href="/p/{9017762351 if tid != 9017762351 else 8953417206}">{THREADS[1]["title"] if tid != 9017762351 else THREADS[0]["title"]}</a></li>
</ul>
</div>
<div class="zan_reply">
<div class="bottom-bar-button like j_daoliu"><span class="btn_zan_icon"></span><span class="btn_zan_text">赞</span></div>
<a class="bottom-bar-button btn_reply j_btn_reply" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_reply" rel="nofollow"><div class="btn_reply_text pb_icon">回复</div></a>
<a class="bottom-bar-button btn_share j_share" href="javascript:;"><div class="btn_share_text pb_icon">分享</div></a>
</div>
<script>
PageData.thread = {{"thread_id":"{tid}","title":"{th["title"]}","reply_num":{len(th["replies"]) + len(th["replies2"])},"pn":{n},"total_page":{count}}};
PageData.forum = {{"forum_name":"{KW}","forum_id":1530761}};
</script>
"""
    title = f'{th["title"]}_{KW}吧_百度贴吧' if n == 1 else f'{th["title"]}_{KW}吧_百度贴吧 第{n}页'
    canon = f'<link rel="canonical" href="http://{HOST}/p/{tid}{"" if n == 1 else f"?pn={n}"}">'
    return render(
        HEAD, TITLE=title, KEYWORDS=f"百度贴吧,{KW},{th['title']}", DESC=f"{th['title']}…",
        CANON=canon, MOD="pb", BODY="pb_page", FORUMHREF=FORUM.replace("&", "&amp;"), KW=KW,
    ) + body + FOOT


def card(th):
    n = len(th["replies"]) + len(th["replies2"])
    portrait = USERS[th["author"]][0]
    return f"""<li class="tl_shadow tl_shadow_new">
<a href="/p/{th["tid"]}?lp=5028&amp;mo_device=1&amp;is_jingpost=0" class="j_common ti_item" data-tid="{th["tid"]}">
<div class="ti_infos clearfix">
<div class="ti_avatar"><img src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/{portrait}" width="30" height="30"></div>
<div class="ti_author_time"><span class="ti_author">{th["author"]}</span><span class="ti_time">{th["time"][5:10]}</span></div>
</div>
<div class="ti_title"><span>{th["title"]}</span></div>
<div class="ti_func_btn btn_reply"><span class="btn_icon"><i class="icon_reply"></i>{n}</span></div>
</a>
</li>"""


def build() -> Family:
    fam = Family(
        HOST,
        "百度贴吧 touch (wise) thread pages as a phone browser gets them (/p/N, ?pn=2; list_item post floors, app prompts)",
        extensionless_html=True,
    )
    for th in THREADS:
        tid = th["tid"]
        first = floor(th, 1, th["author"], th["time"], "<br>".join(th["speech"].paras), [], tid * 10, first=True)
        floors = [first] + [
            floor(th, i + 2, name, time, text, subs, tid * 10 + i + 1) for i, (name, time, text, subs) in enumerate(th["replies"])
        ]
        count = 2 if th["replies2"] else 1
        fam.put(f"/p/{tid}", thread_page(th, 1, count, floors))
        if count == 2:
            base = len(th["replies"]) + 2
            floors2 = [
                floor(th, base + i, name, time, text, subs, tid * 10 + base + i) for i, (name, time, text, subs) in enumerate(th["replies2"])
            ]
            fam.route(f"/p/{tid}?pn=2", f"/p/{tid}-pn2.html", thread_page(th, 2, 2, floors2))
            fam.not_documents.append(f"/p/{tid}?pn=2")
        fam.route(f"/p/{tid}?lp=5028&mo_device=1&is_jingpost=0", f"/p/{tid}-lp.html", thread_page(th, 1, count, floors))
        fam.doc([f"/p/{tid}"], th["speech"], title=th["title"])
    t1, t2 = THREADS
    frs = f"""<div class="frs_head">
<div class="frs_head_avatar"><img src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/forum/fayangao.jpg" width="60" height="60"></div>
<div class="frs_head_info"><h1 class="frs_head_name">{KW}吧</h1><p class="frs_head_num">关注 <span>28万</span>　帖子 <span>196万</span></p></div>
<a class="frs_head_follow j_daoliu" href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_frs_follow" rel="nofollow">+关注</a>
</div>
<div class="frs_daoliu_for_app"><a href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_frs" rel="nofollow">App内查看更多精彩帖子</a></div>
<div class="frs_list">
<ul class="threads_list" id="tlist">
<li class="tl_shadow tl_shadow_new tl_top"><a href="/p/6120093315?lp=5028&amp;mo_device=1&amp;is_jingpost=0" class="j_common ti_item" data-tid="6120093315"><div class="ti_title"><span class="ti_zding">置顶</span><span>【吧规】发帖前请先阅读，违规帖直接删除</span></div></a></li>
{card(t2)}
{card(t1)}
</ul>
</div>
<div class="frs_more j_daoliu"><a href="https://tieba.baidu.com/mo/q/checkurl?url=baiduboxapp&amp;from=wise_frs_more" rel="nofollow">打开贴吧App，看更多帖子 &gt;</a></div>
"""
    frs_html = render(
        HEAD, TITLE=f"{KW}吧-百度贴吧", KEYWORDS=f"{KW},百度贴吧", DESC=f"{KW}吧，讲话稿、发言稿、致辞交流。",
        CANON=f'<link rel="canonical" href="http://{HOST}{FORUM}">', MOD="frs", BODY="frs_page",
        FORUMHREF=FORUM, KW=KW,
    ) + frs + FOOT
    fam.route(FORUM, "/f/kw-fayangao.html", frs_html)
    fam.route(f"{FORUM}&pn=0", "/f/kw-fayangao.html", frs_html)
    fam.home = FORUM
    fam.not_documents += [FORUM]
    fam.put("/robots.txt", "User-agent: Baiduspider\nDisallow: /baidu\nDisallow: /f/search\n\nUser-agent: *\nDisallow: /\n")
    fam.noise += [
        "打开App，阅读体验更流畅",
        "打开贴吧App，看更多精彩回复",
        "打开贴吧App，查看更多精彩回复",
        "App内查看更多精彩帖子",
        "挂名不挂帅”这个说法挺形象的",
        "码住",
        "吧内推荐",
        "京ICP证030173号-1",
        "贴吧协议",
        "发言稿吧",
        "+关注",
    ]
    return fam
