"""Hexo 6 blog with the Butterfly 4.x theme (zh-CN), a librarian-turned-社区 worker's personal blog.

hexo-abbrlink permalinks `/posts/<8 hex>/`; home `/` (`#recent-posts` cards `recent-post-item`: cover,
`article-title`, `article-meta-wrap`, `content` = the post's description) and `/page/2/`; 归档 `/archives/`
(`article-sort` with `article-sort-item year` / `article-sort-item-time` / `article-sort-item-title`);
posts: `#page-header.post-bg` with `#post-info` (`h1.post-title`, `post-meta` 发表于 / 更新于 / 分类 /
字数总计 / 阅读时长 / busuanzi 阅读量), `article#article-container.post-content` opening and closing with
the blogger's own `note` tag-plugin boxes (`div.note info flat` first, `div.note success flat` last),
the speech's 一、二、三 headings as `h2` with `headerlink` anchors, blogger-added `h2`s in the other post;
`post-copyright` (文章作者 / 文章链接 / 版权声明), `tag_share`, `post-reward` 赞赏 box (微信 / 支付宝 QR),
上一篇 / 下一篇, 相关推荐, twikoo comment slot, aside `card-info` + `#card-toc` 目录 + 最新文章 cards,
footer 框架 Hexo | 主题 Butterfly, ICP, rightside buttons."""

from common import SPEECHES, Family

HOST = "www.shuyuan-butterfly.test"
SITE = "书缘小记"
AUTHOR = "林小满"
P1, P2 = "5d1f8a2c", "9b07e34d"
OTHERS = [("c3e91a07", "社区手机课堂第三期小结：教老人用健康码和挂号小程序", "2024-09-14", "随笔", "社区手机课堂已经办到第三期了，这次的主题是挂号和缴费……"),
          ("a18f02d6", "读《去有风的地方》原著小说笔记", "2024-02-02", "读书", "过年前一口气读完，记几段喜欢的句子……"),
          ("7e4b6c19", "少儿部五年故事会的一些数字", "2023-12-30", "图书馆", "年底整理台账，顺手把这五年的故事会场次统计了一下……")]

