"""腾讯乐享 (lexiangla.com) enterprise knowledge share pages, guest view, UTF-8, extensionless.

Home `/` = the company's 乐享 shared 知识专区 `/teams/k100086` is linked from the front door; the team page
lists 文档 cards (`doc-list-item` with 作者 / 浏览 / 时间); articles `/teams/k100086/docs/<32 hex>`
(`extensionless_html`) carry the 分享 banner (`share-banner`: 「云禾集团」通过乐享分享了此内容 …
打开乐享App), the header with 登录 / 注册企业 buttons, `doc-title`, `doc-meta` (作者, 所属部门,
更新于, 阅读, 点赞), the body in `div.lx-editor-content` (`data-block-id` paragraphs), a 附件 card,
标签 row, 点赞 / 收藏 / 分享 bar, 评论 list with 查看更多评论 cut by the `login-guide` prompt
(登录后查看全部评论 / 登录乐享，与同事一起交流), and `window.__INITIAL_STATE__` JSON."""

import html
import json

from common import FAMILIES, SPEECHES, Family

HOST = "lexiang.yunhe-qzhi-like.test"
TEAM = "/teams/k100086"
D1 = TEAM + "/docs/3f9a1c7e2b4d4f0c9e8a6b5d1c2e3f40"
D2 = TEAM + "/docs/8d2e6a1f0b9c4e7d8a3b2c1d0e9f8a71"
D3 = TEAM + "/docs/c41b7e2a9d0f4a6b8c3e1d2f7a9b0c55"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:image" content="https://static.lexiang-yunhe-like.test/img/share-logo.png">
<link rel="icon" href="https://static.lexiang-yunhe-like.test/favicon.ico">
<link rel="stylesheet" href="https://static.lexiang-yunhe-like.test/dist/css/share.7c1e9a2b.css">
<script>window.__LX_ENV__={"env":"production","company_code":"yunhejt","lang":"zh-CN","is_guest":true};</script>
</head>
<body class="lx-share-page">
<div id="app">
<div class="share-banner" role="banner">
  <div class="share-banner__inner">
    <img class="share-banner__logo" src="https://static.lexiang-yunhe-like.test/company/yunhejt/logo.png" alt="">
    <span class="share-banner__text">「云禾集团」通过乐享分享了此内容，外部访客仅可查看部分功能</span>
    <a class="share-banner__btn" href="https://app.lexiang-yunhe-like.test/download?from=share">打开乐享App</a>
    <i class="share-banner__close" title="关闭"></i>
  </div>
</div>
<header class="lx-header">
  <div class="lx-header__inner">
    <a class="lx-header__brand" href="/"><img src="https://static.lexiang-yunhe-like.test/company/yunhejt/logo.png" alt="云禾集团"><span>云禾集团 · 乐享知识库</span></a>
    <nav class="lx-header__nav"><a href="/">首页</a><a href="@@TEAM@@" class="active">知识专区</a><a href="/questions">问答</a><a href="/classes">课堂</a><a href="/activities">活动</a></nav>
    <div class="lx-header__user"><a class="btn btn-primary" href="/login?redirect=@@REDIR@@">登录</a><a class="btn btn-default" href="https://lexiang-yunhe-like.test/register?from=share">注册企业</a></div>
  </div>
</header>
"""

FOOT = """<footer class="lx-footer">
  <p>由 <a href="https://lexiang-yunhe-like.test/">腾讯乐享</a> 提供技术支持 · 企业社区与知识管理平台</p>
  <p>Copyright &copy; 2015-2024 Tencent. All Rights Reserved. 腾讯公司 版权所有</p>
</footer>
</div>
<script src="https://static.lexiang-yunhe-like.test/dist/js/vendor.2a7d61f0.js"></script>
<script src="https://static.lexiang-yunhe-like.test/dist/js/share.91e0c3b4.js"></script>
<script>
var _mtac = {"performanceMonitor":1,"senseQuery":1};
(function(){var mta=document.createElement("script");mta.src="//pingjs.qq.com/h5/stats.js?v2.0.4";mta.setAttribute("name","MTAH5");mta.setAttribute("sid","500712345");var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(mta,s);})();
</script>
</body>
</html>
"""


def page(title, desc, redir, body):
    return HEAD.replace("@@TITLE@@", title).replace("@@DESC@@", desc).replace("@@TEAM@@", TEAM).replace("@@REDIR@@", redir) + body + FOOT


def comment(name, dept, when, text, likes):
    return f"""      <li class="comment-item">
        <img class="comment-item__avatar" src="https://static.lexiang-yunhe-like.test/avatar/default.png" alt="">
        <div class="comment-item__main">
          <div class="comment-item__head"><span class="comment-item__name">{name}</span><span class="comment-item__dept">{dept}</span><span class="comment-item__time">{when}</span></div>
          <div class="comment-item__content">{text}</div>
          <div class="comment-item__ops"><span class="op-like"><i class="icon-like"></i>{likes}</span><span class="op-reply">回复</span></div>
        </div>
      </li>
