"""A 范文 site on KesionCMS V9 (科汛, ASP): GBK bytes, IIS's `text/html; Charset=gb2312` header,
伪静态 `/Item/N.html` articles (`/Item/N_2.html` for the second part of a `[NextPage]` split),
`/Item/list-12.html` column pages with Kesion's `fenye` pager; the article template prints the
`您现在的位置` crumb with `LinkPath` links and `>> 浏览文章`, the 作者/来源/更新时间/点击数 line with
the `GetHits.asp` counter script, `#MyContent` with the `#pageNext` table pager, 文章录入/责任编辑,
the 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】 bar, 顶一下 digg box, 上一篇/下一篇,
相关文章, the comment block with its 网友评论 notice, and the Powered by KesionCMS footer."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.kesion-fanwen.test"
SITE = "科汛范文网"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script src="/ks_inc/jquery.js" type="text/javascript"></script>
<script src="/ks_inc/common.js" type="text/javascript"></script>
<script src="/ks_inc/kesion.box.js" type="text/javascript"></script>
</head>
<body>
<div class="topbar">
  <div class="w980">
    <div class="fl"><span id="ShowTopLogin"><script type="text/javascript" src="/User/UserLogin.asp?Action=Top"></script></span></div>
    <div class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://@@HOST@@');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://@@HOST@@','@@SITE@@');">加入收藏</a> | <a href="/plus/Contact.asp">联系我们</a></div>
  </div>
</div>
<div class="header w980">
  <div class="logo"><a href="/"><img src="/images/logo.gif" width="260" height="70" alt="@@SITE@@" border="0" /></a></div>
  <div class="topad"><script src="/plus/ads/ShowA.asp?i=1" type="text/javascript"></script></div>
</div>
<div class="nav w980">
  <ul>
    <li><a href="/">网站首页</a></li>
    <li><a href="/Item/list-12.html">讲话稿</a></li>
    <li><a href="/Item/list-13.html">发言稿</a></li>
    <li><a href="/Item/list-14.html">致辞</a></li>
    <li><a href="/Item/list-15.html">工作总结</a></li>
    <li><a href="/Item/list-16.html">心得体会</a></li>
    <li><a href="/Item/list-17.html">述职报告</a></li>
  </ul>
</div>
<div class="search w980">
  <form action="/plus/Search/" method="get" name="searchform" target="_blank">
  <select name="stype"><option value="1">文章</option></select>
  <input type="text" name="key" class="textbox" value="关键字" onfocus="this.value=''" />
  <input type="submit" class="btn" value="搜 索" />
  </form>
  <span class="hotkey">热门搜索：<a href="/plus/Search/?key=%BD%B2%BB%B0">讲话</a> <a href="/plus/Search/?key=%D6%C2%B4%C7">致辞</a> <a href="/plus/Search/?key=%B7%A2%D1%D4">发言</a></span>
</div>
"""

FOOT = """<div class="footer w980">
  <div class="flink"><a href="/plus/Contact.asp">联系我们</a> | <a href="/plus/About.asp">关于本站</a> | <a href="/plus/Link/">友情链接</a> | <a href="/plus/guestbook/">留言反馈</a> | <a href="/sitemap.html">网站地图</a></div>
  <p>本站部分范文来源于网络，仅供学习参考，如有侵权请来信告知，我们将及时删除。</p>
  <p>Copyright &copy; 2012-2024 <a href="http://@@HOST@@">@@SITE@@</a> All Rights Reserved.　<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备12034587号-2</a></p>
  <p>Powered by <a href="http://www.kesion.com" target="_blank">KesionCMS V9.0</a> &copy; 2006-2024 <a href="http://www.kesion.com" target="_blank">KeSion.Com</a></p>
  <div style="display:none"><script src="https://s95.cnzz.com/z_stat.php?id=1261234567&web_id=1261234567" language="JavaScript"></script></div>
</div>
</body>
</html>
"""

# speech, id, 更新时间 as ASP prints Now(), parts, hits
ARTICLES = [
    (SPEECHES["r26a-k1"], 8531, "2024-8-28 16:05:33", 2, 2386),
    (SPEECHES["r26a-k2"], 8496, "2024-8-16 9:42:18", 1, 917),
]


def url_of(aid, k=0):
    return f"/Item/{aid}.html" if k == 0 else f"/Item/{aid}_{k + 1}.html"


def page_next(aid, count, k):
    # Kesion prints the [NextPage] pager as a centred one-cell table under #MyContent
    out = []
    if k > 0:
        out.append(f'<a class="prev" href="{url_of(aid, k - 1)}">上一页</a>')
    for i in range(count):
        cls = "curr" if i == k else "num"
        out.append(f'<a class="{cls}" href="{url_of(aid, i)}">{i + 1}</a>')
    if k < count - 1:
        out.append(f'<a class="next" href="{url_of(aid, k + 1)}">下一页</a>')
    return (
        '<div id="pageNext" style="text-align:center"><table align="center"><tr><td>'
        + " ".join(out)
        + "</td></tr></table></div>"
    )


