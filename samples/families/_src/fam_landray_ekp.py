"""蓝凌 Landray EKP (V15-style) knowledge-repository pages of a state-owned group's portal
(淮川交通投资集团), UTF-8, every page a `.do` / `.jsp` address with a query (query routes).

Home `/` (EKP portal shell: `lui_portal_header`, 通知公告 / 领导讲话 portlets rendered server-side)
→ category list `/km/doc/km_doc_knowledge/kmDocKnowledge.do?method=list&categoryId=…` (EKP
`listview` table with 标题 / 作者 / 发布时间 / 阅读数 and its `lui_paging` pager; `&pageno=2` is not a
document) → documents `kmDocKnowledge.do?method=view&fdId=<32-hex>`: `lui_toolbar` (收藏 / 推荐 / 打印 /
关闭), `lui_form_path` crumb, `lui_form_subject` title, the text in `div.lui_form_content_frame`, then
the attachment list (`sys/attachment`), the right column's 文档属性 box (所属分类 / 文档编号 / 作者 /
所属部门 / 创建时间 / 发布时间 / 版本 V1.0 / 关键字) and 阅读记录 box (reader / 部门 / time rows),
点评 area at the foot; a 文档已被收藏 JS message."""

from common import SPEECHES, Family, render

HOST = "ekp.huaichuan-jtlr-like.test"
DO = "/km/doc/km_doc_knowledge/kmDocKnowledge.do"
CAT = "17e4a1b2c3d94f0a8b6c5d4e3f2a1b0c"
LIST = f"{DO}?method=list&categoryId={CAT}"
LIST2 = f"{DO}?method=list&categoryId={CAT}&pageno=2"
ID1, ID2 = "18f3c27a9d04e5b6a1c8d2f0e7b94a63", "190a5b8e2c71d4f3b6e9a0c5d8f27b14"
ID_OLD = [("18d1e4f7a2b05c3d9e6f8a1b4c7d2e05", "集团公司2024年度工作会议召开", "2025-01-10", "党委办公室"),
          ("18c0b3a6f1e94d2c8b5a7f0e3d6c9b12", "集团公司召开2024年第四季度经济运行分析会", "2024-10-25", "综合办公室")]

