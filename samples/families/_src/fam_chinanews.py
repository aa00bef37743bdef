"""中国新闻网 (chinanews.com.cn) article pages, the 2023 template: `/gn/2024/05-16/10218NNN.shtml`,
XHTML 1.0 Transitional doctype, the CMS's `filetype` / `publishedtype` / `pagetype` / `catalogs` /
`contentid` / `publishdate` / `source` meta tags, `h1.content_left_title`, the
`content_left_time` line (`2024-05-16 10:23　来源：中国新闻网　参与互动`), the `bdsharebuttonbox` share
bar, `div.left_zw` with full-width-indented `<p>`s: a `中新网…电` dispatch lead ending
`讲话全文如下：`, a `left_ph` photo with a centered `中新社记者 … 摄` caption, the `adInContent`
画中画 ad table inside the text, `(完)`, then `div.left_name` with `【编辑:…】`, 相关新闻 (`xgxw`),
图片/视频 recommendation boxes and the 中新网 footer (京ICP证040655号). Home `/` links the 滚动
page `/scroll-news/news1.html` (`content_list` rows: `dd_lm` channel, `dd_bt` title, `dd_time`),
which pages to `news2.html` through `#pagediv`."""

from common import SPEECHES, Family

HOST = "www.zhongxin-wang.test"

ARTICLES = [
    # speech, channel, doc id, time, source, lead, photo after n, caption, editor
    (
        SPEECHES["ZX1"],
        "gn",
        "10218364",
        "2024-05-16 10:23",
        "中国新闻网",
        "中新网5月16日电 据“青川发布”微信公众号消息，5月15日，全省高标准农田建设暨夏粮生产现场推进会在临川县召开。副省长周建民出席会议并讲话。讲话全文如下：",
        2,
        "图为临川县石桥镇新建成的高标准农田，小麦长势良好。中新社记者 黄文山 摄",
        "刘欢",
    ),
    (
        SPEECHES["ZX2"],
        "sh",
        "10218907",
        "2024-05-16 21:47",
        "中新网上海新闻",
        "中新网上海5月16日电 (记者 陈静)第三届长三角青年创新创业大赛16日在上海开幕。大赛组委会主任、团市委书记吴晓在开幕式上致辞。以下为致辞全文：",
        None,
        None,
        "黄钰涵",
    ),
]
MORE = [
    ("gn", "10218411", "国家防总启动防汛四级应急响应", "2024-05-16 11:05"),
    ("cj", "10218563", "前4个月全国规模以上工业增加值同比增长6.2%", "2024-05-16 14:12"),
    ("sh", "10218720", "上海发布促进青年就业创业十二条措施", "2024-05-16 17:30"),
    ("gj", "10218104", "第77届世界卫生大会将于下周开幕", "2024-05-15 22:18"),
    ("cul", "10218032", "“5·18国际博物馆日”主会场活动即将启幕", "2024-05-15 20:41"),
]
CHANNEL = {"gn": "国内", "sh": "社会", "cj": "财经", "gj": "国际", "cul": "文化"}


def url(ch, doc, stamp):
    return f"/{ch}/{stamp[:4]}/{stamp[5:7]}-{stamp[8:10]}/{doc}.shtml"


