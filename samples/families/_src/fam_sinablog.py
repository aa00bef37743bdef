"""A personal blog in Sina Blog's 2010s template: the sidebar with the 个人资料 profile box comes
before the article in the page, tags and 分类 line, 前一篇/后一篇, static comment list."""

from common import SPEECHES, Family, render

HOST = "blog.xinlang.test"
UID = "1191258123"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<link href="http://simg.sinajs.cn/blog7style/css/common/common.css" type="text/css" rel="stylesheet" />
<link href="http://simg.sinajs.cn/blog7newtpl/css/30/30_1/t.css" type="text/css" rel="stylesheet" id="themeLink" />
<script type="text/javascript">
var scope = {
    $newTray : 1,
    $setDomain : true,
    $uid : "@@UID@@",
    $PRODUCT_NAME : "blog7",
    $pageid : "@@PAGEID@@",
    $private: {"cms":0,"hidecms":0,"blogsize":0,"ad":0,"sms":0,"tj":1,"p4p":0,"spamcms":0,"pageset":0,"invitationset":0,"oauth_ad":0,"articletj":0},
    $articleid:"@@ARTID@@",
    $sort_id : "3",
    $x_quote_c : "0"
};
</script>
</head>
<body>
<div id="sinablogb">
<div class="sinatopbar">
  <div class="sinatopbar_in"><a href="http://www.sina.com.cn/" target="_blank">新浪首页</a> <a href="/">博客首页</a> <a href="http://login.sina.com.cn/" target="_blank">登录</a> <a href="http://login.sina.com.cn/signup/" target="_blank">注册</a> <a href="http://control.blog.sina.com.cn/admin/article/article_add.php" target="_blank">发博文</a></div>
</div>
<div class="sinablogbody" id="sinablogbody">
<div id="sinablogHead" class="sinabloghead">
  <div id="blogTitle" class="blogtitle"><h1><a href="/"><span id="blognamespan">老周的博客</span></a></h1><div id="bloglink" class="bloglink"><a href="/">http://blog.xinlang.test/laozhou</a> <a href="javascript:;" class="CP_a_fuc">[订阅]</a> <a href="javascript:;" class="CP_a_fuc">[手机订阅]</a></div></div>
  <div class="blognav" id="blognav">
    <div class="blognavBg"></div>
    <div class="blognavInfo"><span><a href="/">首页</a></span><span><a href="/s/articlelist_@@UID@@_0_1.html">博文目录</a></span><span><a href="/s/album_@@UID@@.html">图片</a></span><span class="last"><a href="/s/profile_@@UID@@.html">关于我</a></span></div>
  </div>
</div>
<div class="sinablogbodyWrap" id="sinablogBody">
<div class="SG_colW21 SG_colFirst">
  <div id="module_901" class="SG_conn">
    <div class="SG_connHead"><span class="title" comp_title="个人资料">个人资料</span></div>
    <div class="SG_connBody">
      <div class="info">
        <div class="info_img" id="comment_get_ar_img"><img src="http://portrait2.sinaimg.cn/@@UID@@/blog/180" id="comment_get_ar_img" real_src="http://portrait2.sinaimg.cn/@@UID@@/blog/180" alt="" /></div>
        <div class="info_txt">
          <div class="info_nm"><span><strong id="ownernick">老周</strong></span></div>
          <div class="info_btn1"><a class="SG_aBtn" href="javascript:;"><cite>加好友</cite></a><a class="SG_aBtn" href="javascript:;"><cite>发纸条</cite></a></div>
          <div class="info_btn2"><a href="javascript:;">写留言</a> <a href="javascript:;">加关注</a></div>
        </div>
        <div class="info_list">
          <ul class="info_list1">
            <li><span class="SG_txtc">博客等级：</span><span id="comp_901_grade"><img src="http://simg.sinajs.cn/blog7style/images/common/sg_trans.gif" class="SG_icon" title="11" /></span></li>
            <li><span class="SG_txtc">博客积分：</span><span id="comp_901_score"><strong>2187</strong></span></li>
          </ul>
          <ul class="info_list2">
            <li><span class="SG_txtc">博客访问：</span><span id="comp_901_pv"><strong>386,402</strong></span></li>
            <li><span class="SG_txtc">关注人气：</span><span id="comp_901_attention"><strong>1,024</strong></span></li>
          </ul>
        </div>
        <div class="info_intro">退休语文教师，爱好书法和写作。这里记录生活点滴，也存放我写过的一些讲话和发言稿，欢迎朋友们参考交流。</div>
      </div>
    </div>
    <div class="SG_connFoot"></div>
  </div>
  <div id="module_903" class="SG_conn">
    <div class="SG_connHead"><span class="title">分类</span></div>
    <div class="SG_connBody"><ul class="list_009"><li><a href="/s/articlelist_@@UID@@_3_1.html">生活随笔</a><em>(86)</em></li><li><a href="/s/articlelist_@@UID@@_4_1.html">讲话发言</a><em>(42)</em></li></ul></div>
  </div>
  <div id="module_904" class="SG_conn">
    <div class="SG_connHead"><span class="title">评论</span></div>
    <div class="SG_connBody"><ul class="list_009"><li><a href="javascript:;">山里红</a>：写得真好，学习了</li><li><a href="javascript:;">晴川</a>：周老师好文笔</li></ul></div>
  </div>
