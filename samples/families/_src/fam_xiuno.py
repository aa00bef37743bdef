"""A Chinese Xiuno BBS 4.0 forum (4.0.4, stock default template on Bootstrap 4, UTF-8, URL rewrite on:
`forum-2.htm`, `forum-2-2.htm`, `thread-N.htm`, `thread-N-2.htm`, `user-N.htm`, relative hrefs).
Thread pages: dark `navbar` header (首页, the forums, 登录 / 注册), `ol.breadcrumb` (home icon › forum ›
subject), `div.card.card-thread` (avatar, `h4.break-all` subject, username, `span.date` as Xiuno's
humandate prints it — `Y-n-j` for posts over a year old, `N天前` / `N月前` otherwise — views), the first
post in `div.message.break-all[isfirst="1"]` as `<p>` paragraphs, then `div.card.card-postlist`
(`最新回复 (N)`, `li.media.post` items with `span.floor` 楼 numbers and `div.message`), the admin's
`postlist_pagesize` of 20 (first post + 19 replies on page 1; like the real thread route, every page
repeats the first post's `card-thread` above its own floors), the `pagination` nav (◀ 1 2 ▶; page 1
linked as `thread-N-1.htm`, which answers the same page), 返回 button, the `card-user-info` aside
(主题数 / 帖子数 / 排名), the footer (Powered by Xiuno BBS 4.0.4, ICP) and the scripts with `forumarr`.

The long thread's speech is spread over two pages the way people post long texts on such boards: the
first post carries the first half and ends with the poster's note that the rest follows; others reply;
the next day he posts the second half as floor 21, which the 20-post pages put on `thread-N-2.htm`
(under the repeated first post).
The document is the speech: its pages are `thread-N.htm` and `thread-N-2.htm`; the replies are not."""

from common import SPEECHES, Family, render, split_paras

HOST = "bbs.jiangxin-xiuno.test"
SITE = "江心文秘社区"
FORUMS = {1: "站务公告", 2: "讲话致辞", 3: "材料求助"}
FID = 2

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
	<meta charset="utf-8" />
	<meta name="renderer" content="webkit" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
	<meta name="keywords" content="@@KEYWORDS@@" />
	<meta name="description" content="@@DESCRIPTION@@" />
	<meta name="generator" content="Xiuno BBS 4.0.4" />
	<title>@@TITLE@@</title>
	<link rel="shortcut icon" href="view/img/favicon.ico" />
	<link rel="icon" sizes="32x32" href="view/img/favicon.ico">
	<link rel="Bookmark" href="view/img/favicon.ico" />
	<link rel="stylesheet" href="view/css/bootstrap.css?1.0">
	<link rel="stylesheet" href="view/css/bootstrap-bbs.css?1.0">
</head>
<body>
	<header class="navbar navbar-expand-lg navbar-dark bg-dark" id="header">
		<div class="container">
			<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nav" aria-controls="navbar_collapse" aria-expanded="false" aria-label="展开菜单">
				<span class="navbar-toggler-icon"></span>
			</button>
			<a class="navbar-brand text-truncate" href=".">
				<img src="view/img/logo.png" class="logo-2">
				<span class="hidden-lg">江心文秘社区</span>
			</a>
			<a class="navbar-brand hidden-lg" href="user-login.htm" aria-label="登录"><i class="icon-user icon"></i></a>
			<div class="collapse navbar-collapse" id="nav">
				<!-- 左侧：版块 -->
				<ul class="navbar-nav mr-auto">
					<li class="nav-item home" fid="0" data-active="fid-0"><a class="nav-link" href="."><i class="icon-home d-md-none"></i> 首页</a></li>
					<li class="nav-item" fid="1" data-active="fid-1">
						<a class="nav-link" href="forum-1.htm"><i class="icon-circle-o d-md-none"></i> 站务公告</a>
					</li>
					<li class="nav-item" fid="2" data-active="fid-2">
						<a class="nav-link" href="forum-2.htm"><i class="icon-circle-o d-md-none"></i> 讲话致辞</a>
					</li>
					<li class="nav-item" fid="3" data-active="fid-3">
						<a class="nav-link" href="forum-3.htm"><i class="icon-circle-o d-md-none"></i> 材料求助</a>
					</li>
				</ul>
				<!-- 右侧：用户 -->
				<ul class="navbar-nav">
					<li class="nav-item"><a class="nav-link" href="user-login.htm"><i class="icon-user"></i> 登录</a></li>
					<li class="nav-item"><a class="nav-link" href="user-create.htm">注册</a></li>
				</ul>
			</div>
		</div>
	</header>
	<main id="body">
		<div class="container">