HEAD = """<!DOCTYPE html><html lang="zh-CN" data-theme="light"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1.0,viewport-fit=cover"><title>@@TITLE@@</title><meta name="author" content="林小满"><meta name="copyright" content="林小满"><meta name="format-detection" content="telephone=no"><meta name="theme-color" content="#ffffff"><meta name="description" content="@@DESC@@">
<meta property="og:type" content="@@OGTYPE@@"><meta property="og:title" content="@@TITLE@@"><meta property="og:url" content="http://www.shuyuan-butterfly.test@@PATH@@"><meta property="og:site_name" content="书缘小记"><meta property="og:description" content="@@DESC@@"><meta property="og:locale" content="zh_CN"><meta property="og:image" content="http://www.shuyuan-butterfly.test/img/avatar.jpg">@@ARTMETA@@<meta name="twitter:card" content="summary"><link rel="shortcut icon" href="/img/favicon.png"><link rel="canonical" href="http://www.shuyuan-butterfly.test@@PATH@@"><link rel="preconnect" href="//cdn.jsdelivr.net"/><link rel="preconnect" href="//busuanzi.ibruce.info"/><link rel="stylesheet" href="/css/index.css"><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free/css/all.min.css" media="print" onload="this.media='all'">
<script>const GLOBAL_CONFIG = { 
  root: '/',
  algolia: undefined,
  localSearch: {"path":"/search.xml","preload":false,"top_n_per_article":1,"unescape":false,"languages":{"hits_empty":"找不到您查询的内容：${query}","hits_stats":"共找到 ${hits} 篇文章"}},
  translate: undefined,
  noticeOutdate: undefined,
  highlight: {"plugin":"highlighjs","highlightCopy":true,"highlightLang":true,"highlightHeightLimit":false},
  copy: {
    success: '复制成功',
    error: '复制错误',
    noSupport: '浏览器不支持'
  },
  relativeDate: {
    homepage: false,
    post: false
  },
  runtime: '',
  dateSuffix: {
    just: '刚刚',
    min: '分钟前',
    hour: '小时前',
    day: '天前',
    month: '个月前'
  },
  copyright: {"limitCount":50,"languages":{"author":"作者: 林小满","link":"链接: ","source":"来源: 书缘小记","info":"著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"}},
  lightbox: 'fancybox',
  Snackbar: undefined,
  source: {
    justifiedGallery: {
      js: 'https://cdn.jsdelivr.net/npm/flickr-justified-gallery/dist/fjGallery.min.js',
      css: 'https://cdn.jsdelivr.net/npm/flickr-justified-gallery/dist/fjGallery.min.css'
    }
  },
  isPhotoFigcaption: false,
  islazyload: false,
  isAnchor: false,
  percent: {
    toc: true,
    rightside: false,
  },
  autoDarkmode: false
}</script><script id="config-diff">var GLOBAL_CONFIG_SITE = {
  title: '@@TITLE@@',
  isPost: @@ISPOST@@,
  isHome: @@ISHOME@@,
  isHighlightShrink: false,
  isToc: @@ISPOST@@,
  postUpdate: '@@UPDATED@@'
}</script><meta name="generator" content="Hexo 6.3.0"><link rel="alternate" href="/atom.xml" title="书缘小记" type="application/atom+xml">
</head><body><div id="loading-box"><div class="loading-left-bg"></div><div class="loading-right-bg"></div><div class="spinner-box"><div class="configure-border-1"><div class="configure-core"></div></div><div class="configure-border-2"><div class="configure-core"></div></div><div class="loading-word">加载中...</div></div></div><script>(()=>{
  const $loadingBox = document.getElementById('loading-box')
  const $body = document.body
  const preloader = {
    endLoading: () => {
      $body.style.overflow = ''
      $loadingBox.classList.add('loaded')
    },
    initLoading: () => {
      $body.style.overflow = 'hidden'
      $loadingBox.classList.remove('loaded')
    }
  }
  preloader.initLoading()
  window.addEventListener('load',() => { preloader.endLoading() })
})()</script><div id="sidebar"><div id="menu-mask"></div><div id="sidebar-menus"><div class="avatar-img is-center"><img src="/img/avatar.jpg" onerror="onerror=null;src='/img/friend_404.gif'" alt="avatar"/></div><div class="sidebar-site-data site-data is-center"><a href="/archives/"><div class="headline">文章</div><div class="length-num">26</div></a><a href="/tags/"><div class="headline">标签</div><div class="length-num">18</div></a><a href="/categories/"><div class="headline">分类</div><div class="length-num">5</div></a></div><hr class="custom-hr"/>@@MENUS@@</div></div>
"""

MENUS = """<div class="menus_items"><div class="menus_item"><a class="site-page" href="/"><i class="fa-fw fas fa-home"></i><span> 首页</span></a></div><div class="menus_item"><a class="site-page" href="/archives/"><i class="fa-fw fas fa-archive"></i><span> 归档</span></a></div><div class="menus_item"><a class="site-page" href="/tags/"><i class="fa-fw fas fa-tags"></i><span> 标签</span></a></div><div class="menus_item"><a class="site-page" href="/categories/"><i class="fa-fw fas fa-folder-open"></i><span> 分类</span></a></div><div class="menus_item"><a class="site-page" href="/link/"><i class="fa-fw fas fa-link"></i><span> 友链</span></a></div><div class="menus_item"><a class="site-page" href="/about/"><i class="fa-fw fas fa-heart"></i><span> 关于</span></a></div></div>"""

