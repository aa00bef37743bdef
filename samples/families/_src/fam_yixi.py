"""一席 (yixi.tv)-like talk site: extensionless talk pages `/lecture/<id>` (Vue-era SSR shell with
the data already printed): video player box (Aliplayer, poster, 时长), `speaker-card` (name, title,
头像, 关注), tags, the `演讲稿` section (`div.lecture-script` of `<p>` with image figures and
`figcaption` captions between paragraphs, the `一席第N位讲者` intro above, a `讲者 · 讲稿` editor line
and 转载 notice after), a share bar, 相关演讲 cards, 评论 list with replies; listing `/lecture?page=N`."""

from common import SPEECHES, Family, render

HOST = "www.yixi-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="keywords" content="一席,演讲,人文,科技,YIXI">
<meta name="description" content="@@DESC@@">
<meta property="og:type" content="video">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:image" content="https://cdn.yixi-like.test/uploads/@@OGIMG@@">
<title>@@TITLE@@</title>
<link rel="icon" href="/favicon.ico">
<link href="/static/css/app.3f7a91c2.css" rel="stylesheet">
<link href="/static/css/chunk-vendors.8e2d0b14.css" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but 一席 doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app" data-server-rendered="true">
<header class="header">
  <div class="header-inner">
    <a href="/" class="logo"><img src="/static/img/logo.9c1e2f.svg" alt="一席"></a>
    <nav class="nav">
      <a href="/" class="nav-item@@NAVHOME@@">首页</a>
      <a href="/lecture?page=1" class="nav-item@@NAVLEC@@">演讲</a>
      <a href="/album" class="nav-item">专辑</a>
      <a href="/event" class="nav-item">活动</a>
      <a href="/speaker" class="nav-item">讲者</a>
      <a href="/shop" class="nav-item">一席小店</a>
    </nav>
    <div class="header-right">
      <div class="search-box"><input type="text" placeholder="搜索演讲、讲者" class="search-input"><i class="iconfont icon-search"></i></div>
      <a href="/download" class="app-download">下载App</a>
      <a href="javascript:;" class="login-btn">登录</a>
    </div>
  </div>
</header>
<main class="main">
"""

FOOT = """</main>
<footer class="footer">
  <div class="footer-inner">
    <div class="footer-links"><a href="/about">关于一席</a><a href="/join">加入我们</a><a href="/recommend">推荐讲者</a><a href="/contact">联系我们</a><a href="/agreement">用户协议</a><a href="/privacy">隐私政策</a></div>
    <div class="footer-follow"><span>关注我们</span><a href="javascript:;" class="wechat">微信公众号：yixiclub</a><a href="https://weibo.com/yixiclub" target="_blank" class="weibo">新浪微博</a></div>
    <p class="copyright">Copyright © 2012-2024 一席 YIXI.TV 北京一席文化传播有限公司 版权所有</p>
    <p class="beian"><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12045612号-1</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502031245" target="_blank">京公网安备 11010502031245号</a> 网络文化经营许可证 京网文〔2021〕1234-321号</p>
  </div>
</footer>
</div>
<script>window.__INITIAL_STATE__={"route":{"path":"@@PATH@@"},"user":{"isLogin":false}}</script>
<script src="/static/js/chunk-vendors.1a4e7b2f.js"></script>
<script src="/static/js/app.6d2c8e09.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c1b0e3a5d9f2468ace13579bdf02468";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

