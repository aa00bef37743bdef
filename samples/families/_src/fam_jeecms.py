"""A city department (清城市交通运输局) site on JEECMS (Java, FreeMarker templates, `.jhtml` URLs):
column `/zwgk/ldjh/index.jhtml` + `index_2.jhtml` with JEECMS's list pager, articles
`/zwgk/ldjh/N.jhtml`, one cut by the editor's [NextPage] into `N.jhtml` / `N_2.jhtml` (content pager),
the 信息公开 metadata table, msgbar (发布时间 / 来源 / 浏览次数 filled by Cms.viewCount from
/content_view.jspx?contentId=N / [字体：大 中 小]), 打印 / 关闭, 上一篇 / 下一篇, gov footer."""

from common import SPEECHES, Family, render, split_paras

HOST = "jtj.jeecms-qingcheng.gov.test"
SITE = "清城市交通运输局"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta http-equiv="keywords" content="@@KEYWORDS@@"/>
<meta http-equiv="description" content="@@DESC@@"/>
@@GOVMETA@@<link href="/r/cms/www/qcjt/css/base.css" rel="stylesheet" type="text/css"/>
<link href="/r/cms/www/qcjt/css/layout.css" rel="stylesheet" type="text/css"/>
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
<script src="/r/cms/www/qcjt/js/common.js" type="text/javascript"></script>
@@HEADSCRIPT@@</head>
<body>
<div class="top_bar"><div class="w1100"><span class="fl">今天是：<script type="text/javascript">showDate();</script></span><span class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0);" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0);" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="http://www.qingcheng.gov.test/" target="_blank">市政府门户网站</a></span></div></div>
<div class="header w1100"><a href="/" class="logo"><img src="/r/cms/www/qcjt/images/logo.png" alt="清城市交通运输局" /></a>
<div class="search"><form action="/search.jspx" method="get" target="_blank"><input type="text" name="q" class="s_text" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="submit" class="s_btn" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1100">
<li><a href="/">首页</a></li>
<li><a href="/jgzn/index.jhtml">机构职能</a></li>
<li><a href="/zwgk/index.jhtml">政务公开</a></li>
<li><a href="/jtdt/index.jhtml">交通动态</a></li>
<li><a href="/bsfw/index.jhtml">办事服务</a></li>
<li><a href="/gzhd/index.jhtml">公众互动</a></li>
<li><a href="/ztzl/index.jhtml">专题专栏</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
<div class="links w1100"><select onchange="if(this.value!='')window.open(this.value);"><option value="">—— 国家部委网站 ——</option><option value="http://www.mot.gov.test/">交通运输部</option></select><select onchange="if(this.value!='')window.open(this.value);"><option value="">—— 省内交通网站 ——</option><option value="http://jtt.sheng.gov.test/">省交通运输厅</option></select><select onchange="if(this.value!='')window.open(this.value);"><option value="">—— 市直部门网站 ——</option><option value="http://fgw.qingcheng.gov.test/">市发展改革委</option></select></div>
<div class="copyright w1100">
<span class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60412345/CA130000000604123450001.js' type='text/javascript'%3E%3C/script%3E"));</script></span>
<p><a href="/lxwm/index.jhtml">联系我们</a> | <a href="/wzdt/index.jhtml">网站地图</a> | <a href="/sybz/index.jhtml">使用帮助</a></p>
<p>主办单位：清城市交通运输局　承办单位：清城市交通运输局办公室　地址：清城市人民路188号　电话：0557-3021234</p>
<p>网站标识码：3413000012　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备13004567号-1</a>　<img src="/r/cms/www/qcjt/images/ga.png" alt="" />皖公网安备 34130202000123号</p>
<p><span id="_span_jiucuo"></span><script id="_jiucuo_" sitecode="3413000012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c2b9e4d5a6f1e8d3c0b2a4f6e8d1c3b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

LEFT = """<div class="left_box">
<div class="left_tit">政务公开</div>
<ul class="left_menu">
<li><a href="/zwgk/jgsz/index.jhtml">机构设置</a></li>
<li><a href="/zwgk/ldxx/index.jhtml">领导信息</a></li>
<li class="on"><a href="/zwgk/ldjh/index.jhtml">领导讲话</a></li>
<li><a href="/zwgk/ghjh/index.jhtml">规划计划</a></li>
<li><a href="/zwgk/tzgg/index.jhtml">通知公告</a></li>
<li><a href="/zwgk/zfxxgkndbg/index.jhtml">政府信息公开年报</a></li>
</ul>
</div>
"""

