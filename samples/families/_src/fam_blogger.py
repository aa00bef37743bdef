"""A Traditional-script (正體) Taiwan-run blog on Blogger (blogspot), the classic 「簡約」(Simple) layout,
zh-TW interface, reposting mainland speeches: posts `/2024/03/blog-post_12.html` (Blogger's name for a
post with a non-Latin title: `blog-post_<day>.html`), `h3.post-title.entry-title`, `div.post-body.entry-content`
(Blogger compose markup: `<div dir="ltr" trbidi="on">`, `<div>` lines with `<div><br /></div>` between them in
one post, pasted `<p>`s with font spans in the other, the jump break `<a name='more'></a>`, the blogger's
`轉載自：…` line before the speech and `（原文連結…）` after it), `post-footer` (張貼者：… 於 上午10:15, 沒有留言:,
share buttons, 標籤：…), comments block with 張貼留言, `blog-pager` (較新的文章 / 較舊的文章 / 首頁), 訂閱：張貼留言 (Atom);
sidebar widgets: 關於我自己 profile, 網誌存檔 (BlogArchive hierarchy with ▼ zippies and post counts), 標籤
(Label list), 熱門文章, Attribution. Home `/` shows one post per page cut at the jump break (閱讀完整內容 »), its
older page at `/search?updated-max=…%2B08:00&max-results=1` (query route); month archives `/2024/03/`,
`/2024/01/`; label pages `/search/label/講話` (extensionless); the Atom feed `/feeds/posts/default` (the replica
types it by its path). UTF-8. Expected texts are Simplified (s2tw, then tw2s). Blogger writes absolute
`https://<blog>/…` links; here navigation links are root-relative (canonical, og:url, feeds stay absolute)."""

from urllib.parse import quote, unquote, urlsplit

import opencc
from common import SPEECHES, Family, render

HOST = "liangan-wenzhai.blogspot-tw.test"
BASE = f"https://{HOST}"
BLOG = "兩岸文摘"
BLOG_ID = "7316425098812345678"
PROFILE = "https://www.blogger.com/profile/04718236591027364815"
TO_TW = opencc.OpenCC("s2tw")
TO_CN = opencc.OpenCC("tw2s")


def tw(text: str) -> str:
    return TO_TW.convert(text)


LABEL_TALK = "講話"
LABEL_REPOST = "轉載"
LABEL_CULTURE = "文化"


def label_url(name: str) -> str:
    return "/search/label/" + quote(name)


POSTS = [
    {
        "speech": SPEECHES["blogger-1"],
        "path": "/2024/03/blog-post_12.html",
        "id": "4827361059283746152",
        "iso": "2024-03-12T10:15:00+08:00",
        "time": "上午10:15",
        "dateheader": "2024年3月12日 星期二",
        "labels": [LABEL_TALK, LABEL_REPOST],
        "source": "轉載自：區委組織部微信公眾號「黨建之窗」，2024年3月12日。",
        "tail": "（原文連結：區委組織部微信公眾號，轉載僅供參考，如有侵權請留言告知。）",
        "style": "div",
        "more_after": 2,
    },
    {
        "speech": SPEECHES["blogger-2"],
        "path": "/2024/01/blog-post_18.html",
        "id": "1938475610293847561",
        "iso": "2024-01-18T21:42:00+08:00",
        "time": "下午9:42",
        "dateheader": "2024年1月18日 星期四",
        "labels": [LABEL_CULTURE, LABEL_REPOST],
        "source": "轉載自：市文化廣電和旅遊局網站「工作動態」欄目。發言者為某縣文化館館長。",
        "tail": "（原文連結：市文化廣電和旅遊局網站。本文僅作資料保存，版權歸原作者所有。）",
        "style": "p",
        "more_after": 2,
    },
]

