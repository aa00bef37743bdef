"""中国法院网 (chinacourt.org)-like article pages (its Zend-framework CMS), a second site written from the
same real template with other pieces of it: articles at `/article/detail/2024/05/id/7950218.shtml`,
the long speech over three pages through Zend's `paginationControl` (`…/id/7950218/page/2.shtml`,
`/page/3.shtml`; `span.disabled` 上一页 on the first page, `span.current`, 下一页; `(第N页)` after the
title on later pages); channel list `/article/index/id/<base64 id>.shtml` then `…/page/2.shtml`;
top bar (人民法院报 / 中国审判 / 人民司法 / 手机版 / 专题 / 登录), logo + banner, nav, `您现在的位置`
crumb, `div.detail > div.title` with `div.b_title`, `sth_a` (作者 / 发布时间) and `sth_b` (来源 +
打印 / 字号 大 中 小), the text in `div.text > div.detail_txt` as `<p>　　…</p>`; one speech opened by
a 楷体 `编者按：` paragraph, the other a court's report (lead `…以下为讲话全文。`) with a centred photo
and caption; `div.editor` 责任编辑 under the text, bdshare 分享到, 上一篇 / 下一篇, 相关文章,
right column (热点排行 / 人民法院报 电子版 / 官方微信), footer with 版权所有…禁止下载使用或建立镜像 and
ICP. UTF-8."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.fayuanwang-like.test"
CHAN = "MzAwNDAwMjAwMiACAAA"
LIST = f"/article/index/id/{CHAN}.shtml"

NOTE = ("编者按：5月14日，江州市中级人民法院召开全市法院执行工作推进会，市中院党组书记、院长刘建华出席会议并讲话。"
        "讲话总结了今年以来全市法院执行工作，对下一阶段“切实解决执行难”工作作出部署。现将讲话全文刊发，供各地法院参考。")
LEAD = ("5月20日上午，江州市中级人民法院举行新任命法官宪法宣誓仪式，12名新任命法官面向国旗庄严宣誓。"
        "市中院党组书记、院长刘建华监誓并讲话。以下为讲话全文。")
PHOTO = ("/upload/images/2024/05/20/p_1716186233218.jpg", "新任命法官进行宪法宣誓。　李文博　摄")

# speech, id, stamp, headline, author, source, editor, pages, note, lead, photo
ARTICLES = [
    (SPEECHES["f42b-3"], "7950218", "2024-05-17 15:12:08", "刘建华：在全市法院执行工作推进会上的讲话", "刘建华",
     "江州市中级人民法院", "孙悦", 3, NOTE, "", None),
    (SPEECHES["f42b-4"], "7953961", "2024-05-21 08:47:33", "江州中院举行新任命法官宪法宣誓仪式", "李文博 周萌",
     "中国法院网", "孙悦", 1, "", LEAD, PHOTO),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<link rel="stylesheet" type="text/css" href="/css/article.css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/js/public.js"></script>
</head>
<body>
<div class="top">
  <div class="top_box">
    <div class="top_l"><a href="http://rmfyb.fayuanwang-like.test/" target="_blank">人民法院报</a><a href="/zgsp/" target="_blank">中国审判</a><a href="/rmsf/" target="_blank">人民司法</a><a href="/wap/" target="_blank">手机版</a><a href="/article/subjectindex.shtml" target="_blank">专题</a></div>
    <div class="top_r"><a href="/user/login.shtml">登录</a> | <a href="/user/register.shtml">注册</a></div>
  </div>
</div>
<div class="header">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="中国法院网（测试）" /></a></div>
  <div class="banner"><a href="/zt/2024/gkbz/" target="_blank"><img src="/upload/ad/2024/banner_zxgz.jpg" width="640" height="80" alt="" /></a></div>
  <div class="search"><form action="/article/search.shtml" method="get"><input type="text" name="content" class="s_input" value="" /><input type="submit" class="s_btn" value="" /></form></div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwMSACAAA.shtml">新闻</a></li>
    <li class="cur"><a href="/article/index/id/MzAwNDAwMjAwMiACAAA.shtml">法院</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNCACAAA.shtml">审判</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNSACAAA.shtml">法治</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNiACAAA.shtml">评论</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwNyACAAA.shtml">文化</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwOCACAAA.shtml">图片</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAwOSACAAA.shtml">视频</a></li>
    <li><a href="/article/index/id/MzAwNDAwMjAxMCACAAA.shtml">理论</a></li>
  </ul>
</div>
"""

