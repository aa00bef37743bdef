"""中国青年网 (news.youth.cn)-like article pages on TRS WCM: `/gn/202405/t20240515_N.htm`, GB2312 in the
meta tag only (the server sends plain `text/html`), GBK bytes; XHTML 1.0 Transitional; top bar and
channel nav, `page_title h1`, the `page_bt` line with `span#page_right` (time), `来源：span#source_baidu`,
`作者：span#author_baidu` and a bdshare 分享到 box; the text in `div.page_k2 > div.TRS_Editor` (TRS style
block); a long speech cut by the editor's page break into `t…_N.htm` and `t…_N_1.htm`, joined only by
TRS's inline document pager script (`var currentPage = 0;//所在页从0开始 … countPage`); `责任编辑：
span#editor_baidu`, 相关阅读, side column (热点推荐 / 图片新闻), youth.cn footer with ICP / 许可证 lines.
Listing `/gn/index.htm` → `index_1.htm` through TRS's list pager script too."""

from common import SPEECHES, Family, split_paras

HOST = "news.qingnian-wang-like.test"

A1 = dict(
    path="/gn/202405/t20240515_15287643.htm",
    base="t20240515_15287643",
    speech=SPEECHES["R28B1"],
    time="2024-05-15 18:26:00",
    source="中国青年网",
    author="刘思远",
    editor="王楠",
    lead="中国青年网长沙5月15日电（记者 刘思远）5月15日，第六届全省青年创新创业大赛颁奖典礼在长沙举行，60个决赛项目分获金、银、铜奖。团省委主要负责同志出席并讲话。以下为讲话全文。",
    pages=2,
)
A2 = dict(
    path="/gn/202404/t20240430_15270218.htm",
    base="t20240430_15270218",
    speech=SPEECHES["R28B2"],
    time="2024-04-30 16:05:00",
    source="中国青年网",
    author="",
    editor="陈佳怡",
    lead=None,
    pages=1,
)
STUBS = [
    ("/gn/202405/t20240516_15288102.htm", "全国青年就业见习岗位募集计划启动", "2024-05-16 09:12"),
    ("/gn/202405/t20240514_15284519.htm", "青年志愿者走进社区开展助老服务", "2024-05-14 15:40"),
    ("/gn/202404/t20240428_15266031.htm", "多地举办“五四”主题团日活动", "2024-04-28 11:20"),
]

STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>"""

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://www.qingnian-wang-like.test/css/2015/page.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.qingnian-wang-like.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<!--顶部通栏 begin-->
<div class="topbar"><div class="topbar_k"><div class="topbar_l"><a href="http://www.qingnian-wang-like.test/" target="_blank">中国青年网</a> | <a href="/" target="_blank">新闻</a> | <a href="http://edu.qingnian-wang-like.test/" target="_blank">教育</a> | <a href="http://txs.qingnian-wang-like.test/" target="_blank">团</a> | <a href="http://finance.qingnian-wang-like.test/" target="_blank">财经</a> | <a href="http://pinglun.qingnian-wang-like.test/" target="_blank">评论</a> | <a href="http://d.qingnian-wang-like.test/" target="_blank">地方</a> | <a href="http://m.qingnian-wang-like.test/" target="_blank">手机版</a></div><div class="topbar_r"><a href="javascript:void(0);" id="login_btn">登录</a> | <a href="javascript:void(0);">注册</a></div></div></div>
<!--顶部通栏 end-->
<div class="page_top"><div class="page_logo"><a href="/"><img src="http://www.qingnian-wang-like.test/images/2015/news_logo.png" alt="中国青年网 新闻频道" /></a></div>
<div class="page_nav"><a href="/">首页</a><a href="/gn/">国内</a><a href="/gj/">国际</a><a href="/sz/">时政</a><a href="/sh/">社会</a><a href="/qn/">青年</a><a href="/jsxw/">即时新闻</a></div>
<div class="page_search"><form action="http://search.qingnian-wang-like.test/search" method="get" target="_blank"><input type="text" name="q" class="s_input" /><input type="submit" value="搜索" class="s_btn" /></form></div></div>
"""

FOOT = """<!--底部 begin-->
<div class="footer"><p><a href="http://www.qingnian-wang-like.test/zqw/gywm/" target="_blank">关于我们</a> | <a href="http://www.qingnian-wang-like.test/zqw/lxwm/" target="_blank">联系我们</a> | <a href="http://www.qingnian-wang-like.test/zqw/ggfw/" target="_blank">广告服务</a> | <a href="http://www.qingnian-wang-like.test/zqw/flsm/" target="_blank">法律声明</a> | <a href="http://www.qingnian-wang-like.test/zqw/jbzx/" target="_blank">违法和不良信息举报</a></p>
<p>中国青年网版权所有　Copyright &copy; 1999-2024 All Rights Reserved</p>
<p>互联网新闻信息服务许可证：10120170027　京ICP备13018232号-2　京公网安备11010202000119号</p>
<p>举报电话：010-57351866　举报邮箱：jubao@qingnian-wang-like.test</p></div>
<!--底部 end-->
<script type="text/javascript">var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F0e7f2d6b9c4a1e3f5d8b7a6c2e1f0d9b' type='text/javascript'%3E%3C/script%3E"));</script>
</body>
</html>
"""

