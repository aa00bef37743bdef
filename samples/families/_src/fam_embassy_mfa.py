"""中国驻外使馆 site on the 外交部 mission template (中华人民共和国驻肯尼亚共和国大使馆-like), the
older table layout of the `/chn/` + `/eng/` mission sites (about 2012-2020). HOLDOUT.

Sent as `text/html` with no charset, gb2312 in the meta tag, GBK bytes. `/` is a meta-refresh to
`/chn/` (the Chinese home: banner with 中文 | English, nav 首页 / 使馆信息 / 大使讲话 / 中肯关系 /
领事服务 …, 大使讲话 and 使馆新闻 blocks of `·` rows with `(2024-05-16)` dates, every link relative:
`./dsxx/dsjh/t2345678.htm`) → the 大使讲话 column `/chn/dsxx/dsjh/` (`default.htm` rows, page 2
`default_1.htm` written only through TRS's `createPageHTML(3, 0, "default", "htm")`; not a
document) → articles `/chn/dsxx/dsjh/t2345678.htm`: the left menu (大使馆信息 / 大使简历 / 大使讲话 /
大使活动 …), `当前位置：首页 > 大使馆信息 > 大使讲话`, `div#News_Body_Title`, `div#News_Body_Time`
(`2024/05/16`), the 【大 中 小】 `doZoom` buttons, 【打印本页】【关闭窗口】 and (one page) an `英文版`
link to `/eng/dsxx/dsjh/t2345690.htm` (an English rendition: not a document); `div#News_Body_Txt_A`
inside `<!--<$[信息内容]>begin-->` comments, uppercase `<P>` paragraphs indented with `　　`; the
forum speech opens with its own centred bold title, `中国驻肯尼亚大使　周明远` and
`（2024年5月16日，内罗毕）`; both speeches end with a `（完）` closing mark; footer (版权所有 /
地址 / 电话 / 网站声明)."""

from common import SPEECHES, Family

HOST = "ke.china-embassy-like.test"
COL = "/chn/dsxx/dsjh/"
COL2 = "/chn/dsxx/dsjh/default_1.htm"
A5 = "/chn/dsxx/dsjh/t1701845.htm"
A6 = "/chn/dsxx/dsjh/t2345678.htm"
ENG6 = "/eng/dsxx/dsjh/t2345690.htm"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>@@TITLE@@</TITLE>
<META NAME="keywords" CONTENT="中国驻肯尼亚大使馆,中肯关系,大使讲话">
<META NAME="description" CONTENT="@@DESC@@">
<LINK href="@@UP@@images/style.css" type="text/css" rel="stylesheet">
<SCRIPT language="javascript">
function doZoom(size){ document.getElementById('News_Body_Txt_A').style.fontSize = size + 'px'; }
</SCRIPT>
</HEAD>
<BODY leftMargin="0" topMargin="0" marginheight="0" marginwidth="0">
<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0">
<TR><TD><IMG src="@@UP@@images/banner_chn.jpg" width="980" height="120" alt="中华人民共和国驻肯尼亚共和国大使馆" border="0"></TD></TR>
<TR><TD class="lang" align="right"><A href="@@UP@@">中文</A> | <A href="@@UP@@../eng/">English</A></TD></TR>
<TR><TD class="nav" height="32" align="center">
<A href="@@UP@@">首页</A> | <A href="@@UP@@dsxx/">使馆信息</A> | <A href="@@UP@@dsxx/dsjh/">大使讲话</A> | <A href="@@UP@@zkgx/">中肯关系</A> | <A href="@@UP@@lsfw/">领事服务</A> | <A href="@@UP@@jmhz/">经贸合作</A> | <A href="@@UP@@jyjl/">教育交流</A> | <A href="@@UP@@whjl/">文化交流</A> | <A href="@@UP@@zgxw/">中国新闻</A> | <A href="@@UP@@fyrth/">发言人谈话</A>
</TD></TR>
</TABLE>
"""

FOOT = """<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0" class="foot">
<TR><TD align="center" height="80">
中华人民共和国驻肯尼亚共和国大使馆 版权所有 &nbsp; <A href="@@UP@@wzsm/">网站声明</A><BR>
地址：Woodlands Road, Kilimani, Nairobi, Kenya &nbsp; 电话：00254-20-2722559 &nbsp; 传真：00254-20-2746402<BR>
领事证件咨询电话：00254-20-2726851（工作日 9:00-12:00）
</TD></TR>
</TABLE>
</BODY>
</HTML>
"""

LEFT = """<TD vAlign="top" width="200" class="left_menu">
<TABLE cellSpacing="0" cellPadding="0" width="190" border="0">
<TR><TD class="left_tit" height="36">&nbsp;大使馆信息</TD></TR>
<TR><TD class="left_item"><A href="../dsjl/">大使简历</A></TD></TR>
<TR><TD class="left_item on"><A href="./">大使讲话</A></TD></TR>
<TR><TD class="left_item"><A href="../dshd/">大使活动</A></TD></TR>
<TR><TD class="left_item"><A href="../sgjs/">使馆简介</A></TD></TR>
<TR><TD class="left_item"><A href="../lxfs/">联系方式</A></TD></TR>
</TABLE>
</TD>
"""


def page(title, desc, up, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@UP@@", up) + body + FOOT.replace("@@UP@@", up)


def article(title, time, paras, top="", eng=""):
    ps = "\n".join(f"<P>　　{p}</P>" for p in paras)
    eng_link = f'&nbsp;&nbsp;<A href="../../../eng/dsxx/dsjh/{eng}" target="_blank">英文版</A>' if eng else ""
    body = f"""<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0">
