"""三一文库 (www.31doc.com)-like document library: `/p-N.html` document pages titled with the uploaded
file's name (`在全县防汛抗旱工作会议上的讲话.doc-三一文库`), the crumb (三一文库 > 范文 > 讲话稿), `h1` with the file
type icon, the `doc-info` list (页数 / 大小 / 格式 / 上传时间 / 浏览 / 下载 / 积分 / 上传人), the 下载文档 /
加入VIP box above the text, the text server-rendered in `div.doc-txt#article` as the site's text view
pages: the long speech cut into `/p-N.html` and `/p-N-2.html` with the text view's own pager
(`div.txt-page`: 上一页 / 1 / 2 / 下一页, `共2页`) and `（第1页）`-style page labels; the other document whole
on one page. `【三一文库】本文档由用户上传…` notice after the text, 版权申明, 相关文档 (the other speech by file
name), 猜你喜欢, the uploader box, the right column (热门文档, 最新上传), footer with 客服QQ, ICP and 公安备案
lines, baidu tongji. Charset gb2312 in the meta, GBK bytes, header `text/html` without a charset (as the
ASP.NET-era site sends). The printed date is the upload time: that is the expected date."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.sanyi-wenku.test"
ENC = "gbk"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="mobile-agent" content="format=html5; url=https://m.sanyi-wenku.test@@PATH@@" />
<link rel="canonical" href="https://www.sanyi-wenku.test@@PATH@@" />
<link href="/css/common.css?v=20190312" rel="stylesheet" type="text/css" />
<link href="/css/doc.css?v=20190312" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/common.js?v=20190312"></script>
</head>
<body>
<div class="top">
  <div class="w1000">
    <div class="top-l">欢迎来到三一文库！</div>
    <div class="top-r" id="loginInfo"><a href="/user/login.aspx" rel="nofollow">登录</a> | <a href="/user/register.aspx" rel="nofollow">免费注册</a> | <a href="/user/upload.aspx" rel="nofollow">上传文档</a> | <a href="/vip.aspx" rel="nofollow" class="red">VIP会员</a> | <a href="/help/" rel="nofollow">帮助中心</a></div>
  </div>
</div>
<div class="header w1000">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="三一文库" /></a></div>
  <div class="search">
    <form action="/search.aspx" method="get" target="_blank"><input type="text" name="q" class="s-txt" value="" placeholder="千万精品文档，你想要的都能搜到，下载即用。" /><input type="submit" class="s-btn" value="搜 索" /></form>
    <p class="hot-key">热门搜索：<a href="/search.aspx?q=%BD%B2%BB%B0%B8%E5" target="_blank">讲话稿</a><a href="/search.aspx?q=%D6%C2%B4%C7" target="_blank">致辞</a><a href="/search.aspx?q=%B9%A4%D7%F7%D7%DC%BD%E1" target="_blank">工作总结</a></p>
  </div>
</div>
<div class="nav">
  <ul class="w1000">
    <li><a href="/">首页</a></li>
    <li><a href="/list-12.html">教育专区</a></li>
    <li><a href="/list-35.html">行业资料</a></li>
    <li><a href="/list-88.html" class="on">范文</a></li>
    <li><a href="/list-104.html">办公文档</a></li>
    <li><a href="/list-120.html">资格考试</a></li>
    <li><a href="/list-131.html">生活休闲</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1000">
    <p><a href="/about.html" rel="nofollow">关于我们</a> - <a href="/help/" rel="nofollow">帮助中心</a> - <a href="/copyright.html" rel="nofollow">版权申明</a> - <a href="/contact.html" rel="nofollow">联系我们</a> - <a href="/sitemap.html">网站地图</a></p>
    <p>客服QQ：2846617201　工作时间：周一至周五 9:00-18:00</p>
    <p>本站为文档C2C交易模式，即用户上传的文档直接卖给(下载)用户，本站只是中间服务平台，本站所有文档下载所得的收益归上传人(含作者)所有。</p>
    <p>Copyright &copy; 2016-2024 三一文库 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">湘ICP备16018957号-1</a>　<img src="/images/gongan.png" alt="" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43010202000513" target="_blank" rel="nofollow">湘公网安备 43010202000513号</a></p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3b1e8f52c0d9a7e64f2c1b0a9d8e7f6c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f38d-1"], "pid": 2786541, "up": "2024-05-20", "size": "27.50KB", "pages": 4, "views": 1294,
     "downs": 36, "score": 5, "user": "qqjs****", "parts": 2},
    {"speech": SPEECHES["f38d-2"], "pid": 2791307, "up": "2024-06-29", "size": "24.00KB", "pages": 3, "views": 816,
     "downs": 19, "score": 3, "user": "wjhx****", "parts": 1},
]
FILLER = [
    (2786102, "防汛工作会议主持词.doc", 2),
    (2785977, "在全县安全生产工作会议上的讲话.doc", 5),
    (2790864, "毕业典礼学生代表发言稿.doc", 2),
    (2789911, "校长在毕业典礼上的讲话稿范文.doc", 3),
]
HOT = [
    (2650133, "2024年党支部工作计划.doc"),
    (2712480, "民主生活会个人发言提纲.doc"),
    (2733906, "七一党课讲稿：传承红色基因.doc"),
    (2761525, "在全县经济工作会议上的讲话.doc"),
]


def fname(d):
    return d["speech"].title + ".doc"


def path_of(pid, part=1):
    return f"/p-{pid}.html" if part == 1 else f"/p-{pid}-{part}.html"


def doc_page(d, other, part, runs):
    pid = d["pid"]
    n = len(runs)
    paras = "\n".join(f"<p>{p}</p>" for p in runs[part - 1])
    if n > 1:
        prev = f'<a href="{path_of(pid, part - 1)}">上一页</a>' if part > 1 else '<span class="disabled">上一页</span>'
        nums = "".join(
            f'<span class="current">{k}</span>' if k == part else f'<a href="{path_of(pid, k)}">{k}</a>' for k in range(1, n + 1)
        )
        nxt = f'<a href="{path_of(pid, part + 1)}">下一页</a>' if part < n else '<span class="disabled">下一页</span>'
        pager = f'<div class="txt-page">共{n}页 {prev}{nums}{nxt}</div>'
        label = f'<div class="txt-label">（第{part}页）</div>'
    else:
        pager, label = "", ""
    rel = FILLER[:2] if d is DOCS[0] else FILLER[2:]
    rel_rows = "\n".join(
        f'      <li><i class="ico ico-doc"></i><a href="/p-{p}.html" target="_blank" title="{t}">{t}</a><span>{k}页</span></li>'
        for p, t, k in rel + [(other["pid"], fname(other), other["pages"])]
    )
    hot_rows = "\n".join(f'      <li><a href="/p-{p}.html" target="_blank" title="{t}">{t}</a></li>' for p, t in HOT)
    body = """<div class="w1000 clearfix">
  <div class="crumb">您当前的位置：<a href="/">三一文库</a> &gt; <a href="/list-88.html">范文</a> &gt; <a href="/list-156.html">讲话稿</a> &gt; @@FILE@@</div>
  <div class="doc-left">
    <div class="doc-hd">
      <h1><i class="ico ico-doc"></i>@@FILE@@</h1>
      <ul class="doc-info">
        <li>页数：@@PAGES@@</li><li>大小：@@SIZE@@</li><li>格式：DOC</li><li>上传时间：@@UP@@</li><li>浏览：@@VIEWS@@</li><li>下载：@@DOWNS@@</li><li>积分：<em>@@SCORE@@</em></li><li>上传人：<a href="/u-@@UID@@.html" rel="nofollow">@@USER@@</a></li>
      </ul>
      <div class="doc-btns"><a href="javascript:void(0);" onclick="downDoc(@@PID@@)" class="btn-down" rel="nofollow">下载文档</a><a href="/vip.aspx" class="btn-vip" rel="nofollow" target="_blank">加入VIP，免费下载</a><a href="javascript:void(0);" onclick="addFav(@@PID@@)" class="btn-fav" rel="nofollow">收藏</a><a href="javascript:void(0);" onclick="report(@@PID@@)" class="btn-report" rel="nofollow">举报</a></div>
    </div>
    <div class="ad-960"><script type="text/javascript" src="/ad/doc_top.js"></script></div>
    <div class="doc-txt" id="article">
