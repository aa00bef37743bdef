"""豆瓣小组 (douban.com/group/) topics as a forum: the topic page `/group/topic/N/` prints `h1`, then
`div.topic-doc` with `h3 > span.from` (来自: member) + `span.create-time` + `span.ip-location`, the post
in `div.topic-content > div.rich-content.topic-richtext` as `<p data-align="">` paragraphs (the member's
own one-line note first, an `image-container` photo with `image-caption` in one), the topic `sns-bar`
(赞 / 收藏 / 转发), 最赞回应 (`ul#popular-comments`), then `ul#comments.topic-reply` with
`li.comment-item` replies (`reply-doc content`, `h4` author + 楼主 badge + `span.pubtime`, a
`reply-quote` of a sentence of the speech, `p.reply-content`, 赞 / 回应), the `paginator` to
`?start=100` (a reply page: not a document), the login-only reply box, and the aside group card.
The group page `/group/NAME/` lists topics in `table.olt` and links `discussion?start=0`; the
discussion list pages through `?start=25`. Links are absolute `http://` as douban printed them."""

from common import SPEECHES, Family

HOST = "www.douban-group.test"
BASE = f"http://{HOST}"
GROUP, GROUP_NAME = "fayangao", "发言稿求助与分享"

TOPICS = [
    # speech, topic id, create time, ip, member id, member, own note, likes, collects, reply count, image after para index
    (SPEECHES["dbgroup-1"], "295417736", "2023-10-08 21:47:15", "河南", "178203561", "老秦不老",
     "上周女儿出嫁，自己写的致辞，念的时候手一直在抖。发上来留个纪念，也给快要嫁女儿的爸爸们参考一下。", 1342, 2876, 118, 3),
    (SPEECHES["dbgroup-2"], "296052218", "2023-11-22 09:05:41", "山西", "60913457", "汾河边的石头",
     "应组里几位朋友要求，把上周校庆座谈会上的发言稿发上来，念的时候改得更口语了一些，大家轻拍。", 87, 203, 6, None),
]

OTHER_TOPICS = [
    ("求助：公司年会代表优秀员工发言，三分钟左右怎么写", "295980112", "阿甘正在跑", 23, "11-21 18:32"),
    ("【分享】整理了一份婚礼致辞的结构，新人父母都能用", "295102735", "小满", 56, "11-20 10:11"),
    ("孩子升旗仪式国旗下讲话，家长帮改了一版", "296011847", "橘子汽水", 9, "11-19 22:40"),
    ("退休欢送会上的答谢词，领导说要即兴，我还是想准备一下", "295876320", "老梁", 31, "11-17 08:56"),
    ("组规（新人必看）", "233456781", "发言稿小组管理员", 12, "10-02 12:00"),
]

REPLIES = {
    "295417736": [
        [
            ("29874411", "雾里看花", "河北", "2023-10-08 21:58:02", None, "看哭了，想起我爸。", 56),
            ("151220734", "Amber", "上海", "2023-10-08 22:10:47", "那天他紧张得很，进门就帮着她妈妈择菜", "香菜那段笑出声又突然鼻酸", 213),
            ("178203561", "老秦不老", "河南", "2023-10-08 22:31:19", None, "谢谢大家，女儿刚才打电话说看到了，骂我把她小时候的事都抖出来了哈哈", 88),
            ("63301982", "不吃香菜", "广东", "2023-10-09 07:45:33", None, "码住，明年用得上", 4),
        ],
        [
            ("207781203", "山有木兮", "四川", "2023-10-15 13:20:08", None, "又来看了一遍，祝新人幸福", 2),
            ("41022287", "老秦的老同学", "河南", "2023-10-16 09:02:51", None, "那天我也在现场，老秦念到一半就念不下去了", 17),
        ],
    ],
    "296052218": [
        [
            ("51234009", "一只猫", "北京", "2023-11-22 09:40:12", "钱的事你别管，书一定要念完", "这样的老师太难得了", 34),
            ("60913457", "汾河边的石头", "山西", "2023-11-22 10:02:45", None, "是的，刘老师是我这辈子最感激的人。", 12),
        ],
    ],
}

