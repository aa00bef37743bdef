"""A personal blog on Emlog 6 (Chinese PHP blog) with a common third-party theme: posts at
`/post-N.html` (静态化 URL mode) with `div.log_title`, `<div class="date">` (发布于 / 分类 / 阅读(N) / 评论(N)),
the post body in `div.log_content` inside `#content`, 标签, the `neighbor-log` 上一篇 / 下一篇 box,
comments list and the comment form; the blogger reposts speeches with his own intro line before
and a 转载自 line after; sidebar widgets 日历 (filled by `sendinfo('?action=cal')`), 最新文章,
最新评论, 分类, 存档, 链接; home `/` with excerpts (阅读全文&gt;&gt;) and `?page=2` pagination
(`#pagenavi`); RSS at `/rss.php`; footer with 'Powered by emlog' and the ICP line."""

import html

from common import SPEECHES, Family

HOST = "blog.laoshu-emlog.test"
SITE = "老树的博客"
U = f"http://{HOST}"

POSTS = [
    dict(gid=86, speech=SPEECHES["EMLOG2"], time="2024-03-06 21:14", views=213, sort=(3, "转载"),
         tags=["老年大学", "致辞"],
         intro="我妈上学期报了老年大学的国画班，这学期又加了个智能手机班。开学典礼上校长的致辞她拍照发到家庭群里，我照着打了一遍，存在这里。",
         source="江城老年大学微信公众号",
         comments=[(41, "小燕子", "2024-03-07 08:32", "阿姨真厉害！我爸也想报，就是名额太难抢了。"),
                   (42, "老树", "2024-03-07 12:10", "@小燕子 第一天早上八点就要去排队，去晚了就没了。")]),
    dict(gid=71, speech=SPEECHES["EMLOG1"], time="2023-09-10 20:03", views=457, sort=(3, "转载"),
         tags=["教师节", "乡村教育", "讲话"],
         intro="教师节。我在村小教了十九年书，这篇讲话是县里座谈会上的，我们校长去参加了，回来传给我们学习。说的几件事要是都能落实，就好了。",
         source="县教育局网站",
         comments=[(33, "山里人", "2023-09-11 19:45", "周转房的事说了好几年了，希望这次是真的。"),
                   (35, "游客", "2023-09-12 10:02", "老师节日快乐！")]),
]
OTHER = [
    (91, "春天去后山挖了一次笋", "2024-04-02 19:40", 88, (1, "生活"), "清明前后，后山的笋冒出来了。周六一早带着锄头上山，挖了小半筐。"),
    (84, "寒假读书笔记：《乡土中国》", "2024-02-18 22:05", 140, (2, "读书"), "费孝通先生这本小书，薄薄一册，每年都要翻一遍，每次都有新收获。"),
    (79, "期末考试监考随想", "2024-01-15 21:30", 96, (1, "生活"), "今天监考六年级语文，作文题目是《我的家乡》，看了几个孩子的开头，心里很不是滋味。"),
    (75, "村小的秋天", "2023-10-21 18:22", 120, (1, "生活"), "操场边的柿子树又红了，孩子们下课就围着树转，等着柿子掉下来。"),
    (68, "暑假家访记", "2023-08-05 21:47", 77, (1, "生活"), "暑假走了十二户学生家，有四户孩子跟着爷爷奶奶过，爸妈都在外地打工。"),
]
SORTS = {1: "生活", 2: "读书", 3: "转载"}
ALL = sorted(
    [dict(gid=p["gid"], title=p["speech"].title, time=p["time"], views=p["views"], sort=p["sort"],
          excerpt=p["intro"], ncom=len(p["comments"]), post=p) for p in POSTS]
    + [dict(gid=g, title=t, time=tm, views=v, sort=s, excerpt=x, ncom=0, post=None) for g, t, tm, v, s, x in OTHER],
    key=lambda r: r["time"], reverse=True,
)
PER_PAGE = 5


def link(gid):
    return f"{U}/post-{gid}.html"