@@LABEL@@
@@PARAS@@
    </div>
@@PAGER@@
    <div class="doc-notice">【三一文库】本文档由用户上传，仅提供在线阅读文本预览，如需编辑请下载后使用。下载文档到电脑，查找使用更方便。</div>
    <div class="doc-down"><a href="javascript:void(0);" onclick="downDoc(@@PID@@)" class="btn-down2" rel="nofollow">@@SCORE@@ 积分　下载此文档</a><span>文档格式为 doc，下载后可编辑</span></div>
    <div class="copyright"><b>版权申明：</b>本站所有文档均由用户上传，如有侵权，请联系客服删除，我们会及时处理。文档内容仅供参考，不代表本站立场。</div>
    <div class="rel-box">
      <div class="box-hd"><h3>相关文档</h3></div>
      <ul class="rel-list">
@@REL@@
      </ul>
    </div>
    <div class="rel-box">
      <div class="box-hd"><h3>猜你喜欢</h3></div>
      <ul class="like-list">
        <li><a href="/p-2761525.html" target="_blank">在全县经济工作会议上的讲话.doc</a></li>
        <li><a href="/p-2712480.html" target="_blank">民主生活会个人发言提纲.doc</a></li>
      </ul>
    </div>
  </div>
  <div class="doc-right">
    <div class="user-box"><img src="/images/avatar.png" alt="" /><p class="uname">@@USER@@</p><p>文档：128　粉丝：3</p><a href="/u-@@UID@@.html" rel="nofollow" target="_blank">进入TA的主页</a></div>
    <div class="side-box"><div class="box-hd"><h3>热门文档</h3></div><ul>
