"""中工网 (www.workercn.cn, 工人日报)-like article pages on its 2021 改版 template: `/c/2024-05-16/8234567.shtml`;
header top bar (工人日报 数字报 / 工人日报客户端 / 中工网微博 / 登录 注册), logo + search, the red channel nav
(首页 / 要闻 / 工会 / 劳模 / 职工 / 维权 / 时评 …), `detail-crumbs` 当前位置, `h1.detail-title`, `detail-info`
(来源：工人日报 / 作者 / time / 字号 / share icons), the text in `div.detail-content#Content` with a
`本报记者 …` byline paragraph and the `《工人日报》（2024年05月16日 03版）` paper line after the speech;
`detail-editor` 责任编辑, `detail-tags` 关键词, 相关新闻 and the right column (工人日报客户端 QR, 热点排行,
图片新闻), footer (关于中工网 | 版权声明 | 举报电话 lines, `Copyright © 2008-2024 by www.workercn.cn`) and the closable 扫码关注 panel (中工网微信 / 微博 / 抖音 / 工人日报客户端). Channel list `/34182/34182.shtml` →
`/34182/34182_2.shtml` with its `page-list` pager. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.zhonggong-wang-like.test"

# speech, date, id, headline, author byline, time, editor, paper line (版), lead (before the speech) or ""
ARTICLES = [
    (SPEECHES["f44b-2"], "2024-05-16", "8234567", "市总工会主席在全市职工职业技能大赛开幕式上的致辞",
     "本报记者 张晓燕 本报通讯员 刘畅", "07:52", "王毅", "03",
     "本报讯 5月15日，2024年全市职工职业技能大赛在市职业技术学院开幕。市总工会主席在开幕式上致辞。以下为致辞全文。"),
    (SPEECHES["f44b-1"], "2024-04-28", "8221093", "“焊缝就是桥梁的血管”——全国五一劳动奖章获得者代表在表彰大会上的发言",
     "本报记者 李国", "08:15", "陈晓", "04",
     ""),
]

FILLER = [
    ("全总部署开展2024年“安康杯”竞赛活动", "2024-05-16", "/c/2024-05-16/8234502.shtml"),
    ("多地工会开展新就业形态劳动者入会集中行动", "2024-05-15", "/c/2024-05-15/8233876.shtml"),
    ("产业工人队伍建设改革：让技术工人“有奔头”", "2024-05-14", "/c/2024-05-14/8232791.shtml"),
    ("劳模工匠进校园 点亮学生职业梦想", "2024-05-06", "/c/2024-05-06/8227714.shtml"),
    ("职工书屋建设提质增效 一年新增示范点四百余家", "2024-04-29", "/c/2024-04-29/8222156.shtml"),
    ("全国五一劳动奖和全国工人先锋号表彰名单公布", "2024-04-27", "/c/2024-04-27/8220871.shtml"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@META@@<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/css/base.css">
<link rel="stylesheet" href="/static/css/@@CSS@@.css">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/mobile_redirect.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="top-left fl">工人日报社主办 <span id="today"></span></div>
    <div class="top-right fr">
      <a href="http://media.workercn.cn/sites/media/grrb/" target="_blank">工人日报 数字报</a>
      <a href="/app/index.shtml" target="_blank">工人日报客户端</a>
      <a href="https://weibo.com/workercn" target="_blank">中工网微博</a>
      <a href="javascript:;" class="login-btn">登录</a> | <a href="javascript:;" class="reg-btn">注册</a>
    </div>
  </div>
</div>
<div class="header w1200 clearfix">
  <div class="logo fl"><a href="/"><img src="/static/images/logo.png" alt="中工网"></a></div>
  <div class="header-ad fl"><a href="/zt/2024/wuyi/index.shtml" target="_blank"><img src="/static/images/ad/wuyi2024.jpg" alt=""></a></div>
  <div class="search fr"><form action="https://search.workercn.cn/search" method="get" target="_blank"><input type="text" name="keyword" class="search-input" placeholder="请输入关键词"><button type="submit" class="search-btn">搜索</button></form></div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/">首页</a></li>
    <li><a href="/34180/34180.shtml">要闻</a></li>
    <li class="@@ON@@"><a href="/34182/34182.shtml">工会</a></li>
    <li><a href="/34186/34186.shtml">劳模</a></li>
    <li><a href="/34188/34188.shtml">职工</a></li>
    <li><a href="/34190/34190.shtml">维权</a></li>
    <li><a href="/34192/34192.shtml">时评</a></li>
    <li><a href="/34194/34194.shtml">经济</a></li>
    <li><a href="/34196/34196.shtml">文化</a></li>
    <li><a href="/34198/34198.shtml">图片</a></li>
    <li><a href="/34200/34200.shtml">视频</a></li>
    <li><a href="/34202/34202.shtml">专题</a></li>
  </ul>
</div>
"""

