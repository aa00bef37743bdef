"""A village teacher's personal blog on PJBlog 3 (ASP + Access), stock `default` skin: UTF-8 pages sent by
ASP as `text/html; Charset=UTF-8`; dynamic URLs only (query routes): home `/` (the real `default.asp`),
`default.asp?page=2`, the category `default.asp?cateID=3`, posts `article.asp?id=N`.
Layout as the skin prints it: `#container > #header` (`#blogname` with `#blogTitle`, `#menu` of
`menuA` links), `#mainWrapper > #Tbody` with the left `#sidebar` (`sidepanel` boxes: 用户面板, 日历
`#Calendar`, 日志分类, 最新日志, 最新评论, 友情链接, 站点统计) printed before `#content`; a post is
`#Content_ContentList` with the `pageContent` bar (上一篇/下一篇 images, category + RSS), `div.Content`
(`Content-top` with `h1.ContentTitle` and `h2.ContentAuthor` `作者:… 日期:2012-09-23`, `Content-Info`
字体大小 / weather icons, `#logPanel.Content-body` with the text, 文章来自 / Tags / 相关日志, and
`Content-bottom` 评论 | 引用 | 查看次数), then the guest comments (`commenttop` with `addQuote`,
`commentcontent`) and the 发表评论 form; the blogger's own note before one speech (UBB `<br/>` lines with
full-width indents) and after the other (`<p>` paragraphs from the FCKeditor); home and page 2 print the
part before `[more]` with 阅读全文; footer `Powered By PJBlog3 v3.2.9.518 , Processed in … second(s)`."""

from common import SPEECHES, Family, render

HOST = "www.shouren-blog.test"
BLOG = "守仁斋"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="UTF-8" lang="UTF-8">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta http-equiv="Content-Language" content="UTF-8" />
	<meta name="robots" content="all" />
	<meta name="author" content="chenshouren@126.com,陈守仁" />
	<meta name="Copyright" content="Copyright (c) 2005 - 2011 PJBlog3, all rights reserved." />
	<meta name="keywords" content="@@KEYWORDS@@" />
	<meta name="description" content="@@DESC@@" />
	<meta name="generator" content="PJBlog3" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://@@HOST@@/rsd.asp" />
	<title>@@TITLE@@</title>
	<link rel="alternate" type="application/rss+xml" href="feed.asp" title="订阅 @@BLOG@@ 所有日志(RSS 2.0)" />
	<link rel="alternate" type="application/atom+xml" href="atom.asp" title="订阅 @@BLOG@@ 所有日志(Atom 1.0)" />
	<link rel="icon" href="favicon.ico" type="image/x-icon" />
	<link rel="shortcut icon" href="favicon.ico" type="image/x-icon" />
	<link rel="stylesheet" rev="stylesheet" href="skins/default/global.css" type="text/css" media="all" />
	<link rel="stylesheet" rev="stylesheet" href="skins/default/layout.css" type="text/css" media="all" />
	<link rel="stylesheet" rev="stylesheet" href="skins/default/typography.css" type="text/css" media="all" />
	<link rel="stylesheet" rev="stylesheet" href="skins/default/link.css" type="text/css" media="all" />
	<link rel="stylesheet" rev="stylesheet" href="global.css" type="text/css" media="all" />
	<link rel="stylesheet" rev="stylesheet" href="common/ubbcode.css" type="text/css" media="all" />
	<script type="text/javascript" src="common/common.js"></script>
	<script type="text/javascript" src="common/Ajax.js"></script>
	<script type="text/javascript" src="common/pjblog.js"></script>
	<script type="text/javascript" src="common/UBBCode_help.js"></script>
	<script type="text/javascript">
	//<![CDATA[
	var blogURL = "http://@@HOST@@/";
	//]]>
	</script>
