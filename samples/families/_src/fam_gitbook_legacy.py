"""A district office's 讲话选编 published as a legacy GitBook (gitbook-cli 2.3.2 running GitBook 3.2.3, default
theme, `language: zh-hans`) and served as the `_book` folder it writes: every page with `<meta
name="generator" content="GitBook 3.2.3">`, relative `gitbook/…` assets, the `book-summary` sidebar
(`#book-search-input` 输入并搜索, `ul.summary` with `li.chapter[data-level][data-path]`, nested `ul.articles`,
a custom link on top and `本书使用 GitBook 发布` at the bottom), the `book-header` with the spinning icon, the
`page-wrapper > page-inner > #book-search-results > .search-noresults > section.normal.markdown-section`
holding the Markdown, the `search-results` blocks (`results matching`, `No results matching`), the
`navigation-prev` / `navigation-next` arrows and the `gitbook.page.hasChanged({...})` state. Plugins:
anchor-navigation-ex (the `#anchor-navigation-ex-navbar` box and `anchorNavigationExGoTop` inside the
section, `plugin-anchor` links in headings), tbfed-pagefooter (`footer.page-footer` with 该文件修订时间
inside the section), expandable-chapters, splitter, lunr search (`search_index.json`), sharing,
fontsettings. The long 老旧小区 speech is split by the editors into two articles of its chapter."""

import html
import json
import re

from common import SPEECHES, Family

HOST = "xuanbian.yunchuan-qu.test"
BASE = f"http://{HOST}"
BOOK = "云川区2024年领导讲话选编"
AUTHOR = "云川区人民政府办公室"

S1, S2 = SPEECHES["GB1"], SPEECHES["GB2"]
SPLIT = next(i for i, p in enumerate(S1.paras) if p.startswith("三、"))
PART1, PART2 = S1.paras[:SPLIT], S1.paras[SPLIT:]

HOME = "/"
CH1 = "/jianghua/"
P1 = "/jianghua/laojiu-xiaoqu-gaizao.html"
P2 = "/jianghua/laojiu-xiaoqu-gaizao-2.html"
CH2 = "/zhici/"
P3 = "/zhici/yuedujie-kaimu.html"
NOTE = "/shuoming.html"

# (path, level, summary title, source file, mtime)
SUMMARY = [
    (HOME, "1.1", "前言", "README.md", "2024-06-03 09:41:27"),
    (CH1, "1.2", "一、工作会议讲话", "jianghua/README.md", "2024-06-03 09:41:27"),
    (P1, "1.2.1", "在全区老旧小区改造工作推进会上的讲话", "jianghua/laojiu-xiaoqu-gaizao.md", "2024-05-27 16:05:12"),
    (P2, "1.2.2", "在全区老旧小区改造工作推进会上的讲话（续）", "jianghua/laojiu-xiaoqu-gaizao-2.md", "2024-05-27 16:05:12"),
    (CH2, "1.3", "二、活动致辞", "zhici/README.md", "2024-05-08 10:22:50"),
    (P3, "1.3.1", "在云川区第十届全民阅读节开幕式上的致辞", "zhici/yuedujie-kaimu.md", "2024-05-08 10:22:50"),
    (NOTE, "1.4", "编印说明", "shuoming.md", "2024-06-03 09:41:27"),
]
BY = {row[0]: row for row in SUMMARY}
ORDER = [row[0] for row in SUMMARY]


def rel(frm, to):
    fd = frm.rsplit("/", 1)[0].strip("/")
    depth = len([x for x in fd.split("/") if x])
    up = "../" * depth
    target = to.lstrip("/")
    if fd and target.startswith(fd + "/"):
        target = target[len(fd) + 1 :]
        up = ""
    out = up + target
    return out or "./"


def base_of(path):
    d = path.rsplit("/", 1)[0].strip("/")
    return ".." if d else "."


def slugid(text):
    return re.sub(r"[\s`~!@#$%^&*()+=\[\]{}|\\;:'\",.<>/?，。、；：！？（）“”《》]+", "", text)


def heading(level, text):
    s = slugid(text)
    return (
        f'<h{level} id="{s}"><a name="{s}" class="plugin-anchor" href="#{s}"><i class="fa fa-link" aria-hidden="true"></i></a>'
        f"{html.escape(text)}</h{level}>"
    )


