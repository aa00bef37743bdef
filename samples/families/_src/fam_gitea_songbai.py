"""Gitea 1.21 (self-hosted, zh-CN UI) code-hosting site of a city's 文秘 team, guest view, UTF-8.

Home `/` = Gitea's guest landing page (logo, `Gitea: Git with a cup of tea`-style slogan replaced by
the site's own, 探索 link) → `/explore/repos` (repo list `div.flex-list`, stars / forks / updated)
→ repo `/wenmi/jianghua` (extensionless): `div.repo-header` (owner / repo, 关注 / 点赞 / 派生 counts),
`overflow-menu` tabs (代码 / 工单 / 合并请求 / Actions / 百科 / 动态), `repo-description`, branch
dropdown, `#repo-files-table` rows (folders, files, last commit message and time) and the README
rendered under it in `#readme` (`h4.file-header` + `div.file-view.markup.markdown`: an `h1`, a
quote line `> 整理：…`, paragraphs, a fenced note); the folder `/wenmi/jianghua/src/branch/main/
2023-wusi` shows its own README (the second speech) under its file list; `relative-time` dates,
footer 当前版本 / 页面 / 模板 timing line, language menu."""

import html
import json

from common import FAMILIES, SPEECHES, Family

HOST = "git.songbai-gitea-like.test"
REPO = "/wenmi/jianghua"
DIR2 = REPO + "/src/branch/main/2023-wusi"
DIR3 = REPO + "/src/branch/main/2024"


def head(title):
    return f"""<!DOCTYPE html>
<html lang="zh-CN" data-theme="gitea-auto">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{title}</title>
	<link rel="manifest" href="data:application/json;base64,eyJuYW1lIjoi5p2+5p+P5Luj56CB5omY566hIn0=">
	<meta name="author" content="wenmi">
	<meta name="description" content="松柏代码托管 - 市级单位内部代码与文档协作平台">
	<meta name="keywords" content="go,git,self-hosted,gitea">
	<meta name="referrer" content="no-referrer">
	<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
	<script>
		window.addEventListener('error', function(e) {{window._globalHandlerErrors=window._globalHandlerErrors||[]; window._globalHandlerErrors.push(e);}});
		window.config = {{
			appUrl: 'http:\\/\\/{HOST}\\/',
			appSubUrl: '',
			assetVersionEncoded: encodeURIComponent('1.21.11'),
			assetUrlPrefix: '\\/assets',
			runModeIsProd:  true ,
			customEmojis: {{"codeberg":":codeberg:","git":":git:","gitea":":gitea:","github":":github:","gitlab":":gitlab:","gogs":":gogs:"}},
			csrfToken: 'bGx0bTdTb2lnYW5CX3dlbm1pOjE3MDE4NzI0NTc',
			pageData: {{}},
			notificationSettings: {{"EventSourceUpdateTime":10000,"MaxTimeout":60000,"MinTimeout":10000,"TimeoutStep":10000}},
			enableTimetracking:  true ,
			mermaidMaxSourceCharacters:  5000 ,
			i18n: {{
				copy_success: '已复制！',
				copy_error: '复制失败',
				error_occurred: '发生了一个错误',
				network_error: '网络错误',
				remove_label_str: '删除“%s”项目',
				modal_confirm: '确认',
				modal_cancel: '取消',
				more_items: '显示更多',
			}},
		}};
		window.config.pageData = window.config.pageData || {{}};
	</script>
	<meta property="og:title" content="{title}">
	<meta property="og:type" content="object">
	<meta property="og:site_name" content="松柏代码托管">
	<link rel="stylesheet" href="/assets/css/index.css?v=1.21.11">
	<link rel="stylesheet" href="/assets/css/theme-gitea-auto.css?v=1.21.11">
</head>
<body>
	<div class="full height">
		<noscript>本站点在启用 JavaScript 的情况下工作得更好。</noscript>
<nav id="navbar" aria-label="导航栏">
	<div class="navbar-left ui secondary menu">
		<a class="item" id="navbar-logo" href="/" aria-label="首页">
			<img width="30" height="30" src="/assets/img/logo.svg" alt="Logo" aria-hidden="true">
		</a>
		<div class="ui secondary menu item navbar-mobile-right only-mobile">
			<button class="item ui icon mini button gt-m-0" id="navbar-expand-toggle"><svg viewBox="0 0 16 16" class="svg octicon-three-bars" aria-hidden="true" width="16" height="16"><path d="M1 2.75A.75.75 0 0 1 1.75 2h12.5a.75.75 0 0 1 0 1.5H1.75A.75.75 0 0 1 1 2.75Z"/></svg></button>
		</div>
			<a class="item" href="/explore/repos">探索</a>
			<a class="item" target="_blank" rel="noopener noreferrer" href="https://docs.gitea.com">帮助</a>
	</div>
	<div class="navbar-right ui secondary menu">
			<a class="item" href="/user/sign_up">
				<svg viewBox="0 0 16 16" class="svg octicon-person" aria-hidden="true" width="16" height="16"><path d="M10.561 8.073a6.005 6.005 0 0 1 3.432 5.142.75.75 0 1 1-1.498.07 4.5 4.5 0 0 0-8.99 0 .75.75 0 0 1-1.498-.07 6.004 6.004 0 0 1 3.431-5.142 3.999 3.999 0 1 1 5.123 0Z"/></svg>
				<span class="gt-ml-3">注册</span>
			</a>
			<a class="item" rel="nofollow" href="/user/login?redirect_to={{REDIR}}">
				<svg viewBox="0 0 16 16" class="svg octicon-sign-in" aria-hidden="true" width="16" height="16"><path d="M2 2.75C2 1.784 2.784 1 3.75 1h2.5a.75.75 0 0 1 0 1.5h-2.5a.25.25 0 0 0-.25.25v10.5c0 .138.112.25.25.25h2.5a.75.75 0 0 1 0 1.5h-2.5A1.75 1.75 0 0 1 2 13.25Z"/></svg>
				<span class="gt-ml-3">登录</span>
			</a>
	</div>
</nav>
"""


