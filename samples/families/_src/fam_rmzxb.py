"""人民政协网 (rmzxb.com.cn)-like article pages: `/c/2024-05-16/3543217.shtml`, a long speech continued
on `/c/2024-05-16/3543217_2.shtml` through the template's `div.page` pager (上一页 / 1 / 2 / 下一页, 共2页);
top bar (人民政协报 电子版 / 手机版 / 客户端), logo + search, the red channel nav, `crumbs` 您现在的位置,
`Content_title h1`, `Content_info` (来源 / time / 作者 / 字号 / 分享到), the text in `div.text_box#zoom`
with full-width-indented `<p>`s and a centred photo + caption in one, `【责任编辑：…】` under the text on
each page, 相关新闻, the side column (热点排行, 人民政协报 电子版, 客户端 QR); channel list `/zx/index.shtml`
→ `index_2.shtml` (`ul.list_news`, `div.page`); footer with 人民政协报社主办, 版权声明, 京ICP备, 京公网安备,
互联网新闻信息服务许可证. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.zhengxie-wang-like.test"

# speech, date path, id, headline, source, author, time, editor
ARTICLES = [
    (SPEECHES["f38b-3"], "2024-05-16", "3543217", "王建华：在市政协委员履职能力提升培训班开班式上的讲话", "人民政协网", "王建华", "09:32", "周晓楠"),
    (SPEECHES["f38b-4"], "2024-05-14", "3542806", "陈立新委员在民营经济界别协商座谈会上的发言", "人民政协报", "陈立新", "15:47", "李慧"),
]

FILLER = [
    [("全国政协召开双周协商座谈会 围绕“推进县域商业体系建设”协商议政", "2024-05-16", "/c/2024-05-16/3543190.shtml"),
     ("委员履职故事：把群众的“急难愁盼”写进提案", "2024-05-15", "/c/2024-05-15/3542971.shtml"),
     ("多地政协开展“委员进社区”活动 面对面听民声", "2024-05-15", "/c/2024-05-15/3542904.shtml")],
    [("政协委员谈新质生产力：关键在创新 根本在人才", "2024-05-14", "/c/2024-05-14/3542751.shtml"),
     ("省政协召开专题协商会 聚焦制造业数字化转型", "2024-05-13", "/c/2024-05-13/3542530.shtml")],
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/css/2019/common.css" />
<link rel="stylesheet" type="text/css" href="/css/2019/@@CSS@@.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top_bar">
  <div class="w1200 clearfix">
    <div class="fl">人民政协报社主办</div>
    <div class="fr"><a href="http://dzb.rmzxb.com/" target="_blank">人民政协报 电子版</a> | <a href="/wap/index.shtml" target="_blank">手机版</a> | <a href="/khd/index.shtml" target="_blank">客户端</a> | <a href="/wb/index.shtml" target="_blank">微博</a> | <a href="/wx/index.shtml" target="_blank">微信</a></div>
  </div>
</div>
<div class="header w1200 clearfix">
  <div class="logo fl"><a href="/"><img src="/images/2019/logo.png" alt="人民政协网" /></a></div>
  <div class="search fr">
    <form action="http://search.rmzxb.com.cn/search.jsp" method="get" target="_blank"><input type="text" name="q" class="s_txt" value="" /><input type="submit" class="s_btn" value="搜索" /></form>
  </div>
</div>
<div class="nav">
  <div class="w1200">
    <ul class="clearfix">
      <li><a href="/">首页</a></li>
      <li><a href="/sz/index.shtml">时政</a></li>
      <li class="on"><a href="/zx/index.shtml">政协</a></li>
      <li><a href="/wy/index.shtml">委员</a></li>
      <li><a href="/xs/index.shtml">协商</a></li>
      <li><a href="/tz/index.shtml">统战</a></li>
      <li><a href="/ll/index.shtml">理论</a></li>
      <li><a href="/wh/index.shtml">文化</a></li>
      <li><a href="/sh/index.shtml">社会</a></li>
      <li><a href="/tp/dmzg/index.shtml">图片</a></li>
      <li><a href="/sp/index.shtml">视频</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="f_link"><a href="/about/index.shtml" target="_blank">关于我们</a> | <a href="/lxwm/index.shtml" target="_blank">联系我们</a> | <a href="/bqsm/index.shtml" target="_blank">版权声明</a> | <a href="/ggfw/index.shtml" target="_blank">广告服务</a> | <a href="/zpxx/index.shtml" target="_blank">招聘信息</a></p>
    <p>人民政协报社主办　版权所有 人民政协网 未经授权禁止复制或建立镜像</p>
    <p>互联网新闻信息服务许可证编号：10120170034　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备13029498号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202007437" target="_blank">京公网安备 11010202007437号</a></p>
    <p>违法和不良信息举报电话：010-88146871　举报邮箱：jubao@rmzxb.com.cn</p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9f5e4a4b9e6b4bd0c4c2b8b35d0e5f5d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

SIDE = """<div class="Content_right fr">
      <div class="r_box">
        <div class="r_tit">热点排行</div>
        <ul class="r_list">
          <li><em>1</em><a href="/c/2024-05-16/3543190.shtml" target="_blank">全国政协召开双周协商座谈会</a></li>
          <li><em>2</em><a href="/c/2024-05-15/3542971.shtml" target="_blank">委员履职故事：把群众的“急难愁盼”写进提案</a></li>
          <li><em>3</em><a href="/c/2024-05-14/3542751.shtml" target="_blank">政协委员谈新质生产力</a></li>
        </ul>
      </div>
      <div class="r_box"><a href="http://dzb.rmzxb.com/" target="_blank"><img src="/images/2019/dzb.jpg" alt="人民政协报 电子版" /></a></div>
      <div class="r_box r_ewm"><img src="/images/2019/khd_ewm.png" alt="" /><p>扫码下载人民政协报客户端</p></div>
    </div>"""


def para(text):
    return f"<p>　　{text}</p>"


def page_name(a, n):
    return f"/c/{a[1]}/{a[2]}{'' if n == 1 else f'_{n}'}.shtml"


def pager(a, n, count):
    if count == 1:
        return ""
    bits = []
    bits.append(f'<a href="{a[2]}.shtml">上一页</a>' if n == 2 else '<span class="disabled">上一页</span>')
    for i in range(1, count + 1):
        bits.append(f'<span class="cur">{i}</span>' if i == n else f'<a href="{a[2]}{"" if i == 1 else f"_{i}"}.shtml">{i}</a>')
    bits.append(f'<a href="{a[2]}_{n + 1}.shtml">下一页</a>' if n < count else '<span class="disabled">下一页</span>')
    return '<div class="page" id="page">' + "".join(bits) + f"<span>共{count}页</span></div>"


def article(a, other, paras, n, count):
    speech, day, _id, title, source, author, hhmm, editor = a
    body = "\n".join(para(p) for p in paras)
    if n == 1 and a is ARTICLES[0]:
        body = (
            '<p style="text-align: center;"><img src="/upload/resources/image/2024/05/16/3012457.jpg" alt="" width="600" /></p>\n'
            '<p style="text-align: center;"><span style="font-family: 楷体;">培训班开班式现场。（市政协办公室供图）</span></p>\n' + body
        )
    page = HEAD + """<div class="Content w1200 clearfix">
    <div class="Content_left fl">
      <div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/zx/index.shtml">政协</a> &gt; 正文</div>
      <div class="Content_title"><h1>@@H@@</h1></div>
      <div class="Content_info clearfix">
        <span class="Content_source">来源：@@SOURCE@@</span>
        <span class="Content_time">@@DAY@@ @@HHMM@@</span>
        <span class="Content_author">作者：@@AUTHOR@@</span>
        <span class="Content_font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
        <span class="Content_share">分享到：<a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a><a href="javascript:;" class="qq"></a></span>
      </div>
      <div class="text_box" id="zoom">
