"""Vanilla Forums 2.8 (open source, stock `keystone` theme, zh-CN locale), a 文秘 community board."""

import html
import re
import zlib  # a stable avatar path (Python's hash() is salted per run)
from urllib.parse import quote

from common import SPEECHES, Family, render, split_paras

HOST = "luntan.vanilla-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="utf-8"/>
    <title>@@TITLE@@ — 笔杆子文秘社区</title>
  <link rel="stylesheet" href="/applications/dashboard/design/style.css?v=2021.009" media="all" />
  <link rel="stylesheet" href="/themes/keystone/design/custom_defaultStyle.css?v=2.8" media="all" />
  <link rel="canonical" href="http://luntan.vanilla-like.test/index.php?p=@@PATH@@" />
  <meta property="og:site_name" content="笔杆子文秘社区" />
  <meta name="twitter:title" property="og:title" content="@@TITLE@@" />
  <meta property="og:url" content="http://luntan.vanilla-like.test/index.php?p=@@PATH@@" />
  <meta name="description" property="og:description" content="@@DESC@@" />
  <script>gdn=window.gdn||{};gdn.meta={"DiscussionID":@@DID@@,"Category":"讲话致辞","currentLocale":"zh_CN","siteSection":{"basePath":"","sectionID":"0","name":"笔杆子文秘社区"},"Path":"@@PATH@@","RedirectTo":"","TransportError":"传输错误：%s","TransientKey":false,"WebRoot":"http:\\/\\/luntan.vanilla-like.test\\/","UrlFormat":"\\/index.php?p=\\/{Path}"};</script>
  <script src="/js/library/jquery.js?v=2021.009"></script>
  <script src="/applications/vanilla/js/discussion.js?v=2021.009"></script>
  <noscript><style>body {visibility: visible !important;}</style></noscript>
</head>
<body id="@@BODYID@@" class="@@BODYCLASS@@ Section-Category-jianghua">
    <!--[if lt IE 9]>
      <p class="browsehappy">您正在使用的是<strong>过时的</strong>浏览器。</p>
    <![endif]-->
    <div class="Frame" id="page">
        <div class="Frame-top">
            <div class="Frame-header">
                <header id="MainHeader" class="Header">
                    <div class="Container">
                        <div class="row">
                            <div class="Hamburger"><button class="Hamburger Hamburger-menuXcross" id="menu-button" aria-label="toggle menu"><span class="Hamburger-menuLines"></span></button></div>
                            <a href="/" class="Header-logo"><img src="/uploads/logo/bigan-logo.png" alt="笔杆子文秘社区" /></a>
                            <nav class="Header-desktopNav">
                                <ul class="Navigation-linkContainer">
                                  <li><a href="/discussions" class="Navigation-link">讨论</a></li>
                                  <li><a href="/categories" class="Navigation-link">分类</a></li>
                                  <li><a href="/activity" class="Navigation-link">动态</a></li>
                                </ul>
                            </nav>
                            <div class="Header-right"><div class="MeBox MeBox-SignIn"><div class="SignInLinks"><a href="/entry/signin?Target=discussions" class="Button Primary SignInPopup" rel="nofollow">登录</a> <a href="/entry/register?Target=discussions" class="Button ApplyButton" rel="nofollow">注册</a></div></div></div>
                        </div>
                    </div>
                </header>
            </div>
            <div class="Frame-body">
                <div class="Frame-content">
                    <div class="Container">
                        <div class="Frame-contentWrap">
                            <div class="Frame-details">
                                <div class="Frame-row">
                                    <nav class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="CrumbLabel CrumbLabel HomeCrumb"><a href="/" itemprop="item"><span itemprop="name">首页</span></a></span><span class="Crumb">›</span> <span class="CrumbLabel Category-jianghua"><a href="/categories/jianghua" itemprop="item"><span itemprop="name">讲话致辞</span></a></span></span></nav>
                                </div>
                                <div class="Frame-row">
                                    <main class="Content MainContent">
