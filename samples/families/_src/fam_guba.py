"""A 股吧 (东方财富股吧, guba.eastmoney.com, the older PC template) stock board: the board listing
`list,600123.html` (`#articlelistnew` rows of `span.l1…l5`: 阅读 / 评论 / 标题 / 作者 / 最后更新) whose
pager is only `span.pagernums[data-pager="list,600123_|N|80|1"]` for the script to draw
(`list,600123_2.html`); topics `news,600123,N.html`: the title in `#zwconttbt`, the member's box
(`#zwconttbn`, 影响力, 吧龄, `div.zwfbtime` 发表于 … 东方财富Android版), the first post in
`#zwconbody > div.stockcodec .xeditor` (a chairman's speech at the shareholders' meeting, with the
member's own line before and after it, `$江南重工(SH600123)$` stock links), the 点赞 / 收藏 / 分享 bar,
then replies (`div.zwli` with `zwlianame`, `zwlitime` 发表于 … 来自 …, `zwlitext stockcodec`, 回复 /
点赞(N)) and the reply pager `span#newspage[data-page="news,600123,N_|M|30|1"]` (reply page 2
`news,600123,N_2.html`). UTF-8."""

from common import SPEECHES, Family, render

HOST = "guba.eastmoney-guba.test"
CODE = "600123"
STOCK = "江南重工"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=@@MOBILE@@" />
<link rel="stylesheet" href="//gbfek.dfcfw-like.test/gubav5/css/common.css?v=20231115" />
<link rel="stylesheet" href="//gbfek.dfcfw-like.test/gubav5/css/@@CSS@@.css?v=20231115" />
<script type="text/javascript">var stockname = "江南重工", stockcode = "600123", bartype = 1, ismain = 1;</script>
</head>
<body>
<div id="top_bar"><div class="top_bar_w"><a href="//www.eastmoney-guba.test/" target="_blank">东方财富网</a> <a href="/">股吧首页</a> <a href="//quote.eastmoney-guba.test/center/" target="_blank">行情中心</a> <a href="//data.eastmoney-guba.test/center/" target="_blank">数据中心</a> <span class="top_login"><a href="https://passport2.eastmoney-guba.test/pub/login?backurl=">登录</a> <a href="https://passport2.eastmoney-guba.test/pub/reg">注册</a></span></div></div>
<div class="gbheader"><div class="gblogo"><a href="/"><img src="//gbfek.dfcfw-like.test/gubav5/images/guba_logo.png" alt="东方财富股吧" /></a></div>
<div class="gbsearch"><form action="//so.eastmoney-guba.test/web/s" target="_blank"><input type="text" name="keyword" placeholder="输入股票代码/名称/简拼" /><button type="submit">搜索</button></form></div></div>
"""

FOOT = """<div class="gbfooter"><p><a href="javascript:;">关于我们</a> | <a href="javascript:;">股吧吧规</a> | <a href="javascript:;">意见与建议</a> | <a href="javascript:;">举报中心</a> | <a href="javascript:;">免责声明</a></p>
<p>郑重声明：用户在社区发表的所有资料、言论等仅代表个人观点，与本网站立场无关，不对您构成任何投资建议。用户应基于自己的独立判断，自行决定证券投资并承担相应风险。</p>
<p>违法和不良信息举报电话：021-61278686　举报邮箱：jubao@eastmoney-guba.test　<a href="https://beian.miit.gov.cn/" target="_blank">沪ICP证：沪B2-20070217</a>　网站备案号：沪ICP备05006054号-11</p>
<p>Copyright &copy; 2004-2024 东方财富网 版权所有</p></div>
<script type="text/javascript" src="//gbfek.dfcfw-like.test/gubav5/js/guba_common.js?v=20231115"></script>
<script type="text/javascript" src="//emcharts.dfcfw-like.test/usercollect/usercollect.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f9a6b2c3d4e1f0a8b7c6d5e4f3a2b1c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

STOCKHEAD = """<div class="stockheader"><div class="sbname"><a href="/list,600123.html"><span id="stockname">江南重工吧</span></a> <a href="//quote.eastmoney-guba.test/sh600123.html" target="_blank" class="quote_link">(600123)</a></div>
<div class="sbinfo"><span>关注 <em>18.6万</em></span><span>今日发帖 <em>312</em></span> <a class="follow_btn" href="javascript:;">+关注</a></div>
<div class="quotebar" id="quotebar"><span class="price" id="price9">--</span><span id="zde9">--</span><span id="zdf9">--</span></div>
<ul class="sbtab"><li class="on"><a href="/list,600123.html">全部</a></li><li><a href="/list,600123,99.html">热门</a></li><li><a href="/list,600123,1,f.html">资讯</a></li><li><a href="/list,600123,2,f.html">研报</a></li><li><a href="/list,600123,3,f.html">公告</a></li></ul></div>
"""

