"""A 笔趣阁-like pirate reading site (the common biquge / jieqi template, GBK) carrying a "book" of
speeches (讲话选编) as chapters: the book page `/book/1234/` (`#info`, `#intro`, `#list` with the
latest chapters first and then the whole 正文), chapter pages `/book/1234/567.html` with
`<div id="content">` made of `&nbsp;&nbsp;&nbsp;&nbsp;…<br /><br />` lines, the 上一章 / 章节目录 /
下一章 bars above and below (`bottem1`, `bottem2`), `read.js` calls (`read2()`, `read3()`,
`bottom()`), the site's address lines inside the text (一秒记住… / 手机版阅读网址…) and the
章节错误 report line; one chapter is split over `567.html` and `567_2.html`
(`本章未完，点击下一页继续阅读`, `(第2/2页)`, `下一页-->>` links)."""

from common import SPEECHES, Family, split_paras

HOST = "www.biqugo-like.test"
SITE = "笔趣阁"
BOOK = "县委书记讲话选编"
BOOK_ID = 1234
AUTHOR = "王振山"

NUMS = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return NUMS[n - 1]
    if n < 20:
        return "十" + NUMS[n - 11]
    return NUMS[n // 10 - 1] + "十" + (NUMS[n % 10 - 1] if n % 10 else "")


OTHER_TITLES = [
    "在县委七届三次全体（扩大）会议上的讲话",
    "在全县春耕生产动员大会上的讲话",
    "在全县计划生育工作会议上的讲话",
    "在县直机关作风整顿动员大会上的讲话",
    "在全县党风廉政建设工作会议上的讲话",
    "在全县“双抢”工作电话会议上的讲话",
    "在全县教育工作会议上的讲话",
    "在全县抗洪救灾表彰大会上的讲话",
    "在全县粮食收购工作会议上的讲话",
    "在全县财税工作会议上的讲话",
    "在县委理论学习中心组学习会上的发言",
    None,  # 567: BQ1
    None,  # 568: BQ2
    "在全县小城镇建设现场会上的讲话",
    "在全县农民负担监督管理工作会议上的讲话",
    "在全县社会治安综合治理工作会议上的讲话",
    "在全县老干部迎春座谈会上的讲话",
    "在全县村级组织建设工作会议上的讲话",
    "在全县科技兴农大会上的讲话",
    "在县委工作会议上的总结讲话",
]
FIRST_ID = 556
CHAPTERS = {567: (SPEECHES["BQ1"], "（一九九一年十一月八日）", 2), 568: (SPEECHES["BQ2"], "（一九九二年三月十六日）", 1)}


def chapter_title(cid: int) -> str:
    n = cid - FIRST_ID + 1
    name = CHAPTERS[cid][0].title if cid in CHAPTERS else OTHER_TITLES[n - 1]
    return f"第{cn_num(n)}章 {name}"


LAST_ID = FIRST_ID + len(OTHER_TITLES) - 1
REMEMBER = f"一秒记住【{SITE} www.biqugo-like.test】，精彩小说无弹窗免费阅读！"
MOBILE = f"天才一秒记住本站地址：www.biqugo-like.test。{SITE}手机版阅读网址：m.biqugo-like.test"
FIRST_DOMAIN = f"请记住本书首发域名：biqugo-like.test。{SITE}手机版阅读网址：m.biqugo-like.test"
NOT_DONE = "本章未完，点击下一页继续阅读"


def head(title, keywords, description, script="", mobile=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}</title>
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{description}" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="mobile-agent" content="format=html5; url=http://m.biqugo-like.test{mobile}" />
<meta http-equiv="mobile-agent" content="format=xhtml; url=http://m.biqugo-like.test{mobile}" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript" src="/js/m.js"></script>
<script type="text/javascript" src="/js/read.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
{script}</head>
<body>
<div id="wrapper">
<script>login();</script>
<div class="header">
<div class="header_logo"><a href="/">{SITE}</a></div>
<script>panel();</script>
</div>
<div class="nav">
<ul>
<li><a href="/">首页</a></li>
<li><a href="/xuanhuan/">玄幻小说</a></li>
<li><a href="/xiuzhen/">修真小说</a></li>
<li><a href="/dushi/">都市小说</a></li>
<li><a href="/lishi/">历史小说</a></li>
<li><a href="/wangyou/">网游小说</a></li>
<li><a href="/qita/">其他小说</a></li>
<li><a href="/paihangbang/">排行榜单</a></li>
<li><a href="/wanben/">完本小说</a></li>
<li><a href="/modules/article/bookcase.php" rel="nofollow">临时书架</a></li>
</ul>
</div>
"""


FOOT = f"""<div class="footer" id="footer">
<div class="footer_link">&nbsp;新书推荐：<a href="/book/2201/">重生之官路商途</a>、<a href="/book/1876/">大国重工</a>、<a href="/book/3310/">宦海沉浮</a>、</div>
<div class="footer_cont">
<p>{SITE}是您最喜欢的免费小说阅读网站。提供海量全本小说免费阅读，所有小说无弹窗广告，是广大书友最值得收藏的网络小说阅读网。</p>
<p>本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传，让更多读者欣赏。</p>
<p>Copyright &copy; 2021 {SITE} All Rights Reserved.</p>
<script>footer();dl();</script>
</div>
</div>
</div>
</body>
</html>
"""


def bar(cls, prev_href, next_href, next_text):
    return (
        f'<div class="{cls}">\n'
        f"<a href=\"javascript:;\" onclick=\"showpop('/modules/article/uservote.php?id={BOOK_ID}&ajax_request=1');\">投推荐票</a> "
        f'<a href="{prev_href}">上一章</a> &larr; <a href="/book/{BOOK_ID}/">章节目录</a> &rarr; '
        f'<a href="{next_href}">{next_text}</a> '
        f"<a href=\"javascript:;\" onclick=\"showpop('/modules/article/addbookcase.php?bid={BOOK_ID}&ajax_request=1');\">加入书签</a>\n"
        "</div>\n"
    )


def lines(paras):
    return "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}<br /><br />" for p in paras)


def chapter_page(cid: int, part: int) -> str:
    speech, dateline, parts = CHAPTERS[cid]
    runs = split_paras(speech.paras, parts)
    title = chapter_title(cid)
    shown = title + (f"(第{part + 1}/{parts}页)" if parts > 1 and part else "")
    here = f"/book/{BOOK_ID}/{cid}" + (f"_{part + 1}" if part else "") + ".html"
    prev_href = f"/book/{BOOK_ID}/{cid - 1}.html" if part == 0 else f"/book/{BOOK_ID}/{cid}.html"
    if part + 1 < parts:
        next_href, next_text = f"/book/{BOOK_ID}/{cid}_{part + 2}.html", "下一页-->>"
    else:
        next_href, next_text = f"/book/{BOOK_ID}/{cid + 1}.html", "下一章"
    run = runs[part]
    body = ""
    if part == 0:
        body += f"&nbsp;&nbsp;&nbsp;&nbsp;{REMEMBER}<br /><br />&nbsp;&nbsp;&nbsp;&nbsp;{dateline}<br /><br />"
    # the address line the site drops after the third line of every page
    body += lines(run[:3]) + f"&nbsp;&nbsp;&nbsp;&nbsp;{MOBILE}<br /><br />" + lines(run[3:])
    if part + 1 < parts:
        body += f"&nbsp;&nbsp;&nbsp;&nbsp;{NOT_DONE}"
    else:
        body += f"&nbsp;&nbsp;&nbsp;&nbsp;{FIRST_DOMAIN}"
    body += (
        '<p class="readinline"><a href="javascript:posterror();" style="text-align:center;color:red;">'
        "章节错误,点此举报(免注册)</a>,举报后维护人员会在两分钟内校正章节内容,请耐心等待,并刷新页面。</p>"
    )
    script = (
        '<script type="text/javascript">'
        f'var preview_page = "{prev_href}";var next_page = "{next_href}";var index_page = "/book/{BOOK_ID}/";'
        f'var article_id = "{BOOK_ID}";var chapter_id = "{cid}";'
        "function jumpPage() {var event = document.all ? window.event : arguments[0];"
        "if (event.keyCode == 37) document.location = preview_page;"
        "if (event.keyCode == 39) document.location = next_page;"
        "if (event.keyCode == 13) document.location = index_page;}document.onkeydown=jumpPage;</script>\n"
    )
    return (
        head(
            f"{shown}_{BOOK}_{SITE}",
            f"{BOOK}, {title}",
            f"{SITE}提供了{AUTHOR}创作的其他小说《{BOOK}》干净清爽无错字的文字章节： {title}在线阅读。",
            script,
            here,
        )
        + f"""<div class="content_read">
<div class="box_con">
<div class="con_top">
<script>textselect();</script>
<a href="/">{SITE}</a> &gt; <a href="/qita/">其他小说</a> &gt; <a href="/book/{BOOK_ID}/">{BOOK}</a> &gt; {title}
</div>
<div class="bookname">
<h1>{shown}</h1>
{bar("bottem1", prev_href, next_href, next_text)}<div class="lm">&nbsp;推荐阅读：<a href="/book/2201/" target="_blank">重生之官路商途</a>、<a href="/book/3310/" target="_blank">宦海沉浮</a>、<a href="/book/1876/" target="_blank">大国重工</a>、</div>
</div>
<table style="width:100%; text-align:center;"><tr><td><script>read_1_1();</script></td><td><script>read_1_2();</script></td><td><script>read_1_3();</script></td></tr></table>
<div id="content"><script>readx();</script>{body}</div>
<script>read2();</script>
{bar("bottem2", prev_href, next_href, next_text)}<div id="hm_t_20040"></div>
<script>read3();</script>
</div>
</div>
<script>bottom();</script>
"""
        + FOOT
    )


def book_page() -> str:
    ids = list(range(FIRST_ID, LAST_ID + 1))
    latest = "".join(f'<dd><a href="/book/{BOOK_ID}/{c}.html">{chapter_title(c)}</a></dd>\n' for c in reversed(ids[-9:]))
    allc = "".join(f'<dd><a href="/book/{BOOK_ID}/{c}.html">{chapter_title(c)}</a></dd>\n' for c in ids)
    return (
        head(
            f"{BOOK}最新章节列表,{BOOK}无弹窗_{SITE}",
            f"{BOOK},{BOOK}最新章节,{AUTHOR}",
            f"{BOOK}是{AUTHOR}所写的其他小说类小说，{SITE}提供{BOOK}最新章节，{BOOK}无弹窗阅读。",
            mobile=f"/book/{BOOK_ID}/",
        )
        + f"""<div class="box_con">
<div class="con_top"><div id="bdshare" class="bdshare_t bds_tools get-codes-bdshare" style="float:right;"></div><a href="/">{SITE}</a> &gt; <a href="/qita/">其他小说</a> &gt; {BOOK}最新章节列表</div>
<div id="maininfo">
<div id="info">
<h1>{BOOK}</h1>
<p>作&nbsp;&nbsp;&nbsp;&nbsp;者：{AUTHOR}</p>
<p>动&nbsp;&nbsp;&nbsp;&nbsp;作：<a href="javascript:;" onClick="showpop('/modules/article/addbookcase.php?bid={BOOK_ID}&ajax_request=1');">加入书架</a>,  <a href="javascript:;" onclick="showpop('/modules/article/uservote.php?id={BOOK_ID}&ajax_request=1');">投推荐票</a>,  <a href="#footer">直达底部</a></p>
<p>最后更新：2021-07-16 08:32:10</p>
<p>最新章节：<a href="/book/{BOOK_ID}/{LAST_ID}.html">{chapter_title(LAST_ID)}</a></p>
</div>
<div id="intro">
<p>　　本书收录了作者任县委书记期间（1990年至1993年）在各类会议上的讲话二十篇，内容涉及农业农村、乡镇企业、党的建设等方面，真实记录了那个年代基层工作的方方面面。</p>
<p>各位书友要是觉得《{BOOK}》还不错的话请不要忘记向您QQ群和微博里的朋友推荐哦！</p>
</div>
</div>
<div id="sidebar"><div id="fmimg"><img alt="{BOOK}" src="/files/article/image/1/{BOOK_ID}/{BOOK_ID}s.jpg" width="120" height="150" /><span class="b"></span></div></div>
<div id="listtj">&nbsp;推荐阅读：<a href="/book/2201/" target="_blank">重生之官路商途</a>、<a href="/book/3310/" target="_blank">宦海沉浮</a>、<a href="/book/1876/" target="_blank">大国重工</a></div>
</div>
<div class="box_con">
<div id="list">
<dl>
<dt>《{BOOK}》最新章节（提示：已启用缓存技术，最新章节可能会延时显示，登录书架即可实时查看。）</dt>
{latest}<dt>《{BOOK}》正文</dt>
{allc}</dl>
</div>
</div>
<script>bottom();</script>
"""
        + FOOT
    )


def home() -> str:
    rows = [
        ("其他小说", BOOK_ID, BOOK, LAST_ID, chapter_title(LAST_ID), AUTHOR, "07-16"),
        ("都市小说", 2201, "重生之官路商途", 1459, "第一千四百章 新的开始", "更俗", "07-16"),
        ("历史小说", 3310, "宦海沉浮", 880, "第八百二十五章 调研", "老官", "07-15"),
        ("都市小说", 1876, "大国重工", 1322, "第一千三百二十二章 尾声", "齐橙", "07-15"),
    ]
    lis = "".join(
        f'<li><span class="s1">[{c}]</span><span class="s2"><a href="/book/{b}/">{n}</a></span>'
        f'<span class="s3"><a href="/book/{b}/{ch}.html" target="_blank">{t}</a></span><span class="s4">{a}</span><span class="s5">{d}</span></li>\n'
        for c, b, n, ch, t, a, d in rows
    )
    return (
        head(
            f"{SITE}_书友最值得收藏的网络小说阅读网",
            f"{SITE},小说阅读网,无弹窗小说网",
            f"{SITE}是广大书友最值得收藏的网络小说阅读网，网站收录了当前最火热的网络小说，免费提供高质量的小说最新章节。",
            mobile="/",
        )
        + f"""<div id="main">
<div id="hotcontent">
<div class="ll"><div class="item"><div class="image"><a href="/book/{BOOK_ID}/"><img src="/files/article/image/1/{BOOK_ID}/{BOOK_ID}s.jpg" alt="{BOOK}" width="120" height="150" /></a></div>
<dl><dt><span>{AUTHOR}</span><a href="/book/{BOOK_ID}/">{BOOK}</a></dt><dd>本书收录了作者任县委书记期间在各类会议上的讲话二十篇……</dd></dl></div></div>
</div>
<div id="newscontent">
<div class="l">
<h2>最近更新小说列表</h2>
<ul>
{lis}</ul>
</div>
</div>
</div>
<script>bottom();</script>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "笔趣阁-like reading site (biquge / jieqi template, GBK) carrying a book of speeches as chapters",
        encoding="gbk",
        content_type="text/html; charset=gbk",
    )
    fam.put("/", home())
    fam.put(f"/book/{BOOK_ID}/", book_page())
    fam.not_documents += ["/", f"/book/{BOOK_ID}/"]
    for cid, (speech, _dateline, parts) in CHAPTERS.items():
        pages = []
        for part in range(parts):
            path = f"/book/{BOOK_ID}/{cid}" + (f"_{part + 1}" if part else "") + ".html"
            fam.put(path, chapter_page(cid, part))
            pages.append(path)
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /modules/\nDisallow: /search.php\n", "ascii")
    fam.noise += [
        "一秒记住",
        "www.biqugo-like.test",
        "手机版阅读网址",
        "天才一秒记住本站地址",
        "请记住本书首发域名",
        NOT_DONE,
        "-->>",
        "章节错误,点此举报",
        "举报后维护人员会在两分钟内校正章节内容",
        "（一九九一年十一月八日）",
        "（一九九二年三月十六日）",
        "第十二章",
        "第十三章",
        "(第2/2页)",
        "上一章",
        "章节目录",
        "下一章",
        "加入书签",
        "投推荐票",
        "推荐阅读：",
        "重生之官路商途",
        "本站所有小说为转载作品",
        BOOK,
    ]
    fam.note = (
        "GBK (header and meta); the speeches are chapters of a 'book': the expected title is the speech's "
        "(the chapter heading adds `第十二章 `), published_at the date line printed as the chapter's first line "
        "(the only date; not in the expected text). `567.html` continues at `567_2.html` (plain `下一页-->>` links "
        "in both bars). The site's address lines sit inside `#content` between the speech's lines."
    )
    return fam
