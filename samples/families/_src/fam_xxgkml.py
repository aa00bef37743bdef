"""A county government's 政府信息公开目录系统 (a JSP 信息公开目录 platform beside the portal, Tomcat's
`text/html;charset=UTF-8`): `/xxgk/xxgkml/index.jsp` (the catalog home; `.jsp` served as HTML), column
lists `list.jsp?catid=N[&pageNo=P]` (query routes) and items `detail.jsp?id=N`. Every catalog page has
the left `xxgk_left` tree of 信息公开目录 categories (机构职能, 政策文件, 领导讲话 …) and the 信息公开指南 /
制度 / 年报 / 依申请公开 boxes; an item prints the 信息公开 metadata table (索引号, 主题分类, 发文机关,
成文日期, 发布日期, 文号, 有效性, 名称) above the title and text, the speech opening with a centred
speaker line and date line, a 附件 list after the text, 【打印本页】【关闭窗口】, 相关信息; one speech over
two pages (`detail.jsp?id=N&curpage=2`, the platform's content pager)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fengyi-xxgkml.gov.test"
SITE = "丰邑县人民政府"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="丰邑县人民政府" />
<meta name="SiteDomain" content="www.fengyi-xxgkml.gov.test" />
<meta name="SiteIDCode" content="3307810001" />
@@META@@<link href="/xxgk/xxgkml/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/xxgk/xxgkml/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/xxgk/xxgkml/js/xxgk.js"></script>
</head>
<body>
<div class="xxgk_top">
  <div class="xxgk_banner"><a href="/"><img src="/xxgk/xxgkml/images/xxgk_banner.jpg" alt="丰邑县人民政府信息公开" /></a></div>
  <div class="xxgk_nav">
    <a href="/">网站首页</a>|<a href="/xxgk/xxgkml/index.jsp">信息公开目录</a>|<a href="/xxgk/xxgkml/zn.jsp">信息公开指南</a>|<a href="/xxgk/xxgkml/zd.jsp">信息公开制度</a>|<a href="/xxgk/xxgkml/nb.jsp">信息公开年报</a>|<a href="/xxgk/ysqgk/index.jsp">依申请公开</a>
  </div>
  <div class="xxgk_search">
    <form action="/xxgk/xxgkml/search.jsp" method="get" name="searchform">
      <span>信息检索：</span><input type="text" name="keyword" class="ss_input" /><select name="field"><option value="title">标题</option><option value="syh">索引号</option><option value="wh">文号</option></select><input type="submit" value="检索" class="ss_btn" />
    </form>
  </div>
</div>
<div class="xxgk_main clearfix">
<div class="xxgk_left">
  <div class="left_tit">信息公开目录</div>
  <ul class="tree" id="gkmlTree">
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1201">机构职能</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1202">政策文件</a>
      <ul>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1221">县政府文件</a></li>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1222">县政府办文件</a></li>
        <li><a href="/xxgk/xxgkml/list.jsp?catid=1223">规范性文件</a></li>
      </ul>
    </li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1203">规划计划</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1204">财政信息</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1205">人事信息</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1206">工作动态</a></li>
    <li class="tree_node@@ON1207@@"><a href="/xxgk/xxgkml/list.jsp?catid=1207">领导讲话</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1208">应急管理</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1209">建议提案办理</a></li>
    <li class="tree_node"><a href="/xxgk/xxgkml/list.jsp?catid=1210">其他信息</a></li>
  </ul>
  <div class="left_box">
    <div class="left_tit2">依申请公开</div>
    <p><a href="/xxgk/ysqgk/apply.jsp">在线申请</a>　<a href="/xxgk/ysqgk/query.jsp">申请查询</a>　<a href="/xxgk/ysqgk/form.doc">申请表下载</a></p>
  </div>
</div>
<div class="xxgk_right">
"""

FOOT = """</div>
</div>
<div class="xxgk_foot">
  <p>主办：丰邑县人民政府办公室　承办：丰邑县大数据发展中心　联系电话：0579-8821XXXX</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<img src="/xxgk/xxgkml/images/ga.png" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33078102000123" target="_blank">浙公网安备 33078102000123号</a>　网站标识码：3307810001</p>
  <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/13/000/0000/40512345/CA130000000405123450001.js' type='text/javascript'%3E%3C/script%3E"));</script><script id="_jiucuo_" sitecode="3307810001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div>
</body>
</html>
"""

