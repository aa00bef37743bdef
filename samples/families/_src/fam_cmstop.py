"""A provincial news portal (湘江在线) on CmsTop (思拓合众): static `.shtml` articles at
`/system/2024/03/12/030012345.shtml`, one long speech continued at `030012345_2.shtml` / `_3.shtml`
through CmsTop's content pager; `div.article-content#content` (`fontSizeSmall BSHARE_POP`), the
`article-infos` line (time / 来源 / 作者 / 编辑 / 【纠错】), a photo with its caption paragraph inside
the text, the `article-editor` 责任编辑 line and the bdshare 分享到 bar after it, CmsTop's mood (心情)
box, 相关新闻, the comment box and the stat script (`app=system&controller=content&action=stat`).
nginx sends `.shtml` as `text/html` with no charset; the meta says gb2312, the bytes are GBK."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.xiangjiang-cmstop.test"
SITE = "湘江在线"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://img.xiangjiang-cmstop.test/templates/xjzx/css/common.css" rel="stylesheet" type="text/css" />
<link href="http://img.xiangjiang-cmstop.test/templates/xjzx/css/@@CSS@@.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var APP_URL = 'http://app.xiangjiang-cmstop.test/';
var IMG_URL = 'http://img.xiangjiang-cmstop.test/';
var WWW_URL = 'http://www.xiangjiang-cmstop.test/';
var SPACE_URL = 'http://space.xiangjiang-cmstop.test/';
</script>
<script type="text/javascript" src="http://img.xiangjiang-cmstop.test/js/jquery.js"></script>
<script type="text/javascript" src="http://img.xiangjiang-cmstop.test/js/config.js"></script>
<script type="text/javascript" src="http://img.xiangjiang-cmstop.test/js/cmstop.js"></script>
</head>
<body>
<div class="topbar"><div class="w960"><span class="f-l">欢迎访问湘江在线！</span><span class="f-r" id="member"><a href="http://passport.xiangjiang-cmstop.test/?app=member&amp;controller=index&amp;action=login">登录</a> | <a href="http://passport.xiangjiang-cmstop.test/?app=member&amp;controller=index&amp;action=register">注册</a></span></div></div>
<div class="header w960"><div class="logo"><a href="/"><img src="http://img.xiangjiang-cmstop.test/templates/xjzx/images/logo.png" alt="湘江在线" /></a></div>
<div class="search"><form action="http://app.xiangjiang-cmstop.test/?app=search&amp;controller=index&amp;action=search" method="get" target="_blank"><input type="hidden" name="app" value="search" /><input type="text" name="wd" class="input" value="" /><input type="submit" class="btn" value="搜 索" /></form></div></div>
<div class="nav w960"><ul>
<li><a href="/">首页</a></li>
<li><a href="/szyw/index.shtml">时政要闻</a></li>
<li><a href="javascript:;">本省新闻</a></li>
<li><a href="javascript:;">市州新闻</a></li>
<li><a href="javascript:;">财经</a></li>
<li><a href="javascript:;">文化</a></li>
<li><a href="javascript:;">图片</a></li>
<li><a href="javascript:;">视频</a></li>
</ul></div>
"""

