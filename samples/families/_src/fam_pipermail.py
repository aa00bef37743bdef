"""A GNU Mailman 2.1 list (zh_CN templates) of a provincial translators' association, `tongxun`, with its
pipermail archive: the listinfo page `/mailman/listinfo/tongxun` (the home, extensionless CGI path),
the archive index `/pipermail/tongxun/` (table of months, [ 线索 ] [ 主题 ] [ 作者 ] [ 日期 ], Gzip'd
text), per-month `thread.html` / `date.html` / `subject.html` / `author.html`, and message pages
`NNNNNN.html` with the `<!--beginarticle-->` `<PRE>` body, 上一条消息 / 下一条消息 links, obfuscated
addresses (`x at y`), the `-- ` signature, Mailman's scrubbed-HTML note (`-------------- 下一部分
--------------`) and the list footer. One report is sent in two messages, [1/2] and [2/2], the
first hard-wrapped by Thunderbird; replies quote with `>`. Static files come from Apache as
`text/html` without a charset (the pages carry a utf-8 META)."""

import html

from common import SPEECHES, Family, split_paras

HOST = "lists.fanyi-xiehui.test"
LIST = "tongxun"
LISTADDR = f"{LIST} at {HOST}"
BASE = f"http://{HOST}"
PREFIX = "[通讯]"

SIG_MSC = """-- 
省翻译协会秘书处
地址：省城文昌路88号社科大楼412室　邮编：310012
电话：0571-8702 6615　会员服务：mishuchu at fanyi-xiehui.test
协会网站：http://www.fanyi-xiehui.test/"""

LIST_FOOTER = f"""_______________________________________________
{LIST} mailing list
{LISTADDR}
{BASE}/mailman/listinfo/{LIST}"""

SCRUB = """-------------- 下一部分 --------------
一个HTML附件被移除...
URL: {BASE}/pipermail/{LIST}/attachments/{day}/{hexid}/attachment.html"""


def wrap(text, width=36):
    """Thunderbird's CJK wrapping: a line of about `width` characters, never starting with closing punctuation."""
    lines, line = [], ""
    for ch in text:
        if len(line) >= width and ch not in "，。、；：！？”’）》…":
            lines.append(line)
            line = ""
        line += ch
    return "\n".join(lines + [line])


def mma1_parts():
    sp = SPEECHES["MMA1"]
    first, second = split_paras(sp.paras, 2)
    head1 = (
        "各位会员：\n\n"
        + wrap("第七次会员代表大会今天上午在省社科会堂召开。现将刘明远会长代表第六届理事会所作的工作报告全文转发如下，供未能到会的会员参阅。因篇幅较长，分两封发出。")
        + "\n\n秘书处\n\n======================================\n\n"
        + f"{sp.title}\n\n　　　　　　　刘明远\n　　　　（2024年12月14日）\n\n"
    )
    body1 = head1 + "\n\n".join(wrap(p) for p in first) + "\n\n（未完，接下一封）\n\n" + SIG_MSC
    body2 = (
        "（接上一封）\n\n"
        + "\n\n".join(wrap(p) for p in second)
        + "\n\n（全文完）\n\n大会通过的新章程和第七届理事会名单将另行发送。\n\n"
        + SIG_MSC
    )
    return body1, body2


def mma2_body():
    sp = SPEECHES["MMA2"]
    head = (
        "各位会员：\n\n十月十九日，协会在会员之家举办“译海拾贝”老会员座谈会，十四位入会三十年以上的老会员参加。"
        "现将荣誉理事周立言老师的发言整理稿发给大家，已经周老师本人审阅。座谈会照片见协会网站：http://www.fanyi-xiehui.test/news/2024/1019.html\n\n"
        f"{sp.title}\n周立言（省翻译协会荣誉理事）\n\n"
    )
    return head + "\n\n".join(sp.paras) + "\n\n" + SIG_MSC


def quote(text):
    return "\n".join("&gt; " + line if line else "&gt;" for line in text.split("\n"))


