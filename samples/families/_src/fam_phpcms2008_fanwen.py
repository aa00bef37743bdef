"""讲话稿 / 范文 site on PHPCMS 2008 SP4 (the GBK build, generated static HTML), 范文-site template.

PHPCMS 2008's static URL rule `{catdir}/{year}/{month}{day}/{contentid}.html`, a long speech cut by
the editor's 分页符 into `5127.html` / `5127_2.html` and joined by the `{$pages}` pager (上一页 / 1 / 2 /
下一页); the column lists `/jianghua/` (page 2 `/jianghua/2.html`); header `text/html` without a
charset and gb2312 in the meta tag over GBK bytes; the ad module's `data/js.php?id=N` placements plus
Baidu 联盟 (`cpro_id`) and AdSense (`adsbygoogle`) blocks labelled 广告 sit between the paragraphs of
the text; an anti-copy jammer: `<span class="sy_jm">…</span>` pieces (site name, URL) inside the
paragraphs, hidden by a class defined in the page's `<style>` block (not inline); `count.php?contentid=N`
hits script; 相关范文, 上一篇/下一篇, comments iframe."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fanwenku-suoyan-like.test"
SITE = "索言范文库"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/templates/default/skins/default/phpcms.css" rel="stylesheet" type="text/css" />
<link href="/templates/default/skins/fanwen/fanwen.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/js/css.js"></script>
<script type="text/javascript" src="/images/js/jquery.min.js"></script>
<script type="text/javascript" src="/images/js/common.js"></script>
<script type="text/javascript" src="/images/js/MyFlash.js"></script>
<style type="text/css">
.content p{ text-indent:2em; line-height:28px; margin:0 0 12px 0; font-size:14px; }
.sy_jm{ display:none; }
.ad_inner{ margin:10px auto; text-align:center; }
.ad_inner .ad_tag{ font-size:12px; color:#999; text-align:left; }
</style>
<script type="text/javascript">
var phpcms_path = '/';
var cookie_pre = 'sy_';
var cookie_domain = '';
var cookie_path = '/';
var get_url = 'get.php';
</script>
</head>
<body>
<div id="top">
  <div class="top_l">欢迎光临""" + SITE + """！ <a href="/member/login.php">登录</a> | <a href="/member/register.php">注册</a></div>
  <div class="top_r"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://""" + HOST + """/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://""" + HOST + """/','""" + SITE + """')">加入收藏</a> | <a href="/sitemap.html">网站地图</a></div>
</div>
<div id="header">
  <div class="logo"><a href="/"><img src="/images/logo.gif" alt=\"""" + SITE + """" width="260" height="60" /></a></div>
  <div class="banner"><script language="javascript" src="/data/js.php?id=1"></script></div>
</div>
<div id="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li@@CUR_JH@@><a href="/jianghua/">领导讲话</a></li>
    <li@@CUR_ZC@@><a href="/zhici/">致辞讲话</a></li>
    <li><a href="/fayan/">发言稿</a></li>
    <li><a href="/yanjiang/">演讲稿</a></li>
    <li><a href="/zongjie/">工作总结</a></li>
    <li><a href="/jihua/">工作计划</a></li>
    <li><a href="/xindetihui/">心得体会</a></li>
    <li><a href="/shuzhi/">述职报告</a></li>
  </ul>
</div>
<div id="search"><form name="search" action="/search/search.php" method="get" target="_blank"><input type="hidden" name="action" value="search" /><input type="text" name="q" size="30" class="inputtext" /> <select name="type"><option value="title">标题</option><option value="content">全文</option></select> <input type="submit" value="搜索范文" class="button_style" /></form>
热门搜索：<a href="/search/search.php?q=%BD%B2%BB%B0%B8%E5">讲话稿</a> <a href="/search/search.php?q=%D6%C2%B4%C7">致辞</a> <a href="/search/search.php?q=%B7%A2%D1%D4%B8%E5">发言稿</a></div>
<div class="clear"></div>
"""

