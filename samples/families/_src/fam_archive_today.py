"""archive.today (archive.ph) snapshots of a county government site (2023, a TRS-built portal).

archive.today prints a snapshot as a flattened copy of the page: its scripts, classes and ids gone,
the computed style written into a `style` attribute on every element, images moved to
`https://archive.ph/<id>/<hash>.png`, links to pages it holds rewritten to the snapshot's short id
and other links to `https://archive.ph/o/<id>/<original url>`. Above it, the `#HEADER` bar (archive.today
webpage capture, Saved from, the URL box, history, ← prior / next →, the capture date in UTC, All
snapshots from host, Webpage / Screenshot, share, download .zip, report bug or abuse, Buy me a
coffee). The home is the index of snapshots of the site's root URL (`/http://www.qingshuixian.gov.cn/`);
the county portal's furniture flattened: banner, nav, 当前位置, info line with 浏览次数 frozen, 【字体】,
a photo and its caption, 责任编辑, 扫一扫在手机打开当前页, 打印/关闭, 相关链接, footer with 网站标识码 and
ICP/公安备案. One speech runs over two original pages (`t…_1.html`), each its own snapshot."""

from common import SPEECHES, Family, split_paras

HOST = "archive.ph-snapshot.test"
A = f"http://{HOST}"
ORIG = "http://www.qingshuixian.gov.cn"
SITE = "清水县人民政府"
OHOST = "www.qingshuixian.gov.cn"

FONT = "font-family:&quot;Microsoft YaHei&quot;, 微软雅黑, SimSun;"


def o(sid: str, path: str) -> str:
    """A link archive.today holds no snapshot for."""
    return f"{A}/o/{sid}/{ORIG}{path}"


def img(sid: str, name: str) -> str:
    return f"{A}/{sid}/{name}"


