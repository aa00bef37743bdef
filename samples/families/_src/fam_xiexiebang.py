"""A 写写帮文库 (xiexiebang.com)-like document library: UTF-8 document pages under dated hash paths
(`/a4/2024032614/6f1c….html`); the crumb, `h1` with the doc's file type icon, the `doc-info` line
(格式 / 页数 / 大小 / 上传时间 / 浏览 / 下载), the library's blurb before the text
(`简介：写写帮文库小编为你整理了这篇《…》但愿对你工作学习有帮助，当然你在写写帮文库还可以找到更多《…》。`),
the text server-rendered in `div.doc-content#contents`, the `down-box` right after it (下载文档 / 所需金币 /
开通VIP免费下载 / 文档为doc格式), 免责声明, 相关文档 (listing the other speech), 热门文档 and 最新文档
columns, the 登录/注册 bar and the footer with its ICP line. The text is shown whole on both pages
(the real site shows its documents' text and sells only the download): not truncated. The page's only
date is the upload time, a week or so after the speech: that is the expected date."""

from common import SPEECHES, Family, render

HOST = "www.xiexiebang-like.test"
COL = "/c/jianghuagao/"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/base.css?v=1.3.6">
<link rel="stylesheet" href="/static/css/doc.css?v=1.3.6">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="welcome">您好，欢迎来到写写帮文库！</span><div class="fr user-bar" id="userBar"><a href="/user/login.html" rel="nofollow">登录</a><a href="/user/reg.html" rel="nofollow">注册</a><a href="/vip/" class="vip" rel="nofollow">开通VIP</a><a href="/upload/" rel="nofollow">上传文档</a></div></div></div>
<div class="header wrap">
<a class="logo" href="/"><img src="/static/images/logo.png" alt="写写帮文库"></a>
<div class="search-box"><form action="/search/" method="get"><input type="text" name="q" placeholder="搜索文档，如：讲话稿、工作总结" class="s-input"><button type="submit" class="s-btn">搜索</button></form></div>
</div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/c/gongzuozongjie/">工作总结</a><a href="/c/gongzuojihua/">工作计划</a><a href="/c/jianghuagao/" class="cur">讲话稿</a><a href="/c/xindetihui/">心得体会</a><a href="/c/sixianghuibao/">思想汇报</a><a href="/c/shenqingshu/">申请书</a><a href="/c/hetong/">合同范本</a><a href="/c/jiaoan/">教案</a></div></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="/about.html" rel="nofollow">关于我们</a> | <a href="/contact.html" rel="nofollow">联系我们</a> | <a href="/copyright.html" rel="nofollow">版权声明</a> | <a href="/help.html" rel="nofollow">帮助中心</a> | <a href="/sitemap.xml">网站地图</a></p>
<p>写写帮文库所有文档均由用户上传，仅供学习交流使用，如有侵权请联系我们删除。</p>
<p>Copyright &copy; 2014-2024 写写帮文库 www.xiexiebang-like.test All Rights Reserved <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">浙ICP备14031576号-2</a></p>
</div></div>
<script src="/static/js/doc.js?v=1.3.6"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?7d1c4e2b9a0f3e5d6c8b7a9f0e1d2c3b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""

# speech, path, 上传时间, 页数, 大小, 浏览, 下载, 金币
DOCS = [
    (SPEECHES["g37d-3"], "/a4/2024032614/6f1c2a9d8e3b7a50.html", "2024-03-26 14:07", 3, "25.5KB", 1863, 47, 3),
    (SPEECHES["g37d-4"], "/a4/2024121309/b2e8d47c1a96f305.html", "2024-12-13 09:42", 3, "24.0KB", 942, 18, 3),
]
REL_FILLER = [
    ("/a4/2024031108/1e0d7c4b9a8f2635.html", "在全市优化营商环境大会上的讲话", 4),
    ("/a4/2024022010/97c3b5a1d8e04f62.html", "优化营商环境工作情况汇报", 3),
    ("/a4/2024120516/4a9e1f7d2c3b8056.html", "在冬春火灾防控工作会议上的讲话", 2),
    ("/a4/2024112911/c5d2a8e7f1b46390.html", "安全生产工作会议主持词", 2),
]
HOT = [
    ("/a4/2024010209/0b7e3f5a9c1d2846.html", "在全县经济工作会议上的讲话"),
    ("/a4/2023122815/8d4c2b1a7e9f0536.html", "2023年度民主生活会个人对照检查材料"),
    ("/a4/2024062711/3f9a6e0d5b2c1847.html", "七一表彰大会讲话稿"),
    ("/a4/2024090210/e6b1d0c9a4f83725.html", "开学典礼校长讲话稿"),
]


