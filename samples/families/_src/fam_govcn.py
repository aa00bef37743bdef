"""A central government portal in the gov.cn manner: `content_NNNNNNN.htm` articles (a long one
continued on `content_NNNNNNN_2.htm` with a `pages_2` pager), `home_1.htm` list pages, publication
meta tags, 字号/打印/分享 bar, an 编者按 paragraph in 楷体 at the top of one speech, a 附件 list after
the other, 【我要纠错】 and 责任编辑 right under the text, 扫一扫在手机打开当前页, 相关稿件."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.zhengfu.gov.test"
COL = "/zhengce/jianghua/"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="stylesheet" href="/images/2023gov/css/base.css">
<link rel="stylesheet" href="/images/2023gov/css/pages.css">
<script src="/images/2023gov/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/images/2023gov/images/logo.png" alt="中国政府网站（测试）"></a></div>
    <div class="header_right"><a href="/wza/">无障碍</a> | <a href="/fanti/">繁</a> | <a href="/english/">EN</a></div>
  </div>
  <div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/zhengce/jianghua/">领导讲话</a></li><li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li></ul></div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="/about/">关于本网</a> | <a href="/wzdt/">网站地图</a> | <a href="/lianxi/">联系我们</a></p>
    <p>版权所有：中国政府网站（测试） 中文域名：政府网.政务</p>
    <p>网站标识码bm01000001　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05070218号</a>　<img src="/images/2023gov/images/gongan.png">京公网安备11010202000001号</p>
  </div>
</div>
<script src="/images/2023gov/js/pages.js"></script>
<script>
var _trsta = "https://stat.zhengfu.gov.test/ta/trsta.js";
</script>
</body>
</html>
"""

NOTE = "编者按：11月21日，全国冬春农田水利基本建设电视电话会议召开。本网今日全文发布会上的讲话，供各地学习参考。"

# speech, id, yyyymm, time, source, editor, pages, note, attachments
ARTICLES = [
    (SPEECHES["C2"], 6928341, "202401", "2024-01-24 19:30", "新华社", "刘洋", 2, "", ["2024年综合运输春运工作方案.pdf", "春运期间重点物资运输保障联系表.xlsx"]),
    (SPEECHES["C1"], 6916577, "202311", "2023-11-21 18:05", "农业农村部网站", "王倩", 1, NOTE, []),
]


def url_of(a, k=0):
    return f"/zhengce/{a[2]}/content_{a[1]}{'' if k == 0 else f'_{k + 1}'}.htm"


def pages_2(a, count, k):
    def u(i):
        return url_of(a, i).rsplit("/", 1)[1]

    out = '<div class="pages_2" id="pages_2">'
    out += '<span class="disabled">上一页</span>' if k == 0 else f'<a href="{u(k - 1)}" class="prev">上一页</a>'
    for i in range(count):
        out += f'<span class="current">{i + 1}</span>' if i == k else f'<a href="{u(i)}">{i + 1}</a>'
    out += f'<a href="{u(k + 1)}" class="next">下一页</a>' if k < count - 1 else '<span class="disabled">下一页</span>'
    return out + "</div>"


def article(a, runs, k, others):
    speech, aid, ym, stamp, source, editor, count, note, files = a
    paras = "\n".join(
        f'<p style="text-indent: 2em; font-family: 宋体; font-size: 12pt;">{p}</p>' for p in runs[k]
    )
    if note and k == 0:
        paras = f'<p style="text-indent: 2em; font-family: 楷体, 楷体_GB2312; font-size: 12pt;">{note}</p>\n' + paras
    if files and k == count - 1:
        links = "".join(
            f'<p style="text-indent: 2em;"><a href="./P0202401245{n}8391{n}.{f.rsplit(".", 1)[1]}" target="_blank">{n + 1}. {f}</a></p>'
            for n, f in enumerate(files)
        )
        paras += f'\n<div class="fujian"><p style="text-indent: 2em;">附件：</p>{links}</div>'
    pager = pages_2(a, count, k) if count > 1 else ""
    related = "".join(f'<li><a href="{url_of(o)}" target="_blank">{o[0].title}</a><span>{o[3][:10]}</span></li>' for o in others)
    body = f"""<div class="w1200">
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/jianghua/">领导讲话</a></div>
<div class="article oneColumn pub_border">
  <h1 id="ti">{speech.title}</h1>
  <div class="pages-date">{stamp}
    <span class="font">来源： {source}</span>
    <span class="font index_switchsize">【字号：<span class="bigger">大</span> <span class="medium">中</span> <span class="smaller">小</span>】</span>
    <span class="font printIco" onclick="window.print()">打印</span>
    <div class="share"><span>分享到：</span><a href="javascript:void(0)" class="weibo"></a><a href="javascript:void(0)" class="weixin"></a></div>
  </div>
  <div class="pages_content mhide" id="UCAP-CONTENT">
{paras}
  </div>
  {pager}
  <div class="editor"><a href="javascript:void(0)" class="jiucuo" onclick="openJiucuo('bm01000001')">【我要纠错】</a> 责任编辑：{editor}</div>
  <div class="ewm"><img src="/images/2023gov/images/ewm_{aid}.png"><p>扫一扫在手机打开当前页</p></div>
  <div class="related"><div class="related_title">相关稿件</div><ul>{related}</ul></div>
</div>
</div>
"""
    meta = (
        f'<meta name="manuscriptId" content="{aid}">\n<meta name="firstpublishedtime" content="{stamp.replace(" ", "-")}:00">\n'
        f'<meta name="lastmodifiedtime" content="{stamp.replace(" ", "-")}:00">\n<meta name="catalogs" content="01">\n'
        f'<meta name="author" content="{source}">\n<meta name="source" content="{source}">\n<meta name="editor" content="{editor}">\n'
        f'<meta name="contentid" content="{aid}">\n<meta name="publishdate" content="{stamp[:10]}">\n'
    )
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_领导讲话_中国政府网站（测试）",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:80],
        META=meta,
    )


