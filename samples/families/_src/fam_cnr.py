"""央广网 (news.cnr.cn) article pages on its TRS WCM publishing: `/native/gd/20240516/t20240516_526NNNNNN.shtml`,
GBK bytes with `gb2312` in the meta tag and a bare `text/html` header; the TRS meta block (`filetype`,
`catalogs`, `contentid`, `publishdate`, `source`); `div.article-header` with `h1` and the `div.source`
line (time, 来源：央广网); the audio player block (`div.audio-box` with an `<audio>` and its 收听 caption)
right above `div.article-content` / `div.TRS_Editor`; `<p>　　` paragraphs, the `央广网北京5月16日消息（记者…）`
lead, a 原标题 line on one page, a captioned picture (`（央广网记者 … 摄）`) in the other; `div.editor`
(编辑) after the text, 分享到 bar, 云听 app box, 相关新闻, 热门排行; footer with ICP and licence lines.
Home `/` and the column `/native/gd/` (`index.html`, `index_1.html`) list them."""

from common import SPEECHES, Family

HOST = "news.yangguang-wang.test"

S1, S2 = SPEECHES["cnr-1"], SPEECHES["cnr-2"]

ARTICLES = [
    # speech, doc id, stamp, reporter lead, 原标题 line, picture after paragraph n, caption, editor, source
    (
        S1,
        "526723418",
        "2024-05-16 08:41:00",
        "央广网北京5月16日消息（记者 周晓宁）5月15日，全省县级融媒体中心建设推进会在临川县召开。省委常委、宣传部部长韩立群出席会议并讲话。以下为讲话全文：",
        None,
        3,
        "5月15日，与会人员在临川县融媒体中心“中央厨房”指挥调度平台前观摩。（央广网记者 周晓宁 摄）",
        "陈思琪",
        "央广网",
    ),
    (
        S2,
        "526721906",
        "2024-05-16 06:55:00",
        "央广网北京5月16日消息 据中国之声《新闻和报纸摘要》报道，5月15日，全省应急广播体系建设现场会在青溪县召开。省广播电视局局长蒋文涛出席会议并致辞。",
        "原标题：让每一声预警都及时传到群众耳边——省广电局局长在应急广播现场会上的致辞",
        None,
        None,
        "刘一鸣",
        "中国之声",
    ),
]
MORE = [
    ("526724077", "2024-05-16 09:12:00", "多地启动主汛期防汛应急响应演练"),
    ("526722630", "2024-05-16 07:30:00", "全国广播电视行业安全播出工作会议召开"),
    ("526719845", "2024-05-15 18:20:00", "“村村响”再升级 山区群众听得见也听得清"),
    ("526718301", "2024-05-15 15:04:00", "县级融媒体中心如何留住年轻人？记者走访三地"),
    ("526716552", "2024-05-15 10:47:00", "云听上线“防灾减灾”专题音频合集"),
]


def url(did, stamp):
    day = stamp[:10].replace("-", "")
    return f"/native/gd/{day}/t{day}_{did}.shtml"