def header(sid: str, orig_url: str, when: str, prior: str | None, nxt: str | None) -> str:
    prior_a = (f'<a style="text-decoration:none;color:#1155CC" href="{A}/{prior}">&#8592;prior</a>' if prior
               else '<span style="color:#AAAAAA">&#8592;prior</span>')
    next_a = (f'<a style="text-decoration:none;color:#1155CC" href="{A}/{nxt}">next&#8594;</a>' if nxt
              else '<span style="color:#AAAAAA">next&#8594;</span>')
    return f"""<center><div id="HEADER" style="position:relative;z-index:2147483647;text-align:left;width:100%;min-width:1028px;border-bottom:1px solid #CCCCCC;background-color:#F9F9F9;font-family:Arial,Helvetica,sans-serif;">
<table style="width:1028px;font-size:10px;margin:0 auto" border="0" cellspacing="0" cellpadding="0">
<tr>
<td rowspan="3" style="width:150px;padding:6px 0 4px 8px;vertical-align:top"><a style="text-decoration:none;color:#158;font-size:20px;line-height:20px" href="{A}/">archive.today</a><br/><span style="font-size:12px;color:#158">webpage capture</span></td>
<td style="font-weight:bold;color:#444444;font-size:12px;text-align:right;padding:6px 8px 2px 8px;white-space:nowrap">Saved from</td>
<td style="padding:4px 0 2px 0;width:100%"><form style="margin:0" action="{A}/search/" method="get"><input style="width:100%;border:1px solid #AAAAAA;font-size:14px;padding:1px" type="text" name="q" value="{orig_url}"/></form></td>
<td style="padding:4px 8px 2px 8px;white-space:nowrap;font-size:12px"><a style="color:#1155CC" href="{A}/search/?q={orig_url}">search</a></td>
</tr>
<tr>
<td style="font-weight:bold;color:#444444;font-size:12px;text-align:right;padding:2px 8px 2px 8px"></td>
<td style="font-size:12px;color:#444444;padding:2px 0 2px 0;white-space:nowrap"><span style="font-weight:bold">{when}</span> &nbsp; <a style="color:#1155CC" href="{A}/{orig_url}">history</a> &nbsp; {prior_a} &nbsp; {next_a}</td>
<td style="padding:2px 8px 2px 8px;font-size:12px"></td>
</tr>
<tr>
<td style="font-weight:bold;color:#444444;font-size:12px;text-align:right;padding:2px 8px 6px 8px;white-space:nowrap">All snapshots</td>
<td style="font-size:12px;color:#444444;padding:2px 0 6px 0">from host <a style="color:#1155CC" href="{A}/{OHOST}">{OHOST}</a></td>
<td></td>
</tr>
</table>
<table style="width:1028px;font-size:12px;margin:0 auto;border-top:1px solid #DDDDDD" border="0" cellspacing="0" cellpadding="0"><tr>
<td style="padding:4px 8px;white-space:nowrap"><span style="font-weight:bold;color:#000000">Webpage</span> &nbsp; <a style="color:#1155CC" href="{A}/{sid}/image">Screenshot</a></td>
<td style="padding:4px 8px;text-align:right;white-space:nowrap"><a style="color:#1155CC" href="#" >share</a> &nbsp; <a style="color:#1155CC" href="{A}/download/{sid}.zip">download .zip</a> &nbsp; <a style="color:#1155CC" href="https://blog.archive.today/ask">report bug or abuse</a> &nbsp; <a style="color:#1155CC" href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></td>
</tr></table>
<div style="display:none;padding:4px 8px;font-size:12px;border-top:1px solid #DDDDDD;width:1012px;text-align:left">
short link <input type="text" style="width:220px" value="{A}/{sid}"/> long link <input type="text" style="width:420px" value="{A}/{sid}/{orig_url}"/><br/>
<a href="https://reddit.com/submit?url={A}/{sid}">Reddit</a> <a href="https://vk.com/share.php?url={A}/{sid}">VKontakte</a> <a href="https://twitter.com/intent/tweet?url={A}/{sid}">Twitter</a> <a href="https://pinboard.in/add?url={A}/{sid}">Pinboard</a> <a href="https://www.livejournal.com/update.bml?subject={A}/{sid}">Livejournal</a> markdown html code wiki code
</div>
</div></center>
"""


def shell(sid: str, orig_path: str, title: str, when: str, iso: str, body: str, prior=None, nxt=None) -> str:
    orig_url = ORIG + orig_path
    return f"""<!DOCTYPE html><html style="background-color:#FFFFFF" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="robots" content="index,noarchive"/>
<meta property="og:type" content="article"/><meta property="og:url" content="{A}/{sid}"/><meta property="og:site_name" content="archive.ph"/><meta property="article:modified_time" content="{iso}"/><meta property="article:published_time" content="{iso}"/><meta property="og:title" content="{title}"/><meta property="og:description" content="archived {when}"/>
<link rel="canonical" href="{A}/{sid}"/><link rel="bookmark" href="{A}/{iso[:10].replace('-', '.')}-{iso[11:19].replace(':', '')}/{orig_url}"/><link rel="icon" href="{A}/{sid}/favicon.ico"/>
<title>{title}</title>
<style>body{{margin:0;padding:0;}}a img{{border:none;}}#HEADER a:hover{{text-decoration:underline!important;}}@media print{{#HEADER{{display:none!important;}}}}</style>
</head><body style="margin:0;padding:0;background-color:#FFFFFF">{header(sid, orig_url, when, prior, nxt)}<div style="position:relative;min-width:1000px;text-align:left" id="SOLID"><div style="position:relative;width:1000px;margin:0px auto;background-color:rgb(255, 255, 255);{FONT}font-size:14px;color:rgb(51, 51, 51)" id="CONTENT">
{page_top(sid)}
{body}
{page_foot(sid)}
</div></div></body></html>
"""


