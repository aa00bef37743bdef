"""Pagers as CMSs really print them: what page this is, and where the others are.

The evidence the generic crawl uses to tell page 2 of an article from an article of its own
(a path like `t20230512_887766.html` or `art_2288_665544.html` says nothing by itself):

- numbered pagers in a container named like one (`pagelist`, `dede_pages`, `pages`, `pg`,
  `page-links`, `pagination`, …) or made of page numbers and 上一页/下一页/首页/尾页 links:
  the current page is the number that is not a link (`<span>`, `<strong>`, `li.thisclass`,
  `.current`, `aria-current`), "共N页" the total;
- TRS WCM's script pagers, whose links exist only after the script ran (page 1 is `prefix.ext`,
  page k+1 is `prefix_k.ext`): `createPageHTML(total, current, "prefix", "ext")`, and the older
  inline loop (`var countPage = N; var currentPage = M;` and `document.write` of each link).

Pure functions over a parsel Selector; the spider decides what a page is with them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from parsel import Selector

NEXT_TEXTS = ("下一页", "下页", "后页", "下一頁", "next", "Next", "›", "»", ">")
PREV_TEXTS = ("上一页", "上页", "前页", "上一頁", "prev", "Prev", "previous", "‹", "«", "<")
EDGE_TEXTS = ("首页", "尾页", "末页", "最后一页", "第一页", "首頁", "尾頁")
# A reader's chapter bar around a chapter's own 下一页 (笔趣阁, 起点): links to other chapters and
# to the table of contents, neither pages of this text nor other furniture outvoting its pager.
CHAPTER_TEXTS = ("上一章", "下一章", "目录", "章节目录", "返回目录", "返回书页", "书页")
# This page of all, printed by the article beside a pager of bare 上一页/下一页 links: Joomla's
# pagebreak "第 1 页，共 3 页", a reader's "第(1/2)页".
PAGE_COUNTER = re.compile(  # (a viewer shows pages two at a time: "第1-2页 / 共4页" is its page 1)
    r"第\s*[(（]?\s*(\d{1,4})(?:\s*[-–~]\s*\d{1,4})?\s*(?:/\s*(\d{1,4})\s*[)）]?\s*页|页\s*[，,、/]?\s*共\s*(\d{1,4})\s*页)"
)
PAGER_NAME = re.compile(
    r"pag(?:e|er|es|ing|ination|elist|e-links|e_links)|dede_pages|^pg$|\bpg\b|fenye|page_?nav", re.I
)
# Containers that page through comments or replies, not the article.
NOT_ARTICLE_PAGER = re.compile(r"comment|reply|replies|discuss|pinglun", re.I)
TOTAL_PAGES = re.compile(r"共\s*(\d{1,4})\s*页")
PAGE_NUMBER = re.compile(r"^(?:第\s*)?(\d{1,4})\s*(?:页)?$")
# A mobile pager's "this page of all", printed bare between 上一页 and 下一页: "1/2", "第2/5页".
PAGE_OF_TOTAL = re.compile(r"^(?:第\s*)?(\d{1,4})\s*/\s*(\d{1,4})\s*(?:页)?$")
# Pager entries in brackets, half- or full-width: `[2]`, `［2］`, `【2】`, `【下一页】`, `〔3〕`.
BRACKETED = re.compile(r"^[\[［【〔]\s*(.*?)\s*[\]］】〕]$")
# `createPageHTML(3, 0, "index", "html")`, or with the variables the template set just before
# (`createPageHTML(countPage, currentPage, "index", "html")`).
CREATE_PAGE_HTML = re.compile(
    r"createPageHTML\(\s*['\"]?(\w+)['\"]?\s*,\s*['\"]?(\w+)['\"]?\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"](\w+)['\"]"
)
# TRS's older inline pager: `var countPage = 3; var currentPage = 0;` then a loop of
# `document.write("<a href=\"index_" + i + ".html\">")` (page k+1 is `prefix_k.ext`).
JS_NUMBER = r"\s*=\s*['\"]?(\d+)"
COUNT_PAGE = re.compile(r"\bcountPage" + JS_NUMBER)
CURRENT_PAGE = re.compile(r"\bcurrentPage" + JS_NUMBER)
WRITTEN_HREF = re.compile(r"""href\s*=\s*\\?["']([^"'\\+]+?)\.(s?html?)\\?["']""", re.I)
PAGE_FILE = re.compile(r"([^/?#]+)\.(s?html?)$", re.I)
CONTAINERS = "//*[self::div or self::ul or self::p or self::nav or self::span or self::td or self::center]"


@dataclass
class Pager:
    """One pager: page number -> absolute URL for every linked page, the current page, the total."""

    pages: dict[int, str] = field(default_factory=dict)
    current: int | None = None
    total: int | None = None
    next_url: str | None = None
    kind: str = "links"  # "links" | "script" | "counter" (bare links and the page's own counter)

    def url_of(self, number: int) -> str | None:
        return self.pages.get(number)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


ARROWS = "<>‹›«»←→＜＞"


def _entry_text(text: str) -> str:
    """A pager entry's words: whitespace out, one pair of brackets around it off, an arrow beside
    its words off ("< 上一页", "下一页 >"; an arrow alone stays: it is the entry)."""
    text = _norm(text)
    bracketed = BRACKETED.match(text)
    text = bracketed.group(1) if bracketed else text
    return text.strip(ARROWS) or text


def _is_nav_text(text: str) -> bool:
    return text in NEXT_TEXTS or text in PREV_TEXTS or text in EDGE_TEXTS


def page_counter(sel: Selector) -> tuple[int, int] | None:
    """(this page, of all) as the page prints it in words (PAGE_COUNTER), or None."""
    text = _norm("".join(sel.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()))
    found = PAGE_COUNTER.search(text)
    if not found:
        return None
    current, total = int(found.group(1)), int(found.group(2) or found.group(3))
    return (current, total) if 1 <= current <= total else None


BRACKETED_NUMBER = re.compile(r"[\[【]\s*(\d{1,3})\s*[\]】]")  # "[2]" printed bare between the links


def _pager_from(container: Selector, base_url: str, counter=None) -> Pager | None:
    """`counter`: a function giving the page's own page counter (`page_counter`), read only when a
    pager of bare 上一页/下一页 links asks for it."""
    pager = Pager()
    numbered, navigational, other = 0, 0, 0
    unlinked_anchors: list[int] = []
    for a in container.xpath(".//a"):
        text = _entry_text("".join(a.xpath(".//text()").getall()))
        href = a.attrib.get("href", "").strip()
        usable = href and not href.startswith(("javascript:", "#"))
        m = PAGE_NUMBER.match(text)
        if m and usable and urlsplit(urljoin(base_url, href)).netloc != urlsplit(base_url).netloc:
            other += 1  # a number linking to another host (a comment count "跟贴 37"): no page of this one
            continue
        css = (a.attrib.get("class", "") + " " + a.attrib.get("aria-current", "")).lower()
        if m:
            numbered += 1
            number = int(m.group(1))
            if "current" in css or "cur" in css.split() or "page" in a.attrib.get("aria-current", ""):
                pager.current = pager.current or number
            elif not usable:
                unlinked_anchors.append(number)  # the current page, unless another link leads there
            if usable:
                pager.pages.setdefault(number, urljoin(base_url, href))
        elif _is_nav_text(text) or text.startswith("共"):
            navigational += 1
            if usable and text in NEXT_TEXTS and pager.next_url is None:
                pager.next_url = urljoin(base_url, href)
        elif text in CHAPTER_TEXTS:
            continue
        else:
            other += 1
    if other > numbered + navigational or numbered + navigational == 0:
        return None
    if pager.current is None:
        # The current page is printed without a link: <span>2</span>, <strong>2</strong>, li.thisclass.
        # A bare number that another link of the pager leads to is not this page (Discuz! prints
        # the page count as `<em>12</em>` before the numbers, Empire CMS the record count as
        # `<a title="Total record"><b>2</b></a>`).
        bare = list(unlinked_anchors)
        for el in container.xpath(
            ".//*[self::span or self::strong or self::b or self::em or self::li or self::font]"
        ):
            if el.xpath(".//a"):
                if "thisclass" not in el.attrib.get("class", ""):
                    continue
            text = _entry_text("".join(el.xpath(".//text()").getall()))
            m = PAGE_NUMBER.match(text)
            if m:
                bare.append(int(m.group(1)))
            elif of_total := PAGE_OF_TOTAL.match(text):
                bare.append(int(of_total.group(1)))
                pager.total = int(of_total.group(2))
        # …or as the pager's own text between its links ("<a>下一页</a> 1/2", 百度文库's WAP pager;
        # "共2页　<a>[1]</a> [2]　<a>上一页</a>　下一页", a Struts portal's)
        for piece in container.xpath("./text()").getall():
            if of_total := PAGE_OF_TOTAL.match(_norm(piece)):
                bare.append(int(of_total.group(1)))
                pager.total = int(of_total.group(2))
            else:
                bare.extend(int(number) for number in BRACKETED_NUMBER.findall(piece))
        unlinked = [number for number in bare if number not in pager.pages]
        # the one beside a linked page, where the container prints another bare number first (动网's
        # "本主题贴数<b>13</b>，分页： <b>[1]</b> <a>[2]</a>": a count of posts, then the page)
        beside = [number for number in unlinked if number - 1 in pager.pages or number + 1 in pager.pages]
        if bare:
            pager.current = (beside or unlinked or bare)[0]
    if numbered == 0 and navigational and counter is not None and pager.current is None:
        # bare 上一页/下一页 links: the page's own "第 N 页，共 M 页" says which page this is
        if (printed := counter()) is not None:
            pager.current, pager.total = printed
            pager.kind = "counter"
            return pager
    if numbered + navigational + (pager.current is not None and pager.current not in pager.pages) < 2:
        return None  # one lone link is no pager; "1 [2]" with the current page printed bare is
    if not navigational and not _has_run(pager.pages, pager.current):
        return None  # counts (a repository's "Watch 2 · Star 17 · Fork 5", a post's "41 likes · 1 comment")
    total = TOTAL_PAGES.search(_norm("".join(container.xpath(".//text()").getall())))
    if total:
        pager.total = int(total.group(1))
    if pager.current is not None and pager.next_url is None:
        pager.next_url = pager.pages.get(pager.current + 1)
    return pager


def _has_run(pages: dict[int, str], current: int | None) -> bool:
    """Numbers as a pager prints them: two linked ones follow each other ("2 3", "1 2 … 9") or
    stand around the current page printed bare ("1 2 3" on page 2), or the current page stands
    beside a linked one ("[1] 2", "1 [2]")."""
    if current is not None and (current - 1 in pages or current + 1 in pages):
        return True
    return any(number + 1 in pages or number + 2 in pages for number in pages)


def _script_number(script: str, value: str) -> int | None:
    """A createPageHTML argument: a number, or a variable the script set to one."""
    if value.isdigit():
        return int(value)
    m = re.search(r"\b" + re.escape(value) + JS_NUMBER, script)
    return int(m.group(1)) if m else None


def _trs_pages(total: int, current: int, prefix: str, ext: str, base_url: str) -> Pager | None:
    """TRS numbering: page 1 is `prefix.ext`, page k+1 `prefix_k.ext`; `current` counts from 0."""
    if total < 2 or current >= total:
        return None
    pages = {1: urljoin(base_url, f"{prefix}.{ext}")}
    for k in range(1, min(total, 500)):
        pages[k + 1] = urljoin(base_url, f"{prefix}_{k}.{ext}")
    return Pager(pages, current + 1, total, pages.get(current + 2), kind="script")


def _loop_pager(script: str, base_url: str) -> Pager | None:
    """TRS's older form: `countPage`/`currentPage` and a `document.write` loop of links. The
    first page's name is the link written whole (`href=\\"index.html\\"`) that this page's own
    name starts with, else this page's own name (less `_k` on page k+1)."""
    count, current = COUNT_PAGE.search(script), CURRENT_PAGE.search(script)
    if not (count and current and "document.write" in script):
        return None
    own = PAGE_FILE.search(urlsplit(base_url).path)
    name, ext = (own.group(1), own.group(2)) if own else (None, None)  # None: a folder's index
    for m in WRITTEN_HREF.finditer(script):
        prefix = m.group(1).rsplit("/", 1)[-1]
        if name is None or name == prefix or re.fullmatch(re.escape(prefix) + r"_\d+", name):
            return _trs_pages(int(count.group(1)), int(current.group(1)), m.group(1), m.group(2), base_url)
    if name is None:
        return None
    if int(current.group(1)) > 0:
        name = re.sub(r"_\d+$", "", name)
    return _trs_pages(int(count.group(1)), int(current.group(1)), name, ext, base_url)


