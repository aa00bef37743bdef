"""WeCenter 3.x Q&A community (PHP, default template on Bootstrap 3, pseudo-static URLs on), UTF-8.

Extensionless pages (`extensionless_html`): home `/` is the 发现 page (`aw-common-list` items: asker avatar,
`h4` question link, `aw-question-content` meta "N 人关注 • M 个回复 • K 次浏览 • time"), with the WeCenter pager
`/sort_type-new__day-0__is_recommend-0__page-2` (a listing's page 2, not a document); the category list
`/explore/category-3`. Question pages `/question/N` titled `标题 - 文秘圈`: the `aw-top-menu-wrap` header (logo,
search, 发现 / 话题 / 通知, 登录 / 注册), `aw-question-detail` (`h1`, `aw-topic-bar` topic tags, `markitup-box`
detail, meta line with 添加评论 / 分享 / 邀请), `aw-question-comment` with the `nav-tabs` (票数 / 时间, "N 个回复"),
the `aw-feed-list` of answers, the accepted one first with the `aw-item active` 最佳回复 badge: the answerer's
greeting, the speech's title in bold, the speech, his closing line; 赞同来自 lines, the other answers short.
Side bar: 发起人 card, 相关问题 list (`question-related-list`), 问题状态 (最新活动 / 浏览 / 关注). The WeCenter footer
(Copyright © 2023 - 文秘圈, All Rights Reserved, Powered By WeCenter 3.6.2). The document is the speech in the
best answer; title the bold line's, date the answer's."""

from common import SPEECHES, Family

HOST = "ask.wenmiquan-like.test"
SITE = "文秘圈"

QUESTIONS = [
    dict(
        speech=SPEECHES["f53c-1"], qid=3817,
        title="组织部领导在驻村工作队员培训班开班式上的讲话怎么写？",
        detail="<p>下周县里举办驻村工作队员培训班，部长要在开班式上讲话，让我先拿个初稿。要求讲实在的，不要太多套话，大概十分钟左右。各位老师有没有思路或者参考稿？</p>",
        topics=["讲话稿", "驻村工作", "组织工作"],
        asker=("基层小文书", "zhou_wenshu"), q_time="2023-03-11 21:36",
        follow=23, views=4186,
        best=dict(user=("老笔杆", "laobigan", "县委办退休，写材料三十年"), time="2023-03-14 08:12", agree=47,
                  agree_by="材料狗、岸芷汀兰、周小舟、文字搬运工",
                  greeting="按你说的要求写了一篇，结构是“沉、干、守、学”四个字，数字你按县里实际情况改：",
                  closing="以上仅供参考，领导讲话还要结合本县特点再打磨一下。"),
        others=[
            (("岸芷汀兰", "anzhi"), "2023-03-12 09:05", 5, "这类讲话一般三段：意义、要求、保障。要求部分可以讲纪律，讲工作方法。"),
            (("周小舟", "zhouxz"), "2023-03-12 14:40", 2, "建议加一段派出单位的责任，领导一般都会强调这个。"),
        ],
    ),
    dict(
        speech=SPEECHES["f53c-2"], qid=2964,
        title="高三毕业典礼教师代表发言稿，求一篇走心的",
        detail="<p>学校让我作为教师代表在毕业典礼上发言，五分钟左右，我是语文老师，不想写得太套路，希望能有真情实感，最好有具体的细节。</p>",
        topics=["发言稿", "毕业典礼", "教师"],
        asker=("陈老师的粉笔", "chen_fenbi"), q_time="2022-06-10 19:02",
        follow=41, views=7352,
        best=dict(user=("杏坛一叶", "xingtan_ye", "中学语文教师，偶尔写写东西"), time="2022-06-18 07:30", agree=112,
                  agree_by="陈老师的粉笔、一只鹿、材料狗",
                  greeting="我去年写过一篇类似的，按楼主的情况改了改，名字和细节换成你自己的：",
                  closing="希望对你有帮助，祝典礼顺利！"),
        others=[
            (("一只鹿", "yizhilu"), "2022-06-11 10:17", 8, "走心的关键是讲具体的事，比如哪个学生、哪个晚上，别光讲道理。"),
            (("材料狗", "cailiaogou"), "2022-06-11 22:48", 3, "可以用“送三句话”的结构，好写也好记。"),
            (("匿名用户", ""), "2022-06-13 16:01", 0, "同求，我们学校也要。"),
        ],
    ),
]

