"""淘文阁 (taowenge.com)-like document-sharing page, `/p-N.html`, UTF-8.

Home `/` (最新文档, 分类 nav) → category `/list-1296.html` (讲话致辞) → documents `/p-N.html` titled and
headed with the uploader's file name (`….docx-淘文阁`), `doc-info` row (文档编号 / 上传时间 / 格式 / 页数 /
大小 / 浏览 / 下载 / 上传人), the download bar (`下载文档（2金币）`, 加入VIP免费下载) above the preview; the preview
prints the first pages as text, page by page (`div.pageBox` with `第1页 / 共3页` under each), the
Word file's own centred title and byline first; the 3-page document stops after page 2 with
`还剩1页未读，继续阅读` and a 下载 button (→ truncated, one paragraph cut mid-sentence at the page end); the
2-page document is whole (`亲，该文档已全部展示完毕`); 关于本文 statement, 相关资源, 猜你喜欢."""

from common import SPEECHES, Family, split_paras

HOST = "www.taowenge-suoyan-like.test"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
<link rel="stylesheet" href="/static/css/common.css?v=20230911">
<link rel="stylesheet" href="/static/css/@@CSS@@.css?v=20230911">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script src="/static/js/layer/layer.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <span class="welcome">欢迎来到淘文阁 - 分享文档赚钱的网站！</span>
  <div class="fr"><a href="/login.html" rel="nofollow">登录</a><a href="/register.html" rel="nofollow">注册</a><a href="/vip.html" class="vip" rel="nofollow">开通VIP</a><a href="/help/" rel="nofollow">帮助中心</a><a href="/upload.html" rel="nofollow">上传赚钱</a></div>
</div></div>
<div class="header"><div class="w1200">
  <a href="/" class="logo"><img src="/static/images/logo.png" alt="淘文阁"></a>
  <div class="search-box"><form action="/search.html" method="get"><input type="text" name="q" placeholder="搜索你想要的文档" autocomplete="off"><button type="submit">搜索</button></form>
  <p class="hot-words">热搜：<a href="/search.html?q=%E8%AE%B2%E8%AF%9D%E7%A8%BF">讲话稿</a><a href="/search.html?q=%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A">心得体会</a><a href="/search.html?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93">工作总结</a></p></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
  <li><a href="/">首页</a></li><li><a href="/list-1284.html">党政相关</a></li><li><a href="/list-1296.html">讲话致辞</a></li><li><a href="/list-1301.html">工作总结</a></li><li><a href="/list-1310.html">教育专区</a></li><li><a href="/list-1322.html">行业资料</a></li><li><a href="/list-1337.html">考试试题</a></li><li><a href="/list-1350.html">PPT模板</a></li>
</ul></div></div>
"""

FOOT = """<div class="footer"><div class="w1200">
  <p><a href="/about.html" rel="nofollow">关于我们</a> - <a href="/help/" rel="nofollow">网站声明</a> - <a href="/sitemap.html">网站地图</a> - <a href="/help/copyright.html" rel="nofollow">资源地图</a> - <a href="/help/friend.html">友情链接</a> - <a href="/help/contact.html" rel="nofollow">网站客服</a> - <a href="/help/complaint.html" rel="nofollow">联系我们</a></p>
  <p>本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台，本站所有文档下载所得的收益归上传人（含作者）所有。本站仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改或编辑。若文档所含内容侵犯了您的版权或隐私，请立即通知淘文阁网，我们立即给予删除！</p>
  <p>&copy; 2008-2023 by Sichuan Goodwill Information Technology Co., Ltd. <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">蜀ICP备2022000484号</a></p>
</div></div>
<script src="/static/js/common.js?v=20230911"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2c4a9d8e7f1b3a5c6d0e9f8a7b6c5d4e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

DOCS = [
    {"key": "f54a-3", "id": 92847361, "file": "县委书记在全县乡村振兴重点项目推进会上的讲话（定稿）.docx", "pages": 3, "shown": 2,
     "up": "2023-06-19", "size": "31.62KB", "views": 1843, "down": 27, "user": "wz****88", "byline": "县委书记　周建平", "date_line": "（2023年6月14日）"},
    {"key": "f54a-4", "id": 93105528, "file": "区直机关青年干部座谈会发言材料.docx", "pages": 2, "shown": 2,
     "up": "2024-05-13", "size": "18.04KB", "views": 962, "down": 11, "user": "春***", "byline": "区发展改革局　陈思远", "date_line": "（2024年5月6日）"},
]


