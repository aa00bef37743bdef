"""沧澜省人民政府 portal on a 万户网络 ezEIP-style 政府网站群 platform (the newer generation of the vendor's
site-group CMS: `/channels/N.html` columns, `/contents/N/M.html` articles, `_2` continuation pages).

Home `/` (要闻 slider, 领导之窗 block) → column 省长讲话 `/channels/213.html` (+ `/channels/213_2.html`,
the `ez-pager` with 共N条 / 首页 / 上页 / 下页 / 尾页 / 跳转) → articles. Article pages: the 政府信息公开
metadata table (索引号 / 主题分类 / 发布机构 / 成文日期 / 名称 / 文号 / 发布日期 / 有效性) above `h1`,
`art-info` line (发布时间 / 来源 / 浏览次数 filled by script / 字号 大中小), text in
`div.art-con#zoom` between `<!--ezEIP_CONTENT_BEGIN-->` markers; the 营商环境 speech over two pages
(`518426.html`, `518426_2.html`, `ez-pager` 上一页 1 2 下一页), the other with a centred photo and a
楷体 caption (`（省政府办公厅供图）`) as its first paragraphs; after the text `（责任编辑：…）`, 【打印本页】
【关闭窗口】, 分享到, 相关稿件, footer with 网站标识码 / ICP / 公安备案 / 党政机关 script / 技术支持。"""

from common import SPEECHES, Family, split_paras

HOST = "www.canglan.gov.test"
CH = "/channels/213.html"
CH2 = "/channels/213_2.html"
A1 = "/contents/213/518426.html"
A1B = "/contents/213/518426_2.html"
A2 = "/contents/213/521903.html"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="SiteName" content="沧澜省人民政府">
<meta name="SiteDomain" content="www.canglan.gov.test">
<meta name="SiteIDCode" content="3600000001">
<meta name="ColumnName" content="@@COL@@">
<meta name="ColumnType" content="领导之窗">
@@META@@<link rel="stylesheet" href="/templates/ezgov2022/css/common.css?v=20230916">
<link rel="stylesheet" href="/templates/ezgov2022/css/inner.css?v=20230916">
<script src="/templates/ezgov2022/js/jquery-1.12.4.min.js"></script>
<script src="/templates/ezgov2022/js/ez.common.js?v=20230916"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
<span class="date" id="todayDate"></span>
<div class="fr"><a href="javascript:void(0)" id="wzaBtn">无障碍</a> | <a href="javascript:void(0)" id="zzmsBtn">长者模式</a> | <a href="javascript:void(0)" id="jtfBtn">繁體</a> | <a href="/en/">English</a> | <a href="https://zwfw.canglan.gov.test/">政务服务网</a></div>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="/templates/ezgov2022/images/logo.png" alt="沧澜省人民政府"></a>
<form class="search" action="/search/index.html" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/channels/201.html">要闻动态</a></li><li class="on"><a href="/channels/210.html">政务公开</a></li><li><a href="/channels/230.html">政务服务</a></li><li><a href="/channels/240.html">互动交流</a></li><li><a href="/channels/250.html">走进沧澜</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="f-links"><a href="/channels/261.html">网站地图</a> | <a href="/channels/262.html">联系我们</a> | <a href="/channels/263.html">使用帮助</a> | <a href="/channels/264.html">隐私声明</a></div>
<div class="f-info">
<span id="_ideConac"><script src="https://dcs.conac.cn/js/36/000/0000/40672360/CA360000000406723600002.js"></script></span>
<p>主办：沧澜省人民政府办公厅　承办：沧澜省大数据中心</p>
<p>网站标识码：3600000001　<a href="https://beian.miit.gov.cn/" target="_blank">澜ICP备05003511号</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=36010802000123">澜公网安备 36010802000123号</a></p>
<p>技术支持：万户网络技术有限公司　建议使用1366×768分辨率浏览本网站</p>
</div>
<span class="jiucuo"><script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js" id="_jiucuo_" sitecode="3600000001"></script></span>
</div></div>
<script src="/templates/ezgov2022/js/inner.js?v=20230916"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3e8b4c1a0f6d2b7e9c5a1d3f7b2e6a40";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

