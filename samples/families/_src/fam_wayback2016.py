"""Wayback Machine replay (web.archive.org) as it printed pages in 2016–2017 (the `__wbhack` /
`wm-ipp` toolbar era, before the 2018 `wm-ipp-base` redesign), of a 2016 city government site on TRS WCM.

Home is the replay of the archived home page `/web/20161014083512/http://www.xiyang.gov.cn/`; each
page opens with Archive.org's `analytics.js` + `archive_analytics` pageview, `/static/js/wbhack.js`
with `__wbhack.init('https://web.archive.org/web')`, banner-styles / iconochive CSS and
`<!-- End Wayback Rewrite JS Include -->`; the toolbar between `<!-- BEGIN WAYBACK TOOLBAR INSERT -->`
and `<!-- END WAYBACK TOOLBAR INSERT -->` (timestamp.js / graph-calc.js / toolbar.js, `div#wm-ipp`
hidden until JS shows it, `#wm-logo`, `form#wmtb` URL box, the SEP/OCT/NOV · day · year navigator in
`td.n`, `N captures` with its span, sparkline canvas, `#wm-capinfo` COLLECTED BY Alexa Crawls, the
`__wm.bt(...)` call); after `</html>` the FILE ARCHIVED ON … comment and playback timings.  Every
link rewritten to `/web/<ts>/http://…` (`im_`, `cs_`, `js_` for assets).  The archived site: TRS
WCM 2016 template, 当前位置 crumb, `h1` + `h3` speaker line, 发布时间 / 来源 / 【字体：大 中 小】,
`div.TRS_Editor` with its own `<style>` and `<P style="TEXT-INDENT: 2em">` paragraphs, 【打印本页】
【关闭窗口】, 相关链接, 网站标识码 footer.  Column `/zwgk/ldjh/` and its page 2 `index_1.htm`
(TRS `createPageHTML` plus the pager links Wayback captured)."""

from common import SPEECHES, Family

HOST = "web.archive-wbhack-like.test"
TS = "20161014083512"
ORIG = "http://www.xiyang.gov.cn"
W = f"/web/{TS}/{ORIG}"

S1, S2 = SPEECHES["f51d-1"], SPEECHES["f51d-2"]
A1 = "/zwgk/ldjh/201603/t20160322_412345.htm"
A2 = "/zwgk/ldjh/201609/t20160908_438210.htm"
LIST = "/zwgk/ldjh/"
LIST2 = "/zwgk/ldjh/index_1.htm"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app15.us.archive.org';v.server_ms=@@MS@@;archive_analytics.send_pageview({});});</script><script type="text/javascript" src="/static/js/wbhack.js?v=1.4.2" charset="utf-8"></script>

<script type="text/javascript">
__wbhack.init('https://web.archive.org/web');
</script>
<link rel="stylesheet" type="text/css" href="/static/css/banner-styles.css?v=1.4.2" />
<link rel="stylesheet" type="text/css" href="/static/css/iconochive.css?v=1.4.2" />

<!-- End Wayback Rewrite JS Include -->

