"""少数派 (sspai.com)-like tech / culture site: a Nuxt 2 server-rendered app (`<div data-server-rendered="true"
id="__nuxt">`, `window.__NUXT__=(function(a,b,…){return {…}}(…))` inline state), article pages `/post/N`
(extensionless): `div.article-header` (series badge, `div.title`, author line, `div.timer`), the text in
`div.article-body > div.content.wangEditor-txt`, an 编者按 `<blockquote>` first and sspai's stock
`> 下载少数派客户端…` / `> 实用、好用的 正版软件…` lines after an `<hr>` at the end; the tag list
(`div.article-tag`), 赞 / 收藏 / 分享 bar, the author card (`div.author-box`: nickname, bio, 关注, counts),
相关推荐 and the 评论 section (`comment-wrapper`, 全部评论). One post is a 付费栏目 member article: its body
stops after a few paragraphs with a fade and the paywall (`本文为付费栏目《…》中的文章` /
`订阅会员后阅读全部内容` / 解锁全文) → truncated. Home `/` prints server-rendered `articleCard`s and the same
list in `__NUXT__`; the tag page `/tag/演讲` (percent-encoded in links) lists both."""

import json
from urllib.parse import quote, unquote

from common import SPEECHES, Family

HOST = "www.sspai-wenhua.test"
TAG = "演讲"

POSTS = [
    {
        "id": "84512",
        "speech": SPEECHES["sspai-1"],
        "title": "「慢一点，做得好一点」：第五届独立开发者大会开幕致辞全文",
        "summary": "五年前在一间咖啡馆里开始的聚会，今年来了三千位报名者。以下是主办方在开幕式上的致辞。",
        "author": ("老周不写代码", "laozhou", "独立开发者大会发起人之一，偶尔写写 iOS"),
        "date": "2023-11-20",
        "shown": "2023年11月20日",
        "likes": 312,
        "comments": [("Mikasa", "看哭了，“你不是一个人在写代码”。", "11月20日"), ("阿北", "咖啡馆老板的记账小程序叫什么？想去支持一下。", "11月21日")],
        "note": "编者按：本文是第五届独立开发者大会发起人在 11 月 18 日开幕式上的致辞，经作者授权发布，少数派略有删改。",
        "tags": ["独立开发", TAG, "活动"],
        "paid": None,
    },
    {
        "id": "87630",
        "speech": SPEECHES["sspai-2"],
        "title": "世界读书日，我们收集了一篇关于数字阅读的讲话",
        "summary": "图书馆如何把电子书、有声书送到老人和孩子手里？一篇读书日启动仪式上的讲话，值得做阅读产品的朋友看看。",
        "author": ("纸上旅人", "zhishang", "图书馆员，关注数字阅读与公共文化"),
        "date": "2024-04-26",
        "shown": "2024年04月26日",
        "likes": 58,
        "comments": [],
        "note": "编者按：4 月 23 日世界读书日，某市启动了公共图书馆数字阅读推广活动。我们整理了活动启动仪式上的讲话，并在文末附上了我们对几款公共图书馆 App 的试用体验。",
        "tags": ["阅读", TAG, "公共图书馆"],
        "paid": ("讲稿里的数字生活", "7", 4),  # series title, series id, paragraphs shown
    },
]

CLIENT_TAIL = [
    '&gt; 下载 <a href="https://sspai.com/page/client" target="_blank">少数派 2.0 客户端</a>、关注 <a href="https://www.xiaohongshu.com/user/profile/63f5d65d000000001001d8d4" target="_blank">少数派小红书</a>，感受精彩数字生活 🍃',
    '&gt; 实用、好用的 <a href="https://sspai.com/mall" target="_blank">正版软件</a>，少数派为你呈现 🚀',
]


