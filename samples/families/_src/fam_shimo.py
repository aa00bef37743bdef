"""石墨文档 (shimo.im/docs/ID) public shared documents as a guest gets them: extensionless
`/docs/<16-char guid>` pages titled `标题 - 石墨文档`, `window.__INITIAL_STATE__` (file guid / name /
updatedAt / creator, permission readonly, currentUser null), the 协作 header (石墨 logo, the title,
`只读` badge, `最近修改于 …` by whom, the collaborator avatars `3人正在查看`, 评论 / 历史 / 分享 buttons,
登录 / 注册), the doc's own title field `div.sm-doc-title` above the editor, the text in
`div.ql-editor[contenteditable=false]` lines (`<p>` with `data-line-id`, `<p><br></p>` blanks, one doc
closing with a right-aligned signature and date, the other with its speaker/date lines under the title),
a comment side panel with a guest's comment and 登录后参与评论, the guest banner
(`你正在以游客身份查看，登录后可评论、协作`), the app prompt (用石墨文档 App 打开) and the footer.
Home is a public folder `/folder/…` (`file-list-row`s); `/` is the landing page."""

import json

from common import SPEECHES, Family, render

HOST = "shimo-like.test"
FOLDER = "/folder/gXqW8dTk3cRvYp9H"

DOCS = [
    {
        "speech": SPEECHES["R30B5"], "id": "KlkKVqnB2OFvpoqd", "creator": "青枫社区居委会", "editor": "社区小吴",
        "updated": "2024-05-17T12:41:09.000Z", "shown": "5月17日 20:41", "top": None,
        "sign": ["青枫社区党委书记、居委会主任　许丽华", "2024年5月18日"],
        "comment": ("网格员小陈", "第三段王阿姨的事例已征得本人同意。"),
    },
    {
        "speech": SPEECHES["R30B6"], "id": "xRk9PyTwH3tGJcWq", "creator": "高新区管委会办公室", "editor": "经发局-钱",
        "updated": "2024-03-11T09:02:44.000Z", "shown": "3月11日 17:02", "top": ["——管委会主任　沈建平", "（2024年3月12日）"],
        "sign": None,
        "comment": ("办公室-老孙", "规上工业产值增速以统计局最终数据为准，已核。"),
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta property="og:title" content="@@OGTITLE@@">
<meta property="og:site_name" content="石墨文档">
<meta property="og:image" content="https://assets.smcdn-like.test/static/images/og_shimo.png">
<link rel="shortcut icon" href="https://assets.smcdn-like.test/static/favicon.ico">
<link rel="stylesheet" href="https://assets.smcdn-like.test/lizard-service/@@CSS@@.5e0c2a9f.css">
"""

FOOT = """<div class="sm-login-modal" id="sm-login-modal" style="display:none">
  <div class="sm-login-title">登录石墨文档</div>
  <div class="sm-login-tabs"><span class="active">微信登录</span><span>手机号登录</span><span>邮箱登录</span></div>
  <div class="sm-login-agree">登录即表示同意<a href="https://shimo-like.test/agreement" target="_blank">《石墨文档用户协议》</a>与<a href="https://shimo-like.test/privacy" target="_blank">《隐私政策》</a></div>
</div>
<script src="https://assets.smcdn-like.test/lizard-service/runtime.a14f8c02.js"></script>
<script src="https://assets.smcdn-like.test/lizard-service/@@CSS@@.c93d07e1.js"></script>
<script>(function(){var s=document.createElement("script");s.async=true;s.src="https://sensors.shimo-like.test/sa.min.js";document.head.appendChild(s)})();</script>
</body>
</html>
"""


def state(d):
    return json.dumps({
        "file": {"guid": d["id"], "name": d["speech"].title, "type": "newdoc", "updatedAt": d["updated"],
                 "creator": {"name": d["creator"]}, "updatedBy": {"name": d["editor"]}, "isPublic": True},
        "permissions": {"readable": True, "editable": False, "commentable": False},
        "currentUser": None,
    }, ensure_ascii=False, separators=(",", ":"))


def editor(d):
    s = d["speech"]
    n = 0
    out = []

    def line(text, attrs=""):
        nonlocal n
        n += 1
        out.append(f'<p data-line-id="L{n:03d}"{attrs}>{text}</p>')

    if d["top"]:
        for t in d["top"]:
            line(t, ' class="ql-align-center"')
        line("<br>")
    for para in s.paras:
        line(para)
    if d["sign"]:
        line("<br>")
        for t in d["sign"]:
            line(t, ' class="ql-align-right"')
    return "\n".join(out)


def doc_page(d):
    s = d["speech"]
    who, said = d["comment"]
    page = HEAD + """<script>window.__INITIAL_STATE__ = @@STATE@@;</script>
</head>
<body class="sm-doc-body sm-guest">
<div id="root">
  <div class="sm-header">
    <div class="sm-header-left">
      <a class="sm-logo" href="https://shimo-like.test/" target="_blank" title="石墨文档"><i class="sm-icon-logo"></i></a>
      <div class="sm-file-title"><span class="sm-file-title-text">@@DOCTITLE@@</span><span class="sm-badge sm-badge-readonly">只读</span></div>
      <div class="sm-save-status">最近修改于 @@SHOWN@@ · @@EDITOR@@</div>
    </div>
    <div class="sm-header-right">
      <div class="sm-collaborators"><span class="sm-avatar" style="background:#4e83fd">访</span><span class="sm-avatar" style="background:#f5a623">访</span><span class="sm-avatar" style="background:#7ed321">访</span><span class="sm-collaborators-count">3人正在查看</span></div>
      <button class="sm-btn sm-btn-comment" type="button">评论</button>
      <button class="sm-btn sm-btn-history" type="button">历史</button>
      <button class="sm-btn sm-btn-share" type="button">分享</button>
      <a class="sm-btn sm-btn-primary sm-btn-login" href="/login?from=docs" rel="nofollow">登录 / 注册</a>
    </div>
  </div>
  <div class="sm-guest-banner">你正在以游客身份查看，登录后可评论、协作<a href="/login?from=docs" rel="nofollow">立即登录</a></div>
  <div class="sm-doc-container">
    <div class="sm-doc-outline"><div class="sm-doc-outline-title">目录</div><div class="sm-doc-outline-empty">暂无目录</div></div>
    <div class="sm-doc-main">
      <div class="sm-doc-title">@@DOCTITLE@@</div>
      <div class="sm-editor-wrapper">
        <div class="ql-container ql-disabled">
          <div class="ql-editor" contenteditable="false" data-gramm="false">
@@BODY@@
          </div>
        </div>
      </div>
    </div>
    <div class="sm-comment-panel">
      <div class="sm-comment-panel-title">评论（1）</div>
      <div class="sm-comment-item"><span class="sm-comment-user">@@WHO@@</span><span class="sm-comment-time">@@SHOWN@@</span><p class="sm-comment-content">@@SAID@@</p></div>
      <div class="sm-comment-login">登录后参与评论</div>
    </div>
  </div>
  <div class="sm-app-prompt"><span>用石墨文档 App 打开，阅读体验更佳</span><a href="https://shimo-like.test/apps" target="_blank">打开 App</a></div>
  <div class="sm-doc-footer"><span>由 @@CREATOR@@ 创建</span> · <a href="https://shimo-like.test/report?guid=@@ID@@" target="_blank" rel="nofollow">举报</a> · <span>石墨文档 · 京ICP备14046472号-6</span></div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title} - 石墨文档", DESC="石墨文档，支持多人协作的在线文档", OGTITLE=s.title, CSS="docs",
                  STATE=state(d), DOCTITLE=s.title, SHOWN=d["shown"], EDITOR=d["editor"], BODY=editor(d),
                  WHO=who, SAID=said, CREATOR=d["creator"], ID=d["id"])