<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="西阳市人民政府" />
<meta name="SiteDomain" content="www.xiyang.gov.cn" />
<meta name="SiteIDCode" content="4113000012" />
<meta name="ColumnName" content="@@COL@@" />
@@ARTMETA@@<link href="/web/@@TS@@cs_/http://www.xiyang.gov.cn/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/web/@@TS@@js_/http://www.xiyang.gov.cn/images/jquery-1.8.3.min.js"></script>
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script type="text/javascript" src="/static/js/timestamp.js?v=1.4.2" charset="utf-8"></script>
<script type="text/javascript" src="/static/js/graph-calc.js?v=1.4.2" charset="utf-8"></script>
<script type="text/javascript" src="/static/jflot/jquery.min.js?v=1.4.2" charset="utf-8"></script>
<script type="text/javascript" src="/static/js/auto-complete.js?v=1.4.2" charset="utf-8"></script>
<script type="text/javascript" src="/static/js/toolbar.js?v=1.4.2" charset="utf-8"></script>
<style type="text/css">
body {
  margin-top:0 !important;
  padding-top:0 !important;
  /*min-width:800px !important;*/
}
.wb-autocomplete-suggestions {
    text-align: left; cursor: default; border: 1px solid #ccc; border-top: 0; background: #fff; box-shadow: -1px 1px 3px rgba(0,0,0,.1);
    position: absolute; display: none; z-index: 2147483647; max-height: 254px; overflow: hidden; overflow-y: auto; box-sizing: border-box;
}
.wb-autocomplete-suggestion { position: relative; padding: 0 .6em; line-height: 23px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 1.02em; color: #333; }
.wb-autocomplete-suggestion b { font-weight: bold; }
.wb-autocomplete-suggestion.selected { background: #f0f0f0; }
</style>
<div id="wm-ipp" lang="en" style="display:none;direction:ltr;">
<div style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div style="position:relative;">
    <div id="wm-logo" style="float:left;width:130px;padding-top:10px;">
      <a href="/web/" title="Wayback Machine home page"><img src="/static/images/toolbar/wayback-toolbar-logo.png" alt="Wayback Machine" width="110" height="39" border="0" /></a>
    </div>
    <div class="r" style="float:right;">
      <div id="wm-btns" style="text-align:right;height:25px;">
          <div id="wm-save-snapshot-success">success</div>
          <div id="wm-save-snapshot-fail">fail</div>
          <a href="#" onclick="__wm.saveSnapshot('@@ORIGURL@@', '@@TS@@')" title="Share via My Web Archive" id="wm-save-snapshot-open">
            <span class="iconochive-web"></span>
          </a>
          <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in">
            <span class="iconochive-person"></span>
          </a>
          <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>
        <a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>
        <a id="wm-tb-close" href="#close" onclick="__wm.h(event);return false;" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>
      </div>
      <div id="wm-share" style="text-align:right;">
        <a href="#" id="wm-expand" class="wm-btn wm-closed" style="width:75px;" onclick="__wm.ex(event);return false;"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span style="font-size:80%">About this capture</span></a>
      </div>
    </div>
    <table class="c" style="">
      <tbody>
        <tr>
          <td class="u" colspan="2">
            <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="@@ORIGURL@@" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="@@TS@@" /><input type="submit" value="Go" /></form>
          </td>
          <td class="n" rowspan="2" style="width:110px;">
            <table>
              <tbody>
                <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
                <tr class="m">
                  <td class="b" nowrap="nowrap"><a href="/web/20160921151140/@@ORIGURL@@" title="21 Sep 2016"><strong>SEP</strong></a></td>
                  <td class="c" id="displayMonthEl" title="You are here: 08:35:12 Oct 14, 2016">OCT</td>
                  <td class="f" nowrap="nowrap"><a href="/web/20161107022910/@@ORIGURL@@" title="07 Nov 2016"><strong>NOV</strong></a></td>
                </tr>
                <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
                <tr class="d">
                  <td class="b" nowrap="nowrap"><a href="/web/20160921151140/@@ORIGURL@@" title="15:11:40 Sep 21, 2016"><img src="/static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td>
                  <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 08:35:12 Oct 14, 2016">14</td>
                  <td class="f" nowrap="nowrap"><a href="/web/20161107022910/@@ORIGURL@@" title="2:29:10 Nov 7, 2016"><img src="/static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td>
                </tr>
                <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
                <tr class="y">
                  <td class="b" nowrap="nowrap"><a href="/web/20150923114512/@@ORIGURL@@" title="23 Sep 2015"><strong>2015</strong></a></td>
                  <td class="c" id="displayYearEl" title="You are here: 08:35:12 Oct 14, 2016">2016</td>
                  <td class="f" nowrap="nowrap"><a href="/web/20170214030158/@@ORIGURL@@" title="14 Feb 2017"><strong>2017</strong></a></td>
                </tr>
              </tbody>
            </table>
          </td>
        </tr>
        <tr>
          <td class="s">
            <div id="wm-nav-captures">
              <a class="t" href="/web/@@TS@@*/@@ORIGURL@@" title="See a list of every capture for this URL">@@CAPS@@ captures</a>
              <div class="r" title="Timespan for captures of this URL">@@SPAN@@</div>
            </div>
          </td>
          <td class="k">
            <a href="" id="wm-graph-anchor">
              <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
                <canvas id="wm-sparkline-canvas" width="625" height="27" border="0"></canvas>
              </div>
            </a>
          </td>
        </tr>
      </tbody>
    </table>
  </div>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">
  <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
  <div style="padding:3px;position:relative" id="wm-collected-by-content">
    <div style="display:inline-block;vertical-align:top;width:50%;">
      <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>
      Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a>
      <div style="max-height:75px;overflow:hidden;position:relative;">
        Starting in 1996, <a href="http://www.alexa.com/">Alexa Internet</a> has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href="http://web.archive.org/">Wayback Machine</a> after an embargo period.
      </div>
    </div>
    <div style="display:inline-block;vertical-align:top;width:49%;">
      <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls)"></span>
      <div>Collection: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa crawls</span></a></div>
      <div style="max-height:75px;overflow:hidden;position:relative;">
        Starting in 1996, <a href="http://www.alexa.com/">Alexa Internet</a> has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href="http://web.archive.org/">Wayback Machine</a> after an embargo period.
      </div>
    </div>
  </div>
  <div id="wm-capinfo-timestamps">
    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
    <div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div><div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="/static/images/loading.gif" alt="loading" /></div></div>
  </div>
</div></div></div></div>
<script type="text/javascript">
__wm.bt(625,27,25,2,"web.archive.org","@@TS@@","@@ORIGURL@@","","",[]);
</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div class="top_bar"><div class="w1000"><span class="fl">今天是：<script type="text/javascript">showDate();</script></span><span class="fr"><a href="/web/@@TS@@/http://www.xiyang.gov.cn/" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.xiyang.gov.cn');return false;">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.xiyang.gov.cn','西阳市人民政府');">加入收藏</a> | <a href="/web/@@TS@@/http://wap.xiyang.gov.cn/">手机版</a></span></div></div>
<div class="header"><div class="w1000"><a href="/web/@@TS@@/http://www.xiyang.gov.cn/"><img src="/web/@@TS@@im_/http://www.xiyang.gov.cn/images/logo.png" alt="西阳市人民政府" width="520" height="90" /></a>
<div class="search"><form action="/web/@@TS@@/http://search.xiyang.gov.cn/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" class="s_txt" value="请输入关键字" /><input type="submit" class="s_btn" value="" /></form></div></div></div>
<div class="nav"><div class="w1000"><ul>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/">首页</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/zjxy/">走进西阳</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/zwgk/">政务公开</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/zwfw/">政务服务</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/gzcy/">公众参与</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/zwgk/ldjh/">领导讲话</a></li>
<li><a href="/web/@@TS@@/http://www.xiyang.gov.cn/zsyz/">招商引资</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer"><div class="w1000">
<p><a href="/web/@@TS@@/http://www.xiyang.gov.cn/wzdt/">网站地图</a> | <a href="/web/@@TS@@/http://www.xiyang.gov.cn/lxwm/">联系我们</a> | <a href="/web/@@TS@@/http://www.xiyang.gov.cn/sybz/">使用帮助</a></p>
<p>主办：西阳市人民政府办公室　承办：西阳市电子政务中心　地址：西阳市人民路1号　邮编：464000</p>
<p>网站标识码：4113000012　<a href="/web/@@TS@@/http://www.miitbeian.gov.cn/">豫ICP备05008812号</a>　建议使用1024×768分辨率浏览</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/17/000/0000/40581234/CA170000000405812340001.js' type='text/javascript'%3E%3C/script%3E"));</script></p>
</div></div>
<script type="text/javascript" src="/web/@@TS@@js_/http://www.xiyang.gov.cn/images/tongji.js"></script>
</body>
</html>
<!--
     FILE ARCHIVED ON 08:35:12 Oct 14, 2016 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 07:41:09 Nov 14, 2017.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  LoadShardBlock: 112.412 (3)
  esindex: 0.01 (3)
  CDXLines.iter: 14.628 (3)
  PetaboxLoader3.datanode: 98.206 (4)
  exclusion.robots: 0.214
  exclusion.robots.policy: 0.198
  RedisCDXSource: 3.301
  PetaboxLoader3.resolve: 61.27
  load_resource: 143.55
