"""经济观察网 (eeo.com.cn)-like business news site with a metered paywall (经观会员).

Home `/` (头条, 金融 / 证券 block) → channel `/jinrong/` (+ `/jinrong/index_2.shtml`, not a document)
→ articles `/2024/0516/651284.shtml`: `xd-b-b` header nav, `xd-nr` article block (`h1`, `xd-xd-xd-newsdetail`
info with 经济观察网 记者 / date / 来源), `xd-b-lead` 导语, text in `div.xx_boxsing` `<p>`s; the 论坛致辞 is cut
after its opening paragraphs by the metered wall (`您本月的免费阅读篇数已用完` + `订阅经观会员` price box)
→ truncated; the 揭牌仪式 speech is free and whole; 责任编辑 line, 版权声明, 相关阅读, 热门排行, footer."""

from common import SPEECHES, Family

HOST = "www.jingguan-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="//static.jingguan-like.test/css/eeo_common.css?v=20240301">
<link rel="stylesheet" href="//static.jingguan-like.test/css/eeo_article.css?v=20240412">
<script src="//static.jingguan-like.test/js/jquery-1.12.4.min.js"></script>
<script src="//static.jingguan-like.test/js/eeo_member.js?v=20240412"></script>
</head>
<body>
<div class="xd-top"><div class="w1200">
<span class="fl">经济观察网 | 经济观察报官方网站</span>
<span class="fr"><a href="//member.jingguan-like.test/login">登录</a> | <a href="//member.jingguan-like.test/register">注册</a> | <a href="//member.jingguan-like.test/vip" class="vip">订阅经观会员</a> | <a href="//app.jingguan-like.test/">经观APP</a></span>
</div></div>
<div class="xd-b-b"><div class="w1200">
<a href="/" class="logo"><img src="//static.jingguan-like.test/images/logo.png" alt="经济观察网"></a>
<ul class="xd-nav">
<li><a href="/">首页</a></li><li><a href="/hongguan/">宏观</a></li><li class="on"><a href="/jinrong/">金融</a></li><li><a href="/zhengquan/">证券</a></li><li><a href="/gongsi/">公司</a></li><li><a href="/dichan/">地产</a></li><li><a href="/guancha/">观察家</a></li><li><a href="/shipin/">视频</a></li><li><a href="/epaper/">电子报</a></li>
</ul>
<form class="search" action="//search.jingguan-like.test/" method="get"><input name="q" placeholder="搜索"><button>搜索</button></form>
</div></div>
"""

FOOT = """<div class="xd-footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/about/contact.shtml">联系我们</a> | <a href="/about/ad.shtml">广告服务</a> | <a href="/about/copyright.shtml">版权声明</a> | <a href="/about/join.shtml">招聘信息</a></p>
<p>经济观察报社 版权所有 Copyright &copy; 2001-2024 www.jingguan-like.test All Rights Reserved</p>
<p>京ICP备05052311号-1 京公网安备 11010502030455号 互联网新闻信息服务许可证：10120170046</p>
</div></div>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?4a9e0b5e1c3d7f2a8b6c0d1e2f3a4b5c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""

ART1, ART2 = "/2024/0516/651284.shtml", "/2024/0426/648913.shtml"
LIST, LIST2 = "/jinrong/", "/jinrong/index_2.shtml"

WALL = """<div class="xd-paywall" id="eeoPaywall">
<div class="pw-mask"></div>
<div class="pw-box">
<p class="pw-tip">您本月的免费阅读篇数已用完（每月可免费阅读3篇会员文章）</p>
<h3>订阅经观会员，解锁全文</h3>
<ul class="pw-price">
<li><b>¥198</b>/年<span>约0.54元/天</span></li>
<li><b>¥25</b>/月<span>连续包月</span></li>
</ul>
<a class="pw-btn" href="//member.jingguan-like.test/vip?from=article&amp;id=651284">立即订阅</a>
<p class="pw-login">已是会员？<a href="//member.jingguan-like.test/login?from=article">登录</a>后继续阅读</p>
</div>
</div>"""

