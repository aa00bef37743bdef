"""国务院国资委 (sasac.gov.cn)-like pages on TRS: 委领导 speeches at
`/n2588020/n2588072/n2590818/n2590820/c30841275/content.html` (the site's `n…` column / `c…` document
paths, every page named content.html or index.html), 政府网站 meta tags, `zsy_dqwz` 当前位置 breadcrumb,
title block `zsy_cotitle` (h2, `<p>文章来源：… 发布时间：2024-05-16</p>`), a tool bar with 字号 大 中 小,
分享到 (微信 / 微博), 【打印】 【关闭】, the text in `div.zsy_comain` > `#div_zhengwen` (TRS_Editor
paragraphs with inline styles, a centred bold 讲话 heading), `zsy_xgwz` 相关文章, the column list
`index.html` → `index_2590820_1.html` with `createPageHTML`-style 首页/上一页/下一页/尾页 links, header with
国资委 logo, 政务服务 / 国资小新 links, footer with 网站地图 / 联系我们, 主办单位, 京ICP备05083843号-1,
京公网安备, 网站标识码bm19000001, 党政机关 mark and 找错. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.guoziwei-like.test"
COL = "/n2588020/n2588072/n2590818/n2590820/"

# speech, cid, headline, 文章来源
ARTICLES = [
    (SPEECHES["r31a-g1"], "c30841275", "王宏志：在中央企业科技创新工作推进会上的讲话", "国资委新闻中心"),
    (SPEECHES["r31a-g2"], "c30512806", "周立新：在中央企业安全生产工作专题会议上的讲话", "安全生产监督局"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="国务院国有资产监督管理委员会" />
<meta name="SiteDomain" content="www.sasac.gov.cn" />
<meta name="SiteIDCode" content="bm19000001" />
@@META@@
<link href="/images/zsy_common.css" rel="stylesheet" type="text/css" />
<link href="/images/zsy_content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/images/zsy_common.js"></script>
</head>
<body>
<!--头部开始-->
<div class="zsy_top">
  <div class="zsy_w1000">
    <div class="zsy_topl">今天是：<script type="text/javascript">showDate();</script></div>
    <div class="zsy_topr"><a href="/n2588020/index.html">设为首页</a> | <a href="javascript:void(0);" onclick="addFavorite();">加入收藏</a> | <a href="/n2588025/n2588139/index.html">无障碍</a> | <a href="http://en.sasac.gov.cn/" target="_blank">English</a></div>
  </div>
</div>
<div class="zsy_header">
  <div class="zsy_w1000">
    <div class="zsy_logo"><a href="/n2588020/index.html"><img src="/images/zsy_logo.png" alt="国务院国有资产监督管理委员会" /></a></div>
    <div class="zsy_search">
      <form name="searchform" action="http://www.sasac.gov.cn/search/search.jsp" method="get" target="_blank">
        <input type="text" name="searchword" class="zsy_sinput" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" />
        <input type="submit" class="zsy_sbtn" value="搜索" />
      </form>
    </div>
  </div>
</div>
<div class="zsy_nav">
  <ul class="zsy_w1000">
    <li><a href="/n2588020/index.html">首页</a></li>
    <li class="on"><a href="/n2588020/n2588072/index.html">机构概况</a></li>
    <li><a href="/n2588025/index.html">新闻发布</a></li>
    <li><a href="/n2588035/index.html">政务公开</a></li>
    <li><a href="/n2588040/index.html">政务服务</a></li>
    <li><a href="/n2588045/index.html">互动交流</a></li>
    <li><a href="/n4470048/index.html">国资小新</a></li>
  </ul>
</div>
<!--头部结束-->
"""

FOOT = """<!--底部开始-->
<div class="zsy_footer">
  <div class="zsy_w1000">
    <div class="zsy_flink"><a href="/n2588020/n2588047/index.html" target="_blank">网站地图</a> | <a href="/n2588020/n2588049/index.html" target="_blank">联系我们</a> | <a href="/n2588020/n2588051/index.html" target="_blank">网站声明</a></div>
    <div class="zsy_fcon">
      <span class="zsy_dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script></span>
      <p>主办单位：国务院国有资产监督管理委员会　　版权所有：国务院国有资产监督管理委员会</p>
      <p>地址：北京市西城区宣武门西大街26号院2号楼　邮编：100053</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05083843号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202007810" target="_blank">京公网安备11010202007810号</a>　网站标识码bm19000001</p>
      <span class="zsy_jiucuo"><script id="_jiucuo_" sitecode='bm19000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></span>
    </div>
  </div>
</div>
<!--底部结束-->
<script type="text/javascript">
var _trsta_mpid = "1093";
(function(){var s=document.createElement("script");s.src="https://ta.trs.cn/c/js/ta.js?mpid="+_trsta_mpid;s.async=true;document.getElementsByTagName("head")[0].appendChild(s);})();
</script>
</body>
</html>
"""

