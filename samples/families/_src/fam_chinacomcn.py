"""中国网 (china.com.cn / news.china.com.cn)-like article pages on its 方正-style publishing system:
articles at `/2024-05/16/content_117198364.htm` with the next part at `content_117198364_2.htm`
(the `#autopage` pager: `<center>` with the current page as a bare `<span>`, 上一页 / 下一页),
channel lists `node_7248006.htm` then `node_7248006_2.htm`; XHTML 1.0 Transitional doctype, the
enp publication meta tags (`filetype`, `publishedtype`, `pagetype`, `catalogs`, `contentid`,
`publishdate`, `author`, `source`), the 中国网 top bar (首页 / 新闻 / 观点 / 直播 / 图片 / 视频 / 专题 /
English …), logo + channel nav, `crumbs` 位置, `h1.articleTitle`, `div.articleInfo` with the Baidu
news spans `pubtime_baidu` / `source_baidu` / `author_baidu` / `editor_baidu`, the text in
`div.articleBody#articleBody` between `<!--enpcontent-->` markers after the `<!--enpproperty-->`
comment; the forum speech after a `中国网5月16日讯（记者 …）…以下为致辞全文：` lead with a centred
photo and its caption, over two pages; `（本文来源：…）` line + 责任编辑 under the text on the other;
bdshare 分享到, 【打印】【关闭】, 相关新闻, right column 热点排行 / 图片 / ad, the CNGDC footer with
电子邮件 / 电话 / 京ICP证 / 网络传播视听节目许可证 / 京公网安备 lines. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.zhongguowang-like.test"
NODE = "7248006"
LIST = f"/node_{NODE}.htm"

LEAD = ("中国网5月16日讯（记者　苏静怡）5月16日，以“茶和天下·共享振兴”为主题的2024中国（云岭）茶文化与乡村振兴论坛在云岭市开幕。"
        "来自国内外的茶学专家、企业代表和乡村振兴工作者400余人参加论坛。中共云岭市委书记李国栋在开幕式上致辞。以下为致辞全文：")
PHOTO = ("/attachement/jpg/site1000/20240516/001ec94a25c127a4e1f50b.jpg",
         "5月16日，2024中国（云岭）茶文化与乡村振兴论坛在云岭市开幕。中国网记者　苏静怡　摄")

# speech, contentid, stamp, headline, source, source link, author, editor, lead, photo, pages, tail
ARTICLES = [
    (SPEECHES["f42b-5"], "117198364", "2024-05-16 14:26:51", "李国栋：在2024中国（云岭）茶文化与乡村振兴论坛开幕式上的致辞",
     "中国网", "/", "苏静怡", "王思远", LEAD, PHOTO, 2, ""),
    (SPEECHES["f42b-6"], "117203517", "2024-05-20 09:41:07", "在中外青年文化交流周闭幕式上的致辞",
     "中国青年网", "http://www.youth-like.test/", "", "陈璐", "", None, 1, "（本文来源：中国青年网）"),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
@@META@@<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="//images.zhongguowang-like.test/images1/ch/2016news/css/reset.css" rel="stylesheet" type="text/css" />
<link href="//images.zhongguowang-like.test/images1/ch/2016news/css/detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//images.zhongguowang-like.test/images1/resource/jquery-1.11.3.min.js"></script>
</head>

<body>
<!--top begin-->
<div class="topNav">
  <div class="topNavCon">
    <div class="fl"><a href="http://www.zhongguowang-like.test/" target="_blank">中国网首页</a> | <a href="/" target="_blank">新闻</a> | <a href="http://opinion.zhongguowang-like.test/" target="_blank">观点</a> | <a href="http://live.zhongguowang-like.test/" target="_blank">直播</a> | <a href="http://photo.zhongguowang-like.test/" target="_blank">图片</a> | <a href="http://v.zhongguowang-like.test/" target="_blank">视频</a> | <a href="http://www.zhongguowang-like.test/zhuanti/" target="_blank">专题</a> | <a href="http://www.china-org-like.test/" target="_blank">English</a> | <a href="http://www.zhongguowang-like.test/m/" target="_blank">手机版</a></div>
    <div class="fr"><a href="http://www.zhongguowang-like.test/shuzi/" target="_blank">数字中国</a> | <a href="http://www.zhongguowang-like.test/app/" target="_blank">中国网客户端</a></div>
  </div>
</div>
<div class="header">
  <div class="logo"><a href="http://www.zhongguowang-like.test/" target="_blank"><img src="//images.zhongguowang-like.test/images1/ch/2016news/images/logo_news.png" alt="中国网（测试）" width="290" height="60" /></a></div>
  <div class="nav">
    <a href="/">首页</a><a href="/node_7248006.htm">时政</a><a href="/node_7248007.htm">国内</a><a href="/node_7248008.htm">国际</a><a href="/node_7248009.htm">社会</a><a href="/node_7248010.htm">财经</a><a href="/node_7248011.htm">滚动</a><a href="/node_7248012.htm">图片</a>
  </div>
  <div class="search"><form action="http://search.zhongguowang-like.test/search.do" method="get" target="_blank"><input type="text" name="keyword" class="ipt" value="" /><input type="submit" class="btn" value="搜索" /></form></div>
</div>
<!--top end-->
"""

