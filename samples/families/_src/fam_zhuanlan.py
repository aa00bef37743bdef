"""A 知乎专栏-like column site (server-rendered React): the post's `RichText ztext Post-RichText`
with `<p data-pid>` paragraphs, the author's own notes as the first and last paragraphs of the
rich text (写在前面… / 全文完，码字不易…), the author box (name, one-line bio, 关注) and the
voters line before the text, 编辑于 … IP 属地 and topics after it, the action bar (赞同 / 条评论 /
申请转载), 文章被以下专栏收录, 推荐阅读, comments, the whole post again in `js-initialData` JSON,
and a 登录 modal printed for guests although the text is complete (not truncated)."""

import json

from common import SPEECHES, Family, render

HOST = "zhuanlan.zhiyu.test"
COLUMN = "c_1623456789012345678"
AUTHOR = "笔杆子老郑"
AUTHOR_URL = "/people/bigan-laozheng/"
BIO = "基层公务员，业余写点材料，不定期分享讲话稿"

# speech, post id, post title, edited time, votes, comments, first note, last note
POSTS = [
    (
        SPEECHES["A1"],
        "689123456",
        "新任职干部集体廉政谈话会讲话（可直接参考）",
        "2024-05-06 21:13",
        "1,284",
        [("小林在路上", "收藏了，下周正好要写廉政谈话的材料。", "05-07"), ("知行合一", "四个关把得很到位。", "05-08")],
        "写在前面：这是我给局领导起草的一篇讲话，已经脱敏处理，整理出来给需要的朋友参考。",
        "（全文完。码字不易，觉得有用请点个赞同～）",
    ),
    (
        SPEECHES["A2"],
        "688765432",
        "五四青年员工座谈会上的领导讲话，有温度不说教",
        "2024-05-04 22:47",
        "376",
        [],
        "写在前面：五四座谈会的讲话最怕写成说教，这篇是我觉得比较有温度的一版。",
        "（全文完。码字不易，觉得有用请点个赞同～）",
    ),
]

HEAD = """<!doctype html>
<html lang="zh" data-hairline="true" class="itcauecng" data-theme="light"><head><meta charSet="utf-8"/><title data-rh="true">@@TITLE@@</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><meta data-rh="true" name="description" content="@@DESC@@"/><meta data-rh="true" property="og:title" content="@@TITLE@@"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:site_name" content="知语专栏"/><link data-rh="true" rel="canonical" href="@@CANONICAL@@"/><link href="https://static.zhiyuimg.test/heifetz/column.app.216a26f4.4b9f2c1e8d7a6b5c.css" rel="stylesheet"/></head><body><div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div><div class="Sticky ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="/" aria-label="知语专栏"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30"></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><a class="ColumnLink ColumnPageHeader-TitleColumn" href="/@@COLUMN@@/">材料笔记</a></div><div class="ColumnPageHeader-Button"><a class="Button ColumnPageHeader-WriteButton Button--blue" href="/write">写文章</a><button type="button" class="Button Button--primary Button--blue">登录/注册</button></div></div></div></div></div><main role="main" class="App-main">
"""

FOOT = """</main></div></div>
<div class="Modal-wrapper Modal-enter-done"><div class="Modal-backdrop"></div><div class="Modal Modal--default signFlowModal" tabindex="0"><div class="Modal-inner"><div class="Modal-content"><div class="signFlowModal-container"><div class="Login-content"><h3 class="Login-title">登录知语，您可以享受以下权益：</h3><ul class="Login-rights"><li>更懂你的优质内容</li><li>更专业的大咖答主</li><li>更深度的互动交流</li><li>更高效的创作环境</li></ul><button type="button" class="Button SignFlow-submitButton Button--primary Button--blue">立即登录/注册</button></div></div></div></div><button aria-label="关闭" type="button" class="Button Modal-closeButton Button--plain">×</button></div></div>
<script id="js-clientConfig" type="text/json">{"host":"zhiyu.test","protocol":"https:","wwwHost":"www.zhiyu.test","fetchRoot":{"www":"https://www.zhiyu.test","api":"https://api.zhiyu.test","zhuanlan":"https://zhuanlan.zhiyu.test"}}</script>
@@INITIAL@@<script src="https://static.zhiyuimg.test/heifetz/vendor.2e7d1f3a.js"></script><script src="https://static.zhiyuimg.test/heifetz/column.app.216a26f4.js"></script>
</body></html>
"""


