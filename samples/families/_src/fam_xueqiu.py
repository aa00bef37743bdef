"""雪球 (xueqiu.com/N/M)-like 专栏 post pages: a retail investor reposts his holding's chairman's speech.
`nav.nav` (首页 / 行情 / 基金 / 私募 …, 登录/注册, 下载App), `article.article__bd` with
`h1.article__bd__title`, the author line (`a.avatar`, `a.name`, `div.article__bd__from` with
`发布于…` · `来自雪球` · 此前已编辑), `div.article__bd__detail` holding the user's note (with a
`$…(SZ…)$` stock link), the speech as copied from the company's account (its own bold title,
speaker line and dated line `（2024年5月20日）`), and his tail (`风险提示：…`); `©著作权归作者所有`,
`article__bd__footer` with 转发 / 讨论 / 赞 / 收藏 counts, 打赏, the `status-comment` list (全部讨论,
回复 / 赞), the guest login prompts (登录雪球，查看更多讨论 … 立即登录), 相关股票 / 下载雪球App sidebar;
the status again in `window.SNOWMAN_STATUS` (its `text` as HTML). Lists: home `/` (热帖) and the
user's 专栏 page `/u/N` (`/N/column` is what the site links; answered by the same page)."""

import html
import json

from common import SPEECHES, Family, render

HOST = "xueqiu-like.test"
UID = "5820934751"
NAME = "价值老农2018"
STOCK = ("SZ002718", "远川股份")

