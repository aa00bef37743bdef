"""A 360doc 个人图书馆-like reposting site: a user's saved copy of a speech found elsewhere. The
sidebar (`a_right`) comes before the article in the HTML and opens with the saver's profile box
(avatar, 馆藏/关注/粉丝, TA的最新馆藏); the text (`#artContent`) carries an original-title line or a
source line at its top and a 声明 line at its end; 转藏到我的图书馆 / 献花 bars, a hidden
复制需登录 box and an oncopy script, the 来自: … > 《文件夹》 line, the site's disclaimer with
一键举报, 猜你喜欢 and the comment box follow."""

from common import SPEECHES, Family, render

HOST = "www.cangshu-lib.test"
UID = 38211456
USER = "墨香斋主人"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta property="og:type" content="article" />
<meta property="og:title" content="@@OGTITLE@@" />
<link href="//pubimage.cangshu-lib.test/NewArt/css/art_2024.css?t=2024031201" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="//pubimage.cangshu-lib.test/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var ArticleID = "@@ARTID@@"; var UserID = "@@UID@@"; var SaverName = "@@USER@@"; var isLogin = 0;</script>
</head>
<body>
<div class="header_new">
  <div class="header_con">
    <a href="/" class="logo"><img src="//pubimage.cangshu-lib.test/images/logo_2024.png" alt="藏书馆" /></a>
    <div class="search_box"><input type="text" id="searchtxt" value="" placeholder="搜索文章、馆友" /><a href="javascript:void(0);" class="search_btn">搜索</a></div>
    <div class="head_right"><a href="/login.html" class="login">登录</a><a href="/register.html" class="reg">注册</a><a href="javascript:void(0);" class="app">下载APP</a></div>
  </div>
</div>
"""

FOOT = """<div class="footer_new">
  <p><a href="/about.html">关于我们</a> | <a href="/help.html">帮助中心</a> | <a href="/protocol.html">用户协议</a> | <a href="/jubao.html">举报中心</a></p>
  <p>Copyright &copy; 2008-2024 cangshu-lib.test All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备08123456号-5</a></p>
</div>
<script type="text/javascript">
document.body.oncopy = function (e) {
  if (isLogin == 0) { document.getElementById("copytip").style.display = "block"; return false; }
};
document.oncontextmenu = function () { return false; };
</script>
<script type="text/javascript" src="//pubimage.cangshu-lib.test/NewArt/js/art_2024.js?t=2024031201"></script>
</body>
</html>
"""

# speech, article id, folder, saved time, reads, saves, top line, tail line
ARTICLES = [
    (
        SPEECHES["S1"],
        "24/0228/09/38211456_1115790125",
        "讲话致辞",
        "2024-02-28 09:41",
        2187,
        36,
        "本文原题《市委书记在全市宣传思想文化工作会议上的讲话（全文）》，转载时有删改。",
        "声明：本文转自网络，仅供学习交流，版权归原作者所有，如有侵权请联系删除。",
    ),
    (
        SPEECHES["S2"],
        "24/0203/17/38211456_1113652207",
        "讲话致辞",
        "2024-02-03 17:26",
        846,
        9,
        "文丨佚名　　来源丨网络整理",
        "（来源：网络　编辑：墨香斋）",
    ),
]


def art_url(art_id):
    return f"/content/{art_id}.html"


def profile_box():
    latest = "".join(f'<li><a href="{art_url(a[1])}" target="_blank">{a[0].title}</a></li>' for a in ARTICLES)
    return f"""<div class="a_right" id="a_right">
  <div class="user_box">
    <div class="user_top">
      <a href="/userhome/{UID}/" target="_blank" class="user_photo"><img src="//userimage.cangshu-lib.test/{UID}/avatar_80.jpg" alt="{USER}" /></a>
      <div class="user_name"><a href="/userhome/{UID}/" target="_blank">{USER}</a><span class="lv">Lv.7</span></div>
      <p class="user_sign">闲来读书，偶有所得，存于此馆。</p>
    </div>
    <ul class="user_num">
      <li><span>3412</span><em>馆藏</em></li>
      <li><span>28</span><em>关注</em></li>
      <li><span>516</span><em>粉丝</em></li>
    </ul>
    <div class="user_btn"><a href="javascript:void(0);" class="guanzhu">+关注</a><a href="javascript:void(0);" class="sixin">私信</a></div>
    <a href="/userhome/{UID}/" class="enter_lib" target="_blank">进入TA的图书馆</a>
  </div>
  <div class="r_box">
    <h3>TA的最新馆藏</h3>
    <ul class="r_list">{latest}</ul>
  </div>
  <div class="r_box r_ad"><script type="text/javascript" src="//pubimage.cangshu-lib.test/ad/right_300x250.js"></script></div>
  <div class="r_box">
    <h3>热门阅读</h3>
    <ul class="r_list"><li><a href="/content/24/0101/08/11112222_1110000001.html">年终总结怎么写？这三个框架最好用</a></li><li><a href="/content/23/1220/10/11112222_1109999002.html">公文写作常用过渡句100例</a></li></ul>
  </div>
