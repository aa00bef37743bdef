"""即刻 (okjike.com) web pages as a guest gets them: m.okjike.com-style Next.js SSR user and post pages."""

import html
import json

from common import SPEECHES, Family, render

HOST = "m.jike-like.test"
UID = "7A3C2E91-5B4D-4F1A-8E62-0C9D3B7F1A24"
P1 = "6620b3f1c9e27a0012d4a8b5"
P2 = "65a8d40e7f1b3c0019e6f2a7"
P3 = "6631c5a2e8f04b001a7d9c33"
TOPIC = "5b0f7c3d2a1e4f0017a6b9c8"

HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"/><title>@@TITLE@@</title><meta name="description" content="@@DESC@@"/><meta property="og:title" content="@@TITLE@@"/><meta property="og:site_name" content="即刻"/><meta property="og:image" content="https://cdn.jellow.site/FjX3kq2o.png"/><link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/3b1f0a9e7c2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3b1f0a9e7c2d.css" data-n-g=""/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="jsx-2146238415 app-container">
<div class="jsx-1817391430 download-banner"><img src="https://cdn.jellow.site/logo-jike.png" alt="即刻" class="jsx-1817391430 logo"/><div class="jsx-1817391430 slogan"><div class="jsx-1817391430 name">即刻</div><div class="jsx-1817391430 desc">一起来玩，发现更多有趣的人</div></div><a class="jsx-1817391430 download-btn" href="https://www.okjike.com/download">打开 App</a></div>
"""

FOOT = """<div class="jsx-3591734521 footer-tip">— 在即刻 App 中查看更多内容 —</div>
<div class="jsx-3591734521 footer"><a href="https://www.okjike.com/">即刻官网</a> · <a href="https://www.okjike.com/privacy">隐私政策</a> · <span>京ICP备15008282号-7</span></div>
</div></div><script id="__NEXT_DATA__" type="application/json">@@DATA@@</script><script src="/_next/static/chunks/webpack-9c1e0d2b.js" defer=""></script><script src="/_next/static/chunks/framework-4d2a7c.js" defer=""></script><script src="/_next/static/chunks/pages/@@PAGE@@-8e1f3b.js" defer=""></script></body></html>
"""


def esc(s):
    return html.escape(s, quote=False)


def page(title, desc, body, data, pagename):
    return render(HEAD, TITLE=esc(title), DESC=esc(desc)) + body + render(
        FOOT, DATA=json.dumps(data, ensure_ascii=False).replace("</", "<\\/"), PAGE=pagename)


def user_box():
    return f"""<div class="jsx-2960187645 user-header"><img class="jsx-2960187645 avatar" src="https://cdn.jellow.site/Fq8avatar7a3c.jpg?imageMogr2/thumbnail/120x120" alt="桂花里小周"/><div class="jsx-2960187645 info"><div class="jsx-2960187645 screen-name">桂花里小周</div><div class="jsx-2960187645 bio">社区工作者 / 写写会议稿，也写写生活 / 不定期分享基层稿子</div><div class="jsx-2960187645 stats"><span>关注 <b>213</b></span><span>被关注 <b>1,864</b></span><span>获赞 <b>9,402</b></span></div></div><a class="jsx-2960187645 follow-btn" href="https://www.okjike.com/download">关注</a></div>"""


COMMENTS = {
    P1: [("晚风吹过桂花里", "04-16", "小周写得真好，王阿姨那句话看哭了", 56), ("阿蒙Amon", "04-16", "我们小区也在搞长者食堂，求交流经验！", 23), ("不吃香菜的猫", "04-17", "八十岁补贴五元这个很实在。", 11)],
    P2: [("山里的老吴", "01-19", "这个表态接地气，收藏了，下周我们村也要开会。", 38), ("一只鹅", "01-19", "把账摆到明处这段说得好", 17)],
}


def post_page(pid, speech, intro, outro, when, likes, topic_name):
    lines = [intro, "", f"《{speech.title}》", ""] + [p for para in speech.paras for p in (para, "")] + [outro]
    content = "\n".join(lines)
    text_html = "<br/>".join(esc(l) for l in lines)
    comments = "".join(
        f"""<div class="jsx-4102367218 comment-item"><img class="jsx-4102367218 avatar" src="https://cdn.jellow.site/c{n}.jpg" alt=""/><div class="jsx-4102367218 right"><div class="jsx-4102367218 name">{esc(name)}</div><div class="jsx-4102367218 content">{esc(body)}</div><div class="jsx-4102367218 meta"><span>{d}</span><span class="jsx-4102367218 like">{lk}</span></div></div></div>"""
        for n, (name, d, body, lk) in enumerate(COMMENTS[pid]))
    body = f"""<div class="jsx-3011574963 post-detail">
