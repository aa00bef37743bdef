"""An industry association site on DTCMS (ASP.NET, URL rewrite) with the default `main` template:
`/news/show-N.html` articles (`div.meta` h2 + info spans, click counter by `submit_ajax.ashx`, `div.entry`),
a long speech split by the editor's page break into `show-N.html` / `show-N-2.html` with the `digg`
pager, 上一篇/下一篇, the comment box (ajax list, 验证码), list `/news/12.html` → `/news/12/2.html`."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.rjxh-assoc.test"

ARTS = [
    (SPEECHES["f41b-3"], 128, "2024-01-15 10:26:31", 2),
    (SPEECHES["f41b-4"], 131, "2024-02-04 15:08:12", 1),
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link rel="stylesheet" type="text/css" href="/templates/main/css/style.css" />
<link rel="stylesheet" type="text/css" href="/css/pagination.css" />
<script type="text/javascript" charset="utf-8" src="/scripts/jquery/jquery-1.11.2.min.js"></script>
<script type="text/javascript" charset="utf-8" src="/scripts/jquery/Validform_v5.3.2_min.js"></script>
<script type="text/javascript" charset="utf-8" src="/scripts/artdialog/dialog-plus-min.js"></script>
<script type="text/javascript" charset="utf-8" src="/templates/main/js/common.js"></script>
</head>

<body id="@@BODYID@@">
<!--页面头部-->
<div class="header">
  <div class="head-top">
    <div class="section">
      <div class="left-box">
        <span>市软件行业协会欢迎您！</span>
        <a target="_blank" href="/">官方首页</a>
        <a target="_blank" href="/contact.html">联系我们</a>
      </div>
      <script type="text/javascript">
        $.ajax({
          type: "POST",
          url: "/tools/submit_ajax.ashx?action=user_check_login",
          dataType: "json",
          timeout: 20000,
          success: function (data, textStatus) {
            if (data.status == 1) {
              $("#menu").prepend('<a href="/user/center/index.html">会员中心</a><strong>|</strong><a href="/user/logout.html">退出</a>');
            } else {
              $("#menu").prepend('<a href="/login.html">登录</a><strong>|</strong><a href="/register.html">注册</a>');
            }
          }
        });
      </script>
      <div id="menu" class="right-box"><a href="/content/about.html"><i class="iconfont icon-help"></i>帮助中心</a></div>
    </div>
  </div>
  <div class="head-nav">
    <div class="section">
      <div class="logo"><a href="/"><img src="/templates/main/images/logo.png" /></a></div>
      <div class="nav-box">
        <ul>
          <li class="index"><a href="/">首页</a></li>
          <li class="news"><a href="/news.html">协会动态</a></li>
          <li class="photo"><a href="/photo.html">会员风采</a></li>
          <li class="down"><a href="/down.html">资料下载</a></li>
          <li class="goods"><a href="/content/about.html">关于协会</a></li>
        </ul>
      </div>
      <div class="search-box">
        <div class="input-box"><input id="keywords" name="keywords" type="text" onkeydown="if(event.keyCode==13){SiteSearch('/search.html', '#keywords');return false};" placeholder="输入关健字" x-webkit-speech="" /></div>
        <a href="javascript:;" onclick="SiteSearch('/search.html', '#keywords');"><i class="iconfont icon-search"></i></a>
      </div>
    </div>
  </div>
</div>
<!--/页面头部-->
"""

FOOT = """<!--页面底部-->
<div class="footer">
  <div class="section">
    <div class="foot-nav">
      <a href="/content/about.html">关于协会</a><strong>|</strong>
      <a href="/content/contact.html">联系我们</a><strong>|</strong>
      <a href="/feedback.html">留言反馈</a><strong>|</strong>
      <a href="/link.html">友情链接</a>
    </div>
    <div class="foot-box">
      <div class="copyright">
        <p>版权所有 市软件行业协会　地址：新华路88号科技大厦11层　电话：0551-62881234</p>
        <p><a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备16023456号-1</a>　Copyright &copy; 2016-2024 rjxh-assoc.test All Rights Reserved.</p>
      </div>
    </div>
  </div>
</div>
<!--/页面底部-->
</body>
</html>
"""


def url_of(i, page=1):
    nid = ARTS[i][1]
    return f"/news/show-{nid}.html" if page == 1 else f"/news/show-{nid}-{page}.html"


