"""网易论坛 (bbs.*.163.com)-like forum, the 2015-2016 PC topic template, GBK (HOLDOUT).

Home `/` (网易论坛 channel bar, 热门版块, 今日热帖) → board `/bbs/gongwen/` (+ `/bbs/gongwen/list_2.html`;
`table.topic-list` rows with 作者 / 回复/查看 / 最后回复, 置顶 rows) → topics `/bbs/gongwen/<9 digits>.html`
(reply page P at `/bbs/gongwen/<id>_P.html`): `div.topic-hd` (`h1`, 查看 / 回复, `只看楼主` → the filtered
view `…html?onlyHost=1`, a query route holding only the 楼主's floors: not a document), floors `div.post-item`
with `div.post-user` (ID, 头像, 等级, 帖子, 注册时间) and `div.post-main` (`楼主` / `N楼`, `发表于`, 只看该作者,
来自 网易论坛客户端), the text in `div.post-content` as `<br />` lines. The 楼主's first post carries the
speech as a `.doc` attachment (`div.attach-box`: name, size, 下载次数, 需要登录) with a 附件预览 box showing
the document's first page (the heading, speaker line and opening paragraphs) and then the speech's text;
the 交通 speech goes on in the 楼主's own 11楼 on page 2 (`（接1楼）` … `（完）`); replies, reply pages and
the 只看楼主 view are not documents. Signatures under `div.post-sign`."""

from common import SPEECHES, Family, split_paras

HOST = "bbs.wangyi-yunqiao-like.test"
BOARD = "/bbs/gongwen/"
BOARD2 = "/bbs/gongwen/list_2.html"
T1, T2 = 512873406, 509944127

