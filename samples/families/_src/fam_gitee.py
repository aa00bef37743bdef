"""Gitee (gitee.com)-like repository pages of a Markdown speech collection, as a guest gets them:
the repo home `/laoli-wenmi/jianghua-fanwen` (file list `div.tree-item` rows with last commit
messages, README rendered in `div.file_content.markdown-body`), the folder `/…/tree/master/2024`,
and blob views `/…/blob/master/2024/<name>.md` (served as folders: `folder_pages`): `git-project-header`
(project icon, owner / repo, Watch / Star / Fork counts), the `git-project-nav` tabs (代码 / Issues /
Pull Requests / Wiki / 统计 / 流水线 / 服务), branch dropdown, `git-project-bread` breadcrumb, the file
tree side panel, `file_title` (name, size, 编辑 / 原始数据 / 按行查看 / 历史), the recent-commit line
(`提交于 … . 新增…`), the rendered Markdown (`h1` with Gitee's `user-content-` anchors, a blockquote
with 时间 / 地点 / 整理 lines, an `<hr>` and an italic 转载 note after the text); blob comments
(`评论 ( 0 )`, `登录 后才可以发表评论`), guest header (登录 / 注册), the Gitee footer with 奥思 copyright
and ICP. The 质量月 speech is split by the repo's author into `…-1.md` / `…-2.md` (（上）/（下）),
joined by his own `> 未完，见下篇：` / `> 接上篇：` links that Gitee rewrites to blob URLs: one
document over two pages."""

import json
from urllib.parse import quote

from common import FAMILIES, SPEECHES, Family, render, split_paras

HOST = "gitee-like.test"
OWNER = "laoli-wenmi"
OWNER_NAME = "老李写材料"
REPO = "jianghua-fanwen"
BASE = f"/{OWNER}/{REPO}"

DAOSHI = SPEECHES["R27B3"]
ZHILIANG = SPEECHES["R27B5"]
Z1, Z2 = split_paras(ZHILIANG.paras, 2)

FILES = [
    # name, speech, part, paras, size, commit time, commit message, sha, meta line
    {
        "name": "daoshi-daibiao-fayan.md",
        "speech": DAOSHI,
        "heading": DAOSHI.title,
        "paras": DAOSHI.paras,
        "size": "3.71 KB",
        "when": "2024-06-21 08:42:13 +0800",
        "msg": "新增导师代表发言",
        "sha": "5e0c9a1",
        "meta": ["时间：2024年6月20日", "场合：研究生毕业典礼暨学位授予仪式", "整理：老李（据现场发言稿，略有改动）"],
        "before": None,
        "after": None,
    },
    {
        "name": "zhiliangyue-qidong-1.md",
        "speech": ZHILIANG,
        "heading": ZHILIANG.title + "（上）",
        "paras": Z1,
        "size": "2.12 KB",
        "when": "2024-09-03 22:16:40 +0800",
        "msg": "质量月讲话拆成上下两篇",
        "sha": "a91f3d7",
        "meta": ["时间：2024年9月2日", "场合：公司质量月启动大会", "整理：老李"],
        "before": None,
        "after": ("未完，见下篇：", "zhiliangyue-qidong-2.md", ZHILIANG.title + "（下）"),
    },
    {
        "name": "zhiliangyue-qidong-2.md",
        "speech": ZHILIANG,
        "heading": ZHILIANG.title + "（下）",
        "paras": Z2,
        "size": "1.98 KB",
        "when": "2024-09-03 22:16:40 +0800",
        "msg": "质量月讲话拆成上下两篇",
        "sha": "a91f3d7",
        "meta": None,
        "before": ("接上篇：", "zhiliangyue-qidong-1.md", ZHILIANG.title + "（上）"),
        "after": None,
    },
]


def anchor(text):
    # Gitee keeps the heading's own characters in the anchor id and href
    return text


