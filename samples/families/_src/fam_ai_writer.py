"""An AI writing site (讲话稿生成 / 续写): result pages `/article/N.html` show a generated 讲话稿 under the
user's request box (`写作要求：…`), `h1` title, `生成时间 · 字数 · 浏览` line and JSON-LD; the text in
`div.result-content#resultContent` ends with the generator's own tail paragraph (`以上内容是根据您的要求
生成的讲话稿，您可以根据实际情况进行调整…`), then the 续写 / 重新生成 / 复制全文 / 下载Word button bar,
the 免责声明 (`内容由AI生成，仅供参考`) and 相关范文. One speech is cut after its fifth paragraph by a
`vip-mask` wall (`剩余约62%内容，开通会员查看完整内容`) → truncated. Home (tool form + 最新生成) and the
category list `/list/jianghua.html` link the results."""

import json

from common import SPEECHES, Family

HOST = "www.xiezuo-ai-like.test"
SITE = "智写AI"

ARTICLES = [
    # speech, id, generated at, views, request, shown paragraphs (None = all)
    (
        SPEECHES["XZ1"],
        "10231",
        "2024-06-03 09:47",
        "1356",
        "帮我写一篇公司安全生产月启动仪式上的领导讲话稿，今年主题是“人人讲安全、个个会应急”，要结合去年的轻伤事故和未遂事件，提三点要求，1000字左右。",
        None,
    ),
    (
        SPEECHES["XZ2"],
        "11872",
        "2024-10-10 15:22",
        "824",
        "写一篇社区书记在重阳节敬老座谈会上的讲话，社区老人多，有老年食堂、加装电梯、志愿者结对等工作，语气亲切一些。",
        5,
    ),
]
RELATED = [
    ("10012", "在2024年安全生产工作会议上的讲话"),
    ("10877", "在消防安全培训会上的讲话稿"),
    ("11530", "在社区老年协会成立大会上的讲话"),
]
TAIL = "以上内容是根据您的要求生成的讲话稿，您可以根据实际情况进行调整和修改，如需更改语气、字数或补充具体数据，可点击“重新生成”或“续写”。"


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="AI写作,讲话稿生成器,AI讲话稿,发言稿,智写AI">
<meta name="description" content="智写AI，一键生成讲话稿、发言稿、工作总结、心得体会。">
<link rel="stylesheet" href="/static/css/app.8f3a1c.css">
{extra}</head>
<body>
<header class="site-header"><div class="wrap"><a class="logo" href="/">{SITE}</a>
<nav><a href="/">AI写作</a><a href="/list/jianghua.html">讲话稿</a><a href="/list/zongjie.html">工作总结</a><a href="/list/xinde.html">心得体会</a><a href="/vip.html" class="vip">开通会员</a></nav>
<div class="user"><a href="/login.html">登录</a> / <a href="/register.html">注册</a></div></div></header>
<main class="wrap">
"""


FOOT = f"""</main>
<footer class="site-footer"><div class="wrap"><p><a href="/about.html">关于我们</a> | <a href="/agreement.html">用户协议</a> | <a href="/privacy.html">隐私政策</a> | <a href="/contact.html">联系客服</a></p>
<p>本站生成式人工智能服务已按规定备案　网信算备330106123456701230011号</p>
<p>&copy; 2023-2024 {SITE} 杭州智写网络科技有限公司　<a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备2023012345号-1</a></p></div></footer>
<script src="/static/js/app.8f3a1c.js"></script>
<script>
document.querySelector('.btn-copy') && document.querySelector('.btn-copy').addEventListener('click', function () {{
  if (!window.__isVip) {{ alert('复制全文需开通会员'); return; }}
  navigator.clipboard.writeText(document.getElementById('resultContent').innerText);
}});
</script>
</body>
</html>
"""


def article(i):
    speech, aid, at, views, ask, shown = ARTICLES[i]
    paras = speech.paras if shown is None else speech.paras[:shown]
    chars = speech.chars()
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    if shown is None:
        body += f'\n<p class="ai-tail">{TAIL}</p>'
        wall = ""
    else:
        left = round(100 * (1 - sum(len(p) for p in paras) / chars))
        wall = f"""<div class="vip-mask"><div class="mask-gradient"></div>
