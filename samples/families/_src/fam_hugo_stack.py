"""A programmer's personal blog on Hugo with the Stack theme (hugo-theme-stack v3, zh-cn i18n)."""

import html

from common import SPEECHES, Family, render

HOST = "www.lintao-stack.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
    <head><meta charset='utf-8'>
<meta name='viewport' content='width=device-width, initial-scale=1'><meta name='description' content='@@DESC@@'>
<title>@@TITLE@@</title>

<link rel='canonical' href='http://www.lintao-stack.test@@PATH@@'>

<link rel="stylesheet" href="/scss/style.min.663803bebe609202d5b39d848f2d7c2dc8b598a2d879efa079fa88893d29c49c.css"><meta property='og:title' content='@@TITLE@@'>
<meta property='og:url' content='http://www.lintao-stack.test@@PATH@@'>
<meta property='og:site_name' content='林涛的技术随笔'>
<meta property='og:type' content='@@OGTYPE@@'>@@ARTMETA@@
<link rel="alternate" type="application/rss&#43;xml" href="http://www.lintao-stack.test/index.xml">
    </head>
    <body class="
    article-page
    ">
    <script>
        (function() {
            const colorSchemeKey = 'StackColorScheme';
            if(!localStorage.getItem(colorSchemeKey)){
                localStorage.setItem(colorSchemeKey, "auto");
            }
        })();
    </script><script>
    (function() {
        const colorSchemeKey = 'StackColorScheme';
        const colorSchemeItem = localStorage.getItem(colorSchemeKey);
        const supportDarkMode = window.matchMedia('(prefers-color-scheme: dark)').matches === true;

        if (colorSchemeItem == 'dark' || colorSchemeItem === 'auto' && supportDarkMode) {
            document.documentElement.dataset.scheme = 'dark';
        } else {
            document.documentElement.dataset.scheme = 'light';
        }
    })();
</script>
<div class="container main-container flex on-phone--column @@WIDTH@@">
        <aside class="sidebar left-sidebar sticky ">
    <button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="切换菜单">
        <span class="hamburger-box">
            <span class="hamburger-inner"></span>
        </span>
    </button>

    <header>
            <figure class="site-avatar">
                <a href="/">
                    <img src="/img/avatar_hu8e3b1f2a.png" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar">
                </a>
                    <span class="emoji">🍥</span>
            </figure>
        <div class="site-meta">
            <h1 class="site-name"><a href="/">林涛的技术随笔</a></h1>
            <h2 class="site-description">写代码，也写点别的</h2>
        </div>
    </header><ol class="menu-social">
                <li>
                    <a href='https://github.com/lintao-dev' target="_blank" title="GitHub" rel="me">GitHub</a>
                </li>
        </ol><ol class="menu" id="main-menu">
        <li >
            <a href='/' ><span>主页</span></a>
        </li>
        <li >
            <a href='/archives/' ><span>归档</span></a>
        </li>
        <li >
            <a href='/search/' ><span>搜索</span></a>
        </li>
        <li >
            <a href='/about/' ><span>关于</span></a>
        </li>
        <li class="menu-bottom-section">
            <ol class="menu">
                    <li id="dark-mode-toggle">
                        <span>暗色模式</span>
                    </li>
            </ol>
        </li>
    </ol>
</aside>
"""

FOOT = """<footer class="site-footer">
    <section class="copyright">
        &copy;
            2019 -
        2024 林涛的技术随笔
    </section>

    <section class="powerby">
        <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19043871号-1</a> <br/>
        使用 <a href="https://gohugo.io/" target="_blank" rel="noopener">Hugo</a> 构建 <br />
        主题 <b><a href="https://github.com/CaiJimmy/hugo-theme-stack" target="_blank" rel="noopener" data-version="3.26.0">Stack</a></b> 由 <a href="https://jimmycai.com" target="_blank" rel="noopener">Jimmy</a> 设计
    </section>
</footer>
        </main>
    </div>
<script src="https://cdn.jsdelivr.net/npm/node-vibrant@3.1.6/dist/vibrant.min.js" integrity="sha256-awcR2jno4kI5X0zL8ex0vi2z&#43;KMkF24hUW8WePSA9HM=" crossorigin="anonymous"></script><script type="text/javascript" src="/ts/main.js" defer></script>
<script>
    (function () {
        const customFont = document.createElement('link');
        customFont.href = "https://fonts.googleapis.com/css2?family=Lato:wght@300;400;700&display=swap";
        customFont.type = "text/css";
        customFont.rel = "stylesheet";
        document.head.appendChild(customFont);
    }());
