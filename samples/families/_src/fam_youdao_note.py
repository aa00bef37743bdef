"""有道云笔记 (note.youdao.com) shared notes as the share server prints them for a guest (not signed in):
home is a shared folder `/share/?id=<32 hex>&type=notebook` (file list: notes and a sub-folder, each row a
plain link to `/share/?id=…&type=note` or `…&type=notebook`), a note page has the share top bar (logo,
保存到我的笔记 / 下载 / 举报), `h1.file-name`, the `file-info` line (sharer, 最后更新, 浏览), and the note itself
as the new-format (bulb) editor's blocks: `div.bulb-editor.bulb-editor-inner` > `div.yne-bulb-block` with
`data-block-type` (paragraph, heading, quote, image, todo, link card), each text in `span.yne-text`.
One speech was too long for the sharer's one note: she saved it as （上）/（下） notes, linked at the end
of the first and the start of the second. Between the blocks: her own notes (整理说明 quote, the speech's
own date line, an image block with its caption, a 待办 todo list after a divider). After the note:
the 打开App banner, the 登录后可评论 box, 相关推荐 and the footer with ICP lines."""

import hashlib

from common import SPEECHES, Family, split_paras

HOST = "note.youdao-like.test"
SHARER = "青禾区委组织部·小周"


def hid(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


FOLDER = hid("folder-root")
SUBFOLDER = hid("folder-ruzhi")


def share(i: str, kind: str = "note") -> str:
    return f"/share/?id={i}&type={kind}"


def link(i: str, kind: str = "note") -> str:
    return share(i, kind).replace("&", "&amp;")


def block(kind: str, text: str, seed: str, extra: str = "", style: str = "") -> str:
    bid = hid(seed)[:10]
    st = f' style="{style}"' if style else ""
    return (
        f'<div class="yne-bulb-block {kind}" data-block-type="{kind}" data-block-id="{bid}"{st}{extra}>'
        f'<span class="yne-text" data-text="true">{text}</span></div>'
    )


def para(text: str, seed: str) -> str:
    return block("paragraph", text, seed, style="text-indent:2em;line-height:1.75")


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="renderer" content="webkit">
<title>@TITLE@</title>
<meta name="keywords" content="有道云笔记,云笔记,笔记分享">
<meta name="description" content="@DESC@">
<meta property="og:title" content="@TITLE@">
<meta property="og:site_name" content="有道云笔记">
<meta property="og:image" content="https://shared-https.ydstatic.com/ynote/ydnote_share/images/ynote_share_logo.png">
<link rel="shortcut icon" href="https://shared-https.ydstatic.com/images/favicon.ico">
<link rel="stylesheet" href="https://shared-https.ydstatic.com/ynote/ynoteshare/css/index.7c2e91d4.css">
<link rel="stylesheet" href="https://shared-https.ydstatic.com/ynote/bulb/css/bulb-editor.3.18.6.css">
<script>var _rlog=_rlog||[];_rlog.push(["_setAccount","ynote"]);_rlog.push(["_addPost","page","share"]);</script>
<script src="https://shared-https.ydstatic.com/js/rlog/v1.js" async defer></script>
</head>
<body class="ynote-share @BODY@">
<!--[if lt IE 9]><div class="browser-tip">您的浏览器版本过低，请升级浏览器以获得更好的体验</div><![endif]-->
<div id="app">
<div class="share-header">
  <div class="share-header-inner">
    <a class="logo" href="https://note.youdao.com/" target="_blank" title="有道云笔记"><img src="https://shared-https.ydstatic.com/ynote/ynoteshare/images/logo.png" alt="有道云笔记"></a>
    <div class="header-right">
      <a class="btn btn-primary save-btn" href="javascript:;" data-action="save">保存到我的笔记</a>
      <a class="btn download-btn" href="javascript:;" data-action="download">下载</a>
      <a class="btn-text report-btn" href="javascript:;" data-action="report">举报</a>
      <a class="btn-text login-btn" href="https://note.youdao.com/signIn/index.html?redirect=share" target="_blank">登录</a>
    </div>
  </div>
</div>
"""

FOOT = """<div class="open-app-banner" id="openAppBanner">
  <img class="banner-logo" src="https://shared-https.ydstatic.com/ynote/ynoteshare/images/app-icon.png" alt="">
  <div class="banner-text"><p class="banner-title">有道云笔记</p><p class="banner-desc">打开App，查看更多精彩笔记</p></div>
  <a class="banner-btn" href="youdaonote://share?id=@ID@&amp;type=@KIND@">打开App</a>
</div>
<div class="share-footer">
  <p class="footer-slogan">记录，成为更好的自己</p>
  <p class="footer-links"><a href="https://note.youdao.com/download.html" target="_blank">下载客户端</a><span class="sep">|</span><a href="https://note.youdao.com/help-center" target="_blank">帮助中心</a><span class="sep">|</span><a href="https://note.youdao.com/agreement" target="_blank">服务条款</a><span class="sep">|</span><a href="https://note.youdao.com/privacy" target="_blank">隐私政策</a></p>
  <p class="footer-copyright">&copy; 2025 网易公司 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP证080268号</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802020116" target="_blank">京公网安备 11010802020116号</a></p>
</div>
</div>
<script>
window.__SHARE_STATE__ = {"shareId":"@ID@","entryType":"@KIND@","isLogin":false,"canSave":true,"canDownload":@DL@};
</script>
<script src="https://shared-https.ydstatic.com/ynote/ynoteshare/js/vendor.3b1f0c2a.js"></script>
<script src="https://shared-https.ydstatic.com/ynote/ynoteshare/js/index.9d4a6e17.js"></script>
</body>
</html>
"""


def page(title, desc, body, ident, kind, body_cls):
    head = HEAD.replace("@TITLE@", title).replace("@DESC@", desc).replace("@BODY@", body_cls)
    foot = FOOT.replace("@ID@", ident).replace("@KIND@", kind).replace("@DL@", "true" if kind == "note" else "false")
    return head + body + foot


NOTES = {}


def note_page(ident, name, info_time, views, blocks, related):
    rel = "".join(
        f'<li class="recommend-item"><a href="{link(i)}"><i class="icon-note"></i><span class="recommend-title">{t}</span></a></li>'
        for i, t in related
    )
    body = f"""<div class="file-outer" id="file-outer">
  <div class="file-head">
    <h1 class="file-name" title="{name}">{name}</h1>
    <div class="file-info">
      <span class="file-owner"><img class="owner-avatar" src="https://shared-https.ydstatic.com/ynote/ynoteshare/images/default-avatar.png" alt=""><span class="owner-name">{SHARER}</span></span>
      <span class="file-update-time">最后更新：{info_time}</span>
      <span class="file-view-count">浏览 {views}</span>
    </div>
  </div>
  <div class="file-content" id="file-content">
    <div class="bulb-editor bulb-editor-inner" contenteditable="false" data-version="3.18.6">
{chr(10).join('      ' + b for b in blocks)}
    </div>
  </div>
  <div class="file-bottom-bar">
    <a class="btn btn-primary save-btn" href="javascript:;" data-action="save"><i class="icon-save"></i>保存到我的笔记</a>
    <span class="share-tip">本笔记由用户分享，内容仅代表作者观点</span>
  </div>
  <div class="comment-box">
    <div class="comment-title">评论</div>
    <div class="comment-empty">暂无评论，<a href="https://note.youdao.com/signIn/index.html?redirect=share" target="_blank">登录</a>后可评论</div>
  </div>
  <div class="recommend-box">
    <div class="recommend-title-bar">相关推荐</div>
    <ul class="recommend-list">{rel}</ul>
  </div>
</div>
"""
    return page(f"{name} - 有道云笔记", name, body, ident, "note", "share-note")


def folder_page(ident, name, rows, crumbs):
    lis = "".join(
        f"""<li class="file-item {'folder' if k == 'notebook' else 'note'}"><a class="file-link" href="{link(i, k)}"><i class="icon-{'folder' if k == 'notebook' else 'note'}"></i><span class="file-item-name">{t}</span></a><span class="file-item-time">{when}</span><span class="file-item-size">{size}</span></li>"""
        for i, k, t, when, size in rows
    )
    crumb = "".join(f'<a href="{link(i, "notebook")}">{t}</a><span class="crumb-sep">&gt;</span>' for i, t in crumbs)
    body = f"""<div class="folder-outer">
  <div class="folder-head">
    <div class="crumbs">{crumb}<span class="crumb-current">{name}</span></div>
    <div class="folder-info"><span class="owner-name">{SHARER}</span> 分享的文件夹 · 共 {len(rows)} 项</div>
  </div>
  <ul class="file-list">
    <li class="file-list-head"><span>名称</span><span>修改时间</span><span>大小</span></li>
    {lis}
  </ul>
</div>
"""
    return page(f"{name} - 有道云笔记", f"{SHARER}分享的文件夹：{name}", body, ident, "notebook", "share-folder")


def build() -> Family:
    s1, s2 = SPEECHES["ydnote-1"], SPEECHES["ydnote-2"]
    fam = Family(HOST, "有道云笔记 (note.youdao.com) shared folder and shared notes, guest view")
    n1a, n1b, n2 = hid("note-1a"), hid("note-1b"), hid("note-2")
    first, second = split_paras(s1.paras, 2)
    t1a, t1b = s1.title + "（上）", s1.title + "（下）"

    b1a = [
        block("quote", "说明：根据区领导在开班式上的讲话录音整理，已经本人审阅。供各街道组织学习参考，请勿外传。", "q1"),
        block("heading h2", s1.title, "h1", style="text-align:center"),
        block("paragraph", "（2025年5月20日）", "d1", style="text-align:center"),
    ]
    b1a += [para(p, f"1a{i}") for i, p in enumerate(first)]
    b1a.append(
        block(
            "paragraph",
            f'（未完，接下篇：<a class="yne-link" href="{link(n1b)}">{t1b}</a>）',
            "more1",
        )
    )
    b1b = [
        block("paragraph", f'（接上篇：<a class="yne-link" href="{link(n1a)}">{t1a}</a>）', "back1"),
    ]
    for i, p in enumerate(second):
        b1b.append(para(p, f"1b{i}"))
        if i == 0:
            b1b.append(
                '<div class="yne-bulb-block image" data-block-type="image" data-block-id="img1b01"><div class="image-wrap"><img src="https://note.youdao-like.test/yws/res/2731/WEBRESOURCE8f2c1e0a9d3b4c5e.jpeg" alt="" width="640"></div>'
                '<div class="image-caption"><span class="yne-text">图：开班式现场（区委组织部 供图）</span></div></div>'
            )
    b1b += [
        '<div class="yne-bulb-block divider" data-block-type="divider" data-block-id="div1b"><hr></div>',
        block("paragraph", "整理：小周　校对：王科长", "sign1"),
    ]

    b2 = [
        block("heading h1", "入职仪式致辞（定稿）", "h2"),
        block("quote", "7月11日董事长办公室确认的定稿，入职仪式当天用此版本。主持词另见文件夹内“入职仪式流程及主持词”。", "q2"),
    ]
    b2 += [para(p, f"2{i}") for i, p in enumerate(s2.paras)]
    b2 += [
        '<div class="yne-bulb-block divider" data-block-type="divider" data-block-id="div2"><hr></div>',
        block("heading h3", "会务待办", "todo-h"),
        block("todo checked", "打印致辞稿两份（大字号）", "todo1", extra=' data-checked="true"'),
        block("todo", "确认话筒、翻页笔和背景视频", "todo2", extra=' data-checked="false"'),
        block("todo", "新员工胸牌和入职礼包 86 份", "todo3", extra=' data-checked="false"'),
    ]

    fam.put("/share/note-1a.html", note_page(n1a, t1a, "2025-05-21 09:14", 412, b1a, [(n1b, t1b), (n2, s2.title)]))
    fam.query_routes[share(n1a)] = "share/note-1a.html"
    fam.put("/share/note-1b.html", note_page(n1b, t1b, "2025-05-21 09:20", 287, b1b, [(n1a, t1a), (n2, s2.title)]))
    fam.query_routes[share(n1b)] = "share/note-1b.html"
    fam.put("/share/note-2.html", note_page(n2, s2.title, "2025-07-14 18:02", 96, b2, [(n1a, t1a)]))
    fam.query_routes[share(n2)] = "share/note-2.html"

    root_rows = [
        (SUBFOLDER, "notebook", "入职培训资料", "2025-07-14 18:02", "-"),
        (n1a, "note", t1a, "2025-05-21 09:14", "6.2KB"),
        (n1b, "note", t1b, "2025-05-21 09:20", "5.8KB"),
    ]
    sub_rows = [(n2, "note", s2.title, "2025-07-14 18:02", "7.9KB")]
    fam.put("/share/folder-root.html", folder_page(FOLDER, "讲话稿整理", root_rows, []))
    fam.query_routes[share(FOLDER, "notebook")] = "share/folder-root.html"
    fam.put("/share/folder-ruzhi.html", folder_page(SUBFOLDER, "入职培训资料", sub_rows, [(FOLDER, "讲话稿整理")]))
    fam.query_routes[share(SUBFOLDER, "notebook")] = "share/folder-ruzhi.html"
    fam.home = share(FOLDER, "notebook")

    fam.doc([share(n1a), share(n1b)], s1, published_at="2025-05-20")
    fam.doc([share(n2)], s2, published_at="2025-07-14")
    fam.not_documents += [share(n1b), share(SUBFOLDER, "notebook")]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /yws/\nDisallow: /signIn/\n", "ascii")
    fam.noise += [
        "根据区领导在开班式上的讲话录音整理",
        "（2025年5月20日）",
        "（未完，接下篇：",
        "（接上篇：",
        "图：开班式现场（区委组织部 供图）",
        "整理：小周　校对：王科长",
        "入职仪式致辞（定稿）",
        "董事长办公室确认的定稿",
        "会务待办",
        "打印致辞稿两份（大字号）",
        "新员工胸牌和入职礼包 86 份",
        "保存到我的笔记",
        "最后更新：2025-05-21 09:14",
        "浏览 412",
        "本笔记由用户分享，内容仅代表作者观点",
        "暂无评论",
        "相关推荐",
        "打开App，查看更多精彩笔记",
        "记录，成为更好的自己",
        "京ICP证080268号",
        "分享的文件夹",
    ]
    fam.note = (
        "Home is the shared folder `/share/?id=…&type=notebook` (query routes, as every page here: the share "
        "server answers one path for every shared item). The first speech is saved as two notes, （上） and （下）: "
        "one document over both pages, the （下） note reached by the （未完，接下篇：…） link at the end of the "
        "first note and listed in the folder beside it (a continuation, not a document); its title is the speech's "
        "without the part mark (the h2 block at the top of the first note). The second note sits in a sub-folder "
        "and opens with the sharer's h1 `入职仪式致辞（定稿）` (not the title: the note's name is) and a quote "
        "block, and ends with a 会务待办 todo list after a divider."
    )
    return fam
