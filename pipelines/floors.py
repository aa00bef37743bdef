"""A forum poster's text over several floors: the later posts of his own that go on with it.

A board's length limit cuts a long speech; its poster goes on in a floor of his own that says so
("（接上楼）", "（续一楼）", "接一楼，后半部分：", "接着发后半部分："). Those floors are the speech's;
replies, his own short ones too, are not. A post's author is its first link to a member's page
(`…/space.php?uid=N`, `LookUserInfo.asp?ID=N`, `user-35.htm`): the same link, the same poster.

Pure functions over the lxml tree; `extract.py` calls them for the post holding the text, on
the layout path (layouts.continuation_floors) and on the generic one (`later_floors`).
"""

from __future__ import annotations

import re

from pipelines.vocabulary import FLOOR_CONTINUED_START, FLOOR_CONTINUES, folded, han_count

# A link to a member's page: its class or address says so (`a.username`, `/members/laozhou.1021/`,
# `member.php?action=profile&uid=3`, `/u/…`, `/people/…`, `home.php?mod=space&uid=…`, bbsmax's
# `/space/1027.aspx`, Discuz!'s rewritten `space-uid-3.html`), or the box around it does (bbsmax's
# `<div class="username"><a href="/space/1027.aspx">`); spiders.classify reads a post's heading with it too.
MEMBER_LINK = re.compile(
    r"user|member|author|profile|/people/|/u/|[?&]uid=|mod=space|/space/|space-uid-", re.I
)
MIN_FLOOR_HAN = 100  # a floor that goes on with a speech holds a paragraph of it, not a word


def author_of(post) -> str | None:
    """The address of the post's first link to a member's page, or None."""
    for a in post.iter("a"):
        href = (a.get("href") or "").strip()
        if (
            href
            and not href.startswith(("#", "javascript:"))
            and (
                MEMBER_LINK.search(href)
                or MEMBER_LINK.search(a.get("class") or "")
                or MEMBER_LINK.search(holder_class(a))
            )
        ):
            return href
    return None


def holder_class(a) -> str:
    parent = a.getparent()
    return (parent.get("class") or "") if parent is not None else ""


def floor_text(post):
    """The element of `post` whose text opens with the mark that it goes on from an earlier floor
    and holds a paragraph of prose (the deepest such, `going_on_floors`), or None."""
    return next(iter(going_on_floors(post)), None)


def later_floors(post, posts: list) -> list:
    """The text elements of the later posts in `posts` (the thread's, in page order) where the
    author of `post` goes on with its text."""
    author = author_of(post)
    if author is None or post not in posts:
        return []
    floors = []
    prose = prose_of(post)
    going_on = says_it_goes_on(post if prose is None else prose)
    for other in posts[posts.index(post) + 1 :]:
        if author_of(other) != author:
            continue
        text = floor_text(other)
        if text is None and going_on:
            # his floor said the text goes on below ("（楼下接着发）"): his next floor of prose is
            # the rest, with or without a mark of its own
            text = prose_of(other)
        going_on = False
        if text is not None:
            floors.append(text)
            going_on = says_it_goes_on(text)
    return floors


GOES_ON_BELOW = folded(FLOOR_CONTINUES)


def floors_after_text(root, last_line: str) -> list:
    """The floors of prose that go on from the page's text, when its post is no floor among the
    thread's (HadSky and Vanilla print the opening post in a box of its own, the floors in a list
    under it) and its last line says it goes on below ("（未完，接楼下）"): the page's floors that open
    with the mark that they go on, in page order."""
    if not GOES_ON_BELOW.match(last_line.strip()):
        return []
    return going_on_floors(root)


def says_it_goes_on(el) -> bool:
    """Whether the text of `el` ends with a notice that it goes on in a floor below."""
    last = next((t.strip() for t in reversed(list(el.itertext())) if t.strip()), "")
    return bool(GOES_ON_BELOW.match(last))


def prose_of(post):
    """The deepest element of `post` holding nearly all of its prose (MIN_FLOOR_HAN or more), or None."""
    total = han_count(post.text_content())
    best, best_depth = None, -1
    for el in post.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "span", "b", "strong", "em", "font"):
            continue
        n = han_count(el.text_content())
        if n >= MIN_FLOOR_HAN and n >= PROSE_SHARE * total:
            depth = sum(1 for _ in el.iterancestors())
            if depth > best_depth:
                best, best_depth = el, depth
    return best


PROSE_SHARE = 0.8  # of the post's characters: its author line and tail are the rest


def going_on_floors(root) -> list:
    """Every text on the page that opens with the mark that it goes on from an earlier floor and
    holds a paragraph of prose (the deepest element of each), in page order: what a forum topic's
    later page adds to its first poster's text."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "span", "b", "strong", "em", "font"):
            continue
        text = el.text_content().strip()
        if FLOOR_CONTINUED_START.match(text) and han_count(text) >= MIN_FLOOR_HAN:
            found = [f for f in found if f not in el.iterancestors()]  # keep the deepest
            found.append(el)
    return found
