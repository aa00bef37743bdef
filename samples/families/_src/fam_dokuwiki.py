"""A middle school's speech wiki (实验中学讲话稿库) on DokuWiki "Kaos" (2024-02-06) with the default
`dokuwiki` template and the zh language pack; every page is `doku.php?id=<ns>:<page>` (query routes;
`/` serves the start page as DokuWiki's index.php does). Around the page: the header with the
logo and claim, 用户工具 (登录), 站点工具 (最近更改 / 媒体管理器 / 网站地图, the mobile select), the
breadcrumbs `您的足迹:` trace, the sidebar (`dokuwiki__aside`, the wiki's `sidebar` page), the
page toolbar (`dokuwiki__pagetools`: 编辑本页 / 修订记录 / 反向链接 / 回到顶部) and the footer
(`docInfo` 最后更改: … 由 …, CC license, buttons, taskrunner image). Inside `div.page`: the TOC box
(`dw__toc`), the page's h1 with the speech's title, the wrap plugin's info box (讲话人 / 时间 / 地点)
and a note box (本文根据…整理), a picture with its caption, the speech under the h2 讲话全文,
`secedit` 编辑 buttons after each section, a 相关页面 list and the tag plugin's tags."""

import html
import json

from common import SPEECHES, Family

HOST = "wiki.shiyan-zhongxue.test"
SITE = "实验中学讲话稿库"
TSEED = "0f3c1b9a2e7d4c6f8a1b2c3d4e5f6a7b"

SVG_LOGIN = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M10 17.25V14H3v-4h7V6.75L15.25 12 10 17.25M8 2h9a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2v-4h2v4h9V4H8v4H6V4a2 2 0 0 1 2-2z"/></svg>'
SVG_EDIT = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M20.71 7.04c.39-.39.39-1.04 0-1.41l-2.34-2.34c-.37-.39-1.02-.39-1.41 0l-1.84 1.83 3.75 3.75M3 17.25V21h3.75L17.81 9.93l-3.75-3.75L3 17.25z"/></svg>'
SVG_REVS = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M11 7v5.11l4.71 2.79.79-1.28-4-2.37V7m0-5C8.97 2 5.91 3.92 4.27 6.77L2 4.5V11h6.5L5.75 8.25C6.96 5.73 9.5 4 12.5 4a7.5 7.5 0 0 1 7.5 7.5 7.5 7.5 0 0 1-7.5 7.5c-3.27 0-6.03-2.09-7.06-5h-2.1c1.1 4.03 4.77 7 9.16 7 5.24 0 9.5-4.25 9.5-9.5A9.5 9.5 0 0 0 12.5 2z"/></svg>'
SVG_BACK = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07l3.54-3.54a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.982 2.982 0 0 0 0-4.24 2.982 2.982 0 0 0-4.24 0l-3.53 3.53a2.982 2.982 0 0 0 0 4.24z"/></svg>'
SVG_TOP = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"/></svg>'


def link(page_id: str, extra: str = "") -> str:
    return f"/doku.php?id={page_id}{extra}"


def wl(page_id: str, text: str) -> str:
    return f'<a href="{link(page_id)}" class="wikilink1" title="{page_id}" data-wiki-id="{page_id}">{text}</a>'


def secedit(page_id: str, n: int, name: str, rng: str) -> str:
    return (
        f'<div class="secedit editbutton_section editbutton_{n}"><form class="button btn_secedit" method="post" '
        f'action="{link(page_id)}"><div class="no"><input type="hidden" name="do" value="edit" />'
        f'<input type="hidden" name="summary" value="[{name}] " /><input type="hidden" name="target" value="section" />'
        f'<input type="hidden" name="hid" value="{name}" /><input type="hidden" name="codeblockOffset" value="0" />'
        f'<input type="hidden" name="range" value="{rng}" /><button type="submit" title="{name}">编辑</button></div></form></div>\n'
    )


