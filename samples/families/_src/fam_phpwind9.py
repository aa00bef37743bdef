"""PHPWind 9.0 forum, default template, UTF-8: topics at `read.php?tid=N` (`&page=P` for reply
pages), `index.php?m=bbs&c=thread&fid=N` lists; floors as `div.floor` > `table.floor_table` with the
author column `td.floor_left` (`floor_info`: avatar, name, 头衔, level, 主题/帖子/积分) and the post in
`td.floor_right` (`floor_top_tips` 楼主/沙发… + 发布于, `h1#J_post_title.read_h1` in the first
floor, `div.editor_content` with `<br />` lines, signature, 回复/引用/喜欢 `floor_bottom`), the
`read_pages_wrap` pager, 快速回复 box, `var GV` config and wind.js loader; the first floor is the
speech, later floors and page 2 are not documents."""

from common import SPEECHES, Family, render

HOST = "bbs.pw9-jianghua.test"

HEAD = """<!doctype html>
<html>
<head>
<meta charset="UTF-8" />
<title>@@TITLE@@</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="generator" content="phpwind v9.0.2" />
<meta name="description" content="@@DESC@@" />
<meta name="keywords" content="@@KEYWORDS@@" />
<link rel="stylesheet" href="http://bbs.pw9-jianghua.test/themes/site/default/css/dev/core.css?v=20150115" />
<link rel="stylesheet" href="http://bbs.pw9-jianghua.test/themes/site/default/css/dev/style.css?v=20150115" />
<!-- 模板通用css -->
<link rel="stylesheet" href="http://bbs.pw9-jianghua.test/themes/site/default/css/dev/forum.css?v=20150115" />
<script>
//全局变量 Global Variables
var GV = {
	JS_ROOT : 'http://bbs.pw9-jianghua.test/res/js/dev/',										//js目录
	JS_VERSION : '20150115',											//js版本号(不能带空格)
	JS_EXTRES : 'http://bbs.pw9-jianghua.test/themes/extres',
	TOKEN : 'b7e1c2d9a4f03856',	//token $.ajaxSetup data
	U_CENTER : 'http://bbs.pw9-jianghua.test/index.php?m=space',		//用户空间(参数 : uid)
	U_AVATAR_DEF : 'http://bbs.pw9-jianghua.test/res/images/face/face_small.jpg',					//默认小头像
	U_ID : parseInt('0'),									//uid
	REGION_CONFIG : '',														//地区数据
	CREDIT_REWARD_JUDGE : '',			//是否积分奖励，空值:false, 1:true
	URL : {
		LOGIN : 'http://bbs.pw9-jianghua.test/index.php?m=u&c=login',										//登录地址
		QUICK_LOGIN : 'http://bbs.pw9-jianghua.test/index.php?m=u&c=login&a=fast',								//快速登录
		IMAGE_RES: 'http://bbs.pw9-jianghua.test/res/images',										//图片目录
		CHECK_IMG : 'http://bbs.pw9-jianghua.test/index.php?m=u&c=login&a=showverify',							//验证码图片url，global.js引用
		VARIFY : 'http://bbs.pw9-jianghua.test/index.php?m=verify&a=get',								//验证码html
		VARIFY_CHECK : 'http://bbs.pw9-jianghua.test/index.php?m=verify&a=check',							//验证码html
		HEAD_MSG : {
			LIST : 'http://bbs.pw9-jianghua.test/index.php?m=message&c=notice&a=minilist'							//头部消息_列表
		},
		USER_CARD : 'http://bbs.pw9-jianghua.test/index.php?m=space&c=card',								//小名片_获取
		LIKE_FORWARDING : 'http://bbs.pw9-jianghua.test/index.php?c=post&a=doreply',							//喜欢转发(参数 : fid)
		REGION : 'http://bbs.pw9-jianghua.test/index.php?m=misc&c=webData&a=area',									//地区数据
		SCHOOL : 'http://bbs.pw9-jianghua.test/index.php?m=misc&c=webData&a=school',								//学校数据
		EMOTIONS : "http://bbs.pw9-jianghua.test/index.php?m=emotion&type=bbs",					//表情数据
		CRON_AJAX : '',											//计划任务 后端输出执行
		FORUM_LIST : 'http://bbs.pw9-jianghua.test/index.php?c=forum&a=list',								//版块列表数据
		CREDIT_REWARD_DATA : 'http://bbs.pw9-jianghua.test/index.php?m=u&a=showcredit',					//积分奖励 数据
		AT_URL: 'http://bbs.pw9-jianghua.test/index.php?c=remind',									//@好友列表接口
		TOPIC_TYPIC: 'http://bbs.pw9-jianghua.test/index.php?c=forum&a=topictype'							//主题分类
	}
};
</script>
<script src="http://bbs.pw9-jianghua.test/res/js/dev/wind.js?v=20150115"></script>
</head>
<body>
<div class="wrap">
<header class="header_wrap">
	<div id="J_header" class="header cc">
		<div class="logo">
			<a href="http://bbs.pw9-jianghua.test/">
				<img src="http://bbs.pw9-jianghua.test/themes/site/default/images/logo.png" alt="笔杆子论坛">
			</a>
		</div>
		<nav class="nav_wrap">
			<div class="nav">
				<ul>
					<li class="current"><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs">论坛</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=like&c=like">喜欢</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=tag">话题</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=app">应用</a></li>
				</ul>
			</div>
		</nav>
		<div class="header_search" role="search">
			<form action="http://bbs.pw9-jianghua.test/index.php?m=search&c=s" method="post">
				<input type="text" id="s" aria-label="搜索关键词" accesskey="s" placeholder="搜索其实很简单" x-webkit-speech speech name="keyword"/>
				<button type="submit" aria-label="搜索"><span>搜索</span></button>
			<input type="hidden" name="csrf_token" value="b7e1c2d9a4f03856"/></form>
		</div>
		<div class="header_login">
	<a rel="nofollow" href="http://bbs.pw9-jianghua.test/index.php?m=u&c=login">登录</a><a rel="nofollow" href="http://bbs.pw9-jianghua.test/index.php?m=u&c=register">注册</a>
		</div>
	</div>
</header>
<div class="tac"> </div>
<div class="main_wrap">
"""

