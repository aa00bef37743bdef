"""国家卫生健康委 (nhc.gov.cn)-like pages: articles at `/xcs/s3574/202405/<32 hex>.shtml`; 政府网站 meta
tags (SiteName, SiteIDCode bm24000006, ColumnName 工作动态, ArticleTitle, PubDate, ContentSource); top bar
(无障碍 / 繁体 / English / 手机版), logo + search, nav, `div.wz` 当前位置, `div.list > div.tit` (the headline),
`div.source` (发布时间： / 来源: spans), the text in `div.con#xw_box` (`<p>` with `text-indent:2em`,
bold heading lines), `div.fx` 分享到 + 【打印本页】【关闭窗口】, 相关链接; the column list `new_list.shtml` /
`new_list_2.shtml` (`ul.zxxx_list` rows with `span.ml` dates, `div.pagination_index_num#page_div` filled by
`createPageHTML('page_div',2,1,'new_list','shtml',31)`), footer with 主办 / 京ICP备18052910号 / 京公网安备 /
网站标识码 bm24000006, 党政机关 mark and 找错. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.weijianwei-like.test"
COL = "/xcs/s3574/"

# speech, yyyymm, hex id, headline, source, pubdate
ARTICLES = [
    (SPEECHES["f39b-3"], "202405", "7c3e5b1f0a2d4e8b9f6c1a3d5e7b9c02", "全国爱卫办主任在2024年全国爱国卫生运动工作推进会上的讲话", "规划司"),
    (SPEECHES["f39b-4"], "202405", "a41d8e63b2c9470fa5e2d1c8b6f3e917", "国家卫生健康委副主任在全国基层卫生健康工作座谈会上的讲话", "基层司"),
]

FILLER = [
    ("国家卫生健康委召开2024年二季度例行新闻发布会", "2024-05-15", "3e9b6c0d2f4a4b1e8c7d5a6f1b2e3c40"),
    ("国家卫生健康委员会2024年5月14日新闻发布会文字实录", "2024-05-14", "55a7c1e9d3b24f0ea8c6b2d4e1f7a938"),
    ("全国医疗机构卫生应急工作现场会在湖北召开", "2024-05-13", "0b8f2d6a4c1e4a7b9e3d5c2f6a8b1d74"),
    ("关于开展2024年“世界无烟日”主题宣传活动的通知", "2024-05-11", "c2e4a6b8d0f1437a9b5c7e1d3f5a2b66"),
    ("国家卫生健康委部署做好2024年夏季高温中暑防治工作", "2024-05-08", "9d1b3f5a7c2e4b6d8f0a1c3e5b7d9f18"),
    ("国家卫生健康委办公厅关于印发医疗机构废弃物分类指南的通知", "2024-05-06", "e7c9a1b3d5f24e6a8c0b2d4f6a8c1e53"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="SiteName" content="中华人民共和国国家卫生健康委员会" />
<meta name="SiteDomain" content="www.nhc.gov.cn" />
<meta name="SiteIDCode" content="bm24000006" />
@@META@@
<title>@@TITLE@@</title>
<link rel="stylesheet" type="text/css" href="/xcs/css/base.css" />
<link rel="stylesheet" type="text/css" href="/xcs/css/@@CSS@@.css" />
<script type="text/javascript" src="/xcs/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/xcs/js/fontsize.js"></script>
</head>
<body>
<div class="top">
  <div class="w1024 clearfix">
    <div class="fl top_date"><script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>
    <div class="fr top_link"><a href="javascript:void(0);" id="wza">无障碍</a><span>|</span><a href="javascript:void(0);" id="zh_click_s">繁体</a><span>|</span><a href="http://en.nhc.gov.cn/" target="_blank">English</a><span>|</span><a href="http://www.nhc.gov.cn/wap/" target="_blank">手机版</a></div>
  </div>
</div>
<div class="header">
  <div class="w1024 clearfix">
    <div class="logo fl"><a href="/"><img src="/xcs/images/logo.png" alt="中华人民共和国国家卫生健康委员会" /></a></div>
    <div class="search fr">
      <form action="http://search.nhc.gov.cn/was5/web/search" method="get" target="_blank" name="searchform">
        <input type="hidden" name="channelid" value="216039" />
        <input type="text" name="searchword" id="searchword" class="ssk" value="" placeholder="请输入关键字" />
        <input type="submit" class="ssan" value="搜索" />
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1024 clearfix">
    <li><a href="/">首页</a></li>
    <li><a href="/wjw/jgzn/jgzn.shtml">机构</a></li>
    <li class="on"><a href="/xcs/xwbd/list.shtml">新闻</a></li>
    <li><a href="/wjw/xxgk/xxgk.shtml">信息</a></li>
    <li><a href="/wjw/zwfw/zwfw.shtml">服务</a></li>
    <li><a href="/wjw/hdjl/hdjl.shtml">互动</a></li>
    <li><a href="/wjw/ztzl/ztzl.shtml">专题</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1024 clearfix">
    <div class="dzjg fl"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A3F7EE5A3A2C9EBE053022819AC1D73" target="_blank"><img id="imgConac" src="/xcs/images/red.png" alt="党政机关" /></a></span></div>
    <div class="foot_txt fl">
      <p><a href="/wjw/wzdt/wzdt.shtml" target="_blank">网站地图</a> | <a href="/wjw/lxwm/lxwm.shtml" target="_blank">联系我们</a> | <a href="/wjw/wzsm/wzsm.shtml" target="_blank">网站声明</a></p>
      <p>主办：国家卫生健康委员会　版权所有：国家卫生健康委员会　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备18052910号</a></p>
      <p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502039578" target="_blank"><img src="/xcs/images/ga.png" alt="" />京公网安备 11010502039578号</a>　网站标识码：bm24000006</p>
    </div>
    <div class="jiucuo fr"><script id="_jiucuo_" sitecode="bm24000006" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
</body>
</html>
"""