@@BODY@@
      </div>
@@PAGER@@
      <div class="Content_editor">【责任编辑：@@EDITOR@@】</div>
      <div class="xgxw">
        <div class="xgxw_tit">相关新闻</div>
        <ul>
          <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODAY@@</span></li>
        </ul>
      </div>
    </div>
    @@SIDE@@
</div>
<script type="text/javascript">function doZoom(s){$("#zoom p").css("font-size",s+"px");}</script>
""" + FOOT
    return render(
        page,
        TITLE=f"{title}{'' if n == 1 else f'({n})'}-人民政协网",
        KW=title,
        DESC=title,
        CSS="content",
        H=title,
        SOURCE=source,
        DAY=day,
        HHMM=hhmm,
        AUTHOR=author,
        BODY=body,
        PAGER=pager(a, n, count),
        EDITOR=editor,
        OURL=page_name(other, 1),
        OH=other[3],
        ODAY=other[1],
        SIDE=SIDE,
    )


def list_page(n):
    a = ARTICLES[n]
    items = [(a[3], a[1], page_name(a, 1))] + FILLER[n]
    if n == 1:
        items = FILLER[1][:1] + [(a[3], a[1], page_name(a, 1))] + FILLER[1][1:]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for t, d, h in items)
    pg = (
        '<div class="page"><span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml">下一页</a><span>共2页</span></div>'
        if n == 0
        else '<div class="page"><a href="index.shtml">上一页</a><a href="index.shtml">1</a><span class="cur">2</span><span>共2页</span></div>'
    )
    page = HEAD + """<div class="Content w1200 clearfix">
    <div class="Content_left fl">
      <div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; 政协</div>
      <ul class="list_news">
