"""作文网 (zuowen.com)-like 演讲稿 channel: UTF-8, articles at `/e/YYYYMMDD/<13-hex>.shtml` under the
channel `/yanjianggao/` (sub-channels, `index_2.shtml` page 2 through the `page` pager), the site's top
bar and channel nav, `path` breadcrumb (当前位置：作文网 > 演讲稿 > 发言稿 > 正文), `con_title` h1,
`con_info` (时间 / 来源 / 作者 / 编辑), the text in `con_content` with a 小编推荐 line before the
first paragraph and the 作文网 编辑推荐 links box after the text, 上一篇 / 下一篇, 相关演讲稿,
热门标签, 作文网 QR and app block, footer with ICP / 京公网安备 lines."""

from common import SPEECHES, Family, render

HOST = "www.zuowen-like.test"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="mobile-agent" content="format=html5;url=https://m.zuowen-like.test@@PATH@@">
<link rel="canonical" href="https://www.zuowen-like.test@@PATH@@">
<link rel="stylesheet" href="https://static.zuowen-like.test/css/base.css?v=2.3.1">
<link rel="stylesheet" href="https://static.zuowen-like.test/css/article.css?v=2.3.1">
<script src="https://static.zuowen-like.test/js/jquery.min.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200">
    <div class="top_l"><a href="/" class="home">作文网首页</a><a href="/xiaoxue/">小学作文</a><a href="/chuzhong/">初中作文</a><a href="/gaozhong/">高中作文</a><a href="/yanjianggao/">演讲稿</a><a href="/fanwen/">实用范文</a></div>
    <div class="top_r"><a href="https://m.zuowen-like.test/" class="phone">手机版</a><a href="/user/login/" rel="nofollow">登录</a>|<a href="/user/reg/" rel="nofollow">注册</a><a href="/tougao/" class="tougao">我要投稿</a></div>
  </div>
</div>
<div class="header w1200">
  <a href="/" class="logo"><img src="https://static.zuowen-like.test/images/logo.png" alt="作文网"></a>
  <div class="so"><form action="https://so.zuowen-like.test/" target="_blank"><input type="text" name="q" placeholder="搜索作文、演讲稿、范文"><button type="submit">搜索</button></form></div>
</div>
<div class="nav">
  <div class="w1200"><ul>
    <li><a href="/">首页</a></li><li><a href="/xiaoxue/">小学作文</a></li><li><a href="/chuzhong/">初中作文</a></li><li><a href="/gaozhong/">高中作文</a></li><li><a href="/huatizuowen/">话题作文</a></li><li class="on"><a href="/yanjianggao/">演讲稿</a></li><li><a href="/fanwen/">实用范文</a></li><li><a href="/sucai/">作文素材</a></li>
  </ul></div>
  <div class="subnav w1200"><a href="/yanjianggao/lingdao/">领导讲话</a><a href="/yanjianggao/fayan/">发言稿</a><a href="/yanjianggao/jingpin/">竞聘演讲稿</a><a href="/yanjianggao/guoqixia/">国旗下讲话</a><a href="/yanjianggao/zhici/">致辞</a><a href="/yanjianggao/lizhi/">励志演讲稿</a></div>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1200">
    <p class="f_nav"><a href="/about/" rel="nofollow">关于我们</a> | <a href="/contact/" rel="nofollow">联系方式</a> | <a href="/tougao/">投稿须知</a> | <a href="/copyright/" rel="nofollow">版权声明</a> | <a href="/sitemap.shtml">网站地图</a></p>
    <p>作文网（zuowen-like.test）所有内容仅供学习参考，未经许可不得转载。</p>
    <p>Copyright &copy; 2004-2024 作文网 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备13029876号-3</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345" target="_blank" rel="nofollow">京公网安备 11010802012345号</a></p>
  </div>
</div>
<script src="https://static.zuowen-like.test/js/common.js?v=2.3.1"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0f9e8d7c6b5a49382716a5b4c3d2e1f0";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# speech, path id, sub-channel (path, name), stamp, author, editor
ARTICLES = [
    (SPEECHES["s73c"], "66d52a8e4f1b7", ("/yanjianggao/lingdao/", "领导讲话"), "2024-09-02 15:08", "佚名", "小文"),
    (SPEECHES["s73d"], "6572b1c09e3d4", ("/yanjianggao/fayan/", "发言稿"), "2023-12-08 10:44", "网友投稿", "晓晓"),
]
OTHER = [
    ("/e/20240830/66d11f3c2a8e5.shtml", "安全生产月启动仪式领导讲话稿"),
    ("/e/20231205/656e9a7b1c4d2.shtml", "驻村第一书记工作交流发言"),
    ("/e/20240611/66681d0e5b9a3.shtml", "质量月活动总结表彰会发言稿"),
]


