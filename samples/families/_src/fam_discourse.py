"""A Chinese Discourse 3.2 community as a client without JavaScript gets it: the Ember app shell
(`data-preloaded` JSON, `discourse-assets` scripts) with the server-rendered view inside
`<noscript data-path="…">` between `<!-- preload-content: -->` markers — `#topic-title`, category
badge, tags, `div#post_N.topic-body.crawler-post` (`crawler-post-meta`, `time.post-time`,
`span[itemprop=position]`, `div.post[itemprop=text]` cooked HTML: lightbox image, mentions, quote
asides, oneboxes), `post-likes`, `crawler-linkback-list`, the crawler pager (`?page=2`, 20 posts a
page), 相关话题, crawler-nav footer. CJK titles give the `topic` slug: `/t/topic/N`."""

import html
import json

from common import SPEECHES, Family, render

HOST = "forum.qinghe-oss.test"
SITE = "青禾开源社区"
BASE = f"http://{HOST}"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
  <head>
    <meta charset="utf-8">
    <title>@@TITLE@@</title>
    <meta name="description" content="@@DESC@@">
    <meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 4bd4c5d8a3d9ec9f8c5e0a2b0c2d7f5c1e0f9a3b">
<link rel="icon" type="image/png" href="http://@@HOST@@/uploads/default/optimized/1X/3a1c9e7d2b_2_32x32.png">
<link rel="apple-touch-icon" type="image/png" href="http://@@HOST@@/uploads/default/optimized/1X/5d2b7a4e19_2_180x180.png">
<meta name="theme-color" media="all" content="#ffffff">

<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="@@CANON@@" />

<link rel="search" type="application/opensearchdescription+xml" href="http://@@HOST@@/opensearch.xml" title="青禾开源社区 Search">

    <link href="/stylesheets/color_definitions_base__2_6c4e1f0b9a7d3e2c5b8a1f4d7e0c3b6a9f2e5d8c.css?__ws=@@HOST@@" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="/stylesheets/desktop_bd1c2f0a4e6b8d9c3a5f7e1b2d4c6a8e0f9b1d3c.css?__ws=@@HOST@@" media="all" rel="stylesheet" data-target="desktop"  />
    <link href="/stylesheets/chat_desktop_bd1c2f0a4e6b8d9c3a5f7e1b2d4c6a8e0f9b1d3c.css?__ws=@@HOST@@" media="all" rel="stylesheet" data-target="chat_desktop"  />
    <link href="/stylesheets/discourse-solved_bd1c2f0a4e6b8d9c3a5f7e1b2d4c6a8e0f9b1d3c.css?__ws=@@HOST@@" media="all" rel="stylesheet" data-target="discourse-solved"  />
    <link href="/stylesheets/desktop_theme_3_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d.css?__ws=@@HOST@@" media="all" rel="stylesheet" data-target="desktop_theme" data-theme-id="3" data-theme-name="default"/>

    <link rel="preload" href="/assets/start-discourse-3c8a7f1e.js" as="script">
<script defer src="/assets/start-discourse-3c8a7f1e.js"></script>
    <link rel="preload" href="/assets/locales/zh_CN-9b1e4d2c.js" as="script">
<script defer src="/assets/locales/zh_CN-9b1e4d2c.js"></script>
    <link rel="preload" href="/assets/vendor-5e7a9c1b.js" as="script">
<script defer src="/assets/vendor-5e7a9c1b.js"></script>
    <link rel="preload" href="/assets/discourse-0d4f8b2e.js" as="script">
<script defer src="/assets/discourse-0d4f8b2e.js"></script>
    <link rel="preload" href="/assets/plugins/chat-1f3b6e9a.js" as="script">
<script defer src="/assets/plugins/chat-1f3b6e9a.js"></script>
    <link rel="preload" href="/assets/plugins/discourse-solved-7c2e5a0d.js" as="script">
