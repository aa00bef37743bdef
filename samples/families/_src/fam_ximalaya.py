"""喜马拉雅 (ximalaya.com) PC pages as a crawler without JavaScript gets them (server-rendered React):
album page `/album/N` (cover, 主播, 订阅 / 播放数, 简介, 声音列表 `sound-list` rows with `/sound/N`
links, 播放 counts and dates, the `pagination` pager to `/album/N/p2/`), sound pages `/sound/N`
(extensionless): `sound-container`, title, 专辑 link, 播放 count and 发布 date, the player bar with
`下载App 收听完整版` prompts, tabs 简介 / 文稿, the 文稿 section (`div.transcript` paragraphs, the
uploader's note that the transcript is the speech as delivered), 专辑里的声音 sidebar (上一集 / 下一集),
主播 card with 关注, 评论 (N) with comments and 登录后发表评论, 相关推荐, footer with ICP / 网络文化
经营许可证 lines, `window.__INITIAL_STATE__` without the transcript. One speech was uploaded in two
parts (`…（上）`, `…（下）`), each part's page carrying its own part of the 文稿: one document over
two sound pages."""

import json


from common import FAMILIES, SPEECHES, Family, split_paras

HOST = "www.ximalaya-like.test"
ALBUM = 68234511
ALBUM_TITLE = "沁州之声·会议讲话录音"
ANCHOR = "沁州新闻广播"

X1, X2 = SPEECHES["g37c-x1"], SPEECHES["g37c-x2"]
X1A, X1B = split_paras(X1.paras, 2)
# (sound id, title, date, plays, duration, paras, speech, comments)
SOUNDS = [
    (712450983, "在高三百日誓师大会上的讲话（下）", "2024-02-26", "3.1万", "09:42", X1B, X1),
    (712450871, "在高三百日誓师大会上的讲话（上）", "2024-02-26", "4.6万", "10:15", X1A, X1),
    (698713254, "在“最美志愿者”表彰暨志愿服务交流会上的讲话", "2023-12-05", "1.2万", "14:08", X2.paras, X2),
]
OTHER = [
    (718830562, "全市优化营商环境大会现场录音", "2024-03-28", "8562", "21:33"),
    (716284417, "2024年春季开学第一课校长寄语", "2024-03-01", "2.2万", "07:51"),
    (695102388, "全区冬季消防安全工作会议讲话录音", "2023-11-24", "6314", "12:40"),
    (693377146, "沁州中学建校七十周年校庆致辞", "2023-11-10", "1.8万", "11:02"),
    (690215803, "区十七届人大常委会第十五次会议讲话", "2023-10-27", "4023", "16:25"),
]
PAGE1 = [OTHER[0], OTHER[1]] + [s[:5] for s in SOUNDS[:2]]
PAGE2 = [s[:5] for s in SOUNDS[2:]] + OTHER[2:]


