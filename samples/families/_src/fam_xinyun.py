"""A 2005-era speech-collection site (中国演讲网-like) on 新云网站管理系统 (NewAsp 3.x, ASP): GBK bytes,
IIS sending `text/html` with gb2312 only in the meta tag; every page under `/Article/` a query route:
column lists `ShowList.asp?ClassID=3[&page=2]` with 新云's `<font>`-laden table rows and its pager
(`共有 N 篇文章 首页 上一页 下一页 尾页 页次:1/2页 20篇文章/页 转到`), articles `ShowArticle.asp?ArticleID=N`
in a fixed-width table: 当前位置 path, the big blue `<font size=4>` title, a 作者/来源/发布时间/点击数
(GetHits.asp script) line, 【字体：大 中 小】 (`doZoom`), the content span `#zoom`, a 新云 ad slot
script inside the content cell, one speech split by `[NextPage]` into `&Page=2` with 新云's
`第1页 第2页` links, then 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】, 上一篇/下一篇 rows
in the table, 相关文章 (five rows), the footer with 站长 mail and ICP."""

from common import SPEECHES, Family, split_paras

HOST = "www.zhyjw.test"
SITE = "中华演讲网"

# (speech, ArticleID, 发布时间, 作者, 来源, pages, class id, class name)
ARTICLES = [
    (SPEECHES["r24a-xy1"], 3817, "2005-6-18 21:36:05", "王建平", "网友投稿", 2, 3, "竞聘演讲"),
    (SPEECHES["r24a-xy2"], 3702, "2005-5-6 9:12:40", "佚名", "本站整理", 1, 4, "领导讲话"),
]
HITS = {3817: 2315, 3702: 4087}
OTHERS = [
    (3841, "竞聘学校教导主任演讲稿", "2005-6-24 10:05:11"),
    (3836, "竞聘银行支行行长的演讲", "2005-6-22 22:41:37"),
    (3829, "竞选学生会主席演讲稿（高中）", "2005-6-20 16:30:02"),
    (3822, "竞聘医院护士长演讲稿", "2005-6-19 13:17:48"),
    (3811, "竞聘办公室主任演讲稿", "2005-6-16 20:52:26"),
    (3804, "竞聘税务分局局长的演讲", "2005-6-14 11:08:59"),
    (3796, "竞聘供电所所长演讲稿", "2005-6-11 15:44:13"),
    (3788, "竞聘村党支部书记演讲稿", "2005-6-8 8:26:30"),
    (3781, "竞聘中学校长的演讲", "2005-6-5 19:03:47"),
    (3773, "竞聘工会主席演讲稿", "2005-6-2 9:58:21"),
    (3766, "竞聘车间主任演讲稿", "2005-5-30 14:37:05"),
    (3758, "竞聘派出所所长的演讲", "2005-5-27 21:15:42"),
    (3750, "竞聘团委书记演讲稿", "2005-5-24 10:49:16"),
    (3741, "竞聘财务科长演讲稿", "2005-5-20 16:22:58"),
    (3733, "竞聘宣传部副部长的演讲", "2005-5-17 8:41:09"),
    (3725, "竞聘人事科科长演讲稿", "2005-5-14 22:06:33"),
    (3718, "竞聘营业部经理的演讲", "2005-5-11 11:54:27"),
    (3710, "竞聘小学教务主任演讲稿", "2005-5-8 15:19:40"),
    (3695, "竞聘文化站站长演讲稿", "2005-5-3 9:33:18"),
    (3688, "竞聘城管中队长的演讲", "2005-4-29 20:27:51"),
    (3679, "竞聘乡镇副镇长演讲稿", "2005-4-26 14:02:36"),
    (3671, "竞聘企业销售部经理演讲稿", "2005-4-22 10:45:24"),
]
PER_PAGE = 20


LEADER = [
    (3839, "在全县招商引资工作会议上的讲话", "2005-6-23 17:20:14"),
    (3815, "在乡镇机构改革动员大会上的讲话", "2005-6-17 9:46:51"),
    (3762, "在全市安全生产工作会议上的讲话", "2005-5-28 15:11:03"),
    (3655, "在全县春季植树造林动员大会上的讲话", "2005-4-18 10:27:35"),
]


def rows(cid=3):
    if cid == 4:
        return sorted(LEADER + [(ARTICLES[1][1], ARTICLES[1][0].title, ARTICLES[1][2])], key=lambda r: -r[0])
    out = list(OTHERS) + [(a[1], a[0].title, a[2]) for a in ARTICLES if a[6] == 3]
    return sorted(out, key=lambda r: -r[0])


def day(t):
    y, m, d = t.split(" ")[0].split("-")
    return f"{y}-{int(m)}-{int(d)}"


