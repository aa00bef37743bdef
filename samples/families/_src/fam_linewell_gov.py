"""A provincial government portal on 南威软件 (Linewell) 政府网站集约化平台: the 领导讲话 column
`/zwgk/ldjh/` (`index.htm`, `index_1.htm`), articles `/zwgk/ldjh/202504/t20250411_6812347.htm`.
Government meta tags (SiteName, SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource), the
适老化 / 无障碍 toolbar link and its script, a 信息索引号 table (索引号, 发布机构, 生成日期,
所属主题, 文号, 有效性) right above the title, 字体 大中小 and 扫码阅读 QR box, 附件下载 list and
the 相关稿件 links after the text, 【打印本页】【关闭窗口】, footer with 网站标识码, 政府网站找错,
党政机关 seal, ICP / 公安备案 and `技术支持：南威软件股份有限公司`."""

from common import SPEECHES, Family, render

HOST = "www.minhai.gov.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="SiteName" content="闽海省人民政府门户网站">
<meta name="SiteDomain" content="www.minhai.gov.test">
<meta name="SiteIDCode" content="3500000051">
@@ARTMETA@@<link rel="stylesheet" href="/static/lw/css/common.css?v=2.3.1">
<link rel="stylesheet" href="/static/lw/css/detail.css?v=2.3.1">
<script src="/static/lw/js/jquery-1.12.4.min.js"></script>
<script src="/static/lw/js/lw.common.js?v=2.3.1"></script>
</head>
<body>
<div class="lw-topbar">
  <div class="container">
    <div class="fl">@@TODAY@@<span id="lwToday"></span><script>(function(){var d=new Date(),w="日一二三四五六";document.getElementById("lwToday").innerHTML="今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w.charAt(d.getDay());})();</script></div>
    <div class="fr lw-tools">
      <a href="javascript:void(0);" id="cniil_wza" class="wza">无障碍</a>
      <a href="javascript:void(0);" class="lw-olds" onclick="lwOld.open()">长者模式</a>
      <a href="/english/" target="_blank">English</a>
      <a href="http://m.minhai.gov.test/" target="_blank">移动版</a>
      <a href="/wzdt/">网站地图</a>
    </div>
  </div>
</div>
<div class="lw-header"><div class="container"><a href="/" class="lw-logo"><img src="/static/lw/images/logo.png" alt="闽海省人民政府门户网站"></a>
<form class="lw-search" action="/ssp/search/" method="get" target="_blank"><input type="text" name="qt" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="lw-nav"><ul class="container">
  <li><a href="/">首页</a></li>
  <li class="@@ON@@"><a href="/zwgk/">政务公开</a></li>
  <li><a href="/bsfw/">办事服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/zjmh/">走进闽海</a></li>
</ul></div>
"""

FOOT = """<div class="lw-footer">
  <div class="container">
    <div class="lw-footer-l">
      <span id="_ideConac"><a href="javascript:;" target="_blank"><img src="/static/lw/images/red.png" alt="党政机关"></a></span>
      <span><script id="_jiucuo_" sitecode='3500000051' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></span>
    </div>
    <div class="lw-footer-c">
      <p><a href="/wzgl/gywm/">关于我们</a> | <a href="/wzgl/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/wzgl/smsm/">使用帮助</a></p>
      <p>主办单位：闽海省人民政府办公厅　承办单位：闽海省大数据中心</p>
      <p>网站标识码：3500000051　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05013722号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35010202000431" target="_blank">闽公网安备 35010202000431号</a></p>
      <p>技术支持：南威软件股份有限公司</p>
    </div>
  </div>
</div>
<script src="https://www.cniil.test/wza/cniil_wza.js" type="text/javascript"></script>
<script src="/static/lw/js/lwOld.js?v=2.3.1"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3b8d2f64a1c05e97d4b21f0c8e6a7d59"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""

# (speech, path, pubtime, index number, attachment name, attachment file, leader)
ARTICLES = [
    (SPEECHES["r20b-lw-1"], "/zwgk/ldjh/202504/t20250411_6812347.htm", "2025-04-11 16:20",
     "FJ00101-0204-2025-00187", "在全省数字政府建设推进会上的讲话（PDF版）.pdf", "/zwgk/ldjh/202504/P020250411583216702841.pdf"),
    (SPEECHES["r20b-lw-2"], "/zwgk/ldjh/202512/t20251204_6978015.htm", "2025-12-04 09:35",
     "FJ00101-0204-2025-00412", "全省安全生产和消防工作电视电话会议材料.docx", "/zwgk/ldjh/202512/P020251204391054268713.docx"),
]

OTHER = [
    ("/zwgk/ldjh/202502/t20250218_6721936.htm", "在全省高质量发展大会上的讲话", "2025-02-18"),
    ("/zwgk/ldjh/202506/t20250626_6874102.htm", "在全省防汛防台风工作会议上的讲话", "2025-06-26"),
    ("/zwgk/ldjh/202409/t20240912_6533870.htm", "在全省营商环境建设推进会上的讲话", "2024-09-12"),
]


def artmeta(speech, pub):
    return (
        '<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="领导讲话">\n'
        f'<meta name="ArticleTitle" content="{speech.title}">\n<meta name="PubDate" content="{pub}">\n'
        '<meta name="ContentSource" content="省政府办公厅">\n<meta name="Keywords" content="领导讲话">\n'
    )


def detail(a):
    speech, path, pub, idx, att_name, att_file = a
    body = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in speech.paras)
    related = "\n".join(f'          <li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in OTHER[:2])
    page = HEAD + """<div class="container lw-main">
  <div class="lw-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a></div>
  <div class="lw-detail">
    <table class="lw-xxgk-table" cellpadding="0" cellspacing="0">
      <tr><th>索引号：</th><td>@@IDX@@</td><th>发布机构：</th><td>闽海省人民政府办公厅</td></tr>
      <tr><th>生成日期：</th><td>@@DATE@@</td><th>所属主题：</th><td>综合政务/其他</td></tr>
      <tr><th>标　　题：</th><td colspan="3">@@H1@@</td></tr>
      <tr><th>文　　号：</th><td></td><th>有 效 性：</th><td>有效</td></tr>
    </table>
    <h1 class="lw-detail-title">@@H1@@</h1>
    <div class="lw-detail-info">
      <span>发布时间：@@PUB@@</span>
      <span>来源：省政府办公厅</span>
      <span class="lw-fontsize">字体：【<a href="javascript:void(0);" onclick="lwFont(18)">大</a> <a href="javascript:void(0);" onclick="lwFont(16)">中</a> <a href="javascript:void(0);" onclick="lwFont(14)">小</a>】</span>
      <span class="lw-qr">扫码阅读<div class="lw-qr-pop"><div id="lwQrcode"></div><p>用手机扫描二维码<br>在手机上阅读本文</p></div></span>
    </div>
    <div class="lw-detail-content TRS_Editor" id="lwContent">
<!--正文开始-->
@@BODY@@
<!--正文结束-->
    </div>
    <div class="lw-attach">
      <h4>附件下载：</h4>
      <ul><li><a href="@@ATTFILE@@" target="_blank">@@ATTNAME@@</a></li></ul>
    </div>
    <div class="lw-detail-tool">
      <div class="lw-share">分享到：<a href="javascript:;" class="wx" onclick="lwShare('wx')">微信</a><a href="javascript:;" class="wb" onclick="lwShare('wb')">微博</a></div>
      <div class="lw-print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="lw-related">
      <div class="lw-related-tit">相关稿件</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
</div>
<script src="/static/lw/js/qrcode.min.js"></script>
<script>new QRCode(document.getElementById("lwQrcode"), {text: window.location.href, width: 100, height: 100});</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{speech.title} - 领导讲话 - 闽海省人民政府门户网站",
        ARTMETA=artmeta(speech, pub),
        TODAY="欢迎访问闽海省人民政府门户网站　",
        ON="on",
        IDX=idx,
        DATE=pub[:10],
        PUB=pub,
        H1=speech.title,
        BODY=body,
        ATTFILE=att_file.rsplit("/", 1)[1],
        ATTNAME=att_name,
        RELATED=related,
    )


def listing(page):
    if page == 0:
        entries = [(a[1], a[0].title, a[2][:10]) for a in reversed(ARTICLES)] + [(u, t, d) for u, t, d in OTHER[:2]]
    else:
        entries = [OTHER[2]]
    rows = "\n".join(f'        <li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in entries)
    pager = """<div class="lw-page"><script type="text/javascript">
var currentPage = @@CUR@@;//所在页从0开始
var countPage = 2//共多少页
createPageHTML(countPage, currentPage, "index", "htm");
</script></div>"""
    page_html = HEAD + """<div class="container lw-main">
  <div class="lw-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a></div>
  <div class="lw-list">
    <div class="lw-list-tit">领导讲话</div>
    <ul class="lw-list-ul">
@@ROWS@@
    </ul>
    """ + pager + """
    <noscript><a href="index.htm">首页</a> <a href="index_1.htm">下一页</a></noscript>
  </div>
</div>
<script src="/static/lw/js/createPageHTML.js"></script>
""" + FOOT
    return render(
        page_html,
        TITLE="领导讲话 - 闽海省人民政府门户网站",
        ARTMETA='<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="领导讲话">\n',
        TODAY="欢迎访问闽海省人民政府门户网站　",
        ON="on",
        ROWS=rows,
        CUR=page,
    )


def build() -> Family:
    fam = Family(HOST, "南威软件 Linewell 政府网站集约化平台 provincial portal (/zwgk/ldjh/YYYYMM/t…_N.htm, 信息索引号 table, 扫码阅读, 附件下载)")
    home = render(
        HEAD
        + """<div class="container lw-main">
  <div class="lw-index-focus"><img src="/static/lw/images/banner2025.jpg" alt="闽海"></div>
  <div class="lw-index-box">
    <div class="lw-index-tit"><a href="/zwgk/ldjh/">领导讲话</a><a class="more" href="/zwgk/ldjh/">更多</a></div>
    <ul>
@@ROWS@@
    </ul>
  </div>
  <div class="lw-index-box">
    <div class="lw-index-tit"><a href="/zwgk/">政务公开</a></div>
    <ul><li>闽海省人民政府关于印发2025年为民办实事项目的通知<span>02-20</span></li></ul>
  </div>
</div>
"""
        + FOOT,
        TITLE="闽海省人民政府门户网站",
        ARTMETA="",
        TODAY="欢迎访问闽海省人民政府门户网站　",
        ON="",
        ROWS="\n".join(f'      <li><a href="{a[1]}" target="_blank">{a[0].title}</a><span>{a[2][5:10]}</span></li>' for a in reversed(ARTICLES)),
    )
    fam.put("/", home)
    fam.put("/index.htm", home)
    fam.put("/zwgk/ldjh/", listing(0))
    fam.put("/zwgk/ldjh/index.htm", listing(0))
    fam.put("/zwgk/ldjh/index_1.htm", listing(1))
    fam.put(
        "/static/lw/js/createPageHTML.js",
        """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
 if(_nPageCount == null || _nPageCount<=1){ return; }
 var nCurrIndex = _nCurrIndex || 0;
 if(nCurrIndex == 0) document.write("<span>首页</span> <span>上一页</span> ");
 else { var p = nCurrIndex == 1 ? _sPageName+"."+_sPageExt : _sPageName+"_"+(nCurrIndex-1)+"."+_sPageExt;
  document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a> <a href=\\""+p+"\\">上一页</a> "); }
 if(nCurrIndex == _nPageCount-1) document.write("<span>下一页</span> <span>尾页</span>");
 else document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a> <a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
 document.write(" 共"+_nPageCount+"页");
}
""",
    )
    fam.not_documents += ["/", "/zwgk/ldjh/", "/zwgk/ldjh/index.htm", "/zwgk/ldjh/index_1.htm"]
    for a in ARTICLES:
        fam.put(a[1], detail(a))
        fam.doc([a[1]], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ssp/\nDisallow: /manage/\n")
    fam.noise += [
        "当前位置",
        "索引号：",
        "发布机构：",
        "闽海省人民政府办公厅",
        "生成日期：",
        "所属主题：",
        "综合政务/其他",
        "有 效 性：",
        "发布时间：",
        "来源：省政府办公厅",
        "字体：",
        "扫码阅读",
        "在手机上阅读本文",
        "附件下载：",
        "（PDF版）.pdf",
        "会议材料.docx",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "相关稿件",
        "网站标识码",
        "闽ICP备05013722号",
        "技术支持：南威软件股份有限公司",
        "无障碍",
        "长者模式",
    ]
    return fam
