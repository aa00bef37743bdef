"""A provincial 政协 portal (江淮政协网) on 大汉 Hanweb JCMS: articles at `/art/2024/5/16/art_1234_56789.html`,
column pages `/col/col1234/index.html` whose list is not in the HTML but in the JCMS data block
`<script type="text/xml"><datastore><nextgroup>…</nextgroup><recordset><record><![CDATA[<li>…</li>]]></record>…`
paged by the `jpage` plugin (`/module/jslib/jquery/jpage/`) and its `dataproxy.jsp`; article template in
the old JCMS table layout: 您当前的位置 breadcrumb, `td.title` headline, info row 信息来源 / 发布日期 /
浏览次数 (a `<script src="/module/visitcount/articlehits.jsp?colid=…&artid=…">`) / 【字体：大 中 小】,
the text between `<!--ZJEG_RSS.content.begin--><meta name="ContentStart">` and
`<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->` in `div#zoom` (paragraphs with `&nbsp;` indents and
inline 仿宋 styles); 【打印本页】【关闭窗口】, 分享到, 相关信息; footer with 主办 / 承办, ICP, 公安备案,
网站标识码, 技术支持：大汉网络. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.shengzhengxie-like.test"
COLID = "1234"

# speech, artid, headline, 信息来源, time, hits
ARTICLES = [
    (SPEECHES["r31a-z1"], "56789", "陈卫东在省政协十三届常委会第七次会议闭幕时的讲话", "省政协办公厅", "17:35", "1286"),
    (SPEECHES["r31a-z2"], "56342", "陈卫东在省政协重点提案督办协商座谈会上的讲话", "省政协提案委员会", "18:10", "934"),
]


def art_path(a):
    y, m, d = a[0].date.split("-")
    return f"/art/{int(y)}/{int(m)}/{int(d)}/art_{COLID}_{a[1]}.html"


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
@@META@@
<link href="/images/1/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/0/1809051437441397.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="600" height="30">欢迎访问江淮政协网！今天是：<script language="javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></td>
    <td align="right"><a href="javascript:void(0);" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0);" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/col/col1301/index.html">联系我们</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="160" background="/images/1/banner.jpg"><a href="/"><img src="/images/1/logo.png" width="520" height="90" border="0" alt="中国人民政治协商会议江淮省委员会" /></a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td align="center"><a href="/">首　页</a></td>
    <td align="center"><a href="/col/col1201/index.html">政协概况</a></td>
    <td align="center"><a href="/col/col1220/index.html">要闻动态</a></td>
    <td align="center"><a href="/col/col1234/index.html">领导讲话</a></td>
    <td align="center"><a href="/col/col1240/index.html">协商议政</a></td>
    <td align="center"><a href="/col/col1250/index.html">提案工作</a></td>
    <td align="center"><a href="/col/col1260/index.html">委员风采</a></td>
    <td align="center"><a href="/col/col1270/index.html">文史资料</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="36" class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="1" /><input name="q" type="text" class="input" size="24" value="" /><input type="submit" value="搜索" class="btn" /></form></td>
  </tr>
</table>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr>
    <td align="center" height="110">
      <a href="/col/col1301/index.html">联系我们</a> | <a href="/col/col1302/index.html">网站地图</a> | <a href="/col/col1303/index.html">版权声明</a><br />
      主办：中国人民政治协商会议江淮省委员会　承办：江淮省政协办公厅信息中心<br />
      地址：江淮省淮州市政协路18号　邮编：230001　<a href="https://beian.miit.gov.cn/" target="_blank">江淮ICP备05006318号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34010302000486" target="_blank">江淮公网安备34010302000486号</a><br />
      网站标识码：jh0000000012　技术支持：<a href="http://www.hanweb.com" target="_blank">大汉网络</a>
    </td>
  </tr>
</table>
<script language="javascript" src="/script/web_front.js"></script>
</body>
</html>
"""


def meta(column, title="", date="", source="", url=""):
    out = '<meta name="SiteName" content="江淮政协网" />\n<meta name="SiteDomain" content="www.shengzhengxie-like.test" />\n<meta name="SiteIDCode" content="jh0000000012" />'
    out += f'\n<meta name="ColumnName" content="{column}" />\n<meta name="ColumnType" content="{column}" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{date}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n<meta name="Author" content="" />\n'
            f'<meta name="Description" content="" />\n<meta name="Image" content="" />\n<meta name="Url" content="{url}" />'
        )
    return out


def para(text):
    return f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">{text}</span></p>'


def article(a, other):
    speech, artid, head, source, hhmm, hits = a
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="weizhi">
  <tr>
    <td height="36">您当前的位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline"><tr><td><a href="/"><span>首页</span></a></td><td>&gt;</td><td><a href="/col/col1234/index.html"><span>领导讲话</span></a></td></tr></table></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">
  <tr>
    <td valign="top" style="padding:20px 40px;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="title" align="center"><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></td></tr>
        <tr><td height="1" bgcolor="#dcdcdc"></td></tr>
        <tr>
          <td align="center" height="40" class="info">信息来源：@@SOURCE@@&nbsp;&nbsp;&nbsp;发布日期：@@DATE@@&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=@@COLID@@&artid=@@ARTID@@"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(12)">小</a>】</td>
        </tr>
        <tr>
          <td class="bt_content" style="padding-top:15px;">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div id="zoom">