def page_top(sid: str) -> str:
    nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("领导讲话", "/zwgk/ldjh/"), ("政策文件", "/zwgk/zcwj/"),
           ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"), ("走进清水", "/zjqs/")]
    links = "".join(
        f'<li style="float:left;list-style:none;width:142px;height:46px;line-height:46px;text-align:center"><a style="color:rgb(255, 255, 255);font-size:17px;text-decoration:none" href="{A + "/" + SNAP_OF[p] if p in SNAP_OF else o(sid, p)}">{t}</a></li>'
        for t, p in nav
    )
    return f"""<div style="height:32px;line-height:32px;background-color:rgb(242, 242, 242);border-bottom:1px solid rgb(221, 221, 221);font-size:12px;color:rgb(102, 102, 102)"><div style="width:1000px;margin:0px auto"><span style="float:left">今天是：2023年04月15日 星期六</span><span style="float:right"><a style="color:rgb(102, 102, 102);text-decoration:none" href="{o(sid, '/wza/')}">无障碍浏览</a> | <a style="color:rgb(102, 102, 102);text-decoration:none" href="{o(sid, '/')}">长者模式</a> | <a style="color:rgb(102, 102, 102);text-decoration:none" href="{o(sid, '/wap/')}">手机版</a> | <a style="color:rgb(102, 102, 102);text-decoration:none" href="{o(sid, '/')}">繁體</a></span></div></div>
<div style="height:150px;background-image:url(&quot;{img(sid, '8c1e44b0d2a7f9e3b5c6d0a1f2e3b4c5.jpg')}&quot;);background-repeat:no-repeat;background-position:50% 0%"><img style="margin:38px 0px 0px 20px;width:420px;height:74px" src="{img(sid, 'f31a92c4b0e6d7a8c9b0a1e2d3f4c5b6.png')}" alt="清水县人民政府"/></div>
<div style="height:46px;background-color:rgb(0, 84, 166)"><ul style="margin:0px;padding:0px">{links}</ul></div>"""


def page_foot(sid: str) -> str:
    return f"""<div style="margin-top:20px;border-top:3px solid rgb(0, 84, 166);background-color:rgb(240, 240, 240);padding:18px 0px;font-size:13px;line-height:26px;color:rgb(85, 85, 85);text-align:center">
<div style="padding-bottom:6px"><a style="color:rgb(85, 85, 85);text-decoration:none" href="{o(sid, '/gywm/')}">关于我们</a> | <a style="color:rgb(85, 85, 85);text-decoration:none" href="{o(sid, '/wzdt/')}">网站地图</a> | <a style="color:rgb(85, 85, 85);text-decoration:none" href="{o(sid, '/lxwm/')}">联系我们</a> | <a style="color:rgb(85, 85, 85);text-decoration:none" href="{o(sid, '/sybz/')}">使用帮助</a></div>
<div style="float:left;margin:0px 20px 0px 180px"><a href="https://archive.ph/o/{sid}/http://bszs.conac.cn/sitename?method=show&amp;id=0F1C3A7B2E5D4C6A8B9E"><img style="width:54px;height:64px" src="{img(sid, '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.png')}"/></a></div>
<div style="float:left;text-align:left">主办单位：清水县人民政府办公室 &nbsp; 承办单位：清水县大数据服务中心 &nbsp; 联系电话：0937-5621012<br/>网站标识码：6209240001 &nbsp; <a style="color:rgb(85, 85, 85);text-decoration:none" href="https://archive.ph/o/{sid}/https://beian.miit.gov.cn/">陇ICP备05003217号-1</a> &nbsp; <img style="width:16px;height:16px" src="{img(sid, '4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e.png')}"/><a style="color:rgb(85, 85, 85);text-decoration:none" href="https://archive.ph/o/{sid}/http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=62092402000118">甘公网安备 62092402000118号</a><br/>建议使用1366×768分辨率，IE10以上版本浏览器</div>
<div style="float:left;margin-left:20px"><a href="https://archive.ph/o/{sid}/https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6209240001&amp;url=http%3A%2F%2F{OHOST}%2F"><img style="width:110px;height:55px" src="{img(sid, '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b.png')}"/></a></div>
<div style="clear:both"></div></div>"""


