"""University news site run by the 党委宣传部 (淮源大学新闻网) on Jspxcms (Java / FreeMarker, static
HTML generation): nodes `/ldjh/index.html` / `index_2.html`, articles `/ldjh/N.html` (page 2
`N_2.html` through the Jspxcms `inc_page` pager); Tomcat's `text/html;charset=UTF-8`; `div.position`
crumb, `h2.title`, `p.infoattr` (发布时间 / 浏览次数 loaded from `/info_views/N.jspx` / 来源 / 作者),
`div.text` holding the speech's own heading block (centred title, speaker, date), a centred photo
with its caption, and the 供稿 / 编辑 / 审核 tail lines; mood voting (`info_scoring.jspx`), Baidu
share buttons, 上一条 / 下一条, 相关新闻, footer with `Powered by Jspxcms`."""

from common import SPEECHES, Family, render, split_paras

HOST = "news.huaiyuan-univ-like.test"
SITE = "淮源大学新闻网"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/uploads/1/xwzx/_files/global.css" rel="stylesheet" type="text/css" />
<link href="/uploads/1/xwzx/_files/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/static/js/jquery.js"></script>
<script language="javascript" type="text/javascript" src="/static/js/fore.js"></script>
</head>
<body>
<div class="top w1100">
  <div class="logo"><a href="/"><img src="/uploads/1/xwzx/_files/images/logo.png" alt="淮源大学新闻网" /></a></div>
  <div class="toplink"><a href="http://www.huaiyuan.edu.cn/" target="_blank">学校主页</a> | <a href="/tgxz/index.html">投稿须知</a> | <a href="/lxwm/index.html">联系我们</a></div>
  <div class="search"><form action="/search.jspx" method="get" target="_blank"><input type="text" name="q" class="s_ipt" /><input type="submit" class="s_btn" value="搜索" /></form></div>
</div>
<div class="nav">
  <ul class="w1100">
    <li><a href="/">首页</a></li>
    <li><a href="/hyyw/index.html">淮源要闻</a></li>
    <li><a href="/zhxw/index.html">综合新闻</a></li>
    <li@@LDJH_ON@@><a href="/ldjh/index.html">领导讲话</a></li>
    <li><a href="/mtbd/index.html">媒体淮源</a></li>
    <li><a href="/xyrw/index.html">校园人物</a></li>
    <li><a href="/xsxy/index.html">学术校园</a></li>
    <li><a href="/tpxw/index.html">图片新闻</a></li>
  </ul>
</div>
"""

FOOT = """<div class="footer">
  <div class="w1100">
    <p>版权所有：中共淮源大学委员会宣传部　地址：淮源市学府路88号　邮编：238000　投稿邮箱：xwzx@huaiyuan.edu.cn</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05011832号</a>　<a href="http://www.beian.gov.cn/" target="_blank">皖公网安备 34150202000219号</a>　Powered by <a href="http://www.jspxcms.com" target="_blank">Jspxcms</a></p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?1e7a0c9b3d5f4a2e8c6b0d9f1a3e5c70";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

ARTICLES = [
    {
        "speech": SPEECHES["f47b-5"],
        "id": 5127,
        "parts": 1,
        "pub": "2024-06-28 18:35",
        "source": "党委宣传部",
        "author": "",
        "speaker": "党委书记　王建华",
        "photo": ("/uploads/1/image/public/202406/20240628181207_k2v9qd.jpg", "大会现场（摄影：张扬）"),
        "credit": "（供稿：党委宣传部　摄影：张扬）",
        "tail": "编辑：刘洋　责任编辑：孙敏　审核：陈立",
    },
    {
        "speech": SPEECHES["f47b-6"],
        "id": 5346,
        "parts": 2,
        "pub": "2024-09-10 15:02",
        "source": "校长办公室",
        "author": "",
        "speaker": "校长　刘振华",
        "photo": ("/uploads/1/image/public/202409/20240910114512_p7f3xa.jpg", "校长刘振华在开学典礼上讲话（融媒体中心　李文博　摄）"),
        "credit": "",
        "tail": "编辑：周婧　审核：陈立",
    },
]