CRUMB = """<div class="zsy_dqwz zsy_w1000">当前位置：<a href="/n2588020/index.html" target="_self">首页</a> &gt; <a href="/n2588020/n2588072/index.html" target="_self">机构概况</a> &gt; <a href="/n2588020/n2588072/n2590818/index.html" target="_self">委领导</a> &gt; <a href="/n2588020/n2588072/n2590818/n2590820/index.html" target="_self">讲话</a></div>"""


def meta(column, title="", date="", source=""):
    out = f'<meta name="ColumnName" content="{column}" />\n<meta name="ColumnDescription" content="" />\n<meta name="ColumnKeywords" content="" />\n<meta name="ColumnType" content="{column}" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{date}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
            '<meta name="Author" content="" />\n<meta name="Description" content="" />\n<meta name="Image" content="" />\n<meta name="Url" content="" />'
        )
    return out


def para(text):
    if text.endswith("：") and len(text) < 12:
        return f'<p style="text-indent: 2em; font-family: 宋体; font-size: 12pt;">{text}</p>'
    if text[:2] in {"第一", "第二", "第三"} and "。" in text[:30]:
        lead, rest = text.split("。", 1)
        return f'<p style="text-indent: 2em; font-family: 宋体; font-size: 12pt;"><strong>{lead}。</strong>{rest}</p>'
    return f'<p style="text-indent: 2em; font-family: 宋体; font-size: 12pt;">{text}</p>'


def article(a, other):
    speech, cid, head, source = a
    speaker, occasion = head.split("：", 1)
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + CRUMB + """
<div class="zsy_content zsy_w1000">
  <div class="zsy_cotitle">
    <h2>@@H@@</h2>
    <p>文章来源：@@SOURCE@@　　发布时间：@@DATE@@</p>
  </div>
  <div class="zsy_cotool">
    <div class="zsy_cotooll">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></div>
    <div class="zsy_cotoolr">
      <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <a href="javascript:window.print();" class="zsy_print">【打印】</a><a href="javascript:window.close();" class="zsy_close">【关闭】</a>
    </div>
  </div>
  <div class="zsy_comain">
<!--<$[信息内容]>begin--><div id="div_zhengwen"><div class="TRS_Editor">
<p style="text-align: center; font-family: 宋体; font-size: 12pt;"><strong>@@OCC@@</strong></p>
<p style="text-align: center; font-family: 楷体_GB2312; font-size: 12pt;">@@SPEAKER@@</p>
<p style="text-align: center; font-family: 楷体_GB2312; font-size: 12pt;">（@@CNDATE@@）</p>
@@BODY@@
</div></div><!--<$[信息内容]>end-->
  </div>
  <div class="zsy_xgwz">
    <div class="zsy_xgwz_tit">相关文章</div>
    <ul>
      <li><a href="../@@OCID@@/content.html" target="_blank">@@OH@@</a><span>@@ODATE@@</span></li>
      <li><a href="/n2588025/n2643314/c30827166/content.html" target="_blank">国资委召开中央企业负责人研讨班</a><span>2024-05-10</span></li>
    </ul>
  </div>
</div>
<script type="text/javascript">
function doZoom(size){var d=document.getElementById("div_zhengwen");d.style.fontSize=size+"px";var ps=d.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};
with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
""" + FOOT
    y, m, d = speech.date.split("-")
    return render(
        page,
        TITLE=f"{head}-国务院国有资产监督管理委员会",
        META=meta("讲话", head, f"{speech.date} 10:30", source),
        H=head,
        SOURCE=source,
        DATE=speech.date,
        OCC=occasion,
        SPEAKER=f"国务院国资委副主任　{speaker}" if speaker == "王宏志" else f"国务院国资委党委委员、副主任　{speaker}",
        CNDATE=f"{int(y)}年{int(m)}月{int(d)}日",
        BODY=body,
        OCID=other[1],
        OH=other[2],
        ODATE=other[0].date,
    )


FILLER = [
    [("王宏志出席中央企业品牌建设推进会", "c30790154", "2024-04-26")],
    [("周立新：在中央企业质量管理工作座谈会上的讲话", "c30377215", "2024-03-12")],
]


