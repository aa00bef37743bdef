"""豆瓣小组 topic pages in the 2016–2019 template (before the rich-text editor and IP 属地; cf.
`www.douban-group.test`, the 2022 pages).

`db-global-nav` (登录 / 注册, 下载豆瓣客户端, 豆瓣 / 读书 / 电影 / 音乐 / 同城 / 小组 / 阅读 / FM /
时间 / 豆品), `db-nav-group` (豆瓣小组 logo, 搜索, 首页 / 精选 / 浏览发现); home is the group page
`/group/zhicixiezuo/` (`group-board` intro, 小组最近讨论 `table.olt` with `td.title a[title]`,
作者, 回应, 最后回应 rows, `更多小组讨论 (N)` → `discussion?start=0`, whose `paginator` leads to
`?start=25`: query routes, not documents); topics `/group/topic/N/`: `h1`, `div.topic-content`
with `div.user-face` and `div.topic-doc` (`h3 > span.from` 来自: member (signature) + `span.color-green`
time), the post in `div#link-report > div.topic-content` — plain-text posts as douban printed
them: one `<p>` with `<br/>` lines (blank `<br/><br/>` between paragraphs in one, single `<br/>`
in the other) opened by the member's own line (`转一篇…` / `（转自社区公众号…）`), a
`div.topic-figure.cc` photo with `span.figure-caption` between two `<p>` runs in one; 举报,
`sns-bar` (喜欢 / 推荐到豆瓣 / 分享), `ul#comments.topic-reply` (`li.comment-item` → `reply-doc
content`, `bg-img-green h4` name + `span.pubtime`, a `reply-quote` box quoting the post, `p`
reply, 回应 / 赞), the `paginator` to `?start=100` (the comments' page 2: not a document),
你的回应 login box; the `aside`: `g-side-info` group card (成员, 加入小组), 最新讨论, group tags,
app ad; the douban footer (© 2005－2019 douban.com, 京ICP证090015号)."""

import html as _html

from common import SPEECHES, Family

HOST = "www.douban-xiaozu2018-like.test"
GID = "zhicixiezuo"
GNAME = "致辞发言稿互助组"
T1, T2 = 148302917, 113475206

