"""A 第一公文网-like 公文写作 site (HOLDOUT): header and meta gb2312, GBK bytes; article pages
`/ldjh/N.html` with the crumb (`您的位置：`), `h1`, the `info` line (发布时间 / 来源 / 作者 / 浏览 with a
`count.php` script), the 摘要 box, the text in `div.content#zoom` as `<p>` paragraphs with full-width
indents; the 会员 speech stops after a few paragraphs, cut at a sentence end, and a `vip_tips` box follows
(`本文为会员文章，剩余约N字`, 开通会员 / 登录查看全文, 单篇购买) → truncated; the free speech is whole
and ends with the site's `（本文来源：第一公文网 …转载请注明出处）` line. 复制 script lock, Word 下载 bar
(会员专享), 上一篇 / 下一篇, 相关文章, 热门排行 / 最新更新 columns, the 会员中心 prompt, ICP footer.
Column `/ldjh/` with a numbered pager to `/ldjh/list_2.html`."""

from common import SPEECHES, Family, render

HOST = "www.diyigongwen-like.test"
COL = "/ldjh/"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/skin/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery.min.js"></script>
<script type="text/javascript" src="/skin/js/common.js"></script>
</head>
<body>
<div class="top"><div class="w980"><span class="fl">第一公文网――专业的公文写作服务平台</span><span class="fr" id="top_login"><a href="/member/login.php" rel="nofollow">会员登录</a> | <a href="/member/reg.php" rel="nofollow">免费注册</a> | <a href="/member/vip.php" rel="nofollow" class="red">开通会员</a> | <a href="javascript:;" onclick="SetHome(this,'http://www.diyigongwen-like.test')">设为首页</a></span></div></div>
<div class="head w980"><div class="logo"><a href="/"><img src="/skin/images/logo.gif" alt="第一公文网" /></a></div>
<div class="search"><form name="formsearch" action="/plus/search.php" method="get"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" value="" /><input type="submit" class="search-submit" value="搜索" /></form></div></div>
<div class="menu"><ul class="w980">
<li><a href="/">网站首页</a></li><li class="hover"><a href="/ldjh/">领导讲话</a></li><li><a href="/gzzj/">工作总结</a></li><li><a href="/gzjh/">工作计划</a></li><li><a href="/dybg/">调研报告</a></li><li><a href="/xdth/">心得体会</a></li><li><a href="/djcl/">党建材料</a></li><li><a href="/zjcl/">述职述廉</a></li><li><a href="/gwfw/">公文范文</a></li>
</ul></div>
"""

FOOT = """<div class="footer w980">
<p><a href="/about.html" rel="nofollow">关于本站</a> | <a href="/member/vip.php" rel="nofollow">会员服务</a> | <a href="/lianxi.html" rel="nofollow">联系我们</a> | <a href="/mianze.html" rel="nofollow">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站文章均为会员投稿或网络收集，仅供学习参考，请勿直接照搬使用。如有侵权，请联系删除。</p>
<p>Copyright &copy; 2010-2024 第一公文网 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">苏ICP备10218356号</a></p>
</div>
<script type="text/javascript">document.body.oncopy=function(){if(!window.is_vip){alert("复制内容需开通会员！");return false;}};</script>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0a5d8e3f7b2c1946e8d7f6a5b4c3d2e1";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""

# speech, id, 发布时间, 来源/作者, 浏览, vip paragraphs shown (None: free)
ARTICLES = [
    (SPEECHES["g37d-6"], 58213, "2024-06-24", "会员投稿", 3716, 7),
    (SPEECHES["g37d-1"], 61052, "2024-10-30", "原创", 2184, None),
]
RELATED = [(57920, "在全县农村人居环境整治工作会议上的讲话"), (57411, "乡村振兴工作推进会主持词"), (56908, "在全市防汛抗旱工作会议上的讲话"), (55374, "在全县安全生产工作会议上的讲话")]
HOT = [(60318, "在全县三级干部大会上的讲话"), (59902, "2024年主题教育专题党课讲稿"), (59127, "在年中工作会议上的讲话"), (58764, "在县委理论学习中心组学习会上的发言")]


