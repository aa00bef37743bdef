"""A text published in parts, each part a page of its own, with no pager between them.

A blog posts a long speech as （上） and （下）, a book-like site (GitBook, a 讲话选编) runs it on to
a page titled （续）, a mailing list sends it as [1/2] and [2/2]. No page numbers link the parts:
the part says in words that the text goes on ("（未完，接下篇）", "（续见下页）", "未完，接下一封")
or goes on from before ("（接上页）", "接上篇：…"), and names the other part by a link in that
notice or by the page's own `<link rel="next">` / `<link rel="prev">` (GitBook, pipermail and
most blog engines print them). The notice decides; the link only says where.

Pure functions over a parsel Selector; the generic spider follows the next part as a
continuation and takes a later part reached on its own for a continuation of the first.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from pipelines.vocabulary import (
    CONTINUED_FROM_PREVIOUS_PART,
    CONTINUED_IN_NEXT_PART,
    IN_PARTS,
    LATER_PART,
    folded,
    folded_words,
)

LINK_LINE_CHARS = 80  # the line after a notice naming the next part: "下篇：" and its title
NOTICE_CHARS = 40  # a notice is a short line; a sentence of the text that says "未完" is no notice
# (folded: a Traditional-script blog's "（未完，待續：…）" is the same notice)
NEXT_PART = folded(rf"^[(（【\[]?\s*[^\n]{{0,8}}?(?:{CONTINUED_IN_NEXT_PART})|{IN_PARTS}")
IN_PARAGRAPH = {True: folded(IN_PARTS), False: folded(LATER_PART)}
NOTICE_PARAGRAPH_CHARS = 100  # IN_PARTS is read in a short paragraph, an editor's note above the text
PREVIOUS_PART = folded(rf"^[(（【\[]?\s*(?:{CONTINUED_FROM_PREVIOUS_PART})")
# A docs theme's own link to the next or previous page: its class or its parent's, or its words.
DIRECTION_CLASS = {
    "next": re.compile(r"(?:^|[\s_-])next(?:$|\s)"),
    "prev": re.compile(r"(?:^|[\s_-])prev(?:ious)?(?:$|\s)"),
}
DIRECTION_WORDS = {
    "next": ("下一页", "下一篇", "下篇", "下一部分", "下一集"),
    "prev": ("上一页", "上一篇", "上篇", "上一部分", "上一集"),
}
RELS = {"next": {"next"}, "prev": {"prev", "previous"}}  # pipermail writes REL="Previous"
# Only text nodes holding one of these are read (an XPath test in C: most pages have none).
NEXT_WORDS = folded_words(("未完", "续见", "下篇见", "为上篇", "下转", "两篇", "下两", "第一部分", "上半部"))
PREVIOUS_WORDS = folded_words(("接上", "上接", "续前", "下篇", "部分"))


def _notices(sel: Selector, words: tuple[str, ...], pattern: re.Pattern) -> list:
    """The body's text nodes holding a line that is such a notice."""
    root = sel.root
    if not hasattr(root, "xpath"):
        return []
    test = " or ".join(f"contains(., '{word}')" for word in words)
    found = []
    for node in root.xpath(f"//body//text()[{test}][not(ancestor::script)][not(ancestor::style)]"):
        lines = [line.strip() for line in str(node).split("\n")]
        if any(
            (len(line) <= NOTICE_CHARS and pattern.match(line))
            or (len(line) <= NOTICE_PARAGRAPH_CHARS and IN_PARAGRAPH[pattern is NEXT_PART].search(line))
            for line in lines
            if line
        ):
            found.append(node)
    return found


def _part_link(sel: Selector, notices: list, rel: str, base_url: str) -> str | None:
    """The link in a notice's own paragraph ("本文为上篇，下篇见：<a>…</a>"), else the page's
    `<link rel=…>` of that direction, else the theme's own link that way (DIRECTION_CLASS)."""
    for node in notices:
        box = node.getparent()
        if box is not None and node.is_tail:
            box = box.getparent()  # the text after an element belongs to the element's parent
        after = box.getnext() if box is not None else None  # "（未完待续）" then "下篇：<a>…（下）</a>"
        if after is not None and (
            not isinstance(after.tag, str) or len(after.text_content()) > LINK_LINE_CHARS
        ):
            after = None
        for el in (box, after, box.getparent() if box is not None else None):
            if el is None:
                continue
            links = [a.get("href") for a in el.iter("a") if (a.get("href") or "").strip()]
            if len(links) == 1 and not links[0].startswith(("#", "javascript:", "mailto:")):
                return urljoin(base_url, links[0].strip())
            if links:
                break
    for link in sel.root.xpath("//link[@href]"):
        if RELS[rel] & set((link.get("rel") or "").lower().split()):
            return urljoin(base_url, link.get("href").strip())
    sibling = _sibling_part_link(sel, rel)
    if sibling:
        return urljoin(base_url, sibling)
    # a docs theme's own next/previous page link (Docusaurus's `pagination-nav__link--next`,
    # GitBook's `navigation-next`)
    for a in sel.root.xpath("//a[@href]"):
        parent = a.getparent()
        around = parent.get("class") or "" if parent is not None else ""
        names = f"{a.get('class') or ''} {a.get('rel') or ''} {around}".lower()
        said = (a.get("aria-label") or "".join(a.itertext())).strip()
        if DIRECTION_CLASS[rel].search(names) or said.startswith(DIRECTION_WORDS[rel]):
            return urljoin(base_url, a.get("href").strip())
    return None


