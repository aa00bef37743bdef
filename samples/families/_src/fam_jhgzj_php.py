"""讲话稿之家-like 范文 site, a hand-written PHP site (PHP 5.x + MySQL, no CMS), about 2013–2016.

Every page is a PHP script answered through query routes: home `/` (also `index.php`), the column
`list.php?cid=3` (+ `&page=2`, the site's own `共N条记录 1/2页 首页 上一页 1 2 下一页 尾页` pager), articles
`show.php?id=N` (a long one cut at the editor's `[page]` mark: `show.php?id=N&page=2`, `&page=1` answers
page 1). The script's PHP warnings are printed before the doctype (`Deprecated: mysql_connect()` from
`conn.php` on every page, `Notice: Undefined index: page` on an article asked without `&page=`); a
table-layout header, `您现在的位置：` crumb, `h1`, the info line (发布时间 / 来源：网络 / 作者：admin /
阅读：`hits.php` script), the site's own blurb line opening the text (`讲话稿之家小编为您整理的…`),
`display:none` jammer spans inside paragraphs, a 网友推荐 ad box in the middle of the text; the
member wall (`本文共N字，游客只能浏览前一部分` / 登录 / 注册会员) cutting one speech mid-paragraph; after
the text `本文地址：`, 上一篇 / 下一篇, 相关范文, 网友评论 form; footer with `Processed in … second(s)`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.jianghuagao-zhijia.test"

WARN_DB = (
    "<br />\n<b>Deprecated</b>:  mysql_connect(): The mysql extension is deprecated and will be removed in the future: "
    "use mysqli or PDO instead in <b>/home/wwwroot/jhgzj/include/conn.php</b> on line <b>6</b><br />\n"
)
WARN_PAGE = (
    "<br />\n<b>Notice</b>:  Undefined index: page in <b>/home/wwwroot/jhgzj/show.php</b> on line <b>17</b><br />\n"
)

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="js/common.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="50%" class="topleft">欢迎光临讲话稿之家！今天是<script type="text/javascript">showDate();</script></td>
    <td width="50%" align="right" class="topright"><a href="member/login.php">会员登录</a> | <a href="member/reg.php">免费注册</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.jianghuagao-zhijia.test/');">设为首页</a> | <a href="javascript:void(0)" onclick="window.external.addFavorite('http://www.jianghuagao-zhijia.test/','讲话稿之家')">加入收藏</a></td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="260" height="80"><a href="index.php"><img src="images/logo.gif" width="240" height="70" alt="讲话稿之家" border="0" /></a></td>
    <td align="center"><script type="text/javascript" src="ad/top468.js"></script></td>
    <td width="240"><form action="search.php" method="get" name="sform"><input name="k" type="text" class="skey" size="18" /> <input type="submit" value="搜索" class="sbtn" /></form></td>
  </tr>
</table>
<div class="nav">
  <ul>
    <li><a href="index.php">首 页</a></li>
    <li><a href="list.php?cid=1">领导讲话</a></li>
    <li><a href="list.php?cid=2">开幕致辞</a></li>
    <li><a href="list.php?cid=3"@@NAV3@@>发言稿</a></li>
    <li><a href="list.php?cid=4">演讲稿</a></li>
    <li><a href="list.php?cid=5">主持词</a></li>
    <li><a href="list.php?cid=6">工作总结</a></li>
    <li><a href="list.php?cid=7">心得体会</a></li>
  </ul>
</div>
"""