HEAD = """<!DOCTYPE html>
<html lang="zh-cmn-Hans" class="ua-windows ua-webkit">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="renderer" content="webkit">
    <meta name="referrer" content="always">
    <meta name="google-site-verification" content="ok0wCgT20tBBgo9_zat2iAcimtN4Ftf5ccsh092Xeyw" />
    <title>
    {title}
</title>
    {meta}
    <script>var _head_start = new Date();</script>
    <link href="https://img3.doubanio.com/f/shire/bf61b1fa02f564a4a8f809da7c7179b883a56146/css/douban.css" rel="stylesheet" type="text/css">
    <link href="https://img3.doubanio.com/f/shire/ae3f5a3e3085968370b1fc63afcecb22d3284848/css/separation/_all.css" rel="stylesheet" type="text/css">
    <script type="text/javascript" src="https://img3.doubanio.com/f/shire/72ced6df41d4d158420cebdd254f9562f8d3c2a0/js/jquery.min.js"></script>
    <script type="text/javascript" src="https://img3.doubanio.com/f/shire/5ecaf46d6954d5a30bc7d99be86ae34031646e00/js/douban.js"></script>
    <link rel="stylesheet" href="https://img3.doubanio.com/f/group/{css}/css/group/{page}.css">
    <link rel="shortcut icon" href="https://img3.doubanio.com/favicon.ico" type="image/x-icon">
</head>

<body>
  <script type="text/javascript">var _body_start = new Date();</script>

<div id="db-global-nav" class="global-nav">
  <div class="bd">
<div class="top-nav-info">
  <a href="https://accounts.douban.com/login?source=group" class="nav-login" rel="nofollow">登录</a>
  <a href="https://www.douban.com/accounts/register?source=group" class="nav-register" rel="nofollow">注册</a>
</div>
    <div class="top-nav-doubanapp">
  <a href="https://www.douban.com/doubanapp/app?channel=top-nav" class="lnk-doubanapp">下载豆瓣客户端</a>
</div>
    <div class="global-nav-items">
      <ul>
        <li><a href="https://www.douban.com" target="_blank" data-moreurl-dict='{{"from":"top-nav-click-main","uid":"0"}}'>豆瓣</a></li>
        <li><a href="https://book.douban.com" target="_blank">读书</a></li>
        <li><a href="https://movie.douban.com" target="_blank">电影</a></li>
        <li><a href="https://music.douban.com" target="_blank">音乐</a></li>
        <li><a href="https://www.douban.com/location" target="_blank">同城</a></li>
        <li class="on"><a href="/group/">小组</a></li>
        <li><a href="https://read.douban.com" target="_blank">阅读</a></li>
        <li><a href="https://douban.fm" target="_blank">FM</a></li>
        <li><a href="https://time.douban.com/?dt_time_source=douban-web_top_nav" target="_blank">时间</a></li>
        <li><a href="https://market.douban.com/?utm_campaign=douban_top_nav&amp;utm_source=douban&amp;utm_medium=pc_web" target="_blank">豆品</a></li>
      </ul>
    </div>
  </div>
</div>

<div id="db-nav-group" class="nav">
  <div class="nav-wrap">
  <div class="nav-primary">
    <div class="nav-logo"><a href="/group/">豆瓣小组</a></div>
    <div class="nav-search">
      <form action="/group/search" method="get">
        <fieldset><legend>搜索：</legend>
          <label for="inp-query">搜索你感兴趣的内容和人...</label>
          <div class="inp"><input type="hidden" name="cat" value="1019"><input id="inp-query" name="q" size="22" maxlength="60" value=""></div>
          <div class="inp-btn"><input type="submit" value="搜索"></div>
        </fieldset>
      </form>
    </div>
    <div class="nav-items">
      <ul>
        <li><a href="/group/">首页</a></li>
        <li><a href="/group/explore">精选</a></li>
        <li><a href="/group/category/">浏览发现</a></li>
      </ul>
    </div>
  </div>
  </div>
</div>

<div id="wrapper">
<div id="content">
"""

FOOT = """    <div class="extra"></div>
  </div>
</div>
<div id="footer">
<span id="icp" class="fleft gray-link">
    &copy; 2005－2019 douban.com, all rights reserved 北京豆网科技有限公司
    <br>
    <a href="https://www.miit.gov.cn/">京ICP证090015号</a> 京ICP备11027288号 网络视听许可证0110418号
    <br>
    京网文[2015]2026-368号 &nbsp;京公网安备11010502000728 &nbsp;新出网证(京)字129号
</span>
<span class="fright">
    <a href="https://www.douban.com/about">关于豆瓣</a>
    · <a href="https://www.douban.com/jobs">在豆瓣工作</a>
    · <a href="https://www.douban.com/about?topic=contactus">联系我们</a>
    · <a href="https://www.douban.com/about?policy=disclaimer">法律声明</a>
    · <a href="https://help.douban.com/?app=main" target="_blank">帮助中心</a>
    · <a href="https://www.douban.com/doubanapp/">移动应用</a>
    · <a href="https://www.douban.com/partner/">豆瓣广告</a>
</span>
</div>
</div>
<script type="text/javascript">
var _paq = _paq || [];
_paq.push(['trackPageView']);
_paq.push(['enableLinkTracking']);
(function() {
    var p=(('https:' == document.location.protocol) ? 'https' : 'http'), u=p+'://fundin.douban.com/';
    _paq.push(['setTrackerUrl', u+'piwik']);
    _paq.push(['setSiteId', '100001']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.type='text/javascript'; g.defer=true; g.async=true; g.src=p+'://s.doubanio.com/dae/fundin/piwik.js';
    s.parentNode.insertBefore(g,s);
})();
</script>
</body>
</html>
"""

