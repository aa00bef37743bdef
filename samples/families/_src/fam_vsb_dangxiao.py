"""A county 党校 (party school) site on 博达 VSB (Visual SiteBuilder) publishing lecture scripts (讲稿) as
ordinary content pages with the lecture's PDF attached: articles `/info/1023/NNNN.htm`, the 精品课程/讲稿
column `/jxky/jgxd.htm` numbered downwards (`jgxd/1.htm` is the older page) with VSB's `p_pages` pager;
content form `_newscontent_fromname` with `begineditable` markers, the 发布时间/来源/阅读次数
(`_showDynClicks` script) line, a 主讲人 box between the info line and `v_news_content`, a 根据录音整理 editor
note at the end of the text, VSB's attachment list `附件【<a …download.jsp…>….pdf</a>】已下载…次`
(getClickTimes), 上一条/下一条, 【打印】【关闭】, gray-site scripts, footer with 政府网站标识 and ICP."""

from common import SPEECHES, Family

HOST = "www.dzxwdx.test"
SITE = "中共德政县委党校"
OWNER = 1587331046

# (speech, id, date, speaker, file id, pdf name, clicks)
ARTICLES = [
    (SPEECHES["r24a-dx1"], 2156, "2024-10-15", "刘卫东（县委党校常务副校长）", 4189266, "三中全会精神专题讲稿（刘卫东）.pdf", "城乡融合"),
    (SPEECHES["r24a-dx2"], 2094, "2024-06-26", "何春燕（县委党校党史党建教研室主任）", 4102735, "传承红色基因专题党课讲稿.pdf", "红色基因"),
]
OTHERS = [
    (2171, "以新质生产力赋能县域特色产业发展（讲稿）", "2024-11-06"),
    (2163, "学习运用“千万工程”经验 推进乡村全面振兴（讲稿）", "2024-10-28"),
    (2148, "新时代基层治理能力提升的路径与方法（讲稿）", "2024-09-24"),
    (2137, "《中国共产党纪律处分条例》解读（讲稿）", "2024-09-05"),
    (2125, "领导干部如何做好群众工作（讲稿）", "2024-08-19"),
    (2118, "防范化解基层重大风险的几点思考（讲稿）", "2024-07-30"),
    (2106, "习近平文化思想学习辅导（讲稿）", "2024-07-11"),
    (2087, "以案为鉴 筑牢廉洁自律防线（警示教育讲稿）", "2024-06-12"),
    (2079, "生态文明建设与县域绿色发展（讲稿）", "2024-05-28"),
    (2066, "新时代调查研究的方法与艺术（讲稿）", "2024-05-09"),
    (2058, "优化营商环境的实践与思考（讲稿）", "2024-04-22"),
    (2047, "党纪学习教育专题辅导（讲稿）", "2024-04-08"),
]
PER_PAGE = 10
NAV = [("index.htm", "首页"), ("xxgk.htm", "学校概况"), ("dxyw.htm", "党校要闻"), ("pxgz.htm", "培训工作"),
       ("jxky/jgxd.htm", "教学科研"), ("jcjc.htm", "决策咨询"), ("dzbjs.htm", "党的建设"), ("xyyd.htm", "学员园地")]


def rows():
    return sorted(OTHERS + [(a[1], a[0].title, a[2]) for a in ARTICLES], key=lambda r: -r[0])


def head(title, r):
    nav = "".join(f'<li><a href="{r}{h}">{n}</a></li>' for h, n in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}</title><META Name="keywords" Content="{SITE},德政县委党校,讲稿,教学科研" />

<link href="{r}style/style.css" rel="stylesheet" type="text/css" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="{r}_sitegray/_sitegray_d.css" />
<script language="javascript" src="{r}_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307e7b475c5253574200030003455d -->
<link rel="stylesheet" type="text/css" href="{r}content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1023,'/content.jsp',-1,{OWNER})</script>
</head>
<body>
<div class="top"><div class="logo"><!--#begineditable viewid="135627" tagname="logo" layout="" --><a href="{r}index.htm"><img src="{r}images/logo.png" alt="{SITE}" /></a><!--#endeditable--></div>
<div class="search"><!--#begineditable viewid="135628" tagname="搜索" layout="" --><script type="text/javascript">
    function _nl_ys_check(){{var keyword = document.getElementById('showkeycode135628').value;if(keyword==null||keyword==""){{alert("请输入你要检索的内容！");return false;}}return true;}}