FOOT = """<div class="footer w960">
<p><a href="javascript:;">关于我们</a> | <a href="javascript:;">广告服务</a> | <a href="javascript:;">联系方式</a> | <a href="javascript:;">版权声明</a> | <a href="javascript:;">网站地图</a></p>
<p>湘江在线版权所有，未经书面授权禁止使用　违法和不良信息举报电话：0731-84321234</p>
<p>互联网新闻信息服务许可证：43120170001　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备10201234号-1</a>　湘公网安备 43010202000321号</p>
<p>Powered by <a href="http://www.cmstop.com/" target="_blank">CmsTop</a></p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3e5d7c1b9a0f2e4d6c8b0a2f4e6d8c0b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTICLES = [
    {
        "speech": SPEECHES["cmstop-1"],
        "path": "/system/2024/03/12/030012345",
        "contentid": 30012345,
        "time": "2024-03-12 10:26",
        "source": "湘江日报",
        "author": "记者 周晓东",
        "editor": "罗丹",
        "pages": 3,
        "photo": ("http://img.xiangjiang-cmstop.test/2024/0312/20240312102604321.jpg",
                  "3月11日，全省县域商业体系建设推进会在宁乡召开。湘江日报全媒体记者 刘涛 摄"),
        "lead": None,
    },
    {
        "speech": SPEECHES["cmstop-2"],
        "path": "/system/2024/02/27/030011876",
        "contentid": 30011876,
        "time": "2024-02-27 18:42",
        "source": "湘江在线",
        "author": "",
        "editor": "谭思远",
        "pages": 1,
        "photo": None,
        "lead": "湘江在线2月27日讯　今天下午，全省春季农业生产暨耕地保护工作电视电话会议召开，对当前春耕备耕和耕地保护工作进行部署。现将副省长在会上的讲话摘要刊发如下。",
    },
]

RELATED = [
    ("/system/2024/03/11/030012298.shtml", "全省县域商业体系建设推进会召开"),
    ("/system/2024/03/08/030012107.shtml", "我省新增三个国家级县域商业“领跑县”"),
    ("/system/2024/02/26/030011840.shtml", "春耕备耕正当时 各地抢抓农时忙生产"),
]


def pager(base, current, last):
    if last == 1:
        return ""
    names = [f"{base}.shtml"] + [f"{base}_{n}.shtml" for n in range(2, last + 1)]
    short = [n.rsplit("/", 1)[-1] for n in names]
    parts = []
    if current > 1:
        parts.append(f'<a href="{short[current - 2]}" class="prev">上一页</a>')
    for n in range(1, last + 1):
        parts.append(f'<span class="now">{n}</span>' if n == current else f'<a href="{short[n - 1]}">{n}</a>')
    if current < last:
        parts.append(f'<a href="{short[current]}" class="next">下一页</a>')
    return '<div class="page-nav" id="page">' + "\n".join(parts) + "</div>\n"


def article_page(art, page, runs):
    speech = art["speech"]
    last = art["pages"]
    inner = ""
    if page == 1 and art["lead"]:
        inner += f"<p>　　{art['lead']}</p>\n"
    run = runs[page - 1]
    for k, para in enumerate(run):
        inner += f"<p>　　{para}</p>\n"
        if page == 1 and k == 1 and art["photo"]:
            src, cap = art["photo"]
            inner += (f'<p style="text-align: center;"><img src="{src}" border="0" alt="" /></p>\n'
                      f'<p style="text-align: center;">{cap}</p>\n')
    author = f'<span class="author">作者：{art["author"]}</span>' if art["author"] else ""
    cid = art["contentid"]
    related = "\n".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in RELATED)
    body = f"""<div class="w960 crumb">您的位置：<a href="/">首页</a> &gt; <a href="/szyw/index.shtml">时政要闻</a> &gt; 正文</div>
<div class="w960 main clearfix">
<div class="col-l">
<div class="article">
<h1 class="article-title">{speech.title}</h1>
<div class="article-infos"><span class="date">{art['time']}</span><span class="source">来源：{art['source']}</span>{author}<span class="editor">编辑：{art['editor']}</span><span class="fontsize">字号：<a href="javascript:;" onclick="fontZoom('fontSizeBig')">T</a>|<a href="javascript:;" onclick="fontZoom('fontSizeSmall')">T</a></span><a class="jiucuo" href="http://app.xiangjiang-cmstop.test/?app=system&amp;controller=correct&amp;action=add&amp;contentid={cid}" target="_blank">【纠错】</a></div>
<div class="article-content fontSizeSmall BSHARE_POP" id="content">
{inner}</div>
{pager(art['path'], page, last)}<div class="article-editor">[责任编辑：{art['editor']}]</div>
<div class="article-share clearfix"><span class="f-l">分享到：</span><div class="bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script></div>
<div class="mood" id="mood"><h3>您此时的心情</h3><script type="text/javascript" src="http://app.xiangjiang-cmstop.test/?app=mood&amp;controller=index&amp;action=show&amp;contentid={cid}"></script></div>
<div class="related"><h3>相关新闻</h3><ul>
{related}
</ul></div>
<div class="comment-box"><h3>网友评论</h3><form id="commentForm" action="http://app.xiangjiang-cmstop.test/?app=comment&amp;controller=comment&amp;action=add" method="post"><input type="hidden" name="topicid" value="{cid + 1000}" /><textarea name="content" cols="60" rows="5"></textarea><p>用户名：<input type="text" name="username" /> <label><input type="checkbox" name="anonymous" value="1" checked="checked" />匿名发表</label> <input type="submit" value="发表评论" /></p></form><p class="comment-tip">已有<em id="comments">0</em>人参与　<a href="http://app.xiangjiang-cmstop.test/?app=comment&amp;controller=review&amp;action=index&amp;topicid={cid + 1000}" target="_blank">查看全部评论</a></p></div>
</div>
</div>
<div class="col-r">
<div class="box"><h3>热点排行</h3><ol><li><a href="/system/2024/03/10/030012201.shtml">全省两会精神宣讲活动启动</a></li><li><a href="/system/2024/03/09/030012166.shtml">长沙地铁新线开通初期运营</a></li><li><a href="/system/2024/03/07/030012088.shtml">我省出台促进民营经济发展二十条措施</a></li></ol></div>
<div class="box ad"><script type="text/javascript" src="http://app.xiangjiang-cmstop.test/?app=ad&amp;controller=ad&amp;action=show&amp;id=18"></script></div>
</div>
</div>
<script type="text/javascript" src="http://app.xiangjiang-cmstop.test/?app=system&amp;controller=content&amp;action=stat&amp;contentid={cid}"></script>
"""
    suffix = "" if page == 1 else f"({page})"
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}{suffix}_时政要闻_{SITE}",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:70],
        CSS="article",
    )


def list_page(page):
    items = {1: [0], 2: [1]}[page]
    lis = ""
    if page == 1:
        lis += '<li><span class="date">2024-03-12 16:05</span><a href="/system/2024/03/12/030012371.shtml" target="_blank">省政府常务会议研究部署一季度经济运行工作</a></li>\n'
    for i in items:
        art = ARTICLES[i]
        lis += f'<li><span class="date">{art["time"]}</span><a href="{art["path"]}.shtml" target="_blank">{art["speech"].title}</a></li>\n'
    if page == 1:
        lis += '<li><span class="date">2024-03-11 20:13</span><a href="/system/2024/03/11/030012298.shtml" target="_blank">全省县域商业体系建设推进会召开</a></li>\n'
    else:
        lis += '<li><span class="date">2024-02-26 19:30</span><a href="/system/2024/02/26/030011840.shtml" target="_blank">春耕备耕正当时 各地抢抓农时忙生产</a></li>\n'
    nav = ('<span class="now">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml" class="next">下一页</a>'
           if page == 1 else '<a href="index.shtml" class="prev">上一页</a><a href="index.shtml">1</a><span class="now">2</span>')
    body = f"""<div class="w960 crumb">您的位置：<a href="/">首页</a> &gt; 时政要闻</div>
