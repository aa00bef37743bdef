"""搜狗微信 (weixin.sogou.com) article search as a crawler without JavaScript gets it, leading to the WeChat
article pages: home `/` (the 搜狗微信 front page: search box, 热门 tabs, `news-list` of today's hot articles),
the results page `/weixin?type=2&query=讲话稿&ie=utf8` (query route; `ul.news-list > li#sogou_vr_11002601_box_N`,
`h3 > a` titles with `<em><!--red_beg-->…<!--red_end--></em>` highlights, `p.txt-info` 摘要, `div.s-p` with
`a.account` and the date only as `<script>document.write(timeConvert('…'))</script>`, `#pagebar_container`
pager with `&page=2`); every result links `/link?url=<token>&type=2&query=…`, a query route answering Sogou's
redirect page: no `<a>`, only a script assembling the article address in pieces (`url += '…'`) and
`window.location.replace(url)`. The articles are mp.weixin.qq.com's temporary-link pages
`/s?src=11&timestamp=…&ver=…&signature=…&new=1` as served (folded onto this host; query routes): `#js_article`,
`h1#activity-name`, `#meta_content` (作者, `#js_name`, empty `em#publish_time`), the hidden profile card,
`div#js_content` with `style="visibility: hidden;"` (关注 line, 楷体 preamble, the speech's centred title /
speaker / date lines, `<p><span>` paragraphs, - END -, 来源 / 编辑 / 审核), 阅读原文, 微信扫一扫关注该公众号,
`var ct` / `msg_link` scripts; the date a page prints is the date line under the speaker."""

from urllib.parse import quote

from common import SPEECHES, Family

HOST = "weixin.sogou-like.test"
Q = "讲话稿"
QE = quote(Q)

ARTS = [
    {"speech": SPEECHES["F35A2"], "title": "县委书记在全县新时代文明实践志愿服务工作推进会上的讲话", "nick": "文明和平", "wxid": "wmhp2019",
     "intro": "和平县文明办官方公众号，传播文明新风，发布志愿服务信息。", "author": "县文明办",
     "speaker": "县委书记　周振华", "dline": "（2024年12月5日）", "ct": "1733394600",
     "pre": "12月5日，全县新时代文明实践志愿服务工作推进会召开。县委书记周振华出席会议并讲话。现将讲话全文刊发如下。",
     "token": "dn9a_-gY295K0Rci_xozVXfdMkSQTLW6cwJThYulHEtVjXrGTiVgS2mRwCCXRrH8fZ4uTz3kd1Y3HzA5lqHqQ1sWg8YzJLEm7qXp0aUw6Vc",
     "src": "src=11&timestamp=1733480412&ver=5698&signature=Yk3Qd8m1Wg-0pT7z2rZcNvLbE4aHsXoJ9fUiK5yRqD3mA6wP1eC8tB0nV2uG7hS*dF4lKjx=&new=1",
     "biz": "MzI0NTk1ODA2Nw==", "mid": "2247516802", "sn": "c4a1e6f0b9d3827561ae4f0c2b7d9e13"},
    {"speech": SPEECHES["F35A5"], "title": "全文来了！县长在优化营商环境暨民营企业家座谈会上这样说", "nick": "清源县融媒", "wxid": "qingyuan_rm",
     "intro": "清源县融媒体中心官方公众号。", "author": "清源融媒",
     "speaker": "县委副书记、县长　林海涛", "dline": "（2024年9月12日）", "ct": "1726138800",
     "pre": "9月12日下午，全县优化营商环境暨民营企业家座谈会召开，县长林海涛与十二位民营企业家面对面交流。以下为讲话全文：",
     "token": "dn9a_-gY295K0Rci_xozVXfdMkSQTLW6EzDJysI4ql5MPrOUp16838dGRMI7NnPqh7vH1w0lL2Y9g3kS1PXfWcNq2TbRz9Jm4HkLa0sYd8F",
     "src": "src=11&timestamp=1733480412&ver=5698&signature=Rm8sB1xK0dQ-4nH7jL2vT9cW5eP3gUaZ6yF1oIqE8rN0tM*kX7bS4hC2wJ9lA5uDfG3zVp=&new=1",
     "biz": "MzA5ODQ3NTIxMA==", "mid": "2651078841", "sn": "7f2e90d1a3b4c5d6e7f80912a3b4c5d6"},
]
OTHERS = [
    ("dn9a_-gY295K0Rci_xozVXfdMkSQTLW6q8LmTzPd3FgR5wN7aK2sV4bX9eC1uH6jY0oQ", "2024年第四季度工作会议<em><!--red_beg-->讲话稿<!--red_end--></em>（5篇）", "笔杆子文稿", "1733221800",
     "精选5篇季度工作会议讲话稿，供大家参考借鉴。第一篇：在第四季度工作会议上的讲话……"),
    ("dn9a_-gY295K0Rci_xozVXfdMkSQTLW6P0wE4rT7yU1iO3pA6sD9fG2hJ5kL8zX1cV", "年终总结会领导<em><!--red_beg-->讲话稿<!--red_end--></em>，拿去直接用！", "公文素材库", "1733135400",
     "年底了，各类总结会接踵而至，领导讲话稿怎么写？今天分享一篇范文……"),
]


