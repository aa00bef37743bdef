"""聯合新聞網 (udn.com) article pages, the 2023-24 template: zh-Hant-TW, UTF-8, extensionless
`/news/story/<cate>/<id>`; `article-content__breadcrumb` (首頁 / 地方 / 縣市), `h1.article-content__title`,
`article-content__info` (`time.article-content__time`, `span.article-content__author` 聯合報／ 記者…／…即時報導),
追蹤 / 分享 bar, `section.article-content__editor` with the cover `figure` and `figcaption`
(記者…／攝影), the news preamble paragraph (`…以下為致詞全文：`), the speech, ad slots between
paragraphs, 延伸閱讀 inside the editor, `article-content__tags`, 推薦文章 / 延伸閱讀 lists, udn 討論區 box,
app / LINE prompts, 會員登入 and the udn footer. Home `/news/index`, the 地方 channel
`/news/cate/2/6641`. Expected texts are Simplified (compare after conversion)."""

import opencc
from common import SPEECHES, Family, render

HOST = "udn-news.test"
TO_TW = opencc.OpenCC("s2twp")
TO_CN = opencc.OpenCC("tw2sp")


def tw(text: str) -> str:
    return TO_TW.convert(text)


C, D = SPEECHES["F34C"], SPEECHES["F34D"]
STORIES = [
    # speech, cate, id, time, county crumb (id, name), reporter, place, preamble, caption, tags
    (
        C, 7324, 7853216, "2024-03-22 18:30", (7324, "屏東縣"), "林秀美", "屏東",
        "屏東縣政府今天舉辦全縣長期照顧服務推進座談會，縣長在會中宣布提高偏遠地區照服員交通補助、在各鄉鎮衛生所設立長照單一窗口等措施，並向長照第一線人員致謝。以下為致詞全文：",
        "屏東縣長今天出席長照服務推進座談會致詞。記者林秀美／攝影",
        ["長照", "屏東", "高齡化"],
    ),
    (
        D, 7325, 8315940, "2024-10-26 12:05", (7325, "嘉義縣"), "魯永明", "嘉義",
        "嘉義縣一所創校一甲子的高中今天舉行六十週年校慶大會，上千名校友返校，八十歲的第一屆校友也從台中搭車回來。校長在大會致詞回顧建校歷史並提出未來發展方向，以下為致詞全文：",
        "高中今天舉行建校六十週年校慶大會，校長致詞。記者魯永明／攝影",
        ["校慶", "嘉義", "教育"],
    ),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta property="og:site_name" content="聯合新聞網">
<meta property="og:type" content="@@OGTYPE@@">
<meta property="og:title" content="@@OGTITLE@@">
<meta property="og:url" content="@@CANON@@">
<meta property="og:image" content="https://pgw.udn.com.tw/gw/photo.php?u=https://uc.udn.com.tw/photo/2024/udn_og.jpg">
<meta property="fb:app_id" content="350590318340437">
@@EXTRAMETA@@
<link rel="canonical" href="@@CANON@@">
<link rel="stylesheet" href="https://p.udn.com.tw/static/css/pc/udn-news/news.min.css?t=20240301">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.dataLayer = window.dataLayer || [];dataLayer.push(@@DATALAYER@@);</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5CMHR66');</script>
</head>
<body class="@@BODYCLASS@@">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5CMHR66" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<header id="header" class="header">
  <div class="header__wrapper">
    <a class="header__logo" href="/news/index" title="聯合新聞網"><img src="https://p.udn.com.tw/static/img/UDN_BABY.png" alt="聯合新聞網"></a>
    <nav class="navigation"><ul class="navigation__list">
      <li><a href="/news/breaknews/1">即時</a></li><li><a href="/news/cate/2/6638">要聞</a></li><li><a href="/news/cate/2/6639">社會</a></li><li><a href="/news/cate/2/6641">地方</a></li><li><a href="/news/cate/2/6640">產經</a></li><li><a href="/news/cate/2/6649">生活</a></li><li><a href="/news/cate/2/11195">文教</a></li><li><a href="/news/cate/2/6643">評論</a></li><li><a href="https://opinion.udn.com/">鳴人堂</a></li><li><a href="https://health.udn.com/">元氣網</a></li>
    </ul></nav>
    <div class="header__member"><a class="header__login" href="https://member.udn.com/member/login.jsp?site=news&amp;redirect=">會員登入</a> <a href="https://udn.com/news/app">下載 App</a></div>
  </div>
</header>
<main class="main">
<div class="wrapper wrapper--article">
"""

FOOT = """</div>
<aside class="sidebar">
  <section class="sidebar__section"><h3 class="sidebar__title">熱門新聞</h3><ol class="story-list">@@HOT@@</ol></section>
  <div id="ad_pc_aside_1" class="ad-block"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-aside-1');});</script></div>
  <section class="sidebar__section sidebar__line"><a href="https://line.me/R/ti/p/@udnnews">加入 LINE 好友</a>，即時新聞不漏接</section>
</aside>
</main>
<footer class="footer">
  <div class="footer__links"><a href="https://udn.com/news/about">關於我們</a> | <a href="https://udn.com/news/privacy">隱私權聲明</a> | <a href="https://udn.com/news/copyright">著作權聲明</a> | <a href="https://udn.com/news/contact">聯絡我們</a> | <a href="https://udn.com/news/ad">廣告刊登</a></div>
  <p class="footer__copyright">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p>
  <p class="footer__copyright">聯合線上公司 著作權所有 &copy; udn.com. All Rights Reserved.</p>
</footer>
<div class="app-banner" id="app-banner"><span>用 App 看更多新聞</span><a href="https://udn.com/news/app">開啟 App</a></div>
<script src="https://p.udn.com.tw/static/js/pc/udn-news/news.min.js?t=20240301"></script>
</body>
</html>
"""


def story_path(s):
    return f"/news/story/{s[1]}/{s[2]}"


def hot():
    return "".join(f'<li><a href="{story_path(s)}">{tw(s[0].title)}</a></li>' for s in STORIES)


def ad(n):
    return (
        f'<div id="ad_body_{n}" class="ad-block ad-block--inline"><div id="div-gpt-ad-body-{n}">'
        f"<script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-body-{n}');}});</script></div></div>"
    )


def story_page(s, other):
    speech, cate, sid, when, (cid, cname), reporter, place, pre, caption, tags = s
    title = tw(speech.title)
    paras = [f"<p>{tw(p)}</p>" for p in speech.paras]
    paras.insert(4, ad(1))
    paras.insert(9, ad(2))
    editor = "\n".join(
        [
            f'<figure class="article-content__cover"><picture><img src="https://pgw.udn.com.tw/gw/photo.php?u=https://uc.udn.com.tw/photo/2024/{sid}.jpg&amp;x=0&amp;y=0&amp;sw=0&amp;sh=0&amp;exp=3600" alt="{caption}" title="{caption}"></picture><figcaption class="article-content__cover-caption">{caption}</figcaption></figure>',
            f"<p>{pre}</p>",
            *paras,
            f'<p><strong>延伸閱讀</strong></p>\n<ul class="article-content__related-in"><li><a href="{story_path(other)}">{tw(other[0].title)}</a></li></ul>',
        ]
    )
    iso = when.replace(" ", "T") + ":00+08:00"
    canon = f"https://{HOST}{story_path(s)}"
    body = f"""<div class="wrapper-left">
<section class="article-content">
<nav class="article-content__breadcrumb"><a class="breadcrumb-items" href="/news/index">首頁</a><a class="breadcrumb-items" href="/news/cate/2/6641">地方</a><a class="breadcrumb-items" href="/news/cate/2/6641/{cid}">{cname}</a></nav>
<h1 class="article-content__title">{title}</h1>
<div class="article-content__info">
<time class="article-content__time">{when}</time>
<span class="article-content__author"><a href="/news/reporter/{sid % 1000}">聯合報</a>／ 記者{reporter}／{place}即時報導</span>
</div>
<div class="article-content__subscribe"><a class="btn-follow" href="https://member.udn.com/member/login.jsp?site=news">追蹤</a> <span class="article-content__share"><a href="https://www.facebook.com/sharer/sharer.php?u={canon}" target="_blank" rel="noopener">分享</a> <a href="https://social-plugins.line.me/lineit/share?url={canon}" target="_blank" rel="noopener">LINE</a> <a class="article-content__font" href="javascript:void(0);">字級</a></span></div>
<section class="article-content__editor ">
{editor}
</section>
<section class="article-content__tags"><span class="article-content__tags-title">#</span>{''.join(f'<a class="tag" href="/search/tagging/2/{t}" rel="tag"><span>{t}</span></a>' for t in tags)}</section>
<div class="article-content__note">※ 本新聞內容未經授權不得轉載。想看更多地方新聞，請下載 <a href="https://udn.com/news/app">udn 新聞 App</a></div>
</section>
<section class="story-list__news context-box"><h3 class="context-box__title">推薦文章</h3><div class="story-list__holder"><div class="story-list__text"><h2><a href="{story_path(other)}">{tw(other[0].title)}</a></h2><time class="story-list__time">{other[3]}</time></div></div></section>
<section class="context-box udn-discuss"><h3 class="context-box__title">udn 討論區</h3><div class="fb-comments" data-href="{canon}" data-numposts="5" data-width="100%"></div><p class="udn-discuss__note">0 則留言</p><script async defer src="https://connect.facebook.net/zh_TW/sdk.js#xfbml=1&amp;version=v17.0"></script></section>
</div>
"""
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{title}","datePublished":"{iso}","dateModified":"{iso}",'
        f'"author":{{"@type":"Person","name":"{reporter}"}},"publisher":{{"@type":"Organization","name":"聯合新聞網"}},'
        f'"mainEntityOfPage":"{canon}","articleSection":"地方"}}</script>'
    )
    extra = (
        f'<meta name="date" content="{when.replace("-", "/")}:00">\n'
        f'<meta property="article:published_time" content="{iso}">\n'
        f'<meta property="article:section" content="地方">\n<meta name="news_keywords" content="{",".join(tags)}">\n{ld}'
    )
    page = HEAD + body + FOOT
    return render(
        page,
        TITLE=f"{title} | {cname} | 地方 | 聯合新聞網",
        DESC=pre[:90],
        OGTYPE="article",
        OGTITLE=f"{title} | 聯合新聞網",
        EXTRAMETA=extra,
        CANON=canon,
        DATALAYER=f'{{"cate":"地方","sub_cate":"{cname}","article_id":"{sid}","publication_date":"{when}","author":"{reporter}"}}',
        BODYCLASS="story",
        HOT=hot(),
    )


def listing(title, canon, items_html, heading):
    body = f"""<div class="wrapper-left">
<section class="context-box">
<h2 class="context-box__title">{heading}</h2>
<div class="story-list__news">
{items_html}
</div>
<div class="btn-more"><button class="btn-more__button" data-url="/api/more?page=1&amp;channelId=2&amp;cate_id=6641&amp;type=cate_latest_news">看更多</button></div>
</section>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=title,
        DESC="聯合新聞網提供即時新聞、地方新聞、生活、文教等最新消息。",
        OGTYPE="website",
        OGTITLE=title,
        EXTRAMETA="",
        CANON=canon,
        DATALAYER='{"cate":"地方"}',
        BODYCLASS="cate",
        HOT=hot(),
    )


