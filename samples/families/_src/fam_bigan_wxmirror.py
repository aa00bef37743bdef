"""公文写作 community that mirrors 笔杆子 WeChat official accounts' articles (PHP app, 公众号 pages
`/gzh/<biz>/`, articles `/article/N.html`): the article keeps WeChat's own body markup (`#js_content`
`.rich_media_content`, `<section>` wrappers, 2024-style `<span leaf="">` text runs, bold 一、二、 heads in
a coloured `<section>`), `h1.rich_media_title`, `#js_name` account link and `#publish_time`; inside
the body the ACCOUNT's preamble (点击上方蓝字关注 banner image, `编者按：` note saying where the speech
was given) and the account's tail (来源 / 编辑 line, 声明 box, 往期推荐 list, 点个在看 line) wrap the
reposted speech; the mirror adds 阅读原文 (mp.weixin.qq.com link), a 公众号 card (微信号 / 功能介绍 /
扫码关注), 相关文章, 收藏 / 举报, the community's login box and footer. Account page 2 is `?page=2`."""

from common import SPEECHES, Family, render

HOST = "www.biganzi-gongwen-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="referrer" content="never">
<link rel="stylesheet" href="/static/css/app.css?v=20240311">
</head>
<body>
<div class="site-header"><div class="container">
	<a class="logo" href="/"><img src="/static/img/logo.png" alt="笔杆子公文社区"></a>
	<ul class="site-nav">
		<li><a href="/">首页</a></li>
		<li class="@@ACT@@"><a href="/gzh/">公众号</a></li>
		<li><a href="/topic/">专题</a></li>
		<li><a href="/ask/">公文问答</a></li>
		<li><a href="/vip/">会员</a></li>
	</ul>
	<form class="site-search" action="/search" method="get"><input name="kw" placeholder="搜索公文、讲话稿、公众号"><button type="submit">搜索</button></form>
	<div class="site-user"><a href="/login" rel="nofollow">登录</a><a href="/register" rel="nofollow" class="btn-reg">注册</a></div>
</div></div>
"""

FOOT = """<div class="site-footer"><div class="container">
	<p><a href="/about">关于我们</a> · <a href="/agreement">用户协议</a> · <a href="/copyright">版权投诉</a> · <a href="/contact">联系我们</a></p>
	<p>本站文章均来自微信公众号公开发布内容，版权归原作者及公众号所有，如有侵权请联系删除。</p>
	<p>&copy; 2020-2024 笔杆子公文社区 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">苏ICP备20031588号-1</a></p>
</div></div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/app.js?v=20240311"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e1b3d7f9a2c4e6b8d0f1a3c5e7b9d2f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ACCOUNT = {"biz": "MzA5NTgyMTQ4Mg", "name": "笔杆子公文", "wxid": "biganzi_gw", "intro": "公文写作交流，每日分享讲话稿、材料范文和写作技巧。"}

ARTS = [
    {"speech": SPEECHES["f49a-5"], "id": 73815, "time": "2024年4月25日 20:16", "date": "2024-04-25", "reads": "1.2万", "sn": "3b1f0d9a7c5e2b4d6f8a0c1e3d5b7f92",
     "note": "近日，某市召开机关公文写作能力提升座谈会，市委办公室一位“老笔杆子”结合十多年文字工作经历作了交流发言，干货满满，值得收藏。",
     "source": "来源：机关写作交流群 ｜ 编辑：小笔"},
    {"speech": SPEECHES["f49a-6"], "id": 71209, "time": "2024年3月12日 21:40", "date": "2024-03-12", "reads": "8563", "sn": "a7e2c4f6b8d0a1c3e5f7b9d2a4c6e8f1",
     "note": "换届之后，新任村干部集体谈话怎么讲？今天分享一篇镇党委书记的讲话，讲得实在、接地气，供大家参考。",
     "source": "来源：基层党建微刊 ｜ 编辑：小笔"},
]


def is_head(p):
    return p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")


