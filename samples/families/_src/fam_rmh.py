"""人民号 (rmh.pdnews.cn) PC article pages `/Pc/ArtInfoApi/article?id=N` (query routes): the 人民日报客户端
top bar (人民日报 / 人民号 / 下载客户端), `div.layout > div.main-left`: `h1.article-title`, `div.article-info`
(account, `span.time` `2024-09-12 09:46:21`, 阅读), `div.article-content#articleContent` with `<p>` paragraphs
(some opened with full-width spaces), the 人民号 statement right after the text (`本文为人民日报新媒体平台
“人民号”作者上传并发布，仅代表作者观点。人民日报仅提供信息发布平台。`), 举报, 推荐阅读; the right column
account card (`author-card`: avatar, name, 人民号 tag, 简介, 关注, 作品/粉丝) and 作者最新文章; footer with
人民日报社 copyright and ICP. A long speech posted by its account as two articles `（上）` / `（下）`: the
first ends `（未完待续）`, the second opens `（接上篇）` (one document over both, the second not a document).
Home `/` is the 人民号 PC home (推荐 list); the account page `/Pc/Author/index?id=N` lists its works."""

import html

from common import SPEECHES, Family, split_paras

HOST = "rmh.renminhao-like.test"
S1, S2 = SPEECHES["f39c-1"], SPEECHES["f39c-2"]
ACC1 = ("清江民政", "1187342", "清江市民政局官方人民号，发布民政政策、服务信息。")
ACC2 = ("平溪发布", "1093516", "平溪县委宣传部官方人民号")
ID1A, ID1B, ID2 = "36812457", "36839120", "37904385"
OTHER = [
    ("36778042", "清江市启动2024年度困难群众“冬季暖心”走访慰问", ACC1),
    ("36701933", "第三批社区嵌入式养老服务综合体试点名单公布", ACC1),
    ("37881206", "平溪县文旅推介会在省城举行", ACC2),
]
STATEMENT = "本文为人民日报新媒体平台“人民号”作者上传并发布，仅代表作者观点。人民日报仅提供信息发布平台。"
MORE = "（未完待续）"
CONT = "（接上篇）"
PRE2 = "10月18日上午，平溪县第十二届运动会在县体育中心开幕。县委书记出席开幕式并致辞。以下为致辞全文："
CAP2 = "开幕式现场。（平溪县融媒体中心 记者 蒋晓航 摄）"


def art(aid):
    return f"/Pc/ArtInfoApi/article?id={aid}"


def author(acc):
    return f"/Pc/Author/index?id={acc[1]}"


