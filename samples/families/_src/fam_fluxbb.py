"""FluxBB 1.5 forum (Air style, a 简体中文 language pack), no URL rewrite, UTF-8.

XHTML 1.0 Strict pages `div#punindex` / `div#punviewforum` / `div#punviewtopic` `.pun` with
`#brdheader` (`#brdtitle`, `#brddesc`, `#brdmenu` 首页 / 会员列表 / 搜索 / 注册 / 登录,
`#brdwelcome` 您尚未登录。), `#announce` 公告 block, `.linkst` / `.linksb` crumbs (`ul.crumbs`,
»&#160;) and `p.pagelink` pagers (页: 1 2 下一页), `#brdfooter` with the 快速跳转 select and
Powered by FluxBB. Every page a query route: `/` and `index.php` (board table `#idx1`, `#brdstats`
统计 / 在线) → `viewforum.php?id=3` (+ `&p=2`) → `viewtopic.php?id=N` (+ `&p=2`), each post also
at `viewtopic.php?pid=M` (its `h2` permalink; the same page). Posts are `div#pM.blockpost`
(`rowodd`/`roweven`, `firstpost`), `h2` with `#N` and the time, `.postleft dl` (name, 会员 title,
avatar, 注册时间, 帖子), `.postright` with `h3` (the subject / `Re: subject`) and `div.postmsg`
(absolute `rel=canonical` with `title="第 N 页"`, the Atom 主题 feed link in the head) whose paragraphs are FluxBB's `<p>` (blank-line split) with `<br />` inside, `p.postedit`
最后编辑, `div.postsignature`, `.postfoot` (离线, 举报 / 引用). The 森林防火 speech is split by its
poster over #1 (ending `（字数超了，下接2楼）`) and his own #2 (`（接1楼）` … `（完）`): one document,
the topic page; the replies (#3 on, one quoting his first lines in `div.quotebox`) and page 2
are not. The 换届 speech is one post, with a 转帖 line first and the poster's own note after it."""

import html as _html

from common import SPEECHES, Family

HOST = "bbs.shanlin-fluxbb.test"
BOARD = "山林护林员之家"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh" lang="zh" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
{extra}</head>

<body>

<div id="{pid}" class="pun">
<div class="top-box"></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">{board}</a></h1>
			<div id="brddesc"><p>基层护林员、林业站职工交流园地 —— 防火、病虫害、林权、政策文件，欢迎交流。</p></div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
				<li id="navindex" class="isactive"><a href="index.php">首页</a></li>
				<li id="navuserlist"><a href="userlist.php">会员列表</a></li>
				<li id="navsearch"><a href="search.php">搜索</a></li>
				<li id="navregister"><a href="register.php">注册</a></li>
				<li id="navlogin"><a href="login.php">登录</a></li>
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">您尚未登录。</p>
			<ul class="conr">
				<li><span>主题: <a href="search.php?action=show_recent" title="查找最近有回复的主题。">最近活跃</a> | <a href="search.php?action=show_unanswered" title="查找没有回复的主题。">无回复</a></span></li>
			</ul>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="announce" class="block">
	<div class="hd"><h2><span>公告</span></h2></div>
	<div class="box">
		<div id="announce-block" class="inbox">
			<div class="usercontent">进入防火期，请各位站友注意值班纪律。发帖请注明出处，转帖文件请勿删改原文。</div>
		</div>
	</div>
</div>

<div id="brdmain">
"""

FOOT = """</div>

<div id="brdfooter" class="block">
	<h2><span>论坛页脚</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
				<form id="qjump" method="get" action="viewforum.php">
					<div><label><span>快速跳转<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
						<optgroup label="护林防火">
							<option value="2">防火一线</option>
							<option value="3">讲话发言</option>
						</optgroup>
						<optgroup label="站务">
							<option value="5">灌水闲聊</option>
						</optgroup>
					</select></label>
					<input type="submit" value="转到" accesskey="g" />
					</div>
				</form>
			</div>
			<div class="conr">
				<p id="poweredby">Powered by <a href="http://fluxbb.org/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>
<p style="text-align:center;font-size:12px;color:#999">山林护林员之家 · 备案号：湘ICP备13004721号-1</p>

</div>
<div class="end-box"></div>
</div>

