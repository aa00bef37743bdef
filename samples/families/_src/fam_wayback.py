"""A Wayback Machine replay (web.archive.org as an archivist browses it) of a 2009 county government
site: the replay scripts in the head (`/_static/js/bundle-playback.js`, `wombat.js`, `__wm.init`,
`__wm.wombat`) before the archived page's own head, the toolbar between `<!-- BEGIN WAYBACK TOOLBAR
INSERT -->` and `<!-- END WAYBACK TOOLBAR INSERT -->` at the top of the body (`#wm-ipp-base`, the URL
box, `N captures` and the capture span, the month/day/year navigator, COLLECTED BY, `#wm-ipp-print`),
every link rewritten to `/web/<timestamp>/http://…` (images `im_`, styles `cs_`, scripts `js_`), and
after `</html>` the `FILE ARCHIVED ON … AND RETRIEVED FROM THE INTERNET ARCHIVE ON …` comment and the
playback timings. The archived page is a KesionCMS-era table-layout county portal, GB2312 in its meta
tag but sent as UTF-8 by the replay; one speech runs over two pages (`…_2.html`, `#pageNext`)."""

from common import SPEECHES, Family, split_paras

HOST = "web.archive-wayback.test"
TS = "20091103045512"
ORIG = "http://www.ningchuan.gov.cn"
SITE = "宁川县人民政府"
CAPTURED = "04:55:12 Nov 03, 2009"


def wb(path: str, ts: str = TS, kind: str = "") -> str:
    """A link as the replay rewrites it."""
    return f"/web/{ts}{kind}/{ORIG}{path}"


ARTICLES = [
    # speech, path (original site), pages, 来源, 作者, 点击
    (SPEECHES["wayback-1"], "/Article/ldjh/200910/20091029083512.html", 2, "县政府办公室", "县长 孙建国", 1276),
    (SPEECHES["wayback-2"], "/Article/ldjh/200909/20090916152208.html", 1, "县卫生局", "副县长 刘红梅", 2034),
]
OLDER = [
    ("在全县招商引资项目推进会上的讲话", "2009-08-21"),
    ("在全县防汛工作会议上的讲话", "2009-06-02"),
    ("在全县计划生育工作会议上的讲话", "2009-05-14"),
    ("在全县“三夏”生产工作会议上的讲话", "2009-05-20"),
    ("在县第十五届人民代表大会第三次会议上的政府工作报告", "2009-02-18"),
]

REPLAY_HEAD = """<script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript" src="/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("@@ORIGURL@@","@@TS@@","https://web.archive.org/","web","/_static/",
	      "1257224112");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
"""


def toolbar(orig_url: str, captures: int, span: str) -> str:
    enc = orig_url.replace(":", "%3A")
    return f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;">
  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{TS}/{enc}"
	    scrolling="no" frameborder="0" style="width:100%; height:100%">
    </iframe>
  </div>