-->
"""


def page(path, title, col, body, caps, span, ms, artmeta=""):
    head = HEAD.replace("@@ARTMETA@@", artmeta)
    out = head + body + FOOT
    return out.replace("@@TS@@", TS).replace("@@ORIGURL@@", ORIG + path).replace(
        "@@TITLE@@", title).replace("@@COL@@", col).replace("@@CAPS@@", str(caps)).replace(
        "@@SPAN@@", span).replace("@@MS@@", str(ms))


def w(path):
    return f"/web/{TS}/{ORIG}{path}"


ITEMS = [
    (A2, "市长在全市重点项目集中签约仪式上的致辞", "2016-09-08"),
    ("/zwgk/ldjh/201608/t20160819_435502.htm", "常务副市长在全市安全生产工作会议上的讲话", "2016-08-19"),
    ("/zwgk/ldjh/201606/t20160614_428871.htm", "在全市脱贫攻坚推进会上的讲话", "2016-06-14"),
    (A1, "在全市大气污染防治攻坚推进会上的讲话", "2016-03-22"),
    ("/zwgk/ldjh/201602/t20160226_409910.htm", "在全市经济工作会议上的讲话", "2016-02-26"),
]
ITEMS2 = [
    ("/zwgk/ldjh/201512/t20151218_398117.htm", "在全市“十三五”规划编制工作座谈会上的讲话", "2015-12-18"),
    ("/zwgk/ldjh/201511/t20151106_392406.htm", "在全市秋冬季农业生产工作会议上的讲话", "2015-11-06"),
    ("/zwgk/ldjh/201510/t20151012_388230.htm", "在全市国庆假期旅游工作总结会上的讲话", "2015-10-12"),
]


def listing(items, n):
    rows = "\n".join(
        f'<li><span>{d}</span><a href="{w(p)}" target="_blank" title="{t}">{t}</a></li>' for p, t, d in items
    )
    if n == 0:
        pager = f"""<div class="page"><script type="text/javascript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 2//共多少页