# id -> (month, date line, from name, from addr, subject, body, msgid)
def messages():
    b1, b2 = mma1_parts()
    mma1 = SPEECHES["MMA1"]
    mma2 = SPEECHES["MMA2"]
    reply_oct = (
        "周老师好，各位好：\n\n" + "&gt; " + html.escape(mma2.paras[4][:60]) + "\n&gt; " + html.escape(mma2.paras[4][60:120]) +
        "\n\n读到这一段特别有共鸣。我去年第一次接医学资料，也是跑到医院请教了好几位医生才敢交稿。"
        "周老师说的“先读懂，再动笔”，我打算抄下来贴在电脑旁边。\n\n"
        "另外想问一下秘书处，座谈会有没有录像？青年译者沙龙想组织大家一起看一看。\n\n"
        "李青\n\n&gt; -----原始邮件-----\n&gt; 发件人: 省翻译协会秘书处 &lt;mishuchu at fanyi-xiehui.test&gt;\n&gt; 发送时间: 2024年10月19日 星期六 17:05\n&gt; 收件人: " + LISTADDR + "\n&gt; 主题: " + PREFIX + " " + mma2.title + "\n"
    )
    reply_dec = (
        "刘会长、各位代表：\n\n"
        "&gt; " + html.escape(mma1.paras[-5][:40]) + "\n&gt; " + html.escape(mma1.paras[-5][40:80]) + "\n\n"
        "完全赞成。我们公司今年已经在试用几种机器翻译加人工审校的流程，问题不少，愿意把经验拿出来和研究小组分享。"
        "建议小组成立后先做一次会员问卷，了解大家实际在用什么工具。\n\n"
        "王晓岚\n本地化与技术传播专业委员会\n\n" + LIST_FOOTER.replace("\n", "\n&gt; ").join(["&gt; ", ""]) + "\n" + LIST_FOOTER
    )
    return {
        110: ("2024-October", "Tue Oct  8 09:12:40 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} 2024年第10期会员通讯", "各位会员：\n\n本期要目：\n一、协会参与制定的《口笔译服务规范》地方标准正式发布\n二、第36期青年译者沙龙报名\n三、“译海拾贝”老会员座谈会将于10月19日举行\n\n详见附件或协会网站。\n\n" + SIG_MSC, "20241008011240.7A1C@fanyi-xiehui.test"),
        111: ("2024-October", "Sat Oct 12 15:30:02 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} 关于举办“译海拾贝”老会员座谈会的通知", "各位会员：\n\n协会定于10月19日（星期六）下午两点在会员之家举办“译海拾贝”老会员座谈会，欢迎青年会员旁听。请于10月17日前回复报名。\n\n" + SIG_MSC, "20241012073002.2B9D@fanyi-xiehui.test"),
        112: ("2024-October", "Tue Oct 15 20:48:19 CST 2024", "青年译者沙龙", "salon at fanyi-xiehui.test", f"{PREFIX} 青年译者沙龙第36期：法律文本中的长句处理", "第36期沙龙定于10月26日晚七点在线举行，主讲人为法律翻译专业委员会委员陈默律师。报名请回复本邮件。\n\n-- \n青年译者沙龙组委会", "20241015124819.5E0A@fanyi-xiehui.test"),
        113: ("2024-October", "Sat Oct 19 17:05:44 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} {mma2.title}", mma2_body() + "\n" + SCRUB.format(BASE=BASE, LIST=LIST, day="20241019", hexid="5c0e92d1"), "20241019090544.3F7B@fanyi-xiehui.test"),
        114: ("2024-October", "Sun Oct 20 10:21:37 CST 2024", "李青", "liqing.translate at mail.test", f"{PREFIX} 回复： {mma2.title}", reply_oct + "\n" + LIST_FOOTER, "tencent_3A9F0C1E7B@qq.test"),
        115: ("2024-November", "Mon Nov 18 11:02:56 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} 第七次会员代表大会代表名单公示", "各位会员：\n\n经各分支机构和团体会员单位推荐，第七次会员代表大会代表名单已在协会网站公示，公示期五个工作日。有意见请致函秘书处。\n\n" + SIG_MSC, "20241118030256.6D2E@fanyi-xiehui.test"),
        116: ("2024-November", "Thu Nov 28 16:40:13 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} 2024年第11期会员通讯", "各位会员：\n\n本期要目：\n一、第七次会员代表大会筹备情况\n二、《口笔译服务规范实施指南》征求意见\n三、新会员名单（第四批）\n\n" + SIG_MSC, "20241128084013.1A4C@fanyi-xiehui.test"),
        117: ("2024-December", "Mon Dec  2 09:10:11 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} 关于召开第七次会员代表大会的通知", "各位代表：\n\n协会第七次会员代表大会定于12月14日（星期六）上午九点在省社科会堂召开，会期一天。请各位代表准时参会。\n\n" + SIG_MSC, "20241202011011.0C3B@fanyi-xiehui.test"),
        118: ("2024-December", "Sat Dec 14 18:22:05 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} [1/2] {mma1.title}", b1, "20241214102205.4E81@fanyi-xiehui.test"),
        119: ("2024-December", "Sat Dec 14 18:24:37 CST 2024", "省翻译协会秘书处", "mishuchu at fanyi-xiehui.test", f"{PREFIX} [2/2] {mma1.title}", b2, "20241214102437.4E93@fanyi-xiehui.test"),
        120: ("2024-December", "Mon Dec 16 08:57:20 CST 2024", "王晓岚", "wangxl at yuyan-keji.test", f"Re: {PREFIX} [2/2] {mma1.title}", reply_dec, "a7c2e9f0-11d3@yuyan-keji.test"),
    }