"""

FOOT = """
		</div>
	</main>
	<footer class="text-muted small bg-dark py-4 mt-3" id="footer">
		<div class="container">
			<div class="row">
				<div class="col">
					Powered by <a href="http://bbs.xiuno.com" target="_blank" class="text-muted"><b>Xiuno BBS</b> 4.0.4</a>
				</div>
				<div class="col text-right">
					<a href="http://beian.miit.gov.cn/" target="_blank" class="text-muted">浙ICP备20011538号-2</a>
				</div>
			</div>
		</div>
	</footer>
	<!--[if ltie9]><script>window.location = 'browser.htm';</script><![endif]-->
	<script src="lang/zh-cn/bbs.js?1.0"></script>
	<script src="view/js/jquery-3.1.0.js?1.0"></script>
	<script src="view/js/popper.js?1.0"></script>
	<script src="view/js/bootstrap.js?1.0"></script>
	<script src="view/js/xiuno.js?1.0"></script>
	<script src="view/js/bootstrap-plugin.js?1.0"></script>
	<script src="view/js/async.js?1.0"></script>
	<script src="view/js/form.js?1.0"></script>
	<script>
	var debug = DEBUG = 0;
	var url_rewrite_on = 1;
	var forumarr = {"1":"\\u7ad9\\u52a1\\u516c\\u544a","2":"\\u8bb2\\u8bdd\\u81f4\\u8f9e","3":"\\u6750\\u6599\\u6c42\\u52a9"};
	var fid = @@FIDJS@@;
	var uid = 0;
	var gid = 0;
	xn.options.water_image_url = 'view/img/water-small.png';
	</script>
	<script src="view/js/bbs.js?1.0"></script>
@@PAGESCRIPT@@
</body>
</html>
"""

USERS = {
    "钱塘笔耕": (12, 48, 377, 9),
    "老周写材料": (35, 17, 208, 31),
    "小林在乡镇": (88, 3, 96, 140),
    "西溪秘书": (64, 9, 151, 57),
    "笔墨春秋": (21, 26, 402, 15),
    "新手小吴": (203, 1, 18, 388),
}


def avatar(uid):
    return f"upload/avatar/000/{uid}.png?1701841256"


def pagination(tid, page, count):
    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a href="thread-{tid}-{page - 1}.htm" class="page-link">◀</a></li>')
    for p in range(1, count + 1):
        active = " active" if p == page else ""
        items.append(f'<li class="page-item{active}"><a href="thread-{tid}-{p}.htm" class="page-link">{p}</a></li>')
    if page < count:
        items.append(f'<li class="page-item"><a href="thread-{tid}-{page + 1}.htm" class="page-link">▶</a></li>')
    return '<nav><ul class="pagination my-4 justify-content-center flex-wrap">' + "".join(items) + "</ul></nav>"


def msg(paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


def reply_li(pid, floor, name, date, body):
    uid = USERS[name][0]
    return f"""
			<li class="media post" data-pid="{pid}" data-uid="{uid}">
				<a href="user-{uid}.htm" class="mr-3" tabindex="-1">
					<img class="avatar-3" src="{avatar(uid)}">
				</a>
				<div class="media-body">
					<div class="d-flex justify-content-between small text-muted">
						<div>
							<span class="username">
								<a href="user-{uid}.htm" class="text-muted font-weight-bold">{name}</a>
							</span>
							<span class="date text-grey ml-2">{date}</span>
						</div>
						<div class="text-right text-grey">
							<span class="floor-parent">
								<span class="floor mr-0">{floor}</span>楼
							</span>
						</div>
					</div>
					<div class="message mt-1 break-all">
						{body}
					</div>
				</div>
			</li>
