"""公文素材库-like resource site on WordPress 6.4 with the 子比 (Zibll) theme 7.x (zh_CN, UTF-8): posts at
`/N.html`; Zibll's header (`header-layout-1`, `navbar-top`), `ul.breadcrumb` (fa-map-marker 首页 › 分类 ›
正文), `article.article.main-bg` with `h1.article-title` and the `article-avatar` user-info line
(author, `发布于` time, views), the text in `div.article-content > div.theme-box.wp-posts-content`;
one speech whole, followed by Zibll's 版权声明 (`posts-copyright`), tags and the `post-actions` 点赞 /
收藏 / 分享 bar; the other stops after five paragraphs at the `[hidecontent type="payshow"]` box
(`hidden-box` 此处内容已隐藏，请付费后查看) with the `#posts-pay` 付费阅读 card (￥ price, original price,
已售, 登录购买 / 立即购买 buttons, 开通会员免费阅读) → truncated; `article-nav` 上一篇 / 下一篇, 相关推荐
(`relates`), the 评论 box for guests (登录后才能评论), Zibll sidebar (author card, 热门文章), float
buttons, footer with ICP; home `/` and `/page/2` (`posts-item list` cards, `theme-pagination ajax-pag`
加载更多内容; not documents); robots → `wp-sitemap.xml` → `wp-sitemap-posts-post-1.xml`."""

from common import SPEECHES, Family, render

HOST = "www.gongwensucai-like.test"
SITE = "公文素材库"

HEAD = """<!DOCTYPE HTML>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<link rel="dns-prefetch" href="//apps.bdimg.com">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=0.0, user-scalable=no">
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
@@CANON@@<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='_bootstrap-css' href='/wp-content/themes/zibll/css/bootstrap.min.css?ver=7.5.1' type='text/css' media='all' />
<link rel='stylesheet' id='_fontawesome-css' href='/wp-content/themes/zibll/css/font-awesome.min.css?ver=7.5.1' type='text/css' media='all' />
<link rel='stylesheet' id='_main-css' href='/wp-content/themes/zibll/css/main.min.css?ver=7.5.1' type='text/css' media='all' />
<script type='text/javascript' src='/wp-content/themes/zibll/js/libs/jquery.min.js?ver=7.5.1' id='jquery-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='shortcut icon' href='/wp-content/uploads/2023/02/favicon.png'>
<style class='zib-color-css'>:root{--theme-color:#f04494;--focus-shadow-color:rgba(240,68,148,.4);--focus-color-opacity1:rgba(240,68,148,.1);}</style>
</head>
<body class="@@BODY_CLASS@@ white-theme nav-fixed site-layout-2">
<header class="header header-layout-1">
	<nav class="navbar navbar-top center">
		<div class="container-fluid container-header">
			<div class="navbar-header">
				<div class="navbar-brand"><a class="navbar-logo" href="/"><img src="/wp-content/uploads/2023/02/logo.png" switch-src="/wp-content/uploads/2023/02/logo-dark.png" alt="公文素材库 - 讲话稿发言稿材料分享" height="50"></a></div>
				<button type="button" data-toggle-class="mobile-navbar-show" data-target="body" class="navbar-toggle"><i class="em12 css-icon i-menu"><i></i></i></button>
			</div>
			<div class="collapse navbar-collapse">
				<ul class="nav navbar-nav">
					<li class="menu-item"><a href="/">首页</a></li>
					<li class="menu-item"><a href="/category/jianghua">讲话致辞</a></li>
					<li class="menu-item"><a href="/category/fayan">发言材料</a></li>
					<li class="menu-item"><a href="/category/zongjie">总结汇报</a></li>
					<li class="menu-item"><a href="/vip">开通会员</a></li>
				</ul>
				<div class="navbar-form navbar-right">
					<a href="javascript:;" class="signin-loader but jb-blue radius">登录</a>
					<a href="javascript:;" class="signup-loader ml10 but b-blue radius">注册</a>
				</div>
			</div>
		</div>
	</nav>
</header>
"""

