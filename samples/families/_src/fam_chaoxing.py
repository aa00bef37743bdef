"""A 超星学习通 (mooc1.chaoxing.com)-style course site, server-rendered: a school's course portal,
course pages `/course/N.html` with the 课程章节 tree, the chapter page `/mycourse/studentstudy?chapterId=…`
(title 学生学习页面, left `posCatalog` tree with `posCatalog_sbar` numbers and 任务点 counts, 章节详情 tab,
`ans-attach-ct` video/document task points with `ans-job-icon` marks around the transcript, 学习要求 box and
章节讨论 replies under it), and a 主题讨论 topic `/bbscircle/gettopicdetail?topicid=…` posted by the
teacher (置顶 label, attachment, 浏览/赞/回复 counts) with student replies (one quoting the topic) and a
second reply page."""

from common import SPEECHES, Family, render

HOST = "mooc1.chaoxing-jdxy.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<link href="//mooc1.chaoxing-jdxy.test/mooc2/css/pop.css?v=2025-0306-1500" type="text/css" rel="stylesheet">
<link href="//mooc1.chaoxing-jdxy.test/mooc2/css/@@CSS@@.css?v=2025-0729-1630" type="text/css" rel="stylesheet">
<script type="text/javascript" src="//mooc1.chaoxing-jdxy.test/js/jquery.min.js"></script>
<script type="text/javascript" src="//mooc1.chaoxing-jdxy.test/mooc2/js/poptoast.js?v=2023-0420-1000"></script>
</head>
<body>
<div class="header">
  <div class="header_con"><a href="/" class="logo"><img src="//mooc1.chaoxing-jdxy.test/mooc2/images/jdxy_logo.png" alt="机电工程学院 · 学习通"></a>
  <div class="header_nav"><a href="/">课程门户</a><a href="/visit/interaction">我的课程</a><a href="/space/index">个人空间</a></div>
  <div class="header_user"><img src="//photo.chaoxing-jdxy.test/p/20250901_80" class="user_avatar"><span class="user_name">林子涵</span><a href="/passport/logout">退出</a></div></div>
</div>
"""

FOOT = """<div class="footer">
  <p>机电工程学院在线教学平台　由超星泛雅提供技术支持</p>
  <p>Copyright © 2025 北京世纪超星信息技术发展有限责任公司（复刻）　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10040544号-2</a>　京公网安备 11010802024120号</p>
</div>
<script type="text/javascript" src="//mooc1.chaoxing-jdxy.test/mooc2/js/common.js?v=2025-0106-1800"></script>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?ab0a4a9e9d8a3f3e1c7b9e2f8d6a4c21"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""

C1, C2 = 2340718, 2351904
CLAZZ1, CLAZZ2 = 8812345, 8830021
ENC1 = "8c3f6b0e5a2d4f17b9e1c0a7d6f35e42"
CH_SPEECH = 512300171
TOPIC = 401873522

# course 1 chapter tree: (number, name, chapterId, unfinished task points, is unit header)
TREE = [
    ("1", "走进大学", 512300160, 0, True),
    ("1.1", "学院概况与专业介绍", 512300168, 0, False),
    ("1.2", "入学第一课：院长讲话实录", CH_SPEECH, 2, False),
    ("1.3", "学籍管理与学分制", 512300175, 1, False),
    ("2", "安全与健康", 512300180, 0, True),
    ("2.1", "实验室安全准入", 512300184, 2, False),
    ("2.2", "大学生心理健康", 512300189, 1, False),
]


def study_url(chapter):
    return f"/mycourse/studentstudy?chapterId={chapter}&courseId={C1}&clazzid={CLAZZ1}&enc={ENC1}"


def topic_url(page=1):
    return f"/bbscircle/gettopicdetail?topicid={TOPIC}&courseid={C2}&clazzid={CLAZZ2}" + ("" if page == 1 else f"&page={page}")


TOPIC_LIST = f"/bbscircle/grouptopic?courseid={C2}&clazzid={CLAZZ2}"
COURSE_LIST = f"/mycourse/studentcourse?courseId={C1}&clazzid={CLAZZ1}&enc={ENC1}"


def a(href):
    return href.replace("&", "&amp;")


