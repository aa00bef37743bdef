"""简书 (jianshu.com) as its Rails pages printed a note about 2017–2018, before the Next.js rewrite
(cf. `www.jianshu-like.test`, the hashed-class SSR pages).

Extensionless pages (`extensionless_html`): home is the author's page `/u/7b3e9d21c4fa`
(`div.main-top` avatar / `a.name` / `div.info` counters 关注 / 粉丝 / 文章 / 字数 / 收获喜欢,
`ul.trigger-menu` 文章 / 动态 / 最新评论 / 热门, `ul.note-list` of `li[data-note-id]` items with
`a.title`, `p.abstract`, `div.meta` 阅读 / 评论 / 喜欢 / 赞赏 and a `div.load-more` whose next page
`/u/7b3e9d21c4fa?order_by=shared_at&page=2` is a query route: not a document; the side `文集`
list links the notebook page `/nb/21734560`, not a document either). Notes at `/p/<12 hex>`:
`div.note > div.post > div.article` with `h1.title`, the `div.author` bar (avatar, `span.name`,
关注 button, `div.meta` with `span.publish-time` `2018.03.07 21:15*`, `span.wordage` 字数,
阅读 / 评论 / 喜欢 / 赞赏 counts), the text in `div.show-content > div.show-content-free` as `<p>`s —
the writer's own line first (a `<blockquote>` lead on one note), a centred `image-package` photo
with `div.image-caption` in the other; `div.show-foot` (`a.notebook` 文集, © 著作权归作者所有,
举报文章), the `follow-detail` author card (写了 N 字，被 N 人关注，获得了 N 个喜欢 + signature),
the `support-author` reward box (小礼物走一走，来简书关注我 / 赞赏支持 / supporter list),
`meta-bottom` 喜欢 / 更多分享, an empty `#comment-list` for the Vue app, `note-bottom` with
`include-collection` 专题 chips (被以下专题收入，发现更多相似内容 — the site's tags) and the
server-printed `seo-recommended-notes` 推荐阅读; `<script type="application/json"
data-name="page-data">` with the note's counters (no text)."""

import html as _html
import json

from common import SPEECHES, Family

HOST = "www.jianshu-rails-like.test"
UID = "7b3e9d21c4fa"
NAME = "木子说HR"
N1, N2 = "5d81c0a93e27", "a2f64b7c19d0"

