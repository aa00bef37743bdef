"""网易公开课 (open.163.com newview)-like lecture pages: every page a query route on
`/newview/movie/free?pid=<course>&mid=<lesson>`: header (网易公开课 logo, 分类, 搜索, 下载APP), the video box
(`video-wrap`, poster, 播放次数), course card (学校, 讲师, 集数, 课程简介), the `tab-box` with 目录 (the lesson
list `第N集 …` with links, 正在播放 mark) / 讲稿 (the lecture's text as `<p>`, a `字幕整理` note first,
`（未完，见第2集）` / `（接第1集）` seams) / 跟帖 (热门跟帖 with floors and 顶); 相关课程 side list,
APP ad; listing `/newview/list?cat=2&page=N`. One opening address is split over 第1集 and 第2集."""

from common import SPEECHES, Family, render, split_paras

HOST = "open.163-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="keywords" content="网易公开课,公开课,名校公开课,@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="https://open-image.nosdn.127-like.test/favicon.ico">
<link rel="stylesheet" href="https://open-image.nosdn.127-like.test/newview/static/css/main.5e1c9a3f.chunk.css">
<script>window.NTESOpenCourse = {pid: "@@PID@@", mid: "@@MID@@", isLogin: false};</script>
</head>
<body>
<!-- header start -->
<div class="g-hd">
  <div class="m-hd f-cb">
    <a class="logo" href="/" title="网易公开课"><img src="https://open-image.nosdn.127-like.test/newview/img/logo.png" alt="网易公开课"></a>
    <ul class="nav">
      <li><a href="/">首页</a></li>
      <li><a href="/newview/list?cat=2&amp;page=1">名校公开课</a></li>
      <li><a href="/newview/ted">TED</a></li>
      <li><a href="/newview/vip">精品课</a></li>
      <li><a href="/newview/special">专题</a></li>
    </ul>
    <div class="search"><input type="text" placeholder="搜索课程、讲师、学校"><i class="icon-search"></i></div>
    <div class="hd-right"><a href="/newview/app" class="app-dl">下载APP</a><a href="javascript:;" class="login">登录</a></div>
  </div>
</div>
<!-- header end -->
"""

FOOT = """<!-- footer start -->
<div class="g-ft">
  <div class="m-ft">
    <p class="links"><a href="https://corp.163-like.test/">About NetEase</a> - <a href="https://gb.corp.163-like.test/gb/about/overview.html">公司简介</a> - <a href="https://gb.corp.163-like.test/gb/contactus.html">联系方法</a> - <a href="https://corp.163-like.test/gb/job/job.html">招聘信息</a> - <a href="https://help.163-like.test/">客户服务</a> - <a href="https://gb.corp.163-like.test/gb/legal.html">隐私政策</a> - <a href="/newview/feedback">意见反馈</a></p>
    <p class="copy">网易公司版权所有 ©1997-2024　<a href="https://beian.miit.gov.cn/" target="_blank">粤B2-20090191-18</a>　<a href="https://beian.miit.gov.cn/" target="_blank">工业和信息化部备案管理系统网站</a>　浙公网安备 33010802005016号</p>
  </div>
</div>
<!-- footer end -->
<script src="https://open-image.nosdn.127-like.test/newview/static/js/2.8c4b1e07.chunk.js"></script>
<script src="https://open-image.nosdn.127-like.test/newview/static/js/main.a3d9f264.chunk.js"></script>
<script>
  (function(){var s=document.createElement("script");s.src="https://analytics.163-like.test/ntes.js";s.async=true;document.getElementsByTagName("head")[0].appendChild(s);})();
  _ntes_nacc = "open";
