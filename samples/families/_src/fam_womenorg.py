"""全国妇联 / 中国妇女网 (women.org.cn)-like pages on 大汉 Hanweb JCMS (newer div template): articles
`/art/2024/3/8/art_19_175012.html` with JCMS's page meta (`SiteName`, `SiteDomain`, `ColumnName`,
`ArticleTitle`, `PubDate`, `ContentSource`, `Url`), the top bar (全国妇联 / 中国妇女报 / 无障碍), logo,
nav, 当前位置 breadcrumb, title between `<!--<$[标题名称]>begin-->` markers, the info line (发布日期 /
来源 / 浏览次数 from `/module/visitcount/articlehits.jsp`, 【字体：大 中 小】), the text between
`<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">` and the matching end
markers, a photo + caption in one speech, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, share bar, 相关
链接; the column page `/col/col19/index.html` lists the articles only inside the JCMS unit
`<div id="45632"><script type="text/xml"><datastore>…<record><![CDATA[<li>…]]></record>` filled by
jpage (the group URL `/module/web/jpage/dataproxy.jsp?…` is a POST target, not served); footer with
中华全国妇女联合会 版权所有, 京ICP备, 京公网安备. `text/html;charset=UTF-8`."""

from common import SPEECHES, Family, render

HOST = "www.funv-wang-like.test"

# speech, path date, col, art id, headline, source, pubdate, editor
ARTICLES = [
    (SPEECHES["f40b-5"], "2024/3/8", 19, 175012,
     "在全省妇联系统“巾帼建功”先进集体和先进个人表彰大会上的讲话", "省妇联", "2024-03-08 10:21", "刘佳"),
    (SPEECHES["f40b-6"], "2024/5/16", 19, 176543,
     "在全市家庭家教家风建设工作推进会上的讲话", "市妇联", "2024-05-16 15:46", "张静"),
]

