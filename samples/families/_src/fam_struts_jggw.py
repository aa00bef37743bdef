"""A provincial 省直机关工委 site (淮江省直机关党建网) on a Java Struts2 政府网站 platform that answers every page
through `.action` URLs (as 黑龙江's city portals print `News_showNews.action?messagekey=N`), UTF-8
(Tomcat's `text/html;charset=UTF-8`).

Home `/` (工委要闻 / 领导讲话 / 基层党建 blocks) → 领导讲话 column
`News_showList.action?columnid=21` (+ `&pageNo=2`, the platform's `共N条 首页 上一页 下一页 尾页 第1/2页` pager
with a 跳转 select) → articles `News_showNews.action?messagekey=N`: gov meta tags (SiteName, SiteDomain,
SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource, Keywords, Url), 当前位置 crumb, `div.news_title`
h1, `div.news_info` (发布时间 / 来源 / 作者 / 浏览次数 from `News_hits.action` script / 【字号：大 中 小】),
`div#fontzoom.news_content` with `<p style="text-indent:2em">`; a 2-page speech continued at
`&curpage=2` (the platform's `[NEXTPAGE]` split printed as `div.news_page`: 上一页 1 2 下一页); after the text
(on the last page) `div.news_source` 来源：… and `div.news_editor` 责任编辑：…; 【打印本页】【关闭窗口】,
上一篇 / 下一篇, 相关链接, 扫一扫在手机上查看, footer with 主办单位 / 网站标识码 / ICP 备案 / 公网安备 lines, the 党政机关 and 找错 scripts."""

from common import SPEECHES, Family, split_paras

HOST = "www.jggw-songbo.gov.test"
LIST = "/News_showList.action?columnid=21"
LIST2 = "/News_showList.action?columnid=21&pageNo=2"

ARTS = [
    # speech, messagekey, time, source, author, hits, editor, pages
    (SPEECHES["f54b-1"], 190412, "2024-04-18 17:36:05", "省直机关工委办公室", "", 2316, "刘思远", 2),
    (SPEECHES["f54b-2"], 191377, "2024-06-05 16:02:41", "省直机关纪工委", "纪工委综合室", 1487, "何雨桐", 1),
]
OTHERS = [
    (191822, "省直机关工委召开理论学习中心组集体学习会议", "2024-06-21"),
    (191560, "工委领导赴省交通运输厅调研机关党建工作", "2024-06-12"),
    (190988, "省直机关第二季度党建工作例会召开", "2024-05-20"),
    (190217, "工委主要负责同志为省直机关新任处级干部讲授党课", "2024-04-09"),
    (189960, "省直机关2024年党建工作会议召开", "2024-03-15"),
]
OLD = [
    (188734, "在省直机关基层党组织书记示范培训班上的讲话", "2023-11-27"),
    (188102, "在省直机关青年理论学习小组成果交流会上的讲话", "2023-10-16"),
]


def art_url(key, page=1):
    return f"/News_showNews.action?messagekey={key}" + (f"&curpage={page}" if page > 1 else "")


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="淮江省直机关党建网" />
<meta name="SiteDomain" content="www.jggw-songbo.gov.test" />
<meta name="SiteIDCode" content="HJ0000000017" />
@@META@@<link href="/static/css/style.css" rel="stylesheet" type="text/css" />
<link href="/static/css/news.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/static/js/common.js"></script>
</head>
<body>
<div class="top_bar"><div class="w1000"><span class="fl">今天是：<script type="text/javascript">showDate();</script></span><span class="fr"><a href="javascript:SetHome(this,'http://www.jggw-songbo.gov.test');">设为首页</a> | <a href="javascript:AddFavorite('淮江省直机关党建网',location.href);">加入收藏</a> | <a href="/Index_wap.action">手机版</a> | <a href="javascript:void(0);" id="wza">无障碍浏览</a></span></div></div>
<div class="header"><div class="w1000"><a href="/"><img src="/static/images/logo.png" alt="淮江省直机关党建网" width="560" height="90" /></a>
<form class="search" action="/Search_showResult.action" method="post" target="_blank"><input type="text" name="keyword" class="s_txt" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="submit" class="s_btn" value="搜索" /></form></div></div>
<div class="nav"><div class="w1000"><ul>
<li><a href="/">首　页</a></li><li><a href="/News_showList.action?columnid=11">工委要闻</a></li><li class="on"><a href="/News_showList.action?columnid=21">领导讲话</a></li><li><a href="/News_showList.action?columnid=31">基层党建</a></li><li><a href="/News_showList.action?columnid=41">模范机关</a></li><li><a href="/News_showList.action?columnid=51">纪检监察</a></li><li><a href="/News_showList.action?columnid=61">群团工作</a></li><li><a href="/News_showList.action?columnid=71">理论园地</a></li><li><a href="/Guestbook_show.action">书记信箱</a></li>
</ul></div></div>
<div class="w1000 main">
"""

FOOT = """</div>
<div class="footer"><div class="w1000">
<div class="f_link"><a href="/News_showNews.action?messagekey=100001">关于我们</a> | <a href="/News_showNews.action?messagekey=100002">联系我们</a> | <a href="/Sitemap_show.action">网站地图</a> | <a href="/News_showNews.action?messagekey=100003">使用帮助</a></div>
<div class="f_info"><span class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/17/000/0000/60000000/CA170000000600000000000.js' type='text/javascript'%3E%3C/script%3E"));</script></span>
<p>主办单位：中共淮江省直属机关工作委员会　承办：省直机关工委办公室　地址：淮江市青禾路 18 号　邮编：150001</p>
<p>网站标识码：HJ0000000017　<a href="https://beian.miit.gov.cn/" target="_blank">淮ICP备05001234号-1</a>　<img src="/static/images/gaba.png" alt="" />淮公网安备 23010202000117号</p>
<p>建议使用 1280×1024 分辨率、IE9 以上浏览器浏览本站</p>
<span class="zhaocuo"><script id="_jiucuo_" sitecode="HJ0000000017" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></span></div>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3c5d1e8b9a0f4d2c7e6b1a9d8f0e2c41"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


