"""小鹅通 (appXXXX.h5.xiaoeknow.com) 知识店铺 H5 pages, as the server-rendered snapshot a guest gets.

Extensionless pages (`extensionless_html`): shop home `/` (店铺 header, banner, 专栏 cards, 最新 list)
→ 专栏 `/p/course/column/p_<24 hex>` (详情 / 目录 tabs, the 目录 list of 图文 items with 试看 / 图文
badges and 学习次数; the column's 介绍 text is not a document) → 图文 items `/p/course/text/i_<24 hex>`:
`div#app` with `h1.course-title`, `div.course-info` (`N次学习`, 更新时间), the column card, the
text in `div.rich-text-wrap` as `<p><span style=…>` lines, a 课程讲义 note and 讲师 box, 评论 list, 
the fixed bottom bar (首页 / 目录 / 分享 / 购买专栏 ￥); `window.__INITIAL_STATE__` holds the item ids
only. The 开营 speech is free (免费试看 item, whole text); the 县 speech is a paid item whose 试看 part
ends in the `试看结束，购买后可阅读完整内容` wall (`div.try-end-mask`) → truncated.
Footer `小鹅通提供技术支持`."""

from common import SPEECHES, Family

HOST = "appyq7k2m9x4516.h5.xiaoe-yunqiao-like.test"
SHOP = "青禾讲堂"
COL1 = "p_64a7c2e3e4b0f1a2b3c4d5e6"
COL2 = "p_6618d04fe4b0a9c8d7e6f501"
I1 = "i_64ab91f0e4b0c3d2e1f0a9b8"
I2 = "i_661f3a27e4b0d5c4b3a29180"
I_OTHER = [("i_64ab9322e4b0c3d2e1f0aa01", "第二讲：一堂好课的三个问题", False),
           ("i_64ad0b15e4b0c3d2e1f0ab77", "第三讲：分组磨课怎么磨", False),
           ("i_6620b7c9e4b0d5c4b3a29244", "第二讲：村级集体资产清查实务", True),
           ("i_6622e501e4b0d5c4b3a29302", "第三讲：“四议两公开”的操作要点", True)]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<link rel="icon" href="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/shop_logo.png">
<link href="https://commonresource-1252524126.cdn.xiaoeknow-like.test/static/h5/css/chunk-vendors.8f2a61c4.css" rel="stylesheet">
<link href="https://commonresource-1252524126.cdn.xiaoeknow-like.test/static/h5/css/app.4c1d09b7.css" rel="stylesheet">
<script>window.APPID="appyq7k2m9x4516";window.__XE_ENV__="production";window.isOpenDecorate=1;</script>
</head>
<body>
<noscript><strong>很抱歉，页面需要开启 JavaScript 才能正常显示，请开启后重试。</strong></noscript>
<div id="app" data-server-rendered="true">
"""

FOOT = """<div class="tech-support"><img src="https://commonresource-1252524126.cdn.xiaoeknow-like.test/static/h5/img/xiaoe_logo_grey.png" alt=""><span>小鹅通提供技术支持</span></div>
</div>
<script>window.__INITIAL_STATE__=@@STATE@@;</script>
<script src="https://commonresource-1252524126.cdn.xiaoeknow-like.test/static/h5/js/chunk-vendors.3b8e9d21.js"></script>
<script src="https://commonresource-1252524126.cdn.xiaoeknow-like.test/static/h5/js/app.e71a05c2.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a1f0e27c4b9d3e5a7c8b6d4e2f1a0b9c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def page(title, desc, body, state):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc) + body + FOOT.replace("@@STATE@@", state)


def shop_bar():
    return f"""<div class="shop-header"><a href="/" class="shop-logo"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/shop_logo.png" alt=""></a><span class="shop-name">{SHOP}</span><a href="/p/t_pc/member/login" class="login-btn">登录</a></div>
"""


