"""蚂蚁文库 (www.mayiwenku.com/p-N.html)-like document-sharing page: the page is titled and headed
with the uploader's file name (`….doc-蚂蚁文库`), the info list (上传人 / 文档编号 / 上传时间 / 格式 /
页数 / 大小 / 浏览 / 下载) and the 下载积分 box (立即下载 / 开通VIP免费下载 / 举报) come before the
document; the preview is a column of `div.page-box` sheets, each with its page image (`alt="…-第N页"`)
and the sheet's text layer (`div.page-txt`), the sheet's page marker `第 N 页 / 共 M 页` under it; a
paragraph runs over the sheet break with the marker between its halves; the Word file's own heading
(centred title, speaker line, date line) opens the text layer. One 3-page document stops after 2
sheets at the `preview-end` wall (`试读已结束，剩余1页需下载查看` + 下载 button) with its last paragraph
cut → truncated; the other is shown whole and ends with `—— 预览已结束 ——`. After the document:
`关 键 词`, the site's 温馨提示 (4 points), 相关文档, uploader card, 猜你喜欢. Home → category page
`/c-2861.html` (+ `c-2861-2.html`, a listing page 2)."""

from common import SPEECHES, Family, render

HOST = "www.mayi-wenku-like.test"
PER_SHEET = 430  # characters a preview sheet holds (公文 format, 三号仿宋)

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="mobile-agent" content="format=html5; url=http://m.mayi-wenku-like.test@@PATH@@" />
<link href="/css/base.css?v=20230512" rel="stylesheet" type="text/css" />
<link href="/css/detail.css?v=20230512" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/common.js?v=20230512"></script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <div class="fl">您好，欢迎来到蚂蚁文库！</div>
    <div class="fr" id="loginInfo"><a href="/login.html" rel="nofollow">登录</a> | <a href="/reg.html" rel="nofollow">免费注册</a> | <a href="/upload.html" rel="nofollow">上传文档</a> | <a href="/vip.html" rel="nofollow" class="red">开通VIP</a> | <a href="/help.html">帮助中心</a></div>
  </div>
</div>
<div class="header w1200">
  <a class="logo" href="/"><img src="/images/logo.png" alt="蚂蚁文库" /></a>
  <div class="search-box"><form action="/search.html" method="get"><input type="text" name="q" class="s-ipt" value="" placeholder="搜索你想要的文档" /><input type="submit" class="s-btn" value="搜 索" /></form>
  <p class="hot-words">热门搜索：<a href="/search.html?q=%E8%AE%B2%E8%AF%9D%E7%A8%BF">讲话稿</a> <a href="/search.html?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93">工作总结</a> <a href="/search.html?q=%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A">心得体会</a></p></div>
</div>
<div class="nav"><ul class="w1200">
  <li><a href="/">首页</a></li>
  <li><a href="/c-1.html">行业资料</a></li>
  <li><a href="/c-2.html">教育专区</a></li>
  <li><a href="/c-28.html" @@CUR@@>应用文书</a></li>
  <li><a href="/c-31.html">党团工作</a></li>
  <li><a href="/c-45.html">办公文档</a></li>
  <li><a href="/c-57.html">建筑/施工</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="/about.html" rel="nofollow">关于我们</a> - <a href="/agreement.html" rel="nofollow">网站声明</a> - <a href="/sitemap.html">网站地图</a> - <a href="/contact.html" rel="nofollow">联系我们</a> - <a href="/feedback.html" rel="nofollow">意见反馈</a></p>
    <p>copyright@ 2016-2024 蚂蚁文库网站版权所有</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备16032871号-3</a>　<img src="/images/gongan.png" alt="" /> 浙公网安备 33010602009281号</p>
  </div>
