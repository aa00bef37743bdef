"""传送门 (chuansong.me)-like WeChat 公众号 article mirror: articles at `/n/N` in the mirror's Pure CSS
template (`pure-g` / `pure-u-*`, topbar with 精选 / 最新 / 分类 / 搜索, `#page-content.rich_media`), the
copied WeChat header (`h2.rich_media_title#activity-name`, `rich_media_meta_list` with `em#post-date` and the
account link `a#post-user` to `/account/<weixin id>`) and the copied `div.rich_media_content#js_content`
(`<p>`/`<span>` paragraphs, 点击上方蓝字, `data-src` photo, 来源/编辑 tail, WeChat's 往期回顾 with
mp.weixin.qq.com links); 阅读原文 / 微信扫一扫关注该公众号 box, the mirror's 版权 note, Baidu share, AdSense
slots, the account card and 相关文章 sidebar, footer with ICP. One speech published by its account in two
articles (（上）…（未完待续） / （下）（接上期）) at `/n/1843502` and `/n/1843517`: one document over both
pages; the account page `/account/wfsyjgl` lists them (and `?start=12` is its page 2, a query route)."""

from common import SPEECHES, Family, split_paras

HOST = "chuansong-like.test"
ACCOUNT = ("wfsyjgl", "文丰市应急管理", "文丰市应急管理局官方微信公众号，发布安全生产、防灾减灾、应急救援权威信息。")
ACCOUNT2 = ("lhzhenfabu", "临河镇发布", "临河镇人民政府官方公众号，宣传党的政策，发布本镇政务信息和民生服务。")

FIRE = SPEECHES["F35A6"]
WATER = SPEECHES["F35A1"]
PART1, PART2 = split_paras(FIRE.paras, 2)

ARTS = [
    # id, speech paras, title, date, account, preamble, tail/continuation
    {"id": "1843502", "paras": PART1, "title": "重磅！市长王建平在全市消防安全工作会议上的讲话（上）", "date": "2024-11-08",
     "acc": ACCOUNT, "pre": "11月8日，全市消防安全工作会议召开，市委副书记、市长王建平出席会议并讲话。现将讲话全文分上、下两期刊发，供学习参考。",
     "cont_top": None, "cont_end": "（未完待续）",
     "stitle": FIRE.title, "speaker": "市委副书记、市长　王建平", "dline": "（2024年11月8日）"},
    {"id": "1843517", "paras": PART2, "title": "重磅！市长王建平在全市消防安全工作会议上的讲话（下）", "date": "2024-11-09",
     "acc": ACCOUNT, "pre": None, "cont_top": "（接上期）", "cont_end": None},
    {"id": "1839046", "paras": WATER.paras, "title": "全市冬春农田水利基本建设现场推进会在我镇召开，副市长李国栋作讲话", "date": "2024-11-26",
     "acc": ACCOUNT2, "pre": "11月26日，全市冬春农田水利基本建设现场推进会在我镇召开。与会人员实地观摩了我镇南干渠清淤整治、高标准农田建设等现场。副市长李国栋出席会议并作讲话，以下为讲话全文：",
     "cont_top": None, "cont_end": None,
     "stitle": WATER.title, "speaker": "副市长　李国栋", "dline": "（2024年11月26日）"},
]

SPAN = 'style="font-size: 16px;letter-spacing: 0.5px;"'


def head(title, desc):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="微信公众号,微信文章,公众号文章,传送门">
<meta name="description" content="{desc}">
<link rel="shortcut icon" href="/static/img/favicon.ico">
<link rel="stylesheet" href="/static/css/pure-min.css">
<link rel="stylesheet" href="/static/css/grids-responsive-min.css">
<link rel="stylesheet" href="/static/css/main.css?v=20180416">
<script async src="//pagead2.googlesyndication-like.test/pagead/js/adsbygoogle.js"></script>
</head>
<body>
<div class="topbar">
  <div class="topbar-inner pure-g">
    <div class="pure-u-1 pure-u-md-1-4"><a class="logo" href="/" title="传送门">传送门</a><span class="slogan">微信公众号文章</span></div>
    <div class="pure-u-1 pure-u-md-1-2">
      <ul class="topnav">
        <li><a href="/">精选</a></li>
        <li><a href="/newest">最新</a></li>
        <li><a href="/hot">热门</a></li>
        <li><a href="/category">分类</a></li>
        <li><a href="/accounts">公众号</a></li>
      </ul>
    </div>
    <div class="pure-u-1 pure-u-md-1-4">
      <form class="pure-form search-form" action="/search" method="get"><input type="text" name="q" placeholder="搜索公众号或文章"><button type="submit" class="pure-button">搜索</button></form>
    </div>
  </div>