def view(fd):
    return f"{DO}?method=view&fdId={fd}"

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@</title>
<link rel="stylesheet" href="/resource/style/default/common.css?s_cache=1714032117000">
<link rel="stylesheet" href="/sys/ui/extend/theme/default/style/common.css?s_cache=1714032117000">
<link rel="stylesheet" href="/km/doc/resource/css/view.css?s_cache=1714032117000">
<script>
var Com_Parameter = {ContextPath:"/", JsFileList:new Array(), StylePath:"/resource/style/default/", ResPath:"/resource/", Style:"default", JquaryPath:"/resource/js/jquery.js", Lang:"zh-cn", CurrentUserId:"anonymous", __sysAuth__:false, Cache:"1714032117000"};
</script>
<script src="/resource/js/common.js?s_cache=1714032117000"></script>
<script src="/sys/ui/js/LUI.js?s_cache=1714032117000"></script>
<script>Com_IncludeFile("docutil.js|optbar.js|data.js");</script>
</head>
<body class="lui_portal_body">
<div class="lui_portal_header">
<div class="lui_portal_header_logo"><a href="/"><img src="/resource/images/logo/hcjt_logo.png" alt="淮川交通投资集团"></a><span class="lui_portal_header_title">淮川交投协同办公平台</span></div>
<div class="lui_portal_header_nav"><ul>
<li><a href="/">首页</a></li><li><a href="/km/review/">流程管理</a></li><li class="lui_portal_nav_selected"><a href="/km/doc/">知识仓库</a></li><li><a href="/km/imeeting/">会议管理</a></li><li><a href="/sys/news/">新闻管理</a></li><li><a href="/sys/person/">个人中心</a></li>
</ul></div>
<div class="lui_portal_header_user">欢迎您，<span>访客</span> | <a href="/login.jsp">登录</a> | <a href="/third/pda/index.jsp">移动版</a></div>
</div>
<div class="lui_portal_content">
"""

FOOT = """</div>
<div class="lui_portal_footer">
<p>淮川交通投资集团有限公司 版权所有　技术支持：深圳市蓝凌软件股份有限公司　建议使用 Chrome 浏览器，分辨率 1366×768 以上</p>
<p>淮ICP备15003321号-1</p>
</div>
<script>seajs.use(["lui/topic"], function(topic){ topic.subscribe("lui.page.resize", function(){}); });</script>
</body>
</html>
"""


def page(title, body):
    return render(HEAD, TITLE=title) + body + FOOT


def doc_page(fd, title, speech, author, dept, created, published, no, kw, reads, atts, hits):
    paras = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    reads_html = "\n".join(f"<tr><td>{n}</td><td>{d}</td><td>{t}</td></tr>" for n, d, t in reads)
    att = "\n".join(f'<div class="upload_list_tr"><span class="upload_list_filename"><a href="/sys/attachment/sys_att_main/sysAttMain.do?method=download&amp;fdId={aid}">{nm}</a></span><span class="upload_list_size">{sz}</span><span class="upload_list_operation"><a href="/sys/attachment/sys_att_main/sysAttMain.do?method=view&amp;fdId={aid}">阅读</a> <a href="/sys/attachment/sys_att_main/sysAttMain.do?method=download&amp;fdId={aid}">下载</a></span></div>' for aid, nm, sz in atts)
    body = f"""<div class="lui_form_path_frame"><div class="lui_form_path">当前位置：<a href="/">首页</a> &gt; <a href="/km/doc/">知识仓库</a> &gt; <a href="{LIST}">公司文件</a> &gt; <a href="{LIST}">领导讲话</a></div></div>
