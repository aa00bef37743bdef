"""Substack newsletter of a Chinese writer (`wenmi.substack.com`), as a logged-out browser gets it:
`data-rh` head tags, JSON-LD NewsArticle, the publication navbar (logo, title, Subscribe / Sign in),
`div.single-post` with `h1.post-title.published`, `h3.subtitle`, the byline (author link to
`substack.com/@…`, date `Jan 20, 2024` in a `pencraft` meta div), the `post-ufi` like / comment /
restack / Share buttons, the text in `div.available-content > div.body.markup` with the writer's own
notes around the speech (an italic 按 first, an `<hr>` and a closing note last), a
`subscription-widget-wrap-editor` and a `captioned-button-wrap` Share button inside the markup, a
`captioned-image-container` figure in the other post, the subscribe widget after the post, the post
footer ufi, `Discussion about this post` comments, `Ready for more?`, the publication footer
(© 2024 …, Privacy ∙ Terms ∙ Collection notice, Start Writing, Get the app, Substack is the home for
great culture) and `window._preloads = JSON.parse("…")` holding the post's `body_html` again. Posts at
extensionless short-hash slugs (`/p/8f2`), home `/` and `/archive` list them, robots → `sitemap.xml`;
the advertised `/feed` is not served (an extensionless feed would be typed as HTML here)."""

import html
import json

from common import SPEECHES, Family

HOST = "wenmi.substack-like.test"
PUB = "文秘手记"
AUTHOR = "周文"
HANDLE = "zhouwenmi"
PUB_DESC = "一个写了十五年材料的人，整理自己和朋友们写过的讲话稿，附一点写作心得。"
LOGO = "https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F4b1e2c3d-wenmi-logo_512x512.png"
AVATAR = "https://substackcdn.com/image/fetch/w_36,h_36,c_fill,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F9a7c-avatar_400x400.jpeg"

POSTS = [
    {
        "slug": "8f2", "id": 140318857, "speech": SPEECHES["r29b-5"], "iso": "2024-01-20T12:41:07.000Z", "shown": "Jan 20, 2024",
        "subtitle": "代部领导起草的一篇换届讲话，前后改了四稿",
        "before": "按：今天上午县作协换届，这是替部里领导起草的讲话，最后定稿基本按这一版念的。放在这里，给写同类材料的朋友参考。",
        "after": "（写作小记：这类讲话最怕写成总结报告。这次特意点了老主席和老秘书长的名字，现场掌声最响的就是那一段。）",
        "likes": 23, "restacks": 2, "figure": None,
        "comments": [("山间小溪", "Jan 21", "网络作家那段写得好，我们县也该这么办。", 3), ("老宋", "Jan 21", "“作协不是衙门”，这句领导居然没删，难得。", 5)],
    },
    {
        "slug": "c1d", "id": 145902214, "speech": SPEECHES["r29b-6"], "iso": "2024-06-21T09:15:33.000Z", "shown": "Jun 21, 2024",
        "subtitle": "今天在儿子学校的毕业典礼上，作为家长代表讲了五分钟",
        "before": "按：学校提前一周通知让我当家长代表发言，稿子写了删、删了写。下面是今天实际念的稿子。",
        "after": "（典礼结束，儿子说：爸，你讲得还行，就是太长了。）",
        "likes": 41, "restacks": 5,
        "figure": ("https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fe3f1a2b4-graduation_4032x3024.jpeg", "毕业典礼现场（作者摄）"),
        "comments": [("Lily W.", "Jun 21", "看哭了，板房那段我们家孩子也经历过。", 2)],
    },
]


def url(path):
    return f"http://{HOST}{path}"