def gov_meta(title="", pub="", source=""):
    out = '<meta name="ColumnName" content="工作动态" />\n<meta name="ColumnType" content="工作动态" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{pub}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n<meta name="Description" content="" />'
        )
    return out


def para(text):
    if text[:2] in {"一、", "二、", "三、", "四、"} and len(text) < 40:
        return f'<p style="text-indent:2em;"><strong>{text}</strong></p>'
    return f'<p style="text-indent:2em;">{text}</p>'


def url_of(a):
    return f"{COL}{a[1]}/{a[2]}.shtml"


WZ = '<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/xcs/xwbd/list.shtml">新闻</a> &gt; <a href="/xcs/s3574/new_list.shtml">工作动态</a></div>'


def article(a, other):
    speech, _ym, _hex, title, source = a
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + """<div class="w1024 mb50">
  @@WZ@@
  <div class="list">
    <div class="tit">@@H@@</div>
    <div class="source"><span>发布时间：&nbsp;@@DATE@@</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>来源:&nbsp;@@SOURCE@@</span></div>
    <div class="con" id="xw_box">
@@BODY@@
    </div>
    <div class="fx clearfix">
      <div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <div class="dy fr"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
    </div>
    <div class="xglj">
      <div class="xglj_tit">相关链接：</div>
      <ul>
        <li><a href="@@OURL@@" target="_blank">@@OH@@</a></li>
      </ul>
    </div>
  </div>
</div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
""" + FOOT
    return render(
        page,
        META=gov_meta(title, speech.date, source),
        TITLE=title,
        CSS="xilan",
        WZ=WZ,
        H=title,
        DATE=speech.date,
        SOURCE=source,
        BODY=body,
        OURL=url_of(other),
        OH=other[3],
    )