<div class="w960 main clearfix"><div class="col-l">
<div class="list-box"><h2>时政要闻</h2><ul class="list">
{lis}</ul>
<div class="page-nav" id="page">{nav}</div></div>
</div></div>
"""
    return render(HEAD + body + FOOT, TITLE=f"时政要闻_{SITE}", KEYWORDS="时政要闻", DESC="湘江在线时政要闻", CSS="list")


def home():
    art = ARTICLES[0]
    body = f"""<div class="w960 headline"><h2><a href="{art['path']}.shtml" target="_blank">{art['speech'].title}</a></h2>
<p><a href="/system/2024/03/12/030012371.shtml">省政府常务会议研究部署一季度经济运行工作</a> | <a href="/system/2024/03/11/030012298.shtml">全省县域商业体系建设推进会召开</a></p></div>
<div class="w960 main clearfix"><div class="col-l"><div class="box"><h3><a href="/szyw/index.shtml">时政要闻</a><a class="more" href="/szyw/index.shtml">更多&gt;&gt;</a></h3><ul>
<li><a href="{art['path']}.shtml" target="_blank">{art['speech'].title}</a></li>
<li><a href="/system/2024/03/12/030012371.shtml" target="_blank">省政府常务会议研究部署一季度经济运行工作</a></li>
</ul></div></div></div>
"""
    return render(HEAD + body + FOOT, TITLE=f"{SITE}_湖湘第一新闻门户", KEYWORDS="湘江在线,新闻", DESC="湘江在线", CSS="index")


def build() -> Family:
    fam = Family(
        HOST,
        "provincial news portal on CmsTop: /system/Y/M/D/0300NNNNN.shtml, content pager to _2/_3.shtml, article-content, 纠错, 责任编辑, mood box, GBK",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put("/szyw/index.shtml", list_page(1))
    fam.put("/szyw/index_2.shtml", list_page(2))
    fam.not_documents += ["/", "/szyw/index.shtml", "/szyw/index_2.shtml"]
    for art in ARTICLES:
        speech = art["speech"]
        last = art["pages"]
        runs = split_paras(speech.paras, last) if last > 1 else [speech.paras]
        pages = [f"{art['path']}.shtml"] + [f"{art['path']}_{n}.shtml" for n in range(2, last + 1)]
        for n, path in enumerate(pages, 1):
            fam.put(path, article_page(art, n, runs))
        fam.not_documents += pages[1:]
        fam.doc(pages, speech, published_at=art["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /apps/\n")
    fam.noise += [
        "来源：湘江日报",
        "来源：湘江在线",
        "作者：记者 周晓东",
        "编辑：罗丹",
        "【纠错】",
        "字号：",
        "责任编辑：罗丹",
        "责任编辑：谭思远",
        "分享到：",
        "您此时的心情",
        "相关新闻",
        "全省县域商业体系建设推进会召开",
        "网友评论",
        "热点排行",
        "下一页",
        "上一页",
        "湘江日报全媒体记者 刘涛 摄",
        "3月11日，全省县域商业体系建设推进会在宁乡召开。",
        "湘江在线2月27日讯",
        "现将副省长在会上的讲话摘要刊发如下。",
        "湘ICP备10201234号-1",
        "您的位置",
    ]
    return fam
