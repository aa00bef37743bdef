"""新浪看点 (k.sina.com.cn/article_UID_ID.html) self-media article pages, on Sina's news detail
template: `<meta charset="utf-8">`, `article:published_time` / `weibo: article:create_at` / `sudameta`
meta tags, `var $SCOPE` page info; sina top nav, `h1.main-title`, `div.date-source` (`2024年02月28日
10:12` + the account as `a.source` to its `mediaDocList.html?mediaid=…` page), 分享到 bar;
`div.article#artibody` (`data-sudaclick="blk_content"`) of `<p cms-style="font-L">` paragraphs, one
with a picture `div.img_wrapper` + `span.img_descr`; a long post cut in two pages
(`article_UID_ID.html`, `article_UID_ID_2.html`) through sina's `pagebox` pager (上一页 1 2 下一页);
after the text the 看点 statement `特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场…`,
the author card (关注), 相关阅读, 热门推荐, the comment box and Sina's footer. Home `/` lists the
newest posts; the account page `mediaDocList.html?mediaid=…` (query route) lists both."""

from common import SPEECHES, Family, split_paras

HOST = "k.xinlang-kandian-like.test"
UID = "7517400647"
ACCOUNT = "平川应急"
ACCOUNT_DESC = "平川市应急管理局官方账号"

# speech, doc id, stamp, pages, photo after paragraph (page 1), caption
ARTICLES = [
    (SPEECHES["f38c-3"], "1c0126e4700101k3b2", "2024-02-28 10:12:36", 2, 1, "2月27日，2024年全市安全生产工作会议召开。（平川应急供图）"),
    (SPEECHES["f38c-4"], "1c0126e4700101m9zq", "2024-08-27 16:48:05", 1, None, None),
]
MORE = [
    ("1c0126e4700101j7xx", "春节后复工复产“安全第一课”这样上", "2024-02-19 09:30:11"),
    ("1c0126e4700101l2pe", "平川市开展汛前地质灾害隐患排查", "2024-05-06 15:02:47"),
]


def path(doc, page=1):
    return f"/article_{UID}_{doc}" + ("" if page == 1 else f"_{page}") + ".html"


def cn(stamp):
    return f"{stamp[:4]}年{stamp[5:7]}月{stamp[8:10]}日 {stamp[11:16]}"


