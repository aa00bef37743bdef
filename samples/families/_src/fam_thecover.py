"""封面新闻 (www.thecover.cn/news/ID) PC article pages: extensionless `/news/<id>` (a numeric id on the
older article, the later base64-like `…H90qSdq8Jkw==` id on the newer one), titled `标题 - 封面新闻`;
header with `ul.top-nav` channels (`/channel_3560` 四川 …), `div.more-wrapper` 更多, 下载APP;
`div.main-article > article > header` holding `h1` and `p.props-of-title` (the account link
`<a><span>封面新闻</span></a>` then the time `<span>2024-03-19 18:32</span>` and 阅读数);
`section.article-content` opening with the `封面新闻记者 …` byline paragraph and a news preamble
(…以下为发言全文：), a photo with its `（封面新闻记者 … 摄）` caption, and closing with the bold
`【如果您有新闻线索，欢迎向我们报料…】` paragraph inside the same section; 责任编辑 line, 分享 bar,
相关推荐 (`a.link-to-article`), 评论 box (登录后发表评论), the right column (扫码下载封面新闻, 热门新闻),
footer (华西都市报 / 封面传媒, 蜀ICP备, 互联网新闻信息服务许可证). Home `/` has the `bigView-list`
banner; the 四川 channel `/channel_3560` lists both speeches as `a.link-to-article`."""

import html

from common import SPEECHES, Family

HOST = "www.fengmian-like.test"
S1, S2 = SPEECHES["f43c-6"], SPEECHES["f43c-5"]
ST = "https://static.fengmian-like.test/pc"
CH = "/channel_3560"

N1 = "/news/Qz3hT8xLr0aH90qSdq8Jkw=="
N2 = "/news/10386452"
TIP = "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb，报料QQ：3386405712】"
A1 = dict(
    path=N1, speech=S1, title=f"“每一步成长都离不开好的营商环境”｜{S1.title}",
    time="2024-03-19 18:32", reads="2.1万", byline="封面新闻记者 周子轩",
    preamble="3月19日，全市民营经济发展大会召开。会上，一家新能源汽车零部件企业的董事长作为企业家代表作交流发言，讲述企业十五年来的成长经历，并就融资、人才等问题提出建议。以下为发言全文：",
    photo=None, editor="李岚",
)
A2 = dict(
    path=N2, speech=S2, title=f"致辞全文｜{S2.title}",
    time="2023-11-24 11:05", reads="3.6万", byline="封面新闻记者 杨晓蕾 实习生 何雨桐",
    preamble="11月24日，第三届天府书展在成都开幕。书展组委会负责人在开幕式上致辞。",
    photo=("https://img.fengmian-like.test/2023/11/24/8f1d3a6c0b7e4295.jpg", "第三届天府书展开幕式现场（封面新闻记者 陈羽啸 摄）"),
    editor="王婷",
)
OTHERS = [
    ("/news/10386210", "天府书展今日开幕，1000余场活动等你来", "2023-11-24"),
    ("/news/Lm8wR2vNq4cH90qSdq8Jkw==", "这座城市出台民营经济20条，涉及融资人才等", "2024-03-19"),
    ("/news/Yt5kP0dGz7eH90qSdq8Jkw==", "四川一季度新增经营主体超40万户", "2024-03-18"),
]
HOT = [
    ("/news/Ab1cD2eF3gH90qSdq8Jkw==", "成都春季赏花指南来了"),
    ("/news/Hi4jK5lM6nH90qSdq8Jkw==", "川A车主注意，这些路段施工绕行"),
    ("/news/Op7qR8sT9uH90qSdq8Jkw==", "三星堆新一轮考古发掘进展公布"),
]
NAV = [("/", "首页"), ("/channel_3892", "天下"), (CH, "四川"), ("/channel_3686", "国际"), ("/channel_3909", "辟谣"),
       ("/channel_3689", "体育"), ("/channel_12", "文娱"), ("/channel_46", "宽窄"), ("/channel_4", "商业"), ("/channel_17", "封面号")]


