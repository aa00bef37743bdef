"""学习时报-like weekly e-paper, PC edition on the newer Founder 数字报 template (`/pc/layout/202405/13/
node_A1.html` 版面, `/pc/content/202405/13/content_24567.html` articles): left `layout-list` of 版面,
the page picture with `<map>` areas, `news-list` of the 版's titles; the article viewer has a title block
(`article-pretitle` / `h1.article-title` / `article-subtitle`), `article-author` 作者 line, the text in
`#ozoom` `<founder-content>`, `（作者系…）` note, 责任编辑 line, the 版权声明 reprint notice and 相关阅读;
one speech runs over two viewer pages (`content_N.html`, `content_N_2.html`, `page-box` pager).
`/` is a script redirect with a `<noscript>` link; older issues through `/pc/period.html`."""

from common import SPEECHES, Family, split_paras

HOST = "paper.xuexi-shibao.test"
X1, X2 = SPEECHES["r24b-x1"], SPEECHES["r24b-x2"]
BANS = {"A1": "要闻", "A2": "综合", "A3": "党校教育", "A4": "思想理论", "A5": "文史", "A6": "读书", "A7": "国际", "A8": "经济"}
ISSUES = {"2024-03-11": "第2959期", "2024-05-13": "第2986期"}
WEEK = {"2024-03-11": "星期一", "2024-05-13": "星期一"}
# (day, ban) -> [(content id, title)]
ISSUE = {
    ("2024-03-11", "A1"): [(23301, "坚持以人民为中心的发展思想"), (23302, "深刻把握新质生产力的科学内涵"), (23303, "本期导读")],
    ("2024-03-11", "A3"): [(23340, "办好党校要坚持党校姓党"), (23341, X1.title), (23342, "党校教学改革的几点思考")],
    ("2024-05-13", "A1"): [(24501, "以钉钉子精神抓好工作落实"), (24502, "大兴调查研究之风"), (24503, "本期导读")],
    ("2024-05-13", "A2"): [(24520, X2.title), (24521, "“四下基层”的时代价值"), (24522, "调研要迈开步子、沉下身子")],
}


def ym(day):
    return day[:7].replace("-", "") + "/" + day[8:]


def node(day, ban):
    return f"/pc/layout/{ym(day)}/node_{ban}.html"


def content(day, cid, page=1):
    return f"/pc/content/{ym(day)}/content_{cid}{'' if page == 1 else f'_{page}'}.html"


def datecn(day):
    return f"{day[:4]}年{day[5:7]}月{day[8:]}日"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>@@TITLE@@</title>
<link rel="stylesheet" href="/pc/static/css/reset.css">
<link rel="stylesheet" href="/pc/static/css/index.css">
<script src="/pc/static/js/jquery.min.js"></script>
<script src="/pc/static/js/imgmap.js"></script>
</head>
<body>
<div class="header">
  <div class="header-top w1200">
    <a class="logo" href="http://www.xuexi-shibao.test/" target="_blank"><img src="/pc/static/img/logo.png" alt="学习时报"></a>
    <div class="date-box"><span class="issue">@@ISSUE@@</span><span class="date">@@DATECN@@ @@WEEK@@</span></div>
    <div class="tool-box"><a href="/pc/period.html">往期回顾</a><a href="http://www.xuexi-shibao.test/" target="_blank">学习时报网</a><a href="/m/">手机版</a></div>
  </div>
</div>
<div class="main w1200 clearfix">
"""

FOOT = """</div>
<div class="footer">
  <p>主办单位：学习时报社　地址：北京市海淀区大有庄100号　邮编：100091</p>
  <p>Copyright © 学习时报社 All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05015560号-2</a></p>
</div>
</body>
</html>
"""


def head(title, day):
    return (HEAD.replace("@@TITLE@@", title).replace("@@ISSUE@@", ISSUES[day])
            .replace("@@DATECN@@", datecn(day)).replace("@@WEEK@@", WEEK[day]))


def left(day, cur):
    lis = []
    for b, name in BANS.items():
        cls = ' class="active"' if b == cur else ""
        href = node(day, b) if (day, b) in ISSUE else f"/pc/layout/{ym(day)}/node_{b}.html"
        lis.append(f'      <li{cls}><a href="{href}">{b}版：{name}</a><a class="pdf" href="/pc/attachement/{ym(day)}/{b}.pdf" target="_blank">PDF</a></li>')
    return f"""  <div class="left-box">
    <div class="layout-list">
      <h3 class="box-title">版面目录</h3>
      <ul>
{chr(10).join(lis)}
      </ul>
    </div>
  </div>
"""


def news_list(day, ban, cur=None):
    lis = "\n".join(
        f'      <li{ACT if cid == cur else ""}><a href="{content(day, cid)}">{t}</a></li>'
        for cid, t in ISSUE[(day, ban)])
    return f"""    <div class="news-list">
      <h3 class="box-title">{ban}版：{BANS[ban]}</h3>
      <ul>
{lis}
      </ul>
    </div>
"""


def layout_page(day, ban):
    areas = "\n".join(
        f'        <area shape="poly" coords="20,{60 + k * 200},560,{60 + k * 200},560,{240 + k * 200},20,{240 + k * 200}" href="{content(day, cid)}" target="_self">'
        for k, (cid, _t) in enumerate(ISSUE[(day, ban)]))
    return head(f"学习时报 - {ban}版：{BANS[ban]}", day) + left(day, ban) + f"""  <div class="center-box">
    <div class="layout-img">
      <img src="/pc/pic/{ym(day)}/{ban}_b.jpg" usemap="#layoutmap" width="580">
      <map name="layoutmap">
{areas}
      </map>
    </div>
  </div>
  <div class="right-box">
{news_list(day, ban)}
  </div>
