"""云陵市人民政府 portal on an Anhui-style 政务公开 platform (`/public/<unit id>/<info id>.html`):
the 政府信息公开 article page prints the 信息公开 attribute table (`table.table_suoyin`: 索引号 /
组配分类 / 发文机关 / 主题分类 / 名称 / 文号 / 成文日期 / 发布日期 / 有效性) before the title, then
`div.wzcon.j-fontContent` with the text; one speech opens with its own centred title, speaker line and
date line; 【字体：大 中 小】, 打印 / 关闭 (`javascript:window.print()` / `window.close()`), 扫一扫在手机打开,
相关信息, 政府信息公开 left menu (机构职能 / 政策文件 / 领导讲话 …), footer with 网站标识码 / 党政机关 mark.
Listings are query routes of the platform (`/public/column/6596621?type=4&catId=7165&action=list`,
`&pageIndex=2`), the portal home links the newest item; a 一图读懂 graphic page is not a document."""

import html as H

from common import SPEECHES, Family, render

HOST = "www.yunling.gov.test"
UNIT = "6596621"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@_云陵市人民政府</title>
<meta name="SiteName" content="云陵市人民政府">
<meta name="SiteDomain" content="www.yunling.gov.test">
<meta name="SiteIDCode" content="3408000018">
@@META@@
<link rel="stylesheet" href="/assets/css/base.css?v=20230612">
<link rel="stylesheet" href="/assets/css/public.css?v=20230612">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
<script src="/assets/js/common.js?v=20230612"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl" id="today"></span><span class="fr"><a href="javascript:;" class="j-wza">无障碍</a> | <a href="javascript:;" class="j-zhl">长者模式</a> | <a href="/site/tpl/5215581">English</a> | <a href="/site/search/6596601">站内搜索</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/assets/images/logo.png" alt="云陵市人民政府"></a>
<div class="search"><form action="/site/search/6596601" method="get"><input type="text" name="searchWord" placeholder="请输入关键字"><input type="hidden" name="platformCode" value="yl_gov"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwyw/index.html">政务要闻</a></li><li class="on"><a href="/public/column/6596621?type=4&amp;action=list&amp;nav=3">政务公开</a></li><li><a href="/zmhd/index.html">政民互动</a></li><li><a href="/zwfw/index.html">政务服务</a></li><li><a href="/zjyl/index.html">走进云陵</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="dzjg fl"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/13/000/0000/60429971/CA130000000604299710002.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
<div class="fl txt">
<p><a href="/site/tpl/5215591">网站地图</a> | <a href="/site/tpl/5215601">联系我们</a> | <a href="/site/tpl/5215611">使用帮助</a> | <a href="/site/tpl/5215621">隐私声明</a></p>
<p>主办：云陵市人民政府办公室　承办：云陵市数据资源管理局</p>
<p>网站标识码：3408000018　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05012345号</a>　<img src="/assets/images/ga.png" alt="">皖公网安备 34080202000123号</p>
</div>
<div class="fr jiucuo"><script id="_jiucuo_" sitecode="3408000018" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
<script src="/assets/js/public.js?v=20230612"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?9b3e0f5a7c1d2e4f6a8b0c2d4e6f8a0b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

LEFT = """<div class="xxgk_left fl">
<div class="xxgk_unit"><h3>云陵市人民政府办公室</h3><p>机构代码：11340800MB1234567X</p></div>
<ul class="xxgk_menu">
<li><a href="/public/column/6596621?type=1&amp;action=list">政府信息公开指南</a></li>
<li><a href="/public/column/6596621?type=2&amp;action=list">政府信息公开制度</a></li>
<li class="on"><a href="/public/column/6596621?type=4&amp;action=list">法定主动公开内容</a>
 <ul><li><a href="/public/column/6596621?type=4&amp;catId=7161&amp;action=list">机构职能</a></li><li><a href="/public/column/6596621?type=4&amp;catId=7163&amp;action=list">政策文件</a></li><li class="cur"><a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list">领导讲话</a></li><li><a href="/public/column/6596621?type=4&amp;catId=7167&amp;action=list">规划计划</a></li><li><a href="/public/column/6596621?type=4&amp;catId=7169&amp;action=list">财政资金</a></li></ul></li>
<li><a href="/public/column/6596621?type=5&amp;action=list">政府信息公开年报</a></li>
<li><a href="/public/apply/6596621">依申请公开</a></li>
</ul></div>
"""

