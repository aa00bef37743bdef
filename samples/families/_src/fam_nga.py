"""NGA 玩家社区 (bbs.nga.cn) topic pages `read.php?tid=N[&page=P]` as a guest crawler gets them (GBK).

Every floor is its own `table.forumbox.postbox` (`tr.postrow.row1/row2`, `td.c1` poster cell with
`a.author`, `td.c2#postcontainerN` with `div.postInfo` holding `a[name=lN]` `#N` and
`span#postdateN`, `h3#postsubject0`, `span#postcontentN.postcontent.ubbcode`), followed by its
`commonui.postArg.proc(...)` call. The post text is as the server leaves it for `js_bbscode_core.js`:
`<br/>` lines and raw BBCode (`[b]`, `[img]./mon_…`, `[quote][pid=…]Reply[/pid] [b]Post by [uid=…]…
[/uid] (…):[/b]…[/quote]`, `[s:ac:赞同]` smileys). 20 floors a page; the pager is only a `__PAGE`
object for `commonui.pageBtn`, and the real links are the `read.php?tid=N&page=2` anchors NGA prints in
`div#m_pbtnbtm` for guests without scripts. The long topic's speech is posted in two parts by its
author: the first half in #0 (ending with the poster's note that the rest follows), the second half as
his own #20 the next day, on page 2. Thread list `thread.php?fid=-7` (`table#topicrows`, `tr.topicrow`,
postdate as a unix time in `span.postdate`)."""

from common import SPEECHES, Family, render, split_paras

