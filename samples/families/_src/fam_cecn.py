"""中国经济网 (ce.cn)-like article pages on its TRS template: `/xwzx/gnsz/gdxw/202405/16/t20240516_N.shtml`,
gb2312 in meta (header `text/html`, GBK bytes), TRS publication meta tags (`filetype`, `publishedtype`,
`pagetype`, `catalogs`, `contentid`, `publishdate`, `author`, `source`), the top bar (移动版, 经济日报,
登录), `div.path` breadcrumb 中国经济网首页 > 新闻 > 时政 > 滚动, `h1#articleTitle`, `div.laiyuan`
(`span#articleTime` `2024年05月16日 07:41`, `span#articleSource` 来源：经济日报), 字号 大 中 小 / 打印 /
关闭 and 分享到, `#articleText > div.TRS_Editor` with `<p>　　…</p>` paragraphs (full-width indents):
one opens with the `中国经济网北京5月16日讯（记者 …）… 以下为讲话全文：` lead, the other with the
`经济日报记者 …` byline line; `div.bj` （责任编辑：…）, the 中国经济网版权及免责声明 box, 相关新闻,
中国经济网微信 QR, footer (经济日报社主办, ICP, 许可证). Lists `index.shtml` / `index_1.shtml` with TRS's
`createPageHTML` pager."""

from common import SPEECHES, Family, render

HOST = "www.jingjiwang.test"
COL = "/xwzx/gnsz/gdxw/"

