"""A cadre-education platform (干部网络学院 style, layui pages on a Java back end): course pages
`/course/detail.do?courseId=N` with the video player box (Aliplayer, a guest mask), 课程信息, 主讲人
card, and layui tabs 课程简介 / 课程目录 / 文字实录 / 学员评论, the transcript of a speech in the
文字实录 panel (`layui-tab-item`, hidden by class until clicked); the other course's 讲稿 stops at
`登录学习后查看完整讲稿` → truncated; course list `/course/list.do?channelId=12&pageNo=N`."""

from common import SPEECHES, Family, render

HOST = "study.gbwlxy-course.test"
SITE = "清城干部网络学院"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="干部网络学院,干部教育,网络培训,@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="/static/portal/images/favicon.ico">
<link rel="stylesheet" href="/static/plugins/layui/css/layui.css?v=2.6.8">
<link rel="stylesheet" href="/static/portal/css/common.css?v=20240301">
<link rel="stylesheet" href="/static/portal/css/@@CSS@@.css?v=20240301">
<script src="/static/plugins/jquery/jquery-1.12.4.min.js"></script>
<script src="/static/plugins/layui/layui.js?v=2.6.8"></script>
<script src="/static/portal/js/common.js?v=20240301"></script>
<script>var ctx = "";var isLogin = false;</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <span class="fl welcome">您好，欢迎来到清城干部网络学院！</span>
    <span class="fr"><a href="/login.do">登录</a><span class="line">|</span><a href="/help/index.do">帮助中心</a><span class="line">|</span><a href="javascript:;" class="app-down">移动端下载<div class="app-qr"><img src="/static/portal/images/app_qr.png" alt=""><p>扫码下载“清城学习”APP</p></div></a></span>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a href="/" class="logo fl"><img src="/static/portal/images/logo.png" alt="清城干部网络学院"></a>
    <div class="search fr">
      <form action="/course/search.do" method="get"><input type="text" name="keyword" placeholder="搜索课程、主讲人" autocomplete="off"><button type="submit"><i class="layui-icon layui-icon-search"></i></button></form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/">首页</a></li>
    <li@@NAVCOURSE@@><a href="/course/list.do?channelId=12&amp;pageNo=1">课程中心</a></li>
    <li><a href="/special/list.do">专题培训</a></li>
    <li><a href="/class/list.do">网上专班</a></li>
    <li><a href="/rank/index.do">学习排行</a></li>
    <li><a href="/article/list.do?channelId=5">学员心得</a></li>
    <li><a href="/notice/list.do">通知公告</a></li>
    <li><a href="/uc/index.do">个人中心</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="/about.do">关于我们</a><span class="line">|</span><a href="/help/index.do">使用帮助</a><span class="line">|</span><a href="/contact.do">联系我们</a><span class="line">|</span><a href="/sitemap.do">网站地图</a></p>
    <p>主办单位：中共清城市委组织部　承办单位：清城市委党校（清城行政学院）</p>
    <p>技术支持：清城市大数据中心　服务热线：0557-3025678（工作日 8:30-17:30）</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备15023456号-2</a>　<img src="/static/portal/images/ga.png" alt="">皖公网安备 34130202000456号</p>
  </div>
</div>
<div class="fixed-tools"><a href="javascript:;" class="to-top" title="返回顶部"><i class="layui-icon layui-icon-top"></i></a><a href="/help/index.do" title="在线客服"><i class="layui-icon layui-icon-service"></i></a></div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2f8e4c6a1b3d5f7e9a0c2e4b6d8f1a3c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

