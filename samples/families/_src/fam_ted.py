"""TED-like talk site (ted.com, Next.js era), Chinese transcripts: talk pages `/talks/<slug>` (player,
speaker, `Read transcript` link), transcript pages `/talks/<slug>/transcript?language=zh-cn`
(language picker, `Translated by … / Reviewed by …` credits, the transcript as paragraph blocks each
opening with a `00:12`-style timecode link and its sentences as clickable spans, `Watch next` list,
newsletter box, cookie banner, `__NEXT_DATA__`); talk listing `/talks?language=zh-cn&page=N`."""

import json
import re

from common import SPEECHES, Family, render

HOST = "www.ted-like.test"

HEAD = """<!DOCTYPE html><html lang="zh-cn"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>@@TITLE@@</title><meta name="description" content="@@DESC@@"/><meta property="og:site_name" content="TED"/><meta property="og:title" content="@@OGTITLE@@"/><meta property="og:type" content="video.other"/><meta property="og:url" content="https://www.ted-like.test@@PATH@@"/><meta name="twitter:card" content="player"/><link rel="canonical" href="https://www.ted-like.test@@PATH@@"/><link rel="alternate" hrefLang="en" href="https://www.ted-like.test@@ENPATH@@"/><link rel="preload" href="/_next/static/css/4b0c3a6e2d1f8a97.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b0c3a6e2d1f8a97.css" data-n-g=""/><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="8a1f0c62-tedc-4a5b-9e3d-0f6c1b2a7d44" async=""></script><noscript data-n-css=""></noscript></head><body><div id="__next"><div class="relative flex min-h-screen flex-col"><header class="sticky top-0 z-40 w-full bg-white shadow-sm" id="header"><div class="mx-auto flex h-16 max-w-screen-2xl items-center justify-between px-5"><a href="/" aria-label="TED home"><svg class="h-8 w-auto" viewBox="0 0 111 43"><title>TED</title><path fill="#eb0028" d="M0 0h111v43H0z"></path></svg></a><nav class="hidden lg:flex" aria-label="Main"><ul class="flex gap-6 text-sm font-bold"><li><a href="/talks?language=zh-cn&amp;page=1">Watch</a></li><li><a href="/about/conferences">Discover</a></li><li><a href="/attend">Attend</a></li><li><a href="/participate">Participate</a></li><li><a href="/about/our-organization">About</a></li></ul></nav><div class="flex items-center gap-4"><a href="/search" aria-label="Search"><svg class="h-5 w-5"></svg></a><a class="rounded-sm bg-gray-900 px-3 py-2 text-xs font-bold text-white" href="/membership">Join TED Membership</a></div></div></header><main class="flex-1" id="maincontent">"""

FOOT = """</main><footer class="bg-black text-white"><div class="mx-auto max-w-screen-2xl px-5 py-10"><div class="grid grid-cols-2 gap-8 md:grid-cols-4"><div><h3 class="mb-3 text-sm font-bold">TED Talks</h3><ul class="text-sm"><li><a href="/talks?language=zh-cn&amp;page=1">All Talks</a></li><li><a href="/playlists">Playlists</a></li><li><a href="/podcasts">Podcasts</a></li></ul></div><div><h3 class="mb-3 text-sm font-bold">Get involved</h3><ul class="text-sm"><li><a href="/participate/translate">Translate TED Talks</a></li><li><a href="/tedx">TEDx</a></li></ul></div><div><h3 class="mb-3 text-sm font-bold">About</h3><ul class="text-sm"><li><a href="/about/our-organization">Our organization</a></li><li><a href="/about/programs-initiatives">Programs</a></li></ul></div><div><h3 class="mb-3 text-sm font-bold">Follow TED</h3><ul class="text-sm"><li><a href="https://www.facebook.com/TED">Facebook</a></li><li><a href="https://www.instagram.com/ted">Instagram</a></li><li><a href="https://www.youtube.com/TED">YouTube</a></li></ul></div></div><p class="mt-10 text-xs text-gray-300">TED Conferences, LLC 的 TED 演讲受版权保护。 © TED Conferences, LLC. All rights reserved.</p><ul class="mt-2 flex gap-4 text-xs text-gray-300"><li><a href="/about/our-organization/our-policies-terms/ted-com-terms-of-use">Terms of Use</a></li><li><a href="/about/our-organization/our-policies-terms/privacy-policy">Privacy Policy</a></li><li><a href="/about/our-organization/contact-us">Contact</a></li></ul></div></footer><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use cookies to personalize your experience and analyze site usage. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div></div><script id="__NEXT_DATA__" type="application/json">@@NEXTDATA@@</script><script src="/_next/static/chunks/webpack-2e1a0c9b7f3d.js" defer=""></script><script src="/_next/static/chunks/framework-0c8f6a91d2b4.js" defer=""></script><script src="/_next/static/chunks/pages/@@CHUNK@@-7b3e9d1c04a2.js" defer=""></script><script async src="https://www.googletagmanager.com/gtm.js?id=GTM-TEDLK9"></script></body></html>"""

