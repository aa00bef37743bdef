"""City 组织部 portal (沅州先锋网, 中共沅州市委组织部) on JeeSite 1.2 CMS (Java, Spring MVC + JSP front), Tomcat's
`text/html;charset=UTF-8`.

JeeSite's front controller: home `/f`, `/f/list-<categoryId>.html` (page 2 `?pageNo=2&pageSize=15`),
articles `/f/view-<categoryId>-<32-hex uuid>.html`; the site's red 党建 skin keeps the stock
`viewArticle.jsp` order: `ul.breadcrumb`, an `h3` title, `摘要：` line, the text, then the grey
`发布者：… 点击数：… 发布时间：… 更新时间：…` bar, 评论信息 (loaded by script), 相关文章. The office
added a content pager (`?pageNo=2`) for long speeches and a `来源：… 责任编辑：…` block under the text."""

from common import SPEECHES, Family, split_paras

HOST = "www.yzxfw.gov.test"
CAT = 12
ID1 = "3e5b0c9d1a7f4e2b8c6d0f1a2b3c4d5e"
ID2 = "9a41c7e2d05b4f3a8e1f6c2b7d9e0a13"
OTHER = [("5d2e8f10a3b44c6e9f7a1b2c3d4e5f60", "全市组织工作会议召开", "2023-05-22"),
         ("7c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5", "市委组织部开展“七一”走访慰问困难党员活动", "2023-06-28"),
         ("0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d", "关于2023年度市管干部任前公示的公告", "2023-07-03")]

HEAD = """<!DOCTYPE html>
<html>
<head>
\t<title>@@TITLE@@ - 沅州先锋网</title>
\t<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
\t<meta name="author" content="http://jeesite.com/"/>
\t<meta name="renderer" content="webkit">
\t<meta http-equiv="X-UA-Compatible" content="IE=8,IE=9,IE=10" />
\t<meta http-equiv="Expires" content="0"><meta http-equiv="Cache-Control" content="no-cache"><meta http-equiv="Cache-Control" content="no-store">
\t<meta name="description" content="@@DESC@@" />
\t<meta name="keywords" content="沅州先锋网,沅州组工,党建,组织工作" />
\t<script src="/static/jquery/jquery-1.9.1.min.js" type="text/javascript"></script>
\t<link href="/static/bootstrap/2.3.1/css_cerulean/bootstrap.min.css" type="text/css" rel="stylesheet" />
\t<script src="/static/bootstrap/2.3.1/js/bootstrap.min.js" type="text/javascript"></script>
\t<link href="/static/common/jeesite.css" type="text/css" rel="stylesheet" />
\t<link href="/static/modules/cms/front/themes/xianfeng/style.css" type="text/css" rel="stylesheet" />
\t<script src="/static/modules/cms/front/themes/xianfeng/script.js" type="text/javascript"></script>
\t<script type="text/javascript">var ctx = '/f', ctxStatic='/static';</script>
</head>
<body>
\t<div class="topbar"><div class="container">今天是：<span id="today"></span><script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script><span class="pull-right"><a href="http://www.yuanzhou.gov.test/">沅州市人民政府</a> | <a href="http://www.12371-like.test/">共产党员网</a> | <a href="/f/list-31.html">无障碍</a></span></div></div>
\t<div class="banner"><div class="container"><a href="/f/index-1.html"><img src="/userfiles/1/images/cms/site/logo_xfw.png" alt="沅州先锋网 中共沅州市委组织部主办"></a></div></div>
\t<div class="navbar navbar-fixed-top" style="position:static;margin-bottom:10px;">
\t\t<div class="navbar-inner"><div class="container">
\t\t\t<div class="nav-collapse"><ul id="main_nav" class="nav nav-pills">
\t\t\t\t<li class="@@HOMEACT@@"><a href="/f/index-1.html">首　页</a></li>
\t\t\t\t<li class="@@CATACT@@"><a href="/f/list-12.html"><span>领导讲话</span></a></li>
\t\t\t\t<li><a href="/f/list-13.html"><span>组工动态</span></a></li>
\t\t\t\t<li><a href="/f/list-14.html"><span>基层党建</span></a></li>
\t\t\t\t<li><a href="/f/list-15.html"><span>干部工作</span></a></li>
\t\t\t\t<li><a href="/f/list-16.html"><span>人才工作</span></a></li>
\t\t\t\t<li><a href="/f/list-17.html"><span>公示公告</span></a></li>
\t\t\t\t<li><a href="/f/guestbook"><span>12380举报</span></a></li>
\t\t\t</ul>
\t\t\t<form class="navbar-form pull-right" action="/f/search" method="get"><input type="text" name="q" maxlength="20" style="width:65px;" placeholder="全站搜索..." value=""/></form>
\t\t\t</div>
\t\t</div></div>
\t</div>
\t<div class="container">
\t\t<div class="content">
"""

