"""A 起点 (qidian.com)-like desktop reading site (2019-era reader template, UTF-8) carrying a 讲话选编 — one
leader's speeches as a book. The book page `/book/88/` has the 书籍信息 box (`div.book-information`: cover,
书名, 编者, tags, 字数, 简介, 开始阅读 / 加入书架 / 投票互动) and the 目录 (`div.catalog-content-wrap`,
`<ul class="cf">` of chapter links). Chapters `/book/88/1.html`, `2.html`, `3.html`: each chapter is a different
speech with its own title (`h3.j_chapterName`), the chapter's `更新时间` (upload time, not the speech's date) and
字数 in `div.text-info`, a centred date line `（二〇二三年二月十日）` before the text (not text), the text in
`div.read-content.j_readContent` as `<p>　　…</p>`; 上一章 / 目录 / 下一章 bars (`div.chapter-control`) at top
and bottom; the fixed left bar (目录 / 设置 / 书页 / 手机阅读), the 阅读设置 panel (阅读主题, 正文字体,
字体大小, 页面宽度), 加入书架 / 章节报错 / 投推荐票 buttons and a 书籍信息 box under the chapter. Chapter 2 is
long: the site cuts it over `2.html` and `2_2.html` (`本章未完，请点击下一页继续阅读`, 第(1/2)页, 下一页 in
the bar). Chapters are separate documents, never pages of one."""

import html

from common import SPEECHES, Family, split_paras

HOST = "www.qidian-reader-shuge.test"
BASE = f"http://{HOST}"
SITE = "书阁阅读"
BOOK_ID = 88
BOOK = "陈立新同志讲话选编（2023年）"
EDITOR = "中共云岭市委办公室 编"
KEYS = ["ebook-1", "ebook-2", "ebook-3"]
UPLOADED = ["2024-03-01 10:20:13", "2024-03-01 10:24:47", "2024-03-01 10:31:02"]
CN_NUM = "〇一二三四五六七八九"


def cn_date(iso):
    y, m, d = iso.split("-")
    y = "".join(CN_NUM[int(c)] for c in y)

    def small(n):
        n = int(n)
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")

    return f"（{y}年{small(m)}月{small(d)}日）"


def chap_url(n, part=1):
    return f"/book/{BOOK_ID}/{n}.html" if part == 1 else f"/book/{BOOK_ID}/{n}_{part}.html"


def words(sp):
    return sp.chars()


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="description" content="@@DESC@@">
<meta name="robots" content="all">
<meta name="mobile-agent" content="format=html5; url=http://m.qidian-reader-shuge.test@@PATH@@">
<link rel="canonical" href="http://www.qidian-reader-shuge.test@@PATH@@">
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico">
<link rel="stylesheet" data-ignore="true" href="/static/css/font.0.2.css">
<link rel="stylesheet" href="/static/css/@@CSS@@.css?v=201904231">
<script>var g_data = @@GDATA@@;</script>
</head>
"""

TOP = """<div class="wrap">
<div class="top-nav-wrap" id="pin-nav">
  <div class="box-center cf">
    <div class="left-nav fl">
      <ul>
        <li class="site"><a href="/">书阁首页</a></li>
        <li><a href="/all/">全部作品</a></li>
        <li><a href="/rank/">排行</a></li>
        <li><a href="/free/">免费</a></li>
      </ul>
    </div>
    <div class="right-nav fr">
      <div class="search-box"><form id="formUrl" action="/search" method="get" target="_blank"><input class="search-box-input" name="kw" type="text" placeholder="搜书名、作者"><label id="search-btn" class="search-btn"><em class="iconfont">&#xe60d;</em></label></form></div>
      <div class="login-box"><a id="pin-login" href="javascript:" data-eid="qd_A08">登录</a><a href="/register" target="_blank">注册</a></div>
      <div class="bookshelf"><a href="/bookshelf" target="_blank" data-eid="qd_A09"><em class="iconfont">&#xe608;</em>我的书架</a></div>
    </div>
  </div>
