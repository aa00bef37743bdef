"""中国文明网 (www.wenming.cn)-like 讲话 / 文明评论 pages on TRS WCM: `/ldhd/jh/202405/t20240521_N.shtml`,
XHTML 1.0 Transitional, UTF-8, 政府网站-style meta tags (`SiteName`, `ColumnName`, `ArticleTitle`, `PubDate`,
`ContentSource`); the site's top bar (今天是 date script / 设为首页 / 加入收藏 / 手机版), logo + search, the long
channel nav (首页 / 要闻 / 文明评论 / 文明创建 / 志愿服务 / 道德模范 / 网络文明 / 文明实践 …), `wz` 当前位置 crumb,
`#title_tex` headline, `#time_tex` line (来源：中国文明网　2024-05-21 09:43), 字号 大中小 + 打印 + 关闭, text in
`#tex` > `div.TRS_Editor` (a style block first, `<p>` with `text-indent`), the 推进会 speech cut by TRS's page
breaker over `t…N.shtml` / `t…N_1.shtml`, linked only by the stock `createPageHTML(countPage, currentPage,
"t…", "shtml")` script; `【纠错】 【责任编辑：…】` line, 分享到 bar, 相关新闻, 文明评论 column list, footer
(中央精神文明建设指导委员会办公室主办, 京ICP备, 京公网安备). UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.wenming-like.test"

# speech, column path, column name, yyyymm, dd, docid, hh:mm, source, editor, pages
ARTICLES = [
    (SPEECHES["f45a-1"], "/ldhd/jh/", "领导讲话", "202405", "21", "7012346", "09:43", "中国文明网", "王晓", 2),
    (SPEECHES["f45a-2"], "/ldhd/jh/", "领导讲话", "202403", "28", "6987215", "16:20", "文明城市网", "李倩", 1),
]

FILLER = [
    ("以文明实践凝聚奋进力量", "/pinglun/wmpl/202405/t20240520_7011874.shtml", "2024-05-20"),
    ("让志愿服务成为城市最美风景", "/pinglun/wmpl/202405/t20240517_7009963.shtml", "2024-05-17"),
    ("网络文明建设要久久为功", "/pinglun/wmpl/202405/t20240514_7007128.shtml", "2024-05-14"),
    ("在全国未成年人思想道德建设工作经验交流会上的讲话（摘要）", "/ldhd/jh/202402/t20240226_6963340.shtml", "2024-02-26"),
    ("在精神文明建设工作会议上的讲话（摘要）", "/ldhd/jh/202401/t20240118_6941277.shtml", "2024-01-18"),
]

NAV = [("首页", "/"), ("要闻", "/yw/"), ("文明评论", "/pinglun/"), ("领导活动", "/ldhd/"), ("文明创建", "/wmcj/"),
       ("志愿服务", "/zyfw/"), ("道德模范", "/ddmf/"), ("网络文明", "/wlwm/"), ("文明实践", "/wmsj/"),
       ("未成年人", "/wcnr/"), ("地方文明网", "/dfcz/"), ("专题", "/specials/")]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link href="/images/wm_common.css" rel="stylesheet" type="text/css" />
<link href="/images/wm_@@CSS@@.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="wm_top">
  <div class="w1000">
    <div class="fl">今天是：<script type="text/javascript">var d=new Date();var w=["日","一","二","三","四","五","六"];document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script></div>
    <div class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.wenming.cn/');">设为首页</a> | <a href="javascript:void(0)" onclick="window.external.addFavorite('http://www.wenming.cn/','中国文明网');">加入收藏</a> | <a href="http://m.wenming.cn/" target="_blank">手机版</a> | <a href="/dfcz/" target="_blank">地方文明网</a></div>
  </div>
</div>
<div class="wm_head w1000">
  <div class="logo"><a href="/"><img src="/images/wm_logo.png" width="380" height="80" alt="中国文明网" /></a></div>
  <div class="search"><form name="searchform" action="http://search.wenming.cn/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="205817" /><input type="text" name="searchword" class="s_txt" value="" /><input type="submit" class="s_btn" value="搜索" /></form></div>
</div>
<div class="wm_nav">
  <ul class="w1000">
@@NAV@@
  </ul>
</div>
"""