def trace(ids: list[str]) -> str:
    crumbs = ' <span class="bcsep">•</span> '.join(
        f'<span class="curid"><bdi><a href="{link(i)}"  class="breadcrumbs" title="{i}">{i.split(":")[-1]}</a></bdi></span>'
        if n == len(ids) - 1
        else f'<bdi><a href="{link(i)}"  class="breadcrumbs" title="{i}">{i.split(":")[-1]}</a></bdi>'
        for n, i in enumerate(ids)
    )
    return f'<div class="trace"><span class="bchead">您的足迹:</span> <span class="bcsep">•</span> {crumbs}</div>'


SIDEBAR = f"""
<h3 class="sectionedit1" id="导航">导航</h3>
<div class="level3">
<ul>
<li class="level1"><div class="li"> {wl("start", "首页")}</div>
</li>
<li class="level1"><div class="li"> {wl("jianghua:start", "校领导讲话")}</div>
<ul>
<li class="level2"><div class="li"> {wl("jianghua:2025", "2025年")}</div>
</li>
<li class="level2"><div class="li"> <a href="{link("jianghua:2024")}" class="wikilink1" title="jianghua:2024" data-wiki-id="jianghua:2024">2024年</a></div>
</li>
</ul>
</li>
<li class="level1"><div class="li"> <a href="{link("jiaoshi:start")}" class="wikilink1" title="jiaoshi:start" data-wiki-id="jiaoshi:start">教师发言</a></div>
</li>
<li class="level1"><div class="li"> <a href="{link("xuesheng:start")}" class="wikilink1" title="xuesheng:start" data-wiki-id="xuesheng:start">学生代表发言</a></div>
</li>
<li class="level1"><div class="li"> <a href="{link("wiki:syntax")}" class="wikilink1" title="wiki:syntax" data-wiki-id="wiki:syntax">编辑帮助</a></div>
</li>
</ul>

</div>
"""


