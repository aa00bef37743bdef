"""A personal blog on Typecho 1.2.1 with the handsome theme (v9): left `app-aside` (avatar, 导航 / 组成),
`app-header` navbar, home post cards (`panel` / `panel-small single-post`, `summary`, `post-item-foot-icon`,
`page-navigator`), posts `/archives/N/` with `entry-title` header + `post-head-icon` meta (作者 / 发布时间 /
浏览量 / 评论 / 字数), `breadcrumb` with 分享到, `entry-content l-h-2x` (one post opens with the blogger's
intro blockquote), `show-foot` (最后修改 / © 允许规范转载), `support-author` 赞赏 button + modal,
tags, `pager` 上一篇 / 下一篇, comments and `comment_form`, right `asideBar` with the 文章目录 (`#toc`)
and 热门/最新评论 tabs, and the footer with the ICP line and Powered by Typecho | Theme by handsome."""

import html

from common import SPEECHES, Family

HOST = "blog.handsome-jiangtan.test"
SITE = "讲坛拾遗"
OWNER = "老陶"
T = "/usr/themes/handsome"


def esc(s):
    return html.escape(s, quote=False)


POSTS = [
    dict(cid=318, speech=SPEECHES["R32A5"], date="2024-12-06", time="2024-12-06T21:14:00+08:00", views=412,
         cat=("fayan", "发言"), tags=["志愿服务", "社区", "发言稿"],
         intro="周阿姨是我们小区“银发帮帮团”的队长，昨天在街道志愿服务表彰大会上作了发言，讲得很朴实，台下好多人鼓掌。征得她本人同意，把发言稿整理发在这里。",
         comments=[(57, 0, "小区住户", "2024-12-07T08:32:00+08:00", "周阿姨真的是热心肠，去年我家老人住院也是她们帮着联系的。"),
                   (58, 57, OWNER, "2024-12-07T09:05:00+08:00", "是的，帮帮团的阿姨们都很不容易。"),
                   (61, 0, "路过的", "2024-12-08T19:40:00+08:00", "“闺女，有你们在，我这心里就不慌了”，看哭了。")]),
    dict(cid=297, speech=SPEECHES["R32A6"], date="2024-02-28", time="2024-02-28T22:36:00+08:00", views=1096,
         cat=("jianghua", "讲话"), tags=["营商环境", "企业家座谈会"],
         intro=None,
         comments=[(44, 0, "做外贸的老王", "2024-02-29T10:17:00+08:00", "无还本续贷这条要是真能落地，对我们小厂帮助很大。")]),
]
OTHERS = [
    (312, "冬日读书札记：《乡土中国》", ("suibi", "随笔"), "2024-11-17", "重读费孝通先生的《乡土中国》，对“差序格局”有了新的体会……"),
    (305, "一篇讲话稿是怎样改出来的", ("suibi", "随笔"), "2024-06-02", "在机关写了十几年材料，常有年轻同事问我，稿子怎么才能写得不那么“材料味”……"),
    (289, "记一次县里的老干部座谈会", ("jianghua", "讲话"), "2024-01-19", "春节前，县里照例请退下来的老同志座谈，我负责记录……"),
]
ALL = sorted([(p["cid"], p["speech"].title, p["cat"], p["date"]) for p in POSTS] + [o[:4] for o in OTHERS], key=lambda r: -r[0])


def link(cid):
    return f"/archives/{cid}/"


def cn(d):
    y, m, dd = d[:10].split("-")
    return f"{y} 年 {m} 月 {dd} 日"


