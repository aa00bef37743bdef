"""A Q&A page's document is an answer: its date is the answer's, not the question's.

Q&A software prints the question with the day it was asked, then each answer in a box of its own
whose header (the answerer, a badge such as "采纳答案" or "满意回答", a time) stands over the
answer's text (百度知道's `wgt-best`, 搜狗问问's `replay-info`, 爱问's `answer-time`, 思否's
`answer__info`, 知乎's `AnswerItem` with its `itemprop="dateCreated"`). The page's first labelled
date is the question's, often days before the answer the archive keeps.

The answer's box is told by what it is, not by one site's markup. Going up from the text, the
first element whose part before the text (a short header, HEADER_MAX_CHARS) prints a date decides:
its date nearest the text dates the document when the box, or the element holding that date, has
"answer" in its class, id, itemprop or itemtype (schema.org's `Answer`, `acceptedAnswer`), or the
header carries a best-answer badge (vocabulary's answer_badge words). An answer's box whose
header prints no date may print its time in a short footer under the text (天涯问答's
"answer-foot"): its first date dates the document. Any other header (an article's, a question's, a
forum post's) leaves the date the page had.
"""

from __future__ import annotations

import re

from pipelines.markers import without_markers
from pipelines.page_dates import parse_date
from pipelines.text_container import Tree, squash
from pipelines.vocabulary import ANSWER_BADGE_WORDS

# Cheap tests before the tree is laid out, one of which every Q&A page passes: a name with "answer"
# in the page as served (any case of its first letter), or a best-answer badge's word in its text
# (plain substring tests: a case-blind regex over a real page's 130 KB cost 1.4 ms).
ANSWER_NAME_HINTS = ("nswer", "NSWER")
# (each badge word holds one of these: "提问者采纳", "已采纳" and "采纳答案" hold "采纳")
ANSWER_BADGE_HINTS = ("满意回答", "最佳回答", "最佳答案", "推荐答案", "优质回答", "采纳")
ANSWER_NAME = re.compile(r"answer", re.I)
ANSWER_BADGE = re.compile("|".join(ANSWER_BADGE_WORDS))
ANSWER_BADGE_LINE = re.compile(rf"^(?:[【\[]?(?:{ANSWER_BADGE.pattern})[】\]]?[|｜·]?)+$")
NAMING_ATTRIBUTES = ("class", "id", "itemprop", "itemtype")
# Machine-readable times an answer's header carries; not dateModified, an edit is no answer's day.
MACHINE_TIME_PROPS = frozenset({"dateCreated", "datePublished", "uploadDate"})
HEADER_MAX_CHARS = 200  # an answer's header: name, badges, counts, time; a question is longer
LINE_PREFIX_CHARS = 30  # the text's first line is looked for by its opening


def answer_date(root, html: str, page_text: str, lines: list[str]) -> str | None:
    """The date printed in the header of the answer that holds one of the text's first `lines`
    (the question's own lines, often extracted over the answer, stand in no answer's box), or None
    when the text stands in no answer's box (see the module's docstring)."""
    if not (
        any(hint in html for hint in ANSWER_NAME_HINTS)
        or any(hint in page_text for hint in ANSWER_BADGE_HINTS)
    ):
        return None
    openings = [squash(without_markers(line)) for line in lines]
    # a badge line ("满意回答 提问者采纳") is the header's, not the text's
    openings = [o[:LINE_PREFIX_CHARS] for o in openings if o and not ANSWER_BADGE_LINE.match(o)]
    if not openings:
        return None
    tree = Tree(root)
    for opening in openings:
        el = tree.locate(opening, 0)
        if el is not None and (date := _date_over(tree, el, opening)):
            return date
    return None


def _date_over(tree: Tree, el, opening: str) -> str | None:
    """The date in the answer header over the text `el` holds, or None. The first level up whose
    header prints a date decides: a date of an answer's header dates the text, any other (the
    question's, an article's) leaves it as it was. The date is an answer's when the box is named
    an answer, its header carries a best-answer badge, or the date stands in an element named an
    answer's ("answer-time", "answer__info"); a heading such as "2 个回答" over all the answers
    is none of these."""
    text_start = tree.page_text.find(opening, tree.span[el][0])
    for box in el.iterancestors():
        if box not in tree.span or text_start - tree.span[box][0] > HEADER_MAX_CHARS:
            return None
        header = _header(box, el)
        badge = any(isinstance(n.tag, str) and n.text and ANSWER_BADGE.search(n.text) for n in header)
        dated = _last_date(header)
        if dated is None:
            # an answer's box that prints its time under its text (天涯问答's "answer-foot", as a
            # comment's footer does): the first date of that footer, when the box is an answer's
            if (badge or ANSWER_NAME.search(_names(box))) and (date := _footer_date(box, el)):
                return date
            continue
        date, node = dated
        named = ANSWER_NAME.search(_names(box)) or any(
            ANSWER_NAME.search(_names(holder)) for holder in _holders(node, box)
        )
        return date if named or badge else None
    return None


def _footer_date(box, text_el) -> str | None:
    """The first date in `box`'s footer: what follows the child of `box` holding `text_el`, when
    it is short (HEADER_MAX_CHARS: a time, votes, links; not the rest of a text)."""
    child = text_el
    while child.getparent() is not box:
        child = child.getparent()
    after = [sib for sib in child.itersiblings() if isinstance(sib.tag, str)]
    if not after or sum(len(sib.text_content() or "") for sib in after) > HEADER_MAX_CHARS:
        return None
    return next((date for date, _ in _dates_in([n for sib in after for n in sib.iter()])), None)


def _names(el) -> str:
    return " ".join(el.get(a) or "" for a in NAMING_ATTRIBUTES)


def _holders(node, box) -> list:
    """`node` and its ancestors below `box`."""
    found = []
    while node is not None and node is not box:
        found.append(node)
        node = node.getparent()
    return found


def _header(box, text_el) -> list:
    """The elements of `box` before `text_el` in reading order (its ancestors excluded)."""
    ancestors = set(text_el.iterancestors())
    found = []
    for node in box.iterdescendants():
        if node is text_el:
            break
        if node not in ancestors:
            found.append(node)
    return found


def _last_date(header: list) -> tuple[str, object] | None:
    """The header's date nearest the text, with the element it stands in."""
    dates = list(_dates_in(header))
    return dates[-1] if dates else None


def _dates_in(nodes: list):
    """(date, element it stands in) for each date `nodes` print, in reading order: a written date,
    or a machine time (`datetime`, a schema.org creation time), then one in the node's tail."""
    for node in nodes:
        if not isinstance(node.tag, str):
            continue
        machine = node.get("datetime") or (
            node.get("content") if node.get("itemprop") in MACHINE_TIME_PROPS else None
        )
        own = parse_date(machine) if machine else parse_date(node.text)
        if own:
            yield own, node
        tail = parse_date(node.tail)
        if tail:
            yield tail, node.getparent()