COURSES = [
    {
        "id": 20487,
        "speech": SPEECHES["course-1"],
        "online": "2024-05-28",
        "teacher": "刘振华",
        "teacher_title": "中共清城市委常委、组织部部长",
        "teacher_bio": "刘振华，男，1972年生，大学学历。曾任乡镇党委书记、县委副书记、县长，现任中共清城市委常委、组织部部长。长期从事基层治理和干部队伍建设工作。",
        "minutes": "42分18秒",
        "credit": "1.0",
        "learners": 6231,
        "score": "4.9",
        "intro": "本课程为市委常委、组织部部长刘振华同志2024年5月16日在全市青年干部成长沙龙上的讲话实录。课程结合主讲人在基层工作的亲身经历，围绕青年干部如何在基层锤炼本领、如何向群众学习、如何担当作为、如何严守纪律等问题，与新录用公务员和选调生谈心交流，适合青年干部学习。",
        "chapters": [
            ("第一节", "开场与交流", "03:05"),
            ("第二节", "在基层的广阔天地中历练", "09:40"),
            ("第三节", "拜群众为师", "08:12"),
            ("第四节", "担当作为与工作方法", "10:26"),
            ("第五节", "持续学习，守牢底线", "10:55"),
        ],
        "tab": "文字实录",
        "note": "（本文根据现场录音整理，标题为编者所加）",
        "shown": None,
        "comments": [
            ("王**", "2024-06-03 21:14", "部长讲的都是亲身经历，很接地气，特别是入户核查低保那个例子，让我很受触动。"),
            ("陈**", "2024-06-01 08:52", "作为刚到乡镇的选调生，听完很有收获，要沉下心来在基层好好干。"),
            ("李**", "2024-05-30 19:37", "“想清楚三个问题”的方法很实用，已记在笔记本上。"),
        ],
        "channel": "领导讲话",
    },
    {
        "id": 20512,
        "speech": SPEECHES["course-2"],
        "online": "2024-06-27",
        "teacher": "孙伟明",
        "teacher_title": "清城市直机关工委常务副书记",
        "teacher_bio": "孙伟明，男，1975年生，研究生学历。长期从事机关党建工作，曾任市直某部门机关党委书记，现任清城市直机关工委常务副书记。",
        "minutes": "56分40秒",
        "credit": "1.5",
        "learners": 3874,
        "score": "4.8",
        "intro": "本课程为2024年6月20日全市机关党支部书记培训班上的专题党课。课程从支部书记的职责定位讲起，围绕组织生活、党员队伍建设、党建与业务融合、廉洁自律等方面，结合机关支部工作实例，讲解如何当好一名机关党支部书记。",
        "chapters": [
            ("第一节", "支部书记的角色与职责", "11:03"),
            ("第二节", "组织生活怎样过得有质量", "12:47"),
            ("第三节", "激发党员队伍活力", "10:20"),
            ("第四节", "破解党建业务“两张皮”", "12:31"),
            ("第五节", "以身作则，从严管理", "09:59"),
        ],
        "tab": "讲稿",
        "note": "",
        "shown": 6,
        "comments": [
            ("赵**", "2024-07-02 12:06", "“四多四少”概括得很准，回去对照检查我们支部的组织生活。"),
            ("周**", "2024-06-29 20:41", "兼职支书确实不容易，课程里的方法可以借鉴。"),
        ],
        "channel": "党性教育",
    },
]

OTHER_COURSES = [
    (20506, "深入学习贯彻党的二十届三中全会精神若干问题解读", "陈思远", "2.0", "2024-06-21"),
    (20501, "防汛抗旱与突发事件应急处置", "许国栋", "1.0", "2024-06-14"),
    (20498, "优化营商环境的政策要点", "林佳", "1.0", "2024-06-07"),
    (20494, "信访工作条例解读与群众工作方法", "韩明", "1.5", "2024-06-03"),
    (20490, "党史中的调查研究故事", "蒋文涛", "1.0", "2024-05-31"),
    (20466, "学习贯彻新修订的《中国共产党纪律处分条例》", "王建国", "1.5", "2024-05-20"),
    (20431, "新时代基层治理的实践与思考", "周立", "1.0", "2024-05-09"),
    (20415, "机关公文写作规范与技巧", "郑晓梅", "2.0", "2024-04-26"),
    (20398, "数字政府建设与领导干部数字素养", "钱磊", "1.0", "2024-04-18"),
    (20377, "安全生产责任体系与领导干部履职", "何志强", "1.0", "2024-04-02"),
]