def url_of(aid):
    return f"{COL}{aid}.html"


def shown_paras(speech, n):
    """The wall's cut: n whole paragraphs, then the next one up to its first sentence end."""
    head = speech.paras[:n]
    nxt = speech.paras[n]
    cut = nxt[: nxt.index("。") + 1]
    return head + [cut], sum(len(p) for p in speech.paras) - sum(len(p) for p in head) - len(cut)


def li(rows):
    return "\n".join(f'<li><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a></li>' for a, t in rows)


def article(i):
    speech, aid, date, src, views, vip = ARTICLES[i]
    other = ARTICLES[1 - i]
    if vip:
        paras, left = shown_paras(speech, vip)
        rest = left // 100 * 100
        wall = f"""<div class="vip_tips" id="vip_tips">
<div class="vip_tips_t">本文为会员文章，剩余约{rest}字未显示</div>
<p>开通会员即可查看全文并免费下载Word文档，海量公文范文任意浏览。</p>
<p class="vip_btns"><a href="/member/vip.php?aid={aid}" class="btn_vip" rel="nofollow">开通会员</a> <a href="/member/login.php?gourl=%2Fldjh%2F{aid}.html" class="btn_login" rel="nofollow">登录查看全文</a> <a href="/member/buy.php?aid={aid}" class="btn_buy" rel="nofollow">单篇购买（5元）</a></p>
<p class="vip_note">已是会员？<a href="/member/login.php" rel="nofollow">请登录</a>　咨询客服QQ：2851937460</p>
</div>"""
        tail = ""
    else:
        paras, wall = speech.paras, ""
        tail = '<p>　　（本文来源：第一公文网 www.diyigongwen-like.test　转载请注明出处）</p>'
    body_paras = "\n".join(f"<p>　　{p}</p>" for p in paras) + ("\n" + tail if tail else "")
    prev_next = (f'<li>上一篇：<a href="{url_of(57920)}">在全县农村人居环境整治工作会议上的讲话</a></li><li>下一篇：<a href="{url_of(other[1])}">{other[0].title}</a></li>'
                 if i == 0 else f'<li>上一篇：<a href="{url_of(other[1])}">{other[0].title}</a></li><li>下一篇：没有了</li>')
    body = """<div class="w980 clearfix">
<div class="place">您的位置：<a href="/">第一公文网</a> &gt; <a href="@@COL@@">领导讲话</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>@@H1@@</h1>
<div class="info">发布时间：@@DATE@@　来源：@@SRC@@　作者：第一公文网　浏览：<script src="/plus/count.php?view=yes&amp;aid=@@AID@@&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="intro"><strong>摘要：</strong>@@DESC@@……</div>
<div class="ad_960"><script type="text/javascript" src="/plus/ad_js.php?aid=3"></script></div>
<div class="content" id="zoom">
@@PARAS@@
</div>
@@WALL@@
<div class="down_word"><span class="ico_word"></span><a href="/member/down.php?aid=@@AID@@" rel="nofollow">下载Word文档</a>（会员专享，开通会员后可免费下载）</div>
<div class="context"><ul>@@PN@@</ul></div>
</div>
<div class="xgwz"><div class="tit">相关文章</div><ul>
@@REL@@
</ul></div>
</div>
<div class="right">
<div class="vip_side"><p>开通会员，全站文章免费阅读、下载</p><a href="/member/vip.php" rel="nofollow">立即开通</a></div>
<div class="rbox"><div class="tit">热门排行</div><ul>
@@HOT@@
</ul></div>
<div class="rbox"><div class="tit">最新更新</div><ul>
@@NEW@@
</ul></div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_领导讲话_第一公文网",
        KEYWORDS=f"{speech.title},领导讲话",
        DESC=speech.paras[1][:70],
        COL=COL,
        H1=speech.title,
        DATE=date,
        SRC=src,
        AID=aid,
        PARAS=body_paras,
        WALL=wall,
        PN=prev_next,
        REL=li(RELATED + [(other[1], other[0].title)]),
        HOT=li(HOT),
        NEW=li([(other[1], other[0].title)] + HOT[:2]),
    ), paras


VIPMARK = '<em class="vip">会员</em>'


def listing(n):
    a1, a2 = ARTICLES
    if n == 1:
        rows = [(a2[1], a2[0].title, a2[2]), (60318, "在全县三级干部大会上的讲话", "2024-10-21"), (59902, "2024年主题教育专题党课讲稿", "2024-09-12"), (59127, "在年中工作会议上的讲话", "2024-07-19")]
    else:
        rows = [(58764, "在县委理论学习中心组学习会上的发言", "2024-07-02"), (a1[1], a1[0].title, a1[2]), (57920, "在全县农村人居环境整治工作会议上的讲话", "2024-06-11")]
    items = "\n".join(
        f'<li><span class="date">{d}</span><a href="{url_of(a)}" target="_blank" title="{t}">{t}</a>{VIPMARK if a == a1[1] else ""}</li>' for a, t, d in rows
    )
    pg = (f'<div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href="list_2.html">2</a></li><li><a href="list_2.html">下一页</a></li><li><a href="list_2.html">末页</a></li><li><span class="pageinfo">共 <strong>2</strong>页<strong>7</strong>条</span></li></ul></div>'
          if n == 1 else f'<div class="dede_pages"><ul class="pagelist"><li><a href="{COL}">首页</a></li><li><a href="{COL}">上一页</a></li><li><a href="{COL}">1</a></li><li class="thisclass"><a>2</a></li><li><a>末页</a></li><li><span class="pageinfo">共 <strong>2</strong>页<strong>7</strong>条</span></li></ul></div>')
    body = f"""<div class="w980 clearfix">
