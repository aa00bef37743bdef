"""A 网易博客 (blog.163.com, 2010–2013 "nb" templates) personal blog as its static pages print it, GBK:
posts at `/blog/static/<userId><y><m-1><d><time>/` with the `nbw-ryt` post box (`h3.title > span.tcnt`,
`blogsep` time, 分类 link into the JS app's `/blog/#m=0&t=1&c=fks_…` hash, 阅读(N)｜评论(N), 字号 大中小),
the text in `div.bct.fc05.fc11.nbw-blog.ztag`, a 转载 entry opening with `本文转载自…《…》` and
`(转载)` after its title, the 推荐 / 转载 / 分享 buttons, 上一篇 / 下一篇, 历史上的今天 / 相关文章 /
最近读者 / 评论 boxes filled by scripts (with `<textarea name="jst">` templates printed in the page),
NetEase footer. Home `/` and `/blog/` are the JS shells (hash links only); the static list is
`/blog/getBlog.do?…&p=N` (query route)."""

from common import SPEECHES, Family, render

HOST = "huangwenjun.blog-163-netease.test"
NICK = "黄文军"
UID = "172643905"
FKS = {"NEB2": "087067087085081066082095087095080087085068087094081071083", "NEB1": "087067087085081066082095087095080087085068087091083069087"}
CAT = "fks_087067087085081066082095087095080087085068087095"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=gbk"/>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7"/>
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@"/>
<meta name="description" content="@@DESC@@"/>
<link rel="stylesheet" href="http://b.bst.126.net/newpage/r/c/c.css?v=1352964838937" type="text/css"/>
<link rel="stylesheet" href="http://b.bst.126.net/newpage/r/c/module.css?v=1352964838937" type="text/css"/>
<link rel="stylesheet" id="nbthemecss" href="http://b.bst.126.net/style/newpage/thmcls/t45/t45.css?v=1352964838937" type="text/css"/>
<script type="text/javascript">
var __fBlogStart = new Date();
var location_ = 'http://huangwenjun.blog-163-netease.test';
var UD = {};
UD.host = {
  userId:172643905
 ,userName:'huangwenjun'
 ,nickName:'黄文军'
 ,imageVersion:4
 ,baseUrl:'http://huangwenjun.blog-163-netease.test/'
 ,gender:'他'
 ,email:'huangwenjun@163.com'
 ,photo163Name:'huangwenjun'
 ,photo163HostName:'huangwenjun'
 ,TOKEN_HTMLMODULE:''
 ,isMultiUserBlog:false
 ,isWumi:true
 ,sRank:-100
};
UD.visitor = { userId:0, userName:'', nickName:'', isOwner:false, isFan:false, isLogin:false };
</script>
</head>
<body id="blog-163-com" class="nb-body nb-tpl-t45">
<div class="nb-topbar bdwb bds0 bdc0">
  <div class="nb-tbar">
    <div class="left">
      <a class="logo" href="http://www.163.com/" target="_blank" title="网易">网易</a>
      <a class="blog" href="http://blog.163.com/" target="_blank">博客</a>
      <a href="http://www.lofter.com/?from=blogtop" target="_blank">LOFTER</a>
      <a href="http://blog.163.com/services/mobile.html" target="_blank">手机博客</a>
    </div>
    <div class="right"><a href="http://blog.163.com/login.do" target="_self">登录</a><span class="sep">|</span><a href="http://reg.163.com/reg/reg.jsp?product=blog" target="_blank">注册</a></div>
  </div>