</div>
"""

FOOT = """<div class="footer">
  <div class="box-center cf">
    <div class="friend-link"><a href="/about/" target="_blank">关于我们</a><em>|</em><a href="/about/contact.html" target="_blank">联系方式</a><em>|</em><a href="/about/copyright.html" target="_blank">版权声明</a><em>|</em><a href="/about/report.html" target="_blank">举报中心</a></div>
    <p>本站所收录作品、社区话题、书库评论及本站所做之广告均属其个人行为，与本站立场无关</p>
    <p>Copyright &copy; 2016-2024 书阁阅读 All Rights Reserved　<a href="https://beian.miit.gov.test/" target="_blank">苏ICP备16052873号-3</a>　增值电信业务经营许可证 苏B2-20170238</p>
  </div>
</div>
</div>
<script src="/static/js/seajs/sea.js"></script>
<script>
seajs.config({base: '/static/js/', map: [[/^(.*\\.(?:css|js))(.*)$/i, '$1?v=201904231']]});
seajs.use(g_data.pageJson.module || 'qd/js/read.qidian.com/chapter.0.1.js');
</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu-like.test/hm.js?0d5f8c1e2b3a49c6d7e8f9a0b1c2d3e4";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def head(title, path, css, gdata, desc, keywords):
    import json

    return (
        HEAD.replace("@@TITLE@@", html.escape(title))
        .replace("@@KEYWORDS@@", html.escape(keywords))
        .replace("@@DESC@@", html.escape(desc))
        .replace("@@PATH@@", path)
        .replace("@@CSS@@", css)
        .replace("@@GDATA@@", json.dumps(gdata, ensure_ascii=False).replace("</", "<\\/"))
    )


def control(n, part, parts, where):
    total = len(KEYS)
    prev = chap_url(n, part - 1) if part > 1 else (chap_url(n - 1) if n > 1 else None)
    nxt = chap_url(n, part + 1) if part < parts else (chap_url(n + 1) if n < total else None)
    prev_label = "上一页" if part > 1 else "上一章"
    next_label = "下一页" if part < parts else "下一章"
    prev_a = (
        f'<a id="j_chapterPrev" href="{prev}" data-eid="qd_R109">{prev_label}</a>'
        if prev
        else '<a id="j_chapterPrev" class="disabled" href="javascript:" data-eid="qd_R109">上一章</a>'
    )
    next_a = (
        f'<a id="j_chapterNext" href="{nxt}" data-eid="qd_R118">{next_label}</a>'
        if nxt
        else f'<a id="j_chapterNext" href="/book/{BOOK_ID}/" data-eid="qd_R118">书末页</a>'
    )
    return f"""<div class="chapter-control dib-wrap" data-l1="{3 if where == 'bottom' else 2}">
      {prev_a}<span>|</span><a href="/book/{BOOK_ID}/#Catalog" target="_blank" data-eid="qd_R111">目录</a><span>|</span>{next_a}
    </div>"""


