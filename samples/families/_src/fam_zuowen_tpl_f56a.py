"""作文 / 范文 site in the manner of 作文吧 (zuowen8.com)-style custom PHP templates (UTF-8): article
pages `/yanjianggao/202405/N.html` whose server prints only the first paragraphs in
`div.article-body#article-body` and keeps the rest of the text in the page for a 展开全文 button:
in one speech as a `<script type="text/template" id="article-more-tpl">` block of `<p>`s, in the
other as an inline JSON blob (`window.__ARTICLE__ = {...}`, PHP `json_encode` output: `\\uXXXX`
escapes and `<\\/p>`) whose `more` field holds the later paragraphs' HTML; both pages are the whole
speech (not truncated). Around the text: `crumbs` (当前位置：作文吧 > 演讲稿 > 致辞), `h1`, `info` line
(作者 / 时间 / 字数 / 阅读), a 作文吧 ad slot between the printed paragraphs and the 展开全文 bar, the
`本文由…投稿，作文吧整理发布` tail and 转载 note, 上一篇/下一篇, 相关作文 and 热门作文 lists, tag links.
Home `/` → column `/yanjianggao/` (+ `list_2.html`)."""

import html as H
import json
import re

from common import SPEECHES, Family, render

HOST = "www.zuowenba-tplf56a-like.test"
S1, S2 = SPEECHES["f56a-3"], SPEECHES["f56a-4"]


class TemplateFamily(Family):
    def page_text(self, url):
        own = super().page_text(url)
        raw = self.files[self.file_for_url(url)].decode(self.encoding)
        extra = []
        for block in re.findall(r'(?s)<script type="text/template"[^>]*>(.*?)</script>', raw):
            extra.append(block)
        m = re.search(r"window\.__ARTICLE__ = (\{.*?\});\n", raw)
        if m:
            extra.append(json.loads(m.group(1))["more"])
        text = re.sub(r"(?s)<[^>]+>", "", "".join(extra))
        return own + re.sub(r"\s+", "", H.unescape(text))


HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="Cache-Control" content="no-transform">
<meta http-equiv="Cache-Control" content="no-siteapp">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<meta name="mobile-agent" content="format=html5;url=http://m.zuowenba-tplf56a-like.test@@PATH@@">
<link rel="stylesheet" href="/static/css/base.css?v=20240312">
<link rel="stylesheet" href="/static/css/article.css?v=20240312">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){location.replace("http://m.zuowenba-tplf56a-like.test@@PATH@@");}</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">作文吧 - 中小学生作文、演讲稿、范文大全</span><span class="fr"><a href="/user/login.html" rel="nofollow">登录</a> | <a href="/user/reg.html" rel="nofollow">注册</a> | <a href="/tougao.html">我要投稿</a></span></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="作文吧"></a>
<div class="search"><form action="/search.php" method="get"><input name="q" class="stxt" placeholder="搜索作文、范文"><button class="sbtn">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/xiaoxue/">小学作文</a></li><li><a href="/chuzhong/">初中作文</a></li><li><a href="/gaozhong/">高中作文</a></li><li@@CUR@@><a href="/yanjianggao/">演讲稿</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/jihua/">工作计划</a></li>
</ul></div>
"""

FOOT = """<div class="footer"><div class="w1200">
<p><a href="/about.html" rel="nofollow">关于我们</a> | <a href="/lianxi.html" rel="nofollow">联系我们</a> | <a href="/mianze.html" rel="nofollow">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2015-2024 作文吧 www.zuowenba-tplf56a-like.test 版权所有</p>
<p>本站部分文章来自网友投稿，如有侵权请联系删除。<a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">浙ICP备15028847号-3</a></p>
</div></div>
<script src="/static/js/common.js?v=20240312"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a81c03e5f27d9b46c1e2f0a8d5b739c4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTS = [
    # speech, id, path, time, shown paras, mode, author, views
    (S1, 81235, "/yanjianggao/202405/81235.html", "2024-05-25 18:42", 3, "tpl", "街道宣传办", 2317),
    (S2, 81302, "/yanjianggao/202406/81302.html", "2024-06-03 20:15", 2, "json", "安全小哨兵", 1564),
]


