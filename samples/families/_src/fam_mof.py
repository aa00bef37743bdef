"""财政部 (mof.gov.cn)-like 部领导讲话 pages on TRS WCM, the 财政新闻 column template:
`/zhengwuxinxi/caizhengxinwen/202405/t20240516_3934562.htm`; XHTML 1.0 doctype, 政府网站 meta tags
(SiteName 中华人民共和国财政部, SiteIDCode bm14000001, ColumnName 财政新闻, ArticleTitle, PubDate,
ContentSource); `quanju` header with 无障碍 / 长者模式 / English, `daohang` nav, `my_position` 当前位置,
`h2.title_con`, `my_doctime` (发布时间 + 来源), 【字体：大 中 小】, the text in `div.my_conboxzw#Zoom >
div.TRS_Editor` (with TRS_Editor's style block), 【打印】【关闭】, 分享到, 扫一扫在手机打开当前页, 相关链接.
One speech is split by TRS's document pagination into `t…_3934562.htm` / `t…_3934562_1.htm`: the pager
is only TRS's `createPageHTML(countPage, currentPage, "t20240516_3934562", "htm")` call (the function
inline in the page, which `document.write`s the links). The column lists `index.htm` / `index_1.htm`
use the same call. Footer: 主办单位, 京ICP备05002860号, 京公网安备, 网站标识码, 党政机关 / 找错 scripts.
Served as `text/html` with no charset (UTF-8 meta)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.caizhengbu-like.test"
COL = "/zhengwuxinxi/caizhengxinwen/"

# speech, yyyymm, doc id, headline, source, time, pages
ARTICLES = [
    (SPEECHES["f39b-1"], "202405", "3934562", "周立明副部长在2024年全国财政国库工作会议上的讲话", "国库司", "16:30", 2),
    (SPEECHES["f39b-2"], "202405", "3928710", "郭建华副部长在深化政府采购制度改革推进会上的讲话", "国库司（政府采购管理办公室）", "10:05", 1),
]

FILLER_1 = [
    ("财政部部长会见世界银行行长一行", "2024-05-15", "t20240515_3934388"),
    ("财政部、税务总局联合召开2024年“大众创业 万众创新”税费优惠政策落实座谈会", "2024-05-14", "t20240514_3934101"),
    ("2024年4月财政收支情况", "2024-05-13", "t20240513_3933920"),
    ("财政部党组理论学习中心组开展集体学习", "2024-05-11", "t20240511_3933716"),
]
FILLER_2 = [
    ("财政部召开2024年第一季度财政收支情况新闻发布会", "2024-05-08", "t20240508_3928455"),
    ("财政部有关负责人就超长期特别国债发行有关问题答记者问", "2024-05-07", "t20240507_3928210"),
    ("第十次中英经济财金对话筹备工作会议召开", "2024-04-29", "t20240429_3927566"),
]

PAGER_FN = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	// 1 输出首页和上一页
	// 1.1 当前页是首页
	if(nCurrIndex == 0){
		document.write("<span class=\\"fy_sy\\">首页</span>&nbsp;<span class=\\"fy_syy\\">上一页</span>&nbsp;");
	}
	// 1.2 当前页是第二页
	else if(nCurrIndex == 1){
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
	}
	else{
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
	}
	// 2 输出中间分页
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\\"fy_current\\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	// 3 输出下一页和尾页
	if(nCurrIndex == (_nPageCount-1)){
		document.write("<span class=\\"fy_xyy\\">下一页</span>&nbsp;<span class=\\"fy_wy\\">尾页</span>");
	}
	else{
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
	}
}
</script>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国财政部" />
<meta name="SiteDomain" content="www.mof.gov.cn" />
<meta name="SiteIDCode" content="bm14000001" />
@@META@@
<link href="/images/mof_2019/css/common.css" rel="stylesheet" type="text/css" />
<link href="/images/mof_2019/css/@@CSS@@.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/mof_2019/js/jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="/images/mof_2019/js/common.js"></script>
@@PAGERFN@@
</head>
<body>
<div class="quanju">
<!--头部开始-->
<div class="top">
  <div class="top_con">
    <div class="top_left"><script type="text/javascript">var today=new Date();var week=["日","一","二","三","四","五","六"];document.write(today.getFullYear()+"年"+(today.getMonth()+1)+"月"+today.getDate()+"日　星期"+week[today.getDay()]);</script></div>
    <div class="top_right"><a href="javascript:void(0);" id="cniil_wza">无障碍</a> | <a href="javascript:void(0);" class="zhzs">长者模式</a> | <a href="http://wap.mof.gov.cn/" target="_blank">手机版</a> | <a href="http://english.mof.gov.cn/" target="_blank">English</a></div>
  </div>
</div>
<div class="head">
  <div class="logo"><a href="/index.htm"><img src="/images/mof_2019/images/logo.png" alt="中华人民共和国财政部" /></a></div>
  <div class="sousuo">
    <form action="http://search.mof.gov.cn/was5/web/search" method="get" name="searchform" target="_blank">
      <input type="hidden" name="channelid" value="277823" />
      <input type="text" name="searchword" class="ss_text" value="" placeholder="请输入关键词" />
      <input type="submit" class="ss_btn" value="" />
    </form>
  </div>
</div>
<div class="daohang">
  <ul>
    <li><a href="/index.htm">首页</a></li>
    <li class="dh_on"><a href="/zhengwuxinxi/">政务信息</a></li>
    <li><a href="/gkml/">政府信息公开</a></li>
    <li><a href="/zhengcefabu/">政策发布</a></li>
    <li><a href="/zhengcejiedu/">政策解读</a></li>
    <li><a href="/gzcy/">公众参与</a></li>
    <li><a href="/zhuantihuigu/">专题回顾</a></li>
    <li><a href="/caizhengshuju/">财政数据</a></li>
  </ul>
</div>
<!--头部结束-->
"""