PAGER_FN = """<script type="text/javascript">
function createPageHTML(_sId, _nPageCount, _nCurrIndex, _sPageName, _sPageExt, _nPageSum){
	var el = document.getElementById(_sId);
	if(el == null || _nPageCount == null || _nPageCount <= 1){ return; }
	var h = "<span>共" + _nPageSum + "条&nbsp;&nbsp;" + _nCurrIndex + "/" + _nPageCount + "页</span>";
	var u = function(i){ return i == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; };
	h += _nCurrIndex == 1 ? "<span>首页</span><span>上一页</span>" : "<a href='" + u(1) + "'>首页</a><a href='" + u(_nCurrIndex - 1) + "'>上一页</a>";
	for(var i = 1; i <= _nPageCount; i++){
		h += i == _nCurrIndex ? "<a class='active'>" + i + "</a>" : "<a href='" + u(i) + "'>" + i + "</a>";
	}
	h += _nCurrIndex == _nPageCount ? "<span>下一页</span><span>尾页</span>" : "<a href='" + u(_nCurrIndex + 1) + "'>下一页</a><a href='" + u(_nPageCount) + "'>尾页</a>";
	el.innerHTML = h;
}
</script>"""


def list_page(n):
    a, b = ARTICLES
    if n == 1:
        rows = [(a[3], a[0].date, url_of(a))] + [(t, d, f"{COL}{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILLER[:3]]
    else:
        rows = [(t, d, f"{COL}{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILLER[3:4]] + [(b[3], b[0].date, url_of(b))] + [
            (t, d, f"{COL}{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILLER[4:]
        ]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="ml">{d}</span></li>' for t, d, h in rows)
    page = HEAD + """<div class="w1024 mb50">
  @@WZ@@
  <div class="index_title"><span>工作动态</span></div>
  <ul class="zxxx_list">
@@LIS@@
  </ul>
  <div class="pagination_index_num" id="page_div"></div>
  @@PAGERFN@@
  <script type="text/javascript">createPageHTML('page_div',2, @@N@@,'new_list','shtml',31);</script>
</div>
""" + FOOT
    return render(page, META=gov_meta(), TITLE="工作动态", CSS="list", WZ=WZ, LIS=lis, PAGERFN=PAGER_FN, N=n)


def home():
    a = ARTICLES[0]
    rows = [(a[3], a[0].date, url_of(a))] + [(t, d, f"{COL}{d[:7].replace('-', '')}/{h}.shtml") for t, d, h in FILLER[:4]]
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d[5:]}</span></li>' for t, d, h in rows)
    page = HEAD + """<div class="w1024 index">
  <div class="tt"><a href="@@URL@@" target="_blank">@@H@@</a></div>
  <div class="index_xw">
    <div class="index_xw_tit"><span class="on">工作动态</span><a href="/xcs/s3574/new_list.shtml" class="more" target="_blank">更多&gt;&gt;</a></div>
    <ul class="xw_list">
@@LIS@@
    </ul>
  </div>
  <div class="index_fw"><a href="/wjw/zwfw/zwfw.shtml">政务服务</a><a href="/wjw/xxgk/xxgk.shtml">信息公开</a><a href="/wjw/hdjl/hdjl.shtml">互动交流</a></div>
</div>
""" + FOOT
    return render(page, META=gov_meta(), TITLE="中华人民共和国国家卫生健康委员会", CSS="index", URL=url_of(a), H=a[3], LIS=lis)


def build() -> Family:
    fam = Family(
        HOST,
        "nhc.gov.cn-like pages: /xcs/s3574/202405/<hex>.shtml, div.list > div.tit, div.source 发布时间/来源, div.con#xw_box, 分享到, 【打印本页】【关闭窗口】, 相关链接; new_list.shtml / new_list_2.shtml with createPageHTML('page_div',…)",
        content_type="text/html; charset=UTF-8",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], title=a[3])
    fam.put("/", home())
    fam.put(COL + "new_list.shtml", list_page(1))
    fam.put(COL + "new_list_2.shtml", list_page(2))
    fam.not_documents += ["/", COL + "new_list.shtml", COL + "new_list_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "发布时间：",
        "来源:",
        "分享到：",
        "【打印本页】",
        "【关闭窗口】",
        "相关链接：",
        "京ICP备18052910号",
        "网站标识码：bm24000006",
        "主办：国家卫生健康委员会",
    ]
    fam.note = "the column's page 2 (new_list_2.shtml, holding the second speech's row) is linked only through createPageHTML('page_div',…) filling the pager's innerHTML; the second speech is also linked from the first's 相关链接"
    return fam
