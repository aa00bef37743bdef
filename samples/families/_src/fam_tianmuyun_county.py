"""County news portal (桐溪新闻网) on a provincial newspaper group's county platform: the 浙报集团
天目云 / zjol county-site template (`xxnews.zjol.com.cn/xxnews/system/2024/04/18/034512876.shtml`).
GBK bytes, header `text/html; charset=GBK`, meta gb2312; top bar (桐溪发布 / 天目新闻 / 浙江新闻客户端,
the day's date by script), logo + 站内搜索, red nav, `您现在的位置：首页 >> 桐溪要闻 >> 正文`; `div.artical`
with `h1.atitle`, the `div.ainfo` line (time / 来源 / 作者 / 浏览量 by a `hits.php` script / 【字号：大 中 小】);
text in `div.acontent#zoom` between `<!--正文开始-->` / `<!--正文结束-->`: one speech after a news
preamble (`…现将讲话全文刊发如下：`) and under a `div.video-wrap` video box with its `视频：…（记者 …）`
caption paragraph, over two pages (`034512876_2.shtml`) through the old `#displaypagenum` pager
(`[1] [2] [下一页]`); the other after a `以下为致辞全文：` preamble with a centred photo and a blue
`（记者 … 摄）` caption paragraph in the middle; each ends, on its last page, with the
`来源：桐溪新闻网　编辑：…　审核：…　终审：…` line inside the content; 分享到, 上一篇/下一篇, 相关新闻,
热点排行, 桐溪发布 QR, footer (主办 / 承办 / 技术支持：天目云, 互联网新闻信息服务许可证, ICP). Home → 桐溪要闻
`/txnews/txyw/index.shtml` (+ `index_2.shtml`)."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.tongxi-xww-like.test"
ENC = "gbk"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/txnews/css/main2019.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/txnews/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/txnews/js/uaredirect.js"></script>
<script type="text/javascript">uaredirect("http://m.tongxi-xww-like.test@@PATH@@");</script>
</head>
<body>
<div class="topbar"><div class="w1000">
  <div class="fl"><script type="text/javascript">var d=new Date();document.write("今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>
  <div class="fr"><a href="/txnews/txfb/">桐溪发布</a> | <a href="https://www.tmxw.test/" target="_blank">天目新闻</a> | <a href="https://zj.zjol.test/" target="_blank">浙江新闻客户端</a> | <a href="/txnews/szb/">数字报</a></div>
</div></div>
<div class="header w1000">
  <div class="logo"><a href="/"><img src="/txnews/images/logo.png" alt="桐溪新闻网" /></a></div>
  <div class="search"><form action="http://search.tongxi-xww-like.test/search.php" method="get" target="_blank"><input type="text" name="keyword" class="inp" value="" /><input type="submit" class="btn" value="站内搜索" /></form></div>
</div>
<div class="nav"><div class="w1000">
  <a href="/">首　页</a><a href="/txnews/txyw/">桐溪要闻</a><a href="/txnews/xzjd/">乡镇街道</a><a href="/txnews/bmdt/">部门动态</a><a href="/txnews/stx/">视听桐溪</a><a href="/txnews/tpxw/">图片新闻</a><a href="/txnews/zt/">专题专栏</a><a href="/txnews/msgz/">民生关注</a>
</div></div>
"""

