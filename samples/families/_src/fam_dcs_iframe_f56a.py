"""文库 site whose document page embeds the converted document in an `<iframe>`: the viewer page
`/doc/N.html` (header, crumb, `h1` with the uploaded file name `….docx`, info line 上传者 / 上传时间 /
页数 / 浏览 / 下载, the viewer toolbar 缩小 / 放大 / 全屏 / 页码 `<input> / 4` page counter, the frame
`<iframe id="docFrame" src="/preview/2024/0312/<hex>/index.html" scrolling="no">`, the download box
after it (文档格式 / 大小 / 所需积分 / 立即下载 / 下载须知) and 相关文档 / 评论); the frame's own URL
serves the text as 永中 DCS (Yozo document conversion service)-style HTML pages: `div.page` boxes of
A4 size with Word's styled `<p>`s (仿宋_GB2312 spans), a centred title, a date line, the Word footer
page number `— N —` at the bottom of every page box and a DCS watermark layer. One document is
complete (4 pages); the other's frame holds only the free preview pages (2 of 4), the viewer page
says `还剩2页未读，继续阅读` / 下载后查看完整文档 under the frame → truncated. The documents are the
viewer pages (`body_urls` names each frame page, a non-document). Home `/` → 讲话致辞 list
`/list/jianghua/` (+ `/list/jianghua/2.html`)."""

import html as H

from common import SPEECHES, Family, render, split_paras

HOST = "www.wenku-yzview-f56a-like.test"
S1, S2 = SPEECHES["f56a-5"], SPEECHES["f56a-6"]


class FrameFamily(Family):
    bodies: dict

    def page_text(self, url):
        path = url.replace(self.url(""), "")
        own = super().page_text(url)
        return own + "".join(super(FrameFamily, self).page_text(b) for b in self.bodies.get(path, []))


