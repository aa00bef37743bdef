"""澎湃新闻 (thepaper.cn)-like Next.js app: articles at extensionless `/newsDetail_forward_NNNNNNNN`,
server-rendered with hashed CSS-module classes (`index_cententWrap__…`, `index_title__…`), the byline
`澎湃新闻记者 …`, `pubTime` and 来源 in `ant-space` rows; inside the text a photo whose caption is a
centred `图片来源：…` line; after the text `责任编辑：… 图片编辑：…`, `校对：…` and the
`澎湃新闻报料：021-962866` / `澎湃新闻，未经授权不得转载` lines; the article again in
`<script id="__NEXT_DATA__">` (`contentDetail.content` HTML). The home page lists articles only in
`__NEXT_DATA__` (cards are `<div>`s with click handlers, no `<a>`), robots → `sitemap.xml`."""

import json

from common import SPEECHES, Family, render

HOST = "www.pengpai-like.test"

ARTICLES = [
    # speech, contId, reporter, pubTime, node, image caption after paragraph n, editor, proofreader
    (SPEECHES["PP1"], "26712345", "陈思远", "2024-03-15 14:22", "城市政事", 1, "图片来源：市人社局", "王璐", "刘威"),
    (SPEECHES["PP2"], "26934018", "沈佳", "2024-04-02 17:05", "浦江头条", 2, "图片来源：区住建委供图", "顾一鸣", "施鋆"),
]
BUILD_ID = "kVx3vJqG2nYp8Zr1Tb7aQ"

HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>@@TITLE@@</title><meta name="keywords" content="@@KW@@"/><meta name="description" content="@@DESC@@"/>
<link rel="preload" href="/_next/static/css/4c2b8e9a1f3d6e70.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c2b8e9a1f3d6e70.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script>
</head><body><div id="__next">
<div class="header_header__3gkUo"><div class="header_logo__Zx0X2"><img src="/_next/static/media/logo.4a5b6c7d.png" alt="澎湃新闻"/></div><div class="header_nav__1mE5k"><span>要闻</span><span>深度</span><span>视频</span><span>澎湃号</span><span>下载客户端</span></div></div>
"""


def foot(page_props, page, query):
    data = {"props": {"pageProps": page_props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
    return (
        """<div class="footer_footer__2jqPO"><p>澎湃新闻 · 上海东方报业有限公司 · 沪ICP备14003370号 · 互联网新闻信息服务许可证：31120170006</p><p>Copyright &copy; 2014~2024 The Paper All rights reserved.</p></div>
</div><script id="__NEXT_DATA__" type="application/json">"""
        + json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        + "</script></body></html>\n"
    )


def content_html(i):
    speech, cid, reporter, stamp, node, at, caption, editor, proof = ARTICLES[i]
    out = []
    for n, p in enumerate(speech.paras):
        out.append(f"<p>{p}</p>")
        if n == at:
            out.append(
                f'<p style="text-align:center;"><img src="https://imagecloud.thepaper.test/thepaper/image/28/{cid[-3:]}/{cid}.jpg" alt="" width="600"/></p>'
                f'<p style="text-align:center;"><span style="color:#7f7f7f;">{caption}</span></p>'
            )
    return "".join(out)


def article(i):
    speech, cid, reporter, stamp, node, at, caption, editor, proof = ARTICLES[i]
    content = content_html(i)
    body = f"""<main class="index_wrapper__9rz3z"><div class="index_leftcontent__F0f2n">
