"""Tell an article page from a listing page without a site profile (generic spider).

A listing is mostly links; an article has at least one long run of prose that is not link
text. Pure functions over a parsel Selector, so they are tested on frozen pages.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from parsel import Selector

from pipelines.floors import MEMBER_LINK  # a link to a member's page (`a.username`, `/u/…`, `?uid=`)
from pipelines.layouts import detect_layout, is_replies_only, text_only_in_noscript
from pipelines.text_container import post_times
from pipelines.vocabulary import HAN_CLASS
from spiders.pagers import find_pager, is_later_page
from spiders.parts import previous_part_url

CJK_OR_WORD = re.compile(f"[{HAN_CLASS}]|[A-Za-z0-9]+")
# Elements whose own text is page furniture, never the article.
# (Not `form`: ASP.NET WebForms pages wrap the whole page, article and all, in one `<form>`.)
FURNITURE = "script|style|nav|header|footer|aside|select|option|noscript"
MIN_ARTICLE_CHARS = 150  # a speech is longer than any caption, menu or listing entry
# A run of prose this long is an article's even on a page whose menus outweigh it in links (a
# portal's article under hundreds of navigation links); no listing entry is this long.
LONG_PROSE = 400


def text_weight(text: str) -> int:
    """How much prose a string holds: CJK characters and Latin words each count one."""
    return len(CJK_OR_WORD.findall(text))


# body: `<p>`s straight in it; pre: a mail archive's or a text BBS's message, typed as plain text
BLOCKS = frozenset("body div article section td main pre".split())
# Inline elements whose text is the block's own: a table-layout forum prints its posts as
# `<td><span class="postbody">…<br/>…</span></td>`, old portals as `<td><font>…</font></td>`.
INLINE = frozenset("p span font b strong em i u small big br sub sup center label q cite abbr".split())
SKIPPED = frozenset(FURNITURE.split("|"))
PARAGRAPH_BLOCKS = frozenset("div section".split())


def _is_custom_element(tag: str) -> bool:
    """A custom element (`<founder-content>`, `<info-div>`: HTML gives them a hyphen in their
    name): a CMS's or framework's wrapper, transparent to the prose it holds."""
    return "-" in tag


def _is_paragraph_block(element) -> bool:
    """A `<div>` or `<section>` holding no block of its own: a paragraph printed as a block (Word
    pasted into an editor gives `<div>&nbsp;…</div>` per paragraph, WeChat `<section>` ones)."""
    return element.tag in PARAGRAPH_BLOCKS and not any(
        isinstance(d.tag, str) and (d.tag in BLOCKS or d.tag in PARAGRAPH_BLOCKS)
        for d in element.iterdescendants()
    )


def _inline_text(element, parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and (
            child.tag in INLINE or _is_custom_element(child.tag) or _is_paragraph_block(child)
        ):
            _inline_text(child, parts)
        parts.append(child.tail or "")  # what follows a link, list or table still is this block's


def _prose_blocks(sel: Selector):
    """(block element, weight of its own non-link prose) for every block outside page furniture."""
    root = sel.root
    if not hasattr(root, "iter"):
        return
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return
    skipped = SKIPPED - {"noscript"} if text_only_in_noscript(root) else SKIPPED  # as extract.py reads it
    stack = [body]
    seen = 0
    while stack and seen < 5000:  # a pathological page must not cost minutes
        element = stack.pop()
        for child in element:
            if isinstance(child.tag, str) and child.tag not in skipped:
                stack.append(child)
        if element.tag in BLOCKS:
            seen += 1
            parts: list[str] = []
            _inline_text(element, parts)
            yield element, text_weight("".join(parts))


def longest_prose_block(sel: Selector) -> int:
    """The weight of the block element with the most non-link text of its own (its direct text
    and the text of inline elements in it, paragraphs included)."""
    return max((weight for _, weight in _prose_blocks(sel)), default=0)


def link_text_ratio(sel: Selector) -> float:
    body_text = "".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())
    link_text = "".join(sel.xpath("//body//a//text()").getall())
    total = text_weight(body_text)
    return text_weight(link_text) / total if total else 1.0


def looks_like_article(sel: Selector, blocks: list | None = None) -> bool:
    prose = (
        max((weight for _, weight in blocks), default=0) if blocks is not None else longest_prose_block(sel)
    )
    return prose >= LONG_PROSE or (prose >= MIN_ARTICLE_CHARS and link_text_ratio(sel) < 0.5)


# --- what a page is, from its content, links and pager together ---------------------------------
ARTICLE, CONTINUATION, LISTING, FORUM_REPLIES = "article", "continuation", "listing", "forum_replies"


def page_kind(sel: Selector, url: str) -> str:
    """article / continuation (page 2+ of an article, by its own pager) / listing / forum_replies.

    No URL shape decides: `t20230512_887766.html` is an article unless a pager on it says it is
    page 2+ of another page. On a forum topic (posts, `is_post_thread`) a later page holds
    replies: by its pager, or by the forum's own page parameter (`start=`, `page=`, `thread-N-P-1`).
    """

    if is_reply_message(sel):
        return FORUM_REPLIES
    layout = detect_layout(sel.root) if hasattr(sel.root, "xpath") else None
    if layout is not None and layout.replies_only:
        return FORUM_REPLIES if is_replies_only(sel.root, layout) else ARTICLE
    blocks = list(_prose_blocks(sel))  # read once, for each of the questions below
    if not looks_like_article(sel, blocks) or is_post_listing(sel, url, blocks):
        return LISTING
    later = is_later_page(find_pager(sel, url, article=True), url)
    if is_post_thread(sel, blocks):
        return FORUM_REPLIES if later or is_later_topic_url(url) else ARTICLE
    return CONTINUATION if later or previous_part_url(sel, url) else ARTICLE


# A reply's subject, as mail clients and text BBSes write it ("Re: …", "回复：…"), after a list's tag.
REPLY_SUBJECT = re.compile(r"^\s*(?:\[[^\[\]]{1,24}\]\s*)*(?:Re|RE|回复)\s*[:：]")
REPLY_HEADER_LINE = re.compile(r"^\s*(?:标\s*题|Subject)\s*[:：]\s*(?:Re|RE|回复)\s*[:：]", re.M)


def is_reply_message(sel: Selector) -> bool:
    """A message page that answers another (a mail archive's or a text BBS's "Re: …"): a reply,
    not a text of its own. Read from the page's title, or from the header of the message it
    prints as plain text (a BBS titles every page with its own name)."""
    root = sel.root
    if not hasattr(root, "xpath"):
        return False
    if REPLY_SUBJECT.match(root.xpath("string(//title)")):
        return True
    return any(REPLY_HEADER_LINE.search("".join(pre.itertext())[:400]) for pre in root.iter("pre"))


def is_forum_thread(sel: Selector) -> bool:
    """A forum thread: its later pages are replies, never continuations of the first post."""
    if is_reply_message(sel):
        return True
    layout = detect_layout(sel.root) if hasattr(sel.root, "xpath") else None
    return bool(layout and layout.replies_only) or is_post_thread(sel)


# --- forum topics, by their structure ----------------------------------------------------------
MAX_TIMES_PER_POST = 3  # posted, edited, replied-to: more is a list of posts, not one
DIGIT_RUN = re.compile(r"\d+")


def _shape(element) -> tuple[str, str]:
    """What repeated units share: the tag and the first class name (numbers masked: `row1`/`row2`);
    the names after it mark one unit among its peers (贴吧's first floor `l_post … noborder`,
    phpBB's `post bg2 online`)."""
    names = (element.get("class") or "").split()
    return element.tag, DIGIT_RUN.sub("N", names[0] if names else "")


def _attribute_names(element) -> frozenset:
    """The names of a unit's own attributes but its class, id and style: posts printed with the
    topic owner's class on some (NodeBB's `<li component="post" class="topic-owner-post" data-pid
    data-timestamp …>`) still share them."""
    return frozenset(name for name in element.attrib if name not in ("class", "id", "style"))


def _post_times(unit) -> int:
    """How many post times a unit carries: printed ones, else ones written for machines."""
    return post_times(unit)


def _alike_units(blocks: list, by_attributes: bool = False):
    """(unit, its alike siblings) for the page's main prose block and each of its ancestors that
    has two or more alike siblings (same tag and first class; with `by_attributes`, also the same
    attribute names, three or more): the units a list of posts is made of. Nothing when the main
    prose is shorter than an article's."""
    if not blocks:
        return
    element, weight = max(blocks, key=lambda b: b[1])
    if weight < MIN_ARTICLE_CHARS:
        return
    while element is not None and element.tag not in ("body", "html"):
        parent = element.getparent()
        if parent is None:
            return
        shape, attributes = _shape(element), _attribute_names(element)
        by_names = by_attributes and len(attributes) >= 3
        peers = [
            c
            for c in parent
            if isinstance(c.tag, str)
            and (_shape(c) == shape or (by_names and _attribute_names(c) == attributes))
        ]
        if len(peers) >= 2:
            yield element, peers
        element = parent


def _box_shapes(element) -> tuple:
    """The shapes of `element` and of its ancestors up to the body: where on the page it stands."""
    shapes = []
    while element is not None and element.tag not in ("body", "html"):
        shapes.append(_shape(element))
        element = element.getparent()
    return tuple(shapes)


def text_box(sel: Selector) -> tuple | None:
    """Where the page keeps its text: the shapes of its main prose block and of the block's
    ancestors; None on a page without an article's prose."""
    blocks = list(_prose_blocks(sel))
    if not blocks:
        return None
    element, weight = max(blocks, key=lambda b: b[1])
    return _box_shapes(element) if weight >= MIN_ARTICLE_CHARS else None


def keeps_text_in(sel: Selector, box: tuple) -> bool:
    """Whether the page has prose in a box of that shape: a later page of an article keeps its
    text where the first page did (the CMS prints every page with one template), where a forum
    topic's later page holds replies in reply boxes, not in the first post's."""
    return any(weight > 0 and _box_shapes(element) == box for element, weight in _prose_blocks(sel))


def is_post_thread(sel: Selector, blocks: list | None = None) -> bool:
    """A page of posts: its main prose sits in one of two or more alike sibling units (same tag
    and class), each stamped with one post time (a forum topic, table-layout or not; a news
    article's comment list is not where its text is)."""
    blocks = list(_prose_blocks(sel)) if blocks is None else blocks
    for element, peers in _alike_units(blocks, by_attributes=True):
        stamped = [c for c in peers if 1 <= _post_times(c) <= MAX_TIMES_PER_POST]
        # The first post may carry its time in the topic's header instead (天涯's 楼主 post).
        if (
            len(stamped) >= 2
            and (element in stamped or element is peers[0])
            and _built_alike(element, stamped)
        ):
            return True
    return False


def _built_alike(element, stamped: list) -> bool:
    """Posts are printed by one template: another stamped unit holds a part shaped like one of
    the main unit's (an author box, a message box), where a portal's boxes of one class (Discuz!'s
    `div.bm`: the article, its related list, its comment list) hold different parts."""
    own = {_shape(c) for c in element if isinstance(c.tag, str)}
    return any(
        other is not element and own & {_shape(c) for c in other if isinstance(c.tag, str)}
        for other in stamped
    )


HEADINGS = ("h1", "h2", "h3", "h4")
# A link showing a time or a floor number is a post's permalink, never a post's title.
PERMALINK_TEXT = re.compile(
    r"^\s*(?:#?\s*\d{1,6}\s*[楼#]?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)


def _linked_heading(unit, url: str) -> bool:
    """The unit opens with a heading that is a link to another page (a post's title on a list)."""
    for heading in unit.iter(*HEADINGS):
        links = heading.findall(".//a[@href]")
        if not links:
            return False
        href = links[0].get("href") or ""
        title = "".join(links[0].itertext()).strip()
        if not title or href.startswith(("#", "javascript:")):
            return False
        if MEMBER_LINK.search(href) or MEMBER_LINK.search(links[0].get("class") or ""):
            return False  # the poster's name over a forum post (XenForo's h4.message-name), no title
        if PERMALINK_TEXT.match(title):
            return False  # the post's own time or number as its permalink (FluxBB's "#1 <a>time</a>")
        try:
            return not _same_page(urljoin(url, href), url)
        except ValueError:  # an address urllib cannot read ("http://[…"): no post's link
            return False
    return False


def _titled_outside(root, units: list) -> bool:
    """An h1 outside the units that links nowhere and is the page's <title>: a short article's
    own title over a stream of others (an archive's "作者彙整：…" heading is no <title>)."""
    title = "".join(root.xpath("//head/title//text()")).strip()
    inside = {el for unit in units for el in unit.iter()}
    for h1 in root.iter("h1"):
        text = "".join(h1.itertext()).strip()
        if h1 not in inside and not h1.findall(".//a[@href]") and len(text) >= 4 and text in title:
            return True
    return False


def _prose_outside(blocks: list, units: list) -> bool:
    """Prose of the page's own outside the units: an article over a stream of others (a news
    site's endless scroll), not a list of posts under its heading."""
    inside = {el for unit in units for el in unit.iter()}
    return any(weight >= MIN_ARTICLE_CHARS for el, weight in blocks if el not in inside)


def _same_page(a: str, b: str) -> bool:
    """Two addresses of one page, as titles link their own: fragment, case and escapes aside,
    and a slug after the id ("/post/39926056" and "/post/39926056-新竹…"); the query counts
    (WordPress names its posts `/?p=1187`)."""
    (pa, qa), (pb, qb) = (
        (unquote(parts.path).lower().rstrip("/"), sorted(parse_qsl(parts.query)))
        for parts in map(urlsplit, (a, b))
    )
    if qa != qb:
        return False
    return pa == pb or bool(pa and pb) and (pa.startswith(pb + "-") or pb.startswith(pa + "-"))


def is_post_listing(sel: Selector, url: str, blocks: list | None = None) -> bool:
    """A blog's home or archive printing its posts' openings at length (up to their more-links):
    the main prose sits in one of two or more alike sibling units, each headed by its post's
    title linking to the post. An article's own title does not link away, and a related box is
    not where its text is."""
    blocks = list(_prose_blocks(sel)) if blocks is None else blocks
    for element, peers in _alike_units(blocks):
        headed = [c for c in peers if _linked_heading(c, url)]
        if len(headed) >= 2 and element in headed:
            return not (_prose_outside(blocks, peers) or _titled_outside(sel.root, peers))
    return False


TOPIC_PAGE_PATH = re.compile(r"thread-\d+-(\d+)-\d+\.html?$")  # Discuz!'s rewritten topic pages


def is_later_topic_url(url: str) -> bool:
    """A forum topic's page 2+ by the forum's own page parameter: `start=20` (phpBB's post
    offset), `page=2`, `thread-1001-2-1.html`."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if query.get("start", "").isdigit() and int(query["start"]) > 0:
        return True
    if query.get("page", "").isdigit() and int(query["page"]) > 1:
        return True
    m = TOPIC_PAGE_PATH.search(parts.path)
    return bool(m and int(m.group(1)) > 1)