ARTICLES = [
    {
        "id": 12473,
        "speech": SPEECHES["jeecms-2"],
        "release": "2024-04-11 16:42:08",
        "source": "运输管理科",
        "author": "",
        "index": "11341300MB1C23456L/2024-00046",
        "keywords": "道路运输 安全生产 约谈",
        "pages": 1,
    },
    {
        "id": 12345,
        "speech": SPEECHES["jeecms-1"],
        "release": "2024-02-23 09:30:15",
        "source": "局办公室",
        "author": "王蕾",
        "index": "11341300MB1C23456L/2024-00018",
        "keywords": "交通运输 工作会议",
        "pages": 2,
    },
]

OTHERS = [
    ("/zwgk/ldjh/12412.jhtml", "在全市交通运输系统“三个年”活动推进会上的讲话", "2024-03-29"),
    ("/zwgk/ldjh/12405.jhtml", "在全市农村客运和物流融合发展现场会上的讲话", "2024-03-22"),
    ("/zwgk/ldjh/12401.jhtml", "在全市交通运输综合行政执法工作会议上的讲话", "2024-03-14"),
    ("/zwgk/ldjh/12377.jhtml", "在局机关2023年度述职述廉暨民主测评会议上的讲话", "2024-03-01"),
    ("/zwgk/ldjh/12369.jhtml", "在全市重点交通项目集中开工仪式上的致辞", "2024-02-28"),
    ("/zwgk/ldjh/12398.jhtml", "局党组书记、局长陈立新在全市交通运输系统党风廉政建设工作会议上的讲话", "2024-03-08"),
    ("/zwgk/ldjh/12301.jhtml", "在全市春运工作动员部署会上的讲话", "2024-01-19"),
    ("/zwgk/ldjh/12207.jhtml", "在全市“四好农村路”建设现场推进会上的讲话", "2023-11-24"),
    ("/zwgk/ldjh/12150.jhtml", "在全市交通运输系统主题教育总结会议上的讲话", "2023-10-27"),
    ("/zwgk/ldjh/12033.jhtml", "在全市公路养护管理工作会议上的讲话", "2023-09-15"),
    ("/zwgk/ldjh/11987.jhtml", "在全市交通运输系统防汛工作部署会上的讲话", "2023-06-02"),
    ("/zwgk/ldjh/11902.jhtml", "在清城至河口高速公路建设推进会上的讲话", "2023-04-21"),
]


def url_of(a, page=1):
    return f"/zwgk/ldjh/{a['id']}.jhtml" if page == 1 else f"/zwgk/ldjh/{a['id']}_{page}.jhtml"


def govmeta(a):
    s = a["speech"]
    return f"""<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="{HOST}">
<meta name="SiteIDCode" content="3413000012">
<meta name="ColumnName" content="领导讲话">
<meta name="ColumnType" content="领导讲话">
<meta name="ArticleTitle" content="{s.title}">
<meta name="PubDate" content="{a['release'][:16]}">
<meta name="ContentSource" content="{a['source']}">
<meta name="Keywords" content="{a['keywords']}">
"""


def para_html(p):
    if p[:2] in ("一、", "二、", "三、", "四、", "五、"):
        return f'<p style="text-indent: 2em;"><strong>{p}</strong></p>'
    if p.endswith("：") and len(p) < 12:
        return f'<p>{p}</p>'
    return f'<p style="text-indent: 2em;">{p}</p>'


def content_pager(a, n):
    """JEECMS content pager ([@cms_pagination sysContent='1'/]) for a text cut by [NextPage]."""
    count = a["pages"]
    if count == 1:
        return ""
    name = lambda i: url_of(a, i).rsplit("/", 1)[1]
    out = '<div class="pagebar"><div class="pagination">'
    out += f"共{count}页&nbsp;"
    out += f'<a href="{name(1)}">首页</a>&nbsp;' if n > 1 else '<span class="disabled">首页</span>&nbsp;'
    out += f'<a href="{name(n - 1)}">上一页</a>&nbsp;' if n > 1 else '<span class="disabled">上一页</span>&nbsp;'
    for i in range(1, count + 1):
        out += f'<span class="current">{i}</span>&nbsp;' if i == n else f'<a href="{name(i)}">{i}</a>&nbsp;'
    out += f'<a href="{name(n + 1)}">下一页</a>&nbsp;' if n < count else '<span class="disabled">下一页</span>&nbsp;'
    out += f'<a href="{name(count)}">尾页</a>' if n < count else '<span class="disabled">尾页</span>'
    return out + "</div></div>"