FOOT = """<!--底部开始-->
<div class="foot">
  <div class="foot_link"><a href="/wzdt/">网站地图</a> | <a href="/lianxiwomen/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/wzsm/">网站声明</a></div>
  <div class="foot_con">
    <div class="foot_dzjg"><span id="_ideConac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40672658/CA330000000406726580001.js' type='text/javascript'%3E%3C/script%3E"));</script></span></div>
    <div class="foot_txt">
      <p>主办单位：中华人民共和国财政部　　地址：北京市西城区三里河南三巷3号　　邮编：100820</p>
      <p>版权所有：中华人民共和国财政部　　<a href="https://beian.miit.gov.cn" target="_blank">京ICP备05002860号</a>　　<img src="/images/mof_2019/images/gaba.png" alt="" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000006" target="_blank">京公网安备 11010202000006号</a></p>
      <p>网站标识码：bm14000001　　技术支持：财政部信息网络中心</p>
    </div>
    <div class="foot_jiucuo"><script id="_jiucuo_" sitecode="bm14000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<!--底部结束-->
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0b0c9e8e1e3f2a0d8e0c1f6a5b3e2d71";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}
</style>"""


def gov_meta(title="", pub="", source=""):
    out = (
        '<meta name="ColumnName" content="财政新闻" />\n<meta name="ColumnDescription" content="财政新闻" />\n'
        '<meta name="ColumnKeywords" content="财政新闻" />\n<meta name="ColumnType" content="财政新闻" />'
    )
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{pub}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
            '<meta name="Author" content="" />\n<meta name="Description" content="" />\n<meta name="Url" content="" />'
        )
    return out


def para(text):
    if text[:2] in {"一、", "二、", "三、", "四、"} or (text[:1] == "第" and text[2:3] == "，" and len(text) < 40):
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{text}</strong></p>'
    if text[:2] in {"一是", "第一", "第二", "第三"}:
        cut = text.find("。") + 1
        return f'<p style="text-indent: 2em; text-align: justify;"><strong>{text[:cut]}</strong>{text[cut:]}</p>'
    return f'<p style="text-indent: 2em; text-align: justify;">{text}</p>'


