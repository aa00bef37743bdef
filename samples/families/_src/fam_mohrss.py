"""人力资源和社会保障部 (mohrss.gov.cn)-like pages on TRS WCM, the 2016 template: 部内要闻 at
`/SYrlzyhshbzb/dongtaixinwen/buneiyaowen/202403/t20240327_517436.html` (a long speech cut by the WCM page
breaker into `t…_517436.html` / `t…_517436_1.html`, its pager written by TRS's inline `createPageHTML`
script only); 政府网站 meta tags (SiteName, SiteDomain, SiteIDCode, ColumnName, ArticleTitle, PubDate,
ContentSource); top bar (今天是 script / 无障碍 / 繁體 / English / 手机版 / 微博 / 微信), logo 1_20160310 +
search, nav (首页 / 机构设置 / 政务公开 / 新闻中心 / 办事服务 / 互动交流 / 专题专栏), 当前位置 line in
`div.insMainTopTit`, the title in `div.insMainConTitle_b`, `div.insMainConTitle_c` (发布日期 / 来源 /
【字体：大 中 小】), the text in `div.insMainConTxt > div.TRS_Editor` (TRS_Editor style block, `<p
align="justify">` paragraphs, 一、 heading paragraphs bold), `div.insMainConFx` 分享到 / 【打印】【关闭】, 相关
链接; the column list `index.html` → `index_1.html` (`div.serviceMainListTabCon` rows of
`div.serviceMainListConType` with `span.organMenuTxtLink` dates, pager by `createPageHTML(2, 0, "index",
"html")`); footer 主办 / 承办 / 版权所有, 京ICP备05047530号, 京公网安备, 网站标识码 bm08000001, 党政机关 mark,
找错. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.renshebu-like.test"
COL = "/SYrlzyhshbzb/dongtaixinwen/buneiyaowen/"

# speech, yyyymm, tname, headline, 来源, pages
ARTICLES = [
    (SPEECHES["f45c-5"], "202403", "t20240327_517436", "张志明副部长在全国人力资源社会保障系统职业技能培训工作会议上的讲话", "职业能力建设司", 2),
    (SPEECHES["f45c-6"], "202408", "t20240821_524918", "刘建华副部长在2024年全国人力资源市场高质量发展推进会上的讲话", "人力资源流动管理司", 1),
]

FILLER = [
    ("人社部召开2024年第三季度新闻发布会", "2024-08-23", "202408", "t20240823_525130"),
    ("人力资源社会保障部 财政部关于调整2024年退休人员基本养老金的通知", "2024-08-20", "202408", "t20240820_524857"),
    ("第二届全国技能大赛筹备工作推进会在天津召开", "2024-08-16", "202408", "t20240816_524511"),
    ("人社部部署开展清理整顿人力资源市场秩序专项行动", "2024-08-12", "202408", "t20240812_524203"),
    ("2024年全国高校毕业生就业“百日千万招聘专项行动”启动", "2024-05-20", "202405", "t20240520_519742"),
    ("人社部召开2024年第一季度新闻发布会", "2024-04-25", "202404", "t20240425_518301"),
    ("全国人社系统行风建设工作会议召开", "2024-04-02", "202404", "t20240402_517690"),
    ("2024年全国人力资源和社会保障工作会议在京召开", "2024-01-12", "202401", "t20240112_512345"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="中华人民共和国人力资源和社会保障部" />
<meta name="SiteDomain" content="www.mohrss.gov.cn" />
<meta name="SiteIDCode" content="bm08000001" />
<meta name="ColumnName" content="部内要闻" />
<meta name="ColumnType" content="部内要闻" />
@@META@@
<title>@@TITLE@@</title>
<link href="/images/rsb_common_2016.css" rel="stylesheet" type="text/css" />
<link href="/images/rsb_@@CSS@@_2016.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/images/rsb_common.js"></script>
</head>
<body>
<div class="topBg">
  <div class="topBox">
    <div class="topDate">今天是：<script type="text/javascript">var today=new Date();var week=["日","一","二","三","四","五","六"];document.write(today.getFullYear()+"年"+(today.getMonth()+1)+"月"+today.getDate()+"日 星期"+week[today.getDay()]);</script></div>
    <div class="topLink"><a href="javascript:void(0);" id="cniil_wza">无障碍</a>|<a href="javascript:void(0);" id="StranLink">繁體</a>|<a href="http://www.mohrss.gov.cn/English/" target="_blank">English</a>|<a href="http://www.mohrss.gov.cn/wap/" target="_blank">手机版</a>|<a href="https://weibo.com/u/3977574127" target="_blank">微博</a>|<a href="javascript:void(0);" class="topWx">微信<span class="topWxImg"><img src="/images/rsb_wx_2016.jpg" alt="" /></span></a></div>
  </div>
</div>
<div class="headBox">
  <div class="logo"><a href="/"><img src="/images/logo1_20160310.png" alt="中华人民共和国人力资源和社会保障部" /></a></div>
  <div class="headSearch">
    <form name="searchform" action="http://www.mohrss.gov.cn/was5/web/search" method="get" target="_blank" onsubmit="return checkSearch();">
      <input type="hidden" name="channelid" value="235553" />
      <input type="text" name="searchword" id="searchword" class="headSearchTxt" value="请输入关键词" onfocus="if(this.value=='请输入关键词'){this.value='';}" onblur="if(this.value==''){this.value='请输入关键词';}" />
      <input type="submit" class="headSearchBtn" value="" />
    </form>
    <div class="headHot">热词：<a href="#">养老保险</a><a href="#">就业创业</a><a href="#">职业技能等级认定</a><a href="#">工伤保险</a></div>
  </div>
</div>
<div class="navBg">
  <ul class="nav">
    <li><a href="/">首页</a></li>
    <li><a href="/SYrlzyhshbzb/jigoushezhi/">机构设置</a></li>
    <li><a href="/SYrlzyhshbzb/zwgk/">政务公开</a></li>
    <li class="navOn"><a href="/SYrlzyhshbzb/dongtaixinwen/">新闻中心</a></li>
    <li><a href="/SYrlzyhshbzb/fwyd/">办事服务</a></li>
    <li><a href="/SYrlzyhshbzb/hudongjiaoliu/">互动交流</a></li>
    <li><a href="/SYrlzyhshbzb/ztzl/">专题专栏</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footBg">
  <div class="footLink"><a href="/SYrlzyhshbzb/wzdt/">网站地图</a>|<a href="/SYrlzyhshbzb/lxwm/">联系我们</a>|<a href="/SYrlzyhshbzb/wzsm/">网站声明</a>|<a href="/SYrlzyhshbzb/yqlj/">友情链接</a></div>
  <div class="footBox">
    <div class="footDzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="footTxt">
      <p>主办：中华人民共和国人力资源和社会保障部&nbsp;&nbsp;&nbsp;承办：人力资源和社会保障部信息中心</p>
      <p>版权所有：中华人民共和国人力资源和社会保障部&nbsp;&nbsp;地址：北京市东城区和平里中街12号&nbsp;&nbsp;邮编：100716</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05047530号</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102001234" target="_blank"><img src="/images/rsb_ga.png" alt="" />京公网安备11010102001234号</a>&nbsp;&nbsp;网站标识码：bm08000001</p>
    </div>
    <div class="footZc"><script id="_jiucuo_" sitecode="bm08000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4f8cf4fb0e0ad8f8c0e7d8fbc1d2e3a4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

PAGER_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span class=\\"fy_dq\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+(nCurrIndex==1?_sPageName:_sPageName+"_"+(nCurrIndex-1))+"."+_sPageExt+"\\">上一页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"fy_dq\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
}"""

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>"""


def para_html(p: str) -> str:
    if len(p) < 40 and p[:2] in ("一、", "二、", "三、", "四、", "五、"):
        return f'<p align="justify" style="text-indent: 2em;"><strong>{p}</strong></p>'
    return f'<p align="justify" style="text-indent: 2em;">{p}</p>'


def date_of(a) -> str:
    return a[0].date


def article(a, page: int, runs: list[list[str]], other) -> str:
    speech, ym, tname, headline, source, count = a
    meta = (
        f'<meta name="ArticleTitle" content="{headline}" />\n'
        f'<meta name="PubDate" content="{speech.date} 09:30" />\n'
        f'<meta name="ContentSource" content="{source}" />\n'
        f'<meta name="Keywords" content="" />\n<meta name="Description" content="" />'
    )
    body = "\n".join(para_html(p) for p in runs[page])
    pager = ""
    if count > 1:
        pager = (
            '<div class="insMainConFy" id="page_div">\n'
            f'<script type="text/javascript">\n{PAGER_JS}\ncreatePageHTML({count}, {page}, "{tname}", "html");\n</script>\n</div>\n'
        )
    o = other
    related = (
        f'<li><a href="../{o[1]}/{o[2]}.html" target="_blank">{o[3]}</a></li>\n'
        f'<li><a href="../{FILLER[0][2]}/{FILLER[0][3]}.html" target="_blank">{FILLER[0][0]}</a></li>'
    )
    return render(
        HEAD, META=meta, TITLE=f"{headline}_中华人民共和国人力资源和社会保障部", CSS="article"
    ) + render(
        """<div class="insMain">
  <div class="insMainTopTit">当前位置：<a href="../../../../" target="_top" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" target="_top" title="新闻中心" class="CurrChnlCls">新闻中心</a>&nbsp;&gt;&nbsp;<a href="../" target="_top" title="部内要闻" class="CurrChnlCls">部内要闻</a></div>
  <div class="insMainCon">
    <div class="insMainConTitle_b">@@HEADLINE@@</div>
    <div class="insMainConTitle_c">
      <span class="insMainConTitle_c_l">发布日期：@@DATE@@</span>
      <span class="insMainConTitle_c_m">来源：@@SOURCE@@</span>
      <span class="insMainConTitle_c_r">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="insMainConTxt" id="zoom">
