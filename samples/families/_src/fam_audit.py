"""审计署 (audit.gov.cn)-like pages on the `n…/c…/content.html` site-group CMS, the audit office's
older table-layout template: 领导讲话 at `/n4/n19/c10412345/content.html`, the column list `index.html`
→ `index_192_1.html` (the CMS's `index_<templateid>_<n>.html` names) with rows in a `<table>` whose
links climb `../../n4/n19/c…/content.html`; a 1000px header table (审计署 banner, 今天是 script, 设为首页 /
加入收藏, nav 首页 / 机构概况 / 审计动态 / 审计结果 / 政策法规 / 审计文化 / 互动交流), `当前位置` row, the title
cell `bt_title`, an info row 来源 / `2024年06月12日` / 【字体：大 中 小】, the text in `td.grey14_30`
between `<!--<$[信息内容]>begin-->` markers (centred occasion and speaker / date lines before it),
【打印本页】【关闭窗口】, a 相关文章 table, footer with 网站地图 / 联系我们, 版权所有, 地址, ICP, 公安备案,
网站标识码 and the 党政机关 mark. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.shenjishu-like.test"
COL = "/n4/n19/"

# speech, cid, headline, 来源, speaker line
ARTICLES = [
    (SPEECHES["f44a-3"], "c10412345", "陈志刚副审计长在全国审计机关内部审计指导监督工作座谈会上的讲话", "审计署内部审计指导监督司", "审计署副审计长　陈志刚"),
    (SPEECHES["f44a-4"], "c10398127", "王卫东在审计署2024年新录用公务员入职培训班开班式上的讲话", "审计署人事教育司", "审计署党组成员、副审计长　王卫东"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="SiteName" content="中华人民共和国审计署" />
<meta name="SiteDomain" content="www.audit.gov.cn" />
<meta name="SiteIDCode" content="bm23000001" />
@@META@@
<link href="/images/sjs_style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/images/sjs_common.js"></script>
<script language="javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="top_bg"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td class="grey12" width="300">&nbsp;&nbsp;今天是：<script language="javascript">showDate();</script></td>
        <td align="right" class="grey12"><a href="/n1992130/index.html" class="grey12">无障碍浏览</a> | <a href="javascript:void(0);" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.audit.gov.cn');" class="grey12">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.audit.gov.cn','中华人民共和国审计署')" class="grey12">加入收藏</a> | <a href="/n6/index.html" class="grey12">English</a>&nbsp;&nbsp;</td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td height="120" background="/images/sjs_banner.jpg"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="620"><a href="/index.html"><img src="/images/sjs_logo.png" alt="中华人民共和国审计署" width="600" height="100" border="0" /></a></td>
        <td align="right"><form name="search" action="http://www.audit.gov.cn/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="208576" /><input name="searchword" type="text" class="input_search" value="" size="20" /> <input type="image" src="/images/sjs_search.gif" align="absmiddle" /></form></td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td height="38" class="nav_bg" align="center"><a href="/index.html" class="white14b">首页</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n4/index.html" class="white14b">机构概况</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n5/index.html" class="white14b">审计动态</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n5/n25/index.html" class="white14b">审计结果</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n6/n41/index.html" class="white14b">政策法规</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n9/index.html" class="white14b">审计文化</a><img src="/images/sjs_navline.gif" align="absmiddle" /><a href="/n7/index.html" class="white14b">互动交流</a></td>
  </tr>
</table>
"""

FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_bg">
  <tr>
    <td height="30" align="center" class="grey12"><a href="/n1/n1992020/index.html" class="grey12">网站地图</a> | <a href="/n1/n1992025/index.html" class="grey12">联系我们</a> | <a href="/n1/n1992030/index.html" class="grey12">网站声明</a></td>
  </tr>
  <tr>
    <td align="center" class="grey12" style="line-height:24px;">
      <table border="0" cellspacing="0" cellpadding="0"><tr>
        <td width="80" valign="middle"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40611577/CA330000000406115770001.js' type='text/javascript'%3E%3C/script%3E"));</script></td>
        <td class="grey12">版权所有：中华人民共和国审计署　　地址：北京市丰台区西三环南路12号　　邮编：100073<br />
        <a href="https://beian.miit.gov.cn/" target="_blank" class="grey12">京ICP备05042164号</a>　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010602060021" target="_blank" class="grey12">京公网安备 11010602060021号</a>　　网站标识码：bm23000001<br />
        建议使用1024×768分辨率浏览本网站</td>
        <td width="80" valign="middle"><script id="_jiucuo_" sitecode="bm23000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></td>
      </tr></table>
    </td>
  </tr>
</table>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6c7d3a1f29a5c7e8b3f0d4e2a1b9c8d7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

CRUMB = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="32" class="dqwz">&nbsp;&nbsp;<img src="/images/sjs_home.gif" align="absmiddle" />&nbsp;当前位置：<a href="/index.html" class="dqwz" target="_self">首页</a>&nbsp;&gt;&nbsp;<a href="/n4/index.html" class="dqwz" target="_self">机构概况</a>&nbsp;&gt;&nbsp;<a href="/n4/n19/index.html" class="dqwz" target="_self">领导讲话</a></td>
  </tr>
