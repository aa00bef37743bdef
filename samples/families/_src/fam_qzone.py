"""QQ空间 (user.qzone.qq.com) 日志 pages as a guest gets them: the v8 shell (`#top_head_title`, the
owner's nickname and 个性签名, the `tb_menu_panel` 主页/日志/相册/留言板/说说/个人档 menu, the
`QZFL` / `g_iUin` / `g_iLoginUin=0` globals and the "登录后可以看到更多" guest tip) around the blog
module: `h3.blog_tit_detail > span#pageTitle`, the `blog_info` line (`2013-05-16 10:22`, 分类：, 阅读(N),
评论(N)), the 转载 / 分享 / 举报 bar, the text in `div#blogDetailDiv.blog_details_20120222` as the
qzone editor saved it (`<div>` lines with `&nbsp;` indents and `<font>` in one post, `<p>` with
inline spans in the other), 上一篇/下一篇, `ul.comment_list` with replies (`回复`), the login-to-comment
box and the Tencent footer. Blog ids are the posts' Unix creation times (`/N/blog/1368670961`);
the blog tab `/N/2` lists the posts (`list_blog`, `mod_pagenav`); the home `/N` (also `/N/main`) shows 最新日志."""

import html

import json

from common import FAMILIES, SPEECHES, Family, render

HOST = "user.qzone-like.test"
UIN = "372615804"
NICK = "老杨的空间"
OWNER = "杨国平"

POSTS = [
    {
        "id": "1368670961", "speech": SPEECHES["r29b-1"], "shown": "2013-05-16 10:22",
        "cat": "个人日记", "read": 235, "style": "div",
        "comments": [
            ("清风徐来", "888213456", "杨书记讲得实在，活动室早该办起来了。", "2013-05-16 12:05", "谢谢支持，欢迎常回村里看看。"),
            ("小燕子", "1043320987", "转给我爸看了，他说要去报名当理事。", "2013-05-16 20:41", ""),
            ("王家湾-老四", "529810377", "我们组的刘奶奶身体还好吧？麻烦多照应。", "2013-05-17 08:13", "好着呢，前天还在活动室打牌。"),
        ],
    },
    {
        "id": "1412516890", "speech": SPEECHES["r29b-2"], "shown": "2014-10-05 21:48",
        "cat": "心情随笔", "read": 612, "style": "p",
        "comments": [
            ("海阔天空", "602117895", "老杨讲哭了一桌人，荷包蛋那段太有画面了。", "2014-10-05 22:30", "哈哈，当时腿都在抖。"),
            ("雨过天晴", "1872640013", "爸，谢谢你。", "2014-10-06 00:12", "傻丫头。"),
        ],
    },
]

HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="QQ空间,日志,@@NICK@@" />
<meta name="description" content="@@DESC@@" />
<link rel="shortcut icon" href="//qzonestyle.gtimg.cn/aoi/sprite/icon.ico" type="image/x-icon" />
<link rel="stylesheet" href="//qzonestyle.gtimg.cn/qzone/v8/v8.css?max_age=31104000&amp;v=20130508" />
<link rel="stylesheet" href="//qzonestyle.gtimg.cn/qzone/app/blog/v6/blog_page_v2.css?max_age=31104000" />
<script type="text/javascript">
var g_iUin=@@UIN@@,g_iLoginUin=0,g_UserBitmap="0000000000000000",g_Mode="blog",g_Version="v8",g_OwnerNick="@@NICKJS@@",g_isBrandQzone=0,g_IsFamous=0,g_Size=[1,0],g_StyleID=1;
var g_StaticServer="qzonestyle.gtimg.cn",siDomain="qzonestyle.gtimg.cn",imgcacheDomain="qzs.qq.com";
window.g_timePoints=[+new Date()];
</script>
<script type="text/javascript" src="//qzonestyle.gtimg.cn/ac/qzfl/release/qzfl_for_qzone.js?max_age=31104000"></script>
</head>
<body class="os-win bbody fs-13 mode-blog">
<div id="topbar" class="top-fix-bar">
  <div class="top-fix-inner">
    <a href="//qzone.qq-like.test/" class="logo-qzone" title="QQ空间">QQ空间</a>
    <div class="top-nav"><a href="//qzone.qq-like.test/">个人中心</a><a href="/@@UIN@@">我的主页</a><a href="//qzone.qq-like.test/friends">好友</a><a href="//qzone.qq-like.test/game">游戏</a></div>
    <div class="top-login"><a href="javascript:;" onclick="QZONE.FP.showLoginBox('blog');return false;" class="btn-login">登录</a><a href="//ssl.zc.qq-like.test/v3/index-chs.html" target="_blank">注册</a></div>
  </div>
