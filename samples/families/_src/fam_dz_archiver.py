"""Discuz! 7.2 forum seen through its Archiver (the text-only copy for search engines), rewrite on, GBK.

Home `/archiver/` (forum index: `#nav`, categories as `<li><h3>` with their forums' `fid-N.html`
links) → forum pages `fid-12.html` and `fid-12-page-2.html` (topic `<li>`s with `(N篇回复)`, the
archiver's `页:` pager) → topics `tid-N.html`, reply page `tid-N-page-2.html`: every post a
`<p class="author"><strong>name</strong> 发表于 date</p>` header then the message as bare text with
`<br />` lines, the BBCode stripped (the edit stamp `本帖最后由 … 编辑` left as a bare line, a quote's
`原帖由 … 发表` left in the reply), the first post's subject as `<h3>`, `查看完整版本:` link to
`../viewthread.php?tid=N`, `Powered by Discuz! Archiver 7.2`. The health-centre speech is posted by
its poster over his first two posts (the second opens `接上帖：` and ends `（完）`); the topic's
page 2 has only replies: not a document. The school speech is one post with replies after it.
`/robots.txt` is Discuz 7.2's own."""

from common import SPEECHES, Family, split_paras

HOST = "bbs.qiaotou-dzarchiver.test"
FID = 12
T1, T2 = 48217, 45390
BB = "桥头论坛"
FORUM = "文稿交流"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@ - Powered by Discuz! Archiver</title>
@@META@@
<meta name="generator" content="Discuz! 7.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2009 Comsenz Inc." />
<link rel="archives" title="桥头论坛" href="http://bbs.qiaotou-dzarchiver.test/archiver/" />
<style type="text/css">
body,table { font-size: 12px; font-family: Tahoma, Verdana; }
body { margin: 0; padding: 0; color: #000; background: #FFF; }
#wrap { width: 98%; margin: 0 auto; text-align: left; }
#nav, #content, #end { border: 1px solid #86B9D6; background: #F9FDFF; margin: 6px 0; padding: 6px; }
#content h3 { font-size: 14px; margin: 6px 0; }
#content p.author { background: #E8F3FD; margin: 8px 0 4px; padding: 4px; }
.page { margin: 6px 0; }
a { color: #154BA0; text-decoration: none; }
</style>
</head>
<body>
<div id="wrap">
<center><a href="../index.php"><img src="../images/default/logo.gif" border="0" alt="桥头论坛" /></a></center>
"""

FOOT = """<br />
<center>
Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz! Archiver</a></strong> <em>7.2</em>&nbsp; &copy; 2001-2009 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a>
<br /><a href="http://www.miibeian.gov.cn/" target="_blank">苏ICP备09036215号</a>
</center>
</div>
</body>
</html>
"""


def head(title, meta=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@META@@", meta)


def post(name, when, text, subject=""):
    h3 = f"<h3>{subject}</h3>\n" if subject else ""
    return f'<p class="author"><strong>{name}</strong> 发表于 {when}</p>\n{h3}{text}<br />\n'


def lines(paras):
    return "<br />\n".join(paras)


def topic(tid, subject, body, cur, pages):
    meta = f'<meta name="keywords" content="{subject}" />\n<meta name="description" content="{subject} ,桥头论坛" />'
    if pages > 1:
        links = " ".join(f"<strong>{p}</strong>" if p == cur else f'<a href="tid-{tid}{"" if p == 1 else f"-page-{p}"}.html">{p}</a>' for p in range(1, pages + 1))
        pager = f'<div class="page">页: {links}</div>\n'
    else:
        pager = ""
    return head(f"{subject} - {FORUM} - {BB}", meta) + f"""<div id="nav">
<a href="./">{BB}</a> &raquo; <a href="fid-{FID}.html">{FORUM}</a> &raquo; {subject}
</div>
<div id="content">
{body}</div>
{pager}<div id="end">
查看完整版本: <a href="../viewthread.php?tid={tid}" target="_blank"><strong>{subject}</strong></a>
</div>
""" + FOOT


def forum_page(items, cur):
    lis = "\n".join(f'<li><a href="tid-{t}.html">{s}</a> <em>({n}篇回复)</em></li>' for t, s, n in items)
    links = " ".join(f"<strong>{p}</strong>" if p == cur else f'<a href="fid-{FID}{"" if p == 1 else f"-page-{p}"}.html">{p}</a>' for p in (1, 2))
    return head(f"{FORUM} - {BB}", f'<meta name="keywords" content="{FORUM}" />\n<meta name="description" content="讲话稿、发言稿、总结汇报交流，原创为主，转载注明出处 ,{BB}" />') + f"""<div id="nav">
<a href="./">{BB}</a> &raquo; {FORUM}
</div>
<div class="page">页: {links}</div>
<div id="content">
<ul>
{lis}
</ul>
</div>
<div class="page">页: {links}</div>
<div id="end">
查看完整版本: <a href="../forumdisplay.php?fid={FID}" target="_blank"><strong>{FORUM}</strong></a>
</div>
""" + FOOT


def build() -> Family:
    fam = Family(HOST, "Discuz! 7.2 Archiver pages (rewrite on, /archiver/tid-N.html), GBK", encoding="gbk", content_type="text/html; charset=gbk")
    fam.home = "/archiver/"
    s1, s2 = SPEECHES["f51c-5"], SPEECHES["f51c-6"]
    subj1 = "今天院里开年终总结表彰会，院长讲话稿（本人执笔）"
    subj2 = "开学典礼校长讲话稿，大家给提提意见"
    lz1, lz2 = "卫生院小笔杆", "村小老王"
    a, b = split_paras(s1.paras, 2)
    p1 = post(lz1, "2010-1-22 16:05", f"<br />\n本帖最后由 {lz1} 于 2010-1-22 16:31 编辑 <br />\n<br />\n上午刚开完大会，院长讲话稿是我写的，院长只改了几个字。字数太多，分两帖发。<br />\n<br />\n" + lines(a), subj1)
    p2 = post(lz1, "2010-1-22 16:09", "接上帖：<br />\n" + lines(b) + "<br />\n<br />\n（完）")
    replies1 = [
        ("青石板路", "2010-1-22 16:40", "沙发，写得实在，数字很具体。"),
        ("乡医老郑", "2010-1-22 17:02", "防保站的同志跑遍十九个村这一句，说到我们心里去了。"),
        ("灵璧文秘", "2010-1-22 18:15", "结构清楚，成绩、问题、打算，一二三四五，学习了。"),
        ("水乡小陈", "2010-1-22 19:48", "楼主是办公室的吧？我们院长的稿子也是我写，年年写到半夜。"),
        ("卫生院小笔杆", "2010-1-22 20:03", "原帖由 水乡小陈 于 2010-1-22 19:48 发表<br />\n楼主是办公室的吧？<br />\n<br />\n是的，办公室就我一个人，啥都干。"),
        ("淮北老韩", "2010-1-23 08:21", "顶一个，收藏了。"),
        ("南湖渔夫", "2010-1-23 09:37", "我们镇卫生院去年门诊量才两万出头，你们不错。"),
        ("文秘新手2009", "2010-1-23 11:50", "请问楼主，表彰名单是放在讲话前面念还是后面念？"),
    ]
    replies1b = [
        ("卫生院小笔杆", "2010-1-23 12:16", "原帖由 文秘新手2009 于 2010-1-23 11:50 发表<br />\n请问楼主，表彰名单是放在讲话前面念还是后面念？<br />\n<br />\n我们是分管副院长先宣读表彰决定，发完奖再院长讲话。"),
        ("qdzs88", "2010-1-24 21:05", "好文，顶起来。"),
        ("老树昏鸦", "2010-1-26 10:44", "五个抓好，标准写法。建议人才那块再具体点。"),
        ("青石板路", "2010-2-3 15:20", "新住院楼用上了没有？"),
    ]
    body1 = p1 + p2 + "".join(post(n, t, x) for n, t, x in replies1)
    fam.put(f"/archiver/tid-{T1}.html", topic(T1, subj1, body1, 1, 2))
    fam.put(f"/archiver/tid-{T1}-page-2.html", topic(T1, subj1, "".join(post(n, t, x) for n, t, x in replies1b), 2, 2))
    fam.doc([f"/archiver/tid-{T1}.html"], s1, title=subj1, published_at="2010-01-22")

    q1 = post(lz2, "2009-9-1 19:22", "今天上午开学典礼，校长让我写的讲话稿，念完了，贴上来请各位老师指点指点。<br />\n<br />\n" + lines(s2.paras) + "<br />\n<br />\n[ 本帖最后由 村小老王 于 2009-9-1 19:40 编辑 ]", subj2)
    replies2 = [
        ("淮北老韩", "2009-9-1 20:10", "安全那段写得好，农村学校就怕孩子下河。"),
        ("灵璧文秘", "2009-9-1 21:33", "结尾献礼六十华诞，应景。"),
        ("南湖渔夫", "2009-9-2 07:58", "留守儿童那句要加粗，现在村小一半是留守的。"),
    ]
    fam.put(f"/archiver/tid-{T2}.html", topic(T2, subj2, q1 + "".join(post(n, t, x) for n, t, x in replies2), 1, 1))
    fam.doc([f"/archiver/tid-{T2}.html"], s2, title=subj2, published_at="2009-09-01")

    others1 = [(48302, "求一篇村两委换届选举主持词", 6), (T1, subj1, len(replies1) + len(replies1b) + 1), (48150, "年终总结开头几句怎么写出新意？", 11), (47966, "【原创】乡镇2009年计划生育工作总结", 4)]
    others2 = [(45512, "教师节表彰大会主持词（原创）", 7), (T2, subj2, len(replies2)), (45208, "暑期安全教育讲话，欢迎拍砖", 2)]
    fam.put(f"/archiver/fid-{FID}.html", forum_page(others1, 1))
    fam.put(f"/archiver/fid-{FID}-page-2.html", forum_page(others2, 2))
    for tid, subject, _ in others1[:1] + others1[2:] + others2[:1] + others2[2:]:
        fam.put(f"/archiver/tid-{tid}.html", topic(tid, subject, post("淮北老韩", "2009-11-12 10:20", "如题，谢谢各位。", subject) + post("灵璧文秘", "2009-11-12 11:02", "帮顶，等高手。"), 1, 1))
    fam.put("/archiver/", head(BB, f'<meta name="keywords" content="{BB}" />\n<meta name="description" content="{BB} - Discuz! Board" />') + f"""<div id="nav">
<a href="./">{BB}</a>
</div>
<div id="content">
<ul>
<li><h3>乡土桥头</h3>
<ul>
<li><a href="fid-2.html">桥头杂谈</a></li>
<li><a href="fid-5.html">便民信息</a></li>
</ul></li>
<li><h3>笔墨天地</h3>
<ul>
<li><a href="fid-{FID}.html">{FORUM}</a></li>
<li><a href="fid-14.html">诗词歌赋</a></li>
</ul></li>
<li><h3>站务管理</h3>
<ul>
<li><a href="fid-1.html">站务公告</a></li>
</ul></li>
</ul>
</div>
<div id="end">
查看完整版本: <a href="../index.php" target="_blank"><strong>{BB}</strong></a>
</div>
""" + FOOT)
    fam.put("/robots.txt", """#
# robots.txt for Discuz! Board
# Version 7.2
#

User-agent: *

Disallow: /admin/
Disallow: /api/
Disallow: /attachments/
Disallow: /images/
Disallow: /forumdata/
Disallow: /include/
Disallow: /ipdata/
Disallow: /templates/
Disallow: /plugins/
Disallow: /uc_client/
Disallow: /uc_server/
Disallow: /admincp.php
Disallow: /ajax.php
Disallow: /logging.php
Disallow: /member.php
Disallow: /memcp.php
Disallow: /misc.php
Disallow: /my.php
Disallow: /pm.php
Disallow: /post.php
Disallow: /register.php
Disallow: /rss.php
Disallow: /search.php
Disallow: /seccode.php
Disallow: /topicadmin.php
Disallow: /space.php
Disallow: /modcp.php
""")
    fam.not_documents += ["/archiver/", f"/archiver/fid-{FID}.html", f"/archiver/fid-{FID}-page-2.html", f"/archiver/tid-{T1}-page-2.html", "/archiver/tid-48302.html"]
    fam.noise += ["发表于", "本帖最后由", "分两帖发", "接上帖：", "（完）", "原帖由", "查看完整版本", "Powered by", "请各位老师指点指点", "编辑 ]", "苏ICP备", "沙发"]
    return fam