FOOT = """\t\t</div>
\t\t<hr style="margin:20px 0 10px;">
\t\t<footer>
\t\t\t<div class="footer_nav"><a href="/f/list-18.html">关于我们</a> | <a href="/f/list-19.html">联系我们</a> | <a href="/f/guestbook">意见反馈</a></div>
\t\t\t<div class="pull-right">主办：中共沅州市委组织部　承办：沅州市党员教育中心<br>地址：沅州市人民路88号　电话：0745-2812371　邮编：418000</div>
\t\t\t<div class="copyright">Copyright &copy; 2015-2023 沅州先锋网 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备15004412号-1</a>　<img src="/static/images/ga.png"> 湘公网安备43120202000112号<br><span id="_ideConac"><script type="text/javascript" src="//dcs.conac.cn/js/18/000/0000/60429971/CA180000000604299710001.js"></script></span></div>
\t\t</footer>
\t</div>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?2f6a91b8c3d4e5f60718293a4b5c6d7e"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


def head(title, desc, home=False):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace(
        "@@HOMEACT@@", "active" if home else "").replace("@@CATACT@@", "" if home else "active")


def paras_html(ps):
    out = []
    for p in ps:
        if p[:2] in ("一、", "二、", "三、", "四、"):
            out.append(f'<p style="text-indent:2em;"><strong>{p}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{p}</p>')
    return "\n".join(out)


def article(aid, title, summary, body, user, hits, stamp, pager, tail):
    related = "\n".join(f'<li style="float:left;width:230px;"><a href="/f/view-{CAT}-{i}.html">{t}</a></li>'
                        for i, t, _ in OTHER[:2])
    return head(title, summary) + f"""\t\t\t<div class="row">