def head(title, desc, extra=""):
    return f"""<!DOCTYPE HTML>
<html class="no-js" lang="zh-cmn-Hans">
<head>
    <meta charset="UTF-8">
    <link rel="dns-prefetch" href="//cdn.jsdelivr.net" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover">
    <meta name="renderer" content="webkit">
    <title>{esc(title)}</title>
    <link rel="icon" type="image/ico" href="/favicon.ico">
    <meta name="description" content="{html.escape(desc)}" />
<meta name="keywords" content="讲话,发言稿,随笔" />
<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="handsome" />
<link rel="pingback" href="http://{HOST}/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://{HOST}/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="http://{HOST}/action/xmlrpc?wlw" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; RSS 2.0" href="http://{HOST}/feed/" />
{extra}    <link rel="stylesheet" href="http://{HOST}{T}/assets/css/handsome.min.css?v=9.2.120231009">
    <link rel="stylesheet" href="http://{HOST}{T}/assets/css/features/jquery.fancybox.min.css?v=9.2.120231009">
    <style type="text/css">html.theme-dark .echo_diary,.app-aside-fixed .aside-wrap{{}}</style>
    <script type="text/javascript">
    window['LocalConst'] = {{
        BASE_SCRIPT_URL: 'http://{HOST}{T}/',
        BLOG_URL: 'http://{HOST}/',
        BLOG_URL_N: 'http://{HOST}',
        STATIC_PATH: 'http://{HOST}{T}/assets/',
        BLOG_URL_PHP: 'http://{HOST}/',
        OFF_SCROLL_HEIGHT: '55',
        SHOW_SETTING_BUTTON: '1',
        THEME_COLOR: '1',
        THEME_HEADER_FIX: '1',
        THEME_ASIDE_FIX: '1',
        TOC_TITLE: '文章目录',
        HEADER_FIX: '固定头部',
        ASIDE_FIX: '固定导航',
        SHOW_FOOTER: '',
        IS_PJAX: '1',
        IS_PAJX_COMMENT: '1',
        LOADING_IMG: 'http://{HOST}{T}/assets/img/loading.svg',
        COMMENT_EMPTY: '评论内容不能为空',
        COMMENT_SUBMIT_ERROR: '提交失败，请重试！',
        COMMENT_SUBMIT_SUCCESS: '提交成功',
        VERSION: '9.2.1'
    }}
    </script>
    <script src="http://{HOST}{T}/assets/js/core.min.js?v=9.2.120231009"></script>
</head>
"""


def aside():
    return f"""<aside id="aside" class="app-aside hidden-xs bg-black">
      <div class="aside-wrap" layout="column">
        <div class="navi-wrap scroll-y scroll-hide" flex>
          <div class="clearfix hidden-xs text-center hide show" id="aside-user">
            <div class="dropdown wrapper">
                <div ui-nav>
                  <a href="http://{HOST}/cross.html">
                    <span class="thumb-lg w-auto-folded avatar m-t-sm">
                      <img src="http://{HOST}/usr/uploads/2022/05/avatar.jpg" class="img-full img-circle normal-shadow">
                    </span>
                  </a>
                </div>
                <a href="#" data-toggle="dropdown" class="dropdown-toggle hidden-folded">
                  <span class="clear">
                    <span class="block m-t-sm">
                      <strong class="font-bold text-lt">{OWNER}</strong>
                      <b class="caret"></b>
                    </span>
                    <span class="text-muted text-xs block">写材料的人，记点身边的话</span>
                  </span>
                </a>
                <ul class="dropdown-menu animated fadeInRight w hidden-folded no-padder">
                  <li class="wrapper b-b m-b-sm bg-info m-n"><span class="arrow top hidden-folded arrow-info"></span><div><p>晚上好，早点休息吧~</p></div></li>
                  <li><a target="_blank" href="http://{HOST}/admin/"><i data-feather="settings" class="fill-icon"></i><span>设置</span></a></li>
                  <li class="divider"></li>
                  <li><a href="http://{HOST}/admin/login.php"><i data-feather="log-in"></i><span>登录</span></a></li>
                </ul>
            </div>
            <div class="line dk hidden-folded"></div>
          </div>
          <nav ui-nav class="navi clearfix">
            <ul class="nav">
             <li class="hidden-folded padder m-t m-b-sm text-muted text-xs"><span>导航</span></li>
             <li><a href="http://{HOST}/" class="auto"><i data-feather="home"></i><span>首页</span></a></li>
             <li><a href="http://{HOST}/archives.html" class="auto"><i data-feather="archive"></i><span>归档</span></a></li>
             <li><a href="http://{HOST}/links.html" class="auto"><i data-feather="link"></i><span>友情链接</span></a></li>
             <li class="line dk"></li>
             <li class="hidden-folded padder m-t m-b-sm text-muted text-xs"><span>组成</span></li>
             <li><a class="auto"><span class="pull-right text-muted"><i class="fontello icon-fw fontello-angle-right text"></i><i class="fontello icon-fw fontello-angle-down text-active"></i></span><i data-feather="grid"></i><span>分类</span></a>
               <ul class="nav nav-sub dk">
                 <li class="nav-sub-header"><a data-no-instant><span>分类</span></a></li>
                 <li><a href="http://{HOST}/category/jianghua/"><b class="badge pull-right">12</b><span>讲话</span></a></li>
                 <li><a href="http://{HOST}/category/fayan/"><b class="badge pull-right">7</b><span>发言</span></a></li>
                 <li><a href="http://{HOST}/category/suibi/"><b class="badge pull-right">23</b><span>随笔</span></a></li>
               </ul>
             </li>
            </ul>
          </nav>
        </div>
      </div>
  </aside>
"""