</table>
"""


def meta(column, title="", date="", source=""):
    out = f'<meta name="ColumnName" content="{column}" />\n<meta name="ColumnDescription" content="" />\n<meta name="ColumnKeywords" content="" />\n<meta name="ColumnType" content="{column}" />'
    if title:
        out += (
            f'\n<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{date}" />\n'
            f'<meta name="ContentSource" content="{source}" />\n<meta name="Keywords" content="" />\n'
            '<meta name="Author" content="" />\n<meta name="Description" content="" />\n<meta name="Image" content="" />\n<meta name="Url" content="" />'
        )
    return out


def para(text):
    if text[:2] in {"一、", "二、", "三、", "四、", "五、"} and len(text) < 40:
        return f'<p style="text-indent:2em;"><font face="黑体">{text}</font></p>'
    return f'<p style="text-indent:2em;">{text}</p>'


def cn(date, pad=True):
    y, m, d = date.split("-")
    return f"{y}年{m}月{d}日" if pad else f"{int(y)}年{int(m)}月{int(d)}日"


def article(a, other):
    speech, cid, head, source, speaker_line = a
    occasion = head.split("在", 1)[1]
    occasion = "在" + occasion
    body = "\n".join(para(p) for p in speech.paras)
    page = HEAD + CRUMB + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="40">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="20"></td></tr>
        <tr>
          <td align="center" class="bt_title"><!--<$[标题名称]>begin-->@@H@@<!--<$[标题名称]>end--></td>
        </tr>
        <tr><td height="12"></td></tr>
        <tr>
          <td align="center" class="grey12" style="border-bottom:1px dashed #cccccc;padding-bottom:8px;">来源：<!--<$[信息来源]>begin-->@@SOURCE@@<!--<$[信息来源]>end-->&nbsp;&nbsp;&nbsp;&nbsp;<!--<$[发布日期]>begin-->@@CNDATE@@<!--<$[发布日期]>end-->&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)" class="grey12">大</a> <a href="javascript:doZoom(16)" class="grey12">中</a> <a href="javascript:doZoom(14)" class="grey12">小</a>】</td>
        </tr>
        <tr><td height="15"></td></tr>
        <tr>
          <td class="grey14_30" id="zoom"><!--<$[信息内容]>begin--><div class="TRS_Editor">
<p style="text-align:center;"><strong>@@OCC@@</strong></p>
<p style="text-align:center;"><font face="楷体_GB2312">@@SPEAKER@@</font></p>
<p style="text-align:center;"><font face="楷体_GB2312">（@@CNDATE2@@）</font></p>
@@BODY@@
</div><!--<$[信息内容]>end--></td>
        </tr>
        <tr><td height="20"></td></tr>
        <tr>
          <td align="right" class="grey12"><a href="javascript:window.print();" class="grey12">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();" class="grey12">【关闭窗口】</a></td>
        </tr>
        <tr><td height="15"></td></tr>
        <tr>
          <td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgwz">
            <tr><td class="xgwz_title" height="30">&nbsp;&nbsp;相关文章</td></tr>
            <tr><td class="grey14" height="26">&nbsp;·&nbsp;<a href="../@@OCID@@/content.html" target="_blank" class="grey14">@@OH@@</a>&nbsp;&nbsp;<span class="grey12">(@@ODATE@@)</span></td></tr>
            <tr><td class="grey14" height="26">&nbsp;·&nbsp;<a href="/n5/n25/c10405562/content.html" target="_blank" class="grey14">审计署召开2024年上半年审计工作座谈会</a>&nbsp;&nbsp;<span class="grey12">(2024-05-28)</span></td></tr>
          </table></td>
        </tr>
        <tr><td height="20"></td></tr>
      </table>
    </td>
    <td width="40">&nbsp;</td>
  </tr>
</table>
""" + FOOT
    return render(
        page,
        TITLE=head,
        META=meta("领导讲话", head, f"{speech.date} 09:30", source),
        H=head,
        SOURCE=source,
        CNDATE=cn(speech.date),
        CNDATE2=cn(speech.date, pad=False),
        OCC=occasion,
        SPEAKER=speaker_line,
        BODY=body,
        OCID=other[1],
        OH=other[2],
        ODATE=other[0].date,
    )


# list page n shows ARTICLES[ORDER[n]] (newest first) and its fillers
ORDER = [1, 0]
FILLER = [
    [("审计长在中央和国家机关审计整改工作推进会上的讲话", "c10401173", "2024-07-16")],
    [("审计署党组召开理论学习中心组学习会议", "c10409871", "2024-06-03"), ("审计长在全国审计工作会议上的讲话", "c10381046", "2024-01-10")],
]