FOOT = """<footer class="footer">
	<div class="container-fluid container-footer">
		<ul class="list-inline"><li class="hidden-xs" style="max-width: 300px;"><p><a class="footer-logo" href="/" title="公文素材库"><img src="/wp-content/uploads/2023/02/logo.png" alt="公文素材库" height="40"></a></p><div class="footer-muted em09">公文素材库，专注讲话稿、发言稿、总结汇报等材料的收集与分享。</div></li>
		<li style="max-width: 550px;"><p class="fcode-links"><a href="/about">关于本站</a><a href="/disclaimer">免责声明</a><a href="/contact">联系站长</a></p><div class="footer-muted em09">Copyright &copy;&nbsp;2024&nbsp;·&nbsp;<a href="/">公文素材库</a>&nbsp;·&nbsp;由<a target="_blank" href="https://zibll.com">zibll主题</a>强力驱动.</div><div class="footer-contact mt10"><a target="_blank" rel="nofollow" href="https://beian.miit.gov.cn/">苏ICP备2023011857号-1</a></div></li></ul>
	</div>
</footer>
<div class="float-right round position-bottom">
	<a class="float-btn ontop fade" data-toggle="tooltip" data-placement="left" title="返回顶部" href="javascript:(scrollTopTo());"><i class="fa fa-angle-up em12"></i></a>
	<a class="float-btn service-wechat hover-show nowave" title="扫码添加微信" href="javascript:;"><i class="fa fa-wechat"></i><div class="hover-show-con dropdown-menu"><img class="radius4" src="/wp-content/uploads/2023/02/wx.png" alt="扫码添加微信">扫码添加站长微信</div></a>
</div>
<script type="text/javascript">
	window._win = {
		views: '@@VIEWS_ID@@',
		www: '/',
		uri: '/wp-content/themes/zibll',
		ver: '7.5.1',
		imgbox: '1',
		imgbox_type: 'group',
		imgbox_thumbs: '1',
		imgbox_zoom: '1',
		imgbox_full: '1',
		imgbox_play: '1',
		imgbox_down: '1',
		sign_type: 'modal',
		signin_url: '/user-sign?tab=signin&redirect_to=',
		signup_url: '/user-sign?tab=signup&redirect_to=',
		ajax_url: '/wp-admin/admin-ajax.php',
		ajaxpager: '',
		ajax_trigger: '<i class="fa fa-angle-right"></i>加载更多',
		ajax_nomore: '没有更多内容了',
		qj_loading: '',
		highlight_kg: '',
		highlight_hh: '',
		highlight_btn: '',
		highlight_zt: 'enlighter',
		highlight_white_zt: 'enlighter',
		highlight_dark_zt: 'dracula',
		upload_img_size: '4',
		img_upload_multiple: '6',
		upload_video_size: '30',
		upload_file_size: '30',
		upload_ext: 'jpg|jpeg|jpe|gif|png|bmp|tiff|tif|webp|ico|heic|doc|docx|pdf',
		user_upload_nonce: '3c91be7a04',
		comment_upload_img: ''
	}
</script>
<script type='text/javascript' src='/wp-content/themes/zibll/js/libs/bootstrap.min.js?ver=7.5.1' id='bootstrap-js'></script>
<script type='text/javascript' src='/wp-content/themes/zibll/js/loader.js?ver=7.5.1' id='_loader-js'></script>
<div class="modal fade" id="u_sign" tabindex="-1" role="dialog"><div class="modal-dialog" role="document"><div class="modal-content"><div class="sign-content"><div class="box-body"><div class="title-h-left fa-2x">登录</div><a class="muted-3-color em09 signup-loader" href="javascript:;">没有账号？立即注册<i class="em12 ml3 fa fa-angle-right"></i></a></div><div class="box-body"><div class="relative line-form mb10"><input type="text" name="username" class="line-form-input" tabindex="1" placeholder=""><i class="line-form-line"></i><div class="scale-placeholder">用户名或手机号</div></div><div class="relative line-form mb10"><input type="password" name="password" class="line-form-input" tabindex="2" placeholder=""><div class="scale-placeholder">登录密码</div></div><button type="button" class="but radius jb-blue padding-lg btn-block">登录</button></div></div></div></div></div>
</body>
</html>
"""

DOCS = [
    {"speech": SPEECHES["f53a-3"], "id": 4127, "time": "2024-05-20 08:47:19", "views": "1.2W", "cat": ("jianghua", "讲话致辞"),
     "tags": ["邻里节", "社区致辞", "启动仪式"], "paid": False, "likes": 38},
    {"speech": SPEECHES["f53a-4"], "id": 3861, "time": "2024-03-25 14:05:52", "views": "2,316", "cat": ("jianghua", "讲话致辞"),
     "tags": ["物业服务", "推进会", "住建"], "paid": True, "likes": 17, "shown": 6, "price": "9.9", "orig": "29.9", "sold": 164},
]

