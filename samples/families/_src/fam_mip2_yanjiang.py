"""A 演讲稿 site's 百度 MIP 2 edition (`mip.<host>`), the second MIP runtime: `<html mip>`,
`c.mipcdn.com/static/v2/mip.css` / `mip.js` and v2 extension scripts, `<style mip-custom>`, canonical
to the desktop `www.` page (not served), 熊掌号 cambrian JSON-LD (`pubDate`), `<mip-shell>` with its
JSON route config; internal links are MIP 2's `<a href mip-link>` (not MIP 1's `data-type="mip"`);
article pages `/yanjiang/N.html`: crumb, `h1`, `p.info` (时间 / 栏目 / 来源：演讲家), a `div.daoyu`
导语 box, the text in `div.article-body` with a `mip-ad type="ad-baidu"` slot between paragraphs;
the 五四 speech cut over `N.html` / `N_2.html` (`div.mip-pages` 上一页 1 2 下一页 made of mip-links,
`（2）` in page 2's title); after the text (last page) `p.tail` 本文由演讲家整理发布 line, `mip-share`,
上一篇 / 下一篇, 相关演讲稿, `mip-fixed type="gototop"` + `mip-gototop`, `mip-fixed type="bottom"`
下载 bar, `mip-stats-baidu`. Home `/` → `/yanjiang/` → `list_2.html` (not a document)."""

import json

from common import SPEECHES, Family, render, split_paras

HOST = "mip.yanjiangjia-like.test"
DESK = "https://www.yanjiangjia-like.test"

HEAD = """<!DOCTYPE html>
<html mip>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v2/mip.css">
<link rel="canonical" href="@@CANON@@">
@@LD@@<style mip-custom>
body{background:#f5f5f5;font-size:16px;color:#333}
.head{height:46px;background:#c8161d;color:#fff;line-height:46px;padding:0 12px}
.head a{color:#fff}.nav a{display:inline-block;padding:0 8px;line-height:38px}
.crumb{font-size:13px;color:#999;padding:8px 12px}
.article{background:#fff;padding:12px}.article h1{font-size:20px;line-height:30px}
.info{font-size:12px;color:#999}.daoyu{background:#f8f3e6;border:1px dashed #e5cf9b;padding:8px;font-size:14px;margin:10px 0}
.article-body p{text-indent:2em;line-height:1.9;margin:10px 0}
.mip-pages{text-align:center;margin:14px 0}.mip-pages a,.mip-pages span{display:inline-block;border:1px solid #ddd;padding:3px 10px;margin:0 3px}
.tail{font-size:13px;color:#999}
.foot{text-align:center;font-size:12px;color:#999;padding:14px 0 60px}
</style>
</head>
<body>
<mip-shell>
<script type="application/json">
{"routes":[{"pattern":"/yanjiang/.*","meta":{"header":{"show":true,"title":"演讲稿","logo":"https://mip.yanjiangjia-like.test/static/img/logo.png"},"view":{"isIndex":false}}},{"pattern":"*","meta":{"header":{"show":true,"title":"演讲家"},"view":{"isIndex":true}}}]}
</script>
</mip-shell>
<div class="head"><a href="/" mip-link>演讲家</a> <span class="fr"><a href="/search/" mip-link>搜索</a></span></div>
<div class="nav"><a href="/" mip-link>首页</a><a href="/yanjiang/" mip-link>演讲稿</a><a href="/zhici/" mip-link>致辞</a><a href="/fayangao/" mip-link>发言稿</a><a href="/zhuchici/" mip-link>主持词</a></div>
"""

FOOT = """<div class="foot">
<p><a href="/" mip-link>手机版</a> | <a href="@@DESK@@/" rel="nofollow">电脑版</a> | <a href="/about.html" mip-link>关于我们</a></p>
<p>&copy; 2024 演讲家 mip.yanjiangjia-like.test　<a href="https://beian.miit.gov.cn/" rel="nofollow">皖ICP备17012345号-2</a></p>
</div>
<mip-fixed type="gototop"><mip-gototop threshold="300"></mip-gototop></mip-fixed>
<mip-stats-baidu>
<script type="application/json">{"token":"5f2a9c1e7b3d4e6f8a0b1c2d3e4f5a6b"}</script>
</mip-stats-baidu>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-stats-baidu/mip-stats-baidu.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-gototop/mip-gototop.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-share/mip-share.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-ad/mip-ad.js"></script>
</body>
</html>
"""

