"""微博头条文章 (weibo.com/ttarticle/p/show?id=N) as served to guests (the 2019-era `B_artical`
page): `WB_global_nav`, `main_toppic` with the cover picture, `div.title`, the author line
(`em.W_autocut`, `span.time` 发布于 …, `span.num` 阅读数), the author's `preface` 导语, the text in
`div.main_editor > div.WB_editor_iframe_new`, the author card (粉丝, + 关注), the 转发 / 评论 / 赞 bar,
hot comments and the login box. One article is fans-only: the server sends its first paragraphs
and then the `artical_add_box` mask (`点击关注作者，阅读全文`) → truncated. Home is the author's
profile page `/u/N` (extensionless) whose feed links both articles."""

from common import SPEECHES, Family

HOST = "www.weibo-like.test"
UID = "6543210987"
NICK = "周老师说教育"

ARTICLES = [
    dict(
        speech=SPEECHES["WB1"],
        id="2309404781926457843721",
        time="2024-06-22 09:12:33",
        reads="3.1万",
        counts=(126, 58, 1024),
        preface="老同学在研究生毕业典礼上作为导师代表的发言，经本人同意转发。做老师的，大概都会在某一段里看到自己。",
        cover="https://wx1.sinaimg.cn/large/007a1Bqzly1hqw3k2m0c1j30u00gwn0a.jpg",
        wall_after=None,
        comments=[("一只小研猫", "“实验室的门永远为你们敞开”，看哭了，想我导师了。", "6月22日 10:03", 231),
                  ("夜航船", "按时吃饭，按时睡觉，这条最实在。", "6月22日 11:40", 87)],
    ),
    dict(
        speech=SPEECHES["WB2"],
        id="2309404749863201557018",
        time="2024-02-27 20:41:06",
        reads="8.7万",
        counts=(342, 196, 2876),
        preface="昨天学校百日誓师，我代表学校讲了几句。稿子发在这里，给今年所有的高三孩子加油。",
        cover="https://wx3.sinaimg.cn/large/007a1Bqzly1hn2x8d4t5qj30u00gwq5k.jpg",
        wall_after=4,
        comments=[("高三党冲冲冲", "周校长讲得太好了，一百天，冲！", "2月27日 21:02", 512),
                  ("一位家长", "孩子回家说校长讲话没有一句空话。", "2月28日 07:15", 140)],
    ),
]


def art_url(a):
    return f"/ttarticle/p/show?id={a['id']}"