USER = "//i.eastmoney-guba.test/"
AVATAR = "//avator.eastmoney-guba.test/qface/"

TOPICS = [
    {
        "speech": SPEECHES["guba-1"],
        "id": 1419872365,
        "posted": "2024-05-20 14:32:08",
        "client": "东方财富Android版",
        "ip": "江苏",
        "user": ("股友6w3k7s", "4386094171032584"),
        "age": "5.2年",
        "read": "1.6万",
        "likes": 86,
        "intro": "今天上午去现场参加了股东大会，把董事长的致辞录音整理出来了，供各位股友参考，有兴趣的可以看看：",
        "outro": "（以上根据现场录音整理，个别字句可能有出入，以公司公告为准。不构成投资建议。）",
        "style": "p",
        "replies": [
            [("价值投机老王", "2036015893427810", "2024-05-20 14:51:37", "浙江", "感谢楼主整理，分红比例比去年高了，董事长说话还算实在。", 23),
             ("股友r8c1q0", "7381095264920377", "2024-05-20 15:06:12", "上海", "新业务明年盈亏平衡？先记下，明年这个时候回来看。", 11),
             ("江南老股东", "9201873645019283", "2024-05-20 15:22:48", "江苏", "现场提问环节没整理吗？有人问了海外订单的事。", 4)],
            [("韭菜不割", "1849203756102938", "2024-05-21 09:14:05", "广东", "说得再好不如涨两个板，拿了三年了。", 2),
             ("股友8x2m5n", "3019284756103847", "2024-05-21 10:40:59", "山东", "回复@韭菜不割：耐心点，现金流这么好的公司不多。", 7)],
        ],
    },
    {
        "speech": SPEECHES["guba-2"],
        "id": 1396540218,
        "posted": "2024-02-06 17:05:44",
        "client": "东方财富iPhone版",
        "ip": "北京",
        "user": ("长线持有江南", "6120938475610293"),
        "age": "8.7年",
        "read": "9823",
        "likes": 41,
        "intro": '<a href="//quote.eastmoney-guba.test/sh600123.html" class="stocklink" data-code="600123">$江南重工(SH600123)$</a> 临时股东大会上董事长的讲话，公司公众号发了全文，转过来给大家看看，回购是注销的，这点很良心。',
        "outro": "",
        "style": "br",
        "replies": [
            [("股友v5t2k9", "5503928174650392", "2024-02-06 17:21:30", "河南", "回购注销好评，比那些回购了拿去搞股权激励的强。", 15),
             ("研报搬运工", "8302917465029183", "2024-02-06 18:03:17", "四川", "应收账款那段要注意，下季度看回款情况。", 6)],
        ],
    },
]


def reply_html(r):
    name, uid, when, ip, text, likes = r
    return f"""<div class="zwli clearfix" id="zwli{uid[-9:]}" data-huifuid="{uid[-9:]}" data-huifuuid="{uid}">
<div class="zwlitx"><div class="zwlitxb"><a href="{USER}{uid}" target="_blank"><img src="{AVATAR}{uid}/50" alt="" /></a></div>
<div class="zwlitxt"><div class="zwlianame"><span class="zwnick"><a href="{USER}{uid}" target="_blank" data-popper="{uid}" data-poptype="1">{name}</a></span></div>
<div class="zwlitime">发表于 {when} <span class="zwlitime_ip">来自 {ip}</span></div>
<div class="zwlitext stockcodec"><div class="short_text">{text}</div></div>
<div class="zwlitalkbox clearfix"><a href="javascript:;" class="replyBtn">回复</a><span class="likemodule" data-like_count="{likes}"><a href="javascript:;" class="likebtn">点赞({likes})</a></span><a href="javascript:;" class="jubao">举报</a></div>
</div></div></div>
"""


