"""范文之家-like 范文 site on PHPOK 4.x (default www template, customised): GBK bytes served with a header
that says `charset=utf-8` and a `<meta http-equiv … charset=gb2312>` in the page; PHPOK's dynamic
addresses (`index.php?id=fanwen`, `index.php?id=fanwen&cate=jianghua&pageid=2`, articles
`index.php?id=1437`) as query routes; `header` with `nav.top` (登录 | 注册) and `nav.menu` dl/dt/dd menu,
`ol.breadcrumb` (您现在的位置：首页 / 项目 / 分类 / title), the left column (分类, 联系我们, 热门范文),
`news_detail` with `h2`, `news-extra-area` (发布日期：2023年12月25日 / 浏览次数 / 关键字), text in `div.d_txt`,
then the site's `d_page` 上一篇： / 下一篇： block (没有了 at the end) and a 相关范文 list under the text,
the guest comment block (`block_comment`: 发表评论 / 验证码), footer nav, copyright with the ICP line, the
`debug` 运行时间 line and the QQ `im_floatonline` box; listing `news_list` rows (`n-txt` excerpt + [查看更多])
with PHPOK's `pagelist` (共N条 / 首页 / 上一页 / 1 2 / 下一页 / 尾页)."""

from common import SPEECHES, Family, render

HOST = "www.fanwenzhijia-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<title>@@TITLE@@</title>
	<meta name="keywords" content="@@KEYWORDS@@" />
	<meta name="description" content="@@DESC@@" />
	<meta name="author" content="phpok.com" />
	<link rel="stylesheet" type="text/css" href="css/css.php?type=www&amp;file=tpl/www/css/style.css,artdialog.css" />
	<script type="text/javascript" src="js/?ext=jquery.artdialog.js&amp;_noCache=0.41327"></script>
	<script type="text/javascript" src="tpl/www/js/global.js"></script>
</head>
<body>
<header>
	<div class="top">
		<div class="logo"><a href="index.php" title="范文之家"><img src="res/201905/logo.png" alt="范文之家" /></a></div>
		<div class="right">
			<nav class="top">
				<a href="index.php?c=login">登录</a> | <a href="index.php?c=register">注册</a>
				<span id="top_html_user_login"></span>
			</nav>
			<form method="post" action="index.php?c=search" onsubmit="return top_search();">
				<input name="keywords" value="" id="top-keywords" type="text" class="input" placeholder="请输入关键字" />
				<input name="" type="submit" class="btn" value="" />
			</form>
		</div>
	</div>
	<nav class="menu">
	<ul>
		<li@@HOME_CUR@@>
			<dl>
				<dt><a href="index.php" title="网站首页" target="_self">网站首页</a></dt>
			</dl>
		</li>
		<li@@FW_CUR@@>
			<dl>
				<dt class="arrow"><a href="index.php?id=fanwen" title="范文大全" target="_self">范文大全</a></dt>
				<dd><a href="index.php?id=fanwen&amp;cate=jianghua" title="讲话发言" target="_self">讲话发言</a></dd>
				<dd><a href="index.php?id=fanwen&amp;cate=shuzhi" title="述职报告" target="_self">述职报告</a></dd>
				<dd><a href="index.php?id=fanwen&amp;cate=zongjie" title="工作总结" target="_self">工作总结</a></dd>
			</dl>
		</li>
		<li>
			<dl>
				<dt><a href="index.php?id=xindetihui" title="心得体会" target="_self">心得体会</a></dt>
			</dl>
		</li>
		<li>
			<dl>
				<dt><a href="index.php?id=about" title="关于我们" target="_self">关于我们</a></dt>
			</dl>
		</li>
	</ul>
	</nav>
</header>
"""

FOOT = """<div class="foot">
	<div class="copyright">
		<a href="index.php?id=about" title="关于我们" target="_self">关于我们</a>
		 | 
		<a href="index.php?id=contact" title="联系我们" target="_self">联系我们</a>
		 | 
		<a href="index.php?id=disclaimer" title="免责声明" target="_self">免责声明</a>
		<br />
		Copyright &copy; 2016-2024 范文之家 版权所有 本站范文来自网友投稿，仅供参考 <a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备16004127号</a>
		<div class="debug">运行 0.0418 秒，内存使用 2.73 MB，数据库执行 23 次</div>
	</div>