def wx_body(a, other):
    out = ['<section style="text-align: center;margin-bottom: 16px;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Xq9Ld3gGf1b2/640?wx_fmt=gif" style="width: 100%;" alt="图片"></section>',
           '<section style="margin-bottom: 8px;"><p style="text-align: center;"><span style="color: rgb(0, 112, 192);font-size: 14px;"><span leaf="">点击上方蓝字关注「笔杆子公文」，每天学一点写作干货</span></span></p></section>',
           f'<section style="padding: 10px 14px;background-color: rgb(245, 247, 250);border-left: 4px solid rgb(0, 112, 192);margin-bottom: 20px;"><p style="font-size: 14px;color: rgb(89, 89, 89);"><span leaf="">编者按：{a["note"]}</span></p></section>']
    out.append(f'<p style="text-align: center;"><strong><span style="font-size: 18px;"><span leaf="">{a["speech"].title}</span></span></strong></p>')
    for p in a["speech"].paras:
        if is_head(p):
            out.append(f'<section style="margin: 20px 0 10px;"><section style="display: inline-block;padding: 4px 12px;background-color: rgb(0, 112, 192);"><p><strong><span style="color: rgb(255, 255, 255);font-size: 16px;"><span leaf="">{p}</span></span></strong></p></section></section>')
        else:
            out.append(f'<p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 12px;"><span style="font-size: 16px;letter-spacing: 1px;"><span leaf="">{p}</span></span></p>')
    out += [f'<p style="text-align: right;"><span style="font-size: 14px;color: rgb(136, 136, 136);"><span leaf="">{a["source"]}</span></span></p>',
            '<section style="margin-top: 20px;padding: 12px;border: 1px dashed rgb(204, 204, 204);"><p style="font-size: 13px;color: rgb(136, 136, 136);"><span leaf="">声明：本文仅供学习交流，版权归原作者所有，如涉及侵权请联系删除。</span></p></section>',
            '<section style="margin-top: 24px;"><p><strong><span style="color: rgb(0, 112, 192);"><span leaf="">往期推荐</span></span></strong></p>',
            f'<p><a href="https://mp.weixin.qq.com/s?__biz={ACCOUNT["biz"]}==&amp;mid=2247{other["id"]}&amp;idx=1" target="_blank" data-linktype="2"><span leaf="">{other["speech"].title}</span></a></p>',
            '<p><a href="https://mp.weixin.qq.com/s?__biz=MzA5NTgyMTQ4Mg==&amp;mid=2247486021&amp;idx=1" target="_blank" data-linktype="2"><span leaf="">公文写作常用过渡句100例</span></a></p></section>',
            '<p style="text-align: center;margin-top: 20px;"><span style="font-size: 14px;color: rgb(0, 112, 192);"><span leaf="">分享、点赞、点个在看，你最好看</span></span></p>']
    return "\n".join("\t\t\t" + x for x in out)


def article(a, other):
    sp = a["speech"]
    page = HEAD + """<div class="container main">
	<div class="crumb"><a href="/">首页</a> / <a href="/gzh/">公众号</a> / <a href="/gzh/@@BIZ@@/">@@ACC@@</a> / 正文</div>
	<div class="col-main">
	<div class="rich_media" id="img-content">
		<h1 class="rich_media_title" id="activity-name">@@TITLE_H@@</h1>
		<div class="rich_media_meta_list" id="meta_content">
			<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="/gzh/@@BIZ@@/" id="js_name">@@ACC@@</a></span>
			<em id="publish_time" class="rich_media_meta rich_media_meta_text">@@TIME@@</em>
			<span class="rich_media_meta reads">阅读 @@READS@@</span>
		</div>
		<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
@@BODY@@
		</div>
		<div class="rich_media_tool">
			<a class="media_tool_meta" href="https://mp.weixin.qq.com/s?__biz=@@BIZ@@==&amp;mid=2247@@ID@@&amp;idx=1&amp;sn=@@SN@@" target="_blank" rel="nofollow">阅读原文</a>
			<span class="tool-fav"><a href="javascript:;" data-id="@@ID@@">收藏</a></span> <span class="tool-report"><a href="/report?aid=@@ID@@" rel="nofollow">举报</a></span>
		</div>
	</div>
	<div class="box related"><h3>相关文章</h3><ul>
		<li><a href="/article/@@OTHER_ID@@.html">@@OTHER_TITLE@@</a></li>
		<li><a href="/article/70544.html">材料写作中“小标题”的十种拟法</a></li>
		<li><a href="/article/69981.html">在全县干部大会上的讲话（范文）</a></li>
	</ul></div>
	</div>
	<div class="col-side">
		<div class="box gzh-card">
			<img class="avatar" src="/static/avatar/@@BIZ@@.jpg" alt="@@ACC@@">
			<h3><a href="/gzh/@@BIZ@@/">@@ACC@@</a></h3>
			<p>微信号：@@WXID@@</p>
			<p class="intro">功能介绍：@@INTRO@@</p>
			<div class="qrcode"><img src="/static/qrcode/@@BIZ@@.jpg" alt="扫码关注"><p>扫码关注公众号</p></div>
		</div>
		<div class="box login-box"><p>登录后可收藏文章、下载Word版</p><a href="/login" rel="nofollow" class="btn">立即登录</a></div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{sp.title} - {ACCOUNT['name']} - 笔杆子公文社区", KEYWORDS=f"{sp.title},公文写作", DESC=sp.paras[1][:80], ACT="on",
                  BIZ=ACCOUNT["biz"], ACC=ACCOUNT["name"], WXID=ACCOUNT["wxid"], INTRO=ACCOUNT["intro"], TITLE_H=sp.title, TIME=a["time"],
                  READS=a["reads"], BODY=wx_body(a, other), ID=a["id"], SN=a["sn"], OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title)


def account_page(rows, n):
    if n == 1:
        pg = f'<div class="pages"><span class="cur">1</span><a href="/gzh/{ACCOUNT["biz"]}/?page=2">2</a><a href="/gzh/{ACCOUNT["biz"]}/?page=2" class="next">下一页</a></div>'
    else:
        pg = f'<div class="pages"><a href="/gzh/{ACCOUNT["biz"]}/" class="prev">上一页</a><a href="/gzh/{ACCOUNT["biz"]}/">1</a><span class="cur">2</span></div>'
    page = HEAD + """<div class="container main">
	<div class="crumb"><a href="/">首页</a> / <a href="/gzh/">公众号</a> / @@ACC@@</div>
	<div class="gzh-head"><img class="avatar" src="/static/avatar/@@BIZ@@.jpg" alt="@@ACC@@"><h1>@@ACC@@</h1><p>微信号：@@WXID@@</p><p>@@INTRO@@</p></div>
	<ul class="article-list">