def folder_page():
    rows = "\n".join(
        f"""      <div class="file-list-row" data-guid="{d['id']}"><i class="sm-file-icon sm-file-icon-newdoc"></i><a class="file-list-name" href="/docs/{d['id']}" target="_blank">{d['speech'].title}</a><span class="file-list-creator">{d['creator']}</span><span class="file-list-updated">{d['shown']}</span></div>"""
        for d in DOCS
    )
    page = HEAD + """</head>
<body class="sm-folder-body sm-guest">
<div id="root">
  <div class="sm-header"><div class="sm-header-left"><a class="sm-logo" href="https://shimo-like.test/" target="_blank" title="石墨文档"><i class="sm-icon-logo"></i></a><div class="sm-file-title"><span class="sm-file-title-text">讲话材料（公开）</span><span class="sm-badge sm-badge-readonly">只读</span></div></div>
  <div class="sm-header-right"><a class="sm-btn sm-btn-primary sm-btn-login" href="/login?from=folder" rel="nofollow">登录 / 注册</a></div></div>
  <div class="sm-guest-banner">你正在以游客身份查看，登录后可将文件夹添加到我的桌面<a href="/login?from=folder" rel="nofollow">立即登录</a></div>
  <div class="sm-folder-main">
    <div class="sm-breadcrumb"><span>共享文件夹</span><span class="sep">/</span><span class="cur">讲话材料（公开）</span></div>
    <div class="file-list"><div class="file-list-head"><span>名称</span><span>创建者</span><span>最近更新</span></div>
@@ROWS@@
    </div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="讲话材料（公开） - 石墨文档", DESC="石墨文档，支持多人协作的在线文档", OGTITLE="讲话材料（公开）", CSS="folder", ROWS=rows)


def landing_page():
    page = HEAD + """</head>