def head(title, desc, path, post=None):
    ld = ""
    if post:
        data = {
            "@context": "https://schema.org", "@type": "NewsArticle", "url": f"https://{HOST}{path}", "mainEntityOfPage": f"https://{HOST}{path}",
            "headline": post["speech"].title, "description": post["subtitle"], "image": [{"@type": "ImageObject", "url": LOGO}],
            "datePublished": post["iso"].replace(".000Z", "+00:00"), "dateModified": post["iso"].replace(".000Z", "+00:00"), "isAccessibleForFree": True,
            "author": [{"@type": "Person", "name": AUTHOR, "url": f"https://substack.com/@{HANDLE}", "description": PUB_DESC, "identifier": "user:98231567", "image": {"@type": "ImageObject", "contentUrl": AVATAR, "thumbnailUrl": AVATAR}}],
            "publisher": {"@type": "Organization", "name": PUB, "url": f"https://{HOST}", "description": PUB_DESC, "identifier": "pub:1873402", "logo": {"@type": "ImageObject", "url": LOGO, "contentUrl": LOGO, "thumbnailUrl": LOGO}, "image": {"@type": "ImageObject", "url": LOGO}, "sameAs": []},
        }
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    og = "article" if post else "website"
    return f"""<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
        <link rel="preconnect" href="https://substackcdn.com" />
        <title data-rh="true">{html.escape(title)}</title>
        <meta data-rh="true" name="theme-color" content="#ffffff"/><meta data-rh="true" property="og:type" content="{og}"/><meta data-rh="true" property="og:title" content="{html.escape(title)}"/><meta data-rh="true" name="twitter:title" content="{html.escape(title)}"/><meta data-rh="true" name="description" content="{html.escape(desc)}"/><meta data-rh="true" property="og:description" content="{html.escape(desc)}"/><meta data-rh="true" name="twitter:description" content="{html.escape(desc)}"/><meta data-rh="true" property="og:image" content="{LOGO}"/><meta data-rh="true" name="twitter:image" content="{LOGO}"/><meta data-rh="true" name="twitter:card" content="summary"/>
        <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover" />
        <meta name="author" content="{AUTHOR}" />
        <meta property="og:url" content="https://{HOST}{path}" />
        <link rel="canonical" href="https://{HOST}{path}" />
        {ld}
        <link rel="shortcut icon" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F4b1e2c3d-wenmi-logo_512x512.png">
        <link rel="alternate" type="application/rss+xml" href="/feed" title="{PUB}"/>
        <link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.e3c1d47a9b0f62f8.css" />
        <link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/static/css/main.5a8f2c10.css" />
        <style>:root{{--background_pop:#ff6719;--cover_bg_color:#FFFFFF;--background_pop_darken:#ff5600;--print_on_pop:#ffffff;--print_pop:#ff6719;--web_bg_color:#ffffff;--background_contrast_1:#f0f0f0}}</style>
    </head>
    <body class="pc-root">
        <div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">"""


def navbar():
    return f"""<div data-testid="navbar" class="main-menu"><div class="topbar-spacer"></div><div class="topbar topbar-visible"><div class="topbar-content"><div class="pencraft pc-display-flex pc-gap-12 pc-paddingLeft-20 pc-paddingRight-20 pc-justifyContent-space-between pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset"><a href="/" class="pencraft pc-display-contents pc-reset"><div style="width:36px;height:36px" class="pencraft pc-display-flex pc-reset bg-white-ZBV5av pc-borderRadius-sm overflow-hidden-WdpwT6 sizing-border-box-DggLA4"><img src="{LOGO}" sizes="100vw" alt="{PUB}" width="80" height="80" style="width:36px;height:36px" class="img-OACg1c pencraft pc-reset"/></div></a></div><div class="pencraft pc-display-flex pc-minWidth-0 pc-reset flex-grow-rzmknG"><h1 class="pencraft pc-reset font-display-JI6z2B size-20-P_cSRT weight-bold-DmI9lw reset-IxiVJZ navbar-title"><a class="pencraft pc-reset link-HFGwoE" href="/">{PUB}</a></h1></div><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG buttonStyle-r7yGCK priority_primary-RfbeYt size_md-gCDS3o">Subscribe</button><div data-testid="user-icon"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG buttonStyle-r7yGCK priority_tertiary-rlke8z size_md-gCDS3o">Sign in</button></div></div></div></div></div></div>"""


def ufi(p, footer=False):
    return f"""<div class="post-ufi style-{'large' if footer else 'compressed'} themed"><div class="like-button-container post-ufi-button style-{'large' if footer else 'compressed'}"><a role="button" aria-label="Like ({p["likes"]})" aria-pressed="false" class="post-ufi-button style-{'large' if footer else 'compressed'} has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="#000000" stroke-width="2" stroke="#000" class="icon"><g><title></title><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z"></path></g></svg><div class="label">{p["likes"]}</div></a></div><a role="button" href="{url('/p/' + p['slug'])}/comments" aria-label="View comments ({len(p["comments"])})" class="post-ufi-button style-{'large' if footer else 'compressed'} post-ufi-comment-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="#000000" stroke-width="2" stroke="#000" class="icon"><g><title></title><path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z"></path></g></svg><div class="label">{len(p["comments"])}</div></a><a role="button" aria-label="Restack ({p["restacks"]})" class="post-ufi-button style-{'large' if footer else 'compressed'} has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" class="icon"><g><title></title><path d="M21 3V8M21 8H16M21 8L18 5.29962C16.7056 4.14183 15.0004 3.43781 13.1317 3.43781"></path></g></svg><div class="label">{p["restacks"]}</div></a><div class="post-ufi-button style-{'large' if footer else 'compressed'} with-border"><a role="button" class="post-ufi-button style-{'large' if footer else 'compressed'} has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" class="icon"><g><title></title><path d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8"></path><polyline points="16 6 12 2 8 6"></polyline><line x1="12" y1="2" x2="12" y2="15"></line></g></svg><div class="label">Share</div></a></div></div>"""