HEAD = """<!DOCTYPE html>
<html class='v2' dir='ltr' lang='zh-TW' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='@@BASE@@/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='@@CANONICAL@@' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="兩岸文摘 - Atom" href="@@BASE@@/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="兩岸文摘 - RSS" href="@@BASE@@/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="兩岸文摘 - Atom" href="https://www.blogger.com/feeds/@@BLOGID@@/posts/default" />
@@POSTFEED@@<link rel="me" href="@@PROFILE@@" />
<!--[if IE]><script type="text/javascript" src="https://www.blogger.com/static/v1/jsbin/3101730221-ieretrofit.js"></script>
<![endif]-->
<meta content='@@CANONICAL@@' property='og:url'/>
<meta content='@@OGTITLE@@' property='og:title'/>
<meta content='@@OGDESC@@' property='og:description'/>
<!--[if IE]> <script> (function() { var html5 = ("abbr,article,aside,audio,canvas,datalist,details," + "figure,footer,header,hgroup,mark,menu,meter,nav,output," + "progress,section,time,video").split(','); for (var i = 0; i < html5.length; i++) { document.createElement(html5[i]); } try { document.execCommand('BackgroundImageCache', false, true); } catch(e) {} })(); </script> <![endif]-->
<title>@@TITLE@@</title>
<style id='page-skin-1' type='text/css'><!--
/*
-----------------------------------------------
Blogger Template Style
Name:     Simple
Designer: Blogger
URL:      www.blogger.com
----------------------------------------------- */
body {
  font: normal normal 14px 'Trebuchet MS', Trebuchet, Verdana, sans-serif;
  color: #444444;
  background: #eeeeee none repeat scroll top left;
}
.post-body { font-size: 110%; line-height: 1.4; position: relative; }
h3.post-title, .comments h4 { font: normal normal 22px 'Trebuchet MS',Trebuchet,Verdana,sans-serif; margin: .75em 0 0; }
--></style>
<style id='template-skin-1' type='text/css'><!--
body { min-width: 960px; }
.content-outer, .content-fauxcolumn-outer, .region-inner { min-width: 960px; max-width: 960px; _width: 960px; }
--></style>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1245390987-widgets.js"></script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) { if(window.addEventListener) { window.addEventListener('load', function(){ object[attribute] = val; }, false); } else { window.attachEvent('onload', function(){ object[attribute] = val; }); } }
  </script>
<div id="navbar-iframe-container"></div>
<script type="text/javascript" src="https://apis.google.com/js/platform.js"></script>
<script type="text/javascript">
      gapi.load("gapi.iframes:gapi.iframes.style.bubble", function() {
        if (gapi.iframes && gapi.iframes.getContext) {
          gapi.iframes.getContext().openChild({
              url: 'https://www.blogger.com/navbar/@@BLOGID@@?origin\\x3dhttps://@@HOST@@',
              where: document.getElementById("navbar-iframe-container"),
              id: "navbar-iframe"
          });
        }
      });
    </script><script type="text/javascript">
(function() {
var script = document.createElement('script');
script.type = 'text/javascript';
script.src = '//pagead2.googlesyndication.com/pagead/js/google_top_exp.js';
var head = document.getElementsByTagName('head')[0];
if (head) {
head.appendChild(script);
}})();
</script>
</div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div></div></div>
<div class='content'>
<div class='content-outer'>
<header>
<div class='header-outer'><div class='header-inner region-inner'>
<div class='header section' id='header' name='標頭'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='/'>兩岸文摘</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>收錄大陸各地的講話、發言與公文，轉載僅供參考與資料保存。</span></p>
</div>
</div>
</div></div>
</div></div>
</header>
<div class='main-outer'><div class='main-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxcolumns'></div>
<div class='region-inner main-inner'>
<div class='columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main' name='主要'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
"""


def archive_widget(open_post: str | None) -> str:
    march = [p for p in POSTS if p["path"].startswith("/2024/03/")]
    jan = [p for p in POSTS if p["path"].startswith("/2024/01/")]

    def month(name, url, posts, expanded):
        inner = ""
        if expanded:
            inner = "<ul class='posts'>\n" + "".join(
                f"<li><a href='{p['path']}'>{tw(p['speech'].title)}</a></li>\n" for p in posts
            ) + "</ul>\n"
        state = "expanded" if expanded else "collapsed"
        zippy = "toggle-open'>▼&nbsp;" if expanded else "'>►&nbsp;"
        return (f"<li class='archivedate {state}'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy {zippy}</span>\n</a>\n"
                f"<a class='post-count-link' href='{url}'>{name}</a>\n<span class='post-count' dir='ltr'>({len(posts)})</span>\n{inner}</li>\n")

    open_month = "/2024/01/" if open_post and open_post.startswith("/2024/01/") else "/2024/03/"
    return f"""<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>網誌存檔</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'>
<span class='zippy toggle-open'>▼&nbsp;</span>
</a>
<a class='post-count-link' href='/2024/'>2024</a>
<span class='post-count' dir='ltr'>(2)</span>
<ul class='hierarchy'>
{month("3月", "/2024/03/", march, open_month == "/2024/03/")}{month("1月", "/2024/01/", jan, open_month == "/2024/01/")}</ul>
</li>
</ul>
<ul class='hierarchy'>
<li class='archivedate collapsed'>
<a class='toggle' href='javascript:void(0)'>
<span class='zippy'>►&nbsp;</span>
</a>
<a class='post-count-link' href='/2023/'>2023</a>
<span class='post-count' dir='ltr'>(14)</span>
</li>
</ul>
</div>
</div>
<div class='clear'></div>
</div>
</div>"""