<script defer src="/assets/plugins/discourse-solved-7c2e5a0d.js"></script>

    <meta id="data-ga-universal-analytics" data-tracking-code="" data-json="{&quot;cookieDomain&quot;:&quot;auto&quot;}" data-auto-link-domains="">

    <meta property="og:site_name" content="青禾开源社区" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:image" content="http://@@HOST@@/uploads/default/original/1X/7f2a9c4e1b.png" />
<meta property="og:image" content="http://@@HOST@@/uploads/default/original/1X/7f2a9c4e1b.png" />
<meta property="og:url" content="@@CANON@@" />
<meta name="twitter:url" content="@@CANON@@" />
<meta property="og:title" content="@@OGTITLE@@" />
<meta name="twitter:title" content="@@OGTITLE@@" />
<meta property="og:description" content="@@DESC@@" />
<meta name="twitter:description" content="@@DESC@@" />
@@EXTRAMETA@@
  </head>
  <body class="@@BODYCLASS@@">
    <discourse-assets>
  <discourse-assets-stylesheets>
  </discourse-assets-stylesheets>
  <discourse-assets-json>
    <div class="hidden" id="data-preloaded" data-preloaded="@@PRELOADED@@"></div>
    <meta id="data-discourse-setup" data-cdn="" data-base-url="http://@@HOST@@" data-base-uri="" data-environment="production" data-disable-custom-css="false" data-highlight-js-path="/highlight-js/@@HOST@@/2f1c8a9d.js" data-svg-sprite-path="/svg-sprite/@@HOST@@/svg-3-1e2d3c4b.js" data-enable-js-error-reporting="true" data-color-scheme-is-dark="false" data-user-color-scheme-id="-1" data-dark-color-scheme-id="-1" data-theme-id="3" data-locale="zh_CN">
  </discourse-assets-json>
</discourse-assets>

    <div class="hidden-login-form">
      <form id="hidden-login-form" method="post" action="/login">
        <input name="username" type="text" id="signin_username">
        <input name="password" type="password" id="signin_password">
      </form>
    </div>

    <noscript data-path="@@PATH@@">
      <header class="noscript-header">
  <a href="/">
    <img src="http://@@HOST@@/uploads/default/original/1X/2c7e4a9d1f.png" alt="青禾开源社区" id="site-logo" style="max-width: 150px;">
  </a>
</header>

      <div id="main-outlet" class="wrap" role="main">
        <!-- preload-content: -->
"""

FOOT = """        <!-- :preload-content -->
      </div>
      <footer class="container wrap">
        <nav class='crawler-nav'>
          <ul>
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='/' itemprop="url">首页 </a>
            </span>
          </li>
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='/categories' itemprop="url">类别 </a>
            </span>
          </li>
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='/guidelines' itemprop="url">常见问题解答/指南 </a>
            </span>
          </li>
            <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
              <span itemprop='name'>
                <a href='/tos' itemprop="url">服务条款 </a>
              </span>
            </li>
            <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
              <span itemprop='name'>
                <a href='/privacy' itemprop="url">隐私政策 </a>
              </span>
            </li>
          </ul>
        </nav>
        <p class='powered-by-link'>由 <a href="https://www.discourse.org">Discourse</a> 提供技术支持，启用 JavaScript 以获得最佳体验</p>
      </footer>
    </noscript>

    <div class="custom-footer-content">
<p style="text-align:center;font-size:12px;color:#999">© 2019-2024 青禾开源社区 · <a href="https://beian.miit.gov.cn/">浙ICP备19036218号-2</a> · 社区内容采用 CC BY-SA 4.0 协议</p>
</div>

    <p class="powered-by-link">由 <a href="https://www.discourse.org">Discourse</a> 提供技术支持，启用 JavaScript 以获得最佳体验</p>
  </body>
