"""政务号 platform of a provincial news app (江声新闻 · 江声号-like, in the manner of 上游号 / 极目号 /
澎湃号·政务), web pages server-rendered by Nuxt 2, UTF-8, extensionless addresses.

`<html data-n-head-ssr>`, `data-n-head="ssr"` head tags, `<div data-server-rendered="true" id="__nuxt">
<div id="__layout">`, scoped `data-v-…` attributes, `/_nuxt/` bundles. Home `/` (推荐政务号, 最新发布: only the
newer speech) → the account page `/hao/1087` (account card with 关注, 10 items) whose Element-UI
`el-pagination` links `/hao/1087?page=2` (query route) where the older speech is listed: both listing
pages are not documents. Articles `/article/N`: 政务号 badge, `h1.detail-title`, info row (account,
`2024-05-09 17:32`, 阅读 1.2万), `div.detail-content.rich-text` with `<p>`s: a news preamble (`…现将讲话全文
刊发如下。`), the speech's centred heading (bold title, speaker line, `（2024年5月9日）`), the speech, the account's tail (`来源：… 编辑：… 审核：…`); then the platform statement
(`本文为江声号作者上传并发布，仅代表作者观点…`), 点赞 / 分享 / 举报, 相关推荐, 评论 (登录后参与评论) and a
fixed `open-app` bar; the article again in `window.__NUXT__=(function(a,b,…){return {…}}(…))`, Nuxt's
minified IIFE with repeated strings moved into the arguments and `<`, `/` as `\\u003C`, `\\u002F`."""

import json

from common import SPEECHES, Family

HOST = "hao.jiangsheng-app-like.test"
ACC = dict(id=1087, name="长汀发布", desc="中共江州市长汀区委宣传部官方政务号", fans="5.8万")
ACC2 = dict(id=1212, name="汀南县应急管理", desc="汀南县应急管理局官方政务号", fans="1.3万")

ARTS = [
    dict(
        speech=SPEECHES["f50d-3"], id=6618207, acc=ACC, time="2024-04-26 16:05", reads="8632",
        headline="区长致辞：长汀用最大诚意欢迎各位企业家来投资兴业",
        pre="4月26日，2024年长汀区招商引资项目推介会在江州国际会展中心举行，现场签约项目十五个，总投资一百二十六亿元。区委副书记、区长赵明远在推介会上致辞。现将致辞全文刊发如下。",
        tail=["来源：长汀区融媒体中心", "编辑：何佳　审核：邓立"],
        speaker="长汀区委副书记、区长　赵明远", said="（2024年4月26日）",
    ),
    dict(
        speech=SPEECHES["f50d-4"], id=6623541, acc=ACC2, time="2024-05-09 17:32", reads="1.2万",
        headline="县长在全县防汛抗旱工作会议上的讲话（全文）",
        pre="5月9日，全县防汛抗旱工作会议召开。县委副书记、县长、县防汛抗旱指挥部指挥长孙卫东出席会议并讲话。现将讲话全文刊发如下。",
        tail=["来源：汀南县防汛抗旱指挥部办公室", "编辑：黄蕾　审核：周海"],
        speaker="县委副书记、县长　孙卫东", said="（2024年5月9日）",
    ),
]
# the account page 1 lists the newest ten of 长汀发布; the speech is on page 2 only
FILLER = [
    (6631102, "长汀区召开“五一”假期安全稳定工作部署会", "2024-04-29 18:10"),
    (6630987, "好消息！长汀这所新建小学今年秋季开学招生", "2024-04-29 11:35"),
    (6630215, "长汀区开展“4·26”知识产权宣传周活动", "2024-04-28 20:02"),
    (6629876, "区人大常委会召开第十八次会议", "2024-04-28 16:41"),
    (6629340, "长汀首届乡村音乐节5月1日开幕，附交通指南", "2024-04-28 09:20"),
    (6628801, "长汀区2024年公开招聘社区工作者公告", "2024-04-27 17:55"),
    (6628112, "长汀区召开农村人居环境整治现场推进会", "2024-04-27 15:08"),
    (6627593, "注意！这些路段本周末实行临时交通管制", "2024-04-27 10:16"),
    (6627004, "长汀区领导带队开展安全生产检查", "2024-04-26 21:30"),
    (6618544, "推介会现场签约15个项目，总投资126亿元", "2024-04-26 18:22"),
]
PAGE2 = [
    (6617420, "长汀区2023年度“最美志愿者”名单公布", "2024-04-26 12:00"),
    (6616931, "区委理论学习中心组开展专题学习", "2024-04-25 19:45"),
]