</script>
</body>
</html>
"""

COURSES = [
    {
        "pid": "MIKS8Q2RJ",
        "speech": SPEECHES["r22a-wy1"],
        "name": "中国古代建筑史",
        "school": "清川大学",
        "teacher": "沈景明",
        "ttitle": "清川大学建筑学院教授",
        "total": 16,
        "cat": "建筑",
        "plays": ["12.8万", "7.3万"],
        "intro": "本课程系统讲授中国古代建筑的构造、类型与演变，从原始聚落到明清宫殿园林，结合大量现存实例，帮助学习者建立“读懂一座房子”的基本方法。",
        "lessons": ["开课导言与建筑的基本构成", "屋顶、梁架与斗拱", "原始聚落与早期宫室", "秦汉建筑", "魏晋南北朝的佛寺与石窟", "隋唐的城市与宫殿"],
        "mids": ["MIKS8QA1T", "MIKS8QB7E"],
        "split": 2,
        "comments": [("网易清川市网友", "沈老师讲得太好了，看完第一集就去楼下看车棚的屋顶了。", 126), ("学建筑的小王", "“先看天，再看地，最后才看房子”，记下了。", 88)],
    },
    {
        "pid": "MJ0C4H7PD",
        "speech": SPEECHES["r22a-wy2"],
        "name": "公共卫生与我们的生活",
        "school": "南江医科大学",
        "teacher": "罗晓岚",
        "ttitle": "南江医科大学公共卫生学院副教授",
        "total": 12,
        "cat": "医学",
        "plays": ["5.6万"],
        "intro": "面向全校各专业开设的通识课，讨论传染病防控、慢性病、食品安全、环境与健康、心理健康与健康公平，从具体故事和数据出发理解公共卫生。",
        "lessons": ["从一次洗手说起", "疫苗与群体免疫", "慢性病与生活方式", "食品安全"],
        "mids": ["MJ0C4HC2N"],
        "split": 1,
        "comments": [("网易南江市网友", "塞麦尔维斯的故事听了好几遍，每次都很感慨。", 64)],
    },
]

OTHER = [
    ("MHF2T9K0A", "宋词十讲", "北川师范大学", "2024-03", "10"),
    ("MHB71LQ3C", "城市规划原理导论", "清川大学", "2024-02", "14"),
    ("MGZ5N2W8D", "博弈论入门", "东湖财经大学", "2023-12", "9"),
    ("MGV0D6R1E", "海洋生物学", "南江海洋大学", "2023-11", "11"),
    ("MGQ4X8S7F", "心理学与生活", "北川师范大学", "2023-10", "20"),
    ("MGK2J5P9G", "西方美术史", "东湖美术学院", "2023-09", "18"),
]


def movie_url(pid, mid):
    return f"/newview/movie/free?pid={pid}&mid={mid}"


def lesson_list(c, k):
    out = []
    for i, name in enumerate(c["lessons"]):
        n = i + 1
        if i < len(c["mids"]):
            href = movie_url(c["pid"], c["mids"][i]).replace("&", "&amp;")
            cur = " z-crt" if i == k else ""
            mark = '<span class="playing">正在播放</span>' if i == k else ""
            out.append(f'<li class="item{cur}"><a href="{href}" title="第{n}集 {name}"><span class="num">第{n}集</span><span class="name">{name}</span>{mark}</a></li>')
        else:
            out.append(f'<li class="item z-dis"><span class="num">第{n}集</span><span class="name">{name}</span><span class="tip">即将上线</span></li>')
    if c["total"] > len(c["lessons"]):
        out.append(f'<li class="more">共{c["total"]}集，更多课程持续更新中</li>')
    return "\n".join(out)


def script_html(c, k, runs):
    s = c["speech"]
    parts = []
    if k == 0:
        parts.append(f'<p class="sub-note">【字幕整理】本讲稿根据课程视频字幕整理，略有删节。讲师：{c["teacher"]}（{c["ttitle"]}）</p>')
    else:
        parts.append('<p class="sub-note">（接第1集）</p>')
    parts += [f"<p>{p}</p>" for p in runs[k]]
    if k < len(runs) - 1:
        nxt = movie_url(c["pid"], c["mids"][k + 1]).replace("&", "&amp;")
        parts.append(f'<p class="sub-note">（未完，见<a href="{nxt}">第{k + 2}集</a>）</p>')
    return "\n".join(parts)


def movie_page(c, k, runs):
    s = c["speech"]
    mid = c["mids"][k]
    lesson = c["lessons"][k]
    comments = "\n".join(
        f'<div class="cmt-item"><div class="cmt-hd"><span class="user">{u}</span><span class="floor">{i + 1}楼</span></div><p class="cmt-bd">{x}</p><div class="cmt-ft"><span class="time">{s.date} 21:{10 + i * 7:02d}</span><a href="javascript:;" class="up">顶[{n}]</a><a href="javascript:;" class="reply">回复</a></div></div>'
        for i, (u, x, n) in enumerate(c["comments"])
    )
    related = "\n".join(
        f'<li><a href="{movie_url(pid, pid[:-1] + "1").replace("&", "&amp;")}"><img src="https://open-image.nosdn.127-like.test/cover/{pid}.jpg" alt=""><p class="name">{name}</p><p class="info">{school} · {n}集</p></a></li>'
        for pid, name, school, _, n in OTHER[:4]
    )
    page = HEAD + """<div class="g-bd">
