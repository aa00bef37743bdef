"""A personal blog (老周的发言稿) hosted on WordPress.com with the Twenty Twenty-Four block theme,
site language 简体中文: `wp-site-blocks` with the header template part (site title, navigation),
the single template (`wp-block-post-title`, `wp-block-post-date` with its `<time>`, post terms,
`wp-block-post-content`), Jetpack's furniture appended to the content (sharedaddy 分享此文章：
buttons, the Like widget placeholder 赞 / 加载中…, `jp-relatedposts`), the `<!--nextpage-->`
links `wp_link_pages` prints at the end of the post content in block themes
(`p.post-nav-links` 页面： 1 2, pretty `/2/` URLs), the comments block with one comment and the
reply form, the post navigation, the footer template part, the WordPress.com action bar
(订阅 / 转发 / 举报此内容) and its stats pixel. Above the text an editor's line (写在前面) and an
image with its caption; after it a 转载请注明 line."""

import html

from common import SPEECHES, Family, split_paras

HOST = "laozhou-fayangao.wordpress.test"
SITE = "老周的发言稿"
BLOG_ID = 214736521


def head(title: str, canonical: str, desc: str, body_class: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<script type="text/javascript">
  WebFontConfig = {{"google":{{"families":["Inter:r,i,b,bi:latin,latin-ext","Cardo:r,i,b,bi:latin,latin-ext"]}},"api_url":"https:\\/\\/fonts-api.wp.com\\/css"}};
  (function() {{ var wf = document.createElement('script'); wf.src = '/wp-content/plugins/custom-fonts/js/webfont.js'; wf.type = 'text/javascript'; wf.async = 'true'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(wf, s); }})();
</script>
<meta name='robots' content='max-image-preview:large' />
<title>{title}</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel='dns-prefetch' href='//widgets.wp.com' />
<link rel='dns-prefetch' href='//wordpress.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="http://{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; 评论 Feed" href="http://{HOST}/comments/feed/" />
	<script type="text/javascript">
		/* <![CDATA[ */
		function addLoadEvent(func) {{
			var oldonload = window.onload;
			if (typeof window.onload != 'function') {{
				window.onload = func;
			}} else {{
				window.onload = function () {{
					oldonload();
					func();
				}}
			}}
		}}
		/* ]]> */
	</script>
	<link rel='stylesheet' id='all-css-0-1' href='https://s0.wp.com/_static/??-eJx9j0EKwjAQRS9kHFRQN+JZ0nRoU5LJ0JmovX1TpJoiuBh+x53Fbtc7oLuSODF3whsw5jNqxHqyp5pPwdTvvRcBMz6hTpHBc7T2G2Zpx6M4X0p8h5XLmG/Ep2i4FkuyEFvwqWumtI4ZfY/4C+o5KoFTNqN6h2g3eDLQavuHYb4qhKFNN7t43ya23vobFx5nFyR/7o8cFhqIbxWTzDT6ugVWyHDl1HaS/Ff2SbcUgf5mbDPfW/Xy&cssminify=yes' type='text/css' media='all' />
<link rel="canonical" href="{canonical}" />
<link rel='shortlink' href='https://wp.me/pedZ3h-4q' />

<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{title.split(' &#8211; ')[0]}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:description" content="{desc}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:image" content="https://s0.wp.com/i/blank.jpg" />
<meta property="og:locale" content="zh_CN" />
<meta name="twitter:text:title" content="{title.split(' &#8211; ')[0]}" />
<meta name="twitter:card" content="summary" />

<!-- End Jetpack Open Graph Tags -->
<link rel="search" type="application/opensearchdescription+xml" href="http://{HOST}/osd.xml" title="{SITE}" />
<link rel="search" type="application/opensearchdescription+xml" href="https://s1.wp.com/opensearch.xml" title="WordPress.com" />
<meta name="description" content="{desc}" />
</head>

<body class="{body_class} wp-embed-responsive customizer-styles-applied highlander-enabled highlander-light">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="http://{HOST}/" class="custom-logo-link" rel="home"><img width="40" height="40" src="https://laozhoufayangao.files.wordpress.com/2024/11/avatar.jpg?w=40" class="custom-logo" alt="{SITE}" decoding="async" /></a></div>

<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="http://{HOST}" target="_self" rel="home">{SITE}</a></p></div>
</div>

<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="导航 2" 
		 data-wp-interactive="core/navigation" data-wp-context='{{"overlayOpenedBy":{{"click":false,"hover":false,"focus":false}},"type":"overlay","roleAttribute":"","ariaLabel":"\\u83dc\\u5355"}}'><button aria-haspopup="dialog" aria-label="打开菜单" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick" data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
				<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button aria-label="关闭菜单" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
					<div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
						<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation"><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  href="http://{HOST}/"><span class="wp-block-navigation-item__label">首页</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  href="http://{HOST}/category/fayangao/"><span class="wp-block-navigation-item__label">发言稿</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  href="http://{HOST}/category/zhici/"><span class="wp-block-navigation-item__label">致辞</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  href="http://{HOST}/about/"><span class="wp-block-navigation-item__label">关于</span></a></li></ul>
					</div>
				</div></div></div></nav></div>
</div>
</div>
</header>

"""


FOOTER = f"""
<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%">
<p class="wp-block-site-title has-medium-font-size"><a href="http://{HOST}" target="_self" rel="home">{SITE}</a></p>
<p class="wp-block-site-tagline">一个街道老干部的讲话稿、发言稿和家常致辞</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading has-medium-font-size" style="font-style:normal;font-weight:600">分类</h2>
<ul class="wp-block-categories-list wp-block-categories">	<li class="cat-item cat-item-7361"><a href="http://{HOST}/category/fayangao/">发言稿</a> (27)</li>
	<li class="cat-item cat-item-8812"><a href="http://{HOST}/category/zhici/">致辞</a> (9)</li>
	<li class="cat-item cat-item-1"><a href="http://{HOST}/category/uncategorized/">未分类</a> (3)</li>
</ul></div>
</div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40)">
<p class="has-small-font-size"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">在WordPress.com写博客。</a></p>
</div>
</div>
</footer>
</div>
		<div id="actionbar" dir="ltr" style="display: none;"
			class="actnbr-pub-twentytwentyfour actnbr-has-follow actnbr-has-actions">
		<ul>
								<li>
									<div class="actnbr-button-wrap">
										<button class="actnbr-action actnbr-actn-follow " href="">
											<svg class="gridicon" height="20" width="20" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path clip-rule="evenodd" d="m4 4.5h12v6.5h1.5v-6.5-1.5h-1.5-12-1.5v1.5 10.5c0 1.1046.89543 2 2 2h7v-1.5h-7c-.27614 0-.5-.2239-.5-.5zm10.5 2h-9v1.5h9zm-5 3h-4v1.5h4zm3.5 1.5h-1v1h1zm-1-1.5h-1.5v1.5 1 1.5h1.5 1 1.5v-1.5-1-1.5h-1.5zm-2.5 2.5h-4v1.5h4zm6.5 1.25h1.5v2.25h2.25v1.5h-2.25v2.25h-1.5v-2.25h-2.25v-1.5h2.25z"  fill-rule="evenodd"></path></svg>
											<span>订阅</span>
										</button>
										<button class="actnbr-action actnbr-actn-following  no-display" href="">
											<span>已订阅</span>
										</button>
									</div>
								</li>
									<li class="actnbr-btn actnbr-hidden">
										<a class="actnbr-action actnbr-actn-reblog" href="">
											<span>转发</span>
										</a>
									</li>
							<li class="actnbr-ellipsis actnbr-hidden">
				<svg class="gridicon gridicons-ellipsis" height="24" width="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M7 12c0 1.104-.896 2-2 2s-2-.896-2-2 .896-2 2-2 2 .896 2 2zm12-2c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2zm-7 0c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2z"/></g></svg>				<div class="actnbr-popover tip tip-top-left actnbr-more">
					<div class="tip-arrow"></div>
					<div class="tip-inner">
						<ul>
								<li class="actnbr-sitename">
			<a href="http://{HOST}">
				<img loading='lazy' alt='' src='https://laozhoufayangao.files.wordpress.com/2024/11/avatar.jpg?w=50' srcset='https://laozhoufayangao.files.wordpress.com/2024/11/avatar.jpg?w=50 1x, https://laozhoufayangao.files.wordpress.com/2024/11/avatar.jpg?w=75 1.5x' class='avatar avatar-50' height='50' width='50' />				{SITE}			</a>
		</li>
								<li class="actnbr-folded-customize">
								<a href="https://wordpress.com/log-in?redirect_to=%2Fcustomize%2F">登录</a>
							</li>
									<li class="actnbr-login"><a href="https://wordpress.com/log-in">登录</a></li>
									<li class="flb-report">
									<a href="https://wordpress.com/abuse/?report_url=http://{HOST}/" target="_blank" rel="noopener noreferrer">
										举报此内容									</a>
								</li>
															<li class="actnbr-reader">
									<a href="https://wordpress.com/reader/feeds/144003751">
										在阅读器中查看站点									</a>
								</li>
															<li class="actnbr-subs">
									<a href="https://subscribe.wordpress.com/">管理订阅</a>
								</li>
																<li class="actnbr-fold"><a href="">收起此栏</a></li>
														</ul>
					</div>
				</div>
			</li>
		</ul>
	</div>
	