@@HOT@@
    </ul></div>
    <div class="side-box"><div class="box-hd"><h3>最新上传</h3></div><ul>
      <li><a href="@@OTHER@@" target="_blank">@@OTHER_FILE@@</a></li>
    </ul></div>
    <div class="side-ad"><script type="text/javascript" src="/ad/doc_right.js"></script></div>
  </div>
</div>
"""
    path = path_of(pid, part)
    return render(
        HEAD + body + FOOT,
        TITLE=f"{fname(d)}-三一文库" if part == 1 else f"{fname(d)}-第{part}页-三一文库",
        KW=f"{d['speech'].title},讲话稿",
        DESC=(d["speech"].paras[0] + d["speech"].paras[1])[:90],
        PATH=path,
        FILE=fname(d),
        PAGES=d["pages"],
        SIZE=d["size"],
        UP=d["up"],
        VIEWS=d["views"],
        DOWNS=d["downs"],
        SCORE=d["score"],
        UID=d["pid"] % 100000 + 311,
        USER=d["user"],
        PID=pid,
        LABEL=label,
        PARAS=paras,
        PAGER=pager,
        REL=rel_rows,
        HOT=hot_rows,
        OTHER=path_of(other["pid"]),
        OTHER_FILE=fname(other),
    )


def list_page(n):
    d = DOCS[1] if n == 1 else DOCS[0]
    rows = [(d["pid"], fname(d), d["pages"], d["up"])]
    rows += [(p, t, k, "2024-06-27") for p, t, k in FILLER[2:]] if n == 1 else [(p, t, k, "2024-05-18") for p, t, k in FILLER[:2]]
    items = "\n".join(
        f'    <li><i class="ico ico-doc"></i><a href="/p-{p}.html" target="_blank" title="{t}">{t}</a><span class="pg">{k}页</span><span class="time">{u}</span></li>'
        for p, t, k, u in rows
    )
    pager = ('<div class="page"><span class="current">1</span><a href="/list-156-2.html">2</a><a href="/list-156-2.html">下一页</a><a href="/list-156-2.html">尾页</a></div>'
             if n == 1 else '<div class="page"><a href="/list-156.html">首页</a><a href="/list-156.html">上一页</a><a href="/list-156.html">1</a><span class="current">2</span></div>')
    body = f"""<div class="w1000 clearfix">
  <div class="crumb">您当前的位置：<a href="/">三一文库</a> &gt; <a href="/list-88.html">范文</a> &gt; 讲话稿</div>
  <div class="list-box">
  <div class="box-hd"><h3>讲话稿</h3></div>
  <ul class="doc-list">
{items}
  </ul>
  {pager}
  </div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="讲话稿-三一文库" + ("-第2页" if n == 2 else ""), KW="讲话稿",
                  DESC="三一文库讲话稿频道", PATH="/list-156.html" if n == 1 else "/list-156-2.html")


def home():
    body = f"""<div class="w1000 clearfix">
  <div class="index-banner"><a href="/vip.aspx" rel="nofollow"><img src="/images/banner_vip.jpg" alt="VIP会员" /></a></div>
  <div class="index-floor">
    <div class="box-hd"><h3><a href="/list-156.html">讲话稿</a></h3><a href="/list-156.html" class="more">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="{path_of(DOCS[1]['pid'])}" target="_blank">{fname(DOCS[1])}</a></li>
      <li><a href="/p-2761525.html" target="_blank">在全县经济工作会议上的讲话.doc</a></li>
    </ul>
  </div>
  <div class="index-floor">
    <div class="box-hd"><h3><a href="/list-104.html">办公文档</a></h3></div>
    <ul><li><a href="/p-2650133.html" target="_blank">2024年党支部工作计划.doc</a></li></ul>
  </div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="三一文库 - 千万精品文档，你想要的都能搜到，下载即用。", KW="三一文库,文档下载,范文",
                  DESC="三一文库是一个文档分享平台", PATH="/")


def build() -> Family:
    fam = Family(HOST, "三一文库 (31doc.com)-like document page: file-name title, doc-info, text view over p-N / p-N-2 pages",
                 encoding=ENC, content_type="text/html")
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"])
        pages = [path_of(d["pid"], k) for k in range(1, d["parts"] + 1)]
        for k, p in enumerate(pages, 1):
            fam.put(p, doc_page(d, DOCS[1 - i], k, runs))
        fam.doc(pages, d["speech"], published_at=d["up"])
        fam.not_documents += pages[1:]
    fam.put("/list-156.html", list_page(1))
    fam.put("/list-156-2.html", list_page(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search.aspx\n")
    fam.not_documents += ["/", "/list-156.html", "/list-156-2.html"]
    fam.noise += ["三一文库", "版权申明", "相关文档", "猜你喜欢", "热门文档", "最新上传", "湘ICP备16018957号-1", "上传时间",
                  "下载此文档", "（第1页）", "共2页"]
    return fam