MORE = [
    (3790, "年终总结大会主持词的开头怎么写比较出彩？", 4, 912),
    (3755, "党支部书记抓基层党建工作述职报告的结构", 6, 2031),
    (3702, "退休欢送会上单位领导讲话有没有模板", 3, 1488),
    (3688, "表态发言和交流发言有什么区别？", 5, 3307),
]


def q_url(q):
    return f"/question/{q['qid']}"


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta content="text/html;charset=utf-8" http-equiv="Content-Type" />
<meta content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" name="viewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,Chrome=1" />
<meta name="renderer" content="webkit" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@"  />
<base href="http://ask.wenmiquan-like.test/" /><!--[if IE]></base><![endif]-->
<link href="/static/css/default/img/favicon.ico?v=20190329" rel="shortcut icon" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="/static/css/bootstrap.css" />
<link rel="stylesheet" type="text/css" href="/static/css/icon.css" />
<link href="/static/css/default/common.css?v=20190329" rel="stylesheet" type="text/css" />
<link href="/static/css/default/link.css?v=20190329" rel="stylesheet" type="text/css" />
<link href="/static/js/plug_module/style.css?v=20190329" rel="stylesheet" type="text/css" />
<script type="text/javascript">
	var _2EB9F43FD02E73C6F29E1AEBD6F5A6C0="";
	var G_POST_HASH=_2EB9F43FD02E73C6F29E1AEBD6F5A6C0;
	var G_INDEX_SCRIPT = "";
	var G_SITE_NAME = "文秘圈";
	var G_BASE_URL = "http://ask.wenmiquan-like.test";
	var G_STATIC_URL = "http://ask.wenmiquan-like.test/static";
	var G_UPLOAD_URL = "/uploads";
	var G_USER_ID = "0";
	var G_USER_NAME = "";
	var G_UPLOAD_ENABLE = "N";
	var G_UNREAD_NOTIFICATION = 0;
	var G_NOTIFICATION_INTERVAL = 100000;
	var G_CAN_CREATE_TOPIC = "";
	var G_ADVANCED_EDITOR_ENABLE = "Y";
	var FILE_TYPES = "jpg,jpeg,png,gif,zip,doc,docx,rar,pdf,psd";
	var QUESTION_ID = @@QID@@;
</script>
<script src="/static/js/jquery.2.js?v=20190329" type="text/javascript"></script>
<script src="/static/js/jquery.form.js?v=20190329" type="text/javascript"></script>
<script src="/static/js/plug_module/plug-in_module.js?v=20190329" type="text/javascript"></script>
<script src="/static/js/aws.js?v=20190329" type="text/javascript"></script>
<script src="/static/js/aw_template.js?v=20190329" type="text/javascript"></script>
<script src="/static/js/app.js?v=20190329" type="text/javascript"></script>
<script type="text/javascript" src="/static/js/compatibility.js"></script>
<!--[if lte IE 8]>
	<script type="text/javascript" src="/static/js/respond.js"></script>
<![endif]-->
</head>
<noscript unselectable="on" id="noscript">
    <div class="aw-404 aw-404-wrap container">
        <img src="/static/common/no-js.jpg">
        <p>你的浏览器禁用了JavaScript, 请开启后刷新浏览器获得更好的体验!</p>
    </div>