ITEMS = [
    {
        "id": 4127,
        "key": "XXGK1",
        "syh": "11330781002578912X/2021-00458",
        "ztfl": "综合政务/安全生产监管",
        "fwjg": "丰邑县人民政府办公室",
        "cwrq": "2021-02-23",
        "fbrq": "2021-02-25",
        "speaker": "县委副书记、县长　李建华",
        "date_line": "（2021年2月23日）",
        "pages": 2,
        "files": [
            ("2021年全县安全生产工作要点.docx", "/xxgk/xxgkml/upload/2021/02/25/20210225153012_481.docx"),
            ("丰邑县2021年春季森林防灭火责任分解表.xls", "/xxgk/xxgkml/upload/2021/02/25/20210225153019_112.xls"),
        ],
        "clicks": 1236,
    },
    {
        "id": 5318,
        "key": "XXGK2",
        "syh": "11330781002578912X/2022-01126",
        "ztfl": "综合政务/其他",
        "fwjg": "丰邑县人民政府办公室",
        "cwrq": "2022-04-15",
        "fbrq": "2022-04-18",
        "speaker": "县委常委、常务副县长　陈　敏",
        "date_line": "（2022年4月15日）",
        "pages": 1,
        "files": [
            ("丰邑县优化营商环境2022年一季度评价指标排名情况.pdf", "/xxgk/xxgkml/upload/2022/04/18/20220418091544_307.pdf"),
        ],
        "clicks": 684,
    },
]

OTHERS = [
    (5402, "县长李建华在县十八届人大一次会议上的政府工作报告", "2022-05-06"),
    (5110, "李建华在全县“三农”工作会议上的讲话", "2022-02-21"),
    (3902, "在全县经济工作会议上的讲话", "2021-01-08"),
]


def meta_table(item, speech):
    return f"""<div class="xxgk_info">
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td class="td_l" width="13%">索&nbsp;引&nbsp;号：</td><td class="td_r" width="37%">{item["syh"]}</td>
    <td class="td_l" width="13%">主题分类：</td><td class="td_r" width="37%">{item["ztfl"]}</td>
  </tr>
  <tr>
    <td class="td_l">发文机关：</td><td class="td_r">{item["fwjg"]}</td>
    <td class="td_l">成文日期：</td><td class="td_r">{item["cwrq"]}</td>
  </tr>
  <tr>
    <td class="td_l">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td class="td_r" colspan="3">{speech.title}</td>
  </tr>
  <tr>
    <td class="td_l">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td class="td_r"></td>
    <td class="td_l">发布日期：</td><td class="td_r">{item["fbrq"]}</td>
  </tr>
  <tr>
    <td class="td_l">有&nbsp;效&nbsp;性：</td><td class="td_r">有效</td>
    <td class="td_l">公开方式：</td><td class="td_r">主动公开</td>
  </tr>
</table>
</div>
"""


def content_pager(item, n):
    count = item["pages"]
    if count == 1:
        return ""
    url = lambda i: f"detail.jsp?id={item['id']}" + (f"&amp;curpage={i}" if i > 1 else "")  # noqa: E731
    out = f'<div class="content_page" align="center">共{count}页&nbsp;&nbsp;'
    out += f'<a href="{url(n - 1)}">上一页</a>&nbsp;' if n > 1 else "上一页&nbsp;"
    for i in range(1, count + 1):
        out += f'<span class="cur">{i}</span>&nbsp;' if i == n else f'<a href="{url(i)}">{i}</a>&nbsp;'
    out += f'<a href="{url(n + 1)}">下一页</a>' if n < count else "下一页"
    return out + "</div>\n"