TALKS = [
    {
        "id": 1187,
        "speech": SPEECHES["r22a-yx1"],
        "speaker": "许知远",
        "stitle": "文物修复师，省博物馆文物保护中心钟表修复室负责人",
        "no": 1023,
        "dur": "21:46",
        "views": "18.6万",
        "tags": ["手艺", "文博", "时间"],
        "event": "一席第十二季·杭州",
        "intro": "一座停了近百年的座钟，四百一十七个零件，和一个修钟人的十二年。",
        "figs": {3: ("fig_1187_1.jpg", "修复中的铜镀金座钟机芯，摄影：周宁"), 5: ("fig_1187_2.jpg", "写字人钟修复完成后写下的八个字")},
        "editor": "讲者 · 许知远　　整理 · 阿柴　　编辑 · 白鹿",
        "comments": [
            ("时间的灰烬", "2024-03-23", "“你把它修得太新，就把它经历过的两百年都抹掉了”，这句话看哭了。", 312, ("一席小编", "谢谢你的喜欢，讲者说这是他师父常说的一句话。")),
            ("北冥有鱼", "2024-03-24", "看完去搜了写字人钟，真的太神奇了，什么时候能去现场看看？", 87, None),
            ("lilac_0917", "2024-03-26", "克制，是修复最难的部分，也是生活最难的部分。", 156, None),
        ],
    },
    {
        "id": 1204,
        "speech": SPEECHES["r22a-yx2"],
        "speaker": "马兰",
        "stitle": "荒漠化治理公益项目负责人，在阿拉善工作九年",
        "no": 1041,
        "dur": "24:03",
        "views": "9.2万",
        "tags": ["自然", "公益", "西北"],
        "event": "一席第十二季·银川",
        "intro": "治沙不是一场战斗，而是一次漫长的协商。",
        "figs": {4: ("fig_1204_1.jpg", "阿拉善左旗的梭梭林，秋季补种现场")},
        "editor": "讲者 · 马兰　　整理 · 小满　　编辑 · 白鹿",
        "comments": [
            ("沙丘上的狐狸", "2024-05-19", "“踩到你觉得它疼为止”，巴特尔大叔太可爱了。", 204, None),
            ("陈小树", "2024-05-20", "那面贴满失败原因的墙，比任何成功经验都珍贵。", 98, ("马兰", "欢迎来站里看看那面墙～")),
        ],
    },
]

OTHER = [
    (1212, "城市里的菌子猎人", "罗一舟", "真菌爱好者，自然教育讲师", "2024-06-07", "13:20"),
    (1198, "我在急诊科的夜班", "顾晓", "三甲医院急诊科主治医师", "2024-04-26", "19:52"),
    (1193, "给一条古道测绘", "吴越", "历史地理学者", "2024-04-12", "22:10"),
    (1181, "乡村小学的天文课", "唐果", "乡村教师，天文爱好者", "2024-03-08", "17:35"),
    (1176, "算法之外的司机", "赵平", "社会学研究者", "2024-02-23", "25:41"),
    (1169, "寻找消失的方言", "黄立言", "语言学博士，方言调查者", "2024-02-02", "20:18"),
    (1162, "一座桥的一百年", "冯远", "桥梁工程师", "2024-01-19", "18:06"),
    (1155, "海边的潮间带", "林澈", "海洋生物学研究生", "2024-01-05", "16:44"),
]


def lecture_url(i):
    return f"/lecture/{i}"


def card(i, title, speaker, stitle, date, dur, views=""):
    return f"""<div class="lecture-card">
  <a href="{lecture_url(i)}" class="cover"><img src="https://cdn.yixi-like.test/uploads/cover_{i}.jpg?x-oss-process=image/resize,w_480" alt="{title}"><span class="duration">{dur}</span></a>
  <div class="info">
    <a href="{lecture_url(i)}" class="title">{title}</a>
    <p class="speaker"><span class="name">{speaker}</span><span class="desc">{stitle}</span></p>
    <p class="meta"><span class="date">{date}</span>{f'<span class="views"><i class="iconfont icon-play"></i>{views}</span>' if views else ''}</p>
  </div>
</div>"""


def script_html(t):
    out = []
    for n, p in enumerate(t["speech"].paras):
        out.append(f"<p>{p}</p>")
        if n in t["figs"]:
            img, cap = t["figs"][n]
            out.append(f'<figure class="script-figure"><img src="https://cdn.yixi-like.test/uploads/script/{img}" alt=""><figcaption>{cap}</figcaption></figure>')
    return "\n".join(out)


def comments_html(t):
    out = []
    for user, date, text, likes, reply in t["comments"]:
        rep = ""
        if reply:
            rep = f'<div class="reply-list"><div class="reply-item"><span class="reply-user">{reply[0]}</span><span class="reply-sep">回复</span><span class="reply-to">{user}</span>：<span class="reply-text">{reply[1]}</span></div></div>'
        out.append(f"""<li class="comment-item">
  <img class="avatar" src="https://cdn.yixi-like.test/avatar/default.png" alt="">
  <div class="comment-body">
    <div class="comment-head"><span class="nickname">{user}</span><span class="time">{date}</span></div>
    <div class="comment-content">{text}</div>
    <div class="comment-actions"><span class="like"><i class="iconfont icon-like"></i>{likes}</span><span class="reply-btn">回复</span></div>
    {rep}
  </div>
</li>""")
    return "\n".join(out)


