"""人民网 强国论坛 (bbs1.people.com.cn, about 2013-2015)-like topic pages, GBK: posts at
`/post/1/1/2/<id>.html` (reply page 2 `<id>_2.html`), people.com.cn 强国社区 top bar and
header, `navBar` breadcrumbs (人民网>>强国社区>>强国论坛), the post in `div.navpage` (`h2.navpage_tit`,
`p.replayInfo` with the author link, 发表于 time, 阅读数 / 回复数), the text in
`div.article.scrollFlag` with its `content_path` (one post `<br />` lines, one `<p>` lines opened by the
poster's 转载 note), the 回复 / 收藏 / 举报 / 分享到 bar, `div.replyList` (网友回复, `replyInfo` /
`replyCon`), `page_n` pager, 强国论坛 热帖 side list, 人民网 copyright footer and webdig stat script.
Board list `/board/1/1/2.html` (+ `2_2.html`)."""

from common import SPEECHES, Family

HOST = "bbs1.qiangguo-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="{pagetype}" />
<meta name="catalogs" content="2" />
<link href="/css/2013/public.css" type="text/css" rel="stylesheet" />
<link href="/css/2013/bbs_post.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/js/jquery-1.7.1.min.js"></script>
<script type="text/javascript" src="/js/2013/qglt_common.js"></script>
<script type="text/javascript">var boardId = 2; var postId = {pid}; var treeView = 1;</script>
</head>
<body>
<div class="top_nav">
  <div class="w1000 clearfix">
    <div class="fl"><a href="http://www.people-like.test/" target="_blank">人民网</a> | <a href="/">强国社区</a> | <a href="/board/1/1/2.html">强国论坛</a> | <a href="http://blog.qiangguo-like.test/" target="_blank">强国博客</a> | <a href="http://t.people-like.test/" target="_blank">人民微博</a> | <a href="http://bbs1.qiangguo-like.test/board/1/1/4.html">深入讨论区</a></div>
    <div class="fr" id="loginArea"><a href="http://passport.people-like.test/login.do?from=qglt" target="_blank">登录</a> | <a href="http://passport.people-like.test/register.do" target="_blank">注册</a> | <a href="/help/">帮助</a></div>
  </div>
</div>
<div class="w1000 header clearfix">
  <div class="logo"><a href="/"><img src="/img/2013/logo_qglt.gif" width="300" height="70" alt="强国论坛" /></a></div>
  <div class="search"><form action="http://search.qiangguo-like.test/bbs.do" method="get" target="_blank"><input type="text" name="keyword" class="s_input" value="" /><input type="submit" class="s_btn" value="搜 索" /></form></div>
</div>
<div class="w1000 nav_zt">
  <a href="/">首页</a><a href="/board/1/1/2.html" class="on">强国论坛</a><a href="/board/1/1/4.html">深入讨论区</a><a href="/board/1/1/5.html">中日论坛</a><a href="/board/1/1/7.html">教育论坛</a><a href="/board/1/1/9.html">环保论坛</a><a href="/board/1/1/11.html">法治论坛</a><a href="/board/1/1/13.html">地方领导留言板</a>
</div>
<div class="w1000 ad_top"><a href="http://ad.people-like.test/c.do?id=3401" target="_blank"><img src="http://ad.people-like.test/2013/1000x90_qglt.jpg" width="1000" height="90" alt="" /></a></div>
"""

FOOT = """<div class="w1000 bbs_rule">
  <p>强国论坛网友言论仅代表其个人观点，并不代表人民网同意其说法或描述，仅为提供更多信息，也不构成任何投资或其他建议。转载需注明来源“人民网·强国论坛”。</p>
</div>
<div class="footer">
  <div class="w1000">
    <p><a href="http://www.people-like.test/GB/50142/104580/index.html" target="_blank">人民日报社概况</a> | <a href="http://www.people-like.test/GB/50142/353481/index.html" target="_blank">关于人民网</a> | <a href="http://job.people-like.test/" target="_blank">招聘英才</a> | <a href="http://www.people-like.test/GB/1018/22259/index.html" target="_blank">广告服务</a> | <a href="http://www.people-like.test/GB/208743/403202/index.html" target="_blank">合作加盟</a> | <a href="http://www.people-like.test/GB/208743/index.html" target="_blank">供稿服务</a> | <a href="/help/contact.html" target="_blank">联系我们</a></p>
    <p>人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
    <p>Copyright &copy; 1997-2015 by www.people-like.test. all rights reserved</p>
    <p><a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证000018号</a>　互联网新闻信息服务许可证　网络文化经营许可证</p>
  </div>