def pos_catalog(current):
    out = ['<div class="posCatalog" id="coursetree"><div class="posCatalog_title">目录</div>']
    for num, name, cid, left, unit in TREE:
        if unit:
            out.append(f'<div class="posCatalog_level"><span class="posCatalog_sbar">{num}</span><span class="posCatalog_title_name" title="{name}">{name}</span></div>')
            continue
        cls = "posCatalog_select posCatalog_active" if cid == current else "posCatalog_select"
        mark = f'<span class="catalog_points_yi" title="待完成任务点">{left}</span>' if left else '<span class="icon_Completed prevTips" title="已完成"></span>'
        out.append(
            f'<div class="{cls}" id="cur{cid}"><span class="posCatalog_sbar">{num}</span>'
            f'<span class="posCatalog_name" onclick="getTeacherAjax(\'{C1}\',\'{CLAZZ1}\',\'{cid}\');" title="{name}"><a href="{a(study_url(cid))}">{name}</a></span>{mark}</div>'
        )
    out.append("</div>")
    return "\n".join(out)


def chapter_page(speech):
    paras = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    replies = [
        ("陈浩然", "机电2501班", "09-08 21:14", "我的大学目标：第一学年高数和工程制图都拿到85分以上，加入机器人工作室，学会用SolidWorks画完整的装配图。", 12),
        ("周雨桐", "智能制造2502班", "09-08 22:03", "听完院长讲的“第一学期挂三四门”的例子有点紧张了😂 给自己定个小目标：每天自习两小时，不熬夜打游戏。", 7),
        ("马骁", "机电2503班", "09-09 07:41", "专升本过来的，基础比较弱，周二周四晚上的朋辈辅导一定去。", 3),
    ]
    reply_html = "\n".join(
        f"""<div class="discuss_item"><img src="//photo.chaoxing-jdxy.test/p/{1200 + i}_80" class="discuss_avatar"><div class="discuss_con">
<p class="discuss_name">{n}<span class="discuss_clazz">{c}</span><span class="discuss_time">{t}</span></p>
<div class="discuss_text">{x}</div><p class="discuss_op"><a href="javascript:;" class="zan">赞 {z}</a><a href="javascript:;" class="reply">回复</a></p></div></div>"""
        for i, (n, c, t, x, z) in enumerate(replies)
    )
    body = f"""<div class="course_main clearfix">
<div class="course_side">
<div class="course_side_top"><a href="{a(COURSE_LIST)}" class="back_course" title="返回课程">&lt; 新生入学教育</a></div>
{pos_catalog(CH_SPEECH)}
</div>
<div class="course_right" id="mainid">
  <div class="prev_title_pos"><div class="prev_title" title="入学第一课：院长讲话实录">1.2 入学第一课：院长讲话实录</div></div>
  <div class="prev_tab"><ul class="prev_ul clearfix"><li class="active" title="章节详情" onclick="changeDisplayContent(1,2,1,this)">章节详情</li><li title="章节测验" onclick="changeDisplayContent(2,2,1,this)">章节测验</li><li title="讨论" onclick="changeDisplayContent(3,2,1,this)">讨论</li></ul></div>
  <div class="tabtags"><span class="currents" title="章节详情">1 章节详情</span><span class="jobUnfinishCount">还有2个任务点未完成</span></div>
  <div class="main_content" id="iframe_content">
  <div class="ans-cc">
    <div class="ans-attach-ct" aria-label="任务点未完成"><div class="ans-job-icon" aria-label="任务点未完成"></div>
      <div class="ans-insertvideo-online" data="{{&quot;name&quot;:&quot;入学第一课（现场录像）.mp4&quot;,&quot;objectid&quot;:&quot;5f2c8e1a9b3d4e07a6c1f0d2b8e94a73&quot;,&quot;jobid&quot;:&quot;1725690012345671&quot;}}"><img src="//mooc1.chaoxing-jdxy.test/ananas/modules/video/images/video_cover.png" alt="视频"><p class="ans-attach-name">入学第一课（现场录像）.mp4　时长 38:26</p></div>
    </div>
    <h3 style="text-align: center;"><strong>{speech.title}</strong></h3>
    <p style="text-align: center;">机电工程学院院长　宋立群</p>
    <p style="text-align: center;">（2025年9月8日）</p>
    <p style="color: #999999;"><em>【文字稿】以下根据现场录音整理，供未能到场的同学学习。</em></p>
{paras}
    <div class="ans-attach-ct ans-job-finished" aria-label="任务点已完成"><div class="ans-job-icon" aria-label="任务点已完成"></div>
      <div class="ans-insertdoc-online"><img src="//mooc1.chaoxing-jdxy.test/ananas/modules/pdf/images/pdf_icon.png"><p class="ans-attach-name">2025级新生入学教育安排.pdf</p></div>
    </div>
    <div class="ans-attach-ct" aria-label="任务点未完成"><div class="ans-job-icon" aria-label="任务点未完成"></div>
      <div class="ans-work-online"><p class="ans-attach-name">章节测验：入学第一课（共5题）</p></div>
    </div>
    <div class="study_demand"><p><strong>【学习要求】</strong>观看视频并阅读文字稿后，在下方“章节讨论”中写下你第一学年的目标（不少于50字），作为平时成绩的一部分。</p></div>
  </div>
  </div>
  <div class="chapterDiscuss" id="chapterDiscuss">
    <div class="discuss_title">章节讨论 <span class="discuss_num">(126)</span></div>
    <div class="discuss_input"><textarea placeholder="发表你的看法…"></textarea><a href="javascript:;" class="btn_blue">发表</a></div>
{reply_html}
    <div class="discuss_more"><a href="javascript:;" onclick="loadMoreDiscuss({CH_SPEECH},2)">查看更多讨论</a></div>
  </div>
  <div class="prev_next"><a href="{a(study_url(512300168))}" class="prev_btn">上一节</a><a href="{a(study_url(512300175))}" class="next_btn">下一节</a></div>
</div>
</div>
<script type="text/javascript">
var courseId = "{C1}", clazzid = "{CLAZZ1}", chapterId = "{CH_SPEECH}", cpi = "298765432";
$(function(){{ $("#cur{CH_SPEECH}").addClass("posCatalog_active"); }});
</script>
"""
    return render(HEAD + body + FOOT, TITLE="学生学习页面", CSS="studentStudy")


