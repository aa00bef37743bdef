"""新京报 (www.bjnews.com.cn) 2020+ site, article pages as its server prints them: `/detail/<16 digits>.html`
(the id is a millisecond stamp plus a suffix), HTML5 with `<meta charset="utf-8">`, `header` nav, `bodyTitle`
block (`h1`, `ntitle`: 新京报 source link, `timer`, 新京报记者 byline, 编辑 name), `bodyContent` >
`articleLeft` > `articleCenter` with `div#contentStr.content`: the `新京报讯（记者 …）` lead as the opening
paragraph, pictures as centred `<p><img></p>` followed by a centred caption paragraph (… 新京报记者 … 摄),
bold numbered headings, and the `编辑 … 校对 …` line as the last paragraph; then 举报 / 分享 bar,
`hot-news` 推荐阅读 (thumbnail rows), the 新京报APP download box, the right column 热点排行 and ad; footer
with 京ICP备 line. Home `/` and the extensionless channel `/news` (page 2 `/news?page=2`, a query
route) list `list-a` rows."""

from common import SPEECHES, Family

HOST = "www.bjnews-cn.test"

BJ1 = SPEECHES["r22b-bj1"]
BJ2 = SPEECHES["r22b-bj2"]

ARTICLES = [
    # speech, id, stamp, reporter, lead, picture after n (or -1 before the speech), caption, editor, proof, bold heading prefixes
    (
        BJ1,
        "1715843216129876",
        "2024-05-16 15:06",
        "王瑞琪",
        "新京报讯（记者 王瑞琪）5月15日，丰台区召开老旧小区综合整治工作推进会。记者从会上获悉，今年该区计划启动改造小区50个。区委主要负责同志在会上讲话，现将讲话全文刊发如下。",
        5,
        "5月15日，丰台区一处老旧小区内，工人正在进行外墙保温施工。新京报记者 王贵彬 摄",
        "刘梦婕",
        "杨许丽",
        ("一、", "二、", "三、"),
    ),
    (
        BJ2,
        "1715593470128433",
        "2024-05-13 17:44",
        "李木易",
        "新京报讯（记者 李木易）5月13日上午，2024年首都高校毕业生就业服务季启动仪式举行，北京市人力资源和社会保障局有关负责同志致辞。以下为致辞内容。",
        -1,
        "5月13日，启动仪式后的首场专场招聘会现场，毕业生正在咨询岗位信息。新京报记者 李木易 摄",
        "缪晨霞",
        "李立军",
        (),
    ),
]

MORE = [
    ("1715850122130014", "北京今年将完成1000个老旧小区改造任务", "2024-05-16 17:02"),
    ("1715762801129550", "北京加装电梯再提速，多个小区实现“一键报修”", "2024-05-15 16:40"),
    ("1715668735129012", "首场“就业服务季”专场招聘会提供岗位超8000个", "2024-05-14 14:38"),
    ("1715505927128107", "北京发布毕业生求职防骗提示：警惕“付费内推”", "2024-05-12 17:25"),
]


