"""City 干部学院 (澧川干部学院, 市委党校分院) site on ASPCMS 2.x (classic ASP on IIS): header `text/html` with no
charset, UTF-8 given only by the meta tag.

ASPCMS's dynamic URLs: home `/`, lists `/newslist/?<sort>_<page>.html` (`?7_1.html`, `?7_2.html`), articles
`/news/?<id>.html`, all as query routes; ASP dates unpadded (`2023-9-21 16:20:11`), 点击 counter by
`<script src="/inc/AspCms_VisitsAdd.asp?id=N">`, 上一篇/下一篇 (`没有了`). The lecture transcripts (讲稿):
one opens with the 讲座 notice (`编者按：…现将讲稿整理刊发`) and has 课件 (PPT) slide images with ▲ captions
between its 一、二、三、 sections; the other is announced on a separate 讲座预告 page (not a document) and its
page has a `主讲人：` line first and `（根据现场录音整理，未经本人审阅）` last."""

from common import SPEECHES, Family

HOST = "www.lcgbxy.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="澧川干部学院,干部教育培训,党校" />
<meta name="description" content="@@DESC@@" />
<link href="/Templates/cn/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Templates/cn/js/jquery.js"></script>
<script type="text/javascript" src="/Templates/cn/js/nav.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span class="fl">欢迎访问澧川干部学院官方网站！</span><span class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.lcgbxy.test/');">设为首页</a> | <a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href,document.title);">加入收藏</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/upLoad/slide/month_1503/201503101025113842.png" alt="澧川干部学院（中共澧川市委党校分院）" /></a></div></div>
<div class="nav"><div class="wrap"><ul id="nav">
<li><a href="/">网站首页</a></li>
<li><a href="/about/?1.html">学院概况</a></li>
<li><a href="/newslist/?2_1.html">学院动态</a></li>
<li><a href="/newslist/?7_1.html">讲座讲稿</a></li>
<li><a href="/newslist/?8_1.html">培训通知</a></li>
<li><a href="/newslist/?9_1.html">理论研究</a></li>
<li><a href="/gbook/">在线留言</a></li>
</ul></div></div>
<div class="wrap main">
"""

FOOT = """</div>
<div class="footer"><div class="wrap">
<p><a href="/about/?1.html">学院简介</a> | <a href="/about/?3.html">联系我们</a> | <a href="/gbook/">在线留言</a></p>
<p>版权所有：澧川干部学院　地址：澧川市滨江大道196号　电话：0736-7220168</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备14012087号</a>　Powered by <a href="http://www.aspcms.com" target="_blank">ASPCMS</a></p>
</div></div>
<script type="text/javascript" src="/inc/AspCms_Statistics.asp"></script>
</body>
</html>
"""


def head(title, desc):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc)


def side():
    return """<div class="left">
<div class="left_title">讲座讲稿</div>
<ul class="left_nav"><li><a href="/newslist/?7_1.html">讲座讲稿</a></li><li><a href="/newslist/?2_1.html">学院动态</a></li><li><a href="/newslist/?8_1.html">培训通知</a></li></ul>
<div class="left_title">联系我们</div>
<div class="left_contact">教务处：0736-7220171<br />办公室：0736-7220168<br />邮箱：lcgbxy@163.com</div>
</div>
"""


def article(nid, sort, sortname, title, stamp, body, prev, nxt):
    return head(f"{title}-澧川干部学院", title[:60]) + side() + f"""<div class="right">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/newslist/?{sort}_1.html">{sortname}</a> &gt; 正文</div>
