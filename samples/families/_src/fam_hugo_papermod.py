"""A personal blog built with Hugo and the PaperMod theme (zh i18n): posts `/posts/<slug>/` with
`.post-header` (breadcrumbs, `.post-title`, `.post-description`, `.post-meta` 日期·分钟·字·作者), the
`details` 目录 box built from the post's `h2`s, `.post-content`, `.post-footer` with `post-tags`,
`nav.paginav` (« 上一页 / 下一页 » to the neighbouring posts) and share buttons; BlogPosting JSON-LD
whose `articleBody` holds the whole text; home and `/posts/` paginated (`/page/2/`, `/posts/page/2/`,
`nav.pagination`), Hugo RSS `/index.xml`, `/sitemap.xml`, robots. Hugo writes absolute links from
baseURL. The blogger reposts speeches and adds a note of their own after an `<hr>`."""

import json
from urllib.parse import quote, unquote

from common import SPEECHES, Family, render

HOST = "blog.zhouyi-papermod.test"
BASE = f"http://{HOST}"
SITE = "周毅的自留地"
AUTHOR = "周毅"

HEADINGS = ("一、", "二、", "三、")


def heading_id(text):
    """goldmark's github-style auto ID: punctuation dropped, CJK kept."""
    return "".join(ch for ch in text if ch not in "、，。：；！？“”（）—")


POSTS = [
    {
        "slug": "biye-dianli-2024",
        "speech": SPEECHES["HPM1"],
        "time": "2024-06-22T21:40:00+08:00",
        "desc": "母校校长在今年毕业典礼上的讲话，转存一份。",
        "tags": ["讲话", "转载", "母校"],
        "intro": "",
        "after": [
            "转自母校新闻网，现场照片略去。",
            "写在后面：毕业十二年，第一次认真把校长的讲话从头读到尾。“土地不会辜负认真的人”这句，想抄在工位上。当年坐在台下只想着赶紧拍照散场，现在倒觉得这些话是说给三十多岁的人听的。",
        ],
    },
    {
        "slug": "hugo-papermod-migration",
        "title": "博客从 WordPress 搬到 Hugo 小记",
        "time": "2024-01-14T10:05:00+08:00",
        "desc": "记录一下迁移过程和踩过的坑。",
        "tags": ["折腾", "Hugo"],
        "paras": [
            "用了八年的 WordPress 终于搬走了。主机续费涨价是一方面，更主要的是后台越来越慢，写东西的兴致都没了。",
            "新博客用 Hugo 加 PaperMod 主题，文章都是 Markdown，放在 GitHub 上，推送后自动构建。旧文章用 wordpress-to-hugo-exporter 导出，图片链接手动修了一遍。",
            "踩的坑主要是中文字数统计，记得在配置里打开 hasCJKLanguage，不然阅读时间是错的。",
        ],
    },
    {
        "slug": "kaixue-zhici-2023",
        "speech": SPEECHES["HPM2"],
        "time": "2023-09-10T08:12:00+08:00",
        "desc": "",
        "tags": ["讲话", "转载", "教育"],
        "intro": "表妹今年上大学，把她们院长在开学典礼上的致辞发给我看，觉得写得实在，征得同意后转在这里。",
        "after": [
            "读后：“大学最可贵的，不是你带来了什么，而是你愿意在这里改变什么。”这句话送给表妹，也送给当年那个在宿舍打了两年游戏的自己。",
        ],
    },
]

for post in POSTS:
    if "speech" in post:
        post["title"] = post["speech"].title
        post["paras"] = post["speech"].paras


def url(path):
    return BASE + path


def post_url(p):
    return url(f"/posts/{p['slug']}/")


def tag_url(t):
    return url(f"/tags/{quote(t.lower())}/")


SVG_MOON = '<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>'
SVG_SUN = '<svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="5"></circle><line x1="12" y1="1" x2="12" y2="3"></line><line x1="12" y1="21" x2="12" y2="23"></line><line x1="4.22" y1="4.22" x2="5.64" y2="5.64"></line><line x1="18.36" y1="18.36" x2="19.78" y2="19.78"></line><line x1="1" y1="12" x2="3" y2="12"></line><line x1="21" y1="12" x2="23" y2="12"></line><line x1="4.22" y1="19.78" x2="5.64" y2="18.36"></line><line x1="18.36" y1="5.64" x2="19.78" y2="4.22"></line></svg>'


