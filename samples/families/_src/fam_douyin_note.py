"""抖音图文 share pages (www.iesdouyin.com/share/note/ID/ and /share/user/SEC_UID/) as a phone browser
gets them from a share link: the Modern.js SSR shell (`#root > div.note-container`) with the app's
furniture around the text: the 打开抖音 top bar, the picture swiper (`1/6`), the author row (avatar,
nickname, 关注), `h1.note-title` (the 图文's own title), the caption `div.note-desc` whose text is one
`span.desc-text` with the lines joined by `<br>`: the poster's own first line (`女儿出嫁…记录一下` /
`今天最后一次站在讲台上…`), an empty line, the speech, then the `#话题` links; the time line
(`2023-10-03 19:26 · IP属地：浙江`), the 赞 / 评论 / 收藏 / 分享 bar, three comments and
`打开抖音查看全部评论`, 更多精彩作品 cards, the bottom 打开抖音 button; the item again in
`window._ROUTER_DATA` (`loaderData["note_(id)/page"].videoInfoRes.item_list[0]`, `aweme_type: 68`,
`desc` with `\\n`s, `create_time` seconds). Home is the author's share page `/share/user/…/` (抖音号,
获赞 / 关注 / 粉丝, signature, the 作品 grid of `a.work-item` cards with 图文 badges); a third 图文 (a
short caption of an outing, not a speech) is a note page that is not a document."""

import json
from datetime import datetime, timedelta, timezone

from common import SPEECHES, Family, render

HOST = "www.iesdouyin-like.test"
SEC_UID = "MS4wLjABAAAAk3Zr8yQpXm2vT6nLc1WdHf0sBa9eJuGiOx7KyR4tPqE"
CST = timezone(timedelta(hours=8))
AUTHOR = {"nickname": "青禾老李的语文课", "unique_id": "lilaoshi_qh1971", "uid": "84920173651"}

NOTES = [
    {
        "speech": SPEECHES["f47d-3"],
        "id": "7285913046172839475",
        "time": "2023-10-03 19:26",
        "intro": "女儿出嫁，头天晚上改了三遍的发言稿，念到一半还是哽咽了😭 记录一下，给自己留个纪念。",
        "tags": ["婚礼致辞", "父亲致辞", "嫁女儿", "婚礼现场"],
        "pics": 6,
        "digg": "2.3万", "digg_n": 23046, "comment": 1426, "collect": 5890, "share": 3102,
        "comments": [("幸福的小熊猫", "听哭了，爸爸永远是最舍不得女儿的那个人", "10-04"), ("阿杰不吃香菜", "修水龙头那段太真实了哈哈哈", "10-04"),
                     ("南风知我意", "求原稿！下个月我女儿也结婚", "10-05")],
    },
    {
        "speech": SPEECHES["f47d-4"],
        "id": "7382610495831204623",
        "time": "2024-06-20 21:47",
        "intro": "带了三年的娃毕业了。今天在毕业典礼上给孩子们说的话，原稿发上来，家长们要的👇",
        "tags": ["毕业典礼", "班主任寄语", "初三毕业", "教师日常"],
        "pics": 4,
        "digg": "8816", "digg_n": 8816, "comment": 533, "collect": 2147, "share": 906,
        "comments": [("王雨桐妈妈", "李老师提到我们家雨桐了，孩子在家看了好几遍", "06-20"), ("初三（2）班张子轩", "老师我们会回来看你的！！", "06-21"),
                     ("一只路过的老师", "同为班主任，看得眼眶发热", "06-22")],
    },
]
OUTING = {"id": "7301845520376912418", "time": "2023-11-18 16:05", "title": "周末带学生去爬云台山",
          "desc": "周末带班上的孩子们去爬云台山，一路上有说有笑，山顶的风真大。#班级活动 #秋天的山"}