def head(title, keywords, description):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{html.escape(title)}</title>
<meta name="keywords" content="{html.escape(keywords)}" />
<meta name="description" content="{html.escape(description)}" />
<meta name="generator" content="emlog" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{U}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{U}/wlwmanifest.xml" />
<link rel="alternate" type="application/rss+xml" title="RSS"  href="{U}/rss.php" />
<link href="{U}/content/templates/qingxin/main.css" rel="stylesheet" type="text/css" />
<link href="{U}/admin/editor/plugins/code/prettify.css" rel="stylesheet" type="text/css" />
<script src="{U}/admin/editor/plugins/code/prettify.js" type="text/javascript"></script>
<script src="{U}/include/lib/js/common_tpl.js" type="text/javascript"></script>
<!--[if IE 6]>
<script src="{U}/content/templates/qingxin/iefix.js" type="text/javascript"></script>
<![endif]-->
</head>
<body>
<div id="wrap">
  <div id="header">
    <h1><a href="{U}/">{SITE}</a></h1>
    <h3>一个村小老师的自留地</h3>
  </div>
  <div id="nav">	<ul class="bar">
			<li class="item common">
			<a href="{U}/" >首页</a>
			</li>
			<li class="item common">
			<a href="{U}/sort/3" >转载</a>
			</li>
			<li class="item common">
			<a href="{U}/t/" >微语</a>
			</li>
			<li class="item common">
			<a href="{U}/admin/" >登录</a>
			</li>
		</ul>
</div>
<div id="content">
<div id="contentleft">
"""


def sidebar():
    latest = "".join(f'\n	<li><a href="{link(r["gid"])}">{html.escape(r["title"])}</a></li>' for r in ALL[:5])
    comments = ""
    for p in POSTS:
        for cid, name, t, text in reversed(p["comments"]):
            comments += f'\n	<li id="comment">{html.escape(name)}\n		<br /><a href="{link(p["gid"])}#{cid}">{html.escape(text[:16])}</a></li>'
    months = {}
    for r in ALL:
        ym = r["time"][:7]
        months[ym] = months.get(ym, 0) + 1
    record = "".join(f'\n	<li><a href="{U}/record/{ym.replace("-", "")}">{ym[:4]}年{int(ym[5:])}月({n})</a></li>' for ym, n in months.items())
    sorts = "".join(f'\n	<li>\n	<a href="{U}/sort/{i}">{n}({sum(1 for r in ALL if r["sort"][0] == i)})</a>\n	</li>' for i, n in SORTS.items())
    return f"""</div><!--end #contentleft-->
<ul id="sidebar">
	<li>
	<h3><span>日历</span></h3>
	<div id="calendar">
	</div>
	<script>sendinfo('{U}/index.php?action=cal','calendar');</script>
	</li>
	<li>
	<h3><span>最新文章</span></h3>
	<ul id="newlog">{latest}
	</ul>
	</li>
	<li>
	<h3><span>最新评论</span></h3>
	<ul id="newcomment">{comments}
	</ul>
	</li>
	<li>
	<h3><span>分类</span></h3>
	<ul id="blogsort">{sorts}
	</ul>
	</li>
	<li>
	<h3><span>存档</span></h3>
	<ul id="record">{record}
	</ul>
	</li>
	<li>
	<h3><span>链接</span></h3>
	<ul id="link">
	<li><a href="http://www.emlog.net" title="emlog官方主页" target="_blank">emlog</a></li>
	<li><a href="http://www.xiangcun-jiaoshi.test/" title="乡村教师交流" target="_blank">乡村教师之家</a></li>
	</ul>
	</li>
