"""红网 (rednet.cn)-like article pages `/content/2024/05/16/N.html` on rednet's 2018+ template: UTF-8,
utility classes everywhere (`overf block`, `box_left f_left`, `m_b_25`, `p_l_10`, `f14 m_t_5 m_b_5 h20`);
header with 红网首页 / 时刻新闻 / 百姓呼声 / 登录 and the channel nav, a `当前位置` crumb, `h1.detail_title`,
the `m_b_25` line (time, 来源, 作者, 编辑) with a 分享到 bar, the text in `article > section#detailContent`,
then a second `section` of `p.f14` lines (来源 / 作者 / 编辑 again, as rednet prints them under the text),
a 版权 tip, 相关阅读, a 时刻新闻 app box (扫码下载), the right column (24小时热闻 / 图片 / ad) and the
红网 footer (湖南红网新媒体集团, 许可证, 湘ICP, 公网安备, 举报). A mobile-redirect script in the head.
Home `/` → channel `/channel/8394.html` (时政); one speech from a 县融媒体中心 (来源), the other a 红网
时刻新闻 report opening with a `红网时刻新闻…讯` lead."""

from common import SPEECHES, Family

HOST = "www.hongwang-like.test"

A1 = dict(
    path="/content/2024/05/14/13917452.html",
    speech=SPEECHES["R28B4"],
    time="2024-05-14 17:36:20",
    source="红网",
    author="周婧　通讯员　谭湘宁",
    editor="罗婷",
    lead="红网时刻新闻5月14日讯（记者 周婧 通讯员 谭湘宁）5月14日上午，湘江流域生态保护志愿服务行动在湘江风光带启动，来自全市的300余名志愿者参加启动仪式。市生态环境局主要负责同志在仪式上致辞。现将致辞全文刊发如下。",
    channel="时政",
)
A2 = dict(
    path="/content/2024/05/11/13901288.html",
    speech=SPEECHES["R28B3"],
    time="2024-05-11 09:18:05",
    source="桃源县融媒体中心",
    author="",
    editor="刘颖",
    lead=None,
    channel="时政",
)
STUBS = [
    ("/content/2024/05/16/13921047.html", "湖南启动2024年“护河行动”", "2024-05-16"),
    ("/content/2024/05/15/13919530.html", "长沙：老旧小区改造今年将惠及3万余户", "2024-05-15"),
    ("/content/2024/05/13/13912616.html", "湘江沿线多地开展净滩活动", "2024-05-13"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="shortcut icon" href="https://www.hongwang-like.test/favicon.ico">
<link rel="stylesheet" href="https://static.hongwang-like.test/pc/css/common.css?v=20231106">
<link rel="stylesheet" href="https://static.hongwang-like.test/pc/css/detail.css?v=20231106">
<script src="https://static.hongwang-like.test/pc/js/jquery-1.12.4.min.js"></script>
<script>
    (function () {
        if (/(iPhone|iPod|Android|ios|Mobile)/i.test(navigator.userAgent)) {
            var url = window.location.href.replace("www.hongwang-like.test", "m.hongwang-like.test");
            if (url.indexOf("m.hongwang-like.test") > -1) { window.location.href = url; }
        }
    })();
</script>
</head>
<body>
<header class="header">
    <section class="top_bar bg_f5 h36 l_h_36 f12">
        <section class="w1200 m_auto overf">
            <div class="f_left"><a href="/" target="_blank">红网首页</a><span class="p_l_10 p_r_10">|</span><a href="https://moment.hongwang-like.test/" target="_blank">时刻新闻</a><span class="p_l_10 p_r_10">|</span><a href="https://people.hongwang-like.test/" target="_blank">百姓呼声</a><span class="p_l_10 p_r_10">|</span><a href="https://bbs.hongwang-like.test/" target="_blank">红网论坛</a><span class="p_l_10 p_r_10">|</span><a href="https://v.hongwang-like.test/" target="_blank">红网视听</a></div>
            <div class="f_right"><a href="javascript:;" class="login_btn">登录</a><span class="p_l_10 p_r_10">|</span><a href="javascript:;" class="reg_btn">注册</a><span class="p_l_10 p_r_10">|</span><a href="https://app.hongwang-like.test/" target="_blank">下载客户端</a></div>
        </section>
    </section>
    <section class="w1200 m_auto overf h90">
        <a href="/" class="logo f_left"><img src="https://static.hongwang-like.test/pc/images/logo.png" alt="红网"></a>
        <div class="search f_right m_t_25"><form action="https://search.hongwang-like.test/search" method="get" target="_blank"><input type="text" name="keyword" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
    </section>
    <nav class="nav bg_red h46 l_h_46">
        <section class="w1200 m_auto"><a href="/">首页</a><a href="/channel/8394.html">时政</a><a href="/channel/8395.html">湖南</a><a href="/channel/8396.html">评论</a><a href="/channel/8397.html">经济</a><a href="/channel/8398.html">教育</a><a href="/channel/8399.html">文化</a><a href="/channel/8400.html">市州</a><a href="/channel/8401.html">视频</a></section>
    </nav>
</header>
"""

RIGHT = """        <section class="box_right f_right">
            <section class="hot_news m_b_30">
                <h3 class="r_tit f18 bold">24小时热闻</h3>
                <ul class="f14 l_h_30">
                    <li><em class="num red">1</em><a href="/content/2024/05/16/13921047.html" target="_blank">湖南启动2024年“护河行动”</a></li>
                    <li><em class="num red">2</em><a href="/content/2024/05/15/13919530.html" target="_blank">长沙：老旧小区改造今年将惠及3万余户</a></li>
                    <li><em class="num red">3</em><a href="/content/2024/05/13/13912616.html" target="_blank">湘江沿线多地开展净滩活动</a></li>
                </ul>
            </section>
            <section class="pic_news m_b_30">
                <h3 class="r_tit f18 bold">图片新闻</h3>
                <a href="/content/2024/05/13/13912616.html" target="_blank"><img src="https://img.hongwang-like.test/2024/05-13/6641c3e2-5a1b-4c7e-9f02-8d3e7b1a2c45.jpg" alt="湘江沿线多地开展净滩活动"><p class="f14 m_t_10">湘江沿线多地开展净滩活动</p></a>
            </section>
            <section class="ad_right"><script src="https://ad.hongwang-like.test/js/ad.js?pos=detail_right_1"></script></section>
        </section>
"""

FOOT = """<footer class="footer bg_333 m_t_50 p_t_30 p_b_30 f12 l_h_24 t_c c_999">
    <p><a href="/about/" target="_blank">关于红网</a> | <a href="/ad/" target="_blank">广告服务</a> | <a href="/contact/" target="_blank">联系我们</a> | <a href="/copyright/" target="_blank">版权声明</a> | <a href="/jobs/" target="_blank">招聘信息</a></p>
    <p>湖南红网新媒体集团有限公司版权所有　红网 Copyright &copy; 2001-2024 All Rights Reserved</p>
    <p>互联网新闻信息服务许可证：43120170002　信息网络传播视听节目许可证：1810565　湘ICP备12008024号-1</p>
    <p><img src="https://static.hongwang-like.test/pc/images/gongan.png" alt="">湘公网安备 43010302000127号　违法和不良信息举报电话：0731-84325008</p>
</footer>
<script src="https://static.hongwang-like.test/pc/js/common.js?v=20231106"></script>
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?1c3e5a7b9d2f4e6a8c0b1d3f5e7a9c2b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""

SHARE = """<div class="share f_right"><span class="f14 c_999">分享到：</span><a href="javascript:;" class="share_wx" title="微信"></a><a href="javascript:;" class="share_wb" title="微博"></a><a href="javascript:;" class="share_qq" title="QQ"></a><a href="javascript:;" class="share_qzone" title="QQ空间"></a></div>"""


def related(skip):
    items = [(A1["path"], A1["speech"].title, A1["time"][:10]), (A2["path"], A2["speech"].title, A2["time"][:10])] + STUBS
    return "".join(
        f'<li class="overf"><a href="{p}" target="_blank" class="f_left">{t}</a><span class="f_right c_999">{d}</span></li>'
        for p, t, d in items
        if p != skip
    )


def article_page(a, paras):
    sp = a["speech"]
    author_span = f'<span class="p_l_10">作者：{a["author"]}</span>' if a["author"] else ""
    author_p = f'<p class="f14 m_t_5 m_b_5 h20">作者：{a["author"]}</p>' if a["author"] else ""
    body = "\n".join(f"<p>　　{p}</p>" for p in paras)
    desc = (a["lead"] or sp.paras[min(1, len(sp.paras) - 1)])[:80]
    return (
        HEAD.replace("@@TITLE@@", f"{sp.title}_{a['channel']}_红网").replace("@@KW@@", sp.title).replace("@@DESC@@", desc)
        + f"""<main class="w1200 m_auto">
    <section class="crumbs f14 m_t_20 m_b_20 c_666">当前位置：<a href="/">红网</a> &gt; <a href="/channel/8394.html">{a["channel"]}</a> &gt; 正文</section>
    <section class="overf block">
        <section class="box_left f_left">
            <h1 class="detail_title">{sp.title}</h1>
            <div class="m_b_25 overf f14 c_999"><span>{a["time"]}</span><span class="p_l_10">来源：{a["source"]}</span>{author_span}<span class="p_l_10">编辑：{a["editor"]}</span>{SHARE}</div>
            <article>
                <section class="detail_content f18 l_h_34" id="detailContent">
{body}
                </section>
                <section class="m_t_30 c_666">
                    <p class="f14 m_t_50 m_b_5 h20">来源：{a["source"]}</p>
                    {author_p}
                    <p class="f14 m_t_5 m_b_5 h20">编辑：{a["editor"]}</p>
                </section>
            </article>
            <section class="copyright_tip f14 c_999 m_t_20">本文为红网原创或红网合作媒体稿件，转载请注明来源。凡来源为红网的稿件，未经书面授权，不得转载、摘编或建立镜像。</section>
            <section class="share_bar m_t_20 overf">{SHARE}<a href="javascript:;" class="print f_left f14" onclick="window.print()">打印</a><a href="javascript:;" class="close f_left f14 p_l_10" onclick="window.close()">关闭</a></section>
            <section class="related m_t_30">
                <h3 class="tit f20 bold">相关阅读</h3>
                <ul class="f16 l_h_40">{related(a["path"])}</ul>
            </section>
            <section class="app_down m_t_30 overf bg_f5">
                <img src="https://static.hongwang-like.test/pc/images/moment_qrcode.png" alt="时刻新闻" class="f_left">
                <div class="f_left p_l_20"><p class="f18 bold">下载时刻新闻客户端</p><p class="f14 c_666">扫码下载时刻新闻，随时随地看湖南</p></div>
            </section>
        </section>
{RIGHT}    </section>
</main>
"""
        + FOOT
    )


def channel_page():
    items = [(A1["path"], A1["speech"].title, A1["time"][:16]), STUBS[0], STUBS[1], (A2["path"], A2["speech"].title, A2["time"][:16]), STUBS[2]]
    lis = "".join(
        f'<li class="overf b_b_dashed"><a href="{p}" target="_blank" class="f18">{t}</a><span class="f_right f14 c_999">{d}</span></li>'
        for p, t, d in items
    )
    return (
        HEAD.replace("@@TITLE@@", "时政_红网").replace("@@KW@@", "时政,湖南时政").replace("@@DESC@@", "红网时政频道")
        + f"""<main class="w1200 m_auto">
    <section class="crumbs f14 m_t_20 m_b_20 c_666">当前位置：<a href="/">红网</a> &gt; 时政</section>
    <section class="overf block">
        <section class="box_left f_left">
            <ul class="news_list l_h_50">{lis}</ul>
            <div class="load_more t_c m_t_30"><a href="javascript:;" class="f14" data-channel="8394" data-page="2">加载更多</a></div>
        </section>
{RIGHT}    </section>
</main>
"""
        + FOOT
    )


def home():
    return (
        HEAD.replace("@@TITLE@@", "红网_湖南门户网站").replace("@@KW@@", "红网,湖南,新闻").replace("@@DESC@@", "红网，湖南省重点新闻网站")
        + f"""<main class="w1200 m_auto">
    <section class="headline t_c m_t_30"><h2 class="f32 bold"><a href="{A1["path"]}" target="_blank">{A1["speech"].title}</a></h2></section>
    <section class="overf block m_t_30">
        <section class="box_left f_left">
            <h3 class="tit f20 bold"><a href="/channel/8394.html">时政</a></h3>
            <ul class="f16 l_h_40"><li><a href="{STUBS[0][0]}" target="_blank">{STUBS[0][1]}</a></li><li><a href="{STUBS[1][0]}" target="_blank">{STUBS[1][1]}</a></li></ul>
            <div class="more f14"><a href="/channel/8394.html">更多&gt;&gt;</a></div>
        </section>
{RIGHT}    </section>
</main>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "红网 (rednet.cn)-like article pages /content/YYYY/MM/DD/N.html")
    fam.put("/", home())
    fam.put("/channel/8394.html", channel_page())
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/", "/channel/8394.html"]
    fam.put(A1["path"], article_page(A1, [A1["lead"]] + A1["speech"].paras))
    fam.put(A2["path"], article_page(A2, A2["speech"].paras))
    for p, t, d in STUBS:
        stub = dict(A2, path=p, speech=type(A2["speech"])(p, t, d, [t + "。"]), time=d + " 08:30:00", source="红网", editor="王琳")
        fam.put(p, article_page(stub, [t + "。"]))
        fam.not_documents.append(p)
    fam.doc([A1["path"]], A1["speech"], published_at=A1["time"][:10])
    fam.doc([A2["path"]], A2["speech"], published_at=A2["time"][:10])
    fam.noise += [
        "红网时刻新闻5月14日讯",
        "现将致辞全文刊发如下",
        "来源：",
        "编辑：",
        "桃源县融媒体中心",
        "当前位置：",
        "分享到：",
        "相关阅读",
        "下载时刻新闻客户端",
        "24小时热闻",
        "湖南红网新媒体集团有限公司版权所有",
        "湘ICP备12008024号-1",
        "转载请注明来源",
    ]
    fam.note = (
        "home `/` links the 湘江 piece (headline) and the 时政 channel, which lists both speeches. The 湘江 piece opens "
        "with a 红网时刻新闻…讯 lead (…现将致辞全文刊发如下。) inside detailContent; under the text rednet prints "
        "来源 / 作者 / 编辑 again as p.f14 lines, then a copyright tip, 相关阅读 and the 时刻新闻 app box."
    )
    return fam