</div>
"""


FOOT = """<div class="footer">
  <p><a href="/about">关于传送门</a> | <a href="/contact">联系我们</a> | <a href="/disclaimer">免责声明</a> | <a href="/add">收录公众号</a></p>
  <p>传送门上的内容均来自微信公众号，版权归原作者所有。如有侵权，请<a href="/contact">联系我们</a>删除。</p>
  <p>&copy; 2014-2024 传送门 chuansong-like.test　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备14017285号-1</a></p>
</div>
<script src="/static/js/jquery-1.11.1.min.js"></script>
<script src="/static/js/main.js?v=20180416"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "//hm.baidu-like.test/hm.js?c7a1f6e1e3f34bd0a1d6e9f5c1c3a2b4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

AD = """<div class="ad-box">
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0996617048462730" data-ad-slot="5831628914" data-ad-format="auto"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</div>"""


def content(a):
    out = [
        '<p style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);">点击上方蓝字 “' + a["acc"][1] + '” 关注我们</span></p>',
    ]
    if a["pre"]:
        out.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;color: rgb(89, 89, 89);font-family: 楷体, 楷体_GB2312, SimKai;">{a["pre"]}</span></p>')
        out.append(f'<p style="text-align: center;"><img class="" data-ratio="0.6665" data-s="300,640" data-src="https://mmbiz.qpic-like.test/mmbiz_jpg/Qh4w{a["id"]}aXbL0Kg/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style=""></p>')
        out.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">会议现场</span></p>')
    if a.get("speaker"):
        out.append(f'<p style="text-align: center;"><strong><span style="font-size: 18px;">{a["stitle"]}</span></strong></p>')
        out.append(f'<p style="text-align: center;"><span style="font-size: 15px;font-family: 楷体, 楷体_GB2312, SimKai;">{a["speaker"]}</span></p>')
        out.append(f'<p style="text-align: center;"><span style="font-size: 15px;font-family: 楷体, 楷体_GB2312, SimKai;">{a["dline"]}</span></p>')
    if a["cont_top"]:
        out.append(f'<p style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);">{a["cont_top"]}</span></p>')
    for para in a["paras"]:
        if len(para) < 30 and para[:2] in ("一、", "二、", "三、"):
            out.append(f'<p style="line-height: 1.75em;"><strong><span {SPAN}>{para}</span></strong></p>')
        else:
            out.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><span {SPAN}>{para}</span></p>')
    if a["cont_end"]:
        out.append(f'<p style="text-align: right;"><span style="font-size: 15px;">{a["cont_end"]}</span></p>')
    out.append('<p style="text-align: center;"><span style="color: rgb(136, 136, 136);font-size: 12px;">- END -</span></p>')
    out.append(f'<p><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：{a["acc"][1]}</span></p>')
    out.append('<p><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：刘思雨　审核：陈涛</span></p>')
    out.append('<p><span style="font-size: 14px;"><strong>往期回顾</strong></span></p>')
    out.append('<p><a href="https://mp.weixin.qq.com/s?__biz=MzA3NjQ1NzE4Mw==&amp;mid=2651204471&amp;idx=1&amp;sn=9a0c2d14e5b3f8a7c6d1e2f3a4b5c6d7&amp;chksm=84a1&amp;scene=21#wechat_redirect" target="_blank" data-linktype="2">冬季取暖安全，这份提示请收好</a></p>')
    out.append('<p><a href="https://mp.weixin.qq.com/s?__biz=MzA3NjQ1NzE4Mw==&amp;mid=2651204402&amp;idx=1&amp;sn=1b2c3d4e5f60718293a4b5c6d7e8f901&amp;chksm=84a1&amp;scene=21#wechat_redirect" target="_blank" data-linktype="2">119消防宣传月丨这些消防知识一定要知道</a></p>')
    out.append('<p style="text-align: center;"><img data-ratio="0.3" data-src="https://mmbiz.qpic-like.test/mmbiz_gif/Qh4wEndQrCode/640?wx_fmt=gif" data-type="gif" data-w="640"></p>')
    return "\n".join(out)


