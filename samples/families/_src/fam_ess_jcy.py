"""County 人民检察院 portal on a DotNetNuke-derived .NET portal platform that publishes static pages as
`/publish/portal0/tabN/infoN.htm` (the 易建 ESS lineage: `ess_` control ids where DotNetNuke has `dnn_`), UTF-8.

Home `/` (检察要闻 slide, 领导讲话 and 检务公开 boxes, 12309 中国检察网 links, 来访指南) → column `/publish/portal0/tab5628/`
(the tab page with its list module; pager links `module14437/page1.htm`, `page2.htm`) → articles `infoN.htm`: the DNN
skin printed statically (`form#Form` with a dead `__VIEWSTATE`, `ess_ContentPane`, `ess_ctr14437_ModuleContent`,
`ess_ctrN_ListC_Info_LabelTitle`), 当前位置, the 信息公开 metadata table (索 引 号 / 主题分类 / 发布机构 / 生成日期 / 名　　称 /
文　　号 / 关 键 词) before the title, the 发布时间 / 来源 / 浏览次数 / 字体 [大 中 小] line with 【打印】【关闭】
(`window.print()`), the text between `<!--ContentStart-->` and `<!--ContentEnd-->`; one speech runs over two pages
(`info98765.htm`, `info98765_2.htm`, the pager `共2页 1 2 下一页` inside the content cell; page 2 repeats the metadata
table and the title), the other on one page ends in an 附件 link to its `.doc`; 分享到, 上一篇/下一篇, the 纠错 script,
党政机关 mark, 网站标识码 in the footer. Column pages and the 检务公开 notice are not documents; the other listed
articles are not served (404)."""

from common import SPEECHES, Family, split_paras

HOST = "www.lanxi.jcy.gov.test"
SITE = "澜溪县人民检察院"
S5, S6 = SPEECHES["f48b-5"], SPEECHES["f48b-6"]
TAB = 5628
MOD = 14437
INFO5, INFO6, NOTICE = 98765, 101204, 100877
TITLE5 = "检察长陈立新在全院队伍建设暨党风廉政建设工作会议上的讲话"
TITLE6 = "副检察长赵敏在“检察开放日”活动上的致辞"
COL = f"/publish/portal0/tab{TAB}/"
ON = ' class="on"'
NOTICE_URL = "/publish/portal0/tab5640/info100877.htm"


def info(n, k=1):
    return f"{COL}info{n}.htm" if k == 1 else f"{COL}info{n}_{k}.htm"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>@@TITLE@@</title>
