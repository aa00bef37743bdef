"""A SegmentFault 思否-like developer community, server-rendered (the 2019–2020 PHP templates,
Bootstrap 3 grid): extensionless pages. Home `/` (`news-list` feed of `news__item` rows) → 专栏
`/blog/jishuguanli` and the question list `/questions` (+ `/questions?page=2`, query route) → an
article `/a/1190000043958827` (`h1#articleTitle`, `article__author` box, `taglist--inline` tags,
`div.article.fmt.article-content` opening with the author's blockquote and closing with `<hr>` + 首发
note, 赞 / 收藏 buttons, license line, `widget-comments`, 推荐阅读) and a question
`/q/1010000043517204` (`#questionTitle`, `question fmt` body, `widget-answers` whose accepted answer
— `已采纳` — holds the speech between the answerer's own lines, plus a second answer and comments)."""

from common import SPEECHES, Family, render

HOST = "www.sifou-kaifa.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="UTF-8">
    <meta name="renderer" content="webkit">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta http-equiv="Cache-Control" content="no-siteapp" />
    <meta http-equiv="Cache-Control" content="no-transform" />
    <title>@@TITLE@@</title>
    <meta name="description" content="@@DESC@@" />
    <meta name="keywords" content="@@KEYWORDS@@" />
    <meta name="msapplication-TileColor" content="#009a61"/>
    <meta name="msapplication-square150x150logo" content="https://static.sifou-kaifa.test/v-5e8d2a1c/global/img/touch-icon.png"/>
    <meta property="og:site_name" content="SegmentFault 思否" />
    <meta property="og:type" content="@@OGTYPE@@" />
    <meta property="og:title" content="@@OGTITLE@@" />
    <meta property="og:url" content="https://www.sifou-kaifa.test@@SELF@@" />
    <meta property="og:image" content="https://static.sifou-kaifa.test/v-5e8d2a1c/global/img/static/touch-icon.png" />
    <link rel="canonical" href="https://www.sifou-kaifa.test@@SELF@@" />
    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="SegmentFault 思否" />
    <link rel="apple-touch-icon" href="https://static.sifou-kaifa.test/v-5e8d2a1c/global/img/touch-icon.png">
    <link rel="shortcut icon" href="https://static.sifou-kaifa.test/v-5e8d2a1c/global/img/favicon.ico" />
    <link rel="alternate" type="application/atom+xml" title="SegmentFault 思否最新问题" href="/feeds/questions" />
    <link rel="stylesheet" href="https://static.sifou-kaifa.test/v-5e8d2a1c/global/css/global.css" />
    <link rel="stylesheet" href="https://static.sifou-kaifa.test/v-5e8d2a1c/@@PAGECSS@@/css/@@PAGECSS@@.css" />
    <link rel="stylesheet" href="https://static.sifou-kaifa.test/v-5e8d2a1c/global/css/responsive.css" />
    <!--[if lt IE 9]>
    <link rel="stylesheet" href="https://static.sifou-kaifa.test/v-5e8d2a1c/global/css/ie.css" />
    <script src="https://static.sifou-kaifa.test/v-5e8d2a1c/global/script/html5shiv.js"></script>
    <script src="https://static.sifou-kaifa.test/v-5e8d2a1c/global/script/respond.js"></script>
    <![endif]-->
    <script>
        window.SF = {
            staticUrl: "https://static.sifou-kaifa.test/v-5e8d2a1c",
            token: "b3c1e0a9f8d7c6b5a4f3e2d1c0b9a8f7",
            isLogin: false
        };
    </script>
