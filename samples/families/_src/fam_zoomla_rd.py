"""云水市人大常委会 portal (云水人大网) on 逐浪 Zoomla!CMS (ASP.NET), `.aspx` URLs.

Home `/` (also `/Default.aspx`) → node `/Class_8/Default.aspx` (主任讲话; page 2 at
`/Class_8/Default.aspx?page=2`, a query route, the node pager `共8条记录 当前1/2页 首页 上一页 下一页 尾页
转到第N页`) → content pages `/Item/N.aspx`: `<meta name="Generator">`, breadcrumb `您现在的位置：`, `h2`
title, `p.info` (发布时间 / 来源 / 作者 / 点击数 by script), text in `div#fontzoom.nr_con`; the 机关 speech
opens inside the cell with its own bold centred heading block (title, `市人大常委会主任　…`, date) and
the text in `<p>`s with `font-family:仿宋_GB2312` spans; the 代表培训 speech in plain `<p>`s with
one photo and its caption (`（摄影：…）`); after the text the `责任编辑：…` line and `【打印】【关闭】`,
上一篇 / 下一篇, 相关文章; footer with 主办 / 地址 / ICP / 网站标识码。"""

from common import SPEECHES, Family

HOST = "www.yunshuird.gov.test"
NODE = "/Class_8/Default.aspx"
NODE2 = "/Class_8/Default.aspx?page=2"
I1 = "/Item/2316.aspx"
I2 = "/Item/2041.aspx"

