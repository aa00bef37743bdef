"""`speech-archive reprocess`: rebuild every document from the archived WARC captures, offline."""

from __future__ import annotations

import sys

from crawler import exitcodes
from crawler.commands import add_archive_argument
from crawler.wording import counted


def add_arguments(parser) -> None:
    add_archive_argument(parser)
    parser.add_argument("--version", type=int, default=None, help="version to rebuild (default: the latest)")
    parser.add_argument(
        "--profiles",
        metavar="DIR",
        help="a folder of your own site profiles (beside the shipped ones), as the crawl was given",
    )
    parser.add_argument(
        "--workers",
        default="auto",
        metavar="N",
        help="processes rebuilding documents (default: auto, one per usable core; 0: none besides this one)",
    )


def run(args) -> int:
    from archive.reprocess import reprocess, start_workers
    from pipelines.workers import workers_setting

    try:
        workers = workers_setting(args.workers, "--workers")
    except ValueError as exc:
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    start_workers(workers)  # first: the workers' imports then overlap this process's own

    from archive.lock import ArchiveLocked
    from archive.store import Archive, ArchiveError
    from pipelines.profile import ProfileError
    from spiders.shipped import profile_registry

    try:
        profiles = profile_registry((args.profiles,) if args.profiles else ())
    except (ValueError, ProfileError) as exc:
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    archive = Archive(args.archive)
    if not archive.versions():
        print(f"speech-archive reprocess: no archive versions in {args.archive}", file=sys.stderr)
        return exitcodes.FAILURE
    try:
        version, counts = reprocess(archive, profiles, args.version, workers)
    except ArchiveLocked as exc:
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.LOCKED
    except (ValueError, KeyError, ArchiveError) as exc:  # ArchiveError: e.g. on a read-only mount
        print(f"speech-archive reprocess: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    states = archive.meta(version).get("documents", {})
    restored = counts.get("objects_restored") or 0
    print(
        f"version {version} committed (reprocessed): {counted(counts.get('documents_rebuilt', 0), 'document')} rebuilt, "
        f"changed {states.get('changed', 0)}, unchanged {states.get('unchanged', 0)}"
        + (f"; {restored} damaged objects restored from their captures" if restored else "")
    )
    unreadable = counts.get("skipped_unreadable_capture", 0)
    if unreadable:  # a damaged or missing WARC: those documents were kept as they were
        print(
            f"speech-archive reprocess: {unreadable} articles not rebuilt, their WARC capture unreadable "
            "(kept as they were; `speech-archive verify --full` names the files)",
            file=sys.stderr,
        )
        return exitcodes.PARTIAL
    return exitcodes.OK
