"""`speech-archive export [--version N]`: a version's documents as JSON Lines on stdout."""

from __future__ import annotations

import json
import sys

from crawler import exitcodes

EXPORT_FIELDS = ("doc_id", "title", "text", "urls", "sites", "truncated", "published_at", "provenance")


def add_arguments(parser) -> None:
    from crawler.commands import default_archive

    parser.add_argument(
        "--archive", default=default_archive(), help="archive directory (default: %(default)s)"
    )
    parser.add_argument("--version", type=int, default=None, help="version (default: the latest)")


def export_record(obj: dict) -> dict:
    return {field: obj.get(field) for field in EXPORT_FIELDS}


def run(args) -> int:
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        documents = archive.documents(args.version)
        out = sys.stdout
        for obj in documents:
            out.write(json.dumps(export_record(obj), ensure_ascii=False, sort_keys=True) + "\n")
    except ArchiveError as exc:
        print(f"speech-archive export: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except (OSError, ValueError) as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        print(f"speech-archive export: cannot read the archive: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    return exitcodes.OK
