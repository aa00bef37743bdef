"""51CTO 博客 (blog.51cto.com/u_N/M)-like article pages, the 2023 template, as a guest gets them (UTF-8, extensionless).

Top `Header` (51CTO logo, 首页 / 博客 / 学堂 / 精培 / 企业培训 / CTO训练营 / 智能汽车 / 开源基础软件社区 / WOT全球技术创新大会 /
公众号矩阵 / 移动端, search, 写文章 / 创作中心, 登录 | 注册), the blog's own nav (关注 / 推荐 / 最新 / 话题 / 专栏 / 热门),
then `detail-content-left` > `article-detail`: `div.title h1`, `messbox` (原创 badge, author link, `<time>2023-06-17
20:41:08</time>`, ©著作权; 文章标签 / 文章分类 links, 阅读数), the `copytext2` line (©著作权归作者所有：来自51CTO博客作者…的原创作品，
请联系作者获取转载授权，否则将追究法律责任), the text in `article-content-wrap` > `div.con.editor-preview-side#result` >
`editor-side-new` > `editor-container.am-engine` (`<p>` paragraphs, the editor's `data-id` attributes), `label-list`,
`action-box` (赞 / 收藏 / 评论 / 分享 / 举报), 上一篇 / 下一篇, the comment box (提问和评论都可以，用心的回复会被更多人看到,
全部评论 (N), 最热 / 最新, comment items with time, 赞, 回复), 相关文章 with summaries; `detail-content-right`: the author
card (原创 / 粉丝 / 访问, 关注 / 私信), 分类列表, 近期文章, 热门文章 boxes; the guest login bar (登录后可以享受更多权益) and
the `Footer` (关于我们 / 站点地图 / 意见反馈 / 人才招聘 …, Copyright © 2005-2023 51CTO.COM 版权所有, ICP lines).
Listings: the blog home `/` and the author's page `/u_N`. Article links are root-relative here (the real site
writes them absolute with https)."""

import json

from common import FAMILIES, SPEECHES, Family, render

HOST = "blog.51cto-like.test"
UID = "u_15893642"
AUTHOR = "云上老周"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="renderer" content="webkit">
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@">
<meta name="description" content="@@DESC@@">
@@EXTRA_HEAD@@
<link rel="shortcut icon" href="https://blog.51cto-like.test/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="https://s2.51cto-like.test/blog/pc/css/public.css?v=20230814">
<link rel="stylesheet" href="https://s2.51cto-like.test/blog/pc/css/@@CSS@@.css?v=20230814">
<script src="https://s2.51cto-like.test/blog/pc/js/jquery.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?2283d46608159c3b39fc9f1178809c21";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<div class="Header">
  <div class="Page">
    <div class="Navigates fl">
      <a class="logo fl" href="https://www.51cto-like.test/" target="_blank"><img src="https://s2.51cto-like.test/blog/pc/images/logo.png" alt="51CTO" /></a>
      <ul class="fl">
        <li><a href="https://www.51cto-like.test/" target="_blank">首页</a></li>
        <li class="cur"><a href="/">博客</a></li>
        <li><a href="https://edu.51cto-like.test/" target="_blank">学堂</a></li>
        <li><a href="https://edu.51cto-like.test/px/" target="_blank">精培</a></li>
        <li><a href="https://b.51cto-like.test/" target="_blank">企业培训</a></li>
        <li><a href="https://cto.51cto-like.test/" target="_blank">CTO训练营</a></li>
        <li><a href="https://www.51cto-like.test/auto/" target="_blank">智能汽车</a></li>
        <li><a href="https://ost.51cto-like.test/" target="_blank">开源基础软件社区</a></li>
        <li><a href="https://wot.51cto-like.test/" target="_blank">WOT全球技术创新大会</a></li>
        <li><a href="javascript:;">公众号矩阵</a></li>
        <li><a href="javascript:;">移动端</a></li>
      </ul>
    </div>
    <div class="Userinfo fr">
      <div class="search fl"><input type="text" placeholder="搜索文章、作者" autocomplete="off"><button class="search-btn"></button></div>
      <a class="write fl" href="/blogger/publish" rel="nofollow">写文章</a>
      <a class="create fl" href="/creative-center" rel="nofollow">创作中心</a>
      <a class="login fl" href="https://home.51cto-like.test/index?reback=https://blog.51cto-like.test@@PATH@@" rel="nofollow">登录</a><span class="fl">|</span><a class="register fl" href="https://home.51cto-like.test/reg" rel="nofollow">注册</a>
    </div>
  </div>
