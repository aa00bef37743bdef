"""开心网 (kaixin001.com) 日记 pages as a guest saw them, about 2010-2011 (UTF-8).

Everything behind query routes, as on the real site: home is the owner's 个人首页
`/home/?uid=20457831` (头像, 个人资料, 最新日记 box with one entry and its abstract, 转帖 and 记录
boxes, 好友 list) → 日记 list `/diary/list.php?uid=20457831` (`div.rz_list` entries: title, 分类,
time, 浏览 / 评论 / 转帖 counts, an abstract; a 仅好友可见 diary among them) → page 2
`…&start=10`; diaries `/diary/view.php?uid=20457831&did=N`: the grey `kx_top` bar (开心网 logo, 首页 /
登录 / 注册), the guest strip (`登录开心网，看看朋友们在做什么`), owner box, `div.rz_title` (h2,
分类 and time, 阅读(N) 评论(N) 转帖(N)), the text in `div#rz_content` as `<p>` lines opening with
the diarist's own lines before the speech and a `——` line after it, 转帖到我的开心网 button with
the count of 转帖, 上一篇 / 下一篇 links, comments (`ul.cmt_list` with the owner's `回复` lines
under some), `登录后才能发表评论`; the friends-only diary answers with `该日记设置了隐私，仅好友可见`."""

from common import SPEECHES, Family

HOST = "www.kaixin-dongqing-like.test"
UID = 20457831
OWNER = "孟庆东"
HOME = f"/home/?uid={UID}"
LIST = f"/diary/list.php?uid={UID}"
LIST2 = f"/diary/list.php?uid={UID}&start=10"
D1, D2, DP = 51872236, 68820417, 60311458


def view(did):
    return f"/diary/view.php?uid={UID}&did={did}"