</body>
</html>
"""

USERS = {
    "老周护林": (5, "版主", "2011-04-17", 1276, "zhou.png", "守山三十年，山在人在。"),
    "青山不老": (12, "会员", "2012-09-03", 342, "qs.png", ""),
    "林场小李": (31, "会员", "2013-11-21", 87, "", ""),
    "云岭石头": (8, "会员", "2011-07-30", 655, "yl.png", "—— 五号瞭望台 值守中"),
    "防火办老黄": (19, "版主", "2012-02-14", 903, "huang.png", "防火无小事，责任重于山。"),
}


def paras_html(paras):
    return "".join(f"\t\t\t\t\t\t<p>{_html.escape(p)}</p>\n" for p in paras)


def post(pid, n, tid, who, when, subject, body, first=False, edit="", odd=True):
    uid, title, reg, count, avatar, sig = USERS[who]
    av = (f'\t\t\t\t\t\t<dd class="postavatar"><img src="img/avatars/{uid}.png?m=1400000000" width="60" height="60" alt="" /></dd>\n'
          if avatar else "")
    ed = f'\t\t\t\t\t\t<p class="postedit"><em>最后编辑: {who} ({edit})</em></p>\n' if edit else ""
    sg = (f'\t\t\t\t\t<div class="postsignature postmsg"><hr /><p>{sig}</p></div>\n' if sig else "")
    cls = "rowodd" if odd else "roweven"
    return f"""<div id="p{pid}" class="blockpost {cls}{' firstpost' if first else ''} blockpost{n}">
	<h2><span><span class="conr">#{n}</span> <a href="viewtopic.php?pid={pid}#p{pid}">{when}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong><a href="profile.php?id={uid}">{who}</a></strong></dt>
						<dd class="usertitle"><strong>{title}</strong></dd>
{av}						<dd><span>注册时间: {reg}</span></dd>
						<dd><span>帖子: {count}</span></dd>
					</dl>
				</div>
				<div class="postright">
					<h3>{'' if first else 'Re: '}{subject}</h3>
					<div class="postmsg">
{body}{ed}					</div>
{sg}				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>离线</span></p></div>
				<div class="postfootright"><ul><li class="postreport"><span><a href="misc.php?report={pid}">举报</a></span></li><li class="postquote"><span><a href="post.php?tid={tid}&amp;qid={pid}">引用</a></span></li></ul></div>
			</div>
		</div>
	</div>
</div>

"""


def crumbs(tid, subject, page, pages, where="linkst"):
    pl = []
    for p in range(1, pages + 1):
        href = f"viewtopic.php?id={tid}" + (f"&amp;p={p}" if p > 1 else "")
        pl.append(f'<strong class="item{p}">{p}</strong>' if p == page else f'<a href="{href}">{p}</a>')
    if page < pages:
        pl.append(f'<a rel="next" href="viewtopic.php?id={tid}&amp;p={page + 1}">下一页</a>')
    if page > 1:
        pl.insert(0, f'<a rel="prev" href="viewtopic.php?id={tid}' + (f'&amp;p={page - 1}' if page > 2 else '') + '">上一页</a>')
    post_link = '<p class="postlink conr"><a href="login.php">登录后回复</a></p>' if where == "linksb" else ""
    return f"""<div class="{where}">
	<div class="inbox crumbsplus">
		<ul class="crumbs">
			<li><a href="index.php">首页</a></li>
			<li><span>»&#160;</span><a href="viewforum.php?id=3">讲话发言</a></li>
			<li><span>»&#160;</span><strong><a href="viewtopic.php?id={tid}">{_html.escape(subject)}</a></strong></li>
		</ul>
		<div class="pagepost">
			<p class="pagelink conl"><span class="pages-label">页: </span>{' '.join(pl)}</p>
			{post_link}
		</div>
		<div class="clearer"></div>
	</div>
</div>