</noscript>
<body>
	<div class="aw-top-menu-wrap">
		<div class="container">
			<!-- logo -->
			<div class="aw-logo hidden-xs">
				<a href="/"></a>
			</div>
			<!-- end logo -->
			<!-- 搜索框 -->
			<div class="aw-search-box  hidden-xs hidden-sm">
				<form class="navbar-search" action="/search/" id="global_search_form" method="post">
					<input class="form-control search-query" type="text" placeholder="搜索问题、话题或人" autocomplete="off" name="q" id="aw-search-query" />
					<span title="搜索" id="global_search_btns" onClick="$('#global_search_form').submit();"><i class="icon icon-search"></i></span>
					<div class="aw-dropdown">
						<div class="mod-body">
							<p class="title">输入关键字进行搜索</p>
							<ul class="aw-dropdown-list collapse"></ul>
							<p class="search"><span>搜索:</span><a onClick="$('#global_search_form').submit();"></a></p>
						</div>
						<div class="mod-footer">
							<a href="/publish/" onclick="$('#header_publish').click();" class="pull-right btn btn-mini btn-success publish">发起问题</a>
						</div>
					</div>
				</form>
			</div>
			<!-- end 搜索框 -->
			<!-- 导航 -->
			<div class="aw-top-nav navbar">
				<div class="navbar-header">
				  <button  class="navbar-toggle pull-left">
					<span class="icon-bar"></span>
					<span class="icon-bar"></span>
					<span class="icon-bar"></span>
				  </button>
				</div>
				<nav role="navigation" class="collapse navbar-collapse bs-navbar-collapse">
				  <ul class="nav navbar-nav">
					<li><a href="/" class="@@NAV_HOME@@"><i class="icon icon-list"></i> 发现</a></li>
					<li><a href="/topic/"><i class="icon icon-topic"></i> 话题</a></li>
					<li><a href="/help/"><i class="icon icon-bulb"></i> 帮助</a></li>
					<li>
						<a style="font-weight:bold;">· · ·</a>
						<div class="dropdown-list pull-right">
							<ul id="extensions-nav-list">
								<li><a href="/explore/category-3">讲话发言</a></li>
								<li><a href="/explore/category-4">公文写作</a></li>
								<li><a href="/explore/category-5">总结汇报</a></li>
							</ul>
						</div>
					</li>
				  </ul>
				</nav>
			</div>
			<!-- end 导航 -->
			<!-- 用户栏 -->
			<div class="aw-user-nav">
				<!-- 登陆&注册栏 -->
				<span>
					<a class="register btn btn-normal btn-success" href="/account/register/">注册</a>
					<a class="login btn btn-normal btn-primary" href="/account/login/">登录</a>
				</span>
				<!-- end 登陆&注册栏 -->
			</div>
			<!-- end 用户栏 -->
		</div>
	</div>
"""

FOOT = """
<div class="aw-footer-wrap">
	<div class="aw-footer">
		Copyright © 2023<span class="hidden-xs"> - 文秘圈, All Rights Reserved</span>
		<span class="hidden-xs">Powered By <a href="http://www.wecenter.com/?copyright" target="blank">WeCenter 3.6.2</a></span>
		<span class="hidden-xs"><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备19052317号-2</a></span>
	</div>
</div>
<a class="aw-back-top hidden-xs" href="javascript:;" onclick="$.scrollTo(1, 600, {queue:true});"><i class="icon icon-up"></i></a>
<!-- DO NOT REMOVE -->
<div id="aw-ajax-box" class="aw-ajax-box"></div>
<div style="display:none;" id="__crond">
	<script type="text/javascript">
		$(document).ready(function () {
			$('#__crond').html(unescape('%3Cimg%20src%3D%22/crond/run/1701936000%22%20width%3D%221%22%20height%3D%221%22%20/%3E'));
		});
	</script>