def list_page(items, n, count):
    rows = "\n".join(f'<li><h4><a href="{url_of(a)}" target="_blank">{a[0].title}</a><span class="date">{a[3][:10]}</span></h4></li>' for a in items)

    def u(i):
        return "index.htm" if i == 0 else f"home_{i}.htm"

    nav = '<div class="pages_2" id="pages_2">'
    for i in range(count):
        nav += f'<span class="current">{i + 1}</span>' if i == n else f'<a href="{u(i)}">{i + 1}</a>'
    nav += f'<a href="{u(n + 1)}" class="next">下一页</a>' if n < count - 1 else ""
    nav += "</div>"
    body = f"""<div class="w1200">
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 领导讲话</div>
<div class="list list_1 list_2"><ul>
{rows}
</ul></div>
{nav}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="领导讲话_中国政府网站（测试）", KEYWORDS="领导讲话", DESC="领导讲话", META="")


def build() -> Family:
    fam = Family(
        HOST,
        "gov.cn-like central portal: content_N.htm / content_N_2.htm with pages_2 pager, home_1.htm lists, 编者按, 附件 list, 【我要纠错】 责任编辑, 扫一扫",
    )
    for idx, a in enumerate(ARTICLES):
        runs = split_paras(a[0].paras, a[6]) if a[6] > 1 else [a[0].paras]
        others = [o for o in ARTICLES if o is not a]
        pages = [url_of(a, k) for k in range(a[6])]
        for k, page in enumerate(pages):
            fam.put(page, article(a, runs, k, others))
        fam.doc(pages, a[0])
        fam.not_documents += pages[1:]
    fam.put(f"{COL}index.htm", list_page(ARTICLES[:1], 0, 2))
    fam.put(COL, list_page(ARTICLES[:1], 0, 2))
    fam.put(f"{COL}home_1.htm", list_page(ARTICLES[1:], 1, 2))
    home = render(
        HEAD
        + f"""<div class="w1200 index">
<div class="index_news"><h3><a href="/zhengce/jianghua/index.htm">领导讲话</a></h3><ul><li><a href="{url_of(ARTICLES[0])}">{ARTICLES[0][0].title}</a></li></ul></div>
</div>
"""
        + FOOT,
        TITLE="中国政府网站（测试）_中央人民政府门户网站（测试）",
        KEYWORDS="政府",
        DESC="门户网站",
        META="",
    )
    fam.put("/", home)
    fam.not_documents += ["/", COL, f"{COL}index.htm", f"{COL}home_1.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /wza/\n")
    fam.noise += [
        "中国政府网站（测试）",
        "来源：",
        "新华社",
        "农业农村部网站",
        "字号：",
        "打印",
        "分享到",
        "编者按",
        "本网今日全文发布",
        "供各地学习参考",
        "附件：",
        "春运工作方案.pdf",
        "重点物资运输保障联系表",
        "上一页",
        "下一页",
        "我要纠错",
        "责任编辑",
        "刘洋",
        "王倩",
        "扫一扫在手机打开当前页",
        "相关稿件",
        "网站标识码",
        "京ICP备05070218号",
    ]
    return fam