def blob(name):
    return f"{BASE}/blob/master/2024/{name}"


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta content="text/html; charset=utf-8" http-equiv="content-type">
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta name="keywords" content="@@KW@@">
<meta content="gitee-like.test/@@OWNER@@/@@REPO@@ git https://gitee-like.test/@@OWNER@@/@@REPO@@.git" name="go-import">
<link href="https://gitee-like.test@@PATH@@" rel="canonical">
<link href="https://cn-assets.gitee-like.test/assets/favicon-9007bd527d8a7851c8330e783151df58.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="https://cn-assets.gitee-like.test/assets/application-4d0f1a9e7c.css" media="all">
<link rel="stylesheet" href="https://cn-assets.gitee-like.test/assets/projects/application-b7a2e60c31.css" media="all">
<script src="https://cn-assets.gitee-like.test/webpacks/runtime~app-3c1f7b0e22.js"></script>
<script>
  var gon = gon || {};
  gon.locale="zh-CN";gon.current_user=null;gon.project_path="@@OWNER@@/@@REPO@@";gon.ref="master";
</script>
</head>
<body class="git-project lang-zh-CN">
<header class="common-header fixed noborder" id="git-header-nav">
<div class="ui container">
<div class="ui menu header-menu">
<div class="git-nav-expand-bar"><i class="iconfont icon-mode-table"></i></div>
<div class="gitee-nav__sidebar"></div>
<a class="item logo" href="/" title="Gitee - 基于 Git 的代码托管和研发协作平台"><img alt="Gitee — 基于 Git 的代码托管和研发协作平台" class="ui inline image" height="28" src="https://cn-assets.gitee-like.test/assets/logo-black-a3a6d3f8.svg" width="95"></a>
<a class="item" href="/explore" title="开源">开源</a>
<a class="item" href="/enterprises" title="企业版">企业版</a>
<a class="item" href="/education" title="高校版">高校版</a>
<a class="item" href="https://search.gitee-like.test/" title="搜索">搜索</a>
<div class="right menu userbar" id="git-nav-user-bar">
<a class="item git-nav-user__login-item" href="/login?redirect_to_url=@@ESCPATH@@">登录</a>
<div class="item git-nav-user__register-item"><a class="ui orange button" href="/signup?redirect_to_url=@@ESCPATH@@">注册</a></div>
</div>
</div>
</div>
</header>
<div class="git-project-header">
<div class="fixed-notice-infos"></div>
<div class="ui container">
<div class="git-project-header-details">
<div class="git-project-header-container">
<div class="git-project-header-actions">
<div class="ui tiny modal project-donate-modal" id="project-donate-modal"></div>
<div class="ui buttons basic watch-container">
<div class="ui dropdown button js-project-watch"><span class="text">Watch</span><i class="dropdown icon"></i></div>
<a class="ui button action-social-count" href="@@BASE@@/watchers" title="2">2</a>
</div>
<div class="ui buttons basic star-container">
<a class="ui button star" href="/login?redirect_to_url=@@ESCPATH@@"><i class="iconfont icon-star"></i> Star</a>
<a class="ui button action-social-count" href="@@BASE@@/stargazers" title="17">17</a>
</div>
<div class="ui buttons basic fork-container">
<a class="ui button fork" href="/login?redirect_to_url=@@ESCPATH@@" title="没有权限操作！"><i class="iconfont icon-fork"></i> Fork</a>
<a class="ui button action-social-count" href="@@BASE@@/members" title="5">5</a>
</div>
</div>
<h2 class="git-project-title mt-0 mb-0">
<span class="project-title"><i class="project-icon iconfont icon-project-public" title="这是一个公开仓库"></i> <a class="author" href="/@@OWNER@@" title="@@OWNER_NAME@@">@@OWNER_NAME@@</a> / <a class="repository" href="@@BASE@@" style="padding-bottom: 0px" target="" title="@@REPO@@">@@REPO@@</a></span>
</h2>
</div>
</div>
<div class="git-project-nav">
<div class="ui secondary pointing menu">
<a class="item active" href="@@BASE@@"><i class="iconfont icon-code"></i> 代码</a>
<a class="item" href="@@BASE@@/issues"><i class="iconfont icon-task"></i> Issues <span class="ui mini circular label">0</span></a>
<a class="item" href="@@BASE@@/pulls"><i class="iconfont icon-pull-request"></i> Pull Requests <span class="ui mini circular label">0</span></a>
<a class="item" href="@@BASE@@/wikis"><i class="iconfont icon-wiki"></i> Wiki</a>
<a class="item" href="@@BASE@@/graph/master"><i class="iconfont icon-statistics"></i> 统计</a>
<a class="item" href="@@BASE@@/gitee_go"><i class="iconfont icon-workflow"></i> 流水线</a>
<div class="item"><div class="ui pointing top right dropdown git-project-service"><div><i class="iconfont icon-service"></i> 服务</div></div></div>
</div>
</div>
</div>
</div>
<div class="git-project-content-wrapper">
<div class="ui container">
<div class="git-project-content" id="git-project-content">
<div class="git-project-bread" id="git-project-bread">
<div class="ui horizontal list repo-action-list branches-tags" style="padding-top: 1px">
<div class="item git-project-branch-item"><div class="ui top left pointing dropdown gitee-branch-dropdown" id="git-project-branch"><div class="text">master</div><i class="dropdown icon"></i></div></div>
</div>
<div class="ui breadcrumb path project-path">@@CRUMB@@</div>
</div>
"""

FOOT = """</div>
</div>
</div>
<footer id="git-footer-main">
<div class="ui container">
<div class="footer-links">
<div class="item"><a href="/gitee-stars">Gitee Reward</a> <a href="/gitee-cover">Gitee 封面人物</a> <a href="/gvp">GVP 项目</a> <a href="/all-about-git">Git 大全</a> <a href="/oschina/git-osc/wikis">使用说明</a> <a href="/app">APP与插件下载</a></div>
<div class="item"><a href="/about_us">关于我们</a> <a href="/about_us#join">加入我们</a> <a href="/terms">使用条款</a> <a href="/oschina/git-osc/issues">意见建议</a> <a href="/links.html">合作伙伴</a></div>
</div>
<div class="footer-copyright">
<p>©Gitee.com　深圳市奥思网络科技有限公司版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备12009483号</a></p>
</div>
</div>
</footer>
<script src="https://cn-assets.gitee-like.test/webpacks/app-1a94d6c2e8.js"></script>
<script src="https://cn-assets.gitee-like.test/webpacks/project-blob-8e2b5f07d1.js"></script>
</body>
</html>
"""


def crumb(*parts):
    out = [f'<a class="section repo-name" href="{BASE}" style="padding-left: 0">{REPO}</a>']
    for i, (label, href) in enumerate(parts):
        out.append('<div class="divider"> / </div>')
        out.append(f'<strong>{label}</strong>' if href is None else f'<a class="section" href="{href}">{label}</a>')
    return "".join(out)


def page(title, desc, crumb_html, body, path):
    return render(
        HEAD + body + FOOT,
        TITLE=title,
        DESC=desc,
        KW=f"{REPO},{OWNER_NAME},讲话稿,Gitee",
        OWNER=OWNER,
        OWNER_NAME=OWNER_NAME,
        REPO=REPO,
        BASE=BASE,
        ESCPATH=quote(path, safe=""),
        CRUMB=crumb_html,
        PATH=path,
    )


def md_html(f):
    out = []
    h = f["heading"]
    out.append(f'<h1><a id="user-content-{anchor(h)}" class="anchor" href="#{anchor(h)}"></a>{h}</h1>')
    if f["before"]:
        label, name, text = f["before"]
        out.append(f'<blockquote>\n<p>{label}<a href="{blob(name)}">{text}</a></p>\n</blockquote>')
    if f["meta"]:
        out.append("<blockquote>\n<p>" + "<br>\n".join(f["meta"]) + "</p>\n</blockquote>")
    out += [f"<p>{p}</p>" for p in f["paras"]]
    if f["after"]:
        label, name, text = f["after"]
        out.append(f'<blockquote>\n<p>{label}<a href="{blob(name)}">{text}</a></p>\n</blockquote>')
    else:
        out.append("<hr>")
        out.append("<p><em>本仓库文稿仅供学习参考，转载请注明出处，请勿直接照搬使用。</em></p>")
    return "\n".join(out)


def tree_side(current):
    rows = "\n".join(
        f'<div class="tree-node{" active" if f["name"] == current else ""}"><i class="iconfont icon-file"></i><a href="{blob(f["name"])}" title="{f["name"]}">{f["name"]}</a></div>'
        for f in FILES
    )
    return f"""<div class="tree-left-side-holder" id="tree-slider">
