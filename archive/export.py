"""A document as exported for data tools: every field the archive keeps of it, in column order."""

from __future__ import annotations

# Every field of a document object, in column order.
EXPORT_FIELDS = (
    "doc_id",
    "title",
    "text",
    "published_at",
    "urls",
    "sites",
    "gone_urls",
    "truncated",
    "omitted_chars",
    "declared_chars",
    "gaps",
    "removed",
    "flags",
    "script",
    "copies",
    "text_original",
    "extractor_version",
    "profile_version",
    "provenance",
)


def export_record(obj: dict) -> dict:
    """One document as exported: every field, missing ones as None."""
    return {field: obj.get(field) for field in EXPORT_FIELDS}