# original path -> snapshot id, for the pages archive.today holds
SNAP_OF = {
    "/": "Q7xRt",
    "/zwgk/ldjh/": "mW3kL",
    "/zwgk/ldjh/index_1.html": "Zp8Ne",
    "/zwgk/ldjh/202304/t20230412_1186243.html": "hY2vS",
    "/zwgk/ldjh/202304/t20230412_1186243_1.html": "c4TqB",
    "/zwgk/ldjh/202302/t20230227_1175108.html": "Uf9Gd",
}


def link(sid: str, path: str) -> str:
    return f"{A}/{SNAP_OF[path]}" if path in SNAP_OF else o(sid, path)


ARTICLES = [
    (SPEECHES["archtoday-1"], "/zwgk/ldjh/202304/t20230412_1186243.html", 2, "县政府办公室", 2417, "王 丽", None),
    (SPEECHES["archtoday-2"], "/zwgk/ldjh/202302/t20230227_1175108.html", 1, "县发展和改革局", 3862, "张晓燕",
     "县长在全县优化营商环境大会上讲话。（县融媒体中心 记者 马俊 摄）"),
]
OLDER = [
    ("在全县春季造林绿化动员会上的讲话", "/zwgk/ldjh/202302/t20230216_1172930.html", "2023-02-16"),
    ("在县十八届人大三次会议上的政府工作报告", "/zwgk/ldjh/202301/t20230109_1163355.html", "2023-01-09"),
    ("在全县冬春火灾防控工作会议上的讲话", "/zwgk/ldjh/202212/t20221214_1152207.html", "2022-12-14"),
    ("在全县第四季度经济运行调度会上的讲话", "/zwgk/ldjh/202210/t20221018_1139841.html", "2022-10-18"),
    ("在全县乡村振兴重点帮扶村工作推进会上的讲话", "/zwgk/ldjh/202209/t20220906_1128760.html", "2022-09-06"),
    ("在全县秋季学校安全工作会议上的讲话", "/zwgk/ldjh/202208/t20220829_1126113.html", "2022-08-29"),
]

PARA = f"text-indent:2em;margin:0px 0px 14px;line-height:30px;text-align:justify;{FONT}font-size:16px;color:rgb(51, 51, 51)"


def crumbs(sid: str, last: str) -> str:
    return f"""<div style="height:40px;line-height:40px;border-bottom:1px solid rgb(221, 221, 221);font-size:14px;color:rgb(102, 102, 102);padding-left:10px"><img style="vertical-align:middle;margin-right:6px" src="{img(sid, '2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a.png')}"/>当前位置：<a style="color:rgb(102, 102, 102);text-decoration:none" href="{link(sid, '/')}">首页</a> &gt; <a style="color:rgb(102, 102, 102);text-decoration:none" href="{link(sid, '/zwgk/')}">政务公开</a> &gt; {last}</div>"""


