"""范文 site on 苹果CMS (MacCMS) v10's 文章 module, the site's own `fanwen` template, path-mode URLs:
articles `/index.php/art/detail/id/N.html`, the column `/index.php/art/type/id/6.html` with MacCMS's
pager (`/index.php/art/type/id/6/page/2.html`); `var maccms={…}` config, `mac_hits` counter `<em>`
filled by script, crumb, `h1`, 来源 / 作者 / 时间 / 人气 line, 摘要 box (`art_blurb`); the text shows
its first part and the rest comes from the template's 点击加载更多，继续阅读全文 button whose
`data-url` names an HTML fragment endpoint (`/index.php/ajax/artmore?id=N&page=2`, a query route:
the expected text is the whole speech over both); 标签, 上一篇 / 下一篇, 相关阅读, footer."""

from common import SPEECHES, Family, render

HOST = "www.fanwenba-mac.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link href="/template/fanwen/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/js/jquery.js"></script>
<script>var maccms={"path":"","mid":"@@MID@@","aid":"@@AID@@","url":"www.fanwenba-mac.test","wapurl":"m.fanwenba-mac.test","mob_status":"0"};</script>
<script type="text/javascript" src="/static/js/home.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">范文吧 - 讲话稿、发言稿、工作总结范文大全</span><span class="fr"><a href="/index.php/user/login.html">登录</a> | <a href="/index.php/user/reg.html">注册</a> | <a href="/index.php/gbook/index.html">留言</a></span></div></div>
<div class="header w1200">
<div class="logo"><a href="/"><img src="/template/fanwen/images/logo.png" alt="范文吧" /></a></div>
<div class="search"><form id="search" name="search" method="get" action="/index.php/art/search.html"><input type="text" name="wd" class="input" placeholder="请输入关键字" /><input type="submit" class="btn" value="搜索" /></form></div>
</div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li>
<li@@CUR@@><a href="/index.php/art/type/id/6.html">讲话稿</a></li>
<li><a href="/index.php/art/type/id/7.html">发言稿</a></li>
<li><a href="/index.php/art/type/id/8.html">工作总结</a></li>
<li><a href="/index.php/art/type/id/9.html">心得体会</a></li>
<li><a href="/index.php/art/type/id/10.html">演讲稿</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
<p><a href="/index.php/label/about.html">关于我们</a> - <a href="/index.php/gbook/index.html">留言反馈</a> - <a href="/index.php/map/index.html">网站地图</a> - <a href="/rss/index.xml">RSS</a></p>
<p>本站内容均来自网络，仅供学习参考，如有侵权请联系删除。Copyright &copy; 2018-2024 范文吧 All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备18025331号-2</a></p>
</div>
<div style="display:none"><script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9be0e7c3a51f64d28b1c0a7d3e95f6a2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script></div>
</body>
</html>
"""

ARTS = [
    dict(sp=SPEECHES["f51a-3"], id=1587, cut=4, time="2024-05-27", src="东城区文明办", author="区创建办", hits=2315),
    dict(sp=SPEECHES["f51a-4"], id=1603, cut=5, time="2024-09-13", src="网友投稿", author="周海涛", hits=987),
]


def detail(a, prev, nxt):
    sp = a["sp"]
    first = "\n".join(f"<p>{x}</p>" for x in sp.paras[: a["cut"]])
    more_url = f"/index.php/ajax/artmore?id={a['id']}&amp;page=2"
    html = render(HEAD, TITLE=f"{sp.title}_讲话稿_范文吧", KW=f"{sp.title},讲话稿", DESC=sp.paras[1][:70], MID="2", AID="21", CUR=' class="on"')
    html += f"""<div class="w1200 clearfix">
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/index.php/art/type/id/6.html">讲话稿</a> &gt; 正文</div>
<div class="left">
<div class="art_box">
<h1 class="art_title">{sp.title}</h1>
<div class="art_info">来源：{a['src']}　作者：{a['author']}　时间：{a['time']}　人气：<em class="mac_hits hits" data-mid="2" data-id="{a['id']}" data-type="hits"></em></div>
<div class="art_blurb"><strong>摘要：</strong>{sp.paras[1][:56]}……</div>
<div class="ad_in"><script src="/static/ad/art_top.js"></script></div>
<div class="art_content" id="artContent">
{first}
</div>
<div class="art_more" id="loadMore" data-url="{more_url}" data-page="2" data-total="2"><a href="javascript:;">点击加载更多，继续阅读全文 ↓</a></div>
<script>
$(function(){{
  $("#loadMore").on("click", function(){{
    var $b = $(this);
    $.get($b.data("url"), function(html){{ $("#artContent").append(html); $b.remove(); }});
  }});
}});
</script>
<div class="art_tags">标签：<a href="/index.php/art/search/tag/讲话稿.html">讲话稿</a> <a href="/index.php/art/search/tag/发言.html">发言</a></div>
<div class="art_page"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
<div class="box"><div class="box_title">相关阅读</div><ul class="list">
<li><a href="/index.php/art/detail/id/1542.html">在全市城市管理工作会议上的讲话</a><span>2024-04-30</span></li>
<li><a href="/index.php/art/detail/id/1561.html">在乡镇党委书记座谈会上的交流发言</a><span>2024-05-11</span></li>
</ul></div>
</div>
<div class="right">
<div class="box"><div class="box_title">热门范文</div><ul class="list">
<li><a href="/index.php/art/detail/id/1330.html">2024年个人述职述廉报告</a></li>
<li><a href="/index.php/art/detail/id/1412.html">在主题教育动员会上的讲话</a></li>
</ul></div>
</div>
</div>
"""
    return html + FOOT


def build() -> Family:
    fam = Family(HOST, "苹果CMS (MacCMS) v10 文章 module, 范文 template with AJAX 加载更多",
                 content_type="text/html; charset=utf-8")
    a, b = ARTS
    link = lambda x: f'<a href="/index.php/art/detail/id/{x["id"]}.html">{x["sp"].title}</a>'
    fam.put(f"/index.php/art/detail/id/{a['id']}.html", detail(a, '<a href="/index.php/art/detail/id/1561.html">在乡镇党委书记座谈会上的交流发言</a>', link(b)))
    fam.put(f"/index.php/art/detail/id/{b['id']}.html", detail(b, link(a), "没有了"))
    for x in ARTS:
        rest = "\n".join(f"<p>{p}</p>" for p in x["sp"].paras[x["cut"]:])
        fam.route(f"/index.php/ajax/artmore?id={x['id']}&page=2", f"/ajax/artmore_{x['id']}_2.html", rest + "\n")

    def item(x):
        return f'<li><span class="date">{x["time"]}</span><a href="/index.php/art/detail/id/{x["id"]}.html" title="{x["sp"].title}">{x["sp"].title}</a><p>{x["sp"].paras[1][:50]}…</p></li>'

    def listing(title, items, pager):
        return render(HEAD, TITLE=title, KW="讲话稿", DESC="讲话稿范文", MID="2", AID="11", CUR=' class="on"') + f"""<div class="w1200 clearfix">