</html>
"""


def category_badge(itemprop=True):
    ip = " itemprop='item'" if itemprop else ""
    nm = " itemprop='name'" if itemprop else ""
    return f"""<a href="/c/5-category/5" class="badge-wrapper bullet"{ip}>
              <span class='badge-category-bg' style='background-color: #0E76BD'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name'{nm}>社区动态</span>
              </span>
            </a>"""


USERS = {
    "qinghe-council": ("青禾理事会", 12),
    "zhangyu": ("张宇", 3),
    "laoshu": ("老树", 7),
    "linxiaomo": ("林小默", 418),
    "dataops-wang": ("王工", 233),
    "cat_on_keyboard": ("", 961),
    "suyu": ("苏雨", 1502),
    "k8s-lover": ("", 780),
    "meimei": ("梅梅", 1333),
}


def avatar(u, size=24):
    return f'<img loading="lazy" alt="" width="{size}" height="{size}" src="/user_avatar/{HOST}/{u}/{size * 2}/{USERS[u][1]}_2.png" class="avatar">'


def quote_aside(user, post, topic, text):
    return f"""<aside class="quote no-group" data-username="{user}" data-post="{post}" data-topic="{topic}">
<div class="title">
<div class="quote-controls"></div>
{avatar(user)} {user}:</div>
<blockquote>
<p>{text}</p>
</blockquote>
</aside>
"""


def lightbox(name, dims, size, src):
    return f"""<p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/{src}.jpeg" data-download-href="/uploads/default/{src}" title="{name}"><img src="/uploads/default/optimized/2X/{src}_2_690x388.jpeg" alt="{name}" data-base62-sha1="{src}" width="690" height="388" srcset="/uploads/default/optimized/2X/{src}_2_690x388.jpeg, /uploads/default/optimized/2X/{src}_2_1035x582.jpeg 1.5x, /uploads/default/optimized/2X/{src}_2_1380x776.jpeg 2x" data-dominant-color="8C8A86"><div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">{name}</span><span class="informations">{dims} {size}</span><svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand"></use></svg></div></a></div></p>"""


def post_div(n, user, iso, shown, cooked, likes=0, linkbacks="", modified=None):
    name = USERS[user][0]
    first = n == 1
    kind = "itemscope itemtype='http://schema.org/DiscussionForumPosting'" if first else "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
    likes_html = (
        f"""
        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
          <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
          <meta itemprop="userInteractionCount" content="{likes}" />
          <span class='post-likes'>{likes} 个赞</span>
        </div>
"""
        if likes
        else ""
    )
    return f"""
      <div id='post_{n}' {kind} class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" href='{BASE}/u/{user}'><span itemprop='name'>{user}</span></a>
            {f"({name})" if name else ""}
          </span>

            <link itemprop="mainEntityOfPage" href="@@CANON@@">


          <span class="crawler-post-infos">
              <time  datetime='{iso}' class='post-time'>
                {shown}
              </time>
              <meta itemprop='dateModified' content='{modified or iso}'>
          <span itemprop='position'>{n}</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
          {cooked}
        </div>
{likes_html}
{linkbacks}
      </div>"""


FILLER = [
    "恭喜五周年！🎉",
    "从 0.3 版本一路用过来，见证了社区的成长。",
    "去年杭州站的活动去过，氛围特别好，希望今年还能办。",
    "感谢理事会！维护者轮值这个制度早就该搞了。",
    "新手任务计划怎么报名？想给文档出点力。",
    "回复楼上：理事会说下周会在“新手村”分类发帖说明。",
    "在出租屋守到凌晨三点那段，看得有点鼻酸。",
    "我们学校的课程就是用的青禾，学生反馈很好。",
    "技术决策公开讨论两周，支持！",
    "五年两万三千星，不容易。",
    "请问直播回放在哪里看？",
    "回放链接在一楼最后面。",
    "作为运维小组的一员，看到被点名感谢有点不好意思 😂",
    "祝青禾越来越好！",
    "文档翻译的同学辛苦了，越南文那版是谁做的，太强了。",
    "荣誉贡献者名录这个想法很暖。",
    "打卡，下一个五年继续。",
    "已转发到公司技术群。",
    "现场的茶歇很好吃（小声）",
    "有没有现场照片合集？",
    "相册已经上传到群文件了，论坛这边稍后整理。",
    "谢谢各位，明年见！",
    "mark 一下，回头细读。",
]
FILLER_USERS = ["linxiaomo", "dataops-wang", "cat_on_keyboard", "suyu", "k8s-lover", "meimei", "laoshu"]


