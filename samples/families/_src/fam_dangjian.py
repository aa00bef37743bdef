"""共产党员网 (12371.cn)-like party-building portal on CNTV's CMS: articles at
`/2024/03/12/ARTI1710230000123456.shtml`, `h1.big_title`, `dyw1023_info` line (time, 来源, 字号), a
video box (`div.video_box#myFlash` + `createVodPlayer` script and a `视频：…` tip) before the text; text
in `div.word#font_area` between `<!--repaste.body.begin-->` / `<!--repaste.body.end-->`, `<p
style="text-indent:2em">` paragraphs, opened by the speech's own heading block (centred bold title, the
speaker line and the `（2024年3月8日）` delivery date); page 2 at `…_2.shtml` through the CMS's
`page_nav`; 责任编辑 line and 【打印】【关闭】 after the text, 相关阅读. UTF-8. The home links one
speech; the other is only in the RSS feed the home advertises (`/rss/djyw.xml`)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.dangjian-like.test"

ARTICLES = [
    # speech, date path, ARTI id, time, speaker line, delivery date, editor, pages, video
    (SPEECHES["DJ1"], "2024/03/12", "ARTI1710230000123456", "2024年03月12日 15:20", "县委常委、组织部部长　周立新", "2024年3月8日", "张晓楠", 2, True),
    (SPEECHES["DJ2"], "2024/01/26", "ARTI1706250000654321", "2024年01月26日 09:45", "市直机关工委书记　何建军", "2024年1月24日", "孙悦", 1, False),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="contentid" content="@@CID@@" />
<meta name="filetype" content="1" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="PAGE1357286848734246" />
<link rel="alternate" type="application/rss+xml" title="党建要闻" href="/rss/djyw.xml" />
<link type="text/css" rel="stylesheet" href="//r.12371-like.test/photoAlbum/templet/common/DEPA1357286848734246/style.css" />
<script type="text/javascript" src="//r.12371-like.test/library/script/jquery-1.7.1.min.js"></script>
</head>
<body>
<div class="dyw1023_top"><div class="dyw1023_logo"><a href="/">党建先锋网</a></div><ul class="dyw1023_nav"><li><a href="/">首页</a></li><li><a href="/djyw/">党建要闻</a></li><li><a href="javascript:;">理论学习</a></li><li><a href="javascript:;">党员教育</a></li><li><a href="javascript:;">组工动态</a></li></ul><div class="dyw1023_search"><input type="text" value="请输入关键词" /></div></div>
"""

FOOT = """<div class="dyw1023_foot"><p><a href="javascript:;">关于我们</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">网站地图</a></p>
<p>党建先锋网 版权所有 主办单位：党建先锋网编辑部</p><p>京ICP备12003456号-1　京公网安备11010202001234号</p></div>
<script type="text/javascript">
var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1c2b3a4d5e6f70819a0b1c2d3e4f5a6b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
<script type="text/javascript" src="//js.data.12371-like.test/common/SnoCDN/sno_cdn_v3.js"></script>
</body>
</html>
"""


def page_nav(base, current, last):
    if last == 1:
        return ""
    names = [f"{base}.shtml"] + [f"{base}_{n}.shtml" for n in range(2, last + 1)]
    parts = []
    if current > 1:
        parts.append(f'<a href="{names[current - 2]}">上一页</a>')
    for n in range(1, last + 1):
        parts.append(f"<span>{n}</span>" if n == current else f'<a href="{names[n - 1]}">{n}</a>')
    if current < last:
        parts.append(f'<a href="{names[current]}">下一页</a>')
    return '<div class="page_nav" id="page_nav">' + " ".join(parts) + "</div>\n"