def head(title, desc=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>{html.escape(title)}</title>
<meta name="keywords" content="人民号,人民日报客户端,人民日报">
<meta name="description" content="{html.escape(desc)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="https://rmh.pdnews.cn/static/pc/css/common.css?v=20230816">
<link rel="stylesheet" href="https://rmh.pdnews.cn/static/pc/css/article.css?v=20230816">
<script src="https://rmh.pdnews.cn/static/pc/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><div class="top-left"><a href="http://www.peopleapp.com/" target="_blank">人民日报客户端</a><span>|</span><a href="/">人民号</a></div><div class="top-right"><a href="http://www.peopleapp.com/download" target="_blank" class="download">下载客户端</a><a href="javascript:;" class="login-btn">登录</a><a href="https://rmh.pdnews.cn/Pc/Login/apply" target="_blank">入驻人民号</a></div></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="https://rmh.pdnews.cn/static/pc/images/logo.png" alt="人民号"></a><ul class="nav"><li class="on"><a href="/">推荐</a></li><li><a href="/Pc/Index/channel?id=1">时政</a></li><li><a href="/Pc/Index/channel?id=3">政务</a></li><li><a href="/Pc/Index/channel?id=6">社会</a></li><li><a href="/Pc/Index/channel?id=9">文化</a></li><li><a href="/Pc/Index/channel?id=12">体育</a></li></ul></div></div>
"""


FOOT = """<div class="footer"><div class="w1200"><p><a href="http://www.people.com.cn/GB/50142/104580/index.html" target="_blank">关于人民网</a> | <a href="http://www.peopleapp.com/about" target="_blank">关于客户端</a> | <a href="https://rmh.pdnews.cn/Pc/Help/agreement" target="_blank">人民号用户协议</a> | <a href="https://rmh.pdnews.cn/Pc/Help/contact" target="_blank">联系我们</a></p>
<p>人民日报社 版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备16066560号-3</a>　<img src="https://rmh.pdnews.cn/static/pc/images/beian.png" alt="">京公网安备 11000002000008号</p></div></div>
<script src="https://rmh.pdnews.cn/static/pc/js/common.js?v=20230816"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c8e0b0a4f1a1b2c7d6e5f4a3b2c1d0e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def side(acc, latest):
    items = "".join(f'<li><a href="{art(a)}" target="_blank">{html.escape(t)}</a></li>' for a, t in latest)
    return f"""<div class="main-right">
<div class="author-card"><a href="{author(acc)}" target="_blank" class="avatar"><img src="https://rmrbcmsonline.peopleapp.com/upload/user_app/20220514/avatar_{acc[1]}.jpg" alt=""></a><p class="name"><a href="{author(acc)}" target="_blank">{acc[0]}</a><i class="icon-rmh"></i></p><p class="intro">{acc[2]}</p><div class="count"><span><em>1286</em>作品</span><span><em>3.2万</em>粉丝</span></div><a href="javascript:;" class="follow-btn">+ 关注</a></div>
<div class="side-box"><div class="side-tit">作者最新文章</div><ul class="side-list">{items}</ul></div>
<div class="side-box app-code"><img src="https://rmh.pdnews.cn/static/pc/images/app_code.png" alt=""><p>扫码下载人民日报客户端</p></div>
</div>
"""


def article_page(aid, title, acc, stamp, reads, body_html, latest, recommend):
    rec = "".join(f'<li><a href="{art(a)}" target="_blank">{html.escape(t)}</a><span>{s}</span></li>' for a, t, s in recommend)
    return head(f"{title}-人民号", title) + f"""<div class="layout w1200 clearfix">
<div class="main-left">
<div class="crumbs"><a href="/">人民号</a> &gt; <a href="{author(acc)}">{acc[0]}</a> &gt; 正文</div>
<h1 class="article-title">{html.escape(title)}</h1>
<div class="article-info"><a class="source" href="{author(acc)}" target="_blank">{acc[0]}</a><span class="time">{stamp}</span><span class="read">阅读：{reads}</span></div>
<div class="article-content" id="articleContent">
{body_html}
</div>
<div class="article-statement">{STATEMENT}</div>
<div class="article-tools"><a href="javascript:;" class="like"><i></i>点赞</a><a href="javascript:;" class="share-wx"><i></i>微信</a><a href="javascript:;" class="share-wb"><i></i>微博</a><a href="https://rmh.pdnews.cn/Pc/Report/index?id={aid}" target="_blank" class="report">举报</a></div>
<div class="recommend"><div class="rec-tit">推荐阅读</div><ul class="rec-list">{rec}</ul></div>
</div>
{side(acc, latest)}
</div>
""" + FOOT


def paras_html(paras, indent=True):
    return "\n".join(f"<p>{'　　' if indent else ''}{p}</p>" for p in paras)


def home_page():
    items = [
        (ID2, S2.title, ACC2, "10-18 11:02"),
        (ID1A, S1.title + "（上）", ACC1, "09-12 09:46"),
        (OTHER[0][0], OTHER[0][1], ACC1, "09-10 16:20"),
    ]
    lis = "".join(
        f'<li class="item"><div class="item-txt"><a class="item-tit" href="{art(a)}" target="_blank">{html.escape(t)}</a><p class="item-info"><a href="{author(acc)}" target="_blank">{acc[0]}</a><span>{when}</span></p></div></li>'
        for a, t, acc, when in items
    )
    return head("人民号_人民日报客户端", "人民号是人民日报客户端推出的移动聚合平台") + f"""<div class="layout w1200 clearfix"><div class="main-left"><ul class="feed-list">{lis}</ul><div class="load-more" data-page="2">加载更多</div></div>
<div class="main-right"><div class="side-box"><div class="side-tit">热门人民号</div><ul class="side-list"><li><a href="{author(ACC1)}">{ACC1[0]}</a></li><li><a href="{author(ACC2)}">{ACC2[0]}</a></li></ul></div></div></div>
""" + FOOT


def author_page(acc, items):
    lis = "".join(f'<li class="item"><a class="item-tit" href="{art(a)}" target="_blank">{html.escape(t)}</a><p class="item-info"><span>{when}</span></p></li>' for a, t, when in items)
    return head(f"{acc[0]}-人民号", acc[2]) + f"""<div class="layout w1200 clearfix"><div class="author-top"><img src="https://rmrbcmsonline.peopleapp.com/upload/user_app/20220514/avatar_{acc[1]}.jpg" alt=""><h2>{acc[0]}</h2><p>{acc[2]}</p><a href="javascript:;" class="follow-btn">+ 关注</a></div>
<div class="main-left"><div class="tab"><span class="on">作品</span></div><ul class="feed-list">{lis}</ul></div></div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "人民号 (rmh.pdnews.cn/Pc/ArtInfoApi/article?id=N) PC article pages")
    fam.put("/", home_page())
    first, second = split_paras(S1.paras, 2)
    latest1 = [(ID1B, S1.title + "（下）"), (ID1A, S1.title + "（上）"), (OTHER[0][0], OTHER[0][1]), (OTHER[1][0], OTHER[1][1])]
    rec1 = [(OTHER[1][0], OTHER[1][1], ACC1[0]), (ID2, S2.title, ACC2[0])]
    body_a = paras_html(first) + f"\n<p>　　{MORE}</p>"
    fam.route(art(ID1A), f"Pc/ArtInfoApi/article_{ID1A}.html",
              article_page(ID1A, S1.title + "（上）", ACC1, "2024-09-12 09:46:21", "1.6万", body_a, latest1, rec1))
    body_b = f"<p>　　{CONT}</p>\n" + paras_html(second)
    fam.route(art(ID1B), f"Pc/ArtInfoApi/article_{ID1B}.html",
              article_page(ID1B, S1.title + "（下）", ACC1, "2024-09-13 09:30:05", "9821", body_b, latest1, rec1))
    fam.doc([art(ID1A), art(ID1B)], S1, published_at="2024-09-12")
    fam.not_documents.append(art(ID1B))
    body2 = (
        f"<p>{PRE2}</p>\n"
        f'<p style="text-align: center;"><img src="https://rmrbcmsonline.peopleapp.com/upload/ueditor/image/20241018/a_{ID2}_1.jpg" alt=""></p>\n'
        f'<p style="text-align: center;"><span style="font-size: 14px; color: #7f7f7f;">{CAP2}</span></p>\n'
        + paras_html(S2.paras, indent=False)
        + "\n<p>编辑：何雨桐　审核：周建平</p>"
    )
    latest2 = [(ID2, S2.title), (OTHER[2][0], OTHER[2][1])]
    rec2 = [(ID1A, S1.title + "（上）", ACC1[0]), (OTHER[2][0], OTHER[2][1], ACC2[0])]
    fam.route(art(ID2), f"Pc/ArtInfoApi/article_{ID2}.html",
              article_page(ID2, S2.title, ACC2, "2024-10-18 11:02:47", "2.3万", body2, latest2, rec2))
    fam.doc([art(ID2)], S2)
    fam.route(author(ACC1), f"Pc/Author/index_{ACC1[1]}.html", author_page(ACC1, [
        (ID1B, S1.title + "（下）", "2024-09-13"), (ID1A, S1.title + "（上）", "2024-09-12"),
        (OTHER[0][0], OTHER[0][1], "2024-09-10"), (OTHER[1][0], OTHER[1][1], "2024-09-06")]))
    fam.route(author(ACC2), f"Pc/Author/index_{ACC2[1]}.html", author_page(ACC2, [
        (ID2, S2.title, "2024-10-18"), (OTHER[2][0], OTHER[2][1], "2024-10-11")]))
    fam.not_documents += [author(ACC1), author(ACC2)]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Pc/Login/\n")
    fam.noise += [
        STATEMENT, "人民日报仅提供信息发布平台", MORE, CONT, PRE2, CAP2, "编辑：何雨桐", "推荐阅读", "作者最新文章",
        "扫码下载人民日报客户端", "京ICP备16066560号-3", "入驻人民号", "+ 关注", "举报", OTHER[0][1], OTHER[1][1],
    ]
    fam.note = (
        "articles are query addresses `/Pc/ArtInfoApi/article?id=N` (query routes); the 养老 speech is one document over "
        "the account's two articles （上） (ends （未完待续）) and （下） (opens （接上篇）), linked from the account page, "
        "作者最新文章 and each other's side column; the expected date is the （上） article's"
    )
    return fam