</div>
<div class="right-float"><a href="javascript:;" class="kefu">在线客服</a><a href="javascript:;" class="gotop" onclick="$('html,body').animate({scrollTop:0},300)">返回顶部</a></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8e1b4c9d2f7a3e5c6b0d9f1a2e4c7b38";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f47d-1"],
        "id": 1473826,
        "file": "2023年镇长在全镇安全生产暨森林防火工作会议上的讲话",
        "ext": "doc",
        "head": ["在全镇安全生产暨森林防火工作会议上的讲话", "镇长　刘建国", "（2023年3月14日）"],
        "uptime": "2023-03-14 21:06",
        "user": "安***民",
        "size": "44.50KB",
        "views": 1208,
        "downs": 37,
        "price": 10,
        "shown": 2,
    },
    {
        "speech": SPEECHES["f47d-2"],
        "id": 1650219,
        "file": "公司年度优秀员工表彰大会总经理致辞（2024）",
        "ext": "docx",
        "head": ["在公司2023年度优秀员工表彰大会上的致辞", "总经理　陈宏伟"],
        "uptime": "2024-01-26 17:52",
        "user": "w***g",
        "size": "18.02KB",
        "views": 563,
        "downs": 12,
        "price": 5,
        "shown": None,
    },
]


def sheets(d):
    """The Word file laid out on sheets: heading lines, then paragraphs, cut where a sheet is full.
    Each sheet is a list of (text, class); a paragraph's later half carries class `cont`."""
    lines = [(h, "tc" if i == 0 else "tc sub") for i, h in enumerate(d["head"])]
    out, cur, room = [], [], PER_SHEET - sum(len(h) for h in d["head"]) - 40
    for para in lines + [(p, "") for p in d["speech"].paras]:
        text, cls = para
        if cls.startswith("tc"):
            cur.append(para)
            continue
        while len(text) > room:
            if room > 12:
                cur.append((text[:room], cls))
                text, cls = text[room:], "cont"
            out.append(cur)
            cur, room = [], PER_SHEET
        cur.append((text, cls))
        room -= len(text) + 14  # the rest of a paragraph's last line is empty
    out.append(cur)
    return out


def sheet_html(d, n, total, sheet):
    ps = []
    for text, cls in sheet:
        attr = f' class="{cls}"' if cls else ""
        ps.append(f"<p{attr}>{text}</p>")
    return f"""<div class="page-box" id="page{n}" data-page="{n}">
  <div class="page-img"><img src="https://img.mayi-wenku-like.test/pic/{d['id']}/{n}.png" alt="{d['file']}-第{n}页" width="820" height="1160" /></div>
  <div class="page-txt">
    {''.join(ps)}
  </div>
  <div class="page-num">第 {n} 页 / 共 {total} 页</div>
</div>"""