def ts(stamp: str) -> int:
    return int(datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=CST).timestamp())


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta name="applicable-device" content="mobile">
<link rel="shortcut icon" href="https://lf1-cdn-tos.bytegoofy.com/goofy/ies/douyin_web/public/favicon.ico">
<link rel="stylesheet" href="https://lf-cdn-tos.bytescm.com/obj/static/ies/douyin_share/ssr/static/css/@@CSS@@">
<script>window.__MODERN_SSR__ = true; window.__pace_f = window.__pace_f || [];</script>
</head>
<body>
<div id="root">
"""

TAIL = """</div>
<script>window._ROUTER_DATA = @@DATA@@</script>
<script src="https://lf-cdn-tos.bytescm.com/obj/static/ies/douyin_share/ssr/static/js/lib-react.3c8e1f.js" defer></script>
<script src="https://lf-cdn-tos.bytescm.com/obj/static/ies/douyin_share/ssr/static/js/@@JS@@" defer></script>
<script>
(function(){var s=document.createElement("script");s.src="https://lf3-cdn-tos.bytescm.com/obj/static/log-sdk/collect/5.0/collect-rangers-v5.1.7.js";s.async=true;document.head.appendChild(s);})();
</script>
</body>
</html>
"""

OPEN_BAR = """<div class="open-app-bar">
  <img class="logo" src="https://lf1-cdn-tos.bytegoofy.com/goofy/ies/douyin_web/public/logo-horizontal.svg" alt="抖音">
  <div class="slogan"><p class="t1">抖音</p><p class="t2">记录美好生活</p></div>
  <a class="open-btn" href="snssdk1128://aweme/detail/@@ID@@?refer=web">打开</a>
</div>
"""


def note_page(n, others):
    speech = n["speech"]
    lines = [esc(n["intro"]), ""] + [esc(p) for p in speech.paras]
    tags = "".join(f'<a class="hashtag" href="javascript:;">#{t} </a>' for t in n["tags"])
    desc_json = n["intro"] + "\n\n" + "\n".join(speech.paras) + "\n" + " ".join(f"#{t}" for t in n["tags"])
    pics = "".join(
        f'<div class="swiper-slide"><img src="https://p3-pc-sign.douyinpic.com/tos-cn-i-0813c001/o{n["id"][-8:]}{k}~tplv-dy-aweme-images:q75.webp" alt=""></div>'
        for k in range(1, n["pics"] + 1)
    )
    comments = "\n".join(
        f'''    <div class="comment-item"><img class="avatar" src="https://p26.douyinpic.com/aweme/100x100/aweme-avatar/default.jpeg" alt=""><div class="comment-main">
      <p class="user">{u}</p><p class="content">{c}</p><p class="meta">{d} · 回复</p></div><span class="digg">{17 + 31 * k}</span></div>'''
        for k, (u, c, d) in enumerate(n["comments"])
    )
    recs = "".join(
        f'<a class="rec-item" href="/share/note/{o["id"]}/"><img src="https://p3-pc-sign.douyinpic.com/obj/cover/{o["id"]}.webp" alt=""><p>{o["title"]}</p></a>'
        for o in others
    )
    data = {
        "loaderData": {
            "note_(id)/page": {
                "videoInfoRes": {
                    "status_code": 0,
                    "item_list": [{
                        "aweme_id": n["id"], "aweme_type": 68, "item_title": speech.title, "desc": desc_json,
                        "create_time": ts(n["time"]),
                        "author": {"nickname": AUTHOR["nickname"], "unique_id": AUTHOR["unique_id"], "sec_uid": SEC_UID, "uid": AUTHOR["uid"]},
                        "images": [{"uri": f"tos-cn-i-0813c001/o{n['id'][-8:]}{k}", "url_list": [f"https://p3-pc-sign.douyinpic.com/tos-cn-i-0813c001/o{n['id'][-8:]}{k}~tplv-dy-aweme-images:q75.webp"]} for k in range(1, n["pics"] + 1)],
                        "statistics": {"digg_count": n["digg_n"], "comment_count": n["comment"], "collect_count": n["collect"], "share_count": n["share"]},
                        "text_extra": [{"hashtag_name": t, "type": 1} for t in n["tags"]],
                        "ip_label": "浙江",
                    }],
                    "filter_list": [],
                }
            },
            "layout": {"isSpider": False, "os": "android"},
        }
    }
    body = """<div class="note-container">
  <div class="swiper-container"><div class="swiper-wrapper">@@PICS@@</div><div class="swiper-indicator">1/@@NPICS@@</div></div>
  <div class="author-info">
    <a class="author-link" href="/share/user/@@SEC@@/"><img class="avatar" src="https://p3.douyinpic.com/aweme/100x100/aweme-avatar/tos-cn-avt-0015_lilaoshi.jpeg" alt=""><span class="author-name">@@NICK@@</span></a>
    <span class="follow-btn">关注</span>
  </div>
  <h1 class="note-title">@@TITLE@@</h1>
  <div class="note-desc">
    <span class="desc-text">@@LINES@@</span>
    <span class="tags">@@TAGS@@</span>
    <span class="expand-btn">收起</span>
  </div>
  <div class="note-time">@@TIME@@ · IP属地：浙江</div>
  <div class="interact-bar">
    <span class="item digg"><i class="icon-digg"></i>@@DIGG@@</span>
    <span class="item comment"><i class="icon-comment"></i>@@COMMENT@@</span>
    <span class="item collect"><i class="icon-collect"></i>@@COLLECT@@</span>
    <span class="item share"><i class="icon-share"></i>@@SHARE@@</span>
  </div>
  <div class="comment-area">
    <div class="comment-title">全部评论（@@COMMENT@@）</div>