def related(skip):
    items = [a for a in ARTS if a["id"] != skip]
    return "\n".join(
        f'      <li><a href="/n/{a["id"]}" target="_blank" title="{a["title"]}">{a["title"]}</a><span class="timestamp">{a["date"]}</span></li>'
        for a in items
    )


def article(a):
    acc = a["acc"]
    body = f"""<div id="main" class="pure-g">
  <div class="pure-u-1 pure-u-md-2-3">
    <div class="main-content">
      <div class="breadcrumb"><a href="/">传送门</a> &gt; <a href="/account/{acc[0]}">{acc[1]}</a> &gt; 正文</div>
      {AD}
      <div id="page-content" class="rich_media">
        <div id="img-content" class="rich_media_inner">
          <h2 class="rich_media_title" id="activity-name">{a["title"]}</h2>
          <div class="rich_media_meta_list">
            <em id="post-date" class="rich_media_meta rich_media_meta_text">{a["date"]}</em>
            <a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="/account/{acc[0]}" id="post-user">{acc[1]}</a>
          </div>
          <div class="rich_media_content " id="js_content">
{content(a)}
          </div>
          <div class="rich_media_tool" id="js_toobar">
            <a class="media_tool_meta meta_primary" id="js_view_source" href="https://mp.weixin.qq.com/s?__biz=MzA3NjQ1NzE4Mw==&amp;mid=26512{a["id"][:5]}&amp;idx=1" target="_blank" rel="nofollow">阅读原文</a>
          </div>
        </div>
      </div>
      <div class="qrcode-box"><img src="/qrcode/{acc[0]}.jpg" alt="{acc[1]}"><p>微信扫一扫<br>关注该公众号</p></div>
      <div class="copyright-note">本文转载自微信公众号「{acc[1]}」（微信号：{acc[0]}），传送门仅作收录展示，版权归原作者所有。</div>
      <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
      <script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js'];</script>
      {AD}
    </div>
  </div>
  <div class="pure-u-1 pure-u-md-1-3">
    <div class="sidebar">
      <div class="side-box account-card">
        <img class="avatar" src="/avatar/{acc[0]}.jpg" alt="{acc[1]}">
        <h3><a href="/account/{acc[0]}">{acc[1]}</a></h3>
        <p class="wxid">微信号：{acc[0]}</p>
        <p class="intro">功能介绍：{acc[2]}</p>
      </div>
      <div class="side-box">
        <h3>相关文章</h3>
        <ul class="side-list">
{related(a["id"])}
        </ul>
      </div>
      {AD}
    </div>
  </div>
</div>
"""
    desc = (a["pre"] or a["paras"][1])[:60]
    return head(f"{a['title']} - 传送门", desc) + body + FOOT


def feed_item(a):
    digest = (a["pre"] or a["paras"][1])[:54] + "…"
    return f"""      <div class="feed_item">
        <div class="feed_body">
          <h2 class="feed_title"><a class="question_link" href="/n/{a["id"]}" target="_blank">{a["title"]}</a></h2>
          <p class="feed_digest">{digest}</p>
          <div class="feed_meta"><a class="feed_account" href="/account/{a["acc"][0]}">{a["acc"][1]}</a><span class="timestamp">{a["date"]}</span></div>
        </div>
      </div>"""


OLD = [("1790321", "国庆假期安全提示，请转给家人！", "2024-09-30"), ("1781266", "市安委会部署秋冬季安全生产工作", "2024-09-20")]