CHUNK = "/_nuxt/"


def a_url(a):
    return f"/article/{a['id']}"


def nuxt_esc(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def shell(title, desc, body, state, route):
    return f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>{title}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><meta data-n-head="ssr" data-hid="description" name="description" content="{desc}"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="江声号,政务号,江声新闻"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="{CHUNK}3f1a9c2.js" as="script"><link rel="preload" href="{CHUNK}b7e04d1.js" as="script"><link rel="preload" href="{CHUNK}e21c8a6.js" as="script"><link rel="stylesheet" href="{CHUNK}css/9a41d70.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-2a6f1d3e class="layout"><header data-v-2a6f1d3e class="top-header"><div data-v-2a6f1d3e class="wrap"><a data-v-2a6f1d3e href="/" class="logo nuxt-link-active">江声号</a><nav data-v-2a6f1d3e class="nav"><a data-v-2a6f1d3e href="/" class="nuxt-link-exact-active nuxt-link-active">首页</a><a data-v-2a6f1d3e href="/gov">政务号</a><a data-v-2a6f1d3e href="/media">媒体号</a><a data-v-2a6f1d3e href="https://www.jiangsheng-app-like.test/">江声新闻</a></nav><a data-v-2a6f1d3e href="https://mp.jiangsheng-app-like.test/login" class="login">入驻 / 登录</a></div></header>
{body}
<footer data-v-2a6f1d3e class="footer"><p data-v-2a6f1d3e>江声新闻客户端 版权所有　未经授权禁止转载</p><p data-v-2a6f1d3e><a data-v-2a6f1d3e href="https://beian.miit.gov.cn/">江ICP备12034567号-3</a>　互联网新闻信息服务许可证：36120170012　违法和不良信息举报电话：0796-12345678</p></footer>
<div data-v-2a6f1d3e class="open-app"><img data-v-2a6f1d3e src="{CHUNK}img/app-logo.5c1e2a0.png" alt=""><span data-v-2a6f1d3e>打开江声新闻APP，阅读体验更佳</span><a data-v-2a6f1d3e href="https://www.jiangsheng-app-like.test/download" class="btn">打开</a></div></div></div></div><script>{state}</script><script src="{CHUNK}3f1a9c2.js" defer></script><script src="{CHUNK}e21c8a6.js" defer></script><script src="{CHUNK}b7e04d1.js" defer></script><script src="{CHUNK}f08d3c5.js" defer></script>
</body>
</html>
"""


def nuxt_state(data_js, args, route):
    names = "abcdefghijklmnopqrstuvwxyz"[: len(args)]
    return (
        f"window.__NUXT__=(function({','.join(names)}){{return {{layout:\"default\",data:[{data_js}],fetch:{{}},error:null,"
        f"state:{{user:{{isLogin:false,info:{{}}}},app:{{platform:\"pc\",channel:\"hao\"}}}},serverRendered:true,routePath:{nuxt_esc(route)},"
        f"config:{{_app:{{basePath:\"\\u002F\",assetsPath:\"\\u002F_nuxt\\u002F\",cdnURL:null}}}}}}}}({','.join(args)}));"
    )


def acc_card(acc):
    return f'<div data-v-7c3e91b4 class="acc-card"><a data-v-7c3e91b4 href="/hao/{acc["id"]}"><img data-v-7c3e91b4 src="https://img.jiangsheng-app-like.test/hao/avatar/{acc["id"]}.png" class="avatar"></a><div data-v-7c3e91b4 class="acc-info"><a data-v-7c3e91b4 href="/hao/{acc["id"]}" class="acc-name">{acc["name"]}</a><span data-v-7c3e91b4 class="badge gov">政务号</span><p data-v-7c3e91b4 class="acc-desc">{acc["desc"]}</p><p data-v-7c3e91b4 class="acc-fans">{acc["fans"]} 粉丝</p></div><button data-v-7c3e91b4 type="button" class="el-button follow-btn el-button--danger el-button--small is-round"><span>+ 关注</span></button></div>'


def article_page(a, other):
    s = a["speech"]
    acc = a["acc"]
    head = [f"<strong>{s.title}</strong>", a["speaker"], a["said"]]
    html_paras = (
        f"<p>{a['pre']}</p>"
        + "".join(f'<p style="text-align: center;">{h}</p>' for h in head)
        + "".join(f"<p>{p}</p>" for p in [*s.paras, *a["tail"]])
    )
    body = f"""<main data-v-5b8d0f2a class="detail-page"><div data-v-5b8d0f2a class="wrap clearfix"><div data-v-5b8d0f2a class="detail-main">
<div data-v-5b8d0f2a class="crumb"><a data-v-5b8d0f2a href="/">江声号</a> &gt; <a data-v-5b8d0f2a href="/gov">政务号</a> &gt; <span data-v-5b8d0f2a>正文</span></div>
<h1 data-v-5b8d0f2a class="detail-title">{a['headline']}</h1>
<div data-v-5b8d0f2a class="detail-info"><span data-v-5b8d0f2a class="badge gov">政务号</span><a data-v-5b8d0f2a href="/hao/{acc['id']}" class="info-acc">{acc['name']}</a><span data-v-5b8d0f2a class="info-time">{a['time']}</span><span data-v-5b8d0f2a class="info-read">阅读 {a['reads']}</span></div>
<div data-v-5b8d0f2a class="detail-content rich-text">{html_paras}</div>
<div data-v-5b8d0f2a class="statement">本文为江声号作者上传并发布，仅代表作者观点，不代表江声新闻的观点或立场，江声新闻仅提供信息发布平台。</div>
<div data-v-5b8d0f2a class="detail-actions"><span data-v-5b8d0f2a class="like"><i data-v-5b8d0f2a class="icon-like"></i>点赞 36</span><span data-v-5b8d0f2a class="share">分享</span><a data-v-5b8d0f2a href="https://www.jiangsheng-app-like.test/jubao?id={a['id']}" class="report">举报</a></div>
<div data-v-3d19a7c0 class="recommend"><h3 data-v-3d19a7c0 class="mod-title">相关推荐</h3><ul data-v-3d19a7c0><li data-v-3d19a7c0><a data-v-3d19a7c0 href="{a_url(other)}">{other['headline']}</a><span data-v-3d19a7c0>{other['acc']['name']}</span></li><li data-v-3d19a7c0><a data-v-3d19a7c0 href="/article/6629340">长汀首届乡村音乐节5月1日开幕，附交通指南</a><span data-v-3d19a7c0>长汀发布</span></li></ul></div>
<div data-v-6e02c4b8 class="comment"><h3 data-v-6e02c4b8 class="mod-title">评论</h3><div data-v-6e02c4b8 class="comment-input"><textarea data-v-6e02c4b8 placeholder="登录后参与评论" disabled="disabled"></textarea><button data-v-6e02c4b8 class="el-button el-button--default el-button--small">登录</button></div><div data-v-6e02c4b8 class="comment-empty">暂无评论，快来抢沙发吧~</div></div>
</div><aside data-v-5b8d0f2a class="detail-side">{acc_card(acc)}<div data-v-5b8d0f2a class="app-qr"><img data-v-5b8d0f2a src="{CHUNK}img/qr.8d2f1b7.png"><p data-v-5b8d0f2a>扫码下载江声新闻客户端</p></div></aside></div></main>"""
    content_html = html_paras
    data_js = (
        f"{{detail:{{id:{a['id']},title:{nuxt_esc(a['headline'])},content:{nuxt_esc(content_html)},publishTime:{nuxt_esc(a['time'])},"
        f"readCount:{nuxt_esc(a['reads'])},likeCount:36,commentCount:a,isOriginal:b,source:c,account:{{id:{acc['id']},name:c,type:\"gov\",avatar:{nuxt_esc('https://img.jiangsheng-app-like.test/hao/avatar/%d.png' % acc['id'])},fansCount:{nuxt_esc(acc['fans'])}}}}},"
        f"recommend:[{{id:{other['id']},title:{nuxt_esc(other['headline'])},accountName:{nuxt_esc(other['acc']['name'])}}}],comments:[],total:a}}"
    )
    state = nuxt_state(data_js, ["0", "true", nuxt_esc(acc["name"])], a_url(a))
    return shell(f"{a['headline']}_江声号", a["pre"][:70], body, state, a_url(a))


def account_page(acc, items, page_no):
    lis = "".join(
        f'<li data-v-1f7b55e2 class="item"><a data-v-1f7b55e2 href="/article/{i}" class="item-title">{t}</a><span data-v-1f7b55e2 class="item-time">{tm}</span></li>'
        for i, t, tm in items
    )
    if page_no == 1:
        pager = '<div data-v-1f7b55e2 class="el-pagination is-background"><button type="button" disabled="disabled" class="btn-prev"><i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager"><li class="number active">1</li><li class="number"><a href="/hao/1087?page=2">2</a></li></ul><a href="/hao/1087?page=2" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></a></div>'
    else:
        pager = '<div data-v-1f7b55e2 class="el-pagination is-background"><a href="/hao/1087" class="btn-prev"><i class="el-icon el-icon-arrow-left"></i></a><ul class="el-pager"><li class="number"><a href="/hao/1087">1</a></li><li class="number active">2</li></ul><button type="button" disabled="disabled" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></button></div>'
    body = f'<main data-v-1f7b55e2 class="hao-page"><div data-v-1f7b55e2 class="wrap">{acc_card(acc)}<div data-v-1f7b55e2 class="tabs"><span data-v-1f7b55e2 class="tab active">文章</span><span data-v-1f7b55e2 class="tab">视频</span></div><ul data-v-1f7b55e2 class="list">{lis}</ul>{pager}</div></main>'
    data_js = f"{{account:{{id:{acc['id']},name:{nuxt_esc(acc['name'])},type:\"gov\"}},list:[{','.join('{id:%d,title:%s,publishTime:%s}' % (i, nuxt_esc(t), nuxt_esc(tm)) for i, t, tm in items)}],page:{page_no},pageSize:a,total:b}}"
    route = f"/hao/{acc['id']}" + ("?page=2" if page_no == 2 else "")
    state = nuxt_state(data_js, ["10", "12"], route)
    suffix = "" if page_no == 1 else "_第2页"
    return shell(f"{acc['name']}{suffix}_江声号", acc["desc"], body, state, route)


def build() -> Family:
    fam = Family(HOST, "江声号-like 政务号 platform of a provincial news app, Nuxt 2 SSR", extensionless_html=True)
    a1, a2 = ARTS
    latest = [(a2["id"], a2["headline"], a2["time"], ACC2["name"]), (6631102, FILLER[0][1], FILLER[0][2], ACC["name"])]
    lis = "".join(
        f'<li data-v-0c4d8e21 class="feed-item"><a data-v-0c4d8e21 href="/article/{i}" class="feed-title">{t}</a><p data-v-0c4d8e21 class="feed-meta"><span data-v-0c4d8e21>{n}</span><span data-v-0c4d8e21>{tm}</span></p></li>'
        for i, t, tm, n in latest
    )
    body = f"""<main data-v-0c4d8e21 class="home"><div data-v-0c4d8e21 class="wrap clearfix"><section data-v-0c4d8e21 class="feed"><h2 data-v-0c4d8e21 class="mod-title">最新发布</h2><ul data-v-0c4d8e21>{lis}</ul><div data-v-0c4d8e21 class="load-more">加载更多</div></section>
<aside data-v-0c4d8e21 class="side"><h2 data-v-0c4d8e21 class="mod-title">推荐政务号</h2><ul data-v-0c4d8e21><li data-v-0c4d8e21><a data-v-0c4d8e21 href="/hao/1087">长汀发布</a></li><li data-v-0c4d8e21><a data-v-0c4d8e21 href="/hao/1212">汀南县应急管理</a></li></ul></aside></div></main>"""
    data_js = "{feed:[" + ",".join("{id:%d,title:%s,publishTime:%s,accountName:%s}" % (i, nuxt_esc(t), nuxt_esc(tm), nuxt_esc(n)) for i, t, tm, n in latest) + "],hasMore:a}"
    fam.put("/", shell("江声号_江声新闻政务号媒体号平台", "江声号是江声新闻客户端的政务号、媒体号内容平台", body, nuxt_state(data_js, ["true"], "/"), "/"))
    fam.put("/hao/1087", account_page(ACC, FILLER, 1))
    fam.route("/hao/1087?page=2", "/hao/1087_page2", account_page(ACC, [(a1["id"], a1["headline"], a1["time"]), *PAGE2], 2))
    fam.put("/hao/1212", account_page(ACC2, [(a2["id"], a2["headline"], a2["time"])], 1).replace('<li class="number"><a href="/hao/1087?page=2">2</a></li>', "").replace('<a href="/hao/1087?page=2" class="btn-next">', '<a class="btn-next">'))
    fam.not_documents += ["/hao/1087", "/hao/1087?page=2"]
    for a, other in ((a1, a2), (a2, a1)):
        fam.put(a_url(a), article_page(a, other))
        fam.doc([a_url(a)], a["speech"], published_at=a["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /user/\n", "ascii")
    fam.noise += [
        "现将致辞全文刊发如下",
        "长汀区委副书记、区长　赵明远",
        "（2024年5月9日）",
        "现将讲话全文刊发如下",
        "来源：长汀区融媒体中心",
        "编辑：黄蕾　审核：周海",
        "本文为江声号作者上传并发布",
        "打开江声新闻APP，阅读体验更佳",
        "登录后参与评论",
    ]
    return fam