def article(speech, aid, stamp, runs, k, hits, prev, nxt, related):
    content = "\r\n".join(f"<p>　　{p}</p>" for p in runs[k])
    pager = page_next(aid, len(runs), k) if len(runs) > 1 else ""
    body = """<div class="w980 clearfix">
<div class="location">您现在的位置：<a class="LinkPath" href="/">@@SITE@@</a> >> <a class="LinkPath" href="/Item/list-12.html">讲话稿</a> >> 浏览文章</div>
<div class="mainleft">
  <div class="articlebox">
    <div class="title"><h1>@@H1@@</h1></div>
    <div class="articleinfo">作者：佚名　　来源：本站整理　　更新时间：@@STAMP@@　　点击数：<span id="hits"><script type="text/javascript" src="/Item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID=@@AID@@"></script></span>　　【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(0)">中</a> <a href="javascript:ContentSize(12)">小</a>】</div>
    <div class="adtxt"><script src="/plus/ads/ShowA.asp?i=3" type="text/javascript"></script></div>
    <div class="content">
<div id="MyContent">
@@CONTENT@@
</div>
@@PAGER@@
    </div>
    <div class="inputer">文章录入：fanwen　　　　责任编辑：fanwen</div>
    <div id="Digg">
      <div class="digg"><div class="diggnum" id="s@@AID@@">@@DIGG@@</div><div class="diggit"><a href="javascript:void(0)" onclick="javascript:digg(1,@@AID@@,'/');">顶一下</a></div></div>
      <div class="digg"><div class="diggnum" id="c@@AID@@">0</div><div class="diggit"><a href="javascript:void(0)" onclick="javascript:digg(0,@@AID@@,'/');">踩一下</a></div></div>
    </div>
    <div class="tool">【<a href="#comment">发表评论</a>】【<a href="/User/User_Favorite.asp?Action=Add&ChannelID=1&InfoID=@@AID@@" target="_blank">加入收藏</a>】【<a href="/plus/SendMail.asp?m=1&ID=@@AID@@" target="_blank">告诉好友</a>】【<a href="/plus/Print.asp?m=1&ID=@@AID@@" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
    <div class="prevnext">
      <li>上一篇：@@PREV@@</li>
      <li>下一篇：@@NEXT@@</li>
    </div>
  </div>
  <div class="relatebox">
    <div class="tit">相关文章</div>
    <ul>@@RELATED@@</ul>
  </div>
  <div class="commentbox">
    <a name="comment"></a>
    <script src="/ks_inc/Comment.page.js" type="text/javascript"></script>
    <div id="Commentcontent"></div>
    <script type="text/javascript">Page(1,1,'@@AID@@','Show','/');</script>
    <div class="commentform">
      <form name="form1" method="post" action="/plus/Comment.asp?Action=WriteSave&ChannelID=1&InfoID=@@AID@@">
      <div class="tit">发表评论</div>
      <p>用户名：<input name="AnounName" type="text" size="14" /> <label><input type="checkbox" name="Anonymous" value="1" checked="checked" />匿名</label></p>
      <p><textarea name="Content" rows="6" cols="60"></textarea></p>
      <p>验证码：<input name="Verifycode" type="text" size="6" /> <img src="/plus/verifycode.asp" align="absmiddle" /> <input type="submit" value="发表评论" class="btn" /></p>
      <div class="tips">
      <p>·请遵守《互联网电子公告服务管理规定》及中华人民共和国其他各项有关法律法规。</p>
      <p>·严禁发表危害国家安全、损害国家利益、破坏民族团结、破坏国家宗教政策、破坏社会稳定、侮辱、诽谤、教唆、淫秽等内容的评论 。</p>
      <p>·用户需对自己在使用本站服务过程中的行为承担法律责任（直接或间接导致的）。</p>
      <p>·本站管理员有权保留或删除评论内容。</p>
      <p>·评论内容只代表网友个人观点，与本网站立场无关。</p>
      </div>
      </form>
    </div>
  </div>
</div>
<div class="mainright">
  <div class="rbox"><div class="tit">热门范文</div><ul>@@RELATED@@<li><a href="/Item/8410.html">党支部书记抓党建述职报告</a></li><li><a href="/Item/8377.html">2024年上半年工作总结范文</a></li></ul></div>
  <div class="rbox"><div class="tit">推荐范文</div><ul><li><a href="/Item/8298.html">教师节表彰大会校长讲话稿</a></li><li><a href="/Item/8265.html">开学典礼学生代表发言稿</a></li></ul></div>
  <div class="rad"><script src="/plus/ads/ShowA.asp?i=5" type="text/javascript"></script></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}" + (f"(第{k + 1}页)" if k else "") + f"_讲话稿_{SITE}",
        KEYWORDS=f"讲话稿,{speech.title}",
        DESC=speech.paras[1][:80],
        HOST=HOST,
        SITE=SITE,
        H1=speech.title,
        STAMP=stamp,
        AID=aid,
        CONTENT=content,
        PAGER=pager,
        DIGG=hits // 97,
        PREV=prev,
        NEXT=nxt,
        RELATED=related,
    )


def listing(n, count):
    items = ARTICLES[:1] if n == 1 else ARTICLES[1:]
    rows = "\n".join(
        f'<li><span class="date">{stamp.split()[0]}</span><a href="{url_of(aid)}" target="_blank" title="{s.title}">{s.title}</a>'
        f'<p class="intro">{s.paras[1][:56]}…</p></li>'
        for s, aid, stamp, _c, _h in items
    )

    def lu(i):
        return "/Item/list-12.html" if i == 1 else f"/Item/list-12-{i}.html"

    fy = [f'<span class="total">共 {count} 页 / {len(ARTICLES)} 篇</span>']
    fy.append('<a class="prev" href="#">首页</a>' if n == 1 else f'<a class="prev" href="{lu(1)}">首页</a><a class="prev" href="{lu(n - 1)}">上一页</a>')
    for i in range(1, count + 1):
        fy.append(f'<a class="curr" href="#">{i}</a>' if i == n else f'<a class="num" href="{lu(i)}">{i}</a>')
    if n < count:
        fy.append(f'<a class="next" href="{lu(n + 1)}">下一页</a><a class="next" href="{lu(count)}">尾页</a>')
    body = """<div class="w980 clearfix">