</div>
<script type="text/javascript" src="/js/2013/post_tree.js"></script>
<script src="http://tools.people-like.test/css/2010tianrun/webdig_test.js" language="javascript" type="text/javascript" async></script>
<img src="http://counter.people-like.test/c.gif?id=qglt" width="0" height="0" style="display:none" alt="" />
</body>
</html>
"""

USERS = {
    "青山不老2012": 21873301, "东篱采菊人": 18822017, "强国网友_4471": 30012447, "黄河岸边": 9912305,
    "老兵新传": 12240877, "一米阳光cn": 27700415, "基层小吏": 25512093, "燕赵布衣": 16603211,
}

POSTS = [
    {
        "pid": 145528716,
        "speech": SPEECHES["r30a-1"],
        "subject": "一位县委书记在农村人居环境整治推进会上的讲话（全文）",
        "author": "基层小吏",
        "time": "2015-04-18 08:47:12",
        "reads": 12571,
        "style": "p",
        "intro": "转自县政府门户网站“领导讲话”栏目。没有套话，值得一读。",
        "replies": [
            ("青山不老2012", "2015-04-18 09:03:55", "“主干道两边干干净净，一进巷子就是另一番景象”，说得太准了。"),
            ("东篱采菊人", "2015-04-18 09:26:10", "厕所改造要尊重群众意愿，这一条非常重要，我们那里就出过强迫改厕的事。"),
            ("黄河岸边", "2015-04-18 10:14:38", "暗访结果在电视台公开，这个办法好，看能不能坚持下去。"),
            ("强国网友_4471", "2015-04-18 11:52:06", "支持！农村环境确实需要好好整治。"),
        ],
        "replies2": [
            ("老兵新传", "2015-04-19 07:31:44", "讲话是讲话，关键在落实，年底再看。"),
            ("一米阳光cn", "2015-04-19 15:08:29", "以奖代补，不干的不补，说到点子上了。"),
            ("燕赵布衣", "2015-04-20 21:46:17", "顶一下，希望各地都能这样实打实地干。"),
        ],
    },
    {
        "pid": 128840193,
        "speech": SPEECHES["r30a-4"],
        "subject": "在全市安全生产工作会议上的讲话",
        "author": "燕赵布衣",
        "time": "2013-03-07 16:22:40",
        "reads": 4306,
        "style": "br",
        "intro": "",
        "replies": [
            ("老兵新传", "2013-03-07 17:05:19", "“不检查不开工、隐患不整改不开工”，就怕检查走过场。"),
            ("青山不老2012", "2013-03-07 20:40:02", "安全生产无小事，支持严肃追责。"),
        ],
        "replies2": [],
    },
]


def post_url(pid, page=1):
    return f"/post/1/1/2/{pid}.html" if page == 1 else f"/post/1/1/2/{pid}_{page}.html"


def user_link(name):
    return f'<a href="http://blog.qiangguo-like.test/blog/u/{USERS[name]}.html" class="userNick" target="_blank">{name}</a>'


def body_html(p):
    paras = p["speech"].paras
    if p["style"] == "p":
        out = []
        if p["intro"]:
            out.append(f'<p style="color:#666666">{p["intro"]}</p>')
        out += [f"<p>　　{x}</p>" for x in paras]
        return "\n".join(out)
    return "<br />\n".join("　　" + x for x in paras) + "<br />"


def pager(pid, cur, last):
    if last == 1:
        return ""
    out = ['<div class="page_n clearfix">']
    if cur > 1:
        out.append(f'<a href="{post_url(pid, cur - 1)}">上一页</a>')
    for i in range(1, last + 1):
        out.append(f'<span class="common_current">{i}</span>' if i == cur else f'<a href="{post_url(pid, i)}">{i}</a>')
    if cur < last:
        out.append(f'<a href="{post_url(pid, cur + 1)}">下一页</a>')
    out.append(f"<span class=\"page_total\">共{last}页</span></div>")
    return "".join(out)


def side():
    a, b = POSTS
    return f"""<div class="right">
  <div class="r_box"><h3>强国论坛 热帖</h3>
    <ul class="list_14">
      <li><a href="{post_url(a["pid"])}" target="_blank">{a["subject"]}</a></li>
      <li><a href="/post/1/1/2/145530882.html" target="_blank">基层减负，减的到底是什么？</a></li>
      <li><a href="/post/1/1/2/145531907.html" target="_blank">从一碗面的价格看物价</a></li>
      <li><a href="{post_url(b["pid"])}" target="_blank">{b["subject"]}</a></li>
    </ul>
  </div>
  <div class="r_box"><h3>强国论坛 版主推荐</h3>
    <ul class="list_14"><li><a href="/post/1/1/2/145526310.html" target="_blank">【强国观察】乡村振兴需要什么样的干部</a></li><li><a href="/post/1/1/2/145519874.html" target="_blank">【网友建言】让农民工子女有学上、上好学</a></li></ul>
  </div>
  <div class="r_box"><a href="http://ad.people-like.test/c.do?id=3412" target="_blank"><img src="http://ad.people-like.test/2013/300x250_qglt.jpg" width="300" height="250" alt="" /></a></div>
  <div class="r_box ewm"><img src="/img/2013/qglt_weixin.jpg" width="120" height="120" alt="" /><p>扫一扫，关注强国论坛微信</p></div>
