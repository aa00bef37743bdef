"""最高人民检察院 (spp.gov.cn)-like pages on TRS WCM: articles at `/spp/tt/202405/t20240516_654321.shtml`,
the column `/spp/tt/` (`index.shtml`, `index_1.shtml`); the TRS gov meta tags (SiteName / SiteIDCode /
ColumnName / ArticleTitle / PubDate / ContentSource), header and 检察 nav, `BreadcrumbNav` 您的位置,
`detail_tit`, `detail_extend1` (time + 来源) and `detail_extend2` (【字体：大 中 小】 打印 分享到), the text
in `div.detail_con#fontzoom > div.TRS_Editor` with the TRS style block; the long speech runs over 2
pages (`t…_1.shtml`) through TRS's `createPageHTML(2, 0, "t…", "shtml")` call, its function printed
inline, the links written by `document.write`; a news lead before one speech, `（责任编辑：…）` after the
text, 【关闭窗口】, 相关链接, the footer with 网站标识码, ICP, 党政机关 and 纠错 scripts. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jianchayuan.gov.test"
COL = "/spp/tt/"

LEAD = ("5月15日，全省检察机关业务工作推进会在省会召开。省人民检察院党组书记、检察长刘振国出席会议并讲话。"
        "本网现将讲话全文刊发如下。")

# speech, ym, doc, time, headline, source, editor, lead, pages
ARTICLES = [
    (SPEECHES["f36b-p1"], "202405", "t20240516_654321", "2024-05-16 07:30", "刘振国：在全省检察机关业务工作推进会上的讲话", "检察日报", "屈明", LEAD, 2),
    (SPEECHES["f36b-p2"], "202405", "t20240529_656087", "2024-05-29 08:15", "在“检察开放日”活动上的致辞", "最高人民检察院", "王佳慧", "", 1),
]

TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:5px;margin-bottom:5px;line-height:1.75;font-family:宋体;font-size:12pt;}</style>"""

CREATE_PAGE = """<script language="javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span class=\\"page_on\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"page_on\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;");
}
</script>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国最高人民检察院（测试）" />
<meta name="SiteDomain" content="www.jianchayuan.gov.test" />
<meta name="SiteIDCode" content="bm38000001" />
@@META@@<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/images/spp2020/css/common.css" rel="stylesheet" type="text/css" />
<link href="/images/spp2020/css/detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/spp2020/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200">
<div class="top_l">@@TODAY@@</div>
<div class="top_r"><a href="/spp/wzdt/">网站地图</a> | <a href="/spp/wap/">手机版</a> | <a href="http://en.jianchayuan.gov.test/" target="_blank">English</a> | <a href="javascript:void(0);" class="wza">无障碍</a></div>
</div></div>
<div class="header"><div class="w1200">
<div class="logo"><a href="/"><img src="/images/spp2020/img/logo.png" alt="中华人民共和国最高人民检察院（测试）" /></a></div>
<div class="search"><form action="/was5/web/search" method="get" name="searchform" target="_blank"><input type="hidden" name="channelid" value="233208" /><input type="text" name="searchword" class="s_input" value="" placeholder="请输入关键词" /><input type="submit" class="s_btn" value="" /></form></div>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/spp/tt/">头条</a></li><li><a href="/spp/qwfb/">权威发布</a></li><li><a href="/spp/jcyw/">检察业务</a></li><li><a href="/spp/jcdt/">检察动态</a></li><li><a href="/spp/ldjh/">领导讲话</a></li><li><a href="/spp/gzbg/">工作报告</a></li><li><a href="/spp/flfg/">法律法规</a></li><li><a href="/spp/zdgz/">重点工作</a></li><li><a href="/spp/jcgk/">检务公开</a></li><li><a href="http://www.12309-like.test/" target="_blank">12309中国检察网</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<div class="foot_l"><span id="_ideConac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710002.js' type='text/javascript'%3E%3C/script%3E"));</script></span></div>
<div class="foot_c">
<p><a href="/spp/gywm/">关于我们</a> | <a href="/spp/lxwm/">联系我们</a> | <a href="/spp/bqsm/">版权声明</a> | <a href="/spp/wzdt/">网站地图</a></p>
<p>主办单位：中华人民共和国最高人民检察院（测试）　地址：北京市东城区北河沿大街147号　邮编：100726</p>
<p>版权所有：最高人民检察院（测试）　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05018286号</a>　<img src="/images/spp2020/img/gaba.png" />京公网安备 11010102000511号　网站标识码：bm38000001</p>
</div>
<div class="foot_r"><script id="_jiucuo_" sitecode="bm38000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
<script type="text/javascript">
var _maq = _maq || [];
_maq.push(['_setAccount', 'spp']);
(function() { var ma = document.createElement('script'); ma.type = 'text/javascript'; ma.async = true; ma.src = '/images/spp2020/js/ma.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ma, s); })();
</script>
</body>
</html>
"""


def url_of(a, k=0):
    return f"{COL}{a[1]}/{a[2]}{'' if k == 0 else f'_{k}'}.shtml"


def pager(name, k, count):
    if count == 1:
        return ""
    return f"""<div class="page">
<script language="javascript">createPageHTML({count}, {k}, "{name}", "shtml");</script>
</div>"""