</div>"""


def article_page(i):
    speech, art_id, folder, saved, reads, saves, top, tail = ARTICLES[i]
    paras = "\n".join(f"<p>{p}</p>" for p in speech.paras)
    other = ARTICLES[1 - i]
    body = f"""<div class="a_content" id="bgchange">
{profile_box()}
<div class="a_left">
  <div class="a_top_ad"><script type="text/javascript" src="//pubimage.cangshu-lib.test/ad/top_728x90.js"></script></div>
  <h2 class="titleh2"><span id="titiletext">{speech.title}</span></h2>
  <div class="a_info" id="artinfo">
    <a href="/userhome/{UID}/" class="a_name" target="_blank">{USER}</a>
    <span class="a_time">{saved}</span><span class="a_ip">发布于北京</span>
    <span class="pipe">|</span><span class="a_read">{reads} 阅读</span>
    <span class="pipe">|</span><span class="a_save">{saves} 转藏</span>
  </div>
  <div class="a_share_top">
    <a href="javascript:void(0);" class="zhuancang" onclick="SaveArt();">转藏到我的图书馆</a>
    <a href="javascript:void(0);" class="xianhua">献花(0)</a>
    <span class="share_label">分享：</span><a href="javascript:void(0);" class="wx">微信</a><a href="javascript:void(0);" class="qzone">QQ空间</a><a href="javascript:void(0);" class="weibo">新浪微博</a>
  </div>
  <div class="copytip" id="copytip" style="display:none;">
    <p>温馨提示：登录后才能复制本文内容，<a href="/login.html">立即登录</a>，或<a href="javascript:void(0);">使用APP免费复制</a>。</p>
  </div>
  <div class="articleMaxH" id="artContent" style="max-width:100%;overflow:hidden;">
<p style="color:#999999;font-size:14px;">{top}</p>
{paras}
<p style="color:#999999;font-size:14px;">{tail}</p>
  </div>
  <div class="a_from">来自: <a href="/userhome/{UID}/" target="_blank">{USER}</a> &gt; <a href="/userhome/{UID}/folder-{folder}" target="_blank">《{folder}》</a></div>
  <div class="a_share_bottom">
    <a href="javascript:void(0);" class="zhuancang" onclick="SaveArt();">转藏</a>
    <a href="javascript:void(0);" class="quanping">全屏</a><a href="javascript:void(0);" class="dayin">打印</a><a href="javascript:void(0);" class="fenxiang">分享</a>
    <a href="javascript:void(0);" class="xianhua">献花(0)</a><a href="javascript:void(0);" class="jiayi">+1</a>
  </div>
  <div class="sm_tip">本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请<a href="/jubao.html" target="_blank">点击一键举报</a>。</div>
  <div class="guess">
    <h3>猜你喜欢</h3>
    <ul>
      <li><a href="{art_url(other[1])}" target="_blank">{other[0].title}</a><span>{USER}</span></li>
      <li><a href="/content/23/1130/21/55556666_1108765432.html" target="_blank">领导讲话稿开头结尾大全（收藏备用）</a><span>公文笔杆子</span></li>
      <li><a href="/content/24/0110/07/77778888_1111234567.html" target="_blank">讲话稿中最常用的排比句</a><span>老秘书</span></li>
    </ul>
  </div>
  <div class="a_comment">
    <h3>发表评论：</h3>
    <div class="comment_login">请 <a href="/login.html">登录</a> 后评论，请遵守用户 <a href="/protocol.html#comment">评论公约</a></div>
    <p class="no_comment">类似文章 <a href="/search.aspx?word={speech.title[:6]}">更多</a></p>
  </div>