</div>
<div id="right-float-box" class="im_floatonline">
	<div class="float-box-content">
		<div class="toptitle">在线客服</div>
		<div class="addlist">
			<ul>
				<li>投稿咨询<br /><a target="_blank" href="http://wpa.qq.com/msgrd?v=3&uin=1732956048&site=qq&menu=yes"><img border="0" src="http://wpa.qq.com/pa?p=2:1732956048:51" alt="点击这里给我发消息" title="点击这里给我发消息"/></a></li>
			</ul>
		</div>
	</div>
</div>
<script type="text/javascript">
$(document).ready(function(){
	//window.setTimeout(function(){
	//	$.phpok.json(api_url('task'),function(rs){return true;});
	//}, 2000);
});
</script>
</body>
</html>
"""

LEFT = """	<div class="left">
		<div class="pfw">
			<div class="title"><h3>范文大全</h3></div>
			<ul class="catelist">
				<li><a href="index.php?id=fanwen&amp;cate=jianghua" title="讲话发言"@@JH_CUR@@>讲话发言</a></li>
				<li><a href="index.php?id=fanwen&amp;cate=shuzhi" title="述职报告">述职报告</a></li>
				<li><a href="index.php?id=fanwen&amp;cate=zongjie" title="工作总结">工作总结</a></li>
			</ul>
		</div>
		<div class="pfw">
			<div class="title"><h3>联系我们</h3></div>
			<div class="contact">投稿邮箱：tougao@fanwenzhijia-like.test<br />QQ：1732956048</div>
		</div>
		<div class="pfw">
			<div class="title"><h3>热门范文</h3></div>
			<ul class="hot">
				<li><a href="index.php?id=1398" title="2023年度民主生活会个人对照检查材料">2023年度民主生活会个人对照检查材料</a></li>
				<li><a href="index.php?id=1402" title="村党支部书记年终述职报告">村党支部书记年终述职报告</a></li>
				<li><a href="index.php?id=1451" title="在全县春节团拜会上的致辞">在全县春节团拜会上的致辞</a></li>
			</ul>
		</div>
	</div>
"""

DOCS = [
    {"speech": SPEECHES["f53a-5"], "id": 1437, "cate": ("shuzhi", "述职报告"), "date": "2023年12月25日", "iso": "2023-12-25", "hits": 2861,
     "tags": ["第一书记", "述职报告", "驻村工作"]},
    {"speech": SPEECHES["f53a-6"], "id": 1526, "cate": ("jianghua", "讲话发言"), "date": "2024年05月06日", "iso": "2024-05-06", "hits": 1174,
     "tags": ["五四", "青年干部", "座谈会发言"]},
]

RELATED = [
    (1402, "村党支部书记年终述职报告"),
    (1389, "驻村工作队队员个人工作总结"),
    (1519, "在青年干部培训班结业式上的讲话"),
]


def article(d, prev, nxt):
    s = d["speech"]
    body = "\n".join(f"<p>　　{p}</p>" for p in s.paras)
    tags = "\n\t\t\t\t\t".join(f'<a href="index.php?c=tag&amp;title={t}" title="{t}" target="_self">{t}</a>' for t in d["tags"])
    prev_html = f'<a href="index.php?id={prev["id"]}" title="{prev["speech"].title}">{prev["speech"].title}</a>' if prev else "没有了"
    next_html = f'<a href="index.php?id={nxt["id"]}" title="{nxt["speech"].title}">{nxt["speech"].title}</a>' if nxt else "没有了"
    rel = [(o["id"], o["speech"].title) for o in DOCS if o is not d] + RELATED
    rel_html = "\n".join(f'\t\t\t\t<li><a href="index.php?id={i}" title="{t}">{t}</a></li>' for i, t in rel)
    page = HEAD + """<div class="main">
	<ol class="breadcrumb">
		<li>您现在的位置：<a href="index.php" title="范文之家">首页</a></li>
		<li><a href="index.php?id=fanwen" title="范文大全">范文大全</a></li>
		<li><a href="index.php?id=fanwen&amp;cate=@@CATE@@" title="@@CATENAME@@">@@CATENAME@@</a></li>
		<li>@@H@@</li>
	</ol>
