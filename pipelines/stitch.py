"""Step 3 (stitch): an article continued over several pages -> one page, text in reading order.

Each page's gaps and removals are appended to the first page's, and the markers in its text are
renumbered to point at them; title and date come from the first page that has them.
"""

from __future__ import annotations

import re

from pipelines.clean import CleanedPage
from pipelines.markers import HEADING, gap_marker, markers_in, removal_marker, renumber, without_markers

# The first part's mark on a title the text's parts share ("…的讲话（上）", "（上篇）", "[1/2]"): the
# stitched text is the whole, so its title is the one without it.
FIRST_PART_MARK = re.compile(
    r"\s*(?:[(（]\s*(?:上|上篇|一|之一|1|第一部分|第1部分)\s*[)）]|[\[［(（]\s*1\s*/\s*\d\s*[\]］)）])\s*$"
)


def stitch(pages: list[CleanedPage]) -> CleanedPage | None:
    """One article from its cleaned pages (None for none); the pages are left as they were."""
    if not pages:
        return None
    first = pages[0]
    if len(pages) == 1:
        return first
    merged = CleanedPage(
        url=first.url,
        site=first.site,
        profile_version=first.profile_version,
        rules=first.rules,
        title=whole_title(first.title or next((p.title for p in pages if p.title), None)),
        published_at=first.published_at or next((p.published_at for p in pages if p.published_at), None),
        given_on=first.given_on or next((p.given_on for p in pages if p.given_on), None),
        encoding=first.encoding,
        encoding_source=first.encoding_source,
    )
    opening = [without_markers(p).strip() for p in first.paragraphs]
    for index, page in enumerate(pages):
        shift_gaps, shift_removed = len(merged.gaps), len(merged.removed)
        paragraphs = [renumber(p, shift_gaps, shift_removed) for p in page.paragraphs]
        merged.gaps.extend(page.gaps)
        merged.removed.extend(page.removed)
        if index:
            paragraphs = drop_repeated_opening(paragraphs, opening, merged)
            fill_missing_part(merged)
        merged.paragraphs.extend(paragraphs)
        merged.truncated = merged.truncated or page.truncated
        merged.declared_chars = page.declared_chars or merged.declared_chars
        merged.flags.extend(f for f in page.flags if f not in merged.flags)
        merged.pages.extend(u for u in page.pages if u not in merged.pages)
    merged.next_page = pages[-1].next_page
    return merged


# A later page that opens with the first page's opening paragraphs again prints the text's start on
# every page (a forum printing the topic's first post over each page of floors, Xiuno's): stitched
# as they are, the text would hold its start twice. A text never repeats this much of its opening
# word for word, so the repeat goes, recorded. Shorter runs ("同志们：") may be the text's own.
REPEATED_OPENING_MIN_PARAGRAPHS = 2
REPEATED_OPENING_MIN_CHARS = 200


def drop_repeated_opening(paragraphs: list[str], opening: list[str], merged: CleanedPage) -> list[str]:
    """A later page's paragraphs without the run at their start that repeats the first page's
    opening; the run is recorded in `merged.removed` as "repeated_opening", its marker left on the
    page's next paragraph (or the text's last)."""
    count = 0
    while (
        count < len(paragraphs)
        and count < len(opening)
        and opening[count]
        and without_markers(paragraphs[count]).strip() == opening[count]
    ):
        count += 1
    repeated = paragraphs[:count]
    if (
        count < REPEATED_OPENING_MIN_PARAGRAPHS
        or sum(len(o) for o in opening[:count]) < REPEATED_OPENING_MIN_CHARS
    ):
        return paragraphs
    merged.removed.append({"rule": "repeated_opening", "text": "\n".join(opening[:count])})
    marks = "".join(markers_in(p) for p in repeated) + removal_marker(len(merged.removed) - 1)
    rest = paragraphs[count:]
    if rest:
        return [_after_heading_mark(marks, rest[0])] + rest[1:]
    if merged.paragraphs:
        merged.paragraphs[-1] += marks
    return rest


def _after_heading_mark(marks: str, paragraph: str) -> str:
    """`marks` put at the start of `paragraph`, after its heading mark if it has one."""
    if paragraph.startswith(HEADING):
        return HEADING + marks + paragraph[1:]
    return marks + paragraph


def fill_missing_part(merged: CleanedPage) -> None:
    """The next page is stitched on: the "part_missing" gaps left so far (a page's notice that the
    text goes on later, clean.mark_part_missing) are filled, their markers taken out of the text."""
    filled = {gap_marker(i) for i, gap in enumerate(merged.gaps) if gap["kind"] == "part_missing"}
    if not filled:
        return
    merged.paragraphs = ["".join(ch for ch in p if ch not in filled) for p in merged.paragraphs]
    if "part_missing" in merged.flags:
        merged.flags.remove("part_missing")


def whole_title(title: str | None) -> str | None:
    """The title of a text stitched from its parts, without the first part's mark."""
    if not title:
        return title
    return FIRST_PART_MARK.sub("", title) or title
