"""A 财新网 (caixin.com)-style channel site: articles `/2024-05-16/102196543.html`; `div#conTit` with `h1` and the
`artInfo` line (`文｜财新 记者`, `2024年05月16日 18:32`, 来源于 财新网); the `div#subhead` 摘要 in italics
above the text; `div#Main_Content_Val.text` whose first paragraph opens with `【财新网】`; the 字号 / 分享到 /
评论 bar; a picture in `dl.media_pic` with its `图：…` credit. The paid article prints only its first
paragraphs, then the paywall box (`div#chargeWall`: 本文为财新通会员专享内容, 订阅财新通 prices, 立即订阅,
已有账号？登录): the rest of the speech is not in the page → truncated, expected text the visible
paragraphs only. The other article is free and complete. After the text the 责任编辑 | 版面编辑 line, the
知识产权 notice, 财新网主编精选版电邮 box, 相关文章 and the right column's 热读文章. Home `/` and the roll
`/roll/` (`index_2.html`)."""

from common import SPEECHES, Family

HOST = "finance.caixun-wang.test"

S1, S2 = SPEECHES["cx-1"], SPEECHES["cx-2"]
SHOWN = 4  # paragraphs of the paid speech printed before the wall

ARTICLES = [
    # speech, id, stamp, reporter, subhead, lead, paid, picture after n, credit, editor, layout editor
    (
        S1,
        "102196543",
        "2024-05-16 18:32",
        "文｜财新 周皓然",
        "副省长称，省内资本市场发展与经济总量还不相匹配，将做大上市后备资源库、壮大耐心资本，对财务造假坚持零容忍",
        "【财新网】（记者 周皓然）5月16日，江南省政府召开资本市场服务实体经济座谈会，十一家企业和金融机构代表发言。副省长许嘉明出席并讲话。以下为讲话全文：",
        True,
        None,
        None,
        "林立",
        "邢昊",
    ),
    (
        S2,
        "102195108",
        "2024-05-13 11:05",
        "文｜财新 鲍一帆",
        "与会官员呼吁整车企业合理确定采购价格和账期，不把成本压力简单转嫁给上游供应商",
        "【财新网】5月13日，2024年新能源汽车产业链协同发展大会在安城开幕。安城市副市长范志刚出席开幕式并致辞。财新记者获得的致辞全文如下：",
        False,
        2,
        "图：5月13日，大会展区内展出的新能源汽车底盘。图/视觉中国",
        "屈运栩",
        "秦焕",
    ),
]
MORE = [
    ("102196877", "2024-05-16 21:14", "央行：一季度末普惠小微贷款余额同比增长20%"),
    ("102196102", "2024-05-16 10:40", "多家券商上调上市公司分红预期"),
    ("102195760", "2024-05-15 16:28", "私募股权基金募资持续承压 政府引导基金成主力LP"),
    ("102195433", "2024-05-14 20:02", "动力电池价格年内再降 二线厂商承压"),
    ("102194806", "2024-05-12 09:18", "新能源车企海外建厂提速"),
]


def url(aid, stamp):
    return f"/{stamp[:10]}/{aid}.html"


def cn(stamp):
    return f"{stamp[:4]}年{stamp[5:7]}月{stamp[8:10]}日 {stamp[11:]}"


