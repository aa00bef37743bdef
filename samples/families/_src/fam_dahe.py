"""大河网 (news.dahe.cn)-like article pages (HOLDOUT): UTF-8, `/2024/06-06/1773412.html`; top bar (大河网首页,
大河客户端, 豫视频, 登录), channel nav, `位置` crumb, `h1#4g_title`, the `mess` line with `p.time.fl`,
`p#source_baidu` (来源：河南日报 / 大河网) and 阅读 count, text in `div#mainCon` of `<p>` paragraphs: one
opening with a `大河网讯（记者 …）…以下为讲话全文：` lead, the other with an editor's note in 楷体 as its first
paragraph's own `<p>` (`（本文系作者在…上的发言，有删节）` after the speech); `p#editor_baidu` 责任编辑 line after
the text, 分享 bar, 大河客户端 QR, 相关阅读, 热门推荐 sidebar with ad, the 大河网 footer (大河网络传媒集团,
豫ICP, 新闻许可证, 举报). Home `/` and the 河南要闻 list `/hnyw/` (a 加载更多 button with a JSON `data-url`)."""

from common import SPEECHES, Family, render

HOST = "news.dahe-like.test"
COL = "/hnyw/"

ARTICLES = [
    # speech, id, path date, time, source, editor, lead, tail note
    (
        SPEECHES["f45b-5"],
        "1773412",
        "2024/06-06",
        "2024-06-06 17:05",
        "大河网",
        "宋向乐",
        "大河网讯（记者 李凯）6月6日，全市夏粮收购工作会议召开。副市长出席会议并讲话，对今年夏粮收购工作作出安排部署。以下为讲话全文：",
        "",
    ),
    (
        SPEECHES["f45b-6"],
        "1839560",
        "2024/10-22",
        "2024-10-22 10:36",
        "河南日报",
        "曹萌",
        "",
        "（本文系作者在黄河流域文化遗产保护研讨会上的发言，有删节。作者单位：县文物保护管理所）",
    ),
]

