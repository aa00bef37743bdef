"""县公安局 site (蜀禾县公安局) on a Sichuan-style provincial 政府网站集约化平台, UTF-8.

Home `/` (无障碍 / 长者模式 bar, 警务要闻 / 领导讲话 / 警方提示 blocks, 政务服务 links) → column
`/gaj/c104356/list.shtml` (领导讲话, `createPageHTML`-style pager written by a script plus a
`<noscript>` pair of links) → page 2 `/gaj/c104356/list_2.shtml` (not a document) → articles
`/gaj/c104356/YYYY/M/D/<32-hex>.shtml`: 政府网站 meta tags, `div.detail` with `h1`, the info line
(信息来源：… 发布时间：… 浏览量： filled by a script) and 字号【大 中 小】, the text in
`div#NewsContent` as `<p style="text-indent:2em">`, a 【打印】【关闭】 row, 分享到, 相关链接, the
platform's footer (主办单位, 网站标识码, 川公网安备, 蜀ICP备, 找错). The 公安局 speech is on page 1,
the 政法委 speech (信息来源：县委政法委) only on page 2."""

from common import SPEECHES, Family

HOST = "gaj.shuhe-xian.gov.test"
COL = "/gaj/c104356/"
S1_PATH = COL + "2024/6/14/9f3c2a71be0d4c58a6e2f1d07b5c8e43.shtml"
S2_PATH = COL + "2024/8/23/0b7e5d2c94a14f6e8c3d2a1f60e9b7d5.shtml"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="SiteName" content="蜀禾县公安局">
<meta name="SiteDomain" content="gaj.shuhe-xian.gov.test">
<meta name="SiteIDCode" content="5133290012">
@@META@@<link rel="stylesheet" href="/gaj/xhtml/css/common.css">
<link rel="stylesheet" href="/gaj/xhtml/css/detail.css">
<script src="/gaj/xhtml/js/jquery-1.12.4.min.js"></script>
<script src="/gaj/xhtml/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200 clearfix">
<div class="fl">欢迎访问蜀禾县公安局网站！ 今天是<span id="today"></span></div>
<div class="fr"><a href="http://www.shuhe-xian.gov.test/">蜀禾县人民政府</a> | <a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | <a href="http://www.sc-jyh.gov.test/">四川省人民政府</a></div>
</div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/gaj/xhtml/images/logo.png" alt="蜀禾县公安局"></a>
<div class="search"><form action="/guestweb4/s" method="get" target="_blank"><input type="hidden" name="siteCode" value="5133290012"><input type="text" name="searchWord" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/gaj/c104350/list.shtml">警务要闻</a></li><li class="on"><a href="/gaj/c104356/list.shtml">领导讲话</a></li><li><a href="/gaj/c104361/list.shtml">通知公告</a></li><li><a href="/gaj/c104368/list.shtml">警方提示</a></li><li><a href="/gaj/c104372/list.shtml">政务服务</a></li><li><a href="/gaj/c104380/list.shtml">互动交流</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200 clearfix">
<div class="dzjg"><script id="_jiucuo_" sitecode="5133290012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
<div class="ft-txt">
<p><a href="/gaj/c104390/list.shtml">网站地图</a> | <a href="/gaj/c104391/list.shtml">联系我们</a> | <a href="/gaj/c104392/list.shtml">使用帮助</a></p>
<p>主办单位：蜀禾县公安局　承办单位：蜀禾县公安局警务保障室　地址：蜀禾县城关镇滨江路88号　报警电话：110</p>
<p>网站标识码：5133290012　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备05011234号-3</a>　<img src="/gaj/xhtml/images/ga.png" alt="">川公网安备 51332902000117号</p>
<p>本网站由四川省政府网站集约化平台提供技术支持</p>
</div></div></div>
<script>
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?2c7e1f9ab4d3e5c6a0b8f7d9e1c2a3b4";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</body>
</html>
"""


def article(s, source, stamp, views_id):
    meta = f"""<meta name="ColumnName" content="领导讲话">
<meta name="ColumnType" content="领导讲话">
<meta name="ArticleTitle" content="{s.title}">
<meta name="PubDate" content="{stamp}">
<meta name="ContentSource" content="{source}">
"""
    paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in s.paras)
    body = f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{COL}list.shtml">领导讲话</a> &gt; 正文</div>
<div class="detail">
<h1 class="title">{s.title}</h1>
<div class="info">
<span>信息来源：{source}</span><span>发布时间：{stamp}</span><span>浏览量：<em id="visit_count">--</em></span>
<span class="zh">字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
</div>
<div class="content" id="NewsContent">
{paras}
</div>
<div class="print-row"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx" title="微信">微信</a><a href="javascript:void(0)" class="wb" title="新浪微博">微博</a></div>
<script>$.get("/guestweb4/visit/count?articleId={views_id}",function(d){{$("#visit_count").text(d.count);}});</script>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/gaj/c104368/2024/6/2/5d1e7a3c2b9f4e08a7c6d5b4e3f2a1c0.shtml">警方提示：夏季防溺水安全知识</a></li>
<li><a href="/gaj/c104350/2024/6/20/7c2b1a0f9e8d4c3b2a1f0e9d8c7b6a55.shtml">全县公安机关开展夏夜治安巡查宣防集中行动</a></li>
</ul></div>
</div>
"""
    return HEAD.replace("@@TITLE@@", f"{s.title}_蜀禾县公安局").replace("@@META@@", meta) + body + FOOT


