"""Where the extracted text sits in the page's tree, and what the extractor took from outside it.

A general extractor (trafilatura) returns lines of text, not elements. Each line is found again in
the tree (the deepest element holding it, in reading order), and the *text's container* is the
deepest element holding most of the text's characters; a box of the same kind beside it (the next
page box of a document viewer, the next `<section>` of a WeChat article, the next `<p>`) is the
text going on, so the container grows to hold it.

What the extractor took from outside that container is the page's, not the text's:
- the run of lines after the container's last line: a blog's copyright and tip-jar boxes, a
  news site's disclaimer and "report" lines, a document viewer's download and copyright boxes,
  a related-links or comments block;
- lines before the container's first line that stand in a heading outside it: the page's own
  title heading printed again (with a document viewer's file-type badge in it).
Lines inside the container are never touched here (their furniture is for clean.py's rules), nor
a login/app/VIP wall or preview notice (clean.py makes those the text's gap), nor anything when
the container holds too little of the text to be trusted.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lxml import etree

from pipelines import vocabulary
from pipelines.markers import PRIVATE_USE, markers_in, removal_marker, without_markers

LIST_ITEM = re.compile(r"^\s*[-*]\s+")  # trafilatura prints a list item as "- item"
CONTAINER_SHARE = 0.6  # the container holds at least this share of the located characters
MIN_CONTAINER_LINES = 3  # fewer located lines inside it: too little to tell text from furniture
MAX_OUTSIDE_SHARE = 1.0  # a tail longer than the text inside: the container is not the text's
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def squash(text: str) -> str:
    """`text` without whitespace and private-use characters (str.split() drops exactly what regex
    \\s matches, and is several times faster)."""
    text = "".join((text or "").split())
    return PRIVATE_USE.sub("", text) if PRIVATE_USE.search(text) else text


class Tree:
    """The page's elements in reading order, with where each one's squashed text lies in the
    squashed text of the whole page (`span`): an element holds a line when one of the line's
    occurrences in the page text lies inside its span, so a line is found once in one string
    instead of in the text of every element on its way down."""

    def __init__(self, root):
        body = root.find("body")
        self.top = body if body is not None else root
        self.order: dict = {}  # node -> its index in reading order (`top.iter()`'s)
        self.last: dict = {}  # node -> order index of its last descendant
        self.span: dict = {}  # element -> (start, end) of its text_content() in `self.page_text`
        self.children: dict = {}  # element -> its element children with their starts, in order
        self.page_text = self._lay_out()

    def _lay_out(self) -> str:
        """The squashed text_content() of the top element, every element's span recorded: each
        element's text, then its children's (an element child's text and tail, a comment's tail
        only: text_content() reads text nodes, not comments), as lxml's `string()` reads them.
        lxml walks the tree (`iterwalk`), a third faster than a stack of our own."""
        parts: list[str] = []
        pos = 0
        order, last, span, top = self.order, self.last, self.span, self.top
        starts: dict = {}
        for event, el in etree.iterwalk(top, events=("start", "end", "comment", "pi")):
            if event == "start":
                order[el] = len(order)
                starts[el] = pos
                if el.text:
                    piece = squash(el.text)
                    parts.append(piece)
                    pos += len(piece)
                continue
            if event == "end":
                span[el] = (starts[el], pos)
            else:  # a comment or processing instruction: no text of its own, a tail
                order[el] = len(order)
            last[el] = len(order) - 1
            if el.tail and el is not top:
                piece = squash(el.tail)
                parts.append(piece)
                pos += len(piece)
        return "".join(parts)

    def _holding(self, el, line: str, occurrences: list[int]) -> list:
        """The element children of `el` holding `line` whole, in reading order."""
        kids = self.children.get(el)
        if kids is None:
            elements = [c for c in el if isinstance(c.tag, str) and c in self.span]
            kids = self.children[el] = (elements, [self.span[c][0] for c in elements])
        elements, starts = kids
        found = {}
        for pos in occurrences:
            k = bisect_right(starts, pos) - 1  # siblings' spans never overlap: one candidate
            if k >= 0 and pos + len(line) <= self.span[elements[k]][1]:
                found[k] = elements[k]
        return [found[k] for k in sorted(found)]

    def locate(self, line: str, after: int):
        """The deepest element holding `line`, preferring the first one not before `after`."""
        occurrences = []
        pos = self.page_text.find(line)
        while pos >= 0 and len(occurrences) < MAX_OCCURRENCES:
            occurrences.append(pos)
            pos = self.page_text.find(line, pos + 1)
        if not occurrences:
            return None
        el = self.top
        while True:
            start, end = self.span[el]
            inside = [p for p in occurrences if start <= p and p + len(line) <= end]
            holding = self._holding(el, line, inside)
            if not holding:
                return el
            el = next((c for c in holding if self.last[c] >= after), holding[0])


MAX_OCCURRENCES = 2000  # a line found more often than this is looked for among the first ones


def locate_lines(tree: Tree, lines: list[str]) -> list:
    anchors, after = [], 0
    for line in lines:
        el = None
        if len(line) >= 2:
            el = tree.locate(line, after)
            if el is None and LIST_ITEM.match(line):
                el = tree.locate(squash(LIST_ITEM.sub("", line)), after)
        if el is not None:
            after = tree.order[el]
        anchors.append(el)
    return anchors


def _inside(el, container) -> bool:
    return el is container or any(parent is container for parent in el.iterancestors())


DIGITS = re.compile(r"\d+")


def kind(el) -> tuple:
    """What makes two boxes the same kind: tag and class, page numbers in the class masked
    ("reader-page reader-page-1" and "…-2" are two pages of one reader)."""
    return el.tag, DIGITS.sub("#", el.get("class") or "")


def of_its_kind(el) -> list:
    """`el` and its siblings of its kind (`kind`), in page order."""
    own = kind(el)
    return [sib for sib in el.getparent() if isinstance(sib.tag, str) and kind(sib) == own]


def floors_of_its_thread(el) -> list:
    """`el` and its siblings with its tag and first class name, in page order: a thread's floors,
    of which the first carries a state class more (百度贴吧's `l_post … noborder`) and the template
    may leave a space after the others' last class."""
    own = first_class(el)
    return [sib for sib in el.getparent() if isinstance(sib.tag, str) and first_class(sib) == own]


def first_class(el) -> tuple:
    names = (el.get("class") or "").split()
    return el.tag, DIGITS.sub("#", names[0]) if names else ""


BOXES_SHARE = 0.9  # page boxes inside the container hold this share of its text


def page_boxes(container, anchors: list, weight: dict) -> list:
    """The container's own page boxes, when it is a reader of them: two or more children of one
    kind, each holding two lines or more, together holding BOXES_SHARE of its text (what follows
    them inside it, an "end of document" line, is no page). Else the container itself."""
    lines_in: dict = {}
    for el in anchors:
        if el is None:
            continue
        for holder in (el, *el.iterancestors()):
            if holder.getparent() is container:
                lines_in[holder] = lines_in.get(holder, 0) + 1
                break
    groups: dict = {}
    for child, count in lines_in.items():
        if count >= 2:
            groups.setdefault(kind(child), []).append(child)
    for group in groups.values():
        if len(group) >= 2 and sum(weight[c] for c in group) >= BOXES_SHARE * weight[container]:
            return [c for c in container if c in group]
    return [container]


POST_HEADER_LINE_CHARS = 40  # a forum name, a floor badge, an author, a time: never a paragraph
MAX_TIMES_PER_POST = 3  # posted, edited, replied-to: more is a list of posts, not one


# A time written for machines on a post: `<time datetime>`, a post's `data-timestamp`, schema.org's
# `itemprop="datePublished"` (NodeBB prints its visible times only as a script fills them in,
# XenForo its day without the time).
MACHINE_TIMES = "descendant-or-self::*[@datetime or @data-timestamp or @itemprop='datePublished']"


def post_times(box) -> int:
    """How many post times a box carries: printed ones, else ones written for machines."""
    return len(vocabulary.POST_TIME.findall("".join(box.itertext()))) or len(box.xpath(MACHINE_TIMES))


def are_posts(boxes: list) -> bool:
    """Boxes of one kind that are a forum's posts, not one text's pages or sections: two or more
    each stamped with one post time (and at most MAX_TIMES_PER_POST). The post holding the text is
    the text; its neighbours are replies (Discuz!'s touch template prints every post `div.plc`)."""
    stamped = 0
    for box in boxes:
        if 1 <= post_times(box) <= MAX_TIMES_PER_POST:
            stamped += 1
            if stamped >= 2:
                return True
    return False


def weigh(lines: list[str], anchors: list) -> tuple[dict, dict, int]:
    """Each element holding located lines: how many of their characters (`weight`) and how many
    of them (`held`) it holds; and the located characters in all."""
    weight: dict = {}
    held: dict = {}
    total = 0
    for line, el in zip(lines, anchors, strict=True):
        if el is None:
            continue
        total += len(line)
        for holder in (el, *el.iterancestors()):
            weight[holder] = weight.get(holder, 0) + len(line)
            held[holder] = held.get(holder, 0) + 1
    return weight, held, total


def text_container(lines: list[str], anchors: list) -> list:
    """The boxes holding the text: the deepest element holding CONTAINER_SHARE of the located
    characters, or, when boxes of its own kind beside it (or beside an ancestor of it) hold lines
    too, all those boxes. Empty when they hold fewer than MIN_CONTAINER_LINES lines."""
    weight, _, total = weigh(lines, anchors)
    if not total:
        return []
    candidates = [el for el, chars in weight.items() if chars >= CONTAINER_SHARE * total]
    container = max(candidates, key=lambda el: sum(1 for _ in el.iterancestors()))
    first_post = first_post_in(container, weight, total)
    container = container if first_post is None else first_post
    boxes, level = [container], container
    while level.getparent() is not None:  # every level up once: the outermost run of boxes wins
        parent = level.getparent()
        same = of_its_kind(level)
        if any(sib is not level and weight.get(sib) for sib in same) and not are_posts(same):
            boxes = same
        level = parent
    if len(boxes) == 1:
        boxes = page_boxes(boxes[0], anchors, weight)
    inside = sum(1 for el in anchors if el is not None and any(_inside(el, box) for box in boxes))
    return boxes if inside >= MIN_CONTAINER_LINES else []


FIRST_POST_SHARE = 0.4  # the thread's first post holds this share of the text found at least


def first_post_in(container, weight: dict, total: int):
    """The first of the posts `container` holds (two or more children of one kind, `are_posts`),
    when it holds the longest share of the text found and FIRST_POST_SHARE of it: a topic whose
    replies the extractor took along with its first post (NGA's `table.postbox`es), whose text is
    that first post. None otherwise."""
    kids = [child for child in container if isinstance(child.tag, str) and weight.get(child)]
    if len(kids) < 2:
        return None
    first = kids[0]
    posts = of_its_kind(first)
    if len(posts) < 2 or not are_posts(posts) or posts[0] is not first:
        return None
    heaviest = max(posts, key=lambda post: weight.get(post, 0))
    return first if heaviest is first and weight[first] >= FIRST_POST_SHARE * total else None


def is_wall(text: str) -> bool:
    """A wall or preview notice: clean.py makes it the text's gap, so it is never cut here."""
    return bool(
        vocabulary.TRUNCATION_WALL.search(text)
        or vocabulary.PREVIEW_REMAINING.search(text)
        or vocabulary.EXPAND_BUTTON.search(text)
    )


def outside_lines(root, blocks: list[tuple[str, str]]) -> tuple[dict[int, str], object]:
    """Indexes of the blocks that are the page's furniture by where they stand, with the rule; and
    the forum post the text is (one of several posts, `post_of`), or None."""
    lines = [squash(without_markers(raw)) for _, raw in blocks]
    tree = Tree(root)
    anchors = locate_lines(tree, lines)
    boxes = text_container(lines, anchors)
    if not boxes:
        return {}, None
    inside = [el is not None and any(_inside(el, box) for box in boxes) for el in anchors]
    first = inside.index(True)
    last = len(inside) - 1 - inside[::-1].index(True)
    found: dict[int, str] = {}
    tail = [i for i in range(last + 1, len(lines)) if lines[i]]
    inside_chars = sum(len(line) for line, ok in zip(lines, inside, strict=True) if ok)
    if tail and sum(len(lines[i]) for i in tail) <= MAX_OUTSIDE_SHARE * inside_chars:
        for i in tail:
            if not is_wall(without_markers(blocks[i][1])):
                found[i] = "after_text"
    post = post_of(boxes[0]) if len(boxes) == 1 else None
    in_a_post = post is not None
    for i in range(first):
        el = anchors[i]
        if el is None or not lines[i]:
            continue
        if any(isinstance(h.tag, str) and h.tag.lower() in HEADINGS for h in (el, *el.iterancestors())):
            found[i] = "heading_outside_text"
        elif in_a_post and len(lines[i]) <= POST_HEADER_LINE_CHARS:
            # the thread's header and the post's own (floor, author, time) above its text: short
            # lines; a paragraph there is another post's text, left as it is
            found[i] = "post_header"
    return found, post


UNREAD_BOX_HAN = 60  # a box of the text's kind left unread holds a paragraph of prose at least
UNREAD_BOX_LINK_SHARE = 0.3  # …of its own, not the titles of links (a card of related reading)
UNREAD_BOX_LEVELS = 3  # the text's container or an ancestor up to this many levels


def unread_boxes(root, blocks: list[tuple[str, str]]) -> list:
    """Boxes of the text's own kind after the last one the extractor read, each of prose, left
    unread: trafilatura takes the first element matching its content selectors, so a document
    viewer's later page boxes (`div.pageBox > div.page-content` each) are left out. Never a forum's
    posts (`are_posts`), and only the run right after the text's boxes."""
    lines = [squash(without_markers(raw)) for _, raw in blocks]
    weight, held, total = weigh(lines, locate_lines(Tree(root), lines))
    if not total:
        return []
    # the box of the text's lines, not its one long paragraph
    candidates = [el for el, chars in weight.items() if chars >= CONTAINER_SHARE * total and held[el] >= 2]
    if not candidates:
        return []
    container = max(candidates, key=lambda el: sum(1 for _ in el.iterancestors()))
    inner = kind(container)
    if not inner[1]:
        return []  # a box without a class: its kind says nothing
    level = container
    for _ in range(UNREAD_BOX_LEVELS):
        if level.getparent() is None:
            return []
        same = of_its_kind(level)
        if len(same) >= 2 and kind(level)[1] and not are_posts(same):
            read = [i for i, box in enumerate(same) if weight.get(box)]
            unread = []
            for box in same[read[-1] + 1 :]:
                # the same box inside it as the one the text was read from (`div.page-content`
                # in each `div.pageBox`), and prose: not the page's footer of the same class
                if not (holds_its_kind(box, inner) and is_prose_box(box)):
                    return unread
                unread.append(box)
            # the run went to its parent's end: the viewer may fold its later pages into a box of
            # their own after the preview (`div.doc-pages` shown, `div.doc-rest` folded), the same
            # page boxes in it
            return unread + folded_boxes(level, same[-1], inner)
        level = level.getparent()
    return []


def folded_boxes(level, last, inner: tuple) -> list:
    """The page boxes of `level`'s kind in the box right after their parent (past a fold's notice
    between them), each of prose holding the text's inner box, in page order."""
    parent = last.getparent()
    after = parent.getnext() if parent is not None else None
    for _ in range(2):  # the fold's own box may stand between
        if after is None or not isinstance(after.tag, str):
            return []
        boxes = [el for el in after.iter() if isinstance(el.tag, str) and kind(el) == kind(level)]
        if boxes:
            found = []
            for box in boxes:
                if not (holds_its_kind(box, inner) and is_prose_box(box)):
                    break
                found.append(box)
            return found
        after = after.getnext()
    return []


PREVIEW_NOTICE_CHARS = 80


def after_preview_notice(root, box) -> bool:
    """Whether `box` comes after the page's preview notice ("还剩N页未读"), in page order."""
    passed = False
    for el in root.iter():
        if el is box:
            return passed
        if (
            not passed
            and isinstance(el.tag, str)
            and len(text := " ".join(el.text_content().split())) <= PREVIEW_NOTICE_CHARS
            and vocabulary.PREVIEW_REMAINING.search(text)
        ):
            passed = True
    return False


def holds_its_kind(box, inner: tuple) -> bool:
    return any(isinstance(el.tag, str) and kind(el) == inner for el in box.iter())


def is_prose_box(box) -> bool:
    text = box.text_content()
    han = vocabulary.han_count(text)
    links = sum(vocabulary.han_count(a.text_content()) for a in box.iter("a"))
    return han >= UNREAD_BOX_HAN and links <= UNREAD_BOX_LINK_SHARE * han


def post_of(box):
    """The forum post `box` stands in (itself or an ancestor whose siblings of its kind are posts,
    `are_posts`), or None."""
    for level in (box, *box.iterancestors()):
        if level.getparent() is None:
            return None
        same = of_its_kind(level)
        if len(same) < 2:  # the first post marked apart ("tz_table tz_lz" among "tz_table"s)
            same = sharing_a_class(level)
        if len(same) >= 2 and are_posts(same):
            return level
    return None


def sharing_a_class(el) -> list:
    """`el` and its siblings of its tag sharing a class with it, in page order."""
    classes = set((el.get("class") or "").split())
    if not classes:
        return [el]
    return [
        sib
        for sib in el.getparent()
        if sib is el or (sib.tag == el.tag and classes & set((sib.get("class") or "").split()))
    ]


def trim_outside(page, root):
    """Take the blocks standing outside the text's container out of `page`, recorded as removed;
    the forum post the text is, or None."""
    if not page.blocks:
        return None
    found, post = outside_lines(root, page.blocks)
    if post is not None:
        page.flags.append("forum_post")  # its title is the topic's (clean.py), not the speech heading's
    if not found:
        return post
    kept = []
    for i, (kind, raw) in enumerate(page.blocks):
        rule = found.get(i)
        if rule is None:
            kept.append((kind, raw))
            continue
        page.removed.append({"rule": rule, "text": " ".join(without_markers(raw).split())})
        kept.append(("para", markers_in(raw) + removal_marker(len(page.removed) - 1)))
    page.blocks = kept
    return post
