"""开源中国 (my.oschina.net) blog-like host carrying a company CTO's speeches: extensionless posts
`/u/5213087/blog/NNNNNNNN` beside the folder page `/u/5213087/blog` (folder_pages); the annual
technology-conference speech is split over two posts `…（一）` / `…（二）` (one document, two pages,
linked by the `（未完待续）下篇：…（二）` line at the end of the first and `接上篇` at the top of the
second); `article-box` with 原创 label, `© 著作权归作者所有`, 阅读数 / 点赞 / 收藏 meta, an
编者按 blockquote inside `markdown-body`, tags, the OSC源创计划 版权声明 box right after the text,
上一篇/下一篇, 推荐阅读, author card in the side column. Home is the 推荐博客 channel."""

import json

from common import FAMILIES, SPEECHES, Family, render, split_paras

HOST = "my.kaiyuan-like.test"
UID = 5213087
AUTHOR = "云岫科技技术团队"

S1 = SPEECHES["R23OS1"]
S2 = SPEECHES["R23OS2"]
P1, P2 = split_paras(S1.paras, 2)
POSTS = [
    # id, title, date time, reads, likes, paragraphs, editor note, speech
    (11058392, f"{S1.title}（一）", "2024-12-23 10:12", "1.2K", 18, P1, "编者按：12月20日，公司2024年度技术大会在杭州举行，CTO 林宇航作了题为《稳住底座 提升效率 培养人才》的讲话。全文较长，分两篇刊发，本篇为上半部分。", S1),
    (11058417, f"{S1.title}（二）", "2024-12-23 10:15", "863", 11, P2, None, S1),
    (10302216, S2.title, "2024-09-16 09:30", "2.4K", 35, S2.paras, "编者按：9月14日，第三届开发者开放日在公司园区举行，以下为 CTO 林宇航开幕致辞全文，略有删节。", S2),
]


def url(pid):
    return f"/u/{UID}/blog/{pid}"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name="csrf-token" content="4c2d9f1e7b0a8e53c6d1b2a4f9e07c35">
<link rel="shortcut icon" href="https://static.kaiyuan-like.test/img/favicon.ico">
<link rel="stylesheet" href="https://static.kaiyuan-like.test/css/semantic.min.css?t=1702544133000">
<link rel="stylesheet" href="https://static.kaiyuan-like.test/css/oschina-blog.min.css?t=1702544133000">
<script src="https://static.kaiyuan-like.test/js/jquery.min.js"></script>
</head>
<body class="@@BODYCLASS@@">
<div class="ui fixed menu" id="headerNavMenu">
  <div class="ui container">
    <a class="item logo" href="https://www.kaiyuan-like.test/" title="开源中国"><img src="https://static.kaiyuan-like.test/img/logo.svg" alt="开源中国"></a>
    <a class="item" href="https://www.kaiyuan-like.test/news">资讯</a>
    <a class="item" href="https://www.kaiyuan-like.test/project">软件</a>
    <a class="item active" href="/">博客</a>
    <a class="item" href="https://www.kaiyuan-like.test/question">问答</a>
    <div class="right menu"><a class="item" href="https://www.kaiyuan-like.test/home/login" rel="nofollow">登录</a><a class="item" href="https://www.kaiyuan-like.test/home/reg" rel="nofollow">注册</a></div>
  </div>
</div>
"""

FOOT = """<div class="ui basic vertical footer segment" id="footer">
  <div class="ui container">
    <div class="ui horizontal list"><a class="item" href="https://www.kaiyuan-like.test/home/aboutosc" rel="nofollow">关于我们</a><a class="item" href="https://www.kaiyuan-like.test/home/contact" rel="nofollow">联系我们</a><a class="item" href="https://www.kaiyuan-like.test/home/terms" rel="nofollow">使用条款</a><a class="item" href="https://www.kaiyuan-like.test/home/report" rel="nofollow">举报</a></div>
    <p>&copy; 开源中国(OSChina.NET) <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备12009483号</a> 深圳市奥思网络科技有限公司版权所有</p>
  </div>
