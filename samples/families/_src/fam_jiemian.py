"""界面新闻 (jiemian.com)-like article pages `/article/N.html`: the header nav (界面 logo, channels, 登录),
`div.article-view` > `div.article-header` (`h1`, the 作者/来源 lines `界面新闻记者 | …`, `界面新闻编辑 | …`,
`span.date` `2024/04/23 16:05`, `来源：界面新闻`), a `p.article-summary` lead, the cover image,
`div.article-content` with the text; `未经正式授权严禁转载本文，侵权必究。` after it, the 分享 bar
(微信 / 微博 / QQ空间 / 复制链接), tags, 延伸阅读 list, 评论 box (发表评论, 登录后才能发表评论), the
side column (作者 card, 热门文章, 广告), footer (ICP, 增值电信, 举报). One speech was published as two
articles `…（上）` / `…（下）`, the first ending `（未完，下篇：<link>）` and the second opening
`（接上篇：<link>）`: one document over both. Home `/` and channel list `/lists/174.html`."""

from common import SPEECHES, Family, split_paras

HOST = "www.jiemian-like.test"

J1 = SPEECHES["r25b-j1"]
J2 = SPEECHES["r25b-j2"]
P1, P2 = split_paras(J1.paras, 2)
A1, A2, B = "11102436", "11102547", "11931208"

NAV = """<div class="header-container"><div class="header"><div class="logo"><a href="/"><img src="https://img.jiemian.test/static/images/logo_2019.png" alt="界面新闻"></a></div><ul class="header-nav"><li><a href="/">首页</a></li><li><a href="/lists/4.html">快报</a></li><li><a href="/lists/174.html">金融</a></li><li><a href="/lists/105.html">地产</a></li><li><a href="/lists/62.html">科技</a></li><li><a href="/lists/68.html">消费</a></li><li><a href="/lists/71.html">时尚</a></li><li><a href="/video/">视频</a></li><li><a href="/special/">专题</a></li></ul><div class="header-right"><a class="search" href="/search.html">搜索</a><a class="app-download" href="/app">APP</a><a class="login" href="https://a.jiemian.test/index.php?m=user&amp;a=login">登录</a></div></div></div>"""

SIDE = """<div class="content-side"><div class="side-author"><div class="author-avatar"><img src="https://img.jiemian.test/101/avatar/user_4417.jpg" alt=""></div><div class="author-name"><a href="https://a.jiemian.test/index.php?m=user&amp;a=profile&amp;type=1&amp;uid=4417" target="_blank">{author}</a></div><p class="author-brief">{brief}</p><a class="author-follow" href="javascript:void(0);">+ 关注</a></div><div class="side-hot"><div class="side-title">热门文章</div><ul><li><a href="/article/11931011.html">多家银行下调存款利率，最高下调20个基点</a></li><li><a href="/article/11930877.html">两部门发文规范养老金融服务</a></li></ul></div><div class="side-ad"><span class="ad-mark">广告</span><img src="https://img.jiemian.test/ad/2024/side_300x250.jpg" alt=""></div></div>"""

FOOT = """<div class="footer"><div class="footer-links"><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/join.html">加入界面</a> | <a href="/about/statement.html">版权声明</a> | <a href="/about/privacy.html">隐私政策</a></div><p>Copyright © 2014-2024 jiemian.com 界面新闻版权所有 | 沪ICP备14001123号-1 | 增值电信业务经营许可证：沪B2-20160069 | 互联网新闻信息服务许可证：31120170005</p><p>违法和不良信息举报电话：021-63503000 举报邮箱：jubao@jiemian.test | 上海市互联网违法和不良信息举报中心</p></div>
<script src="https://img.jiemian.test/static/js/jquery-1.11.3.min.js"></script><script src="https://img.jiemian.test/static/js/article.min.js?v=20240412"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?bab2e8c6d3d2f3a1b4c5d6e7f8091a2b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta name="applicable-device" content="pc">
<link rel="stylesheet" href="https://img.jiemian.test/static/css/common.min.css?v=20240412">
<link rel="stylesheet" href="https://img.jiemian.test/static/css/article.min.css?v=20240412">
</head>
<body>
"""