<div class="tree-header">文件</div>
<div class="tree-node tree-folder open"><i class="iconfont icon-folder"></i><a href="{BASE}/tree/master/2024">2024</a></div>
<div class="tree-children">
{rows}
</div>
<div class="tree-node"><i class="iconfont icon-file"></i><a href="{BASE}/blob/master/LICENSE">LICENSE</a></div>
<div class="tree-node"><i class="iconfont icon-file"></i><a href="{BASE}/blob/master/README.md">README.md</a></div>
</div>"""


def blob_page(f):
    path = blob(f["name"])
    body = f"""<div class="ui container" id="tree-content-holder">
{tree_side(f["name"])}
<div class="tree-right-side-holder">
<div class="file_holder">
<div class="file_title">
<div class="blob-header-title"><i class="iconfont icon-file"></i> <strong class="file-name">{f["name"]}</strong> <small>{f["size"]}</small></div>
<div class="options">
<div class="ui mini buttons basic">
<a class="ui button edit-blob" href="{BASE}/edit/master/2024/{f["name"]}">编辑</a>
<a class="ui button" href="{BASE}/raw/master/2024/{f["name"]}" target="_blank">原始数据</a>
<a class="ui button" href="{BASE}/blame/master/2024/{f["name"]}">按行查看</a>
<a class="ui button" href="{BASE}/commits/master/2024/{f["name"]}">历史</a>
</div>
</div>
</div>
<div class="contributor-description"><span class="recent-commit" style="margin-top: 0.7rem"><a class="commit-author-link" href="/{OWNER}" data-username="{OWNER}">{OWNER_NAME}</a> 提交于 <span class="timeago commit-date" title="{f["when"]}">{f["when"][:16]}</span> . <a href="{BASE}/commit/{f["sha"]}2b6d0e8f4c1a93d75b0e6f2c81a4d97e3b5">{f["msg"]}</a></span></div>
<div class="clearfix"></div>
<div class="file_content markdown-body">
{md_html(f)}
</div>
</div>
<div class="blob-comments" id="blob-comments">
<div class="comments-title">评论 ( 0 )</div>
<div class="comment-login-tip"><a href="/login?redirect_to_url={quote(path, safe='')}">登录</a> 后才可以发表评论</div>
</div>
</div>
</div>
"""
    return page(
        f"2024/{f['name']} · {OWNER_NAME}/{REPO} - Gitee.com",
        f"{f['heading']}",
        crumb(("2024", f"{BASE}/tree/master/2024"), (f["name"], None)),
        body,
        path,
    )


def tree_rows(in_folder):
    if in_folder:
        items = [(f["name"], blob(f["name"]), f["msg"], f["when"][:10]) for f in FILES]
        items.insert(0, ("..", BASE, "", ""))
    else:
        items = [
            ("2024", f"{BASE}/tree/master/2024", "质量月讲话拆成上下两篇", "2024-09-03"),
            ("LICENSE", f"{BASE}/blob/master/LICENSE", "Initial commit", "2024-06-21"),
            ("README.md", f"{BASE}/blob/master/README.md", "更新目录", "2024-09-03"),
        ]
    return "\n".join(
        f"""<div class="row tree-item">
