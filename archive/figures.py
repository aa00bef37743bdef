"""The figures of the archive: the per-document counting that `audit` and the HTML report share
(one pass over a version), and what the report plots (per document, per version).

`readable_documents` yields a version's stored objects, naming any it cannot read instead of
failing (a damaged archive is when these figures are needed most; verify says what is wrong).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from archive.damaged import ArchiveDamaged
from archive.document_view import missing_chars
from archive.versions import STATES
from pipelines.merge import COPY_KINDS, canonical_site

MERGED_KINDS = tuple(kind for kind in COPY_KINDS if kind != "canonical")


def readable_documents(archive, version: int, problems: list[str]) -> Iterator[dict]:
    """The version's documents (removed ones left out); an unreadable or damaged object, or a
    damaged manifest, is a problem named instead of an error."""
    try:
        for entry in archive.iter_manifest(version):
            if entry.get("state") == "removed":
                continue
            try:
                obj = archive.load_object(entry["hash"])
            except ArchiveDamaged as exc:
                problems.append(
                    f"document {entry['doc_id']} could not be read: {exc.path} unreadable ({exc.detail})"
                )
                continue
            except (OSError, ValueError) as exc:
                problems.append(
                    f"document {entry['doc_id']} could not be read: object {entry['hash'][:12]}… "
                    f"unreadable ({exc.__class__.__name__})"
                )
                continue
            if not isinstance(obj, dict):
                problems.append(
                    f"document {entry['doc_id']} could not be read: object {entry['hash'][:12]}… "
                    "unreadable (not a document)"
                )
                continue
            obj["doc_id"] = obj.get("doc_id") or entry["doc_id"]
            yield obj
    except ArchiveDamaged as exc:  # the manifest itself: what was read of it may be wrong
        problems.append(f"version {version} could not be read whole: {exc}")


def new_counts() -> dict:
    return {
        "documents": 0,
        "by_site": Counter(),
        "truncated": 0,
        "omitted_chars": 0,
        "flagged": 0,
        "flags": Counter(),
        "merged": Counter({kind: 0 for kind in MERGED_KINDS}),
        "copies": 0,
        "urls": 0,
        "gone_urls": 0,
    }


def count_document(counts: dict, obj: dict) -> None:
    """Add one document to `counts` (see new_counts): the figures `audit --json` reports."""
    counts["documents"] += 1
    for site in obj.get("sites") or ["?"]:
        counts["by_site"][site] += 1
    if obj.get("truncated") or obj.get("omitted_chars"):
        counts["truncated"] += 1
        counts["omitted_chars"] += obj.get("omitted_chars") or 0
    if obj.get("flags"):
        counts["flagged"] += 1
        counts["flags"].update(obj["flags"])
    copies = obj.get("copies") or []
    counts["copies"] += len(copies)
    counts["urls"] += len(obj.get("urls") or [])
    counts["gone_urls"] += len(obj.get("gone_urls") or [])
    for copy in copies:
        if copy.get("kind") in counts["merged"]:
            counts["merged"][copy["kind"]] += 1


def document_figures(docs) -> dict:
    """The per-document figures of `audit` (same counting rules as `audit_summary`), plus what
    the plots and tables need. One pass; keeps no document text."""
    figures = {
        **new_counts(),
        "lengths_by_site": defaultdict(list),
        "elided_by_site": defaultdict(lambda: {"paywall": 0, "truncation": 0}),
        "truncated_rows": [],
        "flagged_rows": [],
        "merged_rows": [],
    }
    for doc in docs:
        count_document(figures, doc)
        site = canonical_site(doc) or "?"
        chars = len(doc.get("text") or "")
        figures["lengths_by_site"][site].append(chars)
        row = {
            "doc_id": doc["doc_id"],
            "title": doc.get("title") or "(untitled)",
            "site": site,
            "chars": chars,
        }
        if doc.get("truncated") or doc.get("omitted_chars"):
            missing = missing_chars(doc)
            paywall = int(doc.get("omitted_chars") or 0)
            figures["elided_by_site"][site]["paywall"] += paywall
            figures["elided_by_site"][site]["truncation"] += missing - paywall
            whole = chars + missing
            figures["truncated_rows"].append(
                dict(
                    row,
                    omitted=paywall,
                    cut=missing - paywall,
                    declared=doc.get("declared_chars"),
                    truncated=bool(doc.get("truncated")),
                    missing_share=(missing / whole) if whole else 0.0,
                )
            )
        if doc.get("flags"):
            figures["flagged_rows"].append(dict(row, flags=list(doc["flags"])))
        copies = doc.get("copies") or []
        if len(copies) > 1:
            figures["merged_rows"].append(
                dict(
                    row,
                    copies=[
                        {"url": c.get("url"), "kind": c.get("kind"), "site": c.get("site")} for c in copies
                    ],
                )
            )
    figures["truncated_rows"].sort(key=lambda r: (-(r["omitted"] + r["cut"]), r["doc_id"]))
    figures["flagged_rows"].sort(key=lambda r: (-len(r["flags"]), r["doc_id"]))
    figures["merged_rows"].sort(key=lambda r: (-len(r["copies"]), r["doc_id"]))
    return figures


def version_series(archive, up_to: int) -> list[dict]:
    """Per version up to `up_to`: documents by (canonical) site and by state, and the run's stats.

    Read from manifests and metas only, so it stays cheap with many versions."""
    series = []
    for number in archive.versions():
        if number > up_to:
            break
        by_site: Counter = Counter()
        try:
            meta = archive.meta(number)
            for entry in archive.iter_manifest(number):
                if entry.get("state") != "removed":
                    by_site[entry.get("site") or "?"] += 1
        except ArchiveDamaged:  # named in the problems table (verify); plotted as empty
            meta, by_site = {"status": "damaged"}, Counter()
        stats = meta.get("stats") or {}
        series.append(
            {
                "version": number,
                "status": meta.get("status"),
                "started_at": meta.get("started_at"),
                "by_site": by_site,
                "states": {state: (meta.get("documents") or {}).get(state, 0) for state in STATES},
                "pages_fetched": stats.get("pages_fetched") or 0,
                "not_modified": stats.get("not_modified") or 0,
                "errors": dict(stats.get("errors") or {}),
                "errors_total": stats.get("errors_total") or 0,
                "duration_s": stats.get("duration_s"),
                "pages_per_s": stats.get("pages_per_s"),
            }
        )
    return series