FOOT = """<div class="footer"><div class="w1000">
  <p><a href="/txnews/about/">关于我们</a> | <a href="/txnews/about/lxwm.shtml">联系我们</a> | <a href="/txnews/about/bqsm.shtml">版权声明</a> | <a href="/txnews/about/jubao.shtml">违法和不良信息举报</a></p>
  <p>主办：中共桐溪县委宣传部　承办：桐溪县融媒体中心　技术支持：天目云</p>
  <p>互联网新闻信息服务许可证：33120190017　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05038127号</a>　浙公网安备 33048302000163号</p>
  <p>本网站所刊登的信息和各种专栏资料，未经协议授权，禁止下载使用。</p>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a9e3c1f0b7d25468e1c0f9a3b2d4e6c8";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTS = [
    {
        "speech": SPEECHES["f47d-5"],
        "num": "034512876",
        "day": "2024/04/18",
        "time": "2024-04-18 18:36",
        "author": "记者 周晨 吴可欣",
        "parts": 2,
        "hits": 8421,
        "pre": "4月18日，全县乡村振兴重点工作推进会召开。会前，与会人员实地观摩了三个乡镇的五个项目点。县委书记王立新出席会议并讲话。现将讲话全文刊发如下：",
        "video": ("https://vod.tongxi-xww-like.test/txnews/2024/0418/xczxtjh.mp4", "视频：全县乡村振兴重点工作推进会召开（记者 周晨 吴可欣）"),
        "photo": None,
        "tail": "来源：桐溪新闻网　编辑：陈思琪　审核：方晓东　终审：叶建华",
    },
    {
        "speech": SPEECHES["f47d-6"],
        "num": "034698013",
        "day": "2024/09/27",
        "time": "2024-09-27 16:12",
        "author": "记者 李然",
        "parts": 1,
        "hits": 3175,
        "pre": "9月27日上午，县第十二届全民运动会在县体育中心开幕。副县长林晓燕出席开幕式并致辞。以下为致辞全文：",
        "video": None,
        "photo": ("/txnews/pic/2024/09/27/034698013_01.jpg", "开幕式现场，各代表队入场。（记者 李然 摄）", 4),
        "tail": "来源：桐溪新闻网　编辑：吴佳　审核：方晓东　终审：叶建华",
    },
]

OLD = [("县政府召开第41次常务会议", "034388215", "2024/03/28"), ("全县春季植树造林活动有序开展", "034301762", "2024/03/12")]


def art_url(a, n=1):
    return f"/txnews/system/{a['day']}/{a['num']}{'' if n == 1 else f'_{n}'}.shtml"


def pager(a, n):
    if a["parts"] == 1:
        return ""
    items = []
    if n > 1:
        items.append(f'<a href="{art_url(a, n - 1)}">[上一页]</a>')
    for k in range(1, a["parts"] + 1):
        items.append(f'<span class="cur">[{k}]</span>' if k == n else f'<a href="{art_url(a, k)}">[{k}]</a>')
    if n < a["parts"]:
        items.append(f'<a href="{art_url(a, n + 1)}">[下一页]</a>')
    return '<div id="displaypagenum"><center>' + " ".join(items) + "</center></div>"


def art_page(a, other, n, runs):
    speech = a["speech"]
    ps = []
    if n == 1:
        if a["video"]:
            src, cap = a["video"]
            ps.append(f'<div class="video-wrap" style="text-align:center"><video id="txplayer" controls="controls" preload="none" width="640" height="360" '
                      f'poster="{src[:-4]}.jpg" src="{src}">您的浏览器不支持视频播放</video></div>')
            ps.append(f'<p style="text-align:center;text-indent:0;color:#666666">{cap}</p>')
        ps.append(f"<p>　　{a['pre']}</p>")
    for i, para in enumerate(runs[n - 1]):
        ps.append(f"<p>　　{para}</p>")
        if a["photo"] and n == 1 and i == a["photo"][2] - 1:
            src, cap, _ = a["photo"]
            ps.append(f'<p style="text-align:center"><img src="{src}" border="0" alt="" /></p>')
            ps.append(f'<p style="text-align:center"><font color="#0000ff">{cap}</font></p>')
    if n == a["parts"]:
        ps.append(f'<p style="text-align:right">{a["tail"]}</p>')
    title = speech.title if n == 1 else f"{speech.title}(2)"
    page = HEAD + """<div class="w1000 location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/txnews/txyw/">桐溪要闻</a> &gt;&gt; 正文</div>
