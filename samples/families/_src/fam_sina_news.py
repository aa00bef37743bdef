"""新浪新闻 (news.sina.com.cn) article pages, 2023 template: `/c/2024-05-18/doc-imy….shtml`, a
GB2312-era `<meta http-equiv="Content-type" content="text/html; charset=gb2312" />` over UTF-8 bytes (the
header says utf-8), `article:published_time`, `weibo: article:create_at` and `sudameta` meta tags,
`var SINA_TEXT_PAGE_INFO`; `h1.main-title`, `div.date-source` (`2024年05月18日 11:32` + 来源 link),
the share bar; `div#article` between `<!-- 正文 start -->` / `<!-- 正文 end -->` comments: first `<p>`
`　　原标题：…`, full-width indents, an `img_wrapper` picture with `p.img_descr`, `<p class="show_author">
责任编辑：…</p>` last; then `关键词 ：` tag links, 新浪声明, 相关阅读, comments box. One headline is
the newspaper's rewrite (the speech's title is its 原标题). Home is the roll page `/roll/` (`list_009`
items with `(05月18日 11:32)` times) and its page 2 `/roll/index_2.shtml`."""

from common import SPEECHES, Family

HOST = "news.xinlang-like.test"

ARTICLES = [
    # speech, doc id, stamp, source, headline (None = speech title), 原标题, photo after n, caption, editor, keywords
    (
        SPEECHES["XL1"],
        "imyvqnak5432178",
        "2024-05-18 11:32:45",
        "江南日报",
        None,
        "王丽华在2024年全省文化和旅游发展大会上的讲话",
        3,
        "5月17日，2024年全省文化和旅游发展大会在青禾召开。江南日报记者 钱程 摄",
        "张迪",
        ["文化和旅游", "文旅融合", "夜间经济"],
    ),
    (
        SPEECHES["XL2"],
        "imyvrtqh2045893",
        "2024-05-20 07:58:10",
        "青禾日报",
        "青禾市委书记：民营企业和民营企业家是我们自己人",
        "在全市民营经济发展大会上的讲话",
        None,
        None,
        "刘光博",
        ["民营经济", "营商环境", "拖欠账款"],
    ),
]
MORE = [
    ("/c/2024-05-18/doc-imyvqpxx1187264.shtml", "今年“五一”假期国内旅游出游2.95亿人次", "2024-05-18 10:05"),
    ("/c/2024-05-19/doc-imyvqzcc3306815.shtml", "多地启动夏季文旅消费季活动", "2024-05-19 16:41"),
    ("/c/2024-05-20/doc-imyvsabb7741120.shtml", "一季度全省民营经济增加值同比增长6.1%", "2024-05-20 09:12"),
]


def head(title, kw, desc, meta, info, published="2024-05-20 08:01:12"):
    return f"""<!DOCTYPE html>
<!--[19,131,1] published at {published} from #150 by 5203-->
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="tags" content="{kw}" />
<meta name="description" content="{desc}" />
{meta}<link rel="stylesheet" type="text/css" href="//n.sinaimg.cn/news/c8ff2dbb/20230601/newsDetail.css" />
<script type="text/javascript">
var SINA_TEXT_PAGE_INFO = {info};
</script>
<script src="//n.sinaimg.cn/news/c8ff2dbb/20230601/sinalib.js" charset="utf-8"></script>
</head>
<body>
<div class="top-nav"><div class="tn-bg"><div class="tn-header"><div class="tn-nav"><a href="https://www.sina.com.cn/" target="_blank">新浪首页</a> <a href="/" target="_blank">新闻</a> <a href="https://sports.sina.com.cn/" target="_blank">体育</a> <a href="https://finance.sina.com.cn/" target="_blank">财经</a> <a href="https://ent.sina.com.cn/" target="_blank">娱乐</a></div>
<div class="tn-login"><a href="javascript:;">登录</a></div></div></div></div>
<div class="path-search"><div class="path"><a href="/" class="logo"><img src="//n.sinaimg.cn/news/c8ff2dbb/20230601/logo.png" alt="新浪新闻" /></a><a href="/china/" class="channel">国内</a></div></div>
"""


