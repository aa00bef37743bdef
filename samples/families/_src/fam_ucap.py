"""A city government portal on 开普云 Ucap CMS: articles `/art/Y/M/D/art_COL_ID.html` (a long one continued
on `art_COL_ID_2.html`), column lists `/xxgk/ldjh/index.html` and `index_1.html`; the 政府信息公开 索引号
table over the title, 发布时间/来源/浏览次数 line, 【字号：大 中 小】 bar, a photo with its 记者…摄 caption and
a centred byline/date before one speech, `#UCAP-CONTENT`, 相关附件 after the other, 【打印本页】【关闭窗口】,
责任编辑, 相关信息, 网站标识码 / 党政机关 / pucha.kaipuyun.cn 纠错 footer."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yunzhou.gov.test"
COL = "/xxgk/ldjh/"
SITE = "云州市人民政府"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="云州市人民政府" />
<meta name="SiteDomain" content="www.yunzhou.gov.test" />
<meta name="SiteIDCode" content="3311000017" />
@@META@@<link rel="stylesheet" type="text/css" href="/ucap/site/yunzhou/css/common.css" />
<link rel="stylesheet" type="text/css" href="/ucap/site/yunzhou/css/content.css" />
<script type="text/javascript" src="/ucap/site/yunzhou/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/ucap/site/yunzhou/js/common.js"></script>
</head>
<body>
<!--头部开始-->
<div class="top">
  <div class="w1200 clearfix">
    <div class="top_l">今天是：<span id="nowDate"></span><script type="text/javascript">showDate("nowDate");</script></div>
    <div class="top_r"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0);" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0);" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/ucap/zfwzjcy/">手机版</a></div>
  </div>
</div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/ucap/site/yunzhou/images/logo.png" alt="云州市人民政府" /></a>
<div class="search"><form action="/ucap/search/search.jsp" method="get" target="_blank"><input type="text" name="q" class="txt" placeholder="请输入关键字" /><input type="submit" value="搜索" class="btn" /></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zjyz/">走进云州</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>
<!--头部结束-->
"""

FOOT = """<!--底部开始-->
<div class="footer">
  <div class="w1200 clearfix">
    <div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60471578/CA130000000604715780001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
    <div class="foot_txt">
      <p><a href="/ucap/wzdt/">网站地图</a> | <a href="/ucap/lxwm/">联系我们</a> | <a href="/ucap/smsm/">使用帮助</a> | <a href="/ucap/yssm/">隐私声明</a></p>
      <p>主办单位：云州市人民政府办公室　承办单位：云州市大数据发展管理局</p>
      <p>网站标识码：3311000017　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<a href="http://www.beian.gov.cn/" target="_blank"><img src="/ucap/site/yunzhou/images/ga.png" />浙公网安备 33110202000118号</a></p>
      <p>技术支持：开普云信息科技股份有限公司　建议使用1366*768分辨率，IE9以上版本浏览器</p>
    </div>
    <div class="jiucuo"><script id="_jiucuo_" sitecode="3311000017" src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div>
  </div>
</div>
<!--底部结束-->
<script type="text/javascript" src="/ucap/site/yunzhou/js/ucap-visit.js"></script>
<script type="text/javascript" src="https://api.govwza.cn/cniil/assist.js?sitecode=3311000017" charset="utf-8"></script>
</body>
</html>
"""

# speech, colid, artid, y, m, d, time, source, publisher org, index no., editor, pages, photo, byline, attachment
ARTICLES = [
    (SPEECHES["ucap-1"], 3412, 786512, 2025, 3, 18, "16:20", "市政府办公室", "云州市人民政府办公室",
     "001008003/2025-07731", "陈思远", 2,
     ("lxq20250318_01.jpg", "3月18日，全市城市更新暨老旧小区改造推进会召开。市长林建华出席会议并讲话。　记者 叶晓岚 摄"),
     None, ("云州市2025年老旧小区改造计划项目表.xls", "/ucap/upload/files/2025/3/18162044512.xls")),
    (SPEECHES["ucap-2"], 3412, 781077, 2025, 2, 11, "09:45", "市应急管理局", "云州市应急管理局",
     "001008003/2025-04169", "郑雨桐", 1, None, ("市长　林建华", "（2025年2月11日）"), None),
]


