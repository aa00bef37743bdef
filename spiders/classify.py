"""Tell an article page from a listing page without a site profile (generic spider).

A listing is mostly links; an article has at least one long run of prose that is not link
text. Pure functions over a parsel Selector, so they are tested on frozen pages.
"""

from __future__ import annotations

import re

from parsel import Selector

from pipelines.layouts import detect_layout, is_replies_only
from pipelines.vocabulary import HAN_CLASS
from spiders.pagers import find_pager, is_later_page

CJK_OR_WORD = re.compile(f"[{HAN_CLASS}]|[A-Za-z0-9]+")
# Elements whose own text is page furniture, never the article.
FURNITURE = "script|style|nav|header|footer|aside|form|select|option|noscript"
MIN_ARTICLE_CHARS = 150  # a speech is longer than any caption, menu or listing entry


def text_weight(text: str) -> int:
    """How much prose a string holds: CJK characters and Latin words each count one."""
    return len(CJK_OR_WORD.findall(text))


def longest_prose_block(sel: Selector) -> int:
    """The weight of the block element with the most non-link text of its own paragraphs."""
    best = 0
    blocks = sel.xpath(
        f"//body//*[self::div or self::article or self::section or self::td or self::main]"
        f"[not(ancestor-or-self::*[self::{FURNITURE.replace('|', ' or self::')}])]"
    )
    for block in blocks[:2000]:  # a pathological page must not cost minutes
        own = block.xpath("./text()|./p//text()[not(ancestor::a)]|./br/following-sibling::text()[1]").getall()
        best = max(best, text_weight("".join(own)))
    return best


def link_text_ratio(sel: Selector) -> float:
    body_text = "".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())
    link_text = "".join(sel.xpath("//body//a//text()").getall())
    total = text_weight(body_text)
    return text_weight(link_text) / total if total else 1.0


def looks_like_article(sel: Selector) -> bool:
    return longest_prose_block(sel) >= MIN_ARTICLE_CHARS and link_text_ratio(sel) < 0.5


# --- what a page is, from its content, links and pager together ---------------------------------
ARTICLE, CONTINUATION, LISTING, FORUM_REPLIES = "article", "continuation", "listing", "forum_replies"


def page_kind(sel: Selector, url: str) -> str:
    """article / continuation (page 2+ of an article, by its own pager) / listing / forum_replies.

    No URL shape decides: `t20230512_887766.html` is an article unless a pager on it says it is
    page 2+ of another page.
    """

    layout = detect_layout(sel.root) if hasattr(sel.root, "xpath") else None
    if layout is not None and layout.replies_only:
        return FORUM_REPLIES if is_replies_only(sel.root, layout) else ARTICLE
    if not looks_like_article(sel):
        return LISTING
    return CONTINUATION if is_later_page(find_pager(sel, url, article=True), url) else ARTICLE


def is_forum_thread(sel: Selector) -> bool:
    """A forum thread: its later pages are replies, never continuations of the first post."""

    layout = detect_layout(sel.root) if hasattr(sel.root, "xpath") else None
    return bool(layout and layout.replies_only)