def page(page_id: str, title: str, body: str, *, crumbs: list[str], lastmod: str, user: str) -> str:
    ns = page_id.rsplit(":", 1)[0] if ":" in page_id else ""
    jsinfo = json.dumps({"plugins": {"tag": {}}, "move_renameokay": False, "id": page_id, "namespace": ns,
                         "ACT": "show", "useHeadingNavigation": 1, "useHeadingContent": 1}, ensure_ascii=False)
    path = page_id.replace(":", "/")
    return f"""<!DOCTYPE html>
<html lang="zh" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>{title} [{SITE}]</title>
    <script>(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement)</script>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="{page_id.replace(":", ",")}"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="{SITE}"/>
<link rel="start" href="/"/>
<link rel="contents" href="{link(page_id, "&amp;do=index")}" title="网站地图"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="最近更改" href="/feed.php"/>
<link rel="alternate" type="application/rss+xml" title="当前命名空间" href="/feed.php?mode=list&amp;ns={ns}"/>
<link rel="alternate" type="text/html" title="纯HTML" href="/doku.php?do=export_xhtml&amp;id={page_id}"/>
<link rel="alternate" type="text/plain" title="Wiki 标记" href="/doku.php?do=export_raw&amp;id={page_id}"/>
<link rel="canonical" href="http://{HOST}{link(page_id)}"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed={TSEED}"/>
<!--[if gte IE 9]><!-->
<script >/*<![CDATA[*/var NS='{ns}';var JSINFO = {jsinfo};
/*!]]>*/</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer">/*<![CDATA[*/
/*!]]>*/</script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed={TSEED}" defer="defer">/*<![CDATA[*/
/*!]]>*/</script>
<!--<![endif]-->
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/tpl/dokuwiki/images/favicon.ico" />
<link rel="apple-touch-icon" href="/lib/tpl/dokuwiki/images/apple-touch-icon.png" />
    </head>

<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">

        
<!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">

    
    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">跳至内容</a></li>
        </ul>

        <h1 class="logo"><a href="{link("start")}"  accesskey="h" title="首页 [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64" height="64" alt="" /><span>{SITE}</span></a></h1>
                    <p class="claim">实验中学校长办公室 · 讲话稿、发言稿存档</p>
            </div>

    <div class="tools group">
        <!-- USER TOOLS -->
                    <div id="dokuwiki__usertools">
                <h3 class="a11y">用户工具</h3>
                <ul>
                    <li class="action login"><a href="{link(page_id, "&amp;do=login&amp;sectok=")}" title="登录" rel="nofollow"><span>登录</span>{SVG_LOGIN}</a></li>                </ul>
            </div>
        
        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">站点工具</h3>
            <form action="/doku.php?id={page_id}" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="{page_id}" /><div class="no"><input name="q" type="text" class="edit" title="[F]" accesskey="f" placeholder="搜索" autocomplete="on" id="qsearch__in" value="" /><button value="1" type="submit" title="搜索">搜索</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>            <div class="mobileTools">
                <form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="{page_id}" /><select name="do" class="edit quickselect" title="工具"><option value="">工具</option><optgroup label="页面工具"><option value="edit">编辑本页</option><option value="revisions">修订记录</option><option value="backlink">反向链接</option></optgroup><optgroup label="站点工具"><option value="recent">最近更改</option><option value="media">媒体管理器</option><option value="index">网站地图</option></optgroup><optgroup label="用户工具"><option value="login">登录</option></optgroup></select><button type="submit">&gt;</button></div></form>            </div>
            <ul>
                <li class="action recent"><a href="{link(page_id, "&amp;do=recent")}" title="最近更改 [r]" rel="nofollow" accesskey="r">最近更改</a></li><li class="action media"><a href="{link(page_id, "&amp;do=media&amp;ns=" + ns)}" title="媒体管理器" rel="nofollow">媒体管理器</a></li><li class="action index"><a href="{link(page_id, "&amp;do=index")}" title="网站地图 [x]" rel="nofollow" accesskey="x">网站地图</a></li>            </ul>
        </div>

    </div>

    <!-- BREADCRUMBS -->
            <div class="breadcrumbs">
                                        {trace(crumbs)}
                    </div>
    
    <hr class="a11y" />
</div></header><!-- /header -->

        <div class="wrapper group">

                            <!-- ********** ASIDE ********** -->
                <nav id="dokuwiki__aside" aria-label="侧边栏"><div class="pad aside include group">
                    <h3 class="toggle">侧边栏</h3>
                    <div class="content"><div class="group">
                                                                        {SIDEBAR}
                                            </div></div>
                </div></nav><!-- /aside -->
            
            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">
                
                <div class="pageId"><span>{page_id}</span></div>

                <div class="page group">
                                                            <!-- wikipage start -->
                    {body}
                    <!-- wikipage stop -->
                                    </div>

                <div class="docInfo"><bdi>{path}.txt</bdi> · 最后更改: {lastmod} 由 <bdi>{user}</bdi></div>

                            </div></main><!-- /content -->

            <hr class="a11y" />

            <!-- PAGE ACTIONS -->
            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                <h3 class="a11y" id="dokuwiki__pagetools__heading">页面工具</h3>
                <div class="tools">
                    <ul>
                        <li class="edit"><a href="{link(page_id, "&amp;do=edit")}" title="编辑本页 [e]" rel="nofollow" accesskey="e"><span>编辑本页</span>{SVG_EDIT}</a></li><li class="revs"><a href="{link(page_id, "&amp;do=revisions")}" title="修订记录 [o]" rel="nofollow" accesskey="o"><span>修订记录</span>{SVG_REVS}</a></li><li class="backlink"><a href="{link(page_id, "&amp;do=backlink")}" title="反向链接" rel="nofollow"><span>反向链接</span>{SVG_BACK}</a></li><li class="top"><a href="#dokuwiki__top" title="回到顶部 [t]" rel="nofollow" accesskey="t"><span>回到顶部</span>{SVG_TOP}</a></li>                    </ul>
                </div>
            </nav>
        </div><!-- /wrapper -->

        
<!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">除额外注明的地方外，本维基上的内容按下列许可协议发布：<bdi><a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" rel="license" class="urlextern" target="_blank">CC Attribution-Noncommercial-Share Alike 4.0 International</a></bdi></div>
    <div class="buttons">
        <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" rel="license" target="_blank"><img src="/lib/images/license/button/cc-by-nc-sa.png" width="80" height="15" alt="" /></a>        <a href="https://www.dokuwiki.org/donate" title="Donate" target="_blank"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a>
        <a href="https://php.net" title="Powered by PHP" target="_blank"><img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
        <a href="//validator.w3.org/check/referer" title="Valid HTML5" target="_blank"><img src="/lib/tpl/dokuwiki/images/button-html5.png" width="80" height="15" alt="Valid HTML5" /></a>
        <a href="//jigsaw.w3.org/css-validator/check/referer?profile=css3" title="Valid CSS" target="_blank"><img src="/lib/tpl/dokuwiki/images/button-css.png" width="80" height="15" alt="Valid CSS" /></a>
        <a href="https://dokuwiki.org/" title="Driven by DokuWiki" target="_blank"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki" /></a>
    </div>

    <div class="beian">学校地址：江州市东湖路88号 · <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">江ICP备16032117号-2</a></div>
</div></footer><!-- /footer -->
    </div></div><!-- /site -->

    <div class="no"><img src="/lib/exe/taskrunner.php?id={page_id.replace(":", "%3A")}&amp;1765012800" width="2" height="1" alt="" /></div>
    <div id="screen__mode" class="no"></div></body>
</html>
"""