def talk_page(t, others):
    s = t["speech"]
    tags = "".join(f'<a href="/tag/{g}" class="tag">{g}</a>' for g in t["tags"])
    related = "\n".join(card(*o) for o in others)
    page = HEAD + """<div class="lecture-detail" data-id="@@ID@@">
  <div class="player-wrap">
    <div class="player-box">
      <div id="J_prismPlayer" class="prism-player" data-vid="8f3a@@ID@@c0e5b1d24a7e9" data-cover="https://cdn.yixi-like.test/uploads/cover_@@ID@@.jpg"></div>
      <div class="player-poster"><img src="https://cdn.yixi-like.test/uploads/cover_@@ID@@.jpg" alt=""><span class="play-btn"><i class="iconfont icon-bofang"></i></span><span class="duration">@@DUR@@</span></div>
    </div>
    <div class="player-side">
      <div class="speaker-card">
        <img class="speaker-avatar" src="https://cdn.yixi-like.test/uploads/speaker/@@ID@@.jpg" alt="@@SPEAKER@@">
        <div class="speaker-info"><h3 class="speaker-name">@@SPEAKER@@</h3><p class="speaker-title">@@STITLE@@</p></div>
        <a href="javascript:;" class="follow-btn">+ 关注</a>
      </div>
      <div class="app-tip"><img src="/static/img/qr_app.png" alt=""><p>扫码下载一席App<br>离线观看高清视频</p></div>
    </div>
  </div>
  <div class="lecture-main">
    <div class="lecture-left">
      <h1 class="lecture-title">@@TITLE@@</h1>
      <div class="lecture-meta"><span class="event">@@EVENT@@</span><span class="date">@@DATE@@</span><span class="views"><i class="iconfont icon-play"></i>@@VIEWS@@次播放</span></div>
      <div class="lecture-tags">@@TAGS@@</div>
      <p class="lecture-summary">@@INTRO@@</p>
      <div class="share-bar">
        <span class="share-label">分享到：</span><a href="javascript:;" class="share-wechat" title="微信"><i class="iconfont icon-weixin"></i></a><a href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.yixi-like.test%2Flecture%2F@@ID@@" target="_blank" class="share-weibo" title="微博"><i class="iconfont icon-weibo"></i></a><a href="javascript:;" class="share-link" title="复制链接"><i class="iconfont icon-lianjie"></i></a>
        <span class="collect"><i class="iconfont icon-shoucang"></i>收藏</span>
      </div>
      <div class="lecture-script-wrap">
        <div class="section-title"><span>演讲稿</span></div>
        <p class="script-intro">@@SPEAKER@@ · 一席第@@NO@@位讲者 · @@STITLE@@</p>
        <div class="lecture-script">
@@SCRIPT@@
        </div>
        <p class="script-editor">@@EDITOR@@</p>
        <p class="script-copyright">本演讲稿版权归一席所有，未经授权不得转载。转载请联系后台，获取授权后请注明出处“一席（ID：yixiclub）”。</p>
      </div>
      <div class="comment-wrap">
        <div class="section-title"><span>评论</span><em>(@@NCOMM@@)</em></div>
        <div class="comment-input"><textarea placeholder="登录后参与评论" disabled></textarea><a href="javascript:;" class="btn-submit">发表</a></div>
        <ul class="comment-list">
@@COMMENTS@@
        </ul>
        <div class="comment-more"><a href="javascript:;">查看更多评论</a></div>
      </div>
    </div>
    <div class="lecture-right">
      <div class="section-title"><span>相关演讲</span></div>
      <div class="related-list">
@@RELATED@@
      </div>
      <div class="side-ad"><a href="/shop/item/88"><img src="https://cdn.yixi-like.test/uploads/ad/yearbook2024.jpg" alt=""><p>《一席·2024年鉴》限量发售中</p></a></div>
    </div>
  </div>
</div>
""" + FOOT
    return render(
        page, TITLE=f"{s.title}_{t['speaker']}_一席", DESC=f"{t['speaker']}：{t['intro']}", OGIMG=f"cover_{t['id']}.jpg",
        NAVHOME="", NAVLEC=" active", PATH=lecture_url(t["id"]), ID=t["id"], DUR=t["dur"], SPEAKER=t["speaker"],
        STITLE=t["stitle"], EVENT=t["event"], DATE=s.date, VIEWS=t["views"], TAGS=tags, INTRO=t["intro"],
        NO=t["no"], SCRIPT=script_html(t), EDITOR=t["editor"], NCOMM=len(t["comments"]),
        COMMENTS=comments_html(t), RELATED=related,
    )


def items():
    rows = [(t["id"], t["speech"].title, t["speaker"], t["stitle"], t["speech"].date, t["dur"], t["views"]) for t in TALKS]
    rows += [o + ("",) for o in OTHER]
    return sorted(rows, key=lambda r: r[4], reverse=True)


