"""A middle-school site on PageAdmin CMS (.NET, the `e/zdymodel` template generation), UTF-8.
What PageAdmin's article model prints: the `current_location` crumb (`current_location_1` 当前位置
+ `current_location_2` column name), `sublanmu_box` / `sublanmu_content`, `div#articleinfor` with
`li.title > h1` and the `li.info` line (发布日期 / 作者 / 浏览量 `span#clicks` / 来源 / 字号 with
`FontZoom`), the text in `div.content#Content` followed by `/e/js/internal_page.js` (PageAdmin's
client-side pager: one speech carries the editor's `page-break-after` div, which the script turns
into pages; the served page holds the whole text), `related_article` 相关文档, `ul.sublanmu_pn`
上一篇/下一篇, the `Get_Info("article","N")` counter call and a comment box; column pages
`/news/xxyw/` and `index_2.html` with the `sublanmu_page` pager (`firstpage`, `span.c`, `nextpage`,
`lastpage`, `pageinfo`). Around it a school template: top bar, banner, nav, left column list,
footer with address, ICP and 公安备案 lines."""

from common import SPEECHES, Family, render

HOST = "www.pageadmin-zhongxue.test"
SITE = "青山市第二中学"
COLUMN = "/news/xxyw/"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/e/css/base.css" rel="stylesheet" type="text/css" />
<link href="/skin/qsez/style.css" rel="stylesheet" type="text/css" />
<script src="/e/js/jquery.js" type="text/javascript"></script>
<script src="/e/js/classbase.js" type="text/javascript"></script>
<script src="/e/js/general.js" type="text/javascript"></script>
</head>
<body>
<div class="topbar"><div class="topbar_in">
<span class="left">欢迎访问青山市第二中学网站！</span>
<span class="right"><a href="/e/member/login.aspx">会员登录</a> | <a href="/e/member/reg.aspx">注册</a> | <a href="javascript:SetHome(this,'http://www.pageadmin-zhongxue.test')">设为首页</a> | <a href="javascript:AddFavorite('http://www.pageadmin-zhongxue.test','青山市第二中学')">加入收藏</a></span>
</div></div>
<div class="header"><div class="logo"><a href="/"><img src="/skin/qsez/images/logo.png" alt="青山市第二中学" border="0" /></a></div>
<div class="search"><form action="/e/search/" method="get"><input type="text" name="keyword" class="s_text" value="" /><input type="submit" class="s_btn" value="搜索" /></form></div></div>
<div class="nav"><ul>
<li class="nav_1"><a href="/">学校首页</a></li>
<li class="nav_2"><a href="/about/xxjj/">学校概况</a></li>
<li class="nav_3"><a href="/news/xxyw/">新闻中心</a></li>
<li class="nav_4"><a href="/dangjian/">党建工作</a></li>
<li class="nav_5"><a href="/jiaoxue/">教育教学</a></li>
<li class="nav_6"><a href="/deyu/">德育之窗</a></li>
<li class="nav_7"><a href="/jiaoshi/">教师发展</a></li>
<li class="nav_8"><a href="/xsyd/">学生园地</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
<div class="footer_nav"><a href="/about/xxjj/">学校简介</a> | <a href="/about/lxwm/">联系我们</a> | <a href="/e/feedback/">留言反馈</a> | <a href="/sitemap/">网站地图</a></div>
<p>版权所有：青山市第二中学　地址：青山市滨江路218号　邮编：332100　电话：0792-8526317</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备13004726号-1</a>　<img src="/skin/qsez/images/ga.png" />赣公网安备 36040302000207号　技术支持：<a href="http://www.pageadmin.net" target="_blank">PageAdmin CMS</a></p>
</div>
<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?6e1d2c4b8a3f90e7d5c1b2a3f4e5d6c7";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""

LEFT = """<div class="left">
<div class="sublanmu_list">
<div class="sublanmu_title">新闻中心</div>
<ul>
<li class="c"><a href="/news/xxyw/">学校要闻</a></li>
<li><a href="/news/tzgg/">通知公告</a></li>
<li><a href="/news/jyjx/">教研动态</a></li>
<li><a href="/news/mtjj/">媒体聚焦</a></li>
</ul>
</div>
<div class="left_contact"><div class="left_title">联系我们</div><p>地址：青山市滨江路218号</p><p>电话：0792-8526317</p></div>
</div>
"""