def bottom_bar(column, price):
    return f"""<div class="bottom-bar">
<a href="/" class="bar-item"><i class="iconfont icon-home"></i><span>首页</span></a>
<a href="/p/course/column/{column}?tab=catalog" class="bar-item"><i class="iconfont icon-mulu"></i><span>目录</span></a>
<a href="javascript:;" class="bar-item share-btn"><i class="iconfont icon-share"></i><span>分享</span></a>
<a href="/p/course/column/{column}" class="buy-btn">购买专栏 ￥{price}</a>
</div>
"""


def para(t):
    return f'<p style="line-height: 1.75em; margin-bottom: 12px;"><span style="font-size: 16px; color: rgb(51, 51, 51);">{t}</span></p>'


def item_page(iid, column, col_title, col_price, title, learned, updated, body, teacher, comments, state):
    cmt = "\n".join(
        f'<li class="comment-item"><img class="avatar" src="https://wx.qlogo-like.test/mmopen/vi_32/{n}/132" alt=""><div class="comment-main"><p class="nickname">{n}</p><p class="comment-content">{c}</p><p class="comment-time">{t}</p></div><span class="like"><i class="iconfont icon-zan"></i>{z}</span></li>'
        for n, c, t, z in comments
    )
    return page(
        f"{title}",
        f"{title} - {SHOP}",
        shop_bar()
        + f"""<div class="course-detail text-detail">
<div class="course-cover"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/{iid}_cover.jpg" alt=""></div>
<div class="course-header">
<h1 class="course-title">{title}</h1>
<div class="course-info"><span class="learn-count">{learned}次学习</span><span class="update-time">{updated}</span></div>
</div>
<a class="column-card" href="/p/course/column/{column}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/{column}.jpg" alt=""><div class="column-info"><p class="column-title">{col_title}</p><p class="column-price">￥{col_price}</p></div><span class="go">进入专栏 &gt;</span></a>
<div class="detail-tabs"><span class="tab active">图文详情</span></div>
<div class="rich-text-wrap">
{body}
</div>
{teacher}
<div class="comment-area">
<div class="comment-head"><span class="title">评论</span><span class="count">({len(comments)})</span><a href="javascript:;" class="write-comment">写评论</a></div>
<ul class="comment-list">
{cmt}
</ul>
<p class="no-more">没有更多了</p>
</div>
</div>
"""
        + bottom_bar(column, col_price),
        state,
    )


TRY = '<span class="try-tag">试看</span>'


def column_page(column, title, price, subs, intro, items):
    rows = "\n".join(
        f'<li class="catalog-item"><a href="/p/course/text/{iid}"><span class="type-tag">图文</span><p class="item-title">{t}</p><p class="item-sub">{TRY if trial else ""}<span>{n}次学习</span></p></a></li>'
        for iid, t, trial, n in items
    )
    return page(
        title,
        f"{title} - {SHOP}",
        shop_bar()
        + f"""<div class="column-detail">
<div class="column-cover"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/{column}.jpg" alt=""></div>
<div class="column-header"><h1 class="column-title">{title}</h1><p class="column-sub">已更新{len(items)}期 | {subs}人已订阅</p><p class="column-price"><span class="price">￥{price}</span></p></div>
<div class="detail-tabs"><a class="tab" href="#intro">详情</a><a class="tab active" href="#catalog">目录</a></div>
<div class="column-intro" id="intro">
{intro}
</div>
<div class="catalog" id="catalog"><div class="catalog-head">目录<span class="sort">正序</span></div>
<ul class="catalog-list">
{rows}
</ul></div>
</div>
"""
        + bottom_bar(column, price),
        '{"column":{"id":"%s","resource_type":8}}' % column,
    )