def topic_page(t, page):
    speech = t["speech"]
    tid = t["id"]
    nreplies = sum(len(p) for p in t["replies"])
    pages = len(t["replies"])
    name, uid = t["user"]
    if t["style"] == "p":
        text = "".join(f"<p>{p}</p>" for p in speech.paras)
        body = f"<p>{t['intro']}</p>{text}" + (f"<p>{t['outro']}</p>" if t["outro"] else "")
    else:
        body = t["intro"] + "<br /><br />" + "<br />".join(speech.paras)
        if t["outro"]:
            body += "<br /><br />" + t["outro"]
    if page == 1:
        first = f"""<div id="zwcontent">
<div id="zwcontt" class="clearfix">
<div id="zwconttphoto"><a href="{USER}{uid}" target="_blank"><img src="{AVATAR}{uid}/60" alt="" /></a></div>
<div id="zwconttb">
<div id="zwconttbn"><strong><a href="{USER}{uid}" target="_blank" data-popper="{uid}" data-poptype="1">{name}</a></strong><span class="influence_wrap">影响力<em class="star3"></em></span><span class="bar_age">吧龄 <em>{t['age']}</em></span></div>
<div class="zwfbtime">发表于 {t['posted']} {t['client']} <span class="ip">来自 {t['ip']}</span></div>
</div>
</div>
<div id="zwconbody">
<div id="zwconttbt">{speech.title}</div>
<div class="stockcodec .xeditor">{body}</div>
</div>
<div id="zwconbotl" class="clearfix"><span class="zwconbtns"><a href="javascript:;" id="zwpraisebtn" class="praisebtn">点赞(<em>{t['likes']}</em>)</a><a href="#zwfabiao" class="zwcmt">评论({nreplies})</a><a href="javascript:;" class="collectbtn">收藏</a><a href="javascript:;" class="sharebtn">分享</a><a href="javascript:;" class="jubao">举报</a></span><span class="zwread">阅读 {t['read']}</span></div>
<div class="riskwarning">郑重声明：用户发表的所有文章仅代表个人观点，与本站立场无关，不对您构成任何投资建议。</div>
</div>
"""
    else:
        first = f"""<div id="zwcontent" class="zwcontent_reply"><div id="zwconttbt">{speech.title}</div><div class="backfirst"><a href="/news,{CODE},{tid}.html">查看原帖</a></div></div>
"""
    replies = "".join(reply_html(r) for r in t["replies"][page - 1])
    pager = ""
    if pages > 1:
        pager = f'<div class="pager talc zwpager"><span id="newspage" class="pagernums" data-page="news,{CODE},{tid}_|{nreplies}|30|{page}"></span></div>\n'
    main = f"""<div class="gbbody clearfix"><div class="gbleft">
{STOCKHEAD}<div class="zwtop"><a href="/list,{CODE}.html">返回{STOCK}吧&gt;&gt;</a></div>
{first}<div id="zwlist"><div class="zwlitit">全部评论（{nreplies}）</div>
{replies}</div>
{pager}<div id="zwfabiao" class="zwfabiao"><div class="fabiao_login">您需要<a href="https://passport2.eastmoney-guba.test/pub/login">登录</a>后才能评论</div><textarea disabled="disabled" placeholder="说点什么吧"></textarea><button class="fabiaobtn" disabled="disabled">发表</button></div>
</div>
<div class="gbright"><div class="sbox"><h3>{STOCK}资讯</h3><ul><li><a href="javascript:;">{STOCK}：2023年年度股东大会决议公告</a></li><li><a href="javascript:;">{STOCK}：关于回购股份进展的公告</a></li></ul></div>
<div class="sbox"><h3>热门个股吧</h3><ul><li><a href="/list,600519.html">贵州茅台吧</a></li><li><a href="/list,300750.html">宁德时代吧</a></li></ul></div></div></div>
"""
    suffix = "" if page == 1 else f"_第{page}页"
    return render(
        HEAD + main + FOOT,
        TITLE=f"{speech.title}{suffix}_{STOCK}({CODE})股吧_东方财富网股吧",
        KEYWORDS=f"{STOCK},{CODE},{STOCK}股吧",
        DESC=speech.paras[2][:80],
        MOBILE=f"https://mguba.eastmoney-guba.test/mguba/article/0/{tid}",
        CSS="article",
    )


