"""A personal site on Halo 2 with a single-page theme: the home page server-renders only the pinned
latest post, the rest of the list comes from the content API by script ("加载更多" with no address),
so the older post is found only through the RSS feed the page advertises (<link rel="alternate">
to /rss.xml). Posts are server-rendered (permalink rule /archives/{slug}.html) with a 目录 box,
版权声明 and a comment widget."""

from common import SPEECHES, Family, render

HOST = "www.laochen-notes.test"

POSTS = [
    (SPEECHES["Q1"], "tongxue-juhui-zhici", "2024-07-20T21:30:00+08:00", ["致辞", "同学会"]),
    (SPEECHES["Q2"], "gongsi-shi-zhounian-zhici", "2024-06-18T09:12:00+08:00", ["致辞", "企业"]),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Halo 2.16.0">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<link rel="alternate" type="application/rss+xml" title="老陈随笔" href="/rss.xml">
<link rel="stylesheet" href="/themes/theme-aurora/assets/dist/style.css?v=1.3.2">
<script src="/themes/theme-aurora/assets/dist/main.iife.js?v=1.3.2" defer></script>
</head>
<body>
<header class="site-header"><a class="brand" href="/">老陈随笔</a><nav><a href="/">首页</a><a href="/about.html">关于</a><a href="/rss.xml" class="rss">订阅</a></nav></header>
"""

FOOT = """<footer class="site-footer"><p>&copy; 2019 - 2024 老陈随笔 · Powered by <a href="https://www.halo.run" target="_blank">Halo</a></p><p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备2021012345号</a></p></footer>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def post_page(i):
    speech, slug, stamp, tags = POSTS[i]
    paras = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    tag_html = "".join(f'<a class="tag" href="/tags/{t}.html">#{t}</a>' for t in tags)
    body = """<main class="post-wrap">
<article class="post" id="post-@@SLUG@@">
  <header class="post-header">
    <h1 class="post-title">@@H1@@</h1>
    <div class="post-meta"><span class="author">老陈</span><time datetime="@@STAMP@@">发表于 @@DATE@@</time><span class="views">阅读 326</span><span class="words">字数 @@WORDS@@</span></div>
  </header>
  <aside class="post-toc"><div class="toc-title">目录</div><ol class="toc"><li>正文</li></ol></aside>
  <div class="post-content markdown-body">
@@PARAS@@
  </div>
  <div class="post-tags">@@TAGS@@</div>
  <div class="post-copyright">
    <p><strong>本文作者：</strong>老陈</p>
    <p><strong>本文链接：</strong>https://www.laochen-notes.test/archives/@@SLUG@@.html</p>
    <p><strong>版权声明：</strong>本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！</p>
  </div>
  <div class="post-reward"><button type="button">赞赏</button><p>如果觉得文章对你有帮助，欢迎请我喝杯咖啡☕</p></div>
</article>
<section class="comments"><h3>评论</h3><halo-comment group="content.halo.run" kind="Post" name="@@SLUG@@"></halo-comment></section>
</main>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title} - 老陈随笔",
        DESC=speech.paras[1][:60],
        SLUG=slug,
        H1=speech.title,
        STAMP=stamp,
        DATE=speech.date,
        WORDS=speech.chars(),
        PARAS=paras,
        TAGS=tag_html,
    )


def home():
    speech, slug, stamp, _ = POSTS[0]
    body = """<main class="home">
<section class="hero"><img class="avatar" src="/upload/avatar.jpg" alt="老陈"><h2>老陈随笔</h2><p>退休的老陈，写点致辞、发言和生活琐事。</p></section>
<section class="pinned"><span class="badge">置顶</span><a class="pinned-title" href="/archives/@@SLUG@@.html">@@T@@</a><p>@@EX@@</p></section>
<section id="post-list" class="post-list"></section>
<button id="load-more" class="load-more" type="button">加载更多</button>
<script>
window.__HALO_THEME__ = {"listApi":"/apis/api.content.halo.run/v1alpha1/posts","size":10,"sort":"spec.publishTime,desc"};
</script>
</main>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="老陈随笔",
        DESC="老陈随笔",
        SLUG=slug,
        T=speech.title,
        EX=speech.paras[2][:40] + "……",
    )


def rss(fam):
    items = "".join(
        f"""    <item>
      <title><![CDATA[{s.title}]]></title>
      <link>https://{HOST}/archives/{slug}.html</link>
      <guid isPermaLink="false">{slug}</guid>
      <dc:creator><![CDATA[老陈]]></dc:creator>
      <pubDate>{pub}</pubDate>
      <description><![CDATA[{s.paras[1][:80]}……]]></description>
    </item>
"""
        for (s, slug, _stamp, _tags), pub in zip(
            POSTS, ["Sat, 20 Jul 2024 13:30:00 GMT", "Tue, 18 Jun 2024 01:12:00 GMT"], strict=True
        )
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n'
        f"    <title>老陈随笔</title>\n    <link>https://{HOST}</link>\n    <description>退休的老陈，写点致辞、发言和生活琐事。</description>\n"
        "    <generator>Halo v2.16.0</generator>\n    <language>zh-cn</language>\n"
        + items
        + "  </channel>\n</rss>\n"
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Halo 2 personal site with a script-filled home list: the older post is found only through the advertised /rss.xml",
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    for i, (speech, slug, *_r) in enumerate(POSTS):
        fam.put(f"/archives/{slug}.html", post_page(i))
        fam.doc([f"/archives/{slug}.html"], speech, found_by="links" if i == 0 else "rss")
    fam.put("/rss.xml", rss(fam))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /console/\nDisallow: /apis/\n")
    fam.noise += [
        "老陈随笔",
        "发表于",
        "阅读 326",
        "字数",
        "目录",
        "本文作者",
        "本文链接",
        "版权声明",
        "CC BY-NC-SA 4.0",
        "赞赏",
        "请我喝杯咖啡",
        "#致辞",
        "评论",
        "苏ICP备2021012345号",
    ]
    fam.note = "the home page links only the pinned post; the other is listed only in /rss.xml (absolute https links)"
    return fam
