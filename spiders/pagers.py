"""Pagers as CMSs really print them: what page this is, and where the others are.

The evidence the generic crawl uses to tell page 2 of an article from an article of its own
(a path like `t20230512_887766.html` or `art_2288_665544.html` says nothing by itself):

- numbered pagers in a container named like one (`pagelist`, `dede_pages`, `pages`, `pg`,
  `page-links`, `pagination`, …) or made of page numbers and 上一页/下一页/首页/尾页 links:
  the current page is the number that is not a link (`<span>`, `<strong>`, `li.thisclass`,
  `.current`, `aria-current`), "共N页" the total;
- TRS WCM's script pager `createPageHTML(total, current, "prefix", "ext")`, whose links exist
  only after the script ran (page 1 is `prefix.ext`, page k+1 is `prefix_k.ext`).

Pure functions over a parsel Selector; the spider decides what a page is with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from parsel import Selector

NEXT_TEXTS = ("下一页", "下页", "后页", "下一頁", "next", "Next", "›", "»", ">")
PREV_TEXTS = ("上一页", "上页", "前页", "上一頁", "prev", "Prev", "previous", "‹", "«", "<")
EDGE_TEXTS = ("首页", "尾页", "末页", "最后一页", "第一页", "首頁", "尾頁")
PAGER_NAME = re.compile(
    r"pag(?:e|er|es|ing|ination|elist|e-links|e_links)|dede_pages|^pg$|\bpg\b|fenye|page_?nav", re.I
)
# Containers that page through comments or replies, not the article.
NOT_ARTICLE_PAGER = re.compile(r"comment|reply|replies|discuss|pinglun", re.I)
TOTAL_PAGES = re.compile(r"共\s*(\d{1,4})\s*页")
PAGE_NUMBER = re.compile(r"^\[?\s*(?:第\s*)?(\d{1,4})\s*(?:页)?\s*\]?$")
CREATE_PAGE_HTML = re.compile(
    r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"](\w+)['\"]"
)
CONTAINERS = "//*[self::div or self::ul or self::p or self::nav or self::span or self::td or self::center]"


@dataclass
class Pager:
    """One pager: page number -> absolute URL for every linked page, the current page, the total."""

    pages: dict[int, str] = field(default_factory=dict)
    current: int | None = None
    total: int | None = None
    next_url: str | None = None
    kind: str = "links"  # "links" | "script"

    def url_of(self, number: int) -> str | None:
        return self.pages.get(number)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _is_nav_text(text: str) -> bool:
    return text in NEXT_TEXTS or text in PREV_TEXTS or text in EDGE_TEXTS


def _pager_from(container: Selector, base_url: str) -> Pager | None:
    pager = Pager()
    numbered, navigational, other = 0, 0, 0
    for a in container.xpath(".//a"):
        text = _norm("".join(a.xpath(".//text()").getall()))
        href = a.attrib.get("href", "").strip()
        usable = href and not href.startswith(("javascript:", "#"))
        m = PAGE_NUMBER.match(text)
        css = (a.attrib.get("class", "") + " " + a.attrib.get("aria-current", "")).lower()
        if m:
            numbered += 1
            number = int(m.group(1))
            if (
                "current" in css
                or "cur" in css.split()
                or "page" in a.attrib.get("aria-current", "")
                or not usable
            ):
                pager.current = pager.current or number
            if usable:
                pager.pages.setdefault(number, urljoin(base_url, href))
        elif _is_nav_text(text) or text.startswith("共"):
            navigational += 1
            if usable and text in NEXT_TEXTS and pager.next_url is None:
                pager.next_url = urljoin(base_url, href)
        else:
            other += 1
    if other > numbered + navigational or numbered + navigational == 0:
        return None
    if pager.current is None:
        # The current page is printed without a link: <span>2</span>, <strong>2</strong>, li.thisclass.
        for el in container.xpath(
            ".//*[self::span or self::strong or self::b or self::em or self::li or self::font]"
        ):
            if el.xpath(".//a"):
                if "thisclass" not in el.attrib.get("class", ""):
                    continue
            text = _norm("".join(el.xpath(".//text()").getall()))
            m = PAGE_NUMBER.match(text)
            if m:
                pager.current = int(m.group(1))
                break
    if numbered + navigational + (pager.current is not None and pager.current not in pager.pages) < 2:
        return None  # one lone link is no pager; "1 [2]" with the current page printed bare is
    total = TOTAL_PAGES.search(_norm("".join(container.xpath(".//text()").getall())))
    if total:
        pager.total = int(total.group(1))
    if pager.current is not None and pager.next_url is None:
        pager.next_url = pager.pages.get(pager.current + 1)
    return pager


def script_pager(sel: Selector, base_url: str) -> Pager | None:
    """TRS WCM's `createPageHTML(total, current, "prefix", "ext")` (current counts from 0)."""
    for script in sel.xpath("//script/text()").getall():
        m = CREATE_PAGE_HTML.search(script)
        if not m:
            continue
        total, current, prefix, ext = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        if total < 2:
            return None
        pages = {1: urljoin(base_url, f"{prefix}.{ext}")}
        for k in range(1, min(total, 500)):
            pages[k + 1] = urljoin(base_url, f"{prefix}_{k}.{ext}")
        return Pager(pages, current + 1, total, pages.get(current + 2), kind="script")
    return None


def find_pager(sel: Selector, base_url: str, article: bool = False) -> Pager | None:
    """The page's pager, innermost container first; `article` leaves out comment/reply pagers."""
    found = script_pager(sel, base_url)
    if found:
        return found
    candidates = []
    for container in sel.xpath(CONTAINERS):
        names = container.attrib.get("class", "") + " " + container.attrib.get("id", "")
        if article and (
            NOT_ARTICLE_PAGER.search(names)
            or container.xpath("ancestor::*[contains(@id,'comment') or contains(@class,'comment')]")
        ):
            continue
        named = bool(PAGER_NAME.search(names))
        if not named and len(container.xpath(".//a")) > 30:
            continue
        pager = _pager_from(container, base_url)
        if pager and (named or pager.pages):
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