</ul><!--end #siderbar-->
</div><!--end #content-->
<div style="clear:both;"></div>
<div id="footerbar">
	Powered by <a href="http://www.emlog.net" title="采用emlog系统">emlog</a> 
	<a href="https://beian.miit.gov.cn" target="_blank">赣ICP备13006721号</a> 
	<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6b1c0e8d7a2f4e3b9c5d1a0f8e7b6c42";
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</div><!--end #footerbar-->
</div><!--end #wrap-->
<script>prettyPrint();</script>
</body>
</html>"""


def week(t):
    from datetime import datetime
    return "一二三四五六日"[datetime.strptime(t, "%Y-%m-%d %H:%M").weekday()]


def short_time(t):
    y, m, d = t[:10].split("-")
    return f"{y}-{int(m)}-{int(d)} {t[11:]}"


def diary_page(r, p, newer, older):
    from types import SimpleNamespace
    fake = SimpleNamespace(title=r["title"], paras=[])
    page = post_page(dict(r, post=dict(p, speech=fake, source="")), newer, older)
    # a diary post of the blogger's own: just its text, no repost lines
    start = page.index('<div class="log_content">')
    end = page.index("</div>", start)
    return page[:start] + '<div class="log_content">\n\t<p>' + html.escape(r["excerpt"]) + "</p>\n\t<p>记于" + r["time"][:10] + "。</p>\n\t" + page[end:]


def post_page(r, newer, older):
    p = r["post"] or dict(gid=r["gid"], time=r["time"], views=r["views"], sort=r["sort"], tags=[r["sort"][1]],
                          intro=r["excerpt"], comments=[], speech=None)
    sp = p["speech"]
    if sp is None:
        return diary_page(r, p, newer, older)
    body = f"<p>{html.escape(p['intro'])}</p>\n<p>&nbsp;</p>\n<p style=\"text-align:center;\"><strong>{html.escape(sp.title)}</strong></p>\n"
    body += "".join(f"<p>　　{html.escape(x)}</p>\n" for x in sp.paras)
    body += f'<p>&nbsp;</p>\n<p>（转载自：{html.escape(p["source"])}）</p>'
    tags = "".join(f'	<a href="{U}/tag/{t}">{t}</a>' for t in p["tags"])
    nb = ""
    if older:
        nb += f'	<span class="prev-log">上一篇：<a href="{link(older["gid"])}">{html.escape(older["title"])}</a></span>\n'
    if newer:
        nb += f'	<span class="next-log">下一篇：<a href="{link(newer["gid"])}">{html.escape(newer["title"])}</a></span>\n'
    coms = ""
    for cid, name, t, text in p["comments"]:
        coms += f"""	<div class="comment" id="comment-{cid}">
		<a name="{cid}"></a>
				<img src="https://cravatar.cn/avatar/{cid:032x}?s=40&d=mm" /></div>
		<div class="comment-info">
			<b>{html.escape(name)}</b><br /><span class="comment-time">{short_time(t)}</span>
			<div class="comment-content">{html.escape(text)}</div>
			<div class="comment-reply"><a href="#comment-{cid}" onclick="commentReply({cid},this)">回复</a></div>
		</div>
	</div>
"""
    return (head(f"{sp.title} - {SITE}", ",".join(p["tags"]), p["intro"][:80]) + f"""	<div class="log_title"><h2>{html.escape(sp.title)}</h2></div>
	<div class="date">发布于：{short_time(p["time"])} 星期{week(p["time"])} &nbsp;|&nbsp; 分类：<a href="{U}/sort/{p["sort"][0]}">{p["sort"][1]}</a> &nbsp;|&nbsp; 阅读({p["views"]}) &nbsp;|&nbsp; <a href="#comments">评论({len(p["comments"])})</a>
			</div>
	<div class="log_content">
	{body}
	</div>
	<p class="tag">标签:{tags}</p>
	<div class="neighbor-log">
{nb}	</div><!--end .neighbor-log-->
	<a name="comments"></a>
	<div class="comment-header"><b>共有{len(p["comments"])}条评论</b></div>
	<div id="comments">
{coms}	<div id="pagenavi">
	    	</div>
	</div>
	<div id="comment-place">
	<div class="comment-post" id="comment-post">
		<div class="cancel-reply" id="cancel-reply" style="display:none"><a href="javascript:void(0);" onclick="cancelReply()">取消回复</a></div>
		<p class="comment-header"><b>发表评论：</b><a name="respond"></a></p>
		<form method="post" name="commentform" action="{U}/index.php?action=addcom" id="commentform">
			<input type="hidden" name="gid" value="{p["gid"]}" />
						<p>
				<input type="text" name="comname" maxlength="49" value="" size="22" tabindex="1">
				<label for="author"><small>昵称</small></label>
			</p>
			<p>
				<input type="text" name="commail"  maxlength="128"  value="" size="22" tabindex="2">
				<label for="email"><small>邮件地址 (选填)</small></label>
			</p>
			<p>
				<input type="text" name="comurl" maxlength="128"  value="" size="22" tabindex="3">
				<label for="url"><small>个人主页 (选填)</small></label>
			</p>
						<p><textarea name="comment" id="comment" rows="10" tabindex="4"></textarea></p>
			<p><img src="{U}/include/lib/checkcode.php" align="absmiddle" /><input name="imgcode" type="text" class="input" size="5" tabindex="5" /> <input type="submit" id="comment_submit" value="发表评论" tabindex="6" /></p>
			<input type="hidden" name="pid" id="comment-pid" value="0" size="22" tabindex="1"/>
		</form>
	</div>
	</div>
	<div style="clear:both;"></div>