def detail_page(item, speech, n, paras, last):
    head_lines = ""
    if n == 1:
        head_lines = (
            f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{item["speaker"]}</span></p>\n'
            f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{item["date_line"]}</span></p>\n'
        )
    body_paras = "\n".join(
        f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{p}</span></p>'
        if not (len(p) < 22 and p[:2] in ("一、", "二、", "三、"))
        else f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 黑体; font-size: 16pt;">{p}</span></p>'
        for p in paras
    )
    files = ""
    if last:
        files = '<div class="xxgk_fj">\n<p class="fj_tit">附件：</p>\n<ul>\n' + "\n".join(
            f'<li>{i}. <a href="/xxgk/xxgkml/download.jsp?path={path}&amp;name={name}" target="_blank">{name}</a></li>'
            for i, (name, path) in enumerate(item["files"], 1)
        ) + "\n</ul>\n</div>\n"
    related = "\n".join(
        f'<li><a href="detail.jsp?id={oid}" target="_blank">{title}</a><span>{date}</span></li>'
        for oid, title, date in OTHERS[:2]
    )
    body = f"""<div class="xxgk_position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/xxgkml/index.jsp">政府信息公开</a> &gt; <a href="/xxgk/xxgkml/list.jsp?catid=1207">领导讲话</a></div>
{meta_table(item, speech)}<div class="xxgk_detail">
  <div class="detail_title"><h1>{speech.title}</h1></div>
  <div class="detail_sub">发布日期：{item["fbrq"]}　　信息来源：{item["fwjg"]}　　浏览次数：<span id="clicks">{item["clicks"]}</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  <div class="detail_con" id="zoom">
<!--ContentStart-->
{head_lines}{body_paras}
<!--ContentEnd-->
  </div>
{content_pager(item, n)}{files}  <div class="detail_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</div>
  <div class="xxgk_xgxx">
    <div class="xgxx_tit">相关信息</div>
    <ul>
{related}
    </ul>
  </div>
</div>
<script type="text/javascript">
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
$.get('/xxgk/xxgkml/clicks.jsp', {{ id: {item["id"]} }}, function (d) {{ $('#clicks').text(d); }});
</script>
"""
    meta = (
        f'<meta name="ArticleTitle" content="{speech.title}" />\n'
        f'<meta name="PubDate" content="{item["fbrq"]} 15:30" />\n'
        '<meta name="ContentSource" content="丰邑县人民政府办公室" />\n'
        '<meta name="ColumnName" content="领导讲话" />\n'
        '<meta name="ColumnType" content="领导讲话" />\n'
    )
    return render(HEAD + body + FOOT, TITLE=f"{speech.title}-丰邑县人民政府", META=meta, ON1207=" on")


def list_page(n, rows, total, count):
    trs = "\n".join(
        f"""  <tr>
    <td class="td_syh">{syh}</td>
    <td class="td_bt"><a href="detail.jsp?id={rid}" target="_blank" title="{title}">{title}</a></td>
    <td class="td_date">{date}</td>
  </tr>"""
        for rid, syh, title, date in rows
    )
    pager = f'<div class="xxgk_page">共{total}条记录&nbsp;&nbsp;第{n}/{count}页&nbsp;&nbsp;'
    pager += '<a href="list.jsp?catid=1207&amp;pageNo=1">首页</a>&nbsp;'
    pager += f'<a href="list.jsp?catid=1207&amp;pageNo={n - 1}">上一页</a>&nbsp;' if n > 1 else "上一页&nbsp;"
    pager += f'<a href="list.jsp?catid=1207&amp;pageNo={n + 1}">下一页</a>&nbsp;' if n < count else "下一页&nbsp;"
    pager += f'<a href="list.jsp?catid=1207&amp;pageNo={count}">尾页</a></div>'
    body = f"""<div class="xxgk_position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/xxgkml/index.jsp">政府信息公开</a> &gt; 领导讲话</div>
<div class="xxgk_list">
<table class="list_table" width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr class="list_head"><th width="30%">索引号</th><th>名称</th><th width="14%">发布日期</th></tr>
{trs}
</table>
{pager}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="领导讲话-丰邑县人民政府信息公开", META="", ON1207=" on")


def build() -> Family:
    fam = Family(
        HOST,
        "政府信息公开目录系统 (JSP 信息公开目录 platform) of a county government, UTF-8",
        content_type="text/html;charset=UTF-8",
    )
    rows = {}
    for item in ITEMS:
        speech = SPEECHES[item["key"]]
        runs = split_paras(speech.paras, item["pages"])
        pages = []
        for n, paras in enumerate(runs, 1):
            target = f"/xxgk/xxgkml/detail.jsp?id={item['id']}" + (f"&curpage={n}" if n > 1 else "")
            fam.route(target, f"/xxgk/xxgkml/detail/{item['id']}_{n}.html",
                      detail_page(item, speech, n, paras, n == len(runs)))
            pages.append(target)
        if item["pages"] > 1:
            fam.route(f"/xxgk/xxgkml/detail.jsp?id={item['id']}&curpage=1",
                      f"/xxgk/xxgkml/detail/{item['id']}_1.html",
                      detail_page(item, speech, 1, runs[0], False))
        fam.doc(pages, speech, published_at=item["fbrq"])
        fam.not_documents += pages[1:]
        rows[item["key"]] = (item["id"], item["syh"], speech.title, item["fbrq"])
    other_rows = [(oid, f"11330781002578912X/{d[:4]}-00{oid % 1000:03d}", t, d) for oid, t, d in OTHERS]
    page1 = [other_rows[0], rows["XXGK2"], other_rows[1]]
    page2 = [rows["XXGK1"], other_rows[2]]
    l1, l2 = list_page(1, page1, 5, 2), list_page(2, page2, 5, 2)
    fam.route("/xxgk/xxgkml/list.jsp?catid=1207", "/xxgk/xxgkml/list/1207_1.html", l1)
    fam.route("/xxgk/xxgkml/list.jsp?catid=1207&pageNo=1", "/xxgk/xxgkml/list/1207_1.html", l1)
    fam.route("/xxgk/xxgkml/list.jsp?catid=1207&pageNo=2", "/xxgk/xxgkml/list/1207_2.html", l2)

    newest = "\n".join(
        f'<li><span class="date">{d}</span><a href="detail.jsp?id={rid}" target="_blank">{t}</a></li>'
        for rid, _s, t, d in [page1[0], page1[1]]
    )
    index_body = f"""<div class="xxgk_position">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div>