def build() -> Family:
    fam = Family(HOST, "小鹅通 (xiaoeknow) 知识店铺 H5 pages: 专栏 and 图文 items, 试看 wall", extensionless_html=True)
    s1, s2 = SPEECHES["f55c-1"], SPEECHES["f55c-2"]
    ct1 = "青年教师教学能力提升研修营·精华实录"
    ct2 = "乡村振兴干部课堂：村级集体经济怎么干"

    teacher1 = """<div class="teacher-box"><p class="box-title">主讲人</p><div class="teacher"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/teacher_zhou.jpg" alt=""><div><p class="name">周敏华</p><p class="desc">省高校教师发展中心主任，教授</p></div></div></div>"""
    lead1 = '<p style="text-align: center;"><span style="font-size: 14px; color: rgb(136, 136, 136);">（本文根据现场录音整理，已经讲话人审阅）</span></p>'
    img1 = '<p style="text-align: center;"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/ueditor/kaiying.jpg" style="width: 100%;"></p><p style="text-align: center;"><span style="font-size: 13px; color: rgb(153, 153, 153);">▲ 开营仪式现场</span></p>'
    tail1 = '<p><br></p><p style="text-align: center;"><span style="font-size: 14px; color: rgb(136, 136, 136);">— 完 —</span></p><p><span style="font-size: 14px; color: rgb(136, 136, 136);">整理：研修营会务组 ｜ 本课程讲义可在专栏详情页下载</span></p>'
    body1 = "\n".join([lead1, img1] + [para(p) for p in s1.paras] + [tail1])
    comments1 = [("陈一舟", "“备内容更要备学生”，这句话记下了。", "2023-07-13 21:05", 12),
                 ("Luna", "去年参加过研修营，磨课环节真的收获很大。", "2023-07-14 08:41", 5),
                 ("向阳而生", "请问讲义在哪里下载？", "2023-07-16 10:22", 0)]
    fam.put(f"/p/course/text/{I1}", item_page(I1, COL1, ct1, "19.90", s1.title, 2386, "2023-07-10 18:30 更新", body1, teacher1, comments1,
                                               '{"resource":{"id":"%s","resource_type":1,"is_free":1,"product_id":"%s"}}' % (I1, COL1)))
    fam.doc([f"/p/course/text/{I1}"], s1)

    keep = 4
    shown = s2.paras[:keep]
    wall = """<div class="try-end-mask">
<div class="mask-gradient"></div>
<p class="try-end-tip">— 试看结束，购买后可阅读完整内容 —</p>
<a href="/p/course/column/%s" class="try-buy-btn">￥29.90 购买专栏</a>
<p class="try-vip">开通会员免费学 &gt;</p>
</div>""" % COL2
    body2 = "\n".join([para(p) for p in shown]) + "\n" + wall
    teacher2 = """<div class="teacher-box"><p class="box-title">主讲人</p><div class="teacher"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/teacher_he.jpg" alt=""><div><p class="name">课程编辑部</p><p class="desc">讲话原文由县委农办提供</p></div></div></div>"""
    comments2 = [("老村干部", "柳塘村的粮站改造去看过，确实搞得好。", "2024-04-22 19:47", 8),
                 ("田埂上的风", "试看到一半就断了……", "2024-04-23 07:15", 3)]
    fam.put(f"/p/course/text/{I2}", item_page(I2, COL2, ct2, "29.90", "第一讲：" + s2.title, 913, "2024-04-19 09:00 更新", body2, teacher2, comments2,
                                               '{"resource":{"id":"%s","resource_type":1,"is_free":0,"is_try":1,"product_id":"%s"}}' % (I2, COL2)))
    fam.doc([f"/p/course/text/{I2}"], s2, truncated=True, text="\n".join(shown))

    for iid, t, paid in I_OTHER:
        col, ctitle, price = (COL2, ct2, "29.90") if paid else (COL1, ct1, "19.90")
        body = para("本期内容为专栏订阅内容，订阅专栏后即可学习。") if paid else para("本期为研修营第二、三天的课程精华整理，稍后更新。")
        fam.put(f"/p/course/text/{iid}", item_page(iid, col, ctitle, price, t, 300, "更新", body, "", [],
                                                   '{"resource":{"id":"%s"}}' % iid))

    intro1 = para("本专栏收录全省高校青年教师教学能力提升研修营的开营讲话、专题讲座和示范课实录，共十二期。") + "\n" + para("适合人群：入职五年以内的高校青年教师、教学管理人员。购买后永久有效，可反复学习。")
    fam.put(f"/p/course/column/{COL1}", column_page(COL1, ct1, "19.90", 1542, intro1,
                                                    [(I1, "开营讲话：" + s1.title, True, 2386), (I_OTHER[0][0], I_OTHER[0][1], False, 1320), (I_OTHER[1][0], I_OTHER[1][1], False, 1104)]))
    intro2 = para("本专栏面向乡镇、村干部，围绕发展壮大村级集体经济，收录县级推进会讲话、典型村经验和实务操作讲解。") + "\n" + para("第一讲可免费试看。订阅后可收看全部内容，并加入学员交流群。")
    fam.put(f"/p/course/column/{COL2}", column_page(COL2, ct2, "29.90", 386, intro2,
                                                    [(I2, "第一讲：" + s2.title, True, 913), (I_OTHER[2][0], I_OTHER[2][1], False, 402), (I_OTHER[3][0], I_OTHER[3][1], False, 377)]))

    home = shop_bar() + f"""<div class="decorate-page">
<div class="banner"><a href="/p/course/column/{COL2}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/banner_2404.jpg" alt="乡村振兴干部课堂"></a></div>
<div class="nav-icons"><a href="/p/course/column/{COL1}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/icon1.png" alt=""><span>教师发展</span></a><a href="/p/course/column/{COL2}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/icon2.png" alt=""><span>乡村振兴</span></a><a href="/p/t_pc/member/vip"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/icon3.png" alt=""><span>会员</span></a></div>
<div class="component column-list"><div class="component-title">精选专栏<a href="/p/course/column/{COL1}" class="more">查看更多 &gt;</a></div>
<a class="goods-item" href="/p/course/column/{COL2}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/{COL2}.jpg" alt=""><div class="goods-info"><p class="goods-title">{ct2}</p><p class="goods-sub">已更新3期 | 386人已订阅</p><p class="goods-price">￥29.90</p></div></a>
<a class="goods-item" href="/p/course/column/{COL1}"><img src="https://wechatapppro-1252524126.file.myqcloud-like.test/appyq7k2m9x4516/image/{COL1}.jpg" alt=""><div class="goods-info"><p class="goods-title">{ct1}</p><p class="goods-sub">已更新3期 | 1542人已订阅</p><p class="goods-price">￥19.90</p></div></a>
</div>
<div class="component free-list"><div class="component-title">免费试看</div>
<a class="goods-item" href="/p/course/text/{I1}"><div class="goods-info"><p class="goods-title">开营讲话：{s1.title}</p><p class="goods-sub"><span class="type-tag">图文</span>2386次学习</p><p class="goods-price free">免费</p></div></a>
</div>
</div>
<div class="bottom-nav"><a href="/" class="active">首页</a><a href="/p/t_pc/member/study">已购</a><a href="/p/t_pc/member/mine">我的</a></div>
"""
    fam.put("/", page(f"{SHOP}", f"{SHOP}：教师发展与干部培训的知识店铺", home, '{"page":"homepage","app_id":"appyq7k2m9x4516"}'))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /p/t_pc/member/\nDisallow: /xe.\n")
    fam.not_documents += ["/", f"/p/course/column/{COL1}", f"/p/course/column/{COL2}", f"/p/course/text/{I_OTHER[2][0]}"]
    fam.noise += ["小鹅通提供技术支持", "试看结束，购买后可阅读完整内容", "次学习", "本文根据现场录音整理", "▲ 开营仪式现场", "— 完 —", "整理：研修营会务组", "购买专栏", "写评论", "没有更多了", "开通会员免费学", "讲话原文由县委农办提供"]
    return fam
