"""`speech-archive reprocess`: rebuild every document from the archived WARC captures, offline."""

from __future__ import annotations

import sys

from crawler import exitcodes
from crawler.commands import default_archive


def add_arguments(parser) -> None:
    parser.add_argument("--archive", default=default_archive(), help="archive directory")
    parser.add_argument("--version", type=int, default=None, help="version to rebuild (default: the latest)")


def run(args) -> int:
    from archive.lock import ArchiveLocked
    from archive.reprocess import reprocess
    from archive.store import Archive

    archive = Archive(args.archive)
    if not archive.versions():
        print(f"speech-archive reprocess: no archive versions in {args.archive}", file=sys.stderr)
        return exitcodes.FAILURE
    try:
        version, counts = reprocess(archive, args.version)
    except ArchiveLocked as exc:
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.LOCKED
    except (ValueError, KeyError) as exc:
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    states = archive.meta(version).get("documents", {})
    restored = counts.get("objects_restored") or 0
    print(
        f"version {version} committed (reprocessed): {counts.get('documents_rebuilt', 0)} documents rebuilt, "
        f"changed {states.get('changed', 0)}, unchanged {states.get('unchanged', 0)}"
        + (f"; {restored} damaged objects restored from their captures" if restored else "")
    )
    return exitcodes.OK