SIDE = """<div class="detail-right fr">
      <div class="r-app">
        <img src="/static/images/app_qr.png" alt="">
        <p>扫码下载工人日报客户端</p>
      </div>
      <div class="r-box">
        <div class="r-tit"><span>热点排行</span></div>
        <ul class="r-rank">
          <li><i class="n1">1</i><a href="/c/2024-05-16/8234502.shtml" target="_blank">全总部署开展2024年“安康杯”竞赛活动</a></li>
          <li><i class="n2">2</i><a href="/c/2024-05-15/8233876.shtml" target="_blank">多地工会开展新就业形态劳动者入会集中行动</a></li>
          <li><i class="n3">3</i><a href="/c/2024-05-14/8232791.shtml" target="_blank">产业工人队伍建设改革：让技术工人“有奔头”</a></li>
          <li><i>4</i><a href="/c/2024-05-06/8227714.shtml" target="_blank">劳模工匠进校园 点亮学生职业梦想</a></li>
        </ul>
      </div>
      <div class="r-box">
        <div class="r-tit"><span>图片新闻</span></div>
        <div class="r-pic"><a href="/c/2024-05-15/8233410.shtml" target="_blank"><img src="/upload/2024/05/15/1715760231.jpg" alt=""><p>高温来袭 一线建设者坚守岗位</p></a></div>
      </div>
    </div>"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="foot-link"><a href="/about/index.shtml" target="_blank">关于中工网</a> | <a href="/about/bqsm.shtml" target="_blank">版权声明</a> | 违法和不良信息举报电话：010-84151598 | 网络敲诈和有偿删帖举报电话：010-84151598</p>
    <p class="copyright">Copyright &copy; 2008-2024 by www.workercn.cn. all rights reserved</p>
  </div>
</div>
<div class="side-follow" id="sideFollow">
  <p class="follow-tit">扫码关注</p>
  <div class="follow-item"><img src="/static/images/qr_weixin.png" alt=""><p>中工网微信</p></div>
  <div class="follow-item"><img src="/static/images/qr_weibo.png" alt=""><p>中工网微博</p></div>
  <div class="follow-item"><img src="/static/images/qr_douyin.png" alt=""><p>中工网抖音</p></div>
  <div class="follow-item"><img src="/static/images/qr_app.png" alt=""><p>工人日报<br>客户端</p></div>
  <span class="follow-close" onclick="document.getElementById('sideFollow').style.display='none'">&times;</span>
</div>
<div class="go-top" id="goTop"></div>
<script src="/static/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a2e6b8d3f0c94b8e95e0f7c1b0d7b4e2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url_of(a):
    return f"/c/{a[1]}/{a[2]}.shtml"


def article(a, other):
    speech, day, aid, title, byline, hhmm, editor, ban, lead = a
    y, m, d = day.split("-")
    body = [f'<p style="text-indent: 2em;">{byline}</p>']
    if lead:
        body.append(f'<p style="text-indent: 2em;">{lead}</p>')
    else:
        body.append('<p style="text-align: center;"><img src="/upload/2024/04/28/1714262218.jpg" alt="" width="640"></p>')
        body.append('<p style="text-align: center;">表彰大会现场。本报记者 李国 摄</p>')
    body += [f'<p style="text-indent: 2em;">{p}</p>' for p in speech.paras]
    body.append(f'<p style="text-indent: 2em;">《工人日报》（{y}年{m}月{d}日 {ban}版）</p>')
    meta = (f'<meta name="publishdate" content="{day}">\n<meta name="contentid" content="{aid}">\n'
            f'<meta name="source" content="工人日报">\n<meta property="og:title" content="{title}">\n')
    page = HEAD + """<div class="detail w1200 clearfix">
    <div class="detail-left fl">
      <div class="detail-crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/34182/34182.shtml">工会</a> &gt; 正文</div>
      <h1 class="detail-title">@@H@@</h1>
      <div class="detail-info clearfix">
        <div class="info-left fl">
          <span class="source">来源：工人日报</span>
          <span class="author">作者：@@AUTHOR@@</span>
          <span class="time">@@DAY@@ @@HHMM@@</span>
        </div>
        <div class="info-right fr">
          <span class="font-size">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16" class="cur">中</a><a href="javascript:;" data-size="14">小</a></span>
          <span class="share">分享：<a href="javascript:;" class="share-wx" title="微信"></a><a href="javascript:;" class="share-wb" title="微博"></a><a href="javascript:;" class="share-qq" title="QQ空间"></a></span>
        </div>
      </div>
      <div class="detail-content" id="Content">
@@BODY@@
      </div>
      <div class="detail-editor">责任编辑：@@EDITOR@@</div>
      <div class="detail-tags">关键词：<a href="javascript:;">工会</a><a href="javascript:;">劳动者</a><a href="javascript:;">技能</a></div>
      <div class="detail-app"><img src="/static/images/app_banner.jpg" alt=""><span>打开工人日报客户端，阅读更多精彩内容</span></div>
      <div class="detail-related">
        <div class="related-tit">相关新闻</div>
        <ul>
          <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span>@@ODAY@@</span></li>
          <li><a href="/c/2024-05-16/8234502.shtml" target="_blank">全总部署开展2024年“安康杯”竞赛活动</a><span>2024-05-16</span></li>
          <li><a href="/c/2024-05-14/8232791.shtml" target="_blank">产业工人队伍建设改革：让技术工人“有奔头”</a><span>2024-05-14</span></li>
        </ul>
      </div>
    </div>
    @@SIDE@@