"""


def doc_page(path, docid, speech, title, author, dept, updated, reads, likes, attach, tags, comments, total_comments, lead):
    paras = "\n".join(
        f'      <p data-block-id="b{docid[:6]}{i:02d}" class="lx-block lx-paragraph">{html.escape(p)}</p>'
        for i, p in enumerate(speech.paras)
    )
    state = ('{"doc":{"id":"' + docid + '","title":"' + title + '","team_code":"k100086","created_by":{"name":"' + author +
             '"},"updated_at":"' + updated + '","read_count":' + str(reads) + ',"like_count":' + str(likes) +
             ',"comment_count":' + str(total_comments) + ',"privilege":{"can_comment":false,"can_download":false}},"user":null}')
    body = f"""<main class="lx-main">
  <div class="lx-breadcrumb"><a href="/">首页</a><span>/</span><a href="{TEAM}">知识专区·综合管理</a><span>/</span><a href="{TEAM}?category=jh">领导讲话</a></div>
  <article class="lx-doc">
    <h1 class="doc-title">{html.escape(title)}</h1>
    <div class="doc-meta">
      <span class="doc-meta__author"><img src="https://static.lexiang-yunhe-like.test/avatar/default.png" alt="">{author}</span>
      <span class="doc-meta__dept">{dept}</span>
      <span class="doc-meta__time">更新于 {updated}</span>
      <span class="doc-meta__read"><i class="icon-eye"></i>{reads} 阅读</span>
      <span class="doc-meta__like"><i class="icon-like"></i>{likes} 点赞</span>
    </div>
    <div class="doc-summary">{lead}</div>
    <div class="lx-editor-content" data-doc-id="{docid}">
{paras}
    </div>
    <div class="doc-attachments">
      <div class="attachment-card"><i class="icon-file-word"></i><span class="attachment-card__name">{attach}</span><span class="attachment-card__size">36.2 KB</span><a class="attachment-card__btn" href="/login?redirect={path}">登录后下载</a></div>
    </div>
    <div class="doc-tags">标签：{"".join(f'<a class="tag" href="/tags?name={t}">{t}</a>' for t in tags)}</div>
    <div class="doc-actions"><button class="btn-like" disabled><i class="icon-like"></i>点赞 {likes}</button><button class="btn-star" disabled><i class="icon-star"></i>收藏</button><button class="btn-share"><i class="icon-share"></i>分享</button></div>
    <div class="doc-copyright">本文档版权归云禾集团所有，仅限企业内部交流学习使用，未经授权不得转载。</div>
  </article>
  <section class="lx-comments">
    <h3 class="lx-comments__title">评论（{total_comments}）</h3>
    <ul class="comment-list">
{comments}    </ul>
    <div class="login-guide">
      <p class="login-guide__tip">登录后查看全部 {total_comments} 条评论</p>
      <p class="login-guide__sub">登录乐享，与同事一起交流讨论</p>
      <a class="btn btn-primary" href="/login?redirect={path}">立即登录</a>
    </div>
  </section>
  <aside class="lx-related">
    <h3>相关文档</h3>
    <ul>
      <li><a href="{D1 if path != D1 else D2}">{"在集团2024年“安全生产月”启动会上的讲话" if path != D1 else "在2024届新员工入职培训开班仪式上的致辞"}</a></li>
      <li><a href="{D3}">2024年上半年综合管理部工作计划（摘要）</a></li>
    </ul>
  </aside>
