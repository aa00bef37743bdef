"""A county health official's personal blog of speeches: Jekyll 3.9.5 as the github-pages gem builds it,
stock minima 2.5 theme, custom domain (CNAME), `lang: zh-CN`, `timezone: Asia/Shanghai`, plugins
jekyll-seo-tag 2.8.0 (the `<!-- Begin Jekyll SEO tag v2.8.0 -->` block with BlogPosting JSON-LD),
jekyll-feed (`/feed.xml`, Atom with full content), jekyll-sitemap (`/sitemap.xml` and `/robots.txt`),
jekyll-paginate (`paginate: 3`, `/page2/`), kramdown footnotes, Disqus comments. Posts at
`/YYYY/MM/DD/slug.html` with minima's `post-header` (`post-title p-name`, `post-meta` with
`dt-published` time printed `Oct 15, 2024` and the `p-author h-card`), `post-content e-content`, the hidden
`u-url` link. One speech is posted as （上）/（下） on two days, each part linking the other from inside the
post content."""

import html
import json
import re

from common import SPEECHES, Family

HOST = "www.xiangyi-biji.test"
BASE = f"http://{HOST}"
SITE = "乡医笔记"
DESC = "县卫健系统一名老文字工作者的读写笔记，收存经手整理过的讲话稿。"
AUTHOR = "李晓薇"
GEN = "Jekyll v3.9.5"

S1, S2 = SPEECHES["JK1"], SPEECHES["JK2"]
SPLIT = next(i for i, p in enumerate(S1.paras) if p.startswith("二、"))
A, B = S1.paras[:SPLIT], S1.paras[SPLIT:]

PA = "/2024/10/15/cunyi-peixun-kaiban-shang.html"
PB = "/2024/10/16/cunyi-peixun-kaiban-xia.html"
PC = "/2024/12/28/xinyuanqu-qiyong-zhici.html"
PD = "/2024/09/20/zhengli-jianghuagao-de-tihui.html"
ABOUT = "/about/"
PAGE2 = "/page2/"

TA = f"{S1.title}（上）"
TB = f"{S1.title}（下）"
TD = "整理讲话稿的一点体会"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pretty(d):
    y, m, dd = d.split("-")
    return f"{MONTHS[int(m) - 1]} {int(dd)}, {y}"


POSTS = [  # newest first: path, title, date, description
    (PC, S2.title, "2024-12-28", "县人民医院新院区启用仪式上，县委副书记、县长高远代表县委、县政府致辞。"),
    (PB, TB, "2024-10-16", "接上篇。县卫健局局长孙立群在全县乡村医生培训班开班仪式上的讲话，下半部分。"),
    (PA, TA, "2024-10-15", "县卫健局局长孙立群在全县乡村医生能力提升培训班开班仪式上的讲话，篇幅较长，分上下两篇贴出。"),
    (PD, TD, "2024-09-20", "在局办公室写了十几年材料，说几句整理讲话稿的体会。"),
]

MENU_SVG = """<svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.484,1.484-1.484h15.032C17.335,6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,13.516l0,0c0-0.82,0.665-1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/>
            </svg>"""


