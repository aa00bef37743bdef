"""简书 (jianshu.com/p/HASH)-like blog: note pages server-rendered by Next.js with CSS-module class
names (`section.ouvJEz`, `h1._1RuRku`, `article._2rhmJa`), the author bar (关注 button, 赞 count,
`<time dateTime>`, 字数 / 阅读) before the text, the blogger's own note around the speech (a
`<blockquote>` first, or an `<hr>` and a closing note last), a jianshu `image-package` with an
`image-caption`, then `© 著作权归作者所有,转载或内容合作请联系作者`, the 赞赏 box
("小礼物走一走，来简书关注我"), the author card and 推荐阅读; the note again in `__NEXT_DATA__`
(`content` and `free_content`, `<` escaped as `\\u003c` as Next.js writes it). Home is the user page
`/u/HASH` on the older Rails template (`ul.note-list`, `a.title`, `p.abstract`)."""

import json

from common import SPEECHES, Family, render

HOST = "www.jianshu-like.test"
USER = "a7c3e5f19b02"
NAME = "山间明月z"

NOTES = [
    {
        "speech": SPEECHES["JS1"],
        "slug": "3f9a1c7e2b4d",
        "id": 112233445,
        "utc": "2023-10-03T12:20:45.000Z",
        "shown": "2023.10.03 20:20:45",
        "views": 2317,
        "likes": 46,
        "before": "女儿出嫁，写了这篇致辞，婚礼上念的时候好几次差点没念下去。记录一下，也给以后要嫁女儿的老哥们做个参考。",
        "after": None,
        "image": (2, "婚礼那天的花门，女儿自己挑的颜色"),
    },
    {
        "speech": SPEECHES["JS2"],
        "slug": "8d2e6b0a4c1f",
        "id": 118877665,
        "utc": "2024-05-04T02:41:09.000Z",
        "shown": "2024.05.04 10:41:09",
        "views": 958,
        "likes": 12,
        "before": None,
        "after": "（写于孩子成人礼前一晚，第二天在学校礼堂念的，念完台下好多家长都在抹眼泪。）",
        "image": None,
    },
]

HEAD = """<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>@@TITLE@@</title><meta name="description" content="@@DESC@@"/><meta name="keywords" content="简书,简书官网,图文编辑软件,简书下载,图文创作,创作软件,原创社区,小说,散文,写作,阅读"/>@@META@@<link rel="preload" href="https://cdn2.jianshu-like.test/shakespeare/_next/static/css/a1b2c3d4.css" as="style"/><link rel="stylesheet" href="https://cdn2.jianshu-like.test/shakespeare/_next/static/css/a1b2c3d4.css"/></head><body><div id="__next">"""

NEXT_TAIL = """</div><script id="__NEXT_DATA__" type="application/json" crossorigin="anonymous">@@NEXT_DATA@@</script><script src="https://cdn2.jianshu-like.test/shakespeare/_next/static/chunks/main-9f8e7d6c.js" async=""></script><script src="https://cdn2.jianshu-like.test/shakespeare/_next/static/chunks/pages/p/%5Bslug%5D-1a2b3c4d.js" async=""></script></body></html>
"""

NAV = """<div class="_21bLU4 _3kbg6I"><header class="_1GsW5r"><div class="_2a1Rp2"><a class="_3VvFNa" href="/"><img src="https://cdn2.jianshu-like.test/shakespeare/_next/static/media/logo-new.svg" alt="简书"/></a><div class="_2wDB5u"><a class="_1OhGeD" href="/">首页</a><a class="_1OhGeD" href="/apps?utm_medium=desktop">下载APP</a><a class="_1OhGeD" href="/mobile/club">会员</a><a class="_1OhGeD" href="/techareas">IT技术</a></div><div class="_3qnXNh"><a class="_1OhGeD" href="/sign_in">登录</a><a class="_1OhGeD _1Th3Cr" href="/sign_up">注册</a><a class="_1OhGeD _3ukALr" href="/writer#/">写文章</a></div></div></header>"""


