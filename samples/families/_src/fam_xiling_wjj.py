"""西陵区卫生健康局 site on a small local vendor's PHP template (技术支持：楚天网络), table layout, GB2312.

Every page is dynamic (query routes): home `/index.php` (also `/`) → column 领导讲话 `list.php?id=12`
(+ `&page=2`, a `共9条记录 分2页 第1页 首页 上一页 下一页 尾页` pager) → `show.php?id=N`. Pages are nested
`<table>`s: the banner with `今天是：` date script, a top nav, then a 212px left column (`td.left`) with
the column menu (工作动态 / 领导讲话 / 通知公告 / 政务公开 …), a `<marquee>` 通知公告 box and 办事指南
links, and the right cell: `当前位置` line, title cell, `发布者：办公室　来源：本站　发布时间：2024-2-28 9:41:06
浏览次数：` with a `hits.php` script, then the text in `<td class="content" id="fontzoom">`: one speech
as `<p>` paragraphs with a `（根据录音整理，未经本人审阅）` line last, the other as `&nbsp;`-indented lines
joined by `<br />` inside one `<div>`, with a bold centred heading block (title, speaker line,
date) inside the cell; then 【打印此页】【关闭窗口】, 上一篇 / 下一篇; footer with 版权所有 / 地址 / 电话 /
ICP / 技术支持。"""

from common import SPEECHES, Family

HOST = "wjj.xiling.gov.test"
ENC = "gbk"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="西陵区卫生健康局,西陵卫健,卫生健康" />
<meta name="description" content="西陵区卫生健康局官方网站" />
<link href="/templets/default/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/templets/default/js/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="topbar"><span class="date">今天是：<script language="javascript">showDate();</script></span><span class="fav"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://wjj.xiling.gov.test/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://wjj.xiling.gov.test/','西陵区卫生健康局')">加入收藏</a></span></td></tr>
<tr><td><img src="/templets/default/images/banner.jpg" width="1000" height="150" alt="西陵区卫生健康局" /></td></tr>
<tr><td height="36" class="nav"><a href="/index.php">网站首页</a><a href="/list.php?id=2">机构概况</a><a href="/list.php?id=5">工作动态</a><a href="/list.php?id=12">领导讲话</a><a href="/list.php?id=7">政务公开</a><a href="/list.php?id=8">医疗服务</a><a href="/list.php?id=9">公共卫生</a><a href="/list.php?id=10">健康教育</a><a href="/guestbook.php">局长信箱</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr>
<td width="212" valign="top" class="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="left_title">工作动态</td></tr>
<tr><td class="left_menu">
<ul>
<li><a href="/list.php?id=5">卫健要闻</a></li>
<li><a href="/list.php?id=12">领导讲话</a></li>
<li><a href="/list.php?id=13">基层动态</a></li>
<li><a href="/list.php?id=14">通知公告</a></li>
<li><a href="/list.php?id=15">专题专栏</a></li>
</ul>
</td></tr>
<tr><td class="left_title">通知公告</td></tr>
<tr><td class="left_gg"><marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop()" onmouseout="this.start()">
<a href="/show.php?id=392">关于开展2024年春季爱国卫生运动的通知</a><br />
<a href="/show.php?id=390">西陵区2024年基本公共卫生服务项目绩效评价结果公示</a><br />
<a href="/show.php?id=377">关于公布区内发热门诊设置情况的公告</a><br />
</marquee></td></tr>
<tr><td class="left_title">办事指南</td></tr>
<tr><td class="left_menu"><ul><li><a href="/list.php?id=21">医疗机构执业登记</a></li><li><a href="/list.php?id=22">出生医学证明办理</a></li><li><a href="/list.php?id=23">公共场所卫生许可</a></li></ul></td></tr>
</table>
</td>
<td width="10"></td>
<td width="778" valign="top" class="right">
"""

FOOT = """</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td align="center" height="90">
版权所有：西陵区卫生健康局　地址：西陵区滨江路88号　电话：0717-6223xxx<br />
<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备12004567号-1</a>　网站标识码：4205020021　技术支持：<a href="http://www.chutian-net.test/" target="_blank">楚天网络</a><br />
<script type="text/javascript" src="/count.php?site=1"></script>
</td></tr>
</table>
</body>
</html>
"""

POS = '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="position">当前位置：<a href="/index.php">首页</a> &gt;&gt; <a href="/list.php?id=5">工作动态</a> &gt;&gt; <a href="/list.php?id=12">领导讲话</a></td></tr></table>\n'

IDS = {"f49b-2": 386, "f49b-3": 352}


def page(title, body):
    return HEAD.replace("@@TITLE@@", title) + body + FOOT


def show(fam, sp, aid, posted, content, prev, nxt):
    body = POS + f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="show">
<tr><td class="show_title" align="center"><h3>{sp.title}</h3></td></tr>
<tr><td class="show_info" align="center">发布者：办公室　来源：本站　发布时间：{posted}　浏览次数：<script language="javascript" src="/hits.php?id={aid}"></script>　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td height="1" bgcolor="#cccccc"></td></tr>
<tr><td class="content" id="fontzoom">
{content}
</td></tr>
<tr><td align="right" class="show_tool">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="show_page">上一篇：{prev}<br />下一篇：{nxt}</td></tr>
</table>
"""
    fam.route(f"/show.php?id={aid}", f"/_q/show_{aid}.html", page(f"{sp.title}-西陵区卫生健康局", body))