def list_page(page):
    rows = []
    if page == 1:
        rows.append(("7321", "0", "", "【置顶】江南重工吧吧规（2024年修订）", "/news,600123,1102938475.html", "吧主", "settop"))
        rows.append((TOPICS[0]["read"], "5", "", TOPICS[0]["speech"].title, f"/news,{CODE},{TOPICS[0]['id']}.html", TOPICS[0]["user"][0], "normal_post"))
        rows.append(("2104", "38", "", "明天能不能翻红？", "/news,600123,1419902217.html", "股友p7q2w1", "normal_post"))
        rows.append((TOPICS[1]["read"], "2", "", TOPICS[1]["speech"].title, f"/news,{CODE},{TOPICS[1]['id']}.html", TOPICS[1]["user"][0], "normal_post"))
        rows.append(("1589", "12", "", "江南重工：2023年年度股东大会决议公告", "/news,600123,1419888801.html", "江南重工资讯", "normal_post"))
    else:
        rows.append(("986", "7", "", "一季报出来了，毛利率稳住了", "/news,600123,1411203394.html", "股友k3j8d6", "normal_post"))
        rows.append(("3320", "21", "", "回购什么时候开始买？", "/news,600123,1397712056.html", "慢慢变富", "normal_post"))
    divs = ""
    for read, cmt, _, title, href, author, cls in rows:
        divs += f"""<div class="articleh {cls}"><span class="l1 a1">{read}</span><span class="l2 a2">{cmt}</span><span class="l3 a3"><a href="{href}" title="{title}">{title}</a></span><span class="l4 a4"><a href="javascript:;"><font>{author}</font></a></span><span class="l5 a5">05-20 15:22</span></div>
"""
    main = f"""<div class="gbbody clearfix"><div class="gbleft">
{STOCKHEAD}<div id="articlelistnew" class="articlelistnew">
<div class="dheader"><span class="l1">阅读</span><span class="l2">评论</span><span class="l3">标题</span><span class="l4">作者</span><span class="l5">最后更新</span></div>
{divs}<div class="pager"><span class="pagernums" data-pager="list,{CODE}_|8932|80|{page}"></span></div>
</div>
</div></div>
"""
    return render(
        HEAD + main + FOOT,
        TITLE=f"{STOCK}({CODE})股吧_{STOCK}怎么样_分析讨论社区—东方财富网",
        KEYWORDS=f"{STOCK}股吧,{CODE}股吧",
        DESC=f"{STOCK}股吧，东方财富网股吧",
        MOBILE=f"https://mguba.eastmoney-guba.test/mguba/list/{CODE}",
        CSS="list",
    )


def home():
    main = """<div class="gbbody clearfix"><div class="gbhome">
<div class="hotbar"><h3>热门个股吧</h3><ul><li><a href="/list,600123.html">江南重工吧</a></li><li><a href="/list,600519.html">贵州茅台吧</a></li><li><a href="/list,300750.html">宁德时代吧</a></li></ul></div>
<div class="hotpost"><h3>热门帖子</h3><ul><li><a href="/list,600123.html">江南重工吧：股东大会后大家怎么看？</a></li></ul></div>
</div></div>
"""
    return render(HEAD + main + FOOT, TITLE="股吧首页_东方财富网股吧", KEYWORDS="股吧", DESC="东方财富网股吧", MOBILE="https://mguba.eastmoney-guba.test/", CSS="home")


def build() -> Family:
    fam = Family(HOST, "东方财富股吧 stock board: list,CODE.html / news,CODE,ID.html, first post a chairman's speech, replies, script-drawn pagers")
    fam.put("/", home())
    fam.put(f"/list,{CODE}.html", list_page(1))
    fam.put(f"/list,{CODE}_2.html", list_page(2))
    fam.not_documents += ["/", f"/list,{CODE}.html", f"/list,{CODE}_2.html"]
    for t in TOPICS:
        pages = [f"/news,{CODE},{t['id']}.html"] + [f"/news,{CODE},{t['id']}_{n}.html" for n in range(2, len(t["replies"]) + 1)]
        for n, path in enumerate(pages, 1):
            fam.put(path, topic_page(t, n))
        fam.not_documents += pages[1:]
        fam.doc(pages[:1], t["speech"], published_at=t["posted"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\n")
    fam.noise += [
        "今天上午去现场参加了股东大会",
        "（以上根据现场录音整理，个别字句可能有出入，以公司公告为准。不构成投资建议。）",
        "$江南重工(SH600123)$",
        "临时股东大会上董事长的讲话，公司公众号发了全文",
        "股友6w3k7s",
        "发表于",
        "东方财富Android版",
        "来自 江苏",
        "影响力",
        "吧龄",
        "点赞(",
        "收藏",
        "举报",
        "郑重声明",
        "全部评论",
        "感谢楼主整理",
        "回购注销好评",
        "回复",
        "江南重工资讯",
        "热门个股吧",
        "沪ICP备05006054号-11",
    ]
    fam.note = ("each topic's first page is the document (the first post alone); its replies and reply page 2 "
                "(`_2.html`, named only by the `data-page` of the script-drawn pager) are not; the board's page 2 is "
                "named only by the list's `data-pager`")
    return fam