def course_url(cid):
    return f"/course/detail.do?courseId={cid}"


def chapter_list(c):
    return "\n".join(
        f'<li class="chapter-item{" cur" if i == 0 else ""}" data-id="{c["id"]}{i + 1:02d}"><i class="layui-icon layui-icon-play"></i><span class="num">{n}</span><span class="name">{t}</span><span class="time">{d}</span><span class="status">未学习</span></li>'
        for i, (n, t, d) in enumerate(c["chapters"])
    )


def transcript(c):
    s = c["speech"]
    paras = s.paras if c["shown"] is None else s.paras[: c["shown"]]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    note = f'<p class="record-note">{c["note"]}</p>\n' if c["note"] else ""
    more = ""
    if c["shown"] is not None:
        more = f"""
<div class="record-more">
<div class="record-fade"></div>
<div class="login-tip"><i class="layui-icon layui-icon-password"></i>登录学习后查看完整讲稿<a href="/login.do?redirect=%2Fcourse%2Fdetail.do%3FcourseId%3D{c['id']}" class="layui-btn layui-btn-sm layui-btn-danger">立即登录</a></div>
</div>"""
    return f"""<div class="record-box">
<h3 class="record-title">{s.title}</h3>
{note}<div class="record-con" id="recordCon">
{body}
</div>{more}
</div>"""


def comments_html(c):
    return "\n".join(
        f'<li class="comment-item"><img src="/static/portal/images/avatar_default.png" class="avatar" alt=""><div class="comment-main"><p class="comment-user"><span class="name">{n}</span><span class="time">{t}</span></p><p class="comment-text">{x}</p></div></li>'
        for n, t, x in c["comments"]
    )