class FolderPagesFamily(Family):
    """A page name that is also a folder (`/blog` beside `/blog/page/2`) stored as the folder's
    index.html and answered by the replica's `folder_pages`."""

    def file_for_url(self, url: str) -> str:
        key = super().file_for_url(url)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def head(title, desc, path):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><meta name="renderer" content="webkit"/><title>{title}</title><meta name="keywords" content="{title},喜马拉雅,有声,音频,电台,FM"/><meta name="description" content="{desc}"/><link rel="canonical" href="https://{HOST}{path}"/><meta name="mobile-agent" content="format=html5;url=https://m.ximalaya-like.test{path}"/><link rel="shortcut icon" href="//s1.xmcdn.com/yx/ximalaya-web-static/last/dist/images/favicon.ico"/><link rel="stylesheet" href="//s1.xmcdn.com/yx/ximalaya-web/last/dist/styles/vendors.7c1f03e4.css"/><link rel="stylesheet" href="//s1.xmcdn.com/yx/ximalaya-web/last/dist/styles/main.2b9d41a6.css"/><script>window.XM_SERVER_CLOCK=1709023541000</script></head><body><div id="root"><div class="xm-container _Td"><header class="xui-header _Xn"><div class="header-inner _Xn"><a class="logo _Xn" href="/" title="喜马拉雅"><i class="xuicon xuicon-logo"></i></a><nav class="nav _Xn"><a class="nav-item _Xn" href="/">首页</a><a class="nav-item _Xn" href="/category/">分类</a><a class="nav-item _Xn" href="/top/">排行榜</a><a class="nav-item _Xn" href="/vip/">VIP会员</a></nav><div class="search _Xn"><input class="search-input _Xn" type="text" placeholder="搜索专辑、主播、声音"/><span class="search-btn _Xn">搜索</span></div><div class="header-right _Xn"><a class="download-app _Xn" href="/down/">下载App</a><a class="upload _Xn" href="/upload/">上传</a><span class="login-btn _Xn">登录</span></div></div></header><main class="main-content _Td">"""


FOOT = """</main><footer class="xui-footer _Pa"><div class="footer-links _Pa"><a href="/more/aboutus/">关于我们</a><a href="/more/contactus/">联系我们</a><a href="/more/joinus/">加入我们</a><a href="/more/service/">服务条款</a><a href="/more/privacy/">隐私政策</a><a href="/more/report/">违法和不良信息举报</a><a href="/more/help/">帮助中心</a></div><p class="copyright _Pa">© 2024 ximalaya.com 上海喜马拉雅科技有限公司 版权所有</p><p class="license _Pa"><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">沪ICP备11046499号-1</a><span>沪网文[2021]2395-140号</span><span>广播电视节目制作经营许可证：(沪)字第01346号</span><span>违法和不良信息举报电话：4000-711-000</span></p></footer><div class="fix-download-app _Ja"><img src="//imagev2.xmcdn.com/storages/qrcode/app-download.png" alt="扫码下载喜马拉雅App"/><p>扫码下载喜马拉雅App</p><p>随时随地 想听就听</p></div></div></div>"""


def tail(state):
    return (
        FOOT
        + f'<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>'
        + '<script src="//s1.xmcdn.com/yx/ximalaya-web/last/dist/scripts/vendors.51b3c0a2.js"></script>'
        + '<script src="//s1.xmcdn.com/yx/ximalaya-web/last/dist/scripts/main.e8f2d947.js"></script></body></html>\n'
    )


def album_page(n):
    path = f"/album/{ALBUM}" + ("" if n == 1 else f"/p{n}/")
    rows = "".join(
        f'<li class="_Vc"><div class="text _Vc"><span class="num _Vc">{k}</span><a title="{t}" href="/sound/{sid}"><span class="title _Vc">{t}</span></a></div>'
        f'<div class="right _Vc"><span class="count _Vc"><i class="xuicon xuicon-erji1 _Vc"></i>{plays}</span><span class="time _Vc">{date}</span></div></li>'
        for k, (sid, t, date, plays, _d) in enumerate(PAGE1 if n == 1 else PAGE2, start=1 if n == 1 else 5)
    )
    pager = (
        '<ul class="pagination-page _Xo"><li class="page-item _Xo active"><span class="page-link _Xo">1</span></li>'
        f'<li class="page-item _Xo"><a class="page-link _Xo" href="/album/{ALBUM}/p2/">2</a></li>'
        f'<li class="page-next page-item _Xo"><a class="page-link _Xo" href="/album/{ALBUM}/p2/">下一页</a></li></ul>'
        if n == 1
        else f'<ul class="pagination-page _Xo"><li class="page-prev page-item _Xo"><a class="page-link _Xo" href="/album/{ALBUM}">上一页</a></li>'
        f'<li class="page-item _Xo"><a class="page-link _Xo" href="/album/{ALBUM}">1</a></li><li class="page-item _Xo active"><span class="page-link _Xo">2</span></li></ul>'
    )
    body = f"""<div class="album-detail _Qp"><div class="album-info clearfix _Qp"><div class="cover _Qp"><img src="//imagev2.xmcdn.com/storages/5c2e-audiofreehighqps/8A/31/GKwRIJEJ3mFzAAFqUwKmYx4b.jpg!op_type=3&amp;columns=290&amp;rows=290" alt="{ALBUM_TITLE}"/></div><div class="info _Qp"><h1 class="title _Qp">{ALBUM_TITLE}</h1><div class="anchor _Qp"><a href="/zhubo/385217640">{ANCHOR}</a></div><div class="count _Qp"><span>播放 11.8万</span><span>订阅 2351</span><span>共 9 集</span></div><div class="operate _Qp"><span class="subscribe-btn _Qp">订阅</span><span class="play-btn _Qp">播放</span><a class="app-btn _Qp" href="/down/">App内收听</a></div></div></div><div class="album-intro _Qp"><h2 class="tab-title _Qp">简介</h2><div class="intro _Qp"><p>沁州新闻广播官方账号。收录本市重要会议、典礼、表彰活动的讲话现场录音，部分声音附讲话文稿，供学习参考。</p></div></div><div class="sound-list _Vc"><div class="head _Vc"><span class="_Vc">专辑里的声音(9)</span><span class="sort _Vc">正序</span></div><ul>{rows}</ul>{pager}</div></div>"""
    side = f'<aside class="album-side _Qp"><div class="anchor-card _Qp"><a href="/zhubo/385217640" class="name _Qp">{ANCHOR}</a><p class="_Qp">粉丝 1.9万</p><span class="follow-btn _Qp">+关注</span></div><div class="download-banner _Qp"><p>打开喜马拉雅App</p><p>听更多好声音</p></div></aside>'
    state = {"AlbumPage": {"albumId": ALBUM, "albumTitle": ALBUM_TITLE, "pageNum": n, "trackTotalCount": 9}}
    return head(f"{ALBUM_TITLE}_{ANCHOR}_在线收听_喜马拉雅", f"{ALBUM_TITLE}在线收听", path) + body + side + tail(state)


