"""The mobile site of a 演讲稿/范文 site on 帝国CMS 7.x's WAP module (`e/wap/`, served on its own host as
`m.<host>/wap/`): every page a query route on `/wap/` — home `?m=index`, column lists
`?m=list&classid=N[&page=P]` (帝国 counts list pages from 0), articles `?m=show&classid=N&id=M[&page=P]`;
minimal XHTML-MP markup (xml prolog, WAPFORUM DOCTYPE, one `<p>` per block, `<br/>` everywhere); the
article text is 帝国 wap's stripped content (tags removed, paragraphs joined by `<br/>` with full-width
indent), one speech cut by length over 3 pages with 帝国's `下一页`/`上一页` and `(1/3)` counter; a
recommended-link text ad above the title, 上一篇/下一篇, 相关范文, 返回列表 / 网站首页, the 电脑版 link
and a stat image in the footer."""

from common import SPEECHES, Family, split_paras

HOST = "m.yjgfw.test"
SITE = "演讲稿范文网"

# (speech, classid, id, newstime, pages, column)
ARTICLES = [
    (SPEECHES["r24a-wap1"], 12, 48213, "2024-06-10 16:42:07", 3, "毕业致辞"),
    (SPEECHES["r24a-wap2"], 15, 47986, "2024-06-04 09:15:33", 1, "领导讲话"),
]
LIST12 = [
    (48302, "2024年初中毕业典礼校长致辞"),
    (48277, "幼儿园大班毕业典礼园长讲话"),
    (48251, "小学六年级毕业典礼教师代表发言"),
    (48196, "高三毕业典礼家长代表发言稿"),
    (48170, "大学毕业典礼学生代表发言"),
    (48144, "毕业典礼主持词（高中）"),
    (48120, "初三毕业典礼学生代表发言稿"),
    (48097, "高三毕业典礼班主任寄语"),
    (48071, "2024届研究生毕业典礼导师代表致辞"),
    (48046, "职业学校毕业典礼校长讲话"),
    (48020, "毕业典礼上的感恩发言"),
    (47993, "高中毕业典礼优秀毕业生发言"),
]
LIST15 = [
    (48011, "在上半年经济运行分析会上的讲话"),
    (47952, "在防汛工作动员部署会上的讲话"),
    (47930, "在公司质量月活动启动会上的讲话"),
]
PER_PAGE = 10