<div class="m-crumb"><a href="/">网易公开课</a> &gt; <a href="/newview/list?cat=2&amp;page=1">名校公开课</a> &gt; <span>@@CAT@@</span></div>
<div class="m-movie f-cb">
  <div class="video-wrap">
    <div id="j-player" class="player" data-mid="@@MID@@"><img class="poster" src="https://open-image.nosdn.127-like.test/cover/@@MID@@_poster.jpg" alt=""><span class="btn-play"></span></div>
    <div class="video-title"><h1>第@@N@@集 @@LESSON@@</h1><span class="plays">@@PLAYS@@次播放</span><span class="opts"><a href="javascript:;" class="fav">收藏</a><a href="javascript:;" class="share">分享</a><a href="/newview/app" class="dl">APP下载观看</a></span></div>
  </div>
  <div class="course-card">
    <h2 class="course-name">@@COURSE@@</h2>
    <ul class="course-meta"><li>学校：@@SCHOOL@@</li><li>讲师：@@TEACHER@@</li><li>集数：@@TOTAL@@</li><li>类型：@@CAT@@</li></ul>
    <div class="course-desc"><span class="label">课程简介：</span>@@INTRO@@</div>
  </div>
</div>
<div class="m-main f-cb">
  <div class="main-left">
    <div class="tab-box">
      <ul class="tab-hd"><li class="tab" data-tab="list">目录</li><li class="tab z-crt" data-tab="script">讲稿</li><li class="tab" data-tab="cmt">跟帖<em>(@@NCMT@@)</em></li></ul>
      <div class="tab-bd tab-list" style="display:none"><ul class="lesson-list">
@@LESSONS@@
      </ul></div>
      <div class="tab-bd tab-script">
        <div class="script-con">
@@SCRIPT@@
        </div>
        <p class="script-copy">本讲稿版权归@@SCHOOL@@及网易公开课所有，未经许可不得转载。</p>
      </div>
      <div class="tab-bd tab-cmt" style="display:none">
        <div class="cmt-title">热门跟帖</div>
@@COMMENTS@@
        <div class="cmt-post"><textarea placeholder="登录后发表跟帖"></textarea><a href="javascript:;" class="btn">发表跟帖</a></div>
      </div>
    </div>
  </div>
  <div class="main-right">
    <div class="side-lessons"><h3>课程目录</h3><ul class="lesson-list">
@@LESSONS@@
    </ul></div>
    <div class="side-related"><h3>相关课程</h3><ul>
@@RELATED@@
    </ul></div>
    <div class="side-ad"><a href="/newview/app"><img src="https://open-image.nosdn.127-like.test/ad/app_side.png" alt=""><p>下载网易公开课APP，随时随地学习</p></a></div>
  </div>
</div>
</div>
""" + FOOT
    return render(
        page, TITLE=f"第{k + 1}集 {lesson}_{c['name']}_网易公开课", KEYWORDS=c["name"], DESC=c["intro"], PID=c["pid"], MID=mid,
        CAT=c["cat"], N=k + 1, LESSON=lesson, PLAYS=c["plays"][k], COURSE=c["name"], SCHOOL=c["school"], TEACHER=c["teacher"],
        TOTAL=c["total"], INTRO=c["intro"], NCMT=len(c["comments"]), LESSONS=lesson_list(c, k), SCRIPT=script_html(c, k, runs),
        COMMENTS=comments, RELATED=related,
    )


def rows():
    r = [(c["pid"], c["name"], c["school"], c["speech"].date[:7], str(c["total"]), c["mids"][0]) for c in COURSES]
    r += [o + (o[0][:-1] + "1",) for o in OTHER]
    return sorted(r, key=lambda x: x[3], reverse=True)


def card(r):
    pid, name, school, month, n, mid = r
    return f'<li class="course-item"><a href="{movie_url(pid, mid).replace("&", "&amp;")}"><img src="https://open-image.nosdn.127-like.test/cover/{pid}.jpg" alt="{name}"><p class="name">{name}</p><p class="info">{school} · 共{n}集</p><p class="time">更新于{month}</p></a></li>'


def list_page(n, part, pages):
    pager = "".join(f'<span class="z-crt">{k}</span>' if k == n else f'<a href="/newview/list?cat=2&amp;page={k}">{k}</a>' for k in range(1, pages + 1))
    if n < pages:
        pager += f'<a class="next" href="/newview/list?cat=2&amp;page={n + 1}">下一页</a>'
    page = HEAD + """<div class="g-bd"><div class="m-list">