def other_chapter(num, name, cid):
    if cid == 512300168:
        inner = """<p>机电工程学院现有机械设计制造及其自动化、电气工程及其自动化、智能制造工程、机器人工程四个本科专业，建有省级机电装备智能制造工程技术研究中心和数控实训中心。</p>
    <div class="ans-attach-ct ans-job-finished" aria-label="任务点已完成"><div class="ans-job-icon" aria-label="任务点已完成"></div><div class="ans-insertdoc-online"><p class="ans-attach-name">学院宣传片.mp4</p></div></div>"""
    else:
        inner = '<div class="chapter_lock"><img src="//mooc1.chaoxing-jdxy.test/mooc2/images/lock.png"><p>该章节未开放，开放时间：2025-09-15 08:00</p></div>'
    body = f"""<div class="course_main clearfix">
<div class="course_side">
<div class="course_side_top"><a href="{a(COURSE_LIST)}" class="back_course" title="返回课程">&lt; 新生入学教育</a></div>
{pos_catalog(cid)}
</div>
<div class="course_right" id="mainid">
  <div class="prev_title_pos"><div class="prev_title" title="{name}">{num} {name}</div></div>
  <div class="prev_tab"><ul class="prev_ul clearfix"><li class="active" title="章节详情">章节详情</li><li title="章节测验">章节测验</li><li title="讨论">讨论</li></ul></div>
  <div class="main_content" id="iframe_content"><div class="ans-cc">
    {inner}
  </div></div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="学生学习页面", CSS="studentStudy")


def course_list_page():
    units = []
    for num, name, cid, left, unit in TREE:
        if unit:
            if units:
                units.append("</div>\n")
            units.append(f'<div class="chapter_unit"><div class="chapter_item"><h3 class="unit_title"><span class="catalog_sbar">{num}</span><span class="catalog_name">{name}</span></h3></div>')
            continue
        mark = f'<span class="roundpointStudent orange01" title="未完成任务点"><em class="orange">{left}</em></span>' if left else '<span class="roundpoint blue" title="已完成"></span>'
        units.append(f'<div class="chapter_item"><span class="catalog_sbar">{num}</span><span class="catalog_name"><a href="{a(study_url(cid))}" title="{name}">{name}</a></span>{mark}</div>')
    body = f"""<div class="course_main">
<div class="course_head"><img src="//p.ananas.chaoxing-jdxy.test/star3/240_130c/cover_{C1}.png" class="course_cover"><div class="course_info"><h2 class="course_name">新生入学教育</h2><p>授课教师：宋立群　王敏　赵凯</p><p>班级：2025级机电类1班</p></div></div>
<div class="course_nav"><a class="active" href="{a(COURSE_LIST)}">章节</a><a href="javascript:;">讨论</a><a href="javascript:;">作业</a><a href="javascript:;">考试</a><a href="javascript:;">资料</a><a href="javascript:;">学习记录</a></div>
<div class="chapter_box" id="chapterList">
{"".join(units)}</div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="新生入学教育 - 章节", CSS="courseChapter")


