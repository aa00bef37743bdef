"""知网空间 (www.cnki.com.cn) article pages as a guest sees them: a journal article
`/Article/CJFDTOTAL-JNNY202405003.htm` and a newspaper article
`/Article/CCNDTOTAL-PCRB202405200030.htm`; XHTML 1.0 Transitional, utf-8; titled
`标题--《江南农业》2024年05期` / `标题--《平川日报》2024-05-20`; 中国知网 top bar (登录 / 注册 /
充值中心), the search box, crumb (知网空间 > 期刊/报纸 > …); `h1.xx_title`, then the bracketed
fields `【作者】`, `【机构】`/`【报纸名称】`, `【报纸日期】`/`【版名】`/`【版号】`, `【分类号】`,
`【出版日期】` for the journal; an article with no abstract shows its `【正文快照】：` — the first few
hundred characters of the full text as the CAJ text layer gives them, paragraphs run together with
their `　　` indents, stopping mid-sentence (→ truncated; the expected text is what is shown);
download buttons (CAJ下载 / PDF下载 / 手机阅读 / 在线阅读), `【相似文献】` 中国期刊全文数据库 /
中国重要报纸全文数据库 lists, 扫描二维码下载全球学术快报APP, 热门文献, 知网 footer (京ICP证040431号, 京公网安备…,
出版物经营许可证). Home `/`, the issue table of contents `/Journal/H-H1-JNNY-2024-05.htm` and the
newspaper day page `/Newspaper/PCRB-2024-05-20.htm` list them."""

from common import SPEECHES, Family

HOST = "www.zhiwang-kongjian-like.test"

JOURNAL = dict(
    speech=SPEECHES["f38c-5"],
    file="CJFDTOTAL-JNNY202405003",
    source="江南农业",
    issue="2024年05期",
    author="周永明",
    org="江南省人民政府",
    clc="F326.11",
    date="2024-03-10",
    cut=3,  # whole paragraphs shown, then part of the next
    part=196,
)
PAPER = dict(
    speech=SPEECHES["f38c-6"],
    file="CCNDTOTAL-PCRB202405200030",
    source="平川日报",
    date="2024-05-20",
    edition="社区周刊",
    page_no="003",
    author="陈思远",
    cut=4,
    part=71,
)