def next_escape(data) -> str:
    """JSON as Next.js prints it in `__NEXT_DATA__`: `<`, `>` and `&` written as \\u003c … ."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def content_html(n):
    speech = n["speech"]
    out = []
    if n["before"]:
        out.append(f"<blockquote><p>{n['before']}</p></blockquote>")
    for i, para in enumerate(speech.paras):
        out.append(f"<p>{para}</p>")
        if n["image"] and i == n["image"][0]:
            out.append(
                '<div class="image-package"><div class="image-container" style="max-width: 700px; max-height: 466px;">'
                '<div class="image-container-fill" style="padding-bottom: 66.57%;"></div><div class="image-view" data-width="700" data-height="466">'
                f'<img data-original-src="//upload-images.jianshu-like.test/upload_images/{n["id"]}-6c2d1e0f9a8b7c6d.jpg" data-original-width="700" '
                'data-original-height="466" data-original-format="image/jpeg" data-original-filesize="86421" data-image-index="0" style="cursor: zoom-in;" class="image-loading">'
                f'</div></div><div class="image-caption">{n["image"][1]}</div></div>'
            )
    if n["after"]:
        out.append("<hr>")
        out.append(f"<p>{n['after']}</p>")
    return "".join(out)


def words(n):
    return len(n["speech"].text.replace("\n", "")) + len(n["before"] or n["after"] or "")


def note_page(n):
    speech = n["speech"]
    body = content_html(n)
    recommend = "".join(
        f'<div class="cuOxAY" role="listitem"><div class="_3L5YSq" title="{o["speech"].title}"><a class="_1-HJSV _1OhGeD" href="/p/{o["slug"]}" target="_blank" rel="noopener noreferrer">{o["speech"].title}</a></div>'
        f'<div class="_19haGh">{o["speech"].paras[1][:60]}</div><div class="_3Ha8Gn"><div class="_3NeDjM"><img class="_1mdEGi" src="https://upload.jianshu-like.test/users/upload_avatars/{USER}.jpg" alt="avatar"/><span class="_1oxdMK">{NAME}</span></div><span>阅读 {o["views"]:,}</span></div></div>'
        for o in NOTES
        if o is not n
    )
    recommend += '<div class="cuOxAY" role="listitem"><div class="_3L5YSq" title="三十岁以后，我开始每天写一千字"><a class="_1-HJSV _1OhGeD" href="/p/0a1b2c3d4e5f" target="_blank" rel="noopener noreferrer">三十岁以后，我开始每天写一千字</a></div><div class="_19haGh">写作这件事，最难的不是写，而是开始。</div></div>'
    page = (
        HEAD
        + NAV
        + """<div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">@@H1@@</h1>
