"""光明日报 e-paper (epaper.gmw.cn `/gmrb/html/2024-05/16/nw.D110000gmrb_20240516_1-03.htm`)-like:
`/gmrb/` answers with a meta refresh to the latest day's 01 版 `nbs.D110000gmrb_01.htm`; 版面 pages
hold the page picture with its `<map name="PagePicMap">` polygon areas, the `版面导航` list
(`03版：要闻`), 本版标题 and the month calendar of 往期回顾; article pages `div.text_c` with `h3` 引题,
`h1` 主题, `h2` 副题, `h4` 作者, `#articleContent` `<founder-content>` paragraphs, a photo table with its
caption above the text, the `《光明日报》（ 2024年05月16日 03版）` line, 上一篇/下一篇 and 本版标题."""

from common import SPEECHES, Family

HOST = "epaper.guangming-rb.test"
WEEK = {"2024-05-16": "星期四", "2024-05-23": "星期四"}
BANS = {"01": "要闻", "02": "要闻", "03": "要闻", "04": "要闻", "05": "国内新闻", "06": "国际",
        "07": "教育", "08": "理论", "09": "文化", "10": "经济", "11": "科技", "12": "光明文化周末"}

ARTS = [
    # speech, day, ban, n, 引题, 副题, 作者, preamble, photo caption, other titles
    (SPEECHES["r24b-g1"], "2024-05-16", "03", 2, "全国古籍保护工作座谈会在京召开",
     "——在全国古籍保护工作座谈会上的讲话", "文化和旅游部副部长　周明远",
     "编者按：5月15日，全国古籍保护工作座谈会在京召开。本报今日刊发文化和旅游部副部长周明远在会上的讲话，以飨读者。",
     None,
     ["以文化自信推动文化繁荣兴盛", "我国首部古籍修复技艺标准发布", "各地博物馆迎来“5·18”参观热", "新闻速览"]),
    (SPEECHES["r24b-g2"], "2024-05-23", "11", 1, "第五届青年科技工作者论坛开幕",
     "——在第五届青年科技工作者论坛开幕式上的致辞", "中国科技工作者协会常务副理事长　林振华",
     None,
     "5月22日，第五届青年科技工作者论坛在合肥开幕，青年科技工作者在展区交流研究成果。本报记者　许晓岚摄",
     ["“天问”探测器科学成果持续产出", "青年科研人员减负行动再推进", "科技小院助力乡村振兴", "科技新知"]),
]
FRONT = {
    "2024-05-16": ["在新的起点上奋力开创各项事业新局面", "夏粮收获由南向北梯次展开", "光明述评", "今日导读"],
    "2024-05-23": ["汇聚起推动高质量发展的强大合力", "全国科技活动周圆满落幕", "光明时评", "今日导读"],
}


def ymd(day):
    return day.replace("-", "")


def ddir(day):
    return f"/gmrb/html/{day[:7]}/{day[8:]}/"


def nw(day, n, ban):
    return f"nw.D110000gmrb_{ymd(day)}_{n}-{ban}.htm"


def nbs(ban):
    return f"nbs.D110000gmrb_{ban}.htm"


def bans_of(day):
    return list(BANS) if day == "2024-05-16" else list(BANS)[:8] + ["11", "12"]


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="光明日报,光明网,电子版,数字报" />
<meta name="description" content="光明日报电子版" />
<link href="../../../css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="../../../js/zoom.js"></script>
</head>
<body>
<div class="header">
 <div class="w1000">
  <div class="logo"><a href="http://www.guangming-rb.test/" target="_blank"><img src="../../../images/logo.jpg" alt="光明网" /></a></div>
  <div class="date">@@DATECN@@　@@WEEK@@</div>
  <div class="topnav"><a href="http://www.guangming-rb.test/" target="_blank">光明网首页</a> | <a href="../../../">光明日报</a> | <a href="http://epaper.guangming-rb.test/wzb/">文摘报</a> | <a href="http://epaper.guangming-rb.test/zhdsb/">中华读书报</a></div>
 </div>