FOOT = """<div class="footer"><p><a href="https://corp.sina.com.cn/chn/" target="_blank">新浪简介</a> | <a href="https://corp.sina.com.cn/eng/" target="_blank">About Sina</a> | <a href="https://emarketing.sina.com.cn/" target="_blank">广告营销</a> | <a href="https://www.sina.com.cn/contactus.html" target="_blank">联系我们</a> | <a href="https://help.sina.com.cn/" target="_blank">客户服务</a></p>
<p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
<script type="text/javascript" src="//n.sinaimg.cn/news/c8ff2dbb/20230601/detail.js" charset="utf-8"></script>
</body>
</html>
"""


def url(doc, stamp):
    return f"/c/{stamp[:10]}/doc-{doc}.shtml"


def cn(stamp):
    return f"{stamp[:4]}年{stamp[5:7]}月{stamp[8:10]}日 {stamp[11:16]}"


def article(i):
    speech, doc, stamp, source, headline, otitle, photo, caption, editor, kws = ARTICLES[i]
    h1 = headline or speech.title
    ps = [f"<p>　　原标题：{otitle}</p>"]
    for n, para in enumerate(speech.paras):
        ps.append(f"<p>　　{para}</p>")
        if n == photo:
            ps.append(
                f'<div class="img_wrapper"><img style="max-width: 640px;" src="//n.sinaimg.cn/sinakd20240518s/{doc[-3:]}/w1080h720/20240518/{doc[-4:]}-cb2a41e8.jpg" alt="{caption}"><p class="img_descr">{caption}</p></div>'
            )
    ps.append(f'<p class="show_author">责任编辑：{editor} </p>')
    meta = (
        f'<meta property="og:type" content="news" />\n<meta property="og:title" content="{h1}" />\n'
        f'<meta property="og:url" content="https://{HOST}{url(doc, stamp)}" />\n'
        f'<meta property="article:published_time" content="{stamp[:10]}T{stamp[11:]}+08:00" />\n'
        f'<meta property="article:author" content="{source}" />\n'
        f'<meta name="weibo: article:create_at" content="{stamp}" />\n'
        f'<meta name="weibo: article:update_at" content="{stamp}" />\n'
        f'<meta name="sudameta" content="allCIDs:51923,56261,258,56264;dataid:{doc}" />\n'
        f'<meta name="publishid" content="{doc}" />\n'
    )
    info = (
        "{channel:'news', newsid:'comos-"
        + doc[1:]
        + "', encoding:'utf-8', docID:'"
        + doc
        + "', title:'"
        + h1
        + "', createtime:'"
        + stamp
        + "', source:'"
        + source
        + "'}"
    )
    tags = "".join(f'<a href="https://tags.news.sina.com.cn/{k}" target="_blank">{k}</a>' for k in kws)
    j = 1 - i
    other = ARTICLES[j]
    rel = [(url(other[1], other[2]), other[4] or other[0].title)] + [(u, t) for u, t, _s in MORE[:2]]
    lis = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in rel)
    return (
        head(f"{h1}|{kws[0]}_新浪新闻", ",".join(kws), speech.paras[1][:80], meta, info, stamp)
        + f"""<div class="main-content w1240">
<h1 class="main-title">{h1}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix">
<div class="date-source"><span class="date">{cn(stamp)}</span><a href="http://www.jiangnan-daily.test/" target="_blank" class="source ent-source">{source}</a></div>
<div class="share-wrap"><span>分享到：</span><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="qzone">QQ空间</a></div>
<div class="tools"><a href="javascript:;" class="comment" id="commentCount1">评论</a><a href="javascript:;" class="fontsize">大字</a></div>
</div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<!-- 正文 start -->
<!--begin body-->
<div class="article" id="article">
{chr(10).join(ps)}
</div>
<!--end body-->
<!-- 正文 end -->
<div id="article-bottom" class="article-bottom clearfix">
<div class="keywords" id="keywords" data-wbkey="{",".join(kws)}"><i>关键词 ：</i>{tags}</div>
<div class="statement"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</p></div>
</div>
<div class="blk-related"><h3>相关阅读</h3><ul>{lis}</ul></div>
<div class="blk-comment" id="bottom_sina_comment"><div class="hd"><span>我要评论</span></div><div class="sina-comment-form"><textarea placeholder="请登录后发表评论"></textarea></div></div>
</div>
<div class="article-content-right"><div class="side-hot"><h3>新浪新闻热榜</h3><ol><li><a href="{MORE[2][0]}">{MORE[2][1]}</a></li></ol></div><div class="ad" id="ad_right">广告</div></div>
</div>
</div>
"""
        + FOOT
    )