"""

FOOT = """
                                    </main>
                                    <aside class="Panel Panel-main">
                                        <div class="BoxButtons BoxNewDiscussion"><a href="/post/discussion/jianghua" class="Button Primary Action NewDiscussion" rel="nofollow">发起新讨论</a></div>
                                        <div class="Box GuestBox">
    <h4>陌生人，你好！</h4>
    <p>看来您是新人。如果您想参与讨论，请点击下面的按钮！</p>
    <p><a href="/entry/signin" class="Button Primary SignInPopup" rel="nofollow">登录</a> <a href="/entry/register" class="Button ApplyButton" rel="nofollow">注册</a></p>
</div>
<div class="Box BoxCategories"><h4>分类</h4><ul class="PanelInfo PanelCategories"><li class="ClearFix Depth1"><a href="/categories" class="ItemLink"><span class="Aside"><span class="Count">86</span></span>全部分类</a></li><li class="ClearFix Depth1 Active"><a href="/categories/jianghua" class="ItemLink"><span class="Aside"><span class="Count">31</span></span>讲话致辞</a></li><li class="ClearFix Depth1"><a href="/categories/gongwen" class="ItemLink"><span class="Aside"><span class="Count">55</span></span>公文写作</a></li></ul></div>
<div class="Box BoxInThisDiscussion"><h4>本讨论中</h4><ul class="PanelInfo"><li><a href="/profile/%E8%80%81%E6%9D%8E%E5%86%99%E6%9D%90%E6%96%99" class="PhotoWrap">老李写材料</a></li></ul></div>
                                    </aside>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="Frame-footer">
            <footer class="Footer">
                <div class="Container"><div class="row"><div class="col">笔杆子文秘社区 · 交流写作，不传涉密材料 · 苏ICP备20031177号-2</div><div class="col"><a href="https://open.vanillaforums.com" class="vanilla-logo">Powered by Vanilla</a></div></div></div>
            </footer>
        </div>
    </div>
    <div id="modals"></div>
<script>jQuery(document).ready(function(){ gdn.processTargets && 0; });</script>
</body>
</html>
"""


def qp(text):
    """Vanilla without mod_rewrite: every page is index.php?p=/path."""
    return re.sub(r'(href|action)="/(?!uploads|applications|themes|js/|index\.php|")([^"]*)"', lambda m: f'{m.group(1)}="/index.php?p=/' + m.group(2).replace("?", "&amp;", 1) + '"', text)


def esc(s):
    return html.escape(s, quote=False)


def msg(paras):
    return "".join(f"<p>{esc(p)}</p>\n" for p in paras)


def time_tag(stamp, shown):
    return f'<time title="{shown}" datetime="{stamp}">{shown}</time>'


def author(name, role):
    slug = html.escape(name)
    return f"""<div class="AuthorWrap">
            <span class="Author">
                <a title="{slug}" href="/profile/{quote(name)}" class="PhotoWrap"><img src="/uploads/userpics/{zlib.crc32(name.encode()) % 900 + 100}/n{zlib.crc32(name.encode()) % 9000}.jpg" alt="{slug}" class="ProfilePhoto ProfilePhotoMedium" /></a>
                <a href="/profile/{quote(name)}" class="Username">{slug}</a>
            </span>
            <span class="AuthorInfo">
                <span class="MItem RoleTitle">{role}</span>
            </span>
        </div>"""


def comment(cid, name, role, stamp, shown, body, sig=""):
    return f"""<li class="Item Alt ItemComment" id="Comment_{cid}">
    <div class="Comment">
        <div class="Options"><span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="选项">选项</span></span></div>
        <div class="Item-Header CommentHeader">
        {author(name, role)}
            <div class="Meta CommentMeta CommentInfo">
                <span class="MItem DateCreated"><a href="/discussion/comment/{cid}/#Comment_{cid}" class="Permalink" name="Item_{cid}" rel="nofollow">{time_tag(stamp, shown)}</a></span>
            </div>
        </div>
        <div class="Item-BodyWrap">
            <div class="Item-Body">
                <div class="Message userContent">
{body}</div>
                {sig}
            </div>
        </div>
        <div class="Reactions"><a href="/entry/signin" class="ReactButton Quote">引用</a> <a href="/entry/signin" class="ReactButton ReactButton-Like">赞</a></div>
    </div>
