"""新浪爱问共享资料 (ishare.iask.sina.com.cn)-like document page: `/f/NNNNNNN.html` headed by the
uploaded file's name (`….doc`), the 贡献者 (uploader) box with 上传时间 / 下载积分, a 文档介绍 box
with the uploader's own blurb, then the previewed text pages (`div.detail-pages > div.page-item`,
each with its `第N页` number); the 5-page document stops after page 3 at the
`剩余2页未读，继续阅读` fold (the rest loads by script only → truncated), the 3-page one is complete
(`已经到底了`); download-with-points buttons (`下载所需积分：5`, `VIP免费下载`), 相关文档 listing the
other, 猜你喜欢, Sina SUDA stats block and 新浪 footer. Listings `/c/jhzc.html`, `/c/jhzc-2.html`."""

from common import SPEECHES, Family, render

HOST = "ishare.aiwen-like.test"

DOCS = [
    # speech, id, ext, uploader, uptime, total pages, paragraphs per previewed page, points, byline, blurb
    {
        "speech": SPEECHES["R23IS1"],
        "fid": 3718204,
        "ext": "doc",
        "uploader": "安监小王",
        "uptime": "2024-04-19",
        "total": 5,
        "per_page": [4, 2, 2],
        "points": 5,
        "byline": "区委常委、常务副区长　刘建军",
        "blurb": "区里开会用的讲话材料，已按领导修改意见定稿，供各街道、各部门学习参考。",
        "views": 1206,
        "downs": 37,
    },
    {
        "speech": SPEECHES["R23IS2"],
        "fid": 3720951,
        "ext": "docx",
        "uploader": "职院就业指导中心",
        "uptime": "2024-03-25",
        "total": 3,
        "per_page": [4, 3, 4],
        "points": 0,
        "byline": "党委副书记、院长　陈志刚",
        "blurb": "双选会开幕式院长致辞全文，欢迎下载交流。",
        "views": 418,
        "downs": 9,
    },
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="pc">
<meta http-equiv="mobile-agent" content="format=html5; url=https://m.ishare.aiwen-like.test@@PATH@@">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.ishare.aiwen-like.test@@PATH@@">
<link rel="canonical" href="https://ishare.aiwen-like.test@@PATH@@">
<link rel="shortcut icon" href="//static3.iask.aiwen-like.test/ishare/images/favicon.ico">
<link rel="stylesheet" href="//static3.iask.aiwen-like.test/ishare-pc/dist/css/common.css?v=2.8.6">
<link rel="stylesheet" href="//static3.iask.aiwen-like.test/ishare-pc/dist/css/@@CSS@@.css?v=2.8.6">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="new-header">
  <div class="new-header-con clearfix">
    <a class="new-logo fl" href="/" title="爱问共享资料"><img src="//static3.iask.aiwen-like.test/ishare/images/logo.png" alt="爱问共享资料"></a>
    <ul class="new-nav fl">
      <li><a href="/">首页</a></li>
      <li><a href="/c/jhzc.html">讲话致辞</a></li>
      <li><a href="/c/gzzj.html">工作总结</a></li>
      <li><a href="https://ishare.aiwen-like.test/node/vip.html" rel="nofollow">VIP会员</a></li>
    </ul>
    <div class="new-search fl"><form action="/search/home.html" method="get"><input type="text" name="cond" class="new-input" placeholder="搜索你想要的文档" autocomplete="off"><button type="submit" class="new-btn-search">搜索</button></form></div>
    <div class="new-user fr"><a href="javascript:;" class="js-login" rel="nofollow">登录</a><span>|</span><a href="javascript:;" class="js-login" rel="nofollow">注册</a><a href="https://ishare.aiwen-like.test/node/upload.html" class="new-upload" rel="nofollow">上传资料</a></div>
  </div>
</div>
"""

FOOT = """<div class="new-footer">
  <div class="new-footer-con">
    <p class="footer-link"><a href="//ishare.aiwen-like.test/node/about.html" rel="nofollow">关于我们</a><a href="//ishare.aiwen-like.test/node/agreement.html" rel="nofollow">用户协议</a><a href="//ishare.aiwen-like.test/node/privacy.html" rel="nofollow">隐私政策</a><a href="//ishare.aiwen-like.test/node/copyright.html" rel="nofollow">版权声明</a><a href="//ishare.aiwen-like.test/node/feedback.html" rel="nofollow">意见反馈</a><a href="/sitemap.html">网站地图</a></p>
    <p>新浪公司 版权所有 Copyright &copy; 1996-2024 SINA Corporation　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证000370号</a>　京公网安备11000002000370号</p>
    <p>本站资料均由用户上传分享，如有侵权请联系 ishare@aiwen-like.test</p>
  </div>
</div>
<!-- SUDA_CODE_START -->
<script type="text/javascript">
//<!--
(function(){var an="V=2.1.16";var ah=window,F=document,s=navigator,W=s.userAgent,ao=ah.screen,j=ah.location.href;})();
_S_pSt("ishare_pc");
//-->
</script>
<noscript><div style="position:absolute;top:0;left:0;width:0;height:0;visibility:hidden"><img width="0" height="0" src="//beacon.aiwen-like.test/a.gif?noScript" border="0" alt="" /></div></noscript>
<!-- SUDA_CODE_END -->
<script>
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2a7c8e1f4b6d0a9e3c5f7b1d2e4a6c80";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def shown_paras(d):
    n = sum(d["per_page"])
    return d["speech"].paras[:n]


def pages_html(d):
    speech = d["speech"]
    out, at = [], 0
    for i, count in enumerate(d["per_page"], 1):
        body = []
        if i == 1:
            body.append(f'<p class="doc-title" style="text-align:center;font-weight:bold">{speech.title}</p>')
            body.append(f'<p style="text-align:center">{d["byline"]}</p>')
        body += [f"<p>{p}</p>" for p in speech.paras[at : at + count]]
        at += count
        inner = "\n          ".join(body)
        out.append(
            f"""      <div class="page-item" data-page="{i}" id="page{i}">
        <div class="page-content">
          {inner}
        </div>
        <div class="page-num">第{i}页</div>
      </div>"""
        )
    assert at == sum(d["per_page"])
    return "\n".join(out)


def doc_page(d, other):
    speech = d["speech"]
    shown = len(d["per_page"])
    left = d["total"] - shown
    if left > 0:
        fold = f"""      <div class="detail-fold js-fold">
        <div class="fold-mask"></div>
        <p class="fold-text">剩余<span class="red-color">{left}</span>页未读，<a href="javascript:;" class="js-read-more" data-page="{shown + 1}">继续阅读</a><i class="icon-arrow-down"></i></p>
      </div>"""
    else:
        fold = """      <div class="detail-end"><p>已经到底了，<a href="javascript:;" class="js-buy-download">下载文档</a>方便离线阅读</p></div>"""
    points = f"下载所需积分：<em>{d['points']}</em>" if d["points"] else "下载所需积分：<em>免费</em>"
    page = (
        HEAD
        + """<div class="detail-con clearfix">
  <div class="crumb"><a href="/">爱问共享资料</a><span>&gt;</span><a href="/c/jhzc.html">讲话致辞</a><span>&gt;</span><span class="cur">@@FILE@@</span></div>
  <div class="detail-main fl">
    <div class="detail-header">
      <h1 class="js-doc-title" title="@@FILE@@"><i class="ico-data ico-@@EXT@@"></i>@@FILE@@</h1>
      <div class="detail-info">
        <span class="info-item">@@UPTIME@@上传</span>
        <span class="info-item">@@TOTAL@@页</span>
        <span class="info-item">@@VIEWS@@浏览</span>
        <span class="info-item">@@DOWNS@@下载</span>
        <a href="javascript:;" class="info-item js-collect" rel="nofollow"><i class="icon-collect"></i>收藏</a>
        <a href="javascript:;" class="info-item js-report" rel="nofollow">举报</a>
      </div>
    </div>
    <div class="doc-intro">
      <h2 class="intro-title">文档介绍</h2>
      <p class="intro-text">@@BLURB@@</p>
    </div>
    <div class="detail-pages js-detail-pages" id="detailPages">
@@PAGES@@
@@FOLD@@
    </div>
    <div class="detail-down">
      <div class="down-info"><i class="ico-data ico-@@EXT@@"></i><span class="down-name">@@FILE@@</span><span class="down-score">@@POINTS@@</span></div>
      <div class="down-btns"><a href="javascript:;" class="btn-download js-buy-download" rel="nofollow">立即下载</a><a href="https://ishare.aiwen-like.test/node/vip.html" class="btn-vip-download" rel="nofollow">VIP免费下载</a></div>
      <p class="down-tip">该文档为用户分享，下载后如发现内容与预览不一致，可在24小时内申请退还积分。</p>
    </div>
    <div class="detail-related">
      <h3 class="related-title">相关文档</h3>
      <ul class="related-list">
        <li><i class="ico-data ico-@@OEXT@@"></i><a href="/f/@@OFID@@.html" title="@@OFILE@@">@@OFILE@@</a><span>@@OTOTAL@@页</span></li>
        <li><i class="ico-data ico-doc"></i><a href="/f/3699412.html" title="燃气安全进社区宣传活动方案.doc">燃气安全进社区宣传活动方案.doc</a><span>4页</span></li>
        <li><i class="ico-data ico-pdf"></i><a href="/f/3701185.html" title="2024年安全生产工作要点.pdf">2024年安全生产工作要点.pdf</a><span>11页</span></li>
      </ul>
    </div>
  </div>
  <div class="detail-side fr">
    <div class="user-box">
      <div class="user-avatar"><img src="//static3.iask.aiwen-like.test/ishare/images/header.png" alt=""></div>
      <p class="user-name"><a href="/n/@@FID@@.html" rel="nofollow">@@UPLOADER@@</a></p>
      <p class="user-label">贡献者</p>
      <ul class="user-data"><li><em>86</em>资料</li><li><em>2.1万</em>浏览</li><li><em>312</em>下载</li></ul>
      <a href="javascript:;" class="btn-user-more" rel="nofollow">TA的资料</a>
    </div>
    <div class="side-ad"><a href="https://ishare.aiwen-like.test/node/vip.html" rel="nofollow"><img src="//static3.iask.aiwen-like.test/ishare/images/ad/vip_280x210.png" alt="开通VIP 海量资料免费下"></a></div>
    <div class="side-guess">
      <h3>猜你喜欢</h3>
      <ul>
        <li><a href="/f/3688020.html">主题教育专题党课讲稿.doc</a></li>
        <li><a href="/f/3690544.html">新学期开学典礼校长讲话.docx</a></li>
      </ul>
    </div>
  </div>
</div>
<script>
var pageConfig = {
  "page": {"fid": "@@FID@@", "title": "@@FILE@@", "format": "@@EXT@@", "totalPage": @@TOTAL@@, "previewPage": @@SHOWN@@, "isVip": 0},
  "access": {"score": @@SCORE@@, "productType": 1}
};
</script>
<script src="//static3.iask.aiwen-like.test/ishare-pc/dist/js/detail.js?v=2.8.6"></script>
"""
        + FOOT
    )
    file = f"{speech.title}.{d['ext']}"
    ofile = f"{other['speech'].title}.{other['ext']}"
    return render(
        page,
        TITLE=f"{file}-爱问共享资料",
        KW=f"{speech.title},讲话,致辞",
        DESC=f"{file}:{d['blurb']}",
        PATH=f"/f/{d['fid']}.html",
        CSS="detail",
        FILE=file,
        EXT=d["ext"],
        UPTIME=d["uptime"],
        TOTAL=d["total"],
        VIEWS=d["views"],
        DOWNS=d["downs"],
        BLURB=d["blurb"],
        PAGES=pages_html(d),
        FOLD=fold,
        POINTS=points,
        OEXT=other["ext"],
        OFID=other["fid"],
        OFILE=ofile,
        OTOTAL=other["total"],
        FID=d["fid"],
        UPLOADER=d["uploader"],
        SHOWN=shown,
        SCORE=d["points"],
    )


def list_page(items, cur, path):
    lis = "\n".join(
        f"""      <li class="list-item clearfix">
        <i class="ico-data ico-{d["ext"]}"></i>
        <div class="item-con">
          <a class="item-title" href="/f/{d["fid"]}.html" target="_blank" title="{d["speech"].title}.{d["ext"]}">{d["speech"].title}.{d["ext"]}</a>
          <p class="item-info"><span>{d["total"]}页</span><span>{d["uptime"]}</span><span>{d["uploader"]}</span><span>{"免费" if not d["points"] else str(d["points"]) + "积分"}</span></p>
        </div>
      </li>"""
        for d in items
    )
    if cur == 1:
        pager = '<span class="current">1</span><a href="/c/jhzc-2.html">2</a><a href="/c/jhzc-2.html" class="next">下一页</a>'
    else:
        pager = '<a href="/c/jhzc.html" class="prev">上一页</a><a href="/c/jhzc.html">1</a><span class="current">2</span>'
    page = (
        HEAD
        + """<div class="list-con clearfix">
  <div class="crumb"><a href="/">爱问共享资料</a><span>&gt;</span><span class="cur">讲话致辞</span></div>
  <div class="list-main fl">
    <div class="list-sort"><a href="@@PATH@@" class="active">最新上传</a><a href="@@PATH@@?sort=hot" rel="nofollow">最多下载</a></div>
    <ul class="list-data">
@@ITEMS@@
    </ul>
    <div class="pagination">@@PAGER@@</div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="讲话致辞_文档下载_爱问共享资料" + ("" if cur == 1 else f"_第{cur}页"),
        KW="讲话稿,致辞,发言稿",
        DESC="爱问共享资料讲话致辞频道，提供各类讲话稿、致辞、发言稿免费下载。",
        PATH=path,
        CSS="list",
        ITEMS=lis,
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "新浪爱问共享资料 (ishare) document page: file name title, 文档介绍, text pages with 第N页, 剩余N页未读 fold, points download buttons",
    )
    fam.put("/c/jhzc.html", list_page([DOCS[0]], 1, "/c/jhzc.html"))
    fam.put("/c/jhzc-2.html", list_page([DOCS[1]], 2, "/c/jhzc-2.html"))
    home = (
        HEAD
        + """<div class="index-con">
  <div class="index-banner"><a href="https://ishare.aiwen-like.test/node/vip.html" rel="nofollow"><img src="//static3.iask.aiwen-like.test/ishare/images/banner_vip.jpg" alt="爱问VIP"></a></div>
  <div class="index-floor">
    <div class="floor-title"><h2>讲话致辞</h2><a href="/c/jhzc.html" class="more">更多&gt;</a></div>
    <ul class="floor-list">
      <li><a href="/f/@@FID@@.html" title="@@FILE@@">@@FILE@@</a></li>
    </ul>
  </div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            TITLE="爱问共享资料-免费资料分享平台",
            KW="爱问共享资料,资料下载,文档分享",
            DESC="爱问共享资料是新浪旗下的文档分享平台",
            PATH="/",
            CSS="index",
            FID=DOCS[0]["fid"],
            FILE=f"{DOCS[0]['speech'].title}.{DOCS[0]['ext']}",
        ),
    )
    fam.not_documents += ["/", "/c/jhzc.html", "/c/jhzc-2.html"]
    for i, d in enumerate(DOCS):
        path = f"/f/{d['fid']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc(
            [path],
            d["speech"],
            truncated=d["total"] > len(d["per_page"]),
            text="\n".join(shown_paras(d)),
            published_at=d["uptime"],
        )
    fam.note = (
        "title is the speech's own (the page heads it with the file name plus .doc/.docx); "
        "published_at is the upload date (…上传), the page prints no other date"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /node/\nDisallow: /n/\n")
    fam.noise += [
        ".doc",
        "上传",
        "文档介绍",
        DOCS[0]["blurb"],
        DOCS[1]["blurb"],
        DOCS[0]["byline"],
        DOCS[1]["byline"],
        "第1页",
        "第2页",
        "页未读，",
        "继续阅读",
        "已经到底了",
        "下载所需积分",
        "立即下载",
        "VIP免费下载",
        "可在24小时内申请退还积分",
        "相关文档",
        "燃气安全进社区宣传活动方案",
        "贡献者",
        "安监小王",
        "职院就业指导中心",
        "TA的资料",
        "猜你喜欢",
        "收藏",
        "举报",
        "京ICP证000370号",
    ]
    return fam