<div class="index_cententWrap__Jv8jK">
<h1 class="index_title__B8mhI">{speech.title}</h1>
<div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><div class="ant-space ant-space-horizontal"><div class="ant-space-item">澎湃新闻记者 {reporter}</div></div>
<div class="ant-space ant-space-horizontal"><div class="ant-space-item"><span>{stamp}</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div>
<div class="index_right__3pN1v"><span>字号</span><span>分享</span></div></div>
<div class="index_cententWrap__Jv8jK">{content}</div>
<p class="index_editor__gD2_q">责任编辑：{editor}　图片编辑：蒋立冬</p><p class="index_editor__gD2_q">校对：{proof}</p>
<div class="index_copyright__Qw3sT"><p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p></div>
<div class="index_actions__1xGbd"><span class="index_praise__3q7Xa">点赞 86</span><span>收藏</span><span>分享到微信</span></div>
</div>
<div class="index_commentWrap__2nQ8V"><h3>评论（12）</h3><div class="index_login__e5x0L">登录后参与评论</div></div>
</div><div class="index_rightcontent__nQ4yj"><h3>热新闻</h3><div class="index_hotNewsItem__3kQ2Y">沪上赏樱地图来了，这些地方可以去</div></div></main>
"""
    props = {
        "detailData": {
            "contentDetail": {
                "contId": int(cid),
                "name": speech.title,
                "author": f"澎湃新闻记者 {reporter}",
                "pubTime": stamp,
                "source": "澎湃新闻",
                "nodeInfo": {"name": node},
                "content": content,
                "responsibleEditor": editor,
                "proofreader": proof,
                "summary": speech.paras[1][:60],
            }
        }
    }
    return render(
        HEAD + body,
        TITLE=f"{speech.title}_{node}_澎湃新闻-The Paper",
        KW=f"{speech.title},{node}",
        DESC=speech.paras[1][:80],
    ) + foot(props, "/newsDetail_forward_[contId]", {"contId": cid})


def home():
    speech, cid, reporter, stamp, node, *_ = ARTICLES[0]
    body = f"""<main class="index_wrapper__9rz3z"><div class="index_main__t3Ds5">
<div class="index_channelTitle__2Rm0e">要闻</div>
<div class="index_cardList__Yg0oX"><div class="index_card__Ks3Cq" role="button" tabindex="0"><div class="index_cardTitle__1E7uV">{speech.title}</div><div class="index_cardInfo__2Bq0p"><span>{node}</span><span>评论 12</span></div></div></div>
<div class="index_loadMore__3p0aM">加载更多</div>
</div></main>
"""
    props = {
        "data": {
            "recommendList": [
                {
                    "contId": cid,
                    "name": speech.title,
                    "nodeInfo": {"name": node},
                    "pubTime": stamp,
                    "shareUrl": f"https://{HOST}/newsDetail_forward_{cid}",
                    "link": f"/newsDetail_forward_{cid}",
                }
            ],
            "hasNext": True,
            "startTime": 1710483720000,
        }
    }
    return render(HEAD + body, TITLE="澎湃新闻-专注时政与思想-ThePaper.cn", KW="澎湃新闻", DESC="澎湃新闻") + foot(props, "/", {})


def build() -> Family:
    fam = Family(
        HOST,
        "澎湃新闻 (thepaper.cn)-like Next.js app: the home lists articles only in __NEXT_DATA__, the other only in the sitemap",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.not_documents.append("/")
    for i, (speech, cid, *_r) in enumerate(ARTICLES):
        fam.put(f"/newsDetail_forward_{cid}", article(i))
        fam.doc([f"/newsDetail_forward_{cid}"], speech, found_by="inline json" if i == 0 else "sitemap")
    locs = "".join(
        f"<url><loc>https://{HOST}/newsDetail_forward_{cid}</loc><lastmod>{stamp[:10]}</lastmod><changefreq>daily</changefreq></url>\n"
        for _s, cid, _r, stamp, *_x in ARTICLES
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + locs + "</urlset>\n",
    )
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /_next/\nSitemap: https://{HOST}/sitemap.xml\n")
    fam.noise += [
        "澎湃新闻记者",
        "陈思远",
        "来源：澎湃新闻",
        "图片来源：",
        "市人社局",
        "区住建委供图",
        "责任编辑：",
        "图片编辑：",
        "蒋立冬",
        "校对：",
        "澎湃新闻报料",
        "021-962866",
        "未经授权不得转载",
        "点赞 86",
        "分享到微信",
        "登录后参与评论",
        "热新闻",
        "沪ICP备14003370号",
        "The Paper",
    ]
    fam.note = "the home page lists the first article only in __NEXT_DATA__ (no <a>); the second is only in the sitemap (robots Sitemap:, https)"
    return fam
