"""A 语文迷 (yuwenmi.com)-like 演讲稿 channel: UTF-8 article pages `/yanjianggao/N.html` titled
`标题 - 语文迷`; the 语文迷 header (logo, search, 作文 / 演讲稿 / 诗词 / 成语 / 名言 nav and a sub-nav of the
演讲稿 columns), crumb (语文迷 > 演讲稿 > 国旗下讲话 > 正文), `h1`, `div.info` (发布时间 / 作者：语文迷 /
阅读 counter span), `yuwenmi_ad` slots, the text in `div.content` opened by the editor's
`导语：…` line and closed by the bold `更多精彩演讲稿推荐：` line with its links, 上一篇 / 下一篇,
the 相关推荐 list, right column (热门演讲稿, 演讲稿栏目 tags, 微信扫一扫 QR), footer with ICP.
Column `/yanjianggao/guoqixia/` with `list_2.html`."""

from common import SPEECHES, Family, render

HOST = "www.yuwenmi-like.test"
COLS = {"guoqixia": "国旗下讲话", "zhici": "致辞"}

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=https://m.yuwenmi-like.test@@PATH@@" />
<link rel="stylesheet" type="text/css" href="/skin/css/main.css" />
<script type="text/javascript" src="/skin/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/skin/js/yuwenmi_ad.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="welcome">欢迎来到语文迷！</span><span class="topr"><a href="https://m.yuwenmi-like.test/" target="_blank">手机版</a> | <a href="/e/member/login/" rel="nofollow">登录</a> | <a href="/e/member/register/" rel="nofollow">注册</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a></span></div></div>
<div class="header wrap"><div class="logo"><a href="/" title="语文迷"><img src="/skin/images/logo.png" alt="语文迷" /></a></div>
<div class="search"><form action="/e/search/index.php" method="post" target="_blank"><input type="hidden" name="show" value="title" /><input type="text" name="keyboard" class="key" placeholder="搜索作文、演讲稿、诗词" /><input type="submit" class="btn" value="搜索" /></form></div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/zuowen/">作文</a><a href="/yanjianggao/" class="cur">演讲稿</a><a href="/shici/">诗词</a><a href="/chengyu/">成语</a><a href="/mingyan/">名言</a><a href="/sanwen/">散文</a><a href="/juzi/">句子</a><a href="/jiaoan/">教案</a><a href="/fanwen/">范文</a></div></div>
<div class="subnav wrap"><a href="/yanjianggao/guoqixia/">国旗下讲话</a><a href="/yanjianggao/zhici/">致辞</a><a href="/yanjianggao/jingxuan/">精选演讲稿</a><a href="/yanjianggao/lizhi/">励志演讲稿</a><a href="/yanjianggao/xuesheng/">学生演讲稿</a><a href="/yanjianggao/jiaoshi/">教师演讲稿</a></div>
"""

FOOT = """<div class="footer"><div class="wrap">
<p><a href="/about.html" rel="nofollow">关于我们</a> - <a href="/contact.html" rel="nofollow">联系我们</a> - <a href="/copyright.html" rel="nofollow">版权声明</a> - <a href="/sitemap.html">网站地图</a></p>
<p>语文迷所有文章均来自网友投稿及互联网，仅供学习交流，如有侵权请告知，我们会尽快删除。</p>
<p>Copyright &copy; 2015-2024 语文迷 www.yuwenmi-like.test <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">蜀ICP备15026631号-1</a></p>
</div></div>
<script type="text/javascript">yuwenmi_ad("right_float");</script>
<script type="text/javascript" src="/skin/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c1b9a8e2d3f40516f7e8d9c0b1a2e3f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, column, id, 发布时间, 导语
ARTICLES = [
    (SPEECHES["f43d-5"], "guoqixia", 3092614, "2024-04-15",
     "导语：时间是最公平的，它给每个人的都是一天二十四小时。下面是语文迷小编为大家整理的国旗下讲话稿，欢迎阅读参考。"),
    (SPEECHES["f43d-6"], "zhici", 3187305, "2024-06-21",
     "导语：又是一年毕业季，孩子们即将告别小学校园。下面是语文迷小编带来的小学毕业典礼家长代表致辞，希望对大家有所帮助。"),
]
MORE = {
    3092614: [(3092588, "珍惜时间的国旗下讲话"), (3091733, "青春励志国旗下讲话稿"), (3090406, "初中生国旗下讲话稿")],
    3187305: [(3187291, "小学毕业典礼校长致辞"), (3186950, "小学毕业典礼教师代表致辞"), (3186022, "小学毕业典礼学生代表发言稿")],
}
HOTS = [(3102218, "关于感恩的演讲稿"), (3150477, "我的中国梦演讲稿"), (3011865, "读书伴我成长演讲稿"), (3178810, "安全教育国旗下讲话")]