def head(title, desc, canonical, og_type="website"):
    return f"""<!doctype html>
<html lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
  <head >
    <title>{title}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><meta data-n-head="ssr" data-hid="description" name="description" content="{desc}"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="少数派,sspai,效率工具,数字生活"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{title}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="{og_type}"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="https://{HOST}{canonical}"><meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{desc}"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="少数派"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://{HOST}{canonical}"><link rel="preload" href="https://cdn-static.sspai.com/_nuxt/9c1a7e3.js" as="script"><link rel="preload" href="https://cdn-static.sspai.com/_nuxt/app.4b27f1d.js" as="script"><link rel="stylesheet" href="https://cdn-static.sspai.com/_nuxt/css/0f2a6b1.css">
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="app-container"><header class="ss__custom__header__wrapper"><div class="ss__custom__header"><a href="/" class="logo nuxt-link-active"><img src="https://cdn-static.sspai.com/ui/logo-red.svg" alt="少数派"></a><nav class="header-nav"><a href="/" class="nav-item nuxt-link-exact-active nuxt-link-active">首页</a><a href="/matrix" class="nav-item">Matrix</a><a href="/prime" class="nav-item">会员</a><a href="/series" class="nav-item">栏目</a><a href="/mall" class="nav-item">商城</a></nav><div class="header-right"><div class="search-box"><input type="text" placeholder="搜索" class="ss-input"></div><a href="/write" class="write-btn">写文章</a><button class="ss-btn login-btn">登录</button></div></div></header>"""


def foot(state_fn):
    return f"""<footer class="ss__custom__footer"><div class="footer-inner"><div class="footer-links"><a href="/page/about-us">关于我们</a><a href="/page/contact">联系我们</a><a href="/page/agreement/terms">用户协议</a><a href="/page/agreement/privacy">隐私政策</a><a href="/page/join">加入我们</a></div><p class="copyright">© 2013-2024 少数派 | 粤ICP备09128966号-4 | 粤公网安备 44030502002745号 | 增值电信业务经营许可证 粤B2-20212011</p><p class="company">深圳市少数派网络科技有限公司</p></div></footer></div></div></div><script>window.__NUXT__={state_fn};</script><script src="https://cdn-static.sspai.com/_nuxt/9c1a7e3.js" defer></script><script src="https://cdn-static.sspai.com/_nuxt/app.4b27f1d.js" defer></script><script src="https://cdn-static.sspai.com/_nuxt/commons/app.1d83c2a.js" defer></script>
    <script async src="https://hm.baidu.com/hm.js?1ad6b4b3dd3f3c8d8b4b3d8dcf3b5b0c"></script>
  </body>
</html>
"""


def nuxt_state(data):
    """Nuxt 2 prints its state as a function call whose arguments are repeated values."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace('"layout"', "layout").replace("false", "a").replace("true", "b").replace("null", "c")
    raw = raw.replace("<", "\\u003C").replace("/", "\\u002F")
    return f'(function(a,b,c){{return {raw}}}(false,true,null))'


def card(p):
    badge = '<span class="paid-badge">付费栏目</span>' if p["paid"] else ""
    return f"""<div class="articleCard"><div class="card_content"><a href="/post/{p['id']}" class="cover" target="_blank"><img src="https://cdnfile.sspai.com/2024/{p['id']}/cover.png?imageMogr2/auto-orient/quality/95/thumbnail/!800x400r/gravity/Center/crop/800x400/interlace/1" alt="{p['title']}" class="ss-img"></a><div class="card_info"><a href="/post/{p['id']}" target="_blank" class="title text_ellipsis2">{badge}{p['title']}</a><div class="desc text_ellipsis2">{p['summary']}</div><div class="card_bottom"><a href="/u/{p['author'][1]}/posts" class="author"><span class="nickname">{p['author'][0]}</span></a><span class="time">{p['shown']}</span><span class="like"><i class="ss-icon-like"></i>{p['likes']}</span><span class="comment"><i class="ss-icon-comment"></i>{len(p['comments'])}</span></div></div></div></div>"""


def list_state(path):
    return nuxt_state(
        {
            "layout": "default",
            "data": [
                {
                    "articleList": [
                        {
                            "id": int(p["id"]),
                            "title": p["title"],
                            "summary": p["summary"],
                            "released_time": p["date"],
                            "is_matrix": False,
                            "is_paid": bool(p["paid"]),
                            "like_count": p["likes"],
                            "comment_count": len(p["comments"]),
                            "author": {"nickname": p["author"][0], "slug": p["author"][1]},
                        }
                        for p in POSTS
                    ],
                    "hasMore": True,
                }
            ],
            "fetch": {},
            "error": None,
            "state": {"user": {"isLogin": False}},
            "serverRendered": True,
            "routePath": path,
        }
    )


def home_page():
    cards = "".join(card(p) for p in POSTS)
    body = f"""<main class="index_wrapper"><div class="banner"><a href="/post/{POSTS[0]['id']}" class="banner-item"><img src="https://cdnfile.sspai.com/2023/banner-84512.png" alt="{POSTS[0]['title']}"></a></div><div class="index_content"><div class="tabs"><span class="tab active">推荐</span><span class="tab">最新</span><span class="tab">Matrix</span></div><div class="articleList">{cards}</div><div class="load-more"><button class="ss-btn">加载更多</button></div></div><aside class="index_aside"><div class="aside-card prime-card"><div class="title">少数派会员 π+Prime</div><p>解锁全部付费栏目与会员专属内容</p><a href="/prime" class="ss-btn">了解详情</a></div><div class="aside-card hot-tags"><div class="title">热门标签</div><a href="/tag/{quote(TAG)}" class="tag">{TAG}</a><a href="/tag/{quote('效率')}" class="tag">效率</a><a href="/tag/{quote('App 推荐')}" class="tag">App 推荐</a></div></aside></main>"""
    return head("少数派 - 高品质数字消费指南", "少数派致力于更好地运用数字产品或科学方法，帮助用户提升工作效率和生活品质", "/") + body + foot(list_state("/"))


def tag_page():
    cards = "".join(card(p) for p in POSTS)
    body = f"""<main class="tag_wrapper"><div class="tag-header"><h1 class="tag-name"># {TAG}</h1><div class="tag-count">共 2 篇文章</div><button class="ss-btn follow">关注</button></div><div class="articleList">{cards}</div></main>"""
    return head(f"{TAG} - 少数派", f"少数派 {TAG} 标签下的文章", f"/tag/{quote(TAG)}") + body + foot(list_state(f"/tag/{TAG}"))


