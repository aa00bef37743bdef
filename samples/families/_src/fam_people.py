"""A national news portal article page in people.com.cn's 2020s template (GB2312 meta, GBK bytes)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.people-news.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
@@META@@
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0">
<link href="/img/2020wbc/imgs/share.css" type="text/css" rel="stylesheet" media="all" />
<link href="/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2020wbc/js/jquery-1.12.4.min.js" type="text/javascript"></script>
</head>
<body>
<div class="main_nav">
	<div class="w1000 cf">
		<div class="fl">
			<a href="/" target="_blank">人民网首页</a>|<a href="http://cpc.people-news.test/" target="_blank">共产党新闻</a>|<a href="/GB/1024/index.html" target="_blank">时政</a>|<a href="/GB/1027/index.html" target="_blank">社会</a>|<a href="/GB/1004/index.html" target="_blank">财经</a>|<a href="/GB/1029/index.html" target="_blank">地方</a>|<a href="http://paper.people-news.test/" target="_blank">人民日报</a>
		</div>
		<div class="fr"><a href="http://app.people-news.test/" target="_blank">手机人民网</a>|<a href="http://www.people-news.test/GB/31399/index.html" target="_blank">客户端</a></div>
	</div>
</div>
<div class="path path2 grey">
	<div class="w1000 cf"><a href="/" target="_blank"><img src="/img/2020wbc/imgs/logo.png" alt="人民网" /></a><span id="rwb_navpath"><a href="/" class="clink">人民网</a>&gt;&gt;<a href="/GB/1024/index.html" class="clink">时政</a></span></div>
</div>
"""

FOOT = """<div class="foot">
	<div class="w1000">
		<p><a href="/GB/50142/104580/index.html" target="_blank">人民日报社概况</a>|<a href="/GB/50142/353481/index.html" target="_blank">关于人民网</a>|<a href="/GB/50142/413830/index.html" target="_blank">报社招聘</a>|<a href="/GB/53914/index.html" target="_blank">广告服务</a>|<a href="/GB/1018/22259/index.html" target="_blank">网站声明</a>|<a href="/GB/1018/22254/index.html" target="_blank">网站地图</a>|<a href="http://liuyan.people-news.test/" target="_blank">留言反馈</a></p>
		<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
		<p>Copyright &copy; 1997-2024 by www.people-news.test. all rights reserved</p>
		<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证000006号</a>　京公网安备11000002000008号</p>
	</div>
</div>
<script src="/img/2020wbc/js/public.js" type="text/javascript"></script>
<script type="text/javascript">
var _paq = _paq || [];
_paq.push(['trackPageView']);
(function(){var u="//tongji.people-news.test/";_paq.push(['setTrackerUrl', u+'piwik.php']);_paq.push(['setSiteId', 1]);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.type='text/javascript';g.async=true;g.defer=true;g.src=u+'piwik.js';s.parentNode.insertBefore(g,s);})();
</script>
<script src="http://tongji.people-news.test/webtrends/wt_cwd.js" type="text/javascript"></script>
</body>
</html>
"""

ARTICLES = [
    # speech, path base, catalog, time, edition, editors, photo caption (or None), pages
    (
        SPEECHES["N1"],
        "/n1/2024/0516/c1001-40237815",
        "1001",
        "05:52",
        "05",
        "王雪、赵晶",
        "5月15日，第二十届中国（青禾）国际茶业博览会在青禾国际会展中心开幕。图为开幕式现场。新华社记者 李明 摄",
        2,
    ),
    (
        SPEECHES["N2"],
        "/n1/2024/0429/c1001-40226612",
        "1001",
        "06:10",
        "04",
        "刘阳、岳弘彬",
        "4月28日，全省劳动模范和先进工作者座谈会在青禾召开。图为劳模代表在会上发言。新华社记者 周强 摄",
        1,
    ),
]

