"""A personal blog on Hexo 7 with the Stellar theme (1.2x, zh-CN), deployed as static files, UTF-8.

Posts at `/YYYY/MM/DD/slug/` (Hexo's default permalink). Every page: Stellar's `l_body` with the left
`l_left` column (`logo-wrap` avatar + title, `nav-area` menu 文章 / 项目 / 归档 / 关于, and on a post the `toc`
widget headed 本文目录 with Hexo's `toc()` list `ol.toc > li.toc-item.toc-level-2 > a.toc-link`), the `l_main`
column and a `page-footer` (本博客所有文章除特别声明外… license line, 本站由 @林桥 创建，使用 Stellar 作为主题。).
A post: `article banner top` (`#breadcrumb` 主页 / 文章 / category, `cap reading` 字数 · 阅读时长, `#post-meta`
发布于 / 更新于 with `<time>`s, `h1.text.title`), `article.md-text.content` (the blogger's lead-in, `h2` 发言全文,
the speech, `h2` 写在后面 and his note), `article-tags` (`#` tags), `article-footer` (许可协议, 分享文章 with the
copy-link input), `#read-next` (接下来阅读: the neighbours with 较早 / 较新 notes, Stellar's words for
下一篇 / 上一篇), the `#comments` block (快来参与讨论吧, an empty `twikoo` container with its loading svg).
Home `/` (`post-list` of `a.post-card` cards: `h2.post-title`, `excerpt`, 发布于 time, category cap) and
`/page/2/` (not a document), `/archives/`. Documents: the speech only; title and date the post's."""

from common import SPEECHES, Family

HOST = "linqiao-stellar-like.test"
SITE = "林桥的小站"