PAGER = """<div class="page_fy">
<SCRIPT LANGUAGE="JavaScript">
var currentPage = @@CUR@@;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = @@COUNT@@//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\""+"@@BASE@@"+"_" + prevPage + "."+"htm\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\""+"@@BASE@@"+"."+"htm\\">上一页</a>&nbsp;");
else
	document.write("上一页&nbsp;");
//循环
var num = 5;
for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){
	if(countPage >1){
		if(currentPage==i)
			document.write("<span>"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\\""+"@@BASE@@"+"."+"htm\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\""+"@@BASE@@"+"_" + i + "."+"htm\\">"+(i+1)+"</a>&nbsp;");
	}
}
//设置下一页代码
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\""+"@@BASE@@"+"_" + nextPage + "."+"htm\\">下一页</a>&nbsp;");
else
	document.write("下一页&nbsp;");
</SCRIPT>
</div>"""

LIST_PAGER = """<div class="page_fy"><SCRIPT LANGUAGE="JavaScript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("首页&nbsp;上一页&nbsp;");
	else if(nCurrIndex == 1)
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span>"+(i+1)+"</span>&nbsp;");
		else if(i == 0)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex == (_nPageCount-1))
		document.write("下一页&nbsp;尾页");
	else
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
}
createPageHTML(2, @@CUR@@, "index", "htm");
</SCRIPT></div>"""

BDSHARE = """<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"""

SIDE = """<div class="page_right2">
<div class="r_box"><div class="r_tit">热点推荐</div><ul class="r_list"><li><a href="/gn/202405/t20240516_15288102.htm" target="_blank">全国青年就业见习岗位募集计划启动</a></li><li><a href="/gn/202405/t20240514_15284519.htm" target="_blank">青年志愿者走进社区开展助老服务</a></li><li><a href="/gn/202404/t20240428_15266031.htm" target="_blank">多地举办“五四”主题团日活动</a></li></ul></div>
<div class="r_box"><div class="r_tit">图片新闻</div><div class="r_pic"><a href="/gn/202405/t20240514_15284519.htm" target="_blank"><img src="/gn/202405/W020240514384512706231.jpg" alt="青年志愿者走进社区开展助老服务" /><p>青年志愿者走进社区开展助老服务</p></a></div></div>
<div class="r_box r_ad"><script type="text/javascript" src="http://ad.qingnian-wang-like.test/s.js?id=news_page_r1"></script></div>
</div>"""


def related(skip):
    items = [(A1["path"], A1["speech"].title), (A2["path"], A2["speech"].title)] + [(p, t) for p, t, _d in STUBS]
    return "".join(f'<li><a href="{p}" target="_blank">{t}</a></li>' for p, t in items if p != skip)


def article_page(a, idx, paras):
    sp = a["speech"]
    author = f'&nbsp;&nbsp;作者：<span id="author_baidu">{a["author"]}</span>' if a["author"] else ""
    pager = (
        PAGER.replace("@@CUR@@", str(idx)).replace("@@COUNT@@", str(a["pages"])).replace("@@BASE@@", a["base"])
        if a["pages"] > 1
        else ""
    )
    body = "".join(f"<p>　　{p}</p>" for p in paras)
    head = (
        HEAD.replace("@@TITLE@@", f"{sp.title}_新闻频道_中国青年网")
        .replace("@@KW@@", sp.title)
        .replace("@@DESC@@", (a["lead"] or sp.paras[min(1, len(sp.paras) - 1)])[:80])
    )
    return (
        head
        + f"""<div class="page_k">
<div class="page_left">
<div class="page_wz">当前位置：<a href="http://www.qingnian-wang-like.test/">中国青年网</a>&nbsp;&gt;&nbsp;<a href="/">新闻频道</a>&nbsp;&gt;&nbsp;<a href="/gn/">国内</a>&nbsp;&gt;&nbsp;正文</div>
<div class="page_title"><h1>{sp.title}</h1></div>
<div class="page_bt"><p class="pwz"><span id="page_right">{a["time"]}</span>&nbsp;&nbsp;来源：<span id="source_baidu"><a href="http://www.qingnian-wang-like.test/" target="_blank">{a["source"]}</a></span>{author}</p>
<div class="page_fx"><div class="bdsharebuttonbox"><span class="fx_txt">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
{BDSHARE}</div>
</div>
<div class="page_k2">
<div class="TRS_Editor">{STYLE}
{body}</div>
</div>
{pager}
<div class="page_bj">责任编辑：<span id="editor_baidu">{a["editor"]}</span></div>
<div class="page_xg"><div class="xg_tit">相关阅读：</div><ul>{related(a["path"])}</ul></div>
</div>
{SIDE}
</div>
"""
        + FOOT
    )


