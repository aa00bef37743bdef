"""钉钉文档 (alidocs.dingtalk.com/i/nodes/ID) shared documents as a guest gets them (link permission
互联网获得链接的人可查看): extensionless `/i/nodes/<32 chars>` pages, `<title>` `标题 · 钉钉文档`,
`window.__ALIDOCS_SSR__` (node info: name, creator, gmtModified in ms, permission READ, user null), the
doc header (钉钉文档 logo, breadcrumb 知识库 / folder / title, 仅可查看 tag, 登录 / 下载钉钉 / 在钉钉中打开),
the guest banner (`登录钉钉，可评论、收藏、创建副本`), the server-rendered read-only document in
`div.we-doc-viewer > div.we-doc-body` with `div.we-block[data-type=paragraph]`/`span.we-text` runs
(heading block for the title, a 楷体 speaker line), 文档信息 (创建者 / 最近更新), a 评论 box for guests
(登录后参与评论), the login dialog (钉钉扫码登录), and the Alibaba/DingTalk footer (浙ICP备, 浙公网安备).
Home is the 知识库 overview `/i/spaces/<id>/overview` linking the folder node `/i/nodes/<id>`, whose
file list links both documents."""

import json

from common import SPEECHES, Family, render

HOST = "alidocs-like.test"
SPACE = "/i/spaces/mExel2BLV5nPRaJagZlXwjkYvg6r0Bmy/overview"
FOLDER_ID = "Obva6QBXJw6qEGEZTKYKaKDN8n4qY5Pr"
FOLDER = f"/i/nodes/{FOLDER_ID}"