def head(title, desc, meta, scope):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{title.split('_')[0]},新浪看点">
<meta name="description" content="{desc}">
{meta}<link rel="stylesheet" href="https://n.sinaimg.cn/kandian/pc/css/article_v2.0.8.css">
<script>
var $SCOPE = {scope};
</script>
<script src="https://n.sinaimg.cn/unipro/pc/sinalib/sinalib-min.js"></script>
</head>
<body>
<div class="sina-header" id="SI_Top_Wrap"><div class="sina-header-inner"><div class="sh-left"><a href="https://www.sina.com.cn/" target="_blank">新浪首页</a> <a href="https://news.sina.com.cn/" target="_blank">新闻</a> <a href="https://sports.sina.com.cn/" target="_blank">体育</a> <a href="https://finance.sina.com.cn/" target="_blank">财经</a> <a href="https://ent.sina.com.cn/" target="_blank">娱乐</a> <a href="https://tech.sina.com.cn/" target="_blank">科技</a> <a href="https://blog.sina.com.cn/" target="_blank">博客</a> <a href="https://photo.sina.cn/" target="_blank">图片</a> <a href="https://zhuanlan.sina.com.cn/" target="_blank">专栏</a> <a href="javascript:;">更多</a></div>
<div class="sh-right"><a href="https://mail.sina.com.cn/" target="_blank">邮箱</a> <a href="javascript:;" id="SI_Top_Login">登录</a> <a href="https://k.sina.com.cn/app/download.html" target="_blank">下载新浪新闻</a></div></div></div>
<div class="kd-header"><div class="w1240"><a href="/" class="kd-logo"><img src="https://n.sinaimg.cn/kandian/pc/img/logo_kandian.png" alt="新浪看点"></a><div class="kd-search"><form action="https://search.sina.com.cn/" target="_blank"><input type="text" name="q" placeholder="搜索"><button type="submit">搜索</button></form></div></div></div>
"""


FOOT = """<div class="footer" id="footer"><p><a href="https://corp.sina.com.cn/chn/" target="_blank">新浪简介</a> | <a href="https://corp.sina.com.cn/eng/" target="_blank">About Sina</a> | <a href="https://emarketing.sina.com.cn/" target="_blank">广告营销</a> | <a href="https://www.sina.com.cn/contactus.html" target="_blank">联系我们</a> | <a href="https://career.sina.com.cn/" target="_blank">招聘信息</a> | <a href="https://www.sina.com.cn/intro/lawfirm.shtml" target="_blank">通行证注册</a> | <a href="https://help.sina.com.cn/" target="_blank">产品答疑</a> | <a href="https://www.12377.cn/" target="_blank">网上有害信息举报专区</a></p>
<p>新浪公司 <a href="https://www.sina.com.cn/intro/copyright.shtml" target="_blank">版权所有</a> 京ICP证000007号 京网文〔2023〕1051-028号</p>
<p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p></div>
<script src="https://n.sinaimg.cn/kandian/pc/js/article_v2.0.8.js" charset="utf-8"></script>
<script src="https://n.sinaimg.cn/unipro/pc/suda/suda_log.js"></script>
</body>
</html>
"""


def article(i, page, runs):
    speech, doc, stamp, pages, photo, caption = ARTICLES[i]
    ps = []
    for n, para in enumerate(runs[page - 1]):
        ps.append(f'<p cms-style="font-L">　　{para}</p>')
        if page == 1 and n == photo:
            ps.append(
                f'<div class="img_wrapper"><img src="https://k.sinaimg.cn/n/sinakd20240228s/{doc[-3:]}/w1080h720/20240228/{doc[-4:]}-7c4e2a91.jpg/w700d1q75cms.jpg" alt="{caption}"><span class="img_descr">{caption}</span></div>'
            )
    pager = ""
    if pages > 1:
        cells = []
        cells.append(
            '<span class="pagebox_pre_nolink">上一页</span>'
            if page == 1
            else f'<span class="pagebox_pre"><a href="{path(doc, page - 1)}">上一页</a></span>'
        )
        for k in range(1, pages + 1):
            cells.append(
                f'<span class="pagebox_num_nonce">{k}</span>'
                if k == page
                else f'<span class="pagebox_num"><a href="{path(doc, k)}">{k}</a></span>'
            )
        cells.append(
            '<span class="pagebox_next_nolink">下一页</span>'
            if page == pages
            else f'<span class="pagebox_next"><a href="{path(doc, page + 1)}">下一页</a></span>'
        )
        pager = '<div class="pagebox" id="pagebox">' + "".join(cells) + "</div>\n"
    meta = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{speech.title}">\n'
        f'<meta property="og:url" content="https://{HOST}{path(doc)}">\n'
        f'<meta property="article:published_time" content="{stamp[:10]}T{stamp[11:]}+08:00">\n'
        f'<meta property="article:author" content="{ACCOUNT}">\n'
        f'<meta name="weibo: article:create_at" content="{stamp}">\n'
        f'<meta name="sudameta" content="uid:{UID};dataid:{doc}">\n'
    )
    scope = (
        "{\n  uid: '" + UID + "',\n  docid: '" + doc + "',\n  title: '" + speech.title + "',\n  mediaName: '"
        + ACCOUNT + "',\n  createTime: '" + stamp + "',\n  page: " + str(page) + ",\n  totalPage: " + str(pages)
        + ",\n  channel: 'kandian'\n}"
    )
    other = ARTICLES[1 - i]
    rel = [(path(other[1]), other[0].title)] + [(path(m[0]), m[1]) for m in MORE]
    rel_html = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in rel)
    statement = ""
    if page == pages:
        statement = '<div class="article-notice"><p>特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪网联系。</p></div>\n'
    return (
        head(f"{speech.title}_新浪看点", speech.paras[1][:90], meta, scope)
        + f"""<div class="main-content w1240">