def article(a, k, runs, other):
    speech, ym, doc, stamp, head, source, editor, lead, count = a
    paras = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in runs[k])
    if lead and k == 0:
        paras = f'<p style="text-indent: 2em;">{lead}</p>\n' + paras
    body = f"""{CREATE_PAGE}
<div class="w1200 detail">
<div class="BreadcrumbNav">您的位置：<a href="/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="头条" class="CurrChnlCls">头条</a></div>
<div class="detail_tit">{head}</div>
<div class="detail_extend">
<div class="detail_extend1 fl">{stamp}&nbsp;&nbsp;&nbsp;&nbsp;来源：{source}</div>
<div class="detail_extend2 fr">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】&nbsp;&nbsp;<a href="javascript:window.print();">打印</a>&nbsp;&nbsp;<span class="fx">分享到：<a href="javascript:;" class="fx_wx" title="微信"></a><a href="javascript:;" class="fx_wb" title="微博"></a></span></div>
</div>
<div class="detail_con" id="fontzoom">
<div class="TRS_Editor">{TRS_STYLE}
{paras}
</div>
</div>
{pager(doc, k, count)}
<div class="detail_zrbj">（责任编辑：{editor}）</div>
<div class="detail_close"><a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
<div class="xglj"><div class="xglj_tit">相关链接</div><ul>
<li><a href="../{other[1]}/{other[2]}.shtml" target="_blank">{other[4]}</a></li>
<li><a href="/spp/ldjh/202404/t20240422_651132.shtml" target="_blank">高质效办好每一个案件</a></li>
</ul></div>
</div>
<script type="text/javascript">
function doZoom(size){{ $("#fontzoom .TRS_Editor p").css("font-size", size + "px"); }}
</script>
"""
    meta = (
        '<meta name="ColumnName" content="头条" />\n<meta name="ColumnType" content="头条" />\n'
        f'<meta name="ArticleTitle" content="{head}" />\n<meta name="PubDate" content="{stamp}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n'
    )
    return render(HEAD + body + FOOT, TITLE=f"{head}_中华人民共和国最高人民检察院（测试）", KW=head, DESC=head, META=meta, TODAY=stamp[:10])


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><a href="./{a[1]}/{a[2]}.shtml" target="_blank" title="{a[4]}">{a[4]}</a><span>{a[3][:10]}</span></li>' for a in items
    )
    body = f"""{CREATE_PAGE}
<div class="w1200 list">
<div class="BreadcrumbNav">您的位置：<a href="/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="./" title="头条" class="CurrChnlCls">头条</a></div>
<div class="list_tit">头条</div>
<ul class="li_line">
{rows}
</ul>
{pager("index", k, count)}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="头条_中华人民共和国最高人民检察院（测试）", KW="头条", DESC="头条", META="", TODAY="2024-05-29")


def home():
    rows = "".join(f'<li><a href="./spp/tt/{a[1]}/{a[2]}.shtml" target="_blank">{a[4]}</a></li>' for a in ARTICLES)
    body = f"""<div class="w1200 index">
<div class="toutiao"><a href="./spp/tt/{ARTICLES[1][1]}/{ARTICLES[1][2]}.shtml" target="_blank">{ARTICLES[1][4]}</a></div>
<div class="ttbox"><div class="hd"><a href="./spp/tt/">头条</a><a href="./spp/tt/" class="more">更多&gt;&gt;</a></div><ul>{rows}</ul></div>
<div class="rbox"><a href="http://www.12309-like.test/" target="_blank"><img src="/images/spp2020/img/12309.png" alt="12309中国检察网" /></a></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中华人民共和国最高人民检察院（测试）", KW="最高人民检察院", DESC="最高人民检察院", META="", TODAY="2024-05-29")


def build() -> Family:
    fam = Family(
        HOST,
        "spp.gov.cn-like pages on TRS WCM: /spp/tt/YYYYMM/tYYYYMMDD_N.shtml, detail_tit / detail_extend1 line, TRS_Editor, createPageHTML content pager (t…_1.shtml), （责任编辑：…）, 相关链接",
    )
    for i, a in enumerate(ARTICLES):
        count = a[8]
        runs = split_paras(a[0].paras, count) if count > 1 else [a[0].paras]
        pages = [url_of(a, k) for k in range(count)]
        for k, page in enumerate(pages):
            fam.put(page, article(a, k, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[4], published_at=a[3][:10], pages_found_by="script pager")
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(COL, list_page(ARTICLES[1:], 0, 2))
    fam.put(f"{COL}index.shtml", list_page(ARTICLES[1:], 0, 2))
    fam.put(f"{COL}index_1.shtml", list_page(ARTICLES[:1], 1, 2))
    fam.not_documents += ["/", COL, f"{COL}index_1.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.noise += [
        "中华人民共和国最高人民检察院（测试）",
        "您的位置：",
        "来源：检察日报",
        "字体：",
        "分享到：",
        "全省检察机关业务工作推进会在省会召开",
        "本网现将讲话全文刊发如下",
        "（责任编辑：",
        "屈明",
        "【关闭窗口】",
        "相关链接",
        "京ICP备05018286号",
        "网站标识码",
    ]
    return fam