</div>
<div class="nb-wrap wsy">
<div class="nb-area nb-hd bdwb bds0 bdc0">
  <div class="nb-mt">
    <h1 class="ztag pre"><a href="http://huangwenjun.blog-163-netease.test/" class="fc01">文军的博客</a></h1>
    <p class="pre fc02">一个老教育工作者的读书与工作笔记</p>
    <p class="nb-url"><a href="http://huangwenjun.blog-163-netease.test/">huangwenjun.blog.163.com</a>&nbsp;<span class="fc02 ztag">[订阅]</span></p>
  </div>
  <div class="nb-nav bdwb bds2 bdc0">
    <ul class="clearfix">
      <li><a class="fc03@@N0@@" href="http://huangwenjun.blog-163-netease.test/">首页</a></li>
      <li><a class="fc03@@N1@@" href="http://huangwenjun.blog-163-netease.test/blog/">日志</a></li>
      <li><a class="fc03" href="http://huangwenjun.blog-163-netease.test/album/">相册</a></li>
      <li><a class="fc03" href="http://huangwenjun.blog-163-netease.test/music/">音乐</a></li>
      <li><a class="fc03" href="http://huangwenjun.blog-163-netease.test/collect/">收藏</a></li>
      <li><a class="fc03" href="http://huangwenjun.blog-163-netease.test/friends/">博友</a></li>
      <li><a class="fc03" href="http://huangwenjun.blog-163-netease.test/profile/">关于我</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="nb-area nb-ft ztag">
  <div class="nb-fti fc05">
    <a href="http://corp.163.com/" target="_blank">公司简介</a> - <a href="http://help.163.com/special/007525FT/contactus.html" target="_blank">联系方法</a> - <a href="http://corp.163.com/gb/job/job.html" target="_blank">招聘信息</a> - <a href="http://help.163.com/" target="_blank">客户服务</a> - <a href="http://corp.163.com/gb/legal.html" target="_blank">隐私政策</a> - <a href="http://blog.163.com/services/mobile.html" target="_blank">手机博客</a> - <a href="http://huangwenjun.blog-163-netease.test/rss/" target="_blank">订阅此博客</a>
    <br/>网易公司版权所有 &copy;1997-2013
  </div>
