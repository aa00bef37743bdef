"""人民网 地方频道 (e.g. hb.people.com.cn) article pages, the older `/n2/` local-channel template.

Header `text/html; charset=GB2312`, gb2312 meta, GBK bytes.  Articles `/n2/2024/0315/c192237-40776543.html`,
continued on `…-2.html`, `…-3.html` through 人民网's pager: `div.zdfy` with `【1】【2】【3】` links and the
`<center><table>` of `/img/prev_b.gif` / `/img/next_b.gif` image links under it; the channel's top bar
(人民网首页 / 频道 links), `div.route` 当前位置 crumb (人民网>>湖北频道>>要闻), `h1`, `div.box01` with the
time and 来源：人民网－湖北频道, 分享到, text in `div#rwb_zw.box_con`: the speech opens with a centred
speaker and date line, and pages 2 and 3 start where the page breaker cut; `div.edit` `(责编：…、…)` after the
pager on every page, 相关新闻 `box_news`, 扫码 box, 热门排行, footer with 人民网版权所有.  Home `/` (要闻 list)
→ column `/GB/192237/index.html` (+ `index2.html`, not a document)."""

from common import SPEECHES, Family, split_paras

HOST = "hb.renmin-difang-like.test"
S5, S6 = SPEECHES["f51d-5"], SPEECHES["f51d-6"]
A5 = "/n2/2024/0315/c192237-40776543"
A6 = "/n2/2024/0520/c192237-40891207"
COL = "/GB/192237/index.html"
COL2 = "/GB/192237/index2.html"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="192237">
<meta name="contentid" content="@@CID@@">
<meta name="publishdate" content="@@PUBDATE@@">
<meta name="author" content="@@AUTHOR@@">
<meta name="source" content="来源：人民网－湖北频道">
<meta name="editor" content="@@AUTHOR@@">
<meta name="sourcetype" content="10">
<link href="http://www.people.com.cn/img/2020wbc/imgs/favicon.ico" rel="shortcut icon" />
<link href="/img/MAIN/2019/03/118926/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/MAIN/2019/03/118926/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<!--top-->
<div class="top"><div class="w1000 clearfix">
<div class="fl"><a href="http://www.people.com.cn/" target="_blank">人民网首页</a> | <a href="http://renshi.people.com.cn/" target="_blank">人事</a> | <a href="http://politics.people.com.cn/" target="_blank">时政</a> | <a href="http://leaders.people.com.cn/" target="_blank">领导留言板</a> | <a href="http://society.people.com.cn/" target="_blank">社会</a></div>
<div class="fr"><a href="http://app.people.cn/" target="_blank">人民日报客户端</a> | <a href="http://www.people.com.cn/n1/2019/0101/c347407-30498713.html" target="_blank">网站无障碍</a></div>
</div></div>
<!--header-->
<div class="header w1000 clearfix"><a href="/" class="logo fl"><img src="/img/MAIN/2019/03/118926/images/logo.png" alt="人民网湖北频道" width="420" height="70" /></a>
<div class="nav fr"><a href="/">首页</a><a href="/GB/192237/index.html">要闻</a><a href="/GB/337099/index.html">时政</a><a href="/GB/194146/index.html">社会</a><a href="/GB/194147/index.html">经济</a><a href="/GB/194063/index.html">地市</a><a href="/GB/337225/index.html">视频</a><a href="/GB/393542/index.html">领导留言板</a></div>
</div>
"""

FOOT = """<!--copyright-->
<div id="copyright">
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p>
<p><a href="http://www.people.com.cn/GB/1018/22259/7397022.html" target="_blank">人民网湖北频道</a> 联系电话：027-8788xxxx</p>
</div>
<script src="/img/MAIN/2019/03/118926/js/nav.js" type="text/javascript"></script>
<script src="http://tools.people.com.cn/css/2010tianrun/webdig_test.js" language="javascript" type="text/javascript"></script>
<img src="http://counter.people.cn:8000/c.gif?id=@@CID@@" width="0" height="0" style="display:none" />
</body>
</html>
"""

RELATED = [
    ("/n2/2024/0312/c192237-40771100.html", "全省春耕备耕工作有序推进", "2024年03月12日"),
    ("/n2/2024/0308/c192237-40766528.html", "今年全省将新建改造高标准农田三百二十万亩", "2024年03月08日"),
    ("/n2/2024/0301/c192237-40758803.html", "省农业农村厅：全力保障春耕农资供应", "2024年03月01日"),
]
RELATED6 = [
    ("/n2/2024/0517/c192237-40888020.html", "全市“一件事一次办”改革再提速", "2024年05月17日"),
    ("/n2/2024/0510/c192237-40881354.html", "政府性融资担保为中小微企业“输血”", "2024年05月10日"),
    ("/n2/2024/0429/c192237-40869915.html", "一季度全市民营经济增加值增长6.8%", "2024年04月29日"),
]


def pager(base, n, i):
    if n == 1:
        return ""
    links = "".join(
        f"<a href='{base}{'' if k == 1 else f'-{k}'}.html'>【{k}】</a>" for k in range(1, n + 1)
    )
    cells = []
    if i > 1:
        cells.append(f'<td width="50%" align="center"><a href="{base}{"" if i == 2 else f"-{i-1}"}.html"><img src="/img/prev_b.gif" border="0" /></a></td>')
    if i < n:
        cells.append(f'<td width="50%" align="center"><a href="{base}-{i+1}.html"><img src="/img/next_b.gif" border="0" /></a></td>')
    return (f'<div class="zdfy clearfix">{links}</div>\n'
            f'<center><table border="0" align="center" width="40%"><tr>{"".join(cells)}</tr></table></center>\n')


def article_page(s, base, cid, time, editors, runs, i, intro, related):
    n = len(runs)
    paras = "\n".join(f"<p style=\"text-indent: 2em;\">{p}</p>" for p in runs[i - 1])
    if i == 1:
        paras = intro + "\n" + paras
    rel = "\n".join(f'<li><a href="{p}" target="_blank">{t}</a> <span>{d}</span></li>' for p, t, d in related)
    body = f"""<div class="route w1000">当前位置：<a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="/" class="clink">湖北频道</a>&gt;&gt;<a href="/GB/192237/index.html" class="clink">要闻</a></div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre"></h3>