</div>
<div class="Content-Nav">
  <div class="Page">
    <ul class="nav-list">
      <li><a href="/nav/follow">关注</a></li>
      <li><a href="/">推荐</a></li>
      <li><a href="/nav/latest">最新</a></li>
      <li><a href="/topic/index">话题</a></li>
      <li><a href="/column">专栏</a></li>
      <li><a href="/nav/hot">热门</a></li>
    </ul>
  </div>
</div>
"""

FOOT = """<div class="login-tips-bar" id="loginTipsBar">
  <div class="Page"><span>登录后可以享受更多权益</span><a class="btn" href="https://home.51cto-like.test/index?reback=https://blog.51cto-like.test@@PATH@@" rel="nofollow">立即登录</a><a class="close" href="javascript:;">×</a></div>
</div>
<div class="Footer">
  <div class="Page">
    <div class="links">
      <a href="https://www.51cto-like.test/about/aboutus.html" target="_blank">关于我们</a>
      <a href="https://www.51cto-like.test/about/map.html" target="_blank">站点地图</a>
      <a href="https://www.51cto-like.test/about/history.html" target="_blank">网站大事</a>
      <a href="https://home.51cto-like.test/feedback" target="_blank">意见反馈</a>
      <a href="https://www.51cto-like.test/about/job.html" target="_blank">人才招聘</a>
      <a href="https://www.51cto-like.test/about/contactus.html" target="_blank">联系我们</a>
      <a href="https://www.51cto-like.test/about/law.html" target="_blank">法律声明</a>
      <a href="https://www.51cto-like.test/about/privacy.html" target="_blank">隐私政策</a>
    </div>
    <p class="copyright">Copyright © 2005-2023 <a href="https://www.51cto-like.test/" target="_blank">51CTO.COM</a> 版权所有 未经许可 请勿转载</p>
    <p class="icp"><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP证060544号</a> <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备09067568号</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802032687" target="_blank" rel="nofollow">京公网安备 11010802032687号</a> 违法和不良信息举报电话：4000-51-51-51</p>
  </div>
</div>
<div class="right-tools">
  <a class="to-top" href="javascript:;" title="返回顶部"></a>
  <a class="feedback" href="https://home.51cto-like.test/feedback" target="_blank" title="意见反馈"></a>