def article(sid, speech, path, count, current, runs, source, hits, editor, caption, ids) -> str:
    y, m, d = speech.date.split("-")
    paras = []
    for i, p in enumerate(runs[current]):
        if p[:2] in ("一、", "二、", "三、"):
            paras.append(f'<p style="{PARA}"><strong style="font-weight:700">{p}</strong></p>')
        else:
            paras.append(f'<p style="{PARA}">{p}</p>')
        if caption and current == 0 and i == 0:
            paras.append(
                f'<p style="text-align:center;margin:0px 0px 6px;text-indent:0px"><img style="width:600px;height:400px;border:0px" src="{img(sid, "6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c.jpg")}"/></p>'
                f'<p style="text-align:center;margin:0px 0px 14px;text-indent:0px;{FONT}font-size:14px;color:rgb(0, 84, 166)">{caption}</p>'
            )
    pager = ""
    if count > 1:
        base = path[:-5]
        names = [path] + [f"{base}_{i}.html" for i in range(1, count)]
        cells = [f'<span style="margin:0px 4px;color:rgb(102, 102, 102)">共{count}页</span>']
        if current:
            cells.append(f'<a style="margin:0px 4px;padding:3px 8px;border:1px solid rgb(204, 204, 204);color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, names[current - 1])}">上一页</a>')
        for i, name in enumerate(names):
            if i == current:
                cells.append(f'<span style="margin:0px 4px;padding:3px 8px;background-color:rgb(0, 84, 166);color:rgb(255, 255, 255)">{i + 1}</span>')
            else:
                cells.append(f'<a style="margin:0px 4px;padding:3px 8px;border:1px solid rgb(204, 204, 204);color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, name)}">{i + 1}</a>')
        if current < count - 1:
            cells.append(f'<a style="margin:0px 4px;padding:3px 8px;border:1px solid rgb(204, 204, 204);color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, names[current + 1])}">下一页</a>')
        pager = f'<div style="text-align:center;margin:20px 0px;font-size:14px">{"".join(cells)}</div>'
    tail = ""
    if current == count - 1:
        tail = f'<div style="text-align:right;margin:10px 0px 0px;font-size:14px;color:rgb(102, 102, 102)">（责任编辑：{editor}）</div>'
    related = "".join(
        f'<li style="list-style:none;height:30px;line-height:30px;border-bottom:1px dashed rgb(221, 221, 221)"><span style="float:right;color:rgb(153, 153, 153)">{dt}</span>·<a style="color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, p)}">{t}</a></li>'
        for t, p, dt in OLDER[:3]
    )
    return f"""<div style="border:1px solid rgb(221, 221, 221);margin-top:12px;padding:0px 0px 20px">
{crumbs(sid, f'<a style="color:rgb(102, 102, 102);text-decoration:none" href="{link(sid, "/zwgk/ldjh/")}">领导讲话</a>')}
<div style="padding:0px 50px">
<h1 style="margin:30px 0px 16px;text-align:center;font-size:26px;line-height:40px;font-weight:700;color:rgb(0, 84, 166);{FONT}">{speech.title}</h1>
<div style="text-align:center;height:40px;line-height:40px;border-bottom:1px dashed rgb(204, 204, 204);font-size:13px;color:rgb(136, 136, 136)"><span style="margin:0px 10px">发布时间：{y}-{m}-{d} {ids[0]}</span><span style="margin:0px 10px">来源：{source}</span><span style="margin:0px 10px">浏览次数：{hits}</span><span style="margin:0px 10px">【字体：<a style="color:rgb(136, 136, 136);text-decoration:none" href="#">大</a> <a style="color:rgb(136, 136, 136);text-decoration:none" href="#">中</a> <a style="color:rgb(136, 136, 136);text-decoration:none" href="#">小</a>】</span></div>
<div style="padding:24px 0px 0px;min-height:400px">
<div style="{FONT}font-size:16px;line-height:30px;color:rgb(51, 51, 51)">
{chr(10).join(paras)}
</div>
{pager}
{tail}
</div>
<div style="margin:20px 0px 0px;overflow:hidden;border-top:1px solid rgb(238, 238, 238);padding-top:14px">
<div style="float:left;font-size:13px;color:rgb(102, 102, 102);line-height:24px"><img style="width:90px;height:90px;float:left;margin-right:10px" src="{img(sid, 'a1b2c3d4e5f60718293a4b5c6d7e8f90.png')}"/>扫一扫在手机打开当前页</div>
<div style="float:right;font-size:14px;line-height:90px"><a style="color:rgb(51, 51, 51);text-decoration:none" href="#">【打印本页】</a> <a style="color:rgb(51, 51, 51);text-decoration:none" href="#">【关闭窗口】</a></div>
</div>
<div style="margin-top:20px"><div style="height:36px;line-height:36px;border-bottom:2px solid rgb(0, 84, 166);font-size:16px;font-weight:700;color:rgb(0, 84, 166)">相关链接</div><ul style="margin:0px;padding:6px 0px 0px">{related}</ul></div>
</div></div>"""