<div class="five wide column tree-item-file-name"><i class="iconfont {'icon-folders' if '.' not in name or name == '..' else 'icon-file'}"></i><a href="{href}" title="{name}">{name}</a></div>
<div class="seven wide column tree-item-last-commit"><span class="commit-message">{msg}</span></div>
<div class="four wide column tree-item-commit-time">{when}</div>
</div>"""
        for name, href, msg, when in items
    )


README = f"""<h1><a id="user-content-jianghua-fanwen" class="anchor" href="#jianghua-fanwen"></a>讲话范文集</h1>
<p>平时帮单位写材料攒下来的讲话稿、发言稿，人名地名已做处理，按年份放在目录里，仅供学习参考。</p>
<h2><a id="user-content-{anchor('目录')}" class="anchor" href="#{anchor('目录')}"></a>目录</h2>
<ul>
<li><a href="{blob(FILES[0]['name'])}">{DAOSHI.title}</a></li>
<li><a href="{blob(FILES[1]['name'])}">{ZHILIANG.title}（上）</a> / <a href="{blob(FILES[2]['name'])}">（下）</a></li>
</ul>
<h2><a id="user-content-{anchor('说明')}" class="anchor" href="#{anchor('说明')}"></a>说明</h2>
<p>欢迎 Star，有问题提 Issue。文稿采用 CC BY-NC 4.0 许可。</p>"""


def repo_home():
    body = f"""<div class="git-project-desc-wrapper"><div class="git-project-desc-text">平时写材料攒下来的讲话稿、发言稿（Markdown），仅供学习参考</div></div>
