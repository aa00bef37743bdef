"""范文家-like 范文 site's mobile edition: DedeCMS 5.7 SP2's dynamic mobile module (`/m/` bound to an
`m.` host), the site's own phone template, UTF-8.

Home `/` (also `index.php`) → column `list.php?tid=12` (`ul.m-list` cards with 摘要 and date; the 加载更多
button reads `list.php?tid=12&TotalResult=26&PageNo=N&ajax=1` from `data-*`; Dede's dynamic pager under it
links `list.php?tid=12&TotalResult=26&PageNo=2`) → articles `view.php?aid=N` (a speech cut by
`{dede:pagebreak}` continues at `view.php?aid=N&pageno=2`, Dede's `dede_pages` pager `上一页 1 2 下一页`).
Phone furniture: app banner (打开App), back / logo / menu header, `position` crumb with `list.php?tid=`,
`m-info` (time / 来源：范文家 / `plus/count.php` 阅读), `canonical` to the PC site; the text in
`div.m-content` folded by an inline `height:560px;overflow:hidden` with a `展开全文` button (the whole text
is in the page: nothing hidden); a 阅读推荐 card after the third paragraph; after the text `本文由范文家网友
投稿…` note, Word 下载 (登录后下载), 标签, 上一篇 / 下一篇, 相关阅读, 热门; fixed bottom tab bar (首页 / 分类 /
搜索 / 我的), footer 电脑版 | 触屏版, 百度统计."""

from common import SPEECHES, Family, render, split_paras

HOST = "m.fanwenjia-dede.test"
PC = "http://www.fanwenjia-dede.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="applicable-device" content="mobile">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@CANON@@<link rel="stylesheet" href="/templets/m/css/style.css?v=20190315">
<script src="/templets/m/js/zepto.min.js"></script>
</head>
<body>
<div class="app-banner" id="appBanner"><img src="/templets/m/images/app-icon.png" alt=""><div class="ab-txt"><b>范文家App</b><span>20万篇范文免费看，一键下载Word</span></div><a href="/app/?from=wap_top" class="ab-btn">打开App</a><i class="ab-close" onclick="document.getElementById('appBanner').style.display='none'">×</i></div>
<header class="m-header">
  <a href="javascript:history.back();" class="m-back"></a>
  <a href="index.php" class="m-logo">范文家</a>
  <a href="javascript:;" class="m-menu" id="menuBtn"></a>
</header>
<nav class="m-nav" id="mNav">
  <a href="index.php">首页</a><a href="list.php?tid=12"@@CUR@@>讲话发言</a><a href="list.php?tid=15">工作总结</a><a href="list.php?tid=18">心得体会</a><a href="list.php?tid=21">演讲稿</a><a href="list.php?tid=24">主持词</a><a href="list.php?tid=27">活动方案</a>
</nav>
"""

FOOT = """<footer class="m-footer">
  <p><a href="@@PC@@">电脑版</a> | <a href="index.php">触屏版</a> | <a href="javascript:scroll(0,0)">返回顶部</a></p>
  <p>&copy; 2024 范文家 m.fanwenjia-dede.test</p>
</footer>
<div class="m-tabbar">
  <a href="index.php" class="t-home">首页</a><a href="list.php?tid=12" class="t-cat">分类</a><a href="search.php" class="t-search">搜索</a><a href="member/index.php" class="t-my">我的</a>
</div>
<script src="/templets/m/js/common.js?v=20190315"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c9f0d5e7a1b2c4d6e8f0a2b4c6d8e0f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f47a-3"], "aid": 8123, "time": "2023-11-10 21:08", "parts": 1, "tag": "家长会", "desc": "各位家长：大家晚上好！首先，感谢大家在百忙之中抽出时间来参加这次家长会。"},
    {"speech": SPEECHES["f47a-4"], "aid": 8042, "time": "2023-09-12 10:36", "parts": 2, "tag": "开学致辞", "desc": "尊敬的各位老同志、各位老师，朋友们：大家上午好！秋高气爽，丹桂飘香。"},
]


def pager(d, n):
    base = f"view.php?aid={d['aid']}"
    items = ['<li><a href="#">上一页</a></li>' if n == 1 else f"<li><a href='{base}&pageno={n - 1}'>上一页</a></li>"]
    for k in range(1, d["parts"] + 1):
        items.append(f"<li class=\"thisclass\"><a href='#'>{k}</a></li>" if k == n else f"<li><a href='{base}&pageno={k}'>{k}</a></li>")
    items.append(f"<li><a href='{base}&pageno={n + 1}'>下一页</a></li>" if n < d["parts"] else '<li><a href="#">下一页</a></li>')
    return '<div class="dede_pages"><ul class="pagelist">' + "".join(items) + "</ul></div>"