def base(a):
    return f"t{a[0].date.replace('-', '')}_{a[2]}"


def url_of(a, page=0):
    return f"{COL}{a[1]}/{base(a)}{'_' + str(page) if page else ''}.htm"


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日"


def article(a, page, runs, other):
    speech, _ym, _doc, title, source, hhmm, count = a
    body = "\n".join(para(p) for p in runs[page])
    pager = (
        f'<div class="fenye" id="fenye"><script type="text/javascript">createPageHTML({count}, {page}, "{base(a)}", "htm");</script></div>'
        if count > 1
        else ""
    )
    page_html = HEAD + """<div class="my_position">当前位置：<a href="/index.htm">首页</a>&nbsp;&gt;&nbsp;<a href="/zhengwuxinxi/">政务信息</a>&nbsp;&gt;&nbsp;<a href="/zhengwuxinxi/caizhengxinwen/">财政新闻</a></div>
<div class="my_conbox">
  <div class="my_conboxtitle">
    <h2 class="title_con">@@H@@</h2>
    <div class="my_doctime">
      <span class="sp_time">发布时间：@@CNDATE@@</span><span class="sp_ly">来源：@@SOURCE@@</span>
      <span class="sp_font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
  </div>
  <div class="my_conboxzw" id="Zoom">
<div class="TRS_Editor">@@STYLE@@
@@BODY@@
</div>
  </div>
@@PAGER@@
  <div class="my_conboxbottom">
    <div class="fenxiang">分享到：<a href="javascript:void(0);" class="fx_wx" title="微信"></a><a href="javascript:void(0);" class="fx_wb" title="新浪微博" onclick="shareTo('sina')"></a><a href="javascript:void(0);" class="fx_qq" title="QQ空间" onclick="shareTo('qzone')"></a></div>
    <div class="dayin"><a href="javascript:window.print();">【打印】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭】</a></div>
  </div>
  <div class="my_ewm"><div id="ewm_img"></div><p>扫一扫在手机打开当前页</p></div>
  <div class="xglj">
    <div class="xglj_tit">相关链接</div>
    <ul>
      <li><a href="@@OURL@@" target="_blank" title="@@OH@@">@@OH@@</a><span>@@ODATE@@</span></li>
    </ul>
  </div>
</div>
<script type="text/javascript" src="/images/mof_2019/js/jquery.qrcode.min.js"></script>
<script type="text/javascript">
function doZoom(size){$("#Zoom .TRS_Editor p,#Zoom .TRS_Editor span").css("font-size",size+"px");}
$("#ewm_img").qrcode({render:"canvas",width:90,height:90,text:window.location.href});
function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=="sina"){window.open("http://service.weibo.com/share/share.php?url="+u+"&title="+ti);}else{window.open("https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url="+u+"&title="+ti);}}
</script>
""" + FOOT
    return render(
        page_html,
        TITLE=f"{title}-财政部",
        META=gov_meta(title, f"{speech.date} {hhmm}", source),
        CSS="content",
        PAGERFN=PAGER_FN if count > 1 else "",
        H=title,
        CNDATE=cn_date(speech.date),
        SOURCE=source,
        STYLE=TRS_STYLE,
        BODY=body,
        PAGER=pager,
        OURL="../" + other[1] + "/" + base(other) + ".htm",
        OH=other[3],
        ODATE=other[0].date,
    )


