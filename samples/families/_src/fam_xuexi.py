"""学习强国 (xuexi.cn)-like PC site, the older static-shell article pages: every article is an
HTML shell `/<column md5>/<article md5>.html` (title 学习强国, an empty `div#root`, the header and
footer furniture) whose text is not in the page at all: the shell defines `callback` and names its
JSONP data file `data<article md5>.js` in a `<script src>`; that file holds
`callback({...})` with `title`, `show_source`, `publish_time`, `editors` and the content HTML in
`content` (and again as plain text in `normalized_content`). The home page's 头条 block links one
article with a plain `<a>`; the other is listed only in the column's JSONP data file
(`data<column md5>.js`, named by the column shell) and in the sitemap. The documents are the shell
pages; each expected document carries `data_url`, the file its text comes from."""

import html
import json

from common import SPEECHES, Family

HOST = "www.xuexi-like.test"
COL = "7d959ee7b3aee3d155e7da142cdec713"
COL_TITLE = "学习时评"
ST = "28601234"

ARTICLES = [
    dict(
        md5="e43e220633a65f9b6d8b53712cba9caa",
        item_id="10981378426592497568",
        speech=SPEECHES["XQ1"],
        time="2024-06-09 08:30:12",
        source="安徽日报",
        editors=["王洁"],
        intro="6月8日，全省非物质文化遗产保护传承工作座谈会在合肥召开。副省长在会上讲话。现将讲话全文刊发如下。",
        photo=(
            "https://boot-img.xuexi.cn/image/1008/upload/202406/09/a1b2c3d4e5f6.jpg",
            "座谈会现场。记者 许敏 摄",
        ),
        tail="（本文来源：安徽日报）",
        linked=True,
    ),
    dict(
        md5="3c2b7e19f0ad4e6b8c51d27a9e06f4b1",
        item_id="7764120938847765120",
        speech=SPEECHES["XQ2"],
        time="2024-01-10 07:05:44",
        source="人民公安报",
        editors=["赵晨", "李想"],
        intro=None,
        photo=None,
        tail="（来源：人民公安报 作者：刘建平）",
        linked=False,
    ),
]


def art_path(a):
    return f"/{COL}/{a['md5']}.html"


def data_path(a):
    return f"/{COL}/data{a['md5']}.js"


def content_html(a):
    sp = a["speech"]
    parts = []
    if a["intro"]:
        parts.append(
            f'<p style="text-indent:2em;"><span style="font-family:楷体,楷体_GB2312;">{a["intro"]}</span></p>'
        )
    for i, x in enumerate(sp.paras):
        parts.append(f'<p style="text-indent:2em;">{x}</p>')
        if a["photo"] and i == 0:
            src, cap = a["photo"]
            parts.append(
                f'<p style="text-align:center;"><img src="{src}" data-width="1080" data-height="720" /></p>'
                f'<p style="text-align:center;"><span style="font-size:14px;color:#8c8c8c;">{cap}</span></p>'
            )
    parts.append(f'<p style="text-indent:2em;text-align:right;">{a["tail"]}</p>')
    return "".join(parts)


def data_js(a):
    sp = a["speech"]
    content = content_html(a)
    plain = "\n".join(([a["intro"]] if a["intro"] else []) + sp.paras + [a["tail"]])
    data = {
        "identity": {"item_id": a["item_id"], "item_type": "1", "hashid": a["md5"]},
        "title": sp.title,
        "sub_title": "",
        "show_source": a["source"],
        "source": "xuexi",
        "publish_time": a["time"],
        "editors": a["editors"],
        "content": content,
        "normalized_content": plain,
        "image": [{"url": a["photo"][0], "width": 1080, "height": 720}] if a["photo"] else [],
        "audio_url": "",
        "channel_names": [COL_TITLE],
        "thumbnail": [],
        "share_url": f"https://{HOST}{art_path(a)}",
        "error_correction_url": "https://www.xuexi.cn/jiucuo/index.html",
        "copyright": "学习强国版权所有，未经许可不得转载",
    }
    return "callback(" + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ")"


HEADER = """<div class="header-wrapper">
  <div class="header">
    <a class="logo" href="/"><img src="https://www.xuexi.cn/static/img/logo.7d8a5c3e.png" alt="学习强国" /></a>
    <ul class="nav">
      <li><a href="/">首页</a></li>
      <li><a href="/@@COL@@/@@COL@@.html">学习时评</a></li>
      <li><a href="/lgpage/detail/index.html?id=1">学习理论</a></li>
    </ul>
    <div class="right">
      <a class="login" href="https://pc.xuexi.cn/points/login.html">登录</a>
      <a class="download" href="https://www.xuexi.cn/xuexi-app/index.html">下载“学习强国”APP</a>
    </div>
  </div>
</div>
""".replace("@@COL@@", COL)

FOOTER = """<div class="footer-wrapper">
  <div class="footer">
    <p><a href="https://www.xuexi.cn/about.html">关于我们</a> | <a href="https://www.xuexi.cn/statement.html">版权声明</a> | <a href="https://www.xuexi.cn/jiucuo/index.html">违法和不良信息举报</a></p>
    <p>“学习强国”学习平台 版权所有　京ICP备18029607号-1　京公网安备 11010102001195号</p>
    <p>主办单位：“学习强国”学习平台　地址：北京市西城区</p>
  </div>
</div>
"""


