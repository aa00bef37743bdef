"""City newspaper 数字报 (江州日报) on a non-Founder e-paper system: `.shtml` 版面 and article pages.

`/` is a copy of the latest day's A01 版 (links rooted at `/shtml/jzrb/`); 版面 pages
`/shtml/jzrb/YYYYMMDD/vA01.shtml` carry the page image with a `<map name="PagePicMap">` of
`<area>` hot spots (the only links to the articles besides the 本版标题 list), 版面导航 select, 上一版 /
下一版, 往期回顾 calendar and PDF link; articles `/shtml/jzrb/YYYYMMDD/N.shtml` (引题 / 主题 / 副题, author,
`第A01版：要闻` line, `#ozoom` text with 　　 indents). One speech starts on A01 and ends `（下转A03版）`,
its rest on A03 under `（上接A01版）` (one document over two pages); the other is whole on A04 of an
earlier day reached through 往期回顾."""

from common import SPEECHES, Family, split_paras

HOST = "epaper.jiangzhou-rb-like.test"
P = "/shtml/jzrb"
S1, S2 = SPEECHES["f49c-1"], SPEECHES["f49c-2"]
DAY1, DAY2 = "20240516", "20240529"
WD = {DAY1: "2024年05月16日 星期四", DAY2: "2024年05月29日 星期三"}
BANS = {"A01": "要闻", "A02": "要闻", "A03": "要闻·综合", "A04": "市县新闻"}


def head(title):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link href="/css/epaper.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/epaper.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="logo"><a href="/"><img src="/images/logo_jzrb.png" alt="江州日报数字报" /></a></span>
<span class="links"><a href="http://www.jiangzhou-news-like.test/" target="_blank">江州新闻网</a> | <a href="/shtml/jzwb/">江州晚报</a> | <a href="/shtml/jzrb/">江州日报</a> | <a href="http://app.jiangzhou-news-like.test/" target="_blank">掌上江州APP</a></span></div></div>
"""


FOOT = """<div class="footer"><p>江州日报社主办 &nbsp; 版权所有 未经授权不得转载、摘编或建立镜像</p>
<p>地址：江州市人民中路88号 &nbsp; 邮编：330800 &nbsp; 新闻热线：0791-8888xxxx &nbsp; 广告热线：0791-8888xxxx</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05001234号-2</a> &nbsp; 互联网新闻信息服务许可证编号：36120170012</p></div>
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1f2e3d4c5b6a79880716253443526170";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

# day -> ban -> list of (id, title, coords)
ARTS = {
    DAY1: {
        "A01": [("31245", "在全市城市更新暨老旧小区改造推进会上的讲话", "52,118,520,118,520,690,52,690"),
                ("31246", "我市一季度GDP同比增长5.8%", "540,118,930,118,930,400,540,400"),
                ("31247", "江州港集装箱吞吐量创新高", "540,410,930,410,930,690,540,690")],
        "A02": [("31250", "市政府召开常务会议", "52,118,930,118,930,500,52,500")],
        "A03": [("31253", "在全市城市更新暨老旧小区改造推进会上的讲话", "52,118,520,118,520,900,52,900"),
                ("31254", "“江州好人”榜单发布", "540,118,930,118,930,500,540,500")],
        "A04": [("31257", "湖东区：老旧小区加装电梯提速", "52,118,930,118,930,600,52,600")],
    },
    DAY2: {
        "A01": [("32101", "全市夏粮收购工作会议召开", "52,118,930,118,930,500,52,500"),
                ("32102", "端午文旅消费活动周启动", "52,510,930,510,930,900,52,900")],
        "A02": [("32105", "市人大常委会开展执法检查", "52,118,930,118,930,600,52,600")],
        "A03": [("32108", "江州职业技术学院新校区启用", "52,118,930,118,930,600,52,600")],
        "A04": [("32111", "在全市夏粮收购工作会议上的讲话", "52,118,700,118,700,1100,52,1100"),
                ("32112", "泰和县：高标准农田迎来首季丰收", "720,118,930,118,930,700,720,700")],
    },
}