def list_page(idx, items):
    lis = "".join(f'<li><font>{d}</font><a href="{p}" target="_blank">{t}</a></li>' for p, t, d in items)
    pager = LIST_PAGER.replace("@@CUR@@", str(idx))
    return (
        HEAD.replace("@@TITLE@@", "国内_新闻频道_中国青年网").replace("@@KW@@", "国内新闻").replace("@@DESC@@", "中国青年网国内新闻")
        + f"""<div class="page_k"><div class="page_left">
<div class="page_wz">当前位置：<a href="http://www.qingnian-wang-like.test/">中国青年网</a>&nbsp;&gt;&nbsp;<a href="/">新闻频道</a>&nbsp;&gt;&nbsp;国内</div>
<ul class="tj3_1">{lis}</ul>
{pager}
</div>
{SIDE}
</div>
"""
        + FOOT
    )


def home():
    top = (
        f'<div class="sy_tt"><h2><a href="{A1["path"]}" target="_blank">{A1["speech"].title}</a></h2>'
        f'<p>{A1["lead"][:60]}……<a href="{A1["path"]}" target="_blank">[详细]</a></p></div>'
    )
    lis = "".join(
        f'<li><a href="{p}" target="_blank">{t}</a></li>'
        for p, t in [(A2["path"], A2["speech"].title)] + [(p, t) for p, t, _d in STUBS]
    )
    return (
        HEAD.replace("@@TITLE@@", "新闻频道_中国青年网").replace("@@KW@@", "新闻,国内,国际,青年").replace("@@DESC@@", "中国青年网新闻频道")
        + f"""<div class="sy_k"><div class="sy_left">{top}
<div class="sy_box"><div class="sy_tit"><a href="/gn/">国内</a></div><ul class="tj3_1">{lis}</ul><div class="more"><a href="/gn/">更多&gt;&gt;</a></div></div>
</div>{SIDE}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "中国青年网 (news.youth.cn)-like TRS WCM article pages, GBK, TRS script pager for a 2-page speech",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    runs = split_paras(A1["speech"].paras, 2)
    runs[0] = [A1["lead"]] + runs[0]
    pages1 = [A1["path"], A1["path"].replace(".htm", "_1.htm")]
    for i, (path, paras) in enumerate(zip(pages1, runs)):
        fam.put(path, article_page(A1, i, paras))
    fam.put(A2["path"], article_page(A2, 0, A2["speech"].paras))
    for p, t, d in STUBS:
        stub = dict(A2, path=p, speech=type(A2["speech"])(p, t, d[:10], [t + "。"]), time=d + ":00", lead=None, editor="张帆")
        fam.put(p, article_page(stub, 0, [t + "。"]))
        fam.not_documents.append(p)
    page0 = [(A1["path"], A1["speech"].title, A1["time"][:16])] + [(p, t, d) for p, t, d in STUBS[:2]]
    page1 = [(A2["path"], A2["speech"].title, A2["time"][:16]), STUBS[2]]
    fam.put("/gn/index.htm", list_page(0, page0))
    fam.put("/gn/index_1.htm", list_page(1, page1))
    fam.put("/gn/", list_page(0, page0))
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/gn/", "/gn/index.htm", "/gn/index_1.htm", pages1[1]]
    fam.doc(pages1, A1["speech"], published_at=A1["time"][:10], pages_found_by="script")
    fam.doc([A2["path"]], A2["speech"], published_at=A2["time"][:10])
    fam.noise += [
        "中国青年网长沙5月15日电",
        "以下为讲话全文",
        "责任编辑：",
        "当前位置：",
        "分享到：",
        "相关阅读：",
        "热点推荐",
        "中国青年网版权所有",
        "京ICP备13018232号-2",
        "刘思远",
    ]
    fam.note = (
        "the 创新创业 speech runs over t…_15287643.htm and t…_15287643_1.htm, joined only by TRS's inline document "
        "pager script (currentPage / countPage); page 1 opens with a news lead (…以下为讲话全文。) inside TRS_Editor. "
        "Home links both speeches; /gn/index.htm → index_1.htm only through the list pager script. Three stub news pages."
    )
    return fam