RIGHT = """<div class="right">
  <div class="rBox">
    <div class="rTit">热点排行</div>
    <ul class="rankList">
      <li><em>1</em><a href="/2024-05/15/content_117195802.htm" target="_blank">多地出台新政 推动乡村文旅提质升级</a></li>
      <li><em>2</em><a href="/2024-05/15/content_117196033.htm" target="_blank">第七届数字中国建设峰会成果发布</a></li>
      <li><em>3</em><a href="/2024-05/14/content_117193418.htm" target="_blank">国务院新闻办举行新闻发布会介绍一季度经济形势</a></li>
      <li><em>4</em><a href="/2024-05/14/content_117192907.htm" target="_blank">全国高校毕业生就业服务专项行动启动</a></li>
    </ul>
  </div>
  <div class="rBox">
    <div class="rTit">图片新闻</div>
    <div class="picList"><a href="/2024-05/15/content_117196250.htm" target="_blank"><img src="/attachement/jpg/site1000/20240515/001ec94a25c127a4d6a10c.jpg" width="300" height="200" /><p>初夏时节 茶园采摘忙</p></a></div>
  </div>
  <div class="rAd"><script type="text/javascript" src="//acs.zhongguowang-like.test/acs/ad_news_r1.js"></script></div>
</div>
"""

FOOT = """<!--footer begin-->
<div class="footer">
  <p><a href="http://www.zhongguowang-like.test/about/" target="_blank">关于我们</a> | <a href="http://www.zhongguowang-like.test/contact/" target="_blank">联系我们</a> | <a href="http://www.zhongguowang-like.test/ad/" target="_blank">广告服务</a> | <a href="http://www.zhongguowang-like.test/copyright/" target="_blank">版权声明</a></p>
  <p>版权所有 中国互联网新闻中心（测试） 电子邮件: webmaster@zhongguowang-like.test 电话: 86-10-88828000</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证 040089号-1</a>　网络传播视听节目许可证号:0105123　京公网安备110108006329号　京网文[2011]0252-085号</p>
</div>
<!--footer end-->
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F0d7e4f12ac3b5e6d8f9a0b1c2d3e4f5a' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript" src="//images.zhongguowang-like.test/images1/resource/share/cntj.js"></script>
</body>
</html>
"""


def url_of(a, k=1):
    base = f"/{a[2][:7]}/{a[2][8:10]}/content_{a[1]}"
    return f"{base}.htm" if k == 1 else f"{base}_{k}.htm"


def autopage(a, k, count):
    if count == 1:
        return ""
    name = lambda n: url_of(a, n).rsplit("/", 1)[1]
    parts = []
    if k > 1:
        parts.append(f'<a href="{name(k - 1)}">上一页</a>')
    for n in range(1, count + 1):
        parts.append(f"<span>{n}</span>" if n == k else f'<a href="{name(n)}">{n}</a>')
    if k < count:
        parts.append(f'<a href="{name(k + 1)}">下一页</a>')
    return '<div id="autopage"><center>' + "&nbsp;&nbsp;".join(parts) + "</center><br/></div>"