def head(title):
    return f"""<html>
<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="演讲稿,演讲,竞聘演讲,就职演说,领导讲话,致辞,发言稿">
<meta name="description" content="中华演讲网--演讲稿大全,竞聘演讲稿,领导讲话稿,开幕词,致辞,发言稿">
<link href="/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/inc/main.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" height="65"><a href="/"><img src="/images/logo.gif" width="200" height="65" border="0" alt="{SITE}"></a></td>
    <td width="560" align="center"><script src="/ad/top_468x60.js"></script></td>
  </tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" background="/images/menu_bg.gif">
  <tr>
    <td height="28" align="center"><font color="#FFFFFF"><a href="/" class="menu">首页</a> | <a href="/Article/ShowList.asp?ClassID=1" class="menu">演讲技巧</a> | <a href="/Article/ShowList.asp?ClassID=2" class="menu">就职演说</a> | <a href="/Article/ShowList.asp?ClassID=3" class="menu">竞聘演讲</a> | <a href="/Article/ShowList.asp?ClassID=4" class="menu">领导讲话</a> | <a href="/Article/ShowList.asp?ClassID=5" class="menu">开幕闭幕</a> | <a href="/Article/ShowList.asp?ClassID=6" class="menu">节日致辞</a> | <a href="/Article/ShowList.asp?ClassID=7" class="menu">国旗下讲话</a> | <a href="/Soft/" class="menu">下载</a> | <a href="/bbs/" class="menu">论坛</a></font></td>
  </tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EFF7FF">
  <tr><td height="24">&nbsp;<font color="#FF6600">欢迎光临{SITE}！本站所有演讲稿均来自网友投稿与网络，仅供学习参考。</font></td>
  <td width="240" align="right"><a href="/User/Reg.asp">注册</a> | <a href="/User/Login.asp">登录</a> | <a href="javascript:window.external.AddFavorite('http://{HOST}/','{SITE}')">加入收藏</a>&nbsp;</td></tr>
</table>
"""


def foot():
    return f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="1" bgcolor="#3366CC"></td></tr>
  <tr>
    <td height="70" align="center" bgcolor="#F7F7F7"><a href="/about.asp">关于本站</a> - <a href="/ad.asp">广告服务</a> - <a href="/link.asp">友情链接</a> - <a href="/guestbook.asp">留言反馈</a> - <a href="/copyright.asp">版权声明</a><br>
      Copyright &copy; 2003-2005 <a href="http://{HOST}/">{HOST[4:]}</a> All Rights Reserved. {SITE} 版权所有<br>
      站长信箱：<a href="mailto:zhyjw@126.com">zhyjw@126.com</a>&nbsp;&nbsp;QQ：56230318&nbsp;&nbsp;<a href="http://www.miibeian.gov.cn" target="_blank">豫ICP备05003127号</a><br>
      Powered by：<a href="http://www.newasp.net" target="_blank">NewAsp SiteManageSystem Version 3.0</a></td>
  </tr>
</table>
<script language="javascript" src="http://count3.51yes.com/click.aspx?id=37526118&logo=1"></script>
</body>
</html>
"""


def pager(page, pages, total):
    base = "ShowList.asp?ClassID=3&page="
    first = "首页 上一页" if page == 1 else f"<a href='{base}1'>首页</a> <a href='{base}{page - 1}'>上一页</a>"
    last = "下一页 尾页" if page == pages else f"<a href='{base}{page + 1}'>下一页</a> <a href='{base}{pages}'>尾页</a>"
    opts = "".join(f"<option value='{p}'{' selected' if p == page else ''}>第{p}页</option>" for p in range(1, pages + 1))
    return (
        f"共有 <font color=red>{total}</font> 篇文章&nbsp;&nbsp;{first}&nbsp;{last}&nbsp;&nbsp;页次:<b><font color=red>{page}</font>/{pages}</b>页"
        f"&nbsp;&nbsp;<b>{PER_PAGE}</b>篇文章/页&nbsp;&nbsp;转到：<select name='page' onchange=\"javascript:location='{base}'+this.options[this.selectedIndex].value;\">{opts}</select>"
    )


def list_page(page):
    allrows = rows()
    pages = (len(allrows) + PER_PAGE - 1) // PER_PAGE
    items = ""
    for r in allrows[(page - 1) * PER_PAGE : page * PER_PAGE]:  # noqa
        items += (
            f"<tr><td height=\"22\" class=\"listbg\"><img src=\"/images/arrow_1.gif\" border=\"0\"> <a href=\"ShowArticle.asp?ArticleID={r[0]}\" target=\"_blank\" title=\"{r[1]}\">{r[1]}</a></td>"
            f"<td width=\"90\" align=\"center\" class=\"listbg\"><font color=\"#999999\">{day(r[2])}</font></td></tr>\n"
            f"<tr><td colspan=\"2\" height=\"1\" background=\"/images/dot_line.gif\"></td></tr>\n"
        )
    return head(f"竞聘演讲 - {SITE}") + f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="180" valign="top" bgcolor="#F3F9FF"><table width="100%" border="0" cellspacing="0" cellpadding="4">
      <tr><td background="/images/left_title.gif" height="26"><b><font color="#FFFFFF">&nbsp;栏目导航</font></b></td></tr>
      <tr><td>·<a href="ShowList.asp?ClassID=2">就职演说</a><br>·<a href="ShowList.asp?ClassID=3"><font color="red">竞聘演讲</font></a><br>·<a href="ShowList.asp?ClassID=4">领导讲话</a><br>·<a href="ShowList.asp?ClassID=6">节日致辞</a><br>·<a href="ShowList.asp?ClassID=7">国旗下讲话</a></td></tr>
      <tr><td align="center"><script src="/ad/left_160x600.js"></script></td></tr>
    </table></td>
    <td width="10"></td>
    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="26" colspan="2">当前位置：<a href="/">{SITE}</a> &gt;&gt; <a href="ShowList.asp?ClassID=3">竞聘演讲</a> &gt;&gt; 文章列表</td></tr>
{items}      <tr><td colspan="2" height="30" align="center">{pager(page, pages, len(allrows))}</td></tr>
    </table></td>
  </tr>
</table>
""" + foot()


