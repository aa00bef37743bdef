"""一起范文网-like 范文 / 讲话稿 site on SDCMS 2.x (default `ui-` theme, PHP, UTF-8): the theme's
`ui-bread` crumb, `artshow` with `art-title` h1 and `art-info` (author face, date, `<code>` views), to
which the site added a `本文共N字` counter; `art-body` holding `{$content}` between the theme's
`<!--内容部分开始-->` / `<!--内容部分结束-->` markers, the long speech cut by SDCMS's content pager
(`ui-page center mid` list: 上一页 1 2 3 下一页) into `/jianghua/1865.html`, `_2.html`, `_3.html`;
under the text the site's 复制本文 / 举报 / 收藏 bar and a copy notice; tag buttons, `prenext` rings
(上一篇 / 下一篇), the login-only comment box, the right column (栏目, 随机推荐, 相关内容) and the
`ui-sidebar` QQ / 返回顶部 tools; listing `/jianghua/` + `/jianghua/list-2.html` (`temp-list-item`
cards with the theme's 推荐 ring and 免费 / VIP labels)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.yiqifanwen-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/theme/default/css/ui.css">
<link rel="stylesheet" href="/theme/default/css/cms.css">
<script src="/public/js/jquery.js"></script>
<script src="/public/js/ui.js"></script>
<script src="/theme/default/js/cms.js"></script>
</head>
<body>
	<div class="header-wrap ui-fixed-tops">
		<div class="header">
			<div class="header-left">
				<div class="logo"><a href="/" title="一起范文网"><img src="/upfile/2022/03/logo.png" alt="一起范文网"></a></div>
				<div class="ui-nav nav">
					<ul>
						<li@@HOME_ACT@@><a href="/">首页</a></li>
						<li@@CAT_ACT@@><a href="/jianghua/">讲话稿</a>
							<ul>
							<li><a href="/jianghua/lingdao/">领导讲话</a></li>
							<li><a href="/jianghua/huiyi/">会议讲话</a></li>
							<li><a href="/jianghua/kaimu/">开幕致辞</a></li>
							</ul>
						</li>
						<li><a href="/fayan/">发言稿</a>
							<ul>
							<li><a href="/fayan/biaotai/">表态发言</a></li>
							<li><a href="/fayan/zuotan/">座谈发言</a></li>
							</ul>
						</li>
						<li><a href="/zongjie/">工作总结</a></li>
						<li><a href="/shuzhi/">述职报告</a></li>
						<li><a href="/xindetihui/">心得体会</a></li>
					</ul>
				</div>
			</div>
			<div class="header-right">
				<div class="toplink">
					<a href="http://m.yiqifanwen-like.test" target="_blank"><i class="ui-icon-mobile"></i>手机站</a>
				</div>
				<div class="nologin">
					<a href="/login.html">登录</a><a href="/reg.html" class="active">免费注册</a>
				</div>
			</div>
		</div>
	</div>
"""

FOOT = """<div class="footer">
	<div class="copyright">
		<div class="copyright-body">
			<div>一起范文网版权所有 © 2024 Inc.　<a href="/sitemap.html">网站地图</a>　<a href="/label.html">Tags标签</a></div>
			<div><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">皖ICP备19027714号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34012302000915" target="_blank" rel="nofollow"><img src="/public/images/ga.png" class="ui-mr-sm" title="公安备案">皖公网安备 34012302000915号</a>　<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?1f7c3a9e5b0d2c4e6f8a1b3d5c7e9f02";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script></div>
		</div>
	</div>
</div>

<div class="ui-sidebar">
	<ul>
		<li><a href="javascript:addqq('2851736409')" title="投稿咨询" rel="nofollow"><i class="ui-icon-qq"></i></a><div>投稿咨询</div></li>
		<li><a href="javascript:;" title="微信扫码" rel="nofollow"><i class="ui-icon-weixin"></i><div class="image"><img src="/upfile/2022/03/wx.jpg" title="微信扫码" />使用【微信】扫一扫加好友</div></a></li>
		<li class="ui-backtop"><a href="javascript:;" title="返回顶部" rel="nofollow"><i class="ui-icon-top"></i></a><div>返回顶部</div></li>
	</ul>
</div>
<script src="/plug/copy/copy.js"></script>
"""