</div>
<!-- Escape time: 0.087316036224365 --><!-- / DO NOT REMOVE -->
</body>
</html>
"""


def page(title, body, kw="文秘圈,讲话稿,发言稿", desc="文秘圈 - 文秘人自己的问答社区", qid=0, home=False):
    head = HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw).replace("@@DESC@@", desc)
    head = head.replace("@@QID@@", str(qid)).replace("@@NAV_HOME@@", "active" if home else "")
    return head + body + FOOT


def avatar(uid):
    return f"/uploads/avatar/000/00/{uid % 97:02d}/{uid % 89:02d}_avatar_mid.jpg"


def answer_item(aid, user, when, agree, body_html, best=False, sig="", agree_by=""):
    name, slug = user
    who = (
        f'<a class="aw-user-name" href="/people/{slug}" data-id="{aid % 1000}">{name}</a>'
        if slug else '<a class="aw-user-name" href="javascript:;">匿名用户</a>'
    )
    badge = '<span class="aw-best-answer"><i class="icon icon-bestbg"></i>最佳回复</span>' if best else ""
    agreed = f'<p class="text-color-999 aw-agree-by">赞同来自: {agree_by}</p>' if agree_by else ""
    return f"""<div class="aw-item{' active' if best else ''}" uninterested_count="0" force_fold="0" id="answer_list_{aid}">
	<div class="mod-head">
		<a class="anchor" name="answer_{aid}"></a>
		{badge}
		<a class="aw-user-img aw-border-radius-5" href="{'/people/' + slug if slug else 'javascript:;'}"><img src="{avatar(aid)}" alt="" /></a>
		<div class="title">
			<p>{who}{' - <span class="text-color-999">' + sig + '</span>' if sig else ''}</p>
			{agreed}
		</div>
	</div>
	<div class="mod-body clearfix">
		<div class="markitup-box">{body_html}</div>
	</div>
	<div class="mod-footer">
		<div class="meta clearfix">
			<span class="text-color-999 pull-right">{when}</span>
			<span class="operate">
				<a class="agree  disabled"><i data-placement="right" title="" data-toggle="tooltip" class="icon icon-agree" data-original-title="赞同回复"></i> <b class="count">{agree}</b></a>
				<a class="disagree  disabled"><i data-placement="right" title="" data-toggle="tooltip" class="icon icon-disagree" data-original-title="对回复持反对意见"></i></a>
			</span>
			<span class="operate"><a class="aw-add-comment" data-id="{aid}" data-type="answer" data-comment-count="0" data-first-click="hide" href="javascript:;"><i class="icon icon-comment"></i> 0</a></span>
			<div class="pull-right more-operate"><a class="text-color-999 dropdown-toggle" data-toggle="dropdown"><i class="icon icon-share"></i> 分享</a></div>
		</div>
	</div>
</div>
"""


def question_page(q, other):
    sp, b = q["speech"], q["best"]
    speech_html = (
        f"<p>{b['greeting']}</p><p><b>{sp.title}</b></p>"
        + "".join(f"<p>{p}</p>" for p in sp.paras)
        + f"<p>{b['closing']}</p>"
    )
    answers = answer_item(q["qid"] * 3 + 1, b["user"][:2], b["time"], b["agree"], speech_html, True, b["user"][2], b["agree_by"])
    for i, (user, when, agree, text) in enumerate(q["others"]):
        answers += answer_item(q["qid"] * 3 + 5 + i, user, when, agree, text)
    topics = "".join(
        f'<span class="topic-tag" data-id="{100 + i}"><a href="/topic/{t}" class="text" data-id="{100 + i}">{t}</a></span>'
        for i, t in enumerate(q["topics"])
    )
    related = f'<li><a href="{q_url(other)}">{other["title"]}</a></li>' + "".join(
        f'<li><a href="/question/{i}">{t}</a></li>' for i, t, _, _ in MORE[:3]
    )
    asker, aslug = q["asker"]
    n = len(q["others"]) + 1
    body = f"""