"""


REPLY_POOL = [
    ("老周写材料", "开头那段讲旱涝急转写得好，用事实说话，比空喊口号强。"),
    ("小林在乡镇", "坐等后半部分！"),
    ("西溪秘书", "数字都保留了，难得。十二点六亿这种数一般整理的时候都删掉了。"),
    ("笔墨春秋", "“农田水利是农业的命脉”，这句是标准开头，框架很清楚。"),
    ("新手小吴", "新人学习了，请问楼主这是哪个市的？"),
    ("钱塘笔耕", "回楼上：不方便说，见谅。"),
    ("老周写材料", "我们县下周也要开冬修水利会，正好参考。"),
    ("小林在乡镇", "乡镇的同志表示压力很大，一千二百口山塘……"),
    ("西溪秘书", "第二部分四件事排得很有条理，先田后水、先建后管。"),
    ("笔墨春秋", "顶，等更新。"),
    ("新手小吴", "收藏了。"),
    ("老周写材料", "这种动员会讲话稿，第一部分“认识”往往最难写，楼主这个可以做范本。"),
    ("西溪秘书", "楼主辛苦，手打的吧？"),
    ("钱塘笔耕", "回西溪：一半录音转写一半对着讲稿改的，明天把后面补上。"),
    ("小林在乡镇", "好人一生平安。"),
    ("笔墨春秋", "标记一下。"),
    ("新手小吴", "学习学习再学习。"),
    ("老周写材料", "期待“管护”那部分，现在重建轻管的问题确实突出。"),
    ("西溪秘书", "mark"),
]

LATER = [
    ("老周写材料", "完整了，感谢楼主！管护那段果然写到了。"),
    ("笔墨春秋", "“建得成、管得好、长受益”，这九个字可以直接用。"),
    ("小林在乡镇", "结尾的以工代赈、投工投劳，基层很实用。"),
]

THREADS = [
    dict(tid=1863, pid=9410, speech=SPEECHES["R60B1"], author="钱塘笔耕", date="2024-11-6",
         published="2024-11-06", part2_date="2024-11-7", views=2417,
         head_note="周二市里开的冬春水利建设动员会，分管副市长的讲话，整理出来给大家参考。",
         tail_note="（帖子太长发不下，后半部分明天接着发在楼下。）",
         part2_note="接一楼，后半部分：", end_note="（全文完。个人整理，错漏之处请指正。）"),
    dict(tid=1790, pid=9012, speech=SPEECHES["R60B2"], author="西溪秘书", date="2024-7-9",
         published="2024-07-09", views=886,
         head_note="集团董事长在新员工入职培训开班仪式上的讲话，分享一下，写企业讲话的可以参考。",
         replies=[
             ("老周写材料", "2024-7-9", "企业讲话就是比机关讲话活泼，讲自己当技术员的经历很打动人。"),
             ("新手小吴", "2024-7-10", "作为今年的新员工表示很有共鸣。"),
             ("笔墨春秋", "2024-7-12", "“安全是天，质量是命”，制造企业必讲。"),
         ]),
]


def sidebar(name):
    uid, threads, posts, rank = USERS[name]
    return f"""
	<div class="col-lg-3 d-none d-lg-block aside">
		<div class="card card-user-info">
			<div class="m-3 text-center">
				<a href="user-{uid}.htm" tabindex="-1"><img class="avatar-5" src="{avatar(uid)}"></a>
				<h5><a href="user-{uid}.htm">{name}</a></h5>
			</div>
			<div class="card-footer p-2">
				<table class="w-100 small">
					<tr align="center">
						<td>
							<span class="text-muted">主题数</span><br>
							<b>{threads}</b>
						</td>
						<td>
							<span class="text-muted">帖子数</span><br>
							<b>{posts}</b>
						</td>
						<td>
							<span class="text-muted">排名</span><br>
							<b>{rank}</b>
						</td>
					</tr>
				</table>
			</div>
		</div>
	</div>