DOCS = [
    {"speech": SPEECHES["f53a-1"], "id": 1865, "parts": 3, "time": "2023-10-28 09:14", "hits": 3172, "love": 46,
     "tags": ["森林防火", "讲话稿", "应急管理"], "user": "青山编辑"},
    {"speech": SPEECHES["f53a-2"], "id": 2207, "parts": 1, "time": "2024-08-20 16:41", "hits": 958, "love": 12,
     "tags": ["教师培训", "开班仪式", "教育"], "user": "范文小编"},
]


def show_url(d, n=1):
    return f"/jianghua/{d['id']}.html" if n == 1 else f"/jianghua/{d['id']}_{n}.html"


def pagelist(d, n):
    items = []
    items.append(f'<li><a href="{show_url(d, n - 1)}">上一页</a></li>' if n > 1 else '<li class="disabled"><a href="javascript:;">上一页</a></li>')
    for k in range(1, d["parts"] + 1):
        items.append(f'<li class="active"><a href="javascript:;">{k}</a></li>' if k == n else f'<li><a href="{show_url(d, k)}">{k}</a></li>')
    items.append(f'<li><a href="{show_url(d, n + 1)}">下一页</a></li>' if n < d["parts"] else '<li class="disabled"><a href="javascript:;">下一页</a></li>')
    return "".join(items)


