"""Replicas of sites built with the CMSs that carry most Chinese speech texts, as those systems
really lay out their URLs, pagers and markup; written to disk, deterministic.

    python -m replica.cms samples/cms      # rewrite the bundled copy

| host | software | what it tests |
| --- | --- | --- |
| `www.trs-gov.test` | TRS WCM gov portal | `t20230512_887766.html` articles, `index_1.html` listings and `_1.html` article pages only reachable through the `createPageHTML(...)` script pager |
| `www.hanweb-gov.test` | Hanweb jcms gov portal | `/art/2024/1/4/art_2288_665544.html` articles listed in the jpage `<script type="text/xml"><datastore>` of `/col/col2288/index.html` |
| `www.dede-fanwen.test` | DedeCMS 范文 site, GBK declared gb2312 | `/a/fanwen/2024/0512/1234.html` + `1234_2.html`, `1234_3.html`, `list_5_2.html`, `div.dede_pages`; hidden spans, `font-size:0` text, injected "本文来自…转载请注明出处" |
| `www.phpcms-fanwen.test` | PHPCMS v9 | `/html/2024/jianghua_0512/88.html` + `88_2.html`, `/html/jianghua/2.html`, dynamic `index.php?m=content&c=index&a=show&catid=9&id=90[&page=2]` |
| `bbs.discuz.test` | Discuz! X3.4 forum | `forum-2-1.html`, `thread-1001-1-1.html`; the speech is the first post; replies, signatures, `本帖最后由…编辑`, `<font class="jammer">`, hidden spans; `thread-1001-2-1.html` holds replies only |
| `blog.wp.test` | WordPress | `/2024/05/12/slug/`, `<!--nextpage-->` pages `/slug/2/`, `/page/2/`, category, tag and date archives, share and related-post widgets, comments |
| `www.docview.test` | document viewer | `/p-<id>.html` previews that stop ("还剩N页未读"): truncated documents |
| `www.big5-hk.test` | Traditional-script site in Big5 | declared `big5`, bytes only Big5-HKSCS decodes (深水埗, 鰂魚涌) |

Speech texts are the gold texts of samples/gold (real speeches). `expected.json` next to the host
folders lists per host the documents a crawl from `start` must archive (path, pages, title, text
in Simplified script, truncated) and the pages that must not become documents.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO_ROOT / "samples" / "gold"

# Which gold speech each replica carries (distinct speeches: no two hosts share one).
SPEECHES = {
    "trs": ["huigou6-3400", "huigou6-3401", "huigou6-3402"],
    "hanweb": ["huigou6-3403", "huigou6-3405", "huigou6-3406"],
    "dede": ["ai-1080", "huigou6-3407", "ai-1081"],
    "phpcms": ["ai-1082", "ai-1083", "ai-1084"],
    "discuz": ["hant-1300#1", "hant-1300#2", "hant-1300#3"],
    "wordpress": ["hant-1301#1", "hant-1301#2", "hant-1302#1"],
    "docview": ["wm114-2025111006", "wm114-2025111007"],
    "big5": ["wm114-2025111005", "wm114-2025111008"],
}
ESC = html.escape


def gold_speech(ref: str) -> dict:
    name, _, part = ref.partition("#")
    gold = json.loads((GOLD_DIR / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = gold["docs"][int(part) - 1 if part else 0]
    title = doc.get("title") or doc.get("title_contains")
    return {
        "title": title,
        "paragraphs": [p for p in doc["text"].split("\n\n") if p.strip()],
        "date": gold["docs"][0].get("published_at") or "2024-05-12",
    }


def split_pages(paragraphs: list[str], pages: int) -> list[list[str]]:
    size = -(-len(paragraphs) // pages)
    return [paragraphs[i * size : (i + 1) * size] for i in range(pages)]


def ps(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{ESC(p, quote=False)}</p>" for p in paragraphs)


class SiteWriter:
    """Files of one host plus what a crawl of it must give."""

    def __init__(self, dest: Path, host: str, family: str, start: str, encoding: str = "utf-8"):
        self.root = Path(dest) / host
        self.host, self.family, self.start, self.encoding = host, family, start, encoding
        self.documents: list[dict] = []
        self.not_documents: list[str] = []
        self.noise: list[str] = []
        self.site_meta: dict = {"content_type": "text/html; charset=utf-8"}

    def write(self, path: str, text: str) -> None:
        key = path.lstrip("/")
        if not key or key.endswith("/"):
            key += "index.html"
        file = self.root / key
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(text.encode(self.encoding, "xmlcharrefreplace"))  # as real pages do

    def expect(self, pages: list[str], speech: dict, text: list[str] | None = None, **extra) -> None:
        self.documents.append(
            {
                "path": pages[0],
                "pages": pages,
                "title": speech["title"],
                "text": "\n\n".join(text if text is not None else speech["paragraphs"]),
                "truncated": False,
                **extra,
            }
        )
        self.not_documents.extend(pages[1:])

    def finish(self) -> dict:
        texts = [d["text"] for d in self.documents]
        noise = [n for n in self.noise if not any(n in t for t in texts)]  # only what no speech says
        continuations = sorted({p for d in self.documents for p in d["pages"][1:]})
        (self.root / "_site.json").write_text(
            json.dumps(self.site_meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return {
            "host": self.host,
            "family": self.family,
            "start": self.start,
            "documents": self.documents,
            "not_documents": sorted(set(self.not_documents)),
            "continuations": continuations,
            "noise": noise,
        }


# --- TRS WCM --------------------------------------------------------------------------------------
def trs_page(title: str, body: str, meta: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"{meta}<title>{ESC(title)}_示范市人民政府</title>\n"
        '<script src="/images/common.js"></script></head>\n<body>\n'
        '<div class="header"><div class="nav"><a href="/">首页</a><a href="/xxgk/">政务公开</a>'
        '<a href="/xxgk/ldjh/">领导讲话</a><a href="/hdjl/">互动交流</a></div></div>\n'
        f"{body}\n"
        '<div class="footer"><p>主办单位：示范市人民政府办公室　网站标识码：3300000001　浙ICP备05012345号</p></div>\n'
        "</body></html>\n"
    )


def write_trs(dest: Path) -> dict:
    site = SiteWriter(dest, "www.trs-gov.test", "TRS WCM", "/xxgk/ldjh/")
    speeches = [gold_speech(r) for r in SPEECHES["trs"]]
    ids = [("202305", "t20230512_887766"), ("202306", "t20230601_887801"), ("202307", "t20230718_887950")]
    entries = []
    for n, (speech, (month, doc_id)) in enumerate(zip(speeches, ids, strict=True)):
        pages = split_pages(speech["paragraphs"], 2 if n == 1 else 1)
        paths = [f"/xxgk/ldjh/{month}/{doc_id}.html"] + [
            f"/xxgk/ldjh/{month}/{doc_id}_{k}.html" for k in range(1, len(pages))
        ]
        date = f"{month[:4]}-{month[4:]}-{doc_id[7:9]} 09:30"
        meta = (
            f'<meta name="ArticleTitle" content="{ESC(speech["title"])}">\n'
            f'<meta name="PubDate" content="{date}">\n<meta name="ContentSource" content="市政府办公室">\n'
        )
        for k, part in enumerate(pages):
            pager = (
                f'<div class="page"><script>createPageHTML({len(pages)}, {k}, "{doc_id}", "html");</script></div>'
                if len(pages) > 1
                else ""
            )
            body = (
                '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; '
                '<a href="/xxgk/ldjh/">领导讲话</a></div>\n<div class="article">\n'
                f'<h1 class="title">{ESC(speech["title"])}</h1>\n'
                f'<div class="info">发布时间：{date}　来源：市政府办公室　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>\n'
                '<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{line-height:2;}</style>\n'
                f'<div class="Custom_UnionStyle">\n{ps(part)}\n</div></div>\n{pager}\n'
                '<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
                "</div>"
            )
            site.write(paths[k], trs_page(speech["title"], body, meta))
        site.expect(paths, speech)
        entries.append((f"./{month}/{doc_id}.html", speech["title"], date[:10]))
    listing_pages = [entries[:2], entries[2:]]
    for k, chunk in enumerate(listing_pages):
        items = "\n".join(
            f'<li><a href="{href}" target="_blank" title="{ESC(t)}">{ESC(t)}</a><span>{d}</span></li>'
            for href, t, d in chunk
        )
        body = (
            '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; 领导讲话</div>\n'
            f'<div class="list"><ul>\n{items}\n</ul>\n'
            f'<div class="page"><script>createPageHTML({len(listing_pages)}, {k}, "index", "html");</script></div></div>'
        )
        path = "/xxgk/ldjh/index.html" if k == 0 else f"/xxgk/ldjh/index_{k}.html"
        site.write(path, trs_page("领导讲话", body))
        site.not_documents.append(path)
    site.write("/", trs_page("示范市人民政府", '<div class="box"><a href="/xxgk/ldjh/">领导讲话</a></div>'))
    site.noise += [
        "当前位置",
        "字体",
        "打印本页",
        "关闭窗口",
        "主办单位",
        "createPageHTML",
        "来源：市政府办公室",
    ]
    return site.finish()


# --- Hanweb jcms ----------------------------------------------------------------------------------
def write_hanweb(dest: Path) -> dict:
    site = SiteWriter(dest, "www.hanweb-gov.test", "Hanweb jcms", "/col/col2288/index.html")
    speeches = [gold_speech(r) for r in SPEECHES["hanweb"]]
    records = []
    for n, speech in enumerate(speeches):
        day = 4 + n * 7
        path = f"/art/2024/1/{day}/art_2288_{665544 + n * 13}.html"
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
            f'<meta name="SiteName" content="示范县人民政府"><meta name="ColumnName" content="领导讲话">\n'
            f'<meta name="ArticleTitle" content="{ESC(speech["title"])}">\n'
            f'<meta name="PubDate" content="2024-01-{day:02d} 10:2{n}">\n<meta name="ContentSource" content="县政府办">\n'
            f"<title>{ESC(speech['title'])} 领导讲话 示范县人民政府</title></head>\n<body>\n"
            '<div class="top"><a href="/">首页</a> <a href="/col/col2288/index.html">领导讲话</a></div>\n'
            '<table class="main"><tr><td class="bt">' + ESC(speech["title"]) + "</td></tr>\n"
            f'<tr><td class="xx">发布日期：2024-01-{day:02d} 10:2{n}　信息来源：县政府办　浏览次数：'
            f'<script>_showDynClicks("wbnews", 1, {665544 + n * 13})</script>　'
            '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>\n'
            f'<tr><td><div id="zoom">\n{ps(speech["paragraphs"])}\n</div></td></tr>\n'
            '<tr><td class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>\n'
            '<div class="foot">示范县人民政府 版权所有 技术支持：大汉网络</div>\n</body></html>\n'
        )
        site.write(path, page)
        site.expect([path], speech)
        records.append(
            f'<record><![CDATA[<li><a href="{path}" title="{ESC(speech["title"])}" target="_blank">'
            f"{ESC(speech['title'])}</a><span>2024-01-{day:02d}</span></li>]]></record>"
        )
    listing = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>领导讲话 示范县人民政府</title></head>\n<body>\n'
        '<div class="top"><a href="/">首页</a> 领导讲话</div>\n<div id="2288">'
        '<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1'
        '&webid=1&path=/&columnid=2288&unitid=7799&webname=%E7%A4%BA%E8%8C%83&permissiontype=0"></a>]]></nextgroup>'
        f"<recordset>{''.join(records)}</recordset></datastore></script>"
        '<script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>'
        "<script>$('#2288').jpage({dataStore: 'datastore', perPage: 15, totalRecord: "
        f"{len(records)}" + "});</script></div>\n"
        '<div class="foot">示范县人民政府 版权所有</div>\n</body></html>\n'
    )
    site.write("/col/col2288/index.html", listing)
    site.not_documents.append("/col/col2288/index.html")
    site.write("/", listing.replace("领导讲话 示范县人民政府", "示范县人民政府"))
    site.noise += ["发布日期", "浏览次数", "字体", "打印", "关闭", "版权所有", "大汉网络"]
    return site.finish()


# --- DedeCMS --------------------------------------------------------------------------------------
DEDE_NAME = "德德范文网"


def dede_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{ESC(title)}_{DEDE_NAME}</title>\n"
        '<meta name="keywords" content="讲话稿,发言稿,范文" /></head>\n<body>\n'
        f'<div class="header"><a href="/">{DEDE_NAME}</a> <a href="/a/fanwen/">讲话稿</a> <a href="/plus/search.php">搜索</a></div>\n'
        f"{body}\n"
        f'<div class="footer">Copyright &copy; 2012-2024 {DEDE_NAME} 版权所有 Power by DedeCms</div>\n</body></html>\n'
    )


def dede_noisy(paragraphs: list[str], path: str, seed: int) -> str:
    """Paragraphs with the anti-copy noise 范文 sites really serve inside the text."""
    out = []
    for i, p in enumerate(paragraphs):
        text = ESC(p, quote=False)
        cut = len(text) // 2
        while cut < len(text) and text[cut] in "&;#0123456789abcdefghijklmnopqrstuvwxyz":
            cut += 1
        if i % 3 == 0:
            text = f'{text[:cut]}<span style="display:none">dede{seed}{i:02d}fw</span>{text[cut:]}'
        elif i % 3 == 1:
            text = f'{text[:cut]}<font style="font-size:0px;color:#FFFFFF">{DEDE_NAME}{seed}{i}</font>{text[cut:]}'
        if i == 1:
            text += f"本文来自{DEDE_NAME}，转载请注明出处：http://www.dede-fanwen.test{path}"
        out.append(f"<p>{text}</p>")
    return "\n".join(out)


def write_dede(dest: Path) -> dict:
    site = SiteWriter(dest, "www.dede-fanwen.test", "DedeCMS", "/a/fanwen/", encoding="gbk")
    site.site_meta = {
        "content_type": "text/html",
        "note": "declares gb2312 in a meta tag only; bytes are GBK",
    }
    speeches = [gold_speech(r) for r in SPEECHES["dede"]]
    plan = [(1234, "0512", 3), (1236, "0513", 1), (1240, "0520", 2)]
    entries = []
    for speech, (doc_id, day, n_pages) in zip(speeches, plan, strict=True):
        pages = split_pages(speech["paragraphs"], n_pages)
        base = f"/a/fanwen/2024/{day}/"
        paths = [f"{base}{doc_id}.html"] + [f"{base}{doc_id}_{k}.html" for k in range(2, n_pages + 1)]
        for k, part in enumerate(pages, start=1):
            pager = ""
            if n_pages > 1:
                items = [f"<li><a>共{n_pages}页: </a></li>"]
                items.append(
                    "<li><a href='#'>上一页</a></li>"
                    if k == 1
                    else f"<li><a href='{paths[k - 2].rsplit('/', 1)[1]}'>上一页</a></li>"
                )
                for j in range(1, n_pages + 1):
                    name = paths[j - 1].rsplit("/", 1)[1]
                    items.append(
                        f"<li class=\"thisclass\"><a href='#'>{j}</a></li>"
                        if j == k
                        else f"<li><a href='{name}'>{j}</a></li>"
                    )
                if k < n_pages:
                    items.append(f"<li><a href='{paths[k].rsplit('/', 1)[1]}'>下一页</a></li>")
                pager = f'<div class="dede_pages"><ul class="pagelist">{"".join(items)}</ul></div>'
            body = (
                f'<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/fanwen/">讲话稿</a> &gt;</div>\n'
                '<div class="viewbox">\n'
                f'<div class="title"><h2>{ESC(speech["title"])}</h2></div>\n'
                f'<div class="info"><small>时间:</small>2024-{day[:2]}-{day[2:]} 08:1{k}<small>来源:</small>网络 '
                "<small>作者:</small>admin <small>点击:</small><script src='/plus/count.php?view=yes'></script>次</div>\n"
                f'<div class="content"><table width="100%"><tr><td>\n{dede_noisy(part, paths[k - 1], doc_id)}\n</td></tr></table></div>\n'
                f"{pager}\n"
                '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>\n'
                '<div class="handle"><div class="context"><ul><li>上一篇：没有了</li><li>下一篇：没有了</li></ul></div></div>\n'
                "</div>"
            )
            site.write(paths[k - 1], dede_page(speech["title"], body))
        site.expect(paths, speech)
        entries.append((paths[0], speech["title"]))
    site.noise += [
        DEDE_NAME,
        "dede",
        "本文来自",
        "转载请注明",
        "http://",
        "当前位置",
        "上一篇",
        "分隔线",
        "点击",
    ]
    chunks = [entries[:2], entries[2:]]
    for k, chunk in enumerate(chunks, start=1):
        items = "\n".join(
            f'<li><a href="{p}" class="title">{ESC(t)}</a><span class="info"><small>日期：</small>2024-05-12</span></li>'
            for p, t in chunk
        )
        links = ["<li><a href='list_5_1.html'>首页</a></li>"]
        for j in range(1, len(chunks) + 1):
            links.append(
                f'<li class="thisclass"><a>{j}</a></li>'
                if j == k
                else f"<li><a href='list_5_{j}.html'>{j}</a></li>"
            )
        if k < len(chunks):
            links.append(f"<li><a href='list_5_{k + 1}.html'>下一页</a></li>")
        links.append(
            f'<li><span class="pageinfo">共 <strong>{len(chunks)}</strong>页<strong>3</strong>条</span></li>'
        )
        body = (
            '<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; 讲话稿 &gt;</div>\n'
            f'<div class="listbox"><ul class="e2">\n{items}\n</ul></div>\n'
            f'<div class="dede_pages"><ul class="pagelist">{"".join(links)}</ul></div>'
        )
        page = dede_page("讲话稿", body)
        site.write(f"/a/fanwen/list_5_{k}.html", page)
        site.not_documents.append(f"/a/fanwen/list_5_{k}.html")
        if k == 1:
            site.write("/a/fanwen/index.html", page)
            site.not_documents.append("/a/fanwen/")
    site.write("/", dede_page(DEDE_NAME, '<div class="box"><a href="/a/fanwen/">讲话稿</a></div>'))
    return site.finish()


# --- PHPCMS v9 ------------------------------------------------------------------------------------
def phpcms_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{ESC(title)} - 菲菲范文网</title>\n"
        '<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /></head>\n<body>\n'
        '<div class="header"><a href="/">菲菲范文网</a> <a href="/html/jianghua/">讲话稿</a></div>\n'
        f'<div class="main">{body}</div>\n'
        '<div class="footer">Powered by PHPCMS v9 &copy; 2024 菲菲范文网</div>\n</body></html>\n'
    )


def write_phpcms(dest: Path) -> dict:
    site = SiteWriter(dest, "www.phpcms-fanwen.test", "PHPCMS v9", "/html/jianghua/")
    speeches = [gold_speech(r) for r in SPEECHES["phpcms"]]
    routes = {}
    entries = []
    for n, speech in enumerate(speeches):
        doc_id = 88 + n
        dynamic = n == 2  # a category left dynamic: index.php URLs, as many PHPCMS sites have
        pages = split_pages(speech["paragraphs"], 1 if n == 1 else 2)
        if dynamic:
            show = f"/index.php?m=content&c=index&a=show&catid=9&id={doc_id}"
            urls = [show] + [f"{show}&page={k}" for k in range(2, len(pages) + 1)]
            files = [f"/dynamic/show-{doc_id}-{k}.html" for k in range(1, len(pages) + 1)]
            for url, file in zip(urls, files, strict=True):
                routes[url] = file.lstrip("/")  # backing files only: no page links to them
        else:
            base = f"/html/2024/jianghua_05{12 + n}/"
            urls = [f"{base}{doc_id}.html"] + [f"{base}{doc_id}_{k}.html" for k in range(2, len(pages) + 1)]
            files = urls
        for k, part in enumerate(pages, start=1):
            pager = ""
            if len(pages) > 1:
                prev = (
                    f'<a href="{ESC(urls[k - 2])}" class="a1">上一页</a>'
                    if k > 1
                    else '<a class="a1">上一页</a>'
                )
                numbers = " ".join(
                    f"<span>{j}</span>" if j == k else f'<a href="{ESC(urls[j - 1])}">{j}</a>'
                    for j in range(1, len(pages) + 1)
                )
                nxt = (
                    f'<a href="{ESC(urls[k])}" class="a1">下一页</a>'
                    if k < len(pages)
                    else '<a class="a1">下一页</a>'
                )
                pager = f'<div id="pages" class="text-c">{prev} {numbers} {nxt}</div>'
            text = ps(part)
            if k == 1:
                text = text.replace(
                    "</p>", f"（本文来源：菲菲范文网 http://www.phpcms-fanwen.test{urls[0]}）</p>", 1
                )
            body = (
                '<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/jianghua/">讲话稿</a> &gt; 正文</div>\n'
                f'<div id="Article"><h1>{ESC(speech["title"])}<br />\n'
                f"<span>2024-05-{12 + n} 09:00:00&nbsp;&nbsp;&nbsp;来源：&nbsp;&nbsp;&nbsp;"
                '评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>\n'
                f'<div class="content">\n{text}\n</div>\n{pager}\n'
                '<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag=讲话">讲话</a></p>\n'
                '<p class="f14"><strong>上一篇：</strong>已经没有了<br /><strong>下一篇：</strong>已经没有了</p>\n'
                "</div>"
            )
            site.write(files[k - 1], phpcms_page(speech["title"], body))
        site.expect(urls, speech)
        entries.append((urls[0], speech["title"]))
    chunks = [entries[:2], entries[2:]]
    for k, chunk in enumerate(chunks, start=1):
        items = "\n".join(
            f'<li><span class="rt">2024-05-12</span>·<a href="{ESC(u)}">{ESC(t)}</a></li>' for u, t in chunk
        )
        paths = ["/html/jianghua/index.html", "/html/jianghua/2.html"]
        prev = f'<a href="{paths[k - 2]}" class="a1">上一页</a>' if k > 1 else '<a class="a1">上一页</a>'
        numbers = " ".join(
            f"<span>{j}</span>" if j == k else f'<a href="{paths[j - 1]}">{j}</a>' for j in range(1, 3)
        )
        nxt = f'<a href="{paths[k]}" class="a1">下一页</a>' if k < 2 else '<a class="a1">下一页</a>'
        body = (
            '<div class="crumbs"><a href="/">首页</a><span> &gt; </span>讲话稿</div>\n'
            f'<ul class="list lh24 f14">\n{items}\n</ul>\n'
            f'<div id="pages" class="text-c"><a class="a1">3条</a> {prev} {numbers} {nxt}</div>'
        )
        site.write(paths[k - 1], phpcms_page("讲话稿", body))
        site.not_documents.append(paths[k - 1])
    site.write("/", phpcms_page("菲菲范文网", '<div class="box"><a href="/html/jianghua/">讲话稿</a></div>'))
    site.site_meta["query_routes"] = routes
    site.noise += ["菲菲范文网", "本文来源", "来源：", "评论", "点击", "相关热词", "上一篇", "PHPCMS"]
    return site.finish()


# --- Discuz! --------------------------------------------------------------------------------------
REPLIES = (
    "写得很好，收藏了，正好下周开会要用！",
    "感谢楼主分享，学习了。",
    "顶一个，楼主辛苦了，希望多发一些这样的材料。",
    "第二部分讲得很实在，借鉴一下。",
    "请问有没有word版本的？",
)


def discuz_post(
    pid: int, floor: str, author: str, message: str, date: str, sign: str = "", uid: int = 1
) -> str:
    return (
        f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">\n'
        f'<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{uid}.html" class="xw1">{author}</a></div></div>'
        '<dl class="pil cl"><dt>积分</dt><dd>1024</dd></dl></td>\n'
        f'<td class="plc"><div class="pi"><strong><a href="#pid{pid}" id="postnum{pid}">{floor}</a></strong>'
        f'<div class="pti"><div class="authi"><em id="authorposton{pid}">发表于 {date}</em> | <a href="#">只看该作者</a></div></div></div>\n'
        '<div class="pct"><div class="pcb"><div class="t_fsz">\n'
        f'<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\n{message}\n</td></tr></table>\n'
        "</div></div></div>\n"
        + (f'<div class="sign">{sign}</div>\n' if sign else "")
        + '<div class="po"><a class="fastre" href="#">回复</a> <a href="#">举报</a></div>'
        "</td></tr></table></div>\n"
    )


def discuz_message(paragraphs: list[str], seed: int) -> str:
    lines = [f'<i class="pstatus"> 本帖最后由 文秘小王 于 2024-5-{10 + seed} 21:0{seed} 编辑 </i><br />']
    for i, p in enumerate(paragraphs):
        text = ESC(p, quote=False)
        if i % 2 == 0 and len(text) > 20:
            cut = text.index("，") + 1 if "，" in text[: len(text) // 2] else len(text) // 2
            jam = f'<font class="jammer">{seed}{i}bbs.discuz.test{seed * 7 + i}</font>'
            text = f"{text[:cut]}{jam}{text[cut:]}"
        if i == 1:
            text += f'<span style="display:none">{seed}x{i}论坛防复制</span>'
        lines.append(f"{text}<br />\r\n<br />")
    return "\n".join(lines)


def discuz_page(title: str, body: str, fid_link: bool = True) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{ESC(title)} - 讲话稿交流 -  文秘论坛 -  Powered by Discuz!</title>\n"
        '<meta name="generator" content="Discuz! X3.4" /><meta name="author" content="Discuz! Team and Comsenz UI Team" />\n'
        "</head>\n<body>\n"
        '<div id="hd"><div class="wp"><a href="/">文秘论坛</a> <a href="forum-2-1.html">讲话稿交流</a></div></div>\n'
        f'<div id="wp" class="wp">\n<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">文秘论坛</a> <em>&rsaquo;</em> '
        f'<a href="forum-2-1.html">讲话稿交流</a></div></div>\n{body}\n</div>\n'
        '<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p>'
        "<p>&copy; 2001-2024 Comsenz Inc.</p></div>\n</body></html>\n"
    )


def discuz_pg(current: int, total: int, name) -> str:
    links = "".join(
        f"<strong>{j}</strong>" if j == current else f'<a href="{name(j)}">{j}</a>'
        for j in range(1, total + 1)
    )
    nxt = f'<a href="{name(current + 1)}" class="nxt">下一页</a>' if current < total else ""
    return (
        f'<div class="pg">{links}<label><span title="共 {total} 页"> / {total} 页</span></label>{nxt}</div>'
    )


def write_discuz(dest: Path) -> dict:
    site = SiteWriter(dest, "bbs.discuz.test", "Discuz! X3", "/forum-2-1.html")
    speeches = [gold_speech(r) for r in SPEECHES["discuz"]]
    threads = []
    for n, speech in enumerate(speeches):
        tid = 1001 + n
        fpage = 1 if n < 2 else 2  # the forum page listing it: Discuz! puts it in the thread URL
        pid = 5000 + n * 100
        pages = 2 if n == 0 else 1
        date = f"2024-5-{10 + n} 20:3{n}"
        sign = "<p>每天进步一点点 —— 文秘小王的签名</p>"
        posts = [
            discuz_post(pid, "楼主", "文秘小王", discuz_message(speech["paragraphs"], n + 1), date, sign)
        ]
        floors = ("沙发", "板凳", "地板")
        for r in range(3):
            posts.append(
                discuz_post(
                    pid + r + 1,
                    floors[r],
                    f"网友{r + 1}",
                    REPLIES[(n + r) % len(REPLIES)],
                    date,
                    sign if r == 1 else "",
                    r + 2,
                )
            )
        name = lambda j, tid=tid, fpage=fpage: f"thread-{tid}-{j}-{fpage}.html"  # noqa: E731
        for j in range(1, pages + 1):
            page_posts = (
                posts
                if j == 1
                else [
                    discuz_post(
                        pid + 10 + r, f"{10 + r}<sup>#</sup>", f"网友{r + 4}", REPLIES[r], date, "", r + 5
                    )
                    for r in range(3)
                ]
            )
            pg = discuz_pg(j, pages, name) if pages > 1 else ""
            body = (
                f'<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn">'
                f'<div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{1200 + n}</span></div></td>'
                f'<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{ESC(speech["title"])}</span></h1></td></tr></table>\n'
                f"{''.join(page_posts)}</div>\n{pg}"
            )
            site.write(name(j), discuz_page(speech["title"], body))
        paths = [f"/{name(1)}"]
        site.expect(paths, speech)
        site.not_documents += [f"/{name(j)}" for j in range(2, pages + 1)]
        threads.append((fpage, name(1), speech["title"]))
    for fpage in (1, 2):
        rows = "\n".join(
            f'<tbody id="normalthread_{1001 + i}"><tr><th class="new"><a href="{href}" class="s xst">{ESC(t)}</a></th>'
            f'<td class="by"><cite><a href="space-uid-1.html">文秘小王</a></cite><em><span>2024-5-12</span></em></td></tr></tbody>'
            for i, (p, href, t) in enumerate(threads)
            if p == fpage
        )
        body = (
            f'<div id="threadlist" class="tl bm bmw"><div class="bm_c"><table summary="forum_2" cellspacing="0" cellpadding="0" id="threadlisttableid">\n{rows}\n</table></div></div>\n'
            + discuz_pg(fpage, 2, lambda j: f"forum-2-{j}.html")
        )
        site.write(f"/forum-2-{fpage}.html", discuz_page("讲话稿交流", body))
        site.not_documents.append(f"/forum-2-{fpage}.html")
    for uid in range(1, 8):
        site.write(f"/space-uid-{uid}.html", discuz_page("个人资料", '<div class="bm">该用户从未签到</div>'))
    site.write("/", discuz_page("文秘论坛", '<div class="fl"><a href="forum-2-1.html">讲话稿交流</a></div>'))
    site.noise += [
        "本帖最后由",
        "编辑",
        "bbs.discuz.test",
        "论坛防复制",
        "签名",
        "收藏了",
        "感谢楼主",
        "发表于",
        "Discuz",
    ]
    return site.finish()


# --- WordPress ------------------------------------------------------------------------------------
WP_SLUGS = (
    "zai-quanshi-rencai-gongzuo-huiyi",
    "tuopin-gongjian-chengguo-gonggu",
    "yingshang-huanjing-youhua",
)


def wp_page(title: str, body: str, body_class: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="UTF-8">\n'
        f"<title>{ESC(title)} &#8211; 笔耕文稿</title>\n"
        '<meta name="generator" content="WordPress 6.5.3" />\n'
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all' />\n"
        f'</head>\n<body class="{body_class}">\n<div id="page" class="site">\n'
        '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">笔耕文稿</a></p>'
        '<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">首页</a></li>'
        '<li><a href="/category/jianghua/">讲话稿</a></li></ul></nav></header>\n'
        f'<div id="content" class="site-content"><main id="main" class="site-main">\n{body}\n</main>\n'
        '<aside id="secondary" class="widget-area"><section class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2>'
        '<div class="tagcloud"><a href="/tag/jianghua/" class="tag-cloud-link">讲话</a> <a href="/tag/rencai/" class="tag-cloud-link">人才工作</a></div></section>'
        '<section class="widget widget_archive"><h2 class="widget-title">归档</h2><ul><li><a href="/2024/05/">2024年5月</a></li></ul></section></aside></div>\n'
        '<footer id="colophon" class="site-footer"><div class="site-info">自豪地采用 <a href="https://cn.wordpress.org/">WordPress</a></div></footer>\n'
        "</div>\n</body></html>\n"
    )


def write_wordpress(dest: Path) -> dict:
    site = SiteWriter(dest, "blog.wp.test", "WordPress", "/")
    speeches = [gold_speech(r) for r in SPEECHES["wordpress"]]
    posts = []
    for n, (speech, slug) in enumerate(zip(speeches, WP_SLUGS, strict=True)):
        day = 12 + n
        base = f"/2024/05/{day}/{slug}/"
        pages = split_pages(speech["paragraphs"], 2 if n == 0 else 1)
        urls = [base] + [f"{base}{k}/" for k in range(2, len(pages) + 1)]
        for k, part in enumerate(pages, start=1):
            links = ""
            if len(pages) > 1:
                numbers = " ".join(
                    f'<span class="post-page-numbers current" aria-current="page">{j}</span>'
                    if j == k
                    else f'<a href="{urls[j - 1]}" class="post-page-numbers">{j}</a>'
                    for j in range(1, len(pages) + 1)
                )
                links = f'<div class="page-links">页面： {numbers}</div>'
            body = (
                f'<article id="post-{100 + n}" class="post-{100 + n} post type-post status-publish format-standard hentry category-jianghua">\n'
                f'<header class="entry-header"><h1 class="entry-title">{ESC(speech["title"])}</h1>'
                f'<div class="entry-meta"><span class="posted-on">发布于 <a href="{base}" rel="bookmark">'
                f'<time class="entry-date published" datetime="2024-05-{day}T08:30:00+08:00">2024年5月{day}日</time></a></span>'
                ' <span class="byline">作者 <a href="/author/admin/">admin</a></span></div></header>\n'
                f'<div class="entry-content">\n{ps(part)}\n{links}\n'
                '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享此文章：</h3><ul><li><a href="#">微信</a></li><li><a href="#">微博</a></li></ul></div>\n'
                '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>相关</em></h3></div>\n'
                "</div>\n"
                '<footer class="entry-footer"><span class="cat-links">分类 <a href="/category/jianghua/" rel="category tag">讲话稿</a></span> '
                '<span class="tags-links">标签 <a href="/tag/jianghua/" rel="tag">讲话</a></span></footer></article>\n'
                '<div id="comments" class="comments-area"><h2 class="comments-title">《'
                + ESC(speech["title"])
                + "》有2条评论</h2>"
                '<ol class="comment-list"><li class="comment"><div class="comment-content"><p>很有参考价值，谢谢分享！</p></div></li>'
                '<li class="comment"><div class="comment-content"><p>第三部分写得好。</p></div></li></ol>'
                f'<nav class="comment-navigation"><div class="nav-previous"><a href="{base}comment-page-1/#comments">较早评论</a></div></nav></div>'
            )
            site.write(
                urls[k - 1],
                wp_page(speech["title"], body, f"post-template-default single single-post postid-{100 + n}"),
            )
        site.write(
            f"{base}comment-page-1/",
            wp_page(
                speech["title"],
                '<div id="comments" class="comments-area"><p>没有更早的评论了。</p></div>',
                "single",
            ),
        )
        site.not_documents.append(f"{base}comment-page-1/")
        site.expect(urls, speech)
        posts.append((base, speech, day))

    def archive(path: str, chosen, body_class: str, pager: str = "") -> None:
        items = "\n".join(
            f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="{b}" rel="bookmark">'
            f'{ESC(s["title"])}</a></h2></header><div class="entry-summary"><p>{ESC(s["paragraphs"][0][:60], quote=False)} &hellip; '
            f'<a class="more-link" href="{b}">继续阅读<span class="screen-reader-text">{ESC(s["title"])}</span></a></p></div></article>'
            for b, s, _ in chosen
        )
        site.write(path, wp_page("笔耕文稿", items + pager, body_class))
        site.not_documents.append(path)

    nav1 = (
        '<nav class="navigation pagination" aria-label="文章分页"><div class="nav-links">'
        '<span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="/page/2/">2</a> '
        '<a class="next page-numbers" href="/page/2/">下一页</a></div></nav>'
    )
    nav2 = (
        '<nav class="navigation pagination" aria-label="文章分页"><div class="nav-links">'
        '<a class="prev page-numbers" href="/">上一页</a> <a class="page-numbers" href="/">1</a> '
        '<span aria-current="page" class="page-numbers current">2</span></div></nav>'
    )
    newest_first = posts[::-1]
    archive("/", newest_first[:2], "home blog", nav1)
    archive("/page/2/", newest_first[2:], "home blog paged paged-2", nav2)
    archive("/category/jianghua/", newest_first, "archive category category-jianghua")
    archive("/tag/jianghua/", newest_first, "archive tag tag-jianghua")
    archive("/tag/rencai/", newest_first[:1], "archive tag tag-rencai")
    archive("/2024/05/", newest_first, "archive date")
    site.write("/author/admin/", wp_page("admin", "<p>admin 的文章</p>", "archive author"))
    site.not_documents.append("/author/admin/")
    site.noise += [
        "分享此文章",
        "微信",
        "很有参考价值",
        "较早评论",
        "发布于",
        "作者 admin",
        "页面：",
        "WordPress",
    ]
    return site.finish()


# --- document viewer ------------------------------------------------------------------------------
def write_docview(dest: Path) -> dict:
    site = SiteWriter(dest, "www.docview.test", "document viewer", "/")
    speeches = [gold_speech(r) for r in SPEECHES["docview"]]
    items = []
    for n, speech in enumerate(speeches):
        doc_id = 2408150001 + n * 37
        path = f"/p-{doc_id}.html"
        shown = speech["paragraphs"][: max(2, len(speech["paragraphs"]) * 2 // 5)]
        left = 9 + n
        pages_html = "\n".join(
            f'<div class="webpreview-item" data-page="{k + 1}"><div class="webpreview-text">{ps(chunk)}</div></div>'
            for k, chunk in enumerate(split_pages(shown, 2))
        )
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
            f"<title>{ESC(speech['title'])}.docx-原创力文档</title>\n</head>\n<body>\n"
            '<div class="header"><a href="/">文档中心</a> <a href="/upload.html">上传文档</a></div>\n'
            f'<div class="main"><h1 class="doc-title">{ESC(speech["title"])}</h1>\n'
            f'<div class="doc-info"><span>页数：{left + 4}</span> <span>大小：36.2 KB</span> <span>上传于：2024-08-15</span></div>\n'
            f'<div id="main" class="webpreview">\n{pages_html}\n</div>\n'
            f'<div class="webpreview-more"><p>还剩{left}页未读，<a href="/download/{doc_id}.html">继续阅读</a></p></div>\n'
            '<div class="doc-tools"><a href="/download/'
            f'{doc_id}.html">下载文档</a> <a href="#">收藏</a> <a href="#">分享</a></div>\n'
            '<div class="related"><h3>相关文档</h3><ul>'
            + "".join(
                f'<li><a href="/p-{2408150001 + j * 37}.html">{ESC(s["title"])}</a></li>'
                for j, s in enumerate(speeches)
            )
            + "</ul></div></div>\n"
            '<div class="footer">本站所有文档均由用户上传，如有侵权请联系删除</div>\n</body></html>\n'
        )
        site.write(path, page)
        site.write(
            f"/download/{doc_id}.html",
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>下载</title></head><body><p>请登录后下载。</p><a href="/">返回首页</a></body></html>\n',
        )
        site.not_documents.append(f"/download/{doc_id}.html")
        site.expect([path], speech, text=shown, truncated=True)
        items.append(f'<li><a href="{path}">{ESC(speech["title"])}</a> <span>{left + 4}页</span></li>')
    site.write(
        "/",
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>文档中心</title></head>\n<body>\n'
        f'<div class="header"><a href="/">文档中心</a></div>\n<ul class="doc-list">\n{"".join(items)}\n</ul>\n</body></html>\n',
    )
    site.not_documents.append("/")
    site.noise += ["还剩", "页未读", "继续阅读", "下载文档", "页数", "相关文档", "侵权"]
    return site.finish()


# --- Big5 (Hong Kong) -----------------------------------------------------------------------------
HK_SENTENCE = "我們會繼續在深水埗、鰂魚涌等地區推展社區服務，做好各項工作。"


def write_big5(dest: Path) -> dict:
    import opencc

    s2hk, t2s = opencc.OpenCC("s2hk"), opencc.OpenCC("t2s")
    site = SiteWriter(dest, "www.big5-hk.test", "Big5 (HKSCS)", "/news/", encoding="big5hkscs")
    site.site_meta = {
        "content_type": "text/html; charset=big5",
        "note": "declared big5; bytes need Big5-HKSCS",
    }
    speeches = [gold_speech(r) for r in SPEECHES["big5"]]
    items = []
    for n, speech in enumerate(speeches):
        traditional = [s2hk.convert(p) for p in speech["paragraphs"]]
        traditional.insert(1, HK_SENTENCE)
        title = s2hk.convert(speech["title"])
        path = f"/news/2024{n + 5:02d}1{n}_{300 + n}.htm"
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">\n'
            f"<title>{ESC(title)} - 示範區議會</title></head>\n<body>\n"
            '<div id="menu"><a href="/">首頁</a> | <a href="/news/">新聞公報</a></div>\n'
            f'<div id="content"><h1>{ESC(title)}</h1>\n<p class="date">發布日期：2024年{n + 5}月1{n}日</p>\n'
            f'<div class="text">{ps(traditional)}</div></div>\n'
            '<div id="footer">示範區議會 版權所有 <a href="/news/">返回</a></div>\n</body></html>\n'
        )
        site.write(path, page)
        site.documents.append(
            {
                "path": path,
                "pages": [path],
                "title": t2s.convert(title),
                "text": "\n\n".join(t2s.convert(p) for p in traditional),
                "truncated": False,
                "encoding": "big5hkscs",
            }
        )
        items.append(f'<li><a href="{path}">{ESC(title)}</a> 2024-0{n + 5}-1{n}</li>')
    site.write(
        "/news/index.htm",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>新聞公報</title></head>\n'
        f'<body><a href="/">首頁</a><ul>{"".join(items)}</ul></body></html>\n',
    )
    site.write("/news/index.html", (site.root / "news" / "index.htm").read_text(encoding="big5hkscs"))
    site.not_documents.append("/news/")
    site.noise += ["首頁", "首页", "发布日期", "版权所有", "返回"]
    return site.finish()


WRITERS = (
    write_trs,
    write_hanweb,
    write_dede,
    write_phpcms,
    write_discuz,
    write_wordpress,
    write_docview,
    write_big5,
)


def generate_cms_sites(dest: Path) -> Path:
    """Write every CMS replica to `dest/<host>/` and `dest/expected.json`; return `dest`."""
    dest = Path(dest)
    expected = {}
    for writer in WRITERS:
        result = writer(dest)
        expected[result.pop("host")] = result
    (dest / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return dest


if __name__ == "__main__":
    print(generate_cms_sites(Path(sys.argv[1] if len(sys.argv) > 1 else "samples/cms")))