RIGHT = """<div class="right">
  <div class="r_box">
    <div class="r_tit">热点排行</div>
    <ul class="r_hot">
      <li><em class="e1">1</em><a href="/article/detail/2024/05/id/7949077.shtml" target="_blank">最高法发布人民法院依法惩治拒执犯罪典型案例</a></li>
      <li><em class="e2">2</em><a href="/article/detail/2024/05/id/7948512.shtml" target="_blank">涉农民工工资案件专项执行行动取得阶段性成效</a></li>
      <li><em class="e3">3</em><a href="/article/detail/2024/05/id/7947730.shtml" target="_blank">法官说法：夫妻共同债务如何认定</a></li>
      <li><em>4</em><a href="/article/detail/2024/05/id/7946254.shtml" target="_blank">多地法院开展“法院开放日”活动</a></li>
    </ul>
  </div>
  <div class="r_box">
    <div class="r_tit">人民法院报</div>
    <div class="r_paper"><a href="http://rmfyb.fayuanwang-like.test/paper/html/2024-05/17/node_2.htm" target="_blank"><img src="/images/rmfyb.jpg" alt="人民法院报电子版" /></a></div>
  </div>
  <div class="r_box r_wx"><img src="/images/wx_fyw.jpg" alt="" /><p>扫一扫 关注中国法院网官方微信</p></div>
</div>
"""

FOOT = """<div class="footer">
  <p><a href="/article/detail/2011/01/id/443102.shtml" target="_blank">关于我们</a> | <a href="/article/detail/2011/01/id/443103.shtml" target="_blank">联系我们</a> | <a href="/article/detail/2011/01/id/443104.shtml" target="_blank">版权声明</a> | <a href="/article/detail/2011/01/id/443105.shtml" target="_blank">网站地图</a></p>
  <p>中国法院网（测试）版权所有，未经协议授权，禁止下载使用或建立镜像</p>
  <p>Copyright &copy; 2002-2024 All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05023036号-1</a>　京公网安备 11010502030218号</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e2b7c0d1f3a4c6b8e9d0a1b2c3d4e5f";
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


def pagination(first, base, k, count):
    """The paginationControl partial: prev, numbers, next; ends greyed out as `span.disabled`."""
    if count == 1:
        return ""
    link = lambda n: first if n == 1 else f"{base}/page/{n}.shtml"
    out = ['<div class="paginationControl">']
    out.append(f'<a href="{link(k - 1)}">上一页</a>' if k > 1 else '<span class="disabled">上一页</span>')
    for n in range(1, count + 1):
        out.append(f'<span class="current">{n}</span>' if n == k else f'<a href="{link(n)}">{n}</a>')
    out.append(f'<a href="{link(k + 1)}">下一页</a>' if k < count else '<span class="disabled">下一页</span>')
    out.append("</div>")
    return "\n".join(out)


def article(a, k, run, prev_next, other):
    speech, aid, stamp, head, author, source, editor, count, note, lead, photo = a
    parts = []
    if k == 1 and note:
        parts.append(f'<p>　　<span style="font-family: 楷体_GB2312, 楷体;">{note}</span></p>')
    if k == 1 and lead:
        parts.append(f"<p>　　{lead}</p>")
    if k == 1 and photo:
        parts.append(f'<p style="text-align: center;"><img src="{photo[0]}" alt="" /></p>')
        parts.append(f'<p style="text-align: center;">{photo[1]}</p>')
    parts += [f"<p>　　{p}</p>" for p in run]
    paras = "\n".join(parts)
    prev, nxt = prev_next
    pn = (f'<div class="sxp"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>')
    body = f"""<div class="container">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="{LIST}">法院</a> &gt; <a href="{LIST}">法院动态</a></div>