</div>
<div class="SG_colW73">
"""

FOOT = """</div>
</div>
</div>
<div id="diywidget" class="SG_footer">
  <p><a href="http://corp.sina.com.cn/chn/" target="_blank">新浪BLOG意见反馈留言板</a>　<a href="http://help.sina.com.cn/" target="_blank">欢迎批评指正</a></p>
  <p><a href="http://corp.sina.com.cn/chn/" target="_blank">新浪简介</a> | <a href="http://corp.sina.com.cn/eng/" target="_blank">About Sina</a> | <a href="http://emarketing.sina.com.cn/" target="_blank">广告服务</a> | <a href="http://www.sina.com.cn/contactus.html" target="_blank">联系我们</a></p>
  <p class="copyright">Copyright &copy; 1996 - 2024 SINA Corporation, All Rights Reserved</p>
  <p>新浪公司 <a href="http://www.sina.com.cn/intro/copyright.shtml" target="_blank">版权所有</a>　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证000007号</a></p>
</div>
</div>
<script type="text/javascript" src="http://sjs.sinajs.cn/blog7common/js/boot.js"></script>
<script type="text/javascript">__load_js();</script>
<script type="text/javascript">__render_page();</script>
<script type="text/javascript" src="http://d1.sina.com.cn/litong/zhitou/sinaads/release/sinaads.js"></script>
</body>
</html>
"""

POSTS = [
    # speech, article id, time, tags, category, paragraph style, comments
    (
        SPEECHES["B1"],
        "4701280b0102e7gh",
        "21:18:06",
        ["婚礼", "致辞", "父亲"],
        ("生活随笔", 3),
        "div",
        [
            ("山里红", "2024-05-04 08:12:33", "说得真好，看哭了。当父亲的心情都一样。"),
            ("晴川", "2024-05-04 10:40:02", "收藏了，明年我儿子结婚也要讲话。"),
        ],
    ),
    (
        SPEECHES["B2"],
        "4701280b0102e8a1",
        "16:02:51",
        ["退休", "发言", "感谢"],
        ("讲话发言", 4),
        "p",
        [("晴川", "2024-06-29 09:05:17", "周老师退休快乐！")],
    ),
]


def content_html(speech, style):
    if style == "div":
        # pasted from Word into the old editor: one <div> per line with &nbsp; indents and blank <div>s
        return "\n".join(
            f"<div>&nbsp; &nbsp; &nbsp; &nbsp;{p}</div>\n<div><br /></div>" for p in speech.paras
        )
    return "\n".join(f'<p STYLE="text-indent:2em;">{p}</p>' for p in speech.paras)


def post_page(i):
    speech, aid, hhmm, tags, (cat, cat_id), style, comments = POSTS[i]
    tag_html = "".join(
        f'<h3><a href="http://search.sina.com.cn/?c=blog&amp;q={t}&amp;by=tag" target="_blank">{t}</a></h3>'
        for t in tags
    )
    prev_html = next_html = '<span class="SG_txtb">前一篇：</span>'
    if i + 1 < len(POSTS):
        p = POSTS[i + 1]
        prev_html = (
            f'<div><span class="SG_txtb">前一篇：</span><a href="/s/blog_{p[1]}.html">{p[0].title}</a></div>'
        )
    else:
        prev_html = ""
    if i > 0:
        n = POSTS[i - 1]
        next_html = (
            f'<div><span class="SG_txtb">后一篇：</span><a href="/s/blog_{n[1]}.html">{n[0].title}</a></div>'
        )
    else:
        next_html = ""
    comment_html = "\n".join(
        f"""<li id="cmt_{k}" class="SG_j_linedot1"><p class="myReFrom"><span class="SG_revert_Tit"><a href="javascript:;">{who}</a></span><em class="SG_txtc">{when}</em></p><div class="SG_revert_Inner SG_txtb">{what}</div><p class="myRe"><a href="javascript:;">回复</a></p></li>"""
        for k, (who, when, what) in enumerate(comments)
    )
    body = """  <div id="module_920" class="SG_conn">
    <div class="SG_connBody">
      <div class="artical" id="articlebody">
        <div class="articalTitle">
          <h2 id="t_@@AID@@" class="titName SG_txta">@@H2@@</h2>
          <span class="time SG_txtc">(@@DATE@@ @@HHMM@@)</span><div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn"><cite>转载<input type="hidden" value="转载" /></cite></a></div>
        </div>
        <div class="articalTag" id="sina_keyword_ad_area">
          <table><tr>
            <td class="blog_tag"><script>var $tag='@@TAGS@@';var $tag_code='a3f1c0d2';var $r_quote_bligid='@@AID@@';var $worldcup='0';var $worldcupball='0';</script><span class="SG_txtb">标签：</span>@@TAGHTML@@</td>
            <td class="blog_class"><span class="SG_txtb">分类：</span><a target="_blank" href="/s/articlelist_@@UID@@_@@CATID@@_1.html">@@CAT@@</a></td>
          </tr></table>
        </div>
        <!-- 正文开始 -->
        <div id="sina_keyword_ad_area2" class="articalContent   newfont_family">
