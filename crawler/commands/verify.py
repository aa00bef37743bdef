"""`speech-archive verify`: recheck stored files against manifests and the hash chain.

By default the versions added since the last verify are read byte for byte, and of the earlier
ones every file (metas, manifests and changes, objects, WARC files, the CDXJ index) is checked
to be there with its recorded size, the new versions linked to them through the hash chain;
`--full` re-reads every file of every version. What was verified is recorded in ARCHIVE/verified.json (archive/verified.py).
`--json` prints the same as one JSON object (exit code as without).
"""

from __future__ import annotations

import json
import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument(
        "--full",
        action="store_true",
        help="re-read every file of every version (by default: the versions since the last verify, "
        "and every other file's presence and size)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (exit code as without)")


def scope_line(report) -> str:
    """What was checked, in one line."""
    from crawler.wording import counted

    if report.full:
        what = (
            f"{counted(report.versions, 'version')}, {counted(report.objects, 'object')},"
            f" {counted(report.warc_files, 'WARC file')}"
        )
        return f"{what} checked: every version, every file read ({counted(report.files, 'file')})"
    since = report.since
    if report.first is None:
        checked = f"no version since version {since.version} ({counted(report.files, 'file')} read)"
    elif report.first == report.last:
        checked = f"verified version {report.first} ({counted(report.files, 'file')} read)"
    else:
        checked = f"verified versions {report.first}..{report.last} ({counted(report.files, 'file')} read)"
    present = (
        f"versions 1..{since.version}: every file there with its recorded size "
        f"({counted(report.present, 'file')}, {counted(report.present_objects, 'object')}, "
        f"{counted(report.present_warc_files, 'WARC file')}; read at {since.verified_at})"
    )
    return f"{checked}; {present}; `verify --full` re-reads everything"


def report_json(report) -> dict:
    """What `verify --json` prints: ok, what was checked, and each problem as {path, kind, detail}."""
    since = report.since
    return {
        "ok": report.ok,
        "full": report.full,
        "versions": report.versions,
        "objects": report.objects,
        "warc_files": report.warc_files,
        "files": report.files,
        "present": None if since is None else {"files": report.present, "objects": report.present_objects},
        "checked": None if report.first is None else {"first": report.first, "last": report.last},
        "since": None if since is None else {"version": since.version, "verified_at": since.verified_at},
        "problems": [{"path": p.path, "kind": p.kind, "detail": p.detail} for p in report.problems],
    }


def run(args) -> int:
    from archive.store import ArchiveError, open_existing
    from archive.verified import load_record, record_for, save_record
    from archive.verify import verify_archive
    from crawler.wording import counted
    from pipelines.timestamps import utc_now_iso

    try:
        archive = open_existing(args.archive)
    except ArchiveError as exc:
        if args.json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        print(f"speech-archive verify: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    started = utc_now_iso()
    previous = load_record(archive.root)
    report = verify_archive(archive, since=None if args.full else previous)
    result = report_json(report) if args.json else None
    if not args.json:
        for problem in report.problems:
            print(problem)
    if not report.ok:
        if args.json:
            print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        print(f"FAILED: {counted(len(report.problems), 'problem')}; {scope_line(report)}", file=sys.stderr)
        return exitcodes.FAILURE
    if not args.json:
        print(f"ok: {scope_line(report)}")
    why_not = None
    if report.last is not None:  # nothing new checked: the record stays as it was
        full_at = started if report.full else previous.full_verified_at
        record = record_for(archive.root, report.last, started, full_at)
        why_not = save_record(archive.root, archive.lock_path, record)
        if why_not and not args.json:
            print(f"(not recorded: {why_not}; the next verify checks these versions again)")
    if args.json:
        result["not_recorded"] = why_not
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    return exitcodes.OK