<div class="w1000 clearfix">
<div class="main-left">
<div class="artical">
  <h1 class="atitle">@@H1@@</h1>
  <div class="ainfo">
    <span class="time">@@TIME@@</span>
    <span class="src">来源：<a href="/">桐溪新闻网</a></span>
    <span class="author">作者：@@AUTHOR@@</span>
    <span class="hits">浏览量：<script type="text/javascript" src="/txnews/hits.php?id=@@NUM@@"></script></span>
    <span class="zihao">【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span>
  </div>
  <div class="acontent" id="zoom">
<!--正文开始-->
@@BODY@@
<!--正文结束-->
  </div>
@@PAGER@@
  <div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">新浪微博</a> <a href="javascript:;" class="qz">QQ空间</a></div>
  <div class="prenext">
    <p>上一篇：<a href="@@PREV_URL@@">@@PREV_TITLE@@</a></p>
    <p>下一篇：@@NEXT@@</p>
  </div>
  <div class="relate"><h3>相关新闻</h3><ul>
    <li><a href="@@OTHER_URL@@">@@OTHER_TITLE@@</a><span>@@OTHER_DAY@@</span></li>
    <li><a href="/txnews/system/2024/03/12/034301762.shtml">全县春季植树造林活动有序开展</a><span>2024-03-12</span></li>
  </ul></div>
</div>
</div>
<div class="main-right">
  <div class="rbox"><h3>热点排行</h3><ol>
    <li><a href="@@OTHER_URL@@">@@OTHER_TITLE@@</a></li>
    <li><a href="/txnews/system/2024/03/28/034388215.shtml">县政府召开第41次常务会议</a></li>
    <li><a href="/txnews/msgz/">桐溪城区公交线路优化调整</a></li>
  </ol></div>
  <div class="rbox qr"><img src="/txnews/images/txfb_qr.jpg" alt="" /><p>扫一扫，关注“桐溪发布”</p></div>
</div>
</div>
""" + FOOT
    return render(page, TITLE=f"{title}-桐溪新闻网", KEYWORDS=speech.title, DESC=a["pre"][:70], PATH=art_url(a, n), H1=speech.title,
                  TIME=a["time"], AUTHOR=a["author"], NUM=a["num"], BODY="\n".join(ps), PAGER=pager(a, n),
                  PREV_URL=f"/txnews/system/{OLD[0][2]}/{OLD[0][1]}.shtml" if a["time"] < other["time"] else art_url(other),
                  PREV_TITLE=OLD[0][0] if a["time"] < other["time"] else other["speech"].title,
                  NEXT=f'<a href="{art_url(other)}">{other["speech"].title}</a>' if a["time"] < other["time"] else "没有了",
                  OTHER_URL=art_url(other), OTHER_TITLE=other["speech"].title, OTHER_DAY=other["time"][:10])


def build() -> Family:
    fam = Family(HOST, "county news portal on 浙报 天目云 / zjol county-site template (GBK, /system/Y/M/D/N.shtml, [1] [2] [下一页])",
                 encoding=ENC, content_type="text/html; charset=GBK")
    newest = sorted(ARTS, key=lambda a: a["time"], reverse=True)
    rows = "\n".join(f'    <li><a href="{art_url(a)}" target="_blank">{a["speech"].title}</a><span class="date">{a["time"][:10]}</span></li>' for a in newest)
    old_rows = "\n".join(f'    <li><a href="/txnews/system/{d}/{num}.shtml" target="_blank">{t}</a><span class="date">{d.replace("/", "-")}</span></li>' for t, num, d in OLD)
    listing = HEAD + """<div class="w1000 location">您现在的位置：<a href="/">首页</a> &gt;&gt; 桐溪要闻</div>
<div class="w1000 clearfix"><div class="main-left"><div class="list-box">
  <ul class="news-list">
@@ROWS@@
  </ul>
  <div class="list-page">@@PAGER@@</div>
