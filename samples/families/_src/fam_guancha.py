"""观察者网 (www.guancha.cn) article pages as its static publisher prints them: `.shtml` pages named
`/<channel>/YYYY_MM_DD_NNNNNN.shtml`, XHTML 1.0 doctype with a `Content-Type` meta, header nav,
`left-main` column with `h3` title and `div.time fix` (time, 来源, 作者 spans), `div.content all-txt`
holding the article: `【文/观察者网 …】` lead paragraph, a context paragraph (…全文如下：), centred
picture plus caption paragraph, and on the last page the `本文系观察者网独家稿件…` notice; a long
article is cut into pages (`…_2.shtml`) with a `div.pagination` pager and the 查看全文 link left out;
under the text the `editor-intro` 责任编辑 line, the share bar, the `interact` counters (赞 / 评论 /
收藏), `module-news-list` 相关阅读 and the comment box shell; right column 热门文章 and ad slot; footer
with 沪ICP备10213822号-3. Home `/` and the channel list `/politics/list_1.shtml` (page 2
`list_2.shtml`) are `column-list` rows with comment counts."""

from common import SPEECHES, Family, split_paras

HOST = "www.guancha-cn.test"

GC1 = SPEECHES["r22b-gc1"]
GC2 = SPEECHES["r22b-gc2"]

ARTICLES = [
    # speech, path stem, time, author, lead, context, photo caption or None, editor, exclusive, pages, counts
    (
        GC1,
        "/politics/2024_05_16_736841",
        "2024-05-16 07:45:12",
        "陈思远",
        "【文/观察者网 陈思远】",
        "5月15日，2024数字贸易规则与产业合作研讨会在上海举行。商务部国际贸易经济合作研究院一位研究员在会上作主旨发言，谈及“小院高墙”和数据跨境流动规则之争。观察者网整理发言全文如下：",
        "5月15日，研讨会现场。主办方供图",
        "朱敏洁",
        True,
        2,
        (386, 127, 45),
    ),
    (
        GC2,
        "/economy/2024_05_14_736502",
        "2024-05-14 19:02:47",
        "吕栋",
        "【文/观察者网 吕栋】",
        "5月14日，新能源汽车产业链国际合作论坛在江苏常州开幕。针对近期个别国家炒作中国新能源汽车“产能过剩”，中国汽车工业协会一位负责人在开幕式上致辞回应。以下为致辞内容：",
        None,
        "张广凯",
        False,
        1,
        (912, 304, 88),
    ),
]

MORE = [
    ("/politics/2024_05_16_736855", "外交部：敦促美方停止对中国电动汽车的无理打压", "2024-05-16 16:21:09", 1203),
    ("/politics/2024_05_15_736712", "欧盟对华电动车反补贴调查再起波澜，德国车企表态", "2024-05-15 21:37:55", 655),
    ("/economy/2024_05_15_736640", "前4个月我国跨境电商进出口同比增长10.4%", "2024-05-15 11:08:30", 214),
    ("/politics/2024_05_14_736488", "“小院高墙”越筑越高，美国盟友也坐不住了", "2024-05-14 08:15:02", 978),
]

EXCLUSIVE = "本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注观察者网微信guanchacn，每日阅读趣味文章。"