</script>
    </body>
</html>
"""

CODE1 = """<div class="highlight"><div class="chroma">
<table class="lntable"><tr><td class="lntd">
<pre tabindex="0" class="chroma"><code><span class="lnt">1
</span><span class="lnt">2
</span><span class="lnt">3
</span></code></pre></td>
<td class="lntd">
<pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash"><span class="line"><span class="cl"><span class="c1"># 录音转文字后用脚本去掉口头禅，再人工校对</span>
</span></span><span class="line"><span class="cl">whisper talk-2023.m4a --language zh --model medium
</span></span><span class="line"><span class="cl">sed -i <span class="s1">'s/那个//g; s/就是说//g'</span> talk-2023.txt
</span></span></code></pre></td></tr></table>
</div>
</div>"""

CODE2 = """<div class="highlight"><div class="chroma">
<table class="lntable"><tr><td class="lntd">
<pre tabindex="0" class="chroma"><code><span class="lnt">1
</span><span class="lnt">2
</span></code></pre></td>
<td class="lntd">
<pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml"><span class="line"><span class="cl"><span class="nt">runway_months</span><span class="p">:</span><span class="w"> </span><span class="m">9</span><span class="w">   </span><span class="c"># 账上至少留足九个月开支</span>
</span></span><span class="line"><span class="cl"><span class="nt">stop_loss_review</span><span class="p">:</span><span class="w"> </span><span class="l">quarterly</span>
</span></span></code></pre></td></tr></table>
</div>
</div>"""


def esc(s):
    return html.escape(s, quote=False)


def head(title, desc, path, ogtype="website", artmeta="", width=""):
    return render(HEAD, TITLE=esc(title), DESC=esc(desc), PATH=path, OGTYPE=ogtype, ARTMETA=artmeta, WIDTH=width)


POSTS = {}


def post(fam, slug, speech, *, cat, tags, intro, notes_title, notes, code, pub, lastmod, related):
    path = f"/p/{slug}/"
    h2a = "讲话全文"
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in speech.paras)
    toc = f"""<nav id="TableOfContents">
  <ol>
    <li><a href="#写在前面">写在前面</a></li>
    <li><a href="#{h2a}">{h2a}</a></li>
    <li><a href="#{notes_title}">{notes_title}</a></li>
  </ol>
</nav>"""
    artmeta = f"""
<meta property='article:section' content='{cat}' />{''.join(f"<meta property='article:tag' content='{t}' />" for t in tags)}
<meta property='article:published_time' content='{pub}T21:30:00&#43;08:00'/><meta property='article:modified_time' content='{lastmod}T10:02:11&#43;08:00'/>"""
    page = head(f"{speech.title}", intro, path, "article", artmeta, "extended") + f"""<main class="main full-width">
    <article class="main-article">
    <header class="article-header">

    <div class="article-details">
    <header class="article-category">
                <a href="/categories/{cat}/" style="background-color: #2a9d8f; color: #fff;">
                    {cat}
                </a>
    </header>

    <div class="article-title-wrapper">
        <h2 class="article-title">
            <a href="{path}">{esc(speech.title)}</a>
        </h2>
            <h3 class="article-subtitle">
                {esc(intro)}
            </h3>
    </div>
    <footer class="article-time">
            <div>
                <time class="article-time--published">{pub.replace('-', '-')}</time>
            </div>
            <div>
                <time class="article-time--reading">
                    阅读时长: 5 分钟
                </time>
            </div>
    </footer>
</div>
</header>

    <section class="article-content">
    <h2 id="写在前面">写在前面</h2>
<p>{esc(intro)}</p>
<h2 id="{h2a}">{h2a}</h2>
{paras}
<h2 id="{notes_title}">{notes_title}</h2>
<p>{esc(notes[0])}</p>
{code}
<p>{esc(notes[1])}</p>

</section>

    <footer class="article-footer">
    <section class="article-tags">
            {''.join(f'<a href="/tags/{t}/">{t}</a>' for t in tags)}
    </section>
    <section class="article-copyright">
        <span>Licensed under CC BY-NC-SA 4.0</span>
    </section>
    <section class="article-lastmod">
        <span>
            最后更新于 {lastmod} 10:02 CST
        </span>
    </section></footer>