<script>
window.AppBanner = window.AppBanner || {{}};
window.AppBanner.blogId = {BLOG_ID};
</script>
<script type="text/javascript" src="https://s0.wp.com/_static/??-eJyVjUEOgjAQRS9kGUxQ44J4lhqGOtB2ml8KC9xxx3cc3bvuQSyeQFgwa/xfSH3rrs/9/A/2NAeQ/9EnCtanFfuwPDR4+zQVR0GRaM6lrUzeDf6Tr2eFQa/b0+3WSxaCNrCdr7uL5b7Ys7o/5sZYVFZrCjeGZ/qs8/QcmYsdx/1d7mw==&cssminify=yes"></script>
<script src="//stats.wp.com/w.js?68" defer></script> <script type="text/javascript">
_tkq = window._tkq || [];
_stq = window._stq || [];
_tkq.push(['storeContext', {{'blog_id':'{BLOG_ID}','blog_tz':'8','user_lang':'zh-cn','blog_lang':'zh-cn','user_id':'0'}}]);
_stq.push(['view', {{'blog':'{BLOG_ID}','v':'wpcom','tz':'8','user_id':'0','subd':'laozhoufayangao'}}]);
_stq.push(['extra', {{'crypt':'UE5tW3cvZGp1QkN0b2hDL3k4ZmNENjFvdFp2Y3B3WjJENlp0cGZnMUdDPXxkfg=='}}]);
_stq.push([ 'clickTrackerInit', '{BLOG_ID}', '0' ]);
</script>
<noscript><img src="https://pixel.wp.com/b.gif?v=noscript" style="height:1px;width:1px;overflow:hidden;position:absolute;bottom:1px;" alt="" /></noscript>
</body>
</html>
"""


def time_tag(date: str, url: str) -> str:
    y, m, d = date.split("-")
    return f'<div class="wp-block-post-date"><time datetime="{date}T10:32:00+08:00"><a href="{url}">{int(y)}年{int(m)}月{int(d)}日</a></time></div>'


def sharing(pid: int, url: str) -> str:
    items = "".join(
        f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{k}-{pid}" class="share-{k} sd-button share-icon" href="{url}?share={k}" target="_blank" aria-labelledby="sharing-{k}-{pid}"><span id="sharing-{k}-{pid}" hidden>{t}</span><span>{label}</span></a></li>'
        for k, t, label in [("twitter", "点击分享到 X（在新窗口中打开）", "X"), ("facebook", "点击分享到 Facebook（在新窗口中打开）", "Facebook"),
                            ("email", "点击通过电子邮件发送链接给朋友（在新窗口中打开）", "电子邮件"), ("print", "点击打印（在新窗口中打开）", "打印")]
    )
    return f"""<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文章：</h3><div class="sd-content"><ul>{items}<li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-{BLOG_ID}-{pid}-6751a3f2c1e08' data-src='//widgets.wp.com/likes/index.html?ver=20241113#blog_id={BLOG_ID}&amp;post_id={pid}&amp;origin=laozhoufayangao.wordpress.com&amp;obj_id={BLOG_ID}-{pid}-6751a3f2c1e08&amp;domain=laozhoufayangao.wordpress.com' data-name='like-post-frame-{BLOG_ID}-{pid}-6751a3f2c1e08' data-title='赞或转发'><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>赞</span></span> <span class='loading'>加载中…</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' >
	<h3 class="jp-relatedposts-headline"><em>相关</em></h3>