ARTICLES = [
    # speech, id, time, source, author, editor, lead
    (SPEECHES["R59A3"], "38995216", "2024-05-16 07:41", "中国经济网", "林丽鹂", "韩艺嘉",
     "<p>　　中国经济网北京5月16日讯（记者 林丽鹂）5月15日，某省召开外贸企业稳订单拓市场座谈会，听取企业困难和诉求，研究部署稳外贸工作。分管副省长出席会议并讲话。以下为讲话全文：</p>"),
    (SPEECHES["R59A4"], "38996830", "2024-05-16 10:12", "经济日报", "冯其予", "刘佳",
     "<p>　　经济日报记者　冯其予</p><p>　　<strong>编者按</strong>：日前，全国县域商业体系建设经验交流会召开，一批示范县作了交流发言。本报今日刊发其中一个山区县的发言。</p>"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@META@@<link href="http://www.ce.test/css/2019/ce_article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.ce.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1000">
    <div class="left"><a href="http://www.jingjiwang.test/" target="_blank">中国经济网首页</a>　<a href="http://m.ce.test/" target="_blank">移动版</a>　<a href="http://paper.ce.test/" target="_blank">经济日报</a>　<a href="http://en.ce.test/" target="_blank">English</a></div>
    <div class="right"><a href="http://login.ce.test/" target="_blank">登录</a> | <a href="http://login.ce.test/reg.shtml" target="_blank">注册</a></div>
  </div>
</div>
<div class="header w1000">
  <div class="logo"><a href="http://www.jingjiwang.test/"><img src="http://www.ce.test/img/2019/logo.png" alt="中国经济网——国家经济门户" /></a></div>
  <div class="nav">
    <a href="http://www.jingjiwang.test/xwzx/" target="_blank">新闻</a><a href="http://www.jingjiwang.test/xwzx/gnsz/" target="_blank">时政</a><a href="http://www.jingjiwang.test/macro/" target="_blank">宏观</a><a href="http://www.jingjiwang.test/cysc/" target="_blank">产经</a><a href="http://www.jingjiwang.test/finance/" target="_blank">金融</a><a href="http://www.jingjiwang.test/stock/" target="_blank">证券</a><a href="http://www.jingjiwang.test/district/" target="_blank">地方</a><a href="http://www.jingjiwang.test/intl/" target="_blank">国际</a><a href="http://www.jingjiwang.test/ztpd/" target="_blank">专题</a><a href="http://www.jingjiwang.test/kjcx/" target="_blank">视频</a>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <p><a href="http://www.jingjiwang.test/about/" target="_blank">关于我们</a> | <a href="http://www.jingjiwang.test/about/ggfw.shtml" target="_blank">广告服务</a> | <a href="http://www.jingjiwang.test/about/lxwm.shtml" target="_blank">联系我们</a> | <a href="http://www.jingjiwang.test/about/bqsm.shtml" target="_blank">版权声明</a> | <a href="http://www.jingjiwang.test/about/zxtg.shtml" target="_blank">在线投稿</a></p>
  <p>经济日报社主办　中国经济网版权所有</p>
  <p>中国经济网　版权所有　互联网新闻信息服务许可证(10120170008)　<a href="https://beian.miit.gov.test/" target="_blank">京ICP备05007967号</a>　京公网安备11010202009785号</p>
  <p>违法和不良信息举报电话：010-81025111　举报邮箱：jubao@ce.cn</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "//hm.baidu.test/hm.js?6288906f7e6b7c1b2dd46e4f5a3d8c0e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

PAGER_JS = """<script language="javascript" type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;<span class=\\"current\\">1</span>&nbsp;");
	else
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;<a href=\\""+_sPageName+(nCurrIndex==1?"":"_"+(nCurrIndex-1))+"."+_sPageExt+"\\">上一页</a>&nbsp;<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
	for(var i=1; i<_nPageCount; i++){
		if(nCurrIndex == i)
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
	}
	if(nCurrIndex < _nPageCount-1)
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
}
</script>
"""

TRS_STYLE = """<style type="text/css">.TRS_Editor P{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{line-height:2;font-family:宋体;font-size:12pt;}</style>"""

DISCLAIMER = """<div class="mzsm">
<p><strong>中国经济网版权及免责声明：</strong></p>
<p>1、凡本网注明“来源：中国经济网” 或“来源：经济日报”的所有作品，版权均属于中国经济网、经济日报社，未经本网授权不得转载、摘编或以其他方式使用。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：中国经济网”。违反上述声明者，本网将追究其相关法律责任。</p>
<p>2、本网凡注明“来源：XXX（非中国经济网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>
<p>3、如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。</p>
<p>※ 网站总机：010-81025111　有关作品版权事宜请联系：010-81025135　邮箱：</p>
</div>"""

OTHER_NEWS = [
    ("20240516", "38995702", "商务部：前4个月全国网上零售额同比增长11.5%"),
    ("20240516", "38996101", "国家统计局：4月份国民经济延续回升向好态势"),
    ("20240515", "38993377", "多部门部署推进县域商业体系建设"),
]


def url(a):
    return f"{COL}202405/16/t20240516_{a[1]}.shtml"


def article(i):
    speech, aid, stamp, source, author, editor, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = lead + "\n" + "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    ymd = stamp[:10]
    shown = f"{ymd[:4]}年{ymd[5:7]}月{ymd[8:10]}日 {stamp[11:]}"
    meta = (
        '<meta name="filetype" content="0">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
        '<meta name="catalogs" content="gdxw">\n'
        f'<meta name="contentid" content="t20240516_{aid}">\n<meta name="publishdate" content="{ymd}">\n'
        f'<meta name="author" content="{author}">\n<meta name="source" content="{source}">\n'
    )
    related = f'<li><a href="./t20240516_{other[1]}.shtml" target="_blank">{other[0].title}</a></li>\n' + "".join(
        f'<li><a href="../{d[6:]}/t{d}_{n}.shtml" target="_blank">{t}</a></li>\n'
        for d, n, t in OTHER_NEWS
    )
    body = f"""<div class="w1000 clearfix">
<div class="path"><a href="http://www.jingjiwang.test/" target="_blank">中国经济网首页</a>&nbsp;&gt;&nbsp;<a href="../../../../" target="_blank">新闻</a>&nbsp;&gt;&nbsp;<a href="../../../" target="_blank">时政</a>&nbsp;&gt;&nbsp;<a href="../../" target="_blank">滚动</a>&nbsp;&gt;&nbsp;</div>
<div class="left">
<h1 id="articleTitle">{speech.title}</h1>
<div class="laiyuan">
  <span id="articleTime">{shown}</span>　　<span id="articleSource">来源：{source}</span>
  <div class="fontsize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
</div>
<div class="share"><span>分享到：</span><a class="weixin" href="javascript:;">微信</a><a class="weibo" href="javascript:;">微博</a><a class="qzone" href="javascript:;">QQ空间</a></div>
<div id="articleText">
<div class="TRS_Editor">{TRS_STYLE}
{paras}
</div>
</div>
<div class="bj">（责任编辑：{editor}）</div>
{DISCLAIMER}
<div class="xgxw"><h3>相关新闻</h3><ul>
{related}</ul></div>
</div>
<div class="right">
  <div class="ewm"><img src="http://www.ce.test/img/2019/ce_weixin.jpg" alt="" /><p>中国经济网微信</p></div>
  <div class="ad"><img src="http://www.ce.test/ad/2024/300x250_05.jpg" alt="" /></div>
</div>
</div>
<script type="text/javascript">function doZoom(size){{document.getElementById('articleText').style.fontSize=size+'px';}}</script>
"""
    return render(
        HEAD,
        TITLE=f"{speech.title}_中国经济网——国家经济门户",
        KW=speech.title,
        DESC=speech.paras[1][:80],
        META=meta,
    ) + body + FOOT


def listing(n):
    rows = list(reversed(ARTICLES)) if n == 0 else []
    items = "".join(
        f'<li><span>{a[2][5:16]}</span><a href="./202405/16/t20240516_{a[1]}.shtml" target="_blank">{a[0].title}</a></li>\n'
        for a in rows
    )
    items += "".join(
        f'<li><span>{d[4:6]}-{d[6:]}</span><a href="./202405/{d[6:]}/t{d}_{num}.shtml" target="_blank">{t}</a></li>\n'
        for d, num, t in (OTHER_NEWS if n == 0 else OTHER_NEWS[2:])
    )
    body = f"""<div class="w1000 clearfix">
<div class="path"><a href="http://www.jingjiwang.test/" target="_blank">中国经济网首页</a>&nbsp;&gt;&nbsp;<a href="../../" target="_blank">新闻</a>&nbsp;&gt;&nbsp;<a href="../" target="_blank">时政</a>&nbsp;&gt;&nbsp;滚动</div>
<div class="left"><ul class="list">
{items}</ul>
<div class="page">{PAGER_JS}<script language="javascript" type="text/javascript">createPageHTML(2, {n}, "index", "shtml");</script></div>
</div></div>
"""
    return render(HEAD, TITLE="滚动新闻_中国经济网——国家经济门户", KW="滚动新闻", DESC="中国经济网滚动新闻", META="") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="w1000 clearfix">
<div class="ttxw"><h1><a href="http://{HOST}{url(a0)}" target="_blank">{a0[0].title}</a></h1></div>
<div class="left"><h3><a href="http://{HOST}{COL}" target="_blank">滚动新闻</a></h3><ul>
<li><a href="http://{HOST}{url(a1)}" target="_blank">{a1[0].title}</a></li>
<li><a href="http://{HOST}{COL}202405/16/t20240516_38996101.shtml" target="_blank">{OTHER_NEWS[1][2]}</a></li>
</ul></div></div>
"""
    return render(HEAD, TITLE="中国经济网——国家经济门户", KW="中国经济网,经济日报", DESC="中国经济网", META="") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "中国经济网 (ce.cn)-like TRS article template: gb2312, h1#articleTitle, span#articleTime, TRS_Editor, 版权及免责声明",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put(COL, listing(0))
    fam.put(COL + "index.shtml", listing(0))
    fam.put(COL + "index_1.shtml", listing(1))
    fam.not_documents += ["/", COL, COL + "index.shtml", COL + "index_1.shtml"]
    for i, a in enumerate(ARTICLES):
        fam.put(url(a), article(i))
        fam.doc([url(a)], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n", encoding="utf-8")
    fam.noise += [
        "中国经济网北京5月16日讯",
        "以下为讲话全文",
        "经济日报记者",
        "编者按",
        "本报今日刊发",
        "责任编辑",
        "中国经济网版权及免责声明",
        "相关新闻",
        "中国经济网微信",
        "京ICP备05007967号",
        "字号：",
    ]
    fam.note = "one article opens with the 中国经济网北京…讯 lead ending 以下为讲话全文：, the other with an 经济日报记者 byline and 编者按; （责任编辑：…） and the 版权及免责声明 box after the text"
    return fam
