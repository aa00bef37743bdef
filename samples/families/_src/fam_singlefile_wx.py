"""微信公众号 articles saved with the SingleFile browser extension, served as a static folder (nginx
`autoindex on`, no charset header). HOLDOUT.

`/` and `/2024/` are nginx autoindex pages (`Index of /2024/`, `<pre>` rows, hrefs percent-encoded,
long names cut to 50 characters with `..&gt;`, dates and sizes); the files keep SingleFile's default
names `{page-title} ({date-locale} {time-locale}).html` with `/` and `:` turned into `_`. Each file is
the whole WeChat page as the browser showed it: the `<!-- Page saved with SingleFile url: … saved
date: … -->` comment, scripts removed, WeChat's CSS inlined in `<style>` blocks, SingleFile's minified
markup (unquoted attributes, `sf-hidden` class), `#js_content` already `visibility: visible`,
`em#publish_time` filled in, images kept with their `data-src` (mmbiz.qpic.cn) and `src` turned into
`data:` URIs; the 公众号's own furniture inside `#js_content` (点击蓝字关注, a 楷体 preamble saying when the
speech was given, the centred title and speaker lines, a photo and its caption, - END -, 来源 / 编辑 /
审核, 往期推荐), then 阅读原文 / 阅读 / 赞 / 在看, the PC QR box (微信扫一扫 关注该公众号) and 精选留言.
Expected text: the speech's paragraphs only; date the day the speech was given and published."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family

HOST = "wx-baocun.singlefile-like.test"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
JPG = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q=="


class PathFamily(Family):
    def file_for_url(self, url):
        parts = urlsplit(url if "://" in url else self.url(url))
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


CSS = """<style>html{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;line-height:1.6}body{-webkit-touch-callout:none;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif;color:rgba(0,0,0,0.9);font-size:17px;margin:0}.rich_media_inner{word-wrap:break-word;-webkit-hyphens:auto;-ms-hyphens:auto;hyphens:auto}.rich_media_area_primary{position:relative;padding:20px 16px 12px;box-sizing:border-box;background-color:#fff}.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:0;word-wrap:break-word;word-break:break-all}.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 8px 10px 0;font-size:15px;-webkit-tap-highlight-color:rgba(0,0,0,0)}.rich_media_meta_text{color:rgba(0,0,0,0.3)}.rich_media_meta_nickname a{color:#576b95}.rich_media_content{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;overflow-x:hidden;text-align:justify;position:relative;z-index:0}.rich_media_content *{max-width:100%!important;box-sizing:border-box!important;-webkit-box-sizing:border-box!important;word-wrap:break-word!important}.rich_media_content p{clear:both;min-height:1em}.rich_media_content img{height:auto!important}.rich_media_tool{overflow:hidden;padding-top:15px;line-height:32px}.media_tool_meta{float:left;margin-right:16px;color:rgba(0,0,0,0.5);font-size:15px}.qr_code_pc_outer{position:fixed;left:0;right:0;top:20px;color:#717375;text-align:center}.qr_code_pc{position:absolute;right:0;top:0;width:140px;padding:16px;border:1px solid #d9dadc;background-color:#fff}.qr_code_pc_img{width:102px;height:102px}.qr_code_pc p{font-size:14px;line-height:20px}.discuss_container{padding:0 16px}.discuss_title_line{text-align:center;font-size:14px;color:rgba(0,0,0,0.5)}.discuss_item{position:relative;padding-left:40px;margin-top:24px}.discuss_item .nickname{font-size:14px;color:rgba(0,0,0,0.5)}.discuss_message{font-size:15px;line-height:1.6}.discuss_extra_info{font-size:12px;color:rgba(0,0,0,0.3)}</style>"""


def wx_page(*, url, saved, title, account, wxid, author_line, publish, ip, js_content, reads, likes, comments, desc):
    disc = "".join(f'<li class=discuss_item><div class=user_info><div class=nickname_wrp><strong class=nickname>{n}</strong></div><img class=avatar src={GIF} data-src=http://wx.qlogo.cn/mmopen/{abs(len(n) * 7919):x}/64></div><div class=discuss_message><div class=discuss_message_content>{m}</div></div><div class=discuss_extra_info>{w}<span class=discuss_ip>{loc}</span><span class=media_tool_meta>赞 {z}</span></div></li>' for n, m, w, loc, z in comments)
    return f"""<!DOCTYPE html> <html class=""><!--
 Page saved with SingleFile 
 url: {url} 
 saved date: {saved}
--><meta charset=utf-8>
<meta http-equiv=X-UA-Compatible content="IE=edge">
<meta name=viewport content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name=description content="{desc}">
<meta name=author content="{account}">
<meta property=og:title content="{title}">
<meta property=og:url content="{url}">
<meta property=og:image content="https://mmbiz.qpic.cn/mmbiz_jpg/Zq1XyS7fTq0cover/0?wx_fmt=jpeg">
<meta property=og:description content="{desc}">
<meta property=og:site_name content=微信公众平台>
<meta property=og:type content=article>
<meta property=og:article:author content="{account}">
<meta property=twitter:card content=summary>
<meta property=twitter:title content="{title}">
<title>{title}</title>
{CSS}
<meta name=referrer content=no-referrer><link rel=canonical href={url}><style>.sf-hidden{{display:none!important}}</style></head>
<body id=activity-detail class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default pages_skin_pc not_in_mm">
<div id=js_article class=rich_media>
<div id=js_top_ad_area class="top_banner sf-hidden"></div>
<div class=rich_media_inner>
<div id=page-content class=rich_media_area_primary>
<div class=rich_media_area_primary_inner>
<div id=img-content class=rich_media_wrp>
<h1 class=rich_media_title id=activity-name>
{title}
</h1>
<div id=meta_content class=rich_media_meta_list>
<span class="rich_media_meta rich_media_meta_text">{author_line}</span>
<span class="rich_media_meta rich_media_meta_nickname" id=profileBt>
<a href=javascript:void(0); class=wx_tap_link id=js_name>{account}</a>
<div id=js_profile_qrcode class="profile_container sf-hidden"></div>
</span>
<em id=publish_time class="rich_media_meta rich_media_meta_text">{publish}</em>
<em id=js_ip_wording_wrp class="rich_media_meta rich_media_meta_text"><span id=js_ip_wording>{ip}</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id=js_content style="visibility: visible;">{js_content}</div>
<div class="ct_mpda_wrp sf-hidden" id=js_sponsor_ad_area></div>
<div class=rich_media_tool id=js_toobar3>
<div class=weui-flex>
<div class=weui-flex__item><a id=js_view_source href=javascript:void(0); class="media_tool_meta meta_primary">阅读原文</a></div>
<div class=media_tool_meta id=js_read_area3>阅读 <span id=readNum3>{reads}</span></div>
<div class=media_tool_meta id=like3><span class=praise_num id=likeNum3>{likes}</span> 赞</div>
<div class=media_tool_meta id=js_like_btn><span class=like_num id=js_like_num>在看</span></div>
</div>
</div>
</div>
</div>
</div>
<div class=rich_media_area_extra>
<div class=rich_media_area_extra_inner>
<div class=discuss_container id=js_cmt_area>
<div class=discuss_title_line><span class=discuss_title>精选留言</span></div>
<ul class=discuss_list id=js_cmt_list>{disc}</ul>
<p class=discuss_end_tips>以上留言由公众号筛选后显示</p>
</div>
</div>
</div>
</div>
<div id=js_pc_qr_code class=qr_code_pc_outer>
<div class=qr_code_pc_inner>
<div class=qr_code_pc>
<img id=js_pc_qr_code_img class=qr_code_pc_img src={GIF} data-src="/mp/qrcode?scene=10000004&size=102&__biz=MzI0{wxid}==">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
</div>
<div id=js_pc_weapp_code class="weapp_code_pc_outer sf-hidden"></div>
<div class="weui-dialog__wrp sf-hidden" id=js_alert_panel></div>
"""


def P(text, style="text-indent: 2em; line-height: 1.75em; margin-bottom: 15px;"):
    return f'<p style="{style}"><span style="font-size: 16px; letter-spacing: 1px;">{text}</span></p>'


def img(code, ratio, caption=None):
    out = f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{code}/640?wx_fmt=jpeg&amp;from=appmsg" data-ratio={ratio} data-s=300,640 data-type=jpeg data-w=1080 style="width: 100%; height: auto !important;" src="{JPG}"></p>'
    if caption:
        out += f'<p style="text-align: center;"><span style="font-size: 13px; color: rgb(136, 136, 136);">{caption}</span></p>'
    return out


def build() -> Family:
    fam = PathFamily(HOST, "SingleFile-saved 微信公众号 articles in an nginx autoindex folder", content_type="text/html")
    s1, s2 = SPEECHES["f48c-3"], SPEECHES["f48c-6"]
    # article 1: county transport bureau account
    top = f'<section style="text-align: center;"><img class="rich_pages wxw-img __bg_gif" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Pc7bWnqU0guanzhu/640?wx_fmt=gif" data-ratio=0.1 data-type=gif data-w=640 style="width: 100%;" src="{GIF}"></section><p style="text-align: center;"><span style="font-size: 14px; color: rgb(0, 112, 192);">点击蓝字 关注我们</span></p>'
    pre1 = '<section style="margin: 10px 0; padding: 12px 15px; background-color: rgb(242, 246, 250); border-left: 4px solid rgb(0, 112, 192);"><p style="line-height: 1.75em;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 15px;">3月15日上午，全县农村客运公交化改造推进会召开。县委常委、副县长周立新出席会议并讲话。现将讲话全文刊发如下。</span></p></section>'
    head1 = f'<p style="text-align: center; margin-top: 20px;"><strong><span style="font-size: 18px; color: rgb(0, 112, 192);">{s1.title}</span></strong></p><p style="text-align: center; margin-bottom: 20px;"><span style="font-size: 15px;">县委常委、副县长　周立新</span></p><p style="text-align: center;"><span style="font-size: 15px;">（2024年3月15日）</span></p>'
    body1 = ""
    for i, para in enumerate(s1.paras):
        if para[:2] in ("一、", "二、", "三、"):
            body1 += f'<p style="text-align: left; line-height: 1.75em; margin: 20px 0 10px;"><strong><span style="font-size: 16px; color: rgb(0, 112, 192);">{para}</span></strong></p>'
        else:
            body1 += P(para)
        if i == 2:
            body1 += img("Pc7bWnqU0gkehuihuiyi", 0.6666, "▲会议现场　摄影：陈立")
    tail1 = ('<p style="text-align: center; margin-top: 30px;"><span style="font-size: 14px; color: rgb(160, 160, 160);">- END -</span></p>'
             '<p style="text-align: right;"><span style="font-size: 13px; color: rgb(136, 136, 136);">来源：县交通运输局办公室</span></p><p style="text-align: right;"><span style="font-size: 13px; color: rgb(136, 136, 136);">编辑：吴倩　审核：许国平</span></p>'
             '<section style="margin-top: 20px;"><p><strong><span style="font-size: 15px;">往期推荐</span></strong></p>'
             '<p><a class=normal_text_link target=_blank href="https://mp.weixin.qq.com/s?__biz=MzI0pcjt==&amp;mid=2247489011&amp;idx=1&amp;sn=7c1a" data-linktype=2>我县新增3条城乡公交线路，附线路图和时刻表</a></p>'
             '<p><a class=normal_text_link target=_blank href="https://mp.weixin.qq.com/s?__biz=MzI0pcjt==&amp;mid=2247488876&amp;idx=1&amp;sn=9d02" data-linktype=2>春运首日，全县客运站发送旅客1.2万人次</a></p></section>'
             + img("Pc7bWnqU0gqrcode", 0.45, "长按识别二维码　关注平川交通"))
    js1 = top + pre1 + head1 + body1 + tail1
    url1 = "https://mp.weixin.qq.com/s/Xk9bT3pQ7uWq2RrA5cLm1g"
    t1 = "讲话全文丨周立新：在全县农村客运公交化改造推进会上的讲话"
    page1 = wx_page(url=url1, saved="Mon Mar 18 2024 09:12:33 GMT+0800 (中国标准时间)", title=t1, account="平川交通", wxid="pcjt",
                    author_line="县交通运输局", publish="2024-03-15 19:42", ip="浙江", js_content=js1, reads="3285", likes="41",
                    comments=[("平川老司机", "候车亭建在弯道上那个真的要改，北岙那个站太危险了", "3月15日", "浙江", 12), ("小叶子", "希望早点通到我们村，老人去县城看病太难了", "3月16日", "浙江", 7)],
                    desc="3月15日上午，全县农村客运公交化改造推进会召开。")
    # article 2: a company's account
    top2 = '<section style="text-align: center; margin-bottom: 10px;"><span style="font-size: 13px; color: rgb(178, 34, 34);">▲点击上方蓝字关注“华林化工”</span></section>'
    pre2 = '<p style="line-height: 1.75em;"><span style="font-size: 15px; color: rgb(89, 89, 89);">6月3日，公司召开2024年安全生产月启动仪式，公司党委书记、董事长沈建华出席并讲话。各分厂、车间负责人及职工代表200余人参加。</span></p>' + img("Hl2x9Kqp0aqidong", 0.5625, "启动仪式现场")
    head2 = f'<p style="text-align: center; margin-top: 20px;"><strong><span style="font-size: 17px;">{s2.title}</span></strong></p><p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">公司党委书记、董事长　沈建华</span></p>'
    body2 = ""
    for para in s2.paras:
        if para[:2] in ("一、", "二、", "三、", "四、"):
            body2 += f'<section style="margin: 20px 0 10px; text-align: center;"><section style="display: inline-block; padding: 4px 14px; background-color: rgb(178, 34, 34); border-radius: 4px;"><p><strong><span style="font-size: 15px; color: rgb(255, 255, 255);">{para}</span></strong></p></section></section>'
        else:
            body2 += f'<p style="line-height: 1.75em; margin-bottom: 12px;"><span style="font-size: 15px;">{para}</span></p>'
    tail2 = ('<section style="margin-top: 24px; border-top: 1px dashed rgb(200, 200, 200); padding-top: 10px;"><p><span style="font-size: 12px; color: rgb(136, 136, 136);">文字：党委办公室　图片：宣传科</span></p><p><span style="font-size: 12px; color: rgb(136, 136, 136);">编辑：郑颖　审核：周海</span></p></section>'
             '<p style="text-align: center;"><span style="font-size: 12px; color: rgb(178, 34, 34);">安全生产 人人有责</span></p>')
    js2 = top2 + pre2 + head2 + body2 + tail2
    url2 = "https://mp.weixin.qq.com/s/aQ3nZ8vK1mYp0sLd6TfE2w"
    t2 = "董事长在公司2024年安全生产月启动仪式上的讲话"
    page2 = wx_page(url=url2, saved="Tue Jun 11 2024 16:40:07 GMT+0800 (中国标准时间)", title=t2, account="华林化工", wxid="hlhg",
                    author_line="", publish="2024-06-03 17:26", ip="江苏", js_content=js2, reads="1904", likes="26",
                    comments=[("二车间老李", "叉车那次是真的吓人，以后一定注意", "6月3日", "江苏", 9)], desc="6月3日，公司召开2024年安全生产月启动仪式。")
    n1 = f"{t1} (2024_3_18 09_12_33).html"
    n2 = f"{t2} (2024_6_11 16_40_07).html"
    fam.put("/2024/" + n1, page1)
    fam.put("/2024/" + n2, page2)

    def cut(name):
        return (name[:47] + "..&gt;") if len(name) > 50 else name

    def autoindex(path, rows):
        lines = []
        for name, when, size in rows:
            shown = cut(name)
            pad = " " * max(1, 51 - len(name if len(name) <= 50 else name[:50]))
            lines.append(f'<a href="{quote(name, safe="()/")}">{shown}</a>{pad}{when}{size:>20}')
        return (f"<html>\r\n<head><title>Index of {path}</title></head>\r\n<body>\r\n<h1>Index of {path}</h1><hr><pre><a href=\"../\">../</a>\r\n"
                + "\r\n".join(lines) + "\r\n</pre><hr></body>\r\n</html>\r\n")

    fam.put("/", autoindex("/", [("2024/", "11-Jun-2024 16:41", "-")]))
    fam.put("/2024/", autoindex("/2024/", [(n2, "11-Jun-2024 16:40", len(page2.encode())), (n1, "18-Mar-2024 09:12", len(page1.encode()))]))
    fam.doc(["/2024/" + quote(n1, safe="()")], s1, published_at="2024-03-15")
    fam.doc(["/2024/" + quote(n2, safe="()")], s2, published_at="2024-06-03")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    fam.not_documents += ["/2024/"]
    fam.noise += ["点击蓝字", "现将讲话全文刊发如下", "县委常委、副县长　周立新", "会议现场", "- END -", "来源：县交通运输局办公室", "往期推荐", "长按识别二维码", "阅读原文", "微信扫一扫", "精选留言",
                  "点击上方蓝字", "沈建华出席并讲话", "启动仪式现场", "公司党委书记、董事长　沈建华", "文字：党委办公室", "安全生产 人人有责", "Page saved with SingleFile"]
    return fam