</div>
<script src="https://s2.51cto-like.test/blog/pc/js/common.js?v=20230814"></script>
@@EXTRA_FOOT@@
</body>
</html>
"""

ARTICLES = [
    {
        "id": 6491287, "speech": SPEECHES["f42a-5"], "time": "2023-06-17 20:41:08", "views": 1286, "likes": 23, "favs": 11,
        "tags": [("技术沙龙", "jishushalong"), ("运维", "yunwei"), ("致辞", "zhici")], "cat": ("技术活动", 11042983),
        "comments": [
            ("weixin_57783", "2023-06-18 09:12:45", "上午在现场，周老师讲得很带劲，问题墙这个点子好。", 3),
            ("运维小白菜", "2023-06-18 21:37:02", "“值班手机永远安静”，这是最好的祝福了哈哈", 5),
        ],
    },
    {
        "id": 6175034, "speech": SPEECHES["f42a-6"], "time": "2023-04-12 21:30:11", "views": 2043, "likes": 17, "favs": 26,
        "tags": [("数字化转型", "shuzihuazhuanxing"), ("企业信息化", "qiyexinxihua"), ("数据治理", "shujuzhili")], "cat": ("管理随笔", 11042976),
        "comments": [
            ("mb_61c2d8a0e4b7f", "2023-04-13 08:46:19", "数据治理那段说到点子上了，我们厂也是物料编码一团乱。", 4),
        ],
    },
]
RECENT = [(6521904, "Prometheus 告警规则分组的一点实践"), (6491287, None), (6403118, "记一次 MySQL 主从延迟排查"), (6175034, None)]
HOT = [(5890321, "Ansible 批量巡检脚本分享（附代码）"), (6403118, "记一次 MySQL 主从延迟排查"), (5702245, "运维人的五年：从机房到云上")]


def title_of(aid):
    for a in ARTICLES:
        if a["id"] == aid:
            return a["speech"].title
    return {**dict(RECENT + HOT), 6093377: "Zabbix 迁移到 Prometheus 的踩坑记录"}[aid]


def sidebar(current=None):
    recent = "".join(f'<li><a href="/{UID}/{aid}" target="_blank">{title_of(aid)}</a></li>' for aid, _ in RECENT if aid != current)
    hot = "".join(f'<li><span class="num">{i + 1}</span><a href="/{UID}/{aid}" target="_blank">{t}</a></li>' for i, (aid, t) in enumerate(HOT))
    return f"""<div class="detail-content-right fr">
  <div class="common-section user-intr">
    <div class="user-base">
      <a class="avatar fl" href="/{UID}" target="_blank"><img src="https://ucenter.51cto-like.test/images/noavatar_middle.gif" alt="{AUTHOR}"></a>
      <div class="name fl"><a href="/{UID}" target="_blank">{AUTHOR}</a><span class="level">LV.4</span></div>
    </div>
    <ul class="user-data clearfix">
      <li><a href="/{UID}" target="_blank"><strong>57</strong><span>原创</span></a></li>
      <li><a href="/{UID}/fans" target="_blank"><strong>213</strong><span>粉丝</span></a></li>
      <li><strong>8.6万</strong><span>访问</span></li>
    </ul>
    <div class="user-btn"><a class="follow" href="javascript:;" rel="nofollow">关注</a><a class="message" href="javascript:;" rel="nofollow">私信</a></div>
  </div>
  <div class="common-section module">
    <h3 class="module-title">分类列表</h3>
    <ul class="cate-list"><li><a href="/{UID}/category/11042976" target="_blank">管理随笔<span>(12)</span></a></li><li><a href="/{UID}/category/11042983" target="_blank">技术活动<span>(6)</span></a></li><li><a href="/{UID}/category/11042990" target="_blank">监控告警<span>(21)</span></a></li><li><a href="/{UID}/category/11042995" target="_blank">数据库<span>(18)</span></a></li></ul>
  </div>
  <div class="common-section module">
    <h3 class="module-title">近期文章</h3>
    <ul class="recent-list">{recent}</ul>
  </div>
  <div class="common-section module">
    <h3 class="module-title">热门文章</h3>
    <ul class="hot-list">{hot}</ul>
  </div>