FOOT = """<div class="clear"></div>
<div id="footer">
  <p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/about/ads.html">广告服务</a> | <a href="/sitemap.html">网站地图</a> | <a href="/guestbook/">留言反馈</a></p>
  <p>本站范文均来自网络及网友投稿，仅供学习参考，如有侵权请联系删除。</p>
  <p>Copyright &copy; 2009-2025 """ + SITE + """ All Rights Reserved. <a href="http://www.miibeian.gov.cn/" target="_blank">豫ICP备10027315号</a></p>
  <p class="powered">Powered by <a href="http://www.phpcms.cn" target="_blank">Phpcms 2008</a> &copy; 2008 <a href="http://www.phpcms.cn" target="_blank">Phpcms Inc.</a></p>
</div>
<script type="text/javascript" src="/data/js.php?id=9"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8f2b1c7a9e4d3c6b5a0f1e2d3c4b5a69";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# the anti-copy pieces the template sprinkles into the text (hidden by the class in <style>)
JAM = ["索言范文库", "www.fanwenku-suoyan-like.test", "sy范文", "版权所有"]

AD_BAIDU = """<div class="ad_inner"><div class="ad_tag">广告</div>
<script type="text/javascript">
    var cpro_id = "u2318764";
</script>
<script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script>
</div>"""

AD_GOOGLE = """<div class="ad_inner"><div class="ad_tag">广告</div>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-6082179336410972" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:inline-block;width:640px;height:90px" data-ad-client="ca-pub-6082179336410972" data-ad-slot="4471290633"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</div>"""

AD_SELF = """<div class="ad_inner"><div class="ad_tag">广告</div><script language="javascript" src="/data/js.php?id=@@ID@@"></script></div>"""

ARTS = [
    {"key": "f54a-1", "cat": "jianghua", "catname": "领导讲话", "dir": "2024/0322", "id": 5127, "time": "2024-03-22 09:41:17", "parts": 2, "hits": 3871},
    {"key": "f54a-2", "cat": "zhici", "catname": "致辞讲话", "dir": "2025/0119", "id": 6033, "time": "2025-01-19 16:05:52", "parts": 1, "hits": 1206},
]


def jam(text: str, seed: int) -> str:
    """Put hidden pieces after the 2nd comma / full stop of a paragraph (the site's jammer)."""
    marks = [i for i, ch in enumerate(text) if ch in "，。"]
    if len(marks) < 3:
        return text
    at = marks[1 + seed % (len(marks) - 2)] + 1
    piece = f'<span class="sy_jm">{JAM[seed % len(JAM)]}</span>'
    return text[:at] + piece + text[at:]


def body(paras: list[str], start: int) -> str:
    out = []
    for i, p in enumerate(paras):
        n = start + i
        if p.startswith(("一、", "二、", "三、")):
            out.append(f"<p><strong>{p}</strong></p>")
        else:
            out.append(f"<p>{jam(p, n)}</p>")
        if i == 2:
            out.append(AD_BAIDU)
        elif i == 5:
            out.append(render(AD_SELF, ID=12))
        elif i == 8:
            out.append(AD_GOOGLE)
    return "\n".join(out)


def url(a, n=1):
    return f"/{a['cat']}/{a['dir']}/{a['id']}" + (f"_{n}" if n > 1 else "") + ".html"


def pages_bar(a, n):
    if a["parts"] == 1:
        return ""
    prev = f'<a href="{url(a, n - 1)}">上一页</a>' if n > 1 else '<a href="#">上一页</a>'
    nxt = f'<a href="{url(a, n + 1)}">下一页</a>' if n < a["parts"] else '<a href="#">下一页</a>'
    nums = " ".join(f'<span>{i}</span>' if i == n else f'<a href="{url(a, i)}">{i}</a>' for i in range(1, a["parts"] + 1))
    return f'<div id="pages">{prev} {nums} {nxt}</div>'


ARTICLE = HEAD + """<div id="main">
<div class="left">
  <div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/@@CAT@@/">@@CATNAME@@</a> &gt;&gt; 正文</div>
  <div id="article">
    <h1>@@H1@@</h1>
    <div class="info">时间：@@TIME@@　来源：网友投稿　作者：佚名　点击：<span id="hits">0</span>次 <script language="javascript" src="/count.php?contentid=@@ID@@"></script>　<a href="javascript:window.print();">打印</a>　<a href="/member/favorite.php?contentid=@@ID@@">收藏</a></div>
    <div class="ad_inner"><div class="ad_tag">广告</div><script language="javascript" src="/data/js.php?id=5"></script></div>
    <div class="content" id="content">
@@BODY@@
    </div>
@@PAGES@@
@@TAIL@@
    <div class="ad_inner"><div class="ad_tag">广告</div><script language="javascript" src="/data/js.php?id=6"></script></div>
    <div class="next_pre">
      <p>上一篇：<a href="@@PREV_URL@@">@@PREV@@</a></p>
      <p>下一篇：<a href="@@NEXT_URL@@">@@NEXT@@</a></p>
    </div>
    <div class="related"><h3>相关范文</h3>
      <ul>@@RELATED@@</ul>
    </div>
    <div class="comment"><h3>网友评论</h3><iframe src="/comment/show.php?keyid=phpcms-content-title-@@ID@@" width="100%" height="200" frameborder="0" scrolling="no"></iframe></div>
  </div>
</div>
<div class="right">
  <div class="box"><h3>本类热门</h3><ul>@@HOT@@</ul></div>
  <div class="ad_side"><div class="ad_tag">广告</div><script language="javascript" src="/data/js.php?id=7"></script></div>
  <div class="box"><h3>推荐范文</h3><ul><li><a href="/fayan/2024/1108/5933.html">在县委理论学习中心组集体学习会上的发言</a></li><li><a href="/shuzhi/2024/1230/6012.html">2024年度个人述职报告（乡镇干部）</a></li><li><a href="/yanjiang/2024/0504/5340.html">青春正当时 奋斗正当时——五四演讲稿</a></li></ul></div>
</div>
</div>
""" + FOOT

TAIL = """<div class="fw_tip">本文《@@TITLE@@》由网友投稿整理，仅供学习参考。如需转载，请注明来源""" + SITE + """：http://""" + HOST + """@@URL@@</div>"""


def article_page(a, n, runs, other):
    s = SPEECHES[a["key"]]
    start = sum(len(r) for r in runs[: n - 1])
    h1 = s.title + (f"({n})" if n > 1 else "")
    hot = "".join(f'<li><a href="{url(x)}">{SPEECHES[x["key"]].title}</a></li>' for x in ARTS)
    related = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [(url(other), SPEECHES[other["key"]].title), ("/jianghua/2023/1215/4876.html", "在全市安全生产工作会议上的讲话范文"), ("/jianghua/2024/0227/5088.html", "在全县春季农业生产工作会议上的讲话")]
    )
    return render(
        ARTICLE,
        TITLE=f"{h1}_{a['catname']}_{SITE}",
        KW=f"{s.title},{a['catname']},讲话稿范文",
        DESC=s.paras[1][:60],
        CUR_JH=' class="current"' if a["cat"] == "jianghua" else "",
        CUR_ZC=' class="current"' if a["cat"] == "zhici" else "",
        CAT=a["cat"],
        CATNAME=a["catname"],
        H1=h1,
        TIME=a["time"],
        ID=a["id"],
        BODY=body(runs[n - 1], start),
        PAGES=pages_bar(a, n),
        TAIL=render(TAIL, TITLE=s.title, URL=url(a)) if n == a["parts"] else "",
        PREV_URL=url(other),
        PREV=SPEECHES[other["key"]].title,
        NEXT_URL="/jianghua/2024/0410/5199.html",
        NEXT="在全市城市管理工作会议上的讲话",
        RELATED=related,
        HOT=hot,
    )