def body_markup(p):
    out = [f"<p><em>{p['before']}</em></p>"]
    paras = p["speech"].paras
    for i, t in enumerate(paras):
        out.append(f"<p>{t}</p>")
        if i == 3:
            out.append(f'<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;https://{HOST}/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading {PUB}! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')
        if p["figure"] and i == 5:
            src, cap = p["figure"]
            out.append(f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="{src}" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="{src.replace("f_auto", "f_webp")} 1456w" sizes="100vw"><img src="{src}" width="1456" height="1092" data-attrs="{{&quot;src&quot;:&quot;{src}&quot;,&quot;width&quot;:1456,&quot;height&quot;:1092,&quot;type&quot;:&quot;image/jpeg&quot;,&quot;belowTheFold&quot;:true}}" class="sizing-normal" alt="" title="" srcset="{src} 1456w" sizes="100vw" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"></div></div></div></a><figcaption class="image-caption">{cap}</figcaption></figure></div>')
    out.append("<div><hr></div>")
    out.append(f"<p>{p['after']}</p>")
    share = f"{url('/p/' + p['slug'])}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"
    out.append(f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{share}&quot;,&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}}" data-component-name="ButtonCreateButton"><a class="button primary" href="{share}"><span>Share</span></a></p>')
    return "".join(out)


def comments(p):
    items = "".join(f"""<div class="comment" id="comment-{p["id"] + n}"><div class="comment-content"><div class="profile-img-wrap"><a href="https://substack.com/profile/{71234000 + n}-" class="comment-actor-avatar"><img src="https://substackcdn.com/image/fetch/w_32,h_32,c_fill,f_auto/https%3A%2F%2Fbucketeer.s3.amazonaws.com%2Fpublic%2Fimages%2Fdefault-avatar.png" width="32" height="32" alt=""/></a></div><div class="comment-rest"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/profile/{71234000 + n}-" class="comment-actor-name">{name}</a></span><a href="{url('/p/' + p['slug'])}/comment/{p['id'] + n}" class="comment-timestamp" title="{when}">{when}</a></div><div class="comment-body"><p>{text}</p></div><div class="comment-actions"><button class="comment-action"><span>Like ({likes})</span></button><button class="comment-action"><span>Reply</span></button><button class="comment-action"><span>Share</span></button></div></div></div></div>"""
                    for n, (name, when, text, likes) in enumerate(p["comments"], 1))
    return f"""<div id="discussion" class="container comments-page-container"><div class="comments-page"><div class="comments-heading"><h4 class="comments-heading-title">Discussion about this post</h4></div><div class="comment-input-wrap"><div class="comment-input"><textarea placeholder="Write a comment..." disabled></textarea></div></div><div class="comment-list"><div class="comment-list-items">{items}</div></div></div></div>"""


FOOTER = f"""<div class="footer-wrap publication-footer"><div class="visibility-check"></div><div class="footer themed-background"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">© 2024 {AUTHOR}</div><div class="footer-terms-blurb"><a href="https://substack.com/privacy" target="_blank" rel="noopener" class="pencraft pc-reset link-HFGwoE">Privacy</a> ∙ <a href="https://substack.com/tos" target="_blank" rel="noopener" class="pencraft pc-reset link-HFGwoE">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected" target="_blank" rel="noopener" class="pencraft pc-reset link-HFGwoE">Collection notice</a></div></div><div class="footer-buttons"><a native="true" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta"><svg role="img" width="1000" height="1000" viewBox="0 0 1000 1000" fill="#ff6719" stroke-width="1.8" stroke="none" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M764.166 348.371H236.319V419.402H764.166V348.371Z"></path></g></svg><span>Start Writing</span></a><a native="true" href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="footer-substack-cta">Get the app</a></div><div class="footer-slogan-blurb"><a href="https://substack.com" native="true">Substack</a> is the home for great culture</div></div></div></div>"""


