"""飞书文档 (Feishu docx in a 知识库 wiki space), a public-to-the-internet space as its server-rendered
snapshot gives it to a guest: the space home `/wiki/space/<id>` (space header, 目录 tree of `/wiki/<token>`
nodes, 最近更新 list), a parent node that is a doc of its own listing its 子页面, and docs at extensionless
`/wiki/<27-char token>`: the 登录后可编辑 guest bar (当前为只读模式 / 登录 / 申请编辑权限), the wiki tree on the
left, the docx page block with its title `h1.page-block-header`, the owner line (所有者 · 创建于 · 最近修改 ·
阅读), and the body as blocks: `div.block.docx-<type>-block` with `data-block-type` / `data-block-id` /
`data-record-id`, text in `div.ace-line > span[data-string]` followed by the zero-width `data-enter` span;
callout (💡 note) and quote_container blocks, heading blocks, a divider, an image block with its caption,
todo blocks (会前准备), an `@` mention; after the page the 评论 panel with a 划词评论 quoting the text, and
点赞 / 分享 / 举报 bar and the 飞书 footer."""

from common import SPEECHES, Family

HOST = "jiaoyan.feishu-like.test"
SPACE = "7301182654392061953"
TOK_PARENT = "Hq2EwkT5Vi8mPzlbJ0ncKx4Ovrd"
TOK1 = "Wz3Bw8xYdiP2Rkk1lQ2cJk7Onqe"
TOK2 = "M9tLdR4aQoXe7ybNfZ1cVg0Hnsu"
OWNER1, OWNER2 = "陈晓", "许静"

_n = [0]


def rec():
    _n[0] += 1
    import hashlib

    h = hashlib.md5(str(_n[0]).encode()).hexdigest()
    return "doxcn" + "".join(c.upper() if i % 3 == 0 and c.isalpha() else c for i, c in enumerate(h[:22]))


def line(text):
    return (
        f'<div class="ace-line" data-node="true" dir="auto"><span data-string="true" data-leaf="true">{text}</span>'
        '<span data-string="true" data-enter="true" data-leaf="true">&#8203;</span></div>'
    )


def blk(kind, bid, inner_text, wrap_cls="text-block", extra_cls=""):
    return (
        f'<div class="block docx-{kind}-block{extra_cls}" data-block-type="{kind}" data-block-id="{bid}" data-record-id="{rec()}">'
        f'<div class="{wrap_cls}-wrapper"><div class="{wrap_cls}"><div class="zone-container text-editor" data-zone-id="0" data-zone-container="*">'
        f"{line(inner_text)}</div></div></div></div>"
    )


def text(bid, t):
    return blk("text", bid, t)


def heading(level, bid, t):
    return blk(f"heading{level}", bid, t, wrap_cls=f"heading-h{level}")


def callout(bid, emoji, t):
    return (
        f'<div class="block docx-callout-block" data-block-type="callout" data-block-id="{bid}" data-record-id="{rec()}">'
        f'<div class="callout-block" style="background-color: rgb(240, 244, 255); border-color: rgb(186, 206, 253);">'
        f'<span class="callout-block-emoji">{emoji}</span><div class="callout-render-unit">{text(bid + 1, t)}</div></div></div>'
    )


def todo(bid, t, done):
    return (
        f'<div class="block docx-todo-block" data-block-type="todo" data-block-id="{bid}" data-record-id="{rec()}">'
        f'<div class="todo-block{" todo-done" if done else ""}"><span class="todo-checkbox{" checked" if done else ""}"></span>'
        f'<div class="zone-container text-editor" data-zone-id="0" data-zone-container="*">{line(t)}</div></div></div>'
    )


def divider(bid):
    return f'<div class="block docx-divider-block" data-block-type="divider" data-block-id="{bid}" data-record-id="{rec()}"><div class="divider-block"><hr></div></div>'


def image(bid, src, caption):
    return (
        f'<div class="block docx-image-block" data-block-type="image" data-block-id="{bid}" data-record-id="{rec()}">'
        f'<div class="image-block"><img src="{src}" alt="" width="720" loading="lazy"></div>'
        f'<div class="image-block-caption"><span data-string="true">{caption}</span></div></div>'
    )


TREE = [
    ("7301182654392061953-home", None, "空间首页"),
    (TOK_PARENT, "parent", "讲话与发言稿"),
    (TOK1, "child", SPEECHES["feishu-1"].title),
    (TOK2, "child", SPEECHES["feishu-2"].title),
    (None, "child", "会议主持词模板"),
    (None, None, "团队周报"),
]


