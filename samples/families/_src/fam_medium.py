"""Medium (medium.com) story pages of a Chinese-writing author, as a logged-out browser gets the
server-rendered React page: `data-rh` head tags (og / `article:published_time` / twitter reading
time / JSON-LD NewsArticle with `isAccessibleForFree`), the top bar (Write / Sign up / Sign in),
atomic CSS class soup, `h1.pw-post-title[data-testid=storyTitle]`, the byline (authorPhoto,
authorName, Follow, storyReadTime `6 min read`, storyPublishDate `Feb 26, 2023`), the clap
(`headerClapButton`, `pw-multi-vote-count`) / responses / bookmark / Listen / Share bar, the text in
`p.pw-post-body-paragraph[data-selectable-paragraph]`, tags, the footer clap bar, the `Written by`
author box (Followers, Follow), Responses, `More from`, `Recommended from Medium`, the Help / Status
/ About footer, and `window.__APOLLO_STATE__` with the paragraphs again. One speech is posted as two
stories, （上） and （下）, each linking the other in the author's own first/last paragraph; the other
is a `Member-only story` cut by the logged-out paywall (`Create an account to read the full story.`).
Internal links carry Medium's `?source=…` tracking query (query routes to the same files); the
sitemap index `/sitemap/sitemap.xml` (robots) lists the stories by day."""

import html
import json

import json

from common import FAMILIES, SPEECHES, Family, split_paras

HOST = "medium-like.test"
USER = "linqiu"
NAME = "林秋"
BIO = "墨尔本读博第四年，学联志愿者。写点留学生活，也写点开源。"
AVATAR = "https://miro.medium-like.test/v2/resize:fill:88:88/1*Qm3vX8kPz2LwRt5YcN0eJg.jpeg"

S3, S4 = SPEECHES["r29b-3"], SPEECHES["r29b-4"]
PART1, PART2 = split_paras(S3.paras, 2)

STORIES = {
    "a3f9c2d81b47": {
        "title": f"{S3.title}（上）", "paras": PART1, "iso": "2023-02-26T11:04:52.311Z", "shown": "Feb 26, 2023",
        "read": "4 min read", "claps": "56", "responses": 2, "member": False, "tags": ["Chinese", "Melbourne", "Student Life"],
        "after": ("（未完，下篇见：", "d51e7a0b9c36", f"{S3.title}（下）", "）"), "before": None,
    },
    "d51e7a0b9c36": {
        "title": f"{S3.title}（下）", "paras": PART2, "iso": "2023-02-27T09:37:15.842Z", "shown": "Feb 27, 2023",
        "read": "4 min read", "claps": "41", "responses": 1, "member": False, "tags": ["Chinese", "Melbourne", "Student Life"],
        "after": None, "before": ("（接上篇：", "a3f9c2d81b47", f"{S3.title}（上）", "）"),
    },
    "6c08e2f4b1a9": {
        "title": S4.title, "paras": S4.paras[:3], "iso": "2023-12-09T13:20:08.117Z", "shown": "Dec 9, 2023",
        "read": "5 min read", "claps": "128", "responses": 4, "member": True, "tags": ["Open Source", "Community", "中文"],
        "subtitle": "七年，三百多位贡献者，一次投毒事件之后我们想清楚的几件事", "after": None, "before": None,
    },
}
ORDER = ["6c08e2f4b1a9", "d51e7a0b9c36", "a3f9c2d81b47"]

PCLS = "pw-post-body-paragraph nc nd gu ne b nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz gn bk"
A = "af ag ah ai aj ak al am an ao ap aq ar as at au av aw ax ay az ba bb bc bd be bf bg bh bi bj bk"


def src(kind, story="", n=0):
    if kind == "post":
        return f"post_page-----{story}--------------------------------"
    if kind == "profile":
        return f"user_profile---------{n}----------------------------"
    return f"author_recirc-----{story}----{n}---------------------{story[::-1][:12]}-------"


def pid(key, i):
    return f"{key[i % 12:i % 12 + 2]}{'0123456789abcdef'[i % 16]}{'fedcba9876543210'[(i * 7) % 16]}"


