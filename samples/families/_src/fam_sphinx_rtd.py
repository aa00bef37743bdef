"""A provincial surveying society's speech collection built with Sphinx 7.2 (language = 'zh_CN') and the Read
the Docs theme (sphinx_rtd_theme 2.0), self-hosted as the `make html` output.

Pages as the theme prints them: `<html class="writer-html5" lang="zh-CN" data-content_root="../">`, the title
`… &#8212; 项目 2024 文档`, the `_static` scripts (jquery, documentation_options, doctools, sphinx_highlight,
translations, theme.js), `link rel=prev/next`; `nav.wy-nav-side` with `wy-side-nav-search` (the home icon link
and the 搜索文档 form) and the toctree menu `div.wy-menu.wy-menu-vertical` (`p.caption`, `li.toctree-l1 current`,
the page's own sections under it); `nav.wy-nav-top` for mobile; the breadcrumbs `ul.wy-breadcrumbs` (home icon,
section, active page, 查看页面源码 → `_sources/….rst.txt`, which the host serves); `div[role=main].document
[itemprop=articleBody]` with docutils `section`s (Chinese headings get `id1`, `id2` ids) and `a.headerlink`
¶ (title 链接到标题); a docutils field list (报告人 / 日期) heading one speech, a `.. note::` admonition
(备注) the other; the footer `rst-footer-buttons` (上一页 / 下一页 with `fa-arrow-circle` icons), 版权所有,
最后更新于, 利用 Sphinx 构建，使用的 主题 由 Read the Docs 开发. genindex.html and search.html as Sphinx writes
them."""

import html
import posixpath

from common import SPEECHES, Family

HOST = "wengao.sphinx-xuehui.test"
PROJECT = "江州省测绘地理信息学会讲话文稿汇编"
RELEASE = "2024"
DOCSTITLE = f"{PROJECT} {RELEASE} 文档"

S1, S2 = SPEECHES["r26b-s1"], SPEECHES["r26b-s2"]

# docname -> title
HOME = "index"
DAHUI = "dahui/index"
BAOGAO = "dahui/di-qi-ci-huiyuan-daibiao-dahui-baogao"
XUESHU = "xueshu/index"
SHALONG = "xueshu/qingnian-xuezhe-shalong-zhici"
SHUOMING = "fulu/bianji-shuoming"
TITLES = {HOME: "江州省测绘地理信息学会讲话文稿汇编", DAHUI: "会员代表大会", BAOGAO: S1.title, XUESHU: "学术活动",
          SHALONG: S2.title, SHUOMING: "编辑说明"}
ORDER = [HOME, DAHUI, BAOGAO, XUESHU, SHALONG, SHUOMING]
PARENT = {BAOGAO: DAHUI, SHALONG: XUESHU}
CAPTIONS = [("会议讲话", [DAHUI, XUESHU]), ("附录", [SHUOMING])]
CHILDREN = {DAHUI: [BAOGAO], XUESHU: [SHALONG]}
UPDATED = {BAOGAO: "2023年11月20日", SHALONG: "2024年06月21日", HOME: "2024年06月21日", DAHUI: "2023年11月20日",
           XUESHU: "2024年06月21日", SHUOMING: "2024年06月21日", "genindex": "2024年06月21日", "search": "2024年06月21日"}

NOTE2 = "2024年6月15日，学会副理事长、青年工作委员会主任委员林素芬在第五届青年学者学术沙龙开幕式上致辞。本文据讲话稿整理。"


def url(doc):
    return f"/{doc}.html"


def rel(frm, to, anchor=""):
    base = posixpath.dirname(frm)
    return posixpath.relpath(f"{to}.html", base or ".") + anchor


def root(frm):
    depth = frm.count("/")
    return "../" * depth if depth else ""


def esc(s):
    return html.escape(s, quote=False)