@@LIS@@
      </ul>
      @@PG@@
    </div>
    @@SIDE@@
</div>
""" + FOOT
    return render(page, TITLE="政协-人民政协网", KW="政协", DESC="人民政协网政协频道", CSS="list", LIS=lis, PG=pg, SIDE=SIDE)


def home():
    a = ARTICLES[0]
    page = HEAD + """<div class="w1200 index clearfix">
  <div class="ttxw"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="idx_zx">
    <div class="idx_tit"><a href="/zx/index.shtml">政协</a><a href="/zx/index.shtml" class="more">更多</a></div>
    <ul><li><a href="/c/2024-05-16/3543190.shtml" target="_blank">全国政协召开双周协商座谈会 围绕“推进县域商业体系建设”协商议政</a></li><li><a href="@@URL@@" target="_blank">@@H@@</a></li></ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="人民政协网", KW="人民政协网,人民政协报,政协", DESC="人民政协网是人民政协报社主办的新闻网站", CSS="index", URL=page_name(a, 1), H=a[3])


def build() -> Family:
    fam = Family(
        HOST,
        "rmzxb.com.cn-like 人民政协网 article pages: /c/DATE/ID.shtml + ID_2.shtml via div.page pager, crumbs 您现在的位置, Content_title h1, Content_info 来源/time/作者/字号/分享到, div.text_box#zoom, 【责任编辑：…】, 相关新闻, 热点排行 side",
    )
    for i, a in enumerate(ARTICLES):
        other = ARTICLES[1 - i]
        runs = split_paras(a[0].paras, 2) if i == 0 else [a[0].paras]
        pages = []
        for n, paras in enumerate(runs, 1):
            path = page_name(a, n)
            fam.put(path, article(a, other, paras, n, len(runs)))
            pages.append(path)
        fam.doc(pages, a[0], title=a[3], published_at=a[1])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put("/zx/index.shtml", list_page(0))
    fam.put("/zx/index_2.shtml", list_page(1))
    fam.not_documents += ["/", "/zx/index.shtml", "/zx/index_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "您现在的位置",
        "字号：",
        "分享到：",
        "【责任编辑：周晓楠】",
        "相关新闻",
        "热点排行",
        "扫码下载人民政协报客户端",
        "培训班开班式现场。（市政协办公室供图）",
        "京ICP备13029498号-1",
        "人民政协报社主办",
    ]
    return fam