def body_html(p):
    sp = p["speech"]
    note = f'<blockquote><p>{p["note"]}</p></blockquote>'
    if p["paid"]:
        shown = sp.paras[: p["paid"][2]]
        return note + "".join(f"<p>{x}</p>" for x in shown)
    tail = "<hr>" + "".join(f"<p>{x}</p>" for x in CLIENT_TAIL)
    return note + f'<h2>{sp.title}</h2>' + "".join(f"<p>{x}</p>" for x in sp.paras) + tail


def post_page(p):
    sp = p["speech"]
    others = [o for o in POSTS if o is not p]
    paywall = ""
    series = ""
    if p["paid"]:
        name, sid, _ = p["paid"]
        series = f'<a href="/series/{sid}" class="series-badge"><span class="paid-badge">付费栏目</span>{name}</a>'
        paywall = f"""<div class="article-paywall"><div class="paywall-mask"></div><div class="paywall-box"><div class="paywall-title">本文为付费栏目《{name}》中的文章</div><p class="paywall-desc">订阅会员后阅读全部内容</p><div class="paywall-btns"><a href="/prime" class="ss-btn ss-btn-primary">解锁全文</a><a href="/series/{sid}" class="ss-btn">单独购买栏目 ¥39</a></div><p class="paywall-tip">已是会员？<a href="/login">登录</a></p></div></div>"""
    tags = "".join(f'<a href="/tag/{quote(t)}" class="tag"><span>{t}</span></a>' for t in p["tags"])
    comments = (
        "".join(
            f'<div class="comment-item"><div class="comment-user"><span class="nickname">{who}</span><span class="time">{when}</span></div><div class="comment-content">{what}</div><div class="comment-actions"><span class="like">赞</span><span class="reply">回复</span></div></div>'
            for who, what, when in p["comments"]
        )
        or '<div class="comment-empty">暂无评论，来抢沙发吧</div>'
    )
    related = "".join(
        f'<div class="related-item"><a href="/post/{o["id"]}" target="_blank" class="title">{o["title"]}</a><span class="author">{o["author"][0]}</span></div>'
        for o in others
    )
    author, slug, bio = p["author"]
    body = f"""<main class="article_wrapper"><div class="article-detail"><div class="article-header">{series}<div class="title">{p['title']}</div><div class="article-author"><a href="/u/{slug}/posts" class="author-link"><img src="https://cdnfile.sspai.com/avatar/{slug}.png?imageMogr2/crop/120x120" class="avatar ss-img"><span class="nickname">{author}</span></a><div class="timer">{p['shown']}</div></div></div><div class="article-body"><div class="content wangEditor-txt minHeight">{body_html(p)}</div>{paywall}</div><div class="article-tag">{tags}</div><div class="article-actions"><span class="like-btn"><i class="ss-icon-like"></i>{p['likes']}</span><span class="collect-btn"><i class="ss-icon-collect"></i>收藏</span><span class="share-btn"><i class="ss-icon-share"></i>分享</span></div><div class="author-box"><a href="/u/{slug}/posts"><img src="https://cdnfile.sspai.com/avatar/{slug}.png" class="avatar ss-img"></a><div class="author-info"><div class="nickname">{author}</div><div class="bio">{bio}</div><div class="counts"><span>文章 12</span><span>关注者 864</span></div></div><button class="ss-btn follow-btn">关注</button></div><div class="related-articles"><div class="related-title">相关推荐</div>{related}</div><div class="comment-wrapper"><div class="comment-title">全部评论（{len(p['comments'])}）</div><div class="comment-input"><textarea placeholder="登录后参与评论" disabled></textarea></div><div class="comment-list">{comments}</div></div></div></main>"""
    state = nuxt_state(
        {
            "layout": "default",
            "data": [
                {
                    "article": {
                        "id": int(p["id"]),
                        "title": p["title"],
                        "summary": p["summary"],
                        "released_time": p["date"],
                        "is_paid": bool(p["paid"]),
                        "body": body_html(p),
                        "tags": [{"title": t} for t in p["tags"]],
                        "author": {"nickname": author, "slug": slug, "bio": bio},
                    }
                }
            ],
            "fetch": {},
            "error": None,
            "state": {"user": {"isLogin": False}},
            "serverRendered": True,
            "routePath": f"/post/{p['id']}",
        }
    )
    return head(f"{p['title']} - 少数派", p["summary"], f"/post/{p['id']}", "article") + body + foot(state)