def url_of(speech, hid):
    return f"/e/{speech.date.replace('-', '')}/{hid}.shtml"


SIDE = """<div class="con_right">
  <div class="r_box"><div class="r_tit">热门演讲稿</div><ul class="r_list">
    <li><em>1</em><a href="/e/20240830/66d11f3c2a8e5.shtml">安全生产月启动仪式领导讲话稿</a></li>
    <li><em>2</em><a href="/e/20240901/66d3b88f7e612.shtml">开学典礼校长讲话稿</a></li>
    <li><em>3</em><a href="/e/20240115/65a4e0c8d3b71.shtml">年终总结大会领导讲话</a></li>
  </ul></div>
  <div class="r_box"><div class="r_tit">热门标签</div><div class="r_tags"><a href="/tag/jianghuagao/">讲话稿</a><a href="/tag/fayangao/">发言稿</a><a href="/tag/zhici/">致辞</a><a href="/tag/biaotai/">表态发言</a><a href="/tag/kaimushi/">开幕式</a></div></div>
  <div class="r_box r_app"><img src="https://static.zuowen-like.test/images/qr_app.png" alt="作文网APP"><p>扫码下载作文网APP</p><p>海量范文随时看</p></div>
</div>"""


def article(idx):
    speech, hid, (sub, subname), stamp, author, editor = ARTICLES[idx]
    path = url_of(speech, hid)
    paras = "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    prev = ARTICLES[idx + 1] if idx + 1 < len(ARTICLES) else None
    nxt = ARTICLES[idx - 1] if idx else None
    prev_html = f'<a href="{url_of(prev[0], prev[1])}">{prev[0].title}</a>' if prev else f'<a href="{OTHER[0][0]}">{OTHER[0][1]}</a>'
    next_html = f'<a href="{url_of(nxt[0], nxt[1])}">{nxt[0].title}</a>' if nxt else f'<a href="{OTHER[1][0]}">{OTHER[1][1]}</a>'
    related = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in OTHER)
    related += "".join(f'<li><a href="{url_of(s, h)}" target="_blank">{s.title}</a></li>' for s, h, *_ in ARTICLES if h != hid)
    page = HEAD + """<div class="w1200 clearfix">
  <div class="path">当前位置：<a href="/">作文网</a> &gt; <a href="/yanjianggao/">演讲稿</a> &gt; <a href="@@SUB@@">@@SUBNAME@@</a> &gt; 正文</div>
  <div class="con_left">
    <div class="con_title"><h1>@@H1@@</h1></div>
    <div class="con_info"><span>时间：@@STAMP@@</span><span>来源：作文网</span><span>作者：@@AUTHOR@@</span><span>编辑：@@EDITOR@@</span><a href="javascript:;" class="fav" rel="nofollow">收藏</a></div>
    <div class="con_ad"><script src="https://static.zuowen-like.test/ad/article_top.js"></script></div>
    <div class="con_content">
<p class="tj">小编推荐：<a href="/yanjianggao/lingdao/" target="_blank">领导讲话稿大全</a> | <a href="/yanjianggao/fayan/" target="_blank">发言稿范文</a></p>
@@PARAS@@
    </div>
    <div class="con_bjtj"><div class="bjtj_tit">作文网编辑推荐</div><ul>
      <li><a href="@@SUB@@" target="_blank">更多@@SUBNAME@@&gt;&gt;</a></li>
      <li><a href="/yanjianggao/xiezuo/" target="_blank">演讲稿的格式及写作技巧</a></li>
    </ul></div>
    <div class="con_share">分享到：<a href="javascript:;" class="s_wx">微信</a><a href="javascript:;" class="s_qq">QQ好友</a><a href="javascript:;" class="s_qz">QQ空间</a><a href="javascript:;" class="s_wb">新浪微博</a></div>
    <div class="con_page"><p>上一篇：@@PREV@@</p><p>下一篇：@@NEXT@@</p></div>
    <div class="con_xg"><div class="xg_tit">相关演讲稿</div><ul>@@RELATED@@</ul></div>
    <div class="con_ad"><script src="https://static.zuowen-like.test/ad/article_bottom.js"></script></div>
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{speech.title}_{subname}_作文网",
        KEYWORDS=f"{speech.title},{subname}",
        DESC=speech.paras[1][:80],
        PATH=path,
        SUB=sub,
        SUBNAME=subname,
        H1=speech.title,
        STAMP=stamp,
        AUTHOR=author,
        EDITOR=editor,
        PARAS=paras,
        PREV=prev_html,
        NEXT=next_html,
        RELATED=related,
        SIDE=SIDE,
    )


def listing(n, items, count):
    rows = "\n".join(
        f"""<li><h3><a href="{url_of(s, h)}" target="_blank">{s.title}</a></h3><p class="intro">{s.paras[1][:64]}……</p><p class="info"><span>{st[:10]}</span><a href="{url_of(s, h)}" target="_blank">阅读全文</a></p></li>"""
        for s, h, _sub, st, *_ in items
    )

    def lp(i):
        return "/yanjianggao/" if i == 1 else f"/yanjianggao/index_{i}.shtml"

    pg = "" if n == 1 else f'<a href="{lp(n - 1)}">上一页</a>'
    for i in range(1, count + 1):
        pg += f'<b>{i}</b>' if i == n else f'<a href="{lp(i)}">{i}</a>'
    if n < count:
        pg += f'<a href="{lp(n + 1)}">下一页</a>'
    page = HEAD + """<div class="w1200 clearfix">
  <div class="path">当前位置：<a href="/">作文网</a> &gt; 演讲稿</div>
  <div class="con_left">
    <div class="list_tit"><h2>演讲稿</h2></div>
    <ul class="list_ul">
