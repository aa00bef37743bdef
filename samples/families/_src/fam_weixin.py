"""WeChat official-account articles (mp.weixin.qq.com's page): #js_content hidden until a script shows
it, styled <section>/<span> paragraphs, an editor tail inside js_content, the profile card, the
publish time only in a script variable, QR and "预览时标签不可点" furniture; the account's history
page lists articles only inside a script string (msgList, HTML-escaped JSON)."""

import json

from common import SPEECHES, Family, render

HOST = "mp.weixin.qq.test"
BIZ = "MzA3NjU1OTIwMA=="
NICK = "青禾发布"

ARTICLES = [
    # speech, mid, sn, chksm, ct, author line, cover, tail lines
    (
        SPEECHES["W1"],
        "2650012345",
        "9f1c2b7d4e6a8c0b1d3e5f7a9c1e3b5d",
        "84a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9",
        1718965800,
        "青禾大学",
        ["来源：青禾大学党委宣传部", "文字：王校长讲话稿整理", "编辑：刘畅　审核：陈斌"],
    ),
    (
        SPEECHES["W2"],
        "2650012388",
        "3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a",
        "84a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7",
        1709640300,
        "幸福里社区",
        ["来源：幸福里社区居委会", "编辑：周婷　审核：王磊"],
    ),
]


def article_url(a, scene=None):
    speech, mid, sn, chksm, *_ = a
    q = f"__biz={BIZ}&mid={mid}&idx=1&sn={sn}&chksm={chksm}"
    if scene:
        q += f"&scene={scene}"
    return f"/s?{q}"


SECTION_P = '<p style="margin-bottom: 0px;outline: 0px;letter-spacing: 0.578px;text-indent: 2em;line-height: 1.75em;visibility: visible;"><span style="outline: 0px;font-size: 15px;letter-spacing: 1px;font-family: mp-quote, -apple-system-font, BlinkMacSystemFont, &quot;Helvetica Neue&quot;, &quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, &quot;Microsoft YaHei UI&quot;, &quot;Microsoft YaHei&quot;, Arial, sans-serif;visibility: visible;">@@T@@</span></p>'