ITEMS = [
    {"sp": SPEECHES["f50b-1"], "id": "1123456", "no": "11340800MB1234567X/202403-00021", "pub": "2024-03-08 16:20",
     "who": "市长　方建平", "open": True, "subject": "综合政务\\其他", "views": 2136},
    {"sp": SPEECHES["f50b-2"], "id": "1187302", "no": "11340800MB1234567X/202405-00037", "pub": "2024-05-16 09:45",
     "who": "副市长　梁文涛", "open": False, "subject": "城乡建设、环境保护\\城市规划", "views": 1284},
]
GRAPHIC = {"id": "1123461", "title": "一图读懂｜全市优化营商环境推进大会", "pub": "2024-03-09 10:02"}


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def article(it, other):
    sp = it["sp"]
    body = []
    if it["open"]:
        body.append(f'<p style="text-align: center;"><strong><span style="font-size: 22px; font-family: 方正小标宋简体;">{sp.title}</span></strong></p>')
        body.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">{it["who"]}</span></p>')
        body.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体;">（{cn_date(sp.date)}）</span></p>')
    for p in sp.paras:
        body.append(f'<p style="text-indent: 2em; line-height: 1.75em;">{H.escape(p, quote=False)}</p>')
    meta = f"""<meta name="ColumnName" content="领导讲话">
<meta name="ColumnType" content="法定主动公开内容">
<meta name="ArticleTitle" content="{sp.title}">
<meta name="PubDate" content="{it['pub']}">
<meta name="ContentSource" content="云陵市人民政府办公室">
<meta name="Keywords" content="领导讲话">"""
    return render(HEAD, TITLE=sp.title, META=meta) + f"""<div class="w1200 mnav">当前位置：<a href="/">首页</a> &gt; <a href="/public/column/6596621?type=4&amp;action=list&amp;nav=3">政务公开</a> &gt; <a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list">领导讲话</a></div>
<div class="w1200 xxgk_wrap clearfix">
{LEFT}
<div class="xxgk_right fr">
<div class="div_attr">
<table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%">
<tbody>
<tr><th width="14%">索引号：</th><td width="36%">{it['no']}</td><th width="14%">组配分类：</th><td width="36%">领导讲话</td></tr>
<tr><th>发文机关：</th><td>云陵市人民政府办公室</td><th>主题分类：</th><td>{it['subject']}</td></tr>
<tr><th>名称：</th><td colspan="3" class="j-title">{sp.title}</td></tr>
<tr><th>文号：</th><td></td><th>有效性：</th><td><span class="yxx">有效</span></td></tr>
<tr><th>成文日期：</th><td>{sp.date}</td><th>发布日期：</th><td>{it['pub'][:10]}</td></tr>
</tbody></table></div>
<div class="wzcon_box">
<h1 class="newstitle">{sp.title}</h1>
<div class="newsinfo"><span>发布时间：{it['pub']}</span><span>来源：云陵市人民政府办公室</span><span>浏览次数：<i id="hits" class="j-hits" data-id="{it['id']}">{it['views']}</i></span><span class="j-fontsize">【字体：<a href="javascript:;" data-size="20">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】</span></div>
<div class="wzcon j-fontContent" id="zoom">
{chr(10).join(body)}
</div>
<div class="wzbot clearfix">
<div class="share fl">分享到：<a href="javascript:;" class="j-share-wx">微信</a> <a href="javascript:;" class="j-share-wb">微博</a> <a href="javascript:;" class="j-share-qq">QQ空间</a></div>
<div class="fr"><a href="javascript:window.print()" class="print">【打印】</a> <a href="javascript:window.close()" class="close">【关闭】</a></div>
</div>
<div class="qrcode"><div id="qrcode" data-url="http://{HOST}/public/{UNIT}/{it['id']}.html"></div><p>扫一扫在手机打开当前页</p></div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/public/{UNIT}/{other['id']}.html" target="_blank">{other['sp'].title}</a><span>{other['pub'][:10]}</span></li>
<li><a href="/public/{UNIT}/{GRAPHIC['id']}.html" target="_blank">{GRAPHIC['title']}</a><span>{GRAPHIC['pub'][:10]}</span></li>
</ul></div>
</div></div></div>
<script>$(function(){{$.get('/site/label/8888?IsAjax=1&labelName=publicInfoHits&infoId={it['id']}',function(d){{$('#hits').text(d)}});}});</script>
""" + FOOT