PAGEBREAK = '<div style="page-break-after: always;"><span style="display: none;">&nbsp;</span></div>'

# speech, id, author, source, hits placeholder id, pagebreak after paragraph index (or None)
ARTICLES = [
    (SPEECHES["R29A5"], 1486, "校长办公室", "本站原创", 6),
    (SPEECHES["R29A6"], 1432, "", "校团委", None),
]


def url_of(aid):
    return f"/news/show-{aid}.html"


def location(last):
    return f"""<div class="current_location">
<ul>
<li class="current_location_1">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/xxyw/">新闻中心</a>&nbsp;&gt;&nbsp;<a href="/news/xxyw/">学校要闻</a></li>
<li class="current_location_2">{last}</li>
</ul>
</div>
"""


def article(idx):
    speech, aid, author, source, brk = ARTICLES[idx]
    paras = [f'<p style="text-indent: 2em;">{p}</p>' for p in speech.paras]
    if brk is not None:
        paras.insert(brk + 1, PAGEBREAK)
    content = "\r\n".join(paras)
    other = ARTICLES[1 - idx]
    link = f'<a href="{url_of(other[1])}" title="{other[0].title}">{other[0].title}</a>'
    # newer article first: 上一篇 is the newer one, 下一篇 the older one, as PageAdmin orders by date
    prev, nxt = ("", "下一篇：" + link) if idx == 0 else ("上一篇：" + link, "")
    related = ""
    if idx == 0:
        related = f"<div class='related_article'><span class='header'>相关文档</span><ul><li><a href=\"{url_of(other[1])}\" target=_blank>{other[0].title}</a></li><li><a href=\"/news/show-1391.html\" target=_blank>我校召开2024年春季开学工作会议</a></li></ul></div>"
    author_html = f"&nbsp;作者：{author}" if author else ""
    body = (
        '<div class="main">\n'
        + LEFT
        + '<div class="right">\n'
        + location("学校要闻")
        + """<div class="sublanmu_box sublanmu_box_41" id="sublanmu_box">
<div class="sublanmu_content" id="sublanmu_content">

<div class="articleinfor" id="articleinfor">
<ul>
<li class="title"><h1>@@H1@@
</h1></li>
<li class="info">
发布日期：@@DATE@@&nbsp;&nbsp;
@@AUTHOR@@
浏览量：<span id="clicks"></span>&nbsp;&nbsp;&nbsp;来源：@@SOURCE@@&nbsp;&nbsp;字号：[&nbsp;<a href="javascript:FontZoom('16px','Content')">大</a> <a href="javascript:FontZoom('14px','Content')">中</a>  <a href="javascript:FontZoom('12px','Content')">小</a>]
</li>
</ul>

<div class="content" id="Content">

@@CONTENT@@

</div>
</div>
<script src="/e/js/internal_page.js" type="text/javascript"></script>
@@RELATED@@
<ul class="sublanmu_pn">
<li>@@PREV@@</li>
<li>@@NEXT@@</li>
</ul>
<script type="text/javascript">Get_Info("article","@@AID@@")</script>
<div class="comment_box" id="comment_box">
<div class="comment_title"><span class="right">已有<font color="red">0</font>条评论</span>网友评论</div>
<div class="comment_list" id="comment_list"></div>
<div class="comment_form">
<textarea name="comment_content" id="comment_content" rows="5" cols="60"></textarea><br />
<span class="tip">请先<a href="/e/member/login.aspx">登录</a>后再发表评论，评论内容需经审核后显示。</span>
<input type="button" value="提交评论" class="bt" onclick="Post_Comment('article','@@AID@@')" />
</div>
</div>
</div></div>
</div>
</div>
"""
    )
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}-学校要闻-{SITE}",
        KEYWORDS=speech.title,
        DESC=speech.paras[2][:80],
        H1=speech.title,
        DATE=speech.date,
        AUTHOR=author_html,
        SOURCE=source,
        CONTENT=content,
        RELATED=related,
        PREV=prev,
        NEXT=nxt,
        AID=aid,
    )


FILLER = [
    (1509, "我校举行2024年教师节庆祝表彰大会", "2024-09-10"),
    (1498, "我校开展新生入学教育系列活动", "2024-09-05"),
    (1475, "我校召开新学期教职工大会", "2024-08-29"),
    (1466, "2024届高三学子高考喜报", "2024-06-26"),
    (1451, "我校举办第十二届校园科技节", "2024-06-14"),
    (1418, "我校举行2024届高三成人礼", "2024-05-04"),
    (1402, "市教育局领导来我校调研指导工作", "2024-04-16"),
]