HEAD = """<!DOCTYPE html>
<html lang="zh-CN" class="ua-windows ua-webkit">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="renderer" content="webkit">
    <meta name="referrer" content="always">
    <meta name="google-site-verification" content="ok0wCgT20tBBgo9_zat2iAcimtN4Ftf5ccsh092Xeyw" />
    <title>
        {title}
</title>
    <meta name="baidu-site-verification" content="cZdR4xxR7RxmM4zE" />
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="Sun, 6 Mar 2005 01:00:00 GMT">
    {extra_head}
    <link href="https://img1.doubanio-like.test/f/vendors/f25ae221544f39046484a823776f3aa01769ee10/css/ui/dialog.css" rel="stylesheet" type="text/css">
    <link href="https://img1.doubanio-like.test/f/group/2dc2cc8c0f3e06d0f3f14e3b8c6e8e7b2f5d4c3a/css/group/base.css" rel="stylesheet" type="text/css">
    <script type="text/javascript">var _head_start = new Date();</script>
    <script type="text/javascript" src="https://img1.doubanio-like.test/f/vendors/0511abe9863c2ea7084efb7e7d2d7a9b1e6a2c30/js/jquery.min.js"></script>
    <style type="text/css">
        #db-usr-profile .info h1 {{ margin: 0 }}
    </style>
</head>
<body>
  <script type="text/javascript">var _body_start = new Date();</script>
<div id="db-global-nav" class="global-nav">
  <div class="bd">
<div class="top-nav-info">
  <a href="https://accounts.douban.com/passport/login?source=group" class="nav-login" rel="nofollow">登录/注册</a>
</div>
    <div class="top-nav-doubanapp">
  <a href="https://www.douban.com/doubanapp/app?channel=top-nav" class="lnk-doubanapp">下载豆瓣客户端</a>
    </div>
    <div class="global-nav-items">
      <ul>
        <li class="on"><a href="{base}/" data-moreurl-dict="{{&quot;from&quot;:&quot;top-nav-click-main&quot;,&quot;uid&quot;:&quot;0&quot;}}">豆瓣</a></li>
        <li><a href="javascript:;" target="_blank">读书</a></li>
        <li><a href="javascript:;" target="_blank">电影</a></li>
        <li><a href="javascript:;" target="_blank">音乐</a></li>
        <li><a href="javascript:;" target="_blank">同城</a></li>
        <li><a href="{base}/group/" target="_blank">小组</a></li>
        <li><a href="javascript:;" target="_blank">阅读</a></li>
      </ul>
    </div>
  </div>
</div>
<div id="db-nav-group" class="nav">
  <div class="nav-wrap">
  <div class="nav-primary">
    <div class="nav-logo"><a href="{base}/group/">豆瓣小组</a></div>
    <div class="nav-search"><form action="{base}/group/search" method="get"><fieldset><legend>搜索：</legend><label for="inp-query">小组、话题</label><div class="inp"><input id="inp-query" name="q" size="22" maxlength="60" value=""></div><div class="inp-btn"><input type="submit" value="搜索"></div><input type="hidden" name="cat" value="1019"/></fieldset></form></div>
  </div>
  </div>
  <div class="nav-secondary"><div class="nav-items"><ul><li><a href="{base}/group/explore">精选</a></li><li><a href="{base}/group/explore/culture">文化</a></li><li><a href="{base}/group/explore/life">生活</a></li></ul></div></div>
</div>
<div id="wrapper">
<div id="content">
"""

FOOT = """</div>
<div id="footer">
<span id="icp" class="fleft gray-link">
    &copy; 2005－2023 douban.com, all rights reserved 北京豆网科技有限公司
</span>
<a href="https://www.douban.com/hnypt/variformcyst.py" style="display: none;"></a>
<span class="fright">
    <a href="javascript:;">关于豆瓣</a>
    · <a href="javascript:;">在豆瓣工作</a>
    · <a href="javascript:;">联系我们</a>
    · <a href="javascript:;">法律声明</a>
    · <a href="javascript:;">帮助中心</a>
    · <a href="javascript:;">移动应用</a>
</span>
<br /><span class="gray-link">京ICP证090015号 京ICP备11027288号 网络视听许可证0110418号 京网文[2015]2026-368号 京公网安备11010502000728 新出网证(京)字129号 违法和不良信息举报电话：4008353331 互联网药品信息服务资格证 (京)-非经营性-2017-0081</span>
</div>
</div>
<script type="text/javascript" src="https://img1.doubanio-like.test/f/group/9a4b1c0d2e3f405162738495a6b7c8d9e0f1a2b3/js/group/topic.js"></script>
<script type="text/javascript">
var _paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
</script>
</body>
</html>
"""


def shell(title, body, extra_head=""):
    return HEAD.format(title=title, extra_head=extra_head, base=BASE) + body + FOOT.format()