def pager(i, page, pages):
    if pages == 1:
        return ""
    out = []
    out.append('<span class="disabled">«上一页</span>' if page == 1 else f'<a href="{url_of(i, page - 1)}">«上一页</a>')
    for n in range(1, pages + 1):
        out.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{url_of(i, n)}">{n}</a>')
    out.append('<span class="disabled">下一页»</span>' if page == pages else f'<a href="{url_of(i, page + 1)}">下一页»</a>')
    return '<!--内容分页-->\n      <div class="page-box" style="margin:15px 0 0;"><div class="digg">' + "".join(out) + "</div></div>\n      <!--/内容分页-->"


def article(i, page, runs):
    s, nid, stamp, pages = ARTS[i]
    paras = "\n".join(f"<p>　　{p}</p>" for p in runs[page - 1])
    prev_next_i = 1 - i
    if i == 0:
        assist = f'<p>上一篇：没有了</p>\n          <p>下一篇：<a href="{url_of(1)}">{ARTS[1][0].title}</a></p>'
    else:
        assist = f'<p>上一篇：<a href="{url_of(0)}">{ARTS[0][0].title}</a></p>\n          <p>下一篇：没有了</p>'
    body = """
<div class="section">
  <div class="location">
    <span>当前位置：</span>
    <a href="/">首页</a> &gt;
    <a href="/news.html">协会动态</a> &gt;
    <a href="/news/12.html">协会要闻</a>
  </div>
</div>

<div class="section clearfix">
  <div class="left-925">
    <div class="bg-wrap">
      <div class="article-box">
        <!--内容-->
        <div class="meta">
          <h2>@@H2@@</h2>
          <div class="info">
            <span><i class="iconfont icon-date"></i>@@STAMP@@</span>
            <span><i class="iconfont icon-comment"></i><script type="text/javascript" src="/tools/submit_ajax.ashx?action=view_comment_count&id=@@NID@@"></script>人评论</span>
            <span><i class="iconfont icon-view"></i><script type="text/javascript" src="/tools/submit_ajax.ashx?action=view_article_click&channel_id=1&id=@@NID@@&click=1"></script>次浏览</span>
          </div>
        </div>
        <div class="entry">
@@PARAS@@
        </div>
      @@PAGER@@
        <!--/内容-->

        <!--上下篇-->
        <div class="assist">
          @@ASSIST@@
        </div>
        <!--/上下篇-->

        <!--网友评论-->
        <div class="comment-box">
          <div class="comment-title"><h2>网友评论</h2></div>
          <form id="comment_form" name="comment_form" class="form-box" url="/tools/submit_ajax.ashx?action=comment_add&channel_id=1&article_id=@@NID@@">
            <div class="avatar-box"><i class="iconfont icon-user-full"></i></div>
            <div class="conn-box">
              <div class="editor"><textarea id="txtContent" name="txtContent" sucmsg=" " datatype="*" nullmsg="请填写评论内容！"></textarea></div>
              <div class="subcon">
                <input id="btnSubmit" name="submit" type="submit" value="提交评论" class="btn" />
                <span>验证码：</span>
                <input id="txtCode" name="txtCode" type="text" class="input small" datatype="s4-4" errormsg="请填写4位验证码" sucmsg=" " onkeydown="if(event.keyCode==13){return false}" />
                <a href="javascript:;" onclick="ToggleCode(this, '/tools/verify_code.ashx');return false;"><img src="/tools/verify_code.ashx" width="80" height="22" style="vertical-align:middle;" /> 看不清楚？</a>
              </div>
            </div>
          </form>
          <ul id="comment_list" class="comment-list"></ul>
          <!--放置页码-->
          <div class="page-box" style="margin:15px 0 0;"><div id="pagination" class="digg"></div></div>
          <!--/放置页码-->
        </div>
        <script type="text/javascript">
          $(function(){
            //初始化评论列表
            pageInitComment(@@NID@@, 5);
            //初始化发表评论表单
            AjaxInitForm('#comment_form', '#btnSubmit', 1);
          });
        </script>
        <!--/网友评论-->
      </div>
    </div>
  </div>

  <div class="left-220">
    <div class="bg-wrap nobg">
      <div class="sidebar-box">
        <h4>协会动态</h4>
        <ul class="navbar">
          <li><h5><a href="/news/12.html">协会要闻</a></h5></li>
          <li><h5><a href="/news/13.html">通知公告</a></h5></li>
          <li><h5><a href="/news/14.html">行业资讯</a></h5></li>
        </ul>
      </div>
      <div class="sidebar-box">
        <h4>热门资讯</h4>
        <ul class="side-img-list">
          <li><div class="txt-box"><a href="@@OTHER@@">@@OTHERT@@</a><span>@@OTHERD@@</span></div></li>
        </ul>
      </div>
    </div>
  </div>
</div>
"""
    other = 1 - i
    return render(
        HEAD + body + FOOT,
        TITLE=f"{s.title} - 协会要闻 - 市软件行业协会",
        KW=s.title,
        DESC=s.paras[1][:80],
        BODYID="news",
        H2=s.title,
        STAMP=stamp,
        NID=nid,
        PARAS=paras,
        PAGER=pager(i, page, pages),
        ASSIST=assist,
        OTHER=url_of(other),
        OTHERT=ARTS[other][0].title,
        OTHERD=ARTS[other][2][:10],
    )


