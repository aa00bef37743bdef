"""WeChat 公众号 articles laid out with 135编辑器 and 秀米 (xiumi), as republished by a 公众号 aggregator
site (not a plain mirror): its own header, 公众号 card, 原文 time line, then WeChat's `#js_content`
copied whole: `data-role="outer"` / `label="Powered by 135editor.com"` wrappers, `_135editor`
sections with `data-tools="135编辑器"` and `data-id`, `data-role="paragraph"` blocks, xiumi
`powered-by="xiumi.us"` nested sections, a 点击上方蓝字关注我们 top bar, decorative title bars
(致辞全文 / 讲话原文), numbered part headers 01/02/03 drawn as styled sections, the 长按二维码关注
box and 往期回顾 cards (links to mp.weixin.qq.com). The aggregator cuts long articles into pages
(`8823461.html`, `8823461_2.html`) with its own 上一页/下一页 pager, then prints 免责声明, 相关文章 and
its footer. Served as `text/html; charset=utf-8`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.gzh-135xiumi-wenzhai.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="referrer" content="never">
<link rel="stylesheet" href="/static/css/wz.css?v=20240912">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/img/logo.png" alt="公众号文摘"></a>
    <ul class="nav">
      <li><a href="/">首页</a></li>
      <li><a href="/list/jiaoyu/">教育</a></li>
      <li><a href="/list/shequ/">社区</a></li>
      <li><a href="/list/zhichang/">职场</a></li>
      <li><a href="/list/wenhua/">文化</a></li>
    </ul>
    <form class="so" action="/search.php" method="get"><input type="text" name="q" placeholder="搜索公众号文章"><button type="submit">搜索</button></form>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="wrap">
    <p><a href="/about.html">关于我们</a> | <a href="/mianze.html">免责声明</a> | <a href="/lianxi.html">联系我们</a> | <a href="/sitemap.xml">网站地图</a></p>
    <p>本站文章均来自微信公众号，版权归原作者所有，如有侵权请联系 wz@gzh-wenzhai.test 删除。</p>
    <p>Copyright &copy; 2019-2025 公众号文摘 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备19061234号-2</a></p>
  </div>
</div>
<script src="/static/js/wz.js?v=20240912"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e1b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

# key, id, list, account, account id, time, pages, accent colour
ARTS = [
    ("WX1", 8823461, "jiaoyu", "教育", "鹤州职院", "hzzyxy", "2025-06-20 18:06", 2, "#1b5faa"),
    ("WX2", 8791154, "shequ", "社区", "幸福南苑社区", "xfnysq", "2025-05-17 20:31", 1, "#d4502b"),
]


def url(a, n=1):
    return f"/a/{a[6][:10].replace('-', '')}/{a[1]}{'' if n == 1 else '_' + str(n)}.html"


def p135(text, colour="#3f3f3f"):
    return (
        f'<section data-role="paragraph" class="_135editor" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;">'
        f'<p style="text-indent: 2em; line-height: 1.75em; margin-bottom: 15px;"><span style="font-size: 15px; color: {colour}; letter-spacing: 1px;">{text}</span></p></section>'
    )


def xiumi_para(text):
    return (
        '<section powered-by="xiumi.us" style="margin: 0px 0% 10px; box-sizing: border-box;">'
        '<section style="font-size: 15px; color: rgb(62, 62, 62); line-height: 1.8; letter-spacing: 1px; padding: 0px 8px; text-align: justify; box-sizing: border-box;">'
        f'<p style="text-indent: 2em; box-sizing: border-box;">{text}</p></section></section>'
    )


def title_bar(text, colour, data_id="104951"):
    return f"""<section class="_135editor" data-tools="135编辑器" data-id="{data_id}" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;"><section style="margin: 20px auto 15px; display: flex; justify-content: center; align-items: center; box-sizing: border-box;"><section style="width: 30px; height: 1px; background-color: {colour}; overflow: hidden; box-sizing: border-box;"><br></section><section style="padding: 4px 18px; margin: 0px 8px; background-color: {colour}; border-radius: 25px; box-sizing: border-box;"><p style="font-size: 16px; color: #ffffff; letter-spacing: 2px; box-sizing: border-box;"><strong data-brushtype="text">{text}</strong></p></section><section style="width: 30px; height: 1px; background-color: {colour}; overflow: hidden; box-sizing: border-box;"><br></section></section></section>"""


def part_header(num, text, colour):
    return f"""<section powered-by="xiumi.us" style="margin: 25px 0% 10px; display: flex; flex-flow: row nowrap; text-align: left; justify-content: flex-start; box-sizing: border-box;"><section style="display: inline-block; width: auto; vertical-align: middle; min-width: 10%; flex: 0 0 auto; height: auto; align-self: center; box-sizing: border-box;"><section powered-by="xiumi.us" style="box-sizing: border-box;"><section style="font-size: 36px; color: {colour}; line-height: 1; letter-spacing: 0px; font-family: Impact; box-sizing: border-box;"><p style="box-sizing: border-box;"><strong>{num}</strong></p></section></section></section><section style="display: inline-block; vertical-align: middle; width: auto; flex: 100 100 0%; align-self: center; height: auto; border-left: 2px solid {colour}; padding: 0px 0px 0px 10px; margin-left: 8px; box-sizing: border-box;"><section powered-by="xiumi.us" style="box-sizing: border-box;"><section style="font-size: 17px; color: {colour}; letter-spacing: 2px; box-sizing: border-box;"><p style="box-sizing: border-box;"><strong>{text}</strong></p></section></section></section></section>"""