<meta id="MetaDescription" name="DESCRIPTION" content="澜溪县人民检察院门户网站" />
<meta id="MetaKeywords" name="KEYWORDS" content="澜溪县人民检察院,澜溪检察,检务公开,12309" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta name="SiteName" content="澜溪县人民检察院" />
<meta name="SiteDomain" content="www.lanxi.jcy.gov.test" />
<meta name="ColumnName" content="@@COLUMN@@" />
@@META@@<link id="APortals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css" />
<link id="APortals_0_Skins_jcy2019_" rel="stylesheet" type="text/css" href="/Portals/0/Skins/jcy2019/skin.css" />
<link id="APortals_0_" rel="stylesheet" type="text/css" href="/Portals/0/portal.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/ess.js"></script>
<script type="text/javascript">
function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body id="Body">
<form name="Form" method="post" action="@@ACTION@@" id="Form" enctype="multipart/form-data">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI4NTk4MjY2OA9kFgYCAQ9kFgICBw8WAh4EVGV4dAX3AjxtZXRhIG5hbWU9IlNpdGVOYW1lIiBjb250ZW50PSLmvpzmuqrljr/kurrmsJHmo4Dlr5/pmaIiIC8+ZGQCAg9kFgICAQ9kFgJmD2QWAmYPZBYCZg8WAh4HVmlzaWJsZWhkZA==" />
</div>
<div class="top-bar"><div class="w1200"><span class="fl">今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span><span class="fr"><a href="/publish/portal0/tab5700/">无障碍浏览</a> | <a href="javascript:;" onclick="SetHome(this,'http://www.lanxi.jcy.gov.test/')">设为首页</a> | <a href="javascript:;" onclick="AddFavorite('http://www.lanxi.jcy.gov.test/','澜溪县人民检察院')">加入收藏</a> | <a href="https://www.12309-like.test/" target="_blank">12309中国检察网</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/Portals/0/Skins/jcy2019/images/logo.png" alt="澜溪县人民检察院" /></a>
<div class="search"><input type="text" id="ess_ctr9987_Search_txtSearch" class="txt" value="请输入关键字" onfocus="this.value=''" /><input type="button" class="btn" value="搜索" onclick="location.href='/publish/portal0/tab5699/?keyword='+encodeURI(document.getElementById('ess_ctr9987_Search_txtSearch').value)" /></div></div></div>
<div class="nav"><ul class="w1200" id="ess_essMENU_ctlMenu">
<li><a href="/">首　页</a></li>
<li><a href="/publish/portal0/tab5621/">检察要闻</a></li>
<li><a href="/publish/portal0/tab5628/">领导讲话</a></li>
<li><a href="/publish/portal0/tab5635/">检察业务</a></li>
<li><a href="/publish/portal0/tab5640/">检务公开</a></li>
<li><a href="/publish/portal0/tab5646/">队伍建设</a></li>
<li><a href="/publish/portal0/tab5652/">未检工作</a></li>
<li><a href="/publish/portal0/tab5658/">检察文化</a></li>
<li><a href="/publish/portal0/tab5664/">12309服务</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="flinks">友情链接：<select onchange="if(this.value)window.open(this.value)"><option value="">-- 检察机关网站 --</option><option value="http://www.spp-like.test/">最高人民检察院</option><option value="http://www.jcy-sheng-like.test/">省人民检察院</option><option value="http://www.jcy-shi-like.test/">市人民检察院</option></select> <select onchange="if(this.value)window.open(this.value)"><option value="">-- 县内网站 --</option><option value="http://www.lanxi.gov.test/">澜溪县人民政府</option><option value="http://www.lanxi-court.gov.test/">澜溪县人民法院</option></select></div>
<div class="copy">
<span id="_ideConac"><a href="http://bszs.conac-like.test/" target="_blank"><img src="/Portals/0/Skins/jcy2019/images/dzjg.png" alt="党政机关" /></a></span>
<p>主办单位：澜溪县人民检察院　地址：澜溪县文昌路36号　邮编：323300　值班电话：0578-6621309</p>
<p>版权所有：澜溪县人民检察院　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备12031865号-1</a>　<img src="/Portals/0/Skins/jcy2019/images/ga.png" />浙公网安备 33112502000126号　网站标识码：JC33112500</p>
<p>技术支持：正义网络传媒研究院　建议使用IE9及以上版本或Chrome浏览器</p>
<span id="_span_jiucuo"></span>
</div>
</div></div>
<script id="_jiucuo_" sitecode="JC33112500" src="https://zfwzgl.www.gov-like.test/exposure/jiucuo.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?a81f3d2b9c40e5e68b1c2d3a4f5e6d70"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</form>
</body>
</html>
"""


def page(title, column, action, meta, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@COLUMN@@", column).replace("@@ACTION@@", action).replace("@@META@@", meta) + body + FOOT


def location(col_name, col_href, tail=""):
    return (f'<div class="location w1200"><span id="ess_ctr9990_Breadcrumb">当前位置：<a href="/" class="Breadcrumb">首页</a> &gt; '
            f'<a href="{col_href}" class="Breadcrumb">{col_name}</a>{tail}</span></div>\n')


SIDE = """<div class="side" id="ess_LeftPane">
<div class="side-box"><h3>栏目导航</h3><ul>
<li><a href="/publish/portal0/tab5621/">检察要闻</a></li><li class="on"><a href="/publish/portal0/tab5628/">领导讲话</a></li><li><a href="/publish/portal0/tab5635/">检察业务</a></li><li><a href="/publish/portal0/tab5640/">检务公开</a></li><li><a href="/publish/portal0/tab5646/">队伍建设</a></li>
</ul></div>
<div class="side-box"><h3>12309检察服务中心</h3><p><a href="https://www.12309-like.test/" target="_blank"><img src="/Portals/0/Skins/jcy2019/images/12309.jpg" alt="12309中国检察网" /></a></p><p>控告申诉　律师服务　案件查询　国家赔偿</p></div>
<div class="side-box"><h3>关注我们</h3><p><img src="/Portals/0/Skins/jcy2019/images/wx.jpg" alt="澜溪检察微信" width="110" /><br />澜溪检察微信公众号</p></div>
</div>
"""

OTHER_ROWS = [
    (100512, "检察长陈立新在全县扫黑除恶常态化工作推进会上的发言", "2023-05-16"),
    (99876, "检察长陈立新在县十八届人大二次会议上作检察院工作报告", "2023-03-02"),
    (99403, "副检察长赵敏在全县未成年人保护工作联席会议上的讲话", "2023-02-28"),
    (97802, "检察长陈立新在2023年全县检察工作会议上的讲话", "2023-01-31"),
    (97015, "政治部主任周涛在全院年轻干警座谈会上的讲话", "2022-12-20"),
    (96440, "检察长陈立新在全院“学习贯彻党的二十大精神”专题党课上的讲话", "2022-11-08"),
    (95921, "副检察长赵敏在公益诉讼检察工作推进会上的讲话", "2022-09-27"),
]
ROWS = sorted([(INFO6, TITLE6, "2023-06-06"), (INFO5, TITLE5, "2023-02-21")] + OTHER_ROWS, key=lambda r: r[2], reverse=True)
PER = 4


def listing(pno):
    rows = ROWS[(pno - 1) * PER: pno * PER]
    lis = "\n".join(
        f'<li><span class="fr">{d}</span><a href="{info(n)}" id="ess_ctr{MOD}_ListC_Info_ctl00_{i:02d}_hlTitle" title="{t}" target="_blank">{t}</a></li>'
        for i, (n, t, d) in enumerate(rows)
    )
    pages = (len(ROWS) + PER - 1) // PER
    links = " ".join(f'<a href="{COL}module{MOD}/page{k}.htm"{ON if k == pno else ""}>{k}</a>' for k in range(1, pages + 1))
    prev = "上一页" if pno == 1 else f'<a href="{COL}module{MOD}/page{pno - 1}.htm">上一页</a>'
    nxt = "下一页" if pno == pages else f'<a href="{COL}module{MOD}/page{pno + 1}.htm">下一页</a>'
    body = location("领导讲话", COL) + f"""<div class="main w1200">
{SIDE}<div class="content" id="ess_ContentPane">
<div class="ModuleTitle"><h2 id="ess_ctr{MOD}_dnnTITLE_lblTitle">领导讲话</h2></div>
<div id="ess_ctr{MOD}_ModuleContent" class="ModuleContent">
<ul class="list" id="ess_ctr{MOD}_ListC_Info_ulList">
{lis}
</ul>
<div class="pager" id="ess_ctr{MOD}_ListC_Info_AspNetPager"><span>共 {len(ROWS)} 条　每页 {PER} 条　第 {pno}/{pages} 页</span> <a href="{COL}module{MOD}/page1.htm">首页</a> {prev} {links} {nxt} <a href="{COL}module{MOD}/page{pages}.htm">尾页</a></div>
</div>
</div>
</div>
"""
    action = COL if pno == 1 else f"{COL}module{MOD}/page{pno}.htm"
    return page(f"领导讲话 - {SITE}", "领导讲话", action, "", body)


def meta_tags(title, day, source):
    return (f'<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{day}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n')


def xxgk_table(index_no, title, day, keywords, topic):
    return f"""<table class="xxgk-table" width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#d6dde6">
