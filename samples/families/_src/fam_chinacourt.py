"""中国法院网 (chinacourt.org)-like article pages on its Zend-framework CMS: articles at
`/article/detail/2024/05/id/7945123.shtml`, channel lists at `/article/index/id/<base64 channel id>.shtml`
(`…/page/2.shtml` for the next list page); the top bar (人民法院报 / 中国审判 / 手机版), the channel nav,
`您现在的位置` breadcrumb, `div.detail > div.title > div.b_title`, the `sth_a` line (作者 / 发布时间 /
来源 + 字号 大 中 小), the text in `div.text`; the long speech runs over 2 pages through Zend's
`paginationControl` (`…/id/7945123/page/2.shtml`, 上一页 / 1 / 2 / 下一页); after the text 责任编辑,
打印本页 / 关闭窗口, the bdshare 分享到 bar, 相关文章, the right column (热点排行, 法院报电子版),
footer with 版权所有 and the ICP line. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fayuan-net.test"
CHAN = "MzAwNDAwMjAwMyACAAA"
LIST = f"/article/index/id/{CHAN}.shtml"

# speech, id, time, headline, author, editor, pages
ARTICLES = [
    (SPEECHES["f36b-c1"], "7945123", "2024-05-16 10:23:45", "王立新：在全市法院审判执行工作推进会上的讲话", "王立新", "张晓雯", 2),
    (SPEECHES["f36b-c2"], "7951406", "2024-05-21 09:05:12", "在新任法官宪法宣誓仪式上的致辞", "周建华", "李晶", 1),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/css/global.css" rel="stylesheet" type="text/css" />
<link href="/css/detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div id="top">
  <div class="top_con">
    <div class="left"><a href="http://rmfyb.fayuan-net.test/" target="_blank">人民法院报</a> | <a href="http://www.fayuan-net.test/zgsp/" target="_blank">中国审判</a> | <a href="http://www.fayuan-net.test/wap/" target="_blank">手机版</a> | <a href="http://www.fayuan-net.test/article/subjectindex.shtml" target="_blank">专题</a></div>
    <div class="right"><form action="/article/search.shtml" method="get" name="search"><input type="text" name="content" class="input" value="" /><input type="submit" class="search_btn" value="搜索" /></form></div>
  </div>
</div>
<div id="header"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="中国法院网（测试）" /></a></div>
<div class="header_ad"><a href="http://www.fayuan-net.test/zt/2024/" target="_blank"><img src="/upload/ad/202405/banner_gkbz.jpg" width="600" height="80" alt="" /></a></div></div>
<div id="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwMSACAAA.shtml">新闻</a></li>
    <li class="on"><a href="/article/index/id/MzAwNDAwMjAwMyACAAA.shtml">法院</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNCACAAA.shtml">审判</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNSACAAA.shtml">法治</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNiACAAA.shtml">评论</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNyACAAA.shtml">文化</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwOCACAAA.shtml">图片</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwOSACAAA.shtml">视频</a></li>
    <li><a href="/article/subjectindex.shtml">专题</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAxMCACAAA.shtml">理论</a></li>
  </ul>
</div>
"""

FOOT = """<div id="footer">
  <div class="f_link"><a href="/article/detail/2011/01/id/443012.shtml" target="_blank">关于我们</a> | <a href="/article/detail/2011/01/id/443013.shtml" target="_blank">联系我们</a> | <a href="/article/detail/2011/01/id/443014.shtml" target="_blank">版权声明</a> | <a href="/article/detail/2011/01/id/443015.shtml" target="_blank">网站地图</a> | <a href="/article/detail/2011/01/id/443016.shtml" target="_blank">招聘信息</a></div>
  <p>中国法院网（测试）版权所有，未经协议授权，禁止下载使用或建立镜像</p>
  <p>Copyright &copy; 2002-2024 All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05023036号-9</a>　京公网安备11010502030217号</p>
  <p>主办单位：人民法院新闻传媒总社（测试）</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0b1d6e3c8a5f4e27b2c9f0d1a3e4b5c6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def url_of(a, k=1):
    base = f"/article/detail/{a[2][:4]}/{a[2][5:7]}/id/{a[1]}"
    return f"{base}.shtml" if k == 1 else f"{base}/page/{k}.shtml"


def pagination(prefix, k, count, first):
    """Zend_Paginator's paginationControl partial as the site prints it."""
    if count == 1:
        return ""
    link = lambda n: first if n == 1 else f"{prefix}/page/{n}.shtml"
    out = ['<div class="paginationControl">']
    out.append(f'<a href="{link(k - 1)}">上一页</a>' if k > 1 else '<span class="disabled">上一页</span>')
    for n in range(1, count + 1):
        out.append(f'<span class="current">{n}</span>' if n == k else f'<a href="{link(n)}">{n}</a>')
    out.append(f'<a href="{link(k + 1)}">下一页</a>' if k < count else '<span class="disabled">下一页</span>')
    out.append("</div>")
    return "\n".join(out)


