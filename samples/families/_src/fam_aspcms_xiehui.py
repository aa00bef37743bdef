"""行业协会 site (中国绿色建材行业协会-like) on ASPCMS 2.x (ASP + Access, pseudo-static `?N.html` URLs).

IIS sends `text/html` with no charset, utf-8 meta. Every page but the home is a query route: home `/`
(flash banner, 协会动态 / 领导讲话 / 通知公告 blocks) → column `/newslist/?5_1.html` (领导讲话; page 2
`/newslist/?5_2.html` is not a document; ASPCMS's `共2页 页次:1/2页 首页 上一页 下一页 尾页` pager) →
articles `/news/?128.html`: `您当前的位置：首页 >> 领导讲话 >> 正文`, `h1`, info line (发布时间 `2024-6-20
15:30:45` / 作者：秘书处 / 来源 / 点击 via `/inc/AspCms_Visits.asp?id=N` script), text as `　　`-indented `<p>`s,
the 附件下载 list (`/upLoad/down/month_2406/….pdf`, a `.doc`; not served), 【打印本页】【关闭窗口】 links,
上一篇 / 下一篇, left column menu, footer with 协会地址 / 备案 / `Powered by AspCms`. The print view
`/plug/print.asp?id=N` (the association's own plain page: title, date, text, 附件 names, `window.print()`
buttons) carries the whole speech and is not a document."""

from common import SPEECHES, Family, render