def shell(data_file: str, kind: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="renderer" content="webkit" />
<title>学习强国</title>
<link rel="shortcut icon" href="https://www.xuexi.cn/favicon.ico" />
<link rel="stylesheet" href="https://www.xuexi.cn/static/css/{kind}.9f2e1b7c.css" />
<script>
  // JSONP: the data file below calls back with the page's data
  window.__pageData = null;
  window.callback = function (data) {{
    window.__pageData = data;
    if (window.__renderPage) window.__renderPage(data);
  }};
</script>
</head>
<body>
<noscript>您的浏览器不支持JavaScript，请开启后访问“学习强国”学习平台。</noscript>
{HEADER}<div id="root" class="{kind}-root"></div>
{FOOTER}<script src="https://www.xuexi.cn/static/js/vendor.5e7b0c21.js"></script>
<script src="https://www.xuexi.cn/static/js/{kind}.1c4d9a3f.js"></script>
<script src="./{data_file}?_st={ST}"></script>
<script src="https://g.alicdn.com/alilog/mlog/aplus_v2.js" id="beacon-aplus" exparams="clog=o&aplus&sidx=aplusSidx&ckx=aplusCkx"></script>
</body>
</html>
"""


def home():
    a = next(x for x in ARTICLES if x["linked"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>学习强国</title>
<meta name="keywords" content="学习强国,学习平台" />
<meta name="description" content="“学习强国”学习平台" />
<link rel="stylesheet" href="https://www.xuexi.cn/static/css/index.3a1f5d20.css" />
</head>
<body>
{HEADER}<div class="index-root">
  <div class="headline-module">
    <div class="grid-cell"><div class="text-link-item-title"><a href="{art_path(a)}" target="_blank"><span class="text">{a["speech"].title}</span></a></div></div>
    <div class="grid-cell"><div class="text-time">{a["time"][:10]}</div></div>
  </div>
  <div class="more-module"><a href="/{COL}/{COL}.html" target="_blank">{COL_TITLE} 更多 &gt;</a></div>
  <div id="lg-list" data-channel="{COL}"></div>
</div>
{FOOTER}<script src="https://www.xuexi.cn/static/js/index.1c4d9a3f.js"></script>
</body>
</html>
"""


def column_data():
    items = [
        {
            "itemId": a["item_id"],
            "title": a["speech"].title,
            "url": f"https://{HOST}{art_path(a)}",
            "publishTime": a["time"],
            "source": a["source"],
            "type": "normalArticle",
        }
        for a in sorted(ARTICLES, key=lambda x: x["time"], reverse=True)
    ]
    return "callback(" + json.dumps({"title": COL_TITLE, "list": items}, ensure_ascii=False) + ")"


class XuexiFamily(Family):
    """A document's text is in its JSONP data file, not in the shell page: check it there."""

    data_files: dict = {}

    def page_text(self, url: str) -> str:
        text = super().page_text(url)
        extra = self.data_files.get(url)
        if extra:
            raw = html.unescape(self.files[extra.lstrip("/")].decode(self.encoding))
            import re

            text += re.sub(r"\s+", "", re.sub(r"(?s)<[^>]+>", "", raw))
        return text


def build() -> Family:
    fam = XuexiFamily(
        HOST,
        "学习强国 (xuexi.cn)-like static shells with JSONP data files",
        content_type="text/html; charset=utf-8",
    )
    fam.data_files = {}
    fam.put("/", home())
    fam.put(f"/{COL}/{COL}.html", shell(f"data{COL}.js", "column"))
    fam.put(f"/{COL}/data{COL}.js", column_data())
    fam.not_documents += ["/", f"/{COL}/{COL}.html"]
    for a in ARTICLES:
        fam.put(art_path(a), shell(f"data{a['md5']}.js", "detail"))
        fam.put(data_path(a), data_js(a))
        fam.data_files[fam.url(art_path(a))] = data_path(a)
        fam.doc(
            [art_path(a)],
            a["speech"],
            published_at=a["time"][:10],
            found_by="links" if a["linked"] else "sitemap",
        )
        fam.documents[-1]["data_url"] = fam.url(data_path(a))
    fam.put(
        "/robots.txt",
        f"User-agent: *\nAllow: /\nDisallow: /lgpage/points/\n\nSitemap: https://{HOST}/sitemap.xml\n",
        "ascii",
    )
    urls = "".join(
        f"<url><loc>https://{HOST}{art_path(a)}</loc><lastmod>{a['time'][:10]}</lastmod></url>\n"
        for a in ARTICLES
    )
    fam.put(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
    )
    a1 = ARTICLES[0]
    fam.noise += [
        a1["intro"][:20],
        "现将讲话全文刊发如下",
        "座谈会现场。记者 许敏 摄",
        "（本文来源：安徽日报）",
        "（来源：人民公安报 作者：刘建平）",
        "学习强国版权所有，未经许可不得转载",
        "您的浏览器不支持JavaScript",
        "下载“学习强国”APP",
        "违法和不良信息举报",
        "京ICP备18029607号-1",
        "主办单位",
    ]
    fam.note = (
        "The article pages are shells: their text exists only in the JSONP file each shell names in "
        '`<script src="./data<md5>.js?_st=…">` (served as JavaScript; `callback({...})` with the content HTML in '
        "`content` and plain text in `normalized_content`). Each document's `url` is the shell page, `data_url` the "
        "file holding its text; a crawler must fetch the named data file to get the speech. The first article is linked "
        "from the home page's 头条 block (found_by links); the second only in the column's JSONP list "
        f"(`/{COL}/data{COL}.js`, named by the column shell, absolute https `url`s) and the sitemap (found_by sitemap). "
        "The first text opens with a 楷体 news preamble (…现将讲话全文刊发如下。) and has a photo with its caption after "
        "the first paragraph; both end in a （来源：…） line inside `content`: none of these are the speech. The real "
        "site serves newer articles' data from boot-source.xuexi.cn/data/app/<id>.js; here the data files are on the "
        "same host, beside the shells (the older www.xuexi.cn/<md5>/data<md5>.js layout)."
    )
    return fam