</head>
<body data-mod="@@MOD@@" class="@@BODYCLASS@@">
<div class="global-nav sf-header">
    <nav class="container nav">
        <div class="visible-xs-block visible-sm-block">
            <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
                <span class="sr-only">Toggle navigation</span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
            </button>
        </div>
        <div class="row hidden-xs">
            <div class="col-sm-10 col-md-8 col-lg-7">
                <div class="logo-wrap">
                    <h1><a class="logo" href="/">SegmentFault 思否</a></h1>
                </div>
                <ul class="menu list-inline pull-left hidden-xs">
                    <li class="menu__item"><a href="/">首页</a></li>
                    <li class="menu__item"><a href="/questions">问答</a></li>
                    <li class="menu__item"><a href="/blogs">专栏</a></li>
                    <li class="menu__item"><a href="/lives">课程</a></li>
                    <li class="menu__item"><a href="/events">活动</a></li>
                </ul>
            </div>
            <div class="col-sm-2 col-md-4 col-lg-5 text-right">
                <form action="/search" class="header-search pull-left hidden-sm hidden-xs mr20">
                    <button class="btn btn-link"><span class="sr-only">搜索</span><span class="glyphicon glyphicon-search"></span></button>
                    <input id="searchBox" name="q" type="text" placeholder="搜索问题或关键字" class="form-control" value="">
                </form>
                <ul class="opts list-inline hidden-xs">
                    <li class="opts__item">
                        <a href="/user/login" class="SFLogin em ml10">注册 · 登录</a>
                    </li>
                </ul>
            </div>
        </div>
    </nav>
</div>

<div class="wrap">
@@BODY@@
</div>

<footer id="footer">
    <div class="container">
        <div class="row hidden-xs">
            <dl class="col-sm-2 site-link">
                <dt>网站相关</dt>
                <dd><a href="/about">关于我们</a></dd>
                <dd><a href="/tos">服务条款</a></dd>
                <dd><a href="/faq">帮助中心</a></dd>
                <dd><a href="/repu">声望与权限</a></dd>
                <dd><a href="/markdown">编辑器语法</a></dd>
                <dd><a href="/weekly">每周精选</a></dd>
            </dl>
            <dl class="col-sm-2 site-link">
                <dt>联系合作</dt>
                <dd><a href="/contact">联系我们</a></dd>
                <dd><a href="/hiring">加入我们</a></dd>
                <dd><a href="/link">合作伙伴</a></dd>
                <dd><a href="/press">媒体报道</a></dd>
            </dl>
            <dl class="col-sm-2 site-link">
                <dt>关注</dt>
                <dd><a href="https://weibo.com/sifoukaifa" target="_blank">新浪微博</a></dd>
                <dd><a href="/feeds">订阅</a></dd>
            </dl>
            <dl class="col-sm-6 site-link" id="license">
                <dt>内容许可</dt>
                <dd>除特别说明外，用户内容均采用 <a rel="license" target="_blank" href="https://creativecommons.org/licenses/by-sa/4.0/">知识共享署名-相同方式共享 4.0 国际许可协议</a> (CC BY-SA 4.0) 进行许可</dd>
                <dd>本站由 <a target="_blank" href="https://www.sifou-cloud.test/?utm_source=sf-footer">思否云</a> 提供版本控制与 CDN 支持</dd>
            </dl>
        </div>
        <div class="copyright">
            Copyright &copy; 2011-2020 SegmentFault. 当前呈现版本 20.08.06<br>
            <a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备15005796号-2</a>　浙公网安备 33010602002000号　杭州堆栈科技有限公司版权所有
        </div>
    </div>
</footer>

<script crossorigin src="https://static.sifou-kaifa.test/v-5e8d2a1c/global/script/global.min.js"></script>
<script crossorigin src="https://static.sifou-kaifa.test/v-5e8d2a1c/@@PAGECSS@@/script/@@PAGECSS@@.min.js"></script>
<script>
    var _hmt = _hmt || [];
    (function() {
        var hm = document.createElement("script");
        hm.src = "https://hm.baidu.com/hm.js?e23800c454aa573c0ccb16b52665ac26";
        var s = document.getElementsByTagName("script")[0];
        s.parentNode.insertBefore(hm, s);
    })();