</div>
<div id="pageContent" class="layout-page">
<div class="head-info" id="headContainer">
  <div class="head-detail">
    <h1 id="top_head_title" class="head-title"><span class="title">@@NICK@@</span></h1>
    <div class="head-description"><span class="head-nick" id="QM_OwnerInfo_Nick">@@OWNER@@</span><span class="head-sign" title="为乡亲们办点实事">为乡亲们办点实事</span><a href="http://qzone.qq-like.test/@@UIN@@" class="head-url">http://user.qzone-like.test/@@UIN@@</a></div>
  </div>
  <div class="head-avatar"><img src="//qlogo2.store.qq-like.test/qzone/@@UIN@@/@@UIN@@/100" alt="@@OWNER@@" width="100" height="100" /></div>
</div>
<div class="head-nav" id="tb_menu_panel">
  <ul class="head-nav-menu">
    <li class="menu_item_main"><a href="/@@UIN@@/main" accesskey="0">主页</a></li>
    <li class="menu_item_2 @@BLOGCUR@@"><a href="/@@UIN@@/2" accesskey="2">日志</a></li>
    <li class="menu_item_4"><a href="/@@UIN@@/4" accesskey="4">相册</a></li>
    <li class="menu_item_334"><a href="/@@UIN@@/334" accesskey="3">留言板</a></li>
    <li class="menu_item_311"><a href="/@@UIN@@/311" accesskey="5">说说</a></li>
    <li class="menu_item_1"><a href="/@@UIN@@/1" accesskey="1">个人档</a></li>
    <li class="menu_item_305"><a href="/@@UIN@@/305">音乐</a></li>
    <li class="menu_item_more"><a href="javascript:;">更多<i class="icon-more"></i></a></li>
  </ul>
</div>
<div class="guest-tip" id="guestTip"><i class="icon-info"></i>登录后可以看到更多内容，还可以和好友互动。<a href="javascript:;" onclick="QZONE.FP.showLoginBox('blog');return false;">立即登录</a></div>
"""

FOOT = """</div>
<div class="footer" id="footer">
  <p class="footer-links"><a href="//qzone.qq-like.test/helpcenter/" target="_blank">帮助中心</a>|<a href="//support.qq-like.test/write.shtml?fid=600" target="_blank">意见反馈</a>|<a href="//qzone.qq-like.test/qzone/web/agreement.html" target="_blank">服务协议</a>|<a href="//jubao.qq-like.test/" target="_blank">举报中心</a>|<a href="//www.qq-like.test/" target="_blank">腾讯网</a></p>
  <p class="footer-copy">Copyright &copy; 2005 - @@YEAR@@ Tencent. All Rights Reserved.<br />腾讯公司 版权所有　<a href="//www.miibeian.gov-like.test/" target="_blank">粤B2-20090059</a></p>