<div class="filter"><span class="lab">分类：</span><a href="/newview/list?cat=2&amp;page=1" class="z-crt">全部</a><a href="javascript:;">文学</a><a href="javascript:;">建筑</a><a href="javascript:;">医学</a><a href="javascript:;">经济</a><a href="javascript:;">心理</a></div>
<ul class="course-list f-cb">
@@CARDS@@
</ul>
<div class="m-page">@@PAGER@@</div>
</div></div>
""" + FOOT
    return render(page, TITLE="名校公开课_网易公开课", KEYWORDS="名校", DESC="国内外名校公开课", PID="", MID="", CARDS="\n".join(card(r) for r in part), PAGER=pager)


def home(all_rows):
    page = HEAD + """<div class="g-bd"><div class="m-banner"><a href="/newview/special"><img src="https://open-image.nosdn.127-like.test/banner/autumn.jpg" alt="秋季开学季"></a></div>
<div class="m-sec"><div class="sec-hd"><h2>名校公开课</h2><a href="/newview/list?cat=2&amp;page=1" class="more">更多&gt;</a></div>
<ul class="course-list f-cb">
@@CARDS@@
</ul></div></div>
""" + FOOT
    return render(page, TITLE="网易公开课", KEYWORDS="TED,名校", DESC="网易公开课，汇集名校公开课与TED演讲", PID="", MID="", CARDS="\n".join(card(r) for r in all_rows[:4]))


def build() -> Family:
    fam = Family(HOST, "网易公开课 (open.163.com newview) lecture pages with 目录 / 讲稿 / 跟帖 tabs")
    fam.note = (
        "Lesson pages `/newview/movie/free?pid=…&mid=…`: the document is the 讲稿 tab's paragraphs. The 建筑史 "
        "course's opening address runs over 第1集 and 第2集 (one document, two pages: `（未完，见第2集）` links on). "
        "Not the speech: the `【字幕整理】…` note, `（接第1集）`, the 版权 line, lesson list (目录 tab and side), "
        "course card and 课程简介, 跟帖, 相关课程, APP ad. `published_at` is the lecture date."
    )
    all_rows = rows()
    pages = [all_rows[:4], all_rows[4:]]
    fam.put("/", home(all_rows))
    fam.not_documents.append("/")
    for n, part in enumerate(pages, 1):
        fam.route(f"/newview/list?cat=2&page={n}", f"/newview/list_2_{n}.html", list_page(n, part, len(pages)))
        fam.not_documents.append(f"/newview/list?cat=2&page={n}")
    for c in COURSES:
        runs = split_paras(c["speech"].paras, c["split"])
        urls = []
        for k in range(c["split"]):
            u = movie_url(c["pid"], c["mids"][k])
            fam.route(u, f"/newview/movie/{c['pid']}_{c['mids'][k]}.html", movie_page(c, k, runs))
            urls.append(u)
        fam.doc(urls, c["speech"])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /newview/user/\n", "ascii")
    fam.noise += [
        "【字幕整理】本讲稿根据课程视频字幕整理，略有删节。",
        "（接第1集）",
        "（未完，见",
        "本讲稿版权归",
        "热门跟帖",
        "登录后发表跟帖",
        "“先看天，再看地，最后才看房子”，记下了。",
        "塞麦尔维斯的故事听了好几遍",
        "课程简介：",
        "学校：清川大学",
        "讲师：沈景明",
        "正在播放",
        "即将上线",
        "相关课程",
        "下载网易公开课APP，随时随地学习",
        "粤B2-20090191-18",
        "屋顶、梁架与斗拱",
    ]
    return fam