def anchor_nav(heads):
    if not heads:
        return ""
    items = "".join(f'<li><span class="title-icon "></span><a href="#{slugid(h)}"><b></b>{html.escape(h)}</a></li>' for h in heads)
    return (
        f'<div id="anchor-navigation-ex-navbar"><i class="fa fa-navicon"></i><ul>{items}</ul></div>'
        f'<a href="#{slugid(heads[0])}" id="anchorNavigationExGoTop"><i class="fa fa-arrow-up"></i></a>'
    )


def page_footer(path):
    return (
        '<footer class="page-footer"><span class="copyright">Copyright &#xA9; 云川区人民政府办公室 2024 all right reserved，'
        f'powered by Gitbook</span><span class="footer-modification">该文件修订时间：\n{BY[path][4]}\n</span></footer>'
    )


def summary(path):
    def li(p, kids=""):
        _, level, title, _, _ = BY[p]
        active = "active" if p == path else ""
        return f"""
    
        <li class="chapter {active}" data-level="{level}" data-path="{rel(path, p)}">
            
                <a href="{rel(path, p)}">
            
                    
                    {html.escape(title)}
            
                </a>
            

            {kids}
        </li>
    """

    def articles(ps):
        return '<ul class="articles">' + "".join(li(p) for p in ps) + "\n            </ul>"

    return f"""
<div id="book-search-input" role="search">
    <input type="text" placeholder="输入并搜索" />
</div>

            
                <nav role="navigation">
                


<ul class="summary">
    
    
    
        
        <li>
            <a href="http://www.yunchuan-qu.test/" target="_blank" class="custom-link">云川区人民政府门户网站</a>
        </li>
    
    

    
    <li class="divider"></li>
    

    {li(HOME)}{li(CH1, articles([P1, P2]))}{li(CH2, articles([P3]))}{li(NOTE)}

    

    <li class="divider"></li>

    <li>
        <a href="https://www.gitbook.com" target="blank" class="gitbook-link">
            本书使用 GitBook 发布
        </a>
    </li>
</ul>


                </nav>
            
        """