</div><div id="wm-ipp-inside">
  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="/_static/images/toolbar/wayback-toolbar-logo-100.png, /_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, /_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>
    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig_url}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{TS}" /><input type="submit" value="Go" />
      </form>
      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">
                <div class="s" id="wm-nav-captures" style="flex:1;">
	  	  <a class="t" href="/web/{TS}*/{orig_url}" title="See a list of every capture for this URL">{captures} captures</a>
	  <div class="r" title="Timespan for captures of this URL">{span}</div>
	  </div>
        <div class="k">
          <a href="" id="wm-graph-anchor">
            <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
              <canvas id="wm-sparkline-canvas" width="725" height="27" border="0"></canvas>
            </div>
          </a>
        </div>
      </div>
    </div>
    <div class="n">
      <table>
	<tbody>
	  <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
	  <tr class="m">
	    <td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20091009112744/{orig_url}" title="09 Oct 2009"><strong>Oct</strong></a></td>
	    <td class="c" id="displayMonthEl" title="You are here: {CAPTURED}">NOV</td>
	    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20091212064021/{orig_url}" title="12 Dec 2009"><strong>Dec</strong></a></td>
	  </tr>
	  <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
	  <tr class="d">
	    <td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20091009112744/{orig_url}" title="11:27:44 Oct 09, 2009"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td>
	    <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: {CAPTURED}">03</td>
	    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20091212064021/{orig_url}" title="06:40:21 Dec 12, 2009"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td>
	  </tr>
	  <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
	  <tr class="y">
	    <td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20081127021530/{orig_url}" title="27 Nov 2008"><strong>2008</strong></a></td>
	    <td class="c" id="displayYearEl" title="You are here: {CAPTURED}">2009</td>
	    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20101015093307/{orig_url}" title="15 Oct 2010"><strong>2010</strong></a></td>
	  </tr>
	</tbody>
      </table>
    </div>
    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">
      <div id="wm-btns" style="white-space:nowrap;">
        <a href="#close" onclick="__wm.h(event);return false;" style="display:block;padding-right:18px;" id="wm-tb-close" title="Close the toolbar"><img src="/_static/images/toolbar/wm_tb_close.png" alt="Close the toolbar" border="0" /></a>
        <a href="#help" onclick="__wm.ex(event);return false;" id="wm-tb-help" title="Get some help using the Wayback Machine" style="display:block;"><img src="/_static/images/toolbar/wm_tb_help.png" alt="Get some help using the Wayback Machine" border="0" /></a>
      </div>
      <div id="wm-share" style="display: flex;">
        <a href="/web/{TS}/http://web.archive.org/screenshot/{orig_url}"
           id="wm-screenshot"
           title="screenshot">
          <span class="wm-icon-screen-shot"></span>
        </a>
        <a href="#" onclick="window.open('https://www.facebook.com/sharer/sharer.php?u=https://web.archive.org/web/{TS}/{orig_url}', '', 'height=400,width=600'); return false;" title="Share via Facebook" id="wm-facebook">
          <span class="wm-icon-facebook"></span>
        </a>
        <a href="#" onclick="window.open('https://twitter.com/intent/tweet?text=https://web.archive.org/web/{TS}/{orig_url}&amp;via=waybackmachine', '', 'height=400,width=600'); return false;" title="Share via Twitter" id="wm-twitter">
          <span class="wm-icon-twitter"></span>
        </a>
      </div>
      <div style="padding-right:2px;text-align:right;white-space:nowrap;">
        <a id="wm-expand" class="wm-btn wm-closed" href="#expand" onclick="__wm.ex(event);return false;"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span style="font-size:80%">About this capture</span></a>
      </div>
    </div>
  </div>
    <div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">
            <div id="wm-capinfo-notice" source="api"></div>
      <div id="wm-capinfo-collected-by">
	<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
	<div style="padding:3px;position:relative" id="wm-collected-by-content">
	  	  <div style="display:inline-block;vertical-align:top;width:50%;">
			<span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>
		Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a>
		<div style="max-height:75px;overflow:hidden;position:relative;">
	  <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>
	  Starting in 1996, <a href="http://www.alexa.com/">Alexa Internet</a> has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href="http://web.archive.org/">Wayback Machine</a> after an embargo period.
	</div>
	  	  </div>
	  <div style="display:inline-block;vertical-align:top;width:49%;">
	    <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls)"></span>
	    <div>Collection: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a></div>
	    <div style="max-height:75px;overflow:hidden;position:relative;">
	      <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>
	      Crawl data donated by Alexa Internet. This data is currently not publicly accessible
	    </div>
	  </div>
	  	</div>
      </div>
      <div id="wm-captures">
	<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
	<div>
	  <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>
	  <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="/_static/images/loading.gif" alt="loading" /></div>
	</div>
      </div>
    </div></div></div></div><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{TS}/{orig_url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","{orig_url}","{TS}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""


FOOTER_COMMENT = f"""
<!--
     FILE ARCHIVED ON {CAPTURED} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 07:21:36 Dec 06, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.579
  exclusion.robots: 0.021
  exclusion.robots.policy: 0.01
  esindex: 0.012
  cdx.remote: 6.87
  LoadShardBlock: 131.521 (3)
  PetaboxLoader3.datanode: 168.204 (4)
  load_resource: 112.569
  PetaboxLoader3.resolve: 74.852
-->"""


def page(orig_path: str, title: str, body: str, captures: int, span: str) -> str:
    orig_url = ORIG + orig_path
    head_replay = REPLAY_HEAD.replace("@@ORIGURL@@", orig_url).replace("@@TS@@", TS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>{head_replay}
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="宁川县,宁川县人民政府,宁川政府网" />
<meta name="description" content="宁川县人民政府门户网站" />
<link href="{wb('/css/style.css', kind='cs_')}" rel="stylesheet" type="text/css" />
<script language="javascript" src="{wb('/js/common.js', kind='js_')}"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">{toolbar(orig_url, captures, span)}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="28" background="{wb('/images/top_bg.gif', kind='im_')}" class="top"><script language="javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script>
    &nbsp;&nbsp;<a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.ningchuan.gov.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.ningchuan.gov.cn','宁川县人民政府')">加入收藏</a></td>
  </tr>
  <tr>
    <td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="980" height="160"><param name="movie" value="{wb('/images/banner.swf', kind='oe_')}" /><param name="quality" value="high" /><embed src="{wb('/images/banner.swf', kind='oe_')}" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="980" height="160"></embed></object></td>
  </tr>
  <tr>
    <td height="36" background="{wb('/images/nav_bg.gif', kind='im_')}" class="nav" align="center"><a href="{wb('/')}">网站首页</a> | <a href="{wb('/Article/zwgk/')}">政务公开</a> | <a href="{wb('/Article/ldjh/')}">领导讲话</a> | <a href="{wb('/Article/zcfg/')}">政策法规</a> | <a href="{wb('/Article/bszn/')}">办事指南</a> | <a href="{wb('/Article/zsyz/')}">招商引资</a> | <a href="{wb('/Article/mlnc/')}">魅力宁川</a> | <a href="{wb('/guestbook/')}">县长信箱</a></td>
  </tr>
</table>
{body}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td height="6" bgcolor="#1A5FA8"></td></tr>
  <tr>
    <td align="center" height="90" class="foot">版权所有：宁川县人民政府&nbsp;&nbsp;主办：宁川县人民政府办公室&nbsp;&nbsp;承办：宁川县信息中心<br />
    地址：宁川县人民路18号&nbsp;&nbsp;电话：0398-6821234&nbsp;&nbsp;邮编：472400&nbsp;&nbsp;<a href="{wb('/about.html')}">关于我们</a><br />
    <a href="/web/{TS}/http://www.miibeian.gov.cn/" target="_blank">豫ICP备05018327号</a>&nbsp;&nbsp;建议使用1024×768分辨率 IE6.0以上浏览器浏览
    <script language="javascript" src="{wb('/count/count.asp?id=1', kind='js_')}"></script></td>
  </tr>
</table>
</body>
</html>{FOOTER_COMMENT}
"""


def left_col() -> str:
    return f"""<td width="220" valign="top" class="left">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" background="{wb('/images/left_title.gif', kind='im_')}" class="lefttitle">&nbsp;&nbsp;领导之窗</td></tr>
        <tr><td class="leftlist">·<a href="{wb('/Article/ldzc/xwsj.html')}">县委书记 张志强</a><br />·<a href="{wb('/Article/ldzc/xz.html')}">县长 孙建国</a><br />·<a href="{wb('/Article/ldzc/fxz.html')}">副县长 刘红梅</a></td></tr>
        <tr><td height="30" background="{wb('/images/left_title.gif', kind='im_')}" class="lefttitle">&nbsp;&nbsp;便民服务</td></tr>
        <tr><td class="leftlist">·<a href="{wb('/Article/bszn/')}">办事指南</a><br />·<a href="{wb('/Article/bgxz/')}">表格下载</a><br />·<a href="{wb('/guestbook/')}">县长信箱</a></td></tr>
      </table></td>"""


def article_body(speech, path, count, current, runs, source, author, hits) -> str:
    paras = "\n".join(
        f"<P><STRONG>{p}</STRONG></P>" if p[:2] in ("一、", "二、", "三、") else f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{p}</P>"
        for p in runs[current]
    )
    pager = ""
    if count > 1:
        base = path[: -len(".html")]
        names = [path] + [f"{base}_{i}.html" for i in range(2, count + 1)]
        cells = []
        if current:
            cells.append(f'<a href="{wb(names[current - 1])}">上一页</a>')
        for i, name in enumerate(names):
            cells.append(f"<span>{i + 1}</span>" if i == current else f'<a href="{wb(name)}">{i + 1}</a>')
        if current < count - 1:
            cells.append(f'<a href="{wb(names[current + 1])}">下一页</a>')
        pager = f'<div id="pageNext" style="text-align:center">{" ".join(cells)}</div>'
    y, m, d = speech.date.split("-")
    return f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    {left_col()}
    <td width="10"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="location">您现在的位置：&nbsp;<a href="{wb('/')}">宁川县人民政府</a>&nbsp;&gt;&gt;&nbsp;<a href="{wb('/Article/zwgk/')}">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="{wb('/Article/ldjh/')}">领导讲话</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
        <tr><td height="50" align="center" class="title"><font color="#C00000"><b>{speech.title}</b></font></td></tr>
        <tr><td height="26" align="center" class="info" style="border-bottom:1px dashed #CCCCCC">发布时间：{y}-{int(m)}-{int(d)}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;点击数：<script src="{wb('/Article/GetHits.asp?id=' + path.rsplit('/', 1)[1][8:14], kind='js_')}"></script>{hits}&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td class="content" id="fontzoom" style="padding:15px;line-height:180%">
{paras}
{pager}
        </td></tr>
        <tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td class="prenext">上一篇：<a href="{wb('/Article/ldjh/200910/20091021101130.html')}">在全县秋季征兵工作会议上的讲话</a><br />下一篇：<a href="{wb('/Article/ldjh/200911/20091102160805.html')}">在全县冬季森林防火工作会议上的讲话</a></td></tr>
      </table>
    </td>
  </tr>
</table>"""


def list_body(items, page_no, pages) -> str:
    rows = "".join(
        f'<tr><td height="26" class="list">·<a href="{wb(href)}" target="_blank">{title}</a></td><td width="90" class="date">{date}</td></tr>\n'
        for title, href, date in items
    )
    cells = []
    names = ["/Article/ldjh/", "/Article/ldjh/index_2.html"]
    cells.append("首页 上一页" if page_no == 1 else f'<a href="{wb(names[0])}">首页</a> <a href="{wb(names[0])}">上一页</a>')
    cells.append("下一页 尾页" if page_no == pages else f'<a href="{wb(names[1])}">下一页</a> <a href="{wb(names[1])}">尾页</a>')
    pager = f'共 <b>27</b> 篇文章 页次：<b><font color="red">{page_no}</font>/{pages}</b> 每页20篇 {" ".join(cells)}'
    return f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    {left_col()}
    <td width="10"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="location">您现在的位置：&nbsp;<a href="{wb('/')}">宁川县人民政府</a>&nbsp;&gt;&gt;&nbsp;<a href="{wb('/Article/zwgk/')}">政务公开</a>&nbsp;&gt;&gt;&nbsp;领导讲话</td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}        </table></td></tr>
        <tr><td height="40" align="center" class="page">{pager}</td></tr>
      </table>
    </td>
  </tr>
</table>"""


def home_body() -> str:
    news = [
        ("我县召开秋冬季农田水利基本建设动员大会", "/Article/xwzx/200910/20091029170322.html", "10-29"),
        ("县委中心组举行学习实践科学发展观专题学习会", "/Article/xwzx/200910/20091026091145.html", "10-26"),
        ("我县甲型H1N1流感防控工作有序开展", "/Article/xwzx/200909/20090918101256.html", "09-18"),
    ]
    speeches = [(s.title, p, s.date[5:]) for s, p, *_ in ARTICLES]
    box = lambda title, more, rows: f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" background="{wb('/images/index_title.gif', kind='im_')}" class="indextitle">&nbsp;&nbsp;{title}</td><td align="right" background="{wb('/images/index_title.gif', kind='im_')}"><a href="{wb(more)}">更多&gt;&gt;</a>&nbsp;</td></tr>
        <tr><td colspan="2"><table width="100%" border="0" cellspacing="0" cellpadding="0">
""" + "".join(
        f'<tr><td height="24" class="list">·<a href="{wb(h)}" target="_blank">{t}</a></td><td width="50" class="date">{d}</td></tr>\n' for t, h, d in rows
    ) + "        </table></td></tr></table>"
    return f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    {left_col()}
    <td width="10"></td>
    <td valign="top">
      <marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">热烈庆祝中华人民共和国成立60周年！&nbsp;&nbsp;深入开展学习实践科学发展观活动</marquee>
      {box("宁川要闻", "/Article/xwzx/", news)}
      {box("领导讲话", "/Article/ldjh/", speeches)}
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" class="indextitle">&nbsp;&nbsp;友情链接</td></tr>
      <tr><td><select onchange="window.open(this.value)"><option>----政府网站----</option><option value="/web/{TS}/http://www.gov.cn/">中国政府网</option></select></td></tr></table>
    </td>
  </tr>
</table>"""


def build() -> Family:
    fam = Family(
        HOST,
        "Wayback Machine replay of a 2009 county government site (toolbar insert, rewritten /web/<ts>/http://… links, archive footer comment)",
        content_type="text/html; charset=utf-8",
        home=wb("/"),
    )
    fam.put(wb("/"), page("/", SITE, home_body(), 143, "21 Mar 2005 - 30 Jul 2016"))
    listed = [(s.title, p, s.date) for s, p, *_ in ARTICLES]
    older = [(t, f"/Article/ldjh/{d[:4]}{d[5:7]}/{d.replace('-', '')}0930{i:02d}.html", d) for i, (t, d) in enumerate(OLDER)]
    fam.put(wb("/Article/ldjh/"), page("/Article/ldjh/", f"领导讲话-{SITE}", list_body(listed + older[:3], 1, 2), 37, "14 Apr 2006 - 02 Mar 2015"))
    fam.put(wb("/Article/ldjh/index_2.html"), page("/Article/ldjh/index_2.html", f"领导讲话-{SITE}", list_body(older[3:], 2, 2), 4, "03 Nov 2009 - 19 Jun 2011"))
    fam.not_documents += [wb("/"), wb("/Article/ldjh/"), wb("/Article/ldjh/index_2.html")]
    for speech, path, count, source, author, hits in ARTICLES:
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        names = [path] + [f"{path[:-5]}_{i}.html" for i in range(2, count + 1)]
        for current, name in enumerate(names):
            fam.put(wb(name), page(name, f"{speech.title}-{SITE}", article_body(speech, path, count, current, runs, source, author, hits), 3 - current, "03 Nov 2009 - 12 Dec 2009"))
        fam.doc([wb(n) for n in names], speech)
        fam.not_documents += [wb(n) for n in names[1:]]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /web/*/http*://*.archive.org*\nDisallow: /details/\n")
    fam.noise += [
        "Wayback Machine",
        "captures",
        "COLLECTED BY",
        "Alexa Crawls",
        "FILE ARCHIVED ON",
        "About this capture",
        "您现在的位置",
        "发布时间：",
        "来源：县政府办公室",
        "点击数：",
        "【字体：",
        "打印本页",
        "关闭窗口",
        "上一篇：",
        "下一篇：",
        "在全县秋季征兵工作会议上的讲话",
        "豫ICP备05018327号",
        "版权所有：宁川县人民政府",
        "建议使用1024×768分辨率",
        "设为首页",
        "领导之窗",
    ]
    fam.note = "home is the replay of the archived home page /web/20091103045512/http://www.ningchuan.gov.cn/; the archived pages say gb2312 in their meta tag but the replay sends UTF-8"
    return fam