FOOT = """<div class="foot">
  <p><a href="about.php">关于本站</a> | <a href="about.php?act=contact">联系我们</a> | <a href="about.php?act=copyright">版权声明</a> | <a href="gbook.php">留言反馈</a></p>
  <p>Copyright &copy; 2010-2016 讲话稿之家 版权所有　本站部分文章来自网络，如有侵权请联系删除</p>
  <p><a href="http://www.miibeian.gov.cn/" target="_blank">豫ICP备10021937号</a>　Processed in @@PTIME@@ second(s), @@Q@@ queries</p>
</div>
<div style="display:none"><script src="http://s95.cnzz.com/stat.php?id=1253098172&web_id=1253098172" language="JavaScript"></script></div>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f47a-1"],
        "id": 1523,
        "time": "2024-03-19 16:42:08",
        "cut": (5, 58),  # whole paragraphs shown, characters of the next one
        "words": 3186,
        "parts": 1,
    },
    {
        "speech": SPEECHES["f47a-2"],
        "id": 1547,
        "time": "2024-01-26 20:15:33",
        "cut": None,
        "parts": 2,
    },
]

JAM = '<span style="display:none">讲话稿之家jianghuagao-zhijia</span>'


def para(text: str, k: int) -> str:
    # the site's anti-copy jammer sits after the first comma of every third paragraph
    if k % 3 == 1 and "，" in text:
        head, tail = text.split("，", 1)
        text = head + "，" + JAM + tail
    return f"<p>　　{text}</p>"


def article(d, other, n, run, first, last):
    sp = d["speech"]
    body = []
    if first:
        body.append(f"<p class=\"daodu\">　　讲话稿之家小编为您整理的《{sp.title}》，供大家参考借鉴，希望对您有所帮助。</p>")
    for k, p in enumerate(run):
        body.append(para(p, k))
        if first and k == 2:
            body.append('<div class="inad"><b>网友推荐：</b><a href="show.php?id=1498" target="_blank">2024年领导讲话稿开头结尾精选</a>　<a href="show.php?id=1502" target="_blank">年度表彰大会发言稿合集</a></div>')
    wall = ""
    if d["cut"]:
        whole, chars = d["cut"]
        body.append(f"<p>　　{sp.paras[whole][:chars]}……</p>")
        wall = f"""<div class="hidecontent">
      <p class="ht">本文共{d['words']}字，游客只能浏览前一部分，剩余内容已隐藏</p>
      <p>请 <a href="member/login.php?url=show.php%3Fid%3D{d['id']}">登录</a> 后查看全文，还没有账号？<a href="member/reg.php">免费注册会员</a>（注册后可免费阅读、复制全站范文）</p>
    </div>"""
    pager = ""
    if d["parts"] > 1:
        links = []
        links.append("上一页" if n == 1 else f'<a href="show.php?id={d["id"]}&amp;page={n - 1}">上一页</a>')
        for k in range(1, d["parts"] + 1):
            links.append(f"<b>{k}</b>" if k == n else f'<a href="show.php?id={d["id"]}&amp;page={k}">{k}</a>')
        links.append("下一页" if n == d["parts"] else f'<a href="show.php?id={d["id"]}&amp;page={n + 1}">下一页</a>')
        pager = f'<div class="artpage">共{d["parts"]}页　' + " ".join(links) + "</div>"
    url = f"show.php?id={d['id']}" + (f"&amp;page={n}" if n > 1 else "")
    page = (WARN_DB + (WARN_PAGE if n == 1 else "") + HEAD + """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="680" valign="top">
    <div class="weizhi">您现在的位置：<a href="index.php">讲话稿之家</a> &gt;&gt; <a href="list.php?cid=3">发言稿</a> &gt;&gt; 正文</div>
    <div class="art">
    <h1>@@H1@@</h1>
    <div class="artinfo">发布时间：@@TIME@@　来源：网络　作者：admin　阅读：<script type="text/javascript" src="hits.php?id=@@ID@@"></script>次　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
    <div class="artbody" id="artbody">
