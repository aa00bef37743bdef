"""Matters (matters.town)-like creators' platform: Next.js pages router SSR, UI in Traditional Chinese
(繁體 / 简体 / English switch), articles at extensionless `/a/<shortHash>`: `h1.title`, the author line
(`UserDigest`, 發佈於, IPFS 地址), the text in `section.u-content-article` (one post opened by the
author's own italic note, one with a figure and figcaption), 標籤, the 支持作者 box, the action toolbar
(Like / 評論 / 收藏 / 分享), the author card, 評論 list with replies, 相關作品 and the apollo state again in
`<script id="__NEXT_DATA__">`; home `/` (熱門 / 最新 lists) and the author page `/@laozhou`."""

import html
import json

from common import SPEECHES, Family

HOST = "matters-like.test"
USER = "laozhou"
DISPLAY = "周老師的筆記本"

ARTICLES = [
    {
        "hash": "8kq3tn2xpd5w", "id": "418236", "speech": SPEECHES["r27a-5"],
        "title": "在社区图书室开放仪式上的致辞",
        "created": "2021-04-24T13:05:41.000Z", "shown": "2021-04-24 21:05",
        "note": "（上周五是我们小区图书室开放的日子，我被大家推上去讲了几句。整理出来放在这里，算是给这四个月留个记录。）",
        "tags": ["社區", "閱讀", "公共空間"],
        "likes": 126, "donations": 4,
        "comments": [
            ("林間小徑", "lin_xiaojing", "讀到老先生捐《辭海》那段，眼眶有點熱。", "2021-04-24 22:10"),
            ("阿樹", "ashu_2019", "我們社區也想做，可以請教一下借閱小程序是怎麼做的嗎？", "2021-04-25 09:31"),
        ],
        "figure": None,
    },
    {
        "hash": "3ymbc7fh6wrq", "id": "509871", "speech": SPEECHES["r27a-6"],
        "title": "在公司年度技术大会上的开场致辞",
        "created": "2022-12-17T02:48:09.000Z", "shown": "2022-12-17 10:48",
        "note": "",
        "tags": ["工程師", "年終回顧"],
        "likes": 58, "donations": 1,
        "comments": [
            ("寫代碼的貓", "codingcat", "凌晨三點那張照片，懂的都懂。", "2022-12-17 12:02"),
        ],
        "figure": ("https://assets.matters-like.test/embed/7a1c9e04-2b3d-4f51-9e8a-1d2c3b4a5f60.jpeg", "大會線上主會場（作者攝）"),
    },
]

CSS = '<link rel="stylesheet" href="/_next/static/css/8b0c4f2e6a1d3c57.css" data-n-g=""/><link rel="stylesheet" href="/_next/static/css/f3a9d21c7b6e0458.css" data-n-p=""/>'


def head(title, desc, path, og_type="website"):
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/><title>{html.escape(title)}</title><meta name="description" content="{html.escape(desc)}"/><meta property="og:site_name" content="Matters"/><meta property="og:title" content="{html.escape(title)}"/><meta property="og:description" content="{html.escape(desc)}"/><meta property="og:type" content="{og_type}"/><meta property="og:url" content="https://{HOST}{path}"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="https://{HOST}{path}"/><link rel="alternate" hrefLang="zh-hant" href="https://{HOST}{path}?locale=zh_hant"/><link rel="alternate" hrefLang="zh-hans" href="https://{HOST}{path}?locale=zh_hans"/><link rel="alternate" hrefLang="en" href="https://{HOST}{path}?locale=en"/><link rel="manifest" href="/manifest.json"/><link rel="icon" href="/static/favicon-32x32.png"/><meta name="next-head-count" content="16"/>{CSS}<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-5e1f2a3b4c6d7e8f.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0a7b1c2d3e4f5a6b.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9f8e7d6c5b4a3210.js" defer=""></script></head>"""


NAV = f"""<header class="styles_header__Xk2aQ"><div class="styles_container__p9T1b"><a href="/" class="styles_logo__4Rq1z" aria-label="首頁"><svg width="116" height="24" viewBox="0 0 116 24"><use href="#logo-matters"></use></svg></a><nav class="styles_nav__Lm8sd"><a href="/" class="styles_navItem__Bc2Xe">首頁</a><a href="/follow" class="styles_navItem__Bc2Xe">追蹤</a><a href="/search" class="styles_navItem__Bc2Xe">搜尋</a></nav><div class="styles_right__7fKq0"><a href="/login" class="styles_button__2yGvR">登入</a><a href="/signup" class="styles_button__2yGvR styles_primary__uT3bC">註冊</a></div></div></header>"""

FOOTER = """<footer class="styles_footer__Q3bvn"><section class="styles_links__S9cD2"><a href="/about">關於我們</a><a href="/community">探索</a><a href="/@matty">馬特市遊客中心</a><a href="/guide">社區約章</a><a href="/tos">用戶協議</a><a href="/tos#privacy">隱私政策</a><a href="https://github.com/thematters" target="_blank" rel="noreferrer">開放原始碼</a></section><section class="styles_lang__Wd1pE"><button type="button" aria-pressed="true">繁體</button><button type="button">简体</button><button type="button">English</button></section><p class="styles_copyright__R7kTm">© 2024 Matters</p></footer>"""

