"""A Telegram channel as t.me prints it for browsers: the channel preview `/s/huawenjy` (the home) with
`tgme_widget_message` bubbles, the older page `/s/huawenjy?before=808` linked from the empty
`tme_messages_more` anchor at the top of the history (and `?after=807` back), the post page
`/huawenjy/812` (a `tgme_page_post` whose body is only the `telegram-widget.js` script with
`data-telegram-post`, the text in `og:description` cut short), and the widget page the script frames,
`/huawenjy/812?embed=1` (`body_widget_post`), holding the one long message: bold title line, `<br/>`
lines, 来源 line, hashtags, 订阅 line, views, `edited`, `Forwarded from` header. Service date bars,
a reply bubble quoting the speech post, photo posts with captions, the channel info column."""

import html

from common import SPEECHES, Family, render

HOST = "t.me-huawen.test"
CH = "huawenjy"
NAME = "华文教育资讯"
BASE = f"http://{HOST}"

FEED_HEAD = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>@@NAME@@ – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="noindex, nofollow" />
    <meta property="og:title" content="@@NAME@@">
    <meta property="og:image" content="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="海外华文教育动态、政策、讲话、教学资源分享。投稿请联系 @huawen_tougao">
    <meta property="twitter:title" content="@@NAME@@">
    <meta property="twitter:image" content="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg">
    <meta property="twitter:site" content="@Telegram">
    <meta property="twitter:description" content="海外华文教育动态、政策、讲话、教学资源分享。投稿请联系 @huawen_tougao">
    <link rel="canonical" href="@@CANON@@" />
    <link rel="shortcut icon" href="//telegram.org/favicon.ico?4" type="image/x-icon" />
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/bootstrap.min.css?3" rel="stylesheet">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">
    <script>TBaseUrl='/';</script>
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image nodark">
    <div class="tgme_header_search_wrap"></div>
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search">
        <form class="tgme_header_search_form" action="" method="get">
          <input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" value="" autocomplete="off">
          <div class="tgme_header_search_form_clear close"></div>
        </form>
      </div>
      <div class="tgme_header_info">
        <a class="tgme_header_link" href="@@BASE@@/@@CH@@">
          <i class="tgme_page_photo_image bgcolor2" data-content-len="1"><img src="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg"></i>
          <div class="tgme_header_title"><span dir="auto">@@NAME@@</span></div>
          <div class="tgme_header_counter">8.46K subscribers</div>
        </a>
      </div>
      <div class="tgme_header_right_column">
        <a class="tgme_header_link" href="@@BASE@@/@@CH@@"><i class="tgme_icon_more"></i></a>
      </div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_channel_history js-message_history">
"""

FEED_FOOT = """        </section>
      </div>
    </main>
    <div class="tgme_channel_info">
      <div class="tgme_channel_info_header">
        <i class="tgme_page_photo_image bgcolor2" data-content-len="1"><img src="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg"></i>
        <div class="tgme_channel_info_header_title"><span dir="auto">华文教育资讯</span></div>
        <div class="tgme_channel_info_header_username"><a href="@@BASE@@/huawenjy">@huawenjy</a></div>
      </div>
      <div class="tgme_channel_info_counters">
        <div class="tgme_channel_info_counter"><span class="counter_value">8.46K</span> <span class="counter_type">subscribers</span></div>
        <div class="tgme_channel_info_counter"><span class="counter_value">214</span> <span class="counter_type">photos</span></div>
        <div class="tgme_channel_info_counter"><span class="counter_value">9</span> <span class="counter_type">videos</span></div>
        <div class="tgme_channel_info_counter"><span class="counter_value">52</span> <span class="counter_type">files</span></div>
        <div class="tgme_channel_info_counter"><span class="counter_value">389</span> <span class="counter_type">links</span></div>
      </div>
      <div class="tgme_channel_info_description">海外华文教育动态、政策、讲话、教学资源分享。<br/>投稿请联系 <a href="@@BASE@@/huawen_tougao">@huawen_tougao</a><br/>备用频道：<a href="@@BASE@@/huawenjy_bak">@huawenjy_bak</a></div>
      <div class="tgme_channel_download_telegram">
        <div class="tgme_channel_download_telegram_text">You can view and join <strong>@huawenjy</strong> right away.</div>
        <a class="tgme_action_button_new shine tgme_channel_download_telegram_btn" href="tg://resolve?domain=huawenjy">Join Channel</a>
      </div>
    </div>
    <script src="//telegram.org/js/jquery.min.js?1"></script>
    <script src="//telegram.org/js/jquery-ui.min.js?1"></script>
    <script src="//telegram.org/js/widget-frame.js?65"></script>
    <script src="//telegram.org/js/telegram-web.js?14"></script>
    <script>TWeb.init();</script>
  </body>