def page(title, body, path, *, kw="", desc="", cur=""):
    return render(HEAD + body + FOOT, TITLE=title, KW=kw, DESC=desc, PATH=path, CUR=cur)


def side():
    return """<div class="side">
<div class="sbox"><h3>热门作文</h3><ul>
<li><a href="/yanjianggao/202404/80911.html">国旗下讲话：珍爱生命 预防溺水</a></li>
<li><a href="/chuzhong/202404/80877.html">那一次，我真的长大了</a></li>
<li><a href="/yanjianggao/202403/80562.html">学雷锋志愿服务活动致辞</a></li>
<li><a href="/xindetihui/202403/80430.html">读《平凡的世界》有感</a></li>
</ul></div>
<div class="sbox ad"><script src="/static/js/ad.js?pos=side"></script><a href="/vip.html"><img src="/static/images/vip300.jpg" alt="开通会员 范文免费下载"></a></div>
</div>"""


def paras_html(paras):
    return "".join(f"<p>{H.escape(p)}</p>\n" for p in paras)


def article(n):
    sp, aid, path, time, shown, mode, author, views = ARTS[n]
    other = ARTS[1 - n]
    words = sp.chars()
    first, rest = sp.paras[:shown], sp.paras[shown:]
    if mode == "tpl":
        more = f"""<script type="text/template" id="article-more-tpl">
{paras_html(rest)}</script>
<script>
$(function(){{
  $("#readmore").on("click", function(){{
    $("#article-body").append($("#article-more-tpl").html());
    $(this).parent().remove();
  }});
}});
</script>
"""
    else:
        blob = {
            "id": aid,
            "title": sp.title,
            "catid": 12,
            "catname": "演讲稿",
            "words": words,
            "more": "".join(f"<p>{H.escape(p)}</p>" for p in rest),
        }
        js = json.dumps(blob, ensure_ascii=True).replace("/", "\\/")
        more = f"""<script>
window.__ARTICLE__ = {js};
$(function(){{
  $("#readmore").on("click", function(){{
    $("#article-body").append(window.__ARTICLE__.more);
    $(this).parent().remove();
  }});
}});
</script>
"""
    body = f"""<div class="w1200 main">
<div class="crumbs">当前位置：<a href="/">作文吧</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="/yanjianggao/zhici/">{"致辞" if n == 0 else "讲话稿"}</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>{H.escape(sp.title)}</h1>
<div class="info"><span>作者：{author}</span><span>时间：{time}</span><span>字数：{words}字</span><span>阅读：<em id="hits">{views}</em>次</span></div>
<div class="article-body" id="article-body">
{paras_html(first)}</div>
<div class="adbox"><script src="/static/js/ad.js?pos=article_mid"></script><span class="adtag">广告</span></div>
<div class="readmore-bar"><a href="javascript:;" id="readmore">展开全文<i class="ico-down"></i></a><span class="tip">剩余{sum(len(p) for p in rest)}字</span></div>
{more}<div class="article-tail"><p>本文由 {author} 投稿，作文吧整理发布，转载请注明出处：http://{HOST}{path}</p></div>
<div class="tags">标签：<a href="/tag/jianghua.html">讲话稿</a> <a href="/tag/zhici.html">致辞</a></div>
<div class="prenext"><p>上一篇：<a href="/yanjianggao/202405/81190.html">在五四青年节表彰大会上的讲话</a></p><p>下一篇：<a href="{other[2]}">{H.escape(other[0].title)}</a></p></div>
</div>
<div class="relate"><h3>相关作文</h3><ul>
<li><a href="{other[2]}">{H.escape(other[0].title)}</a><span>{other[3][:10]}</span></li>
<li><a href="/yanjianggao/202405/81190.html">在五四青年节表彰大会上的讲话</a><span>2024-05-04</span></li>
<li><a href="/yanjianggao/202404/80911.html">国旗下讲话：珍爱生命 预防溺水</a><span>2024-04-22</span></li>
</ul></div>
</div>
{side()}
</div>
"""
    return page(f"{sp.title}_演讲稿_作文吧", body, path, kw=f"{sp.title},演讲稿,致辞", desc=sp.paras[1][:80], cur=' class="on"')