def doc_page(d, other):
    speech = d["speech"]
    all_sheets = sheets(d)
    total = len(all_sheets)
    shown = d["shown"] or total
    boxes = "\n".join(sheet_html(d, n, total, all_sheets[n - 1]) for n in range(1, shown + 1))
    if shown < total:
        end = f"""<div class="preview-end">
  <div class="mask"></div>
  <p class="tip">试读已结束，剩余{total - shown}页需下载查看</p>
  <a class="btn-down" href="/down/{d['id']}.html" rel="nofollow">下载本文档（{d['price']}积分）</a>
  <p class="vip-tip">开通VIP会员，本文档免费下载 <a href="/vip.html" rel="nofollow">立即开通&gt;&gt;</a></p>
</div>"""
    else:
        end = '<div class="preview-over">—— 预览已结束 ——</div>'
    page = HEAD + """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c-28.html">应用文书</a> &gt; <a href="/c-2861.html">讲话致辞</a> &gt; @@FILE@@.@@EXT@@</div>
<div class="w1200 clearfix">
<div class="detail-left">
  <div class="doc-head">
    <h1><i class="ico ico-@@EXT@@"></i>@@FILE@@.@@EXT@@</h1>
    <ul class="doc-info">
      <li>上传人：<a href="/u-@@UID@@.html">@@USER@@</a></li>
      <li>文档编号：@@ID@@</li>
      <li>上传时间：@@UPTIME@@</li>
      <li>格式：@@EXTU@@</li>
      <li>页数：@@TOTAL@@</li>
      <li>大小：@@SIZE@@</li>
      <li>浏览次数：@@VIEWS@@</li>
      <li>下载次数：@@DOWNS@@</li>
    </ul>
  </div>
  <div class="down-box">
    <span class="price">下载积分：<b>@@PRICE@@</b> 积分</span>
    <a class="btn-down" href="/down/@@ID@@.html" rel="nofollow">立即下载</a>
    <a class="btn-vip" href="/vip.html" rel="nofollow">开通VIP免费下载</a>
    <a class="btn-fav" href="javascript:;" onclick="addFav(@@ID@@)">收藏</a>
    <a class="btn-report" href="/report.html?id=@@ID@@" rel="nofollow">举报</a>
  </div>
  <div class="preview" id="previewBox">
@@BOXES@@
@@END@@
  </div>
  <div class="doc-keys">关 键 词：<a href="/search.html?q=%E8%AE%B2%E8%AF%9D">讲话</a> <a href="/search.html?q=%E8%87%B4%E8%BE%9E">致辞</a> <a href="/search.html?q=%E8%8C%83%E6%96%87">范文</a></div>
  <div class="doc-tips">
    <h4>温馨提示：</h4>
    <p>1：本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。</p>
    <p>2：试读页数由上传者设置，下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。</p>
    <p>3：文档的所有权益归上传用户所有，本站仅提供信息存储空间服务，若有侵权请点击举报。</p>
    <p>4：下载文档过程中如遇到问题，请联系在线客服（工作时间 9:00-18:00）。</p>
  </div>
  <div class="relate-docs">
    <h3>相关文档</h3>
    <ul>
      <li><i class="ico ico-@@OEXT@@"></i><a href="/p-@@OID@@.html" target="_blank">@@OFILE@@.@@OEXT@@</a></li>
      <li><i class="ico ico-doc"></i><a href="/p-1399027.html" target="_blank">在全县安全生产工作会议上的表态发言.doc</a></li>
      <li><i class="ico ico-docx"></i><a href="/p-1588310.html" target="_blank">年终总结表彰大会主持词.docx</a></li>
    </ul>
  </div>
</div>
<div class="detail-right">
  <div class="user-card">
    <img src="/images/avatar.png" alt="" />
    <p class="name">@@USER@@</p>
    <p>文档：86　　粉丝：3</p>
    <a href="/u-@@UID@@.html" class="btn-home">进入TA的主页</a>
  </div>
  <div class="side-box">
    <h3>猜你喜欢</h3>
    <ul>
      <li><a href="/p-1502231.html" target="_blank">2023年度工作总结及2024年工作计划.docx</a></li>
      <li><a href="/p-1311870.html" target="_blank">在新春团拜会上的讲话.doc</a></li>
      <li><a href="/p-1457702.html" target="_blank">森林防火工作实施方案.doc</a></li>
    </ul>
  </div>
</div>
</div>
""" + FOOT
    return render(
        page, TITLE=f"{d['file']}.{d['ext']}-蚂蚁文库", KEYWORDS=f"{d['file']},讲话,致辞",
        DESC=speech.paras[1][:80] + "…", PATH=f"/p-{d['id']}.html", CUR='class="on"',
        FILE=d["file"], EXT=d["ext"], EXTU=d["ext"].upper(), UID=d["id"] % 9973, USER=d["user"], ID=d["id"],
        UPTIME=d["uptime"], TOTAL=total, SIZE=d["size"], VIEWS=d["views"], DOWNS=d["downs"], PRICE=d["price"],
        BOXES=boxes, END=end, OID=other["id"], OFILE=other["file"], OEXT=other["ext"],
    ), all_sheets, shown


def listing_rows(docs):
    return "\n".join(
        f'      <li><i class="ico ico-{d["ext"]}"></i><a href="/p-{d["id"]}.html" target="_blank" title="{d["file"]}">{d["file"]}.{d["ext"]}</a>'
        f'<span class="info">{d["uptime"][:10]}　浏览：{d["views"]}</span></li>'
        for d in docs
    )