def article(d, other, n, run):
    sp = d["speech"]
    body = []
    for k, p in enumerate(run):
        body.append(f"<p>{p}</p>")
        if k == 2 and n == 1:
            body.append(f'<div class="m-tuijian"><span>阅读推荐</span><a href="view.php?aid={other["aid"]}">{other["speech"].title}</a></div>')
    last = n == d["parts"]
    tail = ""
    if last:
        tail = f"""<div class="m-note">本文由范文家网友投稿，仅供学习参考，转载请注明出处。</div>
  <div class="m-down"><a href="member/login.php?gourl=/down.php?aid={d['aid']}" class="btn-word">下载Word文档</a><span>登录后即可免费下载本文</span></div>"""
    pg = pager(d, n) if d["parts"] > 1 else ""
    page = HEAD + """<div class="position"><a href="index.php">首页</a> &gt; <a href="list.php?tid=12">讲话发言</a> &gt; </div>
<article class="m-article">
  <h1 class="m-title">@@H1@@</h1>
  <div class="m-info"><span class="time">@@TIME@@</span><span>来源：范文家</span><span>阅读：<script src="/plus/count.php?view=yes&aid=@@AID@@&mid=1"></script></span></div>
  <div class="m-content" id="mContent" style="height:560px;overflow:hidden;">
@@BODY@@
  </div>
  <div class="unfold-field" id="unfoldField"><div class="unfold-mask"></div><a href="javascript:;" class="unfold-btn" onclick="document.getElementById('mContent').style.height='auto';this.parentNode.style.display='none';">展开全文<i class="ico-down"></i></a></div>
  @@PAGER@@
  @@TAIL@@
  <div class="m-tags">标签：<a href="tags.php?/@@TAG@@/">@@TAG@@</a> <a href="tags.php?/发言稿/">发言稿</a></div>
  <div class="m-prenext"><p>上一篇：<a href="view.php?aid=@@PREV@@">@@PREV_T@@</a></p><p>下一篇：<a href="view.php?aid=@@NEXT@@">@@NEXT_T@@</a></p></div>
</article>
<div class="m-box">
  <div class="m-box-hd">相关阅读</div>
  <ul class="m-list m-list-s">
    <li><a href="view.php?aid=@@OAID@@">@@OTITLE@@</a></li>
    <li><a href="view.php?aid=8117">七年级家长会班主任发言稿</a></li>
    <li><a href="view.php?aid=8096">重阳节敬老活动致辞</a></li>
    <li><a href="view.php?aid=8051">教师节表彰大会校长讲话</a></li>
  </ul>
</div>
<div class="m-box">
  <div class="m-box-hd">热门范文</div>
  <ul class="m-list m-list-s">
    <li><a href="view.php?aid=7962">个人年终工作总结</a></li>
    <li><a href="view.php?aid=7930">入党积极分子思想汇报</a></li>
  </ul>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{sp.title}_范文家手机版",
        KW=f"{sp.title},{d['tag']}",
        DESC=d["desc"],
        CANON=f'<link rel="canonical" href="{PC}/jianghua/{d["aid"]}.html">\n',
        CUR=' class="on"',
        H1=sp.title,
        TIME=d["time"],
        AID=d["aid"],
        BODY="\n".join("    " + b for b in body),
        PAGER=pg,
        TAIL=tail,
        TAG=d["tag"],
        PREV=d["aid"] - 3,
        NEXT=d["aid"] + 2,
        PREV_T="秋季运动会开幕式致辞",
        NEXT_T="社区志愿者表彰会发言",
        OAID=other["aid"],
        OTITLE=other["speech"].title,
        PC=PC + "/",
    )


def cards(items):
    return "\n".join(
        f'    <li><a href="view.php?aid={aid}"><h3>{title}</h3><p>{desc}</p><span class="date">{date}</span></a></li>'
        for aid, title, desc, date in items
    )


def build() -> Family:
    fam = Family(HOST, "范文家-like 范文 site's mobile edition on DedeCMS 5.7 SP2's dynamic mobile module (m. host: list.php?tid=, view.php?aid=)")
    a, b = DOCS
    page1 = [
        (8131, "在公司安全生产月启动仪式上的发言", "各位领导、同事们：今天，我们在这里举行安全生产月启动仪式……", "2023-11-16"),
        (a["aid"], a["speech"].title, a["desc"], a["time"][:10]),
        (8119, "期中考试表彰大会教师代表发言", "尊敬的各位领导、老师，亲爱的同学们：大家好！……", "2023-11-08"),
        (8104, "消防安全知识讲座开场白", "各位同事：大家下午好！今天我们请来了……", "2023-10-30"),
    ]
    page2 = [
        (8051, "教师节表彰大会校长讲话", "老师们、同志们：金秋九月，我们迎来了第三十九个教师节……", "2023-09-10"),
        (b["aid"], b["speech"].title, b["desc"], b["time"][:10]),
        (8037, "新生入学军训动员讲话", "同学们：军训是大学生活的第一课……", "2023-09-06"),
    ]
    for n, items in ((1, page1), (2, page2)):
        pg_items = ['<li><span class="pageinfo">共 <strong>2</strong>页<strong>26</strong>条</span></li>']
        if n == 1:
            pg_items += ["<li class=\"thisclass\">1</li>", "<li><a href='list.php?tid=12&TotalResult=26&PageNo=2'>2</a></li>", "<li><a href='list.php?tid=12&TotalResult=26&PageNo=2'>下一页</a></li>"]
        else:
            pg_items += ["<li><a href='list.php?tid=12&TotalResult=26&PageNo=1'>上一页</a></li>", "<li><a href='list.php?tid=12&TotalResult=26&PageNo=1'>1</a></li>", "<li class=\"thisclass\">2</li>"]
        more = (
            '<div class="loadmore"><a href="javascript:;" id="loadMore" data-tid="12" data-page="2" data-total="26" data-url="list.php?tid=12&amp;TotalResult=26&amp;ajax=1&amp;PageNo=">加载更多</a></div>'
            if n == 1 else '<div class="loadmore"><span class="nomore">没有更多了</span></div>'
        )
        page = HEAD + """<div class="position"><a href="index.php">首页</a> &gt; 讲话发言</div>
