"""腾讯文档 (docs.qq.com)-like shared documents as a guest gets them, the older server-rendered
reader: extensionless `/doc/DUkVGbGlicmFyeUtL` pages titled `文档名 - 腾讯文档`, `window.basicClientVars`
(padInfo: padTitle / creatorName / lastModifyTime in ms, userInfo isGuest), the header bar (logo,
title, 仅查看 badge, `最近编辑` time and editor, 登录 / 分享 / 在App中打开), the guest bar
(`你当前为游客身份，登录后可编辑、评论`), the text as a Quill `div.ql-editor` (`ql-align-center` title,
date and speaker lines typed into the doc, `<p><br></p>` blank lines, one paragraph with a
`<strong>` lead), the 目录 side panel, the hidden login dialog (QQ / 微信 登录, 服务协议), the mobile app
guide (打开腾讯文档App), 举报. Home is a shared folder `/desktop/mydoc/folder/aB3xQ9kLmN_2`
(`desktop-list-item` rows); `/` is the product landing page and links no document."""

import json

from common import SPEECHES, Family, render

HOST = "docs.tengxun-wendang.test"
FOLDER = "/desktop/mydoc/folder/aB3xQ9kLmN_2"

DOCS = [
    {
        "speech": SPEECHES["R27B2"],
        "id": "DUkVGbGlicmFyeUtL",
        "creator": "县文旅局办公室",
        "editor": "小韩",
        "mtime": "2024-04-22 16:05",
        "ms": 1713773100000,
        "shown_time": "4月22日 16:05",
        "byline": "县长　郑立新",
        "dateline": "（2024年4月23日）",
        "lead": None,
    },
    {
        "speech": SPEECHES["R27B6"],
        "id": "DQ2hZb3V0aFZvbHVu",
        "creator": "团市委组织部",
        "editor": "陈　晨",
        "mtime": "2024-05-03 21:47",
        "ms": 1714744020000,
        "shown_time": "5月3日 21:47",
        "byline": "团市委书记　高　远",
        "dateline": "（2024年5月4日，根据录音整理）",
        "lead": "一要坚持服务大局。",
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="腾讯文档,在线文档,在线表格,在线协作">
<meta name="description" content="@@DESC@@">
<meta property="og:title" content="@@OGTITLE@@">
<meta property="og:description" content="@@DESC@@">
<meta property="og:image" content="https://docs.gtimg-like.test/docs-design-resources/pc/png/logo_doc_200.png">
<link rel="shortcut icon" href="https://docs.gtimg-like.test/docs-static/favicon.ico">
<link rel="stylesheet" href="https://docs.gtimg-like.test/docs-static/@@CSS@@.8c2f1e7a.css">
"""


def basic_vars(d):
    speech = d["speech"]
    data = {
        "env": "production",
        "userInfo": {"uid": "", "nick": "", "isGuest": True, "isLogin": False},
        "padInfo": {
            "padId": "300000000$" + d["id"][1:],
            "localPadId": d["id"],
            "padTitle": speech.title,
            "padType": "doc",
            "creatorName": d["creator"],
            "ownerName": d["creator"],
            "lastModifyName": d["editor"],
            "lastModifyTime": d["ms"],
            "policy": 2,
            "isReadOnly": True,
            "canExport": False,
        },
        "clientVersion": "3.9.27",
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


LOGIN_DIALOG = """<div class="login-dialog-mask" id="login-dialog" style="display:none">
  <div class="login-dialog">
    <div class="login-dialog-title">登录腾讯文档</div>
    <div class="login-dialog-sub">登录后可编辑、评论，多人实时协作</div>
    <div class="login-dialog-btns"><a class="login-btn login-btn-qq" href="javascript:;" data-type="qq">QQ登录</a><a class="login-btn login-btn-wx" href="javascript:;" data-type="wx">微信登录</a></div>
    <div class="login-dialog-agree"><label><input type="checkbox" class="agree-check">登录即代表你已同意</label><a href="https://docs.tengxun-wendang.test/home/agreement" target="_blank">《腾讯文档服务协议》</a>和<a href="https://docs.tengxun-wendang.test/home/privacy" target="_blank">《隐私政策》</a></div>
    <a class="login-dialog-close" href="javascript:;" title="关闭">×</a>
  </div>
</div>"""

APP_GUIDE = """<div class="app-guide" id="app-guide">
  <img class="app-guide-logo" src="https://docs.gtimg-like.test/docs-design-resources/mobile/png/app_logo.png" alt="">
  <div class="app-guide-text"><p class="app-guide-title">腾讯文档</p><p class="app-guide-desc">打开腾讯文档App，体验更流畅</p></div>
  <a class="app-guide-btn" href="https://docs.tengxun-wendang.test/home/download" target="_blank">打开App</a>
</div>"""

STATS = """<script src="https://docs.gtimg-like.test/docs-static/vendor.4b7a90c1.js" crossorigin="anonymous"></script>
<script src="https://docs.gtimg-like.test/docs-static/@@BUNDLE@@.e1d53f28.js" crossorigin="anonymous"></script>
<script>
  (function(){var a=document.createElement("script");a.src="https://tajs.qq-like.test/stats?sId=66287331";a.async=!0;document.body.appendChild(a)})();
</script>
</body>
</html>
"""


def editor_html(d):
    speech = d["speech"]
    lines = [
        f'<p class="ql-align-center"><strong><span style="font-size: 22px;">{speech.title}</span></strong></p>',
        f'<p class="ql-align-center">{d["dateline"]}</p>',
        f'<p class="ql-align-center">{d["byline"]}</p>',
        "<p><br></p>",
    ]
    for para in speech.paras:
        if d["lead"] and para.startswith(d["lead"]):
            lines.append(f"<p><strong>{d['lead']}</strong>{para[len(d['lead']):]}</p>")
        else:
            lines.append(f"<p>{para}</p>")
    return "\n".join(lines)


def doc_page(d):
    speech = d["speech"]
    page = (
        HEAD
        + """<script>window.basicClientVars = @@VARS@@;</script>
</head>
<body class="doc-body is-guest">
<div id="app" class="app-container">
  <div class="header" id="header">
    <div class="header-left">
      <a class="header-logo" href="https://docs.tengxun-wendang.test/" target="_blank" title="腾讯文档"><i class="icon-docs-logo"></i></a>
      <div class="title-container">
        <div class="title-text" title="@@DOCTITLE@@">@@DOCTITLE@@</div>
        <span class="header-badge header-badge-readonly">仅查看</span>
      </div>
      <div class="header-status"><span class="header-status-text">最近编辑：@@EDITOR@@ @@SHOWN@@</span></div>
    </div>
    <div class="header-right">
      <a class="header-btn header-btn-app" href="https://docs.tengxun-wendang.test/home/download" target="_blank">在App中打开</a>
      <a class="header-btn header-btn-share" href="javascript:;">分享</a>
      <a class="header-btn header-btn-login" href="javascript:;" onclick="showLogin()">登录</a>
    </div>
  </div>
  <div class="guest-tips" id="guest-tips">
    <i class="icon-info"></i><span>你当前为游客身份，登录后可编辑、评论</span><a class="guest-tips-login" href="javascript:;" onclick="showLogin()">立即登录</a><a class="guest-tips-close" href="javascript:;">×</a>
  </div>
  <div class="main-container">
    <div class="doc-outline" id="doc-outline">
      <div class="doc-outline-title">目录</div>
      <div class="doc-outline-empty">在文档中添加标题后，目录会显示在这里</div>
    </div>
    <div class="doc-container" id="doc-container">
      <div class="ql-container ql-snow ql-disabled" id="editor">
        <div class="ql-editor" data-gramm="false" contenteditable="false">
@@BODY@@
        </div>
      </div>
    </div>
    <div class="doc-footer-tools">
      <a class="tool-report" href="https://docs.tengxun-wendang.test/home/report?id=@@ID@@" target="_blank" rel="nofollow">举报</a>
      <span class="tool-creator">创建者：@@CREATOR@@</span>
    </div>
  </div>
</div>
@@APP@@
@@LOGIN@@
"""
        + STATS
    )
    return render(
        page,
        TITLE=f"{speech.title} - 腾讯文档",
        DESC="腾讯文档-在线文档",
        OGTITLE=speech.title,
        CSS="doc",
        VARS=basic_vars(d),
        DOCTITLE=speech.title,
        EDITOR=d["editor"],
        SHOWN=d["shown_time"],
        BODY=editor_html(d),
        ID=d["id"],
        CREATOR=d["creator"],
        APP=APP_GUIDE,
        LOGIN=LOGIN_DIALOG,
        BUNDLE="doc",
    )


def folder_page():
    rows = "\n".join(
        f"""      <div class="desktop-list-item" data-id="{d['id']}">
        <i class="desktop-icon icon-doc"></i>
        <a class="desktop-list-item-title" href="/doc/{d['id']}" target="_blank" title="{d['speech'].title}">{d['speech'].title}</a>
        <span class="desktop-list-item-owner">{d['creator']}</span>
        <span class="desktop-list-item-time">{d['mtime'][:10].replace('-', '/')}</span>
      </div>"""
        for d in DOCS
    )
    page = (
        HEAD
        + """</head>
<body class="desktop-body is-guest">
<div id="app" class="app-container">
  <div class="header" id="header">
    <div class="header-left">
      <a class="header-logo" href="https://docs.tengxun-wendang.test/" target="_blank" title="腾讯文档"><i class="icon-docs-logo"></i></a>
      <div class="title-container"><i class="icon-folder"></i><div class="title-text">讲话材料（共享）</div><span class="header-badge header-badge-readonly">仅查看</span></div>
    </div>
    <div class="header-right"><a class="header-btn header-btn-app" href="https://docs.tengxun-wendang.test/home/download" target="_blank">在App中打开</a><a class="header-btn header-btn-login" href="javascript:;" onclick="showLogin()">登录</a></div>
  </div>
  <div class="guest-tips"><i class="icon-info"></i><span>你当前为游客身份，登录后可将文件夹添加到“我的文档”</span><a class="guest-tips-login" href="javascript:;" onclick="showLogin()">立即登录</a></div>
  <div class="desktop-main">
    <div class="desktop-crumb"><span>共享文件夹</span><span class="sep">/</span><span class="cur">讲话材料（共享）</span></div>
    <div class="desktop-list">
      <div class="desktop-list-head"><span>名称</span><span>所有者</span><span>最近修改</span></div>
@@ROWS@@
    </div>
  </div>
</div>
@@LOGIN@@
"""
        + STATS
    )
    return render(
        page,
        TITLE="讲话材料（共享） - 腾讯文档",
        DESC="腾讯文档-在线文档",
        OGTITLE="讲话材料（共享）",
        CSS="desktop",
        ROWS=rows,
        LOGIN=LOGIN_DIALOG,
        BUNDLE="desktop",
    )


def landing_page():
    page = (
        HEAD
        + """</head>
<body class="home-body">
<div class="home-header">
  <a class="home-logo" href="/"><i class="icon-docs-logo"></i>腾讯文档</a>
  <ul class="home-nav"><li><a href="/home/solution">解决方案</a></li><li><a href="/home/templates">模板</a></li><li><a href="/home/download">下载</a></li><li><a href="/home/help">帮助中心</a></li></ul>
  <a class="home-login" href="javascript:;" onclick="showLogin()">登录</a>
</div>
<div class="home-banner">
  <h1>腾讯文档</h1>
  <p>可多人协作的在线文档，可同时编辑Word、Excel和PPT文档，云端实时保存。</p>
  <a class="home-btn-start" href="/desktop/" rel="nofollow">免费使用</a>
</div>
<div class="home-footer">
  <p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved.　腾讯公司 版权所有</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤B2-20090059</a>　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备05066627号-44</a></p>
</div>
@@LOGIN@@
"""
        + STATS
    )
    return render(page, TITLE="腾讯文档-在线文档", DESC="腾讯文档是一款可多人协作的在线文档。", OGTITLE="腾讯文档", CSS="home", LOGIN=LOGIN_DIALOG, BUNDLE="home")


def build() -> Family:
    fam = Family(
        HOST,
        "腾讯文档 (docs.qq.com) shared docs for a guest: Quill reader, basicClientVars, 仅查看 header, guest/login/app prompts, shared folder home",
        extensionless_html=True,
    )
    fam.home = FOLDER
    fam.put(FOLDER, folder_page())
    fam.put("/", landing_page())
    fam.not_documents += [FOLDER, "/"]
    for d in DOCS:
        path = f"/doc/{d['id']}"
        fam.put(path, doc_page(d))
        fam.doc([path], d["speech"])
    fam.note = (
        "title is the pad's title (header and basicClientVars; <title> adds ' - 腾讯文档'); "
        "published_at is the speech's date line typed in the doc (the header prints only 月日 of the last edit)"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /desktop/\nDisallow: /home/report\n")
    fam.noise += [
        "仅查看",
        "最近编辑",
        "你当前为游客身份",
        "立即登录",
        "在App中打开",
        "打开腾讯文档App",
        "登录腾讯文档",
        "《腾讯文档服务协议》",
        "QQ登录",
        "微信登录",
        "在文档中添加标题后",
        "创建者",
        "举报",
        DOCS[0]["byline"],
        DOCS[1]["byline"],
        DOCS[0]["dateline"],
        DOCS[1]["dateline"],
    ]
    return fam