POSTS = [
    {
        "id": "288315204",
        "speech": "R32B5",
        "title": "董事长在2023年度股东大会上的讲话（全文）",
        "ms": 1716273060000,
        "shown": "2024-05-21 14:31",
        "edited": True,
        "retweet": 18,
        "reply": 46,
        "like": 131,
        "fav": 57,
        "note_before": [
            f'昨天去现场参加了$远川股份({STOCK[0]})$ 的年度股东大会，董事长的讲话比往年实在，公司公众号今天发了全文，转过来存档，后面附几点个人看法。',
        ],
        "head": ["董事长　王建国", "（2024年5月20日）"],
        "note_after": [
            "个人看法：一是分红比例承诺三年不少于35%，这个比预期好；二是海外基地的进度董事长自己承认滞后，后面要盯紧；三是新业务占比15%的目标，我觉得有难度。",
            "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        ],
        "date": "2024-05-20",
        "comments": [
            ("长坡厚雪2020", "谢谢分享，没去成现场，董事长对应收账款的问题讲得挺坦诚", "05-21 15:02", 12),
            ("老韭菜不割了", "35%的分红承诺有了，估值还是太低", "05-21 16:47", 5),
            ("明月松间照_", "现场问答环节有没有问到东南亚基地二期的事？", "05-21 20:13", 2),
        ],
    },
    {
        "id": "265031877",
        "speech": "R32B6",
        "title": "远川三十年，董事长在庆典上的讲话",
        "ms": 1698500820000,
        "shown": "2023-10-28 21:47",
        "edited": False,
        "retweet": 9,
        "reply": 21,
        "like": 74,
        "fav": 23,
        "note_before": [
            f'$远川股份({STOCK[0]})$ 今天办了三十周年庆典，拿了公司朋友转来的董事长讲话稿，拿了六年的股票，读下来还是挺有感触的。',
        ],
        "head": [],
        "note_after": [
            "（以上为讲话原文，未作改动。）",
        ],
        "date": "2023-10-28",
        "comments": [
            ("慢就是快888", "三十年，从十七个人干到一万多人，不容易", "10-28 22:05", 8),
            ("长坡厚雪2020", "质量是企业的命根子，这句话老董事长讲了很多年了", "10-29 08:41", 3),
        ],
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="shortcut icon" href="//xqimg.imedao-like.test/images/favicon.ico">
<link rel="stylesheet" href="//assets.imedao-like.test/ugc/css/status.4c7e1a2b.css">
<script>window.SNB = window.SNB || {}; SNB.data = SNB.data || {}; SNB.domain = {host: "xueqiu-like.test", base: "//xueqiu-like.test", static: "//assets.imedao-like.test"}; SNB.currentUser = {};</script>
</head>
<body class="@@BODY_CLASS@@">
<div id="app"><nav class="nav"><div class="nav__container"><a href="/" class="nav__logo"><img src="//assets.imedao-like.test/images/logo.png" alt="雪球"></a><ul class="nav__menu"><li class="nav__menu__item@@HOME_ACTIVE@@"><a href="/">首页</a></li><li class="nav__menu__item"><a href="/hq">行情</a></li><li class="nav__menu__item"><a href="/fund">基金</a></li><li class="nav__menu__item"><a href="/private_fund">私募</a></li><li class="nav__menu__item"><a href="https://danjuan.xueqiu-like.test/" target="_blank">蛋卷基金</a></li><li class="nav__menu__item"><a href="/ask/square">问答</a></li></ul><div class="nav__search"><input type="text" placeholder="搜索股票/组合/用户/讨论" class="nav__search__input"></div><div class="nav__login"><a href="/snowman/login" class="nav__login__btn">登录/注册</a></div><a href="/download" class="nav__download">下载App</a></div></nav>
"""

FOOT = """<footer class="footer"><div class="footer__container"><div class="footer__links"><a href="/about">关于雪球</a><a href="/about/contact-us">联系我们</a><a href="/about/join-us">加入我们</a><a href="/law">服务条款</a><a href="/about/privacy">隐私政策</a><a href="/about/report">举报中心</a><a href="/about/sitemap">网站地图</a></div><p class="footer__copyright">© 2024 XueQiu.com　雪球　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备11004437号-3</a>　京公网安备 11010502032373号　违法和不良信息举报电话：400-0888-816</p><p class="footer__risk">风险提示：雪球里任何用户或者嘉宾的发言，都有其特定立场，投资决策需要建立在独立思考之上</p></div></footer></div>
@@SCRIPTS@@<script src="//assets.imedao-like.test/ugc/js/vendor.2d8f3e1a.js"></script><script src="//assets.imedao-like.test/ugc/js/status.9b6c4a7e.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1db88642e346389874251b5a1eded6e3";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=True)


def stockify(text: str) -> str:
    code, name = STOCK
    token = f"${name}({code})$"
    return esc(text).replace(
        esc(token), f'<a href="https://{HOST}/S/{code}" target="_blank">{esc(token)}</a>'
    )


def detail_html(p) -> str:
    sp = SPEECHES[p["speech"]]
    out = [f"<p>{stockify(t)}</p>" for t in p["note_before"]]
    out.append("<p><br></p>")
    out.append(f'<p style="text-align:center;"><b>{esc(sp.title)}</b></p>')
    for h in p["head"]:
        out.append(f'<p style="text-align:center;">{esc(h)}</p>')
    for para in sp.paras:
        out.append(f"<p>{esc(para)}</p>")
    out.append("<p><br></p>")
    out += [f"<p>{stockify(t)}</p>" for t in p["note_after"]]
    return "".join(out)


def post_page(p, other) -> str:
    sp = SPEECHES[p["speech"]]
    detail = detail_html(p)
    desc = esc(p["note_before"][0].replace(f"${STOCK[1]}({STOCK[0]})$", STOCK[1])[:120])
    meta = (
        f'<meta property="og:title" content="{esc(p["title"])}">\n'
        f'<meta property="og:description" content="{desc}">\n'
        f'<meta property="og:url" content="https://{HOST}/{UID}/{p["id"]}">\n'
        f'<link rel="canonical" href="https://{HOST}/{UID}/{p["id"]}">\n'
    )
    status = {
        "id": int(p["id"]),
        "user_id": int(UID),
        "source": "雪球",
        "title": p["title"],
        "created_at": p["ms"],
        "retweet_count": p["retweet"],
        "reply_count": p["reply"],
        "fav_count": p["fav"],
        "like_count": p["like"],
        "truncated": False,
        "text": detail,
        "description": p["note_before"][0][:100],
        "target": f"/{UID}/{p['id']}",
        "type": "0",
        "is_column": True,
        "stockCorrelation": [STOCK[0]],
        "user": {"id": int(UID), "screen_name": NAME, "followers_count": 3187, "description": "业余投资者，只买看得懂的公司"},
    }
    status_js = json.dumps(status, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    comments = "".join(
        f'<div class="comment__item"><a href="/u/0" class="avatar avatar--32"><img src="//xavatar.imedao-like.test/community/default/avatar.png!30x30.png"></a><div class="comment__item__main"><div class="comment__item__main__hd"><a href="/u/0" class="name">{u}</a></div><div class="comment__item__main__bd"><p>{esc(c)}</p></div><div class="comment__item__main__ft"><span class="time">{t}</span><a href="javascript:;" class="comment__item__reply">回复</a><a href="javascript:;" class="comment__item__like">赞{f"({n})" if n else ""}</a></div></div></div>'
        for u, c, t, n in p["comments"]
    )
    edited = "<span class=\"article__bd__edited\">· 此前已编辑</span>" if p["edited"] else ""
    out = render(
        HEAD,
        TITLE=f"{esc(p['title'])} - 雪球",
        KEYWORDS=f"{STOCK[1]},{STOCK[0]},雪球,股票,投资",
        DESC=desc,
        META=meta,
        BODY_CLASS="status-page",
        HOME_ACTIVE="",
    )
    out += (
        '<div class="container article__container"><div class="article__main"><article class="article__bd">'
        '<div class="article__bd__column"><a href="/' + UID + '/column" class="column__tag">专栏</a></div>'
        f'<h1 class="article__bd__title">{esc(p["title"])}</h1>'
        f'<div class="article__author"><a href="/u/{UID}" class="avatar avatar--40" target="_blank"><img src="//xavatar.imedao-like.test/community/20196/1559371002155-1559371002389.jpg!120x120.png" alt="{NAME}"></a>'
        f'<div class="article__author__info"><a href="/u/{UID}" class="name" target="_blank">{NAME}</a><div class="article__bd__from"><a href="/{UID}/{p["id"]}" class="date">发布于{p["shown"]}</a> · 来自雪球{edited}</div></div><a href="javascript:;" class="follow__btn">+ 关注</a></div>'
        f'<div class="article__bd__detail">{detail}</div>'
        '<div class="article__bd__copyright">©著作权归作者所有，转载请联系作者获得授权。</div>'
        f'<div class="article__bd__footer"><a href="javascript:;" class="article__bd__footer__retweet">转发 {p["retweet"]}</a><a href="#comment" class="article__bd__footer__comment">讨论 {p["reply"]}</a><a href="javascript:;" class="article__bd__footer__like">赞 {p["like"]}</a><a href="javascript:;" class="article__bd__footer__fav">收藏 {p["fav"]}</a><a href="javascript:;" class="article__bd__footer__reward">打赏</a><a href="javascript:;" class="article__bd__footer__share">分享</a><a href="javascript:;" class="article__bd__footer__report">举报</a></div>'
        '</article>'
        f'<div id="comment" class="status-comment"><div class="status-comment__hd"><span class="status-comment__title">全部讨论（{p["reply"]}）</span><div class="status-comment__sort"><a href="javascript:;" class="active">热门</a><a href="javascript:;">最新</a></div></div>'
        '<div class="status-comment__editor"><div class="editor__placeholder">发表你的看法…</div><a href="/snowman/login" class="editor__login">登录</a><span>后参与讨论</span></div>'
        f'<div class="comment__list">{comments}</div>'
        '<div class="status-comment__more"><span>登录雪球，查看更多讨论</span><a href="/snowman/login" class="btn">立即登录</a></div></div>'
        '</div>'
        f'<aside class="article__aside"><div class="aside__block author-card"><a href="/u/{UID}" class="avatar avatar--64"><img src="//xavatar.imedao-like.test/community/20196/1559371002155-1559371002389.jpg!120x120.png"></a><a href="/u/{UID}" class="name">{NAME}</a><p class="desc">业余投资者，只买看得懂的公司</p><div class="counts"><span>关注 214</span><span>粉丝 3187</span></div><a href="/{UID}/column" class="more">TA的专栏</a></div>'
        f'<div class="aside__block related-stock"><div class="aside__title">相关股票</div><a href="/S/{STOCK[0]}" class="stock__item"><span class="stock__name">{STOCK[1]}</span><span class="stock__code">{STOCK[0]}</span></a></div>'
        f'<div class="aside__block author-more"><div class="aside__title">作者的其他文章</div><ul><li><a href="/{UID}/{other["id"]}">{esc(other["title"])}</a></li></ul></div>'
        '<div class="aside__block download"><img src="//assets.imedao-like.test/images/download-qr.png" alt="下载雪球App"><p>下载雪球App</p><p class="sub">随时随地看行情、聊投资</p></div></aside></div>'
        '<div class="login-guide-bar"><span>登录雪球，获取更多投资资讯</span><a href="/snowman/login" class="btn">立即登录</a><a href="javascript:;" class="close">×</a></div>'
    )
    out += render(
        FOOT,
        SCRIPTS=f'<script>window.SNOWMAN_STATUS = {status_js};\nwindow.SNOWMAN_TARGET = "/{UID}/{p["id"]}";\nwindow.SNOWMAN_USER = {{"id":{UID},"screen_name":"{NAME}"}};</script>\n',
    )
    return out


def column_item(p) -> str:
    sp = SPEECHES[p["speech"]]
    return (
        f'<div class="column__item"><h3 class="column__item__title"><a href="/{UID}/{p["id"]}" target="_blank">{esc(p["title"])}</a></h3>'
        f'<p class="column__item__desc">{esc(sp.paras[1][:90])}…</p><div class="column__item__ft"><span class="time">{p["shown"]}</span><span>讨论 {p["reply"]}</span><span>赞 {p["like"]}</span></div></div>'
    )


def user_page() -> str:
    out = render(HEAD, TITLE=f"{NAME}的专栏 - 雪球", KEYWORDS="雪球,专栏", DESC=f"{NAME}的雪球专栏", META="", BODY_CLASS="column-page", HOME_ACTIVE="")
    items = "".join(column_item(p) for p in POSTS)
    out += (
        f'<div class="container profile__container"><div class="profile__hd"><img src="//xavatar.imedao-like.test/community/20196/1559371002155-1559371002389.jpg!120x120.png" class="avatar avatar--80"><div class="profile__info"><h2 class="profile__name">{NAME}</h2><p class="profile__desc">业余投资者，只买看得懂的公司</p><div class="profile__counts"><a href="/u/{UID}">讨论 1026</a><a href="/{UID}/column" class="active">专栏 37</a><span>关注 214</span><span>粉丝 3187</span></div></div><a href="javascript:;" class="follow__btn">+ 关注</a></div>'
        f'<div class="profile__bd"><div class="tabs"><a href="/u/{UID}">全部</a><a href="/u/{UID}#/original">原发布</a><a href="/{UID}/column" class="active">专栏</a></div><div class="column__list">{items}</div>'
        '<div class="pagination"><span class="pagination__prev disabled">上一页</span><span class="pagination__item active">1</span><span class="pagination__next disabled">下一页</span></div></div></div>'
    )
    out += render(FOOT, SCRIPTS="")
    return out


def home_page() -> str:
    out = render(HEAD, TITLE="雪球 - 聪明的投资者都在这里", KEYWORDS="雪球,股票,基金,投资,美股,港股,A股", DESC="雪球是一个投资者的社交网络，聪明的投资者都在这里。", META="", BODY_CLASS="home-page", HOME_ACTIVE=" active")
    hot = [("/3928471025/287910563", "一季度银行股分红再梳理", "银行股老王"), ("/1247730591/288102774", "新能源车四月销量点评", "车圈研究员")]
    items = "".join(
        f'<div class="home__timeline__item"><a href="/u/0" class="user-name">{a}</a><h3><a href="{href}" target="_blank">{t}</a></h3></div>' for href, t, a in hot
    )
    items = (
        f'<div class="home__timeline__item"><a href="/u/{UID}" class="user-name">{NAME}</a><h3><a href="/{UID}/{POSTS[0]["id"]}" target="_blank">{esc(POSTS[0]["title"])}</a></h3><p class="home__timeline__desc">{esc(SPEECHES[POSTS[0]["speech"]].paras[1][:70])}…</p></div>'
        + items
    )
    out += (
        '<div class="container home__container"><div class="home__main"><div class="home__tabs"><a href="/" class="active">热门</a><a href="/?category=6">7x24</a><a href="/?category=-1">关注</a></div>'
        f'<div class="home__timeline">{items}</div><div class="home__more"><a href="/snowman/login">登录查看更多</a></div></div>'
        '<aside class="home__aside"><div class="home__login"><p>登录雪球，与千万投资者一起交流</p><a href="/snowman/login" class="btn">立即登录</a></div><div class="download"><img src="//assets.imedao-like.test/images/download-qr.png" alt="下载雪球App"><p>下载雪球App</p></div></aside></div>'
    )
    out += render(FOOT, SCRIPTS="")
    return out


def build() -> Family:
    fam = Family(
        HOST,
        "雪球 (xueqiu.com)-like 专栏 post pages /N/M: a user's note with $stock$ links around a reposted chairman's speech (its own title, speaker and dated lines), 风险提示, 转发/讨论/赞, comments, login prompts, SNOWMAN_STATUS",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        home="/",
    )
    fam.put("/", home_page())
    fam.put(f"/u/{UID}", user_page())
    fam.put(f"/{UID}/column", user_page())
    fam.not_documents += [f"/u/{UID}", f"/{UID}/column"]
    a, b = POSTS
    fam.put(f"/{UID}/{a['id']}", post_page(a, b))
    fam.put(f"/{UID}/{b['id']}", post_page(b, a))
    for p in POSTS:
        fam.doc([f"/{UID}/{p['id']}"], SPEECHES[p["speech"]], published_at=p["date"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /snowman/\nDisallow: /service/\nDisallow: /account/\n")
    fam.noise += [
        "昨天去现场参加了",
        "董事长的讲话比往年实在",
        "个人看法：一是分红比例承诺",
        "风险提示：本文所提到的观点仅代表个人的意见",
        "今天办了三十周年庆典",
        "（以上为讲话原文，未作改动。）",
        "董事长　王建国",
        "©著作权归作者所有",
        "登录雪球，查看更多讨论",
        "后参与讨论",
        "下载雪球App",
        "京ICP备11004437号-3",
        "现场问答环节有没有问到东南亚基地二期的事",
        NAME,
    ]
    fam.note = (
        "The text is the reposted speech: the user's note before it (with the $远川股份(SZ002718)$ link) and after it (个人看法, 风险提示, "
        "（以上为讲话原文…）) and the speech's own centred title, speaker line and date line are not part of it. One post prints the "
        "speech's date line （2024年5月20日） (posted the next day, 发布于2024-05-21): the expected date is the speech's. "
        "Links to /S/…, /u/0, /snowman/login, the 热帖 posts of other users, /hq, /fund … are not served (404)."
    )
    return fam
