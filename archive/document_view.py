"""How a stored document reads: its text cut at the gaps the site left, and what the site kept back.

One segmentation (`marked_text_segments`) for every place that shows a document: `show` renders
it as plain text, the HTML report and the browse view as marked-up spans.
"""

from __future__ import annotations

GAP_LABELS = {
    "paywall": "elided by the site (paywall)",
    "truncation": "cut off by the site here",
    "part_missing": "goes on in a page or part not archived",
}


def missing_chars(doc: dict) -> int:
    """Characters the site kept from us: paywall elisions plus what a truncation cut off.

    The cut-off part is known only when the site declared the full length ("全文共N字").
    """
    omitted = int(doc.get("omitted_chars") or 0)
    cut = 0
    if doc.get("truncated") and doc.get("declared_chars"):
        cut = max(0, int(doc["declared_chars"]) - len(doc.get("text") or "") - omitted)
    return omitted + cut


def truncation_chars(doc: dict) -> int | None:
    """What a truncation cut off, where the site's declared length tells it; else None."""
    return missing_chars(doc) - int(doc.get("omitted_chars") or 0) or None


def gaps_with_known_sizes(doc: dict) -> list[dict]:
    """The document's gaps, a truncation's `omitted_chars` filled where it is known (as `show`
    prints it: "464 chars not shown"); a stored gap is never changed."""
    gaps = []
    for gap in doc.get("gaps") or []:
        if gap.get("kind") == "truncation" and not gap.get("omitted_chars"):
            gap = {**gap, "omitted_chars": truncation_chars(doc)}
        gaps.append(gap)
    return gaps


def marked_text_segments(doc: dict, limit: int | None = None) -> list[dict]:
    """The text cut at its gaps: [{"text": ...} | {"gap": kind, "omitted_chars": n}], in order.

    `limit` shortens a very long text (the cut is marked as such)."""
    text = doc.get("text") or ""
    gaps = sorted(gaps_with_known_sizes(doc), key=lambda g: g.get("offset") or 0)
    segments, position = [], 0
    for gap in gaps:
        offset = max(position, min(int(gap.get("offset") or 0), len(text)))
        if offset > position:
            segments.append({"text": text[position:offset]})
        kind = gap.get("kind") or "gap"
        segments.append(
            {"gap": kind, "label": GAP_LABELS.get(kind, kind), "omitted_chars": gap.get("omitted_chars")}
        )
        position = offset
    if position < len(text):
        segments.append({"text": text[position:]})
    if limit is not None:
        shortened, used = [], 0
        for segment in segments:
            if "text" in segment:
                if used + len(segment["text"]) > limit:
                    shortened.append({"text": segment["text"][: max(0, limit - used)]})
                    shortened.append(
                        {"gap": "shortened", "label": "shortened in this report", "omitted_chars": None}
                    )
                    break
                used += len(segment["text"])
            shortened.append(segment)
        segments = shortened
    return segments


def plain_gap_label(segment: dict) -> str:
    """A gap as `show` prints it, inside the text."""
    n = segment.get("omitted_chars")
    if segment["gap"] == "truncation":
        return f"[… the site shows no more; {n} chars not shown …]" if n else "[… the site shows no more …]"
    if segment["gap"] == "part_missing":
        return "[… goes on in a page or part not archived …]"
    return f"[… {n} chars omitted by the site …]" if n else "[… text omitted by the site …]"


def text_with_gaps(doc: dict) -> str:
    """The text with each paywall gap / truncation marked where the site cut it."""
    return "".join(s["text"] if "text" in s else plain_gap_label(s) for s in marked_text_segments(doc))