</script>
<form action="{r}ssjg.jsp?wbtreeid=1001" method="post" name="a135628a" onsubmit="return _nl_ys_check()"><input type="text" name="showkeycode" id="showkeycode135628" /><input type="image" src="{r}images/search.png" /></form><!--#endeditable--></div></div>
<div class="nav"><!--#begineditable viewid="135629" tagname="导航" layout="" --><ul>{nav}</ul><!--#endeditable--></div>
"""


def foot(r):
    return f"""<div class="footer"><!--#begineditable viewid="135633" tagname="版权" layout="" --><p>版权所有：{SITE}（德政县行政学校）　地址：德政县城南新区学府路8号　邮编：416200</p>
<p>联系电话：0743-6521308　<a href="https://beian.miit.gov.cn" target="_blank">湘ICP备13008472号-1</a>　<img src="{r}images/ga.png" />湘公网安备43312602000118号</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/19/000/0000/60742385/CA190000000607423850003.js' type='text/javascript'%3E%3C/script%3E"));</script></p><!--#endeditable--></div>
</body>
</html>
"""


def pager(p, pages, total, r):
    # page 1 = jgxd.htm, page 2 = jgxd/1.htm (numbered downwards)
    def href(n):
        return f"{r}jxky/jgxd.htm" if n == 1 else f"{r}jxky/jgxd/{pages - n + 1}.htm"
    out = f'<span class="p_t">共{total}条</span> <span class="p_pages">'
    out += '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if p == 1 else \
        f'<span class="p_first p_fun"><a href="{href(1)}">首页</a></span><span class="p_prev p_fun"><a href="{href(p - 1)}">上页</a></span>'
    for n in range(1, pages + 1):
        out += f'<span class="p_no_d">{n}</span>' if n == p else f'<span class="p_no"><a href="{href(n)}">{n}</a></span>'
    out += '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>' if p == pages else \
        f'<span class="p_next p_fun"><a href="{href(p + 1)}">下页</a></span><span class="p_last p_fun"><a href="{href(pages)}">尾页</a></span>'
    return out + "</span>"


def list_page(p):
    allr = rows()
    pages = (len(allr) + PER_PAGE - 1) // PER_PAGE
    r = "../" if p == 1 else "../../"
    items = "".join(f'<li id="line_u8_{n}"><a href="{r}info/1023/{i}.htm" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n'
                    for n, (i, t, d) in enumerate(allr[(p - 1) * PER_PAGE:p * PER_PAGE]))
    return head("讲稿精选-" + SITE, r) + f"""<div class="main">
<div class="left"><h2>教学科研</h2><ul><li class="on"><a href="{r}jxky/jgxd.htm">讲稿精选</a></li><li><a href="{r}jxky/kycg.htm">科研成果</a></li><li><a href="{r}jxky/jxdt.htm">教学动态</a></li></ul></div>
<div class="right"><div class="pos"><!--#begineditable viewid="135631" tagname="当前位置" layout="" -->当前位置: <a href="{r}index.htm">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="{r}jxky/jgxd.htm">教学科研</a>&nbsp;&gt;&gt;&nbsp;讲稿精选<!--#endeditable--></div>
<div class="list"><!--#begineditable viewid="135635" tagname="列表" layout="" --><script language="javascript" src="/system/resource/js/centerCutImg.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
<ul>
{items}</ul>
<link rel="stylesheet" Content-type="text/css" href="/system/resource/css/pagedown/sys.css"><div align="center"><table cellspacing="0" cellpadding="0" border="0"><TR><td colspan="0"><table cellspacing="0" class="fanye135635" cellpadding="1"><tr><td nowrap align="left" width="1%" id="fanye135635">{pager(p, pages, len(allr), r)}</td></tr></table></td></tr></table></div><!--#endeditable--></div>
</div></div>
""" + foot(r)


def article_page(i):
    sp, aid, date, speaker, fid, pdf, _tag = ARTICLES[i]
    r = "../../"
    order = rows()
    at = [x[0] for x in order].index(aid)
    newer, older = order[at - 1], order[at + 1]
    body = "".join(f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt">{p}</span></p>\n'
                   for p in sp.paras)
    body += '<p style="text-align:right"><span style="font-family:楷体_GB2312;font-size:14pt">（根据录音整理，已经主讲人审阅）</span></p>\n'
    return head(f"{sp.title}-{SITE}", r) + f"""<div class="main">