def article_page(i, page, runs):
    speech, dpath, arti, stamp, speaker, delivered, editor, last, video = ARTICLES[i]
    heading = ""
    if page == 1:
        heading = (
            f'<p style="text-align: center;"><strong>{speech.title}</strong></p>\n'
            f'<p style="text-align: center;">{speaker}</p>\n'
            f'<p style="text-align: center;">（{delivered}）</p>\n'
        )
    paras = "".join(f'<p style="text-indent:2em">{p}</p>\n' for p in runs[page - 1])
    video_box = ""
    if video and page == 1:
        video_box = """<div class="video_box" id="myFlash"><div id="vodplayer"></div>
<script type="text/javascript">createVodPlayer("vodplayer","6a4f2c9e0b1d4e7f8a2b3c4d5e6f7a8b",640,360,"false");</script>
<p class="video_tip">视频：全县基层党组织书记培训班开班</p></div>
"""
    body = f"""<div class="dyw1023_main"><div class="dyw1023_left">
<div class="dyw1023_crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/djyw/">党建要闻</a> &gt; 正文</div>
<div class="title_area"><h1 class="big_title">{speech.title}</h1>
<div class="dyw1023_info"><span class="time">{stamp}</span>　<span class="laiyuan">来源：党建先锋网</span>　<span class="font_size">字号：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a></span></div></div>
{video_box}<div class="word" id="font_area">
<!--repaste.body.begin-->
{heading}{paras}<!--repaste.body.end-->
</div>
{page_nav("/" + dpath + "/" + arti, page, last)}<div class="zebian"><span>责任编辑：{editor}</span></div>
<div class="print_close">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="dyw1023_xgyd"><h3>相关阅读</h3><ul><li><a href="/djyw/">全省基层党建工作重点任务推进会召开</a></li></ul></div>
</div>
<div class="dyw1023_right"><div class="rmtj"><h3>热门推荐</h3><ul><li><a href="javascript:;">【理论学习】如何开好组织生活会</a></li></ul></div></div></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_党建先锋网",
        KW=f"{speech.title},党建要闻",
        DESC=speech.paras[1][:80],
        CID=arti,
    )


def home():
    speech, dpath, arti, *_ = ARTICLES[0]
    body = f"""<div class="dyw1023_main"><div class="dyw1023_focus"><h2>党建要闻</h2><ul>
<li><a href="/{dpath}/{arti}.shtml" target="_blank">{speech.title}</a><span>{dpath.replace("/", "-")}</span></li>
<li><a href="/djyw/">全省基层党建工作重点任务推进会召开</a><span>2024-03-11</span></li>
</ul><a class="more" href="/djyw/">更多&gt;&gt;</a></div>
<div class="dyw1023_rss"><a href="/rss/djyw.xml">RSS订阅</a></div></div>
"""
    return render(HEAD + body + FOOT, TITLE="党建先锋网", KW="党建", DESC="党建先锋网", CID="PAGE1357286848734246")


def djyw():
    body = """<div class="dyw1023_main"><div class="dyw1023_list"><h2>党建要闻</h2><ul>
<li><span class="title">全省基层党建工作重点任务推进会召开</span><span>2024-03-11</span></li>
</ul></div></div>
"""
    return render(HEAD + body + FOOT, TITLE="党建要闻_党建先锋网", KW="党建要闻", DESC="党建要闻", CID="PAGE1357286848734247")


def rss():
    items = ""
    for speech, dpath, arti, stamp, *_ in ARTICLES:
        y, m, d = dpath.split("/")
        hm = stamp[-5:]
        items += f"""<item><title><![CDATA[{speech.title}]]></title><link>http://{HOST}/{dpath}/{arti}.shtml</link><description><![CDATA[{speech.paras[1][:60]}……]]></description><pubDate>{y}-{m}-{d} {hm}:00</pubDate></item>
"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>党建要闻</title><link>http://{HOST}/djyw/</link><description>党建先锋网 党建要闻</description><language>zh-cn</language>
{items}</channel></rss>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "共产党员网 (12371.cn)-like portal on CNTV's CMS: speech heading block inside div.word, video box, page_nav to _2.shtml, RSS",
        content_type="text/html",  # .shtml pages go out as plain text/html (charset in the meta tag)
    )
    fam.put("/", home())
    fam.put("/djyw/", djyw())
    fam.not_documents += ["/", "/djyw/"]
    for i, (speech, dpath, arti, *_r) in enumerate(ARTICLES):
        last = ARTICLES[i][7]
        runs = split_paras(speech.paras, last) if last > 1 else [speech.paras]
        pages = [f"/{dpath}/{arti}.shtml"] + [f"/{dpath}/{arti}_{n}.shtml" for n in range(2, last + 1)]
        for n, path in enumerate(pages, 1):
            fam.put(path, article_page(i, n, runs))
        fam.not_documents += pages[1:]
        fam.doc(pages, speech, found_by="links" if i == 0 else "rss")
    fam.put("/rss/djyw.xml", rss())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        "周立新",
        "县委常委、组织部部长",
        "何建军",
        "（2024年3月8日）",
        "（2024年1月24日）",
        "视频：",
        "字号：",
        "来源：党建先锋网",
        "责任编辑：",
        "张晓楠",
        "打印",
        "关闭",
        "相关阅读",
        "全省基层党建工作重点任务推进会召开",
        "热门推荐",
        "您的位置",
        "下一页",
        "上一页",
        "京ICP备12003456号-1",
        "党建先锋网",
    ]
    fam.note = "the second speech is linked by no page, only by the RSS feed the pages advertise (/rss/djyw.xml)"
    return fam
