"""同花顺财经 (news.10jqka.com.cn)-like article pages, the PC news template (about 2019-2023), GBK.

Home `/` (要闻 block, 滚动 list) → `/today_list/` (`list-con` rows with `arc-title` and `arc-cont` abstracts,
the `num-page` pager to `/today_list/index_2.shtml`, which lists the older speech; not documents) →
articles `/20240517/c657812345.shtml`: `div.main-title h2`, the `info-fl` line (`span#pubtime_baidu`,
`span#sourcename_baidu` 来源 link, `span#author_baidu`), 字号 / 分享 bar; `div.main-text.atc-content`
holding a news lead (`…以下为致辞全文：`) and the speech, in which every listed company's name is a stock
link (`a.singleStock` to the quote page, with an empty `span.stockQuote` after it that a script fills with
the price), `p.editor` 责任编辑 and the `关注同花顺财经（ths518），获取更多机会` line inside the text box;
then the 免责声明 / 风险提示 box, the 相关股票 box (代码 / 名称 / 最新价 / 涨跌幅 rows filled from
`quote.js`), 相关阅读, 热门评论 placeholder, 热股 sidebar, footer (浙ICP, 证券投资咨询业务资格)."""

from common import SPEECHES, Family, render

HOST = "news.tonghuashun-lanque-like.test"
STOCKPAGE = "http://stockpage.tonghuashun-lanque-like.test"

STOCKS = {
    "青禾精密": ("300912", "23.46", "+1.52%"),
    "宁川动力": ("002815", "41.08", "-0.73%"),
    "海岳电子": ("603617", "15.92", "+0.38%"),
    "淮江港务": ("601328", "6.87", "+0.15%"),
    "晨光生物": ("688207", "34.10", "-1.21%"),
}