</html>
"""

EMBED_HEAD = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram Widget</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="noindex, nofollow" />
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <script>TBaseUrl='/';</script>
  </head>
  <body class="body_widget_post emoji_image nodark">
"""

EMBED_FOOT = """
    <script src="//telegram.org/js/widget-frame.js?65"></script>
    <script>TWidgetPost.init();</script>
  </body>
</html>
"""

TAIL_SVG = '<div class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path><path class="border_1x" fill="#d7e3ec" d="M9,1 L2,1 C1.72,1 1.452,1.118 1.263,1.325 C0.89,1.732 0.917,2.365 1.325,2.738 C3.504,4.733 5.046,6.893 5.95,9.218 C7.124,12.233 7.807,15.161 8,18 L8,20 L9,20 L9,1 Z M2,0 L9,0 L9,20 L7,20 L7,20 L7.002,18.068 C6.816,15.333 6.156,12.504 5.018,9.58 C4.172,7.406 2.72,5.371 0.649,3.475 C-0.165,2.729 -0.221,1.464 0.525,0.649 C0.904,0.236 1.439,0 2,0 Z"></path></g></svg></div>'

USER = f'<div class="tgme_widget_message_user"><a href="{BASE}/{CH}"><i class="tgme_widget_message_user_photo bgcolor2" style="background-color:#f2c34f" data-content-len="1"><img src="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg"></i></a></div>'
AUTHOR = f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="{BASE}/{CH}"><span dir="auto">{NAME}</span></a></div>'

EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def tag(t):
    from urllib.parse import quote
    return f'<a href="?q=%23{quote(t)}">#{t}</a>'


def speech_text(key):
    sp = SPEECHES[key]
    if key == "TGA1":
        sep = "<br/>"
        lines = [f"<b>{sp.title}</b>", "（2025年3月22日）", ""] + sp.paras + [
            "",
            "来源：中国侨网 <a href=\"http://www.chinaqw.test/hwjy/2025/03-22/39871.shtml\" target=\"_blank\" rel=\"noopener\" onclick=\"return confirm('Open this link?\\n\\n'+this.href);\">www.chinaqw.test/hwjy/2025/03-22/39871.shtml</a>",
            f"{tag('华文教育')} {tag('讲话')} {tag('研讨会')}",
        ]
    else:
        sep = "<br/>"
        lines = [f"<b>📢 {sp.title}</b>", ""]
        for p in sp.paras:
            lines += [p, ""]
        lines += [
            "（根据现场录音整理，未经本人审阅）",
            "",
            f"{tag('社区')} {tag('志愿服务')} {tag('讲话稿')}",
            f"👉 订阅本频道：<a href=\"{BASE}/{CH}\">@{CH}</a>　投稿：<a href=\"{BASE}/huawen_tougao\">@huawen_tougao</a>",
        ]
    return sep.join(lines)