</div>
"""


def post_page(p, cur, last):
    pid = p["pid"]
    n_rep = len(p["replies"]) + len(p["replies2"])
    title = p["subject"] + ("" if cur == 1 else f"_第{cur}页") + "_强国论坛_人民网"
    head = HEAD.format(title=title, kw=f"{p['subject']},强国论坛", desc=p["subject"], pagetype=1, pid=pid)
    reps = p["replies"] if cur == 1 else p["replies2"]
    start = 1 if cur == 1 else len(p["replies"]) + 1
    items = []
    for i, (name, stamp, text) in enumerate(reps, start):
        items.append(f"""      <li id="reply_{pid}_{i}">
        <p class="replyInfo">{user_link(name)} <span class="gray">回复于 {stamp}</span><span class="floor">{i}楼</span></p>
        <p class="replyCon">{text}</p>
        <p class="replyTool"><a href="javascript:void(0);" onclick="replyPost({pid},{i})">回复</a> <a href="javascript:void(0);" onclick="reportPost({pid},{i})">举报</a></p>
      </li>""")
    nav = pager(pid, cur, last)
    main = ""
    if cur == 1:
        main = f"""  <div class="navpage">
    <h2 class="navpage_tit">{p["subject"]}</h2>
    <p class="replayInfo clearfix"><span class="float_l mT10">{user_link(p["author"])}　发表于 {p["time"]}</span><span class="float_r">阅读数：<span class="readNum">{p["reads"]}</span>　回复数：<span class="replyNum">{n_rep}</span>　<a href="/post/1/1/2/{pid}.html?onlyAuthor=1">只看楼主</a></span></p>
    <div class="article scrollFlag" content_path="http://bbs1.qiangguo-like.test/boardfile/2/{p["time"][:10].replace("-", "")}/{pid}.txt">
{body_html(p)}
    </div>
    <div class="tools_bar clearfix">
      <span class="fl"><a href="#reply_form" class="btn_reply">回复</a><a href="javascript:void(0);" onclick="addFavorite({pid})" class="btn_fav">收藏</a><a href="javascript:void(0);" onclick="reportPost({pid},0)" class="btn_report">举报</a></span>
      <span class="fr share">分享到：<a href="javascript:void(0);" class="s_rmwb" title="人民微博">人民微博</a><a href="javascript:void(0);" class="s_sina" title="新浪微博">新浪微博</a><a href="javascript:void(0);" class="s_qzone" title="QQ空间">QQ空间</a><a href="javascript:void(0);" class="s_weixin" title="微信">微信</a></span>
    </div>
  </div>
"""
    body = f"""<div class="w1000 clearfix">
<div class="left">
  <div class="navBar"><a href="http://www.people-like.test/" target="_blank">人民网</a>&gt;&gt;<a href="/">强国社区</a>&gt;&gt;<a href="/board/1/1/2.html">强国论坛</a></div>
{main}  <div class="replyList">
    <h3 class="rl_tit">网友回复<span>（共{n_rep}条）</span></h3>
    {nav}
    <ul class="replyListCon">
{chr(10).join(items)}
    </ul>
    {nav}
  </div>
  <div class="reply_form" id="reply_form"><h3>我要回复</h3><p class="gray">请先<a href="http://passport.people-like.test/login.do?from=qglt" target="_blank">登录</a>，再发表回复。文明上网，理性发言。</p><textarea cols="80" rows="6" disabled="disabled"></textarea><input type="button" class="btn_submit" value="发表回复" disabled="disabled" /></div>