def cooked_paras(paras):
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def topic_page(topic, page, pages, posts_html, title, desc, extrameta, preloaded, related):
    tid = topic["id"]
    canon = f"{BASE}/t/topic/{tid}" + (f"?page={page}" if page > 1 else "")
    nav = ""
    if page > 1:
        prev = f"/t/topic/{tid}" if page == 2 else f"/t/topic/{tid}?page={page - 1}"
        nav += f"""
        <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post">
            <span itemprop='name'><a rel="prev" itemprop="url" href="{prev}">&larr; 上一页</a></span>
        </div>"""
    if page < pages:
        nav += f"""
        <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post">
            <span itemprop='name'><b><a rel="next" itemprop="url" href="/t/topic/{tid}?page={page + 1}">下一页 &rarr;</a></b></span>
        </div>"""
    tags = "".join(
        f"<a href='/tag/{t[1]}' class='discourse-tag' rel=\"tag\">{t[0]}</a>\n            " for t in topic["tags"]
    )
    body = f"""          <div id="topic-title">
    <h1>
      <a href="/t/topic/{tid}">{html.escape(title, quote=False)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            {category_badge()}
            <meta itemprop="position" content="1" />
          </span>
      </div>

      <div class="topic-category">
        <div class='discourse-tags list-tags'>
            {tags}
        </div>
      </div>
  </div>

  


{posts_html}
{nav}

    <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">
        相关话题
      </h3>
      {related}
    </div>
"""
    page_html = HEAD + body + FOOT
    return render(
        page_html,
        TITLE=f"{html.escape(title, quote=False)}" + (f" - 第 {page} 页" if page > 1 else "") + f" - 社区动态 - {SITE}",
        DESC=desc,
        HOST=HOST,
        CANON=canon,
        OGTITLE=html.escape(title),
        EXTRAMETA=extrameta
        + (f'\n        <link rel="prev" href="/t/topic/{tid}' + ("" if page == 2 else f"?page={page - 1}") + '">' if page > 1 else "")
        + (f'\n        <link rel="next" href="/t/topic/{tid}?page={page + 1}">' if page < pages else ""),
        PRELOADED=preloaded,
        BODYCLASS="",
        PATH=f"/t/topic/{tid}",
    )


def topic_list(rows, itemprops=True):
    trs = []
    for i, (tid, title, posts, views, when) in enumerate(rows):
        trs.append(
            f"""              <tr class="topic-list-item" id="topic-list-item-{tid}">
                <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
                  <meta itemprop='position' content='{i + 1}'>
                  <span class="link-top-line">
                    <a itemprop='url' href='{BASE}/t/topic/{tid}' class='title raw-link raw-topic-link'>{html.escape(title, quote=False)}</a>
                  </span>
                  <div class="link-bottom-line">
                      {category_badge(False)}
                      <div class="discourse-tags">
                      </div>
                  </div>
                </td>
                <td class="replies">
                  <span class='posts' title='帖子'>{posts}</span>
                </td>
                <td class="views">
                  <span class='views' title='浏览量'>{views}</span>
                </td>
                <td>
                  {when}
                </td>
              </tr>"""
        )
    return f"""<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
        <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
        <table class='topic-list'>
          <thead>
            <tr>
              <th>话题</th>
              <th></th>
              <th class="replies">回复</th>
              <th class="views">浏览量</th>
              <th>活动</th>
            </tr>
          </thead>
          <tbody>
{chr(10).join(trs)}
          </tbody>
        </table>
      </div>"""