FILLER = [
    ("全国妇联召开党组（扩大）会议", "2024-05-17", "/art/2024/5/17/art_19_176602.html"),
    ("“巾帼心向党”主题宣讲活动走进社区", "2024-04-26", "/art/2024/4/26/art_19_176118.html"),
    ("全国“最美家庭”揭晓活动举行", "2024-05-15", "/art/2024/5/15/art_19_176501.html"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
@@META@@<title>@@TITLE@@</title>
<link rel="stylesheet" type="text/css" href="/images/2021/css/base.css" />
<link rel="stylesheet" type="text/css" href="/images/2021/css/@@CSS@@.css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/0/2103251043194589.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200">
    <div class="top-l">欢迎访问中国妇女网！</div>
    <div class="top-r"><a href="/col/col18/index.html">全国妇联</a><span>|</span><a href="http://paper.cnwomen.com.cn/" target="_blank">中国妇女报</a><span>|</span><a href="javascript:void(0);" id="wza">无障碍</a><span>|</span><a href="/col/col88/index.html">手机版</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/images/2021/images/logo.png" alt="中国妇女网" /></a></div>
    <div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="1" /><input type="text" name="q" class="s-inp" placeholder="请输入关键字" /><input type="submit" class="s-btn" value="" /></form></div>
  </div>
</div>
<div class="nav">
  <div class="w1200">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/col/col18/index.html">全国妇联</a></li>
      <li class="on"><a href="/col/col19/index.html">重要讲话</a></li>
      <li><a href="/col/col21/index.html">妇联动态</a></li>
      <li><a href="/col/col22/index.html">地方妇联</a></li>
      <li><a href="/col/col23/index.html">权益保障</a></li>
      <li><a href="/col/col24/index.html">家庭家教家风</a></li>
      <li><a href="/col/col25/index.html">巾帼建功</a></li>
      <li><a href="/col/col26/index.html">国际交流</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <div class="f-link"><a href="/col/col81/index.html" target="_blank">关于我们</a>|<a href="/col/col82/index.html" target="_blank">联系我们</a>|<a href="/col/col83/index.html" target="_blank">网站地图</a>|<a href="/col/col84/index.html" target="_blank">版权声明</a></div>
    <p>中华全国妇女联合会 版权所有　中国妇女网 主办</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05031716号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102001287" target="_blank">京公网安备 11010102001287号</a></p>
    <p>技术支持：大汉网络</p>
  </div>
</div>
<script type="text/javascript" src="/module/jslib/accessible/accessible.js" id="wzaScript"></script>
</body>
</html>
"""

SIDE = """<div class="con-r">
      <div class="r-box">
        <div class="r-tit">热点新闻</div>
        <ul class="r-list">
          <li><a href="/art/2024/5/17/art_19_176602.html" target="_blank">全国妇联召开党组（扩大）会议</a></li>
          <li><a href="/art/2024/5/15/art_19_176501.html" target="_blank">全国“最美家庭”揭晓活动举行</a></li>
          <li><a href="/art/2024/4/26/art_19_176118.html" target="_blank">“巾帼心向党”主题宣讲活动走进社区</a></li>
        </ul>
      </div>
      <div class="r-box r-ewm"><img src="/images/2021/images/ewm_wx.jpg" alt="" /><p>中国妇女网微信公众号</p></div>
    </div>"""


def page_name(a):
    return f"/art/{a[1]}/art_{a[2]}_{a[3]}.html"


def article(a, other):
    speech, pdate, col, art, title, source, pub, editor = a
    body = "\n".join(f'<p style="text-indent: 2em; text-align: justify;">{p}</p>' for p in speech.paras)
    if a is ARTICLES[0]:
        body = (
            '<p style="text-align: center;"><img src="/picture/0/2403081019325871234.jpg" border="0" style="width: 600px;" /></p>\n'
            '<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">表彰大会现场。省妇联供图</span></p>\n' + body
        )
    meta = f"""<meta name="SiteName" content="中国妇女网" />
<meta name="SiteDomain" content="www.funv-wang-like.test" />
<meta name="ColumnName" content="重要讲话" />
<meta name="ColumnDescription" content="重要讲话" />
<meta name="ColumnKeywords" content="重要讲话" />
<meta name="ColumnType" content="重要讲话" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{pub}" />
<meta name="ContentSource" content="{source}" />
<meta name="Keywords" content="" />
<meta name="Author" content="{source}" />
<meta name="Description" content="" />
<meta name="Url" content="http://{HOST}{page_name(a)}" />
"""
    page = HEAD + """<div class="w1200 con clearfix">
    <div class="con-l">
      <div class="position">当前位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline-table"><tr><td><a href="/"><span>首页</span></a></td><td><span>&nbsp;&gt;&nbsp;</span><a href="/col/col19/index.html"><span>重要讲话</span></a></td></tr></table></div>
      <div class="art-con">
        <div class="art-title"><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></div>
        <div class="art-info">
          <span>发布日期：<!--<$[发布日期]>begin-->@@PUB@@<!--<$[发布日期]>end--></span>
          <span>来源：<!--<$[信息来源]>begin-->@@SOURCE@@<!--<$[信息来源]>end--></span>
          <span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=@@COL@@&artid=@@ART@@"></script></span>
          <span class="zt">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
        </div>
        <div class="art-text" id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">@@BODY@@<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>
        <div class="art-bj">（责任编辑：@@EDITOR@@）</div>
        <div class="art-foot clearfix">
          <div class="ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
          <div class="fx"><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a><a href="#" class="bds_qzone" data-cmd="qzone"></a></div></div>
          <div class="dy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</div>
        </div>
        <div class="xglj">
          <div class="xglj-tit">相关链接</div>
          <ul><li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODAY@@</span></li></ul>
        </div>
      </div>
    </div>
    @@SIDE@@
</div>
<script type="text/javascript" src="/module/jslib/qrcode/jquery.qrcode.min.js"></script>
<script type="text/javascript">
$('#qrcode').qrcode({width:100,height:100,text:window.location.href});
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
""" + FOOT
    return render(
        page, META=meta, TITLE=f"{title} - 中国妇女网", CSS="article", H=title, PUB=pub, SOURCE=source, COL=col, ART=art,
        BODY=body, EDITOR=editor, OURL=page_name(other), OH=other[4], ODAY=other[6][:10], SIDE=SIDE,
    )


def column():
    rows = [(ARTICLES[1][4], ARTICLES[1][6][:10], page_name(ARTICLES[1]))] + FILLER[1:2] + [
        (ARTICLES[0][4], ARTICLES[0][6][:10], page_name(ARTICLES[0]))]
    rows = [FILLER[0], FILLER[2]] + rows
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n]]></record>' for t, d, h in rows
    )
    page = HEAD + """<div class="w1200 con clearfix">
    <div class="con-l">
      <div class="position">当前位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline-table"><tr><td><a href="/"><span>首页</span></a></td><td><span>&nbsp;&gt;&nbsp;</span><a href="/col/col19/index.html"><span>重要讲话</span></a></td></tr></table></div>
      <div class="list-box">
        <div class="list-tit">重要讲话</div>
        <ul class="list">
<div id="45632"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=19&unitid=45632&webname=%E4%B8%AD%E5%9B%BD%E5%A6%87%E5%A5%B3%E7%BD%91&permissiontype=0"></a>]]></nextgroup>
<recordset>
@@RECORDS@@
</recordset>
</datastore>
</script></div>
<script type="text/javascript">$(function(){$('#45632').jpage({dataStore:dataStore,perPage:15,totalRecord:5,proxyUrl:'/module/web/jpage/dataproxy.jsp',groupSize:3,barPosition:'bottom',ajaxParam:{col:1,appid:1,webid:1,path:'/',columnid:19,sourceContentType:1,unitid:'45632',webname:'中国妇女网',permissiontype:0}});});</script>
        </ul>
      </div>
    </div>
    @@SIDE@@
</div>
<script type="text/javascript" src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
""" + FOOT
    return render(page, META='<meta name="SiteName" content="中国妇女网" />\n<meta name="ColumnName" content="重要讲话" />\n', TITLE="重要讲话 - 中国妇女网", CSS="list", RECORDS=records, SIDE=SIDE)


def home():
    a, b = ARTICLES
    page = HEAD + """<div class="w1200 index clearfix">
  <div class="ttxw"><a href="/art/2024/5/17/art_19_176602.html" target="_blank">全国妇联召开党组（扩大）会议</a></div>
  <div class="idx-box">
    <div class="idx-tit"><span>重要讲话</span><a href="/col/col19/index.html" class="more">更多</a></div>
    <ul>
      <li><a href="@@U2@@" target="_blank" title="@@H2@@">@@H2@@</a><span>@@D2@@</span></li>
      <li><a href="@@U1@@" target="_blank" title="@@H1@@">@@H1@@</a><span>@@D1@@</span></li>
    </ul>
  </div>
</div>
""" + FOOT
    return render(page, META='<meta name="SiteName" content="中国妇女网" />\n', TITLE="中国妇女网", CSS="index",
                  U1=page_name(a), H1=a[4], D1=a[6][:10], U2=page_name(b), H2=b[4], D2=b[6][:10])


def build() -> Family:
    fam = Family(
        HOST,
        "women.org.cn-like 全国妇联 / 中国妇女网 pages on Hanweb JCMS: /art/Y/M/D/art_COL_ID.html, JCMS meta, <$[标题名称]>/<$[信息内容]> and ZJEG_RSS markers, ContentStart/ContentEnd, articlehits counter, 扫一扫, 打印本页/关闭窗口, 相关链接; column list only in the jpage datastore CDATA records",
        content_type="text/html;charset=UTF-8",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(page_name(a), article(a, ARTICLES[1 - i]))
        fam.doc([page_name(a)], a[0], title=a[4], published_at=a[6][:10])
    fam.put("/", home())
    fam.put("/col/col19/index.html", column())
    fam.not_documents += ["/", "/col/col19/index.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "浏览次数：",
        "【字体：",
        "表彰大会现场。省妇联供图",
        "（责任编辑：刘佳）",
        "扫一扫在手机打开当前页",
        "打印本页",
        "相关链接",
        "热点新闻",
        "京ICP备05031716号-1",
        "中华全国妇女联合会 版权所有",
    ]
    return fam