FOOT = """</div>
<!--.main-wrap,#main End-->
<div class="tac">
 <br />
 </div>
<div class="footer_wrap">
	<div class="footer">
		<pw-drag id="footer_segment"></pw-drag>
		<div class="bottom">
		<a href="http://bbs.pw9-jianghua.test/index.php?m=about">关于我们</a><a href="http://bbs.pw9-jianghua.test/index.php?m=about&a=contact">联系我们</a><a href="http://bbs.pw9-jianghua.test/index.php?m=about&a=help">帮助中心</a><a href="http://bbs.pw9-jianghua.test/index.php?m=about&a=agreement">用户协议</a>
		</div>
		<p>Powered by <a href="http://www.phpwind.net/" target="_blank" rel="nofollow">phpwind v9.0.2</a> &copy;2003-2015 <a href="http://www.phpwind.com" target="_blank" rel="nofollow">phpwind.com</a> <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备16027318号-2</a></p>
		<p></p>
	</div>
	<div id="cloudwind_common_bottom"></div>
	</div>
</div>
<!--返回顶部-->
<a href="#" rel="nofollow" role="button" id="back_top" tabindex="-1">返回顶部</a>
<script>
Wind.use('jquery', 'global', function(){
});
</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a3d9c1e7b52f4086d1c3e5f7a9b0c2d4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

USERS = {
    "镇组织委员老周": (2051, "版主", "Lv.9 笔杆子", 86, 1423, 9820, "一枝一叶总关情"),
    "西河村文书": (3117, "", "Lv.4 秀才", 12, 210, 860, ""),
    "半山听雨": (1204, "", "Lv.6 举人", 40, 688, 3105, "笔耕不辍"),
    "新任村官小郑": (4420, "", "Lv.1 白丁", 1, 9, 32, ""),
    "安环部老杨": (3560, "", "Lv.5 贡士", 23, 341, 1520, "安全第一，预防为主"),
    "车间主任阿强": (4012, "", "Lv.3 童生", 5, 77, 260, ""),
}

FLOOR = ["楼主", "沙发", "板凳", "地板"]


def floor_name(i):
    return FLOOR[i] if i < 4 else f"{i}楼"


def floor(i, name, stamp, content, tid, fid, pid, title=""):
    uid, honor, level, topics, posts, points, sig = USERS[name]
    h1 = f'<h1 id="J_post_title" class="read_h1">{title}</h1>' if title else ""
    sig_html = f'<div class="signature" style="max-height:100px;maxHeightIE:100px;"><div class="signature_content">{sig}</div></div>' if sig else ""
    return f"""<div class="floor cc" id="read_{pid}">