<div class="aw-container-wrap">
	<div class="container">
		<div class="row">
			<div class="aw-content-wrap clearfix">
				<div class="col-sm-12 col-md-9 aw-main-content">
					<!-- 话题推荐bar -->
					<div class="aw-mod aw-topic-bar" id="question_topic_editor" data-type="question" data-id="{q['qid']}">
						<div class="tag-bar clearfix">{topics}</div>
					</div>
					<!-- end 话题推荐bar -->
					<div class="aw-mod aw-question-detail aw-item">
						<div class="mod-head">
							<h1>{q['title']}</h1>
							<div class="operate clearfix">
								<a href="javascript:;" onclick="AWS.User.follow($(this), 'question', {q['qid']});" class="follow btn btn-normal btn-success pull-left"><span>关注</span> <em>|</em> <b>{q['follow']}</b></a>
							</div>
						</div>
						<div class="mod-body">
							<div class="content markitup-box">{q['detail']}</div>
						</div>
						<div class="mod-footer">
							<div class="meta">
								<span class="text-color-999">{q['q_time']}</span>
								<a class="text-color-999" data-id="{q['qid']}" data-type="question" href="javascript:;"><i class="icon icon-comment"></i>添加评论</a>
								<a class="text-color-999 dropdown-toggle" data-toggle="dropdown"><i class="icon icon-share"></i>分享</a>
								<a class="text-color-999" href="javascript:;" onclick="AWS.dialog('report', {{item_type:'question', item_id:{q['qid']}}})"><i class="icon icon-report"></i>举报</a>
								<a class="text-color-999 aw-invite-replay"><i class="icon icon-inviteask"></i>邀请</a>
							</div>
						</div>
					</div>
					<div class="aw-mod aw-question-comment">
						<div class="mod-head common-head">
							<ul class="nav nav-tabs aw-nav-tabs active">
								<li><a href="/question/{q['qid']}?sort_key=add_time&amp;sort=ASC" rel="nofollow">时间 <i class="icon icon-up"></i></a></li>
								<li class="active"><a href="/question/{q['qid']}" rel="nofollow">票数</a></li>
								<h2 class="hidden-xs">{n} 个回复</h2>
							</ul>
						</div>
						<div class="mod-body aw-feed-list">
{answers}
						</div>
						<div class="mod-footer">
							<div class="aw-load-more-content hide" id="load_uninterested_answers"><span class="text-color-999 aw-alert-box text-color-999" href="javascript:;" tabindex="-1" onclick="AWS.alert('被折叠的回复是被你或者被大多数用户认为没有帮助的回复');">为什么被折叠?</span> <a href="javascript:;" class="aw-load-more-content"><span>0 个回复被折叠</span></a></div>
						</div>
					</div>
					<div class="aw-mod aw-replay-box question">
						<a name="answer_form"></a>
						<p align="center">要回复问题请先<a href="/account/login/">登录</a>或<a href="/account/register/">注册</a></p>
					</div>
				</div>
				<!-- 侧边栏 -->
				<div class="col-sm-12 col-md-3 aw-side-bar hidden-xs hidden-sm">
					<!-- 发起人 -->
					<div class="aw-mod">
						<div class="mod-head"><h3>发起人</h3></div>
						<div class="mod-body">
							<dl>
								<dt class="pull-left aw-border-radius-5"><a href="/people/{aslug}"><img alt="{asker}" src="{avatar(q['qid'])}" /></a></dt>
								<dd class="pull-left"><a class="aw-user-name" href="/people/{aslug}" data-id="{q['qid'] % 500}">{asker}</a><p></p></dd>
							</dl>
						</div>
					</div>
					<!-- end 发起人 -->
					<!-- 相关问题 -->
					<div class="aw-mod question-related-list">
						<div class="mod-head"><h3>相关问题</h3></div>
						<div class="mod-body font-size-12">
							<ul>{related}</ul>
						</div>
					</div>
					<!-- end 相关问题 -->
					<!-- 问题状态 -->
					<div class="aw-mod question-status">
						<div class="mod-head"><h3>问题状态</h3></div>
						<div class="mod-body">
							<ul>
								<li>最新活动: <span class="aw-text-color-blue">{b['time']}</span></li>
								<li>浏览: <span class="aw-text-color-blue">{q['views']}</span></li>
								<li>关注: <span class="aw-text-color-blue">{q['follow']}</span> 人</li>
							</ul>
						</div>
					</div>
					<!-- end 问题状态 -->
				</div>
				<!-- end 侧边栏 -->
			</div>
		</div>
	</div>