def link(token):
    return f"/link?url={token}&type=2&query={QE}"


def head(title):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="referrer" content="always">
<title>{title}</title>
<link rel="shortcut icon" href="//www.sogou-like.test/images/logo/new/favicon.ico?v=4" type="image/x-icon">
<link rel="stylesheet" href="/new/pc/css/weixin-search.min.css?v=20220524">
<script>var uigs_para = {{"uigs_productid":"vs_web","terminal":"web","vstype":"weixin","pagetype":"result","query":"{Q}","wuid":""}};</script>
</head>
"""


TOP = f"""<div class="header-box">
  <div class="header">
    <a class="logo" href="/" uigs="logo"><img src="/new/pc/images/logo.png" alt="搜狗微信搜索"></a>
    <form name="searchForm" action="/weixin" id="searchForm">
      <div class="querybox"><span class="qborder"><input type="text" class="query" name="query" id="query" value="@@Q@@" autocomplete="off"></span></div>
      <input type="hidden" name="type" value="2"><input type="hidden" name="ie" value="utf8">
      <span class="swz"><input type="submit" class="swz2" value="搜文章" uigs="search_article"></span><span class="swz"><input type="button" class="swz" value="搜公众号" onclick="searchAccount()" uigs="search_account"></span>
    </form>
    <div class="login-info"><a href="javascript:void(0);" id="loginBtn" class="btn-login" uigs="login">登录</a></div>
  </div>
</div>"""

FOOT = """<div class="footer-box">
  <p><a href="http://help.sogou-like.test/" target="_blank">帮助</a>　<a href="https://fankui.sogou-like.test/index.php/web/web/index/type/4" target="_blank">意见反馈</a>　<a href="http://corp.sogou-like.test/private.html" target="_blank">隐私政策</a>　<a href="/wap" target="_blank">手机版</a></p>
  <p>&copy; 2024 SOGOU.COM　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证050897号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11000002000025" target="_blank">京公网安备11000002000025号</a></p>
