"""What the archive holds, in one dict: `audit_summary(archive)` (the audit command and the HTML
report both render it)."""

from __future__ import annotations

from archive.damaged import ArchiveDamaged
from archive.figures import count_document, new_counts, readable_documents
from archive.store import Archive
from archive.verify import verify_archive


def audit_summary(archive: Archive, *, verify: bool = True) -> dict:
    """Versions, documents by site, truncated and flagged documents, copies merged by kind, the
    last run's stats, and problems (verify's findings, unfinished runs). Raises nothing for an
    empty archive: `versions` is then 0."""
    versions = archive.versions()
    summary: dict = {
        "archive": str(archive.root),
        "versions": len(versions),
        "latest": versions[-1] if versions else None,
        **new_counts(),
        "last_run": None,
        "history": [],
        "problems": [],
    }
    for number in versions:
        try:
            meta = archive.meta(number)
        except ArchiveDamaged as exc:
            summary["problems"].append(f"version {number} could not be read: {exc}")
            meta = {"status": "damaged"}
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
        if meta.get("status") not in ("complete", "damaged"):
            summary["problems"].append(f"version {number} ({meta.get('run_id')}) is {meta.get('status')}")
    if versions:
        for obj in readable_documents(archive, versions[-1], summary["problems"]):
            count_document(summary, obj)
        summary["by_site"] = dict(sorted(summary["by_site"].items()))
        summary["flags"] = dict(sorted(summary["flags"].items()))
        summary["merged"] = dict(summary["merged"])
        try:
            meta = archive.meta(versions[-1])
        except ArchiveDamaged:
            meta = {}
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