ALSO = [
    ("/n1/2024/0515/c1001-40236601.html", "青禾：茶产业综合产值突破八百亿元"),
    ("/n1/2024/0430/c1001-40227003.html", "各地举行庆祝“五一”国际劳动节活动"),
]


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def article_page(speech, base, catalog, hhmm, edition, editors, caption, runs, k):
    count = len(runs)
    paras = [f"<p>　　{p}</p>" for p in runs[k]]
    if k == 0 and caption:
        pic = (
            f'<p style="text-align: center;"><img src="/NMediaFile/{speech.date[:4]}/{speech.date[5:7]}{speech.date[8:]}/'
            f'MAIN{speech.date.replace("-", "")}{hhmm.replace(":", "")}00123456789.jpg" width="600" height="399" alt="" /></p>\n'
            f'<p style="text-align: center;"><span desc="desc">　　{caption}</span></p>'
        )
        paras.insert(1, pic)
    if k == count - 1:
        paras.append(f"<p>　　《 人民日报 》（ {cn_date(speech.date)}   第 {edition} 版）</p>")
    pager = ""
    if count > 1:
        links = "".join(
            f"<a href='{base}{'' if i == 0 else f'-{i + 1}'}.html'>【{i + 1}】</a>" for i in range(count)
        )
        if k < count - 1:
            links += f"<a href='{base}-{k + 2}.html'>【下一页】</a>"
        pager = f'\n\t\t\t<div class="zdfy clearfix">{links}</div>'
    related = "\n".join(f"\t\t\t\t<li><a href='{u}' target=_blank>{t}</a></li>" for u, t in ALSO)
    meta = (
        '<meta name="filetype" content="0">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
        f'<meta name="catalogs" content="{catalog}">\n<meta name="contentid" content="{base.rsplit("-", 1)[1]}">\n'
        f'<meta name="publishdate" content="{speech.date}">\n<meta name="author" content="104677">\n'
        '<meta name="editor" content="">\n<meta name="source" content="来源：人民网－人民日报">\n<meta name="sourcetype" content="1">'
    )
    page = (
        HEAD
        + """<div class="layout rm_txt cf">
	<div class="col col-1 fl">
		<div class="rm_txt_topic"></div>
		<h3 class="pre"></h3>
		<h1>@@H1@@</h1>
		<h4 class="sub"></h4>
		<p class="author"></p>
		<div class="channel cf">
			<div class="col-1-1 fl">@@CNDATE@@@@HHMM@@ | 来源：<a href="http://paper.people-news.test/rmrb/html/@@YM@@/@@DD@@/nw.D110000renmrb_@@YMD@@_1-@@ED@@.htm" target="_blank">人民网－人民日报</a></div>
			<div class="col-1-2 fr">
				<span>分享到：</span>
				<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="微博"></a><a href="javascript:void(0);" class="qq" title="QQ空间"></a>
				<div class="ewm"><img src="/img/2020wbc/imgs/code.png" /><p>扫码分享到微信</p></div>
			</div>
		</div>
		<div class="rm_txt_con cf">
@@PARAS@@@@PAGER@@
			<div class="edit cf">(责编：@@EDITORS@@)</div>
		</div>
		<div class="rm_relevant cf">
			<div class="title mt15">相关新闻</div>
			<ul>
@@RELATED@@
			</ul>
		</div>
		<div class="rm_txt_zan cf"><a href="javascript:void(0);" class="zan">点赞</a><span>分享让更多人看到</span></div>
	</div>
	<div class="col col-2 fr">
		<div class="ad_box"><a href="http://ad.people-news.test/c?z=people&la=0&si=1&cg=1&c=1&ci=1&or=3&l=4&bg=4&b=5&u=http://www.people-news.test/"><img src="/img/2020wbc/imgs/ad300x250.jpg" width="300" height="250" alt="" /></a></div>
		<div class="rm_ranking">
			<div class="title">热点排行</div>
			<ol><li><a href="/n1/2024/0515/c1001-40236601.html">青禾：茶产业综合产值突破八百亿元</a></li></ol>
		</div>
	</div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{speech.title}--时政--人民网",
        KEYWORDS="讲话,致辞",
        DESC=speech.paras[1][:70],
        META=meta,
        H1=speech.title,
        CNDATE=cn_date(speech.date),
        HHMM=hhmm,
        YM=speech.date[:7],
        DD=speech.date[8:],
        YMD=speech.date.replace("-", ""),
        ED=edition,
        PARAS="\n".join("\t\t\t" + p for p in paras),
        PAGER=pager,
        EDITORS=editors,
        RELATED=related,
    )


CURRENT = ' class="common_current"'


def listing(items, n, count):
    rows = "\n".join(
        f"\t\t\t<li><a href='{base}.html' target=_blank>{s.title}</a><em>{cn_date(s.date)}{hhmm}</em></li>"
        for s, base, _c, hhmm, *_ in items
    )
    rows += "\n" + "\n".join(
        f"\t\t\t<li><a href='{u}' target=_blank>{t}</a><em>2024年05月15日21:06</em></li>" for u, t in ALSO
    )
    nav = "".join(f'<a href="index{i}.html"{CURRENT if i == n else ""}>{i}</a>' for i in range(1, count + 1))
    if n < count:
        nav += f'<a href="index{n + 1}.html">下一页</a>'
    page = (
        HEAD
        + """<div class="w1000 ej_list_box clear">
	<div class="ej_left fl">
		<h2 class="title">时政</h2>
		<ul class="list_16 mt10">
@@ROWS@@
		</ul>
		<div class="page_n clearfix">@@NAV@@</div>
	</div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="时政--人民网",
        KEYWORDS="时政",
        DESC="人民网时政频道",
        META='<meta name="filetype" content="1">',
        ROWS=rows,
        NAV=nav,
    )


