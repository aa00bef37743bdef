"""A Hexo 5 blog with the NexT 7.8 theme (Gemini scheme) on GitHub Pages, hexo-abbrlink permalinks
`/posts/<abbrlink>/`: the home page and `/page/2/` print each post up to `<!--more-->` with the
`post-button` 阅读全文 » (not documents); post pages with the `post-meta` line (发表于 / 更新于 /
分类于 / 阅读次数 / Valine comment count / 本文字数 / 阅读时长), `div.post-body` (Markdown `<p>`s, a
`headerlink` `h2` and the `<span id="more"></span>` left where `<!--more-->` was), the reward box
(坚持原创技术分享… / 打赏 / 微信 / 支付宝), the `post-copyright` box (本文作者 / 本文链接 / 版权声明),
`post-tags` (# 标签), `post-nav` prev / next, the Valine comments container and the sidebar (文章目录
TOC, 站点概览); `/archives/` (嗯..! 目前共计 N 篇日志。) and `/atom.xml` (hexo-generator-feed,
summaries)."""

import html

from common import SPEECHES, Family

HOST = "chenxh.github-io.test"
SITE = "陈晓航的博客"
AUTHOR = "陈晓航"
SUBTITLE = "写代码，也写点别的"
BASE = f"https://{HOST}"

POSTS = [
    dict(
        abbr="5c2a8e1f",
        speech=SPEECHES["HX1"],
        date="2024-01-21 22:08:35",
        updated="2024-01-23 09:14:02",
        category="生活",
        tags=["年会", "感言"],
        words="1.1k",
        minutes=1,
        intro="上周五研发中心年会，意外拿了个“年度技术贡献奖”。上台前在手机备忘录里临时写了几句，"
        "回来稍微整理了一下，记在这里。",
        heading="感言全文",
        after=(
            "后记",
            "念到女儿画电脑那段，台下笑成一片，老周在旁边拍了拍我的肩膀。奖金一半请组里吃了顿火锅，"
            "另一半给女儿买了一盒新蜡笔，让她重新画一张。",
        ),
        more_after=None,
        image=None,
    ),
    dict(
        abbr="9e41b7d3",
        speech=SPEECHES["HX2"],
        date="2023-09-10 20:31:17",
        updated="2023-09-10 20:31:17",
        category="随笔",
        tags=["母校", "发言稿"],
        words="1.3k",
        minutes=1,
        intro=None,
        heading=None,
        after=None,
        more_after=2,
        image=("/images/2023-kaixue.jpg", "开学典礼现场"),
    ),
]
OTHERS = [
    (
        "b3f06c21",
        "用 GitHub Actions 自动部署 Hexo 博客",
        "2024-03-02 15:40:11",
        "技术",
        "以前每次写完文章都要在本地 hexo g -d，换了电脑还得重新配环境。这次把部署交给 GitHub Actions，推送 Markdown 源文件就能自动发布。",
    ),
    (
        "7a2d9f04",
        "Redis 分布式锁踩坑记录",
        "2024-02-18 21:12:50",
        "技术",
        "线上出现过一次重复扣库存，排查下来是分布式锁的过期时间设得太短，业务还没执行完锁就释放了。记录一下排查过程和最后的方案。",
    ),
    (
        "e18c5a60",
        "2023 年终总结",
        "2024-01-01 00:26:09",
        "随笔",
        "又到了写年终总结的时候。今年换了组，跑了第一个半程马拉松，读了十七本书，博客更新了九篇，比去年多了三篇。",
    ),
    (
        "4d7b2e95",
        "读《人月神话》",
        "2023-10-15 19:03:44",
        "读书",
        "这本书第一次读是在大三，那时候只记住了“没有银弹”。工作六年后再读，才发现书里写的几乎每一种项目失控，我都亲眼见过。",
    ),
    (
        "0f5c8a12",
        "Hello World",
        "2019-05-04 10:00:00",
        "随笔",
        "博客搭好了，先写一篇。以后在这里记录技术笔记和一些生活里的事情。",
    ),
]
PER_PAGE = 5