""" + FOOT


ACT = ' class="active"'
RELATED = ["党校要在干部教育培训中发挥主渠道作用", "新时代干部教育培训的着力点", "以调查研究推动解决实际问题"]


def article(day, ban, cid, sp, paras, page, pages, pretitle, subtitle, author, tail, editor):
    body = "".join(f"<p>　　{p}</p>" for p in paras)
    if tail:
        body += f"<p>　　{tail}</p>"
    pager = ""
    if pages > 1:
        nums = " ".join(
            f'<span class="current">{k}</span>' if k == page else f'<a href="{content(day, cid, k)}">{k}</a>'
            for k in range(1, pages + 1))
        prev = f'<a class="prev" href="{content(day, cid, page - 1)}">上一页</a>' if page > 1 else '<span class="prev disabled">上一页</span>'
        nxt = f'<a class="next" href="{content(day, cid, page + 1)}">下一页</a>' if page < pages else '<span class="next disabled">下一页</span>'
        pager = f'      <div class="page-box">共{pages}页　{prev} {nums} {nxt}</div>\n'
    foot = ""
    if page == pages:
        foot = f"""      <div class="article-editor">责任编辑：{editor}</div>
      <div class="copyright-notice">版权声明：凡注明“来源：学习时报”的所有作品，版权均属于学习时报社，未经本报书面授权，任何单位和个人不得转载、摘编或以其他方式使用。已经授权使用的，应在授权范围内使用，并注明“来源：学习时报”。</div>
      <div class="related"><h4>相关阅读</h4><ul>{"".join(f"<li><a href='/pc/search.html?kw={t}'>{t}</a></li>" for t in RELATED)}</ul></div>
"""
    return head(f"{sp.title} - 学习时报", day) + left(day, ban) + f"""  <div class="center-box">
    <div class="article-box">
      <div class="article-title-box">
        <p class="article-pretitle">{pretitle}</p>
        <h1 class="article-title">{sp.title}</h1>
        <p class="article-subtitle">{subtitle}</p>
        <p class="article-author">作者：{author}</p>
        <p class="article-info"><span>{ISSUES[day]}</span><span>{datecn(day)}</span><span>{ban}版</span><span class="fontsize">字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a></span></p>
      </div>
      <div class="article-content" id="ozoom">
        <founder-content>{body}</founder-content>
      </div>
{pager}{foot}    </div>
  </div>
  <div class="right-box">
{news_list(day, ban, cid)}
  </div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "学习时报-like weekly e-paper, PC edition (Founder /pc/layout/, /pc/content/ template)")
    fam.home = "/"
    fam.put("/", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>学习时报</title>
<script>window.location.href = "pc/layout/202405/13/node_A1.html";</script>
</head>
<body>
<noscript><a href="pc/layout/202405/13/node_A1.html">学习时报电子版</a></noscript>
</body>
</html>
""")
    fam.not_documents.append("/")
    rows = "\n".join(f'    <li><a href="{node(d, "A1")}">{ISSUES[d]}　{datecn(d)}</a></li>' for d in sorted(ISSUES, reverse=True))
    fam.put("/pc/period.html", head("学习时报 - 往期回顾", "2024-05-13") + f"""  <div class="period-box">
    <h3 class="box-title">往期回顾</h3>
    <ul class="period-list">
{rows}
    </ul>
  </div>
""" + FOOT)
    fam.not_documents.append("/pc/period.html")
    for day, ban in ISSUE:
        fam.put(node(day, ban), layout_page(day, ban))
        fam.not_documents.append(node(day, ban))
    d1 = "2024-03-11"
    parts = split_paras(X1.paras, 2)
    for k, run in enumerate(parts, 1):
        fam.put(content(d1, 23341, k), article(
            d1, "A3", 23341, X1, run, k, 2, "党校讲坛", "", "郑立新",
            "（作者系省委党校常务副校长，本文系作者在省委党校2024年春季学期中青年干部培训班开班式上的讲话，有删节）" if k == 2 else "",
            "孙　悦"))
    fam.doc([content(d1, 23341), content(d1, 23341, 2)], X1)
    fam.not_documents.append(content(d1, 23341, 2))
    d2 = "2024-05-13"
    fam.put(content(d2, 24520), article(
        d2, "A2", 24520, X2, X2.paras, 1, 1, "调研之道", "（2024年5月9日）", "何　平",
        "（作者系中共某省委常委、秘书长）", "周佳琪"))
    fam.doc([content(d2, 24520)], X2)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /pc/attachement/\n")
    fam.noise += [
        "党校讲坛", "调研之道", "（2024年5月9日）", "作者：", "郑立新", "何　平",
        "（作者系", "有删节", "责任编辑", "版权声明", "未经本报书面授权", "相关阅读", "党校要在干部教育培训中发挥主渠道作用",
        "共2页", "上一页", "下一页", "字号", "版面目录", "往期回顾", "第2959期", "第2986期", "学习时报社",
        "京ICP备05015560号-2", "“四下基层”的时代价值",
    ]
    fam.note = "`/` redirects by script (a <noscript> link); the 2024-03-11 issue is reached through 往期回顾 (/pc/period.html)"
    return fam