def topic_page(speech, page):
    if page == 1:
        first = "\n".join(f"<p>{p}</p>" for p in speech.paras)
        head = f"""<div class="topic_detail">
  <div class="topic_author"><img src="//photo.chaoxing-jdxy.test/p/teacher_wm_80" class="avatar"><span class="name">王敏</span><span class="role">教师</span><span class="time">2025-03-03 08:12</span></div>
  <h2 class="topic_title"><span class="label_top">置顶</span>{speech.title}</h2>
  <div class="topic_content" id="topicContent">
{first}
  </div>
  <div class="topic_attach"><span class="attach_label">附件：</span><a href="//cs.ananas.chaoxing-jdxy.test/download/6c1d9a2e4b7f80aa13e5d2c9f0b8e371" target="_blank">《大学生职业发展与就业指导》教学日历（2025春）.pdf</a><span class="attach_size">236.4KB</span></div>
  <div class="topic_op"><span class="read">浏览 1842</span><a href="javascript:;" class="zan">赞 96</a><span class="reply_count">回复 214</span><a href="javascript:;" class="collect">收藏</a></div>
</div>
"""
        replies = [
            ("郑思琪", "2025-03-03 10:25", "", "我理想中的第一份工作是在一家做新能源汽车的企业做电池测试工程师。原因是我对电化学比较感兴趣，而且这个行业发展很快，年轻人有机会。目前差的是专业课成绩和实习经历，这学期打算先把电工电子学好，暑假争取去学院合作企业实习。"),
            ("黄俊杰", "2025-03-03 11:02", f"回复 王敏：{speech.paras[2][:48]}……", "老师说得对，我就是那种觉得大四再说的人。看完有点慌，先去做一下霍兰德测试。"),
            ("吴佳怡", "2025-03-03 12:47", "", "希望第一份工作能在离家近的城市，工资不一定很高，但要有人带、能学到东西。"),
        ]
    else:
        head = ""
        replies = [
            ("孙鹏", "2025-03-05 21:36", "", "想考公，第一份工作理想是去区里的市场监管局。不知道这门课后面会不会讲公务员考试？"),
            ("王敏", "2025-03-05 22:10", "回复 孙鹏：", "第三模块会有一次公务员和事业单位招考的专题，别着急。"),
        ]
    items = []
    for i, (n, t, q, x) in enumerate(replies):
        quote = f'<div class="reply_quote">{q}</div>' if q else ""
        items.append(
            f"""<div class="oneReply" id="reply{TOPIC + 37 + i + page * 10}"><img src="//photo.chaoxing-jdxy.test/p/{3300 + i + page * 10}_80" class="avatar">
<div class="reply_right"><p class="reply_name">{n}<span class="reply_time">{t}</span></p>{quote}
<div class="reply_con">{x}</div><p class="reply_op"><a href="javascript:;">赞</a><a href="javascript:;">回复</a></p></div></div>"""
        )
    nav = '<div class="pageDiv" id="page">'
    nav += '<span class="current">1</span>' if page == 1 else f'<a href="{a(topic_url(1))}">上一页</a><a href="{a(topic_url(1))}">1</a>'
    nav += f'<a href="{a(topic_url(2))}">2</a><a href="{a(topic_url(2))}">下一页</a>' if page == 1 else '<span class="current">2</span>'
    nav += "</div>"
    body = f"""<div class="course_main">
<div class="bread"><a href="/course/{C2}.html">大学生职业发展与就业指导</a> &gt; <a href="{a(TOPIC_LIST)}">讨论</a> &gt; 话题详情</div>
{head}<div class="reply_list"><div class="reply_title">全部回复</div>
{"".join(items)}
</div>
{nav}
<div class="reply_box"><textarea placeholder="回复话题…"></textarea><a href="javascript:;" class="btn_blue">回复</a></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="话题详情", CSS="discuss")


def topic_list_page(speech):
    body = f"""<div class="course_main">
<div class="course_nav"><a href="/course/{C2}.html">章节</a><a class="active" href="{a(TOPIC_LIST)}">讨论</a><a href="javascript:;">作业</a><a href="javascript:;">考试</a></div>
<div class="topicList">
<div class="topic_item"><span class="label_top">置顶</span><a href="{a(topic_url())}" class="topic_name">{speech.title}</a><p class="topic_meta">王敏　2025-03-03 08:12　回复 214</p></div>
<div class="topic_item"><a href="javascript:;" class="topic_name">第二周讨论：你的霍兰德代码是什么？</a><p class="topic_meta">王敏　2025-03-10 08:00　回复 187</p></div>
</div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="讨论", CSS="discuss")