</li>
"""


def pager(base, cur, last):
    out = '<span id="PagerBefore" class="Pager NumberedPager">'
    out += '<span class="Previous Pager-nav">«</span>' if cur == 1 else f'<a href="{base}" class="Previous Pager-nav" rel="prev">«</a>'
    for n in range(1, last + 1):
        href = base if n == 1 else f"{base}/p{n}"
        cls = ("FirstPage " if n == 1 else "LastPage " if n == last else "") + ("Highlight" if n == cur else "")
        out += f' <a href="{href}" class="Pager-p p-{n} {cls}"' + (' aria-current="page"' if n == cur else "") + f">{n}</a>"
    out += ' <span class="Next Pager-nav">»</span>' if cur == last else f' <a href="{base}/p{cur + 1}" class="Next Pager-nav" rel="next">»</a>'
    return out + "</span>"


SIG = '<div class="Signature UserSignature userContent">笔杆子的日常：白天开会，晚上写会。</div>'


def discussion(did, slug, subject, cur, last, op, comments, views):
    base = f"/discussion/{did}/{slug}"
    path = base if cur == 1 else f"{base}/p{cur}"
    head = render(HEAD, TITLE=esc(subject) + ("" if cur == 1 else f" — 第 {cur} 页"), DESC=esc(subject), PATH=path, DID=did,
                  BODYID="vanilla_discussion_index", BODYCLASS="Vanilla Discussion isDesktop index")
    page = head + f"""<div class="MessageList Discussion">
<div class="PageTitle"><div class="Options"><span class="Bookmark">收藏</span></div><h1>{esc(subject)}</h1></div>
<div class="PageControls Top">{pager(base, cur, last)}</div>
"""
    if op:
        name, role, stamp, shown, body = op
        page += f"""<div id="Item_0" class="Item ItemDiscussion noPhotoWrap pageBox">
    <div class="Discussion">
        <div class="Item-Header DiscussionHeader">
        {author(name, role)}
            <div class="Meta DiscussionMeta">
                <span class="MItem DateCreated"><a href="{base}" class="Permalink" rel="nofollow">{time_tag(stamp, shown)}</a></span>
                <span class="MItem Category"><a href="/categories/jianghua">讲话致辞</a></span>
                <span class="MItem MCount ViewCount">{views} 浏览</span>
            </div>
        </div>
        <div class="Item-BodyWrap">
            <div class="Item-Body">
                <div class="Message userContent">
{body}</div>
                {SIG}
            </div>
        </div>
        <div class="Reactions"><a href="/entry/signin" class="ReactButton Quote">引用</a> <a href="/entry/signin" class="ReactButton ReactButton-Like">赞</a></div>
    </div>
</div>
"""
    page += f"""</div>
<div class="CommentsWrap">
<span class="BeforeCommentHeading"><div class="PageControls Top">{pager(base, cur, last)}</div></span>
<div class="DataBox DataBox-Comments">
<h2 class="CommentHeading">评论</h2>
<ul class="MessageList DataList Comments">
{''.join(comments)}</ul>
</div>
<div class="P PagerWrap"><div class="PageControls Bottom">{pager(base, cur, last)}</div></div>
</div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin?Target=discussion%2F{did}" class="Popup">登录</a> 或 <a href="/entry/register?Target=discussion%2F{did}" class="Popup">注册</a> 以发表评论。</div></div>
"""
    return page + FOOT


def row(did, slug, subject, name, stamp, shown, comments, views, last_name, pages=1):
    mini = "" if pages == 1 else f' <span class="MiniPager"><a href="/discussion/{did}/{slug}">1</a> <a href="/discussion/{did}/{slug}/p2">2</a></span>'
    return f"""<li id="Discussion_{did}" class="Item ItemDiscussion Unread ItemDiscussion-withPhoto">
    <div class="ItemContent Discussion">
        <div class="Title" role="heading" aria-level="3"><a href="/discussion/{did}/{slug}">{esc(subject)}</a>{mini}</div>
        <div class="Meta Meta-Discussion">
            <span class="MItem MCount ViewCount"><span class="Number">{views}</span> 浏览</span>
            <span class="MItem MCount CommentCount"><span class="Number">{comments}</span> 评论</span>
            <span class="MItem LastCommentBy">最新评论由 <a href="/profile/{quote(last_name)}">{html.escape(last_name)}</a></span>
            <span class="MItem LastCommentDate">{time_tag(stamp, shown)}</span>
            <span class="MItem Category Category-jianghua"><a href="/categories/jianghua">讲话致辞</a></span>
        </div>
    </div>