</head>
<body onload="initJS()">
<div id="container">
  <!--顶部-->
  <div id="header">
    <div id="blogname">@@BLOG@@
      <div id="blogTitle">一个乡村老教师的絮语</div>
    </div>
    <div id="menu">
      <div id="Left"></div>
      <div id="Right"></div>
      <ul>
        <li class="menuL"></li>
        <li><a href="default.asp" class="menuA" id="1" title="首页">首页</a></li>
        <li><a href="default.asp?cateID=3" class="menuA" id="2" title="讲话发言">讲话发言</a></li>
        <li><a href="default.asp?cateID=1" class="menuA" id="3" title="教书随笔">教书随笔</a></li>
        <li><a href="default.asp?cateID=2" class="menuA" id="4" title="乡土记忆">乡土记忆</a></li>
        <li><a href="tag.asp" class="menuA" id="5" title="标签">标签</a></li>
        <li><a href="LoadMod.asp?plugins=GuestBookForPJBlog" class="menuA" id="6" title="留言本">留言本</a></li>
        <li class="menuR"></li>
      </ul>
    </div>
  </div>
  <!--内容-->
  <div id="mainWrapper">
    <div id="Tbody">
      <div id="sidebarTop"></div>
      <div id="sidebar">
        <div id="innerSidebar">
          <div id="Side_Site" class="sidepanel">
            <h4 class="Ptitle">用户面板</h4>
            <div class="Pcontent">
              <div class="UserPanel">
                <a href="login.asp" class="sideA" accesskey="7">用户登陆</a>
                <a href="register.asp" class="sideA" accesskey="6">用户注册</a>
              </div>
            </div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_Calendar" class="sidepanel">
            <h4 class="Ptitle">日历</h4>
            <div class="Pcontent"><div id="Calendar"><table class="CalendarTable" cellspacing="1" cellpadding="0"><tr><td colspan="7" class="CalendarTitle">@@CAL@@</td></tr><tr class="week"><td class="sun">日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td class="sat">六</td></tr></table></div></div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_Category" class="sidepanel">
            <h4 class="Ptitle">日志分类</h4>
            <div class="Pcontent">
              <img src="images/icons/1.gif" alt="" style="margin:3px 4px -4px 0px"/><a class="CategoryA" href="default.asp?cateID=3" title="讲话发言">讲话发言 [2]</a> <a href="feed.asp?cateID=3" target="_blank"><img src="images/rss.png" border="0" alt="RSS: 讲话发言" style="margin-bottom:-1px"/></a><br/>
              <img src="images/icons/3.gif" alt="" style="margin:3px 4px -4px 0px"/><a class="CategoryA" href="default.asp?cateID=1" title="教书随笔">教书随笔 [41]</a> <a href="feed.asp?cateID=1" target="_blank"><img src="images/rss.png" border="0" alt="RSS: 教书随笔" style="margin-bottom:-1px"/></a><br/>
              <img src="images/icons/5.gif" alt="" style="margin:3px 4px -4px 0px"/><a class="CategoryA" href="default.asp?cateID=2" title="乡土记忆">乡土记忆 [17]</a> <a href="feed.asp?cateID=2" target="_blank"><img src="images/rss.png" border="0" alt="RSS: 乡土记忆" style="margin-bottom:-1px"/></a><br/>
            </div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_NewLog" class="sidepanel">
            <h4 class="Ptitle">最新日志</h4>
            <div class="Pcontent">@@NEWLOG@@</div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_NewComment" class="sidepanel">
            <h4 class="Ptitle">最新评论</h4>
            <div class="Pcontent"><a class="sideA" href="article.asp?id=89#comm_212" title="山里人 于 2012-10-25 07:46 PM 发表评论">陈老师说得好，退休不褪色。</a><a class="sideA" href="article.asp?id=86#comm_204" title="岭上娃 于 2012-09-23 10:12 PM 发表评论">老师，我是92届的，看了泪目</a></div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_Links" class="sidepanel">
            <h4 class="Ptitle">友情链接</h4>
            <div class="Pcontent"><ul class="Linklist"><li><a class="sideA" href="http://www.pjhome.net" title="PJBlog官方网站" target="_blank">PJHome</a></li><li><a class="sideA" href="http://www.qxzx-jiaoyan.test/" title="县教研室" target="_blank">县教研室</a></li></ul></div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_Info" class="sidepanel">
            <h4 class="Ptitle">站点统计</h4>
            <div class="Pcontent">日志: 60 篇<br/>评论: 233 个<br/>引用: 0 个<br/>会员: 12 人<br/>访问: 86241 次<br/>在线: 3 人<br/>建站时间: 2008-4-12</div>
            <div class="Pfoot"></div>
          </div>
          <div id="Side_Misc" class="sidepanel">
            <h4 class="Ptitle">其他</h4>
            <div class="Pcontent"><a href="feed.asp" target="_blank"><img src="images/rss2.gif" alt="订阅本站的 RSS 2.0 新闻聚合" border="0"/></a><br/><a href="atom.asp" target="_blank"><img src="images/atom.gif" alt="订阅本站的 Atom 1.0 新闻聚合" border="0"/></a></div>
            <div class="Pfoot"></div>
          </div>
        </div>
      </div>
      <div id="sidebarBottom"></div>
      <div id="content">
        <div id="innerContent">