def list_page(n, count):
    a = ARTICLES[ORDER[n]]
    items = [(a[2], a[1], a[0].date)] + FILLER[n]
    items.sort(key=lambda t: t[2], reverse=True)
    rows = "\n".join(
        f'          <tr>\n            <td width="20" height="30" align="center"><img src="/images/sjs_dot.gif" /></td>\n'
        f'            <td class="grey14"><a href="../../n4/n19/{cid}/content.html" target="_blank" class="grey14" title="{t}">{t}</a></td>\n'
        f'            <td width="100" align="right" class="grey12">{d}</td>\n          </tr>\n'
        f'          <tr><td colspan="3" height="1" background="/images/sjs_dotline.gif"></td></tr>'
        for t, cid, d in items
    )
    names = ["index.html"] + [f"index_192_{i}.html" for i in range(1, count)]
    pg = [f"共{count}页&nbsp;&nbsp;第{n+1}页&nbsp;&nbsp;", '<a href="index.html" class="grey12">首页</a>']
    pg.append(f'<a href="{names[n-1]}" class="grey12">上一页</a>' if n > 0 else "上一页")
    pg.append(f'<a href="{names[n+1]}" class="grey12">下一页</a>' if n + 1 < count else "下一页")
    pg.append(f'<a href="{names[-1]}" class="grey12">尾页</a>')
    page = HEAD + CRUMB + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="40" class="left_title">机构概况</td></tr>
        <tr><td height="34" class="left_nav"><a href="/n4/n18/index.html">审计署领导</a></td></tr>
        <tr><td height="34" class="left_nav_on"><a href="/n4/n19/index.html">领导讲话</a></td></tr>
        <tr><td height="34" class="left_nav"><a href="/n4/n20/index.html">主要职责</a></td></tr>
        <tr><td height="34" class="left_nav"><a href="/n4/n21/index.html">内设机构</a></td></tr>
        <tr><td height="34" class="left_nav"><a href="/n4/n22/index.html">派出机构</a></td></tr>
      </table>
    </td>
    <td width="20">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" class="list_title">领导讲话</td></tr>
        <tr><td>
        <table width="100%" border="0" cellspacing="0" cellpadding="0">
@@ROWS@@
        </table>
        </td></tr>
        <tr><td height="40" align="center" class="grey12">@@PAGER@@</td></tr>
      </table>
    </td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="领导讲话", META=meta("领导讲话"), ROWS=rows, PAGER="&nbsp;".join(pg))


def home():
    rows = "\n".join(
        f'<tr><td height="28" class="grey14">·<a href="/n4/n19/{a[1]}/content.html" target="_blank" class="grey14">{a[2]}</a></td><td align="right" class="grey12">{a[0].date[5:]}</td></tr>'
        for a in sorted(ARTICLES, key=lambda a: a[0].date, reverse=True)
    )
    page = HEAD + """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="480" valign="top"><a href="/n4/n19/@@CID@@/content.html" target="_blank"><img src="/images/sjs_focus1.jpg" width="470" height="300" border="0" alt="" /></a></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" class="index_title">审计要闻</td><td align="right"><a href="/n5/n25/index.html" class="grey12">更多&gt;&gt;</a></td></tr>
        <tr><td height="28" class="grey14">·<a href="/n5/n25/c10405562/content.html" target="_blank" class="grey14">审计署召开2024年上半年审计工作座谈会</a></td><td align="right" class="grey12">05-28</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" class="index_title">领导讲话</td><td align="right"><a href="/n4/n19/index.html" class="grey12">更多&gt;&gt;</a></td></tr>
@@ROWS@@
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="2" height="90" align="center"><a href="/n5/n25/index.html"><img src="/images/sjs_sjgg.jpg" border="0" alt="审计结果公告" /></a> <a href="/n7/n1992135/index.html"><img src="/images/sjs_jbzx.jpg" border="0" alt="审计举报" /></a></td>
  </tr>
</table>
""" + FOOT
    return render(page, TITLE="中华人民共和国审计署", META=meta("首页"), CID=ARTICLES[0][1], ROWS=rows)


def build() -> Family:
    fam = Family(
        HOST,
        "audit.gov.cn-like table-layout template on the n…/c…/content.html CMS: bt_title, 来源 / 2024年06月12日 / 【字体：大 中 小】, td.grey14_30 with centred occasion / speaker / date lines, 【打印本页】【关闭窗口】, 相关文章; list index_192_1.html with ../../ links",
    )
    for i, a in enumerate(ARTICLES):
        path = f"{COL}{a[1]}/content.html"
        fam.put(path, article(a, ARTICLES[1 - i]))
        fam.doc([path], a[0], title=a[2])
    fam.put("/", home())
    fam.put("/index.html", home())
    fam.put(f"{COL}index.html", list_page(0, 2))
    fam.put(f"{COL}index_192_1.html", list_page(1, 2))
    fam.not_documents += ["/", "/index.html", f"{COL}index.html", f"{COL}index_192_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /was5/\n")
    fam.noise += ["当前位置：", "来源：", "【字体：", "【打印本页】", "【关闭窗口】", "相关文章", "京ICP备05042164号", "网站标识码：bm23000001"]
    return fam