def page(aid, title, date, reporter, editor, summary, paras, before="", after="", cover=None, tags=(), extend=(), author="", brief=""):
    content = before + "".join(f"<p>{p}</p>" for p in paras) + after
    cover_html = f'<div class="article-img"><img src="https://img.jiemian.test/101/original/2024{aid[-4:]}/cover.jpg" alt=""><p>{cover}</p></div>' if cover else ""
    tag_html = "".join(f'<a href="/tags/{t}.html" target="_blank">{t}</a>' for t in tags)
    ext = "".join(f'<li><a href="/article/{i}.html" target="_blank">{t}</a></li>' for i, t in extend)
    return head(f"{title}|界面新闻 · 金融", f"{title},{','.join(tags)}", summary) + NAV + f"""
<div class="container"><div class="content-main">
<div class="article-view">
<div class="article-header">
<h1>{title}</h1>
<div class="article-info">
<p><span class="author">界面新闻记者 | <a href="https://a.jiemian.test/index.php?m=user&amp;a=profile&amp;type=1&amp;uid=4417" target="_blank">{reporter}</a></span></p>
<p><span class="author">界面新闻编辑 | {editor}</span></p>
<p class="info-s"><span class="date">{date}</span> <span>来源：界面新闻</span> <span class="hot">阅读 {len(paras) * 731}</span></p>
</div>
<p class="article-summary">{summary}</p>
</div>
<div class="article-main">
{cover_html}
<div class="article-content">
{content}
<p class="article-statement">未经正式授权严禁转载本文，侵权必究。</p>
</div>
</div>
<div class="article-tags">{tag_html}</div>
<div class="article-share"><span class="share-title">分享到：</span><a class="share-weixin" href="javascript:void(0);">微信</a><a class="share-weibo" href="javascript:void(0);">微博</a><a class="share-qzone" href="javascript:void(0);">QQ空间</a><a class="share-copy" href="javascript:void(0);">复制链接</a></div>
<div class="extend-read"><div class="extend-title">延伸阅读</div><ul>{ext}</ul></div>
<div class="comment-post"><div class="comment-title">评论</div><textarea class="comment-input" placeholder="写下你的评论..."></textarea><div class="comment-tip">登录后才能发表评论</div><a class="comment-btn" href="javascript:void(0);">发表评论</a><div class="comment-list"><p class="comment-empty">暂无评论</p></div></div>
</div>
</div>
{SIDE.format(author=author or reporter, brief=brief or "界面新闻记者，关注金融监管与银行业。")}
</div>
""" + FOOT


def home():
    items = f'<div class="news-view"><div class="news-img"><a href="/article/{B}.html" target="_blank"><img src="https://img.jiemian.test/101/original/2024/cover_b.jpg" alt=""></a></div><div class="news-right"><div class="news-header"><h3><a href="/article/{B}.html" target="_blank">{J2.title}</a></h3></div><div class="news-main"><p>消费是经济增长的主要引擎。</p></div><div class="news-footer"><span class="date">11/14 10:32</span></div></div></div>'
    return head("界面新闻_只服务于独立思考的人群", "界面新闻,财经,商业", "界面新闻是中国具有影响力的原创财经新媒体") + NAV + f"""
<div class="container"><div class="content-main"><div class="columns-title">最新</div><div class="news-list">{items}</div><div class="load-more"><a href="/lists/174.html">查看更多</a></div></div></div>
""" + FOOT


