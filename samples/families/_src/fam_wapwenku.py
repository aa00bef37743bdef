"""百度文库 WAP (wapwenku.baidu.com / wk.baidu.com `view/ID`) pages as an old phone browser gets them:
XHTML Mobile 1.0 doctype, `标题_百度文库` titles, a bare header (百度文库 logo link, search form),
`h1` + a grey info line (页数 / 贡献者 / 上传于 date), the document's text cut into fixed WAP pages
(the first at `/view/<32 hex>.html`, the next at `?pn=2`, a query route) through the WAP pager
(上一页 / 下一页, `1/2`, 跳至 box), a `下载到电脑` / 客户端 prompt, 相关文档, bottom links
(百度首页 / 登录 / 反馈) and `©2024 Baidu`. Replaces 360文档中心 (360docs.net), which is the same
software and template as the 文档之家 (doczj) family already here."""

from common import SPEECHES, Family, render, split_paras

HOST = "wapwenku.baidu-like.test"

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=2.0, user-scalable=yes"/>
<meta http-equiv="Cache-Control" content="no-cache"/>
<title>@@TITLE@@</title>
<style type="text/css">body{margin:0;font-size:14px;line-height:1.6}.hd{background:#f5f5f5;border-bottom:1px solid #ddd;padding:4px}.tt{font-size:16px;font-weight:bold;margin:6px 4px}.info{color:#999;font-size:12px;margin:0 4px}.con{padding:4px 6px}.pg{padding:6px 4px;border-top:1px solid #eee}.ft{color:#999;font-size:12px;padding:6px 4px;border-top:1px solid #ddd}</style>
</head>
<body>
<div class="hd"><a href="/"><img src="/static/img/logo_wk.gif" alt="百度文库" width="76" height="22"/></a>
<form action="/search" method="get"><input type="text" name="word" size="14" value=""/><input type="hidden" name="lm" value="0"/><input type="submit" value="搜文档"/></form></div>
"""

FOOT = """<div class="ft">
<a href="http://m.baidu.com/">百度首页</a> | <a href="/user/login">登录</a> | <a href="/feedback">反馈</a> | <a href="/">文库首页</a><br/>
<span>©2024 Baidu</span> <a href="http://www.baidu.com/duty/">使用百度前必读</a>
</div>
<img src="http://hm.baidu.com/hm.gif?si=d8bfb560f8d03bbefc9bdecafc4a4bf6&amp;nv=0&amp;st=4&amp;v=wap-0-0.2" width="0" height="0" alt=""/>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f46c-3"], "hex": "8c3e0f27a15d4b96e2f07a3c5d18b94e", "parts": 2, "pages": 4, "user": "安监小李2018", "up": "2024-03-01"},
    {"speech": SPEECHES["f46c-5"], "hex": "2f9d6a4c0b8e13f75a2c6e9d1b4f7083", "parts": 1, "pages": 3, "user": "jt_wenmi", "up": "2024-09-14"},
]


def url(d, n):
    return f"/view/{d['hex']}.html" + ("" if n == 1 else f"?pn={n}")


def pager(d, n):
    if d["parts"] == 1:
        return ""
    bits = []
    if n > 1:
        bits.append(f'<a href="{url(d, n - 1)}">上一页</a>')
    if n < d["parts"]:
        bits.append(f'<a href="{url(d, n + 1)}">下一页</a>')
    jump = f"""<form action="/view/{d['hex']}.html" method="get">跳至<input type="text" name="pn" size="2" value=""/>页<input type="submit" value="GO"/></form>"""
    return f'<div class="pg">{" ".join(bits)} {n}/{d["parts"]}<br/>{jump}</div>\n'


def page(d, other, n, runs):
    s = d["speech"]
    body = "\n".join(f"<p>{p}</p>" for p in runs[n - 1])
    tpl = HEAD + """<div class="tt"><h1 style="font-size:16px;margin:0">@@STITLE@@</h1></div>
<div class="info">@@PAGES@@页 | 贡献者：@@USER@@ | 上传于@@UP@@</div>
<div class="con">
@@BODY@@
</div>
@@PAGER@@<div class="pg"><a href="/down/@@HEX@@">下载到电脑</a> | <a href="/client">用文库客户端看全文</a></div>
<div class="pg">相关文档<br/>
<a href="/view/@@OTHER_HEX@@.html">@@OTHER_TITLE@@</a><br/>
<a href="/view/4be17c0a93d2f58e61a07b3c9d2e5f14.html">安全生产会议讲话稿</a><br/>
<a href="/view/d05a2e7c18f943b6a0c5e2d7f9b13a68.html">领导在安全生产工作会议上的讲话</a><br/>
</div>
""" + FOOT
    return render(tpl, TITLE=f"{s.title}_百度文库", STITLE=s.title, PAGES=d["pages"], USER=d["user"], UP=d["up"], BODY=body,
                  PAGER=pager(d, n), HEX=d["hex"], OTHER_HEX=other["hex"], OTHER_TITLE=other["speech"].title)


def build() -> Family:
    fam = Family(HOST, "百度文库 WAP (wapwenku.baidu.com/view/ID.html) pages: XHTML Mobile, ?pn=N text pages", content_type="text/html;charset=utf-8")
    rows = "\n".join(f'<a href="/view/{d["hex"]}.html">{d["speech"].title}</a><br/>' for d in DOCS)
    home = HEAD + """<div class="pg">热门文档<br/>
@@ROWS@@
<a href="/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;lm=0">更多讲话稿&gt;&gt;</a></div>
""" + FOOT
    fam.put("/", render(home, TITLE="百度文库", ROWS=rows))
    search = HEAD + """<div class="info">找到相关文档约1,260篇</div>
<div class="con">
@@ROWS@@
</div>
<div class="pg">1/30 <a href="/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&amp;lm=0&amp;pn=2">下一页</a></div>
""" + FOOT
    srows = "\n".join(
        f'<p><a href="/view/{d["hex"]}.html">{d["speech"].title}</a><br/><span class="info">{d["pages"]}页 | {d["up"]}</span></p>' for d in DOCS
    )
    fam.route("/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&lm=0", "/search_jianghuagao.html", render(search, TITLE="讲话稿_百度文库搜索", ROWS=srows))
    fam.put("/robots.txt", "User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /search\nDisallow: /down/\n")
    fam.not_documents += ["/", "/search?word=%E8%AE%B2%E8%AF%9D%E7%A8%BF&lm=0"]
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"]) if d["parts"] > 1 else [list(d["speech"].paras)]
        pages = []
        for n in range(1, d["parts"] + 1):
            text = page(d, DOCS[1 - i], n, runs)
            if n == 1:
                fam.put(url(d, 1), text)
            else:
                fam.route(url(d, n), f"/view/{d['hex']}_pn{n}.html", text)
                fam.not_documents.append(url(d, n))
            pages.append(url(d, n))
        fam.doc(pages, d["speech"], published_at=d["up"])
    fam.note = "HOLDOUT; published_at is the 上传于 date; the 安全生产 speech's second WAP page is the query route ?pn=2 (a continuation page)"
    fam.noise += ["贡献者：", "下载到电脑", "用文库客户端看全文", "相关文档", "©2024 Baidu", "使用百度前必读"]
    return fam
