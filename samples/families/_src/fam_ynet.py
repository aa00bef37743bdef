"""北青网 (news.ynet.com, 北京青年报)-like article pages (written instead of bjnews.com.cn, which
`www.bjnews-cn.test` already imitates): `/2024/05/16/3812204t70.html`; `headerBox` with the top bar
(北京头条客户端 / 登录), channel `navBox`, `crumbs` (北青网 > 新闻 > 正文), `articleTitle` h1, `articleBox`
line (`yearMsg`, `timeMsg`, `sourceMsg` 来源), `div#articleAll.articleAll` opening with a
`北青网讯（记者 …）…以下为致辞全文：` lead, a centred picture and its `（北京青年报记者 … 摄）` caption inside the
text on one page, and `<strong>`-free plain paragraphs; then `articleEditor` (编辑 / 责任编辑), `shareBox`
分享到, `relatedNews` 相关新闻, right column 北京头条 QR box, 24小时热点 list, an ad slot; channel list
`/list/990t76.html` → `/list/990t76_2.html` (page links in plain `<a>`), footer with 京ICP证 / 京公网安备 /
违法和不良信息举报."""

from common import SPEECHES, Family, render

HOST = "news.beiqing-wang-like.test"

# speech, id, time, reporter, lead, picture after n (-1 none), caption, editor, source
ARTICLES = [
    (
        SPEECHES["f43b-3"], "3812204", "10:36:18", "刘洋",
        "北青网讯（记者 刘洋）5月16日上午，北京市第十二届中小学体育节在北京工业大学体育馆开幕。市教委副主任张宏伟出席开幕式并致辞。以下为致辞全文：",
        2, "开幕式上，学生们进行武术表演。北京青年报记者 王晓溪 摄", "陈静", "北青网",
    ),
    (
        SPEECHES["f43b-4"], "3813967", "15:12:40", "赵琳",
        "北青网讯（记者 赵琳）5月19日，2024年北京社区邻里节在朝阳区劲松街道启动。市民政局副局长李建国在启动仪式上讲话。现将讲话全文刊发如下：",
        -1, "", "孙萌", "北京青年报",
    ),
]

HEADLINE = {
    "3812204": "市教委副主任张宏伟在北京市中小学体育节开幕式上的致辞",
    "3813967": "全文｜李建国在2024年北京社区邻里节启动仪式上的讲话",
}

HOT = [
    ("北京今年将新增养老家庭照护床位5000张", "/2024/05/16/3812050t70.html"),
    ("五一假期北京接待游客超千万人次", "/2024/05/15/3811721t70.html"),
    ("京雄高速北京段全线通车一周年", "/2024/05/15/3811600t70.html"),
    ("地铁17号线北段开通初期运营", "/2024/05/14/3811288t70.html"),
    ("北京发布今年首个高温蓝色预警", "/2024/05/14/3811102t70.html"),
]
MORE = [
    ("北京中小学将推行课间15分钟", "2024-05-12", "/2024/05/12/3810431t70.html"),
    ("全市首批社区食堂星级评定结果公布", "2024-05-10", "/2024/05/10/3809867t70.html"),
    ("北京市民热线“接诉即办”4月通报", "2024-05-09", "/2024/05/09/3809522t70.html"),
    ("北京今年将完成老旧小区改造300个", "2024-05-08", "/2024/05/08/3809110t70.html"),
]