def amp(url):
    return url.replace("&", "&amp;")


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="开心网,kaixin001,社交网站,朋友,日记,转帖" />
<meta name="description" content="开心网是一个在线社区，通过它您可以与朋友、同学、同事、家人保持更紧密的联系，及时了解他们的动态；与他们分享你的照片、心情、快乐。" />
<link rel="shortcut icon" href="http://img1.kaixin-dongqing-like.test/i/favicon.ico" type="image/x-icon" />
<link href="http://img1.kaixin-dongqing-like.test/css/kx_global.css?v=20100926" rel="stylesheet" type="text/css" />
<link href="http://img1.kaixin-dongqing-like.test/css/kx_diary.css?v=20100926" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img1.kaixin-dongqing-like.test/js/prototype.js?v=1.6"></script>
<script type="text/javascript" src="http://img1.kaixin-dongqing-like.test/js/kx_global.js?v=20100921"></script>
<script type="text/javascript">var g_uid = 0; var g_ouid = @@UID@@; var g_verify = ""; var g_stat = "diary";</script>
</head>
<body>
<div id="kx_top"><div class="kx_w">
<a href="/" class="kx_logo" title="开心网"><img src="http://img1.kaixin-dongqing-like.test/i/logo_kx.gif" width="127" height="38" alt="开心网" /></a>
<div class="kx_topnav"><a href="/">首页</a><span class="sep">|</span><a href="/login/?from=diary">登录</a><span class="sep">|</span><a href="/reg/?from=diary">注册</a><span class="sep">|</span><a href="/s/">找朋友</a><span class="sep">|</span><a href="http://m.kaixin-dongqing-like.test/">手机开心网</a></div>
</div></div>
<div class="guest_tip"><div class="kx_w"><b>登录开心网，看看朋友们在做什么</b>　还没有开心网帐号？<a href="/reg/?from=diary" class="btn_reg">立即注册</a>　已有帐号 <a href="/login/?from=diary">登录</a></div></div>
<div id="kx_main" class="kx_w">
<div class="l_side">
<div class="owner_box"><a href="@@HOME@@"><img src="http://pic.kaixin-dongqing-like.test/logo/57/83/120_20457831_3.jpg" width="120" height="120" alt="孟庆东" /></a>
<div class="owner_name"><a href="@@HOME@@">孟庆东</a></div>
<div class="owner_info">上海 · 销售</div>
<ul class="owner_nav"><li><a href="@@HOME@@">个人首页</a></li><li><a href="@@LIST@@" class="cur">日记</a></li><li><a href="/photo/list.php?uid=20457831">照片</a></li><li><a href="/repaste/list.php?uid=20457831">转帖</a></li><li><a href="/records/list.php?uid=20457831">记录</a></li><li><a href="/friend/list.php?uid=20457831">好友(186)</a></li></ul>
</div>
<div class="side_ad"><script type="text/javascript">kx_ad_show("diary_left_160x600");</script></div>
</div>
<div class="r_main">
"""

FOOT = """</div>
<div class="c"></div>
</div>
<div id="kx_foot"><div class="kx_w">
<p><a href="/s/about.html">关于我们</a> | <a href="/s/contact.html">联系我们</a> | <a href="/s/job.html">加入开心</a> | <a href="/s/help.html">帮助中心</a> | <a href="/s/privacy.html">隐私声明</a> | <a href="/s/agreement.html">服务条款</a> | <a href="http://m.kaixin-dongqing-like.test/">手机开心网</a></p>
<p>开心网 &copy;2010 kaixin001.com <a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证080482号</a> 京公网安备110105000711号</p>
</div></div>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-4871120-1']); _gaq.push(['_trackPageview']);
(function(){var ga=document.createElement('script');ga.async=true;ga.src='http://www.google-analytics.com/ga.js';document.getElementsByTagName('head')[0].appendChild(ga);})();
</script>
</body>
</html>
"""


def page(title, body):
    return (
        HEAD.replace("@@TITLE@@", title)
        .replace("@@UID@@", str(UID))
        .replace("@@HOME@@", amp(HOME))
        .replace("@@LIST@@", amp(LIST))
        + body
        + FOOT
    )


FRIENDS = {
    "周丽娜": 30188421,
    "杨建国": 18805213,
    "小周周": 41127009,
    "陈晓峰": 22501347,
    "王海燕": 19920466,
    "李文斌": 25733190,
    "赵静": 33810472,
}


def comments(items):
    out = ['<div class="cmt_box" id="cmt_box"><div class="cmt_hd"><b>评论</b>（共' + str(len(items)) + "条）</div>", '<ul class="cmt_list">']
    for i, (name, stamp, text, reply) in enumerate(items, 1):
        fid = FRIENDS[name]
        rep = (
            f'<div class="cmt_reply"><a href="{amp(HOME)}">{OWNER}</a> 回复：{reply}</div>'
            if reply
            else ""
        )
        out.append(
            f'<li class="cmt_item" id="cmt_{i}"><a href="/home/?uid={fid}" class="cmt_head"><img src="http://pic.kaixin-dongqing-like.test/logo/{fid % 97}/{fid % 89}/50_{fid}_1.jpg" width="50" height="50" alt="{name}" /></a>'
            f'<div class="cmt_r"><div class="cmt_who"><a href="/home/?uid={fid}">{name}</a><span class="cmt_time">{stamp}</span></div>'
            f'<div class="cmt_txt">{text}</div>{rep}<div class="cmt_op"><a href="/login/?from=diary">回复</a></div></div></li>'
        )
    out.append("</ul>")
    out.append('<div class="cmt_form"><div class="cmt_need_login">登录后才能发表评论，<a href="/login/?from=diary">登录</a> | <a href="/reg/?from=diary">注册开心网</a></div></div></div>')
    return "\n".join(out)


def diary(did, title, cat, stamp, reads, ncmt, nrp, content, prev, nxt, cmts):
    pn = []
    if prev:
        pn.append(f'<a href="{amp(view(prev[0]))}" class="prev">&lt;&lt; 上一篇：{prev[1]}</a>')
    if nxt:
        pn.append(f'<a href="{amp(view(nxt[0]))}" class="next">下一篇：{nxt[1]} &gt;&gt;</a>')
    body = f"""<div class="crumb"><a href="{amp(HOME)}">{OWNER}的首页</a> &gt; <a href="{amp(LIST)}">{OWNER}的日记</a> &gt; 正文</div>
