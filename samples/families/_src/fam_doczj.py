"""文档之家 (doczj.com)-like document pages: `/doc/<10-char id>.html` titled `标题_文档之家`, the crumb
(文档之家 › 最新文档 › 标题), `h1`, the 文档之家-style notice list before the text (1、下载文档前请自行甄别…
2、…3、…), the 下载文档 / 复制 buttons, and the document's text as the site prints text pulled out of a
Word file: every sentence its own `<p>` (a paragraph cut at each 。！？), the Word file's own centred
title, date line `（2024年4月11日）` and speaker line printed as the first `<p>`s. After the text: 下载文档
again, 相关文档 (titles each with a snippet of its text, the other speech among them), 最新文档, 热门文档,
the footer with its ICP line. The page prints no upload date: the expected date is the document's
own date line. Both documents are shown whole (truncated: false)."""

import re

from common import SPEECHES, Family, render

HOST = "www.wendang-zhijia.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/static/css/style.css" />
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-3528471946023617" crossorigin="anonymous"></script>
</head>
<body>
<div class="header">
  <div class="wrap">
    <div class="logo"><a href="/" title="文档之家"><img src="/static/images/logo.png" alt="文档之家" /></a></div>
    <div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" class="txt" placeholder="输入关键词搜索文档" /><input type="submit" class="btn" value="搜索" /></form></div>
    <div class="login"><a href="/user/login" rel="nofollow">登录</a> <a href="/user/reg" rel="nofollow">注册</a></div>
  </div>
</div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/list/35.html">范文大全</a><a href="/list/12.html">教育文库</a><a href="/list/41.html">行业资料</a><a href="/list/57.html">资格考试</a><a href="/list/63.html">生活休闲</a></div></div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p><a href="/about.html" rel="nofollow">关于本站</a> | <a href="/contact.html" rel="nofollow">联系我们</a> | <a href="/help.html" rel="nofollow">使用帮助</a> | <a href="/sitemap.html">网站地图</a></p>
    <p>文档之家 - 在线文档分享平台，本站所有文档由网友上传，内容仅供参考，如有侵权请联系我们删除。</p>
    <p>Copyright &copy; 2012-2024 www.wendang-zhijia.test All Rights Reserved <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备12043780号-5</a></p>
  </div>
</div>
<script type="text/javascript" src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a61d3e0b9c7f5a2e8d4b1c6f09e7a3d5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f38d-3"], "id": "3c1b8a9f6d", "dateline": "（2024年4月11日）", "byline": "市委副书记、市长　陈启航"},
    {"speech": SPEECHES["f38d-4"], "id": "a70f52e1c4", "dateline": "（2024年10月11日）", "byline": "街道党工委书记　刘晓梅"},
]
FILLER = [
    ("0e4d7b2a91", "招商引资工作会议讲话稿", "同志们：今天召开全区招商引资工作会议，主要任务是总结上半年招商引资工作，分析形势，部署下半年工作……"),
    ("5b9c3e8f07", "在重阳节敬老活动上的讲话", "各位老人家、同志们：金秋送爽，丹桂飘香。在第三十七个重阳节到来之际，我们欢聚一堂……"),
    ("7f2a61d0b3", "优化营商环境工作汇报", "今年以来，我市深入贯彻落实优化营商环境条例，以市场主体需求为导向……"),
    ("c84e09a5d2", "志愿服务队成立大会主持词", "尊敬的各位领导、各位志愿者：大家上午好！今天，我们在这里隆重举行志愿服务队成立大会……"),
]
HOT = [("91d3f0c7a8", "2024年党支部工作计划范文"), ("2e6b8d4a15", "个人对照检查材料（2024年）"), ("6c0a7e3f92", "开学典礼校长讲话稿")]


def sentences(para):
    return [s for s in re.findall(r"[^。！？]+[。！？”]*", para) if s.strip()] or [para]


