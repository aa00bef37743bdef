"""A 瑞文网 (ruiwen.com)-like 范文 site: UTF-8 article pages `/article/N.html`; the title block with the
推荐度 star row (`span.tjd` of `i.star` / `i.star_off`), 文章来源 / 作者 / 时间 line, the editor's
`在日常的学习、工作、生活中…下面是小编整理的…，欢迎大家分享。` intro and an `h3` repeating the title
before the text in `div.content#article`, the copy guard (`oncopy` / `user-select:none`) with its
复制全文 / 下载本文 buttons and the `本文已影响N人` line right under the text, the 下载文档 pop-up box
(`此文档下载收益归作者所有`), ad slots (`rw_ad`), 相关推荐 list, 上一篇/下一篇, 热门 column,
footer with ICP line. Column `/jianghuagao/` with `list_2.html`."""

from common import SPEECHES, Family, render

HOST = "www.ruiwen-like.test"
COL = "/jianghuagao/"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://m.ruiwen-like.test@@PATH@@">
<link rel="stylesheet" href="/static/css/main.css?v=3.2.6">
<script src="/static/js/jquery-1.8.3.min.js"></script>
<script src="/static/js/rw_ad.js?v=3.2.6"></script>
</head>
<body>
<div class="top"><div class="wrap"><span class="welcome">瑞文网-海量范文大全</span><span class="toplink"><a href="/member/login.html" rel="nofollow">登录</a>|<a href="/member/reg.html" rel="nofollow">注册</a>|<a href="/vip/" rel="nofollow" class="vip">开通VIP</a></span></div></div>
<div class="header wrap">
<div class="logo"><a href="/"><img src="/static/images/logo.png" alt="瑞文网"></a></div>
<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" class="txt" placeholder="搜索你想要的范文"><button type="submit">搜索</button></form></div>
</div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zuowen/">作文</a></li><li><a href="/gongwen/">公文</a></li><li class="cur"><a href="/jianghuagao/">讲话稿</a></li><li><a href="/yanjianggao/">演讲稿</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/hetong/">合同范本</a></li></ul></div>
"""

FOOT = """<div class="footer">
<div class="wrap">
<p><a href="/about/" rel="nofollow">关于我们</a> - <a href="/about/contact.html" rel="nofollow">联系我们</a> - <a href="/about/copyright.html" rel="nofollow">版权声明</a> - <a href="/about/disclaimer.html" rel="nofollow">免责声明</a> - <a href="/sitemap.html">网站地图</a></p>
<p>本站部分文章来自网络，如有侵权请联系删除。</p>
<p>Copyright &copy; 2013-2024 瑞文网 www.ruiwen-like.test 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">鄂ICP备14016284号-3</a></p>
</div>
</div>
<script src="/static/js/common.js?v=3.2.6"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a1b2c3d4e5f60718293a4b5c6d7e8f90";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, id, 时间, 作者, stars, 影响人数, intro subject
ARTICLES = [
    (SPEECHES["F34A3"], 4873215, "2024-06-21 15:32:08", "Heisenberg", 4, 2316, "毕业典礼致辞"),
    (SPEECHES["F34A4"], 4615087, "2023-07-10 09:47:53", "星光", 5, 1058, "讲话稿"),
]
REC = [
    (4873301, "毕业典礼院长致辞范文（通用10篇）"),
    (4873544, "大学毕业典礼校长讲话稿"),
    (4615240, "新员工培训开班领导讲话"),
    (4602218, "企业新员工入职欢迎致辞"),
    (4588013, "职业院校毕业典礼教师代表发言稿"),
]
HOT = [(4801121, "在全县经济工作会议上的讲话"), (4790032, "春节团拜会致辞（精选8篇）"), (4766510, "七一表彰大会讲话稿")]


def url_of(aid):
    return f"/article/{aid}.html"


def stars(n):
    return "".join('<i class="star"></i>' if i < n else '<i class="star_off"></i>' for i in range(5))


def li(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx):
    speech, aid, stamp, author, star, reads, subject = ARTICLES[idx]
    other = ARTICLES[1 - idx]
    intro = (f"<p>　　在日常的学习、工作、生活中，大家都经常接触到{subject}吧，{subject}是在特定场合发表的讲话文稿，"
             f"要符合场合和听众的特点。那么什么样的{subject}才是好的呢？下面是小编整理的{speech.title}，欢迎大家分享。</p>")
    paras = "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    body = """<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">瑞文网</a> &gt; <a href="/jianghuagao/">讲话稿</a> &gt; 正文</div>
<div class="main">
<div class="article">
  <div class="title"><h1>@@H1@@</h1></div>
  <div class="info">
    <span class="tjd">推荐度：@@STARS@@</span>
    <span>文章来源：瑞文网</span>
    <span>作者：@@AUTHOR@@</span>
    <span>时间：@@STAMP@@</span>
  </div>
  <div class="rw_ad ad_top"><script>rw_ad("article_top");</script></div>
  <div class="content" id="article" oncopy="return copy_tip();" style="-webkit-user-select:none;user-select:none;">
@@INTRO@@
<h3>@@H1@@</h3>
@@PARAS@@
  </div>
  <div class="read_more"><p class="yx">本文已影响<span>@@READS@@</span>人</p></div>
  <div class="downbox">
    <a href="javascript:;" class="btn_copy" onclick="copy_article(@@AID@@)">复制全文</a>
    <a href="javascript:;" class="btn_down" onclick="down_article(@@AID@@)">下载本文</a>
    <p class="tips">下载提示：文档为doc格式，可直接编辑使用</p>
  </div>
  <div class="rw_ad ad_bottom"><script>rw_ad("article_bottom");</script></div>
  <div class="prenext"><p>上一篇：<a href="@@PU@@">@@PT@@</a></p><p>下一篇：<a href="@@NU@@">@@NT@@</a></p></div>