def edit_comment(name: str, hid: str, secid: int, rng: str) -> str:
    data = {"target": "section", "name": name, "hid": hid, "codeblockOffset": 0, "secid": secid, "range": rng}
    return "<!-- EDIT" + html.escape(json.dumps(data, separators=(",", ":")), quote=True) + " -->\n"


def speech_body(page_id: str, sp, info: dict, note: str, pic: tuple[str, str], related: list[tuple[str, str]], tags: list[str]) -> str:
    paras = "\n".join(f"<p>\n{p}\n</p>\n" for p in sp.paras)
    rows = "".join(f'<tr class="row{i}">\n\t<th class="col0">{k}</th><td class="col1">{v}</td>\n</tr>\n' for i, (k, v) in enumerate(info.items()))
    rel = "".join(f'<li class="level1"><div class="li"> {wl(i, t)}</div>\n</li>\n' for i, t in related)
    tag_links = ",\n".join(f'<a href="/doku.php?id=tag:{t}&amp;do=showtag&amp;tag={t}" class="wikilink1" title="tag:{t}" rel="tag">{t}</a>' for t in tags)
    n1 = 180 + len(sp.title)
    n2 = n1 + sum(len(p) + 2 for p in sp.paras)
    return f"""<!-- TOC START -->
<div id="dw__toc" class="dw__toc">
<h3 class="toggle">目录</h3>
<div>

<ul class="toc">
<li class="level1"><div class="li"><a href="#{sp.title}">{sp.title}</a></div>
<ul class="toc">
<li class="level2"><div class="li"><a href="#讲话全文">讲话全文</a></div></li>
<li class="level2"><div class="li"><a href="#相关页面">相关页面</a></div></li>
</ul></li>
</ul>
</div>
</div>
<!-- TOC END -->

<h1 class="sectionedit1" id="{sp.title}">{sp.title}</h1>
<div class="level1">
<div class="table sectionedit2"><table class="inline">
	<tbody>
{rows}	</tbody>
</table></div>
<div class="secedit editbutton_table editbutton_2"><form class="button btn_secedit" method="post" action="{link(page_id)}"><div class="no"><input type="hidden" name="do" value="edit" /><input type="hidden" name="summary" value="[table] " /><input type="hidden" name="target" value="table" /><input type="hidden" name="hid" value="table" /><input type="hidden" name="codeblockOffset" value="0" /><input type="hidden" name="range" value="45-{n1 - 40}" /><button type="submit" title="table">编辑</button></div></form></div>
<div class="wrap_info plugin_wrap">
<p>
{note}
</p>
</div>

<p>
<a href="/lib/exe/detail.php?id={page_id}&amp;media={pic[0]}" class="media" title="{pic[0]}"><img src="/lib/exe/fetch.php?w=600&amp;tok=3f9a2c&amp;media={pic[0]}" class="mediacenter" loading="lazy" title="{pic[1]}" alt="{pic[1]}" width="600" /></a>
</p>

<p>
<em>▲ {pic[1]}</em>
</p>

</div>
{secedit(page_id, 1, sp.title, "1-" + str(n1))}
<h2 class="sectionedit3" id="讲话全文">讲话全文</h2>
<div class="level2">
{paras}
</div>
{secedit(page_id, 3, "讲话全文", f"{n1 + 1}-{n2}")}
<h2 class="sectionedit4" id="相关页面">相关页面</h2>
<div class="level2">
<ul>
{rel}</ul>

<div class="tags"><span>
	{tag_links}
</span></div>

</div>
{secedit(page_id, 4, "相关页面", f"{n2 + 1}-")}"""


