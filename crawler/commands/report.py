"""`speech-archive report [--version N] [-o FILE]`: write the self-contained HTML audit report.

By default the report of the latest version goes to ARCHIVE/reports/report-vNNNNNN.html, next
to the version it describes; the path is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument(
        "--version", type=int, default=None, help="version to report on (default: the latest)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        default=None,
        help="HTML file to write (default: ARCHIVE/reports/report-vNNNNNN.html)",
    )
    parser.add_argument(
        "--no-verify",
        action="store_true",
        help="skip rechecking every stored file (faster on a large archive; no problems table)",
    )


def run(args) -> int:
    from archive.report import write_report
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        path = write_report(archive, version=args.version, output=args.output, verify=not args.no_verify)
    except ArchiveError as exc:
        print(f"speech-archive report: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except OSError as exc:
        print(f"speech-archive report: cannot write the report: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    print(path)
    return exitcodes.OK