</li>
"""


def listing(path, title, rows, bodyid, cur=1, last=1, base=""):
    head = render(HEAD, TITLE=title, DESC="讲话稿、致辞、表态发言的交流与分享", PATH=path, DID=0, BODYID=bodyid, BODYCLASS="Vanilla Discussions isDesktop index")
    pag = pager(base, cur, last) if last > 1 else ""
    return head + f"""<div class="PageTitle"><h1>{title}</h1></div>
<div class="PageControls Top">{pag}</div>
<h2 class="sr-only">讨论列表</h2>
<ul class="DataList Discussions">
{''.join(rows)}</ul>
<div class="PageControls Bottom">{pag}</div>
""" + FOOT


def U(path):
    return "/index.php?p=" + path


def build() -> Family:
    fam = Family(HOST, "Vanilla Forums 2.8 (keystone theme, zh-CN), no URL rewrite (index.php?p=/…)")
    s1, s2 = SPEECHES["f52c-3"], SPEECHES["f52c-6"]
    lz = ("老李写材料", "版主")
    # topic 1: the speech over the first post and the poster's (续) comment on page 2
    d1, slug1 = 1287, "fenxiang-zai-quanshi-dangan-gongzuo-huiyi-shang-de-jianghua"
    subj1 = "【分享】在全市档案工作会议上的讲话（分管副市长，已脱敏）"
    first, rest = split_paras(s1.paras, 2)
    op_body = f"<p><b>{esc(s1.title)}</b></p>\n" + msg(first) + "<p>（字数超限，剩下的发在后面）</p>\n"
    reps1a = [
        comment(40211, "档案小白", "成员", "2024-03-09T01:22:10+00:00", "2024 年 3 月 9 日", msg(["正好要写馆长讲话，先mark，坐等后续！"])),
        comment(40215, "江南写手", "成员", "2024-03-09T02:04:47+00:00", "2024 年 3 月 9 日", '<blockquote class="Quote UserQuote"><div class="QuoteAuthor"><a href="/profile/%E8%80%81%E6%9D%8E%E5%86%99%E6%9D%90%E6%96%99">老李写材料</a> 说：</div><div class="QuoteText"><p>档案工作看似坐“冷板凳”，实则连着群众的“热心事”。</p></div></blockquote>\n' + msg(["这句可以直接拿来当标题用。"])),
        comment(40230, "yiyi_2019", "成员", "2024-03-09T06:41:03+00:00", "2024 年 3 月 9 日", msg(["楼主辛苦，前面三段结构很清楚。"])),
    ]
    cont = comment(40236, *lz, "2024-03-09T08:15:52+00:00", "2024 年 3 月 9 日", "<p><b>（续）</b></p>\n" + msg(rest) + "<p>——完——</p>\n", SIG)
    reps1b = [
        comment(40242, "档案小白", "成员", "2024-03-09T09:02:18+00:00", "2024 年 3 月 9 日", msg(["等到了！队伍建设那段太真实了，我们馆平均年龄也快五十了。"])),
        comment(40257, "县志办老周", "成员", "2024-03-10T00:37:40+00:00", "2024 年 3 月 10 日", msg(["“跨馆通办”我们县今年也在推，谢谢分享。"])),
    ]
    p1 = discussion(d1, slug1, subj1, 1, 2, (*lz, "2024-03-08T13:40:21+00:00", "2024 年 3 月 8 日", op_body), reps1a, 1862)
    p2 = discussion(d1, slug1, subj1, 2, 2, None, [cont] + reps1b, 1862)
    b1 = f"/discussion/{d1}/{slug1}"
    fam.route(U(b1), f"/discussion/{d1}.html", qp(p1))
    fam.route(U(b1 + "/p2"), f"/discussion/{d1}-p2.html", qp(p2))
    fam.doc([U(b1), U(b1 + "/p2")], s1, published_at="2024-03-08")
    fam.not_documents.append(U(b1 + "/p2"))
    # topic 2: the speech whole in the first post
    d2, slug2 = 1302, "zai-quanxian-qiuji-senlin-fanghuo-gongzuo-huiyi-shang-de-jianghua"
    subj2 = "在全县秋季森林防火工作会议上的讲话"
    op2 = msg(["应坛友要求，把去年秋天给领导写的防火会讲话发上来，供参考，勿直接照搬。"]) + "<hr />\n" + msg(s2.paras) + "<hr />\n" + msg(["（个人习作，转载请注明出自笔杆子文秘社区）"])
    reps2 = [
        comment(40618, "山城小秘", "成员", "2023-10-14T03:11:09+00:00", "2023 年 10 月 14 日", msg(["“打早、打小、打了”这个提法好。"])),
        comment(40622, "西北望", "成员", "2023-10-14T07:48:55+00:00", "2023 年 10 月 14 日", msg(["督查问责那段可以再硬一点。"])),
    ]
    b2 = f"/discussion/{d2}/{slug2}"
    fam.route(U(b2), f"/discussion/{d2}.html", qp(discussion(d2, slug2, subj2, 1, 1, (*lz, "2023-10-13T12:05:33+00:00", "2023 年 10 月 13 日", op2), reps2, 973)))
    fam.doc([U(b2)], s2, published_at="2023-10-13")
    # an ordinary question thread
    d3, slug3 = 1311, "qiuzhu-biaotai-fayan-zenme-kaitou"
    b3 = f"/discussion/{d3}/{slug3}"
    fam.route(U(b3), f"/discussion/{d3}.html", qp(discussion(d3, slug3, "求助：表态发言怎么开头不落俗套？", 1, 1, ("新人小陈", "成员", "2024-04-02T02:15:00+00:00", "2024 年 4 月 2 日", msg(["下周要在全局大会上表态，开头总写成“我完全同意”，有没有好的思路？"])), [comment(40901, *lz, "2024-04-02T03:20:00+00:00", "2024 年 4 月 2 日", msg(["先讲一件具体的事，再亮态度。"]), SIG)], 212)))
    rows = [
        row(d3, slug3, "求助：表态发言怎么开头不落俗套？", "新人小陈", "2024-04-02T03:20:00+00:00", "4 月 2 日", 1, 212, "老李写材料"),
        row(d1, slug1, subj1, "老李写材料", "2024-03-10T00:37:40+00:00", "3 月 10 日", 6, 1862, "县志办老周", pages=2),
        row(d2, slug2, subj2, "老李写材料", "2023-10-14T07:48:55+00:00", "2023 年 10 月 14 日", 2, 973, "西北望"),
    ]
    fam.put("/", qp(listing("/", "最近的讨论", rows[:2], "vanilla_discussions_index", 1, 2, "/discussions")))
    fam.route(U("/discussions"), "/discussions.html", qp(listing("/discussions", "最近的讨论", rows[:2], "vanilla_discussions_index", 1, 2, "/discussions")))
    fam.route(U("/discussions/p2"), "/discussions-p2.html", qp(listing("/discussions/p2", "最近的讨论", rows[2:], "vanilla_discussions_index", 2, 2, "/discussions")))
    fam.route(U("/categories/jianghua"), "/categories-jianghua.html", qp(listing("/categories/jianghua", "讲话致辞", rows, "vanilla_categories_index")))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /index.php?p=/entry/\nDisallow: /index.php?p=/messages/\nDisallow: /index.php?p=/profile/comments/\nDisallow: /index.php?p=/search\n")
    fam.not_documents += ["/", U("/discussions/p2"), U("/categories/jianghua"), U(b3)]
    fam.noise += ["（续）", "字数超限", "——完——", "坐等后续", "这句可以直接拿来当标题用", "应坛友要求", "转载请注明出自笔杆子文秘社区", "笔杆子的日常", "陌生人，你好！", "Powered by Vanilla", "以发表评论", "浏览"]
    return fam