AUTHOR = """<div class="user-info flex ac article-avatar"><a href="/author/1"><span class="avatar-img"><img alt="素材君的头像" src="/wp-content/themes/zibll/img/avatar-default.png" class="avatar avatar-id-1"></span></a><div class="user-right flex flex1 ac jsb ml10"><div class="flex1"><name class="flex ac flex1"><a class="display-name text-ellipsis " href="/author/1">素材君</a><icon class="badg badg-sm ml3 jb-red">站长</icon></name><div class="px12-sm muted-2-color text-ellipsis"><span data-toggle="tooltip" data-placement="bottom" title="@@TIME@@发布">发布于 @@DATE@@</span></div></div><div class="flex0 user-action"><item class="meta-view"><i class="fa fa-eye"></i>@@VIEWS@@</item><item class="meta-comm"><i class="fa fa-comment-o"></i>0</item></div></div></div>"""


def pay_box(d, shown_paras):
    return """<div class="hidden-box"><a class="hidden-text" href="javascript:(scrollTo('#posts-pay',-50));"><i class="fa fa-exclamation-circle"></i>&nbsp;&nbsp;此处内容已隐藏，请付费后查看</a></div>
</div>
<div class="zib-widget pay-box  order-type-1" id="posts-pay"><div class="flex pay-flexbox"><div class="flex0 relative mr20 hide-sm pay-thumb"><div class="graphic"><img class="fit-cover" src="/wp-content/uploads/2024/03/wuye-thumb.jpg" alt="@@TITLE@@"><div class="abs-center text-center left-bottom"></div></div></div><div class="flex1 flex xx jsb"><dt class="text-ellipsis pay-title">@@TITLE@@</dt><div class="mt6 em09 muted-2-color">此内容为付费阅读，请付费后查看</div><div class="price-box"><div class="flex jsb ab"><div class="c-red"><b class="em3x"><span class="pay-mark">￥</span>@@PRICE@@</b><div class="inline-block ml10 text-left"><badge><i class="fa fa-fw fa-bolt"></i> 限时特惠</badge><br/><span class="original-price" title="原价 @@ORIG@@"><span class="pay-mark">￥</span>@@ORIG@@</span></div></div></div><div class="em09 muted-2-color mt6"><i class="fa fa-fw fa-diamond"></i>开通会员免费阅读</div></div><div class="pay-button mt10"><a href="javascript:;" class="but jb-red padding-lg btn-block signin-loader"><i class="fa fa-angle-right" aria-hidden="true"></i>登录购买</a><a href="/vip" class="but jb-yellow padding-lg btn-block mt10 pay-vip"><i class="fa fa-diamond"></i>开通会员</a></div><div class="pay-extra-hide em09 muted-3-color mt6"><span>已售 @@SOLD@@</span> · 付费阅读后可见全文，约<span>@@LEFT@@</span>字</div></div></div><div class="pay-tag abs-center">付费阅读</div></div>
<div class="theme-box wp-posts-content-after">""".replace("@@TITLE@@", d["speech"].title).replace("@@PRICE@@", d["price"]).replace("@@ORIG@@", d["orig"]).replace(
        "@@SOLD@@", str(d["sold"])).replace("@@LEFT@@", str(d["speech"].chars() - sum(len(p) for p in shown_paras)))