<div class="TRS_Editor">@@STYLE@@
@@BODY@@
</div>
    </div>
@@PAGER@@    <div class="insMainConFx">
      <div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <div class="fr"><a href="javascript:window.print();">【打印】</a>&nbsp;<a href="javascript:window.close();">【关闭】</a></div>
    </div>
    <div class="insMainConXg">
      <div class="insMainConXgTit">相关链接</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
""",
        HEADLINE=headline, DATE=speech.date, SOURCE=source, STYLE=TRS_STYLE, BODY=body, PAGER=pager, RELATED=related,
    ) + FOOT


def rows() -> list[tuple[str, str, str]]:
    items = [(a[3], a[0].date, f"./{a[1]}/{a[2]}.html") for a in ARTICLES]
    items += [(t, d, f"./{ym}/{tn}.html") for t, d, ym, tn in FILLER]
    items.sort(key=lambda x: x[1], reverse=True)
    return items


def list_page(n: int, count: int) -> str:
    items = rows()
    per = (len(items) + 1) // 2
    chunk = items[n * per:(n + 1) * per]
    lis = "\n".join(
        f'<div class="serviceMainListConType"><div class="serviceMainListTxt"><span class="serviceMainListTxtLink"><a href="{h}" target="_blank" title="{t}">{t}</a></span><span class="organMenuTxtLink">{d}</span></div></div>'
        for t, d, h in chunk
    )
    return render(HEAD, META="", TITLE="部内要闻_中华人民共和国人力资源和社会保障部", CSS="list") + render(
        """<div class="insMain">
  <div class="insMainTopTit">当前位置：<a href="../../../" target="_top" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" target="_top" title="新闻中心" class="CurrChnlCls">新闻中心</a>&nbsp;&gt;&nbsp;<a href="./" target="_top" title="部内要闻" class="CurrChnlCls">部内要闻</a></div>
  <div class="serviceMainList">
    <div class="serviceMainListLeft">
      <div class="serviceMainListMenu">
        <div class="serviceMainListMenuTit">新闻中心</div>
        <ul><li class="on"><a href="./">部内要闻</a></li><li><a href="../rsxw/">人社新闻</a></li><li><a href="../dfdt/">地方动态</a></li><li><a href="../mtgz/">媒体关注</a></li><li><a href="../xwfb/">新闻发布</a></li></ul>
      </div>
    </div>
    <div class="serviceMainListRight">
      <div class="serviceMainListTit">部内要闻</div>
      <div class="serviceMainListTabCon">