""" + LEFT + """	<div class="right">
		<div class="news_detail">
			<h2>@@H@@</h2>
			<div class="news-extra-area">
				发布日期：<span>@@DATE@@</span>&nbsp;&nbsp;&nbsp;
				浏览次数：<span id="lblVisits">@@HITS@@</span>
				&nbsp;&nbsp;&nbsp;关键字：
					@@TAGS@@
			</div>
			<div class="d_txt">@@BODY@@</div>
			<div class="d_page">
				<p>上一篇：
					@@PREV@@
				</p>
				<p>下一篇：
					@@NEXT@@
				</p>
			</div>
			<div class="related">
				<div class="title"><h3>相关范文</h3></div>
				<ul>
@@REL@@
				</ul>
			</div>
		</div>
		<div class="comment">
			<div class="title"><h3>网友评论</h3></div>
			<div class="clist">暂无评论</div>
			<form method="post" id="comment-post" onsubmit="return $.comment.post()">
			<input type="hidden" name="tid" id="tid" value="@@ID@@" />
			<div class="table"><textarea name="comment" id="comment" placeholder="发表评论"></textarea></div>
			<div class="table">验证码：<input type="text" name="_chkcode" id="_chkcode" class="vcode" /> <img src="" border="0" align="absmiddle" id="update_vcode" class="hand"></div>
			<div class="table"><input type="submit" value=" 提交评论 " class="submit" /></div>
			</form>
		</div>
	</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{s.title} - {d['cate'][1]} - 范文大全 - 范文之家", KEYWORDS=",".join(d["tags"]), DESC=s.paras[1][:80],
                  HOME_CUR="", FW_CUR=' class="current"', JH_CUR=' class="on"' if d["cate"][0] == "jianghua" else "",
                  CATE=d["cate"][0], CATENAME=d["cate"][1], H=s.title, DATE=d["date"], HITS=d["hits"], TAGS=tags,
                  BODY=body, PREV=prev_html, NEXT=next_html, REL=rel_html, ID=d["id"])


def row(i, title, note):
    return f"""			<li>
				<h3><a href="index.php?id={i}" title="{title}">{title}</a></h3>
				<div class="n-txt">
					{note}
					<span class="more">[<a href="index.php?id={i}" title="查看{title}详细信息">查看更多</a>]</span>
				</div>
			</li>"""


def pagelist(n, base):
    if n == 1:
        return f'<div class="pagelist"><ul><li><a href="javascript:;">共13条</a></li><li class="current"><a href="javascript:;">1</a></li><li><a href="{base}&amp;pageid=2">2</a></li><li><a href="{base}&amp;pageid=2">下一页</a></li><li><a href="{base}&amp;pageid=2">尾页</a></li></ul></div>'
    return f'<div class="pagelist"><ul><li><a href="javascript:;">共13条</a></li><li><a href="{base}">首页</a></li><li><a href="{base}">上一页</a></li><li><a href="{base}">1</a></li><li class="current"><a href="javascript:;">2</a></li></ul></div>'


def listing(rows, n):
    base = "index.php?id=fanwen"
    page = HEAD + """<div class="main">
	<ol class="breadcrumb">
		<li>您现在的位置：<a href="index.php" title="范文之家">首页</a></li>
		<li><a href="index.php?id=fanwen" title="范文大全">范文大全</a></li>
	</ol>
""" + LEFT + """	<div class="right">
		<ul class="news_list">
@@ROWS@@
		</ul>
		@@PAGER@@
	</div>
</div>

""" + FOOT
    return render(page, TITLE="范文大全 - 范文之家", KEYWORDS="范文,讲话稿,述职报告", DESC="范文之家范文大全", HOME_CUR="", FW_CUR=' class="current"',
                  JH_CUR="", ROWS=rows, PAGER=pagelist(n, base))