def body_html(paras):
    return "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>\r\n" for p in paras)


def article_page(i, k):
    sp, aid, t, author, source, pages, cid, cname = ARTICLES[i]
    runs = split_paras(sp.paras, pages)
    content = body_html(runs[k])
    if pages > 1:
        links = "&nbsp;".join(
            f"<font color=red>第{p}页</font>" if p == k + 1 else f"<a href=\"ShowArticle.asp?ArticleID={aid}&Page={p}\">第{p}页</a>"
            for p in range(1, pages + 1)
        )
        content += f"<p align=\"center\">{links}</p>"
    order = rows(cid)
    at = [r[0] for r in order].index(aid)
    prev_r, next_r = order[at + 1], order[at - 1]
    rel = "".join(
        f"<tr><td height=\"20\">·<a href=\"ShowArticle.asp?ArticleID={r[0]}\" target=\"_blank\">{r[1]}</a> <font color=\"#999999\">({day(r[2])})</font></td></tr>"
        for r in [r for r in order if r[0] != aid][:5]
    )
    return head(f"{sp.title} - {SITE}") + f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="26">&nbsp;当前位置：<a href="/">{SITE}</a> &gt;&gt; <a href="/Article/">演讲稿</a> &gt;&gt; <a href="ShowList.asp?ClassID={cid}">{cname}</a> &gt;&gt; 正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#A4C3E8">
  <tr>
    <td bgcolor="#FFFFFF"><table width="100%" border="0" cellspacing="0" cellpadding="6">
      <tr><td align="center" height="40"><font size="4" color="#0D3A8A"><b>{sp.title}</b></font></td></tr>
      <tr><td align="center" bgcolor="#F2F7FD"><font color="#666666">作者：{author}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;发布时间：{day(t)}&nbsp;&nbsp;点击数：<script language="javascript" src="GetHits.asp?ArticleID={aid}"></script>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
      <tr><td height="10"></td></tr>
      <tr>
        <td style="padding:0 18px"><table align="right" border="0" cellpadding="0" cellspacing="0"><tr><td><script language="javascript" src="/ad/article_300x250.js"></script></td></tr></table>
<span id="zoom" class="content" style="font-size:14px;line-height:180%">{content}</span></td>
      </tr>
      <tr><td><font color="#FF0000">【{SITE}收集整理，转载请注明出处：http://{HOST}/】</font></td></tr>
      <tr><td align="right">【<a href="Comment.asp?ArticleID={aid}" target="_blank">发表评论</a>】【<a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a>】【<a href="SendMail.asp?ArticleID={aid}" target="_blank">告诉好友</a>】【<a href="Print.asp?ArticleID={aid}" target="_blank">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      <tr><td bgcolor="#F2F7FD">上一篇：<a href="ShowArticle.asp?ArticleID={prev_r[0]}">{prev_r[1]}</a><br>下一篇：<a href="ShowArticle.asp?ArticleID={next_r[0]}">{next_r[1]}</a></td></tr>
    </table></td>
  </tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="8"></td></tr>
  <tr><td height="24" background="/images/title_bg.gif"><b>&nbsp;&nbsp;相关文章</b></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{rel}</table></td></tr>
  <tr><td height="8"></td></tr>
  <tr><td height="24" background="/images/title_bg.gif"><b>&nbsp;&nbsp;网友评论</b> <font color="#999999">(评论内容只代表网友观点，与本站立场无关！)</font></td></tr>
  <tr><td><script language="javascript" src="Comment.asp?action=js&ArticleID={aid}"></script></td></tr>