ASIDE = """    <div class="aside">
      <div id="g-side-info">
        <div class="title">
          <a href="/group/""" + GID + """/">""" + GNAME + """</a>
        </div>
        <div class="bd">
          <div class="group-item">
            <div class="pic"><a href="/group/""" + GID + """/"><img src="https://img3.doubanio.com/view/group/sqxs/public/g591823-2.jpg" alt=""" + '"' + GNAME + '"' + """></a></div>
            <div class="info">
              <a href="/group/""" + GID + """/members">18,462 个成员</a> 在此聚集
            </div>
          </div>
          <div class="group-intro">婚礼致辞、毕业发言、开学讲话、年会主持……写不出来的进来问，写好了的进来晒。</div>
          <a href="/group/""" + GID + """/?action=join&amp;ck=" class="bn-join">加入小组</a>
        </div>
      </div>
      <div class="mod">
        <h2>最新讨论&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·<span class="pl">&nbsp;(<a href="/group/""" + GID + """/discussion?start=0">更多</a>)</span></h2>
        <ul class="topic-list">
          <li><a href="/group/topic/""" + str(T1) + """/">转一篇我姑父在表姐婚礼上的致辞，看得我眼泪…</a></li>
          <li><a href="/group/topic/148277031/">求助：公司周年庆员工代表发言，三分钟左右</a></li>
          <li><a href="/group/topic/148190452/">升学宴答谢词有没有不那么土的</a></li>
        </ul>
      </div>
      <div class="mod group-tags">
        <h2>小组标签&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·</h2>
        <span class="tag"><a href="/group/explore?tag=婚礼">婚礼</a></span>
        <span class="tag"><a href="/group/explore?tag=演讲稿">演讲稿</a></span>
        <span class="tag"><a href="/group/explore?tag=写作">写作</a></span>
      </div>
      <div id="dale_group_topic_new_top_right"></div>
      <div class="mod app-ad">
        <a href="https://www.douban.com/doubanapp/app?channel=group_topic_right"><img src="https://img3.doubanio.com/f/group/app-qrcode.png" width="72" height="72" alt=""></a>
        <p>扫码下载豆瓣App<br>小组讨论随时看</p>
      </div>
    </div>
"""


def comment(cid, uid, name, sig, when, text, quote=""):
    q = (f'<div class="reply-quote"><span class="short">{_html.escape(quote)}</span>'
         f'<span class="pubdate"><a href="/people/{uid}/">{name}</a></span></div>') if quote else ""
    return f"""        <li class="clearfix comment-item" id="{cid}" data-cid="{cid}">
          <div class="user-face">
            <a href="/people/{uid}/"><img class="pil" src="https://img3.doubanio.com/icon/u{uid}-3.jpg" alt="{name}"/></a>
          </div>
          <div class="reply-doc content">
            <div class="bg-img-green">
              <h4>
                <a href="/people/{uid}/" class="">{name}</a>
                {f'({sig})' if sig else ''}
                <span class="pubtime">{when}</span>
              </h4>
            </div>
            {q}
            <p class="">{_html.escape(text)}</p>
            <div class="operation_div" id="{uid}">
              <div class="operation-more">
                <a class="comment-vote lnk-fav" href="javascript:void(0);" data-cid="{cid}">赞</a>
                <a href="/group/topic/reply?cid={cid}" class="lnk-reply">回应</a>
              </div>
            </div>
          </div>
        </li>
"""