<div class="location">您现在的位置：<a class="LinkPath" href="/">@@SITE@@</a> >> <a class="LinkPath" href="/Item/list-12.html">讲话稿</a></div>
<div class="mainleft">
  <div class="listbox"><ul class="list">
@@ROWS@@
  </ul></div>
  <div id="fenye" class="fenye">@@FY@@</div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"讲话稿_{SITE}" + (f"_第{n}页" if n > 1 else ""),
        KEYWORDS="讲话稿,领导讲话稿",
        DESC="讲话稿范文",
        HOST=HOST,
        SITE=SITE,
        ROWS=rows,
        FY="".join(fy),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "范文 site on KesionCMS V9 (ASP, GBK, 伪静态 /Item/N.html, [NextPage] #pageNext pager, LinkPath crumb, GetHits counter, 【发表评论】… bar, digg, comment notice)",
        encoding="gbk",
        content_type="text/html; Charset=gb2312",
        site_note="IIS/ASP header `text/html; Charset=gb2312` (capital C, as ASP's Response.Charset prints it); bytes are GBK",
    )
    related = "".join(f'<li><a href="{url_of(a)}" target="_blank">{s.title}</a></li>' for s, a, *_ in ARTICLES)
    for idx, (speech, aid, stamp, count, hits) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        # the list is newest first: 上一篇 is the older article, 下一篇 the newer one
        other = ARTICLES[1 - idx]
        link = f'<a href="{url_of(other[1])}" title="{other[0].title}">{other[0].title}</a>'
        prev, nxt = (link, "没有了") if idx == 0 else ("没有了", link)
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(speech, aid, stamp, runs, k, hits, prev, nxt, related))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put("/Item/list-12.html", listing(1, 2))
    fam.put("/Item/list-12-2.html", listing(2, 2))
    s0, a0, st0, *_ = ARTICLES[0]
    home = render(
        HEAD
        + """<div class="w980 clearfix">
<div class="mainleft">
  <div class="ibox"><div class="tit"><span class="more"><a href="/Item/list-12.html">更多&gt;&gt;</a></span>讲话稿</div>
  <ul><li><span class="date">@@D@@</span><a href="@@U@@" target="_blank">@@T@@</a></li></ul></div>
  <div class="ibox"><div class="tit"><span class="more"><a href="/Item/list-14.html">更多&gt;&gt;</a></span>致辞</div><ul></ul></div>
</div>
<div class="mainright"><div class="rbox"><div class="tit">网站公告</div><ul><li>本站范文仅供参考，请勿直接照搬使用。</li></ul></div></div>
</div>
"""
        + FOOT,
        TITLE=f"{SITE}-讲话稿_发言稿_致辞范文大全",
        KEYWORDS="范文,讲话稿,发言稿,致辞",
        DESC=f"{SITE}提供各类讲话稿、发言稿、致辞范文",
        HOST=HOST,
        SITE=SITE,
        D=st0.split()[0],
        U=url_of(a0),
        T=s0.title,
    )
    fam.put("/", home)
    fam.not_documents += ["/", "/Item/list-12.html", "/Item/list-12-2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /User/\nDisallow: /plus/\nDisallow: /ks_inc/\nDisallow: /Admin/\n")
    fam.noise += [
        SITE,
        "您现在的位置",
        "浏览文章",
        "更新时间",
        "点击数",
        "字体：",
        "本站整理",
        "文章录入",
        "责任编辑：fanwen",
        "顶一下",
        "踩一下",
        "发表评论",
        "加入收藏",
        "告诉好友",
        "打印此文",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "没有了",
        "相关文章",
        "热门范文",
        "互联网电子公告服务管理规定",
        "评论内容只代表网友个人观点",
        "KesionCMS",
        "豫ICP备12034587号-2",
    ]
    return fam