</div>
<script type="text/javascript">
	var ANSWER_EDIT_TIME = 30;
	$(document).ready(function () {{
		if ($('#c_log_list').attr('id')) {{ AWS.load_list_view(G_BASE_URL + '/question/ajax/log/id-{q['qid']}', $('#bp_log_more'), $('#c_log_list'), 1); }}
	}});
</script>
"""
    kw = ",".join(q["topics"])
    desc = q["detail"][3:60]
    return page(f"{q['title']} - {SITE}", body, kw, desc, q["qid"])


def list_item(qid, title, asker, answers, views, follow, when, slug):
    return f"""<div class="aw-item">
	<a class="aw-user-name hidden-xs" data-id="{qid % 500}" href="/people/{slug}" rel="nofollow"><img src="{avatar(qid)}" alt="" /></a>
	<div class="aw-question-content">
		<h4><a href="/question/{qid}">{title}</a></h4>
		<a href="/question/{qid}#!answer_form" class="pull-right text-color-999">回复</a>
		<p>
			<a href="/explore/category-3" class="aw-question-tags">讲话发言</a> •
			<a href="/people/{slug}" class="aw-user-name">{asker}</a> <span class="text-color-999">回复了问题 • {follow} 人关注 • {answers} 个回复 • {views} 次浏览 • {when}</span>
		</p>
	</div>
</div>
"""


def listing(page2=False):
    if page2:
        items = list_item(3512, "工会主席在职工运动会开幕式上的致辞", "闲云野鹤", 2, 856, 4, "2022-05-02 10:11", "xianyun")
        items += list_item(3498, "述职报告开头第一段怎么写不落俗套", "材料狗", 7, 2310, 15, "2022-04-27 18:40", "cailiaogou")
        pager = '<li><a href="/">&lt;</a></li><li><a href="/">1</a></li><li class="active"><a href="javascript:;">2</a></li>'
    else:
        rows = [(q["qid"], q["title"], q["best"]["user"][0], len(q["others"]) + 1, q["views"], q["follow"], q["best"]["time"][:10], q["best"]["user"][1]) for q in QUESTIONS]
        rows += [(i, t, "岸芷汀兰", n, v, 3 + n, "2023-0%d-0%d" % (2 + n % 2, n), "anzhi") for i, t, n, v in MORE]
        rows.sort(key=lambda r: -r[0])
        items = "".join(list_item(*r) for r in rows)
        pager = '<li class="active"><a href="javascript:;">1</a></li><li><a href="/sort_type-new__day-0__is_recommend-0__page-2">2</a></li><li><a href="/sort_type-new__day-0__is_recommend-0__page-2">&gt;</a></li>'
    return f"""