</div>
<script src="https://static.kaiyuan-like.test/js/semantic.min.js?t=1702544133000"></script>
<script src="https://static.kaiyuan-like.test/js/blog-detail.min.js?t=1702544133000"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a411c4d1664dd70048ee98afe7b28f0b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """  <div class="four wide column sidebar">
    <div class="ui card user-card">
      <div class="image"><img class="avatar" src="https://static.kaiyuan-like.test/uploads/user/2606/5213087_100.png" alt="@@AUTHOR@@"></div>
      <div class="content"><a class="header" href="/u/@@UID@@">@@AUTHOR@@</a><div class="meta">企业号 · 云岫科技</div>
      <div class="ui three statistics mini"><div class="statistic"><div class="value">56</div><div class="label">文章</div></div><div class="statistic"><div class="value">1.3K</div><div class="label">粉丝</div></div><div class="statistic"><div class="value">9.8W</div><div class="label">阅读</div></div></div></div>
      <div class="extra content"><a class="ui mini basic button" href="javascript:;" rel="nofollow">关注</a><a class="ui mini basic button" href="/u/@@UID@@/blog">TA的博客</a></div>
    </div>
    <div class="ui segment side-ad"><a href="https://www.kaiyuan-like.test/event" rel="nofollow"><img src="https://static.kaiyuan-like.test/uploads/space/2024/1201/gitee_ai_300x250.png" alt="Gitee AI 限时免费体验"></a></div>
  </div>
"""


def article(i):
    pid, title, when, reads, likes, paras, note, speech = POSTS[i]
    body = []
    if note:
        body.append(f"<blockquote>\n<p>{note}</p>\n</blockquote>")
    if i == 1:
        body.append(f'<blockquote>\n<p>接上篇：<a href="{url(POSTS[0][0])}">{POSTS[0][1]}</a></p>\n</blockquote>')
    body += [f"<p>{p}</p>" for p in paras]
    if i == 0:
        body.append(f'<p><strong>（未完待续）</strong>下篇：<a href="{url(POSTS[1][0])}">{POSTS[1][1]}</a></p>')
    prev = POSTS[i + 1] if i + 1 < len(POSTS) else None
    nxt = POSTS[i - 1] if i > 0 else None
    nav = ""
    if nxt:
        nav += f'<div class="item">上一篇：<a href="{url(nxt[0])}">{nxt[1]}</a></div>'
    if prev:
        nav += f'<div class="item">下一篇：<a href="{url(prev[0])}">{prev[1]}</a></div>'
    tags = ["技术管理", "架构", "研发效能"] if speech is S1 else ["开放平台", "开发者", "开源"]
    others = [p for j, p in enumerate(POSTS) if j != i]
    rec = "\n".join(f'        <div class="item"><a class="header" href="{url(p[0])}">{p[1]}</a></div>' for p in others)
    page = (
        HEAD
        + """<div class="ui container" id="mainScreen">
<div class="ui grid">
  <div class="twelve wide column">
    <div class="article-box" data-id="@@PID@@">
      <div class="article-box__header">
        <h1 class="article-box__title"><span class="ui mini red basic label">原创</span>@@HTITLE@@</h1>
        <div class="article-box__meta">
          <div class="ui horizontal list">
            <div class="item"><a href="/u/@@UID@@" class="__user"><span>@@AUTHOR@@</span></a></div>
            <div class="item">@@WHEN@@</div>
            <div class="item">阅读数 @@READS@@</div>
            <div class="item">点赞 @@LIKES@@</div>
            <div class="item"><a href="javascript:;" class="collect-btn" rel="nofollow">收藏</a></div>
          </div>
          <div class="copyright-text">&copy; 著作权归作者所有</div>
        </div>
      </div>
      <div class="article-box__content">
        <div class="content" id="articleContent">
          <div class="markdown-body">
@@BODY@@
          </div>
        </div>
      </div>
      <div class="article-box__tags tags">标签：@@TAGS@@</div>
      <div class="ui message copyright-box">
        <p>本文分享自 云岫科技 企业号，<strong>如有侵权，请联系 support@kaiyuan-like.test 删除</strong>。</p>
        <p>本文参与“<a href="https://www.kaiyuan-like.test/sharing-plan" target="_blank">OSC源创计划</a>”，欢迎正在阅读的你也加入，一起分享。</p>
      </div>
      <div class="article-box__actions"><a class="ui basic button like-btn" href="javascript:;" rel="nofollow"><i class="thumbs up outline icon"></i>赞 @@LIKES@@</a><a class="ui basic button" href="javascript:;" rel="nofollow">分享</a><a class="ui basic button" href="javascript:;" rel="nofollow">举报</a></div>
      <div class="ui relaxed list article-box__nav">@@NAV@@</div>
    </div>
    <div class="ui segment recommend-box">
      <h3 class="ui header">推荐阅读</h3>
      <div class="ui divided items">
@@REC@@
        <div class="item"><a class="header" href="/u/6081355/blog/11044120">从单体到微服务：一次持续两年的架构演进复盘</a></div>
      </div>
    </div>
    <div class="ui segment comment-box" id="comments"><h3 class="ui header">评论 (0)</h3><div class="ui form"><textarea placeholder="登录后参与评论" disabled></textarea></div></div>
  </div>
@@SIDE@@</div>
</div>
<script>var blogId = @@PID@@, authorId = @@UID@@;</script>
"""
        + FOOT
    )
    return render(
        page.replace("@@SIDE@@", SIDE),
        TITLE=f"{title} - {AUTHOR}的个人空间 - OSCHINA - 中文开源技术交流社区",
        KW=",".join(tags),
        DESC=f"{title}。{(note or '')[:40]}",
        BODYCLASS="blog-detail",
        BODY="\n".join(body),
        PID=pid,
        HTITLE=title,
        UID=UID,
        AUTHOR=AUTHOR,
        WHEN=when,
        READS=reads,
        LIKES=likes,
        TAGS=" ".join(f'<a class="ui horizontal label" href="https://www.kaiyuan-like.test/search?scope=blog&amp;q={t}">{t}</a>' for t in tags),
        NAV=nav,
        REC=rec,
    )