HOST = "bbs.nga-wanjia.test"
FID = -7
FNAME = "网事杂谈"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns='http://www.w3.org/1999/xhtml'>
<head>
<meta http-equiv='Content-Type' content='text/html; charset=GBK' />
<meta http-equiv='X-UA-Compatible' content='IE=edge' />
<meta name='viewport' content='width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1' />
<meta name='keywords' content='@@KEYWORDS@@' />
<title>@@TITLE@@</title>
<link rel='shortcut icon' href='/favicon.ico' type='image/x-icon' />
<link rel='stylesheet' href='https://img4.nga.178.com/common_res/css_bbs.css?211' type='text/css' />
<script type='text/javascript'>
var __NOW = 1702800000,
__CURRENT_UID = 0,
__CURRENT_UNAME = '',
__GP = {'admincheck':0,'greater':0,'superlesser':0,'lesser':0,'userBit':0,'rvrc':0},
__CKDOMAIN = 'nga-wanjia.test',
__COOKIE_PRE = 'ngaPassport',
__SELECTED_FORUM = @@FID@@,
__NUKE = {},
__IMG_BASE = 'https://img4.nga.178.com/ngabbs',
__IMG_STYLE = 'https://img4.nga.178.com/common_res',
__BBSURL = '',
__PORTAL = 'https://bbs.nga-wanjia.test'
</script>
<script type='text/javascript' src='https://img4.nga.178.com/common_res/js_commonLib.js?a51'></script>
<script type='text/javascript' src='https://img4.nga.178.com/common_res/js_bbscode_core.js?1e1'></script>
<script type='text/javascript' src='https://img4.nga.178.com/common_res/js_default.js?3f6'></script>
</head>
<body>
<div id='minWidthSpacer' style='width:960px;height:0px'></div>
<div id='mainmenu'><div class='stdbtn'><a href='/' class='mmdefault nobr'>NGA玩家社区</a></div>
<div class='right'><a href='/nuke.php?__lib=login&amp;__act=account&amp;login' class='mmdefault nobr'>登录</a> <a href='/nuke.php?__lib=login&amp;__act=account&amp;register' class='mmdefault nobr'>注册</a> <a href='https://app.nga-wanjia.test/' class='mmdefault nobr'>下载NGA APP</a></div></div>
<script type='text/javascript'>commonui.mainMenu.init()</script>
<div id='custombg' style='height:98px'></div>
<div id='mc'>
"""

FOOT = """</div><!--mc-->
<div id='footer'>
<div class='b'><a href='/read.php?tid=12345'>隐私政策</a> | <a href='/nuke.php?func=ucp'>用户协议</a> | <a href='/read.php?tid=5232154'>联系我们</a> | <a href='https://app.nga-wanjia.test/'>NGA APP</a></div>
<div class='b'>&copy; 2002-2023 NGA玩家社区 <a href='https://beian.miit.gov.cn/' target='_blank'>沪ICP备13005000号-7</a> 沪公网安备 31011502013340号 增值电信业务经营许可证：沪B2-20180009</div>
<div class='b'>违法和不良信息举报电话：021-33332333 举报邮箱：jubao@nga-wanjia.test 网络文化经营许可证：沪网文〔2021〕1234-100号</div>
</div>
<script type='text/javascript'>
commonui.loadNotiScript && commonui.loadNotiScript();
var _hmt = _hmt || [];
(function() {var hm = document.createElement('script');hm.src = 'https://hm.baidu.com/hm.js?a5a3b1c5d4f7e8a9b0c1d2e3f4a5b6c7';var s = document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
"""

USERS = {
    "夜雨听风2077": 41203318,
    "老王不想加班": 60117252,
    "菜鸟炸鱼怪": 63200911,
    "芝士就是力量": 38811024,
    "深井冰的猫": 42650077,
    "一只沙雕鸽": 65512030,
    "默默潜水员": 59003114,
    "星尘咸鱼": 61877420,
    "奶茶三分糖": 64320145,
    "隔壁工位的李": 62011876,
}


def nav(tid, subject):
    return f"""<div id='m_nav' class='bbsinfo'><div class='nav'><a href='/' class='nav_root'>NGA玩家社区</a> <a href='/thread.php?fid={FID}' class='nav_link'>{FNAME}</a> <a href='/read.php?tid={tid}' class='nav_link'>{subject}</a></div></div>"""


def floor(i, tid, pid, name, stamp, content, subject=""):
    uid = USERS[name]
    row = "row1" if i % 2 == 0 else "row2"
    subj = f"<h3 id='postsubject{i}'>{subject}</h3><br/>" if subject else f"<span id='postsubject{i}'></span>"
    return f"""<table class='forumbox postbox' cellspacing='1px'>
<tbody>
<tr id='post1strow{i}' class='postrow {row}'>
<td class='c1' rowspan='2' id='postauthor_{i}' style='width:180px'>
<div style='position:relative'><span class='posterinfo' id='posterinfo{i}'><a href='nuke.php?func=ucp&amp;uid={uid}' id='postauthor{i}' class='author b'>{name}</a><br/><span id='posteravatar{i}'></span></span></div>
</td>
<td class='c2' id='postcontainer{i}'>
<div class='postInfo' id='postInfo{i}'><a name='l{i}' class='small_colored_text_btn stxt block_txt_c0 vertmod'>#{i}</a>&nbsp;<span id='postdate{i}' title='reply time' class='stxt'>{stamp}</span></div>
<div class='postBtnPos' id='postBtnPos{i}'></div>
{subj}
<span id='postcontent{i}' class='postcontent ubbcode'>{content}</span>
<div id='postsign{i}'></div>
</td>
</tr>
</tbody>
</table>
<script type='text/javascript'>commonui.postArg.proc( {i},
$('postcontainer{i}'),$('postsubject{i}'),$('postcontent{i}'),$('postsign{i}'),$('posterinfo{i}'),$('postInfo{i}'),$('postBtnPos{i}'),
null,null,
{pid},1026,null,
{uid},0,'',
'','','','',
null,0,null,null,0,0
)</script>
"""


def pager(tid, n, count):
    if count == 1:
        return "<div id='pagebtop' class='clear'></div>", "<div id='pagebbtm' class='clear'></div>"
    links = "".join(
        f"<a href='/read.php?tid={tid}&amp;page={i}' class='{'invert' if i == n else ''}' title='{'第'+str(i)+'页'}'>{i}</a> "
        for i in range(1, count + 1)
    )
    script = f"<script type='text/javascript'>var __PAGE = {{0:'/read.php?tid={tid}',1:{count},2:{n},3:20}};commonui.pageBtn($('pagebtop'),__PAGE,true);commonui.pageBtn($('pagebbtm'),__PAGE,true)</script>"
    return (
        f"<div id='pagebtop' class='clear'><div class='stdbtn'>{links}</div></div>",
        f"<div id='pagebbtm' class='clear'><div class='stdbtn'>{links}</div></div>{script}",
    )


def topic_page(tid, subject, floors, n, count):
    top, bottom = pager(tid, n, count)
    body = f"""{nav(tid, subject)}
<div id='m_pbtntop'><table class='stdbtn' cellspacing='0'><tbody><tr><td><a href='/post.php?action=reply&amp;fid={FID}&amp;tid={tid}' class='uitxt1'>回复</a></td><td><a href='/post.php?action=new&amp;fid={FID}' class='uitxt1'>发帖</a></td></tr></tbody></table>{top}</div>
<div id='m_posts' class='module_wrap'><div id='m_posts_c'>
{''.join(floors)}
</div></div>
<div id='m_pbtnbtm'>{bottom}</div>
<div id='m_fopts' class='module_wrap'><div class='block_txt_c2'>游客不能回复 <a href='/nuke.php?__lib=login&amp;__act=account&amp;login'>[登录]</a></div></div>
<script type='text/javascript'>commonui.userInfo.setAll({{"__GROUPS":{{"-1":["游客",0,0],"0":["新手上路",0,0]}},"__REPUTATIONS":{{}},"__MEDALS":{{}}}})</script>
"""
    page_s = f" P{n}" if n > 1 else ""
    return render(HEAD, TITLE=f"{subject} {FNAME} NGA玩家社区{page_s}", KEYWORDS=f"{subject},NGA", FID=FID) + body + FOOT


def ubb(paras, bold=()):
    lines = [f"[b]{p}[/b]" if p in bold else p for p in paras]
    return "<br/><br/>".join(lines)


FILLERS = [
    "[s:ac:赞同]写得挺好，比我们公司那种套话强多了",
    "收藏了，年底正好要写",
    "电竞联赛还有奖？羡慕了，我们公司只有拔河",
    "第二件那个财务零基础队伍笑死，但是真的燃",
    "马一下",
    "哪个公司，还招人吗",
    "裁判组那段写得好，公平最重要",
    "楼主是工会的？",
    "我们公司也办过一次，结果领导亲自下场被打爆，第二年就没了",
    "客服二部那句“坚持到最后一秒”有点破防",
    "[s:ac:哭笑]为什么我上班看到这种帖子",
    "催更，下半截呢",
    "插眼",
    "这种稿子都是秘书写的吧（逃",
    "支持楼主",
    "后面呢后面呢",
    "好家伙，128名选手，规模不小",
    "楼上别急，楼主说了明天发",
    "坐等",
]


def build() -> Family:
    fam = Family(
        HOST,
        "NGA 玩家社区 read.php topic pages (GBK, raw BBCode in span.postcontent, forumbox postbox floors, 20 a page)",
        encoding="gbk",
        content_type="text/html; charset=GBK",
    )
    s1, s2 = SPEECHES["g37b-1"], SPEECHES["g37b-2"]
    # thread 1: speech in two parts (#0 and #20 on page 2)
    tid1, subj1 = 38911207, "[讨论] 写了个公司电竞联赛颁奖致辞，发上来给大家看看"
    a, b = split_paras(s1.paras, 2)
    intro = "工会让我写的，周六晚上颁奖典礼上领导念的，写完了发上来存个档，轻喷[s:ac:哭笑]<br/><br/>[img]./mon_202312/16/-7Q2o-k3mnZ1eT3cS1hc-u0.jpg[/img]"
    first1 = (
        intro
        + "<br/><br/>"
        + ubb(a, bold={"这次联赛让我印象最深的，有三件事。"})
        + "<br/><br/>（太长了论坛说超字数，剩下的明天发在后面楼层）"
    )
    floors1 = [floor(0, tid1, 0, "夜雨听风2077", "2023-12-16 23:41", first1, subj1)]
    names = [n for n in USERS if n != "夜雨听风2077"]
    for i, text in enumerate(FILLERS, start=1):
        hour = 23 if i < 4 else 0
        stamp = f"2023-12-16 23:{45 + i}" if i < 4 else f"2023-12-17 {hour + (i // 6):02d}:{(i * 7) % 60:02d}"
        if i == 4:
            text = (
                f"[quote][pid=741230001,{tid1},1]Reply[/pid] [b]Post by [uid={USERS['夜雨听风2077']}]夜雨听风2077[/uid] (2023-12-16 23:41):[/b]<br/><br/>"
                f"{a[1][:40]}……[/quote]<br/>第一届在会议室拉网线这个太真实了"
            )
        floors1.append(floor(i, tid1, 741230000 + i, names[i % len(names)], stamp, text))
    cont = "接上，下半部分：<br/><br/>" + ubb(b) + "<br/><br/>完。念完台下掌声还挺大的，领导说明年接着办[s:ac:哈哈]"
    floors1b = [
        floor(20, tid1, 741230020, "夜雨听风2077", "2023-12-17 20:12", cont),
        floor(21, tid1, 741230021, "老王不想加班", "2023-12-17 20:30", "来了来了，明年扩展到兄弟单位，卷起来了"),
        floor(22, tid1, 741230022, "奶茶三分糖", "2023-12-17 21:05", "[quote]明年，我们计划把联赛扩展到兄弟单位[/quote]<br/>能不能扩展到我们单位[s:ac:喷]"),
    ]
    p1 = topic_page(tid1, subj1, floors1, 1, 2)
    fam.route(f"/read.php?tid={tid1}", f"/read/{tid1}-1.html", p1)
    fam.route(f"/read.php?tid={tid1}&page=1", f"/read/{tid1}-1.html", p1)
    fam.route(f"/read.php?tid={tid1}&page=2", f"/read/{tid1}-2.html", topic_page(tid1, subj1, floors1b, 2, 2))
    fam.doc([f"/read.php?tid={tid1}", f"/read.php?tid={tid1}&page=2"], s1, title=subj1, published_at="2023-12-16")
    # thread 2: one page
    tid2, subj2 = 40177352, "[原创] 给学院毕业作品展开幕式写的讲话稿，游戏设计专业"
    first2 = (
        "[align=center][size=130%][b]" + s2.title + "[/b][/size][/align]<br/><br/>" + ubb(s2.paras)
        + "<br/><br/>[color=silver]（稿子是院长的，我只是帮忙整理，转载请注明）[/color]"
    )
    floors2 = [floor(0, tid2, 0, "芝士就是力量", "2024-06-08 13:26", first2, subj2)]
    rep2 = [
        ("深井冰的猫", "2024-06-08 13:40", "敬老院住一周做手指游戏的那组是真的牛"),
        ("星尘咸鱼", "2024-06-08 14:02", "“不要做只追求流量、不顾后果的产品”，这句话应该发给某些大厂"),
        ("一只沙雕鸽", "2024-06-08 15:17", "哪个学校的，毕设展能去看吗"),
        ("芝士就是力量", "2024-06-08 15:30", "[quote][pid=771020003,40177352,1]Reply[/pid] [b]Post by [uid=65512030]一只沙雕鸽[/uid] (2024-06-08 15:17):[/b]<br/><br/>哪个学校的，毕设展能去看吗[/quote]<br/>对外开放两周，有试玩机"),
    ]
    for i, (name, stamp, text) in enumerate(rep2, start=1):
        floors2.append(floor(i, tid2, 771020000 + i, name, stamp, text))
    p2 = topic_page(tid2, subj2, floors2, 1, 1)
    fam.route(f"/read.php?tid={tid2}", f"/read/{tid2}-1.html", p2)
    fam.doc([f"/read.php?tid={tid2}"], s2, title=subj2, published_at="2024-06-08")

    # thread list
    def row(i, tid, subj, author, ts, replies, last, lastname):
        return f"""<tr class='topicrow'><td class='c1'><a id='t_rc1_{i}' title='打开新窗口' href='/read.php?tid={tid}' class='replies'>{replies}</a></td>
<td class='c2'><a href='/read.php?tid={tid}' id='t_tt1_{i}' class='topic'>{subj}</a> <span class='titleadd2'></span></td>
<td class='c3'><a href='/nuke.php?func=ucp&amp;uid={USERS[author]}' id='t_pu1_{i}' class='author' title='用户ID {USERS[author]}'>{author}</a><span class='silver postdate' title=''>{ts}</span></td>
<td class='c4'><a id='t_pc1_{i}' title='跳到最后回复' href='/read.php?tid={tid}&amp;page=e#a' class='replydate'>{last}</a><span class='replyer'>{lastname}</span></td></tr>
<script type='text/javascript'>commonui.topicArg.add('t_tt1_{i}','t_pu1_{i}','t_pc1_{i}',0,null,{ts},{tid})</script>"""

    rows = [
        row(0, tid2, subj2, "芝士就是力量", 1717824360, 4, "15:30", "芝士就是力量"),
        row(1, 40170011, "[闲聊] 毕业季了，大家当年的毕设都做的什么", "默默潜水员", 1717750000, 38, "14:11", "星尘咸鱼"),
        row(2, tid1, subj1, "夜雨听风2077", 1702741260, 22, "21:05", "奶茶三分糖"),
    ]
    tl = f"""<div id='m_nav' class='bbsinfo'><div class='nav'><a href='/' class='nav_root'>NGA玩家社区</a> <a href='/thread.php?fid={FID}' class='nav_link'>{FNAME}</a></div></div>
<div id='m_pbtntop'><table class='stdbtn' cellspacing='0'><tbody><tr><td><a href='/post.php?action=new&amp;fid={FID}' class='uitxt1'>发帖</a></td></tr></tbody></table><div id='pagebtop'></div></div>
<div id='m_threads' class='module_wrap'><div class='w100'><table class='forumbox' cellspacing='1px' id='topicrows'>
<thead><tr class='block_txt_c0'><th class='c1'>回复</th><th class='c2'>主题</th><th class='c3'>作者</th><th class='c4'>最后回复</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div></div>
<script type='text/javascript'>var __PAGE = {{0:'/thread.php?fid={FID}',1:1,2:1}};commonui.pageBtn($('pagebtop'),__PAGE)</script>
"""
    fam.route(f"/thread.php?fid={FID}", "/thread/fid-7.html", render(HEAD, TITLE=f"{FNAME} NGA玩家社区", KEYWORDS=FNAME, FID=FID) + tl + FOOT)
    home = f"""<div id='m_nav' class='bbsinfo'><div class='nav'><a href='/' class='nav_root'>NGA玩家社区</a></div></div>
<div class='module_wrap'><h2 class='catetitle'>综合讨论</h2>
<div class='b'><a href='/thread.php?fid={FID}' class='b'>{FNAME}</a> <span class='silver'>各种有趣的事</span></div>
<div class='b'><a href='/thread.php?fid=-343809'>汽车俱乐部</a> <a href='/thread.php?fid=-7955747'>晴风村</a> <a href='/thread.php?fid=436'>消费电子 IT新闻</a></div>
</div>
<div class='module_wrap'><h2 class='catetitle'>推荐主题</h2><div class='b'><a href='/read.php?tid={tid1}'>{subj1}</a></div></div>
"""
    fam.put("/", render(HEAD, TITLE="NGA玩家社区", KEYWORDS="NGA,玩家社区", FID=0) + home + FOOT)
    fam.route(f"/read.php?tid={tid1}&page=e", f"/read/{tid1}-2.html", topic_page(tid1, subj1, floors1b, 2, 2))
    fam.route(f"/read.php?tid={tid2}&page=e", f"/read/{tid2}-1.html", p2)
    fam.not_documents += ["/", f"/thread.php?fid={FID}", f"/read.php?tid={tid1}&page=2", f"/read.php?tid={tid1}&page=e"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /nuke.php\nDisallow: /post.php\n")
    fam.noise += [
        "工会让我写的",
        "轻喷",
        "太长了论坛说超字数",
        "接上，下半部分",
        "念完台下掌声还挺大的",
        "稿子是院长的",
        "收藏了，年底正好要写",
        "第一届在会议室拉网线这个太真实了",
        "能不能扩展到我们单位",
        "对外开放两周，有试玩机",
        "游客不能回复",
        "沪ICP备13005000号-7",
        "NGA玩家社区",
    ]
    return fam
