"""What the archive holds, in one dict: `audit_summary(archive)` (the audit command and the HTML
report both render it)."""

from __future__ import annotations

from collections import Counter

from archive.store import Archive
from archive.verify import verify_archive

MERGED_KINDS = ("exact", "near", "truncated", "other_script")


def audit_summary(archive: Archive, *, verify: bool = True) -> dict:
    """Versions, documents by site, truncated and flagged documents, copies merged by kind, the
    last run's stats, and problems (verify's findings, unfinished runs). Raises nothing for an
    empty archive: `versions` is then 0."""
    versions = archive.versions()
    summary: dict = {
        "archive": str(archive.root),
        "versions": len(versions),
        "latest": versions[-1] if versions else None,
        "documents": 0,
        "by_site": {},
        "truncated": 0,
        "omitted_chars": 0,
        "flagged": 0,
        "flags": {},
        "merged": {kind: 0 for kind in MERGED_KINDS},
        "copies": 0,
        "urls": 0,
        "gone_urls": 0,
        "last_run": None,
        "history": [],
        "problems": [],
    }
    for number in versions:
        meta = archive.meta(number)
        summary["history"].append(
            {
                "version": number,
                "run_id": meta.get("run_id"),
                "status": meta.get("status"),
                "started_at": meta.get("started_at"),
                "ended_at": meta.get("ended_at"),
                "spiders": meta.get("spiders"),
                **{
                    state: (meta.get("documents") or {}).get(state, 0)
                    for state in ("new", "changed", "removed")
                },
            }
        )
        if meta.get("status") != "complete":
            summary["problems"].append(f"version {number} ({meta.get('run_id')}) is {meta.get('status')}")
    if versions:
        by_site: Counter = Counter()
        flags: Counter = Counter()
        for obj in readable_documents(archive, versions[-1], summary["problems"]):
            summary["documents"] += 1
            for site in obj.get("sites") or ["?"]:
                by_site[site] += 1
            if obj.get("truncated") or obj.get("omitted_chars"):
                summary["truncated"] += 1
                summary["omitted_chars"] += obj.get("omitted_chars") or 0
            if obj.get("flags"):
                summary["flagged"] += 1
                flags.update(obj["flags"])
            summary["copies"] += len(obj.get("copies") or [])
            summary["urls"] += len(obj.get("urls") or [])
            summary["gone_urls"] += len(obj.get("gone_urls") or [])
            for copy in obj.get("copies") or []:
                if copy.get("kind") in summary["merged"]:
                    summary["merged"][copy["kind"]] += 1
        summary["by_site"] = dict(sorted(by_site.items()))
        summary["flags"] = dict(sorted(flags.items()))
        meta = archive.meta(versions[-1])
        summary["last_run"] = {
            key: meta.get(key)
            for key in (
                "version",
                "run_id",
                "spiders",
                "status",
                "started_at",
                "ended_at",
                "documents",
                "documents_seen",
                "archive_stats",
                "stats",
            )
        }
    if archive.staging_dir.is_dir():
        leftovers = sorted(p.name for p in archive.staging_dir.iterdir())
        if leftovers:
            summary["problems"].append(
                "staging holds "
                + ", ".join(leftovers)
                + " (a run in progress, or interrupted: the next run clears it)"
            )
    if verify:
        summary["problems"].extend(str(problem) for problem in verify_archive(archive).problems)
    return summary


def readable_documents(archive, version: int, problems: list[str]):
    """The version's documents; an object that cannot be read is a problem named, not a crash."""
    for entry in archive.iter_manifest(version):
        if entry.get("state") == "removed":
            continue
        try:
            yield archive.load_object(entry["hash"])
        except (OSError, ValueError) as exc:
            problems.append(
                f"document {entry['doc_id']}: object {entry['hash'][:12]}… unreadable ({exc.__class__.__name__})"
            )