document.write("共"+countPage+"页&nbsp;&nbsp;");
</script>首页 上一页 <a href="{w('/zwgk/ldjh/index_1.htm')}">下一页</a> <a href="{w('/zwgk/ldjh/index_1.htm')}">尾页</a></div>"""
    else:
        pager = f"""<div class="page"><script type="text/javascript">
var currentPage = 1;//所在页从0开始
var countPage = 2//共多少页
document.write("共"+countPage+"页&nbsp;&nbsp;");
</script><a href="{w('/zwgk/ldjh/index.htm')}">首页</a> <a href="{w('/zwgk/ldjh/index.htm')}">上一页</a> 下一页 尾页</div>"""
    return f"""<div class="w1000 main">
<div class="location">当前位置：<a href="{w('/')}">首页</a> &gt; <a href="{w('/zwgk/')}">政务公开</a> &gt; <a href="{w('/zwgk/ldjh/')}">领导讲话</a></div>
<div class="list_left"><h3>政务公开</h3><ul><li><a href="{w('/zwgk/zwyw/')}">政务要闻</a></li><li class="on"><a href="{w('/zwgk/ldjh/')}">领导讲话</a></li><li><a href="{w('/zwgk/tzgg/')}">通知公告</a></li><li><a href="{w('/zwgk/zfwj/')}">政府文件</a></li></ul></div>
<div class="list_right"><div class="list_tit">领导讲话</div>
<ul class="list_ul">
{rows}
</ul>
{pager}
</div></div>
"""


def article(s, path, speaker, source, time, related):
    paras = "\n".join(f'<P style="TEXT-INDENT: 2em">{p}</P>' for p in s.paras)
    rel = "\n".join(f'<li><a href="{w(p)}">{t}</a></li>' for p, t, _ in related)
    body = f"""<div class="w1000 main">
