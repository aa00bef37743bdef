"""CSDN文库 (wenku.csdn.net/doc/<24 hex>)-like document pages, server-rendered for a guest: extensionless
`/doc/<24 hex>` titled `标题 - CSDN文库`, the CSDN toolbar (`#csdn-toolbar`: 博客 / 下载 / 学习 / 社区 /
文库 / GitCode, 搜索, 会员中心, 登录), 文库 sub-nav, breadcrumb (文库首页 > 文档资料 > 讲话稿), `h1.doc-title`,
`doc-info` (格式 DOCX / 页数 / 大小 / 上传时间 / 浏览量), 立即下载 · 所需积分 / VIP免费下载 bar, the
`doc-preview` text (`p` per paragraph); one document previewed whole (`预览已结束`), the other stopped by
the guest preview limit (`试读已结束，剩余2页未读` + 开通VIP) → truncated; 版权申诉 line, 相关推荐 cards,
uploader card, 热门文档, CSDN footer (京ICP备19004658号, 网络110报警服务, 公网安备), the
`window.__INITIAL_STATE__` script. Written instead of 冰点文库 (bingdoc.com), whose page is the shared
`资源描述 《….docx》由会员分享…请在…上搜索。` 文库 template already here (金锄头 family)."""

from common import SPEECHES, Family, render

HOST = "wenku.csdn-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="https://wenku.csdn-like.test@@PATH@@">
<link rel="stylesheet" href="https://csdnimg.cn/release/wenku/css/app.9f3c1e2a.css">
<script src="https://g.csdnimg.cn/common/csdn-report/report.js"></script>
</head>
<body>
<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container">
	<div class="toolbar-container-left"><div class="toolbar-logo"><a href="https://www.csdn.net/" title="CSDN首页"><img src="https://img-home.csdnimg.cn/images/20201124032511.png" alt="CSDN"></a></div>
	<ul class="toolbar-menus"><li><a href="https://blog.csdn.net/">博客</a></li><li><a href="https://download.csdn.net/">下载</a></li><li><a href="https://edu.csdn.net/">学习</a></li><li><a href="https://bbs.csdn.net/">社区</a></li><li class="active"><a href="/">文库</a></li><li><a href="https://gitcode.com/">GitCode</a></li><li><a href="https://www.csdn.net/vip">会员中心</a></li></ul></div>
	<div class="toolbar-container-middle"><div class="toolbar-search"><input id="toolbar-search-input" autocomplete="off" placeholder="搜文档、搜资源"><button id="toolbar-search-button"><span>搜索</span></button></div></div>
	<div class="toolbar-container-right"><div class="toolbar-btn toolbar-btn-login"><a href="https://passport.csdn.net/login?code=applets">登录</a></div><div class="toolbar-btn toolbar-btn-vip"><a href="https://mall.csdn.net/vip">会员中心</a></div></div>
</div></div></div>
<div id="app">
<div class="wenku-nav"><div class="wenku-nav-inner"><a class="logo" href="/">CSDN文库</a><a href="/">首页</a><a href="/list/doc">文档资料</a><a href="/list/answer">问答</a><a href="/upload">上传文档</a></div></div>
"""

FOOT = """</div>
<div id="csdn-copyright-footer"><div class="public-footer">
	<ul class="footer-link"><li><a href="https://www.csdn.net/company/index.html#about" rel="nofollow">关于我们</a></li><li><a href="https://www.csdn.net/company/index.html#recruit" rel="nofollow">招贤纳士</a></li><li><a href="https://fsc-p05.txscrm.com/T8PN8SFII7W" rel="nofollow">商务合作</a></li><li><a href="https://fsc-p05.txscrm.com/T8PN8SFII7W" rel="nofollow">寻求报道</a></li><li>400-660-0108</li><li><a href="mailto:kefu@csdn.net">kefu@csdn.net</a></li><li>在线客服</li><li>工作时间 8:30-22:00</li></ul>
	<ul class="footer-beian"><li><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502030143" rel="nofollow">公安备案号11010502030143</a></li><li><a href="http://beian.miit.gov.cn/publish/query/indexFirst.action" rel="nofollow">京ICP备19004658号</a></li><li><a href="https://csdnimg.cn/release/live_fe/culture_license.png" rel="nofollow">京网文〔2020〕1039-165号</a></li><li><a href="https://csdnimg.cn/cdn/content-toolbar/csdn-ICP.png" rel="nofollow">经营性网站备案信息</a></li><li><a href="http://www.bjjubao.org/" rel="nofollow">北京互联网违法和不良信息举报中心</a></li><li><a href="https://download.csdn.net/tutelage/home" rel="nofollow">家长监护</a></li><li><a href="http://www.cyberpolice.cn/" rel="nofollow">网络110报警服务</a></li><li><a href="http://www.12377.cn/" rel="nofollow">中国互联网举报中心</a></li><li>©1999-2024北京创新乐知网络技术有限公司</li></ul>