def url_of(a, k=0):
    return f"/art/{a[3]}/{a[4]}/{a[5]}/art_{a[1]}_{a[2]}{'' if k == 0 else f'_{k + 1}'}.html"


def pager(a, count, k):
    def u(i):
        return url_of(a, i).rsplit("/", 1)[1]

    out = ['<div class="pagination" id="UCAP-PAGE" style="text-align:center;">']
    out.append(f'<a href="{u(0)}">首页</a>')
    out.append(f'<a href="{u(k - 1)}">上一页</a>' if k > 0 else '<span class="disabled">上一页</span>')
    for i in range(count):
        out.append(f'<span class="current">{i + 1}</span>' if i == k else f'<a href="{u(i)}">{i + 1}</a>')
    out.append(f'<a href="{u(k + 1)}">下一页</a>' if k < count - 1 else '<span class="disabled">下一页</span>')
    out.append(f'<a href="{u(count - 1)}">尾页</a>')
    out.append(f"<span>第{k + 1}页/共{count}页</span></div>")
    return "".join(out)


def article(a, runs, k, others):
    speech, col, aid, y, m, d, tm, source, org, index_no, editor, count, photo, byline, attach = a
    date = f"{y}-{m:02d}-{d:02d}"
    body = []
    if photo and k == 0:
        body.append(f'<p style="text-align: center;"><img src="/ucap/upload/images/{y}/{m}/{photo[0]}" border="0" width="600" alt="" /></p>')
        body.append(f'<p style="text-align: center; font-family: 楷体, 楷体_GB2312;">{photo[1]}</p>')
    if byline and k == 0:
        body.append(f'<p style="text-align: center;"><strong>{speech.title}</strong></p>')
        body.append(f'<p style="text-align: center;">{byline[0]}</p>')
        body.append(f'<p style="text-align: center;">{byline[1]}</p>')
    body += [f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">{p}</span></p>' for p in runs[k]]
    content = "\n".join(body)
    pg = pager(a, count, k) if count > 1 else ""
    fj = ""
    if attach and k == count - 1:
        fj = f"""<div class="xgfj"><span class="fj_title">相关附件：</span><ul><li><a href="{attach[1]}" target="_blank">{attach[0]}</a></li></ul></div>"""
    related = "".join(f'<li><a href="{url_of(o)}" target="_blank">{o[0].title}</a><span>{o[3]}-{o[4]:02d}-{o[5]:02d}</span></li>' for o in others)
    main = f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="{COL}index.html">领导讲话</a></div>
<div class="article_box">
<!--索引号表格开始-->
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th width="12%">索 引 号：</th><td width="38%">{index_no}</td><th width="12%">发布机构：</th><td width="38%">{org}</td></tr>
<tr><th>生成日期：</th><td>{date}</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>文　　号：</th><td></td><th>有 效 性：</th><td>有效</td></tr>
<tr><th>名　　称：</th><td colspan="3">{speech.title}</td></tr>
</table>
<!--索引号表格结束-->
<div class="article_title"><h1>{speech.title}</h1></div>
<div class="article_info">
<span>发布时间：{date} {tm}</span><span>来源：{source}</span><span>浏览次数：<font id="hits">--</font></span>
<span class="zh">【字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
</div>
<script type="text/javascript">$.get("/ucap/visit/count.do?articleId={aid}&siteId=3",function(n){{$("#hits").text(n);}});</script>
<div class="article_con" id="zoom">
<!--ucap:content begin-->
<div id="UCAP-CONTENT">
{content}
</div>
<!--ucap:content end-->
</div>
{pg}
{fj}
<div class="article_bottom clearfix">
<div class="editor">【责任编辑：{editor}】</div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
</div>
<div class="xgxx"><div class="xgxx_title">相关信息</div><ul>{related}</ul></div>
</div>
</div>
"""
    meta = (
        f'<meta name="ColumnName" content="领导讲话" />\n<meta name="ColumnType" content="领导讲话" />\n'
        f'<meta name="ArticleTitle" content="{speech.title}" />\n<meta name="PubDate" content="{date} {tm}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="领导讲话" />\n'
        f'<meta name="Description" content="{speech.paras[1][:60]}" />\n<meta name="Url" content="http://{HOST}{url_of(a, k)}" />\n'
    )
    return render(HEAD + main + FOOT, TITLE=f"{speech.title}_领导讲话_{SITE}", META=meta)


def list_page(items, n, count):
    rows = "\n".join(
        f'<li><a href="{url_of(a)}" target="_blank" title="{a[0].title}">{a[0].title}</a><span class="date">{a[3]}-{a[4]:02d}-{a[5]:02d}</span></li>'
        for a in items
    )

    def u(i):
        return "index.html" if i == 0 else f"index_{i}.html"

    nav = [f'<div class="pagination">共{count}页 ']
    nav.append(f'<a href="{u(n - 1)}">上一页</a>' if n > 0 else '<span class="disabled">上一页</span>')
    for i in range(count):
        nav.append(f'<span class="current">{i + 1}</span>' if i == n else f'<a href="{u(i)}">{i + 1}</a>')
    nav.append(f'<a href="{u(n + 1)}">下一页</a>' if n < count - 1 else '<span class="disabled">下一页</span>')
    nav.append("</div>")
    main = f"""<div class="w1200 main clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; 领导讲话</div>
<div class="left_menu"><h3>政务公开</h3><ul><li><a href="/xxgk/zwdt/">政务动态</a></li><li class="on"><a href="{COL}index.html">领导讲话</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/zcjd/">政策解读</a></li></ul></div>
<div class="right_list"><div class="list_title">领导讲话</div>
<ul class="list">
{rows}
</ul>
{''.join(nav)}
</div>
</div>
"""
    meta = '<meta name="ColumnName" content="领导讲话" />\n<meta name="ColumnType" content="领导讲话" />\n'
    return render(HEAD + main + FOOT, TITLE=f"领导讲话_{SITE}", META=meta)


def build() -> Family:
    fam = Family(
        HOST,
        "开普云 Ucap CMS city portal: /art/Y/M/D/art_COL_ID(_2).html, 索引号 table, 字号 大中小, #UCAP-CONTENT, 相关附件, 打印本页/关闭窗口, 网站标识码",
    )
    for a in ARTICLES:
        runs = split_paras(a[0].paras, a[11]) if a[11] > 1 else [a[0].paras]
        others = [o for o in ARTICLES if o is not a]
        pages = [url_of(a, k) for k in range(a[11])]
        for k, page in enumerate(pages):
            fam.put(page, article(a, runs, k, others))
        fam.doc(pages, a[0], published_at=f"{a[3]}-{a[4]:02d}-{a[5]:02d}")
        fam.not_documents += pages[1:]
    fam.put(f"{COL}index.html", list_page(ARTICLES[:1], 0, 2))
    fam.put(f"{COL}index_1.html", list_page(ARTICLES[1:], 1, 2))
    home = f"""<div class="w1200 index clearfix">
<div class="banner"><a href="/ztzl/csgx/"><img src="/ucap/upload/images/2025/3/banner_csgx.jpg" alt="城市更新行动" /></a></div>
<div class="index_box"><div class="index_tit"><h3>政务动态</h3><a href="/xxgk/zwdt/" class="more">更多&gt;&gt;</a></div><ul><li><a href="/xxgk/zwdt/">市政府召开第47次常务会议</a></li></ul></div>
<div class="index_box"><div class="index_tit"><h3>领导讲话</h3><a href="{COL}index.html" class="more">更多&gt;&gt;</a></div>
<ul><li><a href="{url_of(ARTICLES[0])}" target="_blank">{ARTICLES[0][0].title}</a><span>03-18</span></li></ul></div>
</div>
"""
    fam.put("/", render(HEAD + home + FOOT, TITLE=SITE, META='<meta name="ColumnName" content="首页" />\n'))
    fam.not_documents += ["/", f"{COL}index.html", f"{COL}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ucap/search/\n")
    fam.noise += [
        "云州市人民政府",
        "索 引 号",
        "001008003/2025-07731",
        "发布机构",
        "主题分类",
        "有 效 性",
        "发布时间",
        "来源：",
        "浏览次数",
        "字号：",
        "记者 叶晓岚 摄",
        "市长　林建华",
        "（2025年2月11日）",
        "首页",
        "尾页",
        "第1页/共2页",
        "相关附件：",
        "老旧小区改造计划项目表",
        "【责任编辑：",
        "【打印本页】",
        "【关闭窗口】",
        "相关信息",
        "网站标识码",
        "浙ICP备05012345号-1",
        "开普云",
    ]
    return fam
