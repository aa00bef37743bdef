"""A 360文库 (wenku.so.com/d/ID) document page: `/d/<32 hex>` (extensionless), `<title>` the uploader's
file name + ` - 360文库`, the 360 top bar (360导航 / 登录 / 注册), the 搜文档 box, a crumb
(`360文库 > 党政工作 > 讲话致辞`), the file header (`.docx` icon, file name, 上传者 / 上传时间 / 页数 /
浏览 / 评分), the tool bar (下载文档 · 会员免费下载 · 收藏 · 分享 · 举报), then the server-rendered
preview: `div.doc-page` boxes with `div.page-content` and `p.p-txt` lines (the Word file's own centred
title, speaker and date lines), one paragraph running over the page break. The five-page document
prints pages 3-5 in a folded box (`剩余3页未读，展开阅读全文`), so its text is complete; the four-page
one stops after page 2 mid-paragraph with `剩余2页未读，开通会员继续阅读` (→ truncated). Right under
the document: 下载提示 / 版权声明, the 会员 box (开通360文库会员…), 相关文档 (the other document), 猜你喜欢,
and the 360 footer (京ICP证080047号, 京公网安备) with the QIHOO monitor script. Home is the front page,
its 讲话致辞 category `/list/jianghua` lists both documents."""

from common import SPEECHES, Family, render

HOST = "wenku.sanliuling-like.test"
CAT = "/list/jianghua"

DOCS = [
    {
        "speech": SPEECHES["R33B1"], "id": "3f8a2c61d94b0e7a5c21f0b6e8d47a93",
        "fname": "县委书记在全县农村人居环境整治提升现场推进会上的讲话（定稿）",
        "uploader": "乡**振兴", "uptime": "2024-04-18", "pages": 5, "shown": 2, "views": "1.3万", "score": "4.6",
        "byline": "县委书记　罗建新", "dateline": "（2024年4月16日）",
    },
    {
        "speech": SPEECHES["R33B3"], "id": "b17e90d4c2a8f35e6d09a1c7f4e2b865",
        "fname": "2024年市长在全市营商环境优化提升大会上的讲话",
        "uploader": "文库用户_7c2e9a", "uptime": "2024-02-22", "pages": 4, "shown": 2, "views": "2847", "score": "4.2",
        "byline": "市委副书记、市长　杜文涛", "dateline": "（2024年2月19日）",
    },
]
# the truncated one: how much of its text the free preview prints
DOCS[1]["cut"] = 5  # paragraphs shown whole (title block aside)
DOCS[1]["cut_chars"] = 86  # characters of the next paragraph printed before the fold

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="mobile-agent" content="format=html5;url=https://m.wenku.sanliuling-like.test@@PATH@@">
<link rel="canonical" href="https://wenku.sanliuling-like.test@@PATH@@">
<link rel="shortcut icon" href="https://s.ssl.qhres2-like.test/static/wenku/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="https://s.ssl.qhres2-like.test/static/wenku/pc/css/@@CSS@@.8e3d1b2a.css">
<script>var WENKU_CONF = {"isLogin":false,"isVip":false,"qid":"","page":"@@PAGE@@"};</script>
</head>
<body>
<div class="top-bar">
  <div class="wrap clearfix">
    <div class="top-bar-left"><a href="https://hao.360-like.test/" target="_blank">360导航</a><a href="https://www.so-like.test/" target="_blank">360搜索</a><a href="https://www.360-like.test/" target="_blank">360官网</a></div>
    <div class="top-bar-right" id="user-info"><a class="login-btn" href="javascript:;" data-type="login">登录</a><span class="sep">|</span><a class="reg-btn" href="javascript:;" data-type="reg">注册</a><span class="sep">|</span><a class="vip-entry" href="/vip" rel="nofollow"><i class="icon-vip"></i>开通会员</a><span class="sep">|</span><a href="/upload" rel="nofollow">上传文档</a></div>
  </div>
