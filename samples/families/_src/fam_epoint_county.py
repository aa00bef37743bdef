"""A county government portal on 国泰新点 Epoint 网站群 (WebBuilder): column codes as folders
(`/xxgk/003001/003001002/`), articles at `/xxgk/003001/003001002/YYYYMMDD/<GUID>.html`, list pages
`moreinfo.html` then `2.html`; `ewb-` class names, the 政府网站 meta tags, 索引号 table, `#mainContent`
between the Epoint content comments, 浏览次数 filled by the WebBuilder rest call, 【字体】/打印/关闭,
附件, 相关信息, footer with 主办 / ICP / 公安备案 / 网站标识码 and the 党政机关 mark."""

from common import SPEECHES, Family, render

HOST = "www.fengyang-xian.gov.test"
COL = "/xxgk/003001/003001002"

ARTS = [
    (SPEECHES["f41b-1"], "20240322", "2024-03-22 16:45", "f3c1a9d2-6b7e-4c58-9a1d-2e8f0b6c7d31", "县长　李建国", "（2024年3月21日）"),
    (SPEECHES["f41b-2"], "20240510", "2024-05-10 09:12", "0a9e57b4-3d21-4f6a-b8c2-71d4e6a95f08", None, None),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="SiteName" content="凤阳县人民政府">
<meta name="SiteDomain" content="www.fengyang-xian.gov.test">
<meta name="SiteIDCode" content="3411260001">
@@META@@<title>@@TITLE@@</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/@@CSS@@.css">
<script src="/js/jquery.min.js"></script>
<script src="/js/webBuilderCommonJs/util.js"></script>
</head>
<body>
<!-- 头部 -->
<div class="ewb-top">
  <div class="ewb-container clearfix">
    <span class="l">今天是：<span id="today"></span></span>
    <div class="r"><a href="javascript:;" id="jdtool">无障碍浏览</a><a href="javascript:;" class="ewb-old">长者模式</a><a href="https://www.fengyang-xian.gov.test/wap/">手机版</a><a href="/ewbsearch/fullsearch.html">站内搜索</a></div>
  </div>
</div>
<div class="ewb-header">
  <div class="ewb-container"><a href="/" class="ewb-logo"><img src="/images/logo.png" alt="凤阳县人民政府"></a>
    <div class="ewb-search"><input type="text" id="searchText" placeholder="请输入关键字"><a href="javascript:;" id="searchBtn" class="ewb-search-btn">搜索</a></div>
  </div>
</div>
<div class="ewb-nav">
  <ul class="ewb-container ewb-nav-items">
    <li class="ewb-nav-item"><a href="/">首页</a></li>
    <li class="ewb-nav-item"><a href="/zwdt/">政务动态</a></li>
    <li class="ewb-nav-item current"><a href="/xxgk/">政务公开</a></li>
    <li class="ewb-nav-item"><a href="/zmhd/">政民互动</a></li>
    <li class="ewb-nav-item"><a href="/zwfw/">政务服务</a></li>
    <li class="ewb-nav-item"><a href="/zjfy/">走进凤阳</a></li>
  </ul>
</div>
"""

FOOT = """<!-- 底部 -->
<div class="ewb-footer">
  <div class="ewb-container clearfix">
    <div class="ewb-footer-dzjg l"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60412345/CA130000000604123450001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="ewb-footer-info l">
      <p><a href="/zjfy/003007/about.html">关于我们</a> | <a href="/zjfy/003007/sitemap.html">网站地图</a> | <a href="/zjfy/003007/contact.html">联系我们</a></p>
      <p>主办单位：凤阳县人民政府办公室　　承办单位：凤阳县数据资源管理局</p>
      <p>网站标识码：3411260001　　<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05012345号-1</a>　　<a href="http://www.beian.gov.cn/" target="_blank"><img src="/images/ga.png">皖公网安备 34112602000123号</a></p>
      <p>技术支持：国泰新点软件股份有限公司</p>
    </div>
    <div class="ewb-footer-jc r"><script id="_jiucuo_" sitecode="3411260001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<script src="/js/common.js"></script>
</body>
</html>
"""


def path_of(i):
    s, day, *_ = ARTS[i]
    return f"{COL}/{day}/{ARTS[i][3]}.html"


def article(i):
    s, day, stamp, guid, speaker, dateline = ARTS[i]
    paras = []
    if speaker:
        paras.append(f'<p style="text-align: center;"><strong><span style="font-size: 22px; font-family: 方正小标宋简体;">{s.title}</span></strong></p>')
        paras.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312;">{speaker}</span></p>')
        paras.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312;">{dateline}</span></p>')
    for p in s.paras:
        if p.startswith(("一、", "二、", "三、")):
            paras.append(f'<p style="text-indent: 2em;"><span style="font-family: 黑体;">{p}</span></p>')
        else:
            paras.append(f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">{p}</span></p>')
    other = 1 - i
    meta = (
        f'<meta name="ColumnName" content="领导讲话">\n<meta name="ColumnType" content="政务公开">\n'
        f'<meta name="ArticleTitle" content="{s.title}">\n<meta name="PubDate" content="{stamp}">\n'
        f'<meta name="ContentSource" content="县政府办公室">\n<meta name="Keywords" content="讲话">\n'
        f'<meta name="Description" content="{s.paras[1][:60]}">\n'
    )
    body = """<div class="ewb-container">
  <div class="ewb-location">
    <span class="ewb-location-icon"></span>当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/003001/moreinfo.html">政府信息公开</a> &gt; <a href="@@COL@@/moreinfo.html">领导讲话</a>
  </div>
  <div class="ewb-article">
    <table class="ewb-article-xxgk" cellpadding="0" cellspacing="0">
      <tr><th>索引号：</th><td>003001002/@@YEAR@@-0@@IDX@@</td><th>信息分类：</th><td>领导讲话</td></tr>
      <tr><th>发布机构：</th><td>凤阳县人民政府办公室</td><th>生成日期：</th><td>@@DAY@@</td></tr>
      <tr><th>名　　称：</th><td colspan="3">@@TITLE@@</td></tr>
      <tr><th>文　　号：</th><td></td><th>关 键 词：</th><td>讲话</td></tr>
    </table>
    <h1 class="ewb-article-tt">@@TITLE@@</h1>
    <div class="ewb-article-sources">
      <span>发布时间：@@STAMP@@</span>
      <span>信息来源：县政府办公室</span>
      <span>浏览次数：<span id="infoViewCount">0</span></span>
      <span class="ewb-article-size">【字体：<a href="javascript:;" onclick="doZoom(20)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a>】</span>
    </div>
    <div class="ewb-article-info" id="mainContent">
      <!--EpointContent-->
@@PARAS@@
      <!--EpointContent-->
    </div>
    <div class="ewb-article-attach" style="display:none;"><h4>附件：</h4><ul id="attachList"></ul></div>
    <div class="ewb-article-ft clearfix">
      <div class="ewb-share l">分享到：<a href="javascript:;" class="bds_weixin" title="分享到微信"></a><a href="javascript:;" class="bds_tsina" title="分享到新浪微博"></a><a href="javascript:;" class="bds_qzone" title="分享到QQ空间"></a></div>
      <div class="ewb-article-opts r"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="ewb-article-code"><img src="/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
    <div class="ewb-related">
      <h3 class="ewb-related-hd">相关信息</h3>
      <ul class="ewb-related-items">
        <li class="ewb-related-item clearfix"><a href="@@OTHER@@" target="_blank" class="l">@@OTHERT@@</a><span class="r">@@OTHERD@@</span></li>
      </ul>
    </div>
  </div>
</div>
<script>
var infoid = "@@GUID@@";
$(function () {
    $.ajax({
        url: "/EpointWebBuilder/rest/frontAppCustomAction/getPageVisitCount",
        type: "post",
        data: { params: JSON.stringify({ siteGuid: "7eb5f7f1-9041-43ad-8e13-8fcb82ea831a", infoid: infoid }) },
        success: function (msg) { $("#infoViewCount").html(msg.custom.count); }
    });
});
function doZoom(size) { $("#mainContent, #mainContent p, #mainContent span").css("font-size", size + "px"); }
</script>
"""
    return render(
        HEAD + body + FOOT,
        META=meta,
        TITLE=s.title,
        CSS="article",
        COL=COL,
        YEAR=day[:4],
        IDX=i + 11,
        DAY=stamp[:10],
        STAMP=stamp,
        PARAS="\n".join(paras),
        OTHER=path_of(other),
        OTHERT=ARTS[other][0].title,
        OTHERD=ARTS[other][2][:10],
        GUID=guid,
    )


def listing(page):
    rows = []
    if page == 1:
        items = [(path_of(1), ARTS[1][0].title, ARTS[1][2][:10])]
    else:
        items = [(path_of(0), ARTS[0][0].title, ARTS[0][2][:10])]
    for href, t, d in items:
        rows.append(f'<li class="ewb-list-node clearfix"><a href="{href}" target="_blank" class="ewb-list-name" title="{t}">{t}</a><span class="ewb-list-date">{d}</span></li>')
    pager = """<div class="ewb-page">
  <ul class="m-pagination-page">
    @@P@@
  </ul>
  <span class="m-pagination-info">共 2 条 每页 1 条 第 @@N@@/2 页</span>
</div>"""
    if page == 1:
        p = '<li class="active"><a href="javascript:;">1</a></li><li><a href="2.html">2</a></li><li><a href="2.html">下一页</a></li><li><a href="2.html">尾页</a></li>'
    else:
        p = '<li><a href="moreinfo.html">首页</a></li><li><a href="moreinfo.html">上一页</a></li><li><a href="moreinfo.html">1</a></li><li class="active"><a href="javascript:;">2</a></li>'
    body = """<div class="ewb-container">
  <div class="ewb-location"><span class="ewb-location-icon"></span>当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/003001/moreinfo.html">政府信息公开</a> &gt; <a href="@@COL@@/moreinfo.html">领导讲话</a></div>
  <div class="ewb-list-bd">
    <h3 class="ewb-list-hd">领导讲话</h3>
    <ul class="ewb-list">
@@ROWS@@
    </ul>
    @@PAGER@@
  </div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="领导讲话 - 凤阳县人民政府", CSS="list", COL=COL,
                  ROWS="\n".join(rows), PAGER=render(pager, P=p, N=page))


