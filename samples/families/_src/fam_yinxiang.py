"""印象笔记 (Evernote China, app.yinxiang.com) public shared notes and the sharer's published notebook.
Notes at extensionless `/shard/s<N>/sh/<note guid>/<share key>`: the guest header (印象笔记 logo, 登录 /
免费注册), the shared-by line (`林晓雯 分享了此笔记`), `h1.note-title`, created / updated / tags, the
保存到我的印象笔记 button, then the note as ENML rendered in `<en-note class="ennote">`: one note typed in
the desktop client, one `<div>` a line with `<div><br/></div>` between paragraphs, bold lead phrases in
`<span style="font-weight: bold;">`, the sharer's source line on top and her 学习体会 after a rule of dashes;
the other a web clip (`--en-clipped-content` / `--en-clipped-source-url` style div) holding the clipped
government page's own title, 发布时间 line, `<p>` paragraphs and its 【打印本页】【关闭窗口】 / 责任编辑
leftovers, with 来自 source line in the note header. Footer: 使用印象笔记·剪藏 (Clip to Evernote) promo,
download links, Evernote China's ICP lines. Home: the published notebook `/pub/linxiaowen/wengao` (a list
of notes, page 2 at `?offset=10`)."""

from common import SPEECHES, Family

HOST = "app.yinxiang-like.test"
OWNER = "林晓雯"
PUB = "/pub/linxiaowen/wengao"

N1 = dict(shard="s42", guid="6b1f3c2e-8a47-4d09-9e52-3f7a1c0d4b88", key="c71e0a5f92d84b3e6a1f07c9d2e5b418")
N2 = dict(shard="s42", guid="0e9d2a71-55c3-4f8e-b6a0-9c14d7e3f2a6", key="4a8f1e6c03b97d25e8c1a4f60b3d9e72")


def note_url(n):
    return f"/shard/{n['shard']}/sh/{n['guid']}/{n['key']}"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@TITLE@</title>
<meta property="og:title" content="@OGTITLE@" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="印象笔记" />
<meta property="og:description" content="@DESC@" />
<meta property="og:image" content="https://app.yinxiang-like.test/redesign/global/img/og-yinxiang-share.png" />
<meta name="robots" content="noindex" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/redesign/global/css/global.css?v=10.120.3" />
<link rel="stylesheet" type="text/css" href="/redesign/shared/SharedNote.css?v=10.120.3" />
<script type="text/javascript">
  var enBaseUrl = "https://app.yinxiang-like.test";
  var enLocale = "zh_CN";
  var sharedNoteGuid = "@GUID@";
</script>
</head>
<body class="@BODY@ zh_CN">
<div id="container">
  <div class="header-wrapper">
    <div class="header">
      <a class="logo" href="https://www.yinxiang.com/" title="印象笔记"><img src="/redesign/global/img/logo-yinxiang.png" alt="印象笔记" /></a>
      <div class="header-links">
        <a class="login" href="/Login.action?targetUrl=@TARGET@">登录</a>
        <a class="signup" href="/Registration.action">免费注册</a>
      </div>
    </div>
  </div>
"""

FOOT = """  <div class="footer-wrapper">
    <div class="clip-promo">
      <img src="/redesign/shared/img/clipper-elephant.png" alt="" />
      <div class="clip-promo-text">
        <p class="clip-promo-title">Clip to Evernote — 使用印象笔记·剪藏，一键保存网页</p>
        <p>文章、网页、截图，一键保存到印象笔记，随时随地查看。</p>
      </div>
      <a class="clip-promo-btn" href="https://www.yinxiang.com/webclipper/">立即安装</a>
    </div>
    <div class="footer">
      <ul class="footer-links">
        <li><a href="https://www.yinxiang.com/download/">下载</a></li>
        <li><a href="https://www.yinxiang.com/about/">关于我们</a></li>
        <li><a href="https://www.yinxiang.com/legal/">法律信息</a></li>
        <li><a href="https://www.yinxiang.com/privacy/">隐私政策</a></li>
        <li><a href="https://support.yinxiang.com/">帮助</a></li>
      </ul>
      <p class="copyright">&copy; 2025 印象笔记 北京印象笔记科技有限公司 保留所有权利。<a href="https://beian.miit.gov.cn/">京ICP备12023291号-1</a> <a href="http://www.beian.gov.cn/">京公网安备11010502025870号</a></p>
    </div>
  </div>
</div>
<script type="text/javascript" src="/redesign/global/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/redesign/shared/SharedNote.js?v=10.120.3"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f2a7c9b1e0d4f86a5c2b7e9d0134f6a"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


def page(title, og, desc, guid, target, body_cls, body):
    return (
        HEAD.replace("@TITLE@", title)
        .replace("@OGTITLE@", og)
        .replace("@DESC@", desc)
        .replace("@GUID@", guid)
        .replace("@TARGET@", target)
        .replace("@BODY@", body_cls)
        + body
        + FOOT
    )