LEFT = """<div class="inner-left">
<div class="l-title">领导之窗</div>
<ul class="l-menu">
<li class="on"><a href="/channels/213.html">省长讲话</a></li>
<li><a href="/channels/214.html">领导活动</a></li>
<li><a href="/channels/215.html">领导分工</a></li>
<li><a href="/channels/216.html">副省长讲话</a></li>
</ul>
</div>
"""

CRUMB = '<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/channels/210.html">政务公开</a> &gt; <a href="/channels/212.html">领导之窗</a> &gt; <a href="/channels/213.html">省长讲话</a></div>\n'


def paras_html(paras):
    return "\n".join(f'<p style="text-indent: 2em; line-height: 2em;">{p}</p>' for p in paras)


def article(fam, sp, path, idx, pub, paras, *, pager="", pre="", page_no=1, pages=1):
    meta = (
        f'<meta name="ArticleTitle" content="{sp.title}">\n<meta name="PubDate" content="{pub}">\n'
        f'<meta name="ContentSource" content="省政府办公厅">\n<meta name="Keywords" content="省长讲话">\n'
    )
    title = sp.title + (f"(第{page_no}页)" if page_no > 1 else "") + "_省长讲话_沧澜省人民政府"
    cw = sp.date
    body = f"""{CRUMB}<div class="inner w1200">
{LEFT}<div class="inner-right">
<table class="xxgk-table" cellpadding="0" cellspacing="0">
<tr><th>索 引 号：</th><td>{idx}</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
<tr><th>发布机构：</th><td>沧澜省人民政府办公厅</td><th>成文日期：</th><td>{cw}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{sp.title}</td></tr>
<tr><th>文　　号：</th><td>无</td><th>发布日期：</th><td>{pub[:10]}</td></tr>
<tr><th>有 效 性：</th><td colspan="3">有效</td></tr>
</table>
<div class="article">
<h1 class="art-title">{sp.title}</h1>
<div class="art-info"><span>发布时间：{pub}</span><span>来源：省政府办公厅</span><span>浏览次数：<em id="hits_{path.split('/')[-1][:6]}"></em><script>ezHits("{path.split('/')[-1][:6]}","hits_{path.split('/')[-1][:6]}");</script></span><span class="zh">字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<div class="art-con" id="zoom">
<!--ezEIP_CONTENT_BEGIN-->
{pre}{paras_html(paras)}
<!--ezEIP_CONTENT_END-->
</div>
{pager}<div class="art-editor">（责任编辑：周晓宁）</div>
<div class="art-tools"><div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a> <a class="wb" href="javascript:void(0)">微博</a> <a class="qq" href="javascript:void(0)">QQ空间</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="related"><div class="r-title">相关稿件</div><ul>
<li><a href="{A2 if path != A2 else A1}">{(SPEECHES['f49b-4'] if path != A2 else SPEECHES['f49b-1']).title}</a></li>
<li><a href="/channels/214.html">省长陈立新赴沿江高铁项目现场调研</a></li>
</ul></div>
</div>
</div>
</div>
"""
    fam.put(path, HEAD.replace("@@META@@", meta).replace("@@TITLE@@", title).replace("@@COL@@", "省长讲话") + body + FOOT)


def ez_pager(cur, total, base):
    def u(n):
        return f"{base}.html" if n == 1 else f"{base}_{n}.html"
    prev = f'<a href="{u(cur-1)}">上一页</a>' if cur > 1 else '<span class="disabled">上一页</span>'
    nxt = f'<a href="{u(cur+1)}">下一页</a>' if cur < total else '<span class="disabled">下一页</span>'
    nums = " ".join(f'<span class="cur">{n}</span>' if n == cur else f'<a href="{u(n)}">{n}</a>' for n in range(1, total + 1))
    return f'<div class="ez-pager">{prev} {nums} {nxt}</div>\n'