USERS = {
    "江城笔杆子": ("jcbgz2011", "五级会员", 2316, "2011-04-09", "材料写到凌晨三点，窗外的路灯都认识我了。"),
    "一只小科员": ("xiaokeyuan88", "二级会员", 187, "2014-10-21", ""),
    "老秘书长": ("laomishu", "八级会员", 9841, "2007-02-13", "文无定法，言之有物。"),
    "白开水不加糖": ("bkssugar", "一级会员", 42, "2015-07-30", ""),
    "东湖边的胖子": ("donghupz", "三级会员", 655, "2012-12-02", ""),
    "办公室小周": ("bgszhou", "四级会员", 1204, "2013-05-18", "HR / 行政 / 打杂"),
    "雨夜听风": ("yytf2010", "二级会员", 301, "2010-09-27", ""),
}

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@</title>
<meta name="keywords" content="网易论坛,公文写作,@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://img1.cache.netease-yq-like.test/bbs/css/bbs_v3.css?20150812" rel="stylesheet" type="text/css" />
<link href="http://img1.cache.netease-yq-like.test/bbs/css/topic.css?20151103" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img1.cache.netease-yq-like.test/f2e/libs/jquery.js"></script>
<script type="text/javascript">var BBS = {boardId: "gongwen", threadId: "@@TID@@", page: @@PAGE@@, hostUser: "@@HOSTUSER@@"};</script>
</head>
<body>
<div class="N-nav-channel"><div class="ntes-nav-wrap">
<a href="http://www.163-yq-like.test/">网易首页</a> <a href="http://news.163-yq-like.test/">新闻</a> <a href="http://sports.163-yq-like.test/">体育</a> <a href="http://ent.163-yq-like.test/">娱乐</a> <a href="http://money.163-yq-like.test/">财经</a> <a href="http://auto.163-yq-like.test/">汽车</a> <a href="http://tech.163-yq-like.test/">科技</a> <a href="/">论坛</a> <a href="http://blog.163-yq-like.test/">博客</a>
<span class="ntes-nav-login"><a href="http://reg.163-yq-like.test/login.jsp?url=http://bbs.wangyi-yunqiao-like.test/">登录</a> | <a href="http://reg.163-yq-like.test/reg/reg.jsp">注册免费邮箱</a></span>
</div></div>
<div class="bbs-header"><div class="area">
<a href="/" class="bbs-logo" title="网易论坛"><img src="http://img1.cache.netease-yq-like.test/bbs/img/logo_bbs.png" alt="网易论坛" /></a>
<form class="bbs-search" action="http://so.bbs.163-yq-like.test/search" method="get"><input type="text" name="q" class="ipt" /><input type="submit" value="搜帖子" class="btn" /></form>
<div class="bbs-ad-top"><script type="text/javascript">/* ad: bbs_top_960x90 */ document.write('<iframe src="http://g.163-yq-like.test/r?site=netease&affiliate=bbs&cat=topic&type=column960x90" width="960" height="90" frameborder="0" scrolling="no"></iframe>');</script></div>
</div></div>
<div class="area bbs-crumb"><a href="/">网易论坛</a> &gt; <a href="/bbs/zhichang/">职场</a> &gt; <a href="@@BOARD@@">公文写作</a>@@CRUMB@@</div>
<div class="area bbs-main">
"""

FOOT = """</div>
<div class="N-footer"><div class="area">
<p><a href="http://corp.163-yq-like.test/">About NetEase</a> - <a href="http://gb.corp.163-yq-like.test/gb/about/overview.html">公司简介</a> - <a href="http://gb.corp.163-yq-like.test/gb/contactus.html">联系方法</a> - <a href="http://corp.163-yq-like.test/gb/job/job.html">招聘信息</a> - <a href="http://help.163-yq-like.test/">客户服务</a> - <a href="http://gb.corp.163-yq-like.test/gb/legal.html">隐私政策</a> - <a href="/bbs/help/rule.html">论坛规则</a></p>
<p>网易公司版权所有 &copy;1997-2016</p>
<p>本论坛帖子仅代表网友个人观点，不代表网易立场</p>
</div></div>
<script type="text/javascript" src="http://img1.cache.netease-yq-like.test/bbs/js/topic_v3.js?20151103"></script>
<script type="text/javascript">
var _ntes_nacc = "bbs";
document.write(unescape("%3Cscript src='http://analytics.163-yq-like.test/ntes.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">_ntes_nnid = ""; neteaseTracker();</script>
</body>
</html>
"""


def head(title, kw, desc, tid="", page=1, host="", crumb=""):
    return (HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc).replace("@@TID@@", str(tid))
            .replace("@@PAGE@@", str(page)).replace("@@HOSTUSER@@", host).replace("@@BOARD@@", BOARD).replace("@@CRUMB@@", crumb))


def lines(paras):
    return "<br />\n".join(paras)


def attach_box(tid, name, size, downs, heading, speaker, first):
    prev = "<br />\n".join([f"<b>{heading}</b>", speaker, ""] + first)
    return f"""<div class="attach-box">
<div class="attach-title"><img src="http://img1.cache.netease-yq-like.test/bbs/img/filetype/doc.gif" alt="" /> <a href="http://bbs.wangyi-yunqiao-like.test/attach/download?tid={tid}&amp;aid=1" target="_blank">{name}</a> <em>({size}, 下载次数: {downs})</em> <span class="attach-tip">需要登录后才能下载附件</span></div>
<div class="attach-preview">
<div class="preview-hd">附件预览 <span>（预览仅显示第1页，共3页）</span></div>
<div class="preview-page">
{prev}
</div>
<div class="preview-ft"><a href="http://bbs.wangyi-yunqiao-like.test/attach/download?tid={tid}&amp;aid=1">下载附件查看全文</a></div>
</div>
</div>"""


def floor(tid, no, name, when, body, lz):
    uid, level, posts, reg, sign = USERS[name]
    label = "楼主" if no == 1 else f"{no}楼"
    tag = '<span class="lz-tag">楼主</span>' if name == lz else ""
    sig = f'<div class="post-sign">{sign}</div>' if sign else ""
    return f"""<div class="post-item" id="post_{tid}_{no}">
<div class="post-user"><a href="http://{uid}.blog.163-yq-like.test/" class="user-name">{name}</a>{tag}
<img src="http://img1.cache.netease-yq-like.test/bbs/avatar/{uid}.jpg" class="avatar" alt="" width="80" height="80" />
<p>等级：{level}</p><p>帖子：{posts}</p><p>注册：{reg}</p></div>
<div class="post-main">
<div class="post-hd"><span class="floor">{label}</span><span class="post-time">发表于 {when}</span> <a href="/bbs/gongwen/{tid}.html?onlyHost=1" class="only-author">只看该作者</a></div>
<div class="post-content">
{body}
</div>
{sig}
<div class="post-ft"><a href="javascript:;" class="reply">回复</a> <a href="javascript:;" class="quote">引用</a> <a href="javascript:;" class="report">举报</a></div>
</div>
</div>
"""


def pager(tid, page, pages):
    if pages == 1:
        return ""
    out = ['<div class="pager">']
    if page > 1:
        prev = f"/bbs/gongwen/{tid}.html" if page == 2 else f"/bbs/gongwen/{tid}_{page-1}.html"
        out.append(f'<a href="{prev}" class="prev">上一页</a>')
    for p in range(1, pages + 1):
        href = f"/bbs/gongwen/{tid}.html" if p == 1 else f"/bbs/gongwen/{tid}_{p}.html"
        out.append(f'<span class="cur">{p}</span>' if p == page else f'<a href="{href}">{p}</a>')
    if page < pages:
        out.append(f'<a href="/bbs/gongwen/{tid}_{page+1}.html" class="next">下一页</a>')
    out.append(f"<span class=\"total\">共{pages}页</span></div>")
    return "".join(out)


def topic_page(tid, subject, lz, views, replies, page, pages, floors, only=False):
    title = f"{subject}_公文写作_网易论坛" if page == 1 else f"{subject}_第{page}页_公文写作_网易论坛"
    links = f'<a href="/bbs/gongwen/{tid}.html">查看全部</a>' if only else f'<a href="/bbs/gongwen/{tid}.html?onlyHost=1" class="only-host">只看楼主</a>'
    note = '<div class="only-tip">当前只显示楼主的帖子，<a href="/bbs/gongwen/%s.html">查看全部</a></div>' % tid if only else ""
    return head(title, subject[:10], subject, tid, page, lz, f" &gt; <span>{subject}</span>") + f"""<div class="topic-hd">
<h1 class="topic-title">{subject}</h1>
<div class="topic-info"><span>查看：{views}</span><span>回复：{replies}</span> {links} <a href="javascript:;" class="fav">收藏</a> <a href="javascript:;" class="share">分享到：微博 | 易信 | QQ空间</a></div>
</div>
{note}
{pager(tid, page, pages) if not only else ""}
<div class="post-list">
{floors}
</div>
{pager(tid, page, pages) if not only else ""}
<div class="fast-reply"><h3>快速回复</h3><p>您需要 <a href="http://reg.163-yq-like.test/login.jsp">登录</a> 后才可以回帖</p><textarea disabled="disabled"></textarea></div>
""" + FOOT


REPLIES1 = [
    ("一只小科员", "2016-02-26 17:05", "沙发！正好下周我们局也要写表态发言，拿来参考，谢谢楼主。"),
    ("老秘书长", "2016-02-26 17:20", "结构清楚，四个“是”层层递进。表态发言最怕空，楼主这篇数字给得实在。"),
    ("白开水不加糖", "2016-02-26 17:41", "附件下载要登录……"),
    ("东湖边的胖子", "2016-02-26 18:02", "楼上，注册一个就行了。楼主后面还有吧？看着没完。"),
    ("办公室小周", "2016-02-26 19:15", "mark一下，回头细看。"),
    ("雨夜听风", "2016-02-26 20:33", "“绝不把隐患当小事，绝不让问题过夜”，这句好。"),
    ("一只小科员", "2016-02-26 21:10", "坐等下半部分。"),
    ("老秘书长", "2016-02-27 08:12", "建议楼主把第二部分的小标题再提炼一下，对仗会更好。"),
    ("白开水不加糖", "2016-02-27 09:30", "已下载，感谢分享。"),
]
REPLIES1B = [
    ("东湖边的胖子", "2016-02-27 12:40", "完整了，收藏。"),
    ("雨夜听风", "2016-02-27 14:02", "第五条写基层基础，很有必要，好多稿子都漏了这一块。"),
    ("办公室小周", "2016-02-28 10:21", "顶一下，好帖。"),
]
REPLIES2 = [
    ("江城笔杆子", "2016-01-25 09:14", "企业的年度讲话，成绩、不足、任务、待遇，四块齐了，好用。"),
    ("老秘书长", "2016-01-25 10:02", "“不讲成绩讲问题，不讲客观讲主观”，这句我要借用了。"),
    ("雨夜听风", "2016-01-25 13:47", "涨工资那段是真的吗？羡慕。"),
    ("办公室小周", "2016-01-25 14:30", "回楼上，真的，三月份开始，哈哈。"),
]


def build() -> Family:
    fam = Family(HOST, "网易论坛 (bbs.*.163.com)-like forum, 2015-2016 PC topic template (GBK; /bbs/BOARD/TID.html, _P pages, 只看楼主 view)",
                 encoding="gbk", content_type="text/html; charset=GBK")
    s5, s6 = SPEECHES["f55c-5"], SPEECHES["f55c-6"]
    subj1 = "【材料分享】市交通运输局在全市安全生产工作会议上的表态发言（附Word）"
    subj2 = "年底写的公司总结表彰大会讲话，老板用了，发上来给大家参考（附件是Word版）"
    lz1, lz2 = "江城笔杆子", "办公室小周"

    a, b = split_paras(s5.paras, 2)
    head1 = "在全市安全生产工作会议上的表态发言"
    box1 = attach_box(T1, "安全生产会议表态发言（交通局）.doc", "31.5 KB", 86, head1, "市交通运输局", s5.paras[:2])
    first = ("前几天给局里写的，会上已经用过了，发上来和大家交流。字数多，一楼发不完，后面接着贴。<br />\n" + box1 + "\n<br />\n"
             + f"<b>{head1}</b><br />\n（市交通运输局）<br />\n<br />\n" + lines(a))
    cont = "（接1楼）<br />\n" + lines(b) + "<br />\n<br />\n（完）"
    f1 = [floor(T1, 1, lz1, "2016-02-26 16:42", first, lz1)]
    f1 += [floor(T1, i, n, t, x, lz1) for i, (n, t, x) in enumerate(REPLIES1, 2)]
    no = len(REPLIES1) + 2
    f2 = [floor(T1, no, lz1, "2016-02-27 11:58", cont, lz1)]
    f2 += [floor(T1, no + i, n, t, x, lz1) for i, (n, t, x) in enumerate(REPLIES1B, 1)]
    total = len(REPLIES1) + 1 + len(REPLIES1B)
    p1, p2 = f"/bbs/gongwen/{T1}.html", f"/bbs/gongwen/{T1}_2.html"
    fam.put(p1, topic_page(T1, subj1, lz1, 4127, total, 1, 2, "".join(f1)))
    fam.put(p2, topic_page(T1, subj1, lz1, 4127, total, 2, 2, "".join(f2)))
    fam.route(f"{p1}?onlyHost=1", f"/bbs/gongwen/{T1}_onlyhost.html",
              topic_page(T1, subj1, lz1, 4127, total, 1, 1, f1[0] + f2[0], only=True))
    fam.doc([p1, p2], s5, published_at="2016-02-26")
    fam.not_documents += [p2, f"{p1}?onlyHost=1"]

    head2 = "在公司二〇一五年度总结表彰大会上的讲话"
    box2 = attach_box(T2, "2015年度总结表彰大会讲话（定稿）.doc", "27.0 KB", 153, head2, "总经理", s6.paras[:2])
    first2 = ("年前帮老板写的，大会上原文念的，一个字没改，小小得意一下。附件是Word，下面贴正文。<br />\n" + box2 + "\n<br />\n"
              + f"<b>{head2}</b><br />\n<br />\n" + lines(s6.paras) + "<br />\n<br />\n（全文完，转载请注明出处）")
    g = [floor(T2, 1, lz2, "2016-01-24 21:36", first2, lz2)]
    g += [floor(T2, i, n, t, x, lz2) for i, (n, t, x) in enumerate(REPLIES2, 2)]
    q1 = f"/bbs/gongwen/{T2}.html"
    fam.put(q1, topic_page(T2, subj2, lz2, 2680, len(REPLIES2), 1, 1, "".join(g)))
    fam.route(f"{q1}?onlyHost=1", f"/bbs/gongwen/{T2}_onlyhost.html",
              topic_page(T2, subj2, lz2, 2680, len(REPLIES2), 1, 1, g[0] + g[4], only=True))
    fam.doc([q1], s6, published_at="2016-01-23")
    fam.not_documents.append(f"{q1}?onlyHost=1")

    other = [(513002871, "求助：领导要一篇“作风建设年”动员讲话，有没有思路？", "一只小科员", "2016-02-29", 12, 356),
             (512990154, "[版务] 公文写作版发帖规范（2016年修订）", "老秘书长", "2016-01-01", 3, 9812),
             (510213775, "述职报告里“不足”部分怎么写才不扣分", "雨夜听风", "2016-01-28", 27, 1450)]
    for tid, subject, author, date, r, v in other:
        fam.put(f"/bbs/gongwen/{tid}.html", topic_page(tid, subject, author, v, 1, 1, 1, floor(tid, 1, author, date + " 10:05", "如题，请各位前辈指点。", author)))

    def row(tid, subject, author, date, replies, views, top=False, pages=1):
        pg = f' <span class="tps">[<a href="/bbs/gongwen/{tid}_2.html">2</a>]</span>' if pages > 1 else ""
        t = '<span class="top-tag">置顶</span>' if top else ""
        return f'<tr><td class="ico"></td><td class="subject">{t}<a href="/bbs/gongwen/{tid}.html">{subject}</a>{pg}</td><td class="author">{author}<br /><em>{date}</em></td><td class="num">{replies}/{views}</td><td class="last">{date}</td></tr>'

    def board_page(rows, page):
        pg = ('<div class="pager"><span class="cur">1</span><a href="%s">2</a><a href="%s" class="next">下一页</a><span class="total">共2页</span></div>' % (BOARD2, BOARD2)) if page == 1 \
            else ('<div class="pager"><a href="%s" class="prev">上一页</a><a href="%s">1</a><span class="cur">2</span><span class="total">共2页</span></div>' % (BOARD, BOARD))
        return head("公文写作_网易论坛" if page == 1 else "公文写作_第2页_网易论坛", "公文写作", "网易论坛公文写作版：讲话稿、总结、述职报告写作交流", "", page, "") + f"""<div class="board-hd"><h1>公文写作</h1><p>版主：老秘书长 江城笔杆子 | 今日：36 | 主题：18204</p><a href="/bbs/post?board=gongwen" class="post-btn">发新帖</a></div>
{pg}
<table class="topic-list" cellspacing="0" cellpadding="0"><thead><tr><th></th><th>标题</th><th>作者</th><th>回复/查看</th><th>最后回复</th></tr></thead><tbody>
{rows}
</tbody></table>
{pg}
""" + FOOT

    rows1 = "\n".join([row(*other[1], top=True), row(*other[0]), row(T1, subj1, lz1, "2016-02-26", total, 4127, pages=2)])
    rows2 = "\n".join([row(*other[2]), row(T2, subj2, lz2, "2016-01-24", len(REPLIES2), 2680)])
    fam.put(BOARD, board_page(rows1, 1))
    fam.put(BOARD2, board_page(rows2, 2))
    home = head("网易论坛_有态度的论坛", "网易论坛,社区", "网易论坛，有态度的网络社区", "", 1, "") + f"""<div class="bbs-home">
<div class="box boards"><h3>热门版块</h3><ul><li><a href="/bbs/shishi/">时事</a></li><li><a href="/bbs/zhichang/">职场</a></li><li><a href="{BOARD}">公文写作</a> <em>(36)</em></li><li><a href="/bbs/jiaoyu/">教育</a></li></ul></div>
<div class="box hot"><h3>今日热帖</h3><ul><li><a href="/bbs/gongwen/{T1}.html">{subj1}</a></li><li><a href="/bbs/gongwen/{other[0][0]}.html">{other[0][1]}</a></li></ul></div>
<div class="box app"><h3>网易论坛客户端</h3><p>扫码下载，随时随地逛论坛</p></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /attach/\nDisallow: /bbs/post\n")
    fam.not_documents += ["/", BOARD, BOARD2, f"/bbs/gongwen/{other[2][0]}.html"]
    fam.noise += ["发表于", "只看楼主", "只看该作者", "附件预览", "下载次数", "需要登录后才能下载附件", "（接1楼）", "（完）", "后面接着贴", "快速回复", "网易公司版权所有", "坐等下半部分",
                  "材料写到凌晨三点", "（市交通运输局）", "全文完，转载请注明出处", "下载附件查看全文"]
    return fam