HEAD = """<!DOCTYPE html>
<!--[if IE 6]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 7]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 8]><html class="ie ie8"><![endif]-->
<!--[if IE 9]><html class="ie ie9"><![endif]-->
<!--[if !IE]><!--> <html> <!--<![endif]-->

<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=no">

  <!-- Start of Baidu Transcode -->
  <meta http-equiv="Cache-Control" content="no-siteapp" />
  <meta http-equiv="Cache-Control" content="no-transform" />
  <meta name="applicable-device" content="pc,mobile">
  <meta name="MobileOptimized" content="width"/>
  <meta name="HandheldFriendly" content="true"/>
  <meta name="mobile-agent" content="format=html5;url=https://www.jianshu.com{path}">
  <!-- End of Baidu Transcode -->

  <meta name="description"  content="{desc}">
  <meta name="360-site-verification" content="604a14b53c6b871206001285921e81d8" />
  <meta property="wb:webmaster" content="294ec9de89e7fadb" />
  <meta property="qc:admins" content="104102651453316562112116375" />
  <meta name="google-site-verification" content="cV4-qkUJZR6gmFeajx_UyPe47GW9vY6cnCrYtCHYNh4" />
  <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="X3mZ1eC0pQw8t2mS4kR7w0oK8s1yq9bZ0f1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r7s8t9u0v1w2x3y4z5a6b7c8==" />

  <title>{title}</title>

  <meta name="apple-itunes-app" content="app-id=888237539, app-argument=jianshu://{app}">
  <link rel="stylesheet" media="all" href="//cdn2.jianshu.io/assets/web-a3b1c6e0f1a8a4f2d5b8.css" />
  <link rel="stylesheet" media="all" href="//cdn2.jianshu.io/assets/web/pages/{pagecss}-0b9f2e5c4d7a8e61c3f2.css" />
  <link href="//cdn2.jianshu.io/assets/favicons/favicon-e743bfb1821442341c3ab15bdbe804f7ad97676bd07a770ccc9483473aa76f06.ico" rel="icon">
</head>

  <body lang="zh-CN" class="reader-black-font">
    <!-- 全局顶部导航栏 -->
<nav class="navbar navbar-default navbar-fixed-top" role="navigation">
  <div class="width-limit">
    <!-- 左上方 Logo -->
    <a class="logo" href="/"><img src="//cdn2.jianshu.io/assets/web/nav-logo-4c7bbafe27adc892f3046e6978459bac.png" alt="Nav logo" /></a>

    <!-- 右上角 -->
      <!-- 未登录显示登录/注册/写文章 -->
      <a class="btn write-btn" target="_blank" href="/writer#/">
        <i class="iconfont ic-write"></i>写文章
</a>      <a class="btn sign-up" id="sign_up" href="/sign_up">注册</a>
      <a class="btn log-in" id="sign_in" href="/sign_in">登录</a>

    <!-- 如果用户登录，显示下拉菜单 -->

    <div id="view-mode-ctrl">
    </div>
    <div class="container">
      <div class="navbar-header">
        <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu" aria-expanded="false">
          <span class="icon-bar"></span>
          <span class="icon-bar"></span>
          <span class="icon-bar"></span>
        </button>
      </div>
      <div class="collapse navbar-collapse" id="menu">
        <ul class="nav navbar-nav">
            <li class="tab ">
              <a href="/">
                <span class="menu-text">首页</span><i class="iconfont ic-navigation-discover menu-icon"></i>
</a>            </li>
            <li class="tab ">
              <a id="web-nav-app-download-btn" class="app-download-btn" href="/apps?utm_medium=desktop&amp;utm_source=navbar-apps"><span class="menu-text">下载App</span><i class="iconfont ic-navigation-download menu-icon"></i></a>
            </li>
          <li class="search">
            <form target="_blank" action="/search" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="&#x2713;" />
              <input type="text" name="q" id="q" value="" autocomplete="off" placeholder="搜索" class="search-input" />
              <a class="search-btn" href="javascript:void(null)"><i class="iconfont ic-search"></i></a>
</form>          </li>
        </ul>
      </div>
    </div>
  </div>
</nav>

"""

TAIL = """
    <script type="application/json" data-name="page-data">{data}</script>
    <script src="//cdn2.jianshu.io/assets/babel-polyfill-676833c6a4d7836e5ddb.js"></script>
    <script src="//cdn2.jianshu.io/assets/web-base-6e4b6a6c9c5e2d7d1f0a.js"></script>
    <script src="//cdn2.jianshu.io/assets/web-5a3c9a6e8e7c4b2e9f11.js"></script>
    <script src="//cdn2.jianshu.io/assets/web/pages/{pagejs}-1f8a5e0b3c2d4f6a7b9c.js"></script>
    <script>
  (function(){{
      var bp = document.createElement('script');
      var curProtocol = window.location.protocol.split(':')[0];
      if (curProtocol === 'https') {{
          bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';
      }}
      else {{
          bp.src = 'http://push.zhanzhang.baidu.com/push.js';
      }}
      var s = document.getElementsByTagName("script")[0];
      s.parentNode.insertBefore(bp, s);
  }})();
</script>

  </body>
</html>
"""