</div>
</div>
<textarea name="jst" id="jst_recent_reader" style="display:none">
{if !!visitors && visitors.length > 0}
<ul class="clearfix">
{list visitors as v}<li><a href="http://blog.163.com/${v.userName}/" target="_blank"><img src="${v.avatarUrl}" class="cwd"/></a><p class="fc07">${v.nickName|escape}</p></li>{/list}
</ul>
{else}<p class="fc07">最近没有读者</p>{/if}
</textarea>
<textarea name="jst" id="jst_comment_list" style="display:none">
{list comments as c}<div class="cmt bdwb bds0 bdc0"><a class="fc03" href="${c.publisherUrl}">${c.publisherNickname|escape}</a><span class="fc07">${c.publishTime|format}</span><p>${c.content}</p></div>{/list}
</textarea>
<script type="text/javascript" src="http://b.bst.126.net/newpage/r/j/e.js?v=1352964838937"></script>
<script type="text/javascript" src="http://b.bst.126.net/newpage/r/j/u.js?v=1352964838937"></script>
<script type="text/javascript" src="http://b.bst.126.net/newpage/r/j/t.js?v=1352964838937"></script>
<script type="text/javascript">
var _ntes_nacc = 'blog';
document.write(unescape("%3Cscript src='http://analytics.163.com/ntes.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">
if (typeof(neteaseTracker) != 'undefined') { neteaseTracker(); }
</script>
</body>
</html>
"""

POSTS = [
    {
        "key": "NEB2",
        "path": "/blog/static/17264390520110201530418/",
        "time": "2011-01-20 15:30:41",
        "cat": "讲话发言",
        "read": 312,
        "comments": 3,
        "epoch": 1295508641000,
        "repost": ("老汪水利", "http://wangjianshe.blog.163.com/blog/static/5518302201101910512245/"),
        "tags": "",
    },
    {
        "key": "NEB1",
        "path": "/blog/static/17264390520125281142257/",
        "time": "2012-06-28 11:42:25",
        "cat": "讲话发言",
        "read": 1048,
        "comments": 7,
        "epoch": 1340854945000,
        "repost": None,
        "tags": ["毕业典礼", "致辞", "校长"],
    },
]

def nav(active):
    return {"N0": " fc03 fs0 nbw-nav-sel" if active == 0 else "", "N1": " fc03 fs0 nbw-nav-sel" if active == 1 else ""}


def post_body(post, speech):
    if post["repost"]:
        name, url = post["repost"]
        paras = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in speech.paras)
        return (
            f'<div class="ztag"><p class="fc07 zz">本文转载自<a class="fc03" href="{url}" target="_blank">{name}</a>《{speech.title}》</p></div>\n'
            f"<div>{paras}</div>"
        )
    parts = []
    for i, p in enumerate(speech.paras):
        parts.append(f'<p style="text-indent: 2em;"><span style="font-size: 14px; font-family: 宋体;">{p}</span></p>')
        if i == 2:
            parts.append(
                '<p style="text-align: center;"><img title="在2012届毕业典礼上的致辞 - 黄文军 - 文军的博客" alt="在2012届毕业典礼上的致辞 - 黄文军 - 文军的博客" style="margin:0 10px 0 0;" src="http://img.ph.126.net/Yk3h0aN2bQ9cVxF1pE8rLw==/2561063456717623711.jpg"  /></p>'
            )
    parts.append("<p>&nbsp;</p>")
    return "\n".join(parts)


def article_page(post, speech, prev, nxt):
    abstract = "&lt;p&gt;" + speech.paras[0] + "&lt;/p&gt;&lt;p&gt;" + speech.paras[1][:60] + "&lt;/p&gt;"
    repost_mark = '&nbsp;&nbsp;<span class="bgc0 fc07 fw0 fs0">(转载)</span>' if post["repost"] else ""
    tags = (
        '<div class="tagsdiv ztag"><span class="fc07">标签：</span>'
        + "&nbsp;".join(
            f'<a class="fc03 m2a" href="http://huangwenjun.blog-163-netease.test/blog/#m=0&amp;t=3&amp;c={t}" >{t}</a>' for t in post["tags"]
        )
        + "</div>"
        if post["tags"]
        else '<div class="tagsdiv ztag"></div>'
    )
    prev_html = (
        f'<div class="pleft thide"><a class="fc03 noul" href="http://huangwenjun.blog-163-netease.test{prev[0]}">&lt;&lt;&nbsp;上一篇：{prev[1]}</a></div>'
        if prev
        else '<div class="pleft thide"></div>'
    )
    next_html = (
        f'<div class="pright thide"><a class="fc03 noul" href="http://huangwenjun.blog-163-netease.test{nxt[0]}">下一篇：{nxt[1]}&nbsp;&gt;&gt;</a></div>'
        if nxt
        else '<div class="pright thide"></div>'
    )
    body = f"""<div class="nb-area nb-cnt clearfix">
<div class="nb-lc">
<div class="nb-mdl lcr m-3"><div class="nb-mc lcr bdwa bds0 bdc0">
<h2 class="nb-mh fc02 bdwb bds0 bdc0">个人资料</h2>
<div class="nb-mb">
<p class="clearfix"><a href="http://huangwenjun.blog-163-netease.test/profile/"><img class="cwd" src="http://img.bimg.126.net/photo/Q3fJ2Vr4qzD1bYxMKy0oTQ==/4802391432651230221.jpg" width="140" height="140"/></a></p>
<p><a class="fc03" href="http://huangwenjun.blog-163-netease.test/profile/">黄文军</a>&nbsp;<span class="fc07">男</span></p>
<p class="fc05">退休中学校长，喜欢读书、写字、种花。</p>
<p><a class="fc03" href="javascript:;">加博友</a>&nbsp;&nbsp;<a class="fc03" href="javascript:;">关注他</a></p>
</div></div></div>
</div>
<div class="nb-rc">
<div class="nbw-ryt ztag clearfix">
  <div class="title pre fs1 clearfix"><h3 class="title pre fs1"><span class="tcnt">{speech.title}</span>{repost_mark}</h3></div>
  <p class="tdep clearfix nbw-act fc06">
    <span class="pleft"><span class="blogsep">{post["time"]}</span>|&nbsp;&nbsp;分类： <a class="fc03 m2a" href="http://huangwenjun.blog-163-netease.test/blog/#m=0&amp;t=1&amp;c={CAT}">{post["cat"]}</a></span>
    <span class="pright fc07 ztag"><span class="zihao">|</span><span class="fc07">字号</span>&nbsp;<span class="ztag fsbtn fc03">大</span><span class="ztag fsbtn fc03">中</span><span class="ztag fsbtn fc03">小</span>&nbsp;<a class="fc03" href="http://huangwenjun.blog-163-netease.test/rss/">订阅</a></span>
  </p>
  {tags}
  <div class="nbw-blog-start"></div>
  <div class="bct fc05 fc11 nbw-blog ztag">
{post_body(post, speech)}
  </div>
  <div class="nbw-blog-end"></div>
  <div class="nbw-fce ztag">
    <div class="clearfix">
      <span class="pleft fc07">阅读(<span id="$_spaniReadCount" class="ztag">{post["read"]}</span>)<span class="sep">｜</span><a class="fc03" href="#comment">评论(<span class="ztag">{post["comments"]}</span>)</a></span>
      <span class="pright ztag"><a class="fc03 noul recom" href="javascript:;"><span class="iblock icn0 icn0-57"></span>推荐</a>&nbsp;&nbsp;<a class="fc03 noul share" href="javascript:;"><span class="iblock icn0 icn0-59"></span>转载</a></span>
    </div>
    <div class="nbw-shr ztag"><span class="fc07">分享到：</span><a href="javascript:;" class="shr-163">网易微博</a><a href="javascript:;" class="shr-sina">新浪微博</a><a href="javascript:;" class="shr-qzone">QQ空间</a><a href="javascript:;" class="shr-renren">人人网</a><a href="javascript:;" class="shr-lofter">LOFTER</a></div>
  </div>
  <div class="nbw-prnx ztag clearfix">
    {prev_html}
    {next_html}
  </div>
  <div class="nbw-bb ztag"><h4 class="fc02">历史上的今天</h4><div class="ztag js-history"><p class="fc07">loading..</p></div></div>
  <div class="nbw-bb ztag"><h4 class="fc02">相关文章</h4><div class="ztag js-related"><p class="fc07">loading..</p></div></div>
  <div class="nbw-bb ztag"><h4 class="fc02">最近读者</h4><div class="ztag js-reader"></div></div>
  <div class="nbw-bb ztag" id="comment"><h4 class="fc02">评论</h4><div class="ztag js-cmts"></div>
    <div class="ztag"><p class="fc07">这篇日志的评论需要<a class="fc03" href="http://blog.163.com/login.do">登录</a>后才能查看和发表</p></div>
  </div>
</div>
</div>
</div>
<textarea class="phide nb-init">
this.p={{ m:2,
          b:2,
          loftPermalink:'',
          id:'fks_{FKS[post["key"]]}',
          blogTitle:'{speech.title}',
          blogAbstract:'{abstract}',
          blogTag:'{",".join(post["tags"]) if post["tags"] else ""}',
          blogUrl:'blog/static/{post["path"].split("/")[3]}',
          isPublished:1,
          istop:false,
          type:{1 if post["repost"] else 0},
          modifyTime:{post["epoch"] + 61000},
          publishTime:{post["epoch"]},
          permalink:'blog/static/{post["path"].split("/")[3]}',
          commentCount:{post["comments"]},
          mainCommentCount:{post["comments"]},
          recommendCount:{post["read"] // 150},
          bsrk:-100,
          publisherId:0,
          recomBlogHome:false,
          currentRecomBlog:false,
          attachmentsFileIds:[],
          groupInfo:{{}},
          friendstatus:'none',
          followstatus:'unFollow',
          pubSucc:'',
          visitorProvince:'',
          visitorCity:'',
          visitorNewUser:false,
          postAddInfo:{{}},
          mset:'000',
          remindgoodnightblog:false,
          isBlackVisitor:false,
          isShowYodaoAd:false,
          hostIntro:'退休中学校长，喜欢读书、写字、种花。',
          hmcon:'1',
          selfRecomBlogCount:'0',
          lofter_single:''
        }}
</textarea>
"""
    title = f"{speech.title} - 黄文军的日志 - 网易博客"
    return render(
        HEAD + body + FOOT,
        TITLE=title,
        KEYWORDS=f"{speech.title},黄文军,网易,网易博客,blog,163,网易,163博客,博客,空间",
        DESC=f"{speech.title},黄文军的网易博客,一个老教育工作者的读书与工作笔记,",
        **nav(1),
    )


def list_page(n, items, pages):
    rows = "\n".join(
        f"""<div class="item bdwb bds0 bdc0">
  <h3 class="title"><a class="fc03 m2a" href="http://huangwenjun.blog-163-netease.test{path}">{title}</a></h3>
  <p class="fc07">{time}&nbsp;|&nbsp;分类：{cat}</p>
</div>"""
        for path, title, time, cat in items
    )
    pager = '<div class="pager fc03">'
    if n > 0:
        pager += f'<a href="http://huangwenjun.blog-163-netease.test/blog/getBlog.do?host=huangwenjun&amp;p={n - 1}">上一页</a>&nbsp;'
    pager += f"<span>第{n + 1}页 / 共{pages}页</span>"
    if n < pages - 1:
        pager += f'&nbsp;<a href="http://huangwenjun.blog-163-netease.test/blog/getBlog.do?host=huangwenjun&amp;p={n + 1}">下一页</a>'
    pager += "</div>"
    body = f"""<div class="nb-area nb-cnt clearfix">
<div class="nb-rc">
<div class="nbw-ryt ztag clearfix">
<h2 class="fc02">日志列表</h2>
{rows}
{pager}
</div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="日志 - 文军的博客 - 网易博客",
        KEYWORDS="黄文军,网易,网易博客,blog,163",
        DESC="黄文军的网易博客,一个老教育工作者的读书与工作笔记,",
        **nav(1),
    )


def shell_page(active):
    cats = [("讲话发言", CAT, 14), ("读书随笔", "fks_087067087085081066082095087095080086081075083095", 36), ("生活点滴", "fks_087067087085081066082095087095080087080068087095", 22)]
    cat_html = "\n".join(
        f'<li><a class="fc03 m2a" href="http://huangwenjun.blog-163-netease.test/blog/#m=0&amp;t=1&amp;c={c}">{name}</a><span class="fc07">({n})</span></li>'
        for name, c, n in cats
    )
    body = f"""<div class="nb-area nb-cnt clearfix" id="blog-163-com-main">
<div class="nb-lc">
<div class="nb-mdl lcr m-3"><div class="nb-mc lcr bdwa bds0 bdc0">
<h2 class="nb-mh fc02 bdwb bds0 bdc0">日志分类</h2>
<div class="nb-mb"><ul class="clearfix">
<li><a class="fc03 m2a" href="http://huangwenjun.blog-163-netease.test/blog/#m=0&amp;t=1">全部日志</a><span class="fc07">(72)</span></li>
{cat_html}
</ul></div></div></div>
</div>
<div class="nb-rc">
<div class="nb-mdl lcr m-2"><div class="nb-mc lcr bdwa bds0 bdc0">
<h2 class="nb-mh fc02 bdwb bds0 bdc0">{'日志' if active == 1 else '最新日志'}</h2>
<div class="nb-mb ztag" id="module_blog_list"><div class="nb-ld fc07">loading...</div></div>
<noscript><p class="fc07">您的浏览器禁用了脚本，<a class="fc03" href="http://huangwenjun.blog-163-netease.test/blog/getBlog.do?host=huangwenjun&amp;p=0">点击这里查看文章列表</a></p></noscript>
<p class="fc07"><a class="fc03" href="http://huangwenjun.blog-163-netease.test/blog/#m=0">文章列表</a></p>
</div></div>
</div>
</div>
<textarea name="js" style="display:none">
window.UD.module = {{ blogList:{{ hostId:{UID}, limit:10, offset:0, mode:'{'list' if active == 1 else 'home'}' }} }};
</textarea>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=("日志 - " if active == 1 else "") + "文军的博客 - 网易博客",
        KEYWORDS="黄文军,网易,网易博客,blog,163",
        DESC="黄文军的网易博客,一个老教育工作者的读书与工作笔记,",
        **nav(active),
    )


def build() -> Family:
    fam = Family(
        HOST,
        "网易博客 (blog.163.com) personal blog, 2010–2013 static post pages, GBK",
        encoding="gbk",
        content_type="text/html;charset=GBK",
    )
    a, b = POSTS  # a older (NEB2), b newer (NEB1)
    sa, sb = SPEECHES[a["key"]], SPEECHES[b["key"]]
    fam.put(a["path"], article_page(a, sa, None, (b["path"], sb.title)))
    fam.put(b["path"], article_page(b, sb, (a["path"], sa.title), None))
    fam.doc([a["path"]], sa, published_at=sa.date)
    fam.doc([b["path"]], sb, published_at=sb.date)
    page0 = [(b["path"], sb.title, b["time"], b["cat"])]
    page1 = [(a["path"], sa.title, a["time"], a["cat"])]
    l0, l1 = list_page(0, page0, 2), list_page(1, page1, 2)
    fam.route("/blog/getBlog.do?host=huangwenjun&p=0", "/blog/getBlog/list-0.html", l0)
    fam.route("/blog/getBlog.do?host=huangwenjun", "/blog/getBlog/list-0.html", l0)
    fam.route("/blog/getBlog.do?host=huangwenjun&p=1", "/blog/getBlog/list-1.html", l1)
    fam.put("/", shell_page(0))
    fam.put("/blog/", shell_page(1))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /prevBlogPerma.do\nDisallow: /nextBlogPerma.do\nDisallow: /editBlog.do\n")
    fam.not_documents += [
        "/",
        "/blog/",
        "/blog/getBlog.do?host=huangwenjun&p=0",
        "/blog/getBlog.do?host=huangwenjun&p=1",
    ]
    fam.noise += [
        "本文转载自",
        "老汪水利",
        "(转载)",
        "阅读(",
        "评论(",
        "分类：",
        "推荐",
        "分享到：",
        "上一篇：",
        "下一篇：",
        "历史上的今天",
        "相关文章",
        "最近读者",
        "网易公司版权所有",
        "退休中学校长",
        "文军的博客",
        "字号",
        "网易博客",
    ]
    return fam