def show_page(d, other, n, runs):
    s = d["speech"]
    body = "\n".join(f"<p>　　{p}</p>" for p in runs[n - 1])
    pg = f'\n                        <div class="ui-page center mid"><ul>{pagelist(d, n)}</ul></div>' if d["parts"] > 1 else ""
    tags = "\n".join(f'                        <a href="/tags/{t}/" title="{t}" target="_blank" class="ui-btn color-red ui-mr-sm">{t}</a>' for t in d["tags"])
    nice = '<div class="ui-ring left red small"><span>推荐</span></div>' if d["parts"] > 1 else ""
    pre = f'<a href="{show_url(other)}" title="{other["speech"].title}">{other["speech"].title}</a>'
    page = HEAD + """
    <div class="width ui-mt-20">

    	<div class="ui-bread ui-mb-20">
            <ul>
                <li><a href="/" title="首页">首页</a></li>
                <li><a href="/jianghua/" title="讲话稿">讲话稿</a></li>
                <li><a href="/jianghua/huiyi/" title="会议讲话">会议讲话</a></li>
            </ul>
        </div>

        <div class="tempshow">
        	<div class="tempshow-left">
            	<!---->
                <div class="artshow">
                	@@NICE@@
                    <div class="art-title">
                    	<h1>@@H1@@</h1>
                    </div>
                    <div class="art-info">
                    	<div class="art-info-left">
                            <div class="user"><img src="/upfile/noface.jpg"></div>
                            <div class="info"><a href="/center/3.html">@@USER@@</a><span>@@TIME@@　<code>@@HITS@@</code> 浏览　<em class="wordnum">本文共@@WORDS@@字</em></span></div>
                        </div>
                        <div class="art-info-right">
                            <div class="ui-btn-group yellow ui-mt-20">
                                <span class="ui-btn-group-item ui-cursor ui-like" data-active="active" data-url="/like/@@ID@@.html"><i class="ui-icon-like ui-mr-sm"></i>点赞<span>@@LOVE@@</span></span>
                                <span class="ui-btn-group-item ui-cursor ui-love" data-url="/love/@@ID@@.html" data-data="token=7d1e0a5c93b24f68"><i class="ui-icon-star ui-mr-sm"></i>收藏</span>
                            </div>
                        </div>
                    </div>

                    <div class="art-body">
                    	<!---->
                        <!--内容部分开始-->
@@BODY@@@@PAGER@@
                        <!--内容部分结束-->
                        <div class="art-tool">
                            <a href="javascript:;" class="ui-btn blue small copy-all" data-clipboard-target=".art-body"><i class="ui-icon-copy ui-mr-sm"></i>复制本文</a>
                            <a href="javascript:;" class="ui-btn gray small" onclick="window.print();"><i class="ui-icon-printer ui-mr-sm"></i>打印</a>
                            <a href="/report/@@ID@@.html" class="ui-btn gray small" rel="nofollow"><i class="ui-icon-warning ui-mr-sm"></i>举报</a>
                        </div>
                        <div class="art-copy ui-text-gray ui-font-13">本站文章均由网友投稿或整理于网络，仅供学习参考，复制本文请注明来源：一起范文网。如有侵权，请点击举报，我们将在24小时内处理。</div>
                    	<!---->
                    </div>

                    <div class="ui-mt-30">
@@TAGS@@
                    </div>

              	</div>

                <div class="prenext">
                	<div class="prenext-item">
                    	<div class="temp-box">
                        <div class="ui-ring yellow left little"><span>上一篇</span></div>
                        <div class="ui-text-hide ui-pl-30">@@PRE@@</div>
                        </div>
                    </div>

                    <div class="prenext-item">
                    	<div class="temp-box">
                        <div class="ui-ring yellow little"><span>下一篇</span></div>
                        <div class="ui-text-hide"><a href="/jianghua/2212.html" title="在全镇防汛工作会议上的讲话">在全镇防汛工作会议上的讲话</a></div>
                        </div>
                    </div>
                </div>

                <div class="temp-box ui-mt-30 offside-comment">
                	<div class="temp-name">评论<a href="/comment/@@ID@@.html"><span>0</span>评论</a></div>
                    <div class="comment-post">
                    	<div class="comment-post-face"><img src="/upfile/noface.jpg" alt="游客"></div>
                        <div class="comment-post-body">
                        	<div class="comment-post-body-wrap">
                                <div class="comment-post-body-area"><textarea placeholder="说两句" readonly></textarea></div>
                                <div class="comment-post-login"><a href="/login.html">登陆</a></div>
                            </div>
                        </div>
                    </div>
                    <script src="/theme/default/js/comment.js"></script>
                </div>

                <!---->
            </div>

            <div class="tempshow-right">
            	<div class="temp-box">
                	<div class="temp-name">讲话稿</div>
                    <div class="ui-fold">
                        <div class="ui-fold-menu active">
                            <a href="/jianghua/">讲话稿</a>
                        </div>
                        <div class="ui-fold-menu">
                            <a href="/jianghua/lingdao/" title="领导讲话">领导讲话</a>
                        </div>
                        <div class="ui-fold-menu  active">
                            <a href="/jianghua/huiyi/" title="会议讲话">会议讲话</a>
                        </div>
                        <div class="ui-fold-menu">
                            <a href="/jianghua/kaimu/" title="开幕致辞">开幕致辞</a>
                        </div>
                    </div>
                </div>

                <div class="temp-box ui-mt-30">
                	<div class="temp-name">随机推荐</div>
                    <ul class="artlist">
                    	<li><a href="/zongjie/1733.html" title="2023年社区网格员个人工作总结"><em>01</em>2023年社区网格员个人工作总结</a></li>
                    	<li><a href="/xindetihui/1908.html" title="参观红色教育基地心得体会"><em>02</em>参观红色教育基地心得体会</a></li>
                    	<li><a href="/shuzhi/1551.html" title="村党支部书记抓基层党建述职报告"><em>03</em>村党支部书记抓基层党建述职报告</a></li>
                    </ul>
                </div>

                <div class="temp-box ui-mt-30">
                	<div class="temp-name">相关内容</div>
                    <ul class="artlist">
                    	<li><a href="@@OTHER_URL@@" title="@@OTHER_TITLE@@"><em>01</em>@@OTHER_TITLE@@</a></li>
                    	<li><a href="/jianghua/1790.html" title="在安全生产月启动仪式上的讲话"><em>02</em>在安全生产月启动仪式上的讲话</a></li>
                    </ul>
                </div>

            </div>

        </div>

    </div>
""" + FOOT + """
</body>
</html>
"""
    title = s.title if n == 1 else f"{s.title}(第{n}页)"
    return render(page, TITLE=f"{title}_讲话稿_一起范文网", KEYWORDS=",".join(d["tags"]), DESC=s.paras[1][:80],
                  HOME_ACT="", CAT_ACT=' class="active"', NICE=nice, H1=s.title, USER=d["user"], TIME=d["time"],
                  HITS=d["hits"], WORDS=s.chars(), ID=d["id"], LOVE=d["love"], BODY=body, PAGER=pg, TAGS=tags,
                  PRE=pre, OTHER_URL=show_url(other), OTHER_TITLE=other["speech"].title)