TALKS = [
    {
        "slug": "lin_qiao_why_we_should_learn_to_be_bored",
        "speech": SPEECHES["r22a-ted1"],
        "speaker": "Lin Qiao",
        "speaker_zh": "林乔",
        "event": "TEDxWestLake",
        "month": "September 2023",
        "dur": "11:42",
        "views": "1,286,540",
        "en": "Why we should learn to be bored",
        "translator": "Yufei Chen",
        "reviewer": "Lipeng Chen",
        "start": 12,
        "step": 61,
    },
    {
        "slug": "zhou_ming_how_a_small_town_library_changed_a_generation",
        "speech": SPEECHES["r22a-ted2"],
        "speaker": "Zhou Ming",
        "speaker_zh": "周明",
        "event": "TEDWomen 2023",
        "month": "November 2023",
        "dur": "10:18",
        "views": "842,117",
        "en": "How a small-town library changed a generation",
        "translator": "Xiaoqiao Zhang",
        "reviewer": "Jiasi Hao",
        "start": 4,
        "step": 64,
    },
]

OTHER = [
    ("ana_ruiz_the_hidden_life_of_rivers", "Ana Ruiz", "河流隐秘的生命", "14:05", "October 2023"),
    ("kenji_mori_what_old_bridges_teach_us", "Kenji Mori", "古老的桥能教会我们什么", "9:51", "October 2023"),
    ("sara_okafor_the_science_of_kindness", "Sara Okafor", "善意背后的科学", "12:30", "August 2023"),
    ("david_hale_why_cities_need_trees", "David Hale", "为什么城市需要树", "8:47", "August 2023"),
    ("mei_tanaka_learning_to_listen", "Mei Tanaka", "学会倾听", "13:16", "July 2023"),
    ("omar_faris_the_quiet_power_of_maps", "Omar Faris", "地图的静默力量", "10:02", "June 2023"),
    ("grace_liu_how_sleep_shapes_memory", "Grace Liu", "睡眠如何塑造记忆", "15:23", "May 2023"),
]


def stamp(sec):
    return f"{sec // 60:02d}:{sec % 60:02d}"


def sentences(p):
    return [x for x in re.findall(r"[^。！？]*[。！？”]+|[^。！？]+$", p) if x]


def transcript_url(slug):
    return f"/talks/{slug}/transcript?language=zh-cn"


def tx_html(t):
    out = []
    sec = t["start"]
    for p in t["speech"].paras:
        spans = "".join(
            f'<span class="cursor-pointer inline hover:bg-red-100" data-time="{(sec + i * 4) * 1000}">{s}</span>' for i, s in enumerate(sentences(p))
        )
        assert "".join(sentences(p)) == p, p
        out.append(
            f'<div class="mb-6 flex flex-col gap-1 md:flex-row"><a class="w-16 shrink-0 text-sm font-bold text-gray-500 hover:underline" href="/talks/{t["slug"]}?language=zh-cn&amp;t={sec}" aria-label="Play from {stamp(sec)}">{stamp(sec)}</a><p class="text-base leading-relaxed">{spans}</p></div>'
        )
        sec += t["step"] + len(p) // 12
    return "".join(out)