DOCS = [
    {
        "speech": SPEECHES["R33B5"], "id": "R1zknDm0WR6XzZ4Lt3Qy9AMXJBQEx5rG", "creator": "区民政局-周慧",
        "modified": 1727428260000, "shown": "2024年9月27日 17:11", "created": "2024年9月25日 10:02",
        "byline": "区委常委、组织部部长　吴振华", "dateline": "（2024年9月27日）",
    },
    {
        "speech": SPEECHES["R33B6"], "id": "G1DKw2zgV2KR7ekLIo6bPPNAVB5r9YAn", "creator": "白沙镇党政办-黎明",
        "modified": 1727831520000, "shown": "2024年10月2日 09:12", "created": "2024年9月29日 15:46",
        "byline": "白沙镇党委书记　刘志勇", "dateline": None,
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="aplus-core" content="aplus.js">
<meta name="data-spm" content="a2q1e">
<title>@@TITLE@@</title>
<link rel="shortcut icon" href="https://img.alicdn-like.test/imgextra/i4/O1CN01alidocs_favicon.ico">
<link rel="stylesheet" href="https://g.alicdn-like.test/code/npm/@ali/alidocs-web/4.12.8/@@CSS@@.css">
<script>window.__ALIDOCS_SSR__ = @@DATA@@;</script>
<script src="https://g.alicdn-like.test/alilog/mlog/aplus_v2.js" id="beacon-aplus" exparams="clog=o&aplus&sidx=aplusSidx&ckx=aplusCkx" async></script>
</head>
"""

HEADER = """<div class="alidocs-header">
  <div class="alidocs-header-left">
    <a class="alidocs-logo" href="https://www.dingtalk-like.test/" target="_blank" title="钉钉文档"><i class="dt-icon-logo"></i><span>钉钉文档</span></a>
    <div class="alidocs-breadcrumb"><a href="@@SPACE@@">@@SPACE_NAME@@</a><span class="sep">/</span><a href="@@FOLDER@@">讲话材料</a>@@CRUMB_TAIL@@</div>
  </div>
  <div class="alidocs-header-right">
    <span class="perm-tag">仅可查看</span>
    <a class="btn-open-in-dt" href="dingtalk://dingtalkclient/page/link?url=@@OPEN@@" rel="nofollow">在钉钉中打开</a>
    <a class="btn-download-dt" href="https://www.dingtalk-like.test/download" target="_blank" rel="nofollow">下载钉钉</a>
    <a class="btn-login" href="https://login.dingtalk-like.test/oauth2/challenge.htm?redirect_uri=https%3A%2F%2Falidocs-like.test@@PATH_Q@@" rel="nofollow">登录</a>
  </div>
</div>
<div class="guest-banner"><i class="dt-icon-info"></i><span>你正在以访客身份查看，登录钉钉，可评论、收藏、创建副本</span><a href="https://login.dingtalk-like.test/oauth2/challenge.htm" rel="nofollow">立即登录</a></div>
"""

FOOT = """<div class="login-modal" id="dtLoginModal" style="display:none">
  <div class="login-modal-title">登录钉钉</div>
  <div class="login-modal-qr"><img src="https://img.alicdn-like.test/imgextra/i1/O1CN01qr_login.png" alt=""><p>请使用钉钉扫描二维码登录</p></div>
  <div class="login-modal-other"><a href="javascript:;">账号密码登录</a></div>
</div>
<div class="alidocs-footer">
  <span>&copy; 2024 钉钉（中国）信息技术有限公司</span>
  <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备18037475号-1</a>
  <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602009975" target="_blank" rel="nofollow">浙公网安备33010602009975号</a>
  <a href="https://page.dingtalk-like.test/wow/dingtalk/act/serviceagreement" target="_blank" rel="nofollow">服务协议</a>
  <a href="https://page.dingtalk-like.test/wow/dingtalk/act/privacypolicy" target="_blank" rel="nofollow">隐私政策</a>
</div>
<script crossorigin src="https://g.alicdn-like.test/code/lib/react/16.14.0/umd/react.production.min.js"></script>
<script crossorigin src="https://g.alicdn-like.test/code/lib/react-dom/16.14.0/umd/react-dom.production.min.js"></script>
<script src="https://g.alicdn-like.test/code/npm/@ali/alidocs-web/4.12.8/@@CSS@@.js"></script>
</body>
</html>
"""

SPACE_NAME = "白沙片区宣传文稿库"


def ssr(node, kind):
    return json.dumps({
        "node": node, "nodeType": kind, "permission": {"role": "READ", "linkShare": "PUBLIC_READ"},
        "user": None, "env": {"appVersion": "4.12.8", "isGuest": True},
    }, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def block(text, kind="paragraph", style=""):
    return (f'<div class="we-block we-block-{kind}" data-type="{kind}"><p class="we-p"{style}>'
            f'<span class="we-text" data-slate-string="true">{text}</span></p></div>')


def doc_page(d):
    s = d["speech"]
    blocks = [f'<div class="we-block we-block-heading" data-type="heading-1"><h1 class="we-h1" style="text-align:center"><span class="we-text" data-slate-string="true">{s.title}</span></h1></div>',
              block(d["byline"], style=' style="text-align:center;font-family:楷体"')]
    if d["dateline"]:
        blocks.append(block(d["dateline"], style=' style="text-align:center;font-family:楷体"'))
    blocks += [block(p, style=' style="text-indent:2em"') for p in s.paras]
    node = {"dentryUuid": d["id"], "name": s.title, "extension": "adoc", "creator": {"nick": d["creator"]},
            "gmtModified": d["modified"], "spaceName": SPACE_NAME}
    page = HEAD + """<body class="alidocs-share is-guest">
<div id="root">
""" + HEADER + """<div class="doc-layout">
  <div class="doc-main">
    <div class="doc-title-area"><div class="doc-title" title="@@NAME@@">@@NAME@@</div>
      <div class="doc-meta"><span class="doc-meta-creator"><img class="avatar" src="https://static.dingtalk-like.test/media/lADPavatar_48_48.jpg" alt="">@@CREATOR@@</span><span class="doc-meta-time">最近更新：@@SHOWN@@</span></div>
    </div>
    <div class="we-doc-viewer" data-readonly="true">
      <div class="we-doc-body">
@@BLOCKS@@
      </div>
    </div>
    <div class="doc-comment">
      <div class="doc-comment-title">评论</div>
      <div class="doc-comment-empty">暂无评论</div>
      <div class="doc-comment-input is-disabled"><a href="https://login.dingtalk-like.test/oauth2/challenge.htm" rel="nofollow">登录后参与评论</a></div>
    </div>
  </div>
  <div class="doc-side">
    <div class="doc-info-card">
      <div class="doc-info-title">文档信息</div>
      <p><span class="label">创建者</span><span>@@CREATOR@@</span></p>
      <p><span class="label">创建时间</span><span>@@CREATED@@</span></p>
      <p><span class="label">最近更新</span><span>@@SHOWN@@</span></p>
      <p><span class="label">所在位置</span><span>@@SPACE_NAME@@ / 讲话材料</span></p>
    </div>
    <div class="dt-app-card"><img src="https://img.alicdn-like.test/imgextra/i2/O1CN01dt_app_qr.png" alt=""><p>扫码下载钉钉</p><p class="sub">随时随地查看和编辑文档</p></div>
  </div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title} · 钉钉文档", CSS="doc", DATA=ssr(node, "doc"), SPACE=SPACE, SPACE_NAME=SPACE_NAME,
                  FOLDER=FOLDER, CRUMB_TAIL=f'<span class="sep">/</span><span class="cur">{s.title}</span>',
                  OPEN=f"https%3A%2F%2Falidocs-like.test%2Fi%2Fnodes%2F{d['id']}", PATH_Q=f"%2Fi%2Fnodes%2F{d['id']}",
                  NAME=s.title, CREATOR=d["creator"], SHOWN=d["shown"], BLOCKS="\n".join(blocks), CREATED=d["created"])