def url_of(aid):
    return f"/yanjianggao/{aid}.html"


def ul(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(idx):
    speech, col, aid, date, lead = ARTICLES[idx]
    other = ARTICLES[1 - idx]
    more = "　".join(f'<a href="{url_of(a)}" target="_blank">{t}</a>' for a, t in MORE[aid])
    paras = ([f'<p class="daoyu">{lead}</p>'] + [f"<p>　　{p}</p>" for p in speech.paras]
             + [f'<p><strong>更多精彩演讲稿推荐：</strong></p><p>{more}</p>'])
    body = """<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">语文迷</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="/yanjianggao/@@COL@@/">@@COLNAME@@</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>@@H1@@</h1>
<div class="info">发布时间：@@DATE@@<span>作者：语文迷</span><span>阅读：<em id="hits"><script src="/e/public/ViewClick/?classid=@@CLASSID@@&id=@@AID@@&addclick=1"></script></em></span></div>
<div class="ad_art_top"><script type="text/javascript">yuwenmi_ad("art_top");</script></div>
<div class="content">
@@PARAS@@
</div>
<div class="ad_art_bottom"><script type="text/javascript">yuwenmi_ad("art_bottom");</script></div>
<div class="updown"><p>上一篇：<a href="@@PREV@@">@@PREVT@@</a></p><p>下一篇：<a href="@@NEXT@@">@@NEXTT@@</a></p></div>
</div>
<div class="xgtj"><div class="tit"><h3>相关推荐</h3></div><ul>
@@REL@@
</ul></div>
</div>
<div class="right">
<div class="ad_r"><script type="text/javascript">yuwenmi_ad("right_top");</script></div>
<div class="rbox"><div class="tit"><h3>热门演讲稿</h3></div><ol>
@@HOT@@
</ol></div>
<div class="rbox tags"><div class="tit"><h3>演讲稿栏目</h3></div><p><a href="/yanjianggao/guoqixia/">国旗下讲话</a><a href="/yanjianggao/zhici/">致辞</a><a href="/yanjianggao/lizhi/">励志演讲稿</a><a href="/yanjianggao/xuesheng/">学生演讲稿</a></p></div>
<div class="rbox wx"><img src="/skin/images/weixin.jpg" alt="语文迷微信公众号" /><p>微信扫一扫，关注语文迷</p></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title} - 语文迷",
        KEYWORDS=f"{speech.title},{COLS[col]}",
        DESC=lead[3:80],
        PATH=url_of(aid),
        COL=col,
        COLNAME=COLS[col],
        H1=speech.title,
        DATE=date,
        CLASSID=41 if col == "guoqixia" else 45,
        AID=aid,
        PARAS="\n".join(paras),
        PREV=url_of(MORE[aid][0][0]),
        PREVT=MORE[aid][0][1],
        NEXT=url_of(other[2]),
        NEXTT=other[0].title,
        REL=ul(MORE[aid][1:] + [(other[2], other[0].title)] + HOTS[:2]),
        HOT=ul(HOTS),
    )


def listing(n):
    a1 = ARTICLES[0]
    rows = ([(3178810, "安全教育国旗下讲话", "2024-05-27"), (a1[2], a1[0].title, a1[3]), (3092588, "珍惜时间的国旗下讲话", "2024-04-14")] if n == 1
            else [(3091733, "青春励志国旗下讲话稿", "2024-04-09"), (3090406, "初中生国旗下讲话稿", "2024-04-01")])
    items = "\n".join(f'<li><span class="time">{d}</span><a href="{url_of(a)}" target="_blank">{t}</a></li>' for a, t, d in rows)
    pg = ('<div class="pagelist"><b>1</b>&nbsp;<a href="/yanjianggao/guoqixia/list_2.html">2</a>&nbsp;<a href="/yanjianggao/guoqixia/list_2.html">下一页</a>&nbsp;<a href="/yanjianggao/guoqixia/list_2.html">尾页</a></div>'
          if n == 1 else
          '<div class="pagelist"><a href="/yanjianggao/guoqixia/">首页</a>&nbsp;<a href="/yanjianggao/guoqixia/">上一页</a>&nbsp;<a href="/yanjianggao/guoqixia/">1</a>&nbsp;<b>2</b></div>')
    body = f"""<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">语文迷</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; 国旗下讲话</div>
<div class="left"><div class="listbox"><h2>国旗下讲话</h2><ul class="list">
{items}
</ul>
{pg}
</div></div>
<div class="right"><div class="rbox"><div class="tit"><h3>热门演讲稿</h3></div><ol>
{ul(HOTS)}
</ol></div></div>
</div>
"""
    path = "/yanjianggao/guoqixia/" + ("list_2.html" if n > 1 else "")
    return render(HEAD + body + FOOT, TITLE="国旗下讲话 - 语文迷" + ("(第2页)" if n > 1 else ""), KEYWORDS="国旗下讲话",
                  DESC="语文迷国旗下讲话栏目", PATH=path)


def zhici_listing():
    a2 = ARTICLES[1]
    items = "\n".join(f'<li><span class="time">{d}</span><a href="{url_of(a)}" target="_blank">{t}</a></li>'
                      for a, t, d in [(a2[2], a2[0].title, a2[3]), (3187291, "小学毕业典礼校长致辞", "2024-06-20")])
    body = f"""<div class="wrap clearfix">
<div class="crumb">当前位置：<a href="/">语文迷</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; 致辞</div>
<div class="left"><div class="listbox"><h2>致辞</h2><ul class="list">
{items}
</ul>
<div class="pagelist"><b>1</b></div>
</div></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="致辞 - 语文迷", KEYWORDS="致辞", DESC="语文迷致辞栏目", PATH="/yanjianggao/zhici/")