def note_header(title, created, updated, tags, source=None):
    src = (
        f'<div class="note-source">来自：<a href="{source[0]}" rel="nofollow" target="_blank">{source[1]}</a></div>'
        if source
        else ""
    )
    return f"""  <div class="note-header">
    <div class="shared-by"><img class="avatar" src="/redesign/global/img/default-avatar.png" alt="" /><span class="owner-name">{OWNER}</span> 分享了此笔记</div>
    <h1 class="note-title">{title}</h1>
    <div class="note-meta">
      <span class="note-created">创建时间：{created}</span>
      <span class="note-updated">更新时间：{updated}</span>
      <span class="note-tags">标签：{tags}</span>
    </div>
    {src}
    <div class="note-actions">
      <a class="btn-save" href="/Login.action?targetUrl=%2Fshard%2Fs42%2Fsh%2Fsave">保存到我的印象笔记</a>
      <a class="btn-pub" href="{PUB}">查看 {OWNER} 的公开笔记本</a>
    </div>
  </div>
"""


def note1():
    sp = SPEECHES["yxnote-1"]
    lines = [
        "<div>来源：县乡村振兴局“乡村振兴在线”公众号　2025-04-09</div>",
        "<div><br/></div>",
    ]
    for i, p in enumerate(sp.paras):
        bold = None
        for lead in ("一要沉下身子，把村情民情摸清楚。", "二要找准路子，把产业发展抓起来。", "三要扑下身子，把基层组织建起来。"):
            if p.startswith(lead):
                bold = lead
        if bold:
            lines.append(f'<div>　　<span style="font-weight: bold;">{bold}</span>{p[len(bold):]}</div>')
        else:
            lines.append(f"<div>　　{p}</div>")
        lines.append("<div><br/></div>")
    lines += [
        "<div>——————————————</div>",
        "<div>学习体会：</div>",
        '<div>1. “四必访”可以直接用到我们村的走访台账里，下周把监测户名单再核一遍。</div>',
        "<div>2. “帮”不是“替”——年底前带出一个能接班的年轻后备干部。</div>",
    ]
    en = (
        '<en-note class="ennote" style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
        + "\n".join(lines)
        + "\n</en-note>"
    )
    body = (
        note_header(sp.title, "2025/4/9 21:47", "2025/4/10 7:52", "驻村工作, 讲话稿")
        + f'  <div class="note-content" id="note-content">\n{en}\n  </div>\n'
    )
    return page(f"{sp.title} - 印象笔记", sp.title, sp.paras[1][:70], N1["guid"], "%2Fshard%2Fs42", "shared-note", body)


def note2():
    sp = SPEECHES["yxnote-2"]
    src_url = "http://www.qinghe-lib.test/xwdt/202411/t20241123_58214.html"
    clip_title = f"{sp.title}_青禾市图书馆"
    ps = "\n".join(f'<p style="text-indent: 2em; line-height: 2;">{p}</p>' for p in sp.paras)
    en = f"""<en-note class="ennote">
<div style="--en-clipped-content:article; --en-clipped-source-url:{src_url}; --en-clipped-source-title:{clip_title};">
<div class="detail-title"><h1 style="text-align: center; font-size: 22px;">{sp.title}</h1></div>
<div class="detail-info" style="text-align: center; color: #999;">发布时间：2024-11-23　　来源：青禾市图书馆　　浏览次数：1286</div>
<div class="detail-content">
{ps}
</div>
<div class="detail-editor" style="text-align: right;">（责任编辑：韩雪）</div>
<div class="detail-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div><br/></div>
<div>剪藏备注：读书节总结材料可参考，“十五分钟阅读圈”提法可用。</div>
</en-note>"""
    body = (
        note_header(clip_title, "2024/11/25 9:06", "2024/11/25 9:08", "阅读推广, 致辞, 剪藏", (src_url, "www.qinghe-lib.test"))
        + f'  <div class="note-content" id="note-content">\n{en}\n  </div>\n'
    )
    return page(f"{clip_title} - 印象笔记", clip_title, sp.paras[1][:70], N2["guid"], "%2Fshard%2Fs42", "shared-note clipped", body)


OTHER_NOTES = [
    ("在全镇基层党建工作推进会上的讲话（摘要）", "2025/3/28"),
    ("2025年驻村工作队员管理考核办法（征求意见稿）", "2025/3/20"),
    ("村级集体经济发展典型案例汇编", "2025/3/02"),
    ("春耕备耕工作会议材料", "2025/2/26"),
    ("在全县“三农”工作会议上的讲话（节选）", "2025/2/14"),
    ("驻村第一书记交流发言：从“外来户”到“自家人”", "2025/1/21"),
    ("年终述职报告模板", "2024/12/30"),
    ("乡村文化振兴调研提纲", "2024/12/16"),
    ("农家书屋管理员培训笔记", "2024/12/02"),
    ("图书馆服务体系建设相关政策摘录", "2024/11/12"),
    ("读书会主持词", "2024/10/20"),
]