def sidebar(open_post=None) -> str:
    labels = "".join(
        f"<li>\n<a dir='ltr' href='{label_url(name)}'>{name}</a>\n<span dir='ltr'>({n})</span>\n</li>\n"
        for name, n in ((LABEL_REPOST, 16), (LABEL_TALK, 9), (LABEL_CULTURE, 3))
    )
    popular = "".join(
        f"<li>\n<div class='item-content'>\n<div class='item-title'><a href='{p['path']}'>{tw(p['speech'].title)}</a></div>\n</div>\n<div style='clear: both;'></div>\n</li>\n"
        for p in POSTS
    )
    return f"""</div></div>
</div>
</div>
<div class='column-left-outer'><div class='column-left-inner'><aside></aside></div></div>
<div class='column-right-outer'>
<div class='column-right-inner'>
<aside>
<div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' data-version='1' id='Profile1'>
<h2>關於我自己</h2>
<div class='widget-content'>
<a href='{PROFILE}'><img alt='我的相片' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEg_profile/s80/laozhou.jpg' width='80'/></a>
<dl class='profile-datablock'>
<dt class='profile-data'>
<a class='profile-name-link g-profile' href='{PROFILE}' rel='author' style='background-image: url(//www.blogger.com/img/logo-16.png);'>
周老師
</a>
</dt>
<dd class='profile-textblock'>退休國文老師，住臺中。收集兩岸公文與講話稿作為寫作教學的材料。</dd>
</dl>
<a class='profile-link' href='{PROFILE}' rel='author'>檢視我的完整簡介</a>
<div class='clear'></div>
</div>
</div><div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>熱門文章</h2>
<div class='widget-content popular-posts'>
<ul>
{popular}</ul>
<div class='clear'></div>
</div>
</div>{archive_widget(open_post)}<div class='widget Label' data-version='1' id='Label1'>
<h2>標籤</h2>
<div class='widget-content list-label-widget-content'>
<ul>
{labels}</ul>
<div class='clear'></div>
</div>
</div></div>
</aside>
</div>
</div>
</div>
<div style='clear: both'></div>
</div>
</div>
</div>
<footer>
<div class='footer-outer'><div class='footer-inner region-inner'>
<div class='foot section' id='footer-3' name='頁尾'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
「簡約」主題. 由 <a href='https://www.blogger.com' target='_blank'>Blogger</a> 技術提供.
</div>
<div class='clear'></div>
</div></div>
</div></div>
</footer>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1245390987-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY5_a1b2c3d4e5f6:1710209700000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BLOG_ID}','//{HOST}/','{BLOG_ID}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BLOG_ID}', 'title': '兩岸文摘', 'url': 'https://{HOST}/', 'languageDirection': 'ltr', 'feedLinks': '', 'locale': 'zh-TW'}}}}]);
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {{}}, 'displayModeFull'));
</script>
</body>
</html>
"""


