"""A 公文 / 材料 site built from a Dreamweaver template around 2008 (static `.htm` pages, GBK).

Header `text/html` with no charset, `gb2312` meta, GBK bytes; every page carries Dreamweaver's
`<!-- InstanceBegin template="/Templates/wz.dwt" -->` / `InstanceBeginEditable` markers and the
`MM_swapImage` / `MM_preloadImages` rollover scripts; layout is all nested `<table>`s. Home
`/index.htm` (also `/`) → column `/ldjh/index.htm` (and `/ldjh/index_2.htm`, 共2页) → articles
`/ldjh/200X/NNN.htm` where the whole speech sits in one `<td class="content">` cell: one with
`<p>　　…</p>` paragraphs, the other with `　　…<br><br>` lines; info row (发布时间 / 作者 / 来源 /
点击 `count.asp` script), 【打印本页】(`window.print()`) 【关闭窗口】 links, a `（来源：…，转载请注明）`
line after the text, a 上一篇/下一篇 table and a 相关材料 table, footer with 站长 mail and ICP."""

from common import SPEECHES, Family, render

HOST = "www.gongwen-cailiao-like.test"

HEAD = """<html><!-- InstanceBegin template="/Templates/wz.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<!-- InstanceBeginEditable name="doctitle" -->
<title>@@TITLE@@</title>
<!-- InstanceEndEditable -->
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}

function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}

function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}

function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
//-->
</script>
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>

<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/nav_1b.gif','/images/nav_2b.gif','/images/nav_3b.gif')">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="24" bgcolor="#F2F2F2" class="top">&nbsp;<a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.gongwen-cailiao-like.test/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.gongwen-cailiao-like.test/','公文材料网')">加入收藏</a> | <a href="/gbook/">留言板</a></td>
  </tr>
  <tr>
    <td><img src="/images/banner.jpg" width="778" height="90" alt="公文材料网"></td>
  </tr>
  <tr>
    <td height="30" background="/images/nav_bg.gif"><table border="0" cellspacing="0" cellpadding="0" align="center">
      <tr>
        <td><a href="/index.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('nav1','','/images/nav_1b.gif',1)"><img src="/images/nav_1.gif" name="nav1" width="90" height="30" border="0" alt="网站首页"></a></td>
        <td><a href="/ldjh/index.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('nav2','','/images/nav_2b.gif',1)"><img src="/images/nav_2.gif" name="nav2" width="90" height="30" border="0" alt="领导讲话"></a></td>
        <td><a href="/gzzj/index.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('nav3','','/images/nav_3b.gif',1)"><img src="/images/nav_3.gif" name="nav3" width="90" height="30" border="0" alt="工作总结"></a></td>
        <td class="navtxt"><a href="/fybg/index.htm">发言材料</a> | <a href="/szbg/index.htm">述职报告</a> | <a href="/xdth/index.htm">心得体会</a></td>
      </tr>
    </table></td>
  </tr>
</table>
"""

FOOT = """<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="1" bgcolor="#CCCCCC"></td>
  </tr>
  <tr>
    <td height="60" align="center" class="foot">公文材料网 版权所有 &copy; 2006-2012　站长信箱：<a href="mailto:gwcl@163.com">gwcl@163.com</a><br>
      本站部分材料来自网络，如有侵权请来信告知，我们将及时删除　<a href="http://www.miibeian.gov.cn" target="_blank">豫ICP备08012736号</a></td>
  </tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

ARTS = [
    {"path": "/ldjh/2021/2315.htm", "key": "f52a-5", "date": "2021-5-15", "id": 2315, "author": "佚名", "src": "本站整理", "style": "p"},
    {"path": "/ldjh/2019/1872.htm", "key": "f52a-6", "date": "2019-9-2", "id": 1872, "author": "水利局办公室", "src": "网友投稿", "style": "br"},
]
OTHERS = [
    ("/ldjh/2021/2320.htm", "在全镇防汛工作会议上的讲话", "2021-5-20"),
    ("/ldjh/2021/2309.htm", "在村级换届选举动员会上的讲话", "2021-5-10"),
    ("/ldjh/2020/2188.htm", "在全县脱贫攻坚总结表彰大会上的讲话", "2020-12-28"),
    ("/ldjh/2019/1866.htm", "在县政府廉政工作会议上的讲话", "2019-8-26"),
    ("/ldjh/2019/1880.htm", "在全县水利工作会议上的讲话", "2019-9-10"),
]


def art_page(art, prev, nxt):
    sp = SPEECHES[art["key"]]
    if art["style"] == "p":
        body = "\n".join(f"<p>　　{p}</p>" for p in sp.paras)
    else:
        body = "<br><br>\n".join(f"　　{p}" for p in sp.paras) + "<br>"
    return render(HEAD, TITLE=f"{sp.title}_领导讲话_公文材料网", KEYWORDS=f"{sp.title},领导讲话", DESC=sp.title) + f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="28" class="weizhi">&nbsp;您现在的位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/ldjh/index.htm">领导讲话</a> &gt;&gt; 正文</td>
  </tr>
</table>
<!-- InstanceBeginEditable name="main" -->
<table width="778" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#CCCCCC">
  <tr>
    <td bgcolor="#FFFFFF"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="50" align="center" class="title"><strong>{sp.title}</strong></td>
      </tr>
      <tr>
        <td height="26" align="center" class="info">发布时间：{art['date']}&nbsp;&nbsp;作者：{art['author']}&nbsp;&nbsp;来源：{art['src']}&nbsp;&nbsp;点击：<script language="javascript" src="/count.asp?id={art['id']}"></script>次</td>
      </tr>
      <tr>
        <td height="1" bgcolor="#DDDDDD"></td>
      </tr>
      <tr>
        <td height="26" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td>
      </tr>
      <tr>
        <td class="content" style="font-size:14px; line-height:26px; padding:10px;">{body}</td>
      </tr>
      <tr>
        <td height="30" align="right" class="laiyuan">（来源：公文材料网 www.gongwen-cailiao-like.test，转载请注明）</td>
      </tr>
    </table>
      <table width="96%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#E5E5E5">
        <tr>
          <td width="50%" bgcolor="#F8F8F8">上一篇：<a href="{prev[0]}">{prev[1]}</a></td>
          <td width="50%" bgcolor="#F8F8F8">下一篇：<a href="{nxt[0]}">{nxt[1]}</a></td>
        </tr>
      </table>
      <br>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr>
          <td height="26" background="/images/tit_bg.gif" class="tit">&nbsp;相关材料</td>
        </tr>
        <tr>
          <td><table width="100%" border="0" cellspacing="0" cellpadding="3">
{''.join(f'            <tr><td>·<a href="{u}">{t}</a></td><td width="80" align="right">{d}</td></tr>{chr(10)}' for u, t, d in OTHERS[:4])}          </table></td>
        </tr>
      </table>
      <br></td>
  </tr>
</table>
<!-- InstanceEndEditable -->
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "Dreamweaver-template 公文材料 site (static .htm, table layout, GBK)", encoding="gbk", content_type="text/html")
    fam.noise += ["打印本页", "关闭窗口", "转载请注明", "豫ICP备08012736号", "上一篇", "相关材料"]
    t = lambda a: (a["path"], SPEECHES[a["key"]].title)
    fam.put(ARTS[0]["path"], art_page(ARTS[0], OTHERS[1][:2], OTHERS[0][:2]))
    fam.put(ARTS[1]["path"], art_page(ARTS[1], OTHERS[3][:2], OTHERS[4][:2]))
    for a in ARTS:
        y, m, d = a["date"].split("-")
        fam.doc([a["path"]], SPEECHES[a["key"]], published_at=f"{y}-{int(m):02d}-{int(d):02d}")

    def rows(items):
        return "".join(
            f"""        <tr>
          <td width="20" align="center"><img src="/images/dot.gif" width="5" height="5"></td>
          <td height="24"><a href="{u}" target="_blank">{ti}</a></td>
          <td width="90" align="center" class="date">{d}</td>
        </tr>
        <tr><td colspan="3" height="1" background="/images/line.gif"></td></tr>
