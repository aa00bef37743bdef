"""稀土掘金 (juejin.cn/post/N)-like post pages, server-rendered by Nuxt 2: `data-n-head="ssr"` meta
tags, `<div id="__nuxt"><div id="__layout"><div id="juejin">`, `main-header` nav (首页 / 沸点 / 课程 /
直播 / 活动 …, 登录 | 注册), the left `article-suspended-panel` (点赞 / 评论 / 收藏 / 分享 `panel-btn`
with `badge` counts), `article.article` with schema.org itemprops, `h1.article-title`,
`author-info-block` (`time.time` + `views-count` + `read-time`), the text in
`#article-root > div.article-viewer.markdown-body` opening with the theme's `<style>` block, headings
with `data-id="heading-N"`; `article-end` tag list, 专栏 box, `#comment-box` (登录 / 注册 即可发布评论！),
`recommended-area` 相关推荐 feed; sidebar author card, 相关文章 and the `article-catalog` 目录; the
post again as markdown in `window.__NUXT__`. One speech is posted in two parts, （上） and （下）,
linked by the author's own 下篇 / 上篇 lines and the column's 上一篇 / 下一篇 links (juejin has no
page splitter): both posts are the document's pages. The author's 写在前面 / 写在最后 notes and
their headings are not part of the speech."""

import html
import json

from common import SPEECHES, Family, render, split_paras

HOST = "juejin-like.test"
UID = "3051472690285912"
NAME = "老K聊技术"
COLUMN = "7298376120937514"

THEME_STYLE = """<style>.markdown-body{word-break:break-word;line-height:1.75;font-weight:400;font-size:16px;overflow-x:hidden;color:#252933}.markdown-body h1,.markdown-body h2,.markdown-body h3,.markdown-body h4,.markdown-body h5,.markdown-body h6{line-height:1.5;margin-top:35px;margin-bottom:10px;padding-bottom:5px}.markdown-body h2{font-size:24px;line-height:34px;padding-bottom:12px;border-bottom:1px solid #ececec}.markdown-body p{line-height:inherit;margin-top:22px;margin-bottom:22px}.markdown-body blockquote{color:#666;padding:1px 23px;margin:22px 0;border-left:4px solid #cbcbcb;background-color:#f8f8f8}.markdown-body a{color:#0269c8;border-bottom:1px solid #d1e9ff}.markdown-body hr{border:none;border-top:1px solid #ddd;margin-top:32px;margin-bottom:32px}@media (max-width:720px){.markdown-body h1{font-size:24px}.markdown-body h2{font-size:20px}}</style>"""

HEAD = """<!doctype html>
<html data-n-head-ssr lang="zh" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh%22%7D%7D">
  <head >
    <title>@@TITLE@@ - 掘金</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, user-scalable=no, viewport-fit=cover"><meta data-n-head="ssr" name="apple-itunes-app" content="app-id=987739104"><meta data-n-head="ssr" name="theme-color" content="#1e80ff"><meta data-n-head="ssr" name="msapplication-TileColor" content="#1e80ff"><meta data-n-head="ssr" name="msapplication-TileImage" content="https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/mstile-144x144.png"><meta data-n-head="ssr" data-hid="description" name="description" content="@@DESC@@"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="@@KEYWORDS@@">@@EXTRA_META@@<link data-n-head="ssr" rel="apple-touch-icon" sizes="180x180" href="https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/apple-touch-icon.png"><link data-n-head="ssr" rel="icon" type="image/png" sizes="32x32" href="https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/favicon-32x32.png"><link data-n-head="ssr" rel="canonical" href="@@CANONICAL@@">@@LDJSON@@<link rel="preload" href="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/0ffc3a4.js" as="script"><link rel="stylesheet" href="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/app.e4b1d2f.css">
  </head>
  <body >
    <script>window.__NUXT_ERROR_BOUNDARY__=false;</script><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div id="juejin"><div data-v-7c8c5cfc class="view-container container"><header data-v-7c8c5cfc class="main-header main-header unauthorized visible"><div class="container"><a href="/" class="logo nuxt-link-active"><img src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/e08da34488b114bd4c665ba2fa520a31.svg" alt="稀土掘金" class="logo-img"><img src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/6c61ae65d1c41ae8221a670fa32d05aa.svg" alt="稀土掘金" class="mobile"></a><nav role="navigation" class="main-nav"><ul class="nav-list"><li class="main-nav-list"><ul class="phone-hide"><li class="nav-item link-item@@HOME_ACTIVE@@"><a href="/">首页</a></li><li class="nav-item link-item"><a href="/pins">沸点</a></li><li class="nav-item link-item"><a href="/course">课程</a></li><li class="nav-item link-item"><a href="/live">直播</a></li><li class="nav-item link-item"><a href="/events/all">活动</a></li><li class="nav-item link-item"><a href="/aidp">AI刷题</a></li><li class="nav-item link-item"><a href="/mall/">商城</a></li><li class="nav-item link-item"><a href="/app?utm_source=jj_nav" target="_blank">APP</a></li><li class="nav-item link-item"><a href="/extension?utm_source=jj_nav" target="_blank">插件</a></li></ul></li><ul class="right-side-nav"><li class="search-add"><ul class="search-add-ul"><li class="nav-item search"><form role="search" class="search-form"><input type="search" maxlength="64" placeholder="探索稀土掘金" value="" class="search-input"><div class="seach-icon-container"><svg width="18" height="18" viewBox="0 0 18 18" fill="none" class="search-icon"><path fill-rule="evenodd" clip-rule="evenodd" d="M12.4008 13.6231C11.2626 14.5253 9.82317 15.0654 8.25" fill="#515767"></path></svg></div></form></li><li class="nav-item add"><div class="add-group"><button class="add-btn">创作者中心</button></div></li></ul></li><li class="nav-item auth"><div class="login-button-wrap"><button class="login-button">登录<div class="login-button-inner"><div class="login-button-line"></div>注册</div></button></div></li></ul></ul></nav></div></header>
"""