def head(title, kw, desc, meta=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<title>{title}</title>
{meta}<link href="/part/2023/css/common.css" rel="stylesheet" type="text/css" />
<link href="/part/2023/css/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/part/2023/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<!--头部 start-->
<div class="top_nav_bg"><div class="top_nav w1200"><div class="logo"><a href="/"><img src="/part/2023/images/logo.png" alt="中国新闻网" /></a></div>
<ul class="nav_navcon"><li><a href="/">首页</a></li><li><a href="/china/">时政</a></li><li><a href="/society/">社会</a></li><li><a href="/world/">国际</a></li><li><a href="/finance/">财经</a></li><li><a href="/culture/">文化</a></li><li><a href="/scroll-news/news1.html">滚动</a></li></ul>
<div class="top_search"><form action="https://sou.chinanews.com.cn/search.do" method="get" target="_blank"><input type="text" name="q" class="search_input" /><input type="submit" value="搜索" /></form></div></div></div>
<!--头部 end-->
"""


FOOT = """<!--底部 start-->
<div class="bottom w1200">
<div class="bottom_link"><a href="/common/footer/aboutus.shtml" target="_blank">关于我们</a> | <a href="/common/footer/intro.shtml" target="_blank">About us</a> | <a href="/common/footer/contact.shtml" target="_blank">联系我们</a> | <a href="/common/footer/news-service.shtml" target="_blank">广告服务</a> | <a href="/common/footer/law.shtml" target="_blank">法律声明</a> | <a href="/common/footer/job.shtml" target="_blank">招聘信息</a> | <a href="/common/footer/sitemap.shtml" target="_blank">网站地图</a></div>
<div class="bottom_txt">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br />
未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br />
[<a href="https://www.chinanews.com.cn/shipin/2020/06-11/news858331.shtml" target="_blank">网上传播视听节目许可证（0106168)</a>] [<a href="https://beian.miit.gov.cn" target="_blank">京ICP证040655号</a>] [京公网安备 11000002003042号] [互联网新闻信息服务许可证10120170020]<br />
总机：86-10-87826688　违法和不良信息举报电话：15699788000　举报邮箱：jubao@chinanews.com.cn<br />
Copyright &copy;1999-2024 chinanews.com. All Rights Reserved</div>
</div>
<!--底部 end-->
<script type="text/javascript" src="/part/2023/js/bdshare.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?0da10fbf73cda14a786cd75b91f6beab";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
<script type="text/javascript" src="//www.chinanews.com.cn/part/cns_stat.js"></script>
</body>
</html>
"""


def article(i):
    speech, ch, doc, stamp, source, lead, photo, caption, editor = ARTICLES[i]
    ps = [f"<p>　　{lead}</p>"]
    for n, para in enumerate(speech.paras):
        ps.append(f"<p>　　{para}</p>")
        if n == photo:
            ps.append(
                f'<div class="left_ph" align="center"><img src="//i2.chinanews.com.cn/simg/cmshd/2024/05/16/{doc[-4:]}a1e7c5b24f0b9d6c2a8e.jpg" alt="" width="600" /></div>'
                f'<p style="text-align:center">{caption}</p>'
            )
        if n == len(speech.paras) // 2:
            ps.append(
                '<table border="0" cellspacing="0" cellpadding="0" align="left" class="adInContent"><tr><td><!--画中画--><div id="adhzh"><script type="text/javascript">cnsAd("hzh_300x250");</script><a href="https://www.chinanews.com.cn/tp/hd2011/" target="_blank"><img src="/part/2023/images/ad_hzh.jpg" alt="中新网精品图集" /></a></div></td></tr></table>'
            )
    ps.append("<p>　　(完)</p>")
    other = ARTICLES[1 - i]
    rel = [(url(other[1], other[2], other[3]), other[0].title, other[3][:10])] + [
        (url(c, d, s), t, s[:10]) for c, d, t, s in MORE[:3]
    ]
    xgxw = "".join(
        f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in rel
    )
    meta = (
        '<meta name="filetype" content="0">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
        f'<META name="catalogs" content="{ch}">\n<META name="contentid" content="{doc}">\n'
        f'<META name="publishdate" content="{stamp[:10]}">\n<META name="author" content="{editor}">\n'
        f'<META name="source" content="来源：{source}">\n'
    )
    kw = "高标准农田,夏粮生产,粮食安全" if i == 0 else "长三角,青年,创新创业"
    return (
        head(f"{speech.title}-中新网", kw, lead[:90], meta)
        + f"""<div class="content w1200">
<div class="content_left">
<div class="content_nav"><a href="/">首页</a> &gt; <a href="/{ch}.shtml">{CHANNEL[ch]}</a> &gt; 正文</div>
<div class="content_maincontent_more">
<h1 class="content_left_title" id="cont_1_1_1">{speech.title}</h1>
<div class="content_left_time">{stamp}　来源：<a href="https://www.chinanews.com.cn" target="_blank">{source}</a>　<span class="pl_bg"><a href="javascript:void(0);" class="to_comment">参与互动</a></span></div>
<div class="share_con"><div class="bdsharebuttonbox" data-tag="share_1"><span class="share_txt">分享到：</span><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div></div>
<div class="content_maincontent_content" id="cont_1_1_2">
<!--正文start-->
<div class="left_zw" style="position:relative">
{chr(10).join(ps)}
</div>
<!--正文end-->
<div id="function_code_page"></div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{editor}】</div></div></div>
</div>
<div class="share_con share_bottom"><div class="bdsharebuttonbox" data-tag="share_2"><span class="share_txt">分享到：</span><a href="#" class="bds_tsina" data-cmd="tsina"></a><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_qzone" data-cmd="qzone"></a></div></div>
<div class="xgxw"><div class="xgxwtit"><span>相关新闻</span></div><ul>{xgxw}</ul></div>
<div class="tpzs"><div class="tpzstit">图片推荐</div><ul><li><a href="https://www.chinanews.com.cn/tp/hd2011/2024/05-16/1107281.shtml" target="_blank"><img src="/part/2023/images/tp1.jpg" alt="" /><p>航拍初夏麦田 金色麦浪翻滚</p></a></li></ul></div>
<div class="spzs"><div class="spzstit">视频推荐</div><ul><li><a href="https://www.chinanews.com.cn/shipin/2024/05-16/news989213.shtml" target="_blank">【新闻现场】多地农机整装待发备战“三夏”</a></li></ul></div>
<div id="SOHUCS" class="comment_box"><div class="cmt_tit">网友评论</div><p class="cmt_tip">请您文明上网、理性发言并遵守相关规定。</p></div>
</div>
</div>
<div class="content_right">
<div class="rdph"><div class="rdphtit">热点排行</div><ol><li><a href="{url(*MORE[3][:2], MORE[3][3])}" target="_blank">{MORE[3][2]}</a></li><li><a href="{url(*MORE[4][:2], MORE[4][3])}" target="_blank">{MORE[4][2]}</a></li></ol></div>
<div class="ad_right"><script type="text/javascript">cnsAd("right_300x250");</script></div>
</div>
</div>
"""
        + FOOT
    )


def scroll(page, rows, pager):
    lis = "".join(
        f'<li><div class="dd_lm">[<a href="/{c}.shtml">{CHANNEL[c]}</a>]</div><div class="dd_bt"><a href="{url(c, d, s)}">{t}</a></div><div class="dd_time">{int(s[5:7])}-{int(s[8:10])} {s[11:16]}</div></li>\n'
        for c, d, t, s in rows
    )
    return (
        head("滚动新闻-中国新闻网-梳理天下新闻", "滚动新闻,即时新闻,中新网", "中国新闻网滚动新闻")
        + f"""<div class="w1200 content_list_box">