def header_bar():
    return f"""<body id="body" class="fix-padding skt-loading">
    <div id="alllayout" class="app app-aside-fixed container app-header-fixed ">
    <header id="header" class="app-header navbar box-shadow-wrap-lg" role="menu">
      <div class="text-ellipsis navbar-header bg-black">
        <button class="pull-right visible-xs" ui-toggle-class="show animated animated-lento fadeIn" target=".navbar-collapse"><span class="menu-icons"><i data-feather="search"></i></span></button>
        <button class="pull-left visible-xs" ui-toggle-class="off-screen animated" target=".app-aside" ui-scroll="app"><span class="menu-icons"><i data-feather="menu"></i></span></button>
        <a href="http://{HOST}/" class="navbar-brand text-lt">
          <span id="navbar-brand-day"><span class="text-lt">{SITE}</span></span>
        </a>
      </div>
      <div class="collapse pos-rlt navbar-collapse bg-black">
        <div class="nav navbar-nav hidden-xs"><a href="#" class="btn no-shadow navbar-btn" ui-toggle-class="app-aside-folded" target=".app"><i data-feather="sidebar"></i></a></div>
        <form id="searchform1" class="searchform navbar-form navbar-form-sm navbar-left shift" method="post" role="search">
          <div class="form-group"><div class="input-group rounded bg-white-pure box-shadow-wrap-normal"><input autocomplete="off" id="search_input" type="search" name="s" class="transparent rounded form-control input-sm no-border padder" required placeholder="输入关键词搜索…"><span id="search_submit" class="transparent input-group-btn"><button type="submit" class="transparent btn btn-sm"><i data-feather="search" id="icon-search"></i></button></span></div></div>
        </form>
        <ul class="nav navbar-nav navbar-right">
          <li class="dropdown"><a class="skin-menu dropdown-toggle" data-toggle="dropdown" aria-expanded="false"><i data-feather="moon"></i></a></li>
          <li class="dropdown text-color"><a href="#" data-toggle="dropdown" class="dropdown-toggle"><i data-feather="bell"></i><span class="sr-only">Notifications</span><span class="badge badge-sm up bg-danger pull-right-xs">4</span></a></li>
        </ul>
      </div>
    </header>
""" + aside()


def footer(extra_script=""):
    return f"""    <footer id="footer" class="app-footer" role="footer">
      <div class="wrapper bg-light">
        <span class="pull-right hidden-xs text-ellipsis">
          Powered by <a target="blank" href="http://www.typecho.org">Typecho</a>&nbsp;|&nbsp;Theme by <a target="blank" href="https://www.ihewro.com/archives/489/">handsome</a>
        </span>
        <span class="text-ellipsis">&copy;&nbsp;2024 Copyright&nbsp;<a href="https://beian.miit.gov.cn" target="_blank">浙ICP备2022015873号-1</a></span>
        <a href="" target="_blank"></a>
      </div>
      <a href class="go-top"><i data-feather="arrow-up"></i></a>
    </footer>
  </div><!--/alllayout-->
<script src="http://{HOST}{T}/assets/js/function.min.js?v=9.2.120231009"></script>
<script src="http://{HOST}{T}/assets/js/features/jquery.pjax.min.js?v=9.2.120231009"></script>
<script src="http://{HOST}{T}/assets/js/features/toc.min.js?v=9.2.120231009"></script>
<script src="http://{HOST}{T}/assets/js/features/jquery.fancybox.min.js?v=9.2.120231009"></script>
{extra_script}</body>
</html>
"""