\t\t\t<div class="span2">
\t\t\t\t<h4>栏目列表</h4>
\t\t\t\t<ol>
\t\t\t\t\t<li><a href="/f/list-12.html">领导讲话</a></li>
\t\t\t\t\t<li><a href="/f/list-13.html">组工动态</a></li>
\t\t\t\t\t<li><a href="/f/list-14.html">基层党建</a></li>
\t\t\t\t</ol>
\t\t\t\t<h4>推荐阅读</h4>
\t\t\t\t<ol>
\t\t\t\t\t<li><a href="/f/view-13-{OTHER[1][0]}.html" title="{OTHER[1][1]}">市委组织部开展“七一”走访...</a></li>
\t\t\t\t</ol>
\t\t\t</div>
\t\t\t<div class="span10">
\t\t\t\t<ul class="breadcrumb">
\t\t\t\t\t<strong>当前位置：</strong><a href="/f/index-1.html">首页</a><span class="divider">/</span> <a href="/f/list-12.html">领导讲话</a><span class="divider">/</span>
\t\t\t\t</ul>
\t\t\t</div>
\t\t\t<div class="span10">
\t\t\t\t<div class="row">
\t\t\t\t\t<div class="span10">
\t\t\t\t\t\t<h3 style="color:#555555;font-size:20px;text-align:center;border-bottom:1px solid #ddd;padding-bottom:15px;margin:25px 0;">{title}</h3>
\t\t\t\t\t\t<div>摘要：{summary}</div>
\t\t\t\t\t\t<div class="article_content">
{body}
\t\t\t\t\t\t</div>
{pager}{tail}
\t\t\t\t\t\t<div style="border-top:1px solid #ddd;padding:10px;margin:25px 0;">发布者：{user} &nbsp; 点击数：{hits} &nbsp; 发布时间：{stamp} &nbsp; 更新时间：{stamp}</div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t\t<div class="row">
\t\t\t\t\t<div id="comment" class="hide span10">
\t\t\t\t\t\t正在加载评论...
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t\t<div class="row">
\t\t\t\t\t<div class="span10">
\t\t\t\t\t\t<h5>相关文章</h5>
\t\t\t\t\t\t<ol>{related}</ol>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t<script type="text/javascript">
\t\t$(document).ready(function() {{
\t\t\tif ("1"=="1"){{ getComment({{theme: 'xianfeng', contentId: '{aid}', categoryId: '{CAT}'}}); }}
\t\t\t$.get("/f/hits?id={aid}");
\t\t}});
\t\tfunction getComment(param){{ $.get("/f/comment", param, function(data){{ $("#comment").html(data).show(); }}); }}
\t</script>
""" + FOOT


def pager(aid, cur):
    items = []
    items.append('<li class="disabled"><a href="javascript:">&#171; 上一页</a></li>' if cur == 1 else
                 f'<li><a href="/f/view-{CAT}-{aid}.html">&#171; 上一页</a></li>')
    for n in (1, 2):
        href = f"/f/view-{CAT}-{aid}.html" + ("" if n == 1 else "?pageNo=2")
        items.append(f'<li class="active"><a href="javascript:">{n}</a></li>' if n == cur else f'<li><a href="{href}">{n}</a></li>')
    items.append(f'<li><a href="/f/view-{CAT}-{aid}.html?pageNo=2">下一页 &#187;</a></li>' if cur == 1 else
                 '<li class="disabled"><a href="javascript:">下一页 &#187;</a></li>')
    return f'<div class="pagination pagination-centered"><ul>{"".join(items)}</ul></div>\n'


def listing(rows, page):
    lis = "\n".join(f'<li><span class="pull-right">{d}</span><a href="/f/view-{CAT}-{i}.html" style="color:">{t}</a></li>' for i, t, d in rows)
    first = '<li class="disabled"><a href="javascript:">&#171; 上一页</a></li><li class="active"><a href="javascript:">1</a></li><li><a href="javascript:" onclick="page(2,15,\'\');">2</a></li><li><a href="javascript:" onclick="page(2,15,\'\');">下一页 &#187;</a></li>'
    second = '<li><a href="javascript:" onclick="page(1,15,\'\');">&#171; 上一页</a></li><li><a href="javascript:" onclick="page(1,15,\'\');">1</a></li><li class="active"><a href="javascript:">2</a></li><li class="disabled"><a href="javascript:">下一页 &#187;</a></li>'
    return head("领导讲话", "领导讲话") + f"""\t\t\t<div class="row">