FOOT = """<div class="wm_foot">
  <div class="w1000">
    <p><a href="/about/gywm/" target="_blank">关于我们</a> | <a href="/about/lxwm/" target="_blank">联系我们</a> | <a href="/about/bqsm/" target="_blank">版权声明</a> | <a href="/about/wzdt/" target="_blank">网站地图</a></p>
    <p>中央精神文明建设指导委员会办公室主办　中国文明网版权所有</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05031322号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502030157" target="_blank">京公网安备 11010502030157号</a>　互联网新闻信息服务许可证：10120170020</p>
  </div>
</div>
<script type="text/javascript" src="/images/wm_stat.js"></script>
</body>
</html>
"""

PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){ return; }
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span>上一页</span>&nbsp;");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\\"on\\">"+(i+1) + "</span>&nbsp;");
		else if(i == 0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex == _nPageCount-1)
		document.write("<span>下一页</span>");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>");
}
</script>"""


def nav(on):
    on_cls = ' class="on"'
    return "\n".join(f'    <li{on_cls if name == on else ""}><a href="{href}">{name}</a></li>' for name, href in NAV)


def stem(a):
    return f"t{a[3]}{a[4]}_{a[5]}"


def url_of(a, page=0):
    return f"{a[1]}{a[3]}/{stem(a)}{'' if page == 0 else '_' + str(page)}.shtml"


def day(a):
    return f"{a[3][:4]}-{a[3][4:]}-{a[4]}"


def article(a, other, page, paras):
    speech, col, colname, ym, dd, docid, hhmm, source, editor, npages = a
    body = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    meta = (f'<meta name="SiteName" content="中国文明网" />\n<meta name="SiteDomain" content="www.wenming.cn" />\n'
            f'<meta name="ColumnName" content="{colname}" />\n<meta name="ColumnType" content="讲话" />\n'
            f'<meta name="ArticleTitle" content="{speech.title}" />\n<meta name="PubDate" content="{day(a)} {hhmm}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n')
    pager = ""
    if npages > 1:
        pager = f"""<div class="page" id="page_tex">
<script type="text/javascript">
var currentPage = {page};//所在页从0开始
var countPage = {npages}//共多少页
createPageHTML(countPage, currentPage, "{stem(a)}", "shtml");
</script>
</div>"""
    page_html = HEAD + """@@PAGERJS@@
<div class="w1000 clearfix">
  <div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/ldhd/">领导活动</a> &gt; <a href="@@COL@@">@@COLNAME@@</a></div>
  <div class="main_left fl">
    <div id="title_tex">@@H@@</div>
    <div id="time_tex">来源：@@SOURCE@@　@@DAY@@ @@HHMM@@　<span class="zh">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>　<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
    <div id="tex">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
@@BODY@@
</div>
    </div>
    @@PAGER@@
    <div class="jc_tex"><a href="http://jiucuo.wenming.cn/" target="_blank">【纠错】</a>　【责任编辑：@@EDITOR@@】</div>
    <div class="share">分享到：<a href="javascript:;" class="share_wx">微信</a><a href="javascript:;" class="share_wb">新浪微博</a><a href="javascript:;" class="share_qq">QQ空间</a></div>
    <div class="xgxw">
      <div class="tit">相关新闻</div>
      <ul>
        <li><a href="@@OURL@@">@@OH@@</a><span>@@ODAY@@</span></li>
        <li><a href="/ldhd/jh/202402/t20240226_6963340.shtml">在全国未成年人思想道德建设工作经验交流会上的讲话（摘要）</a><span>2024-02-26</span></li>
      </ul>
    </div>
  </div>
  <div class="main_right fr">
    <div class="rbox">
      <div class="tit"><a href="/pinglun/wmpl/">文明评论</a></div>
      <ul>
@@PL@@
      </ul>
    </div>
    <div class="rbox ewm"><img src="/images/wm_weixin.jpg" alt="" /><p>中国文明网微信公众号</p></div>
  </div>