# post id -> (kind, time iso, views, payload)
POSTS = {
    815: ("text", "2025-04-02T01:20:11+00:00", "1.9K", "【通知】2025年“华文教师研修班”第一期报名开始，面向各国华文学校在职教师，线上授课八周，结业颁发证书。报名截止4月20日，详见置顶消息。<br/><br/>" + tag("通知")),
    814: ("photo", "2025-03-28T09:02:45+00:00", "2.4K", "图为马来西亚某华文独中学生在“汉字书写大赛”现场。（图片来源：读者投稿）"),
    813: ("reply", "2025-03-22T12:41:07+00:00", "1.1K", "研讨会开幕式视频回放已上传至频道文件区，需要的老师可以自取。另有三份分组讨论材料，稍后整理发布。"),
    812: ("speech", "2025-03-22T10:15:03+00:00", "3.7K", "TGA1"),
    811: ("text", "2025-03-21T07:30:55+00:00", "2.0K", "明天上午九点，2025年海外华文教育工作研讨会开幕，本频道将同步发布开幕式致辞全文，敬请关注。<br/><br/>" + tag("华文教育")),
    810: ("photo", "2025-03-15T03:12:09+00:00", "1.6K", "新编《华文分级读物》第一批样书已到，欢迎各校老师试读提意见。"),
    809: ("text", "2025-02-28T14:05:36+00:00", "1.3K", "寒假线上营全部结束，感谢一百四十位志愿者老师！学员作品集下载：<a href=\"http://pan.huawen.test/s/8Kd2\" target=\"_blank\" rel=\"noopener\" onclick=\"return confirm('Open this link?\\n\\n'+this.href);\">pan.huawen.test/s/8Kd2</a>"),
    808: ("text", "2025-02-10T02:47:18+00:00", "1.5K", "元宵节快乐！🏮 频道整理了十个适合课堂使用的元宵节小故事，欢迎转发。"),
    807: ("text", "2025-01-29T00:00:04+00:00", "2.2K", "🧧 蛇年大吉！祝各位老师、家长和同学们新春快乐，万事顺意！"),
    806: ("photo", "2025-01-20T08:33:50+00:00", "1.2K", "寒假线上营开营啦，今年共有来自九个国家的六百多名学员参加。"),
    805: ("text", "2025-01-15T11:09:27+00:00", "1.4K", "读者来信：我们周末学校想在社区里找几位老人来讲讲“过年”，有没有好的组织方法？欢迎留言交流。"),
    804: ("text", "2025-01-12T06:58:12+00:00", "980", "上一条讲话里提到的“守望积分”办法，有读者问能不能借鉴到华人社区。频道后续会整理几个海外华人社团的做法。"),
    803: ("speech", "2025-01-11T09:44:21+00:00", "2.9K", "TGA2"),
    802: ("text", "2025-01-06T03:15:40+00:00", "1.1K", "新学期教学资源包（拼音卡片、识字游戏、节日手工）已更新，见频道文件区。"),
    801: ("photo", "2025-01-02T10:21:32+00:00", "1.0K", "2025年第一期华文教育简报。"),
    800: ("service", "2024-12-30T08:00:00+00:00", "", "Channel created"),
}