\t\t\t<div class="span2"><h4>栏目列表</h4><ol><li><a href="/f/list-12.html">领导讲话</a></li><li><a href="/f/list-13.html">组工动态</a></li></ol></div>
\t\t\t<div class="span10">
\t\t\t\t<ul class="breadcrumb"><strong>当前位置：</strong><a href="/f/index-1.html">首页</a><span class="divider">/</span> <a href="/f/list-12.html">领导讲话</a><span class="divider">/</span></ul>
\t\t\t</div>
\t\t\t<div class="span10">
\t\t\t\t<h4>领导讲话</h4>
\t\t\t\t<ul>
{lis}
\t\t\t\t</ul>
\t\t\t\t<form id="searchForm" action="/f/list-12.html" method="post"><input id="pageNo" name="pageNo" type="hidden" value="{page}"/><input id="pageSize" name="pageSize" type="hidden" value="15"/></form>
\t\t\t\t<div class="pagination"><ul>{first if page == 1 else second}<li class="disabled controls"><a href="javascript:">当前 <input type="text" value="{page}" onkeypress="var e=window.event||this;var c=e.keyCode||e.which;if(c==13)page(this.value,15,'');" onclick="this.select();"/> / <input type="text" value="15" onclick="this.select();"/> 条，共 17 条</a></li></ul><div style="clear:both;"></div></div>
\t\t\t\t<script type="text/javascript">function page(n,s){{location="/f/list-12.html?pageNo="+n+"&pageSize="+s;}}</script>
\t\t\t</div>
\t\t\t</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "city 组织部 portal (先锋网) on JeeSite 1.2 CMS front (Java/JSP, /f/view-CAT-UUID.html)",
                 content_type="text/html;charset=UTF-8")
    s1, s2 = SPEECHES["f52b-1"], SPEECHES["f52b-2"]
    u1, u2 = f"/f/view-{CAT}-{ID1}.html", f"/f/view-{CAT}-{ID2}.html"
    a, b = split_paras(s1.paras, 2)
    sum1 = "6月14日，全市年轻干部培养工作推进会召开，市委常委、组织部部长周海林出席会议并讲话。"
    tail1 = """<div class="art_source" style="text-align:right;color:#666;margin-top:15px;">来源：沅州市委组织部干部一科<br>责任编辑：罗晓岚　　审核：唐建军</div>\n"""
    fam.put(u1, article(ID1, s1.title, sum1, paras_html(a), "罗晓岚", 1286, "2023-06-15 09:42:17", pager(ID1, 1), ""))
    fam.route(u1 + "?pageNo=2", f"/f/view-{CAT}-{ID1}_p2.html",
              article(ID1, s1.title, sum1, paras_html(b), "罗晓岚", 1286, "2023-06-15 09:42:17", pager(ID1, 2), tail1))
    fam.doc([u1, u1 + "?pageNo=2"], s1, published_at="2023-06-14")
    sum2 = "11月8日，全市乡镇（街道）党（工）委书记抓基层党建工作述职评议会召开，市委组织部常务副部长邓一鸣现场点评。"
    tail2 = """<div class="art_source" style="text-align:right;color:#666;margin-top:15px;">来源：沅州市委组织部组织一科<br>责任编辑：谢敏　　审核：唐建军</div>\n"""
    fam.put(u2, article(ID2, s2.title, sum2, paras_html(s2.paras), "谢敏", 874, "2023-11-09 16:05:33", "", tail2))
    fam.doc([u2], s2, published_at="2023-11-08")
    rows = [(ID2, s2.title, "2023-11-09")] + [(i, t, d) for i, t, d in OTHER[:1]] + [(ID1, s1.title, "2023-06-15")]
    rows2 = [(OTHER[2][0], "市委组织部部长在全市人才工作会议上的讲话（摘要）", "2022-12-02")]
    fam.put("/f/list-12.html", listing(rows, 1))
    fam.route("/f/list-12.html?pageNo=2&pageSize=15", "/f/list-12_p2.html", listing(rows2, 2))
    for i, t, d in OTHER:
        fam.put(f"/f/view-{CAT}-{i}.html", article(i, t, t, '<p style="text-indent:2em;">（内容略）</p>', "谢敏", 233, d + " 10:00:00", "", ""))
    home = head("首页", "沅州先锋网是中共沅州市委组织部主办的党建门户网站", home=True) + f"""\t\t\t<div class="row">
\t\t\t\t<div class="span4"><h4><small><a href="/f/list-12.html" class="pull-right">更多&gt;&gt;</a></small>领导讲话</h4>
\t\t\t\t\t<ul><li><span class="pull-right">11-09</span><a href="{u2}">{s2.title[:18]}...</a></li><li><span class="pull-right">06-15</span><a href="{u1}">{s1.title}</a></li></ul></div>
\t\t\t\t<div class="span4"><h4><small><a href="/f/list-13.html" class="pull-right">更多&gt;&gt;</a></small>组工动态</h4>
\t\t\t\t\t<ul><li><span class="pull-right">06-28</span><a href="/f/view-13-{OTHER[1][0]}.html">{OTHER[1][1]}</a></li></ul></div>
\t\t\t\t<div class="span4"><h4>12380举报</h4><p>电话：0745-12380<br>网站：<a href="/f/guestbook">www.yzxfw.gov.test/f/guestbook</a><br>短信：13307451238</p></div>
\t\t\t</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/f/index-1.html", home)
    fam.put(f"/f/view-13-{OTHER[1][0]}.html", article(OTHER[1][0], OTHER[1][1], OTHER[1][1], '<p style="text-indent:2em;">（内容略）</p>', "谢敏", 233, "2023-06-28 10:00:00", "", ""))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /a/\nDisallow: /f/search\n")
    fam.not_documents += ["/", "/f/index-1.html", "/f/list-12.html", "/f/list-12.html?pageNo=2&pageSize=15", u1 + "?pageNo=2"]
    fam.noise += ["摘要：", "发布者：", "点击数：", "责任编辑：罗晓岚", "来源：沅州市委组织部", "正在加载评论", "相关文章", "湘ICP备", "当前位置："]
    return fam