@@BODY@@
</div><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
          </td>
        </tr>
        <tr>
          <td height="50" align="right">
            <div class="bdsharebuttonbox" style="float:left;"><span style="float:left;line-height:28px;">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
            【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】
          </td>
        </tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgxx">
        <tr><td class="xgxx_tit">相关信息</td></tr>
        <tr><td><ul><li><a href="@@OURL@@" target="_blank">@@OH@@</a></li><li><a href="/art/2024/5/15/art_1220_56771.html" target="_blank">省政协十三届常委会第七次会议开幕</a></li></ul></td></tr>
      </table>
    </td>
  </tr>
</table>
<script type="text/javascript">
function doZoom(size){var zoom=document.getElementById("zoom");zoom.style.fontSize=size+"px";var ss=zoom.getElementsByTagName("span");for(var i=0;i<ss.length;i++){ss[i].style.fontSize=size+"px";}}
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};
with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{head} - 江淮政协网",
        META=meta("领导讲话", head, f"{speech.date} {hhmm}", source, f"http://{HOST}{art_path(a)}"),
        H=head,
        SOURCE=source,
        DATE=speech.date,
        COLID=COLID,
        ARTID=artid,
        BODY=body,
        OURL=art_path(other),
        OH=other[2],
    )


def column():
    recs = [(a[2], art_path(a), a[0].date) for a in ARTICLES]
    recs.insert(1, ("陈卫东在全省政协系统理论研讨会上的讲话", "/art/2024/5/8/art_1234_56610.html", "2024-05-08"))
    recs.append(("陈卫东在省政协“委员讲堂”启动仪式上的讲话", "/art/2024/3/29/art_1234_55987.html", "2024-03-29"))
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n]]></record>' for t, u, d in recs
    )
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="weizhi">
  <tr>
    <td height="36">您当前的位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline"><tr><td><a href="/"><span>首页</span></a></td><td>&gt;</td><td><a href="/col/col1234/index.html"><span>领导讲话</span></a></td></tr></table></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">
  <tr>
    <td width="230" valign="top" class="left"><div class="lm_tit">领导讲话</div></td>
    <td valign="top" style="padding:10px 20px;">
      <div class="list_tit">领导讲话</div>
      <div id="28563"><script type="text/xml"><datastore>
<column>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&appid=1&webid=1&path=/&columnid=1234&unitid=28563&webname=%E6%B1%9F%E6%B7%AE%E6%94%BF%E5%8D%8F%E7%BD%91&permissiontype=0"></a>]]></nextgroup>
</column>
<totalrecord>@@TOTAL@@</totalrecord>
<totalpage>1</totalpage>
<recordset>
@@RECORDS@@
</recordset>
</datastore></script></div>
      <script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>
      <script>$(document).ready(function(){$('#28563').jpage({dataStore: dataStore, perPage: 15, showMode: 'full', proxyUrl: '/module/web/jpage/dataproxy.jsp', groupSize: 3, barPosition: 'bottom', ajaxParam: {webid: 1, path: '/', columnid: 1234, sourceContentType: 1, unitid: 28563, webname: '江淮政协网', permissiontype: 0}});});</script>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="领导讲话 - 江淮政协网", META=meta("领导讲话"), TOTAL=len(recs), RECORDS=records)


def home():
    a = ARTICLES[0]
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="500" valign="top"><div class="tt"><a href="@@URL@@" target="_blank">@@H@@</a></div></td>
    <td valign="top">
      <div class="bt"><span>领导讲话</span><a href="/col/col1234/index.html" class="more">更多&gt;&gt;</a></div>
      <div id="28560"><script type="text/xml"><datastore><recordset>
<record><![CDATA[<li><a href="@@URL@@" target="_blank">@@H@@</a><span>05-16</span></li>]]></record>
</recordset></datastore></script></div>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="江淮政协网", META=meta("首页"), URL=art_path(a), H=a[2])


def build() -> Family:
    fam = Family(
        HOST,
        "大汉 Hanweb JCMS provincial 政协 portal: /art/Y/M/D/art_COL_ID.html, column lists inside <script type=\"text/xml\"> datastore records (jpage), table layout, 信息来源 / 发布日期 / 浏览次数 script / 字体, ContentStart/ContentEnd + #zoom, 【打印本页】【关闭窗口】, 相关信息",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(art_path(a), article(a, ARTICLES[1 - i]))
        fam.doc([art_path(a)], a[0], title=a[2])
    fam.put("/", home())
    fam.put("/index.html", home())
    fam.put("/col/col1234/index.html", column())
    fam.not_documents += ["/", "/index.html", "/col/col1234/index.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += ["您当前的位置", "信息来源：", "浏览次数：", "【字体：", "打印本页", "关闭窗口", "分享到：", "相关信息", "江淮ICP备05006318号", "技术支持："]
    return fam