def article_page(a, n, runs, prev, nxt):
    s = a["speech"]
    body = "\n".join(para_html(p) for p in runs[n - 1])
    prev_html = f'<a href="{url_of(prev)}">{prev["speech"].title}</a>' if prev else "没有了"
    next_html = (
        f'<a href="{url_of(nxt)}">{nxt["speech"].title}</a>'
        if nxt
        else '<a href="/zwgk/ldjh/12301.jhtml">在全市春运工作动员部署会上的讲话</a>'
    )
    author = f"　作者：{a['author']}" if a["author"] else ""
    page = HEAD + """<div class="main w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.jhtml">政务公开</a> &gt; <a href="/zwgk/ldjh/index.jhtml">领导讲话</a> &gt; 正文</div>
<div class="article_box">
<div class="xxgk_info">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
<tr><td class="t1">索　引　号：</td><td class="t2">@@INDEX@@</td><td class="t1">信息分类：</td><td class="t2">领导讲话</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">清城市交通运输局</td><td class="t1">生成日期：</td><td class="t2">@@DATE@@</td></tr>
<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">@@TITLE@@</td></tr>
<tr><td class="t1">文　　号：</td><td class="t2"></td><td class="t1">关　键　词：</td><td class="t2">@@KEYWORDS@@</td></tr>
</table>
</div>
<h1 class="art_title">@@TITLE@@</h1>
<div class="msgbar">发布时间：@@RELEASE@@　来源：@@SOURCE@@@@AUTHOR@@　浏览次数：<span id="views"></span>　[字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="content" id="zoom">
@@BODY@@
</div>
@@PAGER@@
<div class="art_tools"><span class="fr"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></span><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
<div class="art_prevnext">
<p>上一篇：@@PREV@@</p>
<p>下一篇：@@NEXT@@</p>
</div>
</div>
</div>
<script type="text/javascript">
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
</script>
""" + FOOT
    return render(
        page,
        TITLE=s.title if n == 1 else s.title,
        KEYWORDS=a["keywords"],
        DESC=s.paras[1][:80],
        GOVMETA=govmeta(a),
        HEADSCRIPT=f"""<script type="text/javascript">
$(function() {{
	Cms.attachment("","{a['id']}","0","attach");
	Cms.viewCount("","{a['id']}");
	Cms.siteFlow("", location.href, document.referrer);
}});
</script>
""",
        INDEX=a["index"],
        DATE=a["release"][:10],
        RELEASE=a["release"],
        SOURCE=a["source"],
        AUTHOR=author,
        BODY=body,
        PAGER=content_pager(a, n),
        PREV=prev_html,
        NEXT=next_html,
    ).replace(f"<title>{s.title}</title>", f"<title>{s.title} - {SITE}</title>")


def list_pager(n, count, total):
    name = lambda i: "index.jhtml" if i == 1 else f"index_{i}.jhtml"
    out = f'<div class="pagination">共&nbsp;{total}&nbsp;条&nbsp;&nbsp;'
    out += f'<a href="{name(1)}">首页</a>&nbsp;'
    out += f'<a href="{name(n - 1)}">上一页</a>&nbsp;' if n > 1 else '<a href="javascript:void(0);" class="disabled">上一页</a>&nbsp;'
    for i in range(1, count + 1):
        out += f'<span class="current">{i}</span>&nbsp;' if i == n else f'<a href="{name(i)}">{i}</a>&nbsp;'
    out += f'<a href="{name(n + 1)}">下一页</a>&nbsp;' if n < count else '<a href="javascript:void(0);" class="disabled">下一页</a>&nbsp;'
    out += f'<a href="{name(count)}">尾页</a>'
    return out + "</div>"


def list_page(n, items, total):
    rows = "\n".join(
        f'<li><span class="date">{d}</span><a href="{u}" target="_blank" title="{t}">{t}</a></li>' for u, t, d in items
    )
    page = HEAD + """<div class="main w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.jhtml">政务公开</a> &gt; <a href="/zwgk/ldjh/index.jhtml">领导讲话</a></div>
@@LEFT@@<div class="right_box">
<div class="right_tit"><span>领导讲话</span></div>
<ul class="news_list">
@@ROWS@@
</ul>
@@PAGER@@
</div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"领导讲话 - {SITE}",
        KEYWORDS="领导讲话",
        DESC="领导讲话",
        GOVMETA=f'<meta name="SiteName" content="{SITE}">\n<meta name="SiteDomain" content="{HOST}">\n<meta name="SiteIDCode" content="3413000012">\n<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="领导讲话">\n',
        HEADSCRIPT='<script type="text/javascript">\n$(function() {\n\tCms.siteFlow("", location.href, document.referrer);\n});\n</script>\n',
        LEFT=LEFT,
        ROWS=rows,
        PAGER=list_pager(n, 2, total),
    )


def home():
    latest = [(url_of(a), a["speech"].title, a["release"][:10]) for a in ARTICLES[:1]] + OTHERS[:5]
    rows = "\n".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for u, t, d in latest)
    page = HEAD + """<div class="main w1100">