def listing(sid, items, page_no) -> str:
    rows = "".join(
        f'<li style="list-style:none;height:38px;line-height:38px;border-bottom:1px dashed rgb(221, 221, 221);font-size:15px;padding-left:12px;background-image:url(&quot;{img(sid, "dot5e6f.png")}&quot;);background-repeat:no-repeat;background-position:0px 50%"><span style="float:right;color:rgb(153, 153, 153);font-size:14px">{dt}</span><a style="color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, p)}" title="{t}">{t}</a></li>'
        for t, p, dt in items
    )
    first, second = "/zwgk/ldjh/", "/zwgk/ldjh/index_1.html"
    a = lambda text, p: f'<a style="margin:0px 3px;padding:4px 9px;border:1px solid rgb(204, 204, 204);color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, p)}">{text}</a>'
    span = lambda text: f'<span style="margin:0px 3px;padding:4px 9px;border:1px solid rgb(230, 230, 230);color:rgb(170, 170, 170)">{text}</span>'
    if page_no == 1:
        pager = span("首页") + span("上一页") + a("下一页", second) + a("尾页", second)
    else:
        pager = a("首页", first) + a("上一页", first) + span("下一页") + span("尾页")
    return f"""<div style="overflow:hidden;margin-top:12px">
<div style="float:left;width:240px;border:1px solid rgb(221, 221, 221)"><div style="height:44px;line-height:44px;background-color:rgb(0, 84, 166);color:rgb(255, 255, 255);font-size:18px;font-weight:700;text-align:center">政务公开</div>
<ul style="margin:0px;padding:0px"><li style="list-style:none;height:42px;line-height:42px;text-align:center;border-bottom:1px solid rgb(238, 238, 238);background-color:rgb(232, 241, 250)"><a style="color:rgb(0, 84, 166);text-decoration:none;font-weight:700" href="{link(sid, first)}">领导讲话</a></li><li style="list-style:none;height:42px;line-height:42px;text-align:center;border-bottom:1px solid rgb(238, 238, 238)"><a style="color:rgb(51, 51, 51);text-decoration:none" href="{o(sid, '/zwgk/zcwj/')}">政策文件</a></li><li style="list-style:none;height:42px;line-height:42px;text-align:center;border-bottom:1px solid rgb(238, 238, 238)"><a style="color:rgb(51, 51, 51);text-decoration:none" href="{o(sid, '/zwgk/ghjh/')}">规划计划</a></li><li style="list-style:none;height:42px;line-height:42px;text-align:center"><a style="color:rgb(51, 51, 51);text-decoration:none" href="{o(sid, '/zwgk/rsxx/')}">人事信息</a></li></ul></div>
<div style="float:right;width:740px;border:1px solid rgb(221, 221, 221)">
{crumbs(sid, '领导讲话')}
<ul style="margin:0px;padding:10px 20px">{rows}</ul>
<div style="text-align:center;margin:24px 0px;font-size:13px;color:rgb(102, 102, 102)">共2页 &nbsp; 当前第{page_no}页 &nbsp; {pager}</div>
</div></div>"""