<div class="rz_box">
<div class="rz_title"><h2>{title}</h2>
<div class="rz_info">分类：<a href="{amp(LIST)}&amp;classid=2">{cat}</a>　{stamp}　<span class="rz_num">阅读({reads})　评论({ncmt})　转帖({nrp})</span></div></div>
<div class="rz_content" id="rz_content">
{content}
</div>
<div class="rz_repaste"><a href="/login/?from=repaste&amp;did={did}" class="btn_zt" title="转帖到我的开心网">转帖到我的开心网</a> <span class="zt_num">已有 <b>{nrp}</b> 人转帖</span>　<a href="/login/?from=diary" class="btn_fav">收藏</a>　<a href="/login/?from=report" class="report">举报</a></div>
<div class="rz_pn">{" ".join(pn)}</div>
</div>
{cmts}
"""
    return page(f"{title} - {OWNER}的日记 - 开心网", body)


def paras(lines):
    return "\n".join(f"<p>{x}</p>" for x in lines)


def build() -> Family:
    fam = Family(HOST, "开心网 (kaixin001.com) 日记 pages as a guest sees them, 2010-2011 (UTF-8, query routes)")
    fam.home = HOME
    s1, s2 = SPEECHES["f54c-1"], SPEECHES["f54c-2"]
    t1 = "年会上代表华东区领奖的发言（留个纪念）"
    t2 = "十年聚会，我的发言稿"
    c1 = paras(
        ["昨晚公司年会，我们华东区拿了年度优秀团队。老板临时让我上台说几句，稿子是前天晚上在宾馆写的，贴上来留个纪念，也给没到场的兄弟们看看。", "—————————————"]
        + s1.paras
        + ["—————————————", "PS：小周，照片记得传上来，圈我。"]
    )
    c2 = paras(
        ["国庆回学校参加毕业十周年聚会，班长点名让我代表大家发言。下面是发言稿，现场讲的时候有几句没忍住哭了，就当是原稿吧。"]
        + s2.paras
        + ["（十一长假，写于返程的火车上）"]
    )
    cm1 = [
        ("小周周", "2010-01-24 09:12", "经理讲得太感人了，我在台下都哭了。照片晚上传！", "好，等你的照片。"),
        ("杨建国", "2010-01-24 10:40", "跑坏两辆车的轮胎，那是我开的车……", ""),
        ("周丽娜", "2010-01-24 13:05", "恭喜恭喜！华东区威武，今年继续！", "谢谢丽娜，明年你们华南也加油。"),
        ("陈晓峰", "2010-01-25 21:33", "转了，写得实在。", ""),
    ]
    cm2 = [
        ("王海燕", "2011-10-06 22:18", "看哭了。陈老师还是那么精神，真好。", "是啊，下次我们去看他。"),
        ("李文斌", "2011-10-07 08:51", "油印刊物那段，我还留着第三期，回头拍照片给你们看。", "一定要拍！"),
        ("赵静", "2011-10-07 12:26", "没能去成很遗憾，看了发言就像在现场一样。敬建华。", ""),
        ("陈晓峰", "2011-10-08 19:02", "下一个十年，不见不散。", ""),
    ]
    fam.route(view(D1), f"/diary/view_{D1}.html", diary(D1, t1, "工作", "2010-01-23 23:47", 612, len(cm1), 9, c1, None, (DP, "周末陪老妈去看病"), comments(cm1)))
    fam.route(view(D2), f"/diary/view_{D2}.html", diary(D2, t2, "同学", "2011-10-03 22:05", 488, len(cm2), 14, c2, (DP, "周末陪老妈去看病"), None, comments(cm2)))
    fam.doc([view(D1)], s1, title=t1, published_at="2010-01-23")
    fam.doc([view(D2)], s2, title=t2, published_at="2011-10-03")
    private = page(
        f"{OWNER}的日记 - 开心网",
        f'<div class="crumb"><a href="{amp(HOME)}">{OWNER}的首页</a> &gt; <a href="{amp(LIST)}">{OWNER}的日记</a></div><div class="rz_box"><div class="no_priv"><img src="http://img1.kaixin-dongqing-like.test/i/ico_lock.gif" alt="" /> 该日记设置了隐私，仅好友可见。<br />如果你认识{OWNER}，可以<a href="/login/?from=addfriend">登录</a>后加他为好友。</div></div>',
    )
    fam.route(view(DP), f"/diary/view_{DP}.html", private)

    def entry(did, title, cat, stamp, reads, ncmt, nrp, abstract, lock=False):
        lk = '<span class="rz_lock" title="仅好友可见">[仅好友可见]</span> ' if lock else ""
        ab = "" if lock else f'<div class="rz_abs">{abstract}……<a href="{amp(view(did))}">阅读全文</a></div>'
        return f'<div class="rz_list_item"><div class="rz_lt">{lk}<a href="{amp(view(did))}" class="rz_t">{title}</a></div><div class="rz_li">分类：{cat}　{stamp}　阅读({reads})　评论({ncmt})　转帖({nrp})</div>{ab}</div>'

    others = [
        (72004181, "女儿上幼儿园第一天", "生活", "2011-09-01 21:40", 203, 6, 0, "早上送她进教室，她回头看了我三次"),
        (70152290, "夏天的最后一次钓鱼", "生活", "2011-08-28 18:12", 97, 2, 0, "淀山湖边坐了一下午，一条也没钓到"),
    ]
    rows1 = [entry(D2, t2, "同学", "2011-10-03 22:05", 488, 4, 14, "国庆回学校参加毕业十周年聚会，班长点名让我代表大家发言")]
    rows1 += [entry(*o) for o in others]
    rows1.append(entry(DP, "周末陪老妈去看病", "家人", "2010-03-14 20:31", 35, 1, 0, "", lock=True))
    pager1 = f'<div class="kx_page"><span class="cur">1</span><a href="{amp(LIST2)}">2</a><a href="{amp(LIST2)}" class="next">下一页</a></div>'
    pager2 = f'<div class="kx_page"><a href="{amp(LIST)}" class="prev">上一页</a><a href="{amp(LIST)}">1</a><span class="cur">2</span></div>'
    lhead = f'<div class="crumb"><a href="{amp(HOME)}">{OWNER}的首页</a> &gt; {OWNER}的日记</div><div class="rz_tabs"><a href="{amp(LIST)}" class="cur">全部日记(13)</a><a href="{amp(LIST)}&amp;classid=2">工作(3)</a><a href="{amp(LIST)}&amp;classid=3">同学(2)</a><a href="{amp(LIST)}&amp;classid=4">生活(8)</a></div>'
    fam.route(LIST, "/diary/list_1.html", page(f"{OWNER}的日记 - 开心网", lhead + '<div class="rz_list">' + "\n".join(rows1) + "</div>" + pager1))
    rows2 = [
        entry(58811023, "跑了一趟苏北", "工作", "2010-05-09 22:10", 144, 3, 1, "一周五个县，回来腰都直不起来"),
        entry(D1, t1, "工作", "2010-01-23 23:47", 612, 4, 9, "昨晚公司年会，我们华东区拿了年度优秀团队。老板临时让我上台说几句"),
    ]
    fam.route(LIST2, "/diary/list_2.html", page(f"{OWNER}的日记 - 开心网", lhead + '<div class="rz_list">' + "\n".join(rows2) + "</div>" + pager2))
    home = f"""<div class="home_hd"><h2>{OWNER}</h2><div class="home_state">心情：国庆回母校，十年了。<span class="time">10月3日 22:30</span></div></div>