OTHER = [
    ("2024/10-21/1839102", "河南秋粮收获超过九成", "2024-10-21"),
    ("2024/10-20/1838775", "郑州航空港区新开通两条国际货运航线", "2024-10-20"),
    ("2024/06-05/1772980", "全省“三夏”机收进度过半", "2024-06-05"),
    ("2024/06-04/1772431", "黄河小浪底调水调沙启动", "2024-06-04"),
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="//static.dahe-like.test/css/reset.css">
<link rel="stylesheet" href="//static.dahe-like.test/css/detail2020.css">
<script src="//static.dahe-like.test/js/jquery.min.js"></script>
<script src="//static.dahe-like.test/js/toMobile.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl"><a href="//www.dahe-like.test/" target="_blank">大河网首页</a><a href="//app.dahe-like.test/" target="_blank">大河客户端</a><a href="//v.dahe-like.test/" target="_blank">豫视频</a><a href="//theory.dahe-like.test/" target="_blank">理论</a><a href="//edu.dahe-like.test/" target="_blank">教育</a></div>
    <div class="fr"><a href="//u.dahe-like.test/login" target="_blank">登录</a><a href="//u.dahe-like.test/reg" target="_blank">注册</a></div>
  </div>
</div>
<div class="head w1200 clearfix">
  <a class="logo fl" href="//news.dahe-like.test/" target="_blank"><img src="//static.dahe-like.test/images/logo_news.png" alt="大河网新闻"></a>
  <ul class="nav fl"><li><a href="//news.dahe-like.test/" target="_blank">新闻首页</a></li><li><a href="/hnyw/" target="_blank">河南要闻</a></li><li><a href="/gn27/" target="_blank">国内</a></li><li><a href="/gj27/" target="_blank">国际</a></li><li><a href="/sh27/" target="_blank">社会</a></li><li><a href="/dysj/" target="_blank">豫视界</a></li><li><a href="/nxw/" target="_blank">暖新闻</a></li></ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p><a href="//www.dahe-like.test/about/" target="_blank">关于我们</a> | <a href="//www.dahe-like.test/about/ggfw.html" target="_blank">广告服务</a> | <a href="//www.dahe-like.test/about/lxwm.html" target="_blank">联系我们</a> | <a href="//www.dahe-like.test/about/bqsm.html" target="_blank">版权声明</a></p>
    <p>大河网络传媒集团有限公司版权所有　本站所刊登的各种新闻﹑信息和各种专题专栏资料，均为大河网版权所有，未经协议授权，禁止下载使用</p>
    <p>互联网新闻信息服务许可证：41120170004　<a href="https://beian.miit.gov.test/" target="_blank">豫ICP备12014597号</a>　<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=41010502002517" target="_blank">豫公网安备 41010502002517号</a></p>
    <p>河南省互联网违法和不良信息举报中心　举报电话：0371-65795666</p>
  </div>
</div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.test/hm.js?0c5a2b9e8d7f6a5b4c3d2e1f0a9b8c7d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url(a):
    return f"/{a[2]}/{a[1]}.html"


def hot_list():
    return "".join(
        f'<li><i>{k + 1}</i><a href="/{o[0]}.html" target="_blank">{o[1]}</a></li>\n' for k, o in enumerate(OTHER)
    )


def article(i):
    speech, aid, dpath, stamp, source, editor, lead, tail = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = ([lead] if lead else []) + speech.paras
    body_paras = "\n".join(f"<p>{p}</p>" for p in paras)
    if tail:
        body_paras += f'\n<p style="font-family: 楷体, 楷体_GB2312;">{tail}</p>'
    body = f"""<div class="w1200 clearfix">
<div class="location">位置：<a href="//www.dahe-like.test/" target="_blank">大河网</a> &gt; <a href="//news.dahe-like.test/" target="_blank">新闻</a> &gt; <a href="{COL}" target="_blank">河南要闻</a></div>
<div class="detail-left fl">
  <h1 id="4g_title">{speech.title}</h1>
  <div class="mess clearfix">
    <p class="time fl">{stamp}</p>
    <p class="source fl" id="source_baidu">来源：<a href="//news.dahe-like.test/" target="_blank">{source}</a></p>
    <p class="read fl">阅读：<span id="readNum"></span></p>
  </div>
  <div id="mainCon">
{body_paras}
  </div>
  <p class="editor" id="editor_baidu">责任编辑：{editor}</p>
  <div class="share clearfix"><span class="fl">分享：</span><a href="javascript:;" class="wechat" title="微信"></a><a href="javascript:;" class="weibo" title="微博"></a><a href="javascript:;" class="qqzone" title="QQ空间"></a></div>
  <div class="appcode"><img src="//static.dahe-like.test/images/dahe_app_code.png" width="100" height="100" alt=""><p>扫码下载大河客户端<br>河南权威新闻一手掌握</p></div>
  <div class="xgyd">
    <div class="tit">相关阅读</div>
    <ul>
      <li><a href="{url(other)}" target="_blank">{other[0].title}</a><span>{other[3][:10]}</span></li>
      <li><a href="/{OTHER[2][0]}.html" target="_blank">{OTHER[2][1]}</a><span>{OTHER[2][2]}</span></li>
      <li><a href="/{OTHER[0][0]}.html" target="_blank">{OTHER[0][1]}</a><span>{OTHER[0][2]}</span></li>
    </ul>
  </div>
</div>
<div class="detail-right fr">
  <div class="ad"><a href="//ad.dahe-like.test/c?id=5521" target="_blank"><img src="//static.dahe-like.test/ad/300x250_dhcb.jpg" width="300" height="250" alt=""></a></div>
  <div class="rmtj"><div class="tit">热门推荐</div><ul>
{hot_list()}</ul></div>
</div>
</div>
<script>$.getJSON("//count.dahe-like.test/api/hits?id={aid}&callback=?", function(d){{ $("#readNum").text(d.hits); }});</script>
"""
    return render(HEAD, TITLE=f"{speech.title}-大河网", KW=speech.title, DESC=speech.paras[1][:80]) + body + FOOT


def listing():
    rows = [(url(a), a[0].title, a[3][:10]) for a in ARTICLES]
    rows += [(f"/{o[0]}.html", o[1], o[2]) for o in OTHER]
    rows.sort(key=lambda r: r[2], reverse=True)
    items = "".join(
        f'<li><h3><a href="{p}" target="_blank">{t}</a></h3><p class="time">{d}</p></li>\n' for p, t, d in rows
    )
    body = f"""<div class="w1200 clearfix">
<div class="location">位置：<a href="//www.dahe-like.test/" target="_blank">大河网</a> &gt; <a href="//news.dahe-like.test/" target="_blank">新闻</a> &gt; 河南要闻</div>
<div class="detail-left fl"><ul class="newslist" id="newslist">
{items}</ul>
<div class="loadmore" data-url="//news.dahe-like.test/api/list?cid=hnyw&amp;page=2">加载更多</div></div>
<div class="detail-right fr"><div class="rmtj"><div class="tit">热门推荐</div><ul>
{hot_list()}</ul></div></div>
</div>
"""
    return render(HEAD, TITLE="河南要闻-大河网", KW="河南要闻,大河网", DESC="大河网河南要闻") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="w1200 clearfix">
<div class="detail-left fl">
  <div class="toutiao"><h2><a href="{url(a1)}" target="_blank">{a1[0].title}</a></h2></div>
  <div class="mod"><div class="tit"><a href="{COL}" target="_blank">河南要闻</a></div><ul>
    <li><a href="{url(a0)}" target="_blank">{a0[0].title}</a></li>
    <li><a href="/{OTHER[0][0]}.html" target="_blank">{OTHER[0][1]}</a></li>
  </ul></div>
</div>
<div class="detail-right fr"><div class="appcode"><img src="//static.dahe-like.test/images/dahe_app_code.png" width="100" height="100" alt=""><p>扫码下载大河客户端</p></div></div>
</div>
"""
    return render(HEAD, TITLE="大河网新闻", KW="大河网,河南新闻", DESC="大河网新闻中心") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "大河网 (news.dahe.cn)-like news pages: h1#4g_title, p.time.fl / p#source_baidu, div#mainCon, p#editor_baidu",
    )
    fam.put("/", home())
    fam.put(COL, listing())
    fam.not_documents += ["/", COL]
    for i, a in enumerate(ARTICLES):
        fam.put(url(a), article(i))
        fam.doc([url(a)], a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/\n", encoding="utf-8")
    fam.noise += [
        "位置：",
        "大河网讯（记者 李凯）",
        "以下为讲话全文",
        "本文系作者在黄河流域文化遗产保护研讨会上的发言",
        "责任编辑：",
        "扫码下载大河客户端",
        "相关阅读",
        "热门推荐",
        "豫ICP备12014597号",
        "大河网络传媒集团有限公司版权所有",
    ]
    fam.note = (
        "HOLDOUT. one speech opens with a 大河网讯 lead (not the speech), the other ends with a 楷体 editor's note "
        "(本文系作者在…上的发言，有删节) that is not the speech"
    )
    return fam
