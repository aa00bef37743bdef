"""`speech-archive search QUERY [--site S] [--since DATE] [--until DATE] [--flag F] [--truncated]
[--json]`: ranked full-text hits over the latest version, from the archive's catalog.

Exit 0 with "no match" when nothing is found; a query or filter the catalog cannot take is one
clear line and exit 2 (usage). The catalog is refreshed first when stale and the archive's lock
is free; a running crawl's archive is only read (see `archive.catalog.catalog_for_reading`).
"""

from __future__ import annotations

import json
import sys

from crawler import exitcodes

MARK_OPEN, MARK_CLOSE = "«", "»"  # a match in the snippet, when stdout is not a terminal
ANSI_OPEN, ANSI_CLOSE = "\x1b[7m", "\x1b[0m"  # reverse video on a terminal


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("query", metavar="QUERY", help="text to find (Simplified or Traditional script)")
    parser.add_argument("--site", help="only documents seen on this site (spider name)")
    parser.add_argument(
        "--since", metavar="DATE", help="published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)"
    )
    parser.add_argument("--until", metavar="DATE", help="published on or before DATE")
    parser.add_argument("--flag", help="only documents with this flag (e.g. paywall)")
    parser.add_argument("--truncated", action="store_true", help="only documents cut short or elided")
    parser.add_argument(
        "--limit", type=int, default=20, metavar="N", help="hits to show (default: %(default)s)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per hit (JSON Lines)")


def marked(hit, opening: str, closing: str) -> str:
    from archive.search import marked_segments

    return "".join(f"{opening}{text}{closing}" if match else text for text, match in marked_segments(hit))


def format_hit(rank: int, hit, opening: str, closing: str) -> str:
    facts = [hit.site or "?", hit.published_at or "date unknown"]
    if hit.truncated:
        facts.append("truncated")
    facts += hit.flags
    lines = [f"{rank}. {hit.title or '(untitled)'}  [{hit.doc_id}]", "   " + " · ".join(facts)]
    lines += [f"   {url}" for url in hit.urls]
    lines.append("   " + marked(hit, opening, closing))
    return "\n".join(lines)


def run(args) -> int:
    from archive.catalog import CatalogError, catalog_for_reading
    from archive.search import Filters, QueryError, query_terms, search
    from archive.store import ArchiveError, open_existing
    from crawler.wording import counted

    if args.limit < 1:
        print("speech-archive search: --limit must be at least 1", file=sys.stderr)
        return exitcodes.USAGE
    filters = Filters(args.site, args.since, args.until, args.flag, args.truncated)
    try:
        query_terms(args.query)  # a bad query is refused before any catalog work
        archive = open_existing(args.archive)
        with catalog_for_reading(archive) as (path, note):  # a temporary catalog goes with it
            hits, total = search(path, args.query, filters, limit=args.limit)
    except QueryError as exc:
        print(f"speech-archive search: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    except (ArchiveError, CatalogError) as exc:
        print(f"speech-archive search: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    if note:
        print(f"speech-archive search: note: {note}", file=sys.stderr)
    if args.json:
        for hit in hits:
            print(json.dumps(vars(hit), ensure_ascii=False, sort_keys=True))
        if not hits:
            print("speech-archive search: no match", file=sys.stderr)
        return exitcodes.OK
    if not hits:
        print("no match")
        return exitcodes.OK
    opening, closing = (ANSI_OPEN, ANSI_CLOSE) if sys.stdout.isatty() else (MARK_OPEN, MARK_CLOSE)
    about = "" if getattr(total, "exact", True) else "about "  # an estimate (archive.search.Count)
    shown = (
        f"{len(hits)} of {about}{counted(total, 'document')}"
        if total > len(hits)
        else counted(total, "document")
    )
    print(f"{shown} {'matches' if total == 1 else 'match'} {args.query!r}\n")
    print("\n\n".join(format_hit(i, hit, opening, closing) for i, hit in enumerate(hits, 1)))
    return exitcodes.OK