def listing(cat, catname, rows, page, total_pages):
    pager = []
    if total_pages > 1:
        pager.append(f"<a href=\"/{cat}/\">首页</a>")
        if page > 1:
            pager.append(f"<a href=\"/{cat}/\">上一页</a>" if page == 2 else f"<a href=\"/{cat}/{page - 1}.html\">上一页</a>")
        for i in range(1, total_pages + 1):
            pager.append(f"<span>{i}</span>" if i == page else (f"<a href=\"/{cat}/\">{i}</a>" if i == 1 else f"<a href=\"/{cat}/{i}.html\">{i}</a>"))
        if page < total_pages:
            pager.append(f"<a href=\"/{cat}/{page + 1}.html\">下一页</a>")
        pager.append(f"<a href=\"/{cat}/{total_pages}.html\">尾页</a>")
    items = "\n".join(
        f'<li><span class="date">{d}</span><a href="{u}" target="_blank">{t}</a><p>{intro}……</p></li>' for u, t, d, intro in rows
    )
    html = HEAD + f"""<div id="main">
<div class="left">
  <div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/{cat}/">{catname}</a></div>
  <div class="list"><ul class="text_list">
{items}
  </ul>
  <div id="pages">总数：{len(rows) + 18} 条 {' '.join(pager)}</div>
  </div>
</div>
</div>
""" + FOOT
    return render(html, TITLE=f"{catname}" + (f"_第{page}页" if page > 1 else "") + f"_{SITE}", KW=catname, DESC=f"{catname}范文大全",
                  CUR_JH=' class="current"' if cat == "jianghua" else "", CUR_ZC=' class="current"' if cat == "zhici" else "")