def listing(title, items_html, extra=""):
    page = (
        HEAD
        + """<div class="ui container" id="mainScreen">
<div class="ui grid">
  <div class="twelve wide column">
@@EXTRA@@    <div class="ui divided items blog-list-container">
@@ITEMS@@
    </div>
  </div>
@@SIDE@@</div>
</div>
"""
        + FOOT
    )
    return render(
        page.replace("@@SIDE@@", SIDE),
        TITLE=title,
        KW="博客,技术博客,开源中国",
        DESC=title,
        BODYCLASS="blog-list",
        EXTRA=extra,
        ITEMS=items_html,
        UID=UID,
        AUTHOR=AUTHOR,
    )


def item(p):
    pid, title, when, reads, likes, paras, note, speech = p
    return f"""      <div class="item blog-item">
        <div class="content">
          <a class="header" href="{url(pid)}" title="{title}">{title}</a>
          <div class="description"><p class="line-clamp">{paras[1][:60]}…</p></div>
          <div class="extra"><div class="ui horizontal list"><div class="item">{AUTHOR}</div><div class="item">{when[:10]}</div><div class="item">阅读 {reads}</div><div class="item">点赞 {likes}</div></div></div>
        </div>
      </div>"""


class OscFamily(Family):
    def file_for_url(self, u: str) -> str:
        key = super().file_for_url(u)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = OscFamily(
        HOST,
        "开源中国 (my.oschina.net) blog: company CTO's speeches, one split over two posts （一）/（二）",
        extensionless_html=True,
    )
    for i, p in enumerate(POSTS):
        fam.put(url(p[0]), article(i))
    fam.put("/", listing("博客 - 开源中国", "\n".join(item(p) for p in POSTS),
                         '    <div class="ui secondary pointing menu"><a class="active item" href="/">推荐</a><a class="item" href="/?type=latest">最新</a></div>\n'))
    fam.put(f"/u/{UID}/blog/", listing(f"{AUTHOR}的博客 - OSCHINA - 中文开源技术交流社区", "\n".join(item(p) for p in POSTS),
                                       f'    <h2 class="ui header">{AUTHOR}的博客</h2>\n'))
    fam.put(f"/u/{UID}/", listing(f"{AUTHOR}的个人空间 - OSCHINA - 中文开源技术交流社区", "\n".join(item(p) for p in POSTS[:1]),
                                  f'    <div class="ui segment space-header"><h2 class="ui header">{AUTHOR}</h2><a href="/u/{UID}/blog">全部博客</a></div>\n'))
    fam.not_documents += ["/", f"/u/{UID}/blog", f"/u/{UID}", url(POSTS[1][0])]
    fam.doc([url(POSTS[0][0]), url(POSTS[1][0])], S1, published_at="2024-12-23")
    fam.doc([url(POSTS[2][0])], S2, published_at="2024-09-16")
    fam.note = (
        "the first speech is one document over two posts (（一） links （二） by its 下篇 line; 上一篇/下一篇 also link them); "
        "its title is the posts' title without （一）/（二）; published_at is the posts' date, not the conference date in the 编者按"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /action/\nDisallow: /search\n")
    fam.noise += [
        "编者按",
        "本篇为上半部分",
        "接上篇",
        "（未完待续）",
        "下篇：",
        "原创",
        "著作权归作者所有",
        "阅读数",
        "点赞",
        "标签：",
        "技术管理",
        "研发效能",
        "如有侵权，请联系",
        "OSC源创计划",
        "欢迎正在阅读的你也加入，一起分享",
        "上一篇：",
        "下一篇：",
        "推荐阅读",
        "从单体到微服务：一次持续两年的架构演进复盘",
        "登录后参与评论",
        "云岫科技技术团队",
        "企业号",
        "TA的博客",
        "Gitee AI 限时免费体验",
        "粤ICP备12009483号",
    ]
    return fam
