"""A county 教育局 site on KesionCMS V9 (科汛, ASP) with the stock default template, published as static
HTML: IIS sends the generated `.html` as plain `text/html` (no charset), the meta tag says gb2312 and the
bytes are GBK. Articles live in the column's generated folders `/html/jydt/201903/1287.html`; a speech
cut by `[NextPage]` goes on in `1287_2.html` through Kesion's `#pageNext` one-cell table pager under
`#MyContent`. The content is a Word paste (`MsoNormal`, 仿宋_GB2312 / 黑体 spans) opened by the speech's
own centred title, speaker line and date line. Around it: the `您现在的位置` crumb ending `>> 正文`, the
发布时间/来源/作者/点击数 line with the `GetHits.asp` counter, 【字体：大 中 小】, 文章录入/责任编辑,
【打印本页】【关闭窗口】, 上一篇/下一篇, 相关文章, the 网友评论 block; column pages
`/html/jydt/index.html`, `index_2.html` with Kesion's `fenye` pager; 友情链接 select, gov 党政机关 mark,
ICP line, Powered by KesionCMS."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.qingxi-edu.test"
SITE = "青溪县教育局"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/skin/default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/ks_inc/jquery.js"></script>
<script type="text/javascript" src="/ks_inc/common.js"></script>
<script type="text/javascript" src="/ks_inc/kesion.box.js"></script>
</head>
<body>
<div class="top">
  <div class="w1000">
    <div class="fl">今天是：<script type="text/javascript">var week=new Array("日","一","二","三","四","五","六");var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+week[d.getDay()]);</script></div>
    <div class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://@@HOST@@');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://@@HOST@@','@@SITE@@');">加入收藏</a> | <a href="/user/">会员中心</a></div>
  </div>
</div>
<div class="banner w1000"><a href="/"><img src="/skin/default/images/banner.jpg" width="1000" height="150" alt="@@SITE@@" border="0" /></a></div>
<div class="menu w1000">
  <ul>
    <li><a href="/">网站首页</a></li>
    <li><a href="/html/jggk/">机构概况</a></li>
    <li><a href="/html/jydt/">教育动态</a></li>
    <li><a href="/html/tzgg/">通知公告</a></li>
    <li><a href="/html/zcfg/">政策法规</a></li>
    <li><a href="/html/zsks/">招生考试</a></li>
    <li><a href="/html/jydd/">教育督导</a></li>
    <li><a href="/html/djgz/">党建工作</a></li>
    <li><a href="/html/zwgk/">政务公开</a></li>
  </ul>
</div>
<div class="searchbar w1000">
  <div class="fl"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">欢迎访问青溪县教育局网站！　　县教育局举报电话：0739-6221305　　监督邮箱：qxjyj@163.com</marquee></div>
  <div class="fr"><form id="searchform" name="searchform" action="/plus/search/" method="get"><select name="m"><option value="1">文章</option><option value="2">图片</option></select> <input type="text" name="key" class="textbox" value="请输入关键字" onfocus="if(this.value=='请输入关键字'){this.value=''}" /> <input type="submit" value="搜索" class="btn" /></form></div>
</div>
"""

FOOT = """<div class="flink w1000"><span>友情链接：</span>
<select onchange="if(this.value!=''){window.open(this.value)}"><option value="">--教育部门网站--</option><option value="http://www.moe.gov.cn">中华人民共和国教育部</option><option value="http://jyt.hunan.gov.cn">省教育厅</option></select>
<select onchange="if(this.value!=''){window.open(this.value)}"><option value="">--县直部门网站--</option><option value="http://www.qingxi.gov.test">青溪县人民政府</option></select>
<select onchange="if(this.value!=''){window.open(this.value)}"><option value="">--县内学校网站--</option><option value="http://www.qxyz.test">青溪县第一中学</option></select>
</div>
<div class="footer w1000">
  <div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/18/000/0000/40123456/CA180000000401234560002.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
  <p>主办：青溪县教育局　　承办：青溪县教育信息中心　　地址：青溪县城关镇人民路56号　　邮编：418400</p>
  <p>联系电话：0739-6221305　　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备10208813号</a>　　<img src="/skin/default/images/ga.png" alt="" /> 湘公网安备 43052302000117号</p>
  <p>建议使用IE8.0以上浏览器，1024×768分辨率浏览　　Powered by <a href="http://www.kesion.com" target="_blank">KesionCMS V9.0</a></p>
  <div style="display:none"><script type="text/javascript" src="https://s19.cnzz.com/z_stat.php?id=1273450211&web_id=1273450211"></script></div>
</div>
</body>
</html>
"""

