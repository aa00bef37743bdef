"""Markers: private-use characters left in the text where a step took a piece out.

Extraction and cleaning never lose what they remove: a removed piece goes into the page's
`removed` list and a *removal marker* (U+E400 + its index) stays where it was; a passage the site
elided (paywall, truncation) goes into `gaps` with a *gap marker* (U+E000 + its index). Later steps
(stitch, split, normalize) carry markers along, so each removal and gap lands in the speech and at
the offset it belongs to. Heading lines start with HEADING.
"""

from __future__ import annotations

import re

HEADING = "\x01"  # first character of a heading line in the joined text
GAP_BASE, GAP_LIMIT = 0xE000, 0x400  # U+E000..U+E3FF: gap i
REMOVAL_BASE, REMOVAL_LIMIT = 0xE400, 0x1000  # U+E400..U+F3FF: removal i
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # icon fonts in the source; also our markers
MARKER = re.compile(f"[{chr(GAP_BASE)}-{chr(REMOVAL_BASE + REMOVAL_LIMIT - 1)}]")  # gap and removal markers


def gap_marker(index: int) -> str:
    return chr(GAP_BASE + index) if index < GAP_LIMIT else ""


def removal_marker(index: int) -> str:
    return chr(REMOVAL_BASE + index) if index < REMOVAL_LIMIT else ""


def is_marker(ch: str) -> bool:
    return GAP_BASE <= ord(ch) < REMOVAL_BASE + REMOVAL_LIMIT


def markers_in(text: str) -> str:
    return "".join(ch for ch in text if is_marker(ch))


def without_markers(text: str) -> str:
    return PRIVATE_USE.sub("", text).replace(HEADING, "")


def renumber(text: str, gap_shift: int, removal_shift: int) -> str:
    """`text` with its markers pointing `gap_shift`/`removal_shift` entries further on (stitching
    pages appends their gaps and removals to the first page's)."""
    out = []
    for ch in text:
        code = ord(ch)
        if GAP_BASE <= code < REMOVAL_BASE:
            out.append(gap_marker(code - GAP_BASE + gap_shift))
        elif REMOVAL_BASE <= code < REMOVAL_BASE + REMOVAL_LIMIT:
            out.append(removal_marker(code - REMOVAL_BASE + removal_shift))
        else:
            out.append(ch)
    return "".join(out)


class Ledger:
    """The removals and gaps of one page, handing out the markers that point at them."""

    def __init__(self, removed: list[dict]):
        self.removed = list(removed)
        self.gaps: list[dict] = []

    def remove(self, rule: str, text: str) -> str:
        self.removed.append({"rule": rule, "text": without_markers(text).strip()})
        return markers_in(text) + removal_marker(len(self.removed) - 1)

    def gap(self, kind: str, omitted: int | None) -> str:
        self.gaps.append({"kind": kind, "omitted_chars": omitted})
        return gap_marker(len(self.gaps) - 1)