def menu(cur, sections):
    out = []
    for caption, docs in CAPTIONS:
        in_cap = any(cur == d or cur in CHILDREN.get(d, []) for d in docs)
        out.append(f'<p class="caption" role="heading"><span class="caption-text">{caption}</span></p>')
        out.append('<ul class="current">' if in_cap else "<ul>")
        for d in docs:
            on = cur == d or cur in CHILDREN.get(d, [])
            if cur == d:
                a = f'<a class="current reference internal" href="#">{TITLES[d]}</a>'
            else:
                a = f'<a class="reference internal" href="{rel(cur, d)}">{TITLES[d]}</a>'
            kids = ""
            if on and CHILDREN.get(d):
                items = []
                for c in CHILDREN[d]:
                    if c == cur:
                        sub = "".join(f'<li class="toctree-l3"><a class="reference internal" href="#{i}">{t}</a></li>' for i, t in sections)
                        items.append(f'<li class="toctree-l2 current"><a class="current reference internal" href="#">{TITLES[c]}</a>' + (f"<ul>\n{sub}\n</ul>" if sub else "") + "</li>")
                    else:
                        items.append(f'<li class="toctree-l2"><a class="reference internal" href="{rel(cur, c)}">{TITLES[c]}</a></li>')
                kids = '<ul class="current">\n' + "\n".join(items) + "\n</ul>\n"
            elif CHILDREN.get(d):
                kids = "<ul>\n" + "\n".join(f'<li class="toctree-l2"><a class="reference internal" href="{rel(cur, c)}">{TITLES[c]}</a></li>' for c in CHILDREN[d]) + "\n</ul>\n"
            out.append(f'<li class="toctree-l1{" current" if on else ""}">{a}{kids}</li>')
        out.append("</ul>")
    return "\n".join(out)


def page(doc, body, *, source=True, title=None):
    r = root(doc)
    title = title or TITLES[doc]
    at = ORDER.index(doc) if doc in ORDER else None
    prev = ORDER[at - 1] if at else None
    nxt = ORDER[at + 1] if at is not None and at + 1 < len(ORDER) else None
    links = ""
    if nxt:
        links += f'\n    <link rel="next" title="{TITLES[nxt]}" href="{rel(doc, nxt)}" />'
    if prev:
        links += f'\n    <link rel="prev" title="{TITLES[prev]}" href="{rel(doc, prev)}" />'
    crumbs = ""
    if doc in PARENT:
        crumbs = f'\n          <li class="breadcrumb-item"><a href="{rel(doc, PARENT[doc])}">{TITLES[PARENT[doc]]}</a></li>'
    aside = (f'\n            <a href="{r}_sources/{doc}.rst.txt" rel="nofollow"> 查看页面源码</a>' if source else "")
    buttons = ""
    if prev or nxt:
        buttons = '<div class="rst-footer-buttons" role="navigation" aria-label="页脚">'
        if prev:
            buttons += f'\n        <a href="{rel(doc, prev)}" class="btn btn-neutral float-left" title="{TITLES[prev]}" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> 上一页</a>'
        if nxt:
            buttons += f'\n        <a href="{rel(doc, nxt)}" class="btn btn-neutral float-right" title="{TITLES[nxt]}" accesskey="n" rel="next">下一页 <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>'
        buttons += "\n    </div>\n"
    sections = [(i, t) for i, t in body[1]] if isinstance(body, tuple) else []
    content = body[0] if isinstance(body, tuple) else body
    home_crumb = (f'<li><a href="{r}index.html" class="icon icon-home" aria-label="Home"></a></li>')
    active = f'\n      <li class="breadcrumb-item active">{esc(title)}</li>' if doc != HOME else ""
    return f"""<!DOCTYPE html>
<html class="writer-html5" lang="zh-CN" data-content_root="{r or './'}">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />

  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>{esc(title)} &#8212; {DOCSTITLE}</title>
      <link rel="stylesheet" type="text/css" href="{r}_static/pygments.css?v=80d5e7a1" />
      <link rel="stylesheet" type="text/css" href="{r}_static/css/theme.css?v=19f00094" />

  
  <!--[if lt IE 9]>
    <script src="{r}_static/js/html5shiv.min.js"></script>
  <![endif]-->
  
        <script src="{r}_static/jquery.js?v=5d32c60e"></script>
        <script src="{r}_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
        <script src="{r}_static/documentation_options.js?v=7d86a446"></script>
        <script src="{r}_static/doctools.js?v=9a2dae69"></script>
        <script src="{r}_static/sphinx_highlight.js?v=dc90522c"></script>
        <script src="{r}_static/translations.js?v=beaddf03"></script>
    <script src="{r}_static/js/theme.js"></script>
    <link rel="index" title="索引" href="{r}genindex.html" />
    <link rel="search" title="搜索" href="{r}search.html" />{links} 
</head>

<body class="wy-body-for-nav"> 
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >

          
          
          <a href="{r}index.html" class="icon icon-home">
            {PROJECT}
          </a>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="{r}search.html" method="get">
    <input type="text" name="q" placeholder="搜索文档" aria-label="搜索文档" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="导航菜单">
              {menu(doc, sections)}

        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="移动版导航菜单" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="{r}index.html">{PROJECT}</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="页面导航">
  <ul class="wy-breadcrumbs">
      {home_crumb}{crumbs}{active}
      <li class="wy-breadcrumbs-aside">{aside}
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">
             
  {content}


           </div>
          </div>
          <footer>{buttons}
  <hr/>

  <div role="contentinfo">
    <p>&#169; 版权所有 2018-2024, 江州省测绘地理信息学会秘书处。
      <span class="lastupdated">最后更新于 {UPDATED.get(doc, "2024年06月21日")}.
      </span></p>
  </div>

  利用 <a href="https://www.sphinx-doc.org/">Sphinx</a> 构建，使用的 
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">主题</a>
    由 <a href="https://readthedocs.org">Read the Docs</a> 开发.
   

</footer>
        </div>
      </div>
    </section>
  </div>
  <script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script> 

</body>
</html>"""