def watch_next(rows):
    return "".join(
        f'<li class="mb-4 flex gap-3"><a href="/talks/{slug}?language=zh-cn" class="relative block w-32 shrink-0"><img src="https://pi.tedcdn-like.test/r/talkstar-photos.s3.amazonaws.com/uploads/{slug}/thumb.jpg?w=320" alt=""/><span class="absolute bottom-1 right-1 bg-black px-1 text-xs text-white">{dur}</span></a><div><p class="text-xs font-bold uppercase text-gray-500">{sp}</p><a href="/talks/{slug}?language=zh-cn" class="text-sm font-bold">{title}</a></div></li>'
        for slug, sp, title, dur, _ in rows
    )


def next_data(page, query, t=None):
    props = {"pageProps": {"language": "zh-cn"}}
    if t:
        props["pageProps"]["videoData"] = {
            "slug": t["slug"], "title": t["speech"].title, "presenterDisplayName": t["speaker"],
            "duration": t["dur"], "recordedOn": t["speech"].date, "type": {"name": "TED Stage Talk"},
        }
    return json.dumps({"props": props, "page": page, "query": query, "buildId": "tZ8q1mWf3bK7nR2cE5xA0", "isFallback": False, "gssp": True, "locale": "zh-cn"}, ensure_ascii=False)


def others_rows(t):
    rows = [(o["slug"], o["speaker"], o["speech"].title, o["dur"], o["month"]) for o in TALKS if o is not t]
    return rows + OTHER[:4]


def transcript_page(t):
    s = t["speech"]
    path = transcript_url(t["slug"])
    body = f"""<div class="mx-auto max-w-screen-xl px-5 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-gray-500"><a href="/talks/{t['slug']}?language=zh-cn">&lt; 返回演讲</a></nav><div class="grid gap-10 lg:grid-cols-3"><section class="lg:col-span-2"><div class="mb-2 text-sm font-bold text-gray-500"><a href="/speakers/{t['slug'].split('_')[0]}_{t['slug'].split('_')[1]}">{t['speaker']}</a> | {t['event']}</div><h1 class="mb-4 text-3xl font-bold">{s.title}</h1><div class="mb-6 flex items-center gap-4 text-sm text-gray-500"><span>{t['views']} views</span><span>|</span><span>{t['event']}</span><span>•</span><span>{t['month']}</span></div><div class="mb-6 flex gap-3"><button class="rounded-sm border px-3 py-1 text-sm">Like (12K)</button><button class="rounded-sm border px-3 py-1 text-sm">Share</button><button class="rounded-sm border px-3 py-1 text-sm">Add</button></div><div class="mb-6 flex items-center justify-between border-b pb-4"><h2 class="text-xl font-bold">Transcript <span class="text-gray-500">(Chinese, Simplified)</span></h2><div class="relative"><label for="language-select" class="sr-only">Language</label><select id="language-select" class="rounded-sm border px-2 py-1 text-sm"><option value="en">English</option><option value="zh-cn" selected="">中文 (简体)</option><option value="zh-tw">中文 (繁體)</option><option value="ja">日本語</option><option value="ko">한국어</option></select><span class="ml-2 text-xs text-gray-500">33 languages</span></div></div><div class="mb-8 text-sm text-gray-700"><p>Translated by <a class="font-bold" href="/profiles/{t['translator'].replace(' ', '_').lower()}">{t['translator']}</a></p><p>Reviewed by <a class="font-bold" href="/profiles/{t['reviewer'].replace(' ', '_').lower()}">{t['reviewer']}</a></p></div><div class="transcript" data-testid="transcript">{tx_html(t)}</div><p class="mt-8 text-xs text-gray-500">Transcript provided by TED Translators, a global volunteer community. <a href="/participate/translate" class="underline">Get involved</a></p></section><aside><h2 class="mb-4 text-lg font-bold">Watch next</h2><ul>{watch_next(others_rows(t))}</ul><div class="mt-8 rounded-sm bg-gray-100 p-5"><h3 class="mb-2 font-bold">Get the TED newsletter</h3><p class="mb-3 text-sm">Ideas worth spreading, delivered to your inbox every weekday.</p><input type="email" placeholder="Email address" class="w-full border px-2 py-1"/><button class="mt-2 w-full bg-red-600 py-2 text-sm font-bold text-white">Subscribe</button></div></aside></div></div>"""
    return render(HEAD + body + FOOT, TITLE=f"{t['speaker']}: {s.title} | TED Talk", DESC=f"TED Talk Subtitles and Transcript: {s.title}",
                  OGTITLE=f"{t['speaker']}: {t['en']}", PATH=path, ENPATH=f"/talks/{t['slug']}/transcript",
                  NEXTDATA=next_data("/talks/[...slug]/transcript", {"slug": [t["slug"]], "language": "zh-cn"}, t), CHUNK="talks/[...slug]/transcript")


