"""Provincial/city newspaper e-paper (东海日报) on the `Page01NU.htm` / `Articel01003NU.htm` 数字报 system
(the one 大众日报 paper.dzwww.com, 贵州日报, 每日导报 mrdx.cn print with), UTF-8, header `text/html` with
no charset.

`/` is a meta refresh (and a 进入今日报纸 link) to the latest issue's 01 版 `/dhrb/content/20240516/Page01NU.htm`.
版面 pages: `div.shijuedaohang` 视觉导航 (`<a><img alt><h4>第01版：头版</h4></a>` for each 版), the page picture
with `<map name="PagePicMap">` whose `<area>` hotspots carry `daoxiang="Articel01003NU.htm"`, `LI class=banci`
版次 list with 上一版 / 下一版, `UL id=newslist` 本版标题, 往期回顾 (`PageArticleIndexNU.htm` 标题导航 and the
previous issue). Article pages `ArticelPPNNNNU.htm`: 版次 line (`东海日报 2024年05月16日 星期四 第01版：头版`),
上一篇 / 下一篇 / 返回版面 bar, 引题 / `h2` / 副题 (the speech's date line), `div#contenttext`, PDF link.
The 05-16 speech is on 01 版; the 05-04 one in the 05-05 issue's 03 版, reached through 往期回顾."""

from common import SPEECHES, Family

HOST = "epaper.donghai-qiaoyu-like.test"
WEEK = {"20240516": "星期四", "20240505": "星期日"}

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<TITLE>@@TITLE@@</TITLE>
<LINK href="../../css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="../../js/jquery.js"></SCRIPT>
<SCRIPT language=javascript src="../../js/epaper.js"></SCRIPT>
</HEAD>
<BODY>
<DIV class=top><DIV class=logo><A href="/"><IMG src="../../images/logo_dhrb.png" alt="东海日报"></A></DIV>
<DIV class=topdate>@@DATELINE@@</DIV>
<DIV class=toplink><A href="http://www.donghai-qiaoyu-like.test/" target=_blank>东海网</A> | <A href="http://app.donghai-qiaoyu-like.test/" target=_blank>东海新闻客户端</A> | <A href="PageArticleIndexNU.htm">标题导航</A> | <A href="../20240505/Page01NU.htm">往期回顾</A></DIV></DIV>
"""

FOOT = """<DIV class=foot>
<P>东海日报社 版权所有 本网站所刊登的东海日报各种新闻﹑信息和各种专题专栏资料，均为东海日报版权所有，未经协议授权，禁止下载使用。</P>
<P>地址：东海市新华路99号 邮编：315000 &nbsp; <A href="https://beian.miit.gov.cn/" target=_blank>浙ICP备05012345号-2</A></P>
</DIV>
<SCRIPT type=text/javascript>
var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?9f3e2d1c0b4a59687766554433221100";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</SCRIPT>
</BODY>
</HTML>
"""


def dateline(day):
    return f"{day[:4]}年{day[4:6]}月{day[6:]}日 {WEEK[day]}"


def page_file(n):
    return f"Page{n:02d}NU.htm"


def art_file(n, k):
    return f"Articel{n:02d}{k:03d}NU.htm"


def layout(day, pages, n, arts):
    """pages: [(n, name)], arts: [(k, title, coords)]"""
    nav = "\n".join(f'<A href="{page_file(p)}"><IMG src="../../images/{day}/{p:02d}/thumb.jpg" alt="第{p:02d}版：{nm}" width=80><H4>第{p:02d}版：{nm}</H4></A>' for p, nm in pages)
    banci = "\n".join(f'<LI class=banci>[<SPAN class=banci-A{p:02d}><A href="{page_file(p)}">{p:02d}</A></SPAN>]:<A href="{page_file(p)}">{nm}</A></LI>' for p, nm in pages)
    nums = [p for p, _ in pages]
    i = nums.index(n)
    prevnext = ""
    if i > 0:
        prevnext += f'<LI class=banci><A href="{page_file(nums[i-1])}">上一版</A></LI>'
    if i + 1 < len(nums):
        prevnext += f'<LI class=banci><A href="{page_file(nums[i+1])}">下一版</A></LI>'
    areas = "\n".join(f'<AREA shape=polygon coords="{c}" href="{art_file(n, k)}" daoxiang="{art_file(n, k)}" target=_self>' for k, t, c in arts)
    lis = "\n".join(f'<LI><A href="{art_file(n, k)}">{t}</A></LI>' for k, t, c in arts)
    name = dict(pages)[n]
    return render_head(f"东海日报-第{n:02d}版：{name}", dateline(day)) + f"""<DIV class=main>