</div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{speech.title}",
        KEYWORDS=speech.title,
        DESC=speech.paras[1][:80],
        OGTITLE=speech.title,
        ARTID=art_id.rsplit("_", 1)[1],
        UID=UID,
        USER=USER,
    )


def userhome():
    rows = "\n".join(
        f'<li><span class="f_time">{a[3][:10]}</span><a href="{art_url(a[1])}" target="_blank" class="f_title">{a[0].title}</a><span class="f_folder">{a[2]}</span></li>'
        for a in ARTICLES
    )
    body = f"""<div class="lib_wrap">
  <div class="lib_head"><img src="//userimage.cangshu-lib.test/{UID}/avatar_80.jpg" alt="{USER}" /><h1>{USER}的图书馆</h1><p>馆藏 3412　关注 28　粉丝 516</p></div>
  <div class="lib_folders"><a href="/userhome/{UID}/folder-讲话致辞">讲话致辞 (126)</a><a href="/userhome/{UID}/folder-读书笔记">读书笔记 (340)</a></div>
  <ul class="lib_list">
{rows}
  </ul>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{USER}的图书馆",
        KEYWORDS=USER,
        DESC=f"{USER}的图书馆",
        OGTITLE=f"{USER}的图书馆",
        ARTID="0",
        UID=UID,
        USER=USER,
    )


def home():
    first = ARTICLES[0]
    body = f"""<div class="index_wrap">
  <div class="index_tj"><h3>今日精选</h3><ul>
    <li><a href="{art_url(first[1])}" target="_blank">{first[0].title}</a><span>{USER}</span></li>
  </ul></div>
  <div class="index_users"><h3>推荐馆友</h3><a href="/userhome/{UID}/" target="_blank">{USER}</a></div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="藏书馆 - 个人图书馆",
        KEYWORDS="个人图书馆",
        DESC="藏书馆是个人知识管理与分享平台",
        OGTITLE="藏书馆",
        ARTID="0",
        UID=0,
        USER="",
    )


def build() -> Family:
    fam = Family(
        HOST,
        "360doc 个人图书馆-like reposting site (profile box before the text, original-title/source and 声明 lines inside #artContent, 转藏/献花 bars, hidden copy tip, 猜你喜欢)",
    )
    fam.put("/", home())
    fam.put(f"/userhome/{UID}/", userhome())
    fam.not_documents += ["/", f"/userhome/{UID}/"]
    for i, a in enumerate(ARTICLES):
        fam.put(art_url(a[1]), article_page(i))
        # A saved copy shows only when it was saved (the speech's own date is not on the page).
        fam.doc([art_url(a[1])], a[0], published_at=a[3][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /ajax/\nDisallow: /login.html\nDisallow: /search.aspx\n")
    fam.noise += [
        USER,
        "闲来读书，偶有所得，存于此馆",
        "馆藏",
        "粉丝",
        "+关注",
        "进入TA的图书馆",
        "TA的最新馆藏",
        "热门阅读",
        "发布于北京",
        "阅读",
        "转藏",
        "献花(0)",
        "分享：",
        "登录后才能复制本文内容",
        "使用APP免费复制",
        "本文原题",
        "转载时有删改",
        "声明：本文转自网络",
        "版权归原作者所有",
        "文丨佚名",
        "来源丨网络整理",
        "编辑：墨香斋",
        "来自:",
        "《讲话致辞》",
        "个人知识管理的网络存储空间",
        "一键举报",
        "猜你喜欢",
        "领导讲话稿开头结尾大全",
        "发表评论",
        "评论公约",
        "类似文章",
        "京ICP备08123456号-5",
    ]
    return fam