def home():
    a1, a2 = ARTICLES
    body = f"""<div class="wrap clearfix">
<div class="ibox"><div class="tit"><h2><a href="/yanjianggao/">演讲稿</a></h2><a class="more" href="/yanjianggao/guoqixia/">更多</a></div><ul>
<li><a href="{url_of(a1[2])}" target="_blank">{a1[0].title}</a></li>
<li><a href="{url_of(a2[2])}" target="_blank">{a2[0].title}</a></li>
<li><a href="{url_of(3150477)}" target="_blank">我的中国梦演讲稿</a></li>
</ul></div>
<div class="ibox"><div class="tit"><h2><a href="/zuowen/">作文</a></h2></div><ul><li><a href="/zuowen/3190021.html" target="_blank">难忘的一件事作文</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="语文迷 - 作文,演讲稿,诗词大全", KEYWORDS="语文迷,作文,演讲稿,诗词", DESC="语文迷", PATH="/")


def build() -> Family:
    fam = Family(HOST, "语文迷 (yuwenmi.com)-like 演讲稿 page: 导语 line and 更多精彩演讲稿推荐 links inside the content")
    for idx, (speech, _c, aid, date, _l) in enumerate(ARTICLES):
        fam.put(url_of(aid), article(idx))
        fam.doc([url_of(aid)], speech, published_at=date)
    fam.put("/yanjianggao/guoqixia/", listing(1))
    fam.put("/yanjianggao/guoqixia/list_2.html", listing(2))
    fam.put("/yanjianggao/zhici/", zhici_listing())
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\n")
    fam.not_documents += ["/", "/yanjianggao/guoqixia/", "/yanjianggao/guoqixia/list_2.html", "/yanjianggao/zhici/"]
    fam.noise += ["导语：", "语文迷小编", "更多精彩演讲稿推荐", "相关推荐", "热门演讲稿", "微信扫一扫", "蜀ICP备15026631号-1", "当前位置"]
    return fam