def course_page(c, other):
    s = c["speech"]
    page = HEAD + """<div class="w1200">
<div class="crumbs"><i class="layui-icon layui-icon-location"></i>当前位置：<a href="/">首页</a> &gt; <a href="/course/list.do?channelId=12&amp;pageNo=1">课程中心</a> &gt; <a href="/course/list.do?channelId=@@CHID@@&amp;pageNo=1">@@CHANNEL@@</a> &gt; <span>课程详情</span></div>
<div class="course-top clearfix">
  <div class="video-box fl">
    <div id="player" class="prism-player"></div>
    <div class="video-mask" id="videoMask">
      <img src="/upload/course/cover/@@ID@@.jpg" alt="@@TITLE_TEXT@@" class="video-cover">
      <div class="mask-con"><i class="layui-icon layui-icon-play"></i><p>登录后开始学习，学习时长计入年度学时</p><a href="/login.do?redirect=%2Fcourse%2Fdetail.do%3FcourseId%3D@@ID@@" class="layui-btn layui-btn-danger">立即登录</a></div>
    </div>
  </div>
  <div class="course-info fr">
    <h1 class="course-title">@@TITLE_TEXT@@</h1>
    <ul class="info-list">
      <li><span class="label">主讲人：</span>@@TEACHER@@</li>
      <li><span class="label">课程时长：</span>@@MINUTES@@</li>
      <li><span class="label">学　　分：</span>@@CREDIT@@</li>
      <li><span class="label">所属分类：</span>@@CHANNEL@@</li>
      <li><span class="label">上线时间：</span>@@ONLINE@@</li>
      <li><span class="label">学习人数：</span><span id="learnNum">@@LEARNERS@@</span>人</li>
      <li><span class="label">课程评分：</span><span class="stars"><i class="layui-icon layui-icon-rate-solid"></i><i class="layui-icon layui-icon-rate-solid"></i><i class="layui-icon layui-icon-rate-solid"></i><i class="layui-icon layui-icon-rate-solid"></i><i class="layui-icon layui-icon-rate-solid"></i></span><em>@@SCORE@@</em>分</li>
    </ul>
    <div class="btns"><a href="javascript:;" class="layui-btn layui-btn-danger" id="startStudy">开始学习</a><a href="javascript:;" class="layui-btn layui-btn-primary" id="collect"><i class="layui-icon layui-icon-star"></i>收藏</a><a href="javascript:;" class="layui-btn layui-btn-primary" id="shareBtn"><i class="layui-icon layui-icon-share"></i>分享</a></div>
  </div>
</div>
<div class="course-main clearfix">
  <div class="course-left fl">
    <div class="layui-tab layui-tab-brief course-tab" lay-filter="courseTab">
      <ul class="layui-tab-title">
        <li class="layui-this">课程简介</li>
        <li>课程目录</li>
        <li>@@TAB@@</li>
        <li>学员评论（@@NCOMMENTS@@）</li>
      </ul>
      <div class="layui-tab-content">
        <div class="layui-tab-item layui-show">
          <div class="intro-con"><p>@@INTRO@@</p></div>
        </div>
        <div class="layui-tab-item">
          <ul class="chapter-list">
@@CHAPTERS@@
          </ul>
        </div>
        <div class="layui-tab-item">
@@RECORD@@
        </div>
        <div class="layui-tab-item">
          <div class="comment-form"><textarea placeholder="登录后发表评论" disabled></textarea><a href="/login.do" class="layui-btn layui-btn-sm">登录</a></div>
          <ul class="comment-list">
@@COMMENTS@@
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div class="course-right fr">
    <div class="teacher-card">
      <div class="card-hd">主讲人</div>
      <div class="card-bd">
        <img src="/upload/teacher/@@ID@@.jpg" alt="@@TEACHER@@" class="teacher-photo">
        <p class="teacher-name">@@TEACHER@@</p>
        <p class="teacher-title">@@TEACHER_TITLE@@</p>
        <p class="teacher-bio">@@TEACHER_BIO@@</p>
      </div>
    </div>
    <div class="side-box">
      <div class="side-hd">相关课程</div>
      <ul class="side-course">
@@RELATED@@
      </ul>
    </div>
  </div>
</div>
</div>
<script src="https://g.alicdn.com/de/prismplayer/2.9.21/aliplayer-min.js"></script>
<script>
layui.use(['element', 'layer'], function(){
  var element = layui.element, layer = layui.layer;
  element.on('tab(courseTab)', function(data){});
  $("#startStudy, #videoMask").on("click", function(){
    if (!isLogin) { layer.msg("请先登录后再学习"); setTimeout(function(){ location.href = "/login.do?redirect=" + encodeURIComponent(location.pathname + location.search); }, 1200); return; }
  });
  $("#shareBtn").on("click", function(){ layer.open({type: 1, title: "分享", content: '<div class="share-qr"><img src="/qrcode.do?url=' + encodeURIComponent(location.href) + '"><p>微信扫一扫分享</p></div>'}); });
});
var courseId = "@@ID@@";
$.getJSON("/course/learnNum.do", {courseId: courseId}, function(res){ if (res.code == 0) $("#learnNum").text(res.data); });
</script>
""" + FOOT
    related = "\n".join(
        f'<li><a href="{course_url(cid)}" title="{t}">{t}</a><span>{tea}</span></li>'
        for cid, t, tea in [(other["id"], other["speech"].title, other["teacher"])]
        + [(x[0], x[1], x[2]) for x in OTHER_COURSES[:3]]
    )
    return render(
        page,
        TITLE=f"{s.title} - {SITE}",
        KEYWORDS=c["channel"],
        DESC=c["intro"][:90],
        CSS="course",
        NAVCOURSE=' class="on"',
        CHID="12" if c["channel"] == "领导讲话" else "15",
        CHANNEL=c["channel"],
        ID=c["id"],
        TITLE_TEXT=s.title,
        TEACHER=c["teacher"],
        TEACHER_TITLE=c["teacher_title"],
        TEACHER_BIO=c["teacher_bio"],
        MINUTES=c["minutes"],
        CREDIT=c["credit"],
        ONLINE=c["online"],
        LEARNERS=c["learners"],
        SCORE=c["score"],
        TAB=c["tab"],
        NCOMMENTS=len(c["comments"]),
        INTRO=c["intro"],
        CHAPTERS=chapter_list(c),
        RECORD=transcript(c),
        COMMENTS=comments_html(c),
        RELATED=related,
    )