def head(title, description, extra_config=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="{NICK},新浪微博,微博" />
<meta name="description" content="{description}" />
<link href="//img.t.sinajs.cn/t6/style/css/module/base/frame.css?version=8a3f2b1c0d9e7f65" type="text/css" rel="stylesheet" charset="utf-8" />
<link href="//img.t.sinajs.cn/t6/style/css/pages/growth/ttarticle.css?version=8a3f2b1c0d9e7f65" type="text/css" rel="stylesheet" charset="utf-8" />
<link href="//img.t.sinajs.cn/t6/skin/skin048/skin.css?version=8a3f2b1c0d9e7f65" type="text/css" rel="stylesheet" id="skin_style" />
<script type="text/javascript">
var $CONFIG = {{}};
$CONFIG['islogin'] = '0';
$CONFIG['uid'] = '';
$CONFIG['oid'] = '{UID}';
$CONFIG['onick'] = '{NICK}';
$CONFIG['lang'] = 'zh-cn';
$CONFIG['skin'] = 'skin048';
$CONFIG['jsPath'] = '//js.t.sinajs.cn/t6/';
$CONFIG['cssPath'] = '//img.t.sinajs.cn/t6/';
$CONFIG['imgPath'] = '//img.t.sinajs.cn/t6/';
$CONFIG['servertime'] = 1719019953;
{extra_config}</script>
</head>
"""


TOP_NAV = """<div id="plc_top"><div class="WB_global_nav WB_global_nav_v2 " node-type="top_all">
  <div class="gn_header clearfix">
    <div class="gn_logo" node-type="logo"><a href="/" class="box" title="微博"><span class="logo"></span></a></div>
    <div class="gn_search_v2"><input node-type="searchInput" autocomplete="off" value="" class="W_input" name="15" type="text" placeholder="大家正在搜：高考倒计时" /><a href="javascript:void(0);" title="搜索" node-type="searchSubmit" class="W_ficon ficon_search S_ficon">f</a></div>
    <div class="gn_position">
      <div class="gn_nav"><ul class="gn_nav_list">
        <li><a href="/" class="S_txt1"><em class="W_ficon ficon_home S_ficon">E</em><em class="S_txt1">首页</em></a></li>
        <li><a href="/discover/" class="S_txt1"><em class="S_txt1">发现</em></a></li>
        <li><a href="/signup/signup.php" class="S_txt1" target="_blank">注册</a></li>
        <li><a href="javascript:void(0);" class="S_txt1" node-type="loginBtn">登录</a></li>
      </ul></div>
    </div>
  </div>
</div></div>
"""

FOOT = """<div class="WB_footer S_bg2">
  <div class="other_link S_bg1 clearfix">
    <p class="copy"><a href="//help.weibo.com/" class="S_txt2" target="_blank">微博客服</a> <a href="//help.weibo.com/feedback" class="S_txt2" target="_blank">意见反馈</a> <a href="//open.weibo.com/" class="S_txt2" target="_blank">开放平台</a> <a href="//weibo.com/business" class="S_txt2" target="_blank">广告服务</a> <a href="//service.account.weibo.com/" class="S_txt2" target="_blank">微博社区公约</a></p>
    <p class="copy"><a href="//www.miibeian.gov.cn" class="S_txt2" target="_blank">京ICP证100780号</a> <span class="S_txt2">互联网药品服务许可证</span> <span class="S_txt2">京网文〔2020〕4129-774号</span> <span class="S_txt2">Copyright &copy; 2009-2024 WEIBO 北京微梦创科网络技术有限公司</span></p>
  </div>
</div>
</div>
</div>
<script type="text/javascript" src="//js.t.sinajs.cn/t6/apps/ttarticle/js/pl/article.js?version=8a3f2b1c0d9e7f65"></script>
</body>
</html>
"""


def article_page(a):
    sp = a["speech"]
    shown = sp.paras if a["wall_after"] is None else sp.paras[: a["wall_after"]]
    paras = "".join(f"<p>{p}</p>" for p in shown)
    mask = ""
    style = ""
    if a["wall_after"] is not None:
        style = ' style="height: 520px; overflow: hidden;"'
        mask = """
          <div class="artical_add_box" node-type="artical_add_box">
            <div class="mask_box" node-type="maskContent">
              <div class="mask_bg"></div>
              <div class="mask_btn W_tc">
                <p class="S_txt2">作者设置了粉丝可见，关注后可阅读全文</p>
                <a href="javascript:void(0);" class="W_btn_b btn_34px" action-type="follow_and_read" action-data="uid=@@UID@@">点击关注作者，阅读全文</a>
              </div>
            </div>
          </div>""".replace("@@UID@@", UID)
    forward, comment, like = a["counts"]
    comments = "".join(
        f"""<div class="list_li S_line1 clearfix" node-type="root_comment">
              <div class="WB_face W_fl"><img width="30" height="30" src="//tvax1.sinaimg.cn/crop.0.0.180.180.50/00{n}abc.jpg" alt="{who}" /></div>
              <div class="list_con"><div class="WB_text"><a href="/n/{who}" class="S_txt1">{who}</a>：{text}</div>
                <div class="WB_func clearfix"><div class="WB_from S_txt2">{when}</div><div class="WB_handle W_fr"><ul class="clearfix"><li><span class="line S_line1"><a href="javascript:void(0);" class="S_txt1" action-type="login"><em class="W_ficon ficon_praised S_txt2">ñ</em><em>{likes}</em></a></span></li></ul></div></div>
              </div>
            </div>
"""
        for n, (who, text, when, likes) in enumerate(a["comments"])
    )
    return (
        head(sp.title, a["preface"], f"$CONFIG['articleid'] = '{a['id']}';\n$CONFIG['pageid'] = 'ttarticle';\n")
        + f"""<body class="B_artical">
<div class="WB_miniblog">
<div class="WB_miniblog_fb">
{TOP_NAV}<div class="WB_main clearfix">
  <div class="WB_frame">
    <div class="WB_artical">
      <div class="WB_artical_del_bg"></div>
      <div class="main_toppic">
        <div class="cover_pic"><img src="{a['cover']}" alt="" /></div>
        <div class="title" node-type="articleTitle">{sp.title}</div>
        <div class="art_source clearfix">
          <div class="W_fl">
            <span class="W_face_radius"><img src="//tvax2.sinaimg.cn/crop.0.0.640.640.50/007a1Bqzly8gavatar.jpg" width="30" height="30" alt="{NICK}" /></span>
            <em class="W_autocut"><a class="S_txt1" href="/u/{UID}" target="_blank">{NICK}</a></em>
            <span class="time S_txt2">发布于 {a['time']}</span>
          </div>
          <div class="W_fr"><span class="num S_txt2">阅读数：{a['reads']}</span></div>
        </div>
        <div class="preface">导语：{a['preface']}</div>
      </div>
      <div class="main_editor " node-type="articleMain">
        <div class="WB_editor_iframe_new" node-type="contentBody"{style}>{paras}</div>{mask}
      </div>
      <div class="DCI_v2 clearfix" node-type="authorCard">
        <div class="W_face_radius W_fl"><a href="/u/{UID}" target="_blank"><img src="//tvax2.sinaimg.cn/crop.0.0.640.640.180/007a1Bqzly8gavatar.jpg" width="60" height="60" alt="{NICK}" /></a></div>
        <div class="info W_fl">
          <p class="name"><a href="/u/{UID}" class="S_txt1" target="_blank">{NICK}</a> <a class="W_icon icon_approve" title="微博个人认证" href="//verified.weibo.com/verify" target="_blank"></a></p>
          <p class="intro S_txt2">县一中副校长，教育博主，微博签约自媒体</p>
          <p class="count S_txt2">粉丝 28.6万　　文章 213</p>
        </div>
        <a href="javascript:void(0);" class="W_btn_b W_fr" action-type="follow" action-data="uid={UID}">+ 关注</a>
      </div>
      <div class="WB_feed_handle">
        <div class="WB_handle">
          <ul class="WB_row_line WB_row_r4 clearfix S_line2">
            <li><a href="javascript:void(0);" class="S_txt2" action-type="fl_forward"><span class="pos"><span class="line S_line1"><em class="W_ficon ficon_forward S_ficon">&#xe607;</em><em>{forward}</em></span></span></a></li>
            <li><a href="javascript:void(0);" class="S_txt2" action-type="fl_comment"><span class="pos"><span class="line S_line1"><em class="W_ficon ficon_repeat S_ficon">&#xe608;</em><em>{comment}</em></span></span></a></li>
            <li><a href="javascript:void(0);" class="S_txt2" action-type="fl_like"><span class="pos"><span class="line S_line1"><em class="W_ficon ficon_praised S_txt2">ñ</em><em>{like}</em></span></span></a></li>
          </ul>
        </div>
      </div>
      <div class="WB_feed_repeat S_bg1" node-type="feed_list_repeat">
        <div class="WB_repeat S_line1">
          <div class="WB_feed_publish clearfix"><div class="WB_publish"><p class="S_txt2">登录后才能评论，<a href="javascript:void(0);" action-type="login" class="S_txt1">立即登录</a></p></div></div>
          <div class="repeat_list"><div class="list_box"><div class="list_ul" node-type="feed_list_commentList"><div class="tab_box"><span class="S_txt1">热门评论</span></div>
            {comments}</div></div></div>
        </div>
      </div>
    </div>
  </div>
</div>
"""
        + FOOT
    )


def profile():
    cards = ""
    for a in sorted(ARTICLES, key=lambda x: x["time"], reverse=True):
        sp = a["speech"]
        mon, day, hm = int(a["time"][5:7]), int(a["time"][8:10]), a["time"][11:16]
        cards += f"""<div class="WB_cardwrap WB_feed_type S_bg2" tbinfo="ouid={UID}" mid="47{a['id'][-14:]}" action-type="feed_list_item">
  <div class="WB_feed_detail clearfix" node-type="feed_content">
    <div class="WB_face W_fl"><div class="face"><a href="/u/{UID}" class="W_face_radius"><img src="//tvax2.sinaimg.cn/crop.0.0.640.640.50/007a1Bqzly8gavatar.jpg" width="50" height="50" alt="{NICK}" /></a></div></div>
    <div class="WB_detail">
      <div class="WB_info"><a class="W_f14 W_fb S_txt1" href="/u/{UID}">{NICK}</a></div>
      <div class="WB_from S_txt2"><a href="/{UID}/O{a['id'][-8:]}" class="S_txt2" date="{a['time']}">{mon}月{day}日 {hm}</a> 来自 <a class="S_txt2" rel="nofollow" href="//app.weibo.com/t/feed/6vtZb0">微博 weibo.com</a></div>
      <div class="WB_text W_f14" node-type="feed_list_content">发布了头条文章：《{sp.title}》 {a['preface'][:24]}…</div>
      <div class="WB_feed_spec" node-type="feed_spec">
        <a href="{art_url(a)}" target="_blank" class="WB_feed_spec_clearfix">
          <div class="WB_feed_spec_pic"><img src="{a['cover']}" alt="" /></div>
          <div class="WB_feed_spec_info"><div class="WB_feed_spec_tit W_autocut">{sp.title}</div><div class="WB_feed_spec_cause S_txt2">{a['preface'][:40]}</div></div>
        </a>
      </div>
    </div>
  </div>
</div>
"""
    post = f"""<div class="WB_cardwrap WB_feed_type S_bg2" tbinfo="ouid={UID}" mid="4780112233445566" action-type="feed_list_item">
  <div class="WB_feed_detail clearfix"><div class="WB_detail">
    <div class="WB_info"><a class="W_f14 W_fb S_txt1" href="/u/{UID}">{NICK}</a></div>
    <div class="WB_from S_txt2"><a href="/{UID}/OaBcD1234" class="S_txt2">6月25日 21:30</a> 来自 iPhone客户端</div>
    <div class="WB_text W_f14" node-type="feed_list_content">今年高考成绩出来了，孩子们辛苦了！不管考得怎么样，人生的路都还很长。</div>
  </div></div>
</div>
"""
    feed = post + cards
    return (
        head(f"{NICK}的微博_微博", f"{NICK}，县一中副校长，教育博主，微博签约自媒体。")
        + f"""<body class="FRAME_page B_page">
<div class="WB_miniblog">
<div class="WB_miniblog_fb">
{TOP_NAV}<div class="WB_frame">
  <div class="PCD_header">
    <div class="pf_wrap">
      <div class="shadow S_shadow" node-type="shadow">
        <div class="pf_photo"><p class="photo_wrap"><img src="//tvax2.sinaimg.cn/crop.0.0.640.640.180/007a1Bqzly8gavatar.jpg" alt="{NICK}" class="photo" /></p></div>
        <div class="pf_username"><h1 class="username">{NICK}</h1></div>
        <div class="pf_intro" title="县一中副校长，教育博主，微博签约自媒体">县一中副校长，教育博主，微博签约自媒体</div>
        <div class="pf_opt"><a href="javascript:void(0);" class="W_btn_d btn_34px" action-type="follow">+关注</a></div>
      </div>
    </div>
  </div>
  <div class="WB_frame_c">
    <div class="PCD_counter"><table class="tb_counter"><tbody><tr><td class="S_line1"><strong class="W_f18">312</strong><span class="S_txt2">关注</span></td><td class="S_line1"><strong class="W_f18">28.6万</strong><span class="S_txt2">粉丝</span></td><td class="S_line1"><strong class="W_f18">4216</strong><span class="S_txt2">微博</span></td></tr></tbody></table></div>
    <div class="WB_feed WB_feed_v3" node-type="feed_list" module-type="feed">
{feed}    <div class="W_pages" node-type="feed_list_page"><a href="javascript:void(0);" class="page S_txt1" action-type="login">登录查看更多微博</a></div>
    </div>
  </div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "微博头条文章 (weibo.com/ttarticle) guest pages, author profile as home")
    fam.extensionless_html = True
    fam.home = f"/u/{UID}"
    fam.put(f"/u/{UID}", profile())
    fam.not_documents.append(f"/u/{UID}")
    for a in ARTICLES:
        fam.route(art_url(a), f"ttarticle/{a['id']}.html", article_page(a))
        wall = a["wall_after"]
        if wall is None:
            fam.doc([art_url(a)], a["speech"], published_at=a["time"][:10])
        else:
            fam.doc(
                [art_url(a)],
                a["speech"],
                truncated=True,
                text="\n".join(a["speech"].paras[:wall]),
                published_at=a["time"][:10],
            )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ajax/\nDisallow: /aj/\n", "ascii")
    fam.noise += [
        "导语：",
        "经本人同意转发",
        "稿子发在这里",
        "发布于 ",
        "阅读数：",
        "点击关注作者，阅读全文",
        "关注后可阅读全文",
        "+ 关注",
        "县一中副校长，教育博主",
        "粉丝 28.6万",
        "热门评论",
        "登录后才能评论",
        "想我导师了",
        "一百天，冲！",
        "微博客服",
        "京ICP证100780号",
        NICK,
    ]
    fam.note = (
        "Home is the author's profile page `/u/6543210987` (extensionless, `extensionless_html`); articles are "
        "query routes `/ttarticle/p/show?id=N` (weibo writes them `//weibo.com/ttarticle/…`, here root-relative). "
        "The 百日誓师 article is fans-only: the guest page carries its first four paragraphs and the 关注 mask "
        "(truncated, expected text = those paragraphs). The author's 导语 (`div.preface`) is not speech. "
        "published_at is the 发布于 date."
    )
    return fam