SIMILAR_J = [
    ("CJFDTOTAL-JNNY202404001", "扛稳粮食安全责任 推动农业强省建设", "江南农业", "2024年04期"),
    ("CJFDTOTAL-NCGZ202403012", "春季农业生产形势分析与对策建议", "农村工作通讯", "2024年03期"),
    ("CJFDTOTAL-ZGLS202402008", "高标准农田建设的实践与思考", "中国粮食经济", "2024年02期"),
]
SIMILAR_P = [
    ("CCNDTOTAL-PCRB202405130021", "邻里守望 让社区更有温度", "平川日报", "2024-05-13"),
    ("CCNDTOTAL-JNRB202404290042", "老旧小区改造后 居民幸福感“节节高”", "江南日报", "2024-04-29"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<link href="/css/common.css" rel="stylesheet" type="text/css" />
<link href="/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="topbar_c"><div class="topbar_l"><a href="https://www.cnki.net/" target="_blank">中国知网</a> | <a href="/">知网空间</a> | <a href="https://kns.cnki.net/" target="_blank">知识发现网络平台</a></div><div class="topbar_r"><a href="javascript:void(0);" onclick="login();">登录</a> | <a href="https://my.cnki.net/elibregister/commonRegister.aspx" target="_blank">注册</a> | <a href="https://cz.cnki.net/" target="_blank">充值中心</a> | <a href="/help.htm" target="_blank">帮助</a></div></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo_space.gif" alt="知网空间" /></a></div>
<div class="search"><form action="https://search.cnki.com.cn/Search/Result" method="get" target="_blank"><select name="searchtype"><option value="0">全文</option><option value="1">主题</option><option value="2">篇名</option><option value="3">作者</option><option value="4">关键词</option></select><input type="text" name="content" class="sinput" /><input type="submit" value="检 索" class="sbtn" /></form></div></div>
<div class="nav"><a href="/">首页</a><a href="/Journal/">期刊</a><a href="/Newspaper/">报纸</a><a href="javascript:;">博硕</a><a href="javascript:;">会议</a><a href="javascript:;">年鉴</a><a href="javascript:;">工具书</a></div>
"""

FOOT = """<div class="footer"><p><a href="https://www.cnki.net/gycnki/gycnki.htm" target="_blank">关于我们</a> | <a href="https://www.cnki.net/gycnki/lxwm.htm" target="_blank">联系我们</a> | <a href="/help.htm" target="_blank">帮助中心</a> | <a href="https://www.cnki.net/other/gonggao/bqsm.htm" target="_blank">版权声明</a></p>
<p>&copy;2024 中国知网(cnki) 中国学术期刊（光盘版）电子杂志社有限公司 KDN平台基础技术由KBASE 11.0提供</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证040431号</a> 网络出版服务许可证 （总）网出证(京)字第271号 经营性网站备案信息 <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802020460" target="_blank">京公网安备11010802020460号</a></p>
<p>出版物经营许可证 新出发京批字第直0595号 订购热线：400-819-9993 服务电话：010-62791813</p></div>
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?ab6c2c1f4d3b8e77a0e9d1f0c5b6a243";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</body>
</html>
"""


def shown(d):
    """What the 正文快照 prints, and the expected text (paragraphs joined by \\n, the last cut)."""
    paras = d["speech"].paras
    kept = paras[: d["cut"]] + [paras[d["cut"]][: d["part"]]]
    return "　　".join(kept), "\n".join(kept)


def article(d, kind):
    speech = d["speech"]
    snap, _ = shown(d)
    if kind == "journal":
        title = f"{speech.title}--《{d['source']}》{d['issue']}"
        crumb = f'<a href="/">知网空间</a> &gt; <a href="/Journal/">期刊</a> &gt; <a href="/Journal/H-H1-JNNY.htm">{d["source"]}</a> &gt; <a href="/Journal/H-H1-JNNY-2024-05.htm">{d["issue"]}</a>'
        fields = f"""<div class="xx_font"><font color="#0080ff">【作者】</font> <a href="https://search.cnki.com.cn/Search/Result?author={d['author']}" target="_blank">{d['author']}</a>；</div>
<div class="xx_font"><font color="#0080ff">【机构】</font> {d['org']}；</div>
<div class="xx_font"><font color="#0080ff">【出处】</font> 《<a href="/Journal/H-H1-JNNY.htm">{d['source']}</a>》 {d['issue']}</div>
<div class="xx_font"><font color="#0080ff">【出版日期】</font> {d['date']}</div>
<div class="xx_font"><font color="#0080ff">【分类号】</font> {d['clc']}</div>
<div class="xx_font"><font color="#0080ff">【DOI】</font> </div>"""
        similar = SIMILAR_J
        sim_db = "中国期刊全文数据库"
    else:
        title = f"{speech.title}--《{d['source']}》{d['date']}"
        crumb = f'<a href="/">知网空间</a> &gt; <a href="/Newspaper/">报纸</a> &gt; <a href="/Newspaper/PCRB-2024-05-20.htm">{d["source"]}</a> &gt; {d["date"]}'
        fields = f"""<div class="xx_font"><font color="#0080ff">【作者】</font> 本报记者 <a href="https://search.cnki.com.cn/Search/Result?author={d['author']}" target="_blank">{d['author']}</a> 整理；</div>
<div class="xx_font"><font color="#0080ff">【报纸名称】</font> <a href="/Newspaper/PCRB-2024-05-20.htm">{d['source']}</a></div>
<div class="xx_font"><font color="#0080ff">【报纸日期】</font> {d['date']}</div>
<div class="xx_font"><font color="#0080ff">【版名】</font> {d['edition']}</div>
<div class="xx_font"><font color="#0080ff">【版号】</font> {d['page_no']}</div>"""
        similar = SIMILAR_P
        sim_db = "中国重要报纸全文数据库"
    sims = "".join(
        f'<li><a href="/Article/{f}.htm" target="_blank">{t}</a> 《{s}》 {when}</li>\n' for f, t, s, when in similar
    )
    return (
        HEAD.format(title=title, kw=speech.title, desc=f"【正文快照】：{snap[:120]}")
        + f"""<div class="crumbs">{crumb}</div>
<div id="content" class="content">
<div class="xx_left">
<div style="text-align:center; width:100%;"><h1 class="xx_title">{speech.title}</h1></div>
<div class="down_btn"><a href="javascript:void(0);" onclick="downLoad('{d['file']}','caj');" class="btn_caj">CAJ下载</a><a href="javascript:void(0);" onclick="downLoad('{d['file']}','pdf');" class="btn_pdf">PDF下载</a><a href="javascript:void(0);" onclick="readOnline('{d['file']}');" class="btn_read">在线阅读</a><a href="javascript:void(0);" class="btn_mobile">手机阅读</a></div>
{fields}
<div class="xx_font"><font color="#0080ff">【正文快照】：</font>{snap}</div>
<div class="xx_tip">下载全文请先<a href="javascript:void(0);" onclick="login();">登录</a>，本文为收费文献，全文约{len(speech.text.replace(chr(10), ''))}字，下载全文需支付 <b>{"1.50" if kind == "journal" else "0.50"}</b> 元。</div>
<div class="xx_similar"><div class="xx_sub"><font color="#0080ff">【相似文献】</font></div><div class="xx_db">{sim_db} 前10条</div><ul>
{sims}</ul></div>
</div>
<div class="xx_right"><div class="app_box"><img src="/images/app_qr.png" alt="" /><p>扫描二维码下载全球学术快报APP</p></div><div class="hot_box"><h3>热门文献</h3><ul><li><a href="/Article/{similar[0][0]}.htm">{similar[0][1]}</a></li></ul></div></div>
</div>
"""
        + FOOT
    )


def toc_journal():
    d = JOURNAL
    rows = [
        ("CJFDTOTAL-JNNY202405001", "深入学习贯彻中央一号文件精神 扎实推进乡村全面振兴", "本刊评论员"),
        ("CJFDTOTAL-JNNY202405002", "2024年全省农业农村工作要点", "江南省农业农村厅"),
        (d["file"], d["speech"].title, d["author"]),
        ("CJFDTOTAL-JNNY202405004", "小麦春季田间管理技术意见", "江南省农业技术推广总站"),
    ]
    lis = "".join(
        f'<tr><td class="tit"><a href="/Article/{f}.htm" target="_blank">{t}</a></td><td class="au">{a}</td></tr>\n'
        for f, t, a in rows
    )
    return (
        HEAD.format(title="江南农业2024年05期-知网空间", kw="江南农业", desc="江南农业 2024年05期 目录")
        + f"""<div class="crumbs"><a href="/">知网空间</a> &gt; <a href="/Journal/">期刊</a> &gt; <a href="/Journal/H-H1-JNNY.htm">江南农业</a> &gt; 2024年05期</div>
<div id="content" class="content"><div class="qk_info"><h2>江南农业</h2><p>主办：江南省农业农村厅　周期：半月　ISSN：1007-4328　CN：36-1122/S</p></div>
<div class="qk_year"><a href="/Journal/H-H1-JNNY-2024-04.htm">2024年04期</a> <b>2024年05期</b></div>
<table class="qk_list"><tr><th>篇名</th><th>作者</th></tr>
{lis}</table></div>
"""
        + FOOT
    )


def day_paper():
    d = PAPER
    rows = [
        ("CCNDTOTAL-PCRB202405200010", "我市启动“全民健身月”系列活动", "001"),
        (d["file"], d["speech"].title, d["page_no"]),
        ("CCNDTOTAL-PCRB202405200031", "社区食堂开到家门口", "003"),
    ]
    lis = "".join(
        f'<tr><td class="tit"><a href="/Article/{f}.htm" target="_blank">{t}</a></td><td>{p}版</td></tr>\n'
        for f, t, p in rows
    )
    return (
        HEAD.format(title="平川日报2024-05-20-知网空间", kw="平川日报", desc="平川日报 2024-05-20")
        + f"""<div class="crumbs"><a href="/">知网空间</a> &gt; <a href="/Newspaper/">报纸</a> &gt; 平川日报 &gt; 2024-05-20</div>
<div id="content" class="content"><div class="bz_info"><h2>平川日报</h2><p>主办：中共平川市委　CN：36-0021</p></div>
<table class="bz_list"><tr><th>题名</th><th>版号</th></tr>
{lis}</table></div>
"""
        + FOOT
    )


def home():
    return (
        HEAD.format(title="知网空间-中国知网", kw="知网空间,中国知网,CNKI,期刊,论文", desc="知网空间是中国知网面向个人用户的知识服务平台")
        + f"""<div id="content" class="content">
<div class="idx_box"><h3>最新期刊</h3><ul><li><a href="/Journal/H-H1-JNNY-2024-05.htm">江南农业 2024年05期</a></li><li><a href="/Article/{JOURNAL['file']}.htm">{JOURNAL['speech'].title}</a></li></ul></div>
<div class="idx_box"><h3>最新报纸</h3><ul><li><a href="/Newspaper/PCRB-2024-05-20.htm">平川日报 2024-05-20</a></li><li><a href="/Article/{PAPER['file']}.htm">{PAPER['speech'].title}</a></li></ul></div>
<div class="idx_box"><h3>热门下载</h3><ul><li><a href="/Article/{SIMILAR_J[0][0]}.htm">{SIMILAR_J[0][1]}</a></li></ul></div>
</div>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "知网空间 (www.cnki.com.cn/Article/…) journal and newspaper article pages as a guest sees them")
    fam.put("/", home())
    fam.put("/Journal/H-H1-JNNY-2024-05.htm", toc_journal())
    fam.put("/Newspaper/PCRB-2024-05-20.htm", day_paper())
    fam.not_documents += ["/", "/Journal/H-H1-JNNY-2024-05.htm", "/Newspaper/PCRB-2024-05-20.htm"]
    for d, kind in ((JOURNAL, "journal"), (PAPER, "paper")):
        url = f"/Article/{d['file']}.htm"
        fam.put(url, article(d, kind))
        fam.doc([url], d["speech"], truncated=True, text=shown(d)[1], published_at=d["date"])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Search/\n")
    fam.noise += [
        "【正文快照】",
        "【作者】",
        "【相似文献】",
        "CAJ下载",
        "下载全文请先",
        "本文为收费文献",
        "京ICP证040431号",
        "中国学术期刊（光盘版）电子杂志社有限公司",
        "扫描二维码下载全球学术快报APP",
        "--《江南农业》2024年05期",
        "江南省人民政府",
        "本报记者",
    ]
    fam.note = "guests see only the 正文快照 (the first paragraphs, run together, cut mid-sentence): truncated, the expected text is what is shown"
    return fam