def list_page(n, part, pages):
    cards = "\n".join(card(*r) for r in part)
    pager = []
    pager.append(f'<a href="/lecture?page={n - 1}" class="prev">上一页</a>' if n > 1 else '<span class="prev disabled">上一页</span>')
    for k in range(1, pages + 1):
        pager.append(f'<span class="num active">{k}</span>' if k == n else f'<a href="/lecture?page={k}" class="num">{k}</a>')
    pager.append(f'<a href="/lecture?page={n + 1}" class="next">下一页</a>' if n < pages else '<span class="next disabled">下一页</span>')
    page = HEAD + """<div class="lecture-list-page">
  <div class="filter-bar"><a href="/lecture?page=1" class="active">全部</a><a href="/lecture?cate=1">人文</a><a href="/lecture?cate=2">科技</a><a href="/lecture?cate=3">自然</a><a href="/lecture?cate=4">社会</a><a href="/lecture?cate=5">艺术</a></div>
  <div class="lecture-grid">
@@CARDS@@
  </div>
  <div class="pagination">@@PAGER@@</div>
</div>
""" + FOOT
    return render(page, TITLE="演讲_一席", DESC="一席演讲列表", OGIMG="share.jpg", NAVHOME="", NAVLEC=" active",
                  PATH="/lecture", CARDS=cards, PAGER="".join(pager))


def home(rows):
    cards = "\n".join(card(*r) for r in rows[:4])
    page = HEAD + """<div class="home">
  <div class="banner swiper-container"><div class="swiper-wrapper"><div class="swiper-slide"><a href="/event/128"><img src="https://cdn.yixi-like.test/uploads/banner/s12.jpg" alt="一席第十二季"></a></div></div></div>
  <div class="home-section"><div class="section-title"><span>最新演讲</span><a href="/lecture?page=1" class="more">查看全部</a></div>
  <div class="lecture-grid">
@@CARDS@@
  </div></div>
  <div class="home-slogan">人文·科技·白日梦</div>
</div>
""" + FOOT
    return render(page, TITLE="一席 - 人文·科技·白日梦", DESC="一席是一个演讲平台，每位讲者有20分钟讲述自己的故事。", OGIMG="share.jpg",
                  NAVHOME=" active", NAVLEC="", PATH="/", CARDS=cards)


def build() -> Family:
    fam = Family(HOST, "一席 (yixi.tv) talk pages: player, speaker card, 演讲稿 under the video, 相关演讲, comments", extensionless_html=True)
    fam.note = (
        "Talk pages `/lecture/<id>` (extensionless): the document is the 演讲稿 section's paragraphs. Not "
        "the speech: the talk title h1, the `讲者 · 一席第N位讲者 · 头衔` intro line, image figcaptions between "
        "paragraphs, the `讲者 · 整理 · 编辑` line, the 转载 notice, the one-line summary above the share bar, "
        "speaker card, 相关演讲, comments and replies. `published_at` is the talk's date."
    )
    rows = items()
    per = 6
    pages = [rows[i:i + per] for i in range(0, len(rows), per)]
    fam.put("/", home(rows))
    fam.not_documents.append("/")
    for n, part in enumerate(pages, 1):
        fam.route(f"/lecture?page={n}", f"/lecture_list_{n}.html", list_page(n, part, len(pages)))
        fam.not_documents.append(f"/lecture?page={n}")
    for t in TALKS:
        others = [r for r in rows if r[0] != t["id"]][:4]
        fam.put(lecture_url(t["id"]), talk_page(t, others))
        fam.doc([lecture_url(t["id"])], t["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /user/\n", "ascii")
    fam.noise += [
        "一席第1023位讲者",
        "一席第1041位讲者",
        "修复中的铜镀金座钟机芯，摄影：周宁",
        "写字人钟修复完成后写下的八个字",
        "阿拉善左旗的梭梭林，秋季补种现场",
        "讲者 · 许知远",
        "整理 · 小满",
        "本演讲稿版权归一席所有，未经授权不得转载",
        "一座停了近百年的座钟，四百一十七个零件",
        "治沙不是一场战斗，而是一次漫长的协商。",
        "分享到：",
        "相关演讲",
        "查看更多评论",
        "谢谢你的喜欢，讲者说这是他师父常说的一句话。",
        "欢迎来站里看看那面墙～",
        "“踩到你觉得它疼为止”，巴特尔大叔太可爱了。",
        "扫码下载一席App",
        "《一席·2024年鉴》限量发售中",
        "京ICP备12045612号-1",
        "文物修复师，省博物馆文物保护中心钟表修复室负责人",
    ]
    return fam