def head(title, desc, canonical, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{title}</title>
<meta name="keywords" content="">
<meta name="description" content="{desc}">
<meta name="author" content="{AUTHOR}">
<link rel="canonical" href="{canonical}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.fc220c15db4aef0318bbf30adc45d33d4d7c88deff3238b23eb255afdc472ca6.css" integrity="sha256-/CIMFdtK7wMYu/MK3EXTPU18iN7/MjiyPrJVr9xHLKY=" rel="preload stylesheet" as="style">
<link rel="icon" href="{BASE}/favicon.ico">
<link rel="icon" type="image/png" sizes="16x16" href="{BASE}/favicon-16x16.png">
<link rel="icon" type="image/png" sizes="32x32" href="{BASE}/favicon-32x32.png">
<link rel="apple-touch-icon" href="{BASE}/apple-touch-icon.png">
<link rel="mask-icon" href="{BASE}/safari-pinned-tab.svg">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<link rel="alternate" type="application/rss+xml" href="{BASE}/index.xml">
<link rel="alternate" hreflang="zh" href="{canonical}">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}

    </style>
</noscript>{extra}
</head>

<body class="" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }} else if (localStorage.getItem("pref-theme") === "light") {{
        document.body.classList.remove('dark')
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="{BASE}/" accesskey="h" title="{SITE} (Alt + H)">{SITE}</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    {SVG_MOON}
                    {SVG_SUN}
                </button>
            </div>
        </div>
        <ul id="menu">
            <li>
                <a href="{BASE}/posts/" title="文章">
                    <span>文章</span>
                </a>
            </li>
            <li>
                <a href="{BASE}/archives/" title="归档">
                    <span>归档</span>
                </a>
            </li>
            <li>
                <a href="{BASE}/tags/" title="标签">
                    <span>标签</span>
                </a>
            </li>
            <li>
                <a href="{BASE}/about/" title="关于">
                    <span>关于</span>
                </a>
            </li>
        </ul>
    </nav>
</header>
<main class="main">
"""


FOOT = f"""</main>

<footer class="footer">
        <span>&copy; 2024 <a href="{BASE}/">{SITE}</a></span> · 
        <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2021035517号-1</a> · 

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}

    document.querySelectorAll('a[href^="#"]').forEach(anchor => {{
        anchor.addEventListener("click", function (e) {{
            e.preventDefault();
            var id = this.getAttribute("href").substr(1);
            if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView({{
                    behavior: "smooth"
                }});
            }} else {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView();
            }}
            if (id === "top") {{
                history.replaceState(null, null, " ");
            }} else {{
                history.pushState(null, null, `#${{id}}`);
            }}
        }});
    }});

</script>
<script>
    var mybutton = document.getElementById("top-link");
    window.onscroll = function () {{
        if (document.body.scrollTop > 800 || document.documentElement.scrollTop > 800) {{
            mybutton.style.visibility = "visible";
            mybutton.style.opacity = "1";
        }} else {{
            mybutton.style.visibility = "hidden";
            mybutton.style.opacity = "0";
        }}
    }};

</script>
<script>
    document.getElementById("theme-toggle").addEventListener("click", () => {{
        if (document.body.className.includes("dark")) {{
            document.body.classList.remove('dark');
            localStorage.setItem("pref-theme", 'light');
        }} else {{
            document.body.classList.add('dark');
            localStorage.setItem("pref-theme", 'dark');
        }}
    }})

</script>
</body>