"""

FOOT = """        </div>
      </div>
      <div id="ContentBottom"></div>
    </div>
    <div id="foot">
      <p>Powered By <a href="http://www.pjhome.net" target="_blank" title="PJBlog3 - 博客 Blog 程序"><strong>PJBlog3</strong></a> v3.2.9.518 , Processed in @@SECS@@ second(s) , @@QUERIES@@ queries<br/>
      Skin From <a href="http://www.pjhome.net" target="_blank">PuterJam</a> | Copyright &copy; 2008-2012 <a href="http://@@HOST@@/">守仁斋</a> | <a href="http://www.miibeian.gov.cn/" target="_blank">湘ICP备08012245号</a></p>
    </div>
  </div>
</div>
<script type="text/javascript" src="http://js.users.51.la/4123871.js"></script>
</body>
</html>
"""

# (id, speech, post date, hits, comments, tags, note, note_at ("before"/"after"), style)
POSTS = [
    dict(
        id=86,
        speech=SPEECHES["f42c-3"],
        date="2012-09-23",
        hits=612,
        tags=["校庆", "讲话"],
        style="ubb",
        note="昨天是我们乡中心小学建校六十周年的日子，学校让我这个退了休的老家伙代表教师讲几句。讲稿是熬了两个晚上写的，大会上念的时候好几次哽住了。贴在这里，留个纪念。",
        more=2,
        comments=[
            (204, "岭上娃", "2012-09-23 10:12 PM", "老师，我是92届的，看了泪目。当年您背我们过河的事，我一直记得。"),
            (207, "qxjy_wang", "2012-09-24 08:37 AM", "陈老师讲得实在，没有一句空话。转到我们教研群里了。"),
        ],
    ),
    dict(
        id=89,
        speech=SPEECHES["f42c-4"],
        date="2012-10-24",
        hits=347,
        tags=["重阳", "退休教师", "发言"],
        style="p",
        note="（后记：座谈会开了一个上午，中午在中心学校食堂吃的饭。老同事们说，这篇发言把大家想说的都说了。回来路上碰到老李头，他说下回轮到他讲。一笑。）",
        more=2,
        comments=[
            (212, "山里人", "2012-10-25 07:46 PM", "陈老师说得好，退休不褪色。祝您老重阳快乐！"),
        ],
    ),
]
BY_ID = {p["id"]: p for p in POSTS}
CATE = ("讲话发言", 3)


def art(pid):
    return f"article.asp?id={pid}"


def body_html(post, cut=None):
    speech = post["speech"]
    paras = speech.paras if cut is None else speech.paras[:cut]
    if post["style"] == "ubb":
        # the UBB editor: one run of lines, <br/> between them, full-width spaces for the indent
        lines = [post["note"], ""] + ["　　" + p for p in paras]
        return "<br/>".join(lines)
    out = [f"<p>　　{p}</p>" for p in paras]
    if cut is None:
        out.append(f'<p style="text-align: right;">{post["note"]}</p>')
    return "\n".join(out)


def new_log():
    return "".join(
        f'<a class="sideA" href="{art(p["id"])}" title="{p["speech"].title}">{p["speech"].title[:14]}…</a>'
        for p in sorted(POSTS, key=lambda p: -p["id"])
    ) + '<a class="sideA" href="article.asp?id=85" title="教了一辈子书，才学会听孩子说话">教了一辈子书，才学会听孩子说话</a>'


def page(title, cal, inner, secs, queries, keywords, desc):
    return render(
        HEAD + inner + FOOT,
        TITLE=title,
        KEYWORDS=keywords,
        DESC=desc,
        HOST=HOST,
        BLOG=BLOG,
        CAL=cal,
        NEWLOG=new_log(),
        SECS=secs,
        QUERIES=queries,
    )


def article_page(post, prev, nxt):
    s = post["speech"]
    pid = post["id"]
    bar = []
    if prev:
        bar.append(f'<a href="{art(prev["id"])}" title="上一篇日志: {prev["speech"].title}" accesskey=","><img border="0" src="images/Cprevious.gif" alt="上一篇日志: {prev["speech"].title}"/>上一篇</a>')
    if nxt:
        bar.append(f'<a href="{art(nxt["id"])}" title="下一篇日志: {nxt["speech"].title}" accesskey="."><img border="0" src="images/Cnext.gif" alt="下一篇日志: {nxt["speech"].title}"/>下一篇</a>')
    tags = " ".join(
        f'<a href="default.asp?tag={t}" rel="tag">{t}</a>' for t in post["tags"]
    )
    other = nxt or prev
    comments = "\n".join(
        f"""<div class="comment">