NAV = """<nav id="nav"><span id="blog-info"><a href="/" title="书缘小记"><span class="site-name">书缘小记</span></a></span><div id="menus"><div id="search-button"><a class="site-page social-icon search" href="javascript:void(0);"><i class="fas fa-search fa-fw"></i><span> 搜索</span></a></div>""" + MENUS + """<div id="toggle-menu"><a class="site-page" href="javascript:void(0);"><i class="fas fa-bars fa-fw"></i></a></div></div></nav>"""

ASIDE_INFO = """<div class="card-widget card-info"><div class="is-center"><div class="avatar-img"><img src="/img/avatar.jpg" onerror="this.onerror=null;this.src='/img/friend_404.gif'" alt="avatar"/></div><div class="author-info__name">林小满</div><div class="author-info__description">在图书馆干了十年，现在在社区上班。记点书，记点人。</div></div><div class="card-info-data site-data is-center"><a href="/archives/"><div class="headline">文章</div><div class="length-num">26</div></a><a href="/tags/"><div class="headline">标签</div><div class="length-num">18</div></a><a href="/categories/"><div class="headline">分类</div><div class="length-num">5</div></a></div><a id="card-info-btn" target="_blank" rel="noopener" href="https://github.com/linxiaoman-like"><i class="fab fa-github"></i><span>Follow Me</span></a></div><div class="card-widget card-announcement"><div class="item-headline"><i class="fas fa-bullhorn fa-shake"></i><span>公告</span></div><div class="announcement_content">文章均为原创，转载请留言告知。评论区欢迎交流～</div></div>"""


def recent(exclude=None):
    items = [(P1, SPEECHES["f48c-5"].title, SPEECHES["f48c-5"].date), *[(a, t, d) for a, t, d, _, _ in OTHERS[:1]], (P2, SPEECHES["f48c-2"].title, SPEECHES["f48c-2"].date), *[(a, t, d) for a, t, d, _, _ in OTHERS[1:]]]
    out = ""
    for a, t, d in items[:5]:
        if a == exclude:
            continue
        out += f'<div class="aside-list-item"><a class="thumbnail" href="/posts/{a}/" title="{t}"><img src="/img/cover/{a}.jpg" onerror="this.onerror=null;this.src=\'/img/404.jpg\'" alt="{t}"/></a><div class="content"><a class="title" href="/posts/{a}/" title="{t}">{t}</a><time datetime="{d}T02:00:00.000Z" title="发表于 {d} 10:00:00">{d}</time></div></div>'
    return f'<div class="card-widget card-recent-post"><div class="item-headline"><i class="fas fa-history"></i><span>最新文章</span></div><div class="aside-list">{out}</div></div>'


FOOT = """<footer id="footer" style="background-image: url('/img/footer.jpg')"><div id="footer-wrap"><div class="copyright">&copy;2021 - 2024 By 林小满</div><div class="framework-info"><span>框架 </span><a target="_blank" rel="noopener" href="https://hexo.io">Hexo</a><span class="footer-separator">|</span><span>主题 </span><a target="_blank" rel="noopener" href="https://github.com/jerryc127/hexo-theme-butterfly">Butterfly</a></div><div class="footer_custom_text"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">浙ICP备2021037712号-1</a></div></div></footer></div><div id="rightside"><div id="rightside-config-hide"><button id="readmode" type="button" title="阅读模式"><i class="fas fa-book-open"></i></button><button id="darkmode" type="button" title="浅色和深色模式转换"><i class="fas fa-adjust"></i></button><button id="hide-aside-btn" type="button" title="单栏和双栏切换"><i class="fas fa-arrows-alt-h"></i></button></div><div id="rightside-config-show"><button id="rightside-config" type="button" title="设置"><i class="fas fa-cog fa-spin"></i></button>@@RSEXTRA@@<button id="go-up" type="button" title="回到顶部"><span class="scroll-percent"></span><i class="fas fa-arrow-up"></i></button></div></div><div id="local-search"><div class="search-dialog"><nav class="search-nav"><span class="search-dialog-title">搜索</span><span id="loading-status"></span><button class="search-close-button"><i class="fas fa-times"></i></button></nav><div class="is-center" id="loading-database"><i class="fas fa-spinner fa-pulse"></i><span>  数据库加载中</span></div><div class="search-wrap"><div id="local-search-input"><div class="local-search-box"><input class="local-search-box--input" placeholder="搜索文章" type="text"/></div></div><hr/><div id="local-search-results"></div><div id="local-search-stats-wrap"></div></div></div><div id="search-mask"></div></div><div><script src="/js/utils.js"></script><script src="/js/main.js"></script><script src="https://cdn.jsdelivr.net/npm/@fancyapps/ui/dist/fancybox/fancybox.umd.min.js"></script><script src="/js/search/local-search.js"></script><div class="js-pjax">@@PJAX@@</div><script async data-pjax src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script></div></body></html>
"""