@@CONTENT@@
        </div>
        <!-- 正文结束 -->
        <div id="share" class="shareUp"><div class="share SG_txtb"><span>分享：</span><a href="javascript:;" class="SG_icon">微博</a><a href="javascript:;" class="SG_icon">微信</a></div></div>
        <div class="articalInfo">
          <div class="IL">阅读<span id="r_@@AID@@" class="SG_txtb">(1,203)</span><em class="SG_txtb">┊</em> <a href="#commonComment">评论</a> <span id="c_@@AID@@" class="SG_txtb">(@@NCOMM@@)</span><em class="SG_txtb">┊</em> <a href="javascript:;">收藏</a><span id="f_@@AID@@" class="SG_txtb">(12)</span><em class="SG_txtb">┊</em><a href="javascript:;">转载</a><em class="SG_txtb">┊</em><a href="javascript:;">喜欢</a>▼<em class="SG_txtb">┊</em><a href="javascript:window.print();">打印</a><em class="SG_txtb">┊</em><a href="javascript:;">举报</a></div>
        </div>
        <div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_@@AID@@">
@@PREV@@
@@NEXT@@
        </div>
        <div class="allComm">
          <div class="allCommTit"><div class="SG_floatL"><strong>评论</strong><span id="commAd_1" style="display:inline-block;"><span style="margin-left:15px; width:220px; display:inline-block;"><a target="_blank" href="http://blog.sina.com.cn/lm/8/2009/0325/105340.html">重要提示：警惕虚假中奖信息</a></span></span></div></div>
          <ul class="SG_cmp_revert" id="article_comment_list">
