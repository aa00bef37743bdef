"""中共江州市委党校（江州市行政学院）site on YzmCMS (PHP, 伪静态 URLs), a bought 党政 red template.

Home `/` (红头 banner, 学校要闻 slideshow + list, 通知公告, 领导讲话, 教学培训 blocks, 快速通道 icons) →
columns `/ldjh/` and `/xxyw/` with YzmCMS's `list_N.html` pager (`共N条记录` / 首页 / 上一页 / 下一页 / 尾页)
→ articles `/<catdir>/<id>.html`: `position` crumbs (当前位置：首页 > 领导讲话 > 正文), `h1`, `article_info`
(发布时间 / 作者 / 来源 / 浏览 filled by a hits script), 【字体：大 中 小】, `article_content` with
`<p style="text-indent:2em">`, a captioned photo inside the 结业式 speech, 审核 / 编辑 line, 上一篇 / 下一篇,
相关文章. Both speeches are headlined with the speaker's office and name (`常务副校长王振国在…开班式上的讲话`,
`市委常委、组织部部长李明华在…结业式上的讲话`), kept as the expected titles; listing page 2 and the 学校要闻
reports of the same 开班式 / 结业式 are not documents."""

from common import SPEECHES, Family

HOST = "www.jzswdx.gov.test"
S5, S6 = SPEECHES["f49c-5"], SPEECHES["f49c-6"]
SITE = "中共江州市委党校（江州市行政学院）"

NAV = [("/", "首页"), ("/xxgk/", "学校概况"), ("/xxyw/", "学校要闻"), ("/ldjh/", "领导讲话"), ("/jxpx/", "教学培训"),
       ("/kyzx/", "科研咨询"), ("/djgz/", "党建工作"), ("/tzgg/", "通知公告")]


CUR = ' class="current"'