</div></div>
<script>window.__INITIAL_STATE__=@@STATE@@;</script>
<script src="https://csdnimg.cn/release/wenku/js/chunk-vendors.6a1d0c4e.js"></script>
<script src="https://csdnimg.cn/release/wenku/js/app.3b7e9f21.js"></script>
<script src="https://g.csdnimg.cn/common/csdn-toolbar/csdn-toolbar.js"></script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f46c-2"], "id": "6412b6f1be7fbd1778d48e2c", "pages": 3, "size": "21KB", "up": "2024-06-18 09:42:37",
     "views": 1642, "points": 19, "user": "weixin_42573819", "show": None},
    {"speech": SPEECHES["f46c-6"], "id": "64a2c0d3b07a4c6f9a1e85d7", "pages": 3, "size": "18KB", "up": "2024-05-21 16:05:12",
     "views": 733, "points": 9, "user": "qq_40968357", "show": 6},
]


def doc_page(d, other):
    s = d["speech"]
    paras = s.paras if d["show"] is None else s.paras[: d["show"]]
    body = "\n".join(f'\t\t\t\t<p>{p}</p>' for p in paras)
    if d["show"] is None:
        end = '\t\t\t<div class="preview-end">预览已结束</div>'
    else:
        left = d["pages"] - 1
        end = f'''\t\t\t<div class="preview-limit"><div class="limit-mask"></div><p class="limit-tip">试读已结束，剩余{left}页未读</p><a class="btn-vip" href="https://mall.csdn.net/vip?utm_source=wenku_preview" rel="nofollow">开通VIP 阅读全文</a><a class="btn-down" href="javascript:;">立即下载</a></div>'''
    state = ('{"docInfo":{"id":"%s","title":"%s","ext":"docx","pageCount":%d,"createTime":"%s","viewCount":%d,'
             '"userName":"%s","score":%d,"previewPage":%d},"user":{"isLogin":false}}') % (
        d["id"], s.title, d["pages"], d["up"], d["views"], d["user"], d["points"], d["pages"] if d["show"] is None else 1)
    page = HEAD + """<div class="wenku-main">
	<div class="crumbs"><a href="/">文库首页</a><span>&gt;</span><a href="/list/doc">文档资料</a><span>&gt;</span><a href="/list/doc?tag=jianghuagao">讲话稿</a></div>
	<div class="main-left">
		<div class="doc-header">
			<h1 class="doc-title"><i class="icon-docx"></i>@@STITLE@@</h1>
			<div class="doc-info"><span class="ext">DOCX</span><span>@@PAGES@@页</span><span>@@SIZE@@</span><span class="time">上传时间：@@UP@@</span><span class="view">浏览量：@@VIEWS@@</span></div>
			<div class="doc-opt"><a class="btn-download" href="javascript:;" data-report-click='{"spm":"1055.2569.3001.10083"}'>立即下载</a><span class="need">所需积分：@@POINTS@@</span><a class="btn-vip-free" href="https://mall.csdn.net/vip" rel="nofollow">VIP免费下载</a><a class="btn-collect" href="javascript:;">收藏</a><a class="btn-report" href="javascript:;">举报</a></div>
		</div>
		<div class="doc-preview" id="docPreview">
			<div class="preview-page">
@@BODY@@
			</div>
@@END@@
		</div>
		<div class="copyright-tip">本文档由用户 @@USER@@ 上传，CSDN文库仅提供信息存储空间服务。如存在侵权，请<a href="https://wenku.csdn.net/appeal" rel="nofollow">版权申诉</a>。</div>
		<div class="recommend">
			<h3>相关推荐</h3>
			<div class="rec-card"><a href="/doc/@@OTHER_ID@@" target="_blank"><p class="rec-title">@@OTHER_TITLE@@</p><p class="rec-info">DOCX · 3页</p></a></div>
			<div class="rec-card"><a href="/doc/64f1a2b3c4d5e6f7a8b9c0d1" target="_blank"><p class="rec-title">领导致辞通用模板（10篇）</p><p class="rec-info">DOCX · 12页</p></a></div>
			<div class="rec-card"><a href="/doc/650a1b2c3d4e5f60718293a4" target="_blank"><p class="rec-title">开幕式致辞范文.docx</p><p class="rec-info">DOCX · 2页</p></a></div>
		</div>
	</div>
	<div class="main-right">
		<div class="user-card"><img class="avatar" src="https://profile-avatar.csdnimg.cn/default.jpg!1" alt=""><p class="name"><a href="https://blog.csdn.net/@@USER@@">@@USER@@</a></p><p class="desc">上传资源 37 · 粉丝 12</p><a class="btn-follow" href="javascript:;">关注</a></div>
		<div class="hot-docs"><h3>热门文档</h3><ul>
			<li><a href="/doc/6401ab5fcce7214c3163a9d2">2024年工作总结及2025年工作计划</a></li>
			<li><a href="/doc/6401ac4dcce7214c3163b1f8">述职报告范文</a></li>
			<li><a href="/doc/6401ad11cce7214c3163b7c0">会议主持词</a></li>
		</ul></div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title} - CSDN文库", KEYWORDS=f"{s.title},讲话稿", DESC=s.paras[1][:110], PATH=f"/doc/{d['id']}",
                  STITLE=s.title, PAGES=d["pages"], SIZE=d["size"], UP=d["up"], VIEWS=d["views"], POINTS=d["points"], BODY=body,
                  END=end, USER=d["user"], OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title, STATE=state)


def build() -> Family:
    fam = Family(HOST, "CSDN文库 (wenku.csdn.net/doc/ID) document pages: extensionless, guest preview limit", extensionless_html=True)
    rows = "\n".join(
        f'\t\t<li class="doc-item"><a href="/doc/{d["id"]}" target="_blank"><i class="icon-docx"></i>{d["speech"].title}</a><span>{d["pages"]}页</span><span>{d["up"][:10]}</span></li>'
        for d in DOCS
    )
    lst = HEAD + """<div class="wenku-main">
	<div class="crumbs"><a href="/">文库首页</a><span>&gt;</span>文档资料</div>
	<ul class="doc-list">