HOST = "www.lvjian-xiehui-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="中国绿色建材行业协会,绿色建材,团体标准,行业自律" />
<meta name="description" content="@@DESC@@" />
<link href="/Templates/xiehui/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Templates/xiehui/js/jquery.js"></script>
<script type="text/javascript" src="/inc/AspCms_Common.js"></script>
</head>
<body>
<div id="top"><div class="top_in">
<span class="fl">欢迎访问中国绿色建材行业协会官方网站！</span>
<span class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.lvjian-xiehui-like.test');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.lvjian-xiehui-like.test','中国绿色建材行业协会')">加入收藏</a> | <a href="/about/?1.html">联系我们</a></span>
</div></div>
<div id="header"><div class="logo"><a href="/"><img src="/Templates/xiehui/images/logo.jpg" alt="中国绿色建材行业协会" /></a></div>
<div class="member_login"><form action="/plug/login.asp?action=login" method="post">会员账号：<input name="username" class="input" /> 密码：<input name="password" type="password" class="input" /> <input type="submit" value="登录" class="btn" /> <a href="/plug/reg.asp">会员申请</a></form></div>
</div>
<div id="nav"><ul>
<li><a href="/">网站首页</a></li>
<li><a href="/about/?1.html">协会概况</a></li>
<li><a href="/newslist/?2_1.html">协会动态</a></li>
<li><a href="/newslist/?5_1.html">领导讲话</a></li>
<li><a href="/newslist/?3_1.html">通知公告</a></li>
<li><a href="/newslist/?6_1.html">标准规范</a></li>
<li><a href="/newslist/?7_1.html">政策法规</a></li>
<li><a href="/downlist/?8_1.html">资料下载</a></li>
<li><a href="/newslist/?9_1.html">会员风采</a></li>
</ul></div>
"""

FOOT = """<div id="footer">
<p><a href="/">网站首页</a> | <a href="/about/?1.html">协会简介</a> | <a href="/about/?4.html">入会须知</a> | <a href="/gbook/">在线留言</a> | <a href="/sitemap/">网站地图</a></p>
<p>主办单位：中国绿色建材行业协会　地址：北京市海淀区三里河路11号建材大厦六层　邮编：100831</p>
<p>电话：010-5799xxxx　传真：010-5799xxxx　邮箱：lvjian@lvjian-xiehui-like.test</p>
<p>版权所有 &copy; 中国绿色建材行业协会　<a href="http://beian.miit.gov.cn" target="_blank">京ICP备09012345号-1</a>　Powered by <a href="http://www.aspcms.com" target="_blank">AspCms</a></p>
<script type="text/javascript" src="/inc/AspCms_Statistics.asp"></script>
</div>
</body>
</html>
"""

LEFT = """<div class="left">
<div class="left_title">领导讲话</div>
<ul class="left_menu">
<li><a href="/newslist/?2_1.html">协会动态</a></li>
<li class="on"><a href="/newslist/?5_1.html">领导讲话</a></li>
<li><a href="/newslist/?3_1.html">通知公告</a></li>
<li><a href="/newslist/?6_1.html">标准规范</a></li>
</ul>
<div class="left_title">联系我们</div>
<div class="left_contact">秘书处：010-5799xxxx<br />会员部：010-5799xxxx<br />地址：北京市海淀区三里河路11号</div>
</div>"""

LIST, LIST2 = "/newslist/?5_1.html", "/newslist/?5_2.html"
A1, A2 = "/news/?128.html", "/news/?103.html"  # standard talk (newer), 会长办公会 (older)
P1, P2 = "/plug/print.asp?id=128", "/plug/print.asp?id=103"


def fpath(target):
    safe = target.strip("/").replace("/?", "/q_").replace(".asp?id=", "_id").replace("?", "_")
    return f"/_q/{safe}.html" if not safe.endswith(".html") else f"/_q/{safe}"


def article(sp, n, stamp, author, source, clicks, attach, prev, nxt, printurl):
    paras = "\n".join(f"<p>　　{p}</p>" for p in sp.paras)
    att = "\n".join(f'<li><img src="/Templates/xiehui/images/fj.gif" alt="" /> <a href="{u}" target="_blank">{name}</a></li>' for u, name in attach)
    return render(HEAD, TITLE=f"{sp.title}-领导讲话-中国绿色建材行业协会", DESC=sp.title) + f"""<div id="main">
{LEFT}
<div class="right">
<div class="location">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="{LIST}">领导讲话</a> &gt;&gt; 正文</div>
<div class="content">
<h1 class="title">{sp.title}</h1>
<div class="info">发布时间：{stamp}　作者：{author}　来源：{source}　点击：<script type="text/javascript" src="/inc/AspCms_Visits.asp?id={n}"></script>次</div>
<div class="newscont" id="fontzoom">
{paras}
</div>
<div class="fujian"><b>附件下载：</b><ul>
{att}
</ul></div>
<div class="tools">【<a href="{printurl}" target="_blank">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
<div class="prenext"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
</div>
<div class="clear"></div>
</div>
""" + FOOT


def printview(sp, stamp, attach):
    paras = "\n".join(f"<p>　　{p}</p>" for p in sp.paras)
    names = "<br />".join(name for _, name in attach)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{sp.title} - 打印页面</title>
<style type="text/css">body{{font-size:14px;line-height:200%}} .noprint{{text-align:center}} @media print{{.noprint{{display:none}}}}</style>
</head>
<body>
<table width="700" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" style="font-size:20px;font-weight:bold;padding:20px 0">{sp.title}</td></tr>
<tr><td align="center" style="color:#666">中国绿色建材行业协会　{stamp}</td></tr>
<tr><td><hr size="1" /></td></tr>
<tr><td>
{paras}
</td></tr>
<tr><td style="color:#666">附件：<br />{names}</td></tr>
<tr><td><hr size="1" /></td></tr>
<tr><td class="noprint"><input type="button" value="打 印" onclick="window.print()" /> <input type="button" value="关 闭" onclick="window.close()" /></td></tr>
</table>
</body>
</html>
"""