"""


def topic_page(tid, subject, page, pages, posts):
    canon = f"http://{HOST}/viewtopic.php?id={tid}" + (f"&amp;p={page}" if page > 1 else "")
    extra = f'<link rel="canonical" href="{canon}" title="第 {page} 页" />\n'
    if page < pages:
        extra += f'<link rel="next" href="viewtopic.php?id={tid}&amp;p={page + 1}" title="第 {page + 1} 页" />\n'
    if page > 1:
        extra += f'<link rel="prev" href="viewtopic.php?id={tid}" title="第 {page - 1} 页" />\n'
    extra += f'<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid={tid}&amp;type=atom" title="Atom 主题 feed" />\n'
    title = f"{_html.escape(subject)} / 讲话发言 / {BOARD}" + (f" / 第 {page} 页" if page > 1 else "")
    return (HEAD.format(title=title, extra=extra, pid="punviewtopic", board=BOARD)
            + crumbs(tid, subject, page, pages) + "".join(posts) + crumbs(tid, subject, page, pages, "linksb")
            + FOOT)


def build() -> Family:
    fam = Family(host=HOST, software="FluxBB 1.5 forum (Air style, 简体中文 pack), no rewrite",
                 content_type="text/html; charset=utf-8", home="/")
    s1, s2 = SPEECHES["f50c-4"], SPEECHES["f50c-6"]

    # --- topic 1: the fire-prevention speech split over #1 and #2 by its poster ----------------
    t1 = 1842
    sub1 = "转：镇长在全镇秋冬季森林防火工作会议上的讲话（全文）"
    cut = 7
    part1 = ["今天上午镇里开的防火会，镇长的讲话稿我找办公室要来了，一个字没改，发上来给各位站友参考。"] + s1.paras[:cut] + ["（字数超了，下接2楼）"]
    part2 = ["（接1楼）"] + s1.paras[cut:] + ["（完）"]
    posts1 = [
        post(20417, 1, t1, "老周护林", "2020-10-28 21:14:06", sub1, paras_html(part1), first=True,
             edit="2020-10-28 21:31:52"),
        post(20418, 2, t1, "老周护林", "2020-10-28 21:16:40", sub1, paras_html(part2), odd=False),
        post(20421, 3, t1, "青山不老", "2020-10-28 22:03:11", sub1,
             '\t\t\t\t\t\t<div class="quotebox"><cite>老周护林 写道:</cite><blockquote><div><p>'
             + _html.escape(s1.paras[0]) + "</p></div></blockquote></div>\n"
             "\t\t\t\t\t\t<p>感谢周老师分享，我们村明天开会正好要传达，省得我自己写了。</p>\n"),
        post(20430, 4, t1, "林场小李", "2020-10-29 07:45:29", sub1,
             "\t\t\t\t\t\t<p>“宁可听骂声，不能听哭声”，这句话说得实在。顶一个。</p>\n", odd=False),
        post(20437, 5, t1, "云岭石头", "2020-10-29 09:12:03", sub1,
             "\t\t\t\t\t\t<p>我们这边卡点今年配了测温枪和登记本，进山的人一天几十个，值守的人手确实紧张。</p>\n"),
    ]
    posts1_p2 = [
        post(20466, 6, t1, "防火办老黄", "2020-10-30 16:40:55", sub1,
             "\t\t\t\t\t\t<p>各位，下周县里要来检查隔离带开设情况，请各村护林员提前把台账整理好。</p>\n", odd=False),
        post(20471, 7, t1, "老周护林", "2020-10-30 19:02:17", sub1,
             "\t\t\t\t\t\t<p>收到，黄主任。我们站这两天就去把三号山场的隔离带再清一遍。</p>\n"),
    ]
    page1 = topic_page(t1, sub1, 1, 2, posts1)
    fam.route(f"/viewtopic.php?id={t1}", f"topic/{t1}.html", page1)
    for pid in (20417, 20418, 20421, 20430, 20437):
        fam.route(f"/viewtopic.php?pid={pid}", f"topic/{t1}.html", page1)
    page2 = topic_page(t1, sub1, 2, 2, posts1_p2)
    fam.route(f"/viewtopic.php?id={t1}&p=2", f"topic/{t1}-2.html", page2)
    for pid in (20466, 20471):
        fam.route(f"/viewtopic.php?pid={pid}", f"topic/{t1}-2.html", page2)
    fam.doc([f"/viewtopic.php?id={t1}"], s1, title=s1.title, published_at="2020-10-28")
    fam.not_documents.append(f"/viewtopic.php?id={t1}&p=2")

    # --- topic 2: the election-training speech in one post -----------------------------------
    t2 = 1690
    sub2 = "镇党委书记在村两委换届选举工作培训会上的讲话"
    body2 = (paras_html(["【转帖】来源：镇党政办，供各村参考学习。"] + s2.paras)
             + "\t\t\t\t\t\t<p>——————<br />老黄按：换届期间护林员队伍要稳定，各村该巡山的照样巡山。</p>\n")
    posts2 = [
        post(18802, 1, t2, "防火办老黄", "2021-01-15 20:47:33", sub2, body2, first=True),
        post(18805, 2, t2, "云岭石头", "2021-01-15 21:30:08", sub2,
             "\t\t\t\t\t\t<p>五年一届，这次选出来的班子担子不轻。</p>\n", odd=False),
        post(18811, 3, t2, "青山不老", "2021-01-16 08:22:45", sub2,
             "\t\t\t\t\t\t<p>资格联审那一段讲得很细，收藏了。</p>\n"),
    ]
    tp2 = topic_page(t2, sub2, 1, 1, posts2)
    fam.route(f"/viewtopic.php?id={t2}", f"topic/{t2}.html", tp2)
    for pid in (18802, 18805, 18811):
        fam.route(f"/viewtopic.php?pid={pid}", f"topic/{t2}.html", tp2)
    fam.doc([f"/viewtopic.php?id={t2}"], s2, title=s2.title, published_at="2021-01-15")

    # --- a short sticky rule topic (not a document) -------------------------------------------
    t3 = 1021
    sub3 = "【版规】讲话发言版发帖须知"
    tp3 = topic_page(t3, sub3, 1, 1, [post(9310, 1, t3, "防火办老黄", "2013-05-02 10:11:45", sub3, paras_html([
        "本版收集各级防火、林业工作会议上的讲话、发言材料，供站友学习参考。",
        "一、转帖请注明来源；二、涉密文件一律不得上传；三、回帖请勿灌水。违者删帖。"]), first=True)])
    fam.route(f"/viewtopic.php?id={t3}", f"topic/{t3}.html", tp3)
    fam.route("/viewtopic.php?pid=9310", f"topic/{t3}.html", tp3)

    # --- forum listing ---------------------------------------------------------------------------
    def row(tid, subject, who, replies, views, last, lastwho, n, sticky=False, pages=1):
        pl = (f' <span class="pagestext">[ <a href="viewtopic.php?id={tid}">1</a> <a href="viewtopic.php?id={tid}&amp;p=2">2</a> ]</span>'
              if pages > 1 else "")
        return f"""				<tr class="{'rowodd' if n % 2 else 'roweven'}{' isticky' if sticky else ''}">
					<td class="tcl">
						<div class="icon"><div class="nosize">{n}</div></div>
						<div class="tclcon">
							<div>
								{'<span class="stickytext">置顶: </span>' if sticky else ''}<a href="viewtopic.php?id={tid}">{_html.escape(subject)}</a> <span class="byuser">作者&#160;{who}</span>{pl}
							</div>
						</div>
					</td>
					<td class="tc2">{replies}</td>
					<td class="tc3">{views}</td>
					<td class="tcr"><a href="viewtopic.php?pid={last}#p{last}">{lastwho[0]}</a> <span class="byuser">最后发表者&#160;{lastwho[1]}</span></td>
				</tr>