</div>
<script type="text/javascript" src="//qzonestyle.gtimg.cn/qzone/v8/engine/main.js?max_age=31104000"></script>
<script type="text/javascript">
QZONE.FrontPage.init({uin:@@UIN@@, app:"@@APP@@"});
(function(){var i=new Image();i.src="//pingjs.qq-like.test/ping.js?dm=user.qzone.qq.com&url=/"+g_iUin+"/@@APP@@&rdm=&rurl=&pvid="+Math.random();})();
</script>
</body>
</html>
"""


def body_html(p):
    out = []
    if p["style"] == "div":
        for para in p["speech"].paras:
            out.append(f'<div><font face="宋体" size="3">&nbsp;&nbsp;&nbsp;&nbsp;{para}</font></div>')
        out.append("<div><br /></div>")
    else:
        for para in p["speech"].paras:
            out.append(f'<p style="line-height: 1.8em; text-indent: 2em;"><span style="font-size: 14px;">{para}</span></p>')
    return "\n".join(out)


def comments_html(p):
    items = []
    for i, (nick, uin, text, t, reply) in enumerate(p["comments"], 1):
        rep = ""
        if reply:
            rep = f'<ul class="comment_reply_list"><li class="comment_reply_item"><a href="/{UIN}" class="c_tx q_namecard" link="nameCard_{UIN}">{OWNER}</a> 回复 <a href="/{uin}" class="c_tx q_namecard">{nick}</a>：<span class="reply_content">{reply}</span> <span class="c_tx3 reply_time">{t[:10]}</span></li></ul>'
        items.append(f"""<li class="comment_item" id="comment_{i}">
<div class="comment_avatar"><a href="/{uin}" target="_blank"><img src="//qlogo3.store.qq-like.test/qzone/{uin}/{uin}/50" width="50" height="50" alt="" /></a></div>
<div class="comment_main">
<div class="comment_head"><a href="/{uin}" class="c_tx q_namecard" link="nameCard_{uin}" target="_blank">{nick}</a> <span class="c_tx3 comment_time">{t}</span> <span class="comment_floor c_tx3">{i}楼</span></div>
<div class="comment_content">{text}</div>
<div class="comment_op"><a href="javascript:;" class="c_tx comment_reply_btn">回复</a></div>
{rep}
</div>
</li>""")
    return "\n".join(items)


def post_page(p, prev, nxt):
    s = p["speech"]
    nav = []
    nav.append(f'<span class="prev">上一篇：<a href="/{UIN}/blog/{prev["id"]}" class="c_tx">{prev["speech"].title}</a></span>' if prev else '<span class="prev c_tx3">上一篇：没有了</span>')
    nav.append(f'<span class="next">下一篇：<a href="/{UIN}/blog/{nxt["id"]}" class="c_tx">{nxt["speech"].title}</a></span>' if nxt else '<span class="next c_tx3">下一篇：没有了</span>')
    blog = f"""<div class="layout-body" id="layoutBody">
<div class="app_canvas_frame" id="app_canvas_frame">
<div class="mod_blog_detail" id="blog_detail">
  <div class="blog_crumb c_tx3"><a href="/{UIN}/2" class="c_tx">日志</a> &gt; <a href="/{UIN}/2?cate={html.escape(p["cat"])}" class="c_tx">{p["cat"]}</a> &gt; 正文</div>
  <div class="blog_tit_detail"><h3 class="blog_tit_detail"><span id="pageTitle" class="blog_tit_detail">{s.title}</span></h3></div>
  <div class="blog_info" id="blogInfo">
    <span class="c_tx3 blog_info_time">{p["shown"]}</span>
    <span class="c_tx3 blog_info_cate">分类：<a href="/{UIN}/2?cate={html.escape(p["cat"])}" class="c_tx">{p["cat"]}</a></span>
    <span class="c_tx3 blog_info_read">阅读(<span id="readNum">{p["read"]}</span>)</span>
    <span class="c_tx3 blog_info_cmt">评论(<a href="#comment" class="c_tx">{len(p["comments"])}</a>)</span>
  </div>
  <div class="blog_op_bar" id="blogOpTop"><a href="javascript:;" class="c_tx bt_reprint" onclick="QZBlog.Logic.reprint();return false;">转载</a><span class="sep">|</span><a href="javascript:;" class="c_tx bt_share" onclick="QZBlog.Logic.share();return false;">分享</a><span class="sep">|</span><a href="javascript:;" class="c_tx3 bt_report" onclick="QZBlog.Logic.report();return false;">举报</a></div>
  <div id="blogDetailDiv" class="blog_details_20120222">
{body_html(p)}
  </div>
  <div class="blog_op_bar blog_op_bottom" id="blogOpBottom"><span class="c_tx3">已有 {p["read"]} 人阅读</span><a href="javascript:;" class="c_tx bt_like" onclick="QZBlog.Logic.like();return false;"><i class="icon-like"></i>赞</a><a href="javascript:;" class="c_tx bt_reprint">转载</a><a href="javascript:;" class="c_tx bt_share">分享<i class="icon-share"></i></a><a href="javascript:;" class="c_tx">推荐给好友</a></div>
  <div class="share_to c_tx3">分享到：<a href="javascript:;" class="share_qzone" title="QQ空间">QQ空间</a><a href="javascript:;" class="share_tweibo" title="腾讯微博">腾讯微博</a><a href="javascript:;" class="share_wx" title="微信">微信</a></div>
  <div class="blog_nav c_tx3">{"".join(nav)}</div>
  <div class="mod_comment" id="comment">
    <div class="comment_hd"><h4>评论</h4><span class="c_tx3">（{len(p["comments"])}）</span></div>
    <ul class="comment_list" id="commentListDiv">
{comments_html(p)}
    </ul>
    <div class="comment_post" id="commentEditor"><div class="comment_login_tip">您需要<a href="javascript:;" onclick="QZONE.FP.showLoginBox('blog');return false;" class="c_tx">登录</a>后才能发表评论</div><textarea disabled="disabled" placeholder="说点什么吧…"></textarea><button type="button" class="gb_bt" disabled="disabled">发表</button></div>
  </div>