def right_aside(toc=""):
    hot = "".join(f'<li class="list-group-item"><a href="{link(c)}" class="pull-left thumb-sm m-r"><img src="http://{HOST}{T}/assets/img/sj/{i}.jpg" class="img-40px normal-shadow img-square"></a><a href="{link(c)}" class="text-muted"><i class="iconfont icon-comments-o text-muted pull-right m-t-sm text-sm" title="评论数" aria-hidden="true" data-toggle="tooltip" data-placement="bottom"></i><span class="pull-right m-t-sm text-sm">{i}</span></a><div class="clear"><h4 class="h5 l-h text-second"><a href="{link(c)}" title="{esc(t)}">{esc(t)}</a></h4><small class="text-muted"><span class="sr-only">发布时间：</span><span class="text-muted">{cn(d)}</span></small></div></li>' for i, (c, t, _, d) in enumerate(ALL[:4], 1))
    return f"""      <aside class="asideBar col w-md bg-white-only bg-auto no-border-xs" role="complementary">
        <div id="sidebar">
{toc}          <section id="tabs-4" class="widget widget_tabs clear">
            <div class="nav-tabs-alt no-js-hide">
              <ul class="nav nav-tabs nav-justified box-shadow-bottom-normal tablist" role="tablist">
                <li data-index="0" class="active" role="presentation"><a data-target="#widget-tabs-4-hots" role="tab" aria-controls="widget-tabs-4-hots" aria-expanded="true" data-toggle="tab"><i data-feather="thumbs-up"></i><span class="sr-only">热门文章</span></a></li>
                <li role="presentation" data-index="1"><a data-target="#widget-tabs-4-comments" role="tab" aria-controls="widget-tabs-4-comments" aria-expanded="false" data-toggle="tab"><i data-feather="message-square"></i><span class="sr-only">最新评论</span></a></li>
                <li data-index="2" role="presentation"><a data-target="#widget-tabs-4-random" role="tab" aria-controls="widget-tabs-4-random" aria-expanded="false" data-toggle="tab"><i data-feather="gift"></i><span class="sr-only">随机文章</span></a></li>
                <span class="navs-slider-bar"></span>
              </ul>
            </div>
            <div class="tab-content">
              <div id="widget-tabs-4-hots" class="tab-pane wrapper-md active" role="tabpanel">
                <h5 class="widget-title m-t-none text-md">热门文章</h5>
                <ul class="list-group no-bg no-borders pull-in m-b-none">{hot}</ul>
              </div>
              <div id="widget-tabs-4-comments" class="tab-pane wrapper-md no-js-show" role="tabpanel">
                <h5 class="widget-title m-t-none text-md">最新评论</h5>
                <ul class="list-group no-borders pull-in auto m-b-none no-bg"></ul>
              </div>
            </div>
          </section>
          <section id="blog_info" class="widget widget_categories wrapper-md clear">
            <h5 class="widget-title m-t-none text-md">博客信息</h5>
            <ul class="list-group box-shadow-wrap-normal">
              <li class="list-group-item text-second"><span class="blog-info-icons"><i data-feather="award"></i></span><span class="badge pull-right">42</span>文章数目</li>
              <li class="list-group-item text-second"><span class="blog-info-icons"><i data-feather="message-circle"></i></span><span class="badge pull-right">176</span>评论数目</li>
              <li class="list-group-item text-second"><span class="blog-info-icons"><i data-feather="calendar"></i></span><span class="badge pull-right">937天</span>运行天数</li>
            </ul>
          </section>
        </div>
      </aside>
"""