</div></div></div>
""" + FOOT
    fam.put("/txnews/txyw/index.shtml", render(listing, TITLE="桐溪要闻-桐溪新闻网", KEYWORDS="桐溪要闻", DESC="桐溪要闻", PATH="/txnews/txyw/", ROWS=rows,
                                                PAGER='共2页　<span class="cur">1</span> <a href="/txnews/txyw/index_2.shtml">2</a> <a href="/txnews/txyw/index_2.shtml">下一页</a> <a href="/txnews/txyw/index_2.shtml">尾页</a>'), ENC)
    fam.put("/txnews/txyw/index_2.shtml", render(listing, TITLE="桐溪要闻-桐溪新闻网", KEYWORDS="桐溪要闻", DESC="桐溪要闻", PATH="/txnews/txyw/index_2.shtml", ROWS=old_rows,
                                                  PAGER='共2页　<a href="/txnews/txyw/index.shtml">首页</a> <a href="/txnews/txyw/index.shtml">上一页</a> <a href="/txnews/txyw/index.shtml">1</a> <span class="cur">2</span>'), ENC)
    fam.put("/txnews/txyw/", fam.files["txnews/txyw/index.shtml"].decode(ENC), ENC)
    a0 = ARTS[0]
    home = HEAD + """<div class="w1000 clearfix">
  <div class="headline"><h2><a href="@@HL_URL@@" target="_blank">@@HL_TITLE@@</a></h2><p>@@HL_DESC@@</p></div>
  <div class="home-left">
    <div class="box"><div class="box-t"><h3>桐溪要闻</h3><a class="more" href="/txnews/txyw/">更多&gt;&gt;</a></div><ul class="news-list">
@@ROWS@@
    </ul></div>
  </div>
  <div class="home-right">
    <div class="box"><div class="box-t"><h3>视听桐溪</h3></div><div class="v-item"><a href="@@HL_URL@@" target="_blank"><img src="@@POSTER@@" alt="" /><span class="play"></span></a><p><a href="@@HL_URL@@" target="_blank">全县乡村振兴重点工作推进会召开</a></p></div></div>
    <div class="box qr"><img src="/txnews/images/txfb_qr.jpg" alt="" /><p>扫一扫，关注“桐溪发布”</p></div>
  </div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="桐溪新闻网_桐溪县融媒体中心主办", KEYWORDS="桐溪新闻网,桐溪新闻,桐溪县", DESC="桐溪新闻网是桐溪县唯一的重点新闻网站", PATH="/",
                        HL_URL=art_url(newest[0]), HL_TITLE=newest[0]["speech"].title, HL_DESC=newest[0]["pre"][:40] + "……",
                        ROWS=rows + "\n" + old_rows, POSTER=a0["video"][0][:-4] + ".jpg"), ENC)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /txnews/hits.php\nDisallow: /search/\n", ENC)
    fam.not_documents += ["/", "/txnews/txyw/index.shtml", "/txnews/txyw/index_2.shtml"]
    for i, a in enumerate(ARTS):
        runs = split_paras(a["speech"].paras, a["parts"]) if a["parts"] > 1 else [list(a["speech"].paras)]
        pages = []
        for n in range(1, a["parts"] + 1):
            fam.put(art_url(a, n), art_page(a, ARTS[1 - i], n, runs), ENC)
            pages.append(art_url(a, n))
            if n > 1:
                fam.not_documents.append(art_url(a, n))
        fam.doc(pages, a["speech"], published_at=a["time"][:10])
    fam.note = "the news preamble, the video caption, the photo caption and the 来源/编辑/审核/终审 line are inside #zoom; page 2 of the first speech is a continuation"
    fam.noise += ["现将讲话全文刊发如下", "以下为致辞全文", "视频：全县乡村振兴重点工作推进会召开", "（记者 李然 摄）", "终审：叶建华", "来源：桐溪新闻网　编辑：",
                  "浏览量：", "【字号：", "相关新闻", "热点排行", "浙ICP备05038127号", "技术支持：天目云"]
    return fam
