"""`speech-archive catalog [--rebuild]`: bring the archive's catalog (index/catalog.sqlite, what
`search` and `browse` read) up to the latest version, taking the archive's lock.

Crawls refresh it at each commit; this is for an archive made before the catalog existed, a
catalog deleted or damaged, or after a crash between a commit and its catalog. `--rebuild`
builds it afresh instead of applying the versions it lacks.
"""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("--rebuild", action="store_true", help="build it afresh from the archive")


def run(args) -> int:
    from archive.catalog import CatalogError, build_catalog, catalog_path, catalog_sizes
    from archive.lock import ArchiveLock, ArchiveLocked
    from archive.store import ArchiveError, open_existing
    from crawler.wording import counted

    try:
        archive = open_existing(args.archive)
    except ArchiveError as exc:
        print(f"speech-archive catalog: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    archive.check_intact()  # the version the catalog is built from; ArchiveDamaged: nothing written
    lock = ArchiveLock(archive.lock_path)
    try:
        lock.acquire()
    except ArchiveLocked as exc:
        print(f"speech-archive catalog: {exc}; its commit refreshes the catalog", file=sys.stderr)
        return exitcodes.LOCKED
    except OSError as exc:
        print(f"speech-archive catalog: cannot lock {archive.root}: {exc.strerror}", file=sys.stderr)
        return exitcodes.FAILURE
    try:
        path = catalog_path(archive)
        result = build_catalog(archive, path, incremental=not args.rebuild)
    except (CatalogError, OSError) as exc:
        print(f"speech-archive catalog: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    finally:
        lock.release()
    sizes = catalog_sizes(path)
    ratio = sizes["catalog_bytes"] / sizes["text_bytes"] if sizes["text_bytes"] else 0.0
    print(
        f"{path}: version {result['version']}, {result['mode']}"
        f" ({counted(result['documents'], 'document')}, {result['seconds']:.1f} s);"
        f" {sizes['catalog_bytes']:,} bytes, {ratio:.2f}x the documents' text"
    )
    return exitcodes.OK