def body_html(post, cut: bool) -> str:
    paras = [tw(p) for p in post["speech"].paras]
    source, tail = post["source"], post["tail"]
    more = post["more_after"]
    parts = []
    if post["style"] == "div":
        parts.append(f"<div>{source}</div>\n<div><br /></div>\n")
        for k, p in enumerate(paras):
            if k == more:
                if cut:
                    break
                parts.append("<a name='more'></a>")
            parts.append(f"<div>　　{p}</div>\n<div><br /></div>\n")
        if not cut:
            parts.append(f"<div><span style=\"color: #999999; font-size: x-small;\">{tail}</span></div>\n")
        return '<div dir="ltr" style="text-align: left;" trbidi="on">\n' + "".join(parts) + "</div>\n"
    parts.append(f'<p><span style="color: #666666;"><i>{source}</i></span></p>\n')
    for k, p in enumerate(paras):
        if k == more:
            if cut:
                break
            parts.append("<a name='more'></a>")
        parts.append(f'<p style="text-indent: 2em;"><span style="font-family: &quot;微軟正黑體&quot;, sans-serif; font-size: medium;">{p}</span></p>\n')
    if not cut:
        parts.append(f'<p><span style="font-size: x-small;">{tail}</span></p>\n')
    return "".join(parts)


def post_html(post, cut: bool) -> str:
    title = tw(post["speech"].title)
    pid = post["id"]
    url = BASE + post["path"]
    labels = ", ".join(f"<a href='{label_url(n)}' rel='tag'>{n}</a>" for n in post["labels"])
    jump = ""
    if cut:
        jump = f"<div class='jump-link'>\n<a href='{post['path']}#more' title='{title}'>閱讀完整內容 »</a>\n</div>\n"
    comments = ""
    if not cut:
        comments = f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>沒有留言:</h4>
<div id='Blog1_comments-block-wrapper'>
<dl class='avatar-comment-indent' id='comments-block'>
</dl>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>張貼留言</h4>
<p>
</p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={pid}&amp;hl=zh-TW&amp;skin=simple' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
<script src='https://www.blogger.com/static/v1/jsbin/2830521187-comment_from_post_iframe.js' type='text/javascript'></script>
<script type='text/javascript'>
      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
    </script>
</div>
</p>
</div>
"""
    return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{f"<a href='{post['path']}'>{title}</a>" if cut else title}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='{"description " if cut else ""}articleBody'>
{body_html(post, cut)}<div style='clear: both;'></div>
</div>
{jump}<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
張貼者：
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='{PROFILE}' itemprop='url'/>
<a class='g-profile' href='{PROFILE}' rel='author' title='author profile'>
<span itemprop='name'>周老師</span>
</a>
</span>
</span>
<span class='post-timestamp'>
於
<meta content='{url}' itemprop='url'/>
<a class='timestamp-link' href='{post['path']}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{post['iso']}'>{post['time']}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{post['path']}#comment-form' onclick=''>
沒有留言:
  </a>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1283746501'>
<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={pid}&amp;from=pencil' title='編輯文章'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=email' target='_blank' title='以電子郵件傳送這篇文章'><span class='share-button-link-text'>以電子郵件傳送這篇文章</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=blog' onclick='window.open(this.href, "_blank", "height=270,width=475"); return false;' target='_blank' title='BlogThis！'><span class='share-button-link-text'>BlogThis！</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=twitter' target='_blank' title='分享至 X'><span class='share-button-link-text'>分享至 X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=facebook' onclick='window.open(this.href, "_blank", "height=430,width=640"); return false;' target='_blank' title='分享至 Facebook'><span class='share-button-link-text'>分享至 Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=pinterest' target='_blank' title='分享到 Pinterest'><span class='share-button-link-text'>分享到 Pinterest</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
標籤：
{labels}
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
</span>
</div>
</div>
</div>
{comments}</div>
"""


def date_outer(post, cut):
    return f"""<div class='date-outer'>
<h2 class='date-header'><span>{post['dateheader']}</span></h2>
<div class='date-posts'>
{post_html(post, cut)}</div></div>
"""


def blog_pager(newer: str | None, older: str | None, home_link: bool = True) -> str:
    out = "<div class='blog-pager' id='blog-pager'>\n"
    if newer:
        out += f"<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{newer}' id='Blog1_blog-pager-newer-link' title='較新的文章'>較新的文章</a>\n</span>\n"
    if older:
        out += f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{older}' id='Blog1_blog-pager-older-link' title='較舊的文章'>較舊的文章</a>\n</span>\n"
    if home_link:
        out += "<a class='home-link' href='/'>首頁</a>\n"
    return out + "</div>\n<div class='clear'></div>\n"