def home_snapshot(sid, speeches) -> str:
    news = [
        ("县委常委会召开会议传达学习全省经济工作会议精神", "/xwzx/qsyw/202304/t20230414_1187012.html", "04-14"),
        ("我县启动2023年春季植树造林活动", "/xwzx/qsyw/202304/t20230411_1185934.html", "04-11"),
        ("全县一季度项目集中开工仪式举行", "/xwzx/qsyw/202304/t20230406_1184420.html", "04-06"),
    ]
    box = lambda title, more, rows: f"""<div style="float:left;width:488px;margin:12px 0px 0px 8px;border:1px solid rgb(221, 221, 221)"><div style="height:40px;line-height:40px;border-bottom:2px solid rgb(0, 84, 166);padding:0px 12px"><span style="font-size:18px;font-weight:700;color:rgb(0, 84, 166)">{title}</span><a style="float:right;font-size:13px;color:rgb(153, 153, 153);text-decoration:none" href="{link(sid, more)}">更多&gt;&gt;</a></div><ul style="margin:0px;padding:8px 12px">""" + "".join(
        f'<li style="list-style:none;height:34px;line-height:34px;font-size:15px"><span style="float:right;color:rgb(153, 153, 153)">{d}</span>·<a style="color:rgb(51, 51, 51);text-decoration:none" href="{link(sid, h)}">{t}</a></li>'
        for t, h, d in rows) + "</ul></div>"
    return f"""<div style="overflow:hidden">
<div style="height:40px;line-height:40px;margin-top:12px;background-color:rgb(255, 248, 230);border:1px solid rgb(245, 220, 160);padding:0px 12px;font-size:14px;color:rgb(153, 51, 0)">通知公告：关于2023年清明节期间森林草原防火的通告</div>
{box("清水要闻", "/xwzx/qsyw/", news)}
{box("领导讲话", "/zwgk/ldjh/", speeches)}
</div>"""