<div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/@@USER@@" target="_blank" rel="noopener noreferrer"><img class="_13D2Eh" src="https://upload.jianshu-like.test/users/upload_avatars/@@USER@@.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96/format/webp" alt=""/></a><div style="margin-left:8px"><div class="_3U4Smb"><span class="FxYr8x"><a class="_1OhGeD" href="/u/@@USER@@" target="_blank" rel="noopener noreferrer">@@NAME@@</a></span><button data-locale="zh-CN" type="button" class="_3kba3h _1OyPqC _3Mi9q9 _34692-"><span>关注</span></button></div>
<div class="s-dsoj"><span class="_3tCVn5"><i aria-label="ic-diamond" class="anticon"><svg width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false"><use xlink:href="#ic-diamond"></use></svg></i><span>@@LIKES@@</span></span><time dateTime="@@UTC@@">@@SHOWN@@</time><span>字数 @@WORDS@@</span><span>阅读 @@VIEWS@@</span></div></div></div></div>
<article class="_2rhmJa">@@BODY@@</article>
<div></div>
<div class="_2Xd2t5" style="margin-top:24px"><span>© 著作权归作者所有,转载或内容合作请联系作者</span></div>
<div class="_1kCBjS"><div class="_18vaTa"><div class="_3BUZPB"><div class="_2Bo4Th" role="button" tabindex="-1" aria-label="给文章点赞"><i aria-label="ic-like" class="anticon"><svg width="1em" height="1em"><use xlink:href="#ic-like"></use></svg></i></div><span class="_1LOh_5" role="button" tabindex="-1" aria-label="查看点赞列表">@@LIKES@@人点赞<i class="anticon"></i></span></div></div></div>
<div class="_19DgIp" style="margin-top:24px;margin-bottom:24px"></div>
<div class="_13lIbp"><div class="_191KSt">&quot;小礼物走一走，来简书关注我&quot;</div><button type="button" class="_1OyPqC _3Mi9q9 _2WY0RL _1YbC5u"><span>赞赏支持</span></button><span class="_3zdmIj">还没有人赞赏，支持一下</span></div>
<div class="d0hShY"><a class="_2YwKwx" href="/u/@@USER@@" target="_blank" rel="noopener noreferrer"><img class="_1OyPqC" src="https://upload.jianshu-like.test/users/upload_avatars/@@USER@@.jpg" alt=""/></a><div class="Uz-vZq"><div class="Cqpr1X"><a class="HC3FFO _1OhGeD" href="/u/@@USER@@" title="@@NAME@@" target="_blank" rel="noopener noreferrer">@@NAME@@</a><span class="_2WEj6j" title="退休中学教师，写点家长里短">退休中学教师，写点家长里短</span></div><div class="lJvI3S"><span>总资产12</span><span>共写了8.6W字</span><span>获得312个赞</span><span>共86个粉丝</span></div></div><button data-locale="zh-CN" type="button" class="_1OyPqC _3Mi9q9"><span>关注</span></button></div>
</section>
<section class="ouvJEz"><h3 class="QxT4hD"><span>推荐阅读</span><a class="_29KFEa _1OhGeD" href="/" target="_blank" rel="noopener noreferrer">更多精彩内容<i class="anticon"></i></a></h3><div class="_1iTR78">@@RECOMMEND@@</div></section>
</div>
<aside class="_2OwGUo"><section class="_3Z3nHf"><div class="_3Oo-T1"><a class="_1OhGeD" href="/u/@@USER@@">@@NAME@@</a></div><div class="_1ZkLa6">总资产12</div></section><section class="_3Z3nHf"><h3 class="QHRnce"><span>热门故事</span></h3><div><a class="_1OhGeD" href="/p/9e8d7c6b5a40">我妈退休后学会了剪视频</a></div></section></aside>
</div>
<footer class="_3Z6Pm7"><div>&copy;2012-2024 上海佰集信息科技有限公司 / 简书 / 沪ICP备11018329号-5</div></footer></div>"""
        + NEXT_TAIL
    )
    note = {
        "id": n["id"],
        "slug": n["slug"],
        "user": {"id": 20871234, "nickname": NAME, "slug": USER, "avatar": f"https://upload.jianshu-like.test/users/upload_avatars/{USER}.jpg"},
        "title": speech.title,
        "public_title": speech.title,
        "content": body,
        "free_content": body,
        "paid": False,
        "wordage": words(n),
        "views_count": n["views"],
        "likes_count": n["likes"],
        "first_shared_at": n["utc"],
        "last_updated_at": n["utc"],
        "commentable": True,
        "total_rewards_count": 0,
    }
    data = {
        "props": {"initialState": {"note": {"data": note}, "auth": {"user": None}}, "initialProps": {"pageProps": {"slug": n["slug"]}}},
        "page": "/p/[slug]",
        "query": {"slug": n["slug"]},
        "buildId": "ZfKq1h0vYx3c2a9RkJ5pT",
        "assetPrefix": "https://cdn2.jianshu-like.test/shakespeare",
        "isFallback": False,
        "gip": True,
        "appGip": True,
    }
    meta = (
        f'<meta property="og:title" content="{speech.title}"/><meta property="og:type" content="article"/>'
        f'<meta property="og:url" content="https://www.jianshu-like.test/p/{n["slug"]}"/>'
        f'<link rel="canonical" href="https://www.jianshu-like.test/p/{n["slug"]}"/>'
    )
    return render(
        page,
        TITLE=f"{speech.title} - 简书",
        DESC=(n["before"] or speech.paras[0])[:80],
        META=meta,
        H1=speech.title,
        USER=USER,
        NAME=NAME,
        LIKES=n["likes"],
        UTC=n["utc"],
        SHOWN=n["shown"],
        WORDS=f"{words(n):,}",
        VIEWS=f"{n['views']:,}",
        BODY=body,
        RECOMMEND=recommend,
        NEXT_DATA=next_escape(data),
    )


def user_page():
    items = "\n".join(
        f"""<li id="note-{n["id"]}" data-note-id="{n["id"]}" class="">
<div class="content">
<a class="title" target="_blank" href="/p/{n["slug"]}">{n["speech"].title}</a>
<p class="abstract">
{(n["before"] or n["speech"].paras[1])[:70]}...
</p>
<div class="meta">
<span class="jsd-meta"><i class="iconfont ic-paid1"></i> 0.2</span>
<a target="_blank" href="/p/{n["slug"]}#comments"><i class="iconfont ic-list-comments"></i> {i + 3}</a>
<span><i class="iconfont ic-list-like"></i> {n["likes"]}</span>
<span class="time" data-shared-at="{n["utc"][:19]}+08:00"></span>
</div>
</div>
</li>"""
        for i, n in enumerate(reversed(NOTES))
    )
    page = f"""<!DOCTYPE html>
<!--[if IE 6]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 7]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 8]><html class="ie ie8"><![endif]-->
<!--[if IE 9]><html class="ie ie9"><![endif]-->
<!--[if !IE]><!--> <html> <!--<![endif]-->
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=no">
  <title>{NAME} - 简书</title>
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="Zk1mN2xJd0ZqVlRjMHBRb2RmR3B4cz09" />
  <link rel="stylesheet" media="all" href="//cdn2.jianshu-like.test/assets/web-2f1a0b9c8d7e.css" />