def stable_pid(text):
    # a stable paragraph id (Python's hash() is salted per run)
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % (1 << 40)
    return f"{value:010x}"[:8]


def rich_text_stable(post):
    speech, _pid, _t, _time, _votes, _c, first, last = post
    paras = [first, *speech.paras, last]
    first_attr = ' data-first-child=""'
    return "".join(
        f'<p{first_attr if n == 0 else ""} data-pid="{stable_pid(p)}">{p}</p>' for n, p in enumerate(paras)
    )


def initial_data(post):
    speech, pid, title, stamp, votes, comments, *_ = post
    state = {
        "initialState": {
            "entities": {
                "articles": {
                    pid: {
                        "id": int(pid),
                        "title": title,
                        "content": rich_text_stable(post),
                        "excerpt": speech.paras[1][:60],
                        "voteupCount": int(votes.replace(",", "")),
                        "commentCount": len(comments),
                        "author": {"name": AUTHOR, "headline": BIO, "urlToken": "bigan-laozheng"},
                    }
                }
            }
        }
    }
    raw = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace("<", "\\u003C").replace(">", "\\u003E")
    return f'<script id="js-initialData" type="text/json">{raw}</script>'


def post_page(i):
    post = POSTS[i]
    speech, pid, title, stamp, votes, comments, *_ = post
    others = [p for p in POSTS if p is not post]
    comment_html = (
        "".join(
            f'<div class="CommentItemV2"><div class="CommentItemV2-meta"><span class="UserLink">{who}</span></div><div class="CommentItemV2-content"><div class="CommentRichText"><p>{what}</p></div></div><div class="CommentItemV2-footer"><span class="CommentItemV2-time">{when}</span><button>赞</button><button>回复</button></div></div>'
            for who, what, when in comments
        )
        if comments
        else '<div class="EmptyState"><div class="EmptyState-inner">还没有评论，发表第一个评论吧</div></div>'
    )
    recommend = "".join(
        f'<li class="PostItem"><a href="/p/{o[1]}/" class="PostItem-title">{o[2]}</a><div class="PostItem-summary">{o[0].paras[1][:40]}…</div></li>'
        for o in others
    ) + '<li class="PostItem"><a href="/p/687001122/" class="PostItem-title">公文写作中常见的十个错误</a></li>'
    body = f"""<div class="Post-content" data-zop-usertoken="{{&quot;userToken&quot;:&quot;&quot;}}" data-zop="{{&quot;authorName&quot;:&quot;{AUTHOR}&quot;,&quot;itemId&quot;:{pid},&quot;title&quot;:&quot;{title}&quot;,&quot;type&quot;:&quot;article&quot;}}"><article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{title}</h1><div class="Post-Author"><div class="AuthorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="{AUTHOR}"/><span class="UserLink AuthorInfo-avatarWrapper"><a href="{AUTHOR_URL}" target="_blank" class="UserLink-link"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhiyuimg.test/v2-3a1b2c_l.jpg" alt="{AUTHOR}"/></a></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" target="_blank" href="{AUTHOR_URL}">{AUTHOR}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{BIO}</div></div></div></div></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注</button></div><div><span class="Voters"><button type="button" class="Button Button--plain">{votes} 人赞同了该文章</button></span></div></header><div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">{rich_text_stable(post)}</div></div></div><div class="ContentItem-time">编辑于 {stamp}・IP 属地江苏</div><div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic"><a class="TopicLink" href="/topic/19551915/" target="_blank">公文写作</a></div><div class="Tag Topic"><a class="TopicLink" href="/topic/20062341/" target="_blank">讲话稿</a></div></div></div><div><div class="Sticky RichContent-actions is-fixed is-bottom"><div class="ContentItem-actions"><span><button aria-label="赞同 {votes} " type="button" class="Button VoteButton VoteButton--up">赞同 {votes}</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"></button></span><button type="button" class="Button BottomActions-CommentBtn Button--plain">{len(comments) or "添加评论"}{" 条评论" if comments else ""}</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain">分享</button></div><button type="button" class="Button ContentItem-action Button--plain">喜欢</button><button type="button" class="Button ContentItem-action Button--plain">收藏</button><button type="button" class="Button ContentItem-action Button--plain">申请转载</button></div></div></div></article><div class="Post-Sub Post-NormalSub"><div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><ul><div class="ContentItem Column-ColumnItem"><div class="ContentItem-main"><div class="ContentItem-head"><h2 class="ContentItem-title"><a href="/{COLUMN}/" target="_blank">材料笔记</a></h2><div class="ContentItem-meta">体制内写材料的那些事儿</div></div></div></div></ul></div><div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><ul class="Recommendations-List">{recommend}</ul></div><div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">{len(comments)} 条评论</h2></div></div>{comment_html}<div class="CommentsV2-footer CommentEditorV2--normal"><div class="CommentEditorV2-inputWrap"><div class="InputLike CommentEditorV2-input Editable--focus">写下你的评论...</div></div></div></div></div></div></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{title} - 知语专栏",
        DESC=speech.paras[1][:80],
        CANONICAL=f"https://{HOST}/p/{pid}/",
        COLUMN=COLUMN,
        INITIAL=initial_data(post),
    )


def column_page():
    items = "".join(
        f'<div class="ColumnHomeColumnItem"><h2 class="ContentItem-title"><a href="/p/{p[1]}/" target="_blank">{p[2]}</a></h2><div class="RichText ztext CopyrightRichText-richText">{p[0].paras[1][:60]}…</div><div class="ContentItem-actions"><button class="Button VoteButton">赞同 {p[4]}</button></div></div>'
        for p in POSTS
    )
    body = f"""<div class="ColumnHome"><div class="ColumnHome-Header"><img class="Avatar" src="https://pic1.zhiyuimg.test/v2-col_l.jpg" alt="材料笔记"/><h1 class="ColumnHome-title">材料笔记</h1><div class="ColumnHome-description">体制内写材料的那些事儿</div><div class="ColumnHome-meta">{AUTHOR} · 86 篇内容 · 1.2 万赞同</div></div><div class="ColumnHome-list">{items}</div></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="材料笔记 - 知语专栏",
        DESC="体制内写材料的那些事儿",
        CANONICAL=f"https://{HOST}/{COLUMN}/",
        COLUMN=COLUMN,
        INITIAL="",
    )