def page_bar(cur, count, records):
    def go(i):
        return f"{COLUMN}index.html" if i == 1 else f"{COLUMN}index_{i}.html"

    html = '<div class="sublanmu_page">'
    if cur == 1:
        html += '<span class="firstpage">首页</span>'
    else:
        html += f'<a href="{go(1)}" class="firstpage">首页</a> <a href="{go(cur - 1)}" class="prevpage">上一页</a>'
    for i in range(1, count + 1):
        html += f' <span class="c">{i}</span>' if i == cur else f' <a href="{go(i)}">{i}</a>'
    if cur < count:
        html += f' <a href="{go(cur + 1)}" class="nextpage">下一页</a> <a href="{go(count)}" class="lastpage">尾页</a>'
    else:
        html += ' <span class="lastpage">尾页</span>'
    html += f' <span class="pageinfo">第{cur}页/共{count}页 共{records}条记录</span>'
    return html + "</div>"


def listing(n):
    a5, a6 = ARTICLES
    if n == 1:
        rows = FILLER[:2] + [(a5[1], a5[0].title, a5[0].date)] + FILLER[2:4]
    else:
        rows = FILLER[4:5] + [(a6[1], a6[0].title, a6[0].date)] + FILLER[5:]
    items = "\n".join(
        f"""<li><span class="title">
<a href="{url_of(a)}" target="_blank" title="{t}" style="">{t}</a></span>
<span class="date">{d}</span>
<span class="clear"></span>
</li>"""
        for a, t, d in rows
    )
    body = (
        '<div class="main">\n'
        + LEFT
        + '<div class="right">\n'
        + location("学校要闻")
        + f"""<div class="sublanmu_box sublanmu_box_44">
<div class="sublanmu_content sublanmu_content_article"><ul class="article">
{items}
</ul>
{page_bar(n, 2, 9)}
</div>
</div>
</div>
</div>
"""
    )
    return render(
        HEAD + body + FOOT,
        TITLE=f"学校要闻-{SITE}",
        KEYWORDS="学校要闻",
        DESC=f"{SITE}学校要闻",
    )


def home():
    a5 = ARTICLES[0]
    rows = FILLER[:2] + [(a5[1], a5[0].title, a5[0].date)] + FILLER[2:4]
    items = "\n".join(
        f'<li><span class="date">{d[5:]}</span><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>'
        for a, t, d in rows
    )
    body = f"""<div class="banner"><img src="/skin/qsez/images/banner.jpg" width="1000" height="260" alt="青山市第二中学" /></div>
<div class="main">
<div class="index_news">
<div class="index_title"><span class="more"><a href="/news/xxyw/">更多&gt;&gt;</a></span>学校要闻</div>
<ul class="article">
{items}
</ul>
</div>
<div class="index_notice">
<div class="index_title"><span class="more"><a href="/news/tzgg/">更多&gt;&gt;</a></span>通知公告</div>
<ul><li><a href="/news/tzgg/">关于2024年国庆节放假安排的通知</a></li></ul>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=SITE,
        KEYWORDS="青山市第二中学,青山二中",
        DESC="青山市第二中学官方网站",
    )


def build() -> Family:
    fam = Family(
        HOST,
        "middle-school site on PageAdmin CMS (.NET, e/zdymodel article templates, UTF-8, /news/show-N.html, internal_page.js client pager)",
        content_type="text/html; charset=utf-8",
    )
    for idx, (speech, aid, *_rest) in enumerate(ARTICLES):
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech)
    fam.put(COLUMN + "index.html", listing(1))
    fam.put(COLUMN + "index_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/member/\nDisallow: /e/master/\nDisallow: /e/aspx/\n")
    fam.not_documents += ["/", COLUMN, COLUMN + "index_2.html"]
    fam.noise += [
        "当前位置",
        "发布日期",
        "浏览量",
        "字号",
        "来源：",
        "相关文档",
        "上一篇",
        "下一篇",
        "网友评论",
        "提交评论",
        "学校要闻",
        "我校召开2024年春季开学工作会议",
        "赣ICP备13004726号-1",
        "PageAdmin",
    ]
    return fam