TOP = """<section data-role="outer" label="Powered by 135editor.com" style="font-family: 微软雅黑; font-size: 16px;"><section class="_135editor" data-tools="135编辑器" data-id="90161" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;"><section style="text-align: center; margin: 10px auto; box-sizing: border-box;"><section style="display: inline-block; padding: 3px 12px; border: 1px solid @@C@@; border-radius: 4px; box-sizing: border-box;"><p style="font-size: 12px; color: @@C@@; letter-spacing: 1px; box-sizing: border-box;">点击上方蓝字 · 关注我们</p></section></section></section>"""

END = """<section class="_135editor" data-tools="135编辑器" data-id="98714" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;"><section style="margin: 30px auto 10px; border: 1px dashed @@C@@; padding: 15px; border-radius: 8px; text-align: center; box-sizing: border-box;"><section style="box-sizing: border-box;"><img class="rich_pages wxw-img" data-ratio="1" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/@@QR@@/640?wx_fmt=jpeg" data-type="jpeg" data-w="258" style="width: 120px; height: auto;" src="/img.php?u=https%3A%2F%2Fmmbiz.qpic.cn%2Fmmbiz_jpg%2F@@QR@@%2F640"></section><p style="font-size: 14px; color: @@C@@; box-sizing: border-box;"><strong>长按二维码关注</strong></p><p style="font-size: 12px; color: #888888; box-sizing: border-box;">@@ACCOUNT@@ · 微信号：@@WXID@@</p></section></section>
<section class="_135editor" data-tools="135编辑器" data-id="100572" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;"><section style="margin: 20px auto 10px; box-sizing: border-box;"><section style="border-bottom: 2px solid @@C@@; padding-bottom: 4px; box-sizing: border-box;"><p style="font-size: 16px; color: @@C@@; box-sizing: border-box;"><strong>往期回顾</strong></p></section>@@CARDS@@</section></section>
<section class="_135editor" data-tools="135编辑器" data-id="86417" style="border-width: 0px; border-style: none; border-color: initial; box-sizing: border-box;"><p style="text-align: center; font-size: 12px; color: #a5a5a5; margin-top: 20px;">文字 | @@EDITOR@@　编辑 | @@EDITOR2@@　审核 | @@CHECK@@</p></section></section>"""

CARDS = {
    "WX1": [("鹤职院在全国职业院校技能大赛中再获佳绩", "Zx7kQ2mPd0aLr9Tb4sYwEg"), ("毕业季｜请查收这份离校指南", "Hc3pR8vNq1WmF6yBkT5oJA"), ("2025年招生章程发布", "Lb0sD4eUx7KtA2nGc9rZqW")],
    "WX2": [("老旧小区改造“改”出幸福感", "Pq5tN1aXc8JvR3mLw0eKdg"), ("社区食堂开张啦！", "Vy2hE6kSb9TqM4uZf1nRxo")],
}


def cards(key, colour):
    return "".join(
        f'<section style="display: flex; align-items: center; margin-top: 10px; padding: 8px; background-color: #f7f7f7; border-left: 3px solid {colour}; box-sizing: border-box;"><section style="flex: 1; box-sizing: border-box;"><p style="font-size: 14px; color: #333333;"><a href="https://mp.weixin.qq.com/s/{sid}" target="_blank" data-linktype="2">{t}</a></p></section></section>'
        for t, sid in CARDS[key]
    )


def body_parts(a):
    """The 135/xiumi HTML of the article, as a list of page chunks."""
    key, colour = a[0], a[8]
    speech = SPEECHES[key]
    if key == "WX1":
        # the editor dropped numbered part headers before the speech's turns
        heads = {3: ("01", "三年 · 一起走过"), 5: ("02", "三句话 · 最后一课"), 9: ("03", "母校 · 永远的家")}
        runs = split_paras(speech.paras, 2)
        out, i = [], 0
        for n, run in enumerate(runs):
            chunk = [] if n else [render(TOP, C=colour), title_bar("致辞全文", colour)]
            for para in run:
                if i in heads:
                    chunk.append(part_header(*heads[i], colour))
                chunk.append(xiumi_para(para) if i % 3 else p135(para))
                i += 1
            out.append(chunk)
        out[-1].append(render(END, C=colour, QR="Qe8bWj1hzA4", ACCOUNT=a[4], WXID=a[5], CARDS=cards(key, colour), EDITOR="党政办", EDITOR2="陈一帆", CHECK="刘建华"))
        return ["\n".join(c) for c in out]
    chunk = [render(TOP, C=colour), title_bar("讲话原文", colour, "104953")]
    chunk += [p135(p) for p in speech.paras]
    chunk.append(render(END, C=colour, QR="Tg2cYp7mxK0", ACCOUNT=a[4], WXID=a[5], CARDS=cards(key, colour), EDITOR="社区党委", EDITOR2="许诺", CHECK="王芳"))
    return ["\n".join(chunk)]