</div>
"""


def article_page(a, prev, nxt):
    s = a["speech"]
    aid = a["id"]
    paras = "".join(f'<p data-id="p{aid % 9973 + i:x}{i}">{p}</p>' for i, p in enumerate(s.paras))
    tags = "".join(f'<a href="/topic/{slug}.html" class="fl shake" target="_blank">{t}</a>' for t, slug in a["tags"])
    comments = "".join(
        f"""<div class="comment-item">
          <a class="avatar fl" href="javascript:;"><img src="https://ucenter.51cto-like.test/images/noavatar_small.gif" alt="{who}"></a>
          <div class="comment-main">
            <p class="comment-name"><a href="javascript:;">{who}</a></p>
            <div class="comment-text">{text}</div>
            <p class="comment-bottom"><span class="time">{t}</span><a class="zan" href="javascript:;">赞({z})</a><a class="reply" href="javascript:;">回复</a></p>
          </div>
        </div>
        """
        for who, t, text, z in a["comments"]
    )
    pn = ""
    if prev:
        pn += f'<p class="pre">上一篇：<a href="/{UID}/{prev}" target="_blank">{title_of(prev)}</a></p>'
    if nxt:
        pn += f'<p class="next">下一篇：<a href="/{UID}/{nxt}" target="_blank">{title_of(nxt)}</a></p>'
    body = f"""<div class="Content detail">
  <div class="Page clearfix">
    <div class="detail-content-left fl">
      <div class="common-section article-detail">
        <div class="title">
          <h1>{s.title}</h1>
        </div>
        <div class="messbox">
          <p class="clearfix mess-line1">
            <span class="fl original">原创</span>
            <a class="fl name" href="/{UID}" target="_blank">{AUTHOR}</a>
            <time class="fl">{a["time"]}</time>
            <span class="fr copyright-sign">©著作权</span>
          </p>
          <p class="clearfix mess-tag">
            <strong class="fl">文章标签</strong>{tags}
            <strong class="fl">文章分类</strong><a href="/{UID}/category/{a["cat"][1]}" class="fl shake" target="_blank">{a["cat"][0]}</a>
            <span class="fr read">阅读数<span class="num">{a["views"]}</span></span>
          </p>
        </div>
        <div class="copytext2">©著作权归作者所有：来自51CTO博客作者{AUTHOR}的原创作品，请联系作者获取转载授权，否则将追究法律责任</div>
        <div class="article-content-wrap">
          <div class="article-content">
            <div class="con editor-preview-side" id="result">
              <div class="editor-side-new"><div class="editor-container container am-engine" id="container" data-element="root">{paras}</div></div>
            </div>
          </div>
        </div>
        <div class="clear"></div>
        <div class="label-list">{tags}</div>
        <div class="action-box">
          <ul class="clearfix">
            <li class="praise"><a href="javascript:;" class="zan-box" rel="nofollow"><i class="iconblog blogzan"></i><span>赞</span><em class="num">{a["likes"]}</em></a></li>
            <li class="favorites"><a href="javascript:;" rel="nofollow"><i class="iconblog blogshoucang"></i><span>收藏</span><em class="num">{a["favs"]}</em></a></li>
            <li class="comment"><a href="#comment" rel="nofollow"><i class="iconblog blogpinglun"></i><span>评论</span><em class="num">{len(a["comments"])}</em></a></li>
            <li class="share"><a href="javascript:;" rel="nofollow"><i class="iconblog blogfenxiang"></i><span>分享</span></a><div class="share-box"><p>微信扫码分享</p><div class="qrcode" data-url="https://blog.51cto-like.test/{UID}/{aid}"></div></div></li>
            <li class="report"><a href="javascript:;" rel="nofollow"><i class="iconblog blogjubao"></i><span>举报</span></a></li>
          </ul>
        </div>
        <div class="more-article clearfix">{pn}</div>
      </div>
      <div class="common-section comment-box" id="comment">
        <div class="comment-title"><h3>评论</h3></div>
        <div class="comment-publish">
          <textarea placeholder="提问和评论都可以，用心的回复会被更多人看到" disabled></textarea>
          <a class="publish-btn" href="https://home.51cto-like.test/index?reback=https://blog.51cto-like.test/{UID}/{aid}" rel="nofollow">评论</a>
        </div>
        <div class="comment-list">
          <div class="comment-list-title clearfix"><span class="fl">全部评论 ({len(a["comments"])})</span><span class="fr"><a class="cur" href="javascript:;">最热</a><a href="javascript:;">最新</a></span></div>
        {comments}</div>
      </div>
      <div class="common-section about-aticle-list">
        <h3 class="module-title">相关文章</h3>
        <ul>
          <li><a href="/u_14987321/5632981" target="_blank"><h4>技术大会开幕致辞怎么写？一份通用模板</h4><p>一场技术大会的开幕致辞，一般包括欢迎、回顾、介绍议程、致谢几个部分……</p></a></li>
          <li><a href="/u_15211004/6012377" target="_blank"><h4>企业数字化转型的五个常见误区</h4><p>很多企业把数字化转型等同于上系统，结果系统上线了，业务流程却没有任何变化……</p></a></li>
          <li><a href="/u_13922650/6387702" target="_blank"><h4>运维团队年终总结怎么写</h4><p>年终总结不是流水账，要有数据、有案例、有反思……</p></a></li>
        </ul>
      </div>
    </div>
{sidebar(aid)}  </div>
</div>
"""
    ld = (
        '<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld",'
        f'"@id":"https://blog.51cto-like.test/{UID}/{aid}","appid":"1576789254227085","title":"{s.title}",'
        f'"images":[],"description":"{s.paras[1][:100]}","pubDate":"{a["time"].replace(" ", "T")}",'
        f'"upDate":"{a["time"].replace(" ", "T")}","isOriginal":"1"}}</script>'
    )
    extra = (
        f'<meta name="mobile-agent" content="format=html5; url=https://m.blog.51cto-like.test/{UID}/{aid}">\n'
        f'<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.blog.51cto-like.test/{UID}/{aid}">\n'
        f'<link rel="canonical" href="https://blog.51cto-like.test/{UID}/{aid}">\n{ld}'
    )
    foot = (
        f"<script>var blog_id = {aid}, user_id = {UID[2:]}, isLogin = 0, type = 1;</script>\n"
        '<script src="https://s2.51cto-like.test/blog/pc/js/detail.js?v=20230814"></script>'
    )
    return render(
        HEAD + body + FOOT,
        TITLE=f"{s.title}_51CTO博客_{a['tags'][0][0]}",
        KW=",".join(t for t, _ in a["tags"]),
        DESC=f"{s.title}，{s.paras[1][:90]}",
        EXTRA_HEAD=extra,
        EXTRA_FOOT=foot,
        CSS="detail",
        PATH=f"/{UID}/{aid}",
    )


def list_item(a):
    s = a["speech"]
    return f"""<div class="common-section common-spacing article-item">
        <h2 class="title"><a href="/{UID}/{a["id"]}" target="_blank">{s.title}</a></h2>
        <p class="content">{"".join(s.paras[1:3])[:110]}…</p>
        <div class="info clearfix"><span class="fl original">原创</span><a class="fl name" href="/{UID}" target="_blank">{AUTHOR}</a><span class="fl time">{a["time"][:10]}</span><span class="fr">阅读 {a["views"]} · 赞 {a["likes"]} · 评论 {len(a["comments"])}</span></div>
      </div>
      """


def user_page():
    items = "".join(list_item(a) for a in ARTICLES)
    body = f"""<div class="Content user-home">
  <div class="Page clearfix">
    <div class="user-top common-section">
      <img class="avatar fl" src="https://ucenter.51cto-like.test/images/noavatar_middle.gif" alt="{AUTHOR}">
      <div class="user-msg fl"><h1>{AUTHOR}</h1><p>某集团信息中心运维负责人，写点运维和管理的事。</p></div>
      <ul class="user-data fr"><li><strong>57</strong><span>原创</span></li><li><strong>213</strong><span>粉丝</span></li><li><strong>8.6万</strong><span>访问</span></li></ul>
    </div>
    <div class="detail-content-left fl">
      <div class="tab-list"><a class="cur" href="/{UID}">全部文章</a><a href="/{UID}/column">专栏</a><a href="/{UID}/fans">粉丝</a></div>
      {items}<div class="pagination"><a class="cur" href="javascript:;">1</a><a href="/{UID}/p_2">2</a><a href="/{UID}/p_3">3</a><a class="next" href="/{UID}/p_2">下一页</a></div>
    </div>
{sidebar()}  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE=f"{AUTHOR}的博客_51CTO博客",
        KW=f"{AUTHOR},51CTO博客",
        DESC=f"{AUTHOR}的51CTO博客，某集团信息中心运维负责人，写点运维和管理的事。",
        EXTRA_HEAD=f'<link rel="canonical" href="https://blog.51cto-like.test/{UID}">',
        EXTRA_FOOT="",
        CSS="user",
        PATH=f"/{UID}",
    )