def chapter_page(n, part, parts, sp, paras):
    title = sp.title
    path = chap_url(n, part)
    page_mark = f"第({part}/{parts})页" if parts > 1 else ""
    date_line = f'<p class="date-line" style="text-align:center;text-indent:0">{cn_date(sp.date)}</p>' if part == 1 else ""
    body_ps = "".join(f"<p>　　{html.escape(p, quote=False)}</p>" for p in paras)
    more = (
        '<p class="more-tip" style="text-align:center;color:#c00;text-indent:0">本章未完，请点击下一页继续阅读</p>'
        if part < parts
        else ""
    )
    gdata = {
        "pageId": "qd_P_Read",
        "isPublication": 0,
        "pageJson": {
            "isLogin": False,
            "bookId": str(BOOK_ID),
            "chapterId": str(n),
            "chapterPage": part,
            "chapterPages": parts,
            "authorInfo": {"authorName": EDITOR},
            "bookInfo": {"bookName": BOOK, "chapterTotalCnt": len(KEYS), "isVip": 0, "signStatus": "已完本"},
            "chapterInfo": {"chapterName": title, "uuid": n, "updateTime": UPLOADED[n - 1], "wordsCount": words(sp), "prevId": n - 1 if n > 1 else -1, "nextId": n + 1 if n < len(KEYS) else -1},
            "readSetting": {"t": 0, "ft": 0, "fs": 18, "rt": 0, "w": 2},
        },
    }
    out = head(
        f"{title}{'_' + page_mark if page_mark and part > 1 else ''}_{BOOK}_{SITE}",
        path,
        "read.0.2",
        gdata,
        f"{BOOK}最新章节{title}，{BOOK}，{SITE}在线阅读。",
        f"{title},{BOOK},{EDITOR}",
    )
    settings = """<div class="panel-wrap setting" id="j_setting" style="display: none;">
      <a class="iconfont close-panel" href="javascript:" data-eid="qd_R50">&#xe61a;</a>
      <div class="panel-box">
        <div class="setting-list-wrap">
          <h4 class="lang">阅读设置</h4>
          <ul class="setting-list" id="j_themeList">
            <li class="theme-list"><i>阅读主题</i>
              <span class="theme-0 act" data-st="0"><cite><b></b></cite></span><span class="theme-1" data-st="1"><cite><b></b></cite></span><span class="theme-2" data-st="2"><cite><b></b></cite></span><span class="theme-3" data-st="3"><cite><b></b></cite></span><span class="theme-4" data-st="4"><cite><b></b></cite></span><span class="theme-5" data-st="5"><cite><b></b></cite></span>
            </li>
            <li class="font-family" id="j_fontFamily"><i>正文字体</i>
              <span class="yahei act" data-st="0">雅黑</span><span class="songti" data-st="1">宋体</span><span class="kaiti" data-st="2">楷书</span>
            </li>
            <li class="font-size"><i>字体大小</i>
              <cite><span class="prev lang" id="j_fontSizePrev">A-</span><b></b><span class="lang"><em class="j_fontSize">18</em></span><b></b><span class="next lang" id="j_fontSizeNext">A+</span></cite>
            </li>
            <li class="page-width" id="j_pageWidth"><i>页面宽度</i>
              <cite><span class="prev lang" id="j_widthPrev"><em class="iconfont">&#xe63a;</em></span><b></b><span class="lang"><em class="j_pageWidth">900</em></span><b></b><span class="next lang" id="j_widthNext"><em class="iconfont">&#xe63b;</em></span></cite>
            </li>
            <li class="auto-buy"><i>自动订阅</i><span class="auto-buy-btn off" id="j_autoBuy"><em class="iconfont">&#xe659;</em></span></li>
          </ul>
          <div class="btn-wrap"><a class="red-btn lang" id="j_setSave" href="javascript:" data-eid="qd_R52">保存</a><a class="grey-btn lang" id="j_setCancel" href="javascript:" data-eid="qd_R53">取消</a></div>
        </div>
      </div>
    </div>"""
    out += f"""<body class="theme-0 w2" data-dpr="1">
{TOP}
<div class="read-main-wrap font-family01" id="j_readMainWrap" style="font-size: 18px">
  <div class="crumbs-nav center-wrap fontsize-14" id="crumbsWrap">
    <a href="/" target="_blank">首页</a><span>&gt;</span><a href="/all/?chanId=4" target="_blank">文献资料</a><span>&gt;</span><a class="act" href="/book/{BOOK_ID}/" target="_blank" data-eid="qd_R06">{BOOK}</a>
  </div>

  <div class="left-bar-list" id="j_leftBarList">
    <dl>
      <dd id="j_navCatalogBtn"><a href="javascript:" title="目录(Z)" data-eid="qd_R36"><i><em class="iconfont">&#xe63c;</em><span>目录</span></i></a></dd>
      <dd id="j_navSettingBtn"><a href="javascript:" title="设置" data-eid="qd_R37"><i><em class="iconfont">&#xe63e;</em><span>设置</span></i></a></dd>
      <dd><a href="/book/{BOOK_ID}/" target="_blank" title="书页" data-eid="qd_R38"><i><em class="iconfont">&#xe63f;</em><span>书页</span></i></a></dd>
      <dd id="j_phoneRead"><a href="javascript:" title="手机阅读" data-eid="qd_R39"><i><em class="iconfont">&#xe640;</em><span>手机</span></i></a></dd>
    </dl>
    {settings}
  </div>

  <div id="j_chapterBox">
    <div class="text-wrap" id="j_chapter_{n}" data-purl="{chap_url(n - 1) if n > 1 else ''}" data-nurl="{chap_url(n + 1) if n < len(KEYS) else ''}" data-info="{n}|0|0|0|0">
      {control(n, part, parts, 'top')}
      <div class="main-text-wrap">
        <div class="text-head">
          <h3 class="j_chapterName"><span class="content-wrap">{html.escape(title)}</span>{f' <small>{page_mark}</small>' if page_mark else ''}</h3>
          <div class="text-info cf">
            <div class="info fl">
              <a class="j_bookName" href="/book/{BOOK_ID}/" target="_blank" data-eid="qd_R06"><cite><span class="book"></span></cite>{BOOK}</a><i>|</i>
              <a class="j_author" href="javascript:" data-eid="qd_R07"><cite><span class="author"></span></cite>{EDITOR}</a><i>|</i>
              <span class="j_chapterWordCut">{words(sp)}</span>字<i>|</i>
              <span class="j_updateTime">更新时间：{UPLOADED[n - 1][:16]}</span>
            </div>
          </div>
        </div>
        <div class="read-content j_readContent">
          {date_line}{body_ps}{more}
        </div>
      </div>
      <div class="admire-wrap">
        <div class="book-btn-wrap">
          <a class="red-btn j_addBookBtn" href="javascript:" data-bookid="{BOOK_ID}" data-eid="qd_R02"><em class="iconfont">&#xe608;</em>加入书架</a>
          <a class="grey-btn j_recBtn" href="javascript:" data-eid="qd_R03">投推荐票</a>
          <a class="grey-btn j_reportBtn" href="javascript:" data-chapterid="{n}" data-eid="qd_R04">章节报错</a>
        </div>
      </div>
      {control(n, part, parts, 'bottom')}
    </div>
  </div>

  <div class="book-info-box center-wrap">
    <h4 class="lang">书籍信息</h4>
    <div class="book-info cf">
      <a class="book-img fl" href="/book/{BOOK_ID}/"><img src="/static/cover/{BOOK_ID}.jpg" alt="{BOOK}"></a>
      <div class="book-intro fl">
        <p class="book-name"><a href="/book/{BOOK_ID}/">{BOOK}</a></p>
        <p class="author">{EDITOR}　|　文献资料　|　已完本</p>
        <p class="intro">收录陈立新同志二〇二三年在云岭市工作期间的讲话三篇，按时间先后编排。</p>
      </div>
    </div>
  </div>
</div>
{FOOT}"""
    return out