def post_page(d, other):
    s = d["speech"]
    paras = s.paras[: d["shown"]] if d["paid"] else s.paras
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    if d["paid"]:
        body += "\n" + pay_box(d, paras)
    tags = "".join(f'<a href="/tag/{t}" class="but ml6 radius c-blue" title="查看此标签更多文章"><i class="fa fa-tag" aria-hidden="true"></i>{t}</a>' for t in d["tags"])
    page = HEAD + """<main role="main" class="container">
	<div class="content-wrap">
		<div class="content-layout">
			<ul class="breadcrumb">
				<li><a href="/"><i class="fa fa-map-marker"></i> 公文素材库</a></li><li><a href="/category/@@CAT@@">@@CATNAME@@</a></li><li> 正文</li>
			</ul>
			<article class="article main-bg theme-box box-body radius8 main-shadow">
				<div class="article-header theme-box clearfix relative">
					<h1 class="article-title"> <a href="/@@ID@@.html">@@H1@@</a></h1>
					<div class="article-avatar">@@AUTHOR@@</div>
					<div class="relative"><i class="line-form-line"></i><div class="flex ac single-metabox abs-right"><div class="post-metas"><item class="meta-like"><i class="fa fa-heart-o"></i>@@LIKES@@</item></div></div></div>
				</div>
				<div class="article-content">
					<div class="theme-box wp-posts-content" data-nav="posts">
@@BODY@@
					</div>
					<div class="em09 muted-3-color"><div><span>©</span> 版权声明</div><div class="posts-copyright">文章版权归作者所有，未经允许请勿转载。本站素材仅供学习交流，请勿照搬照抄。</div></div>
					<div class="text-center theme-box muted-3-color box-body separator em09">THE END</div>
					<div class="theme-box article-tags"><a class="but ml6 radius c-red" title="查看更多分类文章" href="/category/@@CAT@@"><i class="fa fa-folder-open-o" aria-hidden="true"></i>@@CATNAME@@</a><br>@@TAGS@@</div>
				</div>
				<div class="text-center muted-3-color box-body em09">喜欢就支持一下吧</div>
				<div class="text-center post-actions"><a href="javascript:;" data-action="like" class="action action-like" data-pid="@@ID@@"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-like"></use></svg><text>点赞</text><count>@@LIKES@@</count></a><span class="hover-show dropup action action-share"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-share"></use></svg><text>分享</text><div class="zib-widget hover-show-con share-button dropdown-menu"><div><a rel="nofollow" class="share-btn qzone" target="_blank" title="QQ空间" href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=http%3A%2F%2F@@HOST@@%2F@@ID@@.html"><icon><i class="fa fa-qq"></i></icon><text>QQ空间<text></text></text></a><a rel="nofollow" class="share-btn weibo" target="_blank" title="微博" href="https://service.weibo.com/share/share.php?url=http%3A%2F%2F@@HOST@@%2F@@ID@@.html"><icon><i class="fa fa-weibo"></i></icon><text>微博<text></text></text></a><a rel="nofollow" class="share-btn copy" data-clipboard-text="http://@@HOST@@/@@ID@@.html" data-clipboard-tag="链接" title="复制链接" href="javascript:;"><icon><i class="fa fa-link"></i></icon><text>复制链接<text></text></text></a></div></div></span><a href="javascript:;" class="action action-favorite signin-loader" data-pid="@@ID@@"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-favorite"></use></svg><text>收藏</text><count></count></a></div>
			</article>
			<div class="theme-box" style="height:99px"><nav class="article-nav"><div class="main-bg box-body radius8 main-shadow"><a href="/@@OTHER_ID@@.html"><p class="muted-2-color"><i class="fa fa-angle-left em12"></i><i class="fa fa-angle-left em12 mr6"></i>上一篇</p><div class="text-ellipsis-2">@@OTHER_TITLE@@</div></a></div><div class="main-bg box-body radius8 main-shadow"><a href="/4133.html"><p class="muted-2-color">下一篇<i class="fa fa-angle-right em12 ml6"></i><i class="fa fa-angle-right em12"></i></p><div class="text-ellipsis-2">2024年上半年街道工作总结及下半年工作计划</div></a></div></nav></div>
			<div class="theme-box relates relates-thumb"><div class="box-body notop"><div class="title-theme">相关推荐</div></div><div class="zib-widget"><div class="swiper-container swiper-scroll"><div class="swiper-wrapper"><div class="swiper-slide mr10"><a href="/@@OTHER_ID@@.html"><div class="graphic hover-zoom-img mb10 style-3" style="padding-bottom: 70%!important;"><img class="fit-cover" src="/wp-content/themes/zibll/img/thumbnail.svg" alt="@@OTHER_TITLE@@"><div class="abs-center left-bottom graphic-text text-ellipsis">@@OTHER_TITLE@@</div></div></a></div><div class="swiper-slide mr10"><a href="/3790.html"><div class="graphic hover-zoom-img mb10 style-3" style="padding-bottom: 70%!important;"><img class="fit-cover" src="/wp-content/themes/zibll/img/thumbnail.svg" alt="在老旧小区改造工作推进会上的讲话"><div class="abs-center left-bottom graphic-text text-ellipsis">在老旧小区改造工作推进会上的讲话</div></div></a></div></div></div></div></div>
			<div class="theme-box" id="comments"><div class="box-body notop"><div class="title-theme">评论 <small>抢沙发</small></div></div><div class="no_webshot main-bg theme-box box-body radius8 main-shadow"><div class="comment-signarea text-center box-body radius8"><h3 class="text-muted em12 theme-box muted-3-color">请登录后发表评论</h3><p><a href="javascript:;" class="signin-loader but c-blue padding-lg"><i class="fa fa-fw fa-sign-in mr10" aria-hidden="true"></i>登录</a><a href="javascript:;" class="signup-loader ml10 but c-yellow padding-lg"><i class="fa fa-fw fa-pencil-square-o mr10" aria-hidden="true"></i>注册</a></p></div><div class="comment-null"><p class="em09 muted-3-color separator">暂无评论内容</p></div></div></div>
		</div>
	</div>
	<div class="sidebar">
		<div class="theme-box"><div class="user-card zib-widget author"><div class="user-cover graphic" style="padding-bottom: 50%;"><img class="fit-cover" src="/wp-content/themes/zibll/img/user_t.jpg"></div><div class="card-content mt10 relative"><div class="user-content"><div class="user-avatar"><span class="avatar-img avatar-lg"><img alt="素材君的头像" src="/wp-content/themes/zibll/img/avatar-default.png" class="avatar"></span></div><div class="user-info mt20 mb10"><div class="user-name flex jc"><name class="flex1 flex ac"><a class="display-name text-ellipsis " href="/author/1">素材君</a></name></div><div class="author-tag mt10 mini-scrollbar"><a class="but c-blue-2 tag-posts" href="/author/1"><i class="fa fa-file-text-o"></i>文章 1.1W+</a></div><div class="user-desc mt10 muted-2-color em09">每天分享讲话稿、发言稿等材料素材</div></div></div></div></div></div>
		<div class="zib-widget widget_posts_list"><h3 class="widget-title">热门文章</h3><div class="zib-widget"><div class="posts-mini"><a href="/3790.html" class="text-ellipsis-2">在老旧小区改造工作推进会上的讲话</a></div><div class="posts-mini"><a href="/4133.html" class="text-ellipsis-2">2024年上半年街道工作总结及下半年工作计划</a></div></div></div>
	</div>
</main>
""" + FOOT
    return render(page, TITLE=f"{s.title}-{SITE}", KEYWORDS=",".join(d["tags"]), DESC=s.paras[1][:90],
                  CANON=f'<link rel="canonical" href="http://{HOST}/{d["id"]}.html" />\n',
                  BODY_CLASS=f"post-template-default single single-post postid-{d['id']} single-format-standard",
                  CAT=d["cat"][0], CATNAME=d["cat"][1], ID=d["id"], H1=s.title,
                  AUTHOR=AUTHOR.replace("@@TIME@@", d["time"]).replace("@@DATE@@", d["time"][:10]).replace("@@VIEWS@@", d["views"]),
                  LIKES=d["likes"], BODY=body, TAGS=tags, HOST=HOST, OTHER_ID=other["id"], OTHER_TITLE=other["speech"].title,
                  VIEWS_ID=d["id"])