</div>
<script>
$(".font-size a").click(function(){ $("#Content p").css("font-size", $(this).data("size") + "px"); $(this).addClass("cur").siblings().removeClass("cur"); });
</script>
""" + FOOT
    return render(page, TITLE=f"{title}_中工网", KW=f"{title},工会,中工网", DESC=title, META=meta, CSS="detail",
                  ON="on", H=title, AUTHOR=byline.split(" 本报通讯员")[0].replace("本报记者 ", ""), DAY=day,
                  HHMM=hhmm, BODY="\n".join(body), EDITOR=editor, OURL=url_of(other), OH=other[3], ODAY=other[1],
                  SIDE=SIDE)


def list_page(n):
    items = [(ARTICLES[0][3], ARTICLES[0][1], url_of(ARTICLES[0]))] + FILLER[:3] if n == 1 else \
        FILLER[3:5] + [(ARTICLES[1][3], ARTICLES[1][1], url_of(ARTICLES[1]))] + FILLER[5:]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>' for t, d, h in items)
    if n == 1:
        pg = ('<div class="page-list"><span class="disabled">上一页</span><span class="current">1</span>'
              '<a href="/34182/34182_2.shtml">2</a><a href="/34182/34182_2.shtml">下一页</a><span class="total">共2页</span></div>')
    else:
        pg = ('<div class="page-list"><a href="/34182/34182.shtml">上一页</a><a href="/34182/34182.shtml">1</a>'
              '<span class="current">2</span><span class="disabled">下一页</span><span class="total">共2页</span></div>')
    page = HEAD + """<div class="list w1200 clearfix">
    <div class="list-left fl">
      <div class="detail-crumbs">当前位置：<a href="/">首页</a> &gt; 工会</div>
      <ul class="list-ul">
@@LIS@@
      </ul>
      @@PG@@
    </div>
    @@SIDE@@
</div>
""" + FOOT
    return render(page, TITLE="工会_中工网", KW="工会,中工网", DESC="中工网工会频道", META="", CSS="list", ON="on",
                  LIS=lis, PG=pg, SIDE=SIDE)


def home():
    a = ARTICLES[0]
    page = HEAD + """<div class="index w1200 clearfix">
  <div class="focus-news"><h2><a href="@@URL@@" target="_blank">@@H@@</a></h2></div>
  <div class="idx-box">
    <div class="idx-tit"><a href="/34182/34182.shtml">工会</a><a href="/34182/34182.shtml" class="more">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="/c/2024-05-16/8234502.shtml" target="_blank">全总部署开展2024年“安康杯”竞赛活动</a></li>
      <li><a href="@@URL@@" target="_blank">@@H@@</a></li>
      <li><a href="/c/2024-05-15/8233876.shtml" target="_blank">多地工会开展新就业形态劳动者入会集中行动</a></li>
    </ul>
  </div>
</div>
""" + FOOT
    return render(page, TITLE="中工网_工人日报社主办", KW="中工网,工人日报,工会,劳模,职工", DESC="中工网是工人日报社主办的中央重点新闻网站",
                  META="", CSS="index", ON="", URL=url_of(a), H=a[3])


def build() -> Family:
    fam = Family(
        HOST,
        "workercn.cn-like 中工网 / 工人日报 article pages: /c/DATE/ID.shtml, detail-crumbs 当前位置, h1.detail-title, detail-info 来源/作者/time/字号/分享, div.detail-content#Content with 本报记者 byline, 本报讯 lead or photo + caption, 《工人日报》（…版） paper line, 责任编辑, 关键词, 客户端 prompt, 相关新闻, 热点排行 side",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(url_of(a), article(a, ARTICLES[1 - i]))
        fam.doc([url_of(a)], a[0], title=a[3], published_at=a[1])
    fam.put("/", home())
    fam.put("/34182/34182.shtml", list_page(1))
    fam.put("/34182/34182_2.shtml", list_page(2))
    fam.not_documents += ["/", "/34182/34182.shtml", "/34182/34182_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "本报记者 张晓燕 本报通讯员 刘畅",
        "本报讯 5月15日，2024年全市职工职业技能大赛在市职业技术学院开幕。",
        "表彰大会现场。本报记者 李国 摄",
        "《工人日报》（2024年05月16日 03版）",
        "责任编辑：王毅",
        "打开工人日报客户端，阅读更多精彩内容",
        "扫码下载工人日报客户端",
        "热点排行",
        "网络敲诈和有偿删帖举报电话",
    ]
    return fam