# speech, id, month folder, 发布时间 as ASP prints Now(), 来源, parts, hits, heading (speaker, delivered) or None
ARTICLES = [
    (SPEECHES["f42c-1"], 1287, "201903", "2019-3-11 10:02:36", "局办公室", 2, 1538, ("县教育局党组书记、局长　刘承志", "（2019年3月8日）")),
    (SPEECHES["f42c-2"], 1265, "201902", "2019-2-27 17:45:09", "县一中", 1, 874, None),
]


def url_of(aid, month, k=0):
    return f"/html/jydt/{month}/{aid}.html" if k == 0 else f"/html/jydt/{month}/{aid}_{k + 1}.html"


def word_para(text):
    # a Word paste through Kesion's editor: MsoNormal paragraphs, 仿宋 body, 黑体 for numbered headings
    font = "黑体" if text[:2] in ("一、", "二、", "三、", "四、") else "仿宋_GB2312"
    return (
        f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
        f'<span style="font-size:16.0pt;font-family:{font}">{text}<span lang="EN-US"><o:p></o:p></span></span></p>'
    )


def plain_para(text):
    return f'<p style="text-indent:2em;">{text}</p>'


def page_next(aid, month, count, k):
    out = []
    if k > 0:
        out.append(f'<a class="prev" href="{url_of(aid, month, k - 1)}">上一页</a>')
    for i in range(count):
        cls = "curr" if i == k else "num"
        out.append(f'<a class="{cls}" href="{url_of(aid, month, i)}">{i + 1}</a>')
    if k < count - 1:
        out.append(f'<a class="next" href="{url_of(aid, month, k + 1)}">下一页</a>')
    return (
        '<div id="pageNext" style="text-align:center"><table align="center"><tr><td>'
        + " ".join(out)
        + "</td></tr></table></div>"
    )