def head(title, kw, desc, meta=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
{meta}<link rel="stylesheet" type="text/css" href="//www.cnr.cn/202012cnr/css/common.css" />
<link rel="stylesheet" type="text/css" href="//www.cnr.cn/202012cnr/css/article.css" />
<script type="text/javascript" src="//www.cnr.cn/202012cnr/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<!--顶部导航 开始-->
<div class="top-nav"><div class="wrap">
<a class="logo" href="http://www.cnr.cn/" target="_blank"><img src="//www.cnr.cn/202012cnr/images/logo.png" alt="央广网" /></a>
<ul class="nav"><li><a href="http://www.cnr.cn/" target="_blank">首页</a></li><li><a href="/" target="_blank">新闻</a></li><li><a href="/native/gd/" target="_blank">滚动</a></li><li><a href="http://finance.cnr.cn/" target="_blank">财经</a></li><li><a href="http://tech.cnr.cn/" target="_blank">科技</a></li><li><a href="http://www.radio.cn/" target="_blank">云听</a></li></ul>
</div></div>
<!--顶部导航 结束-->
"""


FOOT = """<!--底部 开始-->
<div class="footer"><div class="wrap">
<p><a href="http://www.cnr.cn/guanyu/" target="_blank">关于我们</a> | <a href="http://www.cnr.cn/guanyu/lxwm/" target="_blank">联系我们</a> | <a href="http://www.cnr.cn/guanyu/bqsm/" target="_blank">版权声明</a> | <a href="http://www.cnr.cn/guanyu/wzdt/" target="_blank">网站地图</a></p>
<p>央广网版权所有　未经授权，禁止转载、摘编、复制或建立镜像</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证100316号</a>　京公网安备11000002000008号　互联网新闻信息服务许可证10120170001　信息网络传播视听节目许可证0102002</p>
<p>违法和不良信息举报电话：010-86093000　举报邮箱：jubao@cnr.cn</p>
</div></div>
<!--底部 结束-->
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?d6c6e4e3b1a3e2f8c4a4b1f0c2e9d7a1";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script type="text/javascript" src="//www.cnr.cn/202012cnr/js/cnr_statistics.js"></script>
</body>
</html>
"""


def side():
    rows = "".join(
        f'<li><em>{n}</em><a href="{url(d, s)}" target="_blank">{t}</a></li>' for n, (d, s, t) in enumerate(MORE[1:], 1)
    )
    return f"""<div class="right">
<!--热门排行-->
<div class="rank"><div class="tit"><h3>热门排行</h3></div><ul>{rows}</ul></div>
<div class="app-box"><img src="//www.cnr.cn/202012cnr/images/yunting_qr.png" alt="" /><p>下载云听客户端</p><p>听见美好生活</p></div>
<div class="ad-300"><script type="text/javascript" src="//a.cnr.cn/s.js?z=article_right_300x250"></script></div>
</div>
"""


def article(i):
    speech, did, stamp, lead, orig, photo, caption, editor, source = ARTICLES[i]
    ps = []
    if orig:
        ps.append(f"<p>　　{orig}</p>")
    ps.append(f"<p>　　{lead}</p>")
    for n, para in enumerate(speech.paras):
        ps.append(f"<p>　　{para}</p>")
        if n == photo:
            ps.append(
                f'<p style="text-align: center;"><img src="./W020240516{did}_{n}.jpg" oldsrc="W020240516{did}_{n}.jpg" style="border-width: 0px; border-style: solid;" alt="" /></p>'
                f'<p style="text-align: center;"><font face="楷体">{caption}</font></p>'
            )
    other = ARTICLES[1 - i]
    rel = [(url(other[1], other[2]), other[0].title)] + [(url(d, s), t) for d, s, t in MORE[:2]]
    xg = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{u[11:15]}-{u[15:17]}-{u[17:19]}</span></li>' for u, t in rel)
    meta = (
        '<meta name="filetype" content="0" />\n<meta name="publishedtype" content="1" />\n<meta name="pagetype" content="1" />\n'
        '<meta name="catalogs" content="gd" />\n'
        f'<meta name="contentid" content="{did}" />\n<meta name="publishdate" content="{stamp[:10]}" />\n'
        f'<meta name="author" content="{editor}" />\n<meta name="source" content="{source}" />\n'
    )
    audio = f"""<!--音频 开始-->
<div class="audio-box" id="audioBox">
<audio id="audioPlayer" src="https://mediafile.cnr.cn/mp3/2024/05/16/{did}.mp3" preload="none" controls="controls"></audio>
<div class="audio-info"><span class="audio-icon"></span><span class="audio-txt">点击收听：{speech.title}</span><span class="audio-time">时长 04:{37 + i * 9}</span></div>
</div>
<!--音频 结束-->
"""
    kw = "县级融媒体中心,媒体融合,推进会" if i == 0 else "应急广播,防灾减灾,现场会"
    return (
        head(f"{speech.title}_央广网", kw, lead[:70], meta)
        + f"""<div class="wrap clearfix">
<div class="crumbs"><a href="http://www.cnr.cn/" target="_blank">央广网</a> &gt; <a href="/" target="_blank">新闻</a> &gt; <a href="/native/gd/" target="_blank">滚动</a> &gt; 正文</div>
<div class="left">
<div class="article-header">
<h1>{speech.title}</h1>
<div class="source"><span>{stamp[:16]}</span><span>来源：{source}</span></div>
</div>
{audio}<div class="article-content">
<div class="TRS_Editor">
{chr(10).join(ps)}
</div>
</div>
<div class="editor">编辑：{editor}</div>
<div class="share"><span>分享到：</span><a class="wx" href="javascript:void(0);" title="微信"></a><a class="wb" href="javascript:void(0);" title="微博"></a><a class="qzone" href="javascript:void(0);" title="QQ空间"></a></div>
<div class="relevant"><div class="tit"><h3>相关新闻</h3></div><ul>{xg}</ul></div>
</div>
{side()}</div>
"""
        + FOOT
    )


def listing(rows, pager, title):
    lis = "".join(
        f'<div class="item"><div class="text"><strong><a href="{url(d, s).replace("/native/gd/", "./")}" target="_blank">{t}</a></strong><div class="publishTime">{s[:16]}</div></div></div>\n'
        for d, s, t in rows
    )
    return (
        head(title, "央广网,滚动新闻", "央广网滚动新闻")
        + f"""<div class="wrap clearfix"><div class="left">
<div class="articleList">
{lis}</div>
<div class="page">{pager}</div>
</div>
{side()}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "央广网 (news.cnr.cn) TRS article template: gb2312, audio player above article-content, 原标题 line", encoding="gbk", content_type="text/html")
    for i, (speech, did, stamp, *_rest) in enumerate(ARTICLES):
        fam.put(url(did, stamp), article(i))
        fam.doc([url(did, stamp)], speech, published_at=stamp[:10])
    a1, a2 = ARTICLES
    first = [MORE[0][:2] + (MORE[0][2],), (a1[1], a1[2], S1.title), MORE[1], (a2[1], a2[2], S2.title)]
    second = [MORE[2], MORE[3], MORE[4]]
    fam.put("/native/gd/", listing(first, '<span class="current">1</span><a href="index_1.html">2</a><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a>', "滚动_央广网"))
    fam.put("/native/gd/index.html", listing(first, '<span class="current">1</span><a href="index_1.html">2</a><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a>', "滚动_央广网"))
    fam.put("/native/gd/index_1.html", listing(second, '<a href="index.html">首页</a><a href="index.html">上一页</a><a href="index.html">1</a><span class="current">2</span>', "滚动_央广网"))
    fam.put(
        "/",
        head("央广网新闻_央广网", "央广网,新闻,中国之声", "央广网新闻频道")
        + f"""<div class="wrap clearfix"><div class="left">
<div class="headline"><h2><a href="{url(a1[1], a1[2])}" target="_blank">{S1.title}</a></h2><p>全省八十六个县级融媒体中心全部挂牌运行，下一步要在深度融合上下功夫</p></div>
<div class="module"><div class="tit"><h3><a href="/native/gd/" target="_blank">滚动</a></h3><a class="more" href="/native/gd/" target="_blank">更多&gt;&gt;</a></div>
<ul><li><a href="{url(MORE[0][0], MORE[0][1])}" target="_blank">{MORE[0][2]}</a></li><li><a href="{url(MORE[2][0], MORE[2][1])}" target="_blank">{MORE[2][2]}</a></li></ul></div>
</div>
{side()}</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", "/native/gd/", "/native/gd/index_1.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "央广网北京5月16日消息（记者 周晓宁）",
        "以下为讲话全文：",
        "据中国之声《新闻和报纸摘要》报道",
        "原标题：让每一声预警都及时传到群众耳边——省广电局局长在应急广播现场会上的致辞",
        "（央广网记者 周晓宁 摄）",
        "点击收听：",
        "时长 04:",
        "来源：央广网",
        "来源：中国之声",
        "编辑：陈思琪",
        "编辑：刘一鸣",
        "分享到：",
        "相关新闻",
        "热门排行",
        "全国广播电视行业安全播出工作会议召开",
        "下载云听客户端",
        "央广网版权所有",
        "京ICP证100316号",
        "_央广网",
    ]
    fam.note = "the lead (央广网北京…消息), the 原标题 line above it and the audio block's 点击收听 caption are not speech"
    return fam