TWIKOO = """<script>(()=>{
  const init = () => {
    twikoo.init(Object.assign({
      el: '#twikoo-wrap',
      envId: 'https://twikoo.shuyuan-butterfly.test/',
      region: '',
      onCommentLoaded: () => {
        btf.loadLightbox(document.querySelectorAll('#twikoo .tk-content img:not(.tk-owo-emotion)'))
      }
    }, null))
  }
  const loadTwikoo = () => {
    if (typeof twikoo === 'object') setTimeout(init,0)
    else getScript('https://cdn.jsdelivr.net/npm/twikoo/dist/twikoo.all.min.js').then(init)
  }
  if ('Twikoo' === 'Twikoo' || !false) {
    if (false) btf.loadComment(document.getElementById('twikoo-wrap'), loadTwikoo)
    else loadTwikoo()
  }
})()</script>"""


def page(path, title, desc, body, *, post=False, home=False, updated="", artmeta="", header=""):
    head = HEAD.replace("@@MENUS@@", MENUS)
    rs = '<button id="toc-btn" type="button" title="目录"><i class="fas fa-list-ul"></i></button><a id="to_comment" href="#post-comment" title="直达评论"><i class="fas fa-comments"></i></a>' if post else ""
    out = head.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@PATH@@", path).replace("@@OGTYPE@@", "article" if post else "website").replace("@@ARTMETA@@", artmeta).replace("@@ISPOST@@", "true" if post else "false").replace("@@ISHOME@@", "true" if home else "false").replace("@@UPDATED@@", updated)
    return out + f'<div class="{"post" if post else "page"}" id="body-wrap">{header}{body}' + FOOT.replace("@@RSEXTRA@@", rs).replace("@@PJAX@@", TWIKOO if post else "")


def h2(text):
    return f'<h2 id="{text}"><a href="#{text}" class="headerlink" title="{text}"></a>{text}</h2>'