<div class="content">
<h1 class="title">{title}</h1>
<div class="info">发布时间：{stamp}　作者：教务处　点击：<script src="/inc/AspCms_VisitsAdd.asp?id={nid}"></script>次　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="text" id="textbody">
{body}
</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
<div class="prenext">上一篇：{prev}<br />下一篇：{nxt}</div>
</div>
</div>
""" + FOOT


def lecture_body(paras, slides):
    out, sec = [], 0
    for p in paras:
        if p[:2] in ("一、", "二、", "三、", "四、"):
            if sec < len(slides):
                img, cap = slides[sec]
                out.append(f'<p style="text-align:center;"><img src="/upLoad/news/month_2309/{img}" alt="" border="0" width="600" /></p>\n<p style="text-align:center;"><span style="font-size:12px;color:#666666;">{cap}</span></p>')
            sec += 1
            out.append(f'<p style="text-indent:2em;"><span style="font-family:黑体;">{p}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{p}</p>')
    return "\n".join(out)


def listing(sort, name, rows, page, pages):
    lis = "\n".join(f'<li><a href="/news/?{i}.html" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for i, t, d in rows)
    prev = "上一页" if page == 1 else f'<a href="?{sort}_{page - 1}.html">上一页</a>'
    nxt = "下一页" if page == pages else f'<a href="?{sort}_{page + 1}.html">下一页</a>'
    pager = f'<div class="page">共{pages}页 页次:{page}/{pages}页 <a href="?{sort}_1.html">首页</a> {prev} ' + " ".join(
        f'<span>{n}</span>' if n == page else f'<a href="?{sort}_{n}.html">{n}</a>' for n in range(1, pages + 1)) + f' {nxt} <a href="?{sort}_{pages}.html">尾页</a> 转到：<select onchange="location.href=this.value">' + "".join(
        f'<option value="?{sort}_{n}.html"{" selected" if n == page else ""}>第{n}页</option>' for n in range(1, pages + 1)) + "</select></div>"
    return head(f"{name}-澧川干部学院", name) + side() + f"""<div class="right">