def page(title, body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>
<meta http-equiv="Cache-Control" content="no-cache"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"/>
<title>{title}</title>
</head>
<body>
<p><a href="/wap/?m=index"><b>{SITE}</b></a>|<a href="/wap/?m=list&amp;classid=12">毕业致辞</a>|<a href="/wap/?m=list&amp;classid=15">领导讲话</a>|<a href="/wap/?m=list&amp;classid=9">竞聘演讲</a></p>
{body}
<p>----------<br/>
<a href="/wap/?m=index">网站首页</a>|<a href="/e/search/wap.php">搜索</a>|<a href="http://www.yjgfw.test/">电脑版</a><br/>
<small>{SITE} m.yjgfw.test<br/>
Powered by EmpireCMS</small><br/>
<img src="http://hm.baidu.com/hm.gif?si=7c2a5e19b0d84f6e&amp;et=0&amp;ep=&amp;nv=0&amp;st=4&amp;lt=1718000000&amp;v=wap-2-0.3&amp;rnd=51284" width="0" height="0" alt=""/></p>
</body>
</html>
"""


def list_page(classid, name, rows, p):
    pages = (len(rows) + PER_PAGE - 1) // PER_PAGE
    items = "".join(f"{n}.<a href=\"/wap/?m=show&amp;classid={classid}&amp;id={i}\">{t}</a><br/>\n"
                    for n, (i, t) in enumerate(rows[p * PER_PAGE:(p + 1) * PER_PAGE], p * PER_PAGE + 1))
    nav = []
    if p + 1 < pages:
        nav.append(f"<a href=\"/wap/?m=list&amp;classid={classid}&amp;page={p + 1}\">下一页</a>")
    if p > 0:
        nav.append(f"<a href=\"/wap/?m=list&amp;classid={classid}&amp;page={p - 1}\">上一页</a>")
    pager = " ".join(nav) + f" ({p + 1}/{pages})" if pages > 1 else ""
    return page(f"{name}-{SITE}", f"""<p><b>{name}</b><br/>
{items}{pager}</p>
<p><a href="/wap/?m=index">返回首页</a></p>""")


def rows_for(classid):
    if classid == 12:
        out = LIST12 + [(ARTICLES[0][2], ARTICLES[0][0].title)]
    else:
        out = LIST15 + [(ARTICLES[1][2], ARTICLES[1][0].title)]
    return sorted(out, key=lambda r: -r[0])


def show_page(i, k):
    sp, classid, aid, newstime, pages, col = ARTICLES[i]
    runs = split_paras(sp.paras, pages)
    text = "<br/>\n".join(f"　　{p}" for p in runs[k])
    base = f"/wap/?m=show&amp;classid={classid}&amp;id={aid}"
    nav = ""
    if pages > 1:
        parts = []
        if k + 1 < pages:
            parts.append(f"<a href=\"{base}&amp;page={k + 2}\">下一页</a>")
        if k > 0:
            parts.append(f"<a href=\"{base}{'' if k == 1 else f'&amp;page={k}'}\">上一页</a>")
        nav = "<br/>\n" + " ".join(parts) + f" ({k + 1}/{pages})"
    order = rows_for(classid)
    at = [r[0] for r in order].index(aid)
    prev_r, next_r = order[at + 1], order[at - 1]
    rel = "".join(f"·<a href=\"/wap/?m=show&amp;classid={classid}&amp;id={r[0]}\">{r[1]}</a><br/>\n"
                  for r in order if r[0] != aid)[: 4 * 200]
    rel = "".join(rel.splitlines(True)[:4])
    body = f"""<p><a href="/wap/?m=show&amp;classid=3&amp;id=40017">【推荐】2024年最新演讲稿大全，一键下载word版</a></p>
<p><b>{sp.title}</b><br/>
<small>时间:{newstime} 栏目:<a href="/wap/?m=list&amp;classid={classid}">{col}</a></small><br/>
{text}{nav}</p>
<p>上一篇:<a href="/wap/?m=show&amp;classid={classid}&amp;id={prev_r[0]}">{prev_r[1]}</a><br/>
下一篇:<a href="/wap/?m=show&amp;classid={classid}&amp;id={next_r[0]}">{next_r[1]}</a></p>
<p><b>相关范文</b><br/>
{rel}</p>
<p><a href="/wap/?m=list&amp;classid={classid}">返回列表</a>|<a href="/wap/?m=index">网站首页</a></p>"""
    title = sp.title + (f"(第{k + 1}页)" if k else "") + f"-{SITE}"
    return page(title, body)


def home():
    a = "".join(f"·<a href=\"/wap/?m=show&amp;classid=12&amp;id={i}\">{t}</a><br/>\n" for i, t in rows_for(12)[:5])
    b = "".join(f"·<a href=\"/wap/?m=show&amp;classid=15&amp;id={i}\">{t}</a><br/>\n" for i, t in rows_for(15))
    return page(f"{SITE}手机版", f"""<p><b>毕业致辞</b> <a href="/wap/?m=list&amp;classid=12">更多&gt;&gt;</a><br/>
{a}</p>
<p><b>领导讲话</b> <a href="/wap/?m=list&amp;classid=15">更多&gt;&gt;</a><br/>
{b}</p>""")


def build() -> Family:
    fam = Family(HOST, "mobile site of a 演讲稿/范文 site on 帝国CMS 7.x WAP module (e/wap, XHTML-MP)")
    fam.home = "/wap/?m=index"
    fam.route("/wap/?m=index", "wap/index.html", home())
    fam.put("/", '<html><head><meta http-equiv="refresh" content="0;url=/wap/?m=index"></head><body></body></html>')
    fam.route("/wap/?m=list&classid=12", "wap/list_12_0.html", list_page(12, "毕业致辞", rows_for(12), 0))
    fam.route("/wap/?m=list&classid=12&page=1", "wap/list_12_1.html", list_page(12, "毕业致辞", rows_for(12), 1))
    fam.route("/wap/?m=list&classid=15", "wap/list_15_0.html", list_page(15, "领导讲话", rows_for(15), 0))
    fam.not_documents += ["/", "/wap/?m=index", "/wap/?m=list&classid=12", "/wap/?m=list&classid=12&page=1",
                          "/wap/?m=list&classid=15"]
    for i, (sp, classid, aid, newstime, pages, col) in enumerate(ARTICLES):
        urls = []
        for k in range(pages):
            target = f"/wap/?m=show&classid={classid}&id={aid}" + ("" if k == 0 else f"&page={k + 1}")
            fam.route(target, f"wap/show_{aid}_{k + 1}.html", show_page(i, k))
            urls.append(target)
            if k:
                fam.not_documents.append(target)
        fam.doc(urls, sp, published_at=newstime[:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /e/\n", "ascii")
    fam.noise += ["【推荐】", "一键下载word版", "时间:", "栏目:", "上一篇:", "下一篇:", "相关范文", "返回列表",
                  "网站首页", "电脑版", "Powered by EmpireCMS", "下一页", "(1/3)", "2024年初中毕业典礼校长致辞"]
    fam.note = (
        "every page a query route on `/wap/` (home `?m=index`, `/` a meta refresh to it); list pages counted "
        "from 0 (`&page=1` is the second), show pages from 1 (`&page=2`, `&page=3`); text is 帝国 wap's stripped "
        "content, paragraphs as `　　…<br/>` inside one `<p>` with the title and 时间/栏目 line; the 毕业 speech "
        "over 3 pages, the 安全 speech one page"
    )
    return fam