CARD = """            	<div class="temp-list-item">
                	@@NICE@@
                	<div class="temp-list-box">
                    	<div class="item-image">
                        	<a href="@@URL@@" title="@@T@@"><svg width="100%" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid slice" focusable="false" role="img"><rect width="100%" height="100%" fill="#F8FBFF" /><text x="50%" y="50%" fill="#666666" dy=".3em">暂无图片</text></svg></a>
                        </div>
                        <div class="item-text">
                        	<a href="@@URL@@" title="@@T@@" class="ui-text-hide">@@T@@</a>
                            <p class="ui-text-hide-2">@@INTRO@@</p>
                        </div>
                        <div class="item-footer">
                        	<div class="user"><img src="/upfile/noface.jpg" title="@@USER@@">@@USER@@</div>
                            <div class="info"><em>@@PAY@@</em></div>
                        </div>
                    </div>
                </div>
"""

FILLER = [
    ("/jianghua/2212.html", "在全镇防汛工作会议上的讲话", "汛期将至，全镇防汛工作进入关键阶段……", "VIP"),
    ("/jianghua/2198.html", "在全县招商引资工作推进会上的讲话", "招商引资是经济工作的生命线……", "免费"),
    ("/jianghua/1790.html", "在安全生产月启动仪式上的讲话", "今年6月是全国第二十三个安全生产月……", "免费"),
    ("/jianghua/1702.html", "在春季开学工作会议上的讲话", "新学期开学在即，我们召开这次会议……", "VIP"),
]


def listing(cards, page_no):
    pager = ('<li class="disabled"><a href="javascript:;">上一页</a></li><li class="active"><a href="javascript:;">1</a></li><li><a href="/jianghua/list-2.html">2</a></li><li><a href="/jianghua/list-2.html">下一页</a></li><li><a href="/jianghua/list-2.html">尾页</a></li>'
             if page_no == 1 else
             '<li><a href="/jianghua/">首页</a></li><li><a href="/jianghua/">上一页</a></li><li><a href="/jianghua/">1</a></li><li class="active"><a href="javascript:;">2</a></li><li class="disabled"><a href="javascript:;">下一页</a></li>')
    page = HEAD + """
    <div class="width ui-mt-20">
    	<div class="ui-bread">
            <ul>
                <li><a href="/" title="首页">首页</a></li>
                <li><a href="/jianghua/" title="讲话稿">讲话稿</a></li>
            </ul>
        </div>

        <div class="ui-filter">
        	<div class="ui-row">
                <div class="ui-filter-left"><span>分类</span></div>
                <div class="ui-filter-right">
                    <a href="/jianghua/"  class="active">全部</a>
                    <a href="/jianghua/lingdao/">领导讲话</a>
                    <a href="/jianghua/huiyi/">会议讲话</a>
                    <a href="/jianghua/kaimu/">开幕致辞</a>
                </div>
            </div>
        </div>

        <!---->
        <div class="temp-list pro-lists">
        	<div class="temp-list-wrap">
@@CARDS@@            </div>
        </div>
        <!---->

        <!--分页开始-->
        <div class="ui-page mid center ui-mb-20">
            <ul>@@PAGER@@</ul>
        </div>
        <!--分页结束-->

    </div>
""" + FOOT + "\n</body>\n</html>\n"
    return render(page, TITLE="讲话稿_一起范文网" if page_no == 1 else "讲话稿_第2页_一起范文网", KEYWORDS="讲话稿,领导讲话,会议讲话",
                  DESC="一起范文网讲话稿频道", HOME_ACT="", CAT_ACT=' class="active"', CARDS=cards, PAGER=pager)


