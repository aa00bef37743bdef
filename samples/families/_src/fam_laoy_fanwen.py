"""A 范文 site on 老Y文章管理系统 (LaoY, ASP + Access, the 4.x line) in its generated-HTML mode: GBK
bytes, IIS's bare `text/html`; articles `/html/<class>/N.html`, a long one split by the editor's
`[yao_page]` into `N.html` / `N_2.html` through `ManualPagination1` (`</p><div id="clear"></div>
<div id="page"><ul><li><span>上一页</span></li>…`, with the stray `</p>` it appends, single-quoted
hrefs), the page-2 title and h1 carrying `(2)`; what LaoY's article template prints: `js/main.asp`,
`images/cssN.css`, `您现在的位置：… >> 内容` crumb with the search box (`dh`), `h3` 时间/点击 line with
the `js/count.asp` counter, `核心提示` summary box (first page only) and ShowAD(1) union ad inside
`#content`, Tags line, `#copy` 作者/录入/来源, `js/wz.js`, ShowAD(2), the `mood.asp` 心情 box, `sxart`
上一篇/下一篇, 相关文章 (`#marticle`), 相关评论 loaded by `Ajaxpl.asp` and the 发表我的评论 form with
its face icons, the right column's 本类热门/本类推荐/本类固顶, and the free-licence `Powered by laoy!`
line in the footer. Column pages `/html/jianghua/index.html` / `index_2.html` with LaoY's
`Xdownpage` pager (首　页 / 末　页, jump select, 共N条记录)."""

from urllib.parse import quote

from common import SPEECHES, Family, render, split_paras

HOST = "www.laoy-fanwen.test"
SITE = "老Y范文网"
CLASS = "/html/jianghua/"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/images/css5.css" type=text/css rel=stylesheet>

<script type="text/javascript" src="/js/main.asp"></script>
<title>@@TITLE@@</title>
</head>
<body@@ONLOAD@@>
<div class="mwall">
<div id="top"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="老Y范文网" border="0" /></a></div><div class="topad"><script type="text/javascript">/*728*90 创建于 2013-8-22*/var cpro_id = "u1361207";</script><script src="http://cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script></div><div class="toplogin"><script type="text/javascript" src="/js/login.asp"></script></div></div>
<div id="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/html/jianghua/">讲话致辞</a></li><li><a href="/html/fayan/">发言稿</a></li><li><a href="/html/zongjie/">工作总结</a></li><li><a href="/html/xinde/">心得体会</a></li><li><a href="/html/shuzhi/">述职报告</a></li><li><a href="/html/jihua/">工作计划</a></li><li><a href="/Guestbook.asp">留言本</a></li></ul></div><div class="mw">
"""

SEARCH = """<div id="search"><form name="formsearch" method="get" action="/Search.asp"><input type="text" name="KeyWord" class="borderall" size="20" value="" /> <input type="submit" class="borderall" value="搜 索" /></form></div>"""

COPY = """<div id="foot">
<ul>
<li><a href="/">网站首页</a> | <a href="/html/about/">关于本站</a> | <a href="/Link.asp">友情链接</a> | <a href="/Guestbook.asp">留言本</a> | <a href="/Sitemap.asp">网站地图</a></li>
<li>本站范文均来自网友投稿和网络收集，仅供学习参考，如有侵犯您的版权，请联系我们删除。</li>
<li>Copyright &copy; 2010-2023 <a href="http://www.laoy-fanwen.test/">老Y范文网</a> All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备10207831号-1</a></li>
	<li>Powered by <b>laoy! <a href="http://www.laoy.net"  target="_blank">V4.06</a></b></li>