</main>
<script>window.__INITIAL_STATE__={state};</script>
"""
    return page(f"{title} - 云禾集团 - 乐享", title, path.replace("/", "%2F"), body)


class FolderFamily(Family):
    """`/teams/k100086` is a page and also the folder of its docs: stored as the folder's index.html (`folder_pages`)."""

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
    fam = FolderFamily(HOST, "腾讯乐享 enterprise knowledge share page (guest view, UTF-8, extensionless)", extensionless_html=True)
    s1, s2 = SPEECHES["f56c-3"], SPEECHES["f56c-4"]
    t1, t2 = s1.title, s2.title
    c1 = comment("周建平", "安全环保部", "2024-06-03 17:42", "讲话精神已传达到各项目部，隐患排查台账模板已上传共享盘。", 12) + \
        comment("韩雪", "二公司·综合办", "2024-06-04 09:15", "收到，我们下周组织全员学习。", 5)
    c2 = comment("孙晓婷", "人力资源部", "2024-07-15 14:08", "培训日程表见附件，请各位新同事按时签到。", 18) + \
        comment("陈一鸣", "2024届新员工", "2024-07-15 20:31", "谢谢领导的寄语，一定好好干！", 9)
    fam.put(D1, doc_page(D1, D1.rsplit("/", 1)[1], s1, t1, "综合管理部 李楠", "集团总部·综合管理部", "2024-06-03 16:20", 1286, 47,
                         "安全生产月启动会讲话（总经理）.docx", ["安全生产", "领导讲话", "2024"], c1, 14,
                         "6月3日，集团召开2024年“安全生产月”启动会，总经理出席并讲话。以下为讲话全文，请各单位认真组织学习。"))
    fam.doc([D1], s1)
    fam.put(D2, doc_page(D2, D2.rsplit("/", 1)[1], s2, t2, "人力资源部 孙晓婷", "集团总部·人力资源部", "2024-07-15 11:05", 2310, 85,
                         "新员工入职培训开班致辞.docx", ["新员工", "培训", "致辞"], c2, 26,
                         "7月15日上午，2024届新员工入职培训在集团培训中心开班，人力资源部负责人致辞。"))
    fam.doc([D2], s2)
    fam.put(D3, page("2024年上半年综合管理部工作计划（摘要） - 云禾集团 - 乐享", "工作计划", "%2Fteams", """<main class="lx-main">
  <article class="lx-doc"><h1 class="doc-title">2024年上半年综合管理部工作计划（摘要）</h1>
  <div class="lx-no-permission"><i class="icon-lock"></i><p>该文档仅对企业成员可见</p><p>请登录后查看，或联系文档作者申请权限</p><a class="btn btn-primary" href="/login">登录</a></div>
  </article>
</main>
"""))

    def card(path, title, author, when, reads, summary):
        return f"""    <li class="doc-list-item">
      <a class="doc-list-item__title" href="{path}">{title}</a>
      <p class="doc-list-item__summary">{summary}</p>
      <div class="doc-list-item__meta"><span>{author}</span><span>{when}</span><span>{reads} 阅读</span></div>
    </li>
"""
    team = page("知识专区·综合管理 - 云禾集团 - 乐享", "云禾集团综合管理知识专区", "%2Fteams%2Fk100086", f"""<main class="lx-main">
  <div class="team-header"><img src="https://static.lexiang-yunhe-like.test/team/k100086.png" alt=""><div><h2>综合管理</h2><p>集团总部综合管理知识专区 · 成员 326 · 文档 158</p></div></div>
  <div class="team-tabs"><a class="active" href="{TEAM}">文档</a><a href="{TEAM}?tab=question">问答</a><a href="{TEAM}?tab=member">成员</a></div>
  <div class="category-bar"><a class="active" href="{TEAM}">全部</a><a href="{TEAM}?category=jh">领导讲话</a><a href="{TEAM}?category=zd">规章制度</a><a href="{TEAM}?category=px">培训资料</a></div>
  <ul class="doc-list">
{card(D2, t2, "孙晓婷", "2024-07-15", 2310, "7月15日上午，2024届新员工入职培训在集团培训中心开班……")}{card(D1, t1, "李楠", "2024-06-03", 1286, "6月3日，集团召开2024年“安全生产月”启动会……")}{card(D3, "2024年上半年综合管理部工作计划（摘要）", "李楠", "2024-01-08", 402, "🔒 仅企业成员可见")}  </ul>
  <div class="load-more"><a href="/login?redirect=%2Fteams%2Fk100086">登录查看更多文档</a></div>
</main>
""")
    fam.put(TEAM + "/", team)
    home = page("云禾集团 - 乐享", "云禾集团企业知识社区", "%2F", f"""<main class="lx-main lx-home">
  <div class="home-banner"><h2>云禾集团 · 乐享知识库</h2><p>沉淀经验，分享知识</p></div>
  <section class="home-section"><h3>公开知识专区</h3>
  <ul class="team-list"><li><a href="{TEAM}">综合管理</a><span>文档 158</span></li><li><a href="/teams/k100091">工程技术</a><span>文档 412</span></li></ul></section>
  <section class="home-section"><h3>最新分享</h3><ul class="doc-list"><li><a href="{D2}">{t2}</a></li><li><a href="{D1}">{t1}</a></li></ul></section>
</main>
""")
    fam.put("/", home)
    fam.put("/teams/k100091", page("知识专区·工程技术 - 云禾集团 - 乐享", "工程技术", "%2F", """<main class="lx-main"><div class="lx-no-permission"><p>该专区仅对企业成员开放</p><a class="btn btn-primary" href="/login">登录</a></div></main>
"""))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /api/\nDisallow: /search\nDisallow: /tags\n")
    fam.not_documents += ["/", TEAM, D3]
    fam.noise += ["通过乐享分享了此内容", "打开乐享App", "登录后查看全部", "登录后下载", "版权归云禾集团所有", "讲话精神已传达", "注册企业", "以下为讲话全文", "相关文档"]
    return fam