def comment_html(cid_post, c, children=""):
    coid, parent, author, when, text = c
    return f"""<li id="comment-{coid}" class="comment-body comment-{"child" if parent else "parent"} comment-{"even" if parent else "odd"}{" comment-by-author" if author == OWNER else ""}">
  <div id="div-comment-{coid}" class="comment-body">
    <a class="pull-left thumb-sm" rel="nofollow"><img nogallery src="https://cravatar.cn/avatar/{coid:032x}?s=65&amp;r=G&amp;d=" class="img-40px photo img-square normal-shadow"></a>
    <div class="m-b m-l-xxl">
      <div class="comment-meta">
        <span class="comment-author vcard"><b class="fn">{esc(author)}</b>{'<label class="label comment-author-logo m-l-xs" data-toggle="tooltip" data-original-title="作者"><i data-feather="twitch"></i></label>' if author == OWNER else ""}</span>
        <div class="comment-metadata"><time class="format_time text-muted text-xs block m-t-xs" pubdate="pubdate" datetime="{when}">{cn(when)}</time></div>
      </div>
      <div class="comment-content m-t-sm"><span class="comment-author-at"></span><div class="comment-content-true"><p>{esc(text)}</p></div></div>
      <div class="comment-reply m-t-sm"><a href="http://{HOST}{link(cid_post)}?replyTo={coid}#respond-post-{cid_post}" rel="nofollow" onclick="return TypechoComment.reply('div-comment-{coid}', {coid});">回复</a></div>
    </div>
  </div>
{children}</li>
"""