<body class="sm-home">
<div class="home-nav"><a class="home-logo" href="/">石墨文档</a><a href="/pricing">价格</a><a href="/apps">下载</a><a href="/help">帮助中心</a><a class="home-login" href="/login" rel="nofollow">登录</a></div>
<div class="home-hero"><h1>石墨文档</h1><p>云端实时协作的企业办公软件</p><a class="home-btn" href="/register" rel="nofollow">免费注册</a></div>
<div class="home-footer"><p>&copy; 2024 武汉初心科技有限公司</p><p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备14046472号-6</a></p></div>
""" + FOOT
    return render(page, TITLE="石墨文档 - 云端实时协作办公", DESC="石墨文档是一款支持多人协作的在线文档。", OGTITLE="石墨文档", CSS="home")


def build() -> Family:
    fam = Family(HOST, "石墨文档 (shimo.im) public docs for a guest: read-only Quill view, __INITIAL_STATE__, 协作 header, comments, login/app prompts, public folder home", extensionless_html=True)
    fam.home = FOLDER
    fam.put(FOLDER, folder_page())
    fam.put("/", landing_page())
    fam.not_documents += [FOLDER, "/"]
    for d in DOCS:
        path = f"/docs/{d['id']}"
        fam.put(path, doc_page(d))
        fam.doc([path], d["speech"])
    fam.note = ("published_at is the date the doc itself prints (the signature's date at the end of one, the date line under "
                "the title of the other); the header's 最近修改于 time is an edit time")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /desktop\n")
    fam.noise += ["只读", "最近修改于", "3人正在查看", "你正在以游客身份查看", "登录后参与评论", "用石墨文档 App 打开", "登录石墨文档",
                  "京ICP备14046472号-6", DOCS[0]["comment"][1], DOCS[1]["comment"][1], DOCS[0]["sign"][0], DOCS[1]["top"][0], DOCS[1]["top"][1]]
    return fam