@@LIS@@
      </div>
      <div class="serviceMainListFy" id="page_div">
<script type="text/javascript">
@@JS@@
createPageHTML(@@COUNT@@, @@N@@, "index", "html");
</script>
      </div>
    </div>
  </div>
</div>
""",
        LIS=lis, JS=PAGER_JS, COUNT=count, N=n,
    ) + FOOT


def home() -> str:
    items = rows()[:7]
    lis = "\n".join(
        f'<li><a href="./SYrlzyhshbzb/dongtaixinwen/buneiyaowen/{h[2:]}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>'
        for t, d, h in items
    )
    return render(HEAD, META="", TITLE="中华人民共和国人力资源和社会保障部", CSS="index") + render(
        """<div class="indexMain">
  <div class="indexBanner"><a href="/SYrlzyhshbzb/ztzl/"><img src="/images/rsb_banner_2024.jpg" alt="专题专栏" /></a></div>
  <div class="indexNews">
    <div class="indexNewsTit"><span class="on">部内要闻</span><span>人社新闻</span><span>地方动态</span><a href="./SYrlzyhshbzb/dongtaixinwen/buneiyaowen/" class="more" target="_blank">更多&gt;&gt;</a></div>
    <ul class="indexNewsList">
@@LIS@@
    </ul>
  </div>
  <div class="indexService">
    <div class="indexServiceTit">办事服务</div>
    <ul><li><a href="/SYrlzyhshbzb/fwyd/">服务大厅</a></li><li><a href="http://si.12333.gov.cn/" target="_blank">国家社会保险公共服务平台</a></li><li><a href="http://job.mohrss.gov.cn/" target="_blank">中国公共招聘网</a></li><li><a href="/SYrlzyhshbzb/hudongjiaoliu/">部长信箱</a></li></ul>
  </div>