<DIV class=shijuedaohang>
{nav}
</DIV>
<DIV class=left><DIV id=pageimg><IMG src="../../images/{day}/{n:02d}/page.jpg" useMap=#PagePicMap border=0 width=480 height=720>
<MAP name=PagePicMap>
{areas}
</MAP></DIV>
<DIV class=pdf><A href="../../images/{day}/{n:02d}/dhrb{day}{n:02d}.pdf" target=_blank>下载本版PDF</A></DIV></DIV>
<DIV class=right>
<DIV class=bantitle>第{n:02d}版：{name}</DIV>
<UL class=banlist>
{banci}
{prevnext}
</UL>
<DIV class=newstitle>本版标题</DIV>
<UL id=newslist>
{lis}
</UL>
<DIV class=wangqi><FORM action="../../wq.htm" method=get>往期回顾：<INPUT name=date value="{day}" size=10><INPUT type=submit value="查看"></FORM></DIV>
</DIV></DIV>
""" + FOOT


def render_head(title, dl):
    return HEAD.replace("@@TITLE@@", title).replace("@@DATELINE@@", dl)


def article(day, n, pname, k, prev, nxt, yin, title, fu, author, paras):
    body = "\n".join(f"<P>　　{p}</P>" for p in paras)
    pn = f'<A href="{prev}">上一篇</A>' if prev else '<SPAN>上一篇</SPAN>'
    nx = f'<A href="{nxt}">下一篇</A>' if nxt else '<SPAN>下一篇</SPAN>'
    return render_head(f"东海日报-{title}", dateline(day)) + f"""<DIV class=main>