<h1 id="newstit">{s.title}{'' if i == 1 else f'({i})'}</h1>
<h4 class="sub"></h4>
<div class="box01"><div class="fl">{time}&nbsp;&nbsp;来源：<a href="/" target="_blank">人民网－湖北频道</a></div>
<div class="fr"><div class="fx"><div id="ops_share"></div><script src="/img/2020wbc/js/share.js" type="text/javascript"></script></div></div></div>
</div>
<div class="clearfix w1000_320 text_con" id="p_content">
<div class="fl text_con_left">
<div class="box_pic"></div>
<div class="box_con" id="rwb_zw">
{paras}
</div>
{pager(base, n, i)}<div class="edit clearfix">(责编：{editors})</div>
<div class="box_news"><h2>相关新闻</h2><ul>
{rel}
</ul></div>
<div class="box_ewm"><img src="/img/MAIN/2019/03/118926/images/ewm.png" width="100" height="100" /><p>扫码关注人民网湖北频道</p></div>
</div>
<div class="fr text_con_right">
<div class="phb"><h2>热门排行</h2><ol>
<li><a href="/n2/2024/0514/c192237-40885211.html">长江武汉段迎来今年首个“江豚季”</a></li>
<li><a href="/n2/2024/0509/c192237-40879904.html">湖北启动新一轮文旅消费季</a></li>
<li><a href="/n2/2024/0418/c192237-40860020.html">神农架：春日花海引客来</a></li>
</ol></div>
<div class="ad"><script type="text/javascript" src="http://ad.people.com.cn/js/hb_336x280.js"></script></div>
</div>
</div>
"""
    title = f"{s.title}--湖北频道--人民网 "
    html = (HEAD + body + FOOT)
    for k, v in {"TITLE": title, "KW": "", "DESC": s.paras[1][:60], "CID": cid, "PUBDATE": s.date,
                 "AUTHOR": editors.split("、")[0]}.items():
        html = html.replace(f"@@{k}@@", v)
    return html


def build() -> Family:
    fam = Family(HOST, "人民网 地方频道 (/n2/) article template, zdfy 【1】【2】 pager", encoding="gbk",
                 content_type="text/html; charset=GB2312")
    specs = [
        (S5, A5, "40776543", "2024年03月15日17:42", "张弛、胡蓉", 3,
         '<p style="text-align: center;">湖北省人民政府副省长　周庆国</p>\n<p style="text-align: center;">（2024年3月15日）</p>', RELATED),
        (S6, A6, "40891207", "2024年05月20日20:11", "王蕾、熊磊", 2,
         '<p style="text-align: center;">（2024年5月20日）</p>\n<p style="text-align: center;">中共襄阳市委书记　黄德胜</p>', RELATED6),
    ]
    for s, base, cid, time, editors, n, intro, related in specs:
        runs = split_paras(s.paras, n)
        pages = []
        for i in range(1, n + 1):
            path = f"{base}{'' if i == 1 else f'-{i}'}.html"
            fam.put(path, article_page(s, base, cid, time, editors, runs, i, intro, related))
            pages.append(path)
        fam.doc(pages, s)
        fam.not_documents += pages[1:]
    items = [
        (A6 + ".html", S6.title, "2024年05月20日"),
        ("/n2/2024/0517/c192237-40888020.html", "全市“一件事一次办”改革再提速", "2024年05月17日"),
        ("/n2/2024/0510/c192237-40881354.html", "政府性融资担保为中小微企业“输血”", "2024年05月10日"),
        ("/n2/2024/0429/c192237-40869915.html", "一季度全市民营经济增加值增长6.8%", "2024年04月29日"),
    ]
    items2 = [
        ("/n2/2024/0418/c192237-40860020.html", "神农架：春日花海引客来", "2024年04月18日"),
        (A5 + ".html", S5.title, "2024年03月15日"),
        ("/n2/2024/0312/c192237-40771100.html", "全省春耕备耕工作有序推进", "2024年03月12日"),
    ]

    def col(items, n):
        lis = "\n".join(f'<li><a href="{p}" target="_blank">{t}</a><em>{d}</em></li>' for p, t, d in items)
        if n == 1:
            pg = '<div class="page_n clearfix"><a href="/GB/192237/index.html" class="common_current_page">1</a><a href="/GB/192237/index2.html">2</a><a href="/GB/192237/index2.html">下一页</a></div>'
        else:
            pg = '<div class="page_n clearfix"><a href="/GB/192237/index.html">上一页</a><a href="/GB/192237/index.html">1</a><a href="/GB/192237/index2.html" class="common_current_page">2</a></div>'
        body = f"""<div class="route w1000">当前位置：<a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="/">湖北频道</a>&gt;&gt;要闻</div>