<table width="100%" style="table-layout:fixed;" class="floor_table">
<tr>
<td rowspan="2" class="floor_left column_wrap">
<div class="floor_info">
<a class="face" href="http://bbs.pw9-jianghua.test/index.php?m=space&uid={uid}"><img class="J_avatar" src="http://bbs.pw9-jianghua.test/windid/attachment/avatar/000/00/0{uid % 100:02d}/{uid}_middle.jpg" data-type="middle" width="120" height="120" alt="{name}"/></a>
<div class="name"><a class="J_user_card_show mr5" data-uid="{uid}" href="http://bbs.pw9-jianghua.test/index.php?m=space&uid={uid}">{name}</a></div>
{f'<div class="honor">{honor}</div>' if honor else ''}
<div class="level"><a href="http://bbs.pw9-jianghua.test/index.php?m=u&c=level" class="level_img">{level}</a></div>
<div class="info">
<ul class="cc">
<li><em>主题</em><span>{topics}</span></li>
<li><em>帖子</em><span>{posts}</span></li>
<li><em>积分</em><span>{points}</span></li>
</ul>
</div>
</div>
</td>
<td class="box_wrap floor_right">
<div class="floor_top_tips cc">
<span class="lou J_floor_copy" title="复制此楼地址" data-hash="read_{pid}">{floor_name(i)}<sup>#</sup></span>
{'<a href="http://bbs.pw9-jianghua.test/read.php?tid=' + str(tid) + '&amp;uid=' + str(uid) + '" class="mr10">只看楼主</a>' if i == 0 else ''}
<span class="fl">发布于：{stamp}</span>
</div>
{h1}
<div class="editor_content" id="J_read_content_{pid}">{content}</div>
{sig_html}
</td>
</tr>
<tr>
<td class="box_wrap floor_bottom" valign="bottom">
<div class="floor_bottom_tips cc">
<span class="fr">
<a href="http://bbs.pw9-jianghua.test/index.php?c=post&a=reply&tid={tid}&pid={pid}" class="J_read_reply" data-topid="{pid}">回复</a>
<a href="http://bbs.pw9-jianghua.test/index.php?c=post&a=reply&tid={tid}&pid={pid}&quote=1" class="J_read_quote">引用</a>
<a href="javascript:;" class="J_like_btn" data-tid="{tid}" data-pid="{pid}">喜欢</a>
<a href="http://bbs.pw9-jianghua.test/index.php?m=report&type=thread&type_id={pid}" class="J_report" rel="nofollow">举报</a>
</span>
</div>
</td>
</tr>
</table>
</div>
"""


def pages_nav(tid, n, count):
    if count == 1:
        return ""
    out = '<div class="pages">'
    if n > 1:
        out += f'<a href="http://bbs.pw9-jianghua.test/read.php?tid={tid}&amp;page={n - 1}" class="pages_pre J_pages_pre">&laquo;&nbsp;上一页</a>'
    for i in range(1, count + 1):
        out += f"<strong>{i}</strong>" if i == n else f'<a href="http://bbs.pw9-jianghua.test/read.php?tid={tid}&amp;page={i}">{i}</a>'
    if n < count:
        out += f'<a href="http://bbs.pw9-jianghua.test/read.php?tid={tid}&amp;page={n + 1}" class="pages_next J_pages_next">下一页&nbsp;&raquo;</a>'
    return out + "</div>"


FID, FORUM = 7, "公文写作"

THREADS = [
    {
        "tid": 15806,
        "speech": SPEECHES["R33A4"],
        "author": "镇组织委员老周",
        "stamp": "2024-03-08 21:17",
        "views": 1342,
        "replies": [
            ("西河村文书", "2024-03-08 21:40", "周委员这篇讲得实在，“三个月把所有农户走访一遍”，我们村书记当场就布置了。"),
            ("半山听雨", "2024-03-09 07:12", "结构清楚，五个方面层层递进，收藏学习。<br />建议第三点集体经济可以再举个本镇的例子，会更有说服力。"),
            ("新任村官小郑", "2024-03-09 09:55", "我就是这次新上任的，昨天坐在台下听的，现在再看一遍，感触更深了。"),
            ("西河村文书", "2024-03-09 12:30", "回复 3楼 @新任村官小郑 ：加油，有不懂的随时问。"),
        ],
        "replies2": [
            ("半山听雨", "2024-03-11 16:02", "顶一下，好帖不能沉。"),
            ("镇组织委员老周", "2024-03-11 20:48", "谢谢大家，讲稿是提前写好的，现场略有发挥，这里发的是原稿。"),
        ],
    },
    {
        "tid": 16022,
        "speech": SPEECHES["R33A3"],
        "author": "安环部老杨",
        "stamp": "2024-06-03 17:45",
        "views": 687,
        "replies": [
            ("车间主任阿强", "2024-06-03 18:20", "杨工，第五条高温防汛加得好，去年就是排水沟堵了淹了仓库。"),
            ("半山听雨", "2024-06-04 08:31", "企业安全月讲话的范本，谢谢分享。"),
        ],
        "replies2": [],
    },
]


def title_of(th):
    return th["speech"].title


def thread_page(th, n, count, floors):
    tid = th["tid"]
    nav = pages_nav(tid, n, count)
    body = f"""<div class="bread_crumb" id="bread_crumb"><a href="http://bbs.pw9-jianghua.test/" class="home" title="笔杆子论坛">首页</a><em>&gt;</em><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=cate&amp;fid=1">材料写作</a><em>&gt;</em><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}">{FORUM}</a><em>&gt;</em><a href="http://bbs.pw9-jianghua.test/read.php?tid={tid}">{title_of(th)}</a></div>
