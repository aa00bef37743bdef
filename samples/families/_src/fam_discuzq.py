"""A Discuz! Q 3.0 community (the React / Next.js front end `discuz-fe`, PC layout) as a crawler
without JavaScript gets it from its server-side rendering: `/` (首页, category side menu, thread cards
whose title is a link to `/thread/N`, the card's first lines as a summary with 查看更多 and the
阅读 / 点赞 / 评论 / 分享 bar; not documents) and `/thread/N` (extensionless). Thread pages: the
top `header` (logo, 搜索 box, 首页 / 登录 / 注册), the author line (avatar, nickname, `发布于 2024-05-22 10:11`,
IP属地), the title, the text as `<p>`s inside the `dzq-richtext` block of `index_richText__…`, the
category tag, 阅读 / 点赞 / 收藏 / 分享 footer, 打赏 button, the comment area (`共 N 条评论`, comment
items with nickname, text, time, 赞 / 回复, 查看更多评论, the 写下你的评论... box that asks guests to
登录), the author card (主题 / 点赞 / 粉丝, 关注 / 私信), 推荐内容 list, the copyright box (Powered By
Discuz! Q, ICP), and `__NEXT_DATA__` holding the same thread (`serverThread.content.text` as HTML).
CSS-module class names are hashed as the production build prints them. The thread's text is the
speech after the poster's intro paragraph; comments are not documents."""

import html
import json

from common import SPEECHES, Family, render

HOST = "q.yunshan-dzq.test"
SITE = "云山笔友会"
BUILD = "Xq3vR0pS9dLm2TbJ8kWcA"

HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"/><meta name="renderer" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><link rel="shortcut icon" href="/favicon.ico"/><title>@@TITLE@@</title><meta name="keywords" content="@@KEYWORDS@@"/><meta name="description" content="@@DESCRIPTION@@"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/8c2f6a1e94b07d35.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8c2f6a1e94b07d35.css" data-n-g=""/><link rel="preload" href="/_next/static/css/4be17d09c35a8f61.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4be17d09c35a8f61.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-5cd94c89d3acac5f.js"></script><script src="/_next/static/chunks/webpack-7a1f3e0b92c4d815.js" defer=""></script><script src="/_next/static/chunks/framework-2f4a6c1d8e3b0975.js" defer=""></script><script src="/_next/static/chunks/main-9d0e3b7a5c12f486.js" defer=""></script><script src="/_next/static/chunks/pages/_app-b41c7e9f3d02a658.js" defer=""></script><script src="/_next/static/chunks/pages/@@PAGECHUNK@@.js" defer=""></script><script src="/_next/static/Xq3vR0pS9dLm2TbJ8kWcA/_buildManifest.js" defer=""></script><script src="/_next/static/Xq3vR0pS9dLm2TbJ8kWcA/_ssgManifest.js" defer=""></script></head><body><div id="__next" data-reactroot=""><div class="index_pc-layout__3xQ7m"><div class="index_header__1u9Kd"><div class="index_header-container__2nF0w"><div class="index_header-logo__3pXcT"><img src="https://q.yunshan-dzq.test/storage/logo/site_logo.png" alt="云山笔友会" class="index_logo__Z1a8R"/></div><div class="index_header-search__16kQe"><div class="dzq-input dzq-input--suffix-icon"><input type="text" placeholder="搜索" class="dzq-input__inner" value=""/></div></div><div class="index_header-nav__1Wm4b"><span class="index_nav-item__2Lk3d index_active__3gT9c">首页</span><span class="index_nav-item__2Lk3d">消息</span><span class="index_nav-item__2Lk3d">个人中心</span></div><div class="index_header-user__30aPq"><button type="button" class="dzq-button dzq-button--primary dzq-button--small">登录</button><button type="button" class="dzq-button dzq-button--small">注册</button></div></div></div><div class="index_pc-body__1y2Vk">"""

COPYRIGHT = """<div class="index_copyright__2qTw9"><p>Copyright © 2020-2024 云山笔友会</p><p>Powered By <a href="https://discuz.com" target="_blank" rel="noreferrer">Discuz! Q</a></p><p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">黔ICP备2021007715号-1</a></p></div>"""