def home_page():
    items = "".join(list_item(a) for a in ARTICLES)
    body = f"""<div class="Content index">
  <div class="Page clearfix">
    <div class="detail-content-left fl">
      <div class="banner common-section"><a href="https://wot.51cto-like.test/" target="_blank"><img src="https://s2.51cto-like.test/blog/banner/wot2023.jpg" alt="WOT全球技术创新大会"></a></div>
      <div class="tab-list"><a class="cur" href="/">推荐</a><a href="/nav/latest">最新</a><a href="/nav/hot">热门</a></div>
      {items}
    </div>
    <div class="detail-content-right fr">
      <div class="common-section module"><h3 class="module-title">推荐博主</h3><ul><li><a href="/{UID}" target="_blank">{AUTHOR}</a></li></ul></div>
      <div class="common-section module"><h3 class="module-title">热门话题</h3><ul><li><a href="/topic/yunwei.html" target="_blank">#运维</a></li><li><a href="/topic/shuzihuazhuanxing.html" target="_blank">#数字化转型</a></li></ul></div>
    </div>
  </div>
</div>
"""
    return render(
        HEAD + body + FOOT,
        TITLE="51CTO博客-技术成就梦想",
        KW="51CTO博客,IT博客,技术博客",
        DESC="51CTO博客是国内领先的IT技术博客平台，汇聚海量IT技术人员的原创文章。",
        EXTRA_HEAD='<link rel="canonical" href="https://blog.51cto-like.test/">',
        EXTRA_FOOT="",
        CSS="index",
        PATH="/",
    )