def doc_page(i):
    speech, path, up, pages, size, views, downs, gold = DOCS[i]
    other = DOCS[1 - i]
    rel = REL_FILLER[:2] if i == 0 else REL_FILLER[2:]
    rel_rows = "\n".join(
        f'<li><i class="ico-doc"></i><a href="{p}" target="_blank" title="{t}">{t}</a><span>{n}页</span></li>'
        for p, t, n in rel + [(other[1], other[0].title, other[3])]
    )
    hot_rows = "\n".join(f'<li><a href="{p}" target="_blank" title="{t}">{t}</a></li>' for p, t in HOT)
    paras = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    body = """<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">写写帮文库</a> &gt; <a href="@@COL@@">讲话稿</a> &gt; 正文</div>
<div class="doc-main">
<div class="doc-head">
<h1><i class="ico-doc"></i>@@H1@@</h1>
<div class="doc-info"><span>格式：doc</span><span>页数：@@PAGES@@页</span><span>大小：@@SIZE@@</span><span>上传时间：@@UP@@</span><span>浏览：@@VIEWS@@次</span><span>下载：@@DOWNS@@次</span><a href="javascript:;" class="report" onclick="report_doc()" rel="nofollow">举报</a></div>
</div>
<div class="doc-intro">简介：写写帮文库小编为你整理了这篇《@@H1@@》但愿对你工作学习有帮助，当然你在写写帮文库还可以找到更多《@@H1@@》。</div>
<div class="ad-doc-top"><script src="/static/js/ad.js?pos=doc_top"></script></div>
<div class="doc-content" id="contents">
@@PARAS@@
</div>
<div class="down-box">
<div class="down-tip">文档为doc格式，共@@PAGES@@页，下载后可编辑修改</div>
<a href="javascript:;" class="btn-down" onclick="down_doc(this)" data-url="@@PATH@@" rel="nofollow">下载文档</a>
<span class="price">所需金币：<b>@@GOLD@@</b></span>
<a href="/vip/" class="btn-vip" rel="nofollow" target="_blank">开通VIP 免费下载</a>
<p class="down-note">温馨提示：下载前请先登录，下载后的文档请勿用于商业用途。</p>
</div>
<div class="statement"><b>免责声明：</b>本文档由网友上传分享，仅供学习交流，写写帮文库不对其内容的真实性、准确性负责。如该文档侵犯了您的权益，请<a href="/contact.html" rel="nofollow">联系我们</a>删除。</div>
<div class="rel-docs"><h3>相关文档</h3><ul>
@@REL@@
</ul></div>
</div>
<div class="doc-side">
<div class="side-box vip-box"><p>开通VIP，海量文档免费下载</p><a href="/vip/" rel="nofollow" class="btn-vip">立即开通</a></div>
<div class="side-box"><h3>热门文档</h3><ul>
@@HOT@@
</ul></div>
<div class="side-box"><h3>最新文档</h3><ul>
<li><a href="@@OTHER_PATH@@" target="_blank" title="@@OTHER_TITLE@@">@@OTHER_TITLE@@</a></li>
</ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_写写帮文库",
        KEYWORDS=speech.title,
        DESC=f"{speech.title}同志们：" + speech.paras[1][:60],
        COL=COL,
        H1=speech.title,
        PAGES=pages,
        SIZE=size,
        UP=up,
        VIEWS=views,
        DOWNS=downs,
        PARAS=paras,
        PATH=path,
        GOLD=gold,
        REL=rel_rows,
        HOT=hot_rows,
        OTHER_PATH=other[1],
        OTHER_TITLE=other[0].title,
    )


def listing(n):
    d1, d2 = DOCS
    if n == 1:
        rows = [(d2[1], d2[0].title, d2[2][:10]), (REL_FILLER[2][0], REL_FILLER[2][1], "2024-12-05"), (HOT[0][0], HOT[0][1], "2024-01-02")]
    else:
        rows = [(d1[1], d1[0].title, d1[2][:10]), (REL_FILLER[0][0], REL_FILLER[0][1], "2024-03-11")]
    items = "\n".join(
        f'<li><i class="ico-doc"></i><a href="{p}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>' for p, t, d in rows
    )
    pg = (f'<div class="pages"><span class="cur">1</span><a href="{COL}2.html">2</a><a href="{COL}2.html">下一页</a></div>'
          if n == 1 else f'<div class="pages"><a href="{COL}">上一页</a><a href="{COL}">1</a><span class="cur">2</span></div>')
    body = f"""<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">写写帮文库</a> &gt; 讲话稿</div>
<div class="doc-main"><div class="list-box"><h2>讲话稿</h2><ul class="doc-list">
{items}
</ul>
{pg}
</div></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="讲话稿_写写帮文库" + ("_第2页" if n > 1 else ""), KEYWORDS="讲话稿", DESC="写写帮文库讲话稿频道")


def home():
    d2 = DOCS[1]
    body = f"""<div class="wrap clearfix">
<div class="idx-box"><h2><a href="{COL}">讲话稿</a></h2><ul>
<li><a href="{d2[1]}" target="_blank">{d2[0].title}</a></li>
<li><a href="{HOT[0][0]}" target="_blank">{HOT[0][1]}</a></li>
</ul><a href="{COL}" class="more">更多&gt;&gt;</a></div>
<div class="idx-box"><h2><a href="/c/gongzuozongjie/">工作总结</a></h2><ul><li><a href="/a4/2024120208/5c8e1b0a7d3f2694.html" target="_blank">2024年个人工作总结</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="写写帮文库_海量文档免费阅读", KEYWORDS="写写帮文库,讲话稿,工作总结", DESC="写写帮文库")


def build() -> Family:
    fam = Family(HOST, "写写帮文库 (xiexiebang.com)-like document page: 简介 blurb, doc-info line, whole text, down-box with 金币 / 开通VIP, 相关文档")
    for speech, path, up, *_r in DOCS:
        fam.put(path, doc_page(DOCS.index((speech, path, up, *_r))))
        fam.doc([path], speech, published_at=up[:10])
    fam.put(COL, listing(1))
    fam.put(COL + "2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search/\n")
    fam.not_documents += ["/", COL, COL + "2.html"]
    fam.noise += ["写写帮文库小编为你整理了", "文档为doc格式", "开通VIP", "所需金币", "免责声明", "相关文档", "热门文档", "最新文档",
                  "浙ICP备14031576号-2", "当前位置", "上传时间"]
    return fam
