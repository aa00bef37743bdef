"""人民日报 e-paper (paper.people.com.cn `/rmrb/html/2024-05/16/…`)-like: the day's 版面 index pages
`nbs.D110000renmrb_NN.htm` (版面导航 list, the page picture's `<map>` areas, the 版's article list,
往期回顾) link the articles `nw.D110000renmrb_YYYYMMDD_N-NN.htm`: `div.article` with `h3` 肩题, `h1`
title, `h2` 副题, `p.sec` byline, the `<!--enpproperty …-->` comment, `#ozoom` text in uppercase `<P>`
tags with full-width indents between `<!--enpcontent-->` markers, 上一篇/下一篇 and the paper line
`《 人民日报 》（ 2024年05月16日 第 05 版）`. Home is the latest day's 01 版."""

from common import SPEECHES, Family

HOST = "paper.renmin-like.test"
ON = ' class="on"'
WEEKDAY = {"2024-05-16": "星期四", "2024-05-17": "星期五"}
PAGES = {
    "01": "要闻",
    "02": "要闻",
    "03": "要闻",
    "04": "要闻",
    "05": "要闻",
    "06": "教育",
    "07": "国际",
    "08": "广告",
    "09": "评论",
    "10": "经济",
}

ARTICLES = [
    # speech, day, edition, n in the 版, 肩题, 副题, byline, preamble, other articles on the 版, articleid
    (
        SPEECHES["RM1"],
        "2024-05-16",
        "05",
        1,
        "全国河湖长制工作推进会在京召开",
        "——在全国河湖长制工作推进会上的讲话（摘要）",
        "水利部部长　李国华",
        None,
        ["推动长江经济带生态环境持续改善", "黄河流域今年首次生态调度启动", "图片报道"],
        "30032118",
    ),
    (
        SPEECHES["RM2"],
        "2024-05-17",
        "06",
        2,
        "青禾农业大学举行毕业生欢送会",
        "——在青禾农业大学2024年毕业生欢送会上的讲话",
        "本报记者　孙亚慧",
        "本报青禾5月16日电　（记者孙亚慧）5月16日，青禾农业大学举行2024年毕业生欢送会，校长周立群作了题为《把论文写在祖国的大地上》的讲话。现将讲话主要内容刊发如下。",
        [
            "职业教育如何更好服务产业需求（教育视点）",
            "让每个孩子都享有公平而有质量的教育",
            "高校毕业生就业“百日冲刺”行动启动",
        ],
        "30033540",
    ),
]


def day_dir(day):
    return f"/rmrb/html/{day[:7]}/{day[8:]}/"


def cn(day):
    return f"{day[:4]}年{day[5:7]}月{day[8:]}日"


def nw(day, n, ed):
    return f"nw.D110000renmrb_{day.replace('-', '')}_{n}-{ed}.htm"


def head(title):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="../../../css/reset.css" />
<link type="text/css" rel="stylesheet" href="../../../css/style.css" />
<script type="text/javascript" src="../../../js/jquery.min.js"></script>
<script type="text/javascript" src="../../../js/swiper.min.js"></script>
</head>
<body>
<div class="header"><div class="w1000"><div class="logo left"><a href="http://www.people-news.test/" target="_blank"><img src="../../../images/logo-rmrb.png" alt="人民日报" /></a></div>
<div class="right"><a href="http://paper.renmin-like.test/rmrb/pc/layout/index.html">旧版入口</a>　<a href="http://data.people-news.test/rmrb/" target="_blank">人民日报图文数据库（1946-2024）</a>　<a href="javascript:void(0)" onclick="openMobile()">手机版</a></div></div></div>
"""


def date_bar(day, edition):
    prev = {"2024-05-17": "../16/nbs.D110000renmrb_01.htm", "2024-05-16": "../15/nbs.D110000renmrb_01.htm"}[
        day
    ]
    return f"""<div class="date-box"><div class="w1000"><p class="left">{cn(day)}　{WEEKDAY[day]}</p>