<li><script type="text/javascript">var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F8c1f9e2a04b7d35c6a2e1f0b9d8c7a61' type='text/javascript'%3E%3C/script%3E"));</script></li>
</ul>
</div>
"""

# speech, id, DateAndTime as Access/ASP prints it, author, 录入 user (id, name), 来源, parts, keywords
ARTICLES = [
    (SPEECHES["R29A3"], 1863, "2023-9-8 10:26:43", "佚名", (12, "wenmi"), "网络", 2, ["教师节", "讲话稿", "校长"]),
    (SPEECHES["R29A4"], 1702, "2023-7-10 15:08:12", "佚名", (37, "xiaoyu"), "本站原创", 1, ["入职培训", "致辞"]),
]
# neighbours by id in the class (thehead: nearest smaller id, thenext: nearest larger id)
NEIGHBOURS = {
    1863: ((1859, "2023年秋季开学典礼校长致辞"), (1871, "国庆节升旗仪式国旗下讲话")),
    1702: ((1698, "党支部书记七一党课讲稿"), (1710, "在暑期安全工作会议上的讲话")),
}
HOT = [
    (1655, "在全镇经济工作会议上的讲话"),
    (1590, "在春节团拜会上的致辞"),
    (1522, "在年度工作总结表彰大会上的讲话"),
]


def url_of(aid, k=0):
    return f"{CLASS}{aid}.html" if k == 0 else f"{CLASS}{aid}_{k + 1}.html"


def yao_page(aid, count, cur):
    """ManualPagination1's pager (cur 1-based), appended right after the page's content."""
    out = '</p><div id="clear"></div><div id="page"><ul>'
    out += f"<li><a href='{url_of(aid, cur - 2)}'>上一页</a></li>" if cur > 1 else "<li><span>上一页</span></li>"
    for i in range(1, count + 1):
        out += f"<li><span>{i}</span></li>" if i == cur else f"<li><a href='{url_of(aid, i - 1)}'>{i}</a></li>"
    out += f"<li><a href='{url_of(aid, cur)}'>下一页</a></li>" if cur < count else "<li><span>下一页</span></li>"
    return out + "</ul></div>"


def li_list(rows):
    return "".join(f'<li>·<a href="{url_of(a)}" title="{t}" target="_blank">{t}</a></li>' for a, t in rows)


def article(idx, runs, k):
    speech, aid, stamp, author, (uid, uname), source, count, keys = ARTICLES[idx]
    b = f"({k + 1})" if k > 0 else ""
    paras = "\r\n".join(f"<p>　　{p}</p>" for p in runs[k])
    content = paras + (yao_page(aid, count, k + 1) if count > 1 else "</p>")
    zhaiyao = ""
    if k == 0:
        zhaiyao = f'<div class="zhaiyao"><b>　　核心提示：</b>{speech.paras[1][:72]}...</div>'
    tags = "".join(
        f'<a href="/Search.asp?KeyWord={quote(key.encode("gbk"))}">{key.upper()}</a>&nbsp;' for key in keys
    )
    (pa, pt), (na, nt) = NEIGHBOURS[aid]
    related = [(a, s.title) for s, a, *_ in ARTICLES if a != aid] + [(1590, "在春节团拜会上的致辞"), (na, nt)]
    body = """	<div class="dh">
		@@SEARCH@@您现在的位置：<a href="/">首页</a> >> <a href="/html/jianghua/">讲话致辞</a> >> 内容
    </div>
	<div id="nw_left">
		<div id="web2l">
			<h1>@@H1@@</h1>
			<h3>时间：@@STAMP@@ 点击：<span id="count"><img src="/images/loading2.gif" /></span></h3>
			<div id="content">
            	@@ZHAIYAO@@
				<div class="ad1"><script type="text/javascript">/*336*280 创建于 2013-8-22*/var cpro_id = "u1361211";</script><script src="http://cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script></div>
				@@CONTENT@@
			</div>
				<div class="tags">Tags:@@TAGS@@</div>
            <div id="copy">作者：@@AUTHOR@@　录入：<a href="/User/ShowUser.asp?ID=@@UID@@" title="点击查看资料"><u>@@UNAME@@</u></a>　来源：@@SOURCE@@</div>
            
            <script type="text/javascript" src="/js/wz.js"></script>
			<div class="ad2"><a href="/html/about/vip.html" target="_blank"><img src="/UploadFiles/201308/2013082257411829.jpg" border="0" alt="范文下载VIP会员" /></a></div>
            <div style="margin:0 auto;width:530px;">
            <script language="javascript">
			var infoid = '@@AID@@';
			</script>
			<script language = "JavaScript" src ="/js/mood.asp?ID=@@AID@@"></script>
            </div>
            <div class="sxart">
			<li>上一篇：<a href='@@PU@@'>@@PT@@</a></li><li>下一篇：<a href='@@NU@@'>@@NT@@</a></li>
            </div>
		</div>
		<div id="web2l">
			<h6>相关文章</h6>
			<div id="marticle">
				<ul>
					@@RELATED@@
				</ul>
			</div>
            <div id="clear"></div>
		</div>
        <div id="clear"></div>
		<div id="web2l">
			<h6><span style="float:right;font-size:12px;">共有评论 <font color="#ff0000">@@NPL@@</font> 条</span>相关评论</h6>
			<div id="list"><img src="/images/loading.gif" /></div>
			<div id="MultiPage"></div>
			<div id="clear"></div>
			<h6>发表我的评论</h6>
			<div style="height:205px;">
			<div class="pingp">
