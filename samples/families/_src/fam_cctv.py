"""央视网 (news.cctv.com) article pages, the 2019 改版 template: `/2024/05/28/ARTI<20 chars><yymmdd>.shtml`,
`spm-id`, `filetype` / `catalogs` / `contentid` / `publishdate` / `source` meta tags and the
`var commentTitle` / `itemid1` script; a `title_area` with `h1` and the `info1` line (`来源：央视网 |
2024年05月28日 19:34:11`); the video player block (`#vspace` / `#myFlash` filled by
`createVodPlayer` with a `guid`) and its `视频：…` caption right above the text; `div.content_area`
with `<p style="text-indent: 2em;">` paragraphs, an `央视网消息：` lead, a `photo_img_20190808` picture
with a caption; `div.zebian` (编辑 / 责任编辑) after the text, the share bar, 相关新闻 and 热点推荐. The
first speech runs over two pages (`…_2.shtml`) joined by `div.page_list`; the second ends with a
`（来源：…）` reprint line. Home `/` and the channel page `/china/` (its `index_2.shtml`) list them."""

from common import SPEECHES, Family, split_paras

HOST = "news.yangshi-wang.test"

ARTICLES = [
    # speech, ARTI id, stamp, lead, video caption, photo after n, caption, editor, chief editor, tail
    (
        SPEECHES["YS1"],
        "ARTIq7Kd2mZP0sWbVnEh4TyU240528",
        "2024-05-28 19:34:11",
        "央视网消息：5月28日，江城市召开全市防汛备汛暨安全生产工作会议，对主汛期防汛和安全生产工作进行再部署。市长刘卫东出席会议并讲话。以下为讲话全文。",
        "视频：江城部署主汛期防汛备汛工作（来源：江城广播电视台）",
        3,
        "5月27日，江城市防汛抢险队伍在江堤开展实战化演练。（江城市应急管理局供图）",
        "王思远",
        "李晓明",
        None,
    ),
    (
        SPEECHES["YS2"],
        "ARTIb3XcLw9RtF6yNa0QmJe8240525",
        "2024-05-25 11:02:47",
        "央视网消息：5月25日，2024年江城市科技活动周在市科技馆启动。副市长孙建华出席启动仪式并致辞。",
        "视频：江城科技活动周启动 百余项科普活动走进社区校园",
        None,
        None,
        "赵一凡",
        "李晓明",
        "（来源：江城市人民政府网站）",
    ),
]
MORE = [
    ("ARTIw2Hq9LxZ5cVdRk7PmTn3240528", "主汛期将至 多地开展防汛应急演练", "2024-05-28 08:15:20"),
    ("ARTIe5MtYu1NbKp8GsQz4WcA240527", "应急管理部部署汛期安全生产工作", "2024-05-27 21:40:03"),
    ("ARTIs9JfBv4DxLr2TkHn6YqE240526", "全国科技活动周各地主场活动精彩纷呈", "2024-05-26 10:22:51"),
    ("ARTIk1RpCz7GwNe3VhXb8MsD240525", "科普大篷车开进乡村小学", "2024-05-25 16:05:44"),
]


def url(arti, stamp, page=1):
    return f"/{stamp[:4]}/{stamp[5:7]}/{stamp[8:10]}/{arti}{'' if page == 1 else f'_{page}'}.shtml"


def cn(stamp):
    return f"{stamp[:4]}年{stamp[5:7]}月{stamp[8:10]}日 {stamp[11:]}"