def roll(page, items, pager):
    lis = "".join(
        f'<li><a href="{u}" target="_blank">{t}</a><span>({s[5:7]}月{s[8:10]}日 {s[11:16]})</span></li>\n'
        for u, t, s in items
    )
    return (
        head(
            "滚动新闻_新浪网" + ("" if page == 1 else f"_第{page}页"),
            "滚动新闻,新浪新闻",
            "新浪新闻滚动新闻",
            "",
            "{channel:'news', newsid:'', encoding:'utf-8'}",
        )
        + f"""<div class="main-content w1240"><div class="d_list_txt" id="d_list">
<h2>滚动新闻</h2>
<ul class="list_009">
{lis}</ul>
<div class="pagebox">{pager}</div>
</div></div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "新浪新闻 (news.sina.com.cn) 2023 article template: gb2312 meta over UTF-8 bytes, 原标题 first paragraph",
    )
    fam.home = "/roll/"
    xl1, xl2 = ARTICLES
    first = [
        (url(xl2[1], xl2[2]), xl2[4], xl2[2]),
        (MORE[2][0], MORE[2][1], MORE[2][2] + ":00"),
        (MORE[1][0], MORE[1][1], MORE[1][2] + ":00"),
    ]
    second = [(url(xl1[1], xl1[2]), xl1[0].title, xl1[2]), (MORE[0][0], MORE[0][1], MORE[0][2] + ":00")]
    fam.put(
        "/roll/",
        roll(
            1,
            first,
            '<span class="pagebox_pre_nolink">上一页</span><span class="pagebox_num_nonce">1</span><span class="pagebox_num"><a href="index_2.shtml">2</a></span><span class="pagebox_next"><a href="index_2.shtml">下一页</a></span>',
        ),
    )
    fam.put(
        "/roll/index_2.shtml",
        roll(
            2,
            second,
            '<span class="pagebox_pre"><a href="./">上一页</a></span><span class="pagebox_num"><a href="./">1</a></span><span class="pagebox_num_nonce">2</span><span class="pagebox_next_nolink">下一页</span>',
        ),
    )
    fam.not_documents += ["/roll/", "/roll/index_2.shtml"]
    for i, (speech, doc, stamp, *_r) in enumerate(ARTICLES):
        fam.put(url(doc, stamp), article(i))
        fam.doc([url(doc, stamp)], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /iframe/\n")
    fam.noise += [
        "原标题：",
        "王丽华在2024年全省文化和旅游发展大会上的讲话",
        "江南日报记者 钱程 摄",
        "责任编辑：",
        "张迪",
        "刘光博",
        "关键词 ：",
        "新浪声明",
        "并不意味着赞同其观点或证实其描述",
        "相关阅读",
        "今年“五一”假期国内旅游出游2.95亿人次",
        "我要评论",
        "请登录后发表评论",
        "新浪新闻热榜",
        "分享到：",
        "QQ空间",
        "2024年05月18日 11:32",
        "_新浪新闻",
        "新浪公司 版权所有",
        "SINA Corporation",
    ]
    fam.note = "header charset=utf-8 (true) over a gb2312 meta tag (false); the second article's headline is a rewrite, its speech title is the 原标题"
    return fam