""" + sidebar())


def home(page, pages, rows):
    out = ""
    for r in rows:
        out += f"""	<div class="loglist">
	<h2><a href="{link(r["gid"])}">{html.escape(r["title"])}</a></h2>
	<div class="date">发布于：{short_time(r["time"])} &nbsp;|&nbsp; 分类：<a href="{U}/sort/{r["sort"][0]}">{r["sort"][1]}</a></div>
	<div class="log_content"><p>{html.escape(r["excerpt"])}</p><p class="readmore"><a href="{link(r["gid"])}">阅读全文&gt;&gt;</a></p></div>
	<p class="count">
	<a href="{link(r["gid"])}#comments">评论({r["ncom"]})</a>
	<a href="{link(r["gid"])}">阅读({r["views"]})</a>
	</p>
	<div style="clear:both;"></div>
	</div>
"""
    nav = ""
    for n in range(1, pages + 1):
        href = f"{U}/" if n == 1 else f"{U}/?page={n}"
        nav += f"<span>{n}</span> " if n == page else f'<a href="{href}">{n}</a> '
    if page < pages:
        nav += f'&nbsp;&nbsp;<a href="{U}/?page={pages}" title="尾页">&raquo;</a>'
    return head(SITE if page == 1 else f"{SITE} - 第{page}页", "老树,博客,乡村教师", "一个村小老师的自留地") + out + f"""<div id="pagenavi">
	{nav}
</div>
""" + sidebar()


def rss():
    items = ""
    for r in ALL:
        items += f"""<item>
	<title>{html.escape(r["title"])}</title>
	<link>{link(r["gid"])}</link>
	<description><![CDATA[{r["excerpt"]}<p><a href="{link(r["gid"])}">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>{r["time"]}</pubDate>
	<author>老树</author>
	<guid>{link(r["gid"])}</guid>
</item>
"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title><![CDATA[{SITE}]]></title> 
<description><![CDATA[一个村小老师的自留地]]></description>
<link>{U}/</link>
<language>zh-cn</language>
<generator>www.emlog.net</generator>
{items}</channel>
</rss>"""


def build() -> Family:
    fam = Family(HOST, "Emlog 6 personal blog (third-party theme)", content_type="text/html; charset=utf-8")
    pages = [ALL[i:i + PER_PAGE] for i in range(0, len(ALL), PER_PAGE)]
    fam.put("/", home(1, len(pages), pages[0]))
    fam.not_documents.append("/")
    for n in range(2, len(pages) + 1):
        fam.route(f"/?page={n}", f"/page{n}.html", home(n, len(pages), pages[n - 1]))
        fam.not_documents.append(f"/?page={n}")
    for i, r in enumerate(ALL):
        newer = ALL[i - 1] if i > 0 else None
        older = ALL[i + 1] if i + 1 < len(ALL) else None
        path = f"/post-{r['gid']}.html"
        fam.put(path, post_page(r, newer, older))
        if not r["post"]:
            fam.not_documents.append(path)
            continue
        fam.doc([path], r["post"]["speech"], published_at=r["time"][:10])
    fam.put("/rss.php", rss())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /include/\nDisallow: /content/\n", "ascii")
    fam.noise += [POSTS[0]["intro"][:20], POSTS[1]["intro"][:20], "转载自", "发布于：", "阅读(", "评论(", "上一篇：",
                  "下一篇：", "日历", "最新评论", "存档", "发表评论", "阿姨真厉害", "周转房的事说了好几年了",
                  "赣ICP备13006721号", "一个村小老师的自留地"]
    fam.note = (
        "Emlog posts are the blogger's reposts: an intro line of his own before the speech (and a centred bold "
        "title line repeating the post title), then the speech, then （转载自：…）; only the speech is expected. "
        "published_at is the post's date (the page never prints the day the speech was given). `/rss.php` is served as the "
        "replica types a .php name (real Emlog sends it as text/xml); it is not listed as a page. The blogger's "
        "own diary posts are non-documents."
    )
    return fam
