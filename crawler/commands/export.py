"""`speech-archive export [--format jsonl|csv|parquet] [--output FILE] [--version N] [--changed-since V]`.

Every field of each document (see archive.export). JSON Lines and CSV go to stdout unless
--output names a file; Parquet needs --output. A file is written beside its final name and
renamed into place when complete, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from crawler import exitcodes

FORMATS = ("jsonl", "csv", "parquet")  # archive.export writes them; imported only when export runs


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("--version", type=int, default=None, help="version (default: the latest)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="jsonl, csv or parquet (default: from --output's suffix; jsonl on stdout)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, metavar="FILE", help="write to FILE (default: stdout)"
    )
    parser.add_argument(
        "--changed-since",
        type=int,
        default=None,
        metavar="VERSION",
        help="only documents new or changed after VERSION",
    )
    parser.add_argument(
        "--skip-damaged",
        action="store_true",
        help="leave out documents whose stored object is damaged (counted on stderr; still exit 7)",
    )


SUFFIXES = {"jsonl": "jsonl", "jl": "jsonl", "csv": "csv", "parquet": "parquet", "pq": "parquet"}


def chosen_format(args) -> str | None:
    """--format, else the format --output's suffix names, else jsonl on stdout; None: unknown."""
    if args.format:
        return args.format
    if args.output is None:
        return "jsonl"
    return SUFFIXES.get(args.output.suffix.lower().lstrip("."))


def write(fmt: str, records, target) -> int:
    from archive.export import write_csv, write_jsonl, write_parquet

    if fmt == "parquet":
        return write_parquet(records, target)
    with open(target, "w", encoding="utf-8", newline="") as out:
        return (write_csv if fmt == "csv" else write_jsonl)(records, out)


def run(args) -> int:
    from archive.export import export_documents, write_csv, write_jsonl
    from archive.files import mode_as_created
    from archive.store import ArchiveError, open_existing
    from crawler.wording import counted

    fmt = chosen_format(args)
    if fmt is None:
        print(
            f"speech-archive export: {args.output}: no format is known by the suffix"
            f" {args.output.suffix or '(none)'}; name it .jsonl, .csv or .parquet, or give --format",
            file=sys.stderr,
        )
        return exitcodes.USAGE
    if fmt == "parquet" and args.output is None:
        print("speech-archive export: --format parquet needs --output FILE", file=sys.stderr)
        return exitcodes.USAGE
    tmp = None
    damaged: list = []
    try:
        archive = open_existing(args.archive)
        records = export_documents(
            archive, args.version, args.changed_since, damaged.append if args.skip_damaged else None
        )
        if args.output is None:
            count = (write_csv if fmt == "csv" else write_jsonl)(records, sys.stdout)
        else:
            output = args.output
            try:
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{output.name}.", suffix=".part", dir=output.parent or "."
                )
            except OSError as exc:  # the user's path, not the temporary name beside it
                print(f"speech-archive export: cannot write {output}: {exc.strerror}", file=sys.stderr)
                return exitcodes.FAILURE
            os.close(fd)
            count = write(fmt, records, tmp)
            mode_as_created(tmp)  # mkstemp made it 0600
            os.replace(tmp, output)
            tmp = None
            print(f"{counted(count, 'document')} written to {output} ({fmt})", file=sys.stderr)
    except ArchiveError as exc:
        print(f"speech-archive export: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except (OSError, ValueError) as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        message = str(exc) if tmp is None else str(exc).replace(str(tmp), str(args.output))
        print(f"speech-archive export: {message}", file=sys.stderr)
        return exitcodes.FAILURE
    finally:
        if tmp is not None:  # a failed export (a damaged object among them) leaves no file
            Path(tmp).unlink(missing_ok=True)
    if damaged:
        for exc in damaged:
            print(f"speech-archive export: skipped damaged {exc}", file=sys.stderr)
        print(
            f"speech-archive export: {len(damaged)} damaged documents skipped "
            "(`speech-archive verify --full` lists every damaged file)",
            file=sys.stderr,
        )
        return exitcodes.DAMAGED
    return exitcodes.OK