</div>
<script src="/new/pc/js/jquery-1.8.3.min.js"></script>
<script src="/new/pc/js/search.min.js?v=20220524"></script>
<script>
function timeConvert(t){var d=new Date(t*1000),n=new Date();var s=(n-d)/1000;if(s<3600)return Math.floor(s/60)+'分钟前';if(s<86400)return Math.floor(s/3600)+'小时前';if(s<86400*7)return Math.floor(s/86400)+'天前';return d.getFullYear()+'-'+(d.getMonth()+1)+'-'+d.getDate();}
</script>
<script src="//www.sogou-like.test/sug/js/pbsug.min.js"></script>
<script src="/js/uigs.min.js?v=20220524"></script>
</body>
</html>
"""


def result_li(n, token, title_html, summary, nick, ct, img=True):
    pic = (f'<div class="img-box"><a data-z="art" target="_blank" id="sogou_vr_11002601_img_{n}" href="{link(token).replace("&", "&amp;")}" uigs="article_image_{n}">'
           f'<img src="//img01.sogoucdn-like.test/net/a/04/link?appid=100520033&amp;url=https://mmbiz.qpic-like.test/mmbiz_jpg/{token[-12:]}/0?wx_fmt=jpeg" onload="resizeImage(this,140,105)" onerror="errorImage(this)"></a></div>') if img else ""
    return f"""<li id="sogou_vr_11002601_box_{n}" d="ab735a258a90e8e1-6bee54fcbd896b2a-{token[-16:]}">
{pic}
<div class="txt-box">
<h3><a target="_blank" href="{link(token).replace("&", "&amp;")}" id="sogou_vr_11002601_title_{n}" uigs="article_title_{n}" data-share="https://weixin.sogou-like.test/api/share?timestamp=1733480412&amp;signature=qIbwY*nI6KU9tBso4VCd8lYSesxOYgLcHX5tlbqlMR8N6flDHs4LLcFgRw7FjTAO2QGTuFfb4xC8y7BT9a3mT">{title_html}</a></h3>
<p class="txt-info" id="sogou_vr_11002601_summary_{n}">{summary}</p>
<div class="s-p" t="{ct}"><span class="all-time-y2">{nick}</span><span class="s2"><script>document.write(timeConvert('{ct}'))</script></span></div>
</div>
</li>"""


def hl(title):
    return title.replace("讲话", "<em><!--red_beg-->讲话<!--red_end--></em>")


def results_page(page):
    if page == 1:
        items = [result_li(i, a["token"], hl(a["title"]), a["pre"][:60] + "...", a["nick"], a["ct"]) for i, a in enumerate(ARTS)]
        items += [result_li(i + 2, t, h, s, nk, ct) for i, (t, h, nk, ct, s) in enumerate(OTHERS)]
        pager = f'<div class="p-fy" id="pagebar_container"><span>1</span><a id="sogou_page_2" href="?query={QE}&amp;type=2&amp;page=2&amp;ie=utf8" uigs="page_2">2</a><a id="sogou_page_3" href="?query={QE}&amp;type=2&amp;page=3&amp;ie=utf8" uigs="page_3">3</a><a id="sogou_next" href="?query={QE}&amp;type=2&amp;page=2&amp;ie=utf8" class="np" uigs="page_next">下一页</a></div>'
    else:
        items = [result_li(0, "dn9a_-gY295K0Rci_xozVXfdMkSQTLW6mN3bV5cX7zL9kJ1hG3fD5sA7pO9iU1yT3rE5wQ", "在年度总结表彰大会上的<em><!--red_beg-->讲话稿<!--red_end--></em>", "同志们：今天我们召开年度总结表彰大会，回顾过去一年的工作……", "公文写作指南", "1732962600", img=False)]
        pager = f'<div class="p-fy" id="pagebar_container"><a id="sogou_prev" href="?query={QE}&amp;type=2&amp;page=1&amp;ie=utf8" class="np" uigs="page_prev">上一页</a><a href="?query={QE}&amp;type=2&amp;page=1&amp;ie=utf8">1</a><span>2</span><a id="sogou_page_3" href="?query={QE}&amp;type=2&amp;page=3&amp;ie=utf8" uigs="page_3">3</a><a id="sogou_next" href="?query={QE}&amp;type=2&amp;page=3&amp;ie=utf8" class="np" uigs="page_next">下一页</a></div>'
    body = f"""<body>
{TOP.replace("@@Q@@", Q)}
<div class="wrapper" id="wrapper">
  <div class="main-left" id="main">
    <div class="mun" id="pagebar_rs">搜狗已为您找到约3,118条相关结果</div>
    <div class="news-box">
      <ul class="news-list">
{chr(10).join(items)}
      </ul>
    </div>
    {pager}
    <div class="hint-box" id="hint_container" style="display:none">以下内容来自微信公众平台</div>
  </div>
  <div class="main-right">
    <div class="right-box"><h3>相关搜索</h3><ul><li><a href="/weixin?type=2&amp;query={quote('领导讲话稿')}&amp;ie=utf8">领导讲话稿</a></li><li><a href="/weixin?type=2&amp;query={quote('会议讲话')}&amp;ie=utf8">会议讲话</a></li></ul></div>
    <div class="right-box app-box"><img src="/new/pc/images/qr_wx.png" alt=""><p>扫码关注搜狗微信搜索<br>随时随地搜文章</p></div>
  </div>