def list_page(n, items, total):
    cards = "\n".join(
        f"""<li class="course-item">
  <a href="{course_url(cid)}" class="pic" title="{t}"><img src="/upload/course/cover/{cid}.jpg" alt="{t}"><span class="duration">{cred}学分</span></a>
  <div class="txt"><a href="{course_url(cid)}" class="tit" title="{t}">{t}</a><p class="teacher">主讲人：{tea}</p><p class="meta"><span>{d}</span></p></div>
</li>"""
        for cid, t, tea, cred, d in items
    )
    link = lambda i: f"/course/list.do?channelId=12&amp;pageNo={i}"
    pager = '<div class="page-box"><div class="layui-box layui-laypage layui-laypage-default">'
    pager += f'<span class="layui-laypage-count">共 {total} 条</span>'
    pager += (
        f'<a href="{link(n - 1)}" class="layui-laypage-prev">上一页</a>'
        if n > 1
        else '<a href="javascript:;" class="layui-laypage-prev layui-disabled">上一页</a>'
    )
    for i in (1, 2):
        pager += (
            f'<span class="layui-laypage-curr"><em class="layui-laypage-em"></em><em>{i}</em></span>'
            if i == n
            else f'<a href="{link(i)}">{i}</a>'
        )
    pager += (
        f'<a href="{link(n + 1)}" class="layui-laypage-next">下一页</a>'
        if n < 2
        else '<a href="javascript:;" class="layui-laypage-next layui-disabled">下一页</a>'
    )
    pager += "</div></div>"
    page = HEAD + """<div class="w1200">
<div class="crumbs"><i class="layui-icon layui-icon-location"></i>当前位置：<a href="/">首页</a> &gt; <span>课程中心</span></div>
<div class="filter-box">
  <dl><dt>课程分类：</dt><dd><a href="/course/list.do?channelId=12&amp;pageNo=1" class="on">全部</a><a href="/course/list.do?channelId=13&amp;pageNo=1">理论学习</a><a href="/course/list.do?channelId=15&amp;pageNo=1">党性教育</a><a href="/course/list.do?channelId=16&amp;pageNo=1">履职能力</a><a href="/course/list.do?channelId=17&amp;pageNo=1">领导讲话</a></dd></dl>
  <dl><dt>排　　序：</dt><dd><a href="javascript:;" class="on">最新</a><a href="javascript:;">最热</a><a href="javascript:;">评分</a></dd></dl>
</div>
<ul class="course-list clearfix">
@@CARDS@@
</ul>
@@PAGER@@
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"课程中心 - {SITE}",
        KEYWORDS="课程中心",
        DESC="清城干部网络学院课程中心",
        CSS="list",
        NAVCOURSE=' class="on"',
        CARDS=cards,
        PAGER=pager,
    )


def home(items):
    cards = "\n".join(
        f'<li><a href="{course_url(cid)}" title="{t}"><img src="/upload/course/cover/{cid}.jpg" alt="{t}"><p class="tit">{t}</p><p class="teacher">{tea}</p></a></li>'
        for cid, t, tea, _c, _d in items[:4]
    )
    page = HEAD + """<div class="banner"><div class="layui-carousel" id="banner"><div carousel-item><div><a href="/special/detail.do?id=31"><img src="/upload/banner/202405_qnganbu.jpg" alt="青年干部成长专题培训"></a></div></div></div></div>
<div class="w1200">
<div class="index-box clearfix">
  <div class="index-notice fl"><div class="hd"><span>通知公告</span><a href="/notice/list.do" class="more">更多 &gt;</a></div><ul>
  <li><a href="/notice/detail.do?id=118">关于开展2024年度全市干部网络培训的通知</a><span>03-01</span></li>
  <li><a href="/notice/detail.do?id=121">关于系统升级维护的公告</a><span>05-10</span></li>
  </ul></div>
  <div class="index-login fr"><div class="hd">学员登录</div><form action="/login.do" method="post"><input type="text" name="username" placeholder="身份证号/手机号"><input type="password" name="password" placeholder="密码"><button type="submit" class="layui-btn layui-btn-danger layui-btn-fluid">登 录</button></form></div>