def index_page(snaps) -> str:
    blocks = "".join(
        f"""<div style="display:inline-block;vertical-align:top;width:200px;margin:10px;text-align:center;font-size:12px"><a style="text-decoration:none;color:#1155CC" href="{A}/{sid}"><img style="width:200px;height:200px;border:1px solid #DDDDDD" src="{A}/{sid}/scr.png"/><br/>{when}</a><br/><span style="color:#666666">{title}</span></div>"""
        for sid, when, title in snaps
    )
    orig = ORIG + "/"
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="robots" content="noindex"/>
<title>archive.today: {orig}</title><link rel="icon" href="{A}/apple-touch-icon.png"/></head>
<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif"><center><div id="HEADER" style="text-align:left;width:1028px;padding:8px 0px;border-bottom:1px solid #CCCCCC">
<a style="text-decoration:none;color:#158;font-size:20px" href="{A}/">archive.today</a> <span style="font-size:12px;color:#158">webpage capture</span>
<form style="display:inline;margin-left:30px" action="{A}/search/" method="get"><input style="width:500px;border:1px solid #AAAAAA;font-size:14px" type="text" name="q" value="{orig}"/> <input type="submit" value="search"/></form>
</div>
<div id="CONTENT" style="text-align:left;width:1028px">
<div style="font-size:14px;margin:14px 10px;color:#444444">{len(snaps)} snapshots of <b>{orig}</b> &nbsp; <a style="color:#1155CC" href="{A}/{OHOST}">all snapshots from host {OHOST}</a> &nbsp; <a style="color:#1155CC" href="{A}/*.qingshuixian.gov.cn">from domain qingshuixian.gov.cn</a></div>
<div style="margin:0px 0px 20px">{blocks}</div>
</div>
<div style="font-size:11px;color:#888888;margin:30px 0px 10px">archive.today &#169; 2012&#8211;2026 &nbsp; <a style="color:#888888" href="https://blog.archive.today/">blog</a> &nbsp; <a style="color:#888888" href="{A}/faq">FAQ</a> &nbsp; <a style="color:#888888" href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></div>
</center></body></html>
"""


def build() -> Family:
    fam = Family(HOST, "archive.today (archive.ph) snapshots of a county government portal (flattened page, inline styles, #HEADER bar)",
                 extensionless_html=True, home="/http://www.qingshuixian.gov.cn/")
    when, iso = "15 Apr 2023 02:41:18 UTC", "2023-04-15T02:41:18Z"
    old_when, old_iso = "03 Mar 2023 11:07:52 UTC", "2023-03-03T11:07:52Z"
    fam.put("/http://www.qingshuixian.gov.cn/", index_page([
        ("Q7xRt", when, SITE), ("Hk6pA", old_when, SITE)]))
    s1, s2 = SPEECHES["archtoday-1"], SPEECHES["archtoday-2"]
    new_list = [(s1.title, ARTICLES[0][1], s1.date[5:]), (s2.title, ARTICLES[1][1], s2.date[5:])] + [(t, p, d[5:]) for t, p, d in OLDER[:3]]
    old_list = [(s2.title, ARTICLES[1][1], s2.date[5:])] + [(t, p, d[5:]) for t, p, d in OLDER[:4]]
    fam.put("/Q7xRt", shell("Q7xRt", "/", SITE, when, iso, home_snapshot("Q7xRt", new_list), prior="Hk6pA"))
    fam.put("/Hk6pA", shell("Hk6pA", "/", SITE, old_when, old_iso, home_snapshot("Hk6pA", old_list), nxt="Q7xRt"))
    listed = [(s1.title, ARTICLES[0][1], s1.date), (s2.title, ARTICLES[1][1], s2.date)] + OLDER[:4]
    fam.put("/mW3kL", shell("mW3kL", "/zwgk/ldjh/", f"领导讲话-{SITE}", when, iso, listing("mW3kL", listed, 1)))
    fam.put("/Zp8Ne", shell("Zp8Ne", "/zwgk/ldjh/index_1.html", f"领导讲话-{SITE}", when, iso, listing("Zp8Ne", OLDER[4:], 2)))
    fam.not_documents += ["/http://www.qingshuixian.gov.cn/", "/Q7xRt", "/Hk6pA", "/mW3kL", "/Zp8Ne"]
    times = {"hY2vS": ("15 Apr 2023 02:43:05 UTC", "2023-04-15T02:43:05Z"), "c4TqB": ("15 Apr 2023 02:43:31 UTC", "2023-04-15T02:43:31Z"),
             "Uf9Gd": ("15 Apr 2023 02:44:10 UTC", "2023-04-15T02:44:10Z")}
    for (speech, path, count, source, hits, editor, caption), clock in zip(ARTICLES, ["09:30", "16:05"]):
        runs = split_paras(speech.paras, count) if count > 1 else [speech.paras]
        names = [path] + [f"{path[:-5]}_{i}.html" for i in range(1, count)]
        sids = [SNAP_OF[n] for n in names]
        for current, (name, sid) in enumerate(zip(names, sids)):
            w, i = times[sid]
            fam.put("/" + sid, shell(sid, name, f"{speech.title}-{SITE}", w, i,
                                     article(sid, speech, path, count, current, runs, source, hits, editor, caption, [clock])))
        fam.doc(["/" + s for s in sids], speech)
        fam.not_documents += ["/" + s for s in sids[1:]]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /submit/\nDisallow: /o/\n")
    fam.noise += [
        "archive.today", "webpage capture", "Saved from", "All snapshots", "from host", "Screenshot",
        "download .zip", "report bug or abuse", "Buy me a coffee", "15 Apr 2023",
        "当前位置：", "发布时间：", "来源：县政府办公室", "浏览次数：", "【字体：",
        "县长在全县优化营商环境大会上讲话。（县融媒体中心 记者 马俊 摄）", "（责任编辑：王 丽）", "（责任编辑：张晓燕）",
        "共2页", "扫一扫在手机打开当前页", "【打印本页】", "【关闭窗口】", "相关链接", "在全县春季造林绿化动员会上的讲话",
        "网站标识码：6209240001", "陇ICP备05003217号-1", "甘公网安备", "无障碍浏览", "今天是：",
    ]
    fam.note = ("home is archive.today's index of snapshots of the county site's root URL; each original page is a "
                "snapshot at a short id (extensionless), pages it holds no snapshot of are linked as /o/<id>/<url>")
    return fam