def aside():
    return f"""<div class="aside">
    <div id="g-side-info">
      <div class="group-item">
        <div class="pic"><a href="{BASE}/group/{GROUP}/"><img src="https://img1.doubanio-like.test/view/group/sqxs/public/0b2f4e7d8c.jpg" alt="{GROUP_NAME}"></a></div>
        <div class="info"><div class="title"><a href="{BASE}/group/{GROUP}/" title="{GROUP_NAME}">{GROUP_NAME}</a></div>
        <span class="member-count">38217 个成员</span></div>
      </div>
      <div class="group-intro">写不出来的发言稿、致辞、讲话稿，来这里求助；写得满意的，也欢迎分享。禁止广告，禁止代写引流。</div>
      <div class="group-item-action"><a href="javascript:;" class="bn-join-group">加入小组</a></div>
    </div>
    <div class="mod"><h2>最近组员 · · · · · ·</h2><div class="member-list"><a href="javascript:;">不吃香菜</a> <a href="javascript:;">阿甘正在跑</a> <a href="javascript:;">小满</a></div></div>
    <p class="pl">&gt; <a href="{BASE}/group/{GROUP}/">回{GROUP_NAME}小组</a></p>
</div>
"""


def reply_items(replies, author_id, speech_title):
    out = []
    for n, (uid, who, ip, when, quote, text, votes) in enumerate(replies):
        cid = 4512300000 + int(uid) % 100000 + n
        badge = '<span class="topic-author-icon">楼主</span>' if uid == author_id else ""
        quoted = (
            f"""<div class="reply-quote-content" data-ref-cid="0">
                <span class="all ref-content">{quote}</span>
                <span class="pubdate"><a href="{BASE}/people/{author_id}/">{[t for t in TOPICS if t[4] == author_id][0][5]}</a></span>
            </div>"""
            if quote
            else ""
        )
        out.append(f"""<li class="clearfix comment-item reply-item " id="{cid}" data-cid="{cid}" data-author-id="{uid}" data-ref_cid="0">
    <div class="user-face">
        <a href="{BASE}/people/{uid}/"><img class="pil" src="https://img2.doubanio-like.test/icon/u{uid}-2.jpg" alt="{who}"/></a>
    </div>
    <div class="reply-doc content">
        <div class="bg-img-green">
            <h4>
                <a href="{BASE}/people/{uid}/" class="">{who}</a>
                {badge}
                <span class="pubtime">{when} {ip}</span>
            </h4>
        </div>
            {quoted}
        <p class=" reply-content">{text}</p>
        <div class="operation-div" id="{cid}">
            <div class="operation-more">
                <a href="javascript:void(0);" class="comment-vote lnk-fav" data-cid="{cid}">赞{f" ({votes})" if votes else ""}</a>
                <a rel="nofollow" href="javascript:void(0);" class="lnk-reply">回应</a>
            </div>
        </div>
    </div>
</li>""")
    return "\n".join(out)