</div>
<div class="index-course"><div class="hd"><span>最新课程</span><a href="/course/list.do?channelId=12&amp;pageNo=1" class="more">更多 &gt;</a></div>
<ul class="clearfix">
@@CARDS@@
</ul></div>
</div>
<script>layui.use('carousel', function(){ layui.carousel.render({elem: '#banner', width: '100%', height: '360px'}); });</script>
""" + FOOT
    return render(page, TITLE=SITE, KEYWORDS="清城", DESC=SITE, CSS="index", NAVCOURSE="", CARDS=cards)


def build() -> Family:
    fam = Family(
        HOST,
        "干部网络学院 course pages (layui tabs; 文字实录 transcript; 讲稿 cut at 登录学习后查看完整讲稿)",
        content_type="text/html;charset=UTF-8",
    )
    fam.note = (
        "Each course page is one document: the speech in its 文字实录 / 讲稿 tab panel, which is in the HTML "
        "but hidden by class (`layui-tab-item` without `layui-show`) until the tab is clicked. Not the "
        "speech: the transcript's own heading, the editor's `（本文根据现场录音整理，标题为编者所加）` line, "
        "课程简介, 课程目录 chapter names, the 主讲人 card, comments. The 党课 course's 讲稿 shows six "
        "paragraphs and then `登录学习后查看完整讲稿` (truncated). The 青年干部 course is listed only on "
        "the course list's page 2. `published_at` is the 上线时间."
    )
    a, b = COURSES
    items = sorted(
        [(c["id"], c["speech"].title, c["teacher"], c["credit"], c["online"]) for c in COURSES] + OTHER_COURSES,
        key=lambda x: x[4],
        reverse=True,
    )
    # 6 a page, newest first: the 党课 course on page 1, the 青年干部 course first on page 2
    assert len(items) == 12 and items[6][0] == a["id"]
    page1, page2 = items[:6], items[6:]
    fam.put("/", home(items))
    fam.not_documents.append("/")
    for n, part in ((1, page1), (2, page2)):
        fam.route(f"/course/list.do?channelId=12&pageNo={n}", f"/course/list_12_{n}.html", list_page(n, part, len(items)))
        fam.not_documents.append(f"/course/list.do?channelId=12&pageNo={n}")
    for c, other in ((a, b), (b, a)):
        fam.route(course_url(c["id"]), f"/course/detail_{c['id']}.html", course_page(c, other))
        if c["shown"] is None:
            fam.doc([course_url(c["id"])], c["speech"], published_at=c["online"])
        else:
            fam.doc(
                [course_url(c["id"])],
                c["speech"],
                truncated=True,
                text="\n".join(c["speech"].paras[: c["shown"]]),
                published_at=c["online"],
            )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /uc/\nDisallow: /login.do\nDisallow: /admin/\n", "ascii")
    fam.noise += [
        "（本文根据现场录音整理，标题为编者所加）",
        "登录学习后查看完整讲稿",
        "立即登录",
        "登录后开始学习，学习时长计入年度学时",
        "主讲人：",
        "课程时长：",
        "上线时间：",
        "学习人数：",
        "课程评分：",
        "中共清城市委常委、组织部部长",
        "长期从事基层治理和干部队伍建设工作",
        "本课程为市委常委、组织部部长刘振华同志",
        "在基层的广阔天地中历练",
        "拜群众为师",
        "破解党建业务“两张皮”",
        "入户核查低保那个例子",
        "“四多四少”概括得很准",
        "学员评论",
        "相关课程",
        "主办单位：中共清城市委组织部",
        "皖ICP备15023456号-2",
        "当前位置：",
    ]
    return fam