OTHERS1 = [
    ("/gaj/c104356/2024/5/30/3a9e0c6b7d2f41e58b4c3d2e1f0a9b87.shtml", "在全县公安机关“三所”规范化建设推进会上的讲话（摘要）", "2024-05-30"),
    ("/gaj/c104356/2024/4/19/8d7c6b5a4e3f42d1b0a9e8f7c6d5b4a3.shtml", "县公安局召开党委理论学习中心组学习会", "2024-04-19"),
]
OTHERS2 = [
    ("/gaj/c104356/2024/3/8/2f1e0d9c8b7a46c5b4a3f2e1d0c9b8a7.shtml", "县公安局召开2024年全县公安工作会议", "2024-03-08"),
    ("/gaj/c104356/2024/1/26/6e5d4c3b2a1f40e9d8c7b6a5f4e3d2c1.shtml", "县公安局党委书记、局长参加“110宣传日”活动", "2024-01-26"),
]


def listing(items, page):
    lis = "\n".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in items)
    body = f"""<div class="w1200 main clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; 领导讲话</div>
<div class="side"><h2>领导讲话</h2></div>
<div class="list-box"><ul class="list">
{lis}
</ul>
<div class="page" id="page_div"><script>createPageHTML('page_div', 2, {page}, 'list', 'shtml', 16);</script>
<noscript><a href="{COL}list.shtml">首页</a> <a href="{COL}list_2.shtml">下一页</a></noscript></div>
</div></div>
"""
    return HEAD.replace("@@TITLE@@", "领导讲话_蜀禾县公安局").replace("@@META@@", '<meta name="ColumnName" content="领导讲话">\n') + body + FOOT


def build() -> Family:
    fam = Family(HOST, "县公安局 site on a Sichuan-style provincial 政府网站集约化平台 (/<site>/c<col>/YYYY/M/D/<hex>.shtml)")
    s1, s2 = SPEECHES["f56b-1"], SPEECHES["f56b-4"]
    fam.put(S1_PATH, article(s1, "县公安局办公室", "2024-06-14 17:32", "9f3c2a71"))
    fam.put(S2_PATH, article(s2, "县委政法委", "2024-08-23 09:15", "0b7e5d2c"))
    fam.doc([S1_PATH], s1)
    fam.doc([S2_PATH], s2)
    fam.put(COL + "list.shtml", listing([(S1_PATH, s1.title, "2024-06-14")] + OTHERS1, 1))
    fam.put(COL + "list_2.shtml", listing(OTHERS2 + [(S2_PATH, s2.title, "2024-08-23")], 2))
    home = HEAD.replace("@@TITLE@@", "蜀禾县公安局").replace("@@META@@", "") + f"""<div class="w1200 main">
<div class="banner"><img src="/gaj/xhtml/images/banner.jpg" alt="对党忠诚 服务人民 执法公正 纪律严明"></div>
<div class="box"><h3><a href="/gaj/c104350/list.shtml">警务要闻</a></h3><ul><li><a href="/gaj/c104350/2024/6/20/7c2b1a0f9e8d4c3b2a1f0e9d8c7b6a55.shtml">全县公安机关开展夏夜治安巡查宣防集中行动</a></li></ul></div>
<div class="box"><h3><a href="{COL}list.shtml">领导讲话</a><a href="{COL}list.shtml" class="more">更多&gt;&gt;</a></h3><ul><li><a href="{S1_PATH}">{s1.title}</a><span>06-14</span></li><li><a href="{OTHERS1[0][0]}">{OTHERS1[0][1]}</a><span>05-30</span></li></ul></div>
<div class="box"><h3><a href="/gaj/c104368/list.shtml">警方提示</a></h3><ul><li><a href="/gaj/c104368/2024/6/2/5d1e7a3c2b9f4e08a7c6d5b4e3f2a1c0.shtml">警方提示：夏季防溺水安全知识</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /guestweb4/\n")
    fam.not_documents += ["/", COL + "list.shtml", COL + "list_2.shtml"]
    fam.noise += ["信息来源：", "浏览量：", "【打印】", "【关闭】", "川公网安备", "分享到：", "网站标识码", "字号："]
    return fam