def h(level, text, ident):
    return f'<h{level}>{esc(text)}<a class="headerlink" href="#{ident}" title="链接到标题">¶</a></h{level}>'


def paras(ps):
    return "\n".join(f"<p>{esc(p)}</p>" for p in ps)


def baogao():
    content = (
        f'<section id="id1">\n{h(1, S1.title, "id1")}\n'
        '<dl class="field-list simple">\n<dt class="field-odd">报告人<span class="colon">:</span></dt>\n<dd class="field-odd"><p>陈国栋（学会第六届理事会理事长）</p>\n</dd>\n'
        '<dt class="field-even">日期<span class="colon">:</span></dt>\n<dd class="field-even"><p>2023年11月11日</p>\n</dd>\n</dl>\n'
        f"{paras(S1.paras)}\n</section>\n"
    )
    src = (f"{S1.title}\n{'=' * 40}\n\n:报告人: 陈国栋（学会第六届理事会理事长）\n:日期: 2023年11月11日\n\n" + "\n\n".join(S1.paras) + "\n")
    return page(BAOGAO, (content, [])), src


def shalong():
    content = (
        f'<section id="id1">\n{h(1, S2.title, "id1")}\n'
        f'<div class="admonition note">\n<p class="admonition-title">备注</p>\n<p>{NOTE2}</p>\n</div>\n'
        f"{paras(S2.paras)}\n</section>\n"
    )
    src = (f"{S2.title}\n{'=' * 36}\n\n.. note::\n\n   {NOTE2}\n\n" + "\n\n".join(S2.paras) + "\n")
    return page(SHALONG, (content, [])), src


def section_index(doc, intro):
    kids = CHILDREN[doc]
    items = "\n".join(f'<li class="toctree-l1"><a class="reference internal" href="{rel(doc, c)}">{TITLES[c]}</a></li>' for c in kids)
    content = (f'<section id="id1">\n{h(1, TITLES[doc], "id1")}\n<p>{intro}</p>\n<div class="toctree-wrapper compound">\n<ul>\n{items}\n</ul>\n</div>\n</section>\n')
    src = f"{TITLES[doc]}\n{'=' * 12}\n\n{intro}\n\n.. toctree::\n   :maxdepth: 1\n\n" + "\n".join(f"   {posixpath.basename(c)}" for c in kids) + "\n"
    return page(doc, content), src


def home():
    blocks = []
    for caption, docs in CAPTIONS:
        items = []
        for d in docs:
            sub = "".join(f'<li class="toctree-l2"><a class="reference internal" href="{c}.html">{TITLES[c]}</a></li>\n' for c in CHILDREN.get(d, []))
            items.append(f'<li class="toctree-l1"><a class="reference internal" href="{d}.html">{TITLES[d]}</a>' + (f"<ul>\n{sub}</ul>\n" if sub else "") + "</li>")
        blocks.append(f'<div class="toctree-wrapper compound">\n<p class="caption" role="heading"><span class="caption-text">{caption}</span></p>\n<ul>\n' + "\n".join(items) + "\n</ul>\n</div>")
    content = (
        f'<section id="id1">\n{h(1, TITLES[HOME], "id1")}\n'
        "<p>本文档汇编江州省测绘地理信息学会历次会员代表大会、理事会和学术活动中的主要讲话、报告与致辞，由学会秘书处整理，供会员学习参考。</p>\n"
        + "\n".join(blocks)
        + f'\n</section>\n<section id="id2">\n{h(1, "索引和表格", "id2")}\n<ul class="simple">\n<li><p><a class="reference internal" href="genindex.html"><span class="std std-ref">索引</span></a></p></li>\n<li><p><a class="reference internal" href="search.html"><span class="std std-ref">搜索页面</span></a></p></li>\n</ul>\n</section>\n'
    )
    src = f"{TITLES[HOME]}\n{'=' * 40}\n\n本文档汇编……\n\n.. toctree::\n   :maxdepth: 2\n   :caption: 会议讲话\n\n   dahui/index\n   xueshu/index\n\n.. toctree::\n   :caption: 附录\n\n   fulu/bianji-shuoming\n\n索引和表格\n==========\n\n* :ref:`genindex`\n* :ref:`search`\n"
    return page(HOME, content), src