def link(abbr):
    return f"/posts/{abbr}/"


def rows():
    out = [(p["abbr"], p["speech"].title, p["date"], p["category"]) for p in POSTS]
    out += [(a, t, d, c) for a, t, d, c, _ in OTHERS]
    return sorted(out, key=lambda r: r[2], reverse=True)


ALL = rows()


def iso(t):
    return t.replace(" ", "T") + "+08:00"


def head(title, description, page_json, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 5.4.2">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">


<link rel="stylesheet" href="/lib/font-awesome/css/all.min.css">

<script id="hexo-configurations">
    var NexT = window.NexT || {{}};
    var CONFIG = {{"hostname":"{HOST}","root":"/","scheme":"Gemini","version":"7.8.0","exturl":false,"sidebar":{{"position":"left","display":"post","padding":18,"offset":12,"onmobile":false}},"copycode":{{"enable":true,"show_result":true,"style":"mac"}},"back2top":{{"enable":true,"sidebar":false,"scrollpercent":true}},"bookmark":{{"enable":false,"color":"#222","save":"auto"}},"fancybox":false,"mediumzoom":false,"lazyload":false,"pangu":false,"comments":{{"style":"tabs","active":"valine","storage":true,"lazyload":false,"nav":null,"activeClass":"valine"}},"algolia":{{"hits":{{"per_page":10}},"labels":{{"input_placeholder":"Search for Posts","hits_empty":"We didn't find any results for the search: ${{query}}","hits_stats":"${{hits}} results found in ${{time}} ms"}}}},"localsearch":{{"enable":true,"trigger":"auto","top_n_per_article":1,"unescape":false,"preload":false}},"motion":{{"enable":true,"async":false,"transition":{{"post_block":"fadeIn","post_header":"slideDownIn","post_body":"slideDownIn","coll_header":"slideLeftIn","sidebar":"slideUpIn"}}}},"path":"search.xml"}};
  </script>

  <meta name="description" content="{html.escape(description)}">
<meta property="og:type" content="{page_json.get("og", "website")}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:url" content="{BASE}{page_json["path"]}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:description" content="{html.escape(description)}">
<meta property="og:locale" content="zh_CN">
{extra}<meta name="twitter:card" content="summary">

<link rel="canonical" href="{BASE}{page_json["path"]}">


<script id="page-configurations">
  // https://hexo.io/docs/variables.html
  CONFIG.page = {{
    sidebar: "",
    isHome : {"true" if page_json.get("home") else "false"},
    isPost : {"true" if page_json.get("post") else "false"},
    lang   : 'zh-CN'
  }};
</script>

  <title>{title}</title>
  


  <noscript>
  <style>
  .use-motion .brand,
  .use-motion .menu-item,
  .sidebar-inner,
  .use-motion .post-block,
  .use-motion .pagination,
  .use-motion .comments,
  .use-motion .post-header,
  .use-motion .post-body,
  .use-motion .collection-header {{ opacity: initial; }}
  </style>
</noscript>

<link rel="alternate" href="/atom.xml" title="{SITE}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage">
  <div class="container use-motion">
    <div class="headband"></div>

    <header class="header" itemscope itemtype="http://schema.org/WPHeader">
      <div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="切换导航栏">
      <span class="toggle-line toggle-line-first"></span>
      <span class="toggle-line toggle-line-middle"></span>
      <span class="toggle-line toggle-line-last"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <span class="logo-line-before"><i></i></span>
      <h1 class="site-title">{SITE}</h1>
      <span class="logo-line-after"><i></i></span>
    </a>
      <p class="site-subtitle" itemprop="description">{SUBTITLE}</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>




<nav class="site-nav">
  <ul id="menu" class="main-menu menu">
        <li class="menu-item menu-item-home">

    <a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a>

  </li>
        <li class="menu-item menu-item-about">

    <a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>关于</a>

  </li>
        <li class="menu-item menu-item-tags">

    <a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签<span class="badge">14</span></a>

  </li>
        <li class="menu-item menu-item-categories">

    <a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类<span class="badge">4</span></a>

  </li>
        <li class="menu-item menu-item-archives">

    <a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档<span class="badge">{len(ALL)}</span></a>

  </li>
      <li class="menu-item menu-item-search">
        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>搜索
        </a>
      </li>
  </ul>
</nav>



  <div class="search-pop-overlay">
    <div class="popup search-popup">
        <div class="search-header">
  <span class="search-icon">
    <i class="fa fa-search"></i>
  </span>
  <div class="search-input-container">
    <input autocomplete="off" autocapitalize="off"
           placeholder="搜索..." spellcheck="false"
           type="search" class="search-input">
  </div>
  <span class="popup-btn-close">
    <i class="fa fa-times-circle"></i>
  </span>
</div>
<div id="search-result">
  <div id="no-result">
    <i class="fa fa-spinner fa-pulse fa-5x fa-fw"></i>
  </div>
</div>

    </div>
  </div>

</div>
    </header>

    
  <div class="back-to-top">
    <i class="fa fa-arrow-up"></i>
    <span>0%</span>
  </div>


    <main class="main">
      <div class="main-inner">
        <div class="content-wrap">
          

          <div class="content {page_json.get("content_class", "index posts-expand")}">
            
"""


def sidebar(toc_items=None):
    overview = f"""<div class="site-overview-wrap sidebar-panel{"" if toc_items else " sidebar-panel-active"}">
        <div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{AUTHOR}"
      src="/images/avatar.jpg">
  <p class="site-author-name" itemprop="name">{AUTHOR}</p>
  <div class="site-description" itemprop="description">后端开发，偶尔跑步，喜欢读闲书。</div>
</div>
<div class="site-state-wrap motion-element">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
          <a href="/archives/">
        
          <span class="site-state-item-count">{len(ALL)}</span>
          <span class="site-state-item-name">日志</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
            <a href="/categories/">
          
        <span class="site-state-item-count">4</span>
        <span class="site-state-item-name">分类</span></a>
      </div>
      <div class="site-state-item site-state-tags">
            <a href="/tags/">
          
        <span class="site-state-item-count">14</span>
        <span class="site-state-item-name">标签</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author motion-element">
      <span class="links-of-author-item">
        <a href="https://github.com/chenxh" title="GitHub → https:&#x2F;&#x2F;github.com&#x2F;chenxh" rel="noopener" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a>
      </span>
      <span class="links-of-author-item">
        <a href="mailto:chenxh@example.test" title="E-Mail → mailto:chenxh@example.test" rel="noopener" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a>
      </span>
  </div>
  <div class="cc-license motion-element" itemprop="license">
    <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" class="cc-opacity" rel="noopener" target="_blank"><img src="/images/cc-by-nc-sa.svg" alt="Creative Commons"></a>
  </div>

      </div>"""
    if toc_items:
        lis = "".join(
            f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{t}"><span class="nav-number">{n}.</span> '
            f'<span class="nav-text">{t}</span></a></li>'
            for n, t in enumerate(toc_items, 1)
        )
        inner = f"""<ul class="sidebar-nav motion-element">
        <li class="sidebar-nav-toc">
          文章目录
        </li>
        <li class="sidebar-nav-overview">
          站点概览
        </li>
      </ul>

      <!--noindex-->
      <div class="post-toc-wrap sidebar-panel">
          <div class="post-toc motion-element"><ol class="nav">{lis}</ol></div>
      </div>
      <!--/noindex-->

      {overview}"""
    else:
        inner = overview
    return f"""
        <div class="toggle sidebar-toggle">
          <span class="toggle-line toggle-line-first"></span>
          <span class="toggle-line toggle-line-middle"></span>
          <span class="toggle-line toggle-line-last"></span>
        </div>

        <aside class="sidebar">
          <div class="sidebar-inner{" sidebar-nav-active sidebar-toc-active" if toc_items else ""}">

      {inner}
    </div>
  </aside>
  <div id="sidebar-dimmer"></div>


      </div>
    </main>
"""


FOOT = f"""
    <footer class="footer">
      <div class="footer-inner">
        
  <div class="beian"><a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">浙ICP备2021031477号-1 </a>
  </div>

<div class="copyright">
  
  &copy; 2019 – 
  <span itemprop="copyrightYear">2024</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">{AUTHOR}</span>
    <span class="post-meta-divider">|</span>
    <span class="post-meta-item-icon">
      <i class="fa fa-chart-area"></i>
    </span>
    <span title="站点总字数">38k</span>
    <span class="post-meta-divider">|</span>
    <span class="post-meta-item-icon">
      <i class="fa fa-coffee"></i>
    </span>
    <span title="站点阅读时长">35 分钟</span>
</div>
  <div class="powered-by">由 <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动
  </div>

        
<div class="busuanzi-count">
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
    <span class="post-meta-item" id="busuanzi_container_site_uv" style="display: none;">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="总访客量">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
    <span class="post-meta-divider">|</span>
    <span class="post-meta-item" id="busuanzi_container_site_pv" style="display: none;">
      <span class="post-meta-item-icon">
        <i class="fa fa-eye"></i>
      </span>
      <span class="site-pv" title="总访问量">
        <span id="busuanzi_value_site_pv"></span>
      </span>
    </span>
</div>

      </div>
    </footer>
  </div>

  
  <script src="/lib/anime.min.js"></script>
  <script src="/lib/velocity/velocity.min.js"></script>
  <script src="/lib/velocity/velocity.ui.min.js"></script>

<script src="/js/utils.js"></script>

<script src="/js/motion.js"></script>


<script src="/js/schemes/pisces.js"></script>


<script src="/js/next-boot.js"></script>




  <script src="/js/local-search.js"></script>












  

  


<script>
NexT.utils.loadComments(document.querySelector('#valine-comments'), () => {{
  NexT.utils.getScript('//cdn.jsdelivr.net/npm/valine@1.4.14/dist/Valine.min.js', () => {{
    var GUEST = ['nick', 'mail', 'link'];
    var guest = 'nick,mail,link';
    guest = guest.split(',').filter(item => {{
      return GUEST.includes(item);
    }});
    new Valine({{
      el         : '#valine-comments',
      verify     : false,
      notify     : false,
      appId      : 'Jx7sPq2LmV9cKdR4tYw8NbHf-gzGzoHsz',
      appKey     : 'u3HqR6mT1kW9ZsLb4XcVn2Pe',
      placeholder: "欢迎留言交流～（填写邮箱可以收到回复提醒）",
      avatar     : 'mm',
      meta       : guest,
      pageSize   : '10' || 10,
      visitor    : true,
      lang       : 'zh-cn' || 'zh-cn',
      path       : location.pathname,
      recordIP   : false,
      serverURLs : ''
    }});
  }}, window.Valine);
}});
</script>

</body>
</html>
"""


def meta(p_abbr, title, date, updated, category, words=None, minutes=None, home=False):
    upd = ""
    if updated and updated != date:
        upd = f"""
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-calendar-check"></i>
              </span>
              <span class="post-meta-item-text">更新于</span>
              <time title="修改时间：{updated}" itemprop="dateModified" datetime="{iso(updated)}">{updated[:10]}</time>
            </span>"""
    counts = ""
    if words:
        counts = f"""<br>
            <span class="post-meta-item" title="本文字数">
              <span class="post-meta-item-icon">
                <i class="far fa-file-word"></i>
              </span>
                <span class="post-meta-item-text">本文字数：</span>
              <span>{words}</span>
            </span>
            <span class="post-meta-item" title="阅读时长">
              <span class="post-meta-item-icon">
                <i class="far fa-clock"></i>
              </span>
                <span class="post-meta-item-text">阅读时长 &asymp;</span>
              <span>{minutes} 分钟</span>
            </span>"""
    return f"""<div class="post-meta">
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-calendar"></i>
              </span>
              <span class="post-meta-item-text">发表于</span>

              <time title="创建时间：{date}" itemprop="dateCreated datePublished" datetime="{iso(date)}">{date[:10]}</time>
            </span>{upd}
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-folder"></i>
              </span>
              <span class="post-meta-item-text">分类于</span>
                <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
                  <a href="/categories/{category}/" itemprop="url" rel="index"><span itemprop="name">{category}</span></a>
                </span>
            </span>

            <span id="{link(p_abbr)}" class="post-meta-item leancloud_visitors" data-flag-title="{html.escape(title)}" title="阅读次数">
              <span class="post-meta-item-icon">
                <i class="fa fa-eye"></i>
              </span>
              <span class="post-meta-item-text">阅读次数：</span>
              <span class="leancloud-visitors-count"></span>
            </span>
  
  <span class="post-meta-item">
    
      <span class="post-meta-item-icon">
        <i class="far fa-comment"></i>
      </span>
      <span class="post-meta-item-text">Valine：</span>
    
    <a title="valine" href="{link(p_abbr)}#valine-comments" itemprop="discussionUrl">
      <span class="post-comments-count valine-comment-count" data-xid="{link(p_abbr)}" itemprop="commentCount"></span>
    </a>
  </span>
  {counts}
        </div>"""


def body_html(post):
    sp = post["speech"]
    parts = []
    if post["intro"]:
        parts.append(f"<p>{post['intro']}</p>")
        parts.append('<span id="more"></span>')
    if post["heading"]:
        h = post["heading"]
        parts.append(f'<h2 id="{h}"><a href="#{h}" class="headerlink" title="{h}"></a>{h}</h2>')
    for i, x in enumerate(sp.paras):
        parts.append(f"<p>{x}</p>")
        if post["more_after"] is not None and i + 1 == post["more_after"]:
            parts.append('<span id="more"></span>')
            if post["image"]:
                src, alt = post["image"]
                parts.append(f'<p><img src="{src}" alt="{alt}"></p>')
    if post["after"]:
        h, text = post["after"]
        parts.append(f'<h2 id="{h}"><a href="#{h}" class="headerlink" title="{h}"></a>{h}</h2>')
        parts.append(f"<p>{text}</p>")
    return "\n".join(parts)


def excerpt_html(post):
    return body_html(post).split('<span id="more"></span>')[0]


def article_header(abbr, title, date, updated, category, words=None, minutes=None, home=False):
    h = (
        f'<h2 class="post-title" itemprop="name headline">\n          <a href="{link(abbr)}" class="post-title-link" itemprop="url">{title}</a>\n        </h2>'
        if home
        else f'<h1 class="post-title" itemprop="name headline">\n          {title}\n        </h1>'
    )
    return f"""<header class="post-header">
        {h}

        <div class="post-meta">
          {meta(abbr, title, date, updated, category, words, minutes, home)[len('<div class="post-meta">') : -len("</div>")]}
        </div>
      </header>"""


def article_open(abbr, title, description=""):
    return f"""<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{BASE}{link(abbr)}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{AUTHOR}">
      <meta itemprop="description" content="后端开发，偶尔跑步，喜欢读闲书。">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{SITE}">
    </span>
      """


def post_page(post, newer, older):
    sp = post["speech"]
    abbr = post["abbr"]
    toc_items = [post["heading"], post["after"][0]] if post["heading"] else None
    tags = "\n".join(f'              <a href="/tags/{t}/" rel="tag"># {t}</a>' for t in post["tags"])
    prev_ = (
        f'<a href="{link(newer[0])}" rel="prev" title="{newer[1]}">\n                  <i class="fa fa-chevron-left"></i> {newer[1]}\n                </a>'
        if newer
        else ""
    )
    next_ = (
        f'<a href="{link(older[0])}" rel="next" title="{older[1]}">\n                  {older[1]} <i class="fa fa-chevron-right"></i>\n                </a>'
        if older
        else ""
    )
    description = (post["intro"] or sp.paras[1])[:150]
    extra = (
        f'<meta property="article:published_time" content="{post["date"].replace(" ", "T")}.000Z">\n'
        f'<meta property="article:modified_time" content="{post["updated"].replace(" ", "T")}.000Z">\n'
        f'<meta property="article:author" content="{AUTHOR}">\n'
        + "".join(f'<meta property="article:tag" content="{t}">\n' for t in post["tags"])
    )
    return (
        head(
            f"{sp.title} | {SITE}",
            description,
            {"path": link(abbr), "post": True, "og": "article", "content_class": "post posts-expand"},
            extra,
        )
        + f"""
  <div class="post-block">
    
    
  
  {article_open(abbr, sp.title)}
      {article_header(abbr, sp.title, post["date"], post["updated"], post["category"], post["words"], post["minutes"])}

    
    
    
    <div class="post-body" itemprop="articleBody">

      
        {body_html(post)}

    </div>

    
    
    
        <div class="reward-container">
  <div>坚持原创技术分享，您的支持将鼓励我继续创作！</div>
  <button disable="enable" onclick="var qr = document.getElementById(&quot;qr&quot;); qr.style.display = (qr.style.display === 'none') ? 'block' : 'none';">
    打赏
  </button>
  <div id="qr" style="display: none;">
      
      <div style="display: inline-block;">
        <img src="/images/wechatpay.png" alt="{AUTHOR} 微信支付">
        <p>微信支付</p>
      </div>
      
      <div style="display: inline-block;">
        <img src="/images/alipay.png" alt="{AUTHOR} 支付宝">
        <p>支付宝</p>
      </div>

  </div>
</div>

        

<div>
<ul class="post-copyright">
  <li class="post-copyright-author">
    <strong>本文作者： </strong>{AUTHOR}
  </li>
  <li class="post-copyright-link">
    <strong>本文链接：</strong>
    <a href="{BASE}{link(abbr)}" title="{sp.title}">{BASE}{link(abbr)}</a>
  </li>
  <li class="post-copyright-license">
    <strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！
  </li>
</ul>
</div>


      <footer class="post-footer">
          <div class="post-tags">
{tags}
          </div>

        


        
    <div class="post-nav">
      <div class="post-nav-item">
                {prev_}
      </div>
      <div class="post-nav-item">
                {next_}
      </div>
    </div>
      </footer>
    
  </article>
  
  
  

  </div>


          </div>
          
    <div class="comments" id="valine-comments"></div>

<script>
  window.addEventListener('tabs:register', () => {{
    let {{ activeClass }} = CONFIG.comments;
    if (CONFIG.comments.storage) {{
      activeClass = localStorage.getItem('comments_active') || activeClass;
    }}
    if (activeClass) {{
      let activeTab = document.querySelector(`a[href="#comment-${{activeClass}}"]`);
      if (activeTab) {{
        activeTab.click();
      }}
    }}
  }});
  if (CONFIG.comments.storage) {{
    window.addEventListener('tabs:click', event => {{
      if (!event.target.matches('.tabs-comment .tab-content .tab-pane')) return;
      let commentClass = event.target.classList[1];
      localStorage.setItem('comments_active', commentClass);
    }});
  }}
</script>

        </div>
"""
        + sidebar(toc_items)
        + FOOT
    )


def home_item(row):
    abbr, title, date, category = row
    post = next((p for p in POSTS if p["abbr"] == abbr), None)
    if post:
        body = excerpt_html(post)
        updated = post["updated"]
    else:
        body = f"<p>{next(o[4] for o in OTHERS if o[0] == abbr)}</p>"
        updated = date
    return f"""
  <article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{BASE}{link(abbr)}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{AUTHOR}">
    </span>
      {article_header(abbr, title, date, updated, category, home=True)}

    
    
    
    <div class="post-body" itemprop="articleBody">

      
          {body}
        <!--noindex-->
          <div class="post-button">
            <a class="btn" href="{link(abbr)}#more" rel="contents">
              阅读全文 &raquo;
            </a>
          </div>
        <!--/noindex-->
      
    </div>

    
    
    
      <footer class="post-footer">
        <div class="post-eof"></div>
      </footer>
  </article>
"""


def home_page(n):
    pages = [ALL[i : i + PER_PAGE] for i in range(0, len(ALL), PER_PAGE)]
    items = "".join(home_item(r) for r in pages[n - 1])
    if n == 1:
        pager = (
            '<nav class="pagination">\n  <span class="page-number current">1</span><a class="page-number" href="/page/2/">2</a>'
            '<a class="extend next" rel="next" href="/page/2/"><i class="fa fa-angle-right" aria-label="下一页"></i></a>\n</nav>'
        )
    else:
        pager = (
            '<nav class="pagination">\n  <a class="extend prev" rel="prev" href="/"><i class="fa fa-angle-left" aria-label="上一页"></i></a>'
            '<a class="page-number" href="/">1</a><span class="page-number current">2</span>\n</nav>'
        )
    path = "/" if n == 1 else f"/page/{n}/"
    return (
        head(SITE if n == 1 else f"{SITE}", f"{AUTHOR}的个人博客，{SUBTITLE}", {"path": path, "home": True})
        + items
        + """
          </div>
          

        </div>
          
  """
        + pager
        + "\n"
        + sidebar(None)
        + FOOT
    )


def archives_page():
    years = {}
    for r in ALL:
        years.setdefault(r[2][:4], []).append(r)
    body = ""
    for y, rs in years.items():
        body += f"""
    <div class="collection-year">
      <span class="collection-header">{y}</span>
    </div>
"""
        for abbr, title, date, _ in rs:
            body += f"""
  <article itemscope itemtype="http://schema.org/Article">
    <header class="post-header">
      <div class="post-meta">
        <time itemprop="dateCreated"
              datetime="{iso(date)}"
              content="{date[:10]}">
          {date[5:10]}
        </time>
      </div>

      <div class="post-title">
          <a class="post-title-link" href="{link(abbr)}" itemprop="url">
            <span itemprop="name">{title}</span>
          </a>
      </div>

    </header>
  </article>
"""
    return (
        head(
            f"归档 | {SITE}",
            f"{AUTHOR}的个人博客，{SUBTITLE}",
            {"path": "/archives/", "content_class": "archive"},
        )
        + f"""
  <div class="post-block">
    <div class="posts-collapse">
      <div class="collection-title">
        <span class="collection-header">嗯..! 目前共计 {len(ALL)} 篇日志。 继续努力。</span>
      </div>
{body}
    </div>
  </div>

          </div>
          

        </div>
          
"""
        + sidebar(None)
        + FOOT
    )


def atom():
    entries = ""
    for abbr, title, date, category in ALL:
        post = next((p for p in POSTS if p["abbr"] == abbr), None)
        summary = excerpt_html(post) if post else f"<p>{next(o[4] for o in OTHERS if o[0] == abbr)}</p>"
        updated = post["updated"] if post else date
        entries += f"""  <entry>
    <title>{html.escape(title)}</title>
    <link href="{BASE}{link(abbr)}"/>
    <id>{BASE}{link(abbr)}</id>
    <published>{iso(date)}</published>
    <updated>{iso(updated)}</updated>
    
    <summary type="html">{html.escape(summary)}</summary>
    
    <category term="{category}" scheme="{BASE}/categories/{category}/"/>
  </entry>
"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{SITE}</title>
  
  <subtitle>{SUBTITLE}</subtitle>
  <link href="{BASE}/atom.xml" rel="self"/>
  
  <link href="{BASE}/"/>
  <updated>{iso(ALL[0][2])}</updated>
  <id>{BASE}/</id>
  
  <author>
    <name>{AUTHOR}</name>
    
  </author>
  
  <generator uri="https://hexo.io/">Hexo</generator>
  
{entries}</feed>
"""


def build() -> Family:
    fam = Family(
        HOST, "Hexo 5 blog, NexT 7.8 theme (Gemini), GitHub Pages", content_type="text/html; charset=utf-8"
    )
    fam.put("/", home_page(1))
    fam.put("/page/2/", home_page(2))
    fam.put("/archives/", archives_page())
    fam.put("/atom.xml", atom())
    fam.not_documents += ["/", "/page/2/", "/archives/"]
    order = [r[0] for r in ALL]
    for post in POSTS:
        at = order.index(post["abbr"])
        newer = ALL[at - 1] if at > 0 else None
        older = ALL[at + 1] if at + 1 < len(ALL) else None
        fam.put(link(post["abbr"]), post_page(post, newer, older))
        fam.doc([link(post["abbr"])], post["speech"], published_at=post["date"][:10])
    # GitHub Pages serves no robots.txt unless the site has one; this blog's is hexo-generator-robotstxt's
    fam.put(
        "/robots.txt",
        f"User-agent: *\nAllow: /\nAllow: /archives/\nAllow: /posts/\nDisallow: /js/\nDisallow: /css/\nDisallow: /lib/\n\n"
        f"Sitemap: {BASE}/sitemap.xml\n",
        "ascii",
    )
    urls = (
        "".join(
            f"  <url>\n    <loc>{BASE}{link(p['abbr'])}</loc>\n    <lastmod>{p['updated'][:10]}</lastmod>\n  </url>\n"
            for p in POSTS
        )
        + f"  <url>\n    <loc>{BASE}/</loc>\n    <lastmod>{ALL[0][2][:10]}</lastmod>\n  </url>\n"
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + urls
        + "</urlset>\n",
    )
    p1 = POSTS[0]
    fam.noise += [
        p1["intro"][:24],
        "上台前在手机备忘录里临时写了几句",
        "感言全文",
        "后记",
        "念到女儿画电脑那段",
        "开学典礼现场",
        "发表于",
        "更新于",
        "分类于",
        "阅读次数",
        "本文字数",
        "阅读时长",
        "坚持原创技术分享，您的支持将鼓励我继续创作！",
        "打赏",
        "微信支付",
        "本文作者：",
        "本文链接：",
        "版权声明：",
        "本博客所有文章除特别声明外",
        "转载请注明出处",
        "# 年会",
        "# 母校",
        "阅读全文 &raquo;",
        "文章目录",
        "站点概览",
        "后端开发，偶尔跑步，喜欢读闲书。",
        "欢迎留言交流～",
        "强力驱动",
        "Redis 分布式锁踩坑记录",
        "用 GitHub Actions 自动部署 Hexo 博客",
        "嗯..! 目前共计",
    ]
    fam.note = (
        'Home `/` and `/page/2/` print each post up to `<!--more-->` (Hexo leaves `<span id="more"></span>` in the '
        "post) with the NexT `post-button` 阅读全文 »: not documents; the older speech is listed on `/page/2/`. The "
        "年会 post opens with the blogger's intro line (before `<!--more-->`, the home page's excerpt) and puts the "
        "speech under his own `## 感言全文` heading, followed by `## 后记` and a paragraph of his: neither heading "
        "nor the intro / 后记 text is part of the speech. The 开学典礼 post has a photo paragraph (alt 开学典礼现场) "
        "after the `more` marker. `/atom.xml` (summaries) and the robots `Sitemap:` (hexo-generator-sitemap, https "
        "URLs) also name the posts. published_at is the post's 发表于 date; the 年会 post was 更新于 two days later."
    )
    return fam