def seo(title, path, description, *, post=None):
    full = f"{title} | {SITE}" if path != "/" else f"{SITE} | {DESC}"
    lines = [
        "<!-- Begin Jekyll SEO tag v2.8.0 -->",
        f"<title>{html.escape(full)}</title>",
        f'<meta name="generator" content="{GEN}" />',
        f'<meta property="og:title" content="{html.escape(title if path != "/" else SITE)}" />',
        f'<meta name="author" content="{AUTHOR}" />',
        '<meta property="og:locale" content="zh_CN" />',
        f'<meta name="description" content="{html.escape(description)}" />',
        f'<meta property="og:description" content="{html.escape(description)}" />',
        f'<link rel="canonical" href="{BASE}{path}" />',
        f'<meta property="og:url" content="{BASE}{path}" />',
        f'<meta property="og:site_name" content="{SITE}" />',
    ]
    if post:
        date = post
        lines += [
            '<meta property="og:type" content="article" />',
            f'<meta property="article:published_time" content="{date}T00:00:00+08:00" />',
            '<meta name="twitter:card" content="summary" />',
            f'<meta property="twitter:title" content="{html.escape(title)}" />',
            '<script type="application/ld+json">',
            json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "BlogPosting",
                    "author": {"@type": "Person", "name": AUTHOR},
                    "dateModified": f"{date}T00:00:00+08:00",
                    "datePublished": f"{date}T00:00:00+08:00",
                    "description": description,
                    "headline": title,
                    "mainEntityOfPage": {"@type": "WebPage", "@id": f"{BASE}{path}"},
                    "url": f"{BASE}{path}",
                },
                ensure_ascii=False,
                separators=(",", ":"),
            )
            + "</script>",
        ]
    else:
        lines += [
            '<meta property="og:type" content="website" />',
            '<meta name="twitter:card" content="summary" />',
            f'<meta property="twitter:title" content="{html.escape(title if path != "/" else SITE)}" />',
            '<script type="application/ld+json">',
            json.dumps(
                {"@context": "https://schema.org", "@type": "WebSite", "author": {"@type": "Person", "name": AUTHOR}, "description": description, "headline": SITE, "name": SITE, "url": f"{BASE}/"}
                if path == "/"
                else {"@context": "https://schema.org", "@type": "WebPage", "author": {"@type": "Person", "name": AUTHOR}, "description": description, "headline": title, "url": f"{BASE}{path}"},
                ensure_ascii=False,
                separators=(",", ":"),
            )
            + "</script>",
        ]
    lines.append("<!-- End Jekyll SEO tag -->")
    return "\n".join(lines)