def shuoming():
    text = [
        "本汇编收录学会理事长、副理事长、秘书长在学会重要会议和活动上的讲话、报告和致辞，以讲话人审定稿为准。",
        "汇编使用 Sphinx 生成，源文件存放在学会秘书处的版本库中。发现文字错漏，请发送邮件至 mishuchu@jzchxh.test，或致电秘书处 0571-8602xxxx。",
    ]
    content = f'<section id="id1">\n{h(1, "编辑说明", "id1")}\n{paras(text)}\n</section>\n'
    return page(SHUOMING, content), f"编辑说明\n========\n\n" + "\n\n".join(text) + "\n"


def genindex():
    content = '\n<h1 id="index">索引</h1>\n\n<div class="genindex-jumpbox">\n \n</div>\n\n'
    return page("genindex", content, source=False, title="索引")


def search():
    content = """<noscript>
  <div id="fallback" class="admonition warning">
    <p class="last">
      请激活 JavaScript 以开启搜索功能。
    </p>
  </div>
  </noscript>

  
  <div id="search-results">
  
  </div>"""
    out = page("search", content, source=False, title="搜索")
    return out.replace('    <script src="_static/js/theme.js"></script>',
                       '    <script src="_static/js/theme.js"></script>\n    <script src="_static/searchtools.js"></script>\n    <script src="_static/language_data.js"></script>\n    <script src="searchindex.js"></script>')


def build() -> Family:
    fam = Family(HOST, "Sphinx 7 + Read the Docs theme (zh_CN) speech collection of a society")
    for doc, fn in [(HOME, home), (BAOGAO, baogao), (SHALONG, shalong), (SHUOMING, shuoming)]:
        out, src = fn()
        fam.put(url(doc), out)
        fam.put(f"/_sources/{doc}.rst.txt", src)
    for doc, intro in [(DAHUI, "学会会员代表大会上的工作报告、讲话。"), (XUESHU, "学会学术年会、专题研讨会、青年学者沙龙等学术活动中的讲话和致辞。")]:
        out, src = section_index(doc, intro)
        fam.put(url(doc), out)
        fam.put(f"/_sources/{doc}.rst.txt", src)
    fam.put("/genindex.html", genindex())
    fam.put("/search.html", search())
    fam.put("/robots.txt", "User-agent: *\nDisallow: /_sources/\n", "ascii")
    fam.home = "/index.html"
    fam.put("/", fam.files["index.html"].decode())
    fam.doc([url(BAOGAO)], S1)
    fam.doc([url(SHALONG)], S2)
    fam.not_documents += ["/index.html", url(DAHUI), url(XUESHU), url(SHUOMING), "/genindex.html", "/search.html"]
    fam.noise += ["查看页面源码", "报告人", "陈国栋（学会第六届理事会理事长）", "备注", NOTE2[:30], "上一页", "下一页", "版权所有",
                  "最后更新于", "利用", "Read the Docs", "搜索文档", "链接到标题", "¶"]
    fam.note = (
        "Sphinx 7.2 + sphinx_rtd_theme 2.0, zh_CN: the text is the docutils `section` in `div[itemprop=articleBody]` without its "
        "`h1` (with the `¶` headerlink); the 工作报告 opens with a field list (报告人 / 日期: the date), the 致辞 with a "
        "`.. note::` admonition (备注, holding the date). Sidebar toctree, breadcrumbs with 查看页面源码 (the `_sources/*.rst.txt` "
        "files are served as text/plain and hold the text too), footer 上一页/下一页 buttons, 版权所有, 最后更新于, the theme credit. "
        "Home (also at /), the section indexes, 编辑说明, genindex and search are not documents; robots.txt has no sitemap."
    )
    return fam