def listing(rows, page, pages):
    lis = "\n".join(
        f'<li><span class="xh">{i}</span><a href="{href}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>'
        for i, (href, t, d) in enumerate(rows, 1 + (page - 1) * 15))
    nxt = (f'<a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list&amp;pageIndex={page + 1}" class="next">下一页</a>'
           if page < pages else '<span class="disabled">下一页</span>')
    prv = (f'<a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list" class="prev">上一页</a>'
           if page > 1 else '<span class="disabled">上一页</span>')
    return render(HEAD, TITLE="领导讲话", META='<meta name="ColumnName" content="领导讲话">') + f"""<div class="w1200 mnav">当前位置：<a href="/">首页</a> &gt; <a href="/public/column/6596621?type=4&amp;action=list&amp;nav=3">政务公开</a> &gt; 领导讲话</div>
<div class="w1200 xxgk_wrap clearfix">
{LEFT}
<div class="xxgk_right fr">
<div class="xxgk_title"><h2>领导讲话</h2></div>
<ul class="clearfix xxgk_navli">
{lis}
</ul>
<div class="pagination" id="page_public_info">共{pages}页 <a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list">首页</a> {prv} <span class="current">{page}</span> {nxt}</div>
</div></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "city government 政府信息公开 pages on an Anhui-style 政务公开 platform (/public/<unit>/<id>.html, 索引号 table)")
    a, b = ITEMS
    for it, other in ((a, b), (b, a)):
        fam.put(f"/public/{UNIT}/{it['id']}.html", article(it, other))
        fam.doc([f"/public/{UNIT}/{it['id']}.html"], it["sp"])
    gtitle = GRAPHIC["title"]
    graphic = render(HEAD, TITLE=gtitle, META='<meta name="ColumnName" content="政策解读">') + f"""<div class="w1200 mnav">当前位置：<a href="/">首页</a> &gt; <a href="/public/column/6596621?type=4&amp;action=list&amp;nav=3">政务公开</a> &gt; 政策解读</div>