<DIV class=banci_line>东海日报 {dateline(day)} 第{n:02d}版：{pname}</DIV>
<DIV class=articlebar>{pn} | {nx} | <A href="{page_file(n)}">返回版面</A> | <A href="javascript:window.print();">打印本文</A> | <A href="javascript:fontZoom(18);">放大</A> <A href="javascript:fontZoom(14);">缩小</A></DIV>
<DIV class=article>
<H3 class=yinti>{yin}</H3>
<H2>{title}</H2>
<H4 class=futi>{fu}</H4>
<DIV class=author>{author}</DIV>
<DIV id=contenttext>
{body}
</DIV>
</DIV>
<DIV class=articlebar>{pn} | {nx} | <A href="{page_file(n)}">返回版面</A></DIV>
</DIV>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "数字报 on the Page01NU.htm / ArticelPPNNNNU.htm e-paper system (dzwww / mrdx style)",
                 content_type="text/html")
    s3, s4 = SPEECHES["f55d-3"], SPEECHES["f55d-4"]
    d1, d2 = "20240516", "20240505"
    pages1 = [(1, "头版"), (2, "要闻"), (3, "综合")]
    pages2 = [(1, "头版"), (2, "要闻"), (3, "青年")]
    base1, base2 = f"/dhrb/content/{d1}/", f"/dhrb/content/{d2}/"
    # issue 20240516
    a1 = [(1, "全市一季度重点项目集中开工", "20,40,460,40,460,200,20,200"),
          (2, "市委常委会召开会议", "20,210,220,210,220,330,20,330"),
          (3, s3.title, "230,210,460,210,460,700,230,700")]
    fam.put(base1 + page_file(1), layout(d1, pages1, 1, a1))
    fam.put(base1 + page_file(2), layout(d1, pages1, 2, [(1, "我市新增国家级专精特新“小巨人”企业十二家", "20,40,460,40,460,300,20,300")]))
    fam.put(base1 + page_file(3), layout(d1, pages1, 3, [(1, "“五一”假期全市接待游客四百八十万人次", "20,40,460,40,460,300,20,300")]))
    short = lambda t: [f"本报讯 {t}。记者从有关部门获悉，相关工作正在有序推进。"]
    fam.put(base1 + art_file(1, 1), article(d1, 1, "头版", 1, None, art_file(1, 2), "", a1[0][1], "", "本报记者 王海", short(a1[0][1])))
    fam.put(base1 + art_file(1, 2), article(d1, 1, "头版", 2, art_file(1, 1), art_file(1, 3), "", a1[1][1], "", "", short(a1[1][1])))
    fam.put(base1 + art_file(1, 3), article(d1, 1, "头版", 3, art_file(1, 2), None, "市委书记 赵立群", s3.title, "（2024年5月15日）", "", s3.paras))
    fam.doc([base1 + art_file(1, 3)], s3)
    fam.put(base1 + art_file(2, 1), article(d1, 2, "要闻", 1, None, None, "", "我市新增国家级专精特新“小巨人”企业十二家", "", "本报记者 林洁", short("我市新增国家级专精特新“小巨人”企业十二家")))
    fam.put(base1 + art_file(3, 1), article(d1, 3, "综合", 1, None, None, "", "“五一”假期全市接待游客四百八十万人次", "", "本报记者 许飞", short("“五一”假期全市接待游客四百八十万人次")))
    idx = "\n".join(f'<LI><A href="{art_file(n, k)}">第{n:02d}版 {t}</A></LI>' for n, arts in [(1, a1), (2, [(1, "我市新增国家级专精特新“小巨人”企业十二家", "")]), (3, [(1, "“五一”假期全市接待游客四百八十万人次", "")])] for k, t, c in arts)
    fam.put(base1 + "PageArticleIndexNU.htm", render_head("东海日报-标题导航", dateline(d1)) + f'<DIV class=main><DIV class=bantitle>标题导航</DIV><UL id=titlelist>\n{idx}\n</UL></DIV>\n' + FOOT)
    # issue 20240505
    b1 = [(1, "城市更新项目签约仪式举行", "20,40,460,40,460,300,20,300")]
    b3 = [(1, "青春建功新时代 我市表彰一批优秀青年", "20,40,460,40,460,200,20,200"),
          (2, s4.title, "20,210,460,210,460,700,20,700")]
    fam.put(base2 + page_file(1), layout(d2, pages2, 1, b1))
    fam.put(base2 + page_file(2), layout(d2, pages2, 2, []))
    fam.put(base2 + page_file(3), layout(d2, pages2, 3, b3))
    fam.put(base2 + art_file(1, 1), article(d2, 1, "头版", 1, None, None, "", b1[0][1], "", "本报记者 王海", short(b1[0][1])))
    fam.put(base2 + art_file(3, 1), article(d2, 3, "青年", 1, None, art_file(3, 2), "", b3[0][1], "", "本报记者 钱晓", short(b3[0][1])))
    fam.put(base2 + art_file(3, 2), article(d2, 3, "青年", 2, art_file(3, 1), None, "市长 孙建华", s4.title, "（2024年5月4日）", "", s4.paras))
    fam.put(base2 + "PageArticleIndexNU.htm", render_head("东海日报-标题导航", dateline(d2)) + '<DIV class=main><UL id=titlelist><LI><A href="Articel01001NU.htm">第01版 城市更新项目签约仪式举行</A></LI><LI><A href="Articel03002NU.htm">第03版 ' + s4.title + '</A></LI></UL></DIV>\n' + FOOT)
    fam.doc([base2 + art_file(3, 2)], s4)
    fam.put("/", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="refresh" content="0; url=dhrb/content/{d1}/Page01NU.htm"><title>东海日报数字报</title></head>
<body><a href="dhrb/content/{d1}/Page01NU.htm">进入今日报纸</a></body></html>
""")
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += [base1 + "PageArticleIndexNU.htm", base1 + page_file(1), base2 + page_file(3)]
    fam.noise += ["返回版面", "上一篇", "下一篇", "第01版：头版", "2024年05月16日 星期四", "（2024年5月15日）", "（2024年5月4日）", "市委书记 赵立群", "下载本版PDF", "本版标题", "东海日报社 版权所有"]
    return fam