@@COMMENTS@@
    <a class="more-comment" href="snssdk1128://aweme/detail/@@ID@@?refer=web&amp;gd_label=click_schema_comment">打开抖音查看全部评论 &gt;</a>
  </div>
  <div class="recommend">
    <div class="rec-title">更多精彩作品</div>
    <div class="rec-list">@@RECS@@</div>
  </div>
</div>
<div class="bottom-bar"><a class="download-btn" href="https://www.douyin.com/download/?from=share_note">打开抖音，看更多精彩内容</a></div>
"""
    page = HEAD + OPEN_BAR + body + TAIL
    return _fill(page, n, speech, pics, comments, recs, lines, tags, data)


def _fill(page, n, speech, pics, comments, recs, lines, tags, data):
    return render(
        page.replace("<h1 class=\"note-title\">@@TITLE@@</h1>", f'<h1 class="note-title">{esc(speech.title)}</h1>'),
        TITLE=f"{speech.title} - 抖音",
        DESC=f"{n['intro'][:40]} - {AUTHOR['nickname']}于{n['time'][:10]}发布在抖音，已经收获了{n['digg']}个喜欢，来抖音，记录美好生活！",
        CSS="note.8c2a1f5e.css", JS="note.5b7d0e21.js", PICS=pics, NPICS=n["pics"], SEC=SEC_UID, NICK=AUTHOR["nickname"],
        LINES="<br>".join(lines), TAGS=tags, TIME=n["time"], DIGG=n["digg"], COMMENT=n["comment"], COLLECT=n["collect"],
        SHARE=n["share"], COMMENTS=comments, RECS=recs, DATA=json.dumps(data, ensure_ascii=False).replace("</", "<\\/"), ID=n["id"],
    )


def outing_page():
    o = OUTING
    data = {"loaderData": {"note_(id)/page": {"videoInfoRes": {"status_code": 0, "item_list": [{
        "aweme_id": o["id"], "aweme_type": 68, "item_title": o["title"], "desc": o["desc"], "create_time": ts(o["time"]),
        "author": {"nickname": AUTHOR["nickname"], "unique_id": AUTHOR["unique_id"], "sec_uid": SEC_UID}}]}}}}
    body = OPEN_BAR + f"""<div class="note-container">
  <div class="swiper-container"><div class="swiper-wrapper"><div class="swiper-slide"><img src="https://p3-pc-sign.douyinpic.com/obj/cover/{o['id']}.webp" alt=""></div></div><div class="swiper-indicator">1/9</div></div>
  <div class="author-info"><a class="author-link" href="/share/user/{SEC_UID}/"><img class="avatar" src="https://p3.douyinpic.com/aweme/100x100/aweme-avatar/tos-cn-avt-0015_lilaoshi.jpeg" alt=""><span class="author-name">{AUTHOR['nickname']}</span></a><span class="follow-btn">关注</span></div>
  <h1 class="note-title">{o['title']}</h1>
  <div class="note-desc"><span class="desc-text">周末带班上的孩子们去爬云台山，一路上有说有笑，山顶的风真大。</span><span class="tags"><a class="hashtag" href="javascript:;">#班级活动 </a><a class="hashtag" href="javascript:;">#秋天的山 </a></span></div>
  <div class="note-time">{o['time']} · IP属地：浙江</div>
  <div class="interact-bar"><span class="item digg"><i class="icon-digg"></i>362</span><span class="item comment"><i class="icon-comment"></i>41</span><span class="item collect"><i class="icon-collect"></i>18</span><span class="item share"><i class="icon-share"></i>9</span></div>
  <div class="comment-area"><div class="comment-title">全部评论（41）</div><a class="more-comment" href="snssdk1128://aweme/detail/{o['id']}?refer=web">打开抖音查看全部评论 &gt;</a></div>
