"""Primary-school website (江川市实验小学) on a 2010-era ASP + Access 校园网站管理系统 (HOLDOUT).

IIS sends `text/html` with no charset, gb2312 in the meta tag, GBK bytes; table layout (980px), the
header a Flash banner with an `<img>` fallback, a `marquee` 通知 line; every page but `/` a query
route: `NewsList.asp?ClassID=3` (校园新闻; `&page=2`, pager `共 N 条记录 页次:1/2 每页:15 条 首页 上一页
下一页 尾页` with a `select` jump) and `NewsList.asp?ClassID=7` (领导讲话) → `ReadNews.asp?NewsID=N`: the
article cell with the red title, the 作者 / 来源 / 点击数 (`GetHits.asp` script) / 更新时间 row,
【字体：大 中 小】, the text in `td#fontzoom` as `<p>` lines with `　　` indents, centred photos
(`/UploadFiles/…jpg`) each followed by a centred caption paragraph (图为…, 摄影：…) — one before the
speech, one between its paragraphs; the 开学典礼 page opens with a short news lead (本站讯) before the
speech; `【打印】【关闭】` (`window.print()` / `window.close()`), 上一篇 / 下一篇, 相关文章, 责任编辑;
footer with 技术支持 and the admin link."""

from common import SPEECHES, Family

HOST = "www.jcsyxx-suoyan-like.test"
SCHOOL = "江川市实验小学"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="keywords" content="江川市实验小学,江川实验小学,实验小学,江川小学">
<meta name="description" content="江川市实验小学校园网">
<link href="/Skin/Default/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/Js/Common.js"></script>
<script language="javascript">
function fontZoom(size){ document.getElementById('fontzoom').style.fontSize = size + 'px'; }
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="160"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="980" height="160">
      <param name="movie" value="/Skin/Default/images/banner.swf">
      <param name="quality" value="high">
      <param name="wmode" value="transparent">
      <embed src="/Skin/Default/images/banner.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="980" height="160" wmode="transparent"></embed>
      <img src="/Skin/Default/images/banner.jpg" width="980" height="160" alt="江川市实验小学">
    </object></td>
  </tr>
  <tr>
    <td height="36" class="menu" background="/Skin/Default/images/menu_bg.gif"><a href="/">网站首页</a> | <a href="NewsList.asp?ClassID=1">学校概况</a> | <a href="NewsList.asp?ClassID=3">校园新闻</a> | <a href="NewsList.asp?ClassID=7">领导讲话</a> | <a href="NewsList.asp?ClassID=4">教育教学</a> | <a href="NewsList.asp?ClassID=5">德育天地</a> | <a href="NewsList.asp?ClassID=6">教师风采</a> | <a href="NewsList.asp?ClassID=8">学生园地</a> | <a href="Photo.asp">校园风光</a> | <a href="GuestBook.asp">留言板</a></td>
  </tr>
  <tr>
    <td height="28" bgcolor="#FFF8E8"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="200">&nbsp;<script language="javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></td>
      <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000">通知：</font>本学期家长开放日定于10月20日举行，请各位家长合理安排时间。</marquee></td>
    </tr></table></td>
  </tr>
</table>
"""

FOOT = """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td height="8"></td></tr>
  <tr>
    <td align="center" bgcolor="#2F6FB7" style="color:#FFFFFF;line-height:24px;padding:8px;">
      版权所有：江川市实验小学　地址：江川市文昌路58号　邮编：651100　电话：0877-6012345<br>
      <a href="https://beian.miit.gov.cn/" target="_blank" style="color:#FFFFFF">滇ICP备09004817号</a>　技术支持：江川市电化教育馆　<a href="/Admin/Admin_Login.asp" style="color:#FFFFFF">管理登录</a><br>
      建议使用IE8.0以上浏览器，1024×768分辨率浏览本站
    </td>
  </tr>