</div>
</div>
<div class="layout-aside" id="layoutAside">
  <div class="mod_side mod_blog_cate"><h4>日志分类</h4><ul><li><a href="/{UIN}/2?cate=%E4%B8%AA%E4%BA%BA%E6%97%A5%E8%AE%B0" class="c_tx">个人日记</a>(18)</li><li><a href="/{UIN}/2?cate=%E5%BF%83%E6%83%85%E9%9A%8F%E7%AC%94" class="c_tx">心情随笔</a>(7)</li><li><a href="/{UIN}/2?cate=%E8%BD%AC%E8%BD%BD" class="c_tx">转载</a>(31)</li></ul></div>
  <div class="mod_side mod_visitor"><h4>最近访客</h4><p class="c_tx3">登录后可查看访客记录</p></div>
</div>
</div>
"""
    return (render(HEAD, TITLE=f"{s.title} - {NICK} - QQ空间", NICK=NICK, NICKJS=NICK, OWNER=OWNER, UIN=UIN,
                   DESC=html.escape(s.paras[1][:70]), BLOGCUR="cur")
            + blog + render(FOOT, UIN=UIN, APP="blog", YEAR=p["shown"][:4]))


def list_item(p):
    return f"""<li class="list_item">
<div class="list_tit"><a href="/{UIN}/blog/{p["id"]}" class="c_tx" title="{p["speech"].title}">{p["speech"].title}</a></div>
<div class="list_info c_tx3"><span class="time">{p["shown"]}</span><span class="cate">分类：{p["cat"]}</span><span class="read">阅读({p["read"]})</span><span class="cmt">评论({len(p["comments"])})</span></div>
<div class="list_summary">{p["speech"].paras[1][:60]}…</div>
</li>"""


class FolderPagesFamily(Family):
    """A page name that is also a folder (`/@linqiu` beside `/@linqiu/<story>`): stored as the
    folder's index.html and answered by the replica's `folder_pages`."""

    def put(self, path, text, encoding=None):
        if path.rstrip("/") in self.folder_names:
            path = path.rstrip("/") + "/"
        super().put(path, text, encoding)

    def file_for_url(self, u: str) -> str:
        key = super().file_for_url(u)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = FolderPagesFamily(HOST, "QQ空间 (user.qzone.qq.com) 日志 pages as a guest sees them", extensionless_html=True,
                 home=f"/{UIN}")
    fam.folder_names = {f"/{UIN}"}
    p1, p2 = POSTS
    fam.put(f"/{UIN}/blog/{p1['id']}", post_page(p1, None, p2))
    fam.put(f"/{UIN}/blog/{p2['id']}", post_page(p2, p1, None))
    for p in POSTS:
        fam.doc([f"/{UIN}/blog/{p['id']}"], p["speech"], published_at=p["shown"][:10])
    items = "\n".join(list_item(p) for p in (p2, p1))
    blog_list = (render(HEAD, TITLE=f"日志 - {NICK} - QQ空间", NICK=NICK, NICKJS=NICK, OWNER=OWNER, UIN=UIN,
                        DESC=f"{OWNER}的QQ空间日志", BLOGCUR="cur")
                 + f"""<div class="layout-body" id="layoutBody"><div class="app_canvas_frame" id="app_canvas_frame">