def link_stocks(para: str, names: list[str]) -> str:
    """The CMS wraps a listed company's name in a stock link the first time in each paragraph."""
    for name in names:
        if name in para:
            code = STOCKS[name][0]
            a = (
                f'<a class="singleStock" href="{STOCKPAGE}/{code}/" target="_blank" data-code="{code}" '
                f'title="{name}({code})">{name}</a><span class="stockQuote" data-code="{code}"></span>'
            )
            para = para.replace(name, a, 1)
    return para


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
@@EXTRA@@<link rel="stylesheet" type="text/css" href="http://s.thsi-lanque-like.test/css/news/article_v2.css?20190617" />
<script type="text/javascript" src="http://s.thsi-lanque-like.test/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="http://s.thsi-lanque-like.test/js/news/common.min.js?20200312"></script>
</head>
<body>
<div class="top-bar"><div class="wrap">
<div class="fl"><a href="http://www.tonghuashun-lanque-like.test/" target="_blank">同花顺首页</a> | <a href="/">财经</a> | <a href="http://stock.tonghuashun-lanque-like.test/">股票</a> | <a href="http://fund.tonghuashun-lanque-like.test/">基金</a> | <a href="http://data.tonghuashun-lanque-like.test/">数据中心</a> | <a href="http://basic.tonghuashun-lanque-like.test/">F10</a> | <a href="http://t.tonghuashun-lanque-like.test/">社区</a></div>
<div class="fr"><a href="http://upass.tonghuashun-lanque-like.test/login?redir=HTTP_REFERER" rel="nofollow">登录</a> <a href="http://upass.tonghuashun-lanque-like.test/register" rel="nofollow">注册</a> <a href="http://download.tonghuashun-lanque-like.test/" target="_blank" class="dl">下载同花顺</a></div>
</div></div>
<div class="header"><div class="wrap">
<a href="/" class="logo"><img src="http://s.thsi-lanque-like.test/images/news/logo_cj.png" alt="同花顺财经" width="190" height="46" /></a>
<div class="search-box"><form action="http://search.tonghuashun-lanque-like.test/s" method="get" target="_blank"><input type="text" name="tid" value="输入股票代码/简称/拼音" class="search-input" /><input type="submit" value="搜索" class="search-btn" /></form></div>
</div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="/">首页</a></li><li class="cur"><a href="/today_list/">要闻</a></li><li><a href="/cjzx_list/">宏观</a></li><li><a href="/fssgsxw_list/">公司</a></li><li><a href="/hyxw_list/">行业</a></li><li><a href="/cjkx_list/">快讯</a></li><li><a href="/guojicj_list/">国际</a></li><li><a href="/zqzx_list/">券商</a></li>
</ul></div></div>
<div class="wrap main clearfix">
"""

FOOT = """</div>
<div class="footer"><div class="wrap">
<p><a href="http://www.tonghuashun-lanque-like.test/about/">关于同花顺</a> | <a href="http://www.tonghuashun-lanque-like.test/about/contact.html">联系我们</a> | <a href="http://www.tonghuashun-lanque-like.test/about/ad.html">广告服务</a> | <a href="http://www.tonghuashun-lanque-like.test/about/statement.html">免责声明</a> | <a href="http://www.tonghuashun-lanque-like.test/about/job.html">人才招聘</a></p>
<p>不良信息举报电话：(0571)88933003　举报邮箱：jubao@tonghuashun-lanque-like.test　增值电信业务经营许可证：B2-20090237</p>
<p>Copyright 浙江核新同花顺网络信息股份有限公司 All rights reserved. 浙ICP备09047265号　证券投资咨询业务资格：浙证监许可[2009]83号</p>
</div></div>
<script type="text/javascript" src="http://s.thsi-lanque-like.test/js/news/quote.js?20210105"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?78c58f01938e4d85eaf619eae71b4ed1";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """<div class="side fr">
<div class="side-box hot-stock"><h3>热股榜</h3><ol>
<li><a href="http://stockpage.tonghuashun-lanque-like.test/300912/" target="_blank">青禾精密</a><span class="red">+1.52%</span></li>
<li><a href="http://stockpage.tonghuashun-lanque-like.test/601328/" target="_blank">淮江港务</a><span class="red">+0.15%</span></li>
<li><a href="http://stockpage.tonghuashun-lanque-like.test/688207/" target="_blank">晨光生物</a><span class="green">-1.21%</span></li>
</ol></div>
<div class="side-box"><h3>24小时热文</h3><ul>
<li><a href="/20240520/c657830412.shtml" target="_blank">多家上市公司密集披露回购进展</a></li>
<li><a href="/20240519/c657822901.shtml" target="_blank">北向资金本周净买入超百亿元</a></li>
<li><a href="/20240518/c657819007.shtml" target="_blank">新能源汽车板块午后拉升</a></li>
</ul></div>
<div class="side-box app-box"><img src="http://s.thsi-lanque-like.test/images/news/app_qr.png" width="120" height="120" alt="" /><p>扫码下载同花顺APP</p><p>随时随地看行情</p></div>
<div class="side-ad"><script type="text/javascript" src="http://ad.tonghuashun-lanque-like.test/show?pos=news_r1"></script></div>
</div>
"""

# speech, path, published, source, author, editor, lead, h1 title, stock names to link
ARTICLES = [
    (
        SPEECHES["f54d-1"], "/20240517/c657812345.shtml", "2024-05-17 18:42:11", "证券时报网", "记者 韩若溪", "zhf",
        "5月17日下午，青禾精密在公司总部召开2023年年度股东大会，审议通过了年度利润分配方案等十项议案。公司董事长周立衡在会上致辞，回顾了过去一年的经营情况，并就股东回报、海外布局等投资者关心的问题作了回应。以下为致辞全文：",
        None, ["青禾精密", "宁川动力", "海岳电子"],
    ),
    (
        SPEECHES["f54d-2"], "/20240621/c658104476.shtml", "2024-06-21 16:05:37", "中国证券报·中证网", "记者 宋嘉禾", "ljx",
        "6月21日，淮江省上市公司高质量发展推进大会在青禾市召开。淮江省地方金融管理局局长孙振华出席会议并致辞，就推动上市公司聚焦主业、提高治理水平、重视投资者回报提出要求。以下为致辞全文：",
        "淮江省地方金融管理局局长孙振华在上市公司高质量发展推进大会上的致辞", ["淮江港务", "晨光生物", "青禾精密"],
    ),
]


def related_box(names):
    rows = "".join(
        f'<tr><td><a href="{STOCKPAGE}/{STOCKS[n][0]}/" target="_blank">{STOCKS[n][0]}</a></td>'
        f'<td><a href="{STOCKPAGE}/{STOCKS[n][0]}/" target="_blank">{n}</a></td>'
        f'<td class="{"red" if STOCKS[n][2][0] == "+" else "green"}" data-code="{STOCKS[n][0]}" data-field="price">{STOCKS[n][1]}</td>'
        f'<td class="{"red" if STOCKS[n][2][0] == "+" else "green"}" data-code="{STOCKS[n][0]}" data-field="zdf">{STOCKS[n][2]}</td>'
        f'<td><a href="http://t.tonghuashun-lanque-like.test/{STOCKS[n][0]}/" target="_blank">股吧</a></td></tr>'
        for n in names
    )
    return f"""<div class="related-stock" id="relatedStock">