"""


def thread_page(th, page, count, first_html, replies_html, total_replies):
    tid, speech, author = th["tid"], th["speech"], th["author"]
    uid = USERS[author][0]
    first = f"""
		<div class="card card-thread">
			<div class="card-body">
				<div class="media">
					<a href="user-{uid}.htm" tabindex="-1">
						<img class="avatar-3 mr-3" src="{avatar(uid)}">
					</a>
					<div class="media-body">
						<h4 class="break-all">{speech.title}</h4>
						<div class="d-flex justify-content-between small">
							<div>
								<span class="username">
									<a href="user-{uid}.htm" class="text-muted font-weight-bold">{author}</a>
								</span>
								<span class="date text-grey ml-2">{th['date']}</span>
								<span class="text-grey ml-2"><i class="icon-eye"></i> {th['views']}</span>
							</div>
							<div>
							</div>
						</div>
					</div>
				</div>
				<hr />
				<div class="message break-all" isfirst="1">
{first_html}
				</div>
				<div class="plugin d-flex justify-content-center mt-3">
				</div>
				<hr />
				<div class="plugin d-flex justify-content-center mt-3">
				</div>
			</div>
		</div>
"""
    pager = pagination(tid, page, count) if count > 1 else ""
    body = f"""
<div class="row">
	<div class="col-lg-9 main">
		<ol class="breadcrumb d-none d-md-flex">
			<li class="breadcrumb-item"><a href="./" aria-label="首页"><i class="icon-home"></i></a></li>
			<li class="breadcrumb-item"><a href="forum-{FID}.htm">{FORUMS[FID]}</a></li>
			<li class="breadcrumb-item active"><a href="thread-{tid}.htm" title="返回主题第一页">{speech.title}</a></li>
		</ol>
{first}
		<div class="card card-postlist">
			<div class="card-body">
				<div class="card-title">
					<div class="d-flex justify-content-between">
						<div>
							<b>最新回复</b> (<span class="posts">{total_replies}</span>)
						</div>
						<div>
						</div>
					</div>
				</div>
				<ul class="list-unstyled postlist">
{replies_html}
			<li class="post newpost media">
				<div class="media-body">
					<div class="text-center text-muted small py-3">
						<a href="user-login.htm">登录</a> 后才可以回帖
					</div>
				</div>
			</li>
				</ul>
			</div>
		</div>
		{pager}
		<a href="forum-{FID}.htm" class="btn btn-secondary btn-block xn-back col-lg-6 mx-auto mb-3" aria-label="返回列表">返回</a>
	</div>
{sidebar(author)}
</div>
"""
    script = f"""<script>
var jform = $('#quick_reply_form');
var jsubmit = $('#submit');
$('li[data-active="fid-{FID}"]').addClass('active');
$('.post[data-uid="{uid}"] .username a').addClass('text-primary');
</script>"""
    title = speech.title if page == 1 else speech.title
    return render(HEAD + body + FOOT, TITLE=f"{title}-{FORUMS[FID]}-{SITE}", KEYWORDS=speech.title,
                  DESCRIPTION=speech.paras[1][:100], FIDJS=FID, PAGESCRIPT=script)


def thread_item(tid, subject, name, date, views, replies, last=None, top=False):
    uid = USERS[name][0]
    topcls = " top_1" if top else ""
    topicon = '\n\t\t\t\t\t<i class="icon-top-1" title="置顶"></i>' if top else ""
    lastbit = ""
    if last:
        luid = USERS[last[0]][0]
        lastbit = f"""
						<span>
							<span class="text-grey mx-2">←</span>
							<span class="username text-grey mr-1" uid="{luid}">{last[0]}</span>
							<span class="text-grey">{last[1]}</span>
						</span>"""
    return f"""
			<li class="media thread tap{topcls}" data-href="thread-{tid}.htm" data-tid="{tid}">
				<a href="user-{uid}.htm" tabindex="-1" class="mr-3">
					<img class="avatar-3" src="{avatar(uid)}">
				</a>
				<div class="media-body">
					<div class="subject break-all">{topicon}
						<a href="thread-{tid}.htm">{subject}</a>
					</div>
					<div class="d-flex justify-content-between small mt-1">
						<div>
							<span class="username text-grey mr-1" uid="{uid}">{name}</span>
							<span class="date text-grey">{date}</span>{lastbit}
						</div>
						<div class="text-muted small">
							<span class="ml-2"><i class="icon-eye"></i> {views}</span>
							<span class="ml-2"><i class="icon-comment-o"></i> {replies}</span>
						</div>
					</div>
				</div>
			</li>"""


def list_page(items, fid, page, count, title, desc):
    if fid:
        base = f"forum-{fid}"
        pager = ""
        if count > 1:
            lis = []
            if page > 1:
                lis.append(f'<li class="page-item"><a href="{base}-{page - 1}.htm" class="page-link">◀</a></li>')
            for p in range(1, count + 1):
                lis.append(f'<li class="page-item{" active" if p == page else ""}"><a href="{base}-{p}.htm" class="page-link">{p}</a></li>')
            if page < count:
                lis.append(f'<li class="page-item"><a href="{base}-{page + 1}.htm" class="page-link">▶</a></li>')
            pager = '<nav class="my-3"><ul class="pagination justify-content-center flex-wrap">' + "".join(lis) + "</ul></nav>"
        crumb = f"""
		<ol class="breadcrumb d-none d-md-flex">
			<li class="breadcrumb-item"><a href="./" aria-label="首页"><i class="icon-home"></i></a></li>
			<li class="breadcrumb-item active"><a href="forum-{fid}.htm">{FORUMS[fid]}</a></li>
		</ol>"""
        tabs_base = f"forum-{fid}-1.htm"
    else:
        pager, crumb, tabs_base = "", "", "index-1.htm"
    body = f"""