def doc_page(d, other):
    sp = d["speech"]
    lines = [sp.title, d["dateline"], d["byline"]]
    for p in sp.paras:
        lines += sentences(p)
    body_p = "\n".join(f"<p>{x}</p>" for x in lines)
    filler = FILLER[:2] if d is DOCS[0] else FILLER[2:]
    rel = filler + [(other["id"], other["speech"].title, "".join(other["speech"].paras[:2])[:56] + "……")]
    rel_rows = "\n".join(
        f'<li><h3><a href="/doc/{i}.html" target="_blank">{t}</a></h3><p>{s}</p></li>' for i, t, s in rel
    )
    hot_rows = "\n".join(f'<li><a href="/doc/{i}.html" target="_blank">{t}</a></li>' for i, t in HOT)
    body = """<div class="wrap clearfix">
<div class="crumbs"><a href="/">文档之家</a> &rsaquo; <a href="/list/35.html">最新文档</a> &rsaquo; @@H1@@</div>
<div class="main">
<div class="doc-title"><h1>@@H1@@</h1></div>
<div class="doc-tips">
<ol>
<li>1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。</li>
<li>2、"仅部分预览"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款(可完整预览的文档不适用该条件!)。</li>
<li>3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理(人工客服工作时间：9:00-18:30)。</li>
</ol>
</div>
<div class="doc-btn"><a href="javascript:;" class="down" onclick="downDoc('@@ID@@')" rel="nofollow">下载文档</a><a href="javascript:;" class="copy" onclick="copyDoc()" rel="nofollow">复制文档</a></div>
<div class="ads"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-3528471946023617" data-ad-slot="6190432875" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
<div class="content" id="contents">
@@BODY@@
</div>
<div class="doc-btn"><a href="javascript:;" class="down" onclick="downDoc('@@ID@@')" rel="nofollow">下载文档</a><a href="javascript:;" class="copy" onclick="copyDoc()" rel="nofollow">复制文档</a></div>
<div class="relate">
<div class="hd">相关文档</div>
<ul>
@@REL@@
</ul>
</div>
</div>
<div class="side">
<div class="box"><div class="hd">最新文档</div><ul>
<li><a href="/doc/@@OTHER_ID@@.html" target="_blank">@@OTHER_TITLE@@</a></li>
<li><a href="/doc/@@F0@@.html" target="_blank">@@F0T@@</a></li>
</ul></div>
<div class="box"><div class="hd">热门文档</div><ul>
@@HOT@@
</ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{sp.title}_文档之家",
        KW=sp.title,
        DESC=(sp.title + " " + d["dateline"] + " " + "".join(sp.paras[:2]))[:120],
        H1=sp.title,
        ID=d["id"],
        BODY=body_p,
        REL=rel_rows,
        OTHER_ID=other["id"],
        OTHER_TITLE=other["speech"].title,
        F0=FILLER[0][0],
        F0T=FILLER[0][1],
        HOT=hot_rows,
    )


def list_page(n):
    d = DOCS[1] if n == 1 else DOCS[0]
    rows = [(d["id"], d["speech"].title, "".join(d["speech"].paras[:2])[:70] + "……")]
    rows += [(i, t, s) for i, t, s in (FILLER[2:] if n == 1 else FILLER[:2])]
    items = "\n".join(f'<li><h3><a href="/doc/{i}.html" target="_blank">{t}</a></h3><p>{s}</p></li>' for i, t, s in rows)
    pager = ('<div class="pages"><span>1</span><a href="/list/35_2.html">2</a><a href="/list/35_2.html">下一页</a></div>'
             if n == 1 else '<div class="pages"><a href="/list/35.html">上一页</a><a href="/list/35.html">1</a><span>2</span></div>')
    body = f"""<div class="wrap clearfix">
<div class="crumbs"><a href="/">文档之家</a> &rsaquo; 范文大全</div>
<div class="main"><div class="list"><ul>
{items}
</ul>
{pager}
</div></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="范文大全_文档之家" + ("_第2页" if n == 2 else ""), KW="范文大全", DESC="文档之家范文大全")


def home():
    d = DOCS[1]
    body = f"""<div class="wrap clearfix">
<div class="index-box"><div class="hd"><a href="/list/35.html">范文大全</a></div><ul>
<li><a href="/doc/{d['id']}.html" target="_blank">{d['speech'].title}</a></li>
<li><a href="/doc/{FILLER[1][0]}.html" target="_blank">{FILLER[1][1]}</a></li>
</ul></div>
<div class="index-box"><div class="hd"><a href="/list/12.html">教育文库</a></div><ul>
<li><a href="/doc/{HOT[2][0]}.html" target="_blank">{HOT[2][1]}</a></li>
</ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="文档之家 - 在线文档分享平台", KW="文档之家,文档,范文", DESC="文档之家在线文档分享平台")


def build() -> Family:
    fam = Family(HOST, "文档之家 (doczj.com)-like document page: notice list, whole text one sentence a <p>, Word title/date/speaker lines, 相关文档 snippets")
    for i, d in enumerate(DOCS):
        path = f"/doc/{d['id']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc([path], d["speech"])
    fam.put("/list/35.html", list_page(1))
    fam.put("/list/35_2.html", list_page(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search/\n")
    fam.not_documents += ["/", "/list/35.html", "/list/35_2.html"]
    fam.noise += ["下载文档前请自行甄别", "仅部分预览", "人工客服工作时间", "复制文档", "相关文档", "最新文档", "热门文档",
                  "苏ICP备12043780号-5", "文档之家 - 在线文档分享平台", "陈启航", "刘晓梅"]
    fam.note = "The page prints no upload date: published_at is the document's own date line (（2024年4月11日）) printed at the top of the text."
    return fam
