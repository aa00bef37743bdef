"""人人文库 (renrendoc.com)-like document pages: `/paper/NNNNNNNNN.html` titled and headed with the
uploaded file's name (`….doc - 人人文库`), the info line (上传人 / IP属地 / 上传时间 / 文件大小 / 页数 /
浏览 / 下载 / 收藏 / 举报), the 文档价格 + 下载本文档 box above the preview, the preview as text pages
(`div.preview-page` > `div.page-txt`, the Word file's own centred title and speaker line first,
`- N -` page numbers), then the 5-page 发言稿 stops after page 3 at `预览已结束，剩余2页可下载查看`
with its 下载本文档 button (→ truncated), the 3-page one is previewed whole (本文档已全部预览完毕 and the
same button); 版权说明, 下载须知 (1、2、3、), 相关资源 listing the other document by file name, 相关搜索,
uploader card, 最新文档, footer with 客服 QQ, ICP and 公安备案 lines. Listings `/list-1205.html`,
`/list-1205-2.html` (演讲致辞); home `/`."""

from common import SPEECHES, Family, render

HOST = "www.renren-wenku.test"

DOCS = [
    {
        "speech": SPEECHES["R27B1"],
        "pid": 288143706,
        "ext": "doc",
        "uploader": "青山****镇",
        "ip": "江西",
        "uptime": "2024/4/28",
        "date": "2024-04-28",
        "size": "36.00KB",
        "total": 5,
        "per_page": [4, 2, 2],
        "price": "5",
        "byline": "镇长　周建平",
        "views": 356,
        "downs": 12,
    },
    {
        "speech": SPEECHES["R27B4"],
        "pid": 276590418,
        "ext": "docx",
        "uploader": "社区****者",
        "ip": "山东",
        "uptime": "2024/3/30",
        "date": "2024-03-30",
        "size": "18.22KB",
        "total": 3,
        "per_page": [4, 3, 3],
        "price": "3",
        "byline": "街道党工委书记　林晓红",
        "views": 127,
        "downs": 4,
    },
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=https://m.renren-wenku.test@@PATH@@" />
<link rel="canonical" href="https://www.renren-wenku.test@@PATH@@" />
<link rel="shortcut icon" href="https://www.renren-wenku.test/favicon.ico" />
<link href="https://static.renren-wenku.test/css/base.css?v=20240312" rel="stylesheet" type="text/css" />
<link href="https://static.renren-wenku.test/css/@@CSS@@.css?v=20240312" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="https://static.renren-wenku.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200 clearfix">
    <div class="top-l fl">欢迎来到人人文库网! | <a href="https://www.renren-wenku.test/help/" rel="nofollow" target="_blank">帮助中心</a></div>
    <div class="top-r fr" id="loginbox"><a href="https://www.renren-wenku.test/login.aspx" rel="nofollow">登录</a> | <a href="https://www.renren-wenku.test/register.aspx" rel="nofollow">免费注册</a> | <a href="https://www.renren-wenku.test/vip.html" rel="nofollow" class="red">开通VIP</a> | <a href="https://www.renren-wenku.test/upload.html" rel="nofollow">上传赚钱</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="/" title="人人文库网"><img src="https://static.renren-wenku.test/images/logo.png" alt="人人文库网" /></a></div>
    <div class="search fl">
      <form action="https://www.renren-wenku.test/search.html" method="get" target="_blank"><input type="text" name="q" id="q" class="search-txt" value="" placeholder="海量文档，一搜即得" /><input type="submit" class="search-btn" value="搜 索" /></form>
      <div class="hot-search">热门搜索：<a href="/search.html?q=发言稿" target="_blank">发言稿</a><a href="/search.html?q=讲话稿" target="_blank">讲话稿</a><a href="/search.html?q=致辞" target="_blank">致辞</a><a href="/search.html?q=心得体会" target="_blank">心得体会</a></div>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="/">首页</a></li>
    <li><a href="/list-1201.html">行业资料</a></li>
    <li><a href="/list-1202.html">教育专区</a></li>
    <li><a href="/list-1203.html">应用文书</a></li>
    <li class="cur"><a href="/list-1205.html">演讲致辞</a></li>
    <li><a href="/list-1206.html">党团工作</a></li>
    <li><a href="https://www.renren-wenku.test/vip.html" rel="nofollow">VIP专区</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="links"><a href="https://www.renren-wenku.test/about.html" rel="nofollow">关于我们</a> - <a href="https://www.renren-wenku.test/agreement.html" rel="nofollow">网站声明</a> - <a href="https://www.renren-wenku.test/sitemap.html">网站地图</a> - <a href="https://www.renren-wenku.test/sitemap.xml">资源地图</a> - <a href="https://www.renren-wenku.test/friend.html">友情链接</a> - <a href="https://www.renren-wenku.test/help/" rel="nofollow">帮助中心</a></p>
    <p>网站客服QQ：2881579361　　　　客服邮箱：kefu@renren-wenku.test</p>
    <p>copyright@ 2016-2024　人人文库网 网站版权所有</p>
    <p><a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">浙ICP备19020286号-6</a>　<img src="https://static.renren-wenku.test/images/gongan.png" alt="" />浙公网安备33011002014133号</p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?f1a9b27c3e7d54d0c6a2e1b8d9f04c35";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def fname(d):
    return f"{d['speech'].title}.{d['ext']}"


def shown_paras(d):
    return d["speech"].paras[: sum(d["per_page"])]


def preview(d):
    speech = d["speech"]
    out, at = [], 0
    for i, count in enumerate(d["per_page"], 1):
        body = []
        if i == 1:
            body.append(f'<p style="text-align:center;"><b>{speech.title}</b></p>')
            body.append(f'<p style="text-align:center;">{d["byline"]}</p>')
        body += [f"<p>{p}</p>" for p in speech.paras[at : at + count]]
        at += count
        inner = "\n".join(body)
        out.append(
            f"""<div class="preview-page" id="page_{i}">
<div class="page-txt">
{inner}
</div>
<div class="page-num">- {i} -</div>
</div>"""
        )
    return "\n".join(out)


def doc_page(d, other):
    speech = d["speech"]
    shown = len(d["per_page"])
    left = d["total"] - shown
    if left:
        end = f"""<div class="preview-end">
  <p class="end-tip">预览已结束，剩余<span class="red">{left}</span>页可下载查看</p>
  <a href="javascript:void(0);" class="btn-down" onclick="downLoad({d['pid']})" rel="nofollow">下载本文档</a>
</div>"""
    else:
        end = f"""<div class="preview-end">
  <p class="end-tip">本文档已全部预览完毕</p>
  <a href="javascript:void(0);" class="btn-down" onclick="downLoad({d['pid']})" rel="nofollow">下载本文档</a>
</div>"""
    page = (
        HEAD
        + """<div class="w1200 clearfix">
  <div class="crumb"><a href="/">人人文库网</a> &gt; <a href="/list-1203.html">应用文书</a> &gt; <a href="/list-1205.html">演讲致辞</a> &gt; <span>@@FILE@@</span></div>
  <div class="doc-left fl">
    <div class="doc-head">
      <h1 class="doc-title"><i class="icon-@@EXT@@"></i>@@FILE@@</h1>
      <div class="doc-info">
        <span>上传人：<a href="/u/@@UID@@.html" rel="nofollow" target="_blank">@@UPLOADER@@</a></span>
        <span>IP属地：@@IP@@</span>
        <span>上传时间：@@UPTIME@@</span>
        <span>格式：@@EXTU@@</span>
        <span>页数：@@TOTAL@@</span>
        <span>大小：@@SIZE@@</span>
      </div>
      <div class="doc-act">
        <span class="view">浏览：@@VIEWS@@</span><span class="down">下载：@@DOWNS@@</span>
        <a href="javascript:void(0);" onclick="addFav(@@PID@@)" rel="nofollow" class="fav">收藏</a>
        <a href="javascript:void(0);" class="share" rel="nofollow">分享</a>
        <a href="javascript:void(0);" onclick="report(@@PID@@)" rel="nofollow" class="report">举报</a>
      </div>
      <div class="doc-buy">
        <span class="price">文档价格：<em>@@PRICE@@</em>积分</span>
        <a href="javascript:void(0);" class="btn-down" onclick="downLoad(@@PID@@)" rel="nofollow">下载本文档</a>
        <a href="https://www.renren-wenku.test/vip.html" class="btn-vip" rel="nofollow" target="_blank">开通VIP免费下载</a>
      </div>
    </div>
    <div class="doc-copyright">版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行<a href="javascript:void(0);" onclick="report(@@PID@@)" rel="nofollow">举报</a>或<a href="https://www.renren-wenku.test/claim.html" rel="nofollow" target="_blank">认领</a></div>
    <div class="preview" id="preview">
@@PREVIEW@@
@@END@@
    </div>
    <div class="down-notice">
      <h3>下载须知</h3>
      <p>1、下载文件前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。</p>
      <p>2、"仅部分预览"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款（可完整预览的文档不适用该条件！）。</p>
      <p>3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。</p>
    </div>
    <div class="doc-relate">
      <h3>相关资源</h3>
      <ul class="clearfix">
        <li><i class="icon-@@OEXT@@"></i><a href="/paper/@@OPID@@.html" target="_blank" title="@@OFILE@@">@@OFILE@@</a></li>
        <li><i class="icon-doc"></i><a href="/paper/287902315.html" target="_blank" title="乡镇2024年防汛应急预案.doc">乡镇2024年防汛应急预案.doc</a></li>
        <li><i class="icon-docx"></i><a href="/paper/281664090.html" target="_blank" title="村级防汛工作责任书（范本）.docx">村级防汛工作责任书（范本）.docx</a></li>
        <li><i class="icon-doc"></i><a href="/paper/279013557.html" target="_blank" title="在全县安全生产工作会议上的表态发言.doc">在全县安全生产工作会议上的表态发言.doc</a></li>
      </ul>
    </div>
    <div class="doc-search">
      <h3>相关搜索</h3>
      <p><a href="/search.html?q=发言稿" target="_blank">发言稿</a><a href="/search.html?q=讲话稿" target="_blank">讲话稿</a><a href="/search.html?q=工作会议" target="_blank">工作会议</a></p>
    </div>
  </div>
  <div class="doc-right fr">
    <div class="user-card">
      <div class="avatar"><img src="https://static.renren-wenku.test/images/noavatar.png" alt="" /></div>
      <p class="uname">@@UPLOADER@@</p>
      <p class="udata"><span>文档<em>48</em></span><span>粉丝<em>3</em></span></p>
      <a href="/u/@@UID@@.html" rel="nofollow" target="_blank" class="btn-home">进入店铺</a>
    </div>
    <div class="side-vip"><a href="https://www.renren-wenku.test/vip.html" rel="nofollow" target="_blank"><img src="https://static.renren-wenku.test/images/ad/vip_290.png" alt="开通VIP 享超值特权" /></a></div>
    <div class="side-new">
      <h3>最新文档</h3>
      <ul>
        <li><a href="/paper/288170032.html" target="_blank">2024年度民主生活会个人发言提纲.docx</a></li>
        <li><a href="/paper/288166519.html" target="_blank">五四青年节团委书记讲话稿.doc</a></li>
        <li><a href="/paper/288160204.html" target="_blank">开学第一课校长致辞.docx</a></li>
      </ul>
    </div>
  </div>
</div>
<script type="text/javascript">
var docInfo = {pid: @@PID@@, title: "@@FILE@@", pages: @@TOTAL@@, preview: @@SHOWN@@, price: @@PRICE@@, ext: "@@EXT@@"};
</script>
<script type="text/javascript" src="https://static.renren-wenku.test/js/paper.js?v=20240312"></script>
"""
        + FOOT
    )
    return render(
        page,
        TITLE=f"{fname(d)} - 人人文库",
        KW=f"{speech.title}",
        DESC=f"{fname(d)}，{speech.paras[0]}{speech.paras[1][:60]}",
        PATH=f"/paper/{d['pid']}.html",
        CSS="paper",
        FILE=fname(d),
        EXT=d["ext"],
        EXTU=d["ext"].upper(),
        UID=d["pid"] % 100000 + 31000,
        UPLOADER=d["uploader"],
        IP=d["ip"],
        UPTIME=d["uptime"],
        TOTAL=d["total"],
        SIZE=d["size"],
        VIEWS=d["views"],
        DOWNS=d["downs"],
        PID=d["pid"],
        PRICE=d["price"],
        PREVIEW=preview(d),
        END=end,
        OEXT=other["ext"],
        OPID=other["pid"],
        OFILE=fname(other),
        SHOWN=shown,
    )


def list_page(items, cur):
    lis = "\n".join(
        f"""<li class="clearfix">
  <div class="l-icon fl"><i class="icon-{d["ext"]}"></i></div>
  <div class="l-con fl">
    <a class="l-title" href="/paper/{d["pid"]}.html" target="_blank" title="{fname(d)}">{fname(d)}</a>
    <p class="l-desc">{d["speech"].paras[1][:70]}…</p>
    <p class="l-info"><span>页数：{d["total"]}</span><span>上传时间：{d["uptime"]}</span><span>价格：{d["price"]}积分</span></p>
  </div>
</li>"""
        for d in items
    )
    if cur == 1:
        pager = '<span class="current">1</span><a href="/list-1205-2.html">2</a><a href="/list-1205-2.html">下一页</a><a href="/list-1205-2.html">尾页</a>'
    else:
        pager = '<a href="/list-1205.html">首页</a><a href="/list-1205.html">上一页</a><a href="/list-1205.html">1</a><span class="current">2</span>'
    page = (
        HEAD
        + """<div class="w1200 clearfix">
  <div class="crumb"><a href="/">人人文库网</a> &gt; <a href="/list-1203.html">应用文书</a> &gt; <span>演讲致辞</span></div>
  <div class="list-left fl">
    <div class="list-sort"><a class="cur" href="/list-1205.html">默认</a><a href="/list-1205.html?o=new" rel="nofollow">最新</a><a href="/list-1205.html?o=down" rel="nofollow">下载最多</a></div>
    <ul class="doc-list">
@@ITEMS@@
    </ul>
    <div class="pages">@@PAGER@@</div>
  </div>
</div>
"""
        + FOOT
    )
    return render(
        page,
        TITLE="演讲致辞" + ("" if cur == 1 else f"_第{cur}页") + " - 人人文库",
        KW="演讲致辞,发言稿,讲话稿",
        DESC="人人文库演讲致辞频道，提供发言稿、讲话稿、致辞等文档下载。",
        PATH="/list-1205.html" if cur == 1 else "/list-1205-2.html",
        CSS="list",
        ITEMS=lis,
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "人人文库 (renrendoc.com) document page: file-name title, info line, price + 下载本文档, preview text pages, 预览已结束 wall",
    )
    fam.put("/list-1205.html", list_page([DOCS[0]], 1))
    fam.put("/list-1205-2.html", list_page([DOCS[1]], 2))
    home = (
        HEAD
        + """<div class="w1200 clearfix">
  <div class="banner"><a href="https://www.renren-wenku.test/vip.html" rel="nofollow"><img src="https://static.renren-wenku.test/images/banner/vip_1200.jpg" alt="VIP会员" /></a></div>
  <div class="floor">
    <div class="floor-hd"><h2>演讲致辞</h2><a href="/list-1205.html" class="more">更多&gt;&gt;</a></div>
    <ul class="floor-list">
      <li><i class="icon-@@EXT@@"></i><a href="/paper/@@PID@@.html" target="_blank" title="@@FILE@@">@@FILE@@</a></li>
      <li><i class="icon-doc"></i><a href="/paper/288166519.html" target="_blank">五四青年节团委书记讲话稿.doc</a></li>
    </ul>
  </div>
</div>
"""
        + FOOT
    )
    fam.put(
        "/",
        render(
            home,
            TITLE="人人文库网 - 在线文档分享平台",
            KW="人人文库,文档下载,文档分享",
            DESC="人人文库网是一个在线文档分享平台，提供各类文档的在线预览与下载。",
            PATH="/",
            CSS="index",
            EXT=DOCS[0]["ext"],
            PID=DOCS[0]["pid"],
            FILE=fname(DOCS[0]),
        ),
    )
    fam.not_documents += ["/", "/list-1205.html", "/list-1205-2.html"]
    for i, d in enumerate(DOCS):
        path = f"/paper/{d['pid']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc(
            [path],
            d["speech"],
            truncated=d["total"] > len(d["per_page"]),
            text="\n".join(shown_paras(d)),
            published_at=d["date"],
        )
    fam.note = (
        "title is the speech's own (the page heads it with the file name plus .doc/.docx); "
        "published_at is the upload date (上传时间), the page prints no other date"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search.html\nDisallow: /u/\nDisallow: /login.aspx\n")
    fam.noise += [
        ".doc",
        "上传人",
        "IP属地",
        "上传时间",
        "文档价格",
        "下载本文档",
        "开通VIP",
        "版权说明",
        "预览已结束",
        "可下载查看",
        "本文档已全部预览完毕",
        "- 1 -",
        DOCS[0]["byline"],
        DOCS[1]["byline"],
        "下载须知",
        "人工客服工作时间",
        "相关资源",
        "乡镇2024年防汛应急预案",
        "相关搜索",
        "进入店铺",
        "最新文档",
        "浙ICP备19020286号-6",
        "网站客服QQ",
    ]
    return fam