<tr><td class="t" width="12%">索 引 号：</td><td width="38%">{index_no}</td><td class="t" width="12%">主题分类：</td><td width="38%">{topic}</td></tr>
<tr><td class="t">发布机构：</td><td>{SITE}</td><td class="t">生成日期：</td><td>{day}</td></tr>
<tr><td class="t">名　　称：</td><td colspan="3">{title}</td></tr>
<tr><td class="t">文　　号：</td><td></td><td class="t">关 键 词：</td><td>{keywords}</td></tr>
</table>
"""


def article(n, k, pages, title, stamp, source, hits_id, table, content, prev, nxt):
    url = info(n, k)
    pager = ""
    if pages > 1:
        nums = " ".join(f'<span class="current">{j}</span>' if j == k else f'<a href="{info(n, j)}">{j}</a>' for j in range(1, pages + 1))
        before = f'<a href="{info(n, k - 1)}">上一页</a> ' if k > 1 else ""
        after = f' <a href="{info(n, k + 1)}">下一页</a>' if k < pages else ""
        pager = f'\n<div class="article-pager" id="ess_ctr{MOD}_InfoDetail_Pager">共{pages}页　{before}{nums}{after}</div>'
    prev_html = f'<a href="{info(prev[0])}">{prev[1]}</a>' if prev else "无"
    next_html = f'<a href="{info(nxt[0])}">{nxt[1]}</a>' if nxt else "无"
    body = location("领导讲话", COL, " &gt; 正文") + f"""<div class="main w1200">