<div class="aw-container-wrap">
	<div class="container">
		<div class="row">
			<div class="aw-content-wrap clearfix">
				<div class="col-sm-12 col-md-9 aw-main-content">
					<!-- 新消息通知 -->
					<div class="aw-mod aw-notification-box hide" id="index_notification"></div>
					<!-- end 新消息通知 -->
					<!-- tab切换 -->
					<ul class="nav nav-tabs aw-nav-tabs active hidden-xs">
						<li><a href="/sort_type-unresponsive">等待回复</a></li>
						<li><a href="/sort_type-hot__day-7" id="sort_control_hot">热门</a></li>
						<li><a href="/is_recommend-1">推荐</a></li>
						<li class="active"><a href="/">最新</a></li>
						<h2 class="hidden-xs"><i class="icon icon-list"></i> 发现</h2>
					</ul>
					<!-- end tab切换 -->
					<div class="aw-mod aw-explore-list">
						<div class="mod-body">
							<div class="aw-common-list">
{items}
							</div>
						</div>
						<div class="mod-footer">
							<div class="page-control"><ul class="pagination pull-right">{pager}</ul></div>
						</div>
					</div>
				</div>
				<!-- 侧边栏 -->
				<div class="col-sm-12 col-md-3 aw-side-bar hidden-xs hidden-sm">
					<div class="aw-mod aw-text-align-justify">
						<div class="mod-head"><a href="/topic/channel-hot" class="pull-right">更多 &gt;</a><h3>热门话题</h3></div>
						<div class="mod-body"><dl><dt class="pull-left aw-border-radius-5"><a href="/topic/讲话稿"><img alt="" src="/uploads/topic/20190315/32_32.jpg" /></a></dt><dd class="pull-left"><p class="clearfix"><span class="topic-tag"><a href="/topic/讲话稿" class="text">讲话稿</a></span></p><p><b>312</b> 个问题, <b>96</b> 人关注</p></dd></dl></div>
					</div>
					<div class="aw-mod aw-text-align-justify">
						<div class="mod-head"><a href="/people/" class="pull-right">更多 &gt;</a><h3>热门用户</h3></div>
						<div class="mod-body"><dl><dd class="pull-left"><a href="/people/laobigan" class="aw-user-name">老笔杆</a><p class="signature">县委办退休，写材料三十年</p></dd></dl></div>
					</div>
				</div>
				<!-- end 侧边栏 -->
			</div>
		</div>
	</div>
</div>
"""


def build() -> Family:
    fam = Family(HOST, "WeCenter 3.6 Q&A community, default template, pseudo-static URLs, UTF-8", extensionless_html=True)
    fam.put("/", page(f"{SITE} - 文秘人自己的问答社区", listing(), home=True))
    p2 = "/sort_type-new__day-0__is_recommend-0__page-2"
    fam.put(p2, page(f"发现 - {SITE}", listing(True)))
    fam.put("/explore/category-3", page(f"讲话发言 - 发现 - {SITE}", listing()))
    fam.not_documents += [p2, "/explore/category-3"]
    q1, q2 = QUESTIONS
    for q, other in ((q1, q2), (q2, q1)):
        fam.put(q_url(q), question_page(q, other))
        fam.doc([q_url(q)], q["speech"], published_at=q["best"]["time"][:10])
    fam.put("/robots.txt", "#\n# robots.txt for WeCenter\n#\n\nUser-agent: *\n\nDisallow: /app/\nDisallow: /cache/\nDisallow: /install/\nDisallow: /models/\nDisallow: /plugins/\nDisallow: /system/\nDisallow: /tmp/\nDisallow: /views/\nDisallow: /*/ajax/\n", "ascii")
    fam.noise += [
        q1["best"]["greeting"], q2["best"]["greeting"], q1["best"]["closing"], q2["best"]["closing"],
        "最佳回复", "赞同来自", "添加评论", "相关问题", "问题状态", "要回复问题请先",
        "这类讲话一般三段", "走心的关键是讲具体的事", "同求，我们学校也要", "Powered By", "县委办退休，写材料三十年",
    ]
    fam.note = (
        "The document is the 最佳回复 answer's speech: the paragraphs after the answerer's greeting and the bold title "
        "line, before his closing line; not the question's detail or the other answers. Title = the bold line, "
        "date = the best answer's."
    )
    return fam