@@BODY@@
    </div>
    @@WALL@@
    @@PAGER@@
    <div class="artaddr">本文地址：http://www.jianghuagao-zhijia.test/@@URL@@　转载请注明出处！</div>
    <div class="prenext">上一篇：<a href="show.php?id=@@PREV@@">@@PREV_T@@</a><br />下一篇：<a href="show.php?id=@@NEXT@@">@@NEXT_T@@</a></div>
    <div class="xiangguan"><h3>相关范文</h3>
      <ul>
        <li><a href="show.php?id=@@OID@@">@@OTITLE@@</a></li>
        <li><a href="show.php?id=1502">年度表彰大会发言稿合集</a></li>
        <li><a href="show.php?id=1498">2024年领导讲话稿开头结尾精选</a></li>
        <li><a href="show.php?id=1431">在全县经济工作会议上的讲话</a></li>
      </ul>
    </div>
    <div class="pinglun"><h3>网友评论</h3>
      <p class="nopl">暂无评论，快来抢沙发吧！</p>
      <form action="comment.php?act=add" method="post"><input type="hidden" name="aid" value="@@ID@@" /><textarea name="content" cols="60" rows="4"></textarea><br />昵称：<input type="text" name="uname" value="匿名网友" size="12" /> 验证码：<input type="text" name="code" size="4" /><img src="code.php" align="absmiddle" /> <input type="submit" value="发表评论" /></form>
    </div>
    </div>
    </td>
    <td width="10"></td>
    <td width="270" valign="top" class="right">
      <div class="rbox"><h3>热门发言稿</h3><ul>
        <li><a href="show.php?id=1479">新任职表态发言稿</a></li>
        <li><a href="show.php?id=1463">教师节优秀教师代表发言</a></li>
        <li><a href="show.php?id=1455">民主生活会个人发言提纲</a></li>
        <li><a href="show.php?id=1440">开学典礼学生代表发言稿</a></li>
      </ul></div>
      <div class="rbox"><script type="text/javascript" src="ad/right250.js"></script></div>
    </td>
  </tr>
</table>
""" + FOOT)
    prev_id, next_id = (d["id"] - 1, d["id"] + 1)
    return render(
        page,
        TITLE=sp.title + ("" if n == 1 else f"(第{n}页)") + "_讲话稿之家",
        KW=f"{sp.title},发言稿,讲话稿",
        DESC=sp.paras[1][:80],
        NAV3=' class="on"',
        TIME=d["time"],
        ID=d["id"],
        BODY="\n".join("    " + b for b in body),
        WALL=wall,
        PAGER=pager,
        URL=url,
        PREV=prev_id,
        NEXT=next_id,
        PREV_T="在机关作风建设大会上的讲话",
        NEXT_T="新年团拜会上的致辞",
        OID=other["id"],
        OTITLE=other["speech"].title,
        Q=9 if n == 1 else 7,
        H1=sp.title,
        PTIME="0.031277" if n == 1 else "0.024916",
    )


def rows(items):
    return "\n".join(
        f'      <li><span>{t[:10]}</span><a href="show.php?id={i}" title="{title}" target="_blank">{title}</a></li>'
        for i, title, t in items
    )


def build() -> Family:
    fam = Family(HOST, "讲话稿之家-like 范文 site, hand-written PHP (show.php?id=N, list.php?cid=N), PHP warnings before the doctype")
    a, b = DOCS
    fill1 = [(1546, "在2024年全县教育工作会议上的表态发言", "2024-01-25"), (1544, "新春团拜会上的发言稿", "2024-01-22"), (1541, "优秀共产党员代表发言", "2024-01-17"), (1538, "年终总结大会部门负责人发言", "2024-01-12")]
    fill2 = [(1521, "在全市春季植树造林动员会上的讲话", "2024-03-18"), (1519, "三八妇女节表彰大会发言稿", "2024-03-08"), (1516, "开学典礼教师代表发言", "2024-02-26")]
    list1 = [(b["id"], b["speech"].title, b["time"])] + fill1
    # page 2 of the column: the site sorts by id, the older speech was filed under 发言稿 later
    list2 = fill2[:1] + [(a["id"], a["speech"].title, a["time"])] + fill2[1:]
    for n, items in ((1, list1), (2, list2)):
        pg = (
            f'共28条记录 {n}/2页 '
            + ('首页 上一页 ' if n == 1 else '<a href="list.php?cid=3">首页</a> <a href="list.php?cid=3&amp;page=1">上一页</a> ')
            + ("<b>1</b> <a href=\"list.php?cid=3&amp;page=2\">2</a> " if n == 1 else '<a href="list.php?cid=3&amp;page=1">1</a> <b>2</b> ')
            + ('<a href="list.php?cid=3&amp;page=2">下一页</a> <a href="list.php?cid=3&amp;page=2">尾页</a>' if n == 1 else "下一页 尾页")
        )
        page = WARN_DB + HEAD + """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td valign="top">
    <div class="weizhi">您现在的位置：<a href="index.php">讲话稿之家</a> &gt;&gt; 发言稿</div>
    <div class="listbox"><ul>