<div class="home_info"><table class="info_tb"><tr><th>性别：</th><td>男</td></tr><tr><th>所在城市：</th><td>上海</td></tr><tr><th>家乡：</th><td>安徽 安庆</td></tr><tr><th>公司：</th><td>某机电设备公司</td></tr></table><div class="info_more">登录后可查看更多资料</div></div>
<div class="home_box"><div class="box_hd"><b>日记</b><a href="{amp(LIST)}" class="more">全部日记(13)</a></div>
<div class="box_bd"><div class="rz_new"><a href="{amp(view(D2))}" class="rz_t">{t2}</a><span class="time">10月3日</span><p>国庆回学校参加毕业十周年聚会，班长点名让我代表大家发言……</p></div></div></div>
<div class="home_box"><div class="box_hd"><b>转帖</b><a href="/repaste/list.php?uid={UID}" class="more">更多</a></div><div class="box_bd"><ul><li><a href="/repaste/detail.php?uid={UID}&amp;urpid=9123355">[转帖] 四十岁男人的十个忠告</a></li><li><a href="/repaste/detail.php?uid={UID}&amp;urpid=9081474">[转帖] 上海十大最好吃的生煎</a></li></ul></div></div>
<div class="home_box"><div class="box_hd"><b>好友</b>(186)</div><div class="box_bd friends">""" + "".join(
        f'<a href="/home/?uid={fid}">{name}</a> ' for name, fid in FRIENDS.items()
    ) + "</div></div>\n"
    fam.route(HOME, "/home/home_20457831.html", page(f"{OWNER}的开心网首页 - 开心网", home))
    landing = page(
        "开心网",
        '<div class="land"><h2>开心网，与朋友保持更紧密的联系</h2><form action="/login/login.php" method="post"><p>帐号：<input type="text" name="email" /></p><p>密码：<input type="password" name="password" /></p><p><input type="submit" value="登 录" /></p></form><p><a href="/reg/">没有帐号？立即注册</a></p></div>',
    )
    fam.put("/", landing)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login/\nDisallow: /reg/\nDisallow: /interface/\n")
    fam.not_documents += [HOME, LIST, LIST2, view(DP)]
    fam.noise += [
        "登录开心网，看看朋友们在做什么",
        "转帖到我的开心网",
        "昨晚公司年会",
        "PS：小周，照片记得传上来",
        "班长点名让我代表大家发言。下面是发言稿",
        "写于返程的火车上",
        "登录后才能发表评论",
        "京ICP证080482号",
        "仅好友可见",
        "跑坏两辆车的轮胎，那是我开的车",
    ]
    return fam