</div>
<script type="text/javascript">function doZoom(size){ $("#tex .TRS_Editor p").css("font-size", size + "px"); }</script>
""" + FOOT
    pl = "\n".join(f'        <li><a href="{h}" target="_blank">{t}</a></li>' for t, h, _ in FILLER[:3])
    return render(page_html, TITLE=f"{speech.title}_中国文明网", KW=speech.title, DESC=speech.title, META=meta,
                  CSS="content", NAV=nav("领导活动"), PAGERJS=PAGER_JS if npages > 1 else "", COL=col, COLNAME=colname,
                  H=speech.title, SOURCE=source, DAY=day(a), HHMM=hhmm, BODY=body, PAGER=pager, EDITOR=editor,
                  OURL=url_of(other), OH=other[0].title, ODAY=day(other), PL=pl)


def list_page(n):
    if n == 0:
        items = [(ARTICLES[0][0].title, url_of(ARTICLES[0]), day(ARTICLES[0])),
                 ("在全国文明城市创建工作推进会上的讲话（摘要）", "/ldhd/jh/202405/t20240509_7003381.shtml", "2024-05-09"),
                 ("在学雷锋志愿服务座谈会上的讲话（摘要）", "/ldhd/jh/202403/t20240305_6972046.shtml", "2024-03-05")]
        pg = '<div class="page"><span>上一页</span>&nbsp;<span class="on">1</span>&nbsp;<a href="index_1.shtml">2</a>&nbsp;<a href="index_1.shtml">下一页</a></div>'
    else:
        items = [(ARTICLES[1][0].title, url_of(ARTICLES[1]), day(ARTICLES[1])), FILLER[3], FILLER[4]]
        pg = '<div class="page"><a href="index.shtml">上一页</a>&nbsp;<a href="index.shtml">1</a>&nbsp;<span class="on">2</span>&nbsp;<span>下一页</span></div>'
    lis = "\n".join(f'      <li><span>{d}</span><a href="{h}" target="_blank">{t}</a></li>' for t, h, d in items)
    page = HEAD + """<div class="w1000 clearfix">
  <div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/ldhd/">领导活动</a> &gt; 领导讲话</div>
  <div class="main_left fl">
    <ul class="list_tex">
@@LIS@@
    </ul>
    @@PG@@
  </div>
</div>
""" + FOOT
    return render(page, TITLE="领导讲话_中国文明网", KW="领导讲话", DESC="中国文明网领导讲话", META="", CSS="list",
                  NAV=nav("领导活动"), LIS=lis, PG=pg)


def home():
    a = ARTICLES[0]
    pl = "\n".join(f'      <li><a href="{h}" target="_blank">{t}</a></li>' for t, h, _ in FILLER[:3])
    page = HEAD + """<div class="w1000 clearfix">
  <div class="toutiao"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="ibox fl">
    <div class="tit"><a href="/ldhd/jh/">领导讲话</a><a class="more" href="/ldhd/jh/">更多&gt;&gt;</a></div>
    <ul><li><a href="@@URL@@" target="_blank">@@H@@</a></li></ul>
  </div>
  <div class="ibox fr">
    <div class="tit"><a href="/pinglun/wmpl/">文明评论</a></div>
    <ul>
@@PL@@
    </ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中国文明网", KW="中国文明网,精神文明建设,文明评论", DESC="中国文明网是中央精神文明建设指导委员会办公室主办的网站",
                  META="", CSS="index", NAV=nav("首页"), URL=url_of(a), H=a[0].title, PL=pl)


def build() -> Family:
    fam = Family(
        HOST,
        "www.wenming.cn-like 中国文明网 讲话 pages on TRS WCM: /ldhd/jh/YYYYMM/tYYYYMMDD_N.shtml, SiteName/ColumnName/ArticleTitle/PubDate meta, wz 当前位置, #title_tex, #time_tex (来源 + date, 字号/打印/关闭), #tex > div.TRS_Editor with style block, a 2-page speech continued on t…_1.shtml through createPageHTML (script pager only), 【纠错】【责任编辑：…】, 分享到, 相关新闻, 文明评论 side list; list index.shtml → index_1.shtml",
    )
    for i, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[9]) if a[9] > 1 else [a[0].paras]
        pages = [url_of(a, p) for p in range(a[9])]
        for p, run in enumerate(runs):
            fam.put(pages[p], article(a, ARTICLES[1 - i], p, run))
        fam.doc(pages, a[0], published_at=day(a), pages_found_by="script pager")
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/ldhd/jh/index.shtml", list_page(0))
    fam.put("/ldhd/jh/index_1.shtml", list_page(1))
    fam.put("/ldhd/jh/", list_page(0))
    fam.not_documents += ["/", "/ldhd/jh/", "/ldhd/jh/index.shtml", "/ldhd/jh/index_1.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "来源：中国文明网",
        "【字号：",
        "【纠错】",
        "【责任编辑：王晓】",
        "【责任编辑：李倩】",
        "分享到：",
        "相关新闻",
        "以文明实践凝聚奋进力量",
        "中央精神文明建设指导委员会办公室主办",
        "京ICP备05031322号-1",
    ]
    return fam