def head(title, cat=""):
    nav = "".join(f'<li{CUR if u == cat else ""}><a href="{u}">{n}</a></li>' for u, n in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="江州市委党校,江州市行政学院,干部教育培训">
<meta name="description" content="{SITE}官方网站">
<link href="/common/static/css/yzm-common.css" rel="stylesheet" type="text/css" />
<link href="/common/static/plugin/layer/skin/layer.css" rel="stylesheet" type="text/css" />
<link href="/application/index/view/dangxiao/static/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/common/static/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript" src="/application/index/view/dangxiao/static/js/index.js"></script>
</head>
<body>
<div class="yzm-top"><div class="w1200"><span>欢迎访问{SITE}！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="https://mail.jzswdx.gov.test/" target="_blank">内部邮箱</a></span></div></div>
<div class="yzm-header"><div class="w1200"><a href="/" class="logo"><img src="/uploads/202301/logo.png" alt="{SITE}"></a>
<div class="search"><form method="get" action="/index.php"><input type="hidden" name="m" value="search"><input type="text" name="q" class="input" placeholder="请输入关键字"><input type="submit" class="btn" value="搜索"></form></div></div></div>
<div class="yzm-nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 yzm-main">
"""


FOOT = f"""</div>
<div class="yzm-footer"><div class="w1200">
<p>友情链接：<a href="http://www.ccps.gov.test/" target="_blank">中共中央党校（国家行政学院）</a> <a href="http://www.jxdx.gov.test/" target="_blank">省委党校</a> <a href="http://www.jiangzhou.gov.test/" target="_blank">江州市人民政府</a></p>
<p>主办：{SITE} &nbsp; 地址：江州市学府路16号 &nbsp; 电话：0791-8777xxxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12003456号-1</a> &nbsp; <img src="/common/static/images/gongan.png"> 赣公网安备 36080202000123号 &nbsp; 网站标识码：3608000099</p>
<p class="powered">Powered by <a href="https://www.yzmcms.com" target="_blank">YzmCMS</a></p>
</div></div>
<script type="text/javascript" src="/common/static/plugin/layer/layer.js"></script>
</body>
</html>
"""

LDJH = [("ldjh", 215, "市委常委、组织部部长李明华在全市基层党组织书记乡村振兴专题培训班结业式上的讲话", "2024-06-07", S6),
        ("ldjh", 188, "常务副校长王振国在2024年春季学期中青年干部培训班开班式上的讲话", "2024-03-11", S5)]
OLD_LDJH = [("ldjh", 162, "常务副校长王振国在2023年秋季学期主体班次开学典礼上的讲话", "2023-09-04"),
            ("ldjh", 140, "校（院）长在2023年全校工作会议上的讲话", "2023-02-20")]
XXYW = [("xxyw", 216, "全市基层党组织书记乡村振兴专题培训班结业", "2024-06-07"),
        ("xxyw", 189, "2024年春季学期中青年干部培训班开班", "2024-03-11")]


def li(c, i, t, d):
    return f'<li><a href="/{c}/{i}.html" title="{t}" target="_blank">{t}</a><span>{d}</span></li>'


def listing(cat, name, items, page, total_pages, count):
    rows = "\n".join(li(*x[:4]) for x in items)
    base = f"/{cat}/"
    first = base
    pager = [f'<span class="pageinfo">共{count}条记录 {page}/{total_pages}页</span>', f'<a href="{first}">首页</a>']
    pager.append(f'<a href="{base}list_{page-1}.html">上一页</a>' if page > 2 else (f'<a href="{base}">上一页</a>' if page == 2 else '<a href="javascript:;">上一页</a>'))
    for p in range(1, total_pages + 1):
        pager.append(f'<span class="curpage">{p}</span>' if p == page else f'<a href="{base if p == 1 else base + f"list_{p}.html"}">{p}</a>')
    pager.append(f'<a href="{base}list_{page+1}.html">下一页</a>' if page < total_pages else '<a href="javascript:;">下一页</a>')
    pager.append(f'<a href="{base}list_{total_pages}.html">尾页</a>')
    return head(f"{name}{'_第' + str(page) + '页' if page > 1 else ''} - {SITE}", f"/{cat}/") + f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/{cat}/">{name}</a></div>
<div class="list_left"><div class="lm_title">{name}</div><ul class="list">
{rows}
</ul>
<div id="page">{' '.join(pager)}</div></div>
""" + FOOT


def art(cat, catname, aid, title, date, author, src, body, prev, nxt, hits_id):
    return head(f"{title} - {SITE}", f"/{cat}/") + f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/{cat}/">{catname}</a> &gt; 正文</div>
<div class="article_box">
<h1 class="article_title">{title}</h1>
<div class="article_info">发布时间：{date} &nbsp; 作者：{author} &nbsp; 来源：{src} &nbsp; 浏览：<span id="hits">0</span>次 &nbsp; 【字体：<a href="javascript:;" onclick="fontsize(18)">大</a> <a href="javascript:;" onclick="fontsize(16)">中</a> <a href="javascript:;" onclick="fontsize(14)">小</a>】</div>
<div class="article_content" id="article_content">
{body}
</div>
<div class="article_tag">审核：刘国栋 &nbsp; 编辑：周雅琴</div>
<div class="article_page"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
<div class="related"><div class="lm_title">相关文章</div><ul class="list">{li('ldjh', 162, '常务副校长王振国在2023年秋季学期主体班次开学典礼上的讲话', '2023-09-04')}{li('xxyw', 216, '全市基层党组织书记乡村振兴专题培训班结业', '2024-06-07')}</ul></div>
</div>
<script type="text/javascript">$.ajax({{type:'GET',url:'/index.php?m=api&c=index&a=hits&modelid=1&id={hits_id}',dataType:'json',success:function(msg){{$('#hits').html(msg.hits);}}}});</script>
""" + FOOT


def ps(paras):
    return "\n".join(f'<p style="text-indent:2em">{x}</p>' for x in paras)


def build() -> Family:
    fam = Family(HOST, "市委党校（行政学院） site on YzmCMS")
    home = head(SITE, "/") + f"""<div class="index_banner"><img src="/uploads/202403/banner_kbs.jpg" alt="学习贯彻党的二十大精神"></div>
<div class="index_box clearfix">
<div class="index_news"><div class="lm_title"><a href="/xxyw/" class="more">更多&gt;&gt;</a>学校要闻</div><ul class="list">{''.join(li(*x) for x in XXYW)}</ul></div>
<div class="index_notice"><div class="lm_title"><a href="/tzgg/" class="more">更多&gt;&gt;</a>通知公告</div><ul class="list"><li><a href="/tzgg/205.html">关于2024年秋季学期主体班次学员报到的通知</a><span>2024-05-20</span></li></ul></div>
</div>
<div class="index_box clearfix">
<div class="index_ldjh"><div class="lm_title"><a href="/ldjh/" class="more">更多&gt;&gt;</a>领导讲话</div><ul class="list">{''.join(li(*x[:4]) for x in LDJH)}</ul></div>
<div class="index_kstd"><div class="lm_title">快速通道</div><a href="https://study.jzswdx.gov.test/">网上党校</a> <a href="/jxpx/">教学培训</a> <a href="/kyzx/">决策咨询</a> <a href="https://lib.jzswdx.gov.test/">数字图书馆</a></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/index.html", home)
    fam.put("/ldjh/", listing("ldjh", "领导讲话", LDJH, 1, 2, 4))
    fam.put("/ldjh/list_2.html", listing("ldjh", "领导讲话", OLD_LDJH, 2, 2, 4))
    fam.put("/xxyw/", listing("xxyw", "学校要闻", XXYW, 1, 1, 2))
    t6 = LDJH[0][2]
    t5 = LDJH[1][2]
    body6 = ps(S6.paras[:3]) + '\n<p style="text-align:center"><img src="/uploads/202406/07/240607093512.jpg" alt="" width="600"></p>\n<p style="text-align:center;color:#666">结业式现场 &nbsp; 摄影：校办 孙伟</p>\n' + ps(S6.paras[3:])
    fam.put("/ldjh/215.html", art("ldjh", "领导讲话", 215, t6, "2024-06-07 16:20:31", "李明华", "市委组织部", body6,
                                  "无", f'<a href="/ldjh/188.html">{t5}</a>', 215))
    fam.put("/ldjh/188.html", art("ldjh", "领导讲话", 188, t5, "2024-03-12 09:05:47", "王振国", "校（院）办公室", ps(S5.paras),
                                  f'<a href="/ldjh/215.html">{t6}</a>', f'<a href="/ldjh/162.html">常务副校长王振国在2023年秋季学期主体班次开学典礼上的讲话</a>', 188))
    fam.put("/xxyw/189.html", art("xxyw", "学校要闻", 189, XXYW[1][2], "2024-03-11 17:32:10", "教务处", "本网", ps([
        "3月11日上午，2024年春季学期中青年干部培训班在校本部开班。市委党校常务副校长王振国出席开班式并作动员讲话，开班式由副校长陈红主持。",
        "王振国强调，全体学员要把学习作为第一要务，把党性锻炼贯穿始终，把从严要求落到实处，以优异成绩完成学习任务。",
        "本期培训班共有学员56名，为期两个月，设置理论教育、党性教育、履职能力培训、现场教学和调查研究五个模块。"]),
        "无", f'<a href="/ldjh/188.html">{t5}</a>', 189))
    fam.put("/xxyw/216.html", art("xxyw", "学校要闻", 216, XXYW[0][2], "2024-06-07 17:10:02", "教务处", "本网", ps([
        "6月7日，全市基层党组织书记乡村振兴专题培训班在市委党校结业。市委常委、组织部部长李明华出席结业式并讲话。",
        "培训班为期5天，共有112名村党组织书记参加学习。"]), "无", "无", 216))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /application/\nDisallow: /common/\nDisallow: /index.php?m=search\n", "ascii")
    fam.doc(["/ldjh/188.html"], S5, title=t5)
    fam.doc(["/ldjh/215.html"], S6, title=t6)
    fam.not_documents += ["/ldjh/list_2.html", "/xxyw/189.html", "/xxyw/216.html"]
    fam.noise += ["结业式现场", "摄影：校办 孙伟", "审核：刘国栋", "编辑：周雅琴", "发布时间：", "【字体：", "Powered by",
                  "赣ICP备12003456号-1", "上一篇：", "相关文章"]
    fam.note = ("The speeches are headlined with the speaker's name in the site (`常务副校长王振国在…开班式上的讲话`); the "
                "expected titles are the headlines as printed. The 学校要闻 reports of the same 开班式 / 结业式 are not documents.")
    return fam