def preloads(p):
    data = {
        "isEU": False, "language": "en", "base_url": f"https://{HOST}",
        "pub": {"id": 1873402, "name": PUB, "subdomain": "wenmi", "custom_domain": None, "language": "zh", "author_id": 98231567, "hero_text": PUB_DESC, "type": "newsletter"},
    }
    if p:
        data["post"] = {"id": p["id"], "publication_id": 1873402, "title": p["speech"].title, "social_title": p["speech"].title, "search_engine_title": None,
                        "type": "newsletter", "slug": p["slug"], "post_date": p["iso"], "audience": "everyone", "write_comment_permissions": "everyone",
                        "canonical_url": f"https://{HOST}/p/{p['slug']}", "section_id": None, "reactions": {"❤": p["likes"]}, "restacks": p["restacks"],
                        "subtitle": p["subtitle"], "wordcount": p["speech"].chars(), "comment_count": len(p["comments"]), "body_html": body_markup(p),
                        "publishedBylines": [{"id": 98231567, "name": AUTHOR, "handle": HANDLE, "bio": PUB_DESC}]}
    text = json.dumps(json.dumps(data, ensure_ascii=False), ensure_ascii=False).replace("<", "\\u003C")
    return f'<script>window._preloads        = JSON.parse({text})</script><script src="https://substackcdn.com/bundle/static/js/main.48a3f0c2.js" charset="utf-8"></script><script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"wenmi\\",\\"publication_id\\":1873402,\\"has_plans\\":false,\\"pub_community_enabled\\":false,\\"is_personal_publication\\":false,\\"is_subscribed\\":false}}}}")</script>'


def post_page(p, other):
    s = p["speech"]
    path = f"/p/{p['slug']}"
    body = f"""{navbar()}<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{s.title}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">{p["subtitle"]}</h3><div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-reset"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-alignItems-center pc-justifyContent-flex-start pc-reset"><a href="https://substack.com/@{HANDLE}" aria-label="View {AUTHOR}'s profile" class="pencraft pc-display-contents pc-reset"><div style="--scale:36px" class="pencraft pc-display-flex pc-reset pc-borderRadius-full overflow-hidden-WdpwT6 sizing-border-box-DggLA4"><img src="{AVATAR}" alt="Avatar of {AUTHOR}" width="36" height="36" class="img-OACg1c pencraft pc-reset"/></div></a></div></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href="https://substack.com/@{HANDLE}" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{AUTHOR}</a></span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{p["shown"]}</div></div></div></div>{ufi(p)}</div></div>
<div class="available-content"><div dir="auto" class="body markup">{body_markup(p)}</div></div>
<div class="visibility-check"></div>
<div class="subscribe-footer"><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading {PUB}! Subscribe for free to receive new posts and support my work.</p></div><form class="form"><input type="email" name="email" placeholder="Type your email…" class="email-input"/><button type="submit" class="button primary subscribe-btn">Subscribe</button></form></div></div></div>
<div class="post-footer use-separators">{ufi(p, True)}</div></article></div></div></div></div>
{comments(p)}
<div class="container"><div class="post-recommendations"><h4 class="recommendations-title">Ready for more?</h4><div class="post-preview portable-archive-post has-image"><a href="{url('/p/' + other['slug'])}" class="pencraft pc-reset color-pub-primary-text-NyXPlw font-pub-headings-FE5byy clamp-y7pNm8 clamp-3-lxFDfR reset-IxiVJZ" data-testid="post-preview-title">{other["speech"].title}</a><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T reset-IxiVJZ">{other["shown"]}</div></div><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><form class="form"><input type="email" name="email" placeholder="Type your email…" class="email-input"/><button type="submit" class="button primary subscribe-btn">Subscribe</button></form></div></div></div></div></div>
{FOOTER}"""
    return head(f"{s.title} - {PUB}", p["subtitle"], path, p) + body + "</div></div></div>" + preloads(p) + "\n    </body>\n</html>\n"


def preview(p):
    return f"""<div class="post-preview portable-archive-post has-image" data-testid="post-preview"><div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-4 pc-reset"><a href="{url('/p/' + p['slug'])}" class="pencraft pc-reset color-pub-primary-text-NyXPlw font-pub-headings-FE5byy clamp-y7pNm8 clamp-3-lxFDfR reset-IxiVJZ" data-testid="post-preview-title">{p["speech"].title}</a><a href="{url('/p/' + p['slug'])}" class="pencraft pc-reset color-pub-secondary-text-hGQ02T clamp-y7pNm8 clamp-2-kM02pu reset-IxiVJZ">{p["subtitle"]}</a><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><time datetime="{p["iso"]}">{p["shown"]}</time></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">∙</div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><a href="https://substack.com/@{HANDLE}" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{AUTHOR}</a></div></div>{ufi(p)}</div></div>"""