</div>
<div class="header">
  <div class="wrap clearfix">
    <a class="logo" href="/" title="360文库"><img src="https://p.ssl.qhimg-like.test/t01a2b3c4d5e6f7a8b9.png" alt="360文库"></a>
    <form class="search-form" action="/s" method="get" target="_self">
      <input class="search-input" type="text" name="q" autocomplete="off" placeholder="搜文档：试试“讲话稿”">
      <button class="search-btn" type="submit">搜文档</button>
    </form>
    <div class="hot-words">热搜：<a href="/s?q=%E8%AE%B2%E8%AF%9D%E7%A8%BF">讲话稿</a><a href="/s?q=%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A">心得体会</a><a href="/s?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93">工作总结</a><a href="/s?q=%E8%87%B4%E8%BE%9E">致辞</a></div>
  </div>
</div>
<div class="nav">
  <div class="wrap"><a href="/" class="@@NAV_HOME@@">首页</a><a href="/list/jiaoyu">教育资料</a><a href="/list/zhichang">职场办公</a><a href="@@CAT@@" class="@@NAV_CAT@@">党政工作</a><a href="/list/hangye">行业资料</a><a href="/list/shenghuo">生活休闲</a><a href="/vip" rel="nofollow" class="nav-vip">会员专区</a></div>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p class="footer-links"><a href="/help/about" rel="nofollow">关于360文库</a><span>|</span><a href="/help/agreement" rel="nofollow">用户协议</a><span>|</span><a href="/help/privacy" rel="nofollow">隐私政策</a><span>|</span><a href="/help/copyright" rel="nofollow">版权声明</a><span>|</span><a href="/help/report" rel="nofollow">侵权投诉</a><span>|</span><a href="/help/feedback" rel="nofollow">意见反馈</a></p>
    <p>&copy; 2024 360.CN 奇虎360旗下服务　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证080047号</a>　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备08010314号-19</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11000002000006" target="_blank" rel="nofollow">京公网安备11000002000006号</a></p>
    <p>违法和不良信息举报电话：010-58541100　举报邮箱：jubao@360-like.test</p>
  </div>
</div>
<div class="login-dialog" id="loginDialog" style="display:none">
  <div class="login-dialog-hd">登录360账号<a class="close" href="javascript:;">&times;</a></div>
  <div class="login-dialog-bd"><div class="qrcode"><img src="https://p.ssl.qhimg-like.test/t01qrlogin.png" alt=""><p>打开360手机卫士或360安全浏览器App扫码登录</p></div><a class="other" href="javascript:;">账号密码登录</a></div>
</div>
<script src="https://s.ssl.qhres2-like.test/static/wenku/pc/js/vendor.3c2d8f1e.js"></script>
<script src="https://s.ssl.qhres2-like.test/static/wenku/pc/js/@@CSS@@.b7a91d40.js"></script>
<script src="https://s.ssl.qhres2-like.test/ssl/ab77b6ea7f3fbf79.js"></script>
<script>monitor.setProject('360_wenku_pc').getTrack().getClickAndKeydown().getClickHeatmap(10, 1);</script>
</body>
</html>
"""


def head_lines(d):
    s = d["speech"]
    return [
        f'<p class="p-txt p-center p-title">{s.title}</p>',
        f'<p class="p-txt p-center">{d["byline"]}</p>',
        f'<p class="p-txt p-center">{d["dateline"]}</p>',
    ]


def pages_of(d):
    """The file's lines laid out over its pages; a paragraph may run over a page break."""
    s = d["speech"]
    paras = list(s.paras)
    if "cut" in d:
        paras = paras[: d["cut"]] + [paras[d["cut"]][: d["cut_chars"]]]
    per = d["pages"] if "cut" not in d else d["shown"]
    total = sum(len(p) for p in paras) + 60
    size = total / per + 1
    pages, cur, used = [], head_lines(d), 60
    for para in paras:
        while used + len(para) > size and len(pages) < per - 1:
            room = int(size - used)
            if room > 20:
                cur.append(f'<p class="p-txt p-indent">{para[:room]}</p>')
                para = para[room:]
                pages.append(cur); cur, used = [], 0
                cur.append(f'<p class="p-txt">{para}</p>')
                used += len(para)
                para = None
                break
            pages.append(cur); cur, used = [], 0
        if para is not None:
            cur.append(f'<p class="p-txt p-indent">{para}</p>')
            used += len(para)
    pages.append(cur)
    return pages