def head(title, desc, path, story=None):
    meta = ""
    if story:
        s = story
        ld = {
            "@context": "http://schema.org", "@type": "NewsArticle",
            "image": ["https://miro.medium-like.test/v2/resize:fit:1200/1*Qm3vX8kPz2LwRt5YcN0eJg.jpeg"],
            "url": f"https://{HOST}{path}", "dateCreated": s["iso"], "datePublished": s["iso"], "dateModified": s["iso"],
            "headline": s["title"], "name": s["title"], "description": desc, "identifier": path.rsplit("/", 1)[1],
            "author": {"@type": "Person", "name": NAME, "url": f"https://{HOST}/@{USER}"}, "creator": [NAME],
            "publisher": {"@type": "Organization", "name": "Medium", "url": f"https://{HOST}/",
                          "logo": {"@type": "ImageObject", "width": 500, "height": 110, "url": "https://miro.medium-like.test/v2/resize:fit:500/7%2AV1_7XP4snlmqrc_0Njontw.png"}},
            "mainEntityOfPage": f"https://{HOST}{path}", "isAccessibleForFree": not s["member"],
        }
        meta = (f'<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="{s["iso"]}"/>'
                f'<meta data-rh="true" name="author" content="{NAME}"/><meta data-rh="true" property="article:author" content="https://{HOST}/@{USER}"/>'
                f'<meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="{s["read"]}"/>'
                f'<meta data-rh="true" property="al:android:url" content="medium://p/{path.rsplit("/", 1)[1]}"/>'
                f'<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return f"""<!doctype html><html lang="en"><head><title data-rh="true">{html.escape(title)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="al:ios:app_store_id" content="828256236"/><meta data-rh="true" property="al:android:package" content="com.medium.reader"/><meta data-rh="true" property="fb:app_id" content="542599432471018"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" name="title" content="{html.escape(title)}"/><meta data-rh="true" property="og:title" content="{html.escape(title)}"/><meta data-rh="true" name="description" content="{html.escape(desc)}"/><meta data-rh="true" property="og:description" content="{html.escape(desc)}"/><meta data-rh="true" property="og:url" content="https://{HOST}{path}"/><meta data-rh="true" name="twitter:site" content="@Medium"/><meta data-rh="true" name="robots" content="index,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/>{meta}<link data-rh="true" rel="icon" href="https://miro.medium-like.test/v2/resize:fill:256:256/1*VzTUkfeGymHP4Bvav-T-lA.png"/><link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/><link data-rh="true" rel="canonical" href="https://{HOST}{path}"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com{path}"/><link data-rh="true" id="glyph_preload_link" rel="preload" as="style" type="text/css" href="https://glyph.medium-like.test/css/unbound.css"/><link data-rh="true" id="glyph_link" rel="stylesheet" type="text/css" href="https://glyph.medium-like.test/css/unbound.css"/><style type="text/css" data-fela-rehydration="548" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, pre, form{{margin:0}}</style><style type="text/css" data-fela-rehydration="548" data-fela-type="RULE">.a{{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen, Ubuntu, Cantarell, "Open Sans", "Helvetica Neue", sans-serif}}.b{{font-weight:400}}.c{{background-color:rgba(255, 255, 255, 1)}}.l{{display:block}}.ab{{display:flex}}.bf{{font-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}}.gu{{color:rgba(36, 36, 36, 1)}}.ne{{font-family:source-serif-pro, Georgia, Cambria, "Times New Roman", Times, serif}}.nf{{font-size:20px}}.ng{{line-height:32px}}.nh{{letter-spacing:-0.003em}}</style></head>"""


def topbar():
    return f"""<div class="l c"><div class="l c"><div class="m n o p q r s t u v w x y z"><div class="ab ac ad ae af ag ah ai aj ak"><div class="ab q al"><a data-testid="headerMediumLogo" href="/?source={src('post', 'nav')}" class="{A}" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="bl bm"><g data-name="Layer 2"><g data-name="Layer 1"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36M911.56 296.36c0 154.06-65.89 279-147.17 279s-147.17-124.94-147.17-279 65.88-279 147.16-279 147.17 124.9 147.17 279M1043.63 296.36c0 138-23.17 249.94-51.76 249.94s-51.75-111.91-51.75-249.94 23.17-249.94 51.75-249.94 51.76 111.9 51.76 249.94"></path></g></g></svg></a><div class="bn h"><div class="ab bo bp bq br bs bt bu bv bw"><div class="bx ab by"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M4.1 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0"></path></svg></div><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay ce cf cg z ch ci cj ck cl cm cn co" placeholder="Search" value=""/></div></div></div><div class="h k w ff fg"><div class="fh ab"><span><a class="{A}" data-testid="headerWriteButton" href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story&amp;source=---two_column_layout_nav-----------------------new_post_topnav-----------" rel="noopener follow"><div class="bf b bg z dt fi fj ab q fk fl"><svg width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0z"></path></svg><div class="dv l">Write</div></div></a></span></div><div class="fm ab"><span><a class="{A} fn fo fp fq fr" href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F&amp;source=post_page---two_column_layout_nav-----------------------global_nav-----------" rel="noopener follow">Sign up</a></span><span><a class="{A}" href="/m/signin?operation=login&amp;redirect=https%3A%2F%2Fmedium.com%2F&amp;source=post_page---two_column_layout_nav-----------------------global_nav-----------" rel="noopener follow">Sign in</a></span></div><div class="l" aria-hidden="false"><button class="ay ft am ab q ao fu fv fw" aria-label="user options menu" data-testid="headerUserIcon"><div class="l fq"><img alt="" class="l fe by bz ca cx" src="https://miro.medium-like.test/v2/resize:fill:64:64/1*dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" loading="lazy" role="presentation"/></div></button></div></div></div></div></div></div>"""


def author_link(key, inner, cls=A):
    return f'<a class="{cls}" href="/@{USER}?source={src("post", key)}" rel="noopener follow">{inner}</a>'


def clap_bar(key, s, top):
    test = "headerClapButton" if top else "footerClapButton"
    return f"""<div class="ab co it iu iv iw ix iy iz ja jb jc jd je jf jg jh ji"><div class="h k w ea eb q"><div class="jy l"><div class="ab q jz ka"><div class="pw-multi-vote-icon ed kb kc kd ke"><span><a class="{A}" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fvote%2Fp%2F{key}&amp;operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F{key}&amp;user={USER}&amp;userId=8c2e4b1f0a37&amp;source={src('post', key)}" rel="noopener follow"><div><div class="bl" aria-hidden="false"><div class="kf ao kg kh ki kj am kk kl km kn ke"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112-.337-2.501z" clip-rule="evenodd"></path></svg></div></div></div></a></span></div><div class="pw-multi-vote-count l ko kp kq kr ks kt ku"><p class="bf b dv z dt"><span class="kv">{s["claps"]}</span></p></div></div></div><div><div class="bl" aria-hidden="false"><button class="ao kf ky kz ab q ee la lb" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="lc"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598z"></path></svg><p class="bf b dv z dt"><span class="pw-responses-count lc ld">{s["responses"]}</span></p></button></div></div></div><div class="ab q jj jk jl jm jn jo jp jq jr js jt ju jv jw jx"><div class="le k j i d"></div><div class="h k"><div><div class="bl" aria-hidden="false"><span><a class="{A}" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fbookmark%2Fp%2F{key}&amp;operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F{key}&amp;source={src('post', key)}" rel="noopener follow"><svg width="25" height="25" fill="none" viewBox="0 0 25 25" class="lg" aria-label="Add to list bookmark button"><path fill="currentColor" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18zM7 7a1 1 0 0 1 1-1h3.5a.5.5 0 0 0 0-1H8a2 2 0 0 0-2 2v14a.5.5 0 0 0 .805.396L12.5 17l5.695 4.396A.5.5 0 0 0 19 21v-8.5a.5.5 0 0 0-1 0v7.485l-5.195-4.012a.5.5 0 0 0-.61 0L7 19.985z"></path></svg></a></span></div></div></div>{'<div class="ep lh cm"><div class="l ae"><div class="ab ca"><div class="li lj lk ll lm ln ch bg"><div class="ab"><div class="bl bg" aria-hidden="false"><div><div class="bl" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="' + A + ' lo lp lc lq lr ls lt lu s lv lw lx ly lz ma mb u mc md me"><div class="ab q"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 2 6.477 2 12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 1-.777-.416V8.934a.5.5 0 0 1 .777-.416l4.599 3.066a.5.5 0 0 1 0 .832" clip-rule="evenodd"></path></svg><div class="j i d"><p class="bf b bg z dt">Listen</p></div></div></button></div></div></div></div></div></div></div></div>' if top else ''}<div class="bl" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bl" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="{'headerSocialShareButton' if top else 'footerSocialShareButton'}" class="{A} lo lp lc lq lr ls lt lu s lv lw lx ly lz ma mb u mc md me"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 .068.498" clip-rule="evenodd"></path></svg><div class="j i d"><p class="bf b bg z dt">Share</p></div></button></div></div></div></div></div>""".replace('data-testid="headerClapButton"', "").replace('<div class="kf ao', f'<div data-testid="{test}" class="kf ao', 1)


def para(key, i, text):
    p = pid(key, i)
    return f'<p id="{p}" class="{PCLS}" data-selectable-paragraph="">{text}</p>'


def note(key, i, n):
    lead, target, label, tail = n
    return para(key, i, f'{lead}<a class="af of" href="http://{HOST}/@{USER}/{target}" rel="noopener">{label}</a>{tail}')


PAYWALL = f"""<div class="og oh oi oj ok l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ol om on oo op oq or os ot ou ov ow ox ab q" data-testid="paywall"><div class="ab ch oy"><svg width="64" height="64" fill="none" viewBox="0 0 64 64"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 0 0 1-3.732 0l-5.771-15.87a2.02 2.02 0 0 0-1.194-1.195L7.298 33.866a1.99 1.99 0 0 1 0-3.732l15.87-5.771a2.02 2.02 0 0 0 1.195-1.194l5.771-15.871a1.99 1.99 0 0 1 3.732 0l5.771 15.87a2.02 2.02 0 0 0 1.194 1.195l15.871 5.771a1.99 1.99 0 0 1 0 3.732l-15.87 5.771a2.02 2.02 0 0 0-1.195 1.194"></path></svg><h2 class="bf gv oz pa pb pc pd pe bk">Create an account to read the full story.</h2><p class="bf b pf pg bk">The author made this story available to Medium members only.<br/>If you’re new to Medium, create a new account to read this story on us.</p><div class="ph pi pj pk l"><a class="{A} pl pm pn po pp pq" href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F6c08e2f4b1a9&amp;~feature=LoOpenInAppButton&amp;~channel=ShowPostUnderUser&amp;source=post_page-----6c08e2f4b1a9--------------------------------" rel="noopener follow">Continue in app</a></div><div class="pr l"><p class="bf b bg z dt">Or, continue in mobile web</p></div><div class="ps pt l"><button class="{A} pu pv">Sign up with Google</button><button class="{A} pu pv">Sign up with Facebook</button></div><p class="bf b bg z dt">Already have an account? <a class="{A}" href="/m/signin?operation=login&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F6c08e2f4b1a9&amp;source=post_page-----6c08e2f4b1a9---------------------post_regwall-----------" rel="noopener follow">Sign in</a></p></div></div></div></div></div>"""

RESPONSES = {
    "a3f9c2d81b47": [("Zoe Chen", "Feb 27, 2023", "租房那段太真实了，我去年就差点被“房东在国外”骗了押金。"), ("阿哲", "Mar 1, 2023", "学长讲得很好，周四的互助小组还开吗？")],
    "d51e7a0b9c36": [("Momo", "Feb 28, 2023", "中秋晚会求早点发报名链接！")],
    "6c08e2f4b1a9": [("Kevin Liu", "Dec 10, 2023", "Thanks for sharing. 投毒事件的复盘能单独写一篇吗？"), ("Yuki", "Dec 11, 2023", "新手问题那个承诺很打动人。")],
}


NAME_P = f'<p class="bf b bg z bk">{NAME}</p>'


def more_from(key):
    items = []
    for n, other in enumerate(k for k in ORDER if k != key):
        o = STORIES[other]
        star = '<div class="ab q"><svg width="16" height="16" fill="none" viewBox="0 0 64 64"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 0 0 1-3.732 0"></path></svg><p class="bf b bg z dt">Member-only story</p></div>' if o["member"] else ""
        items.append(f'<div class="qc qd l"><article class="qe" data-testid="post-preview"><div class="l ae"><div class="ab">{author_link(key, NAME_P)}</div>{star}<a class="{A}" href="/@{USER}/{other}?source={src("recirc", key, n + 1)}" rel="noopener follow"><h2 class="bf gv jb z qf qg qh qi qj qk ql qm qn qo qp qq bk">{o["title"]}</h2><div class="qr l"><h3 class="bf b jb z qf qg qh qi qj qk ql qm qn qo qp bk">{(o.get("subtitle") or o["paras"][1])[:40]}…</h3></div></a><div class="ab q"><span class="bf b bg z dt">{o["read"]}</span><span class="bf b bg z dt">·</span><span class="bf b bg z dt">{o["shown"]}</span></div></div></article></div>')
    return "".join(items)


def story_page(key):
    s = STORIES[key]
    path = f"/@{USER}/{key}"
    desc = (s.get("subtitle") or s["paras"][1])[:140]
    paras = []
    i = 0
    if s["before"]:
        paras.append(note(key, i, s["before"])); i += 1
    for text in s["paras"]:
        paras.append(para(key, i, text)); i += 1
    if s["after"]:
        paras.append(note(key, i, s["after"])); i += 1
    member = '<div class="ab cn"><div class="ab q gq"><svg width="16" height="16" fill="none" viewBox="0 0 64 64"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 0 0 1-3.732 0l-5.771-15.87a2.02 2.02 0 0 0-1.194-1.195L7.298 33.866a1.99 1.99 0 0 1 0-3.732l15.87-5.771a2.02 2.02 0 0 0 1.195-1.194l5.771-15.871a1.99 1.99 0 0 1 3.732 0l5.771 15.87a2.02 2.02 0 0 0 1.194 1.195l15.871 5.771a1.99 1.99 0 0 1 0 3.732l-15.87 5.771a2.02 2.02 0 0 0-1.195 1.194"></path></svg><p class="bf b bg z dt">Member-only story</p></div></div>' if s["member"] else ""
    subtitle = f'<h2 id="{pid(key, 99)}" class="pw-subtitle-paragraph hr gu gv bf b hs ht hu hv hw hx hy hz ia ib ic id ie if ig cp dt">{s["subtitle"]}</h2>' if s.get("subtitle") else ""
    tags = "".join(f'<div class="ph pi l"><a href="/tag/{t.lower().replace(" ", "-")}?source={src("post", key)}" rel="noopener follow"><div class="pj ed cw pk ge pl pm bf b bg z bk pn">{t}</div></a></div>' for t in s["tags"])
    resp = "".join(f'<div class="qs l"><div class="ab q"><img alt="{n}" class="l eq by dd de cx" src="https://miro.medium-like.test/v2/resize:fill:32:32/0*default.jpg" width="32" height="32" loading="lazy"/><div><p class="bf b bg z bk">{n}</p><p class="bf b bg z dt">{d}</p></div></div><pre class="qt qu"><div class="bf b fs z bk">{t}</div></pre></div>' for n, d, t in RESPONSES[key])
    body = f"""<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><script>document.domain = document.domain;</script>{topbar()}<div class="l"><div class="l"><span class="l"></span>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">{member}<div><h1 id="{pid(key, 98)}" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle" data-selectable-paragraph="">{s["title"]}</h1></div>{subtitle}<div class="speechify-ignore ab co"><div class="speechify-ignore bg l"><div class="hr hs ht hu hv ab"><div><div class="ab hw">{author_link(key, f'<div><div class="bl" aria-hidden="false"><div class="l hx hy by hz ia"><div class="l ee"><img alt="{NAME}" class="l eq by dd de cx" src="{AVATAR}" width="44" height="44" loading="lazy" data-testid="authorPhoto"/><div class="ib by l dd de ep n ic eq"></div></div></div></div></div>')}</div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="id ab q"><div class="ab q ie"><div class="ab q"><div><div class="bl" aria-hidden="false"><p class="bf b if ig bk"><a class="{A} ih" data-testid="authorName" href="/@{USER}?source={src('post', key)}" rel="noopener follow">{NAME}</a></p></div></div></div><span class="ii ij" aria-hidden="true"><span class="bf b bg z dt">·</span></span><p class="bf b if ig dt"><span><a class="ik il ah ai aj ak al am an ao ap aq ar im in io" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fsubscribe%2Fuser%2F8c2e4b1f0a37&amp;operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F{key}&amp;user={USER}&amp;userId=8c2e4b1f0a37&amp;source=post_page-8c2e4b1f0a37----{key}---------------------post_header-----------" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l ip"><span class="bf b bg z dt"><div class="ab cn iq ir is"><span class="bf b bg z dt"><div class="ab ae"><span data-testid="storyReadTime">{s["read"]}</span><div class="it iu l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dt">·</span></span></div><span data-testid="storyPublishDate">{s["shown"]}</span></div></span></div></span></div></div></div>{clap_bar(key, s, True)}</div></div></div>
{"".join(paras)}
</div></div></div></div></section></div></div></article>
{PAYWALL if s["member"] else ""}
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="po pp ab iz">{tags}</div></div></div>
<div class="l"></div><footer class="pq pr ps pt pu ab q pv jc c"><div class="l ae"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab co pw">{clap_bar(key, s, False)}</div></div></div></div></footer>
<div class="px py pz qa qb l bx"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab co"><div class="ab"><div class="l qc"><a href="/@{USER}?source={src('post', key)}" rel="noopener follow"><img alt="{NAME}" class="l eq by qd qe cx" src="{AVATAR}" width="48" height="48" loading="lazy"/></a></div></div><div class="ab"><span><a class="{A} ik il" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fsubscribe%2Fuser%2F8c2e4b1f0a37&amp;operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F{key}&amp;source=post_page-8c2e4b1f0a37----{key}---------------------follow_profile-----------" rel="noopener follow">Follow</a></span></div></div><div class="ab cn ca"><div class="l"><div class="ab q"><h2 class="bf gv xq xr xs xt xu xv xw xx xy xz ya yb yc yd ye bk"><a class="{A}" href="/@{USER}?source={src('post', key)}" rel="noopener follow">Written by {NAME}</a></h2></div><div class="ab q"><span class="pw-follower-count bf b bg z dt"><a class="{A}" href="/@{USER}/followers?source={src('post', key)}" rel="noopener follow">312 Followers</a></span></div><div class="yf l"><p class="bf b bg z bk"><span class="hn">{BIO}</span></p></div></div></div></div></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qf l" id="responses"><h2 class="bf gv jb z bk">Responses ({s["responses"]})</h2><div class="qg l"><a class="{A}" href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}%2F{key}&amp;source={src('post', key)}" rel="noopener follow"><div class="bf b bg z dt">What are your thoughts?</div></a></div>{resp}<a class="{A}" href="/@{USER}/{key}/responses/show?source={src('post', key)}" rel="noopener follow"><p class="bf b bg z bk">See all responses</p></a></div></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qh l"><h2 class="bf gv jb z bk">More from {NAME}</h2>{more_from(key)}<a class="{A}" href="/@{USER}?source={src('post', key)}" rel="noopener follow"><p class="bf b bg z bk">See all from {NAME}</p></a></div><div class="qi l"><h2 class="bf gv jb z bk">Recommended from Medium</h2><div class="qc qd l"><article data-testid="post-preview"><a class="{A}" href="https://medium-like.test/@zhang.wei.writes/7be1c03f55d2?source=read_next_recirc-----{key}----0---------------------" rel="noopener follow"><h2 class="bf gv jb z bk">在澳洲读博的第一年，我学会的十件事</h2></a><div class="ab q"><span class="bf b bg z dt">Zhang Wei</span><span class="bf b bg z dt">·</span><span class="bf b bg z dt">7 min read</span></div></article></div><div class="qc qd l"><article data-testid="post-preview"><a class="{A}" href="https://medium-like.test/@opensource-weekly/2e9d4f18a6c0?source=read_next_recirc-----{key}----1---------------------" rel="noopener follow"><h2 class="bf gv jb z bk">Maintainer burnout is a security problem</h2></a><div class="ab q"><span class="bf b bg z dt">Open Source Weekly</span><span class="bf b bg z dt">·</span><span class="bf b bg z dt">9 min read</span></div></article></div><a class="{A}" href="/?source={src('post', key)}" rel="noopener follow"><p class="bf b bg z bk">See more recommendations</p></a></div></div></div>
</div></div>
<div class="ah ay yg yh yi yj yk yl ym"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab q yn"><a class="{A}" href="https://help.medium-like.test/hc/en-us?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Help</p></a><a class="{A}" href="https://medium.statuspage.io/?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Status</p></a><a class="{A}" href="/about?autoplay=1&amp;source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">About</p></a><a class="{A}" href="/jobs-at-medium/work-at-medium-959d1a85284e?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Careers</p></a><a class="{A}" href="mailto:pressinquiries@medium.com" rel="noopener follow"><p class="bf b dv z dt">Press</p></a><a class="{A}" href="https://blog.medium-like.test/?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Blog</p></a><a class="{A}" href="https://policy.medium-like.test/medium-privacy-policy-f03bf92035c9?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Privacy</p></a><a class="{A}" href="https://policy.medium-like.test/medium-terms-of-service-9db0094a1e0f?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Terms</p></a><a class="{A}" href="https://speechify.com/medium?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Text to speech</p></a><a class="{A}" href="/business?source={src('post', key)}" rel="noopener follow"><p class="bf b dv z dt">Teams</p></a></div></div></div></div>
</div></div>"""
    apollo = {
        "ROOT_QUERY": {"__typename": "Query", f'postResult({{"id":"{key}"}})': {"__ref": f"Post:{key}"}},
        f"User:8c2e4b1f0a37": {"__typename": "User", "id": "8c2e4b1f0a37", "name": NAME, "username": USER, "bio": BIO,
                              "socialStats": {"__typename": "SocialStats", "followerCount": 312}},
        f"Post:{key}": {"__typename": "Post", "id": key, "title": s["title"], "isLocked": s["member"],
                        "firstPublishedAt": 0, "latestPublishedAt": 0, "mediumUrl": f"https://{HOST}{path}",
                        "creator": {"__ref": "User:8c2e4b1f0a37"}, "readingTime": float(s["read"].split()[0]),
                        "clapCount": int(s["claps"]), "postResponses": {"__typename": "PostResponses", "count": s["responses"]},
                        'content({"postMeteringOptions":{}})': {"__typename": "PostContent", "isLockedPreviewOnly": s["member"],
                                                               "bodyModel": {"__typename": "RichText", "paragraphs": [{"__ref": f"Paragraph:{key}_{n}"} for n in range(i)]}}},
    }
    raw_paras = ([s["before"][0] + s["before"][2] + s["before"][3]] if s["before"] else []) + list(s["paras"]) + ([s["after"][0] + s["after"][2] + s["after"][3]] if s["after"] else [])
    for n, text in enumerate(raw_paras):
        apollo[f"Paragraph:{key}_{n}"] = {"__typename": "Paragraph", "id": f"{key}_{n}", "name": pid(key, n), "type": "P", "href": None,
                                          "layout": None, "metadata": None, "text": text, "hasDropCap": None, "dropCapImage": None,
                                          "markups": [], "codeBlockMetadata": None, "iframe": None, "mixtapeMetadata": None}
    state = json.dumps(apollo, ensure_ascii=False).replace("<", "\\u003c")
    scripts = f"""<script>window.__BUILD_ID__="main-20231208-181234-1b4e6f0c2a"</script><script>window.__GRAPHQL_URI__ = "https://{HOST}/_/graphql"</script><script>window.__PRELOADED_STATE__ = {{"algolia":{{"queries":{{}}}},"cache":{{"experimentGroupSet":true,"reason":"","group":"enabled","tags":["group-edgeCachePosts","post-{key}","user-8c2e4b1f0a37"],"serverVariantState":"","middlewareEnabled":true,"cacheStatus":"DYNAMIC","shouldUseCache":true,"vary":[],"lohpSummerUpsellEnabled":false,"publicationHierarchyEnabledWeb":false,"postBottomResponsesEnabled":false}},"client":{{"hydrated":false,"isUs":false,"isNativeMedium":false,"isSafariMobile":false,"isSafari":false,"isFirefox":false,"routingEntity":{{"type":"DEFAULT","explicit":false}},"viewerIsBot":false}},"debug":{{"requestId":"7f3c1e2a-9b4d-4c6e-8a1f-0d2b3c4e5f60","hybridDevServices":[],"originalSpanCarrier":{{}}}},"multiVote":{{"clapsPerPost":{{}}}},"navigation":{{"branch":{{"show":null,"hasRendered":null,"blockedByCTA":false}},"hideGoogleOneTap":false,"hasRenderedAlternateUserBanner":null,"currentLocation":"https:\\u002F\\u002F{HOST}\\u002F@{USER}\\u002F{key}","host":"{HOST}","hostname":"{HOST}","referrer":"","hasSetReferrer":false,"susiModal":{{"step":null,"operation":"register"}},"postRead":false}},"config":{{"nodeEnv":"production","version":"main-20231208-181234-1b4e6f0c2a","target":"production","productName":"Medium","publicUrl":"https:\\u002F\\u002Fcdn-client.medium-like.test\\u002Flite"}}}}</script><script>window.__APOLLO_STATE__ = {state}</script><script src="https://cdn-client.medium-like.test/lite/static/js/manifest.2c8a46b3.js"></script><script src="https://cdn-client.medium-like.test/lite/static/js/main.8b3e1f27.js"></script><script>window.main();</script></body></html>"""
    return head(f"{s['title']} | by {NAME} | Medium", desc, path, s) + body + scripts


def profile_page():
    items = []
    for n, key in enumerate(ORDER):
        s = STORIES[key]
        star = '<div class="ab q"><p class="bf b bg z dt">Member-only story</p></div>' if s["member"] else ""
        items.append(f"""<article class="me mf mg mh mi mj mk ml mm mn" data-testid="post-preview" tabindex="0"><div class="mo mp l"><div class="ab cn"><div class="ab q"><span class="bf b bg z dt"><span>{s["shown"]}</span></span></div>{star}<div role="link" tabindex="0" class="ab cn cp ht" data-href="https://{HOST}/@{USER}/{key}"><div class="ab q"><a class="{A}" href="/@{USER}/{key}?source={src('profile', n=n)}" rel="noopener follow"><div><h2 class="bf gv jb z jc mq je jf mr jh ji ms jk jl fq fr fs ft fu bk">{s["title"]}</h2><div class="mt l"><h3 class="bf b jb z jc mq je jf mr jh ji mu jk jl fq fr fs ft fu dt">{(s.get("subtitle") or s["paras"][1])[:60]}…</h3></div></div></a></div></div><div class="ab q"><span class="bf b bg z dt">{s["read"]}</span><span class="bf b bg z dt">·</span><div class="ab q"><svg width="16" height="16" viewBox="0 0 16 16" aria-label="clap"></svg><span class="bf b bg z dt">{s["claps"]}</span></div><div class="ab q"><svg width="16" height="16" viewBox="0 0 16 16" aria-label="responses"></svg><span class="bf b bg z dt">{s["responses"]}</span></div></div></div></div></article>""")
    body = f"""<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><script>document.domain = document.domain;</script>{topbar()}<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab q ng"><h1 class="bf gv nh ni nj nk nl nm nn no np nq nr ns nt bk"><span class="ae bl">{NAME}</span></h1></div><div class="nu ab nv"><div class="ab q"><a class="{A} nw" href="/@{USER}?source=user_profile_page----------------------8c2e4b1f0a37----------------------" rel="noopener follow"><p class="bf b bg z bk">Home</p></a><a class="{A}" href="/@{USER}/about?source=user_profile_page----------------------8c2e4b1f0a37----------------------" rel="noopener follow"><p class="bf b bg z dt">About</p></a></div></div>{"".join(items)}</div><div class="h k"><div class="nx ny l"><img alt="{NAME}" class="l eq by nz oa cx" src="{AVATAR}" width="88" height="88" loading="lazy"/><h2 class="bf b dv z bk">{NAME}</h2><span class="pw-follower-count bf b bg z dt"><a class="{A}" href="/@{USER}/followers" rel="noopener follow">312 Followers</a></span><p class="bf b bg z dt">{BIO}</p><span><a class="{A} ik il" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fsubscribe%2Fuser%2F8c2e4b1f0a37&amp;operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2F%40{USER}&amp;source=user_profile_page-8c2e4b1f0a37--------------------------------follow_profile-----------" rel="noopener follow">Follow</a></span><div class="ob l"><a class="{A}" href="https://help.medium-like.test/hc/en-us" rel="noopener follow">Help</a> <a class="{A}" href="/about" rel="noopener follow">About</a> <a class="{A}" href="https://policy.medium-like.test/medium-terms-of-service-9db0094a1e0f" rel="noopener follow">Terms</a></div></div></div></div></div></div></div><script>window.__BUILD_ID__="main-20231208-181234-1b4e6f0c2a"</script><script src="https://cdn-client.medium-like.test/lite/static/js/main.8b3e1f27.js"></script><script>window.main();</script></body></html>"""
    return head(f"{NAME} – Medium", f"Read writing from {NAME} on Medium. {BIO}", f"/@{USER}") + body


class FolderPagesFamily(Family):
    """A page name that is also a folder (`/@linqiu` beside `/@linqiu/<story>`): stored as the
    folder's index.html and answered by the replica's `folder_pages`."""

    def put(self, path, text, encoding=None):
        if path.rstrip("/") in self.folder_names:
            path = path.rstrip("/") + "/"
        super().put(path, text, encoding)

    def file_for_url(self, u: str) -> str:
        key = super().file_for_url(u)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = FolderPagesFamily(HOST, "Medium (medium.com) story pages, Chinese-language posts (server-rendered React)",
                 extensionless_html=True, home=f"/@{USER}")
    fam.folder_names = {f"/@{USER}"}
    for n, key in enumerate(ORDER):
        page = story_page(key)
        fam.put(f"/@{USER}/{key}", page)
        fam.route(f"/@{USER}/{key}?source={src('profile', n=n)}", f"/@{USER}/{key}", page)
        for m, other in enumerate(k for k in ORDER if k != key):
            fam.query_routes[f"/@{USER}/{other}?source={src('recirc', key, m + 1)}"] = f"@{USER}/{other}"
    fam.put(f"/@{USER}", profile_page())
    fam.query_routes[f"/@{USER}?source=user_profile_page----------------------8c2e4b1f0a37----------------------"] = f"@{USER}/index.html"
    for key in ORDER:
        fam.query_routes[f"/@{USER}?source={src('post', key)}"] = f"@{USER}/index.html"
    fam.doc([f"/@{USER}/a3f9c2d81b47", f"/@{USER}/d51e7a0b9c36"], S3, title=S3.title, published_at="2023-02-26")
    fam.doc([f"/@{USER}/6c08e2f4b1a9"], S4, title=S4.title, text="\n".join(S4.paras[:3]), truncated=True,
            published_at="2023-12-09", found_by="sitemap")
    days = {}
    for key in ORDER:
        days.setdefault(STORIES[key]["iso"][:10], []).append(key)
    index = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for day, keys in sorted(days.items()):
        y = day[:4]
        index.append(f"<sitemap><loc>https://{HOST}/sitemap/posts/{y}/posts-{day}.xml</loc></sitemap>")
        urls = "".join(f"<url><loc>https://{HOST}/@{USER}/{k}</loc><lastmod>{day}</lastmod><changefreq>monthly</changefreq><priority>0.7</priority></url>" for k in keys)
        fam.put(f"/sitemap/posts/{y}/posts-{day}.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls + "</urlset>\n")
    index.append("</sitemapindex>\n")
    fam.put("/sitemap/sitemap.xml", "\n".join(index))
    fam.put("/robots.txt", f"User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me/\nDisallow: /@me/*\nDisallow: /*/*/edit\nDisallow: /_/\nAllow: /_/api/users/*/meta\nAllow: /_/api/users/*/profile/stream\nAllow: /_/api/posts/*/responses\nAllow: /_/api/posts/*/responsesStream\nAllow: /_/api/posts/*/related\nSitemap: https://{HOST}/sitemap/sitemap.xml\n")
    fam.not_documents += [f"/@{USER}", f"/@{USER}/d51e7a0b9c36"]
    fam.noise += ["Member-only story", "Create an account to read the full story.", "Written by", "312 Followers", "More from",
                  "Recommended from Medium", "租房那段太真实了", "投毒事件的复盘能单独写一篇吗", "未完，下篇见", "接上篇", BIO, "See all responses", "Text to speech"]
    fam.note = ("The speech r29b-3 is posted as two stories （上）/（下） linked by the author's own notes; "
                "the member-only story is cut by the logged-out paywall; the expected title drops the part marks.")
    return fam