def build() -> Family:
    fam = Family(HOST, "范文 site on PHPCMS 2008 SP4 (GBK, static HTML; ads and a class-hidden jammer in the text)",
                 encoding="gbk", content_type="text/html")
    fam.site_note = "PHPCMS 2008 generated HTML served by Apache without a charset; gb2312 meta, GBK bytes"
    a1, a2 = ARTS
    s1, s2 = SPEECHES[a1["key"]], SPEECHES[a2["key"]]
    runs1 = split_paras(s1.paras, 2)
    fam.put(url(a1), article_page(a1, 1, runs1, a2))
    fam.put(url(a1, 2), article_page(a1, 2, runs1, a2))
    fam.doc([url(a1), url(a1, 2)], s1, published_at="2024-03-22")
    fam.not_documents.append(url(a1, 2))
    fam.put(url(a2), article_page(a2, 1, [s2.paras], a1))
    fam.doc([url(a2)], s2, published_at="2025-01-19")

    other_jh = [
        ("/jianghua/2024/0410/5199.html", "在全市城市管理工作会议上的讲话", "2024-04-10", "同志们：今天召开全市城市管理工作会议"),
        ("/jianghua/2024/0227/5088.html", "在全县春季农业生产工作会议上的讲话", "2024-02-27", "同志们：当前正值春耕备耕的关键时期"),
    ]
    rows_jh = [other_jh[0], (url(a1), s1.title, "2024-03-22", "同志们：今天召开全市道路交通安全工作会议"), other_jh[1]]
    fam.put("/jianghua/", listing("jianghua", "领导讲话", rows_jh, 1, 2))
    rows_jh2 = [("/jianghua/2023/1215/4876.html", "在全市安全生产工作会议上的讲话范文", "2023-12-15", "同志们：岁末年初是安全生产事故易发多发期"),
                ("/jianghua/2023/1102/4711.html", "在全县招商引资工作推进会上的讲话", "2023-11-02", "同志们：招商引资是经济工作的生命线")]
    fam.put("/jianghua/2.html", listing("jianghua", "领导讲话", rows_jh2, 2, 2))
    rows_zc = [(url(a2), s2.title, "2025-01-19", "各位同事、各位家人：大家晚上好"),
               ("/zhici/2024/1228/6001.html", "在公司新年晚会上的致辞", "2024-12-28", "各位来宾、同事们：辞旧迎新之际")]
    fam.put("/zhici/", listing("zhici", "致辞讲话", rows_zc, 1, 1))

    home = HEAD + f"""<div id="main">
<div class="left">
  <div class="box"><h3><a href="/jianghua/">领导讲话</a></h3><ul>
    <li><a href="{url(a1)}">{s1.title}</a> <span>03-22</span></li>
    <li><a href="/jianghua/2024/0410/5199.html">在全市城市管理工作会议上的讲话</a> <span>04-10</span></li>
  </ul><div class="more"><a href="/jianghua/">更多&gt;&gt;</a></div></div>
  <div class="ad_inner"><div class="ad_tag">广告</div><script language="javascript" src="/data/js.php?id=3"></script></div>
  <div class="box"><h3><a href="/zhici/">致辞讲话</a></h3><ul>
    <li><a href="{url(a2)}">{s2.title}</a> <span>01-19</span></li>
  </ul><div class="more"><a href="/zhici/">更多&gt;&gt;</a></div></div>
</div>
<div class="right"><div class="box"><h3>网站公告</h3><ul><li>本站所有范文仅供参考，请勿直接照搬使用。</li></ul></div></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE=f"{SITE}_讲话稿_发言稿_致辞_范文大全", KW="范文,讲话稿,发言稿,致辞", DESC=f"{SITE}提供各类讲话稿、发言稿、致辞范文", CUR_JH="", CUR_ZC=""))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /member/\nDisallow: /search/\nDisallow: /comment/\n")
    fam.not_documents += ["/", "/jianghua/", "/jianghua/2.html", "/zhici/"]
    fam.check_ignore += JAM
    fam.noise += ["cpro_id", "adsbygoogle", "广告", "sy范文", "网友投稿", "相关范文", "如需转载，请注明来源", "豫ICP备10027315号", "上一篇："]
    fam.note = "jammer spans (class sy_jm, hidden by the <style> block) sit inside paragraphs and are not text; page 2 of the 2-page speech is a continuation page"
    return fam