</html>
"""


def content_html(p):
    out = []
    if p.get("intro"):
        out.append(f"<blockquote>\n<p>{p['intro']}</p>\n</blockquote>")
    for para in p["paras"]:
        if para.startswith(HEADINGS):
            out.append(f'<h2 id="{heading_id(para)}">{para}</h2>')
        else:
            out.append(f"<p>{para}</p>")
    if p.get("after"):
        out.append("<hr>")
        out += [f"<p>{a}</p>" for a in p["after"]]
    return "".join(out)


def plain(p):
    parts = ([p["intro"]] if p.get("intro") else []) + p["paras"] + p.get("after", [])
    return "\n".join(parts)


def words(p):
    return len(plain(p).replace("\n", ""))


def meta_line(p):
    date = p["time"][:10]
    shown = p["time"][:10] + " " + p["time"][11:19] + " +0800 CST"
    minutes = max(1, round(words(p) / 500))
    return f"<span title='{shown}'>{date}</span>&nbsp;·&nbsp;{minutes} 分钟&nbsp;·&nbsp;{words(p)} 字&nbsp;·&nbsp;{AUTHOR}"


def toc(p):
    heads = [x for x in p["paras"] if x.startswith(HEADINGS)]
    if not heads:
        return ""
    items = "\n".join(
        f"""                <li>
                    <a href="#{heading_id(h)}" aria-label="{h}">{h}</a></li>"""
        for h in heads
    )
    return f"""  <div class="toc">
    <details >
        <summary accesskey="c" title="(Alt + C)">
            <span class="details">目录</span>
        </summary>

        <div class="inner"><ul>
{items}
            </ul>
        </div>
    </details>
  </div>
"""


def post_page(i):
    p = POSTS[i]
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": p["title"],
        "name": p["title"],
        "description": p["desc"],
        "keywords": [],
        "articleBody": plain(p),
        "wordCount": str(words(p)),
        "datePublished": p["time"],
        "dateModified": p["time"],
        "author": {"@type": "Person", "name": AUTHOR},
        "mainEntityOfPage": {"@type": "WebPage", "@id": post_url(p)},
        "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{BASE}/favicon.ico"}},
    }
    extra = f"""<meta property="og:title" content="{p['title']}" />
<meta property="og:description" content="{p['desc']}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{post_url(p)}" /><meta property="article:section" content="posts" />
<meta property="article:published_time" content="{p['time']}" />
<meta property="article:modified_time" content="{p['time']}" />
<meta name="twitter:card" content="summary"/>
<meta name="twitter:title" content="{p['title']}"/>
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "itemListElement": [
    {{
      "@type": "ListItem",
      "position":  1 ,
      "name": "文章",
      "item": "{BASE}/posts/"
    }}, 
    {{
      "@type": "ListItem",
      "position":  2 ,
      "name": {json.dumps(p['title'], ensure_ascii=False)},
      "item": "{post_url(p)}"
    }}
  ]
}}
</script>
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>"""
    desc_div = f'\n    <div class="post-description">\n      {p["desc"]}\n    </div>' if p["desc"] else ""
    tags = "\n".join(f'      <li><a href="{tag_url(t)}">{t}</a></li>' for t in p["tags"])
    nav = []
    if i > 0:
        n = POSTS[i - 1]
        nav.append(f"""  <a class="prev" href="{post_url(n)}">
    <span class="title">« 上一页</span>
    <br>
    <span>{n['title']}</span>
  </a>""")
    if i + 1 < len(POSTS):
        o = POSTS[i + 1]
        nav.append(f"""  <a class="next" href="{post_url(o)}">
    <span class="title">下一页 »</span>
    <br>
    <span>{o['title']}</span>
  </a>""")
    share_t = quote(p["title"])
    share_u = quote(post_url(p), safe="")
    body = f"""
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{BASE}/">主页</a>&nbsp;»&nbsp;<a href="{BASE}/posts/">文章</a></div>
    <h1 class="post-title entry-hint-parent">
      {p['title']}
    </h1>{desc_div}
    <div class="post-meta">{meta_line(p)}

</div>
  </header> {toc(p)}
  <div class="post-content">{content_html(p)}</div>

  <footer class="post-footer">
    <ul class="post-tags">
{tags}
    </ul>
<nav class="paginav">
{chr(10).join(nav)}
</nav>


