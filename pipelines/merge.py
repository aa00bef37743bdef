"""The merge policy: which copy of a speech is canonical, and what its stored object holds.

Dedup (pipelines/dedup.py) says *that* a document is a copy of a stored one (exact, near or
truncated); this module decides what the stored object becomes: every copy's URL and provenance
listed, the most complete copy's text canonical (complete beats truncated, then longer), a later
complete copy replacing a truncated one. Pure functions of plain objects: the store calls them.
"""

from __future__ import annotations

import json

from pipelines.dedup import normalise_for_dedup, normalised_sha256
from pipelines.document import CANONICAL_FIELDS, Document

# How a copy relates to its document's canonical copy, as stored in `copies[].kind`.
COPY_KINDS = ("canonical", "exact", "near", "truncated", "other_script")


def is_complete(obj: dict) -> bool:
    """A stored object is complete when the site neither cut it short nor elided parts of it."""
    return not obj.get("truncated") and not obj.get("omitted_chars") and not obj.get("gaps")


def copy_rank(complete: bool, chars: int) -> tuple[bool, int]:
    """Canonical text = most complete copy: complete beats truncated, then longer."""
    return (bool(complete), int(chars))


def _provenance_entry(seen_at: dict, copy_url: str) -> dict:
    entry = dict(seen_at or {})
    entry["url"] = copy_url
    return entry


def sorted_object(obj: dict) -> dict:
    # Order-independent lists: the object hash must not depend on which site was crawled first.
    obj["urls"] = sorted(set(obj["urls"]))
    obj["sites"] = sorted(set(obj["sites"]))
    obj["gone_urls"] = sorted(set(obj.get("gone_urls", [])))
    obj["copies"] = sorted(obj["copies"], key=lambda c: (c["kind"] != "canonical", c["url"]))
    obj["provenance"] = sorted(obj["provenance"], key=lambda p: p.get("url") or "")
    return obj


def copy_digest(text: str | None) -> tuple[str, int]:
    """A copy's text_sha256 and its length in normalised characters, from one normalisation
    (NFKC over a real page's text is a third of a millisecond)."""
    norm = normalise_for_dedup(text or "")
    return normalised_sha256(norm), len(norm)


def new_document_object(doc_id: str, doc: Document, copy_url: str, seen_at: dict) -> dict:
    """The object of a speech seen for the first time: this copy is its canonical text."""
    sha, chars = copy_digest(doc.text)
    obj = {field: getattr(doc, field) for field in CANONICAL_FIELDS}
    obj["gaps"] = obj["gaps"] or []
    obj["removed"] = obj["removed"] or []
    obj["flags"] = obj["flags"] or []
    obj["truncated"] = bool(obj["truncated"])
    obj["omitted_chars"] = obj["omitted_chars"] or 0
    obj.update(
        doc_id=doc_id,
        sites=[doc.site] if doc.site else [],
        urls=[copy_url],
        gone_urls=[],
        copies=[
            {
                "url": copy_url,
                "kind": "canonical",
                "text_sha256": sha,
                "truncated": not doc.complete,
                "chars": chars,
                "site": doc.site,
                "script": doc.script,
            }
        ],
        provenance=[_provenance_entry(seen_at, copy_url)],
    )
    return sorted_object(obj)


def merge_copy(obj: dict, doc: Document, copy_url: str, seen_at: dict, match_kind: str) -> dict:
    """Add one copy of the speech to its object; the copy becomes canonical if more complete.

    `match_kind` is how the index matched it (exact|near|truncated). A copy already known at
    the same URL with the same text changes nothing but an edited title or date (so a plain
    re-fetch leaves the object, and its hash, as they were).
    """
    obj = json.loads(json.dumps(obj))  # work on a copy
    sha, chars = copy_digest(doc.text)
    complete = doc.complete
    obj["gone_urls"] = [u for u in obj.get("gone_urls", []) if u != copy_url]
    same_url = next((c for c in obj["copies"] if c["url"] == copy_url), None)
    if same_url is not None and same_url["text_sha256"] == sha:
        # The same text again. Only an edited title or date of the canonical page is news; the
        # rest (noise removed around it, fetch times) would make every re-fetch a "change".
        if same_url["kind"] == "canonical":
            for field in ("title", "published_at", "given_on"):
                if getattr(doc, field):
                    obj[field] = getattr(doc, field)
        return sorted_object(obj)

    canonical = next(c for c in obj["copies"] if c["kind"] == "canonical")
    new_rank = copy_rank(complete, chars)
    old_rank = copy_rank(not canonical["truncated"], canonical["chars"])
    if canonical["url"] == copy_url:
        # The canonical page itself says something new (edited, or re-extracted with better
        # rules): it replaces its old text, unless it lost text the archive had in full.
        becomes_canonical = complete or not old_rank[0]
    else:
        becomes_canonical = new_rank > old_rank

    def relation(copy_complete: bool, copy_script: str | None, canonical_script: str | None) -> str:
        if match_kind == "truncated" or not copy_complete:
            return "truncated"
        if copy_script and canonical_script and copy_script != canonical_script:
            return "other_script"
        return "near" if match_kind == "near" else "exact"

    obj["copies"] = [c for c in obj["copies"] if c["url"] != copy_url]
    new_copy = {
        "url": copy_url,
        "kind": "canonical",
        "text_sha256": sha,
        "truncated": not complete,
        "chars": chars,
        "site": doc.site,
        "script": doc.script,
    }
    if becomes_canonical:
        for copy in obj["copies"]:
            if copy["kind"] == "canonical":
                copy["kind"] = relation(not copy["truncated"], copy.get("script"), doc.script)
        published_before, given_before = obj.get("published_at"), obj.get("given_on")
        for field in CANONICAL_FIELDS:
            obj[field] = getattr(doc, field)
        obj["gaps"] = obj["gaps"] or []
        obj["removed"] = obj["removed"] or []
        obj["flags"] = obj["flags"] or []
        obj["truncated"] = bool(obj["truncated"])
        obj["omitted_chars"] = obj["omitted_chars"] or 0
        obj["published_at"] = obj["published_at"] or published_before
        obj["given_on"] = obj["given_on"] or given_before
    elif canonical["url"] == copy_url:
        pass  # still the canonical page (its text kept from when it was complete)
    else:
        new_copy["kind"] = relation(complete, doc.script, obj.get("script"))
        obj["published_at"] = obj.get("published_at") or doc.published_at
        obj["given_on"] = obj.get("given_on") or doc.given_on
    obj["copies"].append(new_copy)
    obj["urls"].append(copy_url)
    if doc.site:
        obj["sites"].append(doc.site)
    obj["provenance"] = [p for p in obj["provenance"] if p.get("url") != copy_url]
    obj["provenance"].append(_provenance_entry(seen_at, copy_url))
    return sorted_object(obj)


def canonical_site(obj: dict) -> str | None:
    for copy in obj.get("copies", []):
        if copy["kind"] == "canonical":
            return copy.get("site")
    return (obj.get("sites") or [None])[0]


def is_gone(obj: dict) -> bool:
    """Every URL the document was seen at is gone (404/410)."""
    urls = set(obj.get("urls") or [])
    return bool(urls) and urls <= set(obj.get("gone_urls") or [])