HEAD = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Zoomla!逐浪CMS" />
<title>@@TITLE@@</title>
<meta name="Keywords" content="@@KW@@" />
<meta name="Description" content="@@DESC@@" />
<link href="/Template/rdgov/style/global.css" rel="stylesheet" type="text/css" />
<link href="/Template/rdgov/style/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/JS/jquery.min.js"></script>
<script type="text/javascript" src="/JS/Modal/ZL_Dialog.js"></script>
<script type="text/javascript" src="/JS/ZL_Regex.js"></script>
</head>
<body>
<div class="top"><div class="w1100"><span id="nowtime"></span><span class="top_r"><a href="/">首页</a> | <a href="/Class_30/Default.aspx">联系我们</a> | <a href="/User/Login.aspx">代表登录</a></span></div></div>
<div class="head"><div class="w1100"><a href="/" class="logo"><img src="/Template/rdgov/images/logo.png" alt="云水人大网" /></a>
<div class="search"><form action="/Search/SearchList.aspx" method="get"><input type="text" name="keyword" class="s_txt" /><input type="submit" value="搜索" class="s_btn" /></form></div></div></div>
<div class="nav"><ul class="w1100">
<li><a href="/">网站首页</a></li><li><a href="/Class_2/Default.aspx">人大要闻</a></li><li><a href="/Class_8/Default.aspx">主任讲话</a></li><li><a href="/Class_3/Default.aspx">常委会公报</a></li><li><a href="/Class_4/Default.aspx">立法工作</a></li><li><a href="/Class_5/Default.aspx">监督工作</a></li><li><a href="/Class_6/Default.aspx">代表工作</a></li><li><a href="/Class_7/Default.aspx">理论研究</a></li>
</ul></div>
"""

FOOT = """<div class="foot"><div class="w1100">
<p>主办：云水市人大常委会办公室　地址：云水市人民路1号市行政中心3号楼　邮编：558000　电话：0854-8223xxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备10003217号-2</a>　网站标识码：5227000071　<script type="text/javascript" src="/Common/Count.aspx?ID=1"></script></p>
</div></div>
<script type="text/javascript">$(function(){ $("#nowtime").text(new Date().toLocaleDateString()); });</script>
</body>
</html>
"""

POS = '<div class="pos w1100">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Class_8/Default.aspx">主任讲话</a></div>\n'
SIDE = """<div class="side">
<div class="s_tit">栏目导航</div>
<ul class="s_menu"><li><a href="/Class_2/Default.aspx">人大要闻</a></li><li class="cur"><a href="/Class_8/Default.aspx">主任讲话</a></li><li><a href="/Class_9/Default.aspx">副主任活动</a></li><li><a href="/Class_3/Default.aspx">常委会公报</a></li></ul>
<div class="s_tit">代表风采</div>
<ul class="s_list"><li><a href="/Class_6/Default.aspx">代表履职风采展示</a></li><li><a href="/Class_6/Default.aspx">代表联络站建设巡礼</a></li></ul>
</div>
"""


def head(title, kw, desc=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)


def item(fam, sp, path, gid, posted, content, prev, nxt, related):
    body = POS + f"""<div class="main w1100">
{SIDE}<div class="cont">
<h2 class="nr_tit">{sp.title}</h2>
<p class="info">发布时间：{posted}　来源：市人大常委会办公室　作者：研究室　点击数：<span id="hits">0</span><script type="text/javascript">$.get("/Common/Hits.aspx?ID={gid}",function(d){{$("#hits").text(d);}});</script></p>
<div id="fontzoom" class="nr_con">
{content}
</div>
<div class="nr_editor">责任编辑：黄敏</div>
<div class="nr_tool">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="nr_pn"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
<div class="nr_rel"><h4>相关文章</h4><ul>{related}</ul></div>
</div>
</div>
"""
    fam.put(path, head(f"{sp.title}_主任讲话_云水人大网", "主任讲话," + sp.title, sp.paras[1][:60]) + body + FOOT)


def build() -> Family:
    s1, s2 = SPEECHES["f49b-5"], SPEECHES["f49b-6"]
    fam = Family(HOST, "逐浪 Zoomla!CMS city 人大常委会 portal")
    span = lambda p: f'<p style="text-indent:2em;line-height:30px"><span style="font-family:仿宋_GB2312;font-size:16pt">{p}</span></p>'
    c1 = (
        '<p style="text-align:center"><strong><span style="font-family:方正小标宋简体;font-size:22pt">在市人大常委会机关2024年工作会议上的讲话</span></strong></p>\n'
        '<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:16pt">市人大常委会主任　刘振华</span></p>\n'
        '<p style="text-align:center"><span style="font-family:楷体_GB2312;font-size:16pt">（2024年1月23日）</span></p>\n'
        + "\n".join(span(p) for p in s1.paras)
    )
    rel = lambda u, t: f'<li><a href="{u}">{t}</a></li>'
    item(fam, s1, I1, 2316, "2024-01-24 10:12:35", c1,
         '<a href="/Item/2309.aspx">市人大常委会召开第十七次主任会议</a>', "没有了",
         rel(I2, s2.title) + rel("/Item/2288.aspx", "刘振华在市人大常委会第十五次会议闭幕时的讲话"))
    mid = len(s2.paras) // 2
    c2 = "\n".join(f"<p>　　{p}</p>" for p in s2.paras[:1]) + (
        '\n<p style="text-align:center"><img src="/UploadFiles/2023/6/202306151636218877.jpg" alt="" width="560" /></p>\n'
        '<p style="text-align:center">市人大代表履职培训班开班现场（摄影：吴昊）</p>\n'
    ) + "\n".join(f"<p>　　{p}</p>" for p in s2.paras[1:])
    item(fam, s2, I2, 2041, "2023-06-16 09:05:17", c2,
         '<a href="/Item/2037.aspx">市人大常委会开展安全生产法执法检查</a>', '<a href="/Item/2052.aspx">市人大常委会召开代表建议交办会</a>',
         rel(I1, s1.title))

    rows1 = [(I1, s1.title, "2024-01-24"), ("/Item/2288.aspx", "刘振华在市人大常委会第十五次会议闭幕时的讲话", "2023-12-27"),
             ("/Item/2203.aspx", "在全市人大工作座谈会上的讲话", "2023-10-19"), ("/Item/2119.aspx", "在市人大常委会理论学习中心组学习会上的发言", "2023-08-08"),
             (I2, s2.title, "2023-06-16")]
    rows2 = [("/Item/1987.aspx", "在市第六届人民代表大会第三次会议闭幕会上的讲话", "2023-02-20"),
             ("/Item/1960.aspx", "在市人大常委会2023年代表工作会议上的讲话", "2023-01-30"),
             ("/Item/1912.aspx", "在市人大常委会机关2023年工作会议上的讲话", "2023-01-16")]

    def node(rows, cur):
        lis = "\n".join(f'<li><span class="date">{d}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>' for u, t, d in rows)
        pg = (f'<div class="pager">共8条记录　当前{cur}/2页　'
              + ('首页 上一页 <a href="/Class_8/Default.aspx?page=2">下一页</a> <a href="/Class_8/Default.aspx?page=2">尾页</a>' if cur == 1
                 else '<a href="/Class_8/Default.aspx">首页</a> <a href="/Class_8/Default.aspx">上一页</a> 下一页 尾页')
              + '　转到第<select onchange="location.href=\'/Class_8/Default.aspx?page=\'+this.value"><option value="1">1</option><option value="2">2</option></select>页</div>')
        body = POS + f'<div class="main w1100">\n{SIDE}<div class="cont">\n<div class="c_tit">主任讲话</div>\n<ul class="c_list">\n{lis}\n</ul>\n{pg}\n</div>\n</div>\n'
        return head("主任讲话_云水人大网", "主任讲话") + body + FOOT

    fam.put(NODE, node(rows1, 1))
    fam.route(NODE2, "/Class_8/_page2.aspx", node(rows2, 2))
    home_body = f"""<div class="main w1100">
<div class="i_news"><div class="i_tit"><a href="/Class_2/Default.aspx" class="more">更多</a>人大要闻</div>
<ul><li><a href="/Item/2309.aspx">市人大常委会召开第十七次主任会议</a><span>01-22</span></li><li><a href="/Item/2305.aspx">市人大常委会党组召开民主生活会</a><span>01-18</span></li></ul></div>
<div class="i_zrjh"><div class="i_tit"><a href="/Class_8/Default.aspx" class="more">更多</a>主任讲话</div>
<ul><li><a href="{I1}">{s1.title}</a><span>01-24</span></li><li><a href="/Item/2288.aspx">刘振华在市人大常委会第十五次会议闭幕时的讲话</a><span>12-27</span></li></ul></div>
</div>
"""
    home = head("云水人大网", "云水人大,人大常委会,人大代表") + home_body + FOOT
    fam.put("/", home)
    fam.put("/Default.aspx", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Manage/\nDisallow: /User/\nDisallow: /Search/\nDisallow: /Common/\n")
    fam.doc([I1], s1)
    fam.doc([I2], s2)
    fam.not_documents = [NODE2]
    fam.noise = ["责任编辑：黄敏", "摄影：吴昊", "市人大常委会主任　刘振华", "网站标识码"]
    return fam
