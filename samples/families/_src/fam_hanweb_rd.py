"""A county 人大常委会 portal on 大汉 Hanweb JCMS (desktop 站群 template, about 2021): home `/` with a
人大要闻 headline block, column pages `/col/colN/index.html` whose lists are the CMS's `jpage`
data store (`<script type="text/xml"><datastore>…<recordset><record><![CDATA[<li>…</li>]]></record>`,
`nextgroup` naming `/module/web/jpage/dataproxy.jsp`), articles `/art/2024/6/28/art_5012_245876.html`
(month and day without zeros) in the old table layout: 政府网站 meta tags (`SiteName`, `SiteIDCode`,
`ColumnName`, `ArticleTitle`, `PubDate`, `ContentSource`), the 信息公开 索引号 table, `bt_link` line
(发布日期 / 信息来源 / 浏览次数 from `articlehits.jsp` / 【字体：大 中 小】), `td.bt_content > div#zoom`
between `<!--ZJEG_RSS.content.begin--><meta name="ContentStart">` markers, the 附件 list
(`downfile.jsp`), 【打印本页】 linking the CMS's print view `/module/print/print.jsp?…` (the same
text again in a bare page: not a second document), 【关闭窗口】, 分享到, 扫一扫在手机打开当前页,
相关链接, and the 站群 footer (网站标识码, 党政机关 mark, 政府网站找错 `jiucuo.js`, ICP, 公安备案)."""

from common import SPEECHES, Family

HOST = "www.jiangcheng-rd.gov.test"
SITE = "江城县人民代表大会常务委员会"
SHORT = "江城县人大常委会"
SITECODE = "3609250031"

ARTICLES = [
    dict(
        speech=SPEECHES["RD1"],
        col=("5012", "常委会会议", "18866"),
        artid="245876",
        path="/art/2024/6/28/art_5012_245876.html",
        pubdate="2024-06-28 17:32",
        source="县人大常委会办公室",
        hits=1286,
        index_no="11360925MB1A01234X/2024-00087",
        topic="人大工作\\常委会会议",
        byline=("县人大常委会主任", "周国华", "（2024年6月28日）"),
        attachments=[("县十八届人大常委会第二十一次会议议程.docx", "20240628173214906.docx")],
    ),
    dict(
        speech=SPEECHES["RD2"],
        col=("5014", "代表工作", "18870"),
        artid="243519",
        path="/art/2024/4/16/art_5014_243519.html",
        pubdate="2024-04-16 18:05",
        source="县人大常委会代表工委",
        hits=842,
        index_no="11360925MB1A01234X/2024-00052",
        topic="人大工作\\代表工作",
        byline=None,
        attachments=[],
    ),
]

OTHERS = {
    "5012": [
        (
            "/art/2024/6/27/art_5012_245801.html",
            "县十八届人大常委会第二十一次会议举行第一次全体会议",
            "2024-06-27",
        ),
        ("/art/2024/5/30/art_5012_244960.html", "县人大常委会召开第四十二次主任会议", "2024-05-30"),
        ("/art/2024/4/26/art_5012_243877.html", "县十八届人大常委会第二十次会议召开", "2024-04-26"),
    ],
    "5014": [
        ("/art/2024/5/20/art_5014_244612.html", "县人大代表开展“进站履职月”活动", "2024-05-20"),
        ("/art/2024/3/29/art_5014_242988.html", "白石镇人大代表之家开展集中接待活动", "2024-03-29"),
    ],
}


def print_url(a):
    return f"/module/print/print.jsp?artid={a['artid']}&webid=2&columnid={a['col'][0]}"