def card(url, title, intro, pay, nice=False, user="范文小编"):
    return render(CARD, NICE='<div class="ui-ring left green small"><span>推荐</span></div>' if nice else "", URL=url, T=title,
                  INTRO=intro, USER=user, PAY=pay)


def build() -> Family:
    fam = Family(HOST, "范文 / 讲话稿 site on SDCMS 2.x (default ui- theme): content pager ui-page, 本文共N字, 复制本文 / 举报 bar")
    d1, d2 = DOCS
    c1 = card(show_url(d1), d1["speech"].title, d1["speech"].paras[1][:40] + "……", "免费", nice=True, user=d1["user"])
    c2 = card(show_url(d2), d2["speech"].title, d2["speech"].paras[1][:40] + "……", "免费", user=d2["user"])
    fam.put("/jianghua/index.html", listing(c2 + FILLER_CARDS(0) + c1, 1))
    fam.put("/jianghua/list-2.html", listing(FILLER_CARDS(1), 2))
    home = HEAD + """
    <div class="width ui-mt-20">
        <div class="ui-row">
            <div class="ui-col-8">
                <div class="temp-box">
                    <div class="temp-name">最新讲话稿<a href="/jianghua/">更多</a></div>
                    <ul class="artlist">
@@ROWS@@
                    </ul>
                </div>
            </div>
            <div class="ui-col-4">
                <div class="temp-box">
                    <div class="temp-name">网站公告</div>
                    <div class="notice">本站所有范文仅供参考，请勿直接照搬使用。投稿请联系QQ：2851736409</div>
                </div>
            </div>
        </div>
    </div>
""" + FOOT + "\n</body>\n</html>\n"
    rows = "\n".join(f'                    \t<li><a href="{show_url(d)}" title="{d["speech"].title}"><em>0{i + 1}</em>{d["speech"].title}</a><span>{d["time"][:10]}</span></li>'
                     for i, d in enumerate([d2, d1]))
    rows += "\n" + "\n".join(f'                    \t<li><a href="{u}" title="{t}"><em>0{i + 3}</em>{t}</a></li>' for i, (u, t, _, _) in enumerate(FILLER[:2]))
    fam.put("/", render(home, TITLE="一起范文网_讲话稿_发言稿_工作总结范文大全", KEYWORDS="讲话稿,发言稿,范文", DESC="一起范文网提供讲话稿、发言稿、工作总结等范文参考",
                        HOME_ACT=' class="active"', CAT_ACT="", ROWS=rows))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.html\nDisallow: /reg.html\nDisallow: /report/\nDisallow: /like/\nDisallow: /love/\n")
    for i, d in enumerate(DOCS):
        runs = split_paras(d["speech"].paras, d["parts"]) if d["parts"] > 1 else [list(d["speech"].paras)]
        pages = []
        for n in range(1, d["parts"] + 1):
            fam.put(show_url(d, n), show_page(d, DOCS[1 - i], n, runs))
            pages.append(show_url(d, n))
            if n > 1:
                fam.not_documents.append(show_url(d, n))
        fam.doc(pages, d["speech"], published_at=d["time"][:10])
    fam.not_documents += ["/", "/jianghua/", "/jianghua/list-2.html"]
    fam.noise += ["本文共", "复制本文", "举报", "本站文章均由网友投稿或整理于网络", "随机推荐", "相关内容", "皖ICP备19027714号-1", "上一页", "下一页", "说两句"]
    fam.note = ("published_at is the posting date in art-info (the only date the page shows); the 森林防火 speech runs over "
                "/jianghua/1865.html, 1865_2.html and 1865_3.html through SDCMS's content pager")
    return fam


def FILLER_CARDS(page):
    part = FILLER[:2] if page == 0 else FILLER[2:]
    return "".join(card(u, t, i, p) for u, t, i, p in part)