def pub_page(items, offset, total):
    lis = []
    for title, when, href in items:
        a = f'<a class="note-link" href="{href}">{title}</a>' if href else f'<span class="note-link disabled" title="该笔记已取消公开">{title}</span>'
        lis.append(f'<li class="pub-note"><div class="pub-note-title">{a}</div><div class="pub-note-date">{when}</div></li>')
    pager = []
    if offset:
        pager.append(f'<a class="prev" href="{PUB}">&laquo; 上一页</a>')
    pager.append(f'<span class="range">{offset + 1}-{offset + len(items)} / 共 {total} 条笔记</span>')
    if offset + len(items) < total:
        pager.append(f'<a class="next" href="{PUB}?offset={offset + 10}">下一页 &raquo;</a>')
    body = f"""  <div class="pub-header">
    <img class="avatar" src="/redesign/global/img/default-avatar.png" alt="" />
    <div class="pub-owner"><h2>{OWNER} 的公开笔记本</h2><p class="pub-notebook-name">笔记本：文稿积累</p><p class="pub-desc">基层工作中收集整理的讲话稿、发言材料，仅供学习交流。</p></div>
    <a class="btn-subscribe" href="/Login.action?targetUrl=%2Fpub%2Flinxiaowen%2Fwengao">加入此笔记本</a>
  </div>
  <div class="pub-list">
    <ul class="pub-notes">
{chr(10).join('      ' + x for x in lis)}
    </ul>
    <div class="pub-pager">{' '.join(pager)}</div>
  </div>
"""
    return page(f"{OWNER} 的公开笔记本：文稿积累 - 印象笔记", "文稿积累", "基层工作中收集整理的讲话稿、发言材料", "", "%2Fpub", "pub-notebook", body)


def build() -> Family:
    s1, s2 = SPEECHES["yxnote-1"], SPEECHES["yxnote-2"]
    fam = Family(
        HOST,
        "印象笔记 (app.yinxiang.com) public shared notes and published notebook",
        content_type="text/html;charset=UTF-8",
        extensionless_html=True,
    )
    fam.put(note_url(N1), note1())
    fam.put(note_url(N2), note2())
    items = [(s1.title, "2025/4/9", note_url(N1))] + [(t, d, None) for t, d in OTHER_NOTES]
    items.insert(11, (SPEECHES["yxnote-2"].title + "_青禾市图书馆", "2024/11/25", note_url(N2)))
    total = len(items)
    fam.put(PUB, pub_page(items[:10], 0, total))
    fam.route(PUB + "?offset=10", "/pub/linxiaowen/wengao-offset-10.html", pub_page(items[10:], 10, total))
    fam.home = PUB
    fam.doc([note_url(N1)], s1, published_at="2025-04-09")
    fam.doc([note_url(N2)], s2, published_at="2024-11-23")
    fam.not_documents += [PUB + "?offset=10"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Login.action\nDisallow: /Registration.action\n", "ascii")
    fam.noise += [
        "来源：县乡村振兴局“乡村振兴在线”公众号",
        "学习体会：",
        "“四必访”可以直接用到我们村的走访台账里",
        "年底前带出一个能接班的年轻后备干部",
        "分享了此笔记",
        "创建时间：2025/4/9 21:47",
        "标签：驻村工作, 讲话稿",
        "保存到我的印象笔记",
        "来自：",
        "发布时间：2024-11-23",
        "浏览次数：1286",
        "（责任编辑：韩雪）",
        "打印本页",
        "关闭窗口",
        "剪藏备注：",
        "Clip to Evernote",
        "使用印象笔记·剪藏",
        "京ICP备12023291号-1",
        "的公开笔记本",
    ]
    fam.note = (
        "Notes at extensionless `/shard/s42/sh/<guid>/<key>` (`extensionless_html`); the header sends "
        "`text/html;charset=UTF-8` as the Java server does. Home is the published notebook `/pub/linxiaowen/wengao`, "
        "whose notes other than the two speeches are greyed (取消公开, no link); the older speech is listed only on "
        "`?offset=10` (query route; not a document). The typed note's date is its creation time (2025/4/9 21:47), "
        "the same day as its source line; the clipped note was made two days after the page it clipped, whose "
        "发布时间 (2024-11-23) is the expected date; its note title is the clipped page's `<title>` "
        "(`…_青禾市图书馆`), the speech's title being the clip's own h1."
    )
    return fam