</div>
<div class="bottom-bar"><a class="download-btn" href="https://www.douyin.com/download/?from=share_note">打开抖音，看更多精彩内容</a></div>
"""
    return render(HEAD + body + TAIL, TITLE=f"{o['title']} - 抖音", DESC=o["desc"][:60], CSS="note.8c2a1f5e.css", JS="note.5b7d0e21.js",
                  DATA=json.dumps(data, ensure_ascii=False), ID=o["id"])


def user_page():
    works = [
        {"id": NOTES[1]["id"], "title": NOTES[1]["speech"].title, "digg": NOTES[1]["digg"], "top": True},
        {"id": OUTING["id"], "title": OUTING["title"], "digg": "362", "top": False},
        {"id": NOTES[0]["id"], "title": NOTES[0]["speech"].title, "digg": NOTES[0]["digg"], "top": False},
    ]
    cards = "\n".join(
        f'''    <a class="work-item" href="/share/note/{w['id']}/"><img class="cover" src="https://p3-pc-sign.douyinpic.com/obj/cover/{w['id']}.webp" alt="{w['title']}">'''
        f'''<span class="badge">图文</span>{'<span class="top-tag">置顶</span>' if w['top'] else ''}<span class="digg"><i class="icon-digg"></i>{w['digg']}</span></a>'''
        for w in works
    )
    data = {"loaderData": {"user_(id)/page": {"userInfoRes": {"status_code": 0, "user_info": {
        "nickname": AUTHOR["nickname"], "unique_id": AUTHOR["unique_id"], "sec_uid": SEC_UID, "aweme_count": 46,
        "follower_count": 31877, "following_count": 128, "total_favorited": 416230,
        "signature": "县城初中语文老师，当了二十年班主任。\n记录生活，分享文字。"}},
        "postRes": {"aweme_list": [{"aweme_id": w["id"], "desc": w["title"], "aweme_type": 68} for w in works], "has_more": 1, "max_cursor": 1699606400000}}}}
    body = OPEN_BAR + f"""<div class="user-container">
  <div class="user-bg"></div>
  <div class="user-info">
    <img class="avatar" src="https://p3.douyinpic.com/aweme/100x100/aweme-avatar/tos-cn-avt-0015_lilaoshi.jpeg" alt="">
    <h1 class="nickname">{AUTHOR['nickname']}</h1>
    <p class="unique-id">抖音号：{AUTHOR['unique_id']}</p>
    <div class="count"><span><b>41.6万</b> 获赞</span><span><b>128</b> 关注</span><span><b>3.2万</b> 粉丝</span></div>
    <p class="signature">县城初中语文老师，当了二十年班主任。<br>记录生活，分享文字。</p>
    <span class="follow-btn">关注</span>
  </div>
  <div class="tabs"><span class="tab active">作品 46</span><span class="tab">喜欢</span></div>
  <div class="work-list">
{cards}
  </div>
  <div class="load-more"><a href="snssdk1128://user/profile/{AUTHOR['uid']}?refer=web">打开抖音，查看TA的全部作品</a></div>
</div>
<div class="bottom-bar"><a class="download-btn" href="https://www.douyin.com/download/?from=share_user">打开抖音，看更多精彩内容</a></div>
"""
    return render(HEAD + body + TAIL, TITLE=f"{AUTHOR['nickname']}的抖音 - 抖音", DESC=f"{AUTHOR['nickname']}，抖音号：{AUTHOR['unique_id']}。县城初中语文老师，当了二十年班主任。",
                  CSS="user.71d3e6a0.css", JS="user.0f9c4b82.js", DATA=json.dumps(data, ensure_ascii=False), ID=AUTHOR["uid"])


def build() -> Family:
    fam = Family(HOST, "抖音图文 (iesdouyin.com/share/note/ID/) share pages: caption text inside app furniture, _ROUTER_DATA")
    fam.home = f"/share/user/{SEC_UID}/"
    fam.put(fam.home, user_page())
    fam.put(f"/share/note/{OUTING['id']}/", outing_page())
    fam.not_documents += [fam.home, f"/share/note/{OUTING['id']}/"]
    for i, n in enumerate(NOTES):
        others = [{"id": NOTES[1 - i]["id"], "title": NOTES[1 - i]["speech"].title}, {"id": OUTING["id"], "title": OUTING["title"]}]
        fam.put(f"/share/note/{n['id']}/", note_page(n, others))
        fam.doc([f"/share/note/{n['id']}/"], n["speech"], published_at=n["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /web/api/\nDisallow: /aweme/v1/\nDisallow: /share/video/*/?*\n")
    fam.note = "the caption opens with the poster's own line and an empty line, ends with #话题 links; the note's title is the speech's"
    fam.noise += ["记录一下，给自己留个纪念", "原稿发上来，家长们要的", "#婚礼致辞", "#毕业典礼", "IP属地：浙江", "打开抖音查看全部评论", "更多精彩作品",
                  "打开抖音，看更多精彩内容", "听哭了，爸爸永远是最舍不得女儿的那个人"]
    return fam