</div>
<div class="w1000 main">
"""

FOOT = """</div>
<div class="footer">
 <p>光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网邮箱 | 网站地图</p>
 <p>光明网版权所有</p>
 <p>京ICP证120002号　京公网安备11000002000017号</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?b7b4a5e4a2c3d1f1e9a8b7c6d5e4f3a2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def datecn(day):
    return f"{day[:4]}年{day[5:7]}月{day[8:]}日"


def titles_on(day, ban):
    for sp, d, b, n, *_r in ARTS:
        if d == day and b == ban:
            others = _r[-1]
            return others[: n - 1] + [sp.title] + others[n - 1:]
    return FRONT[day] if ban == "01" else None


def left_nav(day, ban):
    rows = []
    for b in bans_of(day):
        cls = ' class="on"' if b == ban else ""
        rows.append(f'  <li{cls}><a id="pageLink" href="{nbs(b)}">{b}版：{BANS[b]}</a>'
                    f' <a href="../../../images/{day[:7]}/{day[8:]}/{b}/{ymd(day)}{b}_pdf.pdf"><img src="../../../images/pdf.gif" alt="PDF" /></a></li>')
    return ('<div class="list_l">\n <div class="l_t">版面导航</div>\n <ul>\n' + "\n".join(rows) + "\n </ul>\n</div>\n")


def calendar(day):
    days = [d for d in ("2024-05-16", "2024-05-23")]
    cells, row = [], []
    for blank in range(3):
        row.append("<td></td>")
    for d in range(1, 32):
        full = f"2024-05-{d:02d}"
        if full in days:
            row.append(f'<td class="hasdate"><a href="../../{full[:7]}/{full[8:]}/{nbs("01")}">{d}</a></td>')
        else:
            row.append(f"<td>{d}</td>")
        if len(row) == 7:
            cells.append("<tr>" + "".join(row) + "</tr>")
            row = []
    if row:
        cells.append("<tr>" + "".join(row) + "</tr>")
    return ('<div class="rili">\n <div class="l_t">往期回顾</div>\n <div class="rili_t">2024年05月</div>\n'
            '<table class="rili_c"><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>\n'
            + "\n".join(cells) + "\n</table>\n</div>\n")


def page_index(day, ban):
    names = titles_on(day, ban)
    areas, lis = [], []
    for k, t in enumerate(names, 1):
        y = 60 + k * 210
        areas.append(f'<area coords="18,{y},462,{y},462,{y + 190},18,{y + 190}" shape="polygon" href="{nw(day, k, ban)}" />')
        lis.append(f'  <li><a href="{nw(day, k, ban)}"><div style="display:inline" id="mp{k}">{t}</div></a></li>')
    body = f"""<div class="left">
<div class="ban_t"><span>第{ban}版：{BANS[ban]}</span>
 <a href="../../../images/{day[:7]}/{day[8:]}/{ban}/{ymd(day)}{ban}_pdf.pdf">PDF下载</a></div>
<div class="ban_c"><img src="../../../images/{day[:7]}/{day[8:]}/{ban}/{ymd(day)}{ban}_b.jpg" border="0" usemap="#PagePicMap" width="480" /></div>
<map name="PagePicMap">
{chr(10).join(areas)}
</map>
</div>
<div class="right">
{left_nav(day, ban)}
<div class="list_r">
 <div class="l_t">本版标题</div>
 <ul>
{chr(10).join(lis)}
 </ul>
</div>
{calendar(day)}
</div>
"""
    return HEAD.replace("@@TITLE@@", f"光明日报 - 光明网").replace("@@DATECN@@", datecn(day)).replace("@@WEEK@@", WEEK[day]) + body + FOOT