POSTS = [
    dict(
        speech=SPEECHES["f53c-3"], path="/2024/11/09/tech-conf-opening/", cat="工作", updated="2024-11-12",
        tags=["技术大会", "讲话稿", "团队"], words="1.2k", mins="4",
        lead="今天上午的第三届技术大会，我作为技术委员会的轮值主席做了开场致辞。讲稿前前后后改了五版，发在这里留个记录，也给以后要写类似稿子的同事一个参考。",
        after="讲完以后好几个年轻同事来问动手实验室在哪，看来大家真的对“动手”比对“讲话”更感兴趣。明年争取把开场压缩到五分钟以内。",
        excerpt="今天上午的第三届技术大会，我作为技术委员会的轮值主席做了开场致辞。讲稿前前后后改了五版……",
    ),
    dict(
        speech=SPEECHES["f53c-4"], path="/2024/04/23/qingdeng-one-year/", cat="生活", updated="2024-04-25",
        tags=["读书会", "发言", "青灯"], words="1.3k", mins="5",
        lead="“青灯”读书会满一岁了。晚上的分享会上，作为发起人我讲了十来分钟，下面是当时的发言稿，略有整理。",
        after="这一年最大的收获不是读了多少本书，而是认识了一群愿意一起读书的人。下一期共读《额尔古纳河右岸》，欢迎有兴趣的朋友私信我。",
        excerpt="“青灯”读书会满一岁了。晚上的分享会上，作为发起人我讲了十来分钟，下面是当时的发言稿……",
    ),
]
OLDER = [
    ("/2024/02/18/spring-notes/", "春节回乡随记", "2024-02-18", "生活", "今年春节回了趟老家，村口的老槐树还在，小时候上学走的土路已经铺成了水泥路……"),
    ("/2023/12/31/2023-review/", "2023 年终总结", "2023-12-31", "随笔", "又到了一年一度写总结的时候。这一年换了组、读了二十一本书、跑完了第一个半马……"),
    ("/2023/10/07/k8s-upgrade/", "记一次集群升级踩坑", "2023-10-07", "工作", "国庆假期值班，顺手把测试集群从 1.24 升到了 1.27，结果踩了三个坑……"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN" data-theme="light">
<head>
  <meta charset="utf-8">
  <meta name="hexo-theme" content="https://github.com/xaoxuu/hexo-theme-stellar/tree/1.29.1" theme-name="Stellar" theme-version="1.29.1">
  <meta name="generator" content="Hexo 7.3.0">
  <meta http-equiv='x-dns-prefetch-control' content='on' />
  <meta name="renderer" content="webkit">
  <meta name="force-rendering" content="webkit">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1">
  <meta name="HandheldFriendly" content="True" >
  <meta name="apple-mobile-web-app-capable" content="yes">
  <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
  <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#000">
  <meta name="theme-color" content="#f9fafb">
  <title>@@TITLE@@</title>
  @@META@@
  <link rel="shortcut icon" href="/images/favicon.ico">
  <link rel="alternate" href="/atom.xml" title="林桥的小站" type="application/atom+xml">
  <link rel="stylesheet" href="/css/main.css?v=1.29.1">
  <link rel="preconnect" href="https://gcore.jsdelivr.net">
</head>
<body>
<div class="l_body s:aa content tech" id="start" layout="@@LAYOUT@@" type="tech">
<aside class="l_left">
<div class="leftbar-container">
  <header class="header"><div class="logo-wrap"><a class="avatar" href="/about/"><div class="bg" style="opacity:0;background-image:url(https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.12/avatar/round/rainbow64@3x.webp);"></div><img no-lazy class="avatar" src="/images/avatar.jpg" onerror="javascript:this.classList.add('error');this.src='https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.12/image/2659360.svg';"></a><a class="title" href="/"><div class="main" ff="title">林桥的小站</div><div class="sub normal cap">写代码，也读闲书</div></a></div></header>
  <div class="nav-area">
    <nav class="menu dis-select"><a class="nav-item active" title="文章" href="/" style="color:#1BCDFC"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="currentColor" d="M5.879 2.879C5 3.757 5 5.172 5 8v8c0 2.828 0 4.243.879 5.121C6.757 22 8.172 22 11 22h2c2.828 0 4.243 0 5.121-.879C19 20.243 19 18.828 19 16V8c0-2.828 0-4.243-.879-5.121C17.243 2 15.828 2 13 2h-2C8.172 2 6.757 2 5.879 2.879"/></svg></a><a class="nav-item" title="归档" href="/archives/" style="color:#3DC550"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v2H2z"/></svg></a><a class="nav-item" title="关于" href="/about/" style="color:#FA6400"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4" fill="currentColor"/></svg></a></nav>
  </div>
  <div class="widgets">
@@WIDGETS@@
  </div>
  <footer class="footer dis-select"><div class="social-wrap"><a class="social" href="https://github.com/linqiao-dev" target="_blank" rel="external nofollow noopener noreferrer"><img class="lazy" src="" data-src="https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.12/social/08a41b181ce68.svg"/></a><a class="social" href="/atom.xml" rel="noopener noreferrer"><img class="lazy" src="" data-src="https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.12/social/3845874.svg"/></a></div></footer>
</div>
</aside>
<div class="l_main" id="main">
"""

FOOT = """
<footer class="page-footer reveal fs12"><hr><div class="text"><p>本博客所有文章除特别声明外，均采用 <a target="_blank" rel="noopener" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a> 许可协议，转载请注明出处。</p>
<p>本站由 <a href="/about/">@林桥</a> 创建，使用 <a target="_blank" rel="noopener" href="https://github.com/xaoxuu/hexo-theme-stellar/tree/1.29.1">Stellar 1.29.1</a> 作为主题。 <a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">浙ICP备2022031874号</a></p></div></footer>
<div class="main-mask" onclick="sidebar.dismiss()"></div>
</div>
<aside class="l_right"><div class="widgets"></div></aside>
<div class="float-panel"><button type="button" style="display:none" class="laptop-only rightbar-toggle mobile" onclick="sidebar.rightbar()"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-width="1.5" d="M10 7h8m-8 5h8m-8 5h8M7 7h.01M7 12h.01M7 17h.01"/></svg></button><button type="button" style="display:none" class="mobile-only leftbar-toggle mobile" onclick="sidebar.leftbar()"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></svg></button></div>
</div>
<div class="scripts">
<script type="text/javascript">
  window.canonical = {"originalHost":null,"officialHosts":["localhost"],"encoded":""};
  const ctx = {
    date_suffix: { just: `刚刚`, min: `分钟前`, hour: `小时前`, day: `天前` },
    root: `/`,
  };
  ctx.theme = {"stellar":{"version":"1.29.1","main_css":"/css/main.css","main_js":"/js/main.js"},"data":{"user":"xaoxuu","repo":"xaoxuu.com","api":"https://api.vlts.cc/output_data/v2"},"plugins":{"lazyload":{"enable":true},"twikoo":{"js":"https://gcore.jsdelivr.net/npm/twikoo@1.6.39/dist/twikoo.all.min.js","envId":"https://twikoo.linqiao.example/"}},"search":{"service":"local_search","local_search":{"field":"all","path":"/search.json","content":true}}};
  ctx.page = {};
</script>
<script src="/js/main.js?v=1.29.1" async></script>
</div>
</body>
</html>
"""


def page(title, main, layout="post", meta="", widgets=""):
    return (
        HEAD.replace("@@TITLE@@", title).replace("@@META@@", meta).replace("@@LAYOUT@@", layout)
        .replace("@@WIDGETS@@", widgets) + main + FOOT
    )


def toc_widget():
    items = "".join(
        f'<li class="toc-item toc-level-2"><a class="toc-link" href="#{a}"><span class="toc-text">{a}</span></a></li>'
        for a in ("发言全文", "写在后面")
    )
    return f"""<widget class="widget-wrapper single toc" id="data-toc" collapse="false"><div class="widget-header dis-select"><span class="name">本文目录</span><a class="cap-action" onclick="sidebar.toggleTOC()" ><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M10 6h11m-11 6h11m-11 6h11M4 6h1v4m-1 0h2m0 8H4c0-1 2-2 2-3s-1-1.5-2-1"/></svg></a></div><div class="widget-body"><ol class="toc">{items}</ol></div><div class="widget-footer"><a class="top" onclick="util.scrollTop()"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="currentColor" d="M12 4l-8 8h5v8h6v-8h5z"/></svg><span>回到顶部</span></a><a class="buttom" onclick="util.scrollComment()"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="currentColor" d="M4 4h16v12H5.17L4 17.17z"/></svg><span>参与讨论</span></a></div></widget>"""


def recent_widget(skip):
    items = "".join(
        f'<a class="item title" href="{p["path"]}"><span class="title">{p["speech"].title}</span></a>'
        for p in POSTS if p is not skip
    ) + "".join(f'<a class="item title" href="{u}"><span class="title">{t}</span></a>' for u, t, *_ in OLDER[:2])
    return f'<widget class="widget-wrapper post-list"><div class="widget-header dis-select"><span class="name">最近更新</span></div><div class="widget-body fs14">{items}</div></widget>'


def post_page(i):
    p = POSTS[i]
    sp = p["speech"]
    y, m, d = sp.date.split("-")
    body = "\n".join(f"<p>{x}</p>" for x in sp.paras)
    tags = "".join(
        f'<a class="tag" href="/tags/{t}/"><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-width="1.5" d="M10 3L6 21M20.5 16H3m19-8H4.5M18 3l-4 18"/></svg>{t}</a>'
        for t in p["tags"]
    )
    # Hexo's page.prev is the newer post, page.next the older one
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    older_link = (older["path"], older["speech"].title) if older else OLDER[0][:2]
    rn = f'<a id="next" href="{older_link[0]}">{older_link[1]}<span class="note">较早</span></a><div class="line"></div>'
    if newer:
        rn += f'<a id="prev" href="{newer["path"]}">{newer["speech"].title}<span class="note">较新</span></a>'
    url = f"http://{HOST}{p['path']}"
    meta = (
        f'<meta name="description" content="{p["lead"][:80]}">\n  <meta name="keywords" content="{",".join(p["tags"])}">\n'
        f'  <meta property="og:type" content="article">\n  <meta property="og:title" content="{sp.title}">\n'
        f'  <meta property="og:url" content="{url}">\n  <meta property="og:site_name" content="{SITE}">\n'
        f'  <meta property="article:published_time" content="{sp.date}T21:{10 + i * 7}:00.000Z">\n'
        f'  <meta property="article:modified_time" content="{p["updated"]}T08:02:11.000Z">\n'
        f'  <meta property="article:author" content="林桥">\n' + "".join(
            f'  <meta property="article:tag" content="{t}">\n' for t in p["tags"]) +
        f'  <link rel="canonical" href="{url}">'
    )
    main = f"""<div class="article-banner-wrap reveal"><div class="article banner top">
  <div class="content">
    <div class="top bread-nav footnote"><div class="top-row"><div class="left" id="breadcrumb"><a class="cap breadcrumb" href="/">主页</a><span class="sep"></span><a class="cap breadcrumb" href="/">文章</a><span class="sep"></span><a class="cap breadcrumb" href="/categories/{p['cat']}/">{p['cat']}</a></div><div class="right"><span class="cap reading">{p['words']} 字 · {p['mins']} 分钟</span></div></div><div class="meta-row"><div class="flex-row" id="post-meta"><span class="text created">发布于：<time datetime="{sp.date}T13:{10 + i * 7}:00.000Z">{sp.date}</time></span><span class="sep updated"></span><span class="text updated">更新于：<time datetime="{p['updated']}T08:02:11.000Z">{p['updated']}</time></span></div></div></div>
    <div class="bottom only-title">
      <div class="text-area">
        <h1 class="text title"><span>{sp.title}</span></h1>
      </div>
    </div>
  </div>
</div></div>
<article class="md-text content post reveal" id="content">
<p>{p['lead']}</p>
<h2 id="发言全文"><a href="#发言全文" class="headerlink" title="发言全文"></a>发言全文</h2>
{body}
<h2 id="写在后面"><a href="#写在后面" class="headerlink" title="写在后面"></a>写在后面</h2>
<p>{p['after']}</p>
</article>
<div class="article-tags reveal">{tags}</div>
<div class="article-footer reveal fs14">
    <section id="license">
      <div class="header"><span>许可协议</span></div>
      <div class="body"><p>本文采用 <a target="_blank" rel="noopener" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">署名-非商业性使用-相同方式共享 4.0 国际</a> 许可协议，转载请注明出处。</p></div>
    </section>
    <section id="share">
      <div class="header"><span>分享文章</span></div>
      <div class="body">
        <div class="link"><input class="copy-area" readonly="true" id="copy-link" value="{url}" /></div>
        <div class="social-wrap dis-select"><a class="social share-item wechat" onclick="util.toggle(&quot;qrcode-wechat&quot;)"><img src="https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.4/social/b32ef3da1162a.svg"/></a><a class="social share-item weibo" target="_blank" rel="external nofollow noopener noreferrer" href="https://service.weibo.com/share/share.php?url={url}&title={sp.title} - {SITE}"><img src="https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.4/social/80c07e4dbb303.svg"/></a><a class="social share-item link" onclick="util.copy(&quot;copy-link&quot;, &quot;复制成功&quot;)"><img src="https://gcore.jsdelivr.net/gh/cdn-x/placeholder@1.0.4/social/8411ed322ced6.svg"/></a></div>
        <div class="qrcode" id="qrcode-wechat" style="visibility:hidden;height:0"><img src="https://api.qrserver.com/v1/create-qr-code/?size=256x256&data={url}"/></div>
      </div>
    </section>
</div>
<div class="related-wrap reveal" id="read-next"><section class="header cap theme"><span>接下来阅读</span></section><section class="body fs14">{rn}</section></div>
<div class="related-wrap md-text reveal" id="comments">
    <section class="header cmt-title cap theme">
      <p>快来参与讨论吧~</p>
    </section>
    <section class="body cmt-body twikoo">
      <div id="twikoo_container"><svg class="loading" style="vertical-align:middle;fill:currentColor;overflow:hidden;" viewBox="0 0 1024 1024" version="1.1" xmlns="http://www.w3.org/2000/svg"><path d="M832 512c0-176-144-320-320-320V128c211.2 0 384 172.8 384 384h-64zM192 512c0 176 144 320 320 320v64C300.8 896 128 723.2 128 512h64z"></path></svg></div>
    </section>
</div>
"""
    return page(f"{sp.title} - {SITE}", main, "post", meta, toc_widget() + recent_widget(p))


def card(path, title, date, cat, excerpt):
    return f"""<a class="post-card" href="{path}"><article class="md-text"><h2 class="post-title">{title}</h2><div class="excerpt"><p>{excerpt}</p></div><div class="meta cap"><span class="cap" id="post-meta">发布于&nbsp;<time datetime="{date}T13:00:00.000Z">{date}</time></span><span class="cap breadcrumb" style="--text-p3:#3DC550;--theme-block:#e5f7e7">{cat}</span></div></article></a>
"""


def index_page(n):
    if n == 1:
        cards = "".join(card(p["path"], p["speech"].title, p["speech"].date, p["cat"], p["excerpt"]) for p in POSTS)
        cards += card(*OLDER[0])
        pager = '<div class="paginator-wrap"><span class="page-number current">1</span><a class="page-number" href="/page/2/">2</a><a class="extend next" rel="next" href="/page/2/">下一页</a></div>'
    else:
        cards = "".join(card(*o) for o in OLDER[1:])
        pager = '<div class="paginator-wrap"><a class="extend prev" rel="prev" href="/">上一页</a><a class="page-number" href="/">1</a><span class="page-number current">2</span></div>'
    main = f"""<div class="nav-wrap"><nav class="sub post cap"><a class="active" href="/">近期发布</a><a href="/categories/">分类</a><a href="/tags/">标签</a><a href="/archives/">归档</a></nav></div>
<div class="post-list post">
{cards}</div>
{pager}
"""
    title = SITE if n == 1 else f"第 {n} 页 - {SITE}"
    return page(title, main, "index", '<meta name="description" content="写代码，也读闲书">', recent_widget(None))


def archives():
    rows = [(p["path"], p["speech"].title, p["speech"].date) for p in POSTS] + [(u, t, d) for u, t, d, *_ in OLDER]
    body = ""
    year = None
    for u, t, d in rows:
        if d[:4] != year:
            year = d[:4]
            body += f'<div class="archive-header h4">{year}</div>\n'
        body += f'<div class="archive-list"><a class="post fs14" href="{u}"><time>{d[5:]}</time><span>{t}</span></a></div>\n'
    main = f'<div class="nav-wrap"><nav class="sub post cap"><a href="/">近期发布</a><a href="/categories/">分类</a><a href="/tags/">标签</a><a class="active" href="/archives/">归档</a></nav></div>\n<div class="archives">\n{body}</div>\n'
    return page(f"归档 - {SITE}", main, "archive", "", recent_widget(None))


def build() -> Family:
    fam = Family(HOST, "Hexo 7 blog, Stellar 1.29 theme (zh-CN), static files, UTF-8")
    fam.put("/", index_page(1))
    fam.put("/page/2/", index_page(2))
    fam.put("/archives/", archives())
    fam.not_documents += ["/page/2/", "/archives/"]
    for i, p in enumerate(POSTS):
        fam.put(p["path"], post_page(i))
        fam.doc([p["path"]], p["speech"])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: http://linqiao-stellar-like.test/sitemap.xml\n", "ascii")
    locs = "".join(f"  <url>\n    <loc>http://{HOST}{p['path']}</loc>\n    <lastmod>{p['updated']}</lastmod>\n  </url>\n" for p in POSTS)
    fam.put("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}</urlset>\n')
    fam.noise += [
        POSTS[0]["lead"], POSTS[1]["lead"], POSTS[0]["after"], POSTS[1]["after"], "发言全文", "写在后面",
        "本文目录", "接下来阅读", "较早", "快来参与讨论吧", "许可协议", "分享文章", "复制成功", "回到顶部",
        "作为主题", "最近更新",
    ]
    fam.note = (
        "The document is the speech between the post's 发言全文 and 写在后面 headings: not the blogger's lead-in or "
        "after-note, the 本文目录 toc widget, tags, 接下来阅读 (较早 / 较新) or the twikoo block. Title and date the post's."
    )
    return fam