def listing(path, title, heading, posts):
    tabs = f'<div class="archive-tabs"><a href="/archive?sort=new" class="archive-tab selected">Latest</a><a href="/archive?sort=top" class="archive-tab">Top</a><a href="/archive?sort=discussion" class="archive-tab">Discussions</a></div>' if path == "/archive" else ""
    hero = "" if path == "/archive" else f'<div class="home-hero"><div class="pencraft pc-display-flex pc-flexDirection-column pc-alignItems-center pc-reset"><img src="{LOGO}" width="80" height="80" alt=""/><h1 class="pencraft pc-reset font-display-JI6z2B size-30-tZAWf_ reset-IxiVJZ">{PUB}</h1><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T reset-IxiVJZ">{PUB_DESC}</div><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><form class="form"><input type="email" name="email" placeholder="Type your email…" class="email-input"/><button type="submit" class="button primary subscribe-btn">Subscribe</button></form></div></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T reset-IxiVJZ">By {AUTHOR}</div></div></div><div class="home-nav"><a href="/" class="selected">Home</a><a href="/archive">Archive</a><a href="/about">About</a></div>'
    body = f"""{navbar()}<div class="container"><div class="{'archive-page' if path == '/archive' else 'home-page'}">{hero}<h2 class="pencraft pc-reset font-pub-headings-FE5byy reset-IxiVJZ">{heading}</h2>{tabs}<div class="portable-archive-list">{"".join(preview(p) for p in posts)}</div><div class="archive-page-end">No more posts</div></div></div>{FOOTER}"""
    return head(title, PUB_DESC, path) + body + "</div></div></div>" + preloads(None) + "\n    </body>\n</html>\n"


def build() -> Family:
    fam = Family(HOST, "Substack newsletter (a Chinese writer's *.substack.com): post pages, home, archive", extensionless_html=True)
    p1, p2 = POSTS
    for p, other in ((p1, p2), (p2, p1)):
        fam.put(f"/p/{p['slug']}", post_page(p, other))
        fam.doc([f"/p/{p['slug']}"], p["speech"], published_at=p["iso"][:10])
    fam.put("/", listing("/", f"{PUB} | {AUTHOR} | Substack", "Latest", [p2, p1]))
    archive = listing("/archive", f"Archive - {PUB}", "Archive", [p2, p1])
    fam.put("/archive", archive)
    fam.route("/archive?sort=new", "/archive", archive)
    items = "".join(f"""<item><title><![CDATA[{p["speech"].title}]]></title><description><![CDATA[{p["subtitle"]}]]></description><link>https://{HOST}/p/{p["slug"]}</link><guid isPermaLink="false">https://{HOST}/p/{p["slug"]}</guid><dc:creator><![CDATA[{AUTHOR}]]></dc:creator><pubDate>{p["rss"]}</pubDate><content:encoded><![CDATA[{body_markup(p)}]]></content:encoded></item>""" for p in (dict(p2, rss="Fri, 21 Jun 2024 09:15:33 GMT"), dict(p1, rss="Sat, 20 Jan 2024 12:41:07 GMT")))
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title><![CDATA[{PUB}]]></title><description><![CDATA[{PUB_DESC}]]></description><link>https://{HOST}</link><generator>Substack</generator><lastBuildDate>Fri, 21 Jun 2024 09:20:11 GMT</lastBuildDate><atom:link href="https://{HOST}/feed" rel="self" type="application/rss+xml"/><copyright><![CDATA[{AUTHOR}]]></copyright><language><![CDATA[zh]]></language><webMaster><![CDATA[{HANDLE}@substack.com]]></webMaster>{items}</channel></rss>"""
    # the `/feed` the pages advertise is left unserved: the replica would type an extensionless feed as HTML
    del feed
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\nDisallow: /embed\nDisallow: /*/comments\nDisallow: /*/comment/\n\nSitemap: https://{HOST}/sitemap.xml\n")
    fam.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>https://{HOST}{u}</loc></url>" for u in ("/", "/archive", "/about", "/p/c1d", "/p/8f2")) + "</urlset>")
    fam.put("/about", listing("/about", f"About - {PUB}", "About", []).replace("No more posts", PUB_DESC))
    fam.not_documents += ["/", "/archive"]
    fam.noise += ["Discussion about this post", "Thanks for reading", "Ready for more?", "is the home for great culture", "© 2024 周文",
                  "按：今天上午县作协换届", "写作小记", "板房那段我们家孩子也经历过", "作者摄", "儿子说：爸", "Collection notice", "Type your email"]
    return fam