</table>
<script language="javascript" src="/Count/Count.asp?style=hidden"></script>
</body>
</html>
"""

ARTS = {
    "f54a-5": {"id": 1186, "class": 7, "classname": "领导讲话", "author": "王建华", "source": "校长办公室", "time": "2023-9-1 11:20:36", "hits": 1532, "editor": "李晓燕"},
    "f54a-6": {"id": 1192, "class": 7, "classname": "领导讲话", "author": "校党支部", "source": "本站原创", "time": "2023-9-11 16:42:08", "hits": 846, "editor": "李晓燕"},
}


def photo(src, caption):
    return (f'<p align="center"><img src="/UploadFiles/{src}" border="0" onload="javascript:if(this.width>640)this.width=640;" alt=""></p>\n'
            f'<p align="center"><font color="#0000FF">{caption}</font></p>')


def text_html(key):
    s = SPEECHES[key]
    lines = []
    if key == "f54a-5":
        lines.append("<p>　　本站讯　9月1日上午，我校2023—2024学年第一学期开学典礼在学校操场隆重举行。全校一千八百余名师生参加典礼。典礼由德育处主任刘芳主持。在庄严的国歌声中，典礼拉开序幕。王建华校长作了题为《新学期 新希望》的讲话，现将讲话全文刊发如下：</p>")
        lines.append(photo("2023/9/20230901112035518.jpg", "图为王建华校长在开学典礼上讲话（摄影：张伟）"))
        mid = 7
        end_photo = ("2023/9/20230901112107244.jpg", "图为高年级学生代表为一年级新生佩戴红领巾")
    else:
        lines.append(photo("2023/9/20230911164118902.jpg", "图为表彰大会现场（摄影：张伟）"))
        mid = 4
        end_photo = ("2023/9/20230911164151367.jpg", "图为学校领导为受表彰教师颁奖")
    for i, p in enumerate(s.paras):
        lines.append(f"<p>　　{p}</p>")
        if i == mid:
            lines.append(photo(*end_photo))
    return "\n".join(lines)


ARTICLE = HEAD + """<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="230" valign="top" class="left_bg">
      <table width="220" border="0" cellspacing="0" cellpadding="0" class="left_box">
        <tr><td class="left_title">领导讲话</td></tr>
        <tr><td class="left_list">@@SIDE@@</td></tr>
      </table>
      <table width="220" border="0" cellspacing="0" cellpadding="0" class="left_box">
        <tr><td class="left_title">热门文章</td></tr>
        <tr><td class="left_list">·<a href="ReadNews.asp?NewsID=1175">我校召开2023年暑期安全教育工作会议</a><br>·<a href="ReadNews.asp?NewsID=1163">关于2023年秋季一年级新生入学报名的通知</a></td></tr>
      </table>
    </td>
    <td width="750" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="weizhi">&nbsp;您现在的位置：<a href="/">江川市实验小学</a> &gt;&gt; <a href="NewsList.asp?ClassID=@@CLASS@@">@@CLASSNAME@@</a> &gt;&gt; 正文</td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="50" align="center" class="news_title"><font color="#CC0000" style="font-size:20px"><b>@@H@@</b></font></td></tr>
        <tr><td height="28" align="center" bgcolor="#F4F4F4" class="news_info">作者：@@AUTHOR@@&nbsp;&nbsp;&nbsp;&nbsp;来源：@@SOURCE@@&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="GetHits.asp?NewsID=@@ID@@"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：@@TIME@@&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
        <tr><td height="10"></td></tr>
        <tr><td id="fontzoom" class="news_content" style="font-size:14px;line-height:200%;">
@@TEXT@@
        </td></tr>
        <tr><td height="30" align="right">（责任编辑：@@EDITOR@@）</td></tr>
        <tr><td height="30" align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
        <tr><td height="26" class="prevnext">上一篇：<a href="ReadNews.asp?NewsID=@@PREV_ID@@">@@PREV@@</a><br>下一篇：@@NEXT@@</td></tr>
        <tr><td class="related"><b>相关文章</b><br>@@RELATED@@</td></tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT


def list_page(class_id, classname, rows, page, pages, total):
    items = "\n".join(
        f'<tr><td height="26" class="list_line">·<a href="ReadNews.asp?NewsID={i}" target="_blank">{t}</a></td><td width="90" align="center" class="list_line">{d}</td></tr>'
        for i, t, d in rows
    )
    base = f"NewsList.asp?ClassID={class_id}"
    first = "首页 上一页" if page == 1 else f'<a href="{base}">首页</a> <a href="{base}&page={page - 1}">上一页</a>'
    last = "下一页 尾页" if page == pages else f'<a href="{base}&page={page + 1}">下一页</a> <a href="{base}&page={pages}">尾页</a>'
    opts = "".join(f'<option value="{n}"{" selected" if n == page else ""}>第{n}页</option>' for n in range(1, pages + 1))
    pager = f'共 <b>{total}</b> 条记录&nbsp;&nbsp;页次:<b>{page}</b>/{pages}&nbsp;&nbsp;每页:<b>15</b> 条&nbsp;&nbsp;{first} {last}&nbsp;&nbsp;转到:<select onchange="location=\'{base}&page=\'+this.value">{opts}</select>'
    return HEAD.replace("@@TITLE@@", f"{classname} - {SCHOOL}") + f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" class="weizhi">&nbsp;您现在的位置：<a href="/">江川市实验小学</a> &gt;&gt; {classname}</td></tr>
  <tr><td valign="top"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
{items}
  </table></td></tr>
  <tr><td height="36" align="center">{pager}</td></tr>
