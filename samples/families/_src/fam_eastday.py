"""东方网 (eastday.com)-like news article pages, the classic `news.eastday.com/s/YYYYMMDD/u1aNNNNNNNN.html`
template: header `text/html` with no charset, gb2312 in the meta tag, GBK bytes; the black top bar
(东方网首页 and channels), `weizhi` breadcrumb with `&gt;&gt;`, the `#biaoti` title, the
`time grey12a fc lh22` line (time　来源　作者　选稿) with 字号 大/中/小, text in `div#zw` between
`<!--正文开始-->` / `<!--正文结束-->` markers (one article opening with a `东方网记者…报道：` lead), the
`(编辑：…)` line, 打印本页 / 关闭窗口, bdshare 分享到, 东方新闻 app prompt, 相关新闻 and 新闻排行, the
东方网 footer (简介, 版权所有, 沪ICP证, 举报). Channel list `/gd2008/shanghai/index.html` / `index1.html`
with the 共N页 首页/上一页/下一页/尾页 pager."""

from common import SPEECHES, Family, render

HOST = "news.eastday-like.test"
COL = "/gd2008/shanghai/"

ARTICLES = [
    # speech, path, time, source, author, choose (选稿), lead
    (
        SPEECHES["f40c-5"],
        "/s/20240912/u1a18217654.html",
        "2024-09-12 17:26:31",
        "东方网",
        "王佳敏",
        "朱易",
        "东方网记者王佳敏9月12日报道：今天下午，区政府召开全区“一网通办”改革深化推进会，区长出席会议并讲话。以下为讲话全文：",
    ),
    (
        SPEECHES["f40c-6"],
        "/s/20241019/u1ai18302117.html",
        "2024-10-19 10:42:08",
        "新民晚报",
        "",
        "吴芳",
        "",
    ),
]