def post_page(abbr, sp, *, cat, tags, words, minutes, updated, first_note, last_note, body_html, heads, prev, nxt, related, pv_title):
    path = f"/posts/{abbr}/"
    d = sp.date
    header = f"""<header class="post-bg" id="page-header" style="background-image: url('/img/cover/{abbr}.jpg')">{NAV}<div id="post-info"><h1 class="post-title">{sp.title}</h1><div id="post-meta"><div class="meta-firstline"><span class="post-meta-date"><i class="far fa-calendar-alt fa-fw post-meta-icon"></i><span class="post-meta-label">发表于</span><time class="post-meta-date-created" datetime="{d}T12:30:00.000Z" title="发表于 {d} 20:30:00">{d}</time><span class="post-meta-separator">|</span><i class="fas fa-history fa-fw post-meta-icon"></i><span class="post-meta-label">更新于</span><time class="post-meta-date-updated" datetime="{updated}T01:12:00.000Z" title="更新于 {updated} 09:12:00">{updated}</time></span><span class="post-meta-categories"><span class="post-meta-separator">|</span><i class="fas fa-inbox fa-fw post-meta-icon"></i><a class="post-meta-categories" href="/categories/{cat[1]}/">{cat[0]}</a></span></div><div class="meta-secondline"><span class="post-meta-separator">|</span><span class="post-meta-wordcount"><i class="far fa-file-word fa-fw post-meta-icon"></i><span class="post-meta-label">字数总计:</span><span class="word-count">{words}</span><span class="post-meta-separator">|</span><i class="far fa-clock fa-fw post-meta-icon"></i><span class="post-meta-label">阅读时长:</span><span>{minutes}分钟</span></span><span class="post-meta-separator">|</span><span class="post-meta-pv-cv" id="" data-flag-title="{pv_title}"><i class="far fa-eye fa-fw post-meta-icon"></i><span class="post-meta-label">阅读量:</span><span id="busuanzi_value_page_pv"><i class="fa-solid fa-spinner fa-spin"></i></span></span><span class="post-meta-separator">|</span><span class="post-meta-commentcount"><i class="far fa-comments fa-fw post-meta-icon"></i><span class="post-meta-label">评论数:</span><a href="{path}#post-comment"><span id="twikoo-count"><i class="fa-solid fa-spinner fa-spin"></i></span></a></span></div></div></div></header>"""
    toc = "".join(f'<li class="toc-item toc-level-2"><a class="toc-link" href="#{h}"><span class="toc-number">{i}.</span> <span class="toc-text">{h}</span></a></li>' for i, h in enumerate(heads, 1))
    tag_links = "".join(f'<a class="post-meta__tags" href="/tags/{slug}/">{t}</a>' for t, slug in tags)
    pv, nx = prev, nxt
    nav = ""
    if pv:
        nav += f'<div class="prev-post pull-left"><a href="/posts/{pv[0]}/" title="{pv[1]}"><img class="cover" src="/img/cover/{pv[0]}.jpg" onerror="onerror=null;src=\'/img/404.jpg\'" alt="cover of previous post"><div class="pagination-info"><div class="label">上一篇</div><div class="prev_info">{pv[1]}</div></div></a></div>'
    if nx:
        nav += f'<div class="next-post pull-right"><a href="/posts/{nx[0]}/" title="{nx[1]}"><img class="cover" src="/img/cover/{nx[0]}.jpg" onerror="onerror=null;src=\'/img/404.jpg\'" alt="cover of next post"><div class="pagination-info"><div class="label">下一篇</div><div class="next_info">{nx[1]}</div></div></a></div>'
    rel = "".join(f'<div><a href="/posts/{a}/" title="{t}"><img class="cover" src="/img/cover/{a}.jpg" alt="cover"><div class="content is-center"><div class="date"><i class="far fa-calendar-alt fa-fw"></i> {dd}</div><div class="title">{t}</div></div></a></div>' for a, t, dd in related)
    body = f"""<main class="layout" id="content-inner"><div id="post"><article class="post-content" id="article-container"><div class="note info flat"><p>{first_note}</p></div>
{body_html}
<div class="note success flat"><p>{last_note}</p></div>
</article><div class="post-copyright"><div class="post-copyright__author"><span class="post-copyright-meta"><i class="fas fa-circle-user fa-fw"></i>文章作者: </span><span class="post-copyright-info"><a href="http://www.shuyuan-butterfly.test">{AUTHOR}</a></span></div><div class="post-copyright__type"><span class="post-copyright-meta"><i class="fas fa-square-arrow-up-right fa-fw"></i>文章链接: </span><span class="post-copyright-info"><a href="http://www.shuyuan-butterfly.test{path}">http://www.shuyuan-butterfly.test{path}</a></span></div><div class="post-copyright__notice"><span class="post-copyright-meta"><i class="fas fa-circle-exclamation fa-fw"></i>版权声明: </span><span class="post-copyright-info">本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" target="_blank">CC BY-NC-SA 4.0</a> 许可协议。转载请注明来自 <a href="http://www.shuyuan-butterfly.test" target="_blank">{SITE}</a>！</span></div></div><div class="tag_share"><div class="post-meta__tag-list">{tag_links}</div><div class="post_share"><div class="social-share" data-image="/img/cover/{abbr}.jpg" data-sites="wechat,weibo,qq"></div><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/butterfly-extsrc/sharejs/dist/css/share.min.css" media="print" onload="this.media='all'"><script src="https://cdn.jsdelivr.net/npm/butterfly-extsrc/sharejs/dist/js/social-share.min.js" defer></script></div></div><div class="post-reward"><div class="reward-button"><i class="fas fa-qrcode"></i>赞赏</div><div class="reward-main"><ul class="reward-all"><li class="reward-item"><a href="/img/reward/wechat.png" target="_blank"><img class="post-qr-code-img" src="/img/reward/wechat.png" alt="微信"/></a><div class="post-qr-code-desc">微信</div></li><li class="reward-item"><a href="/img/reward/alipay.png" target="_blank"><img class="post-qr-code-img" src="/img/reward/alipay.png" alt="支付宝"/></a><div class="post-qr-code-desc">支付宝</div></li></ul></div></div><nav class="pagination-post" id="pagination">{nav}</nav><div class="relatedPosts"><div class="headline"><i class="fas fa-thumbs-up fa-fw"></i><span>相关推荐</span></div><div class="relatedPosts-list">{rel}</div></div><hr class="custom-hr"/><div id="post-comment"><div class="comment-head"><div class="comment-headline"><i class="fas fa-comments fa-fw"></i><span> 评论</span></div></div><div class="comment-wrap"><div><div id="twikoo-wrap"></div></div></div></div></div><div class="aside-content" id="aside-content">{ASIDE_INFO}<div class="sticky_layout"><div class="card-widget" id="card-toc"><div class="item-headline"><i class="fas fa-stream"></i><span>目录</span><span class="toc-percentage"></span></div><div class="toc-content"><ol class="toc">{toc}</ol></div></div>{recent(abbr)}</div></div></main>"""
    art = f'<meta property="article:published_time" content="{d}T12:30:00.000Z"><meta property="article:modified_time" content="{updated}T01:12:00.000Z"><meta property="article:author" content="林小满">' + "".join(f'<meta property="article:tag" content="{t}">' for t, _ in tags)
    return page(path, f"{sp.title} | {SITE}", first_note[:80], body, post=True, updated=f"{updated} 09:12:00", artmeta=art, header=header)