</head>
<body lang="zh-CN" class="reader-black-font">
<nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="width-limit"><a class="logo" href="/"><img src="//cdn2.jianshu-like.test/assets/web/nav-logo.png" alt="Nav logo" /></a><a class="btn write-btn" target="_blank" href="/writer#/">写文章</a><a class="btn sign-up" href="/sign_up">注册</a><a class="btn log-in" href="/sign_in">登录</a></div></nav>
<div class="container person">
  <div class="row">
    <div class="col-xs-16 main">
      <div class="main-top">
        <a class="avatar" href="/u/{USER}"><img src="//upload.jianshu-like.test/users/upload_avatars/{USER}.jpg" alt="240" /></a>
        <div class="title"><a class="name" href="/u/{USER}">{NAME}</a><i class="iconfont ic-man"></i></div>
        <div class="info"><ul>
          <li><div class="meta-block"><a href="/users/{USER}/following"><p>21</p>关注 <i class="iconfont ic-arrow"></i></a></div></li>
          <li><div class="meta-block"><a href="/users/{USER}/followers"><p>86</p>粉丝 <i class="iconfont ic-arrow"></i></a></div></li>
          <li><div class="meta-block"><a href="/u/{USER}"><p>2</p>文章 <i class="iconfont ic-arrow"></i></a></div></li>
          <li><div class="meta-block"><p>86421</p><div>字数</div></div></li>
          <li><div class="meta-block"><p>312</p><div>收获喜欢</div></div></li>
        </ul></div>
      </div>
      <ul class="trigger-menu" data-pjax-container="#list-container"><li class="active"><a href="/u/{USER}?order_by=shared_at"><i class="iconfont ic-articles"></i> 文章</a></li><li class=""><a href="/users/{USER}/timeline"><i class="iconfont ic-feed"></i> 动态</a></li></ul>
      <div id="list-container">
        <ul class="note-list" infinite-scroll-url="/u/{USER}?order_by=shared_at">
{items}
        </ul>
      </div>
    </div>
    <div class="col-xs-7 col-xs-offset-1 aside">
      <div class="title">个人介绍</div>
      <div class="description"><div class="js-intro">退休中学教师，写点家长里短</div></div>
    </div>
  </div>
</div>
<script type="application/json" data-name="page-data">{{"user_signed_in":false,"locale":"zh-CN","os":"windows","read_mode":"day","read_font":"font2","user":{{"id":20871234,"slug":"{USER}","nickname":"{NAME}"}}}}</script>
<script src="//cdn2.jianshu-like.test/assets/babel-polyfill-676833c6d5.js"></script>
<script src="//cdn2.jianshu-like.test/assets/web-base-9a8b7c6d5e.js"></script>
<script src="//cdn2.jianshu-like.test/assets/web/pages/users/show/entry-1e2f3a4b5c.js"></script>
</body>
</html>
"""
    return page


def build() -> Family:
    fam = Family(
        HOST,
        "简书-like Next.js SSR notes (/p/HASH): CSS-module classes, author bar, __NEXT_DATA__ free_content, 赞赏 box; Rails user page /u/HASH",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
        home=f"/u/{USER}",
    )
    fam.put(f"/u/{USER}", user_page())
    # the 文章 tab links the same list with its sort order (answered by the same page)
    fam.route(f"/u/{USER}?order_by=shared_at", f"/u/{USER}", user_page())
    fam.not_documents += [f"/u/{USER}", f"/u/{USER}?order_by=shared_at"]
    for n in NOTES:
        fam.put(f"/p/{n['slug']}", note_page(n))
        fam.doc([f"/p/{n['slug']}"], n["speech"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /sign_in\nDisallow: /sign_up\nDisallow: /writer\n")
    fam.noise += [
        "女儿出嫁，写了这篇致辞",
        "给以后要嫁女儿的老哥们做个参考",
        "写于孩子成人礼前一晚",
        "婚礼那天的花门",
        "© 著作权归作者所有",
        "转载或内容合作请联系作者",
        "小礼物走一走，来简书关注我",
        "赞赏支持",
        "还没有人赞赏，支持一下",
        "人点赞",
        "字数 ",
        "阅读 2,317",
        "2023.10.03 20:20:45",
        NAME,
        "退休中学教师，写点家长里短",
        "共写了8.6W字",
        "推荐阅读",
        "更多精彩内容",
        "三十岁以后，我开始每天写一千字",
        "热门故事",
        "沪ICP备11018329号-5",
        "写文章",
    ]
    return fam