def build() -> Family:
    s1, s2 = SPEECHES["f52d-6"], SPEECHES["f52d-5"]
    fam = Family(HOST, "行业协会 site on ASPCMS 2.x (ASP), 领导讲话 column, print view, 附件下载", content_type="text/html")
    att1 = [("/upLoad/down/month_2406/202406201530458216.pdf", "T/CGBMA 012-2024《绿色建材评价技术规范》.pdf"),
            ("/upLoad/down/month_2406/202406201531127705.doc", "标准宣贯会参会回执.doc")]
    att2 = [("/upLoad/down/month_2401/202401181622403318.doc", "协会2024年工作要点.doc")]
    st1, st2 = "2024-6-20 15:30:45", "2024-1-18 16:22:40"
    pages = {
        A1: article(s1, 128, st1, "秘书处", "本站原创", "", att1,
                    f'<a href="{A2}">{s2.title}</a>', "没有了", P1),
        A2: article(s2, 103, st2, "秘书处", "协会办公室", "", att2,
                    '<a href="/news/?87.html">在协会第五届理事会第三次会议上的总结讲话</a>', f'<a href="{A1}">{s1.title}</a>', P2),
        P1: printview(s1, st1, att1),
        P2: printview(s2, st2, att2),
    }

    def listing(items, pager):
        rows = "\n".join(f'<li><span class="date">{d}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>' for u, t, d in items)
        return render(HEAD, TITLE="领导讲话-中国绿色建材行业协会", DESC="领导讲话") + f"""<div id="main">
{LEFT}
<div class="right">
<div class="location">您当前的位置：<a href="/">首页</a> &gt;&gt; 领导讲话</div>
<ul class="newslist">
{rows}
</ul>
<div class="pages">{pager}</div>
</div>
<div class="clear"></div>
</div>
""" + FOOT

    pages[LIST] = listing(
        [(A1, s1.title, "2024-06-20"), (A2, s2.title, "2024-01-18"),
         ("/news/?87.html", "在协会第五届理事会第三次会议上的总结讲话", "2023-11-09"),
         ("/news/?72.html", "在第十五届绿色建材博览会开幕式上的致辞", "2023-09-12")],
        f'共2页 页次:1/2页 <a href="{LIST}">首页</a> 上一页 <a href="{LIST2}">下一页</a> <a href="{LIST2}">尾页</a>')
    pages[LIST2] = listing(
        [("/news/?51.html", "在行业质量提升现场会上的讲话", "2023-05-26"),
         ("/news/?38.html", "在2023年会长办公会议上的讲话", "2023-01-12")],
        f'共2页 页次:2/2页 <a href="{LIST}">首页</a> <a href="{LIST}">上一页</a> 下一页 <a href="{LIST2}">尾页</a>')
    for target, text in pages.items():
        fam.route(target, fpath(target), text)
    fam.put("/", render(HEAD, TITLE="中国绿色建材行业协会", DESC="中国绿色建材行业协会官方网站") + f"""<div id="banner"><script type="text/javascript" src="/Templates/xiehui/js/flash_banner.js"></script></div>
<div id="main">
<div class="box w330"><div class="box_title"><span class="more"><a href="/newslist/?2_1.html">更多&gt;&gt;</a></span>协会动态</div><ul class="list">
<li><span>06-21</span><a href="/news/?129.html">协会召开《绿色建材评价技术规范》团体标准宣贯会</a></li>
<li><span>05-30</span><a href="/news/?125.html">协会赴华东地区会员企业开展调研</a></li>
</ul></div>
<div class="box w330"><div class="box_title"><span class="more"><a href="{LIST}">更多&gt;&gt;</a></span>领导讲话</div><ul class="list">
<li><span>06-20</span><a href="{A1}">{s1.title}</a></li>
<li><span>01-18</span><a href="{A2}">{s2.title}</a></li>
</ul></div>
<div class="box w330"><div class="box_title"><span class="more"><a href="/newslist/?3_1.html">更多&gt;&gt;</a></span>通知公告</div><ul class="list">
<li><span>06-05</span><a href="/news/?127.html">关于召开团体标准宣贯会的通知</a></li>
<li><span>03-11</span><a href="/news/?110.html">关于缴纳2024年度会费的通知</a></li>
</ul></div>
<div class="clear"></div>
</div>
""" + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /inc/\nDisallow: /plug/\nDisallow: /upLoad/\n")
    fam.doc([A1], s1)
    fam.doc([A2], s2)
    fam.noise = ["附件下载：", "打印本页", "上一篇：", "发布时间：", "Powered by"]
    fam.not_documents = [LIST2, P1, P2]
    return fam
