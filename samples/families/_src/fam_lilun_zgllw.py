"""中国理论网-like 理论 site (its own template, published by TRS WCM) carrying lecture scripts (讲稿), UTF-8 (HOLDOUT).

Home `/` (channel nav, 理论头条 / 思想理论 / 讲坛 blocks) → column `/sxll/` (= `index.shtml`, + `index_1.shtml`,
not a document) → articles `/sxll/202410/t20241023_612345.shtml`: TRS publication meta (`ArticleTitle`,
`PubDate`, `ContentSource`, `Author`), `div.crumb` 当前位置, `h1.art-title`, `div.art-info` (发布时间 /
来源 / 作者 / 字号), the 作者简介 box (`div.zzjj`, 【作者简介】) between the info line and the text, the text in
`div.TRS_Editor` with `[1]` note markers kept in the paragraphs, the numbered 注释 block (`div.art-zs`,
`[1]…`) after the text on the last page, 【责任编辑】 line, a 2-page lecture continued on
`t20241023_612345_1.shtml` through a server-printed `div.pagebox` pager (上一页 / 1 / 2 / 下一页), share
bar, 相关阅读, footer with 版权所有 and ICP lines."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.zglilun-wenlan-like.test"
COL = "/sxll/"
COL2 = "/sxll/index_1.shtml"
A1 = "/sxll/202410/t20241023_612345.shtml"
A1B = "/sxll/202410/t20241023_612345_1.shtml"
A2 = "/sxll/202412/t20241216_618907.shtml"
OLD = [("/sxll/202409/t20240912_607712.shtml", "深刻把握中国式现代化的本质要求", "2024-09-12"),
       ("/sxll/202408/t20240820_604418.shtml", "以全过程人民民主推动基层协商制度化", "2024-08-20")]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="中国理论网">
<meta name="SiteDomain" content="www.zglilun-wenlan-like.test">
<meta name="ColumnName" content="思想理论">
@@ARTMETA@@<meta name="keywords" content="@@KW@@">
<title>@@TITLE@@</title>
<link rel="stylesheet" href="/images/css/style2022.css">
<script src="/images/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="date">今天是<script>document.write(new Date().toLocaleDateString());</script></span><span class="links"><a href="/">网站首页</a> | <a href="/wap/">手机版</a> | <a href="/tgxz/">投稿须知</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/logo_zgllw.png" alt="中国理论网"></a>
<form class="search" action="/was5/web/search" method="get"><input type="hidden" name="channelid" value="231456"><input type="text" name="searchword"><button type="submit">检索</button></form></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/lltt/">理论头条</a></li><li@@ON@@><a href="/sxll/">思想理论</a></li><li><a href="/djyj/">党建研究</a></li><li><a href="/jzlt/">讲坛讲稿</a></li><li><a href="/xsqy/">学术前沿</a></li><li><a href="/dfll/">地方理论</a></li></ul></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/bqsm/">版权声明</a> | <a href="/tgxz/">投稿须知</a></p>
<p>中国理论网 版权所有　未经授权禁止复制或建立镜像　<a href="https://beian.miit.gov.cn/">京ICP备12034567号-2</a></p>
</div></div>
<script src="/images/js/share.js"></script>
<script src="/images/js/fontsize.js"></script>
</body>
</html>
"""


def head(title, artmeta="", kw="中国理论网,理论", on=True):
    return render(HEAD, TITLE=title, ARTMETA=artmeta, KW=kw, ON=' class="cur"' if on else "")


def pager(pages, cur):
    name = lambda p: p.rsplit("/", 1)[1]
    out = [f'<a href="{name(pages[cur - 2])}">上一页</a>' if cur > 1 else "<span>上一页</span>"]
    for i, p in enumerate(pages, 1):
        out.append(f'<a class="cur">{i}</a>' if i == cur else f'<a href="{name(p)}">{i}</a>')
    out.append(f'<a href="{name(pages[cur])}">下一页</a>' if cur < len(pages) else "<span>下一页</span>")
    return '<div class="pagebox">' + "".join(out) + "</div>"