FOOT = """</div></div></div><script id="__NEXT_DATA__" type="application/json">@@DATA@@</script></body></html>"""

USERS = {
    "山中写字人": dict(id=16, sign="在县里写了十几年材料，喜欢收集好讲话。", threads=87, likes=1264, fans=312),
    "黔东南小吏": dict(id=203, sign="", threads=5, likes=40, fans=11),
    "笔友阿岚": dict(id=77, sign="每天一篇范文", threads=41, likes=622, fans=158),
    "乌江之畔": dict(id=129, sign="", threads=12, likes=98, fans=23),
}


def avatar(uid):
    return f"https://q.yunshan-dzq.test/storage/avatars/{uid}.png?1702536000"


THREADS = [
    dict(id=325, speech=SPEECHES["R60C1"], author="山中写字人", created="2024-05-22 10:11", ip="贵州",
         date="2024-05-22", cat="讲话致辞", views=1873, likes=46, favs=31,
         intro="【分享】县长在全县基层医疗卫生服务能力提升工作会议上的讲话，昨天会上的，结构是标准的“成绩问题—重点任务—保障措施”，写卫健口材料的可以收藏。",
         comments=[
             ("笔友阿岚", "05-22 11:02", "“人才引不进、留不住”这个问题写得很准，基层医疗最大的短板就是人。", 12),
             ("乌江之畔", "05-22 15:47", "第五条公共卫生是后补的吧？编号有点跳。", 3),
             ("山中写字人", "05-22 16:05", "回复 乌江之畔：原稿就是这样，会上临时加的。", 5),
             ("黔东南小吏", "05-23 09:20", "收藏了，我们镇卫生院下个月要迎检，正好用得上。", 2),
         ], total_comments=9),
    dict(id=341, speech=SPEECHES["R60C2"], author="笔友阿岚", created="2024-12-15 20:31", ip="贵州",
         date="2024-12-15", cat="讲话致辞", views=942, likes=27, favs=18,
         intro="昨天县作协换届大会上宣传部长的致辞，文采不错，分享给大家。",
         comments=[
             ("山中写字人", "12-15 21:10", "“讲好家乡故事”那段写得有画面感，千年古渡、红色交通线，都是具体的东西。", 8),
             ("乌江之畔", "12-16 08:34", "文联、作协换届的致辞都可以参考这个结构。", 1),
         ], total_comments=2),
]


def user_line(name, created, ip):
    u = USERS[name]
    return (f'<div class="index_user-info__1mB4x"><div class="dzq-avatar dzq-avatar--circle dzq-avatar--primary" style="width:40px;height:40px"><img src="{avatar(u["id"])}" alt="{name}"/></div>'
            f'<div class="index_user-meta__2eH5v"><div class="index_name__3zN1o">{name}</div>'
            f'<div class="index_meta__1pR4s"><span class="index_time__2aW9e">发布于 {created}</span><span class="index_location__3cB6u">IP属地：{ip}</span></div></div></div>')


def thread_card(t):
    s = t["speech"]
    summary = html.escape(t["intro"][:60]) + "..."
    return (f'<div class="index_container__1k0sD index_containerPC__3a2Nq">{user_line(t["author"], t["created"], t["ip"])}'
            f'<div class="index_content__2Z8yq"><div class="index_title__1tX0f"><a href="/thread/{t["id"]}">{s.title}</a></div>'
            f'<div class="index_text__2pW1m"><div class="dzq-richtext index_richText__3vQ8k"><p>{summary}</p></div>'
            f'<div class="index_showMore__1sZ2c"><span>查看更多</span></div></div></div>'
            f'<div class="index_tags__1aH6v"><span class="index_tag__3W2dL">{t["cat"]}</span></div>'
            f'<div class="index_bottom-bar__2Ks9u"><span>阅读 {t["views"]}</span><span>点赞 {t["likes"]}</span><span>评论 {t["total_comments"]}</span><span>分享</span></div></div>')


