"""A speech writer's personal blog made with Pelican 4.9 and its default theme, notmyidea, published with
SITEURL set (absolute links) and DEFAULT_LANG = 'zh', DEFAULT_PAGINATION = 2.

Pages as notmyidea prints them: `header#banner` (site name, the menu with the about page and the categories,
`li.active` for the current one), `section#extras` (blogroll 友情链接 and social 关注 with the atom feed),
`footer#contentinfo` (Proudly powered by Pelican… / The theme is by Smashing Magazine, thanks!, both in English
as the theme hard-codes them). An article is `section#content > article` with `h1.entry-title` (Permalink to …),
`div.entry-content` opening with `footer.post-info` (`abbr.published` Published: 2024年07月05日, `address.vcard
author` By …, `In <category>.`, `tags: …`). The index's first page features the newest article in full in
`aside#featured`, then `Other articles` with the rest as `ol#posts-list` summaries (Pelican's 50-word summary, which
counts each Chinese character as a word, closed with ` …`) and `read more`; `p.paginator` (Page 1 / 2 »,
`index2.html`). Category and tag pages use the same template (the first article there in full too). Slugs are
unidecode pinyin (`zai-she-qu-…`, `tag/tui-xiu.html`). archives.html, tags.html, categories.html, the about page
and `feeds/all.atom.xml` (full content)."""

import html
import re

from common import SPEECHES, Family

HOST = "blog.pelican-jiangtan.test"
SITEURL = f"http://{HOST}"
SITENAME = "讲坛边上"
SUB = "一个笔杆子的稿纸篓"
AUTHOR, AUTHOR_SLUG = "江畔", "jiang-pan"

S1, S2 = SPEECHES["r26b-p1"], SPEECHES["r26b-p2"]

NOTE_END = "（注：本文为笔者替街道起草的讲话稿，现场讲话时略有改动，以现场为准。转载请注明出处。）"
MIGRATE = [
    "博客原来放在某个免费的博客平台上，去年平台关停，文章导出来一大堆乱码。趁着过年有空，把剩下能救回来的稿子整理了一下，改用 Pelican 生成静态页面，放在自己的小服务器上。",
    "主题暂时用的是自带的 notmyidea，懒得改了，凑合看。评论功能先不开，有事请发邮件：jiangpan@jiangtan.test。",
    "以后这里主要放自己写过的讲话稿、发言稿，都是删去了单位和人名信息的版本，仅供同行参考，请勿整篇照搬。",
]

# (slug, title, date iso, locale date, category, cat slug, tags, content paragraphs, extra html after)
POSTS = [
    ("zai-tui-xiu-jiao-shi-rong-xiu-yi-shi-shang-de-fa-yan", S2.title, "2024-07-05T20:30:00+08:00", "2024年07月05日", "发言稿", "fa-yan-gao",
     [("退休", "tui-xiu"), ("教师", "jiao-shi"), ("发言", "fa-yan")], S2.paras, ""),
    ("zai-she-qu-lin-li-jie-qi-dong-yi-shi-shang-de-jiang-hua", S1.title, "2024-05-25T21:10:00+08:00", "2024年05月25日", "讲话稿", "jiang-hua-gao",
     [("社区", "she-qu"), ("邻里节", "lin-li-jie"), ("致辞", "zhi-ci")], S1.paras, f"<p>{NOTE_END}</p>"),
    ("bo-ke-qian-yi-dao-pelican-de-shuo-ming", "博客迁移到Pelican的说明", "2024-02-12T15:00:00+08:00", "2024年02月12日", "杂记", "za-ji",
     [("Pelican", "pelican")], MIGRATE, ""),
]
CATS = [("发言稿", "fa-yan-gao"), ("杂记", "za-ji"), ("讲话稿", "jiang-hua-gao")]


def url(slug):
    return f"/{slug}.html"


def content(post):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in post[7]) + post[8]