@@ROWS@@
    </ul>
    <div class="page">@@PG@@</div>
    </div>
  </td></tr>
</table>
""" + FOOT
        text = render(page, TITLE="发言稿" + ("" if n == 1 else f"_第{n}页") + "_讲话稿之家", KW="发言稿,发言稿范文", DESC="讲话稿之家发言稿栏目", NAV3=' class="on"', ROWS=rows(items), PG=pg, PTIME="0.018854", Q=5)
        if n == 1:
            fam.route("/list.php?cid=3", "/list/3.html", text)
            fam.route("/list.php?cid=3&page=1", "/list/3.html", text)
        else:
            fam.route("/list.php?cid=3&page=2", "/list/3_2.html", text)
    home = WARN_DB + HEAD + """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="475" valign="top"><div class="ibox"><h3><a href="list.php?cid=1">领导讲话</a></h3><ul>
      <li><a href="show.php?id=1521">在全市春季植树造林动员会上的讲话</a></li>
      <li><a href="show.php?id=1431">在全县经济工作会议上的讲话</a></li>
    </ul></div></td>
    <td width="10"></td>
    <td width="475" valign="top"><div class="ibox"><h3><a href="list.php?cid=3">发言稿</a></h3><ul>
@@ROWS@@
    </ul><p class="more"><a href="list.php?cid=3">更多&gt;&gt;</a></p></div></td>
  </tr>
</table>
""" + FOOT
    home_text = render(home, TITLE="讲话稿之家_领导讲话稿_发言稿_演讲稿范文大全", KW="讲话稿,发言稿,演讲稿,致辞", DESC="讲话稿之家提供领导讲话稿、发言稿、演讲稿、致辞等范文", NAV3="", ROWS=rows(list1[:3]), PTIME="0.042310", Q=14)
    fam.put("/", home_text)
    fam.route("/index.php", "/index.html", home_text)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /member/\nDisallow: /admin/\nDisallow: /search.php\nDisallow: /comment.php\n")
    fam.not_documents += ["/", "/list.php?cid=3", "/list.php?cid=3&page=2"]

    # A: the member wall
    runs = [a["speech"].paras[: a["cut"][0]]]
    text = article(a, b, 1, runs[0], True, True)
    fam.route(f"/show.php?id={a['id']}", f"/show/{a['id']}.html", text)
    whole, chars = a["cut"]
    shown = a["speech"].paras[:whole] + [a["speech"].paras[whole][:chars]]
    fam.doc([f"/show.php?id={a['id']}"], a["speech"], truncated=True, text="\n".join(shown))

    # B: two pages through the site's pager
    runs = split_paras(b["speech"].paras, 2)
    pages = []
    for n in (1, 2):
        text = article(b, a, n, runs[n - 1], n == 1, n == 2)
        if n == 1:
            fam.route(f"/show.php?id={b['id']}", f"/show/{b['id']}.html", text)
            fam.query_routes[f"/show.php?id={b['id']}&page=1"] = f"show/{b['id']}.html"
            pages.append(f"/show.php?id={b['id']}")
        else:
            fam.route(f"/show.php?id={b['id']}&page=2", f"/show/{b['id']}_2.html", text)
            pages.append(f"/show.php?id={b['id']}&page=2")
            fam.not_documents.append(f"/show.php?id={b['id']}&page=2")
    fam.doc(pages, b["speech"])
    fam.note = (
        "PHP warnings (Deprecated mysql_connect, Notice Undefined index: page) before the doctype; the 1523 speech stops at the "
        "member wall mid-paragraph (truncated; the shown part without the site's ……); 1547 is page 1 + &page=2"
    )
    fam.noise += [
        "Deprecated", "Undefined index", "讲话稿之家小编为您整理的", "网友推荐：", "游客只能浏览前一部分", "免费注册会员",
        "本文地址：", "转载请注明出处", "上一篇：", "相关范文", "暂无评论", "热门发言稿", "豫ICP备10021937号", "Processed in",
        "讲话稿之家jianghuagao-zhijia", "共2页",
    ]
    return fam