<div class="main cc">
	<div class="read_page" id="J_read_main">
		<div class="read_pages_wrap cc">
			<a href="http://bbs.pw9-jianghua.test/index.php?c=post&amp;a=reply&amp;tid={tid}" rel="nofollow" class="btn_replay J_qlogin_trigger">回复</a>
			<a href="http://bbs.pw9-jianghua.test/index.php?c=post&amp;fid={FID}" rel="nofollow" class="btn_post J_qlogin_trigger">发帖</a>
			{nav}
			<span class="fr read_num">浏览<em>{th["views"]}</em>回复<em>{len(th["replies"]) + len(th["replies2"])}</em></span>
		</div>
		<div class="box_wrap thread_page J_check_wrap">
{"".join(floors)}
		</div>
		<div class="read_pages_wrap cc">
			<a href="http://bbs.pw9-jianghua.test/index.php?c=post&amp;a=reply&amp;tid={tid}" rel="nofollow" class="btn_replay J_qlogin_trigger">回复</a>
			{nav}
		</div>
		<div class="box_wrap floor_reply" id="floor_reply">
			<div class="floor_reply_title">快速回复</div>
			<div class="reply_login_tips">您需要登录后才可以回复 <a href="http://bbs.pw9-jianghua.test/index.php?m=u&amp;c=login" class="J_qlogin_trigger">登录</a> | <a href="http://bbs.pw9-jianghua.test/index.php?m=u&amp;c=register">注册</a></div>
		</div>
	</div>
</div>
<script>
var TID = '{tid}', FID = '{FID}';
Wind.use('jquery', 'global', 'dialog', 'ajaxForm', 'tabs', 'draggable', 'emotions', function(){{
	Wind.js(GV.JS_ROOT+ 'pages/bbs/read.js?v=' + GV.JS_VERSION);
}});
</script>
"""
    title = f"{title_of(th)}-{FORUM}-笔杆子论坛" if n == 1 else f"{title_of(th)}-第{n}页-{FORUM}-笔杆子论坛"
    return render(HEAD, TITLE=title, DESC=th["speech"].paras[1][:60], KEYWORDS=f"{title_of(th)},{FORUM}") + body + FOOT


def list_page(rows, n, count):
    nav = ""
    if count > 1:
        nav = '<div class="pages">' + "".join(
            f"<strong>{i}</strong>" if i == n else f'<a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}&amp;page={i}">{i}</a>'
            for i in range(1, count + 1)
        ) + (f'<a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}&amp;page={n + 1}" class="pages_next J_pages_next">下一页&nbsp;&raquo;</a>' if n < count else "") + "</div>"
    body = f"""<div class="bread_crumb" id="bread_crumb"><a href="http://bbs.pw9-jianghua.test/" class="home" title="笔杆子论坛">首页</a><em>&gt;</em><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=cate&amp;fid=1">材料写作</a><em>&gt;</em><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}">{FORUM}</a></div>