def article(idx, runs, k, prev, nxt, related):
    speech, aid, month, stamp, source, count, hits, heading = ARTICLES[idx]
    paras = runs[k]
    if heading:
        blocks = [word_para(p) for p in paras]
        if k == 0:
            blocks = [
                f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">{speech.title}</span></b></p>',
                f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><span style="font-size:16.0pt;font-family:楷体_GB2312">{heading[0]}</span></p>',
                f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><span style="font-size:16.0pt;font-family:楷体_GB2312">{heading[1]}</span></p>',
                '<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">&nbsp;<o:p></o:p></span></p>',
            ] + blocks
    else:
        blocks = [plain_para(p) for p in paras]
    content = "\r\n".join(blocks)
    pager = page_next(aid, month, count, k) if count > 1 else ""
    body = """<div class="w1000 clearfix">
<div class="location">您现在的位置：<a class="LinkPath" href="/">@@SITE@@</a> >> <a class="LinkPath" href="/html/jydt/">教育动态</a> >> 正文</div>
<div class="main_l">
  <div class="art_box">
    <h1 class="art_title">@@H1@@</h1>
    <div class="art_info">发布时间：@@STAMP@@　　来源：@@SOURCE@@　　作者：佚名　　点击数：<script type="text/javascript" src="/item/GetHits.asp?Action=Count&amp;GetFlag=0&amp;m=1&amp;ID=@@AID@@"></script>　　【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(0)">中</a> <a href="javascript:ContentSize(12)">小</a>】</div>
    <div class="art_content">
<div id="MyContent">
@@CONTENT@@
</div>
@@PAGER@@
    </div>
    <div class="art_inputer">文章录入：jyjadmin　　　　责任编辑：jyjadmin</div>
    <div class="art_tool">【<a href="/plus/Print.asp?m=1&amp;ID=@@AID@@" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
    <div class="prevnext">
      <div>上一篇：@@PREV@@</div>
      <div>下一篇：@@NEXT@@</div>
    </div>
  </div>
  <div class="box">
    <div class="box_t">相关文章</div>
    <ul class="list">@@RELATED@@</ul>
  </div>
  <div class="box">
    <a name="comment"></a>
    <div class="box_t">网友评论</div>
    <script src="/ks_inc/Comment.page.js" type="text/javascript"></script>
    <div id="Commentcontent"></div>
    <script type="text/javascript">Page(1,1,'@@AID@@','Show','/');</script>
    <div class="commentform">
      <form name="form1" method="post" action="/plus/Comment.asp?Action=WriteSave&amp;ChannelID=1&amp;InfoID=@@AID@@">
      <p>用户名：<input name="AnounName" type="text" size="14" /> <label><input type="checkbox" name="Anonymous" value="1" checked="checked" />匿名</label>　验证码：<input name="Verifycode" type="text" size="6" /> <img src="/plus/verifycode.asp" align="absmiddle" alt="" /></p>
      <p><textarea name="Content" rows="5" cols="70"></textarea></p>
      <p><input type="submit" value="发表评论" class="btn" />　（评论需管理员审核后才能显示）</p>
      </form>
    </div>
  </div>
</div>
<div class="main_r">
  <div class="box"><div class="box_t">通知公告</div><ul class="list"><li><a href="/html/tzgg/201903/1290.html">关于做好2019年春季学期学生资助工作的通知</a></li><li><a href="/html/tzgg/201902/1271.html">青溪县2019年公开招聘教师公告</a></li></ul></div>
  <div class="box"><div class="box_t">热点排行</div><ul class="list">@@RELATED@@<li><a href="/html/zsks/201902/1249.html">2019年城区义务教育学校招生工作方案</a></li></ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_{SITE}",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:80],
        HOST=HOST,
        SITE=SITE,
        H1=speech.title,
        STAMP=stamp,
        SOURCE=source,
        AID=aid,
        CONTENT=content,
        PAGER=pager,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


FILLERS = [
    ("/html/jydt/201903/1283.html", "县教育局召开2019年全县中小学安全工作会议", "2019-3-6"),
    ("/html/jydt/201903/1279.html", "城北实验小学建设项目通过主体工程验收", "2019-3-4"),
    ("/html/jydt/201902/1268.html", "全县开展春季开学工作专项督查", "2019-2-27"),
    ("/html/jydt/201902/1259.html", "县职业中专在全市技能大赛中获佳绩", "2019-2-22"),
]


def listing(n, count):
    rows = []
    items = ([ARTICLES[0]] + FILLERS[:2]) if n == 1 else (FILLERS[2:3] + [ARTICLES[1]] + FILLERS[3:])
    for it in items:
        if len(it) == 3:
            u, t, d = it
        else:
            u, t, d = url_of(it[1], it[2]), it[0].title, it[3].split()[0]
        rows.append(f'<li><span class="date">{d}</span>·<a href="{u}" target="_blank" title="{t}">{t}</a></li>')

    def lu(i):
        return "/html/jydt/" if i == 1 else f"/html/jydt/index_{i}.html"

    fy = [f'<span class="total">共 {count} 页 / 6 条记录</span>']
    fy.append('<a class="prev" href="#">首页</a>' if n == 1 else f'<a class="prev" href="{lu(1)}">首页</a><a class="prev" href="{lu(n - 1)}">上一页</a>')
    for i in range(1, count + 1):
        fy.append(f'<a class="curr" href="#">{i}</a>' if i == n else f'<a class="num" href="{lu(i)}">{i}</a>')
    if n < count:
        fy.append(f'<a class="next" href="{lu(n + 1)}">下一页</a><a class="next" href="{lu(count)}">尾页</a>')
    else:
        fy.append('<a class="next" href="#">尾页</a>')
    body = """<div class="w1000 clearfix">
<div class="location">您现在的位置：<a class="LinkPath" href="/">@@SITE@@</a> >> <a class="LinkPath" href="/html/jydt/">教育动态</a></div>
<div class="main_l">
  <div class="box"><div class="box_t">教育动态</div>
  <ul class="newslist">
@@ROWS@@
  </ul>
  <div id="fenye" class="fenye">@@FY@@</div>
  </div>