<TR>
{LEFT}<TD vAlign="top" width="10">&nbsp;</TD>
<TD vAlign="top" width="770">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0">
<TR><TD class="position" height="30">当前位置：<A href="../../">首页</A> &gt; <A href="../">大使馆信息</A> &gt; <A href="./">大使讲话</A></TD></TR>
<TR><TD>
<div id="News_Body_Title">{title}</div>
<div id="News_Body_Time">{time}</div>
<div id="News_Body_Tool" align="right">【<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】{eng_link}</div>
<div id="News_Body_Txt_A">
<!--<$[信息内容]>begin-->{top}
{ps}
<P>　　（完）</P>
<!--<$[信息内容]>end-->
</div>
</TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
"""
    return page(title, title, "../../", body)


ROWS = [
    ("t2345678.htm", None, "2024-05-16"),
    ("t2331207.htm", "周明远大使在“中国政府奖学金”留学生行前说明会上的讲话", "2024-04-23"),
    ("t2309811.htm", "周明远大使出席内罗毕大学孔子学院成立十五周年庆祝活动并致辞", "2024-03-08"),
    ("t2287360.htm", "周明远大使在2024年春节招待会上的讲话", "2024-02-05"),
    ("t2261044.htm", "周明远大使在肯尼亚《民族日报》发表署名文章《共建“一带一路”的十年》", "2023-11-14"),
    ("t1701845.htm", None, "2023-09-26"),
    ("t1698722.htm", "周明远大使在中资企业安全生产工作会上的讲话", "2023-09-12"),
]
ROWS2 = [
    ("t1682209.htm", "周明远大使在中肯医疗卫生合作研讨会上的致辞", "2023-07-20"),
    ("t1670533.htm", "周明远大使在“中国电影周”开幕式上的致辞", "2023-06-02"),
    ("t1654108.htm", "周明远大使向肯尼亚媒体介绍中国“两会”精神", "2023-03-21"),
]


def build() -> Family:
    fam = Family(HOST, "中国驻外使馆 site on the 外交部 mission template (old /chn/ table layout), gb2312", encoding="gbk", content_type="text/html")
    fam.home = "/chn/"
    s5, s6 = SPEECHES["f53d-5"], SPEECHES["f53d-6"]
    top6 = (f'\n<P align="center"><STRONG>{s6.title.replace("周明远大使在", "在")}</STRONG></P>'
            '\n<P align="center">中国驻肯尼亚大使　周明远</P>\n<P align="center">（2024年5月16日，内罗毕）</P>')
    fam.put(A5, article(s5.title, "2023/09/26", s5.paras))
    fam.put(A6, article(s6.title, "2024/05/16", s6.paras, top=top6, eng="t2345690.htm"))
    fam.doc([A5], s5)
    fam.doc([A6], s6)

    eng = """<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0"><TR><TD vAlign="top">
<div id="News_Body_Title">Remarks by Ambassador Zhou Mingyuan at the Opening Ceremony of the China-Kenya TVET Cooperation Forum</div>
<div id="News_Body_Time">2024/05/16</div>
<div id="News_Body_Tool" align="right">[<A href="javascript:window.print()">Print</A>] [<A href="javascript:window.close()">Close</A>]</div>
<div id="News_Body_Txt_A">
<P>Principal Secretary,</P>
<P>Distinguished Principals and Representatives of Enterprises,</P>
<P>Ladies and Gentlemen,</P>
<P>Good morning! It is a great pleasure to join you at the China-Kenya TVET Cooperation Forum. On behalf of the Chinese Embassy in Kenya, I would like to extend warm congratulations on the opening of the Forum.</P>
<P>Technical and vocational education is most closely linked with economic development and most directly linked with youth employment. The Luban Workshop, the training programmes of the Mombasa-Nairobi Standard Gauge Railway and the order-based training between Chinese companies and Kenyan colleges have opened a door to a better life for many young Kenyans.</P>
<P>As a Chinese saying goes, teaching a man to fish is better than giving him fish. I wish the Forum a complete success. Thank you!</P>
</div>
</TD></TR></TABLE>
"""
    fam.put(ENG6, HEAD.replace("@@TITLE@@", "Remarks by Ambassador Zhou Mingyuan at the China-Kenya TVET Cooperation Forum").replace("@@DESC@@", "Ambassador's Speeches").replace("@@UP@@", "../../../chn/") + eng + FOOT.replace("@@UP@@", "../../../chn/"))

    titles = {"t2345678.htm": s6.title, "t1701845.htm": s5.title}

    def rows(items):
        return "\n".join(
            f'<TR><TD class="list_item" height="26">·<A href="./{u}" target="_blank">{t or titles[u]}</A></TD><TD class="list_date" align="right">({d})</TD></TR>'
            for u, t, d in items
        )

    def col(items, cur):
        return page("大使讲话", "大使讲话", "../../", f"""<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0">