RIGHT = """<div class="right_box">
  <div class="r_title">热点排行</div>
  <ul class="r_list">
    <li><span class="num n1">1</span><a href="/article/detail/2024/05/id/7948820.shtml" target="_blank">最高法发布涉民营企业产权保护典型案例</a></li>
    <li><span class="num n2">2</span><a href="/article/detail/2024/05/id/7947015.shtml" target="_blank">全国法院“一站式”多元解纷工作推进会召开</a></li>
    <li><span class="num n3">3</span><a href="/article/detail/2024/05/id/7946632.shtml" target="_blank">以案说法：网购“七日无理由退货”的边界在哪里</a></li>
    <li><span class="num">4</span><a href="/article/detail/2024/05/id/7944108.shtml" target="_blank">法院开展“法官进社区”普法宣传活动</a></li>
  </ul>
  <div class="r_title">人民法院报</div>
  <div class="epaper"><a href="http://rmfyb.fayuan-net.test/paper/html/2024-05/16/node_2.htm" target="_blank"><img src="/images/rmfyb_epaper.jpg" alt="人民法院报电子版" /></a></div>
  <div class="r_ewm"><img src="/images/ewm_wx.jpg" alt="" /><p>中国法院网官方微信</p></div>
</div>
"""


def article(a, k, runs, other):
    speech, aid, stamp, head, author, editor, count = a
    paras = "\n".join(f"<p>　　{p}</p>" for p in runs[k - 1])
    pager = pagination(url_of(a)[:-6], k, count, url_of(a))
    body = f"""<div id="container">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="{LIST}">法院</a> &gt; <a href="{LIST}">法院工作</a></div>
<div class="left_con">
<div class="detail">
  <div class="title">
    <div class="b_title">{head}</div>
    <div class="sth_a">
      <span>作者：{author}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：{stamp}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span class="source">来源：中国法院网</span>
      <span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
    </div>
  </div>
  <div class="text" id="zoom">
{paras}
  </div>
{pager}
  <div class="sth_b"><div class="l"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div><div class="r">责任编辑：{editor}</div></div>
  <div class="share"><div class="bdsharebuttonbox"><span class="share_t">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script></div>
  <div class="related">
    <div class="re_title">相关文章</div>
    <ul>
      <li><a href="{url_of(other)}" target="_blank">{other[3]}</a><span>{other[2][:10]}</span></li>
      <li><a href="/article/detail/2024/04/id/7921544.shtml" target="_blank">市中院召开一季度审判执行工作分析会</a><span>2024-04-12</span></li>
    </ul>
  </div>
</div>
</div>
{RIGHT}
</div>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
"""
    title = head if k == 1 else f"{head}(第{k}页)"
    return render(HEAD + body + FOOT, TITLE=f"{title}_中国法院网（测试）", KW=head, DESC=head)


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><span class="left"><a href="{url_of(a)}" target="_blank">{a[3]}</a></span><span class="right">{a[2][:10]}</span></li>'
        for a in items
    )
    body = f"""<div id="container">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="{LIST}">法院</a> &gt; 法院工作</div>
<div class="left_con">
<div class="list_title">法院工作</div>
<div class="font14 dian_a">
<ul>
{rows}
</ul>
</div>
{pagination(LIST[:-6], k, count, LIST)}
</div>
{RIGHT}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="法院工作_中国法院网（测试）", KW="法院工作", DESC="法院工作")


def home():
    a = ARTICLES[1]
    rows = "".join(f'<li><a href="{url_of(x)}" target="_blank">{x[3]}</a></li>' for x in ARTICLES)
    body = f"""<div id="container" class="index">
<div class="headline"><h1><a href="{url_of(a)}" target="_blank">{a[3]}</a></h1></div>
<div class="index_box"><div class="box_title"><span class="more"><a href="{LIST}">更多&gt;&gt;</a></span>法院工作</div><ul>{rows}</ul></div>
{RIGHT}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中国法院网（测试）", KW="中国法院网,法院,审判", DESC="中国法院网")


def build() -> Family:
    fam = Family(
        HOST,
        "chinacourt.org-like article pages (Zend CMS): /article/detail/Y/M/id/N.shtml, b_title + sth_a line, div.text, paginationControl pager (/page/2.shtml), 责任编辑, bdshare, 相关文章",
    )
    for i, a in enumerate(ARTICLES):
        count = a[6]
        runs = split_paras(a[0].paras, count) if count > 1 else [a[0].paras]
        pages = [url_of(a, k) for k in range(1, count + 1)]
        for k, page in enumerate(pages, 1):
            fam.put(page, article(a, k, runs, ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[3], published_at=a[2][:10])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(LIST, list_page(ARTICLES[1:], 1, 2))
    fam.put(f"/article/index/id/{CHAN}/page/2.shtml", list_page(ARTICLES[:1], 2, 2))
    fam.not_documents += ["/", LIST, f"/article/index/id/{CHAN}/page/2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /article/search\n")
    fam.noise += [
        "中国法院网（测试）",
        "您现在的位置",
        "发布时间：",
        "来源：中国法院网",
        "字号：",
        "打印本页",
        "责任编辑：",
        "张晓雯",
        "分享到：",
        "相关文章",
        "热点排行",
        "京ICP备05023036号-9",
        "禁止下载使用或建立镜像",
    ]
    return fam