def topic_page(t, page):
    speech, tid, created, ip, uid, member, note, likes, collects, nreplies, img_at = t
    pages = REPLIES[tid]
    url = f"{BASE}/group/topic/{tid}/"
    ld = f"""<script type="application/ld+json">
{{
  "@context": "http://schema.org",
  "@type": "DiscussionForumPosting",
  "@id": "{url}",
  "url": "{url}",
  "name": "{speech.title}",
  "text": "{note}{speech.paras[0]}",
  "dateCreated": "{created.replace(' ', 'T')}",
  "commentCount": {nreplies},
  "interactionStatistic": {{"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction", "userInteractionCount": {likes}}}
}}
</script>
    <meta name="description" content="{note}{speech.paras[0][:60]}" />
    <meta property="og:title" content="{speech.title}" />
    <meta property="og:url" content="{url}" />"""
    paras = [f'<p data-align="">{note}</p>']
    for i, p in enumerate(speech.paras):
        paras.append(f'<p data-align="">{p}</p>')
        if img_at is not None and i == img_at:
            paras.append(
                f'<div class="image-container image-float-center"><div class="image-wrapper"><img src="https://img9.doubanio-like.test/view/group_topic/l/public/p{tid}01.webp" width="500" /></div><div class="image-caption">婚礼那天，女儿说这是她最喜欢的一张</div></div>'
            )
    if page == 0:
        doc = f"""<div class="topic-content clearfix">
  <div class="user-face">
    <a href="{BASE}/people/{uid}/"><img class="pil" src="https://img2.doubanio-like.test/icon/u{uid}-5.jpg" alt="{member}"/></a>
  </div>
  <div class="topic-doc">
    <h3>
      <span class="from">来自: <a href="{BASE}/people/{uid}/">{member}</a></span>
      <span class="create-time color-green">{created}</span>
      <span class="ip-location">{ip}</span>
    </h3>
    <div class="topic-content">
      <div class="rich-content topic-richtext">{"".join(paras)}</div>
    </div>
    <div id="link-report_group" style="display:none"></div>
    <div class="topic-opt clearfix">
      <span class="fleft"><a href="javascript:;" class="report-topic">投诉</a></span>
    </div>
    <div class="sns-bar" id="sep">
      <div class="sns-bar-fav"><span class="fav-num"><a href="{url}?type=like#sep">{likes}人</a>赞过</span><a href="javascript:;" class="btn-fav fav-add react-add">赞</a></div>
      <div class="sns-bar-collect"><a href="{url}?type=collect#sep">{collects}人</a>收藏 <a href="javascript:;" class="lnk-doulist-add">收藏</a></div>
      <div class="sns-bar-rec"><a href="{url}?type=rec#sep">{collects // 5}人</a>转发 <a href="javascript:;" class="lnk-sharing">转发</a></div>
    </div>
  </div>
</div>
"""
        top = sorted(pages[0], key=lambda r: -r[6])[:2]
        popular = f"""<div id="popular-comments-wrapper"><h3>最赞回应</h3>
<ul class="topic-reply popular-bd" id="popular-comments">
{reply_items(top, uid, speech.title)}
</ul></div>
"""
    else:
        doc = f"""<div class="topic-content clearfix"><div class="topic-doc"><h3>
      <span class="from">来自: <a href="{BASE}/people/{uid}/">{member}</a></span>
      <span class="create-time color-green">{created}</span></h3></div></div>
"""
        popular = ""
    if len(pages) > 1:
        if page == 0:
            pager = f'<div class="paginator"><span class="prev">&lt;前页</span><span class="thispage" data-total-page="2">1</span><a href="{url}?start=100">2</a><span class="next"><link rel="next" href="{url}?start=100"/><a href="{url}?start=100">后页&gt;</a></span></div>'
        else:
            pager = f'<div class="paginator"><span class="prev"><link rel="prev" href="{url}?start=0"/><a href="{url}?start=0">&lt;前页</a></span><a href="{url}?start=0">1</a><span class="thispage" data-total-page="2">2</span><span class="next">后页&gt;</span></div>'
    else:
        pager = ""
    body = f"""<h1>
    {speech.title}
</h1>
<div class="grid-16-8 clearfix">
<div class="article">
{doc}{popular}<div id="comments-wrapper"><h3>全部回应</h3>
<ul id="comments" class="topic-reply">
{reply_items(pages[page], uid, speech.title)}
</ul></div>
{pager}
<div class="txd"><p class="pl">你需要<a href="https://accounts.douban.com/passport/login?source=group">登录</a>后才能回应</p></div>
<p class="pl"><a href="{BASE}/group/{GROUP}/">&gt; 返回{GROUP_NAME}</a></p>
</div>
{aside()}
</div>
"""
    title = speech.title if page == 0 else f"{speech.title}(第2页)"
    return shell(title, body, ld if page == 0 else "")


def topic_rows(rows):
    out = []
    for title, tid, who, count, when in rows:
        out.append(f"""<tr class="">
    <td class="title"><a href="{BASE}/group/topic/{tid}/" title="{title}" class="">{title}</a></td>
    <td nowrap="nowrap"><a href="{BASE}/people/{who}/" class="">{who}</a></td>
    <td nowrap="nowrap" class="r-count ">{count}</td>
    <td nowrap="nowrap" class="time">{when}</td>
</tr>""")
    return "\n".join(out)


def all_rows():
    ours = [(t[0].title, t[1], t[5], t[9], t[2][5:16]) for t in TOPICS]
    return sorted(ours + OTHER_TOPICS, key=lambda r: r[4], reverse=True)