def items():
    out = []
    for s in reversed(STORIES):
        out.append(
            f'<div class="story-list__holder"><div class="story-list__image"><a href="{story_path(s)}"><img src="https://pgw.udn.com.tw/gw/photo.php?u=https://uc.udn.com.tw/photo/2024/{s[2]}.jpg" alt=""></a></div>'
            f'<div class="story-list__text"><h2><a href="{story_path(s)}" title="{tw(s[0].title)}">{tw(s[0].title)}</a></h2>'
            f'<p><a href="{story_path(s)}">{s[7][:60]}…</a></p><time class="story-list__time">{s[3]}</time></div></div>'
        )
    return "\n".join(out)


def build() -> Family:
    fam = Family(
        HOST,
        "聯合新聞網 (udn.com) article template (zh-Hant-TW, UTF-8, extensionless /news/story/cate/id)",
        extensionless_html=True,
        home="/news/index",
        site_note="udn.com-like: /news/index, /news/cate/2/6641, extensionless /news/story/<cate>/<id>; Traditional script, expected texts are Simplified",
    )
    for i, s in enumerate(STORIES):
        other = STORIES[1 - i]
        fam.put(story_path(s), story_page(s, other))
        speech = s[0]
        fam.doc([story_path(s)], speech, text=TO_CN.convert(tw(speech.text)), title=TO_CN.convert(tw(speech.title)), published_at=s[3][:10])
    fam.put("/news/index", listing("聯合新聞網：最懂你的新聞網站", "https://udn-news.test/news/index", items(), "即時新聞"))
    fam.put("/news/cate/2/6641", listing("地方 | 聯合新聞網", "https://udn-news.test/news/cate/2/6641", items(), "地方"))
    fam.not_documents += ["/news/index", "/news/cate/2/6641"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /api/\n")
    fam.noise += [
        "以下為致詞全文",
        "記者林秀美／攝影",
        "即時報導",
        "延伸閱讀",
        "推薦文章",
        "udn 討論區",
        "本新聞內容未經授權不得轉載",
        "聯合線上公司 著作權所有",
        "加入 LINE 好友",
        "會員登入",
        "熱門新聞",
        "用 App 看更多新聞",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = "pages are Traditional script (zh-Hant-TW); expected titles and texts are Simplified: compare after converting; each speech follows a news preamble ending 以下為致詞全文："
    return fam