def listing():
    rows = [(B, J2.title, "11/14 10:32"), (A2, J1.title + "（下）", "04/23 16:10"), (A1, J1.title + "（上）", "04/23 16:05")]
    items = "".join(
        f'<div class="news-view"><div class="news-right"><div class="news-header"><h3><a href="/article/{i}.html" target="_blank">{t}</a></h3></div><div class="news-footer"><span class="date">{d}</span></div></div></div>'
        for i, t, d in rows
    )
    return head("金融_界面新闻", "金融,银行,保险", "界面新闻金融频道") + NAV + f"""
<div class="container"><div class="content-main"><div class="columns-title">金融</div><div class="news-list">{items}</div><div class="load-more" data-url="https://papi.jiemian.test/page/api/kuaixun/getlistmore?cid=174&amp;page=2" data-page="2">加载更多</div></div></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "界面新闻 (jiemian.com)-like article pages /article/N.html")
    fam.put("/", home())
    fam.put("/lists/174.html", listing())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\n")
    fam.not_documents += ["/", "/lists/174.html", f"/article/{A2}.html"]
    summary1 = "保护金融消费者合法权益，是践行金融工作人民性的具体体现。"
    fam.put(
        f"/article/{A1}.html",
        page(
            A1,
            J1.title + "（上）",
            "2024/04/23 16:05",
            "马文婧",
            "宋烨珺",
            summary1,
            P1,
            after=f'<p>（未完，下篇：<a href="/article/{A2}.html" target="_blank">{J1.title}（下）</a>）</p>',
            tags=["金融消费者", "消保"],
            extend=[(A2, J1.title + "（下）"), ("11101988", "一季度银行业消费投诉数量同比下降")],
        ),
    )
    fam.put(
        f"/article/{A2}.html",
        page(
            A2,
            J1.title + "（下）",
            "2024/04/23 16:10",
            "马文婧",
            "宋烨珺",
            summary1,
            P2,
            before=f'<p>（接上篇：<a href="/article/{A1}.html" target="_blank">{J1.title}（上）</a>）</p>',
            tags=["金融消费者", "消保"],
            extend=[(A1, J1.title + "（上）"), ("11101988", "一季度银行业消费投诉数量同比下降")],
        ),
    )
    fam.put(
        f"/article/{B}.html",
        page(
            B,
            J2.title,
            "2024/11/14 10:32",
            "陈怡然",
            "许悦",
            "新消费品牌要想走得更远，必须回到商业的本质上来。",
            J2.paras,
            before="<p>11月14日，第二届新消费品牌峰会开幕。主办方负责人在开幕式上致辞。以下为致辞全文：</p>",
            cover="峰会现场。图片来源：主办方",
            tags=["新消费", "品牌"],
            extend=[("11930544", "新茶饮品牌开店速度放缓"), ("11928703", "国潮彩妆还能火多久")],
            brief="界面新闻记者，关注消费与零售行业。",
        ),
    )
    fam.doc([f"/article/{A1}.html", f"/article/{A2}.html"], J1)
    fam.doc([f"/article/{B}.html"], J2)
    fam.noise += [
        "界面新闻记者",
        "界面新闻编辑",
        "马文婧",
        "来源：界面新闻",
        "未经正式授权严禁转载本文",
        "未完，下篇",
        "接上篇",
        "分享到",
        "复制链接",
        "延伸阅读",
        "登录后才能发表评论",
        "以下为致辞全文",
        "图片来源：主办方",
        "热门文章",
        "沪ICP备14001123号-1",
        "界面新闻版权所有",
    ]
    fam.note = (
        "the 金融消费者 speech was published as two articles （上） (`11102436.html`) and （下） (`11102547.html`) "
        "joined by `（未完，下篇：<link>）` at the end of the first text and `（接上篇：<link>）` at the start of the "
        "second (also by 延伸阅读): one document over both, title without （上）; the 峰会 piece opens with a news "
        "preamble (…以下为致辞全文：) and a cover image with caption before the text. Home links the 峰会 piece; "
        "the 金融 list `/lists/174.html` all three articles."
    )
    return fam