def topic(tid, subject, who, uid, sig, when, body, comments, start, pages):
    pg = ""
    if pages > 1:
        links = []
        for i in range(pages):
            if i * 100 == start:
                links.append(f'<span class="thispage" data-total-page="{pages}">{i + 1}</span>')
            else:
                links.append(f'<a href="/group/topic/{tid}/?start={i * 100}">{i + 1}</a>')
        prev = (f'<span class="prev"><link rel="prev" href="/group/topic/{tid}/?start={start - 100}"/><a href="/group/topic/{tid}/?start={start - 100}">&lt;前页</a></span>'
                if start else '<span class="prev">&lt;前页</span>')
        nxt = (f'<span class="next"><link rel="next" href="/group/topic/{tid}/?start={start + 100}"/><a href="/group/topic/{tid}/?start={start + 100}">后页&gt;</a></span>'
               if start < (pages - 1) * 100 else '<span class="next">后页&gt;</span>')
        pg = f'      <div class="paginator">\n        {prev}\n        ' + "\n        ".join(links) + f"\n        {nxt}\n      </div>\n"
    head_block = ""
    if start == 0:
        head_block = f"""      <div class="topic-content clearfix">
        <div class="user-face">
          <a href="/people/{uid}/"><img class="pil" src="https://img3.doubanio.com/icon/u{uid}-7.jpg" alt="{who}"/></a>
        </div>
        <div class="topic-doc">
          <h3>
            <span class="from">来自: <a href="/people/{uid}/">{who}</a>({sig})</span>
            <span class="color-green">{when}</span>
          </h3>
          <div id="link-report" class="">
            <div class="topic-content">
{body}
            </div>
          </div>
          <div class="topic-opt clearfix">
            <span class="fleft"><a href="/misc/audit_report?url=/group/topic/{tid}/" rel="nofollow" class="j a_show_login">举报</a></span>
          </div>
          <div class="sns-bar" id="sep">
            <div class="sns-bar-fav">
              <span class="fav-num" data-tid="{tid}"><a href="/group/topic/{tid}/?type=like#sep">{len(comments) * 7 + 23}人</a> 喜欢</span>
              <a href="https://www.douban.com/accounts/register?reason=collect" class="fav-add btn-fav j a_show_login" title="标为喜欢？">喜欢</a>
            </div>
            <div class="sharing">
              <div class="rec-sec"><span class="rec"><a href="https://www.douban.com/accounts/register?reason=collect" class="lnk-sharing j a_show_login">推荐到豆瓣</a></span></div>
            </div>
          </div>
        </div>
      </div>
"""
    title = subject if start == 0 else f"{subject} 第{start // 100 + 1}页"
    meta = (f'<meta name="description" content="{_html.escape(subject)}">\n'
            f'    <link rel="canonical" href="https://www.douban.com/group/topic/{tid}/{"" if not start else "?start=" + str(start)}">')
    return HEAD.format(title=_html.escape(title), meta=meta, css="5c7f4a2e9b8d1f03c6a4e7b2d9f1a0c3e5b7d9f2", page="topic") + f"""    <h1>
      {_html.escape(subject)}
    </h1>
    <div class="grid-16-8 clearfix">
    <div class="article">
{head_block}{pg}      <ul class="topic-reply" id="comments">
{''.join(comments)}      </ul>
{pg}      <div id="last" class="txd">
        <a name="last"></a>
        <p class="pl">你的回应&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·</p>
        <div class="bd">&gt; <a href="https://accounts.douban.com/login?source=group" rel="nofollow">登录</a> <a href="https://www.douban.com/accounts/register?source=group" rel="nofollow">注册</a></div>
      </div>
      <p class="pl2">&gt; <a href="/group/{GID}/">回{GNAME}</a></p>
    </div>
{ASIDE}""" + FOOT