def listing(title, heading, items_html, pager, side=""):
    body = f"""<div id="main" class="pure-g">
  <div class="pure-u-1 pure-u-md-2-3">
    <div class="main-content">
{heading}
      <div class="feed">
{items_html}
      </div>
{pager}
      {AD}
    </div>
  </div>
  <div class="pure-u-1 pure-u-md-1-3"><div class="sidebar">{side}
      <div class="side-box"><h3>热门公众号</h3><ul class="side-list"><li><a href="/account/{ACCOUNT[0]}">{ACCOUNT[1]}</a></li><li><a href="/account/{ACCOUNT2[0]}">{ACCOUNT2[1]}</a></li></ul></div>
  </div></div>
</div>
"""
    return head(title, "传送门，微信公众号文章聚合阅读") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "传送门 (chuansong.me)-like WeChat 公众号 mirror: /n/N pages with the copied rich_media/js_content markup, a speech in two articles (上/下)")
    newest = sorted(ARTS, key=lambda a: a["date"], reverse=True)
    fam.put("/", listing("传送门 - 微信公众号文章精选", '      <div class="section-title"><h1>今日精选</h1></div>',
                         "\n".join(feed_item(a) for a in newest),
                         '      <div class="pager"><a href="/newest">查看更多 &raquo;</a></div>'))
    acc_items = [a for a in ARTS if a["acc"] == ACCOUNT]
    card = f"""
      <div class="side-box account-card"><img class="avatar" src="/avatar/{ACCOUNT[0]}.jpg" alt="{ACCOUNT[1]}"><h3>{ACCOUNT[1]}</h3><p class="wxid">微信号：{ACCOUNT[0]}</p><p class="intro">功能介绍：{ACCOUNT[2]}</p><img class="qrcode" src="/qrcode/{ACCOUNT[0]}.jpg" alt=""></div>"""
    fam.put(f"/account/{ACCOUNT[0]}", listing(f"{ACCOUNT[1]} - 微信公众号文章 - 传送门",
                                              f'      <div class="section-title"><h1>{ACCOUNT[1]}</h1><span class="wxid">微信号：{ACCOUNT[0]}</span></div>',
                                              "\n".join(feed_item(a) for a in sorted(acc_items, key=lambda a: a["date"], reverse=True)),
                                              f'      <div class="w4_5"><span class="page_nav">1</span> <a class="page_nav" href="/account/{ACCOUNT[0]}?start=12">下一页</a></div>', card))
    old = "\n".join(f"""      <div class="feed_item"><div class="feed_body"><h2 class="feed_title"><a class="question_link" href="/n/{i}" target="_blank">{t}</a></h2><div class="feed_meta"><a class="feed_account" href="/account/{ACCOUNT[0]}">{ACCOUNT[1]}</a><span class="timestamp">{d}</span></div></div></div>""" for i, t, d in OLD)
    fam.route(f"/account/{ACCOUNT[0]}?start=12", f"account/{ACCOUNT[0]}_start12.html",
              listing(f"{ACCOUNT[1]} - 微信公众号文章 - 传送门", f'      <div class="section-title"><h1>{ACCOUNT[1]}</h1></div>', old,
                      f'      <div class="w4_5"><a class="page_nav" href="/account/{ACCOUNT[0]}">上一页</a> <span class="page_nav">2</span></div>', card))
    acc2 = [a for a in ARTS if a["acc"] == ACCOUNT2]
    fam.put(f"/account/{ACCOUNT2[0]}", listing(f"{ACCOUNT2[1]} - 微信公众号文章 - 传送门",
                                               f'      <div class="section-title"><h1>{ACCOUNT2[1]}</h1></div>', "\n".join(feed_item(a) for a in acc2), ""))
    fam.extensionless_html = True
    fam.not_documents += ["/", f"/account/{ACCOUNT[0]}", f"/account/{ACCOUNT[0]}?start=12", f"/account/{ACCOUNT2[0]}"]
    for a in ARTS:
        fam.put(f"/n/{a['id']}", article(a))
    fam.doc(["/n/1843502", "/n/1843517"], FIRE, title=FIRE.title, published_at="2024-11-08")
    fam.not_documents.append("/n/1843517")
    fam.doc(["/n/1839046"], WATER)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /qrcode/\n")
    fam.noise += ["点击上方蓝字", "（未完待续）", "（接上期）", "- END -", "往期回顾", "阅读原文", "关注该公众号", "版权归原作者所有",
                  "京ICP备14017285号-1", "编辑：刘思雨", "会议现场", "市委副书记、市长　王建平", "副市长　李国栋", "（2024年11月8日）", "现将讲话全文分上、下两期刊发", "以下为讲话全文", "相关文章"]
    fam.note = ("the fire-safety speech was published by its account in two articles, （上） on 2024-11-08 ending （未完待续） and （下） "
                "on 2024-11-09 opening （接上期）: one document over both /n/ pages, linked to each other only by the mirror's 相关文章 "
                "and the account list; titles are the speech's own (the articles' titles are the account's headlines); "
                "published_at is the date printed on the first part")
    return fam