<div class="main cc">
<div class="main_body">
<div class="box_wrap thread_page J_check_wrap">
<nav><div class="content_nav" id="hashpos_ttype"><div class="content_filter"><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}&amp;orderby=lastpost" class="current">最新回复</a><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}&amp;orderby=postdate">最新发帖</a></div><ul><li class="current"><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}">全部</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}&amp;tab=digest">精华</a></li></ul></div></nav>
<div class="thread_posts_list">
<table width="100%" id="J_posts_list" summary="帖子列表">
{rows}
</table>
</div>
</div>
<div class="J_page_wrap cc" data-key="true">{nav}</div>
</div>
<div class="main_sidebar">
<div class="box_wrap"><h2 class="box_title">版块信息</h2><div class="forum_info"><p>{FORUM}：讲话稿、发言稿、汇报材料写作交流。</p><p>今日：<em>3</em>　主题：<em>2061</em>　帖子：<em>18433</em></p></div></div>
</div>
</div>
"""
    return render(HEAD, TITLE=f"{FORUM}-笔杆子论坛" if n == 1 else f"{FORUM}-第{n}页-笔杆子论坛", DESC=f"{FORUM}：讲话稿、发言稿、汇报材料写作交流", KEYWORDS=FORUM) + body + FOOT


def list_row(th):
    uid = USERS[th["author"]][0]
    last = (th["replies2"] or th["replies"])[-1]
    n = len(th["replies"]) + len(th["replies2"])
    return f"""<tr>