@@ROWS@@
	</ul>
</div>
""" + FOOT
    fam.put("/list/doc", render(lst, TITLE="文档资料 - CSDN文库", KEYWORDS="文档资料", DESC="CSDN文库文档资料", PATH="/list/doc", ROWS=rows, STATE='{"user":{"isLogin":false}}'))
    home = HEAD + """<div class="wenku-main">
	<div class="home-banner"><h2>CSDN文库，海量文档资料</h2></div>
	<div class="home-block"><h3>最新文档</h3><ul class="doc-list">
@@ROWS@@
	</ul><a class="more" href="/list/doc">查看更多</a></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="CSDN文库 - 文档资料分享平台", KEYWORDS="CSDN文库", DESC="CSDN文库", PATH="/", ROWS=rows, STATE='{"user":{"isLogin":false}}'))
    fam.not_documents += ["/", "/list/doc"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /upload\nDisallow: /search\n")
    for i, d in enumerate(DOCS):
        path = f"/doc/{d['id']}"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        s = d["speech"]
        if d["show"] is None:
            fam.doc([path], s, published_at=d["up"][:10])
        else:
            fam.doc([path], s, truncated=True, text="\n".join(s.paras[: d["show"]]), published_at=d["up"][:10])
    fam.note = "published_at is the 上传时间 (days after the speech); the 邻里节 document stops at the guest preview limit (truncated)"
    fam.noise += ["立即下载", "所需积分：", "VIP免费下载", "CSDN文库仅提供信息存储空间服务", "相关推荐", "热门文档", "京ICP备19004658号", "试读已结束"]
    return fam