<div class="lui_toolbar_frame"><div class="lui_toolbar">
<div class="lui_toolbar_btn" onclick="Com_OpenWindow('/sys/bookmark/import/bookmark_bar.jsp?fdModelId={fd}');">收藏</div>
<div class="lui_toolbar_btn" onclick="Com_OpenWindow('/sys/introduce/sys_introduce_main/sysIntroduceMain.do?method=add&amp;fdModelId={fd}');">推荐</div>
<div class="lui_toolbar_btn" onclick="window.print();">打印</div>
<div class="lui_toolbar_btn" onclick="Com_CloseWindow();">关闭</div>
</div></div>
<div class="lui_form_body">
<div class="lui_form_left">
<div class="lui_form_subject">{title}</div>
<div class="lui_form_summary_frame"><span class="lui_form_summary_label">摘要：</span>{author}同志{published[:4]}年{int(published[5:7])}月{int(published[8:10])}日讲话全文，供各部门、各所属企业学习贯彻。</div>
<div class="lui_form_content_frame">
<div class="lui_form_content" id="docContent">
{paras}
</div>
</div>
<div class="lui_form_att_frame"><div class="lui_form_att_title">附件（{len(atts)}）</div>
<div class="upload_list">
{att}
</div></div>
<div class="lui_form_evaluation"><div class="lui_evaluation_title">点评（0）</div><div class="lui_evaluation_empty">暂无点评，<a href="/login.jsp">登录</a>后发表点评</div></div>
</div>
<div class="lui_form_right">
<div class="lui_panel"><div class="lui_panel_title">文档属性</div>
<table class="tb_simple lui_form_property" width="100%">
<tr><td class="td_normal_title" width="35%">所属分类</td><td>公司文件 / 领导讲话</td></tr>
<tr><td class="td_normal_title">文档编号</td><td>{no}</td></tr>
<tr><td class="td_normal_title">作者</td><td>{author}</td></tr>
<tr><td class="td_normal_title">所属部门</td><td>{dept}</td></tr>
<tr><td class="td_normal_title">创建时间</td><td>{created}</td></tr>
<tr><td class="td_normal_title">发布时间</td><td>{published}</td></tr>
<tr><td class="td_normal_title">版本</td><td>V1.0</td></tr>
<tr><td class="td_normal_title">关键字</td><td>{kw}</td></tr>
<tr><td class="td_normal_title">阅读数</td><td>{hits}</td></tr>
</table></div>
<div class="lui_panel"><div class="lui_panel_title">阅读记录</div>
<table class="tb_simple lui_readlog" width="100%">
<tr class="tr_normal_title"><td>阅读者</td><td>部门</td><td>阅读时间</td></tr>
{reads_html}
</table>
<div class="lui_readlog_more"><a href="/sys/readlog/sys_read_log/sysReadLog.do?method=list&amp;fdModelId={fd}&amp;fdModelName=com.landray.kmss.km.doc.model.KmDocKnowledge" target="_blank">更多阅读记录</a></div>
</div>
</div>
</div>
<script>Com_AddEventListener(window, "load", function(){{ if(window.readLogUpdate){{readLogUpdate("{fd}");}} }});</script>
"""
    return page(f"{title} - 知识仓库", body)


def list_page(rows, cur):
    trs = "\n".join(f'<tr kmss_href="{view(fd)}"><td>{i}</td><td class="lui_listview_title"><a href="{view(fd)}" target="_blank">{t}</a></td><td>{a}</td><td>{d}</td><td>{h}</td></tr>' for i, (fd, t, a, d, h) in enumerate(rows, 1 + (cur - 1) * 3))
    if cur == 1:
        pg = f'<div class="lui_paging"><span class="lui_paging_total">共 5 条</span><span class="lui_paging_current">1</span><a href="{LIST2}">2</a><a href="{LIST2}" class="lui_paging_next">下一页</a></div>'
    else:
        pg = f'<div class="lui_paging"><span class="lui_paging_total">共 5 条</span><a href="{LIST}" class="lui_paging_prev">上一页</a><a href="{LIST}">1</a><span class="lui_paging_current">2</span></div>'
    body = f"""<div class="lui_form_path_frame"><div class="lui_form_path">当前位置：<a href="/">首页</a> &gt; <a href="/km/doc/">知识仓库</a> &gt; 公司文件 &gt; 领导讲话</div></div>
