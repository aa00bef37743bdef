"""`speech-archive repair`: set a damaged version aside (never deleting it) so the next crawl goes on
from the last intact version (archive/repair.py says what moves where)."""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)


def run(args) -> int:
    from archive.lock import ArchiveLocked
    from archive.repair import set_aside_damaged
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        done = set_aside_damaged(archive)
    except ArchiveError as exc:
        print(f"speech-archive repair: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except ArchiveLocked as exc:
        print(f"speech-archive repair: {exc}", file=sys.stderr)
        return exitcodes.LOCKED
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"speech-archive repair: nothing set aside: {exc.strerror or exc}{where}", file=sys.stderr)
        return exitcodes.FAILURE
    if done is None:
        print(
            "nothing to set aside: every version's meta and manifest or changes are as recorded "
            "(a damaged object or WARC: see `speech-archive verify --full`)"
        )
        return exitcodes.OK
    first, last = done.versions[0], done.versions[-1]
    which = f"version {first}" if first == last else f"versions {first}..{last}"
    base = f"version {first - 1}" if first > 1 else "an empty archive"
    print(
        f"set aside {which} ({done.damage}) in {done.folder.relative_to(archive.root)}/ with a note, "
        f"with the fetch history and derived indexes; the next crawl builds on {base} and fetches "
        "every page anew"
    )
    return exitcodes.OK