def art_url(a, n=1):
    return f"/ldjh/{a['id']}{'' if n == 1 else f'_{n}'}.html"


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def inc_page(a, n):
    total = a["parts"]
    out = ['<div class="page">', f'<span>共{total}页</span>']
    out.append(f'<a href="{art_url(a)}">首页</a>')
    out.append(f'<a href="{art_url(a, n - 1)}">上一页</a>' if n > 1 else '<span class="disabled">上一页</span>')
    for k in range(1, total + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{art_url(a, k)}">{k}</a>')
    out.append(f'<a href="{art_url(a, n + 1)}">下一页</a>' if n < total else '<span class="disabled">下一页</span>')
    out.append(f'<a href="{art_url(a, total)}">尾页</a>')
    out.append("</div>")
    return "".join(out)


def article_page(a, prev, nxt, n, run, last):
    s = a["speech"]
    body = []
    if n == 1:
        body.append(f'<p style="text-align: center;"><strong><span style="font-size: 20px;">{s.title}</span></strong></p>')
        body.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{a["speaker"]}</span></p>')
        body.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">（{cn_date(s.date)}）</span></p>')
        src, cap = a["photo"]
        body.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="640" height="427" /></p>')
        body.append(f'<p style="text-align: center;"><span style="font-size: 14px; color: #595959;">{cap}</span></p>')
    body += [f'<p style="text-indent: 2em;">{p}</p>' for p in run]
    if last:
        if a["credit"]:
            body.append(f'<p style="text-align: right;">{a["credit"]}</p>')
        body.append(f'<p style="text-align: right;">{a["tail"]}</p>')
    pg = inc_page(a, n) if a["parts"] > 1 else ""
    prev_li = f'<li><span class="spanleft">上一条：<a href="{art_url(prev)}">{prev["speech"].title}</a></span><span class="spanright">{prev["pub"][:10]}</span></li>' if prev else '<li><span class="spanleft">上一条：没有了</span></li>'
    next_li = f'<li><span class="spanleft">下一条：<a href="{art_url(nxt)}">{nxt["speech"].title}</a></span><span class="spanright">{nxt["pub"][:10]}</span></li>' if nxt else '<li><span class="clr">下一条：没有了</span></li>'
    page = HEAD + """<div class="w1100 clear mt10">
  <div class="pleft">
    <div class="position">当前位置：<a href="/">首页</a>&gt;<a href="/ldjh/index.html">领导讲话</a>&gt;正文</div>
    <div class="textinfo">
      <h2 class="title">@@ATITLE@@</h2>
      <p class="infoattr">
        <span>发布时间：@@PUB@@</span>
        <span>浏览次数：<span id="info_views"></span></span>
        <span>来源：@@SOURCE@@</span>
        <script type="text/javascript">
          $("#info_views").load("/info_views/@@ID@@.jspx?d="+new Date()*1);
        </script>
      </p>
      <div class="text" id="zoom">
@@BODY@@
      </div>
@@PAGER@@
      <div class="mood">
        <ul>
          <li onclick="infoScoring(@@ID@@,1);"><p><span id="score-item-1">0</span>票</p><p><img src="/uploads/1/mood/1.gif" /></p><p>点赞</p></li>
          <li onclick="infoScoring(@@ID@@,2);"><p><span id="score-item-2">0</span>票</p><p><img src="/uploads/1/mood/2.gif" /></p><p>感动</p></li>
          <li onclick="infoScoring(@@ID@@,3);"><p><span id="score-item-3">0</span>票</p><p><img src="/uploads/1/mood/3.gif" /></p><p>振奋</p></li>
        </ul>
        <script type="text/javascript">
          function infoScoring(id,itemId) {
            $.post('/info_scoring.jspx',{id:id,itemId:itemId},function(data) {
              if(data!="0"){$("#score-item-"+itemId).text(data);}else{alert("你已经表达过心情了！");}
            });
          }
          $.get("/info_score/@@ID@@.jspx?d="+new Date()*1,function(data) {for(id in data) {$("#score-item-"+id).text(data[id]);}},"json");
        </script>
      </div>
      <!-- Baidu Button BEGIN -->
      <div class="share-btn">
        <div id="bdshare" class="bdshare_t bds_tools get-codes-bdshare">
          <span class="bds_more">分享到：</span>
          <a class="bds_qzone"></a><a class="bds_tsina"></a><a class="bds_weixin"></a><a class="shareCount"></a>
        </div>
        <script type="text/javascript" id="bdshare_js" data="type=tools"></script>
        <script type="text/javascript" id="bdshell_js"></script>
        <script type="text/javascript">document.getElementById("bdshell_js").src = "http://bdimg.share.baidu.com/static/js/shell_v2.js?cdnversion=" + new Date().getHours();</script>
      </div>
      <!-- Baidu Button END -->
    </div>
    <div class="othernews">
      <ul>
        @@PREV@@
        @@NEXT@@
      </ul>
    </div>
    <div class="reletednews">
      <p>相关新闻：</p>
      <ul>
        <li><span class="spanleft"><a href="/hyyw/5121.html" target="_blank">学校召开庆祝中国共产党成立103周年暨“两优一先”表彰大会</a></span><span class="spanright">2024-06-28</span></li>
        <li><span class="spanleft"><a href="/hyyw/5342.html" target="_blank">学校隆重举行2024级新生开学典礼</a></span><span class="spanright">2024-09-10</span></li>
      </ul>
    </div>
  </div>
  <div class="pright">
    <div class="rbox"><h3>热点排行</h3><ul>
      <li><a href="/hyyw/5298.html">我校新增两个博士学位授权点</a></li>
      <li><a href="/zhxw/5301.html">我校在全省大学生创新创业大赛中获佳绩</a></li>
      <li><a href="/xyrw/5277.html">【淮源人物】三尺讲台四十载</a></li>
    </ul></div>
    <div class="rbox wx"><img src="/uploads/1/xwzx/_files/images/weixin.jpg" alt="" /><p>扫码关注淮源大学官方微信</p></div>
  </div>
</div>
""" + FOOT
    title = s.title if n == 1 else f"{s.title}(第{n}页)"
    return render(page, TITLE=f"{title}-领导讲话-{SITE}", KEYWORDS=s.title, DESC=s.paras[1][:80], LDJH_ON=' class="on"',
                  ATITLE=s.title, PUB=a["pub"], SOURCE=a["source"], ID=a["id"], BODY="\n".join("        " + b for b in body),
                  PAGER=pg, PREV=prev_li, NEXT=next_li)


OLDER = [
    ("在2024届毕业典礼暨学位授予仪式上的讲话", "2024-06-20", 5098),
    ("在学校2024年党风廉政建设和反腐败工作会议上的讲话", "2024-04-11", 4986),
    ("在学校2024年工作会议上的讲话", "2024-02-27", 4902),
    ("在学校第五次教学工作会议上的讲话", "2023-12-14", 4817),
]
OLDER2 = [
    ("在学校主题教育总结大会上的讲话", "2023-11-30", 4788),
    ("在2023级新生开学典礼上的讲话", "2023-09-11", 4630),
]


def listing(rows, n):
    items = "\n".join(f'        <li><span class="date">{d}</span><a href="{u}" target="_blank" title="{t}">{t}</a></li>' for t, d, u in rows)
    if n == 1:
        pg = '<div class="page"><span>共12条记录 1/2页</span><a href="/ldjh/index.html">首页</a><span class="disabled">上一页</span><span class="current">1</span><a href="/ldjh/index_2.html">2</a><a href="/ldjh/index_2.html">下一页</a><a href="/ldjh/index_2.html">尾页</a></div>'
    else:
        pg = '<div class="page"><span>共12条记录 2/2页</span><a href="/ldjh/index.html">首页</a><a href="/ldjh/index.html">上一页</a><a href="/ldjh/index.html">1</a><span class="current">2</span><span class="disabled">下一页</span><a href="/ldjh/index_2.html">尾页</a></div>'
    page = HEAD + """<div class="w1100 clear mt10">
  <div class="pleft">
    <div class="position">当前位置：<a href="/">首页</a>&gt;领导讲话</div>
    <div class="newslist">
      <ul>
@@ITEMS@@
      </ul>
      @@PAGER@@
    </div>
  </div>
</div>
""" + FOOT
    return render(page, TITLE=f"领导讲话-{SITE}" if n == 1 else f"领导讲话_第{n}页-{SITE}", KEYWORDS="领导讲话", DESC="淮源大学领导讲话",
                  LDJH_ON=' class="on"', ITEMS=items, PAGER=pg)


def build() -> Family:
    fam = Family(HOST, "Jspxcms university news site (党委宣传部), static generation, /ldjh/N.html and N_2.html",
                 content_type="text/html;charset=UTF-8")
    a1, a2 = ARTICLES
    neighbours = {a1["id"]: (None, a2), a2["id"]: (a1, None)}
    for a in (a1, a2):
        prev, nxt = neighbours[a["id"]]
        runs = split_paras(a["speech"].paras, a["parts"]) if a["parts"] > 1 else [list(a["speech"].paras)]
        pages = []
        for n in range(1, a["parts"] + 1):
            fam.put(art_url(a, n), article_page(a, prev, nxt, n, runs[n - 1], n == a["parts"]))
            pages.append(art_url(a, n))
            if n > 1:
                fam.not_documents.append(art_url(a, n))
        fam.doc(pages, a["speech"], published_at=a["pub"][:10])
    rows1 = [(a2["speech"].title, a2["pub"][:10], art_url(a2)), (a1["speech"].title, a1["pub"][:10], art_url(a1))]
    rows1 += [(t, d, f"/ldjh/{i}.html") for t, d, i in OLDER]
    rows2 = [(t, d, f"/ldjh/{i}.html") for t, d, i in OLDER2]
    fam.put("/ldjh/index.html", listing(rows1, 1))
    fam.put("/ldjh/index_2.html", listing(rows2, 2))
    items = "\n".join(f'        <li><a href="{u}" target="_blank">{t}</a><span>{d[5:]}</span></li>' for t, d, u in rows1[:4])
    home = HEAD + """<div class="w1100 clear mt10 index">
  <div class="focus"><a href="/hyyw/5342.html" target="_blank"><img src="/uploads/1/image/public/202409/20240910120233_m1c8ve.jpg" alt="学校隆重举行2024级新生开学典礼" /></a><p>学校隆重举行2024级新生开学典礼</p></div>
  <div class="ibox">
    <div class="ibox-hd"><h3>淮源要闻</h3><a class="more" href="/hyyw/index.html">更多&gt;&gt;</a></div>
    <ul>
      <li><a href="/hyyw/5342.html" target="_blank">学校隆重举行2024级新生开学典礼</a><span>09-10</span></li>
      <li><a href="/hyyw/5121.html" target="_blank">学校召开庆祝中国共产党成立103周年暨“两优一先”表彰大会</a><span>06-28</span></li>
    </ul>
  </div>
  <div class="ibox">
    <div class="ibox-hd"><h3>领导讲话</h3><a class="more" href="/ldjh/index.html">更多&gt;&gt;</a></div>
    <ul>
@@ITEMS@@
    </ul>
  </div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE=SITE, KEYWORDS="淮源大学,淮源大学新闻网", DESC="淮源大学新闻网由中共淮源大学委员会宣传部主办", LDJH_ON="", ITEMS=items))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /cmscp/\nDisallow: /search.jspx\n")
    fam.not_documents += ["/", "/ldjh/index.html", "/ldjh/index_2.html"]
    fam.noise += ["发布时间：", "浏览次数：", "大会现场（摄影：张扬）", "（供稿：党委宣传部　摄影：张扬）", "审核：陈立", "李文博　摄",
                  "上一条：", "下一条：", "相关新闻：", "热点排行", "Powered by", "皖ICP备05011832号", "分享到："]
    fam.note = ("each speech opens with its own centred title, speaker and date lines and a photo with its caption (not "
                "speech text) and ends with 供稿 / 编辑 / 审核 lines inside div.text; the second speech runs over "
                "N.html and N_2.html (a continuation page)")
    return fam