<div class="row">
	<div class="col-lg-9 main">{crumb}
		<div class="card card-threadlist">
			<div class="card-header">
				<ul class="nav nav-tabs card-header-tabs">
					<li class="nav-item">
						<a class="nav-link active" href="{tabs_base}?orderby=tid">最新发帖</a>
					</li>
					<li class="nav-item">
						<a class="nav-link " href="{tabs_base}?orderby=lastpid">最后回复</a>
					</li>
				</ul>
			</div>
			<div class="card-body">
				<ul class="list-unstyled threadlist mb-0">
{items}
				</ul>
			</div>
		</div>
		{pager}
	</div>
	<div class="col-lg-3 d-none d-lg-block aside">
		<a role="button" class="btn btn-primary btn-block mb-3" href="thread-create-{fid or 0}.htm">发新帖</a>
		<div class="card card-site-info">
			<div class="m-3">
				<h5 class="text-center">{SITE}</h5>
				<div class="small line-height-3">文秘写作交流，讲话稿、致辞、发言稿分享。原创整理请注明出处。</div>
			</div>
			<div class="card-footer p-2">
				<table class="w-100 small">
					<tr align="center">
						<td>
							<span class="text-muted">主题数</span><br>
							<b>1,312</b>
						</td>
						<td>
							<span class="text-muted">帖子数</span><br>
							<b>9,877</b>
						</td>
						<td>
							<span class="text-muted">用户数</span><br>
							<b>2,046</b>
						</td>
					</tr>
				</table>
			</div>
		</div>
	</div>
</div>
"""
    script = f"""<script>