def page_box(n, lines, hidden=False):
    style = ' style="display:none"' if hidden else ""
    return (f'<div class="doc-page" id="page-{n}" data-page="{n}"{style}>\n<div class="page-content">\n'
            + "\n".join(lines) + "\n</div>\n</div>")


def doc_page(d, other):
    pages = pages_of(d)
    s = d["speech"]
    if "cut" not in d:
        shown = "\n".join(page_box(i + 1, p) for i, p in enumerate(pages[: d["shown"]]))
        rest = "\n".join(page_box(i + 1, p, hidden=True) for i, p in enumerate(pages[d["shown"]:], d["shown"]))
        fold = f"""<div class="doc-fold" id="docFold">
  <div class="fold-mask"></div>
  <div class="fold-tip">剩余{d['pages'] - d['shown']}页未读，<a class="btn-unfold" href="javascript:;" data-log="unfold">展开阅读全文<i class="icon-arrow-down"></i></a></div>
</div>
<div class="doc-rest" id="docRest">
{rest}
</div>
<div class="doc-end">— 本文档已全部展示完毕 —</div>"""
    else:
        shown = "\n".join(page_box(i + 1, p) for i, p in enumerate(pages))
        fold = f"""<div class="doc-fold doc-fold-vip" id="docFold">
  <div class="fold-mask"></div>
  <div class="fold-tip">剩余{d['pages'] - d['shown']}页未读，<a class="btn-vip-read" href="/vip?from=docfold&amp;docid={d['id']}" rel="nofollow">开通会员继续阅读</a></div>
  <p class="fold-sub">会员可免费阅读、下载全站百万篇文档</p>
</div>"""
    related = f"""<div class="side-box related-docs">
  <h3 class="box-title">相关文档</h3>
  <ul>
    <li><i class="icon-doc icon-docx"></i><a href="/d/{other['id']}" title="{other['fname']}">{other['fname']}</a><span class="pages">{other['pages']}页</span></li>
    <li><i class="icon-doc icon-doc"></i><a href="/d/5e2c8a17f0b94d36a1e7c3905bd8f214" title="在全县安全生产工作会议上的讲话">在全县安全生产工作会议上的讲话</a><span class="pages">6页</span></li>
    <li><i class="icon-doc icon-pdf"></i><a href="/d/9a4f1d0c7e3b82a65f1d0e9c4b7a3826" title="领导讲话稿写作技巧与范文">领导讲话稿写作技巧与范文</a><span class="pages">12页</span></li>
  </ul>
</div>"""
    page = HEAD + """<div class="wrap main clearfix">
  <div class="crumb"><a href="/">360文库</a><span class="gt">&gt;</span><a href="@@CAT@@">党政工作</a><span class="gt">&gt;</span><a href="@@CAT@@">讲话致辞</a></div>
  <div class="doc-left">
    <div class="doc-header">
      <h1 class="doc-title"><i class="icon-doc icon-docx"></i>@@FNAME@@</h1>
      <div class="doc-info"><span class="uploader">上传者：<a href="javascript:;">@@UPLOADER@@</a></span><span class="uptime">@@UPTIME@@上传</span><span class="pagecount">@@PAGES@@页</span><span class="views">@@VIEWS@@次浏览</span><span class="score"><i class="star star-45"></i>@@SCORE@@分</span></div>
    </div>
    <div class="doc-toolbar">
      <a class="btn btn-download" href="javascript:;" data-docid="@@ID@@" data-log="download"><i class="icon-download"></i>下载文档</a>
      <span class="price-tip"><i class="icon-vip"></i>会员免费下载</span>
      <a class="btn-fav" href="javascript:;" data-log="fav"><i class="icon-fav"></i>收藏</a>
      <a class="btn-share" href="javascript:;" data-log="share"><i class="icon-share"></i>分享</a>
      <a class="btn-report" href="/help/report?docid=@@ID@@" rel="nofollow"><i class="icon-report"></i>举报</a>
    </div>
    <div class="doc-main" id="docMain">
      <div class="doc-pages" id="docPages">
@@SHOWN@@
      </div>
@@FOLD@@
    </div>
    <div class="doc-bottom-bar">
      <a class="btn btn-download btn-download-big" href="javascript:;" data-docid="@@ID@@" data-log="download_bottom">下载文档（docx格式）</a>
      <span class="tip">本文档由用户上传，下载后可编辑</span>
    </div>
    <div class="doc-statement">
      <h4>下载提示</h4>
      <p>1. 本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。</p>
      <p>2. 该文档所得收入归上传者、原创者。如若本站文档侵犯了您的权益，请<a href="/help/report?docid=@@ID@@" rel="nofollow">联系我们</a>，我们将在第一时间处理。</p>
    </div>
    <div class="vip-card">
      <div class="vip-card-l"><p class="t1">开通360文库会员</p><p class="t2">海量文档免费下载 · 去除广告 · 专属客服</p></div>
      <a class="vip-card-btn" href="/vip?from=docbottom" rel="nofollow">立即开通</a>
    </div>
    <div class="guess-like">
      <h3 class="box-title">猜你喜欢</h3>
      <ul class="guess-list">
        <li><a href="/s?q=%E4%BA%BA%E5%B1%85%E7%8E%AF%E5%A2%83%E6%95%B4%E6%B2%BB%E8%AE%B2%E8%AF%9D">人居环境整治讲话</a></li>
        <li><a href="/s?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83%E5%A4%A7%E4%BC%9A%E8%AE%B2%E8%AF%9D">营商环境大会讲话</a></li>
        <li><a href="/s?q=%E7%8E%B0%E5%9C%BA%E6%8E%A8%E8%BF%9B%E4%BC%9A%E8%AE%B2%E8%AF%9D">现场推进会讲话</a></li>
      </ul>
    </div>
  </div>
  <div class="doc-right">
    <div class="side-box app-box"><img src="https://p.ssl.qhimg-like.test/t01appqr.png" alt=""><p>扫码下载360文库App</p><p class="sub">手机看文档更方便</p></div>
@@RELATED@@
    <div class="side-box ad-box" id="adSide"><a href="https://e.360-like.test/click?u=wenku_side" target="_blank" rel="nofollow"><img src="https://p.ssl.qhimg-like.test/t01adside.jpg" alt="广告"></a><span class="ad-tag">广告</span></div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE=f"{d['fname']} - 360文库", KEYWORDS=f"{d['fname']},讲话稿,讲话致辞",
                  DESC=f"{d['fname']}：{s.paras[1][:60]}…", PATH=f"/d/{d['id']}", CSS="doc", PAGE="doc",
                  NAV_HOME="", NAV_CAT="cur", CAT=CAT, FNAME=d["fname"], UPLOADER=d["uploader"], UPTIME=d["uptime"],
                  PAGES=d["pages"], VIEWS=d["views"], SCORE=d["score"], ID=d["id"], SHOWN="\n".join([shown]),
                  FOLD=fold, RELATED=related)


def list_page():
    items = "\n".join(
        f"""    <li class="doc-item clearfix"><i class="icon-doc icon-docx"></i><div class="doc-item-info"><a class="doc-item-title" href="/d/{d['id']}" target="_blank" title="{d['fname']}">{d['fname']}</a><p class="doc-item-desc">{d['speech'].paras[1][:70]}…</p><p class="doc-item-meta"><span>{d['pages']}页</span><span>{d['views']}次浏览</span><span>{d['uptime']}</span></p></div><span class="doc-item-vip">会员免费</span></li>"""
        for d in DOCS
    )
    page = HEAD + """<div class="wrap main clearfix">
  <div class="crumb"><a href="/">360文库</a><span class="gt">&gt;</span><a href="@@CAT@@">党政工作</a><span class="gt">&gt;</span><span>讲话致辞</span></div>
  <div class="list-left">
    <div class="sub-cats"><a href="/list/dangjian">党建材料</a><a href="@@CAT@@" class="cur">讲话致辞</a><a href="/list/gongzuobaogao">工作报告</a><a href="/list/xindetihui">心得体会</a></div>
    <div class="sort-bar"><a class="cur" href="@@CAT@@">综合</a><a href="@@CAT@@?sort=new" rel="nofollow">最新</a><a href="@@CAT@@?sort=hot" rel="nofollow">最热</a></div>
    <ul class="doc-list">
