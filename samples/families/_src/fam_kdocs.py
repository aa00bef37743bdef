"""金山文档 (kdocs.cn/l/ID) shared files as a guest gets them: extensionless `/l/cXXXXXXXXXXX` share links,
`<title>` the file name with its extension (`….docx`), `window.__WPSENV__` and `window.__SHARE_DATA__`
(fileinfo: fname / fsize / mtime in seconds / creator, link permission read, user isLogin false); the
web-office header (金山文档 logo, file name, 只读 badge, `最近修改` line, 登录 / 分享 / 下载), the guest
bar (`登录金山文档，体验更多功能`), a server-rendered preview of the Word file in
`div.wo-preview > div.wo-page` boxes with `p.wo-para` lines (the file's own centred title, speaker and
date lines, a bold lead on one paragraph), the 用WPS打开 / 下载金山文档App prompt, a hidden login panel
(微信扫码登录, 手机号登录, 用户协议), 举报 and the Kingsoft footer with ICP lines. Home is a shared
folder link whose `file-list-item` rows link the files; `/` is the product landing page."""

import json

from common import SPEECHES, Family, render

HOST = "www.kdocs-like.test"
FOLDER = "/l/cmW3fGk7Tq2p"

DOCS = [
    {
        "speech": SPEECHES["R30B3"], "id": "cq8ZbN2xPd5v", "fname": "区教育局局长在新入职教师岗前培训开班仪式上的讲话.docx",
        "creator": "区教师发展中心", "mtime": 1724050380, "shown": "2024/08/19 14:53", "size": "27.6K",
        "byline": "区教育局党组书记、局长　周晓岚", "dateline": "（2024年8月20日）", "lead": None,
    },
    {
        "speech": SPEECHES["R30B4"], "id": "cF4kRt9mLs0w", "fname": "安全生产月启动仪式讲话（定稿）.docx",
        "creator": "集团安全环保部-王工", "mtime": 1717208640, "shown": "2024/06/01 10:24", "size": "31.2K",
        "byline": "集团公司总经理　韩振宇", "dateline": "（2024年6月3日）", "lead": "第一，把生命通道畅通起来。",
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="金山文档,在线文档,WPS,多人协作">
<meta name="description" content="@@DESC@@">
<link rel="icon" href="https://qn.cache.wpscdn-like.test/kdocs/favicon.ico">
<link rel="stylesheet" href="https://qn.cache.wpscdn-like.test/kdocs/static/css/@@CSS@@.7c1e92ab.css">
<script>window.__WPSENV__ = {"env":"prod","host":"www.kdocs-like.test","accountHost":"account.wps-like.test","version":"7.31.0"};</script>
"""

LOGIN = """<div class="login-panel" id="loginPanel" style="display:none">
  <div class="login-panel-title">登录金山文档</div>
  <div class="login-panel-qrcode"><img src="https://qn.cache.wpscdn-like.test/kdocs/static/img/qrcode_placeholder.png" alt=""><p>微信扫码登录</p></div>
  <div class="login-panel-other"><a href="javascript:;">手机号登录</a><a href="javascript:;">QQ登录</a><a href="javascript:;">钉钉登录</a></div>
  <div class="login-panel-agree">登录即同意<a href="https://www.kdocs-like.test/agreement/user" target="_blank">《金山办公用户服务协议》</a>和<a href="https://www.kdocs-like.test/agreement/privacy" target="_blank">《隐私政策》</a></div>
</div>"""

FOOT = """<div class="kd-footer">
  <p>&copy; 2024 金山办公 版权所有　<a href="https://www.kdocs-like.test/report" target="_blank" rel="nofollow">违法和不良信息举报</a></p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备12001537号-25</a>　京公网安备 11010802031528号</p>
</div>
@@LOGIN@@
<script src="https://qn.cache.wpscdn-like.test/kdocs/static/js/vendor.0f2a6d31.js"></script>
<script src="https://qn.cache.wpscdn-like.test/kdocs/static/js/@@CSS@@.9b4d1e07.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu-like.test/hm.js?8d2e9a6f3c1b5e4d7a0c2f9b1e3d5a7c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s)})();</script>
</body>
</html>
"""


def share_data(d):
    return json.dumps({
        "linkInfo": {"sid": d["id"], "link_permission": "read", "status": "open", "ranges": "anyone"},
        "fileinfo": {"fname": d["fname"], "fsize": 28262, "mtime": d["mtime"], "ftype": "file",
                     "creator": {"name": d["creator"]}, "groupid": 1650231427},
        "user": {"isLogin": False},
    }, ensure_ascii=False, separators=(",", ":"))


def preview(d):
    s = d["speech"]
    out = [
        f'<p class="wo-para wo-align-center"><span class="wo-run" style="font-family:方正小标宋简体;font-size:22pt">{s.title}</span></p>',
        f'<p class="wo-para wo-align-center"><span class="wo-run" style="font-family:楷体_GB2312;font-size:16pt">{d["byline"]}</span></p>',
        f'<p class="wo-para wo-align-center"><span class="wo-run" style="font-family:楷体_GB2312;font-size:16pt">{d["dateline"]}</span></p>',
        '<p class="wo-para"><br></p>',
    ]
    for para in s.paras:
        if d["lead"] and para.startswith(d["lead"]):
            out.append(f'<p class="wo-para" style="text-indent:2em"><span class="wo-run" style="font-family:黑体;font-size:16pt">{d["lead"]}</span><span class="wo-run" style="font-family:仿宋_GB2312;font-size:16pt">{para[len(d["lead"]):]}</span></p>')
        else:
            out.append(f'<p class="wo-para" style="text-indent:2em"><span class="wo-run" style="font-family:仿宋_GB2312;font-size:16pt">{para}</span></p>')
    half = len(out) // 2 + 2
    return ('<div class="wo-page" data-page="1">\n' + "\n".join(out[:half]) + '\n</div>\n<div class="wo-page" data-page="2">\n'
            + "\n".join(out[half:]) + "\n</div>")


def doc_page(d):
    page = HEAD + """<script>window.__SHARE_DATA__ = @@DATA@@;</script>
</head>
<body class="kd-share kd-guest">
<div id="root">
  <div class="wo-header">
    <div class="wo-header-left">
      <a class="wo-logo" href="https://www.kdocs-like.test/" target="_blank" title="金山文档"><i class="kd-icon-logo"></i></a>
      <i class="file-icon file-icon-docx"></i>
      <div class="wo-title"><span class="wo-title-text" title="@@FNAME@@">@@FNAME@@</span><span class="wo-tag wo-tag-readonly">只读</span></div>
      <div class="wo-status">最近修改：@@SHOWN@@</div>
    </div>
    <div class="wo-header-right">
      <a class="wo-btn wo-btn-download" href="javascript:;" data-need-login="1">下载</a>
      <a class="wo-btn wo-btn-share" href="javascript:;">分享</a>
      <a class="wo-btn wo-btn-primary wo-btn-login" href="javascript:;" onclick="showLogin()">登录</a>
    </div>
  </div>
  <div class="guest-bar"><span>登录金山文档，体验更多功能：编辑、评论、保存到我的云文档</span><a class="guest-bar-login" href="javascript:;" onclick="showLogin()">立即登录</a></div>
  <div class="wo-main">
    <div class="wo-preview" id="wo-preview">
@@PREVIEW@@
    </div>
    <div class="wo-side-tools"><a href="javascript:;" class="side-tool" title="目录">目录</a><a href="javascript:;" class="side-tool" title="评论">评论</a><a href="https://www.kdocs-like.test/report?sid=@@ID@@" class="side-tool" target="_blank" rel="nofollow">举报</a></div>
  </div>
  <div class="open-in-app"><div class="open-in-app-text"><p class="t1">用WPS打开，编辑更流畅</p><p class="t2">下载金山文档App，随时随地查看和编辑</p></div><a class="open-in-app-btn" href="https://www.kdocs-like.test/download" target="_blank">立即下载</a></div>
  <div class="file-info-bar"><span>创建者：@@CREATOR@@</span><span>大小：@@SIZE@@</span></div>
</div>
""" + FOOT
    return render(page, TITLE=f"{d['fname']} - 金山文档", DESC="金山文档 - 多人实时协作编辑，轻松分享，安全可靠", CSS="share",
                  DATA=share_data(d), FNAME=d["fname"], SHOWN=d["shown"], PREVIEW=preview(d), ID=d["id"],
                  CREATOR=d["creator"], SIZE=d["size"], LOGIN=LOGIN)


def folder_page():
    rows = "\n".join(
        f"""      <div class="file-list-item" data-sid="{d['id']}"><i class="file-icon file-icon-docx"></i><a class="file-name" href="/l/{d['id']}" target="_blank" title="{d['fname']}">{d['fname']}</a><span class="file-creator">{d['creator']}</span><span class="file-mtime">{d['shown'][:10]}</span><span class="file-size">{d['size']}</span></div>"""
        for d in DOCS
    )
    data = json.dumps({"linkInfo": {"sid": FOLDER[3:], "link_permission": "read"}, "fileinfo": {"fname": "会议讲话材料", "ftype": "folder"}, "user": {"isLogin": False}}, ensure_ascii=False, separators=(",", ":"))
    page = HEAD + """<script>window.__SHARE_DATA__ = @@DATA@@;</script>
</head>
<body class="kd-share kd-guest">
<div id="root">
  <div class="wo-header"><div class="wo-header-left"><a class="wo-logo" href="https://www.kdocs-like.test/" target="_blank" title="金山文档"><i class="kd-icon-logo"></i></a><i class="file-icon file-icon-folder"></i><div class="wo-title"><span class="wo-title-text">会议讲话材料</span><span class="wo-tag wo-tag-readonly">只读</span></div></div>
  <div class="wo-header-right"><a class="wo-btn wo-btn-primary wo-btn-login" href="javascript:;" onclick="showLogin()">登录</a></div></div>
  <div class="guest-bar"><span>登录金山文档，可将文件夹保存到我的云文档</span><a class="guest-bar-login" href="javascript:;" onclick="showLogin()">立即登录</a></div>
  <div class="folder-main">
    <div class="folder-crumb"><span>分享给我的</span><span class="sep">&gt;</span><span class="cur">会议讲话材料</span></div>
    <div class="file-list">
      <div class="file-list-head"><span>名称</span><span>创建者</span><span>修改时间</span><span>大小</span></div>
@@ROWS@@
    </div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="会议讲话材料 - 金山文档", DESC="金山文档 - 多人实时协作编辑，轻松分享，安全可靠", CSS="share", DATA=data, ROWS=rows, LOGIN=LOGIN)


def landing_page():
    page = HEAD + """</head>
<body class="kd-home">
<div class="home-header"><a class="home-logo" href="/">金山文档</a><ul class="home-nav"><li><a href="/solution">解决方案</a></li><li><a href="/templates">模板</a></li><li><a href="/download">下载</a></li><li><a href="/help">帮助</a></li></ul><a class="home-login" href="javascript:;" onclick="showLogin()">登录</a></div>
<div class="home-banner"><h1>金山文档</h1><p>多人实时协作编辑，一个链接即可分享</p><a class="home-btn" href="/latest" rel="nofollow">进入网页版</a></div>
""" + FOOT
    return render(page, TITLE="金山文档 - 多人实时协作编辑", DESC="金山文档是一款可多人实时协作编辑的在线文档。", CSS="home", LOGIN=LOGIN)


def build() -> Family:
    fam = Family(HOST, "金山文档 (kdocs.cn) share links for a guest: web-office preview pages, __SHARE_DATA__, 只读 header, login/app prompts, shared folder home", extensionless_html=True)
    fam.home = FOLDER
    fam.put(FOLDER, folder_page())
    fam.put("/", landing_page())
    fam.not_documents += [FOLDER, "/"]
    for d in DOCS:
        path = f"/l/{d['id']}"
        fam.put(path, doc_page(d))
        fam.doc([path], d["speech"])
    fam.note = ("title is the speech's title printed as the file's first line (the page's <title> and header show the file name); "
                "published_at is the date line typed in the file (the header shows only the last modification)")
    fam.put("/robots.txt", "User-agent: *\nAllow: /l/\nDisallow: /latest\n")
    fam.noise += ["只读", "最近修改", "立即登录", "登录金山文档", "用WPS打开", "下载金山文档App", "微信扫码登录", "创建者", "京ICP备12001537号-25",
                  DOCS[0]["byline"], DOCS[1]["byline"], DOCS[0]["dateline"], DOCS[1]["dateline"], ".docx"]
    return fam