@@COMMENTS@@
          </ul>
          <div class="writeComm"><div class="allCommTit"><strong>发评论</strong></div><textarea id="commentArea" class="SG_textarea"></textarea></div>
        </div>
      </div>
    </div>
  </div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}_老周的博客_新浪博客",
        KEYWORDS=",".join(tags),
        DESC=f"{speech.title}_老周_新浪博客,老周,",
        UID=UID,
        PAGEID="article",
        ARTID=aid,
        AID=aid,
        H2=speech.title,
        DATE=speech.date,
        HHMM=hhmm,
        TAGS=",".join(tags),
        TAGHTML=tag_html,
        CATID=cat_id,
        CAT=cat,
        CONTENT=content_html(speech, style),
        NCOMM=len(comments),
        PREV=prev_html,
        NEXT=next_html,
        COMMENTS=comment_html,
    )


def list_page(n, count, posts, others):
    rows = "\n".join(
        f'<div class="articleCell SG_j_linedot1"><p class="atc_main SG_dot"><span class="atc_ic_b"></span><span class="atc_title"><a title="" target="_blank" href="/s/blog_{aid}.html">{s.title}</a></span></p><p class="atc_info"><span class="atc_data" id="count_{aid}">{s.date} {hhmm[:5]}</span><span class="atc_set"><a href="javascript:;">转载</a></span></p></div>'
        for s, aid, hhmm, *_ in posts
    )
    rows += "\n" + "\n".join(
        f'<div class="articleCell SG_j_linedot1"><p class="atc_main SG_dot"><span class="atc_title"><a target="_blank" href="/s/blog_{aid}.html">{t}</a></span></p></div>'
        for aid, t in others
    )
    pager = '<ul class="SG_pages">' + "".join(
        f'<li class="SG_pgon" title="当前所在页">{i}</li>'
        if i == n
        else f'<li><a href="/s/articlelist_{UID}_0_{i}.html" title="跳转至第 {i} 页">{i}</a></li>'
        for i in range(1, count + 1)
    )
    if n < count:
        pager += f'<li class="SG_pgnext"><a href="/s/articlelist_{UID}_0_{n + 1}.html" title="跳转至第 {n + 1} 页">下一页 &gt;</a></li>'
    pager += f"<span>共{count}页</span></ul>"
    body = """  <div id="module_7" class="SG_conn">
    <div class="SG_connHead"><span class="title">博文</span></div>
    <div class="SG_connBody"><div class="article_blk">
@@ROWS@@
    </div>
    @@PAGER@@
    </div>
  </div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="博文_老周的博客_新浪博客",
        KEYWORDS="老周",
        DESC="老周的博客",
        UID=UID,
        PAGEID="articlelist",
        ARTID="",
        ROWS=rows,
        PAGER=pager,
    )


def build() -> Family:
    fam = Family(
        HOST,
        "Sina Blog (新浪博客) 2010s template: profile box first in the page, articalContent, tags/分类, 前一篇/后一篇, comments",
    )
    # the blog home shows the latest posts in full-width summaries, like the first list page
    fam.put("/", list_page(1, 2, POSTS[:1], []))
    fam.put(f"/s/articlelist_{UID}_0_1.html", list_page(1, 2, POSTS[:1], []))
    fam.put(f"/s/articlelist_{UID}_0_2.html", list_page(2, 2, POSTS[1:], []))
    fam.not_documents += ["/", f"/s/articlelist_{UID}_0_1.html", f"/s/articlelist_{UID}_0_2.html"]
    for i, p in enumerate(POSTS):
        path = f"/s/blog_{p[1]}.html"
        fam.put(path, post_page(i))
        fam.doc([path], p[0])
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /admin/\nDisallow: /main_v5/\n\nSitemap: http://blog.xinlang.test/sitemap.xml\n",
    )
    fam.put(
        "/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<url><loc>{fam.url(f'/s/blog_{p[1]}.html')}</loc><lastmod>{p[0].date}</lastmod></url>\n"
            for p in POSTS
        )
        + "</urlset>\n",
    )
    fam.noise += [
        "个人资料",
        "老周",
        "退休语文教师，爱好书法和写作",
        "博客等级",
        "博客访问",
        "加好友",
        "标签：",
        "分类：",
        "生活随笔",
        "转载",
        "分享：",
        "阅读",
        "前一篇",
        "后一篇",
        "评论",
        "看哭了",
        "收藏了",
        "退休快乐",
        "重要提示：警惕虚假中奖信息",
        "写得真好，学习了",
        "新浪博客",
    ]
    return fam