def row(n):
    sp, aid, path, time, *_ = ARTS[n]
    return f'<li><a href="{path}" target="_blank">{H.escape(sp.title)}</a><p>{H.escape(sp.paras[1][:60])}…</p><span>{time[:10]}</span></li>\n'


def listing(cur):
    rows = ([row(1), '<li><a href="/yanjianggao/202405/81260.html" target="_blank">端午节主题班会发言稿</a><p>亲爱的同学们：端午节就要到了……</p><span>2024-05-30</span></li>\n'] if cur == 1
            else [row(0), '<li><a href="/yanjianggao/202405/81190.html" target="_blank">在五四青年节表彰大会上的讲话</a><p>青年朋友们：今天，我们隆重集会……</p><span>2024-05-04</span></li>\n'])
    pager = ('<div class="pages"><span class="cur">1</span><a href="/yanjianggao/list_2.html">2</a><a href="/yanjianggao/list_2.html">下一页</a><a href="/yanjianggao/list_2.html">末页</a></div>' if cur == 1
             else '<div class="pages"><a href="/yanjianggao/">首页</a><a href="/yanjianggao/">上一页</a><a href="/yanjianggao/">1</a><span class="cur">2</span></div>')
    body = f"""<div class="w1200 main">
<div class="crumbs">当前位置：<a href="/">作文吧</a> &gt; 演讲稿</div>
<div class="left"><div class="list"><h2>演讲稿</h2><ul>
{"".join(rows)}</ul>
{pager}</div></div>
{side()}
</div>
"""
    path = "/yanjianggao/" if cur == 1 else "/yanjianggao/list_2.html"
    return page(f"演讲稿{'' if cur == 1 else '_第2页'}_作文吧", body, path, kw="演讲稿", desc="演讲稿大全", cur=' class="on"')


def home():
    body = f"""<div class="w1200 main">
<div class="left">
<div class="hbox"><h2><a href="/yanjianggao/">演讲稿</a><a class="more" href="/yanjianggao/">更多&gt;&gt;</a></h2><ul>
{row(1)}{row(0)}</ul></div>
<div class="hbox"><h2><a href="/xiaoxue/">小学作文</a></h2><ul>
<li><a href="/xiaoxue/202406/81311.html">我的好朋友</a><span>2024-06-04</span></li>
<li><a href="/xiaoxue/202406/81298.html">美丽的校园</a><span>2024-06-02</span></li>
</ul></div>
</div>
{side()}
</div>
"""
    return page("作文吧_中小学生作文大全_演讲稿_范文", body, "/", kw="作文,演讲稿,范文", desc="作文吧提供小学作文、初中作文、高中作文及演讲稿范文。")


def build() -> Family:
    fam = TemplateFamily(
        host=HOST,
        software="作文 / 范文 site (作文吧-like custom PHP template), later paragraphs in a text/template block or inline JSON",
        content_type="text/html; charset=utf-8",
    )
    fam.put("/", home())
    fam.put("/yanjianggao/", listing(1))
    fam.put("/yanjianggao/list_2.html", listing(2))
    fam.not_documents += ["/", "/yanjianggao/", "/yanjianggao/list_2.html"]
    for n, a in enumerate(ARTS):
        fam.put(a[2], article(n))
        fam.doc([a[2]], a[0])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /search.php\n", "ascii")
    fam.noise += [
        "当前位置：",
        "作者：街道宣传办",
        "字数：",
        "阅读：",
        "展开全文",
        "剩余",
        "广告",
        "作文吧整理发布",
        "转载请注明出处",
        "标签：",
        "上一篇：",
        "下一篇：",
        "相关作文",
        "热门作文",
        "开通会员",
        "浙ICP备15028847号-3",
    ]
    return fam