def art(path, title, date, author, bio, paras, notes, pages, cur, editor, related):
    meta = (f'<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date} 09:30">\n'
            f'<meta name="ContentSource" content="中国理论网">\n<meta name="Author" content="{author}">\n')
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    zzjj = f'<div class="zzjj"><span class="tit">【作者简介】</span>{bio}</div>\n' if cur == 1 else ""
    zs = ""
    if notes:
        zs = '<div class="art-zs"><p class="tit">注释：</p>\n' + "\n".join(f"<p>[{i}]{n}</p>" for i, n in enumerate(notes, 1)) + "\n</div>\n"
    end = f'<div class="art-editor">【责任编辑：{editor}】</div>\n' if cur == len(pages) else ""
    pg = pager(pages, cur) if len(pages) > 1 else ""
    rel = "\n".join(f'<li><a href="{h}">{t}</a></li>' for h, t, _ in related)
    return head(f"{title}_中国理论网", artmeta=meta, kw=f"{title},理论") + f"""<div class="wrap main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{COL}">思想理论</a> &gt; 正文</div>
<div class="article">
<h1 class="art-title">{title}</h1>
<div class="art-info"><span>发布时间：{date} 09:30</span><span>来源：中国理论网</span><span>作者：{author}</span><span class="fs">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
{zzjj}<div class="art-con"><div class="TRS_Editor">
{body}
</div></div>
{zs}{pg}
{end}<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
</div>
<div class="relate"><h3>相关阅读</h3><ul>
{rel}
</ul></div>
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "中国理论网-like 理论 site (TRS WCM), 讲稿 with 作者简介 and 注释 (HOLDOUT)")
    s1, s2 = SPEECHES["f55b-5"], SPEECHES["f55b-6"]
    t1 = "以系统观念推进基层治理现代化"
    t2 = "让新时代文明实践扎根群众日常生活"
    notes1 = ["《十八大以来重要文献选编》（下），中央文献出版社2018年版，第32页。",
              "参见《关于加强基层治理体系和治理能力现代化建设的意见》，人民出版社2021年版。",
              "徐汉明：《“枫桥经验”的时代内涵》，《光明日报》2023年11月20日。"]
    notes2 = ["《关于建设新时代文明实践中心试点工作的指导意见》，2018年7月。",
              "林溪市新时代文明实践课题组：《实践站所运行情况调研报告》，2024年9月。"]
    bio1 = "许文澜，林溪市委党校公共管理教研部主任、教授。本文系作者在市委党校2024年秋季学期主体班上的专题辅导讲稿，刊发时有删节。"
    bio2 = "郑一鸣，林溪市社会科学院文化研究所所长、研究员。本文系作者在全市新时代文明实践工作理论研讨会上的发言。"
    a, b = split_paras(s1.paras, 2)
    pages1 = [A1, A1B]
    rel = [OLD[0], (A2, t2, "")]
    fam.put(A1, art(A1, t1, "2024-10-23", "许文澜", bio1, a, None, pages1, 1, "张文静", rel))
    fam.put(A1B, art(A1B, t1, "2024-10-23", "许文澜", bio1, b, notes1, pages1, 2, "张文静", rel))
    fam.put(A2, art(A2, t2, "2024-12-16", "郑一鸣", bio2, s2.paras, notes2, [A2], 1, "刘佳", [OLD[1], (A1, t1, "")]))
    fam.doc(pages1, s1, title=t1, published_at="2024-10-22")
    fam.doc([A2], s2, title=t2, published_at="2024-12-12")
    for h, t, d in OLD:
        fam.put(h, art(h, t, d, "本网评论员", "本网理论部评论员。", [f"{t}，是新时代理论研究的重要课题。本文就此作简要阐述。"], None, [h], 1, "王磊", []))

    def listing(rows, cur):
        items = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>' for h, t, d in rows)
        pg = ('<div class="pagebox"><span>上一页</span><a class="cur">1</a><a href="index_1.shtml">2</a><a href="index_1.shtml">下一页</a></div>' if cur == 1
              else '<div class="pagebox"><a href="index.shtml">上一页</a><a href="index.shtml">1</a><a class="cur">2</a><span>下一页</span></div>')
        return head("思想理论_中国理论网") + f"""<div class="wrap main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 思想理论</div>
<div class="list"><ul>
{items}
</ul>
{pg}
</div></div>
""" + FOOT

    fam.put(COL, listing([(A2, t2, "2024-12-16"), (A1, t1, "2024-10-23"), OLD[0]], 1))
    fam.put(COL2, listing([OLD[1]], 2))
    fam.put("/sxll/index.shtml", listing([(A2, t2, "2024-12-16"), (A1, t1, "2024-10-23"), OLD[0]], 1))
    home = head("中国理论网", on=False) + f"""<div class="wrap main home">
<div class="headline"><h2><a href="{A2}">{t2}</a></h2></div>
<div class="box"><div class="box-tit"><a href="{COL}">思想理论</a><a href="{COL}" class="more">更多&gt;&gt;</a></div><ul><li><a href="{A2}">{t2}</a></li><li><a href="{OLD[0][0]}">{OLD[0][1]}</a></li></ul></div>
<div class="box"><div class="box-tit"><a href="/jzlt/">讲坛讲稿</a></div><ul><li><a href="{A1}">{t1}</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/", COL, "/sxll/index.shtml", COL2, A1B, OLD[0][0]]
    fam.noise += ["【作者简介】", "作者简介", "注释：", "中央文献出版社2018年版", "【责任编辑：", "来源：中国理论网", "分享到：", "相关阅读", "京ICP备12034567号", "字号：", "刊发时有删节"]
    return fam