<div class="location">当前位置：<a href="/">首页</a> &gt; {name}</div>
<ul class="news_list">
{lis}
</ul>
{pager}
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "city 干部学院 site on ASPCMS 2.x (classic ASP, /news/?ID.html)", content_type="text/html")
    s3, s4 = SPEECHES["f52b-3"], SPEECHES["f52b-4"]
    notice = ('<p style="text-indent:2em;"><span style="font-family:楷体_GB2312;">编者按：9月20日下午，学院在报告厅举办“学院讲坛”第十二讲，邀请市委政研室原主任、学院特聘教授陈立中为全市第二期中青年干部培训班学员作“以调查研究推动工作落实”专题讲座。现将讲稿整理刊发，供学习参考。</span></p>\n'
              '<p style="text-align:center;"><img src="/upLoad/news/month_2309/202309211615428811.jpg" alt="" border="0" width="600" /></p>\n<p style="text-align:center;"><span style="font-size:12px;color:#666666;">▲讲座现场</span></p>\n')
    slides3 = [("202309211617033156.jpg", "▲课件（PPT）截图：没有调查就没有发言权"),
               ("202309211617209874.jpg", "▲课件（PPT）截图：调研中的“盆景”与“风景”"),
               ("202309211617385520.jpg", "▲课件（PPT）截图：调查研究“四要”")]
    body3 = notice + lecture_body(s3.paras, slides3) + '\n<p style="text-align:right;">（学院教务处　整理）</p>'
    fam.route("/news/?56.html", "/news/56.html", article(56, 7, "讲座讲稿", s3.title, "2023-9-21 16:20:11", body3,
              '<a href="/news/?53.html">学院举办2023年秋季学期开学典礼</a>', '<a href="/news/?57.html">第二期中青年干部培训班结业</a>'))
    fam.doc(["/news/?56.html"], s3, published_at="2023-09-20")

    slides4 = [("202403281021165301.jpg", "▲课件（PPT）截图：基层治理面临的三个变化"),
               ("202403281021337746.jpg", "▲课件（PPT）截图：群众工作“三个坚持”"),
               ("202403281021582019.png", "▲课件（PPT）截图：用好“脚板”“议事会”“身边人”“网络群”")]
    body4 = ('<p style="text-align:center;"><strong>主讲人：学院公共管理教研室主任、副教授　李秀英</strong></p>\n'
             + lecture_body(s4.paras, slides4).replace("month_2309", "month_2403")
             + '\n<p style="text-indent:2em;"><span style="color:#999999;">（根据现场录音整理，未经本人审阅）</span></p>')
    fam.route("/news/?71.html", "/news/71.html", article(71, 7, "讲座讲稿", s4.title, "2024-3-28 10:25:46", body4,
              '<a href="/news/?70.html">讲座预告：新时代基层治理中的群众工作方法</a>', "没有了"))
    fam.doc(["/news/?71.html"], s4, published_at="2024-03-27")

    notice4 = ('<p style="text-indent:2em;">根据2024年春季学期教学安排，学院定于3月27日（星期三）下午2:30在学院报告厅举办“学院讲坛”专题讲座，现将有关事项通知如下：</p>\n'
               '<p style="text-indent:2em;">一、讲座题目：新时代基层治理中的群众工作方法</p>\n<p style="text-indent:2em;">二、主讲人：李秀英，学院公共管理教研室主任、副教授</p>\n'
               '<p style="text-indent:2em;">三、参加人员：全市乡镇党政正职培训班全体学员，学院全体教职工</p>\n<p style="text-indent:2em;">四、有关要求：请参训学员提前10分钟入场，将手机调至静音状态，遵守课堂纪律。</p>\n'
               '<p style="text-align:right;">澧川干部学院教务处<br />2024年3月25日</p>')
    fam.route("/news/?70.html", "/news/70.html", article(70, 8, "培训通知", "讲座预告：新时代基层治理中的群众工作方法", "2024-3-25 9:12:03", notice4,
              '<a href="/news/?57.html">第二期中青年干部培训班结业</a>', '<a href="/news/?71.html">' + s4.title + "</a>"))
    for nid, t, d in [(53, "学院举办2023年秋季学期开学典礼", "2023-9-4 11:02:30"), (57, "第二期中青年干部培训班结业", "2023-9-28 17:40:12")]:
        fam.route(f"/news/?{nid}.html", f"/news/{nid}.html", article(nid, 2, "学院动态", t, d, '<p style="text-indent:2em;">（略）</p>', "没有了", "没有了"))

    rows7a = [(71, s4.title, "2024-3-28"), (66, "党的创新理论与基层实践（讲稿）", "2024-1-10")]
    rows7b = [(56, s3.title, "2023-9-21"), (49, "基层干部的法治思维（讲稿摘要）", "2023-6-2")]
    fam.route("/newslist/?7_1.html", "/newslist/7_1.html", listing(7, "讲座讲稿", rows7a, 1, 2))
    fam.route("/newslist/?7_2.html", "/newslist/7_2.html", listing(7, "讲座讲稿", rows7b, 2, 2))
    fam.route("/newslist/?8_1.html", "/newslist/8_1.html", listing(8, "培训通知", [(70, "讲座预告：新时代基层治理中的群众工作方法", "2024-3-25")], 1, 1))
    for nid, t in [(66, "党的创新理论与基层实践（讲稿）"), (49, "基层干部的法治思维（讲稿摘要）")]:
        fam.route(f"/news/?{nid}.html", f"/news/{nid}.html", article(nid, 7, "讲座讲稿", t, "2024-1-10 15:00:00", '<p style="text-indent:2em;">（讲稿正在整理中）</p>', "没有了", "没有了"))

    home = head("澧川干部学院-中共澧川市委党校分院", "澧川干部学院") + f"""<div class="index_box">
<div class="index_news"><div class="tit"><a href="/newslist/?7_1.html" class="more">更多&gt;&gt;</a>讲座讲稿</div>
<ul><li><a href="/news/?71.html" title="{s4.title}">新时代基层治理中的群众工作方法——在乡镇党政正职...</a><span>03-28</span></li><li><a href="/news/?66.html">党的创新理论与基层实践（讲稿）</a><span>01-10</span></li></ul></div>
<div class="index_news"><div class="tit"><a href="/newslist/?8_1.html" class="more">更多&gt;&gt;</a>培训通知</div>
<ul><li><a href="/news/?70.html">讲座预告：新时代基层治理中的群众工作方法</a><span>03-25</span></li></ul></div>
<div class="index_news"><div class="tit"><a href="/newslist/?2_1.html" class="more">更多&gt;&gt;</a>学院动态</div>
<ul><li><a href="/news/?57.html">第二期中青年干部培训班结业</a><span>09-28</span></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin_aspcms/\nDisallow: /inc/\nDisallow: /gbook/\n")
    fam.not_documents += ["/", "/newslist/?7_1.html", "/newslist/?7_2.html", "/news/?70.html"]
    fam.noise += ["编者按：", "▲讲座现场", "课件（PPT）截图", "主讲人：", "根据现场录音整理", "发布时间：", "上一篇：", "学院教务处　整理", "Powered by", "当前位置："]
    return fam