<ul class="share-buttons">
    <li>
        <a target="_blank" rel="noopener noreferrer" aria-label="share {p['title']} on x" href="https://x.com/intent/tweet/?text={share_t}&amp;url={share_u}&amp;hashtags=">
            <svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M512 62.554 L 512 449.446 C 512 483.97 483.97 512 449.446 512 L 62.554 512 C 28.03 512 0 483.97 0 449.446 L 0 62.554 C 0 28.03 28.029 0 62.554 0 Z" /></svg>
        </a>
    </li>
    <li>
        <a target="_blank" rel="noopener noreferrer" aria-label="share {p['title']} on telegram" href="https://telegram.me/share/url?text={share_t}&amp;url={share_u}">
            <svg version="1.1" xml:space="preserve" viewBox="2 2 28 28" height="30px" width="30px" fill="currentColor"><path d="M26.49,29.86H5.5a3.37,3.37,0,0,1-2.47-1,3.35,3.35,0,0,1-1-2.47V5.48A3.36,3.36,0,0,1,3,3,3.37,3.37,0,0,1,5.5,2h21A3.38,3.38,0,0,1,29,3a3.36,3.36,0,0,1,1,2.46V26.37a3.35,3.35,0,0,1-1,2.47A3.38,3.38,0,0,1,26.49,29.86Z" /></svg>
        </a>
    </li>
</ul>

  </footer>
</article>
"""
    return head(f"{p['title']} | {SITE}", p["desc"] or p["paras"][2][:80], post_url(p), extra) + body + FOOT


def summary(p):
    text = plain(p).replace("\n", "")
    return text[:70] + "..."


def list_page(items, cur, count, base_path, title):
    """PaperMod list.html: post-entry cards, `nav.pagination` with 上一页/下一页."""
    entries = []
    for p in items:
        date = p["time"][:10]
        shown = p["time"][:10] + " " + p["time"][11:19] + " +0800 CST"
        entries.append(f"""
<article class="post-entry"> 
  <header class="entry-header">
    <h2 class="entry-hint-parent">{p['title']}
    </h2>
  </header>
  <div class="entry-content">
    <p>{summary(p)}</p>
  </div>
  <footer class="entry-footer"><span title='{shown}'>{date}</span>&nbsp;·&nbsp;{max(1, round(words(p) / 500))} 分钟&nbsp;·&nbsp;{words(p)} 字&nbsp;·&nbsp;{AUTHOR}</footer>
  <a class="entry-link" aria-label="post link to {p['title']}" href="{post_url(p)}"></a>
</article>""")

    def href(k):
        return url(base_path) if k == 0 else url(f"{base_path}page/{k + 1}/")

    links = []
    if cur > 0:
        links.append(f'    <a class="prev" href="{href(cur - 1)}">\n      «&nbsp;上一页&nbsp;\n    </a>')
    if cur + 1 < count:
        links.append(f'    <a class="next" href="{href(cur + 1)}">下一页&nbsp;&nbsp;»\n    </a>')
    top = ""
    if base_path == "/" and cur == 0:
        top = f"""
<article class="first-entry home-info">
  <header class="entry-header">
    <h1>你好，我是周毅 👋</h1>
  </header>
  <div class="entry-content">
    在北京做后端开发，业余读书、跑步，偶尔转存一些值得再读的文章。
  </div>
  <footer class="entry-footer">
    <div class="social-icons">
      <a href="https://github.com/zhouyi-dev" target="_blank" rel="noopener noreferrer me" title="Github">github</a>
      <a href="{BASE}/index.xml" target="_blank" rel="noopener noreferrer me" title="Rss">rss</a>
    </div>
  </footer>
</article>"""
    header = "" if base_path == "/" else f"""
<header class="page-header"><div class="breadcrumbs"><a href="{BASE}/">主页</a></div>
  <h1>
    {title}
    <a href="{url(base_path + 'index.xml')}" title="RSS" aria-label="RSS">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" height="23"><path d="M4 11a9 9 0 0 1 9 9" /><path d="M4 4a16 16 0 0 1 16 16" /><circle cx="5" cy="19" r="1" /></svg>
    </a>
  </h1>