class FolderFamily(Family):
    """`/u_N` is the author's page and `/u_N/M` his articles: the author's page is stored as a folder's index.html
    (`folder_pages`), as the replica serves a page name that is also a folder."""

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
    fam = FolderFamily(
        HOST,
        "51CTO 博客 article pages, 2023 template, guest view (/u_N/M; messbox with <time>, copytext2 ©著作权 line, "
        "editor-preview-side#result > am-engine container, action-box, comments, 相关文章, author sidebar)",
        content_type="text/html; charset=utf-8",
        extensionless_html=True,
    )
    fam.put("/index.html", home_page())
    fam.put(f"/{UID}/index.html", user_page())
    a1, a2 = ARTICLES
    fam.put(f"/{UID}/{a1['id']}", article_page(a1, 6403118, 6521904))
    fam.put(f"/{UID}/{a2['id']}", article_page(a2, 6093377, 6403118))
    fam.doc([f"/{UID}/{a1['id']}"], a1["speech"], published_at="2023-06-17")
    fam.doc([f"/{UID}/{a2['id']}"], a2["speech"], published_at="2023-04-12")
    fam.not_documents += ["/", f"/{UID}"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /blogger/\nDisallow: /creative-center\nDisallow: /search\n")
    fam.noise += [
        "©著作权",
        "来自51CTO博客作者",
        "请联系作者获取转载授权",
        "文章标签",
        "文章分类",
        "阅读数",
        "微信扫码分享",
        "上一篇：",
        "下一篇：",
        "提问和评论都可以，用心的回复会被更多人看到",
        "全部评论",
        "问题墙这个点子好",
        "这是最好的祝福了哈哈",
        "我们厂也是物料编码一团乱",
        "相关文章",
        "技术大会开幕致辞怎么写",
        "企业数字化转型的五个常见误区",
        "分类列表",
        "近期文章",
        "热门文章",
        "记一次 MySQL 主从延迟排查",
        "登录后可以享受更多权益",
        "Copyright © 2005-2023",
        "京ICP证060544号",
        "违法和不良信息举报电话",
        "WOT全球技术创新大会",
        "开源基础软件社区",
        "写文章",
        "创作中心",
    ]
    fam.note = (
        "extensionless pages; article links root-relative (the real site writes absolute https links); the author's other "
        "articles, categories, topics, columns and fans pages are not served (404)"
    )
    return fam