def talk_page(t):
    s = t["speech"]
    path = f"/talks/{t['slug']}?language=zh-cn"
    body = f"""<div class="mx-auto max-w-screen-xl px-5 py-8"><div class="aspect-video w-full bg-black" id="ted-player" data-talk-slug="{t['slug']}"><img src="https://pi.tedcdn-like.test/r/talkstar-photos.s3.amazonaws.com/uploads/{t['slug']}/embed.jpg?w=1200" alt=""/><button aria-label="Play video" class="absolute inset-0"></button></div><div class="mt-6 grid gap-10 lg:grid-cols-3"><section class="lg:col-span-2"><div class="mb-2 text-sm font-bold text-gray-500">{t['speaker']} | {t['event']}</div><h1 class="mb-4 text-3xl font-bold">{s.title}</h1><div class="mb-4 text-sm text-gray-500">{t['views']} views | {t['event']} • {t['month']}</div><p class="mb-6 text-base">认知科学、教育与日常生活的交汇处，{t['speaker_zh']}在 {t['event']} 分享了一个关于注意力与成长的故事。</p><div class="mb-6 flex gap-3"><a class="rounded-sm border px-3 py-1 text-sm font-bold" href="{transcript_url(t['slug'])}">Read transcript</a><button class="rounded-sm border px-3 py-1 text-sm">Share</button></div><h2 class="mb-2 text-lg font-bold">About the speaker</h2><div class="flex gap-3"><img class="h-16 w-16 rounded-full" src="https://pi.tedcdn-like.test/r/speaker-photos/{t['slug']}.jpg" alt=""/><div><p class="font-bold">{t['speaker']}</p><p class="text-sm text-gray-500">Speaker</p></div></div></section><aside><h2 class="mb-4 text-lg font-bold">Watch next</h2><ul>{watch_next(others_rows(t))}</ul></aside></div></div>"""
    return render(HEAD + body + FOOT, TITLE=f"{t['speaker']}: {s.title} | TED Talk", DESC=s.title, OGTITLE=f"{t['speaker']}: {t['en']}",
                  PATH=path, ENPATH=f"/talks/{t['slug']}", NEXTDATA=next_data("/talks/[...slug]", {"slug": [t["slug"]], "language": "zh-cn"}, t), CHUNK="talks/[...slug]")


def list_page(n, rows, pages):
    cards = "".join(
        f'<div class="talk-card"><a href="/talks/{slug}?language=zh-cn" class="block"><div class="relative"><img src="https://pi.tedcdn-like.test/r/talkstar-photos.s3.amazonaws.com/uploads/{slug}/thumb.jpg?w=480" alt=""/><span class="absolute bottom-1 right-1 bg-black px-1 text-xs text-white">{dur}</span></div><p class="mt-2 text-xs font-bold uppercase text-gray-500">{sp}</p><h3 class="text-base font-bold">{title}</h3><p class="text-xs text-gray-500">Posted {month}</p></a></div>'
        for slug, sp, title, dur, month in rows
    )
    pager = "".join(
        f'<span class="current" aria-current="page">{k}</span>' if k == n else f'<a class="pagination__item" href="/talks?language=zh-cn&amp;page={k}">{k}</a>'
        for k in range(1, pages + 1)
    )
    if n < pages:
        pager += f'<a class="pagination__next" rel="next" href="/talks?language=zh-cn&amp;page={n + 1}">Next</a>'
    body = f"""<div class="mx-auto max-w-screen-xl px-5 py-8"><h1 class="mb-6 text-3xl font-bold">TED Talks</h1><div class="mb-6 flex gap-4 text-sm"><span>Language: <b>中文 (简体)</b></span><span>Sort by: <b>Newest</b></span></div><div class="grid grid-cols-1 gap-6 md:grid-cols-3">{cards}</div><div class="pagination mt-10 flex gap-3">{pager}</div></div>"""
    return render(HEAD + body + FOOT, TITLE="TED: Ideas change everything", DESC="Browse TED Talks", OGTITLE="TED Talks", PATH=f"/talks?language=zh-cn&page={n}",
                  ENPATH="/talks", NEXTDATA=next_data("/talks", {"language": "zh-cn", "page": str(n)}), CHUNK="talks")