# The part a title names at its end: "…的讲话（上）", "…（二）", "…(1)". A part's link to its sibling
# is the same title with the mark moved on (a mirror's or a blog's list of the account's posts).
PART_MARK = re.compile(
    r"[(（]\s*([上中下](?=\s*(?:半部分?|篇)?\s*[)）])|[一二三四五六七八九十]|[1-9])\s*(?:半部分?|篇)?\s*[)）]\s*$"
)
PART_ORDER = ("上中下", "一二三四五六七八九十", "123456789")


def _part_mark(text: str) -> tuple[str, str] | None:
    """(the title before its part mark, the mark), or None."""
    m = PART_MARK.search(text)
    return (text[: m.start()].strip(), m.group(1)) if m else None


def _follows(mark: str, other: str, rel: str) -> bool:
    """Whether part `other` is the one after `mark` (rel "next") or before it ("prev")."""
    for order in PART_ORDER:
        if mark in order and other in order:
            step = order.index(other) - order.index(mark)
            if order == "上中下":  # 上 then 下, or 上 中 下
                return step > 0 if rel == "next" else step < 0
            return step == (1 if rel == "next" else -1)
    return False


def _sibling_part_link(sel: Selector, rel: str) -> str | None:
    """A link whose words (or title) are this page's title with its part mark moved on: the page
    titled "…的讲话（上）" linking "…的讲话（下）"."""
    root = sel.root
    # the headings a title may stand in, as extract.title_of reads them (a blog's h3 under its h2 name)
    titles = [" ".join("".join(el.itertext()).split()) for el in root.xpath("//title | //h1 | //h2 | //h3")]
    here = {found for title in titles if (found := _part_mark(title))}
    if not here:
        return None
    best = None
    for a in root.xpath("//a[@href]"):
        for words in (a.get("title") or "", " ".join("".join(a.itertext()).split())):
            there = _part_mark(words)
            if there and any(stem == there[0] and _follows(mark, there[1], rel) for stem, mark in here):
                href = a.get("href").strip()
                if not href.startswith(("#", "javascript:", "mailto:")):
                    # the nearest part: after "（上）" "（中）" before "（下）", before "（下）" "（中）"
                    rank = PART_ORDER[0].find(there[1]) * (1 if rel == "next" else -1)
                    if best is None or rank < best[0]:
                        best = (rank, href)
                break
    return best[1] if best else None


# A message board's follow-up in which the poster goes on with his own message: its subject is the
# first message's marked as continued, "续：在插队…的讲话（下）" under "在插队…的讲话（上）" (WWWBoard),
# "续：在村春节团拜会上的讲话（下半部分）" under "【原创】在村春节团拜会上的讲话（…）" (西陆's tree
# board). The board's tree links the one from the other; a reply's subject starts with its own mark
# ("Re: 续：…", "回复：续：…") and is never a part.
CONTINUED_SUBJECT = re.compile(r"^[(（【\[]?\s*续\s*[)）】\]]?\s*[:：]\s*(?P<stem>\S.*)$")
SUBJECT_STEM_CHARS = 6  # the stem a title must hold: a speech title's length, not a word


def _continued_stem(words: str) -> str | None:
    """The first message's subject a continued subject names, less its part mark."""
    m = CONTINUED_SUBJECT.match(words)
    if m is None:
        return None
    stem = (_part_mark(m["stem"]) or (m["stem"],))[0].strip()
    return stem if len(stem) >= SUBJECT_STEM_CHARS else None


# The page's links and titles that hold "续", looked for in C: every page is asked, few have one.
LINKS_SAYING_CONTINUED = etree.XPath("//a[@href][contains(., '续')]")
TITLES_SAYING_CONTINUED = etree.XPath("(//title | //h1 | //h2 | //h3)[contains(., '续')]")
PAGE_TITLES = etree.XPath("//title | //h1 | //h2 | //h3")