def head(title, meta=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="{SITE}" />
<meta name="SiteDomain" content="http://{HOST}" />
<meta name="SiteIDCode" content="{SITECODE}" />
{meta}<title>{title}</title>
<link href="/images/rd_2021/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/hanweb.js"></script>
</head>
<body>
<div class="top_bar"><div class="w1100"><span class="fl">今天是：<script type="text/javascript">showDate();</script></span><span class="fr"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="javascript:void(0)" id="wza_btn">无障碍浏览</a> | <a href="https://www.jiangcheng.gov.test/" target="_blank">江城县人民政府</a></span></div></div>
<div class="header"><div class="w1100"><a href="/" class="logo"><img src="/images/rd_2021/logo.png" alt="{SITE}" /></a>
<div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="2" /><input type="text" name="q" class="search_txt" value="请输入关键字" /><input type="submit" class="search_btn" value="搜索" /></form></div></div></div>
<div class="nav"><ul class="w1100">
<li><a href="/">首页</a></li>
<li><a href="/col/col5011/index.html">人大要闻</a></li>
<li><a href="/col/col5012/index.html">常委会会议</a></li>
<li><a href="/col/col5013/index.html">监督工作</a></li>
<li><a href="/col/col5014/index.html">代表工作</a></li>
<li><a href="/col/col5015/index.html">法律法规</a></li>
<li><a href="/col/col5016/index.html">人大信息公开</a></li>
</ul></div>
"""


FOOT = f"""<div class="link_box w1100"><span>相关链接：</span>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">----全国人大----</option><option value="http://www.npc.gov.cn/">中国人大网</option></select>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">----省市人大----</option><option value="http://www.jxrd.gov.cn/">江西人大新闻网</option><option value="http://rd.fuzhou-city.gov.test/">市人大常委会</option></select>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">----县直部门----</option><option value="https://www.jiangcheng.gov.test/">县人民政府</option><option value="http://zx.jiangcheng.gov.test/">县政协</option></select>
</div>
<div class="footer"><div class="w1100">
<div class="foot_l"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2A6E0C17B3D84F5CE053022819AC6F01" target="_blank"><img src="/images/rd_2021/dzjg.png" alt="党政机关" /></a></span></div>
<div class="foot_c">
<p>主办：{SHORT}办公室　　承办：江城县大数据中心</p>
<p>地址：江西省江城县凤凰大道168号　邮编：344600　联系电话：0794-7312345</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05004321号-3</a>　<img src="/images/rd_2021/ga.png" alt="" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36102502000118" target="_blank">赣公网安备 36102502000118号</a>　网站标识码：{SITECODE}</p>
<p>技术支持：南京大汉网络有限公司</p>
</div>
<div class="foot_r"><script id="_jiucuo_" sitecode="{SITECODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={SITECODE}&amp;url=http%3A%2F%2F{HOST}%2F" target="_blank"><img src="/images/rd_2021/jiucuo.png" alt="政府网站找错" /></a></div>
</div></div>
<script type="text/javascript" src="/script/0/2103151024245512.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?4b9c1e7f3a2d5b6c8e0f1a2b3c4d5e6f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
"""


def paras_html(a):
    sp = a["speech"]
    out = []
    if a["byline"]:
        office, name, date = a["byline"]
        out.append(f'<p style="text-align: center;"><strong>{sp.title}</strong></p>')
        out.append(
            f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{office}　{name}</span></p>'
        )
        out.append(
            f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{date}</span></p>'
        )
    for p in sp.paras:
        out.append(
            f'<p style="text-indent: 2em; line-height: 2em; font-family: 仿宋_GB2312; font-size: 16pt;">{p}</p>'
        )
    return "\n".join(out)


def article_page(a):
    sp = a["speech"]
    colid, colname, unitid = a["col"]
    meta = (
        f'<meta name="ColumnName" content="{colname}" />\n'
        f'<meta name="ColumnType" content="{colname}" />\n'
        f'<meta name="ArticleTitle" content="{sp.title}" />\n'
        f'<meta name="PubDate" content="{a["pubdate"]}" />\n'
        f'<meta name="ContentSource" content="{a["source"]}" />\n'
        f'<meta name="Keywords" content="人大,{colname}" />\n'
        f'<meta name="Author" content="{a["source"]}" />\n'
        f'<meta name="Description" content="{sp.paras[1][:60]}" />\n'
        f'<meta name="Url" content="http://{HOST}{a["path"]}" />\n'
    )
    attach = ""
    if a["attachments"]:
        rows = "".join(
            f'<p><a href="/module/download/downfile.jsp?classid=0&amp;filename={f}" target="_blank">{name}</a></p>'
            for name, f in a["attachments"]
        )
        attach = f'<div class="fujian"><p class="fj_title">附件：</p>{rows}</div>'
    related = "".join(
        f'<li><a href="{p}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for p, t, d in OTHERS[colid][:2]
    )
    return (
        head(f"{sp.title} {SITE}", meta)
        + f"""<div class="w1100 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{colid}/index.html">{colname}</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
<tr><td class="t_l">索引号：</td><td>{a["index_no"]}</td><td class="t_l">主题分类：</td><td>{a["topic"]}</td></tr>
<tr><td class="t_l">发布机构：</td><td>{SHORT}</td><td class="t_l">成文日期：</td><td>{a["pubdate"][:10]}</td></tr>
<tr><td class="t_l">名　　称：</td><td colspan="3">{sp.title}</td></tr>
<tr><td class="t_l">文　　号：</td><td></td><td class="t_l">发布日期：</td><td>{a["pubdate"][:10]}</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bt_table">
<tr><td class="title" align="center">{sp.title}</td></tr>
<tr><td class="bt_link" align="center">发布日期：{a["pubdate"]}　信息来源：<!--<$[信息来源]>begin-->{a["source"]}<!--<$[信息来源]>end-->　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={colid}&amp;artid={a["artid"]}"></script>　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
<tr><td class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{paras_html(a)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</td></tr>
</table>
{attach}
<div class="bt_tools">
<div class="share fl">分享到：<a href="javascript:void(0)" class="wx" title="微信">微信</a><a href="javascript:void(0)" class="wb" title="新浪微博">微博</a><a href="javascript:void(0)" class="qzone" title="QQ空间">QQ空间</a></div>
<div class="fr">【<a href="{print_url(a)}" target="_blank">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="ewm"><img src="/module/qrcode/qrcode.jsp?url=http%3A%2F%2F{HOST}{a["path"].replace("/", "%2F")}" alt="" /><p>扫一扫在手机打开当前页</p></div>
<div class="xglj"><div class="xglj_hd">相关信息</div><ul>{related}</ul></div>
</div>
"""
        + FOOT
    )


def print_page(a):
    """The CMS's print view: the article bare, with 打印 / 关闭 buttons, no site furniture."""
    sp = a["speech"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{sp.title}</title>
<style type="text/css">
body {{ margin: 0 auto; width: 760px; font-family: 宋体; }}
.print_title {{ font-size: 22px; font-weight: bold; text-align: center; padding: 20px 0 10px; }}
.print_info {{ font-size: 12px; color: #666; text-align: center; border-bottom: 1px solid #ccc; padding-bottom: 8px; }}
.print_btn {{ text-align: right; padding: 10px 0; }}
@media print {{ .print_btn {{ display: none; }} }}
</style>
</head>
<body>
<div class="print_btn"><input type="button" value="打　印" onclick="window.print()" />　<input type="button" value="关　闭" onclick="window.close()" /></div>
<div class="print_title">{sp.title}</div>
<div class="print_info">发布日期：{a["pubdate"]}　　信息来源：{a["source"]}</div>
<div class="print_content" id="zoom">
{paras_html(a)}
</div>
<div class="print_btn"><input type="button" value="打　印" onclick="window.print()" />　<input type="button" value="关　闭" onclick="window.close()" /></div>
</body>
</html>
"""


def datastore_list(colid, colname, unitid, items):
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="{p}" target="_blank" title="{t}">{t}</a><span class="date">[{d}]</span></li>\n]]></record>'
        for p, t, d in items
    )
    proxy = (
        f"/module/web/jpage/dataproxy.jsp?page=1&amp;webid=2&amp;path=/&amp;columnid={colid}"
        f"&amp;unitid={unitid}&amp;webname={SHORT}&amp;permissiontype=0"
    )
    return (
        head(
            f"{colname} {SITE}",
            f'<meta name="ColumnName" content="{colname}" />\n<meta name="ColumnType" content="{colname}" />\n',
        )
        + f"""<div class="w1100 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; {colname}</div>
<div class="lm_left"><div class="lm_title">{colname}</div></div>
<div class="lm_right"><div class="lm_list">
<div id="{unitid}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script></div>
<script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>
<script>$(function(){{$('#{unitid}').jpage({{dataStore:dataStore,proxyUrl:'/module/web/jpage/dataproxy.jsp',perPage:15,totalRecord:{len(items)},groupSize:3,barPosition:'bottom',ajaxParam:{{col:1,appid:1,webid:2,path:'/',columnid:{colid},sourceContentType:1,unitid:{unitid},webname:'{SHORT}',permissiontype:0}}}});}});</script>
</div></div>
</div>
"""
        + FOOT
    )


def home():
    rd1, rd2 = ARTICLES
    news = [(rd1["path"], rd1["speech"].title, "06-28"), *[(p, t, d[5:]) for p, t, d in OTHERS["5012"]]]
    rows = "".join(
        f'<li><a href="{p}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for p, t, d in news
    )
    dbgz = "".join(
        f'<li><a href="{p}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>'
        for p, t, d in OTHERS["5014"]
    )
    return (
        head(SITE)
        + f"""<div class="w1100 main">
<div class="hot_news"><h2><a href="{rd1["path"]}" target="_blank">{rd1["speech"].title}</a></h2><p>{rd1["speech"].paras[1][:70]}……<a href="{rd1["path"]}" target="_blank">[详细]</a></p></div>
<div class="box fl"><div class="box_hd"><span>常委会会议</span><a href="/col/col5012/index.html" class="more">更多&gt;&gt;</a></div><ul class="list">{rows}</ul></div>
<div class="box fr"><div class="box_hd"><span>代表工作</span><a href="/col/col5014/index.html" class="more">更多&gt;&gt;</a></div><ul class="list">{dbgz}</ul></div>
<div class="ztzl"><a href="/col/col5020/index.html"><img src="/images/rd_2021/zt_45zn.jpg" alt="地方人大设立常委会45周年" /></a></div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST, "county 人大常委会 portal on 大汉 Hanweb JCMS (desktop 站群 template) with a print view"
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    for colid, colname, unitid in sorted({a["col"] for a in ARTICLES}):
        items = [(a["path"], a["speech"].title, a["pubdate"][:10]) for a in ARTICLES if a["col"][0] == colid]
        items = sorted(items + OTHERS[colid], key=lambda x: x[2], reverse=True)
        fam.put(f"/col/col{colid}/index.html", datastore_list(colid, colname, unitid, items))
        fam.not_documents.append(f"/col/col{colid}/index.html")
    for a in ARTICLES:
        fam.put(a["path"], article_page(a))
        fam.route(print_url(a), f"module/print/print_{a['artid']}.html", print_page(a))
        fam.not_documents.append(print_url(a))
        fam.doc([a["path"]], a["speech"], published_at=a["pubdate"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /module/download/\nDisallow: /jrobot/\n", "ascii")
    fam.noise += [
        "索引号：",
        "11360925MB1A01234X",
        "主题分类：",
        "发布机构：",
        "成文日期：",
        "发布日期：",
        "信息来源：",
        "浏览次数：",
        "【字体：",
        "县人大常委会主任　周国华",
        "（2024年6月28日）",
        "附件：",
        "会议议程.docx",
        "分享到：",
        "打印本页",
        "关闭窗口",
        "打　印",
        "扫一扫在手机打开当前页",
        "相关信息",
        "相关链接：",
        "当前位置：",
        "县十八届人大常委会第二十一次会议举行第一次全体会议",
        "县人大代表开展“进站履职月”活动",
        "网站标识码",
        SITECODE,
        "政府网站找错",
        "赣ICP备05004321号-3",
        "赣公网安备",
        "技术支持：",
        "主办：",
        "设为首页",
        "无障碍浏览",
    ]
    fam.note = (
        "Articles `/art/2024/6/28/art_5012_245876.html` and `/art/2024/4/16/art_5014_243519.html`; column pages "
        "list them inside the jpage `<datastore>` script (CDATA records). Each article's 【打印本页】 is a plain link "
        "to the CMS's print view `/module/print/print.jsp?artid=N&webid=2&columnid=C` (a query route) carrying the "
        "same text bare: one document, at the article's address; the print views are listed among the non-documents. "
        "The 常委会 speech opens with its own centred title, speaker line and date line (not text)."
    )
    return fam
