"""中央纪委国家监委网站 (ccdi.gov.cn)-like 要闻 pages on TRS WCM: articles at
`/yaowenn/202405/t20240522_350123.html` (the site's own `yaowenn` column folder), `h2.tit`, the
`daty_con` line (发布时间 / 来源 / 字号 大 中 小) and the 分享 bar (微信 / 微博 / QQ空间) before the
text in `div.content > div.TRS_Editor` with the TRS style block; one article opens with a news lead
(`…讲话全文如下。`) and runs over 2 pages through TRS's inline `createPageHTML` script pager
(`t…_1.html`, 上一页 / 下一页 written by `document.write`); after the text 责任编辑, 【打印】【关闭】,
扫一扫 (客户端下载), 相关新闻; TRS list pager on `/yaowenn/` (`index.html`, `index_1.html`). UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jiwei-like.test"
COL = "/yaowenn/"

LEAD = ("5月21日，全省纪检监察干部队伍建设工作会议召开。省委常委、省纪委书记、省监委主任刘明远出席会议并讲话。"
        "现将讲话全文刊发如下。")

# speech, ym, doc, time, headline, lead, editor, pages
ARTICLES = [
    (SPEECHES["r25a-j1"], "202405", "t20240522_350123", "2024-05-22 07:30", SPEECHES["r25a-j1"].title, LEAD, "韩雪", 2),
    (SPEECHES["r25a-j2"], "202407", "t20240710_356872", "2024-07-10 08:05", "赵振宇：扣好廉洁从政的“第一粒扣子”", "", "陈思远", 1),
]

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{line-height:2;font-family:宋体;font-size:12pt;}</style>"""

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link rel="stylesheet" type="text/css" href="/images/ccdi_common.css" />
<link rel="stylesheet" type="text/css" href="/images/ccdi_xl.css" />
<script type="text/javascript" src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top_bar"><div class="w1200"><div class="fl">@@TODAY@@</div><div class="fr"><a href="/app/">客户端</a> | <a href="/wb/">微博</a> | <a href="/wx/">微信</a> | <a href="/English/">English</a></div></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo_2022.png" alt="中央纪委国家监委网站（测试）" /></a>
<div class="search"><form name="searchform" action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" class="ipt" value="" placeholder="请输入关键词" /><input type="submit" class="btn" value="" /></form></div></div></div>
<div class="menu"><ul class="w1200">
<li><a href="/">首页</a></li><li class="on"><a href="/yaowenn/">要闻</a></li><li><a href="/scdcn/">审查调查</a></li><li><a href="/xxgkn/">信息公开</a></li><li><a href="/jdjcn/">监督检查</a></li><li><a href="/toutiaon/">头条</a></li><li><a href="/lswhn/">廉政文化</a></li><li><a href="/gjhzn/">国际合作</a></li><li><a href="/djfgn/">党纪法规</a></li><li><a href="/hdjln/">互动交流</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="foot_link"><a href="/gywm/">关于我们</a>|<a href="/lxwm/">联系我们</a>|<a href="/wzdt/">网站地图</a>|<a href="/bqsm/">版权声明</a></div>
<p>版权所有：中央纪委国家监委网站（测试）　未经授权禁止复制或建立镜像</p>
<p>地址：北京市西城区平安里西大街41号　邮编：100813</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10023090号-1</a>　<img src="/images/beian.png" />京公网安备 11010202007001号　网站标识码：bm03000001</p>
<div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60400143/CA330000000604001430001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
</div></div>
<script type="text/javascript" src="/images/ccdi_common.js"></script>
<script type="text/javascript">
var _maq = _maq || [];
_maq.push(['_setAccount', 'ccdi']);
(function() { var ma = document.createElement('script'); ma.type = 'text/javascript'; ma.async = true; ma.src = '/images/ma.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ma, s); })();
</script>
</body>
</html>
"""


def url_of(a, k=0):
    return f"{COL}{a[1]}/{a[2]}{'' if k == 0 else f'_{k}'}.html"


def trs_pager(doc, k, count):
    """TRS WCM's content pager: the template prints the script, the browser writes the links."""
    if count == 1:
        return ""
    return f"""<div class="page">
<script language="JavaScript">
var currentPage = {k};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = {count}//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\"{doc}"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\"{doc}.html\\">上一页</a>&nbsp;");
//循环
var num = 5;
for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){{
	if(countPage >1){{
		if(currentPage==i)
			document.write("<span style=\\"color:#FF0000;\\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\\"{doc}.html\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\"{doc}"+"_" + i + "."+"html\\">"+(i+1)+"</a>&nbsp;");
	}}
}}
//设置下一页代码
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\"{doc}"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");
</script>
</div>"""


def article(a, k, runs, other):
    speech, ym, doc, stamp, head, lead, editor, count = a
    paras = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in runs[k])
    if lead and k == 0:
        paras = f'<p style="text-indent: 2em;">{lead}</p>\n' + paras
    body = f"""<div class="w1200 main_xl">
<div class="weizhi">当前位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="要闻" class="CurrChnlCls">要闻</a></div>
<div class="daty">
  <h2 class="tit">{head}</h2>
  <div class="daty_con">
    <em class="e e1">发布时间：{stamp}</em>
    <em class="e e2">来源：中央纪委国家监委网站</em>
    <em class="e e3">字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a><a href="javascript:void(0);" onclick="fontZoom(16)">中</a><a href="javascript:void(0);" onclick="fontZoom(14)">小</a></em>
    <div class="fenx"><span>分享：</span><a href="javascript:void(0);" class="fx_wx" title="微信"></a><a href="javascript:void(0);" class="fx_wb" title="微博"></a><a href="javascript:void(0);" class="fx_qq" title="QQ空间"></a>
      <div class="fx_ewm" style="display:none;"><img src="/images/ewm_share.png" /><p>用微信扫描二维码<br />分享至好友和朋友圈</p></div></div>
  </div>
</div>
<div class="content" id="fontzoom">
<div class="TRS_Editor">{TRS_STYLE}
{paras}
</div>
</div>
{trs_pager(doc, k, count)}
<div class="zrbj">责任编辑：{editor}</div>
<div class="bom"><a href="javascript:window.print();" class="dy">【打印】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();" class="gb">【关闭】</a></div>
<div class="ewm_box"><img src="/images/app_ewm.png" alt="" /><p>扫一扫下载中央纪委国家监委网站客户端</p></div>
<div class="xgxw"><div class="xgxw_tit">相关新闻</div><ul><li><a href="{url_of(other)}" target="_blank">{other[4]}</a><span>{other[3][:10]}</span></li></ul></div>
</div>
<script type="text/javascript">
function fontZoom(size){{ $("#fontzoom .TRS_Editor p").css("font-size", size + "px"); }}
</script>
"""
    meta = (
        '<meta name="SiteName" content="中央纪委国家监委网站（测试）" />\n<meta name="SiteDomain" content="www.jiwei-like.test" />\n'
        '<meta name="SiteIDCode" content="bm03000001" />\n<meta name="ColumnName" content="要闻" />\n<meta name="ColumnType" content="要闻" />\n'
        f'<meta name="ArticleTitle" content="{head}" />\n<meta name="PubDate" content="{stamp}" />\n'
        '<meta name="ContentSource" content="中央纪委国家监委网站" />\n'
    )
    return render(HEAD + body + FOOT, TITLE=f"{head}_中央纪委国家监委网站（测试）", KW="要闻", DESC=head, META=meta, TODAY=stamp[:10])


def list_page(items, n, count):
    rows = "\n".join(
        f'<li><a href="./{a[1]}/{a[2]}.html" target="_blank" title="{a[4]}">{a[4]}</a><span class="more">{a[3][:10]}</span></li>' for a in items
    )
    pager = trs_pager("index", n, count)
    body = f"""<div class="w1200 main_list">
<div class="weizhi">当前位置：<a href="../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="./" title="要闻" class="CurrChnlCls">要闻</a></div>
<div class="list_tit">要闻</div>
<ul class="list_news_dl2">
{rows}
</ul>
{pager}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="要闻_中央纪委国家监委网站（测试）", KW="要闻", DESC="要闻", META="", TODAY="2024-07-10")


def home():
    rows = "".join(f'<li><a href="./yaowenn/{a[1]}/{a[2]}.html" target="_blank">{a[4]}</a></li>' for a in ARTICLES)
    body = f"""<div class="w1200 index">
<div class="toutiao"><a href="./yaowenn/{ARTICLES[1][1]}/{ARTICLES[1][2]}.html" target="_blank">{ARTICLES[1][4]}</a></div>
<div class="ywbox"><div class="hd"><a href="./yaowenn/">要闻</a><a href="./yaowenn/" class="more">更多</a></div><ul>{rows}</ul></div>
<div class="jbbox"><a href="http://www.12388-like.test/" target="_blank"><img src="/images/12388.png" alt="中央纪委国家监委信访举报网站" /></a><p>欢迎举报　请登录中央纪委国家监委网站举报平台</p></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中央纪委国家监委网站（测试）", KW="中央纪委国家监委", DESC="中央纪委国家监委网站", META="", TODAY="2024-07-10")


def build() -> Family:
    fam = Family(
        HOST,
        "ccdi.gov.cn-like 要闻 on TRS WCM: /yaowenn/YYYYMM/tYYYYMMDD_N.html, daty_con line, 分享 bar, 字号, news lead, inline createPageHTML content pager (t…_1.html), 打印/关闭",
    )
    for i, a in enumerate(ARTICLES):
        count = a[7]
        runs = split_paras(a[0].paras, count) if count > 1 else [a[0].paras]
        pages = [url_of(a, k) for k in range(count)]
        for k, page in enumerate(pages):
            fam.put(page, article(a, k, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[4], published_at=a[3][:10], pages_found_by="script pager")
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(COL, list_page(ARTICLES[1:], 0, 2))
    fam.put(f"{COL}index.html", list_page(ARTICLES[1:], 0, 2))
    fam.put(f"{COL}index_1.html", list_page(ARTICLES[:1], 1, 2))
    fam.not_documents += ["/", COL, f"{COL}index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.noise += [
        "中央纪委国家监委网站（测试）",
        "当前位置",
        "发布时间：",
        "来源：中央纪委国家监委网站",
        "字号：",
        "分享：",
        "用微信扫描二维码",
        "全省纪检监察干部队伍建设工作会议召开",
        "现将讲话全文刊发如下",
        "责任编辑：",
        "韩雪",
        "【打印】",
        "【关闭】",
        "扫一扫下载中央纪委国家监委网站客户端",
        "相关新闻",
        "京ICP备10023090号-1",
        "网站标识码",
    ]
    return fam
