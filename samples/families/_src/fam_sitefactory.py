"""A district school's site on 动易 SiteFactory (ASP.NET): `/Item/N.aspx` articles, column lists
`/Category_N/Index.aspx` (+ `Index_2.aspx`) with the `pe100_page_…` `pagecss` pager, an article cut
by SiteFactory's `[NextPage]` into `/Item/N.aspx` and `/Item/N_2.aspx` (its content pager
`pe100_page_contentpage`), `aspnetForm` with `__VIEWSTATE`, 您现在的位置 path, 作者 / 来源 / 点击数 /
更新时间 line (hits filled by script), 【字体：大 中 小】, `#fontzoom` content, 上一篇 / 下一篇,
相关文章, 打印此文 / 关闭窗口 and the Powered by SiteFactory footer."""

import html

from common import SPEECHES, Family, split_paras

HOST = "www.siteweaver-xuexiao.test"
SITE = "明德区实验学校"


def esc(s):
    return html.escape(s, quote=False)


CATS = {12: "校园新闻", 15: "教育资讯", 18: "党建廉政"}
ITEMS = [
    dict(id=1587, cat=15, speech=SPEECHES["R32A2"], title="区教育局局长在2024年新教师入职培训开班仪式上的讲话",
         author="区教育局", source="明德区教育局", time="2024-8-27 16:08:45", date="2024-08-27", hits=1263, parts=1,
         inputer="校办"),
    dict(id=1524, cat=18, speech=SPEECHES["R32A3"], title="学习资料：在县政府廉政工作会议上的讲话",
         author="佚名", source="县政府办公室", time="2024-4-15 10:22:31", date="2024-04-15", hits=857, parts=2,
         inputer="党政办"),
]
OTHERS = {
    15: [(1592, "我区召开2024年秋季开学工作会议", "2024-8-30"), (1581, "关于做好2024年秋季学期学生资助工作的通知", "2024-8-20"),
         (1566, "区教育局部署暑期校园安全工作", "2024-7-8")],
    18: [(1549, "学校党支部开展党纪学习教育专题读书班", "2024-5-22"), (1519, "学校召开2024年党风廉政建设工作会议", "2024-4-11"),
         (1503, "转发《关于进一步加强师德师风建设的通知》", "2024-3-26")],
}


def nav():
    return "".join(f'<li><a href="/Category_{c}/Index.aspx" target="_self">{n}</a></li>' for c, n in CATS.items())