<div class="breadcrumb"><a href="/">新浪看点</a> &gt; <span>正文</span></div>
<h1 class="main-title">{speech.title}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix">
<div class="date-source"><span class="date">{cn(stamp)}</span><a href="/mediaDocList.html?mediaid={UID}" target="_blank" class="source">{ACCOUNT}</a></div>
<div class="share-wrap"><span>分享到：</span><a href="javascript:;" class="weibo" title="分享到微博">微博</a><a href="javascript:;" class="weixin" title="分享到微信">微信</a><a href="javascript:;" class="qzone" title="分享到QQ空间">QQ空间</a></div>
</div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<!-- 正文 start -->
<div class="article" id="artibody" data-sudaclick="blk_content">
{chr(10).join(ps)}
</div>
<!-- 正文 end -->
{pager}{statement}<div class="article-bottom clearfix"><a href="javascript:;" class="zan" data-docid="{doc}">赞</a><a href="javascript:;" class="report" rel="nofollow">举报</a></div>
<div class="blk-related"><h3>相关阅读</h3><ul>{rel_html}</ul></div>
<div class="blk-comment" id="sina_comment"><div class="hd"><span>评论</span></div><div class="sina-comment-form"><textarea placeholder="发表评论，请登录后参与"></textarea><a href="javascript:;" class="comment-btn">发布</a></div><div class="comment-empty">还没有人评论，快来抢沙发吧</div></div>
</div>
<div class="article-content-right">
<div class="author-card"><a href="/mediaDocList.html?mediaid={UID}" class="avatar"><img src="https://tvax1.sinaimg.cn/crop.0.0.180.180.180/{UID}.jpg" alt=""></a><a href="/mediaDocList.html?mediaid={UID}" class="name">{ACCOUNT}</a><p class="desc">{ACCOUNT_DESC}</p><a href="javascript:;" class="follow">+关注</a></div>
<div class="side-hot"><h3>热门推荐</h3><ul><li><a href="{path(MORE[0][0])}">{MORE[0][1]}</a></li><li><a href="{path(MORE[1][0])}">{MORE[1][1]}</a></li></ul></div>
<div class="ad" id="ad_right_1"><span>广告</span></div>
</div>
</div>
</div>
"""
        + FOOT
    )


def listing(kind):
    items = [(path(a[1]), a[0].title, a[2]) for a in ARTICLES] + [(path(m[0]), m[1], m[2]) for m in MORE]
    items.sort(key=lambda x: x[2], reverse=True)
    lis = "".join(
        f'<li class="feed-item"><h2><a href="{u}" target="_blank">{t}</a></h2><p class="info"><span class="source">{ACCOUNT}</span><span class="time">{cn(s)}</span></p></li>\n'
        for u, t, s in items
    )
    if kind == "home":
        title = "新浪看点_新浪网"
        top = '<div class="channel-nav"><a href="/" class="on">推荐</a><a href="javascript:;">热点</a><a href="javascript:;">本地</a><a href="javascript:;">社会</a><a href="javascript:;">财经</a></div>'
    else:
        title = f"{ACCOUNT}的看点_新浪网"
        top = f'<div class="media-head"><img src="https://tvax1.sinaimg.cn/crop.0.0.180.180.180/{UID}.jpg" alt=""><h1>{ACCOUNT}</h1><p>{ACCOUNT_DESC}</p><a href="javascript:;" class="follow">+关注</a></div>'
    return (
        head(title, "新浪看点", "", "{uid: '" + UID + "', channel: 'kandian'}")
        + f'<div class="main-content w1240">{top}\n<ul class="feed-list" id="feed_list">\n{lis}</ul><div class="feed-more"><a href="javascript:;">点击加载更多</a></div></div>\n'
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "新浪看点 (k.sina.com.cn/article_UID_ID.html) article pages on Sina's detail template")
    fam.put("/", listing("home"))
    fam.route(f"/mediaDocList.html?mediaid={UID}", f"mediaDocList_{UID}.html", listing("media"))
    fam.not_documents += ["/", f"/mediaDocList.html?mediaid={UID}"]
    for i, (speech, doc, stamp, pages, *_r) in enumerate(ARTICLES):
        runs = split_paras(speech.paras, pages)
        urls = [path(doc, p) for p in range(1, pages + 1)]
        for p in range(1, pages + 1):
            fam.put(urls[p - 1], article(i, p, runs))
        fam.doc(urls, speech, published_at=stamp[:10])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    fam.noise += [
        "平川应急供图",
        "特别声明：以上文章内容仅代表作者本人观点",
        "相关阅读",
        "热门推荐",
        "还没有人评论，快来抢沙发吧",
        "分享到：",
        "_新浪看点",
        "新浪公司",
        "京ICP证000007号",
        "SINA Corporation",
        "平川市应急管理局官方账号",
        "上一页",
        "下一页",
    ]
    fam.note = "the 2-page post is cut by sina's pagebox pager (`…_2.html`); the statement comes only after the last page"
    return fam