FOOT = """<div class="global-component-box"><!----><div data-v-2a7b4cd5 class="suspension-panel"><button data-v-2a7b4cd5 title="回到顶部" class="btn to-top-btn" style="display:none;"><svg data-v-2a7b4cd5 width="16" height="16" viewBox="0 0 16 16" class="icon to-top-icon"></svg></button><div data-v-2a7b4cd5 class="more-btn"><button data-v-2a7b4cd5 class="btn meiqia-btn"><svg data-v-2a7b4cd5 width="16" height="16" viewBox="0 0 16 16" class="icon"></svg></button></div></div><div class="bottom-login-guide" data-v-3f0a9e6c><div class="guide-text">登录后可查看更多精彩内容，与作者交流</div><button class="guide-btn">立即登录</button></div></div></div></div></div>
<script>window.__NUXT__=@@NUXT@@;</script><script src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/0ffc3a4.js" defer></script><script src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/app.71e5a09.js" defer></script><script src="//lf3-cdn-tos.bytescm.com/obj/static/log-sdk/collect/5.0/collect.js" async></script>
  </body>
</html>
"""

FOOTER_BLOCK = """<div class="sidebar-block more-block" data-v-5c2b1a8e><ul class="more-list"><li class="item"><a href="/app" target="_blank">下载稀土掘金APP</a></li><li class="item"><a href="/about" target="_blank">关于我们</a></li><li class="item"><a href="/joinus" target="_blank">加入我们</a></li><li class="item"><a href="/terms" target="_blank">用户协议</a></li><li class="item"><a href="/privacy-policy" target="_blank">隐私政策</a></li></ul><div class="more-info"><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow noopener noreferrer" class="link">京ICP备18012699号-3</a><span>京公网安备11010802026719号</span><span>违法和不良信息举报：400-140-2108</span><span>举报邮箱：jubao@juejin-like.test</span><span>©2024 稀土掘金</span></div></div>"""

POSTS = [
    {
        "id": "7323817046259908648",
        "title": "在2024年度技术团队年终总结会上的讲话（上）",
        "speech": "R32B1",
        "part": 0,
        "iso": "2024-01-15T02:31:46.000Z",
        "shown": "2024-01-15 10:31",
        "ts": 1705285906,
        "views": "3,862",
        "read": 4,
        "likes": 57,
        "comments": 12,
        "collects": 96,
        "tags": ["团队管理", "架构"],
    },
    {
        "id": "7324205398710042661",
        "title": "在2024年度技术团队年终总结会上的讲话（下）",
        "speech": "R32B1",
        "part": 1,
        "iso": "2024-01-16T03:05:12.000Z",
        "shown": "2024-01-16 11:05",
        "ts": 1705374312,
        "views": "2,190",
        "read": 3,
        "likes": 41,
        "comments": 8,
        "collects": 63,
        "tags": ["团队管理", "程序员"],
    },
    {
        "id": "7302518864031547403",
        "title": "开源社区年度开发者大会开幕式致辞（全文）",
        "speech": "R32B2",
        "part": None,
        "iso": "2023-11-19T12:48:03.000Z",
        "shown": "2023-11-19 20:48",
        "ts": 1700398083,
        "views": "5,417",
        "read": 4,
        "likes": 88,
        "comments": 23,
        "collects": 75,
        "tags": ["开源", "GitHub"],
    },
]
BY_ID = {p["id"]: p for p in POSTS}
PART1, PART2, SOLO = POSTS