</div></div>"""


def page_links(base: str, n: int, total: int) -> str:
    if total == 1:
        return ""
    items = []
    for i in range(1, total + 1):
        if i == n:
            items.append(f'<span class="post-page-numbers current" aria-current="page">{i}</span>')
        else:
            href = base if i == 1 else f"{base}{i}/"
            items.append(f'<a href="{href}" class="post-page-numbers">{i}</a>')
    return '<p class="post-nav-links">页面： ' + " ".join(items) + "</p>"


COMMENT = """
<div class="wp-block-comments">
<h2 class="wp-block-comments-title">《@@TITLE@@》有1条评论</h2>
<ol class="wp-block-comment-template"><li id="comment-1187" class="comment even thread-even depth-1">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0;margin-bottom:0">
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40px"><div class="wp-block-avatar"><img alt="红梅的未知头像" src="https://2.gravatar.com/avatar/9a1c0e5b7d4f3e2a?s=40&#038;d=identicon&#038;r=G" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40" style="border-radius:20px;"/></div></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><div class="wp-block-comment-author-name">红梅</div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0px;margin-bottom:0px"><div class="wp-block-comment-date"><time datetime="@@CDATE@@T21:06:14+08:00"><a href="@@URL@@#comment-1187">@@CDATE_ZH@@ 下午9:06</a></time></div></div>
<div class="wp-block-comment-content"><p>@@CTEXT@@</p>
</div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-1187" data-commentid="1187" data-postid="@@PID@@" data-belowelement="comment-1187" data-respondelement="respond" data-replyto="回复给红梅" aria-label="回复给红梅">回复</a></div>
</div>
</div>
</div>
</li></ol>
	<div id="respond" class="comment-respond wp-block-post-comments-form">
		<h3 id="reply-title" class="comment-reply-title">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">取消回复</a></small></h3><form action="http://@@HOST@@/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="b7c2e91f4a" /><input type="hidden" name="_wp_http_referer" value="@@PATH@@" />
