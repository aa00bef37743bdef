"""中国人大网 (npc.gov.cn)-like pages on its older template (about 2015-2020): articles at
`/npc/xinwen/2024-04/10/content_2135678.htm`, XHTML 1.0 Transitional, the TRS field comments
`<!--<$[标题名称]>begin-->…<!--<$[标题名称]>end-->` (also 信息来源, 发布日期, 信息内容) around every
printed field, the text in `div#Zoom` between `<!--ZJEG_RSS.content.begin-->` and `<meta
name="ContentStart">` / `<meta name="ContentEnd">`; headline `何振东在…上的讲话`, the speech opened by
a centred speaker line and date line; a 2-page speech continued on `content_N_2.htm` through the
`div_currpage` pager (`page-Article`, 下一页); 来源 / 浏览字号 line, 【打印本页】【关闭窗口】, 责任编辑,
相关文章; lists `node_1939.htm` → `node_1939_2.htm`. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.renda-wang.test"
LIST = "/npc/xinwen/ldhd/"

# speech, id, speaker, office, time, editor, pages
ARTICLES = [
    (SPEECHES["r25a-n1"], 2135678, "何振东", "全国人大常委会副委员长", "2024年04月10日 17:32:18", "郭晓宇", 2),
    (SPEECHES["r25a-n2"], 2141903, "陶立群", "全国人大常委会副委员长", "2024年06月14日 19:05:41", "李想", 1),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/npc/xinwen/images/npc_css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/npc/xinwen/images/jquery.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('Zoom').style.fontSize=size+'px'; }
</script>
</head>
<body>
<div class="top"><div class="top_l"><img src="/npc/xinwen/images/logo.jpg" alt="中国人大网（测试）" /></div><div class="top_r"><a href="/englishnpc/">English</a> | <a href="/npc/xinwen/rss.htm">RSS订阅</a> | <a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.renda-wang.test');">设为首页</a></div></div>
<div class="nav"><a href="/">首页</a><a href="/npc/xinwen/">新闻</a><a href="/npc/xinwen/lfgz/">立法</a><a href="/npc/xinwen/jdgz/">监督</a><a href="/npc/xinwen/dbgz/">代表</a><a href="/npc/c183/">理论</a><a href="/npc/flsyywd/">法律释义与问答</a><a href="/npc/xinwen/ldhd/node_1939.htm">领导活动</a></div>
"""

FOOT = """<div class="foot">
<p><a href="/npc/xinwen/gywm.htm">关于我们</a>　|　<a href="/npc/xinwen/lxwm.htm">联系我们</a></p>
<p>版权所有：中国人大网（测试）　未经许可，不得复制</p>
<p>地址：北京市西城区前门西大街1号　邮编：100805　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05070219号</a></p>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F8b6e9f0c1d2a3b4c5d6e7f8091a2b3c4' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""


def url_of(a, n=1):
    speech, cid = a[0], a[1]
    y, m, d = speech.date.split("-")
    return f"/npc/xinwen/{y}-{m}/{d}/content_{cid}{'' if n == 1 else f'_{n}'}.htm"


def headline(a):
    return a[2] + a[0].title


def currpage(a, n, last):
    if last == 1:
        return ""
    names = [url_of(a, k).rsplit("/", 1)[1] for k in range(1, last + 1)]
    out = '<center><div id="div_currpage">'
    if n > 1:
        out += f'<a href="{names[n - 2]}">上一页</a>&nbsp;&nbsp;'
    for k in range(1, last + 1):
        cls = ' class="page-Article"' if k == n else ""
        out += f'<a href="{names[k - 1]}"{cls}>{k}</a>&nbsp;&nbsp;'
    if n < last:
        out += f'<a href="{names[n]}">下一页</a>&nbsp;&nbsp;'
    return out + "</div></center>"


def article(a, n, runs, other):
    speech, cid, who, office, stamp, editor, last = a
    paras = "".join(f"<p>　　{p}</p>\n" for p in runs[n - 1])
    if n == 1:
        y, m, d = (int(x) for x in speech.date.split("-"))
        paras = (
            f'<p align="center"><strong>{office}　{who}</strong></p>\n<p align="center">（{y}年{m}月{d}日）</p>\n' + paras
        )
    body = f"""<div class="dqwz">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/npc/xinwen/">新闻</a>&nbsp;&gt;&gt;&nbsp;<a href="{LIST}node_1939.htm">领导活动</a></div>