def article(a, k, count, run, other):
    speech, cid, stamp, head, source, srclink, author, editor, lead, photo, _, tail = a
    parts = []
    if k == 1 and lead:
        parts.append(f"<p>　　{lead}</p>")
    if k == 1 and photo:
        parts.append(f'<p style="text-align: center"><img id="{cid}1" title="" border="0" alt="" src="{photo[0]}" sourcename="本地文件" sourcedescription="网上抓取的文件" /></p>')
        parts.append(f'<p style="text-align: center">{photo[1]}</p>')
    parts += [f"<p>　　{p}</p>" for p in run]
    if k == count and tail:
        parts.append(f"<p>　　{tail}</p>")
    paras = "\n".join(parts)
    meta = (f'<meta name="filetype" content="0">\n<meta name="publishedtype" content="1">\n<meta name="pagetype" content="1">\n'
            f'<meta name="catalogs" content="{NODE}">\n<meta name="contentid" content="{cid}">\n'
            f'<meta name="publishdate" content="{stamp[:10]}">\n<meta name="author" content="{author}">\n'
            f'<meta name="source" content="{source}">\n')
    body = f"""<div class="crumbs"><a href="http://www.zhongguowang-like.test/" target="_blank">首页</a><span>&gt;</span><a href="/" target="_blank">新闻中心</a><span>&gt;</span><a href="{LIST}" target="_blank">时政</a></div>
<div class="wrap clearfix">
<div class="left">
  <h1 class="articleTitle">{head}</h1>
  <div class="articleInfo">
    <span id="pubtime_baidu">{stamp}</span>&nbsp;&nbsp;来源：<span id="source_baidu"><a href="{srclink}" target="_blank">{source}</a></span>&nbsp;&nbsp;<span id="author_baidu">作者：{author}</span>&nbsp;&nbsp;<span id="editor_baidu">责任编辑：{editor}</span>
    <span class="fontSize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span>
  </div>
  <div class="articleBody" id="articleBody">
<!--enpproperty <articleid>{cid}</articleid><date>{stamp}.0</date><author>{author}</author><title>{head}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>1000</siteid><nodeid>{NODE}</nodeid><nodename>时政</nodename><nodesearchname></nodesearchname>/enpproperty--><!--enpcontent-->{paras}<!--/enpcontent-->
{autopage(a, k, count)}
  </div>
  <div class="articleEditor">[责任编辑：{editor}]</div>
  <div class="shareBar clearfix">
    <div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
    <div class="fr"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
  </div>
  <script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
  <div class="relatedNews">
    <div class="tit">相关新闻</div>
    <ul>
      <li><a href="{url_of(other)}" target="_blank">{other[3]}</a><span>{other[2][:10]}</span></li>
      <li><a href="/2024-05/10/content_117188473.htm" target="_blank">茶旅融合助力乡村振兴 古茶山迎来客流高峰</a><span>2024-05-10</span></li>
      <li><a href="/2024-04/28/content_117170215.htm" target="_blank">“茶和天下”雅集活动在多地同步举办</a><span>2024-04-28</span></li>
    </ul>
  </div>
</div>
{RIGHT}</div>
<script type="text/javascript">
function doZoom(size){{ var el=document.getElementById("articleBody"); if(!el) return; var ps=el.getElementsByTagName("p"); for(var i=0;i<ps.length;i++) ps[i].style.fontSize=size+"px"; }}
</script>
"""
    return render(HEAD + body + FOOT, META=meta, TITLE=f"{head}_中国网（测试）", KW=head, DESC=head)


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><a href="{url_of(a)}" target="_blank">{a[3]}</a><span>{a[2][:16]}</span></li>' for a in items
    )
    names = [f"node_{NODE}.htm"] + [f"node_{NODE}_{n}.htm" for n in range(2, count + 1)]
    parts = []
    if k > 1:
        parts.append(f'<a href="{names[k - 2]}">上一页</a>')
    for n in range(1, count + 1):
        parts.append(f"<span>{n}</span>" if n == k else f'<a href="{names[n - 1]}">{n}</a>')
    if k < count:
        parts.append(f'<a href="{names[k]}">下一页</a>')
    body = f"""<div class="crumbs"><a href="http://www.zhongguowang-like.test/" target="_blank">首页</a><span>&gt;</span><a href="/" target="_blank">新闻中心</a><span>&gt;</span>时政</div>
<div class="wrap clearfix">
<div class="left">
  <div class="listTit">时政</div>
  <ul class="newsList">
{rows}
  </ul>
  <div id="autopage"><center>{"&nbsp;&nbsp;".join(parts)}</center></div>
</div>
{RIGHT}</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="时政_中国网（测试）", KW="时政", DESC="时政")


def home():
    first, second = ARTICLES
    body = f"""<div class="wrap clearfix index">
<div class="left">
  <div class="focusNews"><h2><a href="{url_of(first)}" target="_blank">{first[3]}</a></h2>
  <p>{LEAD[:60]}…… <a href="{url_of(first)}" target="_blank">[详细]</a></p></div>
  <div class="indexBox"><div class="boxTit"><a href="{LIST}" target="_blank">时政</a><a class="more" href="{LIST}" target="_blank">更多&gt;&gt;</a></div>
  <ul class="newsList"><li><a href="{url_of(second)}" target="_blank">{second[3]}</a></li><li><a href="/2024-05/15/content_117195802.htm" target="_blank">多地出台新政 推动乡村文旅提质升级</a></li></ul></div>
</div>
{RIGHT}</div>
"""
    return render(HEAD + body + FOOT, META="", TITLE="新闻中心_中国网（测试）", KW="中国网,新闻中心", DESC="中国网新闻中心")


def build() -> Family:
    fam = Family(
        HOST,
        "china.com.cn-like news pages: content_N.htm + content_N_2.htm via #autopage, enp meta, *_baidu info spans, <!--enpcontent--> text, news lead + photo, bdshare, 相关新闻",
    )
    for i, a in enumerate(ARTICLES):
        count = a[10]
        runs = split_paras(a[0].paras, count)
        pages = [url_of(a, k) for k in range(1, count + 1)]
        for k, run in enumerate(runs, 1):
            fam.put(pages[k - 1], article(a, k, count, run, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[3], published_at=a[2][:10])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(LIST, list_page(ARTICLES[1:], 1, 2))
    fam.put(f"/node_{NODE}_2.htm", list_page(ARTICLES[:1], 2, 2))
    fam.not_documents += ["/", LIST, f"/node_{NODE}_2.htm"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "中国网（测试）",
        "中国网5月16日讯",
        "以下为致辞全文",
        "中国网记者",
        "来源：",
        "责任编辑：",
        "（本文来源：中国青年网）",
        "分享到：",
        "【打印】",
        "相关新闻",
        "热点排行",
        "京ICP证 040089号-1",
        "下一页",
    ]
    return fam