</article>

    <aside class="related-content--wrapper">
    <h2 class="section-title">相关文章</h2>
    <div class="related-content">
        <div class="flex article-list--tile">
            {related}
        </div>
    </div>
</aside>

<script src="https://giscus.app/client.js"
        data-repo="lintao-dev/blog-comments"
        data-repo-id="R_kgDOH3xQ2w"
        data-category="Announcements"
        data-mapping="pathname"
        data-lang="zh-CN"
        crossorigin="anonymous"
        async
        >
</script>
<script>
    function setGiscusTheme(theme) {{
        let giscus = document.querySelector('iframe.giscus-frame');
        if (giscus) {{
            giscus.contentWindow.postMessage({{ giscus: {{ setConfig: {{ theme: theme }} }} }}, 'https://giscus.app');
        }}
    }}
</script>
""" + FOOT.replace("        </main>\n    </div>", f"""        </main>
    <aside class="sidebar right-sidebar sticky">
            <section class="widget archives">
                <div class="widget-icon">
                    <svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-hash" width="24" height="24" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" fill="none"><path stroke="none" d="M0 0h24v24H0z"/><line x1="5" y1="9" x2="19" y2="9" /></svg>
                </div>
                <h2 class="widget-title section-title">目录</h2>
                <div class="widget--toc">
                    {toc}
                </div>
            </section>
    </aside>
    </div>""")
    fam.put(path, page)
    return path


def tile(path, title, img):
    return f"""<article class="has-image">
    <a href="{path}">
        <div class="article-image">
            <img src="{img}" loading="lazy" data-key="" data-hash="" />
        </div>
        <div class="article-details">
            <h2 class="article-title">{esc(title)}</h2>
        </div>
    </a>
</article>"""


def card(path, title, sub, date, cat):
    return f"""<article class="">
    <header class="article-header">
    <div class="article-details">
    <header class="article-category">
                <a href="/categories/{cat}/" style="background-color: #2a9d8f; color: #fff;">{cat}</a>
    </header>
    <div class="article-title-wrapper">
        <h2 class="article-title">
            <a href="{path}">{esc(title)}</a>
        </h2>
            <h3 class="article-subtitle">{esc(sub)}</h3>
    </div>
    <footer class="article-time">
            <div><time class="article-time--published">{date}</time></div>
            <div><time class="article-time--reading">阅读时长: 5 分钟</time></div>
    </footer>
</div>
</header>
</article>"""


def listing(cards, cur, last):
    pag = '<nav class="pagination">' + "".join(
        (f'<span class="page-link current" aria-current="page">{n}</span>' if n == cur else f'<a class="page-link" href="{"/" if n == 1 else f"/page/{n}/"}">{n}</a>')
        for n in range(1, last + 1)) + "</nav>"
    path = "/" if cur == 1 else f"/page/{cur}/"
    return head("林涛的技术随笔" if cur == 1 else f"林涛的技术随笔 - 第 {cur} 页", "写代码，也写点别的", path).replace("article-page", "") + f"""<main class="main full-width">
    <section class="article-list">
        {cards}
    </section>
    {pag}