<div class="place">当前位置：<a href="/">首页</a> &gt; 讲话稿</div>
<div class="left"><div class="box"><div class="box_title">讲话稿</div>
<ul class="art_list">
{items}
</ul>
<div class="mac_pages"><div class="page_tip">共23条数据,当前{pager[0]}/2页</div><div class="page_info">{pager[1]}</div></div>
</div></div>
</div>
""" + FOOT
    p1 = '<a class="page_link page_disabled" href="/index.php/art/type/id/6.html">首页</a><a class="page_link page_disabled" href="/index.php/art/type/id/6.html">上一页</a><a class="page_link page_current" href="javascript:;">1</a><a class="page_link" href="/index.php/art/type/id/6/page/2.html">2</a><a class="page_link" href="/index.php/art/type/id/6/page/2.html">下一页</a><a class="page_link" href="/index.php/art/type/id/6/page/2.html">尾页</a>'
    p2 = '<a class="page_link" href="/index.php/art/type/id/6.html">首页</a><a class="page_link" href="/index.php/art/type/id/6.html">上一页</a><a class="page_link" href="/index.php/art/type/id/6.html">1</a><a class="page_link page_current" href="javascript:;">2</a><a class="page_link page_disabled" href="/index.php/art/type/id/6/page/2.html">下一页</a>'
    fam.put("/index.php/art/type/id/6.html", listing("讲话稿_范文吧", item(b) + "\n" + item(a), ("1", p1)))
    fam.put("/index.php/art/type/id/6/page/2.html", listing("讲话稿_第2页_范文吧", '<li><span class="date">2024-03-02</span><a href="/index.php/art/detail/id/1330.html">2024年个人述职述廉报告</a></li>', ("2", p2)))
    home = render(HEAD, TITLE="范文吧 - 讲话稿_发言稿_工作总结范文大全", KW="范文,讲话稿,发言稿", DESC="范文吧提供各类范文", MID="2", AID="1", CUR="") + f"""<div class="w1200 clearfix">
<div class="box"><div class="box_title"><a href="/index.php/art/type/id/6.html" class="more">更多&gt;&gt;</a>讲话稿</div>
<ul class="list">
<li><a href="/index.php/art/detail/id/{b['id']}.html">{b['sp'].title}</a><span>{b['time'][5:]}</span></li>
<li><a href="/index.php/art/detail/id/{a['id']}.html">{a['sp'].title}</a><span>{a['time'][5:]}</span></li>
</ul></div>
<div class="box"><div class="box_title"><a href="/index.php/art/type/id/8.html" class="more">更多&gt;&gt;</a>工作总结</div>
<ul class="list"><li><a href="/index.php/art/detail/id/1498.html">2024年上半年工作总结</a><span>07-02</span></li></ul></div>
</div>
""" + FOOT
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /runtime/\nDisallow: /index.php/user/\n")
    for x in ARTS:
        fam.doc([f"/index.php/art/detail/id/{x['id']}.html", f"/index.php/ajax/artmore?id={x['id']}&page=2"], x["sp"],
                pages_found_by="data attribute")
    fam.noise = ["点击加载更多，继续阅读全文", "摘要：", "本站内容均来自网络"]
    fam.not_documents = ["/index.php/art/type/id/6/page/2.html"] + [f"/index.php/ajax/artmore?id={x['id']}&page=2" for x in ARTS]
    return fam