<div class="w1000 clearfix p2j_list"><div class="fl"><h2>要闻</h2><ul class="list_16">
{lis}
</ul>
{pg}
</div></div>
"""
        html = HEAD + body + FOOT
        for k, v in {"TITLE": "要闻--湖北频道--人民网", "KW": "湖北,要闻", "DESC": "人民网湖北频道要闻", "CID": "192237",
                     "PUBDATE": "2024-05-20", "AUTHOR": ""}.items():
            html = html.replace(f"@@{k}@@", v)
        return html

    fam.put(COL, col(items, 1))
    fam.put(COL2, col(items2, 2))
    home_body = f"""<div class="w1000 clearfix hb_home">
<div class="focus fl"><a href="{A6}.html"><img src="/NMediaFile/2024/0520/LOCAL202405202011000123.jpg" width="480" height="320" alt="" /></a><p><a href="{A6}.html">襄阳召开民营企业家座谈会</a></p></div>
<div class="yw fr"><h2><a href="/GB/192237/index.html">要闻</a></h2><ul>
""" + "\n".join(f'<li><a href="{p}" target="_blank">{t}</a></li>' for p, t, _ in items[:3]) + """
</ul></div></div>
"""
    home = HEAD + home_body + FOOT
    for k, v in {"TITLE": "人民网湖北频道--人民网", "KW": "湖北,人民网", "DESC": "人民网湖北频道", "CID": "0",
                 "PUBDATE": "2024-05-20", "AUTHOR": ""}.items():
        home = home.replace(f"@@{k}@@", v)
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.not_documents += [COL2]
    fam.noise = ["责编", "相关新闻", "周庆国", "人民网－湖北频道", "扫码关注", "热门排行"]
    return fam