def build() -> Family:
    fam = Family(HOST, "起点 (qidian.com)-like desktop reading site (2019 reader template) carrying a 讲话选编 book")
    speeches = [SPEECHES[k] for k in KEYS]
    for n, sp in enumerate(speeches, start=1):
        runs = split_paras(sp.paras, 2) if n == 2 else [sp.paras]
        for part, paras in enumerate(runs, start=1):
            fam.put(chap_url(n, part), chapter_page(n, part, len(runs), sp, paras))
        pages = [chap_url(n, p) for p in range(1, len(runs) + 1)]
        fam.doc(pages, sp)
        fam.not_documents += pages[1:]

    toc = "\n".join(
        f'            <li data-rid="{n}"><a href="{chap_url(n)}" target="_blank" data-eid="qd_G55" title="首发时间：{UPLOADED[n - 1]} 章节字数：{words(sp)}">{html.escape(sp.title)}</a></li>'
        for n, sp in enumerate(speeches, start=1)
    )
    total_words = sum(words(sp) for sp in speeches)
    gdata = {"pageId": "qd_P_xiangqing", "pageJson": {"bookId": str(BOOK_ID), "bookName": BOOK, "authorName": EDITOR, "chapterTotalCnt": len(KEYS), "isLogin": False, "module": "qd/js/book_details/index.0.1.js"}}
    fam.put(
        f"/book/{BOOK_ID}/",
        head(f"{BOOK}({EDITOR})最新章节在线阅读-{SITE}", f"/book/{BOOK_ID}/", "book_details.0.1", gdata,
             f"{BOOK}，{EDITOR}，收录陈立新同志二〇二三年的讲话。", f"{BOOK},{EDITOR},讲话选编")
        + f"""<body>
{TOP}
<div class="crumbs-nav center990 top-op" data-l1="1">
  <span><a href="/" target="_blank">首页</a><em class="iconfont">&#xe621;</em><a href="/all/?chanId=4" target="_blank">文献资料</a><em class="iconfont">&#xe621;</em><a class="act" href="/book/{BOOK_ID}/">{BOOK}</a></span>
</div>
<div class="book-detail-wrap center990">
  <div class="book-information cf" data-l1="2">
    <div class="book-img"><a class="J-getJumpUrl" id="bookImg" href="{chap_url(1)}" data-bid="{BOOK_ID}"><img src="/static/cover/{BOOK_ID}.jpg" alt="{BOOK}在线阅读"></a></div>
    <div class="book-info ">
      <h1><em>{BOOK}</em> <span><a class="writer" href="javascript:" data-eid="qd_G08">{EDITOR}</a> 著</span></h1>
      <p class="tag"><span class="blue">已完本</span><span class="blue">免费</span><a href="/all/?chanId=4" class="red" target="_blank">文献资料</a><a href="/all/?chanId=4&amp;subCateId=41" class="red" target="_blank">讲话文稿</a></p>
      <p class="intro">一位市委书记一年间的讲话，招商、三农、青年工作，原汁原味。</p>
      <p><em>{total_words / 10000:.2f}</em><cite>万字</cite><i>|</i><em>2.1</em><cite>万总推荐</cite><i>|</i><em>{len(KEYS)}</em><cite>章</cite></p>
      <p id="bookBtn" class="btns">
        <a class="red-btn J-getJumpUrl" href="{chap_url(1)}" id="readBtn" data-eid="qd_G02">免费试读</a>
        <a class="blue-btn add-book" href="javascript:" data-bookid="{BOOK_ID}" data-eid="qd_G03">加入书架</a>
        <a class="blue-btn" id="topVoteBtn" href="javascript:" data-eid="qd_G04">投票互动</a>
      </p>
    </div>
  </div>
  <div class="content-nav-wrap cf">
    <div class="nav-wrap fl"><ul><li class="act"><a class="lang" href="javascript:" data-eid="qd_G12">作品信息</a></li><li class="j_catalog_block"><a class="lang" href="#Catalog" id="j_catalogPage" data-eid="qd_G13">目录<i><span id="J-catalogCount">({len(KEYS)}章)</span></i></a></li></ul></div>
  </div>
  <div class="book-content-wrap cf">
    <div class="left-wrap fl">
      <div class="book-info-detail">
        <div class="book-intro"><p>　　本书收录陈立新同志二〇二三年在云岭市工作期间的讲话，内容涉及招商引资、乡村振兴、青年干部培养等方面，按讲话时间先后编排。部分讲话收入本书时作了文字整理。<br>　　本书由{EDITOR}，仅供学习参考。</p></div>
      </div>
      <div class="catalog-content-wrap" id="j-catalogWrap" data-l1="14">
        <div class="volume-wrap">
          <div class="volume">
            <div class="cover"></div>
            <h3 class="lang"><a class="subscri" href="javascript:" data-eid="qd_G11"><em class="iconfont">&#xe651;</em><span>分卷阅读</span></a>正文卷<i>·</i>共{len(KEYS)}章<span class="free">　免费</span><em class="count"> 本卷共{total_words}字</em></h3>
            <ul class="cf">
{toc}
            </ul>
          </div>
        </div>
      </div>
    </div>
    <div class="right-wrap fr">
      <div class="author-state"><h3 class="lang">编者信息</h3><p>{EDITOR}</p><p>作品总数：1　累计字数：{total_words}</p></div>
    </div>
  </div>
</div>
{FOOT}""",
    )
    fam.put(
        "/",
        head(f"{SITE}_讲话文稿_文献资料在线阅读", "/", "index.0.1", {"pageId": "qd_P_index", "pageJson": {"module": "qd/js/index/index.0.1.js"}},
             "书阁阅读，文献资料、讲话文稿在线阅读。", "书阁阅读,讲话选编,文献资料")
        + f"""<body>
{TOP}
<div class="index-two-wrap box-center">
  <div class="rec-list fl">
    <h3 class="wrap-title lang">编辑推荐</h3>
    <ul>
      <li><a class="channel" href="/all/?chanId=4" target="_blank">[文献资料]</a><a class="name" href="/book/{BOOK_ID}/" target="_blank" title="{BOOK}">{BOOK}</a><a class="author" href="/book/{BOOK_ID}/">{EDITOR}</a></li>
    </ul>
  </div>
  <div class="update-list fr">
    <h3 class="wrap-title lang">最近更新</h3>
    <table>
      <tr><td class="td-03"><a class="name" href="/book/{BOOK_ID}/" target="_blank">{BOOK}</a></td><td class="td-04"><a class="chapter" href="{chap_url(3)}" target="_blank">{html.escape(speeches[2].title)}</a></td><td class="td-06">03-01 10:31</td></tr>
    </table>
  </div>
</div>
{FOOT}""",
    )
    fam.not_documents += ["/", f"/book/{BOOK_ID}/"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /bookshelf\n", "ascii")
    fam.noise += [
        "本章未完，请点击下一页继续阅读",
        "第(1/2)页",
        "章节报错",
        "加入书架",
        "阅读设置",
        "书籍信息",
        "更新时间：2024-03-01",
        "收录陈立新同志二〇二三年在云岭市工作期间的讲话三篇",
        "苏ICP备16052873号-3",
        "本站所收录作品",
        cn_date(SPEECHES["ebook-1"].date),
        "中共云岭市委办公室 编",
    ]
    fam.note = (
        "A qidian-like reader: the book page `/book/88/` (书籍信息 + 目录) and the home are not documents; each "
        "chapter is its own document (its own speech and title, `h3.j_chapterName`), linked to the others by "
        "上一章 / 目录 / 下一章 bars at top and bottom: they are NOT pages of one document. Chapter 2 is cut by the "
        "site over `2.html` + `2_2.html` (下一页 / 上一页 in the bars, 第(N/2)页, 本章未完…): one document of two "
        "pages. The date is the centred line `（二〇二三年二月十日）` at the head of the chapter (not part of the "
        "text); `更新时间：2024-03-01 …` in `div.text-info` is the chapter's upload time, not the speech's date. "
        "The book title (陈立新同志讲话选编（2023年）) and the 编者 are furniture, not the document's title."
    )
    return fam