<div class="commenttop"><a name="comm_{cid}" href="javascript:addQuote('{who}','commcontent_{cid}')"><img src="images/icon_quote.gif" border="0" style="margin:0px 4px -3px 0px" alt=""/></a><img src="images/icon_guest.gif" style="margin:0px 4px -3px 0px" alt=""/><strong>{who}</strong> <span class="commentinfo">[{when}]</span></div>
<div class="commentcontent" id="commcontent_{cid}">{text}</div>
</div>"""
        for cid, who, when, text in post["comments"]
    )
    inner = f"""<div id="Content_ContentList" class="content-width"><a name="body" accesskey="B" href="#body"></a>
<div class="pageContent">
  <div style="float:right;width:180px !important;width:auto">
  {' | '.join(bar)}
  </div>
  <img src="images/icons/1.gif" style="margin:0px 2px -4px 0px" alt=""/> <strong><a href="default.asp?cateID={CATE[1]}" title="查看分类: {CATE[0]}">{CATE[0]}</a></strong> <a href="feed.asp?cateID={CATE[1]}" target="_blank" title="订阅所有{CATE[0]}的日志" accesskey="O"><img border="0" src="images/rss.png" alt="订阅所有{CATE[0]}的日志" style="margin-bottom:-1px"/></a>
</div>
<div class="Content">
  <div class="Content-top"><div class="ContentLeft"></div><div class="ContentRight"></div>
    <h1 class="ContentTitle"><strong>{s.title}</strong></h1>
    <h2 class="ContentAuthor">作者:陈守仁 日期:{post["date"]}</h2>
  </div>
  <div class="Content-Info">
    <div class="InfoOther">字体大小: <a href="javascript:SetFont('12px')" accesskey="1">小</a> <a href="javascript:SetFont('14px')" accesskey="2">中</a> <a href="javascript:SetFont('16px')" accesskey="3">大</a></div>
    <div class="InfoAuthor"><img src="images/weather/hn2_sunny.gif" style="margin:0px 2px -6px 0px" alt=""/><img src="images/weather/hn2_t_sunny.gif" alt=""/> <img src="images/level3.gif" style="margin:0px 2px -1px 0px" alt=""/></div>
  </div>
  <div id="logPanel" class="Content-body">
{body_html(post)}
    <br/><br/>
  </div>
  <div class="Content-body">
    <img src="images/From.gif" style="margin:4px 2px -4px 0px" alt=""/><strong>文章来自:</strong> <a href="http://{HOST}/" target="_blank">本站原创</a><br/>
    <img src="images/tag.gif" style="margin:4px 2px -4px 0px" alt=""/><strong>Tags:</strong> {tags}<br/>
    <img src="images/notify.gif" style="margin:0px 2px -4px 0px" alt=""/><strong>相关日志:</strong>
    <div class="Content-body" id="related_tag" style="margin-left:25px"><a href="{art(other["id"])}" title="{other["speech"].title}">{other["speech"].title}</a><br/></div>
  </div>
  <div class="Content-bottom"><div class="ContentBLeft"></div><div class="ContentBRight"></div>评论: {len(post["comments"])} | <a href="trackback.asp?tbID={pid}&amp;action=view" target="_blank">引用: 0</a> | 查看次数: {post["hits"]}</div>