def page(title, path, description, main, *, post=None):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">{seo(title, path, description, post=post)}
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{BASE}/feed.xml" title="{SITE}" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">{SITE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            {MENU_SVG}
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">关于</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        {main}
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{SITE}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{AUTHOR}</li><li><a class="u-email" href="mailto:lixw1978@qq.test">lixw1978@qq.test</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/lixw-notes"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">lixw-notes</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>{DESC}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


def disqus(path):
    return f"""<div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{
      this.page.url = '{BASE}{path}';
      this.page.identifier = '{BASE}{path}';
    }};

    (function() {{
      var d = document, s = d.createElement('script');

      s.src = 'https://xiangyi-biji.disqus.com/embed.js';

      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    }})();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>"""


def article(path, title, date, content):
    return f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{html.escape(title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{date}T00:00:00+08:00" itemprop="datePublished">{pretty(date)}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{AUTHOR}</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {content}
  </div>{disqus(path)}<a class="u-url" href="{path}" hidden></a>
</article>"""


def paras_html(paras, footnote_at=None):
    out = []
    for p in paras:
        if p[:2] in ("一、", "二、", "三、", "四、") and len(p) < 24:
            hid = re.sub(r"[^\w\- ]", "", p).lower()
            out.append(f'<h3 id="{hid}">{html.escape(p)}</h3>')
            continue
        text = html.escape(p, quote=False)
        if footnote_at and p.startswith(footnote_at):
            text += '<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>'
        out.append(f"<p>{text}</p>")
    return "\n\n".join(out)


EDNOTE_A = "编者按：10月15日上午，全县乡村医生能力提升培训班在县卫生进修学校开班，县卫健局党委书记、局长孙立群出席开班仪式并讲话。讲话较长，分上下两篇贴出。"
LINK_A = "本文为上篇，下篇见："
CAPTION_A = "开班仪式现场，前排为来自十四个乡镇的乡村医生（县卫健局宣传科 供图）"
FOOT_A = "六个模块的课程表见县卫健局《关于举办2024年全县乡村医生能力提升培训班的通知》。"
TAIL_A = "（未完，接下篇）"
TAIL_B = "（全文完。根据讲话稿整理，小标题为原稿所有。）"
REPRINT = "本博文字均为个人整理，仅供学习交流；转载请注明出处并附原文链接。"
EDNOTE_C = "2024年12月28日，县人民医院新院区正式启用。县委副书记、县长高远出席启用仪式并致辞。以下据现场发放的致辞稿录入，个别错字已改正。"
CAPTION_C = "新院区门诊楼外景（摄于12月27日）"


def post_a():
    content = "\n\n".join(
        [
            f"<blockquote>\n  <p>{EDNOTE_A}</p>\n</blockquote>",
            f'<p><img src="/assets/img/2024-10-15-kaiban.jpg" alt="开班仪式" />\n<em>{CAPTION_A}</em></p>',
            paras_html(A, footnote_at="这次培训，是今年"),
            f"<p><strong>{TAIL_A}</strong></p>",
            f'<p>{LINK_A}<a href="{PB}">{html.escape(TB)}</a></p>',
            '<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n'
            f'      <p>{FOOT_A} <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>',
        ]
    )
    return page(TA, PA, POSTS[2][3], article(PA, TA, "2024-10-15", content), post="2024-10-15")


def post_b():
    content = "\n\n".join(
        [
            f'<p>接上篇：<a href="{PA}">{html.escape(TA)}</a></p>',
            "<hr />",
            paras_html(B),
            "<hr />",
            f"<p><em>{TAIL_B}</em></p>",
            f"<p>{REPRINT}</p>",
            '<h4 id="相关阅读">相关阅读</h4>\n<ul>\n'
            f'  <li><a href="{PD}">{TD}</a></li>\n  <li><a href="{PA}">{html.escape(TA)}</a></li>\n</ul>',
        ]
    )
    return page(TB, PB, POSTS[1][3], article(PB, TB, "2024-10-16", content), post="2024-10-16")


def post_c():
    content = "\n\n".join(
        [
            f"<blockquote>\n  <p>{EDNOTE_C}</p>\n</blockquote>",
            paras_html(S2.paras[:3]),
            f'<figure class="highlight-img"><img src="/assets/img/2024-12-28-xinyuanqu.jpg" alt="新院区" /><figcaption>{CAPTION_C}</figcaption></figure>',
            paras_html(S2.paras[3:]),
            f"<p>{REPRINT}</p>",
        ]
    )
    return page(S2.title, PC, POSTS[0][3], article(PC, S2.title, "2024-12-28", content), post="2024-12-28")


ESSAY = [
    "在局办公室写了十几年材料，经手的讲话稿少说也有几百篇。最近整理旧电脑，翻出不少稿子，想着丢了可惜，就陆续贴到这里。",
    "整理时有几条自己的规矩：一是以讲话人审定的稿子为准，现场脱稿讲的话不补；二是只贴已经公开报道过的；三是涉及具体人名、数字的地方，和当时的新闻稿核对一遍。",
    "欢迎同行指正。",
]


def post_d():
    content = "\n\n".join(f"<p>{p}</p>" for p in ESSAY)
    return page(TD, PD, POSTS[3][3], article(PD, TD, "2024-09-20", content), post="2024-09-20")


def listing(items, page_no):
    lis = "".join(
        f"""<li><span class="post-meta">{pretty(d)}</span>
        <h3>
          <a class="post-link" href="{p}">
            {html.escape(t)}
          </a>
        </h3><p>{html.escape(desc)}</p></li>"""
        for p, t, d, desc in items
    )
    prev = '<div class="pager-edge">•</div>' if page_no == 1 else '<li><a href="/" class="previous-page">1</a></li>'
    nxt = '<li><a href="/page2/" class="next-page">2</a></li>' if page_no == 1 else '<div class="pager-edge">•</div>'
    return f"""<div class="home"><h2 class="post-list-heading">文章</h2>
    <ul class="post-list">{lis}</ul>

  <br>
  <div class="pager">
    <ul class="pagination">{prev}
      <li><div class="current-page">{page_no}</div></li>{nxt}
    </ul>
  </div>

    <p class="rss-subscribe">订阅 <a href="/feed.xml">via RSS</a></p></div>"""


def about():
    main = f"""<article class="post">

  <header class="post-header">
    <h1 class="post-title">关于</h1>
  </header>

  <div class="post-content">
    <p>博主{AUTHOR}，在县卫健系统做文字工作，业余喜欢读书、爬山。</p>

<p>这个博客用 Jekyll 搭在 GitHub Pages 上，主题是默认的 minima。</p>

  </div>

</article>"""
    return page("关于", ABOUT, "关于博主", main)


def feed():
    entries = []
    bodies = {PC: post_c, PB: post_b, PA: post_a, PD: post_d}
    for p, t, d, desc in POSTS:
        whole = bodies[p]()
        content = whole.split('<div class="post-content e-content" itemprop="articleBody">', 1)[1].split("</div><div id=\"disqus_thread\">", 1)[0].strip()
        entries.append(
            f'<entry><title type="html">{html.escape(t)}</title><link href="{BASE}{p}" rel="alternate" type="text/html" title="{html.escape(t)}" />'
            f"<published>{d}T00:00:00+08:00</published><updated>{d}T00:00:00+08:00</updated><id>{BASE}{p}</id>"
            f'<content type="html" xml:base="{BASE}{p}">{html.escape(content)}</content>'
            f'<author><name>{AUTHOR}</name></author><summary type="html">{html.escape(desc)}</summary></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" >'
        '<generator uri="https://jekyllrb.com/" version="3.9.5">Jekyll</generator>'
        f'<link href="{BASE}/feed.xml" rel="self" type="application/atom+xml" /><link href="{BASE}/" rel="alternate" type="text/html" />'
        f'<updated>2024-12-29T21:40:17+08:00</updated><id>{BASE}/feed.xml</id><title type="html">{SITE}</title><subtitle>{DESC}</subtitle>'
        f'<author><name>{AUTHOR}</name></author>' + "".join(entries) + "</feed>"
    )


def build() -> Family:
    fam = Family(HOST, "Jekyll 3.9 (GitHub Pages) blog with the stock minima theme")
    fam.put("/", page(SITE, "/", DESC, listing(POSTS[:3], 1)))
    fam.put(PAGE2, page(SITE, PAGE2, DESC, listing(POSTS[3:], 2)))
    fam.put(PA, post_a())
    fam.put(PB, post_b())
    fam.put(PC, post_c())
    fam.put(PD, post_d())
    fam.put(ABOUT, about())
    fam.put("/feed.xml", feed())
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url>\n<loc>{BASE}{p}</loc>\n<lastmod>{d}T00:00:00+08:00</lastmod>\n</url>\n" for p, _, d, _ in POSTS)
        + f"<url>\n<loc>{BASE}/about/</loc>\n</url>\n<url>\n<loc>{BASE}/</loc>\n</url>\n"
        + "</urlset>\n",
    )
    fam.put("/robots.txt", f"Sitemap: {BASE}/sitemap.xml\n", "ascii")
    fam.put("/CNAME", HOST + "\n", "ascii")
    fam.doc([PA, PB], S1, published_at="2024-10-15")
    fam.doc([PC], S2)
    fam.not_documents += [PAGE2, PB, PD, ABOUT]
    fam.noise += [
        EDNOTE_A[:30],
        LINK_A,
        CAPTION_A,
        FOOT_A[:20],
        TAIL_A,
        "接上篇：",
        TAIL_B,
        REPRINT,
        "相关阅读",
        EDNOTE_C[:30],
        CAPTION_C,
        "（上）",
        "（下）",
        "Oct 15, 2024",
        "comments powered by Disqus.",
        "via RSS",
        "lixw1978@qq.test",
    ]
    fam.note = (
        "minima 2.5 on GitHub Pages: the text is `div.post-content.e-content` without the 编者按 `<blockquote>`, the "
        "photo with its `<em>` caption (or a `<figure>` between paragraphs), the kramdown footnote (a `<sup>` 1 at a "
        "paragraph's end and `div.footnotes`), the （未完，接下篇） / 接上篇 / 下篇 links, `<hr>`s, the 全文完 line, the "
        "转载 notice and the 相关阅读 list; the speech's 一、二、 headings are `h3`s and part of the text. The 培训班 "
        "speech is two posts （上） /2024/10/15/… and （下） /2024/10/16/… linked from inside the content (expected "
        "title without the suffix, date 2024-10-15; （下） is not a document). Dates print as `Oct 15, 2024`; "
        "`/page2/` (jekyll-paginate), `/about/` and the short essay post are not documents; feed.xml holds full content."
    )
    return fam