FOOT = """	</div>
<footer class="page-footer" role="group" aria-label="页脚">
	<div class="left-links" role="contentinfo" aria-label="关于该软件">
		<a target="_blank" rel="noopener noreferrer" href="https://about.gitea.com">技术提供： Gitea</a>
			当前版本： 1.21.11
			页面： <strong>@@MS@@ms</strong>
			模板： <strong>9ms</strong>
	</div>
	<div class="right-links" role="group" aria-label="链接">
		<div class="ui dropdown upward language">
			<span class="flex-text-inline"><svg viewBox="0 0 16 16" class="svg octicon-globe" aria-hidden="true" width="14" height="14"><path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Z"/></svg>简体中文</span>
			<div class="menu language-menu">
					<a lang="en-US" data-url="/?lang=en-US" class="item ">English</a>
					<a lang="zh-CN" data-url="/?lang=zh-CN" class="item active selected">简体中文</a>
					<a lang="zh-TW" data-url="/?lang=zh-TW" class="item ">繁體中文（台灣）</a>
			</div>
		</div>
		<a href="/assets/licenses.txt">许可证</a>
		<a href="/api/swagger">API</a>
		<a href="http://www.songbai-gitea-like.test/beian">浙ICP备2021018866号-2</a>
	</div>
</footer>
<script src="/assets/js/index.js?v=1.21.11" onerror="alert('Failed to load asset files from ' + this.src + '. Please make sure the asset files can be accessed.')"></script>
</body>
</html>
"""

SVG_DIR = '<svg viewBox="0 0 16 16" class="svg octicon-file-directory-fill" aria-hidden="true" width="16" height="16"><path d="M1.75 1A1.75 1.75 0 0 0 0 2.75v10.5C0 14.216.784 15 1.75 15h12.5A1.75 1.75 0 0 0 16 13.25v-8.5A1.75 1.75 0 0 0 14.25 3H7.5a.25.25 0 0 1-.2-.1l-.9-1.2C6.07 1.26 5.55 1 5 1H1.75Z"/></svg>'
SVG_FILE = '<svg viewBox="0 0 16 16" class="svg octicon-file" aria-hidden="true" width="16" height="16"><path d="M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Z"/></svg>'


def row(kind, name, href, sha, msg, when, iso):
    icon = SVG_DIR if kind == "dir" else SVG_FILE
    return f"""				<tr data-entryname="{html.escape(name)}" data-ready="true" class="ready entry">
					<td class="name four wide">
						<span class="truncate">
								{icon}
								<a class="muted" href="{href}" title="{html.escape(name)}">{html.escape(name)}</a>
						</span>
					</td>
					<td class="message nine wide">
						<span class="truncate">
								<a href="{REPO}/commit/{sha}" class="default-link muted">{html.escape(msg)}</a>
						</span>
					</td>
					<td class="text right age three wide"><relative-time class="time-since" prefix="" tense="past" datetime="{iso}" data-tooltip-content data-tooltip-interactive="true">{when}</relative-time></td>
				</tr>
"""