def post_page(post, newer, older):
    sp, cid = post["speech"], post["cid"]
    slug, cname = post["cat"]
    heads = [p for p in sp.paras if p[:2] in ("一、", "二、", "三、", "四、", "第一", "第二", "第三", "第四", "第五") and len(p) < 200]
    body = []
    if post["intro"]:
        body.append(f"<blockquote><p>{esc(post['intro'])}</p></blockquote>")
    for p in sp.paras:
        body.append(f"<p>{esc(p)}</p>")
    comments = []
    tops = [c for c in post["comments"] if not c[1]]
    for c in tops:
        kids = [k for k in post["comments"] if k[1] == c[0]]
        ch = ('<div class="comment-children list-unstyled m-l-xxl"><ol class="comment-list">' + "".join(comment_html(cid, k) for k in kids) + "</ol></div>\n") if kids else ""
        comments.append(comment_html(cid, c, ch))
    tags = "".join(f'<a href="http://{HOST}/tag/{esc(t)}/" class="badge badge-sm bg-light dk m-r-xs m-b-xs">{esc(t)}</a>' for t in post["tags"])
    nav = ""
    if older:
        nav += f'<li class="previous hidden-xs"><a class="post-nav" href="http://{HOST}{link(older[0])}" title="{esc(older[1])}" data-toggle="tooltip">&larr;&nbsp;上一篇</a></li>'
    if newer:
        nav += f'<li class="next hidden-xs"><a class="post-nav" href="http://{HOST}{link(newer[0])}" title="{esc(newer[1])}" data-toggle="tooltip">下一篇&nbsp;&rarr;</a></li>'
    toc = f"""          <section id="tag_toc" class="widget widget_categories wrapper-md padder-v-none clear">
            <h5 class="widget-title m-t-none text-md">文章目录</h5>
            <div class="tag-toc-body"><div id="toc" class="nav"></div></div>
          </section>
"""
    words = sp.chars() + (len(post["intro"]) if post["intro"] else 0)
    desc = (post["intro"] or sp.paras[2])[:100]
    return head(f"{sp.title} - {SITE}", desc, f'<link rel="canonical" href="http://{HOST}{link(cid)}" />\n') + header_bar() + f"""  <div id="content" class="app-content">
    <a class="off-screen-toggle hide"></a>
    <main class="app-content-body animated fadeIn">
    <div class="hbox hbox-auto-xs hbox-auto-sm">
      <div class="col center-part gpu-speed" id="post-panel">
        <header id="small_widgets" class="bg-light lter wrapper-md">
          <h1 class="entry-title m-n font-thin text-black l-h">{esc(sp.title)}</h1>
          <div class="entry-meta text-muted m-b-none small post-head-icon">
            <span class="meta-author"><i data-feather="user"></i><span class="sr-only">作者：</span><a class="meta-value" href="http://{HOST}/author/1/" rel="author">{OWNER}</a></span>
            <span class="meta-date m-l-sm"><i data-feather="clock"></i><span class="sr-only">发布时间：</span><time class="meta-value" datetime="{post["time"]}">{cn(post["date"])}</time></span>
            <span class="meta-views m-l-sm"><i data-feather="eye"></i><span class="sr-only">浏览量：</span><span class="meta-value">{post["views"]}&nbsp;次</span></span>
            <span class="comments-meta m-l-sm"><i data-feather="message-circle"></i><span class="sr-only">评论：</span><a class="meta-value" href="#comments">&nbsp;{len(post["comments"])} 条评论</a></span>
            <span class="meta-word m-l-sm"><i data-feather="pen-tool"></i><span class="sr-only">字数：</span><span class="meta-value">{words} 字</span></span>
          </div>
        </header>
        <div class="wrapper-md">
          <ol class="breadcrumb bg-white-pure" itemscope="">
            <li><a href="http://{HOST}/" itemprop="breadcrumb" title="返回首页" data-toggle="tooltip"><span class="home-icons"><i data-feather="home"></i></span>首页</a></li>
            <li class="active">正文&nbsp;&nbsp;</li>
            <div style="float:right;">分享到：
              <a href="javascript:;" class="share-icon share-qq" data-toggle="tooltip" title="分享到QQ"><i class="iconfont icon-qq"></i></a>
              <a href="javascript:;" class="share-icon share-weixin" data-toggle="tooltip" title="分享到微信"><i class="iconfont icon-weixin"></i></a>
              <a href="javascript:;" class="share-icon share-weibo" data-toggle="tooltip" title="分享到微博"><i class="iconfont icon-weibo"></i></a>
            </div>
          </ol>
          <div id="postpage" class="blog-post">
            <article class="single-post panel box-shadow-wrap-normal">
              <div id="post-content" class="wrapper-lg">
                <div class="entry-content l-h-2x">
{chr(10).join(body)}
                </div>
                <div class="show-foot">
                  <div class="notebook"><i data-feather="clock"></i><span>最后修改：{cn(post["date"])}</span></div>
                  <div class="copyright" data-toggle="tooltip" data-html="true" data-original-title="转载请联系作者获得授权，并注明转载地址"><span>&copy; 允许规范转载</span></div>
                </div>
                <div class="support-author">
                  <button data-toggle="modal" data-target="#myModal" class="btn btn-pay btn-danger btn-rounded"><i data-feather="dollar-sign"></i>&nbsp;<span>赞赏</span></button>
                  <div class="mt20 text-center article__reward-info"><span class="mr10">如果觉得我的文章对你有用，请随意赞赏</span></div>
                </div>
                <div class="modal fade" id="myModal" tabindex="-1" role="dialog" aria-labelledby="myModalLabel">
                  <div class="modal-dialog modal-sm" role="document"><div class="modal-content">
                    <div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button><h4 class="modal-title">赞赏作者</h4></div>
                    <div class="modal-body"><p class="text-center article__reward-border"><strong class="article__reward-text">扫一扫支付</strong></p>
                      <div class="tab-content"><img id="alipay_qrcode" aria-labelledby="alipay" class="pay-img tab-pane fade in active" src="http://{HOST}/usr/uploads/2022/05/alipay.png"><img id="wechat_qrcode" aria-labelledby="wechatpay" class="pay-img tab-pane fade" src="http://{HOST}/usr/uploads/2022/05/wechat.png"></div>
                      <div class="article__reward-border mb20 mt10"><ul class="nav nav-pills pay-tab" role="tablist"><li role="presentation" class="active"><a href="#" id="alipay" data-target="#alipay_qrcode" role="tab" data-toggle="tab">支付宝支付</a></li><li role="presentation"><a href="#" id="wechatpay" data-target="#wechat_qrcode" role="tab" data-toggle="tab">微信支付</a></li></ul></div>
                    </div>
                  </div></div>
                </div>
              </div>
            </article>
          </div>
          <div class="tag m-t-lg m-b-lg"><i data-feather="tag"></i>&nbsp;{tags}</div>
          <nav class="m-t-lg m-b-lg"><ul class="pager">{nav}</ul></nav>
          <div id="comments">
            <h4 class="comments-title m-t-lg m-b">{len(post["comments"])} 条评论</h4>
            <ol class="comment-list">
{"".join(comments)}            </ol>
            <nav class="text-center m-t-lg m-b-lg" role="navigation"></nav>
            <div id="respond-post-{cid}" class="respond comment-respond no-borders">
              <h4 id="reply-title" class="comment-reply-title m-t-lg m-b">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="http://{HOST}{link(cid)}#respond-post-{cid}" style="display:none" onclick="return TypechoComment.cancelReply();">取消回复</a></small></h4>
              <form id="comment_form" method="post" action="http://{HOST}{link(cid)}comment" class="comment-form" role="form">
                <div class="comment-form-comment form-group"><label class="padder-v-sm" for="comment">评论 <span class="required text-danger">*</span></label><textarea id="comment" class="textarea form-control OwO-textarea" name="text" rows="5" placeholder="说点什么吧……" onkeydown="if(event.ctrlKey&amp;&amp;event.keyCode==13){{document.getElementById('submit').click();return false}};"></textarea><div class="OwO padder-v-sm"></div></div>
                <div id="author_info" class="row row-sm">
                  <div class="comment-form-author form-group col-sm-6 col-md-4"><label for="author">名称 <span class="required text-danger">*</span></label><input id="author" class="form-control" name="author" type="text" value="" maxlength="245" placeholder="姓名或昵称"></div>
                  <div class="comment-form-email form-group col-sm-6 col-md-4"><label for="email">邮箱 <span class="required text-danger">*</span></label><input type="text" name="mail" id="mail" class="form-control" placeholder="邮箱 (必填,将保密)" value="" /></div>
                  <div class="comment-form-url form-group col-sm-12 col-md-4"><label for="url">地址</label><input id="url" class="form-control" name="url" type="url" value="" maxlength="200" placeholder="网站或博客"></div>
                </div>
                <div class="form-group"><button type="submit" name="submit" id="submit" class="submit btn-rounded box-shadow-wrap-lg btn-gd-primary padder-lg"><span>发表评论</span><span class="text-active">提交中...</span></button><input type="hidden" name="comment_post_ID" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent"></div>
              </form>
            </div>
          </div>
        </div>
      </div>
{right_aside(toc)}    </div>
    </main>
""" + footer(f'<script type="text/javascript">$(function(){{ if($("#toc").length) initToc(); }});</script>\n')