def next_data(page, query, props):
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD,
            "isFallback": False, "gssp": True, "customServer": True, "appGip": True, "scriptLoader": []}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def side_author(name):
    u = USERS[name]
    sign = u["sign"] or "这个人很懒，什么也没留下~"
    return (f'<div class="index_author-info__2Wq8c"><div class="dzq-avatar dzq-avatar--circle" style="width:60px;height:60px"><img src="{avatar(u["id"])}" alt="{name}"/></div>'
            f'<div class="index_author-name__1Tz3e">{name}</div><div class="index_author-sign__3Hc0a">{sign}</div>'
            f'<div class="index_author-count__2Jm7u"><div><span>主题</span><b>{u["threads"]}</b></div><div><span>点赞</span><b>{u["likes"]}</b></div><div><span>粉丝</span><b>{u["fans"]}</b></div></div>'
            f'<div class="index_author-btns__1pQ5n"><button type="button" class="dzq-button dzq-button--primary dzq-button--small">关注</button><button type="button" class="dzq-button dzq-button--small">私信</button></div></div>')


def recommend(exclude):
    items = [("2024年度述职报告（县直部门负责人）", 1203), ("在全县安全生产工作会议上的讲话", 877), ("七一表彰大会主持词", 655)]
    for t in THREADS:
        if t["id"] != exclude:
            items.insert(0, (t["speech"].title, t["views"]))
    lis = "".join(f'<div class="index_recommend-item__1xY4r"><span class="index_recommend-title__2Vb8e">{title}</span><span class="index_recommend-view__3Kz1w">{views}次浏览</span></div>' for title, views in items[:4])
    return f'<div class="index_recommend__2gH6c"><div class="index_recommend-head__1Sa3q">推荐内容</div>{lis}</div>'


def comment_item(name, time, text, likes):
    u = USERS[name]
    return (f'<div class="index_comment-item__3Rf8v"><div class="dzq-avatar dzq-avatar--circle" style="width:32px;height:32px"><img src="{avatar(u["id"])}" alt="{name}"/></div>'
            f'<div class="index_comment-body__1mV2s"><div class="index_comment-name__2Qp0k">{name}</div>'
            f'<div class="index_commentListText__3uE7b"><div class="dzq-richtext"><p>{text}</p></div></div>'
            f'<div class="index_comment-footer__1cW3d"><span class="index_comment-time__2Bn8q">{time}</span><span>赞{"（" + str(likes) + "）" if likes else ""}</span><span>回复</span></div></div></div>')


def thread_page(t):
    s = t["speech"]
    content = "".join(f"<p>{p}</p>" for p in [t["intro"]] + s.paras)
    comments = "".join(comment_item(*c) for c in t["comments"])
    more = '<div class="index_more-comment__2Yp4a">查看更多评论</div>' if t["total_comments"] > len(t["comments"]) else ""
    body = (
        f'<div class="index_thread-detail__3aU7x"><div class="index_content__1Hc2f"><div class="index_thread-main__2eX9n">'
        f'{user_line(t["author"], t["created"], t["ip"])}'
        f'<div class="index_title__2rN4m">{s.title}</div>'
        f'<div class="index_richText__1l4w6"><div class="dzq-richtext">{content}</div></div>'
        f'<div class="index_tag__1sP3x"><span class="index_tag-item__2uG0c">{t["cat"]}</span></div>'
        f'<div class="index_reward__3mT8v"><button type="button" class="dzq-button dzq-button--primary">打赏</button></div>'
        f'<div class="index_footer__2jB1k"><span>阅读 {t["views"]}</span><span class="index_footer-item__3qE6r">点赞 {t["likes"]}</span><span class="index_footer-item__3qE6r">收藏 {t["favs"]}</span><span class="index_footer-item__3qE6r">分享</span></div></div>'
        f'<div class="index_comment-list__1Uo5p"><div class="index_comment-header__2bN3c">共 {t["total_comments"]} 条评论</div>'
        f'<div class="index_comment-input__3cX2d"><textarea class="dzq-textarea__inner" placeholder="写下你的评论..." disabled=""></textarea><div class="index_comment-login__1Qe8t">请先<span class="index_link__2Mh7a">登录</span>后发表评论</div></div>'
        f'{comments}{more}</div></div>'
        f'<div class="index_right__3gR5w">{side_author(t["author"])}{recommend(t["id"])}{COPYRIGHT}</div></div>'
    )
    u = USERS[t["author"]]
    props = {"serverThread": {"threadId": t["id"], "userId": u["id"], "categoryId": 3, "categoryName": t["cat"],
                              "title": s.title, "viewCount": t["views"], "postCount": t["total_comments"] + 1,
                              "createdAt": t["created"] + ":00", "diffTime": t["created"][:10],
                              "user": {"userId": u["id"], "nickname": t["author"], "avatar": avatar(u["id"])},
                              "position": {"location": t["ip"]},
                              "content": {"text": content, "indexes": {}},
                              "likeReward": {"likePayCount": t["likes"], "shareCount": 0}},
             "serverSite": {"siteName": SITE, "siteRecord": "黔ICP备2021007715号-1"}}
    return render(HEAD + body + FOOT, TITLE=f"{s.title} - {SITE}", KEYWORDS=f"{s.title},{SITE}",
                  DESCRIPTION=html.escape(t["intro"][:80]), PAGECHUNK="thread/[id]-6e2c9b04f1a7d358",
                  DATA=next_data("/thread/[id]", {"id": str(t["id"])}, props))


