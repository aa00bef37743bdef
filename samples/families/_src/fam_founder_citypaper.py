"""A city newspaper's 数字报 on 方正 Founder e-paper (`/html/2024-05/16/node_2.htm` 版面,
`/html/2024-05/16/content_123456.htm` articles): table layout, `版面导航` (`第01版：要闻`), the page
picture's `<map name="PagePicMap">` areas linking `content_N.htm?div=-1`, 本版标题 list, 往期回顾 date
list; the article in `div#ozoom` `<founder-content>`. One speech starts on 01 版 and ends with
`（下转第2版）`; the rest is a second article on 02 版 opening with `（上接第1版）`. `/` is a copy of the
latest day's 01 版 with root-relative links."""

from common import SPEECHES, Family, split_paras

HOST = "epaper.jiangcheng-rb.test"
PAPER = "江城日报"
BANS = {"01": "要闻", "02": "要闻", "03": "综合新闻", "04": "区县新闻", "05": "体育", "06": "副刊"}
NODE = {b: f"node_{int(b) + 1}.htm" for b in BANS}
WEEK = {"2024-05-16": "星期四", "2024-05-18": "星期六"}

F1, F2 = SPEECHES["r24b-f1"], SPEECHES["r24b-f2"]
F1A, F1B = split_paras(F1.paras, 2)
# (day, ban) -> list of (content id, title)
ISSUE = {
    ("2024-05-16", "01"): [(123401, "市委常委会召开会议"), (123402, F1.title), (123403, "一季度全市GDP同比增长5.6%"), (123404, "今日导读")],
    ("2024-05-16", "02"): [(123410, F1.title), (123411, "江城港集装箱吞吐量创同期新高"), (123412, "简讯")],
    ("2024-05-18", "01"): [(123501, "我市召开防汛工作会议"), (123502, "市第十七届运动会开幕"), (123503, "今日导读")],
    ("2024-05-18", "05"): [(123530, F2.title), (123531, "市运会首日产生14枚金牌"), (123532, "全民健身活动月启动")],
}


def ddir(day):
    return f"/html/{day[:7]}/{day[8:]}/"


def datecn(day):
    return f"{day[:4]}年{int(day[5:7])}月{int(day[8:])}日"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<HTML xmlns="http://www.w3.org/1999/xhtml">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>@@TITLE@@</TITLE>
<LINK href="@@R@@style.css" type="text/css" rel="stylesheet">
<SCRIPT language="javascript" src="@@R@@pagepicmap.js"></SCRIPT>
<SCRIPT language="javascript" src="@@R@@period.js"></SCRIPT>
</HEAD>
<BODY leftMargin="0" topMargin="0">
<TABLE cellSpacing="0" cellPadding="0" width="1000" align="center" border="0">
<TR><TD class="head"><IMG src="@@R@@image/head.jpg" width="1000" height="90" border="0"></TD></TR>
<TR><TD class="daohang" height="28">　今天是：<SPAN id="today">@@DATECN@@　@@WEEK@@</SPAN>　　<A href="http://www.jiangcheng-rb.test/" target="_blank">江城新闻网</A> | <A href="@@HOME@@">首页</A> | <A href="http://epaper.jiangcheng-rb.test/jcwb/">江城晚报</A></TD></TR>
</TABLE>
<TABLE cellSpacing="0" cellPadding="0" width="1000" align="center" border="0">
<TR>
"""

FOOT = """</TR>
</TABLE>
<TABLE cellSpacing="0" cellPadding="0" width="1000" align="center" border="0">
<TR><TD class="foot" align="center" height="60">江城日报社版权所有　未经书面授权不得复制或建立镜像<BR>
地址：江城市文华路88号　邮编：430000　新闻热线：0717-12345678<BR>
<A href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05001234号-1</A>　技术支持：方正电子</TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def head(title, day, r, home):
    return (HEAD.replace("@@TITLE@@", title).replace("@@R@@", r).replace("@@DATECN@@", datecn(day))
            .replace("@@WEEK@@", WEEK[day]).replace("@@HOME@@", home))