def repo_chrome(path_html, branch_crumb, commit_line, rows_html, readme_html, commits, title, ms):
    return head(title).replace("{REDIR}", "%2Fwenmi%2Fjianghua") + f"""<div role="main" aria-label="{title}" class="page-content repository file list ">
	<div class="header-wrapper">
	<div class="ui container">
		<div class="repo-header">
			<div class="repo-title-wrap gt-df gt-fc">
				<div class="repo-title" role="heading" aria-level="1">
					<div class="gt-mr-3">
						<img class="ui avatar gt-vm" src="/avatars/6b1f0e4d2c8a" title="wenmi" width="24" height="24"/>
					</div>
					<a href="/wenmi">wenmi</a>
					<div class="gt-mx-2">/</div>
					<a href="{REPO}">jianghua</a>
					<div class="labels gt-df gt-ac gt-fw">
							<span class="ui basic label">内部</span>
					</div>
				</div>
			</div>
				<div class="repo-buttons">
					<form hx-boost="true" hx-target="this" method="post" action="{REPO}/action/watch">
						<div class="ui labeled button" data-tooltip-content="登录以关注此仓库。">
							<button type="submit" class="ui compact small basic button" disabled>
								<svg viewBox="0 0 16 16" class="svg octicon-eye" aria-hidden="true" width="16" height="16"><path d="M8 2c1.981 0 3.671.992 4.933 2.078Z"/></svg><span class="text">关注</span>
							</button>
							<a hx-boost="false" class="ui basic label" href="{REPO}/watchers">7</a>
						</div>
					</form>
					<form hx-boost="true" hx-target="this" method="post" action="{REPO}/action/star">
						<div class="ui labeled button" data-tooltip-content="登录以点赞此仓库。">
							<button type="submit" class="ui compact small basic button" disabled>
								<svg viewBox="0 0 16 16" class="svg octicon-star" aria-hidden="true" width="16" height="16"><path d="M8 .25a.75.75 0 0 1 .673.418Z"/></svg><span class="text">点赞</span>
							</button>
							<a hx-boost="false" class="ui basic label" href="{REPO}/stars">23</a>
						</div>
					</form>
						<div class="ui labeled button" data-tooltip-content="登录以派生此仓库。">
							<a class="ui compact small basic button" href="/user/login?redirect_to=%2Fwenmi%2Fjianghua%2Ffork"><svg viewBox="0 0 16 16" class="svg octicon-repo-forked" aria-hidden="true" width="16" height="16"><path d="M5 5.372v.878c0 .414.336.75.75.75Z"/></svg><span class="text">派生</span></a>
							<a class="ui basic label" href="{REPO}/forks">5</a>
						</div>
				</div>
		</div>
	</div>
	<overflow-menu class="ui container secondary pointing tabular top attached borderless menu navbar">
			<div class="overflow-menu-items">
				<a class="active item" href="{REPO}"><svg viewBox="0 0 16 16" class="svg octicon-code" aria-hidden="true" width="16" height="16"><path d="m11.28 3.22 4.25 4.25Z"/></svg> 代码</a>
				<a class="item" href="{REPO}/issues"><svg viewBox="0 0 16 16" class="svg octicon-issue-opened" aria-hidden="true" width="16" height="16"><path d="M8 9.5a1.5 1.5 0 1 0 0-3Z"/></svg> 工单<span class="ui small label">2</span></a>
				<a class="item" href="{REPO}/pulls"><svg viewBox="0 0 16 16" class="svg octicon-git-pull-request" aria-hidden="true" width="16" height="16"><path d="M1.5 3.25a2.25 2.25 0 1 1 3 2.122Z"/></svg> 合并请求</a>
				<a class="item" href="{REPO}/actions">Actions</a>
				<a class="item" href="{REPO}/packages">软件包</a>
				<a class="item" href="{REPO}/projects">项目</a>
				<a class="item" href="{REPO}/releases">版本发布<span class="ui small label">3</span></a>
				<a class="item" href="{REPO}/wiki">百科</a>
				<a class="item" href="{REPO}/activity">动态</a>
			</div>
	</overflow-menu>
	<div class="ui tabs divider"></div>
</div>
	<div class="ui container ">
		<div class="ui repo-description">
			<div id="repo-desc" class="gt-font-16">
				<span class="description">市委办文秘科讲话稿、发言稿整理（仅供内部学习参考，请勿外传）</span>
			</div>
			<div class="ui repo-topic-edit"></div>
		</div>
		<div class="gt-df gt-ac gt-fw gt-gap-2" id="repo-topics">
				<a class="ui repo-topic large label topic gt-m-0" href="/explore/repos?q=%e8%ae%b2%e8%af%9d%e7%a8%bf&topic=1">讲话稿</a>
				<a class="ui repo-topic large label topic gt-m-0" href="/explore/repos?q=%e6%96%87%e7%a7%98&topic=1">文秘</a>
				<a class="ui repo-topic large label topic gt-m-0" href="/explore/repos?q=markdown&topic=1">markdown</a>
		</div>
		<div class="ui segments repository-summary gt-mt-2">
			<div class="ui segment sub-menu repository-menu">
					<a class="item muted" href="{REPO}/commits/branch/main"><svg viewBox="0 0 16 16" class="svg octicon-history" aria-hidden="true" width="16" height="16"><path d="m.427 1.927 1.215 1.215Z"/></svg> <b>{commits}</b> 次提交</a>
					<a class="item muted" href="{REPO}/branches"><svg viewBox="0 0 16 16" class="svg octicon-git-branch" aria-hidden="true" width="16" height="16"><path d="M9.5 3.25a2.25 2.25 0 1 1 3 2.122Z"/></svg> <b>2</b> 个分支</a>
					<a class="item muted" href="{REPO}/tags"><svg viewBox="0 0 16 16" class="svg octicon-tag" aria-hidden="true" width="16" height="16"><path d="M1 7.775V2.75C1 1.784 1.784 1 2.75 1Z"/></svg> <b>3</b> 个标签</a>
					<span class="item not-mobile" ><svg viewBox="0 0 16 16" class="svg octicon-database" aria-hidden="true" width="16" height="16"><path d="M1 3.5c0-.626.292-1.165.7-1.59Z"/></svg> <b>1.2 MiB</b></span>
			</div>
			<div class="ui segment sub-menu language-stats-details gt-hidden"></div>
			<a class="ui segment language-stats show-panel toggle" data-panel=".repository-summary .sub-menu">
					<div class="bar" style="width: 100%; background-color: #083fa1" data-tooltip-placement="top" data-tooltip-content=Markdown></div>
			</a>
		</div>
		<div class="repo-button-row">
			<div class="gt-df gt-ac">
				<div class="fitted item choose reference">
					<div class="ui floating filter dropdown custom branch-selector-dropdown" data-can-create-branch="false" data-no-results="无结果">
						<div class="ui basic small compact button"><span class="text"><svg viewBox="0 0 16 16" class="svg octicon-git-branch" aria-hidden="true" width="16" height="16"><path d="M9.5 3.25a2.25 2.25 0 1 1 3 2.122Z"/></svg> 分支: <strong>main</strong></span></div>
					</div>
				</div>
				<a href="{REPO}/compare/main...main" class="ui compact basic button" data-tooltip-content="比较">比较</a>
				<span class="breadcrumb repo-path gt-ml-2">{path_html}</span>
			</div>
			<div class="gt-df gt-ac">
				<div class="ui action tiny input" id="clone-panel-popup">
					<button class="repo-clone-https ui basic clone button" id="repo-clone-https" data-link="http://{HOST}{REPO}.git">HTTP</button>
					<input id="repo-clone-url" size="20" class="js-clone-url" value="http://{HOST}{REPO}.git" readonly>
				</div>
				<a class="ui basic small compact button" href="{REPO}/archive/main.zip" rel="nofollow">下载 ZIP</a>
			</div>
		</div>
		<table id="repo-files-table" class="ui single line table gt-mt-0" >
			<thead>
				<tr class="commit-list">
					<th colspan="2">
						<div class="latest-commit">
							{commit_line}
						</div>
					</th>
					<th class="text grey right age">{branch_crumb}</th>
				</tr>
			</thead>
			<tbody>
{rows_html}			</tbody>
		</table>
{readme_html}
	</div>
</div>
""" + FOOT.replace("@@MS@@", ms)