def head(title, desc):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="北青网,北京青年报,新闻">
<meta name="description" content="{desc}">
<link rel="stylesheet" type="text/css" href="//img.ynet.cn/2019/css/common.css">
<link rel="stylesheet" type="text/css" href="//img.ynet.cn/2019/css/article.css">
<script src="//img.ynet.cn/2019/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="headerBox">
  <div class="topBar">
    <div class="w1200 cfx">
      <div class="topLeft"><a href="http://www.ynet.com/" target="_blank">北青网首页</a><a href="http://epaper.ynet.com/" target="_blank">北京青年报电子版</a><a href="javascript:;" class="appDown">北京头条客户端</a></div>
      <div class="topRight"><a href="javascript:;" class="login">登录</a><a href="javascript:;" class="reg">注册</a></div>
    </div>
  </div>
  <div class="logoBox w1200 cfx"><a href="/" class="logo"><img src="//img.ynet.cn/2019/images/logo.png" alt="北青网"></a><div class="searchBox"><input type="text" class="searchTxt" placeholder="搜索"><a href="javascript:;" class="searchBtn"></a></div></div>
  <div class="navBox">
    <ul class="w1200 cfx">
      <li><a href="http://www.ynet.com/">首页</a></li><li class="on"><a href="/">新闻</a></li><li><a href="http://ent.ynet.com/">娱乐</a></li><li><a href="http://sports.ynet.com/">体育</a></li><li><a href="http://finance.ynet.com/">财经</a></li><li><a href="http://auto.ynet.com/">汽车</a></li><li><a href="http://edu.ynet.com/">教育</a></li><li><a href="http://house.ynet.com/">房产</a></li><li><a href="http://t.ynet.com/">北京头条</a></li>
    </ul>
  </div>
</div>
"""


FOOT = """<div class="footerBox">
  <div class="w1200">
    <p class="footLink"><a href="http://www.ynet.com/about/">关于我们</a>|<a href="http://www.ynet.com/contact/">联系我们</a>|<a href="http://www.ynet.com/ad/">广告服务</a>|<a href="http://www.ynet.com/copyright/">版权声明</a>|<a href="http://www.ynet.com/jubao/">违法和不良信息举报</a></p>
    <p>北青网版权所有　未经书面授权禁止使用　Copyright © 2000-2024 by www.ynet.com all rights reserved</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证060390号</a>　互联网新闻信息服务许可证：11120170003　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502030023" target="_blank">京公网安备 11010502030023号</a></p>
    <p>违法和不良信息举报电话：010-67756666　举报邮箱：jubao@ynet.com</p>
  </div>
</div>
<script src="//img.ynet.cn/2019/js/common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7d4a8e2f1c3b5a6d9e0f8c7b6a5d4e3f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def aurl(a):
    d = a[0].date.replace("-", "/")
    return f"/{d}/{a[1]}t70.html"


def right():
    hot = "\n".join(f'<li><em>{i + 1}</em><a href="{h}" target="_blank">{t}</a></li>' for i, (t, h) in enumerate(HOT))
    return f"""<div class="rightBox">
  <div class="appBox"><img src="//img.ynet.cn/2019/images/bjtt_ewm.png" alt=""><p>扫码下载北京头条客户端</p><p>看北京 更专业</p></div>
  <div class="hotBox"><div class="hotTit">24小时热点</div><ul class="hotList">
{hot}
  </ul></div>
  <div class="adBox"><script src="//d.ynet.com/s.js?z=ynet_news_art_r1"></script></div>
</div>"""


def article(i):
    speech, aid, hms, reporter, lead, pic_at, caption, editor, source = ARTICLES[i]
    other = ARTICLES[1 - i]
    ps = [f"<p>{lead}</p>"]
    for n, p in enumerate(speech.paras):
        ps.append(f"<p>{p}</p>")
        if n == pic_at:
            ps.append(f'<p style="text-align: center;"><img src="//img.ynet.cn/ynet/2024/05/16/{aid}_1.jpg" alt="" /></p>')
            ps.append(f'<p style="text-align: center;">{caption}</p>')
    rel = "\n".join(
        f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>'
        for t, d, h in [(HEADLINE[other[1]], other[0].date, aurl(other))] + MORE[:3]
    )
    body = head(f"{HEADLINE[aid]}_北青网", lead[lead.index("）") + 1 :][:90]) + f"""<div class="w1200 cfx mainBox">
<div class="leftBox">
  <div class="crumbs"><a href="http://www.ynet.com/">北青网</a> &gt; <a href="/">新闻</a> &gt; <span>正文</span></div>
  <div class="articleTitle"><h1>{HEADLINE[aid]}</h1></div>
  <div class="articleBox cfx"><span class="yearMsg">{speech.date}</span><span class="timeMsg">{hms}</span><span class="sourceMsg">来源：{source}</span><span class="authorMsg">记者：{reporter}</span></div>
  <div class="articleAll" id="articleAll">
{chr(10).join(ps)}
  </div>
  <div class="articleEditor"><span>编辑：{editor}</span><span>责任编辑：{editor}</span></div>
  <div class="shareBox cfx"><span>分享到：</span><a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a><a href="javascript:;" class="qq" title="QQ空间"></a></div>
  <div class="relatedNews"><div class="relTit">相关新闻</div><ul>
{rel}
  </ul></div>
</div>
{right()}
</div>
""" + FOOT
    return body