NOTES = {
    PART1["id"]: (
        "上周五在公司技术年会上做了一个年终讲话，会后不少同学找我要讲稿，整理出来发在这里。讲稿比较长，分上下两篇发，这是上篇。",
        "（未完，下篇接着讲明年的三件事）",
    ),
    PART2["id"]: (
        "接上篇。上篇讲了去年的数字和踩过的坑，这篇是对明年的安排。",
        "讲稿基本按现场录音整理，个别口语化的地方做了调整。欢迎大家在评论区交流你们团队的做法。",
    ),
    SOLO["id"]: (
        "作为社区的志愿者，今年有幸帮忙整理大会的开幕致辞，征得同意后全文发出来，给没能到现场的朋友。",
        "大会所有议题的回放会陆续上传，感兴趣的掘友可以关注一下。",
    ),
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def parts_of(post):
    speech = SPEECHES[post["speech"]]
    if post["part"] is None:
        return speech.paras
    return split_paras(speech.paras, 2)[post["part"]]


def body_html(post) -> tuple[str, list[str], str]:
    """The markdown-body HTML, the headings (for the 目录) and the markdown itself."""
    before, after = NOTES[post["id"]]
    paras = parts_of(post)
    heads = ["写在前面", "讲话全文" if post["part"] != 1 else "讲话全文（续）", "写在最后"]
    out = [THEME_STYLE]
    md = []
    if post is PART2:
        link = f'<p>上篇：<a href="https://{HOST}/post/{PART1["id"]}" title="https://{HOST}/post/{PART1["id"]}">{esc(PART1["title"])}</a></p>'
        out.append(f"<blockquote>\n{link}\n</blockquote>\n")
        md.append(f"> 上篇：[{PART1['title']}](https://{HOST}/post/{PART1['id']})\n")
    out.append(f'<h2 data-id="heading-0">{heads[0]}</h2>\n<p>{esc(before)}</p>\n')
    md.append(f"## {heads[0]}\n{before}\n")
    out.append(f'<h2 data-id="heading-1">{heads[1]}</h2>\n')
    md.append(f"## {heads[1]}\n")
    for p in paras:
        out.append(f"<p>{esc(p)}</p>\n")
        md.append(p + "\n")
    out.append("<hr>\n")
    md.append("---\n")
    out.append(f'<h2 data-id="heading-2">{heads[2]}</h2>\n<p>{esc(after)}</p>\n')
    md.append(f"## {heads[2]}\n{after}\n")
    if post is PART1:
        out.append(
            f'<p>下篇：<a href="https://{HOST}/post/{PART2["id"]}" title="https://{HOST}/post/{PART2["id"]}">{esc(PART2["title"])}</a></p>\n'
        )
        md.append(f"下篇：[{PART2['title']}](https://{HOST}/post/{PART2['id']})\n")
    return "".join(out), heads, "\n".join(md)


def catalog(heads) -> str:
    items = "".join(
        f'<li class="item d1"><div class="a-container"><a href="#heading-{i}" title="{h}" class="catalog-aTag">{h}</a></div><!----></li>'
        for i, h in enumerate(heads)
    )
    return f'<div class="sticky-block-box" data-v-58e3b2a4><nav class="article-catalog" data-v-58e3b2a4><div class="catalog-title">目录</div><div class="catalog-body"><ul class="catalog-list" style="margin-top:0px;">{items}</ul></div></nav></div>'


def panel(post) -> str:
    return (
        f'<div data-v-1a4e3b9c class="article-suspended-panel dynamic-data-ready" style="margin-left:-7rem;">'
        f'<div data-v-1a4e3b9c badge="{post["likes"]}" class="with-badge panel-btn like-btn"><svg data-v-1a4e3b9c width="20" height="20" viewBox="0 0 20 20" class="icon"></svg><span class="panel-btn-text">点赞</span></div>'
        f'<div data-v-1a4e3b9c badge="{post["comments"]}" class="with-badge panel-btn comment-btn"><svg data-v-1a4e3b9c width="20" height="20" viewBox="0 0 20 20" class="icon"></svg><span class="panel-btn-text">评论</span></div>'
        f'<div data-v-1a4e3b9c badge="{post["collects"]}" class="with-badge panel-btn collect-btn"><svg data-v-1a4e3b9c width="20" height="20" viewBox="0 0 20 20" class="icon"></svg><span class="panel-btn-text">收藏</span></div>'
        f'<div data-v-1a4e3b9c class="panel-btn share-btn share-btn"><svg data-v-1a4e3b9c width="20" height="20" viewBox="0 0 20 20" class="icon"></svg><span class="panel-btn-text">分享</span><div class="share-popup"><div class="share-item"><i class="icon weibo-icon"></i><span class="share-title">新浪微博</span></div><div class="share-item"><i class="icon wechat-icon"></i><span class="share-title">微信扫码分享</span></div></div></div>'
        f'<div data-v-1a4e3b9c class="panel-btn report-btn"><span class="panel-btn-text">举报</span></div></div>'
    )


def author_sidebar() -> str:
    return (
        f'<div data-v-6e5d7a3b class="sidebar-block author-block author-block pure"><a data-v-6e5d7a3b href="/user/{UID}" target="_blank" rel="" class="user-item item"><img src="https://p3-passport.byteacctimg.com/img/user-avatar/a1f3c9e2d8b74c5e.png~100x100.awebp" alt="{NAME}的头像" class="lazy avatar avatar" loading="lazy"><div class="info-box"><span class="username"><span class="name" style="max-width:128px;">{NAME}</span><span class="rank"><img src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/lv-4.png" alt="lv-4" title="创作等级LV.4"></span></span><div class="position" title="某电商公司 技术VP">某电商公司 技术VP</div></div></a><div data-v-6e5d7a3b class="count-container"><a href="/user/{UID}/posts" class="count-item"><div class="count">46</div><div class="count-text">文章</div></a><a href="/user/{UID}/posts" class="count-item"><div class="count">21k</div><div class="count-text">阅读</div></a><a href="/user/{UID}/followers" class="count-item"><div class="count">832</div><div class="count-text">粉丝</div></a></div><div data-v-6e5d7a3b class="operate-btn"><button class="follow-button">关注</button><button class="message-button">私信</button></div></div>'
    )


RELATED_SIDE = [
    ("7319016827354529819", "技术团队从50人到300人，我踩过的管理坑"),
    ("7311234598712430612", "一次P0事故复盘：支付回调为什么会丢"),
    ("7290456123788810258", "研发效能度量，别只盯着代码行数"),
    ("7281133007458091043", "我们是怎么把单体订单系统拆掉的"),
]


def related_sidebar() -> str:
    items = "".join(
        f'<div class="item"><a href="/post/{pid}" target="_blank" title="{t}" class="entry-title">{t}</a><div class="entry-meta-box"><div class="entry-meta">{n} 阅读 · {c} 点赞</div></div></div>'
        for (pid, t), n, c in zip(RELATED_SIDE, ["1.2k", "3.4k", "862", "5.0k"], [23, 58, 11, 97])
    )
    return f'<div data-v-4c0d2f1e class="sidebar-block related-entry-sidebar-block shadow"><div class="block-title">相关文章</div><div class="entry-list">{items}</div></div>'


FEED = [
    ("7320345612098765211", "2023年终总结：一个前端的裁员、求职与新生活", "路边的前端", "前端", "12k", 231),
    ("7318812340987162648", "万字长文：从0到1搭建企业级监控告警体系", "云原生小李", "后端", "8.7k", 186),
    ("7322006543218774052", "大模型编程助手落地半年，我们得出了这些结论", "AI工程化", "人工智能", "6.1k", 142),
]


def recommended() -> str:
    items = "".join(
        f'<li data-v-3b2e8f6a class="item"><div class="entry" style="margin-bottom:0px;"><div class="content-wrapper"><div class="content-main"><div class="title-row"><a href="/post/{pid}" target="_blank" rel="" title="{t}" class="jj-link title">{t}</a></div><div class="entry-footer"><ul class="action-list jh-timeline-action-area"><li class="item user-message"><a href="/user/0" target="_blank" class="jj-link"><span class="name">{a}</span></a></li><li class="item view"><span>{v}</span></li><li class="item like"><span>{l}</span></li></ul><div class="entry-footer-tags"><a class="footer-tag" href="/tag/{tag}">{tag}</a></div></div></div></div></div></li>'
        for pid, t, a, tag, v, l in FEED
    )
    return f'<div data-v-3b2e8f6a class="recommended-area"><div class="recommended-title">相关推荐</div><div class="recommended-entry-list"><ul class="entry-list">{items}</ul></div></div>'


COMMENTS = {
    PART1["id"]: [("摸鱼的阿杰", "百分之二十排期做稳定性治理，这个真的需要老板拍板才行，羡慕了", "1月15日"), ("Zz_后端", "坐等下篇", "1月15日")],
    PART2["id"]: [("灰度发布工程师", "“少即是多”这段说到心坎里了，我们组维护了四十多个服务，一半没人敢动", "1月16日"), ("前端小白菜", "新人关掉AI工具练基本功，这个建议好", "1月17日")],
    SOLO["id"]: [("开源搬砖人", "维护者支持计划能不能申请？我们项目就两个人在维护", "11月19日"), ("KevinW", "去现场了，第一次提交工作坊体验很好", "11月20日")],
}


def comment_box(post) -> str:
    items = "".join(
        f'<div class="comment-list-item" data-v-7b6e1a2c><div class="comment"><a href="/user/0" target="_blank" class="user-avatar"><img src="https://p26-passport.byteacctimg.com/img/mosaic-legacy/3795/3033762272~50x50.awebp" class="lazy avatar" loading="lazy"></a><div class="content-box"><div class="meta-box"><div class="user-box"><a href="/user/0" target="_blank" class="name"><span class="name" style="max-width:200px;">{u}</span></a></div></div><div class="content"><div class="content-wrapper"><span>{c}</span></div></div><div class="reply-stat"><time class="time">{d}</time><div class="action-box"><div class="item"><span>点赞</span></div><div class="item"><span>回复</span></div></div></div></div></div></div>'
        for u, c, d in COMMENTS[post["id"]]
    )
    return (
        f'<div id="comment-box" class="comment-box" data-v-7b6e1a2c><div class="container comment-form-container"><div class="title">评论 {post["comments"]}</div><div class="comment-form"><div class="avatar-box"><img src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/default-avatar.png" class="avatar"></div><div class="form-box"><div class="input-box"><div class="rich-input empty">平等表达，友善交流</div></div><div class="login-tip">登录 / 注册 即可发布评论！</div></div></div></div>'
        f'<div class="comment-list-wrapper"><div class="comment-list-header"><div class="title">最热</div><div class="title">最新</div></div><div class="comment-list">{items}</div><div class="fetch-more-comment"><span>查看全部 {post["comments"]} 条评论</span></div></div></div>'
    )


def column_box(post) -> str:
    if post["part"] is None:
        return ""
    prev_ = "" if post is PART1 else f'<a href="/post/{PART1["id"]}" class="column-article prev"><span class="label">上一篇</span><span class="title">{PART1["title"]}</span></a>'
    next_ = "" if post is PART2 else f'<a href="/post/{PART2["id"]}" class="column-article next"><span class="label">下一篇</span><span class="title">{PART2["title"]}</span></a>'
    return f'<div class="column-container" data-v-2e4f8a1d><div class="column-header"><div class="column-label">专栏</div><a href="/column/{COLUMN}" target="_blank" class="column-title">技术管理碎碎念</a><div class="column-count">11 篇文章</div><button class="subscribe-btn">订阅</button></div><div class="column-prev-next">{prev_}{next_}</div></div>'


def post_page(post) -> str:
    body, heads, md = body_html(post)
    title = post["title"]
    desc = parts_of(post)[0][:100]
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": title,
        "keywords": ",".join(post["tags"]),
        "author": {"@type": "Person", "name": NAME, "url": f"https://{HOST}/user/{UID}"},
        "datePublished": post["iso"],
        "dateModified": post["iso"],
        "publisher": {"@type": "Organization", "name": "稀土掘金", "logo": {"@type": "ImageObject", "url": "https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/logo.png"}},
    }
    extra = (
        f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(title)}">'
        f'<meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{esc(desc)}">'
        f'<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="https://{HOST}/post/{post["id"]}">'
        f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">'
        f'<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{post["iso"]}">'
    )
    nuxt = {
        "layout": "default",
        "data": [{}],
        "fetch": {},
        "error": None,
        "state": {
            "view": {
                "column": {
                    "entry": {
                        "article_id": post["id"],
                        "article_info": {
                            "article_id": post["id"],
                            "user_id": UID,
                            "title": title,
                            "brief_content": desc,
                            "mark_content": md,
                            "ctime": str(post["ts"]),
                            "mtime": str(post["ts"]),
                            "view_count": int(post["views"].replace(",", "")),
                            "digg_count": post["likes"],
                            "comment_count": post["comments"],
                            "collect_count": post["collects"],
                        },
                        "author_user_info": {"user_id": UID, "user_name": NAME, "job_title": "技术VP", "company": "某电商公司"},
                        "tags": [{"tag_name": t} for t in post["tags"]],
                    }
                }
            }
        },
        "serverRendered": True,
        "routePath": f"/post/{post['id']}",
    }
    nuxt_js = json.dumps(nuxt, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F").replace("<", "\\u003C")
    tags = "".join(f'<a href="/tag/{t}" target="_blank" rel="" class="item"><div class="tag-title">{t}</div></a>' for t in post["tags"])
    out = render(
        HEAD,
        TITLE=esc(title),
        DESC=esc(desc),
        KEYWORDS=esc(",".join(post["tags"])),
        EXTRA_META=extra,
        CANONICAL=f"https://{HOST}/post/{post['id']}",
        LDJSON=f'<script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        HOME_ACTIVE="",
    )
    out += (
        f'<main data-v-7c8c5cfc class="container main-container"><div data-v-39e3a2f0 class="view column-view">{panel(post)}'
        f'<div data-v-39e3a2f0 class="main-area article-area"><article data-v-39e3a2f0 itemscope="itemscope" itemtype="http://schema.org/Article" class="article" data-entry-id="{post["id"]}" data-draft-id="" data-original="true">'
        f'<meta itemprop="headline" content="{esc(title)}"><meta itemprop="keywords" content="{esc(",".join(post["tags"]))}"><meta itemprop="datePublished" content="{post["iso"]}"><meta itemprop="image" content="https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/logo.png">'
        f'<div itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta itemprop="name" content="{NAME}"><meta itemprop="url" content="https://{HOST}/user/{UID}"></div>'
        f'<div itemprop="publisher" itemscope="itemscope" itemtype="http://schema.org/Organization"><meta itemprop="name" content="稀土掘金"><div itemprop="logo" itemscope="itemscope" itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/logo.png"></div></div>'
        f'<h1 data-v-39e3a2f0 class="article-title">\n      {esc(title)}\n      <!----></h1>'
        f'<div data-v-39e3a2f0 class="author-info-block"><div class="author-info-box"><div class="author-name"><a href="/user/{UID}" target="_blank" class="jj-link username username ellipsis"><span class="name" style="max-width:128px;">{NAME}</span><!----><!----></a><!----></div>'
        f'<div class="meta-box"><time datetime="{post["iso"]}" title="{post["shown"]}" class="time">\n            {post["shown"]}\n          </time><span class="views-count"><svg width="16" height="16" viewBox="0 0 16 16" class="read-icon"></svg>\n            {post["views"]}\n          </span><span class="read-time"><svg width="16" height="16" viewBox="0 0 16 16" class="read-icon"></svg>阅读{post["read"]}分钟</span><!----></div></div>'
        f'<button class="follow-button">关注</button></div>'
        f'<!----><div data-v-39e3a2f0 id="article-root" itemprop="articleBody" class="main"><div class="article-viewer markdown-body result">{body}</div></div>'
        f'<div data-v-39e3a2f0 class="article-end"><div class="tag-list-box"><div class="tag-list"><div class="tag-list-title">标签：</div>{tags}</div></div>{column_box(post)}'
        f'<div class="extension-banner"><a href="/extension?utm_source=article_end" target="_blank">安装掘金浏览器插件，多内容聚合浏览，打造你的专属工作台</a></div></div>'
        f"</article>{comment_box(post)}{recommended()}</div>"
        f'<div data-v-39e3a2f0 class="sidebar">{author_sidebar()}<div class="sidebar-block wrapper-banner"><a href="/app?utm_source=article_sidebar"><img src="//lf-web-assets.juejin-like.test/obj/juejin-web/xitu_juejin_web/img/app-download.png" alt="稀土掘金 APP"><div class="app-text">稀土掘金 APP　一个帮助开发者成长的社区</div></a></div>{related_sidebar()}{catalog(heads)}{FOOTER_BLOCK}</div>'
        f"</div></main></div>"
    )
    out += render(FOOT, NUXT=nuxt_js)
    return out


def entry_item(post, author=True) -> str:
    brief = esc(parts_of(post)[0][:80])
    tags = "".join(f'<a class="footer-tag" href="/tag/{t}">{t}</a>' for t in post["tags"])
    who = f'<li class="item user-message"><a href="/user/{UID}" target="_blank" class="jj-link user-popover-box"><span class="name">{NAME}</span></a></li>' if author else ""
    return (
        f'<li data-v-6d3b0e8a class="item" data-growing-title="entryList"><div class="entry" style="margin-bottom:0px;"><div class="content-wrapper"><div class="content-main"><div class="title-row"><a href="/post/{post["id"]}" target="_blank" rel="" title="{esc(post["title"])}" class="jj-link title">{esc(post["title"])}</a></div>'
        f'<div class="abstract"><a href="/post/{post["id"]}" target="_blank" rel=""><div class="jj-link">{brief}</div></a></div>'
        f'<div class="entry-footer"><ul class="action-list jh-timeline-action-area">{who}<li class="item view"><svg width="16" height="16" viewBox="0 0 16 16"></svg><span>{post["views"]}</span></li><li class="item like"><svg width="16" height="16" viewBox="0 0 16 16"></svg><span>{post["likes"]}</span></li></ul><div class="entry-footer-tags">{tags}</div></div></div></div></div></li>'
    )


def home_page() -> str:
    out = render(HEAD, TITLE="稀土掘金", DESC="掘金是面向全球中文开发者的技术内容分享与交流平台。我们通过技术文章、沸点、课程、直播等产品和服务，打造一个激发开发者创作灵感，激励开发者沉淀分享，陪伴开发者成长的综合类技术社区。", KEYWORDS="掘金,稀土,Vue.js,前端面试题,Kotlin,ReactNative,Python", EXTRA_META="", CANONICAL=f"https://{HOST}/", LDJSON="", HOME_ACTIVE=" route-active")
    others = "".join(
        f'<li data-v-6d3b0e8a class="item"><div class="entry"><div class="content-wrapper"><div class="content-main"><div class="title-row"><a href="/post/{pid}" target="_blank" rel="" title="{t}" class="jj-link title">{t}</a></div><div class="entry-footer"><ul class="action-list jh-timeline-action-area"><li class="item user-message"><a href="/user/0" class="jj-link"><span class="name">{a}</span></a></li><li class="item view"><span>{v}</span></li><li class="item like"><span>{l}</span></li></ul></div></div></div></div></li>'
        for pid, t, a, tag, v, l in FEED
    )
    items = entry_item(SOLO) + others + entry_item(PART1)
    nav = '<div class="view-nav"><nav class="welcome__tab"><a href="/" class="nav-item route-active">综合</a><a href="/following" class="nav-item">关注</a><a href="/backend" class="nav-item">后端</a><a href="/frontend" class="nav-item">前端</a><a href="/android" class="nav-item">Android</a><a href="/ios" class="nav-item">iOS</a><a href="/ai" class="nav-item">人工智能</a><a href="/freebie" class="nav-item">开发工具</a><a href="/career" class="nav-item">代码人生</a><a href="/article" class="nav-item">阅读</a></nav></div>'
    out += (
        f'<main data-v-7c8c5cfc class="container main-container with-view-nav">{nav}<div class="view timeline-index-view"><div class="timeline-container"><div class="timeline-entry-list"><header class="list-header"><nav class="list-nav"><ul class="nav-list left"><li class="nav-item active"><a href="/?sort=recommend">推荐</a></li><li class="nav-item"><a href="/?sort=newest">最新</a></li></ul></nav></header>'
        f'<div class="entry-list-wrap"><ul class="entry-list">{items}</ul><!----></div></div>'
        f'<aside class="index-aside aside"><div class="signin-tip"><div class="first-line">下午好！</div><div class="second-line">点亮在社区的每一天</div><button class="signin-btn">去签到</button></div><div class="sidebar-block app-download-sidebar-block"><a href="/app" target="_blank">下载稀土掘金APP</a></div>{FOOTER_BLOCK}</aside></div></div></main></div>'
    )
    out += render(FOOT, NUXT=json.dumps({"layout": "default", "data": [{}], "state": {}, "serverRendered": True, "routePath": "/"}, separators=(",", ":")).replace("/", "\\u002F"))
    return out


def user_page() -> str:
    out = render(HEAD, TITLE=f"{NAME} 的个人主页 - 文章", DESC=f"{NAME}在稀土掘金的个人主页，分享了46篇技术文章", KEYWORDS="掘金,稀土", EXTRA_META="", CANONICAL=f"https://{HOST}/user/{UID}/posts", LDJSON="", HOME_ACTIVE="")
    items = "".join(entry_item(p, author=False) for p in (PART2, PART1, SOLO))
    out += (
        f'<main data-v-7c8c5cfc class="container main-container"><div class="view user-view"><div class="major-area"><div class="user-info-block block shadow"><img src="https://p3-passport.byteacctimg.com/img/user-avatar/a1f3c9e2d8b74c5e.png~100x100.awebp" alt="{NAME}的头像" class="avatar"><div class="info-box info-box"><div class="top"><h1 class="username">{NAME}</h1></div><div class="position"><span class="content">技术VP @ 某电商公司</span></div><div class="intro"><span class="content">十五年后端老兵，写点技术管理的心得</span></div></div><div class="action-box"><button class="follow-button">关注</button><button class="message-button">私信</button></div></div>'
        f'<div class="list-block"><div class="detail-list"><div class="list-header"><div class="header-content"><a href="/user/{UID}" class="nav-item"><div class="item-title">动态</div></a><a href="/user/{UID}/posts" class="nav-item active"><div class="item-title">文章</div><div class="item-count">46</div></a><a href="/user/{UID}/columns" class="nav-item"><div class="item-title">专栏</div></a><a href="/user/{UID}/pins" class="nav-item"><div class="item-title">沸点</div></a><a href="/user/{UID}/collections" class="nav-item"><div class="item-title">收藏集</div></a></div></div>'
        f'<div class="list-body"><div class="entry-list-wrap"><ul class="entry-list">{items}</ul></div></div></div></div></div>'
        f'<div class="minor-area"><div class="follow-block block shadow"><a href="/user/{UID}/following" class="follow-item"><div class="item-title">关注了</div><div class="item-count">75</div></a><a href="/user/{UID}/followers" class="follow-item"><div class="item-title">关注者</div><div class="item-count">832</div></a></div>{FOOTER_BLOCK}</div></div></main></div>'
    )
    out += render(FOOT, NUXT=json.dumps({"layout": "default", "data": [{}], "state": {}, "serverRendered": True, "routePath": f"/user/{UID}/posts"}, separators=(",", ":")).replace("/", "\\u002F"))
    return out


def build() -> Family:
    fam = Family(
        HOST,
        "稀土掘金 (juejin.cn)-like Nuxt 2 SSR post pages (/post/N): markdown-body with theme <style>, suspended 点赞/评论/收藏 panel, author card, 目录, comments, 相关推荐; a speech posted as （上）/（下）",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        home="/",
    )
    fam.put("/", home_page())
    fam.put(f"/user/{UID}/posts", user_page())
    fam.not_documents += [f"/user/{UID}/posts", f"/post/{PART2['id']}"]
    for post in POSTS:
        fam.put(f"/post/{post['id']}", post_page(post))
    fam.doc([f"/post/{PART1['id']}", f"/post/{PART2['id']}"], SPEECHES["R32B1"], published_at="2024-01-15")
    fam.doc([f"/post/{SOLO['id']}"], SPEECHES["R32B2"], published_at="2023-11-19")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /subscribe/subscribed\nDisallow: /user/settings\nDisallow: /editor\n")
    fam.noise += [
        "上周五在公司技术年会上做了一个年终讲话",
        "（未完，下篇接着讲明年的三件事）",
        "接上篇。上篇讲了去年的数字和踩过的坑",
        "讲稿基本按现场录音整理",
        "作为社区的志愿者，今年有幸帮忙整理大会的开幕致辞",
        "大会所有议题的回放会陆续上传",
        "写在前面",
        "写在最后",
        "登录 / 注册 即可发布评论！",
        "平等表达，友善交流",
        "相关推荐",
        "相关文章",
        "京ICP备18012699号-3",
        "安装掘金浏览器插件",
        "技术管理碎碎念",
        "坐等下篇",
        "登录后可查看更多精彩内容，与作者交流",
        NAME,
    ]
    fam.note = (
        "Juejin has no page splitter: the year-end speech is posted as two posts （上） / （下）, linked by the author's 下篇 / 上篇 lines "
        "and the column box's 上一篇 / 下一篇; both posts are the document's pages, the （下） post is not a separate speech. "
        "The expected text leaves out the author's 写在前面 / 写在最后 notes and their headings (and 讲话全文 headings). Links to /user/…, /tag/…, "
        "/column/…, /pins, other /post/… ids (相关推荐, 相关文章, feed items) are not served (404)."
    )
    return fam