@@FACES@@
  			</div>
			<div class="artpl">
				<ul>
					<li>大名：<input name="memAuthor" type="text" class="borderall" id="memAuthor" value="10.0.3.*" Readonly maxlength="8"/>
					</li>
					<li>内容：<textarea name="memContent" cols="30" rows="8" style="width:300px;height:120px;" wrap="virtual" id="memContent" class="borderall"/></textarea></li>
					<li><input name="ArticleID" type="hidden" id="ArticleID" value="@@AID@@" />
      <input name="button3" type="button"  class="borderall" id = "sendGuest" onClick="AddNew()" value="发 表" /></li>
	  			</ul>
	  		</div>
		</div></div>
	</div>
	<div id="nw_right">
		<div class="ad3"><script type="text/javascript">/*250*250 创建于 2013-8-22*/var cpro_id = "u1361215";</script><script src="http://cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script></div>
		<div id="web2r">
			<h5>本类热门</h5>
			<ul id="list10">
            	@@HOT@@
            </ul>
  		</div>
		<div id="web2r">
			<h5>本类推荐</h5>
			<ul id="list10">
            	@@REC@@
            </ul>
  		</div>
        <div id="web2r">
			<h5>本类固顶</h5>
			<ul id="list10">
            	<li>·<a href="/html/jianghua/1001.html" title="讲话稿写作格式及注意事项" target="_blank">讲话稿写作格式及注意事项</a></li>
            </ul>
  		</div>
	</div>
</div>
<script type="text/javascript" src="/Ajaxpl.asp"></script>

<div style="display:none;" id="_count">
<script type="text/javascript" src="/js/count.asp?id=@@AID@@"></script>
</div>
<script>$('count').innerHTML=$('_count').innerHTML;</script>
"""
    faces = "\n".join(
        f"""                <img src="/images/faces/{i}.gif" onclick='insertTags("[laoy:","]","{i}")'/>"""
        for i in range(1, 9)
    )
    return render(
        HEAD + body + COPY + "</div>\n</body>\n</html>",
        KEYWORDS=",".join(keys),
        DESC=speech.paras[1][:100],
        TITLE=f"{speech.title}{b}-讲话致辞-{SITE}",
        ONLOAD=f' onLoad="showre({aid},1)"',
        SEARCH=SEARCH,
        H1=speech.title + b,
        STAMP=stamp,
        ZHAIYAO=zhaiyao,
        CONTENT=content,
        TAGS=tags,
        AUTHOR=author,
        UID=uid,
        UNAME=uname,
        SOURCE=source,
        AID=aid,
        PU=url_of(pa),
        PT=pt,
        NU=url_of(na),
        NT=nt,
        RELATED=li_list(related),
        NPL=3 if idx == 0 else 0,
        FACES=faces,
        HOT=li_list([(a, s.title) for s, a, *_ in ARTICLES] + HOT),
        REC=li_list(HOT[:2]),
    )


FILLER = [
    (1871, "国庆节升旗仪式国旗下讲话", "2023-9-26"),
    (1859, "2023年秋季开学典礼校长致辞", "2023-8-30"),
    (1840, "在全县脱贫攻坚成果巩固推进会上的讲话", "2023-8-18"),
    (1811, "建军节座谈会上的发言", "2023-7-31"),
    (1710, "在暑期安全工作会议上的讲话", "2023-7-12"),
    (1698, "党支部书记七一党课讲稿", "2023-6-29"),
]


def pager(cur, total_pages, records):
    """LaoY's Xdownpage bar, written out for the generated column pages."""
    def u(i):
        return f"{CLASS}index.html" if i == 1 else f"{CLASS}index_{i}.html"

    out = []
    if cur == 1:
        out += ["<li><span>首　页</span></li>", "<li><span>上一页</span></li>"]
    else:
        out += [f'<li><a href="{u(1)}">首　页</a></li>', f'<li><a href="{u(cur - 1)}">上一页</a></li>']
    for i in range(1, total_pages + 1):
        out.append(f"<li><span>{i}</span></li>" if i == cur else f'<li><a href="{u(i)}">{i}</a></li>')
    if cur >= total_pages:
        out += ["<li><span>下一页</span></li>", "<li><span>末　页</span></li>"]
    else:
        out += [f'<li><a href="{u(cur + 1)}">下一页</a></li>', f'<li><a href="{u(total_pages)}">末　页</a></li>']
    sel = "".join(
        f'<option value="{u(i)}"' + (' selected="selected"' if i == cur else "") + f">{i}</option>"
        for i in range(1, total_pages + 1)
    )
    out.append(f"<li><span><select name='select' onChange='javascript:window.location.href=(this.options[this.selectedIndex].value);'>{sel}</select></span></li>")
    out.append(f'<li><span>共<font color="#009900"><b>{records}</b></font>条记录 5条/每页</span></li>')
    return '<div id="page"><ul>' + "\n".join(out) + "\n</ul></div>"