def _words(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _link_words(root) -> list[tuple[str, str]]:
    """The words and address of each link that says "续"."""
    return [
        (_words(a), a.get("href").strip())
        for a in LINKS_SAYING_CONTINUED(root)
        if not a.get("href").strip().startswith(("#", "javascript:", "mailto:"))
    ]


def _continued_in_link(sel: Selector) -> str | None:
    """A link to the poster's follow-up going on with this message: its words are this page's
    title marked as continued."""
    root = sel.root
    if not hasattr(root, "xpath"):
        return None
    links = _link_words(root)
    titles = [_words(el) for el in PAGE_TITLES(root)] if links else []
    for words, href in links:
        stem = _continued_stem(words)
        if stem and any(stem in title and not _continued_stem(title) for title in titles):
            return href
    return None


def _continued_from_link(sel: Selector) -> str | None:
    """On a follow-up whose subject says it goes on (`CONTINUED_SUBJECT`), the link to the message
    it goes on with: one whose words hold its stem and are no reply's or other part's."""
    root = sel.root
    if not hasattr(root, "xpath"):
        return None
    stems = {stem for el in TITLES_SAYING_CONTINUED(root) if (stem := _continued_stem(_words(el)))}
    if not stems:
        return None
    for a in root.xpath("//a[@href]"):
        words, href = _words(a), a.get("href").strip()
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        if (
            any(stem in words for stem in stems)
            and not _continued_stem(words)
            and not REPLY_SUBJECT.match(words)
        ):
            return href
    return None


REPLY_SUBJECT = re.compile(r"^\s*(?:Re|RE|re|回复|答复|回帖)\s*[:：]")


def next_part_url(sel: Selector, base_url: str) -> str | None:
    """The next part's address, when the page says its text goes on in a next part, or a link names
    its poster's follow-up going on with it."""
    continued = _continued_in_link(sel)
    if continued:
        return urljoin(base_url, continued)
    notices = _notices(sel, NEXT_WORDS, NEXT_PART)
    return _part_link(sel, notices, "next", base_url) if notices else None


def previous_part_url(sel: Selector, base_url: str) -> str | None:
    """The previous part's address, when the page says its text goes on from a previous part."""
    continued = _continued_from_link(sel)
    if continued:
        url = urljoin(base_url, continued)
    else:
        notices = _notices(sel, PREVIOUS_WORDS, PREVIOUS_PART)
        url = _part_link(sel, notices, "prev", base_url) if notices else None
    return url if url and url.split("#")[0] != base_url.split("#")[0] else None


def says_it_continues(sel: Selector) -> bool:
    """Whether the page says its text goes on from a previous part ("（接上篇）"), with or without
    naming it, or its subject says it is the poster's follow-up ("续：…")."""
    root = sel.root
    if hasattr(root, "xpath") and any(_continued_stem(_words(el)) for el in TITLES_SAYING_CONTINUED(root)):
        return True
    return bool(_notices(sel, PREVIOUS_WORDS, PREVIOUS_PART))


# A button that loads the rest of the text into the page from the address its data attribute names
# ("点击加载更多，继续阅读全文" over `data-url="/index.php/ajax/artmore?id=1587&page=2"`, 苹果CMS): the
# rest is a page of the same text. A button loading more of a list ("加载更多", "看更多": related
# news, a channel's next items) names no text's rest and is no part.
LOAD_REST = folded(r"(?:加载|继续|阅读|展开|查看|显示|载入)[^\n]{0,6}?(?:全文|剩余|余下|全部内容|后文)")
LOAD_REST_CHARS = 30
LOAD_MORE_BUTTONS = etree.XPath(
    "//*[@data-url or @data-href or @data-next or @data-next-url]"
    "[contains(., '全文') or contains(., '剩余') or contains(., '余下') or contains(., '全部内容')"
    " or contains(., '後文') or contains(., '后文') or contains(., '全部內容') or contains(., '剩餘')]"
)


def load_more_url(sel: Selector, base_url: str) -> str | None:
    """The address a "continue reading the full text" button loads the rest of the text from: the
    page's one such button, a script's (no link of its own). A list's "阅读全文" cards, each a link
    to its article, are no rest of this page's text."""
    root = sel.root
    if not hasattr(root, "xpath"):
        return None
    found = set()
    for button in LOAD_MORE_BUTTONS(root):
        words = " ".join("".join(button.itertext()).split())
        if not words or len(words) > LOAD_REST_CHARS or not LOAD_REST.search(words):
            continue
        if any(_real_href(a.get("href")) for a in button.iter("a")):
            continue  # a link to a page: a card on a list, not a script's button
        for name in ("data-url", "data-href", "data-next", "data-next-url"):
            value = (button.get(name) or "").strip()
            if _real_href(value):
                found.add(urljoin(base_url, value))
                break
    return found.pop() if len(found) == 1 else None


def _real_href(value: str | None) -> bool:
    value = (value or "").strip()
    return bool(value) and not value.lower().startswith(("javascript:", "#"))