def feed_links(post_page: bool) -> str:
    if post_page:
        return "<div class='post-feeds'>\n<div class='feed-links'>\n訂閱：\n<a class='feed-link' href='https://" + HOST + "/feeds/posts/default' target='_blank' type='application/atom+xml'>張貼留言 (Atom)</a>\n</div>\n</div>\n"
    return "<div class='blog-feeds'>\n<div class='feed-links'>\n訂閱：\n<a class='feed-link' href='https://" + HOST + "/feeds/posts/default' target='_blank' type='application/atom+xml'>文章 (Atom)</a>\n</div>\n</div>\n"


def page(title, canonical, main, open_post=None, ogdesc="", postfeed=""):
    head = render(
        HEAD,
        BASE=BASE,
        CANONICAL=canonical,
        BLOGID=BLOG_ID,
        PROFILE=PROFILE,
        OGTITLE=title,
        OGDESC=ogdesc,
        TITLE=title,
        HOST=HOST,
        POSTFEED=postfeed,
    )
    return head + main + "</div>\n" + sidebar(open_post)


SEARCH_OLDER = "/search?updated-max=2024-03-12T10:15:00%2B08:00&max-results=1"
SEARCH_NEWER = "/search?updated-min=2024-01-18T21:42:00%2B08:00&max-results=1&reverse-paginate=true"


def build_family() -> Family:
    class BloggerFamily(Family):
        def file_for_url(self, url: str) -> str:
            parts = urlsplit(url if "://" in url else self.url(url))
            if parts.query:
                return self.query_routes[parts.path + "?" + parts.query]
            key = unquote(parts.path).lstrip("/")
            return key + "index.html" if (not key or key.endswith("/")) else key

    return BloggerFamily(
        HOST,
        "Blogger (blogspot) Traditional-script blog, classic Simple layout, zh-TW: reposted mainland speeches, jump breaks, updated-max pagination, Atom feed",
        content_type="text/html; charset=UTF-8",
        extensionless_html=True,
        site_note="Blogger; the Atom feed /feeds/posts/default is typed by the replica as application/atom+xml; label pages /search/label/講話 are extensionless",
    )


