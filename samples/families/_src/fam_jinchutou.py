"""金锄头文库 (jinchutou.com)-like document page: `/p-NNNNNNNNN.html` titled with the uploaded file
name (`….docx`), a 内容提供方 / 大小 / 字数 / 发布时间 / 需要金币 info table, the text printed per
page box (`div.txt-page`, each headed `第N页 / 共M页`), the `《…》由会员…分享，可在线阅读…请在金锄头文库上搜索。`
line above the pages; the 6-page document stops after page 2 in the middle of a paragraph at
`还剩4页未读，下载文档查看全文` (→ truncated), the 3-page one is complete (`已是最后一页`);
金币 price box (10金币=人民币1元), 下载须知 list, 相关资源 listing the other, 最新文档."""

from common import SPEECHES, Family, render

HOST = "www.jinchu-wenku.test"

DOCS = [
    {
        "speech": SPEECHES["R23JC1"],
        "pid": 236718452,
        "ext": "docx",
        "file": "县长在全县农村人居环境整治提升现场推进会上的讲话",
        "member": "乡村振兴材料库",
        "size": "36.2KB",
        "words": "约1.4千字",
        "uptime": "2023-06-12",
        "total": 6,
        "per_page": [5, 3],
        "cut": 58,  # characters of the last previewed paragraph
        "coins": 15,
        "views": 27,
    },
    {
        "speech": SPEECHES["R23JC2"],
        "pid": 241093367,
        "ext": "doc",
        "file": "院长在建院70周年庆祝大会上的致辞",
        "member": "杏林春暖",
        "size": "29.5KB",
        "words": "约1.3千字",
        "uptime": "2023-11-20",
        "total": 3,
        "per_page": [3, 3, 3],
        "cut": None,
        "coins": 10,
        "views": 14,
    },
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/Skins/default/css/common.css?v=20230801" rel="stylesheet" type="text/css" />
<link href="/Skins/default/css/@@CSS@@.css?v=20230801" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/JS/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/JS/common.js?v=20230801"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">您好，欢迎来到金锄头文库！</span><span class="fr"><a href="/Login.aspx" rel="nofollow">[登录]</a> <a href="/Register.aspx" rel="nofollow">[免费注册]</a> | <a href="/UserCenter/Upload.aspx" rel="nofollow">上传文档</a> | <a href="/Help/">帮助中心</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/Skins/default/images/logo.png" alt="金锄头文库" /></a>
<div class="searchbox"><form action="/Search.aspx" method="get"><input type="text" name="q" class="txt" value="" /><input type="submit" class="btn" value="搜 索" /></form><p class="hotkey">热门搜索：<a href="/Search.aspx?q=%E8%AE%B2%E8%AF%9D">讲话</a> <a href="/Search.aspx?q=%E8%87%B4%E8%BE%9E">致辞</a> <a href="/Search.aspx?q=%E6%80%BB%E7%BB%93">总结</a></p></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/l-2201.html">党政相关</a><a href="/l-2205.html">工作范文</a><a href="/l-2301.html">行业资料</a><a href="/l-2401.html">教育专区</a></div></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<p class="flink"><a href="/Help/About.html" rel="nofollow">关于我们</a> - <a href="/Help/Contact.html" rel="nofollow">联系我们</a> - <a href="/Help/Agreement.html" rel="nofollow">用户协议</a> - <a href="/Help/Copyright.html" rel="nofollow">版权声明</a> - <a href="/sitemap.xml">网站地图</a></p>
<p>金锄头文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。</p>
<p>Copyright &copy; 2012-2023 金锄头文库 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备12045871号-2</a></p>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6e1f0a9b2c3d4e5f60718293a4b5c6d7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def shown_paras(d):
    paras = d["speech"].paras[: sum(d["per_page"])]
    if d["cut"]:
        paras = paras[:-1] + [paras[-1][: d["cut"]]]
    return paras


def pages_html(d):
    shown = shown_paras(d)
    out, at = [], 0
    for i, count in enumerate(d["per_page"], 1):
        body = "\n".join(f"<p>{p}</p>" for p in shown[at : at + count])
        if i == 1:
            body = f'<p align="center"><b>{d["speech"].title}</b></p>\n' + body
        at += count
        out.append(
            f"""<div class="txt-page" id="txtpage_{i}">
<div class="page-hd">第{i}页 / 共{d["total"]}页</div>
<div class="page-bd">
{body}
</div>
</div>"""
        )
    return "\n".join(out)


def doc_page(d, other):
    shown = len(d["per_page"])
    left = d["total"] - shown
    file = f"{d['file']}.{d['ext']}"
    ofile = f"{other['file']}.{other['ext']}"
    if left:
        wall = f"""<div class="preview-more" id="previewMore">
<div class="mask"></div>
<p class="tip">还剩<em>{left}</em>页未读，</p>
<a href="/Download.aspx?pid={d["pid"]}" class="btn-down-all" rel="nofollow">下载文档查看全文</a>
</div>"""
    else:
        wall = '<div class="preview-end"><p>已是最后一页</p></div>'
    page = (
        HEAD
        + """<div class="w1200 position">您现在的位置：<a href="/">首页</a> &gt; <a href="/l-2201.html">党政相关</a> &gt; <a href="/l-2201.html">讲话致辞</a> &gt; @@FILE@@</div>
<div class="w1200 clearfix">
<div class="doc-left fl">
<div class="doc-title"><h1><img src="/Skins/default/images/ico/@@EXT@@.gif" alt="" />@@FILE@@</h1></div>
<table class="doc-info" cellpadding="0" cellspacing="0">
<tr><td>内容提供方：<a href="/u-@@PID@@.html" rel="nofollow">@@MEMBER@@</a></td><td>大小：@@SIZE@@</td><td>字数：@@WORDS@@</td></tr>
<tr><td>发布时间：@@UPTIME@@</td><td>浏览人气：@@VIEWS@@</td><td>下载次数：仅上传者可见</td></tr>
<tr><td colspan="3">需要金币：<span class="coin">@@COINS@@</span> 金币 (10金币=人民币1元)</td></tr>
</table>
<div class="doc-share"><span>分享到：</span><a href="javascript:;" class="wx" title="微信">微信</a><a href="javascript:;" class="qq" title="QQ">QQ</a><a href="javascript:;" class="wb" title="新浪微博">新浪微博</a><a href="javascript:;" class="fav" onclick="AddFav(@@PID@@)">收藏</a></div>
<div class="doc-preview">
<p class="share-line">《@@FILE@@》由会员@@MEMBER@@分享，可在线阅读，更多相关《@@FILE@@》请在金锄头文库上搜索。</p>
@@PAGES@@
@@WALL@@
</div>
<div class="down-box clearfix">
<div class="fl"><p class="name"><img src="/Skins/default/images/ico/@@EXT@@.gif" alt="" />@@FILE@@</p><p>需要金币：<b>@@COINS@@</b>　<a href="/UserCenter/Recharge.aspx" rel="nofollow">充值金币</a></p></div>
<a href="/Download.aspx?pid=@@PID@@" class="btn-down fr" rel="nofollow">点击下载本文档</a>
</div>
<div class="notice">
<h3>下载须知</h3>
<p>1、本文档共计@@TOTAL@@页，下载后文档不带水印，支持完整阅读内容或进行编辑。</p>
<p>2、当您付费下载文档后，您只拥有了使用权限，并不意味着购买了版权，文档内容版权归上传者所有。</p>
<p>3、如文档内容存在侵犯商业秘密、侵犯著作权等，请点击“<a href="/Help/Report.aspx?pid=@@PID@@" rel="nofollow">文档侵权举报</a>”。</p>
</div>
<div class="related"><h3>相关资源</h3>
<ul>
<li><a href="/p-@@OPID@@.html" title="@@OFILE@@">@@OFILE@@</a><span>@@OTOTAL@@页</span></li>
<li><a href="/p-236540019.html" title="农村人居环境整治工作总结.docx">农村人居环境整治工作总结.docx</a><span>5页</span></li>
<li><a href="/p-235998204.html" title="乡镇厕所革命实施方案.doc">乡镇厕所革命实施方案.doc</a><span>7页</span></li>
</ul></div>
</div>
<div class="doc-right fr">
<div class="box"><h3>最新文档</h3><ul>
<li><a href="/p-241120855.html">2023年度组织生活会个人发言提纲.docx</a></li>
<li><a href="/p-241120311.html">年终总结表彰大会主持词.doc</a></li>
</ul></div>
<div class="box ad"><a href="/UserCenter/Vip.aspx" rel="nofollow"><img src="/Skins/default/images/ad_vip.jpg" alt="开通VIP 下载更优惠" /></a></div>
</div>
</div>
<script type="text/javascript">var pid = @@PID@@, pagecount = @@TOTAL@@, previewcount = @@SHOWN@@;</script>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{file}-金锄头文库",
        KW=f"{d['file']},讲话,致辞",
        DESC=f"{file}由会员{d['member']}分享，可在线阅读",
        CSS="detail",
        FILE=file,
        EXT=d["ext"],
        PID=d["pid"],
        MEMBER=d["member"],
        SIZE=d["size"],
        WORDS=d["words"],
        UPTIME=d["uptime"],
        VIEWS=d["views"],
        COINS=d["coins"],
        PAGES=pages_html(d),
        WALL=wall,
        TOTAL=d["total"],
        OPID=other["pid"],
        OFILE=ofile,
        OTOTAL=other["total"],
        SHOWN=shown,
    )


def list_page(items, cur):
    lis = "\n".join(
        f"""<li><img src="/Skins/default/images/ico/{d["ext"]}.gif" alt="" /><a href="/p-{d["pid"]}.html" target="_blank" title="{d["file"]}.{d["ext"]}">{d["file"]}.{d["ext"]}</a><span class="pages">{d["total"]}页</span><span class="date">{d["uptime"]}</span></li>"""
        for d in items
    )
    if cur == 1:
        pager = '<span class="current">1</span><a href="/l-2201-2.html">2</a><a href="/l-2201-2.html">下一页</a><a href="/l-2201-2.html">尾页</a>'
    else:
        pager = '<a href="/l-2201.html">首页</a><a href="/l-2201.html">上一页</a><a href="/l-2201.html">1</a><span class="current">2</span>'
    page = (
        HEAD
        + """<div class="w1200 position">您现在的位置：<a href="/">首页</a> &gt; 党政相关</div>
<div class="w1200 list-box"><ul class="doc-list">
@@ITEMS@@
</ul>
<div class="pager">共2页 @@PAGER@@</div></div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="党政相关" + ("" if cur == 1 else f"_第{cur}页") + "-金锄头文库",
        KW="党政相关,讲话稿,致辞",
        DESC="金锄头文库党政相关分类",
        CSS="list",
        ITEMS=lis,
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "金锄头文库 (jinchutou) document page: file-name title, 金币 info table, text per page box, 下载文档查看全文 wall",
    )
    fam.put("/l-2201.html", list_page([DOCS[0]], 1))
    fam.put("/l-2201-2.html", list_page([DOCS[1]], 2))
    home = (
        HEAD
        + """<div class="w1200 index-box"><div class="hd"><h2>党政相关</h2><a href="/l-2201.html" class="more">更多&gt;&gt;</a></div>
<ul><li><a href="/p-@@PID@@.html" title="@@FILE@@">@@FILE@@</a></li></ul></div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            TITLE="金锄头文库-文档分享下载平台",
            KW="金锄头文库,文档下载,文档分享",
            DESC="金锄头文库是一个在线文档分享平台",
            CSS="index",
            PID=DOCS[0]["pid"],
            FILE=f"{DOCS[0]['file']}.{DOCS[0]['ext']}",
        ),
    )
    fam.not_documents += ["/", "/l-2201.html", "/l-2201-2.html"]
    for i, d in enumerate(DOCS):
        path = f"/p-{d['pid']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc(
            [path],
            d["speech"],
            truncated=d["total"] > len(d["per_page"]),
            text="\n".join(shown_paras(d)),
            published_at=d["uptime"],
        )
    fam.note = (
        "title is the speech's own, printed centred at the top of the first text page (the page heads it "
        "with the uploader's file name, 县长在…讲话.docx); published_at is the 发布时间 (upload date); the first "
        "document's last previewed paragraph stops mid-sentence at the wall"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /UserCenter/\nDisallow: /Download.aspx\nDisallow: /Search.aspx\n")
    fam.noise += [
        "县长在全县农村人居环境整治提升现场推进会上的讲话.docx",
        "院长在建院70周年庆祝大会上的致辞.doc",
        "内容提供方",
        "乡村振兴材料库",
        "杏林春暖",
        "需要金币",
        "10金币=人民币1元",
        "由会员",
        "请在金锄头文库上搜索",
        "第1页 / 共6页",
        "第2页 / 共3页",
        "页未读，",
        "下载文档查看全文",
        "已是最后一页",
        "点击下载本文档",
        "下载须知",
        "下载后文档不带水印",
        "文档侵权举报",
        "相关资源",
        "农村人居环境整治工作总结",
        "最新文档",
        "分享到：",
        "浙ICP备12045871号-2",
    ]
    return fam
