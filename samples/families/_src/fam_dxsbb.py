"""A 大学生必备网 (dxsbb.com)-like 演讲稿 channel on DedeCMS: GBK pages (meta gb2312), articles at
`/news/N.html` with Dede's page breaker (`N_2.html`, `ul.pagelist` in `div.dede_pages`: 共2页: / 上一页 /
`li.thisclass` / 下一页), the site's crumb (您现在的位置：大学生必备网 > 演讲稿 > 教师演讲稿), `h1`, the
发布时间 / 来源 / 作者 / 点击 line (点击 filled by Dede's `plus/count.php` script), `dxsbb_ad` slots, the
content box, 上一篇 / 下一篇, 相关文章 and 热门文章 lists, right column 最新更新 / 大学排名 links, the
高考 / 考研 / 就业 nav and the footer with ICP line. Column `/yanjianggao/jiaoshi/` with Dede's
`list_52_2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.dxsbb-like.test"
COL = "/yanjianggao/jiaoshi/"
TID = 52

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<meta http-equiv="mobile-agent" content="format=html5;url=http://m.dxsbb-like.test@@PATH@@" />
<link href="/templets/dxsbb/css/style.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script type="text/javascript" src="/templets/dxsbb/js/dxsbb_ad.js"></script>
</head>
<body>
<div class="top"><div class="w1000"><span class="fl">大学生必备网，大学生的百科全书！</span><span class="fr"><a href="/member/login.php" rel="nofollow">会员登录</a> | <a href="/member/index_do.php?fmdo=user&amp;dopost=regnew" rel="nofollow">注册</a> | <a href="http://m.dxsbb-like.test/" target="_blank">手机版</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.dxsbb-like.test/');">设为首页</a></span></div></div>
<div class="header w1000">
<div class="logo"><a href="/"><img src="/templets/dxsbb/images/logo.gif" alt="大学生必备网" /></a></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){this.value='';}" onblur="if(this.value==''){this.value='在这里搜索...';}" /><button type="submit" class="search-submit">搜索</button></form></div>
</div>
<div class="nav w1000"><ul>
<li><a href="/">首页</a></li><li><a href="/gaokao/">高考</a></li><li><a href="/zhiyuan/">志愿填报</a></li><li><a href="/paiming/">大学排名</a></li><li><a href="/zhuanye/">专业介绍</a></li><li><a href="/kaoyan/">考研</a></li><li><a href="/jiuye/">就业</a></li><li><a href="/fanwen/">范文</a></li><li class="hover"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/zongjie/">工作总结</a></li>
</ul></div>
"""

FOOT = """<div class="footer w1000">
<p><a href="/about/" rel="nofollow">关于本站</a> | <a href="/about/contact.html" rel="nofollow">联系方式</a> | <a href="/about/mianze.html" rel="nofollow">免责声明</a> | <a href="/sitemap.html">网站地图</a> | <a href="/rss.xml">RSS订阅</a></p>
<p>本站部分文章来自网络，如有侵权，请联系我们删除。Copyright &copy; 2009-2024 www.dxsbb-like.test All Rights Reserved. <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">湘ICP备09017232号-1</a></p>
</div>
<script type="text/javascript">dxsbb_ad("couplet");</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, aid, 发布时间, parts
ARTICLES = [
    (SPEECHES["f43d-1"], 128734, "2024-09-02 10:21", 2),
    (SPEECHES["f43d-2"], 119406, "2024-03-18 16:45", 1),
]
OTHERS = [
    (128761, "新学期开学典礼教师代表发言稿"),
    (128702, "教师节优秀教师代表发言"),
    (127955, "大学开学典礼辅导员代表讲话"),
    (119388, "大学生学习经验交流会发言稿"),
    (118847, "我的大学我的梦演讲稿"),
]
HOTS = [(95213, "2024年全国大学排名一览表"), (126630, "高考志愿填报技巧和方法"), (110452, "大学生自我介绍演讲稿"), (121089, "考研复试自我介绍范文")]


def url_of(aid, k=0):
    return f"/news/{aid}.html" if k == 0 else f"/news/{aid}_{k + 1}.html"


def dede_pages(aid, count, cur):
    """DedeCMS `GetPagebreak` output for a static article."""
    out = [f"<li><a>共{count}页: </a></li>"]
    out.append("<li><a href='#'>上一页</a></li>" if cur == 1 else f"<li><a href='{aid}{'' if cur == 2 else '_' + str(cur - 1)}.html'>上一页</a></li>")
    for i in range(1, count + 1):
        name = f"{aid}.html" if i == 1 else f"{aid}_{i}.html"
        out.append("<li class=\"thisclass\"><a href='#'>" + str(i) + "</a></li>" if i == cur else f"<li><a href='{name}'>{i}</a></li>")
    out.append(f"<li><a href='{aid}_{cur + 1}.html'>下一页</a></li>" if cur < count else "<li><a href='#'>下一页</a></li>")
    return '<div class="dede_pages"><ul class="pagelist">' + "".join(out) + "</ul></div>"


def ul(rows, date=False):
    return "\n".join(f'<li><a href="{url_of(a)}" title="{t}" target="_blank">{t}</a></li>' for a, t in rows)


def article(idx, runs, k):
    speech, aid, stamp, count = ARTICLES[idx]
    other = ARTICLES[1 - idx]
    paras = "\n".join(f"<p>　　{p}</p>" for p in runs[k])
    prev_next = (f'<li>上一篇：<a href="{url_of(OTHERS[0][0])}">{OTHERS[0][1]}</a></li>'
                 f'<li>下一篇：<a href="{url_of(other[1])}">{other[0].title}</a></li>')
    body = """<div class="w1000 clearfix">