<p class="right"><a href="{prev}">上一期</a>　<span class="calendar">往期回顾<input type="text" id="datepicker" readonly="readonly" /></span>　<a href="http://paper.renmin-like.test/rmrb/pc/paperlist.html" target="_blank">PDF下载</a></p></div></div>
"""


def swiper(edition):
    items = "".join(
        f'<div class="swiper-slide"><a id="pageLink" href="./nbs.D110000renmrb_{ed}.htm"{ON if ed == edition else ""}>{ed}版：{name}</a></div>\n'
        for ed, name in PAGES.items()
    )
    return f"""<div class="swiper-box"><h4>版面导航</h4><div class="swiper-container"><div class="swiper-wrapper">
{items}</div></div><div class="swiper-btn"><span class="swiper-button-prev">上一版</span><span class="swiper-button-next">下一版</span></div></div>
"""


FOOT = """<div class="footer"><div class="w1000">
<p><a href="http://www.people-news.test/GB/50142/104580/index.html" target="_blank">人民日报社概况</a> | <a href="http://www.people-news.test/GB/50142/353481/index.html" target="_blank">关于人民网</a> | <a href="http://www.people-news.test/GB/1018/22259/index.html" target="_blank">网站声明</a></p>
<p>人民日报社版权所有，未经授权禁止复制或建立镜像</p>
<p>Copyright &copy; 1997-2024 by www.people-news.test. all rights reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证000006号</a></p>
</div></div>
<script type="text/javascript">
var swiper = new Swiper('.swiper-container', { slidesPerView: 4, navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' } });
function openMobile(){ window.location.href = "http://paper.renmin-like.test/rmrb/h5/" + "2024-05/16/nbs.D110000renmrb_01.htm"; }
</script>
<script src="http://tongji.people-news.test/webtrends/wt_cwd.js" type="text/javascript"></script>
</body>
</html>
"""


def edition_index(day, edition, items):
    """A 版面 page: the page picture with its `<map>` areas and the 版's article list."""
    areas = "".join(
        f'<area shape="polygon" coords="{40 + 10 * k},{90 + 180 * k},{640 - 10 * k},{90 + 180 * k},{640 - 10 * k},{250 + 180 * k},{40 + 10 * k},{250 + 180 * k}" href="{href}" />\n'
        for k, (href, _t) in enumerate(items)
    )
    lis = "".join(f'<li><a href="{href}">{t}</a></li>\n' for href, t in items)
    ymd = day.replace("-", "")
    return (
        head(f"人民日报")
        + date_bar(day, edition)
        + f"""<div class="main w1000">
<div class="left paper-box">
<div class="paper-top"><p class="left">第{edition}版：{PAGES[edition]}</p><p class="right"><a href="../../../pc/attachement/{day[:7].replace("-", "")}/{day[8:]}/rmrb{ymd}{edition}.pdf" target="_blank">本版PDF</a></p></div>
<div class="paper"><img src="../../../pc/pic/{day[:7].replace("-", "")}/{day[8:]}/rmrb{ymd}{edition}.jpg.2" usemap="#PagePicMap" alt="" />
<map name="PagePicMap">
{areas}</map></div>
</div>
<div class="right right-main">
{swiper(edition)}<div class="news"><h4>本版新闻列表</h4><ul class="news-list">
{lis}</ul></div>
</div>
</div>
"""
        + FOOT
    )


def article(i):
    speech, day, ed, n, kicker, sub, byline, preamble, others, aid = ARTICLES[i]
    paras = ([preamble] if preamble else []) + speech.paras
    ozoom = "\n".join(f"<P>　　{p}</P>" for p in paras)
    names = others[: n - 1] + [speech.title] + others[n - 1 :]
    prev_href = nw(day, n - 1, ed) if n > 1 else None
    prev_a = f'<a href="{prev_href}">上一篇</a>' if prev_href else "<span>上一篇</span>"
    next_a = f'<a href="{nw(day, n + 1, ed)}">下一篇</a>'
    lis = "".join(
        f'<li><a href="{nw(day, k + 1, ed)}"{ON if k + 1 == n else ""}>{t}</a></li>\n'
        for k, t in enumerate(names)
    )
    return (
        head(f"{speech.title}--人民日报")
        + date_bar(day, ed)
        + f"""<div class="main w1000">
<div class="left paper-box">
<div class="paper-top"><p class="left">第{ed}版：{PAGES[ed]}</p><p class="right"><a href="./nbs.D110000renmrb_{ed}.htm">返回本版</a></p></div>
<div class="paper"><img src="../../../pc/pic/{day[:7].replace("-", "")}/{day[8:]}/rmrb{day.replace("-", "")}{ed}.jpg.2" usemap="#PagePicMap" alt="" /></div>
</div>
<div class="right right-main">
<div class="article-box">
<div class="article">
<!--enpproperty <articleid>{aid}</articleid><date>{day} 00:00:00:0</date><author>{byline.split("　")[-1]}</author><title>{speech.title}</title><keyword></keyword><subtitle>{sub}</subtitle><introtitle>{kicker}</introtitle><siteid>1</siteid><nodeid>{ed}</nodeid><nodename>{ed}版</nodename><nodesearchname></nodesearchname>/enpproperty-->
<h3>{kicker}</h3>
<h1>{speech.title}</h1>
<h2>{sub}</h2>
<p class="sec">{byline}</p>
<div class="article-date"><span>{cn(day)}</span><a href="javascript:void(0)" class="btn-size" onclick="fontZoom(16)">字号</a></div>
<div id="ozoom">
<!--enpcontent-->{ozoom}<!--/enpcontent-->
</div>
</div>
<div class="attachment"></div>
<div class="paper-bot"><p class="left btn">{prev_a}　{next_a}</p><p class="right btn">《 人民日报 》（ {cn(day)} 第 {ed} 版）</p></div>
</div>
{swiper(ed)}<div class="news"><h4>本版新闻列表</h4><ul class="news-list">
{lis}</ul></div>
</div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "人民日报 e-paper (paper.people.com.cn) daily 版面 index and article pages")
    home_day = "2024-05-17"
    fam.home = day_dir(home_day) + "nbs.D110000renmrb_01.htm"
    front = {
        "2024-05-17": [
            ("国务院常务会议研究部署推动高质量发展", 1),
            ("全国政协召开双周协商座谈会", 2),
            ("今日导读", 3),
        ],
        "2024-05-16": [("以改革创新精神推进生态文明建设", 1), ("夏粮生产形势总体向好", 2), ("今日导读", 3)],
    }
    for day, items in front.items():
        fam.put(
            day_dir(day) + "nbs.D110000renmrb_01.htm",
            edition_index(day, "01", [(nw(day, n, "01"), t) for t, n in items]),
        )
        fam.not_documents.append(day_dir(day) + "nbs.D110000renmrb_01.htm")
    for i, (speech, day, ed, n, *_r) in enumerate(ARTICLES):
        others = ARTICLES[i][8]
        names = others[: n - 1] + [speech.title] + others[n - 1 :]
        fam.put(
            day_dir(day) + f"nbs.D110000renmrb_{ed}.htm",
            edition_index(day, ed, [(nw(day, k + 1, ed), t) for k, t in enumerate(names)]),
        )
        fam.not_documents.append(day_dir(day) + f"nbs.D110000renmrb_{ed}.htm")
        fam.put(day_dir(day) + nw(day, n, ed), article(i))
        fam.doc([day_dir(day) + nw(day, n, ed)], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /rmrb/pc/attachement/\n")
    fam.noise += [
        "全国河湖长制工作推进会在京召开",
        "在全国河湖长制工作推进会上的讲话",
        "水利部部长",
        "李国华",
        "青禾农业大学举行毕业生欢送会",
        "毕业生欢送会上的讲话",
        "本报记者",
        "本报青禾5月16日电",
        "现将讲话主要内容刊发如下",
        "《 人民日报 》",
        "第 05 版",
        "第 06 版",
        "上一篇",
        "下一篇",
        "返回本版",
        "版面导航",
        "本版新闻列表",
        "往期回顾",
        "PDF下载",
        "字号",
        "推动长江经济带生态环境持续改善",
        "职业教育如何更好服务产业需求",
        "人民日报社版权所有",
        "京ICP证000006号",
        "enpproperty",
    ]
    fam.note = "home is the 2024-05-17 01 版 index; the 2024-05-16 speech is reached through 上一期 → 01 版 → 版面导航 05 版"
    return fam
