"""The per-document counting that `audit` and the HTML report share: one pass over a version.

`readable_documents` yields a version's stored objects, naming any it cannot read instead of
failing (a damaged archive is when these figures are needed most; verify says what is wrong).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from archive.damaged import ArchiveDamaged
from pipelines.merge import COPY_KINDS

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