<div class="lui_list_left"><div class="lui_category_tree"><ul><li><a href="{LIST}">领导讲话</a></li><li><a href="{DO}?method=list&amp;categoryId=17e4a1b2c3d94f0a8b6c5d4e3f2a1b0d">规章制度</a></li><li><a href="{DO}?method=list&amp;categoryId=17e4a1b2c3d94f0a8b6c5d4e3f2a1b0e">会议纪要</a></li></ul></div></div>
<div class="lui_list_main">
<div class="lui_criteria">搜索：<input type="text" name="docSubject"> <span>发布时间：</span><a>不限</a> <a>本周</a> <a>本月</a> <a>本年</a></div>
<table class="lui_listview_columntable_table" width="100%">
<tr class="lui_listview_columntable_header"><th>序号</th><th>标题</th><th>作者</th><th>发布时间</th><th>阅读数</th></tr>
{trs}
</table>
{pg}
</div>
"""
    return page("领导讲话 - 知识仓库", body)


def build() -> Family:
    fam = Family(HOST, "蓝凌 Landray EKP knowledge repository (km_doc_knowledge view) of a 国企 portal")
    s1, s2 = SPEECHES["f55b-3"], SPEECHES["f55b-4"]
    t1 = "周振国董事长在集团公司2025年安全生产暨质量管理工作会议上的讲话"
    t2 = "党委书记周振国在公司青年员工座谈会上的讲话"
    reads1 = [("李明", "安全质量部", "2025-03-04 09:12"), ("赵晓燕", "淮川交投路桥公司", "2025-03-03 16:40"), ("陈刚", "工程管理部", "2025-03-03 10:05")]
    reads2 = [("刘洋", "团委", "2025-05-08 14:22"), ("孙婷", "人力资源部", "2025-05-07 11:31")]
    fam.route(view(ID1), f"/qr/view_{ID1}.html", doc_page(ID1, t1, s1, "周振国", "党委办公室", "2025-02-21 15:48", "2025-02-24 09:30", "KM-2025-0038", "安全生产;质量管理", reads1, [("18f3c2b0e1a94d7c", "会议材料汇编.pdf", "2.31MB")], 512))
    fam.route(view(ID2), f"/qr/view_{ID2}.html", doc_page(ID2, t2, s2, "周振国", "党委办公室", "2025-05-05 10:02", "2025-05-06 08:55", "KM-2025-0107", "青年工作;五四", reads2, [("190a5c11d2e34f80", "青年员工座谈会发言摘编.docx", "86.5KB")], 301))
    fam.doc([view(ID1)], s1, title=t1, published_at="2025-02-20")
    fam.doc([view(ID2)], s2, title=t2, published_at="2025-05-04")
    rows1 = [(ID2, t2, "周振国", "2025-05-06", 301), (ID1, t1, "周振国", "2025-02-24", 512), (ID_OLD[0][0], ID_OLD[0][1], ID_OLD[0][3], ID_OLD[0][2], 880)]
    rows2 = [(ID_OLD[1][0], ID_OLD[1][1], ID_OLD[1][3], ID_OLD[1][2], 640)]
    fam.route(LIST, "/qr/list_1.html", list_page(rows1, 1))
    fam.route(LIST2, "/qr/list_2.html", list_page(rows2, 2))
    for fd, t, d, dept in ID_OLD:
        fam.route(view(fd), f"/qr/view_{fd}.html", page(f"{t} - 知识仓库", f'<div class="lui_form_body"><div class="lui_form_left"><div class="lui_form_subject">{t}</div><div class="lui_form_content_frame"><div class="lui_form_content" id="docContent"><p>{d[:4]}年{int(d[5:7])}月，{t}。会议由{dept}组织，集团领导班子成员出席。</p></div></div></div><div class="lui_form_right"><div class="lui_panel"><div class="lui_panel_title">文档属性</div><table class="tb_simple"><tr><td>发布时间</td><td>{d}</td></tr></table></div></div></div>'))
    home = page("淮川交投协同办公平台", f"""<div class="lui_portal_page">
<div class="lui_portlet" id="portlet_notice"><div class="lui_portlet_title">通知公告<a class="lui_portlet_more" href="/sys/news/">更多</a></div>
<ul class="lui_dataview_classic"><li><a href="/sys/news/sys_news_main/sysNewsMain.do?method=view&amp;fdId=190b11c2d3e4f5a6b7c8d9e0f1a2b3c4">关于2025年“五一”劳动节放假安排的通知</a><span>2025-04-25</span></li></ul></div>
<div class="lui_portlet" id="portlet_ldjh"><div class="lui_portlet_title">领导讲话<a class="lui_portlet_more" href="{LIST}">更多</a></div>
<ul class="lui_dataview_classic"><li><a href="{view(ID2)}" target="_blank">{t2}</a><span>2025-05-06</span></li></ul></div>
<div class="lui_portlet" id="portlet_todo"><div class="lui_portlet_title">我的待办</div><div class="lui_portlet_empty">请登录后查看</div></div>
</div>
""")
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login.jsp\nDisallow: /sys/attachment/\nDisallow: /sys/readlog/\n")
    fam.not_documents += ["/", LIST, LIST2, view(ID_OLD[0][0])]
    fam.noise += ["文档属性", "阅读记录", "所属分类", "文档编号", "KM-2025-0038", "更多阅读记录", "摘要：", "会议材料汇编.pdf", "点评（0）", "淮ICP备15003321号", "蓝凌软件", "V1.0"]
    return fam
