"""`speech-archive export-wacz [--version N] -o FILE.wacz`: a version's WARC captures as a WACZ
package (py-wacz), to replay in ReplayWeb.page or pywb; `wacz validate -f FILE.wacz` checks it."""

from __future__ import annotations

import sys
from pathlib import Path

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("--version", type=int, default=None, help="version to package (default: the latest)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="WACZ file to write")
    parser.add_argument(
        "--skip-damaged",
        action="store_true",
        help="leave out documents whose stored object is damaged (counted on stderr; still exit 7)",
    )


def run(args) -> int:
    from archive.store import ArchiveError, open_existing
    from archive.wacz import WaczExportError, export_wacz, packaged_pages
    from archive.warc_reader import DamagedWarc
    from crawler.wording import counted

    if args.output.suffix != ".wacz":
        print(f"speech-archive export-wacz: {args.output} must end in .wacz", file=sys.stderr)
        return exitcodes.USAGE
    damaged: list = []
    try:
        archive = open_existing(args.archive)
        path = export_wacz(archive, args.version, args.output, damaged.append if args.skip_damaged else None)
    except (ArchiveError, WaczExportError, DamagedWarc) as exc:  # no package is written
        print(f"speech-archive export-wacz: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except OSError as exc:
        print(f"speech-archive export-wacz: cannot write {args.output}: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    print(f"{path}: {counted(len(packaged_pages(path)), 'page')}")
    if damaged:
        for exc in damaged:
            print(f"speech-archive export-wacz: skipped damaged {exc}", file=sys.stderr)
        print(f"speech-archive export-wacz: {len(damaged)} damaged documents skipped", file=sys.stderr)
        return exitcodes.DAMAGED
    return exitcodes.OK