def listing_body(title: str, intro: str, rows: list[tuple[str, str, str]]) -> str:
    trs = "".join(
        f'<tr class="row{i + 1}">\n\t<td class="col0">{d}</td><td class="col1">{wl(pid, t)}</td><td class="col2">{who}</td>\n</tr>\n'
        for i, (d, pid, t, who) in enumerate(rows)
    )
    return f"""
<h1 class="sectionedit1" id="{title}">{title}</h1>
<div class="level1">

<p>
{intro}
</p>
<div class="table sectionedit2"><table class="inline">
	<thead>
	<tr class="row0">
		<th class="col0">日期</th><th class="col1">标题</th><th class="col2">讲话人</th>
	</tr>
	</thead>
	<tbody>
{trs}	</tbody>
</table></div>

</div>
"""


def build() -> Family:
    fam = Family(HOST, "DokuWiki (dokuwiki template, zh)")
    s1, s2 = SPEECHES["R23DW1"], SPEECHES["R23DW2"]
    id1, id2 = "jianghua:2025:biye-dianli", "jianghua:2025:kaixue-dianli"
    rows = [
        ("2025/09/01", id2, s2.title, "校长 周明远"),
        ("2025/06/27", id1, s1.title, "校长 周明远"),
        ("2025/05/04", "jianghua:2025:wusi-tuanri", "在纪念五四运动106周年暨新团员入团仪式上的讲话", "副校长 陈立新"),
        ("2025/03/03", "jianghua:2025:chunji-kaixue", "在2025年春季开学典礼上的讲话", "校长 周明远"),
    ]
    home = listing_body(
        "欢迎来到实验中学讲话稿库",
        "本维基收录学校领导、教师和学生代表在各类典礼、大会上的讲话稿与发言稿，按年份归入 "
        + wl("jianghua:start", "校领导讲话") + " 等命名空间。最近更新：",
        rows[:3],
    )
    ns_start = listing_body(
        "校领导讲话",
        "按年份浏览：" + wl("jianghua:2025", "2025年") + " · "
        + '<a href="/doku.php?id=jianghua:2024" class="wikilink1" title="jianghua:2024" data-wiki-id="jianghua:2024">2024年</a>'
        + " · " + '<a href="/doku.php?id=jianghua:2023" class="wikilink1" title="jianghua:2023" data-wiki-id="jianghua:2023">2023年</a>',
        rows[:2],
    )
    year = listing_body("2025年讲话稿", "本页列出2025年的全部讲话稿（新增页面请放在 jianghua:2025 命名空间下）。", rows)
    start_html = page("start", "start", home, crumbs=["start"], lastmod="2025/09/02 08:40", user="校长办公室")
    fam.put("/", start_html)
    fam.route("/doku.php?id=start", "dokuphp/start.html", start_html)
    fam.route(link("jianghua:start"), "dokuphp/jianghua/start.html",
              page("jianghua:start", "jianghua:start", ns_start, crumbs=["start", "jianghua:start"], lastmod="2025/09/02 08:41", user="校长办公室"))
    fam.route(link("jianghua:2025"), "dokuphp/jianghua/2025.html",
              page("jianghua:2025", "jianghua:2025", year, crumbs=["start", "jianghua:start", "jianghua:2025"], lastmod="2025/09/02 08:43", user="校长办公室"))
    b1 = speech_body(
        id1, s1,
        {"讲话人": "校长 周明远", "时间": "2025年6月27日上午", "地点": "学校体育馆", "场合": "2025届初三毕业典礼"},
        "本文根据校长办公室存档录音整理，经讲话人审定。转载请注明出处。",
        ("jianghua:2025:biye2025.jpg", "毕业典礼现场，校长为毕业生代表拨穗（摄影：团委 李想）"),
        [(id2, s2.title), ("jianghua:2025:chunji-kaixue", "在2025年春季开学典礼上的讲话"), ("xuesheng:2025:biye-daibiao", "2025届毕业生代表发言")],
        ["毕业典礼", "2025", "校长讲话"],
    )
    b2 = speech_body(
        id2, s2,
        {"讲话人": "校长 周明远", "时间": "2025年9月1日上午", "地点": "学校田径场", "场合": "2025年秋季开学典礼暨教师节表彰大会"},
        "本文由校长办公室根据讲话稿整理，与现场讲话略有出入。表彰名单见 "
        + '<a href="/doku.php?id=tongzhi:2025:jiaoshijie-biaozhang" class="wikilink1" title="tongzhi:2025:jiaoshijie-biaozhang" data-wiki-id="tongzhi:2025:jiaoshijie-biaozhang">教师节表彰决定</a>。',
        ("jianghua:2025:kaixue2025.jpg", "开学典礼上，初一新生代表接过校旗（摄影：宣传办 王晓）"),
        [(id1, s1.title), ("jianghua:2025:wusi-tuanri", "在纪念五四运动106周年暨新团员入团仪式上的讲话"), ("jiaoshi:2025:jiaoshijie-fayan", "2025年教师节优秀教师代表发言")],
        ["开学典礼", "教师节", "2025", "校长讲话"],
    )
    fam.route(link(id1), "dokuphp/jianghua/2025/biye-dianli.html",
              page(id1, s1.title, b1, crumbs=["start", "jianghua:start", "jianghua:2025", id1], lastmod="2025/06/28 09:12", user="李敏"))
    fam.route(link(id2), "dokuphp/jianghua/2025/kaixue-dianli.html",
              page(id2, s2.title, b2, crumbs=["start", "jianghua:2025", id1, id2], lastmod="2025/09/02 10:05", user="李敏"))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /lib/exe/\nDisallow: /*do=\nDisallow: /*&do=\nDisallow: /_media/\nDisallow: /feed.php\n")
    fam.not_documents += ["/", link("start"), link("jianghua:start"), link("jianghua:2025")]
    fam.doc([link(id1)], s1)
    fam.doc([link(id2)], s2)
    fam.noise += [
        "您的足迹:", "最后更改:", "讲话人", "本文根据校长办公室存档录音整理", "本文由校长办公室根据讲话稿整理",
        "▲ 毕业典礼现场", "▲ 开学典礼上", "相关页面", "编辑本页", "修订记录", "反向链接", "回到顶部",
        "目录", "CC Attribution-Noncommercial-Share Alike 4.0 International", "江ICP备16032117号-2",
        "2025届毕业生代表发言", "实验中学校长办公室 · 讲话稿、发言稿存档",
    ]
    fam.site_note = ""
    return fam