def preloaded_attr(obj):
    # Discourse preloads JSON strings inside a JSON object, HTML-escaped into the attribute
    outer = {k: json.dumps(v, ensure_ascii=False, separators=(",", ":")) for k, v in obj.items()}
    return html.escape(json.dumps(outer, ensure_ascii=False, separators=(",", ":")), quote=True)


SITE_PRELOAD = {
    "site": {"default_archetype": "regular", "notification_types": {"mentioned": 1}, "categories": [{"id": 5, "name": "社区动态", "slug": "5-category", "color": "0E76BD"}]},
    "siteSettings": {"title": SITE, "default_locale": "zh_CN", "login_required": False, "enable_long_polling": True},
    "customEmoji": [],
    "isReadOnly": False,
}

OTHER_TOPICS = [
    (1301, "【公告】2024 年度优秀贡献者评选开始提名", 38, 2104),
    (1266, "青禾 4.2 版本发布说明", 57, 5310),
    (1219, "成都站 Meetup 回顾（附全部演讲资料）", 21, 1477),
]


def build() -> Family:
    fam = Family(
        HOST,
        "Discourse 3.2 (zh_CN) community, the noscript server-rendered view (/t/topic/N, div.topic-body.crawler-post, ?page=2)",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
    )
    s5, s6 = SPEECHES["RA5"], SPEECHES["RA6"]
    t1 = {
        "id": 1287,
        "speech": s5,
        "title": "【五周年】理事长张宇在社区成立五周年庆典上的致辞（全文）",
        "tags": [("五周年", "%E4%BA%94%E5%91%A8%E5%B9%B4"), ("社区治理", "%E7%A4%BE%E5%8C%BA%E6%B2%BB%E7%90%86")],
        "iso": "2024-10-19T12:03:41Z",
        "shown": "2024 年 10 月 19 日 20:03",
        "date": "2024-10-19",
        "user": "qinghe-council",
    }
    t2 = {
        "id": 1342,
        "speech": s6,
        "title": "获奖感言：贡献不分大小（年度优秀贡献者颁奖仪式发言稿）",
        "tags": [("年度贡献者", "%E5%B9%B4%E5%BA%A6%E8%B4%A1%E7%8C%AE%E8%80%85")],
        "iso": "2024-12-22T01:30:12Z",
        "shown": "2024 年 12 月 22 日 09:30",
        "date": "2024-12-22",
        "user": "suyu",
    }
    # topic 1: note, photo after the first two paragraphs, video onebox after an <hr>
    p = s5.paras
    cooked1 = (
        f'<p>以下为理事长 <a class="mention" href="/u/zhangyu">@zhangyu</a> 在 10 月 19 日五周年庆典上的致辞全文，经本人审定。现场视频回放见文末。</p>\n'
        + cooked_paras(p[:2])
        + "\n"
        + lightbox("IMG_20241019_143512", "1920×1080", "386 KB", "qR7xK2mPzLw9vTbN3cYdE4hF")
        + "\n"
        + cooked_paras(p[2:])
        + """
<hr>
<p>现场视频回放：</p>
<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.bilibili.com/video/BV1qh4y1x7Zk/">
  <header class="source">
      <img src="/uploads/default/original/1X/bilibili_favicon.png" class="site-icon" width="16" height="16">
      <a href="https://www.bilibili.com/video/BV1qh4y1x7Zk/" target="_blank" rel="noopener nofollow ugc">bilibili.com</a>
  </header>
  <article class="onebox-body">
    <h3><a href="https://www.bilibili.com/video/BV1qh4y1x7Zk/" target="_blank" rel="noopener nofollow ugc">青禾开源五周年庆典全程回放_哔哩哔哩_bilibili</a></h3>
    <p>青禾开源社区成立五周年庆典，2024年10月19日，杭州。</p>
  </article>
  <div style="clear: both"></div>
</aside>
"""
    )
    linkbacks1 = f"""          <div class='crawler-linkback-list' itemscope itemtype='http://schema.org/ItemList'>
                <div itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
                  <a itemprop='url' href="{BASE}/t/topic/1301">【公告】2024 年度优秀贡献者评选开始提名</a>
                  <meta itemprop='position' content='1'>
                </div>
          </div>"""
    posts1 = [post_div(1, t1["user"], t1["iso"], t1["shown"], cooked1, likes=86, linkbacks=linkbacks1, modified="2024-10-20T01:12:07Z")]
    replies = []
    for i, text in enumerate(FILLER):
        n = i + 2
        user = FILLER_USERS[i % len(FILLER_USERS)]
        day, hour = 19 + (i * 5) // 24, (20 + i * 5) % 24
        iso = f"2024-10-{day:02d}T{(hour - 8) % 24:02d}:{(i * 7) % 60:02d}:00Z"
        shown = f"2024 年 10 月 {day} 日 {hour:02d}:{(i * 7) % 60:02d}"
        cooked = f"<p>{html.escape(text, quote=False)}</p>"
        if n == 8:
            cooked = quote_aside(t1["user"], 1, 1287, html.escape(p[3][:58], quote=False) + "…") + cooked
        if n == 14:
            cooked = quote_aside(t1["user"], 1, 1287, html.escape("第一类是默默维护基础设施的伙伴。", quote=False)) + cooked
        replies.append(post_div(n, user, iso, shown, cooked, likes=(i % 4)))
    pp1 = "".join(posts1 + replies[:19])
    pp2 = "".join(replies[19:])
    related1 = topic_list([(t2["id"], t2["title"], 7, 1106, "2024 年 12 月 23 日")] + [(a, b, c, d, "2024 年 11 月") for a, b, c, d in OTHER_TOPICS[:2]])
    related2 = topic_list([(t1["id"], t1["title"], 24, 3987, "2024 年 10 月 23 日")] + [(a, b, c, d, "2024 年 11 月") for a, b, c, d in OTHER_TOPICS])

    def meta_for(t, likes, readtime):
        return f"""<meta property="og:article:section" content="社区动态" />
<meta property="og:article:section:color" content="0E76BD" />
<meta property="og:article:tag" content="{t['tags'][0][0]}" />
<meta name="twitter:label1" value="阅读时间" />
<meta name="twitter:data1" value="{readtime} mins 🕑" />
<meta name="twitter:label2" value="赞" />
<meta name="twitter:data2" value="{likes} ❤" />
<meta property="article:published_time" content="{t['iso'].replace('Z', '+00:00')}" />
<meta property="og:ignore_canonical" content="true" />"""

    def preload_topic(t, cooked_first):
        return preloaded_attr(
            {
                **SITE_PRELOAD,
                f"topic_{t['id']}": {
                    "post_stream": {"posts": [{"id": t["id"] * 10 + 1, "post_number": 1, "username": t["user"], "created_at": t["iso"].replace("Z", ".000Z"), "cooked": cooked_first}], "stream": [t["id"] * 10 + 1]},
                    "id": t["id"],
                    "title": t["title"],
                    "fancy_title": t["title"],
                    "slug": "topic",
                    "category_id": 5,
                },
            }
        )

    desc1 = html.escape("以下为理事长 @zhangyu 在 10 月 19 日五周年庆典上的致辞全文，经本人审定。现场视频回放见文末。 " + p[0] + p[1][:60] + "…")
    page1 = topic_page(t1, 1, 2, pp1, t1["title"], desc1, meta_for(t1, 86, 6), preload_topic(t1, cooked1), related1)
    page2 = topic_page(t1, 2, 2, pp2, t1["title"], desc1, meta_for(t1, 86, 6), preload_topic(t1, cooked1), related1)
    fam.put(f"/t/topic/{t1['id']}", page1.replace("@@CANON@@", f"{BASE}/t/topic/{t1['id']}"))
    fam.route(f"/t/topic/{t1['id']}?page=2", f"/t/topic/{t1['id']}-page-2.html", page2)
    fam.route(f"/t/topic/{t1['id']}?page=1", f"/t/topic/{t1['id']}-page-1.html", page1)
    fam.not_documents.append(f"/t/topic/{t1['id']}?page=2")
    fam.doc([f"/t/topic/{t1['id']}"], s5, title=t1["title"], published_at=t1["date"])

    # topic 2: the winner posts her own speech; a details block with photos after it
    q = s6.paras
    cooked2 = (
        f'<p>颁奖仪式上的发言稿，好几位朋友问，就贴上来了。再次感谢 <a class="mention" href="/u/laoshu">@laoshu</a> 当年大年初二的那条回复 <img src="/images/emoji/twitter/pray.png?v=12" title=":pray:" class="emoji" alt=":pray:" loading="lazy" width="20" height="20"></p>\n<hr>\n'
        + cooked_paras(q)
        + """
<hr>
<details>
<summary>
颁奖现场照片（3 张）</summary>
"""
        + lightbox("颁奖现场", "1600×900", "241 KB", "a9Lm3QxT7pWc2ZbKv5RnHd8s")
        + """
</details>
<p><small>（发言时有几处临场改动，以这里的文字为准。）</small></p>"""
    )
    posts2 = [post_div(1, "suyu", t2["iso"], t2["shown"], cooked2, likes=53)]
    rep2 = [
        ("laoshu", "2024-12-22T02:11:40Z", "2024 年 12 月 22 日 10:11", quote_aside("suyu", 1, 1342, "那条回复，我到现在还收藏着。") + "<p>哈哈，我自己都忘了。实至名归，恭喜！</p>", 12),
        ("linxiaomo", "2024-12-22T03:20:05Z", "2024 年 12 月 22 日 11:20", "<p>“有人砌墙，有人铺路，也有人在门口点一盏灯。” 这句太好了。</p>", 9),
        ("meimei", "2024-12-22T05:46:31Z", "2024 年 12 月 22 日 13:46", "<p>我就是被苏雨老师回过帖的新人之一，现在也在帮忙答疑了 <img src=\"/images/emoji/twitter/smile.png?v=12\" title=\":smile:\" class=\"emoji\" alt=\":smile:\" loading=\"lazy\" width=\"20\" height=\"20\"></p>", 6),
        ("dataops-wang", "2024-12-22T08:03:19Z", "2024 年 12 月 22 日 16:03", quote_aside("suyu", 1, 1342, "开源是一场马拉松，不是百米冲刺") + "<p>深有同感，维护者也要注意身体。</p>", 4),
        ("zhangyu", "2024-12-22T12:30:00Z", "2024 年 12 月 22 日 20:30", "<p>代表理事会再次祝贺！明年成都站见。</p>", 7),
        ("k8s-lover", "2024-12-23T01:15:48Z", "2024 年 12 月 23 日 09:15", "<p>已收藏，明年争取也上台 💪</p>", 2),
    ]
    for i, (u, iso, shown, cooked, likes) in enumerate(rep2):
        posts2.append(post_div(i + 2, u, iso, shown, cooked, likes=likes))
    desc2 = html.escape("颁奖仪式上的发言稿，好几位朋友问，就贴上来了。再次感谢 @laoshu 当年大年初二的那条回复 " + q[0] + q[1][:50] + "…")
    tp2 = topic_page(t2, 1, 1, "".join(posts2), t2["title"], desc2, meta_for(t2, 53, 5), preload_topic(t2, cooked2), related2)
    fam.put(f"/t/topic/{t2['id']}", tp2)
    fam.doc([f"/t/topic/{t2['id']}"], s6, title=t2["title"], published_at=t2["date"])

    # listings: / (latest), /latest?page=1, the category page
    latest1 = [(t2["id"], t2["title"], 7, 1106, "2024 年 12 月 23 日"), (1301, OTHER_TOPICS[0][1], 38, 2104, "2024 年 12 月 20 日")]
    latest2 = [(OTHER_TOPICS[1][0], OTHER_TOPICS[1][1], 57, 5310, "2024 年 11 月 8 日"), (t1["id"], t1["title"], 24, 3987, "2024 年 10 月 23 日"), (1219, OTHER_TOPICS[2][1], 21, 1477, "2024 年 9 月 30 日")]

    def list_page(path, canon, title, rows, next_href=None, prev_href=None, heading=""):
        nav = ""
        if prev_href:
            nav += f"""
    <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement'>
      <span itemprop='name'><a href="{prev_href}" rel="prev" itemprop="url">&larr; 上一页</a></span>
    </div>"""
        if next_href:
            nav += f"""
    <div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement'>
      <span itemprop='name'><b><a href="{next_href}" rel="next" itemprop="url">下一页 &rarr;</a></b></span>
    </div>"""
        body = heading + topic_list(rows) + nav + "\n"
        return render(
            HEAD + body + FOOT,
            TITLE=title,
            DESC="青禾开源社区：开源数据处理工具“青禾”的中文用户与开发者社区。",
            HOST=HOST,
            CANON=canon,
            OGTITLE=SITE,
            EXTRAMETA="",
            PRELOADED=preloaded_attr({**SITE_PRELOAD, "topic_list": {"topic_list": {"per_page": 30, "more_topics_url": "/latest?page=1"}}}),
            BODYCLASS="",
            PATH=path,
        )

    home = list_page("/", f"{BASE}/", SITE, latest1, next_href="/latest?page=1")
    fam.put("/", home)
    fam.route("/latest?page=1", "/latest-page-1.html", list_page("/latest", f"{BASE}/latest?page=1", f"{SITE} - 最新话题", latest2, prev_href="/latest"))
    fam.put("/latest", list_page("/latest", f"{BASE}/latest", f"{SITE} - 最新话题", latest1, next_href="/latest?page=1"))
    cat_head = """<h1>
    <a href="/c/5-category/5">社区动态</a>
  </h1>
  <p>社区活动、治理公告、版本发布与年度盘点</p>
"""
    fam.put("/c/5-category/5", list_page("/c/5-category/5", f"{BASE}/c/5-category/5", f"社区动态 - {SITE}", latest1 + latest2, heading=cat_head))
    fam.not_documents += ["/", "/latest", "/latest?page=1", "/c/5-category/5"]
    fam.put(
        "/robots.txt",
        "# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\n#\nUser-agent: *\nDisallow: /admin/\nDisallow: /auth/\nDisallow: /assets/browser-update*.js\nDisallow: /email/\nDisallow: /session\nDisallow: /user-api-key\nDisallow: /*?api_key*\nDisallow: /*?*api_key*\nDisallow: /badges\nDisallow: /u/\nDisallow: /my\nDisallow: /search\nDisallow: /tag/*/l\nDisallow: /g\nDisallow: /t/*/*.rss\nDisallow: /c/*.rss\n",
    )
    fam.noise += [
        "以下为理事长",
        "经本人审定",
        "现场视频回放",
        "IMG_20241019_143512",
        "1920×1080",
        "386 KB",
        "青禾开源五周年庆典全程回放",
        "颁奖仪式上的发言稿，好几位朋友问",
        "当年大年初二的那条回复",
        "颁奖现场照片",
        "以这里的文字为准",
        "个赞",
        "相关话题",
        "恭喜五周年",
        "荣誉贡献者名录这个想法很暖",
        "哈哈，我自己都忘了",
        "这句太好了",
        "深有同感，维护者也要注意身体",
        "明年成都站见",
        "启用 JavaScript 以获得最佳体验",
        "服务条款",
        "下一页",
        "社区内容采用 CC BY-SA 4.0 协议",
        "【公告】2024 年度优秀贡献者评选开始提名",
    ]
    return fam