def note_page(slug, nid, sp, lead, body_html, meta, desc, notebook, colls, recs):
    paras = body_html
    data = {"user_signed_in": False, "locale": "zh-CN", "os": "windows", "read_mode": "day",
            "read_font": "font2", "note_show": {"is_author": False, "is_following_author": False,
            "is_liked_note": False, "follow_state": 0, "uuid": "3c1e7a0b-5f2d-4c9a-8e61-2b7d9f0a4c33"},
            "note": {"id": nid, "slug": slug, "user_id": 2198734, "notebook_id": 21734560,
                     "commentable": True, "likes_count": meta["likes"], "views_count": meta["views"],
                     "public_wordage": meta["words"], "comments_count": meta["comments"],
                     "featured_comments_count": 0, "total_rewards_count": meta["rewards"],
                     "is_author": False, "paid_type": "free", "paid": False, "paid_content_accessible": False,
                     "author": {"nickname": NAME, "total_wordage": 86211, "followers_count": 1482,
                                "total_likes_count": 3107}}}
    coll_html = "".join(
        f'<a class="item" href="/c/{cid}?utm_source=desktop&amp;utm_medium=notes-included-collection" target="_blank">'
        f'<img src="//upload.jianshu.io/collections/images/{cid}/avatar.png?imageMogr2/auto-orient/strip|imageView2/1/w/48/h/48" alt="64" />'
        f'<div class="name">{name}</div></a>' for cid, name in colls)
    rec_html = "".join(f"""        <div class="note">
          <a class="title" target="_blank" href="/p/{rslug}?utm_campaign=maleskine&amp;utm_content=note&amp;utm_medium=seo_notes&amp;utm_source=recommendation">{_html.escape(rt)}</a>
          <p class="description">{_html.escape(rd)}</p>
          <a class="author" target="_blank" href="/u/{ruid}?utm_campaign=maleskine&amp;utm_content=user&amp;utm_medium=seo_notes&amp;utm_source=recommendation">
            <div class="avatar"><img src="//upload.jianshu.io/users/upload_avatars/{ruid[:6]}.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/48/h/48" alt="48" /></div>
            <span class="name">{ra}</span>
</a>          <div class="meta">
            <i class="iconfont ic-like"></i>{rl}
          </div>
        </div>
""" for rslug, rt, rd, ruid, ra, rl in recs)
    return HEAD.format(path=f"/p/{slug}", desc=_html.escape(desc), title=f"{_html.escape(sp['title'])} - 简书",
                       app=f"notes/{slug}", pagecss="p/show") + f"""    <div class="note">
      <div class="post">
        <div class="article">
          <h1 class="title">{_html.escape(sp['title'])}</h1>

          <!-- 作者区域 -->
          <div class="author">
            <a class="avatar" href="/u/{UID}">
              <img src="//upload.jianshu.io/users/upload_avatars/2198734/0f6e4c2a-9b1d.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" />
</a>            <div class="info">
              <span class="name"><a href="/u/{UID}">{NAME}</a></span>
              <!-- 关注用户按钮 -->
              <div props-data-classes="user-follow-button-header" data-author-follow-button></div>
              <!-- 文章数据信息 -->
              <div class="meta">
                <!-- 如果文章更新时间大于发布时间，那么使用 tooltip 显示更新时间 -->
                  <span class="publish-time" data-toggle="tooltip" data-placement="bottom" title="最后编辑于 {meta['edited']}">{meta['time']}*</span>
                <span class="wordage">字数 {meta['words']}</span>
                <span class="views-count">阅读 {meta['views']}</span><span class="comments-count">评论 {meta['comments']}</span><span class="likes-count">喜欢 {meta['likes']}</span><span class="rewards-count">赞赏 {meta['rewards']}</span>
              </div>
            </div>
            <!-- 如果是当前作者，加入编辑按钮 -->
          </div>


          <!-- 文章内容 -->
          <div data-note-content class="show-content">
            <div class="show-content-free">
              {lead}{paras}
            </div>
          </div>
        </div>

        <div class="show-foot">
          <a class="notebook" href="/nb/21734560">
            <i class="iconfont ic-search-notebook"></i>
            <span>{notebook}</span>
</a>          <div class="copyright" data-toggle="tooltip" data-html="true" data-original-title="转载请联系作者获得授权，并标注“简书作者”。">
            © 著作权归作者所有
          </div>
          <div class="modal-wrap" data-report-note>
            <a id="report-modal">举报文章</a>
          </div>
        </div>

          <!-- 文章底部作者信息 -->
          <div class="follow-detail">
            <div class="info">
              <a class="avatar" href="/u/{UID}">
                <img src="//upload.jianshu.io/users/upload_avatars/2198734/0f6e4c2a-9b1d.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" />
</a>              <div props-data-classes="user-follow-button-footer" data-author-follow-button></div>
              <a class="title" href="/u/{UID}">{NAME}</a>
              <p>写了 86211 字，被 1482 人关注，获得了 3107 个喜欢</p>
            </div>
              <div class="signature">八年HR，干过招聘、培训、员工关系。这里存一些工作里用得上的稿子和心得，转载请私信。</div>
          </div>

        <div class="support-author">
          <p>小礼物走一走，来简书关注我</p>
          <div class="btn btn-pay">赞赏支持</div>
          <div class="supporter">
            <ul class="support-list">
              <li><a target="_blank" class="avatar" href="/u/e2c41f9a7b30"><img src="//upload.jianshu.io/users/upload_avatars/3309125/a71c.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" /></a></li>
            </ul>
          </div>
        </div>

        <div class="meta-bottom">
          <div props-data-classes="like-button" data-like-button></div>
          <div class="share-group">
            <a class="share-circle" data-action="weixin-share" data-toggle="tooltip" data-original-title="分享到微信">
              <i class="iconfont ic-wechat"></i>
            </a>
            <a class="share-circle" data-action="weibo-share" data-toggle="tooltip" href="javascript:void((function(s,d,e,r,l,p,t,z,c){{}})())" data-original-title="分享到微博">
              <i class="iconfont ic-weibo"></i>
            </a>
            <a class="share-circle more-share" tabindex="0" data-toggle="popover" data-placement="top" data-html="true" data-trigger="focus" href="javascript:void(0);" data-content='<ul class="share-list"><li><a href="javascript:void(0)" class="copy-link"><i class="social-icon-sprite social-icon-link"></i><span>复制链接</span></a></li><li><a href="javascript:void(0)" class="qzone-share"><i class="social-icon-sprite social-icon-qzone"></i><span>分享到 QQ 空间</span></a></li></ul>'>更多分享</a>
          </div>
        </div>
          <div id="vue_comment"></div>
      </div>

      <div class="vue-side-tool" props-data-props-show-qr-code="0"></div>
    </div>
    <div class="note-bottom">
      <div class="js-included-collections">
        <div class="include-collection">
          <div class="include-title">被以下专题收入，发现更多相似内容</div>
          {coll_html}
        </div>
      </div>
      <div data-vcomp="recommended-notes" data-lazy="1.5" data-note-id="{nid}"></div>
      <div class="seo-recommended-notes">
        <div class="title">推荐阅读</div>
        <a class="more" href="/" target="_blank">更多精彩内容<i class="iconfont ic-link"></i></a>
{rec_html}      </div>
    </div>

    <div class="side-tool"><ul><li data-placement="left" data-toggle="tooltip" data-container="body" data-original-title="回到顶部"><a class="function-button"><i class="iconfont ic-backtop"></i></a></li></ul></div>
""" + TAIL.format(data=json.dumps(data, ensure_ascii=False, separators=(",", ":")), pagejs="p/show")