def article(i):
    sp, day, ban, n, yin, fu, author, pre, photo, others = ARTS[i]
    names = titles_on(day, ban)
    paras = [f"<p>　　{p}</p>" for p in sp.paras]
    if pre:
        paras.insert(0, f'<p>　　<strong>{pre}</strong></p>')
    pic = ""
    if photo:
        pic = (f'<table border="0" cellspacing="0" cellpadding="0" align="center" class="c_c">\n<tr><td align="center">'
               f'<img src="../../../images/{day[:7]}/{day[8:]}/{ban}/{ymd(day)}{ban}_{n}_b.jpg" width="500" /></td></tr>\n'
               f'<tr><td class="pic_tit">　　{photo}</td></tr>\n</table>\n')
    prev = f'<a href="{nw(day, n - 1, ban)}">上一篇</a>' if n > 1 else "上一篇"
    nxt = f'<a href="{nw(day, n + 1, ban)}">下一篇</a>' if n < len(names) else "下一篇"
    lis = "\n".join(f'  <li><a href="{nw(day, k, ban)}">{t}</a></li>' for k, t in enumerate(names, 1))
    body = f"""<div class="left">
<div class="ban_t"><span>第{ban}版：{BANS[ban]}</span> <a href="{nbs(ban)}">返回版面</a></div>
<div class="text_c">
 <h3>{yin}</h3>
 <h1>{sp.title}</h1>
 <h2>{fu}</h2>
 <h4>{author}</h4>
 <div class="c_t"><span class="fontsize">字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a></span></div>
 <div class="c_c" id="articleContent">
{pic}<founder-content>{"".join(paras)}</founder-content>
 </div>
 <div class="text_f">《光明日报》（ {datecn(day)}　{ban}版）</div>
 <div class="sx">[ 责编：{("王冬梅", "张　悦")[i]} ]</div>
 <div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
 <div class="sx2">{prev}　|　{nxt}</div>
</div>
</div>
<div class="right">
{left_nav(day, ban)}
<div class="list_r">
 <div class="l_t">本版标题</div>
 <ul>
{lis}
 </ul>
</div>
</div>
"""
    return HEAD.replace("@@TITLE@@", f"{sp.title} - 光明日报 - 光明网").replace("@@DATECN@@", datecn(day)).replace("@@WEEK@@", WEEK[day]) + body + FOOT


def build() -> Family:
    fam = Family(HOST, "光明日报 e-paper (epaper.gmw.cn/gmrb) 版面 and article pages")
    fam.home = "/gmrb/"
    fam.put("/gmrb/", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="refresh" content="0; URL=html/2024-05/23/nbs.D110000gmrb_01.htm" />
<title>光明日报</title>
</head>
<body>
<p style="font-size:12px">页面正在跳转，如果没有自动跳转，请<a href="html/2024-05/23/nbs.D110000gmrb_01.htm">点击这里</a>。</p>
</body>
</html>
""")
    fam.not_documents.append("/gmrb/")
    for day in FRONT:
        fam.put(ddir(day) + nbs("01"), page_index(day, "01"))
        fam.not_documents.append(ddir(day) + nbs("01"))
    for i, (sp, day, ban, n, *_r) in enumerate(ARTS):
        fam.put(ddir(day) + nbs(ban), page_index(day, ban))
        fam.not_documents.append(ddir(day) + nbs(ban))
        fam.put(ddir(day) + nw(day, n, ban), article(i))
        fam.doc([ddir(day) + nw(day, n, ban)], sp)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "全国古籍保护工作座谈会在京召开", "在全国古籍保护工作座谈会上的讲话", "文化和旅游部副部长", "编者按",
        "以飨读者", "第五届青年科技工作者论坛开幕", "开幕式上的致辞", "中国科技工作者协会常务副理事长",
        "本报记者", "许晓岚摄", "《光明日报》", "03版）", "11版）", "责编：", "分享到", "QQ空间", "上一篇", "下一篇",
        "本版标题", "版面导航", "往期回顾", "PDF下载", "返回版面", "字号", "光明网版权所有", "京ICP证120002号",
        "以文化自信推动文化繁荣兴盛", "“天问”探测器科学成果持续产出",
    ]
    fam.note = "/gmrb/ is a meta refresh to the 2024-05-23 01 版; the 05-16 issue is reached through the 往期回顾 calendar"
    return fam
