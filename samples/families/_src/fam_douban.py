"""豆瓣日记 (douban.com/note/N/)-like diary pages: `div.note-container` with `div.note-header` (`h1`,
`a.note-author`, `span.pub-date`), the text in `div#link-report.note` as `<p>` paragraphs (in one note
several paragraphs are `<br><br>` runs inside one `<p>`), opened by the diarist's own bracketed first
line (`（旧文，整理电脑时翻出来的…）`); then the `copyright-claim` line, the sns bar (喜欢 / 转发 /
推荐 with counts), the 回应 section (`div.comment-item`s, one quoting a sentence of the speech), the
reply box; aside: the author card (常居, 豆瓣号, +关注). The user's notes list `/people/NAME/notes`
(extensionless) shows each note's abstract, and its `paginator` links page 2 at `?start=10`."""

from common import SPEECHES, Family, render

HOST = "www.douban-like.test"
USER, NAME = "zhoumo1972", "周末的老周"

NOTES = [
    # speech, id, pub-date, own first line, br-run paragraph groups (None: one <p> each), likes, recs
    (SPEECHES["DB2"], "834120567", "2022-07-09 23:18:40", "（毕业二十年聚会，大家推我代表全班发言。稿子是前一晚在宾馆里写的，当时念到一半没绷住。）", [2, 3, 3], 96, 31),
    (SPEECHES["DB1"], "812345678", "2021-05-16 21:40:12", "（旧文，整理电脑时翻出来的。去年父亲八十大寿，我在寿宴上念的这几段，存个档。）", None, 213, 56),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-cmn-Hans" class="ua-windows ua-webkit">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit">
<meta name="referrer" content="always">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<link href="https://img1.doubanio-like.test/f/shire/7c9c1d2e1b0a3f5e4d6c8b9a0f1e2d3c4b5a6978/css/douban.css" rel="stylesheet" type="text/css">
<script>var _head_start = new Date();</script>
</head>
<body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.com/passport/login" class="nav-login" rel="nofollow">登录/注册</a></div><div class="global-nav-items"><ul><li class="on"><a href="/">豆瓣</a></li><li><a href="javascript:;">读书</a></li><li><a href="javascript:;">电影</a></li><li><a href="javascript:;">音乐</a></li><li><a href="javascript:;">同城</a></li><li><a href="javascript:;">小组</a></li></ul></div></div></div>
<div id="wrapper"><div id="content">
"""

FOOT = """</div>
<div id="footer"><span id="icp" class="fleft gray-link">&copy; 2005－2022 douban.com, all rights reserved 北京豆网科技有限公司</span>
<a href="javascript:;">关于豆瓣</a> · <a href="javascript:;">在豆瓣工作</a> · <a href="javascript:;">联系我们</a> · <a href="javascript:;">法律声明</a> · <a href="javascript:;">帮助中心</a> · <a href="javascript:;">移动应用</a>
<p>京ICP证090015号 京ICP备11027288号 网络视听许可证0110418号 京网文[2015]2026-368号</p></div>
</div>
<script type="text/javascript">
var _paq = window._paq || []; _paq.push(['trackPageView']);
</script>
</body>
</html>
"""

ASIDE = f"""<div class="aside"><div class="mod profile"><div class="pic"><img src="https://img2.doubanio-like.test/icon/u{USER}-3.jpg" alt="{NAME}" class="userface"></div>
<div class="user-info"><a href="/people/{USER}/">{NAME}</a><p class="pl">常居: 河北石家庄</p><p class="pl">{USER} 2009-03-21加入</p><p>喜欢写点东西，写给自己看。</p></div>
<a href="javascript:;" class="a-btn-add">+关注</a></div>
<div class="mod"><h2>{NAME}的日记 · · · <span class="pl">(<a href="/people/{USER}/notes">全部</a>)</span></h2></div></div>
"""

COMMENTS = [
    [
        ("秋天的树", "2022-07-10 08:12:03", "“同学情谊是一辈子的财富”，看得眼眶一热。"),
        ("阿南", "2022-07-10 12:40:55", "我们班明年也二十年了，借鉴一下稿子哈"),
    ],
    [
        ("一只小鹿", "2021-05-16 22:05:33", "那支钢笔的细节好动人。"),
        ("清茶淡饭", "2021-05-17 09:21:48", "老爷子福寿安康！"),
    ],
]


def note_body(i):
    speech, nid, stamp, own, groups, likes, recs = NOTES[i]
    parts = [f"<p>{own}</p>"]
    if groups is None:
        parts += [f"<p>{p}</p>" for p in speech.paras]
    else:
        at = 0
        for g in groups:
            parts.append("<p>" + "<br><br>".join(speech.paras[at : at + g]) + "</p>")
            at += g
        parts += [f"<p>{p}</p>" for p in speech.paras[at:]]
    return "\n".join(parts)


def note_page(i):
    speech, nid, stamp, own, groups, likes, recs = NOTES[i]
    comments = "".join(
        f"""<div class="comment-item" data-cid="{3120000 + n}" data-user_name="{who}"><div class="pic"><a href="javascript:;"><img src="https://img1.doubanio-like.test/icon/user_normal.jpg" alt="{who}"></a></div>
<div class="content report-comment"><div class="author"><a href="javascript:;">{who}</a> <span class="pubtime">{when}</span></div><p class="comment-content">{what}</p>
<div class="op-lnks"><a href="javascript:;" class="comment-vote">赞</a> <a href="javascript:;" class="comment-reply">回应</a></div></div></div>
"""
        for n, (who, when, what) in enumerate(COMMENTS[i])
    )
    body = f"""<div class="grid-16-8 clearfix"><div class="article">
<div class="note-container" id="note-{nid}" data-url="https://{HOST}/note/{nid}/" data-author="{NAME}">
<div class="note-header note-header-container"><h1>{speech.title}</h1>
<div><a href="/people/{USER}/" class="note-author">{NAME}</a> <span class="pub-date">{stamp}</span></div></div>
<div id="link-report" class="note">
{note_body(i)}
</div>
<div class="copyright-claim original">&copy; 本文版权归作者 {NAME} 所有，任何形式转载请联系作者。</div>
<div class="sns-bar"><div class="sns-bar-fav"><a href="javascript:;" class="fav-add">喜欢</a><span class="fav-num"><a href="javascript:;">{likes}人</a></span></div>
<div class="sns-bar-rec"><a href="javascript:;" class="lnk-sharing">转发</a><span class="rec"><a href="javascript:;" class="lnk-rec">推荐</a><span class="rec-num">{recs}</span></span></div></div>
</div>
<div id="comments" class="comment-list"><h2>回应 <span class="pl">({len(COMMENTS[i])})</span></h2>
{comments}</div>
<div class="comment-form"><p>你的回应 · · · · · ·</p><p class="pl">登录后才能回应</p></div>
</div>
{ASIDE}</div>
"""
    return render(HEAD + body + FOOT, TITLE=speech.title, DESC=speech.paras[0] + speech.paras[1][:60])


def list_page(entries, page):
    items = ""
    for j in entries:
        speech, nid, stamp, own, *_r = NOTES[j]
        items += f"""<div class="note-container" id="note-{nid}-short"><div class="note-header-container"><h3><a href="/note/{nid}/" title="{speech.title}">{speech.title}</a></h3>
<div class="note-header"><span class="pl">{stamp}</span></div></div>
<div class="mbtr2"><div class="note" id="note_{nid}_short">{own}{speech.paras[0]}{speech.paras[1][:40]}...</div>
<div class="rr"><a href="/note/{nid}/#comments">{len(COMMENTS[j])}回应</a></div></div></div>
"""
    if page == 1:
        pager = f'<div class="paginator"><span class="prev">&lt;前页</span> <span class="thispage">1</span> <a href="/people/{USER}/notes?start=10">2</a> <span class="next"><link rel="next" href="/people/{USER}/notes?start=10"/><a href="/people/{USER}/notes?start=10">后页&gt;</a></span> <span class="count">(共11篇)</span></div>'
    else:
        pager = f'<div class="paginator"><span class="prev"><link rel="prev" href="/people/{USER}/notes?start=0"/><a href="/people/{USER}/notes?start=0">&lt;前页</a></span> <a href="/people/{USER}/notes?start=0">1</a> <span class="thispage">2</span> <span class="next">后页&gt;</span> <span class="count">(共11篇)</span></div>'
    body = f"""<h1>{NAME}的日记</h1>
<div class="grid-16-8 clearfix"><div class="article">
{items}{pager}
</div>
{ASIDE}</div>
"""
    return render(HEAD + body + FOOT, TITLE=f"{NAME}的日记", DESC=f"{NAME}的日记")


def build() -> Family:
    fam = Family(
        HOST,
        "豆瓣日记 (douban.com/note/N/)-like diary pages: the diarist's own first line, 回应 section, notes list page 2 via ?start=10",
        extensionless_html=True,
        home=f"/people/{USER}/notes",
    )
    fam.put(f"/people/{USER}/notes", list_page([0], 1))
    fam.route(f"/people/{USER}/notes?start=10", f"/people/{USER}/notes-start-10", list_page([1], 2))
    fam.route(f"/people/{USER}/notes?start=0", f"/people/{USER}/notes-start-0", list_page([0], 1))
    fam.not_documents += [f"/people/{USER}/notes", f"/people/{USER}/notes?start=10", f"/people/{USER}/notes?start=0"]
    for i, (speech, nid, *_r) in enumerate(NOTES):
        fam.put(f"/note/{nid}/", note_page(i))
        fam.doc([f"/note/{nid}/"], speech)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /subject_search\nDisallow: /search\nDisallow: /j/\n")
    fam.noise += [
        "（旧文，整理电脑时翻出来的",
        "存个档",
        "大家推我代表全班发言",
        "当时念到一半没绷住",
        NAME,
        "本文版权归作者",
        "任何形式转载请联系作者",
        "213人",
        "转发",
        "推荐",
        "96人",
        "回应",
        "看得眼眶一热",
        "借鉴一下稿子",
        "那支钢笔的细节好动人",
        "老爷子福寿安康",
        "登录后才能回应",
        "常居: 河北石家庄",
        "+关注",
        "的日记",
        "京ICP备11027288号",
        "douban.com",
    ]
    fam.note = "home is the user's notes list /people/zhoumo1972/notes (extensionless); page 2 at ?start=10 (query route, ?start=0 = page 1)"
    return fam