</header>"""
    body = header + top + "".join(entries) + f"""
<footer class="page-footer">
  <nav class="pagination">
{chr(10).join(links)}
  </nav>
</footer>
"""
    canon = href(cur)
    name = SITE if base_path == "/" else f"{title} | {SITE}"
    return head(name, "周毅的个人博客：技术、读书与转存", canon) + body + FOOT


def rss(items, self_path, title):
    out = f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{title}</title>
    <link>{BASE}/</link>
    <description>Recent content on {title}</description>
    <generator>Hugo -- 0.128.0</generator>
    <language>zh</language>
    <lastBuildDate>Sat, 22 Jun 2024 21:40:00 +0800</lastBuildDate>
    <atom:link href="{url(self_path)}" rel="self" type="application/rss+xml" />
"""
    from email.utils import format_datetime
    from datetime import datetime

    for p in items:
        d = format_datetime(datetime.fromisoformat(p["time"]))
        out += f"""    <item>
      <title>{p['title']}</title>
      <link>{post_url(p)}</link>
      <pubDate>{d}</pubDate>
      <guid>{post_url(p)}</guid>
      <description>{p['desc'] or summary(p)}</description>
    </item>
"""
    return out + "  </channel>\n</rss>\n"


class HugoFamily(Family):
    """Tag pages' addresses are percent-encoded; the files hold the decoded names (the replica decodes paths)."""

    def file_for_url(self, u):
        return unquote(super().file_for_url(u))


def build() -> Family:
    fam = HugoFamily(HOST, "Hugo blog, PaperMod theme (posts/slug/, post-header/post-meta, details toc, paginav, page/2)")
    fam.put("/", list_page(POSTS[:2], 0, 2, "/", SITE))
    fam.put("/page/2/", list_page(POSTS[2:], 1, 2, "/", SITE))
    fam.put("/posts/", list_page(POSTS[:2], 0, 2, "/posts/", "文章"))
    fam.put("/posts/page/2/", list_page(POSTS[2:], 1, 2, "/posts/", "文章"))
    fam.not_documents += ["/", "/page/2/", "/posts/", "/posts/page/2/"]
    tag = "讲话"
    tagged = [p for p in POSTS if tag in p["tags"]]
    fam.put(f"/tags/{tag}/", list_page(tagged, 0, 1, f"/tags/{quote(tag)}/", tag))
    fam.not_documents.append(f"/tags/{quote(tag)}/")
    for i, p in enumerate(POSTS):
        path = f"/posts/{p['slug']}/"
        fam.put(path, post_page(i))
        if "speech" in p:
            fam.doc([path], p["speech"], published_at=p["time"][:10])
        else:
            fam.not_documents.append(path)
    fam.put("/index.xml", rss(POSTS, "/index.xml", SITE))
    fam.put("/posts/index.xml", rss(POSTS, "/posts/index.xml", f"文章 on {SITE}"))
    sm = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n  xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    for p in POSTS:
        sm += f"  <url>\n    <loc>{post_url(p)}</loc>\n    <lastmod>{p['time']}</lastmod>\n  </url>"
    sm += f"<url>\n    <loc>{BASE}/</loc>\n    <lastmod>{POSTS[0]['time']}</lastmod>\n  </url><url>\n    <loc>{BASE}/posts/</loc>\n    <lastmod>{POSTS[0]['time']}</lastmod>\n  </url>\n</urlset>\n"
    fam.put("/sitemap.xml", sm)
    fam.put("/robots.txt", f"User-agent: *\nDisallow:\nSitemap: {BASE}/sitemap.xml\n")
    fam.noise += [
        "周毅的自留地",
        "母校校长在今年毕业典礼上的讲话，转存一份。",
        "分钟",
        "目录",
        "上一页",
        "下一页",
        "转自母校新闻网",
        "写在后面：",
        "读后：",
        "表妹今年上大学",
        "Powered by",
        "京ICP备2021035517号-1",
        "博客从 WordPress 搬到 Hugo 小记",
    ]
    return fam