</div>
""" + FOOT
    return head(f"{Q}的相关微信公众号文章 – 搜狗微信搜索") + body


def home_page():
    items = [result_li(i, a["token"].replace("?", ""), a["title"], a["pre"][:60] + "...", a["nick"], a["ct"]) for i, a in enumerate(ARTS)]
    body = f"""<body>
{TOP.replace("@@Q@@", "")}
<div class="wrapper" id="wrapper">
  <div class="tab-box" id="type_tab"><a href="javascript:void(0);" class="cur" uigs="type_pc_0">热门</a><a href="javascript:void(0);" uigs="type_pc_1">搞笑</a><a href="javascript:void(0);" uigs="type_pc_2">养生堂</a><a href="javascript:void(0);" uigs="type_pc_3">私房话</a><a href="javascript:void(0);" uigs="type_pc_4">八卦精</a><a href="javascript:void(0);" uigs="type_pc_5">科技咖</a><a href="javascript:void(0);" uigs="type_pc_6">财经迷</a></div>
  <div class="news-box" id="pc_0_0">
    <ul class="news-list">
{chr(10).join(items)}
    </ul>
    <div class="look-more" id="look-more"><a href="javascript:void(0);" uigs="pc_0_more">加载更多内容</a></div>
  </div>
  <div class="hot-words"><h3>搜索热词</h3><ol><li><a href="/weixin?type=2&amp;query={QE}&amp;ie=utf8" uigs="hotword_0">{Q}</a></li><li><a href="/weixin?type=2&amp;query={quote('年终总结')}&amp;ie=utf8" uigs="hotword_1">年终总结</a></li></ol></div>
</div>
""" + FOOT
    return head("搜狗微信搜索_订阅号及文章内容独家收录，一搜即达") + body


def redirect_page(a):
    url = f"http://{HOST}/s?{a['src']}"
    pieces = [url[i:i + 11] for i in range(0, len(url), 11)]
    lines = "\n".join(f"    url += '{p}';" for p in pieces)
    return f"""<meta content="always" name="referrer">
<script>
    var url = '';
{lines}
    url.replace("@", "");
    window.location.replace(url)
</script>
"""


SPAN = 'style="font-size: 16px;letter-spacing: 1px;"'


def js_content(a):
    s = a["speech"]
    out = [f'<section style="text-align: center;"><span style="font-size: 14px;color: rgb(0, 128, 255);">点击蓝字 关注我们</span></section>',
           f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;font-size: 15px;">{a["pre"]}</span></p>',
           f'<p style="text-align: center;"><strong><span style="font-size: 18px;">{s.title}</span></strong></p>',
           f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;font-size: 15px;">{a["speaker"]}</span></p>',
           f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;font-size: 15px;">{a["dline"]}</span></p>']
    for para in s.paras:
        out.append(f'<p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 16px;"><span {SPAN}>{para}</span></p>')
    out += ['<p style="text-align: center;"><span style="font-size: 12px;color: rgb(178, 178, 178);">- END -</span></p>',
            f'<p><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：{a["author"]}</span></p>',
            '<p><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：王悦　审核：何立新</span></p>',
            '<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.4" data-src="https://mmbiz.qpic-like.test/mmbiz_gif/end/640?wx_fmt=gif" data-type="gif" data-w="640"></p>',
            '<p style="text-align: right;"><span style="font-size: 14px;color: rgb(136, 136, 136);">分享、点赞、在看，三连走起</span></p>']
    return "\n".join(out)


def article_page(a):
    s = a["speech"]
    desc = a["pre"][:54]
    link_ = f"http://mp.weixin.qq-like.test/s?__biz={a['biz']}&amp;mid={a['mid']}&amp;idx=1&amp;sn={a['sn']}&amp;chksm=ec4d1f2adb3a963c#rd"
    return f"""<!DOCTYPE html>