</script>
</body>
</html>
"""

ART_ID = "1190000043958827"
Q_ID = "1010000043517204"
ANS_ID = "1020000043519930"


def page(body, *, title, desc, keywords, self_url, mod, bodyclass, css, ogtype="website", ogtitle=None):
    return render(HEAD, TITLE=title, DESC=desc, KEYWORDS=keywords, SELF=self_url, MOD=mod,
                  BODYCLASS=bodyclass, PAGECSS=css, OGTYPE=ogtype, OGTITLE=ogtitle or title, BODY=body)


def tags(names, cls="taglist--inline"):
    lis = "\n".join(
        f'                <li class="tagPopup mb5"><a class="tag" href="/t/{n}" data-toggle="popover" data-img="" data-placement="top" data-original-title="{n}" data-id="1040000000{i:06d}">{n}</a></li>'
        for i, n in enumerate(names, 1)
    )
    return f'<ul class="{cls} inline-block">\n{lis}\n            </ul>'


def article_page():
    sp = SPEECHES["r19a-sf2"]
    paras = [f"<p>{p}</p>" for p in sp.paras]
    paras.insert(3, '<p><img referrerpolicy="no-referrer" src="/img/bVcUk7q" alt="大会现场" title="大会现场"></p>')
    content = (
        "<blockquote>本文是我在 2025 年社区贡献者大会开幕式上的致辞，会后不少朋友问要讲稿，整理后发在这里。口语部分略有调整。</blockquote>\n"
        + "\n".join(paras)
        + "\n<hr>\n<p>本文首发于微信公众号「开源漫谈」，转载请联系作者授权。如果你也想参与社区贡献，可以从 <code>good first issue</code> 标签开始。</p>"
    )
    body = f"""
    <div class="container mt30">
        <div class="row">
            <div class="col-xs-12 col-md-9 main">
                <div class="article__container">
                    <h1 id="articleTitle" class="h1 post-topheader__info--title" data-id="{ART_ID}"><a href="/a/{ART_ID}">{sp.title}</a></h1>
                    <div class="article__author">
                        <a href="/u/linqiao_oss" class="mr5"><img class="avatar-24 mr5" src="https://avatar-static.sifou-kaifa.test/318/764/3187645521-5d2f9c1e0a9b7_big64" alt=""><strong>林樵</strong></a>
                        <span class="article__author--repu" title="声望">2.3k</span>
                        <span class="mr5">发布于 <a href="/blog/jishuguanli">技术管理那些事</a></span>
                        <span class="article__author--time mr5">2025-03-31</span>
                        <span class="article__author--views">阅读数 3.1k</span>
                    </div>
                    <div class="article__tags mt10">
            {tags(["开源", "社区运营", "演讲"])}
                    </div>
                    <div class="article fmt article-content" data-id="{ART_ID}" data-license="cc">
{content}
                    </div>
                    <div class="article__license mt20 mb20">
                        <p class="text-muted">本作品系原创， 采用<a href="https://creativecommons.org/licenses/by-nc-nd/4.0/" rel="nofollow" target="_blank">《署名-非商业性使用-禁止演绎 4.0 国际》</a>许可协议</p>
                    </div>
                    <div class="article__functional text-center mt30 mb30">
                        <button type="button" id="sideLike" class="btn btn-success btn-lg like" data-id="{ART_ID}" data-type="article"><span class="glyphicon glyphicon-thumbs-up"></span> 赞 <span id="sideLikeNum">46</span></button>
                        <button type="button" id="sideBookmark" class="btn btn-default btn-lg bookmark" data-id="{ART_ID}" data-type="article"><span class="glyphicon glyphicon-bookmark"></span> 收藏 <span id="sideBookmarked">21</span></button>
                        <div class="article__share mt15">
                            <span class="text-muted mr10">分享</span>
                            <a class="share-weibo" href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.sifou-kaifa.test%2Fa%2F{ART_ID}&amp;title=" target="_blank" rel="nofollow">微博</a>
                            <a class="share-wechat" href="javascript:void(0);" data-qrcode="https://www.sifou-kaifa.test/qrcode?url=/a/{ART_ID}">微信</a>
                        </div>
                    </div>
                    <div class="article__authormeta mb30 clearfix">
                        <a href="/u/linqiao_oss"><img class="avatar-64 pull-left mr15" src="https://avatar-static.sifou-kaifa.test/318/764/3187645521-5d2f9c1e0a9b7_big64" alt=""></a>
                        <div class="article__authormeta--info">
                            <strong><a href="/u/linqiao_oss">林樵</a></strong>
                            <p class="text-muted">开源项目维护者，技术监督委员会成员，偶尔写写社区治理。</p>
                            <button type="button" class="btn btn-primary btn-xs follow" data-id="1030000009911872">关注作者</button>
                        </div>
                    </div>
                    <div class="widget-comments mt30" id="comment-area">
                        <h3 class="h4 mb20">4 条评论</h3>
                        <div class="comments-list">
                            <div class="comments-item" data-id="1050000043961102" id="1050000043961102">
                                <div class="comments-content">
                                    <a href="/u/xiaoyu_dev" class="comments-author"><strong>小鱼同学</strong></a>：
                                    <p>“从改一个错别字开始”这个故事太真实了，我的第一个 PR 也是改文档。</p>
                                    <div class="comments-ops text-muted"><span class="comments-date">2025-03-31</span> · <a href="javascript:void(0);" class="like-comment">赞 3</a> · <a href="javascript:void(0);" class="reply-comment">回复</a></div>
                                </div>
                            </div>
                            <div class="comments-item" data-id="1050000043963318" id="1050000043963318">
                                <div class="comments-content">
                                    <a href="/u/ops_laochen" class="comments-author"><strong>运维老陈</strong></a>：
                                    <p>维护者评审负担重是真的，期待新的晋升路径落地。</p>
                                    <div class="comments-ops text-muted"><span class="comments-date">2025-04-01</span> · <a href="javascript:void(0);" class="like-comment">赞 1</a> · <a href="javascript:void(0);" class="reply-comment">回复</a></div>
                                </div>
                            </div>
                        </div>
                        <div class="comments-more text-center"><a href="javascript:void(0);" class="load-more-comments">展开剩余 2 条评论</a></div>
                        <div class="comments-form mt20">
                            <p class="text-muted">撰写评论 …<a href="/user/login" class="SFLogin">登录</a>后参与评论</p>
                        </div>
                    </div>
                </div>
            </div>
            <div class="col-xs-12 col-md-3 side">
                <div class="widget-box">
                    <h2 class="h4 widget-box__title">推荐阅读</h2>
                    <ul class="widget-links list-unstyled">
                        <li class="widget-links__item"><a href="/a/1190000043812245" title="如何给开源项目写一份让新人不迷路的 CONTRIBUTING.md">如何给开源项目写一份让新人不迷路的 CONTRIBUTING.md</a> <small class="text-muted">12 赞</small></li>
                        <li class="widget-links__item"><a href="/a/1190000043702918" title="维护者倦怠：我们能做些什么">维护者倦怠：我们能做些什么</a> <small class="text-muted">33 赞</small></li>
                        <li class="widget-links__item"><a href="/a/1190000043655107" title="一次技术分享会的开场白该怎么讲">一次技术分享会的开场白该怎么讲</a> <small class="text-muted">8 赞</small></li>
                    </ul>
                </div>
                <div class="widget-box sf-ad">
                    <a href="https://www.sifou-kaifa.test/events/2025-oss-summit?utm_source=article-side" target="_blank"><img src="https://static.sifou-kaifa.test/ad/oss-summit-300x250.png" alt="SegmentFault 思否开源大会 2025 · 早鸟票限时开放" width="300" height="250"></a>
                </div>
            </div>
        </div>
    </div>"""
    desc = sp.paras[1][:110]
    return page(body, title=f"{sp.title} - 个人文章 - SegmentFault 思否", desc=desc,
                keywords="开源,社区运营,演讲", self_url=f"/a/{ART_ID}", mod="article",
                bodyclass="article-page", css="article", ogtype="article", ogtitle=sp.title)


def question_page():
    sp = SPEECHES["r19a-sf1"]
    speech_html = "\n".join(f"<p>{p}</p>" for p in sp.paras)
    answer = (
        "<p>去年帮我们 CTO 整理过一版，脱敏后贴出来，结构可以参考：<strong>回顾成绩 → 正视问题 → 今年重点 → 收尾号召</strong>。数字和项目名换成你们自己的。</p>\n<hr>\n"
        + f"<h3>{sp.title}</h3>\n"
        + speech_html
        + "\n<hr>\n<p>补充几点：</p>\n<ol>\n<li>讲话控制在十五分钟以内，念稿大概三千字以内；</li>\n<li>问题部分要有数据，别只说“还有差距”；</li>\n<li>最后一段一定要短。</li>\n</ol>"
    )
    body = f"""
    <div class="post-topheader custom-">
        <div class="container">
            <div class="row">
                <div class="col-md-9 col-sm-8">
                    <h1 id="questionTitle" data-id="{Q_ID}" class="h3 post-topheader__info--title"><a href="/q/{Q_ID}">技术负责人在年度技术委员会会议上的讲话怎么写？有没有完整的范例？</a></h1>
                    <div class="question__title--tag mr10">
            {tags(["程序员", "技术管理", "职场"], "taglist--inline")}
                    </div>
                    <div class="author">
                        <a href="/u/houduan_axiang" class="mr5"><strong>后端阿祥</strong></a>
                        <span class="text-muted">2025-01-19 提问</span>
                    </div>
                </div>
                <div class="col-md-3 col-sm-4 hidden-xs">
                    <ul class="widget-action--ver list-unstyled">
                        <li><button type="button" id="sideFollow" class="btn btn-success btn-sm" data-id="{Q_ID}" data-do="follow" data-type="question">关注</button> <strong>7</strong> 关注</li>
                        <li><button type="button" id="sideBookmark" class="btn btn-default btn-sm" data-id="{Q_ID}" data-type="question">收藏</button> <strong>15</strong> 收藏，<strong>2.4k</strong> 浏览</li>
                    </ul>
                </div>
            </div>
        </div>
    </div>

    <div class="container mt30">
        <div class="row">
            <div class="col-xs-12 col-md-9 main">
                <article class="widget-question__item">
                    <div class="post-offset">
                        <div class="question fmt" itemprop="text">
                            <p>刚升了技术总监，下周要在公司技术委员会年度会议上讲话，大概十五分钟。平时写代码还行，写这种稿子完全没头绪。</p>
                            <p>想请教一下这类讲话一般讲哪几块？有没有大佬能给个完整的范例参考一下？</p>
                        </div>
                        <div class="post-opt mt30">
                            <ul class="list-inline mb0">
                                <li><a href="/q/{Q_ID}/share" class="text-muted">链接</a></li>
                                <li><a href="javascript:void(0);" class="comments text-muted" data-id="{Q_ID}" data-target="#comment-{Q_ID}">评论</a></li>
                                <li><a href="/user/login" class="text-muted SFLogin">更多</a></li>
                            </ul>
                        </div>
                    </div>
                </article>

                <div class="widget-answers">
                    <div class="btn-group pull-right" role="group">
                        <a href="/q/{Q_ID}/a-{ANS_ID}#answers-title" class="btn btn-default btn-xs active">默认排序</a>
                        <a href="/q/{Q_ID}?sort=created#answers-title" class="btn btn-default btn-xs" rel="nofollow">时间排序</a>
                    </div>
                    <h2 class="title h4 mt30 mb20 post-title" id="answers-title">2 个回答</h2>

                    <article class="clearfix widget-answers__item accepted" id="a-{ANS_ID}" itemscope itemtype="http://schema.org/Answer" itemprop="acceptedAnswer">
                        <div class="post-col">
                            <div class="widget-vote">
                                <button type="button" class="like" data-id="{ANS_ID}" data-type="answer" data-do="like" data-toggle="tooltip" data-placement="top" title="答案对人有帮助，有参考价值"><span class="sr-only">答案对人有帮助，有参考价值</span></button>
                                <span class="count">28</span>
                                <button type="button" class="hate" data-id="{ANS_ID}" data-type="answer" data-do="hate" data-toggle="tooltip" data-placement="bottom" title="答案没帮助，是错误的答案，答非所问"><span class="sr-only">答案没帮助，是错误的答案，答非所问</span></button>
                            </div>
                        </div>
                        <div class="post-offset">
                            <div class="answer__info--author">
                                <span class="answer__accepted label label-success" title="提问者采纳"><i class="glyphicon glyphicon-ok"></i> 已采纳</span>
                                <a href="/u/jiagou_laozhou" class="answer__info--author-name mr5"><strong>架构师老周</strong></a>
                                <span class="answer__info--author-repu text-muted" title="声望">8.7k</span>
                                <span class="text-muted">· 2025-01-20 回答</span>
                            </div>
                            <div class="answer fmt" data-id="{ANS_ID}" itemprop="text">
{answer}
                            </div>
                            <div class="post-opt mt30">
                                <ul class="list-inline mb0">
                                    <li><a href="/q/{Q_ID}/a-{ANS_ID}" class="text-muted">链接</a></li>
                                    <li><a href="javascript:void(0);" class="comments text-muted" data-id="{ANS_ID}">评论 2</a></li>
                                    <li><span class="text-muted">更新于 2025-01-21</span></li>
                                </ul>
                            </div>
                            <div class="widget-comments" id="comment-{ANS_ID}">
                                <div class="comments-list">
                                    <div class="comments-item" data-id="1050000043521006">
                                        <div class="comments-content"><p>太完整了，直接照这个框架改，谢谢！</p> — <a href="/u/houduan_axiang">后端阿祥</a> <span class="text-muted">2025-01-20</span></div>
                                    </div>
                                    <div class="comments-item" data-id="1050000043522871">
                                        <div class="comments-content"><p>“少一些能跑就行”这句我们组长天天念叨 😂</p> — <a href="/u/qianduan_miaomiao">前端喵喵</a> <span class="text-muted">2025-01-21</span></div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </article>

                    <article class="clearfix widget-answers__item" id="a-1020000043518421" itemscope itemtype="http://schema.org/Answer" itemprop="suggestedAnswer">
                        <div class="post-col">
                            <div class="widget-vote"><span class="count">5</span></div>
                        </div>
                        <div class="post-offset">
                            <div class="answer__info--author">
                                <a href="/u/pm_xiaolin" class="answer__info--author-name mr5"><strong>产品小林</strong></a>
                                <span class="text-muted">· 2025-01-19 回答</span>
                            </div>
                            <div class="answer fmt" data-id="1020000043518421" itemprop="text">
                                <p>建议先问问老板想让你传达什么，讲话稿的核心是“对齐目标”，不是炫技术。</p>
                            </div>
                        </div>
                    </article>
                </div>
                <div class="widget-answer-form mt30">
                    <p class="text-muted">撰写回答 · <a href="/user/login" class="SFLogin">登录</a>后参与回答</p>
                </div>
            </div>
            <div class="col-xs-12 col-md-3 side">
                <div class="widget-box">
                    <h2 class="h4 widget-box__title">相似问题</h2>
                    <ul class="widget-links list-unstyled">
                        <li class="widget-links__item"><a href="/q/1010000042987751">技术分享会上怎么讲开场白比较不尴尬？</a> <small class="text-muted">3 回答</small></li>
                        <li class="widget-links__item"><a href="/q/1010000042106633">程序员转管理，第一次开全员会要注意什么？</a> <small class="text-muted">6 回答</small></li>
                    </ul>
                </div>
            </div>
        </div>
    </div>"""
    return page(body, title="技术负责人在年度技术委员会会议上的讲话怎么写？有没有完整的范例？ - SegmentFault 思否",
                desc="刚升了技术总监，下周要在公司技术委员会年度会议上讲话，大概十五分钟。",
                keywords="程序员,技术管理,职场", self_url=f"/q/{Q_ID}", mod="question",
                bodyclass="qa-question", css="question", ogtitle="技术负责人在年度技术委员会会议上的讲话怎么写？有没有完整的范例？")


SLUGS = {"林樵": "linqiao_oss", "运维老陈": "ops_laochen", "后端阿祥": "houduan_axiang"}


def news_item(href, title, excerpt, author, date, votes, kind):
    return f"""
                    <div class="news-item stream-list__item" data-url="{href}">
                        <div class="news__item-info clearfix">
                            <div class="mb10"><span class="label label-{'info' if kind == '文章' else 'warning'} mr5">{kind}</span><a href="{href}"><h4 class="news__item-title mt0">{title}</h4></a></div>
                            <p class="news__item-excerpt text-muted">{excerpt}</p>
                            <div class="news__item-meta text-muted"><a href="/u/{SLUGS[author]}" class="mr5">{author}</a> · <span>{date}</span> · <span class="glyphicon glyphicon-thumbs-up"></span> {votes}</div>
                        </div>
                    </div>"""


def home_page():
    art = SPEECHES["r19a-sf2"]
    items = [
        news_item(f"/a/{ART_ID}", art.title, "本文是我在 2025 年社区贡献者大会开幕式上的致辞，会后不少朋友问要讲稿……", "林樵", "2025-03-31", 46, "文章"),
        news_item("/a/1190000043901266", "用 eBPF 观测线上 Java 服务的 GC 停顿", "GC 停顿一直是线上问题排查的老大难，这篇记录我们用 eBPF 做无侵入观测的过程……", "运维老陈", "2025-03-28", 31, "文章"),
        news_item(f"/q/{Q_ID}", "技术负责人在年度技术委员会会议上的讲话怎么写？有没有完整的范例？", "刚升了技术总监，下周要在公司技术委员会年度会议上讲话……", "后端阿祥", "2025-01-19", 28, "问答"),
    ]
    body = f"""
    <div class="container mt30">
        <div class="row">
            <div class="col-xs-12 col-md-9 main">
                <ul class="nav nav-tabs nav-tabs-zen mb10">
                    <li class="active"><a href="/">推荐</a></li>
                    <li><a href="/questions">问答</a></li>
                    <li><a href="/blog/jishuguanli">专栏 · 技术管理那些事</a></li>
                </ul>
                <div class="news-list">{''.join(items)}
                </div>
            </div>
            <div class="col-xs-12 col-md-3 side">
                <div class="widget-box sf-ad"><a href="https://www.sifou-kaifa.test/events/2025-oss-summit?utm_source=home-side"><img src="https://static.sifou-kaifa.test/ad/oss-summit-300x250.png" alt="SegmentFault 思否开源大会 2025 · 早鸟票限时开放" width="300" height="250"></a></div>
            </div>
        </div>
    </div>"""
    return page(body, title="SegmentFault 思否", desc="SegmentFault 思否 为开发者提供问答、学习与交流编程知识的平台，创造属于开发者的时代！",
                keywords="SegmentFault,思否,开发者,编程,代码,开源,IT网站,Developer,Programmer,IT技术", self_url="/",
                mod="home", bodyclass="home-page", css="home")


def blog_page():
    art = SPEECHES["r19a-sf2"]
    body = f"""
    <div class="profile-header">
        <div class="container">
            <h2 class="profile__heading--name">技术管理那些事</h2>
            <p class="text-muted">写给从工程师走向管理岗的人：团队、流程、开源社区与沟通。</p>
            <p><a href="/u/linqiao_oss">林樵</a> · 文章 18 · 关注 1.2k</p>
        </div>
    </div>
    <div class="container mt30">
        <div class="stream-list blog-stream">
            <section class="stream-list__item">
                <div class="summary">
                    <h2 class="title blog-type-common blog-type-1"><a href="/a/{ART_ID}">{art.title}</a></h2>
                    <p class="excerpt wordbreak hidden-xs">本文是我在 2025 年社区贡献者大会开幕式上的致辞，会后不少朋友问要讲稿，整理后发在这里……</p>
                    <ul class="author list-inline"><li><span class="text-muted">2025-03-31</span></li><li>赞 46</li><li>收藏 21</li></ul>
                </div>
            </section>
            <section class="stream-list__item">
                <div class="summary">
                    <h2 class="title blog-type-common blog-type-1"><a href="/a/1190000043702918">维护者倦怠：我们能做些什么</a></h2>
                    <p class="excerpt wordbreak hidden-xs">当一个项目的 issue 数量是维护者人数的两百倍时……</p>
                    <ul class="author list-inline"><li><span class="text-muted">2025-02-17</span></li><li>赞 33</li><li>收藏 40</li></ul>
                </div>
            </section>
        </div>
    </div>"""
    return page(body, title="技术管理那些事 - SegmentFault 思否", desc="写给从工程师走向管理岗的人：团队、流程、开源社区与沟通。",
                keywords="技术管理,专栏", self_url="/blog/jishuguanli", mod="blog", bodyclass="blog-page", css="blog")


def q_row(qid, title, answers, solved, views, tags_, when):
    return f"""
            <section class="stream-list__item">
                <div class="qa-rank"><div class="answers{' answered solved' if solved else ''} ml10 mr10">{answers}<small>{'解决' if solved else '回答'}</small></div><div class="views hidden-xs viewsword0to99">{views}<small>浏览</small></div></div>
                <div class="summary">
                    <ul class="author list-inline"><li><span>{when}</span></li></ul>
                    <h2 class="title"><a href="/q/{qid}">{title}</a></h2>
                    {tags(tags_, "taglist--inline ib")}
                </div>
            </section>"""


def questions_page(n):
    if n == 1:
        rows = q_row("1010000044006512", "Vue 3 里 watch 监听 props 深层对象不触发？", 1, False, 86, ["vue.js"], "刚刚提问") + \
            q_row("1010000043990127", "MySQL 联合索引最左前缀到底怎么理解？", 3, True, 412, ["mysql"], "3 天前回答")
        pager = '<ul class="pagination"><li class="active"><a href="javascript:void(0);">1</a></li><li><a href="/questions?page=2">2</a></li><li class="next"><a rel="next" href="/questions?page=2">下一页</a></li></ul>'
    else:
        rows = q_row(Q_ID, "技术负责人在年度技术委员会会议上的讲话怎么写？有没有完整的范例？", 2, True, "2.4k", ["程序员", "技术管理", "职场"], "2025-01-20 回答") + \
            q_row("1010000043488310", "Go 的 context 超时后 goroutine 为什么没退出？", 2, False, 307, ["go"], "2025-01-15 回答")
        pager = '<ul class="pagination"><li class="prev"><a rel="prev" href="/questions">上一页</a></li><li><a href="/questions">1</a></li><li class="active"><a href="javascript:void(0);">2</a></li></ul>'
    body = f"""
    <div class="container mt30">
        <div class="row">
            <div class="col-xs-12 col-md-9 main">
                <ul class="nav nav-tabs nav-tabs-zen mb10"><li class="active"><a href="/questions">最新的</a></li><li><a href="/questions/hottest">热门的</a></li><li><a href="/questions/unanswered">未回答</a></li></ul>
                <div class="stream-list question-stream">{rows}
                </div>
                <div class="text-center">{pager}</div>
            </div>
        </div>
    </div>"""
    return page(body, title="最新的问题 - SegmentFault 思否" if n == 1 else "最新的问题 - 第 2 页 - SegmentFault 思否",
                desc="SegmentFault 思否 最新的问题", keywords="问答,问题", self_url="/questions" if n == 1 else "/questions?page=2",
                mod="questions", bodyclass="qa-list", css="questions")


def build() -> Family:
    fam = Family(HOST, "SegmentFault 思否-like developer community, server-rendered (article /a/N with article-content; question /q/N with an accepted answer)",
                 extensionless_html=True)
    fam.put(f"/a/{ART_ID}", article_page())
    fam.put(f"/q/{Q_ID}", question_page())
    fam.put("/", home_page())
    fam.put("/blog/jishuguanli", blog_page())
    fam.put("/questions", questions_page(1))
    fam.route("/questions?page=2", "/questions-page-2.html", questions_page(2))
    fam.doc([f"/a/{ART_ID}"], SPEECHES["r19a-sf2"], published_at="2025-03-31")
    fam.doc([f"/q/{Q_ID}"], SPEECHES["r19a-sf1"], published_at="2025-01-20")
    fam.not_documents += ["/", "/blog/jishuguanli", "/questions", "/questions?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search\nDisallow: /api/\nDisallow: /*?sort=\nSitemap: https://www.sifou-kaifa.test/sitemap.xml\n")
    fam.put("/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.sifou-kaifa.test/a/{ART_ID}</loc><lastmod>2025-03-31</lastmod><changefreq>weekly</changefreq></url>
<url><loc>https://www.sifou-kaifa.test/q/{Q_ID}</loc><lastmod>2025-01-21</lastmod><changefreq>weekly</changefreq></url>
</urlset>
""")
    fam.noise += [
        "会后不少朋友问要讲稿",
        "本文首发于微信公众号「开源漫谈」",
        "good first issue",
        "《署名-非商业性使用-禁止演绎 4.0 国际》",
        "关注作者",
        "开源项目维护者，技术监督委员会成员",
        "这个故事太真实了",
        "期待新的晋升路径落地",
        "展开剩余 2 条评论",
        "推荐阅读",
        "维护者倦怠：我们能做些什么",
        "SegmentFault 思否开源大会 2025",
        "去年帮我们 CTO 整理过一版",
        "回顾成绩 → 正视问题 → 今年重点 → 收尾号召",
        "补充几点：",
        "讲话控制在十五分钟以内",
        "已采纳",
        "提问者采纳",
        "刚升了技术总监",
        "太完整了，直接照这个框架改",
        "我们组长天天念叨",
        "讲话稿的核心是“对齐目标”",
        "相似问题",
        "答案对人有帮助，有参考价值",
        "浙ICP备15005796号-2",
    ]
    return fam
