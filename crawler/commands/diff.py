"""`speech-archive diff A B [DOC] [--text]`: documents added, changed and removed between two versions.

With --text, each changed document's text is shown as a unified diff (paragraph lines, as the
archive keeps them), older version first; DOC limits the comparison to one document.
"""

from __future__ import annotations

import difflib
import json
import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument("a", type=int, metavar="A", help="older version")
    parser.add_argument("b", type=int, metavar="B", help="newer version")
    parser.add_argument(
        "doc", nargs="?", default=None, metavar="DOC_ID", help="only this document (default: every one)"
    )
    parser.add_argument("--text", action="store_true", help="show what changed in each changed text")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def diff_versions(archive, a: int, b: int, doc_id: str | None = None) -> dict:
    """{"added": [...], "changed": [...], "removed": [...]}, each entry {doc_id, title, site}."""
    old = {k: e for k, e in archive.manifest(a).items() if e["state"] != "removed"}
    new = {k: e for k, e in archive.manifest(b).items() if e["state"] != "removed"}
    if doc_id is not None:
        old = {k: e for k, e in old.items() if k == doc_id}
        new = {k: e for k, e in new.items() if k == doc_id}

    def row(entry):
        return {"doc_id": entry["doc_id"], "title": entry.get("title"), "site": entry.get("site")}

    return {
        "from": a,
        "to": b,
        "added": [row(new[k]) for k in sorted(new.keys() - old.keys())],
        "changed": [row(new[k]) for k in sorted(new.keys() & old.keys()) if new[k]["hash"] != old[k]["hash"]],
        "removed": [row(old[k]) for k in sorted(old.keys() - new.keys())],
    }


def text_diff(old_text: str, new_text: str, doc_id: str, a: int, b: int) -> list[str]:
    """Unified diff lines of a document's text between versions a and b (no line endings)."""
    return list(
        difflib.unified_diff(
            (old_text or "").splitlines(),
            (new_text or "").splitlines(),
            fromfile=f"{doc_id} (version {a})",
            tofile=f"{doc_id} (version {b})",
            lineterm="",
        )
    )


def changed_text_diffs(archive, result: dict) -> dict[str, list[str]]:
    """doc id -> unified diff of its text, for every changed document of a diff_versions result."""
    a, b = result["from"], result["to"]
    diffs = {}
    for entry in result["changed"]:
        doc_id = entry["doc_id"]
        old, new = archive.document(doc_id, a), archive.document(doc_id, b)
        diffs[doc_id] = text_diff(old.get("text"), new.get("text"), doc_id, a, b)
    return diffs


def run(args) -> int:
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        result = diff_versions(archive, args.a, args.b, args.doc)
        if args.doc is not None and not any(result[w] for w in ("added", "changed", "removed")):
            known = args.doc in archive.manifest(args.a) or args.doc in archive.manifest(args.b)
            if not known:
                raise ArchiveError(f"no document {args.doc} in version {args.a} or {args.b}")
        diffs = changed_text_diffs(archive, result) if args.text else {}
    except ArchiveError as exc:
        print(f"speech-archive diff: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    if args.json:
        if args.text:
            for entry in result["changed"]:
                entry["text_diff"] = diffs[entry["doc_id"]]
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        return exitcodes.OK
    marks = {"added": "+", "changed": "~", "removed": "-"}
    for what, mark in marks.items():
        for entry in result[what]:
            print(f"{mark} {entry['doc_id']}  {entry['title'] or ''}  ({entry['site'] or '?'})")
    for lines in diffs.values():
        print()
        for line in lines:
            print(line)
    counts = ", ".join(f"{len(result[w])} {w}" for w in marks)
    print(f"version {args.a} -> {args.b}: {counts}", file=sys.stderr)
    return exitcodes.OK