def datestr(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


SEL = ' selected="selected"'


def layout(day, ban):
    bans = list(BANS)
    i = bans.index(ban)
    areas = "\n".join(f'<area shape="polygon" coords="{c}" href="{P}/{day}/{aid}.shtml" target="_self" />' for aid, t, c in ARTS[day][ban])
    titles = "\n".join(f'<li><a href="{P}/{day}/{aid}.shtml">{t}</a></li>' for aid, t, c in ARTS[day][ban])
    opts = "".join(f'<option value="{P}/{day}/v{b}.shtml"{SEL if b == ban else ""}>第{b}版：{BANS[b]}</option>' for b in bans)
    prev = f'<a href="{P}/{day}/v{bans[i-1]}.shtml">上一版</a>' if i else '<span>上一版</span>'
    nxt = f'<a href="{P}/{day}/v{bans[i+1]}.shtml">下一版</a>' if i + 1 < len(bans) else '<span>下一版</span>'
    other = DAY1 if day == DAY2 else DAY2
    cal = f'<div class="calendar"><h3>往期回顾</h3><a href="{P}/{DAY1}/vA01.shtml">2024-05-16</a> <a href="{P}/{DAY2}/vA01.shtml">2024-05-29</a><form action="/search.jsp" method="get"><input name="date" value="{datestr(day)}" /><input type="submit" value="查看" /></form></div>'
    body = f"""<div class="w1000 datebar"><span class="date">{WD[day]}</span><span class="ban">第{ban}版：{BANS[ban]}</span>
<select onchange="location.href=this.value">{opts}</select> {prev} {nxt} <a href="/pdf/jzrb/{day}/jzrb{day}{ban}.pdf" target="_blank">PDF下载</a></div>
<div class="w1000 main"><div class="pageimg"><img src="/images/jzrb/{day}/{ban}_b.jpg" width="980" height="1470" usemap="#PagePicMap" border="0" alt="" />
<map name="PagePicMap" id="PagePicMap">
{areas}
</map></div>
<div class="side"><div class="titlelist"><h3>本版标题</h3><ul>
{titles}
</ul></div>
<div class="banlist"><h3>版面导航</h3><ul>{''.join(f'<li><a href="{P}/{day}/v{b}.shtml">第{b}版：{BANS[b]}</a></li>' for b in bans)}</ul></div>
{cal}</div></div>
"""
    return head(f"江州日报数字报-第{ban}版：{BANS[ban]}-{WD[day][:11]}") + body + FOOT


def article(day, ban, aid, yin, title, fu, author, paras, before="", after=""):
    lst = ARTS[day][ban]
    ids = [a for a, t, c in lst]
    k = ids.index(aid)
    prev = f'<a href="{P}/{day}/{ids[k-1]}.shtml">上一篇</a>' if k else ""
    nxt = f'<a href="{P}/{day}/{ids[k+1]}.shtml">下一篇</a>' if k + 1 < len(ids) else ""
    text = "\n".join(f"<p>　　{x}</p>" for x in paras)
    body = f"""<div class="w1000 datebar"><span class="date">{WD[day]}</span> <a href="{P}/{day}/v{ban}.shtml">返回版面</a> {prev} {nxt}</div>
<div class="w1000 article">
<div class="ybt">{yin}</div>
<h1>{title}</h1>
<div class="fbt">{fu}</div>
<div class="author">{author}</div>
<div class="info">第{ban}版：{BANS[ban]} &nbsp; {datestr(day)} &nbsp; <a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a> &nbsp; <a href="javascript:window.print()">打印</a></div>
<div id="ozoom">
{before}{text}
{after}</div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></div>
<div class="back"><a href="{P}/{day}/v{ban}.shtml">&lt;&lt; 返回第{ban}版</a></div>
</div>
"""
    return head(f"{title}-江州日报数字报") + body + FOOT


def small(day, ban, aid, title, para):
    return article(day, ban, aid, "", title, "", "本报记者 周敏", [para])


def build() -> Family:
    fam = Family(HOST, "city newspaper 数字报 on a non-Founder .shtml e-paper system")
    for day in ARTS:
        for ban in BANS:
            fam.put(f"{P}/{day}/v{ban}.shtml", layout(day, ban))
    fam.put("/", layout(DAY2, "A01"))
    fam.put(f"{P}/", layout(DAY2, "A01"))
    first, rest = split_paras(S1.paras, 2)
    by = "市委副书记、市长 陈卫东"
    fam.put(f"{P}/{DAY1}/31245.shtml", article(DAY1, "A01", "31245", "坚持以人民为中心 扎实推进城市更新", S1.title, "（2024年5月15日）", by, first,
            after=f'<p>　　<a href="{P}/{DAY1}/31253.shtml">（下转A03版）</a></p>\n'))
    fam.put(f"{P}/{DAY1}/31253.shtml", article(DAY1, "A03", "31253", "", S1.title, "", "", rest,
            before='<p>　　（上接A01版）</p>\n', after='<p>　　（责任编辑：刘晓燕 &nbsp; 校对：王琳）</p>\n'))
    fam.put(f"{P}/{DAY2}/32111.shtml", article(DAY2, "A04", "32111", "", S2.title, "（2024年5月28日）", "副市长 郭建华", S2.paras,
            before="", after='<p>　　（本报记者 黄涛 整理）</p>\n'))
    fillers = {
        "31246": "本报讯（记者 周敏）记者从市统计局获悉，一季度全市地区生产总值同比增长5.8%，增速高于全省平均水平。",
        "31247": "本报讯（记者 李强）前4个月，江州港集装箱吞吐量同比增长12.3%，再创历史同期新高。",
        "31250": "本报讯 5月15日，市政府召开第42次常务会议，研究部署近期重点工作。",
        "31254": "本报讯 第二季度“江州好人”榜单近日发布，共有12人（组）上榜。",
        "31257": "本报讯 今年以来，湖东区老旧小区加装电梯已完成签约86部，较去年同期翻了一番。",
        "32101": "本报讯（记者 黄涛）5月28日，全市夏粮收购工作会议召开，副市长郭建华出席并讲话。会议要求……讲话全文见A04版。",
        "32102": "本报讯 5月28日，以“粽情江州”为主题的端午文旅消费活动周正式启动。",
        "32105": "本报讯 近日，市人大常委会执法检查组赴各县区开展《安全生产法》执法检查。",
        "32108": "本报讯 江州职业技术学院新校区近日正式启用，可容纳学生1.2万人。",
        "32112": "本报讯 连日来，泰和县12万亩高标准农田小麦陆续进入成熟期，丰收在望。",
    }
    for day in ARTS:
        for ban in BANS:
            for aid, t, c in ARTS[day][ban]:
                if aid in fillers:
                    fam.put(f"{P}/{day}/{aid}.shtml", small(day, ban, aid, t, fillers[aid]))
    fam.doc([f"{P}/{DAY1}/31245.shtml", f"{P}/{DAY1}/31253.shtml"], S1, published_at="2024-05-16")
    fam.doc([f"{P}/{DAY2}/32111.shtml"], S2, published_at="2024-05-29")
    fam.not_documents += [f"{P}/{DAY1}/31253.shtml", f"{P}/{DAY2}/32101.shtml", f"{P}/{DAY1}/vA03.shtml", f"{P}/{DAY2}/vA04.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search.jsp\nDisallow: /pdf/\n", "ascii")
    fam.noise += ["（下转A03版）", "（上接A01版）", "责任编辑：刘晓燕", "本报记者 黄涛 整理", "市委副书记、市长 陈卫东",
                  "第A01版：要闻", "赣ICP备05001234号-2", "返回第A03版", "往期回顾", "本版标题"]
    fam.note = ("The 城市更新 speech starts on A01 and ends `（下转A03版）` (linked); its rest is the A03 article under "
                "`（上接A01版）`: one document over both pages. The A01 news brief on 29 May is a report, not the speech.")
    return fam