<div class="content content-full" id="ess_ContentPane">
<div id="ess_ctr{MOD}_ModuleContent" class="ModuleContent">
{table}<div class="article">
<h1 class="article-title"><span id="ess_ctr{MOD}_InfoDetail_LabelTitle">{title}</span></h1>
<div class="article-info">发布时间：<span id="ess_ctr{MOD}_InfoDetail_LabelDate">{stamp}</span>　来源：<span id="ess_ctr{MOD}_InfoDetail_LabelSource">{source}</span>　浏览次数：<span id="hits"><script type="text/javascript" src="/Hits.aspx?InfoID={hits_id}"></script></span>　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article-content" id="zoom">
<!--ContentStart-->{content}<!--ContentEnd-->{pager}
</div>
<div class="share">分享到：<a href="javascript:;" class="share-wx" title="微信">微信</a> <a href="javascript:;" class="share-wb" title="新浪微博">微博</a> <a href="javascript:;" class="share-qq" title="QQ空间">QQ空间</a></div>
<div class="prevnext"><p>上一篇：{prev_html}</p><p>下一篇：{next_html}</p></div>
</div>
</div>
</div>
</div>
"""
    return page(f"{title} - {SITE}", "领导讲话", url, meta_tags(title, stamp[:10], source), body)


def paras_html(paras):
    out = []
    for p in paras:
        if p[:2] in ("一、", "二、", "三、", "四、"):
            out.append(f'<p style="text-indent:2em;"><strong>{p}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{p}</p>')
    return "\n".join(out)


def notice_page():
    title = "澜溪县人民检察院2023年“检察开放日”活动公告"
    paras = [
        "为进一步深化检务公开，主动接受社会监督，我院定于2023年6月6日上午举办“检察开放日”活动，现将有关事项公告如下：",
        "一、活动主题：检护民生，守护成长。",
        "二、活动内容：参观案件管理中心、未成年人“一站式”询问救助中心和12309检察服务中心，观摩模拟法庭，听取检察官讲法治故事。",
        "三、报名方式：有意参加的群众请于6月2日前拨打0578-6621309报名，名额30人，额满为止。",
        f"{SITE}",
        "2023年5月26日",
    ]
    content = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in paras)
    tbl = xxgk_table("11331125002612345X/2023-00041", title, "2023-05-26", "检察开放日;公告", "检务公开")
    html = article(NOTICE, 1, 1, title, "2023-05-26 16:20", "办公室", NOTICE, tbl, content, None, None)
    return (html.replace(f'<a href="{COL}" class="Breadcrumb">领导讲话</a>', '<a href="/publish/portal0/tab5640/" class="Breadcrumb">检务公开</a>')
            .replace(f'action="{info(NOTICE)}"', f'action="{NOTICE_URL}"').replace('content="领导讲话"', 'content="检务公开"'))


def home():
    jh = "\n".join(f'<li><span class="fr">{d[5:]}</span><a href="{info(n)}" target="_blank" title="{t}">{t}</a></li>' for n, t, d in ROWS[:4])
    body = f"""<div class="main w1200 home">