<div class="location">当前位置：<a href="{w('/')}">首页</a> &gt; <a href="{w('/zwgk/')}">政务公开</a> &gt; <a href="{w('/zwgk/ldjh/')}">领导讲话</a></div>
<div class="article">
<h1>{s.title}</h1>
<h3 class="speaker">{speaker}</h3>
<div class="info">发布时间：{time}　　来源：{source}　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="content" id="zoom">
<div class=TRS_Editor><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor SPAN{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor FONT{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor UL{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor LI{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor A{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
{paras}
</div>
</div>
<div class="article_btn">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xglj"><h4>相关链接：</h4><ul>
{rel}
</ul></div>
</div></div>
"""
    return body


def build() -> Family:
    fam = Family(
        HOST,
        "Wayback Machine replay, 2016–2017 toolbar (wbhack / wm-ipp), of a TRS WCM city government site",
        site_note="Replays of www.xiyang.gov.cn captured 2016-10-14 under one timestamp folder",
    )
    home_body = f"""<div class="w1000 main">
<div class="banner"><img src="/web/{TS}im_/http://www.xiyang.gov.cn/images/banner_2016.jpg" alt="" width="1000" height="160" /></div>
<div class="yw"><h2>政务要闻</h2><ul>
<li><a href="{w('/zwgk/zwyw/201604/t20161013_441823.htm')}">市政府召开第四十二次常务会议</a><span>10-13</span></li>
<li><a href="{w('/zwgk/zwyw/201604/t20161010_441415.htm')}">我市启动秋冬季大气污染防治攻坚行动</a><span>10-10</span></li>
<li><a href="{w('/zwgk/zwyw/201603/t20160929_440902.htm')}">全市三季度重点项目观摩活动举行</a><span>09-29</span></li>
</ul></div>
<div class="ldjh"><h2><a href="{w('/zwgk/ldjh/')}" class="more">更多&gt;&gt;</a>领导讲话</h2><ul>
""" + "\n".join(f'<li><a href="{w(p)}" title="{t}">{t}</a><span>{d[5:]}</span></li>' for p, t, d in ITEMS[:4]) + f"""
</ul></div>
<div class="tzgg"><h2>通知公告</h2><ul>
<li><a href="{w('/zwgk/tzgg/201609/t20160926_440420.htm')}">关于2016年国庆节放假的通知</a></li>
<li><a href="{w('/zwgk/tzgg/201610/t20161009_441310.htm')}">西阳市2016年下半年公开招聘事业单位工作人员公告</a></li>
</ul></div>
</div>
"""
    fam.put(f"{W}/", page("/", "西阳市人民政府", "首页", home_body, 187, "12 Jun 2007 - 19 Oct 2017", 211))
    fam.put(f"{W}{LIST}", page(LIST, "领导讲话", "领导讲话", listing(ITEMS, 0), 23, "07 Nov 2012 - 02 Oct 2017", 184))
    fam.put(f"{W}{LIST2}", page(LIST2, "领导讲话", "领导讲话", listing(ITEMS2, 1), 6, "19 Jan 2016 - 30 Sep 2017", 96))
    for s, path, speaker, source, time, caps, span in (
        (S1, A1, "——市环保局局长　王建国", "市环保局", "2016-03-22 16:40", 3, "09 Apr 2016 - 22 Dec 2016"),
        (S2, A2, "——市长　刘振华", "市政府办公室", "2016-09-08 18:05", 2, "14 Oct 2016 - 11 Feb 2017"),
    ):
        meta = (f'<meta name="ArticleTitle" content="{s.title}" />\n<meta name="PubDate" content="{time}" />\n'
                f'<meta name="ContentSource" content="{source}" />\n')
        related = [i for i in ITEMS if i[0] != path][:3]
        fam.put(f"{W}{path}", page(path, f"{s.title}_领导讲话_西阳市人民政府", "领导讲话",
                                   article(s, path, speaker, source, time, related), caps, span, 163, meta))
        fam.doc([f"{W}{path}"], s)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /web/*/http://www.xiyang.gov.cn/gzcy/\n")
    fam.home = f"{W}/"
    fam.not_documents = [f"{W}{LIST}", f"{W}{LIST2}"]
    fam.noise = ["Wayback Machine", "COLLECTED BY", "FILE ARCHIVED ON", "市环保局局长", "打印本页", "网站标识码", "captures"]
    return fam