$('li[data-active="fid-{fid}"]').addClass('active');
</script>"""
    return render(HEAD + body + FOOT, TITLE=title, KEYWORDS="讲话稿,致辞,发言稿,文秘", DESCRIPTION=desc,
                  FIDJS=fid, PAGESCRIPT=script)


def build() -> Family:
    fam = Family(HOST, "Xiuno BBS 4.0 (default template, rewrite on): thread-N.htm / thread-N-2.htm, card-thread message[isfirst], postlist floors, ◀ ▶ pagination",
                 content_type="text/html; charset=utf-8")
    th1, th2 = THREADS
    # thread 1: the speech in two halves, the second half as floor 21 on page 2
    s = th1["speech"]
    half1, half2 = split_paras(s.paras, 2)
    first_html = msg([th1["head_note"]] + half1 + [th1["tail_note"]])
    replies1 = []
    for i, (name, text) in enumerate(REPLY_POOL):
        floor = i + 2
        day = "2024-11-6" if i < 12 else "2024-11-7"
        replies1.append(reply_li(th1["pid"] + floor, floor, name, day, text))
    part2 = (f"<p>{th1['part2_note']}</p>\n" + msg(half2) + f"\n<p>{th1['end_note']}</p>")
    uid = USERS[th1["author"]][0]
    replies2 = [reply_li(th1["pid"] + 21, 21, th1["author"], th1["part2_date"], part2)]
    for i, (name, text) in enumerate(LATER):
        replies2.append(reply_li(th1["pid"] + 22 + i, 22 + i, name, "2024-11-8", text))
    total = len(REPLY_POOL) + 1 + len(LATER)
    p1 = thread_page(th1, 1, 2, first_html, "".join(replies1), total)
    p2 = thread_page(th1, 2, 2, first_html, "".join(replies2), total)
    fam.put(f"/thread-{th1['tid']}.htm", p1)
    fam.put(f"/thread-{th1['tid']}-1.htm", p1)
    fam.put(f"/thread-{th1['tid']}-2.htm", p2)
    fam.doc([f"/thread-{th1['tid']}.htm", f"/thread-{th1['tid']}-2.htm"], s, published_at=th1["published"])
    fam.not_documents.append(f"/thread-{th1['tid']}-2.htm")
    fam.note = (f"thread-{th1['tid']}-1.htm (linked from page 2's pager) is the same page as thread-{th1['tid']}.htm; "
                "the speech's second half is the poster's own floor 21 on page 2; published_at is the first post's date as printed (2024-11-6)")
    # thread 2: one page
    s2 = th2["speech"]
    first2 = msg([th2["head_note"]] + s2.paras)
    r2 = "".join(reply_li(th2["pid"] + i + 2, i + 2, n, d, t) for i, (n, d, t) in enumerate(th2["replies"]))
    fam.put(f"/thread-{th2['tid']}.htm", thread_page(th2, 1, 1, first2, r2, len(th2["replies"])))
    fam.doc([f"/thread-{th2['tid']}.htm"], s2, published_at=th2["published"])
    # lists
    it_top = thread_item(1502, "【版规】讲话致辞版发帖须知", "笔墨春秋", "2023-3-2", 5120, 6, top=True)
    it1 = thread_item(th1["tid"], s.title, th1["author"], th1["date"], th1["views"], total, last=("小林在乡镇", "2024-11-8"))
    it_a = thread_item(1871, "在全县第三次全国土壤普查工作推进会上的讲话", "老周写材料", "2024-11-15", 633, 4, last=("西溪秘书", "2024-11-16"))
    it_b = thread_item(1844, "七一表彰大会主持词及表态发言（三篇）", "笔墨春秋", "2024-10-28", 1201, 9, last=("新手小吴", "2024-10-30"))
    it2 = thread_item(th2["tid"], s2.title, th2["author"], th2["date"], th2["views"], 3, last=("笔墨春秋", "2024-7-12"))
    it_c = thread_item(1772, "在全市防汛抗旱工作会议上的讲话（2024）", "西溪秘书", "2024-6-20", 944, 5, last=("老周写材料", "2024-6-21"))
    fam.put("/", list_page("\n".join([it_top, it_a, it1, it_b]), 0, 1, 1, SITE, "文秘写作交流，讲话稿、致辞、发言稿分享。"))
    fam.put("/forum-2.htm", list_page("\n".join([it_top, it_a, it1, it_b]), 2, 1, 2, f"{FORUMS[2]}-{SITE}", "领导讲话、致辞、表态发言。"))
    fam.put("/forum-2-1.htm", list_page("\n".join([it_top, it_a, it1, it_b]), 2, 1, 2, f"{FORUMS[2]}-{SITE}", "领导讲话、致辞、表态发言。"))
    fam.put("/forum-2-2.htm", list_page("\n".join([it2, it_c]), 2, 2, 2, f"{FORUMS[2]}-{SITE}", "领导讲话、致辞、表态发言。"))
    fam.not_documents += ["/", "/forum-2.htm", "/forum-2-2.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /user-\nDisallow: /tmp/\n")
    fam.noise += [
        "周二市里开的冬春水利建设动员会",
        "（帖子太长发不下，后半部分明天接着发在楼下。）",
        "接一楼，后半部分：",
        "（全文完。个人整理，错漏之处请指正。）",
        "集团董事长在新员工入职培训开班仪式上的讲话，分享一下",
        "最新回复",
        "后才可以回帖",
        "坐等后半部分！",
        "完整了，感谢楼主！",
        "主题数",
        "Powered by",
        "浙ICP备20011538号-2",
    ]
    return fam