</table>
<script language="JavaScript">
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
""" + foot()


def home():
    order = rows()
    lis = "".join(
        f"<tr><td height=\"20\">·<a href=\"/Article/ShowArticle.asp?ArticleID={r[0]}\" target=\"_blank\">{r[1]}</a></td><td align=\"right\"><font color=\"#999999\">{day(r[2])[5:]}</font></td></tr>"
        for r in order[:10]
    )
    lead = "".join(
        f"<tr><td height=\"20\">·<a href=\"/Article/ShowArticle.asp?ArticleID={r[0]}\" target=\"_blank\">{r[1]}</a></td></tr>"
        for r in rows(4)
    )
    return head(f"{SITE}--演讲稿大全_竞聘演讲稿_领导讲话稿") + f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="370" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="24" background="/images/title_bg.gif"><b>&nbsp;&nbsp;竞聘演讲</b></td><td align="right" background="/images/title_bg.gif"><a href="/Article/ShowList.asp?ClassID=3">更多...</a>&nbsp;</td></tr>
      {lis}
    </table></td>
    <td width="20"></td>
    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="24" background="/images/title_bg.gif"><b>&nbsp;&nbsp;演讲技巧</b></td></tr>
      <tr><td height="20">·<a href="/Article/ShowArticle.asp?ArticleID=3401">即兴演讲的五个小窍门</a></td></tr>
      <tr><td height="20">·<a href="/Article/ShowArticle.asp?ArticleID=3388">如何克服演讲时的紧张心理</a></td></tr>
      <tr><td height="20">·<a href="/Article/ShowArticle.asp?ArticleID=3352">竞聘演讲稿的写作要点</a></td></tr>
      <tr><td height="24" background="/images/title_bg.gif"><b>&nbsp;&nbsp;领导讲话</b></td></tr>
      {lead}
    </table></td>
  </tr>
</table>
""" + foot()


def build() -> Family:
    fam = Family(HOST, "2005-era speech site on 新云 NewAsp 3.0 article system (ASP, gb2312 meta, GBK bytes)",
                 encoding="gbk", content_type="text/html")
    fam.put("/", home())
    fam.route("/Article/ShowList.asp?ClassID=3", "Article/list/3_1.html", list_page(1))
    fam.route("/Article/ShowList.asp?ClassID=3&page=2", "Article/list/3_2.html", list_page(2))
    fam.query_routes["/Article/ShowList.asp?ClassID=3&page=1"] = "Article/list/3_1.html"
    fam.not_documents += ["/", "/Article/ShowList.asp?ClassID=3", "/Article/ShowList.asp?ClassID=3&page=2"]
    for i, (sp, aid, t, *_r) in enumerate(ARTICLES):
        pages = ARTICLES[i][5]
        urls = []
        for k in range(pages):
            target = f"/Article/ShowArticle.asp?ArticleID={aid}" + ("" if k == 0 else f"&Page={k + 1}")
            fam.route(target, f"Article/show/{aid}_{k + 1}.html", article_page(i, k))
            urls.append(target)
            if k:
                fam.not_documents.append(target)
        if pages > 1:
            fam.query_routes[f"/Article/ShowArticle.asp?ArticleID={aid}&Page=1"] = f"Article/show/{aid}_1.html"
        y, m, d = (int(x) for x in t.split()[0].split("-"))
        fam.doc(urls, sp, published_at=f"{y:04d}-{m:02d}-{d:02d}")
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /admin/\r\nDisallow: /inc/\r\nDisallow: /database/\r\n", "ascii")
    fam.noise += [
        "当前位置：", "作者：", "来源：", "发布时间：", "点击数：", "【字体：", "收集整理，转载请注明出处",
        "发表评论", "加入收藏", "告诉好友", "打印此文", "关闭窗口", "上一篇：", "下一篇：", "相关文章",
        "网友评论", "与本站立场无关", "第2页", "竞聘学校教导主任演讲稿", "豫ICP备05003127号",
        "NewAsp SiteManageSystem", "栏目导航", "欢迎光临",
    ]
    fam.note = (
        "IIS sends `text/html` without charset (gb2312 meta, GBK bytes); all `/Article/` pages are query routes; "
        "the 竞聘 speech is split by `[NextPage]` into `&Page=2` (`第1页 第2页` links inside the content span); "
        "an ad-slot script table floats at the top of the content cell and a red 转载 notice follows it; the "
        "五四 speech (a county leader's, reposted by the site, 作者：佚名) sits in 领导讲话 and is linked from the home page only"
    )
    return fam