def head(title, kw, desc, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
{extra}<link href="//file.caixin.com/webchannel/all/css/common.css" rel="stylesheet" type="text/css" />
<link href="//file.caixin.com/webchannel/all/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//file.caixin.com/webjs/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="//file.caixin.com/webjs/common/caixinCookie.js"></script>
</head>
<body>
<!--顶部 开始-->
<div class="head"><div class="headCon">
<div class="logo"><a href="/"><img src="//file.caixin.com/file/content/images/new/logo_new.png" alt="财新网" /></a></div>
<div class="menu"><ul><li><a href="/">金融</a></li><li><a href="/roll/">滚动</a></li><li><a href="https://economy.caixin.com/">经济</a></li><li><a href="https://companies.caixin.com/">公司</a></li><li><a href="https://opinion.caixin.com/">观点</a></li><li><a href="https://weekly.caixin.com/">周刊</a></li></ul></div>
<div class="userLogin" id="showLoginWindow"><a href="javascript:void(0);" class="login">登录</a> | <a href="https://u.caixin.com/user/register.html" class="reg">注册</a></div>
</div></div>
<!--顶部 结束-->
"""


FOOT = """<!--底部 开始-->
<div class="footer"><div class="footerCon">
<p><a href="https://corp.caixin.com/aboutus/" target="_blank">关于我们</a> | <a href="https://corp.caixin.com/joinus/" target="_blank">加入我们</a> | <a href="https://corp.caixin.com/contactus/" target="_blank">联系我们</a> | <a href="https://corp.caixin.com/copyright/" target="_blank">版权声明</a> | <a href="https://corp.caixin.com/sitemap/" target="_blank">网站地图</a></p>
<p>京ICP证090880号　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备10026701号-8</a>　京公网安备 11010502034662号　广播电视节目制作经营许可证：京第01015号　出版物经营许可证：第直100013号</p>
<p>Copyright 财新网 All Rights Reserved 版权所有 复制必究</p>
</div></div>
<!--底部 结束-->
<script type="text/javascript" src="//file.caixin.com/webjs/common/login.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7d8bd8f3a8a9e6c07a3fa8b4e7a6f2a5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def side():
    rows = "".join(f'<li><em>{n}</em><a href="{url(a, s)}" target="_blank">{t}</a></li>' for n, (a, s, t) in enumerate(MORE[1:], 1))
    return f"""<div class="conri">
<div class="hotread"><div class="ri_tit">热读文章</div><ul>{rows}</ul></div>
<div class="ri_ad"><script type="text/javascript">cxAd("article_right_300x250");</script></div>
<div class="cxdata"><a href="https://cxdata.caixin.com/" target="_blank">财新数据通 专业机构投资者的必备工具</a></div>
</div>
"""


WALL = """<div class="cx-pay-layout" id="chargeWall">
<div class="cx-pay-hd"><span class="cx-pay-icon"></span>本文为财新通会员专享内容</div>
<div class="cx-pay-bd">
<p class="cx-pay-tip">订阅财新通，阅读全文</p>
<ul class="cx-pay-list">
<li class="on"><span class="name">财新通 年卡</span><span class="price">¥498</span><span class="desc">首年特惠 每日仅需1.36元</span></li>
<li><span class="name">财新通 月卡</span><span class="price">¥68</span><span class="desc">连续包月</span></li>
</ul>
<a class="cx-pay-btn" href="https://s.caixin.com/pay/?source=article_wall" target="_blank">立即订阅</a>
<p class="cx-pay-login">已有账号？<a href="javascript:void(0);" onclick="Caixin.login();">登录</a>　|　<a href="https://s.caixin.com/code/" target="_blank">兑换码</a></p>
</div>
</div>
<script type="text/javascript">
var chargeStatus = 0; /* 0 未登录 1 已订阅 2 未订阅 */
if (typeof Caixin !== "undefined") { Caixin.chargeWall.init({ id: "chargeWall", article: entity.id }); }
</script>
"""


def article(i):
    speech, aid, stamp, byline, sub, lead, paid, photo, credit, editor, layout = ARTICLES[i]
    paras = speech.paras[:SHOWN] if paid else speech.paras
    ps = [f"<p>{lead}</p>"]
    for n, para in enumerate(paras):
        ps.append(f"<p>{para}</p>")
        if n == photo:
            ps.append(
                f'<dl class="media_pic" style="width:600px;"><dt><img src="https://img.caixin.com/2024-05-13/171557{aid[-4:]}_600.jpg" alt="" /></dt><dd>{credit}</dd></dl>'
            )
    other = ARTICLES[1 - i]
    rel = [(url(other[1], other[2]), other[0].title, other[2])] + [(url(a, s), t, s) for a, s, t in MORE[:2]]
    xg = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{s[:10]}</span></li>' for u, t, s in rel)
    extra = (
        f'<meta property="og:title" content="{speech.title}" />\n<meta property="og:url" content="https://{HOST}{url(aid, stamp)}" />\n'
        f'<script type="text/javascript">\nvar entity = {{ id: {aid}, type: 2, channel: 125, channelName: "金融", pubtime: "{stamp}:00", isFree: {"0" if paid else "1"}, hasVideo: 0 }};\n</script>\n'
    )
    kw = "资本市场,上市,耐心资本" if i == 0 else "新能源汽车,产业链,动力电池"
    tail = (
        WALL if paid else ""
    ) + f"""<div class="idetor">责任编辑：{editor} | 版面编辑：{layout}</div>
<div class="copyright_pc"><p>财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</p><p>如有意愿转载，请发邮件至hello@caixin.com，注明转载意向，具体细节可在邮件中注明。</p></div>
"""
    return (
        head(f"{speech.title}_金融频道_财新网", kw, sub, extra)
        + f"""<div class="comMain">
<div class="conlf">
<div class="crumb"><a href="https://www.caixin.com/">财新网</a> &gt; <a href="/">金融</a> &gt; 正文</div>
<div id="conTit">
<h1>{speech.title}</h1>
<div class="artInfo">{byline}<br />{cn(stamp)}　<span class="source">来源于 财新网</span></div>
</div>
<div class="func_bar"><span class="fontsize">字号<a href="javascript:void(0);" class="big">+</a><a href="javascript:void(0);" class="small">-</a></span><span class="share">分享到：<a class="wx" href="javascript:void(0);">微信</a><a class="wb" href="javascript:void(0);">微博</a></span><a class="comment" href="#comment">评论<em>{12 - i * 5}</em></a></div>
<div id="subhead" class="subhead"><em>{sub}</em></div>
<div id="Main_Content_Val" class="text">
{chr(10).join(ps)}
</div>
{tail}<div class="emailBox"><p>财新网主编精选版电邮 <a href="https://u.caixin.com/mailsub/" target="_blank">样例</a></p><p>财新网新闻版电邮全新升级！财新网主编每日精选、当天重磅报道及时送达。</p><input type="text" placeholder="请输入邮箱" /><a href="javascript:void(0);" class="subBtn">订阅</a></div>
<div class="relNews"><div class="lf_tit">相关文章</div><ul>{xg}</ul></div>
<div id="comment" class="comment-box"><div class="lf_tit">评论</div><p>登录后参与评论</p></div>
</div>
{side()}</div>
"""
        + FOOT
    )


def roll(rows, pg, pager):
    items = "".join(
        f'<dl><dd><h4><a href="{url(a, s)}" target="_blank">{t}</a></h4><span>{cn(s)}</span><p>{summary}</p></dd></dl>\n'
        for a, s, t, summary in rows
    )
    return (
        head("滚动新闻_财新网" + ("" if pg == 1 else f"_第{pg}页"), "财新网,滚动新闻", "财新网滚动新闻")
        + f"""<div class="comMain"><div class="conlf">
<div class="stitXtuwen_list">
{items}</div>
<div class="pageNav">{pager}</div>
</div>
{side()}</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "财新网 (caixin.com)-style article template: Main_Content_Val, subhead 摘要, chargeWall paywall (订阅财新通 / 已有账号？登录)")
    for i, a in enumerate(ARTICLES):
        fam.put(url(a[1], a[2]), article(i))
    (s1, id1, st1, *_), (s2, id2, st2, *_) = ARTICLES
    fam.doc([url(id1, st1)], s1, truncated=True, text="\n".join(s1.paras[:SHOWN]))
    fam.doc([url(id2, st2)], s2)
    first = [
        (*MORE[0], "截至一季度末，普惠小微贷款余额保持较快增长。"),
        (id1, st1, s1.title, ARTICLES[0][4]),
        (*MORE[1], "多家上市公司公布年度分红方案。"),
    ]
    second = [
        (*MORE[2], "政府引导基金在新募资金中的占比继续上升。"),
        (*MORE[3], "电池级碳酸锂价格回落，电池厂商继续降价。"),
        (id2, st2, s2.title, ARTICLES[1][4]),
    ]
    fam.put("/roll/", roll(first, 1, '<span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a>'))
    fam.put("/roll/index_2.html", roll(second, 2, '<a href="index.html" class="prev">上一页</a><a href="index.html">1</a><span class="cur">2</span>'))
    fam.put("/roll/index.html", roll(first, 1, '<span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html" class="next">下一页</a>'))
    fam.put(
        "/",
        head("金融频道_财新网", "财新网,金融,资本市场", "财新网金融频道")
        + f"""<div class="comMain"><div class="conlf">
<div class="topNews"><h2><a href="{url(id1, st1)}" target="_blank">{s1.title}</a></h2><p>{ARTICLES[0][4]}</p></div>
<div class="stitXtuwen_list">
<dl><dd><h4><a href="{url(*MORE[0][:2])}" target="_blank">{MORE[0][2]}</a></h4><span>{cn(MORE[0][1])}</span></dd></dl>
<dl><dd><h4><a href="{url(*MORE[2][:2])}" target="_blank">{MORE[2][2]}</a></h4><span>{cn(MORE[2][1])}</span></dd></dl>
</div>
<div class="more"><a href="/roll/">更多滚动新闻&gt;&gt;</a></div>
</div>
{side()}</div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", "/roll/", "/roll/index_2.html"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += [
        "【财新网】",
        "以下为讲话全文：",
        "致辞全文如下：",
        "文｜财新",
        "来源于 财新网",
        "副省长称，省内资本市场发展与经济总量还不相匹配",
        "与会官员呼吁整车企业合理确定采购价格和账期",
        "图：5月13日，大会展区内展出的新能源汽车底盘。图/视觉中国",
        "本文为财新通会员专享内容",
        "订阅财新通，阅读全文",
        "立即订阅",
        "已有账号？",
        "兑换码",
        "责任编辑：林立 | 版面编辑：邢昊",
        "责任编辑：屈运栩 | 版面编辑：秦焕",
        "财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有",
        "财新网主编精选版电邮",
        "相关文章",
        "热读文章",
        "财新数据通",
        "登录后参与评论",
        "分享到：",
        "京ICP证090880号",
        "_金融频道_财新网",
    ]
    fam.note = f"the paid article prints the lead and the speech's first {SHOWN} paragraphs, then the chargeWall paywall: truncated, expected text = the shown paragraphs; the 【财新网】 lead and the subhead 摘要 are not speech"
    return fam