@@ROWS@@
    </ul>
    <div class="page">@@PG@@</div>
  </div>
  @@SIDE@@
</div>
""" + FOOT
    return render(
        page,
        TITLE="演讲稿_演讲稿大全_作文网" + ("" if n == 1 else f"_第{n}页"),
        KEYWORDS="演讲稿,讲话稿,发言稿",
        DESC="作文网演讲稿频道",
        PATH=lp(n),
        ROWS=rows,
        PG=pg,
        SIDE=SIDE,
    )


def build() -> Family:
    fam = Family(HOST, "作文网 (zuowen.com)-like 演讲稿 channel, UTF-8: /e/YYYYMMDD/<hex>.shtml articles, 小编推荐 line inside con_content before the text, 作文网编辑推荐 box after it, index_2.shtml listing")
    for idx, (speech, hid, _sub, stamp, *_r) in enumerate(ARTICLES):
        fam.put(url_of(speech, hid), article(idx))
        fam.doc([url_of(speech, hid)], speech, published_at=stamp[:10])
    fam.put("/yanjianggao/", listing(1, ARTICLES[:1], 2))
    fam.put("/yanjianggao/index_2.shtml", listing(2, ARTICLES[1:], 2))
    s, h, *_ = ARTICLES[0]
    home = HEAD + f"""<div class="w1200 clearfix">
  <div class="i_box"><div class="i_tit"><h2><a href="/yanjianggao/">演讲稿</a></h2><a href="/yanjianggao/" class="more">更多</a></div>
  <ul><li><a href="{url_of(s, h)}" target="_blank">{s.title}</a></li><li><a href="{OTHER[0][0]}" target="_blank">{OTHER[0][1]}</a></li></ul></div>
  <div class="i_box"><div class="i_tit"><h2><a href="/gaozhong/">高中作文</a></h2></div>
  <ul><li><a href="/e/20240607/6662f5a13c9b8.shtml" target="_blank">以“青春”为话题的作文800字</a></li></ul></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="作文网_作文大全_演讲稿_范文", KEYWORDS="作文,作文网,演讲稿", DESC="作文网", PATH="/"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /tougao/\n")
    fam.not_documents += ["/", "/yanjianggao/", "/yanjianggao/index_2.shtml"]
    fam.noise += ["作文网", "小编推荐", "领导讲话稿大全", "编辑推荐", "演讲稿的格式及写作技巧", "当前位置", "分享到", "上一篇", "下一篇", "相关演讲稿", "热门标签", "扫码下载作文网APP", "京ICP备13029876号-3"]
    return fam