def page(title, body, action, keywords=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="{esc(keywords or SITE)}" />
<meta name="description" content="{SITE}" />
<link href="/Skin/xuexiao/default.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript" src="/js/DD_belatedPNG.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq0bV6pH+3zQ2Gm1l8Y1o6vJ3yBQ=" />
</div>
<div id="header">
 <div class="top">
  <div class="logo"><a href="/"><img src="/Skin/xuexiao/images/logo.png" alt="{SITE}" /></a></div>
  <div class="top_right"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://{HOST}/');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://{HOST}/','{SITE}')">加入收藏</a> | <a href="/User/Login.aspx">会员登录</a></div>
 </div>
 <div class="menu">
  <ul>
   <li><a href="/" target="_self">网站首页</a></li>
   <li><a href="/Category_3/Index.aspx" target="_self">学校概况</a></li>
   {nav()}
   <li><a href="/Category_21/Index.aspx" target="_self">教学科研</a></li>
   <li><a href="/Category_24/Index.aspx" target="_self">德育园地</a></li>
   <li><a href="/Guestbook/Index.aspx" target="_self">校长信箱</a></li>
  </ul>
 </div>
 <div class="search_bar">
  <div class="today"><script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>
  <div class="search"><input name="keyword" type="text" id="keyword" class="keyword" value="请输入关键字" onfocus="this.value=''" /><input type="button" value="搜索" class="btn" onclick="window.location.href='/Search.aspx?searchtype=1&amp;keyword='+encodeURIComponent(document.getElementById('keyword').value)" /></div>
 </div>
</div>
{body}
<div id="footer">
 <div class="footer_link"><a href="/Category_3/Index.aspx">学校简介</a> | <a href="/Item/12.aspx">联系我们</a> | <a href="/Guestbook/Index.aspx">校长信箱</a> | <a href="/SiteMap.aspx">网站地图</a></div>
 <div class="copyright">
  版权所有：{SITE}　地址：明德区文昌路88号　邮编：430021　电话：027-8765****<br />
  <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备12008876号-1</a>　技术支持：<a href="http://www.powereasy.net" target="_blank">动易网络</a>　<a href="http://www.powereasy.net" target="_blank" title="Powered by SiteFactory">Powered by SiteFactory&trade;</a>
 </div>
</div>
</form>
</body>
</html>
"""


def list_page(cat, pg, rows, pages):
    lis = "".join(
        f'<li><span class="date">{d}</span><a href="/Item/{i}.aspx" target="_blank" title="标题：{esc(t)}">{esc(t)}</a></li>\n'
        for i, t, d in rows)
    pager = []
    pager.append(f'<a href="/Category_{cat}/Index.aspx">&lt;&lt; 上一页</a>' if pg > 1 else '<span class="disabled">&lt;&lt; 上一页</span>')
    for n in range(1, pages + 1):
        u = f"/Category_{cat}/Index.aspx" if n == 1 else f"/Category_{cat}/Index_{n}.aspx"
        pager.append(f'<span class="current">{n}</span>' if n == pg else f'<a href="{u}">{n}</a>')
    pager.append(f'<a href="/Category_{cat}/Index_2.aspx">下一页 &gt;&gt;</a>' if pg < pages else '<span class="disabled">下一页 &gt;&gt;</span>')
    body = f"""<div id="main">
 <div class="left">
  <div class="left_title">{CATS[cat]}</div>
  <ul class="left_menu">{nav()}</ul>
 </div>
 <div class="right">
  <div class="location">您现在的位置： <a class="LinkPath" href="/">{SITE}</a> &gt;&gt; <a class="LinkPath" href="/Category_{cat}/Index.aspx">{CATS[cat]}</a></div>
  <div class="list_content">
   <ul class="list">
{lis}   </ul>
   <div class="pagecss" id="pe100_page_通用信息列表_普通式">{"".join(pager)}</div>
  </div>
 </div>
</div>
"""
    act = "Index.aspx" if pg == 1 else f"Index_{pg}.aspx"
    return page(f"{CATS[cat]} - {SITE}", body, act)


def item_page(it, pg, paras, prev, nxt, related):
    n = it["parts"]
    ps = "\n".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in paras)
    pager = ""
    if n > 1:
        bits = [f'<a href="/Item/{it["id"]}.aspx">上一页</a>' if pg > 1 else '<span class="disabled">上一页</span>']
        for k in range(1, n + 1):
            u = f'/Item/{it["id"]}.aspx' if k == 1 else f'/Item/{it["id"]}_{k}.aspx'
            bits.append(f'<span class="current">{k}</span>' if k == pg else f'<a href="{u}">{k}</a>')
        bits.append(f'<a href="/Item/{it["id"]}_{pg + 1}.aspx">下一页</a>' if pg < n else '<span class="disabled">下一页</span>')
        pager = '<div class="pagecss" id="pe100_page_contentpage">' + "".join(bits) + "</div>\n"
    prev_h = f'<a href="/Item/{prev[0]}.aspx" title="{esc(prev[1])}">{esc(prev[1])}</a>' if prev else "没有了"
    next_h = f'<a href="/Item/{nxt[0]}.aspx" title="{esc(nxt[1])}">{esc(nxt[1])}</a>' if nxt else "没有了"
    rel = "".join(f'<li><a href="/Item/{i}.aspx" target="_blank" title="{esc(t)}">{esc(t)}</a>　<span>{d}</span></li>' for i, t, d in related)
    cat = it["cat"]
    body = f"""<div id="main">
 <div class="left">
  <div class="left_title">{CATS[cat]}</div>
  <ul class="left_menu">{nav()}</ul>
 </div>
 <div class="right">
  <div class="location">您现在的位置： <a class="LinkPath" href="/">{SITE}</a> &gt;&gt; <a class="LinkPath" href="/Category_{cat}/Index.aspx">{CATS[cat]}</a> &gt;&gt; 正文</div>
  <div class="article_show">
   <h2 class="title">{esc(it["title"])}</h2>
   <div class="property">
    <span>作者：{esc(it["author"])}</span>
    <span>来源：{esc(it["source"])}</span>
    <span>点击数：<span id="hits">0</span></span>
    <span>更新时间：{it["time"]}</span>
   </div>
   <div class="font_size">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
   <div id="fontzoom" class="article_content">
{ps}
   </div>
{pager}   <div class="editor">【责任编辑：{esc(it["inputer"])}】</div>
   <div class="tool">【<a href="javascript:window.print()">打印此文</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
   <div class="prenext">
    <ul>
     <li>上一篇：{prev_h}</li>
     <li>下一篇：{next_h}</li>
    </ul>
   </div>
   <div class="relevant">
    <div class="relevant_title">相关文章</div>
    <ul>{rel}</ul>
   </div>
  </div>
 </div>
</div>
<script type="text/javascript">
$(document).ready(function(){{
  var request = "<root><type>updatehits</type><id>{it["id"]}</id></root>";
  $.ajax({{url: "/ajax.aspx", type: "post", dataType: "xml", data: request, success: function(xml){{ $("#hits").html($(xml).find("body").text()); }}}});
}});
function fontZoom(size){{ document.getElementById("fontzoom").style.fontSize = size + "px"; }}
</script>
"""
    act = f'{it["id"]}.aspx' if pg == 1 else f'{it["id"]}_{pg}.aspx'
    return page(f'{it["title"]} - {CATS[cat]} - {SITE}', body, act, keywords=it["title"])


def home():
    blocks = []
    for c in (15, 18):
        rows = sorted([(it["id"], it["title"], it["time"].split(" ")[0]) for it in ITEMS if it["cat"] == c] + OTHERS[c], key=lambda r: -r[0])
        lis = "".join(f'<li><span>{d}</span><a href="/Item/{i}.aspx" target="_blank" title="{esc(t)}">{esc(t[:24])}</a></li>' for i, t, d in rows[:6])
        blocks.append(f'<div class="index_box"><div class="index_title"><span class="more"><a href="/Category_{c}/Index.aspx">更多&gt;&gt;</a></span>{CATS[c]}</div><ul class="index_list">{lis}</ul></div>')
    body = f"""<div id="main">
 <div class="index_flash"><img src="/UploadFiles/Flash/banner1.jpg" alt="{SITE}" /></div>
 <div class="index_notice"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">热烈欢迎2024级新同学！</marquee></div>
 {"".join(blocks)}
 <div class="index_box"><div class="index_title"><span class="more"><a href="/Category_12/Index.aspx">更多&gt;&gt;</a></span>校园新闻</div><ul class="index_list"><li><span>2024-9-2</span><a href="/Item/1595.aspx" target="_blank">我校隆重举行2024年秋季开学典礼</a></li></ul></div>
</div>
"""
    return page(SITE, body, "Default.aspx")


def build() -> Family:
    fam = Family(HOST, "动易 SiteFactory (ASP.NET) school site", content_type="text/html; charset=utf-8")
    fam.put("/", home())
    fam.put("/Default.aspx", home())
    fam.not_documents += ["/", "/Default.aspx"]
    for c in (15, 18):
        rows = sorted([(it["id"], it["title"], it["time"].split(" ")[0]) for it in ITEMS if it["cat"] == c] + OTHERS[c], key=lambda r: -r[0])
        # 20 a page on the real site: here 3, so the column has a page 2
        fam.put(f"/Category_{c}/Index.aspx", list_page(c, 1, rows[:3], 2))
        fam.put(f"/Category_{c}/Index_2.aspx", list_page(c, 2, rows[3:], 2))
        fam.not_documents += [f"/Category_{c}/Index.aspx", f"/Category_{c}/Index_2.aspx"]
    for it in ITEMS:
        c = it["cat"]
        rows = sorted([(i["id"], i["title"], i["time"].split(" ")[0]) for i in ITEMS if i["cat"] == c] + OTHERS[c], key=lambda r: -r[0])
        at = [r[0] for r in rows].index(it["id"])
        nxt = rows[at - 1] if at > 0 else None
        prev = rows[at + 1] if at + 1 < len(rows) else None
        related = [r for r in rows if r[0] != it["id"]][:3]
        runs = split_paras(it["speech"].paras, it["parts"]) if it["parts"] > 1 else [it["speech"].paras]
        pages = []
        for k, run in enumerate(runs, 1):
            path = f'/Item/{it["id"]}.aspx' if k == 1 else f'/Item/{it["id"]}_{k}.aspx'
            fam.put(path, item_page(it, k, run, prev, nxt, related))
            pages.append(path)
        fam.doc(pages, it["speech"], title=it["title"], published_at=it["date"])
        fam.not_documents += pages[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /User/\nDisallow: /Temp/\n", "ascii")
    fam.noise += ["您现在的位置", "更新时间：", "点击数：", "【字体：", "【责任编辑：", "打印此文", "关闭窗口", "上一篇：", "下一篇：",
                  "相关文章", "Powered by SiteFactory", "鄂ICP备12008876号-1", "设为首页", "版权所有：", "学校党支部开展党纪学习教育专题读书班"]
    fam.note = ("IIS sends `text/html; charset=utf-8`. The list pages and 上一篇 / 下一篇 / 相关文章 link the column's other "
                "items, which are not served (404, as withdrawn items); `/Item/1524_2.aspx` is linked only from the "
                "`pe100_page_contentpage` content pager. Titles are the site's (`学习资料：…`, `区教育局局长在…`), "
                "published_at the 更新时间 the page prints.")
    return fam