<div class="comment-form-field comment-textarea"><div id="comment-form-comment"><textarea id="comment" name="comment" title="发表评论..." placeholder="发表评论..."></textarea></div></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="发表评论" /> <input type='hidden' name='comment_post_ID' value='@@PID@@' id='comment_post_ID' /></p></form>	</div><!-- #respond -->
	</div>
"""


def single(sp, pid: int, path: str, run: list[str], n: int, total: int, *, cat: str, cat_slug: str,
           intro: str, fig: tuple[str, str], prev_next: str, comment: tuple[str, str]) -> str:
    url = f"http://{HOST}{path}"
    first = n == 1
    body = []
    if first:
        body.append(f'<p class="has-small-font-size"><em>{intro}</em></p>\n')
        body.append(f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" src="https://laozhoufayangao.files.wordpress.com/{fig[0]}?w=1024" alt="" class="wp-image-{pid + 3}" srcset="https://laozhoufayangao.files.wordpress.com/{fig[0]}?w=1024 1024w, https://laozhoufayangao.files.wordpress.com/{fig[0]}?w=150 150w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{fig[1]}</figcaption></figure>\n')
    body += [f"<p>{p}</p>\n" for p in run]
    if n == total:
        body.append('<p class="has-text-align-right has-small-font-size">（原创文章，转载请注明出处：老周的发言稿）</p>\n')
    content = "\n".join(body) + page_links(f"http://{HOST}{path.rsplit('/', 2)[0] + '/' if n > 1 else path}", n, total) + sharing(pid, url)
    y, m, d = sp.date.split("-")
    cdate = sp.date[:-2] + f"{int(d) + 1:02d}"
    comm = (COMMENT.replace("@@TITLE@@", sp.title).replace("@@CDATE@@", cdate).replace("@@CDATE_ZH@@", f"{int(y)}年{int(m)}月{int(d) + 1}日")
            .replace("@@URL@@", url).replace("@@CTEXT@@", comment[1]).replace("@@PID@@", str(pid)).replace("@@HOST@@", HOST).replace("@@PATH@@", path))
    desc = html.escape(sp.paras[1][:110]) + "&hellip;"
    return head(f"{sp.title} &#8211; {SITE}", url, desc,
                f"post-template-default single single-post postid-{pid} single-format-standard") + f"""
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{sp.title}</h1>
<div class="wp-block-template-part">
<div class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex">{time_tag(sp.date, url)}