</div>
</div>
<div class="content-width">
<a name="comm_top" href="#comm_top" accesskey="C"></a>
{comments}
</div>
<div class="content-width">
<div id="MsgContent" style="width:94%">
  <div id="MsgHead">发表评论</div>
  <div id="MsgBody">
  <form name="frm" action="blogcomm.asp" method="post" onsubmit="return VerifyMessage()" style="margin:0px">
  <table width="100%" cellpadding="0" cellspacing="0">
  <tr><td align="right" width="70"><strong>昵 称:</strong></td><td align="left" style="padding:3px;"><input name="username" type="text" size="18" class="userpass" maxlength="24"/> 密 码: <input name="password" type="password" size="18" class="userpass" maxlength="24"/> 游客发言不需要密码.</td></tr>
  <tr><td align="right" width="70"><strong>验证码:</strong></td><td align="left" style="padding:3px;"><input name="validate" type="text" size="4" class="userpass" maxlength="4" onfocus="this.select()"/> <img id="vcodeImg" src="common/getcode.asp" alt="验证码,看不清楚?请点击刷新验证码" style="cursor:pointer;margin-bottom:-2px" onclick="this.src='common/getcode.asp?s='+Math.random();"/></td></tr>
  <tr><td align="right" width="70" valign="top"><strong>内 容:</strong><br/></td><td style="padding:2px;"><textarea name="Message" class="editTextarea" style="width:99%;height:150px" cols="1" rows="1" accesskey="R"></textarea></td></tr>
  <tr><td align="right" width="70" valign="top"><strong>选 项:</strong></td><td align="left" style="padding:3px;"><label for="label"><input name="log_disImg" type="checkbox" id="label" value="1"/>禁止表情转换</label> <label for="label2"><input name="log_disURL" type="checkbox" id="label2" value="1"/>禁止自动转换链接</label> <label for="label3"><input name="log_disKey" type="checkbox" id="label3" value="1"/>禁止自动转换关键字</label></td></tr>
  <tr><td colspan="2" align="center" style="padding:3px;"><input name="logID" type="hidden" value="{pid}"/><input name="action" type="hidden" value="post"/><input name="submit2" type="submit" class="userbutton" value="发表评论" accesskey="S"/> <input name="button" type="reset" class="userbutton" value="重写"/></td></tr>
  <tr><td colspan="2" align="right"><a href="register.asp">用户注册</a> | <a href="login.asp">用户登录</a>　发表评论 字数限制 1000 字节</td></tr>
  </table>
  </form>
  </div>
</div>
</div>
"""
    y, m, _ = post["date"].split("-")
    return page(
        f"{BLOG} - {s.title}",
        f"{y}年{int(m)}月",
        inner,
        "0.078125",
        9,
        ",".join(post["tags"]),
        s.paras[1][:100],
    )


def intro(post):
    s = post["speech"]
    return f"""<div class="Content">
  <div class="Content-top"><div class="ContentLeft"></div><div class="ContentRight"></div>
    <h1 class="ContentTitle"><a class="titleA" href="{art(post["id"])}">{s.title}</a></h1>
    <h2 class="ContentAuthor">作者:陈守仁 日期:{post["date"]}</h2>
  </div>
  <div class="Content-body">
{body_html(post, post["more"])}
    <p><a href="{art(post["id"])}#more" class="more">阅读全文</a></p>
  </div>
  <div class="Content-bottom"><div class="ContentBLeft"></div><div class="ContentBRight"></div>分类:<a href="default.asp?cateID={CATE[1]}">{CATE[0]}</a> | <a href="{art(post["id"])}">固定链接</a> | <a href="{art(post["id"])}#comm_top">评论: {len(post["comments"])}</a> | 引用: 0 | 查看次数: {post["hits"]}</div>
</div>
"""


def filler(pid, title, date, text, cate=("教书随笔", 1)):
    return f"""<div class="Content">
  <div class="Content-top"><div class="ContentLeft"></div><div class="ContentRight"></div>
    <h1 class="ContentTitle"><a class="titleA" href="{art(pid)}">{title}</a></h1>
    <h2 class="ContentAuthor">作者:陈守仁 日期:{date}</h2>
  </div>
  <div class="Content-body">{text}
    <p><a href="{art(pid)}#more" class="more">阅读全文</a></p>
  </div>
  <div class="Content-bottom"><div class="ContentBLeft"></div><div class="ContentBRight"></div>分类:<a href="default.asp?cateID={cate[1]}">{cate[0]}</a> | <a href="{art(pid)}">固定链接</a> | <a href="{art(pid)}#comm_top">评论: 0</a> | 引用: 0 | 查看次数: 88</div>