SIDE = """<div class="xd-right">
<div class="side-box"><h3>热门排行</h3><ol>
<li><a href="/2024/0515/651102.shtml">一季度货币政策执行报告释放哪些信号</a></li>
<li><a href="/2024/0514/650877.shtml">城商行合并潮再起：谁在整合，谁被整合</a></li>
<li><a href="/2024/0513/650690.shtml">公募费率改革第二阶段落地</a></li>
<li><a href="/2024/0512/650455.shtml">保险资金加大权益配置</a></li>
</ol></div>
<div class="side-box ad"><a href="//member.jingguan-like.test/vip?from=side"><img src="//static.jingguan-like.test/images/vip_side.jpg" alt="经观会员 年度订阅 限时八折"></a></div>
<div class="side-box"><h3>经观APP</h3><img src="//static.jingguan-like.test/images/app_qr.png" alt="扫码下载经观APP"><p>扫码下载经观APP</p></div>
</div>"""


def article(sp, path, author, source, lead, paras, walled, tags, related):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tail = WALL if walled else """<p class="xd-editor">（责任编辑：周蔚）</p>
<div class="xd-copyright">版权声明：以上内容为《经济观察报》社原创作品，版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，否则将依法追究相关行为主体的法律责任。版权合作请致电：【010-6020xxxx-8022】。</div>"""
    member = '<span class="tag-vip">会员专享</span>' if walled else ""
    rel = "\n".join(f'<li><a href="{u}">{t}</a></li>' for u, t in related)
    h, m = ("09:42", "10:05") if walled else ("16:18", "16:30")
    return render_page(sp, lead, body, tail, member, rel, author, source, tags, h)


def render_page(sp, lead, body, tail, member, rel, author, source, tags, hm):
    from common import render
    return render(HEAD, TITLE=f"{sp.title}_经济观察网", KW=tags, DESC=lead[:80]) + f"""<div class="w1200 xd-main">
<div class="xd-crumb"><a href="/">首页</a> &gt; <a href="{LIST}">金融</a> &gt; 正文</div>
<div class="xd-left">
<div class="xd-nr">
<h1>{sp.title}{member}</h1>
<div class="xd-xd-xd-newsdetail">
<div class="xd-author">{author}</div>
<div class="xd-time"><span>{sp.date} {hm}</span><span class="source">来源：{source}</span></div>
<div class="xd-share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="fav" href="javascript:;">收藏</a></div>
</div>
<div class="xd-b-lead"><span>导语：</span>{lead}</div>
<div class="xx_boxsing" id="eeoContent">
{body}
</div>
{tail}
<div class="xd-tags">关键词：{" ".join(f'<a href="//search.jingguan-like.test/?q={t}">{t}</a>' for t in tags.split(","))}</div>
</div>
<div class="xd-related"><h3>相关阅读</h3><ul>
{rel}
</ul></div>
</div>
{SIDE}
</div>
""" + FOOT