</div>
""",
        LIS=lis,
    ) + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "mohrss.gov.cn-like TRS WCM 2016 template: insMainConTitle_b / insMainConTitle_c (发布日期 / 来源 / 【字体】), insMainConTxt > TRS_Editor, a speech cut into t…_N.html / t…_N_1.html with TRS's createPageHTML script pager, 分享到 / 【打印】【关闭】, 相关链接; list index.html / index_1.html (serviceMainListTabCon, organMenuTxtLink dates)",
    )
    for i, a in enumerate(ARTICLES):
        speech, ym, tname, headline, source, count = a
        runs = split_paras(speech.paras, count)
        pages = []
        for page in range(count):
            name = tname if page == 0 else f"{tname}_{page}"
            path = f"{COL}{ym}/{name}.html"
            fam.put(path, article(a, page, runs, ARTICLES[1 - i]))
            pages.append(path)
        if count > 1:
            fam.doc(pages, speech, title=headline, pages_found_by="script pager")
            fam.not_documents += pages[1:]
        else:
            fam.doc(pages, speech, title=headline)
    fam.put("/", home())
    fam.put("/index.html", home())
    fam.put(COL, list_page(0, 2))
    fam.put(f"{COL}index_1.html", list_page(1, 2))
    fam.not_documents += ["/", "/index.html", COL, f"{COL}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.noise += ["当前位置：", "发布日期：", "来源：", "【字体：", "分享到：", "【打印】", "【关闭】", "相关链接", "京ICP备05047530号", "网站标识码：bm08000001"]
    return fam