"""
            for u, ti, d in items
        )

    first = [OTHERS[0][:2] + ("2021-5-20",), t(ARTS[0]) + (ARTS[0]["date"],), OTHERS[1], OTHERS[2]]
    second = [OTHERS[4], t(ARTS[1]) + (ARTS[1]["date"],), OTHERS[3]]

    def listing(items, n):
        pg = ("共2页 第1页 首页 上一页 <a href=\"index_2.htm\">下一页</a> <a href=\"index_2.htm\">尾页</a>" if n == 1
              else "共2页 第2页 <a href=\"index.htm\">首页</a> <a href=\"index.htm\">上一页</a> 下一页 尾页")
        return render(HEAD, TITLE="领导讲话_公文材料网", KEYWORDS="领导讲话,讲话稿", DESC="领导讲话材料") + f"""<!-- InstanceBeginEditable name="main" -->
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" bgcolor="#F5F5F5"><table width="100%" border="0" cellspacing="0" cellpadding="4">
      <tr><td class="tit">栏目导航</td></tr>
      <tr><td>·<a href="/ldjh/index.htm">领导讲话</a><br>·<a href="/fybg/index.htm">发言材料</a><br>·<a href="/szbg/index.htm">述职报告</a><br>·<a href="/gzzj/index.htm">工作总结</a></td></tr>
    </table></td>
    <td valign="top"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td colspan="3" height="28" class="tit">领导讲话</td></tr>
{rows(items)}        <tr><td colspan="3" height="30" align="center">{pg}</td></tr>
    </table></td>
  </tr>
</table>
<!-- InstanceEndEditable -->
""" + FOOT

    fam.put("/ldjh/index.htm", listing(first, 1))
    fam.put("/ldjh/index_2.htm", listing(second, 2))
    home = render(HEAD, TITLE="公文材料网-领导讲话稿,发言材料,述职报告,工作总结", KEYWORDS="公文,材料,讲话稿", DESC="公文材料网") + f"""<!-- InstanceBeginEditable name="main" -->
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="380" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="28" class="tit">&nbsp;最新材料 <a href="/ldjh/index.htm">更多&gt;&gt;</a></td></tr>
      <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows(first[:3] + second[1:2])}      </table></td></tr>
    </table></td>
    <td width="18">&nbsp;</td>
    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4">
      <tr><td height="28" class="tit">&nbsp;网站公告</td></tr>
      <tr><td><marquee direction="up" scrollamount="2" height="120">本站材料均为网友投稿或网上收集，仅供参考学习。需要代写材料请联系站长QQ：8520173</marquee></td></tr>
    </table></td>
  </tr>
</table>
<!-- InstanceEndEditable -->
""" + FOOT
    fam.put("/index.htm", home)
    fam.put("/robots.txt", "User-agent: *\r\nDisallow: /admin/\r\nDisallow: /gbook/\r\n")
    fam.put("/", home)
    fam.not_documents += ["/", "/ldjh/index.htm", "/ldjh/index_2.htm"]
    return fam