<div class="mask-box"><p class="mask-tip">剩余约{left}%内容，开通会员查看完整内容</p><p class="mask-sub">会员可无限次生成、续写、下载Word</p>
<a class="btn-vip" href="/vip.html?from=article_{aid}">开通会员</a><a class="btn-login" href="/login.html?redirect=/article/{aid}.html">已是会员？登录</a></div></div>
"""
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": speech.title,
        "datePublished": at.replace(" ", "T") + ":00+08:00",
        "author": {"@type": "Organization", "name": SITE},
    }
    j = 1 - i
    rel = [(ARTICLES[j][1], ARTICLES[j][0].title)] + RELATED
    lis = "".join(f'<li><a href="/article/{o}.html">{t}</a></li>' for o, t in rel)
    return (
        head(
            f"{speech.title}_AI讲话稿生成_{SITE}",
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n',
        )
        + f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/list/jianghua.html">讲话稿</a> &gt; 正文</div>
<div class="result-wrap">
<div class="ask-box"><span class="ask-label">写作要求：</span><p class="ask-text">{ask}</p></div>
<div class="result-head"><h1>{speech.title}</h1>
<div class="result-meta"><span>生成时间：{at}</span> · <span>字数：{chars}</span> · <span>浏览：{views}</span> · <span class="model">模型：智写-Pro</span></div></div>
<div class="result-content" id="resultContent">
{body}
</div>
{wall}<div class="result-tools"><button class="btn-continue" data-id="{aid}">续写</button><button class="btn-regen" data-id="{aid}">重新生成</button><button class="btn-copy">复制全文</button><button class="btn-word" data-id="{aid}">下载Word</button><span class="rate">这篇满意吗？<i class="up">👍</i><i class="down">👎</i></span></div>
<div class="disclaimer">免责声明：内容由AI生成，仅供参考，不代表本站立场；请核实其中的事实、数据后再使用。</div>
</div>
<div class="related"><h3>相关范文</h3><ul>{lis}</ul></div>
<aside class="side"><div class="side-tool"><h3>一键生成讲话稿</h3><textarea placeholder="输入会议名称、讲话身份、字数要求…"></textarea><button>立即生成</button></div></aside>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(
        HOST, "AI writing site (讲话稿生成/续写) result pages with the generator's tail and a VIP wall"
    )
    xz1, xz2 = ARTICLES
    fam.put(
        "/",
        head(f"{SITE} - AI讲话稿生成器_在线写发言稿_一键生成")
        + f"""<section class="tool"><h2>AI一键生成讲话稿</h2><form action="/generate" method="post"><input name="topic" placeholder="请输入讲话主题，如：安全生产月启动仪式"><select name="words"><option>800字</option><option>1500字</option></select><button type="submit">立即生成</button></form></section>
<section class="latest"><h3>最新生成</h3><ul><li><a href="/article/{xz1[1]}.html">{xz1[0].title}</a><span>{xz1[2][:10]}</span></li><li><a href="/article/{RELATED[2][0]}.html">{RELATED[2][1]}</a></li></ul><a class="more" href="/list/jianghua.html">更多讲话稿范文 &gt;</a></section>
"""
        + FOOT,
    )
    fam.put(
        "/list/jianghua.html",
        head(f"讲话稿范文_{SITE}")
        + f"""<div class="crumb"><a href="/">首页</a> &gt; 讲话稿</div>
<ul class="article-list">
<li><a href="/article/{xz2[1]}.html">{xz2[0].title}</a><p>{xz2[0].paras[1][:50]}…</p><span>{xz2[2][:10]}</span></li>
<li><a href="/article/{xz1[1]}.html">{xz1[0].title}</a><p>{xz1[0].paras[1][:50]}…</p><span>{xz1[2][:10]}</span></li>
<li><a href="/article/{RELATED[0][0]}.html">{RELATED[0][1]}</a></li>
</ul>
<div class="pager"><span class="cur">1</span></div>
"""
        + FOOT,
    )
    fam.not_documents += ["/", "/list/jianghua.html"]
    for i, (speech, aid, at, views, ask, shown) in enumerate(ARTICLES):
        fam.put(f"/article/{aid}.html", article(i))
        if shown is None:
            fam.doc([f"/article/{aid}.html"], speech)
        else:
            fam.doc([f"/article/{aid}.html"], speech, truncated=True, text="\n".join(speech.paras[:shown]))
    fam.put("/robots.txt", "User-agent: *\nDisallow: /generate\nDisallow: /login.html\n")
    fam.noise += [
        "写作要求：",
        "帮我写一篇",
        "1000字左右",
        "生成时间：",
        "字数：",
        "浏览：",
        "模型：智写-Pro",
        "以上内容是根据您的要求生成的讲话稿",
        "您可以根据实际情况进行调整",
        "重新生成",
        "续写",
        "复制全文",
        "下载Word",
        "这篇满意吗",
        "开通会员查看完整内容",
        "剩余约",
        "会员可无限次生成",
        "已是会员？登录",
        "免责声明",
        "内容由AI生成，仅供参考",
        "相关范文",
        "在消防安全培训会上的讲话稿",
        "一键生成讲话稿",
        "网信算备",
        "浙ICP备2023012345号-1",
    ]
    fam.note = "the generator's tail paragraph sits inside the result box after the speech; the second result is cut by a VIP wall (truncated)"
    return fam