def head(title, kw, desc):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="Keywords" content="{kw}" />
<meta name="Description" content="{desc}" />
<link rel="shortcut icon" href="//i.guancha.cn/images/favorite.ico" />
<link href="//i.guancha.cn/css/main.css?20240510" rel="stylesheet" type="text/css" />
<link href="//i.guancha.cn/css/content.css?20240510" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//i.guancha.cn/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<!-- header start -->
<div class="header">
<div class="header-top fix"><div class="main">
<a class="logo" href="/" title="观察者网"><img src="//i.guancha.cn/images/logo.png" alt="观察者网" /></a>
<ul class="nav fix">
<li><a href="/">首页</a></li><li><a href="/politics/list_1.shtml">时事</a></li><li><a href="/GuoJi%C2%B7ZhanLue/list_1.shtml">国际</a></li><li><a href="/military-affairs/list_1.shtml">军事</a></li><li><a href="/economy/list_1.shtml">财经</a></li><li><a href="/industry-science/list_1.shtml">科技</a></li><li><a href="/ChanJing/list_1.shtml">产经</a></li><li><a href="https://user.guancha.cn/">风闻</a></li>
</ul>
<div class="header-search"><form action="/Search/" method="get" target="_blank"><input type="text" name="k" class="search-input" placeholder="搜索" /><input type="submit" class="search-btn" value="" /></form></div>
<div class="header-login"><a href="javascript:;" class="login-btn">登录</a><a href="javascript:;" class="reg-btn">注册</a></div>
</div></div>
</div>
<!-- header end -->
"""


FOOT = """<!-- footer start -->
<div class="footer">
<div class="main">
<p class="footer-nav"><a href="/about/aboutus.shtml" target="_blank">关于我们</a>|<a href="/about/contactus.shtml" target="_blank">联系我们</a>|<a href="/about/joinus.shtml" target="_blank">加入我们</a>|<a href="/about/copyright.shtml" target="_blank">版权声明</a>|<a href="/about/ad.shtml" target="_blank">广告合作</a></p>
<p>Copyright &copy; 2014-2024 观察者 All rights reserved.</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备10213822号-3</a>　互联网新闻信息服务许可证：31120170001　违法和不良信息举报电话：021-62376571</p>
</div>
</div>
<!-- footer end -->
<script type="text/javascript" src="//i.guancha.cn/js/common.js?20240510"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8ab4e4d5b9d2c6e07c1d9b2fdf0cb41a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def right():
    lis = "".join(
        f'<li><span class="num">{n}</span><a href="{p}.shtml" target="_blank">{t}</a></li>'
        for n, (p, t, _s, _c) in enumerate(MORE, 1)
    )
    return f"""<div class="right right-main">
<div class="ad-box" id="ad_content_right_1"><script type="text/javascript">/* 观察者网_内容页_右侧300x250 */ var gc_ad_slot = "content_r1";</script></div>
<div class="module-box"><h4 class="module-title">热门文章</h4><ul class="module-hot-list">{lis}</ul></div>
</div>
"""


def article(i, page):
    speech, stem, stamp, author, lead, context, caption, editor, exclusive, npages, (zan, cmt, fav) = ARTICLES[i]
    runs = split_paras(speech.paras, npages)
    ps = []
    if page == 1:
        ps.append(f"<p>{lead}</p>")
        ps.append(f"<p>{context}</p>")
    for n, para in enumerate(runs[page - 1]):
        ps.append(f"<p>{para}</p>")
        if caption and page == 1 and n == 1:
            ps.append(
                f'<p style="text-align: center"><img src="https://i.guancha.cn/news/2024/05/16/20240516074308{i}71.jpg" title="" alt="" /></p>\n'
                f'<p style="text-align: center">{caption}</p>'
            )
    if page == npages and exclusive:
        ps.append(f"<p>{EXCLUSIVE}</p>")
    pager = ""
    if npages > 1:
        cells = []
        if page > 1:
            prev = f"{stem}.shtml" if page == 2 else f"{stem}_{page - 1}.shtml"
            cells.append(f'<li><a href="{prev}">上一页</a></li>')
        for k in range(1, npages + 1):
            href = f"{stem}.shtml" if k == 1 else f"{stem}_{k}.shtml"
            cells.append(f'<li><a class="pagination-active">{k}</a></li>' if k == page else f'<li><a href="{href}">{k}</a></li>')
        if page < npages:
            cells.append(f'<li><a href="{stem}_{page + 1}.shtml">下一页</a></li>')
        pager = f'<div class="pagination"><ul>{"".join(cells)}</ul></div>\n'
    other = ARTICLES[1 - i]
    rel = [(other[1], other[0].title, other[2])] + [(p, t, s) for p, t, s, _c in MORE[:3]]
    rel_html = "".join(
        f'<li><h4 class="module-title"><a href="{p}.shtml" target="_blank">{t}</a></h4><span class="module-time">{s[:16]}</span></li>'
        for p, t, s in rel
    )
    chan, chan_url = ("时事", "/politics/list_1.shtml") if stem.startswith("/politics") else ("财经", "/economy/list_1.shtml")
    aid = stem.rsplit("_", 1)[1]
    return (
        head(f"{speech.title}-观察者网", "数字贸易,小院高墙,数据跨境" if i == 0 else "新能源汽车,产能过剩,出口", context[:80])
        + f"""<div class="content">
<div class="main content-main fix">
<div class="left left-main">
<ul class="breadcrumb fix"><li><a href="/">首页</a></li><li>&gt;</li><li><a href="{chan_url}">{chan}</a></li><li>&gt;</li><li>正文</li></ul>
<h3>{speech.title}</h3>
<div class="time fix"><span>{stamp}</span><span>来源：观察者网</span><span>作者：{author}</span><span class="interact-comment"><a href="#comments">评论：<em class="cmt-count">{cmt}</em></a></span></div>
<div class="content all-txt">
{chr(10).join(ps)}
</div>
{pager}<div class="editor-intro fix"><span>责任编辑：{editor}</span></div>
<div class="share-box fix"><span>分享到：</span><a href="javascript:;" class="share-weixin" title="分享到微信"></a><a href="javascript:;" class="share-weibo" title="分享到新浪微博"></a><a href="javascript:;" class="share-qzone" title="分享到QQ空间"></a></div>
<div class="interact fix" data-id="{aid}"><a href="javascript:;" class="interact-attention"><i></i>赞 <span>{zan}</span></a><a href="#comments" class="interact-comment"><i></i>评论 <span>{cmt}</span></a><a href="javascript:;" class="interact-collect"><i></i>收藏 <span>{fav}</span></a></div>
<div class="module-box related"><h4 class="module-title-bar">相关阅读</h4><ul class="module-news-list">{rel_html}</ul></div>
<div class="comments-box" id="comments"><div class="comments-title fix"><h4>评论</h4><span>共 <em>{cmt}</em> 条评论</span></div><div class="comments-input"><textarea placeholder="登录后参与评论"></textarea><a href="javascript:;" class="comments-submit">发表评论</a></div><div id="comments-container"></div></div>
</div>
{right()}</div>
</div>
"""
        + FOOT
    )