def build() -> Family:
    fam = Family(HOST, "范文 site on PHPOK 4.x: GBK bytes, header charset=utf-8 (wrong), meta gb2312; d_page 上一篇/下一篇, 相关范文",
                 encoding="gbk", content_type="text/html; charset=utf-8")
    d1, d2 = DOCS
    r1 = row(d1["id"], d1["speech"].title, d1["speech"].paras[1][:110] + "…")
    r2 = row(d2["id"], d2["speech"].title, d2["speech"].paras[1][:110] + "…")
    fill1 = [row(1519, "在青年干部培训班结业式上的讲话", "同志们：为期一个月的青年干部培训班今天就要结业了……"),
             row(1451, "在全县春节团拜会上的致辞", "同志们、朋友们：岁序更替，华章日新……")]
    fill2 = [row(1402, "村党支部书记年终述职报告", "一年来，在镇党委的正确领导下……"),
             row(1398, "2023年度民主生活会个人对照检查材料", "按照这次民主生活会的要求……"),
             row(1389, "驻村工作队队员个人工作总结", "自驻村以来，我始终牢记组织嘱托……")]
    fam.route("/index.php?id=fanwen", "/q/fanwen.html", listing("\n".join([r2, fill1[0], fill1[1], r1]), 1))
    fam.route("/index.php?id=fanwen&pageid=2", "/q/fanwen_p2.html", listing("\n".join(fill2), 2))
    home = HEAD + """<div class="main">
	<div class="banner"><img src="res/201905/banner.jpg" width="980" alt="范文之家" /></div>
	<div class="index-box">
		<div class="title"><h3>最新范文</h3><a href="index.php?id=fanwen" class="more">更多&gt;&gt;</a></div>
		<ul class="newlist">
@@ROWS@@
		</ul>
	</div>
	<div class="index-box">
		<div class="title"><h3>网站公告</h3></div>
		<div class="notice">本站所有范文均来自网友投稿或网络整理，仅供学习参考，请勿照搬照抄。</div>
	</div>
</div>
""" + FOOT
    rows = "\n".join(f'\t\t\t<li><span class="date">{d["iso"][5:]}</span><a href="index.php?id={d["id"]}" title="{d["speech"].title}">{d["speech"].title}</a></li>' for d in (d2, d1))
    home_html = render(home, TITLE="范文之家 - 讲话稿、述职报告、工作总结范文大全", KEYWORDS="范文,讲话稿,述职报告,工作总结", DESC="范文之家提供各类范文参考",
                       HOME_CUR=' class="current"', FW_CUR="", ROWS=rows)
    fam.put("/index.html", home_html)
    fam.route("/index.php", "/q/index.html", home_html)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /data/\nDisallow: /framework/\nDisallow: /index.php?c=login\nDisallow: /index.php?c=register\n")
    order = [d1, d2]  # d1 older
    for k, d in enumerate(order):
        prev = order[k - 1] if k > 0 else None
        nxt = order[k + 1] if k + 1 < len(order) else None
        fam.route(f"/index.php?id={d['id']}", f"/q/{d['id']}.html", article(d, prev, nxt))
        fam.doc([f"/index.php?id={d['id']}"], d["speech"], published_at=d["iso"])
    fam.not_documents += ["/", "/index.php?id=fanwen", "/index.php?id=fanwen&pageid=2"]
    fam.noise += ["发布日期：", "浏览次数：", "上一篇：", "下一篇：", "没有了", "相关范文", "查看更多", "赣ICP备16004127号", "运行 0.0418 秒", "提交评论", "热门范文"]
    fam.note = ("GBK bytes under a header saying charset=utf-8 (wrong) and a meta saying gb2312 (right enough: the bytes are GBK); "
                "PHPOK's dynamic index.php?id= addresses are query routes; published_at is the 发布日期")
    return fam