def head(title):
    act = ' class="active"'
    nav = "".join(f'<li><a href="{h}"{act if t == "四川" else ""}>{t}</a></li>' for h, t in NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{html.escape(title)}</title>
<meta name="keywords" content="封面新闻,封面,华西都市报,四川新闻">
<meta name="description" content="封面新闻，亿万年轻人的生活方式">
<link rel="shortcut icon" href="{ST}/favicon.ico">
<link rel="stylesheet" href="{ST}/css/base.css?v=20231108">
<link rel="stylesheet" href="{ST}/css/article.css?v=20231108">
</head>
<body>
<div class="header">
  <div class="header-inner">
    <a class="logo" href="/"><img src="{ST}/images/logo.png" alt="封面新闻"></a>
    <ul class="top-nav">{nav}</ul>
    <div class="more-wrapper"><a href="/channel_3902">30秒</a><a href="/channel_3889">拍客</a><a href="/channel_11">云招考</a><a href="/channel_21">千面</a></div>
    <div class="header-right"><a class="download-app" href="javascript:;">下载APP</a><a class="login-btn" href="javascript:;">登录</a></div>
  </div>
</div>
"""


def side():
    hot = "".join(f'<li><span class="hot-index">{i}</span><a class="link-to-article" href="{h}">{t}</a></li>' for i, (h, t) in enumerate(HOT, 1))
    return f"""<aside class="side-bar">
  <div class="app-download"><img src="{ST}/images/qrcode_app.png" alt=""><p>扫码下载封面新闻</p><p class="slogan">亿万年轻人的生活方式</p></div>
  <div class="hot-news"><h3 class="side-title">热门新闻</h3><ul>{hot}</ul></div>
</aside>
"""


def foot():
    return f"""<div class="footer">
  <p><a href="javascript:;">关于我们</a><a href="javascript:;">联系我们</a><a href="javascript:;">广告服务</a><a href="javascript:;">版权声明</a><a href="javascript:;">举报中心</a></p>
  <p>Copyright &copy; 2015-2024 华西都市报 封面传媒 All Rights Reserved</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备15027843号-1</a>　互联网新闻信息服务许可证：51120170003　川公网安备51019002000431号</p>
</div>
<script src="{ST}/js/jquery-1.12.4.min.js"></script>
<script src="{ST}/js/common.js?v=20231108"></script>
<script src="{ST}/js/article.js?v=20231108"></script>
<script>
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5f0e9b2c81d74a36e0b9c2d4f1a8e7b3"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>
"""


def article(a, related):
    s = a["speech"]
    ps = [f"<p>{a['byline']}</p>", f"<p>{a['preamble']}</p>"]
    if a["photo"]:
        src, cap = a["photo"]
        ps.append(f'<p style="text-align: center;"><img src="{src}" alt=""></p>')
        ps.append(f'<p style="text-align: center;">{cap}</p>')
    ps += [f"<p>{p}</p>" for p in s.paras]
    ps.append(f"<p><strong>{TIP}</strong></p>")
    rel = "".join(
        f'<li><a class="link-to-article" href="{h}"><p class="title">{html.escape(t)}</p><p class="info"><span>封面新闻</span><span>{d}</span></p></a></li>'
        for h, t, d in related
    )
    return head(f"{a['title']} - 封面新闻") + f"""<div class="container clearfix">
<div class="main-article">
  <article>
    <header>
      <h1>{html.escape(a['title'])}</h1>
      <p class="props-of-title"><a href="/account/1"><img class="avatar" src="{ST}/images/avatar_cover.png" alt=""><span>封面新闻</span></a><span>{a['time']}</span><i class="read-count">阅读 {a['reads']}</i></p>
    </header>
    <section class="article-content">
{chr(10).join(ps)}
    </section>
  </article>
  <p class="article-editor">责任编辑：{a['editor']}</p>
  <div class="article-share"><span>分享到：</span><a class="weixin" href="javascript:;"></a><a class="weibo" href="javascript:;"></a><a class="qzone" href="javascript:;"></a></div>
  <div class="recommend"><h3 class="module-title">相关推荐</h3><ul class="recommend-list">{rel}</ul></div>
  <div class="comment-box"><h3 class="module-title">评论</h3><div class="comment-input"><textarea placeholder="写下你的评论..." disabled></textarea><a class="login-to-comment" href="javascript:;">登录后发表评论</a></div><p class="comment-empty">暂无评论</p></div>
</div>
{side()}
</div>
""" + foot()


def build() -> Family:
    fam = Family(HOST, "封面新闻 article pages (www.thecover.cn/news/ID)", extensionless_html=True)
    fam.put(N1, article(A1, [OTHERS[1], OTHERS[2], (N2, A2["title"], "2023-11-24")]))
    fam.put(N2, article(A2, [OTHERS[0], (N1, A1["title"], "2024-03-19")]))
    fam.doc([N1], S1, published_at=A1["time"][:10])
    fam.doc([N2], S2, published_at=A2["time"][:10])
    items = [(N1, A1["title"], A1["time"]), OTHERS[2], (N2, A2["title"], A2["time"])]
    lis = "".join(
        f'<div class="news-item"><a class="link-to-article" href="{h}"><div class="news-title">{html.escape(t)}</div>'
        f'<div class="news-info"><span>封面新闻</span><span>{d}</span></div></a></div>'
        for h, t, d in items
    )
    fam.put(CH, head("四川 - 封面新闻") + f"""<div class="container clearfix"><div class="channel-list">
  <div class="bigView-list"><div><a href="{N1}"><img src="{ST}/images/placeholder_banner.jpg" alt=""><p>{html.escape(A1['title'])}</p></a></div></div>
  <div class="news-list">{lis}</div>
  <div class="load-more"><a href="javascript:;">加载更多</a></div>
</div>{side()}</div>
""" + foot())
    fam.put("/", head("封面新闻 - 亿万年轻人的生活方式") + f"""<div class="container clearfix"><div class="index-main">
  <div class="bigView-list"><div><a href="{N1}"><img src="{ST}/images/placeholder_banner.jpg" alt=""><p>{html.escape(A1['title'])}</p></a></div><div><a href="{OTHERS[0][0]}"><img src="{ST}/images/placeholder_banner2.jpg" alt=""><p>{OTHERS[0][1]}</p></a></div></div>
  <div class="news-list"><div class="news-item"><a class="link-to-article" href="{OTHERS[1][0]}"><div class="news-title">{OTHERS[1][1]}</div></a></div></div>
  <div class="more-news"><a href="{CH}">更多四川新闻</a></div>
</div>{side()}</div>
""" + foot())
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n", "ascii")
    fam.not_documents += ["/", CH]
    fam.noise += [
        TIP, "如果您有新闻线索", "封面新闻记者 周子轩", "封面新闻记者 杨晓蕾", A1["preamble"][:20], "以下为发言全文",
        A2["preamble"][:20], A2["photo"][1], "责任编辑：李岚", "责任编辑：王婷", "分享到：", "相关推荐", OTHERS[0][1],
        "登录后发表评论", "暂无评论", "扫码下载封面新闻", "亿万年轻人的生活方式", "热门新闻", HOT[0][1], "蜀ICP备15027843号-1",
        "华西都市报 封面传媒", "阅读 2.1万", "下载APP",
    ]
    fam.note = (
        "封面新闻 PC article template; `section.article-content` opens with the `封面新闻记者 …` byline and a news preamble and "
        "ends with the bold `【如果您有新闻线索…】` paragraph; the newer article's id is base64-like (`…H90qSdq8Jkw==`)."
    )
    return fam