def course_portal(cid, name, teacher, link):
    body = f"""<div class="portal_main">
<div class="portal_head"><img src="//p.ananas.chaoxing-jdxy.test/star3/240_130c/cover_{cid}.png"><div><h1>{name}</h1><p>主讲教师：{teacher}</p><p>开课单位：机电工程学院</p><a href="{a(link)}" class="btn_blue">进入学习</a></div></div>
<div class="portal_intro"><h3>课程介绍</h3><p>本课程为机电工程学院面向本科生开设的公共必修课，采用线上线下混合式教学。</p></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"{name}_超星泛雅", CSS="portal")


def build() -> Family:
    fam = Family(
        HOST,
        "超星学习通-style course site: course portal, studentstudy chapter page (posCatalog tree, 章节详情, ans-attach-ct 任务点, 章节讨论) and a 主题讨论 topic with replies",
        content_type="text/html;charset=UTF-8",
    )
    s1, s2 = SPEECHES["chaoxing-1"], SPEECHES["chaoxing-2"]
    fam.route(study_url(CH_SPEECH), f"/_q/studentstudy_{CH_SPEECH}.html", chapter_page(s1))
    for num, name, cid, left, unit in TREE:
        if not unit and cid != CH_SPEECH:
            fam.route(study_url(cid), f"/_q/studentstudy_{cid}.html", other_chapter(num, name, cid))
            fam.not_documents.append(study_url(cid))
    fam.route(COURSE_LIST, f"/_q/studentcourse_{C1}.html", course_list_page())
    fam.route(TOPIC_LIST, f"/_q/grouptopic_{C2}.html", topic_list_page(s2))
    fam.route(topic_url(1), f"/_q/topic_{TOPIC}.html", topic_page(s2, 1))
    fam.route(topic_url(2), f"/_q/topic_{TOPIC}_2.html", topic_page(s2, 2))
    fam.put(f"/course/{C1}.html", course_portal(C1, "新生入学教育", "宋立群", COURSE_LIST))
    fam.put(f"/course/{C2}.html", course_portal(C2, "大学生职业发展与就业指导", "王敏", TOPIC_LIST))
    home = f"""<div class="portal_main">
<div class="portal_banner"><img src="//mooc1.chaoxing-jdxy.test/mooc2/images/jdxy_banner.jpg" alt="机电工程学院在线课程中心"></div>
<div class="portal_courses"><h3>本学期课程</h3><ul>
<li class="course_card"><a href="/course/{C1}.html"><img src="//p.ananas.chaoxing-jdxy.test/star3/240_130c/cover_{C1}.png"><p class="course_name">新生入学教育</p><p class="course_teacher">宋立群</p></a></li>
<li class="course_card"><a href="/course/{C2}.html"><img src="//p.ananas.chaoxing-jdxy.test/star3/240_130c/cover_{C2}.png"><p class="course_name">大学生职业发展与就业指导</p><p class="course_teacher">王敏</p></a></li>
</ul></div>
</div>
"""
    fam.put("/", render(HEAD + home + FOOT, TITLE="机电工程学院在线课程中心", CSS="portal"))
    fam.doc([study_url(CH_SPEECH)], s1)
    fam.doc([topic_url(1)], s2)
    fam.not_documents += ["/", f"/course/{C1}.html", f"/course/{C2}.html", COURSE_LIST, TOPIC_LIST, topic_url(2)]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /passport/\n")
    fam.noise += [
        "学生学习页面",
        "章节详情",
        "章节测验",
        "还有2个任务点未完成",
        "任务点未完成",
        "任务点已完成",
        "入学第一课（现场录像）.mp4",
        "机电工程学院院长　宋立群",
        "（2025年9月8日）",
        "【文字稿】以下根据现场录音整理",
        "2025级新生入学教育安排.pdf",
        "【学习要求】",
        "章节讨论",
        "我的大学目标",
        "查看更多讨论",
        "上一节",
        "下一节",
        "置顶",
        "附件：",
        "教学日历（2025春）.pdf",
        "浏览 1842",
        "回复 214",
        "全部回复",
        "我理想中的第一份工作是在一家做新能源汽车的企业",
        "回复 王敏：",
        "超星泛雅",
        "京ICP备10040544号-2",
    ]
    return fam