""" + FOOT.replace("        </main>\n    </div>", """        </main>
    <aside class="sidebar right-sidebar sticky">
        <section class="widget search"><form action="/search/" class="search-form widget"><p><label>搜索</label><input name="keyword" required placeholder="输入关键词..." /></p></form></section>
        <section class="widget archives"><h2 class="widget-title section-title">归档</h2><div class="widget-archive--list"><div class="archives-year"><a href="/archives/#2024"><span class="year">2024</span><span class="count">3</span></a></div><div class="archives-year"><a href="/archives/#2023"><span class="year">2023</span><span class="count">5</span></a></div></div></section>
        <section class="widget tagCloud"><h2 class="widget-title section-title">标签</h2><div class="tagCloud-tags"><a href="/tags/%E6%80%BB%E7%BB%93/">总结</a><a href="/tags/%E5%88%9B%E4%B8%9A/">创业</a><a href="/tags/go/">Go</a></div></section>
    </aside>
    </div>""")


def build() -> Family:
    fam = Family(HOST, "personal blog on Hugo + hugo-theme-stack 3.x (zh-cn)")
    s1, s2 = SPEECHES["f52c-4"], SPEECHES["f52c-2"]
    rel = tile("/p/k8s-hpa-notes/", "K8s HPA 调参踩坑记", "/p/k8s-hpa-notes/cover.jpg")
    p1 = post(fam, "2023-team-review", s1, cat="随笔", tags=["总结", "团队管理"],
              intro="年底总结会上的发言，按录音整理，删掉了几处口误。",
              notes_title="整理说明", notes=["这篇是用 Whisper 转写再手工校对的，流程大概如下：", "第一次当着全组讲这么多，讲完手心全是汗。欢迎在评论区拍砖。"],
              code=CODE1, pub="2023-12-30", lastmod="2024-01-02",
              related=rel + tile("/p/startup-talk/", s2.title, "/p/startup-talk/cover.jpg"))
    p2 = post(fam, "startup-talk", s2, cat="创业", tags=["创业", "分享"],
              intro="受邀在青年创业者交流会上做了个分享，讲稿整理如下。",
              notes_title="附：我的止损清单", notes=["讲的时候提到的几条规矩，后来我写成了一个配置文件挂在团队 wiki 上：", "会后有朋友加我微信聊了很久，谢谢大家的耐心。"],
              code=CODE2, pub="2024-09-22", lastmod="2024-09-23",
              related=rel + tile(p1, s1.title, "/p/2023-team-review/cover.jpg"))
    fam.doc([p1], s1)
    fam.doc([p2], s2)
    fam.put("/p/k8s-hpa-notes/", head("K8s HPA 调参踩坑记", "HPA 的几个参数", "/p/k8s-hpa-notes/", "article") + '<main class="main full-width"><article class="main-article"><header class="article-header"><div class="article-details"><div class="article-title-wrapper"><h2 class="article-title"><a href="/p/k8s-hpa-notes/">K8s HPA 调参踩坑记</a></h2></div><footer class="article-time"><div><time class="article-time--published">2024-05-11</time></div></footer></div></header><section class="article-content"><p>记录一下 HPA 的 stabilizationWindowSeconds 怎么调。</p>' + CODE2 + '</section></article>' + FOOT)
    c2 = card(p2, s2.title, "受邀在青年创业者交流会上做了个分享，讲稿整理如下。", "2024-09-22", "创业")
    c0 = card("/p/k8s-hpa-notes/", "K8s HPA 调参踩坑记", "HPA 的几个参数", "2024-05-11", "技术")
    c1 = card(p1, s1.title, "年底总结会上的发言，按录音整理，删掉了几处口误。", "2023-12-30", "随笔")
    fam.put("/", listing(c2 + c0, 1, 2))
    fam.put("/page/2/", listing(c1, 2, 2))
    fam.put("/archives/", head("归档", "归档", "/archives/") + f'<main class="main full-width"><div class="archives-group" id="2024"><h2 class="archives-date section-title"><a href="/archives/#2024">2024</a></h2><div class="article-list--compact">{c2}{c0}</div></div><div class="archives-group" id="2023"><h2 class="archives-date section-title"><a href="/archives/#2023">2023</a></h2><div class="article-list--compact">{c1}</div></div>' + FOOT)
    items = "".join(f"""
    <item>
      <title>{esc(s.title)}</title>
      <link>http://www.lintao-stack.test{p}</link>
      <pubDate>{d}</pubDate>
      <guid>http://www.lintao-stack.test{p}</guid>
      <description>{esc(desc)}</description>
    </item>""" for s, p, d, desc in [(s2, p2, "Sun, 22 Sep 2024 21:30:00 +0800", "受邀在青年创业者交流会上做了个分享"), (s1, p1, "Sat, 30 Dec 2023 21:30:00 +0800", "年底总结会上的发言")])
    fam.put("/index.xml", f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>林涛的技术随笔</title>
    <link>http://www.lintao-stack.test/</link>
    <description>Recent content on 林涛的技术随笔</description>
    <generator>Hugo -- gohugo.io</generator>
    <language>zh-cn</language>
    <atom:link href="http://www.lintao-stack.test/index.xml" rel="self" type="application/rss+xml" />{items}
  </channel>
</rss>
""")
    fam.put("/robots.txt", "User-agent: *\n")
    fam.not_documents += ["/", "/page/2/", "/archives/", "/p/k8s-hpa-notes/"]
    fam.noise += ["写在前面", "整理说明", "按录音整理", "whisper talk-2023.m4a", "runway_months", "Licensed under CC BY-NC-SA 4.0", "最后更新于", "相关文章", "主题 ", "讲完手心全是汗", "阅读时长"]
    return fam