def state(path):
    at = ORDER.index(path)

    def ref(p):
        _, level, title, src, _ = BY[p]
        return {"title": title, "level": level, "depth": level.count("."), "path": src, "ref": src, "articles": []}

    pg = {"title": BY[path][2], "level": BY[path][1], "depth": BY[path][1].count("."), "dir": "ltr"}
    if at + 1 < len(ORDER):
        pg["next"] = ref(ORDER[at + 1])
    if at > 0:
        pg["previous"] = ref(ORDER[at - 1])
    cfg = {
        "plugins": ["anchor-navigation-ex", "tbfed-pagefooter", "expandable-chapters", "splitter", "-sharing", "sharing-plus", "livereload"],
        "styles": {"website": "styles/website.css", "pdf": "styles/pdf.css", "epub": "styles/epub.css", "mobi": "styles/mobi.css", "ebook": "styles/ebook.css", "print": "styles/print.css"},
        "pluginsConfig": {
            "tbfed-pagefooter": {"copyright": "Copyright &copy; 云川区人民政府办公室 2024", "modify_label": "该文件修订时间：", "modify_format": "YYYY-MM-DD HH:mm:ss"},
            "anchor-navigation-ex": {"showLevel": False, "associatedWithSummary": True, "printLog": False, "multipleH1": True, "mode": "float", "showGoTop": True, "float": {"floatIcon": "fa fa-navicon", "showLevelIcon": False, "level1Icon": "", "level2Icon": "", "level3Icon": ""}},
            "search": {}, "lunr": {"maxIndexSize": 1000000, "ignoreSpecialCharacters": False}, "fontsettings": {"theme": "white", "family": "sans", "size": 2},
            "highlight": {}, "expandable-chapters": {}, "splitter": {}, "sharing-plus": {"weibo": True, "qq": True, "wechat": True, "all": ["weibo", "qq", "qzone", "wechat"]},
            "theme-default": {"styles": {"website": "styles/website.css", "pdf": "styles/pdf.css", "epub": "styles/epub.css", "mobi": "styles/mobi.css", "ebook": "styles/ebook.css", "print": "styles/print.css"}, "showLevel": False},
        },
        "theme": "default",
        "author": AUTHOR,
        "pdf": {"pageNumbers": True, "fontSize": 12, "fontFamily": "Arial", "paperSize": "a4", "chapterMark": "pagebreak", "pageBreaksBefore": "/", "margin": {"right": 62, "left": 62, "top": 56, "bottom": 56}},
        "structure": {"langs": "LANGS.md", "readme": "README.md", "glossary": "GLOSSARY.md", "summary": "SUMMARY.md"},
        "variables": {},
        "title": BOOK,
        "language": "zh-hans",
        "gitbook": "*",
        "description": "云川区2024年区领导在重要会议和活动上的讲话、致辞选编",
    }
    mtime = BY[path][4].replace(" ", "T") + ".000Z"
    data = {
        "page": pg,
        "config": cfg,
        "file": {"path": BY[path][3], "mtime": mtime, "type": "markdown"},
        "gitbook": {"version": "3.2.3", "time": "2024-06-03T01:45:08.317Z"},
        "basePath": base_of(path),
        "book": {"language": ""},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def page(path, section):
    b = base_of(path)
    at = ORDER.index(path)
    title = BY[path][2]
    links = ""
    if at + 1 < len(ORDER):
        links += f'\n    <link rel="next" href="{rel(path, ORDER[at + 1])}" />\n    '
    if at > 0:
        links += f'\n    \n    <link rel="prev" href="{rel(path, ORDER[at - 1])}" />\n    '
    arrows = ""
    if at > 0:
        p = ORDER[at - 1]
        arrows += f"""
                
                <a href="{rel(path, p)}" class="navigation navigation-prev " aria-label="Previous page: {html.escape(BY[p][2])}">
                    <i class="fa fa-angle-left"></i>
                </a>
                """
    if at + 1 < len(ORDER):
        p = ORDER[at + 1]
        arrows += f"""
                
                <a href="{rel(path, p)}" class="navigation navigation-next {"navigation-unique" if at == 0 else ""}" aria-label="Next page: {html.escape(BY[p][2])}">
                    <i class="fa fa-angle-right"></i>
                </a>
                """
    css = "".join(
        f'\n                \n                <link rel="stylesheet" href="{b}/gitbook/{x}">\n                \n            '
        for x in [
            "gitbook-plugin-anchor-navigation-ex/style/plugin.css",
            "gitbook-plugin-tbfed-pagefooter/footer.css",
            "gitbook-plugin-expandable-chapters/expandable-chapters.css",
            "gitbook-plugin-splitter/splitter.css",
            "gitbook-plugin-highlight/website.css",
            "gitbook-plugin-search/search.css",
            "gitbook-plugin-fontsettings/website.css",
        ]
    )
    js = "".join(
        f'\n        \n        <script src="{b}/gitbook/{x}"></script>\n        \n    '
        for x in [
            "gitbook-plugin-expandable-chapters/expandable-chapters.js",
            "gitbook-plugin-splitter/splitter.js",
            "gitbook-plugin-sharing-plus/buttons.js",
            "gitbook-plugin-livereload/plugin.js",
            "gitbook-plugin-search/search-engine.js",
            "gitbook-plugin-search/search.js",
            "gitbook-plugin-lunr/lunr.min.js",
            "gitbook-plugin-lunr/search-lunr.js",
            "gitbook-plugin-fontsettings/fontsettings.js",
        ]
    )
    return f"""
<!DOCTYPE HTML>
<html lang="zh-hans" >
    <head>
        <meta charset="UTF-8">
        <meta content="text/html; charset=utf-8" http-equiv="Content-Type">
        <title>{html.escape(title)} · {BOOK}</title>
        <meta http-equiv="X-UA-Compatible" content="IE=edge" />
        <meta name="description" content="">
        <meta name="generator" content="GitBook 3.2.3">
        <meta name="author" content="{AUTHOR}">
        
        
    
    <link rel="stylesheet" href="{b}/gitbook/style.css">

    
            {css}
        

        

        
        
    
        <link rel="stylesheet" href="{b}/styles/website.css">
    
        
    
        
    
        
    
        
    
        
    

        
    
    
    <meta name="HandheldFriendly" content="true"/>
    <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="black">
    <link rel="apple-touch-icon-precomposed" sizes="152x152" href="{b}/gitbook/images/apple-touch-icon-precomposed-152.png">
    <link rel="shortcut icon" href="{b}/gitbook/images/favicon.ico" type="image/x-icon">

    {links}

    </head>
    <body>
        
<div class="book">
    <div class="book-summary">
        
            {summary(path)}
    </div>

    <div class="book-body">
        
            <div class="body-inner">
                
                    

<div class="book-header" role="navigation">
    

    <!-- Title -->
    <h1>
        <i class="fa fa-circle-o-notch fa-spin"></i>
        <a href="{b}" >{html.escape(title)}</a>
    </h1>
</div>




                    <div class="page-wrapper" tabindex="-1" role="main">
                        <div class="page-inner">
                            
<div id="book-search-results">
    <div class="search-noresults">
    
                                <section class="normal markdown-section">
                                
                                {section}
                                
                                </section>
                            
    </div>
    <div class="search-results">
        <div class="has-results">
            
            <h1 class="search-results-title"><span class='search-results-count'></span> results matching "<span class='search-query'></span>"</h1>
            <ul class="search-results-list"></ul>
            
        </div>
        <div class="no-results">
            
            <h1 class="search-results-title">No results matching "<span class='search-query'></span>"</h1>
            
        </div>
    </div>
</div>

                        </div>
                    </div>
                
            </div>

            {arrows}
            
        
    </div>

    <script>
        var gitbook = gitbook || [];
        gitbook.push(function() {{
            gitbook.page.hasChanged({state(path)});
        }});
    </script>
</div>

        
    <script src="{b}/gitbook/gitbook.js"></script>
    <script src="{b}/gitbook/theme.js"></script>
    
        {js}

    </body>
</html>

"""


def is_head(p):
    return p[:2] in ("一、", "二、", "三、", "四、") and len(p) < 24


def body(paras):
    return "\n".join(heading(2, p) if is_head(p) else f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


DATELINE1 = "（2024年5月17日）"
SPEAKER1 = "区委常委、常务副区长　陈立新"
DATELINE2 = "（2024年4月23日）"
SPEAKER2 = "区委副书记、区长　胡晓东"
CONT1 = "（续见下页）"
CONT2 = "（接上页）"
EDITOR1 = "注：本文根据区住建局提供的讲话稿编入，个别数据已与区统计局核对。"
EDITOR2 = "注：开幕式上为十位阅读推广人颁发了荣誉证书，名单见本书附录。"
PHOTO2 = "图：第十届全民阅读节开幕式在区图书馆新馆广场举行（区融媒体中心 摄）"


def p1_page():
    heads = [p for p in PART1 if is_head(p)]
    section = "\n".join(
        [
            anchor_nav([S1.title] + heads),
            heading(1, S1.title),
            f'<p style="text-align:center">{DATELINE1}</p>',
            f'<p style="text-align:center">{SPEAKER1}</p>',
            body(PART1),
            f"<p>{CONT1}</p>",
            page_footer(P1),
        ]
    )
    return page(P1, section)


def p2_page():
    heads = [p for p in PART2 if is_head(p)]
    title = BY[P2][2]
    section = "\n".join(
        [
            anchor_nav([title] + heads),
            heading(1, title),
            f"<p>{CONT2}</p>",
            body(PART2),
            "<hr>",
            f"<blockquote>\n<p>{EDITOR1}</p>\n</blockquote>",
            page_footer(P2),
        ]
    )
    return page(P2, section)


def p3_page():
    section = "\n".join(
        [
            anchor_nav([S2.title]),
            heading(1, S2.title),
            f'<p style="text-align:center">{DATELINE2}</p>',
            f'<p style="text-align:center">{SPEAKER2}</p>',
            f'<p><img src="../assets/yuedujie-2024.jpg" alt="阅读节开幕式"></p>\n<p><em>{PHOTO2}</em></p>',
            body(S2.paras),
            f"<blockquote>\n<p>{EDITOR2}</p>\n</blockquote>",
            page_footer(P3),
        ]
    )
    return page(P3, section)


def chapter_page(path, intro, rows):
    title = BY[path][2]
    lis = "\n".join(f'<li><a href="{rel(path, p)}">{html.escape(t)}</a>（{d}）</li>' for p, t, d in rows)
    section = "\n".join([anchor_nav([title]), heading(1, title), f"<p>{intro}</p>", f"<ul>\n{lis}\n</ul>", page_footer(path)])
    return page(path, section)


def home_page():
    section = "\n".join(
        [
            anchor_nav(["前言"]),
            heading(1, "前言"),
            "<p>为便于全区各级干部学习领会区委、区政府工作部署，区政府办公室将2024年区领导在重要会议和活动上的讲话、致辞汇编成册，按会议讲话、活动致辞两类编排，陆续更新。</p>",
            "<p>本书使用 GitBook 编写，可在左侧目录中选择篇目，也可在搜索框中检索关键词。</p>",
            "<ul>\n"
            f'<li><a href="{rel(HOME, CH1)}">一、工作会议讲话</a></li>\n'
            f'<li><a href="{rel(HOME, CH2)}">二、活动致辞</a></li>\n'
            f'<li><a href="{rel(HOME, NOTE)}">编印说明</a></li>\n</ul>',
            page_footer(HOME),
        ]
    )
    return page(HOME, section)


def note_page():
    section = "\n".join(
        [
            anchor_nav(["编印说明"]),
            heading(1, "编印说明"),
            "<p>一、本书所收文稿均经讲话人审定，以讲话时间先后为序。</p>",
            "<p>二、篇幅较长的讲话分页编排，页末注明“续见下页”。</p>",
            "<p>三、本书仅供内部学习参考，引用请以正式印发文件为准。</p>",
            page_footer(NOTE),
        ]
    )
    return page(NOTE, section)


def search_index(texts):
    store = {}
    for path, text in texts:
        key = rel("/", path) if path != HOME else "./"
        store[key] = {"url": key, "title": BY[path][2], "keywords": "", "body": text}
    return json.dumps({"index": {"version": "0.5.12", "fields": [{"name": "title", "boost": 10}, {"name": "keywords", "boost": 15}, {"name": "body", "boost": 1}], "ref": "url", "documentStore": {"store": {}, "length": len(store)}, "tokenStore": {"root": {}, "length": 0}, "corpusTokens": [], "pipeline": ["stopWordFilter", "stemmer"]}, "store": store}, ensure_ascii=False, separators=(",", ":"))


def build() -> Family:
    fam = Family(HOST, "GitBook 3.2.3 (legacy gitbook-cli) book of a district's speeches")
    fam.put(HOME, home_page())
    fam.put(CH1, chapter_page(CH1, "本章收录区领导在全区性工作会议上的讲话。", [(P1, S1.title, "2024年5月17日")]))
    fam.put(CH2, chapter_page(CH2, "本章收录区领导在重要活动上的致辞。", [(P3, S2.title, "2024年4月23日")]))
    fam.put(P1, p1_page())
    fam.put(P2, p2_page())
    fam.put(P3, p3_page())
    fam.put(NOTE, note_page())
    fam.put(
        "/search_index.json",
        search_index([(HOME, "前言 为便于全区各级干部学习领会区委、区政府工作部署"), (CH1, "一、工作会议讲话"), (P1, " ".join(PART1)), (P2, " ".join(PART2)), (CH2, "二、活动致辞"), (P3, " ".join(S2.paras)), (NOTE, "编印说明")]),
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"    <url>\n        <loc>{BASE}{p}</loc>\n        <changefreq>weekly</changefreq>\n        <priority>0.5</priority>\n    </url>\n" for p in ORDER)
        + "</urlset>\n",
    )
    fam.put("/robots.txt", f"User-agent: *\nDisallow:\nSitemap: {BASE}/sitemap.xml\n", "ascii")
    fam.doc([P1, P2], S1, pages_found_by="links")
    fam.doc([P3], S2)
    fam.not_documents += [CH1, CH2, NOTE, P2]
    fam.noise += [
        DATELINE1,
        SPEAKER1,
        DATELINE2,
        SPEAKER2,
        CONT1,
        CONT2,
        EDITOR1,
        EDITOR2,
        PHOTO2,
        "该文件修订时间：",
        "powered by Gitbook",
        "本书使用 GitBook 发布",
        "输入并搜索",
        "results matching",
        "No results matching",
        "云川区人民政府门户网站",
        "（续）",
        "编印说明",
    ]
    fam.note = (
        "GitBook 3.2.3 default theme: the text is `section.normal.markdown-section` without the anchor-navigation-ex "
        "box (`#anchor-navigation-ex-navbar`, its list repeats the title and headings) and GoTop link, the `h1` title "
        "(page 2's carries （续）), the centred 讲话日期 / 讲话人 lines, （续见下页） / （接上页）, the `<hr>` + 注 "
        "blockquote, the photo + `<em>` caption and the tbfed-pagefooter `footer.page-footer` (copyright, "
        "该文件修订时间 with a later date). The speech's 一、… headings are `h2`s with `plugin-anchor` icon links and part "
        "of the text. The 老旧小区 speech is two articles of its chapter (`….html`, `…-2.html`) joined by "
        "`navigation-next`/`navigation-prev` arrows, `<link rel=next>` and the summary; chapter pages (`/jianghua/`, "
        "`/zhici/`), 编印说明 and page 2 are not documents; `search_index.json` holds the bodies."
    )
    return fam