def tree(current):
    items = []
    for tok, kind, title in TREE:
        cls = "wiki-tree-node" + (" wiki-tree-node--child" if kind == "child" else "") + (" selected" if tok == current else "")
        if tok and tok.endswith("-home"):
            items.append(f'<li class="{cls}"><a class="wiki-tree-node-title" href="/wiki/space/{SPACE}">{title}</a></li>')
        elif tok:
            items.append(f'<li class="{cls}" data-node-token="{tok}"><a class="wiki-tree-node-title" href="/wiki/{tok}">{title}</a></li>')
        else:
            items.append(f'<li class="{cls} no-perm"><span class="wiki-tree-node-title" title="无权限访问">{title}</span></li>')
    return f"""<div class="wiki-tree-container"><div class="wiki-space-name">产品研发中心 · 知识库</div><ul class="wiki-tree">{''.join(items)}</ul></div>"""


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@TITLE@ - 飞书云文档</title>
<meta name="description" content="@DESC@">
<meta property="og:title" content="@TITLE@">
<meta property="og:site_name" content="飞书云文档">
<meta property="og:image" content="https://lf-package-cn.feishucdn.com/obj/feishu-static/lark/open/doc/frontend/images/doc_share_icon.png">
<link rel="icon" href="https://lf-package-cn.feishucdn.com/obj/feishu-static/lark/open/favicon/docx.ico">
<link rel="stylesheet" href="https://lf-package-cn.feishucdn.com/obj/feishu-static/ccm/docx/css/docx-ssr.2f8c91ad.css">
<script>window.__SSR_START__=Date.now();window.SSR_ENV={"isLogin":false,"tenantDomain":"jiaoyan","spaceId":"@SPACE@","token":"@TOKEN@","objType":"@OBJ@","lang":"zh-CN"};</script>
</head>
<body class="docx-ssr-body">
<div id="mainContainer" class="main__container suite-body">
<div class="suite-login-bar" role="banner">
  <span class="suite-login-bar__tip">当前为只读模式，登录后可编辑、评论</span>
  <a class="suite-login-bar__btn" href="https://accounts.feishu-like.test/accounts/page/login?app_id=2&amp;redirect_uri=@REDIR@">登录</a>
  <a class="suite-login-bar__apply" href="javascript:;" data-action="apply-permission">申请编辑权限</a>
</div>
<div class="navigation-bar-wrapper">
  <div class="navigation-bar">
    <a class="navigation-bar__logo" href="https://www.feishu.cn/" title="飞书"><img src="https://lf-package-cn.feishucdn.com/obj/feishu-static/lark/open/doc/frontend/images/feishu-logo.svg" alt="飞书"></a>
    <div class="navigation-bar__title">@TITLE@</div>
    <div class="navigation-bar__right"><button class="share-btn" type="button">分享</button><button class="more-btn" type="button" aria-label="更多"></button></div>
  </div>
