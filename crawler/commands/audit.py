"""`speech-archive audit [--json]`: versions, documents by site, truncated, flagged, merged copies,
the last run's stats and problems."""

from __future__ import annotations

import json
import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def format_summary(summary: dict) -> str:
    from crawler.wording import counted

    lines = [
        f"archive {summary['archive']}: {counted(summary['versions'], 'version')}, latest {summary['latest']}",
        f"documents: {summary['documents']} ({counted(summary['copies'], 'copy', 'copies')}"
        f" at {counted(summary['urls'], 'URL')})",
    ]
    lines += [f"  {site}: {count}" for site, count in summary["by_site"].items()]
    lines.append(f"truncated: {summary['truncated']} ({summary['omitted_chars']} chars omitted by the sites)")
    flags = ", ".join(f"{flag} {n}" for flag, n in summary["flags"].items()) or "none"
    lines.append(f"flagged: {summary['flagged']} ({flags})")
    lines.append("copies merged: " + ", ".join(f"{kind} {n}" for kind, n in summary["merged"].items()))
    last = summary.get("last_run") or {}
    if last:
        docs = last.get("documents") or {}
        lines.append(
            f"last run: {last.get('run_id')} {last.get('status')} {last.get('started_at')} -> {last.get('ended_at')}; "
            + ", ".join(f"{state} {n}" for state, n in docs.items())
        )
    lines.append("versions:")
    for v in summary["history"]:
        lines.append(
            f"  {v['version']:>6} {v['run_id']} {v['status']:<11} new {v['new']}, changed {v['changed']}, removed {v['removed']}"
        )
    if summary["problems"]:
        lines.append(f"problems ({len(summary['problems'])}):")
        lines += [f"  {p}" for p in summary["problems"]]
    else:
        lines.append("problems: none")
    return "\n".join(lines)


def run(args) -> int:
    from archive.audit import audit_summary
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
    except ArchiveError as exc:
        print(f"speech-archive audit: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    summary = audit_summary(archive)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    else:
        print(format_summary(summary))
    return exitcodes.OK