<h3>相关股票</h3>
<table cellpadding="0" cellspacing="0"><thead><tr><th>代码</th><th>名称</th><th>最新价</th><th>涨跌幅</th><th>讨论</th></tr></thead>
<tbody>{rows}</tbody></table>
<p class="tip">行情数据来源：同花顺iFinD　以上数据仅供参考</p>
</div>
"""


def title_of(a):
    return a[7] or a[0].title


def article(a, other):
    speech, path, when, source, author, editor, lead, h1, names = a
    title = title_of(a)
    paras = "\n".join(f"<p>　　{link_stocks(p, names)}</p>" for p in speech.paras)
    lead_html = link_stocks(lead, names)
    o_title = title_of(other)
    body = f"""<div class="main-box fl">
<div class="crumb"><a href="/">财经首页</a> &gt; <a href="/today_list/">要闻</a> &gt; 正文</div>
<div class="main-title"><h2>{title}</h2>
<div class="info clearfix"><div class="info-fl fl"><span id="pubtime_baidu">{when}</span><span id="sourcename_baidu">来源：<a href="javascript:void(0);" rel="nofollow">{source}</a></span><span id="author_baidu">作者：{author}</span></div>
<div class="info-fr fr"><span class="font-size">字号：<a href="javascript:;" onclick="setFont(16)">大</a> <a href="javascript:;" onclick="setFont(14)">中</a> <a href="javascript:;" onclick="setFont(12)">小</a></span><span class="share">分享到：<a href="javascript:;" class="wx" title="微信">微信</a><a href="javascript:;" class="wb" title="微博">微博</a><a href="javascript:;" class="qq" title="QQ空间">QQ空间</a></span></div></div>
</div>
<div class="main-text atc-content">
<p>　　{lead_html}</p>
{paras}
<p class="editor">责任编辑：{editor}</p>
<p class="bottomSign">关注同花顺财经（ths518），获取更多机会</p>
</div>
<div class="disclaimer">
<p><strong>免责声明：</strong>本文内容仅供参考，不构成任何投资建议。文中观点不代表同花顺立场，同花顺对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。</p>
<p><strong>风险提示：</strong>股市有风险，投资需谨慎。据此操作，风险自担。</p>
</div>
{related_box(names)}
<div class="related-news"><h3>相关阅读</h3><ul>
<li><a href="{other[1]}" target="_blank">{o_title}</a><span>{other[2][5:10]}</span></li>
<li><a href="/20240520/c657830412.shtml" target="_blank">多家上市公司密集披露回购进展</a><span>05-20</span></li>
</ul></div>
<div class="comment-box" id="commentBox"><h3>热门评论</h3><div class="comment-list" data-url="http://comment.tonghuashun-lanque-like.test/list?seq={path.split('/c')[-1][:9]}">评论加载中...</div>
<div class="comment-form"><textarea placeholder="请登录后发表评论"></textarea><a href="http://upass.tonghuashun-lanque-like.test/login" rel="nofollow" class="btn">登录</a></div></div>
</div>
"""
    extra = f'<meta name="publishdate" content="{when[:10]}" />\n<meta name="source" content="{source}" />\n'
    return render(HEAD, TITLE=f"{title}_同花顺财经", KW=",".join(names), DESC=lead[:80], EXTRA=extra) + body + SIDE + FOOT


def list_page(n):
    a = ARTICLES[0] if n == 1 else ARTICLES[1]
    stubs1 = [
        ("/20240520/c657830412.shtml", "多家上市公司密集披露回购进展", "05月20日 09:12", "截至5月19日，本月已有四十余家上市公司披露回购进展……"),
        ("/20240519/c657822901.shtml", "北向资金本周净买入超百亿元", "05月19日 17:40", "本周北向资金连续四个交易日净买入……"),
    ]
    stubs2 = [
        ("/20240618/c658090113.shtml", "三部门联合发文支持科技型企业上市融资", "06月18日 20:31", "文件提出，支持符合条件的科技型企业在境内外上市……"),
    ]
    rows = []
    for path, title, when, abstract in stubs1 if n == 1 else stubs2:
        rows.append((path, title, when, abstract))
    rows.insert(1, (a[1], title_of(a), a[2][5:7] + "月" + a[2][8:10] + "日 " + a[2][11:16], a[6][:60] + "……"))
    lis = "\n".join(
        f'<li class="arc-item"><span class="arc-title"><a href="{p}" target="_blank" title="{t}">{t}</a><span>{w}</span></span>'
        f'<a href="{p}" target="_blank" class="arc-cont">{ab}</a></li>'
        for p, t, w, ab in rows
    )
    pager = (
        '<div class="num-page"><span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml" class="next">下一页</a></div>'
        if n == 1
        else '<div class="num-page"><a href="index.shtml" class="prev">上一页</a><a href="index.shtml">1</a><span class="cur">2</span></div>'
    )
    body = f"""<div class="main-box fl">