def home(page, rows, pages):
    cards = []
    for c, t, (slug, cname), d in rows:
        post = next((p for p in POSTS if p["cid"] == c), None)
        summary = esc((post["intro"] or "".join(post["speech"].paras[1:3])))[:90] + "..." if post else esc(next(o[4] for o in OTHERS if o[0] == c))
        ncom = len(post["comments"]) if post else 0
        cards.append(f"""<div class="panel-small single-post box-shadow-wrap-normal">
  <div class="index-post-img-small post-feature index-img-small"><a href="http://{HOST}{link(c)}"><div class="item-thumb-small lazy" style="background-image: url(http://{HOST}{T}/assets/img/sj2/{c % 9}.jpg)"></div></a></div>
  <div class="post-meta wrapper-lg">
    <h2 class="m-t-none text-ellipsis index-post-title text-title"><a href="http://{HOST}{link(c)}">{esc(t)}</a></h2>
    <p class="summary l-h-2x text-muted">{summary}</p>
    <div class="line line-lg b-b b-light"></div>
    <div class="text-muted post-item-foot-icon text-ellipsis list-inline">
      <li><span class="m-r-sm right-small-icons"><i data-feather="clock"></i></span><span class="sr-only">发布时间：</span><time class="meta-value">{cn(d)}</time></li>
      <li><span class="right-small-icons m-r-sm"><i data-feather="message-square"></i></span><a href="http://{HOST}{link(c)}#comments">{ncom} 条评论</a></li>
      <li><span class="right-small-icons m-r-sm"><i data-feather="folder"></i></span><a href="http://{HOST}/category/{slug}/">{cname}</a></li>
    </div>
  </div>
</div>
""")
    nav = []
    if page > 1:
        nav.append(f'<li class="prev"><a href="http://{HOST}/"><i class="fontello fontello-chevron-left"></i></a></li>')
    for i in range(1, pages + 1):
        u = f"http://{HOST}/" if i == 1 else f"http://{HOST}/page/{i}/"
        nav.append(f'<li><a href="{u}">{i}</a></li>' if i != page else f'<li class="current"><a href="{u}">{i}</a></li>')
    if page < pages:
        nav.append(f'<li class="next"><a href="http://{HOST}/page/{page + 1}/"><i class="fontello fontello-chevron-right"></i></a></li>')
    return head(SITE if page == 1 else f"第{page}页 - {SITE}", "写材料的人，记点身边的话。") + header_bar() + f"""  <div id="content" class="app-content">
    <a class="off-screen-toggle hide"></a>
    <main class="app-content-body animated fadeIn">
    <div class="hbox hbox-auto-xs hbox-auto-sm">
      <div class="col center-part gpu-speed" id="post-panel">
        <div class="bg-light lter wrapper-md">
          <h1 class="m-n font-thin text-black l-h">{SITE}</h1>
          <small class="text-muted letterspacing indexWords">文章不写一句空。</small>
        </div>
        <div class="wrapper-md">
          <div class="blog-post">
{"".join(cards)}          </div>
          <nav class="text-center m-t-lg m-b-lg" role="navigation"><ol class="page-navigator">{"".join(nav)}</ol></nav>
        </div>
      </div>
{right_aside()}    </div>
    </main>
""" + footer()