<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="has-contrast-2-color has-text-color">—</p><p class="has-contrast-2-color has-text-color">作者</p><div class="wp-block-post-author-name"><a href="http://{HOST}/author/laozhou1958/" target="_self" class="wp-block-post-author-name__link">老周</a></div></div>

<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="has-contrast-2-color has-text-color">在</p><div class="taxonomy-category wp-block-post-terms"><a href="http://{HOST}/category/{cat_slug}/" rel="tag">{cat}</a></div></div>
</div>
</div>
</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content}</div>

<div style="margin-top:var(--wp--preset--spacing--40);height:0px" aria-hidden="true" class="wp-block-spacer"></div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="taxonomy-post_tag wp-block-post-terms"><a href="http://{HOST}/tag/{cat_slug}-2025/" rel="tag">2025</a><span class="wp-block-post-terms__separator">, </span><a href="http://{HOST}/tag/jianghuagao/" rel="tag">讲话稿</a></div>
{comm}
{prev_next}
</div>
</main>
""" + FOOTER


def card(sp, pid: int, path: str, cat: str) -> str:
    url = f"http://{HOST}{path}"
    return f"""<li class="wp-block-post post-{pid} post type-post status-publish format-standard hentry category-{cat}">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<h2 class="wp-block-post-title has-x-large-font-size"><a href="{url}" target="_self" >{sp.title}</a></h2>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{sp.paras[1][:60]}&hellip; </p></div>
{time_tag(sp.date, url)}
</div>
</li>
"""


def listing(title_html: str, cards: str, doc_title: str, path: str, body_class: str) -> str:
    return head(doc_title, f"http://{HOST}{path}", "一个街道老干部的讲话稿、发言稿和家常致辞", body_class) + f"""
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
{title_html}
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow">
<ul class="columns-3 alignwide wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{cards}</ul>
<div style="margin-top:var(--wp--preset--spacing--40)" class="wp-block-query-pagination"></div>
</div>
</div>
</main>
""" + FOOTER


def build() -> Family:
    fam = Family(HOST, "WordPress.com (Twenty Twenty-Four block theme, Jetpack)", content_type="text/html; charset=UTF-8")
    s1, s2 = SPEECHES["R23WC1"], SPEECHES["R23WC2"]
    p1, p2 = "/2025/07/12/qinghe-zhiyuan-biaozhang/", "/2025/05/18/nver-hunli-zhici/"
    id1, id2 = 612, 587
    nav1 = f"""<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="文章导航" style="margin-top:var(--wp--preset--spacing--40)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="http://{HOST}{p2}" rel="prev">{s2.title}</a></div>