def home(rows):
    cards = "".join(
        f'<li class="mb-4"><a href="/talks/{slug}?language=zh-cn"><p class="text-xs font-bold uppercase text-gray-500">{sp}</p><h3 class="font-bold">{title}</h3></a></li>'
        for slug, sp, title, dur, month in rows[:5]
    )
    body = f"""<div class="mx-auto max-w-screen-xl px-5 py-8"><section class="mb-10 bg-gray-100 p-8"><h1 class="text-4xl font-bold">Ideas change everything</h1><p class="mt-2">Discover ideas worth spreading.</p></section><section><h2 class="mb-4 text-2xl font-bold">Newest talks</h2><ul>{cards}</ul><a href="/talks?language=zh-cn&amp;page=1" class="font-bold underline">See all talks</a></section></div>"""
    return render(HEAD + body + FOOT, TITLE="TED: Ideas change everything", DESC="TED is a nonprofit devoted to spreading ideas.", OGTITLE="TED",
                  PATH="/", ENPATH="/", NEXTDATA=next_data("/", {}), CHUNK="index")


def build() -> Family:
    fam = Family(HOST, "TED (ted.com) talk transcript pages in Chinese (zh-cn), Next.js markup")
    fam.note = (
        "Documents are the transcript pages `/talks/<slug>/transcript?language=zh-cn`: paragraph blocks, each "
        "opening with a timecode link (`00:12`) that is not speech. Not the speech: the h1, views / event line, "
        "`Transcript (Chinese, Simplified)` heading, language picker, `Translated by / Reviewed by` credits, the "
        "translators' credit line after, Watch next, newsletter, cookie banner. The talk pages `/talks/<slug>` "
        "(player, `Read transcript` link) and the listing are not documents. `published_at` is the recording date."
    )
    rows = [(t["slug"], t["speaker"], t["speech"].title, t["dur"], t["month"]) for t in TALKS] + OTHER
    pages = [rows[:6], rows[6:]]
    fam.put("/", home(rows))
    fam.not_documents.append("/")
    for n, part in enumerate(pages, 1):
        fam.route(f"/talks?language=zh-cn&page={n}", f"/talks/list_zh-cn_{n}.html", list_page(n, part, len(pages)))
        fam.not_documents.append(f"/talks?language=zh-cn&page={n}")
    for t in TALKS:
        fam.route(f"/talks/{t['slug']}?language=zh-cn", f"/talks/{t['slug']}/index_zh-cn.html", talk_page(t))
        fam.not_documents.append(f"/talks/{t['slug']}?language=zh-cn")
        fam.route(transcript_url(t["slug"]), f"/talks/{t['slug']}/transcript_zh-cn.html", transcript_page(t))
        fam.doc([transcript_url(t["slug"])], t["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /profiles/\n", "ascii")
    fam.noise += [
        "00:12",
        "00:04",
        "Translated by",
        "Reviewed by",
        "Yufei Chen",
        "Jiasi Hao",
        "(Chinese, Simplified)",
        "Transcript provided by TED Translators",
        "Watch next",
        "Get the TED newsletter",
        "Accept All Cookies",
        "TED Conferences, LLC 的 TED 演讲受版权保护。",
        "河流隐秘的生命",
        "1,286,540 views",
        "TEDxWestLake",
        "返回演讲",
    ]
    return fam