def script_pager(sel: Selector, base_url: str) -> Pager | None:
    """TRS WCM's script pagers: `createPageHTML(total, current, "prefix", "ext")` (current
    counts from 0) and the older `countPage`/`currentPage` + `document.write` loop."""
    for script in sel.xpath("//script/text()").getall():
        m = CREATE_PAGE_HTML.search(script)
        if m:
            total, current = _script_number(script, m.group(1)), _script_number(script, m.group(2))
            if total is None or current is None:
                continue
            return _trs_pages(total, current, m.group(3), m.group(4), base_url)
        pager = _loop_pager(script, base_url)
        if pager is not None:
            return pager
    return None


def find_pager(sel: Selector, base_url: str, article: bool = False) -> Pager | None:
    """The page's pager, innermost container first; `article` leaves out comment/reply pagers."""
    found = script_pager(sel, base_url)
    if found:
        return found
    candidates = []
    counter = functools.cache(lambda: page_counter(sel))  # once a page, only if a bare pager asks

    for container in sel.xpath(CONTAINERS):
        names = container.attrib.get("class", "") + " " + container.attrib.get("id", "")
        if article and (
            NOT_ARTICLE_PAGER.search(names)
            # (the body's own classes say what the page offers, Twenty Twenty's "not-showing-comments",
            # not a box the pager is in)
            or container.xpath(
                "ancestor::*[not(self::body or self::html)][contains(@id,'comment') or contains(@class,'comment')]"
            )
        ):
            continue
        named = bool(PAGER_NAME.search(names))
        if not named and len(container.xpath(".//a")) > 30:
            continue
        pager = _pager_from(container, base_url, counter if article else None)
        if pager and (named or pager.pages or pager.kind == "counter"):
            candidates.append((named, -len(container.xpath(".//*")), pager))
    if not candidates:
        return None
    # A named container beats an anonymous one; among equals the smallest (innermost) wins.
    candidates.sort(key=lambda c: (not c[0], -c[1]))
    return candidates[0][2]


def is_later_page(pager: Pager | None, url: str) -> bool:
    """This page is page 2+ of something: the pager says so, or links page 1 at another URL."""
    if pager is None:
        return False
    if pager.current is not None:
        return pager.current >= 2
    first = pager.pages.get(1)
    return bool(first and first != url and url in pager.pages.values())


def first_page_url(pager: Pager | None) -> str | None:
    return pager.pages.get(1) if pager else None


RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)


def script_links(sel: Selector, base_url: str) -> list[str]:
    """Links a browser would only see after a script ran: the records of Hanweb jcms's jpage
    `<script type="text/xml"><datastore>` and the pages of a TRS `createPageHTML` pager."""
    links = []
    for script in sel.xpath("//script[contains(@type,'xml')]/text()").getall():
        for record in RECORD.findall(script):
            links.extend(urljoin(base_url, href) for href in HREF.findall(record))
    pager = script_pager(sel, base_url)
    if pager:
        links.extend(pager.pages.values())
    return links