def readme(speech, pre_quote, note):
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in speech.paras)
    return f"""	<div id="readme" class="file-view-render-container">
		<h4 class="file-header ui top attached header gt-df gt-ac gt-sb gt-fw">
			<div class="file-header-left gt-df gt-ac gt-py-3 gt-pr-4">
				<svg viewBox="0 0 16 16" class="svg octicon-book" aria-hidden="true" width="16" height="16"><path d="M0 1.75A.75.75 0 0 1 .75 1h4.253Z"/></svg>
				<strong>README.md</strong>
			</div>
			<div class="file-header-right file-actions gt-df gt-ac gt-fw">
				<div class="ui compact icon buttons">
					<a class="ui mini basic button unescape-button gt-hidden">显示 Unicode 字符</a>
				</div>
			</div>
		</h4>
		<div class="ui attached table unstackable segment">
			<div class="file-view markup markdown">
				<h1 id="user-content-{html.escape(speech.title)}">{html.escape(speech.title)}</h1>
<blockquote>
<p>{pre_quote}</p>
</blockquote>
{paras}
<hr/>
<pre class="code-block"><code class="chroma language-text display">{note}</code></pre>
			</div>
		</div>
	</div>
"""


class FolderFamily(Family):
    """`/wenmi/jianghua` is a page and also a folder of pages: stored as the folder's index.html (`folder_pages`)."""

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
    fam = FolderFamily(HOST, "Gitea 1.21 self-hosted code hosting, repository page with rendered README (UTF-8, extensionless)",
                 extensionless_html=True)
    s1, s2 = SPEECHES["f56c-1"], SPEECHES["f56c-2"]
    commit1 = f"""<img class="ui avatar gt-vm" src="/avatars/6b1f0e4d2c8a" title="王秘书" width="24" height="24"/>
							<a class="author-wrapper" title="王秘书" href="/wenmi-wang"><strong>王秘书</strong></a>
							<a rel="nofollow" class="ui sha label " href="{REPO}/commit/8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a"><span class="shortsha">8f3c2a1d9e</span></a>
							<span class="grey commit-summary" title="更新 README：政务数据共享推进会讲话（定稿）"><span class="message-wrapper"><a href="{REPO}/commit/8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a" class="default-link muted">更新 README：政务数据共享推进会讲话（定稿）</a></span></span>"""
    rows1 = "".join([
        row("dir", "2022", REPO + "/src/branch/main/2022", "1a2b3c4d5e6f70819a2b3c4d5e6f708192a3b4c5", "归档2022年材料", "1 年前", "2023-01-09T10:21:44+08:00"),
        row("dir", "2023-wusi", DIR2, "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e", "五四座谈会讲话稿", "11 个月前", "2023-05-06T16:02:11+08:00"),
        row("dir", "2024", DIR3, "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f", "新增一季度材料", "3 个月前", "2024-03-28T09:45:30+08:00"),
        row("file", ".gitignore", REPO + "/src/branch/main/.gitignore", "4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70", "Initial commit", "2 年前", "2022-03-02T14:11:09+08:00"),
        row("file", "LICENSE", REPO + "/src/branch/main/LICENSE", "4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70", "Initial commit", "2 年前", "2022-03-02T14:11:09+08:00"),
        row("file", "README.md", REPO + "/src/branch/main/README.md", "8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a", "更新 README：政务数据共享推进会讲话（定稿）", "2 周前", "2024-04-19T18:30:12+08:00"),
        row("file", "模板-讲话稿格式.docx", REPO + "/src/branch/main/%E6%A8%A1%E6%9D%BF-%E8%AE%B2%E8%AF%9D%E7%A8%BF%E6%A0%BC%E5%BC%8F.docx", "1a2b3c4d5e6f70819a2b3c4d5e6f708192a3b4c5", "归档2022年材料", "1 年前", "2023-01-09T10:21:44+08:00"),
    ])
    crumb1 = '<span class="section"><a href="/wenmi/jianghua/src/branch/main" title="jianghua">jianghua</a></span>'
    fam.put(REPO + "/", repo_chrome(crumb1, "2 周前", commit1, rows1,
                              readme(s1, "市大数据局局长在全市政务数据共享工作推进会上的讲话（2024年4月18日，根据录音整理）", "# 本仓库内容仅供内部学习参考\n# 转载请注明：市委办文秘科 wenmi/jianghua"),
                              "wenmi/jianghua: 市委办文秘科讲话稿、发言稿整理 - 松柏代码托管", "41", "86"))
    fam.doc([REPO], s1, title="在全市政务数据共享工作推进会上的讲话")

    commit2 = f"""<img class="ui avatar gt-vm" src="/avatars/a9c3e0b1" title="liuxiaoyu" width="24" height="24"/>
							<a class="author-wrapper" title="liuxiaoyu" href="/liuxiaoyu"><strong>liuxiaoyu</strong></a>
							<a rel="nofollow" class="ui sha label " href="{REPO}/commit/2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"><span class="shortsha">2b3c4d5e6f</span></a>
							<span class="grey commit-summary" title="五四座谈会讲话稿"><span class="message-wrapper"><a href="{REPO}/commit/2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e" class="default-link muted">五四座谈会讲话稿</a></span></span>"""
    rows2 = "".join([
        row("dir", "..", REPO + "/src/branch/main", "", "", "", "2023-05-06T16:02:11+08:00").replace('<a href="/wenmi/jianghua/commit/" class="default-link muted"></a>', ""),
        row("file", "README.md", DIR2 + "/README.md", "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e", "五四座谈会讲话稿", "11 个月前", "2023-05-06T16:02:11+08:00"),
        row("file", "座谈会发言摘要.md", DIR2 + "/%E5%BA%A7%E8%B0%88%E4%BC%9A%E5%8F%91%E8%A8%80%E6%91%98%E8%A6%81.md", "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e", "五四座谈会讲话稿", "11 个月前", "2023-05-06T16:02:11+08:00"),
        row("file", "会场照片.jpg", DIR2 + "/%E4%BC%9A%E5%9C%BA%E7%85%A7%E7%89%87.jpg", "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e", "五四座谈会讲话稿", "11 个月前", "2023-05-06T16:02:11+08:00"),
    ])
    crumb2 = '<span class="section"><a href="/wenmi/jianghua/src/branch/main" title="jianghua">jianghua</a></span><span class="breadcrumb-divider">/</span><span class="section"><a href="/wenmi/jianghua/src/branch/main/2023-wusi" title="2023-wusi">2023-wusi</a></span>'
    fam.put(DIR2 + "/", repo_chrome(crumb2, "11 个月前", commit2, rows2,
                              readme(s2, "局党组书记在2023年青年干部“五四”座谈会上的讲话（2023年5月4日）", "# 发言摘要见同目录 座谈会发言摘要.md"),
                              "jianghua/2023-wusi at main - wenmi/jianghua - 松柏代码托管", "41", "37"))
    fam.doc([DIR2], s2, title="在青年干部“五四”座谈会上的讲话")

    rows3 = "".join([
        row("file", "2024-01-全市经济工作会议材料清单.md", DIR3 + "/2024-01.md", "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f", "新增一季度材料", "3 个月前", "2024-03-28T09:45:30+08:00"),
        row("file", "2024-03-提纲.txt", DIR3 + "/2024-03.txt", "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f", "新增一季度材料", "3 个月前", "2024-03-28T09:45:30+08:00"),
    ])
    crumb3 = '<span class="section"><a href="/wenmi/jianghua/src/branch/main" title="jianghua">jianghua</a></span><span class="breadcrumb-divider">/</span><span class="section"><a href="/wenmi/jianghua/src/branch/main/2024" title="2024">2024</a></span>'
    fam.put(DIR3 + "/", repo_chrome(crumb3, "3 个月前", commit1.replace("8f3c2a1d9e", "3c4d5e6f70"), rows3, "", "jianghua/2024 at main - wenmi/jianghua - 松柏代码托管", "41", "22"))

    explore = head("探索 - 松柏代码托管").replace("{REDIR}", "%2Fexplore%2Frepos") + f"""<div role="main" aria-label="探索" class="page-content explore repositories">
	<overflow-menu class="ui secondary pointing tabular top attached borderless menu navbar secondary-nav">
		<div class="overflow-menu-items tw-justify-center">
			<a class="active item" href="/explore/repos">仓库</a>
			<a class="item" href="/explore/users">用户</a>
			<a class="item" href="/explore/organizations">组织</a>
		</div>
	</overflow-menu>
	<div class="ui container">
		<div class="ui small secondary filter menu gt-ac gt-mx-0">
			<form class="ui form ignore-dirty gt-f1"><div class="ui fluid action input"><input name="q" value="" placeholder="搜索仓库..." autofocus><button class="ui primary button">搜索</button></div></form>
			<div class="ui dropdown type jump item gt-mr-0"><span class="text">排序</span></div>
		</div>
		<div class="divider"></div>
		<div class="flex-list">
			<div class="flex-item">
				<div class="flex-item-leading"><img class="ui avatar gt-vm" src="/avatars/6b1f0e4d2c8a" title="wenmi" width="24" height="24"/></div>
				<div class="flex-item-main">
					<div class="flex-item-header">
						<div class="flex-item-title"><a class="text primary name" href="/wenmi">wenmi</a>/<a class="text primary name" href="{REPO}">jianghua</a><span class="ui basic label">内部</span></div>
						<div class="flex-text-block"><span class="flex-text-inline"><i class="color-icon gt-mr-3" style="background-color: #083fa1"></i>Markdown</span><a class="flex-text-inline muted" href="{REPO}/stars">23</a><a class="flex-text-inline muted" href="{REPO}/forks">5</a></div>
					</div>
					<div class="flex-item-body">市委办文秘科讲话稿、发言稿整理（仅供内部学习参考，请勿外传）</div>
					<div class="flex-item-body">最后更新 <relative-time class="time-since" prefix="" tense="past" datetime="2024-04-19T18:30:12+08:00">2 周前</relative-time></div>
				</div>
			</div>
			<div class="flex-item">
				<div class="flex-item-leading"><img class="ui avatar gt-vm" src="/avatars/c0ffee12" title="xxzx" width="24" height="24"/></div>
				<div class="flex-item-main">
					<div class="flex-item-header"><div class="flex-item-title"><a class="text primary name" href="/xxzx">xxzx</a>/<a class="text primary name" href="/xxzx/oa-scripts">oa-scripts</a></div>
						<div class="flex-text-block"><span class="flex-text-inline"><i class="color-icon gt-mr-3" style="background-color: #3572A5"></i>Python</span><a class="flex-text-inline muted" href="/xxzx/oa-scripts/stars">4</a></div></div>
					<div class="flex-item-body">OA 系统数据导出脚本</div>
					<div class="flex-item-body">最后更新 <relative-time class="time-since" prefix="" tense="past" datetime="2024-04-02T11:20:00+08:00">1 个月前</relative-time></div>
				</div>
			</div>
		</div>
		<div class="center page buttons"><div class="ui borderless pagination menu"><a class="disabled item navigation"><span class="navigation_label">首页</span></a><a class="active item">1</a><a class="disabled item navigation"><span class="navigation_label">末页</span></a></div></div>
	</div>
</div>
""" + FOOT.replace("@@MS@@", "18")
    fam.put("/explore/repos/", explore)

    home = head("松柏代码托管").replace("{REDIR}", "%2F") + """<div role="main" aria-label="松柏代码托管" class="page-content home">
	<div class="tw-mb-8 tw-px-8">
		<div class="center">
			<img class="logo" width="220" height="220" src="/assets/img/logo.svg" alt="Logo">
			<div class="hero">
				<h1 class="ui icon header title">松柏代码托管</h1>
				<h2>市级单位内部代码与文档协作平台</h2>
			</div>
		</div>
	</div>
	<div class="ui stackable middle very relaxed page grid">
		<div class="eight wide center column"><h1 class="hero ui icon header">易安装</h1><p class="large">统一身份认证登录后即可创建仓库，支持 Git 与 Markdown 文档协作。</p></div>
		<div class="eight wide center column"><h1 class="hero ui icon header">公开浏览</h1><p class="large">未登录用户可 <a href="/explore/repos">探索</a> 标记为公开或内部的仓库。</p></div>
	</div>
</div>
""" + FOOT.replace("@@MS@@", "5")
    fam.put("/", home)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /api/*\nDisallow: /avatars\nDisallow: /user/*\nDisallow: /*/*/archive/\nDisallow: /*/*/raw/\nDisallow: /*/*/commit/\nDisallow: /*/*/activity\nDisallow: /*/*/compare/\nDisallow: /explore/users\n")
    fam.not_documents += ["/", "/explore/repos", DIR3]
    fam.noise += ["次提交", "下载 ZIP", "仅供内部学习参考", "根据录音整理", "发言摘要见同目录", "当前版本", "浙ICP备2021018866号-2", "显示 Unicode 字符"]
    return fam