def home():
    body = """<div class="ewb-container">
  <div class="ewb-block ewb-news">
    <div class="ewb-block-hd"><h3>政务动态</h3><a href="/zwdt/002001/moreinfo.html" class="ewb-more">更多&gt;&gt;</a></div>
    <ul class="ewb-list"><li class="ewb-list-node"><a href="/zwdt/002001/20240520/5c1e2d3f-aaaa-4b1c-9d8e-112233445566.html">我县召开2024年防汛抗旱工作会议</a><span class="ewb-list-date">05-20</span></li></ul>
  </div>
  <div class="ewb-block ewb-ldjh">
    <div class="ewb-block-hd"><h3>领导讲话</h3><a href="@@COL@@/moreinfo.html" class="ewb-more">更多&gt;&gt;</a></div>
    <ul class="ewb-list"><li class="ewb-list-node"><a href="@@A@@" title="@@AT@@">@@AT@@</a><span class="ewb-list-date">@@AD@@</span></li></ul>
  </div>
</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="凤阳县人民政府", CSS="index", COL=COL,
                  A=path_of(1), AT=ARTS[1][0].title, AD=ARTS[1][2][5:10])


def build() -> Family:
    fam = Family(HOST, "county government portal on 国泰新点 Epoint 网站群 (WebBuilder)")
    fam.put("/", home())
    fam.put(f"{COL}/moreinfo.html", listing(1))
    fam.put(f"{COL}/2.html", listing(2))
    fam.not_documents += ["/", f"{COL}/moreinfo.html", f"{COL}/2.html"]
    for i, a in enumerate(ARTS):
        fam.put(path_of(i), article(i))
        fam.doc([path_of(i)], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /EpointWebBuilder/\nDisallow: /ewbsearch/\n")
    fam.noise += ["当前位置", "索引号", "发布时间", "浏览次数", "【字体", "打印本页", "关闭窗口", "扫一扫在手机打开当前页",
                  "相关信息", "皖ICP备05012345号-1", "技术支持：国泰新点软件股份有限公司", "分享到"]
    fam.note = "one speech opens with its own centred title, speaker and date lines (not part of the expected text); 发布时间 is the day after the meeting"
    return fam