<div class="crumb"><a href="/">财经首页</a> &gt; 要闻</div>
<div class="list-con"><ul>
{lis}
</ul></div>
{pager}
</div>
"""
    return render(HEAD, TITLE="要闻_同花顺财经" + ("" if n == 1 else "_第2页"), KW="财经要闻,股票新闻", DESC="同花顺财经要闻频道", EXTRA="") + body + SIDE + FOOT


def home():
    a = ARTICLES[0]
    body = f"""<div class="main-box fl">
<div class="focus"><h1><a href="{a[1]}" target="_blank">{title_of(a)}</a></h1>
<p>{a[6][:70]}…… <a href="{a[1]}" target="_blank">[详细]</a></p></div>
<div class="mod"><h3><a href="/today_list/">要闻</a></h3><ul>
<li><a href="/20240520/c657830412.shtml" target="_blank">多家上市公司密集披露回购进展</a></li>
<li><a href="/20240519/c657822901.shtml" target="_blank">北向资金本周净买入超百亿元</a></li>
</ul><a href="/today_list/" class="more">更多&gt;&gt;</a></div>
<div class="mod roll"><h3>滚动</h3><ul id="rollList"></ul><script type="text/javascript">ths.news.roll("rollList", "/cjkx_list/");</script></div>
</div>
"""
    return render(HEAD, TITLE="同花顺财经_股票_基金_财经新闻", KW="财经,股票,基金,行情", DESC="同花顺财经提供财经新闻、股票行情、基金资讯。", EXTRA="") + body + SIDE + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "同花顺财经 (news.10jqka.com.cn)-like PC article template, GBK: stock links inside sentences, 免责声明 / 风险提示, 相关股票 box",
        encoding="gbk",
        content_type="text/html; charset=GBK",
        site_note="10jqka-like finance news, GBK; /YYYYMMDD/cNNNNNNNNN.shtml articles, /today_list/ + index_2.shtml",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(a[1], article(a, ARTICLES[1 - i]))
        fam.doc([a[1]], a[0], title=title_of(a), published_at=a[2][:10])
    fam.put("/", home())
    fam.put("/today_list/index.shtml", list_page(1))
    fam.put("/today_list/", list_page(1))
    fam.put("/today_list/index_2.shtml", list_page(2))
    fam.not_documents += ["/", "/today_list/", "/today_list/index_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /comment/\nDisallow: /search/\n")
    fam.noise += [
        "以下为致辞全文：",
        "责任编辑：",
        "关注同花顺财经（ths518），获取更多机会",
        "免责声明：",
        "风险提示：",
        "相关股票",
        "行情数据来源",
        "相关阅读",
        "热股榜",
    ]
    fam.note = (
        "finance news page: company names inside the speech's sentences are stock links (a.singleStock) each followed "
        "by an empty span.stockQuote (filled by script): the text reads through them; the news lead ending 以下为致辞全文：, "
        "责任编辑, the ths518 line, 免责声明 / 风险提示 and the 相关股票 table are not the speech"
    )
    return fam