def summary(post, words=50):
    """Pelican's truncate_html_words (4.9): a CJK character counts as one word, other \\w runs as one; cut after
    the 50th word, ' …' added."""
    out, n = [], 0
    for p in post[7]:
        runs = list(re.finditer(r"[\u4e00-\u9fff\u3400-\u4dbf]|(?:(?![\u4e00-\u9fff\u3400-\u4dbf])\w)[\w'-]*", p))
        if n + len(runs) <= words:
            out.append(f"<p>{html.escape(p, quote=False)}</p>")
            n += len(runs)
            continue
        cut = runs[words - n - 1].end()
        out.append(f"<p>{html.escape(p[:cut], quote=False)} …</p>")
        break
    return "".join(out)


def infos(post):
    tags = "".join(f'<a href="{SITEURL}/tag/{s}.html">{t}</a> ' for t, s in post[6])
    return f"""<footer class="post-info">
        <abbr class="published" title="{post[2]}">
                Published: {post[3]}
        </abbr>

        <address class="vcard author">
                By                         <a class="url fn" href="{SITEURL}/author/{AUTHOR_SLUG}.html">{AUTHOR}</a>
        </address>
<p>In <a href="{SITEURL}/category/{post[5]}.html">{post[4]}</a>.</p>
<p>tags: {tags}</p>
</footer><!-- /.post-info -->"""


def base(title, body, *, active=None, head_extra="", body_id="index", lang="zh"):
    act = ' class="active"'
    menu = f'                    <li{act if active == "about" else ""}><a href="{SITEURL}/pages/guan-yu.html">关于</a></li>\n'
    for name, s in CATS:
        menu += f'                    <li{act if active == s else ""}><a href="{SITEURL}/category/{s}.html">{name}</a></li>\n'
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
        <meta charset="utf-8" />
        <meta name="generator" content="Pelican" />
        <title>{title}</title>
        <link rel="stylesheet" href="{SITEURL}/theme/css/main.css" />
        <link href="{SITEURL}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{SITENAME} Full Atom Feed" />
{head_extra}</head>

<body id="{body_id}" class="home">
        <header id="banner" class="body">
                <h1><a href="{SITEURL}/">{SITENAME} <strong>{SUB}</strong></a></h1>
                <nav><ul>
{menu}                </ul></nav>
        </header><!-- /#banner -->
{body}
        <section id="extras" class="body">
                <div class="blogroll">
                        <h2>友情链接</h2>
                        <ul>
                            <li><a href="https://getpelican.com/">Pelican</a></li>
                            <li><a href="http://www.xiezuo-tang.test/">写作堂</a></li>
                            <li><a href="http://laoyang.blog.test/">老杨的公文课</a></li>
                        </ul>
                </div><!-- /.blogroll -->
                <div class="social">
                        <h2>关注</h2>
                        <ul>
                            <li><a href="{SITEURL}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li>

                            <li><a href="https://weibo.test/jiangpan">微博</a></li>
                        </ul>
                </div><!-- /.social -->
        </section><!-- /#extras -->

        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                Proudly powered by <a rel="nofollow" href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a rel="nofollow" href="https://www.python.org/">Python</a>.
                </address><!-- /#about -->

                <p>The theme is by <a rel="nofollow" href="https://www.smashingmagazine.com/2009/08/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p>
        </footer><!-- /#contentinfo -->

</body>
</html>"""


def article_page(post):
    head = "".join(f'        <meta name="tags" content="{t}" />\n' for t, _ in post[6])
    body = f"""<section id="content" class="body">
  <article>
    <header>
      <h1 class="entry-title">
        <a href="{SITEURL}{url(post[0])}" rel="bookmark"
           title="Permalink to {post[1]}">{post[1]}</a></h1>
    </header>

    <div class="entry-content">
{infos(post)}      {content(post)}
    </div><!-- /.entry-content -->

  </article>