def when(iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return y, m, d, iso[11:16]


def bubble(pid, *, embed=False):
    kind, iso, views, payload = POSTS[pid]
    y, m, d, hm = when(iso)
    extra = ""
    if kind == "service":
        return f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message service_message js-widget_message" data-post="{CH}/{pid}"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">Channel created</div></div></div></div>'
    if kind == "speech":
        text = speech_text(payload)
        if payload == "TGA1":
            extra = f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<a class="tgme_widget_message_forwarded_from_name" href="{BASE}/qiaolian_xw/2231"><span dir="auto">侨联新闻速递</span></a></div>'
    elif kind == "reply":
        text = payload
        extra = f'<a class="tgme_widget_message_reply" href="{BASE}/{CH}/812"><div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name" dir="auto">{NAME}</span></div><div class="tgme_widget_message_metatext js-message_reply_text" dir="auto">在2025年海外华文教育工作研讨会开幕式上的致辞 （2025年3月22日） 尊敬的各位嘉宾，各位校长…</div></a>'
    elif kind == "photo":
        text = payload
        extra = f'<a class="tgme_widget_message_photo_wrap 5327091{pid} blured" href="{BASE}/{CH}/{pid}" style="width:800px;background-image:url(\'https://cdn4.cdn-telegram.org/file/photo{pid}Xk3Lq9Zm2.jpg\')"><div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>'
    else:
        text = payload
    edited = "edited&nbsp;" if pid == 803 else ""
    if embed:
        date_html = f'<time datetime="{iso}" class="datetime">{EN_MONTH[m - 1][:3]} {d}, {y} at {hm}</time>'
        footer = f'<div class="tgme_widget_message_footer js-message_footer"><div class="tgme_widget_message_link accent_color"><a href="{BASE}/{CH}/{pid}" class="link_anchor flex_ellipsis" target="_blank">t.me/{CH}/{pid}</a></div><div class="tgme_widget_message_info js-message_info"><span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">{edited}<a class="tgme_widget_message_date" href="{BASE}/{CH}/{pid}" target="_blank"><time datetime="{iso}" class="datetime">{EN_MONTH[m - 1][:3]} {d}, {y} at {hm}</time></a></span></div></div>'
    else:
        footer = f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">{edited}<a class="tgme_widget_message_date" href="{BASE}/{CH}/{pid}"><time datetime="{iso}" class="time">{hm}</time></a></span></div></div>'
    not_supported = f'<div class="message_media_not_supported_wrap"><div class="message_media_not_supported"><div class="message_media_not_supported_label">Please open Telegram to view this post</div><a href="{BASE}/{CH}/{pid}?single" class="message_media_view_in_telegram">VIEW IN TELEGRAM</a></div></div>'
    inner = f'''<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{CH}/{pid}" data-view="eyJjIjotMTAwMjE5ODQ0NzEzMSwicCI6{pid}LCJ0IjoxNzQyNjM4MTAzfQ"{' data-peer="c2198447131_-4817263055129384471" data-peer-hash="b3f0c2a1d9e87766" data-post-id="' + str(pid) + '"' if embed else ''}>
            {USER}
            <div class="tgme_widget_message_bubble">
              {TAIL_SVG}
              {not_supported}
              {AUTHOR}
              {extra}
              <div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>
              {footer}
            </div>
          </div>'''
    if embed:
        return inner
    return f'''          <div class="tgme_widget_message_wrap js-widget_message_wrap">
          {inner}
          </div>
'''


def date_bar(iso):
    y, m, d, _ = when(iso)
    return f'          <div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">{EN_MONTH[m - 1]} {d}</div></div>\n'


def feed(ids, canon, before=None, after=None):
    out = []
    if before:
        out.append(f'          <div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{CH}?before={before}" class="tme_messages_more js-messages_more" data-before="{before}"></a></div>\n')
    last = None
    for pid in ids:
        day = POSTS[pid][1][:10]
        if day != last:
            out.append(date_bar(POSTS[pid][1]))
            last = day
        out.append(bubble(pid))
    if after:
        out.append(f'          <div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{CH}?after={after}" class="tme_messages_more js-messages_more" data-after="{after}"></a></div>\n')
    return render(FEED_HEAD, NAME=NAME, CANON=canon, BASE=BASE, CH=CH) + "".join(out) + render(FEED_FOOT, BASE=BASE)


def embed_page(pid):
    return EMBED_HEAD + "    " + bubble(pid, embed=True) + EMBED_FOOT


def post_page(pid):
    kind, iso, views, key = POSTS[pid]
    sp = SPEECHES[key]
    desc = html.escape(sp.title + "\n" + sp.paras[0] + sp.paras[1][:60] + "…")
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram: View @{CH}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta property="og:title" content="{NAME}">
    <meta property="og:image" content="https://cdn4.cdn-telegram.org/file/Wq3nB7xKc2R8pLdT5vYh1aZ0sMfE9uJ6oGiN4bCkXyQwPe.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{desc}">
    <meta property="twitter:title" content="{NAME}">
    <meta property="twitter:description" content="{desc}">
    <meta property="al:ios:app_store_id" content="686449807">
    <meta property="al:ios:app_name" content="Telegram Messenger">
    <meta property="al:ios:url" content="tg://resolve?domain={CH}&amp;post={pid}">
    <meta property="al:android:url" content="tg://resolve?domain={CH}&amp;post={pid}">
    <meta property="al:android:app_name" content="Telegram">
    <meta property="al:android:package" content="org.telegram.messenger">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:site" content="@Telegram">
    <meta name="twitter:description" content="{desc}">
    <meta name="robots" content="noindex, nofollow">
    <link rel="shortcut icon" href="//telegram.org/favicon.ico?4" type="image/x-icon" />
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/telegram.css?241" rel="stylesheet" media="screen">
  </head>
  <body class="no_transition">
    <div class="tgme_background_wrap">
      <canvas id="tgme_background" class="tgme_background default" width="50" height="50" data-colors="dbddbb,6ba587,d5d88d,88b884"></canvas>
      <div class="tgme_background_pattern default"></div>
    </div>
    <div class="tgme_page_wrap">
      <div class="tgme_head_wrap">
        <div class="tgme_head">
          <a href="//telegram.org/" class="tgme_head_brand"><i class="tgme_logo"></i></a>
          <a class="tgme_head_right_btn" href="//telegram.org/dl?tme=4c1e7f0a9b2d_{pid}">Download</a>
        </div>
      </div>
      <a class="tgme_head_dl_button" href="//telegram.org/dl?tme=4c1e7f0a9b2d_{pid}">Don't have <strong>Telegram</strong> yet? Try it now!<i class="tgme_icon_arrow"></i></a>
      <div class="tgme_body_wrap">
        <div class="tgme_page tgme_page_post">
          <div class="tgme_page_widget">
            <script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="{CH}/{pid}" data-width="100%" data-userpic="true" data-color="" data-dark-color=""></script>
          </div>
          <div class="tgme_page_widget_actions_wrap">
            <div class="tgme_page_widget_actions">
              <a class="tgme_action_button_new shine" href="tg://resolve?domain={CH}&amp;post={pid}">View in Telegram</a>
            </div>
            <div class="tgme_page_context_link_wrap"><a class="tgme_page_context_link" href="/s/{CH}/{pid}">Context</a></div>
          </div>
        </div>
      </div>
    </div>
    <div id="tgme_frame_cont"></div>
    <script src="//telegram.org/js/tgwallpaper.min.js?3"></script>
    <script type="text/javascript">
var protoUrl = "tg:\\/\\/resolve?domain={CH}&post={pid}";
if (false) {{
  var iframeContEl = document.getElementById('tgme_frame_cont') || document.body;
  var iframeEl = document.createElement('iframe');
  iframeContEl.appendChild(iframeEl);
  var pageHidden = false;
  window.addEventListener('pagehide', function () {{ pageHidden = true; }}, false);
  window.addEventListener('blur', function () {{ pageHidden = true; }}, false);
  if (iframeEl !== null) {{ iframeEl.src = protoUrl; }}
}}
TWallpaper.init(document.getElementById('tgme_background'));
    </script>
  </body>
</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "Telegram channel web preview (t.me/s/<channel>, post pages and the ?embed=1 widget frame)",
        extensionless_html=True,
    )
    fam.home = f"/s/{CH}"
    page1 = list(range(808, 816))
    page2 = list(range(800, 808))
    fam.put(f"/s/{CH}", feed(page1, f"{BASE}/s/{CH}", before=808))
    fam.route(f"/s/{CH}?before=808", "_q/s-before-808.html", feed(page2, f"{BASE}/s/{CH}?before=808", after=807))
    fam.route(f"/s/{CH}?after=807", "_q/s-after-807.html", feed(page1, f"{BASE}/s/{CH}?after=807", before=808))
    fam.not_documents += [f"/s/{CH}", f"/s/{CH}?before=808", f"/s/{CH}?after=807"]
    for pid, key in ((812, "TGA1"), (803, "TGA2")):
        fam.put(f"/{CH}/{pid}", post_page(pid))
        fam.route(f"/{CH}/{pid}?embed=1", f"_q/{CH}-{pid}-embed.html", embed_page(pid))
        fam.not_documents.append(f"/{CH}/{pid}")
        fam.doc([f"/{CH}/{pid}?embed=1"], SPEECHES[key], found_by="script widget")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /addstickers/\nDisallow: /addemoji/\nDisallow: /joinchat/\nDisallow: /+\n")
    fam.noise += [
        "Forwarded from", "侨联新闻速递", "views", "（2025年3月22日）", "来源：中国侨网", "#华文教育", "#讲话稿",
        "订阅本频道", "@huawen_tougao", "（根据现场录音整理，未经本人审阅）", "Please open Telegram to view this post",
        "VIEW IN TELEGRAM", "t.me/huawenjy/812", "edited", "3.7K", "2.9K", "subscribers", "Join Channel",
        "开幕式视频回放", "守望积分”办法，有读者问", "📢",
    ]
    fam.note = (
        "The documents are the widget frames `/huawenjy/N?embed=1`, which the post page `/huawenjy/N` loads only through "
        "`telegram-widget.js` (`data-telegram-post`): no plain link names them. The channel feed `/s/huawenjy` and its "
        "`?before=808` page show the same messages among others (not documents); the Context link `/s/huawenjy/812` and "
        "links to other channels are not served (404)."
    )
    return fam