def head(title, kw, desc, meta=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta name="spm-id" content="C94212.P4YnMod9m2uD.E2PQtIunpEaz">
{meta}<link rel="stylesheet" href="//r.img.cctvpic.com/photoAlbum/templet/common/DEPA1546583592748817/style.css">
<script type="text/javascript" src="//r.img.cctvpic.com/library/script/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="//js.data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>
</head>
<body>
<!-- 通用头部 -->
<div class="header_nav" id="header_nav"><div class="column_wrapper"><div class="logo"><a href="https://www.cctv.com/" target="_blank"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/DEPA1546583592748817/logo_news.png" alt="央视网"></a></div>
<div class="nav"><a href="/" target="_blank">新闻</a><a href="/china/" target="_blank">国内</a><a href="/world/" target="_blank">国际</a><a href="/society/" target="_blank">社会</a><a href="/tech/" target="_blank">科技</a><a href="https://tv.cctv.com/lm/xwlb/" target="_blank">新闻联播</a></div></div></div>
<!-- 通用头部 end -->
"""


FOOT = """<!-- 通用底部 -->
<div class="footer_wrapper"><div class="column_wrapper">
<div class="footer_nav"><a href="https://www.cctv.com/special/guanyunew/PAGE1453358462193193/index.shtml" target="_blank">关于央视网</a> | <a href="https://www.cctv.com/special/guanyunew/PAGE1453359047218264/index.shtml" target="_blank">网站声明</a> | <a href="https://www.cctv.com/special/guanyunew/PAGE1453359102227293/index.shtml" target="_blank">联系我们</a> | <a href="https://www.cctv.com/special/guanyunew/PAGE1453359217244286/index.shtml" target="_blank">网站地图</a></div>
<p>中央广播电视总台 央视网 版权所有</p>
<p>Copyright &copy; 1996-2024 China Central Television. All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证060535号</a>　网上传播视听节目许可证(0102004)　京公网安备11000002000015号　互联网新闻信息服务许可证10120170003</p>
<p>违法和不良信息举报电话：010-68509888</p>
</div></div>
<!-- 通用底部 end -->
<script type="text/javascript" src="//r.img.cctvpic.com/photoAlbum/templet/js/jquery.qrcode.min.js"></script>
<script type="text/javascript">
with(document)with(body)with(insertBefore(createElement("script"),firstChild))setAttribute("exparams","v_id=&aplus&",id="tb-beacon-aplus",src=(location>"https"?"//js":"//js")+".data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js");
</script>
</body>
</html>
"""


def side():
    rdtj = "".join(
        f'<li><a href="{url(a, s)}" target="_blank">{t}</a></li>' for a, t, s in MORE[1:]
    )
    return f"""<div class="col_w340"><div class="ELMT4fwr2JqFv8zq4Ju6ROEq200929 rdtj"><div class="md_hd"><span class="mh_title">热点推荐</span></div>
<div class="md_bd"><ul>{rdtj}</ul></div></div>
<div class="ad_340"><script type="text/javascript">cntv_ad("wdzd_340x250");</script></div></div>
"""


def article(i, page, parts):
    speech, arti, stamp, lead, vcap, photo, caption, editor, chief, tail = ARTICLES[i]
    total = len(parts)
    ps = []
    if page == 1:
        ps.append(f'<p style="text-indent: 2em;">{lead}</p>')
    start = sum(len(p) for p in parts[: page - 1])
    for n, para in enumerate(parts[page - 1], start):
        ps.append(f'<p style="text-indent: 2em;">{para}</p>')
        if n == photo:
            ps.append(
                f'<p class="photo_img_20190808" style="text-align: center;"><img src="//p1.img.cctvpic.com/photoworkspace/contentimg/2024/05/28/2024052819{arti[4:10]}.jpg" alt="" /></p>'
                f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">{caption}</span></p>'
            )
    if page == total and tail:
        ps.append(f'<p style="text-indent: 2em;">{tail}</p>')
    pager = ""
    if total > 1:
        cells = []
        if page > 1:
            cells.append(f'<a href="{url(arti, stamp, page - 1).rsplit("/", 1)[1]}" class="prev">上一页</a>')
        for n in range(1, total + 1):
            cells.append(
                f'<span class="cur">{n}</span>' if n == page else f'<a href="{url(arti, stamp, n).rsplit("/", 1)[1]}">{n}</a>'
            )
        if page < total:
            cells.append(f'<a href="{url(arti, stamp, page + 1).rsplit("/", 1)[1]}" class="next">下一页</a>')
        pager = f'<div class="page_list" id="page_body"><div class="page">{"".join(cells)}</div></div>\n'
    video = ""
    if page == 1:
        video = f"""<div class="vspace" id="vspace"><div id="myFlash" class="myFlash"></div></div>
<script type="text/javascript">
var guid = "{arti[4:20].lower()}8c1e4a7f0b3d6e92";
var playerParas = {{divId:"myFlash", w:640, h:360, t:"news", videoCenterId:guid, id:"null", videoId:"VIDE100{arti[-6:]}", url:"https://{HOST}{url(arti, stamp)}", wmode:"opaque", isAutoPlay:"false", posterImg:"//p5.img.cctvpic.com/fmspic/2024/{stamp[5:7]}/{stamp[8:10]}/{arti[4:16]}-1.jpg", isLeftBottom:"false", isAudio:"false", isVod4k:"false", isHttps:"true"}};
createVodPlayer(playerParas);
</script>
<div class="video_title"><p>{vcap}</p></div>
"""
    other = ARTICLES[1 - i]
    rel = [(url(other[1], other[2]), other[0].title)] + [(url(a, s), t) for a, t, s in MORE[:2]]
    xgxw = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in rel)
    meta = (
        '<meta name="filetype" content="1">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
        '<meta name="catalogs" content="PAGE1383529227413536">\n'
        f'<meta name="contentid" content="{arti}">\n<meta name="publishdate" content="{stamp[:10]}">\n'
        f'<meta name="author" content="{editor}">\n<meta name="source" content="央视网">\n'
        f'<script type="text/javascript">\nvar commentTitle = "{speech.title}";\nvar commentUrl = "https://{HOST}{url(arti, stamp)}";\nvar itemid1 = "{arti}";\nvar column_id = "TOPC1451528971114112";\nvar sub_column_id = "PAGE1383529227413536";\nvar domainname = "https://{HOST}";\n</script>\n'
    )
    kw = "防汛,安全生产,主汛期" if i == 0 else "科技活动周,科普,科学家精神"
    suffix = "" if page == 1 else f"（第{page}页）"
    return (
        head(f"{speech.title}{suffix}_新闻频道_央视网(cctv.com)", kw, lead[:80], meta)
        + f"""<div class="column_wrapper">
<div class="col_w660">
<div class="crumbs"><a href="/" target="_blank">新闻频道</a> &gt; <a href="/china/" target="_blank">国内新闻</a> &gt; 正文</div>
<div class="title_area">
<h1>{speech.title}</h1>
<div class="info1">来源：央视网 | {cn(stamp)}</div>
<div class="function" id="function"><span class="fontsize"><a href="javascript:;" class="big">大</a><a href="javascript:;" class="mid">中</a><a href="javascript:;" class="small">小</a></span><span class="share_box"><span>分享到：</span><a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a><a href="javascript:;" class="qq" title="QQ空间"></a><a href="javascript:;" class="ewm" title="手机看">手机看</a></span></div>
</div>
{video}<div class="content_area" id="content_area">
{chr(10).join(ps)}
</div>
{pager}<div class="zebian"><p><span class="bianji">编辑：{editor}</span>　<span class="zbianji">责任编辑：{chief}</span></p></div>
<div class="bottom_ewm"><p>扫一扫，手机看新闻！</p></div>
<div class="ELMTxA7pMDHfW8Zk9oR3c2Ej200929 xgxw"><div class="md_hd"><span class="mh_title">相关新闻</span></div><div class="md_bd"><ul>{xgxw}</ul></div></div>
<div class="cmt_area" id="cmt_area"><div class="cmt_tit">评论</div><div class="cmt_login">登录后参与评论</div></div>
</div>
{side()}</div>
"""
        + FOOT
    )


def channel(page, rows, pager):
    lis = "".join(
        f'<li><div class="image"><a href="{url(a, s)}" target="_blank"><img src="//p4.img.cctvpic.com/fmspic/2024/{s[5:7]}/{s[8:10]}/{a[4:14]}.jpg" alt="" /></a></div><div class="text_con"><h3 class="title"><a href="{url(a, s)}" target="_blank">{t}</a></h3><div class="brief"><span class="time">{s[:16]}</span></div></div></li>\n'
        for a, t, s in rows
    )
    return (
        head("国内新闻_新闻频道_央视网(cctv.com)" + ("" if page == 1 else f"_第{page}页"), "国内新闻,央视新闻", "央视网新闻频道国内新闻")
        + f"""<div class="column_wrapper"><div class="col_w660">
<div class="ELMTjN4kP8rQzYx3Lw7Vb1Dc200929"><div class="md_hd"><span class="mh_title">国内新闻</span></div>
<div class="md_bd"><ul id="newslist">
{lis}</ul>
<div class="page_list">{pager}</div></div></div>
</div>
{side()}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "央视网 (news.cctv.com) 2019 改版 article template: video player above content_area, 编辑/责任编辑")
    ys1, ys2 = ARTICLES
    parts = split_paras(ys1[0].paras, 2)
    for page in (1, 2):
        fam.put(url(ys1[1], ys1[2], page), article(0, page, parts))
    fam.put(url(ys2[1], ys2[2]), article(1, 1, [ys2[0].paras]))
    fam.doc([url(ys1[1], ys1[2], 1), url(ys1[1], ys1[2], 2)], ys1[0])
    fam.doc([url(ys2[1], ys2[2])], ys2[0])
    fam.not_documents.append(url(ys1[1], ys1[2], 2))
    first = [(ys1[1], ys1[0].title, ys1[2]), (MORE[0][0], MORE[0][1], MORE[0][2]), (MORE[1][0], MORE[1][1], MORE[1][2])]
    second = [(MORE[2][0], MORE[2][1], MORE[2][2]), (ys2[1], ys2[0].title, ys2[2]), (MORE[3][0], MORE[3][1], MORE[3][2])]
    fam.put("/china/", channel(1, first, '<span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml" class="next">下一页</a>'))
    fam.put("/china/index_2.shtml", channel(2, second, '<a href="index.shtml" class="prev">上一页</a><a href="index.shtml">1</a><span class="cur">2</span>'))
    fam.put("/china/index.shtml", channel(1, first, '<span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml" class="next">下一页</a>'))
    fam.put(
        "/",
        head("新闻频道_央视网(cctv.com)", "新闻,新闻联播,央视新闻", "央视网新闻频道是中央广播电视总台的新闻资讯平台。")
        + f"""<div class="column_wrapper"><div class="col_w660">
<div class="ELMTtt0bRwkzPAG8x4iLz2ox200929 toutiao"><h2><a href="{url(ys1[1], ys1[2])}" target="_blank">{ys1[0].title}</a></h2></div>
<div class="ELMTsHm3p1Zt7sVbgQ8fLxUq200929"><div class="md_hd"><span class="mh_title"><a href="/china/" target="_blank">国内</a></span><a href="/china/" class="more" target="_blank">更多</a></div>
<div class="md_bd"><ul><li><a href="{url(MORE[0][0], MORE[0][2])}" target="_blank">{MORE[0][1]}</a></li><li><a href="{url(MORE[1][0], MORE[1][2])}" target="_blank">{MORE[1][1]}</a></li></ul></div></div>
</div>
{side()}</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", "/china/", "/china/index_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.noise += [
        "央视网消息：",
        "以下为讲话全文。",
        "视频：江城部署主汛期防汛备汛工作（来源：江城广播电视台）",
        "视频：江城科技活动周启动 百余项科普活动走进社区校园",
        "江城市应急管理局供图",
        "（来源：江城市人民政府网站）",
        "编辑：王思远",
        "编辑：赵一凡",
        "责任编辑：李晓明",
        "来源：央视网 |",
        "分享到：",
        "手机看",
        "扫一扫，手机看新闻！",
        "相关新闻",
        "主汛期将至 多地开展防汛应急演练",
        "热点推荐",
        "应急管理部部署汛期安全生产工作",
        "登录后参与评论",
        "下一页",
        "上一页",
        "中央广播电视总台 央视网 版权所有",
        "京ICP证060535号",
        "_新闻频道_央视网(cctv.com)",
    ]
    fam.note = "the first speech is cut over `…ARTI…240528.shtml` and `…_2.shtml`; the lead (央视网消息：…), the video caption above the text and the second article's （来源：…） line are not speech"
    return fam
