"""The huigou6 replica plus one article over three pages (`ID.html`, `ID_2.html`, `ID_3.html`),
in the site's own markup and pager: what incremental re-crawls of multi-page articles are tested on.

    generate_huigou6_site(dest)  ->  dest/www.huigou6.com/  (serve with ReplicaWeb(dest))
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from replica.cms import gold_speech, split_pages

HOST = "www.huigou6.com"
SAMPLE_SITE = Path(__file__).resolve().parents[1] / "samples" / "sites" / HOST
SECTION = "/zhuantifanwen/gongwenfanwen/"
THREE_PAGE_ID = 3408
THREE_PAGE_SPEECH = "ai-1082"


def three_page_paths() -> list[str]:
    return [f"{SECTION}{THREE_PAGE_ID}.html"] + [f"{SECTION}{THREE_PAGE_ID}_{k}.html" for k in (2, 3)]


def _pagination(paths: list[str], current: int) -> str:
    parts = []
    if current > 1:
        parts.append(f'<a href="{paths[current - 2]}">上一页</a>')
    for k, path in enumerate(paths, start=1):
        parts.append(f"<b>{k}</b>" if k == current else f'<a href="{path}">{k}</a>')
    if current < len(paths):
        parts.append(f'<a href="{paths[current]}">下一页</a>')
    return f'<div class="pagination"> {" ".join(parts)}</div>'


def _page(title: str, paragraphs: list[str], paths: list[str], current: int) -> str:
    t = html.escape(title, quote=False)
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    intro = f"<p>下面是小编为大家整理的{t},供大家参考。</p>" if current == 1 else ""
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">\n'
        f"<title>{t}-慧慧文档网</title>\n"
        f'<link rel="canonical" href="https://{HOST}{paths[current - 1]}"></head>\n'
        '<body><header class="header"><div class="logo"><a href="/">慧慧文档网</a></div>'
        '<nav><a href="/">首页</a><a href="/zhuantifanwen/">专题范文</a></nav></header>\n'
        '<main class="wrap"><article class="article"><div class="position">您的当前位置:<a href="/">慧慧文档网</a> &gt; '
        f'<a href="/zhuantifanwen/">专题范文</a> &gt; <a href="{SECTION}">公文范文</a> &gt;</div>\n'
        f'<h1 class="title">{t}</h1>\n<div class="info">时间:2022-03-18 10:20:31 来源:网友投稿</div>\n'
        f'<div class="content">\n{intro}{body}\n</div>{_pagination(paths, current)}\n'
        f'<div class="url">本文链接:https://{HOST}{paths[0]}(转载请注明文章来源)</div>\n'
        "</article></main></body></html>\n"
    )


def generate_huigou6_site(dest: Path) -> Path:
    """Copy the bundled huigou6 replica to `dest/<host>/` and add the three-page article to it
    (linked from the section listing); return that folder."""
    site = Path(dest) / HOST
    shutil.copytree(SAMPLE_SITE, site)
    speech = gold_speech(THREE_PAGE_SPEECH)
    paths = three_page_paths()
    for k, part in enumerate(split_pages(speech["paragraphs"], 3), start=1):
        (site / paths[k - 1].lstrip("/")).write_text(_page(speech["title"], part, paths, k), encoding="utf-8")
    listing = site / SECTION.strip("/") / "index.html"
    entry = f'<li><a href="{paths[0]}">{html.escape(speech["title"], quote=False)}</a></li></ul>'
    listing.write_text(listing.read_text(encoding="utf-8").replace("</ul>", entry, 1), encoding="utf-8")
    return site