def folder_page():
    rows = "\n".join(
        f"""      <div class="file-row" data-dentry-uuid="{d['id']}"><i class="file-icon file-icon-adoc"></i><a class="file-row-name" href="/i/nodes/{d['id']}" title="{d['speech'].title}">{d['speech'].title}</a><span class="file-row-owner">{d['creator']}</span><span class="file-row-time">{d['shown'][:-6]}</span></div>"""
        for d in DOCS)
    node = {"dentryUuid": FOLDER_ID, "name": "讲话材料", "type": "folder", "spaceName": SPACE_NAME}
    page = HEAD + """<body class="alidocs-share is-guest">
<div id="root">
""" + HEADER + """<div class="folder-layout">
  <div class="folder-title"><i class="file-icon file-icon-folder"></i>讲话材料</div>
  <div class="file-list">
    <div class="file-list-head"><span>名称</span><span>所有者</span><span>最近更新</span></div>
@@ROWS@@
  </div>
</div>
</div>
""" + FOOT
    return render(page, TITLE="讲话材料 · 钉钉文档", CSS="folder", DATA=ssr(node, "folder"), SPACE=SPACE, SPACE_NAME=SPACE_NAME, FOLDER=FOLDER,
                  CRUMB_TAIL="", OPEN=f"https%3A%2F%2Falidocs-like.test%2Fi%2Fnodes%2F{FOLDER_ID}", PATH_Q=f"%2Fi%2Fnodes%2F{FOLDER_ID}", ROWS=rows)


def space_page():
    recent = "\n".join(f'      <li><a href="/i/nodes/{d["id"]}">{d["speech"].title}</a><span class="time">{d["shown"][:-6]}</span></li>' for d in DOCS)
    node = {"spaceId": "mExel2BLV5nPRaJagZlXwjkYvg6r0Bmy", "name": SPACE_NAME, "type": "space"}
    page = HEAD + """<body class="alidocs-share is-guest">
<div id="root">
""" + HEADER + """<div class="space-layout">
  <div class="space-cover"><h1 class="space-name">@@SPACE_NAME@@</h1><p class="space-desc">白沙片区各单位讲话、致辞、发言材料归档，仅供内部学习参考。</p></div>
  <div class="space-tree">
    <div class="tree-title">目录</div>
    <ul><li><i class="file-icon file-icon-folder"></i><a href="@@FOLDER@@">讲话材料</a></li><li><i class="file-icon file-icon-folder"></i><span class="no-perm" title="无权限">会议纪要</span></li></ul>
  </div>
  <div class="space-recent">
    <div class="recent-title">最近更新</div>
    <ul>
@@RECENT@@
    </ul>
  </div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{SPACE_NAME} · 钉钉文档", CSS="space", DATA=ssr(node, "space"), SPACE=SPACE, SPACE_NAME=SPACE_NAME, FOLDER=FOLDER,
                  CRUMB_TAIL="", OPEN="https%3A%2F%2Falidocs-like.test" + SPACE.replace("/", "%2F"), PATH_Q=SPACE.replace("/", "%2F"), RECENT=recent)


def build() -> Family:
    fam = Family(HOST, "钉钉文档 (alidocs.dingtalk.com/i/nodes/ID) guest read-only share pages: SSR we-doc blocks, 仅可查看 header, guest/login banners, 文档信息 card, 知识库 overview home",
                 extensionless_html=True)
    fam.home = SPACE
    fam.put(SPACE, space_page())
    fam.put(FOLDER, folder_page())
    fam.not_documents += [SPACE, FOLDER]
    for d in DOCS:
        path = f"/i/nodes/{d['id']}"
        fam.put(path, doc_page(d))
        fam.doc([path], d["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.note = ("title is the document's name (also its heading block); published_at is the first document's own date line (its 最近更新 is the same day), "
                "the second's 最近更新 date (the opening day), as that document prints no date of its own")
    fam.noise += ["仅可查看", "在钉钉中打开", "下载钉钉", "立即登录", "你正在以访客身份查看", "最近更新", "文档信息", "登录后参与评论", "暂无评论",
                  "浙ICP备18037475号-1", "扫码下载钉钉", DOCS[0]["byline"], DOCS[1]["byline"], DOCS[0]["dateline"]]
    return fam