HOT = [
    ("/s/20241018/u1a18300561.html", "本市多家三甲医院开设周末夜门诊"),
    ("/s/20241017/u1a18298830.html", "上海今年第三批保障性租赁住房项目开工"),
    ("/s/20241016/u1ai18297245.html", "秋季“菜篮子”供应充足 价格总体平稳"),
    ("/s/20241015/u1a18295012.html", "浦东新开通五条社区巴士线路"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://www.eastday-like.test/css/2013/news_content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.eastday-like.test/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function fontZoom(size){ document.getElementById('zw').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div id="top">
  <div class="top_c">
    <div class="top_l"><a href="http://www.eastday-like.test/" target="_blank">东方网首页</a> | <a href="http://news.eastday-like.test/" target="_blank">新闻</a> | <a href="http://finance.eastday-like.test/" target="_blank">财经</a> | <a href="http://sports.eastday-like.test/" target="_blank">体育</a> | <a href="http://enjoy.eastday-like.test/" target="_blank">娱乐</a> | <a href="http://pinglun.eastday-like.test/" target="_blank">评论</a> | <a href="http://shzw.eastday-like.test/" target="_blank">上海政务</a></div>
    <div class="top_r"><a href="http://app.eastday-like.test/" target="_blank">东方新闻客户端</a> | <a href="http://passport.eastday-like.test/login.html" target="_blank">登录</a></div>
  </div>
</div>
<div class="header">
  <div class="logo"><a href="http://www.eastday-like.test/" target="_blank"><img src="http://www.eastday-like.test/images/2013/logo_news.gif" alt="东方网 新闻" /></a></div>
  <div class="nav"><a href="http://news.eastday-like.test/" target="_blank">东方新闻</a><a href="http://news.eastday-like.test/gd2008/shanghai/index.html" target="_blank">上海</a><a href="http://news.eastday-like.test/gd2008/china/index.html" target="_blank">国内</a><a href="http://news.eastday-like.test/gd2008/world/index.html" target="_blank">国际</a><a href="http://news.eastday-like.test/gd2008/society/index.html" target="_blank">社会</a><a href="http://news.eastday-like.test/gd2008/photo/index.html" target="_blank">图片</a></div>
</div>
"""

FOOT = """<div id="footer">
  <p><a href="http://www.eastday-like.test/about/jianjie.html" target="_blank">东方网简介</a> | <a href="http://www.eastday-like.test/about/contact.html" target="_blank">联系我们</a> | <a href="http://www.eastday-like.test/about/job.html" target="_blank">招聘信息</a> | <a href="http://www.eastday-like.test/about/ad.html" target="_blank">广告服务</a> | <a href="http://www.eastday-like.test/about/law.html" target="_blank">法律声明</a> | <a href="http://www.eastday-like.test/map.html" target="_blank">网站地图</a></p>
  <p>Copyright &copy; 2000-2024 东方网 版权所有 未经授权 不得转载</p>
  <p><a href="https://beian.miit.gov.test/" target="_blank">沪ICP证：沪B2-20050117</a>　互联网新闻信息服务许可证编号：31120170003　<a href="http://www.shjbzx.test/" target="_blank">上海市互联网违法和不良信息举报中心</a></p>
  <p>违法和不良信息举报电话：021-60850000</p>
</div>
<script type="text/javascript" src="http://cl.eastday-like.test/js/stat.js"></script>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.test/h.js%3F3a9b0e5c1f2d47e8a6b5c4d3e2f1a0b9' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>
</html>
"""


def hot_list():
    return "".join(f'<li><a href="{p}" target="_blank">{t}</a></li>\n' for p, t in HOT)


def article(i):
    speech, path, stamp, source, author, choose, lead = ARTICLES[i]
    other = ARTICLES[1 - i]
    paras = ([lead] if lead else []) + speech.paras
    body_paras = "\n".join(f"<p>　　{p}</p>" for p in paras)
    body = f"""<div class="main">
<div class="weizhi"><a href="http://www.eastday-like.test/" target="_blank">东方网</a>&gt;&gt;<a href="http://news.eastday-like.test/" target="_blank">东方新闻</a>&gt;&gt;<a href="{COL}index.html" target="_blank">上海新闻</a>&gt;&gt;正文</div>
<div class="main_l">
<div id="biaoti" class="biaoti">{speech.title}</div>
<div class="time grey12a fc lh22"><p class="fl">{stamp}　来源：{source}　作者：{author}　选稿：{choose}</p><p class="fr">字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a></p></div>
<!--正文开始-->
<div id="zw">
{body_paras}
</div>
<!--正文结束-->
<div class="bianji">(编辑：{choose})</div>
<div class="dayin"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="bdsharebuttonbox fenxiang"><span>分享到：</span><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
<div class="app_tip"><img src="http://www.eastday-like.test/images/2013/app_ewm.png" width="90" height="90" alt="" /><span>下载东方新闻客户端　随时随地看上海</span></div>
<div class="xgxw"><div class="xgxw_t">相关新闻</div><ul>
<li><a href="{other[1]}" target="_blank">{other[0].title}</a>　<span class="grey12a">{other[2][:10]}</span></li>
<li><a href="{HOT[1][0]}" target="_blank">{HOT[1][1]}</a>　<span class="grey12a">2024-10-17</span></li>
<li><a href="/s/20240905/u1a18203318.html" target="_blank">本市推进政务服务“免申即享”扩面增效</a>　<span class="grey12a">2024-09-05</span></li>
</ul></div>
</div>
<div class="main_r">
<div class="ad_r"><a href="http://ad.eastday-like.test/c.html?id=5512" target="_blank"><img src="http://www.eastday-like.test/ad/2024/300x250.jpg" width="300" height="250" alt="" /></a></div>
<div class="phb"><div class="phb_t">新闻排行</div><ul>
{hot_list()}</ul></div>
</div>
<div class="clear"></div>
</div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.test/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
"""
    return render(HEAD, TITLE=f"{speech.title}-东方新闻-东方网", KW=speech.title, DESC=speech.paras[1][:70]) + body + FOOT


def listing(n):
    rows = [(a[1], a[0].title, a[2][:16]) for a in ARTICLES]
    rows += [(p, t, f"{p[3:7]}-{p[7:9]}-{p[9:11]} 09:30") for p, t in HOT]
    rows.sort(key=lambda r: r[2], reverse=True)
    rows = rows[:4] if n == 1 else rows[4:]
    items = "".join(f'<li><a href="{p}" target="_blank">{t}</a><span>{d}</span></li>\n' for p, t, d in rows)
    nav = (
        '共2页　首页　上一页　<a href="index1.html">下一页</a>　<a href="index1.html">尾页</a>'
        if n == 1
        else '共2页　<a href="index.html">首页</a>　<a href="index.html">上一页</a>　下一页　尾页'
    )
    body = f"""<div class="main">
<div class="weizhi"><a href="http://www.eastday-like.test/" target="_blank">东方网</a>&gt;&gt;<a href="http://news.eastday-like.test/" target="_blank">东方新闻</a>&gt;&gt;上海新闻</div>
<div class="main_l"><ul class="list_news">
{items}</ul>
<div class="fenye">{nav}</div></div>
<div class="main_r"><div class="phb"><div class="phb_t">新闻排行</div><ul>
{hot_list()}</ul></div></div>
<div class="clear"></div>
</div>
"""
    return render(HEAD, TITLE="上海新闻-东方新闻-东方网", KW="上海新闻,东方网", DESC="东方网上海新闻") + body + FOOT


def home():
    a0, a1 = ARTICLES
    body = f"""<div class="main">
<div class="main_l">
<div class="toutiao"><a href="{a1[1]}" target="_blank">{a1[0].title}</a></div>
<div class="lanmu"><div class="lanmu_t"><a href="{COL}index.html" target="_blank">上海新闻</a></div><ul>
<li><a href="{HOT[0][0]}" target="_blank">{HOT[0][1]}</a></li>
<li><a href="{HOT[2][0]}" target="_blank">{HOT[2][1]}</a></li>
</ul></div>
</div>
<div class="main_r"><div class="app_tip"><img src="http://www.eastday-like.test/images/2013/app_ewm.png" width="90" height="90" alt="" /><span>下载东方新闻客户端</span></div></div>
<div class="clear"></div>
</div>
"""
    return render(HEAD, TITLE="东方新闻-东方网", KW="东方网,东方新闻,上海新闻", DESC="东方网新闻频道") + body + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "东方网 (eastday.com)-like news pages: gb2312 meta, header text/html, GBK; #biaoti, time grey12a line with 选稿, div#zw",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put(COL + "index.html", listing(1))
    fam.put(COL + "index1.html", listing(2))
    fam.not_documents += ["/", COL + "index.html", COL + "index1.html"]
    for i, a in enumerate(ARTICLES):
        fam.put(a[1], article(i))
        fam.doc([a[1]], a[0], published_at=a[2][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\n", encoding="utf-8")
    fam.noise += [
        "东方网记者王佳敏9月12日报道",
        "选稿：",
        "字号：",
        "打印本页",
        "关闭窗口",
        "分享到",
        "下载东方新闻客户端",
        "相关新闻",
        "新闻排行",
        "沪ICP证：沪B2-20050117",
        "东方网 版权所有",
    ]
    fam.note = (
        "classic eastday article template: #biaoti, time line (来源/作者/选稿) with 字号, div#zw between 正文 "
        "comment markers, a 东方网记者…报道： lead ending 以下为讲话全文： on one article (not part of the speech)"
    )
    return fam