def days():
    return sorted({d for d, _b in ISSUE})


def bans_of(day):
    return [b for d, b in ISSUE if d == day] + [b for b in ("03", "04", "06") if day == "2024-05-16"] + (
        ["02", "03", "04", "06"] if day == "2024-05-18" else [])


def left_col(day, ban, base):
    rows = []
    for b in sorted(set(bans_of(day))):
        rows.append(f'<TR><TD class="default" height="25"><IMG src="{base}../../../image/dot.gif">'
                    f'<A id="pageLink" href="{base}{NODE[b]}">第{b}版：{BANS[b]}</A></TD>'
                    f'<TD width="20"><A href="{base}../../../page/{day[:7]}/{day[8:]}/{b}/{day.replace("-", "")}{b}_pdf.pdf"><IMG src="{base}../../../image/pdf.gif" border="0"></A></TD></TR>')
    back = []
    for d in days():
        back.append(f'<A href="{"/html/" + d[:7] + "/" + d[8:] + "/node_2.htm"}">{d}</A>')
    return f"""<TD vAlign="top" width="260" class="left">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0">
<TR><TD class="title" colspan="2">版面导航</TD></TR>
{chr(10).join(rows)}
</TABLE>
<DIV class="period">
<DIV class="title">往期回顾</DIV>
<DIV id="calendar"><SCRIPT language="javascript">showCalendar("{day}", "../../../html/period.xml");</SCRIPT></DIV>
<DIV class="recent">{"<BR>".join(back)}</DIV>
</DIV>
</TD>
"""


def ban_list(day, ban, base, current=None):
    lis = []
    for cid, t in ISSUE[(day, ban)]:
        cls = ' class="on"' if cid == current else ""
        lis.append(f'<TR><TD class="default"{cls}><IMG src="{base}../../../image/dot2.gif">'
                   f'<A href="{base}content_{cid}.htm"><DIV style="display:inline" id="mp{cid}">{t}</DIV></A></TD></TR>')
    return ('<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0" class="banlist">\n'
            '<TR><TD class="title">本版标题</TD></TR>\n' + "\n".join(lis) + "\n</TABLE>\n")


def node_page(day, ban, base=""):
    areas = []
    for k, (cid, _t) in enumerate(ISSUE.get((day, ban), []), 1):
        y = 40 + k * 180
        areas.append(f'<AREA shape="polygon" coords="12,{y},455,{y},455,{y + 170},12,{y + 170}" href="{base}content_{cid}.htm?div=-1">')
    home = "/"
    lst = ban_list(day, ban, base) if (day, ban) in ISSUE else ""
    return head(f"{PAPER}数字报-第{ban}版：{BANS[ban]}", day, base + "../../../", home) + left_col(day, ban, base) + f"""<TD vAlign="top" width="480" class="paper">
<DIV class="ban_t">第{ban}版：{BANS[ban]}　　<A href="{base}../../../page/{day[:7]}/{day[8:]}/{ban}/{day.replace("-", "")}{ban}_pdf.pdf">PDF版</A></DIV>
<IMG src="{base}../../../page/{day[:7]}/{day[8:]}/{ban}/{day.replace("-", "")}{ban}_b.jpg" width="470" border="0" useMap="#PagePicMap">
<MAP name="PagePicMap">
{chr(10).join(areas)}
</MAP>
</TD>
<TD vAlign="top" width="260" class="right">
{lst}
</TD>
""" + FOOT