def js_content(a, others):
    speech, mid, sn, chksm, ct, source, tail = a
    out = [
        '<section style="margin-bottom: 0px;outline: 0px;letter-spacing: 0.544px;text-align: center;visibility: visible;"><img class="rich_pages wxw-img" data-ratio="0.1462963" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Qb0aVd1PQCXrx5RkSaN2l8ibCic1fO4HHj0lB0y3r4t/640?wx_fmt=gif" data-type="gif" data-w="1080" style="outline: 0px;visibility: visible !important;width: 677px !important;" /></section>',
        '<section style="text-align: center;"><span style="color: rgb(136, 136, 136);font-size: 12px;">点击蓝字 关注我们</span></section>',
        "<p><br /></p>",
    ]
    for i, para in enumerate(speech.paras):
        out.append(
            '<section style="margin-bottom: 8px;outline: 0px;visibility: visible;">'
            + SECTION_P.replace("@@T@@", para)
            + "</section>"
        )
        if i == 2:
            out.append(
                '<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6666667" data-s="300,640" '
                f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qb0aVd1PQCU{mid}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" /></section>'
            )
            out.append(
                '<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">▲活动现场</span></section>'
            )
    out.append(
        '<p style="text-align: center;"><span style="color: rgb(178, 178, 178);font-size: 12px;">END</span></p>'
    )
    for line in tail:
        out.append(
            f'<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{line}</span></p>'
        )
    if others:
        out.append('<section><span style="font-size: 15px;"><strong>往期推荐</strong></span></section>')
        for o in others:
            out.append(
                f'<p><a target="_blank" href="http://{HOST}{article_url(o, 21)}#wechat_redirect" textvalue="{o[0].title}" '
                f'data-itemshowtype="0" tab="innerlink" data-linktype="2" hasload="1">{o[0].title}</a></p>'
            )
    out.append(
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="1" data-src="https://mmbiz.qpic.cn/mmbiz_png/Qb0aVd1PQCWqrcode/640?wx_fmt=png" data-type="png" data-w="258" /></section>'
    )
    out.append(
        '<section style="text-align: center;"><span style="font-size: 12px;">扫码关注我们</span></section>'
    )
    out.append(
        '<section style="text-align: center;"><span style="font-size: 12px;">分享、点赞、在看，一键三连！</span></section>'
    )
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<link rel="mask-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/MjliNWVm.svg" color="#4C4C4C">
<link rel="apple-touch-icon-precomposed" href="//res.wx.qq.com/a/wx_fed/assets/res/OTE0YTAw.png">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="@@DESC@@" />
<meta name="author" content="@@NICK@@" />
<meta property="og:title" content="@@TITLE@@" />
<meta property="og:url" content="http://mp.weixin.qq.test@@URL_AMP@@#rd" />
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qb0aVd1PQCU@@MID@@/0?wx_fmt=jpeg" />
<meta property="og:description" content="@@DESC@@" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="@@NICK@@" />
<meta property="twitter:card" content="summary" />
<meta property="twitter:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qb0aVd1PQCU@@MID@@/0?wx_fmt=jpeg" />
<meta property="twitter:title" content="@@TITLE@@" />
<meta property="twitter:creator" content="@@NICK@@" />
<meta property="twitter:site" content="微信公众平台" />
<meta property="twitter:description" content="@@DESC@@" />
<script nonce="1843217809" reportloaderror>window.logs = {pagetime: {}}; window.logs.pagetime['html_begin'] = (+new Date());</script>
<title>@@TITLE@@</title>
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.b8ee0a5e.css">
<style>
.rich_media_content{visibility:hidden}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default ">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
@@TITLE@@
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">
@@SOURCE@@
</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
@@NICK@@
</a>
<div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">@@NICK@@</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta">
<label class="profile_meta_label">微信号</label>
<span class="profile_meta_value">qinghefabu</span>
</p>
<p class="profile_meta">
<label class="profile_meta_label">功能介绍</label>
<span class="profile_meta_value">青禾市委宣传部官方微信，权威发布青禾资讯。</span>
</p>
</div>
<span class="profile_arrow_wrp" id="js_profile_arrow_wrp">
<i class="profile_arrow arrow_out"></i>
<i class="profile_arrow arrow_in"></i>
</span>
</div>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
@@CONTENT@@
</div>
<script type="text/javascript" nonce="1843217809" reportloaderror>
var first_sceen__time = (+new Date());
if ("" == 1 && document.getElementById('js_content')) {
  document.getElementById('js_content').addEventListener("selectstart",function(e){ e.preventDefault(); });
}
</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;">
<div class="reward-avatar" style="display: none;" id="js_preview_reward_author_avatar"><img src="" alt="" id="js_preview_reward_author_head"></div>
<div class="reward-author" id="js_preview_reward_author_name">喜欢作者</div>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips weui-toast-wrp" style="display: none;">
<div class="weui-toast weui-toast_text-more"><div class="weui-toast__content">预览时标签不可点</div></div>
</div>
</div>
<div class="rich_media_tool_area">
<div class="rich_media_tool" id="js_toobar3">
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
<a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a>
<span class="media_tool_meta meta_extra meta_praise" id="like3"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3">赞</span></span>
</div>
</div>
<div class="qr_code_pc_outer" style="display:none;">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
</div>
</div>
<div id="js_pc_weapp_code" class="weui-desktop-popover weui-desktop-popover_pos-up-center weui-desktop-popover_img-text" style="display: none;">
<div class="weui-desktop-popover__content"><img class="js_pc_weapp_code_img weui-desktop-popover__img" alt=""><div class="weui-desktop-popover__desc">微信扫一扫<br>使用小程序</div></div>
</div>
<div id="unlogin_bottom_bar" class="wx_follow_context wx_follow_context_bottom" style="display:none;">
<div class="weui-half-screen-dialog__title">微信扫一扫可打开此内容，<br>使用完整服务</div>
</div>
<div class="appmsg_alert" id="js_alert" style="display:none;"><p class="alert_txt">继续滑动看下一个</p><a href="javascript:;" class="alert_btn">轻触阅读原文</a></div>
<div class="function_mod_index" style="display:none;">：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>
</div>
</div>
</div>
<script nonce="1843217809" type="text/javascript">
var nickname = htmlDecode("@@NICK@@");
var appmsg_type = "9";
var ct = "@@CT@@";
var create_time = "@@CT@@" * 1;
var user_name = "gh_8a1b2c3d4e5f";
var msg_title = '@@TITLE@@'.html(false);
var msg_desc = htmlDecode("@@DESC@@");
var msg_link = "http://mp.weixin.qq.test@@URL_AMP@@#rd";
var biz = "@@BIZ@@" || "";
var mid = "@@MID@@" || "";
var idx = "1" || "";
var copyright_stat = "2";
var source_url = "";
</script>
<script nonce="1843217809" type="text/javascript" src="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.6a7d2b9c.js"></script>
<script nonce="1843217809" type="text/javascript">
(function(){
  var el = document.getElementById('js_content');
  if (el) { el.style.visibility = 'visible'; }
  var t = new Date(ct * 1000), pad = function(n){return n < 10 ? '0' + n : '' + n;};
  document.getElementById('publish_time').innerHTML = t.getFullYear() + '-' + pad(t.getMonth() + 1) + '-' + pad(t.getDate()) + ' ' + pad(t.getHours()) + ':' + pad(t.getMinutes());
})();
</script>
</body>
</html>
"""


def msg_list_json():
    items = []
    for i, a in enumerate(ARTICLES):
        speech, mid, sn, chksm, ct, *_ = a
        url = f"http://{HOST}{article_url(a)}#rd".replace("&", "&amp;")
        items.append(
            {
                "comm_msg_info": {
                    "id": 1000000123 - i,
                    "type": 49,
                    "datetime": ct,
                    "fakeid": "3076559200",
                    "status": 2,
                    "content": "",
                },
                "app_msg_ext_info": {
                    "title": speech.title,
                    "digest": speech.paras[1][:40],
                    "content": "",
                    "fileid": 0,
                    "content_url": url,
                    "source_url": "",
                    "cover": f"https://mmbiz.qpic.cn/mmbiz_jpg/Qb0aVd1PQCU{mid}/0?wx_fmt=jpeg",
                    "subtype": 9,
                    "is_multi": 0,
                    "multi_app_msg_item_list": [],
                    "author": "",
                    "copyright_stat": 100,
                    "duration": 0,
                    "del_flag": 1,
                    "item_show_type": 0,
                    "audio_fileid": 0,
                    "play_url": "",
                    "malicious_title_reason_id": 0,
                    "malicious_content_type": 0,
                },
            }
        )
    raw = json.dumps({"list": items}, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    # the page HTML-escapes the JSON once more inside the JS string literal
    return raw.replace("&", "&amp;").replace('"', "&quot;")


PROFILE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>@@NICK@@</title>
<link rel="stylesheet" type="text/css" href="//res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/profile/profile_ext.css">
</head>
<body id="" class="zh_CN mm_appmsg">
<div class="profile_info_area">
  <div class="profile_info_group">
    <span class="radius_avatar profile_avatar"><img src="http://wx.qlogo.cn/mmhead/Q3auHgzwzM4qinghe/0" id="icon"></span>
    <div class="profile_info">
      <strong class="profile_nickname" id="nickname">@@NICK@@</strong>
      <p class="profile_desc">青禾市委宣传部官方微信，权威发布青禾资讯。</p>
    </div>
  </div>
</div>
<div class="weui_panel weui_panel_access" id="js_history_list">
  <div class="weui_panel_hd">消息列表</div>
  <div class="weui_panel_bd" id="js_msg_list"></div>
  <div class="loadmore" id="js_nomore" style="display:none;"><span class="tips">已无更多</span></div>
</div>
<script type="text/javascript">
var __biz = "@@BIZ@@";
var uin = "";
var key = "";
var pass_ticket = "";
var can_msg_continue = '0' * 1;
var msgList = '@@MSGLIST@@';
</script>
<script type="text/javascript" src="//res.wx.qq.com/mmbizwap/zh_CN/htmledition/js/appmsg/profile_ext.js"></script>
</body>
</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "mp.weixin.qq.com article page (js_content hidden until a script shows it) and profile_ext history page with msgList JSON",
    )
    home = f"/mp/profile_ext?action=home&__biz={BIZ}&scene=124"
    fam.route(home, "/mp/profile_ext/home.html", render(PROFILE, NICK=NICK, BIZ=BIZ, MSGLIST=msg_list_json()))
    fam.home = home
    fam.not_documents.append(home)
    for a in ARTICLES:
        speech, mid, sn, chksm, ct, source, tail = a
        others = [o for o in ARTICLES if o is not a]
        text = render(
            PAGE,
            TITLE=speech.title,
            DESC=speech.paras[1][:54],
            NICK=NICK,
            URL_AMP=article_url(a).replace("&", "&amp;"),
            MID=mid,
            SOURCE=source,
            CONTENT=js_content(a, others),
            CT=ct,
            BIZ=BIZ,
        )
        fam.route(article_url(a), f"/s/{mid}_1.html", text)
        fam.route(article_url(a, 21), f"/s/{mid}_1.html", text)
        fam.doc([article_url(a)], speech, found_by="inline json")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /mp/appmsg/\n")
    fam.noise += [
        "点击蓝字 关注我们",
        "▲活动现场",
        "END",
        "来源：",
        "编辑：",
        "审核：",
        "刘畅",
        "往期推荐",
        "扫码关注我们",
        "一键三连",
        "青禾发布",
        "喜欢作者",
        "预览时标签不可点",
        "阅读原文",
        "微信扫一扫",
        "关注该公众号",
        "使用完整服务",
        "继续滑动看下一个",
        "轻点两下取消赞",
        "青禾市委宣传部官方微信",
    ]
    return fam