</div>
<div class="main_r">
  <div class="box"><div class="box_t">栏目导航</div><ul class="list"><li><a href="/html/jydt/">教育动态</a></li><li><a href="/html/xxdt/">学校动态</a></li><li><a href="/html/tzgg/">通知公告</a></li></ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"教育动态_{SITE}" + (f"_第{n}页" if n > 1 else ""),
        KEYWORDS="教育动态",
        DESC="青溪县教育局教育动态",
        HOST=HOST,
        SITE=SITE,
        ROWS="\n".join(rows),
        FY="".join(fy),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "county 教育局 site on KesionCMS V9 (ASP, static /html/ pages served without charset, GBK, Word paste, [NextPage] #pageNext pager)",
        encoding="gbk",
        content_type="text/html",
        site_note="IIS sends KesionCMS's generated .html as `text/html` with no charset; the meta tag says gb2312, the bytes are GBK",
    )
    related = "".join(
        f'<li><a href="{url_of(a[1], a[2])}" target="_blank">{a[0].title}</a></li>' for a in ARTICLES
    )
    for idx, art in enumerate(ARTICLES):
        speech, aid, month, stamp, source, count, hits, heading = art
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        other = ARTICLES[1 - idx]
        link = f'<a href="{url_of(other[1], other[2])}" title="{other[0].title}">{other[0].title}</a>'
        # 上一篇 is the older article, 下一篇 the newer one
        prev, nxt = (link, "没有了") if idx == 0 else ("没有了", link)
        pages = [url_of(aid, month, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k, prev, nxt, related))
        y, m, d = stamp.split()[0].split("-")
        fam.doc(pages, speech, published_at=f"{y}-{int(m):02d}-{int(d):02d}")
        fam.not_documents += pages[1:]
    fam.put("/html/jydt/", listing(1, 2))
    fam.put("/html/jydt/index_2.html", listing(2, 2))
    s0 = ARTICLES[0]
    s1 = ARTICLES[1]
    home = render(
        HEAD
        + """<div class="w1000 clearfix">
<div class="i_l">
  <div class="box"><div class="box_t"><span class="more"><a href="/html/jydt/">更多&gt;&gt;</a></span>图片新闻</div>
  <div id="slide"><script type="text/javascript" src="/ks_inc/slide.js"></script><script type="text/javascript">var pics="/UploadFiles/2019-3/201931110023615.jpg",links="@@U0@@",texts="全县2019年教育工作会议召开";</script></div></div>
</div>
<div class="i_m">
  <div class="box"><div class="box_t"><span class="more"><a href="/html/jydt/">更多&gt;&gt;</a></span>教育动态</div>
  <ul class="list">
  <li><span class="date">@@D0@@</span><a href="@@U0@@" target="_blank" title="@@T0@@">@@T0@@</a></li>
  <li><span class="date">3-6</span><a href="/html/jydt/201903/1283.html" target="_blank">县教育局召开2019年全县中小学安全工作会议</a></li>
  </ul></div>
</div>
<div class="i_r">
  <div class="box"><div class="box_t"><span class="more"><a href="/html/tzgg/">更多&gt;&gt;</a></span>通知公告</div>
  <ul class="list"><li><a href="/html/tzgg/201903/1290.html">关于做好2019年春季学期学生资助工作的通知</a></li></ul></div>
  <div class="box"><div class="box_t">局长信箱</div><p><a href="/plus/guestbook/"><img src="/skin/default/images/jzxx.gif" alt="局长信箱" /></a></p></div>
</div>
</div>
"""
        + FOOT,
        TITLE=f"{SITE}",
        KEYWORDS="青溪县教育局,青溪教育",
        DESC="青溪县教育局官方网站",
        HOST=HOST,
        SITE=SITE,
        D0="3-11",
        U0=url_of(s0[1], s0[2]),
        T0=s0[0].title,
    )
    fam.put("/", home)
    fam.not_documents += ["/", "/html/jydt/", "/html/jydt/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /plus/\nDisallow: /ks_inc/\nDisallow: /admin/\n")
    fam.noise += [
        SITE,
        "您现在的位置",
        "发布时间",
        "点击数",
        "字体：",
        "局办公室",
        "文章录入",
        "责任编辑：jyjadmin",
        "打印本页",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "没有了",
        "相关文章",
        "网友评论",
        "热点排行",
        "通知公告",
        "KesionCMS",
        "湘ICP备10208813号",
        "县教育局党组书记、局长　刘承志",
        "（2019年3月8日）",
    ]
    return fam