def file_title(d):
    return d["file"].rsplit(".", 1)[0]


def doc_page(d, other, fam):
    s = SPEECHES[d["key"]]
    paras = list(s.paras)
    if d["shown"] < d["pages"]:
        # the preview covers the first two of three pages: about the first half of the speech, the
        # last paragraph shown cut where page 2 ends
        runs = split_paras(paras, 3)
        shown = runs[0] + runs[1][:-1]
        last = runs[1][-1]
        cut = last[: len(last) // 2]
        cut = cut[: cut.rfind("，") + 1] if "，" in cut else cut
        shown_paras = shown + [cut]
        pages = split_paras(shown_paras, 2)
    else:
        shown_paras = paras
        pages = split_paras(paras, 2)
    boxes = []
    for n, run in enumerate(pages, 1):
        head = ""
        if n == 1:
            head = (f'<p class="p-title" style="text-align:center;"><b>{s.title}</b></p>\n'
                    f'<p style="text-align:center;">{d["byline"]}</p>\n<p style="text-align:center;">{d["date_line"]}</p>\n')
        ps = "\n".join(f"<p>{p}</p>" for p in run)
        boxes.append(f"""<div class="pageBox" id="page{n}">
<div class="page-content">
{head}{ps}
</div>
<div class="page-num">第{n}页 / 共{d['pages']}页</div>
</div>""")
    if d["shown"] < d["pages"]:
        more = f"""<div class="read-more" id="readMore">
<div class="mask"></div>
<p class="remain">还剩{d['pages'] - d['shown']}页未读，<a href="javascript:;" onclick="readMore({d['id']})">继续阅读</a></p>
<a class="btn-down" href="/down.html?id={d['id']}" rel="nofollow">下载</a>
</div>"""
    else:
        more = '<div class="read-end"><p>亲，该文档已全部展示完毕，喜欢就下载吧……</p><a class="btn-down" href="/down.html?id=%d" rel="nofollow">下载</a></div>' % d["id"]
    html = HEAD + f"""<div class="w1200 main clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/list-1296.html">讲话致辞</a> &gt; {file_title(d)}</div>
<div class="doc-left">
  <div class="doc-head">
    <h1><i class="ico-docx"></i>{d['file']}</h1>
    <div class="doc-info">
      <span>文档编号：{d['id']}</span><span>上传时间：{d['up']}</span><span>格式：DOCX</span><span>页数：{d['pages']}</span><span>大小：{d['size']}</span><span>浏览：{d['views']}</span><span>下载：{d['down']}</span><span>上传人：{d['user']}</span>
    </div>
    <div class="down-bar"><a class="btn-download" href="/down.html?id={d['id']}" rel="nofollow">下载文档（2金币）</a><a class="btn-vip" href="/vip.html" rel="nofollow">加入VIP，免费下载</a><a class="btn-fav" href="javascript:;" onclick="addFav({d['id']})">收藏</a><a class="btn-report" href="/help/complaint.html?id={d['id']}" rel="nofollow">举报</a></div>
  </div>
  <div class="doc-preview" id="docPreview">
{chr(10).join(boxes)}
{more}
  </div>
  <div class="about-doc"><h3>关于本文</h3>
    <p>本文标题：{file_title(d)}</p>
    <p>链接地址：http://{HOST}/p-{d['id']}.html</p>
    <p class="statement">1、本文档由用户上传，淘文阁仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改或编辑。<br>2、预览内容均为文档截取部分文字，完整内容以下载文档为准。<br>3、下载前请先预览，预览内容跟原文是一样的，在预览页面未显示的内容，下载后也不会有。</p>
  </div>
  <div class="rel-docs"><h3>相关资源</h3><ul>
    <li><a href="/p-{other['id']}.html" target="_blank"><i class="ico-docx"></i>{file_title(other)}</a></li>
    <li><a href="/p-91220384.html" target="_blank"><i class="ico-docx"></i>在全市重点项目建设推进会上的讲话</a></li>
    <li><a href="/p-90876012.html" target="_blank"><i class="ico-doc"></i>青年干部座谈会发言稿5篇</a></li>
  </ul></div>
</div>
<div class="doc-right">
  <div class="user-card"><img src="/static/images/avatar.png" alt=""><p class="name">{d['user']}</p><p>文档数：312　　粉丝：5</p><a href="/user/list.html?u={d['user']}">进入TA的空间</a></div>
  <div class="side-box"><h3>猜你喜欢</h3><ul><li><a href="/p-89011456.html">2023年乡村振兴工作总结及2024年工作计划</a></li><li><a href="/p-88765120.html">乡镇党委书记抓基层党建述职报告</a></li></ul></div>
</div>
</div>
<script>
function readMore(id) {{ layer.msg('该文档需下载后阅读全文', {{icon: 0}}); }}
function addFav(id) {{ location.href = '/login.html'; }}
</script>
""" + FOOT
    html = html.replace("@@TITLE@@", f"{d['file']}-淘文阁").replace("@@KW@@", file_title(d)).replace("@@DESC@@", "".join(shown_paras)[:80]).replace("@@CSS@@", "detail")
    fam.put(f"/p-{d['id']}.html", html)
    return shown_paras


def simple_page(title, css, body):
    return (HEAD + body + FOOT).replace("@@TITLE@@", title).replace("@@KW@@", "淘文阁,文档下载,讲话稿").replace("@@DESC@@", "淘文阁是一个分享文档赚钱的网站").replace("@@CSS@@", css)


def build() -> Family:
    fam = Family(HOST, "淘文阁 (taowenge.com)-like document page: text preview of the first pages, 还剩N页未读 wall")
    d1, d2 = DOCS
    shown1 = doc_page(d1, d2, fam)
    fam.doc([f"/p-{d1['id']}.html"], SPEECHES[d1["key"]], truncated=True, text="\n".join(shown1), published_at="2023-06-14")
    doc_page(d2, d1, fam)
    fam.doc([f"/p-{d2['id']}.html"], SPEECHES[d2["key"]], published_at="2024-05-06")

    rows = "\n".join(
        f'<li><i class="ico-docx"></i><a href="/p-{d["id"]}.html" target="_blank">{file_title(d)}</a><span class="pages">{d["pages"]}页</span><span class="time">{d["up"]}</span></li>'
        for d in (d2, d1)
    )
    listing = f"""<div class="w1200 main">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; 讲话致辞</div>
<div class="list-box"><ul class="doc-list">
{rows}
<li><i class="ico-doc"></i><a href="/p-91220384.html" target="_blank">在全市重点项目建设推进会上的讲话</a><span class="pages">5页</span><span class="time">2023-05-30</span></li>
</ul>
<div class="pagination"><span class="current">1</span><a href="/list-1296-2.html">2</a><a href="/list-1296-2.html">下一页</a></div>
</div>
</div>
"""
    fam.put("/list-1296.html", simple_page("讲话致辞_文档下载-淘文阁", "list", listing))
    home = f"""<div class="w1200 main">
<div class="home-box"><h2>最新文档</h2><ul class="doc-list">
{rows}
</ul></div>
<div class="home-box"><h2>讲话致辞</h2><p><a href="/list-1296.html">更多&gt;&gt;</a></p></div>
</div>
"""
    fam.put("/", simple_page("淘文阁 - 分享文档赚钱的网站", "index", home))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /down.html\nDisallow: /search.html\nDisallow: /user/\n")
    fam.not_documents += ["/", "/list-1296.html"]
    fam.note = "published_at is the date line of the Word file (the speech's date), not the 上传时间; the title is the speech's own title printed in the preview, not the file name"
    fam.noise += ["还剩1页未读", "继续阅读", "下载文档（2金币）", "上传时间：", "第1页 / 共3页", "关于本文", "蜀ICP备2022000484号", "相关资源", "该文档已全部展示完毕", "周建平", "（2023年6月14日）"]
    return fam