<div class="index_focus"><div class="focus_pic"><a href="/jtdt/gzdt/12480.jhtml" target="_blank"><img src="/u/cms/www/202404/15102233abcd.jpg" alt="清城绕城高速东段项目建设按下快进键" /></a><p>清城绕城高速东段项目建设按下快进键</p></div>
<div class="index_news"><div class="tit"><span>工作动态</span><a href="/jtdt/gzdt/index.jhtml" class="more">更多&gt;&gt;</a></div><ul>
<li><a href="/jtdt/gzdt/12480.jhtml" target="_blank">清城绕城高速东段项目建设按下快进键</a><span>04-15</span></li>
<li><a href="/jtdt/gzdt/12466.jhtml" target="_blank">市交通运输局开展“五一”节前安全生产督查</a><span>04-09</span></li>
<li><a href="/jtdt/gzdt/12451.jhtml" target="_blank">我市新开通三条城乡公交线路</a><span>04-02</span></li>
</ul></div></div>
<div class="index_col"><div class="tit"><span>领导讲话</span><a href="/zwgk/ldjh/index.jhtml" class="more">更多&gt;&gt;</a></div><ul>
@@ROWS@@
</ul></div>
<div class="index_col"><div class="tit"><span>通知公告</span><a href="/zwgk/tzgg/index.jhtml" class="more">更多&gt;&gt;</a></div><ul>
<li><a href="/zwgk/tzgg/12470.jhtml" target="_blank">关于国道205线部分路段临时交通管制的通告</a><span>04-10</span></li>
<li><a href="/zwgk/tzgg/12433.jhtml" target="_blank">2024年度道路运输企业质量信誉考核结果公示</a><span>03-28</span></li>
</ul></div>
</div>
""" + FOOT
    return render(
        page,
        TITLE=SITE,
        KEYWORDS="清城市交通运输局,交通运输,道路运输",
        DESC="清城市交通运输局门户网站",
        GOVMETA=f'<meta name="SiteName" content="{SITE}">\n<meta name="SiteDomain" content="{HOST}">\n<meta name="SiteIDCode" content="3413000012">\n',
        HEADSCRIPT='<script type="text/javascript">\n$(function() {\n\tCms.siteFlow("", location.href, document.referrer);\n});\n</script>\n',
        ROWS=rows,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "city department site on JEECMS (.jhtml, content pager _2, list pager, 信息公开 table, Cms.viewCount)",
        content_type="text/html;charset=UTF-8",
    )
    fam.note = (
        "JEECMS pages end in `.jhtml`. The 2024 工作会议 speech is found only on the column's page 2 "
        "(`index_2.jhtml`) and is cut by the editor's [NextPage] into `12345.jhtml` and `12345_2.jhtml` "
        "(one document, two pages). The 信息公开 table (its 名称 row repeats the title), the msgbar, the "
        "pagers, 打印 / 关闭, the share bar and 上一篇 / 下一篇 are furniture. `published_at` is the 发布时间."
    )
    fam.put("/", home())
    fam.put("/index.jhtml", home())
    items = sorted(
        [(url_of(a), a["speech"].title, a["release"][:10]) for a in ARTICLES] + OTHERS,
        key=lambda x: x[2],
        reverse=True,
    )
    total = len(items)
    assert total == 14 and items[7][1] == ARTICLES[1]["speech"].title
    fam.put("/zwgk/ldjh/index.jhtml", list_page(1, items[:7], total))
    fam.put("/zwgk/ldjh/index_2.jhtml", list_page(2, items[7:], total))
    fam.not_documents += ["/", "/zwgk/ldjh/index.jhtml", "/zwgk/ldjh/index_2.jhtml"]
    order = ARTICLES  # newest first: prev = newer one (JEECMS 上一篇 is the one published after)
    for i, a in enumerate(order):
        runs = split_paras(a["speech"].paras, a["pages"])
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        paths = [url_of(a, n) for n in range(1, a["pages"] + 1)]
        for n, path in enumerate(paths, 1):
            fam.put(path, article_page(a, n, runs, prev, nxt))
        fam.not_documents += paths[1:]
        fam.doc(paths, a["speech"], published_at=a["release"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /jeeadmin/\nDisallow: /member/\nDisallow: /search.jspx\n", "ascii")
    fam.noise += [
        "索　引　号：",
        "11341300MB1C23456L",
        "信息分类：",
        "发布机构：",
        "生成日期：",
        "关　键　词：",
        "发布时间：",
        "浏览次数：",
        "[字体：",
        "【打印】",
        "【关闭】",
        "分享到：",
        "上一篇：",
        "下一篇：",
        "共2页",
        "首页",
        "尾页",
        "主办单位：清城市交通运输局",
        "皖ICP备13004567号-1",
        "网站标识码：3413000012",
        "当前位置：",
    ]
    return fam