def build() -> Family:
    fam = Family(HOST, "蚂蚁文库 (mayiwenku.com/p-N.html)-like document page: sheet text layers with page markers, download box, a preview wall")
    rows = listing_rows(sorted(DOCS, key=lambda d: d["uptime"], reverse=True))
    cat = HEAD + """<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c-28.html">应用文书</a> &gt; 讲话致辞</div>
<div class="w1200 list-box">
  <ul class="doc-list">
@@ROWS@@
      <li><i class="ico ico-doc"></i><a href="/p-1311870.html" target="_blank">在新春团拜会上的讲话.doc</a><span class="info">2023-01-12　浏览：2317</span></li>
  </ul>
  <div class="pages">@@PAGER@@</div>
</div>
""" + FOOT
    fam.put("/c-2861.html", render(cat, TITLE="讲话致辞-应用文书-蚂蚁文库", KEYWORDS="讲话致辞", DESC="讲话致辞文档下载", PATH="/c-2861.html", CUR='class="on"', ROWS=rows,
                                   PAGER='<span class="cur">1</span><a href="/c-2861-2.html">2</a><a href="/c-2861-2.html">下一页</a><span>共 2 页</span>'))
    old = '      <li><i class="ico ico-doc"></i><a href="/p-1190542.html" target="_blank">在2022年度安全生产工作会议上的讲话.doc</a><span class="info">2022-02-21　浏览：3120</span></li>'
    fam.put("/c-2861-2.html", render(cat, TITLE="讲话致辞-应用文书-蚂蚁文库-第2页", KEYWORDS="讲话致辞", DESC="讲话致辞文档下载", PATH="/c-2861-2.html", CUR='class="on"', ROWS=old,
                                     PAGER='<a href="/c-2861.html">上一页</a><a href="/c-2861.html">1</a><span class="cur">2</span><span>共 2 页</span>'))
    home = HEAD + """<div class="w1200 index-box">
  <div class="box"><h2>最新上传</h2><ul class="doc-list">
@@ROWS@@
  </ul><a class="more" href="/c-2861.html">更多讲话致辞&gt;&gt;</a></div>
  <div class="box"><h2>推荐专题</h2><ul><li><a href="/c-31.html">党团工作</a></li><li><a href="/c-45.html">办公文档</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="蚂蚁文库-海量文档分享下载平台", KEYWORDS="文库,文档下载,讲话稿", DESC="蚂蚁文库，海量文档在线预览与下载", PATH="/", CUR="", ROWS=rows))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down/\nDisallow: /search.html\nDisallow: /login.html\n")
    fam.not_documents += ["/", "/c-2861.html", "/c-2861-2.html"]
    for i, d in enumerate(DOCS):
        text, all_sheets, shown = doc_page(d, DOCS[1 - i])
        fam.put(f"/p-{d['id']}.html", text)
        total = len(all_sheets)
        for n in range(1, total + 1):
            fam.check_ignore.append(f"第 {n} 页 / 共 {total} 页")
        if shown < total:
            seen = [t for sheet in all_sheets[:shown] for t, c in sheet if not c.startswith("tc")]
            joined, cont = [], False
            for sheet in all_sheets[:shown]:
                for t, c in sheet:
                    if c.startswith("tc"):
                        continue
                    if c == "cont":
                        joined[-1] += t
                    else:
                        joined.append(t)
            assert seen and joined[-1] not in d["speech"].paras, "the wall should cut a paragraph"
            fam.doc([f"/p-{d['id']}.html"], d["speech"], truncated=True, text="\n".join(joined))
        else:
            fam.doc([f"/p-{d['id']}.html"], d["speech"])
    fam.note = ("title: the speech's own (the file name heads the page); published_at: the date line in the file / the upload day "
                "(the same day); the sheet marker `第 N 页 / 共 M 页` sits inside a paragraph that runs over a sheet break")
    fam.noise += ["上传人：", "文档编号：", "下载积分：", "开通VIP免费下载", "试读已结束", "预览已结束", "温馨提示：", "相关文档", "猜你喜欢", "浙ICP备16032871号-3",
                  "镇长　刘建国", "总经理　陈宏伟", "（2023年3月14日）"]
    return fam