<div class="left">
<div class="detail">
  <div class="title">
    <div class="b_title">{head}</div>
    <div class="sth_a"><span>作者：{author}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：{stamp}</span></div>
    <div class="sth_b">
      <div class="from">来源：{source}</div>
      <div class="tool"><a href="javascript:window.print();">打印</a>&nbsp;&nbsp;字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></div>
    </div>
  </div>
  <div class="text">
    <div class="detail_txt" id="zoom">
{paras}
    </div>
  </div>
{pagination(url_of(a), url_of(a)[:-6], k, count)}
  <div class="editor">责任编辑：{editor}</div>
  <div class="share">
    <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_sqq" data-cmd="sqq" title="分享到QQ好友"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
    <script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
  </div>
  {pn}
  <div class="related">
    <div class="re_tit">相关文章</div>
    <ul>
      <li><a href="{url_of(other)}" target="_blank">{other[3]}</a><span>{other[2][:10]}</span></li>
      <li><a href="/article/detail/2024/04/id/7928305.shtml" target="_blank">江州中院召开一季度执行质效分析会</a><span>2024-04-18</span></li>
      <li><a href="/article/detail/2024/03/id/7901266.shtml" target="_blank">江州法院开展涉民生案件专项执行行动</a><span>2024-03-06</span></li>
    </ul>
  </div>
</div>
</div>
{RIGHT}
</div>
<script type="text/javascript">
function doZoom(size){{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
"""
    title = head if k == 1 else f"{head}(第{k}页)"
    return render(HEAD + body + FOOT, TITLE=f"{title}_中国法院网（测试）", KW=head, DESC=head)


def list_page(items, k, count):
    rows = "\n".join(
        f'<li><span class="left"><a href="{url_of(a)}" target="_blank" title="{a[3]}">{a[3]}</a></span><span class="right">{a[2][:10]}</span></li>'
        for a in items
    )
    body = f"""<div class="container">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="{LIST}">法院</a> &gt; 法院动态</div>
<div class="left">
<div class="list_tit">法院动态</div>
<div class="font14 dian_a">
<ul>
{rows}
</ul>
</div>
{pagination(LIST, LIST[:-6], k, count)}
</div>
{RIGHT}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="法院动态_中国法院网（测试）", KW="法院动态", DESC="法院动态")


def home():
    first, second = ARTICLES
    body = f"""<div class="container index">
<div class="top_news"><h1><a href="{url_of(second)}" target="_blank">{second[3]}</a></h1>
<p><a href="{url_of(first)}" target="_blank">{first[3]}</a></p></div>
<div class="left">
<div class="index_box"><div class="box_tit"><span class="more"><a href="{LIST}">更多&gt;&gt;</a></span>法院动态</div>
<ul><li><a href="{url_of(second)}" target="_blank">{second[3]}</a></li><li><a href="/article/detail/2024/05/id/7946254.shtml" target="_blank">多地法院开展“法院开放日”活动</a></li></ul></div>
</div>
{RIGHT}
</div>
"""
    return render(HEAD + body + FOOT, TITLE="中国法院网（测试）", KW="中国法院网,法院,审判,执行", DESC="中国法院网")


def build() -> Family:
    fam = Family(
        HOST,
        "chinacourt.org-like article pages (Zend CMS), second site: a 3-page speech through paginationControl (/id/N/page/2.shtml, /page/3.shtml), b_title / sth_a / sth_b, detail_txt, 编者按, news lead + photo, 上一篇/下一篇",
    )
    first, second = ARTICLES
    prev_next = {
        first[1]: ("无", f'<a href="{url_of(second)}">{second[3]}</a>'),
        second[1]: (f'<a href="{url_of(first)}">{first[3]}</a>', "无"),
    }
    for i, a in enumerate(ARTICLES):
        count = a[7]
        runs = split_paras(a[0].paras, count)
        pages = [url_of(a, k) for k in range(1, count + 1)]
        for k, run in enumerate(runs, 1):
            fam.put(pages[k - 1], article(a, k, run, prev_next[a[1]], ARTICLES[1 - i]))
        fam.doc(pages, a[0], title=a[3], published_at=a[2][:10])
        fam.not_documents += pages[1:]
    fam.put("/", home())
    fam.put(LIST, list_page([second], 1, 2))
    fam.put(f"/article/index/id/{CHAN}/page/2.shtml", list_page([first], 2, 2))
    fam.not_documents += ["/", LIST, f"/article/index/id/{CHAN}/page/2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\n")
    fam.noise += [
        "中国法院网（测试）",
        "您现在的位置：",
        "编者按：",
        "供各地法院参考",
        "以下为讲话全文",
        "新任命法官进行宪法宣誓。",
        "来源：",
        "责任编辑：",
        "字号：",
        "分享到：",
        "上一篇：",
        "相关文章",
        "热点排行",
        "京ICP备05023036号-1",
        "下一页",
    ]
    return fam