<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="http://{HOST}/2025/08/01/bayi-zuotanhui-fayan/" rel="next">在街道八一退役军人座谈会上的发言</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>"""
    nav2 = f"""<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="文章导航" style="margin-top:var(--wp--preset--spacing--40)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="http://{HOST}/2025/04/03/qingming-jisao-zhici/" rel="prev">清明烈士陵园祭扫活动上的致辞</a></div>

<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="http://{HOST}{p1}" rel="next">{s1.title}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>"""
    runs = split_paras(s1.paras, 2)
    common1 = dict(cat="发言稿", cat_slug="fayangao", intro="写在前面：这是上周六在社区表彰会上的讲话，稿子是我和社区小王一起改了三遍的，发上来留个底，也给做社区工作的朋友参考。",
                   fig=("2025/07/img_20250712_152233.jpg", "表彰会现场，获奖志愿者合影（摄：社区小王）"), prev_next=nav1,
                   comment=("红梅", "周书记讲得实在！我们小区的助老服务队也想学学积分兑换的做法。"))
    fam.put(p1, single(s1, id1, p1, runs[0], 1, 2, **common1))
    fam.put(p1 + "2/", single(s1, id1, p1 + "2/", runs[1], 2, 2, **common1))
    fam.put(p2, single(s2, id2, p2, s2.paras, 1, 1, cat="致辞", cat_slug="zhici",
                       intro="写在前面：女儿出嫁，憋了半个月写了这篇致辞，婚礼上念到一半差点没忍住。",
                       fig=("2025/05/wedding-0518.jpg", "婚礼现场，挽着女儿走上红毯"), prev_next=nav2,
                       comment=("红梅", "看哭了，祝福晓雯！")))
    cards = card(s1, id1, p1, "fayangao") + card(s2, id2, p2, "zhici")
    fam.put("/", listing('<h2 class="wp-block-heading alignwide has-x-large-font-size">最新文章</h2>', cards, f"{SITE} &#8211; 一个街道老干部的讲话稿、发言稿和家常致辞", "/", "home blog"))
    fam.put("/category/fayangao/", listing('<h1 class="wp-block-query-title">分类：<span>发言稿</span></h1>', card(s1, id1, p1, "fayangao"), f"发言稿 &#8211; {SITE}", "/category/fayangao/", "archive category category-fayangao category-7361"))
    fam.put("/category/zhici/", listing('<h1 class="wp-block-query-title">分类：<span>致辞</span></h1>', card(s2, id2, p2, "zhici"), f"致辞 &#8211; {SITE}", "/category/zhici/", "archive category category-zhici category-8812"))
    fam.put("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /wp-login.php\nDisallow: /wp-signup.php\nDisallow: /press-this.php\nDisallow: /remote-login.php\nDisallow: /activate/\nDisallow: /cgi-bin/\nDisallow: /mshots/v1/\nDisallow: /next/\nDisallow: /public.api/\n\n# This file was generated on Wed, 04 Dec 2024 08:12:31 +0000\n")
    fam.not_documents += ["/", "/category/fayangao/", "/category/zhici/", p1 + "2/"]
    fam.doc([p1, p1 + "2/"], s1)
    fam.doc([p2], s2)
    fam.noise += [
        "分享此文章：", "加载中…", "相关", "页面：", "写在前面：", "表彰会现场，获奖志愿者合影（摄：社区小王）",
        "婚礼现场，挽着女儿走上红毯", "原创文章，转载请注明出处", "发表评论", "周书记讲得实在", "看哭了，祝福晓雯",
        "在WordPress.com写博客。", "举报此内容", "转发", "文章导航", "在街道八一退役军人座谈会上的发言",
    ]
    return fam