def build() -> Family:
    fam = build_family()
    p1, p2 = POSTS
    # post pages
    for i, post in enumerate(POSTS):
        newer = POSTS[i - 1]["path"] if i else None
        older = POSTS[i + 1]["path"] if i + 1 < len(POSTS) else "/2023/12/blog-post_28.html"
        main = date_outer(post, cut=False) + "</div>\n" + blog_pager(newer, older) + feed_links(True)
        title = tw(post["speech"].title)
        postfeed = f'<link rel="alternate" type="application/atom+xml" title="兩岸文摘 - Atom" href="{BASE}/feeds/{post["id"]}/comments/default" />\n'
        fam.put(post["path"], page(f"{BLOG}: {title}", BASE + post["path"], main, post["path"], tw(post["speech"].paras[1][:60]), postfeed))
        fam.doc([post["path"]], post["speech"], text=TO_CN.convert(tw(post["speech"].text)),
                title=TO_CN.convert(tw(post["speech"].title)))
    # home: newest post cut at the jump break, older page through updated-max
    home_main = date_outer(p1, cut=True) + "</div>\n" + blog_pager(None, SEARCH_OLDER, home_link=False) + feed_links(False)
    fam.put("/", page(BLOG, BASE + "/", home_main, None, "收錄大陸各地的講話、發言與公文，轉載僅供參考與資料保存。"))
    older_main = date_outer(p2, cut=True) + "</div>\n" + blog_pager(SEARCH_NEWER, "/search?updated-max=2024-01-18T21:42:00%2B08:00&max-results=1") + feed_links(False)
    fam.route(SEARCH_OLDER, "/search-pages/older-1.html", page(BLOG, BASE + "/", older_main))
    # month archives
    for month, posts in (("/2024/03/", [p1]), ("/2024/01/", [p2])):
        main = "".join(date_outer(p, cut=True) for p in posts) + "</div>\n" + blog_pager(None, None) + feed_links(False)
        fam.put(month, page(f"{BLOG}: {month[1:5]}-{month[6:8]}", BASE + month, main, posts[0]["path"]))
    # label pages
    label_posts = {LABEL_TALK: [p1], LABEL_REPOST: [p1, p2], LABEL_CULTURE: [p2]}
    for name, posts in label_posts.items():
        status = f"<div class='status-msg-wrap'>\n<div class='status-msg-body'>\n顯示具有 <b>{name}</b> 標籤的文章。 <a href=\"/\">顯示所有文章</a>\n</div>\n<div class='status-msg-border'><div class='status-msg-bg'><div class='status-msg-hidden'>顯示具有 <b>{name}</b> 標籤的文章。 <a href=\"/\">顯示所有文章</a></div></div></div>\n</div>\n<div style='clear: both;'></div>\n"
        main = status + "".join(date_outer(p, cut=True) for p in posts) + "</div>\n" + blog_pager(None, None) + feed_links(False)
        fam.files["search/label/" + name] = page(f"{BLOG}: {name}", BASE + label_url(name), main).encode("utf-8")
    # Atom feed (full content, as Blogger sends it by default)
    entries = ""
    for post in POSTS:
        content = body_html(post, cut=False).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{n}'/>" for n in post["labels"])
        entries += (f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{post['id']}</id><published>{post['iso'][:19]}.000+08:00</published>"
                    f"<updated>{post['iso'][:19]}.000+08:00</updated>{cats}<title type='text'>{tw(post['speech'].title)}</title>"
                    f"<content type='html'>{content}</content>"
                    f"<link rel='replies' type='application/atom+xml' href='{BASE}/feeds/{post['id']}/comments/default' title='張貼留言'/>"
                    f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{post['id']}'/>"
                    f"<link rel='alternate' type='text/html' href='{BASE}{post['path']}' title='{tw(post['speech'].title)}'/>"
                    f"<author><name>周老師</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email></author><thr:total>0</thr:total></entry>")
    fam.files["feeds/posts/default"] = (
        "<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"https://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
        "xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
        f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>2024-03-12T10:15:41.318+08:00</updated>"
        + "".join(f"<category term='{n}'/>" for n in (LABEL_REPOST, LABEL_TALK, LABEL_CULTURE))
        + f"<title type='text'>{BLOG}</title><subtitle type='html'>收錄大陸各地的講話、發言與公文，轉載僅供參考與資料保存。</subtitle>"
        f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{BASE}/feeds/posts/default'/>"
        f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/>"
        f"<link rel='alternate' type='text/html' href='{BASE}/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/>"
        f"<link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default?start-index=26&amp;max-results=25'/>"
        f"<author><name>周老師</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email></author>"
        "<generator version='7.00' uri='https://www.blogger.com'>Blogger</generator><openSearch:totalResults>16</openSearch:totalResults>"
        "<openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
        + entries + "</feed>"
    ).encode("utf-8")
    fam.put("/robots.txt", f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n")
    fam.files["sitemap.xml"] = (
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "".join(f"<url><loc>{BASE}{p['path']}</loc><lastmod>{p['iso'][:19]}Z</lastmod></url>" for p in POSTS)
        + "</urlset>"
    ).encode("utf-8")
    fam.not_documents += ["/", SEARCH_OLDER, "/2024/03/", "/2024/01/"] + [label_url(n) for n in label_posts]
    fam.noise += [
        "轉載自：",
        "區委組織部微信公眾號",
        "原文連結",
        "轉載僅供參考",
        "本文僅作資料保存",
        "版權歸原作者所有",
        "張貼者：",
        "周老師",
        "沒有留言",
        "張貼留言",
        "以電子郵件傳送這篇文章",
        "BlogThis！",
        "分享至 Facebook",
        "標籤：",
        "較新的文章",
        "較舊的文章",
        "訂閱：",
        "網誌存檔",
        "關於我自己",
        "檢視我的完整簡介",
        "熱門文章",
        "閱讀完整內容",
        "「簡約」主題",
        "技術提供",
        "兩岸文摘",
        "顯示具有",
        "2024年3月12日 星期二",
    ]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = ("Traditional-script pages (UTF-8); expected titles and texts are Simplified (s2tw, then tw2s): compare after converting. "
                "The older home page is the query route /search?updated-max=…; label pages /search/label/講話 are extensionless "
                "(written percent-encoded); the Atom feed /feeds/posts/default (full content) is not a non-document")
    return fam