def listing(title, rows, pager):
    lis = "".join(
        f'<li class="fix"><h4 class="module-title"><a href="{p}.shtml" target="_blank">{t}</a></h4>'
        f'<div class="module-interact fix"><span>{s}</span><a href="{p}.shtml#comments" class="interact-comment" target="_blank">{c}</a></div></li>\n'
        for p, t, s, c in rows
    )
    return (
        head(title, "观察者网,时事,新闻", "观察者网，致力于打造具有全球视野的中文新闻平台")
        + f"""<div class="content">
<div class="main content-main fix">
<div class="left left-main">
<ul class="column-list fix">
{lis}</ul>
{pager}</div>
{right()}</div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "观察者网 (guancha.cn) static .shtml article pages: content all-txt, 【文/观察者网 …】 lead, _2.shtml pager")
    rows = []
    for i, a in enumerate(ARTICLES):
        speech, stem, stamp, *_r = a
        npages = a[9]
        pages = [f"{stem}.shtml"] + [f"{stem}_{k}.shtml" for k in range(2, npages + 1)]
        for k, p in enumerate(pages, 1):
            fam.put(p, article(i, k))
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
        rows.append((stem, speech.title, stamp, a[10][1]))
    gc1, gc2 = rows
    home = [MORE[0], gc1, MORE[2], MORE[1]]
    fam.put("/", listing("观察者网-中国关怀 全球视野", home, '<div class="more"><a href="/politics/list_1.shtml">查看更多</a></div>\n'))
    l1 = [MORE[0], gc1, MORE[1]]
    l2 = [MORE[2], gc2, MORE[3]]
    fam.put("/politics/list_1.shtml", listing("时事-观察者网", l1, '<div class="pagination"><ul><li><a class="pagination-active">1</a></li><li><a href="list_2.shtml">2</a></li><li><a href="list_2.shtml">下一页</a></li></ul></div>\n'))
    fam.put("/politics/list_2.shtml", listing("时事-观察者网", l2, '<div class="pagination"><ul><li><a href="list_1.shtml">上一页</a></li><li><a href="list_1.shtml">1</a></li><li><a class="pagination-active">2</a></li></ul></div>\n'))
    fam.not_documents += ["/", "/politics/list_1.shtml", "/politics/list_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Search/\n")
    fam.noise += [
        "【文/观察者网 陈思远】",
        "【文/观察者网 吕栋】",
        "观察者网整理发言全文如下：",
        "以下为致辞内容：",
        "研讨会现场。主办方供图",
        EXCLUSIVE,
        "责任编辑：朱敏洁",
        "责任编辑：张广凯",
        "分享到：",
        "相关阅读",
        "热门文章",
        "外交部：敦促美方停止对中国电动汽车的无理打压",
        "登录后参与评论",
        "来源：观察者网",
        "沪ICP备10213822号-3",
        "-观察者网",
    ]
    fam.note = "the lead 【文/观察者网 …】 and the context paragraph before the speech are furniture; the first speech runs over `…_2.shtml` (pager `div.pagination`), the exclusive notice closes its last page"
    return fam