</section>"""
    return base(post[1], body, active=post[5], head_extra=head, lang="zh")


def listing(posts, *, page_no, pages, page_url, title, content_title="", active=None):
    out = [content_title] if content_title else []
    for i, post in enumerate(posts):
        if i == 0 and page_no == 1:
            out.append(f"""            <aside id="featured" class="body">
                <article>
                    <h1 class="entry-title"><a href="{SITEURL}{url(post[0])}">{post[1]}</a></h1>
{infos(post)}{content(post)}                </article>
            </aside><!-- /#featured -->""")
            if len(posts) > 1:
                out.append("""                <section id="content" class="body">
                    <h1>Other articles</h1>
                    <hr />
                    <ol id="posts-list" class="hfeed">
""")
            continue
        if i == 0:
            out.append(f"""                <section id="content" class="body">
                    <ol id="posts-list" class="hfeed" start="1">
""")
        out.append(f"""            <li><article class="hentry">
                <header>
                    <h1><a href="{SITEURL}{url(post[0])}" rel="bookmark"
                           title="Permalink to {post[1]}">{post[1]}</a></h1>
                </header>

                <div class="entry-content">
{infos(post)}                {summary(post)}
                <a class="readmore" href="{SITEURL}{url(post[0])}">read more</a>
                </div><!-- /.entry-content -->
            </article></li>
""")
    if len(posts) > 1 or pages > 1:
        out.append("                </ol><!-- /#posts-list -->")
        if pages > 1:
            prev = f'        <a href="{SITEURL}/{page_url(page_no - 1)}">&laquo;</a>\n' if page_no > 1 else ""
            nxt = f'        <a href="{SITEURL}/{page_url(page_no + 1)}">&raquo;</a>\n' if page_no < pages else ""
            out.append(f'<p class="paginator">\n{prev}    Page {page_no} / {pages}\n{nxt}</p>')
        out.append("                </section><!-- /#content -->")
    return base(title, "\n".join(out), active=active)


def simple(title, inner, active=None, body_id="index"):
    return base(title, f'<section id="content" class="body">\n{inner}\n</section>', active=active, body_id=body_id)