<a class="jsx-3011574963 user-line" href="/users/{UID}"><img class="jsx-3011574963 avatar" src="https://cdn.jellow.site/Fq8avatar7a3c.jpg?imageMogr2/thumbnail/80x80" alt="桂花里小周"/><div class="jsx-3011574963 user-meta"><div class="jsx-3011574963 screen-name">桂花里小周</div><div class="jsx-3011574963 time">{when}</div></div></a>
<div class="jsx-3011574963 content"><div class="jsx-3011574963 text">{text_html}</div></div>
<a class="jsx-3011574963 topic-tag" href="/topics/{TOPIC}"><img src="https://cdn.jellow.site/topic-{TOPIC}.png" alt=""/><span>{esc(topic_name)}</span></a>
<div class="jsx-3011574963 actions"><span class="jsx-3011574963 like-count">{likes}</span><span class="jsx-3011574963 comment-count">{len(COMMENTS[pid])}</span><span class="jsx-3011574963 share">分享</span></div>
</div>
<div class="jsx-4102367218 comment-list"><div class="jsx-4102367218 title">热门评论</div>{comments}<a class="jsx-4102367218 more" href="https://www.okjike.com/download">打开即刻 App 查看全部评论</a></div>
"""
    data = {"props": {"pageProps": {"post": {"id": pid, "type": "ORIGINAL_POST", "content": content, "createdAt": speech.date + "T10:26:13.412Z", "likeCount": likes, "commentCount": len(COMMENTS[pid]), "topic": {"id": TOPIC, "content": topic_name}, "user": {"id": UID, "screenName": "桂花里小周"}}}, "__N_SSP": True}, "page": "/originalPosts/[id]", "query": {"id": pid}, "buildId": "kF3wZ1x9aQ2bT7", "isFallback": False, "gssp": True, "scriptLoader": []}
    title = f"桂花里小周: {intro[:40]}... - 即刻App"
    return page(title, intro, body, data, "originalPosts/[id]")


def build() -> Family:
    fam = Family(HOST, "即刻 (okjike.com) web post and user pages as a guest gets them (Next.js SSR)", extensionless_html=True)
    s1, s2 = SPEECHES["f52c-1"], SPEECHES["f52c-5"]
    topic_name = "基层工作者的日常"
    intro1 = "今天邻里食堂终于开张了！不少街坊要我的致辞稿，发上来存个档👇"
    outro1 = "（开张第一天中午来了一百三十多位老人，红烧肉不到十二点就打光了😂 #邻里食堂）"
    intro2 = "帮后沟村新当选的周主任改了一版表态发言，他说可以公开，分享给同样在基层的朋友参考："
    outro2 = "（已征得本人同意发布，转载请注明来自即刻@桂花里小周）"
    fam.put(f"/originalPosts/{P1}", post_page(P1, s1, intro1, outro1, "2024/04/16", 428, topic_name))
    fam.put(f"/originalPosts/{P2}", post_page(P2, s2, intro2, outro2, "2021/01/19", 216, topic_name))
    fam.doc([f"/originalPosts/{P1}"], s1)
    fam.doc([f"/originalPosts/{P2}"], s2, published_at="2021-01-19")
    short = ("周末给食堂的志愿者们开了个小会，排班表终于排明白了。写材料写到头秃的朋友们，周末愉快！", "2024/04/20", 87)
    fam.put(f"/originalPosts/{P3}", page("桂花里小周: 周末给食堂的志愿者们开了个小会... - 即刻App", short[0], f"""<div class="jsx-3011574963 post-detail"><a class="jsx-3011574963 user-line" href="/users/{UID}"><div class="jsx-3011574963 screen-name">桂花里小周</div><div class="jsx-3011574963 time">{short[1]}</div></a><div class="jsx-3011574963 content"><div class="jsx-3011574963 text">{short[0]}</div></div><div class="jsx-3011574963 actions"><span class="jsx-3011574963 like-count">{short[2]}</span><span class="jsx-3011574963 comment-count">0</span></div></div>""", {"props": {"pageProps": {"post": {"id": P3, "content": short[0]}}}, "page": "/originalPosts/[id]", "query": {"id": P3}, "buildId": "kF3wZ1x9aQ2bT7"}, "originalPosts/[id]"))

    def card(pid, text, when, likes, comments):
        return f"""<a class="jsx-1290337845 post-card" href="/originalPosts/{pid}"><div class="jsx-1290337845 time">{when}</div><div class="jsx-1290337845 text line-clamp-5">{esc(text)}</div><div class="jsx-1290337845 actions"><span class="jsx-1290337845 like-count">{likes}</span><span class="jsx-1290337845 comment-count">{comments}</span></div></a>"""

    cards = card(P3, short[0], short[1], short[2], 0) + card(P1, intro1 + " 《" + s1.title + "》 " + s1.paras[0] + s1.paras[1][:60], "2024/04/16", 428, 3) + card(P2, intro2 + " 《" + s2.title + "》 " + s2.paras[0], "2021/01/19", 216, 2)
    user_data = {"props": {"pageProps": {"user": {"id": UID, "screenName": "桂花里小周", "bio": "社区工作者 / 写写会议稿，也写写生活 / 不定期分享基层稿子"}, "posts": [{"id": P3}, {"id": P1}, {"id": P2}]}}, "page": "/users/[id]", "query": {"id": UID}, "buildId": "kF3wZ1x9aQ2bT7"}
    fam.put(f"/users/{UID}", page("桂花里小周的即刻主页 - 即刻App", "社区工作者 / 写写会议稿，也写写生活", user_box() + f'<div class="jsx-1290337845 tab-bar"><span class="active">动态</span></div><div class="jsx-1290337845 post-list">{cards}</div>', user_data, "users/[id]"))
    topic_cards = card(P1, intro1 + " 《" + s1.title + "》 " + s1.paras[0] + s1.paras[1], "2024/04/16", 428, 3) + card(P2, intro2 + " 《" + s2.title + "》 " + s2.paras[0] + s2.paras[1], "2021/01/19", 216, 2)
    fam.put(f"/topics/{TOPIC}", page(f"{topic_name} - 即刻圈子", "在基层，记录每一个平凡的日子", f"""<div class="jsx-611203 topic-header"><img src="https://cdn.jellow.site/topic-{TOPIC}.png" alt=""/><div class="jsx-611203 name">{topic_name}</div><div class="jsx-611203 brief">在基层，记录每一个平凡的日子 · 2.3万人加入</div><a class="jsx-611203 join" href="https://www.okjike.com/download">加入圈子</a></div><div class="jsx-1290337845 tab-bar"><span class="active">精选</span><span>最新</span></div><div class="jsx-1290337845 post-list">{topic_cards}</div>""", {"props": {"pageProps": {"topic": {"id": TOPIC, "content": topic_name}}}, "page": "/topics/[id]", "query": {"id": TOPIC}, "buildId": "kF3wZ1x9aQ2bT7"}, "topics/[id]"))
    fam.home = f"/users/{UID}"
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += [f"/users/{UID}", f"/topics/{TOPIC}", f"/originalPosts/{P3}"]
    fam.noise += ["发上来存个档", "红烧肉不到十二点就打光了", "转载请注明来自即刻", "热门评论", "打开 App", "京ICP备15008282号-7", "王阿姨那句话看哭了", "加入圈子"]
    return fam