def pager(a, n, total):
    if total == 1:
        return ""
    links = []
    links.append(f'<a href="{url(a, n - 1)}">上一页</a>' if n > 1 else '<span class="disabled">上一页</span>')
    for k in range(1, total + 1):
        links.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(a, k)}">{k}</a>')
    links.append(f'<a href="{url(a, n + 1)}">下一页</a>' if n < total else '<span class="disabled">下一页</span>')
    return f'<div class="pagelist">{"".join(links)}</div>'


def article_page(a, n, chunk, total):
    speech = SPEECHES[a[0]]
    other = [b for b in ARTS if b is not a][0]
    disclaimer = f'<div class="mianze">免责声明：本文转载自微信公众号“{a[4]}”，原文标题《{speech.title}》，仅供学习交流，版权归原作者所有。如涉及版权问题，请联系本站删除。</div>' if n == total else ""
    page_title = speech.title + ("" if n == 1 else f"(第{n}页)")
    body = f"""<div class="wrap main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list/{a[2]}/">{a[3]}</a> &gt; 正文</div>
  <div class="left">
    <div class="article">
      <h1 class="rich_media_title" id="activity-name">{speech.title}</h1>
      <div class="gzh-card"><img src="/img.php?u=https%3A%2F%2Fwx.qlogo.cn%2Fmmhead%2F{a[5]}%2F0" alt="{a[4]}"><span class="gzh-name"><a href="/gzh/{a[5]}/">{a[4]}</a></span><span class="gzh-id">微信号：{a[5]}</span><span class="time">{a[6]}</span></div>
      <div class="rich_media_content" id="js_content">
{chunk}
      </div>
      {pager(a, n, total)}
      {disclaimer}
      <div class="prenext"><p>上一篇：<a href="{url(other)}">{SPEECHES[other[0]].title}</a></p><p>下一篇：<a href="/a/20250702/8840127.html">暑期“三下乡”社会实践团出发啦</a></p></div>
    </div>
    <div class="relate"><h3>相关文章</h3><ul><li><a href="/a/20250612/8810933.html">鹤职院2025届毕业生双选会举行</a></li><li><a href="{url(other)}">{SPEECHES[other[0]].title}</a></li></ul></div>
  </div>
  <div class="right">
    <div class="box"><h3>热门公众号</h3><ul><li><a href="/gzh/hzzyxy/">鹤州职院</a></li><li><a href="/gzh/xfnysq/">幸福南苑社区</a></li></ul></div>
  </div>
</div>
"""
    return render(HEAD, TITLE=f"{page_title}_{a[4]}_公众号文摘", KEYWORDS=f"{a[4]},{speech.title}", DESC=speech.paras[2][:70]) + body + FOOT


def list_page(key, name, arts):
    rows = "\n".join(
        f'<li><a class="t" href="{url(a)}">{SPEECHES[a[0]].title}</a><p class="d">{SPEECHES[a[0]].paras[2][:60]}…</p><span class="src">{a[4]}</span><span class="time">{a[6][:10]}</span></li>'
        for a in arts
    )
    body = f"""<div class="wrap main">
  <div class="crumb">当前位置：<a href="/">首页</a>{f' &gt; {name}' if name else ''}</div>
  <ul class="list">
{rows}
  </ul>
</div>
"""
    return render(HEAD, TITLE=f"{name + '_' if name else ''}公众号文摘 - 精选微信公众号文章", KEYWORDS="公众号,微信文章", DESC="精选微信公众号文章") + body + FOOT


def build() -> Family:
    fam = Family(HOST, "WeChat articles made with 135编辑器 / 秀米 on a 公众号 aggregator site (paged)")
    fam.put("/", list_page("", "", ARTS))
    fam.not_documents.append("/")
    for a in ARTS:
        fam.put(f"/list/{a[2]}/", list_page(a[2], a[3], [a]))
        fam.not_documents.append(f"/list/{a[2]}/")
        chunks = body_parts(a)
        for n, chunk in enumerate(chunks, 1):
            fam.put(url(a, n), article_page(a, n, chunk, len(chunks)))
        fam.not_documents += [url(a, n) for n in range(2, len(chunks) + 1)]
        fam.doc([url(a, n) for n in range(1, len(chunks) + 1)], SPEECHES[a[0]], published_at=a[6][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search.php\nDisallow: /img.php\n")
    fam.noise += [
        "点击上方蓝字", "致辞全文", "讲话原文", "三年 · 一起走过", "三句话 · 最后一课", "母校 · 永远的家",
        "长按二维码关注", "微信号：", "往期回顾", "毕业季｜请查收这份离校指南", "社区食堂开张啦！", "编辑 | ",
        "免责声明", "相关文章", "热门公众号", "苏ICP备19061234号-2", "版权归原作者所有", "上一页", "下一页",
    ]
    return fam
