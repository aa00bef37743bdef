"""`speech-archive verify`: recheck stored files against manifests and the hash chain.

By default only the versions added since the last verify are checked byte for byte (the earlier
ones only for being all there, and linked to the new ones through the hash chain); `--full`
checks every version. What was verified is recorded in ARCHIVE/verified.json (archive/verified.py).
"""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import default_archive

    parser.add_argument(
        "--archive", default=default_archive(), help="archive directory (default: %(default)s)"
    )
    parser.add_argument(
        "--full", action="store_true", help="check every version, not only those added since the last verify"
    )


def scope_line(report) -> str:
    """What was checked, in one line."""
    if report.full:
        what = f"{report.versions} versions, {report.objects} objects, {report.warc_files} WARC files"
        return f"{what} checked: every version ({report.files} files)"
    since = report.since
    if report.first is None:
        checked = f"no version since version {since.version} ({report.files} files)"
    else:
        checked = f"verified versions {report.first}..{report.last} ({report.files} files)"
    return f"{checked}; earlier versions verified at {since.verified_at}; `verify --full` checks everything"


def run(args) -> int:
    from archive.store import ArchiveError, open_existing
    from archive.verified import load_record, record_for, save_record
    from archive.verify import verify_archive
    from pipelines.timestamps import utc_now_iso

    try:
        archive = open_existing(args.archive)
    except ArchiveError as exc:
        print(f"speech-archive verify: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    started = utc_now_iso()
    previous = load_record(archive.root)
    report = verify_archive(archive, since=None if args.full else previous)
    for problem in report.problems:
        print(problem)
    if not report.ok:
        print(f"FAILED: {len(report.problems)} problems; {scope_line(report)}", file=sys.stderr)
        return exitcodes.FAILURE
    print(f"ok: {scope_line(report)}")
    if report.last is not None:  # nothing new checked: the record stays as it was
        full_at = started if report.full else previous.full_verified_at
        record = record_for(archive.root, report.last, started, full_at)
        why_not = save_record(archive.root, archive.lock_path, record)
        if why_not:
            print(f"(not recorded: {why_not}; the next verify checks these versions again)")
    return exitcodes.OK