class SspaiFamily(Family):
    """The tag page's address is percent-encoded; the file holds the decoded name (the replica decodes paths)."""

    def file_for_url(self, url):
        return unquote(super().file_for_url(url))


def build() -> Family:
    fam = SspaiFamily(
        HOST,
        "少数派 (sspai.com)-like tech/culture site, Nuxt 2 SSR: /post/N with article-body > content wangEditor-txt, 付费栏目 paywall",
        extensionless_html=True,
    )
    fam.put("/", home_page())
    fam.put(f"/tag/{TAG}", tag_page())
    fam.not_documents += ["/", f"/tag/{quote(TAG)}"]
    for p in POSTS:
        path = f"/post/{p['id']}"
        fam.put(path, post_page(p))
        if p["paid"]:
            shown = p["speech"].paras[: p["paid"][2]]
            fam.doc([path], p["speech"], title=p["title"], truncated=True, text="\n".join(shown), published_at=p["date"])
        else:
            fam.doc([path], p["speech"], title=p["title"], published_at=p["date"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /write\nDisallow: /my/\n")
    fam.noise += [
        "编者按",
        "经作者授权发布",
        "少数派略有删改",
        "文末附上了我们对几款公共图书馆",
        "少数派 2.0 客户端",
        "感受精彩数字生活",
        "少数派小红书",
        "正版软件",
        "付费栏目",
        "讲稿里的数字生活",
        "订阅会员后阅读全部内容",
        "解锁全文",
        "单独购买栏目",
        "独立开发者大会发起人之一",
        "图书馆员，关注数字阅读",
        "老周不写代码",
        "纸上旅人",
        "关注者 864",
        "相关推荐",
        "全部评论",
        "暂无评论",
        "看哭了",
        "咖啡馆老板的记账小程序叫什么",
        "粤ICP备09128966号-4",
        "2023年11月20日",
    ]
    fam.note = (
        "Nuxt 2 SSR pages, extensionless `/post/N` (`extensionless_html`). The documents' titles are the posts' "
        "titles (the first post also prints the speech's own title as an `<h2>` inside the body, not part of the "
        "text); `published_at` is the post's date (`div.timer`). Not in the text: the 编者按 blockquote, the "
        "speech-title `<h2>`, sspai's stock `> 下载少数派 2.0 客户端…` lines after the `<hr>`. The 付费栏目 post "
        "shows its first four paragraphs, then the paywall (订阅会员后阅读全部内容 / 解锁全文): truncated, its "
        "expected text the shown part. Both lists (`/` and `/tag/%E6%BC%94%E8%AE%B2`) print server-rendered cards "
        "and the same list in `window.__NUXT__` (a function call whose arguments stand for false/true/null)."
    )
    return fam