@@ROWS@@
	</ul>
	@@PG@@
</div>
""" + FOOT
    return render(page, TITLE=f"{ACCOUNT['name']}的文章" + ("" if n == 1 else " - 第2页") + " - 笔杆子公文社区", KEYWORDS=ACCOUNT["name"], DESC=ACCOUNT["intro"],
                  ACT="on", ACC=ACCOUNT["name"], BIZ=ACCOUNT["biz"], WXID=ACCOUNT["wxid"], INTRO=ACCOUNT["intro"], ROWS=rows, PG=pg)


def row(id_, title, date, desc):
    return f'\t\t<li><a class="cover" href="/article/{id_}.html"><img src="/static/cover/{id_}.jpg" alt=""></a><h3><a href="/article/{id_}.html">{title}</a></h3><p>{desc}</p><span class="time">{date}</span></li>'


def build() -> Family:
    fam = Family(HOST, "公文写作 community mirroring 笔杆子 WeChat accounts: rich_media body with the account's preamble and tail around the reposted speech")
    rows = "\n".join(row(a["id"], a["speech"].title, a["date"], a["note"][:40] + "…") for a in ARTS)
    biz = ACCOUNT["biz"]
    fam.put(f"/gzh/{biz}/index.html", account_page(rows, 1))
    rows2 = "\n".join([row(70544, "材料写作中“小标题”的十种拟法", "2024-02-27", "小标题怎么拟？十种方法一次讲清…"),
                       row(69981, "在全县干部大会上的讲话（范文）", "2024-02-19", "干部大会讲话范文一篇…")])
    fam.route(f"/gzh/{biz}/?page=2", f"/gzh/{biz}/page2.html", account_page(rows2, 2))
    home = HEAD + """<div class="container main">
	<div class="box"><h2>今日推荐</h2><ul class="article-list">
@@ROWS@@
	</ul></div>
	<div class="box"><h2>热门公众号</h2><ul class="gzh-list"><li><a href="/gzh/@@BIZ@@/">@@ACC@@</a></li><li><a href="/gzh/MzI3NjQ1ODc2Mw/">公文写作训练营</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="笔杆子公文社区 - 公文写作、讲话稿、材料范文", KEYWORDS="公文写作,讲话稿,笔杆子", DESC="笔杆子公文社区", ACT="", ROWS=rows, BIZ=biz, ACC=ACCOUNT["name"]))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /search\nDisallow: /report\n")
    fam.not_documents += ["/", f"/gzh/{biz}/", f"/gzh/{biz}/?page=2"]
    for i, a in enumerate(ARTS):
        path = f"/article/{a['id']}.html"
        fam.put(path, article(a, ARTS[1 - i]))
        fam.doc([path], a["speech"], published_at=a["date"])
    fam.note = "the body repeats the speech's title as its first bold line; the 编者按 preamble, the 来源/编辑 line, 声明, 往期推荐 and 点个在看 are the account's, not the speech's"
    fam.noise += ["点击上方蓝字关注", "编者按：", "来源：机关写作交流群", "来源：基层党建微刊", "声明：本文仅供学习交流", "往期推荐", "点个在看",
                  "阅读原文", "功能介绍：", "扫码关注公众号", "相关文章", "苏ICP备20031588号-1"]
    return fam