def build() -> Family:
    fam = Family(HOST, "Typecho 1.2.1 blog, handsome theme", content_type="text/html; charset=UTF-8")
    fam.put("/", home(1, ALL[:3], 2))
    fam.put("/page/2/", home(2, ALL[3:], 2))
    fam.not_documents += ["/", "/page/2/"]
    order = [r[0] for r in ALL]
    for post in POSTS:
        at = order.index(post["cid"])
        newer = ALL[at - 1] if at > 0 else None
        older = ALL[at + 1] if at + 1 < len(ALL) else None
        fam.put(link(post["cid"]), post_page(post, newer, older))
        fam.doc([link(post["cid"])], post["speech"], published_at=post["date"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /action/\n", "ascii")
    fam.noise += ["银发帮帮团”的队长，昨天在街道", "征得她本人同意", "最后修改：", "允许规范转载", "赞赏作者", "如果觉得我的文章对你有用",
                  "条评论", "发表评论", "周阿姨真的是热心肠", "看哭了", "无还本续贷这条要是真能落地", "分享到：", "文章目录", "热门文章",
                  "Theme by", "浙ICP备2022015873号-1", "写材料的人，记点身边的话", "上一篇", "下一篇"]
    fam.note = ("Typecho + handsome print absolute `http://host/…` links. The 志愿服务 post opens with the blogger's intro "
                "`<blockquote>` (not in the expected text). 上一篇 / 下一篇, 热门文章 and home cards link the blog's other posts, "
                "which are not served (404); category, tag, archive and link pages are not served either. "
                "published_at is the post's date (`time.meta-value`), the day after the speech. handsome's 文章目录 box is filled "
                "by `toc.min.js` (empty in the bytes).")
    return fam