def item(pid, title, excerpt, date, cat, paid=False):
    badge = '<badge class="b-red mr6"><i class="fa fa-fw fa-lock"></i>付费阅读</badge>' if paid else ""
    return f"""<posts class="posts-item list ajax-item flex"><div class="post-graphic"><div class="item-thumbnail"><a href="/{pid}.html"><img src="/wp-content/themes/zibll/img/thumbnail.svg" alt="{title}-{SITE}" class="lazyload fit-cover radius8"></a></div></div><div class="item-body flex xx flex1 jsb"><h2 class="item-heading"><a href="/{pid}.html">{badge}{title}</a></h2><div class="item-excerpt muted-color text-ellipsis mb6">{excerpt}</div><div><div class="item-tags scroll-x no-scrollbar mb6"><a class="but c-blue" href="/category/{cat[0]}"><i class="fa fa-folder-open-o"></i>{cat[1]}</a></div><div class="item-meta muted-2-color flex jsb ac"><item class="meta-author flex ac"><a href="/author/1"><span class="avatar-mini"><img alt="素材君的头像" src="/wp-content/themes/zibll/img/avatar-default.png" class="avatar"></span></a><span class="hide-sm ml6">素材君</span><span title="{date}" class="icon-circle">{date[:10]}</span></item><div class="meta-right"><item class="meta-comm"><i class="fa fa-comment-o"></i>0</item></div></div></div></div></posts>"""