def head(title, meta=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@META@@", meta)


def li(key, title, date):
    return f'<li><span class="date">[{date}]</span><a href="{art_url(key)}" target="_blank" title="{title}">{title}</a></li>'


def list_page(rows, page):
    pager_cur = f"第{page}/2页"
    if page == 1:
        nav = f'<a href="{LIST}">首页</a> <span class="dis">上一页</span> <a href="{LIST2}">下一页</a> <a href="{LIST2}">尾页</a>'
    else:
        nav = f'<a href="{LIST}">首页</a> <a href="{LIST}">上一页</a> <span class="dis">下一页</span> <a href="{LIST2}">尾页</a>'
    sel = "".join(f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>' for n in (1, 2))
    body = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{LIST}">领导讲话</a></div>
<div class="left_menu"><h3>领导讲话</h3><ul><li class="on"><a href="{LIST}">领导讲话</a></li><li><a href="/News_showList.action?columnid=22">工作部署</a></li><li><a href="/News_showList.action?columnid=23">文件通知</a></li></ul></div>
<div class="right_list"><div class="list_tit"><span>领导讲话</span></div>
<ul class="news_list">
{chr(10).join(rows)}
</ul>
<div class="page_list">共9条 每页8条 {pager_cur} {nav} 转到 <select onchange="location.href='/News_showList.action?columnid=21&amp;pageNo='+this.value">{sel}</select> 页</div>
</div>
"""
    return head("领导讲话_淮江省直机关党建网") + body + FOOT


def article(a, page, parts):
    s, key, time, src, author, hits, editor, npages = a
    meta = (f'<meta name="ColumnName" content="领导讲话" />\n<meta name="ArticleTitle" content="{s.title}" />\n'
            f'<meta name="PubDate" content="{time[:16]}" />\n<meta name="ContentSource" content="{src}" />\n'
            f'<meta name="Keywords" content="领导讲话" />\n<meta name="Url" content="http://{HOST}{art_url(key)}" />\n')
    paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in parts[page - 1])
    pager = ""
    if npages > 1:
        links = " ".join(f'<span class="cur">{n}</span>' if n == page else f'<a href="{art_url(key, n)}">{n}</a>' for n in range(1, npages + 1))
        prev = f'<a href="{art_url(key, page - 1)}">上一页</a>' if page > 1 else '<span class="dis">上一页</span>'
        nxt = f'<a href="{art_url(key, page + 1)}">下一页</a>' if page < npages else '<span class="dis">下一页</span>'
        pager = f'<div class="news_page">{prev} {links} {nxt}</div>\n'
    tail = ""
    if page == npages:
        tail = (f'<div class="news_source">来源：{src}</div>\n'
                f'<div class="news_editor">责任编辑：{editor}</div>\n')
    other = ARTS[1] if a is ARTS[0] else ARTS[0]
    prevnext = (f'<div class="prev_next"><p>上一篇：<a href="{art_url(OLD[0][0])}">{OLD[0][1]}</a></p><p>下一篇：<a href="{art_url(other[1])}">{other[0].title}</a></p></div>'
                if a is ARTS[0] else
                f'<div class="prev_next"><p>上一篇：<a href="{art_url(other[1])}">{other[0].title}</a></p><p>下一篇：<a href="{art_url(OTHERS[1][0])}">{OTHERS[1][1]}</a></p></div>')
    body = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{LIST}">领导讲话</a> &gt; 正文</div>
<div class="news_box">
<div class="news_title"><h1>{s.title}</h1></div>
<div class="news_info">发布时间：{time}　来源：{src}　作者：{author}　浏览次数：<span id="hits"></span><script type="text/javascript" src="/News_hits.action?messagekey={key}"></script>　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="news_content" id="fontzoom">
{paras}
</div>
{pager}{tail}<div class="news_tools"><span class="ewm"><img src="/Qrcode_show.action?messagekey={key}" alt="" width="90" height="90" /><br />扫一扫在手机上查看当前页面</span><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
{prevnext}
<div class="xglj"><h4>相关链接</h4><ul>
{li(OTHERS[0][0], OTHERS[0][1], OTHERS[0][2])}
{li(OTHERS[3][0], OTHERS[3][1], OTHERS[3][2])}
{li(OLD[1][0], OLD[1][1], OLD[1][2])}
</ul></div>
</div>
"""
    title = s.title + "_淮江省直机关党建网"
    return head(title, meta) + body + FOOT


def build() -> Family:
    fam = Family(HOST, "Java Struts2 `.action` 政府网站 platform, provincial 省直机关工委 site", content_type="text/html;charset=UTF-8")
    a1, a2 = ARTS
    # listing page 1: a2 (newest speech) among newer news; a1 on page 2
    rows1 = [li(a2[1], a2[0].title, a2[2][:10])] + [
        li(k, t, d) for k, t, d in [
            (192010, "在省直机关党支部书记“擂台比武”活动上的点评讲话", "2024-06-28"),
            (191790, "在省直机关“喜迎七一”主题党日活动上的讲话", "2024-06-20"),
        ]
    ]
    rows1 = [rows1[1], rows1[2], rows1[0]] + [
        li(k, t, d) for k, t, d in [
            (191240, "在省直机关统战工作座谈会上的讲话", "2024-05-30"),
            (191102, "在省直机关“五四”青年座谈会上的讲话", "2024-05-06"),
            (190880, "在省直机关意识形态工作专题会议上的讲话", "2024-04-29"),
            (190701, "在省直机关工会工作会议上的讲话", "2024-04-25"),
            (190533, "在省直机关党务干部培训班结业式上的讲话", "2024-04-22"),
        ]
    ]
    rows2 = [li(a1[1], a1[0].title, a1[2][:10])]
    fam.route(LIST, "/list/col21_p1.html", list_page(rows1, 1))
    fam.route(LIST2, "/list/col21_p2.html", list_page(rows2, 2))
    fam.not_documents += [LIST, LIST2]
    for a in ARTS:
        s, key, *_rest = a
        npages = a[7]
        parts = split_paras(s.paras, npages)
        pages = []
        for n in range(1, npages + 1):
            fam.route(art_url(key, n), f"/news/{key}_{n}.html", article(a, n, parts))
            pages.append(art_url(key, n))
        fam.doc(pages, s)
    # the second page read alone is not a document
    fam.not_documents.append(art_url(a1[1], 2))
    home_body = f"""<div class="flash_news"><a href="{art_url(OTHERS[0][0])}"><img src="/upload/2024/06/21/ztxx.jpg" alt="" width="480" height="300" /></a><p>{OTHERS[0][1]}</p></div>
<div class="i_box gwyw"><div class="i_tit"><span>工委要闻</span><a href="/News_showList.action?columnid=11" class="more">更多&gt;&gt;</a></div><ul>
{chr(10).join(li(k, t, d) for k, t, d in OTHERS)}
</ul></div>
<div class="i_box ldjh"><div class="i_tit"><span>领导讲话</span><a href="{LIST}" class="more">更多&gt;&gt;</a></div><ul>
{chr(10).join(rows1[:4])}
</ul></div>
<div class="i_box jcdj"><div class="i_tit"><span>基层党建</span><a href="/News_showList.action?columnid=31" class="more">更多&gt;&gt;</a></div><ul>
<li><span class="date">[06-25]</span>省财政厅机关党委开展“党建+业务”融合观摩活动</li>
<li><span class="date">[06-19]</span>省自然资源厅第三党支部赴革命老区开展主题党日</li>
</ul></div>
<div class="i_banner"><a href="/News_showList.action?columnid=41"><img src="/upload/banner/mfjg.jpg" alt="深入推进模范机关创建" width="1000" height="90" /></a></div>
"""
    home = head("淮江省直机关党建网") + home_body + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Search_showResult.action\nDisallow: /Guestbook_show.action\n", "ascii")
    fam.noise += ["责任编辑：刘思远", "责任编辑：何雨桐", "来源：省直机关工委办公室", "扫一扫在手机上查看当前页面", "相关链接", "网站标识码：HJ0000000017"]
    fam.note = ("Struts2 `.action` query routes for every page; the first speech runs over `&curpage=2` (its page 2 alone is "
                "not a document); 来源 / 责任编辑 lines right under the text on the last page are not text.")
    return fam