def ps(paras):
    return "".join(f"<p>{_html.escape(p)}</p>" for p in paras)


def build() -> Family:
    fam = Family(host=HOST, software="简书 (jianshu.com) Rails-era note pages, about 2017–2018",
                 content_type="text/html; charset=utf-8", home=f"/u/{UID}", extensionless_html=True)
    s1, s2 = SPEECHES["f50c-3"], SPEECHES["f50c-5"]

    lead1 = ("<blockquote><p>上周给今年的校招生办了入职培训，老板开班讲了二十分钟，好几个新人下来问我要稿子。"
             "征得同意，把讲话整理出来放这儿，做培训的同行可以参考一下开班致辞怎么写。</p></blockquote>")
    body1 = ps(s1.paras[:3]) + (
        '<div class="image-package"><div class="image-container" style="max-width: 700px; max-height: 467px;">'
        '<div class="image-container-fill" style="padding-bottom: 66.71%;"></div><div class="image-view" data-width="1080" data-height="720">'
        '<img data-original-src="//upload-images.jianshu.io/upload_images/2198734-8c1f0e5a7d3b2c41.jpg" data-original-width="1080" '
        'data-original-height="720" data-original-format="image/jpeg" data-original-filesize="154023"></div></div>'
        '<div class="image-caption">开班仪式现场（图：公司品牌部）</div></div>') + ps(s1.paras[3:]) + (
        "<hr><p>—— 整理：木子。如果对你有用，点个喜欢呗。</p>")
    page1 = note_page(N1, 27604133, {"title": s1.title}, lead1, body1,
                      {"time": "2021.07.13 22:41", "edited": "2021.07.14 08:05", "words": 1318, "views": 2264,
                       "comments": 7, "likes": 86, "rewards": 1},
                      "上周给今年的校招生办了入职培训，老板开班讲了二十分钟，好几个新人下来问我要稿子。",
                      "HR工作笔记", [(1287301, "职场"), (403952, "演讲稿"), (2219847, "人力资源管理")],
                      [("6e19b0f27c4d", "入职第一周，我是怎么带新人的", "每年七月，公司都会迎来一批新面孔。和往年不同，今年我们把“导师制”提前到了入职第一天……", "c31b7a2e9f04", "阿桂的职场日记", 112),
                       (N2, s2.title, "读书节开幕式上领导的致辞，朋友发来让我帮忙排版，顺手存一份。" + s2.paras[1][:40], UID, NAME, 41),
                       ("0b7d4e1a9c63", "年会主持词开场白（2021最新版）", "尊敬的各位领导、亲爱的同事们：大家晚上好！辞旧迎新之际……", "9a2f0c7e3b51", "稿子铺", 305)])
    fam.put(f"/p/{N1}", page1)
    fam.doc([f"/p/{N1}"], s1, published_at="2021-07-13")

    lead2 = "<p>（县里读书节开幕式上领导的致辞，朋友发来让我帮忙排版做宣传册，顺手存一份。下面是致辞原文。）</p>"
    body2 = ps(s2.paras) + "<p><br></p><p>致辞完。图书馆二楼的城市书房真心推荐，周末人少，空调足。</p>"
    page2 = note_page(N2, 108553902, {"title": s2.title}, lead2, body2,
                      {"time": "2022.04.24 09:17", "edited": "2022.04.24 09:20", "words": 962, "views": 731,
                       "comments": 2, "likes": 41, "rewards": 0},
                      "县里读书节开幕式上领导的致辞，朋友发来让我帮忙排版做宣传册，顺手存一份。",
                      "HR工作笔记", [(403952, "演讲稿"), (1120455, "读书")],
                      [(N1, s1.title, "上周给今年的校招生办了入职培训，老板开班讲了二十分钟……", UID, NAME, 86),
                       ("4c8e2b1f7a90", "世界读书日｜这十本书，陪我度过了最难的一年", "今天是世界读书日。翻了翻豆瓣的读书记录……", "5e0d3a9b2c17", "南山有书", 1024)])
    fam.put(f"/p/{N2}", page2)
    fam.doc([f"/p/{N2}"], s2, published_at="2022-04-24")

    def item(slug, nid, title, abstract, views, comments, likes, rewards, when):
        return f"""      <li id="note-{nid}" data-note-id="{nid}" class="have-img">
        <div class="content">
          <a class="title" target="_blank" href="/p/{slug}">{_html.escape(title)}</a>
          <p class="abstract">
            {_html.escape(abstract)}
          </p>
          <div class="meta">
            <a target="_blank" href="/p/{slug}">
              <i class="iconfont ic-list-read"></i> {views}
</a>            <a target="_blank" href="/p/{slug}#comments">
              <i class="iconfont ic-list-comments"></i> {comments}
</a>            <span><i class="iconfont ic-list-like"></i> {likes}</span>
            {f'<span><i class="iconfont ic-list-money"></i> {rewards}</span>' if rewards else ''}
            <span class="time" data-shared-at="{when}"></span>
          </div>
        </div>
      </li>
"""

    def user_page(items, more, page):
        lm = (f'<div class="load-more" data-page="{page + 1}"><a href="/u/{UID}?order_by=shared_at&amp;page={page + 1}">阅读更多</a></div>'
              if more else "")
        return HEAD.format(path=f"/u/{UID}", desc=f"{NAME}，八年HR，干过招聘、培训、员工关系。", title=f"{NAME} - 简书",
                           app=f"users/{UID}", pagecss="users/show") + f"""<div class="container person">
  <div class="row">
    <div class="col-xs-16 main">
      <div class="main-top">
        <a class="avatar" href="/u/{UID}"><img src="//upload.jianshu.io/users/upload_avatars/2198734/0f6e4c2a-9b1d.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/240/h/240" alt="240" /></a>
        <div class="title">
          <a class="name" href="/u/{UID}">{NAME}</a>
          <i class="iconfont ic-woman"></i>
        </div>
        <div class="info">
          <ul>
            <li><div class="meta-block"><a href="/users/{UID}/following"><p>56</p>关注 <i class="iconfont ic-arrow"></i></a></div></li>
            <li><div class="meta-block"><a href="/users/{UID}/followers"><p>1482</p>粉丝 <i class="iconfont ic-arrow"></i></a></div></li>
            <li><div class="meta-block"><a href="/u/{UID}"><p>64</p>文章 <i class="iconfont ic-arrow"></i></a></div></li>
            <li><div class="meta-block"><p>86211</p><div>字数</div></div></li>
            <li><div class="meta-block"><p>3107</p><div>收获喜欢</div></div></li>
          </ul>
        </div>
      </div>
      <ul class="trigger-menu" data-pjax-container="#list-container">
        <li class="active"><a href="/u/{UID}?order_by=shared_at"><i class="iconfont ic-articles"></i> 文章</a></li>
        <li class=""><a href="/users/{UID}/timeline"><i class="iconfont ic-feed"></i> 动态</a></li>
        <li class=""><a href="/u/{UID}?order_by=commented_at"><i class="iconfont ic-latestcomments"></i> 最新评论</a></li>
        <li class=""><a href="/u/{UID}?order_by=top"><i class="iconfont ic-hot"></i> 热门</a></li>
      </ul>
      <div id="list-container">
        <!-- 文章列表模块 -->
        <ul class="note-list" infinite-scroll-url="/u/{UID}?order_by=shared_at">
{''.join(items)}        </ul>
        {lm}
      </div>
    </div>
    <div class="col-xs-7 col-xs-offset-1 aside">
      <div class="title">个人介绍</div>
      <div class="description"><div class="js-intro">八年HR，干过招聘、培训、员工关系。这里存一些工作里用得上的稿子和心得，转载请私信。</div></div>
      <ul class="list user-dynamic">
        <li><a href="/users/{UID}/subscriptions"><i class="iconfont ic-collection"></i> <span>我关注的专题/文集/连载</span></a></li>
        <li><a href="/users/{UID}/liked_notes"><i class="iconfont ic-like"></i> <span>我喜欢的文章</span></a></li>
      </ul>
      <div>
        <div class="title">他的文集</div>
        <ul class="list">
          <li><a href="/nb/21734560"><i class="iconfont ic-search-notebook"></i> <span>HR工作笔记</span></a></li>
          <li><a href="/nb/21734561"><i class="iconfont ic-search-notebook"></i> <span>稿子存档</span></a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
""" + TAIL.format(data=json.dumps({"user_signed_in": False, "locale": "zh-CN", "os": "windows",
                                    "user": {"id": 2198734, "slug": UID, "nickname": NAME}},
                                   ensure_ascii=False, separators=(",", ":")), pagejs="users/show")

    items1 = [
        item(N2, 108553902, s2.title, "（县里读书节开幕式上领导的致辞，朋友发来让我帮忙排版做宣传册，顺手存一份。下面是致辞原文。）" + s2.paras[0] + s2.paras[1][:50] + "...", 731, 2, 41, 0, "2022-04-24T09:17:05+08:00"),
        item("91c3e7a0f5b2", 98124770, "离职面谈，我最怕听到的三句话", "做了八年HR，离职面谈没有一百场也有八十场了。有些话听多了，心里就有数……", 1886, 19, 120, 2, "2022-02-16T21:40:12+08:00"),
        item(N1, 27604133, s1.title, "上周给今年的校招生办了入职培训，老板开班讲了二十分钟，好几个新人下来问我要稿子。" + s1.paras[1][:60] + "...", 2264, 7, 86, 1, "2021-07-13T22:41:37+08:00"),
    ]
    items2 = [
        item("3fa0d6c8b214", 20983341, "校招宣讲会开场白怎么说才不尴尬", "宣讲会开场的前三分钟，决定了台下同学是抬头听还是低头刷手机……", 954, 4, 37, 0, "2020-10-09T20:02:51+08:00"),
        item("e7b52c09a1d3", 18802216, "年终总结会上，HR该怎么发言", "又到一年总结时。HR部门的年终发言，最容易写成流水账……", 3310, 12, 201, 3, "2019-12-28T19:25:40+08:00"),
    ]
    home = user_page(items1, True, 1)
    fam.put(f"/u/{UID}", home)
    fam.route(f"/u/{UID}?order_by=shared_at", "u/shared_at.html", home)
    fam.route(f"/u/{UID}?order_by=shared_at&page=2", "u/shared_at-2.html", user_page(items2, False, 2))

    nb = HEAD.format(path="/nb/21734560", desc="HR工作笔记", title="HR工作笔记 - 文集 - 简书",
                     app="notebooks/21734560", pagecss="notebooks/show") + f"""<div class="container notebook">
  <div class="row">
    <div class="col-xs-16 main">
      <div class="main-top">
        <a class="avatar-collection" href="/nb/21734560"><img src="//cdn2.jianshu.io/assets/default_avatar/avatar-notebook-default-640f7dde88592bdf6417d8ce1902636e.png" alt="Avatar notebook default" /></a>
        <div class="title"><a class="name" href="/nb/21734560">HR工作笔记</a></div>
        <div class="info">作者 <a href="/u/{UID}">{NAME}</a> · 收录了 14 篇文章 · 0 人关注</div>
      </div>
      <div id="list-container">
        <ul class="note-list">
{items1[2]}{items1[0]}        </ul>
      </div>
    </div>
  </div>
</div>
""" + TAIL.format(data='{"user_signed_in":false,"locale":"zh-CN","os":"windows"}', pagejs="notebooks/show")
    fam.put("/nb/21734560", nb)
    fam.not_documents += [f"/u/{UID}?order_by=shared_at&page=2", "/nb/21734560"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /convos/\nDisallow: /notes/\nDisallow: /admin/\nDisallow: /*/notifications\n")
    fam.noise += ["上周给今年的校招生办了入职培训", "开班仪式现场（图：公司品牌部）", "整理：木子", "县里读书节开幕式上领导的致辞",
                  "致辞完。图书馆二楼", "小礼物走一走", "赞赏支持", "著作权归作者所有", "被以下专题收入", "推荐阅读", "写了 86211 字"]
    return fam