THREADS = {110: None, 111: None, 112: None, 113: None, 114: 113, 115: None, 116: None, 117: None, 118: None, 119: 118, 120: 119}


def month_ids(msgs, month):
    return sorted(i for i, m in msgs.items() if m[0] == month)


def sorted_by(lines):
    return f"""<LI> <B>消息排序方式:</B> 
              <a href="date.html#{lines}">[ 日期 ]</a>
              <a href="thread.html#{lines}">[ 线索 ]</a>
              <a href="subject.html#{lines}">[ 主题 ]</a>
              <a href="author.html#{lines}">[ 作者 ]</a>
         </LI>"""


def article(msgs, mid):
    month, date, name, addr, subject, body, msgid = msgs[mid]
    if "mailing list" not in body:
        body += "\n" + LIST_FOOTER
    ids = month_ids(msgs, month)
    k = ids.index(mid)
    prev = ids[k - 1] if k > 0 else None
    nxt = ids[k + 1] if k + 1 < len(ids) else None
    from urllib.parse import quote as q
    made = f"mailto:{LIST}%40{HOST}?Subject=Re%3A%20{q(subject)}&In-Reply-To=%3C{q(msgid)}%3E"
    links = ""
    if prev:
        links += f'        <LI>上一条消息: <A HREF="{prev:06d}.html">{html.escape(msgs[prev][4])}\n</A></li>\n'
    if nxt:
        links += f'        <LI>下一条消息: <A HREF="{nxt:06d}.html">{html.escape(msgs[nxt][4])}\n</A></li>\n'
    head_links = (f'   <LINK REL="Previous"  HREF="{prev:06d}.html">\n' if prev else "") + (f'   <LINK REL="Next"  HREF="{nxt:06d}.html">\n' if nxt else "")
    # URLs in the body become links, as pipermail does
    import re
    text = body if "&gt;" in body else html.escape(body)
    text = re.sub(r"(http://[^\s<>&]+)", r'<A HREF="\1">\1</A>', text)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> {html.escape(subject)}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="{html.escape(made)}">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {{
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }}
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
{head_links} </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>{html.escape(subject)}</H1>
    <B>{name}</B> 
    <A HREF="{html.escape(made)}"
       TITLE="{html.escape(subject)}">{addr}
       </A><BR>
    <I>{date}</I>
    <P><UL>
{links}         {sorted_by(mid)}
       </UL>
    <HR>  
<!--beginarticle-->
<PRE>{text}
</PRE>

<!--endarticle-->
    <HR>
    <P><UL>
        <!--threads-->
{links}
         {sorted_by(mid)}
       </UL>