<div class="m-box">
  <ul class="m-list" id="mList">
@@ROWS@@
  </ul>
  @@MORE@@
  <div class="dede_pages"><ul class="pagelist">@@PG@@</ul></div>
</div>
<script>
$('#loadMore').on('click', function () {
  var btn = $(this), p = parseInt(btn.data('page'), 10);
  $.get(btn.data('url') + p, function (html) {
    $('#mList').append(html); btn.data('page', p + 1);
    if (p >= 2) { btn.parent().html('<span class="nomore">没有更多了</span>'); }
  });
});
</script>
""" + FOOT
        text = render(page, TITLE="讲话发言" + ("" if n == 1 else f"_第{n}页") + "_范文家手机版", KW="讲话稿,发言稿,致辞", DESC="范文家讲话发言栏目", CANON="", CUR=' class="on"', ROWS=cards(items), MORE=more, PG="".join(pg_items), PC=PC + "/")
        if n == 1:
            fam.route("/list.php?tid=12", "/list/12.html", text)
            fam.query_routes["/list.php?tid=12&TotalResult=26&PageNo=1"] = "list/12.html"
        else:
            fam.route("/list.php?tid=12&TotalResult=26&PageNo=2", "/list/12_2.html", text)
    home = HEAD + """<div class="m-focus"><a href="view.php?aid=8131"><img src="/uploads/allimg/231116/1-2311161A2150-L.jpg" alt=""><span>在公司安全生产月启动仪式上的发言</span></a></div>
<div class="m-box">
  <div class="m-box-hd"><a href="list.php?tid=12" class="more">更多&gt;</a>讲话发言</div>
  <ul class="m-list">
@@ROWS@@
  </ul>
</div>
<div class="m-box">
  <div class="m-box-hd"><a href="list.php?tid=15" class="more">更多&gt;</a>工作总结</div>
  <ul class="m-list m-list-s">
    <li><a href="view.php?aid=8127">2023年度个人工作总结</a></li>
    <li><a href="view.php?aid=8110">第三季度工作总结</a></li>
  </ul>
</div>
""" + FOOT
    home_text = render(home, TITLE="范文家手机版_讲话稿_发言稿_工作总结范文", KW="范文,讲话稿,发言稿", DESC="范文家手机版", CANON=f'<link rel="canonical" href="{PC}/">\n', CUR="", ROWS=cards(page1[:3]), PC=PC + "/")
    fam.put("/", home_text)
    fam.route("/index.php", "/index.html", home_text)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /member/\nDisallow: /search.php\n")
    fam.not_documents += ["/", "/list.php?tid=12", "/list.php?tid=12&TotalResult=26&PageNo=2"]

    fam.route(f"/view.php?aid={a['aid']}", f"/view/{a['aid']}.html", article(a, b, 1, a["speech"].paras))
    fam.doc([f"/view.php?aid={a['aid']}"], a["speech"])

    runs = split_paras(b["speech"].paras, 2)
    pages = []
    for n in (1, 2):
        text = article(b, a, n, runs[n - 1])
        if n == 1:
            fam.route(f"/view.php?aid={b['aid']}", f"/view/{b['aid']}.html", text)
            fam.query_routes[f"/view.php?aid={b['aid']}&pageno=1"] = f"view/{b['aid']}.html"
            pages.append(f"/view.php?aid={b['aid']}")
        else:
            fam.route(f"/view.php?aid={b['aid']}&pageno=2", f"/view/{b['aid']}_2.html", text)
            pages.append(f"/view.php?aid={b['aid']}&pageno=2")
            fam.not_documents.append(f"/view.php?aid={b['aid']}&pageno=2")
    fam.doc(pages, b["speech"])
    fam.note = (
        "the 展开全文 fold (inline height:560px;overflow:hidden) hides nothing: the whole text is in the page (truncated false); "
        "8042 continues at view.php?aid=8042&pageno=2; list page 2 through the Dede pager (and the 加载更多 data-url)"
    )
    fam.noise += [
        "范文家App", "打开App", "阅读推荐", "展开全文", "本文由范文家网友投稿", "下载Word文档", "登录后即可免费下载本文",
        "标签：", "上一篇：", "相关阅读", "热门范文", "电脑版", "触屏版",
    ]
    return fam