</div>
{side()}</div>
"""
    return head + body + FOOT


def list_page(rows, cur):
    head = HEAD.format(title="强国论坛_人民网", kw="强国论坛,人民网,时政论坛", desc="人民网强国论坛", pagetype=2, pid=0)
    if cur == 1:
        nav = '<div class="page_n clearfix"><span class="common_current">1</span><a href="/board/1/1/2_2.html">2</a><a href="/board/1/1/2_2.html">下一页</a><span class="page_total">共2页</span></div>'
    else:
        nav = '<div class="page_n clearfix"><a href="/board/1/1/2.html">上一页</a><a href="/board/1/1/2.html">1</a><span class="common_current">2</span><span class="page_total">共2页</span></div>'
    body = f"""<div class="w1000 clearfix">
<div class="left">
  <div class="navBar"><a href="http://www.people-like.test/" target="_blank">人民网</a>&gt;&gt;<a href="/">强国社区</a>&gt;&gt;强国论坛</div>
  <div class="board_info"><h2>强国论坛</h2><p>版主：<a href="#">强国版主1</a> <a href="#">强国版主2</a>　<a href="/help/rule.html">论坛规则</a></p></div>
  <table class="board_list" width="100%" cellspacing="0" cellpadding="0">
    <tr class="th"><th class="t_tit">标题</th><th>作者</th><th>阅读/回复</th><th>发表时间</th></tr>
{rows}
  </table>
  {nav}
</div>
{side()}</div>
"""
    return head + body + FOOT


def row(p):
    n = len(p["replies"]) + len(p["replies2"])
    return f'    <tr><td class="t_tit"><a href="{post_url(p["pid"])}" target="_blank">{p["subject"]}</a></td><td>{user_link(p["author"])}</td><td>{p["reads"]}/{n}</td><td class="gray">{p["time"][:16]}</td></tr>'


def build() -> Family:
    fam = Family(
        HOST,
        "人民网 强国论坛 (bbs1.people.com.cn)-like topic pages (GBK; /post/1/1/2/ID.html, navpage / article scrollFlag / replyList)",
        encoding="gbk",
        content_type="text/html",
    )
    for p in POSTS:
        last = 2 if p["replies2"] else 1
        fam.put(post_url(p["pid"]), post_page(p, 1, last))
        if last == 2:
            fam.put(post_url(p["pid"], 2), post_page(p, 2, 2))
            fam.not_documents.append(post_url(p["pid"], 2))
        fam.doc([post_url(p["pid"])], p["speech"], title=p["subject"], published_at=p["time"][:10])
    a, b = POSTS
    other = '    <tr><td class="t_tit"><a href="/post/1/1/2/145530882.html" target="_blank">基层减负，减的到底是什么？</a></td><td>' + user_link("黄河岸边") + '</td><td>3315/47</td><td class="gray">2015-04-18 07:12</td></tr>'
    fam.put("/board/1/1/2.html", list_page(row(a) + "\n" + other, 1))
    fam.put("/board/1/1/2_2.html", list_page(row(b), 2))
    home = HEAD.format(title="强国社区_人民网", kw="强国论坛,强国社区,人民网", desc="人民网强国社区", pagetype=0, pid=0)
    home += f"""<div class="w1000 clearfix">
<div class="left">
  <div class="home_focus"><h2>今日关注</h2><ul class="list_16"><li><a href="{post_url(a["pid"])}" target="_blank">{a["subject"]}</a></li><li><a href="/post/1/1/2/145530882.html" target="_blank">基层减负，减的到底是什么？</a></li></ul></div>
  <div class="home_boards"><h2>论坛导航</h2><ul><li><a href="/board/1/1/2.html">强国论坛</a></li><li><a href="/board/1/1/4.html">深入讨论区</a></li><li><a href="/board/1/1/5.html">中日论坛</a></li><li><a href="/board/1/1/13.html">地方领导留言板</a></li></ul></div>
</div>
{side()}</div>
"""
    fam.put("/", home + FOOT)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /postAction.do\nDisallow: /replyAction.do\n")
    fam.not_documents += ["/", "/board/1/1/2.html", "/board/1/1/2_2.html"]
    fam.noise += [
        "转自县政府门户网站", "没有套话，值得一读", "发表于", "阅读数", "回复数", "只看楼主", "网友回复",
        "回复于", "分享到", "人民微博", "暗访结果在电视台公开，这个办法好", "就怕检查走过场",
        "强国论坛网友言论仅代表其个人观点", "京ICP证000018号", "我要回复", "强国论坛 热帖",
    ]
    return fam