def build() -> Family:
    s1, s2 = SPEECHES["f52d-1"], SPEECHES["f52d-2"]
    fam = Family(HOST, "经济观察网 (eeo.com.cn)-like business news site with a metered paywall")
    shown = s1.paras[:3]
    fam.put(ART1, article(
        s1, ART1, "经济观察网 记者 陈瑜", "经济观察网",
        "5月16日，某城商行行长在小微企业金融服务论坛上致辞，介绍了该行用数据替代抵押、三日审批等做法。以下为致辞内容。",
        shown, True, "小微企业,普惠金融,银行,信用贷款",
        [(ART2, s2.title), ("/2024/0510/649901.shtml", "普惠小微贷款增速回落，银行如何“挤”出增量")]))
    fam.put(ART2, article(
        s2, ART2, "经济观察网 记者 孙若琳", "经济观察报",
        "4月26日，一家券商投资者教育基地揭牌，公司董事长在仪式上讲话，谈到非法荐股与投资者保护。以下为讲话全文。",
        s2.paras, False, "投资者教育,券商,投资者保护",
        [(ART1, s1.title), ("/2024/0422/648301.shtml", "新“国九条”满月：投资者保护如何落地")]))

    def rows(items):
        return "\n".join(
            f'<div class="xd-list-item"><h3><a href="{u}">{t}</a></h3><p class="time">{d}</p><p class="brief">{b}</p></div>'
            for u, t, d, b in items)

    items1 = [
        (ART1, s1.title, s1.date, "该行普惠型小微企业贷款余额突破一千二百亿元……"),
        ("/2024/0515/651102.shtml", "一季度货币政策执行报告释放哪些信号", "2024-05-15", "央行发布一季度货币政策执行报告……"),
        ("/2024/0510/649901.shtml", "普惠小微贷款增速回落，银行如何“挤”出增量", "2024-05-10", "多家银行一季报显示……"),
        (ART2, s2.title, s2.date, "投资者教育，说到底就是保护投资者的钱袋子……"),
    ]
    pager = f'<div class="xd-page"><span class="cur">1</span><a href="{LIST2}">2</a><a href="{LIST2}">下一页</a></div>'
    fam.put(LIST, render(HEAD, TITLE="金融_经济观察网", KW="金融,银行,保险", DESC="经济观察网金融频道") +
            f'<div class="w1200 xd-main"><div class="xd-crumb"><a href="/">首页</a> &gt; 金融</div><div class="xd-left xd-list">\n{rows(items1)}\n{pager}\n</div>{SIDE}</div>\n' + FOOT)
    items2 = [
        ("/2024/0418/647700.shtml", "银行理财规模重回29万亿元", "2024-04-18", "理财市场回暖……"),
        ("/2024/0412/646920.shtml", "险企偿付能力新规过渡期将满", "2024-04-12", "偿二代二期……"),
    ]
    pager2 = f'<div class="xd-page"><a href="{LIST}">上一页</a><a href="{LIST}">1</a><span class="cur">2</span></div>'
    fam.put(LIST2, render(HEAD, TITLE="金融_经济观察网", KW="金融,银行,保险", DESC="经济观察网金融频道") +
            f'<div class="w1200 xd-main"><div class="xd-crumb"><a href="/">首页</a> &gt; 金融</div><div class="xd-left xd-list">\n{rows(items2)}\n{pager2}\n</div>{SIDE}</div>\n' + FOOT)
    fam.put("/", render(HEAD, TITLE="经济观察网_经济观察报官方网站", KW="经济观察网,经济观察报,财经", DESC="经济观察网是《经济观察报》官方网站") +
            f"""<div class="w1200 xd-main"><div class="xd-left">
<div class="xd-headline"><h2><a href="{ART1}">{s1.title}</a></h2><p>用数据替代抵押，用流程换取时间。</p></div>
<div class="xd-block"><h3><a href="{LIST}">金融</a></h3><ul>
<li><a href="{ART1}">{s1.title}</a><span class="tag-vip">会员</span></li>
<li><a href="{ART2}">{s2.title}</a></li>
<li><a href="/2024/0515/651102.shtml">一季度货币政策执行报告释放哪些信号</a></li>
</ul><a class="more" href="{LIST}">更多&gt;&gt;</a></div>
</div>{SIDE}</div>
""" + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.doc([ART1], s1, truncated=True, text="\n".join(shown))
    fam.doc([ART2], s2)
    fam.noise = ["您本月的免费阅读篇数已用完", "订阅经观会员，解锁全文", "责任编辑：周蔚", "版权声明：以上内容为", "导语："]
    fam.not_documents = [LIST2]
    return fam


from common import render  # noqa: E402