APP_PROMPT = """<div class="styles_appPrompt__h2KsP" role="dialog"><p>下載 Matters App，隨時隨地閱讀與創作</p><a href="/app" class="styles_button__2yGvR">打開 App</a><button type="button" aria-label="關閉">×</button></div>"""


def next_data(page, query, state):
    data = {
        "props": {"pageProps": {}, "apolloState": state, "language": "zh_hant"},
        "page": page, "query": query, "buildId": "h4XpZ0qK7mJc2RwN9sVtA",
        "runtimeConfig": {}, "isFallback": False, "customServer": True, "gip": True, "appGip": True, "scriptLoader": [],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def content_html(a):
    paras = a["speech"].paras
    out = []
    if a["note"]:
        out.append(f"<p><em>{a['note']}</em></p>")
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if a["figure"] and i == 2:
            src, cap = a["figure"]
            out.append(f'<figure class="image"><img src="{src}" data-asset-id="7a1c9e04-2b3d-4f51-9e8a-1d2c3b4a5f60"><figcaption><span>{cap}</span></figcaption></figure>')
    return "".join(out)


def user_digest(cls=""):
    return f'<section class="styles_userDigest__Gx2pL {cls}"><a href="/@{USER}" class="styles_avatarLink__bv3Kd"><img src="https://assets.matters-like.test/avatar/5d1f0a8e.jpeg" alt="{DISPLAY}" width="24" height="24" class="styles_avatar__qz1Yv"/></a><a href="/@{USER}" class="styles_name__eH0Tx"><span class="styles_displayname__Ux4Bk">{DISPLAY}</span><span class="styles_username__K8Pno">@{USER}</span></a></section>'


def article_page(a, other):
    path = f"/a/{a['hash']}"
    content = content_html(a)
    summary = a["speech"].paras[1][:80]
    comments = "".join(
        f'<li class="styles_item__Nq5Ra"><article class="styles_comment__Fh9Lm" id="comment-{i}"><header class="styles_header__Ye3Tv"><a href="/@{u}" class="styles_name__eH0Tx"><span class="styles_displayname__Ux4Bk">{n}</span><span class="styles_username__K8Pno">@{u}</span></a><time datetime="{t}" class="styles_time__uV2tG">{t}</time></header><section class="styles_content__b4Kq2 u-content-comment"><p>{txt}</p></section><footer class="styles_footer__Jm7Qe"><button type="button" aria-label="讚">讚</button><button type="button">回覆</button></footer></article></li>'
        for i, (n, u, txt, t) in enumerate(a["comments"], 1)
    )
    tags = "".join(f'<a href="/tags/{html.escape(t)}" class="styles_tag__Vq8Lp"><span>#{t}</span></a>' for t in a["tags"])
    body = f"""<body><div id="__next"><div class="styles_layout__wB0mN">{NAV}<main class="styles_main__a3NvH"><article class="styles_article__Ks1Qe">
<section class="styles_title__Hj4Zs"><h1 class="styles_title__pR2vD">{a["title"]}</h1></section>
<section class="styles_info__Tn6Xy">{user_digest()}<section class="styles_meta__cV9Pw"><time datetime="{a["created"]}" class="styles_time__uV2tG">發佈於 {a["shown"]}</time><span class="styles_ipfs__K0wYq"><a href="https://ipfs.matters-like.test/ipfs/bafybeih{a["id"]}q7zj4xk2m" target="_blank" rel="noreferrer">IPFS 地址</a></span><span class="styles_readTime__Pm1Xc">閱讀時間約 6 分鐘</span></section></section>
<section class="u-content-article styles_content__d8CqR">{content}</section>
<section class="styles_tags__Ep3Gh">{tags}</section>
<section class="styles_license__Zf2Lw">CC BY-NC-ND 4.0 授權</section>
<section class="styles_support__Lr5Ns"><h3>喜歡我的作品嗎？別忘了給予支持與讚賞，讓我知道在創作的路上有你陪伴，一起延續這份熱忱！</h3><button type="button" class="styles_supportButton__G7pQa">支持作者</button><p class="styles_donators__Kd8Rx">{a["donations"]} 人支持了作品</p></section>
<section class="styles_toolbar__Vb0Uo"><button type="button" class="styles_appreciation__Sm4Hp" aria-label="Like"><span>{a["likes"]}</span></button><a href="{path}#comments" class="styles_commentButton__Xa1Ty"><span>評論 {len(a["comments"])}</span></a><button type="button" aria-label="收藏">收藏</button><button type="button" aria-label="分享">分享</button></section>
<section class="styles_authorCard__Qx7Ff"><header>{user_digest("styles_card__Ye1Tp")}<button type="button" class="styles_follow__Hn2Lz">追蹤</button></header><p class="styles_bio__Dq6Rz">寫材料二十年，在這裡寫點不用審的東西。</p><p class="styles_counts__Ww3Bh"><span>28</span> 追蹤者 · <span>41</span> 篇作品</p></section>
<section id="comments" class="styles_comments__Cz5Re"><header><h2>評論</h2></header><div class="styles_commentForm__Kf0Dp"><a href="/login">登入</a>後參與評論</div><ul class="styles_list__Ag2Xs">{comments}</ul></section>
<section class="styles_related__Pe8Mn"><h2>相關作品</h2><ul><li><a href="/a/{other["hash"]}">{other["title"]}</a>{user_digest()}</li><li><a href="/a/5tgn2k8wq1zx">寫給二十年後的自己</a></li></ul></section>
</article></main>{FOOTER}{APP_PROMPT}</div></div>"""
    state = {
        f"Article:{a['id']}": {
            "__typename": "Article", "id": a["id"], "shortHash": a["hash"], "title": a["title"],
            "summary": summary, "createdAt": a["created"], "content": content, "tags": [{"__ref": f"Tag:{t}"} for t in a["tags"]],
            "author": {"__ref": f"User:{USER}"}, "likesReceivedTotal": a["likes"], "commentCount": len(a["comments"]),
            "language": "zh_hans", "license": "cc_by_nc_nd_4",
        },
        f"User:{USER}": {"__typename": "User", "userName": USER, "displayName": DISPLAY, "info": {"description": "寫材料二十年，在這裡寫點不用審的東西。"}},
    }
    return (head(f"{a['title']} - Matters", summary, path, "article") + body
            + next_data("/a/[shortHash]", {"shortHash": a["hash"]}, state)
            + '<script src="/_next/static/chunks/pages/a/%5BshortHash%5D-4c2e8f1a9b7d3056.js" defer=""></script></body></html>')


def list_item(a):
    return f'<li class="styles_item__Nq5Ra"><section class="styles_articleDigest__Rf2Jc">{user_digest()}<a href="/a/{a["hash"]}" class="styles_title__Qa8Xm"><h2>{a["title"]}</h2></a><p class="styles_summary__Hb3Vn">{a["speech"].paras[1][:60]}…</p><footer><span>{a["likes"]} Like</span> · <span>評論 {len(a["comments"])}</span></footer></section></li>'


def build() -> Family:
    fam = Family(HOST, "Matters (matters.town)-like creators' platform (Next.js SSR, __NEXT_DATA__, /a/<shortHash>, Traditional UI)",
                 extensionless_html=True)
    a1, a2 = ARTICLES
    for a, other in ((a1, a2), (a2, a1)):
        fam.put(f"/a/{a['hash']}", article_page(a, other))
        fam.doc([f"/a/{a['hash']}"], a["speech"], title=a["title"], published_at=a["created"][:10])
    home = (head("Matters", "Matters 是一個自主、有價的創作社區", "/")
            + f'<body><div id="__next"><div class="styles_layout__wB0mN">{NAV}<main class="styles_main__a3NvH"><section class="styles_tabs__Vx3Kp"><a href="/?type=hottest" class="styles_active__F2nQs">熱門</a><a href="/?type=newest">最新</a><a href="/?type=icymi">精華</a></section><ul class="styles_list__Ag2Xs">{list_item(a2)}</ul><section class="styles_authors__Tr4Ke"><h2>活躍作者</h2>{user_digest()}</section></main>{FOOTER}{APP_PROMPT}</div></div>'
            + next_data("/", {}, {"ROOT_QUERY": {"__typename": "Query"}}) + "</body></html>")
    fam.put("/", home)
    profile = (head(f"{DISPLAY} (@{USER}) - Matters", "寫材料二十年，在這裡寫點不用審的東西。", f"/@{USER}")
               + f'<body><div id="__next"><div class="styles_layout__wB0mN">{NAV}<main class="styles_main__a3NvH"><section class="styles_profile__Wm2Ap"><img src="https://assets.matters-like.test/avatar/5d1f0a8e.jpeg" alt="{DISPLAY}" width="72" height="72"/><h1>{DISPLAY}</h1><p>@{USER}</p><p class="styles_bio__Dq6Rz">寫材料二十年，在這裡寫點不用審的東西。</p><button type="button">追蹤</button></section><section class="styles_tabs__Vx3Kp"><a href="/@{USER}" class="styles_active__F2nQs">作品</a><a href="/@{USER}/collections">選集</a></section><ul class="styles_list__Ag2Xs">{list_item(a2)}{list_item(a1)}</ul></main>{FOOTER}{APP_PROMPT}</div></div>'
               + next_data("/[name]", {"name": f"@{USER}"}, {f"User:{USER}": {"__typename": "User", "userName": USER, "displayName": DISPLAY}}) + "</body></html>")
    fam.put(f"/@{USER}", profile)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /me/\n")
    fam.not_documents += ["/", f"/@{USER}"]
    fam.noise += ["支持作者", "評論", "發佈於", "IPFS 地址", "讀到老先生捐", "凌晨三點那張照片，懂的都懂", "追蹤者", "寫材料二十年", "上周五是我们小区图书室开放的日子", "大會線上主會場", "© 2024 Matters", "下載 Matters App"]
    return fam