DOCS = [
    {
        "speech": SPEECHES["f48a-6"],
        "id": 58231,
        "parts": 2,
        "time": "2024-05-06 10:18",
        "col": "青春演讲稿",
        "daoyu": "五四青年节来临之际，各单位纷纷举办主题演讲比赛。本文是一篇电力企业青年员工的五四演讲稿，讲述了自己在变电站成长的故事，供大家参考。",
    },
    {
        "speech": SPEECHES["f48a-7"],
        "id": 58376,
        "parts": 1,
        "time": "2024-05-11 16:40",
        "col": "护士节演讲稿",
        "daoyu": "5·12国际护士节即将到来，下面为大家分享一篇心内科护士的护士节演讲稿，字里行间饱含着对护理事业的热爱，希望对您有所启发。",
    },
]


def url_of(d, n):
    return f"/yanjiang/{d['id']}.html" if n == 1 else f"/yanjiang/{d['id']}_{n}.html"


def ld(d):
    s = d["speech"]
    data = {
        "@context": "https://zhanzhang.baidu.com/contexts/cambrian.jsonld",
        "@id": f"{DESK}{url_of(d, 1)}",
        "appid": "1598362047718321",
        "title": s.title,
        "images": [f"https://mip.yanjiangjia-like.test/uploads/allimg/{d['id']}.jpg"],
        "description": d["daoyu"][:60],
        "pubDate": d["time"].replace(" ", "T") + ":00",
    }
    return '<script type="application/ld+json">\n' + json.dumps(data, ensure_ascii=False, indent=1) + "\n</script>\n"