def build() -> Family:
    fam = Family(HOST, "Hexo 6 + Butterfly 4 personal blog", content_type="text/html; charset=utf-8")
    s_lib, s_old = SPEECHES["f48c-2"], SPEECHES["f48c-5"]
    # library training speech: its 一、二、三 headings become h2
    body1, heads1 = [], []
    for para in s_lib.paras:
        if para[:2] in ("一、", "二、", "三、"):
            body1.append(h2(para))
            heads1.append(para)
        else:
            body1.append(f"<p>{para}</p>")
    first1 = "这是去年十月我在少儿部志愿者培训会上的讲话稿。那时候还在图书馆上班，马上要调去社区了，这算是在少儿部讲的最后一次话。存在这里，也算给五年的故事会留个念想。"
    last1 = "讲完以后有位退休的数学老师来找我，说他想专门给孩子们讲数学绘本。后来他成了我们最受欢迎的志愿者之一。——2023年10月21日晚补记"
    body1_html = "".join(body1)
    p_lib = post_page(P2, s_lib, cat=("图书馆", "%E5%9B%BE%E4%B9%A6%E9%A6%86"), tags=[("讲稿", "%E8%AE%B2%E7%A8%BF"), ("阅读推广", "%E9%98%85%E8%AF%BB%E6%8E%A8%E5%B9%BF"), ("志愿服务", "%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1")],
                      words="1.1k", minutes=3, updated="2024-01-05", first_note=first1, last_note=last1,
                      body_html=body1_html,
                      heads=heads1, prev=(OTHERS[2][0], OTHERS[2][1]), nxt=(OTHERS[1][0], OTHERS[1][1]),
                      related=[(P1, s_old.title, s_old.date), (OTHERS[2][0], OTHERS[2][1], OTHERS[2][2])], pv_title=s_lib.title)
    first2 = "驿站今天正式启用了，仪式上我代表社区讲了几句。从车棚改造到今天开门，前后折腾了一年多，稿子改了五遍。把定稿贴在这里。"
    last2 = "中午跟老人们一起吃的饭，红烧冬瓜有点咸，回头跟师傅说。下午统计，第一天来驿站的老人有六十三位。"
    body2 = h2("致辞全文") + "".join(f"<p>{x}</p>" for x in s_old.paras) + h2("一点补充")
    p_old = post_page(P1, s_old, cat=("社区", "%E7%A4%BE%E5%8C%BA"), tags=[("讲稿", "%E8%AE%B2%E7%A8%BF"), ("养老", "%E5%85%BB%E8%80%81")],
                      words="1k", minutes=3, updated="2024-11-07", first_note=first2, last_note=last2, body_html=body2,
                      heads=["致辞全文", "一点补充"], prev=None, nxt=(OTHERS[0][0], OTHERS[0][1]),
                      related=[(P2, s_lib.title, s_lib.date), (OTHERS[0][0], OTHERS[0][1], OTHERS[0][2])], pv_title=s_old.title)
    fam.put(f"/posts/{P2}/", p_lib)
    fam.put(f"/posts/{P1}/", p_old)
    fam.doc([f"/posts/{P1}/"], s_old)
    fam.doc([f"/posts/{P2}/"], s_lib)

    def card(a, t, d, cat, desc, i):
        side = "left" if i % 2 == 0 else "right"
        return f'<div class="recent-post-item"><div class="post_cover {side}"><a href="/posts/{a}/" title="{t}"><img class="post-bg" src="/img/cover/{a}.jpg" onerror="this.onerror=null;this.src=\'/img/404.jpg\'" alt="{t}"></a></div><div class="recent-post-info"><a class="article-title" href="/posts/{a}/" title="{t}">{t}</a><div class="article-meta-wrap"><span class="post-meta-date"><i class="far fa-calendar-alt"></i><span class="article-meta-label">发表于</span><time class="post-meta-date-created" datetime="{d}T12:30:00.000Z" title="发表于 {d} 20:30:00">{d}</time></span><span class="article-meta"><span class="article-meta-separator">|</span><i class="fas fa-inbox"></i><a class="article-meta__categories" href="/categories/">{cat}</a></span></div><div class="content">{desc}</div></div></div>'

    posts = [(P1, s_old.title, s_old.date, "社区", first2), (*OTHERS[0],), (*OTHERS[1],), (*OTHERS[2],), (P2, s_lib.title, s_lib.date, "图书馆", first1),
             ("4c0d7b3a", "把旧书捐给山区学校的流程记录", "2023-08-19", "图书馆", "好几个朋友问怎么捐书，整理一下……")]
    home_header = f'<header class="full_page" id="page-header" style="background-image: url(\'/img/banner.jpg\')">{NAV}<div id="site-info"><h1 id="site-title">{SITE}</h1><div id="site-subtitle"><span id="subtitle"></span></div></div><div id="scroll-down"><i class="fas fa-angle-down scroll-down-effects"></i></div></header>'
    small_header = f'<header class="not-home-page" id="page-header" style="background-image: url(\'/img/banner.jpg\')">{NAV}<div id="page-site-info"><h1 id="site-title">@@H@@</h1></div></header>'

    def home_page(items, cur):
        cards = "".join(card(a, t, d, c, desc, i) for i, (a, t, d, c, desc) in enumerate(items))
        pag = ('<div class="pagination"><span class="page-number current">1</span><a class="page-number" href="/page/2/#content-inner">2</a><a class="extend next" rel="next" href="/page/2/#content-inner"><i class="fas fa-chevron-right fa-fw"></i></a></div>' if cur == 1 else
               '<div class="pagination"><a class="extend prev" rel="prev" href="/#content-inner"><i class="fas fa-chevron-left fa-fw"></i></a><a class="page-number" href="/#content-inner">1</a><span class="page-number current">2</span></div>')
        body = f'<main class="layout" id="content-inner"><div class="recent-posts" id="recent-posts">{cards}<nav id="pagination">{pag}</nav></div><div class="aside-content" id="aside-content">{ASIDE_INFO}<div class="sticky_layout">{recent()}</div></div></main>'
        return page("/" if cur == 1 else "/page/2/", SITE if cur == 1 else f"{SITE} - 第 2 页", "在图书馆干了十年，现在在社区上班。", body, home=cur == 1, header=home_header if cur == 1 else small_header.replace("@@H@@", SITE))

    fam.put("/", home_page(posts[:4], 1))
    fam.put("/page/2/", home_page(posts[4:], 2))
    arch = ""
    year = None
    for a, t, d, c, desc in posts:
        if d[:4] != year:
            year = d[:4]
            arch += f'<div class="article-sort-item year">{year}</div>'
        arch += f'<div class="article-sort-item"><a class="article-sort-item-img" href="/posts/{a}/" title="{t}"><img src="/img/cover/{a}.jpg" onerror="this.onerror=null;this.src=\'/img/404.jpg\'" alt="{t}"></a><div class="article-sort-item-info"><div class="article-sort-item-time"><i class="far fa-calendar-alt"></i><time class="post-meta-date-created" datetime="{d}T12:30:00.000Z" title="发表于 {d} 20:30:00">{d}</time></div><a class="article-sort-item-title" href="/posts/{a}/" title="{t}">{t}</a></div></div>'
    arch_body = f'<main class="layout" id="content-inner"><div id="page"><div id="archive"><div class="article-sort-title">文章总览 - 26</div><div class="article-sort">{arch}</div><nav id="pagination"><div class="pagination"><span class="page-number current">1</span><a class="page-number" href="/archives/page/2/#content-inner">2</a><a class="extend next" rel="next" href="/archives/page/2/#content-inner"><i class="fas fa-chevron-right fa-fw"></i></a></div></nav></div></div><div class="aside-content" id="aside-content">{ASIDE_INFO}<div class="sticky_layout">{recent()}<div class="card-widget card-archives"><div class="item-headline"><i class="fas fa-archive"></i><span>归档</span></div><ul class="card-archive-list"><li class="card-archive-list-item"><a class="card-archive-list-link" href="/archives/2024/11/"><span class="card-archive-list-date">十一月 2024</span><span class="card-archive-list-count">1</span></a></li><li class="card-archive-list-item"><a class="card-archive-list-link" href="/archives/2023/10/"><span class="card-archive-list-date">十月 2023</span><span class="card-archive-list-count">1</span></a></li></ul></div></div></div></main>'
    fam.put("/archives/", page("/archives/", f"归档 | {SITE}", "归档", arch_body, header=small_header.replace("@@H@@", "归档")))
    fam.put("/robots.txt", "User-agent: *\nAllow: /\nDisallow: /img/\n\nSitemap: http://www.shuyuan-butterfly.test/sitemap.xml\n")
    fam.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(f"  <url>\n    <loc>http://www.shuyuan-butterfly.test{u}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n" for u, d in [(f"/posts/{P1}/", "2024-11-07"), (f"/posts/{P2}/", "2024-01-05"), ("/", "2024-11-07"), ("/archives/", "2024-11-07")]) + "</urlset>\n")
    fam.not_documents += ["/", "/page/2/", "/archives/"]
    fam.noise += ["致辞全文", "一点补充", first1[:20], last1[:20], first2[:20], last2[:20], "赞赏", "文章作者", "版权声明", "相关推荐", "上一篇", "下一篇", "浙ICP备2021037712号-1"]
    return fam