<div class="home-row">
<div class="slide" id="ess_ctr13001_Slide"><ul>
<li><a href="/publish/portal0/tab5621/info101355.htm" target="_blank"><img src="/UpLoadFiles/2023/6/slide_kfr.jpg" alt="" /><p>我院举办“检察开放日”活动</p></a></li>
<li><a href="/publish/portal0/tab5621/info101128.htm" target="_blank"><img src="/UpLoadFiles/2023/5/slide_xy.jpg" alt="" /><p>检察官走进澜溪中学开展法治宣讲</p></a></li>
</ul></div>
<div class="home-box"><div class="box-title"><h3>领导讲话</h3><a href="{COL}" class="more">更多&gt;&gt;</a></div>
<ul class="list">
{jh}
</ul></div>
</div>
<div class="home-row">
<div class="home-box"><div class="box-title"><h3>检务公开</h3><a href="/publish/portal0/tab5640/" class="more">更多&gt;&gt;</a></div>
<ul class="list">
<li><span class="fr">05-26</span><a href="{NOTICE_URL}" target="_blank">澜溪县人民检察院2023年“检察开放日”活动公告</a></li>
<li><span class="fr">05-10</span><a href="/publish/portal0/tab5640/info100601.htm" target="_blank">澜溪县人民检察院2023年部门预算公开</a></li>
<li><span class="fr">04-18</span><a href="/publish/portal0/tab5640/info100233.htm" target="_blank">重要案件信息发布（2023年第3期）</a></li>
</ul></div>
<div class="home-box"><div class="box-title"><h3>12309检察服务</h3></div>
<ul class="service"><li><a href="https://www.12309-like.test/" target="_blank">控告申诉</a></li><li><a href="https://www.12309-like.test/" target="_blank">律师预约</a></li><li><a href="https://www.12309-like.test/" target="_blank">案件查询</a></li><li><a href="/publish/portal0/tab5664/info90012.htm">来访指南</a></li></ul></div>
</div>
</div>
"""
    return page(SITE, "首页", "/", "", body)


def build() -> Family:
    fam = Family(HOST, "county 人民检察院 portal on a DotNetNuke-derived .NET portal (易建 ESS lineage), static /publish/portal0/tabN/infoN.htm",
                 content_type="text/html; charset=utf-8")
    fam.put("/", home())
    fam.put(COL, listing(1))
    fam.put(f"{COL}module{MOD}/page1.htm", listing(1))
    fam.put(f"{COL}module{MOD}/page2.htm", listing(2))
    fam.put(f"{COL}module{MOD}/page3.htm", listing(3))
    a, b = split_paras(S5.paras, 2)
    tbl5 = xxgk_table("11331125002612345X/2023-00012", TITLE5, "2023-02-21", "队伍建设;党风廉政建设", "队伍建设")
    prev5, next5 = (97802, OTHER_ROWS[3][1]), (99403, OTHER_ROWS[2][1])
    fam.put(info(INFO5), article(INFO5, 1, 2, TITLE5, "2023-02-21 17:35", "政治部", INFO5, tbl5, paras_html(a), prev5, next5))
    fam.put(info(INFO5, 2), article(INFO5, 2, 2, TITLE5, "2023-02-21 17:35", "政治部", INFO5, tbl5, paras_html(b), prev5, next5))
    tbl6 = xxgk_table("11331125002612345X/2023-00047", TITLE6, "2023-06-06", "检察开放日;检务公开", "检务公开")
    content6 = (paras_html(S6.paras)
                + f'\n<p style="text-indent:2em;">附件：<a href="/UpLoadFiles/2023/6/20230607103512.doc">{TITLE6}.doc</a></p>')
    fam.put(info(INFO6), article(INFO6, 1, 1, TITLE6, "2023-06-06 16:48", "办公室", INFO6, tbl6, content6, (100512, OTHER_ROWS[0][1]), None))
    fam.put(NOTICE_URL, notice_page())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /Portals/_default/\nDisallow: /Install/\n")
    fam.doc([info(INFO5), info(INFO5, 2)], S5, title=TITLE5)
    fam.doc([info(INFO6)], S6, title=TITLE6)
    fam.not_documents += ["/", COL, f"{COL}module{MOD}/page1.htm", f"{COL}module{MOD}/page2.htm", NOTICE_URL, info(INFO5, 2)]
    fam.noise += ["当前位置：", "索 引 号：", "11331125002612345X/2023-00012", "发布机构：", "生成日期：", "主题分类：", "关 键 词：",
                  "发布时间：", "浏览次数：", "打印", "共2页", "分享到：", "上一篇：", "附件：", "控告申诉　律师服务　案件查询　国家赔偿",
                  "浙ICP备12031865号-1", "网站标识码：JC33112500", "澜溪检察微信公众号", "技术支持：正义网络传媒研究院"]
    fam.note = ("HOLDOUT. The 信息公开 metadata table (索引号 … 名称 = the title) comes before the title on both pages of the "
                "two-page speech (`infoN.htm`, `infoN_2.htm`, pager inside the content cell after `<!--ContentEnd-->`); page 2 "
                "read alone is not a document. 【打印】 is `window.print()` (no print URL). The other speech ends in an 附件 "
                "line linking its .doc, not text. Dates from 发布时间 / 生成日期 / `PubDate` (published the day each speech was given).")
    return fam
