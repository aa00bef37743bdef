"""`speech-archive verify`: recheck every stored file against manifests and the hash chain."""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import default_archive

    parser.add_argument(
        "--archive", default=default_archive(), help="archive directory (default: %(default)s)"
    )


def run(args) -> int:
    from archive.store import ArchiveError, open_existing
    from archive.verify import verify_archive

    try:
        archive = open_existing(args.archive)
    except ArchiveError as exc:
        print(f"speech-archive verify: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    report = verify_archive(archive)
    for problem in report.problems:
        print(problem)
    summary = f"{report.versions} versions, {report.objects} objects, {report.warc_files} WARC files checked"
    if report.ok:
        print(f"ok: {summary}")
        return exitcodes.OK
    print(f"FAILED: {len(report.problems)} problems; {summary}", file=sys.stderr)
    return exitcodes.FAILURE