<div class="pos"><!--#begineditable viewid="135631" tagname="当前位置" layout="" -->当前位置: <a href="{r}index.htm">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="{r}jxky/jgxd.htm">教学科研</a>&nbsp;&gt;&gt;&nbsp;<a href="{r}jxky/jgxd.htm">讲稿精选</a>&nbsp;&gt;&gt;&nbsp;正文<!--#endeditable--></div>
<div class="content"><!--#begineditable viewid="135637" tagname="内容" layout="" --><script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/openlink.js"></script><form name="_newscontent_fromname">
<div class="title"><h1>{sp.title}</h1></div>
<div class="info">发布时间：{date}&nbsp;&nbsp;&nbsp;&nbsp;来源：教研室&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<script>_showDynClicks("wbnews", {OWNER}, {aid})</script>&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a>】</div>
<div class="zjr"><img src="{r}images/zjr.png" /> 主讲人：{speaker}</div>
<div id="vsb_content"><div class="v_news_content">
{body}</div></div><div id="div_vote_id"></div>
<ul style="list-style-type:none;">
<li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&amp;owner={OWNER}&amp;wbfileid={fid}" target="_blank">{pdf}</a>】已下载<span id="nattach{fid}"><script language="javascript">getClickTimes({fid},{OWNER},"wbnewsfile","attach")</script></span>次</li>
</ul>
</form>
<div class="nextpage"><p>上一条：<a href="{newer[0]}.htm">{newer[1]}</a></p><p>下一条：<a href="{older[0]}.htm">{older[1]}</a></p></div><!--#endeditable--></div>
</div>
""" + foot(r)


def home():
    r = ""
    lis = "".join(f'<li><a href="info/1023/{i}.htm" title="{t}">{t}</a><span>{d[5:]}</span></li>' for i, t, d in rows()[:6])
    return head(SITE, r) + f"""<div class="main">
<div class="box1"><div class="tit"><h3>党校要闻</h3><a href="dxyw.htm">更多&gt;&gt;</a></div><ul>
<li><a href="info/1021/2168.htm">县委党校2024年秋季主体班开班</a><span>11-01</span></li>
<li><a href="info/1021/2160.htm">我校教师在全市党校系统精品课评选中获一等奖</a><span>10-24</span></li>
</ul></div>
<div class="box2"><div class="tit"><h3>讲稿精选</h3><a href="jxky/jgxd.htm">更多&gt;&gt;</a></div><ul>
{lis}
</ul></div>
</div>
""" + foot(r)


def build() -> Family:
    fam = Family(HOST, "county 党校 site on 博达 VSB (Visual SiteBuilder 9), lecture scripts with PDF attachments")
    fam.home = "/index.htm"
    fam.put("/index.htm", home())
    fam.put("/", home())
    fam.put("/jxky/jgxd.htm", list_page(1))
    fam.put("/jxky/jgxd/1.htm", list_page(2))
    fam.not_documents += ["/index.htm", "/", "/jxky/jgxd.htm", "/jxky/jgxd/1.htm"]
    for i, a in enumerate(ARTICLES):
        path = f"/info/1023/{a[1]}.htm"
        fam.put(path, article_page(i))
        fam.doc([path], a[0])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /system/\n", "ascii")
    fam.noise += ["当前位置", "发布时间：", "来源：教研室", "阅读次数：", "打印", "关闭", "主讲人：",
                  "根据录音整理", "附件【", ".pdf", "已下载", "上一条：", "下一条：", "讲稿精选", "湘ICP备13008472号-1",
                  "湘公网安备", "以新质生产力赋能县域特色产业发展"]
    fam.note = (
        "VSB static pages; the column numbered downwards (`jgxd.htm` newest, `jgxd/1.htm` older); the 主讲人 box "
        "sits between the info line and `v_news_content`, the 根据录音整理 note is the content's last paragraph "
        "(not speech), the PDF attachment list follows the content inside the form; the 红色基因 speech is the "
        "last row of the column's first page"
    )
    return fam