<hr>
<a href="{BASE}/mailman/listinfo/{LIST}">关于{LIST}邮件列表的更多信息</a><br>
</body></html>
"""


KIND = {"thread": "线索", "date": "日期", "subject": "主题", "author": "作者"}


def month_index(msgs, month, kind):
    ids = month_ids(msgs, month)
    if kind == "date":
        order = [(i, 0) for i in ids]
    elif kind == "subject":
        order = [(i, 0) for i in sorted(ids, key=lambda i: msgs[i][4].replace("Re: ", "").replace(PREFIX + " 回复： ", PREFIX + " "))]
    elif kind == "author":
        order = [(i, 0) for i in sorted(ids, key=lambda i: msgs[i][2])]
    else:
        order = []
        for i in ids:
            depth, p = 0, THREADS[i]
            while p is not None and p in ids:
                depth, p = depth + 1, THREADS[p]
            order.append((i, depth))
    other = " ".join(f'<a href="{k}.html#start">[ {v} ]</a>' for k, v in KIND.items() if k != kind)
    rows = []
    depth_now = 0
    for i, depth in order:
        while depth_now < depth:
            rows.append("<UL>")
            depth_now += 1
        while depth_now > depth:
            rows.append("</UL>")
            depth_now -= 1
        rows.append(f'<!--{depth} 01734{i:05d}- -->\n<LI><A HREF="{i:06d}.html">{html.escape(msgs[i][4])}\n</A><A NAME="{i}">&nbsp;</A>\n<I>{msgs[i][2]}\n</I>')
    rows += ["</UL>"] * depth_now
    first, last = msgs[ids[0]][1], msgs[ids[-1]][1]
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
<HTML>
  <HEAD>
     <title>{LIST} {month} 归档，按{KIND[kind]}排序</title>
     <META NAME="robots" CONTENT="noindex,follow">
     <META http-equiv="Content-Type" content="text/html; charset=utf-8">
  </HEAD>
  <BODY BGCOLOR="#ffffff">
      <a name="start"></A>
      <h1>{month} 归档，按{KIND[kind]}排序</h1>
      <ul>
         <li> <b>消息排序方式:</b>
	        {other}
	     <li><b><a href="{BASE}/mailman/listinfo/{LIST}">关于本列表的更多信息...
                    </a></b></li>
      </ul>
      <p><b>起始:</b> <i>{first}</i><br>
         <b>结束:</b> <i>{last}</i><br>
         <b>消息数:</b> {len(ids)}<p>
     <ul>

{chr(10).join(rows)}

    </ul>
    <p>
      <a name="end"><b>最后一条消息日期:</b></a> 
       <i>{last}</i><br>
    <b>归档日期:</b> <i>{last}</i>
    <p>
   <ul>
         <li> <b>消息排序方式:</b>
	        {other}
	     <li><b><a href="{BASE}/mailman/listinfo/{LIST}">关于本列表的更多信息...
                    </a></b></li>
     </ul>
     <p>
     <hr>
     <i>本归档由 Pipermail 0.09 (Mailman edition) 生成。</i>
  </BODY>
</HTML>
"""


MONTHS = [("2024-December", "2024年12月", "6 KB"), ("2024-November", "2024年11月", "2 KB"), ("2024-October", "2024年10月", "7 KB"), ("2024-September", "2024年9月", "3 KB")]