def list_page(n):
    a, b = ARTICLES
    rows = [(HEADLINE[b[1]], b[0].date, aurl(b)), (HEADLINE[a[1]], a[0].date, aurl(a))] if n == 0 else MORE
    lis = "\n".join(
        f'<li class="cfx"><h2><a href="{h}" target="_blank">{t}</a></h2><em class="fRight">{d}</em></li>' for t, d, h in rows
    )
    pages = '<a href="/list/990t76.html">1</a><a href="/list/990t76_2.html">2</a>'
    nxt = '<a href="/list/990t76_2.html" class="next">下一页</a>' if n == 0 else '<a href="/list/990t76.html" class="prev">上一页</a>'
    return head("北京_北青网", "北青网北京频道") + f"""<div class="w1200 cfx mainBox">
<div class="leftBox">
  <div class="crumbs"><a href="http://www.ynet.com/">北青网</a> &gt; <a href="/">新闻</a> &gt; <span>北京</span></div>
  <ul class="cfx listCont">
{lis}
  </ul>
  <div class="pageBox" id="pageBox">{pages}{nxt}</div>
</div>
{right()}
</div>
""" + FOOT


def home():
    a, b = ARTICLES
    rows = [(HEADLINE[b[1]], aurl(b)), (HEADLINE[a[1]], aurl(a))] + [(t, h) for t, _d, h in MORE]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in rows)
    return head("北青网_新闻", "北青网新闻频道") + f"""<div class="w1200 cfx mainBox">
<div class="leftBox">
  <div class="focusBox"><a href="{aurl(b)}" target="_blank"><img src="//img.ynet.cn/ynet/2024/05/19/focus.jpg" alt=""><p>{HEADLINE[b[1]]}</p></a></div>
  <div class="newsTit"><a href="/list/990t76.html">北京</a><a href="/list/990t76.html" class="more">更多&gt;&gt;</a></div>
  <ul class="newsList">
{lis}
  </ul>
</div>
{right()}
</div>
""" + FOOT


def build() -> Family:
    fam = Family(
        HOST,
        "北青网 (news.ynet.com)-like article pages: /YYYY/MM/DD/<id>t70.html, articleTitle h1, articleBox yearMsg / timeMsg / sourceMsg, div#articleAll with 北青网讯 lead and photo caption, articleEditor, 分享到, 相关新闻, 24小时热点",
        site_note="北青网-like news site (utf-8)",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(aurl(a), article(i))
        fam.doc([aurl(a)], a[0], title=HEADLINE[a[1]])
    fam.put("/", home())
    fam.put("/list/990t76.html", list_page(0))
    fam.put("/list/990t76_2.html", list_page(1))
    fam.not_documents += ["/", "/list/990t76.html", "/list/990t76_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "北青网讯（记者",
        "以下为致辞全文：",
        "现将讲话全文刊发如下：",
        "北京青年报记者 王晓溪 摄",
        "编辑：陈静",
        "分享到：",
        "相关新闻",
        "24小时热点",
        "扫码下载北京头条客户端",
        "京ICP证060390号",
        "北青网版权所有",
    ]
    fam.note = "each speech follows a 北青网讯（记者 …） news lead inside div#articleAll (not part of the speech); the first has a photo and caption between paragraphs; 编辑 line after the text"
    return fam