@@ITEMS@@
    </ul>
    <div class="pager"><span class="cur">1</span><a href="@@CAT@@?pn=2" rel="nofollow">2</a><a href="@@CAT@@?pn=3" rel="nofollow">3</a><a class="next" href="@@CAT@@?pn=2" rel="nofollow">下一页</a></div>
  </div>
  <div class="list-right"><div class="side-box app-box"><img src="https://p.ssl.qhimg-like.test/t01appqr.png" alt=""><p>扫码下载360文库App</p></div></div>
</div>
""" + FOOT
    return render(page, TITLE="讲话致辞_党政工作 - 360文库", KEYWORDS="讲话致辞,讲话稿,发言稿", DESC="360文库讲话致辞频道，提供各类讲话稿、致辞、发言稿文档。",
                  PATH=CAT, CSS="list", PAGE="list", NAV_HOME="", NAV_CAT="cur", CAT=CAT, ITEMS=items)


def home_page():
    items = "\n".join(f'        <li><a href="/d/{d["id"]}" target="_blank" title="{d["fname"]}">{d["fname"]}</a></li>' for d in DOCS)
    page = HEAD + """<div class="wrap main clearfix">
  <div class="home-banner"><a href="/vip?from=banner" rel="nofollow"><img src="https://p.ssl.qhimg-like.test/t01banner.jpg" alt="360文库会员"></a></div>
  <div class="home-floor">
    <div class="floor-hd"><h2>党政工作</h2><a class="more" href="@@CAT@@">更多&gt;</a></div>
    <div class="floor-bd">
      <ul class="hot-docs">