</table>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "primary-school site on an ASP + Access 校园网站管理系统 (GBK, ReadNews.asp query routes)",
                 encoding="gbk", content_type="text/html")
    fam.site_note = "IIS sends ASP pages as text/html without a charset; gb2312 meta, GBK bytes"
    k1, k2 = "f54a-5", "f54a-6"
    s1, s2 = SPEECHES[k1], SPEECHES[k2]
    a1, a2 = ARTS[k1], ARTS[k2]
    side = f'·<a href="ReadNews.asp?NewsID={a2["id"]}">{s2.title}</a><br>·<a href="ReadNews.asp?NewsID={a1["id"]}">{s1.title}</a><br>·<a href="ReadNews.asp?NewsID=1098">在2023年春季开学典礼上的讲话</a>'
    heads = {k1: "新学期 新希望——校长在2023年秋季开学典礼上的讲话", k2: s2.title}
    for key, other_key in ((k1, k2), (k2, k1)):
        a, o = ARTS[key], ARTS[other_key]
        nxt = f'<a href="ReadNews.asp?NewsID={o["id"]}">{SPEECHES[other_key].title}</a>' if key == k1 else "没有了"
        prev_id, prev = (1183, "我校举行2023年秋季新生入学报到工作") if key == k1 else (a1["id"], s1.title)
        page = (ARTICLE.replace("@@TITLE@@", f"{heads[key]} - {SCHOOL}")
                .replace("@@SIDE@@", side).replace("@@CLASS@@", str(a["class"])).replace("@@CLASSNAME@@", a["classname"])
                .replace("@@H@@", heads[key]).replace("@@AUTHOR@@", a["author"]).replace("@@SOURCE@@", a["source"])
                .replace("@@ID@@", str(a["id"])).replace("@@TIME@@", a["time"]).replace("@@TEXT@@", text_html(key))
                .replace("@@EDITOR@@", a["editor"]).replace("@@PREV_ID@@", str(prev_id)).replace("@@PREV@@", prev).replace("@@NEXT@@", nxt)
                .replace("@@RELATED@@", f'·<a href="ReadNews.asp?NewsID={o["id"]}">{SPEECHES[other_key].title}</a><br>·<a href="ReadNews.asp?NewsID=1098">在2023年春季开学典礼上的讲话</a>'))
        fam.route(f"/ReadNews.asp?NewsID={a['id']}", f"/_q/ReadNews_{a['id']}.html", page)
    fam.doc([f"/ReadNews.asp?NewsID={a1['id']}"], s1, title=heads[k1], published_at="2023-09-01")
    fam.doc([f"/ReadNews.asp?NewsID={a2['id']}"], s2, published_at="2023-09-08")

    ld_rows = [(a2["id"], s2.title, "2023-9-11"), (a1["id"], s1.title, "2023-9-1"), (1098, "在2023年春季开学典礼上的讲话", "2023-2-6")]
    fam.route("/NewsList.asp?ClassID=7", "/_q/NewsList_7.html", list_page(7, "领导讲话", ld_rows, 1, 1, 3))
    news1 = [(a2["id"], "我校隆重庆祝第39个教师节暨表彰优秀教师", "2023-9-11"), (a1["id"], "新学期 新希望——我校举行2023年秋季开学典礼", "2023-9-1"),
             (1183, "我校举行2023年秋季新生入学报到工作", "2023-8-30"), (1175, "我校召开2023年暑期安全教育工作会议", "2023-7-10")]
    fam.route("/NewsList.asp?ClassID=3", "/_q/NewsList_3.html", list_page(3, "校园新闻", news1, 1, 2, 19))
    news2 = [(1163, "关于2023年秋季一年级新生入学报名的通知", "2023-7-3"), (1150, "我校举行2023届六年级毕业典礼", "2023-6-28")]
    fam.route("/NewsList.asp?ClassID=3&page=2", "/_q/NewsList_3_p2.html", list_page(3, "校园新闻", news2, 2, 2, 19))

    home = HEAD.replace("@@TITLE@@", f"{SCHOOL} - 首页") + f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="480" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="index_title">校园新闻<span class="more"><a href="NewsList.asp?ClassID=3">更多&gt;&gt;</a></span></td></tr>
      <tr><td class="index_list">·<a href="ReadNews.asp?NewsID={a2['id']}">我校隆重庆祝第39个教师节暨表彰优秀教师</a> <font color="#999999">[9-11]</font><br>·<a href="ReadNews.asp?NewsID={a1['id']}">新学期 新希望——我校举行2023年秋季开学典礼</a> <font color="#999999">[9-1]</font><br>·<a href="ReadNews.asp?NewsID=1183">我校举行2023年秋季新生入学报到工作</a> <font color="#999999">[8-30]</font></td></tr>
    </table></td>
    <td width="20"></td>
    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="index_title">领导讲话<span class="more"><a href="NewsList.asp?ClassID=7">更多&gt;&gt;</a></span></td></tr>
      <tr><td class="index_list">·<a href="ReadNews.asp?NewsID={a1['id']}">{s1.title}</a><br>·<a href="ReadNews.asp?NewsID={a2['id']}">{s2.title}</a></td></tr>
      <tr><td class="index_title">校园风光</td></tr>
      <tr><td><img src="/UploadFiles/2023/9/20230901112035518.jpg" width="220" height="150" alt="开学典礼"></td></tr>
    </table></td>
  </tr>
</table>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /Admin/\r\nDisallow: /Data/\r\nDisallow: /Inc/\r\n")
    fam.not_documents += ["/", "/NewsList.asp?ClassID=7", "/NewsList.asp?ClassID=3", "/NewsList.asp?ClassID=3&page=2"]
    fam.note = "the 开学典礼 page opens with a 本站讯 news lead and a captioned photo before the speech; captions (图为…) are not text"
    fam.noise += ["本站讯", "图为王建华校长在开学典礼上讲话", "图为学校领导为受表彰教师颁奖", "图为高年级学生代表", "摄影：张伟", "点击数：", "javascript:window.close()", "责任编辑：", "滇ICP备09004817号", "相关文章", "现将讲话全文刊发如下"]
    return fam