</div>
<div class="wiki-layout">
<aside class="wiki-sidebar">@TREE@</aside>
<div class="wiki-main">
"""

FOOT = """</div>
</div>
<div class="suite-footer"><span>飞书 · 先进团队，先用飞书</span><a href="https://www.feishu.cn/download" target="_blank">下载飞书</a><span class="suite-footer__icp">&copy; 2026 北京飞书科技有限公司 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备20020364号-2</a></span></div>
</div>
<script src="https://lf-package-cn.feishucdn.com/obj/feishu-static/ccm/docx/js/vendor.6d1e0b3f.js" defer></script>
<script src="https://lf-package-cn.feishucdn.com/obj/feishu-static/ccm/docx/js/docx-ssr-hydrate.81c4a7e2.js" defer></script>
<script>window.Tea&&window.Tea("event",{name:"ccm_docx_ssr_view"});</script>
</body>
</html>
"""


def page(title, desc, token, obj, body):
    return (
        HEAD.replace("@TITLE@", title)
        .replace("@DESC@", desc)
        .replace("@SPACE@", SPACE)
        .replace("@TOKEN@", token)
        .replace("@OBJ@", obj)
        .replace("@REDIR@", f"https%3A%2F%2F{HOST}%2Fwiki%2F{token}")
        .replace("@TREE@", tree(token))
        + body
        + FOOT
    )


def doc_page(token, title, owner, created, modified, reads, blocks, comments):
    cm = "".join(
        f"""<div class="comment-card"><div class="comment-card__quote">{q}</div><div class="comment-item"><span class="comment-item__name">{who}</span><span class="comment-item__time">{when}</span><div class="comment-item__content">{c}</div></div></div>"""
        for q, who, when, c in comments
    )
    body = f"""<div class="docx-container" id="docx">
  <div class="root-render-unit-container">
    <div class="block docx-page-block" data-block-type="page" data-block-id="1" data-record-id="{token}">
      <div class="page-block-header"><h1 class="page-block-title"><div class="ace-line" data-node="true"><span data-string="true" data-leaf="true">{title}</span></div></h1></div>
      <div class="doc-info-container"><span class="doc-info-owner">所有者：<a class="mention-user" href="javascript:;">{owner}</a></span><span class="doc-info-sep">·</span><span class="doc-info-create">创建于 {created}</span><span class="doc-info-sep">·</span><span class="doc-info-modify">最近修改：{modified}</span><span class="doc-info-sep">·</span><span class="doc-info-view">{reads} 次阅读</span></div>
      <div class="page-block-children">
{chr(10).join('        ' + b for b in blocks)}
      </div>
    </div>
  </div>
  <div class="docx-footer-bar"><button class="like-btn" type="button">点赞</button><span class="like-count">{reads // 20}</span><button class="share-btn" type="button">分享</button><a class="report-btn" href="javascript:;">举报</a></div>
</div>
</div>
<div class="comment-panel" role="complementary"><div class="comment-panel__header">评论（{len(comments)}）</div>{cm}<div class="comment-panel__login">登录后参与评论</div></div>
"""
    return page(title, title, token, "wiki", body)


def build() -> Family:
    s1, s2 = SPEECHES["feishu-1"], SPEECHES["feishu-2"]
    fam = Family(HOST, "飞书文档 (Feishu docx) in a public 知识库 (wiki) space, SSR snapshot for guests", extensionless_html=True)

    text1 = []
    b1 = [callout(2, "💡", "本文为年度总结大会讲话定稿（1月16日下午宣读），对外发布请以公司公众号版本为准。")]
    bid = 4
    for i, p in enumerate(s1.paras):
        if p.startswith(("一是聚焦", "二是聚焦", "三是聚焦")):
            head, rest = p.split("。", 1)
            b1.append(heading(3, bid, head + "。"))
            bid += 1
            b1.append(text(bid, rest))
            text1 += [head + "。", rest]
        else:
            b1.append(text(bid, p))
            text1.append(p)
        bid += 1
    b1 += [
        divider(bid),
        text(bid + 1, '附：获奖名单见 <a class="mention-doc" href="javascript:;">2025年度优秀团队及个人表彰名单</a>（仅内部可见）'),
        text(bid + 2, '整理：<span class="mention-user">@行政部 刘畅</span>'),
    ]
    comments1 = [
        ("聚焦工程质量", "王睿", "2026年1月17日 09:12", "单测覆盖率百分之八十这个目标，Q1先从核心模块开始？"),
        ("技术债务专项", "赵一鸣", "2026年1月17日 10:40", "支持，建议每个迭代的技术债任务单独建看板。"),
    ]
    fam.put(f"/wiki/{TOK1}", doc_page(TOK1, s1.title, OWNER1, "2026年1月15日", "2026年1月16日 18:20", 236, b1, comments1))

    b2 = [
        callout(2, "📌", "2025年9月26日（周五）晚7:00 初二（3）班教室 · 班主任发言稿"),
        heading(2, 4, "发言稿"),
    ]
    bid = 5
    for i, p in enumerate(s2.paras):
        b2.append(text(bid, p))
        bid += 1
        if i == 3:
            b2.append(image(bid, f"https://internal-api-drive-stream.feishu-like.test/space/api/box/stream/download/v2/cover/boxcnQk8ZrT2mVw/?fallback_source=1&amp;height=1280&amp;mount_point=docx_image&amp;policy=equal&amp;width=1280", "图：开学以来班级广播操比赛获年级第二名"))
            bid += 1
    b2 += [
        divider(bid),
        heading(2, bid + 1, "会前准备"),
        todo(bid + 2, "打印座位表、家长签到表", True),
        todo(bid + 3, "各科老师交流时间表发班级群", True),
        todo(bid + 4, "准备成绩分析PPT（期中后再补）", False),
    ]
    comments2 = [("保证每天九个小时左右的睡眠", "李老师（英语）", "2025年9月25日 22:03", "可以补一句：周末作息也尽量和平时一致。")]
    fam.put(f"/wiki/{TOK2}", doc_page(TOK2, s2.title, OWNER2, "2025年9月24日", "2025年9月26日 21:03", 58, b2, comments2))

    children = [
        (TOK1, s1.title, OWNER1, "2026年1月16日"),
        (TOK2, s2.title, OWNER2, "2025年9月26日"),
    ]
    pb = [
        text(2, "本目录收集中心各类会议讲话、发言稿的定稿，新增文档请放到本页面下，并在标题中写明会议名称。"),
        heading(2, 3, "子页面"),
    ] + [
        f'<div class="block docx-sub_page_list-block" data-block-type="sub_page_list" data-block-id="{4 + i}" data-record-id="{rec()}"><div class="sub-page-item"><a class="sub-page-item__title" href="/wiki/{t}">{title}</a><span class="sub-page-item__meta">{o} · {d}</span></div></div>'
        for i, (t, title, o, d) in enumerate(children)
    ]
    fam.put(f"/wiki/{TOK_PARENT}", doc_page(TOK_PARENT, "讲话与发言稿", OWNER1, "2025年3月2日", "2026年1月16日 18:25", 412, pb, []))

    recent = "".join(
        f'<li class="space-recent-item"><a href="/wiki/{t}">{title}</a><span class="space-recent-item__meta">{o} 更新于 {d}</span></li>'
        for t, title, o, d in children
    )
    home_body = f"""<div class="space-home">
  <div class="space-home__header"><div class="space-home__icon">📚</div><h1 class="space-home__title">产品研发中心 · 知识库</h1><p class="space-home__desc">中心公开的会议材料、制度文档与经验沉淀。空间管理员：{OWNER1}</p></div>
  <div class="space-home__section"><h2 class="space-home__section-title">最近更新</h2><ul class="space-recent-list">{recent}</ul></div>
  <div class="space-home__section"><h2 class="space-home__section-title">目录</h2><ul class="space-home-catalog"><li><a href="/wiki/{TOK_PARENT}">讲话与发言稿</a></li><li class="no-perm">团队周报</li></ul></div>
</div>
</div>
"""
    fam.put(f"/wiki/space/{SPACE}", page("产品研发中心 · 知识库", "中心公开的会议材料、制度文档与经验沉淀", f"space-{SPACE}", "space", home_body))
    fam.home = f"/wiki/space/{SPACE}"
    fam.doc([f"/wiki/{TOK1}"], s1, text="\n".join(text1), published_at="2026-01-16")
    fam.doc([f"/wiki/{TOK2}"], s2, published_at="2025-09-26")
    fam.not_documents += [f"/wiki/{TOK_PARENT}"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /space/api/\nDisallow: /accounts/\n", "ascii")
    fam.noise += [
        "当前为只读模式，登录后可编辑、评论",
        "申请编辑权限",
        "所有者：",
        "最近修改：2026年1月16日 18:20",
        "236 次阅读",
        "本文为年度总结大会讲话定稿",
        "对外发布请以公司公众号版本为准",
        "附：获奖名单见",
        "整理：",
        "单测覆盖率百分之八十这个目标",
        "周末作息也尽量和平时一致",
        "登录后参与评论",
        "2025年9月26日（周五）晚7:00",
        "班主任发言稿",
        "图：开学以来班级广播操比赛获年级第二名",
        "会前准备",
        "打印座位表、家长签到表",
        "准备成绩分析PPT（期中后再补）",
        "产品研发中心 · 知识库",
        "先进团队，先用飞书",
        "京ICP备20020364号-2",
    ]
    fam.note = (
        "Docs and space pages are extensionless (`extensionless_html`). Home is the wiki space home "
        f"`/wiki/space/{SPACE}` (最近更新 and 目录); the parent node `/wiki/{TOK_PARENT}` is itself a docx page "
        "listing its 子页面 (not a document). Every page carries the same wiki tree with links to the three nodes "
        "(nodes the guest may not open are printed without links). In the first doc the 一是/二是/三是聚焦 leads "
        "are heading3 blocks and the rest of each paragraph the following text block: expected as two paragraphs "
        "(the heading its own line), as the doc prints them. Comment cards quote words from the text (划词评论): they are not part of it."
    )
    return fam