def article(day, ban, cid, title, yin, fu, paras, tail_lines, editor, pic=None):
    body = [f"<P>　　{p}</P>" for p in paras]
    if pic:
        at, cap = pic
        body.insert(at, f'<TABLE cellSpacing="0" cellPadding="0" align="center" border="0"><TR><TD align="center">'
                        f'<IMG src="../../../res/1/{day.replace("-", "")}/{cid}_1.jpg" width="450"></TD></TR>'
                        f'<TR><TD class="pictxt" align="center">{cap}</TD></TR></TABLE>')
    body += [f"<P>　　{x}</P>" for x in tail_lines]
    return head(f"{PAPER}数字报-{title}", day, "../../../", "/") + left_col(day, ban, "") + f"""<TD vAlign="top" width="740" colspan="2" class="content">
<TABLE cellSpacing="0" cellPadding="0" width="100%" border="0">
<TR><TD class="ban_t">第{ban}版：{BANS[ban]}　<A href="{NODE[ban]}">返回版面</A></TD></TR>
<TR><TD align="center" class="yt">{yin}</TD></TR>
<TR><TD align="center" class="bt"><STRONG>{title}</STRONG></TD></TR>
<TR><TD align="center" class="ft">{fu}</TD></TR>
<TR><TD class="ly" align="center">{PAPER}　{datecn(day)}</TD></TR>
<TR><TD class="font01"><DIV id="ozoom" style="font-size:14px">
<!--enpcontent--><founder-content>{"".join(body)}</founder-content><!--/enpcontent-->
</DIV></TD></TR>
<TR><TD class="editor" align="right">责任编辑：{editor}</TD></TR>
<TR><TD class="fx">分享到：<A href="javascript:void(0)" onclick="shareTo('wx')">微信</A> <A href="javascript:void(0)" onclick="shareTo('wb')">新浪微博</A>　　<A href="javascript:window.print()">打印本页</A>　<A href="javascript:window.close()">关闭窗口</A></TD></TR>
</TABLE>
{ban_list(day, ban, "", cid)}
</TD>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "方正 Founder 数字报 of a city newspaper (node_N.htm 版面, content_N.htm articles)")
    fam.home = "/"
    for (day, ban) in ISSUE:
        fam.put(ddir(day) + NODE[ban], node_page(day, ban))
        fam.not_documents.append(ddir(day) + NODE[ban])
    fam.put("/", node_page("2024-05-18", "01", "/html/2024-05/18/"))
    # the speech on 01 版, continued on 02 版
    d1 = "2024-05-16"
    fam.put(ddir(d1) + "content_123402.htm", article(
        d1, "01", 123402, F1.title, "让企业办事更顺心　让营商环境更优良", "市委书记　陈国栋", F1A, ["（下转第2版）"], "刘　畅"))
    fam.put(ddir(d1) + "content_123410.htm", article(
        d1, "02", 123410, F1.title, "", "", ["（上接第1版）"] + F1B, [], "刘　畅"))
    d2 = "2024-05-18"
    fam.put(ddir(d2) + "content_123530.htm", article(
        d2, "05", 123530, F2.title, "", "市长　吴海峰", F2.paras,
        ["（本报记者　方小舟　整理）"], "郑　浩",
        pic=(3, "开幕式上，运动员代表队入场。　本报记者　李　洋　摄")))
    for path, cid in ((ddir(d1) + "content_123402.htm", None), (ddir(d1) + "content_123410.htm", None), (ddir(d2) + "content_123530.htm", None)):
        fam.route(path + "?div=-1", path, fam.files[path.lstrip("/")].decode())
    fam.doc([ddir(d1) + "content_123402.htm", ddir(d1) + "content_123410.htm"], F1)
    fam.not_documents.append(ddir(d1) + "content_123410.htm")
    fam.doc([ddir(d2) + "content_123530.htm"], F2)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /page/\n")
    fam.noise += [
        "让企业办事更顺心　让营商环境更优良", "市委书记", "陈国栋", "（下转第2版）", "（上接第1版）", "市长　吴海峰",
        "本报记者　方小舟", "李　洋　摄", "运动员代表队入场", "整理）", "责任编辑", "分享到", "新浪微博", "打印本页",
        "关闭窗口", "返回版面", "本版标题", "版面导航", "往期回顾", "PDF版", "江城日报社版权所有",
        "鄂ICP备05001234号-1", "技术支持：方正电子", "一季度全市GDP同比增长5.6%", "市运会首日产生14枚金牌",
    ]
    fam.note = ("the 2024-05-16 speech starts on 01 版 (content_123402, ending '（下转第2版）') and goes on in a "
                "second article on 02 版 (content_123410, opening '（上接第1版）'), linked only through the 版面 pages")
    return fam
