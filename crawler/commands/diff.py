"""`speech-archive diff A B`: documents added, changed and removed between two versions."""

from __future__ import annotations

import json
import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import default_archive

    parser.add_argument(
        "--archive", default=default_archive(), help="archive directory (default: %(default)s)"
    )
    parser.add_argument("a", type=int, metavar="A", help="older version")
    parser.add_argument("b", type=int, metavar="B", help="newer version")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def diff_versions(archive, a: int, b: int) -> dict:
    """{"added": [...], "changed": [...], "removed": [...]}, each entry {doc_id, title, site}."""
    old = {k: e for k, e in archive.manifest(a).items() if e["state"] != "removed"}
    new = {k: e for k, e in archive.manifest(b).items() if e["state"] != "removed"}

    def row(entry):
        return {"doc_id": entry["doc_id"], "title": entry.get("title"), "site": entry.get("site")}

    return {
        "from": a,
        "to": b,
        "added": [row(new[k]) for k in sorted(new.keys() - old.keys())],
        "changed": [row(new[k]) for k in sorted(new.keys() & old.keys()) if new[k]["hash"] != old[k]["hash"]],
        "removed": [row(old[k]) for k in sorted(old.keys() - new.keys())],
    }


def run(args) -> int:
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        result = diff_versions(archive, args.a, args.b)
    except ArchiveError as exc:
        print(f"speech-archive diff: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        return exitcodes.OK
    marks = {"added": "+", "changed": "~", "removed": "-"}
    for what, mark in marks.items():
        for entry in result[what]:
            print(f"{mark} {entry['doc_id']}  {entry['title'] or ''}  ({entry['site'] or '?'})")
    counts = ", ".join(f"{len(result[w])} {w}" for w in marks)
    print(f"version {args.a} -> {args.b}: {counts}", file=sys.stderr)
    return exitcodes.OK