def build() -> Family:
    fam = Family(HOST, "Pelican 4 blog, default notmyidea theme (zh), of a speech writer")
    P2, P1, P3 = POSTS
    idx_url = lambda n: "index.html" if n == 1 else f"index{n}.html"
    fam.put("/index.html", listing([P2, P1], page_no=1, pages=2, page_url=idx_url, title=SITENAME))
    fam.put("/index2.html", listing([P3], page_no=2, pages=2, page_url=idx_url, title=SITENAME))
    for post in POSTS:
        fam.put(url(post[0]), article_page(post))
    for name, s in CATS:
        posts = [p for p in POSTS if p[5] == s]
        fam.put(f"/category/{s}.html", listing(posts, page_no=1, pages=1, page_url=lambda n: f"category/{s}.html",
                                               title=f"{SITENAME} - {name}", active=s))
    tags = {}
    for p in POSTS:
        for t, s in p[6]:
            tags.setdefault((t, s), []).append(p)
    for (t, s), posts in tags.items():
        fam.put(f"/tag/{s}.html", listing(posts, page_no=1, pages=1, page_url=lambda n: f"tag/{s}.html", title=f"{SITENAME} - {t}"))
    fam.put(f"/author/{AUTHOR_SLUG}.html", listing([P2, P1], page_no=1, pages=2, page_url=lambda n: f"author/{AUTHOR_SLUG}{'' if n == 1 else n}.html", title=f"{SITENAME} - {AUTHOR}"))
    fam.put(f"/author/{AUTHOR_SLUG}2.html", listing([P3], page_no=2, pages=2, page_url=lambda n: f"author/{AUTHOR_SLUG}{'' if n == 1 else n}.html", title=f"{SITENAME} - {AUTHOR}"))
    arch = "".join(f'\n<dt>{p[2][:10].replace("-", "年", 1).replace("-", "月", 1)}日</dt>\n<dd><a href="{SITEURL}{url(p[0])}">{p[1]}</a></dd>' for p in POSTS)
    fam.put("/archives.html", simple(f"{SITENAME} - Archives", f"<h1>Archives for {SITENAME}</h1>\n\n<dl>{arch}\n</dl>"))
    fam.put("/tags.html", simple(f"{SITENAME} - Tags", "<h1>Tags for " + SITENAME + "</h1>\n<ul>\n" + "".join(
        f'    <li><a href="{SITEURL}/tag/{s}.html">{t}</a> ({len(ps)})</li>\n' for (t, s), ps in sorted(tags.items(), key=lambda kv: kv[0][1])) + "</ul>"))
    fam.put("/categories.html", simple(f"{SITENAME} - Categories", "<h1>Categories for " + SITENAME + "</h1>\n<ul>\n" + "".join(
        f'    <li><a href="{SITEURL}/category/{s}.html">{n}</a> ({sum(1 for p in POSTS if p[5] == s)})</li>\n' for n, s in CATS) + "</ul>"))
    about = ("<h1 class=\"entry-title\">关于</h1>\n\n"
             "<p>江畔，在基层机关写了十几年材料的老笔杆子。这里放一些自己写过的讲话稿、发言稿，都已删去单位和人名，仅供交流。</p>\n"
             "<p>联系邮箱：jiangpan@jiangtan.test</p>\n")
    fam.put("/pages/guan-yu.html", simple(f"关于", about, active="about"))
    entries = "".join(
        f'<entry><title>{p[1]}</title><link href="{SITEURL}{url(p[0])}" rel="alternate"></link><published>{p[2]}</published><updated>{p[2]}</updated>'
        f'<author><name>{AUTHOR}</name></author><id>tag:{HOST},{p[2][:10]}:{url(p[0])}</id><summary type="html">{html.escape(summary(p))}</summary>'
        f'<content type="html">{html.escape(content(p))}</content>' + "".join(f'<category term="{t}"></category>' for t, _ in p[6]) + "</entry>"
        for p in POSTS
    )
    fam.put("/feeds/all.atom.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh"><title>{SITENAME}</title><link href="{SITEURL}/" rel="alternate"></link><link href="{SITEURL}/feeds/all.atom.xml" rel="self"></link><id>{SITEURL}/</id><updated>{POSTS[0][2]}</updated><subtitle>{SUB}</subtitle>{entries}</feed>')
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n", "ascii")
    fam.home = "/index.html"
    fam.put("/", fam.files["index.html"].decode())
    fam.doc([url(P2[0])], S2, published_at="2024-07-05")
    fam.doc([url(P1[0])], S1, published_at="2024-05-25")
    fam.not_documents += ["/index.html", "/index2.html", url(P3[0]), "/category/jiang-hua-gao.html", "/category/fa-yan-gao.html",
                          "/tag/tui-xiu.html", "/tag/she-qu.html", f"/author/{AUTHOR_SLUG}.html", "/archives.html", "/tags.html",
                          "/categories.html", "/pages/guan-yu.html"]
    fam.noise += [NOTE_END, "Published:", "read more", "Other articles", "Proudly powered by", "Smashing Magazine", "友情链接",
                  "atom feed", "tags:", "Page 1 / 2", SUB]
    fam.note = (
        "Pelican 4 notmyidea: the text is `div.entry-content` after `footer.post-info` (Published: 2024年07月05日 in "
        "`abbr.published` whose title is ISO 8601, By, In 分类., tags:); the 邻里节 speech ends with the blogger's own "
        "`（注：本文为笔者替街道起草的讲话稿…）` paragraph (not speech). The index page 1 (also at /) carries the newest speech "
        "in full in `aside#featured` and the other as a 50-word (50-character) summary (` …`, read more); page 2 `index2.html` (p.paginator "
        "Page 1 / 2 ») holds a short non-speech post. Category, tag and author pages repeat the featured-in-full pattern; "
        "none of them is a document. No sitemap; the atom feed carries full content."
    )
    return fam