def build() -> Family:
    fam = Family(
        HOST,
        "知乎专栏-like column (React SSR): RichText ztext with the author's notes as first/last paragraphs, author box and voters before the text, js-initialData copy, a login modal that cuts nothing",
    )
    fam.home = f"/{COLUMN}/"
    fam.put(fam.home, column_page())
    fam.not_documents.append(fam.home)
    for i, post in enumerate(POSTS):
        fam.put(f"/p/{post[1]}/", post_page(i))
        fam.doc([f"/p/{post[1]}/"], post[0], title=post[2])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /write\nDisallow: /api/\n")
    fam.noise += [
        "写在前面",
        "已经脱敏处理",
        "给需要的朋友参考",
        "比较有温度的一版",
        "全文完",
        "码字不易",
        "点个赞同",
        AUTHOR,
        BIO,
        "人赞同了该文章",
        "编辑于",
        "IP 属地江苏",
        "公文写作",
        "申请转载",
        "条评论",
        "文章被以下专栏收录",
        "体制内写材料的那些事儿",
        "推荐阅读",
        "公文写作中常见的十个错误",
        "收藏了，下周正好要写",
        "四个关把得很到位",
        "还没有评论",
        "写下你的评论",
        "登录知语",
        "更懂你的优质内容",
        "立即登录/注册",
    ]
    fam.note = "home is the column page; the login modal is printed for guests but the text is complete (truncated: false)"
    return fam