def list_page(n, count):
    items = [(ARTICLES[n][2], ARTICLES[n][1], ARTICLES[n][0].date)] + FILLER[n]
    rows = "\n".join(
        f'<li><a href="./{cid}/content.html" target="_blank" title="{t}">{t}</a><span>[{d}]</span></li>'
        if cid in (ARTICLES[0][1], ARTICLES[1][1])
        else f'<li><a href="../../../n2588025/n2643314/{cid}/content.html" target="_blank" title="{t}">{t}</a><span>[{d}]</span></li>'
        for t, cid, d in items
    )
    names = ["index.html"] + [f"index_2590820_{i}.html" for i in range(1, count)]
    pager = []
    pager.append('<a href="index.html">首页</a>')
    pager.append(f'<a href="{names[n-1]}">上一页</a>' if n > 0 else '<span>上一页</span>')
    pager.append(f'<a href="{names[n+1]}">下一页</a>' if n + 1 < count else '<span>下一页</span>')
    pager.append(f'<a href="{names[-1]}">尾页</a>')
    page = HEAD + CRUMB + """
<div class="zsy_list zsy_w1000">
  <div class="zsy_listl">
    <div class="zsy_listl_tit">委领导</div>
    <ul><li><a href="../n2590819/index.html">简介</a></li><li class="on"><a href="./index.html">讲话</a></li><li><a href="../n2590821/index.html">活动</a></li></ul>
  </div>
  <div class="zsy_listr">
    <div class="zsy_listr_tit"><span>讲话</span></div>
    <ul class="zsy_conlist">
@@ROWS@@
    </ul>
    <div class="zsy_page">共@@COUNT@@页　@@PAGER@@　当前第@@CUR@@页</div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="讲话-国务院国有资产监督管理委员会", META=meta("讲话"), ROWS=rows, COUNT=count, PAGER=" ".join(pager), CUR=n + 1)


def home():
    a = ARTICLES[0]
    page = HEAD + """
<div class="zsy_index zsy_w1000">
  <div class="zsy_ttxw"><h1><a href="/n2588020/n2588072/n2590818/n2590820/@@CID@@/content.html" target="_blank">@@H@@</a></h1></div>
  <div class="zsy_ywzx">
    <div class="zsy_tab"><span class="on">国资要闻</span><span>监管动态</span><a href="/n2588025/n2643314/index.html" class="more">更多</a></div>
    <ul>
      <li><a href="/n2588020/n2588072/n2590818/n2590820/@@CID@@/content.html" target="_blank">@@H@@</a><span>05-16</span></li>
      <li><a href="/n2588025/n2643314/c30827166/content.html" target="_blank">国资委召开中央企业负责人研讨班</a><span>05-10</span></li>
    </ul>
  </div>
  <div class="zsy_wld"><a href="/n2588020/n2588072/n2590818/index.html">委领导</a> <a href="/n2588020/n2588072/n2590818/n2590820/index.html">讲话</a></div>
  <div class="zsy_xiaoxin"><img src="/images/gzxx_ewm.jpg" alt="" /><p>国资小新</p><p>扫码关注</p></div>
</div>
""" + FOOT
    return render(page, TITLE="国务院国有资产监督管理委员会", META=meta("首页"), CID=a[1], H=a[2])


def build() -> Family:
    fam = Family(
        HOST,
        "sasac.gov.cn-like TRS site: n…/c…/content.html paths, zsy_cotitle (文章来源 / 发布时间), 字号 / 分享到 / 【打印】【关闭】, #div_zhengwen TRS_Editor with centred occasion / speaker / date lines, 相关文章",
    )
    for i, a in enumerate(ARTICLES):
        path = f"{COL}{a[1]}/content.html"
        fam.put(path, article(a, ARTICLES[1 - i]))
        fam.doc([path], a[0], title=a[2])
    fam.put("/", home())
    fam.put("/n2588020/index.html", home())
    fam.put(f"{COL}index.html", list_page(0, 2))
    fam.put(f"{COL}index_2590820_1.html", list_page(1, 2))
    fam.not_documents += ["/", "/n2588020/index.html", f"{COL}index.html", f"{COL}index_2590820_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += ["当前位置", "文章来源：", "发布时间：", "字号：", "分享到：", "【打印】", "【关闭】", "相关文章", "京ICP备05083843号-1", "网站标识码bm19000001"]
    return fam