<div class="place">您现在的位置：<a href='/'>大学生必备网</a> &gt; <a href='/yanjianggao/'>演讲稿</a> &gt; <a href='@@COL@@'>教师演讲稿</a> &gt; </div>
<div class="main fl">
 <div class="viewbox">
  <div class="title"><h1>@@H1@@</h1></div>
  <div class="info"><small>发布时间:</small>@@STAMP@@<small>来源:</small>大学生必备网<small>作者:</small>佚名<small>点击:</small><script src="/plus/count.php?view=yes&aid=@@AID@@&mid=1" type='text/javascript' language="javascript"></script>次</div>
  <div class="adtop"><script type="text/javascript">dxsbb_ad("view_top");</script></div>
  <div class="content">
@@PARAS@@
  </div>
  @@PAGER@@
  <div class="adbottom"><script type="text/javascript">dxsbb_ad("view_bottom");</script></div>
  <div class="context"><ul>@@PREVNEXT@@</ul></div>
 </div>
 <div class="xgwz"><h3>相关文章</h3><ul class="c2">
@@REL@@
 </ul></div>
</div>
<div class="sidebar fr">
 <div class="ad300"><script type="text/javascript">dxsbb_ad("right_300");</script></div>
 <div class="box"><h3>热门文章</h3><ul>
@@HOT@@
 </ul></div>
 <div class="box"><h3>最新更新</h3><ul>
@@NEW@@
 </ul></div>
 <div class="box"><h3>大学排名</h3><ul><li><a href="/paiming/">中国大学排名</a></li><li><a href="/paiming/zhuanye/">专业排名</a></li><li><a href="/paiming/shengfen/">各省大学排名</a></li></ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_大学生必备网",
        KEYWORDS=f"{speech.title},教师演讲稿",
        DESC=speech.paras[3][:70] + "...",
        PATH=url_of(aid, k),
        COL=COL,
        H1=speech.title,
        STAMP=stamp,
        AID=aid,
        PARAS=paras,
        PAGER=dede_pages(aid, count, k + 1) if count > 1 else "",
        PREVNEXT=prev_next,
        REL=ul(OTHERS[:4] + [(other[1], other[0].title)]),
        HOT=ul(HOTS),
        NEW=ul([(other[1], other[0].title)] + OTHERS[:3]),
    )