<div class="main">
<div class="tit"><h1><!--<$[标题名称]>begin-->{headline(a)}<!--<$[标题名称]>end--></h1></div>
<div class="fontsize"><span>来源：<!--<$[信息来源]>begin-->中国人大网<!--<$[信息来源]>end--></span>　浏览字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>　<!--<$[发布日期]>begin-->{stamp}<!--<$[发布日期]>end--></div>
<div id="Zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{paras}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>
{currpage(a, n, last)}
<div class="zrbj">责任编辑：<!--<$[责任编辑]>begin-->{editor}<!--<$[责任编辑]>end--></div>
<div class="dayin"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgwz"><div class="xgwz_t">相关文章</div><ul><li><a href="{url_of(other)}" target="_blank">{headline(other)}</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"{headline(a)}_中国人大网（测试）", KW=who, DESC=headline(a))


def list_page(items, n, last):
    rows = "".join(
        f'<li><span class="fr">{a[4][:11].replace("年", "-").replace("月", "-").replace("日", "")}</span><a href="{url_of(a)}" target="_blank">{headline(a)}</a></li>\n'
        for a in items
    )
    pager = ""
    if last > 1:
        names = ["node_1939.htm"] + [f"node_1939_{k}.htm" for k in range(2, last + 1)]
        pager = '<center><div id="div_currpage">'
        if n > 1:
            pager += f'<a href="{names[n - 2]}">上一页</a>&nbsp;&nbsp;'
        for k in range(1, last + 1):
            cls = ' class="page-Article"' if k == n else ""
            pager += f'<a href="{names[k - 1]}"{cls}>{k}</a>&nbsp;&nbsp;'
        if n < last:
            pager += f'<a href="{names[n]}">下一页</a>&nbsp;&nbsp;'
        pager += "</div></center>"
    body = f"""<div class="dqwz">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/npc/xinwen/">新闻</a>&nbsp;&gt;&gt;&nbsp;领导活动</div>
<div class="main"><div class="list_tit">领导活动</div>
<ul class="list_ul">
{rows}</ul>
{pager}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="领导活动_中国人大网（测试）", KW="领导活动", DESC="领导活动")


def home():
    rows = "".join(f'<li><a href="{url_of(a)}" target="_blank">{headline(a)}</a></li>' for a in ARTICLES[:1])
    body = f"""<div class="main index">
<div class="ttxw"><a href="{url_of(ARTICLES[0])}" target="_blank">{headline(ARTICLES[0])}</a></div>
<div class="box"><div class="box_t"><a href="{LIST}node_1939.htm">领导活动</a><a href="{LIST}node_1939.htm" class="more">更多</a></div><ul>{rows}</ul></div>
<div class="box"><div class="box_t"><a href="/npc/xinwen/lfgz/">立法工作</a></div><ul><li><a href="/npc/xinwen/lfgz/">法律草案征求意见</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中国人大网（测试）", KW="中国人大网", DESC="中国人大网")


def build() -> Family:
    fam = Family(
        HOST,
        "npc.gov.cn-like older template: <!--<$[标题名称]>begin--> TRS field comments, div#Zoom ContentStart/ContentEnd, div_currpage 2-page speech",
    )
    for i, a in enumerate(ARTICLES):
        last = a[6]
        runs = split_paras(a[0].paras, last) if last > 1 else [a[0].paras]
        pages = [url_of(a, n) for n in range(1, last + 1)]
        for n, page in enumerate(pages, 1):
            fam.put(page, article(a, n, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=headline(a))
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(f"{LIST}node_1939.htm", list_page(ARTICLES[:1], 1, 2))
    fam.put(f"{LIST}node_1939_2.htm", list_page(ARTICLES[1:], 2, 2))
    fam.not_documents += ["/", f"{LIST}node_1939.htm", f"{LIST}node_1939_2.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "中国人大网（测试）",
        "您现在的位置",
        "来源：",
        "浏览字号",
        "全国人大常委会副委员长　何振东",
        "（2024年4月10日）",
        "（2024年6月14日）",
        "上一页",
        "下一页",
        "责任编辑：",
        "郭晓宇",
        "【打印本页】",
        "【关闭窗口】",
        "相关文章",
        "京ICP备05070219号",
    ]
    return fam