"""

    def forum_page(p, rows, pages=2):
        pl = " ".join(f'<strong class="item{i}">{i}</strong>' if i == p else
                      f'<a href="viewforum.php?id=3' + (f'&amp;p={i}' if i > 1 else '') + f'">{i}</a>'
                      for i in range(1, pages + 1))
        if p < pages:
            pl += f' <a rel="next" href="viewforum.php?id=3&amp;p={p + 1}">下一页</a>'
        link = f"""<div class="linkst">
	<div class="inbox crumbsplus">
		<ul class="crumbs">
			<li><a href="index.php">首页</a></li>
			<li><span>»&#160;</span><strong><a href="viewforum.php?id=3">讲话发言</a></strong></li>
		</ul>
		<div class="pagepost">
			<p class="pagelink conl"><span class="pages-label">页: </span>{pl}</p>
		</div>
		<div class="clearer"></div>
	</div>
</div>
"""
        extra = f'<link rel="canonical" href="http://{HOST}/viewforum.php?id=3' + (f'&amp;p={p}' if p > 1 else '') + f'" title="第 {p} 页" />\n'
        return (HEAD.format(title=f"讲话发言 / {BOARD}" + (f" / 第 {p} 页" if p > 1 else ""), extra=extra,
                            pid="punviewforum", board=BOARD) + link + """<div id="vf" class="blocktable">
	<h2><span>讲话发言</span></h2>
	<div class="box">
		<div class="inbox">
			<table>
			<thead>
				<tr>
					<th class="tcl" scope="col">主题</th>
					<th class="tc2" scope="col">回复</th>
					<th class="tc3" scope="col">浏览</th>
					<th class="tcr" scope="col">最后发表</th>
				</tr>
			</thead>
			<tbody>
""" + "".join(rows) + """			</tbody>
			</table>
		</div>
	</div>