def listing(n):
    a1, a2 = ARTICLES
    rows = ([(a1[1], a1[0].title, "09-02"), (128761, OTHERS[0][1], "09-01"), (128702, OTHERS[1][1], "08-30")] if n == 1
            else [(127955, OTHERS[2][1], "08-19"), (a2[1], a2[0].title, "03-18"), (118847, OTHERS[4][1], "02-27")])
    items = "\n".join(
        f'<li><span>{d}</span><a href="{url_of(a)}" class="title" target="_blank">{t}</a></li>' for a, t, d in rows)
    if n == 1:
        pg = (f"<li><span class=\"pageinfo\">共 <strong>2</strong>页<strong>6</strong>条</span></li>\n<li><a>首页</a></li>\n"
              f"<li class=\"thisclass\">1</li>\n<li><a href='list_{TID}_2.html'>2</a></li>\n"
              f"<li><a href='list_{TID}_2.html'>下一页</a></li>\n<li><a href='list_{TID}_2.html'>末页</a></li>")
    else:
        pg = (f"<li><span class=\"pageinfo\">共 <strong>2</strong>页<strong>6</strong>条</span></li>\n<li><a href='list_{TID}_1.html'>首页</a></li>\n"
              f"<li><a href='list_{TID}_1.html'>上一页</a></li>\n<li><a href='list_{TID}_1.html'>1</a></li>\n"
              f"<li class=\"thisclass\">2</li>\n<li><a>末页</a></li>")
    body = f"""<div class="w1000 clearfix">
<div class="place">您现在的位置：<a href='/'>大学生必备网</a> &gt; <a href='/yanjianggao/'>演讲稿</a> &gt; <a href='{COL}'>教师演讲稿</a> &gt; </div>
<div class="main fl"><div class="listbox"><ul class="e2">
{items}
</ul>
<div class="dede_pages"><ul class="pagelist">
{pg}
</ul></div>
</div></div>
<div class="sidebar fr"><div class="box"><h3>热门文章</h3><ul>
{ul(HOTS)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else f"{COL}list_{TID}_{n}.html"
    return render(HEAD + body + FOOT, TITLE="教师演讲稿_大学生必备网" + (f"_第{n}页" if n > 1 else ""),
                  KEYWORDS="教师演讲稿", DESC="大学生必备网教师演讲稿栏目", PATH=path)


def home():
    a1, a2 = ARTICLES
    body = f"""<div class="w1000 clearfix">
<div class="ibox fl"><h2><a href="/yanjianggao/">演讲稿</a></h2><ul>
<li><a href="{url_of(a1[1])}" target="_blank">{a1[0].title}</a></li>
<li><a href="{url_of(a2[1])}" target="_blank">{a2[0].title}</a></li>
<li><a href="{url_of(128761)}" target="_blank">{OTHERS[0][1]}</a></li>
</ul><a class="more" href="{COL}">更多&gt;&gt;</a></div>
<div class="ibox fr"><h2><a href="/gaokao/">高考</a></h2><ul>
<li><a href="{url_of(126630)}" target="_blank">高考志愿填报技巧和方法</a></li>
<li><a href="{url_of(95213)}" target="_blank">2024年全国大学排名一览表</a></li>
</ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="大学生必备网_大学生的百科全书", KEYWORDS="大学生必备网,高考,大学排名,演讲稿",
                  DESC="大学生必备网", PATH="/")


def build() -> Family:
    fam = Family(HOST, "大学生必备网 (dxsbb.com)-like 演讲稿 channel on DedeCMS: GBK, /news/N.html + N_2.html page breaker (dede_pages pagelist)",
                 encoding="gbk", content_type="text/html")
    for idx, (speech, aid, _s, count) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = [url_of(aid, k) for k in range(count)]
        for k in range(count):
            fam.put(pages[k], article(idx, runs, k))
        fam.doc(pages, speech, published_at=ARTICLES[idx][2][:10])
        fam.not_documents += pages[1:]
    fam.put(COL, listing(1))
    fam.put(f"{COL}list_{TID}_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /plus/\nDisallow: /include/\nDisallow: /member/\nDisallow: /templets/\n")
    fam.not_documents += ["/", COL, f"{COL}list_{TID}_2.html"]
    fam.noise += ["您现在的位置", "发布时间", "相关文章", "热门文章", "最新更新", "湘ICP备09017232号-1", "上一篇", "下一篇", "大学生必备网，大学生的百科全书"]
    return fam