<div class="w1200 xxgk_wrap clearfix">
{LEFT}
<div class="xxgk_right fr">
<div class="div_attr"><table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%"><tbody>
<tr><th width="14%">索引号：</th><td width="36%">11340800MB1234567X/202403-00023</td><th width="14%">组配分类：</th><td width="36%">政策解读</td></tr>
<tr><th>发文机关：</th><td>云陵市人民政府办公室</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
<tr><th>名称：</th><td colspan="3">{gtitle}</td></tr>
<tr><th>成文日期：</th><td>2024-03-09</td><th>发布日期：</th><td>2024-03-09</td></tr></tbody></table></div>
<div class="wzcon_box"><h1 class="newstitle">{gtitle}</h1>
<div class="newsinfo"><span>发布时间：{GRAPHIC['pub']}</span><span>来源：云陵市人民政府办公室</span></div>
<div class="wzcon j-fontContent" id="zoom">
<p style="text-align: center;"><img src="/group1/M00/0A/3C/wKgBZmXr4aSAQf1xAAnQ2b8c9dE123.jpg" alt="{gtitle}" width="750"></p>
<p style="text-align: center;"><img src="/group1/M00/0A/3C/wKgBZmXr4aSAQf1xAAnQ2b8c9dE124.jpg" alt="" width="750"></p>
<p>相关链接：<a href="/public/{UNIT}/{a['id']}.html">{a['sp'].title}</a></p>
</div>
<div class="wzbot clearfix"><div class="fr"><a href="javascript:window.print()" class="print">【打印】</a> <a href="javascript:window.close()" class="close">【关闭】</a></div></div>
</div></div></div>
""" + FOOT
    fam.put(f"/public/{UNIT}/{GRAPHIC['id']}.html", graphic)
    rows1 = [(f"/public/{UNIT}/{b['id']}.html", b["sp"].title, b["pub"][:10]),
             (f"/public/{UNIT}/{a['id']}.html", a["sp"].title, a["pub"][:10]),
             (f"/public/{UNIT}/1098765.html", "在全市二〇二四年春节后重点工作推进会上的讲话", "2024-02-20")]
    rows2 = [(f"/public/{UNIT}/1021144.html", "在市政府第六次廉政工作会议上的讲话", "2023-12-28")]
    fam.route("/public/column/6596621?type=4&catId=7165&action=list", "/public/column/list_7165.html", listing(rows1, 1, 2))
    fam.route("/public/column/6596621?type=4&catId=7165&action=list&pageIndex=2", "/public/column/list_7165_2.html", listing(rows2, 2, 2))
    home = render(HEAD, TITLE="首页", META='<meta name="ColumnName" content="首页">') + f"""<div class="w1200 index_top clearfix">
<div class="focus fl"><ul><li><a href="/zwyw/202405/t20240515_884512.html"><img src="/group1/M00/0B/11/focus1.jpg" alt=""><p>市政府召开第四十二次常务会议</p></a></li></ul></div>
<div class="index_news fr"><div class="tab_hd"><span class="on">政务要闻</span><span>部门动态</span><span>县区动态</span></div>
<ul>
<li><a href="/zwyw/202405/t20240515_884512.html">市政府召开第四十二次常务会议</a><span>05-15</span></li>
<li><a href="/zwyw/202405/t20240514_884433.html">全市城市更新暨老旧小区改造工作会议召开</a><span>05-14</span></li>
</ul></div></div>
<div class="w1200 index_gk clearfix">
<div class="gk_box fl"><h3><a href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list">领导讲话</a><a class="more" href="/public/column/6596621?type=4&amp;catId=7165&amp;action=list">更多&gt;&gt;</a></h3>
<ul><li><a href="/public/{UNIT}/{b['id']}.html" title="{b['sp'].title}">{b['sp'].title}</a><span>05-16</span></li></ul></div>
<div class="gk_box fr"><h3><a href="/public/column/6596621?type=4&amp;catId=7163&amp;action=list">政策文件</a></h3><ul><li><a href="/public/column/6596621?type=4&amp;catId=7163&amp;action=list">云陵市人民政府关于印发…的通知</a><span>05-10</span></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /site/search/\nDisallow: /site/label/\n")
    fam.not_documents += ["/", "/public/column/6596621?type=4&catId=7165&action=list",
                          "/public/column/6596621?type=4&catId=7165&action=list&pageIndex=2",
                          f"/public/{UNIT}/{GRAPHIC['id']}.html"]
    fam.noise += ["索引号：", "组配分类：", "发文机关：", "成文日期：", "发布日期：", "11340800MB1234567X/202403-00021",
                  "市长　方建平", "（2024年3月6日）", "扫一扫在手机打开当前页", "【打印】", "相关信息", "网站标识码"]
    fam.note = ("published_at is the speech's own date, printed as 成文日期 (发布日期 is two days later); the first speech's "
                "own centred title, speaker line and date line inside #zoom are not text")
    return fam