</div>
"""


def pager(n, total, base):
    # PJBlog's MultiPage: a right-floated page box above and below the list
    items = []
    if n > 1:
        items.append(f'<a href="{base}page=1" title="首页">|&lt;</a> <a href="{base}page={n - 1}" title="上一页">&lt;&lt;</a>')
    for i in range(1, total + 1):
        items.append(f"<strong>{i}</strong>" if i == n else f'<a href="{base}page={i}">{i}</a>')
    if n < total:
        items.append(f'<a href="{base}page={n + 1}" title="下一页">&gt;&gt;</a> <a href="{base}page={total}" title="尾页">&gt;|</a>')
    return f'<div class="pageContent"><div class="page" style="float:right"><ul><li class="pageNumber">{" ".join(items)}</li></ul></div><div style="padding:4px">共 {total * 2} 篇日志</div></div>'


FILLER_A = (88, "重阳节前回岭上村小看看", "2012-10-20", "　　前天搭村里的摩托车回了一趟岭上村小。学校早几年就撤了，教室改成了村里的老年活动室……<br/>")
FILLER_B = (87, "教了一辈子书，才学会听孩子说话", "2012-10-02", "　　孙子上二年级了，放假回来跟我说学校里的事，我听着听着就想起当年班上那些孩子……<br/>")


def build() -> Family:
    fam = Family(
        HOST,
        "personal blog on PJBlog 3 (ASP, stock default skin, article.asp?id=N, sidebar before content, UBB <br/> post and FCKeditor <p> post, [more] intros)",
        content_type="text/html; Charset=UTF-8",
        site_note="ASP pages: Response.Charset prints `Charset=UTF-8`; every URL is dynamic (query routes) except the home `/`",
    )
    older, newer = POSTS[0], POSTS[1]
    fam.route(f"/{art(older['id'])}", f"/asp_cache/article-{older['id']}.html", article_page(older, None, newer))
    fam.route(f"/{art(newer['id'])}", f"/asp_cache/article-{newer['id']}.html", article_page(newer, older, None))
    for post in POSTS:
        fam.doc([f"/{art(post['id'])}"], post["speech"], published_at=post["date"])
    home_inner = (
        pager(1, 2, "default.asp?")
        + intro(newer)
        + filler(*FILLER_A)
        + pager(1, 2, "default.asp?")
    )
    fam.put("/", page(f"{BLOG} - 一个乡村老教师的絮语", "2012年10月", home_inner, "0.046875", 12, "乡村教师,教育,随笔", "守仁斋 - 一个乡村老教师的絮语"))
    p2_inner = pager(2, 2, "default.asp?") + filler(*FILLER_B) + intro(older) + pager(2, 2, "default.asp?")
    fam.route("/default.asp?page=2", "/asp_cache/default-page2.html", page(f"{BLOG} - 一个乡村老教师的絮语", "2012年10月", p2_inner, "0.0625", 12, "乡村教师,教育,随笔", "守仁斋 - 一个乡村老教师的絮语"))
    cate_inner = (
        f'<div class="pageContent"><img src="images/icons/1.gif" style="margin:0px 2px -4px 0px" alt=""/> <strong>{CATE[0]}</strong></div>'
        + intro(newer)
        + intro(older)
        + pager(1, 1, f"default.asp?cateID={CATE[1]}&amp;")
    )
    fam.route(f"/default.asp?cateID={CATE[1]}", "/asp_cache/default-cate3.html", page(f"{BLOG} - {CATE[0]}", "2012年10月", cate_inner, "0.03125", 10, CATE[0], f"{BLOG} - {CATE[0]}"))
    fam.not_documents += ["/", "/default.asp?page=2", f"/default.asp?cateID={CATE[1]}"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /blogcomm.asp\nDisallow: /ConContent.asp\n")
    fam.noise += [
        BLOG,
        "一个乡村老教师的絮语",
        "作者:陈守仁",
        "字体大小",
        "文章来自",
        "本站原创",
        "相关日志",
        "查看次数",
        "引用: 0",
        "阅读全文",
        "发表评论",
        "游客发言不需要密码",
        "禁止表情转换",
        "用户面板",
        "日志分类",
        "最新日志",
        "最新评论",
        "站点统计",
        "PJBlog3",
        "Processed in",
        "湘ICP备08012245号",
        "当年您背我们过河的事",
        "转到我们教研群里了",
        "退休不褪色",
        POSTS[0]["note"],
        POSTS[1]["note"],
    ]
    return fam