def build() -> Family:
    fam = Family(host=HOST, software="豆瓣小组 topic pages, 2016–2019 template",
                 content_type="text/html; charset=utf-8", home=f"/group/{GID}/")
    s1, s2 = SPEECHES["f50c-1"], SPEECHES["f50c-2"]

    sub1 = "转一篇我姑父在表姐婚礼上的致辞，看得我眼泪哗哗的"
    intro1 = "国庆表姐结婚，姑父上台讲了七八分钟，全场好多人偷偷抹眼泪。婚礼结束我死皮赖脸找姑父要了稿子（他自己手写的，我打成字），征得同意发上来，给组里要写父亲致辞的朋友参考。"
    half = 4
    body1 = ("              <p>" + _html.escape(intro1) + "<br/><br/>"
             + "<br/><br/>".join(_html.escape(p) for p in s1.paras[:half]) + "</p>\n"
             + '              <div class="topic-figure cc"><img src="https://img3.doubanio.com/view/group_topic/l/public/p187234501.webp" alt="" class=""/>'
             + '<span class="figure-caption">姑父在台上，手里那张纸都攥皱了</span></div>\n'
             + "              <p>" + "<br/><br/>".join(_html.escape(p) for p in s1.paras[half:])
             + "<br/><br/>————<br/>打字的时候又哭了一遍。祝表姐表姐夫幸福呀！</p>")
    c1 = [
        comment("2019100531", "171290558", "南瓜粥", "", "2019-10-05 22:47:13", "太真实了，筒子楼那段，我爸妈也是这么过来的。", ),
        comment("2019100532", "60318844", "Ashley", "下一站，天亮", "2019-10-05 23:02:51", "收藏了，明年我爸也要用上。",
                quote=s1.paras[0][:30]),
        comment("2019100533", "209833127", "不吃香菜的阿九", "", "2019-10-06 00:15:27", "“家里的门永远为你开着”破防了……"),
    ]
    c1_p2 = [comment("2019101201", "155620937", "momo", "", "2019-10-12 09:31:06", "马克一下，感谢楼主。"),
             comment("2019101202", "40129873", "树上的鱼", "", "2019-10-14 21:08:44", "求问楼主姑父讲了几分钟？我怕太长。")]
    p1 = topic(T1, sub1, "小林今天不加班", "130877406", "热爱生活的打工人", "2019-10-05 22:31:40", body1, c1, 0, 2)
    fam.put(f"/group/topic/{T1}/", p1)
    fam.route(f"/group/topic/{T1}/?start=0", f"group/topic/{T1}/start0.html", p1)
    fam.route(f"/group/topic/{T1}/?start=100", f"group/topic/{T1}/start100.html",
              topic(T1, sub1, "小林今天不加班", "130877406", "热爱生活的打工人", "2019-10-05 22:31:40", "", c1_p2, 100, 2))
    fam.doc([f"/group/topic/{T1}/"], s1, published_at="2019-10-05")
    fam.not_documents.append(f"/group/topic/{T1}/?start=100")

    sub2 = "街道主任在老年大学开学典礼上的讲话，我妈让我发上来"
    body2 = ("              <p>（转自社区公众号，我妈是书法班的，她说这个讲话讲到她心坎里了，非让我发到网上。）<br/><br/>"
             + "<br/>".join(_html.escape(p) for p in s2.paras) + "</p>")
    c2 = [comment("2018030801", "88214306", "周末去看海", "", "2018-03-08 12:20:33", "社区老年大学真是好东西，我外婆在那学了三年国画。"),
          comment("2018030802", "130877406", "小林今天不加班", "热爱生活的打工人", "2018-03-08 13:02:17", "楼主妈妈好可爱，书法班加油！")]
    p2 = topic(T2, sub2, "豆豆妈的女儿", "66105932", "慢慢来", "2018-03-08 10:45:19", body2, c2, 0, 1)
    fam.put(f"/group/topic/{T2}/", p2)
    fam.doc([f"/group/topic/{T2}/"], s2, published_at="2018-03-08")

    def row(tid, title, uid, who, replies, last, odd):
        short = title if len(title) <= 24 else title[:23] + "…"
        return f"""        <tr class="{'' if odd else 'pl'}">
            <td class="title">
                <a href="/group/topic/{tid}/" title="{_html.escape(title)}" class="">{_html.escape(short)}</a>
            </td>
            <td nowrap="nowrap"><a href="/people/{uid}/" class="">{who}</a></td>
            <td nowrap="nowrap" class="">{replies or ''}</td>
            <td nowrap="nowrap" class="time">{last}</td>
        </tr>
"""

    rows = [row(T1, sub1, "130877406", "小林今天不加班", 5, "10-14 21:08", True),
            row(148277031, "求助：公司周年庆员工代表发言，三分钟左右", "203118760", "一颗蛋挞", 12, "10-13 19:55", False),
            row(148190452, "升学宴答谢词有没有不那么土的", "99017345", "阿斌", 31, "10-11 08:42", True),
            row(T2, sub2, "66105932", "豆豆妈的女儿", 2, "2018-03-08", False)]
    rows_more = [row(101288730, "【置顶】发帖前请先看组规", "50298311", "组长老白", 8, "2017-05-20", True),
                 row(112900441, "毕业典礼学生代表发言，帮忙看看", "176023385", "Yuki", 16, "2018-02-27", False)]
    table = """      <table class="olt">
        <tr class="th">
            <td>话题</td>
            <td nowrap="nowrap">作者</td>
            <td nowrap="nowrap">回应</td>
            <td nowrap="nowrap" align="right">最后回应</td>
        </tr>
{rows}      </table>
"""
    group = HEAD.format(title=f"{GNAME}", meta=f'<meta name="description" content="{GNAME}：婚礼致辞、毕业发言、开学讲话、年会主持……">',
                        css="0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", page="group") + f"""    <h1>
      {GNAME}
    </h1>
    <div class="grid-16-8 clearfix">
    <div class="article">
      <div class="group-board">
        <p>创建于2015-06-11 &nbsp; 组长：<a href="/people/50298311/">组长老白</a></p>
        <p>婚礼致辞、毕业发言、开学讲话、年会主持……写不出来的进来问，写好了的进来晒。<br/>转帖请注明出处，广告一律删帖封号。</p>
      </div>
      <div class="group-topics">
        <div class="mod">
        <h2>最近讨论&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·</h2>
{table.format(rows=''.join(rows))}        <div class="group-topics-more"><a href="/group/{GID}/discussion?start=0">&gt; 更多小组讨论 (2846)</a></div>
        </div>
      </div>
    </div>
{ASIDE}""" + FOOT
    fam.put(f"/group/{GID}/", group)

    def disc(start, rs):
        pg = ('<div class="paginator">'
              + ('<span class="prev">&lt;前页</span>' if start == 0 else f'<span class="prev"><a href="/group/{GID}/discussion?start=0">&lt;前页</a></span>')
              + (' <span class="thispage" data-total-page="114">1</span> <a href="/group/' + GID + '/discussion?start=25">2</a>' if start == 0
                 else ' <a href="/group/' + GID + '/discussion?start=0">1</a> <span class="thispage" data-total-page="114">2</span>')
              + f' <a href="/group/{GID}/discussion?start=50">3</a> <span class="break">...</span> <a href="/group/{GID}/discussion?start=2825">114</a>'
              + (f' <span class="next"><link rel="next" href="/group/{GID}/discussion?start={start + 25}"/><a href="/group/{GID}/discussion?start={start + 25}">后页&gt;</a></span>')
              + '</div>\n')
        return HEAD.format(title=f"{GNAME}小组讨论", meta="", css="0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", page="group") + f"""    <h1>
      {GNAME}小组讨论
    </h1>
    <div class="grid-16-8 clearfix">
    <div class="article">
{table.format(rows=''.join(rs))}      {pg}    </div>
{ASIDE}""" + FOOT

    fam.route(f"/group/{GID}/discussion?start=0", f"group/{GID}/discussion0.html", disc(0, rows[:3]))
    fam.route(f"/group/{GID}/discussion?start=25", f"group/{GID}/discussion25.html", disc(25, rows[3:] + rows_more))
    fam.not_documents += [f"/group/{GID}/discussion?start=0", f"/group/{GID}/discussion?start=25"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /subject_search\nDisallow: /search\nDisallow: /group/search\nDisallow: /accounts/\nDisallow: /misc/\nDisallow: /group/topic/reply\n")
    fam.noise += ["国庆表姐结婚", "姑父在台上，手里那张纸都攥皱了", "打字的时候又哭了一遍", "（转自社区公众号", "你的回应",
                  "京ICP证090015号", "下载豆瓣客户端", "个成员"]
    return fam