<div class="place">您的位置：<a href="/">第一公文网</a> &gt; 领导讲话</div>
<div class="left"><div class="listbox"><div class="tit">领导讲话</div><ul class="e2">
{items}
</ul>
{pg}
</div></div>
<div class="right"><div class="rbox"><div class="tit">热门排行</div><ul>
{li(HOT)}
</ul></div></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="领导讲话_第一公文网" + ("_第2页" if n > 1 else ""), KEYWORDS="领导讲话,讲话稿", DESC="第一公文网领导讲话栏目")


def home():
    a2 = ARTICLES[1]
    body = f"""<div class="w980 clearfix">
<div class="idx_box"><div class="tit"><a href="{COL}">领导讲话</a><a href="{COL}" class="more">更多&gt;&gt;</a></div><ul>
<li><a href="{url_of(a2[1])}" target="_blank">{a2[0].title}</a></li>
<li><a href="{url_of(60318)}" target="_blank">在全县三级干部大会上的讲话</a></li>
</ul></div>
<div class="idx_box"><div class="tit"><a href="/gzzj/">工作总结</a></div><ul><li><a href="/gzzj/61003.html" target="_blank">2024年度个人工作总结</a></li></ul></div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="第一公文网_公文写作范文大全", KEYWORDS="公文,领导讲话,工作总结", DESC="第一公文网")


def build() -> Family:
    fam = Family(
        HOST,
        "第一公文网-like 公文写作 site (GBK): 摘要 box, 会员 wall after a few paragraphs (开通会员 / 登录查看全文 / 单篇购买) → truncated, free speech with 本文来源 line, Dede-style list pager",
        encoding="gbk",
        content_type="text/html; charset=gb2312",
    )
    for i, (speech, aid, date, *_r) in enumerate(ARTICLES):
        page, paras = article(i)
        fam.put(url_of(aid), page)
        vip = ARTICLES[i][5]
        fam.doc([url_of(aid)], speech, truncated=bool(vip), text="\n".join(paras), published_at=date)
    fam.put(COL, listing(1))
    fam.put(COL + "list_2.html", listing(2))
    fam.put("/", home())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /member/\nDisallow: /plus/\n")
    fam.not_documents += ["/", COL, COL + "list_2.html"]
    fam.noise += ["本文为会员文章", "登录查看全文", "开通会员", "本文来源：第一公文网", "下载Word文档", "摘要：", "相关文章", "热门排行",
                  "最新更新", "苏ICP备10218356号", "您的位置", "上一篇"]
    return fam