<div class="git-project-info"><span class="item"><i class="iconfont icon-commit"></i> <a href="{BASE}/commits/master">6 次提交</a></span><span class="item"><i class="iconfont icon-branches"></i> <a href="{BASE}/branches">1 个分支</a></span><span class="item"><i class="iconfont icon-tag"></i> <a href="{BASE}/tags">0 个标签</a></span></div>
<div class="ui clone-box"><div class="ui orange button clone-button">克隆/下载</div></div>
<div class="recent-commit"><a class="commit-author-link" href="/{OWNER}">{OWNER_NAME}</a> 最后提交于 <span class="timeago" title="2024-09-03 22:16:40 +0800">2024-09-03 22:16</span> . <a href="{BASE}/commit/a91f3d7">质量月讲话拆成上下两篇</a></div>
<div class="ui grid tree-holder" id="tree-holder">
{tree_rows(False)}
</div>
<div class="file_holder readme-box">
<div class="file_title"><i class="iconfont icon-readme"></i> README.md</div>
<div class="file_content markdown-body">
{README}
</div>
</div>
"""
    return page(
        f"{REPO}: 平时写材料攒下来的讲话稿、发言稿（Markdown），仅供学习参考",
        "平时写材料攒下来的讲话稿、发言稿（Markdown），仅供学习参考",
        crumb(),
        body,
        BASE,
    )


def tree_page():
    body = f"""<div class="recent-commit"><a class="commit-author-link" href="/{OWNER}">{OWNER_NAME}</a> 最后提交于 <span class="timeago" title="2024-09-03 22:16:40 +0800">2024-09-03 22:16</span> . <a href="{BASE}/commit/a91f3d7">质量月讲话拆成上下两篇</a></div>
<div class="ui grid tree-holder" id="tree-holder">
{tree_rows(True)}
</div>
"""
    return page(f"2024 · {OWNER_NAME}/{REPO} - Gitee.com", "讲话范文集 2024", crumb(("2024", None)), body, f"{BASE}/tree/master/2024")


class GiteeFamily(Family):
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
    fam = GiteeFamily(
        HOST,
        "Gitee (gitee.com) repo of Markdown speeches: repo home with README, tree page, blob views with rendered markdown; one speech split over two .md files",
    )
    fam.home = BASE
    fam.put(BASE + "/index.html", repo_home())
    fam.put(BASE + "/tree/master/2024/index.html", tree_page())
    for f in FILES:
        fam.put(blob(f["name"]) + "/index.html", blob_page(f))
    fam.not_documents += [BASE, f"{BASE}/tree/master/2024", blob(FILES[2]["name"])]
    fam.doc([blob(FILES[0]["name"])], DAOSHI)
    fam.doc([blob(FILES[1]["name"]), blob(FILES[2]["name"])], ZHILIANG)
    fam.note = (
        "blob pages are stored as folders (folder_pages) so the replica serves `….md` as HTML; "
        "the 质量月 speech is one document over its （上）/（下） files; published_at is the 时间 line "
        "in the Markdown (the page's only other date is the commit time)"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /*/raw/\nDisallow: /*/blame/\nDisallow: /*/commits/\nDisallow: /login\nDisallow: /signup\n")
    fam.noise += [
        "Watch",
        "Star",
        "Fork",
        "Pull Requests",
        "流水线",
        "原始数据",
        "按行查看",
        "提交于",
        "新增导师代表发言",
        "（上）",
        "（下）",
        "未完，见下篇",
        "接上篇",
        "时间：2024年6月20日",
        "整理：老李",
        "本仓库文稿仅供学习参考",
        "评论 ( 0 )",
        "后才可以发表评论",
        "深圳市奥思网络科技有限公司版权所有",
        "粤ICP备12009483号",
    ]
    return fam