def home():
    items = "\n".join(
        f'\t\t<li><a href="{base}.html" target="_blank">{s.title}</a></li>' for s, base, *_ in ARTICLES
    )
    page = (
        HEAD
        + """<div class="w1000 index_focus cf">
	<div class="fl"><h2><a href="/GB/1024/index.html">时政</a></h2>
	<ul class="list14">
@@ITEMS@@
	</ul></div>
	<div class="fr"><a href="http://paper.people-news.test/"><img src="/img/2020wbc/imgs/rmrb.jpg" alt="人民日报" /></a></div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="人民网",
        KEYWORDS="人民网",
        DESC="人民网",
        META='<meta name="filetype" content="1">',
        ITEMS=items,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "people.com.cn article template (rm_txt_con, zdfy pager, paper-edition line, 责编 line)",
        encoding="gbk",
        content_type="text/html",
        site_note="declares GB2312 in a meta tag only, header has no charset; bytes are GBK",
    )
    fam.put("/", home())
    fam.put("/GB/1024/index.html", listing(ARTICLES[:1], 1, 2))
    fam.put("/GB/1024/index1.html", listing(ARTICLES[:1], 1, 2))
    fam.put("/GB/1024/index2.html", listing(ARTICLES[1:], 2, 2))
    fam.not_documents += ["/", "/GB/1024/index.html", "/GB/1024/index1.html", "/GB/1024/index2.html"]
    for speech, base, catalog, hhmm, edition, editors, caption, count in ARTICLES:
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        pages = []
        for k in range(count):
            path = f"{base}{'' if k == 0 else f'-{k + 1}'}.html"
            fam.put(path, article_page(speech, base, catalog, hhmm, edition, editors, caption, runs, k))
            pages.append(path)
        fam.doc(pages, speech)
        fam.not_documents += pages[1:]
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><link>{fam.url(base + '.html')}</link>"
        f"<pubDate>{s.date} {hhmm}:00</pubDate><description><![CDATA[{s.paras[1][:60]}]]></description></item>\n"
        for s, base, _c, hhmm, *_ in ARTICLES
    )
    fam.put(
        "/rss/politics.xml",
        '<?xml version="1.0" encoding="gb2312"?>\n<rss version="2.0"><channel><title>时政新闻</title>'
        f"<link>{fam.url('/GB/1024/index.html')}</link><description>人民网时政频道</description>\n{items}</channel></rss>\n",
    )
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /rmrbtp/\n\nSitemap: http://www.people-news.test/sitemap_index.xml\n",
    )
    fam.put(
        "/sitemap_index.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        "  <sitemap><loc>http://www.people-news.test/sitemap/2024-05.xml</loc><lastmod>2024-05-16</lastmod></sitemap>\n"
        "  <sitemap><loc>http://www.people-news.test/sitemap/2024-04.xml</loc><lastmod>2024-04-30</lastmod></sitemap>\n"
        "</sitemapindex>\n",
        encoding="utf-8",
    )
    for s, base, *_ in ARTICLES:
        fam.put(
            f"/sitemap/{s.date[:7]}.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"  <url><loc>{fam.url(base + '.html')}</loc><lastmod>{s.date}</lastmod></url>\n</urlset>\n",
            encoding="utf-8",
        )
    fam.noise += [
        "《 人民日报 》",
        "人民日报",
        "第 05 版",
        "新华社记者",
        "开幕式现场",
        "责编",
        "岳弘彬",
        "分享到",
        "扫码分享到微信",
        "相关新闻",
        "【下一页】",
        "【2】",
        "分享让更多人看到",
        "热点排行",
        "京ICP证000006号",
        "人民网－人民日报",
    ]
    return fam