def archive_index():
    rows = "\n".join(
        f"""	    <tr>
            <td>{label}:</td>
            <td>
              <A href="{m}/thread.html">[ 线索 ]</a>
              <A href="{m}/subject.html">[ 主题 ]</a>
              <A href="{m}/author.html">[ 作者 ]</a>
              <A href="{m}/date.html">[ 日期 ]</a>
            </td>
            <td><A href="{m}.txt.gz">[ Gzip 压缩的文本 {size} ]</a></td>
            </tr>"""
        for m, label, size in MONTHS
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
<HTML>
  <HEAD>
     <title>{LIST} 归档</title>
     <META NAME="robots" CONTENT="noindex,follow">
     <META http-equiv="Content-Type" content="text/html; charset=utf-8">
  </HEAD>
  <BODY BGCOLOR="#ffffff">
     <h1>{LIST} 归档 </h1>
     <p>
      您可以获得<a href="{BASE}/mailman/listinfo/{LIST}">关于本列表的更多信息</a>。
     </p>
     
         <table border=3>
          <tr><td>归档</td>
          <td>查看方式:</td>
          <td>可下载的版本</td></tr>

{rows}

	</table>
     
  </BODY>
</HTML>
"""


def listinfo():
    return f"""<!-- $Revision: 5865 $ -->
<html>
<head>
<title>{LIST} 信息页</title>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<BODY BGCOLOR="#ffffff">
<P>
<TABLE COLS="1" BORDER="0" CELLSPACING="4" CELLPADDING="5">
  <TR>
    <TD COLSPAN="1" WIDTH="100%" BGCOLOR="#99CCFF">
      <B><FONT COLOR="#000000" SIZE="+3">{LIST} -- 省翻译协会会员通讯</FONT></B>
    </TD>
  </TR>
  <tr>
    <td colspan="1" width="100%">
      <table border="0" cellspacing="3" cellpadding="4" width="100%">
        <tr>
          <TD COLSPAN="2" WIDTH="100%" BGCOLOR="#FFF0D0">
            <B><FONT COLOR="#000000">关于 {LIST}</FONT></B>
          </TD>
        </tr>
        <tr>
          <td colspan="2">
            <P>省翻译协会面向会员的通讯列表：协会通知、会员通讯、会议材料和会员交流。本列表仅限会员订阅，发帖需经秘书处审核。
            <p>要查看以往的邮件列表文章，请访问 <a href="{BASE}/pipermail/{LIST}/">{LIST} 归档</a>。
            </p>
          </td>
        </tr>
        <tr>
          <TD COLSPAN="2" WIDTH="100%" BGCOLOR="#FFF0D0">
            <B><FONT COLOR="#000000">使用 {LIST}</FONT></B>
          </TD>
        </tr>
        <tr>
          <td colspan="2">
            要向所有列表成员发送邮件，请发送至 <A HREF="mailto:{LIST}@{HOST}">{LIST}@{HOST}</A>。
            <p>您可以通过填写以下表单来订阅列表。
          </td>
        </tr>
        <tr>
          <TD COLSPAN="2" WIDTH="100%" BGCOLOR="#FFF0D0">
            <B><FONT COLOR="#000000">订阅 {LIST}</FONT></B>
          </TD>
        </tr>
        <tr>
          <td colspan="2">
            <P>
            通过填写下列表单来订阅 {LIST}。本列表为非公开列表，订阅申请需经列表管理员批准。
            <ul>
              <FORM Method=POST ACTION="../subscribe/{LIST}">
              <TABLE BORDER="0" CELLSPACING="2" CELLPADDING="2" WIDTH="70%">
                <TR><TD BGCOLOR="#dddddd" WIDTH="55%">您的 email 地址:</TD><TD WIDTH="33%"><INPUT type="Text" name="email" size="30" value=""></TD><TD WIDTH="12%">&nbsp;</TD></TR>
                <tr><td bgcolor="#dddddd" width="55%">您的名字 (可选):</td><td width="33%"><INPUT type="Text" name="fullname" size="30" value=""></td><TD WIDTH="12%">&nbsp;</TD></TR>
                <TR><TD COLSPAN="3"><FONT SIZE=-1>您可以输入一个口令，这提供了较低的安全保障，但可以防止他人干扰您的订阅。</FONT></TD></TR>
                <TR><TD BGCOLOR="#dddddd">选择一个口令：</TD><TD><INPUT type="Password" name="pw" size="15"></TD><TD>&nbsp;</TD></TR>
                <TR><TD BGCOLOR="#dddddd">再次输入口令确认：</TD><TD><INPUT type="Password" name="pw-conf" size="15"></TD><TD>&nbsp;</TD></TR>
                <tr><td colspan="3"><center><INPUT type="Submit" name="email-button" value="订阅"></center></td></tr>
              </TABLE>
              </FORM>
            </ul>
          </td>
        </tr>
        <tr>
          <TD COLSPAN="2" WIDTH="100%" BGCOLOR="#FFF0D0">
            <a name="subscribers"><B><FONT COLOR="#000000">{LIST} 订阅者</FONT></B></a>
          </TD>
        </tr>
        <tr>
          <TD COLSPAN="2" WIDTH="100%">
            <FORM Method=POST ACTION="../options/{LIST}">
            要退订 {LIST}，获取口令提醒，或修改您的订阅选项，请在此输入您的订阅地址:<p><center> <INPUT name="email" type="TEXT" value="" size="30" > <INPUT name="UserOptions" type="SUBMIT" value="退订或编辑选项" > <INPUT name="language" type="HIDDEN" value="zh_CN" ></center></FORM>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</TABLE>
<hr><address><a href="../listinfo/{LIST}">{LIST}</a> 列表由 <a href="mailto:{LIST}-owner@{HOST}">{LIST}-owner at {HOST}</a> 管理<br>
<a href="../admin/{LIST}">{LIST} 管理界面</a> (需要授权)<br>
<a href="../listinfo">{HOST} 上所有邮件列表的概览</a><br>
<P>
<table WIDTH="100%" BORDER="0">
  <tr>
    <td><img src="/icons/mailman.jpg" alt="Delivered by Mailman" border=0><br>version 2.1.29</td>
    <td><img src="/icons/PythonPowered.png" alt="Python Powered" border=0></td>
    <td><img src="/icons/gnu-head-tiny.jpg" alt="GNU's Not Unix" border=0></td>
  </tr>
</table>
</address>
</BODY>
</HTML>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "GNU Mailman 2.1 list (zh_CN) with its pipermail archive (association 通讯 list)",
        content_type="text/html",
        extensionless_html=True,
    )
    fam.home = f"/mailman/listinfo/{LIST}"
    fam.put(fam.home, listinfo())
    fam.put(f"/pipermail/{LIST}/", archive_index())
    fam.not_documents += [fam.home, f"/pipermail/{LIST}/"]
    msgs = messages()
    for month in sorted({m[0] for m in msgs.values()}):
        for kind in KIND:
            path = f"/pipermail/{LIST}/{month}/{kind}.html"
            fam.put(path, month_index(msgs, month, kind))
            fam.not_documents.append(path)
    for mid in msgs:
        fam.put(f"/pipermail/{LIST}/{msgs[mid][0]}/{mid:06d}.html", article(msgs, mid))
    d = f"/pipermail/{LIST}/2024-December/"
    o = f"/pipermail/{LIST}/2024-October/"
    fam.doc([d + "000118.html", d + "000119.html"], SPEECHES["MMA1"], pages_found_by="links")
    fam.doc([o + "000113.html"], SPEECHES["MMA2"])
    fam.not_documents.append(d + "000119.html")
    fam.not_documents += [f"/pipermail/{LIST}/{msgs[m][0]}/{m:06d}.html" for m in msgs if m not in (113, 118, 119)]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /mailman/admin/\nDisallow: /mailman/admindb/\nDisallow: /mailman/options/\nDisallow: /mailman/roster/\n")
    fam.noise += [
        "供未能到会的会员参阅", "现将荣誉理事周立言老师的发言整理稿", "======", "刘明远", "（2024年12月14日）", "（未完，接下一封）", "（接上一封）", "（全文完）",
        "大会通过的新章程", "省城文昌路88号", "mishuchu at fanyi-xiehui.test", "mailing list", "下一部分", "一个HTML附件被移除",
        "周立言（省翻译协会荣誉理事）", "已经周老师本人审阅", "上一条消息", "下一条消息", "消息排序方式", "关于tongxun邮件列表的更多信息",
        "&gt;", "-----原始邮件-----", "李青", "王晓岚",
    ]
    fam.note = (
        "The report MMA1 is one document over two messages, [1/2] `000118.html` and [2/2] `000119.html`, joined by the "
        "下一条消息 link; its lines are hard-wrapped at 36 characters inside paragraphs (blank lines between paragraphs). "
        "Replies (`000114.html`, `000120.html`) quote with `>` and are not documents. The `.txt.gz` month archives, "
        "`/mailman/admin`, `/mailman/listinfo` (overview) and `../subscribe` are not served (404)."
    )
    return fam