<html class="">
<head>
<meta name="wechat-enable-text-zoom-em" content="true">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="color-scheme" content="light dark">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq-like.test/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="description" content="{desc}" />
<meta name="author" content="{a['author']}" />
<meta property="og:title" content="{a['title']}" />
<meta property="og:url" content="{link_}" />
<meta property="og:description" content="{desc}" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{a['author']}" />
<meta property="twitter:card" content="summary" />
<meta property="twitter:title" content="{a['title']}" />
<meta property="twitter:creator" content="{a['nick']}" />
<meta property="twitter:site" content="微信公众平台" />
<title>{a['title']}</title>
<link rel="stylesheet" href="//res.wx.qq-like.test/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.b8ee0a5e.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default ">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{a['title']}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">
{a['author']}
</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
{a['nick']}
</a>
<div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">{a['nick']}</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">{a['wxid']}</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">{a['intro']}</span></p>
</div>
</div>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{js_content(a)}
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips weui-toast-wrp" style="display: none;"><div class="weui-toast weui-toast_text-more"><div class="weui-toast__content">预览时标签不可点</div></div></div>
</div>
<div class="rich_media_tool_area">
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a>
</div>
</div>
<div class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
</div>
<div id="unlogin_bottom_bar" class="wx_follow_context wx_follow_context_bottom" style="display:none;"><div class="weui-half-screen-dialog__title">微信扫一扫可打开此内容，<br>使用完整服务</div></div>
<div class="function_mod_index" style="display:none;">：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>
</div>
</div>
<script nonce="602381944" type="text/javascript">
var nickname = htmlDecode("{a['nick']}");
var appmsg_type = "9";
var ct = "{a['ct']}";
var create_time = "{a['ct']}" * 1;
var user_name = "gh_{a['sn'][:12]}";
var msg_title = '{a['title']}'.html(false);
var msg_desc = htmlDecode("{desc}");
var msg_link = "{link_}";
var biz = "{a['biz']}" || "";
var mid = "{a['mid']}" || "";
var idx = "1" || "";
var copyright_stat = "2";
</script>
<script nonce="602381944" type="text/javascript" src="//res.wx.qq-like.test/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.6a7d2b9c.js"></script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(HOST, "搜狗微信 (weixin.sogou.com) search results and /link redirect pages leading to mp.weixin.qq.com temporary-link article pages (js_content)")
    fam.put("/", home_page())
    fam.route(f"/weixin?type=2&query={QE}&ie=utf8", "weixin/q_jianghuagao_1.html", results_page(1))
    fam.route(f"/weixin?query={QE}&type=2&page=2&ie=utf8", "weixin/q_jianghuagao_2.html", results_page(2))
    fam.not_documents += ["/", f"/weixin?type=2&query={QE}&ie=utf8", f"/weixin?query={QE}&type=2&page=2&ie=utf8"]
    for i, a in enumerate(ARTS):
        fam.route(link(a["token"]), f"link/{i}.html", redirect_page(a))
        fam.not_documents.append(link(a["token"]))
        target = f"/s?{a['src']}"
        fam.route(target, f"s/{i}.html", article_page(a))
        fam.doc([target], a["speech"], found_by="script redirect",
                published_at=None)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /weixin?\nDisallow: /link?\nDisallow: /api/\n")
    fam.noise += ["点击蓝字 关注我们", "- END -", "编辑：王悦", "分享、点赞、在看", "阅读原文", "关注该公众号", "现将讲话全文刊发如下",
                  "以下为讲话全文", ARTS[0]["speaker"], ARTS[1]["speaker"], ARTS[0]["dline"], ARTS[1]["dline"], "京ICP证050897号"]
    fam.note = ("the results and home link only Sogou's `/link?url=…` redirect pages, whose script assembles the article address "
                "in pieces and calls window.location.replace (found_by script redirect); the articles are mp.weixin.qq.com "
                "temporary links (`/s?src=11&timestamp=…&signature=…&new=1`) folded onto this host; title is the speech's own "
                "centred title (the articles carry the account's headlines); published_at is the date line under the speaker")
    return fam