def index_page():
    cats = "".join(f'<div class="index_menu-item__2wZ3p{" index_active__3gT9c" if i == 0 else ""}">{c}</div>'
                   for i, c in enumerate(["全部", "讲话致辞", "总结汇报", "求助问答", "站务"]))
    cards = "".join(thread_card(t) for t in sorted(THREADS, key=lambda x: x["created"], reverse=True))
    body = (f'<div class="index_index-pc__2hK4w"><div class="index_left__1vG7m"><div class="index_menu__3tY8a">{cats}</div></div>'
            f'<div class="index_center__2aP9q"><div class="index_tabs__1zE4d"><span class="index_active__3gT9c">全部</span><span>精华</span><span>最新</span></div>'
            f'{cards}<div class="index_bottom__3dF2w">没有更多数据了</div></div>'
            f'<div class="index_right__3gR5w"><div class="index_site-info__1nA8x"><div class="index_site-name__3vW2e">{SITE}</div><div>文秘写作交流社区，分享讲话稿、致辞、发言稿。</div><div class="index_site-count__2Pm6t"><span>成员 1,046</span><span>内容 3,882</span></div></div>{recommend(0)}{COPYRIGHT}</div></div>')
    threads = [{"threadId": t["id"], "title": t["speech"].title, "viewCount": t["views"], "createdAt": t["created"] + ":00",
                "user": {"nickname": t["author"]}} for t in THREADS]
    props = {"serverIndex": {"threads": {"currentPage": 1, "totalPage": 1, "pageData": threads}},
             "serverSite": {"siteName": SITE}}
    return render(HEAD + body + FOOT, TITLE=SITE, KEYWORDS=f"{SITE},讲话稿,致辞", DESCRIPTION="文秘写作交流社区，分享讲话稿、致辞、发言稿。",
                  PAGECHUNK="index-3b8d0f5e7a2c1964", DATA=next_data("/", {}, props))


def build() -> Family:
    fam = Family(HOST, "Discuz! Q 3.0 (discuz-fe Next.js SSR, PC layout): /thread/N extensionless, dzq-richtext, comment list, __NEXT_DATA__ serverThread",
                 content_type="text/html; charset=utf-8", extensionless_html=True)
    fam.put("/", index_page())
    for t in THREADS:
        fam.put(f"/thread/{t['id']}", thread_page(t))
        fam.doc([f"/thread/{t['id']}"], t["speech"], published_at=t["date"])
    fam.not_documents.append("/")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /apiv3/\nDisallow: /admin\n")
    fam.noise += [
        "【分享】县长在全县基层医疗卫生服务能力提升工作会议上的讲话，昨天会上的",
        "昨天县作协换届大会上宣传部长的致辞，文采不错，分享给大家。",
        "发布于",
        "IP属地：",
        "条评论",
        "写下你的评论...",
        "查看更多评论",
        "推荐内容",
        "Powered By",
        "黔ICP备2021007715号-1",
        "回复 乌江之畔：原稿就是这样",
    ]
    return fam