<div class="content_list_tit"><h2>即时新闻</h2><span class="dd_date">2024年05月16日</span></div>
<div class="content_list">
<ul>
{lis}</ul>
</div>
<div id="pagediv">{pager}</div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "中国新闻网 (chinanews.com.cn) 2023 article template: left_zw, 中新网…电 lead, 【编辑:…】",
    )
    rows = [(a[1], a[2], a[0].title, a[3]) for a in ARTICLES]
    page1 = [rows[1], (MORE[2][0], MORE[2][1], MORE[2][2], MORE[2][3]), (MORE[1][0], MORE[1][1], MORE[1][2], MORE[1][3]), (MORE[0][0], MORE[0][1], MORE[0][2], MORE[0][3])]
    page2 = [rows[0], (MORE[3][0], MORE[3][1], MORE[3][2], MORE[3][3]), (MORE[4][0], MORE[4][1], MORE[4][2], MORE[4][3])]
    fam.put(
        "/scroll-news/news1.html",
        scroll(1, page1, '<span class="cur">1</span><a href="news2.html">2</a><a href="news2.html">下一页</a>'),
    )
    fam.put(
        "/scroll-news/news2.html",
        scroll(2, page2, '<a href="news1.html">上一页</a><a href="news1.html">1</a><span class="cur">2</span>'),
    )
    home_list = "".join(
        f'<li><a href="{url(c, d, s)}" target="_blank">{t}</a></li>' for c, d, t, s in page1[:3]
    )
    fam.put(
        "/",
        head("中国新闻网_梳理天下新闻", "中国新闻网,中新网,新闻,时政,国际,财经", "中国新闻网是知名的中文新闻门户网站，全球中文新闻资讯发布的重要平台。")
        + f"""<div class="w1200 index_main">
<div class="index_top_news"><h1><a href="{url(*rows[1][:2], rows[1][3])}" target="_blank">{rows[1][2]}</a></h1></div>
<div class="index_jsxw"><div class="index_tit"><a href="/scroll-news/news1.html" target="_blank">即时新闻</a><a href="/scroll-news/news1.html" class="more" target="_blank">更多&gt;&gt;</a></div>
<ul class="index_jsxw_list">{home_list}</ul></div>
</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", "/scroll-news/news1.html", "/scroll-news/news2.html"]
    for i, (speech, ch, doc, stamp, *_r) in enumerate(ARTICLES):
        fam.put(url(ch, doc, stamp), article(i))
        fam.doc([url(ch, doc, stamp)], speech, published_at=stamp[:10])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "中新网5月16日电",
        "讲话全文如下：",
        "中新网上海5月16日电",
        "以下为致辞全文：",
        "中新社记者 黄文山 摄",
        "(完)",
        "【编辑:刘欢】",
        "【编辑:黄钰涵】",
        "来源：",
        "参与互动",
        "分享到：",
        "中新网精品图集",
        "相关新闻",
        "国家防总启动防汛四级应急响应",
        "图片推荐",
        "航拍初夏麦田 金色麦浪翻滚",
        "视频推荐",
        "网友评论",
        "请您文明上网、理性发言并遵守相关规定。",
        "热点排行",
        "京ICP证040655号",
        "本网站所刊载信息，不代表中新社和中新网观点。",
        "-中新网",
    ]
    fam.note = "the dispatch lead (中新网…电 … 全文如下：) and (完) are not speech; the 画中画 ad table sits between paragraphs"
    return fam