DOCS = [
    # speech, id, frame hex, file name, upload date, pages total, pages shown, size, points, uploader, views, date line
    (S1, 6631804, "c1e07a94d2b3", "市医保局局长在2024年全市医疗保障工作会议上的讲话.docx", "2024-03-12", 4, 4, "31.2KB", 3, "hzyb***", 1286, "（2024年3月8日）"),
    (S2, 6702517, "7f4b0e2d9a61", "青年干部座谈会发言稿（基层公务员代表）.docx", "2024-05-06", 4, 2, "24.7KB", 5, "wm_li***", 3415, ""),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/common.css?v=3.2.1">
<link rel="stylesheet" href="/static/css/@@CSS@@.css?v=3.2.1">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="site-top"><div class="wrap"><span>您好，欢迎来到文稿汇文库！</span><div class="top-r"><a href="/login.html" rel="nofollow">登录</a><a href="/register.html" rel="nofollow">免费注册</a><a href="/upload.html">上传文档</a><a href="/vip.html" class="vip">开通VIP</a></div></div></div>
<div class="site-head wrap"><a href="/" class="logo"><img src="/static/images/logo.png" alt="文稿汇文库"></a>
<form class="so" action="/search.html" method="get"><input type="text" name="q" placeholder="搜索文档，如：讲话稿"><button type="submit">搜 索</button></form></div>
<div class="site-nav"><div class="wrap"><a href="/">首页</a><a href="/list/jianghua/" @@CUR@@>讲话致辞</a><a href="/list/zongjie/">总结汇报</a><a href="/list/jihua/">计划方案</a><a href="/list/zhidu/">规章制度</a><a href="/list/hetong/">合同协议</a><a href="/list/jiaoyu/">教育教学</a></div></div>
"""

FOOT = """<div class="site-foot"><div class="wrap">
<p><a href="/about.html" rel="nofollow">关于我们</a> | <a href="/help.html" rel="nofollow">帮助中心</a> | <a href="/copyright.html" rel="nofollow">版权申诉</a> | <a href="/sitemap.html">网站地图</a></p>
<p>文稿汇文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作商用。</p>
<p>Copyright &copy; 2019-2024 文稿汇文库 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">湘ICP备19012735号-1</a></p>
</div></div>
<script src="/static/js/common.js?v=3.2.1"></script>
</body>
</html>
"""


def page(title, body, *, kw="", desc="", css="index", cur=""):
    return render(HEAD + body + FOOT, TITLE=title, KW=kw, DESC=desc, CSS=css, CUR=cur)


def frame_url(d):
    return f"/preview/{d[4][:4]}/{d[4][5:7]}{d[4][8:]}/{d[2]}/index.html"


def doc_url(d):
    return f"/doc/{d[1]}.html"


def frame_page(n):
    sp, did, hexid, fname, up, total, shown, *_rest = DOCS[n]
    dateline = DOCS[n][11]
    runs = split_paras(sp.paras, total)[:shown]
    boxes = []
    for k, run in enumerate(runs, start=1):
        lines = []
        if k == 1:
            lines.append(f'<p class="yz-p" style="text-align:center;line-height:28.0pt;margin-bottom:12.0pt"><span style="font-family:方正小标宋简体;font-size:22.0pt">{H.escape(sp.title)}</span></p>')
            if dateline:
                lines.append(f'<p class="yz-p" style="text-align:center;line-height:28.0pt"><span style="font-family:楷体_GB2312;font-size:16.0pt">{dateline}</span></p>')
        for p in run:
            bold = p[:2] in ("一、", "二、", "三、", "四、", "五、")
            font = "黑体" if bold else "仿宋_GB2312"
            lines.append(f'<p class="yz-p" style="text-indent:32.0pt;line-height:28.0pt;text-align:justify"><span style="font-family:{font};font-size:16.0pt">{H.escape(p)}</span></p>')
        boxes.append(
            f'<div class="page" id="page{k}" data-page-no="{k}" style="width:793.7px;height:1122.5px;">\n'
            f'<div class="page-bg"><img src="bg{k}.png" alt=""></div>\n'
            f'<div class="page-content" style="padding:96.0px 105.8px 105.8px 119.0px;">\n' + "\n".join(lines) + "\n</div>\n"
            f'<div class="page-footer"><p style="text-align:center"><span style="font-family:宋体;font-size:14.0pt">— {k} —</span></p></div>\n'
            f'<div class="yz-watermark" style="position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;"><span class="wm-text">文稿汇文库 www.wenku-yzview-f56a-like.test</span></div>\n'
            "</div>"
        )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="generator" content="Yozo DCS 7.0">
<title>{H.escape(fname)}</title>
<link rel="stylesheet" href="/preview/static/dcs-word.css">
<style>body{{margin:0;background:#e6e6e6}}.page{{position:relative;margin:10px auto;background:#fff;box-shadow:0 0 6px #999;overflow:hidden}}.yz-p{{margin:0}}.wm-text{{position:absolute;top:45%;left:15%;font-size:28px;color:rgba(0,0,0,.06);transform:rotate(-30deg)}}</style>
<script src="/preview/static/dcs-view.js"></script>
</head>
<body oncontextmenu="return false" onselectstart="return false">
<div id="pageContainer" data-total="{total}" data-show="{shown}">
{chr(10).join(boxes)}
</div>
<script>
window.onload = function(){{ if (parent && parent.dcsResize) {{ parent.dcsResize(document.body.scrollHeight, {shown}); }} }};
</script>
</body>
</html>
"""


def viewer(n):
    d = DOCS[n]
    sp, did, hexid, fname, up, total, shown, size, points, uploader, views, _ = d
    other = DOCS[1 - n]
    more = ""
    if shown < total:
        more = f"""<div class="doc-more" id="docMore"><div class="more-mask"></div><p class="more-tip">还剩{total - shown}页未读，<a href="javascript:;" class="btn-goon" onclick="showDown()">继续阅读</a></p><p class="more-sub">免费预览已结束，下载后查看完整文档</p></div>
"""
    body = f"""<div class="wrap doc-wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list/jianghua/">讲话致辞</a> &gt; <span>{H.escape(fname)}</span></div>
<div class="doc-main">
<div class="doc-head">
<h1><i class="ico-doc ico-docx"></i>{H.escape(fname)}</h1>
<div class="doc-info"><span>上传者：<a href="/u/{did % 9973}.html">{uploader}</a></span><span>上传时间：{up}</span><span>页数：{total}页</span><span>浏览：{views}</span><span>下载：{views // 23}</span><span class="score">评分：<i class="star s4"></i></span></div>
</div>
<div class="viewer" id="viewer">
<div class="viewer-toolbar">
<a href="javascript:;" class="tb-btn tb-zoomout" title="缩小">缩小</a><a href="javascript:;" class="tb-btn tb-zoomin" title="放大">放大</a><a href="javascript:;" class="tb-btn tb-full" title="全屏">全屏</a>
<span class="tb-page">第 <input type="text" id="curPage" value="1" size="2"> / <em id="totalPage">{total}</em> 页</span>
<a href="javascript:;" class="tb-btn tb-prev">上一页</a><a href="javascript:;" class="tb-btn tb-next">下一页</a>
<a href="javascript:;" class="tb-btn tb-down" onclick="showDown()">下载</a>
</div>
<div class="viewer-frame">
<iframe id="docFrame" name="docFrame" src="{frame_url(d)}" width="100%" height="{shown * 1145}" frameborder="0" scrolling="no" allowfullscreen></iframe>
</div>
{more}</div>
<div class="down-box" id="downBox">
<div class="down-l"><p class="d-name"><i class="ico-docx"></i>{H.escape(fname)}</p>
<p>文档格式：docx　　文档大小：{size}　　文档页数：{total}页</p>
<p>所需积分：<em>{points}</em> 积分　　VIP会员免费下载</p></div>
<div class="down-r"><a href="/down/{did}.html" class="btn-down" rel="nofollow">立即下载</a><a href="/vip.html" class="btn-vip">开通VIP</a></div>
<div class="down-notice"><h4>下载须知：</h4><p>1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007及以上或WPS软件打开。</p><p>2. 预览内容经格式转换，与原文档可能存在差异，请以下载后的文档为准。</p><p>3. 本文档由用户上传，版权归属用户，如侵犯您的权益，请联系我们处理。</p></div>
</div>
<div class="relate-doc"><h3>相关文档</h3><ul>
<li><a href="{doc_url(other)}">{H.escape(other[3])}</a><span>{other[5]}页</span></li>
<li><a href="/doc/6598830.html">2024年全县卫生健康工作会议讲话.docx</a><span>6页</span></li>
<li><a href="/doc/6577412.html">在全市民政工作会议上的讲话稿.doc</a><span>5页</span></li>
</ul></div>
<div class="doc-comment"><h3>文档评论（1）</h3><div class="cmt-item"><b>用户13***27</b><span>{up}</span><p>格式很规范，可以参考。</p></div><div class="cmt-form"><textarea placeholder="登录后才能评论"></textarea><a href="/login.html" rel="nofollow">登录</a></div></div>
</div>
<div class="doc-side">
<div class="side-box"><h3>上传者的其他文档</h3><ul><li><a href="/doc/6630991.html">医保基金监管工作汇报.docx</a></li></ul></div>
<div class="side-box ad"><script src="/static/js/ad.js?pos=doc_side"></script></div>
</div>
</div>
<script>
function dcsResize(h, n){{ document.getElementById("docFrame").style.height = h + "px"; }}
function showDown(){{ document.getElementById("downBox").scrollIntoView(); }}
var DOC = {{id:{did}, pages:{total}, preview:{shown}, ext:"docx"}};
</script>
"""
    return page(f"{fname} - 文稿汇文库", body, kw=fname.rsplit(".", 1)[0], desc=f"{fname}，共{total}页，{sp.paras[1][:60]}", css="doc", cur="")


def listing(cur):
    def item(d):
        return f'<li><i class="ico-docx"></i><a href="{doc_url(d)}" target="_blank">{H.escape(d[3])}</a><span class="meta">{d[5]}页 · {d[4]}</span></li>\n'
    items = ([item(DOCS[1]), '<li><i class="ico-doc"></i><a href="/doc/6690214.html" target="_blank">在全镇防汛工作会议上的讲话.doc</a><span class="meta">3页 · 2024-04-28</span></li>\n'] if cur == 1
             else [item(DOCS[0]), '<li><i class="ico-docx"></i><a href="/doc/6598830.html" target="_blank">2024年全县卫生健康工作会议讲话.docx</a><span class="meta">6页 · 2024-03-02</span></li>\n'])
    pager = ('<div class="pager"><span class="cur">1</span><a href="/list/jianghua/2.html">2</a><a href="/list/jianghua/2.html">下一页</a></div>' if cur == 1
             else '<div class="pager"><a href="/list/jianghua/">上一页</a><a href="/list/jianghua/">1</a><span class="cur">2</span></div>')
    body = f"""<div class="wrap"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 讲话致辞</div>
<div class="doc-list"><h2>讲话致辞</h2><ul>
{"".join(items)}</ul>{pager}</div></div>
"""
    return page(f"讲话致辞{'' if cur == 1 else '_第2页'} - 文稿汇文库", body, kw="讲话稿", desc="讲话致辞文档", css="list", cur='class="on"')


def home():
    body = f"""<div class="wrap">
<div class="idx-box"><h2><a href="/list/jianghua/">讲话致辞</a><a class="more" href="/list/jianghua/">更多</a></h2><ul>
<li><a href="{doc_url(DOCS[1])}">{H.escape(DOCS[1][3])}</a></li>
<li><a href="/doc/6690214.html">在全镇防汛工作会议上的讲话.doc</a></li>
</ul></div>
<div class="idx-box"><h2><a href="/list/zongjie/">总结汇报</a></h2><ul><li><a href="/doc/6701133.html">2024年上半年工作总结.docx</a></li></ul></div>
</div>
"""
    return page("文稿汇文库 - 讲话稿、总结、方案文档免费分享", body, kw="文库,讲话稿,文档下载", desc="文稿汇文库，海量办公文档在线预览与下载。")


def build() -> Family:
    fam = FrameFamily(
        host=HOST,
        software="文库 site with an iframe document viewer (Yozo DCS-style converted HTML pages)",
        content_type="text/html; charset=utf-8",
    )
    fam.bodies = {}
    fam.put("/", home())
    fam.put("/list/jianghua/", listing(1))
    fam.put("/list/jianghua/2.html", listing(2))
    fam.not_documents += ["/", "/list/jianghua/", "/list/jianghua/2.html"]
    for n, d in enumerate(DOCS):
        sp, total, shown = d[0], d[5], d[6]
        fam.put(doc_url(d), viewer(n))
        fam.put(frame_url(d), frame_page(n))
        fam.bodies[doc_url(d)] = [frame_url(d)]
        fam.not_documents.append(frame_url(d))
        if shown < total:
            paras = [p for run in split_paras(sp.paras, total)[:shown] for p in run]
            fam.doc([doc_url(d)], sp, truncated=True, text="\n".join(paras), published_at=d[4])
        else:
            fam.doc([doc_url(d)], sp)
        fam.documents[-1]["body_urls"] = [fam.url(frame_url(d))]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /search.html\nDisallow: /user/\n", "ascii")
    fam.noise += [
        "当前位置：",
        "上传者：",
        "上传时间：",
        "页数：",
        "缩小",
        "放大",
        "全屏",
        "第 ",
        "— 1 —",
        "— 2 —",
        "文稿汇文库 www.wenku-yzview-f56a-like.test",
        "还剩2页未读",
        "继续阅读",
        "免费预览已结束",
        "文档格式：docx",
        "所需积分：",
        "立即下载",
        "下载须知：",
        "相关文档",
        "格式很规范，可以参考",
        "湘ICP备19012735号-1",
        "（2024年3月8日）",
    ]
    fam.note = "documents are the viewer pages; `body_urls` names the same-site iframe page holding the text (a non-document)"
    return fam