def listing(n):
    a3, a4 = ARTICLES
    if n == 1:
        rows = [FILLER[0], (a3[1], a3[0].title, a3[2].split()[0])] + FILLER[1:4]
    else:
        rows = [FILLER[4], (a4[1], a4[0].title, a4[2].split()[0]), FILLER[5]]
    items = "\n".join(
        f'<li><span>{d}</span>·<a href="{url_of(a)}" title="{t}" target="_blank">{t}</a></li>' for a, t, d in rows
    )
    body = """	<div class="dh">
		@@SEARCH@@您现在的位置：<a href="/">首页</a> >> <a href="/html/jianghua/">讲话致辞</a>
    </div>
	<div id="nw_left">
		<div id="web2l">
			<h6>讲话致辞</h6>
			<ul id="list">
@@ITEMS@@
			</ul>
			<div id="clear"></div>
			@@PAGER@@
		</div>
	</div>
	<div id="nw_right">
		<div id="web2r"><h5>本类热门</h5><ul id="list10">@@HOT@@</ul></div>
	</div>
</div>
"""
    return render(
        HEAD + body + COPY + "</div>\n</body>\n</html>",
        KEYWORDS="讲话稿,致辞,领导讲话",
        DESC="讲话致辞范文",
        TITLE=f"讲话致辞-{SITE}" + (f"-第{n}页" if n > 1 else ""),
        ONLOAD="",
        SEARCH=SEARCH,
        ITEMS=items,
        PAGER=pager(n, 2, 9),
        HOT=li_list(HOT),
    )


def home():
    a3 = ARTICLES[0]
    body = """	<div class="dh">@@SEARCH@@欢迎光临老Y范文网！本站提供讲话稿、发言稿、致辞、工作总结等各类范文。</div>
	<div id="nw_left">
		<div id="web2l">
			<h6><span style="float:right;"><a href="/html/jianghua/">更多&gt;&gt;</a></span>讲话致辞</h6>
			<ul id="list">
				<li><span>@@D@@</span>·<a href="@@U@@" title="@@T@@" target="_blank">@@T@@</a></li>
				<li><span>2023-8-30</span>·<a href="/html/jianghua/1859.html" title="2023年秋季开学典礼校长致辞" target="_blank">2023年秋季开学典礼校长致辞</a></li>
			</ul>
		</div>
		<div id="web2l">
			<h6><span style="float:right;"><a href="/html/fayan/">更多&gt;&gt;</a></span>发言稿</h6>
			<ul id="list"><li><span>2023-9-2</span>·<a href="/html/fayan/1866.html" title="优秀教师代表发言稿" target="_blank">优秀教师代表发言稿</a></li></ul>
		</div>
	</div>
	<div id="nw_right">
		<div id="web2r"><h5>网站公告</h5><ul id="list10"><li>·本站范文仅供参考，请勿照搬照抄。</li></ul></div>
	</div>
</div>
"""
    return render(
        HEAD + body + COPY + "</div>\n</body>\n</html>",
        KEYWORDS="范文,讲话稿,发言稿,致辞,工作总结",
        DESC="老Y范文网提供各类讲话稿、发言稿、致辞范文",
        TITLE=f"{SITE}-讲话稿_发言稿_致辞_工作总结范文",
        ONLOAD="",
        SEARCH=SEARCH,
        D=a3[2].split()[0],
        U=url_of(a3[1]),
        T=a3[0].title,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "范文 site on 老Y文章管理系统 4.x (ASP, generated html/…/N.html, GBK, [yao_page] split with ManualPagination1's #page pager)",
        encoding="gbk",
        content_type="text/html",
        site_note="IIS serves the generated .html files as bare `text/html`; the meta says gb2312, the bytes are GBK",
    )
    for idx, (speech, aid, _stamp, _a, _u, _s, count, _k) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    fam.put(CLASS + "index.html", listing(1))
    fam.put(CLASS + "index_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /Data/\nDisallow: /Inc/\nDisallow: /User/\nDisallow: /UbbEdit/\n")
    fam.not_documents += ["/", CLASS, CLASS + "index_2.html"]
    fam.noise += [
        "您现在的位置",
        "核心提示",
        "点击：",
        "Tags:",
        "录入：",
        "来源：",
        "上一篇",
        "下一篇",
        "相关文章",
        "相关评论",
        "发表我的评论",
        "本类热门",
        "本类推荐",
        "本类固顶",
        "国庆节升旗仪式国旗下讲话",
        "Powered by",
        "皖ICP备10207831号-1",
        "上一页",
        "下一页",
    ]
    return fam