def listing(page):
    i = 1 if page == 1 else 0
    s, nid, stamp, _ = ARTS[i]
    item = f"""<li>
            <a class="img-box" href="{url_of(i)}"><img src="/upload/202401/nopic.jpg" /></a>
            <div class="info">
              <h3><a href="{url_of(i)}">{s.title}</a></h3>
              <p>{s.paras[1][:70]}…</p>
              <span><i class="iconfont icon-date"></i>{stamp}<i class="iconfont icon-view"></i>236</span>
            </div>
          </li>"""
    if page == 1:
        digg = '<span class="disabled">«上一页</span><span class="current">1</span><a href="/news/12/2.html">2</a><a href="/news/12/2.html">下一页»</a>'
    else:
        digg = '<a href="/news/12.html">«上一页</a><a href="/news/12.html">1</a><span class="current">2</span><span class="disabled">下一页»</span>'
    body = f"""
<div class="section">
  <div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/news.html">协会动态</a> &gt; <a href="/news/12.html">协会要闻</a></div>
</div>
<div class="section clearfix">
  <div class="left-925">
    <div class="bg-wrap">
      <div class="main-tit"><h2>协会要闻</h2></div>
      <div class="rule-list">
        <ul class="n-list">
          {item}
        </ul>
      </div>
      <!--页码列表-->
      <div class="page-box" style="margin:5px 0 0 5px;"><div class="digg">{digg}</div></div>
      <!--/页码列表-->
    </div>
  </div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="协会要闻 - 市软件行业协会", KW="协会要闻", DESC="协会要闻", BODYID="news")


def home():
    s, nid, stamp, _ = ARTS[1]
    body = f"""
<div class="section">
  <div class="main-tit"><h2>协会动态</h2><p><a href="/news.html">更多<i>+</i></a></p></div>
  <div class="wrapper clearfix">
    <ul class="txt-list">
      <li><a href="{url_of(1)}">{s.title}</a><span>{stamp[5:10]}</span></li>
      <li><a href="/news/12.html">协会要闻</a></li>
    </ul>
  </div>
</div>
"""
    return render(HEAD + body + FOOT, TITLE="市软件行业协会", KW="软件行业协会", DESC="市软件行业协会官方网站", BODYID="index")


def build() -> Family:
    fam = Family(HOST, "industry association site on DTCMS (ASP.NET) default main template")
    fam.put("/", home())
    fam.put("/news/12.html", listing(1))
    fam.put("/news/12/2.html", listing(2))
    fam.not_documents += ["/", "/news/12.html", "/news/12/2.html"]
    for i, (s, nid, stamp, pages) in enumerate(ARTS):
        runs = split_paras(s.paras, pages)
        urls = [url_of(i, p) for p in range(1, pages + 1)]
        for p in range(1, pages + 1):
            fam.put(urls[p - 1], article(i, p, runs))
        fam.doc(urls, s, published_at=stamp[:10])
        fam.not_documents += urls[1:]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /tools/\nDisallow: /user/\n")
    fam.noise += ["当前位置", "次浏览", "人评论", "上一篇", "下一篇", "网友评论", "提交评论", "验证码", "热门资讯",
                  "皖ICP备16023456号-1", "版权所有", "«上一页", "下一页»"]
    fam.note = "the 代表大会 report runs over show-128.html and show-128-2.html (digg pager); dates are the posting times the pages print"
    return fam