def sound_page(i):
    sid, title, date, plays, dur, paras, speech = SOUNDS[i]
    path = f"/sound/{sid}"
    note = {
        0: "本期为讲话下半部分。以下文稿根据校长讲话整理。",
        1: "本期为讲话上半部分，下半部分请收听专辑里的下一集。以下文稿根据校长讲话整理。",
        2: "以下文稿根据讲话录音整理。",
    }[i]
    transcript = "".join(f'<p class="_Hi">{p}</p>' for p in paras)
    # 专辑里的声音: the album in upload order around this sound
    order = [OTHER[1], SOUNDS[1][:5], SOUNDS[0][:5], OTHER[2]]
    if i == 2:
        order = [OTHER[2], SOUNDS[2][:5], OTHER[3]]
    near = "".join(
        f'<li class="_Hi{" active" if s == sid else ""}"><a href="/sound/{s}" title="{t}">{t}</a><span class="_Hi">{d}</span></li>'
        for s, t, _dt, _p, d in order
    )
    nav = ""
    if i == 1:
        nav = f'<div class="sound-nav _Hi"><a class="next _Hi" href="/sound/{SOUNDS[0][0]}">下一集：{SOUNDS[0][1]}</a></div>'
    elif i == 0:
        nav = f'<div class="sound-nav _Hi"><a class="prev _Hi" href="/sound/{SOUNDS[1][0]}">上一集：{SOUNDS[1][1]}</a></div>'
    comments = {
        0: [("用户5839201764", "02-27", "听完眼眶湿了，今年高三加油！", 56), ("沁中家长群", "02-28", "请问有完整视频吗", 3)],
        1: [("逐梦的小鹿", "02-26", "我们校长讲得太好了！！", 128), ("用户2730186544", "02-27", "一百天，冲！", 41), ("沁州二中高三7班", "03-01", "每天早上听一遍", 17)],
        2: [("志愿者老周", "12-06", "为所有志愿者点赞", 22)],
    }[i]
    comment_html = "".join(
        f'<li class="comment-item _Fv"><img class="avatar _Fv" src="//imagev2.xmcdn.com/group/default-avatar.png" alt=""/><div class="_Fv"><a class="user _Fv">{u}</a><p class="content _Fv">{c}</p><div class="meta _Fv"><span class="time _Fv">{d}</span><span class="like _Fv">赞 {n}</span><span class="reply _Fv">回复</span></div></div></li>'
        for u, d, c, n in comments
    )
    recommend = "".join(
        f'<li class="_Mr"><a href="/sound/{s}">{t}</a><span class="_Mr">{p}</span></li>' for s, t, _d, p, _du in OTHER[:4]
    )
    body = f"""<div class="sound-container _Hi"><div class="sound-detail _Hi"><div class="sound-info clearfix _Hi"><div class="cover _Hi"><img src="//imagev2.xmcdn.com/storages/5c2e-audiofreehighqps/8A/31/GKwRIJEJ3mFzAAFqUwKmYx4b.jpg!op_type=3&amp;columns=180&amp;rows=180" alt="{title}"/></div><div class="info _Hi"><h1 class="title-wrapper _Hi"><span class="title _Hi">{title}</span></h1><div class="album-link _Hi">专辑：<a href="/album/{ALBUM}">{ALBUM_TITLE}</a></div><div class="count-info _Hi"><span class="count _Hi"><i class="xuicon xuicon-erji1"></i>{plays}</span><span class="time _Hi">{date}</span><span class="duration _Hi">时长 {dur}</span></div><div class="operate _Hi"><span class="play-btn _Hi">播放</span><span class="like-btn _Hi">喜欢</span><span class="share-btn _Hi">分享</span><a class="download-btn _Hi" href="/down/">下载</a></div></div></div><div class="player-tip _Hi"><span>试听中</span><a href="/down/">下载App 收听完整版</a></div>{nav}<div class="tabs _Hi"><span class="tab _Hi">简介</span><span class="tab active _Hi">文稿</span></div><div class="sound-intro _Hi"><h2 class="_Hi">简介</h2><p>{date[:4]}年{int(date[5:7])}月{int(date[8:])}日讲话现场录音。{ANCHOR}录制。</p></div><div class="transcript _Hi"><h2 class="_Hi">文稿</h2><p class="transcript-note _Hi">{note}</p><div class="transcript-content _Hi">{transcript}</div></div><div class="comment-wrapper _Fv"><h2 class="_Fv">评论({len(comments)})</h2><div class="comment-input _Fv"><span>登录后发表评论</span></div><ul class="comment-list _Fv">{comment_html}</ul><a class="more-comment _Fv" href="/down/">打开App查看更多评论</a></div></div><aside class="sound-side _Hi"><div class="anchor-card _Hi"><a href="/zhubo/385217640" class="name _Hi">{ANCHOR}</a><p class="_Hi">声音 326 · 粉丝 1.9万</p><span class="follow-btn _Hi">+关注</span></div><div class="album-sounds _Hi"><h3 class="_Hi">专辑里的声音</h3><ul>{near}</ul><a href="/album/{ALBUM}" class="_Hi">查看专辑</a></div><div class="recommend _Mr"><h3 class="_Mr">相关推荐</h3><ul>{recommend}</ul></div><div class="download-banner _Hi"><p>扫码下载喜马拉雅App</p><p>收听完整声音，还能边听边看文稿</p></div></aside></div>"""
    state = {"SoundDetailPage": {"trackId": sid, "trackTitle": title, "albumId": ALBUM, "albumTitle": ALBUM_TITLE, "createdAt": date, "playCount": plays, "duration": dur, "isPaid": False}}
    return head(f"{title}_{ALBUM_TITLE}_{ANCHOR}_在线收听_喜马拉雅", f"{title}在线收听", path) + body + tail(state)