def list_page(n):
    a = ARTICLES[n]
    item = (a[3], a[0].date, f"./{a[1]}/{base(a)}.htm")
    fill = [(t, d, f"./{d[:7].replace('-', '')}/{h}.htm") for t, d, h in (FILLER_1 if n == 0 else FILLER_2)]
    items = [item] + fill if n == 0 else fill[:1] + [item] + fill[1:]
    lis = "\n".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for t, d, h in items
    )
    page = HEAD + """<div class="my_position">当前位置：<a href="/index.htm">首页</a>&nbsp;&gt;&nbsp;<a href="/zhengwuxinxi/">政务信息</a>&nbsp;&gt;&nbsp;<a href="/zhengwuxinxi/caizhengxinwen/">财政新闻</a></div>
<div class="my_listbox">
  <div class="my_leftnav">
    <div class="leftnav_tit">政务信息</div>
    <ul>
      <li class="on"><a href="/zhengwuxinxi/caizhengxinwen/">财政新闻</a></li>
      <li><a href="/zhengwuxinxi/bulinddaohuodong/">部领导活动</a></li>
      <li><a href="/zhengwuxinxi/xinwenfabu/">新闻发布</a></li>
      <li><a href="/zhengwuxinxi/difangcaizhengdongtai/">地方财政动态</a></li>
    </ul>
  </div>
  <div class="my_listright">
    <div class="listright_tit">财政新闻</div>
    <ul class="liBox">
@@LIS@@
    </ul>
    <div class="fenye" id="fenye"><script type="text/javascript">createPageHTML(2, @@N@@, "index", "htm");</script></div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="财政新闻-财政部", META=gov_meta(), CSS="list", PAGERFN=PAGER_FN, LIS=lis, N=n)


def home():
    a, b = ARTICLES
    items = [(a[3], a[0].date, f"{COL}{a[1]}/{base(a)}.htm")] + [
        (t, d, f"{COL}{d[:7].replace('-', '')}/{h}.htm") for t, d, h in FILLER_1[:3]
    ]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for t, d, h in items)
    page = HEAD + """<div class="index_main">
  <div class="tt"><a href="@@URL@@" target="_blank">@@H@@</a></div>
  <div class="index_xw">
    <div class="xw_tit"><span class="on"><a href="/zhengwuxinxi/caizhengxinwen/">财政新闻</a></span><span><a href="/zhengwuxinxi/bulinddaohuodong/">部领导活动</a></span><a href="/zhengwuxinxi/caizhengxinwen/" class="more">更多&gt;&gt;</a></div>
    <ul class="xw_list">
@@LIS@@
    </ul>
  </div>
  <div class="index_sj"><a href="/caizhengshuju/">财政数据</a><a href="/gkml/">政府信息公开</a><a href="/gzcy/">公众参与</a></div>
</div>
""" + FOOT
    return render(page, TITLE="中华人民共和国财政部", META=gov_meta(), CSS="index", PAGERFN="", URL=items[0][2], H=a[3], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "mof.gov.cn-like 财政新闻 pages on TRS WCM: gov meta tags, my_position, h2.title_con, my_doctime, div.my_conboxzw#Zoom > TRS_Editor, createPageHTML pager (t…_1.htm), 分享到, 【打印】【关闭】, 相关链接",
        content_type="text/html",
        site_note="mof.gov.cn-like TRS site: sent as text/html without charset (utf-8 meta); article pages t20240516_3934562.htm and _1.htm through createPageHTML",
    )
    for i, a in enumerate(ARTICLES):
        runs = [a[0].paras] if a[6] == 1 else [list(r) for r in split_paras(a[0].paras, a[6])]
        pages = [url_of(a, p) for p in range(a[6])]
        for p in range(a[6]):
            fam.put(pages[p], article(a, p, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[3], pages_found_by="script pager")
    fam.put("/", home())
    fam.put("/index.htm", home())
    fam.put(COL, list_page(0))
    fam.put(COL + "index.htm", list_page(0))
    fam.put(COL + "index_1.htm", list_page(1))
    fam.not_documents += ["/", "/index.htm", COL, COL + "index.htm", COL + "index_1.htm", url_of(ARTICLES[0], 1)]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置",
        "发布时间：",
        "来源：国库司",
        "【字体：",
        "分享到：",
        "【打印】",
        "【关闭】",
        "扫一扫在手机打开当前页",
        "相关链接",
        "京ICP备05002860号",
        "网站标识码：bm14000001",
        "主办单位：中华人民共和国财政部",
    ]
    fam.note = "the first speech is on two TRS pages (t20240516_3934562.htm, t20240516_3934562_1.htm) linked only by the createPageHTML script pager; the continuation page is not a document of its own"
    return fam