@@ITEMS@@
      </ul>
    </div>
  </div>
  <div class="home-floor"><div class="floor-hd"><h2>教育资料</h2><a class="more" href="/list/jiaoyu">更多&gt;</a></div></div>
</div>
""" + FOOT
    return render(page, TITLE="360文库-海量文档免费阅读", KEYWORDS="360文库,文档,讲话稿,范文", DESC="360文库是奇虎360旗下的文档分享平台。",
                  PATH="/", CSS="index", PAGE="index", NAV_HOME="cur", NAV_CAT="", CAT=CAT, ITEMS=items)


def build() -> Family:
    fam = Family(HOST, "360文库 (wenku.so.com/d/ID) document page: server-rendered .docx preview pages, 剩余N页未读 fold (展开阅读全文 / 开通会员继续阅读), download and 会员 prompts, 相关文档",
                 extensionless_html=True)
    fam.put("/", home_page())
    fam.put(CAT, list_page())
    fam.not_documents += ["/", CAT]
    for d, other in ((DOCS[0], DOCS[1]), (DOCS[1], DOCS[0])):
        path = f"/d/{d['id']}"
        fam.put(path, doc_page(d, other))
        if "cut" in d:
            paras = d["speech"].paras[: d["cut"]] + [d["speech"].paras[d["cut"]][: d["cut_chars"]]]
            fam.doc([path], d["speech"], truncated=True, text="\n".join(paras))
        else:
            fam.doc([path], d["speech"])
    # page 2 ends mid-paragraph right above the fold; the rest of that paragraph opens page 3 below it
    fam.check_ignore.append(f"剩余{DOCS[0]['pages'] - DOCS[0]['shown']}页未读，展开阅读全文")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /s?\nDisallow: /vip\nDisallow: /upload\n")
    fam.note = ("title is the speech's title printed as the file's first line (<title> and h1 show the uploader's file name); "
                "published_at is the file's own date line (the page shows only the upload date, two or three days later); "
                "the five-page document's pages 3-5 sit in the folded box (展开阅读全文) and are printed, the four-page one stops after page 2 → truncated")
    fam.noise += ["剩余3页未读", "剩余2页未读", "展开阅读全文", "开通会员继续阅读", "下载文档", "会员免费下载", "下载提示", "开通360文库会员",
                  "相关文档", "猜你喜欢", "京ICP证080047号", "本文档已全部展示完毕", DOCS[0]["byline"], DOCS[1]["byline"],
                  DOCS[0]["dateline"], DOCS[1]["dateline"], "上传者"]
    return fam