def article(d, other, n, runs):
    s = d["speech"]
    run = runs[n - 1]
    cut = max(1, len(run) // 2)
    ad = '<mip-ad type="ad-baidu" cproid="u3521874"></mip-ad>\n'
    body = "".join(f"<p>{p}</p>\n" for p in run[:cut]) + ad + "".join(f"<p>{p}</p>\n" for p in run[cut:])
    pages = ""
    if d["parts"] > 1:
        items = [f'<a href="{url_of(d, n - 1)}" mip-link>上一页</a>' if n > 1 else ""]
        for k in range(1, d["parts"] + 1):
            items.append(f"<span>{k}</span>" if k == n else f'<a href="{url_of(d, k)}" mip-link>{k}</a>')
        items.append(f'<a href="{url_of(d, n + 1)}" mip-link>下一页</a>' if n < d["parts"] else "")
        pages = '<div class="mip-pages">' + "".join(items) + "</div>\n"
    daoyu = f'<div class="daoyu"><strong>导语：</strong>{d["daoyu"]}</div>\n' if n == 1 else ""
    tail = ""
    if n == d["parts"]:
        tail = ('<p class="tail">本文由演讲家整理发布，转载请注明出处：' + DESK + url_of(d, 1) + "</p>\n"
                '<mip-share title="' + s.title + '"></mip-share>\n')
    sfx = "" if n == 1 else f"（{n}）"
    page = HEAD + """<div class="crumb"><a href="/" mip-link>首页</a> &gt; <a href="/yanjiang/" mip-link>演讲稿</a> &gt; @@COL@@</div>
<div class="article">
<h1>@@H1@@</h1>
<p class="info"><span>时间：@@TIME@@</span> <span>栏目：@@COL@@</span> <span>来源：演讲家</span></p>
@@DAOYU@@<div class="article-body">
@@BODY@@</div>
@@PAGES@@@@TAIL@@<div class="prenext">
<p>上一篇：<a href="@@OURL@@" mip-link>@@OTITLE@@</a></p>
<p>下一篇：<a href="/yanjiang/58402.html" mip-link>医师节演讲稿：守护健康的白衣战士</a></p>
</div>
<div class="related"><h3>相关演讲稿</h3><ul>
<li><a href="/yanjiang/57960.html" mip-link>五四青年节演讲稿：不负青春不负梦</a></li>
<li><a href="/yanjiang/57812.html" mip-link>青年员工爱岗敬业演讲稿</a></li>
<li><a href="/yanjiang/57655.html" mip-link>护士演讲稿：燕帽下的坚守</a></li>
</ul></div>
</div>
<mip-fixed type="bottom"><div class="downbar"><a href="@@DESK@@/down/@@ID@@.html" rel="nofollow">下载本文Word版</a> <a href="/yanjiang/" mip-link>更多演讲稿</a></div></mip-fixed>
""" + FOOT
    return render(page, TITLE=f"{s.title}{sfx}_演讲家", KEYWORDS=f"{s.title},{d['col']}", DESC=d["daoyu"][:80],
                  CANON=f"{DESK}{url_of(d, n)}", LD=ld(d) if n == 1 else "", COL=d["col"], H1=s.title + sfx, TIME=d["time"],
                  DAOYU=daoyu, BODY=body, PAGES=pages, TAIL=tail, OURL=url_of(other, 1), OTITLE=other["speech"].title,
                  DESK=DESK, ID=d["id"])


def simple(title, canon, inner):
    return render(HEAD + inner + FOOT, TITLE=title, KEYWORDS="演讲稿,演讲稿范文", DESC="演讲家演讲稿频道", CANON=canon, LD="", DESK=DESK)


def build() -> Family:
    fam = Family(HOST, "演讲稿 site's 百度 MIP 2 edition: <html mip>, v2 runtime, mip-shell, <a mip-link>, mip-ad inside the text, one speech over N.html / N_2.html")
    a, b = DOCS
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"]) if d["parts"] > 1 else [list(d["speech"].paras)]
        pages = []
        for n in range(1, d["parts"] + 1):
            fam.put(url_of(d, n), article(d, DOCS[1 - i], n, runs))
            pages.append(url_of(d, n))
            if n > 1:
                fam.not_documents.append(url_of(d, n))
        fam.doc(pages, d["speech"], published_at=d["time"][:10])

    def item(d):
        return (f'<li><a href="{url_of(d, 1)}" mip-link><mip-img layout="responsive" width="120" height="80" '
                f'src="/uploads/allimg/{d["id"]}.jpg" alt="{d["speech"].title}"></mip-img><h4>{d["speech"].title}</h4>'
                f'<p>{d["daoyu"][:36]}…</p></a><span>{d["time"][:10]}</span></li>')

    list1 = f"""<div class="crumb"><a href="/" mip-link>首页</a> &gt; 演讲稿</div>
<ul class="list">
{item(b)}
<li><a href="/yanjiang/58290.html" mip-link><h4>学雷锋志愿服务演讲稿</h4><p>雷锋精神永不过时……</p></a><span>2024-05-08</span></li>
</ul>
<div class="mip-pages"><span>1</span><a href="/yanjiang/list_2.html" mip-link>2</a><a href="/yanjiang/list_2.html" mip-link>下一页</a></div>
"""
    list2 = f"""<div class="crumb"><a href="/" mip-link>首页</a> &gt; 演讲稿</div>
<ul class="list">
<li><a href="/yanjiang/58244.html" mip-link><h4>劳动最光荣演讲稿</h4><p>劳动创造幸福……</p></a><span>2024-05-07</span></li>
{item(a)}
</ul>
<div class="mip-pages"><a href="/yanjiang/" mip-link>上一页</a><a href="/yanjiang/" mip-link>1</a><span>2</span></div>
"""
    fam.put("/yanjiang/index.html", simple("演讲稿_演讲家", f"{DESK}/yanjiang/", list1))
    fam.put("/yanjiang/list_2.html", simple("演讲稿_第2页_演讲家", f"{DESK}/yanjiang/list_2.html", list2))
    home = f"""<div class="hbox"><h3><a href="/yanjiang/" mip-link>演讲稿</a></h3>
<ul class="list">
{item(b)}
<li><a href="/yanjiang/58290.html" mip-link><h4>学雷锋志愿服务演讲稿</h4></a></li>
</ul>
<p class="more"><a href="/yanjiang/" mip-link>查看更多演讲稿</a></p>
</div>
"""
    fam.put("/", simple("演讲家_演讲稿范文大全", f"{DESK}/", home))
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/yanjiang/", "/yanjiang/list_2.html"]
    fam.noise += ["导语：", "本文由演讲家整理发布", "相关演讲稿", "下载本文Word版", "上一篇：", "皖ICP备17012345号-2", "ad-baidu"]
    fam.note = ("MIP 2 pages are the documents (canonical desktop host not served); links are <a href mip-link>; "
                "the 五四 speech's continuation /yanjiang/58231_2.html is a non-document; the older speech is listed only on list_2.html")
    return fam
