"""点点网 (USER.diandian.com) light blog, 2013, a user theme on the 点点 template engine.

Home `/` (newest first: a 邻里节 post cut at its `<!-- more -->` with `阅读全文 »`, a photo post, a
quote post) and `/page/2` (the graduation post's cut, an audio post); `/archive` (归档 by month),
`/tag/<tag>` pages; posts `/post/YYYY-MM-DD/<11 digits>` with the 点点 control bar iframe
(`diandian-controls`: 关注 / 喜欢 / 转载), `div.post-content` as `<p>` lines, a `post-meta` row
(date, `阅读(N)` / `评论(N)` / `热度(N)`), a tag row (`#家长发言`), the 上一篇 / 下一篇 row, the 热度 notes list
(`… 喜欢了此文`, `… 转载了此文`), and 点点's comment box; RSS `/rss`.
The blog is a retired worker's; he types up his 社区书记's speech as a volunteer (编者按 before the text,
`（根据现场讲话整理，林建国）` after it)."""

from urllib.parse import quote

from common import SPEECHES, Family

HOST = "linjianguo-yunqiao.diandian-like.test"
NAME = "老林的自留地"
P1 = "/post/2013-09-22/40057312866"   # 邻里节 (newer)
P2 = "/post/2013-06-29/40051086417"   # graduation
P_PHOTO = "/post/2013-08-11/40054420718"
P_QUOTE = "/post/2013-07-20/40053001926"
P_AUDIO = "/post/2013-05-04/40048873505"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://linjianguo-yunqiao.diandian-like.test/rss" />
<link rel="shortcut icon" href="http://s.libdd-like.test/blog/img/favicon.ico" />
<link rel="stylesheet" type="text/css" href="http://s.libdd-like.test/theme/19233/style.css?v=20130517" />
<script type="text/javascript">var DDConfig = {blogId: "8fe3b3a0-1f1e-11e2-9e8d-782bcb383995", blogUrl: "linjianguo-yunqiao", postId: "@@PID@@"};</script>
</head>
<body>
<iframe id="diandian-controls" src="http://www.diandian-like.test/controls?blogId=8fe3b3a0-1f1e-11e2-9e8d-782bcb383995&amp;postId=@@PID@@" scrolling="no" frameborder="0" allowtransparency="true" style="position:fixed;top:0;right:0;width:330px;height:32px;z-index:9999;"></iframe>
<div id="wrapper">
<div id="header">
<h1 class="blog-title"><a href="/">老林的自留地</a></h1>
<p class="blog-desc">退休钳工，社区志愿者。写点家长里短。</p>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/archive">归档</a></li><li><a href="/tag/%E7%A4%BE%E5%8C%BA">社区</a></li><li><a href="/tag/%E5%AE%B6%E4%BA%8B">家事</a></li><li><a href="/rss">RSS</a></li></ul>
</div>
<div id="main">
"""

FOOT = """</div>
<div id="sidebar">
<div class="widget avatar"><img src="http://m1.libdd-like.test/avatar/8fe3b3a0_128.jpg" alt="老林" /><p>林建国</p><p><a href="http://www.diandian-like.test/follow?blog=linjianguo-yunqiao" class="follow-btn">+ 关注</a></p></div>
<div class="widget"><h3>标签</h3><p><a href="/tag/%E7%A4%BE%E5%8C%BA">社区</a> <a href="/tag/%E9%82%BB%E9%87%8C%E8%8A%82">邻里节</a> <a href="/tag/%E5%AE%B6%E4%BA%8B">家事</a> <a href="/tag/%E5%AE%B6%E9%95%BF%E5%8F%91%E8%A8%80">家长发言</a> <a href="/tag/%E6%AF%95%E4%B8%9A">毕业</a> <a href="/tag/%E8%80%81%E7%85%A7%E7%89%87">老照片</a></p></div>
<div class="widget"><h3>友情链接</h3><ul><li><a href="http://hongmei-shequ.diandian-like.test/">红梅社区志愿者</a></li><li><a href="http://laozhang1955.diandian-like.test/">老张的菜园子</a></li></ul></div>
</div>
<div id="footer">
<p>&copy; 2013 老林的自留地 · Powered by <a href="http://www.diandian-like.test/">点点网</a> · Theme by <a href="http://www.diandian-like.test/theme/19233">简约白</a></p>
</div>
</div>
<script type="text/javascript" src="http://s.libdd-like.test/blog/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="http://s.libdd-like.test/blog/js/dd.blog.js?v=20130610"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-18346811-1']);
_gaq.push(['_trackPageview']);
(function() {
var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();
</script>
</body>
</html>
"""


def page(title, body, pid="", kw="", desc=""):
    return HEAD.replace("@@TITLE@@", title).replace("@@KW@@", kw or "老林的自留地,点点").replace("@@DESC@@", desc or "退休钳工，社区志愿者。写点家长里短。").replace("@@PID@@", pid) + body + FOOT


def ps(paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


def meta_row(date, reads, comments, heat, url):
    return f'<div class="post-meta"><span class="date">{date}</span> | <span class="views">阅读({reads})</span> | <a href="{url}#comments">评论({comments})</a> | <a href="{url}#notes">热度({heat})</a></div>'


def tags_row(tags):
    return '<div class="post-tags">' + " ".join(f'<a href="/tag/{quote(t)}">#{t}</a>' for t in tags) + "</div>"


def post_page(url, pid, title, intro, paras, outro, date, reads, comments, heat, tags, prev, nxt, notes, cmts):
    nav = '<div class="post-nav">'
    nav += f'<span class="prev">上一篇：<a href="{prev[0]}">{prev[1]}</a></span>' if prev else '<span class="prev">上一篇：没有了</span>'
    nav += f'<span class="next">下一篇：<a href="{nxt[0]}">{nxt[1]}</a></span>' if nxt else '<span class="next">下一篇：没有了</span>'
    nav += "</div>"
    note_html = "\n".join(f'<li><a href="http://{u}.diandian-like.test/"><img src="http://m1.libdd-like.test/avatar/{u}_32.jpg" alt="" /></a> <a href="http://{u}.diandian-like.test/">{n}</a> {act}了此文</li>' for u, n, act in notes)
    cm = "\n".join(f'<li class="comment"><a class="cm-author" href="http://{u}.diandian-like.test/">{n}</a><span class="cm-time">{t}</span><div class="cm-body">{c}</div></li>' for u, n, t, c in cmts)
    body = f"""<div class="post text-post" id="post-{pid}">
<h2 class="post-title"><a href="{url}">{title}</a></h2>
{meta_row(date, reads, comments, heat, url)}
<div class="post-content">
{intro}
{ps(paras)}
{outro}
</div>
{tags_row(tags)}
<div class="post-actions"><a href="http://www.diandian-like.test/like?postId={pid}" class="like">喜欢</a> <a href="http://www.diandian-like.test/reblog?postId={pid}" class="reblog">转载</a> <a href="javascript:;" class="share">分享到：新浪微博 QQ空间 人人网</a></div>
{nav}
<div class="post-notes" id="notes"><h3>热度 {heat}</h3><ul>
{note_html}
</ul></div>
<div class="post-comments" id="comments"><h3>评论 ({comments})</h3><ul>
{cm}
</ul>
<div class="comment-form"><textarea placeholder="说点什么吧……"></textarea><p><a href="http://www.diandian-like.test/login">登录</a>后才能发表评论</p></div>
</div>
</div>
"""
    return page(f"{title} - {NAME}", body, pid=pid, kw=",".join(tags))


def card(url, title, date, first, reads, comments, heat, tags):
    return f"""<div class="post text-post">
<h2 class="post-title"><a href="{url}">{title}</a></h2>
{meta_row(date, reads, comments, heat, url)}
<div class="post-content">
<p>{first}</p>
<p class="more"><a href="{url}">阅读全文 &raquo;</a></p>
</div>
{tags_row(tags)}
</div>
"""


def build() -> Family:
    fam = Family(HOST, "点点网 (diandian.com) light blog, user theme, 2013")
    s3, s4 = SPEECHES["f55c-3"], SPEECHES["f55c-4"]
    t1 = "红梅社区第五届邻里节开幕，转一下李书记的致辞"
    t2 = "女儿毕业了，我在毕业典礼上代表家长发了言"
    intro1 = '<p><strong>编者按：</strong>昨天社区邻里节开幕，我在百家宴那边帮忙，李书记的致辞讲得实在，我按录音整理出来，发在这里。下面是全文。</p>\n<p><img src="http://m3.libdd-like.test/photo/2013-09-22/linlijie_01.jpg" alt="" /><br /><span class="caption">开幕式上，李书记致辞（摄影：老林）</span></p>\n<p style="text-align:center"><strong>在社区邻里节开幕式上的致辞</strong></p>'
    outro1 = '<p style="text-align:right">（根据现场讲话整理，林建国）</p>'
    intro2 = '<p>六月二十八号，女儿林晓本科毕业。学院让我作为家长代表上台讲几句，我一个钳工，稿子写了改、改了写，折腾了一个多礼拜。留在这里做个纪念。</p>\n<p>——————</p>'
    outro2 = '<p>——————</p>\n<p>讲完下台，手心全是汗。女儿说我讲得比她们院长还好，这话我爱听。</p>'
    fam.put(P1, post_page(P1, "40057312866", t1, intro1, s4.paras, outro1, "2013-09-22 21:16", 486, 3, 17, ["社区", "邻里节", "致辞"], (P_PHOTO, "老照片：1978年厂里的篮球队"), None,
                          [("hongmei-shequ", "红梅社区志愿者", "转载"), ("laozhang1955", "老张的菜园子", "喜欢"), ("xiaoyu-mama", "小雨妈妈", "喜欢")],
                          [("laozhang1955", "老张的菜园子", "2013-09-22 22:03", "百家宴的红烧肉是我家老太婆烧的！"), ("hongmei-shequ", "红梅社区志愿者", "2013-09-23 08:30", "已转到社区点点，谢谢林师傅。"), ("kk-2046", "kk", "2013-09-24 12:11", "远亲不如近邻，说得好。")]))
    fam.doc([P1], s4, published_at="2013-09-21")
    fam.put(P2, post_page(P2, "40051086417", t2, intro2, s3.paras, outro2, "2013-06-29 22:48", 1203, 2, 41, ["家事", "毕业", "家长发言"], (P_AUDIO, "五一回老家，听我爹拉二胡"), (P_QUOTE, "摘一段话"),
                          [("linxiao-hg", "晓晓不是小小", "喜欢"), ("laozhang1955", "老张的菜园子", "喜欢")],
                          [("linxiao-hg", "晓晓不是小小", "2013-06-29 23:10", "老爸最棒！"), ("wangshifu", "王师傅", "2013-06-30 09:40", "老林可以啊，讲得有水平。")]))
    fam.doc([P2], s3, published_at="2013-06-28")

    fam.put(P_PHOTO, page(f"老照片：1978年厂里的篮球队 - {NAME}", f'<div class="post photo-post"><div class="photo"><img src="http://m3.libdd-like.test/photo/2013-08-11/lanqiudui.jpg" alt="" /></div><div class="caption"><p>翻箱子翻出来的。后排左二是我。</p></div>{meta_row("2013-08-11 15:02", 210, 4, 9, P_PHOTO)}{tags_row(["老照片"])}<div class="post-nav"><span class="prev">上一篇：<a href="{P_QUOTE}">摘一段话</a></span><span class="next">下一篇：<a href="{P1}">{t1}</a></span></div></div>\n', pid="40054420718"))
    fam.put(P_QUOTE, page(f"摘一段话 - {NAME}", f'<div class="post quote-post"><blockquote><p>人生的路虽然漫长，但紧要处常常只有几步。</p></blockquote><p class="source">—— 路遥《人生》</p>{meta_row("2013-07-20 20:31", 95, 0, 3, P_QUOTE)}{tags_row(["摘抄"])}<div class="post-nav"><span class="prev">上一篇：<a href="{P2}">{t2}</a></span><span class="next">下一篇：<a href="{P_PHOTO}">老照片：1978年厂里的篮球队</a></span></div></div>\n', pid="40053001926"))
    fam.put(P_AUDIO, page(f"五一回老家，听我爹拉二胡 - {NAME}", f'<div class="post audio-post"><div class="audio-player"><embed src="http://s.libdd-like.test/blog/swf/audio.swf?file=http://m3.libdd-like.test/audio/erhu.mp3" width="400" height="30"></embed></div><p>老爷子八十二了，一曲《良宵》拉得不走调。</p>{meta_row("2013-05-04 19:55", 132, 1, 6, P_AUDIO)}{tags_row(["家事"])}<div class="post-nav"><span class="prev">上一篇：没有了</span><span class="next">下一篇：<a href="{P2}">{t2}</a></span></div></div>\n', pid="40048873505"))

    pager1 = '<div class="pager"><span class="current">1</span> <a href="/page/2">2</a> <a href="/page/2" class="next">下一页 &raquo;</a></div>'
    pager2 = '<div class="pager"><a href="/" class="prev">&laquo; 上一页</a> <a href="/">1</a> <span class="current">2</span></div>'
    home = card(P1, t1, "2013-09-22 21:16", "编者按：昨天社区邻里节开幕，我在百家宴那边帮忙，李书记的致辞讲得实在，我按录音整理出来，发在这里。", 486, 3, 17, ["社区", "邻里节", "致辞"])
    home += f'<div class="post photo-post"><a href="{P_PHOTO}"><img src="http://m3.libdd-like.test/photo/2013-08-11/lanqiudui_500.jpg" alt="" /></a><div class="caption"><p>翻箱子翻出来的。后排左二是我。</p></div>{meta_row("2013-08-11 15:02", 210, 4, 9, P_PHOTO)}</div>\n'
    home += f'<div class="post quote-post"><blockquote><p>人生的路虽然漫长，但紧要处常常只有几步。</p></blockquote><p class="source">—— 路遥《人生》</p>{meta_row("2013-07-20 20:31", 95, 0, 3, P_QUOTE)}</div>\n'
    fam.put("/", page(NAME, home + pager1))
    p2 = card(P2, t2, "2013-06-29 22:48", "六月二十八号，女儿林晓本科毕业。学院让我作为家长代表上台讲几句，我一个钳工，稿子写了改、改了写，折腾了一个多礼拜。", 1203, 2, 41, ["家事", "毕业", "家长发言"])
    p2 += f'<div class="post audio-post"><p><a href="{P_AUDIO}">五一回老家，听我爹拉二胡</a></p>{meta_row("2013-05-04 19:55", 132, 1, 6, P_AUDIO)}</div>\n'
    fam.put("/page/2", page(f"{NAME} - 第2页", p2 + pager2))
    arch = f'<div class="archive"><h2>归档</h2><h3>2013年9月</h3><ul><li><a href="{P1}">{t1}</a> <span>09-22</span></li></ul><h3>2013年8月</h3><ul><li><a href="{P_PHOTO}">老照片：1978年厂里的篮球队</a></li></ul><h3>2013年7月</h3><ul><li><a href="{P_QUOTE}">摘一段话</a></li></ul><h3>2013年6月</h3><ul><li><a href="{P2}">{t2}</a> <span>06-29</span></li></ul><h3>2013年5月</h3><ul><li><a href="{P_AUDIO}">五一回老家，听我爹拉二胡</a></li></ul></div>\n'
    fam.put("/archive", page(f"归档 - {NAME}", arch))
    for tag, posts in {"社区": [(P1, t1)], "邻里节": [(P1, t1)], "家事": [(P2, t2), (P_AUDIO, "五一回老家，听我爹拉二胡")], "家长发言": [(P2, t2)], "毕业": [(P2, t2)], "致辞": [(P1, t1)], "老照片": [(P_PHOTO, "老照片：1978年厂里的篮球队")], "摘抄": [(P_QUOTE, "摘一段话")]}.items():
        lst = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in posts)
        fam.put(f"/tag/{tag}", page(f"#{tag} - {NAME}", f'<div class="tag-page"><h2>标签：{tag}</h2><ul>{lst}</ul></div>\n'))
    items = "".join(f"<item><title>{t}</title><link>http://{HOST}{u}</link><pubDate>{d}</pubDate></item>" for u, t, d in [(P1, t1, "Sun, 22 Sep 2013 21:16:00 +0800"), (P_PHOTO, "老照片：1978年厂里的篮球队", "Sun, 11 Aug 2013 15:02:00 +0800"), (P_QUOTE, "摘一段话", "Sat, 20 Jul 2013 20:31:00 +0800"), (P2, t2, "Sat, 29 Jun 2013 22:48:00 +0800")])
    fam.put("/rss", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{NAME}</title><link>http://{HOST}/</link><description>退休钳工，社区志愿者。</description>{items}</channel></rss>')
    fam.put("/robots.txt", "User-agent: *\nDisallow: /dashboard\nDisallow: /controls\n")
    fam.extensionless_html = True
    fam.not_documents += ["/", "/page/2", "/archive", P_PHOTO]
    fam.noise += ["编者按", "根据现场讲话整理", "阅读(", "评论(", "热度", "上一篇：", "下一篇：", "阅读全文", "了此文", "Powered by", "摄影：老林", "手心全是汗", "稿子写了改", "#家长发言"]
    return fam