def group_page():
    rows = all_rows()
    body = f"""<div id="group-info">
  <img src="https://img1.doubanio-like.test/view/group/sqxs/public/0b2f4e7d8c.jpg" class="pil groupicon" alt="{GROUP_NAME}" />
  <h1>{GROUP_NAME}</h1>
  <div class="group-board"><p>创建于2014-06-03 &nbsp; 组长：<a href="javascript:;">发言稿小组管理员</a></p>
  <div class="group-intro">写不出来的发言稿、致辞、讲话稿，来这里求助；写得满意的，也欢迎分享。禁止广告，禁止代写引流。</div></div>
</div>
<div class="grid-16-8 clearfix">
<div class="article">
<div class="group-topics">
<h2>最近讨论 · · · · · ·</h2>
<table class="olt">
<tr class="th"><td>讨论</td><td>作者</td><td nowrap="nowrap">回应</td><td align="right">最后回应</td></tr>
{topic_rows(rows[:4])}
</table>
<div class="group-topics-more" style="text-align:right"><a href="{BASE}/group/{GROUP}/discussion?start=0">&gt; 更多小组讨论</a></div>
</div>
</div>
{aside()}
</div>
"""
    return shell(f"{GROUP_NAME}小组", body)


def discussion_page(start):
    rows = all_rows()
    chunk = rows[:4] if start == 0 else rows[4:]
    if start == 0:
        pager = f'<div class="paginator"><span class="prev">&lt;前页</span><span class="thispage" data-total-page="2">1</span><a href="{BASE}/group/{GROUP}/discussion?start=25">2</a><span class="next"><link rel="next" href="{BASE}/group/{GROUP}/discussion?start=25"/><a href="{BASE}/group/{GROUP}/discussion?start=25">后页&gt;</a></span></div>'
    else:
        pager = f'<div class="paginator"><span class="prev"><link rel="prev" href="{BASE}/group/{GROUP}/discussion?start=0"/><a href="{BASE}/group/{GROUP}/discussion?start=0">&lt;前页</a></span><a href="{BASE}/group/{GROUP}/discussion?start=0">1</a><span class="thispage" data-total-page="2">2</span><span class="next">后页&gt;</span></div>'
    body = f"""<h1>{GROUP_NAME}小组的讨论</h1>
<div class="grid-16-8 clearfix">
<div class="article">
<table class="olt">
<tr class="th"><td>讨论</td><td>作者</td><td nowrap="nowrap">回应</td><td align="right">最后回应</td></tr>
{topic_rows(chunk)}
</table>
{pager}
</div>
{aside()}
</div>
"""
    return shell(f"{GROUP_NAME}小组的讨论", body)


def build() -> Family:
    fam = Family(
        HOST,
        "豆瓣小组 (douban.com/group/) topics: member's note before the speech, replies, ?start=100 reply pages, group discussion listings",
        extensionless_html=True,
        home=f"/group/{GROUP}/",
    )
    fam.put(f"/group/{GROUP}/", group_page())
    for start in (0, 25):
        fam.route(f"/group/{GROUP}/discussion?start={start}", f"/group/{GROUP}/discussion-start-{start}", discussion_page(start))
    fam.not_documents += [f"/group/{GROUP}/", f"/group/{GROUP}/discussion?start=0", f"/group/{GROUP}/discussion?start=25"]
    for t in TOPICS:
        speech, tid = t[0], t[1]
        fam.put(f"/group/topic/{tid}/", topic_page(t, 0))
        if len(REPLIES[tid]) > 1:
            fam.route(f"/group/topic/{tid}/?start=100", f"/group/topic/{tid}/start-100", topic_page(t, 1))
            fam.route(f"/group/topic/{tid}/?start=0", f"/group/topic/{tid}/start-0", topic_page(t, 0))
            fam.not_documents += [f"/group/topic/{tid}/?start=100"]
        fam.doc([f"/group/topic/{tid}/"], speech, published_at=t[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /subject_search\nDisallow: /amazon_search\nDisallow: /search\nDisallow: /group/search\nDisallow: /j/\nDisallow: /link2/\nDisallow: /recommend/\nDisallow: /doubanapp/card\nDisallow: /update/topic/\nDisallow: /share/\nAllow: /ads.txt\n")
    for t in TOPICS:
        fam.noise += [t[6][:20], t[5]]
    fam.noise += [
        "婚礼那天，女儿说这是她最喜欢的一张",
        "来自:",
        "楼主",
        "最赞回应",
        "全部回应",
        "看哭了，想起我爸",
        "香菜那段笑出声又突然鼻酸",
        "这样的老师太难得了",
        "后才能回应",
        "赞过",
        GROUP_NAME,
        "京ICP备11027288号",
        "加入小组",
    ]
    fam.note = "home is the group page /group/fayangao/; topics /group/topic/N/ (reply page ?start=100 is a query route, ?start=0 = page 1); discussion list ?start=0 / ?start=25"
    return fam