<div class="xxgk_box">
  <div class="box_tit"><span>最新公开信息</span></div>
  <ul class="box_list">
{newest}
  </ul>
</div>
<div class="xxgk_box">
  <div class="box_tit"><span>信息公开指南</span></div>
  <p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。<a href="/xxgk/xxgkml/zn.jsp">[详细]</a></p>
</div>
<div class="xxgk_box">
  <div class="box_tit"><span>政府信息公开年度报告</span></div>
  <ul class="box_list"><li><a href="/xxgk/xxgkml/nb.jsp">丰邑县人民政府2021年政府信息公开工作年度报告</a></li></ul>
</div>
"""
    index = render(HEAD + index_body + FOOT, TITLE="政府信息公开-丰邑县人民政府", META="", ON1207="")
    fam.put("/xxgk/xxgkml/index.jsp", index)

    home = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>丰邑县人民政府</title>
<meta name="SiteName" content="丰邑县人民政府" />
<meta name="SiteDomain" content="www.fengyi-xxgkml.gov.test" />
<meta name="SiteIDCode" content="3307810001" />
<link rel="stylesheet" href="/css/index.css" />
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="丰邑县人民政府" /></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwdt/index.html">政务动态</a></li><li><a href="/xxgk/xxgkml/index.jsp">政府信息公开</a></li><li><a href="/zmhd/index.html">政民互动</a></li><li><a href="/bsfw/index.html">办事服务</a></li></ul></div>
<div class="main">
  <div class="box">
    <div class="box_hd"><h3>政府信息公开</h3><a class="more" href="/xxgk/xxgkml/index.jsp">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="/xxgk/xxgkml/list.jsp?catid=1202">政策文件</a></li>
      <li><a href="/xxgk/xxgkml/list.jsp?catid=1207">领导讲话</a></li>
      <li><a href="/xxgk/ysqgk/index.jsp">依申请公开</a></li>
    </ul>
  </div>
</div>
<div class="footer"><p>主办：丰邑县人民政府办公室　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　网站标识码：3307810001</p></div>
</body>
</html>
"""
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /xxgk/xxgkml/search.jsp\nDisallow: /xxgk/ysqgk/apply.jsp\n")
    fam.not_documents += [
        "/",
        "/xxgk/xxgkml/index.jsp",
        "/xxgk/xxgkml/list.jsp?catid=1207",
        "/xxgk/xxgkml/list.jsp?catid=1207&pageNo=2",
    ]
    fam.noise += [
        "索引号",
        "主题分类",
        "发文机关",
        "成文日期",
        "发布日期",
        "公开方式",
        "主动公开",
        "附件：",
        "安全生产工作要点.docx",
        "评价指标排名情况.pdf",
        "打印本页",
        "关闭窗口",
        "相关信息",
        "县委副书记、县长",
        "常务副县长",
        "（2021年2月23日）",
        "（2022年4月15日）",
        "共2页",
        "下一页",
        "浏览次数",
        "信息公开目录",
        "浙ICP备",
    ]
    return fam