def build() -> Family:
    s1, s2 = SPEECHES["f49b-2"], SPEECHES["f49b-3"]
    fam = Family(HOST, "区县卫健局 site on a small vendor's PHP table template", encoding=ENC,
                 content_type="text/html; charset=gb2312")
    c1 = "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in s1.paras) + '\n<p style="text-indent:2em">（根据录音整理，未经本人审阅）</p>'
    show(fam, s1, 386, "2024-2-28 9:41:06", c1,
         '<a href="/show.php?id=371">西陵区召开2024年爱国卫生运动委员会全体会议</a>', '<a href="/show.php?id=392">关于开展2024年春季爱国卫生运动的通知</a>')
    lines = "<br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in s2.paras)
    c2 = (
        '<div align="center"><strong><font size="4">在全区医疗质量安全暨行风建设工作会议上的讲话</font></strong></div>\n'
        '<div align="center">区卫生健康局党组书记、局长　张德明</div>\n<div align="center">（2023年8月16日）</div>\n<br />\n'
        f'<div>{lines}</div>'
    )
    show(fam, s2, 352, "2023-8-18 15:20:44", c2,
         '<a href="/show.php?id=348">我区启动“健康西陵”家庭医生签约服务月活动</a>', '<a href="/show.php?id=355">区卫健局召开上半年工作总结会</a>')

    items1 = [
        (386, s1.title, "2024-02-28"), (371, "在全区爱国卫生运动委员会全体会议上的讲话", "2024-01-19"),
        (360, "在全区卫生健康系统年度考核述职会上的讲话", "2023-12-29"), (352, s2.title, "2023-08-18"),
        (340, "在全区基本公共卫生服务项目推进会上的讲话", "2023-06-02"),
    ]
    items2 = [
        (322, "在全区卫生健康系统党风廉政建设工作会议上的讲话", "2023-03-10"), (301, "在全区卫生健康工作会议上的讲话", "2023-02-14"),
        (287, "在区人民医院胸痛中心揭牌仪式上的致辞", "2022-11-08"), (266, "在全区医疗卫生人才工作会议上的讲话", "2022-08-23"),
    ]

    def lst(items, cur):
        rows = "\n".join(
            f'<tr><td class="list_td" height="26">·<a href="/show.php?id={i}" target="_blank">{t}</a></td><td class="list_date" width="90">[{d}]</td></tr>'
            for i, t, d in items
        )
        first = '<a href="/list.php?id=12">首页</a>'
        pg = (
            f"共9条记录 分2页 第{cur}页　{first} "
            + ('<a href="/list.php?id=12">上一页</a> ' if cur == 2 else "上一页 ")
            + ('<a href="/list.php?id=12&page=2">下一页</a> ' if cur == 1 else "下一页 ")
            + '<a href="/list.php?id=12&page=2">尾页</a>'
        )
        body = POS + f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">
<tr><td colspan="2" class="list_title">领导讲话</td></tr>
{rows}
<tr><td colspan="2" align="center" class="pagelist" height="40">{pg}</td></tr>
</table>
"""
        return page("领导讲话-西陵区卫生健康局", body)

    fam.route("/list.php?id=12", "/_q/list_12.html", lst(items1, 1))
    fam.route("/list.php?id=12&page=2", "/_q/list_12_2.html", lst(items2, 2))
    home_body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="i_title"><span class="more"><a href="/list.php?id=5">更多&gt;&gt;</a></span>卫健要闻</td></tr>
<tr><td class="i_list">
·<a href="/show.php?id=389">区卫健局开展春节前医疗机构安全生产大检查</a> <span>02-05</span><br />
·<a href="/show.php?id=386">{s1.title}</a> <span>02-28</span><br />
·<a href="/show.php?id=383">西陵区新增两家“优质服务基层行”推荐标准卫生院</a> <span>01-30</span><br />
</td></tr>
<tr><td class="i_title"><span class="more"><a href="/list.php?id=12">更多&gt;&gt;</a></span>领导讲话</td></tr>
<tr><td class="i_list">
·<a href="/show.php?id=386">{s1.title}</a><br />
·<a href="/show.php?id=371">在全区爱国卫生运动委员会全体会议上的讲话</a><br />
</td></tr>
</table>
"""
    home = page("西陵区卫生健康局", home_body)
    fam.put("/", home)
    fam.route("/index.php", "/_q/index.html", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /data/\nDisallow: /guestbook.php\n")
    fam.doc(["/show.php?id=386"], s1)
    fam.doc(["/show.php?id=352"], s2)
    fam.not_documents = ["/list.php?id=12&page=2"]
    fam.noise = ["根据录音整理", "区卫生健康局党组书记、局长　张德明", "打印此页", "技术支持", "发布者：办公室"]
    return fam