</div>
<div class="relate">
  <div class="hd"><h3>相关推荐</h3></div>
  <ul>
@@REC@@
  </ul>
</div>
</div>
<div class="side">
  <div class="rw_ad ad_side"><script>rw_ad("side_top");</script></div>
  <div class="sidebox"><div class="hd"><h3>热门范文</h3></div><ul>
@@HOT@@
  </ul></div>
  <div class="sidebox"><div class="hd"><h3>讲话稿</h3></div><ul>
@@COLHOT@@
  </ul></div>
</div>
</div>
<div class="pop_down" id="pop_down" style="display:none;">
  <div class="pop_hd">下载文档<a href="javascript:;" class="close" onclick="$('#pop_down').hide();">×</a></div>
  <div class="pop_bd"><p class="name">@@H1@@.doc</p><p>此文档下载收益归作者所有</p><p class="price">下载本文档需开通VIP会员</p><a href="/vip/?from=down" class="btn_vip" rel="nofollow">开通VIP 立即下载</a></div>
</div>
<div class="pop_copy" id="pop_copy" style="display:none;"><p>复制成功，登录后可复制全文！</p><a href="/member/login.html" rel="nofollow">立即登录</a></div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_瑞文网",
        KEYWORDS=f"{speech.title},{subject}",
        DESC=speech.paras[2][:90],
        PATH=url_of(aid),
        H1=speech.title,
        STARS=stars(star),
        AUTHOR=author,
        STAMP=stamp,
        INTRO=intro,
        PARAS=paras,
        READS=reads,
        AID=aid,
        PU=url_of(REC[idx * 2][0]),
        PT=REC[idx * 2][1],
        NU=url_of(other[1]),
        NT=other[0].title,
        REC=li(REC + [(other[1], other[0].title)]),
        HOT=li(HOT),
        COLHOT=li([(other[1], other[0].title)] + REC[:2]),
    )


FILLER = [
    (4890017, "在防汛工作部署会上的讲话", "2024-07-02"),
    (4873301, "毕业典礼院长致辞范文（通用10篇）", "2024-06-21"),
    (4801121, "在全县经济工作会议上的讲话", "2024-01-15"),
    (4766510, "七一表彰大会讲话稿", "2023-06-30"),
    (4602218, "企业新员工入职欢迎致辞", "2023-07-03"),
]


def listing(n):
    a1, a2 = ARTICLES
    rows = [FILLER[0], (a1[1], a1[0].title, a1[2][:10]), FILLER[1], FILLER[2]] if n == 1 else [FILLER[3], (a2[1], a2[0].title, a2[2][:10]), FILLER[4]]
    items = "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for a, t, d in rows)
    pg = ('<div class="pages"><span class="cur">1</span><a href="/jianghuagao/list_2.html">2</a><a href="/jianghuagao/list_2.html">下一页</a></div>'
          if n == 1 else '<div class="pages"><a href="/jianghuagao/">上一页</a><a href="/jianghuagao/">1</a><span class="cur">2</span></div>')
    body = f"""<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">瑞文网</a> &gt; 讲话稿</div>
<div class="main"><div class="listbox"><div class="hd"><h2>讲话稿</h2></div><ul class="list">
{items}
</ul>
{pg}
</div></div>
<div class="side"><div class="sidebox"><div class="hd"><h3>热门范文</h3></div><ul>
{li(HOT)}
</ul></div></div>
</div>
"""
    path = COL if n == 1 else COL + "list_2.html"
    return render(HEAD + body + FOOT, TITLE="讲话稿_讲话稿范文大全_瑞文网" + ("_第2页" if n > 1 else ""),
                  KEYWORDS="讲话稿,领导讲话稿", DESC="瑞文网讲话稿频道", PATH=path)


def home():
    a1 = ARTICLES[0]
    body = f"""<div class="wrap clearfix">
<div class="idx_box"><div class="hd"><h2><a href="/jianghuagao/">讲话稿</a></h2><a href="/jianghuagao/" class="more">更多</a></div><ul>
<li><a href="{url_of(a1[1])}" target="_blank">{a1[0].title}</a></li>
<li><a href="{url_of(4890017)}" target="_blank">在防汛工作部署会上的讲话</a></li>
</ul></div>
<div class="idx_box"><div class="hd"><h2><a href="/zuowen/">作文</a></h2></div><ul><li><a href="/article/4889120.html" target="_blank">难忘的一件事作文</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="瑞文网_范文大全_作文_工作总结_讲话稿", KEYWORDS="瑞文网,范文,讲话稿",
                  DESC="瑞文网提供海量范文", PATH="/")


def build() -> Family:
    fam = Family(HOST, "瑞文网 (ruiwen.com)-like 范文 site: /article/N.html with 推荐度 stars, 文章来源/作者 line, 复制全文/下载本文 box")
    for idx, (speech, aid, *_r) in enumerate(ARTICLES):
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech)
    fam.put(COL, listing(1))
    fam.put(COL + "list_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /member/\nDisallow: /search/\n")
    fam.not_documents += ["/", COL, COL + "list_2.html"]
    fam.noise += ["推荐度", "文章来源：瑞文网", "下面是小编整理的", "本文已影响", "复制全文", "下载本文", "此文档下载收益归作者所有",
                  "相关推荐", "热门范文", "上一篇", "鄂ICP备14016284号-3", "开通VIP"]
    return fam
