"""Step 3 (stitch): an article continued over several pages -> one page, text in reading order.

Each page's gaps and removals are appended to the first page's, and the markers in its text are
renumbered to point at them; title and date come from the first page that has them.
"""

from __future__ import annotations

import re

from pipelines.clean import CleanedPage
from pipelines.markers import renumber

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
        encoding=first.encoding,
        encoding_source=first.encoding_source,
    )
    for page in pages:
        shift_gaps, shift_removed = len(merged.gaps), len(merged.removed)
        merged.paragraphs.extend(renumber(p, shift_gaps, shift_removed) for p in page.paragraphs)
        merged.gaps.extend(page.gaps)
        merged.removed.extend(page.removed)
        merged.truncated = merged.truncated or page.truncated
        merged.declared_chars = page.declared_chars or merged.declared_chars
        merged.flags.extend(f for f in page.flags if f not in merged.flags)
        merged.pages.extend(u for u in page.pages if u not in merged.pages)
    merged.next_page = pages[-1].next_page
    return merged


def whole_title(title: str | None) -> str | None:
    """The title of a text stitched from its parts, without the first part's mark."""
    if not title:
        return title
    return FIRST_PART_MARK.sub("", title) or title