def build() -> Family:
    fam = FolderPagesFamily(HOST, "喜马拉雅 (ximalaya.com) PC album and sound pages, server-rendered", extensionless_html=True)
    fam.home = f"/album/{ALBUM}"
    fam.put(f"/album/{ALBUM}/index.html", album_page(1))
    fam.put(f"/album/{ALBUM}/p2/", album_page(2))
    fam.not_documents += [f"/album/{ALBUM}", f"/album/{ALBUM}/p2/"]
    for i in range(3):
        fam.put(f"/sound/{SOUNDS[i][0]}", sound_page(i))
    fam.doc([f"/sound/{SOUNDS[1][0]}", f"/sound/{SOUNDS[0][0]}"], X1)
    fam.not_documents.append(f"/sound/{SOUNDS[0][0]}")
    fam.doc([f"/sound/{SOUNDS[2][0]}"], X2)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /passport/\nDisallow: /revision/\n", "ascii")
    fam.noise += ["下载App 收听完整版", "文稿", "专辑里的声音", "登录后发表评论", "打开App查看更多评论", "相关推荐", "沪ICP备11046499号-1", "以下文稿根据", "我们校长讲得太好了", "下一集：", "+关注", "扫码下载喜马拉雅App"]
    fam.note = (
        "home is the album page `/album/68234511` (extensionless), page 2 `/album/68234511/p2/`; the 高三 speech "
        "was uploaded in two parts, the part pages linked by 上一集 / 下一集 and the album list: one document "
        "whose second page (the （下） sound) is listed first on the album; the uploader's transcript note "
        "(以下文稿根据…整理) is not part of the text"
    )
    return fam