def listing(items, page_no):
    nav = ('<div class="theme-pagination ajax-pag"><div class="next-page ajax-next"><a href="/page/2">加载更多内容</a></div></div>'
           if page_no == 1 else '<div class="theme-pagination ajax-pag"><div class="next-page ajax-next"><a href="/">返回首页</a></div></div><div class="text-center theme-box muted-3-color box-body separator">没有更多内容了</div>')
    page = HEAD + """<main role="main" class="container">
	<div class="content-wrap">
		<div class="content-layout">
			<div class="index-tab zib-widget"><ul class="list-inline scroll-x mini-scrollbar"><li class="active"><a href="/">最新发布</a></li><li><a href="/category/jianghua">讲话致辞</a></li><li><a href="/category/fayan">发言材料</a></li></ul></div>
			<div class="ajaxpager">
@@ITEMS@@
@@NAV@@
			</div>
		</div>
	</div>
	<div class="sidebar">
		<div class="zib-widget widget_text"><h3 class="widget-title">本站公告</h3><div class="textwidget"><p>开通终身会员，全站付费内容免费看！</p></div></div>
	</div>
</main>
""" + FOOT
    return render(page, TITLE=f"{SITE} - 讲话稿发言稿材料分享" + ("" if page_no == 1 else " - 第2页"), KEYWORDS="讲话稿,发言稿,材料",
                  DESC="公文素材库，专注讲话稿、发言稿、总结汇报等材料的收集与分享。", CANON="",
                  BODY_CLASS="home blog" if page_no == 1 else "home blog paged paged-2", ITEMS=items, NAV=nav, VIEWS_ID="")


def build() -> Family:
    fam = Family(HOST, "WordPress 6.4 + 子比 Zibll theme resource site: hidecontent payshow hidden-box + posts-pay 付费阅读 card", extensionless_html=True)
    d1, d2 = DOCS
    i1 = item(d1["id"], d1["speech"].title, d1["speech"].paras[1][:60] + "...", d1["time"], d1["cat"])
    i2 = item(d2["id"], d2["speech"].title, d2["speech"].paras[1][:60] + "...", d2["time"], d2["cat"], paid=True)
    f1 = item(4133, "2024年上半年街道工作总结及下半年工作计划", "今年以来，街道党工委在区委区政府的坚强领导下...", "2024-06-28 09:12:40", ("zongjie", "总结汇报"), paid=True)
    f2 = item(3790, "在老旧小区改造工作推进会上的讲话", "老旧小区改造是重大民生工程和发展工程...", "2024-03-02 10:20:11", ("jianghua", "讲话致辞"), paid=True)
    f3 = item(3512, "在全县经济工作会议上的讲话", "这次会议的主要任务是...", "2024-01-08 16:33:05", ("jianghua", "讲话致辞"), paid=True)
    fam.put("/index.html", listing("\n".join([f1, i1, i2]), 1))
    fam.put("/page/2", listing("\n".join([f2, f3]), 2))
    for i, d in enumerate(DOCS):
        fam.put(f"/{d['id']}.html", post_page(d, DOCS[1 - i]))
        if d["paid"]:
            fam.doc([f"/{d['id']}.html"], d["speech"], truncated=True, text="\n".join(d["speech"].paras[: d["shown"]]), published_at=d["time"][:10])
        else:
            fam.doc([f"/{d['id']}.html"], d["speech"], published_at=d["time"][:10])
    fam.not_documents += ["/", "/page/2"]
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /user-sign\n\nSitemap: http://{HOST}/wp-sitemap.xml\n")
    fam.put("/wp-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://{HOST}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n')
    locs = "".join(f"<url><loc>http://{HOST}/{d['id']}.html</loc><lastmod>{d['time'][:10]}T{d['time'][11:]}+08:00</lastmod></url>" for d in DOCS)
    fam.put("/wp-sitemap-posts-post-1.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="http://{HOST}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')
    fam.noise += ["此处内容已隐藏，请付费后查看", "付费阅读", "登录购买", "开通会员免费阅读", "版权声明", "文章版权归作者所有", "THE END", "喜欢就支持一下吧",
                  "请登录后发表评论", "相关推荐", "苏ICP备2023011857号-1", "加载更多内容"]
    fam.note = ("the 物业 speech stops after six paragraphs at Zibll's hidden-box and 付费阅读 card (truncated, the text the part shown); "
                "published_at is the post's 发布于 date; /page/2 is an extensionless WordPress page URL")
    return fam