<TR>
{LEFT}<TD vAlign="top" width="10">&nbsp;</TD>
<TD vAlign="top" width="770">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0">
<TR><TD class="position" height="30">当前位置：<A href="../../">首页</A> &gt; <A href="../">大使馆信息</A> &gt; 大使讲话</TD></TR>
</TABLE>
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0" class="list">
{rows(items)}
</TABLE>
<div class="pages" align="center">
<SCRIPT language="JavaScript">
var currentPage = {cur};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 3//共多少页
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){{
	if(_nPageCount == null || _nPageCount<=1){{ return; }}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;&nbsp;<span>上一页</span>&nbsp;&nbsp;");
	else {{
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;&nbsp;");
		document.write("<a href=\\""+_sPageName+(nCurrIndex-1 > 0 ? "_"+(nCurrIndex-1) : "")+"."+_sPageExt+"\\">上一页</a>&nbsp;&nbsp;");
	}}
	if(nCurrIndex < _nPageCount-1) {{
		document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;&nbsp;");
		document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
	}} else document.write("<span>下一页</span>&nbsp;&nbsp;<span>尾页</span>");
}}
createPageHTML(3, {cur}, "default", "htm");
</SCRIPT>
</div>
</TD>
</TR>
</TABLE>
""")

    fam.put(COL, col(ROWS, 0))
    fam.put("/chn/dsxx/dsjh/default.htm", col(ROWS, 0))
    fam.put(COL2, col(ROWS2, 1))

    def home_rows(items):
        return "\n".join(
            f'<TR><TD height="24">·<A href="./dsxx/dsjh/{u}" target="_blank">{t or titles[u]}</A></TD><TD align="right">({d})</TD></TR>'
            for u, t, d in items
        )

    home = page("中华人民共和国驻肯尼亚共和国大使馆", "中国驻肯尼亚大使馆", "", f"""<TABLE cellSpacing="0" cellPadding="0" width="980" align="center" border="0">
<TR>
<TD vAlign="top" width="480">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0"><TR><TD class="box_tit" height="32">大使讲话</TD><TD class="box_more" align="right"><A href="./dsxx/dsjh/">更多&gt;&gt;</A></TD></TR>
{home_rows(ROWS[:4])}
</TABLE>
</TD>
<TD width="20">&nbsp;</TD>
<TD vAlign="top" width="480">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0"><TR><TD class="box_tit" height="32">使馆新闻</TD><TD class="box_more" align="right"><A href="./sgxw/">更多&gt;&gt;</A></TD></TR>
<TR><TD height="24">·<A href="./sgxw/t2346012.htm" target="_blank">周明远大使会见肯尼亚教育部首席秘书</A></TD><TD align="right">(2024-05-17)</TD></TR>
<TR><TD height="24">·<A href="./dsxx/dsjh/t1701845.htm" target="_blank">驻肯尼亚使馆举行国庆74周年招待会</A></TD><TD align="right">(2023-09-26)</TD></TR>
<TR><TD height="24">·<A href="./lsfw/t2339876.htm" target="_blank">关于暂停受理纸质签证申请的通知</A></TD><TD align="right">(2024-05-06)</TD></TR>
</TABLE>
</TD>
</TR>
<TR><TD colspan="3" class="notice" height="40">提醒在肯中国公民注意防范雨季洪涝灾害 &nbsp; 领事保护与协助电话：00254-722-360-618</TD></TR>
</TABLE>
""")
    fam.put("/chn/", home)
    fam.put("/", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta http-equiv="refresh" content="0;URL=/chn/"></head>
<body><script>window.location.href="/chn/";</script></body></html>
""")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /chn/lsfw/tzgg/fj/\n")
    fam.not_documents += ["/chn/", COL, COL2, ENG6]
    fam.noise += ["打印本页", "关闭窗口", "英文版", "（完）", "当前位置：", "中国驻肯尼亚大使　周明远", "（2024年5月16日，内罗毕）",
                  "网站声明", "领事保护与协助电话", "Remarks by Ambassador"]
    return fam