</div>
""" + link.replace('class="linkst"', 'class="linksb"') + FOOT)

    rows1 = [
        row(t3, sub3, "防火办老黄", 0, 2210, 9310, ("2013-05-02 10:11:45", "防火办老黄"), 1, sticky=True),
        row(t1, sub1, "老周护林", 6, 418, 20471, ("2020-10-30 19:02:17", "老周护林"), 2, pages=2),
        row(1811, "县林业局长在护林员培训班上的讲话（摘要）", "云岭石头", 3, 260, 20102, ("2020-09-14 20:18:40", "林场小李"), 3),
        row(t2, sub2, "防火办老黄", 2, 305, 18811, ("2021-01-16 08:22:45", "青山不老"), 4),
    ]
    rows2 = [
        row(1402, "护林员年终工作总结发言怎么写？求范文", "林场小李", 9, 733, 15320, ("2019-12-20 09:40:02", "老周护林"), 1),
        row(1377, "2019年防火誓师大会表态发言（村级）", "青山不老", 2, 488, 14905, ("2019-11-02 18:22:31", "云岭石头"), 2),
    ]
    fam.route("/viewforum.php?id=3", "forum/3.html", forum_page(1, rows1))
    fam.route("/viewforum.php?id=3&p=2", "forum/3-2.html", forum_page(2, rows2))
    fam.not_documents += ["/viewforum.php?id=3", "/viewforum.php?id=3&p=2"]

    index = HEAD.format(title=BOARD, extra="", pid="punindex", board=BOARD) + """<div id="idx1" class="blocktable">
	<h2><span>护林防火</span></h2>
	<div class="box">
		<div class="inbox">
			<table>
			<thead>
				<tr>
					<th class="tcl" scope="col">版块</th>
					<th class="tc2" scope="col">主题</th>
					<th class="tc3" scope="col">帖子</th>
					<th class="tcr" scope="col">最后发表</th>
				</tr>
			</thead>
			<tbody>
				<tr class="rowodd">
					<td class="tcl">
						<div class="icon"><div class="nosize">1</div></div>
						<div class="tclcon">
							<div>
								<h3><a href="viewforum.php?id=2">防火一线</a></h3>
								<div class="forumdesc">火情通报、卡点值守、扑火装备</div>
							</div>
						</div>
					</td>
					<td class="tc2">412</td>
					<td class="tc3">3856</td>
					<td class="tcr"><a href="viewtopic.php?pid=20466#p20466">2020-10-30 16:40:55</a> <span class="byuser">最后发表者&#160;防火办老黄</span></td>
				</tr>
				<tr class="roweven">
					<td class="tcl">
						<div class="icon"><div class="nosize">2</div></div>
						<div class="tclcon">
							<div>
								<h3><a href="viewforum.php?id=3">讲话发言</a></h3>
								<div class="forumdesc">各级会议讲话、表态发言、经验交流材料（转帖请注明来源）</div>
								<p class="modlist">(版主: <a href="profile.php?id=5">老周护林</a>, <a href="profile.php?id=19">防火办老黄</a>)</p>
							</div>
						</div>
					</td>
					<td class="tc2">37</td>
					<td class="tc3">214</td>
					<td class="tcr"><a href="viewtopic.php?pid=20471#p20471">2020-10-30 19:02:17</a> <span class="byuser">最后发表者&#160;老周护林</span></td>
				</tr>
			</tbody>
			</table>
		</div>
	</div>
</div>
<div id="brdstats" class="block">
	<h2><span>论坛信息</span></h2>
	<div class="box">
		<div class="inbox">
			<dl class="conr">
				<dt><strong>论坛统计</strong></dt>
				<dd><span>会员总数: <strong>1,286</strong></span></dd>
				<dd><span>主题总数: <strong>2,904</strong></span></dd>
				<dd><span>帖子总数: <strong>27,511</strong></span></dd>
			</dl>
			<dl class="conl">
				<dt><strong>用户信息</strong></dt>
				<dd><span>最新注册: <a href="profile.php?id=1302">巡山的阿勇</a></span></dd>
				<dd><span>在线会员: <strong>2</strong></span></dd>
				<dd><span>在线游客: <strong>17</strong></span></dd>
			</dl>
			<dl id="onlinelist" class="clearb">
				<dt><strong>在线: </strong></dt>
				<dd><a href="profile.php?id=5">老周护林</a>,</dd> <dd><a href="profile.php?id=8">云岭石头</a></dd>
			</dl>
		</div>
	</div>
</div>
""" + FOOT
    fam.put("/", index)
    fam.route("/index.php", "index.html", index)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin_\nDisallow: /post.php\nDisallow: /misc.php\nDisallow: /login.php\n")
    fam.noise += ["（字数超了，下接2楼）", "（接1楼）", "（完）", "今天上午镇里开的防火会", "【转帖】来源：镇党政办",
                  "老黄按：", "Powered by", "最后编辑", "守山三十年", "您尚未登录"]
    return fam