<td class="author"><a class="J_user_card_show" data-uid="{uid}" href="http://bbs.pw9-jianghua.test/index.php?m=space&amp;uid={uid}"><img class="J_avatar" src="http://bbs.pw9-jianghua.test/windid/attachment/avatar/000/00/0{uid % 100:02d}/{uid}_small.jpg" data-type="small" width="45" height="45" /></a></td>
<td class="subject">
<p class="title"><a href="http://bbs.pw9-jianghua.test/read.php?tid={th["tid"]}" class="st" style="" title="{title_of(th)}">{title_of(th)}</a></p>
<p class="info"><span class="mr10"><a class="J_user_card_show" data-uid="{uid}" href="http://bbs.pw9-jianghua.test/index.php?m=space&amp;uid={uid}">{th["author"]}</a>&nbsp;<span>{th["stamp"][:10]}</span></span><span>最后回复：<a class="J_user_card_show" href="http://bbs.pw9-jianghua.test/index.php?m=space&amp;uid={USERS[last[0]][0]}">{last[0]}</a>&nbsp;<a href="http://bbs.pw9-jianghua.test/read.php?tid={th["tid"]}&amp;page=e#a" rel="nofollow">{last[1][5:]}</a></span></p>
</td>
<td class="num"><span>回复<em>{n}</em></span><span>浏览<em>{th["views"]}</em></span></td>
</tr>"""


OTHER_ROW = """<tr>
<td class="author"><a class="J_user_card_show" data-uid="1204" href="http://bbs.pw9-jianghua.test/index.php?m=space&amp;uid=1204"><img class="J_avatar" src="http://bbs.pw9-jianghua.test/windid/attachment/avatar/000/00/004/1204_small.jpg" data-type="small" width="45" height="45" /></a></td>
<td class="subject">
<p class="title"><a href="http://bbs.pw9-jianghua.test/read.php?tid=15731" class="st" title="求助：述职报告开头怎么写才不落俗套？">求助：述职报告开头怎么写才不落俗套？</a></p>
<p class="info"><span class="mr10"><a class="J_user_card_show" href="http://bbs.pw9-jianghua.test/index.php?m=space&amp;uid=1204">半山听雨</a>&nbsp;<span>2024-02-26</span></span></p>
</td>
<td class="num"><span>回复<em>17</em></span><span>浏览<em>905</em></span></td>
</tr>"""


def build() -> Family:
    fam = Family(
        HOST,
        "PHPWind 9.0 forum (UTF-8; read.php?tid=N[&page=P]; floor_table floors, editor_content <br /> lines)",
    )
    for th in THREADS:
        tid = th["tid"]
        first = floor(0, th["author"], th["stamp"], "<br />".join(th["speech"].paras), tid, FID, 0, title_of(th))
        floors = [first] + [
            floor(i + 1, name, stamp, text, tid, FID, tid * 10 + i + 1) for i, (name, stamp, text) in enumerate(th["replies"])
        ]
        count = 2 if th["replies2"] else 1
        page1 = thread_page(th, 1, count, floors)
        fam.route(f"/read.php?tid={tid}", f"/read/{tid}-1.html", page1)
        fam.route(f"/read.php?tid={tid}&page=1", f"/read/{tid}-1.html", page1)
        last_floors = floors
        if count == 2:
            base = len(th["replies"]) + 1
            floors2 = [
                floor(base + i, name, stamp, text, tid, FID, tid * 10 + base + i) for i, (name, stamp, text) in enumerate(th["replies2"])
            ]
            fam.route(f"/read.php?tid={tid}&page=2", f"/read/{tid}-2.html", thread_page(th, 2, 2, floors2))
            fam.not_documents.append(f"/read.php?tid={tid}&page=2")
            last_floors = floors2
        fam.route(f"/read.php?tid={tid}&page=e", f"/read/{tid}-e.html", thread_page(th, count, count, last_floors))
        fam.route(f"/read.php?tid={tid}&uid={USERS[th['author']][0]}", f"/read/{tid}-lz.html", thread_page(th, 1, 1, [first]))
        fam.not_documents.append(f"/read.php?tid={tid}&page=e")
        fam.not_documents.append(f"/read.php?tid={tid}&uid={USERS[th['author']][0]}")
        fam.doc([f"/read.php?tid={tid}"], th["speech"])
    t1, t2 = THREADS
    fam.route(f"/index.php?m=bbs&c=thread&fid={FID}", f"/thread/{FID}-1.html", list_page(list_row(t2) + "\n" + list_row(t1), 1, 2))
    fam.route(f"/index.php?m=bbs&c=thread&fid={FID}&page=1", f"/thread/{FID}-1.html", list_page(list_row(t2) + "\n" + list_row(t1), 1, 2))
    fam.route(f"/index.php?m=bbs&c=thread&fid={FID}&page=2", f"/thread/{FID}-2.html", list_page(OTHER_ROW, 2, 2))
    home_body = f"""<div class="main cc">
<div class="main_body">
<div class="box_wrap">
<nav><div class="content_nav"><ul><li class="current"><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs">本站新帖</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=forumlist">版块列表</a></li></ul></div></nav>
<div class="thread_posts_list">
<table width="100%" id="J_posts_list" summary="帖子列表">
{list_row(t2)}
{list_row(t1)}
</table>
</div>
</div>
</div>
<div class="main_sidebar">
<div class="box_wrap"><h2 class="box_title">热门版块</h2><ul class="forum_list"><li><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid={FID}">{FORUM}</a></li><li><a href="http://bbs.pw9-jianghua.test/index.php?m=bbs&amp;c=thread&amp;fid=8">机关茶座</a></li></ul></div>
</div>
</div>
"""
    home = render(HEAD, TITLE="笔杆子论坛 - 讲话稿 发言稿 公文写作交流", DESC="笔杆子论坛", KEYWORDS="讲话稿,发言稿,公文写作") + home_body + FOOT
    fam.put("/", home)
    fam.route("/index.php?m=bbs", "/index.html", home)
    fam.not_documents += ["/", "/index.php?m=bbs", f"/index.php?m=bbs&c=thread&fid={FID}", f"/index.php?m=bbs&c=thread&fid={FID}&page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /index.php?m=u\nDisallow: /index.php?c=post\n")
    fam.noise += [
        "发布于：",
        "只看楼主",
        "复制此楼地址",
        "一枝一叶总关情",
        "安全第一，预防为主",
        "收藏学习",
        "顶一下，好帖不能沉",
        "快速回复",
        "您需要登录后才可以回复",
        "Powered by",
        "笔杆子论坛",
        "苏ICP备16027318号-2",
        "第五条高温防汛加得好",
    ]
    return fam