<div class="mod_blog_list"><div class="blog_list_hd"><h3>日志</h3><span class="c_tx3">共 56 篇</span><a href="javascript:;" class="c_tx" onclick="QZONE.FP.showLoginBox('blog');return false;">写日志</a></div>
<div class="blog_list_tab"><a href="/{UIN}/2" class="cur">全部日志</a><a href="/{UIN}/2?cate=%E4%B8%AA%E4%BA%BA%E6%97%A5%E8%AE%B0">个人日记</a><a href="/{UIN}/2?cate=%E5%BF%83%E6%83%85%E9%9A%8F%E7%AC%94">心情随笔</a><a href="/{UIN}/2?cate=%E8%BD%AC%E8%BD%BD">转载</a></div>
<ul class="list_blog" id="listArea">
{items}
</ul>
<div class="mod_pagenav" id="pager"><p class="mod_pagenav_main"><span class="mod_pagenav_disable"><span>&lt;上一页</span></span><span class="current"><span>1</span></span><span class="mod_pagenav_disable"><span>下一页&gt;</span></span></p><p class="mod_pagenav_count c_tx3">登录后查看全部 56 篇日志</p></div>
</div></div></div>
""" + render(FOOT, UIN=UIN, APP="2", YEAR="2014"))
    fam.put(f"/{UIN}/2", blog_list)
    home = (render(HEAD, TITLE=f"{NICK} [http://user.qzone-like.test/{UIN}] - QQ空间", NICK=NICK, NICKJS=NICK,
                   OWNER=OWNER, UIN=UIN, DESC=f"{OWNER}的QQ空间", BLOGCUR="")
            + f"""<div class="layout-body" id="layoutBody"><div class="app_canvas_frame" id="app_canvas_frame">
<div class="mod_main_feeds"><div class="feeds_hd"><h3>说说</h3></div><ul class="feed_list"><li class="feed_item"><div class="f-info">国庆节嫁女儿，累并快乐着。感谢各位亲朋！</div><div class="f-time c_tx3">2014年10月6日 09:12</div><div class="f-op"><a href="javascript:;" class="c_tx">赞(48)</a> <a href="javascript:;" class="c_tx">评论(21)</a></div></li></ul></div>
<div class="mod_main_blog" id="QM_Container_2"><div class="mod_hd"><h3><a href="/{UIN}/2" class="c_tx">最新日志</a></h3><a href="/{UIN}/2" class="c_tx more">更多</a></div>
<ul class="main_blog_list"><li><a href="/{UIN}/blog/{p2["id"]}" class="c_tx">{p2["speech"].title}</a><span class="c_tx3">{p2["shown"][:10]}</span></li><li><a href="/{UIN}/blog/{p1["id"]}" class="c_tx">{p1["speech"].title}</a><span class="c_tx3">{p1["shown"][:10]}</span></li></ul></div>
<div class="mod_main_photo"><div class="mod_hd"><h3><a href="/{UIN}/4" class="c_tx">相册</a></h3></div><p class="c_tx3">主人设置了权限，您可通过以下方式访问：登录后申请访问</p></div>
</div></div>
""" + render(FOOT, UIN=UIN, APP="main", YEAR="2014"))
    fam.put(f"/{UIN}", home)
    fam.put(f"/{UIN}/main", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /proxy/\nDisallow: /cgi-bin/\n")
    fam.not_documents += [f"/{UIN}", f"/{UIN}/main", f"/{UIN}/2"]
    fam.noise += ["登录后可以看到更多内容", "杨书记讲得实在", "荷包蛋那段太有画面了", "为乡亲们办点实事", "分享到：", "您需要", "腾讯公司 版权所有", "日志分类", "已有 235 人阅读", "粤B2-20090059"]
    return fam