def head(title, kw, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<link rel="shortcut icon" href="https://static.bjnews.com.cn/www/v5/images/favicon.ico">
<link rel="stylesheet" href="https://static.bjnews.com.cn/www/v5/css/reset.css">
<link rel="stylesheet" href="https://static.bjnews.com.cn/www/v5/css/detail.css?v=20240401">
<script src="https://static.bjnews.com.cn/www/v5/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
<div class="header-top"><div class="content"><span class="date">北京 晴 14~29℃</span><a href="javascript:;" class="login">登录</a></div></div>
<div class="header-nav"><div class="content">
<a class="logo" href="/"><img src="https://static.bjnews.com.cn/www/v5/images/logo.png" alt="新京报"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">时事</a></li><li><a href="/beijing">北京</a></li><li><a href="/financial">财经</a></li><li><a href="/opinion">评论</a></li><li><a href="/culture">文化</a></li><li><a href="/video">视频</a></li><li><a href="/depth">深度</a></li></ul>
<div class="search"><input type="text" placeholder="请输入关键词"><a href="javascript:;" class="search-btn"></a></div>
</div></div>
</div>
"""


FOOT = """<div class="footer">
<div class="content">
<p class="footer-link"><a href="/about" target="_blank">关于我们</a> | <a href="/contact" target="_blank">联系我们</a> | <a href="/ad" target="_blank">广告服务</a> | <a href="/copyright" target="_blank">版权声明</a> | <a href="/jobs" target="_blank">招聘信息</a></p>
<p>新京报社版权所有 未经新京报社书面授权 不得复制或建立镜像</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备08105153号-4</a> 京公网安备 11010502038727号 互联网新闻信息服务许可证 11120170003</p>
<p>违法和不良信息举报电话：010-67106710 举报邮箱：jubao@bjnews.com.cn</p>
</div>
</div>
<script src="https://static.bjnews.com.cn/www/v5/js/common.js?v=20240401"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0c0fb7b2d4d1f0aa0d6bb1ee57d9e7c5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def right():
    lis = "".join(
        f'<li><i>{n}</i><a href="/detail/{a}.html" target="_blank">{t}</a></li>' for n, (a, t, _s) in enumerate(MORE, 1)
    )
    return f"""<div class="articleRight">
<div class="rightAd"><!-- ad 300x250 --><div id="ad_detail_right"></div></div>
<div class="hotRank"><div class="hot-title">热点排行</div><ul>{lis}</ul></div>
</div>
"""


def picture(aid, caption):
    return (
        f'<p style="text-align: center;"><img src="https://pic.bjnews.com.cn/wevideo/2024/05/16/{aid}7.jpeg" width="640" alt=""></p>\n'
        f'<p style="text-align: center;">{caption}</p>'
    )


def article(i):
    speech, aid, stamp, reporter, lead, pic_at, caption, editor, proof, bold = ARTICLES[i]
    ps = [f"<p>{lead}</p>"]
    if pic_at == -1:
        ps.append(picture(aid, caption))
    for n, para in enumerate(speech.paras):
        if bold and para.startswith(bold):
            ps.append(f"<p><strong>{para}</strong></p>")
        else:
            ps.append(f"<p>{para}</p>")
        if n == pic_at:
            ps.append(picture(aid, caption))
    ps.append(f"<p>编辑 {editor} 校对 {proof}</p>")
    other = ARTICLES[1 - i]
    rec = [(other[1], other[0].title, other[2])] + MORE[:3]
    rec_html = "".join(
        f'<div class="list-a"><a href="/detail/{a}.html" target="_blank" class="pic"><img src="https://pic.bjnews.com.cn/thumb/2024/05/{a[-6:]}.jpeg"></a>'
        f'<div class="list-b"><a href="/detail/{a}.html" target="_blank" class="title">{t}</a><span class="source">新京报</span><span class="timer">{s}</span></div></div>\n'
        for a, t, s in rec
    )
    return (
        head(f"{speech.title}_新京报", "老旧小区,综合整治,民生" if i == 0 else "高校毕业生,就业,招聘", lead[lead.index("）") + 1 :][:80])
        + f"""<div class="bodyTitle">
<div class="content">
<div class="title"><h1>{speech.title}</h1></div>
<div class="ntitle">
<span class="left"><a class="reporter" href="/">新京报</a><span class="timer">{stamp}</span><span class="author">记者：{reporter}</span><span class="editor">编辑：{editor}</span></span>
<span class="right"><a href="javascript:;" class="fontSize">字号</a></span>
</div>
</div>
</div>
<div class="bodyContent">
<div class="content clearfix">
<div class="articleLeft">
<div class="articleCenter">
<div class="content" id="contentStr">
{chr(10).join(ps)}
</div>
<div class="articleBottom clearfix">
<div class="report"><a href="javascript:;" class="jubao">举报</a></div>
<div class="share"><span>分享至：</span><a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a><a href="javascript:;" class="qq" title="QQ"></a></div>
</div>
<div class="appDown clearfix"><img src="https://static.bjnews.com.cn/www/v5/images/app_qr.png" alt=""><div class="appText"><p>下载新京报APP</p><p>阅读更多精彩内容</p></div></div>
<div class="hot-news"><div class="hotTitle">推荐阅读</div>
{rec_html}</div>
</div>
</div>
{right()}</div>
</div>
"""
        + FOOT
    )


def listing(title, rows, pager):
    lis = "".join(
        f'<div class="list-a"><a href="/detail/{a}.html" target="_blank" class="pic"><img src="https://pic.bjnews.com.cn/thumb/2024/05/{a[-6:]}.jpeg"></a>'
        f'<div class="list-b"><a href="/detail/{a}.html" target="_blank" class="title">{t}</a><span class="source">新京报</span><span class="timer">{s}</span></div></div>\n'
        for a, t, s in rows
    )
    return (
        head(title, "新京报,新闻,北京", "新京报网是新京报社旗下新闻网站")
        + f"""<div class="bodyContent">
<div class="content clearfix">
<div class="articleLeft">
<div class="channelList">
{lis}</div>
<div class="page">{pager}</div>
</div>
{right()}</div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "新京报 (bjnews.com.cn) 2020+ article pages: /detail/<16 digits>.html, div#contentStr, 新京报讯 lead, 编辑/校对 line")
    fam.extensionless_html = True
    rows = []
    for i, a in enumerate(ARTICLES):
        speech, aid, stamp = a[0], a[1], a[2]
        fam.put(f"/detail/{aid}.html", article(i))
        fam.doc([f"/detail/{aid}.html"], speech)
        rows.append((aid, speech.title, stamp))
    bj1, bj2 = rows
    fam.put("/", listing("新京报网_好新闻无止境", [MORE[0], bj1, MORE[1]], '<a href="/news" class="more">查看更多</a>'))
    fam.put("/news", listing("时事_新京报", [MORE[0], bj1, MORE[1], MORE[2]], '<span class="current">1</span><a href="/news?page=2">2</a><a href="/news?page=2" class="next">下一页</a>'))
    fam.route("/news?page=2", "/news-page-2", listing("时事_新京报", [bj2, MORE[3]], '<a href="/news" class="prev">上一页</a><a href="/news">1</a><span class="current">2</span>'))
    fam.not_documents += ["/", "/news", "/news?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\n")
    fam.noise += [
        "新京报讯（记者 王瑞琪）",
        "现将讲话全文刊发如下。",
        "新京报讯（记者 李木易）",
        "以下为致辞内容。",
        "新京报记者 王贵彬 摄",
        "新京报记者 李木易 摄",
        "编辑 刘梦婕 校对 杨许丽",
        "编辑 缪晨霞 校对 李立军",
        "记者：王瑞琪",
        "分享至：",
        "下载新京报APP",
        "推荐阅读",
        "热点排行",
        "北京今年将完成1000个老旧小区改造任务",
        "新京报社版权所有",
        "京ICP备08105153号-4",
        "_新京报",
    ]
    fam.note = "the 新京报讯（记者 …） lead paragraph, picture captions and the closing 编辑 … 校对 … paragraph sit inside `div#contentStr` with the speech; the first speech's numbered headings are `<strong>` paragraphs and part of the text"
    return fam