def build() -> Family:
    s1, s2 = SPEECHES["f49b-1"], SPEECHES["f49b-4"]
    fam = Family(HOST, "万户 ezEIP-style provincial government portal")
    p1, p2 = split_paras(s1.paras, 2)
    base = A1[:-5]
    article(fam, s1, A1, "11360000MB1A23457X/2024-00318", "2024-03-14 09:30", p1, pager=ez_pager(1, 2, base))
    article(fam, s1, A1B, "11360000MB1A23457X/2024-00318", "2024-03-14 09:30", p2, pager=ez_pager(2, 2, base), page_no=2)
    pre = (
        '<p style="text-align: center;"><img src="/u/cms/www/202404/19173205x8k2.jpg" alt="" width="600" border="0"></p>\n'
        '<p style="text-align: center; font-family: 楷体, 楷体_GB2312;">4月19日，省长陈立新出席全省重大项目建设推进会并讲话。（省政府办公厅供图）</p>\n'
    )
    article(fam, s2, A2, "11360000MB1A23457X/2024-00452", "2024-04-22 16:05", s2.paras, pre=pre)

    old = [
        ("在省政府第十二次全体会议上的讲话", "2024-01-05"), ("在全省安全生产电视电话会议上的讲话", "2023-12-18"),
        ("在全省秋冬季农业生产工作会议上的讲话", "2023-10-27"), ("在沧澜—港澳经贸合作交流会上的致辞", "2023-09-14"),
        ("在全省防汛抗旱工作会议上的讲话", "2023-05-09"),
    ]

    def listing(path, items, cur):
        lis = "\n".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in items)
        pager = (
            f'<div class="ez-pager">共7条　每页5条　'
            + ('<a href="/channels/213.html">首页</a> <a href="/channels/213.html">上页</a> ' if cur == 2 else '<span>首页</span> <span>上页</span> ')
            + ('<a href="/channels/213_2.html">下页</a> <a href="/channels/213_2.html">尾页</a>' if cur == 1 else '<span>下页</span> <span>尾页</span>')
            + f'　第{cur}/2页 跳转到<input type="text" size="2" id="ezGo"><a href="javascript:ezGoPage(\'/channels/213\',2)">GO</a></div>\n'
        )
        body = f"""{CRUMB}<div class="inner w1200">
{LEFT}<div class="inner-right">
<div class="col-title"><h2>省长讲话</h2></div>
<ul class="news-list">
{lis}
</ul>
{pager}</div>
</div>
"""
        t = "省长讲话" + (f"(第{cur}页)" if cur > 1 else "") + "_沧澜省人民政府"
        fam.put(path, HEAD.replace("@@META@@", "").replace("@@TITLE@@", t).replace("@@COL@@", "省长讲话") + body + FOOT)

    listing(CH, [(A2, s2.title, "2024-04-22"), (A1, s1.title, "2024-03-14")] + [("/contents/213/50%d.html" % (4411 + i), t, d) for i, (t, d) in enumerate(old[:3])], 1)
    listing(CH2, [("/contents/213/49%d.html" % (7021 + i), t, d) for i, (t, d) in enumerate(old[3:])], 2)

    home = f"""<div class="banner w1200"><img src="/u/cms/www/202404/banner_ldzc.jpg" alt=""></div>
<div class="home w1200">
<div class="yw"><div class="h-title"><a href="/channels/201.html">要闻动态</a><a class="more" href="/channels/201.html">更多&gt;&gt;</a></div>
<ul>
<li><a href="{A2}">全省重大项目建设推进会召开　陈立新出席并讲话</a><span>04-22</span></li>
<li><a href="/channels/201.html">省政府常务会议研究部署一季度经济运行工作</a><span>04-18</span></li>
<li><a href="{A1}">全省优化营商环境推进大会召开</a><span>03-14</span></li>
</ul></div>
<div class="ldzc"><div class="h-title"><a href="{CH}">领导之窗</a><a class="more" href="{CH}">更多&gt;&gt;</a></div>
<div class="sz"><img src="/u/cms/www/leader/chenlixin.jpg" alt="陈立新"><p><a href="/channels/215.html">省长　陈立新</a></p></div>
<ul>
<li><a href="{A2}">{s2.title}</a></li>
<li><a href="{A1}">{s1.title}</a></li>
</ul></div>
</div>
"""
    fam.put("/", HEAD.replace("@@META@@", "").replace("@@TITLE@@", "沧澜省人民政府").replace("@@COL@@", "首页") + home + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /admin/\n")
    fam.doc([A1, A1B], s1)
    fam.doc([A2], s2)
    fam.not_documents = [A1B, CH2]
    fam.noise = ["责任编辑：周晓宁", "省政府办公厅供图", "打印本页", "网站标识码", "索 引 号"]
    return fam
